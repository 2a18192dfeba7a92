"""Held-out set 69: written blind, weighted toward the noise the cleaner exists for, in shapes set 68's docstring does
not name: scraper, ad and embed markers (a leftover Gutenberg block comment "<!-- /wp:paragraph -->", the English ad
break "Story continues below advertisement", a magazine-style imported-embed placeholder "This content is imported
from YouTube. ...", a French blocked-embed cookie placeholder, a German external-content consent placeholder, an
Italian content-unavailable-accept-cookies placeholder, a Polish video-unavailable-enable-JavaScript placeholder and
a Russian ad-labelling line with a firm, a tax number and an erid token); reading-time headers in new shapes (a
Medium-style "7 min read · Nov 30, 2026", a plugin-style "Reading Time: 4 minutes", the French "Lecture 4 min.", the
German "4 Minuten Lesedauer", the Italian "Leggi in 3 minuti", the Polish "Przeczytasz w 3 minuty" and the Russian
"Прочтёте за 4 минуты"); bylines and self-promotion (a Substack thanks-for-reading-subscribe line, an English
Patreon plug, an English book-me-to-speak plug, a French follow-me-on-Mastodon-and-Bluesky plug, a German
I-also-run-courses plug, an Italian buy-me-a-coffee-on-Satispay plug, a Polish buycoffee.to plug and a Russian
come-to-my-VK-group plug); blog footers ("Powered by Blogger.", an English copyright row with a GeneratePress theme
credit, the French "Blog créé gratuitement sur Over-blog", the German "Diese Website wurde mit Jimdo erstellt", an
Italian web-agency credit, the Polish "Strona stworzona w kreatorze WebWave" and the Russian "Сделано на Tilda");
reader-comment furniture (the Disqus enable-JavaScript line, the WordPress save-my-name and notify-me-of-new-posts
checkboxes, the German notify-me-of-follow-up-comments checkbox, the Italian Akismet notice, the French and Polish
your-email-will-not-be-published lines and the Russian Cackle widget credit); share rows (an English
Threads/Bluesky/Mastodon row, a German Xing/Threema/e-mail row and a Polish row with Wykop); and notices (an English
first-appeared-in-our-newsletter line, a French offered-by-the-newsroom paywall line, an Italian updated-on line and
a Russian prepared-with-the-support-of-the-district line); and toward whole scraped news and opinion pages in
layouts sets 58 to 68 did not use (a regional portal's story on a village left without a mobile signal after its
only mast was switched off, a boat blog's essay on restoring a wooden dinghy with a comment thread, a regional
portal's story on a gendarmerie station opening only two days a week, a weekly's column on thirty-two plane trees
felled in a morning with a comment, a regional portal's story on a village inn reopened by a residents' cooperative,
a tenant's blog essay on a year with a balcony solar kit with a comment, a regional portal's story on a cable car
kept shut for its inspection, a paper's column on benches removed from a square with a comment, a regional portal's
story on wild boars in a housing estate, a preserves blog's essay on a quince bush with a comment, a regional
portal's story on a mobile shop van returning to seven villages and a paper's column on the names given to new
streets with a comment).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 67), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output; part of set 68's pages was seen by a slip (see (1) below). Read were: the docstring
of held-out set 68 up to its first round paragraph, its imports, its ``_page`` helper and its tail from ``def
_marks`` on (``_marks``, the xfail tables with their reasons and the three test functions), printed with ast scripts
(``ast.get_docstring`` cut at the first paragraph starting "Still held out after round" or "Round ", the import
nodes' and the ``_page`` node's source segments, and the file from the ``def _marks`` line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict
value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 68's with 68 -> 69 and the
xfail tables emptied, then refilled after the measurement. Nothing below was copied from any file of the repository.
The set was measured once against a frozen cleaner (worktree /tmp/wt-s69, detached at commit
f768a29441f9fb5452431810c2d73eded268a9b4, main's HEAD at my first step; see (3)) and every failing case is marked as
a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but
the xfail tables and this docstring.

Slips and notes: (1) Slip: my first ast script cut the tail at ``src.index('def _marks')``, which found the words
"``def _marks``" inside set 68's own docstring (its Protocol paragraph) rather than the function, so it printed,
after the allowed part of the docstring, the rest of set 68's docstring and its lists and pages before the tail. The
tool cut the middle of that output (its lines 140 to 668 were not shown), so I did not see set 68's round
paragraphs, its noise lines, its keep lines or its first pages; I did see the end of its de-blog-winterrad page and
its whole it-portale-defibrillatore, it-rubrica-buche, pl-portal-latarnie, pl-blog-karmnik, ru-portal-ploshchadka
and ru-kolonka-sosulki pages. Nothing was taken from them: the stories, sites, names and lines here are my own, but
the kinds of chrome (site name, menu, search, sign-in, breaking-news line, breadcrumb, ad label and ad, read-also
and app/channel prompts, tags, most-read, publisher, registry, cookie and copyright lines, comment threads with
name, date, text, reply and report links) are the kinds those pages, and the brief, have too. A second ast script,
with the same allowed cut, printed only the cut docstring from its "Judgement calls" paragraph on (the part the tool
had hidden), the import nodes and ``_page``, and the position of the ``def _marks`` line. (2) To print the helpers
with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the
path, which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read.
(3) ``git rev-parse HEAD`` printed f768a29441f9fb5452431810c2d73eded268a9b4 at my first step (``git status --short``
printed nothing). Just before the measurement it printed 494aef2773ebfc3fab0cb1086696f2c840a4ec12 (main had moved on
meanwhile) and ``git status --short`` showed a modified file under src/ in /work/main's working tree (only its path
was seen; not my change, not touched); the measuring worktree had already been given the first-step hash in the same
command, so the frozen cleaner is f768a29441f9fb5452431810c2d73eded268a9b4, not main's later HEAD. ``git worktree
add``'s output was sent to /dev/null, for this worktree and for my branch's, so no commit subject was seen. The
branch set69 was made from main; there this file (with the xfail tables filled) gives only passed and xfailed tests,
which is a check of the tables, not a second measurement. (4) Before the measurement the lists were executed from a
scratch folder (/tmp/s69scratch/stand) with stand-ins (a copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` module; no
case was run through the cleaner) that counted the lines by category and by language (the language from the ``#
English`` ... comments above each group), the keep lines by language and the pages by language, printed each page's
block sizes (six noise lines, title, two noise lines, first paragraph, two noise lines, quote paragraph, subheading
and rows, two noise lines, last paragraphs, eight noise lines; 20 noise and 10 article lines) and checked that no
page noise line repeats on its page, is a substring of an article line of its page or overlaps (equals, contains or
is contained in) a line of ``HELD_OUT_69_LINES``, and that no noise line overlaps a keep line. Its first run found
two overlaps: the ad label "Реклама" on both Russian pages stood inside the Russian erid marker line; the labels
were changed to "На правах рекламы" and "Рекламный блок" and the second run passed. Also before the measurement,
after the name checks of (7), a publisher name and five village names were replaced and one Polish last paragraph
was reworded (it held a typed self-correction). (5) At the measurement this docstring was a placeholder; it was
written afterwards, with the xfail tables. (6) The measuring pytest run (``-rA``) was piped to ``grep`` for its
FAILED lines and summary, so no tracebacks were seen (no PASSED line came through). The problems were then read out
once with ``_problems`` in the frozen worktree by a script (/tmp/s69scratch/problems.py) that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons. (7)
Invented names were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Cullingmere,
Sainte-Olmère, Lindwangen, Montebrusco, Valderzo, Brzezinówek, Нижнеольховск, Залесноборск, Кочмарёво, Ивняги,
Ольшанцы, Сухоборье, Заольховье, Clinker & Tar, Strom vom Geländer, Spiżarnia pod Jabłonią and Sztachetex had no
hits; Sarvenac and Pendarrow occur only as letters inside code identifiers; Tarrowby occurs only as an invented
carrier in a practice text; "Field Margins" is a common farming phrase, used here as a blog name. Dropped before
use: Vaudrecourt (a surname in a name list and a developer's name), Quendelbach (a street "Quendelbachstr." in an
address table), Treen (a real Cornish hamlet, first written into the portal's publisher "Treen Valley Media Ltd"),
the villages Кострово, Малые Луки, Сосновка, Бор, Заполье and Гать and the former village Кочкино (first written
from memory; common real village names); Гатищево was checked (it stands inside the real Богатищево) and not used.
Not checked, generic or invented at sight: avenue de la Gare, piazza del Mercato, Dorfplatz, osiedle Leśne, улица
Перспективная, проезд Радужный, Большие and Малые Ивняги, Новые Ольшанцы, Rifugio Belvedere, the inn "Zur Linde" and
the valley name "Oberes Tal" (generic names real places also carry); the sites, papers, blogs, firms and themes
(Cullingmere Courier, Tarrowby Media Ltd, Pendarrow Fuels, Clinker & Tar, Field Margins, Sainte-Olmère Info, SAS
Olmère Presse, Fermetures Lassagne, Le Réveil de Sarvenac, SARL Presse du Val, Atelier Roubinel, Lindwangen aktuell,
Talbote Medien GmbH, Haustechnik Wölfle, Strom vom Geländer, "Solaris von Sonnenseite Themes", MontebruscoOggi, Alpi
Notizie srl, Sport Zanchetta, La Voce di Valderzo, Valderzo Editoriale srl, Ottica Sbarbaro, Webfabbrica Brenni,
Brzezinówek.info, Brzezinówek Media sp. z o.o., Sztachetex, Spiżarnia pod Jabłonią, the theme "Jabłonka",
Нижнеольховск Онлайн, «Лесхоз-Сервис», Залесноборский вестник, «Потолок-Мастер», «Ромашка-Трейд») are invented; "Zur
Linde", "Solaris", "Jabłonka", «Лесхоз-Сервис», «Потолок-Мастер» and «Ромашка» are common enough that real firms or
themes may carry them; the people's names (Rhiannon Treloar, Morwenna Jaye, Ewan, Alasdair Finch, Solène
Marquebreucq, Jean-Claude Pradeilles, Yann Corbilleau, Odile Fargemont, Marcel D., the couple Garnaudie, Henrike
Kalmbacher, Reinhold Eberspächer, Katrin, Matthias, Chiara Lunardelli, Marco Bettinelli, Lorenza Cavedagna, Teresa
Malvicini, Iwona Pękalska, pani Danuta, Agnieszka, Jadwiga z Lublina, Марина Дубовицкая, Валентина Кормильцева,
Павел Сурмин, Игорь Тепляшин, Нина Петровна) are ordinary names real people may bear; none is meant as a real
person. Lublin, named in a commenter's signature, is a real city. Phone, tax, company, registry and registration
numbers and the erid token are zero-filled; the e-mail addresses use the reserved .example domain; the breaking-news
line on the mast page names no road number. (8) Some lines name real things, as real pages do: WordPress and its
Gutenberg block comments and comment-form checkboxes, YouTube, Medium-style and plugin-style reading-time rows,
Substack, Patreon, Blogger, GeneratePress, Disqus, Threads, Bluesky, Mastodon, Over-blog, Jimdo, Xing, Threema,
Satispay, Akismet, buycoffee.to, WebWave, Wykop, Facebook, X, WhatsApp, Telegram, Pinterest, ВКонтакте, Tilda,
Cackle, the Russian ad-labelling ИНН and erid, IPSO, the German "Werbung, unbeauftragt" label, the
Bundesnetzagentur, the French 17 emergency number, the French RCS, the German Amtsgericht/HRB registry, the Italian
P.IVA and court registration, the Polish KRS and the Russian media registration mark. No real person is named. (9)
Set 68's docstring names its own shapes and the earlier sets' page layouts only, so some lines may repeat shapes of
sets before 68 that I could not check; in particular the WordPress comment-form lines ("Save my name, email, and
website ...", the your-email-will-not-be-published lines), "Powered by Blogger." and "Story continues below
advertisement" are common enough that an earlier set may have used them. Close to shapes set 68 named: the
blocked-embed, consent and video-unavailable placeholders are placeholders like its "[embedded content]" and German
loading placeholder, in other words; the Patreon, Satispay and buycoffee.to plugs are support-me plugs like its
Ko-fi and Tipeee plugs, on other platforms; the VK-group and Mastodon/Bluesky plugs are self-promotion like its
Dzen-channel plug, on other media; the Substack subscribe line is near its newsletter plug; the speaking and courses
plugs are near its freelance plug; the footers are platform, theme and builder rows like its Ghost, Squarespace,
Astra, IONOS, Altervista, Blox.pl and uCoz rows, on other platforms; the share rows are share rows with other
platforms; the reading-time rows are reading-time rows in other words. Some page chrome repeats kinds of line set
68's pages had (pin-it and like prompts and affiliate or sponsorship notes on the blogs, opinion disclaimers and
more-columns links on the columns, newsletter, app, WhatsApp, Telegram, VK and Google-News-like prompts on the
portals). (10) My first step's clock reading was 2026-12-03 22:31:32 UTC. (11) After committing, ``git rev-parse
HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sources close to the committee", "Comments made by the
mayor", "Visitors to the reservoir", "Shares in the water company", "Reading time at the library", "Leave a reply
slip", "Advertisement hoardings", "Commentaires et questions", "Lire la suite du rapport", "Abonnés depuis vingt
ans", "Kommentare aus dem Gemeinderat", "Teilen wollen sich", "Anzeige erstattet", "Fonte di preoccupazione",
"Pubblicità e cartelloni", "Iscriversi al corso", "Źródło problemu", "Udostępnienie sali", "Источник финансирования"
and "Поделиться опытом" are article sentences. The Gutenberg comment, the ad break, the imported-embed,
blocked-embed, consent and video-unavailable placeholders and the erid ad-labelling line are counted as markers; the
reading-time rows (with or without a date) as reading-time lines; the Substack, Patreon, speaking, follow-me,
courses, Satispay, buycoffee.to and VK lines as bylines; platform, theme, builder and agency-credit rows as footers;
the Disqus, comment-form checkbox, email-not-published, Akismet and Cackle lines as comments; the share rows as
share; the first-appeared-in-the-newsletter, offered-by-the-newsroom, updated-on and prepared-with-support lines as
notices. On every page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows
and the last paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three
last paragraphs) and everything else is noise (20 lines a page: six lines above the title, two under it, two between
the first paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at
the foot); in particular site names and taglines, menus, search boxes, sign-in and subscribe lines, digital-edition
links, weather and breaking-news lines, breadcrumbs and categories, affiliate, sponsorship and advertising labels,
bylines, date, update, reading-time and comment-count lines, column notes and opinion disclaimers, ad labels, ads,
pin-it, save and like prompts, related, you-might-like, read-also, most-read, more-columns and previous/next-post
links, newsletter, alerts, app, WhatsApp, Telegram, VK and Facebook prompts, tip-off, correction and write-to-us
lines, tags, comment headings, commenter rows, comment texts, reply, report, log-in-to-comment and leave-a-comment
lines, theme, publisher, editor, registry, regulator, legal, privacy, reuse, cookie and copyright lines are noise.
The rows: en-portal-mast "What the village has lost", en-blog-dinghy "What the job took" (three rows),
fr-portail-gendarmerie "Ce qui change au guichet" (three rows), fr-chronique-platanes "Ce que l'avenue a perdu",
de-portal-gasthof "Die Genossenschaft in Zahlen", de-blog-balkonsolar "Meine Bilanz nach zwölf Monaten" (three
rows), it-portale-funivia "Come si sale nel frattempo" (three rows), it-rubrica-panchine "Chi usava quelle panchine"
(three rows), pl-portal-dziki "Co planuje gmina" (three rows), pl-blog-pigwa "Co zrobiłam z trzech kilogramów
owoców" (three rows), ru-portal-avtolavka "Расписание автолавки" (three rows) and ru-kolonka-ulitsy "Что было на
этом месте" (three rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 3, notice 4; by language
en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1),
it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20
keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10
a page): en-portal-mast (a regional news portal's story on a village without a mobile signal for three weeks after
its mast's lease ran out), en-blog-dinghy (a boat blog's essay on restoring a wooden dinghy kept forty years under a
tarpaulin, with a comment thread), fr-portail-gendarmerie (a regional news portal's story on a gendarmerie station
opening only on Tuesdays and Fridays), fr-chronique-platanes (a weekly's opinion column on thirty-two plane trees
felled in one morning, with a comment), de-portal-gasthof (a regional news portal's story on a village inn reopened
by a cooperative of 214 residents), de-blog-balkonsolar (a tenant's blog essay on a year with a balcony solar kit,
with a comment), it-portale-funivia (a regional news portal's story on a cable car kept shut by its twenty-year
inspection and a replacement shuttle), it-rubrica-panchine (a paper's opinion column on six benches removed from a
square overnight, with a comment), pl-portal-dziki (a regional news portal's story on wild boars in a housing
estate, a fence and hunters), pl-blog-pigwa (a preserves blog's essay on a neglected quince bush turned into syrup,
jam and liqueur, with a comment), ru-portal-avtolavka (a regional news portal's story on a mobile shop van returning
to seven villages twice a week) and ru-kolonka-ulitsy (a paper's opinion column on developer-chosen names for the
streets of a new district built where a village stood, with a comment); every page holds a title, a subheading with
list rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit f768a29441f9fb5452431810c2d73eded268a9b4, measured with ``cd /tmp/wt-s69 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s69/src python -m pytest -q tests/test_clean_held_out_69.py -rA
-p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s69 && PYTHONPATH=/tmp/wt-s69/src python
scripts/clean_held_out_report.py --sets 69`` (noise lines removed 33/45, article lines kept 20/20, pages clean 5/12,
page noise lines left 15 of 240), with the xfail tables empty): noise lines removed 33/45 (marker 3/8, reading-time
6/7, byline 4/8, footer 7/7, comments 6/8, share 3/3, notice 4/4; missed, all kept as paragraphs: the English "This
content is imported from YouTube. You may be able to find the same content in another format, ..." and "I also give
talks to parish councils and walking groups – fees and dates on my Speaking page.", the French "Ce contenu est
bloqué car vous n'avez pas accepté les cookies et autres traceurs." and "Suivez-moi sur Mastodon et Bluesky pour ne
rien rater de mes prochains billets.", the German "Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der
Datenverarbeitung durch Drittanbieter zustimmen.", "Übrigens: Ich gebe auch Fermentierkurse – alle Termine findest
du unter „Workshops“." and "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", the Italian "Contenuto
non disponibile – accetta i cookie per visualizzarlo" and "Questo sito usa Akismet per ridurre lo spam. Scopri come
vengono elaborati i dati derivati dai commenti.", the Polish "Materiał wideo jest niedostępny. Włącz obsługę
JavaScript w przeglądarce." and the Russian "Прочтёте за 4 минуты" and "Заходите в мою группу ВКонтакте — там
фотографии со всех прогулок."); keep lines kept 20/20; pages 5/12 clean (de-portal-gasthof, it-portale-funivia,
pl-portal-dziki, pl-blog-pigwa and ru-portal-avtolavka), 15 of 240 page noise lines left and 0 of 120 article lines
lost: en-portal-mast 1 left ("Get our free breaking-news alerts on your phone"); en-blog-dinghy 2 left ("Save to
Pinterest" and "Enjoyed this? Buy the shed a tin of varnish"); fr-portail-gendarmerie 1 left ("Recevez l'essentiel
de l'actu locale chaque soir"); fr-chronique-platanes 4 left ("Le billet d'Odile Fargemont", "Cette chronique
reflète le point de vue de son autrice.", "Toutes les chroniques d'Odile Fargemont" and "Réagissez : courrier des
lecteurs"); de-blog-balkonsolar 2 left ("Merken auf Pinterest" and "Dir hat der Beitrag geholfen? Lass ein Like
da!"); it-rubrica-panchine 3 left ("Questo articolo esprime l'opinione dell'autrice.", "Gli altri interventi di
Lorenza Cavedagna" and "Scrivi al giornale: lettere@vocedivalderzo.example"); ru-kolonka-ulitsy 2 left ("Натяжные
потолки за один день — «Потолок-Мастер»" and "Есть что сказать? Напишите нам"). Of the left page lines none stands
above the title, three under it (the column line and the opinion disclaimer of the plane-tree column and the opinion
disclaimer of the bench column), three between the first paragraph and the paragraph with the quote (two
save-to-Pinterest lines on the blogs and the Russian column's ceiling ad), nine between the list rows and the last
paragraphs and none at the foot; no article line is lost. The failing cases are strict xfails.

Still held out after round 64 (development on sets 66 and 68; measured once): noise lines removed 33/45
(unchanged), keep lines 20/20, pages clean 5/12 (unchanged), page noise lines left 15 -> 14 of 240 (the Russian
column's ceiling ad between the paragraphs now goes; ru-kolonka-ulitsy keeps its write-to-us prompt), article
lines lost 0 of 120. Round 64's classes for opinion disclaimers and pin-it prompts did not take this set's
disclaimers or save-to-Pinterest lines.

Still held out after round 65 (development on set 67; measured once with ``scripts/clean_held_out_report.py --sets
69``): noise lines removed 33 -> 34/45 (marker 3 -> 4/8: the German external-content placeholder "Externer Inhalt:
Um diesen Inhalt zu sehen, ..." now goes, taken by round 65's class for embed consent placeholders with their
instruction; the English, French, Italian and Polish placeholders of this set stay), keep lines 20/20, pages clean
5/12 and page noise lines left 14 of 240 (unchanged, the same lines), article lines lost 0 of 120.

Round 66 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 69`` and ``pytest tests/test_clean_held_out_69.py`` at 6dff24c (before)
and the round's last commit on branch round66 (after): noise lines 34 -> 45/45 (marker 4 -> 8/8, reading-time 6 ->
7/7, byline 4 -> 8/8, footer 7/7, comments 6 -> 8/8, share 3/3, notice 4/4), keep lines 20/20, pages 5 -> 12/12
clean, page noise lines left 14 -> 0 of 240, article lines lost 0 of 120; pytest 59 passed, 18 xfailed -> 77
passed. No loss to mend; every change is a line class, each in six languages with near misses in
tests/test_clean.py (test_round_66_*). Round 65's class for embed consent placeholders is widened to an embed's
placeholder that names the content or video as unavailable or blocked and waits for cookies or JavaScript ("Ce
contenu est bloqué car vous n'avez pas accepté les cookies ...", "Contenuto non disponibile – accetta i cookie
...", "Materiał wideo jest niedostępny. Włącz obsługę JavaScript ...") and to a magazine's imported-embed
placeholder ("This content is imported from YouTube. ..."); the comment form's notify-me checkboxes and the Akismet
notice now have their other five languages ("Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
"Questo sito usa Akismet per ridurre lo spam. ..."); the reader's verb in the second person counts as a word of a
reading-time header ("Прочтёте за 4 минуты", "Vous lirez en 4 minutes"); round 63's follow plug takes a purpose
clause after the networks ("Suivez-moi sur Mastodon et Bluesky pour ne rien rater ...") and the writer's group
("Заходите в мою группу ВКонтакте — там ...", "Rejoignez mon groupe Facebook"); the speaking plug takes the
writer's also-given talks or courses with the dates, fees or page after a dash ("I also give talks to ... – fees
and dates on my Speaking page.", "Übrigens: Ich gebe auch Fermentierkurse – alle Termine ... „Workshops“.", a page's
name in quotes being no quotation there). The page lines: round 64's opinion disclaimer asked for the opinions or
views to open the line, and this set's disclaimers name the piece first ("Cette chronique reflète le point de vue
de son autrice.", "Questo articolo esprime l'opinione dell'autrice."): the piece reflecting or expressing its
author's view, the whole line, is now a disclaimer too; round 64's pin-it prompt asked for "it"/"this" after the
verb in English, French and German, and the bare button ("Save to Pinterest", "Merken auf Pinterest") now goes; the
column's kind over its columnist ("Le billet d'Odile Fargemont", "Die Kolumne von ...", "Колонка ...") is a byline
and the other-columns link takes an elided "d'" and the Italian "interventi"; round 64's liked-it prompt takes a
helped-you question ("Dir hat der Beitrag geholfen? Lass ein Like da!") and a tip-jar's buy call ("Enjoyed this?
Buy the shed a tin of varnish"); the news or alerts offered to receive, short and no sentence ("Recevez l'essentiel
de l'actu locale chaque soir", "Get our free breaking-news alerts on your phone"), go with the newsletter offers;
write-to-us prompts after a have-something-to-say question ("Есть что сказать? Напишите нам"), a react label over
the readers' letters ("Réagissez : courrier des lecteurs") and a write-to-the-paper label with its address go with
the tip-off lines. Elsewhere: sets 66 and 68 lines 44 -> 45/45 (their hire-me plugs: the call to be asked for a
quote, and paid writing work taken on with the rates or samples after a dash), set 66 left 5 -> 4, set 67 left
15 -> 6, set 68 left 1 -> 0 (see their notes); set 63 left 20 -> 19 (de-windpark-buergerentscheid clean), set 64
left 13 -> 10 (en-column-last-bank-branch clean: a labelled ad's copy with an offer's word and a most-popular label
with its headline; ru-blog-kolodec-na-dache's you-may-also-like link), set 46 left 37 -> 36 (en-letters-page's
sponsored funeral-plan ad: an ad's label over copy with a price); the rails pass (page_blocks, mark_block_remnants)
now lets an item a line rule already took stand in a rail under its heading, so set 43's en-tabloid-video-reactions
stays clean now that its rail's "Sponsored: ..." slot is taken as an ad first. No other set changed; no article
line or keep line lost on any set from 10 to 69; SemEval noise diff 0 changed files.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_69_LINES = [
    # English
    ("body", "<!-- /wp:paragraph -->", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("body", "This content is imported from YouTube. You may be able to find the same content in another format, or you may be able to find more information, at their web site.", "marker"),
    ("head", "7 min read · Nov 30, 2026", "reading-time"),
    ("head", "Reading Time: 4 minutes", "reading-time"),
    ("tail", "Thanks for reading Field Margins! Subscribe for free to receive new posts and support my work.", "byline"),
    ("tail", "If these essays are useful to you, you can back me on Patreon for the price of a coffee a month.", "byline"),
    ("tail", "I also give talks to parish councils and walking groups – fees and dates on my Speaking page.", "byline"),
    ("tail", "Powered by Blogger.", "footer"),
    ("tail", "Copyright © 2026 Field Margins · All Rights Reserved · Theme by GeneratePress", "footer"),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("tail", "Save my name, email, and website in this browser for the next time I comment.", "comments"),
    ("tail", "Notify me of new posts by email.", "comments"),
    ("tail", "Share on Threads · Share on Bluesky · Share on Mastodon", "share"),
    ("tail", "A version of this column first appeared in our Sunday newsletter.", "notice"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "Lecture 4 min.", "reading-time"),
    ("tail", "Suivez-moi sur Mastodon et Bluesky pour ne rien rater de mes prochains billets.", "byline"),
    ("tail", "Blog créé gratuitement sur Over-blog", "footer"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    ("head", "Cet article vous est offert par la rédaction. Pour lire tous nos contenus, abonnez-vous.", "notice"),
    # German
    ("body", "Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung durch Drittanbieter zustimmen.", "marker"),
    ("head", "4 Minuten Lesedauer", "reading-time"),
    ("tail", "Übrigens: Ich gebe auch Fermentierkurse – alle Termine findest du unter „Workshops“.", "byline"),
    ("tail", "Diese Website wurde mit Jimdo erstellt", "footer"),
    ("tail", "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "comments"),
    ("tail", "Artikel teilen: Xing · Threema · E-Mail", "share"),
    # Italian
    ("body", "Contenuto non disponibile – accetta i cookie per visualizzarlo", "marker"),
    ("head", "Leggi in 3 minuti", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè su Satispay", "byline"),
    ("tail", "Sito realizzato da Webfabbrica Brenni – tutti i diritti riservati", "footer"),
    ("tail", "Questo sito usa Akismet per ridurre lo spam. Scopri come vengono elaborati i dati derivati dai commenti.", "comments"),
    ("head", "Questo articolo è stato aggiornato il 2 dicembre 2026 alle 18:40", "notice"),
    # Polish
    ("body", "Materiał wideo jest niedostępny. Włącz obsługę JavaScript w przeglądarce.", "marker"),
    ("head", "Przeczytasz w 3 minuty", "reading-time"),
    ("tail", "Jeśli chcesz wesprzeć bloga, możesz postawić mi kawę na buycoffee.to", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *", "comments"),
    ("tail", "Udostępnij: Facebook · X · Wykop", "share"),
    # Russian
    ("body", "Реклама. ООО «Ромашка-Трейд», ИНН 0000000000, erid: 0000000000", "marker"),
    ("head", "Прочтёте за 4 минуты", "reading-time"),
    ("tail", "Заходите в мою группу ВКонтакте — там фотографии со всех прогулок.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("head", "Материал подготовлен при поддержке администрации района", "notice"),
]

HELD_OUT_69_KEEP = [
    # English
    ("body", "Sources close to the committee said the vote would be held again in the spring."),
    ("body", "Comments made by the mayor at the hearing were later withdrawn in writing."),
    ("body", "Visitors to the reservoir will be asked to keep dogs on leads between March and July."),
    ("body", "Shares in the water company fell by four percent after the fine was announced."),
    ("body", "Reading time at the library will be extended to eight in the evening on Thursdays."),
    ("body", "Leave a reply slip in the box at the town hall if you want to speak at the next meeting."),
    ("body", "Advertisement hoardings along the bypass will be taken down by the end of the month."),
    # French
    ("body", "Commentaires et questions des habitants seront recueillis lors de la réunion publique du 14 janvier."),
    ("body", "Lire la suite du rapport prendra du temps, reconnaît le président de la commission, tant il est long."),
    ("body", "Abonnés depuis vingt ans au même marché, le couple Garnaudie a vu passer trois maires."),
    # German
    ("body", "Kommentare aus dem Gemeinderat fielen überraschend knapp aus."),
    ("body", "Teilen wollen sich die beiden Gemeinden künftig auch den Bauhof."),
    ("body", "Anzeige erstattet hat inzwischen auch der Betreiber des Kiosks."),
    # Italian
    ("body", "Fonte di preoccupazione resta il ponte sul torrente, chiuso dal 2025."),
    ("body", "Pubblicità e cartelloni abusivi saranno rimossi entro la fine dell'anno, promette il sindaco."),
    ("body", "Iscriversi al corso era possibile fino a ieri, ma il Comune ha riaperto le iscrizioni."),
    # Polish
    ("body", "Źródło problemu leży, zdaniem inżyniera, w zbyt płytko położonej rurze."),
    ("body", "Udostępnienie sali gimnastycznej mieszkańcom wójt zapowiedział już na wiosnę."),
    # Russian
    ("body", "Источник финансирования ремонта в администрации пока не назвали."),
    ("body", "Поделиться опытом с соседями пришли жители трёх соседних сёл."),
]

HELD_OUT_69_PAGES = {
    "en-portal-mast": _page("en", "en-portal-mast", [
        ["-Cullingmere Courier",
         "-News | Sport | Business | What's On | Property | Jobs",
         "-Sign in to your account",
         "-Tonight: light showers, low of 4°C",
         "-LIVE: A-road closed at the quarry junction after a lorry shed its load",
         "-News › Villages"],
        ["+Cullingmere left without a mobile signal for three weeks after phone mast is switched off"],
        ["-By Rhiannon Treloar, Rural Affairs Reporter",
         "-Updated 3 December 2026, 9:15am"],
        ["+Residents of Cullingmere have had no mobile signal since the only mast above the village was switched off on 12 November, when the landowner's lease with the operator ran out."],
        ["-Advertisement",
         "-Heating oil delivered tomorrow – order before 2pm with Pendarrow Fuels"],
        ["+\"My mother wears an alarm pendant that needs a signal, and right now it is a plastic button,\" said Morwenna Jaye, who runs the village shop."],
        ["+What the village has lost",
         "+Card payments at the shop and the pub",
         "+Alarm pendants for eleven older residents",
         "+Calls from the school minibus",
         "+Two-factor codes for online banking"],
        ["-You might also like: Sheep rustling rise worries farmers",
         "-Get our free breaking-news alerts on your phone"],
        ["+The operator said talks over a new site were \"at an advanced stage\" but could not give a date."],
        ["+Until then the parish council has asked for a temporary mast on a trailer in the playing-field car park."],
        ["-Tags: Cullingmere, mobile coverage, parish council",
         "-Got a story? Email newsdesk@cullingmere-courier.example",
         "-Most popular this week",
         "-Follow us on Facebook",
         "-Cullingmere Courier is published by Tarrowby Media Ltd, company no. 00000000",
         "-Terms · Privacy notice · Cookie settings",
         "-Regulated by IPSO",
         "-© 2026 Tarrowby Media Ltd"]]),
    "en-blog-dinghy": _page("en", "en-blog-dinghy", [
        ["-Clinker & Tar",
         "-notes from a shed by the estuary",
         "-Home · The Boat · Tools · Shop · About",
         "-Filed under: Restoration",
         "-Posted on 29 November 2026 by Ewan",
         "-This post contains affiliate links to tools I actually use."],
        ["+Forty years under a tarpaulin: how I brought a wooden dinghy back to the water"],
        ["-11 Comments",
         "-6 min read"],
        ["+I bought the dinghy for the price of a takeaway from a farmer who had kept her upside down behind his barn since the eighties."],
        ["-Save to Pinterest",
         "-Related: Choosing copper rivets"],
        ["+\"Don't replace what you can still save,\" the old boatbuilder at the yard told me, \"or you'll end up with a new boat that only looks old.\""],
        ["+What the job took",
         "+Nine new planks of larch",
         "+Four hundred copper rivets",
         "+Two winters of weekends"],
        ["-Enjoyed this? Buy the shed a tin of varnish",
         "-Previous post: Steam-bending in a drainpipe"],
        ["+She leaked for the first week, as wooden boats do, and then the planks swelled and she went quiet."],
        ["+I rowed her across the estuary on the first Sunday of October with my daughter in the stern."],
        ["+Next year, a small sail."],
        ["-11 thoughts on this post",
         "-Alasdair Finch",
         "-30 November 2026 at 8:12 pm",
         "-Lovely work. Did you steam the garboard or soak it?",
         "-Reply →",
         "-Leave a Comment",
         "-Privacy · Affiliate disclosure",
         "-© 2026 Clinker & Tar"]]),
    "fr-portail-gendarmerie": _page("fr", "fr-portail-gendarmerie", [
        ["-Sainte-Olmère Info",
         "-Actualités | Faits divers | Sports | Agenda | Annonces",
         "-Rechercher",
         "-Se connecter",
         "-EN DIRECT : la départementale coupée à hauteur du viaduc",
         "-Accueil > Vie locale"],
        ["+La brigade de gendarmerie de Sainte-Olmère n'ouvrira plus que deux jours par semaine"],
        ["-Par Solène Marquebreucq",
         "-Publié le 3 décembre 2026 à 07h05"],
        ["+À partir du 1er janvier, l'accueil de la brigade ne sera assuré que le mardi et le vendredi, les autres jours les habitants devront se rendre à la compagnie, à vingt-deux kilomètres."],
        ["-Annonce",
         "-Volets roulants posés en 48 heures – Fermetures Lassagne"],
        ["+« Une brigade fermée cinq jours sur sept, c'est une brigade qu'on ne voit plus », regrette le maire, Jean-Claude Pradeilles."],
        ["+Ce qui change au guichet",
         "+Plaintes : sur rendez-vous ou en ligne",
         "+Procurations : mardi et vendredi matin",
         "+Urgences : toujours le 17"],
        ["-À lire aussi : Le bureau de tabac reprend le dépôt de pain",
         "-Recevez l'essentiel de l'actu locale chaque soir"],
        ["+La préfecture assure que les patrouilles, elles, ne seront pas réduites."],
        ["+Le conseil municipal votera une motion lundi et une pétition circule déjà dans les commerces."],
        ["+Une réunion publique est prévue le 15 décembre à la salle des fêtes."],
        ["-Mots-clés : gendarmerie, sécurité, services publics",
         "-Signaler une erreur",
         "-Les plus lus",
         "-Téléchargez l'application Sainte-Olmère Info",
         "-Éditeur : SAS Olmère Presse, RCS 000 000 000",
         "-Directeur de la publication : Yann Corbilleau",
         "-Mentions légales · Gérer mes cookies",
         "-© Sainte-Olmère Info 2026"]]),
    "fr-chronique-platanes": _page("fr", "fr-chronique-platanes", [
        ["-Le Réveil de Sarvenac",
         "-Hebdomadaire d'information locale",
         "-S'abonner dès 1 €",
         "-Le journal en version numérique",
         "-Opinions",
         "-Chronique"],
        ["+Les platanes de l'avenue, ou l'art de couper d'abord et d'expliquer ensuite"],
        ["-Le billet d'Odile Fargemont",
         "-Cette chronique reflète le point de vue de son autrice."],
        ["+Lundi matin, les tronçonneuses ont commencé à sept heures, et à midi il ne restait de l'avenue de la Gare que des souches et une odeur de sciure."],
        ["-Publicité",
         "-Cuisine équipée à prix d'usine – Atelier Roubinel"],
        ["+« Les arbres étaient malades, c'est une question de sécurité », m'a-t-on répondu à la mairie, sans pouvoir me montrer le moindre rapport."],
        ["+Ce que l'avenue a perdu",
         "+Trente-deux platanes plantés en 1931",
         "+L'ombre du marché du jeudi",
         "+Le banc des joueurs de boules",
         "+Les nids des étourneaux"],
        ["-Toutes les chroniques d'Odile Fargemont",
         "-Réagissez : courrier des lecteurs"],
        ["+Je veux bien croire qu'un arbre malade doive tomber, mais pas trente-deux le même jour."],
        ["+La mairie promet des tilleuls au printemps ; on en reparlera dans quarante ans."],
        ["-2 réactions",
         "-Marcel D., le 3 décembre 2026 à 11h20",
         "-Mon grand-père les avait vus planter. Quelle tristesse.",
         "-Répondre",
         "-Signaler un abus",
         "-Pour réagir, connectez-vous à votre espace abonné",
         "-Le Réveil de Sarvenac – SARL Presse du Val",
         "-Tous droits de reproduction réservés"]]),
    "de-portal-gasthof": _page("de", "de-portal-gasthof", [
        ["-Lindwangen aktuell",
         "-Nachrichten aus dem Oberen Tal",
         "-Lokales | Vereine | Sport | Termine | Traueranzeigen",
         "-Suche",
         "-Jetzt abonnieren",
         "-Lokales › Lindwangen"],
        ["+Dorfgasthof „Zur Linde“ öffnet wieder – 214 Lindwanger haben ihn gekauft"],
        ["-Von Henrike Kalmbacher",
         "-03.12.2026, 16:20 Uhr"],
        ["+Drei Jahre stand der Gasthof am Dorfplatz leer, am Samstag wird er als Genossenschaftswirtschaft wiedereröffnet."],
        ["-Anzeige",
         "-Pelletheizung mit Förderung – jetzt beraten lassen bei Haustechnik Wölfle"],
        ["+„Wenn das Wirtshaus zu ist, ist das Dorf zu“, sagt Genossenschaftsvorstand Reinhold Eberspächer, der selbst zwanzig Anteile gezeichnet hat."],
        ["+Die Genossenschaft in Zahlen",
         "+214 Mitglieder",
         "+Anteile zu je 500 Euro",
         "+Ein Pächterpaar aus dem Nachbarort",
         "+Ruhetag am Montag"],
        ["-Mehr zum Thema: Bäckerei sucht Nachfolger",
         "-Lindwangen aktuell auf WhatsApp folgen"],
        ["+Zum Auftakt gibt es Schäufele und Kartoffelsalat, die Blaskapelle spielt ab 18 Uhr."],
        ["+Weitere Anteile können bis Jahresende gezeichnet werden."],
        ["-Schlagwörter: Gasthof, Genossenschaft, Dorfplatz",
         "-Fehler gefunden? Schreiben Sie uns",
         "-Meistgelesen",
         "-Lindwangen aktuell als E-Paper",
         "-Herausgeber: Talbote Medien GmbH, Amtsgericht HRB 00000",
         "-Impressum | Datenschutz | AGB",
         "-Cookie-Einstellungen",
         "-© 2026 Talbote Medien GmbH"]]),
    "de-blog-balkonsolar": _page("de", "de-blog-balkonsolar", [
        ["-Strom vom Geländer",
         "-Ein Mieterblog über kleine Energiewenden",
         "-Start | Technik | Rechner | Über mich | Kontakt",
         "-Kategorie: Erfahrungen",
         "-Veröffentlicht am 28. November 2026 von Katrin",
         "-Werbung, unbeauftragt"],
        ["+Ein Jahr Balkonkraftwerk: was zwei Module an einem Mietshaus wirklich bringen"],
        ["-9 Kommentare",
         "-Lesezeit ca. 5 Min."],
        ["+Vor einem Jahr habe ich zwei Solarmodule an das Balkongeländer im dritten Stock geschraubt, nach langem Hin und Her mit der Hausverwaltung."],
        ["-Merken auf Pinterest",
         "-Auch interessant: Steckdosen-Messgeräte im Vergleich"],
        ["+„Solange nichts herunterfällt, ist mir das egal“, schrieb der Vermieter am Ende, und das war die ganze Genehmigung."],
        ["+Meine Bilanz nach zwölf Monaten",
         "+612 Kilowattstunden erzeugt",
         "+Rund 190 Euro gespart",
         "+Ein Modul nach dem Sturm neu ausgerichtet"],
        ["-Dir hat der Beitrag geholfen? Lass ein Like da!",
         "-Nächster Beitrag: Speicher ja oder nein?"],
        ["+Im Winter ist der Ertrag bescheiden, im Juni läuft die Waschmaschine fast nur mit eigenem Strom."],
        ["+Am meisten hat sich aber verändert, wie ich auf den Verbrauch achte."],
        ["+Ich würde es jederzeit wieder machen."],
        ["-9 Gedanken zu diesem Beitrag",
         "-Matthias",
         "-29. November 2026 um 21:03",
         "-Hast du das Gerät bei der Bundesnetzagentur angemeldet? Bei mir hat das zehn Minuten gedauert.",
         "-Antwort",
         "-Hinterlasse einen Kommentar",
         "-Theme: Solaris von Sonnenseite Themes",
         "-© 2026 Strom vom Geländer"]]),
    "it-portale-funivia": _page("it", "it-portale-funivia", [
        ["-MontebruscoOggi",
         "-Notizie dalla valle e dai monti",
         "-Cronaca | Economia | Sport | Montagna | Appuntamenti",
         "-Cerca nel sito",
         "-ULTIM'ORA: neve oltre i 1.200 metri, catene obbligatorie",
         "-Home › Cronaca"],
        ["+La funivia di Montebrusco resta ferma per la revisione: riapertura slitta a febbraio"],
        ["-di Chiara Lunardelli",
         "-3 dicembre 2026 ore 14:10"],
        ["+La revisione ventennale della funivia, iniziata a settembre, durerà più del previsto e l'impianto non riaprirà per l'inizio della stagione sciistica."],
        ["-PUBBLICITÀ",
         "-Noleggio sci e scarponi a prezzi di fine stagione – Sport Zanchetta"],
        ["+«Le funi sono a posto, ma uno dei carrelli va rifatto da capo», ha spiegato il direttore d'esercizio Marco Bettinelli."],
        ["+Come si sale nel frattempo",
         "+Navetta gratuita ogni 30 minuti",
         "+Partenza dal piazzale della stazione a valle",
         "+Skipass scontato del 20 per cento"],
        ["-Potrebbe interessarti: Rifugio Belvedere, cambio di gestione",
         "-Ricevi le notizie di MontebruscoOggi su Telegram"],
        ["+Gli albergatori temono disdette per le settimane di Natale."],
        ["+Il Comune ha chiesto alla Regione un contributo straordinario per la navetta."],
        ["+La prossima verifica del cantiere è fissata per il 20 dicembre."],
        ["-Argomenti: funivia, sci, turismo",
         "-Segui MontebruscoOggi su Facebook",
         "-Le più lette",
         "-Scarica l'app di MontebruscoOggi",
         "-Testata giornalistica registrata al Tribunale, aut. n. 00/0000",
         "-Editore: Alpi Notizie srl – P.IVA 00000000000",
         "-Informativa privacy · Preferenze cookie",
         "-© 2026 MontebruscoOggi"]]),
    "it-rubrica-panchine": _page("it", "it-rubrica-panchine", [
        ["-La Voce di Valderzo",
         "-Quotidiano del territorio",
         "-Abbonati da 1 euro",
         "-Edizione digitale",
         "-Commenti",
         "-Il punto"],
        ["+Piazza senza panchine: se sedersi diventa un problema di ordine pubblico"],
        ["-di Lorenza Cavedagna",
         "-Questo articolo esprime l'opinione dell'autrice."],
        ["+Da una settimana in piazza del Mercato non ci si può più sedere: le sei panchine sono state tolte di notte, senza un avviso."],
        ["-Pubblicità",
         "-Occhiali progressivi al prezzo di un paio – Ottica Sbarbaro"],
        ["+«Ci si radunavano i ragazzi e facevano rumore», mi spiegano in Comune, come se togliere le panchine togliesse anche i ragazzi."],
        ["+Chi usava quelle panchine",
         "+Gli anziani in attesa della corriera",
         "+Le mamme all'uscita della scuola",
         "+I ragazzi, la sera, sì, anche loro"],
        ["-Gli altri interventi di Lorenza Cavedagna",
         "-Scrivi al giornale: lettere@vocedivalderzo.example"],
        ["+Una piazza dove non ci si siede è solo un incrocio più largo."],
        ["+Se il problema è il rumore, servono vigili la sera, non piazze vuote di giorno."],
        ["+Rimettete le panchine."],
        ["-Commenti (3)",
         "-Teresa Malvicini · 3 dicembre 2026, 09:47",
         "-Mia madre ora aspetta la corriera in piedi. Vergogna.",
         "-Rispondi a Teresa",
         "-Segnala commento",
         "-Per commentare devi essere abbonato",
         "-La Voce di Valderzo – Valderzo Editoriale srl",
         "-Riproduzione riservata"]]),
    "pl-portal-dziki": _page("pl", "pl-portal-dziki", [
        ["-Brzezinówek.info",
         "-Informacje | Sport | Kultura | Ogłoszenia drobne | Praca",
         "-Szukaj",
         "-Zaloguj",
         "-NA ŻYWO: sesja rady gminy",
         "-Informacje › Osiedla"],
        ["+Dziki na osiedlu Leśnym. Gmina stawia ogrodzenie i wynajmuje myśliwych"],
        ["-Autorka: Iwona Pękalska",
         "-3 grudnia 2026, 10:15"],
        ["+Od października mieszkańcy osiedla Leśnego zgłosili do straży gminnej ponad sześćdziesiąt wizyt dzików, które rozkopują trawniki i przewracają kosze na śmieci."],
        ["-REKLAMA",
         "-Ogrodzenia panelowe z montażem – Sztachetex, tel. 000 000 000"],
        ["+– Wieczorem boję się wyjść z psem, wczoraj przy śmietniku stała locha z pięcioma warchlakami – mówi pani Danuta z bloku numer 7."],
        ["+Co planuje gmina",
         "+Siatkę wzdłuż lasu na odcinku 800 metrów",
         "+Zamykane wiaty śmietnikowe",
         "+Odłowy przez koło łowieckie"],
        ["-Zobacz także: Wycinka drzew przy szkole",
         "-Pobierz aplikację Brzezinówek.info"],
        ["+Sołtys przypomina, by nie dokarmiać dzików i nie zostawiać worków przed altanami."],
        ["+Ogrodzenie ma stanąć do końca stycznia."],
        ["+Zgłoszenia przyjmuje straż gminna pod numerem 000 000 000."],
        ["-Tagi: dziki, osiedle Leśne, straż gminna",
         "-Dodaj komentarz",
         "-Byłeś świadkiem? Napisz do nas",
         "-Najpopularniejsze",
         "-Regulamin serwisu · Polityka cookies",
         "-Wydawca: Brzezinówek Media sp. z o.o., KRS 0000000000",
         "-Redakcja nie odpowiada za treść komentarzy",
         "-© 2026 Brzezinówek.info"]]),
    "pl-blog-pigwa": _page("pl", "pl-blog-pigwa", [
        ["-Spiżarnia pod Jabłonią",
         "-domowe przetwory i ogród",
         "-Start • Przepisy • Ogród • Sklep • O mnie",
         "-Kategoria: Jesień",
         "-Dodano 27 listopada 2026, autor: Agnieszka",
         "-Wpis powstał we współpracy z marką"],
        ["+Pigwowiec pod płotem: jak jeden krzew wystarczył na całą zimę"],
        ["-4 komentarze",
         "-Czas czytania: 5 min"],
        ["+Krzew pigwowca posadziła jeszcze moja babcia i przez lata nikt nie zbierał z niego owoców, bo wydawały się za twarde i za kwaśne."],
        ["-Zapisz na Pintereście",
         "-Może cię zainteresować: Konfitura z dzikiej róży"],
        ["+– Z tego się robi najlepszą nalewkę na przeziębienie – powiedziała sąsiadka, kiedy zobaczyła, jak wynoszę owoce na kompost."],
        ["+Co zrobiłam z trzech kilogramów owoców",
         "+Syrop do herbaty",
         "+Sześć słoików konfitury",
         "+Litr nalewki na miodzie"],
        ["-Spodobał ci się przepis? Udostępnij go znajomym!",
         "-Następny wpis: Suszone jabłka w piekarniku"],
        ["+Owoce najlepiej zbierać po pierwszym przymrozku, wtedy łatwiej puszczają sok."],
        ["+W tym roku po raz pierwszy od lat przycięłam krzew."],
        ["+Zobaczymy, co powie na to wiosna."],
        ["-Komentarze",
         "-Jadwiga z Lublina",
         "-28 listopada 2026 o 20:41",
         "-Dodaję goździki do syropu, polecam!",
         "-Odpowiedz",
         "-Napisz komentarz",
         "-Szablon: Jabłonka",
         "-© 2026 Spiżarnia pod Jabłonią"]]),
    "ru-portal-avtolavka": _page("ru", "ru-portal-avtolavka", [
        ["-Нижнеольховск Онлайн",
         "-Новости | Происшествия | Районы | Спорт | Объявления",
         "-Поиск",
         "-Вход",
         "-Сегодня: метель, ветер до 15 м/с",
         "-Главная › Районы"],
        ["+В семь деревень под Нижнеольховском снова будет приезжать автолавка"],
        ["-Текст: Марина Дубовицкая",
         "-3 декабря 2026, 11:05"],
        ["+С понедельника автолавка райпо будет дважды в неделю заезжать в деревни, где магазины закрылись ещё несколько лет назад."],
        ["-На правах рекламы",
         "-Дрова колотые с доставкой — «Лесхоз-Сервис», тел. 0-000-000-00-00"],
        ["+«Раньше за хлебом ездили в город на попутках, а зимой и вовсе сидели без свежего», — говорит жительница деревни Ивняги Валентина Кормильцева."],
        ["+Расписание автолавки",
         "+Вторник: Ивняги, Ольшанцы, Сухоборье",
         "+Пятница: Заольховье, Большие Ивняги, Малые Ивняги, Новые Ольшанцы",
         "+Остановка у бывшего магазина"],
        ["-Читайте также: На трассе установят новые остановки",
         "-Подписывайтесь на нашу группу ВКонтакте"],
        ["+В автолавке будут хлеб, молочные продукты, крупы и самые нужные лекарства без рецепта."],
        ["+Заказы на крупные покупки можно оставить у водителя за неделю."],
        ["+Рейсы оплачивает районный бюджет до конца 2027 года."],
        ["-Теги: автолавка, деревни, торговля",
         "-Сообщить новость",
         "-Популярное",
         "-Лента новостей",
         "-Сетевое издание «Нижнеольховск Онлайн», регистрационный номер Эл № ФС00-00000",
         "-Главный редактор: Павел Сурмин",
         "-Перепечатка материалов без согласия редакции запрещена",
         "-© 2026 Нижнеольховск Онлайн"]]),
    "ru-kolonka-ulitsy": _page("ru", "ru-kolonka-ulitsy", [
        ["-Залесноборский вестник",
         "-Общественно-политическая газета",
         "-Оформить подписку",
         "-Архив номеров",
         "-Мнения",
         "-Авторская колонка"],
        ["+Улица Перспективная и проезд Радужный: кто придумывает имена новым кварталам"],
        ["-Колонка Игоря Тепляшина",
         "-Точка зрения автора может не совпадать с мнением редакции"],
        ["+В новом микрорайоне за рекой появились шесть улиц, и ни одна из них не напоминает о том, что здесь сто лет стояла деревня Кочмарёво."],
        ["-Рекламный блок",
         "-Натяжные потолки за один день — «Потолок-Мастер»"],
        ["+«Названия предложил застройщик, комиссия возражений не нашла», — ответили мне в отделе архитектуры."],
        ["+Что было на этом месте",
         "+Деревня Кочмарёво с часовней",
         "+Мельница на ручье",
         "+Колхозный сад, который помнят старожилы"],
        ["-Другие колонки Игоря Тепляшина",
         "-Есть что сказать? Напишите нам"],
        ["+Улица Перспективная есть, наверное, в каждом городе, а Кочмарёвская была бы только у нас."],
        ["+Город должен хотя бы спрашивать краеведов, прежде чем подписывать такие списки."],
        ["+Иначе через двадцать лет никто не вспомнит, что здесь было."],
        ["-Комментарии читателей",
         "-Нина Петровна, 3 декабря 2026",
         "-Мой дед родился в Кочмарёве. Спасибо, что написали.",
         "-Ответить на комментарий",
         "-Пожаловаться на комментарий",
         "-Авторизуйтесь, чтобы оставить комментарий",
         "-Учредитель: АНО «Залесноборский вестник»",
         "-© 2026 Все материалы защищены"]]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_69_line, test_held_out_69_line_is_kept, test_held_out_69_page = held_out_tests(
    HELD_OUT_69_LINES, HELD_OUT_69_KEEP, HELD_OUT_69_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
