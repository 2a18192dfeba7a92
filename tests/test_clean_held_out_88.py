"""Held-out set 88: written blind, weighted toward the noise the cleaner exists for, in shapes set 86's docstring does
not name (nor the first paragraphs of sets 83, 84 and 85): scraper, embed and ad markers (the Hearst-style English ad
break "Advertisement - Continue Reading Below", the Globe-and-Mail-style photo link "Open this photo in gallery:", the
HTML5 audio fallback "Your browser does not support the audio element.", the French ad break "La suite après cette
publicité", the German ad break "Weiterlesen nach der Anzeige", the Italian ad break "L'articolo continua dopo la
pubblicità", a Polish speech-synthesis audio button "Posłuchaj tego artykułu – czyta syntezator mowy" and the Russian
ad break "Читайте продолжение после рекламы"); reading-time headers in new wordings (the English "4-minute read" and
"Approx. reading time: 6 minutes · 1,240 words", the Le-Monde-style French "Lecture 3 min.", the German "ca. 5 Min.
Lesezeit", the Italian "⏱ Tempo stimato di lettura: circa 3 minuti", the Polish "Przeczytanie zajmie Ci ok. 5 minut"
and the Russian "Прочитаете за 3 минуты"); bylines and self-promotion (an English Local Democracy Reporting Service
byline "By Harriet Colbeck, Local Democracy Reporting Service", Substack's subscribe plug "Thanks for reading Low Gear
Letters! Subscribe for free to receive new posts and support my work.", an English bird blog's wishlist plug "If you'd
like to support the blog, my bird-book wishlist is linked in the sidebar – every field guide I'm sent gets an honest
review here.", a Le-Monde-style French correspondent byline "Par Sylvie Carbonnel (Vernouillac, correspondante)", a
German staff-writer byline "Von unserer Redakteurin Sabine Kettelhack", an Italian correspondent byline "dal nostro
corrispondente Matteo Brusaferri", a Polish compiled-by credit with photo source "Oprac.: mw, fot. archiwum" and a
Russian prepared-by credit "Подготовила Алёна Сверчкова"); blog and site footers (Wix's template footer "© 2026 by Hive
and Heather. Proudly created with Wix.com", an English ICNN membership line "The Wrexcombe Courier is a member of the
Independent Community News Network.", an English link row with a modern-slavery statement "About us · Contact ·
Advertise · Modern Slavery Statement · Cookie Settings", the French commission-paritaire and ISSN line "N° de
commission paritaire : 0000 I 00000 – ISSN 0000-0000", a German press-code commitment "Diese Zeitung bekennt sich zu
den publizistischen Grundsätzen des Deutschen Presserats.", an Italian ROC-registration line "Iscritta al Registro
degli Operatori di Comunicazione (ROC) con il n. 00000", a Polish web-design credit "Projekt i wykonanie strony:
Pracownia Kreska" and a Russian reprint-with-hyperlink line "Перепечатка материалов допускается только с активной
гиперссылкой на «Ключегорск онлайн»."); reader-comment furniture (Blogger's "This comment has been removed by the
author.", an English overnight-closing note "Comments on this story are closed overnight and will reopen at 7am.",
WordPress's subscribe checkbox "Notify me of follow-up comments by email.", a French hidden-by-moderation placeholder
"Ce commentaire a été masqué car il ne respecte pas notre charte de modération.", a German auto-closing note
"Kommentare werden nach 72 Stunden automatisch geschlossen.", an Italian social-login prompt "Accedi con Facebook o
Google per lasciare un commento.", a Polish comment-form field label "Treść komentarza (maks. 1000 znaków)" and a
Russian comment-rating row "Оценить комментарий: +3 / −1"); share rows (an English Jetpack-style Bluesky, LinkedIn,
WhatsApp and e-mail row, a French Facebook, Messenger, LinkedIn and SMS row and an Italian Facebook, X, LinkedIn,
e-mail and print row); and notices (a German first-in-print note "Dieser Artikel erschien zuerst in der Printausgabe
vom 02.12.2026.", a Polish correction note "Korekta: 4 grudnia poprawiliśmy godzinę odjazdu ostatniego autobusu." and
the Russian Orphus-style error-report line "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter."); and toward whole
scraped news and hobby-blog pages in layouts set 86's docstring does not describe (more noise under the title, tables
of contents, gaps between list rows, nested comment replies), taken from local economy, weather and transport and from
blogs about cycle touring, birdwatching, second-hand books and beekeeping (a regional portal's story on a bakery
closing after three generations, with a comment and a reply, a cycle-touring blog's post on a winter loop of an estuary
with two ferries on their winter timetable, with a comment and a reply, a regional portal's story on a covered market
hall reopening after eighteen months of work, with a comment, a birdwatching blog's post on counting brent geese before
a storm, with a comment and a reply, a regional portal's story on mobile flood barriers tested before winter, with a
comment, a beekeeping blog's post on wintering six colonies after a storm knocked a hive over, with a comment and a
reply, a regional portal's story on a ferry's winter timetable dropping two evening crossings, with a comment and a
reply, a second-hand-books blog's post on a box of flood-soaked books bought at a flea market, with a comment and a
reply, a regional portal's story on storm damage to an orchard, with a comment, a birdwatching blog's post on fishponds
after a gale, reached on foot since the bus stopped running, with a comment and a reply, a regional portal's story on a
rural bus route cut from 1 January, with a comment, and a beekeeping blog's post on the first snow and storm damage at
the apiary, with a comment and a reply).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 86), held-out set 87 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's
files and did not run ``git worktree list``. Read were: the docstring of held-out set 86 up to its first round
paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with
their reasons and the three test functions), and the first paragraphs of the docstrings of sets 83, 84 and 85, printed
with one ast script (/tmp/s88scratch/read86.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut
before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end, and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 86's, taken by a script
(/tmp/s88scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 86 -> 88, then refilled after the measurement. Nothing else was copied from any
file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s88, detached at commit
20007668e9c6e2223942406e778451603efb9045, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 86's file (and the first paragraphs
of sets 83, 84 and 85) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s88scratch/read86.out, 510 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to 510, whose
display was cut by the tool in the middle, and then lines 335 to 385 to see the cut part: the end of set 86's page
xfail table, its three test functions and the start of set 83's first paragraph); nothing else was cut. The docstring
cut held (the printed docstring ended with set 86's Baseline paragraph). That allowed text itself names set 86's
scratch paths and its frozen commit (71a6aaaa6b6f97dde00264be9075df8f60dcefab), set 84's
(2b0c295bee4774a6fc5eac5165e3cb2c9916770f) and set 82's (d81ebc7251982719dee274f97a3c5bb5ece5263a); set 86's xfail
reasons quote its missed lines and left page lines, and two of them say a page line of set 86 goes "since round 73"; I
saw these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not
open. The build script, which read set 86's file to take its tail, printed nothing but the tail it wrote. At my first
step ``git status --short`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with
``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the
frozen commit is. To see that the worktrees existed I ran ``ls`` on /tmp/wt-s88 and /tmp/wt-set88, which printed the
top-level names of the checkout (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no
file's contents. The branch set88 was made from the same commit; there this file (with the xfail tables filled) gives
only passed and xfailed tests (54 passed, 23 xfailed), which is a check of the tables, not a second measurement. (3) To
print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src and /work/main/tests on the path, which imports the cleaner's modules; nothing was run through the
cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr':
'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus
module was written by a small script (/tmp/s88scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and
wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists
were written as data in scratch files (/tmp/s88scratch/lists88.py and pages88.py, edited before the measurement by
small replacement scripts, edit88.py, edit88b.py and edit88c.py) and put together with the tail into this file by a
script (/tmp/s88scratch/gen.py) that splits long string literals to fit 120 columns. Before the measurement the file
was executed from a scratch folder (/tmp/s88scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise, and a stand-in
``pytest`` package; no case was run through the cleaner) by /tmp/s88scratch/check.py, which counted the lines by
category, by language (from the ``# English`` ... comments) and by place, the keep lines by language and by place, the
pages by language and checked that every page has 10 article and 20 noise lines, that no page noise line or article
line repeats on its page, that no page noise line is a substring of an article line of its page or overlaps (equals,
contains or is contained in) a line of ``HELD_OUT_88_LINES`` or ``HELD_OUT_88_KEEP``, case-sensitively and
case-insensitively, that no page article line overlaps one of those lines and that no held-out noise line overlaps a
keep line. While writing I had already numbered the blogs' table-of-contents entries ("2. Die Völker im Dezember", "2.
Co widziałem") so that none equals its post's subheading, and put the English ad label as "ADVERTISING" so that it is
not inside the held-out "Advertisement - Continue Reading Below". Its first run (on a file made before a renaming of
the Substack plug's newsletter, see (6)) found six problems: the cycling blog's name "Spokes and Stopovers" inside the
Substack plug, the French portal's ad label "Publicité" inside the French held-out ad break and the French keep line
"Publicité ou pas ...", the German portal's "Anzeige" inside the German held-out ad break and the German keep line
"Anzeige erstattet ...", and the Italian portal's "Pubblicità" inside the Italian held-out ad break
(case-insensitively); the Substack plug's name had already become "Low Gear Letters" in the data, and the labels became
"Annonce partenaire", "Werbung" and "Spazio pubblicitario". The second run found nothing; as allowed, some page noise
lines hold another noise line of their page (site names inside captions and copyright lines, the commenter's name
inside the English portal's reply marker), and the comment headings of the cycling and birdwatching blogs hold their
post's title, as WordPress prints it. No list changed after that check. (5) At the measurement (19:05:46 UTC) this
docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems
were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s88scratch/problems.py) that ran it
on every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons;
``_problems`` says "lost or out of order" for an article line, so the reasons say lost (or out of order). (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my
own memory; no gazetteer was available, so this is not a proof that they do not exist: Skelmerton (and so the
Skelmerton Echo), Spokes and Stopovers, Low Gear Letters, Hive and Heather, Wrexcombe (and so the Wrexcombe Courier),
Vernouillac (and so Vernouillac Infos and the Cuisines du Vernouillais), Jumelles et Vasières, Ottersfeld (and so the
Ottersfelder Rundblick and Haustechnik Ottersfeld), Summen am Hang, Wabenkiste, Porto Sellano (and so Porto Sellano
Oggi), La Bancarella di Ottavio, the Kurier Ostrzewiński and the Szkółka Ostrzewińska, Lornetka i Trzciny, Pracownia
Kreska, Луговецк (and so the Луговецкие вести and «Луговец-Пласт»), Пасека на косогоре and Ключегорск had no hits;
Ostrzewin only inside a Polish web address (kostrzewinki), and is used. Dropped after their checks: Comberford, planned
for the English byline (a real road and hall near Tamworth), Fernlow, planned for the ICNN line (a name in games' and
sample data), Harlby, its replacement (in a test's sample data), Brackenholt, checked for it (a name in games' data),
Castrena, checked for the Italian ferry town (a school's name in a data set), Pagine Ingiallite, checked for the
Italian book blog (a common phrase), Тихоречье, planned for the Russian reprint line (a town in a game), Zielony Pęd,
Теплодом, Brenninger, Cuisines Ravel, Ferramenta Lucchesi and Blütenstaub, planned or placed for page ads (a common
phrase, a real brand, a real surname, and names that may be real shops); they became Szkółka Ostrzewińska,
«Луговец-Пласт» and Wabenkiste (checked) and Haustechnik Ottersfeld, Cuisines du Vernouillais and Ferramenta del Molo
(named after the invented towns or generic, not checked further). Kettelhack, Brusaferri and Кречетова had hits as real
surnames; the first two are used as ordinary surnames, Кречетова was replaced by Сверчкова. Not checked, generic or
invented at sight: Church Street, Low Moor, Mill Lane, Skelmerton Glass & Glazing, Hedgeway (a user name in code, used
for a bag brand), the place du Foirail, the collège Jean-Moulin, the Mühlbach, Brunnau, the Uferstraße, the molo di
Levante, Ferramenta del Molo, Kamionka, Сосновка, Ольховка, Малые Ключи, «Липовый цвет» and the Заводская. The people's
names (Harriet Colbeck, Sylvie Carbonnel, Sabine Kettelhack, Matteo Brusaferri, Алёна Сверчкова, Megan Trewhitt, Jack
and Pauline Pardoe, OldSkelmertonian, Rhiannon, Dai Prosser, Ginette Lafarguette, Patrice Dulaurier, Mireille.V, Hervé
L., Jana Freitag, Uwe Haselhorst, Gerd_Mühlbach, Lotte, Bernd, Loredana Scarpello, Franco_49, Nadia M., Ottavio,
Graziella, Henryk Gąsiorek, Tomek, Ewa z Kaliskiego, Галина Лапшина, Ольга_С, Иван Петрович, the Rouvière family and
Ernesta) are invented, though ordinary names real people may bear; none is meant as a real person. The registration,
ROC, commission-paritaire and ISSN numbers are zero-filled; there are no phone numbers and no e-mail addresses. (7)
Some lines name real things, as real pages do (all from memory): Hearst's "Continue Reading Below" ad break, the Globe
and Mail's "Open this photo in gallery:", the HTML5 audio fallback, the Local Democracy Reporting Service, Substack's
subscribe plug, Wix and its "Proudly created with Wix.com" footer, the Independent Community News Network,
modern-slavery statements, Bluesky, LinkedIn, WhatsApp, Jetpack's "Share this:", Blogger's removed-by-author
placeholder, WordPress's follow-up-comments checkbox, Le Monde's "Lecture 3 min." and its correspondent bylines, the
French commission paritaire and ISSN, Messenger, the Deutscher Presserat and its press code, the Italian ROC, Facebook,
Google, X, Polish speech-synthesis readers, the Russian Orphus-style Ctrl+Enter line; on the pages WordPress and its
Twenty Twenty-Five theme, Anders Norén's themes (Hemingway), Kadence, Strava, Instagram, Telegram, VKontakte,
Odnoklassniki, Nikon binoculars, the Antonówka apple, PKS buses, the name days of Barbara and Krystian given for 4
December and the 16+ mark of Russian sites and ads. (8) Set 86's docstring names its own shapes and its pages' layouts
(and sets 83 to 85 their shapes in their first paragraphs), so some lines may repeat shapes of sets before 83 or of the
development lists that I could not check; in particular the Hearst ad break, the HTML5 audio fallback, "4-minute read",
Blogger's removed-by-author line, WordPress's follow-up checkbox, the Wix footer and the Orphus line are common enough
that an earlier set may hold them. Close to shapes sets 83 to 86 named: the French, German, Italian and Russian ad
breaks are near the Polish video ad break and the Yahoo-style "Story continues"; the Polish audio button is near the
French audio buttons; the photo-gallery link is near the German gallery links; the correspondent and staff bylines are
bylines near their correspondent, reporter and curated-by credits; the Substack and wishlist plugs are plugs like their
Ko-fi, Patreon, Patronite and print-shop ones; the ICNN line and the Presserat commitment are near the IPSO lines; the
ROC, commission-paritaire and reprint lines are legal footers near their registration and publisher lines; the Polish
web-design credit is near the theme credits; the removed and hidden comment placeholders, the overnight and 72-hour
closing notes, the social-login prompt, the form label and the rating row are comment furniture near their
comments-closed, moderation, logged-in and reply-and-report lines; the first-in-print and correction notes are near
their update notes; the Orphus line is near the Italian report-an-error line; the reading-time rows are reading-time
rows in other words; the share rows are share rows on other platforms. Page chrome repeats kinds of line set 86's
docstring names among its noise (photo captions, ad labels and ads, read-also, might-like and most-read links,
affiliate notes, name-day lines, table-of-contents links, theme credits), as real pages carry them. (9) My first step's
clock reading was 2026-12-04 18:59:53 UTC; the measurement ran at 19:05:46 UTC. (10) After committing, ``git rev-parse
HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertised as a temporary measure", "Read more carefully",
"Sponsored by the parish council", "Comments from passengers", "Share prices had nothing to do with it", "Subscribers
to the orchard's apple-share scheme", "Photo albums kept behind the counter", "Publicité ou pas", "Partager le quai",
"Abonnés depuis des années", "Anzeige erstattet hat", "Kommentiert hat der Landrat", "Teilen müssen sich die
Fahrgäste", "Pubblicato nel 1978", "Condividere il banco", "Iscriversi alla lista d'attesa", "Reklamy piekarni",
"Komentarze mieszkańców", "Подписаться под обращением" and "Реклама пекарни" are article sentences. The ad breaks, the
photo-gallery link, the audio fallback and the Polish audio button are counted as markers; the reading-time rows as
reading-time lines; the LDRS, correspondent, staff and newsroom bylines, the compiled-by and prepared-by credits and
the Substack and wishlist plugs as bylines; the Wix, ICNN, link-row, commission-paritaire, Presserat, ROC, web-design
and reprint rows as footers; the removed and hidden comment placeholders, the closing notes, the follow-up checkbox,
the social-login prompt, the form label and the rating row as comments; the share rows as share; the first-in-print,
correction and Ctrl+Enter lines as notices. On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its list rows and the last paragraphs are article (10 lines a page: three rows
and two last paragraphs, or four rows and one; the blog posts' closing lines about the next visit or the next post are
their last paragraphs and counted as article) and everything else is noise (20 lines a page); in particular site names
and taglines, menus, search boxes, sign-in and subscription lines, breaking-news lines, weather and name-day lines,
breadcrumbs, bylines and author names, dates, categories, tables of contents (one-line rows on the five portals with
one, multi-line blocks on five blogs), audio buttons, photo captions, ad labels and ads, read-also, might-like,
see-also, topic and most-read links, gallery links, newsletter and Instagram prompts, affiliate notes, tags, share
lines, comment headings and counts, commenter rows, comment dates, texts and replies, reply, report and sign-in links,
previous-post links, theme credits, copyright and legal lines are noise. The layouts: two to four noise lines above the
title, three to six under it (more than on set 86's pages, with the tables of contents), zero to three between the
paragraphs before the subheading, a gap of one or two noise lines between two list rows on eight pages
(en-portal-skelmerton-bakery, fr-portail-vernouillac-halles, fr-blog-jumellesetvasieres-bernaches,
de-portal-ottersfeld-hochwasserschutz, de-blog-summenamhang-einwintern, pl-portal-ostrzewin-sady,
ru-portal-lugovetsk-avtobus and ru-blog-pasekanakosogore-sneg; on the German and Russian portals inside the rows' own
block; the Italian portal has its two instead after the rows), and eight to ten at the foot (counting an ad right after
the last paragraph on the estuary post), with a reply to the first comment on eight pages. The subheadings and rows:
en-portal-skelmerton-bakery "What happens to the shop" (three rows), en-blog-spokesandstopovers-estuary "What I took"
(three rows), fr-portail-vernouillac-halles "Qui revient, qui arrive" (three rows),
fr-blog-jumellesetvasieres-bernaches "Mon comptage du matin" (four rows), de-portal-ottersfeld-hochwasserschutz "Was
getestet wurde" (three rows), de-blog-summenamhang-einwintern "Die Völker im Dezember" (four rows),
it-portale-portosellano-traghetto "Cosa cambia" (three rows), it-blog-bancarelladiottavio-rilegature "Quelli che ho
salvato" (three rows), pl-portal-ostrzewin-sady "Co zostało" (three rows), pl-blog-lornetkaitrzciny-zima "Co widziałem"
(three rows), ru-portal-lugovetsk-avtobus "Что отменяют" (three rows) and ru-blog-pasekanakosogore-sneg "Что я сделал"
(four rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en
15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker
1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11,
body 8, tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with
240 noise lines (20 a page) and 120 article lines (10 a page): en-portal-skelmerton-bakery (a regional news portal's
story on a bakery closing after three generations, with a comment and a reply), en-blog-spokesandstopovers-estuary (a
cycle-touring blog's post on a winter loop of an estuary with two ferries on their winter timetable, with a comment and
a reply), fr-portail-vernouillac-halles (a regional news portal's story on the covered market hall reopening after
eighteen months of work, with a comment), fr-blog-jumellesetvasieres-bernaches (a birdwatching blog's post on counting
brent geese on the bay before a storm, with a comment and a reply), de-portal-ottersfeld-hochwasserschutz (a regional
news portal's story on mobile flood barriers set up in full for a test before winter, with a comment),
de-blog-summenamhang-einwintern (a beekeeping blog's post on wintering six colonies after a storm knocked a hive over,
with a comment and a reply), it-portale-portosellano-traghetto (a regional news portal's story on the island ferry's
winter timetable dropping two evening crossings, with a comment and a reply), it-blog-bancarelladiottavio-rilegature (a
second-hand-books blog's post on a box of flood-soaked books bought at a flea market and what was saved, with a comment
and a reply), pl-portal-ostrzewin-sady (a regional news portal's story on a gale breaking three hundred apple trees in
an orchard, with a comment), pl-blog-lornetkaitrzciny-zima (a birdwatching blog's post on fishponds after a gale,
reached on foot since the bus stopped running, with a comment and a reply), ru-portal-lugovetsk-avtobus (a regional
news portal's story on the only bus route to three villages cut from 1 January, with a comment) and
ru-blog-pasekanakosogore-sneg (a beekeeping blog's post on hives after a storm and the first snow, with a comment and a
reply); every page holds a title, a subheading with list rows, a quote in the article and noise above the title, under
it, between the paragraphs or the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 20007668e9c6e2223942406e778451603efb9045, measured with ``cd /tmp/wt-s88 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s88/src python -m pytest -q tests/test_clean_held_out_88.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s88 && PYTHONPATH=/tmp/wt-s88/src python
scripts/clean_held_out_report.py --sets 88`` (noise lines removed 33/45, article lines kept 19/20, pages clean 2/12,
page noise lines left 41 of 240), with the xfail tables empty): noise lines removed 33/45 (marker 6/8, reading-time
6/7, byline 7/8, footer 5/8, comments 4/8, share 3/3, notice 2/3; missed, all kept in the text: the English "Open this
photo in gallery:" and the Polish "Posłuchaj tego artykułu – czyta syntezator mowy" put in the body; the Polish
"Przeczytanie zajmie Ci ok. 5 minut" put at the head; and the English "If you'd like to support the blog, my bird-book
wishlist is linked in the sidebar – every field guide I'm sent gets an honest review here." and "This comment has been
removed by the author.", the French "Ce commentaire a été masqué car il ne respecte pas notre charte de modération.",
the German "Diese Zeitung bekennt sich zu den publizistischen Grundsätzen des Deutschen Presserats." and "Kommentare
werden nach 72 Stunden automatisch geschlossen.", the Italian "Iscritta al Registro degli Operatori di Comunicazione
(ROC) con il n. 00000", the Polish "Treść komentarza (maks. 1000 znaków)" and "Korekta: 4 grudnia poprawiliśmy godzinę
odjazdu ostatniego autobusu." and the Russian "Перепечатка материалов допускается только с активной гиперссылкой на
«Ключегорск онлайн»." put at the foot); keep lines kept 19/20 (lost, or put out of order: the English "Subscribers to
the orchard's apple-share scheme will get half the usual box this year, the growers wrote to them." put at the foot);
pages 2/12 clean (en-portal-skelmerton-bakery and it-portale-portosellano-traghetto), 41 of 240 page noise lines left
and 6 of 120 article lines lost (reported lost or out of order, all on one page): en-blog-spokesandstopovers-estuary 6
left ("Contents", "1. Setting off", "2. The crossings", "3. What I took", "The bike, loaded, at the slipway before the
first crossing." and "Some links in this post are affiliate links; I get a small commission at no cost to you.");
fr-portail-vernouillac-halles 2 left ("Annonce partenaire" and "Cuisines du Vernouillais – Portes ouvertes les 6 et 7
décembre"); fr-blog-jumellesetvasieres-bernaches 2 left ("Bernaches cravants sur l'estran, vues depuis la digue (Nikon
8x42)." and "Un courlis en vol au-dessus du pré salé, un peu flou, désolée !"); de-portal-ottersfeld-hochwasserschutz 2
left ("Mehr zum Thema Hochwasser" and "Haustechnik Ottersfeld – Heizungswartung jetzt zum Winterpreis");
de-blog-summenamhang-einwintern 10 left ("Inhalt", "1. Der Sturm", "2. Die Völker im Dezember", "3. Was ich jetzt noch
tue", "Der umgekippte Kasten am Sonntagmorgen, zum Glück noch zu.", "Dir gefällt, was ich schreibe? Dann trag dich in
meinen Newsletter ein!", "Bernd aus dem Nachbarort", "Bei uns hat der Sturm nur die Dächer verschoben. Gut, dass deiner
heil ist!", "Lotte" and "Danke Bernd, ich war auch erleichtert."); it-blog-bancarelladiottavio-rilegature 4 left
("Indice dei contenuti", "1. Il mercatino", "2. I libri salvati" and "La cassetta appena aperta sul tavolo di
cucina."); pl-portal-ostrzewin-sady 4 left ("Dziś imieniny: Barbary, Krystiana", "Pilne: utrudnienia na drodze do
Kamionki po nocnej wichurze", "Zobacz galerię zdjęć z sadu po wichurze" and "Szkółka Ostrzewińska – sadzonki jabłoni na
wiosnę, zamów już teraz"); pl-blog-lornetkaitrzciny-zima 5 left ("Ptaki znad stawów i rozlewisk", "Spis treści", "1.
Dojazd", "2. Co widziałem" and "Grobla między stawami o świcie, jeszcze przed deszczem."); ru-portal-lugovetsk-avtobus
1 left ("Автобус на конечной остановке в Сосновке. Фото: «Луговецкие вести»") and 6 lost (its subheading "Что
отменяют", its three list rows and both last paragraphs); ru-blog-pasekanakosogore-sneg 5 left ("Ульи под первым
снегом, вид от калитки.", "Содержание", "1. Буря", "2. Что я сделал" and "Ульи и рамки от мастерской «Липовый цвет» —
доставка по области"). Of the left page lines three stand above the title (the orchard story's name-day and
breaking-news lines and the fishpond post's tagline); twenty-one stand under the title (all five multi-line tables of
contents, on the estuary, wintering, flood-books, fishpond and first-snow posts, 17 lines, and four photo captions, on
the brent-geese, flood-books, bus-route and first-snow pages; the one-line table-of-contents rows of the five portals
go, and so does every byline, date and category line under the titles); eight stand between the paragraphs before the
subheading (the estuary post's caption and affiliate note, the market-hall story's ad label and ad, the flood-barrier
story's topic link, the wintering post's caption, the orchard story's gallery link and the fishpond post's caption);
four stand in a gap between list rows (the brent-geese post's caption and the ads of the flood-barrier story, the
orchard story and the first-snow post; the bakery story's ad label and ad, the market hall's caption and the wintering
post's ad between rows go); and five at the foot, all on the wintering post (its newsletter prompt and its comment
thread without heading; every other tag, share, comment heading, commenter row, comment text, reply, most-read,
previous-post, theme credit, copyright and legal line at the foot goes). Six article lines are lost, all on the
bus-route story: its subheading, the three list rows (around which its ad label and ad stand in the same block) and
both last paragraphs. The failing cases are strict xfails.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 33/45 (unchanged, with either model), keep lines 19/20,
pages clean 2/12 and 41 of 240 page noise lines left (unchanged), article lines lost 6 of 120 (unchanged). This set was
measured at its baseline before the second opinion existed; an earlier version of it (trained on sets 1-86 without the
keep tests' lines, walking both edges) was measured on it once too, with 35/45 lines, before the development tests
showed that version took article lines.

Round 74 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_88.py`` at 507796f (before) and the round's
last commit on branch round74 (after): noise lines 33 -> 33 of 45 (marker 6/8, reading-time 6/7, byline 7/8, footer 5/8,
comments 4/8, share 3/3, notice 2/3, unchanged), keep lines 19 -> 20 of 20, pages clean 2 -> 2 of 12, page noise lines
left 41 -> 24 of 240, article lines lost 6 -> 0 of 120; pytest 54 passed, 23 xfailed -> 55 passed, 22 xfailed. On this
set: the bus-route story keeps its subheading, three list rows and both last paragraphs (its window-maker's ad between
two rows, lost with them before, is now left as noise), the English keep line 'Subscribers to the orchard's apple-share
scheme ...' stays, and the five multi-line tables of contents (estuary, wintering, flood-books, fishpond, first-snow)
go. Fixed, by mechanism: a time of day inside a row of the article's own block (a short sentence with words on both
sides of the time, 'Утренний рейс в 7:10 из Сосновки.', or a worded label in lower case over a time under another row,
'Najszybszy czas: 16:42') no longer reads as a commenter's header, which had started the page's thread at the subheading
(page_blocks._is_time_in_article_row); a subheading opening with a number ('500. parkrun w liczbach') over its rows is
no count row (_is_numbered_heading); a nested reply's arrow over the replier's name ('↳ Ewa P.') marks a reader-comment
thread (noise_patterns.NESTED_REPLY), so the parkrun story's thread is still found once the race time is no anchor; a
call word glued by a hyphen to the word before it ('apple-share scheme', 'car-share club') is a noun, no call to the
reader (clean._is_compound_part); the Italian passato remoto and the French passé simple are verbs of saying in a
reported call ('Iscriviti al corso, mi disse la maestra ...'); and a table of contents above the article's first
paragraph may number its entries '1. ...' ('Inhaltsverzeichnis', 'Indice dei contenuti', 'Spis treści', 'Содержание',
'Contents', 'Sommaire'; below the first paragraph such a list stays the article's). Left: the single lines of the
_LINE_XFAIL table, photo captions between paragraphs, newsletter boxes, ad labels with their ads and affiliate and jump
links between list rows (no time left in the round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_88_LINES = [
    # English
    ('body', 'Advertisement - Continue Reading Below', 'marker'),
    ('body', 'Open this photo in gallery:', 'marker'),
    ('body', 'Your browser does not support the audio element.', 'marker'),
    ('head', '4-minute read', 'reading-time'),
    ('head', 'Approx. reading time: 6 minutes · 1,240 words', 'reading-time'),
    ('head', 'By Harriet Colbeck, Local Democracy Reporting Service', 'byline'),
    ('tail',
     'Thanks for reading Low Gear Letters! Subscribe for free to receive new posts and support my work.',
     'byline'),
    ('tail',
     "If you'd like to support the blog, my bird-book wishlist is linked in the sidebar – every field guide I'm sent "
     'gets an honest review here.',
     'byline'),
    ('tail', '© 2026 by Hive and Heather. Proudly created with Wix.com', 'footer'),
    ('tail', 'The Wrexcombe Courier is a member of the Independent Community News Network.', 'footer'),
    ('tail', 'About us · Contact · Advertise · Modern Slavery Statement · Cookie Settings', 'footer'),
    ('tail', 'This comment has been removed by the author.', 'comments'),
    ('tail', 'Comments on this story are closed overnight and will reopen at 7am.', 'comments'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Share this: Bluesky · LinkedIn · WhatsApp · Email', 'share'),
    # French
    ('body', 'La suite après cette publicité', 'marker'),
    ('head', 'Lecture 3 min.', 'reading-time'),
    ('head', 'Par Sylvie Carbonnel (Vernouillac, correspondante)', 'byline'),
    ('tail', 'N° de commission paritaire : 0000 I 00000 – ISSN 0000-0000', 'footer'),
    ('tail', 'Ce commentaire a été masqué car il ne respecte pas notre charte de modération.', 'comments'),
    ('tail', 'Partager : Facebook · Messenger · LinkedIn · SMS', 'share'),
    # German
    ('body', 'Weiterlesen nach der Anzeige', 'marker'),
    ('head', 'ca. 5 Min. Lesezeit', 'reading-time'),
    ('head', 'Von unserer Redakteurin Sabine Kettelhack', 'byline'),
    ('tail', 'Diese Zeitung bekennt sich zu den publizistischen Grundsätzen des Deutschen Presserats.', 'footer'),
    ('tail', 'Kommentare werden nach 72 Stunden automatisch geschlossen.', 'comments'),
    ('tail', 'Dieser Artikel erschien zuerst in der Printausgabe vom 02.12.2026.', 'notice'),
    # Italian
    ('body', "L'articolo continua dopo la pubblicità", 'marker'),
    ('head', '⏱ Tempo stimato di lettura: circa 3 minuti', 'reading-time'),
    ('head', 'dal nostro corrispondente Matteo Brusaferri', 'byline'),
    ('tail', 'Iscritta al Registro degli Operatori di Comunicazione (ROC) con il n. 00000', 'footer'),
    ('tail', 'Accedi con Facebook o Google per lasciare un commento.', 'comments'),
    ('tail', 'Condividi: Facebook | X | LinkedIn | E-mail | Stampa', 'share'),
    # Polish
    ('body', 'Posłuchaj tego artykułu – czyta syntezator mowy', 'marker'),
    ('head', 'Przeczytanie zajmie Ci ok. 5 minut', 'reading-time'),
    ('tail', 'Oprac.: mw, fot. archiwum', 'byline'),
    ('tail', 'Projekt i wykonanie strony: Pracownia Kreska', 'footer'),
    ('tail', 'Treść komentarza (maks. 1000 znaków)', 'comments'),
    ('tail', 'Korekta: 4 grudnia poprawiliśmy godzinę odjazdu ostatniego autobusu.', 'notice'),
    # Russian
    ('body', 'Читайте продолжение после рекламы', 'marker'),
    ('head', 'Прочитаете за 3 минуты', 'reading-time'),
    ('tail', 'Подготовила Алёна Сверчкова', 'byline'),
    ('tail', 'Перепечатка материалов допускается только с активной гиперссылкой на «Ключегорск онлайн».', 'footer'),
    ('tail', 'Оценить комментарий: +3 / −1', 'comments'),
    ('tail', 'Ошибка в тексте? Выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_88_KEEP = [
    # English
    ('head', 'Advertised as a temporary measure in 2019, the reduced Sunday timetable has never been reversed.'),
    ('head', "Read more carefully, the council's report admits the route was losing money only on paper."),
    ('body', 'Sponsored by the parish council, the new bus shelter at the crossroads went up in a single afternoon.'),
    ('body', 'Comments from passengers at the consultation filled three folders, the transport officer said.'),
    ('tail',
     'Share prices had nothing to do with it: the bakery closed because nobody in the family wanted the 4am starts.'),
    ('tail',
     "Subscribers to the orchard's apple-share scheme will get half the usual box this year, the growers wrote to "
     'them.'),
    ('tail', 'Photo albums kept behind the counter since 1962 will go to the town museum, the family said.'),
    # French
    ('head', "Publicité ou pas, la boulangerie n'a jamais eu besoin d'enseigne lumineuse, disent les habitués."),
    ('body', 'Partager le quai avec les camions de livraison ne plaît pas aux voyageurs du premier bac.'),
    ('tail', 'Abonnés depuis des années au panier du marché couvert, les Rouvière y reviendront dès samedi.'),
    # German
    ('head', 'Anzeige erstattet hat der Obstbauer nicht: Gegen einen Sturm, sagt er, kann man niemanden verklagen.'),
    ('body', 'Kommentiert hat der Landrat die Streichung der Buslinie bisher nicht.'),
    ('tail', 'Teilen müssen sich die Fahrgäste den Bus künftig mit den Schulkindern aus drei Dörfern.'),
    # Italian
    ('head', 'Pubblicato nel 1978, il primo orario del traghetto stava su un foglio solo.'),
    ('body', 'Condividere il banco con il figlio è stata, dice Ernesta, la decisione più difficile.'),
    ('tail', "Iscriversi alla lista d'attesa per un box nel mercato coperto costa dieci euro."),
    # Polish
    ('body', 'Reklamy piekarni nikt w mieście nie pamięta, bo nigdy żadnej nie było.'),
    ('tail', 'Komentarze mieszkańców po zebraniu wiejskim były zgodne: bez autobusu nie ma dojazdu do pracy.'),
    # Russian
    ('head', 'Подписаться под обращением о сохранении автобуса успели 412 жителей.'),
    ('tail', 'Реклама пекарни никогда не была нужна: очередь стояла с шести утра.'),
]

HELD_OUT_88_PAGES = {
    'en-portal-skelmerton-bakery': _page('en', 'en-portal-skelmerton-bakery', [
        ['-Skelmerton Echo – news from the town and the valley',
         "-Home | News | Business | Sport | What's On | Family Notices",
         '-Weather: 6°C, blustery showers clearing later',
         '-Breaking: Mill Lane reopens after overnight burst water main'],
        ["+Pardoe's Bakery to close after three generations on Church Street"],
        ['-By Megan Trewhitt, Business Reporter',
         '-Thursday 4 December 2026, 6:00am',
         '-Jack Pardoe, 71, in front of the ovens his grandfather installed. Picture: Skelmerton Echo',
         '-In this article: The last loaves · What happens to the shop · Your memories'],
        ['+The bakery that has sold bread on Church Street since 1952 will shut its doors for the last time on '
         'Christmas Eve, its owners have announced.'],
        ['+Jack and Pauline Pardoe say they have tried for two years to find a buyer, but rising energy bills for '
         'the three ovens made the numbers impossible.'],
        ["-Read more: Skelmerton's last butcher marks fifty years behind the counter",
         '-Sign up to our free Business Briefing newsletter'],
        ['+"My grandfather lit the first oven here at four in the morning and I\'ve done the same for fifty-three '
         'years," Mr Pardoe said. "It\'s time, but it still hurts."'],
        ['+What happens to the shop'],
        ['+The last full day of baking will be Tuesday 23 December.',
         '+Standing orders for the primary school and the care home will pass to the bakery in Low Moor.'],
        ['-ADVERTISING',
         '-Skelmerton Glass & Glazing – double glazing fitted in a week, free quotes'],
        ['+The building will be sold, but the family hope it will stay a food shop.'],
        ['+Customers have been leaving cards and flowers on the step since the news went up in the window on Monday.'],
        ['+The family will hold an open afternoon with tea and the last batch of Skelmerton buns on Saturday 20 '
         'December.'],
        ['-Tags: Business, Church Street, Shops',
         '-3 comments',
         '-OldSkelmertonian · 2 hours ago',
         '-Bought my first birthday cake there in 1975. Sad day for the town.',
         '-↳ In reply to OldSkelmertonian',
         "-Same here, and all three of my children's cakes. Good luck Jack and Pauline.",
         '-Most read: Christmas lights switch-on moved to the market square',
         '-© 2026 Skelmerton Echo. All rights reserved.'],
    ]),
    'en-blog-spokesandstopovers-estuary': _page('en', 'en-blog-spokesandstopovers-estuary', [
        ['-Spokes and Stopovers',
         '-Slow cycle touring, one café at a time',
         '-Home · Routes · Kit · About · Contact'],
        ['+Round the estuary in December: two ferries, one headwind'],
        ['-Posted on 3 December 2026 by Rhiannon',
         '-Categories: Winter Tours, Ferries',
         '-Contents',
         '-1. Setting off',
         '-2. The crossings',
         '-3. What I took'],
        ['+I had been putting off the estuary loop for a year, so when a dry Saturday turned up on the forecast I '
         'packed the panniers the night before.'],
        ['-The bike, loaded, at the slipway before the first crossing.'],
        ['+The first ferry now leaves at 9.40 instead of 8.15 under the new winter timetable, which meant a slow '
         'start and a second coffee.'],
        ['+The ferryman was philosophical about it: "Nobody crosses at eight in December except you cyclists and the '
         'postman, and the postman has a van now."'],
        ["-You might also like: Panniers I have broken (and the ones I haven't)",
         '-Some links in this post are affiliate links; I get a small commission at no cost to you.'],
        ['+What I took'],
        ['+Two rear panniers with spare layers and a flask.',
         "+A front light good enough for the lanes after four o'clock.",
         '+Ferry cash, because the card reader only works when it feels like it.'],
        ['+The headwind on the north shore cost me an hour, and I made the last ferry back with four minutes to '
         'spare.'],
        ['+Next time I will ride it clockwise.'],
        ['-Hedgeway bar bags – 15% off with code SPOKES15',
         '-2 Replies to “Round the estuary in December: two ferries, one headwind”',
         '-Dai Prosser says:',
         '-Did the same loop in March, the café at the south slip was shut then too!',
         '-Rhiannon says:',
         "-It's been shut since the summer, sadly. Next time I'll bring more flapjack.",
         '-Leave a comment',
         '-Proudly powered by WordPress'],
    ]),
    'fr-portail-vernouillac-halles': _page('fr', 'fr-portail-vernouillac-halles', [
        ['-Vernouillac Infos',
         '-Rechercher sur le site',
         '-Météo : 9 °C, averses',
         '-Accueil > Vernouillac > Commerce'],
        ['+Après dix-huit mois de travaux, les halles de Vernouillac rouvrent samedi'],
        ['-Publié le 04/12/2026 à 07h15',
         '-Les nouveaux étals sous la charpente métallique restaurée. Photo Vernouillac Infos',
         '-Sommaire : Une charpente sauvée · Qui revient, qui arrive · Les horaires',
         '-Abonnez-vous à notre lettre du matin',
         '-À lire aussi : Le marché de plein vent déménage place du Foirail'],
        ["+Fermées depuis l'été 2025 pour la réfection de leur toiture, les halles du centre-ville accueilleront de "
         'nouveau les commerçants ce samedi 6 décembre.'],
        ["+Le chantier, estimé à 2,4 millions d'euros, a permis de remplacer les verrières et de refaire l'ensemble "
         'des réseaux électriques.'],
        ['+« On a tenu un an et demi sous des barnums sur le parking, on est contents de retrouver un toit », sourit '
         'Ginette Lafarguette, fromagère depuis trente ans.'],
        ['-Annonce partenaire',
         '-Cuisines du Vernouillais – Portes ouvertes les 6 et 7 décembre'],
        ['+Qui revient, qui arrive'],
        ["+Quatorze des seize commerçants d'avant les travaux ont repris un emplacement.",
         '-Le boucher Patrice Dulaurier, déjà installé mardi pour les essais. Photo V. I.',
         '+Un torréfacteur et un caviste rejoignent les halles.',
         '+Les horaires restent les mêmes : du mardi au dimanche, de 7 h à 13 h.'],
        ["+La mairie organise une inauguration à 10 h 30, suivie d'une soupe offerte par les commerçants."],
        ['+Le parking provisoire sera rendu aux voitures dès lundi.'],
        ['-Commerce, Vernouillac, Travaux',
         '-2 commentaires',
         '-Mireille.V – il y a 1 heure',
         "-Enfin ! Le parking sous la pluie, c'était plus possible.",
         '-Répondre',
         '-Les plus lus : Collège Jean-Moulin : la cantine passe au bio',
         '-Mentions légales | Contact | Gestion des cookies',
         '-© Vernouillac Infos 2026'],
    ]),
    'fr-blog-jumellesetvasieres-bernaches': _page('fr', 'fr-blog-jumellesetvasieres-bernaches', [
        ['-Jumelles et Vasières',
         '-Rechercher…',
         "-Carnet d'observation d'une ornithologue amateur sur la côte",
         '-Accueil  Sorties  Espèces  Matériel  À propos'],
        ['+Les bernaches sont revenues sur la baie, et avec elles la tempête'],
        ['-Le 3 décembre 2026 · Sorties',
         "-Bernaches cravants sur l'estran, vues depuis la digue (Nikon 8x42).",
         '-Abonnez-vous pour recevoir les nouveaux articles par e-mail.'],
        ['+Dimanche matin, avant le gros coup de vent annoncé, je suis allée compter les bernaches cravants sur la '
         'vasière du port.'],
        ["+La navette qui traverse l'anse ne circulait plus qu'à marée haute, alors j'ai fait le tour à pied par la "
         'digue.'],
        ['-Cet article contient des liens affiliés.',
         '-Voir aussi : Mes jumelles après dix ans de sel et de sable'],
        ["+« Elles arrivent toujours un peu avant les tempêtes, comme si elles savaient », m'a dit un pêcheur à pied "
         'croisé sur la cale.'],
        ['+Mon comptage du matin'],
        ["+Environ 1 200 bernaches cravants, dont quelques familles avec des jeunes de l'année.",
         '+Une quarantaine de courlis cendrés sur le pré salé.'],
        ['-Un courlis en vol au-dessus du pré salé, un peu flou, désolée !'],
        ["+Deux aigrettes garzettes près de l'écluse.",
         '+Aucun phoque cette fois, la mer était trop forte.'],
        ["+J'y retournerai après la tempête pour voir si les oiseaux sont restés dans la baie."],
        ['-Étiquettes : bernaches, baie, hiver',
         '-Partager : Facebook · Pinterest · Courriel',
         "-Article précédent : Premier hibou moyen-duc de l'hiver",
         '-3 réflexions sur « Les bernaches sont revenues sur la baie, et avec elles la tempête »',
         '-Hervé L. 3 décembre 2026 à 18 h 42',
         "-Belles observations ! On en a vu autant la semaine dernière à l'autre bout de la baie.",
         '-Jumelles et Vasières 3 décembre 2026 à 20 h 05',
         '-Merci Hervé, on se croisera peut-être sur la digue.',
         '-Laisser un commentaire',
         '-Thème Twenty Twenty-Five · Propulsé par WordPress'],
    ]),
    'de-portal-ottersfeld-hochwasserschutz': _page('de', 'de-portal-ottersfeld-hochwasserschutz', [
        ['-Ottersfelder Rundblick',
         '-Startseite › Lokales › Ottersfeld',
         '-Jetzt 4 Wochen kostenlos testen',
         '-Eilmeldung: Glätte auf der Kreisstraße zwischen Ottersfeld und Brunnau'],
        ['+Hochwasserschutz am Mühlbach: Stadt testet mobile Wände vor dem Winter'],
        ['-Jana Freitag',
         '-Donnerstag, 04.12.2026, 06:30 Uhr',
         '-Feuerwehrleute setzen am Mühlbach die Aluminiumelemente in die Halterungen. Foto: Ottersfelder Rundblick',
         '-Artikel anhören'],
        ['+Zum ersten Mal seit ihrer Anschaffung hat die Stadt am Mittwoch die mobilen Hochwasserwände am Mühlbach '
         'vollständig aufgebaut.'],
        ['+Rund sechzig Feuerwehrleute und Bauhofmitarbeiter brauchten dafür knapp drei Stunden, eine Stunde weniger '
         'als geplant.'],
        ['-Auch interessant: Neue Pegelmessstelle an der Brunnauer Brücke',
         '-Mehr zum Thema Hochwasser'],
        ['+„Wir wollten wissen, ob jeder Handgriff sitzt, bevor das Wasser kommt und nicht erst dann“, sagte '
         'Stadtbrandmeister Uwe Haselhorst.'],
        ['+Was getestet wurde'],
        ['+Der Aufbau von 420 Metern Wand in der Nacht, mit Stirnlampen.',
         '-Werbung',
         '-Haustechnik Ottersfeld – Heizungswartung jetzt zum Winterpreis',
         '+Die Dichtigkeit der Elemente bei gefülltem Bach.',
         '+Der Transport vom Lager am Bauhof zur Uferstraße.'],
        ['+Zwei Halterungen müssen nachgebessert werden, sonst sei alles dicht gewesen, so die Stadt.'],
        ['+Die Uferstraße bleibt bis Freitagabend gesperrt, bis die Wände wieder abgebaut sind.'],
        ['-Schlagworte: Hochwasser, Feuerwehr, Mühlbach',
         '-Kommentare (2)',
         '-Gerd_Mühlbach',
         '-Endlich mal geübt. 2013 stand bei uns der Keller voll.',
         '-Antworten | Melden',
         '-Meistgelesen: Weihnachtsmarkt öffnet mit neuer Eisbahn',
         '-Teilen: Facebook · WhatsApp · E-Mail',
         '-Impressum | Datenschutz | AGB'],
    ]),
    'de-blog-summenamhang-einwintern': _page('de', 'de-blog-summenamhang-einwintern', [
        ['-Summen am Hang',
         '-Ein Imkerblog aus dem Mittelgebirge',
         '-Startseite · Bienenjahr · Honig · Über mich'],
        ['+Einwintern nach dem Sturm: Meine sechs Völker und ein umgekippter Kasten'],
        ['-Veröffentlicht am 2. Dezember 2026 von Lotte',
         '-Kategorie: Imkerjahr',
         '-Inhalt',
         '-1. Der Sturm',
         '-2. Die Völker im Dezember',
         '-3. Was ich jetzt noch tue'],
        ['+Am Wochenende hat der Sturm am Hang zwei Obstbäume umgeworfen und einen meiner Bienenkästen gleich mit.'],
        ['-Der umgekippte Kasten am Sonntagmorgen, zum Glück noch zu.'],
        ['+Zum Glück hielt der Spanngurt, und die Wintertraube saß noch fest zwischen den Waben, als ich den Kasten '
         'wieder aufrichtete.'],
        ['+„Bienen sind zäher, als man denkt“, sagt mein Imkerpate immer, und diesmal hatte er recht.'],
        ['+Die Völker im Dezember'],
        ['+Alle sechs Völker sind schwer genug, keines muss nachgefüttert werden.',
         '+Die Fluglöcher sind mit Mäusegittern verengt.'],
        ['-Werbung: Beutensets aus Kiefernholz im Imkershop Wabenkiste'],
        ['+Die Oxalsäurebehandlung mache ich, sobald die Völker brutfrei sind.',
         '+Die Kästen stehen jetzt auf Betonplatten statt auf Holzböcken.'],
        ['+Im Januar zeige ich euch, wie ich die Rähmchen für das neue Jahr vorbereite.'],
        ['-Dir gefällt, was ich schreibe? Dann trag dich in meinen Newsletter ein!',
         '-2 Kommentare',
         '-Bernd aus dem Nachbarort',
         '-Bei uns hat der Sturm nur die Dächer verschoben. Gut, dass deiner heil ist!',
         '-Lotte',
         '-Danke Bernd, ich war auch erleichtert.',
         '-Kommentar verfassen',
         '-Schlagwörter: Einwintern, Sturm, Völker',
         '-Theme: Kadence · Stolz präsentiert von WordPress'],
    ]),
    'it-portale-portosellano-traghetto': _page('it', 'it-portale-portosellano-traghetto', [
        ['-Porto Sellano Oggi',
         '-Cerca nel sito',
         '-Cronaca | Politica | Economia | Sport | Eventi',
         '-Meteo: mare mosso, vento di maestrale'],
        ["+Traghetto per l'isola, da lunedì cambia l'orario invernale: saltano due corse serali"],
        ['-Redazione · 4 dicembre 2026',
         "-Il traghetto all'attracco del molo di Levante. Foto Porto Sellano Oggi",
         '-Indice: Le corse cancellate · La protesta dei pendolari · Cosa cambia'],
        ["+Da lunedì 8 dicembre il traghetto tra Porto Sellano e l'isola seguirà l'orario invernale, con due corse "
         'in meno la sera.'],
        ["+L'ultima partenza dal porto sarà alle 19.10 invece che alle 21.30, e la prima dall'isola slitta alle 6.40."],
        ['-Leggi anche: Molo di Levante, finiti i lavori di dragaggio',
         '-Iscriviti al canale WhatsApp di Porto Sellano Oggi'],
        ['+«Chi lavora al porto fino alle otto di sera resta a terra», protesta Loredana Scarpello, pendolare da '
         'quindici anni.'],
        ['+Cosa cambia'],
        ['+Le corse delle 20.15 e delle 21.30 sono sospese fino al 31 marzo.',
         '+Resta la corsa notturna del sabato alle 23.00.',
         '+Gli abbonamenti mensili costano come prima.'],
        ['-Spazio pubblicitario',
         '-Ferramenta del Molo – tutto per la casa e la barca'],
        ["+La compagnia spiega che le corse serali d'inverno viaggiavano con meno di dieci passeggeri."],
        ['+Il Comune ha chiesto un incontro per ripristinare almeno la corsa delle 20.15.'],
        ['-Tag: traghetto, isola, trasporti',
         '-Commenti',
         '-Franco_49',
         "-Le 21.30 era l'unica corsa comoda per chi fa il turno di sera.",
         '-Risposta di Nadia M.',
         '-Esatto, mio figlio dovrà dormire da noi in paese.',
         '-Rispondi',
         '-I più letti: Natale in piazza, il programma completo',
         '-Copyright © 2026 Porto Sellano Oggi – Tutti i diritti riservati'],
    ]),
    'it-blog-bancarelladiottavio-rilegature': _page('it', 'it-blog-bancarelladiottavio-rilegature', [
        ['-La Bancarella di Ottavio',
         '-Libri usati, mercatini e scoperte di carta',
         '-Home · Mercatini · Recensioni · Chi sono'],
        ["+Una cassetta di libri bagnati dopo l'alluvione, e cosa ne ho salvato"],
        ['-3 dicembre 2026 · Ottavio · Mercatini',
         '-Indice dei contenuti',
         '-1. Il mercatino',
         '-2. I libri salvati',
         '-La cassetta appena aperta sul tavolo di cucina.'],
        ["+Al mercatino di domenica un rigattiere vendeva a cinque euro una cassetta di libri finiti sott'acqua "
         "durante l'alluvione di ottobre."],
        ["+Dentro c'erano una trentina di volumi, quasi tutti edizioni economiche degli anni Sessanta, incollati a "
         'blocchi.'],
        ['-Questo post contiene link di affiliazione.',
         "-Potrebbe interessarti anche: Come togliere l'odore di muffa dai libri usati"],
        ['+«Se li vuole buttare li butto io, se li vuole salvare auguri», mi ha detto il rigattiere consegnandomeli.'],
        ['+Quelli che ho salvato'],
        ["+Un'antologia di poesia dialettale con le dediche a penna ancora leggibili.",
         '+Due romanzi gialli della stessa collana, asciugati pagina per pagina con la carta assorbente.',
         '+Un orario ferroviario del 1967, intatto perché chiuso in una busta di plastica.'],
        ['+Gli altri erano ormai pieni di muffa e sono finiti nella carta da riciclare.'],
        ["+La prossima settimana vi racconto come ho steso le pagine dell'antologia senza rovinarle."],
        ['-Tag: alluvione, mercatini, libri usati',
         '-Ti è piaciuto il post? Seguimi anche su Instagram',
         '-4 commenti',
         '-Graziella',
         '-Che pazienza! Io li avrei lasciati lì.',
         '-Ottavio ha risposto:',
         "-Anch'io ci ho pensato, ma la dedica della prima pagina mi ha fregato.",
         '-Lascia un commento',
         '-Articolo precedente: Il giallo senza copertina',
         '-Tema di Anders Norén'],
    ]),
    'pl-portal-ostrzewin-sady': _page('pl', 'pl-portal-ostrzewin-sady', [
        ['-Kurier Ostrzewiński',
         '-Wiadomości · Gmina · Sport · Ogłoszenia · Kontakt',
         '-Dziś imieniny: Barbary, Krystiana',
         '-Pilne: utrudnienia na drodze do Kamionki po nocnej wichurze'],
        ['+Wichura połamała sad pod Ostrzewinem. „Czterdzieści lat pracy w jedną noc”'],
        ['-4 grudnia 2026, 7:05',
         '-Połamane jabłonie w sadzie państwa Gąsiorków. Fot. Kurier Ostrzewiński',
         '-Spis treści: Noc wichury · Co zostało · Pomoc gminy',
         '-Czytaj także: Gmina liczy straty po listopadowych wichurach',
         '-REKLAMA'],
        ['+W nocy z wtorku na środę wiatr w porywach do 110 km/h połamał ponad trzysta jabłoni w sadzie Gąsiorków '
         'pod Ostrzewinem.'],
        ['+Najbardziej ucierpiały najstarsze drzewa odmiany Antonówka, posadzone jeszcze przez ojca gospodarza.'],
        ['+– Czterdzieści lat pracy w jedną noc. Młode drzewa przetrwały, stare poszły jak zapałki – mówi Henryk '
         'Gąsiorek.'],
        ['-Zobacz galerię zdjęć z sadu po wichurze'],
        ['+Co zostało'],
        ['+Około dwustu młodych drzew na karłowej podkładce stoi nienaruszonych.',
         '+Chłodnia i sortownia nie zostały uszkodzone.'],
        ['-Szkółka Ostrzewińska – sadzonki jabłoni na wiosnę, zamów już teraz'],
        ['+Jabłka z tegorocznych zbiorów, zebrane w październiku, są bezpieczne.'],
        ['+Gmina zapowiada, że komisja do szacowania strat przyjedzie do sadu w przyszłym tygodniu.'],
        ['+Sadownicy mogą składać wnioski w urzędzie do 19 grudnia.'],
        ['-Tagi: wichura, sady, rolnictwo',
         '-Komentarze (3)',
         '-Gość: sąsiad',
         '-Pomagaliśmy wczoraj ciąć gałęzie, widok straszny.',
         '-Odpowiedz',
         '-Najczęściej czytane: Nowy rozkład PKS od stycznia',
         '-Zaloguj się, aby skomentować',
         '-Regulamin · Polityka prywatności · Reklama w Kurierze',
         '-Wszystkie prawa zastrzeżone © Kurier Ostrzewiński'],
    ]),
    'pl-blog-lornetkaitrzciny-zima': _page('pl', 'pl-blog-lornetkaitrzciny-zima', [
        ['-Lornetka i Trzciny',
         '-Ptaki znad stawów i rozlewisk'],
        ['+Po wichurze nad stawami: gęsi, bieliki i jeden zagubiony łabędź'],
        ['-Opublikowano 3 grudnia 2026 przez Tomka',
         '-Kategoria: Wyprawy',
         '-Spis treści',
         '-1. Dojazd',
         '-2. Co widziałem'],
        ['+Po nocnej wichurze pojechałem na stawy rybne, bo po takich nocach zawsze pojawia się coś niespodziewanego.'],
        ['+Autobus do wsi przy stawach już nie kursuje, więc ostatnie sześć kilometrów przeszedłem groblą.'],
        ['-Grobla między stawami o świcie, jeszcze przed deszczem.'],
        ['+– Panie, tu wczoraj było takie wiatrzysko, że kaczki latały tyłem – śmiał się rybak, którego spotkałem '
         'przy mnichu.'],
        ['-Może Cię zainteresować: Jaką lornetkę kupić na początek',
         '-Wpis zawiera linki afiliacyjne.'],
        ['+Co widziałem'],
        ['+Około pięciuset gęsi białoczelnych na spuszczonym stawie.',
         '+Dwa bieliki siedzące na tej samej olsze co w zeszłym roku.',
         '+Łabędzia krzykliwego w stadzie niemych, pierwszego w tym sezonie.'],
        ['+Bielików nie udało mi się sfotografować, bo padał deszcz ze śniegiem.'],
        ['+Wrócę tam w styczniu, jeśli stawy nie zamarzną.'],
        ['-Tagi: stawy, gęsi, bieliki',
         '-Udostępnij: Facebook · Messenger · X',
         '-2 komentarze',
         '-Ewa z Kaliskiego',
         '-Zazdroszczę krzykliwego! U nas same nieme.',
         '-Tomek',
         '-Może do was też dotrze, w grudniu się przemieszczają.',
         '-Dodaj komentarz',
         '-Motyw: Hemingway, WordPress',
         '-© 2026 Lornetka i Trzciny'],
    ]),
    'ru-portal-lugovetsk-avtobus': _page('ru', 'ru-portal-lugovetsk-avtobus', [
        ['-Луговецкие вести',
         '-Войти',
         '-Главная / Новости / Транспорт',
         '-Погода: −4 °C, снег'],
        ['+С 1 января отменят автобус до Сосновки: жители трёх деревень остаются без рейса'],
        ['-4 декабря 2026, 08:15',
         '-Автобус на конечной остановке в Сосновке. Фото: «Луговецкие вести»',
         '-Содержание: Что отменяют · Что говорят жители · Что дальше',
         '-Подписывайтесь на наш канал в Telegram',
         '-Читайте также: В Луговецке закроют переезд на Заводской'],
        ['+С 1 января перевозчик прекращает работу на маршруте № 112 Луговецк — Сосновка, сообщили в районной '
         'администрации.'],
        ['+Автобус ходил два раза в день и был единственным транспортом для жителей Сосновки, Ольховки и Малых '
         'Ключей.'],
        ['+«Я на этом автобусе двадцать лет езжу в поликлинику. Теперь только на попутках», — говорит пенсионерка '
         'Галина Лапшина.'],
        ['+Что отменяют'],
        ['+Утренний рейс в 7:10 из Сосновки.',
         '-Реклама 16+',
         '-Окна и двери «Луговец-Пласт» — установка за один день',
         '+Вечерний рейс в 17:40 из Луговецка.',
         '+Остановку по требованию у фермы в Ольховке.'],
        ['+Администрация обещает до весны найти нового перевозчика или запустить социальное такси.'],
        ['+Жители собирают подписи и собираются на сход в Сосновке в субботу.'],
        ['-Теги: транспорт, автобус, Сосновка',
         '-Комментарии (2)',
         '-Ольга_С',
         '-А как детям в школу ездить? Школьный автобус тоже отменят?',
         '-Ответить',
         '-Пожаловаться',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '-Самое читаемое: Ярмарка на площади продлится до Нового года',
         '-© 2026 «Луговецкие вести». 16+'],
    ]),
    'ru-blog-pasekanakosogore-sneg': _page('ru', 'ru-blog-pasekanakosogore-sneg', [
        ['-Пасека на косогоре',
         '-Записки пчеловода-любителя',
         '-Главная · О пасеке · Мёд · Контакты'],
        ['+Первый снег на пасеке: как ульи пережили бурю'],
        ['-3 декабря 2026 · Пасечный год',
         '-Ульи под первым снегом, вид от калитки.',
         '-Содержание',
         '-1. Буря',
         '-2. Что я сделал'],
        ['+В понедельник ночью ветер сорвал крышу с двух ульев, а к утру всё засыпало снегом.'],
        ['+Пришлось идти на пасеку по сугробам, потому что дорогу до нашей деревни ещё не чистили.'],
        ['-Вам может быть интересно: Омшаник своими руками',
         '-Запись содержит партнёрские ссылки.'],
        ['+«Пчеле холод не страшен, страшна сырость», — любил повторять мой дед, и я об этом думал всю дорогу.'],
        ['+Что я сделал'],
        ['+Вернул крыши на место и прижал их кирпичами.',
         '+Проверил летки, чтобы их не забило снегом.'],
        ['-Ульи и рамки от мастерской «Липовый цвет» — доставка по области'],
        ['+Послушал клуб в каждом улье: гудят ровно.',
         '+Поставил щиты от ветра с северной стороны.'],
        ['+Весной расскажу, как пережили зиму все девять семей.'],
        ['-Метки: зимовка, ульи, снег',
         '-3 комментария',
         '-Иван Петрович',
         '-У нас тоже крыши посрывало, хорошо, что вовремя увидели.',
         '-Автор блога',
         '-Держитесь, Иван Петрович, главное — пчёлы в порядке.',
         '-Оставить комментарий',
         '-Поделиться в соцсетях',
         '-© Пасека на косогоре, 2026'],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "If you'd like to support the blog, my bird-book wishlist is linked in the sidebar – every field guide I'm sent "
    'gets an honest review here.':
        "an English bird blog's field-guide wishlist plug ('If you'd like to support the blog, my bird-book wishlist "
        "is linked in the sidebar – every field guide I'm sent gets an honest review here.') is left at the foot",
    'Ce commentaire a été masqué car il ne respecte pas notre charte de modération.':
        "a French comment-hidden-by-moderation placeholder ('Ce commentaire a été masqué car il ne respecte pas "
        "notre charte de modération.') is left at the foot",
    'Diese Zeitung bekennt sich zu den publizistischen Grundsätzen des Deutschen Presserats.':
        "a German press-code commitment footer ('Diese Zeitung bekennt sich zu den publizistischen Grundsätzen des "
        "Deutschen Presserats.') is left at the foot",
    'Kommentare werden nach 72 Stunden automatisch geschlossen.':
        "a German comments-close-after-72-hours note ('Kommentare werden nach 72 Stunden automatisch geschlossen.') "
        'is left at the foot',
    'Posłuchaj tego artykułu – czyta syntezator mowy':
        "a Polish listen-to-this-article speech-synthesis button ('Posłuchaj tego artykułu – czyta syntezator mowy') "
        'is left in the body',
    'Korekta: 4 grudnia poprawiliśmy godzinę odjazdu ostatniego autobusu.':
        "a Polish correction notice ('Korekta: 4 grudnia poprawiliśmy godzinę odjazdu ostatniego autobusu.') is left "
        'at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'fr-portail-vernouillac-halles':
        "the regional portal's market-hall story keeps its ad label ('Annonce partenaire') and kitchen-shop ad "
        "('Cuisines du Vernouillais – Portes ouvertes les 6 et 7 décembre') between the paragraph with the quote and "
        'the subheading (2 of 20 noise lines)',
    'fr-blog-jumellesetvasieres-bernaches':
        "the birdwatching blog's brent-geese post keeps its photo caption under the title ('Bernaches cravants sur "
        "l'estran, vues depuis la digue (Nikon 8x42).') and its photo caption between two list rows ('Un courlis en "
        "vol au-dessus du pré salé, un peu flou, désolée !') (2 of 20 noise lines)",
    'de-portal-ottersfeld-hochwasserschutz':
        "the regional portal's flood-barrier story keeps its topic link ('Mehr zum Thema Hochwasser') between the "
        "second paragraph and the paragraph with the quote and its heating-service ad ('Haustechnik Ottersfeld – "
        "Heizungswartung jetzt zum Winterpreis') between the first and second list rows (2 of 20 noise lines)",
    'de-blog-summenamhang-einwintern':
        "the beekeeping blog's wintering post keeps its photo caption ('Der umgekippte Kasten am Sonntagmorgen, zum "
        "Glück noch zu.') between the paragraphs before the subheading and, at the foot, its newsletter prompt ('Dir "
        "gefällt, was ich schreibe? Dann trag dich in meinen Newsletter ein!') and its comment thread without heading "
        "('Bernd aus dem Nachbarort', 'Bei uns hat der Sturm nur die Dächer verschoben. Gut, dass deiner heil ist!', "
        "'Lotte' and 'Danke Bernd, ich war auch erleichtert.') (6 of 20 noise lines)",
    'it-blog-bancarelladiottavio-rilegature':
        "the second-hand-books blog's flood-books post keeps its photo caption ('La cassetta appena aperta sul tavolo "
        "di cucina.') under the title (1 of 20 noise lines)",
    'pl-portal-ostrzewin-sady':
        "the regional portal's orchard-storm story keeps its name-day line ('Dziś imieniny: Barbary, Krystiana') and "
        "breaking-news line ('Pilne: utrudnienia na drodze do Kamionki po nocnej wichurze') above the title, its "
        "gallery link ('Zobacz galerię zdjęć z sadu po wichurze') between the paragraph with the quote and the "
        "subheading and its nursery ad ('Szkółka Ostrzewińska – sadzonki jabłoni na wiosnę, zamów już teraz') "
        'between two list rows (4 of 20 noise lines)',
    'pl-blog-lornetkaitrzciny-zima':
        "the birdwatching blog's fishpond post keeps its photo caption ('Grobla między stawami o świcie, jeszcze przed "
        "deszczem.') between the second paragraph and the paragraph with the quote (1 of 20 noise lines)",
    'ru-portal-lugovetsk-avtobus':
        "the regional portal's bus-route story keeps its window-maker's ad ('Окна и двери «Луговец-Пласт» — "
        "установка за один день') between two list rows (1 of 20 noise lines; since round 75 its photo caption "
        "credited in guillemets under the title goes)",
    'ru-blog-pasekanakosogore-sneg':
        "the beekeeping blog's first-snow post keeps its photo caption ('Ульи под первым снегом, вид от калитки.') "
        "under the title and its hive-maker's ad ('Ульи и рамки от мастерской «Липовый цвет» — доставка по области') "
        'between two list rows (2 of 20 noise lines)',
    "en-blog-spokesandstopovers-estuary":
        "the cycle-touring blog's estuary post keeps its photo caption ('The bike, loaded, at the slipway before the "
        "first crossing.') between the paragraphs before the subheading (1 of 20 noise lines)",
}


test_held_out_88_line, test_held_out_88_line_is_kept, test_held_out_88_page = held_out_tests(
    HELD_OUT_88_LINES, HELD_OUT_88_KEEP, HELD_OUT_88_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
