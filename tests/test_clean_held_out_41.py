"""Held-out set 41: written blind, weighted toward the noise the cleaner exists for, in shapes set 40's
docstring does not name: scraper and ad markers of content farms and auto-blogs, "originally published"
and reprint credits, RSS-feed footers ("The post X appeared first on Y" and its French, German,
Italian, Polish and Russian WordPress wordings), date headers, author bios with book, Patreon, Steady,
Patronite, channel and speaking plugs, WordPress and Blogger footers, and reader comment threads
("N thoughts on", comment rows, reply forms, moderation notes); and toward whole scraped opinion and
news pages in layouts set 40's docstring and page names do not use (a content farm's copy of a wire
story, a WordPress news blog with a comment thread, an auto-blog's copy of an op-ed, a fact-check with
a rating box, a syndicated column with a bio box and book plug, a Ghost blog post with member sign-up,
a Blogspot opinion post with a profile box and followers widget, a local paper's opinion page with
letters-to-the-editor links, an interview in questions and answers, a photo story with captions and
credits, a live blog's single-entry page, a print-view page with its URL footer).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 40) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 40, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict of three file names; and scripts/clean_held_out_report.py (in full,
with ``cat``). The layouts were picked from the brief's list of ideas, one a page; the page dict is
built as set 40 builds it, ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, and the
tail is set 40's with 40 -> 41. Slips and notes: (1) to print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with PYTHONPATH=/work/main/src, which
imports the cleaner's modules; nothing was run through the cleaner then and none of its source was
read. (2) At the first step ``ls tests`` in /work/main listed the names of the files in tests/ (names
only, no contents), and after making the worktrees ``ls`` showed the first names in each of them; the
``git worktree add`` commands were run with their output discarded, and no other worktree was looked
at. Main stayed at 6071592 from the start to the measurement. (3) Before the measurement the drafts
were executed from a scratch folder (/tmp/s41) with a stand-in ``page_from_blocks`` that only counted
lines and checked that no page noise line is a substring of an article line of its page (no case was
run through the cleaner); after that count 1 or 2 noise lines were added to ten pages and one article
paragraph to pl-fotoreportaz, still before the measurement, to bring every page to 10 article and 20
or 21 noise lines. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines
and summary, so no tracebacks were seen; the problems of this set's lines and pages were then read
out once with ``_problems`` in the frozen worktree (a script that ran it on every line and page of
this set and printed those with problems), to write the xfail reasons. (5) Invented place names were
checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory of towns; no gazetteer was available, so this is not a proof that they do not
exist: Cazabrune, Montbrézac, Kiebitzwerder, Castelbrumo, Valdirame, Żurawiogród and Rdestowo had no
hits; Quillmoor and Tollmere only as invented names in fiction, games and test data; Brackenwold only
as a castle of a role-playing game setting; Birkenquell only inside the word "Birkenquelle";
Туманоярск only in a list of invented town names; Ивоозерск only inside "Кривоозерский" (a real
Ukrainian district whose name merely contains it). Before the measurement "Harrowby Notes" became
"Commuter Notes" (Harrowby is part of Grantham) and the theme maker "Inkbarrow" became "Inkwell Themes"
(Inkberrow is a Worcestershire village); while drafting, Vasselonne (too close to Wasselonne),
Roccafiorita (a Sicilian comune) and a river name were dropped. The streets and squares are generic
names found in many real towns (Mill Row, piazza del Grano, via dei Tigli, ulice Nadbrzeżna and
Młyńska, улица Садовая); the sites, publishers, blogs, themes and people (NewsGlint Daily,
Brackenair, Tollmere Wire Service, Fenwright Press, éditions Brunelande, Le Fil Citoyen, Actus
Express 24, L'Écho du Plateau, Lindenblatt, Stadtnotizen, Verlag Kranzbühl, Wortwerk Nord,
Südwest-Text, Energiewende vor Ort, Edizioni Farfalla Blu, Cittadini in Rete, Il Taccuino Civico, Il
Pensatoio, Ławka Obywatelska, Notatnik Radnego, «Городской дневник», «Записки горожанина», the
domain quillmoordispatch.com, Lavandine, Hyperlocal Lite) were not checked and may coincide with real
ones. (6) Some noise lines name real things, as real pages do: WordPress and WordPress.com, Blogger
and its "Tema Semplice" and "Tema Filigrana" themes, Ghost, Atom, the Ad Inserter plugin's shortcode,
Patreon, PayPal, Steady, Patronite, Facebook, X, Twitter, Pinterest, WhatsApp, LinkedIn, Instagram,
Mastodon, Telegram, ВКонтакте and Одноклассники; e-mail addresses and URLs of the invented sites use
the .example domain, and the phone and registration numbers are zero-filled. Nothing below was copied
from any file of the repository. The kinds set 40's docstring names as its own or earlier sets' were
not reused as noise lines: the markers here are an auto-blog shortcode ("[ad_1]"), "Originally
published at ...", "Cet article est paru initialement sur le blog ...", "Erstveröffentlichung: ...",
"Articolo tratto dal sito ...", "Przedruk za zgodą autora. Oryginał: ..." and
"Оригинал статьи опубликован на сайте ..."; the reading-time lines are "Estimated reading time: 6
minutes", "Temps de lecture estimé : 4 minutes", "Lettura: 5 minuti · <date>" and the date headers
"Published ... | Updated ... | 1,180 words", "Veröffentlicht am ... · zuletzt aktualisiert vor 3
Stunden", "Dodano: ... | Aktualizacja: ..." and "Опубликовано: ... · Обновлено: ..."; the bylines are
author bios with book plugs (en, fr, it) or a channel plug (ru), and Patreon, Steady/PayPal and
Patronite support lines and a speaking/consulting plug; the footers are the six WordPress RSS-feed
footers ("The post ... appeared first on", "L'article ... est apparu en premier sur", "Der Beitrag ...
erschien zuerst auf", "L'articolo ... sembra essere il primo su", "Wpis ... pojawił się poraz pierwszy
w", "Сообщение ... появились сначала на"), "Blog at WordPress.com.", "Fièrement propulsé par WordPress
· Thème ..." and "Tema Semplice. Tecnologia di Blogger."; the comments lines are "Leave a Reply Cancel
reply", "You are commenting using your WordPress.com account. ...", "Comments are closed.", the
comment-count headings "7 thoughts on “...”", "3 réflexions sur « ... »", "Ein Gedanke zu „...“" and
"3 myśli na temat “...”", an Italian comment row "<name> <date> alle <time> Rispondi", the Polish
moderation note "Twój komentarz czeka na moderację." and "Добавить комментарий Отменить ответ"; the
share lines are WordPress's "Like this: Like Loading..." and "Teilen mit: Klick, um über Facebook zu
teilen (Wird in neuem Fenster geöffnet)"; the notice is an affiliate-links disclosure; the "other"
line is a post-navigation row "← Предыдущая запись Следующая запись →". The set was measured once
against a frozen cleaner (worktree /tmp/wt-s41 at commit 6071592) and every failing case is marked as
a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring. scripts/clean_held_out_report.py needed no
change: it finds a set by its number, so ``--sets 41`` works as it is.

Judgement calls: the keep lines opening with "Originally published in 1987", "Support for the tram
extension", "Leave to appeal", "Comments from residents", "Powered by two diesel generators",
"Estimated costs", "Buy-back schemes", "Propulsé par la hausse des loyers", "Temps de travail", "Les
commentaires des habitants", "Über den Autor des anonymen Briefes", "Der Beitrag der Gemeinde",
"Schreiben der Bürgerinitiative", "L'articolo 12 del regolamento", "Tempo di attesa", "Fonte di
preoccupazione", "Wpis do rejestru zabytków", "Komentarze radnych", "Запись на приём" and "Оригинал
постановления" are article sentences; the date headers are counted as reading-time lines, the author
bios and support/speaking plugs as bylines, the RSS-feed lines and platform/theme credits as
footers, the comment-form, comment-count, comment-row and moderation lines as comments, the WordPress
like widget as share, the affiliate disclosure as a notice and the post navigation as "other". On
every page the title, the subheading, its list or table-like rows, the quote and the paragraphs
around them are article; in pl-wywiad-pytania the questions and the answers are article, and the
lead ("Od stycznia Żurawiogród ma architektkę miasta. ...") is article. Site and blog names, taglines,
menus, section labels ("Meinung", "Rozmowy", "WYWIAD", "FOTOREPORTAŻ", "L'EDITORIALE", "VRAI OU FAUX
?"), breadcrumbs, bylines and "posted by" lines, dates and update lines, reading times, ad shortcodes
and ad labels, the content farm's feed credit and disclaimer, the auto-blog's collective-signature
credit, the fact-check's rating box (the claim's spread, "NOTRE VERDICT : TROMPEUR", the score), its
tip-off invitation, methods link and sources line, the column's syndication note, opinion disclaimer,
bio box, book plug, order button, agency line and distribution credit, the Ghost sign-up box and
membership prompts, the Blogger profile box, followers and archive widgets, the opinion page's
letters-to-the-editor block and rubrics row, photo captions, photo counters and credits, the live
blog's pin label, view count, previous/next entries and "Главное за день" rail, the print view's
link list, URL, print date and window buttons, related posts and "read also" links, share, like and
follow rows, tags and categories, comment threads (counts, names, dates, comment texts, replies,
forms, moderation notes), subscription and app prompts, legal, contact and copyright lines and
back-to-top links are noise. The rows: in en-content-farm-wire-copy "What the airline offered the
council" with three "Option ...: ..." rows; in en-wordpress-blog-comment-thread "The conditions
attached to the approval" with three rows; in fr-autoblog-tribune "Ce que la fermeture changerait"
with three "label : value" rows; in fr-fact-check-verdict "Ce que prévoit réellement la
délibération" with three "label : value" rows; in de-kolumne-syndiziert "Was die Zahlen aus
Birkenquell zeigen" with three "label: value" rows; in de-ghost-blog-mitglieder "Die Eckdaten des
Projekts" with three "label: value" rows; in it-blogspot-opinione "Tre cose che il Comune potrebbe
fare subito" with three rows; in it-giornale-locale-opinioni "Le nuove fasce della tariffa" with
three "band: price" rows; in pl-wywiad-pytania "Plan na pierwsze dwa lata" with three rows; in
pl-fotoreportaz "Gdzie można zgłaszać szkody" with three "place – what" rows; in
ru-zapis-onlain-translyatsii "Как теперь добраться до правого берега" with three "who — how" rows;
in ru-versiya-dlya-pechati "Что получили дворы в прошлом году" with three "what — how many" rows;
all of them are article.

Contents: 45 noise lines (marker 7, reading-time 7, byline 8, footer 9, comments 10, share 2, notice
1, other 1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 244 noise lines (21 on en-content-farm-wire-copy,
en-wordpress-blog-comment-thread, it-blogspot-opinione and pl-fotoreportaz, 20 on the others) and 120
article lines (10 a page): en-content-farm-wire-copy (a content farm's copy of a wire story on an
airline dropping a regional route, with ad shortcodes, a feed disclaimer and related posts),
en-wordpress-blog-comment-thread (a hyperlocal WordPress news blog on a skate park, with a comment
thread), fr-autoblog-tribune (an auto-blog's copy of an op-ed against closing a maternity ward, with
its "L'article ... est apparu en premier sur ..." footer), fr-fact-check-verdict (a fact-check with a
rating box, on a rumoured wood-stove ban), de-kolumne-syndiziert (a syndicated column on Sunday
shopping, with a bio box and book plug), de-ghost-blog-mitglieder (a Ghost blog post with member
sign-up, on a community wind farm), it-blogspot-opinione (a Blogspot opinion post on a covered
market, with a profile box and followers widget), it-giornale-locale-opinioni (a local paper's
editorial on water tariffs, with letters-to-the-editor links), pl-wywiad-pytania (an interview in
questions and answers with a town's new architect), pl-fotoreportaz (a photo story on a village
flood, with captions, counters and credits), ru-zapis-onlain-translyatsii (a live blog's
single-entry page on a bridge closed for the ice drift), ru-versiya-dlya-pechati (a print-view page
of an opinion piece on courtyard works, with its link list and URL footer); every page holds a
title, a subheading with list or table-like rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 6071592, measured with
``cd /tmp/wt-s41 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s41/src python -m pytest
-q tests/test_clean_held_out_41.py -rA -p no:cacheprovider`` (32 failed, 45 passed) and
``cd /tmp/wt-s41 && PYTHONPATH=/tmp/wt-s41/src python scripts/clean_held_out_report.py --sets 41``,
with the xfail tables empty): noise lines removed 24/45 (marker 5/7, footer 2/9, reading-time 6/7,
byline 4/8, comments 6/10, share 0/2, notice 1/1, other 0/1; missed, all kept as paragraphs: the
English RSS footer "The post Why the Tollmere bridge toll is a tax on commuters appeared first on
Commuter Notes.", the English speaking/consulting plug "Need a speaker on municipal finance? ...", the
English like widget "Like this: Like Loading...", the French credit "Cet article est paru
initialement sur le blog « Carnets d'un greffier ».", the French RSS footer "L'article Pourquoi la
cantine bio ... est apparu en premier sur Le Fil Citoyen.", the French bio "Juriste de formation,
Hélène Marsac tient ce blog depuis 2014. ...", the French footer "Fièrement propulsé par WordPress ·
Thème Lavandine", the German RSS footer "Der Beitrag Warum die Grundsteuer-Reform Mieter trifft
erschien zuerst auf Stadtnotizen.", the German date header "Veröffentlicht am 8. März 2026 um 06:30
Uhr · zuletzt aktualisiert vor 3 Stunden", the German comment count "Ein Gedanke zu „Warum die
Grundsteuer-Reform Mieter trifft“", the German share button "Teilen mit: Klick, um über Facebook zu
teilen (Wird in neuem Fenster geöffnet)", the Italian RSS footer "L'articolo Perché il nuovo piano
parcheggi non convince sembra essere il primo su Il Taccuino Civico.", the Italian bio "Chiara
Bensolari, giornalista, è autrice di «La piazza vuota» ...", the Italian comment row "Marco Tessarin
10 marzo 2026 alle 9:14 Rispondi", the Polish reprint credit "Przedruk za zgodą autora. Oryginał:
blog „Ławka Obywatelska”", the Polish RSS footer "Wpis Dlaczego budżet obywatelski potrzebuje zmian
pojawił się poraz pierwszy w Notatnik Radnego.", the Polish comment count "3 myśli na temat
“Dlaczego budżet obywatelski potrzebuje zmian”", the Polish moderation note "Twój komentarz czeka na
moderację.", the Russian RSS footer "Сообщение Почему реформа ЖКХ опять откладывается появились
сначала на Записки горожанина.", the Russian bio "Об авторе: Вера Ланская — экономист, ..." and the
Russian post navigation "← Предыдущая запись Следующая запись →"); keep lines kept 20/20; pages 1/12
clean (en-wordpress-blog-comment-thread), 31 of 244 page noise lines left and 4 of 120 article lines
lost: en-content-farm-wire-copy 4 of 21 left ('[adinserter block="2"]', "Spread the love", "Image:
stock photo / file" and the "Disclaimer: This story is auto-generated ..." line); fr-autoblog-tribune
3 of 20 left ("Tribune signée par un collectif de soignants et d'élus du canton", "Image
d'illustration : banque d'images" and the "L'article Fermer la maternité de Cazabrune ... est apparu
en premier sur Le Fil Citoyen." footer); fr-fact-check-verdict 2 left ("Vous avez vu une information
douteuse ? Envoyez-la-nous" and "Comment nous vérifions les informations"); de-kolumne-syndiziert 8
left ("Die Kolumne von Henrike Marold", "Diese Kolumne erscheint gleichzeitig in zwölf
Regionalzeitungen.", "Stand: 12.03.2026, 06:00 Uhr", "Mehr Meinungen: Alle Kolumnen im Überblick",
the opinion disclaimer, "Über die Autorin", the author bio and the book plug);
de-ghost-blog-mitglieder 2 left ("Abonniere Energiewende vor Ort" and "Abonnieren");
it-blogspot-opinione 2 of 21 left ("Post correlati" and "Il Pensatoio compie dieci anni");
it-giornale-locale-opinioni 3 left ("Il commento della direttrice Loredana Pizzuti", "Scrivi al
direttore: lettere@gazzettavaldirame.example" and "Leggi tutte le lettere dei lettori");
pl-wywiad-pytania 1 left ("Rozmowy"); pl-fotoreportaz 4 of 21 left (the caption "Strażacy
wypompowują wodę z piwnic przy ul. Młyńskiej. Fot. Paweł Strzałkowski" and the counters "2 / 12",
"3 / 12" and "4 / 12") and 4 of 10 lost (the heading "Gdzie można zgłaszać szkody" and its three
rows); ru-zapis-onlain-translyatsii 1 left ("Запись закреплена"); ru-versiya-dlya-pechati 1 left
("Читайте также на сайте: Какие дворы отремонтируют в 2026 году"). The failing cases are strict
xfails.

Still held out from round 39 (developed on set 40 at the same time as round 40 was developed on this
set; measured once at round 39's branch tip c0111e2 with this file as it was at d60c630 copied in,
``python scripts/clean_held_out_report.py --sets 41`` and pytest): exactly at its baseline (lines 24/45,
keep 20/20, pages 1/12 clean, 31 of 244 page noise lines left, 4 article lines lost).

Round 40 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 41`` and ``pytest tests/test_clean_held_out_41.py`` at
d60c630 (before) and the round's last commit on branch round40 (after): noise lines 24 -> 45/45
(marker 5 -> 7/7, footer 2 -> 9/9, reading-time 6 -> 7/7, byline 4 -> 8/8, comments 6 -> 10/10, share
0 -> 2/2, other 0 -> 1/1), pages 1 -> 11/12 clean, page noise lines left 31 -> 1 of 244, as classes in
six languages: a fact box that closes the article (a header over three rows or more of one shape, a
label and a spaced dash or a colon and a value, right under the last paragraph) was taken for a list
of related headlines above the page's tail, so pl-fotoreportaz lost "Gdzie można zgłaszać szkody" and
its rows; it now stays, and a dash or colon row's label may hold a comma or an elided article; the
feeds' "The post X appeared first on Y" footer and its WordPress wordings ("L'article ... est apparu en
premier sur", "Der Beitrag ... erschien zuerst auf", "L'articolo ... sembra essere il primo su" /
"proviene da", "Wpis ... pojawił się poraz pierwszy w" / "pochodzi z serwisu", "Сообщение ...
появились сначала на" / "Запись ... впервые появилась на") go when the title and the blog's name open
with a capital, and the platform's credit ("Fièrement propulsé par WordPress · Thème ...") in five
more languages; a first publication elsewhere ("Cet article est paru initialement sur le blog « ...
»") and a reprint credit naming the original in quotes ("Przedruk za zgodą autora. Oryginał: ...")
are site notices; an author's bio that plugs a book or a channel, its title in quotes, is a bio, and
an offer of talks or consulting is self-promotion; the like widget and WordPress's share button on
one line ("Like this: Like Loading...", "Teilen mit: Klick, um über Facebook zu teilen (Wird in neuem
Fenster geöffnet)") are share widgets; comment counts quoting the title ("Ein Gedanke zu „...“", "3
myśli na temat “...”"), a comment's row with its date and reply button ("Marco Tessarin 10 marzo 2026
alle 9:14 Rispondi") and the moderation note over a comment go with the thread; the previous and the
next post on one line are post navigation; a German stamp whose day has its full stop ("am 8. März
2026 um 06:30 Uhr · zuletzt aktualisiert vor 3 Stunden") is a stamp; and on the pages, an ad plugin's
shortcode, a stock or archive picture named as one, a feed's auto-generated disclaimer, a column's
byline and syndication note, a box of other columns or related posts, a byline with the writer's role
or a collective signature, a newsletter box's header and button, the newsroom's mailbox and letters
link, a fact-check's tip-off call and methods link, a live blog's pinned label, a caption whose street
is abbreviated ("ul. Młyńskiej") and a gallery's bare counter ("2 / 12") beside a caption go. Left:
the section label "Rozmowy" above pl-wywiad-pytania's title (taking it as a section label let the
site's name over it stay). Keep lines 20/20 before and after; article lines lost 4 -> 0 of 120.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_41_LINES = [
    # en (15)
    ("head", "[ad_1]", "marker"),
    ("tail", "Originally published at quillmoordispatch.com on 4 March 2026.", "marker"),
    ("tail", "The post Why the Tollmere bridge toll is a tax on commuters appeared first on Commuter Notes.",
     "footer"),
    ("head", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "Published 14.02.2026 | Updated 15.02.2026 | 1,180 words", "reading-time"),
    ("tail", "Mara Pendlebury writes about housing and transport for independent outlets. Her new book, "
             "The Quiet Commute, is out now from Fenwright Press.", "byline"),
    ("tail", "Support my work on Patreon — every pledge keeps this column free to read.", "byline"),
    ("tail", "Need a speaker on municipal finance? I'm available for talks, panels and consulting — "
             "get in touch.", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out /  Change )", "comments"),
    ("tail", "7 thoughts on “Why the Tollmere bridge toll is a tax on commuters”", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("body", "Like this: Like Loading...", "share"),
    ("body", "This post may contain affiliate links. If you buy through them, I may earn a small commission "
             "at no extra cost to you.", "notice"),
    # fr (6)
    ("tail", "Cet article est paru initialement sur le blog « Carnets d'un greffier ».", "marker"),
    ("tail", "L'article Pourquoi la cantine bio coûte moins cher qu'on ne le croit est apparu en premier "
             "sur Le Fil Citoyen.", "footer"),
    ("head", "Temps de lecture estimé : 4 minutes", "reading-time"),
    ("tail", "Juriste de formation, Hélène Marsac tient ce blog depuis 2014. Son dernier livre, « La ville "
             "à pied », vient de paraître aux éditions Brunelande.", "byline"),
    ("tail", "3 réflexions sur « Pourquoi la cantine bio coûte moins cher qu'on ne le croit »", "comments"),
    ("tail", "Fièrement propulsé par WordPress · Thème Lavandine", "footer"),
    # de (6)
    ("tail", "Erstveröffentlichung: Lindenblatt, Ausgabe vom 8. März 2026", "marker"),
    ("tail", "Der Beitrag Warum die Grundsteuer-Reform Mieter trifft erschien zuerst auf Stadtnotizen.",
     "footer"),
    ("head", "Veröffentlicht am 8. März 2026 um 06:30 Uhr · zuletzt aktualisiert vor 3 Stunden",
     "reading-time"),
    ("tail", "Dir gefällt, was ich schreibe? Unterstütze diesen Blog mit einer Spende über PayPal oder "
             "werde Mitglied auf Steady.", "byline"),
    ("tail", "Ein Gedanke zu „Warum die Grundsteuer-Reform Mieter trifft“", "comments"),
    ("body", "Teilen mit: Klick, um über Facebook zu teilen (Wird in neuem Fenster geöffnet)", "share"),
    # it (6)
    ("tail", "Articolo tratto dal sito dell'associazione Cittadini in Rete", "marker"),
    ("tail", "L'articolo Perché il nuovo piano parcheggi non convince sembra essere il primo su "
             "Il Taccuino Civico.", "footer"),
    ("head", "Lettura: 5 minuti · 9 marzo 2026", "reading-time"),
    ("tail", "Chiara Bensolari, giornalista, è autrice di «La piazza vuota» (Edizioni Farfalla Blu, 2025). "
             "Collabora con testate locali e tiene corsi di scrittura.", "byline"),
    ("tail", "Marco Tessarin 10 marzo 2026 alle 9:14 Rispondi", "comments"),
    ("tail", "Tema Semplice. Tecnologia di Blogger.", "footer"),
    # pl (6)
    ("tail", "Przedruk za zgodą autora. Oryginał: blog „Ławka Obywatelska”", "marker"),
    ("tail", "Wpis Dlaczego budżet obywatelski potrzebuje zmian pojawił się poraz pierwszy w Notatnik "
             "Radnego.", "footer"),
    ("head", "Dodano: 11.03.2026, 08:05 | Aktualizacja: 11.03.2026, 12:30", "reading-time"),
    ("tail", "Wspieraj mnie na Patronite – dzięki Tobie ten blog pozostaje niezależny.", "byline"),
    ("tail", "3 myśli na temat “Dlaczego budżet obywatelski potrzebuje zmian”", "comments"),
    ("tail", "Twój komentarz czeka na moderację.", "comments"),
    # ru (6)
    ("tail", "Оригинал статьи опубликован на сайте «Городской дневник»", "marker"),
    ("tail", "Сообщение Почему реформа ЖКХ опять откладывается появились сначала на Записки горожанина.",
     "footer"),
    ("head", "Опубликовано: 12.03.2026 в 09:40 · Обновлено: 12.03.2026 в 13:05", "reading-time"),
    ("tail", "Об авторе: Вера Ланская — экономист, автор телеграм-канала «Цифры без прикрас». "
             "Подписывайтесь!", "byline"),
    ("tail", "Добавить комментарий Отменить ответ", "comments"),
    ("tail", "← Предыдущая запись Следующая запись →", "other"),
]

HELD_OUT_41_KEEP = [
    # en (7)
    ("head", "Originally published in 1987, the zoning map has never been fully revised, the planning "
             "officer said."),
    ("body", "Support for the tram extension fell to 41 percent in the council's own survey, down from 58 "
             "percent a year earlier."),
    ("tail", "Leave to appeal was refused by the tribunal on Tuesday, ending the landlords' challenge to the "
             "rent cap."),
    ("body", "Comments from residents at the public hearing ran to more than 300 pages, the clerk told "
             "councillors."),
    ("tail", "Powered by two diesel generators since the storm, the pumping station will be reconnected to "
             "the grid next week."),
    ("head", "Estimated costs for the bridge repairs have risen to £4.2 million, according to the county's "
             "latest budget paper."),
    ("body", "Buy-back schemes for older taxis have been tried in two other counties with mixed results, the "
             "report notes."),
    # fr (3)
    ("body", "Propulsé par la hausse des loyers, le nombre de ménages en attente d'un logement social a "
             "doublé en cinq ans."),
    ("head", "Temps de travail et salaires seront au menu de la négociation qui s'ouvre lundi entre la "
             "direction et les syndicats."),
    ("tail", "Les commentaires des habitants recueillis lors de l'enquête publique seront annexés au rapport "
             "final, a précisé le commissaire enquêteur."),
    # de (3)
    ("body", "Über den Autor des anonymen Briefes an den Stadtrat ist bislang nichts bekannt, teilte die "
             "Polizei mit."),
    ("tail", "Der Beitrag der Gemeinde zum neuen Feuerwehrhaus steigt nach der Kostenprüfung auf 1,8 "
             "Millionen Euro."),
    ("head", "Schreiben der Bürgerinitiative gingen in den vergangenen Wochen an alle Fraktionen des "
             "Kreistags."),
    # it (3)
    ("body", "L'articolo 12 del regolamento comunale prevede che i dehors vengano rimossi entro il 31 "
             "ottobre."),
    ("head", "Tempo di attesa e carenza di medici restano i due problemi principali del pronto soccorso, "
             "secondo i dati dell'azienda sanitaria."),
    ("tail", "Fonte di preoccupazione per i commercianti è soprattutto la chiusura della via centrale durante "
             "i lavori estivi."),
    # pl (2)
    ("body", "Wpis do rejestru zabytków oznacza, że właściciel kamienicy nie może jej rozebrać bez zgody "
             "konserwatora."),
    ("tail", "Komentarze radnych opozycji były wyjątkowo ostre, a głosowanie przesunięto na kolejną sesję."),
    # ru (2)
    ("head", "Запись на приём к врачам-специалистам в районной поликлинике теперь открывается за две недели."),
    ("body", "Оригинал постановления, подписанный ещё в 2019 году, так и не был опубликован на сайте "
             "администрации."),
]


HELD_OUT_41_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-content-farm-wire-copy", [
        ["-NewsGlint Daily",
         "-Home · World · Business · Tech · Entertainment",
         "-Trending now: Ferry fares · Airport strike · Storm warning",
         "-[adinserter block=\"1\"]"],
        ["+Regional airline to drop Quillmoor route as passenger numbers fall"],
        ["-By Admin | March 6, 2026 | 0 Comments",
         "-Published 3 hours ago via Tollmere Wire Service feed"],
        ["+QUILLMOOR (TWS) — Brackenair will stop flying between Quillmoor airfield and the capital at the end "
         "of May, the airline said on Thursday, after passenger numbers on the route fell for a third year.",
         "+The route carried about 38,000 passengers last year, down from 61,000 in 2023, according to figures "
         "published by the airfield's operator."],
        ["-[adinserter block=\"2\"]",
         "-Spread the love",
         "-Also Read: Ten cheapest cities to fly from this spring",
         "-Image: stock photo / file"],
        ["+What the airline offered the council",
         "+Option one: keep two daily flights with a yearly subsidy of £1.1 million",
         "+Option two: cut to three flights a week with a subsidy of £400,000",
         "+Option three: a seasonal summer timetable with no subsidy"],
        ["+\"We cannot keep flying empty seats, and the council has told us it cannot pay for them either,\" "
         "Brackenair's commercial director, Nell Ashdown, said in a statement.",
         "+Council leader Owen Petrie said the authority would look for another operator but warned that no "
         "carrier had shown interest so far.",
         "+Staff at the airfield's check-in desks will be offered posts at the airline's base in the capital, "
         "the company said."],
        ["-Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by "
         "NewsGlint staff.",
         "-Related Posts",
         "-Airport strike: what travellers need to know",
         "-Ferry operator adds winter sailings to the islands",
         "-Five budget airlines ranked by punctuality",
         "-Tags: airline, airport, Quillmoor, travel",
         "-Facebook Twitter Pinterest WhatsApp",
         "-Previous article: Storm warning issued for the whole coast",
         "-[adinserter block=\"3\"]",
         "-About Us | Contact | DMCA | Privacy Policy",
         "-NewsGlint Daily © 2026 — All the news that trends"],
    ]),
    _page("en", "en-wordpress-blog-comment-thread", [
        ["-The Brackenwold Bugle",
         "-Independent news for Brackenwold and the villages",
         "-Menu",
         "-Posted on March 9, 2026 by bugleeditor"],
        ["+Skate park plan approved despite objections from Mill Row residents"],
        ["+Councillors on the planning committee voted six to three on Monday night to approve a skate park on "
         "the former bowling green behind the Brackenwold community centre.",
         "+Fourteen objections had been lodged, most of them by residents of Mill Row, whose back gardens face "
         "the site."],
        ["-Share this:",
         "-Click to share on Facebook (Opens in new window)",
         "-Click to email a link to a friend (Opens in new window)"],
        ["+The conditions attached to the approval",
         "+No lighting after 9 pm from April to September",
         "+A two-metre acoustic fence along the Mill Row boundary",
         "+A review of noise complaints after the first twelve months"],
        ["+\"We are not against young people having somewhere to go; we just asked that it not be thirty "
         "metres from our bedrooms,\" said Mill Row resident Judith Carne, who spoke against the plan.",
         "+The committee chair, Rashid Okafor, said the conditions were the strongest the council had ever "
         "attached to a leisure scheme.",
         "+The town's youth council, which collected 412 signatures in support, said building could start in "
         "the summer if funding from the county arrives on time."],
        ["-Related",
         "-Bowling club agrees to leave the green by June",
         "-Categories: Council, Planning",
         "-5 thoughts on “Skate park plan approved despite objections from Mill Row residents”",
         "-Tom Fairleigh says: March 9, 2026 at 10:14 pm",
         "-About time. My lads have been skating in the supermarket car park for years.",
         "-Pat Hebden says: March 10, 2026 at 7:02 am",
         "-The fence will not stop the noise and nobody on that committee lives anywhere near it.",
         "-Liked by 3 people",
         "-Reply",
         "-bugleeditor says: March 10, 2026 at 9:30 am",
         "-Pat, the full list of conditions is in the committee papers, page 14.",
         "-Your email address will not be published. Required fields are marked *",
         "-Proudly powered by WordPress | Theme: Hyperlocal Lite by Inkwell Themes"],
    ]),
    _page("fr", "fr-autoblog-tribune", [
        ["-Actus Express 24",
         "-Accueil › Opinions",
         "-Publié par autoblog le 10 mars 2026",
         "-[Publicité automatique]"],
        ["+Fermer la maternité de Cazabrune, c'est éloigner les mères de tout"],
        ["-Tribune signée par un collectif de soignants et d'élus du canton"],
        ["+Depuis l'annonce de l'agence régionale de santé, les familles du canton font le même calcul : "
         "cinquante-cinq minutes de route jusqu'à la maternité la plus proche, davantage l'hiver.",
         "+Nous, sages-femmes, médecins et maires des communes voisines, demandons que cette décision soit "
         "suspendue tant qu'aucune solution de transport n'est prévue."],
        ["-Lire aussi : Hôpitaux de proximité, le grand malentendu",
         "-Partagez cet article : Facebook · X · LinkedIn",
         "-Image d'illustration : banque d'images"],
        ["+Ce que la fermeture changerait",
         "+Temps de trajet moyen vers une maternité : de 12 à 55 minutes",
         "+Accouchements concernés chaque année : environ 310",
         "+Postes de sages-femmes supprimés ou déplacés : 14"],
        ["+« On nous parle de sécurité, mais la première des sécurités, c'est d'arriver à temps », écrit une "
         "sage-femme de l'hôpital dans une lettre ouverte que nous avons tous signée.",
         "+L'agence invoque le manque d'anesthésistes ; nous proposons un recrutement commun avec l'hôpital "
         "voisin, comme cela se fait ailleurs.",
         "+Fermer une maternité prend six mois ; en rouvrir une prend dix ans, quand cela arrive."],
        ["-L'article Fermer la maternité de Cazabrune, c'est éloigner les mères de tout est apparu en premier "
         "sur Le Fil Citoyen.",
         "-Source : Le Fil Citoyen",
         "-Articles similaires",
         "-Urgences de nuit : le mode d'emploi de l'été",
         "-Déserts médicaux : trois pistes venues d'ailleurs",
         "-Ces villages qui salarient leur médecin",
         "-Laisser une réponse Annuler la réponse",
         "-Votre adresse e-mail ne sera pas publiée.",
         "-Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
         "-Actus Express 24 © 2026 | Tous droits réservés",
         "-Mentions légales · Contact · Politique de confidentialité",
         "-Les contenus de ce site sont agrégés automatiquement depuis des flux publics."],
    ]),
    _page("fr", "fr-fact-check-verdict", [
        ["-L'Écho du Plateau",
         "-Accueil > Vérification",
         "-VRAI OU FAUX ?",
         "-Par Inès Calvet, 11 mars 2026 à 8 h 20",
         "-Mis à jour le 11 mars 2026 à 14 h 05"],
        ["-Affirmation relayée sur Facebook, 2 300 partages",
         "-NOTRE VERDICT : TROMPEUR",
         "-Note : 2 sur 5 ●●○○○"],
        ["+Non, les poêles à bois ne seront pas interdits à Montbrézac en 2027"],
        ["+Une publication partagée plus de 2 300 fois depuis le week-end affirme que la commune interdira tout "
         "chauffage au bois dans deux ans.",
         "+Le texte adopté en conseil municipal le 27 février ne prévoit rien de tel : il concerne uniquement "
         "les foyers ouverts, c'est-à-dire les cheminées sans insert."],
        ["-Vous avez vu une information douteuse ? Envoyez-la-nous",
         "-Comment nous vérifions les informations"],
        ["+Ce que prévoit réellement la délibération",
         "+Foyers ouverts : usage interdit lors des épisodes de pollution à partir de 2027",
         "+Poêles et inserts récents : aucune restriction",
         "+Aide au remplacement : jusqu'à 1 000 euros par foyer"],
        ["+« Personne ne viendra démonter les poêles des gens ; nous voulons seulement limiter les cheminées "
         "ouvertes les jours de pic », a déclaré l'adjoint à l'environnement, Serge Lannoy.",
         "+La confusion vient d'une capture d'écran d'un article de 2023 portant sur une autre région, dont le "
         "titre a été recadré.",
         "+Contactés, les auteurs de la publication d'origine ne nous ont pas répondu."],
        ["-Sources : délibération du conseil municipal du 27 février 2026 ; entretien avec la mairie",
         "-Cet article fait partie de notre programme de lutte contre la désinformation.",
         "-Signaler une erreur",
         "-Partager : Facebook | X | WhatsApp | E-mail",
         "-À lire aussi dans Vrai ou Faux",
         "-Non, l'eau du robinet n'est pas coupée la nuit",
         "-Oui, la taxe sur les ordures augmente, mais pas de 40 %",
         "-Une question ? Écrivez à verif@echoduplateau.example",
         "-Notre charte de vérification · Nous contacter",
         "-L'Écho du Plateau, quotidien en ligne indépendant"],
    ]),
    _page("de", "de-kolumne-syndiziert", [
        ["-Meinung",
         "-Die Kolumne von Henrike Marold",
         "-Diese Kolumne erscheint gleichzeitig in zwölf Regionalzeitungen.",
         "-Stand: 12.03.2026, 06:00 Uhr"],
        ["+Der verkaufsoffene Sonntag rettet keine Innenstadt"],
        ["+Wieder einmal hat der Stadtrat vier verkaufsoffene Sonntage beschlossen, und wieder einmal wird "
         "versprochen, dass sie die Fußgängerzone beleben.",
         "+Ich habe mir angesehen, was die vergangenen Jahre gebracht haben, und die Bilanz ist ernüchternd."],
        ["-Weiterlesen nach der Anzeige",
         "-Mehr Meinungen: Alle Kolumnen im Überblick",
         "-Lesen Sie auch: Wochenmarkt sucht neue Händler"],
        ["+Was die Zahlen aus Birkenquell zeigen",
         "+Umsatz an verkaufsoffenen Sonntagen: plus 4 Prozent gegenüber einem Samstag",
         "+Umsatz in der Woche danach: minus 6 Prozent",
         "+Neue Kundschaft laut Händlerbefragung: kaum messbar"],
        ["+„Die Leute kommen, schauen und kaufen dann am Montag online“, sagte mir ein Schuhhändler, der seit "
         "dreißig Jahren in der Fußgängerzone verkauft.",
         "+Was die Innenstadt bräuchte, sind günstige Mieten für kleine Läden, Bänke, Schatten und Toiletten, "
         "und nichts davon kostet einen Sonntag.",
         "+Vielleicht sollte der Stadtrat einmal einen Sonntag lang zuhören statt verkaufen."],
        ["-Die Meinung der Autorin muss nicht mit der Meinung der Redaktion übereinstimmen.",
         "-Über die Autorin",
         "-Foto: privat",
         "-Henrike Marold war zwanzig Jahre Wirtschaftsredakteurin und schreibt heute als freie Kolumnistin.",
         "-Ihr neues Buch „Leerstand. Wie unsere Städte sich neu erfinden“ ist im Verlag Kranzbühl erschienen "
         "(224 Seiten, 22 Euro).",
         "-Jetzt bestellen",
         "-Lesungen und Vorträge: Anfragen bitte über die Agentur Wortwerk Nord",
         "-Henrike Marold auf Mastodon folgen",
         "-Weitere Kolumnen von Henrike Marold",
         "-Vertrieb: Kolumnendienst Südwest-Text",
         "-Artikel teilen: Facebook · WhatsApp · E-Mail",
         "-Impressum · Datenschutz · Cookie-Einstellungen",
         "-© Regionalverlag Birkenquell"],
    ]),
    _page("de", "de-ghost-blog-mitglieder", [
        ["-Energiewende vor Ort",
         "-Startseite  Über  Archiv  Mitglied werden",
         "-Lokales · Wind",
         "-von Lukas Brenneis",
         "-12. März 2026 · 5 Min. Lesezeit"],
        ["+Bürgerwindpark Kiebitzwerder: Die Genossenschaft sammelt mehr Geld als erwartet"],
        ["+Die Energiegenossenschaft Kiebitzwerder hat in sechs Wochen 4,3 Millionen Euro von Mitgliedern "
         "eingesammelt, fast doppelt so viel wie geplant.",
         "+Damit kann der Bau der drei Windräder auf dem Höhenrücken nördlich des Ortes im Herbst beginnen."],
        ["-Abonniere Energiewende vor Ort",
         "-Erhalte neue Beiträge direkt in dein Postfach. Kostenlos, jederzeit kündbar.",
         "-E-Mail-Adresse eingeben",
         "-Abonnieren"],
        ["+Die Eckdaten des Projekts",
         "+Anlagen: drei Windräder mit je 5,6 Megawatt",
         "+Genossenschaftsanteile: 500 Euro, höchstens 20 pro Person",
         "+Erwarteter Strom: rund 40 Millionen Kilowattstunden im Jahr"],
        ["+„Wir hatten mit 300 Mitgliedern gerechnet, jetzt sind es fast 900“, sagt Vorstand Ingo Sellheim.",
         "+Kritik kommt weiterhin von einer Anwohnergruppe, die den Abstand zu den Häusern am Ortsrand für zu "
         "gering hält und eine Klage prüft.",
         "+Die Gemeinde erhält nach dem Vertrag 0,2 Cent je erzeugter Kilowattstunde."],
        ["-Dieser Beitrag ist frei zugänglich. Unterstütze unabhängigen Lokaljournalismus mit einer "
         "Mitgliedschaft.",
         "-Mitglied werden – ab 5 € im Monat",
         "-Schon Mitglied? Einloggen",
         "-Teilen",
         "-Melde dich an, um mitzudiskutieren",
         "-Kommentare (7)",
         "-Weitere Beiträge",
         "-Solarpflicht für Parkplätze: Was der Kreis plant",
         "-Nahwärme im Neubaugebiet: Die ersten Rechnungen",
         "-Energiewende vor Ort © 2026",
         "-Powered by Ghost"],
    ]),
    _page("it", "it-blogspot-opinione", [
        ["-Il Pensatoio di Castelbrumo",
         "-Pensieri sparsi su una piccola città",
         "-Home",
         "-mercoledì 11 marzo 2026"],
        ["+Il mercato coperto non è un parcheggio"],
        ["+La giunta ha deciso: il mercato coperto di piazza del Grano chiuderà a giugno e al suo posto "
         "nascerà un parcheggio da ottanta posti.",
         "+Credo sia un errore, e provo a spiegare perché con qualche numero e qualche proposta."],
        ["-Post correlati",
         "-Il Pensatoio compie dieci anni"],
        ["+Tre cose che il Comune potrebbe fare subito",
         "+Riaprire il mercato il sabato mattina con i produttori della valle",
         "+Affidare i box vuoti a giovani artigiani con affitti calmierati",
         "+Spostare il parcheggio previsto nell'area dell'ex consorzio agrario"],
        ["+«Qui dentro mio nonno vendeva formaggi già nel 1952», mi ha detto Rina Colasanti, che ha ancora un "
         "banco di frutta sotto le volte.",
         "+Un parcheggio porta auto in centro, non persone: chi parcheggia compra e riparte.",
         "+Se la giunta vuole davvero salvare il centro, cominci dal posto che lo ha tenuto vivo per settant'anni."],
        ["-Pubblicato da Gianni Ardovini alle 09:30",
         "-Invia tramite email Postalo sul blog Condividi su X Condividi su Facebook",
         "-Etichette: commercio, mercato, urbanistica",
         "-2 commenti:",
         "-Lucia F. 11 marzo 2026 alle ore 12:47",
         "-Sottoscrivo ogni parola, il sabato al mercato era una festa.",
         "-Posta un commento",
         "-Post più recente Post più vecchio Home page",
         "-Iscriviti a: Commenti sul post (Atom)",
         "-Informazioni personali",
         "-Maestro elementare in pensione, scrivo di Castelbrumo da quindici anni.",
         "-Visualizza il mio profilo completo",
         "-Lettori fissi",
         "-Archivio blog",
         "-Tema Filigrana. Tecnologia di Blogger."],
    ]),
    _page("it", "it-giornale-locale-opinioni", [
        ["-La Gazzetta di Valdirame",
         "-Opinioni | Lettere al direttore | Editoriali | Rubriche",
         "-L'EDITORIALE",
         "-giovedì 12 marzo 2026"],
        ["+L'acqua pubblica costa troppo a chi ne usa poca"],
        ["-Il commento della direttrice Loredana Pizzuti"],
        ["+Da gennaio le bollette dell'acqua sono cambiate, e non per tutti allo stesso modo.",
         "+La nuova tariffa del gestore premia i grandi consumi e penalizza chi vive da solo o in una casa "
         "piccola."],
        ["-Scrivi al direttore: lettere@gazzettavaldirame.example",
         "-Leggi tutte le lettere dei lettori",
         "-Stampa | Invia | Commenta"],
        ["+Le nuove fasce della tariffa",
         "+Fino a 50 metri cubi all'anno: 1,20 euro al metro cubo",
         "+Da 51 a 150 metri cubi: 1,65 euro al metro cubo",
         "+Oltre 150 metri cubi: 2,40 euro al metro cubo"],
        ["+«Una pensionata che vive da sola paga in proporzione più di una villa con piscina», ci ha scritto "
         "un lettore la settimana scorsa, e i conti gli danno ragione.",
         "+La quota fissa di 96 euro, uguale per tutti, pesa infatti molto di più su una bolletta piccola.",
         "+Chiediamo al consiglio comunale di portare la questione all'assemblea dei sindaci di aprile."],
        ["-LETTERE AL DIRETTORE",
         "-«Il bus scolastico arriva sempre in ritardo» – Anna, via dei Tigli",
         "-«Più panchine al parco della Rocca» – Elio",
         "-«Grazie ai volontari della Croce Verde» – Franca e Piero",
         "-Tutte le lettere",
         "-Come inviare una lettera: massimo 1.500 battute, con nome e recapito telefonico",
         "-LE RUBRICHE",
         "-Il punto del lunedì · Vista dal campanile · Sport e dintorni",
         "-La Gazzetta di Valdirame – Reg. Trib. n. 00/2000",
         "-Abbonati all'edizione digitale",
         "-Seguici su Facebook e Instagram",
         "-Torna su ↑"],
    ]),
    _page("pl", "pl-wywiad-pytania", [
        ["-Kurier Żurawiogrodzki",
         "-Rozmowy",
         "-WYWIAD",
         "-Rozmawiała: Marta Gąsiorek",
         "-12.03.2026, 07:00",
         "-Aktualizacja: 12.03.2026, 09:15"],
        ["+Nowa architektka miasta: „Rynek nie może być parkingiem”"],
        ["+Od stycznia Żurawiogród ma architektkę miasta. Katarzyna Leśniewska mówi nam, od czego zacznie."],
        ["+Co pani zobaczyła, kiedy pierwszy raz przeszła pani przez rynek jako urzędniczka?",
         "+Samochody. „Ludzie parkują tam, gdzie powinni siedzieć przy kawiarnianych stolikach”, odpowiadam "
         "każdemu, kto pyta."],
        ["-Czytaj także: Radni spierają się o strefę płatnego parkowania",
         "-Reklama",
         "-Fot. Marta Gąsiorek / Kurier Żurawiogrodzki"],
        ["+Plan na pierwsze dwa lata",
         "+Wyprowadzenie parkingu z rynku na plac przy dworcu",
         "+Nasadzenie czterdziestu drzew w pierzejach",
         "+Konkurs na projekt nowej fontanny"],
        ["+Mieszkańcy boją się, że rynek opustoszeje bez samochodów. Co im pani odpowie?",
         "+Że w miastach, które to zrobiły, ruch w sklepach po roku wzrósł, a nie spadł."],
        ["-Tagi: architektura, rynek, wywiad",
         "-Podziel się: Facebook · X · E-mail",
         "-Komentarze (4)",
         "-Dodaj komentarz jako gość",
         "-Najnowsze rozmowy",
         "-Dyrektor szpitala: „Brakuje nam anestezjologów”",
         "-Trenerka siatkarek o awansie do drugiej ligi",
         "-Kontakt z redakcją · Regulamin · Polityka prywatności",
         "-Pobierz aplikację Kuriera",
         "-© Kurier Żurawiogrodzki 2026",
         "-Do góry"],
    ]),
    _page("pl", "pl-fotoreportaz", [
        ["-Gazeta Rdestowska",
         "-FOTOREPORTAŻ",
         "-Galeria: 12 zdjęć",
         "-Zdjęcia: Paweł Strzałkowski, tekst: Ewa Rogal"],
        ["+Wielka woda w Rdestowie. Mieszkańcy sprzątają po powodzi"],
        ["-Zalana ulica Nadbrzeżna w sobotę rano. Fot. Paweł Strzałkowski",
         "-1 / 12"],
        ["+W nocy z piątku na sobotę rzeka wystąpiła z brzegów i zalała kilkadziesiąt domów w dolnej części "
         "wsi.",
         "+Strażacy z trzech jednostek pracowali do niedzieli wieczorem."],
        ["-Strażacy wypompowują wodę z piwnic przy ul. Młyńskiej. Fot. Paweł Strzałkowski",
         "-2 / 12",
         "-Worki z piaskiem przy moście na drodze do szkoły. Fot. Paweł Strzałkowski",
         "-3 / 12"],
        ["+„Woda weszła w nocy, w godzinę było jej po kolana”, mówi pani Halina z ulicy Nadbrzeżnej, która "
         "sprząta dom od trzech dni.",
         "+Wójt zapowiedział, że gmina wystąpi do wojewody o pomoc dla poszkodowanych."],
        ["-Punkt zbiórki darów w świetlicy wiejskiej. Fot. Paweł Strzałkowski",
         "-4 / 12"],
        ["+Sołtys prosi, by dary dla poszkodowanych przynosić do świetlicy, gdzie do końca miesiąca działa "
         "punkt zbiórki."],
        ["+Gdzie można zgłaszać szkody",
         "+Urząd gminy, pokój 12 – od poniedziałku do piątku, 8–16",
         "+Ośrodek pomocy społecznej – wnioski o zasiłek celowy",
         "+Remiza OSP – wydawanie osuszaczy i worków z piaskiem"],
        ["-Zobacz całą galerię ▸",
         "-Masz zdjęcia z powodzi? Wyślij je na kontakt@gazetardestowska.example",
         "-Zdjęcia można kupić w naszym sklepie fotograficznym",
         "-Więcej galerii",
         "-Jarmark wielkanocny na rynku – 24 zdjęcia",
         "-Tagi: powódź, Rdestowo, OSP",
         "-Udostępnij galerię na Facebooku",
         "-Gazeta Rdestowska – wszystkie prawa zastrzeżone",
         "-Polityka cookies"],
    ]),
    _page("ru", "ru-zapis-onlain-translyatsii", [
        ["-Туманоярск сегодня",
         "-Онлайн-трансляция: ледоход на реке",
         "-Все записи трансляции",
         "-Автор записи: Денис Орехов",
         "-13 марта, 14:35 · обновлено в 14:52"],
        ["+Старый мост в Туманоярске закрыт для машин до окончания ледохода"],
        ["+Движение автомобилей по старому мосту прекращено с 14:00, сообщила администрация городского "
         "округа.",
         "+Уровень воды у водомерного поста за сутки поднялся на 84 сантиметра."],
        ["-Запись закреплена",
         "-Просмотров: 1 204",
         "-Фото: пресс-служба администрации"],
        ["+Как теперь добраться до правого берега",
         "+Автобус № 7 — через объездную дорогу, интервал 20 минут",
         "+Пешеходы — по старому мосту до 22:00",
         "+Грузовики — через новый мост на трассе"],
        ["+«Лёд давит на опоры, рисковать мы не будем», — сказал глава городского округа Аркадий Велесов.",
         "+Когда мост откроют снова, пока неизвестно: по прогнозу, ледоход продлится не меньше трёх дней.",
         "+Спасатели просят жителей не подходить к воде и не выходить на лёд."],
        ["-« Ранее в трансляции: Вода подошла к дачам у лодочной станции",
         "-Позже в трансляции: Эвакуирован пункт проката лодок »",
         "-Вернуться к трансляции",
         "-Поделиться записью: ВКонтакте · Одноклассники · Telegram",
         "-Подписывайтесь на наш канал в Telegram, чтобы не пропустить новые записи",
         "-Главное за день",
         "-Цены на проезд в такси выросли на 15%",
         "-В школе № 3 начался ремонт спортзала",
         "-Обсуждение закрыто",
         "-Сетевое издание «Туманоярск сегодня». 16+",
         "-О проекте · Реклама · Контакты",
         "-Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"],
    ]),
    _page("ru", "ru-versiya-dlya-pechati", [
        ["-Версия для печати",
         "-Вестник Ивоозерска",
         "-Распечатать · Вернуться к статье",
         "-Рубрика: Мнения"],
        ["+Двор — это не парковка: почему программа благоустройства буксует"],
        ["-Автор: Ольга Крамская, депутат городской думы",
         "-13 марта 2026, 09:00"],
        ["+Третий год подряд город получает деньги на благоустройство дворов и третий год подряд тратит их "
         "в основном на асфальт.",
         "+Я объехала все двенадцать дворов, отремонтированных в прошлом году, и вот что увидела."],
        ["-Фото: архив редакции",
         "-Читайте также на сайте: Какие дворы отремонтируют в 2026 году"],
        ["+Что получили дворы в прошлом году",
         "+Новый асфальт и парковочные места — 12 дворов из 12",
         "+Детские площадки — 4 двора",
         "+Скамейки и освещение — 3 двора"],
        ["+«Нам положили асфальт до самого подъезда, а про лавочку для бабушек забыли», — рассказала мне "
         "жительница дома на Садовой.",
         "+Жители голосуют за деревья и площадки, а подрядчик кладёт то, что проще сдать.",
         "+Я предлагаю, чтобы каждый проект двора утверждало общее собрание жильцов, а не только управляющая "
         "компания."],
        ["-Ссылки в тексте:",
         "-[1] https://vestnik-ivoozerska.example/news/2026/02/20/dvory-2026",
         "-[2] https://vestnik-ivoozerska.example/docs/programma-blagoustrojstva.pdf",
         "-Мнение автора может не совпадать с позицией редакции.",
         "-URL статьи: https://vestnik-ivoozerska.example/opinion/2026/03/13/dvor-ne-parkovka",
         "-Дата печати: 13.03.2026 10:12",
         "-© Вестник Ивоозерска, 2026. При перепечатке ссылка обязательна.",
         "-Свидетельство о регистрации СМИ ЭЛ № ФС 00-00000",
         "-Редакция: +7 (000) 000-00-00, info@vestnik-ivoozerska.example",
         "-Страница 1 из 1",
         "-Закрыть окно печати",
         "-16+"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "pl-wywiad-pytania": "the interview page's section label 'Rozmowy' above the title is left (1 of 20 noise "
                         "lines)",
}


test_held_out_41_line, test_held_out_41_line_is_kept, test_held_out_41_page = held_out_tests(
    HELD_OUT_41_LINES, HELD_OUT_41_KEEP, HELD_OUT_41_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
