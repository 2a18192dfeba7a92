"""Held-out set 79: written blind, weighted toward the noise the cleaner exists for, in shapes set 78's docstring does
not name: scraper, embed and ad markers (the Hearst-newspaper-style English ad break "Article continues below this ad",
the scraped English Flourish embed label "A Flourish chart", an English Instagram embed attribution "A post shared by
Cawdlesham Allotment Society (@cawdleshamplots)", the Prisma-style French "La suite après cette publicité", the
Spiegel-style German embed heading "Empfohlener redaktioneller Inhalt", the Hearst-Italia-style Italian "Pubblicità -
Continua a leggere di seguito", the Polish sponsored label "Materiał partnera" and a Russian ad break "Статья
продолжится после рекламы"); reading-time headers in new wordings (the Yoast-style English "Estimated reading time: 6
minutes", the Read-Meter-style English "Reading Time: 4 minutes", Le Monde's French "Lecture 3 min.", the German
"Lesedauer: ca. 3 Minuten", the Italian "3 minuti di lettura", the Polish "Czas czytania: ok. 3 minuty" and the Russian
"Время чтения: 4 мин."); bylines and self-promotion (an English Local Democracy Reporting Service byline "By Hester
Pryke, Local Democracy Reporting Service", a Reuters-style English credit "Reporting by Aidan Kerrow; Editing by Mona
Stallard", an English Ko-fi plug "Enjoyed this post? You can buy me a coffee on Ko-fi ☕", a French Tipeee plug "Si vous
aimez ce blog, vous pouvez me soutenir sur Tipeee. Merci !", the German agency credit "Mit Material von dpa und AFP",
the Italian contributors' credit "Hanno collaborato Marta Zenoni e Filippo Ardenghi", the Polish compiled-by credit
"Oprac. Jakub Wierzbicki, źródło: PAP" and a Russian Boosty plug "Поддержать автора можно на Boosty — ссылка в
профиле."); blog and site footers (an English company-registration row "Registered in England and Wales No. 00000000.
Registered office: 4 Tanyard Row, Cawdlesham.", the Hugo theme credit "Built with Hugo · Theme Stack designed by Jimmy",
a UK corporate row "Accessibility statement · Modern slavery statement · Cookie settings · Contact us", a French legal
row with the RGAA accessibility status "Mentions légales · Plan du site · Accessibilité : partiellement conforme ·
Données personnelles", the German imprint line "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jonas Pfeilmaier",
an Italian VAT-number row "P.IVA 00000000000 – Tutti i diritti riservati", WordPress.com's Polish footer "Blog na
WordPress.com." and a Russian media-registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000 выдано
Роскомнадзором"); reader-comment furniture (WordPress's Akismet note "This site uses Akismet to reduce spam. Learn how
your comment data is processed.", wpDiscuz's sort row "Oldest Newest Most Voted", WordPress's scraped reply-form heading
"Leave a Reply Cancel reply", WordPress's French login note "Vous devez être connecté pour publier un commentaire.", a
German log-in-to-comment prompt "Zum Kommentieren bitte anmelden oder registrieren.", an Italian be-the-first prompt
"Sii il primo a commentare questo articolo!", WordPress's Polish reply-form heading "Dodaj komentarz Anuluj pisanie
odpowiedzi" and a Russian load-more button "Показать ещё комментарии"); share rows (a Jetpack-style English Bluesky and
Threads row with its "(Opens in new window)" labels, a German WhatsApp, Xing, LinkedIn and copy-link row and a Polish
Facebook, Messenger, X, Wykop and e-mail row); and notices (Le Monde's French paywall remainder "Il vous reste 68.34% de
cet article à lire. La suite est réservée aux abonnés.", the Italian Amazon Associates disclosure "In qualità di
Affiliato Amazon ricevo un guadagno dagli acquisti idonei." and the Russian typo-report line "Нашли опечатку? Выделите
текст и нажмите Ctrl+Enter"); and toward whole scraped news, opinion and hobby-blog pages in layouts sets 58 to 78 did
not use, as far as the brief and set 78's docstring list them (a regional portal's story on a village hall halving its
heating bills with a heat pump, with a comment, a knitting blog's post on a Christmas postbox topper, with a comment, a
regional portal's story on a shared composter at the foot of a housing estate's blocks, with a comment, a weekly's
column against the closing of the station ticket office, with a comment, a regional portal's story on the last game on a
village inn's skittle alley, with a comment, a woodworking blog's post on a bird feeder built from offcuts, with a
comment, a regional portal's story on a heated shelter for the cemetery's cat colony, with a comment, a weekly's column
on a village left without a cash machine when the bank branch closed, with a comment, a regional portal's story on a
village's first parcel locker, with a comment, a baking blog's post on gingerbread from dough aged since November, with
a comment, a regional portal's story on a new village medical post (feldsher-midwife station), with a comment, and a
paper's editor's column against filling in the town pond, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 78), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files. Read were: the docstring of held-out set 78 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s79scratch/read78.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
78's, taken by a script (/tmp/s79scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 78 -> 79, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s79,
detached at commit b46211d8ab558dad97021cbb275af3ea50c83369, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 78's file was only printed through
the ast script above, run once with its output sent to a scratch file (/tmp/s79scratch/read78.out) that I paged through
with ``sed`` (lines 1 to 140, then 140 to 321); the docstring cut held (the printed docstring ended with set 78's
Baseline paragraph). That allowed text itself names set 78's own scratch paths and frozen commit
(b2c7b985b0947e659c1a1def612f10182a19efe8); I saw these only as docstring text. The build script, which read set 78's
file to take its tail, printed nothing but the tail it wrote. At my first step ``git status --short | head`` in
/work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git worktree add``, its output
sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To check that the
frozen worktree existed I ran ``ls /tmp/wt-s79/tests | grep -c held_out``, which piped the file names of its tests/
folder (not their contents) through ``grep`` and printed only a count (70); strictly this is a grep over the folder's
listing, so I report it here; no file's content was searched. I also ran ``ls`` on the path of this file in the set79
worktree to see that it did not yet exist. Nothing under the worktrees was opened but what the brief allows and this
file. The branch set79 was made from the same commit; there this file (with the xfail tables filled) gives only passed
and xfailed tests (60 passed, 17 xfailed), which is a check of the tables, not a second measurement. (3) To print the
helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on
the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read.
``FIXTURES`` printed as {'de': 'de_haushalt.txt', 'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt'}; the fixture
files themselves were not opened. The stand-in noisy_corpus module was written by a second small script
(/tmp/s79scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text
of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4) The lists were written as data
in scratch files (/tmp/s79scratch/data79.py and pages79.py) and turned into this file's source, wrapped at 120 columns,
by a script (/tmp/s79scratch/gen.py and assemble.py); a count before any check found the Italian column one article line
short (nine), and a third closing paragraph (the petition line) was added. Before the measurement the lists were
executed from a scratch folder (/tmp/s79scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category and by language
(from the ``# English`` ... comments), the keep lines by language and the pages by language, printed each page's block
sizes and checked that no page noise line repeats on its page, is a substring of an article line of its page or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_79_LINES``, case-sensitively and, as a stricter check,
case-insensitively. Its first run found one overlap, the knitting blog's reply link "Reply" inside the held-out "Leave a
Reply Cancel reply", which became "Log in to Reply", and four case-insensitive ones, the French compost story's ad label
"Publicité" (in "La suite après cette publicité"), the Italian cat story's "PUBBLICITÀ" (in the held-out Italian ad
break) and the two Polish pages' "Odpowiedz" (in "odpowiedzi"), which became "Espace partenaire", "Annuncio
pubblicitario", "Odpisz" and "Odpowiedz na komentarz". Its second run found nothing. No list changed after that check.
(5) At the measurement this docstring was a placeholder; it was written afterwards, with the xfail tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems
were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s79scratch/problems.py) that ran it
on every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons.
(6) Invented names were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Cawdlesham (and so
the Cawdlesham Chronicle and the handle @cawdleshamplots, also checked on its own), Tanyard Row, Stitches at Number
Nine, Vaudrenac (and so Vaudrenac Actu), Montbrivet (and so Le Réveil de Montbrivet), Kesslinghausen and Kesslinghauser
(and so the Kesslinghauser Anzeiger), Restholz & Leim, Borgofratta (and so BorgofrattaOggi), Montegrisolo (and so Il
Corriere di Montegrisolo), Kruczyce (and so kruczyce24.pl and Kruczyce Małe), Pierniczkowy Zeszyt, Клюквенск (and so
Клюквенские вести), Малая Клюквенка and Верхнепрудск (and so Верхнепрудский курьер; I also checked "Прудовский курьер",
not used) had no hits. Dropped or not used after their checks: Pellbury (a fictional town in two files, "Pellbury
Junction railway station" and "the fictional town of Pellbury"), Żurawiniec (a real nature reserve in Poznań, a housing
project and a village), Brindlecombe and Hollinsby (in several lists of coined place names), Wrzosowice (a real place in
an address row), Ollerbridge (found only inside "ControllerBridge") and Tolzenbach (found only inside "Stolzenbach").
Not checked, generic or invented at sight: Mill End, Orchard Road, the résidence des Tilleuls, the Gasthaus „Zum
Hirschen“, the Pudelkönige skittles club, piazza della Vittoria, ulica Polna, улица Центральная, Садовая улица and
Ленина; these are common enough that real streets, inns and places carry them. The people's names (Hester Pryke, Aidan
Kerrow, Mona Stallard, Jonas Pfeilmaier, Marta Zenoni, Filippo Ardenghi, Jakub Wierzbicki, Nadia Coultas, Graham
Pettifer, OldFarmerJack, Maggie, Brenda W., Mathilde Roucayrol, Josiane Carrère, Gégé du bâtiment A, Hervé Lassalle,
Pierrot63, Sabine Drechsler, Ingrid Wallner, Kegelbruder_Heinz, Tobi, Gartenmaus, Chiara Bellomini, Loredana Pizzolato,
Rosanna58, Anselmo Tornaghi, Giulia_B, Marta Goździk, Bożena Karaś, ~gość_z_Polnej, Ola, Kasia z Kuchni, Елена
Сороковикова, Надежда Аксёнова, Татьяна Н., Виктор Зеленцов, Сергей П.) are invented, though ordinary names real people
may bear; none is meant as a real person. The company and media registration numbers, the VAT number and the court
registration numbers are zero-filled, and the e-mail addresses use the reserved .example domain. (7) Some lines name
real things, as real pages do: Hearst's newspaper and Italian ad-break wordings, Flourish, Instagram, Yoast's and Read
Meter's reading-time wordings as I remember them, the Local Democracy Reporting Service, Reuters' credit form, Ko-fi,
Companies House registration wording, Hugo and the Stack theme by Jimmy, UK modern slavery statements, Akismet,
wpDiscuz, WordPress and WordPress.com, Jetpack's share buttons, Bluesky and Threads, Prisma Media's and Le Monde's
wordings as I remember them, Tipeee, the French RGAA accessibility status, Der Spiegel's embed heading as I remember it,
dpa, AFP, § 18 Abs. 2 of the German Medienstaatsvertrag, WhatsApp, Xing, LinkedIn, the Italian partita IVA, the Amazon
Associates programme, PAP, Facebook, Messenger, X, Wykop, Boosty, Roskomnadzor and its ЭЛ № ФС 77 registration form, and
the Ctrl+Enter typo-report widget; on the pages Pinterest, Telegram, VKontakte, Clermont, Poste Italiane (as "le
Poste"), the parcel locker (paczkomat), Twelfth Night, Saint François-Xavier given for 3 December, the name days of
Franciszek and Ksawery given for 3 December (from memory), the feldsher-midwife station (ФАП), a municipal unitary
enterprise (МУП) and the 12+ and 16+ age marks. (8) Set 78's docstring names its own shapes and the earlier sets' page
layouts only, so some lines may repeat shapes of sets before 78 that I could not check; in particular "Article continues
below this ad", "Reading Time: 4 minutes", "Estimated reading time", Akismet's note, "Leave a Reply Cancel reply", "Blog
na WordPress.com." and the Amazon Associates disclosure are common enough that an earlier set or a development list may
hold them. Close to shapes set 78 named: the English, Italian and Russian ad breaks are ad breaks like its Canadian,
French, German and Italian ones, and the Flourish and Instagram lines embed lines like its YouTube fallback and Getty
label; the reading-time rows are reading-time headers in other words than its rows (Le Monde's "Lecture 3 min." is near
its "Durée de lecture : 4 min"); the Local Democracy Reporting Service byline, the Reuters, dpa, PAP and Italian
contributor credits are credit rows like its wire contributor line and its interview and staff credits, and the Ko-fi,
Tipeee and Boosty plugs self-promotion like its Substack and Patronite plugs; the registration, theme-credit, corporate,
French legal, imprint, VAT, WordPress.com and media-registration rows are legal and platform footers like its licence,
theme-credit, no-liability and data-controller rows; the comment lines are comment-form and comment-widget furniture
near its e-mail-not-published note and Cackle label; the share rows are share rows on other platforms; the paywall
remainder, the affiliate disclosure and the typo-report line are notices of other kinds than its correction, republished
and older-than-a-year notes. Page chrome repeats kinds of line set 78's docstring names among its noise (photo captions,
ad labels, read-also, related and previous-post links, newsletter, WhatsApp and social prompts, name-day lines, listen
buttons, letters addresses, opinion disclaimers, affiliate notes, age marks), as real pages carry them. (9) My first
step's clock reading was 2026-12-04 14:45:20 UTC; the measurement ran at 14:51:31 UTC. (10) After committing, ``git
rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Comments from residents", "Posted notices on the footbridge",
"Advertising for the vacant caretaker's post", "Shares in the village hall company", "Read together", "Follow the
footpath", "Photo identification", "Abonnés depuis trente ans", "Partager la salle des fêtes", "Lire l'enquête
publique", "Kommentarlos nahm der Gemeinderat", "Folgen hat die Sperrung", "Geschrieben wurde die Chronik", "Condividere
il cortile", "Pubblicato nel 1954", "Commenti a parte", "Reklamy na płocie", "Zdjęcie z 1936 roku", "Подписаться под
обращением" and "Источник у старой мельницы" are article sentences. The ad breaks, the Flourish and Instagram embed
lines, the German embed heading and the Polish sponsored label are counted as markers; the reading-time rows as
reading-time lines; the bylines, credits and the Ko-fi, Tipeee and Boosty plugs as bylines; the registration,
theme-credit, corporate, legal, imprint, VAT, WordPress.com and media-registration rows as footers; the Akismet note,
the sort row, the reply-form headings, the login notes, the be-the-first prompt and the load-more button as comments;
the share rows as share; the paywall remainder, the affiliate disclosure and the typo-report line as notices. On every
page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs
are article (10 lines a page: four rows and two last paragraphs, or three rows and three last paragraphs; the blog
posts' closing lines about the next project or post and the columns' closing calls are their last paragraphs and counted
as article) and everything else is noise (20 lines a page: six lines above the title, two under it, two between the
first paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot);
in particular site names and taglines, menus, search boxes, sign-in and subscription lines, dates, weather,
breaking-news and name-day lines, breadcrumbs, section, column and category names, bylines, author lines, publication
lines, comment counts, listen buttons, ad disclosures, photo captions, ad labels and ads, affiliate notes, read-also,
related, most-read, same-author, more-columns and previous-post links, newsletter, WhatsApp, Telegram, Pinterest and
tip-off prompts, share lines, tags, comment headings, commenter rows, comment dates and texts, reply, log-in-to-reply,
report and print lines, opinion disclaimers, letters addresses, registration, publisher, copyright, legal and privacy
lines and age marks are noise. The rows: en-portal-cawdlesham-heatpump "How the switch was paid for" (three rows),
en-blog-stitches-postbox "What I used" (four rows), fr-portail-vaudrenac-compost "Ce qu'on peut déposer" (three rows),
fr-chronique-guichet "Trois choses simples" (three rows), de-portal-kesslinghausen-kegelbahn "Was aus den Clubs wird"
(four rows), de-blog-restholz-futterhaus "So bin ich vorgegangen" (three rows), it-portale-borgofratta-gatti "Come
aiutare la colonia" (three rows), it-rubrica-bancomat "Cosa si potrebbe fare" (three rows), pl-portal-kruczyce-paczkomat
"Co warto wiedzieć" (four rows), pl-blog-pierniczki "Co dodałam do ciasta" (three rows), ru-portal-klyukvensk-fap "Что
есть в новом пункте" (three rows) and ru-kolonka-prud "Что мы предлагаем вместо этого" (three rows); all of them are
article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 9, body 6, tail
30), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 8, tail 6), 12 pages with 240 noise lines
(20 a page) and 120 article lines (10 a page): en-portal-cawdlesham-heatpump (a regional news portal's story on a
village hall whose heating bills halved after its oil boiler was replaced by an air-source heat pump, with a comment),
en-blog-stitches-postbox (a knitting blog's post on a Christmas topper knitted for the street's postbox, with a
comment), fr-portail-vaudrenac-compost (a regional news portal's story on a shared composter set up at the foot of a
housing estate's blocks by the tenants' association, with a comment), fr-chronique-guichet (a weekly's opinion column
against the closing of the town's station ticket office, with a comment), de-portal-kesslinghausen-kegelbahn (a regional
news portal's story on the last game on a village inn's skittle alley after 61 years, with a comment),
de-blog-restholz-futterhaus (a woodworking blog's post on a bird feeder built from roof battens and shelf offcuts, with
a comment), it-portale-borgofratta-gatti (a regional news portal's story on a heated shelter for the cat colony by the
cemetery, with a comment), it-rubrica-bancomat (a weekly's opinion column on a village left without a cash machine when
the bank branch closed, with a comment), pl-portal-kruczyce-paczkomat (a regional news portal's story on a village's
first parcel locker, with a comment), pl-blog-pierniczki (a baking blog's post on gingerbread from dough aged since
November, with a comment), ru-portal-klyukvensk-fap (a regional news portal's story on a new feldsher-midwife station in
a village, with a comment) and ru-kolonka-prud (a paper's editor's column against filling in the town pond for a car
park, with a comment); every page holds a title, a subheading with list rows, a quote in the article and noise above the
title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit b46211d8ab558dad97021cbb275af3ea50c83369, measured with ``cd /tmp/wt-s79 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s79/src python -m pytest -q tests/test_clean_held_out_79.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s79 && PYTHONPATH=/tmp/wt-s79/src python
scripts/clean_held_out_report.py --sets 79`` (noise lines removed 39/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 21 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 5/8, reading-time 7/7,
byline 7/8, footer 7/8, comments 7/8, share 3/3, notice 3/3; missed, all kept as paragraphs: the English "A Flourish
chart" and the Italian "Pubblicità - Continua a leggere di seguito" put in the body; and the English "A post shared by
Cawdlesham Allotment Society (@cawdleshamplots)", the German "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jonas
Pfeilmaier", the Italian "Hanno collaborato Marta Zenoni e Filippo Ardenghi" and the Italian "Sii il primo a commentare
questo articolo!" put at the foot); keep lines kept 20/20; pages 1/12 clean (pl-portal-kruczyce-paczkomat), 21 of 240
page noise lines left and 0 of 120 article lines lost: en-portal-cawdlesham-heatpump 1 left ("The heat pump unit behind
the hall, screened by a new fence. Picture: Cawdlesham Hall Committee"); en-blog-stitches-postbox 1 left ("The topper on
the postbox, with the robin sitting slightly crooked."); fr-portail-vaudrenac-compost 2 left ("Les trois bacs ont été
construits par les jeunes du chantier d'insertion. © Vaudrenac Actu" and "Espace partenaire"); fr-chronique-guichet 1
left ("Du même auteur : Le marché du samedi mérite mieux qu'un parking"); de-portal-kesslinghausen-kegelbahn 2 left
("Eilmeldung: Vollsperrung der Ortsdurchfahrt ab Montag" and "Jetzt den Newsletter für Kesslinghausen abonnieren");
de-blog-restholz-futterhaus 3 left ("Das fertige Futterhaus, noch ohne Futter, auf dem Werkstatttisch", "Falls du den
Beitrag über mein Kellerregal verpasst hast: hier entlang" and "Werbung: Meine Lieblingsschraubzwingen findest du im
Werkzeug-Shop meines Vertrauens*"); it-portale-borgofratta-gatti 2 left ("La casetta installata dai volontari accanto al
muro del cimitero" and "Annuncio pubblicitario"); it-rubrica-bancomat 4 left ("La filiale chiusa di piazza della
Vittoria", "Spazio promozionale", "Le altre rubriche: Il campanile non suona più a mezzogiorno" and "Hai un'opinione?
Scrivi a lettere@corrieremontegrisolo.example"); pl-blog-pierniczki 2 left ("Ciasto po trzech tygodniach, gotowe do
wałkowania" and "Spodobał Ci się przepis? Zapisz go na Pintereście!"); ru-portal-klyukvensk-fap 1 left ("Новое здание
ФАПа на улице Центральной. Фото: администрация района"); ru-kolonka-prud 2 left ("Другие колонки редактора: Зачем городу
второй светофор на Ленина" and "Пишите нам: letters@verkhneprudsk-kurier.example"). Of the left page lines one stands
above the title (the skittle-alley story's breaking-news line, the fifth of its six head lines); none under the title;
twelve between the first paragraph and the paragraph with the quote (the photo captions of eight pages, all but the
ticket-office column's, the skittle-alley story's, the parcel-locker story's and the pond column's, and the composter
story's, the cat story's and the cash-machine column's ad labels and the woodworking blog's missed-post link; on those
four pages both lines here go (three captions with an ad label, and the pond column's caption with its opinion
disclaimer), and so do the heat-pump story's ad label, the knitting blog's affiliate note, the gingerbread blog's
see-also link and the medical-post story's ad label); eight between the list rows and the last paragraphs (the
ticket-office column's same-author link, whose opinion disclaimer goes, the skittle-alley story's newsletter prompt,
whose more-on-the-topic link goes, the woodworking blog's ad, whose affiliate note goes, the cash-machine column's
more-columns link and letters prompt, the gingerbread blog's Pinterest prompt, whose ad label goes, and the pond
column's more-columns link and letters address); and none at the foot (every tag, share, comment heading, commenter row,
comment date, comment text, reply, report, copyright, registration and legal line at the foot goes, on blogs, portals
and columns alike). No article line is lost. The failing cases are strict xfails.

Still held out after round 71 (development on sets 77 and 78; measured once with ``scripts/clean_held_out_report.py
--sets 79``): noise lines removed 39/45 and keep lines 20/20 (unchanged), pages clean 1 -> 4/12, page noise lines left
21 -> 15 of 240, article lines lost 0 of 120. Five photo captions go (round 71's captions with a credit in any case,
"Picture: Cawdlesham Hall Committee", "© Vaudrenac Actu", "Фото: администрация района", and its bare captions opening
the block of a slot the rules take: the knitting and baking blogs' captions), and the town-pond column's letters
address; the xfail entries of the three pages now clean are removed and those of three others reworded.

Round 72 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 79`` and ``pytest tests/test_clean_held_out_79.py`` at d81ebc7 (before) and the
round's last commit on branch round72 (after): noise lines removed 39/45 -> 45/45 (marker 5/8 -> 8/8, reading-time 7/7,
byline 7/8 -> 8/8, footer 7/8 -> 8/8, comments 7/8 -> 8/8, share 3/3, notice 3/3), keep lines 20/20 -> 20/20, pages
clean 4/12 -> 11/12, page noise lines left 15 -> 1 of 240, article lines lost 0 -> 0 of 120; pytest 63 passed, 14
xfailed -> 76 passed, 1 xfailed. No losses to fix. Classes added (each in six languages with near misses, collected and
checked on every line of sets 10-80; tests/test_clean.py test_round_72_*): a chart service's embed label ("A Flourish
chart") and a network post's attribution with its handle in brackets ("A post shared by ... (@...)"); one legal role and
its holder ("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: ..."); an ad label with the article's continuation
("Pubblicità - Continua a leggere di seguito"); the credit of those who helped write the piece ("Hanno collaborato ... e
..."); the call to be the first to comment standing alone ("Sii il primo a commentare questo articolo!"); the label over
a partner's piece or slot ("Espace partenaire", "Annuncio pubblicitario", "Spazio promozionale"); a link to the writer's
other columns or pieces with one title ("Du même auteur : ...", "Le altre rubriche: ...", "Другие колонки редактора:
..."); a call to write ending on the address ("Hai un'opinione? Scrivi a ..."); a blog's call to save or pin the post
("Spodobał Ci się przepis? Zapisz go na Pintereście!"); a newsletter named by its town ("Jetzt den Newsletter für ...
abonnieren"); an ad label with the affiliate asterisk ("Werbung: ...*"); a blog's link to a post the reader may have
missed ("Falls du den Beitrag über ... verpasst hast: hier entlang"). The cat-colony, cash-machine and bird-feeder
captions go with their neighbours. Left: the skittle-alley story's breaking-news line above the title ("Eilmeldung:
Vollsperrung der Ortsdurchfahrt ab Montag"). Elsewhere: sets 70, 77, 78 and 80 changed (see their round 72 notes);
SemEval diff 0 of 3,723 files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_79_LINES = [
    # English
    ('body', 'Article continues below this ad', 'marker'),
    ('body', 'A Flourish chart', 'marker'),
    ('tail', 'A post shared by Cawdlesham Allotment Society (@cawdleshamplots)', 'marker'),
    ('head', 'Estimated reading time: 6 minutes', 'reading-time'),
    ('head', 'Reading Time: 4 minutes', 'reading-time'),
    ('head', 'By Hester Pryke, Local Democracy Reporting Service', 'byline'),
    ('tail', 'Reporting by Aidan Kerrow; Editing by Mona Stallard', 'byline'),
    ('tail', 'Enjoyed this post? You can buy me a coffee on Ko-fi ☕', 'byline'),
    ('tail', 'Registered in England and Wales No. 00000000. Registered office: 4 Tanyard Row, Cawdlesham.', 'footer'),
    ('tail', 'Built with Hugo · Theme Stack designed by Jimmy', 'footer'),
    ('tail', 'Accessibility statement · Modern slavery statement · Cookie settings · Contact us', 'footer'),
    ('tail', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'comments'),
    ('tail', 'Oldest Newest Most Voted', 'comments'),
    ('tail', 'Leave a Reply Cancel reply', 'comments'),
    ('tail', 'Click to share on Bluesky (Opens in new window) Bluesky Click to share on Threads (Opens in new window) '
             'Threads', 'share'),
    # French
    ('body', 'La suite après cette publicité', 'marker'),
    ('head', 'Lecture 3 min.', 'reading-time'),
    ('tail', 'Si vous aimez ce blog, vous pouvez me soutenir sur Tipeee. Merci !', 'byline'),
    ('tail', 'Mentions légales · Plan du site · Accessibilité : partiellement conforme · Données personnelles',
     'footer'),
    ('tail', 'Vous devez être connecté pour publier un commentaire.', 'comments'),
    ('tail', 'Il vous reste 68.34% de cet article à lire. La suite est réservée aux abonnés.', 'notice'),
    # German
    ('body', 'Empfohlener redaktioneller Inhalt', 'marker'),
    ('head', 'Lesedauer: ca. 3 Minuten', 'reading-time'),
    ('tail', 'Mit Material von dpa und AFP', 'byline'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jonas Pfeilmaier', 'footer'),
    ('tail', 'Zum Kommentieren bitte anmelden oder registrieren.', 'comments'),
    ('tail', 'Teilen: WhatsApp · Xing · LinkedIn · Link kopieren', 'share'),
    # Italian
    ('body', 'Pubblicità - Continua a leggere di seguito', 'marker'),
    ('head', '3 minuti di lettura', 'reading-time'),
    ('tail', 'Hanno collaborato Marta Zenoni e Filippo Ardenghi', 'byline'),
    ('tail', 'P.IVA 00000000000 – Tutti i diritti riservati', 'footer'),
    ('tail', 'Sii il primo a commentare questo articolo!', 'comments'),
    ('tail', 'In qualità di Affiliato Amazon ricevo un guadagno dagli acquisti idonei.', 'notice'),
    # Polish
    ('head', 'Materiał partnera', 'marker'),
    ('head', 'Czas czytania: ok. 3 minuty', 'reading-time'),
    ('tail', 'Oprac. Jakub Wierzbicki, źródło: PAP', 'byline'),
    ('tail', 'Blog na WordPress.com.', 'footer'),
    ('tail', 'Dodaj komentarz Anuluj pisanie odpowiedzi', 'comments'),
    ('tail', 'Udostępnij: Facebook · Messenger · X · Wykop · E-mail', 'share'),
    # Russian
    ('body', 'Статья продолжится после рекламы', 'marker'),
    ('head', 'Время чтения: 4 мин.', 'reading-time'),
    ('tail', 'Поддержать автора можно на Boosty — ссылка в профиле.', 'byline'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000 выдано Роскомнадзором', 'footer'),
    ('tail', 'Показать ещё комментарии', 'comments'),
    ('tail', 'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter', 'notice'),
]

HELD_OUT_79_KEEP = [
    # English
    ('head', "Comments from residents at the drop-in session were mostly about parking, the council's summary says."),
    ('body', 'Posted notices on the footbridge warned walkers for a month before the closure, but few people read '
             'them.'),
    ('body', "Advertising for the vacant caretaker's post ran for six weeks without a single applicant."),
    ('tail', 'Shares in the village hall company were first sold in 1921, at five shillings each.'),
    ('head', 'Read together, the two surveys suggest the pool will need a new roof within a decade.'),
    ('body', 'Follow the footpath past the church, the inspector wrote, and the problem is obvious at once.'),
    ('tail', 'Photo identification will be needed at the polling station for the first time in a parish vote.'),
    # French
    ('head', 'Abonnés depuis trente ans au bulletin municipal, les Marchand ont découvert le projet dans leur boîte '
             'aux lettres.'),
    ('body', "Partager la salle des fêtes entre le club de danse et le comité des fêtes n'a jamais été simple."),
    ('tail', "Lire l'enquête publique prend une soirée entière, reconnaît le commissaire enquêteur."),
    # German
    ('head', 'Kommentarlos nahm der Gemeinderat den Bericht des Kämmerers zur Kenntnis.'),
    ('body', 'Folgen hat die Sperrung vor allem für die Pendler aus dem Nachbarort.'),
    ('tail', 'Geschrieben wurde die Chronik des Vereins von einem pensionierten Lehrer.'),
    # Italian
    ('head', 'Condividere il cortile con la scuola materna è stata una scelta obbligata, spiega il parroco.'),
    ('body', 'Pubblicato nel 1954, il regolamento del mercato non era mai stato aggiornato.'),
    ('tail', 'Commenti a parte, la giunta ha approvato il bilancio in dieci minuti.'),
    # Polish
    ('body', 'Reklamy na płocie przy boisku zniknęły po interwencji rady osiedla.'),
    ('tail', 'Zdjęcie z 1936 roku pokazuje ten sam dom jeszcze z drewnianym gankiem.'),
    # Russian
    ('head', 'Подписаться под обращением к губернатору успели больше трёхсот жителей.'),
    ('body', 'Источник у старой мельницы проверили ещё летом, но результатов анализа воды так и нет.'),
]

HELD_OUT_79_PAGES = {
    'en-portal-cawdlesham-heatpump': _page('en', 'en-portal-cawdlesham-heatpump', [
        [
            '-Cawdlesham Chronicle',
            "-News Sport What's On Property Jobs Announcements",
            '-Sign in | Subscribe from £1 a week',
            '-Thursday 3 December 2026 · 4°C light rain',
            '-Breaking: A-road closed at Tanyard roundabout after lorry sheds load',
            '-Home > News > Villages',
        ],
        [
            '+Village hall heating bills halved after switch to heat pump',
        ],
        [
            '-By Nadia Coultas, Villages reporter',
            '-Published 3 December 2026, 6:00am | Updated 9:41am',
        ],
        [
            '+Heating bills at Cawdlesham village hall have fallen by more than half since volunteers replaced its '
            'forty-year-old oil boiler with an air-source heat pump in the spring, the hall committee says.',
        ],
        [
            '-The heat pump unit behind the hall, screened by a new fence. Picture: Cawdlesham Hall Committee',
            '-Advertisement',
        ],
        [
            '+Committee treasurer Graham Pettifer said the hall paid £3,100 for oil last winter and expects to pay '
            'about £1,400 for electricity this year. "We were spending more on heating than we took in from the '
            'Tuesday lunch club," he said. "Now the hall is warm before the first bookings arrive."',
        ],
        [
            '+How the switch was paid for',
            "+A grant of £18,000 from the district council's community energy fund",
            '+£4,500 raised by a quiz night, a sponsored walk and the Christmas raffle',
            '+Loft insulation fitted free by volunteers from the parish working party',
        ],
        [
            '-Got a story? Email newsdesk@cawdleshamchronicle.example or message us on WhatsApp',
            '-Most read: Fire crews called to chimney fire in Mill End',
        ],
        [
            '+The committee says the hall will use the savings to cut its hire charge for youth groups from January.',
            '+Two other village halls in the district have asked to visit before applying to the same fund.',
            "+The hall's open day, when residents can see the system working, is on Saturday 12 December from 10am.",
        ],
        [
            '-Tags: Village halls, Energy, Cawdlesham',
            '-Share this article',
            '-Related: Parish council agrees to fit solar panels on sports pavilion',
            '-Comments (3)',
            '-OldFarmerJack · 2 days ago',
            "-Good on them. Our hall is still freezing in February and the committee says there's no money.",
            '-Report · Reply',
            '-© 2026 Cawdlesham Chronicle. All rights reserved.',
        ],
    ]),
    'en-blog-stitches-postbox': _page('en', 'en-blog-stitches-postbox', [
        [
            '-Stitches at Number Nine',
            '-Knitting, crochet and too much tea',
            '-Home About Patterns Shop Contact',
            '-Search this blog',
            '-« Previous post: Blocking a lace shawl on the spare bed',
            '-December 2, 2026 by Maggie',
        ],
        [
            '+The postbox topper is finished, and the whole street has seen it',
        ],
        [
            '-Filed under: Knitting, Community',
            '-12 comments',
        ],
        [
            '+After three weeks of evenings I finally tied the last pompom on the Christmas topper for the postbox at '
            'the end of Orchard Road, and by the next morning the neighbours had already taken about a hundred photos '
            'of it.',
        ],
        [
            '-The topper on the postbox, with the robin sitting slightly crooked.',
            '-This post contains affiliate links. If you buy through them I may earn a small commission at no cost to '
            'you.',
        ],
        [
            '+I asked the postwoman first, just in case. "As long as the slot stays clear, knit whatever you like," '
            'she told me, and then asked whether I could make one for the box outside the surgery as well.',
        ],
        [
            '+What I used',
            '+Three balls of red double knit and one of white for the snow',
            '+Scraps of green and brown for the holly and the robin',
            '+A circle of plastic canvas so the top keeps its shape in the rain',
            '+Cable ties rather than glue, so nothing touches the paint',
        ],
        [
            '-Pin it for later!',
            '-You might also like: My first attempt at fair isle mittens',
        ],
        [
            '+The topper will stay up until Twelfth Night, when I will take it down, wash it and pack it away for '
            'next year.',
            '+If you knit one for your own postbox, please ask first and keep the slot clear, because the post still '
            'has to go in.',
        ],
        [
            '-Share this: Facebook Pinterest Email',
            '-Like Loading...',
            '-12 thoughts on “The postbox topper is finished, and the whole street has seen it”',
            '-Brenda W. says:',
            '-December 2, 2026 at 7:14 pm',
            '-That robin is wonderful. Ours in the village has had a snowman on it for two years now.',
            '-Log in to Reply',
            '-© 2026 Stitches at Number Nine · All patterns are for personal use only',
        ],
    ]),
    'fr-portail-vaudrenac-compost': _page('fr', 'fr-portail-vaudrenac-compost', [
        [
            '-Vaudrenac Actu',
            "-L'info de Vaudrenac et de son canton",
            '-Accueil Actualités Sports Agenda Annonces Nécrologie',
            '-Se connecter',
            '-Jeudi 3 décembre 2026 – Saint François-Xavier',
            '-Actualités › Vaudrenac › Environnement',
        ],
        [
            '+Un composteur collectif installé au pied des immeubles des Tilleuls',
        ],
        [
            '-Par Mathilde Roucayrol',
            '-Publié le 03/12/2026 à 07h30, mis à jour à 10h05',
        ],
        [
            '+Depuis le début du mois de novembre, les habitants de la résidence des Tilleuls peuvent déposer leurs '
            "épluchures dans trois grands bacs en bois installés entre les bâtiments B et C, à l'initiative de "
            "l'association de locataires.",
        ],
        [
            "-Les trois bacs ont été construits par les jeunes du chantier d'insertion. © Vaudrenac Actu",
            '-Espace partenaire',
        ],
        [
            '+Quarante-deux foyers se sont déjà inscrits. « Au début, les gens avaient peur des odeurs et des rats, '
            "mais il n'y a ni l'un ni l'autre quand on mélange bien », explique Josiane Carrère, référente de site et "
            'locataire depuis vingt ans.',
        ],
        [
            "+Ce qu'on peut déposer",
            '+Épluchures de fruits et de légumes, marc de café et sachets de thé',
            "+Coquilles d'œufs écrasées et restes de pain",
            '+Feuilles mortes et petits branchages du jardin partagé',
        ],
        [
            "-À lire aussi : Déchetterie : les nouveaux horaires d'hiver",
            "-Recevez chaque matin l'essentiel de l'actu locale dans votre boîte mail",
        ],
        [
            '+Le premier compost mûr devrait être distribué au printemps aux habitants qui jardinent sur leur balcon.',
            "+Le bailleur envisage d'équiper deux autres résidences si l'essai reste concluant jusqu'à l'été.",
            '+Une permanence a lieu chaque samedi matin, de 10 heures à midi, près des bacs.',
        ],
        [
            '-Mots-clés : Vaudrenac, compostage, logement social',
            '-Partager sur Facebook',
            '-Partager sur WhatsApp',
            '-Réactions (2)',
            '-Gégé du bâtiment A',
            '-Très bonne idée, mais il faudrait un bac de plus, le premier est déjà plein.',
            '-Signaler',
            '-© Vaudrenac Actu 2026 – Tous droits réservés',
        ],
    ]),
    'fr-chronique-guichet': _page('fr', 'fr-chronique-guichet', [
        [
            '-Le Réveil de Montbrivet',
            "-Hebdomadaire d'information locale depuis 1946",
            "-Actualité | Sport | Culture | Opinions | Avis d'obsèques",
            "-Je m'abonne",
            '-Opinions › Chroniques',
            '-Édition du vendredi 4 décembre 2026',
        ],
        [
            '+Rendez-nous le guichet de la gare',
        ],
        [
            "-La chronique d'Hervé Lassalle",
            '-Écouter cet article',
        ],
        [
            '+Depuis le 1er décembre, le guichet de la gare de Montbrivet est fermé, et il ne reste plus, dans le '
            "hall, qu'un automate qui refuse une carte bancaire sur deux et ne connaît pas les tarifs réduits.",
        ],
        [
            '-Le hall de la gare, lundi matin. Photo Le Réveil',
            '-Annonce',
        ],
        [
            "+Lundi, j'y ai vu une dame de quatre-vingts ans renoncer à son train pour Clermont. « Je ne vais pas "
            "apprendre l'informatique pour aller voir ma sœur », m'a-t-elle dit avant de repartir à pied vers le "
            'centre.',
        ],
        [
            '+Trois choses simples',
            '+Un guichet ouvert au moins le matin, les jours de marché',
            '+Un agent dans le hall aux heures des trains scolaires',
            '+Des billets vendus au bureau de tabac, comme à la gare voisine',
        ],
        [
            "-Du même auteur : Le marché du samedi mérite mieux qu'un parking",
            "-Les opinions exprimées dans cette chronique n'engagent que leur auteur.",
        ],
        [
            '+La région répond que les ventes au guichet ont baissé de moitié en dix ans.',
            "+C'est vrai, mais une gare n'est pas un magasin, et ceux qui achetaient encore leur billet au guichet "
            "sont justement ceux qui n'ont pas d'autre moyen de le faire.",
            "+Le conseil municipal doit voter un vœu sur le sujet le 14 décembre ; j'y serai, et j'espère ne pas y "
            'être seul.',
        ],
        [
            '-Courrier des lecteurs : redaction@lereveil-montbrivet.example',
            '-Commentaires',
            '-Pierrot63',
            '-Le 4 décembre à 9h12',
            "-Même chose à la gare de mon village : il ne reste que l'abri et un horaire délavé.",
            '-Répondre',
            '-Nos newsletters',
            '-© Le Réveil de Montbrivet – Mentions légales',
        ],
    ]),
    'de-portal-kesslinghausen-kegelbahn': _page('de', 'de-portal-kesslinghausen-kegelbahn', [
        [
            '-Kesslinghauser Anzeiger',
            '-Lokales Sport Vereine Veranstaltungen Trauer',
            '-Anmelden | Abo',
            '-Donnerstag, 3. Dezember 2026',
            '-Eilmeldung: Vollsperrung der Ortsdurchfahrt ab Montag',
            '-Startseite / Lokales / Kesslinghausen',
        ],
        [
            '+Nach 61 Jahren: Letzte Kugel auf der Kegelbahn im „Hirschen“',
        ],
        [
            '-Von Sabine Drechsler',
            '-03.12.2026, 08:15 Uhr',
        ],
        [
            '+Am Samstagabend rollt im Gasthaus „Zum Hirschen“ die letzte Kugel: Die Wirtsleute geben die Kegelbahn '
            'im Keller auf, weil die Technik nicht mehr zu reparieren ist und sich kein Ersatzteil mehr findet.',
        ],
        [
            '-Die Kegelbahn im Keller des Gasthauses stammt aus dem Jahr 1965. Foto: Sabine Drechsler',
            '-Anzeige',
        ],
        [
            '+Sieben Kegelclubs haben hier bis zuletzt jede Woche gespielt. „Wir haben hier mehr Abende verbracht als '
            'zu Hause“, sagt Ingrid Wallner, die seit 1979 bei den „Pudelkönigen“ kegelt.',
        ],
        [
            '+Was aus den Clubs wird',
            '+Die „Pudelkönige“ wechseln zur Bahn im Sportheim des Nachbarorts',
            '+Zwei Clubs wollen künftig gemeinsam einmal im Monat spielen',
            '+Der älteste Club löst sich nach 58 Jahren auf',
            '+Die übrigen suchen noch eine Bahn in der Nähe',
        ],
        [
            '-Mehr zum Thema: Dorfgasthäuser im Landkreis – wer macht noch auf?',
            '-Jetzt den Newsletter für Kesslinghausen abonnieren',
        ],
        [
            '+Im Keller soll nach dem Umbau ein Raum für Familienfeiern entstehen.',
            '+Zum Abschied sind am Samstag ab 18 Uhr alle eingeladen, noch einmal eine Kugel zu schieben.',
        ],
        [
            '-Schlagworte: Gastronomie, Vereine, Kesslinghausen',
            '-Artikel drucken',
            '-Leserkommentare',
            '-Kegelbruder_Heinz',
            '-vor 3 Stunden',
            '-Schade, wir haben da 1988 unsere Vereinsmeisterschaft gefeiert. Alles Gute den Wirtsleuten!',
            '-Antworten',
            '-© Kesslinghauser Anzeiger 2026',
        ],
    ]),
    'de-blog-restholz-futterhaus': _page('de', 'de-blog-restholz-futterhaus', [
        [
            '-Restholz & Leim',
            '-Ein Werkstattblog aus dem Keller',
            '-Start | Projekte | Werkzeug | Über mich',
            '-Suche …',
            '-Kategorie: Projekte',
            '-2. Dezember 2026 · 3 Kommentare',
        ],
        [
            '+Ein Futterhaus aus Dachlatten und Resten vom Regalbau',
        ],
        [
            '-Geschrieben von Tobi',
            '-Enthält Werbung (Markennennung, unbezahlt)',
        ],
        [
            '+Eigentlich wollte ich die Reste vom Kellerregal längst verfeuern, aber meine Nachbarin hat gefragt, ob '
            'ich ihr bis zum ersten Frost ein Vogelfutterhaus bauen kann, und so ist am Wochenende dieses kleine Haus '
            'entstanden.',
        ],
        [
            '-Das fertige Futterhaus, noch ohne Futter, auf dem Werkstatttisch',
            '-Falls du den Beitrag über mein Kellerregal verpasst hast: hier entlang',
        ],
        [
            '+Als Vorbild diente ein Futtersilo aus dem Vogelschutzbuch meines Opas. „Das Futter muss trocken '
            'bleiben, sonst werden die Vögel krank“, hat die Nachbarin gesagt, also hat das Dach einen ordentlichen '
            'Überstand bekommen.',
        ],
        [
            '+So bin ich vorgegangen',
            '+Boden und Seitenteile aus einer alten Dachlatte zugeschnitten',
            '+Das Dach aus zwei Regalbrettern mit Leinöl gestrichen',
            '+Eine Plexiglasscheibe als Silo, damit das Futter nachrutscht',
        ],
        [
            '-Werbung: Meine Lieblingsschraubzwingen findest du im Werkzeug-Shop meines Vertrauens*',
            '-*Affiliate-Link: Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
        ],
        [
            '+Seit Montag hängt das Haus am Apfelbaum der Nachbarin, und die ersten Kohlmeisen waren schon am '
            'Dienstag da.',
            '+Gekostet hat mich das Ganze nur ein paar Schrauben und einen Nachmittag.',
            '+Als Nächstes baue ich aus den restlichen Latten einen Nistkasten für das Frühjahr.',
        ],
        [
            '-Teile diesen Beitrag',
            '-3 Antworten auf „Ein Futterhaus aus Dachlatten und Resten vom Regalbau“',
            '-Gartenmaus',
            '-2. Dezember 2026 um 19:22',
            '-Tolle Idee mit der Plexiglasscheibe! Wie hast du die befestigt?',
            '-Antworten',
            '-Impressum · Datenschutzerklärung',
            '-Stolz präsentiert von WordPress',
        ],
    ]),
    'it-portale-borgofratta-gatti': _page('it', 'it-portale-borgofratta-gatti', [
        [
            '-BorgofrattaOggi',
            '-Il quotidiano online di Borgofratta e dintorni',
            '-Cronaca Politica Sport Eventi Lettere',
            '-Accedi',
            '-giovedì 3 dicembre 2026 | Aggiornato alle 08:40',
            '-Home » Cronaca » Borgofratta',
        ],
        [
            '+Una casetta riscaldata per i gatti della colonia del cimitero',
        ],
        [
            '-di Chiara Bellomini',
            '-3 Dicembre 2026',
        ],
        [
            '+I quattordici gatti della colonia felina che vive da anni accanto al cimitero di Borgofratta passeranno '
            "l'inverno al caldo: il Comune ha autorizzato i volontari a installare una casetta in legno coibentata, "
            'con un piccolo pannello riscaldante.',
        ],
        [
            '-La casetta installata dai volontari accanto al muro del cimitero',
            '-Annuncio pubblicitario',
        ],
        [
            '+A prendersene cura è un gruppo di sei volontarie. «Li sterilizziamo, li curiamo e diamo loro da '
            'mangiare due volte al giorno, anche a Natale», racconta la referente Loredana Pizzolato.',
        ],
        [
            '+Come aiutare la colonia',
            '+Donare crocchette e scatolette nel contenitore davanti alla farmacia comunale',
            '+Segnalare ai volontari i gatti feriti o malati',
            '+Non lasciare cibo sfuso sul marciapiede',
        ],
        [
            '-Leggi anche: Randagismo, in provincia crescono le adozioni',
            '-Iscriviti al nostro canale WhatsApp per le ultime notizie',
        ],
        [
            '+La casetta è stata costruita gratuitamente da un falegname del paese, che ha chiesto di non essere '
            'nominato.',
            '+Il pannello è alimentato dalla presa del custode del cimitero, e la spesa per la corrente, pochi euro '
            'al mese, è a carico delle volontarie.',
            '+Per contattare il gruppo si può lasciare un biglietto alla farmacia comunale.',
        ],
        [
            '-Tag: Borgofratta, animali, volontariato',
            '-Condividi su Facebook',
            '-Condividi su X',
            '-Commenti',
            '-Rosanna58',
            '-Brave! Anche da noi una colonia così ha salvato tanti gatti.',
            '-Rispondi',
            '-© 2026 BorgofrattaOggi – Testata registrata presso il Tribunale, n. 0/2019',
        ],
    ]),
    'it-rubrica-bancomat': _page('it', 'it-rubrica-bancomat', [
        [
            '-Il Corriere di Montegrisolo',
            '-Settimanale di informazione dal 1961',
            '-Prima pagina | Cronaca | Opinioni | Sport | Necrologi',
            '-Abbonati',
            '-Opinioni',
            '-venerdì 4 dicembre 2026',
        ],
        [
            '+Un paese senza bancomat',
        ],
        [
            '-La rubrica di Anselmo Tornaghi',
            "-Ascolta l'articolo",
        ],
        [
            "+Dal 30 novembre la filiale della banca in piazza è chiusa, e con lei se n'è andato l'unico sportello "
            'automatico nel raggio di dodici chilometri.',
        ],
        [
            '-La filiale chiusa di piazza della Vittoria',
            '-Spazio promozionale',
        ],
        [
            '+Ho passato una mattina davanti alla vetrina vuota. «Per ritirare la pensione in contanti devo chiedere '
            'un passaggio a mio genero», mi ha detto un signore che non ha mai voluto una carta di credito e non '
            'comincerà adesso.',
        ],
        [
            '+Cosa si potrebbe fare',
            "+Chiedere alle Poste un ATM nell'ufficio postale, che resta aperto tre mattine a settimana",
            '+Permettere ai negozi di dare contanti a chi paga con la carta',
            '+Organizzare una navetta al mercoledì per la filiale più vicina',
        ],
        [
            '-Le altre rubriche: Il campanile non suona più a mezzogiorno',
            "-Hai un'opinione? Scrivi a lettere@corrieremontegrisolo.example",
        ],
        [
            '+La banca dice che in quella filiale entravano dieci clienti al giorno.',
            '+Forse è vero, ma erano dieci clienti che non hanno altro modo di pagare la legna, il medico e il caffè '
            'al bar, e un paese non si misura a clienti.',
            '+Chi vuole firmare la petizione per uno sportello in paese la trova al bar della piazza fino a Natale.',
        ],
        [
            '-Condividi',
            '-Commenti (4)',
            '-Giulia_B',
            '-4 dicembre 2026 alle 10:05',
            '-Anche nel mio paese è successo due anni fa. Adesso il tabaccaio fa da bancomat per tutti.',
            '-Segnala',
            '-Informativa sulla privacy',
            '-Il Corriere di Montegrisolo – Reg. Trib. n. 0/1961',
        ],
    ]),
    'pl-portal-kruczyce-paczkomat': _page('pl', 'pl-portal-kruczyce-paczkomat', [
        [
            '-kruczyce24.pl',
            '-Wiadomości Sport Kultura Ogłoszenia Nekrologi',
            '-Zaloguj się',
            '-Czwartek, 3 grudnia 2026. Imieniny: Franciszka, Ksawerego',
            '-Pogoda: -2°C, zachmurzenie',
            '-Strona główna › Wiadomości › Gmina',
        ],
        [
            '+Pierwszy paczkomat w Kruczycach stanął przy sklepie',
        ],
        [
            '-Autor: Marta Goździk',
            '-03.12.2026 07:50',
        ],
        [
            '+Mieszkańcy Kruczyc nie muszą już jeździć po paczki do miasta: w poniedziałek przy sklepie spożywczym na '
            'rogu ulicy Polnej stanął pierwszy we wsi automat paczkowy.',
        ],
        [
            '-Paczkomat przy sklepie na ulicy Polnej. Fot. kruczyce24.pl',
            '-REKLAMA',
        ],
        [
            '+O paczkomat sołectwo zabiegało od dwóch lat. – Przed świętami każdy zamawia prezenty przez internet, a '
            'do najbliższego automatu było jedenaście kilometrów – mówi sołtyska Bożena Karaś.',
        ],
        [
            '+Co warto wiedzieć',
            '+Automat działa przez całą dobę, także w niedziele',
            '+Ma 84 skrytki, w tym 12 dużych',
            '+Można w nim też nadawać paczki',
            '+Prąd dostarcza właściciel sklepu',
        ],
        [
            '-Przeczytaj także: Gmina wyremontuje drogę do Kruczyc Małych',
            '-Masz temat? Napisz do nas: redakcja@kruczyce24.example',
        ],
        [
            '+Sołectwo chce teraz przekonać operatora, żeby postawił drugi automat przy szkole.',
            '+W pierwszym tygodniu mieszkańcy odebrali z paczkomatu ponad trzysta przesyłek.',
        ],
        [
            '-Tagi: Kruczyce, paczkomat, gmina',
            '-Udostępnij na Facebooku',
            '-Komentarze (5)',
            '-~gość_z_Polnej',
            '-Wreszcie! Tylko niech ktoś odśnieża przed nim chodnik.',
            '-Odpisz',
            '-Zgłoś naruszenie',
            '-Copyright © 2026 kruczyce24.pl. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    'pl-blog-pierniczki': _page('pl', 'pl-blog-pierniczki', [
        [
            '-Pierniczkowy Zeszyt',
            '-Blog o pieczeniu, lukrowaniu i świętach',
            '-Strona główna O mnie Przepisy Kontakt',
            '-Szukaj',
            '-Kategoria: Boże Narodzenie',
            '-2 grudnia 2026 · 7 komentarzy',
        ],
        [
            '+Pierniczki z ciasta, które leżakowało od listopada',
        ],
        [
            '-Wpis zawiera linki afiliacyjne',
            '-Autorka: Ola',
        ],
        [
            '+W tym roku wreszcie zrobiłam to, co babcia robiła zawsze: ciasto na pierniczki zagniotłam już 11 '
            'listopada i przez trzy tygodnie trzymałam je w kamionkowym garnku w chłodnej spiżarni.',
        ],
        [
            '-Ciasto po trzech tygodniach, gotowe do wałkowania',
            '-Zobacz też: Lukier królewski bez miksera',
        ],
        [
            '+Różnicę czuć od razu. – Takie ciasto samo się wałkuje i pierniczki nie twardnieją – mówiła babcia, i '
            'miała rację, bo po upieczeniu są miękkie już po dwóch dniach w puszce.',
        ],
        [
            '+Co dodałam do ciasta',
            '+Pół litra miodu wielokwiatowego, zagotowanego z masłem',
            '+Dwie łyżki domowej przyprawy do piernika',
            '+Mąkę żytnią zmieszaną pół na pół z pszenną',
        ],
        [
            '-Spodobał Ci się przepis? Zapisz go na Pintereście!',
            '-Reklama',
        ],
        [
            '+Wyszło mi około dwustu pierniczków, z czego połowa pojedzie do rodziny w paczkach.',
            '+Resztę lukrujemy z dziećmi w najbliższą sobotę, a zdjęcia pokażę w następnym wpisie.',
            '+Jeśli macie babciny przepis na ciasto leżakowe, koniecznie napiszcie, jak długo je trzymacie.',
        ],
        [
            '-Tagi: pierniczki, święta, miód',
            '-Podziel się wpisem',
            '-Komentarze (7)',
            '-Kasia z Kuchni',
            '-3 grudnia 2026 o 08:41',
            '-Moja mama trzymała ciasto aż sześć tygodni, w piwnicy. Polecam!',
            '-Odpowiedz na komentarz',
            '-© 2026 Pierniczkowy Zeszyt. Kopiowanie treści i zdjęć bez zgody autorki zabronione.',
        ],
    ]),
    'ru-portal-klyukvensk-fap': _page('ru', 'ru-portal-klyukvensk-fap', [
        [
            '-Клюквенские вести',
            '-Новости Происшествия Спорт Афиша Объявления',
            '-Войти',
            '-Четверг, 3 декабря 2026',
            '-Погода в Клюквенске: −7°, снег',
            '-Главная / Новости / Здоровье',
        ],
        [
            '+В Малой Клюквенке открылся новый фельдшерско-акушерский пункт',
        ],
        [
            '-Автор: Елена Сороковикова',
            '-3 декабря 2026, 09:10',
        ],
        [
            '+В селе Малая Клюквенка открылся новый фельдшерско-акушерский пункт: модульное здание поставили на месте '
            'старого, которое с 1970-х годов стояло в бывшем доме купца и зимой почти не прогревалось.',
        ],
        [
            '-Новое здание ФАПа на улице Центральной. Фото: администрация района',
            '-Реклама',
        ],
        [
            '+Фельдшер Надежда Аксёнова работает в селе уже двадцать два года. «Раньше в кабинете зимой сидели в '
            'пальто, а теперь у нас тепло, светло и даже есть отдельная процедурная», — говорит она.',
        ],
        [
            '+Что есть в новом пункте',
            '+Кабинет приёма и процедурный кабинет',
            '+Аптечный пункт с лекарствами по рецептам',
            '+Палата дневного наблюдения на одну койку',
        ],
        [
            '-Читайте также: В районной больнице отремонтировали рентген-кабинет',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '+Пункт будет обслуживать около семисот жителей Малой Клюквенки и двух соседних деревень.',
            '+Приём ведётся по будням с 8:00 до 16:00, по субботам — до обеда.',
            '+Раз в месяц в ФАП будет приезжать терапевт из районной больницы.',
        ],
        [
            '-Теги: здравоохранение, село, ФАП',
            '-Поделиться',
            '-Комментарии (6)',
            '-Татьяна Н.',
            '-Наконец-то! Мама больше не будет ездить в район за каждым уколом.',
            '-Ответить',
            '-16+',
            '-© 2026 «Клюквенские вести». При перепечатке ссылка обязательна.',
        ],
    ]),
    'ru-kolonka-prud': _page('ru', 'ru-kolonka-prud', [
        [
            '-Верхнепрудский курьер',
            '-Общественно-политическая газета Верхнепрудского округа',
            '-Новости | Мнения | Спорт | Культура | Реклама',
            '-Подписка на газету',
            '-Мнения',
            '-Пятница, 4 декабря 2026',
        ],
        [
            '+Не засыпайте наш пруд',
        ],
        [
            '-Колонка редактора',
            '-Текст: Виктор Зеленцов',
        ],
        [
            '+На публичных слушаниях 1 декабря администрация предложила засыпать пруд на Садовой улице и устроить на '
            'его месте парковку для нового торгового центра.',
        ],
        [
            '-Пруд на Садовой зимой. Фото Виктора Зеленцова',
            '-Мнение автора может не совпадать с позицией редакции',
        ],
        [
            '+Этот пруд выкопали ещё при мельнице, в 1890-х. «Мы на нём всё детство на коньках катались, и внуки '
            'катаются», — сказала на слушаниях пенсионерка, которая живёт рядом с прудом больше пятидесяти лет.',
        ],
        [
            '+Что мы предлагаем вместо этого',
            '+Почистить пруд на субботнике и поставить скамейки',
            '+Сделать парковку на пустыре за автостанцией',
            '+Провести опрос жителей, прежде чем что-то решать',
        ],
        [
            '-Другие колонки редактора: Зачем городу второй светофор на Ленина',
            '-Пишите нам: letters@verkhneprudsk-kurier.example',
        ],
        [
            '+Администрация говорит, что пруд зарастает и летом от него пахнет тиной.',
            '+Это правда, но виноват в этом не пруд, а двадцать лет, за которые его ни разу не чистили.',
            '+Следующие слушания назначены на 15 декабря, и я призываю всех, кому дорог пруд, прийти на них.',
        ],
        [
            '-Поделиться ВКонтакте',
            '-Обсуждение (9)',
            '-Сергей П.',
            '-4 декабря в 11:20',
            '-Подпишусь под каждым словом. Пруд — это лицо города.',
            '-Ответить на комментарий',
            '-Учредитель: МУП «Редакция газеты „Верхнепрудский курьер“»',
            '-12+',
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-portal-kesslinghausen-kegelbahn':
        "the regional portal's skittle-alley story keeps its breaking-news line ('Eilmeldung: Vollsperrung der Ortsdurchfahrt ab Montag') above the title (1 of 20 noise lines; its newsletter prompt after the list rows goes since round 72)",
}


test_held_out_79_line, test_held_out_79_line_is_kept, test_held_out_79_page = held_out_tests(
    HELD_OUT_79_LINES, HELD_OUT_79_KEEP, HELD_OUT_79_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
