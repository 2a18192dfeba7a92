"""Held-out set 97: written blind, weighted toward the noise the cleaner exists for, in shapes set 96's docstring does
not name (nor the first paragraphs of sets 93, 94 and 95): scraper, embed and ad markers (the Guardian-style newsletter
residue "Skip past newsletter promotion", the HTML5 fallback "Your browser does not support the video tag.", an Outbrain
widget credit "Recommended by Outbrain", a French cookie-blocked embed line "Ce contenu est bloqué car vous n'avez pas
accepté les cookies et autres traceurs.", the German embed heading "Empfohlener redaktioneller Inhalt", an Italian video
autoplay countdown "Il prossimo video partirà tra 5 secondi", a Polish scroll-to-continue line "Przewiń, aby czytać
dalej" and a Russian swipe-for-photos hint "Листайте вправо, чтобы посмотреть все фото"); reading-time headers in new
wordings (the English "Time to read: 4 minutes" and "Roughly an 11-minute read, photos included.", the French "Ce billet
se lit en 6 minutes.", the German "Dieser Beitrag ist in rund 7 Minuten gelesen.", the Italian "Lettura: 4 min", the
Polish "Czytanie zajmie Ci ok. 6 minut" and the Russian "Читать 7 минут"); bylines and self-promotion (a Reuters-style
English credit "Reporting by Imogen Sallowby; Editing by Fergal Ambrothwaite", a baking blog's shop plug "My sourdough
starter kits are back in stock – see the Shop page for postage dates.", a health desk's Bluesky plug "Follow our health
desk on Bluesky for daily updates from the county's hospitals.", a French interview credit "Propos recueillis par
Armelle Quintefort", a German agency credit "Mit Material von dpa und epd", an Italian Satispay plug "Se vuoi sostenere
il blog, puoi offrirmi un pieno con Satispay.", a Polish interviewer credit "Rozmawiała: Dorota Kwiecielska" and a
Russian Boosty plug "Поддержать блог можно через Boosty — ссылка в профиле."); blog and site footers (Blogger's "Simple
theme. Powered by Blogger.", an English IPSO line "This publication is regulated by IPSO, the Independent Press
Standards Organisation.", a "Back to top ↑" link, a French press-commission line "N° de commission paritaire : 0000 C
00000 – ISSN 0000-0000", a German publisher line "Ein Angebot der Hollmersdorfer Verlagsgesellschaft mbH", an Italian
court-registration line "Testata registrata presso il Tribunale di Castelrovere n. 00/2000", a Polish blog's no-copying
line "Blog prowadzony od 2014 roku. Kopiowanie treści i zdjęć bez zgody autorki zabronione." and a Russian
media-registration line "Свидетельство о регистрации СМИ Эл № ФС77-00000 выдано Роскомнадзором"); reader-comment
furniture (an English load-more button "Load 11 more comments", an English pre-moderation line "Comments are
pre-moderated, so yours may take a few hours to appear.", an English tab row "Top comments · All comments (23)", a
French moderation line "Votre commentaire sera publié après validation par un modérateur.", a German show-replies button
"Alle 9 Antworten anzeigen", an Italian load-more button "Carica altri commenti", a Polish deleted-comment placeholder
"Komentarz został usunięty przez moderatora." and a Russian log-in line "Чтобы оставить комментарий, войдите через VK ID
или Яндекс ID."); share rows (an English Bluesky, Pinterest and Telegram row, a French WhatsApp, Bluesky and print row
and an Italian Telegram, Bluesky and Pinterest row); and notices (a German AI-translation note "Dieser Text wurde mit
Unterstützung einer KI übersetzt und von der Redaktion geprüft.", a Polish names-changed note "Imiona niektórych
bohaterów zostały zmienione." and the Russian medical-advertising disclaimer "Имеются противопоказания. Необходимо
проконсультироваться со специалистом."); and toward whole scraped news and hobby-blog pages in layouts set 96's
docstring does not describe (a four-line more-news box between the first and second paragraphs on one page and a
three-line read-also box between the second paragraph and the paragraph with the quote on another, a cookie banner above
the blog name on one, eight noise lines under the title and five at the foot on one, a table of contents right under the
title on one and between the second paragraph and the paragraph with the quote on another, photo captions between every
paragraph before the subheading on one, two captions under the title on one, an ad on the lines right after the last
list row with no blank line between them on one, a three-line poll between the paragraph with the quote and the
subheading on one, a GPX link and map caption between the first paragraphs on one, no gap between list rows on two pages
and two gaps on two, replies three deep on four), taken from health and care and from blogs about sourdough baking,
allotment gardening, miniature painting and motorbike touring (a regional portal's story on two GP surgeries merging,
with a comment, a reply and the paper's reply to it, a sourdough blog's post on reviving a rye starter, with a comment,
the author's reply, a reply to it and the author's reply to that, a regional portal's story on a pharmacy taking on
weekend night duty, with a comment and a reply, an allotment blog's post on a first year of pallet compost, with a
comment and the author's reply, a regional portal's story on a record blood-donation afternoon, with a comment, a reply
and a reply to it, a miniature-painting blog's post on painting lantern light on a 28 mm figure, with a comment, the
author's reply and a reply to it, a regional portal's story on a care home's sensory garden, with a comment and a reply,
a motorbike-touring blog's post on a November ride over a mountain pass, with a comment, the author's reply, a reply to
it and the author's reply to that, a regional portal's story on a dentist shortage, with two guest comments and a reply,
a sourdough blog's post on a weekly rye loaf, with a comment, the author's reply, a reply to it and the author's reply
to that, a regional portal's story on a new ambulance substation, with a comment and a reply, and an allotment blog's
post on getting a polycarbonate greenhouse ready for snow, with a comment, the author's reply, a reply to it and the
author's reply to that).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 96), held-out set 98 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 96 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 93, 94 and 95, printed with one ast script
(/tmp/s97scratch/read96.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 96's, taken by a script (/tmp/s97scratch/gen.py) from the ``def _marks`` node's line on, with
its xfail tables emptied (the three annotated assignments found with ``ast``) and 96 -> 97, then refilled after the
measurement by the same script from /tmp/s97scratch/tables97.py. ``_page`` and the imports are set 96's, taken by the
same script from their nodes. Nothing else was copied from any file of the repository. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s97, detached at commit 5402770d7b6a9337c7adc5fb32b8db85646de69c, what ``git
rev-parse HEAD`` printed in /work/main) and every failing case is marked as a strict xfail whose reason describes the
line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 96's file (and the first paragraphs
of sets 93, 94 and 95) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s97scratch/read96.out, 579 lines) that I paged through with ``sed`` (lines 1 to 200, 200 to 400 and 400 to 579);
nothing else was printed from it. The docstring cut held (the printed docstring ended with set 96's Baseline paragraph).
That allowed text itself names set 96's scratch paths and its frozen commit (0192ec6ef4b24b972a1085de055e29aee1517338)
and set 94's (994df7e5585fe24c97e613f7832d5f0ca9ff63d1) and 92's (6bf230607a5e4e63e78d8a6407151a4995c2e351); set 96's
xfail reasons quote its missed lines and left page lines; I saw these only as that text. It also shows that sets 95 and
96, written in parallel, both hold the English "Story continues below advertisement" and the German "Lesedauer: 3
Minuten"; I avoided both. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not
open. The generating script read set 96's file to take its imports, ``_page`` helper and tail and printed nothing of it;
its first two runs failed on my own code (an assertion that printed one of this set's page lines, too long for a line,
and an indentation error left by an edit of the script) and it was fixed and run again; I printed parts of the file it
wrote (the docstring placeholder, the imports, the lists and the first page) with ``sed``. At my first step ``git status
--short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed
5402770d7b6a9337c7adc5fb32b8db85646de69c. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the worktrees
existed I ran ``ls`` on /tmp/wt-s97 and /tmp/wt-set97, which printed the top-level names of the checkout (README.md,
benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no file's contents. The branch set97 was made from
the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (57 passed, 20
xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s97scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s97scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were written
as data in scratch files (/tmp/s97scratch/lists97.py and pages97.py) and put together with the tail into this file by
/tmp/s97scratch/gen.py, which splits long string literals to fit 120 columns. Before the measurement the file was
executed from a scratch folder (/tmp/s97scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) by /tmp/s97scratch/check.py, which counted the lines
by category, by language (from the ``# English`` ... comments), by language and category and by place, the keep lines by
language and by place, the pages by language and checked that every page has 10 article and 20 noise lines, that no page
article line repeats on its page and no page noise line does (case-insensitively), that no page noise line is a
substring of an article line of its page (case-sensitively and case-insensitively) or overlaps (equals, contains or is
contained in) a line of ``HELD_OUT_97_LINES`` or ``HELD_OUT_97_KEEP``, case-sensitively and case-insensitively, that no
page article line overlaps one of those lines, that no held-out noise line overlaps a keep line, that no line is longer
than 120 columns and that the file holds no e-mail address. Before its first run the page counts printed by a one-line
loop showed the compost post with 19 noise lines, and a menu row was added above its title. Its first run found 2
problems: two table-of-contents rows of the lantern post ("Die Figur" and "Das Leuchten") inside its article lines (they
became "Die Miniatur" and "Lichtpunkte setzen"); these were changed by a small replacement run from the shell (a Python
here-document, not kept as a file) and the second run found nothing. No list changed after that check. While writing, I
avoided ad labels and headings that a held-out or keep line holds ("Anzeige" inside "Alle 9 Antworten anzeigen", so the
blood-donation story's ad label is "Werbung", "Comments" inside two English held-out lines, so the surgery story's
comment heading is "Have your say", and "Commenti" inside "Carica altri commenti", so the garden story's heading is "I
vostri commenti"). As allowed, some page noise lines hold another noise line or an article word of their page (site
names inside commenter rows, captions and copyright lines, "hooch" and "poireaux" inside a caption and a read-also
link). (5) At the measurement (22:52:35 UTC) this docstring was a placeholder and the xfail tables were empty; it was
written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen worktree by a
script (/tmp/s97scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems
of the failing ones, to write the xfail reasons; the places named in the page reasons are where I put the lines, since
``_problems`` only says that a line was kept or lost. (6) Invented names were checked, before the measurement, against
the helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not
a proof that they do not exist: Cresslowe, Rosalind Heathcote, Tannery Lane Surgery, Orchard Row Medical (Centre), Nerys
Pendlebrooke, Fergal Ambrothwaite, Hooch and Crumb, Vausserolles, Solène Garbouillet, Armelle Quintefort, Pharmacie du
Pont-Vieux, Trois rangs de poireaux, Quendlingen, Carola Wenzlitz, Heike Braunmüller, Pinsel & Zinn, Hollmersdorf (and
Hollmersdorfer Verlag), Montecaldaro, Villa Gelsomina, Lorenza Sbarbaro, Miriam Tonello, Due Ruote e un Thermos,
Castelrovere, Wrzosnow(o), Krystyna Polewska, Beata Orzechowska, Kwiecielska, Zakwas i Okruchy, Ольховогорск,
Верещанская, Олег Ярошенко and Огурцы и терпение had no hits. Sallowby had hits only inside other words (code
identifiers such as disallowById) and Pelletrau only inside "Pelletraum" (a German word), and both were kept. Dropped
after their checks: Dunstaple, planned for the English editor (a composer and a farm), Kettleborough, planned for the
English health reporter (a real surname), The Patient Loaf, planned for the sourdough blog (a document title), The Slow
Crumb, tried in its place (a phrase in a bread app), Jarzębowo, planned for the Polish town (surnames Jarzębowski and
Jarzębowska), and Turzyniec, tried in its place (a real village). Kreisbote, thought of for the German publisher line,
was not used (a real paper's name, from memory). Not checked, generic or invented at sight: the Corn Hall, the Cresslowe
Echo, L'Écho de Vausserolles, Arnaud Pelletrau (with the checked surname), the Quendlinger Rundschau, La Voce di
Montecaldaro, the Kurier Wrzosnowski, the Ольховогорская правда (papers named after the checked towns), Zarechny and the
streets (ul. Lipowa, улица Строителей, Садовая), and the people's names (Bryony, Gareth W, Pauline_C, Marjorie, Ginette
R., Thibault, Lucette, Ginou, Gisbert_K, Lisa M., Malte, Rosanna, Ernesto, Ludovico, Marianna, Zenek, Agnieszka, Галина,
Виктор_С, Нина Петровна), which are invented, though ordinary names real people may bear; none is meant as a real
person. Phone, company and registration numbers are zero-filled (the French 3237 pharmacy line and the Russian 103
emergency number are real public numbers, named as real pages name them). There are no e-mail addresses. (7) Some lines
name real things, as real pages do (all from memory): the Guardian-style newsletter residue, the HTML5 video fallback,
Outbrain, Bluesky, Pinterest, Telegram, WhatsApp, Blogger's Simple theme, IPSO, the French commission paritaire and
ISSN, dpa and epd, Satispay, the Italian court registration of papers, Boosty, Roskomnadzor and the ФС77 registration,
VK ID and Яндекс ID; on the pages the NHS App, the integrated care board, the Assurance maladie, the NFZ, GPX tracks and
polycarbonate greenhouses. (8) Set 96's docstring names its own shapes and its pages' layouts (and sets 93 to 95 their
shapes in their first paragraphs), so some lines may repeat shapes of sets before 93 or of the development lists that I
could not check; in particular the HTML5 video fallback, the Guardian residue, the Outbrain credit, the Blogger credit
and the German embed heading are common enough that an earlier set may hold them. Close to shapes sets 93 to 96 named:
the cookie-blocked embed line is near the German external-content consent line; the autoplay countdown is near the
YouTube playback residue; the scroll and swipe hints are near the ad breaks and gallery buttons; the reading-time rows
are reading-time rows in other words; the Reuters-style credit, the interview and interviewer credits and the agency
credit are bylines near the written-by, compiled-by and prepared-by credits; the shop, Bluesky, Satispay and Boosty
plugs are plugs like the Etsy, Ko-fi, PayPal, Patreon, Patronite and VK ones; the Blogger credit is near the Wix, Jimdo
and Jekyll credits; the IPSO, press-commission, publisher, court-registration and media-registration lines are legal
footers near the ICNN, company-registration, VAT and KRS lines; the blog's no-copying line is near the licence and
attribution lines; the comment lines are comment furniture near the count, sort, consent, closed and log-in lines (the
load-more and show-replies buttons near "Voir les 12 réactions" and "Zobacz wszystkie komentarze (9)"); the share rows
are share rows on other platforms; the AI-translation, names-changed and medical-advertising notes are notices (the last
near the Russian not-medical-advice disclaimer of set 95). Page chrome repeats kinds of line set 96's docstring names
among its noise (photo captions, ad labels and ads, read-also and more-news links, newsletter, subscribe and Telegram
prompts, affiliate links, tables of contents, polls, bookmark and listen links, theme and copyright lines), as real
pages carry them. (9) My first step's clock reading was 2026-12-04 22:47:17 UTC; the measurement ran at 22:52:35 UTC.
(10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was
read.

Judgement calls: the keep lines opening with or holding "Time to read", "Share of", "Comments from", "Skip the", "Load
the oven", "Powered by volunteers", "Follow the signs", "Partager les gardes", "Propos rassurants", "Mentions
obligatoires", "Mit Material aus", "Empfohlen wird", "Alle 9 Liegen", "Lettura ad alta voce", "Condividi il tuo tempo",
"Carica la moto", "Rozmawiała z nami", "Komentarz starosty", "Поддержать новую подстанцию" and "Читать лекции" are
article sentences. The newsletter residue, the video fallback, the Outbrain credit, the cookie-blocked embed line, the
embed heading, the autoplay countdown and the scroll and swipe hints are counted as markers; the reading-time rows as
reading-time lines; the Reuters-style credit, the shop, Bluesky, Satispay and Boosty plugs, the interview and
interviewer credits and the agency credit as bylines; the Blogger, IPSO, back-to-top, press-commission, publisher,
court-registration, no-copying and media-registration rows as footers; the load-more, pre-moderation, tab, moderation,
show-replies, deleted-comment and log-in lines as comments; the share rows as share; the AI-translation, names-changed
and medical-advertising notes as notices. On every page the title, the three paragraphs before the subheading (the third
with the quote), the subheading, its three list rows and the two last paragraphs are article (10 lines a page; the blog
posts' closing lines about the next post or asking readers for their results are their last paragraphs and counted as
article) and everything else is noise (20 lines a page); in particular site and blog names and taglines, a cookie
banner, menus, log-in and accessibility links, search boxes, breadcrumbs, bylines and author names, dates, update times,
categories, subscriber badges, save and listen links, view counts, comment counts, subscription offers, jump-to-recipe
rows, tables of contents, more-news and read-also boxes and links, photo and map captions, photo credits, ad labels and
ads, a poll, a GPX link, affiliate links, booking links, newsletter, subscribe and Telegram prompts, tags, comment
headings, commenter rows, comment texts and replies, previous-post links, legal and imprint links and copyright lines
are noise. The layouts: two to six noise lines above the title (a three-line cookie banner above the compost post's blog
name; an accessibility link and a log-in row above the ambulance story's site name), one to eight under it (eight on the
pharmacy story, whose foot has only five; the lantern post's five-line table of contents right under its date row),
noise between the paragraphs before the subheading on nine pages (the surgery story's four-line more-health-news box
between the first and second paragraphs, the garden story's three-line read-also box and the rye-bread post's four-line
table of contents between the second paragraph and the paragraph with the quote, captions between every paragraph of the
lantern post, the rye-bread post's caption on the line right after its first paragraph with no blank line between them,
the mountain-pass post's GPX link and map caption between its first paragraphs, and the pharmacy story's ad label and ad
and the ambulance story's caption between the second paragraph and the paragraph with the quote; none on the
blood-donation, dentist and greenhouse pages), noise between the paragraph with the quote and the subheading on six
pages (ad labels and ads on four, the greenhouse post's caption and a three-line poll on the dentist story), noise
between the subheading and the first list row on two pages (the rye-starter post's caption and the dentist story's
read-also link), gaps between list rows on ten pages (none on the lantern post and the garden story; two, after the
first and the second row, on the blood-donation story and the greenhouse post; one on the other eight: after the first
row on the surgery story and the mountain-pass post, after the second on the rye-starter, pharmacy, compost, dentist,
rye-bread and ambulance pages), the garden story's ad label and ad on the lines right after its last list row with no
blank line, noise between the last list row and the last paragraphs on two pages (the pharmacy story's newsletter prompt
and the ambulance story's Telegram prompt), noise between the two last paragraphs on three pages (the compost post's
subscribe prompt, the garden story's newsletter prompt and the mountain-pass post's subscribe prompt), and five to
eleven at the foot, with replies on every page (a "↳" reply on all twelve; a reply to the reply, "↳↳", on seven; a third
level, "↳↳↳", the author's reply to that, on four: the rye-starter, mountain-pass, rye-bread and greenhouse posts). The
subheadings and rows: en-portal-cresslowe-surgery-merger "What changes for patients", en-blog-hoochandcrumb-rye-starter
"Three feeds to bring it back", fr-portail-vausserolles-pharmacie-nuit "Ce qu'il faut savoir",
fr-blog-troisrangsdepoireaux-compost "Ce que j'ai changé cet automne", de-portal-quendlingen-blutspende "Wer spenden
darf", de-blog-pinselundzinn-nachtwaechter "Meine Farben für das Leuchten", it-portale-montecaldaro-rsa-giardino "Cosa
c'è nel giardino", it-blog-dueruoteeunthermos-passo "Cosa porto sempre nei giri d'inverno", pl-portal-wrzosnowo-dentysta
"Co planuje starostwo", pl-blog-zakwasiokruchy-chleb-zytni "Jak to robię krok po kroku",
ru-portal-olkhovogorsk-podstantsiya "Что изменится для жителей" and ru-blog-ogurtsyiterpenie-teplitsa "Мой порядок
действий" (three rows each); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-cresslowe-surgery-merger (a regional news portal's story
on two GP surgeries merging into one practice of 19,000 patients, with a comment, a reply and the paper's reply to it),
en-blog-hoochandcrumb-rye-starter (a sourdough blog's post on reviving a rye starter left three weeks in the fridge,
with a comment, the author's reply, a reply to it and the author's reply to that),
fr-portail-vausserolles-pharmacie-nuit (a regional news portal's story on a pharmacy opening a night window at weekends,
with a comment and a reply), fr-blog-troisrangsdepoireaux-compost (an allotment blog's post on a first year of compost
in a pallet bin, with a comment and the author's reply), de-portal-quendlingen-blutspende (a regional news portal's
story on 212 blood donors in one afternoon, with a comment, a reply and a reply to it),
de-blog-pinselundzinn-nachtwaechter (a miniature-painting blog's post on painting lantern light on a night watchman
figure, with a comment, the author's reply and a reply to it), it-portale-montecaldaro-rsa-giardino (a regional news
portal's story on a care home's new sensory garden, with a comment and a reply), it-blog-dueruoteeunthermos-passo (a
motorbike-touring blog's post on a last ride over a mountain pass before the snow, with a comment, the author's reply, a
reply to it and the author's reply to that), pl-portal-wrzosnowo-dentysta (a regional news portal's story on a six-month
wait for state-funded dentists, with two guest comments and a reply), pl-blog-zakwasiokruchy-chleb-zytni (a sourdough
blog's post on a weekly wholemeal rye loaf, with a comment, the author's reply, a reply to it and the author's reply to
that), ru-portal-olkhovogorsk-podstantsiya (a regional news portal's story on a new ambulance substation, with a comment
and a reply) and ru-blog-ogurtsyiterpenie-teplitsa (an allotment blog's post on propping up a polycarbonate greenhouse
for winter, with a comment, the author's reply, a reply to it and the author's reply to that); every page holds a title,
a subheading with list rows, a quote in the article and noise above the title, under it, between the paragraphs or the
list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 5402770d7b6a9337c7adc5fb32b8db85646de69c, measured with ``cd /tmp/wt-s97 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s97/src python -m pytest -q tests/test_clean_held_out_97.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s97 && PYTHONPATH=/tmp/wt-s97/src python
scripts/clean_held_out_report.py --sets 97`` (noise lines removed 35/45, article lines kept 20/20, pages clean 2/12,
page noise lines left 30 of 240), with the xfail tables empty): noise lines removed 35/45 (marker 5/8, reading-time 5/7,
byline 6/8, footer 8/8, comments 8/8, share 2/3, notice 1/3; missed, all kept in the text: at the head the English
"Roughly an 11-minute read, photos included.", the German "Dieser Beitrag ist in rund 7 Minuten gelesen.", the Italian
"Il prossimo video partirà tra 5 secondi" and the Polish "Imiona niektórych bohaterów zostały zmienione."; in the body
the English "Share via Bluesky, Pinterest or Telegram", the Polish "Przewiń, aby czytać dalej" and the Russian "Листайте
вправо, чтобы посмотреть все фото"; at the foot the English "My sourdough starter kits are back in stock – see the Shop
page for postage dates." and "Follow our health desk on Bluesky for daily updates from the county's hospitals." and the
Russian "Имеются противопоказания. Необходимо проконсультироваться со специалистом."); keep lines kept 20/20; pages 2/12
clean (fr-portail-vausserolles-pharmacie-nuit and ru-portal-olkhovogorsk-podstantsiya), 30 of 240 page noise lines left
and 7 of 120 article lines lost: en-portal-cresslowe-surgery-merger 11 left ("More health news", "Walk-in centre to
close at 6pm over the winter", "Flu jab clinic at the leisure centre this Saturday" and "Hospital car park charges
frozen for another year" between the first and second paragraphs, and seven lines of its foot: "Have your say", "Gareth
W", "Tannery Lane never had a nurse on Fridays, so this can only help.", "↳ Pauline_C", "Will the car park at Orchard
Row be any bigger?", "↳↳ Cresslowe Echo" and "The practice says plans for parking will be shared at the January
meeting."); en-blog-hoochandcrumb-rye-starter 3 left ("Photo: grey hooch on top of a neglected starter.", "Photo: the
starter after the first feed, with a rubber band to mark its level." and "Ad · Remove ads with a supporter membership");
fr-blog-troisrangsdepoireaux-compost 3 left ("Trois rangs de poireaux", "Carnet d'une parcelle aux jardins familiaux"
and "Le bac fini, avec son couvercle en vieille tôle."); de-portal-quendlingen-blutspende 1 left ("Hier geht es zur
Online-Terminreservierung"); de-blog-pinselundzinn-nachtwaechter 4 left ("Pinsel & Zinn", "Ein Blog über das Bemalen
kleiner Figuren", "Der Nachtwächter vor dem Grundieren, noch mit Gussgraten." and "Foto: die Laterne nach der dritten
Lasur."); it-portale-montecaldaro-rsa-giardino 2 left ("Il nuovo giardino con le aiuole rialzate." and "Gli ospiti
durante l'inaugurazione di martedì mattina.") and 2 article lines lost or put out of order (its two last paragraphs, "I
familiari potranno visitare il giardino tutti i giorni dalle 10 alle 18." and "In primavera gli ospiti semineranno le
prime piantine di pomodoro insieme ai volontari.", after the ad on the lines right after its last list row);
it-blog-dueruoteeunthermos-passo 4 left ("Scarica la traccia GPX del giro", "La mappa del percorso con le tre soste.",
"Link affiliato: i guanti che uso li trovi qui" and "Non perderti il prossimo giro: iscriviti agli aggiornamenti del
blog"); pl-portal-wrzosnowo-dentysta 0 left and 5 article lines lost or put out of order (its subheading "Co planuje
starostwo", its three list rows and its second-last paragraph "Radni mają zdecydować o dopłatach na sesji 18 grudnia.",
all after its poll; its last paragraph is kept); pl-blog-zakwasiokruchy-chleb-zytni 1 left ("Zdjęcie: bochenek prosto z
pieca, jeszcze parujący."); ru-blog-ogurtsyiterpenie-teplitsa 1 left ("Фото: подпорки под каждой дугой, ноябрь."). Of
the left page lines four stand above the title (the blog names and taglines of the compost and lantern posts; every
other site name, tagline, menu, cookie banner, log-in, accessibility and search line goes); two stand under the title
(the garden story's two photo captions; every other byline, date, update time, category, badge, save and listen link,
view and comment count, subscription offer, jump-to-recipe row, credit and the lantern post's table of contents go);
eleven stand between the paragraphs before the subheading (the surgery story's four-line more-health-news box, the
rye-starter post's caption, the compost post's caption, the lantern post's two captions, the mountain-pass post's GPX
link and map caption and the rye-bread post's caption on the line after its first paragraph; the pharmacy story's ad
label and ad, the garden story's read-also box, the rye-bread post's table of contents and the ambulance story's caption
go); one stands between the paragraph with the quote and the subheading (the greenhouse post's caption; every ad label
and ad there goes, as does the dentist story's poll); one stands between the subheading and the first list row (the
rye-starter post's caption; the dentist story's read-also link goes); three stand in gaps between list rows (the
rye-starter post's ad line, the blood-donation story's booking link and the mountain-pass post's affiliate link; every
read-also link, ad label and ad there goes); none stands on the lines right after the garden story's last list row (its
ad label and ad go) or between the last list row and the last paragraphs (the pharmacy story's newsletter prompt and the
ambulance story's Telegram prompt go); one stands between the two last paragraphs (the mountain-pass post's subscribe
prompt; the compost post's subscribe prompt and the garden story's newsletter prompt go); and seven stand at the foot,
all on the surgery story (its comment heading, comment, reply and the paper's reply; its copyright line goes); every
other tag, comment heading and count, commenter row, comment text, reply, previous-post, legal, imprint and copyright
line at the foot goes. Seven article lines are lost or put out of order: the garden story's two last paragraphs and the
dentist story's subheading, list rows and second-last paragraph. The failing cases are strict xfails.

Still held out after round 78 (developed on sets 95 and 96: the last row of a list ending in a full stop closes a
subheading's block, an unnumbered table of contents ends at its block's end, a table of contents the rules took counts
as evidence of the page's head, an author's ask-in-the-comments last paragraph stops the edge models, comment threads
under a call to react, guest rows with a tilde and headerless threads with reply arrows, polls, a liked-it newsletter
sign-up, quick reads in minutes; this set was written against 5402770, before it; measured once with
``scripts/clean_held_out_report.py --sets 97`` at 6c126f5): noise lines removed 35/45 (unchanged), keep lines 20/20,
pages clean 2/12, page noise lines left 30 -> 23 of 240, article lines lost 7 -> 0 of 120 (the care-home garden story's
two last paragraphs and the dentist story's subheading, rows and paragraph are kept; the surgery story's comment thread
and more-news box go, 11 -> 4 lines left; the care-home and dentist stories each keep one more noise line, which had
gone with their lost lines). Page reasons are not reworded (the next round reads the set).

Round 79 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_97.py`` at main's b5d41ec (before; after
round 78) and the round's last commit on branch round79 (after): noise lines 35 -> 40 of 45 (marker 8/8, reading-time
7/7, byline 6/8, footer 8/8, comments 8/8, share 2/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 2 -> 5 of 12,
page noise lines left 23 -> 14 of 240, article lines lost 0 -> 0 of 120; pytest 57 passed, 20 xfailed -> 65 passed, 12
xfailed. Fixed here: a labelled photo caption written as a sentence goes on a scraped page (the rye-bread and
greenhouse posts are clean, the rye-starter and lantern posts lose their labelled captions); a topic's rail of more news
between two paragraphs goes (noise_patterns.RAIL_HEADING widened: 'More health news' over three headlines, the surgery
story is clean); the reading-time phrases ('Roughly an 11-minute read, photos included.', 'Dieser Beitrag ist in rund 7
Minuten gelesen.'), the video countdown, the scroll-on and the swipe hints go (see set 98's Round 79 paragraph for the
mechanisms and classes). Left: the shop, Bluesky and names-changed lines, the Bluesky share row and the
medical-advertising disclaimer; on the pages the rye-starter post's ad line, unlabelled captions (the compost, lantern
and care-home pages), the compost post's blog name and tagline, the blood-donation story's booking link, the care-home
story's ad text, the mountain-pass post's GPX, affiliate and subscribe lines and the dentist story's poll heading.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_97_LINES = [
    # English
    ("body", "Skip past newsletter promotion", "marker"),
    ("body", "Your browser does not support the video tag.", "marker"),
    ("tail", "Recommended by Outbrain", "marker"),
    ("head", "Time to read: 4 minutes", "reading-time"),
    ("head", "Roughly an 11-minute read, photos included.", "reading-time"),
    ("tail", "Reporting by Imogen Sallowby; Editing by Fergal Ambrothwaite", "byline"),
    ("tail", "My sourdough starter kits are back in stock – see the Shop page for postage dates.", "byline"),
    ("tail", "Follow our health desk on Bluesky for daily updates from the county's hospitals.", "byline"),
    ("tail", "Simple theme. Powered by Blogger.", "footer"),
    ("tail", "This publication is regulated by IPSO, the Independent Press Standards Organisation.", "footer"),
    ("tail", "Back to top ↑", "footer"),
    ("tail", "Load 11 more comments", "comments"),
    ("tail", "Comments are pre-moderated, so yours may take a few hours to appear.", "comments"),
    ("tail", "Top comments · All comments (23)", "comments"),
    ("body", "Share via Bluesky, Pinterest or Telegram", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "Ce billet se lit en 6 minutes.", "reading-time"),
    ("head", "Propos recueillis par Armelle Quintefort", "byline"),
    ("tail", "N° de commission paritaire : 0000 C 00000 – ISSN 0000-0000", "footer"),
    ("tail", "Votre commentaire sera publié après validation par un modérateur.", "comments"),
    ("tail", "Envoyer par WhatsApp · Partager sur Bluesky · Imprimer", "share"),
    # German
    ("body", "Empfohlener redaktioneller Inhalt", "marker"),
    ("head", "Dieser Beitrag ist in rund 7 Minuten gelesen.", "reading-time"),
    ("tail", "Mit Material von dpa und epd", "byline"),
    ("tail", "Ein Angebot der Hollmersdorfer Verlagsgesellschaft mbH", "footer"),
    ("tail", "Alle 9 Antworten anzeigen", "comments"),
    ("head", "Dieser Text wurde mit Unterstützung einer KI übersetzt und von der Redaktion geprüft.", "notice"),
    # Italian
    ("head", "Il prossimo video partirà tra 5 secondi", "marker"),
    ("head", "Lettura: 4 min", "reading-time"),
    ("tail", "Se vuoi sostenere il blog, puoi offrirmi un pieno con Satispay.", "byline"),
    ("tail", "Testata registrata presso il Tribunale di Castelrovere n. 00/2000", "footer"),
    ("tail", "Carica altri commenti", "comments"),
    ("body", "Condividi: Telegram · Bluesky · Pinterest", "share"),
    # Polish
    ("body", "Przewiń, aby czytać dalej", "marker"),
    ("head", "Czytanie zajmie Ci ok. 6 minut", "reading-time"),
    ("tail", "Rozmawiała: Dorota Kwiecielska", "byline"),
    ("tail", "Blog prowadzony od 2014 roku. Kopiowanie treści i zdjęć bez zgody autorki zabronione.", "footer"),
    ("tail", "Komentarz został usunięty przez moderatora.", "comments"),
    ("head", "Imiona niektórych bohaterów zostały zmienione.", "notice"),
    # Russian
    ("body", "Листайте вправо, чтобы посмотреть все фото", "marker"),
    ("head", "Читать 7 минут", "reading-time"),
    ("tail", "Поддержать блог можно через Boosty — ссылка в профиле.", "byline"),
    ("tail", "Свидетельство о регистрации СМИ Эл № ФС77-00000 выдано Роскомнадзором", "footer"),
    ("tail", "Чтобы оставить комментарий, войдите через VK ID или Яндекс ID.", "comments"),
    ("tail", "Имеются противопоказания. Необходимо проконсультироваться со специалистом.", "notice"),
]

HELD_OUT_97_KEEP = [
    # English
    ("head", "Time to read the small print: the merged practice will keep both buildings open until at least 2028."),
    ("head", "Share of patients seen within two weeks rose to 81 per cent after the second nurse was hired."),
    ("body", "Comments from more than 400 patients were read out at the board meeting on Tuesday evening."),
    ("body", "Skip the morning phone queue, the manager advised, by booking routine appointments online."),
    ("tail", "Load the oven with a tray of water first, then slide the loaf in, because the steam helps it rise."),
    ("tail", "Powered by volunteers, the blood bus has visited the villages every spring since 2011."),
    ("tail", "Follow the signs to the new ambulance entrance, which opens on Monday at the back of the hospital."),
    # French
    ("head", "Partager les gardes de nuit entre trois officines était la seule solution, estime le pharmacien."),
    ("body", "Propos rassurants du préfet : aucune pharmacie du canton ne fermera l'an prochain."),
    ("tail", "Mentions obligatoires ou non, chaque pharmacie affiche désormais l'officine de garde sur sa vitrine."),
    # German
    ("head", "Mit Material aus dem Baumarkt hat der Förderverein eine zusätzliche Liege für die Spender gebaut."),
    ("body", "Empfohlen wird, vor der Spende ausreichend zu trinken und eine richtige Mahlzeit zu essen."),
    ("tail", "Alle 9 Liegen waren am Nachmittag gleichzeitig belegt, sagte die Organisatorin."),
    # Italian
    ("head", "Lettura ad alta voce e giardinaggio sono le attività preferite dagli ospiti della residenza."),
    ("body", "Condividi il tuo tempo con gli anziani: così recita il volantino dell'associazione di volontariato."),
    ("tail", "Carica la moto sul furgone solo se il passo è già chiuso per neve, consigliano al rifugio."),
    # Polish
    ("head", "Rozmawiała z nami również pacjentka, która na wizytę u dentysty czekała pół roku."),
    ("tail", "Komentarz starosty był krótki: bez dopłat nowi dentyści do powiatu nie przyjadą."),
    # Russian
    ("body", "Поддержать новую подстанцию пришли жители трёх соседних сёл и депутаты районного совета."),
    ("tail", "Читать лекции о первой помощи фельдшеры будут в школах города по четвергам."),
]

HELD_OUT_97_PAGES = {
    "en-portal-cresslowe-surgery-merger": _page("en", "en-portal-cresslowe-surgery-merger", [
        ["-Cresslowe Echo", "-Home › News › Health"],
        ["+Two Cresslowe GP surgeries to merge under one partnership in April"],
        ["-By Nerys Pendlebrooke, health reporter", "-3 December 2026 · 6:00 am", "-Save for later"],
        ["+Tannery Lane Surgery and Orchard Row Medical Centre will become one practice on 1 April, serving about "
         "19,000 patients across the town."],
        ["-More health news",
         "-Walk-in centre to close at 6pm over the winter",
         "-Flu jab clinic at the leisure centre this Saturday",
         "-Hospital car park charges frozen for another year"],
        ["+The partners say the merger will let them employ a pharmacist, a physiotherapist and two more nurses, "
         "posts neither surgery could fund alone."],
        ['+"Nobody will have to change their doctor, and both buildings will stay open," said practice manager '
         "Rosalind Heathcote."],
        ["-Advertisement", "-Cresslowe Carpets – winter sale now on, free fitting in every room"],
        ["+What changes for patients"],
        ["+One phone number for both surgeries from 1 April"],
        ["-Read more: how to order prescriptions through the NHS App"],
        ["+Online appointments booked through a single website"],
        ["+Repeat prescriptions collected from either building"],
        ["+A patient meeting will be held at the Corn Hall on 15 January for anyone with questions."],
        ["+The merger still needs the approval of the county's integrated care board, which meets next month."],
        ["-Have your say",
         "-Gareth W",
         "-Tannery Lane never had a nurse on Fridays, so this can only help.",
         "-↳ Pauline_C",
         "-Will the car park at Orchard Row be any bigger?",
         "-↳↳ Cresslowe Echo",
         "-The practice says plans for parking will be shared at the January meeting."],
        ["-© 2026 Cresslowe Echo. All rights reserved."],
    ]),
    "en-blog-hoochandcrumb-rye-starter": _page("en", "en-blog-hoochandcrumb-rye-starter", [
        ["-Hooch and Crumb",
         "-Slow bread from a small kitchen in the hills",
         "-Recipes · Starter help · About · Contact"],
        ["+Reviving a rye starter after three weeks in the fridge"],
        ["-Posted on 28 November 2026 by Bryony", "-Jump to recipe · Print recipe", "-Filed under Starters, Rye"],
        ["+I left my rye starter at the back of the fridge while we were away, and when I came home it was grey, "
         "sour and covered in a dark liquid."],
        ["-Photo: grey hooch on top of a neglected starter."],
        ["+That liquid is called hooch, and it only means the yeast has run out of food, not that the starter is "
         "dead."],
        ['+My baking teacher used to say, "A starter is harder to kill than a houseplant," and she was right again.'],
        ["+Three feeds to bring it back"],
        ["-Photo: the starter after the first feed, with a rubber band to mark its level."],
        ["+Pour off the hooch and keep one tablespoon of starter"],
        ["+Feed it with 50 g rye flour and 50 g warm water"],
        ["-Ad · Remove ads with a supporter membership"],
        ["+Repeat twice a day until it doubles within six hours"],
        ["+Mine was bubbling again on the third morning, and the loaf from it had the best crumb of the year."],
        ["+Next week I will show how I dry a spare starter on baking paper, so it can wait in a drawer for months."],
        ["-4 thoughts on this post",
         "-Marjorie",
         "-Mine had pink streaks once – is that the same thing?",
         "-↳ Bryony",
         "-Pink or orange streaks mean mould, I'm afraid – throw that one away.",
         "-↳↳ Marjorie",
         "-Thought so. Starting again with your method tonight.",
         "-↳↳↳ Bryony",
         "-Good luck – send me a photo of the first loaf!"],
        ["-Previous post: Seeded spelt for beginners", "-© 2026 Hooch and Crumb"],
    ]),
    "fr-portail-vausserolles-pharmacie-nuit": _page("fr", "fr-portail-vausserolles-pharmacie-nuit", [
        ["-L'Écho de Vausserolles", "-Se connecter", "-Actualités › Santé"],
        ["+La pharmacie du Pont-Vieux assurera désormais les gardes de nuit tous les week-ends"],
        ["-Santé",
         "-Abonnés",
         "-Par Solène Garbouillet",
         "-Le 2 décembre 2026 à 18h05",
         "-Mis à jour le 3 décembre 2026 à 8h12",
         "-Écouter cet article",
         "-La pharmacie du Pont-Vieux, place du Marché. Photo L'Écho",
         "-Offre spéciale : 1 € le premier mois, sans engagement"],
        ["+À partir du 5 décembre, les habitants n'auront plus à faire trente kilomètres la nuit pour trouver un "
         "médicament."],
        ["+Jusqu'ici, la pharmacie de garde la plus proche se trouvait à la sous-préfecture, parfois même plus loin."],
        ["-Publicité", "-Votre mutuelle vous rembourse-t-elle vraiment ? Comparez en 2 minutes"],
        ["+« Nous avons recruté une deuxième pharmacienne pour pouvoir ouvrir le guichet de nuit », explique le "
         "titulaire, Arnaud Pelletrau."],
        ["+Ce qu'il faut savoir"],
        ["+Le guichet de nuit ouvre de 20 heures à 8 heures le samedi et le dimanche"],
        ["+Une ordonnance est demandée pour les médicaments délivrés la nuit"],
        ["-À lire aussi : Les médecins de garde réorganisés pour l'hiver"],
        ["+Une majoration de nuit est appliquée par l'Assurance maladie"],
        ["-Recevez chaque matin l'essentiel de l'actualité de Vausserolles"],
        ["+La mairie prévoit d'installer un éclairage et une caméra devant le guichet avant Noël."],
        ["+Les autres nuits de la semaine, il faut toujours appeler le 3237 pour connaître la pharmacie de garde."],
        ["-Commentaires",
         "-Ginette R.",
         "-Enfin une bonne nouvelle pour les gens sans voiture.",
         "-↳ Thibault",
         "-Et en semaine, on fait comment ?"],
    ]),
    "fr-blog-troisrangsdepoireaux-compost": _page("fr", "fr-blog-troisrangsdepoireaux-compost", [
        ["-Ce site utilise des cookies pour mesurer l'audience.", "-Tout accepter", "-Personnaliser"],
        ["-Trois rangs de poireaux",
         "-Carnet d'une parcelle aux jardins familiaux",
         "-Accueil · Le potager · Recettes · À propos"],
        ["+Mon premier compost en bac de palettes : bilan après un an"],
        ["-Publié le 30 novembre 2026", "-Par Lucette", "-Rubrique : Au jardin"],
        ["+Il y a un an, j'ai monté un bac à compost avec quatre palettes récupérées derrière la quincaillerie du "
         "quartier."],
        ["+Au printemps, le tas était encore froid et sentait l'herbe mouillée, et j'ai cru que j'avais tout raté."],
        ["-Le bac fini, avec son couvercle en vieille tôle."],
        ["+Mon voisin de parcelle m'a dit : « Le compost, c'est comme la soupe, il faut mélanger le vert et le brun "
         "»."],
        ["+Ce que j'ai changé cet automne"],
        ["+Des feuilles mortes mélangées à chaque seau d'épluchures"],
        ["+Un retournement du tas toutes les trois semaines"],
        ["-Lire aussi : Mes poireaux d'hiver, du semis à la récolte"],
        ["+Une bâche sur le dessus pendant les grosses pluies"],
        ["+En octobre, j'ai enfin tamisé trois brouettes d'un compost sombre qui sentait le sous-bois."],
        ["-Abonnez-vous pour recevoir les prochains articles"],
        ["+Et vous, que mettez-vous dans votre compost ? Dites-le-moi en commentaire."],
        ["-Catégories : Compost, Sol vivant"],
        ["-2 commentaires",
         "-Ginou",
         "-Moi j'ajoute du marc de café, les vers adorent.",
         "-↳ Lucette",
         "-Bonne idée, le café du bureau va finir au jardin !"],
        ["-Article précédent : Les fèves semées en novembre", "-Mentions légales"],
    ]),
    "de-portal-quendlingen-blutspende": _page("de", "de-portal-quendlingen-blutspende", [
        ["-Quendlinger Rundschau", "-Lokales · Region · Sport · Kultur · Service", "-Suche"],
        ["+Blutspende im Bürgerhaus: 212 Spender an einem Nachmittag"],
        ["-Von Carola Wenzlitz",
         "-03.12.2026, 17:40 Uhr",
         "-Artikel merken",
         "-Foto: Spenderinnen und Spender im Saal des Bürgerhauses."],
        ["+So viele Menschen wie noch nie sind am Mittwoch zur Blutspende ins Quendlinger Bürgerhaus gekommen."],
        ["+Das Team des Blutspendedienstes musste zusätzliche Liegen aufstellen, die Wartezeit lag zeitweise bei "
         "einer Stunde."],
        ["+„Wir hatten mit 120 Spendern gerechnet, am Ende waren es fast doppelt so viele“, sagte Organisatorin "
         "Heike Braunmüller."],
        ["-Werbung", "-Winterreifen-Check für 19 Euro – nur diese Woche"],
        ["+Wer spenden darf"],
        ["+Gesunde Erwachsene ab 18 Jahren und mit mindestens 50 Kilogramm Körpergewicht"],
        ["-Lesen Sie auch: Krankenhaus sucht Pflegekräfte für die Nachtschicht"],
        ["+Frauen viermal und Männer sechsmal innerhalb von zwölf Monaten"],
        ["-Hier geht es zur Online-Terminreservierung"],
        ["+Ein amtlicher Lichtbildausweis muss mitgebracht werden"],
        ["+Der nächste Termin im Bürgerhaus ist für den 10. Februar geplant."],
        ["+Als Dankeschön gab es für jeden Spender eine Bratwurst und ein Los für die Tombola des Fördervereins."],
        ["-Schlagworte: Blutspende, Bürgerhaus, Ehrenamt"],
        ["-Kommentare (2)",
         "-Gisbert_K",
         "-Ich war auch da, super organisiert!",
         "-↳ Antwort von Lisa M.",
         "-Eine Stunde Wartezeit fand ich aber schon lang.",
         "-↳↳ Gisbert_K",
         "-Dafür gab es ja die Bratwurst :)"],
        ["-© Quendlinger Rundschau 2026"],
    ]),
    "de-blog-pinselundzinn-nachtwaechter": _page("de", "de-blog-pinselundzinn-nachtwaechter", [
        ["-Pinsel & Zinn", "-Ein Blog über das Bemalen kleiner Figuren"],
        ["+Wie ich eine Laterne zum Leuchten bringe: Objektquellen-Licht auf einer 28-mm-Figur"],
        ["-Veröffentlicht am 1. Dezember 2026"],
        ["-Inhaltsverzeichnis", "-Die Miniatur", "-Grundfarben", "-Lichtpunkte setzen", "-Fazit"],
        ["+Für den Wettbewerb unseres Spieleclubs wollte ich einen Nachtwächter mit Laterne bemalen, der aussieht, "
         "als würde die Laterne wirklich brennen."],
        ["-Der Nachtwächter vor dem Grundieren, noch mit Gussgraten."],
        ["+Der Trick heißt Objektquellen-Licht: Alles, was nah an der Lampe ist, wird heller und wärmer gemalt als "
         "der Rest."],
        ["-Foto: die Laterne nach der dritten Lasur."],
        ["+Ein Freund aus dem Club sagt immer: „Dunkel malen, dann erst das Licht setzen“, und genau so bin ich "
         "vorgegangen."],
        ["-Werbung", "-Pinselset aus Rotmarderhaar – jetzt im Angebot"],
        ["+Meine Farben für das Leuchten"],
        ["+Ein helles Gelb direkt am Glas der Laterne"],
        ["+Ein warmes Orange auf Hand und Mantelärmel"],
        ["+Ein verdünntes Braun als Übergang in die Schatten"],
        ["+Nach vier Abenden war die Figur fertig, und beim Clubabend hat sie den zweiten Platz geholt."],
        ["+Im nächsten Beitrag zeige ich, wie ich den Sockel mit Kopfsteinpflaster gestaltet habe."],
        ["-3 Kommentare",
         "-Malte",
         "-Wow, das Licht auf dem Ärmel ist richtig gut geworden!",
         "-↳ Pinsel & Zinn",
         "-Danke! Das war auch die meiste Arbeit.",
         "-↳↳ Malte",
         "-Welche Marke hat das Orange?"],
        ["-Impressum · Datenschutz"],
    ]),
    "it-portale-montecaldaro-rsa-giardino": _page("it", "it-portale-montecaldaro-rsa-giardino", [
        ["-La Voce di Montecaldaro", "-Accedi | Abbonati", "-Cronaca | Politica | Sport | Cultura | Necrologi"],
        ["+Alla RSA Villa Gelsomina apre un giardino sensoriale per gli ospiti"],
        ["-di Lorenza Sbarbaro",
         "-3 dicembre 2026",
         "-Il nuovo giardino con le aiuole rialzate.",
         "-Gli ospiti durante l'inaugurazione di martedì mattina."],
        ["+Aiuole rialzate, un percorso in pietra levigata e un pergolato di glicine: martedì è stato inaugurato il "
         "giardino della RSA Villa Gelsomina."],
        ["+Il progetto è costato 48.000 euro, raccolti in due anni da una fondazione locale e dai familiari degli "
         "ospiti."],
        ["-Leggi anche",
         "-Nuovi orari per il centro prelievi dell'ospedale",
         "-Casa della comunità, il cantiere parte a gennaio"],
        ["+«Qui chi ha la demenza può camminare senza pericoli e toccare le piante che coltivava da giovane», "
         "spiega la direttrice Miriam Tonello."],
        ["+Cosa c'è nel giardino"],
        ["+Aiuole all'altezza delle carrozzine, con erbe aromatiche"],
        ["+Un percorso ad anello senza gradini"],
        ["+Panchine all'ombra e una piccola fontana",
         "-Pubblicità",
         "-Caldaie a condensazione, installazione in 48 ore"],
        ["+I familiari potranno visitare il giardino tutti i giorni dalle 10 alle 18."],
        ["-Iscriviti alla newsletter della Voce"],
        ["+In primavera gli ospiti semineranno le prime piantine di pomodoro insieme ai volontari."],
        ["-Tag: RSA, anziani, giardino"],
        ["-I vostri commenti",
         "-Rosanna",
         "-Mia madre era lì, è un posto bellissimo.",
         "-↳ Ernesto",
         "-Finalmente una bella notizia dalla nostra città."],
        ["-© La Voce di Montecaldaro – Riproduzione riservata"],
    ]),
    "it-blog-dueruoteeunthermos-passo": _page("it", "it-blog-dueruoteeunthermos-passo", [
        ["-Due Ruote e un Thermos",
         "-Viaggi in moto, caffè caldo e strade secondarie",
         "-Home · Itinerari · Attrezzatura · Chi sono"],
        ["+Passo in novembre: duecento chilometri di curve prima della neve"],
        ["-Pubblicato il 29 novembre 2026", "-in Itinerari"],
        ["+Sabato ho approfittato dell'ultima giornata di sole per salire al passo prima della chiusura invernale."],
        ["-Scarica la traccia GPX del giro", "-La mappa del percorso con le tre soste."],
        ["+Alle otto il termometro della moto segnava due gradi, e il thermos di caffè è stato aperto già al primo "
         "tornante."],
        ["+Al rifugio in cima il gestore mi ha detto: «Sei l'ultimo motociclista dell'anno, domani mettiamo le "
         "catene»."],
        ["+Cosa porto sempre nei giri d'inverno"],
        ["+Sottotuta in lana e guanti riscaldati"],
        ["-Link affiliato: i guanti che uso li trovi qui"],
        ["+Una visiera antiappannamento"],
        ["+Il thermos, ovviamente, pieno fino all'orlo"],
        ["+Sulla discesa ho trovato ghiaccio solo all'ombra dell'ultima galleria, quindi sono sceso piano."],
        ["-Non perderti il prossimo giro: iscriviti agli aggiornamenti del blog"],
        ["+Il prossimo giro sarà in primavera, appena riaprono i passi."],
        ["-2 commenti",
         "-Ludovico",
         "-Che coraggio con due gradi! Io la moto l'ho già messa in garage.",
         "-↳ Due Ruote e un Thermos",
         "-Con i guanti riscaldati si sopravvive benissimo!",
         "-↳↳ Ludovico",
         "-Quasi quasi li compro anch'io.",
         "-↳↳↳ Due Ruote e un Thermos",
         "-Fallo, non te ne pentirai."],
        ["-Articolo precedente: Cambio olio fai da te", "-© 2026 Due Ruote e un Thermos"],
    ]),
    "pl-portal-wrzosnowo-dentysta": _page("pl", "pl-portal-wrzosnowo-dentysta", [
        ["-Kurier Wrzosnowski", "-Wiadomości · Zdrowie · Sport · Kultura · Ogłoszenia"],
        ["+We Wrzosnowie brakuje dentystów na NFZ. Na wizytę czeka się nawet pół roku"],
        ["-Zdrowie", "-Autor: Krystyna Polewska", "-3 grudnia 2026, 07:15", "-Fot. Kurier Wrzosnowski"],
        ["+W całym powiecie tylko dwa gabinety stomatologiczne mają podpisaną umowę z Narodowym Funduszem Zdrowia."],
        ["+Pacjenci, którzy nie chcą płacić prywatnie, zapisują się w styczniu na wizyty w czerwcu."],
        ["+– Mamy na liście ponad 900 osób, a przyjmujemy na dwie zmiany dziennie – mówi Beata Orzechowska, "
         "kierowniczka przychodni przy ul. Lipowej."],
        ["-Sonda", "-Ile czekałeś ostatnio na wizytę u dentysty?", "-Zagłosuj"],
        ["+Co planuje starostwo"],
        ["-Czytaj także: Nowa karetka dla szpitala powiatowego"],
        ["+Dopłaty do wynajmu gabinetu dla nowych lekarzy"],
        ["+Mieszkanie służbowe dla dentysty, który zamieszka w powiecie"],
        ["-Reklama", "-Implanty zębów – raty 0%, pierwsza konsultacja gratis"],
        ["+Wspólny dyżur stomatologiczny w weekendy z sąsiednim powiatem"],
        ["+Radni mają zdecydować o dopłatach na sesji 18 grudnia."],
        ["+Do tego czasu pacjentów z ostrym bólem przyjmuje dyżurny gabinet w szpitalu powiatowym."],
        ["-Komentarze (3)",
         "-~Gość: Marianna",
         "-Czekałam od maja do listopada, to jakiś żart.",
         "-~Gość: Zenek",
         "-Prywatnie też trzeba czekać miesiąc.",
         "-↳ ~Gość: Marianna",
         "-Ale za to nie pół roku."],
        ["-© Kurier Wrzosnowski 2026"],
    ]),
    "pl-blog-zakwasiokruchy-chleb-zytni": _page("pl", "pl-blog-zakwasiokruchy-chleb-zytni", [
        ["-Zakwas i Okruchy", "-Domowy chleb na zakwasie, bez pośpiechu"],
        ["+Chleb żytni razowy z ziarnami: przepis, który piekę co tydzień"],
        ["-Opublikowano 27 listopada 2026", "-Kategoria: Chleby żytnie"],
        ["+Ten chleb piekę w każdą niedzielę od trzech lat i jeszcze nigdy mi się nie znudził.",
         "-Zdjęcie: bochenek prosto z pieca, jeszcze parujący."],
        ["+Cały sekret to dojrzały zakwas żytni i długie, spokojne wyrastanie w chłodnej kuchni."],
        ["-Spis treści", "-Składniki", "-Wykonanie", "-Przechowywanie"],
        ["+Moja babcia mawiała: „Chleb żytni lubi cierpliwość, a nie drożdże”, i trzymam się tego do dziś."],
        ["+Jak to robię krok po kroku"],
        ["+Wieczorem mieszam zakwas z mąką razową i ciepłą wodą"],
        ["+Rano dodaję ziarna słonecznika, siemię lniane i sól"],
        ["-Reklama"],
        ["+Piekę godzinę w 230 stopniach, pierwsze 15 minut z parą"],
        ["+Chleb kroję dopiero następnego dnia, bo żytni miąższ musi się ustabilizować."],
        ["+Jeśli upieczecie go u siebie, dajcie znać, jak wyszedł!"],
        ["-Komentarze: 2",
         "-Agnieszka",
         "-Upiekłam wczoraj, wyszedł idealny, dziękuję!",
         "-↳ Zakwas i Okruchy",
         "-Bardzo się cieszę!",
         "-↳↳ Agnieszka",
         "-A czy można dodać pestki dyni?",
         "-↳↳↳ Zakwas i Okruchy",
         "-Jasne, garść pestek zamiast słonecznika."],
        ["-© 2026 Zakwas i Okruchy"],
    ]),
    "ru-portal-olkhovogorsk-podstantsiya": _page("ru", "ru-portal-olkhovogorsk-podstantsiya", [
        ["-Версия для слабовидящих", "-Вход / Регистрация"],
        ["-Ольховогорская правда", "-Новости · Общество · Здоровье · Спорт · Афиша", "-Поиск по сайту"],
        ["+В Ольховогорске открылась новая подстанция скорой помощи"],
        ["-Здоровье", "-3 декабря 2026, 11:20", "-Просмотров: 1 482", "-Текст: Алина Верещанская"],
        ["+Новая подстанция скорой помощи приняла первые вызовы в микрорайоне Заречный во вторник."],
        ["+В здании на улице Строителей разместились пять бригад, гараж на шесть машин и комнаты отдыха для "
         "фельдшеров."],
        ["-Фото: пресс-служба администрации города."],
        ["+«Теперь до Заречного машина будет доезжать за десять минут, а не за двадцать пять», — сказал главный "
         "врач станции Олег Ярошенко."],
        ["-Реклама", "-Пластиковые окна от производителя – замер бесплатно"],
        ["+Что изменится для жителей"],
        ["+Вызовы из Заречного и соседних сёл принимает новая подстанция"],
        ["+Номер для вызова скорой остаётся прежним — 103"],
        ["-Читайте также: Поликлинику на Садовой закроют на ремонт"],
        ["+На подстанции работает пункт неотложной помощи для взрослых"],
        ["-Подписывайтесь на наш канал в Telegram"],
        ["+Строительство обошлось городу в 96 миллионов рублей."],
        ["+До конца года на подстанцию поступят ещё две новые машины."],
        ["-Комментарии (2)",
         "-Галина",
         "-Наконец-то, в прошлом году ждали скорую почти час.",
         "-↳ Виктор_С",
         "-А врачей где возьмут?"],
        ["-© 2026 Ольховогорская правда"],
    ]),
    "ru-blog-ogurtsyiterpenie-teplitsa": _page("ru", "ru-blog-ogurtsyiterpenie-teplitsa", [
        ["-Огурцы и терпение", "-Дневник дачницы с шести соток", "-Главная · О блоге · Рубрики"],
        ["+Как я утепляю теплицу из поликарбоната перед зимой"],
        ["-27 ноября 2026", "-Рубрика: Теплица", "-5 комментариев"],
        ["+Каждую осень я готовлю теплицу к снегу, потому что два года назад одна дуга не выдержала и прогнулась."],
        ["+Теперь у меня есть свой порядок действий, и за последние две зимы ни одна дуга не пострадала."],
        ["+Сосед по участку как-то сказал: «Теплицу губит не мороз, а снег на крыше», и с тех пор я ставлю подпорки."],
        ["-Фото: подпорки под каждой дугой, ноябрь."],
        ["+Мой порядок действий"],
        ["+Убираю ботву и снимаю верёвки для подвязки"],
        ["-Реклама"],
        ["+Ставлю деревянные подпорки под каждую дугу"],
        ["-Читайте также: Огурцы на подоконнике в феврале"],
        ["+Открываю обе форточки, чтобы земля промёрзла"],
        ["+Весной такая земля меньше болеет, и рассада приживается быстрее."],
        ["+В следующей записи расскажу, какие сорта огурцов посажу в новом сезоне."],
        ["-Комментарии",
         "-Нина Петровна",
         "-А снег с крыши вы сбрасываете?",
         "-↳ Огурцы и терпение",
         "-Да, после каждого большого снегопада.",
         "-↳↳ Нина Петровна",
         "-Я тоже, но подпорок не ставила, попробую.",
         "-↳↳↳ Огурцы и терпение",
         "-Обязательно попробуйте!"],
        ["-Предыдущая запись: Чем мульчировать клубнику на зиму", "-© Огурцы и терпение, 2026"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Follow our health desk on Bluesky for daily updates from the county's hospitals.":
        "an English health desk's Bluesky follow plug ('Follow our health desk on Bluesky for daily updates from "
        "the county's hospitals.') is left at the foot",
    "Share via Bluesky, Pinterest or Telegram":
        "an English Bluesky, Pinterest and Telegram share row ('Share via Bluesky, Pinterest or Telegram') is left "
        "in the body",
    "Imiona niektórych bohaterów zostały zmienione.":
        "a Polish names-changed note ('Imiona niektórych bohaterów zostały zmienione.') is left at the head",
    "Имеются противопоказания. Необходимо проконсультироваться со специалистом.":
        "the Russian medical-advertising disclaimer ('Имеются противопоказания. Необходимо проконсультироваться со "
        "специалистом.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-hoochandcrumb-rye-starter":
        "the sourdough blog's rye-starter post keeps its ad line ('Ad · Remove ads with a supporter membership') "
        "between the second and third list rows (1 of 20 noise lines); its two labelled photo captions go",
    "fr-blog-troisrangsdepoireaux-compost":
        "the allotment blog's compost post keeps its blog name and tagline ('Trois rangs de poireaux' and 'Carnet "
        "d'une parcelle aux jardins familiaux') above the title and its photo caption ('Le bac fini, avec son "
        "couvercle en vieille tôle.') between the second paragraph and the paragraph with the quote (3 of 20 noise "
        "lines)",
    "de-portal-quendlingen-blutspende":
        "the regional portal's blood-donation story keeps its booking link ('Hier geht es zur "
        "Online-Terminreservierung') between the second and third list rows (1 of 20 noise lines)",
    "it-portale-montecaldaro-rsa-giardino":
        "the regional portal's care-home garden story keeps its two photo captions under the title ('Il nuovo "
        "giardino con le aiuole rialzate.' and 'Gli ospiti durante l'inaugurazione di martedì mattina.') and the ad's"
        " text ('Caldaie a condensazione, installazione in 48 ore') under its label after the last list row (3 of 20 "
        "noise lines); no article line is lost",
    "it-blog-dueruoteeunthermos-passo":
        "the motorbike-touring blog's mountain-pass post keeps its map caption ('La mappa del percorso con le tre "
        "soste.') between the first and second paragraphs, its affiliate link ('Link affiliato: i guanti che uso "
        "li trovi qui') between the first and second list rows and its subscribe prompt ('Non perderti il prossimo "
        "giro: iscriviti agli aggiornamenti del blog') between the two last paragraphs (3 of 20 noise lines; its "
        "GPX link goes since round 80)",
    "pl-portal-wrzosnowo-dentysta":
        "the regional portal's dentist-shortage story keeps its poll's heading ('Sonda') (1 of 20 noise lines); no "
        "article line is lost",
    "de-blog-pinselundzinn-nachtwaechter":
        "the miniature-painting blog's lantern post keeps its unlabelled photo caption ('Der Nachtwächter vor dem "
        "Grundieren, noch mit Gussgraten.') between the first and second paragraphs (1 of 20 noise lines); its blog "
        "name, tagline and labelled caption go",
}


test_held_out_97_line, test_held_out_97_line_is_kept, test_held_out_97_page = held_out_tests(
    HELD_OUT_97_LINES, HELD_OUT_97_KEEP, HELD_OUT_97_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
