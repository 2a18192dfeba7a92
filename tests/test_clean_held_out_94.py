"""Held-out set 94: written blind, weighted toward the noise the cleaner exists for, in shapes set 92's docstring does
not name (nor the first paragraphs of sets 89, 90 and 91): scraper, embed and ad markers (YouTube's embed residue "If
playback doesn't begin shortly, try restarting your device.", a Datawrapper chart credit "Created with Datawrapper", the
Trinity Audio player's loading line "Getting your Trinity Audio player ready...", the French ad break "La suite après
cette publicité", a German image-zoom button "Bild vergrößern", an Italian weather-widget credit "Widget meteo a cura di
3bmeteo", the Polish ad break "Dalsza część artykułu pod reklamą" and a Russian ended-live-stream embed residue
"Трансляция завершена"); reading-time headers in new wordings (the English "Approx. 7 min read" and "This is a 4-minute
read.", the French "Environ 5 minutes de lecture", the German "Lesezeit ca. 4 Min.", the Italian "Tempo di lettura
stimato: 6 minuti", the Polish "Przeczytasz w 4 minuty" and the Russian "Прочитаете за 6 минут"); bylines and
self-promotion (an English Local Democracy Reporting Service credit "Ellis Varnham, Local Democracy Reporting Service",
an English written-by and fact-checked-by byline "Written by Perpetua Lisle. Fact-checked by Owain Garrow.", a
beekeeping blog's Patreon plug "Patrons get my raw hive-inspection notes a week early – join from £2 a month on
Patreon.", a French local-correspondent byline "De notre correspondant local, Gaëtan Pérouze", a German Ko-fi plug "Wenn
dir meine Kajaktouren gefallen, lad mich auf einen Kaffee bei Ko-fi ein.", an Italian PayPal plug "Se vuoi offrirmi un
caffè, trovi il link a PayPal qui accanto.", a Polish Patronite plug "Wspieraj bloga na Patronite – dzięki Wam mogę
kupować nowe obiektywy." and a Russian Dzen-channel plug "Подписывайтесь на мой канал в Дзене — там выходят короткие
заметки с метеостанции."); blog and site footers (Substack's "Substack is the home for great culture", an English ICNN
membership line "This newspaper is a member of the Independent Community News Network.", a Jekyll theme credit "Powered
by Jekyll & Minimal Mistakes.", a French publication-director line "Directeur de la publication : Hervé Lantenois", a
German MStV responsibility line "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jörg Wellenkamp", the Italian
not-a-newspaper blog disclaimer "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza
alcuna periodicità.", a Polish web-design credit "Projekt i wykonanie strony: Pracownia Zawijas" and Tilda's Russian
badge "Сделано на Tilda"); reader-comment furniture (the Facebook comments widget's title "Facebook Comments Plugin", an
English comment-length rule "Comments are limited to 1,500 characters and may be edited for length.", a WordPress
theme's comment-form invitation "Want to join the discussion? Feel free to contribute!", a French comment-count link
"Voir les 12 réactions", a German character counter "Noch 1.000 Zeichen übrig", an Italian comment-box placeholder
"Scrivi qui il tuo commento...", a Polish report link "Zgłoś do moderacji" and a Russian no-comments-yet line "Нет
комментариев. Ваш будет первым!"); share rows (an English LinkedIn, Messenger and copy-URL row, a French
send-to-a-friend row with Messenger, Signal and LinkedIn and an Italian LinkedIn, Viber and SMS sentence); and notices
(the German unpaid-advertising disclaimer "Dieser Beitrag enthält unbezahlte Werbung durch Markennennung.", a Polish
news-tip prompt "Masz ciekawy temat? Daj nam znać przez formularz na stronie." and the Russian typo-report notice
"Ошибка в тексте? Выделите её и нажмите Ctrl+Enter."); and toward whole scraped news and hobby-blog pages in layouts set
92's docstring does not describe (a table of contents between the second paragraph and the paragraph with the quote on
one page and under the title on five, noise between the last list row and the last paragraph on eight pages and between
the two last paragraphs on four, a gap between list rows on eleven pages, a noise line inside the block of list rows on
one, replies to replies on eight), taken from weather and the environment and from blogs about beekeeping, kayaking,
mushroom photography and amateur weather stations (a regional portal's story on a river flood warning, with a comment
and a reply, a beekeeping blog's post on hefting hives in December, with a comment, the author's reply and a reply to
it, a regional portal's story on a village hall opened as a cooling centre in a heatwave, with two comments, a kayaking
blog's post on a dawn paddle in the mist, with a comment, the author's reply and a reply to it, a regional portal's
story on a tree-planting day in the town forest, with two comments and the paper's reply, a weather-station blog's post
on moving a rain gauge away from a hedge, with a comment, the author's reply and a reply to it, a regional portal's
story on a recycling centre's new opening hours, with a comment, a reply and a reply to the reply, a
mushroom-photography blog's post on photographing fungi in the rain, with a comment, the author's reply and a reply to
it, a regional portal's story on a beach clean-up, with two guest comments and a reply, a kayaking blog's post on a
two-day November river trip, with a comment, the author's reply and a reply to it, a regional portal's story on an
air-quality sensor network, with a comment, the paper's reply and a reply to it, and a weather-station blog's post on
the first snow at a dacha, with a comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 92), held-out set 93 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 92 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 89, 90 and 91, printed with one ast script
(/tmp/s94scratch/read92.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 92's, taken by a script (/tmp/s94scratch/gen.py) from the ``def _marks`` node's line on, with
its xfail tables emptied (the three annotated assignments found with ``ast``) and 92 -> 94, then refilled after the
measurement by the same script from /tmp/s94scratch/tables94.py. ``_page`` is set 92's, taken by the same script from
its node. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s94, detached at commit 994df7e5585fe24c97e613f7832d5f0ca9ff63d1, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 92's file (and the first paragraphs
of sets 89, 90 and 91) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s94scratch/read92.out, 559 lines) that I paged through with ``sed`` (lines 1 to 150, 150 to 330 and 330 to 559);
nothing else was printed from it. The docstring cut held (the printed docstring ended with set 92's Baseline paragraph).
That allowed text itself names set 92's scratch paths and its frozen commit (6bf230607a5e4e63e78d8a6407151a4995c2e351)
and set 90's (507796f3e7722d6ef711df9929e73c95d3f40ba8) and set 88's; set 92's xfail reasons quote its missed lines and
left page lines, and one of them names a round; I saw these only as that text. The report script's docstring names a
cleaning table in docs/cleaning.md, which I did not open. The generating script, which read set 92's file to take its
``_page`` helper and its tail, printed nothing; I printed parts of the file it wrote (the lists, the start of the pages,
the emptied and then the filled tables and the three test functions) with ``sed``. At my first step ``git status
--short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed
994df7e5585fe24c97e613f7832d5f0ca9ff63d1. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the worktrees
existed I ran ``ls`` on /tmp/wt-s94 and /tmp/wt-set94, which printed the top-level names of the checkout (README.md,
benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no file's contents. The branch set94 was made from
the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (49 passed, 28
xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s94scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s94scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were written
as data in scratch files (/tmp/s94scratch/lists94.py and pages94.py) and put together with the tail into this file by
/tmp/s94scratch/gen.py, which splits long string literals to fit 120 columns. Before the measurement the file was
executed from a scratch folder (/tmp/s94scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) by /tmp/s94scratch/check.py, which counted the lines
by category, by language (from the ``# English`` ... comments) and by place, the keep lines by language and by place,
the pages by language and checked that every page has 10 article and 20 noise lines, that no page article line repeats
on its page and no page noise line does (case-insensitively), that no page noise line is a substring of an article line
of its page (case-sensitively and case-insensitively) or overlaps (equals, contains or is contained in) a line of
``HELD_OUT_94_LINES`` or ``HELD_OUT_94_KEEP``, case-sensitively and case-insensitively, that no page article line
overlaps one of those lines and that no held-out noise line overlaps a keep line. Its first run found 13 problems, all
in the pages' ad labels and one table-of-contents heading: the flood story's "Advertisement" inside the English keep
line that opens with "Advertisement boards" and its "AD" inside article and held-out lines (they became "Sponsored
content" and "Promoted"), the two French pages' "Publicité" inside the French held-out ad break (they became "Annonce"
and "Espace partenaire"), the rain-gauge post's "Inhalt" and "Werbung" inside the German held-out footer and notice
(they became "Inhaltsverzeichnis" and "Anzeige") and the two Italian pages' "Pubblicità" inside the Italian keep line
(they became "Spazio pubblicitario" and "Annuncio"); these were changed by a small replacement script
(/tmp/s94scratch/fix1.py) and the second run found nothing. No list changed after that check. As allowed, some page
noise lines hold another noise line or an article word of their page (site names inside captions, commenter rows and
copyright lines, street and place names of the article inside captions and map links). (5) At the measurement (21:40:05
UTC) this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The
problems were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s94scratch/problems.py)
that ran it on every line, keep line and page of this set and printed the problems of the failing ones, to write the
xfail reasons; the places named in the page reasons are where I put the lines, since ``_problems`` only says that a line
was kept. (6) Invented names were checked, before the measurement, against the helper's exact-string search over public
GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Cressingmoor
(and the Cressingmoor Herald), the River Skelding, the Millbeck footbridge, Propolis and Porridge, Vaumerlac, Pagaie et
Brume, Moirandelle, Lussaret, Hollmerstedt, Taupunkt am Gartenzaun, Roccaverbena, Lamelle e Luce, Mewiszew(o), Wiosłem i
Termosem, Skrzelnica, Туманогорск, Барометр на даче, Wilson & Crabtree, Fratelli Cavedagna, Pracownia Zawijas, Vaumerlac
Clim and Gerdingk had no hits, nor had the full names Imogen Sallowby, Colin Ferrabee, Solène Achard, Hélène Maréchaux,
Karin Wessolek, Malte Gerdingk, Davide Brusamolin, Rosella Vianzoli, Jadwiga Mroczkiewicz, Paulina Skrobisz, Анастасия
Лыкова, Вадим Северцев, Ellis Varnham, Perpetua Lisle, Owain Garrow, Gaëtan Pérouze, Hervé Lantenois and Jörg
Wellenkamp. Dropped after their checks: Vaubrenne, planned for the French kayaking river (in sample data), Modrzyca,
planned for the Polish kayaking river (in game data and code), Rosella Danzi, planned for the Italian councillor (a name
in a school's code), Studio Kreska, planned for the Polish design credit (in sample data) and Thermo-Confort, planned
for the French air-conditioner ad (real firms). Kuhweide had hits as an ordinary German word (a cow pasture) and in
street tables and was kept as a generic field name. Not checked, generic or invented at sight: Tanyard Lane, Priory
Street, Station Road, the Millbeck estate, the via dei Mulini, the улица Заводская and the Struga, and the people's
names (Rhianna K., Pete from Millbeck, Marguerite, Bryony W., Josette_V, Gaby38, Romain B., Eichelhäher_71, Ingrid P.,
Ansgar, Wolkenguckerin, Franco_RV, Lella, Ornella, Dario_F, bałtyk_marek, Ewa z Mewiszewa, Kuba, Tomek, Marta_kajak,
Олег, Сергей_М), which are invented, though ordinary names real people may bear; none is meant as a real person. Phone
numbers are zero-filled. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from
memory): YouTube's embed text, Datawrapper, Trinity Audio, the Local Democracy Reporting Service, Patreon, Substack, the
Independent Community News Network, Jekyll and its Minimal Mistakes theme, Facebook's comments plugin, a WordPress
theme's comment-form invitation, LinkedIn, Messenger, Signal, Viber, Ko-fi, the German Medienstaatsvertrag, 3bmeteo,
PayPal, the Italian blog disclaimer after the 2001 press law, Patronite, Dzen, Tilda, the Ctrl+Enter typo-report notice
of Russian sites; on the pages the Environment Agency and its Floodline, the Croix-Rouge, Google News, WhatsApp,
Telegram, Amazon, AliExpress, Arduino, WordPress, the Hestia theme by ThemeIsle, the Liga Ochrony Przyrody and the 16+
mark of Russian sites. (8) Set 92's docstring names its own shapes and its pages' layouts (and sets 89 to 91 their
shapes in their first paragraphs), so some lines may repeat shapes of sets before 89 or of the development lists that I
could not check; in particular the ad breaks, the Patreon and Ko-fi plugs, the Jekyll credit and the Ctrl+Enter notice
are common enough that an earlier set may hold them. Close to shapes sets 89 to 92 named: the YouTube, Trinity Audio and
ended-stream residues are embed residue near the video-player, video-loading and podcast placeholders; the Datawrapper
credit is near the Flourish chart fallback; the French and Polish ad breaks are ad breaks in other words (sets 90 and 91
name English, French and Polish ones); the zoom button is near the gallery button; the weather-widget credit is a marker
near the embed credits; the reading-time rows are reading-time rows in other words; the Local Democracy Reporting,
fact-checked and correspondent bylines are credits and bylines near the reporting-and-editing,
contributed-to-this-report and interview credits; the Patreon, Ko-fi, PayPal, Patronite and Dzen plugs are plugs like
the Tipeee, Boosty, Steady, Satispay, YooMoney and YouTube ones; the Substack, Jekyll and Tilda footers are near the
Blogger, Ghost, Hugo, Squarespace and Canalblog credits; the ICNN, publication-director, MStV and not-a-newspaper lines
are legal footers near the IPSO, imprint, court and press-register lines; the design credit is a footer credit; the
comment lines are comment furniture near the count, guidelines, moderation, log-in and report lines; the German
unpaid-advertising disclaimer is a notice near the affiliate-links note; the tip prompt and the typo notice are notices;
the share rows are share rows on other platforms. Page chrome repeats kinds of line set 92's docstring names among its
noise (photo captions, ad labels and ads, read-also links, newsletter, WhatsApp, Telegram and Google News prompts,
affiliate and not-sponsored notes, tables of contents, theme credits), as real pages carry them. (9) My first step's
clock reading was 2026-12-04 21:34:11 UTC; the measurement ran at 21:40:05 UTC. (10) After committing, ``git rev-parse
HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertisement boards", "Share of households", "Comments from
residents", "Posted notices", "Sign-up sheets", "Follow the signs", "Copyright in the sensor data", "Partagez vos
relevés", "Lire la carte des crues", "Tous droits de pêche", "Anmelden können sich", "Kommentare der Anwohner", "Teilen
sich", "Pubblicità del Comune", "Condividere i dati", "Seguici", "Reklama na przystankach", "Udostępnianie pomiarów",
"Подписаться на оповещения" and "Комментируя прогноз" are article sentences. The YouTube, Datawrapper, Trinity Audio and
ended-stream residues, the two ad breaks, the zoom button and the weather-widget credit are counted as markers; the
reading-time rows as reading-time lines; the three credits and bylines and the Patreon, Ko-fi, PayPal, Patronite and
Dzen plugs as bylines; the Substack, ICNN, Jekyll, publication-director, MStV, not-a-newspaper, design-credit and Tilda
rows as footers; the Facebook widget title, the length rule, the invitation, the count link, the character counter, the
placeholder, the report link and the no-comments line as comments; the share rows as share; the unpaid-advertising
disclaimer, the tip prompt and the typo notice as notices. On every page the title, the paragraphs before the subheading
(three, the third with the quote), the subheading, its list rows and the last paragraphs are article (10 lines a page:
three rows and two last paragraphs; the blog posts' closing lines about the next post or asking readers for their
experience are their last paragraphs and counted as article) and everything else is noise (20 lines a page); in
particular site names and taglines, menus, search boxes, the weather line, breadcrumbs, bylines and author names, dates,
categories, listen and bookmark links, view counts, the 16+ mark, live-blog and most-read links, tables of contents,
photo, chart and diagram captions, ad labels and ads, read-also links, alert, newsletter, WhatsApp, Telegram and Google
News prompts, weather-alert and map links, a flyer link, a poll, a gallery link, affiliate and not-sponsored notes,
tags, share lines, comment headings and counts, commenter rows, comment texts and replies, previous-post links, theme
credits and copyright lines are noise. The layouts: one to three noise lines above the title, two to seven under it
(five blogs have their table of contents there, after their date and category rows: four lines each; the beekeeping post
has it between its second paragraph and the paragraph with the quote), none to four between the paragraphs before the
subheading, noise between the subheading and the first list row on four pages (en-blog-propolisandporridge-winterhives,
an affiliate note, de-portal-hollmerstedt-baumpflanzung, a read-also link, it-portale-roccaverbena-isola-ecologica, a
removals ad, and ru-portal-tumanogorsk-datchiki-vozdukha, a map link), a gap between list rows on eleven pages (one
noise line on seven, two on fr-blog-pagaieetbrume-moirandelle-aube, an ad label and an ad, on
de-blog-taupunktamgartenzaun-regenmesser, an ad label and an ad, and on pl-blog-wioslemitermosem-skrzelnica-listopad, a
not-sponsored note and a caption, and one after each of the first two rows on it-blog-lamelleeluce-funghi-pioggia; on
en-portal-cressingmoor-floodwarning the chart caption stands inside the block of list rows, with no blank line around
it), noise between the last list row and the last paragraphs on eight pages (two lines on the flood story and the
rain-gauge post), noise between the two last paragraphs on four pages (the flood story's read-more link, the heatwave
story's fountain-map link, the recycling-centre story's tip-off prompt and the November-trip post's newsletter prompt)
and five to nine at the foot, with replies on eleven pages (a "↳" reply from a commenter or the paper on five portals
and the author's reply, then a "↳" or "↪" reply to it, on the six blogs; replies to replies, "↳↳" or a second "↳", on
the recycling-centre and sensor stories and on the six blogs). The subheadings and rows:
en-portal-cressingmoor-floodwarning "What residents should do now", en-blog-propolisandporridge-winterhives "How the
three colonies felt this year", fr-portail-vaumerlac-canicule "Les conseils de la mairie",
fr-blog-pagaieetbrume-moirandelle-aube "Ce que j'emporte pour une sortie à l'aube", de-portal-hollmerstedt-baumpflanzung
"So läuft der Pflanztag ab", de-blog-taupunktamgartenzaun-regenmesser "Was ich beim Umzug beachtet habe",
it-portale-roccaverbena-isola-ecologica "I nuovi orari", it-blog-lamelleeluce-funghi-pioggia "I miei tre trucchi",
pl-portal-mewiszewo-sprzatanie-plazy "Co znaleziono na plaży", pl-blog-wioslemitermosem-skrzelnica-listopad "Czego
nauczył nas ten spływ", ru-portal-tumanogorsk-datchiki-vozdukha "Где стоят датчики" and
ru-blog-barometrnadache-pervyi-sneg "Что я понял за эти выходные" (three rows each); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-cressingmoor-floodwarning (a regional news portal's story
on a flood warning for a river after two days of rain, with sandbags at the fire station, with a comment and a reply),
en-blog-propolisandporridge-winterhives (a beekeeping blog's post on hefting three hives in December to judge their
winter stores, with a comment, the author's reply and a reply to it), fr-portail-vaumerlac-canicule (a regional news
portal's story on a village hall opened as a cooling centre during a heatwave, with two comments),
fr-blog-pagaieetbrume-moirandelle-aube (a kayaking blog's post on a three-hour paddle on a river in the mist before
sunrise, with a comment, the author's reply and a reply to it), de-portal-hollmerstedt-baumpflanzung (a regional news
portal's story on planting 800 young trees in the town forest after bark-beetle damage, with two comments and the
paper's reply), de-blog-taupunktamgartenzaun-regenmesser (an amateur weather-station blog's post on moving a rain gauge
away from a hedge, with a comment, the author's reply and a reply to it), it-portale-roccaverbena-isola-ecologica (a
regional news portal's story on a recycling centre's new opening hours, with a comment, a reply and a reply to the
reply), it-blog-lamelleeluce-funghi-pioggia (a mushroom-photography blog's post on three tricks for photographing fungi
in the rain, with a comment, the author's reply and a reply to it), pl-portal-mewiszewo-sprzatanie-plazy (a regional
news portal's story on two hundred volunteers clearing a tonne of rubbish from a beach, with two guest comments and a
reply), pl-blog-wioslemitermosem-skrzelnica-listopad (a kayaking blog's post on a two-day river trip in November, with a
comment, the author's reply and a reply to it), ru-portal-tumanogorsk-datchiki-vozdukha (a regional news portal's story
on a network of 30 air-quality sensors, with a comment, the paper's reply and a reply to it) and
ru-blog-barometrnadache-pervyi-sneg (an amateur weather-station blog's post on the first snow at a dacha, with a
comment, the author's reply and a reply to it); every page holds a title, a subheading with list rows, a quote in the
article and noise above the title, under it, between the paragraphs or the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 994df7e5585fe24c97e613f7832d5f0ca9ff63d1, measured with ``cd /tmp/wt-s94 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s94/src python -m pytest -q tests/test_clean_held_out_94.py -rA -p
no:cacheprovider`` (28 failed, 49 passed) and ``cd /tmp/wt-s94 && PYTHONPATH=/tmp/wt-s94/src python
scripts/clean_held_out_report.py --sets 94`` (noise lines removed 29/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 46 of 240), with the xfail tables empty): noise lines removed 29/45 (marker 4/8, reading-time 6/7,
byline 5/8, footer 7/8, comments 2/8, share 3/3, notice 2/3; missed, all kept in the text: at the head the English "This
is a 4-minute read." and "Written by Perpetua Lisle. Fact-checked by Owain Garrow." and the French "De notre
correspondant local, Gaëtan Pérouze"; in the body the English "Getting your Trinity Audio player ready...", the German
"Bild vergrößern", the Italian "Widget meteo a cura di 3bmeteo" and the Russian "Трансляция завершена"; at the foot the
English "Powered by Jekyll & Minimal Mistakes.", "Comments are limited to 1,500 characters and may be edited for
length." and "Want to join the discussion? Feel free to contribute!", the French "Voir les 12 réactions", the German
"Noch 1.000 Zeichen übrig", the Italian "Se vuoi offrirmi un caffè, trovi il link a PayPal qui accanto.", the Polish
"Zgłoś do moderacji" and "Masz ciekawy temat? Daj nam znać przez formularz na stronie." and the Russian "Нет
комментариев. Ваш будет первым!"); keep lines kept 20/20; pages 0/12 clean, 46 of 240 page noise lines left and 2 of 120
article lines lost: en-portal-cressingmoor-floodwarning 5 left ("Cressingmoor Herald | News · Sport · What's On · Jobs",
"Wilson & Crabtree Roofing – storm damage repairs, free quotes: 00000 000000", "Sign up for the Herald's free
breaking-news alerts", "Chart: river levels at the Millbeck footbridge gauge since Monday" and "Home insurance from £9 a
month – compare quotes in minutes") and 1 article line lost or put out of order (its third list row "Register for free
phone alerts on the agency's Floodline, 0000 000 0000."); en-blog-propolisandporridge-winterhives 6 left ("In this
post", "Lifting the back of the box", "This winter's three colonies", "Fondant or not?", "Photo: the hive tool and the
luggage scale I borrowed from the kitchen." and "Want my printable winter checklist? Join 2,000 beekeepers on the
mailing list."); fr-portail-vaumerlac-canicule 2 left ("Vigilance orange canicule : suivez l'évolution de la carte en
direct" and "Climatiseur mobile à -30 % chez Vaumerlac Clim Services"); fr-blog-pagaieetbrume-moirandelle-aube 3 left
("Pagaie et Brume – carnet de rando en kayak", "La brume sur la Moirandelle à 6 h 20, juste avant le premier rapide."
and "Stage eaux vives 2 jours – encore 3 places en octobre"); de-portal-hollmerstedt-baumpflanzung 2 left ("Kaminholz
trocken, ofenfertig – Lieferung im Umkreis von 30 km" and "Karte: Anfahrt zum Wanderparkplatz Kuhweide");
de-blog-taupunktamgartenzaun-regenmesser 6 left ("Bild: der alte Standort, links die Hecke, rechts der Kompost.", "Der
neue Standort mitten auf der Wiese, mit Blick nach Westen." and four lines of its comment thread: "Wolkenguckerin",
"Endlich jemand, der das mit den Hecken erklärt!", "Ansgar" and "Danke! Bei mir hat es fünf Jahre gedauert.");
it-portale-roccaverbena-isola-ecologica 4 left ("L'ingresso dell'isola ecologica di via dei Mulini.", "Traslochi e
sgomberi Fratelli Cavedagna – preventivi gratuiti", "Il volantino con i nuovi orari in formato PDF" and "Hai una
segnalazione? Scrivi alla redazione su WhatsApp"); it-blog-lamelleeluce-funghi-pioggia 2 left ("Mycena su tronco di
faggio, f/8, 1/4 s, ISO 400." and "La stessa Mycena con l'ombrello bianco come diffusore.");
pl-portal-mewiszewo-sprzatanie-plazy 9 left ("Wolontariusze z workami przy wejściu nr 12 na plażę.", "Kwatery prywatne
nad morzem – tel. 000 000 000", "Wykres: odpady zebrane w latach 2022–2026" and the six lines of its comment thread:
"Gość: bałtyk_marek", "Brawo dla wolontariuszy! Byłem, następnym razem weźmiemy dzieci.", "Gość: Ewa z Mewiszewa", "A
kiedy gmina w końcu zrobi coś z zejściem nr 12?", "↳ Gość: bałtyk_marek" and "Podobno w przyszłym roku, obiecywali na
sesji."); pl-blog-wioslemitermosem-skrzelnica-listopad 2 left ("Nasz obóz na łące przy zakolu, tuż przed zmierzchem."
and "Przy zwalonym drzewie trzeba było przenosić kajaki brzegiem.") and 1 article line lost or put out of order (its
last paragraph "Następny wpis: jak suszymy sprzęt po spływie w bloku bez balkonu.");
ru-portal-tumanogorsk-datchiki-vozdukha 2 left ("Карта датчиков: смотреть на сайте проекта" and "Подписка на газету — от
90 рублей в месяц"); ru-blog-barometrnadache-pervyi-sneg 3 left ("Будка с датчиком на столбе за сараем, утро субботы.",
"Схема подключения датчиков — в отдельной статье." and "График давления с пятницы по воскресенье."). Of the left page
lines two stand above the title (the flood story's site-name and menu row and the dawn-paddle post's blog name and
tagline; every other site name, tagline, menu and breadcrumb goes); two stand under the title (the photo captions of the
recycling-centre and beach clean-up stories; every byline, date, category, listen link, view count and table of contents
under the titles goes, as do the photo captions under the titles of the flood, heatwave and sensor stories); sixteen
stand between the paragraphs before the subheading (the flood story's roofing ad, whose label goes, and its alerts
prompt, the hive post's table of contents and its photo caption, the heatwave story's weather-alert link, the
dawn-paddle post's caption, the tree-planting story's firewood ad, whose label goes, the rain-gauge post's caption, the
fungi post's caption, the beach story's lodging ad, the November-trip post's caption and the first-snow post's caption
and wiring-diagram note); two stand between the subheading and the first list row (the recycling-centre story's removals
ad and the sensor story's map link; the hive post's affiliate note and the tree-planting story's read-also link go);
seven stand in gaps between list rows (the flood story's chart caption inside the block of rows, the heatwave story's
air-conditioner ad, the dawn-paddle post's course ad, whose label goes, the tree-planting story's map link, the fungi
post's caption after the first row, the beach story's chart caption and the November-trip post's portage caption, after
a not-sponsored note that goes; the hive post's affiliate link, the rain-gauge post's ad and its label, the fungi post's
ad label after the second row, the sensor story's Telegram prompt and the first-snow post's affiliate note go); six
stand between the last list row and the last paragraphs (the flood story's insurance ad, whose label goes, the hive
post's checklist prompt, the rain-gauge post's second caption, after an affiliate note that goes, the recycling-centre
story's flyer link, the sensor story's subscription ad and the first-snow post's chart caption; the tree-planting
story's newsletter prompt and the beach story's poll go); one stands between the two last paragraphs (the
recycling-centre story's tip-off prompt; the flood story's read-more link, the heatwave story's fountain-map link and
the November-trip post's newsletter prompt go); and ten stand at the foot, on the rain-gauge post (its first comment and
the author's reply, whose count line, reply to the reply and theme credit go) and the beach story (its two guest
comments and the reply, whose count line and copyright line go); every other tag, share, comment heading, commenter row,
comment text, reply, previous-post, theme and copyright line at the foot goes. Two article lines are lost or put out of
order: the flood story's third list row, with the Floodline number, and the November-trip post's closing line about its
next post. The failing cases are strict xfails.

Round 77 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_94.py`` at the blind measurement's 994df7e
(before; main at e6a609a, after round 76 and the retrained second opinion, had 32 lines, 40 page lines left and 2
article lines lost) and the round's last commit on branch round77 (after): noise lines 29 -> 36 of 45 (reading-time 6/7,
byline 5/8, marker 4/8 -> 5/8, footer 7/8 -> 8/8, comments 2/8 -> 6/8, share 3/3, notice 2/3 -> 3/3), keep lines 20 ->
20 of 20, pages clean 0 -> 0 of 12, page noise lines left 46 -> 23 of 240, article lines lost 2 -> 0 of 120; pytest 49
passed, 28 xfailed -> 56 passed, 21 xfailed. Fixed, by mechanism: a call to sign up that gives a telephone number and no
first person is a public service's line the article names, no newsletter prompt of the site's
(clean._is_service_line_call: the flood-warning story's third row 'Register for free phone alerts on the agency's
Floodline, 0000 000 0000.'); a next-post line whose text after the label is a clause in lower case ending with a full
stop is the author's promise, the theme's links giving a title in a capital with no full stop (clean._NEXT_POST_TEASER:
the kayaking post's closing line, and set 78's narrowboat teaser); a guest's label before a commenter's name ('Gość:
bałtyk_marek') makes round 76's commenter row, so the beach clean-up story's thread goes
(comment_threads._COMMENTER_ROW; the rain-gauge post's thread already went with round 76); a table of contents with no
numbers under a header only a table has ('In this post' over three short entries, a paragraph under them) goes
(clean._unnumbered_toc_end). Classes added (six languages, near misses, test_round_77_*): chart and map captions under
their label ('Chart: ...', 'Wykres: ...', 'Karte: ...'); a trade's free quotes after a dash ('Wilson & Crabtree Roofing
– storm damage repairs, free quotes: ...', 'Home insurance from £9 a month – compare quotes in minutes', 'Traslochi e
sgomberi ... – preventivi gratuiti'); the site's news alerts in the possessive ('Sign up for the Herald's free
breaking-news alerts'); joining a list's readers by number ('... Join 2,000 beekeepers on the mailing list.'); a
story-tip prompt naming a messenger or the contact form ('Hai una segnalazione? Scrivi alla redazione su WhatsApp',
'Masz ciekawy temat? Daj nam znać przez formularz na stronie.'); a platform credit with a theme after '&' ('Powered by
Jekyll & Minimal Mistakes.'); a zoom button alone ('Bild vergrößern'); the reader's comment as the first ('Нет
комментариев. Ваш будет первым!'). Left: the single lines of the _LINE_XFAIL table ('Noch 1.000 Zeichen übrig', 'Zgłoś
do moderacji' and 'Voir les 12 réactions' go with main's retrained second opinion), and on the pages the captions with
no label or written as sentences, ads with no quote or code (the firewood, air-conditioner, course, lodging and
newspaper-subscription ads), the weather-alert and sensor-map links, the flyer link, the wiring-diagram note and the
site name with its menu row above the title.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_94_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Approx. 7 min read", "reading-time"),
    ("head", "This is a 4-minute read.", "reading-time"),
    ("head", "Ellis Varnham, Local Democracy Reporting Service", "byline"),
    ("head", "Written by Perpetua Lisle. Fact-checked by Owain Garrow.", "byline"),
    ("body", "If playback doesn't begin shortly, try restarting your device.", "marker"),
    ("body", "Created with Datawrapper", "marker"),
    ("body", "Getting your Trinity Audio player ready...", "marker"),
    ("tail", "Patrons get my raw hive-inspection notes a week early – join from £2 a month on Patreon.", "byline"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "This newspaper is a member of the Independent Community News Network.", "footer"),
    ("tail", "Powered by Jekyll & Minimal Mistakes.", "footer"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Comments are limited to 1,500 characters and may be edited for length.", "comments"),
    ("tail", "Want to join the discussion? Feel free to contribute!", "comments"),
    ("tail", "Share on LinkedIn · Send via Messenger · Copy URL", "share"),
    # French
    ("head", "Environ 5 minutes de lecture", "reading-time"),
    ("head", "De notre correspondant local, Gaëtan Pérouze", "byline"),
    ("body", "La suite après cette publicité", "marker"),
    ("tail", "Directeur de la publication : Hervé Lantenois", "footer"),
    ("tail", "Voir les 12 réactions", "comments"),
    ("tail", "Envoyer à un ami : Messenger, Signal, LinkedIn", "share"),
    # German
    ("head", "Lesezeit ca. 4 Min.", "reading-time"),
    ("head", "Dieser Beitrag enthält unbezahlte Werbung durch Markennennung.", "notice"),
    ("body", "Bild vergrößern", "marker"),
    ("tail", "Wenn dir meine Kajaktouren gefallen, lad mich auf einen Kaffee bei Ko-fi ein.", "byline"),
    ("tail", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jörg Wellenkamp", "footer"),
    ("tail", "Noch 1.000 Zeichen übrig", "comments"),
    # Italian
    ("head", "Tempo di lettura stimato: 6 minuti", "reading-time"),
    ("body", "Widget meteo a cura di 3bmeteo", "marker"),
    ("tail", "Se vuoi offrirmi un caffè, trovi il link a PayPal qui accanto.", "byline"),
    ("tail",
     "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.",
     "footer"),
    ("tail", "Scrivi qui il tuo commento...", "comments"),
    ("tail", "Condividi su LinkedIn, Viber o via SMS", "share"),
    # Polish
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("body", "Dalsza część artykułu pod reklamą", "marker"),
    ("tail", "Wspieraj bloga na Patronite – dzięki Wam mogę kupować nowe obiektywy.", "byline"),
    ("tail", "Projekt i wykonanie strony: Pracownia Zawijas", "footer"),
    ("tail", "Zgłoś do moderacji", "comments"),
    ("tail", "Masz ciekawy temat? Daj nam znać przez formularz na stronie.", "notice"),
    # Russian
    ("head", "Прочитаете за 6 минут", "reading-time"),
    ("body", "Трансляция завершена", "marker"),
    ("tail", "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки с метеостанции.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Нет комментариев. Ваш будет первым!", "comments"),
    ("tail", "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter.", "notice"),
]

HELD_OUT_94_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Advertisement boards along the promenade will be taken down before the flood barriers go up."),
    ("head", "Share of households signed up to the flood alert service rose to 41 per cent this year."),
    ("body", "Comments from residents at the drop-in session were mostly about sandbag supplies."),
    ("body", "Posted notices on the recycling centre gate give the new winter opening times."),
    ("tail", "Sign-up sheets for the beach clean-up ran out within an hour at the library."),
    ("tail", "Follow the signs from the car park, the council says, rather than the satnav."),
    ("tail", "Copyright in the sensor data stays with the school, which will publish it openly."),
    # French
    ("head", "Partagez vos relevés, demande la station, pour compléter la carte des pluies."),
    ("body", "Lire la carte des crues n'est pas simple, reconnaît le maire."),
    ("tail", "Tous droits de pêche sont suspendus sur la rivière jusqu'à la décrue."),
    # German
    ("head", "Anmelden können sich Schulklassen noch bis zum 15. Januar beim Umweltamt."),
    ("body", "Kommentare der Anwohner zur neuen Öffnungszeit fielen gemischt aus."),
    ("tail", "Teilen sich zwei Familien einen Baum, bekommt jede eine Patenurkunde."),
    # Italian
    ("head", "Pubblicità del Comune e volantini hanno annunciato la giornata di pulizia."),
    ("body", "Condividere i dati dei sensori è stato deciso all'unanimità dal consiglio."),
    ("tail", "Seguici, hanno detto i volontari ai ragazzi, e vi mostriamo dove nidificano le tartarughe."),
    # Polish
    ("body", "Reklama na przystankach zachęca do korzystania z punktu zbiórki w soboty."),
    ("tail", "Udostępnianie pomiarów z czujników szkoła uzgodniła z gminą."),
    # Russian
    ("head", "Подписаться на оповещения о паводке жители могут в администрации посёлка."),
    ("tail", "Комментируя прогноз, синоптик напомнил о заморозках на почве."),
]


HELD_OUT_94_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-cressingmoor-floodwarning": _page("en", "en-portal-cressingmoor-floodwarning", [
        ["-Cressingmoor Herald | News · Sport · What's On · Jobs"],
        ["+Flood warning issued for the River Skelding as homes near Tanyard Lane are told to prepare"],
        ["-By Imogen Sallowby, Environment Reporter",
         "-Published 4 December 2026, 07:12 · Updated 11:40",
         "-🔊 Listen to this story"],
        ["-LIVE: Follow our rolling updates on the weather across the county"],
        ["-Sandbags stacked outside the fire station on Tanyard Lane on Thursday morning. Picture: Cressingmoor "
         "Herald"],
        ["-Most read: Bin collections moved for Christmas week"],
        ["+The Environment Agency has issued a flood warning for the River Skelding at Cressingmoor, where the "
         "water is expected to peak late on Friday after two days of heavy rain on the hills."],
        ["-Sponsored content"],
        ["-Wilson & Crabtree Roofing – storm damage repairs, free quotes: 00000 000000"],
        ["+Around 140 homes and a dozen businesses between Tanyard Lane and the old gasworks site are in the "
         "warning area, the agency said, and people there should move valuables upstairs and keep medicines to hand."],
        ["-RELATED: How to check if your home is at risk of flooding"],
        ['+"The river is already higher than at any point last winter, and it is still rising," said Colin '
         "Ferrabee, the agency's duty officer for the area. \"If you live in the warning zone, please act now rather "
         'than wait for the water."'],
        ["-Sign up for the Herald's free breaking-news alerts"],
        ["+What residents should do now"],
        ["+Collect sandbags from the fire station yard on Tanyard Lane, open until 8pm tonight.",
         "-Chart: river levels at the Millbeck footbridge gauge since Monday",
         "+Move cars away from the riverside car park, which will close at 6pm on Friday.",
         "+Register for free phone alerts on the agency's Floodline, 0000 000 0000."],
        ["-Promoted"],
        ["-Home insurance from £9 a month – compare quotes in minutes"],
        ["+A rest centre will open in the church hall on Priory Street if anyone has to leave their home overnight, "
         "the council said."],
        ["-Read more: Council to review drainage on the Millbeck estate"],
        ["+The agency expects the warning to stay in place until at least Sunday morning."],
        ["-2 comments"],
        ["-Rhianna K.",
         "-Stay safe everyone, the lane was already under water at 10."],
        ["-↳ Pete from Millbeck",
         "-The footbridge is shut too, use the Station Road crossing."],
    ]),
    "en-blog-propolisandporridge-winterhives": _page("en", "en-blog-propolisandporridge-winterhives", [
        ["-Propolis and Porridge",
         "-Home · About · The Apiary · Honey for Sale"],
        ["+Hefting the hives in December: how I check winter stores without opening the boxes"],
        ["-Posted on 3 December 2026 by Marguerite",
         "-Filed under: Winter, Hive Management"],
        ["+Every December I walk round the apiary and lift the back of each hive a few centimetres, just enough to "
         "feel how heavy it is."],
        ["+Hefting, as beekeepers call it, tells you roughly how much honey the colony has left without letting the "
         "cold in, which matters more than anything once the cluster has formed."],
        ["-In this post",
         "-Lifting the back of the box",
         "-This winter's three colonies",
         "-Fondant or not?"],
        ['+My old mentor put it simply: "If it feels like lifting a full suitcase, leave them be. If it feels like '
         'an empty one, feed them."'],
        ["-Photo: the hive tool and the luggage scale I borrowed from the kitchen."],
        ["+How the three colonies felt this year"],
        ["-This post contains affiliate links; I may earn a small commission at no cost to you."],
        ["+The Long Hive by the hedge felt heavy on both sides, so I left it alone.",
         "+Hive two, the swarm I caught in June, was light at the back and got a block of fondant."],
        ["-The fondant I use (affiliate link)"],
        ["+Hive three was somewhere in between, so I will heft it again after Christmas."],
        ["-Want my printable winter checklist? Join 2,000 beekeepers on the mailing list."],
        ["+None of this replaces a proper look in March, but it has saved me two colonies in five winters."],
        ["+Next time: cleaning and storing the frames from the supers I took off in August."],
        ["-2 Comments"],
        ["-Bryony W. says:",
         "-December 3, 2026 at 9:14 pm",
         "-Do you worry about the bees being disturbed when you lift?"],
        ["-Marguerite says:",
         "-Not really – a slow lift with no knock does no harm."],
        ["-↳ Bryony W. says:",
         "-Good to know, thank you!"],
    ]),
    "fr-portail-vaumerlac-canicule": _page("fr", "fr-portail-vaumerlac-canicule", [
        ["-Vaumerlac Actu",
         "-Accueil | Faits divers | Vie locale | Sports | Agenda",
         "-Météo : 36 °C à Vaumerlac"],
        ["+Canicule : la salle des fêtes de Vaumerlac devient un espace rafraîchi ouvert à tous"],
        ["-Par Solène Achard",
         "-Publié le 12 juillet 2026 à 8h05, mis à jour à 10h30",
         "-Lecture 2 min"],
        ["-La salle des fêtes, climatisée depuis 2024, peut accueillir soixante personnes. Photo Vaumerlac Actu"],
        ["-Abonnez-vous à notre lettre d'information quotidienne"],
        ["+Face à la vague de chaleur annoncée jusqu'à dimanche, la mairie de Vaumerlac ouvre dès ce mardi la salle "
         "des fêtes aux habitants qui souffrent de la chaleur chez eux."],
        ["-Annonce"],
        ["+La salle sera ouverte de 11 heures à 19 heures, avec de l'eau fraîche, des fauteuils et un coin pour les "
         "enfants, et des bénévoles de la Croix-Rouge passeront chaque après-midi."],
        ["-Écouter cet article"],
        ["+« Les personnes âgées qui vivent seules sous les toits sont les plus exposées, et beaucoup n'osent pas "
         "demander de l'aide », explique l'adjointe aux solidarités, Hélène Maréchaux."],
        ["-À lire aussi : Sécheresse, les arrêtés de restriction d'eau prolongés"],
        ["-Vigilance orange canicule : suivez l'évolution de la carte en direct"],
        ["+Les conseils de la mairie"],
        ["+Boire de l'eau régulièrement, sans attendre d'avoir soif."],
        ["-Climatiseur mobile à -30 % chez Vaumerlac Clim Services"],
        ["+Fermer volets et fenêtres dans la journée et aérer la nuit.",
         "+Appeler le registre canicule de la mairie au 00 00 00 00 00 pour signaler une personne isolée."],
        ["+Une navette gratuite partira de la place du Marché toutes les heures pour ceux qui ne peuvent pas venir "
         "à pied."],
        ["-Voir aussi : notre carte des fontaines à eau potable"],
        ["+La mairie n'exclut pas de prolonger l'ouverture si la chaleur dure la semaine prochaine."],
        ["-Mots-clés : canicule, solidarité, Vaumerlac"],
        ["-Réagissez (2)"],
        ["-Josette_V",
         "-Très bonne idée, mon voisin de 90 ans va y aller."],
        ["-Gaby38",
         "-Et pour ceux qui travaillent, il faudrait ouvrir le soir."],
    ]),
    "fr-blog-pagaieetbrume-moirandelle-aube": _page("fr", "fr-blog-pagaieetbrume-moirandelle-aube", [
        ["-Pagaie et Brume – carnet de rando en kayak"],
        ["+Trois heures sur la Moirandelle avant le lever du soleil"],
        ["-Publié le 28 septembre 2026",
         "-Catégories : Sorties, Rivières"],
        ["-Sommaire",
         "-1. Mise à l'eau",
         "-2. Les rapides du moulin",
         "-3. Mon matériel"],
        ["+Je voulais voir la brume se lever sur la Moirandelle depuis l'eau, alors j'ai mis le kayak à l'eau sous "
         "le pont de Lussaret à 5 h 40, à la frontale."],
        ["+Le débit était bas pour la saison, ce qui rend les rapides du vieux moulin plus techniques : il faut "
         "lire les veines d'eau entre les cailloux."],
        ["-Le gilet que je porte est dans ma boutique partenaire (lien affilié)."],
        ["+Un pêcheur sur la berge m'a lancé : « Vous êtes le premier bateau que je vois ici depuis juin ! », avant "
         "de me montrer le passage à gauche de l'île."],
        ["-La brume sur la Moirandelle à 6 h 20, juste avant le premier rapide."],
        ["+Ce que j'emporte pour une sortie à l'aube"],
        ["+Une frontale étanche et une lampe flash fixée sur le pont arrière.",
         "+Une couche polaire sous la veste, car l'eau reste froide même en septembre."],
        ["-Espace partenaire",
         "-Stage eaux vives 2 jours – encore 3 places en octobre"],
        ["+Un thermos de café et de quoi grignoter à la sortie de l'eau."],
        ["+Je suis sorti de l'eau à 8 h 45 à la base de Lussaret, les mains gelées mais ravi."],
        ["+La prochaine fois, je tenterai la même descente en pleine lune, si la météo le permet."],
        ["-Partager cet article"],
        ["-2 commentaires"],
        ["-Romain B. · 29 septembre 2026",
         "-Superbe ! Tu avais prévenu quelqu'un de ton itinéraire ?"],
        ["-Pagaie et Brume (auteur)",
         "-Oui, toujours, ma sœur avait l'heure de sortie prévue."],
        ["-↪ Romain B.",
         "-Bonne habitude, je note."],
        ["-Article précédent : Bivouac au bord du lac"],
    ]),
    "de-portal-hollmerstedt-baumpflanzung": _page("de", "de-portal-hollmerstedt-baumpflanzung", [
        ["-Hollmerstedter Kreisbote"],
        ["-Startseite › Lokales › Hollmerstedt"],
        ["+800 junge Bäume für den Stadtwald: Hollmerstedt sucht Helfer für die große Pflanzaktion"],
        ["-Von Karin Wessolek",
         "-04.12.2026, 06:30 Uhr",
         "-Artikel anhören",
         "-Merken"],
        ["+Am Samstag, 12. Dezember, sollen im Stadtwald an der Kuhweide 800 junge Eichen, Hainbuchen und Elsbeeren "
         "gepflanzt werden, wo vor zwei Jahren der Borkenkäfer die Fichten vernichtet hat."],
        ["-Anzeige"],
        ["-Kaminholz trocken, ofenfertig – Lieferung im Umkreis von 30 km"],
        ["+Die Stadt stellt Spaten, Handschuhe und Setzlinge, die Helfer sollten feste Schuhe und wetterfeste "
         "Kleidung mitbringen, teilt das Umweltamt mit."],
        ["-Lesen Sie auch: Bürgerwald-Projekt geht in die zweite Runde"],
        ["+„Wir wollen einen Mischwald, der mit trockenen Sommern besser zurechtkommt als die Fichte“, sagt "
         "Revierförster Malte Gerdingk."],
        ["-Förster Malte Gerdingk zeigt, wie tief das Pflanzloch sein muss. Foto: Kreisbote"],
        ["+So läuft der Pflanztag ab"],
        ["-Auch interessant: Neue Streuobstwiese am Friedhof angelegt"],
        ["+Treffpunkt ist um 9 Uhr am Wanderparkplatz Kuhweide.",
         "+Nach einer kurzen Einweisung pflanzen Gruppen von fünf Leuten je eine Fläche."],
        ["-Karte: Anfahrt zum Wanderparkplatz Kuhweide"],
        ["+Gegen 13 Uhr gibt es Erbsensuppe vom Förderverein der Feuerwehr."],
        ["-Newsletter: Das Wichtigste aus Hollmerstedt jeden Morgen ins Postfach"],
        ["+Eine Anmeldung ist nicht nötig, Kinder sind in Begleitung Erwachsener willkommen."],
        ["+Bei Sturm wird die Aktion auf den 19. Dezember verschoben."],
        ["-Schlagworte: Umwelt, Wald, Ehrenamt"],
        ["-2 Kommentare"],
        ["-Eichelhäher_71",
         "-Super Sache, wir kommen mit der ganzen Familie."],
        ["-Ingrid P.",
         "-Und wer gießt die Bäume im Sommer?"],
        ["-↳ Hollmerstedter Kreisbote: Laut Umweltamt übernimmt das der Förderverein."],
    ]),
    "de-blog-taupunktamgartenzaun-regenmesser": _page("de", "de-blog-taupunktamgartenzaun-regenmesser", [
        ["-Taupunkt am Gartenzaun"],
        ["+Neuer Standort für den Regenmesser: warum meine Niederschlagswerte jahrelang zu niedrig waren"],
        ["-3. Dezember 2026 · von Ansgar",
         "-Kategorie: Messtechnik"],
        ["-Inhaltsverzeichnis",
         "-Das Problem mit der Hecke",
         "-Der Umzug",
         "-Vergleich mit dem Nachbarort"],
        ["+Seit 2019 steht meine kleine Wetterstation im Garten, und seit 2019 wundere ich mich, warum mein "
         "Regenmesser immer etwas weniger misst als die Station im Nachbarort."],
        ["+Die Antwort stand die ganze Zeit daneben: die Thujahecke, die inzwischen fast drei Meter hoch ist und "
         "bei Westwind einen Teil des Regens abfängt."],
        ["-Bild: der alte Standort, links die Hecke, rechts der Kompost."],
        ["+Ein Bekannter vom Wetterverein meinte trocken: „Regenmesser gehören aufs freie Feld, nicht in die "
         "Rabatte.“ Er hatte recht."],
        ["+Was ich beim Umzug beachtet habe"],
        ["+Der Abstand zu Hindernissen sollte mindestens doppelt so groß sein wie deren Höhe."],
        ["-Anzeige",
         "-Funk-Wetterstation mit Solarpanel – jetzt 20 % günstiger"],
        ["+Die Auffangöffnung sitzt jetzt genau einen Meter über dem Boden.",
         "+Den Sockel habe ich mit einer Wasserwaage ausgerichtet und einbetoniert."],
        ["-Die Links zu den Produkten sind Affiliate-Links."],
        ["-Der neue Standort mitten auf der Wiese, mit Blick nach Westen."],
        ["+Im November lag mein Wert zum ersten Mal fast gleichauf mit dem Nachbarort: 71 statt 73 Liter pro "
         "Quadratmeter."],
        ["+Im nächsten Beitrag geht es um den Temperaturfühler und die Strahlungshütte."],
        ["-Kommentare (3)"],
        ["-Wolkenguckerin",
         "-Endlich jemand, der das mit den Hecken erklärt!"],
        ["-Ansgar",
         "-Danke! Bei mir hat es fünf Jahre gedauert."],
        ["-↳ Wolkenguckerin",
         "-Fünf Jahre sind nichts, ich messe seit zwanzig 😄"],
        ["-Theme: Hestia von ThemeIsle"],
    ]),
    "it-portale-roccaverbena-isola-ecologica": _page("it", "it-portale-roccaverbena-isola-ecologica", [
        ["-Notizie di Roccaverbena",
         "-Cronaca · Politica · Sport · Eventi · Necrologie",
         "-Cerca nel sito"],
        ["+Isola ecologica di via dei Mulini, dal 1° gennaio cambiano gli orari di apertura"],
        ["-di Davide Brusamolin",
         "-4 dicembre 2026"],
        ["-L'ingresso dell'isola ecologica di via dei Mulini."],
        ["-Iscriviti al canale WhatsApp di Notizie di Roccaverbena"],
        ["+Dal 1° gennaio l'isola ecologica di via dei Mulini sarà aperta anche il sabato pomeriggio, ma chiuderà "
         "il lunedì, ha annunciato il Comune di Roccaverbena."],
        ["-Spazio pubblicitario"],
        ["+Il nuovo orario nasce da un'indagine tra i cittadini: quasi due residenti su tre hanno detto di non "
         "riuscire a portare i rifiuti ingombranti nei giorni feriali."],
        ["-Leggi anche: Raccolta differenziata, Roccaverbena sfiora il 78 per cento",
         "-Leggi anche: Nuovi cassonetti con la tessera in centro"],
        ["+«Chi lavora tutta la settimana ci chiedeva il sabato, e il lunedì era il giorno con meno accessi», "
         "spiega l'assessora all'ambiente Rosella Vianzoli."],
        ["+I nuovi orari"],
        ["-Traslochi e sgomberi Fratelli Cavedagna – preventivi gratuiti"],
        ["+Dal martedì al venerdì dalle 8 alle 12 e dalle 14 alle 17.",
         "+Il sabato dalle 8 alle 17, con orario continuato.",
         "+La domenica e il lunedì l'isola ecologica resterà chiusa."],
        ["-Il volantino con i nuovi orari in formato PDF"],
        ["+Per i rifiuti ingombranti resta attivo il ritiro a domicilio su prenotazione, una volta al mese."],
        ["-Hai una segnalazione? Scrivi alla redazione su WhatsApp"],
        ["+Gli operatori ricordano di portare la tessera sanitaria per l'accesso."],
        ["-Commenti"],
        ["-Franco_RV",
         "-Finalmente il sabato!"],
        ["-↳ Lella",
         "-Sì, ma il lunedì chiuso è scomodo per i commercianti."],
        ["-↳↳ Franco_RV",
         "-Per loro c'è il ritiro a domicilio, Lella."],
    ]),
    "it-blog-lamelleeluce-funghi-pioggia": _page("it", "it-blog-lamelleeluce-funghi-pioggia", [
        ["-Lamelle e Luce",
         "-fotografia di funghi nei boschi dell'Appennino"],
        ["+Fotografare i funghi sotto la pioggia: tre trucchi che uso da anni"],
        ["-Pubblicato il 22 ottobre 2026 da Ornella",
         "-Categoria: Tecnica"],
        ["-Indice dei contenuti",
         "-1. Il punto di ripresa",
         "-2. La luce",
         "-3. Proteggere l'attrezzatura"],
        ["+Con la pioggia i colori del bosco diventano più saturi e i cappelli dei funghi brillano, ma la "
         "fotocamera soffre e la luce cala in fretta."],
        ["+Sabato scorso, nel faggeto sopra il paese, ho trovato una colonia di Mycena appena spuntata su un tronco "
         "caduto e ci ho passato due ore."],
        ["-Mycena su tronco di faggio, f/8, 1/4 s, ISO 400."],
        ["+Un cercatore che passava mi ha chiesto: «Ma li fotografa e basta? Non li raccoglie?» Gli ho risposto che "
         "quelli non si mangiano, si guardano."],
        ["-Il mio treppiede da macro è in offerta su Amazon (link affiliato)."],
        ["+I miei tre trucchi"],
        ["+Un ombrello da golf legato al treppiede tiene asciutti obiettivo e soggetto."],
        ["-La stessa Mycena con l'ombrello bianco come diffusore."],
        ["+Un piccolo pannello LED a luce calda, tenuto basso, riporta il colore sotto le lamelle."],
        ["-Annuncio"],
        ["+Sacchetti di gel di silice nella borsa asciugano l'umidità della giornata."],
        ["+Alla fine il bosco era buio alle cinque, ma avevo già le foto che cercavo."],
        ["+Nel prossimo articolo vi porto sui prati d'alta quota a cercare le prataiole."],
        ["-Tag: macro, funghi, pioggia"],
        ["-2 commenti"],
        ["-Dario_F",
         "-Che meraviglia la seconda foto! Che obiettivo usi?"],
        ["-Ornella",
         "-Un 100 mm macro, niente di speciale."],
        ["-↳ Dario_F",
         "-Grazie, ci provo anche io."],
    ]),
    "pl-portal-mewiszewo-sprzatanie-plazy": _page("pl", "pl-portal-mewiszewo-sprzatanie-plazy", [
        ["-Głos Mewiszewa",
         "-Wiadomości | Sport | Kultura | Ogłoszenia"],
        ["+Dwieście osób sprzątało plażę w Mewiszewie. Zebrali ponad tonę śmieci"],
        ["-Oprac. Paulina Skrobisz",
         "-4 grudnia 2026, 14:20"],
        ["-Wolontariusze z workami przy wejściu nr 12 na plażę."],
        ["-Czytaj także: Zimowe sztormy zabrały część wydm"],
        ["-Obserwuj nas w Google News"],
        ["+W sobotę około dwustu wolontariuszy przeszło czterokilometrowy odcinek plaży między wejściem nr 9 a "
         "ujściem Strugi, zbierając śmieci wyrzucone przez jesienne sztormy."],
        ["-Materiał reklamowy"],
        ["+Najwięcej było plastikowych butelek, sieci rybackich i niedopałków, ale wolontariusze znaleźli też "
         "oponę, lodówkę turystyczną i dwa kapoki."],
        ["+– Zebraliśmy 1140 kilogramów odpadów, to o jedną trzecią więcej niż rok temu – mówi koordynatorka akcji "
         "Jadwiga Mroczkiewicz z miejscowego koła Ligi Ochrony Przyrody."],
        ["-Kwatery prywatne nad morzem – tel. 000 000 000"],
        ["-Zobacz galerię zdjęć z akcji (24)"],
        ["+Co znaleziono na plaży"],
        ["+Ponad 3 tysiące niedopałków, zebranych do osobnych słoików."],
        ["-Wykres: odpady zebrane w latach 2022–2026"],
        ["+Około 400 plastikowych butelek i puszek.",
         "+Fragmenty sieci rybackich o łącznej długości ok. 60 metrów."],
        ["-Sonda: Czy byłbyś gotów posprzątać plażę? Tak / Nie"],
        ["+Gmina zapowiada, że przy każdym wejściu na plażę stanie kosz do segregacji."],
        ["+Kolejna akcja sprzątania odbędzie się wiosną, po sezonie sztormów."],
        ["-Komentarze (2)"],
        ["-Gość: bałtyk_marek",
         "-Brawo dla wolontariuszy! Byłem, następnym razem weźmiemy dzieci."],
        ["-Gość: Ewa z Mewiszewa",
         "-A kiedy gmina w końcu zrobi coś z zejściem nr 12?"],
        ["-↳ Gość: bałtyk_marek",
         "-Podobno w przyszłym roku, obiecywali na sesji."],
        ["-© Głos Mewiszewa 2026"],
    ]),
    "pl-blog-wioslemitermosem-skrzelnica-listopad": _page("pl", "pl-blog-wioslemitermosem-skrzelnica-listopad", [
        ["-Wiosłem i Termosem"],
        ["+Spływ Skrzelnicą w listopadzie: dwa dni, jeden nocleg i minus trzy rano"],
        ["-opublikowano 21 listopada 2026",
         "-autor: Kuba",
         "-Kategorie: Spływy, Zima"],
        ["-Spis treści",
         "-Dzień pierwszy",
         "-Biwak",
         "-Dzień drugi"],
        ["+Listopadowy spływ to zupełnie inna rzeka: nie ma wypożyczalni, nie ma tłumów, a na zakrętach tylko "
         "czaple i zimorodki."],
        ["+Wystartowaliśmy we dwójkę w sobotę o dziewiątej spod starego młyna, z zapasem suchych ubrań w workach "
         "wodoszczelnych."],
        ["+Wieczorem przy ognisku Tomek stwierdził: „Gdyby nie termos z herbatą z sokiem malinowym, zawróciłbym po "
         "trzech kilometrach”."],
        ["-Nasz obóz na łące przy zakolu, tuż przed zmierzchem."],
        ["+Czego nauczył nas ten spływ"],
        ["+Neoprenowe rękawiczki to podstawa, zwykłe przemakają po godzinie."],
        ["-Wpis nie jest sponsorowany, sprzęt kupiliśmy sami."],
        ["-Przy zwalonym drzewie trzeba było przenosić kajaki brzegiem."],
        ["+Dzień jest krótki: ostatnie kilometry płynęliśmy już z czołówkami.",
         "+Przed wypłynięciem warto zostawić komuś plan trasy i godzinę powrotu."],
        ["+Drugiego dnia rano na kajakach był szron, ale za to mgła nad wodą wynagrodziła wszystko."],
        ["-Zapisz się na newsletter, a dostaniesz listę rzeczy na zimowy spływ."],
        ["+Następny wpis: jak suszymy sprzęt po spływie w bloku bez balkonu."],
        ["-Podziel się: Facebook · Messenger"],
        ["-3 komentarze"],
        ["-Marta_kajak",
         "-Minus trzy? Szacun. Jaki śpiwór?"],
        ["-Kuba",
         "-Puchowy, komfort do minus pięciu, i było w sam raz."],
        ["-↳ Marta_kajak",
         "-To biorę taki na marcowy spływ."],
    ]),
    "ru-portal-tumanogorsk-datchiki-vozdukha": _page("ru", "ru-portal-tumanogorsk-datchiki-vozdukha", [
        ["-Туманогорские новости",
         "-16+",
         "-Главная / Город / Экология"],
        ["+В Туманогорске заработала сеть из 30 датчиков качества воздуха"],
        ["-Автор: Анастасия Лыкова",
         "-4 декабря 2026, 10:15",
         "-👁 1 250"],
        ["-Датчик на фасаде школы № 3 на улице Заводской. Фото: пресс-служба администрации"],
        ["+На домах, школах и остановках Туманогорска установили 30 датчиков, которые каждые десять минут измеряют "
         "содержание мелкой пыли в воздухе."],
        ["-Реклама",
         "-Натяжные потолки за один день — звоните 0-000-000-00-00"],
        ["+Данные выводятся на открытую карту, где любой житель может посмотреть, чем дышит его район, а при "
         "превышении нормы точка на карте становится красной."],
        ["-Читайте также: Котельную на Заводской переведут на газ"],
        ["+«Жалоб на дым зимой было много, но доказать что-то без измерений было невозможно», — говорит "
         "руководитель проекта, эколог Вадим Северцев."],
        ["+Где стоят датчики"],
        ["-Карта датчиков: смотреть на сайте проекта"],
        ["+Двенадцать приборов установлены у школ и детских садов.",
         "+Восемь — вдоль объездной дороги, где ходят грузовики."],
        ["-Подписывайтесь на наш канал в Telegram"],
        ["+Остальные десять распределены по жилым кварталам частного сектора."],
        ["-Подписка на газету — от 90 рублей в месяц"],
        ["+Первые данные показали, что хуже всего воздух по вечерам в частном секторе, где топят печи."],
        ["+Администрация обещает опубликовать первый отчёт весной."],
        ["-Комментарии (3)"],
        ["-Олег",
         "-А у нас на Лесной датчика нет, хотя дым каждый вечер."],
        ["-↳ Туманогорские новости",
         "-Олег, по словам администрации, на Лесной датчик появится в январе."],
        ["-↳↳ Олег",
         "-Спасибо, будем ждать."],
    ]),
    "ru-blog-barometrnadache-pervyi-sneg": _page("ru", "ru-blog-barometrnadache-pervyi-sneg", [
        ["-Барометр на даче"],
        ["+Первый снег на даче: что показала самодельная метеостанция"],
        ["-1 декабря 2026",
         "-Рубрика: Наблюдения"],
        ["-Содержание",
         "-Как падала температура",
         "-Скачок давления",
         "-Высота покрова"],
        ["+В ночь на субботу на даче выпал первый снег, и моя метеостанция на Arduino впервые пережила настоящую "
         "зиму."],
        ["+Датчик температуры в самодельной будке из пластиковых тарелок показал минус шесть, а на стекле машины "
         "было минус девять."],
        ["-Будка с датчиком на столбе за сараем, утро субботы."],
        ["+Сосед, глядя на мои графики, сказал: «Я и без проводов знал, что похолодает, — колено ныло с четверга»."],
        ["-Схема подключения датчиков — в отдельной статье."],
        ["+Что я понял за эти выходные"],
        ["+Будку надо ставить выше: её наполовину засыпало."],
        ["-Ссылки на датчики на Алиэкспрессе — партнёрские."],
        ["+Датчик давления работает отлично и заранее показал приход циклона.",
         "+Питание от аккумулятора на морозе садится вдвое быстрее."],
        ["-График давления с пятницы по воскресенье."],
        ["+К весне хочу добавить ультразвуковой датчик высоты снежного покрова."],
        ["+Если у кого-то есть опыт с такими датчиками, расскажите в комментариях."],
        ["-Метки: метеостанция, Arduino, зима"],
        ["-2 комментария"],
        ["-Сергей_М",
         "-Колено соседа — самый надёжный прибор 😄"],
        ["-Барометр на даче (автор)",
         "-Согласен, но оно не пишет в базу данных."],
        ["-↳ Сергей_М",
         "-Справедливо!"],
        ["-Работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "This is a 4-minute read.": "an English reading-time sentence ('This is a 4-minute read.') is left at the head",
    "Written by Perpetua Lisle. Fact-checked by Owain Garrow.":
        "an English written-by and fact-checked-by byline ('Written by Perpetua Lisle. Fact-checked by Owain "
        "Garrow.') is left at the head",
    "Getting your Trinity Audio player ready...":
        "an English audio-player loading residue ('Getting your Trinity Audio player ready...') is left in the body",
    "Comments are limited to 1,500 characters and may be edited for length.":
        "an English comment-length rule ('Comments are limited to 1,500 characters and may be edited for length.') "
        "is left at the foot",
    "Want to join the discussion? Feel free to contribute!":
        "an English comment-form invitation ('Want to join the discussion? Feel free to contribute!') is left at the "
        "foot",
    "De notre correspondant local, Gaëtan Pérouze":
        "a French local-correspondent byline ('De notre correspondant local, Gaëtan Pérouze') is left at the head",
    "Widget meteo a cura di 3bmeteo":
        "an Italian weather-widget credit ('Widget meteo a cura di 3bmeteo') is left in the body",
    "Se vuoi offrirmi un caffè, trovi il link a PayPal qui accanto.":
        "an Italian blog's PayPal plug ('Se vuoi offrirmi un caffè, trovi il link a PayPal qui accanto.') is left at "
        "the foot",
    "Трансляция завершена": "a Russian ended-live-stream embed residue ('Трансляция завершена') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-cressingmoor-floodwarning":
        "the regional portal's flood-warning story keeps its site name and menu row ('Cressingmoor Herald | News · "
        "Sport · What's On · Jobs') above the title (1 of 20 noise lines)",
    "fr-portail-vaumerlac-canicule":
        "the regional portal's heatwave story keeps its weather-alert link ('Vigilance orange canicule : suivez "
        "l'évolution de la carte en direct') between the paragraph with the quote and the subheading and its "
        "air-conditioner ad ('Climatiseur mobile à -30 % chez Vaumerlac Clim Services') between the first and second "
        "list rows (2 of 20 noise lines)",
    "fr-blog-pagaieetbrume-moirandelle-aube":
        "the kayaking blog's dawn-paddle post keeps its blog name and tagline ('Pagaie et Brume – carnet de rando en "
        "kayak') above the title, its photo caption ('La brume sur la Moirandelle à 6 h 20, juste avant le premier "
        "rapide.') between the paragraph with the quote and the subheading and its course ad ('Stage eaux vives 2 "
        "jours – encore 3 places en octobre') between the second and third list rows (3 of 20 noise lines)",
    "de-portal-hollmerstedt-baumpflanzung":
        "the regional portal's tree-planting story keeps its firewood ad ('Kaminholz trocken, ofenfertig – "
        "Lieferung im Umkreis von 30 km') between the first and second paragraphs (1 of 20 noise lines)",
    "de-blog-taupunktamgartenzaun-regenmesser":
        "the weather-station blog's rain-gauge post keeps its photo captions ('Bild: der alte Standort, links die "
        "Hecke, rechts der Kompost.' between the second paragraph and the paragraph with the quote, 'Der neue "
        "Standort mitten auf der Wiese, mit Blick nach Westen.' between the last list row and the last paragraphs) "
        "(2 of 20 noise lines)",
    "it-portale-roccaverbena-isola-ecologica":
        "the regional portal's recycling-centre story keeps its photo caption ('L'ingresso dell'isola ecologica di "
        "via dei Mulini.') under the title and its flyer link ('Il volantino con i nuovi orari in formato PDF') "
        "between the last list row and the last paragraphs (2 of 20 noise lines)",
    "it-blog-lamelleeluce-funghi-pioggia":
        "the mushroom-photography blog's rain post keeps its photo captions ('Mycena su tronco di faggio, f/8, 1/4 "
        "s, ISO 400.' between the second paragraph and the paragraph with the quote, 'La stessa Mycena con "
        "l'ombrello bianco come diffusore.' between the first and second list rows) (2 of 20 noise lines)",
    "pl-portal-mewiszewo-sprzatanie-plazy":
        "the regional portal's beach clean-up story keeps its photo caption ('Wolontariusze z workami przy wejściu "
        "nr 12 na plażę.') under the title and its lodging ad ('Kwatery prywatne nad morzem – tel. 000 000 000') "
        "between the paragraph with the quote and the subheading (2 of 20 noise lines)",
    "pl-blog-wioslemitermosem-skrzelnica-listopad":
        "the kayaking blog's November-trip post keeps its photo caption ('Nasz obóz na łące przy zakolu, tuż przed "
        "zmierzchem.') between the paragraph with the quote and the subheading and its portage caption ('Przy "
        "zwalonym drzewie trzeba było przenosić kajaki brzegiem.') between the first and second list rows (2 of 20 "
        "noise lines)",
    "ru-portal-tumanogorsk-datchiki-vozdukha":
        "the regional portal's air-quality sensor story keeps its map link ('Карта датчиков: смотреть на сайте "
        "проекта') between the subheading and the first list row and its newspaper-subscription ad ('Подписка на "
        "газету — от 90 рублей в месяц') between the last list row and the last paragraphs (2 of 20 noise lines)",
    "ru-blog-barometrnadache-pervyi-sneg":
        "the weather-station blog's first-snow post keeps its photo caption ('Будка с датчиком на столбе за сараем, "
        "утро субботы.') between the second paragraph and the paragraph with the quote, its wiring-diagram note "
        "('Схема подключения датчиков — в отдельной статье.') between the paragraph with the quote and the "
        "subheading and its chart caption ('График давления с пятницы по воскресенье.') between the last list row "
        "and the last paragraphs (3 of 20 noise lines)",
}


test_held_out_94_line, test_held_out_94_line_is_kept, test_held_out_94_page = held_out_tests(
    HELD_OUT_94_LINES, HELD_OUT_94_KEEP, HELD_OUT_94_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
