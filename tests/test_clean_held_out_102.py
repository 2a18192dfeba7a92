"""Held-out set 102: written blind, weighted toward the noise the cleaner exists for, in shapes set 100's docstring does
not name (nor the first paragraphs of sets 97, 98 and 99): scraper, embed and ad markers (a podcast-player residue
"Podcast: Play in new window | Download (Duration: 24:18 — 22.3MB) | Embed", a Datawrapper chart residue "Source:
Department for Education · Get the data · Created with Datawrapper", the Google Forms embed residue "Never submit
passwords through Google Forms.", the French Calaméo embed residue "Plus de publications sur Calaméo", a German
gallery-navigation row "Bild 3 von 12 · Zurück · Weiter", an Italian ad break "L'articolo prosegue dopo la pubblicità",
the Polish skip link "Przejdź do treści" and a Russian erid ad label "Реклама. ООО «Ромашка», ИНН 0000000000. erid:
0000000000"); reading-time headers in new wordings (the English "Read time: 4m 30s" and a blog's "Short one today –
you'll be done before the kettle boils (three minutes, tops).", the French "Environ 900 mots, soit 4 minutes de
lecture", the German "Ein Text für die Kaffeepause: knapp fünf Minuten Lesezeit.", the Italian "Si legge in circa 4
minuti", the Polish "Lektura na około 4 minuty" and the Russian "Читается за 4 минуты"); bylines and self-promotion (an
English words-and-pictures credit "Words: Imelda Farrowcliffe · Pictures: Crispin Aldersey", an English sister-paper
credit "This story first appeared in our sister paper, the Mardlebury Advertiser.", an English Etsy plug "Prints of the
alphabets in this post are for sale in my Etsy shop – new designs go up on the first of each month.", a French Instagram
plug "Toutes mes recettes passent d'abord en stories sur Instagram : venez me suivre, c'est là que je réponds le plus
vite.", a German text-and-photos credit "Text: Jorinde Brünnighausen · Fotos: privat", an Italian Facebook-group plug
"Unisciti al gruppo Facebook del blog: siamo già più di 3.000 appassionati di acquari!", a Polish workshop plug
"Prowadzę też warsztaty kaligrafii dla dorosłych – zapisy przez formularz w zakładce Kontakt." and a Russian Dzen plug
"Читайте блог также на Дзене — ставьте лайк, чтобы не пропустить новые маршруты."); blog and site footers (the English
reCAPTCHA line "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", a
WordPress archives widget "Archives: Select Month", a news-network membership line "Proud member of the Independent
Community News Network.", a French CNIL-declaration line "Ce site a fait l'objet d'une déclaration à la CNIL sous le
numéro 0000000.", a German no-liability line "Alle Angaben ohne Gewähr. Für die Inhalte verlinkter Seiten übernehmen wir
keine Haftung.", an Italian ROC registration line "Iscrizione al Registro degli Operatori di Comunicazione (ROC) n.
00000", a Polish accessibility row "Deklaracja dostępności · Mapa serwisu · Archiwum wydań · RSS" and a Russian
editorial-address line "Адрес редакции и издателя: 000000, ул. Садовая, д. 0, каб. 0"); reader-comment furniture
(Blogger's "Comment as: Google Account, Name/URL or Anonymous", an English closing-time line "Comments on this story
close at midnight on Friday.", an English sort row "Sort comments by: Newest first ▾", a French thread-closed line "Ce
fil de discussion est désormais fermé.", a German commenting-as-guest line "Sie kommentieren als Gast. Registrieren Sie
sich, um über Antworten benachrichtigt zu werden.", an Italian sort row "Ordina i commenti: più recenti · più votati", a
Polish sent-from-the-app tag "wysłano z aplikacji mobilnej" and a Russian collapsed-thread line "Ветка обсуждения
свёрнута. Развернуть (4)"); share rows (an English Threads, Signal and Reddit row, a French Threads, Reddit and Mastodon
row and an Italian Reddit, Threads, Flipboard and print row); and notices (a German correction note "Korrektur: In einer
früheren Fassung stand, die Schule schließe schon im Sommer. Wir haben den Fehler berichtigt.", a Polish
product-placement note "Uwaga: wpis zawiera lokowanie produktu – tusze dostałam do testów od producenta." and the
Russian grant-support note "Проект реализуется при поддержке Фонда президентских грантов."); and toward whole scraped
news and hobby-blog pages in layouts set 100's docstring does not describe (a photo caption on the line right after the
paragraph with the quote, in its block, on one page, an Instagram prompt between the two last paragraphs, in their
block, on another, a blog name alone above the title on one, eight noise lines under the title on two, a table of
contents of a heading and three entries under the title on five (in its own block on two, in the block of the date on
three), a two-line gap between the first and second list rows on two pages and between the second and third on two, a
two-line affiliate gap between the third and fourth of four rows on one, a two- or three-line read-also box between the
first and second paragraphs on two, a poll between the first and second paragraphs on one, a three-line related-posts
box between the last list row and the last paragraphs on one, three lines above the title on six pages, replies three
levels deep on one, two separate comments at the foot on five and feet without a footer or copyright line on seven),
taken from schools and youth and from blogs about vegan cooking, calligraphy, aquarium keeping and hill walking (a
regional portal's story on two primary schools merging, with a comment, a reply and the first commenter's reply to it, a
vegan-cooking blog's post on a red lentil stew, with two comments and the author's reply to the second, a regional
portal's story on a new playground, with a comment, the paper's reply and the commenter's reply to that, a calligraphy
blog's post on a first season of italic with a broad nib, with a comment, the author's reply, a reply to it and the
author's reply to that, a regional portal's story on a youth orchestra's first tour abroad, with a comment and a reply,
an aquarium blog's post on cycling a shrimp tank for six weeks, with a comment, the author's reply and a reply to it, a
regional portal's story on exam results day at a town's lyceum, with two comments, a reply to the first and the paper's
reply to the second, a hill-walking blog's post on a ridge loop in the first snow, with a comment, the author's reply
and a reply to it, a regional portal's story on a school bus route change, with a comment, a reply, a reply to it and a
guest comment, a vegan-cooking blog's post on egg-free Christmas Eve pierogi, with two comments and the author's reply
to each, a regional portal's story on a summer camp reopening after repairs, with a comment, a guest reply and the
paper's reply to it, and a calligraphy blog's post on a first month of textura, with two comments and the author's reply
to each).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 100), held-out set 101 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 100 up to its first round paragraph, its
imports and its tail from the ``_LINE_XFAIL`` assignment on (the xfail tables with their reasons and the line binding
the set's three tests), and the first paragraphs of the docstrings of sets 97, 98 and 99, printed with one ast script
(/tmp/s102scratch/read100.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' source segments, the file from the ``lineno``
of the ``_LINE_XFAIL`` annotated assignment, found with ``ast``, to the end, and the first paragraph of each of the
three other docstrings); tests/held_out_sets.py (in full, with ``cat``), which holds ``_page`` (imported as ``page``)
and the three tests; the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
100's, taken by a script (/tmp/s102scratch/gen.py) from the ``_LINE_XFAIL`` node's line on, with its xfail tables
emptied (the three annotated assignments found with ``ast``) and 100 -> 102, then refilled after the measurement by the
same script from /tmp/s102scratch/tables102.py. The imports are set 100's, taken by the same script from their nodes.
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s102, detached at commit 0af0ad509447232dbf6e53c319d21ca5f036e466, what ``git rev-parse HEAD`` printed in
/work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 100's file (and the first paragraphs
of sets 97, 98 and 99) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s102scratch/read100.out, 600 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 600, whose middle
the tool's output limit cut, then lines 335 to 470 to see the cut part); nothing else was printed from it. The docstring
cut held (the printed docstring ended with set 100's Baseline paragraph). That allowed text itself names set 100's
scratch paths and its frozen commit (b5d41ecd3824f23404ff35842fa6536bbab719d2) and set 98's
(5402770d7b6a9337c7adc5fb32b8db85646de69c); set 100's xfail reasons and Baseline quote its missed lines and left page
lines; I saw these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I
did not open. The generating script, which read set 100's file to take its imports and its tail, printed nothing but a
line count; I printed the first 40 lines of the file it wrote (this docstring's placeholder, the imports and the start
of the English lines) and two later stretches of it (the split English lines and the start of the first page) with
``sed``, and the lines of its tables and test binding with ``grep -n`` on that file (not on the tests/ folder). At my
first step ``git status --short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD``
printed 0af0ad509447232dbf6e53c319d21ca5f036e466. (2) The worktrees were made with ``git worktree add``, its output sent
to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the
worktrees existed I ran ``ls`` on /tmp/wt-s102 and /tmp/wt-set102, which printed the top-level names of the checkouts
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no file's contents. The branch set102 was
made from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (49
passed, 28 xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and
/work/main/tests on the path (/tmp/s102scratch/helpers.py, run with SPINSCOPE_DATA=/work/shared/data), which imports the
cleaner's modules; nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as
{'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not
opened. The stand-ins were written by a small script (/tmp/s102scratch/mkstand.py) that imported tests/noisy_corpus.py
the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to a stand-in
noisy_corpus module, with a stand-in held_out_sets module whose ``page`` builds the case with that copy and whose
``held_out_tests`` returns three placeholders (so, unlike set 100, no stand-in ``test_clean`` or ``pytest`` was needed).
(4) The lists were written as data in scratch files (/tmp/s102scratch/lists102.py and pages102.py) and put together with
the tail into this file by /tmp/s102scratch/gen.py, which splits long string literals to fit 120 columns. Before the
measurement a short loop printed the article and noise counts of every page; it found 19 noise lines on the playground
story and 21 on the textura post, so a tags line was added to the first ("Mots-clés : parcs, enfance, travaux") and a
PDF cheat-sheet prompt dropped from the second. Then the file was executed from a scratch folder
(/tmp/s102scratch/stand) with those stand-ins (no case was run through the cleaner) by /tmp/s102scratch/check.py, which
counted the lines by category, by language (from the ``# English`` ... comments) and by place, the keep lines by
language and by place, the pages by language and checked that every page has 10 article and 20 noise lines, that no page
article line repeats on its page and no page noise line does (case-insensitively), that no page noise line is a
substring of an article line of its page (case-sensitively and case-insensitively) or overlaps (equals, contains or is
contained in) a line of ``HELD_OUT_102_LINES`` or ``HELD_OUT_102_KEEP``, case-sensitively and case-insensitively, that
no page article line overlaps one of those lines, that no held-out noise line overlaps another held-out noise or keep
line, that no line is longer than 120 columns and that the file holds no e-mail address. Its first run found 5 problems,
all page noise lines inside held-out lines: the aquarium post's table-of-contents heading "Inhalt" (inside the German
footer's "Inhalte"), the exam story's "Condividi" and "Commenti" (inside the Italian share row, the Italian sort row and
the Italian keep line "Commenti entusiasti ...") and the camp story's "Поделиться" (inside the Russian keep line); they
became "Inhaltsübersicht", "Condividi su Facebook", "Commenti dei lettori" and "Поделиться новостью" by a small
replacement in pages102.py, and the second run found nothing. No list changed after that check. While writing, I kept
the ad labels off pages whose language has a keep line opening with one (the German pages use "Werbung", not "Anzeige";
no French page has "Publicité", no Polish page "Reklama" and no Russian page "Реклама"). As allowed, some page noise
lines hold another noise line or an article word of their page (site names inside reply rows and copyright lines, place
names of the article inside captions, read-also and more-on links, subheadings' words inside table-of-contents entries).
(5) At the measurement (01:02:09 UTC) this docstring was a placeholder and the xfail tables were empty; it was written
afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary,
so no tracebacks were seen. The report script was run with SPINSCOPE_DATA=/work/shared/data set as well, which the
brief's command for it did not set (it ran in the same shell command as the pytest run). The problems were then read out
once with ``_problems`` in the frozen worktree by a script (/tmp/s102scratch/problems.py) that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons; the places
named in the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost. (6)
Invented names were checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Hobbleford, Tansywell,
Hartlecombe (for Desmond Hartlecombe), Lorna Pettigrew, Imelda Farrowcliffe, Crispin Aldersey, Mardlebury,
Saint-Aubrevin, Dorvignac (for Maëlle Dorvignac), Le Bec Biseauté, Kesselbrünn, Kesselbrünner, Wallmersiek (for Almut
Wallmersiek), Ostendieck (for Falko Ostendieck), Brünnighausen (for Jorinde Brünnighausen), Wasserpest & Welse,
Valmorsano, Valmorsano Oggi, Vallarsini (for Ermanno Vallarsini), Bracciolanti (for Ermenegilda Bracciolanti), Scarpone
Lento, Zawilcowo, Głos Zawilcowa, Jaskrowic (for Jaskrowice and its forms), Strzemiołek (for Bożena Strzemiołek),
Dębiakowska, Marchewkowa Stolnica, Ольхоборск and Курослепова had no hits; "Chard & Chickpea" had a hit only as a dish
("Chard & chickpea stew") and was kept as a blog name; Ravelonne had hits only inside code identifiers ("travelOn...")
and was kept (Colette Ravelonne); Ольшевицкая had a hit only inside the street name Большевицкая and was kept (Вероника
Ольшевицкая); "Волосяная линия" is a common typographic term (hits in code comments) and was kept as a generic blog
name. Dropped after their checks: Quillfeather, planned for the head teacher (in sample-data name lists), Vaudrecourt,
planned for the French town (a surname in sample data and a developer's name), Hasselbrink, planned for the German
credit (a real surname), Desmond Ashgrove (a name in sample data), Rieselbach and Rettenmund, planned for the German
reporter and conductor, Turconi, Trivellati (also an Italian word), Kalisiewicz, Шелестова, Подкорытова, Quellhorst,
Pozzobonelli and Зябрева (real surnames or street names) and Tom Bexley, planned for a commenter (a name in sample data;
the commenter is Tom_B). Not checked, generic or invented at sight: St Aidan's, Mill Lane, the Carr estate, the
Hobbleford Echo, the parc des Tilleuls, the place de la Halle, the quartier de la Gare, La Gazette de Saint-Aubrevin,
Kesselbrünner Bote and Kesselbrünner Verlagshaus (named after the checked town), Ольхоборский вестник, the camp
«Берёзка» (a common camp name), ООО «Ромашка» (the stock placeholder company name), ул. Садовая (a common street name),
and the people's names (Poppy, Harriet_K, Tom_B, Rosie M., Tansywell_Dad, Papa_de_Jules, Anouchka, Sidonie_R,
Geigenmama, Bratsche_Bernd, Jannes, Uwe_Zierfisch, Mamma_di_Sofia, Prof_in_pensione, Gianluca_B, Marta,
Lorenzo_camminatore, mama_Oskara, Jaskrowiczanin, Ania, pan Zbyszek, Kasia, Zuzia_gotuje, Marek W., Татьяна,
Ксения_пишет, Илья К.), which are invented, though ordinary names real people may bear; none is meant as a real person.
Registration, ИНН, erid and postcode numbers are zero-filled; there are no phone numbers; view counts, file sizes and
durations are made up. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from
memory): the podcast-player residue of WordPress podcast plugins, Datawrapper, the Department for Education, Google
Forms, reCAPTCHA and Google, Etsy, the Independent Community News Network, Threads, Signal, Reddit, Calaméo, Instagram,
the CNIL, Mastodon, Facebook, the Italian ROC register, Flipboard, Dzen and the Russian Presidential Grants Fund; on the
pages Amazon and its Associates programme, Pinterest, WhatsApp, Telegram, Brause nibs, Dvořák's Eighth Symphony,
Neocaridina and Red Fire shrimp, Vienna, the Gosuslugi portal and the 16+ mark of Russian sites. (8) Set 100's docstring
names its own shapes and its pages' layouts (and sets 97 to 99 their shapes in their first paragraphs), so some lines
may repeat shapes of sets before 97 or of the development lists that I could not check; in particular the Polish skip
link "Przejdź do treści", the Italian ad break and WordPress's "Archives: Select Month" are common enough that an
earlier set may hold them. Close to shapes sets 97 to 100 named: the podcast-player residue is near the Italian
audio-embed label; the Datawrapper residue is near Flourish's; the Google Forms residue is near the Gravity Forms
residue; the Calaméo residue is a widget credit near the Outbrain and Eventbrite ones; the gallery-navigation row is
near the swipe-for-photos hint; the Italian ad break is near the Polish video break; the erid label is an ad label; the
reading-time rows are reading-time rows in other words; the words-and-pictures and text-and-photos credits are bylines
near the contributor and interview credits; the sister-paper credit is near the publishing-group footer; the Etsy,
Instagram, Facebook-group, workshop and Dzen plugs are plugs like the shop, Patreon, Linktree, Telegram and Boosty ones;
the reCAPTCHA, archives, network-membership, CNIL, no-liability, ROC, accessibility-row and editorial-address lines are
footers near the statements row, feed links, IPSO line, commission paritaire line, publisher line, court-registration
line, RODO row and founder line; the comment lines are comment furniture near the log-in, pre-moderation, tab-row,
closed and hidden-comment lines; the share rows are share rows on other platforms; the correction, product-placement and
grant notes are notices near the update, partnership and transparency notes. Page chrome repeats kinds of line set 100's
docstring names among its noise (photo captions, ad and sponsored labels, read-also, related, most-read and more-on
links, newsletter, WhatsApp and Telegram prompts, tables of contents, gallery links, PDF downloads, affiliate notes,
listen links), as real pages carry them. (9) My first step's clock reading was 2026-12-05 00:54:39 UTC; the measurement
ran at 01:02:09 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to
report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Share of pupils", "Comments from parents", "Reading time in the
new library", "Sponsored walks", "Posted on the school gate", "Follow-up lessons", "Related costs", "Partager les
locaux", "Publicité mensongère", "Abonnement au car scolaire", "Anzeige erstattet", "Lesen lernen", "Kommentare der
Eltern", "Iscriviti entro venerdì", "Condividere il leggio", "Commenti entusiasti", "Reklama szkoły", "Komentarz
dyrektorki", "Реклама летнего лагеря" and "Поделиться впечатлениями" are article sentences. The podcast-player,
Datawrapper, Google Forms, Calaméo, gallery-navigation, ad-break, skip-link and erid lines are counted as markers; the
reading-time rows and sentences as reading-time lines; the words-and-pictures, sister-paper and text-and-photos credits
and the Etsy, Instagram, Facebook-group, workshop and Dzen plugs as bylines; the reCAPTCHA, archives,
network-membership, CNIL, no-liability, ROC, accessibility-row and editorial-address lines as footers; the comment-as,
closing-time, sort, thread-closed, guest, app-tag and collapsed-thread lines as comments; the share rows as share; the
correction, product-placement and grant notes as notices. On every page the title, the paragraphs before the subheading
(one of them with the quote), the subheading, its list rows and the last paragraphs are article (10 lines a page; the
blog posts' closing lines about the next post or asking readers how they do it are their last paragraphs and counted as
article) and everything else is noise (20 lines a page); in particular site and blog names and taglines, menus,
breadcrumbs, the weather line, the dateline, the 16+ mark, bylines, author names, dates, update times, categories,
reading times, comment counts, share, save, listen and print links, jump-to-recipe links, view counts, most-read,
read-also, recommended and related links, tables of contents, photo captions, ad, sponsored and video labels, affiliate
notes and links, subscription and course ads, gallery links, GPX notes and downloads, PDF timetable downloads, polls,
newsletter, Pinterest, Instagram, WhatsApp and Telegram prompts, tags, comment headings and counts, leave-a-comment and
react links, commenter rows, comment texts and replies, more-on links and copyright lines are noise. The layouts: one to
three noise lines above the title (one, the blog name alone, on fr-blog-lebecbiseaute-chanceliere; two, a name and a
tagline or menu, on five pages; three on en-portal-hobbleford-schoolmerger and de-portal-kesselbruenn-jugendorchester,
whose breadcrumb has its own block, and on en-blog-chardandchickpea-lentilstew, it-portale-valmorsano-maturita,
pl-portal-zawilcowo-autobus-szkolny and ru-portal-olkhoborsk-letniy-lager); four to eight under the title (eight on
en-blog-chardandchickpea-lentilstew, whose table of contents of a heading and three numbered entries has its own block,
and on fr-blog-lebecbiseaute-chanceliere, whose table of contents is in the block of the date and categories; seven on
en-portal-hobbleford-schoolmerger, de-blog-wasserpestundwelse-einfahrphase (a table of contents of a heading and three
entries in its own block), it-blog-scarponelento-crinale (a table of contents in the block of the date) and
pl-blog-marchewkowastolnica-pierogi (likewise, with numbered entries)); zero to three among the paragraphs before the
subheading (a three-line read-also box between the first and second paragraphs on fr-portail-saint-aubrevin-aire-de-jeux
and a two-line one on pl-portal-zawilcowo-autobus-szkolny; a poll there on it-portale-valmorsano-maturita; an ad label
between the second paragraph and the paragraph with the quote on en-portal-hobbleford-schoolmerger and a read-also link
there on de-portal-kesselbruenn-jugendorchester and ru-portal-olkhoborsk-letniy-lager; a photo caption on the line right
after the paragraph with the quote, in its block, on fr-portail-saint-aubrevin-aire-de-jeux; one line between the
paragraph with the quote and the subheading on fr-blog-lebecbiseaute-chanceliere,
de-blog-wasserpestundwelse-einfahrphase and it-blog-scarponelento-crinale; none on en-blog-chardandchickpea-lentilstew,
pl-blog-marchewkowastolnica-pierogi and ru-blog-volosyanayaliniya-tekstura); gaps between list rows on eleven pages (one
line after the first row on fr-blog-lebecbiseaute-chanceliere and it-blog-scarponelento-crinale; two lines after the
first row on de-portal-kesselbruenn-jugendorchester and ru-portal-olkhoborsk-letniy-lager; one line after the second row
on en-blog-chardandchickpea-lentilstew, pl-portal-zawilcowo-autobus-szkolny, pl-blog-marchewkowastolnica-pierogi and
ru-blog-volosyanayaliniya-tekstura; two lines after the second row on en-portal-hobbleford-schoolmerger and
it-portale-valmorsano-maturita; two lines after the third of four rows on de-blog-wasserpestundwelse-einfahrphase; none
on fr-portail-saint-aubrevin-aire-de-jeux); noise between the last list row and the last paragraphs on four pages (a
photo caption on en-blog-chardandchickpea-lentilstew, a newsletter prompt on fr-portail-saint-aubrevin-aire-de-jeux, a
recommended link on pl-portal-zawilcowo-autobus-szkolny and a three-line related-posts box on
ru-blog-volosyanayaliniya-tekstura); noise between the two last paragraphs on two pages (a newsletter prompt in its own
block on de-blog-wasserpestundwelse-einfahrphase and an Instagram prompt in their block, with no blank lines, on
pl-blog-marchewkowastolnica-pierogi); and seven to ten at the foot (seven on en-portal-hobbleford-schoolmerger,
en-blog-chardandchickpea-lentilstew and de-blog-wasserpestundwelse-einfahrphase, ten on it-portale-valmorsano-maturita
and ru-blog-volosyanayaliniya-tekstura), with a "↳" reply on every page, replies to replies "↳↳" on seven pages and
"↳↳↳" on fr-blog-lebecbiseaute-chanceliere; en-blog-chardandchickpea-lentilstew, it-portale-valmorsano-maturita,
pl-blog-marchewkowastolnica-pierogi and ru-blog-volosyanayaliniya-tekstura have two separate comments and
pl-portal-zawilcowo-autobus-szkolny a separate guest comment after its thread; the feet of
en-portal-hobbleford-schoolmerger, en-blog-chardandchickpea-lentilstew, fr-blog-lebecbiseaute-chanceliere,
de-blog-wasserpestundwelse-einfahrphase, it-blog-scarponelento-crinale, pl-portal-zawilcowo-autobus-szkolny and
pl-blog-marchewkowastolnica-pierogi have no footer or copyright line, and those of
fr-portail-saint-aubrevin-aire-de-jeux and ru-portal-olkhoborsk-letniy-lager have tags. The subheadings and rows:
en-portal-hobbleford-schoolmerger "What happens next" (three rows), en-blog-chardandchickpea-lentilstew "What goes in
the pot" (three), fr-portail-saint-aubrevin-aire-de-jeux "Ce que l'on trouve dans le parc" (three),
fr-blog-lebecbiseaute-chanceliere "Ce que j'ai acheté pour commencer" (three), de-portal-kesselbruenn-jugendorchester
"Das Programm der Tournee" (three), de-blog-wasserpestundwelse-einfahrphase "Was ich jede Woche gemessen habe" (four,
after two paragraphs), it-portale-valmorsano-maturita "I numeri del liceo" (three), it-blog-scarponelento-crinale "Cosa
avevo nello zaino" (three), pl-portal-zawilcowo-autobus-szkolny "Nowy rozkład w skrócie" (three),
pl-blog-marchewkowastolnica-pierogi "Składniki na około 50 sztuk" (three), ru-portal-olkhoborsk-letniy-lager "Сколько
будет смен" (three) and ru-blog-volosyanayaliniya-tekstura "Что мне помогло" (three); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-hobbleford-schoolmerger (a regional news portal's story
on two primary schools merging after a governors' vote, with a comment, a reply and the first commenter's reply to it),
en-blog-chardandchickpea-lentilstew (a vegan-cooking blog's post on a smoky red lentil stew, with two comments and the
author's reply to the second), fr-portail-saint-aubrevin-aire-de-jeux (a regional news portal's story on a new
playground in a town park, with a comment, the paper's reply and the commenter's reply to that),
fr-blog-lebecbiseaute-chanceliere (a calligraphy blog's post on a first three months of italic with a 3.8 mm nib, with a
comment, the author's reply, a reply to it and the author's reply to that), de-portal-kesselbruenn-jugendorchester (a
regional news portal's story on a music school's youth orchestra leaving on its first tour to Italy, with a comment and
a reply), de-blog-wasserpestundwelse-einfahrphase (an aquarium blog's post on cycling a 60-litre shrimp tank for six
weeks, with a comment, the author's reply and a reply to it), it-portale-valmorsano-maturita (a regional news portal's
story on the school-leaving exam results posted at a town's lyceum, with two comments, a reply to the first and the
paper's reply to the second), it-blog-scarponelento-crinale (a hill-walking blog's post on a ridge loop in the first
snow, with a comment, the author's reply and a reply to it), pl-portal-zawilcowo-autobus-szkolny (a regional news
portal's story on a school bus taking a shorter route, with a comment, a reply, a reply to it and a guest comment),
pl-blog-marchewkowastolnica-pierogi (a vegan-cooking blog's post on egg-free Christmas Eve pierogi, with two comments
and the author's reply to each), ru-portal-olkhoborsk-letniy-lager (a regional news portal's story on a children's
summer camp reopening after two summers shut for repairs, with a comment, a guest reply and the paper's reply to it) and
ru-blog-volosyanayaliniya-tekstura (a calligraphy blog's post on a first month of textura with a 3 mm nib, with two
comments and the author's reply to each); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, under it, between the paragraphs or the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit 0af0ad509447232dbf6e53c319d21ca5f036e466, measured with ``cd /tmp/wt-s102 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s102/src python -m pytest -q tests/test_clean_held_out_102.py -rA -p
no:cacheprovider`` (28 failed, 49 passed) and ``cd /tmp/wt-s102 && SPINSCOPE_DATA=/work/shared/data
PYTHONPATH=/tmp/wt-s102/src python scripts/clean_held_out_report.py --sets 102`` (noise lines removed 27/45, article
lines kept 19/20, pages clean 3/12, page noise lines left 15 of 240), with the xfail tables empty): noise lines removed
27/45 (marker 4/8, reading-time 4/7, byline 5/8, footer 5/8, comments 6/8, share 3/3, notice 0/3; missed, all kept in
the text: at the head the English "Short one today – you'll be done before the kettle boils (three minutes, tops)." and
"Words: Imelda Farrowcliffe · Pictures: Crispin Aldersey", the French "Environ 900 mots, soit 4 minutes de lecture" and
the German "Ein Text für die Kaffeepause: knapp fünf Minuten Lesezeit."; in the body the English "Source: Department for
Education · Get the data · Created with Datawrapper" and "Never submit passwords through Google Forms.", the French
"Plus de publications sur Calaméo" and the German "Bild 3 von 12 · Zurück · Weiter" and "Korrektur: In einer früheren
Fassung stand, die Schule schließe schon im Sommer. Wir haben den Fehler berichtigt."; at the foot the English "Prints
of the alphabets in this post are for sale in my Etsy shop – new designs go up on the first of each month." and "Proud
member of the Independent Community News Network.", the French "Ce site a fait l'objet d'une déclaration à la CNIL sous
le numéro 0000000.", the German "Alle Angaben ohne Gewähr. Für die Inhalte verlinkter Seiten übernehmen wir keine
Haftung." and "Sie kommentieren als Gast. Registrieren Sie sich, um über Antworten benachrichtigt zu werden.", the
Italian "Unisciti al gruppo Facebook del blog: siamo già più di 3.000 appassionati di acquari!", the Polish "wysłano z
aplikacji mobilnej" and "Uwaga: wpis zawiera lokowanie produktu – tusze dostałam do testów od producenta." and the
Russian "Проект реализуется при поддержке Фонда президентских грантов."); keep lines kept 19/20 (lost at the head: the
Italian "Iscriviti entro venerdì, ha ricordato la direttrice del campo estivo ai genitori ritardatari."); pages 3/12
clean (en-blog-chardandchickpea-lentilstew, it-portale-valmorsano-maturita and ru-portal-olkhoborsk-letniy-lager), 15 of
240 page noise lines left and 7 of 120 article lines lost: en-portal-hobbleford-schoolmerger 2 left ("Pupils at
Tansywell Primary on the last day of term before the vote." and "Gallery: Tansywell Primary through the years (18
photos)"); fr-portail-saint-aubrevin-aire-de-jeux 2 left ("Les premiers enfants sur la tour d'escalade, mercredi
après-midi." and "Colette Ravelonne, mercredi, devant le nouveau tourniquet."); fr-blog-lebecbiseaute-chanceliere 1 left
("Ces liens sont affiliés : si vous achetez, je touche une petite commission."); de-portal-kesselbruenn-jugendorchester
1 left ("Die jungen Musikerinnen und Musiker bei der Generalprobe in der Stadthalle.");
de-blog-wasserpestundwelse-einfahrphase 5 left ("Ein Aquarium-Blog aus dem Keller", "Warum so lange warten?",
"*Affiliate-Link", "Den Tröpfchentest, den ich benutze, findest du hier bei Amazon*" and "Newsletter: Neue Beiträge
einmal im Monat per Mail"); it-blog-scarponelento-crinale 2 left ("Traccia GPX scaricabile in fondo all'articolo" and
"Alcuni link sono affiliati: se acquisti, il blog riceve una piccola percentuale."); pl-portal-zawilcowo-autobus-szkolny
0 left and 6 article lines lost or out of order (its subheading "Nowy rozkład w skrócie", its three list rows "Odjazd z
Jaskrowic o 7:20, przyjazd pod szkołę o 7:45", "Powrót po lekcjach o 14:10 i 15:40" and "W piątki dodatkowy kurs o
13:15" and its two last paragraphs "Gmina zapowiada, że trasa zostanie oceniona po feriach zimowych." and "Uwagi można
zgłaszać w sekretariacie szkoły."); pl-blog-marchewkowastolnica-pierogi 1 left ("Więcej przepisów znajdziesz na moim
Instagramie"); ru-blog-volosyanayaliniya-tekstura 1 left ("Блог о каллиграфии и леттеринге") and 1 article line lost or
out of order (its first list row "Разлиновка с углом 5° для засечек"). Of the left page lines two stand above the title
(the taglines of the aquarium and textura blogs; every other site name, tagline, menu, breadcrumb, weather line,
dateline and 16+ mark above the titles goes); four stand under the title (the photo captions of the school-merger,
playground and youth-orchestra stories and the aquarium post's first table-of-contents entry; every other byline, date,
category, reading time, comment count, share, save and listen link, most-read and read-also link, affiliate note and
table-of-contents line under the titles goes, as do the captions under the titles of the exam, bus, camp and textura
pages); three stand between the paragraphs before the subheading or between them and the subheading (the playground
story's caption on the line right after the paragraph with the quote, the italic post's affiliate note and the ridge
post's GPX note; the ad label, poll, read-also boxes and links and the aquarium post's caption there go); four stand in
gaps between list rows (the school-merger story's gallery link, the aquarium post's affiliate label and link and the
ridge post's affiliate note; the newsletter, Pinterest, PDF timetable, sponsored, course, ad, trial-subscription, video,
Telegram and affiliate lines and the italic post's caption there go); none stands between the last list row and the last
paragraphs (the lentil post's caption, the playground story's newsletter prompt, the bus story's recommended link and
the textura post's related-posts box go); two stand between the two last paragraphs (the aquarium post's newsletter
prompt and the pierogi post's Instagram prompt); and none stands at the foot (every tag, comment heading and count,
commenter row, comment text, reply, more-on link, WhatsApp prompt, gallery and GPX link and copyright line goes). The
bus story loses everything from its subheading on and the textura post its first list row. The failing cases are strict
xfails.

Still held out after round 80 (developed on sets 99 and 100: a row of times of day read as a timetable, not a
commenter's header, captions with an archive credit, gallery labels with a picture count, affiliate notes opening with a
quantifier, GPX and document-type links, partner-news labels, embedded X posts' attributions, image-source credits,
full-screen and click-to-play buttons, ad-blocker and Flash placeholders, reading times told as minutes or word counts,
feed links, page-generation timing, column hosts; this set was written against 0af0ad5, before it; measured once with
``scripts/clean_held_out_report.py --sets 102`` at 3f0aafc): noise lines removed 27/45 (unchanged), keep lines 19/20
(the Italian sentence opening 'Iscriviti' is still lost), pages clean 3/12, page noise lines left 15 -> 14 of 240 (the
school-merger story's gallery link with its picture count goes), article lines lost 7 of 120 (unchanged: the school-bus
story's block and the calligraphy post's first row). Its one changed reason is reworded.

Round 81 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_102.py`` at main's f034cab (before; after
round 80) and the round's last commit on branch round81 (after): noise lines 27 -> 30 of 45 (reading-time 4/7, byline
5/8, marker 4 -> 5/8, footer 5 -> 6/8, comments 6 -> 7/8, share 3/3, notice 0/3), keep lines 19 -> 20 of 20, pages clean
3 -> 7 of 12, page noise lines left 14 -> 7 of 240, article lines lost 7 -> 0 of 120; pytest 49 passed, 28 xfailed -> 57
passed, 20 xfailed. The school-bus story keeps its subheading, rows and last paragraphs and is clean, the textura post
keeps its first list row, the Italian keep line 'Iscriviti entro venerdì, ha ricordato ...' is kept, the italic-hand,
ridge and pierogi posts are clean and the aquarium post loses its affiliate label and link and its newsletter prompt;
the gallery row, the network membership and the sent-from-the-app tag go. Fixed, by mechanism: a row with two times of
day joined by words, or one time among words in lower case with no date, day, 'ago' or author beside it, is a
timetable's row, not a commenter's header nor a worded stamp nor a 'back' link (page_blocks._is_clock_row, _TIME_LIST
widened, in _is_time_in_article_row, _is_block_row and _is_block_widget: set 102's school-bus rows 'Odjazd z Jaskrowic o
7:20, przyjazd pod szkołę o 7:45', 'Powrót po lekcjach o 14:10 i 15:40' and 'W piątki dodatkowy kurs o 13:15' read as
commenters, the page's thread started at its subheading and the subheading, rows and last paragraphs went; a player's
row with a symbol, 'в подкасте ▶ 12:40', stays out); a bare degree after a word of angle or slope is an angle, no
weather widget (clean._ANGLE_WORD: 'Разлиновка с углом 5° для засечек'); the reporting verbs of the family after a call,
in the compound past too (ha ricordato/spiegato/sottolineato, a rappelé/expliqué/souligné, unterstrich,
przypomniał(a)/podkreślił(a)/wyjaśnił(a), напомнил(а)/подчеркнул(а)/пояснил(а), stressed, pointed out;
clean._SAYING_CLAUSE); an affiliate link's label alone or over the link's words, links said to be affiliates' with the
gain after a colon and a line tagging itself an affiliate link (clean._is_affiliate_link_line); a shop's button under
the product's label and a colon and the writer's pointer with a 'here' (clean._is_shop_button, _FIND_AT_SHOP); a route's
file said to be downloadable (clean._DOWNLOAD_AS); the editors' pick with its headline ('Polecamy: ...'); a comment's
sent-from-the-app tag, the writer's account as where more of the post's kind is ('Więcej przepisów znajdziesz na moim
Instagramie'), a press-network membership and a gallery's navigation row ('Bild 3 von 12 · Zurück · Weiter'); a
newsletter box's label over what comes and how often and its promise of one mail a period and no spam. Classes added
(six languages, near misses, test_round_81_*): timetable rows with worded times; clock rows and stamps; angles; editors'
picks; reported calls with reporting verbs and sign-up prompt near misses; affiliate labels, gains and tags; shop
buttons under labels and pointers; downloadable file notes; app tags, account plugs, memberships and gallery rows;
newsletter labels and no-spam promises. Left: the unlabelled photo captions under the titles and after the playground
story's quote, the aquarium and textura blogs' taglines, the aquarium post's table-of-contents entry, and this set's
other single lines (reading times in words, credits, embed residues, plugs, footers, notices); their entries and reasons
are kept or reworded to match.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_102_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Read time: 4m 30s", "reading-time"),
    ("head", "Short one today – you'll be done before the kettle boils (three minutes, tops).", "reading-time"),
    ("head", "Words: Imelda Farrowcliffe · Pictures: Crispin Aldersey", "byline"),
    ("body", "Podcast: Play in new window | Download (Duration: 24:18 — 22.3MB) | Embed", "marker"),
    ("body", "Source: Department for Education · Get the data · Created with Datawrapper", "marker"),
    ("body", "Never submit passwords through Google Forms.", "marker"),
    ("tail", "This story first appeared in our sister paper, the Mardlebury Advertiser.", "byline"),
    ("tail", "Prints of the alphabets in this post are for sale in my Etsy shop – new designs go up on "
        "the first of each month.", "byline"),
    ("tail", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "footer"),
    ("tail", "Archives: Select Month", "footer"),
    ("tail", "Proud member of the Independent Community News Network.", "footer"),
    ("tail", "Comment as: Google Account, Name/URL or Anonymous", "comments"),
    ("tail", "Comments on this story close at midnight on Friday.", "comments"),
    ("tail", "Sort comments by: Newest first ▾", "comments"),
    ("tail", "Send this to a friend: Threads · Signal · Reddit", "share"),
    # French
    ("head", "Environ 900 mots, soit 4 minutes de lecture", "reading-time"),
    ("body", "Plus de publications sur Calaméo", "marker"),
    ("tail", "Toutes mes recettes passent d'abord en stories sur Instagram : venez me suivre, c'est là "
        "que je réponds le plus vite.", "byline"),
    ("tail", "Ce site a fait l'objet d'une déclaration à la CNIL sous le numéro 0000000.", "footer"),
    ("tail", "Ce fil de discussion est désormais fermé.", "comments"),
    ("tail", "Partager sur Threads, Reddit ou Mastodon", "share"),
    # German
    ("head", "Ein Text für die Kaffeepause: knapp fünf Minuten Lesezeit.", "reading-time"),
    ("head", "Text: Jorinde Brünnighausen · Fotos: privat", "byline"),
    ("body", "Bild 3 von 12 · Zurück · Weiter", "marker"),
    ("body", "Korrektur: In einer früheren Fassung stand, die Schule schließe schon im Sommer. Wir haben "
        "den Fehler berichtigt.", "notice"),
    ("tail", "Alle Angaben ohne Gewähr. Für die Inhalte verlinkter Seiten übernehmen wir keine Haftung.", "footer"),
    ("tail", "Sie kommentieren als Gast. Registrieren Sie sich, um über Antworten benachrichtigt zu "
        "werden.", "comments"),
    # Italian
    ("head", "Si legge in circa 4 minuti", "reading-time"),
    ("head", "Condividi: Reddit · Threads · Flipboard · Stampa", "share"),
    ("body", "L'articolo prosegue dopo la pubblicità", "marker"),
    ("tail", "Unisciti al gruppo Facebook del blog: siamo già più di 3.000 appassionati di acquari!", "byline"),
    ("tail", "Iscrizione al Registro degli Operatori di Comunicazione (ROC) n. 00000", "footer"),
    ("tail", "Ordina i commenti: più recenti · più votati", "comments"),
    # Polish
    ("head", "Przejdź do treści", "marker"),
    ("head", "Lektura na około 4 minuty", "reading-time"),
    ("tail", "Prowadzę też warsztaty kaligrafii dla dorosłych – zapisy przez formularz w zakładce Kontakt.", "byline"),
    ("tail", "Deklaracja dostępności · Mapa serwisu · Archiwum wydań · RSS", "footer"),
    ("tail", "wysłano z aplikacji mobilnej", "comments"),
    ("tail", "Uwaga: wpis zawiera lokowanie produktu – tusze dostałam do testów od producenta.", "notice"),
    # Russian
    ("head", "Читается за 4 минуты", "reading-time"),
    ("body", "Реклама. ООО «Ромашка», ИНН 0000000000. erid: 0000000000", "marker"),
    ("tail", "Читайте блог также на Дзене — ставьте лайк, чтобы не пропустить новые маршруты.", "byline"),
    ("tail", "Адрес редакции и издателя: 000000, ул. Садовая, д. 0, каб. 0", "footer"),
    ("tail", "Ветка обсуждения свёрнута. Развернуть (4)", "comments"),
    ("tail", "Проект реализуется при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_102_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Share of pupils reaching the expected standard in maths rose to 71 per cent this year."),
    ("head", "Comments from parents at the two consultation evenings were mostly about the walk to school."),
    ("body", "Reading time in the new library will be timetabled twice a week for every class."),
    ("body", "Sponsored walks have paid for most of the new climbing frame, the parish council said."),
    ("tail", "Posted on the school gate on Monday, the new bus timetable caught several families by surprise."),
    ("tail", "Follow-up lessons for pupils who missed the exams through illness start in September."),
    ("tail", "Related costs, including new uniforms for the merged school, will be met by the trust."),
    # French
    ("head", "Partager les locaux du collège ne posait pas de problème aux enseignants, selon la principale."),
    ("body", "Publicité mensongère, dénoncent des parents qui attendaient une aire de jeux couverte."),
    ("tail", "Abonnement au car scolaire : les familles ont jusqu'au 30 juin pour renouveler leur carte."),
    # German
    ("head", "Anzeige erstattet hat die Schulleitung nach dem Einbruch in den Musikraum bisher nicht."),
    ("body", "Lesen lernen die Erstklässler künftig in kleineren Gruppen, kündigte die Rektorin an."),
    ("tail", "Kommentare der Eltern zur neuen Buslinie sammelt der Elternbeirat bis Ende Mai."),
    # Italian
    ("head", "Iscriviti entro venerdì, ha ricordato la direttrice del campo estivo ai genitori ritardatari."),
    ("body", "Condividere il leggio con un compagno più grande aiuta i ragazzi più giovani, spiega il maestro."),
    ("tail", "Commenti entusiasti dal pubblico di Vienna hanno accompagnato l'ultima tappa della tournée."),
    # Polish
    ("head", "Reklama szkoły w lokalnym radiu przyciągnęła w tym roku rekordową liczbę kandydatów."),
    ("tail", "Komentarz dyrektorki do wyników egzaminu ósmoklasisty był krótki: „Jesteśmy z was dumni”."),
    # Russian
    ("body", "Реклама летнего лагеря на остановках появилась ещё в марте, рассказали в управлении образования."),
    ("tail", "Поделиться впечатлениями от гастролей оркестра школьники смогут на итоговом концерте в мае."),
]

HELD_OUT_102_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-hobbleford-schoolmerger": _page("en", "en-portal-hobbleford-schoolmerger", [
        [
            "-Hobbleford Echo",
            "-News · Schools · Sport · What's On · Jobs",
        ],
        [
            "-Home › News › Education",
        ],
        [
            "+Two Hobbleford primary schools to merge in September after governors' vote",
        ],
        [
            "-By Desmond Hartlecombe, Education Reporter",
            "-Published 4 December 2026, 6:05pm · Updated 8:40pm",
            "-Share this article",
            "-Pupils at Tansywell Primary on the last day of term before the vote.",
            "-Read more: Parents' petition against the merger passes 800 names",
            "-Listen to this article (4 min)",
            "-Most read: Hobbleford by-pass roadworks to last until March",
        ],
        [
            "+Governors of Tansywell and St Aidan's primary schools voted on Thursday evening to merge the two "
            "schools from September, ending months of uncertainty for about 340 families.",
        ],
        [
            "+Falling rolls have left both schools with empty classrooms: Tansywell has 118 pupils in a building "
            "meant for 210, and St Aidan's has fewer than 30 children in each year group.",
        ],
        [
            "-Advertisement",
        ],
        [
            "+\"Nobody on the board wanted this, but two half-empty schools cannot give children what one full one "
            "can,\" said the chair of governors, Lorna Pettigrew.",
        ],
        [
            "+What happens next",
        ],
        [
            "+The merged school will use the St Aidan's site on Mill Lane, which has the larger hall and playing "
            "field.",
            "+Tansywell's building will stay open as a nursery and after-school club until at least 2028.",
        ],
        [
            "-Gallery: Tansywell Primary through the years (18 photos)",
            "-Sign up to our schools newsletter every Friday",
        ],
        [
            "+Staff at both schools have been told that no teaching jobs will be lost.",
        ],
        [
            "+A new name for the school will be chosen by pupils in a vote before Easter.",
        ],
        [
            "+The county council will hold drop-in sessions for parents at both schools in January.",
        ],
        [
            "-Comments (4)",
            "-Tansywell_Dad · 3 hours ago",
            "-The walk to Mill Lane is fine for us, but what about the families out on the Carr estate?",
            "-↳ Rosie M. · 2 hours ago",
            "-↳ There's talk of a walking bus from the estate, apparently.",
            "-↳↳ Tansywell_Dad · 1 hour ago",
            "-↳↳ First I've heard of it – I hope it's true.",
        ],
    ]),
    "en-blog-chardandchickpea-lentilstew": _page("en", "en-blog-chardandchickpea-lentilstew", [
        [
            "-Chard & Chickpea",
            "-Plant-based cooking for busy weeknights",
            "-Recipes · Meal plans · About · Shop",
        ],
        [
            "+A smoky red lentil stew for the first cold week of December",
        ],
        [
            "-Posted on 3 December 2026 by Poppy",
            "-Filed under: Stews, Weeknight",
            "-Jump to Recipe · Print Recipe",
            "-This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
        ],
        [
            "-Table of contents",
            "-1. Why red lentils",
            "-2. What goes in the pot",
            "-3. Serving ideas",
        ],
        [
            "+This is the stew I make when the heating has just come on and nobody wants to go to the shops: one "
            "pot, forty minutes, and almost everything comes from the cupboard.",
        ],
        [
            "+Red lentils do the heavy lifting here. They collapse as they cook, so the stew thickens on its own "
            "without any cream or flour.",
        ],
        [
            "+My neighbour, who swore she would never eat \"lentil mush\", had two bowls and said: \"Fine, I'll "
            "admit it, that's proper food.\"",
        ],
        [
            "+What goes in the pot",
        ],
        [
            "+200g red lentils, rinsed twice",
            "+One tin of chopped tomatoes and a tablespoon of smoked paprika",
        ],
        [
            "-Pin it for later!",
        ],
        [
            "+A big handful of chard, stalks chopped and leaves torn",
        ],
        [
            "-Photo: the stew just before the chard goes in.",
        ],
        [
            "+Serve it with flatbread or a scoop of rice; it keeps for three days in the fridge.",
        ],
        [
            "+Next week: a baked oat pudding that needs no eggs at all. Tell me in the comments what you'd like me "
            "to veganise next!",
        ],
        [
            "-2 comments",
            "-Harriet_K says:",
            "-Made this last night with spinach instead of chard – lovely!",
            "-Tom_B says:",
            "-Could I use green lentils?",
            "-↳ Poppy says:",
            "-↳ You can, but give them twenty minutes longer.",
        ],
    ]),
    "fr-portail-saint-aubrevin-aire-de-jeux": _page("fr", "fr-portail-saint-aubrevin-aire-de-jeux", [
        [
            "-La Gazette de Saint-Aubrevin",
            "-Actualités · Sports · Agenda · Annonces",
        ],
        [
            "+Une nouvelle aire de jeux ouvre au parc des Tilleuls",
        ],
        [
            "-Par Maëlle Dorvignac",
            "-Publié le 03/12/2026 à 17h12",
            "-Lecture : 3 min",
            "-Les premiers enfants sur la tour d'escalade, mercredi après-midi.",
        ],
        [
            "+Après huit mois de travaux, la nouvelle aire de jeux du parc des Tilleuls a ouvert mercredi, avec un "
            "toboggan de quatre mètres, une tour d'escalade et un tourniquet accessible aux fauteuils roulants.",
        ],
        [
            "-À lire aussi",
            "-Saint-Aubrevin : la piscine fermée pour vidange jusqu'au 15 janvier",
            "-Le marché de Noël s'installe place de la Halle",
        ],
        [
            "+Le chantier a coûté 186 000 euros, dont un tiers financé par la région au titre des équipements de "
            "proximité.",
        ],
        [
            "+« Les enfants ont participé au choix des jeux en classe, et ça se voit : ils étaient là avant "
            "l'ouverture des grilles », sourit l'adjointe au maire chargée de l'enfance, Colette Ravelonne.",
            "-Colette Ravelonne, mercredi, devant le nouveau tourniquet.",
        ],
        [
            "+Ce que l'on trouve dans le parc",
        ],
        [
            "+Un espace pour les moins de 3 ans, clôturé et au sol amortissant",
            "+Une tour d'escalade avec filet et toboggan pour les 6-12 ans",
            "+Des bancs à l'ombre et une fontaine d'eau potable",
        ],
        [
            "-Newsletter : recevez l'essentiel de Saint-Aubrevin chaque matin",
        ],
        [
            "+L'aire de jeux est ouverte tous les jours de 8 heures à 20 heures, et jusqu'à 18 heures en hiver.",
        ],
        [
            "+Une seconde aire, dans le quartier de la Gare, doit suivre en 2028.",
        ],
        [
            "-Réagir (3)",
            "-Papa_de_Jules",
            "-Enfin ! Mais pourquoi pas de toilettes à côté ?",
            "-↳ La rédaction",
            "-↳ Des toilettes sèches sont prévues au printemps, selon la mairie.",
            "-↳↳ Papa_de_Jules",
            "-↳↳ Merci pour la réponse !",
            "-Mots-clés : parcs, enfance, travaux",
            "-© La Gazette de Saint-Aubrevin 2026",
        ],
    ]),
    "fr-blog-lebecbiseaute-chanceliere": _page("fr", "fr-blog-lebecbiseaute-chanceliere", [
        [
            "-Le Bec Biseauté",
        ],
        [
            "+Mes débuts en chancelière avec une plume de 3,8 mm",
        ],
        [
            "-Calligraphie · Débuter",
            "-Publié le 1er décembre 2026",
            "-Temps de lecture : 6 minutes",
            "-4 commentaires",
            "-Sommaire",
            "-1. Le matériel",
            "-2. Les premiers exercices",
            "-3. Mes erreurs",
        ],
        [
            "+Cela faisait des années que j'admirais les cartes de vœux d'une amie, écrites dans une chancelière "
            "parfaite, sans jamais oser m'y mettre.",
        ],
        [
            "+En septembre, je me suis enfin inscrite à un atelier du samedi matin, et depuis je remplis une page "
            "d'exercices chaque soir.",
        ],
        [
            "+Ma professeure me répète sans cesse : « L'angle de la plume compte plus que la forme des lettres. » "
            "Elle avait raison.",
        ],
        [
            "-Ces liens sont affiliés : si vous achetez, je touche une petite commission.",
        ],
        [
            "+Ce que j'ai acheté pour commencer",
        ],
        [
            "+Une plume Brause de 3,8 mm et un porte-plume droit",
        ],
        [
            "-Photo : mes premières lignes de n, encore tremblantes.",
        ],
        [
            "+Une encre de Chine diluée pour qu'elle coule mieux",
            "+Du papier layout de 90 g, qui ne bave pas",
        ],
        [
            "+Au bout de trois mois, mes lettres ne penchent plus toutes dans des directions différentes, et c'est "
            "déjà une victoire.",
        ],
        [
            "+Et vous, par quelle écriture avez-vous commencé ? Racontez-moi en commentaire.",
        ],
        [
            "-Laisser un commentaire",
            "-Sidonie_R",
            "-Bravo ! Mes n ressemblaient à des m au début.",
            "-↳ Anouchka",
            "-↳ Ça me rassure !",
            "-↳↳ Sidonie_R",
            "-↳↳ Tiens bon, ça vient vite.",
            "-↳↳↳ Anouchka",
            "-↳↳↳ Merci, je m'accroche !",
        ],
    ]),
    "de-portal-kesselbruenn-jugendorchester": _page("de", "de-portal-kesselbruenn-jugendorchester", [
        [
            "-Kesselbrünner Bote",
            "-Lokales · Kultur · Sport · Service",
        ],
        [
            "-Startseite › Kultur › Musik",
        ],
        [
            "+Jugendorchester bricht zu seiner ersten Tournee nach Italien auf",
        ],
        [
            "-Von Almut Wallmersiek",
            "-04.12.2026, 07:30 Uhr",
            "-Artikel anhören",
            "-Merken",
            "-Teilen",
            "-Die jungen Musikerinnen und Musiker bei der Generalprobe in der Stadthalle.",
        ],
        [
            "+Mit 46 Musikerinnen und Musikern zwischen 12 und 19 Jahren reist das Jugendsinfonieorchester der "
            "Musikschule in den Osterferien zu vier Konzerten nach Norditalien.",
        ],
        [
            "+Ein Jahr lang haben die Jugendlichen dafür gespart, Kuchen verkauft und bei Hochzeiten gespielt; den "
            "Rest der Reisekosten trägt der Förderverein.",
        ],
        [
            "-Lesen Sie auch: Musikschule bekommt neuen Konzertflügel",
        ],
        [
            "+„Für viele ist es die erste Reise ohne Eltern – und die erste vor einem Publikum, das kein Wort "
            "Deutsch versteht“, sagt Dirigent Falko Ostendieck.",
        ],
        [
            "+Das Programm der Tournee",
        ],
        [
            "+Dvořáks Sinfonie Nr. 8 als Hauptwerk",
        ],
        [
            "-Werbung",
            "-Jetzt Probeabo sichern: 4 Wochen gratis lesen",
        ],
        [
            "+Eine Suite aus Filmmusik, arrangiert von zwei Orchestermitgliedern",
            "+Als Zugabe ein Ländler – „damit die Italiener wissen, woher wir kommen“",
        ],
        [
            "+Vor der Abreise gibt das Orchester am 21. März ein Abschlusskonzert in der Stadthalle; der Eintritt "
            "ist frei, Spenden sind willkommen.",
        ],
        [
            "+Wer die Tournee unterstützen möchte, kann sich beim Förderverein melden.",
        ],
        [
            "-Kommentare (2)",
            "-Geigenmama",
            "-Unsere Tochter ist dabei und kann seit Wochen an nichts anderes denken.",
            "-↳ Bratsche_Bernd",
            "-↳ Toi, toi, toi an alle!",
            "-Mehr zum Thema: Musikschule Kesselbrünn",
            "-Kesselbrünner Bote auf WhatsApp folgen",
            "-© Kesselbrünner Verlagshaus 2026",
        ],
    ]),
    "de-blog-wasserpestundwelse-einfahrphase": _page("de", "de-blog-wasserpestundwelse-einfahrphase", [
        [
            "-Wasserpest & Welse",
            "-Ein Aquarium-Blog aus dem Keller",
        ],
        [
            "+Sechs Wochen Einfahrphase: Mein 60-Liter-Becken für Zwerggarnelen",
        ],
        [
            "-2. Dezember 2026 · Jannes",
            "-Kategorie: Nano-Aquarien",
            "-Lesezeit: 5 Minuten",
        ],
        [
            "-Inhaltsübersicht",
            "-Warum so lange warten?",
            "-Meine Wasserwerte",
            "-Fazit",
        ],
        [
            "+Wer Garnelen in ein frisch eingerichtetes Becken setzt, verliert sie oft innerhalb weniger Tage – das "
            "habe ich vor zwei Jahren schmerzhaft gelernt. Diesmal bekam das Becken sechs Wochen, bevor das erste "
            "Tier einziehen durfte.",
        ],
        [
            "+Ein alter Hase aus meinem Aquarienverein sagte mir: „Geduld ist das billigste Zubehör, das du kaufen "
            "kannst.“",
        ],
        [
            "-Foto: das Becken in Woche drei, noch mit Algenflaum.",
        ],
        [
            "+Was ich jede Woche gemessen habe",
        ],
        [
            "+Nitrit: in Woche zwei ein deutlicher Peak, ab Woche vier nicht mehr nachweisbar",
            "+Nitrat: langsam steigend, mit Wasserwechseln unter 20 mg/l gehalten",
            "+Temperatur: konstant 23 Grad ohne Heizstab",
        ],
        [
            "-*Affiliate-Link",
            "-Den Tröpfchentest, den ich benutze, findest du hier bei Amazon*",
        ],
        [
            "+Gesamthärte: 7 °dGH, passend für Neocaridina",
        ],
        [
            "+Am Samstag sind die ersten zwölf Red-Fire-Garnelen eingezogen, und alle leben noch.",
        ],
        [
            "-Newsletter: Neue Beiträge einmal im Monat per Mail",
        ],
        [
            "+Im nächsten Beitrag zeige ich, welche Pflanzen im Becken gut laufen und welche mir weggeschmolzen sind.",
        ],
        [
            "-3 Kommentare",
            "-Uwe_Zierfisch",
            "-Sechs Wochen ist vorbildlich. Ich hab damals nach drei Tagen eingesetzt …",
            "-↳ Jannes (Autor)",
            "-↳ Und, wie ist es ausgegangen?",
            "-↳↳ Uwe_Zierfisch",
            "-↳↳ Reden wir nicht drüber.",
        ],
    ]),
    "it-portale-valmorsano-maturita": _page("it", "it-portale-valmorsano-maturita", [
        [
            "-Valmorsano Oggi",
            "-Cronaca · Scuola · Sport · Eventi · Necrologie",
            "-Giovedì 10 luglio 2026 – Aggiornato alle 19:02",
        ],
        [
            "+Maturità, esposti i tabelloni al liceo cittadino: promossi 142 studenti su 145",
        ],
        [
            "-di Ermanno Vallarsini",
            "-Foto: la folla di studenti davanti all'ingresso del liceo alle 8 del mattino",
            "-Condividi su Facebook",
            "-Leggi anche: Esami di terza media, il calendario delle prove orali",
        ],
        [
            "+Alle otto in punto i collaboratori scolastici hanno appeso i tabelloni nell'atrio, e in pochi minuti "
            "davanti all'ingresso c'erano più di duecento ragazzi.",
        ],
        [
            "-Sondaggio: com'è andato il tuo esame? Vota",
        ],
        [
            "+Quest'anno i cento sono stati undici, quattro dei quali con lode, il numero più alto degli ultimi "
            "dieci anni.",
        ],
        [
            "+«Li abbiamo visti crescere per cinque anni, oggi è anche la nostra festa», ha detto la dirigente "
            "scolastica Ermenegilda Bracciolanti.",
        ],
        [
            "+I numeri del liceo",
        ],
        [
            "+Tre studenti non ammessi all'orale per le troppe assenze",
            "+Voto medio di 81 centesimi, in crescita di due punti",
        ],
        [
            "-Contenuto sponsorizzato",
            "-Corsi di recupero estivi: iscrizioni aperte",
        ],
        [
            "+Quarantadue diplomati iscritti alle facoltà scientifiche dell'ateneo regionale",
        ],
        [
            "+I voti delle singole classi sono stati pubblicati anche sul registro elettronico nel pomeriggio.",
        ],
        [
            "+La cerimonia di consegna dei diplomi si terrà in piazza a settembre.",
        ],
        [
            "-Commenti dei lettori",
            "-Mamma_di_Sofia",
            "-Complimenti a tutti i ragazzi, anche a chi non ha preso cento!",
            "-↳ Prof_in_pensione",
            "-↳ Parole sacrosante.",
            "-Gianluca_B",
            "-E i tre non ammessi? Nessuno ne parla.",
            "-↳ Redazione",
            "-↳ Per rispetto dei ragazzi non pubblichiamo i loro nomi.",
            "-© 2026 Valmorsano Oggi · Privacy · Cookie policy",
        ],
    ]),
    "it-blog-scarponelento-crinale": _page("it", "it-blog-scarponelento-crinale", [
        [
            "-Scarpone Lento",
            "-Camminate in collina per gambe normali",
        ],
        [
            "+Il nostro anello sul crinale con la prima neve",
        ],
        [
            "-Pubblicato il 30 novembre 2026",
            "-Categoria: Escursioni invernali",
            "-Lettura in 7 minuti",
            "-Indice dei contenuti",
            "-Il percorso",
            "-Cosa mettere nello zaino",
            "-Le foto",
        ],
        [
            "+Sabato mattina il bollettino dava sole fino alle tre, e con Marta abbiamo deciso di provare l'anello "
            "del crinale che rimandavamo da due inverni.",
        ],
        [
            "+Dalla chiesetta del paese sono sei chilometri di salita dolce, poi due di cresta esposta al vento "
            "prima di rientrare nel bosco.",
        ],
        [
            "+A metà salita un pastore ci ha fermati: «Lassù oggi il vento vi porta via il cappello, tenetelo in "
            "tasca». Aveva ragione.",
        ],
        [
            "-Traccia GPX scaricabile in fondo all'articolo",
        ],
        [
            "+Cosa avevo nello zaino",
        ],
        [
            "+Ramponcini leggeri, indispensabili sull'ultimo tratto ghiacciato",
        ],
        [
            "-Alcuni link sono affiliati: se acquisti, il blog riceve una piccola percentuale.",
        ],
        [
            "+Un thermos di tè caldo e due panini",
            "+Guanti di ricambio, perché i primi si bagnano sempre",
        ],
        [
            "+In tutto cinque ore con le soste, e il tramonto visto dalla cresta valeva ogni passo.",
        ],
        [
            "+Se lo fate anche voi, scrivetemi com'era la neve: torneremo a gennaio.",
        ],
        [
            "-Galleria fotografica: 24 immagini dal crinale",
            "-Scarica la traccia GPX",
            "-5 commenti",
            "-Lorenzo_camminatore",
            "-Bellissimo giro, lo facevo da ragazzo!",
            "-↳ Scarpone Lento",
            "-↳ Allora sai quanto tira il vento lassù!",
            "-↳↳ Lorenzo_camminatore",
            "-↳↳ Eccome, una volta mi ha portato via gli occhiali.",
        ],
    ]),
    "pl-portal-zawilcowo-autobus-szkolny": _page("pl", "pl-portal-zawilcowo-autobus-szkolny", [
        [
            "-Głos Zawilcowa",
            "-Wiadomości · Sport · Kultura · Ogłoszenia",
            "-Zawilcowo, -2°C, pochmurno",
        ],
        [
            "+Gimbus pojedzie nową trasą. Dzieci z Jaskrowic dojadą do szkoły kwadrans szybciej",
        ],
        [
            "-Autor: Bożena Strzemiołek",
            "-05.12.2026, 10:15",
            "-Czas czytania: 3 min",
            "-Autobus szkolny na przystanku przy remizie w Jaskrowicach. Fot. Głos Zawilcowa",
        ],
        [
            "+Od 5 stycznia szkolny autobus z Jaskrowic nie będzie już objeżdżał zamkniętej dla ruchu drogi przez las.",
        ],
        [
            "-Czytaj też:",
            "-Zimowe utrzymanie dróg gminnych: kto odpowiada za Twoją ulicę",
        ],
        [
            "+Dzięki temu przejazd do szkoły podstawowej w Zawilcowie skróci się z 40 do 25 minut, a autobus będzie "
            "odjeżdżał o 7:20 zamiast o 7:05.",
        ],
        [
            "+„Rodzice prosili o to od dwóch lat. Wreszcie dzieci nie będą czekać na przystanku po ciemku” – mówi "
            "sołtyska Jaskrowic Urszula Dębiakowska.",
        ],
        [
            "+Nowy rozkład w skrócie",
        ],
        [
            "+Odjazd z Jaskrowic o 7:20, przyjazd pod szkołę o 7:45",
            "+Powrót po lekcjach o 14:10 i 15:40",
        ],
        [
            "-Pobierz rozkład jazdy (PDF, 120 KB)",
        ],
        [
            "+W piątki dodatkowy kurs o 13:15",
        ],
        [
            "-Polecamy: Ferie w gminie – program zajęć dla dzieci",
        ],
        [
            "+Gmina zapowiada, że trasa zostanie oceniona po feriach zimowych.",
        ],
        [
            "+Uwagi można zgłaszać w sekretariacie szkoły.",
        ],
        [
            "-Komentarze (3)",
            "-mama_Oskara",
            "-Nareszcie! Syn wstawał o szóstej.",
            "-↳ Jaskrowiczanin",
            "-↳ A co z dziećmi z gospodarstw przy lesie?",
            "-↳↳ mama_Oskara",
            "-↳↳ Podobno mają dostać dowóz busikiem gminnym.",
            "-Gość: Ania",
            "-Kierowca pan Zbyszek to złoty człowiek :)",
        ],
    ]),
    "pl-blog-marchewkowastolnica-pierogi": _page("pl", "pl-blog-marchewkowastolnica-pierogi", [
        [
            "-Marchewkowa Stolnica",
            "-Przepisy · Wigilia · O mnie · Współpraca",
        ],
        [
            "+Wegańskie pierogi z kapustą i grzybami na Wigilię",
        ],
        [
            "-Opublikowano 4 grudnia 2026",
            "-Autorka: Kasia",
            "-Wpis zawiera linki afiliacyjne.",
            "-Spis treści",
            "-1. Ciasto bez jajka",
            "-2. Nadzienie",
            "-3. Lepienie i mrożenie",
        ],
        [
            "+W moim domu Wigilia bez pierogów się nie liczy, a odkąd nie jem produktów odzwierzęcych, musiałam "
            "nauczyć się robić ciasto bez jajka.",
        ],
        [
            "+Sekretem okazała się gorąca woda i łyżka oleju – ciasto jest elastyczne i nie pęka przy lepieniu.",
        ],
        [
            "+Babcia, która przez czterdzieści lat lepiła tradycyjne, spróbowała i orzekła: „Nikt by nie zgadł, że "
            "tu nie ma jajka”.",
        ],
        [
            "+Składniki na około 50 sztuk",
        ],
        [
            "+500 g mąki pszennej i 250 ml gorącej wody",
            "+Pół kilograma kiszonej kapusty",
        ],
        [
            "-Zapisz przepis na Pintereście",
        ],
        [
            "+Garść suszonych borowików namoczonych przez noc",
        ],
        [
            "+Pierogi najlepiej zamrozić na tacy, a dopiero potem przesypać do woreczka.",
            "-Więcej przepisów znajdziesz na moim Instagramie",
            "+Następnym razem pokażę wegański barszcz na zakwasie – dajcie znać, czy ktoś już próbował!",
        ],
        [
            "-Komentarze: 4",
            "-Zuzia_gotuje",
            "-Robiłam w zeszłym roku z Twojego przepisu, rodzina zachwycona!",
            "-↳ Kasia",
            "-↳ Bardzo się cieszę, wesołych świąt!",
            "-Marek W.",
            "-A można dodać trochę soczewicy do farszu?",
            "-↳ Kasia (autorka)",
            "-↳ Jasne, dwie łyżki czerwonej wystarczą.",
        ],
    ]),
    "ru-portal-olkhoborsk-letniy-lager": _page("ru", "ru-portal-olkhoborsk-letniy-lager", [
        [
            "-Ольхоборский вестник",
            "-Новости · Общество · Спорт · Афиша",
            "-16+",
        ],
        [
            "+Детский лагерь «Берёзка» откроется после ремонта уже в июне",
        ],
        [
            "-Алевтина Курослепова",
            "-5 декабря 2026, 11:40",
            "-Просмотров: 1 280",
            "-Поделиться новостью",
            "-Главный корпус лагеря после замены кровли. Фото: пресс-служба администрации",
        ],
        [
            "+Загородный лагерь «Берёзка», закрытый два лета подряд из-за аварийной кровли, примет первых детей 10 "
            "июня, сообщили в управлении образования Ольхоборска.",
        ],
        [
            "+За зиму в лагере заменят крышу главного корпуса, отремонтируют столовую и построят новую спортивную "
            "площадку с искусственным покрытием.",
        ],
        [
            "-Читайте также: В Ольхоборске выбрали лучшего учителя года",
        ],
        [
            "+«Мы получили сотни писем от родителей, которые сами отдыхали в „Берёзке“ и хотят отправить туда своих "
            "детей», — рассказала начальник управления образования Вероника Ольшевицкая.",
        ],
        [
            "+Сколько будет смен",
        ],
        [
            "+Четыре смены по 21 дню, с июня по август",
        ],
        [
            "-Видео дня",
            "-Подписывайтесь на наш канал в Telegram",
        ],
        [
            "+Путёвки для детей из многодетных семей — бесплатно",
            "+Для остальных путёвка обойдётся в 18 400 рублей",
        ],
        [
            "+Заявления начнут принимать через портал госуслуг с 1 апреля.",
        ],
        [
            "+В прошлом году дети из Ольхоборска отдыхали в лагерях соседних районов.",
        ],
        [
            "-Теги: лагеря, дети, лето",
            "-Комментарии (3)",
            "-Татьяна",
            "-Сама ездила туда в 90-х, рада, что лагерь не закрыли совсем.",
            "-↳ Гость",
            "-↳ А вожатых где возьмут?",
            "-↳↳ Ольхоборский вестник",
            "-↳↳ В управлении обещают набрать студентов педколледжа.",
            "-© 2026 Ольхоборский вестник. Все права защищены.",
        ],
    ]),
    "ru-blog-volosyanayaliniya-tekstura": _page("ru", "ru-blog-volosyanayaliniya-tekstura", [
        [
            "-Волосяная линия",
            "-Блог о каллиграфии и леттеринге",
        ],
        [
            "+Учусь писать текстурой: первый месяц с пером 3 мм",
        ],
        [
            "-Рубрика: Готическое письмо",
            "-2 декабря 2026",
            "-Время чтения: 5 минут",
            "-Фото: разворот тетради после первой недели.",
        ],
        [
            "+Текстура — самый «строгий» из готических шрифтов, и именно поэтому я долго её откладывала: все буквы "
            "состоят из одинаковых вертикальных штрихов.",
        ],
        [
            "+Месяц назад я купила тетрадь в крупную клетку и поставила себе цель — по одной странице каждый вечер.",
        ],
        [
            "+Мой преподаватель в мастерской повторяет: «Ритм важнее красоты отдельной буквы». Теперь я понимаю, что "
            "он имел в виду.",
        ],
        [
            "+Что мне помогло",
        ],
        [
            "+Разлиновка с углом 5° для засечек",
            "+Пауза после каждой строки: встать, размять кисть",
        ],
        [
            "-В посте есть партнёрские ссылки на магазин.",
        ],
        [
            "+Тушь вместо чернил — она не растекается на дешёвой бумаге",
        ],
        [
            "-Похожие записи",
            "-Унциал для начинающих: с чего я начинала",
            "-Как заточить ширококонечное перо",
        ],
        [
            "+Через месяц мои «m» и «n» наконец стали одинаковой ширины, а строки — ровными.",
        ],
        [
            "+В следующем посте покажу, как писать версалии текстурой. Пишите в комментариях, какие шрифты учите вы!",
        ],
        [
            "-Комментарии: 5",
            "-Ксения_пишет",
            "-Очень знакомо! Я тоже месяц мучилась с одинаковой шириной.",
            "-↳ Автор блога",
            "-↳ Главное — не бросать!",
            "-Илья К.",
            "-А бумагу какую посоветуете?",
            "-↳ Волосяная линия",
            "-↳ Обычная офисная 100 г/м² вполне подойдёт.",
            "-© 2026 Волосяная линия. Копирование текстов — только с активной ссылкой.",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Short one today – you'll be done before the kettle boils (three minutes, tops).":
        "an English blog's reading-time sentence ('Short one today – you'll be done before the kettle boils (three "
        "minutes, tops).') is left at the head",
    "Source: Department for Education · Get the data · Created with Datawrapper":
        "an English Datawrapper chart residue ('Source: Department for Education · Get the data · Created with "
        "Datawrapper') is left in the body",
    "Never submit passwords through Google Forms.":
        "an English Google Forms embed residue ('Never submit passwords through Google Forms.') is left in the body",
    "Environ 900 mots, soit 4 minutes de lecture":
        "a French word-count reading-time row ('Environ 900 mots, soit 4 minutes de lecture') is left at the head",
    "Plus de publications sur Calaméo":
        "a French Calaméo embed residue ('Plus de publications sur Calaméo') is left in the body",
    "Ce site a fait l'objet d'une déclaration à la CNIL sous le numéro 0000000.":
        "a French CNIL-declaration footer ('Ce site a fait l'objet d'une déclaration à la CNIL sous le numéro "
        "0000000.') is left at the foot",
    "Ein Text für die Kaffeepause: knapp fünf Minuten Lesezeit.":
        "a German reading-time sentence ('Ein Text für die Kaffeepause: knapp fünf Minuten Lesezeit.') is left at "
        "the head",
    "Unisciti al gruppo Facebook del blog: siamo già più di 3.000 appassionati di acquari!":
        "an Italian blog's Facebook-group plug ('Unisciti al gruppo Facebook del blog: siamo già più di 3.000 "
        "appassionati di acquari!') is left at the foot",
    "Uwaga: wpis zawiera lokowanie produktu – tusze dostałam do testów od producenta.":
        "a Polish product-placement note ('Uwaga: wpis zawiera lokowanie produktu – tusze dostałam do testów od "
        "producenta.') is left at the foot",
    "Проект реализуется при поддержке Фонда президентских грантов.":
        "a Russian grant-support note ('Проект реализуется при поддержке Фонда президентских грантов.') is left at "
        "the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-portail-saint-aubrevin-aire-de-jeux":
        "the regional portal's playground story keeps its photo caption ('Les premiers enfants sur la tour "
        "d'escalade, mercredi après-midi.') under the title and its caption ('Colette Ravelonne, mercredi, devant le "
        "nouveau tourniquet.') on the line right after the paragraph with the quote (2 of 20 noise lines)",
    "de-portal-kesselbruenn-jugendorchester":
        "the regional portal's youth-orchestra story keeps its photo caption ('Die jungen Musikerinnen und Musiker "
        "bei der Generalprobe in der Stadthalle.') under the title (1 of 20 noise lines)",
    "ru-blog-volosyanayaliniya-tekstura":
        "the calligraphy blog's textura post keeps its tagline ('Блог о каллиграфии и леттеринге') above the title "
        "(1 of 20 noise lines)",
}


test_held_out_102_line, test_held_out_102_line_is_kept, test_held_out_102_page = held_out_tests(
    HELD_OUT_102_LINES, HELD_OUT_102_KEEP, HELD_OUT_102_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
