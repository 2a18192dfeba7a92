"""Held-out set 55: written blind, weighted toward the noise the cleaner exists for, in shapes set 54's
docstring does not name: scraper and ad markers of content farms and auto-blogs (bracketed
shortcode-like ad slots with attributes or underscores: an English '[the_ad_placement
id="after-paragraph-2"]', a French '[pub_inread format="video"]', a German '[werbung
position="mitte"]', an Italian '[banner_adsense posizione="top"]', a Polish "[reklama_srodek]" and a
Russian "[реклама_в_тексте]"; an English auto-import note "This story was imported automatically from a
partner feed and has not been edited by our newsroom." and a Polish "Źródło: materiał automatycznie
pobrany z kanału RSS serwisu ..."; originally-published credits in an English "Originally published at
<site> on <date>.", a French "Cet article a d'abord été publié sur le blog ...", a German "Dieser Text
erschien zuerst auf meinem Blog ...", an Italian "Articolo pubblicato originariamente su ..." and a
Russian "Статья впервые опубликована в моём блоге на Дзене."); reading-time and date headers in new
shapes (an English "Word count: 1,240 | Reading time: ~6 minutes", an English emoji row "📅 <date> 🕑
<time> 👁 <n> views", a French "Temps de lecture estimé : 4 min · Mis à jour le <date> à 08h15", a German
"Lesedauer ca. 5 Minuten · Stand: <date>, <time> Uhr", an Italian "Lettura: 4 min · Aggiornato il <date>
alle 9:40", a Polish "Czas czytania: ok. 6 min | Aktualizacja: <date>, <time>" and a Russian "Время
чтения: ~5 мин. · Обновлено: <date> в 10:15"); bylines and self-promotion (an English Patreon plug, an
English one-to-one consulting plug, an English "Written by <name> | Contributor since 2019 | 42
articles", a French Tipeee plug, a German podcast plug, an Italian offer-me-a-coffee-on-PayPal plug, a
Polish new-book pre-order plug and a Russian online-course plug); blog footers (Ghost's "Published with
Ghost" and a Russian "Создано при помощи Ghost", a Substack-like "© <year> <name> · Privacy ∙ Terms ∙
Collection notice · Start Writing · Get the app", WordPress.com's "7 bloggers like this.", the French
"Fièrement propulsé par WordPress" and German "Mit Stolz präsentiert von WordPress", the Italian Akismet
notice "Questo sito usa Akismet per ridurre lo spam. ..." and the Polish Blogger footer "Obsługiwane
przez usługę Blogger."); reader-comment lines (an English one-line comment row with name, date, time,
"said:", text and "Reply · Like", an English moderation note, a French one-line comment row with
"Répondre", the German comment-count heading "2 Gedanken zu „X“", an Italian "Commenti: 5 — Ordina per:
più recenti", a Polish "Komentarze (4) – pokaż wszystkie" and the Russian "3 комментария к записи «X»");
an English share row for Mastodon, Bluesky and Threads; and an English affiliate-links disclosure
(notice); and toward whole scraped news and opinion pages in layouts sets 41 to 54 did not use (a ham
radio club's contest results, a second-hand bookshop's blog, a village pharmacy's health note, a
snow-clearing service's update, a youth orchestra's tour diary, a gardening society's show report, a
horse-riding stable's news, a food bank's monthly report, a cemetery administration's notice, a bus
museum's news, a kindergarten parents' council's letter and a student hiking club's trip log).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 54) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 54, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 54's with 54 -> 55 (with the empty ``_KEEP_XFAIL`` table set 54's tail holds). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s55 at commit d91b8121d0ef1d595a7c56ef55bb043432927288) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after
the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) main moved between my first
step (HEAD e81cfacd30e1bf6187a14e828403ea6fa612fefd) and the making of the worktrees (HEAD
d91b8121d0ef1d595a7c56ef55bb043432927288); the set was measured at the latter. ``git worktree add``
printed, as git does, the subject line of that commit (a docs/cleaning.md update with the figures of
round 52 on set 53 and of set 54, naming no line or shape); it was seen before the lists were written to
a file, though after they were planned, and changed nothing in them. (3) Before the measurement the
draft was executed from a scratch folder (/tmp/s55) with stand-ins for ``page_from_blocks`` and the
test_clean helpers that only counted lines and checked that no page noise line repeats on its page, is a
substring of an article line of its page or repeats a line of ``HELD_OUT_55_LINES`` (no case was run
through the cleaner; the check found nothing). A first draft of the page table keyed the pages by
language and was rebuilt, before the measurement, to key them by name. (4) The measuring pytest run
(``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems
were then read out once with ``_problems`` in the frozen worktree by a script that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail
reasons. (5) Invented place names were checked, before the measurement, against the helper's
exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is
not a proof that they do not exist: Vaubrénac, Haut-Ganelon, Wiesenbrack, Ostermoorbach, "Rocca
Brunalda", Wierzbnomierz, Lipnomierz, Верхнелыжинск and Ясноключ had no hits; Quillmarsh, Fenwhistle,
Ottervane, Valmorra and Кедроборск occur only as invented names in others' test data, games and fiction,
and Kranzfelde only inside the surname Kranzfelder. A river name first written in a Russian line
("Лыжма") was replaced before the measurement because it is close to the real Karelian river Лижма.
Not checked: "Сурьмяная гряда", the passes Каменный and Ветреный and the streets (ulica Klonowa, Кедровая
улица, place du Marché, Mühlbach), which are generic and may exist somewhere; the organisations, firms,
shops and sites (Quillmarsh Amateur Radio Society, Fenwhistle Books, the Fenwhistle Mercury, Studio
Larkspur, Pharmacie des Tilleuls, agence Pixelune, La Plume de Vaubrénac, Jugendsinfonieorchester
Wiesenbrack, Autohaus Brummer, OGV Kranzfelde, Gartencenter Ebelt, Centro Ippico La Quercia, Selleria
Brunaldi, Voce della Valmorra, Emporio Solidale Rocca Brunalda, Kamieniarstwo Dąbek, Kurier
Lipnomierski, Muzeum Komunikacji Miejskiej, «Солнышко», «Карапуз», «Высота», «Снежный Гребень», the
.example sites) and the people. "Pharmacie des Tilleuls", "Centro Ippico La Quercia", «Солнышко»,
«Карапуз» and «Высота» are common enough that real businesses may carry them. (6) Some lines name real
things, as real pages do: WordPress, Ghost, Blogger, Akismet, Patreon, Tipeee, PayPal, Satispay, Дзен,
Mastodon, Bluesky, Threads, Facebook, X, WhatsApp, Telegram, Messenger, Instagram, ВКонтакте,
Одноклассники, AdSense (inside a shortcode name), the WordPress theme Astra, Adobe Stock, the Cabrillo log
format, GPX, the French 3237 pharmacy line, carte Vitale and Assurance maladie, the Italian ISEE, 5x1000,
RUNTS and P.IVA, the Polish Biuletyn Informacji Publicznej and the Russian МБДОУ; bank, tax and phone
numbers are zero-filled. No real person is named. (7) Set 54's docstring names only its own shapes and
earlier sets' page layouts, so plain labels on the pages ("Advertisement", "Publicité", "Anzeige",
"Werbung", "Pubblicità", "Reklama", "Реклама"), cookie lines and comment-form lines may repeat shapes of
sets before 54 that I could not check. Close to shapes set 54 named: the Polish "Obsługiwane przez usługę
Blogger." is Blogger's platform credit without the theme credit set 54 used in English and Italian; the
French and German WordPress "proudly powered" footers are near set 54's Russian "Сайт работает на
WordPress | Тема: ..."; the Italian offer-me-a-coffee plug names PayPal where set 54 used Ko-fi and
Buycoffee.to; and on the pages, "Leave a Reply", "Powered by WordPress", "Работает на WordPress", a
buy-me-a-coffee line, an owner's bio with a book plug and comment rows with name, date, text and reply
links are standard furniture of the layouts; none of these is a line of ``HELD_OUT_54_LINES`` as far as
its docstring tells.

Judgement calls: the keep lines opening with "Originally", "Support for", "Written objections",
"Disclosure of", "Comments made", "Share prices", "Word reached", "Cet article", "Vous êtes", "Temps de
trajet", "Dieser Haushalt", "Mit Stolz", "Lesedauer und", "Articolo per articolo", "Commenti critici",
"Se il ponte", "Źródłem problemu", "Czas oczekiwania", "Статья расходов" and "Время работы" are article
sentences. Date headers with or without reading times, and the emoji date-time-views row, are counted as
reading-time lines; shortcode-like ad slots, the auto-import notes and the originally-published credits
as markers; the contributor line and the Patreon, consulting, Tipeee, podcast, coffee, book and course
plugs as bylines; platform, Substack-like, likes ("bloggers like this") and Akismet lines as footers;
one-line comment rows, the moderation note and comment-count headings as comments; the
Mastodon/Bluesky/Threads row as share and the affiliate disclosure as a notice. On every page the title,
the subheading, its three list rows, the paragraph with the quote and the other four paragraphs are
article (10 lines a page) and everything else is noise (20 lines a page: six lines above the title, two
under it, two and two between the paragraphs, eight at the foot); in particular the site names, menus,
breadcrumbs, search and text-size controls, date, view-count and reading-time lines, author and photo
lines, category and tag lines, print links, ads, shortcode placeholders, sponsor and shop lines,
membership, volunteer, donation, newsletter, app and sign-up lines, related and read-also links,
comments with their names, dates and reply links, the health-advice disclaimer, contact, opening-hours,
bank-account, register and legal lines, the page-feedback question and the back-to-top links are noise.
The rows: en-ham-contest-results "Section winners", en-bookshop-blog "What came in the vans",
fr-pharmacie-conseils "Ce qu'il faut apporter", fr-deneigement-point "Ordre de passage des engins",
de-jugendorchester-tourtagebuch "Das Programm der Tournee", de-gartenbauverein-schau "Die Preisträger",
it-maneggio-notizie "Come funziona il corso", it-emporio-solidale-report "Cosa è stato distribuito",
pl-cmentarz-komunikat "Co się zmienia w czasie prac", pl-muzeum-autobusow "Co trzeba było wymienić",
ru-roditelskiy-sovet "Что решили на собрании" and ru-turklub-otchet "Маршрут по дням", each with three
rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 7, byline 8, footer 8, comments 7, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 2, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 2, reading-time 1, byline 1, footer 1, comments 1)), 20 keep lines (en 7,
fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a
page): en-ham-contest-results (an amateur radio society's winter contest results with a reader
comment), en-bookshop-blog (a second-hand bookshop's blog post on buying a closed library store's stock),
fr-pharmacie-conseils (a village pharmacy's health note on extended flu vaccination),
fr-deneigement-point (an inter-municipal snow-clearing service's update on priority routes),
de-jugendorchester-tourtagebuch (a youth orchestra's tour diary, day 4), de-gartenbauverein-schau (a
gardening society's spring show report on a Joomla-like club site), it-maneggio-notizie (a riding
stable's news on a course for children with disabilities), it-emporio-solidale-report (a food bank's
monthly report), pl-cmentarz-komunikat (a municipal cemetery administration's notice on a closed gate,
on a BIP-like page), pl-muzeum-autobusow (a city transport museum's news on a restored 1968 bus),
ru-roditelskiy-sovet (a kindergarten parents' council's letter on unsafe verandas) and ru-turklub-otchet
(a student hiking club's ski-trip log); every page holds a title, a subheading with list rows, a quote in
the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit d91b8121d0ef1d595a7c56ef55bb043432927288, measured with ``cd
/tmp/wt-s55 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s55/src python -m pytest -q
tests/test_clean_held_out_55.py -rA -p no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s55 &&
PYTHONPATH=/tmp/wt-s55/src python scripts/clean_held_out_report.py --sets 55``, with the xfail tables
empty): noise lines removed 39/45 (marker 11/13, reading-time 7/7, byline 6/8, footer 7/8, comments 6/7,
share 1/1, notice 1/1; missed, all kept as paragraphs: the English "Need help with a council grant
application? I offer one-to-one consulting — book a free 20-minute call.", the English "Grace Whitlow on
February 14, 2026 at 10:12 pm said: The bridge should have been fixed years ago. Reply · Like", the
Italian "Articolo pubblicato originariamente su Voce della Valmorra.", the Polish "Źródło: materiał
automatycznie pobrany z kanału RSS serwisu Kurier Lipnomierski.", the Russian "Мой онлайн-курс «Городская
журналистика» стартует 1 марта — запись по ссылке в профиле." and the Russian "Создано при помощи
Ghost"); keep lines kept 20/20; pages 2/12 clean (it-maneggio-notizie and pl-cmentarz-komunikat), 17 of
240 page noise lines left and 0 of 120 article lines lost: en-ham-contest-results 1 left ("Membership
renewals for 2026 are now due"); en-bookshop-blog 3 left ("Sign up for our monthly list of new
arrivals", "Gift vouchers available in store and online" and "Harriet Quenby has run Fenwhistle Books
since 2009. Her guide to collecting county histories is out now in paperback."); fr-pharmacie-conseils 3
left ("[promo_parapharmacie]", "-20 % sur toute la gamme hiver jusqu'au 28 février" and "Téléchargez
notre application pour renouveler vos ordonnances"); fr-deneigement-point 1 left ("Vous êtes sur la page :
Déneigement"); de-jugendorchester-tourtagebuch 2 left ("Mehr aus dem Tourblog: Tag 3 – Ankunft im Regen"
and "Unser Partner: Autohaus Brummer, Wiesenbrack"); de-gartenbauverein-schau 1 left
("Pflanzentauschbörse am 12. April: Jetzt Tisch reservieren"); it-emporio-solidale-report 2 left ("Dona
con Satispay" and "Cerchiamo autisti con patente B per il ritiro merci"); pl-muzeum-autobusow 1 left
("Zostań wolontariuszem muzeum"); ru-roditelskiy-sovet 1 left ("Детская одежда оптом — магазин
«Карапуз»"); ru-turklub-otchet 2 left ("Термосы и горелки со скидкой в магазине «Высота»" and "Вступайте в
нашу группу ВКонтакте"). No article line was lost on any page. The failing cases are strict xfails.

Still held out after round 53 (development on set 54; measured once with ``python
scripts/clean_held_out_report.py --sets 55`` and ``pytest tests/test_clean_held_out_55.py`` on this set
rebased onto main after round 53 merged, 82d43cd, 2026-12-03): noise lines removed 39/45 as at baseline
(the same six lines missed), article lines kept 20/20, pages 2 -> 3/12 clean, 17 -> 14 of 240 page noise
lines left, none of 120 article lines lost: round 53's offer buttons between the paragraphs took
pl-muzeum-autobusow's "Zostań wolontariuszem muzeum" (the page is clean; its xfail removed),
it-emporio-solidale-report's "Dona con Satispay" and ru-turklub-otchet's join-the-VK-group line (two
page reasons reworded). No other case changed.

Round 54 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 55`` and ``pytest tests/test_clean_held_out_55.py`` at 367864f
(before) and the round's last commit on branch round54 (after): noise lines 39 -> 45/45 (marker 11 ->
13/13, reading-time 7/7, byline 6 -> 8/8, footer 7 -> 8/8, comments 6 -> 7/7, share 1/1, notice 1/1),
pages 3 -> 8/12 clean, page noise lines left 14 -> 5 of 240, article lines lost 0 -> 0 of 120. As classes
in six languages: an originally-published credit with its noun before the participle ("Articolo pubblicato
originariamente su <site>.", "Post originally published on <site>.") is a marker; an auto-blog's feed
credit under a source label, the adverb first in Polish ("Źródło: materiał automatycznie pobrany z kanału
RSS serwisu ...", "Source: article imported automatically from the RSS feed of ..."), is a marker; a
platform footer with "при помощи", "с использованием" or "à l'aide de" ("Создано при помощи Ghost") is a
blog footer; a first-person consulting offer with a call to book a (free) call or session ("I offer
one-to-one consulting — book a free 20-minute call.") and the writer's own course with the sign-up through
a link, the bio, the profile or the site ("Мой онлайн-курс «...» стартует 1 марта — запись по ссылке в
профиле.") are bylines; a WordPress comment on one line with the date and time before "said:" and a bare
like button after the reply ("<name> on <date> at <time> said: ... Reply · Like") is a comment row. On the
pages: a promotion's bracketed slot ("[promo_parapharmacie]") is a marker; a breadcrumb's label naming the
page as the place ("Vous êtes sur la page : Déneigement"), up to five words after it, goes anywhere; a
more-from-the-blog link ("Mehr aus dem Tourblog: ...") is a related link; the site's partner or sponsor
under its label ("Unser Partner: Autohaus Brummer, Wiesenbrack") is an advertisement; under an ad's label
or slot between the paragraphs, a shop's offer (a shop, a sale or a discount named, short, no sentence
closed, no finite verb: "Термосы и горелки со скидкой в магазине «Высота»", "-20 % sur toute la gamme hiver
...") goes with the ad; and sign-up, subscribe and app-download imperatives ("Sign up for our monthly list
of new arrivals", "Téléchargez notre application ...") join round 53's offer buttons beside a widget.
Pages: fr-pharmacie-conseils 3 -> clean; de-jugendorchester-tourtagebuch 2 -> clean; fr-deneigement-point
1 -> clean; ru-roditelskiy-sovet 1 -> clean; ru-turklub-otchet 1 -> clean; en-bookshop-blog 3 -> 2 (the
gift-vouchers line and the owner's bio with a book plug are left); unchanged: en-ham-contest-results 1
(the membership-renewals line), de-gartenbauverein-schau 1 (the plant-swap booking line),
it-emporio-solidale-report 1 (the drivers-wanted line), it-maneggio-notizie, pl-cmentarz-komunikat and
pl-muzeum-autobusow clean. Keep lines 20 -> 20/20. The six line xfails and five page xfails were removed
and one page reason reworded (en-bookshop-blog). Elsewhere (the sign-up imperative): set 45's
en-web-archive-snapshot 9 -> 8 left (its bulletin sign-up goes; reason reworded, still xfail); every other
set of 10 to 54 unchanged. SemEval find_noise diff: 0 of 3,723 files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_55_LINES = [
    # en (15)
    ("body", '[the_ad_placement id="after-paragraph-2"]', "marker"),
    ("tail", "This story was imported automatically from a partner feed and has not been edited by our newsroom.", "marker"),
    ("tail", "Originally published at thehollowledger.example on February 3, 2026.", "marker"),
    ("head", "Word count: 1,240 | Reading time: ~6 minutes", "reading-time"),
    ("head", "📅 14.02.2026 🕑 09:42 👁 1,204 views", "reading-time"),
    ("tail", "Support my work on Patreon — patrons get every column a day early.", "byline"),
    ("tail", "Need help with a council grant application? I offer one-to-one consulting — book a free 20-minute call.", "byline"),
    ("head", "Written by Maren Toller | Contributor since 2019 | 42 articles", "byline"),
    ("tail", "Published with Ghost", "footer"),
    ("tail", "© 2026 Maren Toller · Privacy ∙ Terms ∙ Collection notice · Start Writing · Get the app", "footer"),
    ("tail", "7 bloggers like this.", "footer"),
    ("tail", "Grace Whitlow on February 14, 2026 at 10:12 pm said: The bridge should have been fixed years ago. Reply · Like", "comments"),
    ("tail", "Comments are held for moderation and appear once an editor has approved them.", "comments"),
    ("tail", "Share this on Mastodon · Bluesky · Threads", "share"),
    ("body", "Disclosure: this post contains affiliate links, and we may earn a small commission at no extra cost to you.", "notice"),
    # fr (6)
    ("body", "[pub_inread format=\"video\"]", "marker"),
    ("tail", "Cet article a d'abord été publié sur le blog La Plume de Vaubrénac.", "marker"),
    ("head", "Temps de lecture estimé : 4 min · Mis à jour le 12/02/2026 à 08h15", "reading-time"),
    ("tail", "Vous aimez mes chroniques ? Soutenez-moi sur Tipeee, même avec un euro par mois !", "byline"),
    ("tail", "Fièrement propulsé par WordPress", "footer"),
    ("tail", "Anne-Sophie Verlinde · 12 février 2026 à 21 h 04 — Tout à fait d'accord avec l'auteur. Répondre", "comments"),
    # de (6)
    ("body", "[werbung position=\"mitte\"]", "marker"),
    ("tail", "Dieser Text erschien zuerst auf meinem Blog hollerweg.example.", "marker"),
    ("head", "Lesedauer ca. 5 Minuten · Stand: 14.02.2026, 09:12 Uhr", "reading-time"),
    ("tail", "Mein Podcast „Dorfgespräche“ erscheint jeden zweiten Dienstag – überall, wo es Podcasts gibt.", "byline"),
    ("tail", "Mit Stolz präsentiert von WordPress", "footer"),
    ("tail", "2 Gedanken zu „Die Brücke am Mühlbach wird saniert“", "comments"),
    # it (6)
    ("body", "[banner_adsense posizione=\"top\"]", "marker"),
    ("tail", "Articolo pubblicato originariamente su Voce della Valmorra.", "marker"),
    ("head", "Lettura: 4 min · Aggiornato il 14 febbraio 2026 alle 9:40", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè: basta un clic su PayPal!", "byline"),
    ("tail", "Questo sito usa Akismet per ridurre lo spam. Scopri come i tuoi dati vengono elaborati.", "footer"),
    ("tail", "Commenti: 5 — Ordina per: più recenti", "comments"),
    # pl (6)
    ("body", "[reklama_srodek]", "marker"),
    ("tail", "Źródło: materiał automatycznie pobrany z kanału RSS serwisu Kurier Lipnomierski.", "marker"),
    ("head", "Czas czytania: ok. 6 min | Aktualizacja: 14.02.2026, 10:05", "reading-time"),
    ("tail", "Moja nowa książka „Ślady na śniegu” jest już w przedsprzedaży – zamów egzemplarz z autografem!", "byline"),
    ("tail", "Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Komentarze (4) – pokaż wszystkie", "comments"),
    # ru (6)
    ("body", "[реклама_в_тексте]", "marker"),
    ("tail", "Статья впервые опубликована в моём блоге на Дзене.", "marker"),
    ("head", "Время чтения: ~5 мин. · Обновлено: 14.02.2026 в 10:15", "reading-time"),
    ("tail", "Мой онлайн-курс «Городская журналистика» стартует 1 марта — запись по ссылке в профиле.", "byline"),
    ("tail", "Создано при помощи Ghost", "footer"),
    ("tail", "3 комментария к записи «Мост на Кедровой улице закроют на ремонт»", "comments"),
]

HELD_OUT_55_KEEP = [
    # en (7)
    ("body", "Originally, the footbridge was meant to carry only pedestrians, the county engineer said."),
    ("body", "Support for the levy fell to 41 per cent in the latest survey of households."),
    ("body", "Written objections from 212 residents were handed to the planning office on Monday."),
    ("body", "Disclosure of the consultants' fees was refused twice before the tribunal ordered it."),
    ("body", "Comments made by the mayor at the hearing were later withdrawn from the minutes."),
    ("tail", "Share prices of the water company fell by a fifth after the fine was announced."),
    ("head", "Word reached the council chamber only after the vote had been taken."),
    # fr (3)
    ("body", "Cet article du règlement municipal interdit depuis 2019 le stationnement sur la place."),
    ("body", "Vous êtes plus de 300 à avoir répondu à notre questionnaire sur les horaires du bus."),
    ("tail", "Temps de trajet : c'est le premier grief des usagers de la ligne 4, selon l'enquête."),
    # de (3)
    ("body", "Dieser Haushalt ist der erste seit zehn Jahren, der ohne neue Schulden auskommt."),
    ("body", "Mit Stolz verweist der Bürgermeister auf die neue Kita am Mühlbach."),
    ("tail", "Lesedauer und Verständlichkeit der Bescheide will das Amt nun prüfen lassen."),
    # it (3)
    ("body", "Articolo per articolo, il consiglio ha votato il regolamento fino a mezzanotte."),
    ("body", "Commenti critici sono arrivati anche dall'opposizione, che chiede un'audizione."),
    ("tail", "Se il ponte non riapre entro maggio, i commercianti chiederanno un risarcimento."),
    # pl (2)
    ("body", "Źródłem problemu okazała się nieszczelna rura pod jezdnią, ustalili technicy."),
    ("tail", "Czas oczekiwania na wizytę u specjalisty skrócił się do sześciu tygodni."),
    # ru (2)
    ("body", "Статья расходов на ремонт дорог в новом бюджете выросла почти вдвое."),
    ("tail", "Время работы поликлиники с марта продлят до 20:00, сообщили в администрации."),
]


HELD_OUT_55_PAGES = {
    "en-ham-contest-results": _page("en", "en-ham-contest-results", [
        ["-QARS — Quillmarsh Amateur Radio Society",
         "-Home | Nets & Schedules | Contests | Repeaters | Join",
         "-Callsign lookup: [ enter call ] Search",
         '-[ad_rotator group="sidebar-top"]',
         "-Next club net: Thursday 20:00 on 145.550 MHz simplex",
         "-Posted in Contest Results on 16 February 2026 by the contest manager"],
        ["+Winter Sprint results: 38 stations logged over 2,900 contacts"],
        ["-Reading time: 3 minutes",
         "-Photo: the club shack during the sprint (QARS archive)"],
        ["+Thirty-eight stations took part in this year's Winter Sprint, the club's busiest contest since it began in 2011."],
        ["+Conditions on 40 metres were poor on Saturday evening, but 80 metres stayed open well past midnight."],
        ["-Advertisement",
         "-Shop: club QSL cards and mugs now in stock"],
        ["+Section winners",
         "+Single operator, low power: Ruth Ambleside, 412 contacts",
         "+Multi operator: the Ottervane Scouts station, 388 contacts",
         "+Newcomer: Dev Marchbank, 164 contacts"],
        ['+"We had operators aged eleven to eighty-four on the air this year," said contest manager Iris Pennock.'],
        ["-Related: How to submit your log in Cabrillo format",
         "-Membership renewals for 2026 are now due"],
        ["+Logs were checked against each other, and 61 contacts were removed for mismatched serial numbers."],
        ["+Certificates will be posted to all entrants before the spring meeting in April."],
        ["-Tags: contests, HF, results",
         "-Share: Facebook · X · Email",
         "-2 Responses",
         "-Ken Lathbury says: 17 February 2026 at 08:14",
         "-Great turnout, see everyone on 80m next year! 73",
         "-Reply",
         "-Leave a Reply",
         "-© 2026 Quillmarsh Amateur Radio Society · Powered by WordPress"],
    ]),
    "en-bookshop-blog": _page("en", "en-bookshop-blog", [
        ["-Fenwhistle Books — secondhand & antiquarian",
         "-Browse | Sell us your books | Events | Blog | Visit",
         "-Free local delivery on orders over £25",
         "-Basket (0)",
         "-Blog › Shop news",
         "-February 19, 2026 · 5 min read"],
        ["+We bought 4,000 books from the old county library store"],
        ["-By Harriet Quenby, owner",
         "-Filed under: Shop news, Local history"],
        ["+When the county closed its reserve store at Ottervane last autumn, most of its stock was due to be pulped."],
        ["+We put in a bid for the local history and natural history shelves and, to our surprise, it was accepted."],
        ['-[sponsored_product id="1182"]',
         "-Sign up for our monthly list of new arrivals"],
        ["+What came in the vans",
         "+1,200 volumes of parish and county history",
         "+Around 900 field guides and bird books",
         "+Bound runs of the Fenwhistle Mercury from 1921 to 1958"],
        ['+"Some of these have not been borrowed since 1974, but they are still good books," said Harriet Quenby.'],
        ["-You might also like: A guide to caring for old bindings",
         "-Gift vouchers available in store and online"],
        ["+The newspaper volumes will go to the town museum, which had asked for them years ago."],
        ["+The rest will be priced over the coming months and shelved in the back room, which reopens in March."],
        ["-Harriet Quenby has run Fenwhistle Books since 2009. Her guide to collecting county histories is out now in paperback.",
         "-Buy me a coffee ☕ and help keep the shop blog going",
         "-3 comments",
         "-Morwenna Tilsley · February 19, 2026",
         "-Any chance of the Mercury volumes being digitised?",
         "-Like · Reply",
         "-Comments are moderated before they appear.",
         "-Blog at Fenwhistle Books · Theme by Studio Larkspur"],
    ]),
    "fr-pharmacie-conseils": _page("fr", "fr-pharmacie-conseils", [
        ["-Pharmacie des Tilleuls – Vaubrénac",
         "-Accueil | Nos services | Conseils santé | Horaires | Contact",
         "-Pharmacie de garde ce dimanche : composez le 3237",
         "-Click & collect : réservez vos produits en ligne",
         "-Conseils santé › Hiver",
         "-Publié le 10 février 2026 · Lecture 4 min"],
        ["+Grippe : la vaccination prolongée jusqu'à fin février à Vaubrénac"],
        ["-Par l'équipe officinale",
         "-Illustration : Adobe Stock"],
        ["+L'épidémie de grippe n'a pas encore atteint son pic dans le département, selon les derniers relevés."],
        ["+La pharmacie continue donc de vacciner sans rendez-vous les personnes de plus de 65 ans et les malades chroniques."],
        ["-[promo_parapharmacie]",
         "--20 % sur toute la gamme hiver jusqu'au 28 février"],
        ["+Ce qu'il faut apporter",
         "+Le bon de prise en charge de l'Assurance maladie",
         "+La carte Vitale",
         "+Le carnet de vaccination, si vous l'avez"],
        ["+« Nous avons vacciné deux fois plus de personnes que l'an dernier à la même date », indique la pharmacienne titulaire, Odile Rascanne."],
        ["-À lire aussi : Rhume ou grippe, comment faire la différence ?",
         "-Téléchargez notre application pour renouveler vos ordonnances"],
        ["+Le vaccin reste gratuit pour les publics prioritaires et pour les professionnels de santé."],
        ["+Les autres adultes peuvent être vaccinés sur présentation d'une ordonnance ou après un court entretien."],
        ["-Ces conseils ne remplacent pas l'avis de votre médecin.",
         "-Partager : Facebook · WhatsApp · E-mail",
         "-Laisser un commentaire",
         "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
         "-Pharmacie des Tilleuls – place du Marché, Vaubrénac – 05 00 00 00 00",
         "-Mentions légales · Politique de confidentialité · Gestion des cookies",
         "-Site réalisé par l'agence Pixelune",
         "-Retour en haut"],
    ]),
    "fr-deneigement-point": _page("fr", "fr-deneigement-point", [
        ["-Communauté de communes du Haut-Ganelon",
         "-⚠ Alerte neige : circulation difficile sur les routes d'altitude",
         "-Accueil > Vie pratique > Routes et déneigement",
         "-Taille du texte : A- A+",
         "-Mis à jour le 12 février 2026 à 7 h 30",
         "-Temps de lecture : 2 minutes"],
        ["+Déneigement : les circuits prioritaires réorganisés cette semaine"],
        ["-Service des routes",
         "-Imprimer la page"],
        ["+Trente centimètres de neige sont tombés dans la nuit de mardi à mercredi au-dessus de 800 mètres."],
        ["+Les quatre chasse-neige de la communauté de communes ont tourné sans interruption depuis 3 heures du matin."],
        ["-Publicité",
         "-Abonnez-vous aux alertes SMS de la communauté de communes"],
        ["+Ordre de passage des engins",
         "+Routes des cars scolaires et accès à la maison de santé",
         "+Routes de liaison entre les hameaux",
         "+Voies communales secondaires et parkings"],
        ["+« Nous ne pouvons pas être partout à 6 heures ; merci de votre patience », a déclaré le responsable du service, Gilles Arnaudet."],
        ["-Voir aussi : la carte des routes en temps réel",
         "-Vous êtes sur la page : Déneigement"],
        ["+Les habitants sont invités à dégager eux-mêmes le trottoir devant leur logement, comme le prévoit l'arrêté municipal."],
        ["+Du sel est mis à disposition gratuitement devant chaque mairie du territoire."],
        ["-Cette page vous a-t-elle été utile ? Oui / Non",
         "-Partager sur Facebook",
         "-Contact : routes@haut-ganelon.example",
         "-Horaires d'accueil : du lundi au vendredi, de 8 h 30 à 12 h",
         "-Plan du site · Accessibilité : partiellement conforme · Mentions légales",
         "-Suivez-nous sur Facebook et Instagram",
         "-© 2026 Communauté de communes du Haut-Ganelon",
         "-Remonter ↑"],
    ]),
    "de-jugendorchester-tourtagebuch": _page("de", "de-jugendorchester-tourtagebuch", [
        ["-Jugendsinfonieorchester Wiesenbrack",
         "-Start | Orchester | Konzerte | Tourblog | Spenden | Kontakt",
         "-Tickets für das Abschlusskonzert: jetzt im Vorverkauf",
         "-Tourblog › Tag 4",
         "-14. Februar 2026 · Lesezeit 4 Minuten",
         "-Teilen: WhatsApp | Facebook | E-Mail"],
        ["+Tourtagebuch, Tag 4: Drei Konzerte und ein verlorener Kontrabassbogen"],
        ["-Aufgeschrieben von Lena Haberkorn (2. Geige)",
         "-Foto: Probe in der Stadtkirche (JSO Wiesenbrack)"],
        ["+Um sieben Uhr ging es los, denn bis Ostermoorbach sind es mit dem Bus fast drei Stunden."],
        ["+In der Stadtkirche probten wir nur kurz, weil der Organist die Kirche bis Mittag brauchte."],
        ["-Anzeige",
         "-Werde Fördermitglied – schon ab 5 Euro im Monat"],
        ["+Das Programm der Tournee",
         "+Ouvertüre von Friederike Maalen (Uraufführung)",
         "+Zweite Sinfonie von Jakob Ehrenbrand",
         "+Zugabe: ein Volkslied-Medley für Streicher"],
        ["+„Der Saal war voller, als wir es je zu Hause erlebt haben“, sagte Dirigentin Karin Wessolek nach dem Abendkonzert."],
        ["-Mehr aus dem Tourblog: Tag 3 – Ankunft im Regen",
         "-Unser Partner: Autohaus Brummer, Wiesenbrack"],
        ["+Der Bogen des Kontrabasses tauchte erst am Abend wieder auf, im Gepäckfach unter einer Tasche mit Notenständern."],
        ["+Morgen spielen wir an einer Schule, danach geht es zurück nach Hause."],
        ["-Schlagwörter: Tournee, Tourblog, Jugend",
         "-Kommentare (2)",
         "-Oma Gisela · 14. Februar 2026, 22:10",
         "-Wir sind so stolz auf euch alle!",
         "-Antworten",
         "-Kommentar schreiben",
         "-Impressum | Datenschutz | Cookie-Einstellungen",
         "-Gefördert vom Kulturfonds des Landkreises"],
    ]),
    "de-gartenbauverein-schau": _page("de", "de-gartenbauverein-schau", [
        ["-Obst- und Gartenbauverein Kranzfelde e. V.",
         "-Verein | Termine | Gartentipps | Berichte | Mitglied werden",
         "-Sie sind hier: Startseite » Berichte » Frühjahrsschau",
         "-Suche …",
         "-Geschrieben von Vorstand | Kategorie: Berichte | Zugriffe: 412",
         "-Veröffentlicht: 23. März 2026"],
        ["+Frühjahrsschau: 140 Aussteller und ein Rekord bei den Primeln"],
        ["-Bild: Helga Mauersberg",
         "-Drucken | E-Mail"],
        ["+Zur Frühjahrsschau in der Turnhalle kamen am Wochenende rund 1.800 Besucherinnen und Besucher."],
        ["+So viele Aussteller hatte der Verein seit der Gründung im Jahr 1951 noch nie."],
        ["-Werbung",
         "-Gartencenter Ebelt – Ihr Partner für Saatgut und Dünger"],
        ["+Die Preisträger",
         "+Primeln: Waltraud Siebeneich mit 46 Sorten",
         "+Kräuter: die Kita „Sonnenblume“",
         "+Gemüsejungpflanzen: Familie Orlowski"],
        ["+„Wir haben gesehen, dass junge Familien wieder gärtnern wollen“, sagte der Vorsitzende Bernd Tiedemeier."],
        ["-Lesen Sie auch: Obstbaumschnitt im Februar – so geht's",
         "-Pflanzentauschbörse am 12. April: Jetzt Tisch reservieren"],
        ["+Der Erlös aus Kaffee und Kuchen geht an den Schulgarten der Grundschule."],
        ["+Die Herbstschau findet im September wieder in der Turnhalle statt."],
        ["-Zuletzt aktualisiert: 24. März 2026",
         "-« Vorheriger Beitrag | Nächster Beitrag »",
         "-Mitglied werden: Beitrittserklärung als PDF",
         "-Vereinskonto: IBAN DE00 0000 0000 0000 0000 00",
         "-Impressum · Datenschutzerklärung",
         "-Besucher heute: 57 | gesamt: 118.204",
         "-Copyright © 2026 OGV Kranzfelde. Alle Rechte vorbehalten.",
         "-Nach oben"],
    ]),
    "it-maneggio-notizie": _page("it", "it-maneggio-notizie", [
        ["-Centro Ippico La Quercia – Valmorra",
         "-Home | Corsi | Pensione cavalli | Notizie | Contatti",
         "-Prenota una lezione di prova su WhatsApp",
         "-Notizie / Eventi",
         "-Pubblicato da Staff La Quercia il 3 marzo 2026",
         "-Tempo di lettura: 3 minuti"],
        ["+Il maneggio apre un corso di equitazione per ragazzi con disabilità"],
        ["-Foto di Martina Roscelli",
         "-Categorie: Corsi, Novità"],
        ["+Da aprile il centro ippico di Valmorra ospiterà un corso di riabilitazione equestre per ragazzi dai 6 ai 16 anni."],
        ["+Il progetto è finanziato in parte dalla fondazione di una banca locale e in parte dalle famiglie dei soci."],
        ["-Pubblicità",
         "-Selleria Brunaldi: sconti per i soci del centro"],
        ["+Come funziona il corso",
         "+Due lezioni a settimana, il martedì e il giovedì",
         "+Gruppi di quattro ragazzi con un istruttore e un terapista",
         "+Cavalli scelti per il carattere tranquillo"],
        ["+«Il cavallo non giudica nessuno, e i ragazzi lo capiscono subito», spiega l'istruttrice Giada Fornasetti."],
        ["-Leggi anche: Festa di primavera al maneggio, il programma",
         "-Iscriviti alla newsletter del centro"],
        ["+Le iscrizioni si raccolgono in segreteria fino al 20 marzo; i posti sono dodici."],
        ["+Per le famiglie con ISEE basso la quota sarà ridotta della metà."],
        ["-Condividi: Facebook · WhatsApp · Telegram",
         "-Articolo precedente: Gara sociale di salto ostacoli",
         "-Lascia un commento",
         "-Il tuo indirizzo email non sarà pubblicato.",
         "-Centro Ippico La Quercia ASD – P.IVA 00000000000",
         "-Privacy Policy – Cookie Policy",
         "-Seguici su Instagram",
         "-Torna su"],
    ]),
    "it-emporio-solidale-report": _page("it", "it-emporio-solidale-report", [
        ["-Emporio Solidale Rocca Brunalda",
         "-Chi siamo · Come aiutare · Report mensili · Diventa volontario",
         "-Dona il tuo 5x1000: C.F. 00000000000",
         "-Home » Report mensili » Febbraio 2026",
         "-2 marzo 2026",
         "-di Redazione"],
        ["+Febbraio: 312 famiglie aiutate, 9 tonnellate di cibo distribuite"],
        ["-Lettura: 4 min",
         "-Scarica il report in PDF"],
        ["+A febbraio l'emporio ha servito 312 famiglie, 27 in più rispetto a gennaio."],
        ["+Sono aumentate soprattutto le richieste di anziani soli e di famiglie con bambini piccoli."],
        ["-[banner_dona_ora]",
         "-Dona con Satispay"],
        ["+Cosa è stato distribuito",
         "+Pasta, riso e legumi: 4,1 tonnellate",
         "+Latte e latticini: 1,8 tonnellate",
         "+Frutta e verdura dai mercati: 3,1 tonnellate"],
        ["+«Senza i volontari del sabato non riusciremmo a tenere aperto», ha detto la coordinatrice Anna Pellicioni."],
        ["-Potrebbe interessarti anche: Raccolta di primavera nei supermercati",
         "-Cerchiamo autisti con patente B per il ritiro merci"],
        ["+Le scorte di olio e di prodotti per l'igiene sono quasi finite e serviranno nuove donazioni."],
        ["+La prossima raccolta nei supermercati della zona si terrà il 21 e 22 marzo."],
        ["-Tag: report, famiglie, volontariato",
         "-Nessun commento",
         "-Emporio Solidale ODV – Iscritta al RUNTS",
         "-IBAN: IT00 X000 0000 0000 0000 0000 000",
         "-Sito realizzato con WordPress e tema Astra",
         "-Informativa privacy",
         "-Preferenze cookie",
         "-Torna all'inizio"],
    ]),
    "pl-cmentarz-komunikat": _page("pl", "pl-cmentarz-komunikat", [
        ["-Zarząd Cmentarzy Komunalnych w Wierzbnomierzu",
         "-Strona główna | Wyszukiwarka grobów | Opłaty | Komunikaty | Kontakt",
         "-Biuletyn Informacji Publicznej",
         "-Jesteś tutaj: Komunikaty",
         "-Data publikacji: 02.03.2026",
         "-Wersja kontrastowa | Powiększ tekst"],
        ["+Od 9 marca brama północna cmentarza będzie zamknięta"],
        ["-Autor: Dział administracji",
         "-Liczba wyświetleń: 1 204"],
        ["+Z powodu przebudowy alei głównej brama od strony ulicy Klonowej zostanie zamknięta na około sześć tygodni."],
        ["+Wejście na cmentarz będzie możliwe od bramy południowej i od furtki przy kaplicy."],
        ["-Reklama",
         "-Usługi kamieniarskie – Kamieniarstwo Dąbek, tel. 000 000 000"],
        ["+Co się zmienia w czasie prac",
         "+Samochody osób z niepełnosprawnością wjeżdżają bramą południową",
         "+Punkt z wodą przy alei głównej zostaje przeniesiony pod kaplicę",
         "+Znicze i kwiaty można wyrzucać tylko do kontenera przy furtce"],
        ["+– Prosimy o wyrozumiałość, po remoncie aleja będzie wreszcie równa i bezpieczna – mówi kierowniczka zarządu Teresa Mroczkowska."],
        ["-Zobacz także: Opłaty za przedłużenie grobu w 2026 roku",
         "-Pobierz wniosek o zgodę na postawienie nagrobka (PDF)"],
        ["+Prace wykona firma wyłoniona w przetargu, a ich koszt wyniesie 1,4 mln zł."],
        ["+Przed Wielkanocą wszystkie bramy mają być już otwarte."],
        ["-Metryczka: wytworzył Dział administracji, opublikował Jan Sowiak",
         "-Historia zmian",
         "-Drukuj | Pobierz PDF",
         "-Deklaracja dostępności",
         "-Polityka prywatności",
         "-Ta strona używa plików cookies. Akceptuję",
         "-Godziny otwarcia biura: pon.–pt. 7:30–15:30",
         "-© Zarząd Cmentarzy Komunalnych w Wierzbnomierzu"],
    ]),
    "pl-muzeum-autobusow": _page("pl", "pl-muzeum-autobusow", [
        ["-Muzeum Komunikacji Miejskiej – Lipnomierz",
         "-O muzeum | Zbiory | Wydarzenia | Aktualności | Wesprzyj nas",
         "-Bilety online – kup teraz",
         "-Aktualności",
         "-15 marca 2026 | Czas czytania: 3 min",
         "-Udostępnij: Facebook | X | Messenger"],
        ["+Zabytkowy autobus z 1968 roku wraca na trasę po czterech latach remontu"],
        ["-Fot. archiwum muzeum",
         "-Tekst: Koło Miłośników Komunikacji"],
        ["+Autobus, który przez dwadzieścia lat stał pod plandeką w zajezdni, znów jeździ."],
        ["+Remont prowadzili wolontariusze muzeum, głównie w weekendy i wieczorami."],
        ["-Reklama",
         "-Sklepik muzealny: modele autobusów w skali 1:43"],
        ["+Co trzeba było wymienić",
         "+Silnik i skrzynię biegów, sprowadzone od kolekcjonera",
         "+Całą podłogę i siedzenia pasażerów",
         "+Szyby i uszczelki okien"],
        ["+– Najtrudniej było znaleźć oryginalne lampy, szukaliśmy ich trzy lata – mówi kierownik warsztatu Zbigniew Kurant."],
        ["-Czytaj również: Dzień otwarty zajezdni w maju",
         "-Zostań wolontariuszem muzeum"],
        ["+Pierwszy kurs z pasażerami odbędzie się 1 maja na linii okólnej wokół starego miasta."],
        ["+Przejazd będzie bezpłatny, ale obowiązują zapisy, bo autobus ma tylko 37 miejsc."],
        ["-Tagi: renowacja, autobusy, wolontariat",
         "-Komentarze",
         "-Marek_z_zajezdni · 15.03.2026 o 19:02",
         "-Pamiętam, jeździłem nim do szkoły, piękna robota!",
         "-Odpowiedz",
         "-Dodaj komentarz",
         "-Muzeum działa dzięki wsparciu darczyńców – wpłać darowiznę",
         "-© 2026 Muzeum Komunikacji Miejskiej"],
    ]),
    "ru-roditelskiy-sovet": _page("ru", "ru-roditelskiy-sovet", [
        ["-Детский сад № 7 «Солнышко», г. Кедроборск",
         "-Главная | Родителям | Новости | Документы | Контакты",
         "-Версия для слабовидящих",
         "-Новости › Родительский совет",
         "-Опубликовано: 05.03.2026 | Просмотров: 318",
         "-Время чтения: 3 мин."],
        ["+Письмо родительского совета: что решили о ремонте прогулочных веранд"],
        ["-Автор: председатель родительского совета",
         "-Распечатать"],
        ["+Уважаемые родители, на собрании 3 марта совет обсудил состояние прогулочных веранд."],
        ["+Две веранды из четырёх признаны опасными, и дети пока гуляют только на площадке у главного входа."],
        ["-Реклама",
         "-Детская одежда оптом — магазин «Карапуз»"],
        ["+Что решили на собрании",
         "+Попросить управление образования включить веранды в план ремонта",
         "+Организовать субботник по уборке участков 28 марта",
         "+Собрать предложения родителей о новых игровых элементах"],
        ["+«Деньги на ремонт обещали ещё в прошлом году, и мы будем добиваться, чтобы их выделили», — сказала председатель совета Ольга Дерябина."],
        ["-Читайте также: Расписание утренников в марте",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Заведующая детским садом поддержала обращение и направила его в управление образования."],
        ["+Ответ ожидается до конца апреля, о нём мы сообщим отдельно."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (1)",
         "-Мама Вари, 05.03.2026 в 21:40",
         "-Спасибо совету, на субботник придём всей семьёй!",
         "-Ответить",
         "-Написать комментарий",
         "-Официальный сайт МБДОУ № 7. Все права защищены.",
         "-Политика обработки персональных данных"],
    ]),
    "ru-turklub-otchet": _page("ru", "ru-turklub-otchet", [
        ["-Турклуб «Снежный Гребень» Верхнелыжинского университета",
         "-Главная | Походы | Отчёты | Снаряжение | Вступить",
         "-Прокат снаряжения для членов клуба — бесплатно",
         "-Отчёты › Зима 2026",
         "-Добавлено: 28.02.2026 · Автор: admin",
         "-⏱ 5 мин"],
        ["+Отчёт о лыжном походе по Сурьмяной гряде: шесть дней и два перевала"],
        ["-Фото: участники похода",
         "-Рубрика: Лыжные походы"],
        ["+Группа из восьми студентов вышла из посёлка Ясноключ утром 14 февраля."],
        ["+Первые два дня шли по лесу, снег был глубокий, и тропили по очереди."],
        ["-Реклама",
         "-Термосы и горелки со скидкой в магазине «Высота»"],
        ["+Маршрут по дням",
         "+1–2 день: лесная долина до избушки лесников",
         "+3–4 день: перевалы Каменный и Ветреный",
         "+5–6 день: спуск по реке к станции"],
        ["+«На втором перевале ветер был такой, что палатку ставили вчетвером», — вспоминает руководитель группы Артём Сухоруков."],
        ["-Смотрите также: Отчёт о походе осенью 2025 года",
         "-Вступайте в нашу группу ВКонтакте"],
        ["+Обморожений и травм не было, но одна лыжа сломалась на спуске, и её чинили проволокой."],
        ["+Следующий поход клуб планирует на майские праздники."],
        ["-Метки: лыжи, зима, отчёты",
         "-2 комментария",
         "-Никита, 01.03.2026",
         "-Отличный маршрут, можно трек в GPX?",
         "-Ответить",
         "-Оставить комментарий",
         "-© Турклуб «Снежный Гребень», 2026",
         "-Работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-ham-contest-results':
        "the ham radio club's contest results page's membership-renewals line between the paragraphs is left (1 of 20 noise lines)",
    'en-bookshop-blog':
        "the second-hand bookshop blog's owner's bio with a book plug at the foot is left (1 of 20 noise lines)",
    'de-gartenbauverein-schau':
        "the gardening society's show report's plant-swap table-booking line between the paragraphs is left (1 of 20 noise lines)",
    'it-emporio-solidale-report':
        "the food bank's monthly report's drivers-wanted line between the paragraphs is left (1 of 20 noise lines)",
}


test_held_out_55_line, test_held_out_55_line_is_kept, test_held_out_55_page = held_out_tests(
    HELD_OUT_55_LINES, HELD_OUT_55_KEEP, HELD_OUT_55_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
