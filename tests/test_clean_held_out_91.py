"""Held-out set 91: written blind, weighted toward the noise the cleaner exists for, in shapes set 90's docstring does
not name (nor the first paragraphs of sets 87, 88 and 89): scraper, embed and ad markers (the NYT-style English
"Skip Advertisement", Getty Images' embed residue "Embed from Getty Images", a Flourish chart embed's fallback "A
Flourish chart", the CCM-style French ad break "Publicité, votre contenu continue ci-dessous", a German
advertising-partner label "Dieser Inhalt wird von einem Werbepartner bereitgestellt.", an Italian marketing-cookie
embed placeholder "Per vedere questo contenuto devi accettare i cookie di marketing.", a Polish external-content
placeholder "Treść zewnętrzna – aby ją wyświetlić, zaakceptuj pliki cookies." and a Russian video-loading residue
"Загрузка видео… Если плеер не появился, обновите страницу."); reading-time headers in new wordings (an English
blog's sentence "You'll get through this one in about four minutes.", a reading time with an update date "3 min read
· Updated 2 Dec 2026", the French "Ce billet se lit en 4 minutes.", a German blog's "Für diesen Text brauchst du
rund 5 Minuten.", the Italian "Lettura: 4 min", the Polish "Czas czytania: ok. 3 min" and the Russian "Время на
чтение: ~5 мин"); bylines and self-promotion (an AP-style English contributed-to-this-report credit "Associated
Press writer Corinne Halloway in Odlingham contributed to this report.", an English author box "About the author:
Hal Brinsworth has written about railways for thirty years and still buys a paper timetable.", a sketching blog's
print-shop plug "Prints of this sketch are in my shop – A4 and A3, signed and posted flat in a card tube.", a French
interview credit "Propos recueillis par Mathilde Verrand", the German agency credit "Mit Material von dpa", an
Italian contributor credit "Ha collaborato Chiara Menegon", a Polish interviewer credit "Rozmawiał: Jędrzej Pakosz"
and a Russian YooMoney plug "Если хотите поддержать проект — ссылка на ЮMoney в профиле."); blog and site footers
(Squarespace's "Powered by Squarespace", an English press-regulator line "The Haddlemoor Courier is regulated by
IPSO, the Independent Press Standards Organisation.", a blog's copyright-and-ask line "All drawings © Inkwell Lanes
2019–2026. Please ask before reusing them anywhere.", Overblog's French "Créer un blog gratuit sur Overblog", the
German imprint heading "Angaben gemäß § 5 DDG", an Italian court-registration line "Testata giornalistica registrata
presso il Tribunale di Borgoferrato, n. 0/2020", a Polish all-rights-and-no-copying line "Wszelkie prawa
zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione." and a Russian founder-and-editor line "Учредитель:
ООО «Медиа-Студёногорск». Главный редактор: Н. А. Сорокопудова."); reader-comment furniture (a collapsed-replies
link "Show 2 more replies", an English civility reminder "Please keep it civil – read our community guidelines
before you post.", an English moderation-delay note "Comments are moderated and may take a few hours to appear.", a
French pre-moderation note "Les commentaires sont modérés a priori. Merci de rester courtois.", a German invitation
with a netiquette reminder "Diskutieren Sie mit! Bitte halten Sie sich an unsere Netiquette.", the Italian
collapsed-replies link "Visualizza altre 3 risposte", WordPress's Polish comment-form notice "Twój adres e-mail nie
zostanie opublikowany. Wymagane pola są oznaczone *" and a Russian show-more link "Показать ещё 5 комментариев");
share rows (an English Tumblr, Telegram and print row, a French Bluesky, Telegram and SMS sentence and an Italian
Telegram, Pinterest and copy-link sentence); and notices (a German AI-translation note "Dieser Text wurde mit
Unterstützung von KI übersetzt und redaktionell geprüft.", a Polish affiliate-links note "Artykuł może zawierać
linki afiliacyjne." and a Russian grant-support line "Материал подготовлен при поддержке Фонда президентских
грантов."); and toward whole scraped news and hobby-blog pages in layouts set 90's docstring does not describe (more
noise under the title, with tables of contents there, and less at the foot, noise between the subheading and the
first list row on most pages, a gap between list rows on every page, noise between the last list row and the last
paragraph on half of them, replies to replies), taken from transport and public works and from blogs about train
travel, mountain huts, vintage cars and urban sketching (a regional portal's story on a level crossing closed while
a rail bridge is rebuilt, with a comment and a reply, a train-travel blog's post on a night train north, with a
comment, the author's reply and a reply to it, a regional portal's story on a cycle lane from the station to the
lycée, with a comment and a reply, a mountain-hut blog's post on a night in an unwardened refuge in December, with a
comment, the author's reply and a reply to it, a regional portal's story on a car park's hourly charge doubled, with
a comment and a reply, a vintage-car blog's post on overhauling a 1968 coupé's carburettor, with a comment and the
author's reply, a regional portal's story on an electric-car charging hub at the station, with a comment, a reply
and a reply to it, an urban-sketching blog's post on drawing a market square at two degrees, with a comment, the
author's reply and another comment, a regional portal's story on a new snow-clearing rota, with a comment and a
reply, a mountain-hut blog's post on a December night in a hut, with a comment, the author's reply and a reply to
it, a regional portal's story on a footbridge reopening after repairs, with a comment and a reply, and a
train-travel blog's post on thirty hours in an open-plan sleeping car, with a comment, the author's reply and a
reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages
of held-out sets 10 to 90), held-out set 92 (written at the same time by another helper; none of its paths was
opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/
folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 90 up to its first
round paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables
with their reasons and the three test functions), and the first paragraphs of the docstrings of sets 87, 88 and 89,
printed with one ast script (/tmp/s91scratch/read90.py: ``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end, and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 90's, taken by a script
(/tmp/s91scratch/gen.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 90 -> 91, then refilled after the measurement. Nothing else was copied from any
file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s91, detached at commit
6bf230607a5e4e63e78d8a6407151a4995c2e351, what ``git rev-parse HEAD`` printed in /work/main) and every failing case
is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 90's file (and the first
paragraphs of sets 87, 88 and 89) was only printed through the ast script above, run once with its output sent to a
scratch file (/tmp/s91scratch/out90.txt, 519 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to
519); the tool display of the second page cut 17 lines of it (the middle of set 87's first paragraph), which I then
printed with ``sed`` (lines 370 to 392). The docstring cut held (the printed docstring ended with set 90's Baseline
paragraph). That allowed text itself names set 90's scratch paths and its frozen commit
(507796f3e7722d6ef711df9929e73c95d3f40ba8) and set 88's; set 90's xfail reasons quote its missed lines and left page
lines; I saw these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md,
which I did not open. At my first step ``git status --short`` in /work/main printed nothing (a clean working tree).
(2) The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen;
I did not look up which round the frozen commit is. To see that the worktrees existed I ran ``ls`` on /tmp/wt-s91
and /tmp/wt-set91, which printed the top-level names of the checkout (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests) and no file's contents. The branch set91 was made from the same commit; there
this file (with the xfail tables filled) gives only passed and xfailed tests, which is a check of the tables, not a
second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s91scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none
of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s91scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were
written as data in scratch files (/tmp/s91scratch/lists91.py and pages91.py) and put together with the tail into
this file by /tmp/s91scratch/gen.py, which splits long string literals to fit 120 columns (it read set 90's file to
take its tail and printed only a line count). Before the measurement the file was executed from a scratch folder
(/tmp/s91scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case was run
through the cleaner) by /tmp/s91scratch/check.py, which counted the lines by category, by language (from the ``#
English`` ... comments) and by place, the keep lines by language and by place, the pages by language and checked
that every page has 10 article and 20 noise lines, that no page noise line or article line repeats on its page, that
no page noise line is a substring of an article line of its page or overlaps (equals, contains or is contained in) a
line of ``HELD_OUT_91_LINES`` or ``HELD_OUT_91_KEEP``, case-sensitively and case-insensitively, that no page article
line overlaps one of those lines and that no held-out noise line overlaps a keep line. Before that, my own count
found 21 noise lines on two pages, and a small inline replacement script took out a menu button ("Menu ☰") above the
winter-refuge post's title and a listen-to-this-article link ("Artikel anhören") under the car-park story's title.
While writing I had already kept the page ad labels off the words of the keep lines ("Paid promotion" rather than
"Advertisement", held by "Skip Advertisement", "Espace partenaire" rather than "Publicité", held by the French keep
line, "Werbung" rather than "Anzeige", held by the German keep line, "Materiał reklamowy" rather than "Reklama",
held by the Polish keep line "Reklamacje ..."). The check's first run found one overlap: the platskart post's
comment count "5 комментариев" is inside the Russian held-out line "Показать ещё 5 комментариев"; it became "3
комментария", and the second run found nothing. No list changed after that but the two names in (6). (5) At the
measurement (20:18:56 UTC) this docstring was a placeholder and the xfail tables were empty; it was written
afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen worktree
by a script (/tmp/s91scratch/problems.py) that ran it on every line, keep line and page of this set and printed the
problems of the failing ones, to write the xfail reasons. (6) Invented names were checked, before the measurement,
against the helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so
this is not a proof that they do not exist: Tollerswick (and so the Tollerswick Echo and Tollerswick Carpets),
Haddlemoor (and so the Haddlemoor Courier), Odlingham, Inkwell Lanes, Slow Platform Notes, Vauclarens (and so L'Écho
de Vauclarens), Soupe chaude et crampons, Gräfenwerth and Gräfenwerther (and so the Gräfenwerther Tageblatt), Chrom
und Kurbelwelle, Reifen Kuhnert, Borgoferrato (and so the Corriere di Borgoferrato), Taccuino di Marciapiede,
Wrzosławice (and so Wrzosławice24.pl), Z Plecakiem do Schroniska, Skład opału Jodełka, Студёногорск (and so the
Студёногорский вестник and «Медиа-Студёногорск»), Заметки с нижней полки and the full names Corinne Halloway, Hal
Brinsworth, Mathilde Verrand, Chiara Menegon, Jędrzej Pakosz, Megan Astley, Alan Fairclough, Jörg Hellmers, Birgit
Sandhövel, Hervé Lestrade, Ilaria Scolari, Renato Belluzzi, Halina Dereń, Дарья Клёнова, Виктор Ряполов and the
surname Сорокопудова had no hits. Dropped after their checks: Wendlecombe (in sample data), Skelthorpe (a real
surname), Quarnley (in a generated story) and Brackmoor (in games' and sample data), planned for the English
portal's town; Tomasz Wierzbic(ki), planned for the Polish interviewer (real people's names in code); «Ледяной
ручей», planned for the Russian founder company (a common phrase and place name in code); Renato Ghiselli, used for
the Italian councillor until its check (inside a real author's name, Ghisellini), and Виктор Лапшин, used for the
Russian deputy mayor until its check (in sample data), were replaced by Renato Belluzzi and Виктор Ряполов before
the measurement. Thornleigh Sketchbook, planned for the copyright line, had no hits but Thornleigh is a real suburb,
so it became Inkwell Lanes; Oleg Perevalov was checked and not used. Not checked, generic or invented at sight:
Station Road, Mill Lane, the Gorse Hill roundabout, the Green, the Tolle brook, the avenue des Tilleuls, the place
de l'Église, the Bahnhofstraße, ulica Lipowa, Студёнка and Заречье. The people's names (Rhodri, Dot_from_the_Green,
Ken W., Margo_on_rails, Jean-Luc_V, Sylvie M., Anaïs, Bastien_73, Ute_P., Rüdiger, Dietmar, Kalle60, Gino_52,
Tiziana, Lorenzo, Paola_disegna, Giacomo R., ~mieszkanka_Lipowej, ~Zbyszek, Kasia, Marta z Krakowa, Галина Петровна,
Серёга_52, Андрей and Ольга_В) are invented, though ordinary names real people may bear; none is meant as a real
person. The court registration number is zero-filled, as is the Polish duty phone number (000 000 000); there are no
e-mail addresses. (7) Some lines name real things, as real pages do (all from memory): the NYT's "Skip
Advertisement", Getty Images' embed, Flourish, the CCM Benchmark-style French ad break, the Associated Press, IPSO,
Squarespace, Overblog, the German DDG imprint, the Italian court registration of news outlets, WordPress's Polish
comment form, Tumblr, Telegram, Bluesky, Pinterest, dpa, YooMoney and the Russian presidential grants fund; on the
pages WhatsApp, Messenger, Instagram, Amazon, Pinterest, VKontakte, Telegram and the 16+ mark of Russian sites. (8)
Set 90's docstring names its own shapes and its pages' layouts (and sets 87 to 89 their shapes in their first
paragraphs), so some lines may repeat shapes of sets before 87 or of the development lists that I could not check;
in particular "Skip Advertisement", "Embed from Getty Images", "Powered by Squarespace", the WordPress Polish
comment-form notice and "Mit Material von dpa" are common enough that an earlier set may hold them. Close to shapes
sets 87 to 90 named: the French ad break is near their French ad breaks; the Italian and Polish cookie placeholders
are near the French cookie-blocked placeholder and the German podcast consent placeholder; the Russian video-loading
residue is near the Italian video-loading placeholder and player residue; the German advertising-partner label is
near the Polish partner-content label; the reading-time rows are reading-time rows in other words; the AP credit is
a credit near the Reuters reporting credits; the author box is near the reporter bios; the print-shop and YooMoney
plugs are plugs like their Etsy, Buy-Me-a-Coffee, Tipeee and Boosty ones; the interview, agency and contributor
credits are bylines near their text-and-photos, compiled-by and edited-by credits; the regulator, imprint,
court-registration, copyright and founder lines are legal footers near their registration, ROC, press-code and
publisher lines; Squarespace and Overblog are site-builder credits near the Blogger, Wix and uCoz ones; the comment
lines are comment furniture near their moderation, closing and log-in lines; the notices are notices near their
transparency, correction and update notes; the share rows are share rows on other platforms. Page chrome repeats
kinds of line set 90's docstring names among its noise (photo captions, ad labels and ads, read-also links,
affiliate notes, newsletter prompts, tables of contents, messenger-channel prompts), as real pages carry them. (9)
My first step's clock reading was 2026-12-04 20:13:49 UTC; the measurement ran at 20:18:56 UTC. (10) After
committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sponsored by the county council", "Skip hire lorries",
"Powered by two diesel generators", "Logged complaints", "Minutes of the meeting", "Reply cards", "Sign-up sheets",
"Publicité mensongère", "Partagée entre deux communes", "Les abonnés du parking relais", "Anzeige erstattet",
"Kommentieren wollte die Bahn", "Mehr zum Thema Parkgebühren", "Pubblicato in Gazzetta Ufficiale", "Commenti
negativi", "Iscritti al servizio", "Reklamacje", "Udostępniony mieszkańcom", "Подписка на парковку" and "Читайте
объявления" are article sentences. The ad breaks, embed placeholders and residues and the advertising-partner label
are counted as markers; the reading-time rows as reading-time lines; the credits, the author box and the print-shop
and YooMoney plugs as bylines; the site-builder, regulator, copyright, imprint, court-registration, rights and
founder rows as footers; the show-more links, the civility, moderation and netiquette lines and the comment-form
notice as comments; the share rows and sentences as share; the AI-translation, affiliate-links and grant lines as
notices. On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its list rows and the last paragraphs are article (10 lines a page: three rows and two last paragraphs,
or four rows and one; the blog posts' closing lines about the next post are their last paragraphs and counted as
article) and everything else is noise (20 lines a page); in particular site and blog names and taglines, menus,
sign-in and weather lines, breadcrumbs, bylines and author names, dates, categories, view counts, listen links,
tables of contents (multi-line blocks under the title on five blogs, one-line rows under it on four portals and the
sketching blog), disclosure lines, photo and map captions, ad labels and ads, read-also, opinion and see-also links,
did-you-know boxes, table and PDF links, polls, newsletter, app, messenger-channel and social prompts, affiliate
notes, next-part teasers, tags, comment headings and counts, commenter rows, comment texts and replies, back-to-top
links, copyright lines and the 16+ mark are noise. The layouts: one to three noise lines above the title, four to
seven under it, one to three between the paragraphs before the subheading, one line between the subheading and the
first list row on ten pages (all but en-blog-slowplatformnotes-nighttrain and
pl-blog-zplecakiemdoschroniska-grudzien), a gap of one noise line between two list rows on every page (two gaps on
it-blog-taccuinodimarciapiede-piazzamercato), one line between the last list row and the last paragraph(s) on six
pages (en-blog-slowplatformnotes-nighttrain, fr-portail-vauclarens-pistecyclable,
fr-blog-soupechaudeetcrampons-refugehiver, de-portal-graefenwerth-parkhaus, de-blog-chromundkurbelwelle-vergaser and
pl-blog-zplecakiemdoschroniska-grudzien), and six to eight at the foot, with replies on every page and replies to
replies on five (the night-train, winter-refuge, charging-hub, December-hut and platskart pages). The subheadings
and rows: en-portal-tollerswick-levelcrossing "What the closure means" (three rows),
en-blog-slowplatformnotes-nighttrain "What I'd do differently" (four rows), fr-portail-vauclarens-pistecyclable "Ce
qui change pour les usagers" (three rows), fr-blog-soupechaudeetcrampons-refugehiver "Ce que je remets dans le sac
la prochaine fois" (three rows), de-portal-graefenwerth-parkhaus "Die neuen Preise im Überblick" (four rows),
de-blog-chromundkurbelwelle-vergaser "Was ich gebraucht habe" (three rows), it-portale-borgoferrato-ricarica "Quanto
costa e come si paga" (three rows), it-blog-taccuinodimarciapiede-piazzamercato "Cosa ho portato" (four rows),
pl-portal-wrzoslawice-odsniezanie "Kto i kiedy odśnieża" (three rows), pl-blog-zplecakiemdoschroniska-grudzien "Co
warto zabrać" (four rows), ru-portal-studyonogorsk-most "Что изменилось на мосту" (three rows) and
ru-blog-zametkisnizhneypolki-platskart "Что пригодилось в дороге" (four rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language
en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by
place head 11, body 8, tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail
8), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page): en-portal-tollerswick-levelcrossing
(a regional news portal's story on a level crossing closed for eight weeks while the rail bridge beside it is
rebuilt, with a comment and a reply), en-blog-slowplatformnotes-nighttrain (a train-travel blog's post on a night
train north, with a comment, the author's reply and a reply to it), fr-portail-vauclarens-pistecyclable (a regional
news portal's story on a 2.4-kilometre cycle lane from the station to the lycée, with a comment and a reply),
fr-blog-soupechaudeetcrampons-refugehiver (a mountain-hut blog's post on a night in an unwardened refuge in
December, with a comment, the author's reply and a reply to it), de-portal-graefenwerth-parkhaus (a regional news
portal's story on a town-centre car park's hourly charge going from one euro to two, with a comment and a reply),
de-blog-chromundkurbelwelle-vergaser (a vintage-car blog's post on overhauling a 1968 coupé's carburettor, with a
comment and the author's reply), it-portale-borgoferrato-ricarica (a regional news portal's story on an eight-point
electric-car charging hub at the station car park, with a comment, a reply and a reply to it),
it-blog-taccuinodimarciapiede-piazzamercato (an urban-sketching blog's post on drawing a market square at two
degrees, with a comment, the author's reply and another comment), pl-portal-wrzoslawice-odsniezanie (a regional news
portal's story on a new round-the-clock snow-clearing rota, with a comment and a reply),
pl-blog-zplecakiemdoschroniska-grudzien (a mountain-hut blog's post on a December night in a hut's dormitory, with a
comment, the author's reply and a reply to it), ru-portal-studyonogorsk-most (a regional news portal's story on a
footbridge reopening after repairs, with a comment and a reply) and ru-blog-zametkisnizhneypolki-platskart (a
train-travel blog's post on thirty hours in an open-plan sleeping car, with a comment, the author's reply and a
reply to it); every page holds a title, a subheading with list rows, a quote in the article and noise above the
title, under it, between the paragraphs, between the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 6bf230607a5e4e63e78d8a6407151a4995c2e351, measured with ``cd /tmp/wt-s91 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s91/src python -m pytest -q tests/test_clean_held_out_91.py -rA
-p no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s91 && PYTHONPATH=/tmp/wt-s91/src python
scripts/clean_held_out_report.py --sets 91`` (noise lines removed 30/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 34 of 240), with the xfail tables empty): noise lines removed 30/45 (marker 4/8, reading-time
5/7, byline 5/8, footer 5/8, comments 6/8, share 2/3, notice 3/3; missed, all kept in the text: at the head the
English "You'll get through this one in about four minutes.", the German "Dieser Inhalt wird von einem Werbepartner
bereitgestellt." and "Für diesen Text brauchst du rund 5 Minuten."; between the paragraphs the Italian "Per vedere
questo contenuto devi accettare i cookie di marketing." and "Condividi su Telegram, Pinterest o copia il link", the
Polish "Treść zewnętrzna – aby ją wyświetlić, zaakceptuj pliki cookies." and the Russian "Загрузка видео… Если плеер
не появился, обновите страницу."; at the foot the English "Associated Press writer Corinne Halloway in Odlingham
contributed to this report.", "Prints of this sketch are in my shop – A4 and A3, signed and posted flat in a card
tube.", "The Haddlemoor Courier is regulated by IPSO, the Independent Press Standards Organisation." and "All
drawings © Inkwell Lanes 2019–2026. Please ask before reusing them anywhere.", the French "Les commentaires sont
modérés a priori. Merci de rester courtois.", the German "Angaben gemäß § 5 DDG" and "Diskutieren Sie mit! Bitte
halten Sie sich an unsere Netiquette." and the Russian "Если хотите поддержать проект — ссылка на ЮMoney в
профиле."); keep lines kept 20/20; pages 0/12 clean, 34 of 240 page noise lines left and 0 of 120 article lines
lost: en-portal-tollerswick-levelcrossing 2 left ("Tollerswick Carpets – fitted in a day, free quotes", whose label
goes, and "Map: the signed diversion via Mill Lane and the Gorse Hill roundabout.");
en-blog-slowplatformnotes-nighttrain 5 left ("Slow Platform Notes", "Trains, timetables and the odd pork pie", "This
post contains affiliate links to a ticket site; I get a small commission at no cost to you.", "The cabin,
photographed before I managed to fill it with coats." and "Sign up to get new trip reports by email");
fr-portail-vauclarens-pistecyclable 1 left ("Le saviez-vous ? 12 % des actifs de la commune vont au travail à
vélo."); fr-blog-soupechaudeetcrampons-refugehiver 10 left ("Soupe chaude et crampons", "Vous aimez ce blog ?
Inscrivez-vous à la lettre du dimanche.", "Le poêle du refuge, avec le bois laissé par les précédents visiteurs."
and the whole comment thread: "3 réponses", "Bastien_73", "Le registre du refuge, tu as signé ? On y était en
février.", "Anaïs", "Oui, page du 2 décembre ! Tout le monde y note la météo, c'est drôle.", "Bastien_73 → Anaïs"
and "On avait fait pareil. Un vrai journal de bord."); de-portal-graefenwerth-parkhaus 2 left ("Tabelle: alle Tarife
als PDF herunterladen" and "Kommentar: Die Innenstadt verspielt ihre Kundschaft");
de-blog-chromundkurbelwelle-vergaser 2 left ("Werkzeugliste als PDF für Newsletter-Abonnenten" and "Teil 2: Zündung
einstellen – erscheint nächste Woche"); it-portale-borgoferrato-ricarica 2 left ("Tabella tariffe aggiornata al 1°
dicembre" and "Vuoi ricevere le notizie di Borgoferrato? Scarica la nostra app");
it-blog-taccuinodimarciapiede-piazzamercato 2 left ("Lo schizzo finito, ancora con l'acqua ghiacciata sul bordo."
and "Foto: la tavolozza chiusa con l'elastico."); pl-portal-wrzoslawice-odsniezanie 1 left ("Zobacz mapę tras
pługów"); pl-blog-zplecakiemdoschroniska-grudzien 3 left ("Z Plecakiem do Schroniska", "Blog o górach, schroniskach
i szarlotce" and "Jadalnia schroniska wieczorem, przy kominku."); ru-portal-studyonogorsk-most 2 left ("Мост через
Студёнку после ремонта. Фото: «Студёногорский вестник»" and "Новости Студёногорска в Telegram — подписывайтесь");
ru-blog-zametkisnizhneypolki-platskart 2 left ("Вид из окна на рассвете, где-то на длинном перегоне." and "Мой
телеграм-канал о поездах — ссылка в профиле"). Of the left page lines five stand above the title (the blog names and
taglines of the night-train and December-hut posts and the winter-refuge post's blog name); two stand under the
title (the night-train post's affiliate note and the footbridge story's photo caption; every table of contents,
byline, date, category and listen link under the titles goes); eight stand between the paragraphs before the
subheading (the captions of the night-train, winter-refuge, market-square, December-hut and platskart posts, the
newsletter prompts of the night-train and winter-refuge posts and the level-crossing story's carpet ad, whose label
goes); six stand between the subheading and the first list row (the map caption and map link of the level-crossing
and snow-clearing stories, the table lines of the car-park and charging-hub stories, the carburettor post's
tool-list offer and the platskart post's Telegram prompt); four stand in gaps between list rows (the cycle-lane
story's did-you-know box, the charging-hub story's app prompt, the market-square post's second caption and the
footbridge story's Telegram prompt); two stand between the last list row and the last paragraph(s) (the car-park
story's opinion link and the carburettor post's next-part teaser); seven stand at the foot, all of them the
winter-refuge post's comment thread; every other tag, comment heading, commenter row, comment text, reply,
back-to-top link and copyright line at the foot goes. No article line is lost. The failing cases are strict xfails.

Still held out after round 75 (development on sets 89 and 90: a table of contents and a question-word subheading no
longer end the article body, captions credited in guillemets, numbered tables of contents below the first paragraph
under a header only a table has, comment sort rows, Blogger's 'Anonymous said...', phone-shot captions, affiliate-link
sentences, a log-in prompt behind 'Join the conversation', the Italian 'a cura di' byline; this set was written against
6bf2306, before it; measured once with ``scripts/clean_held_out_report.py --sets 91``): noise lines removed 30/45
(unchanged), keep lines 20/20, pages clean 0/12, page noise lines left 34 -> 33 of 240 (the footbridge story's caption
credited in guillemets goes), article lines lost 0 of 120. One page reason is reworded.

Round 76 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_91.py`` at 994df7e (before) and the round's
last commit on branch round76 (after): noise lines 30 -> 34 of 45 (marker 4/8, reading-time 5/7 -> 7/7, byline 5/8 ->
6/8, footer 5/8 -> 6/8, comments 6/8, share 2/3, notice 3/3), keep lines 20 -> 20 of 20, pages clean 0 -> 1 of 12, page
noise lines left 33 -> 21 of 240, article lines lost 0 -> 0 of 120; pytest 50 passed, 27 xfailed -> 55 passed, 22
xfailed. On this set: the two reading-time sentences, the print-shop plug and the IPSO line go; the refuge post's
comment thread ('3 réponses', names, 'Bastien_73 → Anaïs'), the level-crossing story's map caption, the car-park story's
PDF table link, the carburettor post's next-part teaser, the charging-hub story's tariff-table line and the
snow-clearing story's map link go (that page is clean). Fixed, by mechanism: a call reported with a verb of warning or
reminding ('Iscriviti entro venerdì, avverte il cartello del corso, ...') is the article's, as one reported with a verb
of saying was (clean._SAYING_CLAUSE, six languages); a thread under its count whose commenters sign with a bare name or
handle, no date and no 'Reply' link, the first reply's arrow four lines down ('Marco_scacchi' / '...' / 'Arturo' / '...'
/ '↳ Marco_scacchi'), is found: such a name over its comment restarts the count of lines before the first marker, a
reply to a name after an arrow ('Bastien_73 → Anaïs') is a marker and the reply counts of four more languages ('3
réponses', '3 risposte', '3 odpowiedzi', '3 ответа') head a thread (comment_threads._COMMENTER_ROW, _REPLY_TO_NAME;
whole_line_noise, comment count). Classes added, in six languages: the reading time told to the reader, the minutes in
digits or words ('You can read this in about 5 minutes.', 'Für diesen Text brauchst du rund 5 Minuten.';
clean._READING_SENTENCE); the press-regulator line with the title's own name as its subject ('The Furzeley Mercury is
regulated by IPSO ...'; whole_line_noise._TITLE_NAME) and the Polish press-register line (clean._REGISTER_OPENING); map
and table lines (under their label, a call to see or download them, a table with its update: 'Map: ...', 'Zobacz mapę
tras pługów', 'Tabelle: alle Tarife als PDF herunterladen', 'Tabella tariffe aggiornata al 1° dicembre';
clean._MAP_LABEL, _MAP_CALL); next-part teasers ('Teil 2: ... – erscheint nächste Woche'), spoiler lines over the answer
('Spoiler: la soluzione è qui sotto') and the writer's shop plug with no verb of buying ('... est dans ma boutique.',
'Prints of this sketch are in my shop – ...'; whole_line_noise). The shop plug also passes one line each of sets 86 and
89 and the map rule takes a map link of set 89's wildlife-hide page (page noise lines left 22 -> 21 of 240 there); the
held-out report moves for no other set; the SemEval dump is unchanged (0 of 3723 files). Left: the other single lines of
the _LINE_XFAIL table (credits, copyright-and-ask, moderation, advertising-partner, imprint, netiquette, cookie and
video placeholders, a share sentence, a support plug) and, on the pages, photo captions with no credit, blog names and
taglines above the title, newsletter, app and Telegram prompts, an affiliate note, a carpet ad, a did-you-know box and
an opinion-piece link (no time left in the round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_91_LINES = [
    # English
    ("head", "Skip Advertisement", "marker"),
    ("body", "Embed from Getty Images", "marker"),
    ("body", "A Flourish chart", "marker"),
    ("head", "You'll get through this one in about four minutes.", "reading-time"),
    ("head", "3 min read · Updated 2 Dec 2026", "reading-time"),
    ("tail", "Associated Press writer Corinne Halloway in Odlingham contributed to this report.", "byline"),
    ("tail", "About the author: Hal Brinsworth has written about railways for thirty years and still buys "
             "a paper timetable.", "byline"),
    ("tail", "Prints of this sketch are in my shop – A4 and A3, signed and posted flat in a card tube.", "byline"),
    ("tail", "Powered by Squarespace", "footer"),
    ("tail", "The Haddlemoor Courier is regulated by IPSO, the Independent Press Standards Organisation.", "footer"),
    ("tail", "All drawings © Inkwell Lanes 2019–2026. Please ask before reusing them anywhere.", "footer"),
    ("tail", "Show 2 more replies", "comments"),
    ("tail", "Please keep it civil – read our community guidelines before you post.", "comments"),
    ("tail", "Comments are moderated and may take a few hours to appear.", "comments"),
    ("body", "Share: Tumblr · Telegram · Print this page", "share"),
    # French
    ("body", "Publicité, votre contenu continue ci-dessous", "marker"),
    ("head", "Ce billet se lit en 4 minutes.", "reading-time"),
    ("head", "Propos recueillis par Mathilde Verrand", "byline"),
    ("tail", "Créer un blog gratuit sur Overblog", "footer"),
    ("tail", "Les commentaires sont modérés a priori. Merci de rester courtois.", "comments"),
    ("tail", "Partager sur Bluesky, Telegram ou par SMS", "share"),
    # German
    ("head", "Dieser Inhalt wird von einem Werbepartner bereitgestellt.", "marker"),
    ("head", "Für diesen Text brauchst du rund 5 Minuten.", "reading-time"),
    ("tail", "Mit Material von dpa", "byline"),
    ("tail", "Angaben gemäß § 5 DDG", "footer"),
    ("tail", "Diskutieren Sie mit! Bitte halten Sie sich an unsere Netiquette.", "comments"),
    ("tail", "Dieser Text wurde mit Unterstützung von KI übersetzt und redaktionell geprüft.", "notice"),
    # Italian
    ("body", "Per vedere questo contenuto devi accettare i cookie di marketing.", "marker"),
    ("head", "Lettura: 4 min", "reading-time"),
    ("tail", "Ha collaborato Chiara Menegon", "byline"),
    ("tail", "Testata giornalistica registrata presso il Tribunale di Borgoferrato, n. 0/2020", "footer"),
    ("tail", "Visualizza altre 3 risposte", "comments"),
    ("body", "Condividi su Telegram, Pinterest o copia il link", "share"),
    # Polish
    ("body", "Treść zewnętrzna – aby ją wyświetlić, zaakceptuj pliki cookies.", "marker"),
    ("head", "Czas czytania: ok. 3 min", "reading-time"),
    ("tail", "Rozmawiał: Jędrzej Pakosz", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione.", "footer"),
    ("tail", "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *", "comments"),
    ("head", "Artykuł może zawierać linki afiliacyjne.", "notice"),
    # Russian
    ("body", "Загрузка видео… Если плеер не появился, обновите страницу.", "marker"),
    ("head", "Время на чтение: ~5 мин", "reading-time"),
    ("tail", "Если хотите поддержать проект — ссылка на ЮMoney в профиле.", "byline"),
    ("tail", "Учредитель: ООО «Медиа-Студёногорск». Главный редактор: Н. А. Сорокопудова.", "footer"),
    ("tail", "Показать ещё 5 комментариев", "comments"),
    ("tail", "Материал подготовлен при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_91_KEEP = [
    # English
    ("head", "Sponsored by the county council, the new bus shelters went up along the ring road in under a week."),
    ("head", "Skip hire lorries will not be allowed over the bridge while it is being repaired."),
    ("body", "Powered by two diesel generators, the temporary traffic lights ran through the night."),
    ("body", "Logged complaints about potholes on the bypass rose by a third over the year."),
    ("tail", "Minutes of the meeting show the contract was signed before the survey came back."),
    ("tail", "Reply cards sent to households on the estate came back two to one in favour of the scheme."),
    ("tail", "Sign-up sheets for the volunteer snow wardens are at the library counter until Friday."),
    # French
    ("head", "Publicité mensongère : c'est ainsi que l'association d'usagers qualifie les affiches du promoteur du "
             "parking."),
    ("body", "Partagée entre deux communes, la facture du déneigement sera réglée au prorata des kilomètres."),
    ("tail", "Les abonnés du parking relais garderont leur tarif actuel jusqu'à la fin du mois de mars."),
    # German
    ("head", "Anzeige erstattet hat inzwischen auch der Eigentümer des beschädigten Bauzauns."),
    ("body", "Kommentieren wollte die Bahn die erneute Verzögerung auf Nachfrage nicht."),
    ("tail", "Mehr zum Thema Parkgebühren will der Bauausschuss erst im Januar beraten."),
    # Italian
    ("head", "Pubblicato in Gazzetta Ufficiale, il decreto sblocca i fondi per il nuovo ponte sul torrente."),
    ("body", "Commenti negativi sui social hanno spinto il comune a rivedere i turni dello spazzaneve."),
    ("tail", "Iscritti al servizio di car sharing elettrico sono ormai più di quattrocento in paese."),
    # Polish
    ("body", "Reklamacje dotyczące nowego parkomatu przy dworcu można składać w ratuszu."),
    ("tail", "Udostępniony mieszkańcom parking przy przystanku ma sześćdziesiąt miejsc."),
    # Russian
    ("head", "Подписка на парковку у вокзала с января подорожает вдвое."),
    ("tail", "Читайте объявления о перекрытии внимательно: сроки работ уже дважды сдвигались."),
]

HELD_OUT_91_PAGES = {
    "en-portal-tollerswick-levelcrossing": _page("en", "en-portal-tollerswick-levelcrossing", [
        ["-Tollerswick Echo",
         "-News | Transport | Sport | What's On | Jobs",
         "-Sign in | Subscribe from £1"],
        ["+Station Road level crossing to close for eight weeks while rail bridge is rebuilt"],
        ["-By Megan Astley, Transport reporter",
         "-Published 4 December 2026, 6:12am",
         "-Jump to: What the closure means | Diversions | Your questions",
         "-The crossing barriers at Station Road, seen from the footpath. Photo: Tollerswick Echo",
         "-Got a story? Message our newsdesk on WhatsApp",
         "-Listen to this article · 3:41"],
        ["+Rail engineers will close the Station Road level crossing in Tollerswick from 5 January so that the "
         "bridge beside it can be rebuilt."],
        ["-Read more: Bus station toilets reopen after two-year wait"],
        ["+The bridge, built in 1874, carries the line over the Tolle brook and was found to have cracked brickwork "
         "during an inspection last spring."],
        ["-Paid promotion",
         "-Tollerswick Carpets – fitted in a day, free quotes"],
        ["+“We know eight weeks is a long time for people who cross here every day, but the bridge cannot wait "
         "another winter,” said project manager Alan Fairclough."],
        ["+What the closure means"],
        ["-Map: the signed diversion via Mill Lane and the Gorse Hill roundabout."],
        ["+Drivers will be sent along a signed diversion of about four miles via Mill Lane.",
         "-Related: Mill Lane resurfacing finished a week early",
         "+A footbridge will stay open for walkers and cyclists, who will be asked to push their bikes.",
         "+The station bus will stop on the Green instead of at the crossing."],
        ["+The council says shops on the far side of the line will stay open and signposted throughout the works."],
        ["+Residents can put their questions to the engineers at a drop-in session in the library on 15 December, "
         "from 3pm to 7pm."],
        ["-2 comments",
         "-Dot_from_the_Green · 2h ago",
         "-Four miles each way for the school run. Thanks for nothing.",
         "-↳ Ken W. · 1h ago",
         "-The footbridge is fine with a pushchair, I tried it this morning."],
        ["-© 2026 Tollerswick Echo"],
    ]),
    "en-blog-slowplatformnotes-nighttrain": _page("en", "en-blog-slowplatformnotes-nighttrain", [
        ["-Slow Platform Notes",
         "-Trains, timetables and the odd pork pie"],
        ["+Twelve hours, two trains and one very small bunk: the night train north"],
        ["-Posted 3 December 2026 by Rhodri",
         "-Filed under: Night trains, Trip reports",
         "-Contents",
         "-1. Booking the berth",
         "-2. The night itself",
         "-3. Breakfast at the other end",
         "-This post contains affiliate links to a ticket site; I get a small commission at no cost to you."],
        ["+I have wanted to take the night train to the far north since I was about nine, and this December I "
         "finally booked it."],
        ["-The cabin, photographed before I managed to fill it with coats."],
        ["+The berth cost less than a hotel room would have, and I woke up two hundred miles closer to the hills."],
        ["+The attendant, who has worked the route for eleven years, told me: “The trick is to be asleep before the "
         "train splits at midnight, or the shunting wakes you.”"],
        ["-Sign up to get new trip reports by email"],
        ["+What I'd do differently"],
        ["+Book the lower berth: climbing the ladder in socks on a moving train is not fun.",
         "+Bring earplugs, because the shunting really does wake you.",
         "-Pin it for later!",
         "+Order breakfast the night before, or you get whatever is left.",
         "+Keep a jumper out of the suitcase; the heating is switched down after two."],
        ["-You might also like: A winter day on the coast line"],
        ["+Next month I am going to try the same trip by day, with four changes, and compare the two."],
        ["-3 thoughts on this post",
         "-Margo_on_rails says:",
         "-Did you manage any sleep at all after the train split? I never do.",
         "-Rhodri (author) says:",
         "-About four hours. The shunting at midnight got me, exactly as promised.",
         "-Margo_on_rails replied:",
         "-Four is good going. Earplugs next time!"],
    ]),
    "fr-portail-vauclarens-pistecyclable": _page("fr", "fr-portail-vauclarens-pistecyclable", [
        ["-L'Écho de Vauclarens",
         "-Accueil › Vauclarens › Transports",
         "-Météo : 6 °C, pluie faible"],
        ["+Une piste cyclable de 2,4 km reliera la gare au lycée dès le printemps"],
        ["-Par la rédaction",
         "-Publié le 4 déc. 2026 à 07h30, modifié à 09h12",
         "-Abonnez-vous pour lire tous nos articles à partir de 1 € le premier mois",
         "-Le tracé longe l'avenue des Tilleuls sur toute sa longueur. Photo L'Écho de Vauclarens",
         "-Écouter cet article"],
        ["+Les travaux de la future piste cyclable entre la gare et le lycée commenceront le 12 janvier, a confirmé "
         "la mairie jeudi."],
        ["-À lire aussi : Le marché de Noël déménage place de l'Église"],
        ["+La piste, séparée de la chaussée par une bordure, longera l'avenue des Tilleuls puis le canal."],
        ["-Espace partenaire"],
        ["+« Aujourd'hui, les lycéens roulent entre les voitures garées et les bus ; nous voulons qu'un enfant de "
         "douze ans puisse y aller seul », explique l'adjoint aux mobilités, Hervé Lestrade."],
        ["+Ce qui change pour les usagers"],
        ["-Carte interactive : cliquez pour agrandir le tracé"],
        ["+Vingt-deux places de stationnement seront supprimées le long de l'avenue.",
         "-Le saviez-vous ? 12 % des actifs de la commune vont au travail à vélo.",
         "+Deux arceaux couverts de quarante places seront installés devant la gare.",
         "+La vitesse sera limitée à 30 km/h sur le pont du canal."],
        ["-Newsletter : recevez chaque matin l'essentiel de l'actu locale"],
        ["+Le chantier, estimé à 860 000 euros, est financé pour moitié par le département."],
        ["+Une réunion publique est prévue le 18 décembre à 19 heures à la salle des fêtes."],
        ["-Mots-clés : vélo, mobilité, travaux",
         "-2 commentaires",
         "-Jean-Luc_V · il y a 3 h",
         "-Enfin ! Mais qui va déneiger la piste en hiver ?",
         "-→ Réponse de Sylvie M. · il y a 1 h",
         "-Les services techniques, comme pour les trottoirs, c'était dit en réunion."],
        ["-© L'Écho de Vauclarens 2026"],
    ]),
    "fr-blog-soupechaudeetcrampons-refugehiver": _page("fr", "fr-blog-soupechaudeetcrampons-refugehiver", [
        ["-Soupe chaude et crampons"],
        ["+Une nuit dans un refuge non gardé en décembre : mon retour"],
        ["-5 décembre 2026 · Anaïs",
         "-Catégories : Refuges, Hiver",
         "-💬 3 commentaires",
         "-Sommaire",
         "-1. Monter",
         "-2. La nuit",
         "-3. Redescendre"],
        ["+Le refuge est ouvert toute l'année, mais de décembre à mai il n'y a plus de gardien, seulement une salle "
         "d'hiver de douze places."],
        ["-Vous aimez ce blog ? Inscrivez-vous à la lettre du dimanche."],
        ["+Nous sommes montés à trois, en raquettes, avec le bois pour le poêle dans les sacs."],
        ["-Le poêle du refuge, avec le bois laissé par les précédents visiteurs."],
        ["+Dans le registre, quelqu'un avait écrit la veille : « Poêle capricieux, ouvrir la trappe avant "
         "d'allumer, sinon fumée garantie. »"],
        ["+Ce que je remets dans le sac la prochaine fois"],
        ["-Épinglez cet article sur Pinterest !"],
        ["+Un duvet confort -10 °C, car la salle ne dépasse pas 5 °C même poêle allumé.",
         "-Ma frontale : la même depuis 4 ans (lien affilié)",
         "+Une casserole en plus pour faire fondre la neige pendant que l'autre chauffe.",
         "+Un sac pour redescendre tous nos déchets, y compris les épluchures."],
        ["-Lire aussi : Bivouac sous la neige, mode d'emploi"],
        ["+Au matin, il a fallu deux heures pour redescendre, le chemin était gelé sous la neige fraîche."],
        ["+La prochaine fois, je vous raconte la même montée en février, avec les skis de randonnée."],
        ["-3 réponses",
         "-Bastien_73",
         "-Le registre du refuge, tu as signé ? On y était en février.",
         "-Anaïs",
         "-Oui, page du 2 décembre ! Tout le monde y note la météo, c'est drôle.",
         "-Bastien_73 → Anaïs",
         "-On avait fait pareil. Un vrai journal de bord."],
    ]),
    "de-portal-graefenwerth-parkhaus": _page("de", "de-portal-graefenwerth-parkhaus", [
        ["-Gräfenwerther Tageblatt",
         "-Lokales | Region | Sport | Kultur | Service",
         "-E-Paper | Abo | Anmelden"],
        ["+Parkhaus am Markt: Stundentarif steigt von einem auf zwei Euro"],
        ["-Von Jörg Hellmers",
         "-04.12.2026, 05:45 Uhr",
         "-Die Einfahrt des Parkhauses am Markt. Foto: Archiv",
         "-Inhaltsverzeichnis: Die neuen Preise · Was der Handel sagt · Dauerparker"],
        ["+Wer im Parkhaus am Markt parkt, zahlt ab dem 1. Januar doppelt so viel wie bisher."],
        ["-Lesen Sie auch: Neue Ampel an der Bahnhofstraße geht in Betrieb"],
        ["+Der Stadtrat hat die neue Gebührenordnung am Mittwochabend mit knapper Mehrheit beschlossen."],
        ["-Werbung",
         "-Reifen Kuhnert – Winterreifen jetzt mit Montage ab 49 Euro"],
        ["+„Das Parkhaus ist seit zwölf Jahren nicht saniert worden, die Einnahmen decken nicht einmal die "
         "Wartung“, sagte Kämmerin Birgit Sandhövel."],
        ["+Die neuen Preise im Überblick"],
        ["-Tabelle: alle Tarife als PDF herunterladen"],
        ["+Die Stunde kostet künftig zwei Euro statt einem.",
         "+Die erste halbe Stunde bleibt kostenlos.",
         "-Umfrage: Parken Sie noch in der Innenstadt? Jetzt abstimmen",
         "+Das Tagesticket steigt von sechs auf zwölf Euro.",
         "+Dauerparker zahlen 70 statt 45 Euro im Monat."],
        ["-Kommentar: Die Innenstadt verspielt ihre Kundschaft"],
        ["+Der Einzelhandelsverband will bis Weihnachten Unterschriften gegen die Erhöhung sammeln."],
        ["-Schlagworte: Parken, Innenstadt, Stadtrat",
         "-2 Kommentare",
         "-Ute_P. schrieb am 04.12.2026 um 08:10",
         "-Dann fahre ich eben ins Einkaufszentrum, da ist das Parken frei.",
         "-Antwort von Rüdiger",
         "-Und der Busbahnhof liegt direkt daneben, Ute."],
        ["-© Gräfenwerther Tageblatt 2026"],
    ]),
    "de-blog-chromundkurbelwelle-vergaser": _page("de", "de-blog-chromundkurbelwelle-vergaser", [
        ["-Chrom und Kurbelwelle",
         "-Ein Blog über alte Autos und ölige Finger"],
        ["+Vergaser überholt: Mein 68er Coupé springt endlich wieder an"],
        ["-3. Dezember 2026 von Dietmar",
         "-Kategorie: Schrauben",
         "-Was dich erwartet:",
         "-→ Ausbau",
         "-→ Reinigen",
         "-→ Einstellen"],
        ["+Seit dem Sommer ist mein Coupé nur noch mit Starthilfespray angesprungen, und im Leerlauf ging es immer "
         "wieder aus."],
        ["+Also habe ich an zwei Winterabenden in der Garage den Vergaser ausgebaut und komplett zerlegt."],
        ["-Der zerlegte Vergaser auf der Werkbank, alle Düsen in Schälchen sortiert.",
         "-Ersatzteile bestelle ich meistens hier (Partnerlink)"],
        ["+Mein Nachbar, der dreißig Jahre in einer Werkstatt gearbeitet hat, meinte nur: „Bevor du irgendwas "
         "einstellst, mach erst mal alles sauber.“"],
        ["+Was ich gebraucht habe"],
        ["-Werkzeugliste als PDF für Newsletter-Abonnenten"],
        ["+Einen Dichtungssatz für genau dieses Vergasermodell.",
         "-Bild: die neuen Dichtungen im Satz, noch in der Tüte",
         "+Vergaserreiniger und eine alte Zahnbürste.",
         "+Einen Satz feiner Schraubendreher für die Gemischschraube."],
        ["-Teil 2: Zündung einstellen – erscheint nächste Woche"],
        ["+Nach dem Zusammenbau sprang der Motor beim zweiten Versuch an und lief zehn Minuten ruhig im Leerlauf."],
        ["+Im nächsten Beitrag geht es um die Zündung, die ich bei der Gelegenheit gleich mit prüfen will."],
        ["-Schlagwörter: Vergaser, Oldtimer, Winterprojekt",
         "-3 Kommentare",
         "-Kalle60",
         "-Hast du die Schwimmernadel auch getauscht? Bei mir war genau die das Problem.",
         "-Dietmar (Autor)",
         "-Ja, neue Nadel und neuer Sitz, sonst läuft er über."],
        ["-Zurück nach oben ↑"],
    ]),
    "it-portale-borgoferrato-ricarica": _page("it", "it-portale-borgoferrato-ricarica", [
        ["-Corriere di Borgoferrato",
         "-Cronaca · Politica · Sport · Eventi · Necrologi"],
        ["+Otto colonnine nel parcheggio della stazione: apre il polo di ricarica"],
        ["-di Ilaria Scolari",
         "-4 dicembre 2026 - 06:30",
         "-Ascolta l'articolo",
         "-Le nuove colonnine nel parcheggio est della stazione. (foto Corriere di Borgoferrato)",
         "-Iscriviti al nostro canale WhatsApp",
         "-Indice: Dove si trova · Quanto costa · Orari"],
        ["+Da lunedì gli automobilisti di Borgoferrato potranno ricaricare l'auto elettrica in otto colonnine nel "
         "parcheggio della stazione."],
        ["-Leggi anche: Nuovi orari per la biblioteca civica"],
        ["+Quattro sono colonnine veloci da 150 kW, le altre quattro da 22 kW per chi lascia l'auto tutto il giorno."],
        ["-Pubblicità"],
        ["+«Chi prende il treno per andare al lavoro potrà lasciare l'auto in carica e ritrovarla piena la sera», "
         "ha detto l'assessore ai trasporti Renato Belluzzi."],
        ["+Quanto costa e come si paga"],
        ["-Tabella tariffe aggiornata al 1° dicembre"],
        ["+La ricarica veloce costa 0,69 euro al kWh, quella lenta 0,45.",
         "+Si paga con carta contactless o con l'app del gestore.",
         "-Vuoi ricevere le notizie di Borgoferrato? Scarica la nostra app",
         "+Dopo un'ora dalla fine della ricarica scatta una penale di 0,40 euro al minuto."],
        ["+Il polo è costato 310 mila euro, coperti in gran parte da fondi regionali."],
        ["+Altre sei colonnine sono previste entro l'estate nel parcheggio dell'ospedale."],
        ["-Tag: mobilità elettrica, stazione",
         "-2 commenti",
         "-Gino_52",
         "-Otto colonnine e neanche una pensilina per la pioggia, complimenti.",
         "-Risposta di Tiziana",
         "-Le pensiline sono nel secondo lotto, l'hanno detto in consiglio.",
         "-Gino_52 ha risposto a Tiziana",
         "-Vedremo se arrivano prima del 2030."],
    ]),
    "it-blog-taccuinodimarciapiede-piazzamercato": _page("it", "it-blog-taccuinodimarciapiede-piazzamercato", [
        ["-Taccuino di Marciapiede",
         "-Disegni dal vero, una panchina alla volta",
         "-Home · Chi sono · Workshop · Contatti"],
        ["+Disegnare la piazza del mercato con due gradi: la mia mattina di sabato"],
        ["-5 dicembre 2026 · Lorenzo",
         "-Categoria: Sketch dal vero",
         "-Il mio kit da viaggio è su Amazon (link affiliati)",
         "-In questo articolo: Il kit · Il punto di vista · L'acquerello che gela"],
        ["+Sabato mattina mi sono seduto sui gradini della fontana alle otto, quando i banchi del mercato stavano "
         "ancora montando."],
        ["-Lo schizzo finito, ancora con l'acqua ghiacciata sul bordo."],
        ["+Con due gradi l'acqua nel pennello a serbatoio si è ghiacciata dopo venti minuti."],
        ["-Iscriviti alla newsletter: un disegno ogni domenica"],
        ["+La signora del banco delle castagne mi ha guardato e ha detto: «Se aspetta il sole, disegna solo le "
         "ombre.»"],
        ["+Cosa ho portato"],
        ["-Salva su Pinterest"],
        ["+Un quaderno tascabile con carta da 300 grammi.",
         "-Il quaderno che uso (link affiliato)",
         "+Una penna a inchiostro resistente all'acqua.",
         "+Una scatoletta con dodici mezze pastiglie.",
         "-Foto: la tavolozza chiusa con l'elastico.",
         "+Un pizzico di sale nell'acqua, per farla gelare più tardi."],
        ["+Sabato prossimo ci riprovo con il caffè caldo al posto dell'acqua fredda, vi farò sapere."],
        ["-Tag: urban sketching, acquerello, inverno",
         "-4 commenti",
         "-Paola_disegna",
         "-Il trucco del sale nell'acqua funziona davvero?",
         "-Lorenzo",
         "-Un pizzico basta, ma la carta resta un po' ruvida.",
         "-Giacomo R.",
         "-Bellissima la fontana, sembra di sentire il freddo."],
    ]),
    "pl-portal-wrzoslawice-odsniezanie": _page("pl", "pl-portal-wrzoslawice-odsniezanie", [
        ["-Wrzosławice24.pl",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi",
         "-Zaloguj się | Załóż konto"],
        ["+Nowy grafik odśnieżania: osiem pługów i dyżury przez całą dobę"],
        ["-Opublikowano: 4 grudnia 2026, 06:50",
         "-Autor: Redakcja Wrzosławice24",
         "-Posłuchaj artykułu",
         "-Pług na ulicy Lipowej podczas próbnego przejazdu. Fot. Wrzosławice24.pl",
         "-Spis treści: Kto odśnieża · Dyżury · Gdzie zgłaszać",
         "-Masz informację? Napisz do nas na Messengerze"],
        ["+Gmina Wrzosławice ogłosiła grafik zimowego utrzymania dróg na sezon 2026/2027."],
        ["+Po raz pierwszy dyżurni kierowcy będą w gotowości przez całą dobę, także w święta."],
        ["-Materiał reklamowy",
         "-Skład opału Jodełka – węgiel i drewno z dowozem"],
        ["+„W zeszłym roku po nocnych opadach pługi wyjeżdżały dopiero o szóstej rano, teraz ruszą w ciągu godziny” "
         "– zapowiada wójt Halina Dereń."],
        ["+Kto i kiedy odśnieża"],
        ["-Zobacz mapę tras pługów"],
        ["+Drogi gminne i przystanki autobusowe odśnieża Zakład Usług Komunalnych.",
         "-Przeczytaj też: Rozkład jazdy autobusów na ferie",
         "+Chodniki przy szkołach są odśnieżane przed siódmą rano.",
         "+Drogi dojazdowe do przysiółków odśnieżają rolnicy z gminnej listy."],
        ["+Zgłoszenia o nieodśnieżonych drogach przyjmuje dyżurny pod numerem 000 000 000."],
        ["+Gmina przypomina, że właściciele posesji sami odpowiadają za chodnik przed domem."],
        ["-Tagi: zima, odśnieżanie, drogi gminne",
         "-Komentarze (2)",
         "-~mieszkanka_Lipowej",
         "-W zeszłym roku na Lipową pług przyjechał dopiero po południu.",
         "-~Zbyszek odpowiada",
         "-W tym roku ma być pierwsza na liście, tak mówili na sesji."],
        ["-© 2026 Wrzosławice24.pl"],
    ]),
    "pl-blog-zplecakiemdoschroniska-grudzien": _page("pl", "pl-blog-zplecakiemdoschroniska-grudzien", [
        ["-Z Plecakiem do Schroniska",
         "-Blog o górach, schroniskach i szarlotce"],
        ["+Grudniowa noc w schronisku: zupa, wspólna sala i cisza po 22"],
        ["-Dodano 3 grudnia 2026 przez Kasię",
         "-Kategorie: Schroniska, Zima",
         "-Z tego wpisu dowiesz się:",
         "-– jak zarezerwować nocleg",
         "-– co zabrać na wspólną salę",
         "-– ile to kosztuje"],
        ["+W grudniu w schronisku jest cicho, a na wspólnej sali spało nas tylko sześcioro."],
        ["-Jadalnia schroniska wieczorem, przy kominku."],
        ["+Nocleg zarezerwowałam telefonicznie tydzień wcześniej i zapłaciłam na miejscu gotówką."],
        ["+Gospodarz na powitanie powiedział: „Cisza nocna od dwudziestej drugiej, a zupa jest do dwudziestej "
         "pierwszej, więc się nie spóźnijcie.”"],
        ["-Obserwuj mnie na Instagramie – relacje z gór na bieżąco"],
        ["+Co warto zabrać"],
        ["+Lekki śpiwór, bo koce w schronisku bywają cienkie.",
         "+Klapki i ręcznik szybkoschnący.",
         "-Śpiwór, którego używam (link afiliacyjny)",
         "+Latarkę czołową na nocne wyjście do łazienki.",
         "+Gotówkę, bo terminal działa tylko wtedy, gdy jest zasięg."],
        ["-Zobacz też: Szarlotki schroniskowe – mój prywatny ranking"],
        ["+W następnym wpisie opiszę zejście w śniegu po pas i to, dlaczego raki zostały w domu."],
        ["-Tagi: schroniska, zima, nocleg",
         "-3 komentarze",
         "-Marta z Krakowa",
         "-Czy trzeba mieć własną pościel, czy dają na miejscu?",
         "-Kasia (autorka)",
         "-Pościel można wypożyczyć, ale śpiwór i tak się przydaje.",
         "-Marta z Krakowa odpowiada:",
         "-Dzięki, biorę śpiwór!"],
    ]),
    "ru-portal-studyonogorsk-most": _page("ru", "ru-portal-studyonogorsk-most", [
        ["-Студёногорский вестник",
         "-Новости · Общество · Транспорт · Спорт · Афиша",
         "-Войти"],
        ["+Пешеходный мост через Студёнку снова открыт после ремонта"],
        ["-4 декабря 2026, 07:15",
         "-Автор: Дарья Клёнова",
         "-Просмотров: 1 204",
         "-Мост через Студёнку после ремонта. Фото: «Студёногорский вестник»",
         "-Подписывайтесь на нас во ВКонтакте"],
        ["+В четверг в Студёногорске открыли пешеходный мост через реку Студёнку, закрытый на ремонт с июля."],
        ["-Читайте также: В городе продлили маршрут автобуса № 7"],
        ["+Рабочие заменили настил, перила и опоры у левого берега, а на подходах положили новую плитку."],
        ["-На правах рекламы",
         "-Окна ПВХ от производителя — замер бесплатно"],
        ["+«Мост строили в шестидесятых, и опоры были в таком состоянии, что дальше тянуть было нельзя», — "
         "рассказал заместитель главы города Виктор Ряполов."],
        ["+Что изменилось на мосту"],
        ["-Фотогалерея: 12 снимков"],
        ["+Настил стал шире на полметра, теперь разъедутся две коляски.",
         "-Новости Студёногорска в Telegram — подписывайтесь",
         "+На обоих концах моста установили пандусы.",
         "+Вечером мост освещают двенадцать фонарей."],
        ["+Ремонт обошёлся городскому бюджету в 14 миллионов рублей."],
        ["+До открытия жителям Заречья приходилось идти в обход через плотину, почти два километра."],
        ["-Теги: мост, ремонт, благоустройство",
         "-Комментарии (2)",
         "-Галина Петровна",
         "-Наконец-то, в обход через плотину ходить было далеко.",
         "-Ответ пользователю Галина Петровна от Серёга_52",
         "-А перила так и не покрасили, как обещали."],
        ["-16+"],
    ]),
    "ru-blog-zametkisnizhneypolki-platskart": _page("ru", "ru-blog-zametkisnizhneypolki-platskart", [
        ["-Заметки с нижней полки",
         "-Путешествия по железной дороге"],
        ["+Тридцать часов в плацкарте: как я доехал до моря зимой"],
        ["-3 декабря 2026 · Андрей",
         "-Рубрика: Поездки",
         "-Содержание",
         "-1. Билеты",
         "-2. Соседи по вагону",
         "-3. Что взять с собой",
         "-Пост не реклама, все билеты куплены на свои."],
        ["+Зимой билеты к морю стоят вдвое дешевле, чем летом, и я решил проверить, каково это — тридцать часов в "
         "плацкарте."],
        ["-Вид из окна на рассвете, где-то на длинном перегоне."],
        ["+Мне досталась нижняя полка в середине вагона, подальше от тамбура и туалета."],
        ["+Проводница в первый же вечер предупредила: «Чай до одиннадцати, потом титан остывает, не обижайтесь»."],
        ["+Что пригодилось в дороге"],
        ["-Мой телеграм-канал о поездах — ссылка в профиле"],
        ["+Тапочки и лёгкий спортивный костюм.",
         "+Кружка с крышкой, чтобы чай не расплескался на стрелках.",
         "-Кружка-термос, которую я беру (партнёрская ссылка)",
         "+Пауэрбанк, потому что розетка одна на весь отсек.",
         "+Беруши — без них ночью не уснуть."],
        ["+В следующем посте расскажу, как возвращался обратно в купе и стоило ли оно разницы в цене."],
        ["-Метки: плацкарт, поезда, зима",
         "-3 комментария",
         "-Ольга_В",
         "-А верхние боковые вы бы взяли? Или только нижние?",
         "-Андрей (автор)",
         "-Только нижние, на боковой я уже не помещаюсь.",
         "-Ольга_В ответила",
         "-Понимаю, сама метр восемьдесят."],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Associated Press writer Corinne Halloway in Odlingham contributed to this report.":
        "an English contributed-to-this-report credit ('Associated Press writer Corinne Halloway in Odlingham "
        "contributed to this report.') is left at the foot",
    "All drawings © Inkwell Lanes 2019–2026. Please ask before reusing them anywhere.":
        "an English blog's copyright-and-ask line ('All drawings © Inkwell Lanes 2019–2026. Please ask before "
        "reusing them anywhere.') is left at the foot",
    "Les commentaires sont modérés a priori. Merci de rester courtois.":
        "a French pre-moderation note ('Les commentaires sont modérés a priori. Merci de rester courtois.') is left "
        "at the foot",
    "Dieser Inhalt wird von einem Werbepartner bereitgestellt.":
        "a German advertising-partner label ('Dieser Inhalt wird von einem Werbepartner bereitgestellt.') is left at "
        "the head",
    "Diskutieren Sie mit! Bitte halten Sie sich an unsere Netiquette.":
        "a German comment invitation with a netiquette reminder ('Diskutieren Sie mit! Bitte halten Sie sich an "
        "unsere Netiquette.') is left at the foot",
    "Per vedere questo contenuto devi accettare i cookie di marketing.":
        "an Italian cookie-blocked embed placeholder ('Per vedere questo contenuto devi accettare i cookie di "
        "marketing.') is left between the paragraphs",
    "Condividi su Telegram, Pinterest o copia il link":
        "an Italian share sentence ('Condividi su Telegram, Pinterest o copia il link') is left between the paragraphs",
    "Загрузка видео… Если плеер не появился, обновите страницу.":
        "a Russian video-loading residue ('Загрузка видео… Если плеер не появился, обновите страницу.') is left "
        "between the paragraphs",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-slowplatformnotes-nighttrain":
        "the train-travel blog's night-train post keeps its tagline ('Trains, timetables and the odd pork pie') "
        "above the title (its blog name goes since round 78), its affiliate note ('This post contains "
        "affiliate links to a ticket site; I get a small commission at no cost to you.') under the title, its photo "
        "caption ('The cabin, photographed before I managed to fill it with coats.') between the first and second "
        "paragraphs and its newsletter prompt ('Sign up to get new trip reports by email') between the paragraph "
        "with the quote and the subheading (4 of 20 noise lines)",
    "fr-portail-vauclarens-pistecyclable":
        "the regional portal's cycle-lane story keeps its did-you-know box ('Le saviez-vous ? 12 % des actifs de la "
        "commune vont au travail à vélo.') between the first and second list rows (1 of 20 noise lines)",
    "fr-blog-soupechaudeetcrampons-refugehiver":
        "the mountain-hut blog's winter-refuge post keeps its newsletter prompt ('Vous aimez ce blog ? "
        "Inscrivez-vous à la lettre du dimanche.') between the first and second paragraphs and its photo caption "
        "('Le poêle du refuge, avec le bois laissé par les précédents visiteurs.') between the second paragraph and "
        "the paragraph with the quote (2 of 20 noise lines; since round 76 its comment thread at the foot goes, "
        "since round 91 its blog name above the title)",
    "de-portal-graefenwerth-parkhaus":
        "the regional portal's car-park-charges story keeps its opinion-piece link ('Kommentar: Die Innenstadt "
        "verspielt ihre Kundschaft') between the last list row and the last paragraph (1 of 20 noise lines; since "
        "round 76 its PDF table link between the subheading and the first list row goes)",
    "de-blog-chromundkurbelwelle-vergaser":
        "the vintage-car blog's carburettor post keeps its tool-list offer ('Werkzeugliste als PDF für "
        "Newsletter-Abonnenten') between the subheading and the first list row (1 of 20 noise lines; since round 76 "
        "its next-part teaser between the last list row and the last paragraphs goes)",
    "it-portale-borgoferrato-ricarica":
        "the regional portal's charging-hub story keeps its app prompt ('Vuoi ricevere le notizie di Borgoferrato? "
        "Scarica la nostra app') between the second and third list rows (1 of 20 noise lines; since round 76 its "
        "tariff-table line between the subheading and the first list row goes)",
    "pl-blog-zplecakiemdoschroniska-grudzien":
        "the mountain-hut blog's December post keeps its blog name and tagline ('Z Plecakiem do Schroniska' and "
        "'Blog o górach, schroniskach i szarlotce') above the title and its photo caption ('Jadalnia schroniska "
        "wieczorem, przy kominku.') between the first and second paragraphs (3 of 20 noise lines)",
    "ru-portal-studyonogorsk-most":
        "the regional portal's footbridge story keeps its Telegram prompt ('Новости Студёногорска в Telegram — "
        "подписывайтесь') between the first and second list rows (1 of 20 noise lines; since round 75 its photo "
        "caption under the title, credited in guillemets, goes)",
    "ru-blog-zametkisnizhneypolki-platskart":
        "the train-travel blog's platskart post keeps its photo caption ('Вид из окна на рассвете, где-то на длинном "
        "перегоне.') between the first and second paragraphs and its Telegram channel prompt ('Мой телеграм-канал о "
        "поездах — ссылка в профиле') between the subheading and the first list row (2 of 20 noise lines)",
    "it-blog-taccuinodimarciapiede-piazzamercato":
        "the urban-sketching blog's market-square post keeps its photo caption ('Lo schizzo finito, ancora con "
        "l'acqua ghiacciata sul bordo.') between the first and second paragraphs (1 of 20 noise lines)",
}


test_held_out_91_line, test_held_out_91_line_is_kept, test_held_out_91_page = held_out_tests(
    HELD_OUT_91_LINES, HELD_OUT_91_KEEP, HELD_OUT_91_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
