"""Held-out set 52: written blind, weighted toward the noise the cleaner exists for, in shapes set 51's
docstring does not name: scraper and ad markers of content farms and auto-blogs (a leftover English
AdSense HTML comment "<!-- AdSense: in-article unit 728x90 (auto) -->", an English "%%ADSLOT_INARTICLE_2%%"
token between percent signs, a French "--- PUBLICITÉ --- (la suite de l'article ci-dessous)" divider, a
German "### ANZEIGE_SLOT_2 ###" token, an Italian "·•· Spazio pubblicitario ·•·" divider, a Polish
"REKLAMA · Dalsza część artykułu poniżej" divider and a Russian legal ad marking "Реклама. ООО «...», ИНН
..., erid: ..."), feed and auto-blog credits in other wordings (an English "This article was
automatically imported from the <paper> feed. All rights belong to the original publisher.", and the
appeared-first-on RSS footers of WordPress feeds in five languages: the English "The post <title>
appeared first on <site>.", the French "Cet article est apparu en premier sur <site>.", the German
"Dieser Beitrag erschien zuerst auf <blog>.", the Italian "L'articolo <title> proviene da <site>.", the
Polish "Wpis „<title>” pojawił się po raz pierwszy na <site>." and the Russian "Запись «<title>» впервые
появилась на сайте «<site>»."), reading-time and date headers in new shapes (emoji-clock and relative
"updated N hours ago" headers in English, French and German, an Italian "Lettura: 3 min · <date>, ore
9:05", a Polish "⏱ 4 min czytania · <date>" and a Russian "<date>, 09:15 · 👁 1 284 · ⏱ 3 мин" with a view
count), bylines with self-promotion (an English "VISIT MY WEBSITE: ...", an English "My new book, ...,
is out now ... — order your signed copy here.", an English and an Italian buy-me-a-coffee plug, a Polish
buycoffee.to plug, a French new-book plug, a German talks-and-workshops booking plug and a Russian
plug for the author's Telegram channel), blog footers (the WordPress.com "Blog at WordPress.com." in
English, Italian, Polish and Russian, the WordPress.com comment-form lines "You are commenting using your
WordPress.com account. ( Log Out / Change )" in English and German, and a French Ghost "Publié avec Ghost
· Thème Casper"), reader comment lines (the WordPress "N thoughts on “...”" header in English, French,
German and Polish, "Comments are closed." in English, Italian and Russian, and an English WordPress
comment row "<name> says: <date> at <time> <text> Reply"), an English share-count row "Tweet Pin it
Email 0 Shares" and an English sponsored-post notice; and toward whole scraped news and opinion pages
in layouts sets 41 to 51 did not use (a ski resort's conditions news, a lifeboat station's launch
report, a language school's blog, a tenants' union statement, a rowing club's regatta report, a
genealogy society's newsletter, a botanical garden's news, a cinema's programme news, a scout troop's
camp report, an allotment society's newsletter, an amateur radio club's post and a port authority's
notice).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 51) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 51, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 51's with 51 -> 52. Nothing below was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s52 at commit
e1e8eb4354b932e6f58042d2500df1a491372177) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) The ast script
that listed set 51's top-level nodes (to find their line numbers) also printed the first 40 characters
of each statement, so the openings "HELD_OUT_51_LINES = [", "HELD_OUT_51_KEEP = [" and
"HELD_OUT_51_PAGES = {name: _page(lang, n" were seen (no line, keep line or page of set 51). (3) main
moved between my first step (HEAD 020395fa2024663823ad1bbf283ac917dff0804f) and the making of the
worktrees (HEAD e1e8eb4354b932e6f58042d2500df1a491372177); the set was measured at the latter. ``git
worktree add`` printed, as git does, the subject line of that commit (a change to the entity
registry's mention index, not the cleaner); it was seen after the lists and pages were finished and
changed nothing in them. (4) Before the measurement the draft was executed from a scratch folder
(/tmp/s52-scratch) with a stand-in ``page_from_blocks`` that only counted lines and checked that no page
noise line repeats on its page, is a substring of an article line of its page or repeats a line of
``HELD_OUT_52_LINES`` (no case was run through the cleaner): fr-ecole-langues-blog had 19 noise lines
and got a "Retour en haut" link at its foot. (5) The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then read out
once with ``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page
of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented
place names were checked, before the measurement, against the helper's exact-string search over public
GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not
exist: Carrickstow, Saint-Orlac, Saldertal, Obersalden, Castelbrino, Jaskrowa Polana, Mglinów,
Тальминск and Кряжеморск had no hits; "Skarnholt" occurs only as a fictional name in games,
"Vaubrenne" only in an invented company name in test data, "Polvenna" only as an invented word, and
"Mirlau" and "Velmosa" only inside longer identifiers. Not checked: Niedersalden, Mirlauer See,
Ravensgate, Harnbury, Weltmoor, Nordhalde, the residence "les Tilleuls" and the streets (generic names
that exist in many real towns), the organisations, papers, blogs, firms and sites (Skarnholt Mountain
Resort, Carrickstow Lifeboat Station, Tidewright Digital, Trelwick Energy, Harrowgate Press, Linguaverde,
Atelier Brunevent, Le Courrier de Vaubrenne, Ruderverein Mirlau, Autohaus Brenning, Orto Botanico di
Velmosa, Cinema Aurora, Filmagrafica, Pizzeria Da Tonino, Cronache di Castelbrino, 12 DH „Wrzosy”, ROD
„Słoneczny Stok”, Kurier Mglinowa, Радиоклуб «Эфир», ООО «Лесопринт», «Вестник Тальминска», «Заметки
краеведа», the .example sites) and the people. Noticed while writing this docstring, after the
measurement, and left as it is by the protocol: "Harrowgate" (in the invented publisher's name) is also
the name of a real district (Harrowgate Hill, Darlington) and a variant spelling of the real town
Harrogate; the Russian comment author is "Павел из Заречного", and Заречный is a real town name; the
radio club's article names the real Arctic Ocean. (7) Some lines name real things, as real pages do:
AdSense, WordPress, WordPress.com, Ghost and its Casper theme, Joomla, Wix.com, uCoz, buycoffee.to,
Facebook, X, WhatsApp, Instagram, LinkedIn, YouTube, Messenger, Telegram, ВКонтакте, Одноклассники,
Госуслуги, the Coastguard and its 999 number, the French association law of 1901, ФГБУ, ИНН, erid, P.IVA,
QSL cards and the 1.5 % tax donation of Polish organisations; phone, tax, charity and register numbers
are zero-filled. (8) Set 51's docstring names only its own shapes and earlier sets' page layouts; some
shapes here ("Comments are closed.", "Blog at WordPress.com.", the WordPress.com comment-form line and
"N thoughts on") are standard wordings that the brief asked for and that a set before 50 may have used
in some language; set 51 used the German "Kommentare sind geschlossen.", and its English, Italian and
Russian equivalents are used here. I could not check the earlier sets.

Judgement calls: the keep lines opening with "Comments from", "Source code", "Blog posts", "Buy-back",
"Visit numbers", "Sponsored by", "Originally the scheme", "Publicité mensongère", "Lecture publique",
"Propulsé au rang", "Werbung für", "Dieser Beschluss", "Vorträge der", "Lettura integrale", "Spazio
alle", "I commenti dei", "Reklama wyborcza", "Wpis do rejestru", "Реклама на фасадах" and "Комментарии
депутатов" are article sentences. Dates with reading times are counted as reading-time lines; website,
book, coffee, talks and Telegram-channel plugs as bylines; blog-engine and theme credits and the
comment-form account line as footers; comment counts, closed notes and comment rows as comments;
placeholder tokens, ad dividers, the legal ad marking, feed-import and appeared-first-on credits as
markers; the share-count row as share and the sponsored-post line as a notice. On every page the title,
the subheading, its three list rows, the paragraph with the quote and the other four paragraphs are
article (10 lines a page) and everything else is noise (20 lines a page); in particular on
en-ski-resort-conditions the snow-report and lift-status widgets and the posting line are noise, the
"What is open today" rows are article; on en-lifeboat-launch-report the emergency-call banner, the
crew-pager count and the launch-report-by line are noise, the advice rows are article; on
fr-ecole-langues-blog the posted-by and category lines are noise; on fr-locataires-communique the
communiqué date line, the legal-advice hours and the "par le bureau" line are noise; on
de-ruderverein-regatta the lake water level and the written-by line are noise, the results rows are
article; on de-familienforschung-rundbrief the newsletter issue line, reading-room hours and the
"erscheint viermal im Jahr" line are noise; on it-orto-botanico-notizie the opening hours and ticket
prices are noise; on it-cinema-programmazione the tonight-showing count and presales line are noise,
the calendar rows are article; on pl-harcerze-zimowisko the next-meeting banner above the title is
noise while the last paragraph naming the next meeting is article; on pl-dzialki-biuletyn the bulletin
issue line and board duty hours are noise; on ru-radioklub-novosti the air-time and propagation lines
are noise; on ru-port-izveshchenie the time/press-service line, the change date and the port weather
line are noise. The rows: en-ski-resort-conditions "What is open today", en-lifeboat-launch-report
"Advice for paddlers", fr-ecole-langues-blog "Ce qui aide vraiment", fr-locataires-communique "Nos
demandes", de-ruderverein-regatta "Unsere Ergebnisse", de-familienforschung-rundbrief "Was die
Datenbank enthält", it-orto-botanico-notizie "Come vederla", it-cinema-programmazione "Il calendario",
pl-harcerze-zimowisko "Co udało się zrobić", pl-dzialki-biuletyn "Harmonogram wiosenny",
ru-radioklub-novosti "Как проходят занятия" and ru-port-izveshchenie "Основные ограничения", each with
three rows; all of them are article.

Contents: 45 noise lines (marker 14, reading-time 6, byline 8, footer 7, comments 8, share 1, notice
1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-ski-resort-conditions (a ski resort's news on fresh snow reopening a closed bowl, with two reader
comments), en-lifeboat-launch-report (a lifeboat station's report of rescuing two kayakers),
fr-ecole-langues-blog (a language school's blog on learners over sixty, with a comment),
fr-locataires-communique (a tenants' union statement refusing a heating-charges bill),
de-ruderverein-regatta (a rowing club's report of a juniors' win at a spring regatta),
de-familienforschung-rundbrief (a genealogy society's newsletter on transcribed parish registers),
it-orto-botanico-notizie (a botanical garden's news on a palm flowering for the first time),
it-cinema-programmazione (a cinema's programme news on a Tuesday film-club season about factory work,
with a comment), pl-harcerze-zimowisko (a scout troop's winter camp report, with a comment),
pl-dzialki-biuletyn (an allotment society's newsletter on a new water main), ru-radioklub-novosti (an
amateur radio club's post on pupils' first contact with a drifting station, with a comment) and
ru-port-izveshchenie (a port authority's notice restricting harbour access during dredging); every page
holds a title, a subheading with list rows, a quote in the article and noise above the title, between
the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit e1e8eb4354b932e6f58042d2500df1a491372177, measured with
``cd /tmp/wt-s52 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s52/src python -m pytest
-q tests/test_clean_held_out_52.py -rA -p no:cacheprovider`` (21 failed, 56 passed) and
``cd /tmp/wt-s52 && PYTHONPATH=/tmp/wt-s52/src python scripts/clean_held_out_report.py --sets 52``,
with the xfail tables empty): noise lines removed 36/45 (marker 9/14, reading-time 5/6, byline 7/8,
footer 7/7, comments 6/8, share 1/1, notice 1/1; missed, all kept as paragraphs: the English
"%%ADSLOT_INARTICLE_2%%", the English "Marta Fell says: March 4, 2026 at 9:14 am Great write-up, thanks
for digging into the figures. Reply", the French "--- PUBLICITÉ --- (la suite de l'article
ci-dessous)", the French "Cet article est apparu en premier sur Le Courrier de Vaubrenne.", the German
"⏱ 3 Min. Lesezeit – zuletzt aktualisiert vor 2 Stunden", the German "Vorträge & Workshops: Buchen Sie
mich für Ihre nächste Veranstaltung!", the Italian "·•· Spazio pubblicitario ·•·", the Polish "3 myśli
nt. „Nowe rondo przy dworcu”" and the Russian "Запись «Новый мост откроют весной» впервые появилась на
сайте «Вестник Тальминска»."); keep lines kept 20/20; pages 0/12 clean, 52 of 240 page noise lines
left and 6 of 120 article lines lost: en-ski-resort-conditions 2 left ("Photo: groomers at work on the
Ravensgate run before dawn" and "Rent skis and boots online and save 20%"); en-lifeboat-launch-report 7
left ("Carrickstow Lifeboat Station — volunteers saving lives at sea", "In an emergency at sea dial 999
and ask for the Coastguard", "Crew pagers: 3 launches this month", "News › Launch reports", "Launch
report by press officer Ben Tallack | 3 March 2026 | 4-minute read", "Photo: the lifeboat returning to
the slipway at dusk. Credit: station volunteer" and "Every launch is funded by your donations — give £5
today"); fr-ecole-langues-blog 3 left ("Inscriptions ouvertes pour les cours du printemps !", "Test de
niveau gratuit en ligne – 15 minutes" and "Photo : un groupe de conversation en espagnol, le jeudi
soir"); fr-locataires-communique 4 left ("Vous êtes locataire et avez un problème ? Contactez-nous",
"Permanence juridique le mercredi de 14 h à 17 h", "Adhérez : 15 € par an et par foyer" and "Photo : la
résidence des Tilleuls, bâtiment B"); de-ruderverein-regatta 4 left ("Wasserstand Mirlauer See: 1,42
m", "Mitglied werden – Schnupperrudern jeden Samstag", "Unser Bootshaus kann für Feiern gemietet werden"
and "Trainingszeiten im Überblick"); de-familienforschung-rundbrief 3 left ("Lesesaal geöffnet:
dienstags 15–18 Uhr", "Abbildung: Taufeintrag aus dem Jahr 1703" and "Mitgliedsbeitrag 2026: bitte bis
31. März überweisen") and 5 article lines lost (the subheading "Was die Datenbank enthält", its rows
"Taufen von 1648 bis 1875", "Trauungen von 1652 bis 1875" and "Sterbefälle mit Altersangaben ab 1701",
and the paragraph "Die Abschriften wurden zweimal gegengelesen; Fehler können über ein Formular gemeldet
werden."); it-orto-botanico-notizie 2 left ("Foto: l'infiorescenza della palma nella serra grande" and
"Acquista il biglietto online e salta la fila"); it-cinema-programmazione 4 left ("Stasera in sala: 3
film", "Prevendite aperte per il weekend", "Trailer della rassegna su YouTube" and "Tessera 10 ingressi
a 45 €"); pl-harcerze-zimowisko 3 left ("Zapisy na obóz letni – do 30 kwietnia!", "Zdjęcie: zastęp
„Sowy” przy ognisku" and "Mundury i plakietki – sklepik drużyny") and 1 article line lost ("Kolejna
zbiórka odbędzie się w sobotę o 10:00 w harcówce przy szkole."); pl-dzialki-biuletyn 14 left ("Dyżur
zarządu: czwartki 17:00–19:00", "Przypominamy: opłaty ogrodowe do 31 marca", "Zdjęcie: prace przy
alejce nr 4", "Ogłoszenie: sprzedam działkę nr 112 – tel. 000 000 000", "Pliki do pobrania: uchwała
zarządu (PDF)", "Poprzedni wpis: Zebranie sprawozdawcze 2026", "Następny wpis: Kompostowanie – krótki
poradnik", "Możliwość komentowania została wyłączona.", "Mapa ogrodu", "Kontakt z zarządem", "ROD
„Słoneczny Stok” – ul. Ogrodowa 1, Mglinów", "Polityka cookies", "Działa na Joomla!" and "Do góry
strony"); ru-radioklub-novosti 5 left ("Наша коллективная станция в эфире по четвергам с 19:00",
"Прогноз прохождения радиоволн на сегодня", "Фото: Маша у трансивера во время связи", "Купить
QSL-карточки клуба можно у председателя" and "Расписание дежурств на станции"); ru-port-izveshchenie 1
left ("Погода в порту: ветер СЗ 9 м/с"). The failing cases are strict xfails.

Still held out after round 50 (development on set 51; measured once with ``python
scripts/clean_held_out_report.py --sets 52`` and ``pytest tests/test_clean_held_out_52.py`` on this
set rebased onto main after round 50 merged, f61df55, 2026-12-03): noise lines removed 36/45 as at
baseline (the same nine lines missed), article lines kept 20/20, pages 0/12 clean, 52 -> 45 of 240 page
noise lines left, but 6 -> 13 of 120 article lines lost: fr-locataires-communique lost its second half
(the president's quote, the subheading "Nos demandes" with its three rows, the petition and the call,
7 lines), because round 50's new bare-caption rule labelled "Photo : la résidence des Tilleuls,
bâtiment B" a photo credit, which with the membership plug and the PDF link above it made a gap of
chrome that ended the article. The lead read that page's problems and fixed the mechanism at once
(2d37158: a bare caption is a "photo caption", which inside an article does not end it; a page test of
invented pages that fails before): 46 of 240 left, 6 of 120 lost, as at baseline. From that fix on this
set is development data, not held out. Six page reasons were reworded (fewer lines left); no case
passes that failed.

Round 51 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 52`` and ``pytest tests/test_clean_held_out_52.py`` at
34924f6 (before) and the round's last commit on branch round51 (after): noise lines 36 -> 45/45
(marker 9 -> 14/14, reading-time 5 -> 6/6, byline 7 -> 8/8, footer 7 -> 7/7, comments 6 -> 8/8, share
1 -> 1/1, notice 1 -> 1/1), pages 0 -> 0/12 clean, page noise lines left 46 -> 37 of 240, article lines
lost 6 -> 0 of 120. The losses first, as mechanisms: on de-familienforschung-rundbrief the rows "Taufen
von 1648 bis 1875" and "Trauungen von 1652 bis 1875" read as count rows (numbers with three words at
most), so the subheading's block was not seen, the research-meeting notice and the rows made a gap of
chrome that ended the article, and the page tail took the subheading, its rows and the paragraph right
under the last row (a sentence under a line the tail took goes with it; the last paragraph, under a
sentence, stayed); a noun over a run of years joined by a word of range is now no count row. On pl-harcerze-zimowisko the last paragraph "Kolejna zbiórka
odbędzie się w sobotę o 10:00 ..." matched the thread marker's date-with-a-time alternative (40
characters, a time, 30 characters), so with the comment count under it the page took it as the first
commenter; a sentence of the article's own length that opens like one anchors no thread now. As classes
in six languages: the appeared-first-on feed footer without the post's title ("Cet article est apparu en
premier sur <site>.", "This post appeared first on <site>.") or naming the blog as a site ("... впервые
появилась на сайте «<site>».") is a footer; an ad-slot token whose ad word is joined to its slot word
("%%ADSLOT_INARTICLE_2%%") is a marker; an ad label naming the ad space ("Spazio pubblicitario",
"Werbefläche", "Рекламное место") and an ad label with the article's continuation in brackets after it
("--- PUBLICITÉ --- (la suite de l'article ci-dessous)", "Реклама (продолжение ниже)") are ads; a
reading time with a note of the last update after a separator ("⏱ 3 Min. Lesezeit – zuletzt aktualisiert
vor 2 Stunden") is a reading time; a talks-and-workshops label with a call to book the author
("Vorträge & Workshops: Buchen Sie mich ...", "Talks & workshops: book me ...") is a plug; a WordPress
comment scraped onto one line ("<name> says: <date> at <time> <text> Reply", "<name> pisze: ...
Odpowiedz") is a comment row, and the Polish theme's "N myśli nt. „...”" is a comment count. On the
pages: a Joomla, Drupal or TYPO3 credit ("Działa na Joomla!") is a platform footer, and the previous or
next post link with its title after a colon in French, German, Italian, Polish and Russian
("Poprzedni wpis: Zebranie sprawozdawcze 2026") is post navigation as in English. Pages:
pl-dzialki-biuletyn 13 -> 3 (its whole foot now goes), de-familienforschung-rundbrief 3 -> 4 (the
research-meeting notice, taken before only inside the wrong tail, is left now that the article goes on
past it); unchanged: en-ski-resort-conditions 1, en-lifeboat-launch-report 7, fr-ecole-langues-blog 2,
fr-locataires-communique 3, de-ruderverein-regatta 4, it-orto-botanico-notizie 1,
it-cinema-programmazione 4, pl-harcerze-zimowisko 3, ru-radioklub-novosti 4, ru-port-izveshchenie 1.
Keep lines 20 -> 20/20. The nine line xfails were removed and three page reasons reworded
(de-familienforschung-rundbrief, pl-harcerze-zimowisko, pl-dzialki-biuletyn). Elsewhere: set 47's
pl-magazyn-czlonkowski loses four lines (7 -> 3 of 20 left: its comments line, previous-article,
back-to-contents and PDF links now go with the foot; reason reworded, still xfail); every other set of
10 to 51 reports the same figures as before.

Round 71: en-lifeboat-launch-report left 6 -> 5 of 20 (page noise lines left 34 -> 33 of 240): its labelled photo
caption with the credit after it goes with the round's credited-caption rule; the page reason is reworded.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_52_LINES = [
    # en (15)
    ("head", "<!-- AdSense: in-article unit 728x90 (auto) -->", "marker"),
    ("body", "%%ADSLOT_INARTICLE_2%%", "marker"),
    ("tail", "This article was automatically imported from the Harnbury Gazette feed. All rights belong to the original publisher.", "marker"),
    ("tail", "The post Why the depot vote matters appeared first on Weltmoor Daily.", "marker"),
    ("head", "🕑 5 min read | Last updated 3 hours ago", "reading-time"),
    ("tail", "VISIT MY WEBSITE: www.tobyrennick.example", "byline"),
    ("tail", "My new book, The Quiet Lanes, is out now from Harrowgate Press — order your signed copy here.", "byline"),
    ("tail", "Buy me a coffee ☕ if this post helped you — every cup keeps the blog ad-free.", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out / Change )", "footer"),
    ("tail", "14 thoughts on “Why the depot vote matters”", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("tail", "Marta Fell says: March 4, 2026 at 9:14 am Great write-up, thanks for digging into the figures. Reply", "comments"),
    ("tail", "Tweet Pin it Email 0 Shares", "share"),
    ("head", "Sponsored post: this article was produced with the support of Trelwick Energy.", "notice"),
    # fr (6)
    ("body", "--- PUBLICITÉ --- (la suite de l'article ci-dessous)", "marker"),
    ("tail", "Cet article est apparu en premier sur Le Courrier de Vaubrenne.", "marker"),
    ("head", "Lecture : 4 min ⏱ | Mis à jour il y a 2 heures", "reading-time"),
    ("tail", "Mon nouveau livre « Les Chemins oubliés » est disponible en librairie — commandez-le ici.", "byline"),
    ("tail", "Publié avec Ghost · Thème Casper", "footer"),
    ("tail", "3 réflexions sur « Pourquoi la réforme tarde »", "comments"),
    # de (6)
    ("body", "### ANZEIGE_SLOT_2 ###", "marker"),
    ("tail", "Dieser Beitrag erschien zuerst auf Nordhalde Blog.", "marker"),
    ("head", "⏱ 3 Min. Lesezeit – zuletzt aktualisiert vor 2 Stunden", "reading-time"),
    ("tail", "Vorträge & Workshops: Buchen Sie mich für Ihre nächste Veranstaltung!", "byline"),
    ("tail", "Du kommentierst mit deinem WordPress.com-Konto. ( Abmelden / Ändern )", "footer"),
    ("tail", "2 Gedanken zu „Haushalt ohne Reserven“", "comments"),
    # it (6)
    ("tail", "L'articolo Nuovo piano per il porto proviene da Cronache di Castelbrino.", "marker"),
    ("body", "·•· Spazio pubblicitario ·•·", "marker"),
    ("head", "Lettura: 3 min · 4 marzo 2026, ore 9:05", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè: ogni contributo tiene vivo il blog.", "byline"),
    ("tail", "Blog su WordPress.com.", "footer"),
    ("tail", "I commenti sono chiusi.", "comments"),
    # pl (6)
    ("tail", "Wpis „Nowe rondo przy dworcu” pojawił się po raz pierwszy na Kurier Mglinowa.", "marker"),
    ("body", "REKLAMA · Dalsza część artykułu poniżej", "marker"),
    ("head", "⏱ 4 min czytania · 4 marca 2026", "reading-time"),
    ("tail", "Postaw mi kawę na buycoffee.to — dzięki temu mogę pisać dalej.", "byline"),
    ("tail", "Blog na WordPress.com.", "footer"),
    ("tail", "3 myśli nt. „Nowe rondo przy dworcu”", "comments"),
    # ru (6)
    ("tail", "Запись «Новый мост откроют весной» впервые появилась на сайте «Вестник Тальминска».", "marker"),
    ("body", "Реклама. ООО «Лесопринт», ИНН 0000000000, erid: 2Vtzqx0000", "marker"),
    ("head", "4 марта 2026, 09:15 · 👁 1 284 · ⏱ 3 мин", "reading-time"),
    ("tail", "Подписывайтесь на мой телеграм-канал «Заметки краеведа» — там больше историй.", "byline"),
    ("tail", "Блог на WordPress.com.", "footer"),
    ("tail", "Комментарии закрыты.", "comments"),
]

HELD_OUT_52_KEEP = [
    # en (7)
    ("body", "Comments from residents at the March hearing filled forty pages of the council's minutes."),
    ("head", "Source code for the parking app was published after councillors demanded an audit."),
    ("tail", "Blog posts by two council staff were cited in the complaint, the ombudsman said."),
    ("body", "Buy-back of the old depot land will cost the town about £2.1 million, officials said."),
    ("body", "Visit numbers at the town museum rose by a third after the roof was repaired."),
    ("tail", "Sponsored by the county, the night bus will run on a trial basis until October."),
    ("head", "Originally the scheme was meant to cover only the northern wards."),
    # fr (3)
    ("body", "Publicité mensongère : l'enseigne a été condamnée à 40 000 euros d'amende."),
    ("tail", "Lecture publique du rapport prévue le 12 mai en mairie, a annoncé le préfet."),
    ("body", "Propulsé au rang de priorité, le dossier des cantines sera examiné en juin."),
    # de (3)
    ("body", "Werbung für Glücksspiel soll nach dem Entwurf stärker eingeschränkt werden."),
    ("tail", "Dieser Beschluss wurde nach zweistündiger Debatte mit knapper Mehrheit gefasst."),
    ("body", "Vorträge der Sachverständigen überzeugten den Ausschuss nicht."),
    # it (3)
    ("body", "Lettura integrale del bilancio in aula rinviata a giovedì, ha deciso la presidenza."),
    ("tail", "Spazio alle associazioni nel nuovo centro civico, promette l'assessore."),
    ("body", "I commenti dei consiglieri di opposizione sono stati durissimi."),
    # pl (2)
    ("body", "Reklama wyborcza na przystankach została usunięta po interwencji komisji."),
    ("tail", "Wpis do rejestru zabytków obejmie także dawny młyn przy rzece."),
    # ru (2)
    ("body", "Реклама на фасадах исторического центра будет запрещена с июля."),
    ("tail", "Комментарии депутатов к проекту бюджета займут отдельный том."),
]


HELD_OUT_52_PAGES = {name: _page(lang, name, blocks) for lang, name, blocks in [
    ("en", "en-ski-resort-conditions", [
        ["-Skarnholt Mountain Resort",
         "-Lift pass | Ski school | Webcams | Piste map | Book now",
         "-Snow report updated 07:30 · Base 85 cm · Summit 160 cm",
         "-Lift status: 14 of 18 lifts open",
         "-Sign up for powder alerts by text message",
         "-Home › News › Conditions"],
        ["+Fresh snow reopens the north bowl after a two-week closure",
         "-Posted by the Skarnholt snow desk · 4 March 2026 · 3 min read"],
        ["+Thirty-two centimetres of snow fell overnight on the upper slopes, allowing the resort to reopen the north bowl for the first time since mid-February."],
        ["+Patrollers spent the early hours triggering small slides on the steeper faces before declaring the bowl safe for skiers."],
        ["-ADVERTISEMENT · Scroll to continue with content",
         "-Photo: groomers at work on the Ravensgate run before dawn"],
        ["+\"The base is finally deep enough to cover the rocks on the traverse,\" said head of patrol Imogen Strade. \"We would still ask people to stay on marked runs.\""],
        ["+What is open today",
         "+North bowl: open from 9:00, black runs only",
         "+Ravensgate chair: running, with a short delay for de-icing",
         "+Nursery slopes: open, snowmaking continues overnight"],
        ["-Rent skis and boots online and save 20%"],
        ["+Forecasters expect another ten centimetres on Thursday, followed by strong winds that could close the summit lifts in the afternoon."],
        ["+The resort said season passes bought before 1 December will be extended by one week to make up for the closure."],
        ["-Tags: snow report, north bowl, avalanche safety",
         "-Share: Facebook · X · WhatsApp · Email",
         "-Related: Night skiing returns on Fridays"],
        ["-2 comments",
         "-Dougie R · 4 March 2026 at 8:02 am — Best news all winter! Reply",
         "-Hannah P · 4 March 2026 at 9:45 am — Is the cat track open for beginners? Reply",
         "-Leave a comment"],
        ["-© 2026 Skarnholt Mountain Resort Ltd · Terms · Privacy · Cookies",
         "-Webcams | Weather | Getting here | Jobs",
         "-Follow us on Instagram @skarnholtsnow"],
    ]),
    ("en", "en-lifeboat-launch-report", [
        ["-Skip to main content",
         "-Carrickstow Lifeboat Station — volunteers saving lives at sea",
         "-Donate | Volunteer | Visit the station | Shop",
         "-In an emergency at sea dial 999 and ask for the Coastguard",
         "-Crew pagers: 3 launches this month",
         "-News › Launch reports"],
        ["+Lifeboat crew rescue two kayakers caught by the ebb tide off Polvenna Point",
         "-Launch report by press officer Ben Tallack | 3 March 2026 | 4-minute read"],
        ["+The all-weather lifeboat was paged at 4:18pm on Tuesday after a walker saw two kayakers struggling against the tide near Polvenna Point."],
        ["+Within eleven minutes the crew had launched and reached the pair, who were cold but uninjured and wearing buoyancy aids."],
        ["-Photo: the lifeboat returning to the slipway at dusk. Credit: station volunteer",
         "-Every launch is funded by your donations — give £5 today"],
        ["+\"They did the right thing by staying with their kayaks and waving,\" said coxswain Morwenna Pascoe. \"That made them easy to spot.\""],
        ["+Advice for paddlers",
         "+Check tide times and the forecast before you set off",
         "+Carry a means of calling for help in a waterproof pouch",
         "+Tell someone on shore where you are going and when you will be back"],
        ["+The kayakers were taken back to the harbour and checked by the Coastguard rescue team before being allowed home."],
        ["+It was the station's fourth service launch of the year and the first involving paddlers."],
        ["-Tags: launch, kayak, Polvenna Point",
         "-Share this launch report",
         "-Previous: Crew training night with the helicopter",
         "-Next: Station open day on 12 April",
         "-Read more launch reports"],
        ["-Sign up to our station newsletter",
         "-Our shop: tide tables and gifts",
         "-Registered charity no. 0000000",
         "-© 2026 Carrickstow Lifeboat Station Supporters. All rights reserved.",
         "-Privacy · Cookies · Accessibility",
         "-Website by Tidewright Digital"],
    ]),
    ("fr", "fr-ecole-langues-blog", [
        ["-Linguaverde – École de langues à Vaubrenne",
         "-Cours | Tarifs | Certifications | Blog | Contact",
         "-Inscriptions ouvertes pour les cours du printemps !",
         "-Accueil › Blog › Conseils"],
        ["+Apprendre une langue à 60 ans : nos élèves racontent",
         "-Publié par Clémence Arvaud le 4 mars 2026 · 5 min de lecture",
         "-Catégorie : Témoignages"],
        ["+Depuis la rentrée, un tiers des inscrits à nos cours du soir ont plus de soixante ans, une proportion qui a doublé en trois ans."],
        ["+Beaucoup préparent un voyage, d'autres veulent parler avec des petits-enfants qui grandissent à l'étranger."],
        ["-Test de niveau gratuit en ligne – 15 minutes",
         "-Photo : un groupe de conversation en espagnol, le jeudi soir"],
        ["+« J'avais peur d'être ridicule, et finalement on rit beaucoup ensemble », confie Odile Ferrandet, inscrite en italien depuis septembre."],
        ["-Nos cours en ligne à partir de 9 € par séance"],
        ["+Ce qui aide vraiment",
         "+des séances courtes, mais deux fois par semaine",
         "+un vocabulaire lié à des situations concrètes",
         "+des échanges avec des locuteurs natifs"],
        ["+Les formateurs adaptent le rythme, sans renoncer aux exercices écrits que beaucoup d'élèves réclament."],
        ["+Un atelier de prononciation sera proposé à partir d'avril le samedi matin."],
        ["-Étiquettes : seniors, italien, espagnol",
         "-Partager : Facebook · LinkedIn · E-mail",
         "-Articles similaires"],
        ["-2 commentaires",
         "-Gérard L. – 5 mars 2026 à 10 h 14 – Bravo pour cet article, ma femme s'est inscrite ! Répondre",
         "-Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
        ["-Newsletter : recevez nos conseils chaque mois",
         "-Linguaverde – 12 rue des Tanneurs, 00000 Vaubrenne",
         "-Mentions légales · Politique de confidentialité",
         "-Fièrement propulsé par WordPress",
         "-Retour en haut"],
    ]),
    ("fr", "fr-locataires-communique", [
        ["-Confédération des locataires de Saint-Orlac",
         "-Nos actions | Vos droits | Adhérer | Contact",
         "-Vous êtes locataire et avez un problème ? Contactez-nous",
         "-Permanence juridique le mercredi de 14 h à 17 h",
         "-Communiqué – 3 mars 2026"],
        ["+Charges de chauffage : les locataires des Tilleuls refusent la régularisation",
         "-Par le bureau de l'amicale · lecture 3 min"],
        ["+Plus de 200 ménages de la résidence des Tilleuls ont reçu en février une demande de régularisation de charges atteignant parfois 900 euros."],
        ["+L'amicale estime que le bailleur a facturé des travaux sur la chaufferie qui relèvent de l'entretien à sa charge."],
        ["-Adhérez : 15 € par an et par foyer",
         "-Modèle de lettre de contestation à télécharger (PDF)",
         "-Photo : la résidence des Tilleuls, bâtiment B"],
        ["+« On nous demande de payer les pannes d'une chaudière que nous signalons depuis trois hivers », déclare la présidente, Yvette Marsanne."],
        ["+Nos demandes",
         "+la communication des factures détaillées de la chaufferie",
         "+l'étalement des sommes dues sur douze mois",
         "+une réunion publique avec le bailleur avant le 31 mars"],
        ["+Une pétition a déjà recueilli 312 signatures dans les trois bâtiments."],
        ["+L'amicale appelle les locataires à ne pas payer la régularisation avant d'avoir reçu les justificatifs."],
        ["-Partager ce communiqué",
         "-Facebook · WhatsApp · Imprimer",
         "-À lire aussi : nos conseils face à une hausse de loyer",
         "-Soutenez notre action : faites un don"],
        ["-0 commentaire",
         "-Aucun commentaire pour le moment."],
        ["-© Confédération des locataires de Saint-Orlac – association loi 1901",
         "-Suivez-nous sur Facebook",
         "-Plan du site · Mentions légales · Cookies",
         "-Site réalisé par Atelier Brunevent",
         "-Haut de page"],
    ]),
    ("de", "de-ruderverein-regatta", [
        ["-Ruderverein Mirlau 1911 e.V.",
         "-Verein | Training | Regatten | Jugend | Kontakt",
         "-Wasserstand Mirlauer See: 1,42 m",
         "-Mitglied werden – Schnupperrudern jeden Samstag",
         "-Startseite › Aktuelles › Regattaberichte"],
        ["+Junioren-Doppelvierer gewinnt bei der Frühjahrsregatta auf dem Mirlauer See",
         "-Geschrieben von Lukas Wendrich | 02.03.2026 | Lesezeit 4 Minuten"],
        ["+Bei kaltem Wind und leichtem Regen gingen am Sonntag 27 Boote aus acht Vereinen an den Start der Frühjahrsregatta."],
        ["+Unser Junioren-Doppelvierer setzte sich im Finale über 1000 Meter mit einer halben Bootslänge Vorsprung durch."],
        ["-Foto: Zieleinlauf des Doppelvierers (Foto: Vereinsarchiv)",
         "-Unser Bootshaus kann für Feiern gemietet werden"],
        ["+„Die Mannschaft hat im Winter jede Ergometereinheit durchgezogen, das hat man heute gesehen“, sagte Trainerin Birte Hollmann."],
        ["-Trainingszeiten im Überblick"],
        ["+Unsere Ergebnisse",
         "+Junioren-Doppelvierer: Platz 1",
         "+Frauen-Einer: Platz 3",
         "+Masters-Achter: Platz 4"],
        ["+Die nächste Regatta findet Ende April auf heimischem Wasser statt, Helfer für den Aufbau werden noch gesucht."],
        ["+Der Verein bedankt sich bei allen Eltern, die Boote und Anhänger transportiert haben."],
        ["-Schlagwörter: Regatta, Junioren, Doppelvierer",
         "-Teilen: Facebook | WhatsApp | E-Mail",
         "-Ältere Beiträge",
         "-Kommentar schreiben"],
        ["-Unterstützer: Autohaus Brenning",
         "-Newsletter abonnieren",
         "-Instagram: @rvmirlau",
         "-Ruderverein Mirlau 1911 e.V. · Am Bootssteg 4 · 00000 Mirlau",
         "-Impressum | Datenschutz",
         "-Erstelle eine kostenlose Website mit WordPress.com",
         "-Nach oben"],
    ]),
    ("de", "de-familienforschung-rundbrief", [
        ["-Verein für Familienforschung im Saldertal e.V.",
         "-Rundbrief Nr. 1/2026",
         "-Startseite | Forschungshilfe | Bibliothek | Rundbriefe | Mitgliedschaft",
         "-Mitgliederbereich – Anmelden",
         "-Lesesaal geöffnet: dienstags 15–18 Uhr"],
        ["+Kirchenbücher von Obersalden jetzt vollständig erfasst",
         "-Veröffentlicht am 01.03.2026 von Redaktion Rundbrief"],
        ["+Nach vier Jahren ehrenamtlicher Arbeit sind alle Tauf-, Trau- und Sterbeeinträge der Pfarrei Obersalden von 1648 bis 1875 abgeschrieben."],
        ["+Insgesamt 18 400 Einträge stehen Mitgliedern ab sofort in der Datenbank des Vereins zur Verfügung."],
        ["-Abbildung: Taufeintrag aus dem Jahr 1703",
         "-Mitgliedsbeitrag 2026: bitte bis 31. März überweisen"],
        ["+„Manche Seiten waren so verblasst, dass wir sie nur unter UV-Licht lesen konnten“, berichtet Projektleiterin Gertrud Ebelshäuser."],
        ["-Forschungstreffen am 14. März im Gemeindehaus"],
        ["+Was die Datenbank enthält",
         "+Taufen von 1648 bis 1875",
         "+Trauungen von 1652 bis 1875",
         "+Sterbefälle mit Altersangaben ab 1701"],
        ["+Die Abschriften wurden zweimal gegengelesen; Fehler können über ein Formular gemeldet werden."],
        ["+Als nächstes Projekt nimmt sich die Gruppe die Kirchenbücher von Niedersalden vor."],
        ["-Dieser Rundbrief erscheint viermal im Jahr.",
         "-Rundbrief als PDF herunterladen",
         "-Druckversion",
         "-Ihr Beitrag zum nächsten Rundbrief? Einsendeschluss 15. Mai",
         "-Kommentare (0)"],
        ["-Zurück zur Übersicht",
         "-Folgen Sie uns auf Facebook",
         "-Impressum · Datenschutzerklärung · Satzung",
         "-© 2026 Verein für Familienforschung im Saldertal e.V.",
         "-Website erstellt mit Wix.com",
         "-Seitenanfang"],
    ]),
    ("it", "it-orto-botanico-notizie", [
        ["-Orto Botanico di Velmosa – Università di Velmosa",
         "-Orari | Biglietti | Visite guidate | Didattica | Notizie",
         "-Aperto oggi dalle 9:00 alle 17:00",
         "-Biglietteria: intero 6 €, ridotto 3 €",
         "-Home > Notizie"],
        ["+Fiorita per la prima volta la palma del Cile piantata nel 1890",
         "-Pubblicato il 4 marzo 2026 · Redazione"],
        ["+Dopo oltre un secolo nelle serre, la palma del Cile dell'orto ha prodotto la sua prima infiorescenza, lunga quasi un metro."],
        ["+I giardinieri se ne sono accorti durante il controllo settimanale delle serre calde."],
        ["-Foto: l'infiorescenza della palma nella serra grande",
         "-Acquista il biglietto online e salta la fila"],
        ["+«È un evento che nessuno di noi pensava di vedere», ha detto la curatrice Ilaria Mosconetti."],
        ["-Dona il tuo 5x1000 all'Orto: codice fiscale 00000000000"],
        ["+Come vederla",
         "+visite guidate ogni sabato alle 11",
         "+ingresso dalla serra grande, lato nord",
         "+percorso accessibile in carrozzina"],
        ["+La fioritura dovrebbe durare circa tre settimane, secondo i botanici dell'università."],
        ["+Alcuni semi, se maturi, saranno scambiati con altri orti botanici europei."],
        ["-Tag: palma, serre, fioriture",
         "-Condividi su Facebook",
         "-Condividi su WhatsApp",
         "-Potrebbe interessarti anche: Le orchidee di marzo"],
        ["-Sostieni l'Orto: diventa Amico dell'Orto Botanico",
         "-Iscriviti alla newsletter",
         "-Seguici su Instagram",
         "-Mappa dell'Orto (PDF)",
         "-Università di Velmosa – P.IVA 00000000000",
         "-Privacy · Cookie · Accessibilità",
         "-Torna su"],
    ]),
    ("it", "it-cinema-programmazione", [
        ["-Cinema Aurora – Castelbrino",
         "-Programmazione | Rassegne | Prezzi | Tessere | Dove siamo",
         "-Stasera in sala: 3 film",
         "-Prevendite aperte per il weekend",
         "-Accedi · Registrati"],
        ["+Torna il cineforum del martedì con una rassegna sui film di fabbrica",
         "-di Redazione Cinema Aurora | 3 marzo 2026 | lettura 3 minuti"],
        ["+Da martedì 10 marzo la sala piccola ospiterà sei film dedicati al lavoro in fabbrica, dal dopoguerra a oggi."],
        ["+Ogni proiezione sarà introdotta da un operaio o da un sindacalista in pensione della zona."],
        ["-Trailer della rassegna su YouTube",
         "-Tessera 10 ingressi a 45 €"],
        ["+«Vogliamo che il pubblico ritrovi in sala le storie di questa valle», spiega il direttore artistico, Fabrizio Ostellini."],
        ["-Pubblicità: Pizzeria Da Tonino, a due passi dal cinema"],
        ["+Il calendario",
         "+10 marzo: il primo film, in versione restaurata",
         "+17 marzo: un documentario girato nelle filande",
         "+24 marzo: serata di cortometraggi delle scuole"],
        ["+Il biglietto costa 5 euro, gratuito per gli studenti con la tessera dell'università popolare."],
        ["+Dopo ogni proiezione è previsto un dibattito di mezz'ora."],
        ["-Condividi l'evento",
         "-Aggiungi al calendario"],
        ["-Commenti",
         "-Lucia_B · 3 marzo 2026 alle 18:22 · Finalmente! Ci sarò. Rispondi",
         "-Lascia un commento"],
        ["-Newsletter settimanale della programmazione",
         "-Cinema Aurora – Via dei Tessitori 8, Castelbrino",
         "-Seguici su Facebook e Instagram",
         "-Privacy policy · Cookie policy",
         "-Sito realizzato da Filmagrafica",
         "-Torna all'inizio"],
    ]),
    ("pl", "pl-harcerze-zimowisko", [
        ["-12 Drużyna Harcerska „Wrzosy”",
         "-O nas | Zbiórki | Obozy | Galeria | Kontakt",
         "-Najbliższa zbiórka: sobota 10:00",
         "-Zapisy na obóz letni – do 30 kwietnia!",
         "-Strona główna » Relacje"],
        ["+Zimowisko w Jaskrowej Polanie: śnieg, warty i pierwsze przyrzeczenia",
         "-Dodano: 2 marca 2026 | Autor: druh Kacper | Odsłony: 214"],
        ["+Dwudziestu trzech harcerzy spędziło ferie w schronisku w Jaskrowej Polanie, gdzie temperatura w nocy spadała do minus piętnastu stopni."],
        ["+Program obejmował wędrówki na rakietach śnieżnych, naukę pierwszej pomocy i nocne gry terenowe."],
        ["-Zdjęcie: zastęp „Sowy” przy ognisku",
         "-Wesprzyj drużynę – przekaż 1,5% podatku"],
        ["+„Najtrudniejsza była warta o trzeciej w nocy, ale nikt nie zrezygnował” – mówi drużynowa, phm. Zuzanna Krajewiec."],
        ["-Mundury i plakietki – sklepik drużyny"],
        ["+Co udało się zrobić",
         "+sześć osób złożyło przyrzeczenie harcerskie",
         "+każdy zastęp zdobył sprawność ratownika",
         "+zebraliśmy 40 kg karmy dla schroniska dla zwierząt"],
        ["+Dziękujemy rodzicom za pomoc w transporcie i kadrze za przygotowanie programu."],
        ["+Kolejna zbiórka odbędzie się w sobotę o 10:00 w harcówce przy szkole."],
        ["-Galeria zdjęć z zimowiska (86 zdjęć)",
         "-Udostępnij: Facebook | Messenger",
         "-Wszystkie relacje"],
        ["-Komentarze (1)",
         "-mama Oli: Dziękujemy za wspaniały wyjazd! Odpowiedz",
         "-Dodaj komentarz"],
        ["-Regulamin obozu (PDF)",
         "-Znajdź nas na Instagramie",
         "-© 2026 12 DH „Wrzosy” | Polityka prywatności",
         "-Stronę wykonał: druh Maciek",
         "-Do góry"],
    ]),
    ("pl", "pl-dzialki-biuletyn", [
        ["-Rodzinny Ogród Działkowy „Słoneczny Stok” w Mglinowie",
         "-Aktualności | Regulamin | Opłaty | Zarząd | Kontakt",
         "-Szukaj…",
         "-Biuletyn ogrodowy nr 2/2026",
         "-Dyżur zarządu: czwartki 17:00–19:00"],
        ["+Woda w alejkach wróci wcześniej – nowy wodociąg gotowy przed sezonem",
         "-Opublikowano 3 marca 2026 przez Zarząd ROD"],
        ["+Wymiana rur w głównych alejkach ogrodu zakończyła się dwa tygodnie przed planowanym terminem."],
        ["+Dzięki temu woda zostanie uruchomiona już 1 kwietnia, a nie w połowie miesiąca jak w ubiegłych latach."],
        ["-Przypominamy: opłaty ogrodowe do 31 marca",
         "-Zdjęcie: prace przy alejce nr 4"],
        ["+„Stare rury pękały co roku, teraz powinniśmy mieć spokój na długo” – mówi prezes ogrodu Bogdan Wiśniewicz."],
        ["-Ogłoszenie: sprzedam działkę nr 112 – tel. 000 000 000"],
        ["+Harmonogram wiosenny",
         "+1 kwietnia – uruchomienie wody",
         "+12 kwietnia – wspólne sprzątanie alejek",
         "+26 kwietnia – kiermasz sadzonek przy świetlicy"],
        ["+Działkowców prosimy o sprawdzenie zaworów na swoich działkach przed uruchomieniem wody."],
        ["+Zgłoszenia przecieków przyjmuje gospodarz ogrodu pod numerem podanym na tablicy ogłoszeń."],
        ["-Pliki do pobrania: uchwała zarządu (PDF)",
         "-Udostępnij",
         "-Poprzedni wpis: Zebranie sprawozdawcze 2026",
         "-Następny wpis: Kompostowanie – krótki poradnik",
         "-Możliwość komentowania została wyłączona."],
        ["-Mapa ogrodu",
         "-Kontakt z zarządem",
         "-ROD „Słoneczny Stok” – ul. Ogrodowa 1, Mglinów",
         "-Polityka cookies",
         "-Działa na Joomla!",
         "-Do góry strony"],
    ]),
    ("ru", "ru-radioklub-novosti", [
        ["-Радиоклуб «Эфир» — Тальминск",
         "-Главная | О клубе | Дипломы | Форум | Контакты",
         "-Наша коллективная станция в эфире по четвергам с 19:00",
         "-Прогноз прохождения радиоволн на сегодня",
         "-Главная » Новости клуба"],
        ["+Юные радиолюбители провели первую связь с дрейфующей станцией",
         "-Опубликовал: Сергей Лаптев | 03.03.2026 | Просмотров: 318"],
        ["+В субботу трое учеников кружка при клубе провели радиосвязь с экспедицией, работающей на льдине в Северном Ледовитом океане."],
        ["+Связь на коротких волнах продолжалась всего две минуты, но была подтверждена обеими сторонами."],
        ["-Фото: Маша у трансивера во время связи",
         "-Купить QSL-карточки клуба можно у председателя"],
        ["+«Когда нам ответили, у всех затряслись руки», — рассказала 13-летняя Маша Коробейникова."],
        ["-Расписание дежурств на станции"],
        ["+Как проходят занятия",
         "+по вторникам — азбука Морзе",
         "+по четвергам — работа в эфире под присмотром наставника",
         "+по субботам — сборка простых антенн"],
        ["+Кружок бесплатный, в него принимают школьников с 11 лет."],
        ["+Клуб благодарит районную администрацию за помощь с ремонтом антенной мачты."],
        ["-Метки: дети, КВ, экспедиции",
         "-Поделиться: ВКонтакте | Telegram | Одноклассники",
         "-Архив новостей"],
        ["-Комментарии (2)",
         "-Павел из Заречного | 03.03.2026 в 20:15 | Молодцы ребята, так держать! Ответить",
         "-Добавить комментарий"],
        ["-Вступить в клуб: взнос 500 ₽ в год",
         "-© 2026 Радиоклуб «Эфир»",
         "-Счётчик посещений: 48 211",
         "-Сайт создан на uCoz",
         "-Наверх"],
    ]),
    ("ru", "ru-port-izveshchenie", [
        ["-ФГБУ «Администрация морского порта Кряжеморск»",
         "-Главная | О порту | Документы | Навигационные извещения | Контакты",
         "-Версия для слабовидящих",
         "-Телефон дежурного диспетчера: 8 (000) 000-00-00",
         "-Главная / Пресс-центр / Извещения"],
        ["+Вход в Кряжеморскую гавань ограничат на время дноуглубления",
         "-12:40, 02.03.2026 | Пресс-служба"],
        ["+С 10 марта по 30 апреля в подходном канале будут работать земснаряды, углубляющие фарватер до 11 метров."],
        ["+На время работ движение судов с осадкой более 8 метров будет разрешено только в светлое время суток."],
        ["-Приложение: схема района работ (PDF, 1,2 МБ)",
         "-Подписаться на навигационные извещения по e-mail"],
        ["+«Работы позволят порту принимать более крупные суда уже к летней навигации», — сообщил капитан порта Виктор Самохвалов."],
        ["-Погода в порту: ветер СЗ 9 м/с"],
        ["+Основные ограничения",
         "+одностороннее движение в подходном канале",
         "+скорость не более 6 узлов в районе работ",
         "+обязательная связь с диспетчером на 14-м канале"],
        ["+Маломерным судам и рыбакам рекомендовано не заходить в район работ."],
        ["+Дополнительная информация будет публиковаться в навигационных извещениях."],
        ["-Дата изменения: 02.03.2026",
         "-Распечатать",
         "-Поделиться",
         "-Другие извещения"],
        ["-Обратная связь: задать вопрос",
         "-Противодействие коррупции",
         "-Госуслуги — получите услуги порта онлайн",
         "-Вакансии",
         "-© ФГБУ «АМП Кряжеморск», 2026. При использовании материалов ссылка обязательна.",
         "-Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
         "-Карта сайта"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-ski-resort-conditions':
        "the ski resort's conditions news's ski-rental offer between the paragraphs is left (1 of 20 noise lines)",
    'en-lifeboat-launch-report':
        ("the lifeboat station's launch report's station name and motto, emergency-call banner and crew-pager count "
         'above the title, its launch-report-by line under the title, and its donation appeal between the paragraphs '
         'are left (5 of 20 noise lines; the breadcrumb goes since round 58, the slipway photo caption with its '
         "credit since round 71); since round 128 'Carrickstow Lifeboat Station — volunteers saving lives at sea' "
         'goes, 4 of 20 noise lines left'),
    'fr-ecole-langues-blog':
        "the language school blog's spring-enrolment banner above the title and its free level-test offer between the paragraphs are left (2 of 20 noise lines)",
    'fr-locataires-communique':
        "the tenants' union statement's contact-us prompt and legal-advice hours above the title are left (2 of 20 noise lines)",
    'de-ruderverein-regatta':
        "the rowing club regatta report's lake water-level line above the title and its boathouse-hire plug and training-times link between the paragraphs are left (3 of 20 noise lines; the taster-rowing membership appeal goes since round 56)",
    'de-familienforschung-rundbrief':
        "the genealogy society newsletter's reading-room hours above the title, and its register-entry illustration caption, membership-fee reminder and research-meeting notice between the paragraphs are left (4 of 20 noise lines)",
    'it-orto-botanico-notizie':
        "the botanical garden news page's buy-tickets-online prompt between the paragraphs is left (1 of 20 noise lines)",
    'it-cinema-programmazione':
        "the cinema programme news page's tonight-showing count and weekend presales line above the title and its trailer link and ten-entry card offer between the paragraphs are left (4 of 20 noise lines)",
    'pl-harcerze-zimowisko':
        "the scout troop camp report's summer-camp sign-up banner above the title and its patrol photo caption and troop shop plug between the paragraphs are left (3 of 20 noise lines)",
    'pl-dzialki-biuletyn':
        "the allotment society newsletter's board duty hours above the title and its fee reminder and plot-for-sale notice between the paragraphs are left (3 of 20 noise lines)",
    'ru-radioklub-novosti':
        "the amateur radio club post's club-station air-time line and propagation forecast link above the title and its QSL-card sale line and station rota link between the paragraphs are left (4 of 20 noise lines)",
    'ru-port-izveshchenie':
        "the port authority notice's port weather line between the paragraphs is left (1 of 20 noise lines)",
}


test_held_out_52_line, test_held_out_52_line_is_kept, test_held_out_52_page = held_out_tests(
    HELD_OUT_52_LINES, HELD_OUT_52_KEEP, HELD_OUT_52_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
