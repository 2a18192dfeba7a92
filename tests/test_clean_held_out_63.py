"""Held-out set 63: written blind, weighted toward the noise the cleaner exists for, in shapes set 62's
docstring does not name: scraper, ad and embed markers (a Google Publisher Tag script leftover
"googletag.cmd.push(function() { googletag.display('div-gpt-ad-...'); });", an English republished-from-
The-Conversation-under-a-Creative-Commons-license credit, the feed-reader placeholder "[embedded content]",
the English "Story continues below advertisement", a French "Publicité - Continuez la lecture ci-dessous",
a German dpa-infocom agency code "© dpa-infocom, dpa:...", the Italian Instagram embed fallback
"Visualizza questo post su Instagram", a Polish based-on-a-press-release credit and a Russian Instagram
embed leftover "Публикация от ... (@...) 4 Мар 2026 в 10:12 PST"); date, reading-time and listening
headers in new shapes (an English "Updated 10:12 AM EST, Wed March 4, 2026", an English
"Published in <publication> · 9 min read · 4 days ago", a French published-on, updated-on row, a German
"Stand: 04.03.2026 10:12 Uhr", an Italian "Ascolta l'articolo · 4 min" audio row, a Polish
"Aktualizacja: ... · Publikacja: ..." row and a Russian date, time and view-count row); bylines and
self-promotion (an English about-the-author box with a newsletter, an English free-PDF-guide-for-your-email
lead magnet, an English listen-to-my-podcast plug, a French I-also-run-online-writing-workshops plug, a
German more-of-me-in-my-podcast plug, an Italian "L'autrice: ..." author box, a Polish sign-up-to-my-
newsletter plug and a Russian local-historian-runs-a-Telegram-channel author line); blog footers (an
English "Site built with Hugo and hosted on Netlify" copyright row, the StudioPress-like "Copyright © 2026
· Genesis Framework · WordPress · Log in", the French SPIP footer "Site propulsé par SPIP | Plan du site |
Mentions légales | Espace privé", the German Joomla! free-software line, the Italian Webnode create-your-
free-site credit, a Polish all-rights-reserved-no-copying row and the Russian "Сайт создан в системе
uCoz"); reader-comment furniture (the Disqus enable-JavaScript line, the Drupal "Log in or register to
post comments", an English comment sort row, a French you-must-be-logged-in-to-comment line, a German
your-comment-is-published-after-review line, an Italian "12 commenti · Aggiungi il tuo", a Polish
see-all-comments link and the Russian uCoz only-registered-users-may-comment line); share rows (an English
Mastodon, Bluesky, Reddit, copy-link row, a German "Jetzt teilen: ..." row and a Polish row with Wykop);
and notices (a French paywall "Il vous reste 64 % de cet article à lire ...", the Italian images-taken-
from-the-Internet disclaimer and a Russian select-the-typo-and-press-Ctrl+Enter line); and toward whole
scraped news and opinion pages in layouts sets 58 to 62 did not use (a town paper's columnist on evening
bus cuts, a walling apprentice's blog essay on a static-site blog, a regional news portal's story on a
level crossing's closure, a chess club's simultaneous exhibition, a regional portal's wind-farm
referendum result, an allotment association's centenary, a local paper's opinion column on a car park,
a pro loco's donkey palio results, a regional portal's station-renovation story, a preserves blog's essay
on pickling cucumbers, a regional portal's ferry-crossing story and a ski club's marathon results).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under
src/), the development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py,
tests/site_batches*.py, tests/site_template_reviewed.py, tests/test_site_batches.py,
tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of held-out sets
10 to 62), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output. Read were: the
docstring of held-out set 62 up to its first round paragraph, its imports, its ``_page`` helper and its
tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring`` cut at the first paragraph starting "Still
held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments, and the
file from the ``_marks`` line to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value;
and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 62's with 62 -> 63.
Nothing below was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s63 at commit ce146c0ce70be8d5eff6bb823449d268763142de, main's HEAD when the
worktree was made) and every failing case is marked as a strict xfail whose reason describes the line or
page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
draft was executed from a scratch folder (/tmp/s63) with stand-ins for ``noisy_corpus`` and
``test_clean`` (a copy of ``page_from_blocks`` and dummies; no case was run through the cleaner) that
counted the lines by language, category and place, checked each page's layout (six noise lines, title,
two noise lines, first paragraph, two noise lines, quote paragraph, subheading and rows, two noise lines,
last paragraphs, eight noise lines) and checked that no page noise line repeats on its page, is a
substring of an article line of its page or overlaps a line of ``HELD_OUT_63_LINES``. It flagged the
French page line "Publicité" as a substring of the French line "Publicité - Continuez la lecture
ci-dessous" (reworded "Espace publicitaire"), before the measurement. "Ответить" (a reply link) stands on
both Russian pages, once on each, which the check allows. (3) At my first step main's HEAD read
1bb6f063b7fd418164501b1023f8eddb7ec8dad5 (``git rev-parse HEAD`` and ``git status --short``, which
printed nothing; the same step listed the file names of tests/ matching
"held_out", not their contents); when I read it again just before the measurement it had moved to
ce146c0ce70be8d5eff6bb823449d268763142de (another helper's commit; not looked at) and the measurement is
against the latter. ``git worktree add`` printed, as git does, the subject line of the commit it checks
out (an attribution gold-set commit); it was seen only after the lists were finished and changed nothing
in them. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary,
so no tracebacks were seen; the problems were then read out once with ``_problems`` in the frozen
worktree by a script that ran it on every line, keep line and page of this set and printed the problems
of the failing ones, to write the xfail reasons. (5) Invented place names were checked, before the
measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Vernouillac, Sainte-Aulnaie,
Wiesbrunnstedt, Castelvinaro, Poggiolento, Wrzosołęka, Ольхоборск, Северолесск and the handle
kedrovy_log had no hits; Lindquellen occurs only inside longer German words (Blindquellen), Oxhallow only
in a list of fictional town names in a game, Scarrowdale only in an example sentence about an invented
parish, Tarrowby only as a fictional carrier in test data and inside identifiers, and "The Quiet Ledger"
only as a design motto, a fictional book title and a game item; "Сосновый Кряж" (considered for a
village) occurs as a fictional lookout and was not used, nor was "Kamionka Szara" (Kamionka is the
name of many real Polish villages). Not checked, generic or invented at sight: Croix-Baudet, rond-point
des Tanneurs, Hoher Rain, Am Mühlgraben, piazza del Mercato, via Garibaldi, via delle Mura, the chiesa
di San Rocco, Quarry Road, Mill Lane, Lowgate, Лысая гора and ул. Лесная (generic names real places
also carry); the papers, portals, blogs, clubs and firms (The Oxhallow Standard, Harcott Motors, Stone &
Slope, Field Notes from Tarrowby, Slow Lanes, Margins & Footnotes, Vernouillac Actu, Garage Lestrade,
Cercle d'échecs de Sainte-Aulnaie, Kreisanzeiger Wiesbrunnstedt, Hellwig Energietechnik, Gegenwind Hoher
Rain, Feldrand, KGV Am Mühlgraben, La Voce di Castelvinaro, Farmacia Bellandi, Terra e tavola, Pro Loco
Poggiolento, Cantina Ferrante, Forno Lenzi, Autoservizi Belmonte, Wrzosołęka24.pl, Okna Wrzos-Bud,
Z piwnicy i spiżarni, «Ольхоборск Сегодня», «Кедровый лог», «Старые улицы», «Колесо», «Снежная тропа»,
«Лыжня-Спорт») and the people are invented; «Колесо», «Снежная тропа» and «Старые улицы» are common
enough that real businesses or channels may carry them. (6) Some lines name real things, as
real pages do: Google Publisher Tag (googletag), The Conversation and Creative Commons, Hugo, Netlify,
Eleventy, Codeberg, the Genesis Framework, WordPress, Disqus, Drupal's comment wording, Apple Podcasts,
Spotify, Mastodon, Bluesky, Reddit, CC BY-NC 4.0, SNCF Réseau, SPIP, the FFE (as "Club affilié FFE n°
00000"), association loi 1901 and SIRET, dpa-infocom, Joomla! and the GNU General Public License,
WhatsApp, Facebook, Instagram, Telegram, Webnode, Pinterest, Google News, Wykop, Blogger's Atom feed
wording, X, ВКонтакте, uCoz, the Gravensteiner apple, the Italian Reg. Trib., C.F. and P.IVA and the
Russian media registration mark; registry, registration and street numbers are zero-filled. No real
person is named. (7) Set 62's docstring names its own shapes and the earlier sets' page layouts only, so
some lines may repeat shapes of sets before 62 that I could not check; in particular the Disqus
enable-JavaScript line, "Log in or register to post comments", "Story continues below advertisement" and
the Instagram embed fallbacks are common enough that an earlier set may have used them. Close to shapes
set 62 named: the German and English podcast plugs and the Russian Telegram-channel author line are
self-promotion like its Instagram/YouTube and Dzen plugs, through another medium; the English and Italian
author boxes are bylines like its plugs, in a biography shape; the Genesis row is a theme-and-platform
footer like its WordPress-theme credit, in another wording; the German and Polish share rows are share
rows like its "Teilen mit:" row, with another label. (8) My first step's clock reading was 2026-12-03
15:48:22 UTC. (9) After committing, ``git log -1 --format='%H %s'`` printed my own commit's hash
and subject, to report them; no other commit was read.

Judgement calls: the keep lines opening with "Source of most of the flooding", "Comments from
residents", "Visit any of the three libraries", "Share of households", "Listen to this:", "Published in
1911", "Story after story", "Publicité mensongère", "Mis à jour en 2019", "Réagir vite", "Stand der
Bauarbeiten", "Anzeige erstattet", "Impressum und Datenschutz", "Fonte di preoccupazione", "Ascoltare i
commercianti", "Commenti positivi", "Źródło problemu", "Komentarze radnych", "Источник финансирования"
and "Реклама на фасадах" are article sentences. The script, embed, republished-from, agency-code,
continue-after-the-ad and press-release lines are counted as markers; updated, published-in-with-read-
time, published/updated, "Stand:", listen-to-the-article and date-and-views rows as reading-time lines;
author boxes, guide, podcast, workshop, newsletter and Telegram-channel plugs as bylines; platform,
framework, CMS, site-builder and copyright rows as footers; the Disqus, Drupal, sort, logged-in, review,
comment-count and registered-users lines as comments; the share rows as share; the paywall, image-rights
and typo-report lines as notices. On every page the title, the first paragraph, the paragraph with the
quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and
two last paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines a
page: six lines above the title, two under it, two between the first paragraph and the paragraph with
the quote, two between the list rows and the last paragraphs, eight at the foot); in particular site
names and taglines, menus, log-in, subscribe and account lines, weather, date, exchange-rate, age-mark,
font-size, language and dark-mode lines, breadcrumbs, ad labels and ads, alert and traffic lines, author,
date, update, category and view-count lines, most-read, read-also, related, more-on-this and you-might-
also-like links, newsletter, Telegram, Google News and follow prompts, membership, fee, entry-fee,
booklet, hire, tenancy-form, programme and lesson lines, polls, galleries, sponsors and partners' news,
tags, share rows, comment headings, commenter rows, comment texts, reply, report and write-a-comment
links, column-schedule, opinion-disclaimer and was-this-useful lines, registry, address, legal,
licence, copyright, platform and cookie lines, older-post and back-to-top links are noise. The rows:
en-columnist-evening-buses "Who I met on the late buses", en-blog-essay-drystone-wall "The wall in
numbers", fr-passage-a-niveau-fermeture "Le calendrier des travaux" (three rows),
fr-club-echecs-simultanee "Le bilan de l'après-midi", de-windpark-buergerentscheid "Das Ergebnis in
Zahlen", de-kleingartenverein-jubilaeum "Aus der Chronik", it-rubrica-parcheggi-centro "Che cosa c'è oggi
in piazza del Mercato" (three rows), it-palio-somari-proloco "L'ordine di arrivo",
pl-remont-dworca-portal "Remont w liczbach", pl-blog-esej-kiszenie "Co wkładam do garnka" (three rows),
ru-paromnaya-pereprava-portal "Расписание парома" and ru-lyzhnyi-marafon-klub "Победители" (three rows),
the others with four rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 7, byline 8, footer 7, comments 8, share 3, notice 3;
by language en 15 (marker 4, reading-time 2, byline 3, footer 2, comments 3, share 1), fr 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice
1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1) and ru 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2,
ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-columnist-evening-buses (a town paper's opinion column on the end of evening bus runs, with a
comment), en-blog-essay-drystone-wall (a walling apprentice's essay on a static-site personal blog, with
a comment), fr-passage-a-niveau-fermeture (a regional news portal's story on a level crossing closing),
fr-club-echecs-simultanee (a chess club's site on a simultaneous exhibition at the media library, with a
comment), de-windpark-buergerentscheid (a regional news portal's story on a wind-farm referendum),
de-kleingartenverein-jubilaeum (an allotment association's site on its centenary, with a comment),
it-rubrica-parcheggi-centro (a local paper's opinion column against a multi-storey car park, with a
comment), it-palio-somari-proloco (a pro loco's site on a village donkey palio), pl-remont-dworca-portal
(a regional news portal's story on a renovated railway station, with a comment), pl-blog-esej-kiszenie
(a preserves blog's essay on pickling cucumbers in a stone crock, with a comment),
ru-paromnaya-pereprava-portal (a regional news portal's story on a river ferry opening early, with a
comment) and ru-lyzhnyi-marafon-klub (a ski club's site on its cross-country marathon, with a comment);
every page holds a title, a subheading with list rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit ce146c0ce70be8d5eff6bb823449d268763142de, measured with ``cd
/tmp/wt-s63 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s63/src python -m pytest -q
tests/test_clean_held_out_63.py -rA -p no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s63 &&
PYTHONPATH=/tmp/wt-s63/src python scripts/clean_held_out_report.py --sets 63`` (noise lines removed 33/45,
article lines kept 20/20, pages clean 2/12, page noise lines left 24 of 240), with the xfail tables
empty): noise lines removed 33/45 (marker 5/9, reading-time 7/7, byline 4/8, footer 5/7, comments 7/8,
share 3/3, notice 2/3; missed, all kept as paragraphs: the English
"googletag.cmd.push(function() { googletag.display('div-gpt-ad-1700000000000-0'); });", "[embedded
content]", "Grab my free guide, 10 Habits of Calm Freelancers (PDF) — just pop your email in the box
below." and "Listen to my podcast, Margins & Footnotes, on Apple Podcasts, Spotify or wherever you get
your podcasts.", the German "Mehr von mir gibt's in meinem Podcast „Feldrand“ – überall, wo es Podcasts
gibt." and "Joomla! ist freie Software, veröffentlicht unter der GNU General Public License.", the
Italian "L'autrice: Ornella Vascheri, agronoma e divulgatrice, cura dal 2019 la rubrica «Terra e
tavola»." and "Le immagini pubblicate sono in parte tratte da Internet: se ne violano i diritti,
scriveteci e saranno rimosse.", the Polish "Tekst powstał na podstawie informacji prasowej nadesłanej do
redakcji." and the Russian "Публикация от Кедровый лог (@kedrovy_log) 4 Мар 2026 в 10:12 PST", "Сайт
создан в системе uCoz" and "Добавлять комментарии могут только зарегистрированные пользователи. [
Регистрация | Вход ]"); keep lines kept 20/20; pages 2/12 clean (fr-passage-a-niveau-fermeture and
pl-remont-dworca-portal), 24 of 240 page noise lines left and 6 of 120 article lines lost:
en-columnist-evening-buses 2 left ("Most read: Pothole claims hit record high on Quarry Road" and
"Letters: have your say on the bus cuts — email letters@oxhallow-standard.example");
en-blog-essay-drystone-wall 2 left ("Subscribe by email to get new essays when they go up" and "Previous
in this series: Learning to read a hillside") and 2 lost (its last paragraphs "I am slower than I was in
October, and I think that is the point." and "When the last cope stones went on in February, ...");
fr-club-echecs-simultanee 2 left ("Adhésion 2025-2026 : 45 € adultes, 25 € jeunes — bulletin à
télécharger" and "Cours pour débutants le mercredi à 17 h : renseignements au club");
de-windpark-buergerentscheid 2 left ("Kreisanzeiger-Newsletter: Die wichtigsten Nachrichten aus der
Region jeden Morgen" and "Anzeige: Solaranlage fürs eigene Dach? Jetzt Angebot von Hellwig
Energietechnik anfordern"); de-kleingartenverein-jubilaeum 7 left ("Jetzt Pächter werden: Aufnahmeantrag
(PDF, 120 KB)", "Termine: Arbeitseinsatz am 27. Juni, 9 Uhr", "Die Festschrift ist im Vereinsheim für 8
Euro erhältlich.", "Bildergalerie Sommerfest", "Ein Kommentar", "Horst K. schrieb am 15.06.2026:" and
"Schönes Fest, danke an alle Helfer!"); it-rubrica-parcheggi-centro 2 left ("Ricevi La Voce di
Castelvinaro su Telegram" and "Sondaggio: sei favorevole al parcheggio multipiano? Vota");
it-palio-somari-proloco 3 left ("Il programma completo della festa di fine estate (PDF)", "Dove
mangiare: stand gastronomico aperto fino a mezzanotte" and "Sponsor del palio: Cantina Ferrante, Forno
Lenzi, Autoservizi Belmonte") and 4 lost (its list rows "1° Contrada del Pozzo", "2° Contrada della
Torre", "3° Contrada del Borgo" and "4° Contrada della Fonte"); pl-blog-esej-kiszenie 1 left ("Przepis
na ogórki kiszone krok po kroku znajdziesz tutaj"); ru-paromnaya-pereprava-portal 1 left ("Новости
партнёров"); ru-lyzhnyi-marafon-klub 2 left ("Стартовый взнос на следующий сезон — 800 рублей, оплата
онлайн" and "Прокат лыж и ботинок: ул. Лесная, 0"). Of the left page lines none stands above the title
or under it, thirteen stand between the first paragraph and the paragraph with the quote, eight between
the list rows and the last paragraphs and three at the foot (the allotment page's comment heading,
commenter row and comment text). The failing cases are strict xfails.

Still held out after round 60 (development on set 61; measured once with ``python
scripts/clean_held_out_report.py --sets 63`` and ``pytest tests/test_clean_held_out_63.py`` on this set
rebased onto main with round 60, 2026-12-03): identical to the baseline (33/45, 20/20, 2/12 clean, 24 of
240 page noise lines left, 6 of 120 article lines lost). No case changed.

Round 61 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 63`` and ``pytest tests/test_clean_held_out_63.py`` at 2991fe8
(before) and the round's last commit on branch round61 (after): noise lines 33 -> 40/45 (marker 5 -> 8/9,
reading-time 7/7, byline 4 -> 6/8, footer 5 -> 6/7, comments 7 -> 8/8, share 3/3, notice 2/3), keep lines 20 ->
20/20, pages 2 -> 2/12 clean, page noise lines left 24 -> 23 of 240 (it-rubrica-parcheggi-centro's
news-on-Telegram line), article lines lost 6 -> 0 of 120 (en-blog-essay-drystone-wall's two last paragraphs and
it-palio-somari-proloco's four finishing-order rows are kept); pytest 55 passed, 22 xfailed -> 62 passed, 15
xfailed. The mechanisms (set 63's losses): the degree sign as the ordinal of a ranking's rows ("1° Contrada del
Pozzo" over "2° ...") read as a weather widget's temperature; rows counting up from 1 in a run of three or more
are kept now (_keep_ordinal_rankings). The blog essay's body was cut at its tags, which stood between its
subheading's rows and its two last paragraphs; a body cut there on the last row of its own subheading's block
now crosses the tags to the sentences right under them, as _extend_down already did when it met the block
itself, with block rows up to 14 words and a row with "I" and a finite verb ("Stones I had to take out and set
again: too many to count") no widget's cue. As line classes in six languages: an ad or tracking tag's script left in the text ("(adsbygoogle =
window.adsbygoogle || []).push({});", "googletag.cmd.push(...)", "window.dataLayer = ...", gtag, fbq, _paq; gated
by their names); the first publication elsewhere with the adverb before or after the participle ("initialement
publié sur", "originariamente pubblicato su", "opublikowany pierwotnie na", "опубликована впервые в", "erschienen
zuerst im", "first published on"); a reprint credit opening with its participle and the leave right after it
("Übernommen mit freundlicher Genehmigung", "Used with permission of", "Repris avec l'aimable autorisation",
"Ripreso per gentile concessione", "Przedrukowano za zgodą", "Заимствовано с разрешения"); the site's design and
build as a label ("Projekt i wykonanie strony:", "Conception et réalisation du site :", "Webdesign und Umsetzung:",
"Progettazione e realizzazione del sito:", "Site design and build:", "Дизайн и разработка сайта:"); a reading-time
row with the word count ("3 marzo 2026 · 4 min di lettura · 812 parole"); a site platform named as a system
("Сайт создан в системе uCoz", "Strona stworzona w systemie Joomla!"); the writer's own podcast wherever one gets
podcasts; a feed reader's bracketed embed placeholder ("[embedded content]", "[contenu intégré]", ...); only
registered users may comment, with the register and log-in links after it; an Instagram embed's caption with the
handle and the Pacific time ("Публикация от X (@x) 4 Мар 2026 в 10:12 PST", "A post shared by X (@x) on ...");
and on the pages a call to get the site's news on a messenger ("Ricevi le notizie di X su WhatsApp", "Получайте
новости X в Telegram"; gated, no full stop). Left: the free-PDF-guide plug, the Joomla! free-software
footer, the Italian about-the-author box and images-from-the-Internet disclaimer, the Polish
based-on-a-press-release credit (5 lines), and 23 page lines (each page's xfail names them). Elsewhere: set 47
fr-archive-direct 2 -> 1 left, set 53 en-blood-donation-appeal 2 -> 1 left (reasons reworded), set 62 (above);
no article line lost anywhere.

After round 63 (development on set 65; measured with ``python scripts/clean_held_out_report.py --sets 63``):
noise lines 40/45 and keep lines 20/20 as before; pages 2 -> 3/12 clean, page noise lines left 23 -> 21 of 240
(en-columnist-evening-buses loses its most-read link between the paragraphs, it-rubrica-parcheggi-centro its poll
line after the list rows, clean now, its xfail removed), none of 120 article lines lost.

After round 64 (development on sets 66 and 68; measured with ``python scripts/clean_held_out_report.py --sets
63``): noise lines 40/45 and keep lines 20/20 as before; pages 3/12 clean, page noise lines left 21 -> 20 of 240
(de-windpark-buergerentscheid loses its newsletter prompt between the paragraphs), none of 120 article lines
lost.

After round 66 (measured once with ``scripts/clean_held_out_report.py --sets 63``): noise lines 40/45 and keep lines
20/20 (unchanged), pages clean 3 -> 4/12 and page noise lines left 20 -> 19 of 240 (de-windpark-buergerentscheid is
clean), article lines lost 0 of 120; pytest 63 passed, 14 xfailed -> 64 passed, 13 xfailed.

Round 71: pl-blog-esej-kiszenie clean (pages clean 4/12 -> 5/12, page noise lines left 19 -> 18 of 240): its
step-by-step-recipe link, the first line of a block over a widget the rules took between two paragraphs, goes under the
bare-caption rule's reason (noise, though no caption).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_63_LINES = [
    # English (15)
    ("body", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1700000000000-0'); });", "marker"),
    ("tail", "This article is republished from The Conversation under a Creative Commons license. Read the original article.", "marker"),
    ("body", "[embedded content]", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Updated 10:12 AM EST, Wed March 4, 2026", "reading-time"),
    ("head", "Published in The Quiet Ledger · 9 min read · 4 days ago", "reading-time"),
    ("tail", "About the author: Marla Quenby writes about towns, buses and the people who run them. Her newsletter, Slow Lanes, goes out every Sunday.", "byline"),
    ("tail", "Grab my free guide, 10 Habits of Calm Freelancers (PDF) — just pop your email in the box below.", "byline"),
    ("tail", "Listen to my podcast, Margins & Footnotes, on Apple Podcasts, Spotify or wherever you get your podcasts.", "byline"),
    ("tail", "© 2026 Field Notes from Tarrowby. Site built with Hugo and hosted on Netlify.", "footer"),
    ("tail", "Copyright © 2026 · Genesis Framework · WordPress · Log in", "footer"),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("tail", "Log in or register to post comments", "comments"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Share on Mastodon · Bluesky · Reddit · Copy link", "share"),
    # French (6)
    ("body", "Publicité - Continuez la lecture ci-dessous", "marker"),
    ("head", "Publié le 3 mars 2026 à 18h40, mis à jour le 4 mars 2026 à 10h12", "reading-time"),
    ("tail", "J'anime aussi des ateliers d'écriture en ligne : toutes les dates et inscriptions sont sur mon site.", "byline"),
    ("tail", "Site propulsé par SPIP | Plan du site | Mentions légales | Espace privé", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("tail", "Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    # German (6)
    ("tail", "© dpa-infocom, dpa:260304-99-000000/2", "marker"),
    ("head", "Stand: 04.03.2026 10:12 Uhr", "reading-time"),
    ("tail", "Mehr von mir gibt's in meinem Podcast „Feldrand“ – überall, wo es Podcasts gibt.", "byline"),
    ("tail", "Joomla! ist freie Software, veröffentlicht unter der GNU General Public License.", "footer"),
    ("tail", "Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.", "comments"),
    ("tail", "Jetzt teilen: WhatsApp | Facebook | E-Mail | Link kopieren", "share"),
    # Italian (6)
    ("body", "Visualizza questo post su Instagram", "marker"),
    ("head", "Ascolta l'articolo · 4 min", "reading-time"),
    ("tail", "L'autrice: Ornella Vascheri, agronoma e divulgatrice, cura dal 2019 la rubrica «Terra e tavola».", "byline"),
    ("tail", "Crea il tuo sito web gratis! Questo sito è stato creato con Webnode.", "footer"),
    ("tail", "12 commenti · Aggiungi il tuo", "comments"),
    ("tail", "Le immagini pubblicate sono in parte tratte da Internet: se ne violano i diritti, scriveteci e saranno rimosse.", "notice"),
    # Polish (6)
    ("tail", "Tekst powstał na podstawie informacji prasowej nadesłanej do redakcji.", "marker"),
    ("head", "Aktualizacja: 04.03.2026 10:12 · Publikacja: 03.03.2026 18:40", "reading-time"),
    ("tail", "Zapisz się na mój newsletter – w każdy piątek jeden tekst o mieście, zero spamu.", "byline"),
    ("tail", "© 2026 Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody autora zabronione.", "footer"),
    ("tail", "Zobacz wszystkie komentarze (27)", "comments"),
    ("tail", "Udostępnij: Facebook · X · Wykop · Skopiuj link", "share"),
    # Russian (6)
    ("body", "Публикация от Кедровый лог (@kedrovy_log) 4 Мар 2026 в 10:12 PST", "marker"),
    ("head", "04.03.2026, 10:12 · 1 254 просмотра", "reading-time"),
    ("tail", "Автор — краевед, ведёт Telegram-канал «Старые улицы». Подписывайтесь!", "byline"),
    ("tail", "Сайт создан в системе uCoz", "footer"),
    ("tail", "Добавлять комментарии могут только зарегистрированные пользователи. [ Регистрация | Вход ]", "comments"),
    ("tail", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "notice"),
]

HELD_OUT_63_KEEP = [
    # English (7)
    ("body", "Source of most of the flooding, the culvert under Mill Lane was last widened in 1962."),
    ("body", "Comments from residents at the consultation ran to more than 300 pages, the council said."),
    ("head", "Visit any of the three libraries on a Saturday and you will find a queue before the doors open."),
    ("body", "Share of households paying the top rate of council tax rose to 14 per cent this year."),
    ("body", "Listen to this: the committee spent forty minutes debating the colour of a bench."),
    ("tail", "Published in 1911, the original survey map still hangs in the parish office."),
    ("body", "Story after story from tenants described the same damp in the same corner of the same flats."),
    # French (3)
    ("body", "Publicité mensongère : c'est le grief retenu par le tribunal contre le promoteur."),
    ("body", "Mis à jour en 2019, le plan de prévention des inondations ne tient pas compte de la nouvelle digue."),
    ("tail", "Réagir vite était la consigne donnée aux pompiers volontaires pendant les crues de janvier."),
    # German (3)
    ("body", "Stand der Bauarbeiten ist laut Bauamt, dass die Brücke im Herbst wieder befahrbar sein soll."),
    ("body", "Anzeige erstattet hat inzwischen auch der Pächter des Kiosks am Bahnhof."),
    ("tail", "Impressum und Datenschutz seien für einen Kleingartenverein eine Zumutung, klagt der Vorsitzende."),
    # Italian (3)
    ("body", "Fonte di preoccupazione resta la frana sopra la provinciale, monitorata dal 2021."),
    ("body", "Ascoltare i commercianti è stato il primo passo del nuovo assessore al traffico."),
    ("tail", "Commenti positivi sono arrivati anche dalle associazioni dei pendolari."),
    # Polish (2)
    ("body", "Źródło problemu leży, zdaniem ekspertów, w starej sieci kanalizacyjnej pod rynkiem."),
    ("tail", "Komentarze radnych opozycji były tym razem wyjątkowo zgodne."),
    # Russian (2)
    ("body", "Источник финансирования ремонта школы до сих пор не определён."),
    ("tail", "Реклама на фасадах исторических зданий будет запрещена с июля, решили депутаты."),
]


HELD_OUT_63_PAGES = dict([
    ("en-columnist-evening-buses", _page("en", "en-columnist-evening-buses", [
        ["-The Oxhallow Standard",
         "-News | Sport | Opinion | Letters | Family Notices | Jobs",
         "-Subscribe from £1 a week",
         "-Tuesday 3 March 2026 · Oxhallow 7°C, light rain",
         "-Opinion › Columnists › Nadine Crewe",
         "-ADVERTISEMENT: Harcott Motors spring sale — 0% finance on selected models"],
        ["+If the last bus leaves at seven, so do the young people of this town"],
        ["-Nadine Crewe, Columnist",
         "-Published 3 March 2026 · Updated 4 March 2026"],
        ["+The county's decision to end the evening runs of the 42 and 44 routes from April is being sold as a tidy saving of £310,000 a year, but nobody at County Hall seems to have asked who is actually on those buses after dark."],
        ["-Most read: Pothole claims hit record high on Quarry Road",
         "-Get the Oxhallow Standard morning briefing straight to your inbox"],
        ["+I spent three evenings riding them. \"Without the 21.15 I would have to give up the care-home shift,\" a nursing assistant told me as we waited in the shelter by the market cross, \"and there are four of us on it most nights.\""],
        ["+Who I met on the late buses"],
        ["+Monday: 23 passengers, 9 of them travelling to or from work",
         "+Wednesday: 31 passengers, including a student choir back from rehearsal",
         "+Friday: 47 passengers, the busiest run of the week",
         "+Every night: at least one wheelchair user on the 44"],
        ["-Related: Councillors split over rural transport budget",
         "-Letters: have your say on the bus cuts — email letters@oxhallow-standard.example"],
        ["+Savings have to come from somewhere, and I do not envy the cabinet member who must find them."],
        ["+But a town that cannot get its teenagers home from a part-time job, or its carers to a night shift, is quietly deciding who gets to stay here, and that deserves a proper vote rather than a footnote in a budget paper."],
        ["-Nadine Crewe's column appears every Tuesday.",
         "-Topics: Transport, County Council, Opinion",
         "-38 comments",
         "-Pete_from_Lowgate · 2 hours ago",
         "-Spot on. My lad walks two miles home from the leisure centre already.",
         "-Reply · Like (12)"],
        ["-© 2026 Oxhallow Standard Ltd. Registered in England No. 00000000.",
         "-Manage cookies · Privacy notice · Terms of use"],
    ])),
    ("en-blog-essay-drystone-wall", _page("en", "en-blog-essay-drystone-wall", [
        ["-Stone & Slope",
         "-notes from a walling apprentice in Scarrowdale",
         "-Home  Archive  Tags  About  RSS",
         "-Search this blog",
         "-Toggle dark mode",
         "-Posts / 2026 / March"],
        ["+What a fallen wall taught me about patience"],
        ["-March 8, 2026 · Essays, Walling",
         "-by Ewan Thirlby"],
        ["+Last October a forty-metre stretch of wall above the beck at Scarrowdale came down in a storm, and I spent most of the winter helping to rebuild it, one stone at a time."],
        ["-Subscribe by email to get new essays when they go up",
         "-Previous in this series: Learning to read a hillside"],
        ["+My teacher, a waller who has worked the valley for thirty years, told me on the first morning: \"Every stone has one right place, and your job is to stop arguing with it.\""],
        ["+The wall in numbers"],
        ["+Length rebuilt: 41 metres",
         "+Stone handled: roughly 60 tonnes",
         "+Days on the hill: 37",
         "+Stones I had to take out and set again: too many to count"],
        ["-If you liked this post you might also like: Winter light on the fells",
         "-Tags: drystone, winter, craft"],
        ["+I am slower than I was in October, and I think that is the point."],
        ["+When the last cope stones went on in February, I walked the length of it twice and could still tell which metres were mine, because they lean a little; my teacher says they will settle, and so, perhaps, will I."],
        ["-4 Comments",
         "-Mara H. — March 9, 2026 at 7:14 am",
         "-Beautiful. My grandad built walls like this in the fifties.",
         "-Reply ↓",
         "-Write a comment"],
        ["-← Older post  Newer post →",
         "-Licensed CC BY-NC 4.0 · Ewan Thirlby 2026",
         "-Made with Eleventy · Source on Codeberg"],
    ])),
    ("fr-passage-a-niveau-fermeture", _page("fr", "fr-passage-a-niveau-fermeture", [
        ["-Vernouillac Actu — l'info de votre territoire",
         "-Actualités · Faits divers · Sports · Agenda · Nécrologie · Annonces",
         "-Se connecter | S'abonner",
         "-Flash info : déviation au rond-point des Tanneurs jusqu'à vendredi",
         "-Accueil > Vernouillac > Transports",
         "-Espace publicitaire"],
        ["+Le passage à niveau de la Croix-Baudet fermé définitivement en juin"],
        ["-Par Romane Issartier",
         "-Le 5 mars 2026 à 07h30 · Lecture 3 min"],
        ["+SNCF Réseau et le département ont confirmé mardi la suppression du passage à niveau de la Croix-Baudet, sur la ligne entre Vernouillac et Sainte-Aulnaie, au profit d'un pont-route construit à trois cents mètres."],
        ["-À lire aussi : Trains supprimés ce week-end entre Vernouillac et la préfecture",
         "-Recevez gratuitement notre newsletter locale chaque matin"],
        ["+Les riverains du hameau redoutent un détour. « Pour aller à la boulangerie, on fera désormais quatre kilomètres au lieu de huit cents mètres », résume Gérard Mauvezin, qui a lancé une pétition."],
        ["+Le calendrier des travaux"],
        ["+Avril : déviation de la route départementale",
         "+Juin : fermeture du passage à niveau",
         "+Automne : ouverture du pont-route"],
        ["-Publicité – Garage Lestrade, entretien toutes marques à Vernouillac",
         "-Cet article vous a-t-il été utile ? Oui / Non"],
        ["+Le coût du chantier est estimé à 4,2 millions d'euros, financés à parts égales par l'État, la région et le département."],
        ["+La commune a obtenu qu'un chemin piéton soit maintenu le long de la voie ferrée."],
        ["+Une réunion publique est prévue le 19 mars à la salle des fêtes."],
        ["-Mots-clés : Vernouillac, SNCF, Transports, Travaux",
         "-Partager sur Facebook · Partager sur X · Envoyer par e-mail",
         "-Réagir à cet article (12 commentaires)",
         "-Les plus lus cette semaine"],
        ["-Vernouillac Actu, 00 rue des Halles – Contact – Annonces légales",
         "-© Vernouillac Actu 2026 – Tous droits réservés",
         "-Gérer mes cookies",
         "-Télécharger l'application Vernouillac Actu"],
    ])),
    ("fr-club-echecs-simultanee", _page("fr", "fr-club-echecs-simultanee", [
        ["-Cercle d'échecs de Sainte-Aulnaie",
         "-Accueil | Le club | Horaires | Compétitions | Résultats | Galerie | Contact",
         "-Club affilié FFE n° 00000",
         "-Prochain tournoi rapide : dimanche 22 mars, inscriptions ouvertes",
         "-Connexion adhérents",
         "-Vous êtes ici : Accueil › Actualités"],
        ["+Simultanée record à la médiathèque : 28 échiquiers face à une seule joueuse"],
        ["-Publié par le bureau le 2 mars 2026",
         "-Catégorie : Vie du club"],
        ["+Samedi après-midi, la médiathèque de Sainte-Aulnaie a accueilli la plus grande partie simultanée jamais organisée par le club, avec vingt-huit joueurs de 7 à 81 ans."],
        ["-Adhésion 2025-2026 : 45 € adultes, 25 € jeunes — bulletin à télécharger",
         "-Suivez le cercle sur Facebook"],
        ["+Face à eux, la meilleure joueuse du club, Anaïs Pelloquin, a tourné pendant plus de quatre heures. « Le plus dur, ce n'est pas de jouer, c'est de marcher », a-t-elle plaisanté après la dernière partie."],
        ["+Le bilan de l'après-midi"],
        ["+Victoires d'Anaïs : 24",
         "+Parties nulles : 3",
         "+Défaite : 1, face à Lucas, 12 ans",
         "+Durée totale : 4 h 10"],
        ["-Galerie photos de la simultanée (34 photos)",
         "-Cours pour débutants le mercredi à 17 h : renseignements au club"],
        ["+Lucas, qui joue au club depuis deux ans seulement, a gagné grâce à une fourchette de cavalier au trentième coup."],
        ["+Le club espère renouveler l'expérience à la rentrée, cette fois en plein air sur la place du marché."],
        ["-Commentaires (2)",
         "-Josiane B. – 3 mars 2026 à 09:12",
         "-Bravo à Lucas et merci à la médiathèque pour l'accueil !",
         "-Répondre",
         "-Ajouter un commentaire"],
        ["-Cercle d'échecs de Sainte-Aulnaie – association loi 1901 – SIRET 000 000 000 00000",
         "-Mentions légales | Plan du site | Politique de confidentialité",
         "-Haut de page ↑"],
    ])),
    ("de-windpark-buergerentscheid", _page("de", "de-windpark-buergerentscheid", [
        ["-Kreisanzeiger Wiesbrunnstedt",
         "-Lokales  Region  Sport  Kultur  Wirtschaft  Service",
         "-E-Paper | Abo | Anmelden",
         "-Verkehr: Ortsdurchfahrt Lindquellen bis Freitag gesperrt",
         "-Anzeige",
         "-Startseite › Lokales › Wiesbrunnstedt"],
        ["+Bürgerentscheid: Wiesbrunnstedt sagt knapp Ja zum Windpark am Hohen Rain"],
        ["-Von Jonas Brettschneider",
         "-09.03.2026, 18:45 Uhr"],
        ["+Mit 51,8 Prozent der abgegebenen Stimmen haben die Bürgerinnen und Bürger von Wiesbrunnstedt am Sonntag den Bau von sechs Windrädern auf dem Höhenzug Hoher Rain gebilligt."],
        ["-Auch interessant: Neue Radwege im Kreis – wo jetzt gebaut wird",
         "-Kreisanzeiger-Newsletter: Die wichtigsten Nachrichten aus der Region jeden Morgen"],
        ["+Die Wahlbeteiligung lag bei 63 Prozent, so hoch wie seit der Gemeindefusion nicht mehr. „Das Ergebnis ist knapp, aber es ist ein Auftrag“, sagte Bürgermeisterin Helga Dornbusch am Abend im Rathaus."],
        ["+Das Ergebnis in Zahlen"],
        ["+Ja-Stimmen: 2.214",
         "+Nein-Stimmen: 2.061",
         "+Ungültig: 38",
         "+Wahlbeteiligung: 63 Prozent"],
        ["-Anzeige: Solaranlage fürs eigene Dach? Jetzt Angebot von Hellwig Energietechnik anfordern",
         "-Mehr zum Thema: Windkraft im Kreis"],
        ["+Die Bürgerinitiative „Gegenwind Hoher Rain“ kündigte an, das Ergebnis zu akzeptieren, will aber im Genehmigungsverfahren auf strenge Auflagen für den Vogelschutz drängen."],
        ["+Der Projektentwickler rechnet mit dem Baubeginn frühestens im Sommer 2027."],
        ["-Schlagwörter: Wiesbrunnstedt, Windkraft, Bürgerentscheid",
         "-Artikel teilen: Facebook · WhatsApp · E-Mail",
         "-Kommentare (17)",
         "-Zum Kommentieren bitte anmelden oder registrieren.",
         "-Das könnte Sie auch interessieren"],
        ["-Impressum | Datenschutz | AGB | Kontakt | Mediadaten",
         "-© Kreisanzeiger Wiesbrunnstedt 2026",
         "-Datenschutz-Einstellungen"],
    ])),
    ("de-kleingartenverein-jubilaeum", _page("de", "de-kleingartenverein-jubilaeum", [
        ["-Kleingärtnerverein „Am Mühlgraben“ e. V. Lindquellen",
         "-Start · Verein · Gärten · Termine · Fachberatung · Kontakt",
         "-Freie Parzellen: Warteliste ist geöffnet",
         "-Mitgliederbereich",
         "-Sie sind hier: Start / Aktuelles",
         "-Schriftgröße: A A A"],
        ["+100 Jahre Kleingärten am Mühlgraben: Verein feiert mit Sommerfest und Chronik"],
        ["-Eingestellt von Vorstand am 14.06.2026",
         "-Kategorie: Vereinsleben"],
        ["+Seit 1926 wird am Mühlgraben in Lindquellen gegärtnert, und am Samstag feierte der Verein sein hundertjähriges Bestehen mit rund 400 Gästen auf der Festwiese."],
        ["-Jetzt Pächter werden: Aufnahmeantrag (PDF, 120 KB)",
         "-Termine: Arbeitseinsatz am 27. Juni, 9 Uhr"],
        ["+Die Vorsitzende Gerlinde Habermaas erinnerte an die Nachkriegszeit, als die Gärten ganze Familien ernährten. „Heute ernten hier Studenten neben Rentnern, und das ist gut so“, sagte sie."],
        ["+Aus der Chronik"],
        ["+1926: Gründung mit 34 Parzellen",
         "+1953: Bau des Vereinsheims",
         "+1998: Anschluss an die Wasserleitung",
         "+2026: 112 Parzellen, davon 9 Gemeinschaftsbeete"],
        ["-Die Festschrift ist im Vereinsheim für 8 Euro erhältlich.",
         "-Bildergalerie Sommerfest"],
        ["+Zum Jubiläum pflanzten die jüngsten Mitglieder einen Apfelbaum der alten Sorte Gravensteiner am Eingang der Anlage."],
        ["+Der Verein will im Herbst einen Lehrpfad zur Geschichte der Anlage eröffnen."],
        ["-Ein Kommentar",
         "-Horst K. schrieb am 15.06.2026:",
         "-Schönes Fest, danke an alle Helfer!",
         "-Antworten"],
        ["-Gartenordnung | Satzung | Impressum | Datenschutz",
         "-Mitglied im Landesverband der Gartenfreunde",
         "-© 2026 KGV Am Mühlgraben e. V. · Vereinsregister VR 0000",
         "-Nach oben"],
    ])),
    ("it-rubrica-parcheggi-centro", _page("it", "it-rubrica-parcheggi-centro", [
        ["-La Voce di Castelvinaro",
         "-Cronaca | Politica | Sport | Cultura | Opinioni | Necrologi",
         "-Abbonati · Accedi",
         "-Martedì 10 marzo 2026",
         "-PUBBLICITÀ",
         "-Opinioni › Il punto di Ottavia"],
        ["+Il centro storico non ha bisogno di più parcheggi, ma di più panchine"],
        ["-di Ottavia Ranzani",
         "-10 marzo 2026 – 11:05"],
        ["+Il progetto di un parcheggio multipiano in piazza del Mercato, presentato la settimana scorsa in consiglio comunale, promette 180 posti auto e nessuna sosta in doppia fila."],
        ["-Leggi anche: Zona a traffico limitato, i nuovi orari dal primo aprile",
         "-Ricevi La Voce di Castelvinaro su Telegram"],
        ["+Ho chiesto ai negozianti di via Garibaldi che cosa ne pensassero. «Chi arriva in macchina compra e scappa, chi arriva a piedi si ferma, chiacchiera e torna», mi ha detto la titolare di una merceria aperta dal 1958."],
        ["+Che cosa c'è oggi in piazza del Mercato"],
        ["+62 posti auto a pagamento",
         "+4 panchine, due delle quali rotte",
         "+Nessun albero"],
        ["-Pubblicità – Farmacia Bellandi, aperta anche la domenica mattina",
         "-Sondaggio: sei favorevole al parcheggio multipiano? Vota"],
        ["+Non sono contraria alle auto, ne guido una anch'io."],
        ["+Ma una piazza è il soggiorno di un paese, e nessuno arreda il soggiorno con un garage."],
        ["+Prima di votare, il consiglio dovrebbe passare un sabato mattina seduto su una di quelle quattro panchine."],
        ["-Le opinioni espresse in questa rubrica sono dell'autrice.",
         "-Tag: parcheggi, centro storico, consiglio comunale",
         "-Condividi su Facebook · WhatsApp · Email",
         "-Commenti (21)",
         "-Gianni_61 · 10 marzo alle 12:40 — Finalmente qualcuno lo dice.",
         "-Rispondi · Segnala"],
        ["-La Voce di Castelvinaro – Reg. Trib. n. 00/0000 – P.IVA 00000000000",
         "-Privacy · Cookie policy · Redazione"],
    ])),
    ("it-palio-somari-proloco", _page("it", "it-palio-somari-proloco", [
        ["-Pro Loco Poggiolento",
         "-Home | Chi siamo | Eventi | Prodotti tipici | Dove dormire | Contatti",
         "-Tesseramento 2026 aperto: 10 € a socio",
         "-IT | EN",
         "-Seguici su Facebook e Instagram",
         "-Sei in: Home › Eventi › Palio dei Somari"],
        ["+Palio dei Somari 2026: vince la contrada del Pozzo dopo tre anni di attesa"],
        ["-Pubblicato il 20 agosto 2026 da Redazione Pro Loco",
         "-Categoria: Eventi"],
        ["+Domenica pomeriggio, davanti a più di duemila spettatori lungo le mura di Poggiolento, la contrada del Pozzo ha conquistato il palio con l'asino Brunetto, guidato da Matteo Ferracuti."],
        ["-Il programma completo della festa di fine estate (PDF)",
         "-Dove mangiare: stand gastronomico aperto fino a mezzanotte"],
        ["+Il capitano della contrada non tratteneva le lacrime. «Brunetto si è fermato due volte, ma alla fine ha deciso lui di vincere», ha detto tra gli applausi."],
        ["+L'ordine di arrivo"],
        ["+1° Contrada del Pozzo",
         "+2° Contrada della Torre",
         "+3° Contrada del Borgo",
         "+4° Contrada della Fonte"],
        ["-Galleria fotografica: 58 immagini",
         "-Sponsor del palio: Cantina Ferrante, Forno Lenzi, Autoservizi Belmonte"],
        ["+Per la prima volta quest'anno un veterinario ha controllato ogni animale prima e dopo la corsa, come chiesto dalle associazioni animaliste."],
        ["+Il drappo, dipinto da un'artista del paese, resterà esposto nella chiesa di San Rocco fino alla prossima edizione."],
        ["-Condividi:",
         "-Articoli correlati",
         "-Sagra della castagna: le date di ottobre",
         "-Scrivi un commento"],
        ["-Pro Loco Poggiolento – C.F. 00000000000",
         "-Via delle Mura 0, Poggiolento",
         "-Tutti i diritti riservati © 2026",
         "-Questo sito utilizza cookie tecnici. Accetta"],
    ])),
    ("pl-remont-dworca-portal", _page("pl", "pl-remont-dworca-portal", [
        ["-Wrzosołęka24.pl – portal regionalny",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi | Pogoda",
         "-Zaloguj się | Załóż konto",
         "-Kursy walut: EUR 4,28 · USD 3,94",
         "-REKLAMA",
         "-Strona główna » Wiadomości » Transport"],
        ["+Dworzec kolejowy we Wrzosołęce po remoncie. Pierwsi podróżni w nowej poczekalni"],
        ["-Autor: Karolina Zdebiak",
         "-04.03.2026, 08:15 · aktualizacja 10:02"],
        ["+Po dwóch latach prac we wtorek otwarto dla podróżnych wyremontowany budynek dworca we Wrzosołęce, zbudowany w 1898 roku i od dekady niemal zupełnie pusty."],
        ["-Czytaj też: Nowy rozkład jazdy pociągów. Co się zmienia od marca?",
         "-Obserwuj nas w Google News"],
        ["+W środku są kasa biletowa, poczekalnia z ogrzewaniem, toalety i punkt informacji turystycznej. „Wreszcie nie trzeba czekać na pociąg na deszczu” – mówiła nam pani Halina, która codziennie dojeżdża do pracy w mieście wojewódzkim."],
        ["+Remont w liczbach"],
        ["+Koszt: 11,4 mln zł",
         "+Powierzchnia poczekalni: 180 m²",
         "+Nowe miejsca parkingowe: 46",
         "+Stojaki rowerowe: 30"],
        ["-REKLAMA: Okna Wrzos-Bud – montaż w 7 dni",
         "-Zobacz galerię zdjęć (24)"],
        ["+Na piętrze budynku gmina planuje urządzić klub seniora i salę dla organizacji pozarządowych."],
        ["+Kolej zapowiada, że od czerwca w godzinach szczytu pociągi będą zatrzymywać się tu co pół godziny."],
        ["-Tagi: dworzec, kolej, remont, Wrzosołęka",
         "-Komentarze (12)",
         "-Gość_jan · 2 godz. temu",
         "-A parking dalej płatny?",
         "-Odpowiedz · Zgłoś",
         "-Najczęściej czytane"],
        ["-© 2026 Wrzosołęka24.pl. Wszelkie prawa zastrzeżone.",
         "-Polityka prywatności · Regulamin · Kontakt z redakcją"],
    ])),
    ("pl-blog-esej-kiszenie", _page("pl", "pl-blog-esej-kiszenie", [
        ["-Z piwnicy i spiżarni",
         "-blog o domowych przetworach",
         "-Strona główna · Przepisy · O mnie · Współpraca · Kontakt",
         "-Szukaj na blogu…",
         "-Polub na Facebooku",
         "-Kategorie: Eseje, Kiszonki"],
        ["+Dlaczego wciąż kiszę ogórki w kamiennym garnku"],
        ["-Opublikowano: 12 sierpnia 2026 przez Marta",
         "-7 komentarzy"],
        ["+Co roku w sierpniu ktoś pyta mnie, po co tyle zachodu, skoro kiszone ogórki można kupić w każdym sklepie, i co roku odpowiadam trochę inaczej."],
        ["-Przepis na ogórki kiszone krok po kroku znajdziesz tutaj",
         "-Reklama Google"],
        ["+Kamienny garnek dostałam po babci, która powtarzała: „Ogórek musi mieć ciemno, chłodno i spokój, tak jak człowiek po pracy”. Długo myślałam, że to żart."],
        ["+Co wkładam do garnka"],
        ["+Ogórki gruntowe, najlepiej zerwane tego samego dnia",
         "+Koper z baldachami, czosnek i chrzan",
         "+Liście dębu lub wiśni"],
        ["-Może Cię zainteresować: Kapusta kiszona w wiadrze – poradnik",
         "-Udostępnij na Facebooku · Pinterest"],
        ["+Sklepowy ogórek jest w porządku, tylko że nie pachnie moją kuchnią."],
        ["+Kiszenie to dla mnie jedyny moment w roku, kiedy nic nie da się przyspieszyć."],
        ["+I może właśnie dlatego wracam do niego co sierpień."],
        ["-Komentarze",
         "-Ewa z Podlasia 13 sierpnia 2026 10:22",
         "-U mnie zawsze dodaje się jeszcze kawałek żytniego chleba!",
         "-Odpowiedz",
         "-Dodaj komentarz"],
        ["-Starszy post · Strona główna",
         "-Subskrybuj: Komentarze do posta (Atom)",
         "-Zgłoś nadużycie"],
    ])),
    ("ru-paromnaya-pereprava-portal", _page("ru", "ru-paromnaya-pereprava-portal", [
        ["-Ольхоборск Сегодня",
         "-Новости · Происшествия · Спорт · Культура · Афиша · Объявления",
         "-Войти | Регистрация",
         "-Погода в Ольхоборске: −4 °C, снег",
         "-16+",
         "-Главная / Новости / Транспорт"],
        ["+Паромную переправу в Ольхоборске запустят на месяц раньше срока"],
        ["-Автор: Дарина Кузьмичёва",
         "-05.03.2026 09:40 · 3 комментария"],
        ["+Паром между Ольхоборском и левобережными посёлками начнёт работу 10 апреля, на месяц раньше обычного: лёд на реке в этом году сошёл рано, сообщили в районной администрации."],
        ["-Читайте также: В Ольхоборске отремонтируют мост через овраг",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Для жителей левого берега переправа — единственная дорога к больнице и рынку. «Зимой мы ездим в объезд 70 километров, так что каждый день без парома — это деньги и время», — рассказала жительница одного из посёлков Антонина Верескова."],
        ["+Расписание парома"],
        ["+Первый рейс: 6:30",
         "+Последний рейс: 21:00",
         "+Интервал: каждые 40 минут",
         "+Стоимость: бесплатно для пешеходов, 150 рублей за легковой автомобиль"],
        ["-Реклама. Автосервис «Колесо» — шиномонтаж без очереди",
         "-Новости партнёров"],
        ["+В администрации добавили, что в этом сезоне на пароме установят новые спасательные плоты и камеры видеонаблюдения."],
        ["+Если уровень воды поднимется выше отметки в 5 метров, переправу временно закроют."],
        ["-Теги: паром, транспорт, Ольхоборск",
         "-Комментарии (3)",
         "-Сергей П. 05.03.2026 в 11:02",
         "-Наконец-то! Только бы цену не подняли.",
         "-Ответить"],
        ["-Сетевое издание «Ольхоборск Сегодня». Свидетельство о регистрации СМИ Эл № ФС00-00000",
         "-© 2026 Все права защищены",
         "-Сайт использует файлы cookie"],
    ])),
    ("ru-lyzhnyi-marafon-klub", _page("ru", "ru-lyzhnyi-marafon-klub", [
        ["-Лыжный клуб «Снежная тропа» · Северолесск",
         "-Главная | О клубе | Тренировки | Соревнования | Фото | Контакты",
         "-Запись в секцию на сезон 2026/27 открыта",
         "-Вход для членов клуба",
         "-Мы ВКонтакте",
         "-Главная → Новости → Соревнования"],
        ["+«Северолесская тридцатка» собрала рекордные 412 лыжников"],
        ["-Опубликовано: 16.02.2026",
         "-Просмотров: 384"],
        ["+В воскресенье на трассе у Лысой горы прошёл ежегодный лыжный марафон «Северолесская тридцатка», в котором приняли участие 412 спортсменов из девяти районов области."],
        ["-Стартовый взнос на следующий сезон — 800 рублей, оплата онлайн",
         "-Прокат лыж и ботинок: ул. Лесная, 0"],
        ["+Погода не подвела: минус восемь и солнце. «Трасса была как стекло, я прошла тридцатку на шесть минут быстрее, чем в прошлом году», — поделилась победительница в женском зачёте Ульяна Трофимцева."],
        ["+Победители"],
        ["+Мужчины: Глеб Сивоконев, 1:21:47",
         "+Женщины: Ульяна Трофимцева, 1:29:05",
         "+Ветераны 60+: Пётр Ясенев, 1:48:30"],
        ["-Полные протоколы (PDF)",
         "-Фотоотчёт: 120 фотографий"],
        ["+Самому юному участнику, Мирону, исполнилось двенадцать лет: он прошёл дистанцию в десять километров."],
        ["+Организаторы благодарят волонтёров, которые с ночи готовили трассу и пункты питания."],
        ["+Следующий марафон запланирован на 21 февраля 2027 года."],
        ["-Комментарии",
         "-Ирина_Л — 17.02.2026 в 08:15",
         "-Спасибо за праздник! Горячий чай на 20-м км — лучшее, что было.",
         "-Ответить"],
        ["-Партнёр забега: магазин «Лыжня-Спорт»",
         "-© Лыжный клуб «Снежная тропа», 2026",
         "-Политика обработки персональных данных",
         "-Наверх ↑"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
    'Grab my free guide, 10 Habits of Calm Freelancers (PDF) — just pop your email in the box below.':
        "an English free-PDF-guide-for-your-email plug ('Grab my free guide, ... (PDF) — just pop your email in the box below.') is left",
    'Joomla! ist freie Software, veröffentlicht unter der GNU General Public License.':
        "a German Joomla! free-software footer ('Joomla! ist freie Software, veröffentlicht unter der GNU General Public License.') is left",
    "L'autrice: Ornella Vascheri, agronoma e divulgatrice, cura dal 2019 la rubrica «Terra e tavola».":
        "an Italian about-the-author box ('L'autrice: ..., agronoma e divulgatrice, cura dal 2019 la rubrica «...».') is left",
    'Le immagini pubblicate sono in parte tratte da Internet: se ne violano i diritti, scriveteci e saranno rimosse.':
        "an Italian images-taken-from-the-Internet disclaimer ('Le immagini pubblicate sono in parte tratte da Internet: ...') is left",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-columnist-evening-buses':
        "the town paper's bus-cuts column keeps its letters-have-your-say line after the list rows (1 of 20 noise lines; the most-read link between the paragraphs goes since round 63)",
    'en-blog-essay-drystone-wall':
        "the walling apprentice's blog essay keeps its subscribe-by-email and previous-in-this-series lines between the paragraphs (2 of 20 noise lines)",
    'fr-club-echecs-simultanee':
        "the chess club's simultaneous-exhibition news keeps its membership-fee line between the paragraphs and its beginners'-lessons line after the list rows (2 of 20 noise lines)",
    'de-kleingartenverein-jubilaeum':
        "the allotment association's centenary news keeps its become-a-tenant form and work-day dates between the paragraphs, its anniversary-booklet price and photo-gallery lines after the list rows and its one-comment heading, commenter row and comment text at the foot (7 of 20 noise lines)",
    'it-palio-somari-proloco':
        "the pro loco's donkey-palio report keeps its programme-PDF and where-to-eat lines between the paragraphs and its sponsors line after the list rows (3 of 20 noise lines)",
    'ru-lyzhnyi-marafon-klub':
        "the ski club's marathon news keeps its entry-fee and ski-hire lines between the paragraphs (2 of 20 noise lines)",
}


test_held_out_63_line, test_held_out_63_line_is_kept, test_held_out_63_page = held_out_tests(
    HELD_OUT_63_LINES, HELD_OUT_63_KEEP, HELD_OUT_63_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
