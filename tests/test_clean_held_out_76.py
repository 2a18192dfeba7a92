"""Held-out set 76: written blind, weighted toward the noise the cleaner exists for, in shapes set 75's docstring does
not name: scraper, ad, paywall and gallery markers (a Reuters-style ad slot "Advertisement · Scroll to continue", the
Guardian's scraped image button "View image in fullscreen", an English metered-paywall prompt "You've reached your limit
of free articles this month. Subscribe now for unlimited access.", a French ad break "Publicité, votre contenu continue
ci-dessous", a German free-article counter "Sie haben 3 von 3 kostenlosen Artikeln in diesem Monat gelesen.", an Italian
subscribers-only cut "Questo contenuto è riservato agli abbonati. Accedi o abbonati per continuare a leggere.", the
Polish gallery link "Zobacz galerię: 12 zdjęć" and a Russian ad-marking line with company, tax number and erid token
"Реклама. ООО «...», ИНН 0000000000, erid: ..."); reading-time headers in new wordings (the English "Approx. read time:
7 min", an English word-count and minute row "1,240 words · 6 minute read", the French "Temps de lecture estimé : 5
minutes", the German "5 Min. Lesezeit", the Italian "Tempo di lettura stimato: 5 min", the Polish "Czas czytania: ok. 5
minut" and the Russian "6 минут на прочтение"); bylines and self-promotion (an English Local Democracy Reporting Service
credit, an English buy-me-a-coffee-on-Ko-fi plug, an English freelance-contributor bio line, a French
support-me-on-Tipeee plug, a German buy-me-a-coffee-via-PayPal plug, an Italian join-my-Telegram-channel plug, a Polish
buycoffee.to plug and a Russian support-me-on-Boosty plug); blog and site footers (an English company-registration row
"© 2026 ... Ltd. Registered in England and Wales, company number 00000000.", Wix's "© 2026 by .... Proudly created with
Wix.com", WordPress's block-theme footer "Designed with WordPress", the French hosting notice "Hébergeur : OVH SAS, 2
rue Kellermann, 59100 Roubaix, France", the German publisher line "Ein Angebot der ... GmbH & Co. KG", the Italian ROC
registration "Testata giornalistica iscritta al ROC con il n. 00000", a Polish publisher row with KRS and NIP numbers
and Tilda's Russian "Сделано на Tilda"); reader-comment furniture (an English community-guidelines moderation note, an
English subscribers-only commenting line, an English collapsed-comments button "View comments (14)", the French
show-replies button "Afficher les 8 réponses", the German overnight closure "Der Kommentarbereich ist zwischen 22 und 7
Uhr geschlossen.", an Italian netiquette note, the Polish portal's comment-liability disclaimer "Komentarze są
prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść." and the Russian
premoderation note "Комментарии проходят премодерацию и появляются на сайте в течение суток."); share rows (an English
Pinterest, Reddit, WhatsApp and copy-link row, an Italian copy-link, e-mail and print row and a Russian Telegram,
WhatsApp, Viber and copy-link row); and notices (a French series note "Cet article fait partie de notre série « ... ».",
a German first-in-print note "Dieser Text erschien zuerst in der Printausgabe vom 3. Dezember 2026." and a Polish update
note "Aktualizacja, godz. 14:20: dodaliśmy komentarz wójta gminy."); and toward whole scraped news, opinion and
hobby-blog pages in layouts sets 58 to 75 did not use, as far as set 75's docstring lists them (a regional portal's
story on a 1930s open-air lido reopening after a community share offer, with a comment, a beekeeping blog's post on the
first hive inspection of spring, with a comment, a regional portal's story on a mobile library van back on the road to
the hamlets, with a comment, a preserving blog's post on quince jelly from a neighbour's tree, with a comment, a
regional portal's story on the last houses of a village connected to fibre broadband, with a comment, a paper's column
on leaf blowers, with a comment, a regional portal's story on a village fountain running again after thirty years, with
a comment, a hiking blog's post on an old mule track cleared by volunteers, with a comment, a regional portal's story on
a village library moved into a former school, with a comment, a weekly's column on who clears the snow from the pavement
in front of an empty plot, with a comment, a regional portal's story on a pedestrian traffic light put up by a school,
with a comment, and a home-preserving blog's post on fermenting cabbage in an enamel bucket, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 75), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder. Read were: the docstring of held-out set 75 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s76scratch/read75.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
75's, taken by a script (/tmp/s76scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 75 -> 76, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s76,
detached at commit 11bce1028e3e9786ca41f89864e3a1ea00253082, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me. Set 75's file was only printed through the ast
script above, but I ran that script twice: the tool that showed me its first run's output left out 16 lines in the
middle of the docstring part (the end of its "Slips and notes" and the start of its "Judgement calls"), so I ran the
same script again with its output sent to a scratch file (/tmp/s76scratch/read75.out) and printed lines 128 to 150 of
that file with ``sed``; this showed only the same allowed text (the docstring cut held; the printed docstring ended with
set 75's Baseline paragraph). The build script, which read set 75's file to take its tail, printed nothing but the tail
it wrote. At my first step ``git status --short | head`` in /work/main printed nothing (a clean working tree). (2) The
worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not
look up which round the frozen commit is. The branch set76 was made from the same commit; there this file (with the
xfail tables filled) gives only passed and xfailed tests, which is a check of the tables, not a second measurement. (3)
To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. The stand-in noisy_corpus module was written by a second small script that imported
tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to
the scratch folder without printing it. (4) Before the measurement the lists were executed from a scratch folder
(/tmp/s76scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean``
whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case was run
through the cleaner) that counted the lines by category and by language (from the ``# English`` ... comments), the keep
lines by language and the pages by language, printed each page's block sizes and checked that no page noise line repeats
on its page, is a substring of an article line of its page or overlaps (equals, contains or is contained in) a line of
``HELD_OUT_76_LINES``. Its first run stopped on my own mistake: the pages were built as ``dict([_page(...), ...])``,
which keys them by language; they became a dict of name -> ``_page(...)``. Its second run found two overlaps: the
library-van page's ad label "Publicité" is contained in the French ad-break line, and the fountain page's "Accedi" in
the Italian paywall line; they became "Contenus sponsorisés" and "Accedi | Abbonati", and the third run found nothing.
No list changed after that check. (5) At the measurement this docstring was a placeholder; it was written afterwards,
with the xfail tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s76scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of the
failing ones, to write the xfail reasons. (6) Invented names were checked, before the measurement, against the helper's
exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not a proof that
they do not exist: Hollingfold, Hollingfold Herald, Hollingfold Lido, Vérzac, Vérzac Infos, Kleinhaselried,
Kleinhaselried24, Ebersmoos, Ebersmooser, Ebersmooser Medien, Valcerreto, Valcerreto Oggi, Olszynowo, Kurier
Olszynowski, Tygodnik Nadrzeczny, Media Nadrzeczne, Нижнеполянск, Вести Нижнеполянска, Полянский двор, The Leaning Hive,
Bramble & Burdock, Les Bocaux de Margot, Scarponi e Castagne and Кадушка и погреб had no hits. Seven names were dropped
after their checks: Eddlethorpe (it occurs only inside Theddlethorpe, a real Lincolnshire village and gas terminal),
Tannwiesen (a street name in a German street list), Pietrascura (a creature's name in a game and colour names
"pietraScura" in code), Краснозёрск (next to the real Краснозёрское and Краснозёрский район), Ольхогорск (in a code list
of invented Russian city names), Castelbruno (invented names in code: a school's address, a football club, a climb) and
Ottermere (game names, a GitHub user name and a stop on a rail graph among Ontario place names), so the
company-registration footer names Hollingfold Media Ltd. Not checked, generic or invented at sight: Hollingfold Media
Ltd, Ebersmooser Anzeiger, "Guten Morgen, Kleinhaselried", Station Road, Mill Lane, Mas-Neuf, place du Foirail,
Kirchgasse, Mühlweg, Sonnenhang, fontana dei Leoni, piazza della Pieve, via della Pieve, via Roma, the Casali, ulica
Kościelna, ulica Leśna, ulica Ogrodowa, улица Гагарина, улица Лесная, улица Мира and школа № 2; these street and place
words are common enough that real streets and places carry them. The people's names (Eleanor Pryce, Tom Alder, Harriet
Quayle, Annette Broadhurst, Sid_from_Mill_Lane, Judith, Margaret H., Anne-Sophie Delmarre, Josiane Fabrègue,
Pépé_du_Mas, Margot, Lucienne, Odile_en_cuisine, Jonas Wetterich, Sabine Kölbl, Hubert, Ulrike Brandhuber, Erwin,
Gartenfreund_62, Marta Guidotti, Gino Sartoni, Anna_della_Pieve, Paolo Ricciardelli, Davide, Ettore, Lucia P., Karolina
Mądrzyk, Bożena Kwiatosz, ~czytelniczka, Tadeusz Ornowski, pani Helena, sąsiad_z_Ogrodowej, Ольга Степнова, Наталья
Груздева, Сергей_П, Тамара, Людмила) are invented, though ordinary names real people may bear; none is meant as a real
person. The company, tax, KRS, NIP, ROC, ISSN and postcode numbers, the erid token and the phone number are zero-filled
or made up, and the e-mail addresses use the reserved .example domain. (7) Some lines name real things, as real pages
do: Reuters' ad-slot wording, the Guardian's image button, the Local Democracy Reporting Service, Ko-fi, Wix.com,
WordPress and its "Designed with WordPress" theme footer, the Independent Publisher 2 theme and its author Raam Dev (a
real person, named as that theme's footer names him), Pinterest, Reddit, WhatsApp, Facebook, X, Twitter, Instagram,
Telegram, Viber, Tipeee, OVH SAS and the Roubaix address French legal notices give for it, the Kadence WP and
GeneratePress themes, PayPal, the Italian ROC register, the CAI (Italian alpine club) and the Pro Loco, the Apennines,
buycoffee.to, the Polish KRS and NIP numbers and name days (Balbina and Bibiana on 2 December), Boosty, Tilda, the
Russian ad-marking rules (ООО, ИНН, erid), the Ctrl+Enter error-report prompt and the 16+ age mark. (8) Set 75's
docstring names its own shapes and the earlier sets' page layouts only, so some lines may repeat shapes of sets before
75 that I could not check; in particular "View image in fullscreen", "Designed with WordPress", the Wix footer and the
Ko-fi plug are common enough that an earlier set or a development list may hold them. Close to shapes set 75 named: the
metered-paywall prompts (English, German, Italian) are paywall markers like its French paywall cut, in other words; the
French ad break is an ad break like its Global News, Stern and Italian ones, in another language; the gallery link and
the erid line are embed and ad markers like its video cut and embed label; the reading-time rows are reading-time
headers in other words than its rows; the Local Democracy Reporting credit is a credit row like its wire credit, and the
Ko-fi, Tipeee, PayPal, Telegram-channel, buycoffee.to and Boosty plugs are self-promotion like its Substack, Steady,
WhatsApp-channel and Instagram plugs, on other platforms; the Wix, WordPress and Tilda rows are platform rows like its
Hugo, Blogger and Astra rows, and the Polish publisher row is near its Polish legal-links row; "Afficher les 8 réponses"
and "View comments (14)" are buttons like its Polish load-more button, and the moderation notes are near its
comment-form consent note; the share rows are share rows on other platforms; the update note is near its Italian
correction note. Page chrome repeats kinds of line set 75's docstring names among its noise (photo captions, ad labels,
newsletter, WhatsApp, Telegram and social prompts, read-also, related and previous-post links, name-day lines, listen
buttons, letters addresses, error-report prompts, age marks), as real pages carry them. (9) My first step's clock
reading was 2026-12-04 11:35:53 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Photographs taken by the parish surveyor", "Subscribers to the
allotment water scheme", "Follow-up inspections", "Shared ownership homes", "Read together", "Advertised as a temporary
measure", "Sources close to the trust", "Photos à l'appui", "Suivre le chantier", "Commentant les chiffres", "Lesen
konnte der Ortschronist", "Kommentarlos nahm der Bauausschuss", "Werbung für das Fest", "Foto d'epoca", "Pubblicato nel
1958", "Seguire i lavori sarà possibile dal sito del Comune", "Komentując decyzję radnych", "Czytelnia przy bibliotece",
"Читатели районной библиотеки" and "Фотографии старой мельницы" are article sentences. The ad slot, the image button,
the paywall and free-article prompts, the French ad break, the gallery link and the ad-marking line are counted as
markers; the reading-time rows (the word-count row included) as reading-time lines; the Local Democracy Reporting
credit, the contributor bio and the Ko-fi, Tipeee, PayPal, Telegram-channel, buycoffee.to and Boosty plugs as bylines;
company, platform, theme, hosting, publisher and registration rows as footers; the moderation, subscribers-only,
overnight-closure, netiquette, liability and premoderation notes and the view-comments and show-replies buttons as
comments; the share rows as share; the series, first-in-print and update notes as notices. On every page the title, the
first paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs are article (10
lines a page: four rows and two last paragraphs, or three rows and three last paragraphs; the leaf-blower column's
sign-off "Bis nächsten Sonntag, über den Gartenzaun hinweg." is its last paragraph and counted as article) and
everything else is noise (20 lines a page: six lines above the title, two under it, two between the first paragraph and
the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot); in particular site
names and taglines, menus, search boxes, sign-in, subscription and e-paper lines, dates, weather, traffic, breaking-news
and name-day lines, breadcrumbs, section, column and category names, bylines, author lines, publication and update
lines, comment counts, star ratings, listen buttons, photo captions, ad labels and affiliate notes, read-also, related,
most-read and previous-post links, newsletter, WhatsApp, Telegram, social, e-mail and tip-off prompts, print buttons,
share buttons, tags, comment headings (the beekeeping post's "11 thoughts on “...”" heading, which repeats the title,
included), commenter rows, comment dates and texts, reply, report and comment-form lines, opinion disclaimers, letters
addresses, error-report prompts, age marks, publisher, copyright, legal, privacy, cookie, theme and platform lines are
noise. The rows: en-portal-hollingfold-lido "What the money pays for", en-blog-leaning-hive "What I found in each hive",
fr-portail-verzac-bibliobus "Les changements de la nouvelle tournée" (three rows), fr-blog-gelee-coings "Ce qu'il vous
faut pour six pots", de-portal-glasfaser "Was Haushalte jetzt wissen müssen", de-kolumne-laubblaeser "Was ich mir von
der Gemeinde wünsche" (three rows), it-portale-fontana "Com'è stato fatto il restauro", it-blog-mulattiera "Cosa trovate
lungo il percorso" (three rows), pl-portal-biblioteka "Co zmieniło się dla czytelników", pl-felieton-odsniezanie "Co
mówią przepisy, w skrócie" (three rows), ru-portal-svetofor "Что ещё сделали у перехода" and ru-blog-kvashenie "Что
понадобится на десятилитровое ведро", the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 10, body 8,
tail 27), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 3, body 9, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-hollingfold-lido (a regional news portal's story on a
lido closed since 2019 reopening after 1,100 residents bought shares in a community benefit society, with a comment),
en-blog-leaning-hive (a back-garden beekeeping blog's post on the first inspection of four hives in spring, one of them
dead, with a comment), fr-portail-verzac-bibliobus (a regional news portal's story on a mobile library van back on its
round of the hamlets after two years without a driver, with a comment), fr-blog-gelee-coings (a preserving blog's post
on quince jelly from a neighbour's tree, made at last with the neighbour's tip, with a comment), de-portal-glasfaser (a
regional news portal's story on the last of 612 households in a village connected to fibre broadband, with a comment),
de-kolumne-laubblaeser (a paper's opinion column on leaf blowers in the village, with a comment), it-portale-fontana (a
regional news portal's story on a fountain running again after thirty years, restored with a Pro Loco fundraiser, with a
comment), it-blog-mulattiera (a hiking blog's post on a mule track down to old mills cleared by volunteers, with a
comment), pl-portal-biblioteka (a regional news portal's story on a village library moved from two rooms over a shop
into a former school, with a comment), pl-felieton-odsniezanie (a weekly's opinion column on who clears the snow from
the pavement in front of an empty plot, with a comment), ru-portal-svetofor (a regional news portal's story on a
pedestrian traffic light put up by a school after five years of requests, with a comment) and ru-blog-kvashenie (a
home-preserving blog's post on fermenting cabbage in an enamel bucket, with a comment); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 11bce1028e3e9786ca41f89864e3a1ea00253082, measured with ``cd /tmp/wt-s76 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s76/src python -m pytest -q tests/test_clean_held_out_76.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s76 && PYTHONPATH=/tmp/wt-s76/src python
scripts/clean_held_out_report.py --sets 76`` (noise lines removed 34/45, article lines kept 20/20, pages clean 5/12,
page noise lines left 13 of 240), with the xfail tables empty): noise lines removed 34/45 (marker 5/8, reading-time 7/7,
byline 7/8, footer 6/8, comments 4/8, share 3/3, notice 2/3; missed, all kept as paragraphs: the English "View image in
fullscreen", the German "Sie haben 3 von 3 kostenlosen Artikeln in diesem Monat gelesen." and the Italian "Questo
contenuto è riservato agli abbonati. Accedi o abbonati per continuare a leggere." put in the body; the English "Eleanor
Pryce, Local Democracy Reporting Service" and the Polish "Aktualizacja, godz. 14:20: dodaliśmy komentarz wójta gminy."
put above the article; and the English "Designed with WordPress", the English "This conversation is moderated according
to our community guidelines. Please read them before joining the discussion.", the German "Der Kommentarbereich ist
zwischen 22 und 7 Uhr geschlossen.", the Italian "Testata giornalistica iscritta al ROC con il n. 00000", the Italian
"Netiquette: i commenti offensivi o fuori tema verranno rimossi dalla redazione." and the Polish "Komentarze są
prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść." put at the foot); keep
lines kept 20/20; pages 5/12 clean (en-portal-hollingfold-lido, fr-portail-verzac-bibliobus, it-portale-fontana,
pl-portal-biblioteka and ru-portal-svetofor), 13 of 240 page noise lines left and 0 of 120 article lines lost:
en-blog-leaning-hive 1 left ("A frame from hive three: capped brood in the middle, a band of pollen around it.");
fr-blog-gelee-coings 3 left ("Les coings du jardin de Lucienne, juste avant l'épluchage", "Annonces" and "Imprimer la
recette"); de-portal-glasfaser 1 left ("Jetzt den kostenlosen Newsletter „Guten Morgen, Kleinhaselried“ abonnieren");
de-kolumne-laubblaeser 3 left ("Ulrike Brandhuber schreibt jeden Sonntag über das Leben in Ebersmoos.", "Laubbläser im
Einsatz: In vielen Gärten gehören sie inzwischen zur Grundausstattung. Symbolfoto: Archiv" and "Ihre Meinung ist uns
wichtig: Schreiben Sie an leserbriefe@ebersmooser-anzeiger.example"); it-blog-mulattiera 3 left ("Il tratto lastricato
dopo la pulizia, con i muretti a secco rimessi in piedi", "Annunci" and "Ricevi i nuovi post via email: inserisci il tuo
indirizzo"); pl-felieton-odsniezanie 1 left ("Podoba Ci się ten felieton? Polub nas na Facebooku!"); ru-blog-kvashenie 1
left ("Капуста после трёх дней брожения, ещё под гнётом"). Of the left page lines none stands above the title or at the
foot; one stands under the title (the leaf-blower column's author line, whose byline goes); seven stand between the
first paragraph and the paragraph with the quote (the photo captions of the beekeeping post, the quince-jelly post, the
leaf-blower column, the mule-track post and the sauerkraut post, whose ad labels go except on the quince-jelly post and
the mule-track post, which keep their ad labels "Annonces" and "Annunci" too, and whose affiliate note goes on the
beekeeping post); and five between the list rows and the last paragraphs (the quince-jelly post's print button, whose
related link goes, the fibre story's newsletter prompt, whose read-also link goes, the leaf-blower column's letters
prompt, whose more-columns link goes, the mule-track post's e-mail subscription prompt, whose related link goes, and the
snow column's like-us-on-Facebook prompt, whose see-also link goes). No article line is lost. The failing cases are
strict xfails.

Still held out after round 69 (development on sets 74 and 73; measured once with ``scripts/clean_held_out_report.py
--sets 76``): noise lines removed 34/45 and keep lines 20/20 (unchanged), pages clean 5/12, page noise lines left
13 -> 12 of 240 (the quince-jelly blog's print button "Imprimer la recette" now goes: round 69's class for print
buttons naming what they print; its caption and ad label stay, and the page's xfail is reworded), article lines lost
0 of 120.

Round 70 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 76`` and ``pytest tests/test_clean_held_out_76.py`` at 77b2613 (before) and the
round's last commit on branch round70 (after): noise lines removed 34/45 -> 45/45 (marker 5/8 -> 8/8, reading-time 7/7,
byline 7/8 -> 8/8, footer 6/8 -> 8/8, comments 4/8 -> 8/8, share 3/3, notice 2/3 -> 3/3), keep lines 20/20 -> 20/20,
pages clean 5/12 -> 8/12, page noise lines left 12 -> 4 of 240, article lines lost 0 -> 0 of 120; pytest 59 passed and
18 xfailed -> 73 passed and 4 xfailed. No article line was lost before or after, so there was no loss to fix. Classes
added (each in six languages with near misses; tests/test_clean.py test_round_70_*): captions with their credit after
them (a stock or archive picture word, Archives and the paper's name, the writer's own picture, the picture word after a
dash, a short quoted name inside the caption); ad networks' labels (Annonces, Annunci, Яндекс.Директ, Ads by Google);
metered paywalls (the share of the article left to read, the count of free articles read, the content reserved for
subscribers with the call to log in); the comment section's rules (moderated by guidelines, closed at night between two
hours, abusive comments removed, comments as their writers' opinions with the newsroom's denial after them, the send
button's consent to the comment rules); press-regulator and accessibility footers, WordPress's block-theme credit, the
ROC register's participle (iscritta al ROC); scraped widget text (a newsletter box's skip link, an image's full-screen
button, the video-of-the-day label, a form plugin's iframe note); prompts (the fear of missing a post with a call on a
named channel, new posts offered by e-mail, the letters page's call ending in an address, a like on a named network
after a liked-it question, the German newsletter call with an adjective before the quoted name); and notes on the piece
(prepared-by names, a columnist's who-writes-when-about-what line, a name and a news agency or reporting service in the
head, an update saying what the newsroom added in the first person plural). The Polish update note ('Aktualizacja, godz.
14:20: dodaliśmy komentarz wójta gminy.') goes because it reports an edit of the page, not news: the comment it names is
in the article's paragraphs; an update that carries news itself ('Update, 16:40: the road has reopened ...') stays, and
a near-miss test holds that. Left: the four photo captions with no credit between the first paragraph and the paragraph
with the quote (the beekeeping, quince-jelly, mule-track and sauerkraut posts; three end without a full stop, one is a
full-stop description); round 70 did not start a rule for bare captions (steps b and c of the brief), which need page
evidence to tell them from short article lines. Elsewhere: set 75 (see its round 70 paragraph), set 74
(it-portale-navetta clean), set 70 (lines 39 -> 40/45) and set 45 (left 68 -> 67).

Round 71: pages clean 8/12 -> 12/12, page noise lines left 4 -> 0 of 240: the bare photo captions of
en-blog-leaning-hive, fr-blog-gelee-coings, it-blog-mulattiera and ru-blog-kvashenie, each over an ad's label or an
affiliate note in its block, go.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_76_LINES = [
    # English
    ("body", "Advertisement · Scroll to continue", "marker"),
    ("body", "View image in fullscreen", "marker"),
    ("body", "You've reached your limit of free articles this month. Subscribe now for unlimited access.", "marker"),
    ("head", "Approx. read time: 7 min", "reading-time"),
    ("head", "1,240 words · 6 minute read", "reading-time"),
    ("head", "Eleanor Pryce, Local Democracy Reporting Service", "byline"),
    ("tail", "If these posts are useful to you, you can buy me a coffee on Ko-fi — it keeps the blog free of ads.", "byline"),
    ("tail", "Tom Alder is a freelance journalist who writes about transport and planning for regional titles.", "byline"),
    ("tail", "© 2026 Hollingfold Media Ltd. Registered in England and Wales, company number 00000000.", "footer"),
    ("tail", "© 2026 by Bramble & Burdock. Proudly created with Wix.com", "footer"),
    ("tail", "Designed with WordPress", "footer"),
    ("tail", "This conversation is moderated according to our community guidelines. Please read them before joining the discussion.", "comments"),
    ("tail", "Only subscribers can comment on this article. Subscribe or log in to join the conversation.", "comments"),
    ("tail", "View comments (14)", "comments"),
    ("tail", "Share on Pinterest · Share on Reddit · Share on WhatsApp · Copy link", "share"),
    # French
    ("body", "Publicité, votre contenu continue ci-dessous", "marker"),
    ("head", "Temps de lecture estimé : 5 minutes", "reading-time"),
    ("tail", "Vous aimez ce blog ? Soutenez-le sur Tipeee à partir de 1 € par mois.", "byline"),
    ("tail", "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", "footer"),
    ("tail", "Afficher les 8 réponses", "comments"),
    ("head", "Cet article fait partie de notre série « Ces villages qui résistent ».", "notice"),
    # German
    ("body", "Sie haben 3 von 3 kostenlosen Artikeln in diesem Monat gelesen.", "marker"),
    ("head", "5 Min. Lesezeit", "reading-time"),
    ("tail", "Dir hat der Beitrag geholfen? Dann spendier mir gern einen Kaffee über PayPal.", "byline"),
    ("tail", "Ein Angebot der Ebersmooser Medien GmbH & Co. KG", "footer"),
    ("tail", "Der Kommentarbereich ist zwischen 22 und 7 Uhr geschlossen.", "comments"),
    ("tail", "Dieser Text erschien zuerst in der Printausgabe vom 3. Dezember 2026.", "notice"),
    # Italian
    ("body", "Questo contenuto è riservato agli abbonati. Accedi o abbonati per continuare a leggere.", "marker"),
    ("head", "Tempo di lettura stimato: 5 min", "reading-time"),
    ("tail", "Iscriviti al mio canale Telegram per ricevere i nuovi itinerari appena escono.", "byline"),
    ("tail", "Testata giornalistica iscritta al ROC con il n. 00000", "footer"),
    ("tail", "Netiquette: i commenti offensivi o fuori tema verranno rimossi dalla redazione.", "comments"),
    ("tail", "Copia link | Invia per email | Stampa", "share"),
    # Polish
    ("body", "Zobacz galerię: 12 zdjęć", "marker"),
    ("head", "Czas czytania: ok. 5 minut", "reading-time"),
    ("tail", "Jeśli lubisz mojego bloga, możesz postawić mi kawę na buycoffee.to.", "byline"),
    ("tail", "Wydawca: Media Nadrzeczne sp. z o.o., KRS 0000000000, NIP 0000000000", "footer"),
    ("tail", "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść.", "comments"),
    ("head", "Aktualizacja, godz. 14:20: dodaliśmy komentarz wójta gminy.", "notice"),
    # Russian
    ("body", "Реклама. ООО «Полянский двор», ИНН 0000000000, erid: 2Vtzq0000000", "marker"),
    ("head", "6 минут на прочтение", "reading-time"),
    ("tail", "Поддержать блог можно на Boosty — там же выкладываю рецепты раньше, чем здесь.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Комментарии проходят премодерацию и появляются на сайте в течение суток.", "comments"),
    ("tail", "Поделиться: Telegram · WhatsApp · Viber · Скопировать ссылку", "share"),
]

HELD_OUT_76_KEEP = [
    # English
    ("head", "Photographs taken by the parish surveyor in 1962 show the footpath running straight across the field, not around it."),
    ("body", "Subscribers to the allotment water scheme will pay £18 a year from April, up from £12."),
    ("body", "Follow-up inspections found that two of the five repaired culverts were blocked again within a month."),
    ("tail", "Shared ownership homes make up a third of the new scheme, the developer told the committee."),
    ("body", "Read together, the two reports suggest the bridge was never inspected between 2009 and 2021."),
    ("tail", "Advertised as a temporary measure, the one-way system has now been in place for six years."),
    ("head", "Sources close to the trust said the sale had been agreed in principle before the public meeting."),
    # French
    ("body", "Photos à l'appui, les riverains ont montré au conseil les fissures apparues sur le pont depuis l'hiver."),
    ("tail", "Suivre le chantier n'a pas été simple pour les habitants, faute de panneau d'information."),
    ("body", "Commentant les chiffres, la présidente de l'association a parlé d'une saison « exceptionnelle »."),
    # German
    ("body", "Lesen konnte der Ortschronist die alte Urkunde erst mit Hilfe des Stadtarchivs."),
    ("tail", "Kommentarlos nahm der Bauausschuss das Gutachten zur Brücke zur Kenntnis."),
    ("head", "Werbung für das Fest machten die Schüler mit selbst gemalten Plakaten an jeder Bushaltestelle."),
    # Italian
    ("body", "Foto d'epoca conservate in parrocchia mostrano la fontana ancora al centro della piazza."),
    ("tail", "Pubblicato nel 1958, il regolamento del mercato non è mai stato aggiornato da allora."),
    ("tail", "Seguire i lavori sarà possibile dal sito del Comune, che pubblicherà un aggiornamento ogni settimana."),
    # Polish
    ("body", "Komentując decyzję radnych, sołtys przypomniał, że o nowy przystanek mieszkańcy proszą od 2015 roku."),
    ("tail", "Czytelnia przy bibliotece będzie otwarta również w soboty, od 9 do 13."),
    # Russian
    ("body", "Читатели районной библиотеки собрали больше трёхсот подписей за продление часов работы."),
    ("tail", "Фотографии старой мельницы жители принесли в музей сами, узнав о готовящейся выставке."),
]

HELD_OUT_76_PAGES = {
    "en-portal-hollingfold-lido": _page("en", "en-portal-hollingfold-lido", [
        ["-Hollingfold Herald",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Sign in | Register",
         "-Thursday, 3 December 2026 · 6°C, light rain",
         "-Home › News › Hollingfold",
         "-TRAFFIC: Temporary lights on Station Road until Friday"],
        ["+Hollingfold's lido to reopen next summer after residents raise £412,000"],
        ["-By Harriet Quayle, Community Reporter",
         "-Published 3 December 2026, 7:45 am · Updated 9:10 am"],
        ["+The town's open-air lido, closed since 2019 because of a leaking pool tank, will reopen in June after more "
         "than 1,100 residents bought shares in a community benefit society set up to run it."],
        ["-The lido's 1934 diving stage, which will not be reinstated. Photo: Hollingfold Herald",
         "-ADVERTISEMENT"],
        ["+“We were told it would cost more to fix than to fill in,” said the society's chair, Annette Broadhurst. “It "
         "turns out a town can still do something about that if enough people put in fifty pounds.”"],
        ["+What the money pays for"],
        ["+A new stainless steel liner for the 50-metre pool",
         "+Solar panels on the changing-room roof to heat the water",
         "+A ramp and hoist so that wheelchair users can get into the pool",
         "+Two years of wages for a part-time pool manager"],
        ["-Read more: Station Road car park charges to rise in January",
         "-Got a story? Email newsdesk@hollingfoldherald.example or call 00000 000000"],
        ["+The council, which still owns the site, has granted the society a 30-year lease at a peppercorn rent and "
         "will contribute £60,000 towards the new plant room.",
         "+Volunteers are needed for the spring clean-up on 14 March, and season tickets will go on sale at the town "
         "library from April."],
        ["-Tags: Hollingfold, lido, swimming, community shares",
         "-Share this article: Facebook X Email",
         "-Most read",
         "-Bin collection changes over Christmas: what you need to know",
         "-5 comments",
         "-Sid_from_Mill_Lane · 2 hours ago",
         "-Learned to swim there in 1971. Put my fifty quid in the day the share offer opened.",
         "-© 2026 Hollingfold Herald. All rights reserved. | Privacy | Cookies | Terms"],
    ]),
    "en-blog-leaning-hive": _page("en", "en-blog-leaning-hive", [
        ["-The Leaning Hive",
         "-Notes from four hives at the bottom of a long garden",
         "-Home  About  Hive Diary  Recipes  Contact",
         "-Search this blog",
         "-← Older post: Wrapping up for winter",
         "-Posted in Hive Diary"],
        ["+First inspection of the year, and the queen in hive three is still laying"],
        ["-March 22, 2026 by Judith",
         "-11 Comments"],
        ["+We opened the hives for the first time this year on Saturday, a still afternoon of 15 degrees with the "
         "willow by the fence already covered in catkins."],
        ["-A frame from hive three: capped brood in the middle, a band of pollen around it.",
         "-Disclosure: some links on this blog are affiliate links, which means I may earn a small commission."],
        ["+My neighbour, who kept bees for forty years before his knees gave out, leaned over the fence and said: “If "
         "they're carrying pollen in March, they've got a queen. Stop worrying.”"],
        ["+What I found in each hive"],
        ["+Hive one: strong, eight frames of bees and plenty of stores left",
         "+Hive two: small cluster but brood on two frames, fed with fondant",
         "+Hive three: the queen seen on the fourth frame, eggs and young larvae",
         "+Hive four: dead out, the cluster starved a hand's width from honey"],
        ["-You might also like: How I clean old frames with a hot-air gun",
         "-Pin this post for later!"],
        ["+Losing hive four hurts, and it is my own fault: I should have moved a frame of stores across in January "
         "when I heard them still humming on the cold side.",
         "+Next weekend I will scrape out the dead colony's box, freeze the frames against wax moth and hope to fill "
         "it with a swarm in May."],
        ["-Filed under: beekeeping, spring, hive inspections",
         "-11 thoughts on “First inspection of the year, and the queen in hive three is still laying”",
         "-Margaret H. says:",
         "-March 23, 2026 at 8:14 am",
         "-Sorry about hive four. Same thing happened to me two winters ago, they were so close to the stores.",
         "-Reply",
         "-Follow The Leaning Hive on Instagram for the in-between bits.",
         "-Theme: Independent Publisher 2 by Raam Dev."],
    ]),
    "fr-portail-verzac-bibliobus": _page("fr", "fr-portail-verzac-bibliobus", [
        ["-Vérzac Infos",
         "-Actualités | Sports | Agenda | Nécrologie | Petites annonces",
         "-Se connecter",
         "-Mercredi 2 décembre 2026",
         "-Accueil > Vérzac > Culture",
         "-EN DIRECT | Vigilance orange vent : les écoles fermées jeudi"],
        ["+Le bibliobus repart sur les routes des hameaux de Vérzac"],
        ["-Par Anne-Sophie Delmarre",
         "-Publié le 2 décembre 2026 à 06h30"],
        ["+Immobilisé depuis deux ans faute de chauffeur, le bibliobus de la médiathèque reprend sa tournée lundi : "
         "onze arrêts, un passage toutes les deux semaines."],
        ["-Le bibliobus, rénové, devant la médiathèque. Photo Vérzac Infos",
         "-Contenus sponsorisés"],
        ["+« Pour les personnes âgées des hameaux, c'était souvent le seul livre du mois, et la seule visite aussi », "
         "explique Josiane Fabrègue, bibliothécaire depuis vingt-deux ans."],
        ["+Les changements de la nouvelle tournée"],
        ["+Un arrêt supplémentaire devant l'école du Mas-Neuf",
         "+Des livres en gros caractères et des livres audio à bord",
         "+La réservation possible par téléphone jusqu'à la veille"],
        ["-À lire aussi : La piscine intercommunale fermée pour travaux jusqu'en mars",
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ["+Le chauffeur, recruté à mi-temps, est un ancien conducteur de car scolaire qui connaît tous les chemins de "
         "la commune.",
         "+Le véhicule a été repeint et équipé d'un chauffage, ce qui n'était pas le cas auparavant.",
         "+Les horaires de passage sont affichés dans chaque mairie annexe et sur le panneau de l'église."],
        ["-Mots-clés : Vérzac, médiathèque, lecture",
         "-Partager : Facebook Twitter WhatsApp Mail",
         "-3 commentaires",
         "-Pépé_du_Mas · il y a 4 heures",
         "-Enfin ! Ma mère attendait ce bus depuis deux ans, elle a relu trois fois tous ses livres.",
         "-Signaler un abus",
         "-Vérzac Infos – 4 place du Foirail, 00000 Vérzac",
         "-Mentions légales | Données personnelles | Gestion des cookies"],
    ]),
    "fr-blog-gelee-coings": _page("fr", "fr-blog-gelee-coings", [
        ["-Les Bocaux de Margot",
         "-Confitures, conserves et autres trésors du garde-manger",
         "-Accueil · Recettes · Conserves · Le blog · Contact",
         "-Rechercher une recette…",
         "-Catégorie : Confitures et gelées",
         "-Article précédent : Chutney de tomates vertes"],
        ["+La gelée de coings de ma voisine, enfin réussie"],
        ["-Publié le 18 octobre 2026 par Margot",
         "-★★★★★ 4,8 (23 avis)"],
        ["+Tous les ans, ma voisine me laisse ramasser les coings tombés de son vieil arbre, et tous les ans ma gelée "
         "restait trop liquide ou tournait au caramel."],
        ["-Les coings du jardin de Lucienne, juste avant l'épluchage",
         "-Annonces"],
        ["+Cette année, c'est elle qui m'a donné le secret : « Tu fais cuire les coings entiers avec la peau et les "
         "pépins, c'est là que se cache la pectine. »"],
        ["+Ce qu'il vous faut pour six pots"],
        ["+1,5 kg de coings bien mûrs, simplement frottés",
         "+Le jus d'un citron",
         "+Environ 1 kg de sucre, selon la quantité de jus obtenue",
         "+Une étamine ou un vieux torchon propre pour filtrer"],
        ["-Vous aimerez aussi : Pâte de coings à l'ancienne",
         "-Imprimer la recette"],
        ["+Le jus doit égoutter toute une nuit sans qu'on presse le tissu, sinon la gelée se trouble.",
         "+Le lendemain, on pèse le jus, on ajoute le même poids de sucre et l'on cuit jusqu'à ce qu'une goutte se "
         "fige sur une assiette froide."],
        ["-Tags : coing, gelée, automne, recette de grand-mère",
         "-Partager sur Facebook · Partager sur Pinterest · Envoyer par e-mail",
         "-2 commentaires",
         "-Odile_en_cuisine",
         "-19 octobre 2026 à 9 h 12 min",
         "-Merci pour l'astuce des pépins ! J'ajoute une gousse de vanille à la fin, essayez.",
         "-Laisser un commentaire",
         "-© 2026 Les Bocaux de Margot · Thème Kadence WP"],
    ]),
    "de-portal-glasfaser": _page("de", "de-portal-glasfaser", [
        ["-Kleinhaselried24",
         "-Nachrichten | Vereine | Veranstaltungen | Blaulicht | Anzeigen",
         "-Anmelden | Abo",
         "-Freitag, 4. Dezember 2026",
         "-Startseite › Lokales › Kleinhaselried",
         "-Verkehr: Vollsperrung der Ortsdurchfahrt am Samstag wegen Baumfällarbeiten"],
        ["+Glasfaser in Kleinhaselried: Die letzten Häuser sind angeschlossen"],
        ["-Von Jonas Wetterich",
         "-04.12.2026, 06:00 Uhr"],
        ["+Nach 14 Monaten Bauzeit sind seit dieser Woche alle 612 Haushalte im Ort an das Glasfasernetz angeschlossen, "
         "auch die Aussiedlerhöfe am Waldrand."],
        ["-Bauarbeiter verlegen im Sommer die Leerrohre in der Kirchgasse. Foto: Jonas Wetterich",
         "-Anzeige"],
        ["+„Wir haben jahrelang gehört, dass sich das für ein Dorf unserer Größe nicht rechnet“, sagte Bürgermeisterin "
         "Sabine Kölbl bei der Freischaltung im Rathaus. „Jetzt sind wir schneller als die Kreisstadt.“"],
        ["+Was Haushalte jetzt wissen müssen"],
        ["+Der Anschluss bis ins Haus war für alle kostenlos, die bis März unterschrieben haben",
         "+Wer später anschließen will, zahlt eine Pauschale von 800 Euro",
         "+Die alten Kupferleitungen bleiben vorerst in Betrieb",
         "+Fragen beantwortet das Bürgerbüro im Rathaus dienstags von 14 bis 18 Uhr"],
        ["-Lesen Sie auch: Neues Baugebiet am Sonnenhang: Gemeinderat vertagt Entscheidung",
         "-Jetzt den kostenlosen Newsletter „Guten Morgen, Kleinhaselried“ abonnieren"],
        ["+Noch offen ist, wann die Gehwege in der Kirchgasse und im Mühlweg wieder vollständig gepflastert werden; "
         "die Baufirma nennt das Frühjahr.",
         "+Die Gemeinde hat für das Projekt 1,9 Millionen Euro Fördermittel von Bund und Land erhalten."],
        ["-Schlagworte: Glasfaser, Breitband, Gemeinderat",
         "-Artikel teilen: WhatsApp Facebook E-Mail",
         "-Kommentare (2)",
         "-Hubert aus dem Mühlweg schrieb am 04.12.2026 um 08:31:",
         "-Bei uns ist der Gehweg seit August ein Schotterweg. Schnelles Internet ist schön, aber ich will meinen "
         "Gehweg zurück.",
         "-Antworten",
         "-Impressum | Datenschutz | AGB | Cookie-Einstellungen",
         "-© Kleinhaselried24 2026"],
    ]),
    "de-kolumne-laubblaeser": _page("de", "de-kolumne-laubblaeser", [
        ["-Ebersmooser Anzeiger",
         "-Lokales | Region | Sport | Meinung | Service | E-Paper",
         "-Jetzt abonnieren",
         "-Meinung › Kolumne „Über den Gartenzaun“",
         "-Sonntag, 8. November 2026",
         "-Hören Sie diesen Artikel: 4:12 Minuten"],
        ["+Der Herbst klingt nach Zweitaktmotor"],
        ["-Eine Kolumne von Ulrike Brandhuber",
         "-Ulrike Brandhuber schreibt jeden Sonntag über das Leben in Ebersmoos."],
        ["+Es gab eine Zeit, da hörte man im Oktober in Ebersmoos das Rascheln von Rechen, das Knistern eines "
         "Laubfeuers und gelegentlich einen Nachbarn, der über seinen Rücken klagte."],
        ["-Laubbläser im Einsatz: In vielen Gärten gehören sie inzwischen zur Grundausstattung. Symbolfoto: Archiv",
         "-ANZEIGE"],
        ["+Heute höre ich um sieben Uhr morgens den Bläser vom Bauhof, um neun den vom Hausmeisterdienst und am "
         "Samstag alle gleichzeitig. Mein Nachbar Erwin sagt: „Das Laub ist danach nicht weg, es liegt nur beim "
         "Nächsten.“"],
        ["+Was ich mir von der Gemeinde wünsche"],
        ["+Laubbläser nur werktags zwischen neun und zwölf Uhr",
         "+Rechen statt Bläser auf dem Friedhof",
         "+Laubhaufen in den Anlagen liegen lassen, für Igel und Insekten"],
        ["-Mehr Kolumnen von Ulrike Brandhuber",
         "-Ihre Meinung ist uns wichtig: Schreiben Sie an leserbriefe@ebersmooser-anzeiger.example"],
        ["+Ich weiß, dass der Bauhof wenig Leute hat und viele Wege. Aber ein Rechen macht keinen Lärm, und Bewegung "
         "an der frischen Luft hat noch keinem geschadet.",
         "+Vielleicht bin ich altmodisch. Dann bin ich es gern, mit Rechen und Schubkarre.",
         "+Bis nächsten Sonntag, über den Gartenzaun hinweg."],
        ["-Kommentar schreiben",
         "-Diese Kolumne gibt die Meinung der Autorin wieder.",
         "-Leserkommentare (1)",
         "-Gartenfreund_62",
         "-Samstags ist es bei uns wie auf dem Flugplatz. Danke für diese Kolumne!",
         "-vor 3 Stunden",
         "-Ebersmooser Anzeiger auf Facebook und Instagram",
         "-© Ebersmooser Anzeiger 2026 – Alle Rechte vorbehalten"],
    ]),
    "it-portale-fontana": _page("it", "it-portale-fontana", [
        ["-Valcerreto Oggi",
         "-Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Accedi | Abbonati",
         "-Giovedì 3 dicembre 2026",
         "-Home » Cronaca » Valcerreto",
         "-Ultim'ora: chiusa per frana la provinciale per i Casali"],
        ["+Torna l'acqua nella fontana dei Leoni, dopo trent'anni di secco"],
        ["-di Marta Guidotti",
         "-3 dicembre 2026 | 07:15"],
        ["+Sabato mattina l'acqua è tornata a scorrere dalle quattro bocche della fontana dei Leoni, in piazza della "
         "Pieve, chiusa da una tubatura rotta dal 1996."],
        ["-La fontana dei Leoni durante il collaudo (foto Valcerreto Oggi)",
         "-Pubblicità"],
        ["+«Da bambini ci bevevamo tutti, poi un giorno hanno chiuso la tubatura e nessuno ha più saputo perché», "
         "racconta Gino Sartoni, 81 anni, che sabato era in prima fila."],
        ["+Com'è stato fatto il restauro"],
        ["+La vecchia tubatura in piombo sostituita con una nuova in polietilene",
         "+Le vasche in pietra ripulite e stuccate da due restauratori",
         "+Un impianto a ricircolo per non sprecare acqua",
         "+Una targa con la storia della fontana, scritta dai ragazzi delle medie"],
        ["-Leggi anche: Mercato del sabato, da gennaio si sposta in via Roma",
         "-Segui Valcerreto Oggi su WhatsApp: tutte le notizie in tempo reale"],
        ["+Il restauro è costato 48 mila euro, per metà coperti da una raccolta fondi della Pro Loco e per metà dal "
         "Comune.",
         "+La fontana resterà accesa dalle 8 alle 22; d'inverno, con il gelo, l'acqua verrà chiusa per evitare danni "
         "alle vasche."],
        ["-Tag: Valcerreto, fontana, restauro, Pro Loco",
         "-Condividi su Facebook",
         "-Condividi su WhatsApp",
         "-1 commento",
         "-Anna_della_Pieve",
         "-Che bello rivederla! Mia nonna ci lavava i panni, nella vasca grande.",
         "-Rispondi",
         "-Valcerreto Oggi · Direttore responsabile: Paolo Ricciardelli · Redazione: via della Pieve 2"],
    ]),
    "it-blog-mulattiera": _page("it", "it-blog-mulattiera", [
        ["-Scarponi e Castagne",
         "-Escursioni lente sull'Appennino, una mulattiera alla volta",
         "-Home | Itinerari | Attrezzatura | Chi sono",
         "-Cerca nel blog",
         "-Categoria: Itinerari",
         "-← Post precedente: Il sentiero delle carbonaie"],
        ["+La mulattiera dei Mulini è di nuovo percorribile"],
        ["-Pubblicato da Davide il 9 novembre 2026",
         "-4 commenti"],
        ["+Per anni la mulattiera che scende dal paese ai vecchi mulini sul torrente è stata chiusa da rovi, alberi "
         "caduti e una frana all'altezza della seconda curva."],
        ["-Il tratto lastricato dopo la pulizia, con i muretti a secco rimessi in piedi",
         "-Annunci"],
        ["+Quest'estate un gruppo di volontari del CAI e del paese ha lavorato otto sabati di fila. Uno di loro, "
         "Ettore, mi ha detto: «La mulattiera la facevano i nostri nonni con i muli e la farina, il minimo è tenerla "
         "pulita.»"],
        ["+Cosa trovate lungo il percorso"],
        ["+Il ponte in pietra sul torrente, restaurato nel 2019",
         "+Due mulini in rovina, con le macine ancora al loro posto",
         "+Una fonte d'acqua potabile a metà salita"],
        ["-Ti potrebbe interessare anche: Cinque rifugi aperti tutto l'anno",
         "-Ricevi i nuovi post via email: inserisci il tuo indirizzo"],
        ["+Il fondo è ancora scivoloso dopo la pioggia, quindi servono scarponi con una buona suola.",
         "+La partenza è dal parcheggio dietro la chiesa; il ritorno è lo stesso percorso, in salita.",
         "+Se passate in autunno, le castagne sotto il ponte non sono di nessuno."],
        ["-Etichette: mulattiera, Appennino, volontariato, escursioni facili",
         "-Condividi: Facebook, Telegram, Email",
         "-Lucia P.",
         "-10 novembre 2026 alle 18:40",
         "-Fatta domenica con i bambini, bellissima! Il ponte è una meraviglia.",
         "-Rispondi",
         "-Seguimi su Instagram per le foto dei sentieri",
         "-Scarponi e Castagne © 2026 · Tema GeneratePress"],
    ]),
    "pl-portal-biblioteka": _page("pl", "pl-portal-biblioteka", [
        ["-Kurier Olszynowski",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi",
         "-Zaloguj się",
         "-Środa, 2 grudnia 2026. Imieniny: Balbiny, Bibianny",
         "-Strona główna / Wiadomości / Olszynowo",
         "-PILNE: Awaria wodociągu na ul. Leśnej, woda w beczkowozie przy remizie"],
        ["+Biblioteka w Olszynowie przeniesiona do dawnej szkoły"],
        ["-Autor: Karolina Mądrzyk",
         "-2.12.2026, 07:10"],
        ["+Gminna biblioteka, która przez ponad 30 lat mieściła się w dwóch pokojach nad sklepem, od poniedziałku "
         "działa w budynku dawnej szkoły podstawowej przy ul. Kościelnej."],
        ["-Nowa czytelnia w dawnej sali lekcyjnej. Fot. Karolina Mądrzyk",
         "-REKLAMA"],
        ["+– Pierwszy raz mamy miejsce na zajęcia dla dzieci i regały, na które nie trzeba wchodzić z drabiny – mówi "
         "kierowniczka biblioteki Bożena Kwiatosz."],
        ["+Co zmieniło się dla czytelników"],
        ["+Księgozbiór liczy teraz ponad 14 tysięcy woluminów",
         "+Biblioteka jest czynna od poniedziałku do piątku do godz. 18",
         "+Wejście od strony parkingu ma podjazd dla wózków",
         "+W dawnym pokoju nauczycielskim powstał kącik z grami planszowymi"],
        ["-Czytaj też: Rada gminy przyjęła budżet na 2027 rok",
         "-Masz temat? Napisz do nas: redakcja@kurierolszynowski.example"],
        ["+Przeprowadzka kosztowała gminę 380 tys. zł, z czego większość pochłonęła wymiana instalacji elektrycznej i "
         "ogrzewania.",
         "+Na parterze budynku wciąż działa przedszkole, a piętro ma zostać zaadaptowane na świetlicę dla seniorów."],
        ["-Tagi: biblioteka, Olszynowo, kultura",
         "-Udostępnij: Facebook | X | E-mail",
         "-Komentarze (3)",
         "-~czytelniczka",
         "-2 godziny temu",
         "-Nareszcie! Przy starych schodach moja mama nie była w bibliotece od pięciu lat.",
         "-Zgłoś do usunięcia",
         "-Kurier Olszynowski © 2026. Wszelkie prawa zastrzeżone."],
    ]),
    "pl-felieton-odsniezanie": _page("pl", "pl-felieton-odsniezanie", [
        ["-Tygodnik Nadrzeczny",
         "-Aktualności | Gmina | Powiat | Sport | Felietony | E-wydanie",
         "-Prenumerata",
         "-Szukaj",
         "-Felietony",
         "-Posłuchaj artykułu"],
        ["+Chodnik niczyj"],
        ["-Felieton Tadeusza Ornowskiego",
         "-10.12.2026, 08:00"],
        ["+Spadł pierwszy śnieg i jak co roku na naszej ulicy zaczęła się gra, której zasad nikt nie zna: kto "
         "odśnieża chodnik przed pustą działką?"],
        ["-Zaśnieżony chodnik przy ul. Ogrodowej. Fot. Archiwum",
         "-Reklama"],
        ["+Sąsiad spod siedemnastki twierdzi, że gmina. Urzędnik, do którego zadzwoniłem, powiedział mi uprzejmie: "
         "„Proszę pana, przepisy są jasne, tylko nikt ich nie czyta”."],
        ["+Co mówią przepisy, w skrócie"],
        ["+Chodnik przy posesji odśnieża właściciel nieruchomości",
         "+Jeśli między chodnikiem a posesją jest pas zieleni, obowiązek spada na zarządcę drogi",
         "+Przy pustych działkach gminnych chodnik powinna odśnieżać gmina"],
        ["-Zobacz także: Zima w gminie. Gdzie zgłaszać nieodśnieżone drogi",
         "-Podoba Ci się ten felieton? Polub nas na Facebooku!"],
        ["+W praktyce przed pustą działką od trzech zim odśnieża pani Helena, która ma 79 lat i łopatę po mężu.",
         "+Nie piszę tego, żeby kogoś zawstydzić. Piszę, bo łopata pani Heleny jest już mocno wyszczerbiona.",
         "+Może w tym roku ktoś z urzędu przejdzie się ulicą Ogrodową po pierwszym śniegu."],
        ["-Opinie wyrażone w felietonach są prywatnymi opiniami autorów.",
         "-#felieton #zima #chodniki",
         "-Komentarze: 2",
         "-Gość: sąsiad_z_Ogrodowej",
         "-Pani Helena odśnieża też mój kawałek, wstyd mi. Od jutra wychodzę z łopatą.",
         "-Odpowiedz",
         "-Regulamin | Polityka prywatności | Kontakt | Reklama w Tygodniku",
         "-Tygodnik Nadrzeczny, ISSN 0000-0000"],
    ]),
    "ru-portal-svetofor": _page("ru", "ru-portal-svetofor", [
        ["-Вести Нижнеполянска",
         "-Новости | Происшествия | Общество | Спорт | Афиша",
         "-Войти",
         "-Пятница, 4 декабря 2026",
         "-Главная / Новости / Общество",
         "-Нижнеполянск: −7 °C, снег"],
        ["+У школы на улице Гагарина наконец поставили светофор"],
        ["-Автор: Ольга Степнова",
         "-4 декабря 2026, 09:15"],
        ["+Пешеходный светофор с кнопкой вызова заработал в среду у перехода возле школы № 2, где родители добивались "
         "его больше пяти лет."],
        ["-Новый светофор у школы № 2. Фото: Ольга Степнова",
         "-На правах рекламы"],
        ["+«Каждое утро стояла у перехода и ловила детей за рюкзаки, — рассказывает председатель родительского "
         "комитета Наталья Груздева. — Теперь хотя бы машины останавливаются»."],
        ["+Что ещё сделали у перехода"],
        ["+Нанесли новую разметку «зебра» с жёлто-белой подложкой",
         "+Установили ограждение вдоль тротуара на 40 метров",
         "+Повесили знаки «Осторожно, дети» с обеих сторон",
         "+Добавили фонарь над переходом"],
        ["-Читайте также: На улице Лесной до весны закрыли движение из-за ремонта моста",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+По словам главы администрации, светофор обошёлся бюджету в 1,2 млн рублей.",
         "+Следующим в очереди стоит переход у детского сада на улице Мира; его обещают оборудовать летом."],
        ["-Теги: светофор, школа, дороги",
         "-Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
         "-Комментарии (4)",
         "-Сергей_П",
         "-Хорошо, но кнопку уже кто-то сломал, вчера вечером горел только красный.",
         "-5 часов назад",
         "-Ответить",
         "-© 2026 Вести Нижнеполянска. Все права защищены. 16+"],
    ]),
    "ru-blog-kvashenie": _page("ru", "ru-blog-kvashenie", [
        ["-Кадушка и погреб",
         "-Блог о домашних заготовках",
         "-Главная · Рецепты · Заготовки · Об авторе",
         "-Поиск по блогу",
         "-Рубрика: Квашение",
         "-← Предыдущая запись: Мочёные яблоки по-бабушкиному"],
        ["+Квашу капусту в эмалированном ведре: мой способ без уксуса"],
        ["-Опубликовано 27 октября 2026 автором Тамара",
         "-12 комментариев"],
        ["+Капусту я квашу каждый год в конце октября, когда кочаны после первых заморозков становятся плотными и "
         "сладкими."],
        ["-Капуста после трёх дней брожения, ещё под гнётом",
         "-Рекламный блок"],
        ["+Рецепт достался мне от свекрови. Она всегда повторяла: «Соль клади на глаз, но пробуй: рассол должен быть "
         "как морская вода, не солонее»."],
        ["+Что понадобится на десятилитровое ведро"],
        ["+Восемь килограммов белокочанной капусты",
         "+Четыре средние морковки",
         "+Двести граммов крупной каменной соли без йода",
         "+Десяток горошин душистого перца и пара лавровых листьев"],
        ["-Вам также может понравиться: Солёные грузди холодным способом",
         "-Подписывайтесь на блог, чтобы не пропустить новые рецепты"],
        ["+Первые три дня капусту нужно протыкать деревянной палкой до дна, чтобы выходил газ, иначе появится "
         "горечь.",
         "+Через неделю ведро отправляется на балкон, а к Новому году капуста становится такой, как в детстве."],
        ["-Метки: капуста, квашение, заготовки на зиму",
         "-Обсуждение",
         "-Людмила",
         "-28.10.2026 в 21:03",
         "-Тамара, а морковь вы трёте или режете соломкой? У меня с тёртой всегда мягче получается.",
         "-Ответить",
         "-Копирование материалов блога без активной ссылки запрещено.",
         "-Блог работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_76_line, test_held_out_76_line_is_kept, test_held_out_76_page = held_out_tests(
    HELD_OUT_76_LINES, HELD_OUT_76_KEEP, HELD_OUT_76_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
