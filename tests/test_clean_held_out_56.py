"""Held-out set 56: written blind, weighted toward the noise the cleaner exists for, in shapes set 55's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
template-style ad slot in double curly braces "{{ ad_slot: leaderboard_top }}", an English and a French
leaked HTML-comment ad slot ("<!-- /ad-unit inline-2 -->", "<!-- Emplacement publicitaire : milieu
d'article -->"); the WordPress RSS-feed footer "The post X appeared first on Y." in English and in its
French ("L'article X est apparu en premier sur Y."), German ("Der Beitrag X erschien zuerst auf Y."),
Italian ("L'articolo X proviene da Y."), Polish ("Wpis X pojawił się po raz pierwszy w Y.") and Russian
("Запись «X» впервые появилась на «Y».") wordings; source-link credits in a German "Via RSS übernommen –
zum Originalartikel", an Italian "Leggi l'articolo completo sul sito della fonte", a Polish "Link do
źródła" and a Russian "Ссылка на источник"); reading-time and date headers as relative "posted N hours
ago" rows with a reading time (English "Posted 3 days ago · 4 min read", French "Publié il y a 2 heures ·
Lecture : 3 min", German "Veröffentlicht vor 5 Stunden | 3 Min. Lesezeit", Italian "Pubblicato 3 ore fa ·
5 minuti di lettura", Polish "Opublikowano 2 godziny temu • 4 min czytania", Russian "Опубликовано 3 часа
назад · 4 мин на чтение"); bylines and self-promotion (an English "VISIT MY WEBSITE → <site>", an English
new-book-out-now plug with signed copies, an English keynote-and-panel speaking plug, a French
new-book-just-published plug with a signing date, a German Steady membership plug, an Italian
writing-workshop plug, a Polish Patronite plug and a Russian Boosty plug); blog footers (WordPress.com's
"Blog at WordPress.com." and its German "Bloggen auf WordPress.com.", Italian "Blog su WordPress.com."
and Polish "Utwórz darmową stronę internetową lub bloga na WordPress.com.", the English comment-form
lines "You are commenting using your Facebook account. ( Log Out / Change )" and "Leave a Reply Cancel
reply", a French theme-and-Hugo credit and a Russian Hugo-and-theme credit); reader-comment lines (the
English "14 thoughts on “X”", French "12 réflexions sur « X »" and Italian "8 pensieri su “X”"
comment-count headings, the English "Comments are closed.", German "Kommentare sind geschlossen." and
Russian "Обсуждение закрыто.", and the Polish reply-form line "Dodaj komentarz Anuluj pisanie
odpowiedzi"); an English WordPress share row with Email, Print, Reddit, Pocket and Tumblr; an English
old-post notice; and an English filed-under-and-tagged line (other); and toward whole scraped news and
opinion pages in layouts sets 41 to 55 did not use (a volunteer translators' collective's blog, a
climbing gym's route news, a village choir festival's press release, a boules club's tournament report,
a town archive's find of the month, a community orchard's harvest note, a sailing school's season
opening, a library's seed-library update, a blind people's association's accessibility news, a hunting
association's notice, a folk dance ensemble's tour report and a homeowners' association's garden rota).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 55) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 55, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 55's with 55 -> 56 (with the empty ``_KEEP_XFAIL`` table set 55's tail holds). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s56 at commit 1c7db32c59473ad305a7563b012dd0d6092f391b) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after
the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) main moved between my first
step (HEAD 367864ffd2fece6cd919aa5331552d1ddb3ca0af) and the making of the worktrees (HEAD
1c7db32c59473ad305a7563b012dd0d6092f391b); the set was measured at the latter. ``git worktree add``
printed, as git does, the subject line of that commit (a docs/attribution.md note on speaker
attribution, not on cleaning); it was seen after the lists were written and changed nothing in them.
(3) Before the measurement the draft was executed from a scratch folder (/tmp/s56) with a stand-in for
``page_from_blocks`` that only counted lines and checked that no page noise line repeats on its page, is
a substring of an article line of its page or repeats a line of ``HELD_OUT_56_LINES`` (no case was run
through the cleaner; the check found nothing). (4) The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then read out
once with ``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page
of this set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Ashwendle, Cragloft, Kestle Yard, Saint-Aubrézin, Lavaudrière, Vernassol, Morlançon, Kelmsried,
Dornwettel, Punta Ginestrella, Valbrusca, Wrzosomierz, Dęboleś, Сосновоярск, Ключегорск, Кедрогорье and
Рябинозёрск had no hits; Loomwright, Valdoriana and "Tidewater Ledger" occur only as invented names in
others' software, games and fiction, and "Lavernois" only inside an invented word (Lavernoisel). Two
names were replaced before the measurement: a French paper first named after "Brévanne" (close to the
real Limeil-Brévannes) and a press contact first surnamed "Rouvenac" (a real commune of the Aude). A
name planned for an English line (Brackwell) was dropped: the search showed it in a game and in a real
firm's name. Not checked: the river Bracke, Zielone Wzgórze, Kozi Bród, the streets (place des Platanes,
Kirchgasse, via Roma, ul. Lipowa, ul. Leśna), which are generic and may exist somewhere; the
organisations, firms and sites (Loomwright Translators' Collective, Lingvera, Foothold Studio, Crédit
Mutualiste du Val, Fromagerie Berthelin, Agence Colibrisse, ClubFacile, Boulangerie Ferrandou,
Hofladen Brenneisen, WebBaukasten, WebMarea, Stowarzyszenie Widzieć Inaczej, Kontrast Studio, sklep
Knieja, Koło Łowieckie „Jenot”, «Вербица», Дом культуры «Заря», «Ветрило», «КультураКонструктор», ТСЖ
«Рябиновая, 14», ДомОнлайн, the .example sites, Hafenbote Kelmsried, Il Corriere di Valdoriana, Gazeta
Wrzosomierska, Вестник Рябинозёрска, éditions du Galet, Atelier Fenouil, the Sorbier and «Рябина»
themes) and the people. «Вербица», «Заря», «Knieja» and «Jenot» are common enough that real ensembles,
houses of culture, shops or hunting clubs may carry them. (6) Some lines name real things, as real pages
do: WordPress, WordPress.com, Hugo, Steady, Patronite, Boosty, Facebook, Instagram, WhatsApp, Telegram,
Slack, Mastodon, Reddit, Pocket, Tumblr, the App Store, ВКонтакте, Одноклассники, СБП, CC BY-SA 4.0, the
apple varieties Boskoop and Rheinischer Bohnapfel, Catalonia, the Polish 1,5% tax gift, KRS and
"Deklaracja dostępności", the Italian "Amministrazione trasparente", ASD and C.F., the Russian МБУК, ТСЖ
and ИНН; bank, tax and phone numbers are zero-filled. No real person is named. (7) Set 55's docstring
names only its own shapes and earlier sets' page layouts, so some lines may repeat shapes of sets before
55 that I could not check; in particular the plain comments-closed lines, the WordPress.com footers, the
comment-form lines, the share row and the filed-under line are common furniture that earlier sets may
have used. Close to shapes set 55 named: the French book plug is near set 55's Polish new-book pre-order
plug, and the English speaking plug and the Italian writing-workshop plug are near its English
consulting plug; and on the pages, comment counts, one comment each with name and text, platform
credits and share rows are standard furniture of the layouts; none of these is a line of
``HELD_OUT_55_LINES`` as far as its docstring tells.

Judgement calls: the keep lines opening with "Posted guards", "Blog posts", "Visit numbers", "Leave
requests", "Heads of", "Filed complaints", "Theme parks", "Publié au", "Thème central", "Mon voisin",
"Veröffentlicht wurden", "Kommentare des", "Unterstützung für", "Pubblicato il bando", "Leggi
regionali", "Blog e siti", "Opublikowano też", "Wesprzeć remont", "Опубликованный в пятницу" and
"Поддержать ремонт" are article sentences. Relative posted-ago headers with reading times are counted as
reading-time lines; curly-brace and HTML-comment ad slots, the RSS-feed footers and the source-link
credits as markers; the website, book, speaking, Steady, workshop, Patronite and Boosty plugs as
bylines; WordPress.com, comment-form, theme and Hugo credits as footers; comment-count headings,
comments-closed lines and the reply-form line as comments; the share row as share, the old-post notice
as a notice and the filed-under line as other. On every page the title, the subheading, its three list
rows, the paragraph with the quote and the other four paragraphs are article (10 lines a page) and
everything else is noise (20 lines a page: six lines above the title, two under it, two and two between
the paragraphs, eight at the foot); in particular the site names, menus, breadcrumbs, search, language,
contrast and text-size controls, opening-hours, weather, wind and busy-now lines, date, posted-by,
view-count, photo-credit and section lines, press-release banners, press contacts, HD-photo and
attachment lines, ads, sponsor, partner and discount lines, shop, ticket, course, workshop and event
plugs, membership, licence and fee reminders, volunteer, donation, tax-gift and sponsorship appeals,
newsletter, app, chat and social lines, related and read-also links, greetings ("Darz bór!"),
recruitment lines, small ads, comments with their names and reply links, about-the-organisation,
contact, address, register and legal lines, platform and web-agency credits, page-feedback questions
and back-to-top links are noise. The rows: en-translators-collective-blog "What the guide now covers",
en-climbing-gym-routes "The new circuit in brief", fr-festival-chorales-communique "Les temps forts du
week-end", fr-petanque-concours "Classement du concours principal", de-stadtarchiv-fund-des-monats "Was
in der Kassette lag", de-streuobstwiese-ernte "Die Ernte nach Sorten", it-scuola-vela-apertura "I corsi
della stagione", it-biblioteca-semi "Cosa si può prendere in prestito", pl-stowarzyszenie-niewidomych
"Co jeszcze się zmieniło", pl-kolo-lowieckie-komunikat "Co w zamian", ru-ansambl-gastroli "Маршрут
гастролей" and ru-tszh-ogorod-grafik "Кто дежурит в марте", each with three rows; all of them are
article.

Contents: 45 noise lines (marker 13, reading-time 6, byline 8, footer 8, comments 7, share 1, notice 1,
other 1; by language en 15 (marker 3, reading-time 1, byline 3, footer 3, comments 2, share 1, notice 1,
other 1), fr 6 (marker 2, reading-time 1, byline 1, footer 1, comments 1) and de, it, pl, ru 6 each
(marker 2, reading-time 1, byline 1, footer 1, comments 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl
2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-translators-collective-blog (a volunteer translators' collective's blog post on a flood guide in nine
languages), en-climbing-gym-routes (a climbing gym's route-setting news on a shop-like site),
fr-festival-chorales-communique (a village choir festival's press release in its press area),
fr-petanque-concours (a boules club's tournament report on a free club-site builder, with a comment),
de-stadtarchiv-fund-des-monats (a town archive's find of the month on a municipal site),
de-streuobstwiese-ernte (a community orchard association's harvest note, with a comment),
it-scuola-vela-apertura (a sailing school's season opening), it-biblioteca-semi (a municipal library's
seed-library update), pl-stowarzyszenie-niewidomych (a blind people's association's news on audible
crossings, on a high-contrast site), pl-kolo-lowieckie-komunikat (a hunting association's board notice
on a called-off hunt), ru-ansambl-gastroli (a folk dance ensemble's tour report, with a comment) and
ru-tszh-ogorod-grafik (a homeowners' association's watering rota for the courtyard garden); every page
holds a title, a subheading with list rows, a quote in the article and noise above the title, between
the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 1c7db32c59473ad305a7563b012dd0d6092f391b, measured with ``cd
/tmp/wt-s56 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s56/src python -m pytest -q
tests/test_clean_held_out_56.py -rA -p no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s56 &&
PYTHONPATH=/tmp/wt-s56/src python scripts/clean_held_out_report.py --sets 56``, with the xfail tables
empty): noise lines removed 36/45 (marker 9/13, reading-time 6/6, byline 7/8, footer 7/8, comments 6/7,
share 0/1, notice 0/1, other 1/1; missed, all kept as paragraphs: the English "{{ ad_slot:
leaderboard_top }}", the English "Share this: Email · Print · Reddit · Pocket · Tumblr", the English
"Heads up: this post is more than two years old and some details may be out of date.", the German "Via
RSS übernommen – zum Originalartikel", the Italian "Organizzo laboratori di scrittura per scuole e
aziende: scrivimi per un preventivo.", the Polish "Link do źródła", the Polish "Utwórz darmową stronę
internetową lub bloga na WordPress.com.", the Russian "Ссылка на источник" and the Russian "Обсуждение
закрыто."); keep lines kept 20/20; pages 0/12 clean, 54 of 240 page noise lines left and 5 of 120
article lines lost: en-translators-collective-blog 3 left ("Glossary of the week: ‘evacuation point’ in 9
languages →", "Join our Slack: 140 translators and counting" and "Proofreaders needed for Somali and
Amharic — apply here"); en-climbing-gym-routes 3 left ("Members save 15% on chalk and tape this week",
"Next intro course: Saturday 10:00, 4 places left" and "Tag us @cragloftclimbing on Instagram");
fr-festival-chorales-communique 13 left ("COMMUNIQUÉ DE PRESSE — Pour diffusion immédiate", "Contact
presse : Mathilde Rouvelière, 06 00 00 00 00", "Saint-Aubrézin, le 2 mars 2026", "Photos HD disponibles
sur demande", "Partenaires : Crédit Mutualiste du Val, Fromagerie Berthelin", "Billetterie ouverte :
pass 3 jours à 25 €", "Devenez bénévole : il nous manque 40 personnes pour l'accueil", "À propos :
l'association Voix de Saint-Aubrézin organise le festival depuis 2014.", "Fichiers joints :
affiche_2026.jpg, programme_2026.pdf", "Mentions légales | Plan du site | Accessibilité", "Site réalisé
par Agence Colibrisse", "Inscrivez-vous à la lettre du festival" and "Haut de page");
fr-petanque-concours 4 left ("Météo du boulodrome : 14 °C, ensoleillé", "Publicité : Boulangerie
Ferrandou, partenaire du club", "Licences 2026 : pensez à renouveler avant le 31 mars" and "Buvette tenue
par les bénévoles, merci à eux !"); de-stadtarchiv-fund-des-monats 2 left ("Öffnungszeiten Lesesaal: Di
und Do 9–12 Uhr" and "Anmeldung zur Archivführung am 21. März") and 5 article lines lost (the subheading
"Was in der Kassette lag", its three rows "Brauvertrag mit Siegel, 1784", "Zwei Kaufbriefe über Wiesen an
der Bracke, 1791 und 1802" and "Eine Liste der Feuereimer aller Häuser, um 1810", and the paragraph "Die
Urkunden werden derzeit in einer Fachwerkstatt gereinigt ..."); de-streuobstwiese-ernte 3 left
("Baumpatenschaft verschenken – ab 35 € im Jahr", "Unser Saft im Hofladen Brenneisen erhältlich" and
"Termin: Schnittkurs am 14. März, 10 Uhr"); it-scuola-vela-apertura 4 left ("Vento oggi: 12 nodi da
libeccio", "Sconto del 10% per chi si iscrive entro il 15 marzo", "Guarda il video della stagione 2025"
and "Noleggio gommoni e SUP: chiedi in segreteria"); it-biblioteca-semi 4 left ("Area: Biblioteca dei
semi", "Prenota un libro e ritiralo in 24 ore", "Nuovi arrivi di febbraio: sfoglia la lista" and
"Evento: laboratorio di semina per bambini, 21 marzo"); pl-stowarzyszenie-niewidomych 3 left ("Przekaż
1,5% podatku na nasze stowarzyszenie", "Posłuchaj artykułu w wersji audio" and "Porada tygodnia: jak
ustawić czytnik ekranu w telefonie"); pl-kolo-lowieckie-komunikat 4 left ("Darz bór!", "Sklep myśliwski
Knieja – amunicja i optyka -10%", "Opłać składkę członkowską do 31 marca" and "Ogłoszenie drobne:
sprzedam przyczepkę na zwierzynę"); ru-ansambl-gastroli 6 left ("г. Сосновоярск, Дом культуры «Заря»",
"Набор в младшую группу открыт!", "Поддержать ансамбль: пожертвование через СБП", "Смотрите видео
концерта в нашей группе", "Купить билеты на весенний отчётный концерт" and "Спонсор поездки —
транспортная компания «Ветрило»"); ru-tszh-ogorod-grafik 5 left ("Аварийная служба: 8 000 000-00-00",
"Показания счётчиков принимаются до 25 числа", "Размещено: 02.03.2026, правление ТСЖ", "Оплатите взносы
онлайн без комиссии" and "Реклама: натяжные потолки от 299 ₽/м²"). Article lines were lost only on
de-stadtarchiv-fund-des-monats. The failing cases are strict xfails.

Still held out after round 54 (development on set 55; measured once with ``python
scripts/clean_held_out_report.py --sets 56`` and ``pytest tests/test_clean_held_out_56.py`` on this set
rebased onto main after round 54 merged, 67aadbc, 2026-12-03): exactly as at baseline: noise lines removed 36/45
(the same nine lines missed), article lines kept 20/20, pages 0/12 clean, 54 of 240 page noise lines
left and 5 of 120 article lines lost (56 passed, 21 xfailed; no case passes that failed).

Round 55 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 56`` and ``pytest tests/test_clean_held_out_56.py`` at 2e179ee
(before) and the round's last commit on branch round55 (after): noise lines 36 -> 45/45 (marker 9 ->
13/13, reading-time 6/6, byline 7 -> 8/8, footer 7 -> 8/8, comments 6 -> 7/7, share 0 -> 1/1, notice 0 ->
1/1, other 1/1), pages 0 -> 0/12 clean, page noise lines left 54 -> 37 of 240, article lines lost 5 -> 0
of 120. The loss first, as a mechanism: a row under a subheading that names a thing of two words or more
and its year after a comma ("Brauvertrag mit Siegel, 1784") was a count row, so chrome, and broke the
subheading's block (the subheading, its rows and the paragraph under the page's print link went with the
tail); it is a row of the article's list now, like round 51's runs of years. As classes in six languages:
a template tag's ad slot with its name after a colon ("{{ ad_slot: leaderboard_top }}") is a marker; a
bare link to the source ("Link do źródła", "Ссылка на источник") and a feed copy's credit naming RSS alone
with a link to the original ("Via RSS übernommen – zum Originalartikel") are source links; a share label
with a bare "this" over its networks ("Share this: Email · Print · Reddit · Pocket · Tumblr") is a share
widget; the page's age with its out-of-date clause after "and" ("Heads up: this post is more than two
years old and some details may be out of date.") is a site notice; WordPress.com's create-a-site line
("Utwórz darmową stronę internetową lub bloga na WordPress.com.") is a blog footer; a closed comments or
discussion line ("Обсуждение закрыто.") goes with the comment form; a first-person workshop or course offer
with a call to write for a quote ("Organizzo laboratori ...: scrivimi per un preventivo.") is self-promotion (the set's byline
category). On the pages: an ad's or sponsor's label with the advertiser or a priced offer ("Publicité : Boulangerie
Ferrandou, partenaire du club", "Реклама: натяжные потолки от 299 ₽/м²", "Спонсор поездки — ...") is an
advertisement; the French back-to-top link ("Haut de page") is a blog footer; a play button naming what it
plays ("Guarda il video della stagione 2025", "Posłuchaj artykułu w wersji audio") is a video embed; a call to
support the body with the donation after a colon ("Поддержать ансамбль: пожертвование через СБП") and the
Polish 1.5% tax appeal are self-promotion, as are calls to pay the members' fee ("Оплатите взносы онлайн
без комиссии"); round 26's ticket button (event widget) takes the event after a preposition ("Купить
билеты на весенний отчётный концерт"); a web agency's credit ("Site
réalisé par Agence Colibrisse") is a blog footer. Pages: en-translators-collective-blog 3 -> 3,
en-climbing-gym-routes 3 -> 3, fr-festival-chorales-communique 13 -> 7 (banner, press contact, place and
date, HD photos, partners, ticket office, volunteers wanted), fr-petanque-concours 4 -> 3,
de-stadtarchiv-fund-des-monats 2 -> 2 left and 5 -> 0 lost, de-streuobstwiese-ernte 3 -> 3,
it-scuola-vela-apertura 4 -> 3, it-biblioteca-semi 4 -> 4, pl-stowarzyszenie-niewidomych 3 -> 1,
pl-kolo-lowieckie-komunikat 4 -> 3, ru-ansambl-gastroli 6 -> 2, ru-tszh-ogorod-grafik 5 -> 3 (the xfail
reasons list every line left). Keep lines 20 -> 20/20; pytest 56 passed, 21 xfailed -> 65 passed, 12 xfailed. The nine line xfails were removed and the twelve
page reasons reworded (all still xfail). Elsewhere: set 44's ru-sportklub-otchet-o-matche 2 -> 1 left (the
ticket link), set 49's fr-cci-lettre 4 -> 3 (the bank ad) and set 53's it-scuola-danza-news 2 -> 1 (the
video link) (reasons reworded, still xfail); every other set of 10 to 55 unchanged. An existing unit test
of a trailing label used WordPress.com's "Crea un sito o un blog su WordPress.com" and now uses another
label, since that line is a blog footer wherever it stands. SemEval find_noise diff: 0 of 3,723 files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_56_LINES = [
    # English
    ("head", "{{ ad_slot: leaderboard_top }}", "marker"),
    ("body", "<!-- /ad-unit inline-2 -->", "marker"),
    ("tail", "The post Ferry fares to rise in spring appeared first on Tidewater Ledger.", "marker"),
    ("head", "Posted 3 days ago · 4 min read", "reading-time"),
    ("tail", "VISIT MY WEBSITE → ellisbrantwood.example", "byline"),
    ("tail", "My new book “The Quiet Harbour” is out now — signed copies from my online shop.", "byline"),
    ("tail", "Ellis Brantwood is available for keynotes and panel talks. Booking enquiries: speaking@ellisbrantwood.example", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "You are commenting using your Facebook account. ( Log Out /  Change )", "footer"),
    ("tail", "Leave a Reply Cancel reply", "footer"),
    ("tail", "14 thoughts on “Why the ferry timetable keeps slipping”", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("body", "Share this: Email · Print · Reddit · Pocket · Tumblr", "share"),
    ("head", "Heads up: this post is more than two years old and some details may be out of date.", "notice"),
    ("tail", "Filed under: Harbour, Transport, Opinion | Tagged: ferries, timetables", "other"),
    # French
    ("tail", "L’article Les tarifs du bac augmentent au printemps est apparu en premier sur Le Courrier de Morlançon.", "marker"),
    ("body", "<!-- Emplacement publicitaire : milieu d'article -->", "marker"),
    ("head", "Publié il y a 2 heures · Lecture : 3 min", "reading-time"),
    ("tail", "Mon nouveau livre « Les Quais du soir » vient de paraître aux éditions du Galet — dédicaces le 14 mars.", "byline"),
    ("tail", "Thème : Sorbier par Atelier Fenouil · Propulsé par Hugo", "footer"),
    ("tail", "12 réflexions sur « Pourquoi le bac ne part plus à l'heure »", "comments"),
    # German
    ("tail", "Der Beitrag Fähre fährt ab März seltener erschien zuerst auf Hafenbote Kelmsried.", "marker"),
    ("tail", "Via RSS übernommen – zum Originalartikel", "marker"),
    ("head", "Veröffentlicht vor 5 Stunden | 3 Min. Lesezeit", "reading-time"),
    ("tail", "Unterstütze meine Arbeit auf Steady – schon ab 3 € im Monat.", "byline"),
    ("tail", "Bloggen auf WordPress.com.", "footer"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    # Italian
    ("tail", "L'articolo Il traghetto cambia orario da aprile proviene da Il Corriere di Valdoriana.", "marker"),
    ("tail", "Leggi l'articolo completo sul sito della fonte", "marker"),
    ("head", "Pubblicato 3 ore fa · 5 minuti di lettura", "reading-time"),
    ("tail", "Organizzo laboratori di scrittura per scuole e aziende: scrivimi per un preventivo.", "byline"),
    ("tail", "Blog su WordPress.com.", "footer"),
    ("tail", "8 pensieri su “Perché il traghetto è sempre in ritardo”", "comments"),
    # Polish
    ("tail", "Wpis Prom kursuje rzadziej od marca pojawił się po raz pierwszy w Gazeta Wrzosomierska.", "marker"),
    ("tail", "Link do źródła", "marker"),
    ("head", "Opublikowano 2 godziny temu • 4 min czytania", "reading-time"),
    ("tail", "Wesprzyj mnie na Patronite — dzięki Tobie ten blog jest wolny od reklam.", "byline"),
    ("tail", "Utwórz darmową stronę internetową lub bloga na WordPress.com.", "footer"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    # Russian
    ("tail", "Запись «Паром будет ходить реже» впервые появилась на «Вестник Рябинозёрска».", "marker"),
    ("tail", "Ссылка на источник", "marker"),
    ("head", "Опубликовано 3 часа назад · 4 мин на чтение", "reading-time"),
    ("tail", "Поддержите мою работу на Boosty — от 100 ₽ в месяц.", "byline"),
    ("tail", "Работает на Hugo · Тема «Рябина»", "footer"),
    ("tail", "Обсуждение закрыто.", "comments"),
]

HELD_OUT_56_KEEP = [
    # English
    ("body", "Posted guards at the ferry ramp turned back eleven cars on Sunday, the harbourmaster said."),
    ("body", "Blog posts by two councillors first raised the question of the missing winter timetable."),
    ("tail", "Visit numbers at the harbour museum fell by a third after the crossings were cut."),
    ("head", "Leave requests from ferry crews were refused for the whole of March, the union said."),
    ("body", "Heads of the three port unions met the transport minister on Tuesday afternoon."),
    ("tail", "Filed complaints about the crossing rose to 212 last year, according to the ombudsman."),
    ("body", "Theme parks along the coast reported their quietest Easter in a decade."),
    # French
    ("body", "Publié au Journal officiel vendredi, le décret entre en vigueur dès lundi."),
    ("body", "Thème central de la séance, la desserte des îles a occupé les élus pendant deux heures."),
    ("tail", "Mon voisin prend le bac tous les jours depuis trente ans, a raconté une habitante au conseil."),
    # German
    ("body", "Veröffentlicht wurden die Zahlen erst nach einer Anfrage der Opposition im Kreistag."),
    ("body", "Kommentare des Bürgermeisters zu den Mehrkosten blieben am Abend aus."),
    ("tail", "Unterstützung für den Ausbau des Anlegers kam überraschend von der Nachbargemeinde."),
    # Italian
    ("body", "Pubblicato il bando, le domande potranno essere presentate fino al 30 aprile."),
    ("body", "Leggi regionali più severe sulle concessioni portuali sono attese entro l'estate."),
    ("tail", "Blog e siti locali avevano segnalato il problema del molo già nel 2024."),
    # Polish
    ("body", "Opublikowano też wyniki kontroli, z których wynika, że prom był regularnie przeciążony."),
    ("tail", "Wesprzeć remont nabrzeża zdecydowała się również sąsiednia gmina."),
    # Russian
    ("body", "Опубликованный в пятницу отчёт показал, что паром опаздывал в каждом третьем рейсе."),
    ("tail", "Поддержать ремонт причала согласились и депутаты соседнего района."),
]


HELD_OUT_56_PAGES = dict([
    # a volunteer translators' collective's blog post on a flood guide
    ("en-translators-collective-blog", _page("en", "en-translators-collective-blog", [
        ["-Loomwright Translators' Collective",
         "-Home | Projects | Volunteer | Glossaries | Contact",
         "-You are here: Blog › Community",
         "-🌐 EN | FR | UK | AR",
         "-Search the blog…",
         "-Skip to content"],
        ["+Volunteers translate Ashwendle's flood guide into nine languages",
         "-March 2, 2026 · Community · 5 min",
         "-Posted by Noor Vasquel, project lead"],
        ["+Thirty-one volunteers spent six weekends turning the town's twelve-page flood guide into nine languages, from Tigrinya to Ukrainian."],
        ["+The council's emergency team had asked the collective in November, after last winter's floods showed that many newer residents never received the English leaflet."],
        ["-Glossary of the week: ‘evacuation point’ in 9 languages →",
         "-Join our Slack: 140 translators and counting"],
        ["+“People knew the sirens meant something, but not what to do next,” said Hamid Ostrel, who coordinated the Arabic and Dari versions."],
        ["+What the guide now covers",
         "+How to sign up for flood text alerts",
         "+Where the four evacuation points are and how to reach them",
         "+What to pack in a grab bag for a family of four"],
        ["-Proofreaders needed for Somali and Amharic — apply here",
         "-Sponsored: Lingvera CAT tools — 30% off for non-profits"],
        ["+Each version was checked by a second volunteer and then read aloud at a community centre to catch words that looked right on paper but confused listeners."],
        ["+The printed guides will be handed out at the library and at the churches and mosques of the lower town from next week, and the audio versions are already on the council's website."],
        ["-Tags: flooding, accessibility, volunteers",
         "-← Previous post: Our 2025 in numbers",
         "-Noor Vasquel coordinates community projects for the collective. Say hello on Mastodon.",
         "-Support our work: every €5 pays for one page of translation",
         "-Subscribe via RSS",
         "-Built with Hugo",
         "-Content licensed CC BY-SA 4.0",
         "-Back to top ↑"],
    ])),
    # a climbing gym's route-setting news on a shop-like site
    ("en-climbing-gym-routes", _page("en", "en-climbing-gym-routes", [
        ["-CRAGLOFT CLIMBING",
         "-Book a session   Memberships   Courses   Café   Shop",
         "-Open today 7:00–23:00 · Busy now: 🟢 quiet",
         "-Cart (0)",
         "-Get the Cragloft app on the App Store",
         "-News / Route setting"],
        ["+New circuit on the north wall: twenty-two problems reset for spring",
         "-Posted by the setting team · Feb 27, 2026",
         "-Setting notes #41"],
        ["+Our setters stripped the whole north wall on Monday and Tuesday and put up twenty-two new boulder problems, the biggest reset since the gym opened in Kestle Yard in 2019."],
        ["+The circuit leans toward slab and balance this time, after members asked in the winter survey for fewer steep power problems on the beginner grades."],
        ["-Members save 15% on chalk and tape this week",
         "-Next intro course: Saturday 10:00, 4 places left"],
        ["+“We wanted something where footwork matters more than finger strength,” head setter Ollie Brannagh said."],
        ["+The new circuit in brief",
         "+Yellow tags: 8 problems, V0–V1",
         "+Green tags: 9 problems, V2–V3",
         "+Red tags: 5 problems, V4 and above"],
        ["-Tag us @cragloftclimbing on Instagram",
         "-Rate this route set: ★★★★☆"],
        ["+The old holds are being washed and sorted in the basement and will go back up on the cave wall in April."],
        ["+The north wall will be closed again for two hours on March 9 so the setters can fine-tune problems that members report as too hard or too soft."],
        ["-Related: Youth squad results from the regional cup",
         "-Share: Facebook · WhatsApp · Copy link",
         "-Newsletter: route resets straight to your inbox",
         "-Cragloft Climbing Ltd · Kestle Yard · Unit 4",
         "-Privacy · Waiver · Careers",
         "-Website by Foothold Studio",
         "-© 2026 Cragloft Climbing",
         "-Chat with us"],
    ])),
    # a village choir festival's press release in a press area
    ("fr-festival-chorales-communique", _page("fr", "fr-festival-chorales-communique", [
        ["-Festival des Voix de Saint-Aubrézin",
         "-Accueil · Programme · Billetterie · Bénévoles · Presse",
         "-Espace presse › Communiqués",
         "-COMMUNIQUÉ DE PRESSE — Pour diffusion immédiate",
         "-Télécharger le communiqué (PDF, 240 Ko)",
         "-Contact presse : Mathilde Rouvelière, 06 00 00 00 00"],
        ["+Vingt-quatre chorales attendues au festival de Saint-Aubrézin en juin",
         "-Saint-Aubrézin, le 2 mars 2026",
         "-Photos HD disponibles sur demande"],
        ["+La onzième édition du festival réunira du 12 au 14 juin vingt-quatre chorales venues de toute la région et, pour la première fois, deux ensembles de Catalogne."],
        ["+Les concerts auront lieu dans l'église, sous la halle et, le samedi soir, dans la cour de l'ancienne école transformée en scène de plein air."],
        ["-Partenaires : Crédit Mutualiste du Val, Fromagerie Berthelin",
         "-Billetterie ouverte : pass 3 jours à 25 €"],
        ["+« Un village de 800 habitants qui accueille 600 choristes, c'est notre fierté et notre défi », explique la présidente de l'association, Odile Marchevaux."],
        ["+Les temps forts du week-end",
         "+Vendredi 12 juin, 20 h 30 : concert d'ouverture des chœurs d'enfants",
         "+Samedi 13 juin, 15 h : chant commun de toutes les chorales sous la halle",
         "+Dimanche 14 juin, 11 h : messe chantée et pique-nique partagé"],
        ["-Devenez bénévole : il nous manque 40 personnes pour l'accueil",
         "-Suivez-nous sur Facebook et Instagram"],
        ["+Les organisateurs cherchent encore des familles pour héberger une partie des choristes, qui arriveront dès le vendredi après-midi."],
        ["+Le festival reste gratuit pour les moins de douze ans, et une navette reliera la gare de Lavernois au village toutes les heures pendant les trois jours."],
        ["-À propos : l'association Voix de Saint-Aubrézin organise le festival depuis 2014.",
         "-Fichiers joints : affiche_2026.jpg, programme_2026.pdf",
         "-Mentions légales | Plan du site | Accessibilité",
         "-Site réalisé par Agence Colibrisse",
         "-Nous utilisons des cookies pour mesurer l'audience. Accepter / Refuser",
         "-Inscrivez-vous à la lettre du festival",
         "-© Voix de Saint-Aubrézin 2026",
         "-Haut de page"],
    ])),
    # a boules club's tournament report on a free club-site builder
    ("fr-petanque-concours", _page("fr", "fr-petanque-concours", [
        ["-Pétanque Club Lavaudrière",
         "-Créer un site gratuit avec ClubFacile",
         "-Accueil | Le club | Résultats | Concours | Galerie | Livre d'or",
         "-Connexion membres",
         "-Prochain concours : samedi 14 mars, vétérans",
         "-Météo du boulodrome : 14 °C, ensoleillé"],
        ["+La doublette du printemps revient aux frères Castagnol",
         "-Publié le 02/03/2026 par Le secrétaire",
         "-Vu 87 fois"],
        ["+Quarante-huit équipes se sont affrontées dimanche sur le boulodrome de la place des Platanes pour le premier concours de la saison, sous un soleil inattendu."],
        ["+En finale, Bastien et Loïc Castagnol ont battu 13 à 9 la doublette de Vernassol après avoir été menés 8 à 2 à la mi-partie."],
        ["-Publicité : Boulangerie Ferrandou, partenaire du club",
         "-Voir l'album photo du concours (62 photos)"],
        ["+« On n'a jamais pointé aussi bien, même mon frère a arrêté de tirer à côté », a plaisanté Loïc Castagnol à la remise des coupes."],
        ["+Classement du concours principal",
         "+1er : B. et L. Castagnol (Lavaudrière)",
         "+2e : J. Pradinel et M. Sauvat (Vernassol)",
         "+3e ex aequo : équipes Roubiac et Delsol"],
        ["-Licences 2026 : pensez à renouveler avant le 31 mars",
         "-Buvette tenue par les bénévoles, merci à eux !"],
        ["+Le complémentaire a été remporté par une équipe mixte du club, qui a gagné quatre parties de suite dans l'après-midi."],
        ["+Le prochain concours, réservé aux vétérans, aura lieu le 14 mars, et les inscriptions se font sur place à partir de 13 h 30."],
        ["-Commentaires (2)",
         "-Gégé84 a écrit : Bravo les frangins !!!",
         "-Ajouter un commentaire",
         "-Partager sur Facebook",
         "-Catégorie : Résultats 2026",
         "-Nombre de visites : 24 318",
         "-Site créé avec ClubFacile",
         "-Signaler un abus"],
    ])),
    # a town archive's find of the month on a municipal site
    ("de-stadtarchiv-fund-des-monats", _page("de", "de-stadtarchiv-fund-des-monats", [
        ["-Stadt Kelmsried",
         "-Bürgerservice | Rathaus | Kultur | Stadtarchiv | Wirtschaft",
         "-Sie sind hier: Startseite › Kultur › Stadtarchiv › Fund des Monats",
         "-Schriftgröße: A A A",
         "-Leichte Sprache | Gebärdensprache",
         "-Suche"],
        ["+Fund des Monats: Ein Brauvertrag von 1784 taucht im Rathauskeller auf",
         "-Archivale des Monats März 2026",
         "-Foto: Stadtarchiv Kelmsried"],
        ["+Beim Ausräumen eines Kellerraums im Rathaus haben Mitarbeiter des Bauhofs im Januar eine Blechkassette mit zwölf Urkunden aus dem 18. Jahrhundert gefunden."],
        ["+Das älteste Stück ist ein Vertrag von 1784, in dem der Rat dem Bierbrauer Matthias Ockenfuß das Recht verleiht, am Marktplatz auszuschenken."],
        ["-Öffnungszeiten Lesesaal: Di und Do 9–12 Uhr",
         "-Anmeldung zur Archivführung am 21. März"],
        ["+„Solche Zufallsfunde sind selten geworden, fast alles war längst verzeichnet“, sagt Archivleiterin Regine Halbwachs."],
        ["+Was in der Kassette lag",
         "+Brauvertrag mit Siegel, 1784",
         "+Zwei Kaufbriefe über Wiesen an der Bracke, 1791 und 1802",
         "+Eine Liste der Feuereimer aller Häuser, um 1810"],
        ["-Auch interessant: Fund des Monats Februar – Das Schützenbuch",
         "-Diese Seite drucken"],
        ["+Die Urkunden werden derzeit in einer Fachwerkstatt gereinigt und sollen ab Mai im Lesesaal einsehbar sein."],
        ["+Wer weitere alte Schriftstücke auf dem Dachboden oder im Keller findet, kann sie dem Archiv zur Begutachtung bringen."],
        ["-Kontakt: Stadtarchiv, Kirchgasse 3, Tel. 00000 00-000",
         "-War diese Seite hilfreich? Ja / Nein",
         "-Seite teilen: E-Mail · Facebook",
         "-Impressum | Datenschutz | Barrierefreiheit",
         "-Zuletzt aktualisiert: 02.03.2026",
         "-Ein Angebot der Stadt Kelmsried",
         "-Cookie-Einstellungen",
         "-Nach oben"],
    ])),
    # a community orchard association's harvest note on a site-builder club page
    ("de-streuobstwiese-ernte", _page("de", "de-streuobstwiese-ernte", [
        ["-Streuobstwiese Dornwettel e.V.",
         "-Startseite  Verein  Patenschaften  Termine  Saft kaufen  Kontakt",
         "-Mitglied werden",
         "-Spendenkonto: DE00 0000 0000 0000 0000 00",
         "-Blog",
         "-Newsletter abonnieren"],
        ["+Apfelernte 2025: 3,8 Tonnen von 140 alten Bäumen",
         "-Eingetragen am 1. März 2026 von Gerd Wallisch",
         "-Kategorie: Ernte"],
        ["+Unsere Helferinnen und Helfer haben im Herbst an sieben Samstagen 3,8 Tonnen Äpfel und Birnen von den Hochstämmen am Dornwettler Hang gelesen."],
        ["+Das ist knapp ein Drittel mehr als im Vorjahr, obwohl der späte Frost im April an manchen Sorten fast alle Blüten erwischt hatte."],
        ["-Baumpatenschaft verschenken – ab 35 € im Jahr",
         "-Unser Saft im Hofladen Brenneisen erhältlich"],
        ["+„Die alten Sorten stecken so einen Frost besser weg als jede Plantage“, sagt unser Baumwart Heiner Lochstätter."],
        ["+Die Ernte nach Sorten",
         "+Boskoop: 1,4 Tonnen",
         "+Rheinischer Bohnapfel: 1,1 Tonnen",
         "+Birnen, gemischt: 0,6 Tonnen"],
        ["-Termin: Schnittkurs am 14. März, 10 Uhr",
         "-Fotos der Ernte in unserer Galerie"],
        ["+Aus dem Obst hat die Mosterei 2.600 Liter Saft gepresst, der in Bag-in-Box-Packungen an Mitglieder und Paten ging."],
        ["+Im März schneiden wir wieder die jungen Bäume und setzen zwölf Jungbäume dort, wo im Sommer zwei alte Birnbäume umgestürzt sind."],
        ["-1 Kommentar",
         "-Anni K. schrieb am 01.03.2026: Toller Saft, danke an alle!",
         "-Kommentar schreiben",
         "-Teilen auf WhatsApp",
         "-Impressum | Datenschutz | Sitemap",
         "-Diese Website wurde mit WebBaukasten erstellt.",
         "-Abmelden | Bearbeiten",
         "-Nach oben scrollen"],
    ])),
    # a sailing school's season opening news
    ("it-scuola-vela-apertura", _page("it", "it-scuola-vela-apertura", [
        ["-Scuola Vela Punta Ginestrella",
         "-Home · Corsi · Noleggio · Regate · Chi siamo · Contatti",
         "-☎ 000 0000000 · WhatsApp",
         "-Prenota ora il tuo corso",
         "-News › Stagione 2026",
         "-Vento oggi: 12 nodi da libeccio"],
        ["+Si riparte il 4 aprile: la scuola vela apre la stagione con tre barche nuove",
         "-2 marzo 2026 · Redazione",
         "-Foto di Lorenzo Paglierani"],
        ["+La scuola di vela di Punta Ginestrella riapre sabato 4 aprile con i primi corsi per adulti e, da giugno, con i campi estivi per ragazzi dagli otto ai quattordici anni."],
        ["+Durante l'inverno il circolo ha acquistato tre derive nuove e ha rifatto il pontile galleggiante danneggiato dalla mareggiata di novembre."],
        ["-Sconto del 10% per chi si iscrive entro il 15 marzo",
         "-Guarda il video della stagione 2025"],
        ["+«Il pontile era praticamente da buttare, ma i soci hanno lavorato tutti i fine settimana», racconta l'istruttore capo Dario Ferlisi."],
        ["+I corsi della stagione",
         "+Corso base adulti: 5 uscite, da aprile a giugno",
         "+Corso ragazzi: settimane di giugno e luglio",
         "+Corso di perfezionamento: settembre, su richiesta"],
        ["-Noleggio gommoni e SUP: chiedi in segreteria",
         "-Seguici su Instagram @velaginestrella"],
        ["+Le iscrizioni si raccolgono in segreteria il sabato mattina, e ogni allievo deve presentare un certificato medico non agonistico."],
        ["+Per chi non ha mai navigato, il 28 marzo è prevista una giornata di prova gratuita con uscite di mezz'ora sul catamarano della scuola."],
        ["-Condividi: Facebook · WhatsApp · Telegram",
         "-Articoli correlati: Regata sociale di ottobre, i risultati",
         "-ASD Scuola Vela Punta Ginestrella · C.F. 00000000000",
         "-Privacy policy · Cookie policy",
         "-Questo sito utilizza cookie tecnici. OK",
         "-Realizzato da WebMarea",
         "-Iscriviti alla newsletter",
         "-Torna su"],
    ])),
    # a municipal library's seed-library update
    ("it-biblioteca-semi", _page("it", "it-biblioteca-semi", [
        ["-Biblioteca civica di Valbrusca",
         "-Catalogo online | Orari | Servizi | Eventi | Biblioteca dei semi",
         "-Accedi al tuo account",
         "-Cerca nel catalogo…",
         "-Sei in: Home / Biblioteca dei semi / Notizie",
         "-🔊 Ascolta questa pagina"],
        ["+Biblioteca dei semi: 410 bustine prestate, ne tornano due su tre",
         "-Pubblicato il 28 febbraio 2026",
         "-Area: Biblioteca dei semi"],
        ["+Nel primo anno la biblioteca dei semi ha prestato 410 bustine di ortaggi, fiori e legumi a 163 lettori, che si sono impegnati a restituire parte del raccolto."],
        ["+Finora sono tornate 274 bustine, e quasi tutte contengono più semi di quanti ne erano stati presi in prestito."],
        ["-Prenota un libro e ritiralo in 24 ore",
         "-Nuovi arrivi di febbraio: sfoglia la lista"],
        ["+«Il fagiolo di Valbrusca era sparito dagli orti, ora lo coltivano quaranta famiglie», spiega la bibliotecaria Ilaria Mendolesi."],
        ["+Cosa si può prendere in prestito",
         "+Ortaggi: pomodori, fagioli, zucche, lattughe",
         "+Aromatiche: basilico, prezzemolo, salvia",
         "+Fiori per gli impollinatori: calendula, facelia, fiordaliso"],
        ["-Scarica il modulo di adesione (PDF)",
         "-Evento: laboratorio di semina per bambini, 21 marzo"],
        ["+Per la nuova stagione la raccolta si apre il 15 marzo, e chi restituisce i semi riceve una tessera timbrata."],
        ["+I volontari cercano altri orticoltori disposti a moltiplicare le varietà più rare, di cui sono rimaste poche bustine."],
        ["-Questa pagina ti è stata utile? Sì · No",
         "-Condividi questa pagina",
         "-Comune di Valbrusca – Biblioteca civica, via Roma 12",
         "-Orari: lun–ven 9–19, sab 9–13",
         "-Amministrazione trasparente",
         "-Note legali · Privacy · Dichiarazione di accessibilità",
         "-Ultimo aggiornamento: 28/02/2026",
         "-Torna all'inizio"],
    ])),
    # a blind people's association's accessibility news on a high-contrast site
    ("pl-stowarzyszenie-niewidomych", _page("pl", "pl-stowarzyszenie-niewidomych", [
        ["-Stowarzyszenie Widzieć Inaczej – Wrzosomierz",
         "-Przejdź do treści | Przejdź do menu | Mapa strony",
         "-Wersja kontrastowa | Powiększ tekst | Pomniejsz tekst",
         "-Strona główna | O nas | Aktualności | Porady | Kontakt",
         "-Jesteś tutaj: Aktualności",
         "-Wyszukaj w serwisie"],
        ["+Sygnalizacja dźwiękowa na wszystkich przejściach w centrum Wrzosomierza",
         "-Data publikacji: 02.03.2026",
         "-Autor: Zespół redakcyjny"],
        ["+Od poniedziałku wszystkie jedenaście przejść dla pieszych z sygnalizacją w centrum miasta ma już sygnały dźwiękowe i przyciski z wypukłą strzałką."],
        ["+O montaż zabiegaliśmy od trzech lat, a ostatnie cztery przejścia przy dworcu autobusowym zostały wyposażone w lutym."],
        ["-Przekaż 1,5% podatku na nasze stowarzyszenie",
         "-Posłuchaj artykułu w wersji audio"],
        ["+„Wreszcie mogę sama przejść do przychodni bez proszenia sąsiadki o pomoc” – mówi pani Halina Żmudka, członkini stowarzyszenia."],
        ["+Co jeszcze się zmieniło",
         "+Ścieżki dotykowe na peronach dworca autobusowego",
         "+Tablice w alfabecie Braille'a przy wejściu do urzędu",
         "+Zapowiedzi głosowe w autobusach linii 2 i 5"],
        ["-Porada tygodnia: jak ustawić czytnik ekranu w telefonie",
         "-Zapisz się na kurs orientacji przestrzennej"],
        ["+Urząd miasta zapowiedział, że do końca roku podobne udogodnienia pojawią się przy szkołach na osiedlu Zielone Wzgórze."],
        ["+Stowarzyszenie prosi, by każdą niedziałającą sygnalizację zgłaszać do biura, które przekaże zgłoszenie zarządcy drogi."],
        ["-Wydrukuj | Wyślij e-mailem",
         "-Metryczka: wytworzył Zespół redakcyjny, opublikowano 02.03.2026",
         "-Stowarzyszenie Widzieć Inaczej, ul. Lipowa 7, tel. 00 000 00 00",
         "-KRS 0000000000",
         "-Deklaracja dostępności",
         "-Polityka prywatności | Cookies",
         "-Strona wykonana przez Kontrast Studio",
         "-Do góry"],
    ])),
    # a hunting association's board notice
    ("pl-kolo-lowieckie-komunikat", _page("pl", "pl-kolo-lowieckie-komunikat", [
        ["-Koło Łowieckie „Jenot” w Dębolesiu",
         "-Aktualności | Zarząd | Obwody | Kalendarz polowań | Galeria | Kontakt",
         "-Darz bór!",
         "-Zaloguj się do strefy członka",
         "-Komunikaty",
         "-Pogoda w obwodzie: -2°C, mgła"],
        ["+Polowanie zbiorowe 14 marca odwołane z powodu roztopów",
         "-Dodano: 2 marca 2026, 18:40",
         "-Komunikat zarządu"],
        ["+Zarząd koła informuje, że zaplanowane na 14 marca polowanie zbiorowe w obwodzie nr 112 zostaje odwołane z powodu podtopionych dróg leśnych."],
        ["+Leśniczy z Dębolesia poprosił o wstrzymanie wjazdów do lasu do czasu, aż drogi przeschną, bo ciężkie samochody niszczą rozmiękłe nawierzchnie."],
        ["-Sklep myśliwski Knieja – amunicja i optyka -10%",
         "-Zobacz galerię z polowania wigilijnego"],
        ["+„Nie będziemy ryzykować, że ktoś utknie w błocie z dala od drogi” – napisał w komunikacie łowczy koła Zbigniew Marcinkowiak."],
        ["+Co w zamian",
         "+Odstrzał sanitarny dzików prowadzony indywidualnie",
         "+Sprzątanie paśnika przy Kozim Brodzie – 21 marca",
         "+Walne zebranie bez zmian: 28 marca w remizie"],
        ["-Opłać składkę członkowską do 31 marca",
         "-Ogłoszenie drobne: sprzedam przyczepkę na zwierzynę"],
        ["+Nowy termin polowania zarząd poda po kwietniowym posiedzeniu, a zapisy przyjmuje jak zwykle podłowczy."],
        ["+Przypominamy też, że od 1 marca obowiązuje zakaz wjazdu na łąki przy rzece, na których w tym roku gniazdują czajki."],
        ["-Komentarze (0)",
         "-Aby dodać komentarz, musisz być zalogowany.",
         "-Udostępnij na Facebooku",
         "-Kategoria: Komunikaty zarządu",
         "-Koło Łowieckie „Jenot”, ul. Leśna 4, Dęboleś",
         "-Liczba odwiedzin: 41 207",
         "-Strona korzysta z plików cookie",
         "-Wróć do listy komunikatów"],
    ])),
    # a folk dance ensemble's tour report on a house of culture's site
    ("ru-ansambl-gastroli", _page("ru", "ru-ansambl-gastroli", [
        ["-Ансамбль народного танца «Вербица»",
         "-Главная | Коллектив | Репертуар | Гастроли | Набор | Контакты",
         "-г. Сосновоярск, Дом культуры «Заря»",
         "-Набор в младшую группу открыт!",
         "-Новости",
         "-Версия для слабовидящих"],
        ["+«Вербица» вернулась с гастролей: пять концертов за шесть дней",
         "-03.03.2026 | Просмотров: 212",
         "-Фото: Алина Перевёрткина"],
        ["+Ансамбль «Вербица» вернулся в Сосновоярск после шестидневных гастролей, во время которых дал пять концертов в трёх городах области."],
        ["+В поездке участвовали тридцать два танцора в возрасте от двенадцати до двадцати лет и пять музыкантов оркестра народных инструментов."],
        ["-Поддержать ансамбль: пожертвование через СБП",
         "-Смотрите видео концерта в нашей группе"],
        ["+«Зал в Ключегорске встал после “Кадрили”, я такого не помню лет десять», — рассказала художественный руководитель Людмила Ольшанская."],
        ["+Маршрут гастролей",
         "+1–2 марта: Ключегорск, два концерта",
         "+3 марта: Кедрогорье, концерт в школе искусств",
         "+4–5 марта: Рябинозёрск, концерт и мастер-класс"],
        ["-Купить билеты на весенний отчётный концерт",
         "-Спонсор поездки — транспортная компания «Ветрило»"],
        ["+Поездку оплатили из гранта областного фонда культуры и из средств родителей, которые также ехали с детьми в качестве сопровождающих."],
        ["+Следующие гастроли запланированы на осень, а весной ансамбль покажет новую программу на отчётном концерте в Доме культуры."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (1)",
         "-Марина: Молодцы, ребята! Гордимся!",
         "-Оставить комментарий",
         "-© МБУК «Дом культуры «Заря», 2026",
         "-Политика обработки персональных данных",
         "-Сайт работает на платформе «КультураКонструктор»",
         "-Наверх"],
    ])),
    # a homeowners' association's rota announcement for the courtyard garden
    ("ru-tszh-ogorod-grafik", _page("ru", "ru-tszh-ogorod-grafik", [
        ["-ТСЖ «Рябиновая, 14»",
         "-Личный кабинет жильца | Передать показания | Оплатить",
         "-Объявления | Документы | Правление | Контакты",
         "-Главная → Объявления",
         "-Аварийная служба: 8 000 000-00-00",
         "-Показания счётчиков принимаются до 25 числа"],
        ["+График полива во дворовом огороде на март и апрель",
         "-Размещено: 02.03.2026, правление ТСЖ",
         "-Объявление"],
        ["+Правление ТСЖ утвердило график дежурств в огороде во дворе дома на весну: каждая квартира дежурит одну неделю, поливая рассаду в теплице и проверяя замок калитки."],
        ["+В этом году в огороде будут работать двадцать шесть семей, на четыре больше, чем в прошлом, поэтому грядки поделили заново."],
        ["-Оплатите взносы онлайн без комиссии",
         "-Реклама: натяжные потолки от 299 ₽/м²"],
        ["+«Главное — не забывать закрывать теплицу на ночь, в прошлом апреле мы за одну ночь потеряли все огурцы», — напоминает староста огорода Валентина Кулибанова."],
        ["+Кто дежурит в марте",
         "+2–8 марта: квартиры 3 и 17",
         "+9–15 марта: квартиры 22 и 41",
         "+16–22 марта: квартиры 5 и 38"],
        ["-Чат дома в WhatsApp: вступить",
         "-Вакансия: требуется дворник, график 5/2"],
        ["+Ключ от теплицы дежурные получают у консьержа и возвращают в воскресенье вечером вместе с записью в журнале полива."],
        ["+Если неделя не подходит, можно поменяться с соседями, но об обмене нужно сообщить старосте не позже чем за три дня."],
        ["-Просмотров: 96",
         "-Распечатать объявление",
         "-Обсудить в чате дома",
         "-ТСЖ «Рябиновая, 14», г. Рябинозёрск",
         "-ИНН 0000000000",
         "-Политика конфиденциальности",
         "-Разработка сайта: ДомОнлайн",
         "-Наверх ↑"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-translators-collective-blog':
        "the translators' collective's blog post's glossary-of-the-week link and join-our-Slack line, and its proofreaders-wanted line, between the paragraphs are left (3 of 20 noise lines)",
    'en-climbing-gym-routes':
        "the climbing gym's route news's chalk-and-tape discount line, intro-course places line and tag-us-on-Instagram line between the paragraphs are left (3 of 20 noise lines)",
    'fr-festival-chorales-communique':
        "the choir festival's press release keeps its press-release banner and press contact above the title, its place-and-date line and HD-photos line under it, and its partners and ticket-office lines between the paragraphs (6 of 20 noise lines; the about-the-association, attachments, legal-links, web-agency, festival-letter and top-of-page lines at the foot go since round 55, the volunteers-wanted line since round 58)",
    'fr-petanque-concours':
        "the boules club's tournament report's boulodrome weather line above the title, and its licence-renewal reminder and refreshment-bar thanks between the paragraphs are left (3 of 20 noise lines; the bakery sponsor ad goes since round 55)",
    'de-stadtarchiv-fund-des-monats':
        "the town archive's find-of-the-month page keeps its reading-room opening hours and archive-tour sign-up between the paragraphs (2 of 20 noise lines; its subheading, three rows and the paragraph after them are kept since round 55)",
    'de-streuobstwiese-ernte':
        "the community orchard's harvest note's gift-a-tree-sponsorship line and farm-shop juice line, and its pruning-course date line, between the paragraphs are left (3 of 20 noise lines)",
    'it-scuola-vela-apertura':
        "the sailing school's season opening's wind-today line above the title, and its early-booking discount and dinghy-and-SUP hire lines between the paragraphs are left (3 of 20 noise lines; the season-video link goes since round 55)",
    'it-biblioteca-semi':
        "the library's seed-library update's section label under the title ('Area: Biblioteca dei semi'), and its book-reservation, new-arrivals and children's sowing-workshop lines between the paragraphs are left (4 of 20 noise lines)",
    'pl-stowarzyszenie-niewidomych':
        "the blind association's accessibility news's tip-of-the-week link between the paragraphs is left (1 of 20 noise lines; the 1.5%-tax appeal and audio-version link go since round 55)",
    'pl-kolo-lowieckie-komunikat':
        "the hunting association's notice's greeting 'Darz bór!' above the title, and its hunting-shop discount ad and small ad between the paragraphs are left (3 of 20 noise lines; the membership-fee reminder goes since round 55)",
    'ru-ansambl-gastroli':
        "the folk dance ensemble's tour report keeps its town-and-house-of-culture line and recruitment line above the title (2 of 20 noise lines; the donation, concert-video, ticket and trip-sponsor lines go since round 55)",
    'ru-tszh-ogorod-grafik':
        "the homeowners' association's garden rota keeps its emergency-service phone line and meter-readings reminder above the title and its posted-by line under it (3 of 20 noise lines; the pay-fees-online line and stretch-ceilings ad go since round 55)",
}


test_held_out_56_line, test_held_out_56_line_is_kept, test_held_out_56_page = held_out_tests(
    HELD_OUT_56_LINES, HELD_OUT_56_KEEP, HELD_OUT_56_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
