"""Held-out set 77: written blind, weighted toward the noise the cleaner exists for, in shapes set 76's docstring does
not name: scraper, embed and ad markers (the BBC's scraped third-party consent prompt "Allow Instagram content? This
article contains content provided by Instagram. We ask for your permission before anything is loaded, as they may be
using cookies and other technologies.", an English unsupported-audio fallback "Your browser does not support the audio
element.", the Guardian's scraped newsletter-skip link "skip past newsletter promotion", a French blocked-content cookie
notice "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", a German external-content
consent line "Externer Inhalt: Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung.", an Italian loading
placeholder "Caricamento in corso…", the Polish click-to-enlarge label "Kliknij, aby powiększyć zdjęcie" and a Russian
unsupported-video fallback "Ваш браузер не поддерживает воспроизведение видео."); reading-time headers in new wordings
(the English "Time to read: 6 mins", Yoast's "Estimated reading time: 3 minutes", Le Monde's "Lecture 3 min.", the
German "Lesedauer: 3 Minuten", Il Sole 24 Ore's "3' di lettura", the Polish "Przeczytasz w 4 minuty" and the Russian
"Время прочтения ~ 4 мин"); bylines and self-promotion (an English Reuters-style reporting-and-editing credit row, an
English blogger's about-me bio, an English become-a-patron-on-Patreon plug, a French correspondent byline "Par notre
correspondante, ...", a German agency credit "Mit Material der Nachrichtenagenturen dpa und KNA", an Italian
buy-me-a-coffee-with-Satispay plug, a Polish compiled-from-agency credit "Oprac. ... na podstawie informacji PAP" and a
Russian follow-my-Dzen-channel plug); blog and site footers (an English press-regulator line naming IPSO's Editors' Code
of Practice, Squarespace's "Powered by Squarespace", an English legal-links row with accessibility and modern-slavery
statements, the French publication-director line "Directeur de la publication : ...", a German reproduction-rights row,
an Italian VAT-number row "P.IVA 00000000000 – Tutti i diritti riservati", a Polish copying-prohibited rights row and a
Russian media-registration line "Свидетельство о регистрации СМИ ЭЛ № ФС ... выдано Роскомнадзором"); reader-comment
furniture (Disqus's noscript line "Please enable JavaScript to view the comments powered by Disqus.", an English comment
sort row "Sort by: Newest | Oldest | Most liked", Drupal's "Log in or register to post comments", WordPress's French
"Vous devez être connecté pour publier un commentaire.", the German comments-disabled note "Die Kommentarfunktion für
diesen Artikel ist deaktiviert.", the Italian no-comments-yet prompt "Ancora nessun commento: scrivi tu il primo!", the
Polish expand-discussion button "Rozwiń dyskusję (7 komentarzy)" and the Russian log-in-with-VK-or-OK prompt); share
rows (an English Bluesky, Threads, LinkedIn and e-mail row, a German WhatsApp, Facebook, Xing and e-mail row and a
Polish Facebook, Messenger and copy-link row); and notices (a French first-published-and-updated note "Cet article a été
initialement publié le 12 mars 2019 et mis à jour le 3 décembre 2026.", an Italian information-current-as-of note "Le
informazioni di questo articolo sono aggiornate al 3 dicembre 2026." and the Russian developing-story note "Новость
дополняется"); and toward whole scraped news, opinion and hobby-blog pages in layouts sets 58 to 76 did not use, as far
as the brief and set 76's docstring list them (a regional portal's story on market-square public toilets reopened by the
town council, with a comment, a letterpress blog's post on printing forty Christmas cards on a 1950s Adana press, with a
comment, a regional portal's story on a village petrol station reopened as a residents' cooperative, with a comment, a
weekly's column on newcomers complaining about the church bells, with a comment, a regional portal's story on storks
nesting on an old brewery chimney after forty years, with a comment, an orchard blog's post on taking 400 kilos of
apples to a mobile juice press, with a comment, a regional portal's story on a living nativity returning after six
years, with a comment, a paper's column on the last newsstand in town closing, with a comment, a regional portal's story
on a volunteer fire brigade's new fire engine, with a comment, a renovation blog's post on taking apart and rebuilding a
grandmother's tile stove, with a comment, a regional portal's story on a river ferry running again after three years,
with a comment, and a weekly's column on the courtyard dominoes table removed by the management company, with a
comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 76), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder. Read were: the docstring of held-out set 76 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s77scratch/read76.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
76's, taken by a script (/tmp/s77scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 76 -> 77, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s77,
detached at commit 77b2613604a4046dac96680d12aa8a9ab84751e8, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me. Set 76's file was only printed through the ast
script above, but I ran that script twice: the tool that showed me its first run's output left out 12 lines in the
middle of the docstring part (the end of its "Slips and notes" and the start of its "Judgement calls"), so I ran the
same script again with its output sent to a scratch file (/tmp/s77scratch/read76.out) and printed lines 128 to 150 of
that file with ``sed``; this showed only the same allowed text (the docstring cut held; the printed docstring ended with
set 76's Baseline paragraph). The build script, which read set 76's file to take its tail, printed nothing but the tail
it wrote. At my first step ``git status --short | head`` in /work/main printed nothing (a clean working tree). (2) The
worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not
look up which round the frozen commit is. To check that both worktrees existed I ran ``git worktree list`` in
/work/main, which is not among the reads the brief allows (though not among the forbidden ones): it printed the paths,
short hashes and branches of the worktrees, namely /work/main on main, my two worktrees and a worktree /tmp/wt-r70 on a
branch round70, all at commit 77b2613; no commit subject, file or diff was shown. The branch set77 was made from the
same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests, which is a check of the
tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules; nothing was
run through the cleaner then and none of its source was read. The stand-in noisy_corpus module was written by a second
small script (/tmp/s77scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s77scratch/stand) with stand-ins (that copy
of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category
and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language, printed
each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of
its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_77_LINES``. Its first run found nothing;
before it, only the wrapping of some long strings had been changed to keep lines within 120 columns. No list changed
after that check. (5) At the measurement this docstring was a placeholder; it was written afterwards, with the xfail
tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were
seen. The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s77scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of the
failing ones, to write the xfail reasons. The check run on branch set77 printed its XFAIL lines with my own reasons. (6)
Invented names were checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Mardlecombe (and so
Mardlecombe Mercury), Ink & Quoins, Le Réveil des Combes, Haberzeller, Haberzell aktuell, Streuobstglück, Castelvernio
(and so Castelvernio Notizie), Valsorbina (and so Il Corriere di Valsorbina), Modrzewno (and so Modrzewno24), Kaflowy
Zakątek, Верхнесосенск (and so Верхнесосенский вестник) and Кругловодск (and so Кругловодская неделя) had no hits.
Lormiac was found only inside unrelated code identifiers (parseFlorMiaContactImport, ejemploRMIAcuarioConObjetos,
colorMiAccept) and Haberzell only inside the identifier InhaberZelle; both were kept. Five names were dropped after
their checks: Brackenholt (invented town and province names in several games and name lists), Ключинск (next to the real
Ключинский сельсовет of Ачинский район in Krasnoyarsk Krai and the surname Ключинская; the paper name "Ключинская
правда" itself had no hits but went with it), Тихоречье (an invented town in game code), Сушнево (a name in a table of
railway stations) and Мглинец (a surname in document author fields). Not checked, generic or invented at sight: Pennock
Lane, Back Lane, the hameau du Puech, the église Saint-Martin, the rue du Marché, the Mühlbach, the Mühlweiher, the
chiesa di San Michele, piazza Garibaldi, via Roma, Заречное and улица Строителей; these words are common enough that
real streets and places carry them. The people's names (Rosalind Tarrant, Dennis Whitlow, BettyFromBackLane, Wendy, Dave
Kerslake, Callum Ashby, Priya Venn, Gareth Mole, Maddie, Solène Barthas, Jeannot_des_Combes, Bernadette Lavaur, Marcel,
Roger M., Maëlle Tournier, Gérard Vanneau, Matthias Krainer, Renate Hollfelder, Anton Seidlmayr, Vogelfreundin_Maria,
Gisela, Heike, Chiara Benvenuti, Franca_58, Massimo Altieri, Luisa, Pietro R., Bartosz Jędryka, Stanisław Wierzchoń,
strażak_senior, Marek, Ania, Dorota Frąckiel, Анна Ведерникова, Валентина Сорокина, Иван_с_того_берега, Геннадий
Пальчиков, Михаил Петрович, Лидия Сергеевна) are invented, though ordinary names real people may bear; none is meant as
a real person. The VAT, commission paritaire and media-registration numbers and the phone numbers are zero-filled, and
the e-mail addresses use the reserved .example domain. (7) Some lines name real things, as real pages do: the BBC's
consent-prompt wording and Instagram, the Guardian's newsletter-skip link, Yoast, Reuters-style credit rows, Leeds,
Patreon, IPSO and its Editors' Code of Practice, Squarespace, the UK modern slavery statement, Disqus, Drupal's log-in
wording, Bluesky, Threads, LinkedIn, Le Monde's reading-time wording, the French publication-director requirement and
the commission paritaire, WordPress's French comment wording, the Libération, the agencies dpa, KNA and PAP, WhatsApp,
Facebook, X, Xing, Pinterest, Messenger, Telegram, Il Sole 24 Ore's reading-time wording, Satispay, the Italian P.IVA,
the Caritas, Dzen (Дзен), Roskomnadzor and the Russian media-registration format, VKontakte and Odnoklassniki, the Adana
letterpress and the Caslon typeface, the apple varieties Boskoop and Jakob Fischer, the Allgäu and Podlasie regions, the
Jelcz lorry make, Saint Florian's day (4 May) and the name days of Franciszek and Ksawery (3 December), and the 12+ and
16+ age marks. (8) Set 76's docstring names its own shapes and the earlier sets' page layouts only, so some lines may
repeat shapes of sets before 76 that I could not check; in particular the Disqus noscript line, "Powered by
Squarespace", Yoast's reading-time row, "Lesedauer: 3 Minuten", "Lecture 3 min." and WordPress's French log-in line are
common enough that an earlier set or a development list may hold them. Close to shapes set 76 named: the consent prompts
(English, French, German) are embed markers like its gallery link and image button, and the Polish click-to-enlarge
label is an image button like its "View image in fullscreen", in another language; the reading-time rows are
reading-time headers in other words than its rows; the Reuters-style, dpa and KNA and PAP credits are credit rows like
its Local Democracy Reporting credit, and the Patreon, Satispay and Dzen plugs are self-promotion like its Ko-fi,
Tipeee, PayPal, Telegram-channel, buycoffee.to and Boosty plugs, on other platforms; the press-regulator,
publication-director, VAT, rights and media-registration rows are legal and registration footers like its
company-registration, hosting, ROC and KRS rows; the German comments-disabled note is near its overnight closure, the
Polish expand-discussion button near its view-comments and show-replies buttons, and the log-in prompts near its
subscribers-only commenting line; the share rows are share rows on other platforms; the French
first-published-and-updated note and the Russian developing-story note are near its Polish update note. Page chrome
repeats kinds of line set 76's docstring names among its noise (photo captions, ad labels, affiliate notes, read-also,
related and previous-post links, newsletter, WhatsApp, Telegram and social prompts, name-day lines, listen buttons,
letters addresses, opinion disclaimers, age marks), as real pages carry them. (9) My first step's clock reading was
2026-12-04 13:48:01 UTC; the measurement ran at 13:54:28 UTC. (10) After committing, ``git rev-parse HEAD`` in my
worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Shares in the new community pub", "Sourcing stone for the
repairs", "Comments from residents", "Posted notices on the lamp posts", "Following the vote", "Written objections",
"Advertising hoardings", "Publié en 1912", "Commentaires, pétitions et courriers", "Partager la cour de l'école",
"Quelle des Streits", "Teilen wollen sich die beiden Gemeinden", "Abonnenten des Freibads", "Fonte di preoccupazione",
"Condividere l'auto", "Commenti a parte", "Udostępnienie sali gimnastycznej", "Reklamy na przystankach", "Источником
воды" and "Подписи под обращением" are article sentences. The consent prompts, the audio and video fallbacks, the
newsletter-skip link, the loading placeholder and the click-to-enlarge label are counted as markers; the reading-time
rows as reading-time lines; the credit rows, the correspondent byline, the about-me bio and the Patreon, Satispay and
Dzen plugs as bylines; the press-regulator, platform, legal-links, publication-director, rights, VAT and
media-registration rows as footers; the Disqus line, the sort row, the log-in prompts, the comments-disabled note, the
no-comments-yet prompt and the expand-discussion button as comments; the share rows as share; the first-published,
information-current and developing-story notes as notices. On every page the title, the first paragraph, the paragraph
with the quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two
last paragraphs, or three rows and three last paragraphs; the letterpress post's "Next week: ..." teaser, the tile-stove
post's "W następnym wpisie pokażę ..." teaser and the bells column's closing invitation are their last paragraphs and
counted as article) and everything else is noise (20 lines a page: six lines above the title, two under it, two between
the first paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the
foot); in particular site names and taglines, menus, search boxes, sign-in, subscription and e-paper lines, dates,
weather, breaking-news and name-day lines, breadcrumbs, section, column and category names, bylines, author lines,
publication and update lines, comment counts, listen buttons, photo captions, ad labels, affiliate and
unpaid-advertising notes, read-also, related, most-read, more-columns and previous-post links, newsletter, WhatsApp,
Telegram, Pinterest, Facebook, e-mail and tip-off prompts, share rows, tags, comment headings, commenter rows, comment
dates and texts, reply, report and comment-form lines, opinion disclaimers, letters addresses, publisher, copyright,
legal, privacy and cookie lines and age marks are noise. The rows: en-portal-mardlecombe-toilets "What has changed in
the block", en-blog-ink-and-quoins "What went into this year's run" (three rows), fr-portail-lormiac-station "Ce qui
change pour les automobilistes", fr-chronique-cloches "Ce que la cloche nous dit encore" (three rows),
de-portal-haberzell-stoerche "Was die Vogelschützer jetzt planen", de-blog-streuobst-saftpresse "So lief es ab",
it-portale-castelvernio-presepe "Le novità di quest'anno", it-rubrica-edicola "Cosa perdiamo davvero" (three rows),
pl-portal-modrzewno-osp "Co potrafi nowy samochód", pl-blog-piec-kaflowy "Co trzeba było wymienić" (three rows),
ru-portal-verkhnesosensk-parom "Как работает переправа" and ru-kolonka-domino "Что этот стол значил для двора" (three
rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 12, body 8,
tail 25), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 8, tail 6), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-mardlecombe-toilets (a regional news portal's story on
market-square public toilets reopened three years after the county locked them, now run by the town council, with a
comment), en-blog-ink-and-quoins (a garden-shed letterpress blog's post on printing forty Christmas cards on a 1950s
Adana, with a comment), fr-portail-lormiac-station (a regional news portal's story on the canton's only petrol station
reopened by 186 residents as a cooperative, with a comment), fr-chronique-cloches (a weekly's opinion column on
newcomers asking the mayor to silence the seven o'clock angelus bell, with a comment), de-portal-haberzell-stoerche (a
regional news portal's story on a pair of storks breeding on an old brewery chimney for the first time since 1986, with
a comment), de-blog-streuobst-saftpresse (an orchard blog's post on taking 400 kilos of apples to a mobile juice press,
with a comment), it-portale-castelvernio-presepe (a regional news portal's story on a village's living nativity
returning after six years, with a comment), it-rubrica-edicola (a paper's Sunday column on the last newsstand in town
closing, with a comment), pl-portal-modrzewno-osp (a regional news portal's story on a volunteer fire brigade's new fire
engine replacing one from 1994, with a comment), pl-blog-piec-kaflowy (a renovation blog's post on taking apart and
rebuilding a grandmother's tile stove with a stove fitter, with a comment), ru-portal-verkhnesosensk-parom (a regional
news portal's story on a river ferry running again after three years, with a comment) and ru-kolonka-domino (a weekly's
opinion column on the courtyard dominoes table removed by the management company, with a comment); every page holds a
title, a subheading with list rows, a quote in the article and noise above the title, between the paragraphs and at the
foot.

Baseline (2026-12-04, cleaner at commit 77b2613604a4046dac96680d12aa8a9ab84751e8, measured with ``cd /tmp/wt-s77 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s77/src python -m pytest -q tests/test_clean_held_out_77.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s77 && PYTHONPATH=/tmp/wt-s77/src python
scripts/clean_held_out_report.py --sets 77`` (noise lines removed 35/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 26 of 240), with the xfail tables empty): noise lines removed 35/45 (marker 4/8, reading-time 7/7,
byline 6/8, footer 6/8, comments 7/8, share 3/3, notice 2/3; missed, all kept as paragraphs: the English "Allow
Instagram content? This article contains content provided by Instagram. We ask for your permission before anything is
loaded, as they may be using cookies and other technologies.", the English "skip past newsletter promotion", the Italian
"Caricamento in corso…" and the Polish "Kliknij, aby powiększyć zdjęcie" put in the body; the Italian "Le informazioni
di questo articolo sono aggiornate al 3 dicembre 2026." and the Polish "Oprac. Dorota Frąckiel na podstawie informacji
PAP" put above the article; and the English "Hi, I'm Maddie! I write about thrifting, mending and slow living from a
little flat in Leeds.", the English "This website and its associated newspaper adhere to the Independent Press Standards
Organisation's Editors' Code of Practice.", the French "Directeur de la publication : Gérard Vanneau" and the Italian
"Ancora nessun commento: scrivi tu il primo!" put at the foot); keep lines kept 20/20; pages 1/12 clean
(pl-portal-modrzewno-osp), 26 of 240 page noise lines left and 0 of 120 article lines lost:
en-portal-mardlecombe-toilets 1 left ("The refurbished toilet block, with its new ramp, on Wednesday morning. Picture:
Rosalind Tarrant"); en-blog-ink-and-quoins 6 left ("The chase locked up with the robin block and two lines of 18pt
Caslon.", "Affiliate note: links to the ink supplier below earn me a few pence.", "6 thoughts on this post", "Dave
Kerslake says:", "30 November 2026 at 9:14 am" and "Lovely work. My own Adana has been under a tarp since lockdown and
this might shame me into oiling it."); fr-portail-lormiac-station 1 left ("Les premiers pleins ont été servis lundi
matin. Photo d'illustration"); fr-chronique-cloches 3 left ("Le clocher de l'église Saint-Martin, dont les cloches
sonnent depuis 1874.", "Retrouvez toutes les chroniques de Bernadette Lavaur" and "Vous avez un avis ? Écrivez-nous :
courrier@reveil-des-combes.example"); de-portal-haberzell-stoerche 1 left ("Haberzell aktuell jetzt auch bei WhatsApp –
hier abonnieren"); de-blog-streuobst-saftpresse 7 left ("Abgelegt unter: Ernte, Saft, Streuobst", "Dieser Beitrag
enthält unbezahlte Werbung durch Nennung von Orten.", "Unser Anhänger, voll mit Boskoop und Jakob Fischer", "9
Kommentare zu diesem Beitrag", "Heike aus dem Allgäu", "29. Oktober 2026 um 08:41" and "Bei uns kommt die Presse auch,
aber nur alle zwei Jahre. Wir frieren dann Saft ein."); it-portale-castelvernio-presepe 1 left ("Una scena del presepe
vivente del 2019 davanti alla chiesa di San Michele"); it-rubrica-edicola 2 left ("L'edicola di piazza Garibaldi con le
serrande abbassate" and "Tutti gli articoli di Massimo Altieri"); pl-blog-piec-kaflowy 1 left ("Kafle ponumerowane kredą
przed rozbiórką"); ru-portal-verkhnesosensk-parom 1 left ("Новый паром у причала. Фото: администрация района");
ru-kolonka-domino 2 left ("Тот самый стол летом 2019 года" and "Пишите нам: pisma@kruglovodskaya-nedelya.example"). Of
the left page lines none stands above the title; two stand under the title (the orchard post's category row and
unpaid-advertising note); eleven stand between the first paragraph and the paragraph with the quote (the photo captions
of ten pages, all but the stork story and the fire-engine story, whose ad labels, where they have one, all go, and the
letterpress post's affiliate note); five between the list rows and the last paragraphs (the bells column's more-columns
link and letters prompt, the stork story's WhatsApp prompt, whose read-also link goes, the newsstand column's
more-articles link, whose letters address goes, and the dominoes column's letters prompt, whose more-columns link goes);
and eight at the foot (on the letterpress post and the orchard post, each its comment heading, commenter row, comment
date and comment text, while their reply, comment-form and copyright lines go; on the portals and columns every comment
line at the foot goes). No article line is lost. The failing cases are strict xfails.

Still held out after round 70 (development on sets 75 and 76; measured once with ``scripts/clean_held_out_report.py
--sets 77``): noise lines removed 35 -> 36/45 (marker 4 -> 5/8: "skip past newsletter promotion" now goes, the same
wording as set 75's, which round 70 was developed on, so this is no evidence of transfer), keep lines 20/20, pages clean
1/12 and page noise lines left 26 of 240 unchanged (none of the ten photo captions goes: round 70's class of captions
with a credit after them needs a capitalised name or the writer's or the archive's own word after the picture word, and
these carry "Picture:", "Photo d'illustration", an office's name in small letters or an archive with its owner), article
lines lost 0 of 120.

Round 71 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 77`` and ``pytest tests/test_clean_held_out_77.py`` at b46211d (before) and the
round's last commit on branch round71 (after): noise lines removed 36/45 -> 36/45 (marker 5/8, reading-time 7/7, byline
6/8, footer 6/8, comments 7/8, share 3/3, notice 2/3, all unchanged), keep lines 20/20 -> 20/20, pages clean 1/12 ->
10/12, page noise lines left 26 -> 3 of 240, article lines lost 0 -> 0 of 120; pytest 57 passed, 20 xfailed -> 66
passed, 11 xfailed. No losses to fix. Classes added (each in six languages with near misses; tests/test_clean.py
test_round_71_*): photo captions with a credit in the shapes real sites print, any picture word with its colon and a
short credit in any case, a © with or without a year, the stock picture's words, the archive with its owner (3 captions
here: "... Picture: Rosalind Tarrant", "... Photo d'illustration", "... Фото: администрация района"); a picture's bare
caption between two paragraphs that opens the block of the slot the page printed under the picture (7: the letterpress,
church-bells, orchard, nativity, newsstand, tile-stove and dominoes captions); the columnist's other columns and a named
writer's articles ("Retrouvez toutes les chroniques de ...", "Tutti gli articoli di ..."); the call to write to the
paper with its address after any question or none ("Vous avez un avis ? Écrivez-nous : ...", "Пишите нам: ..."); an
affiliate note under its own label with the gain in any words ("Affiliate note: links to the ink supplier below earn me
a few pence.", which also gives the letterpress caption its slot); a blog theme's comment heading counting the thoughts
on the post itself ("6 thoughts on this post", "9 Kommentare zu diesem Beitrag"), which starts the thread and so takes
the commenter row, date and comment under it on the letterpress and orchard posts. Left: the stork story's WhatsApp
prompt with the site's name, the orchard post's category row and unpaid-advertising note under the title, and the 9
lines of _LINE_XFAIL (consent prompt, about-me bio, IPSO wording, publication director, loading placeholder,
no-comments-yet prompt, information-current-as-of note, click-to-enlarge label, compiled-from-agency credit). Elsewhere:
sets 48, 51, 52, 53, 63, 73, 74, 75, 76 and 78 changed (see their round 71 notes).

Round 72: noise lines removed 36/45 -> 45/45 (marker 5/8 -> 8/8, byline 6/8 -> 8/8, footer 6/8 -> 8/8, comments 7/8 ->
8/8, notice 2/3 -> 3/3): the consent prompt, about-me bio, IPSO wording, publication director, loading placeholder,
no-comments-yet prompt, information-current-as-of note, click-to-enlarge label and compiled-from-agency credit go; pages
clean 10/12 -> 12/12, page noise lines left 3 -> 0 (the stork story's WhatsApp channel line, the orchard post's filed-in
row and unpaid-advertising note); all strict xfails removed; pytest 66 passed, 11 xfailed -> 77 passed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_77_LINES = [
    # English
    ("body", "Allow Instagram content? This article contains content provided by Instagram. We ask for your permission "
             "before anything is loaded, as they may be using cookies and other technologies.", "marker"),
    ("body", "Your browser does not support the audio element.", "marker"),
    ("body", "skip past newsletter promotion", "marker"),
    ("head", "Time to read: 6 mins", "reading-time"),
    ("head", "Estimated reading time: 3 minutes", "reading-time"),
    ("tail", "Reporting by Callum Ashby; additional reporting by Priya Venn; editing by Gareth Mole", "byline"),
    ("tail", "Hi, I'm Maddie! I write about thrifting, mending and slow living from a little flat in Leeds.", "byline"),
    ("tail", "Become a patron on Patreon to get every post a week early and a printable zine each month.", "byline"),
    ("tail", "This website and its associated newspaper adhere to the Independent Press Standards Organisation's "
             "Editors' Code of Practice.", "footer"),
    ("tail", "Powered by Squarespace", "footer"),
    ("tail", "Sitemap | Accessibility statement | Modern slavery statement | Contact us", "footer"),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Log in or register to post comments", "comments"),
    ("tail", "Share this story: Bluesky, Threads, LinkedIn, Email", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "Lecture 3 min.", "reading-time"),
    ("head", "Par notre correspondante, Maëlle Tournier", "byline"),
    ("tail", "Directeur de la publication : Gérard Vanneau", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("head", "Cet article a été initialement publié le 12 mars 2019 et mis à jour le 3 décembre 2026.", "notice"),
    # German
    ("body", "Externer Inhalt: Um diesen Inhalt anzuzeigen, benötigen wir Ihre Zustimmung.", "marker"),
    ("head", "Lesedauer: 3 Minuten", "reading-time"),
    ("tail", "Mit Material der Nachrichtenagenturen dpa und KNA", "byline"),
    ("tail", "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.", "footer"),
    ("tail", "Die Kommentarfunktion für diesen Artikel ist deaktiviert.", "comments"),
    ("tail", "Artikel teilen: WhatsApp · Facebook · Xing · E-Mail", "share"),
    # Italian
    ("body", "Caricamento in corso…", "marker"),
    ("head", "3' di lettura", "reading-time"),
    ("tail", "Ti piace il blog? Offrimi un caffè con Satispay, basta un clic.", "byline"),
    ("tail", "P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "Ancora nessun commento: scrivi tu il primo!", "comments"),
    ("head", "Le informazioni di questo articolo sono aggiornate al 3 dicembre 2026.", "notice"),
    # Polish
    ("body", "Kliknij, aby powiększyć zdjęcie", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("head", "Oprac. Dorota Frąckiel na podstawie informacji PAP", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody redakcji zabronione.", "footer"),
    ("tail", "Rozwiń dyskusję (7 komentarzy)", "comments"),
    ("tail", "Udostępnij na Facebooku · Wyślij przez Messengera · Kopiuj link", "share"),
    # Russian
    ("body", "Ваш браузер не поддерживает воспроизведение видео.", "marker"),
    ("head", "Время прочтения ~ 4 мин", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки и видео с огорода.", "byline"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 00 - 00000 выдано Роскомнадзором", "footer"),
    ("tail", "Чтобы оставить комментарий, авторизуйтесь через ВКонтакте или Одноклассники.", "comments"),
    ("head", "Новость дополняется", "notice"),
]

HELD_OUT_77_KEEP = [
    # English
    ("head", "Shares in the new community pub sold out within nine days, raising £180,000 from 640 people."),
    ("head", "Sourcing stone for the repairs took longer than the repairs themselves, the contractor told councillors "
             "on Tuesday."),
    ("body", "Comments from residents at the drop-in session ranged from relief to open anger about the parking "
             "charges."),
    ("body", "Posted notices on the lamp posts were the only warning most households had before the water was cut "
             "off."),
    ("body", "Following the vote, the chair said the bus shelter would be replaced before the end of January."),
    ("tail", "Written objections must reach the planning office by 19 December, and so far 212 have arrived."),
    ("tail", "Advertising hoardings around the empty department store will come down next week, the owners confirmed."),
    # French
    ("head", "Publié en 1912, le premier plan du cadastre montre déjà le lavoir au bout du chemin."),
    ("body", "Commentaires, pétitions et courriers : la mairie dit avoir reçu plus de 300 avis sur le projet de "
             "parking."),
    ("tail", "Partager la cour de l'école avec le centre de loisirs le mercredi n'a posé aucun problème, assure la "
             "directrice."),
    # German
    ("head", "Quelle des Streits ist ein Grenzstein, der seit 1870 an derselben Stelle steht."),
    ("body", "Teilen wollen sich die beiden Gemeinden künftig auch den Bauhof und einen Winterdienst-Lkw."),
    ("tail", "Abonnenten des Freibads bekommen den Rest ihrer Saisonkarte anteilig erstattet, teilte die Stadt mit."),
    # Italian
    ("head", "Fonte di preoccupazione resta il ponte sul torrente, chiuso ai mezzi pesanti da agosto."),
    ("body", "Condividere l'auto per andare in stazione è ormai un'abitudine per una trentina di pendolari del paese."),
    ("tail", "Commenti a parte, il consiglio comunale ha approvato il bilancio con dieci voti favorevoli e tre "
             "astenuti."),
    # Polish
    ("body", "Udostępnienie sali gimnastycznej mieszkańcom w weekendy kosztuje gminę około 9 tysięcy złotych rocznie."),
    ("tail", "Reklamy na przystankach mają od stycznia zniknąć, zdecydowali radni po długiej dyskusji."),
    # Russian
    ("head", "Источником воды для новой колонки станет скважина глубиной шестьдесят метров."),
    ("body", "Подписи под обращением к главе района собирали три недели и набрали больше тысячи."),
]

HELD_OUT_77_PAGES = dict([
    ("en-portal-mardlecombe-toilets", _page("en", "en-portal-mardlecombe-toilets", [
        ["-Mardlecombe Mercury", "-News | Sport | What's On | Property | Jobs | Announcements", "-Sign in | Register"],
        ["-Thursday, 3 December 2026 · 6°C, light rain",
         "-Breaking: Pennock Lane closed both ways after a lorry shed its load", "-Home › News › Mardlecombe"],
        ["+Market square toilets reopen after town council takes them over from the county"],
        ["-By Rosalind Tarrant, Local News Reporter", "-Published 3 December 2026, 14:12 · Updated 16:40"],
        ["+The public toilets in Mardlecombe market square reopened on Wednesday, three years after the county council "
         "locked them to save £19,000 a year."],
        ["-The refurbished toilet block, with its new ramp, on Wednesday morning. Picture: Rosalind Tarrant",
         "-Advertisement"],
        ["+The town council now pays for the cleaning out of its own precept. \"We heard it at every single surgery, "
         "from pensioners and from parents with toddlers,\" said the mayor, Councillor Dennis Whitlow. \"People were "
         "planning their trips into town around a locked door.\""],
        ["+What has changed in the block"],
        ["+A step-free entrance and a baby-changing room have been added.",
         "+The doors open from 7am to 7pm every day, including Sundays.",
         "+The 20p charge has been dropped; the block is free to use.",
         "+A volunteer rota checks the block twice a day and reports faults to the town clerk."],
        ["-Read more: Lorry park plan for the old cattle market thrown out",
         "-Get the Mercury's daily newsletter straight to your inbox"],
        ["+The county council said the transfer had cost it nothing and that three other market towns had asked about "
         "doing the same."],
        ["+Traders in the square said footfall on market days had already picked up, though one stallholder added that "
         "the queue on Saturday stretched past the war memorial."],
        ["-Topics: Mardlecombe, Town council, Public toilets", "-Most read",
         "-Heron seen fishing in the town fountain again"],
        ["-Comments (27)", "-BettyFromBackLane · 2 hours ago",
         "-About time too. My husband stopped coming into town on market day because of it.", "-Reply · Report"],
        ["-© 2026 Mardlecombe Mercury. All rights reserved."],
    ])),
    ("en-blog-ink-and-quoins", _page("en", "en-blog-ink-and-quoins", [
        ["-Ink & Quoins", "-Notes from a garden-shed letterpress"],
        ["-Home  About  The Press  Type Specimens  Shop  Contact", "-Search this blog…"],
        ["-Posted in Printing Diary", "-November 29, 2026 by Wendy"],
        ["+Forty Christmas cards on a 1950s Adana, and only one smudge"],
        ["-6 Comments", "-Tags: Adana, Christmas, wood type"],
        ["+Every year I promise myself I will start the Christmas cards in October, and every year I end up in the "
         "shed on the last weekend of November with cold fingers and a deadline."],
        ["-The chase locked up with the robin block and two lines of 18pt Caslon.",
         "-Affiliate note: links to the ink supplier below earn me a few pence."],
        ["+This year the design was a robin cut from lino by my nephew. When I sent him the first proof he wrote back: "
         "\"It looks like it's been printed in 1952, which I assume is the point.\" It was."],
        ["+What went into this year's run"],
        ["+Forty sheets of 300gsm cotton card, cut down to A6 on the guillotine.",
         "+Rubber-based black ink and a tin of warm red mixed from magenta and yellow.",
         "+Two evenings for the red pass and one long Sunday for the black."],
        ["-You might also like: Restoring a rusted chase with vinegar and patience",
         "-Previous post: Buying type by the pound at a car-boot sale"],
        ["+The one smudge happened when the cat jumped onto the bench mid-impression, so that card is going to the "
         "cat's vet."],
        ["+The rest are drying on a washing line across the shed, pegged two to a peg."],
        ["+Next week: distributing the type back into the cases, the job nobody ever photographs."],
        ["-6 thoughts on this post"],
        ["-Dave Kerslake says:", "-30 November 2026 at 9:14 am",
         "-Lovely work. My own Adana has been under a tarp since lockdown and this might shame me into oiling it.",
         "-Reply"],
        ["-Leave a Reply Cancel reply", "-Your email address will not be published. Required fields are marked *"],
        ["-© 2026 Ink & Quoins · Hand-set with care"],
    ])),
    ("fr-portail-lormiac-station", _page("fr", "fr-portail-lormiac-station", [
        ["-Lormiac Infos", "-L'actualité du canton, chaque jour"],
        ["-Accueil | Actualités | Sports | Agenda | Nécrologie | Petites annonces", "-Se connecter"],
        ["-Mercredi 2 décembre 2026", "-Actualités > Lormiac > Économie"],
        ["+À Lormiac, la station-service rouvre sous forme de coopérative"],
        ["-Publié le 02/12/2026 à 17h30", "-Ajouter Lormiac Infos à vos sources préférées sur Google"],
        ["+Fermée depuis le départ en retraite de son gérant en 2024, la seule station-service du canton a rouvert "
         "lundi, rachetée par 186 habitants réunis en société coopérative."],
        ["-Les premiers pleins ont été servis lundi matin. Photo d'illustration", "-Contenu sponsorisé"],
        ["+Chaque sociétaire a apporté au moins cent euros. « On faisait trente kilomètres aller-retour pour un plein, "
         "certains n'avaient plus que ça comme raison de prendre la voiture », résume Solène Barthas, présidente de la "
         "coopérative."],
        ["+Ce qui change pour les automobilistes"],
        ["+Les pompes fonctionnent 24 heures sur 24 avec paiement par carte.",
         "+La boutique est ouverte du lundi au samedi, de 7 heures à 19 heures.",
         "+Le gazole est vendu au prix coûtant majoré de huit centimes.",
         "+Une borne de recharge électrique sera installée au printemps."],
        ["-À lire aussi : Le marché de Noël déménage sur la place de la Mairie",
         "-Recevez chaque soir notre newsletter locale"],
        ["+La mairie a cédé le terrain pour un euro symbolique et garanti l'emprunt de la coopérative."],
        ["+Deux salariés à temps partiel ont été embauchés, tous deux habitants du village."],
        ["-Mots-clés : Lormiac, Commerce, Carburant", "-Réagir à cet article"],
        ["-3 commentaires", "-Jeannot_des_Combes, le 02/12/2026 à 19h04",
         "-Enfin ! Ma mère de 84 ans va pouvoir refaire son plein sans attendre que je passe le dimanche.",
         "-Signaler un abus"],
        ["-Mentions légales | Politique de confidentialité | Gérer mes cookies",
         "-© Lormiac Infos 2026 – Reproduction interdite"],
    ])),
    ("fr-chronique-cloches", _page("fr", "fr-chronique-cloches", [
        ["-Le Réveil des Combes", "-Hebdomadaire d'information locale depuis 1946",
         "-Édition numérique | S'abonner | Nous contacter"],
        ["-Opinions", "-Chronique du samedi", "-Samedi 5 décembre 2026"],
        ["+Laissez sonner les cloches"],
        ["-Par Bernadette Lavaur", "-Publié le 05/12/2026 à 06h00"],
        ["+Il paraît que l'angélus de sept heures dérange. Un couple installé depuis l'été au hameau du Puech a écrit "
         "au maire pour demander qu'on fasse taire la cloche avant neuf heures."],
        ["-Le clocher de l'église Saint-Martin, dont les cloches sonnent depuis 1874.", "-Publicité"],
        ["+Le maire, prudent, a répondu qu'il allait « étudier la question ». Mon voisin Marcel, quatre-vingt-onze "
         "ans, l'a étudiée pour lui : « Cette cloche a sonné pour la Libération, elle sonnera bien pour des "
         "Parisiens. »"],
        ["+Ce que la cloche nous dit encore"],
        ["+L'heure, pour ceux qui n'ont pas de montre et pour ceux qui l'ont oubliée.",
         "+Les enterrements, pour que le village s'arrête un instant.",
         "+Les orages, autrefois, quand on la sonnait pour rappeler les bergers."],
        ["-Retrouvez toutes les chroniques de Bernadette Lavaur",
         "-Vous avez un avis ? Écrivez-nous : courrier@reveil-des-combes.example"],
        ["+Je ne demande pas qu'on aime les cloches. Je demande qu'on se renseigne avant d'acheter une maison à "
         "cinquante mètres d'un clocher."],
        ["+Le conseil municipal doit en débattre le 14 décembre, en séance publique."],
        ["+Et si le couple du Puech veut en parler, je les invite à prendre un café. À sept heures, évidemment."],
        ["-Cette chronique n'engage que son auteure.", "-Partager : Facebook | X | E-mail"],
        ["-Commentaires (12)", "-Roger M. – 5 décembre 2026",
         "-Très juste. On a eu la même histoire avec le coq de ma sœur, ça a fini au tribunal.", "-Répondre"],
        ["-Le Réveil des Combes – 12, rue du Marché – Tél. 00 00 00 00 00",
         "-Tous droits réservés – Commission paritaire n° 0000 C 00000"],
    ])),
    ("de-portal-haberzell-stoerche", _page("de", "de-portal-haberzell-stoerche", [
        ["-Haberzell aktuell", "-Nachrichten aus Haberzell und dem Umland"],
        ["-Startseite | Lokales | Sport | Vereine | Termine | Anzeigen", "-Anmelden | E-Paper"],
        ["-Donnerstag, 3. Dezember 2026", "-Lokales › Haberzell"],
        ["+Nach 40 Jahren: Storchenpaar brütet wieder auf dem Brauereischornstein"],
        ["-Von Matthias Krainer", "-03.12.2026, 11:20 Uhr"],
        ["+Zum ersten Mal seit 1986 hat in diesem Jahr wieder ein Storchenpaar auf dem alten Schornstein der "
         "Haberzeller Brauerei gebrütet; drei Junge sind im August ausgeflogen."],
        ["-Das Storchenpaar auf dem Schornstein im Juni. Foto: Vogelschutzgruppe", "-Anzeige"],
        ["+Die Vogelschutzgruppe hatte im Winter ein Nestfundament aus Weidenruten auf den Schornstein gesetzt. „Wir "
         "haben zwei Jahre gewartet und schon nicht mehr daran geglaubt“, sagt Gruppenleiterin Renate Hollfelder. "
         "„Dann standen sie eines Morgens einfach oben.“"],
        ["+Was die Vogelschützer jetzt planen"],
        ["+Eine Webcam am Nachbargebäude soll ab März Bilder aus dem Nest zeigen.",
         "+Die Feuchtwiesen am Mühlbach werden später gemäht.",
         "+Schulklassen können im Frühjahr Führungen buchen.",
         "+Der Schornstein wird vor der nächsten Brutzeit statisch geprüft."],
        ["-Lesen Sie auch: Neue Bänke am Mühlweiher aufgestellt",
         "-Haberzell aktuell jetzt auch bei WhatsApp – hier abonnieren"],
        ["+Die Brauerei selbst ist seit 1991 geschlossen; das Gebäude gehört heute der Gemeinde."],
        ["+Bürgermeister Anton Seidlmayr kündigte an, den Schornstein nicht wie geplant abtragen zu lassen."],
        ["-Schlagworte: Haberzell, Natur, Störche", "-Kommentare (5)"],
        ["-Vogelfreundin_Maria schrieb am 03.12.2026 um 13:02:",
         "-Wunderbar! Wir fahren jeden Sonntag mit den Enkeln vorbei und schauen hoch.", "-Antworten | Melden"],
        ["-Mehr aus dem Landkreis", "-Impressum | Datenschutz | AGB | Kontakt", "-© Haberzell aktuell 2026"],
    ])),
    ("de-blog-streuobst-saftpresse", _page("de", "de-blog-streuobst-saftpresse", [
        ["-Streuobstglück", "-Ein Gartenblog über alte Apfelsorten"],
        ["-Start · Über mich · Sortenliste · Rezepte · Kontakt", "-Blog"],
        ["-28. Oktober 2026", "-von Gisela"],
        ["+Mit 400 Kilo Äpfeln zur mobilen Saftpresse"],
        ["-Abgelegt unter: Ernte, Saft, Streuobst",
         "-Dieser Beitrag enthält unbezahlte Werbung durch Nennung von Orten."],
        ["+Einmal im Jahr kommt die mobile Saftpresse ins Nachbardorf, und einmal im Jahr stehen wir dann mit "
         "geliehenem Anhänger und viel zu vielen Säcken in der Schlange."],
        ["-Unser Anhänger, voll mit Boskoop und Jakob Fischer", "-Werbung"],
        ["+Der Mann an der Presse hat in dreißig Jahren offenbar alles gesehen. Als ich fragte, ob unsere Äpfel zu "
         "klein seien, meinte er nur: „Klein ist egal. Faul ist nicht egal.“"],
        ["+So lief es ab"],
        ["+Die Äpfel werden gewaschen, gehäckselt und in einer Bandpresse ausgepresst.",
         "+Der Saft wird auf 78 Grad erhitzt und direkt in Fünf-Liter-Beutel abgefüllt.",
         "+Aus 400 Kilo Äpfeln wurden 260 Liter Saft.",
         "+Bezahlt wird pro Liter, der Trester bleibt für die Schafe des Nachbarn."],
        ["-Das könnte dich auch interessieren: Alte Sorten bestimmen – meine fünf Lieblingsbücher",
         "-Pinne dieses Bild auf Pinterest"],
        ["+Ungeöffnet hält sich der Saft ein Jahr, angebrochen im Kühlschrank etwa acht Wochen."],
        ["+Nächstes Jahr melde ich uns früher an, dann müssen wir nicht drei Stunden warten."],
        ["-9 Kommentare zu diesem Beitrag"],
        ["-Heike aus dem Allgäu", "-29. Oktober 2026 um 08:41",
         "-Bei uns kommt die Presse auch, aber nur alle zwei Jahre. Wir frieren dann Saft ein.", "-Antworten"],
        ["-Schreibe einen Kommentar", "-Deine E-Mail-Adresse wird nicht veröffentlicht."],
        ["-Impressum · Datenschutzerklärung · © 2026 Streuobstglück"],
    ])),
    ("it-portale-castelvernio-presepe", _page("it", "it-portale-castelvernio-presepe", [
        ["-Castelvernio Notizie", "-Il quotidiano online della Valle"],
        ["-Home | Cronaca | Politica | Sport | Eventi | Necrologi", "-Accedi"],
        ["-Giovedì 3 dicembre 2026", "-Cronaca > Castelvernio"],
        ["+Dopo sei anni torna il presepe vivente nel borgo di Castelvernio"],
        ["-di Redazione", "-3 dicembre 2026 - 10:05"],
        ["+Il presepe vivente, che fino al 2019 portava nel borgo oltre tremila visitatori, tornerà il 26 dicembre e "
         "il 6 gennaio lungo le vie del centro storico."],
        ["-Una scena del presepe vivente del 2019 davanti alla chiesa di San Michele", "-Pubblicità"],
        ["+A organizzarlo è un gruppo di giovani del paese insieme alla parrocchia. «Molti di noi da bambini facevano "
         "i pastorelli, adesso tocca a noi», racconta Chiara Benvenuti, 24 anni, una delle organizzatrici."],
        ["+Le novità di quest'anno"],
        ["+Le scene saranno venti, tre in più rispetto all'ultima edizione.",
         "+Nelle cantine del borgo torneranno i mestieri antichi, dal fabbro alla filatrice.",
         "+Il percorso sarà accessibile anche a chi usa la sedia a rotelle.",
         "+L'ingresso resta libero, con offerta a favore della Caritas."],
        ["-Leggi anche: Chiude per lavori la strada per il cimitero", "-Iscriviti al nostro canale WhatsApp"],
        ["+I parcheggi saranno al campo sportivo, con un bus navetta gratuito fino alla piazza."],
        ["+Servono ancora una quarantina di figuranti: chi vuole partecipare può presentarsi in canonica il martedì "
         "sera."],
        ["-Tag: presepe vivente, Natale, borgo", "-Articoli correlati", "-Mercatino di Natale, ecco il programma"],
        ["-2 commenti", "-Franca_58",
         "-Bellissimo! Mio figlio faceva San Giuseppe nel 2015, quest'anno ci sarà il nipote.", "-Rispondi"],
        ["-Privacy Policy | Cookie Policy | Contatti"],
    ])),
    ("it-rubrica-edicola", _page("it", "it-rubrica-edicola", [
        ["-Il Corriere di Valsorbina", "-Abbonati | Edicola digitale | Accedi", "-Menu"],
        ["-Opinioni", "-La rubrica della domenica", "-Domenica 6 dicembre 2026"],
        ["+L'ultima edicola chiude, e con lei il nostro buongiorno"],
        ["-di Massimo Altieri", "-Ascolta l'articolo"],
        ["+Da lunedì l'edicola di piazza Garibaldi non riaprirà. Era l'ultima rimasta in paese; quarant'anni fa ce "
         "n'erano quattro."],
        ["-L'edicola di piazza Garibaldi con le serrande abbassate", "-Contenuto sponsorizzato"],
        ["+Ho chiesto alla signora Luisa perché smette. Mi ha risposto senza amarezza: «I giornali li comprano in sei, "
         "le figurine non le vuole più nessuno, e io ho settant'anni»."],
        ["+Cosa perdiamo davvero"],
        ["+Un posto dove fermarsi due minuti senza dover comprare niente.",
         "+Qualcuno che sa chi è in ospedale e chi ha avuto un nipote.",
         "+I biglietti dell'autobus, che adesso si comprano solo con l'app."],
        ["-Tutti gli articoli di Massimo Altieri", "-Scrivi alla redazione: lettere@corrierevalsorbina.example"],
        ["+Il Comune ha detto che proverà a trovare qualcuno che rilevi la licenza."],
        ["+Io intanto domani mattina passerò lo stesso dalla piazza, per abitudine."],
        ["+E mi mancherà il suo «Buongiorno, professore», anche se professore non lo sono mai stato."],
        ["-Le opinioni espresse in questa rubrica sono dell'autore.", "-Condividi: Facebook · X · WhatsApp"],
        ["-Commenti (4)", "-Pietro R. · 6 dicembre 2026 alle 12:15",
         "-Da noi è successo due anni fa. Adesso i giornali li vende il tabaccaio, ma non è la stessa cosa.",
         "-Rispondi · Segnala"],
        ["-Il Corriere di Valsorbina S.r.l. – Sede legale: via Roma 1", "-© Riproduzione riservata"],
    ])),
    ("pl-portal-modrzewno-osp", _page("pl", "pl-portal-modrzewno-osp", [
        ["-Modrzewno24", "-Portal informacyjny gminy Modrzewno"],
        ["-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt", "-Zaloguj się"],
        ["-Czwartek, 3 grudnia 2026", "-Imieniny: Franciszka, Ksawerego"],
        ["+Strażacy z Modrzewna mają nowy wóz. Stary jeździł od 1994 roku"],
        ["-Autor: Bartosz Jędryka", "-03.12.2026, 09:45"],
        ["+Ochotnicza Straż Pożarna w Modrzewnie odebrała w sobotę nowy średni samochód ratowniczo-gaśniczy. Zastąpi "
         "on starą, trzydziestoletnią maszynę."],
        ["-Nowy wóz przed remizą. Fot. OSP", "-REKLAMA"],
        ["+Samochód kosztował ponad milion złotych; większość pieniędzy dało województwo, resztę gmina i mieszkańcy. "
         "– Stary jelcz w zimie nie chciał odpalić, pchaliśmy go pod górkę całą jednostką – wspomina prezes OSP "
         "Stanisław Wierzchoń."],
        ["+Co potrafi nowy samochód"],
        ["+Ma zbiornik na 3000 litrów wody i 300 litrów środka pianotwórczego.",
         "+Mieści sześciu strażaków z pełnym wyposażeniem.",
         "+Wozi agregat prądotwórczy i sprzęt do ratownictwa drogowego.",
         "+Ma napęd na obie osie, więc dojedzie zimą do każdego przysiółka."],
        ["-Czytaj także: Zebranie wiejskie w sprawie świetlicy przełożone",
         "-Masz temat? Napisz do nas: redakcja@modrzewno24.example"],
        ["+Poświęcenie wozu odbędzie się 4 maja, w dniu świętego Floriana."],
        ["+Stary jelcz trafi do gminnej izby pamięci, a nie na złom, zapewnił wójt."],
        ["-Tagi: straż pożarna, gmina, samochód", "-Komentarze (3)"],
        ["-strażak_senior", "-Gratulacje chłopaki! Jeszcze tylko remiza do remontu.", "-Odpowiedz | Zgłoś"],
        ["-Polub nas na Facebooku", "-Regulamin | Polityka prywatności | Kontakt", "-Copyright © 2026 Modrzewno24"],
    ])),
    ("pl-blog-piec-kaflowy", _page("pl", "pl-blog-piec-kaflowy", [
        ["-Kaflowy Zakątek", "-Blog o starych piecach, kaflach i remontach na wsi"],
        ["-Strona główna · O mnie · Piece · Kafle · Kontakt", "-Szukaj…"],
        ["-Kategoria: Remonty", "-14 listopada 2026"],
        ["+Rozebraliśmy piec kaflowy po babci i złożyliśmy go z powrotem"],
        ["-Opublikowane przez: Marek", "-Komentarzy: 11"],
        ["+Piec stał w kuchni od lat pięćdziesiątych i od dziesięciu lat nikt w nim nie palił, bo dymił do pokoju i "
         "pękały kafle."],
        ["-Kafle ponumerowane kredą przed rozbiórką", "-Wpis zawiera linki afiliacyjne"],
        ["+Zduna znaleźliśmy dopiero w sąsiednim powiecie. Pierwsze, co powiedział po obejrzeniu pieca, to: „Kafle są "
         "dobre, tylko ktoś go kiedyś źle przestawił”."],
        ["+Co trzeba było wymienić"],
        ["+Wkład żeliwny i ruszt, bo stary przepalił się na wylot.",
         "+Całą zaprawę w spoinach, którą zdun przygotował sam z gliny z naszego pola.",
         "+Osiem pękniętych kafli, które dokupiliśmy z rozbiórki w innej wsi."],
        ["-Zobacz też: Jak wyczyścić stare kafle bez niszczenia szkliwa",
         "-Zapisz się na newsletter, a nie przegapisz kolejnych wpisów"],
        ["+Cała robota zajęła zdunowi sześć dni, a nam dwa tygodnie sprzątania."],
        ["+Pierwsze palenie było w sobotę: piec nie dymi, a kuchnia trzyma ciepło do rana."],
        ["+W następnym wpisie pokażę, jak czyściliśmy kafle z farby olejnej."],
        ["-11 odpowiedzi"],
        ["-Ania z Podlasia", "-15 listopada 2026 o 20:12",
         "-Mamy podobny piec w domu rodziców. Możesz podać kontakt do tego zduna?", "-Odpowiedz"],
        ["-Dodaj komentarz", "-Twój adres e-mail nie zostanie opublikowany."],
        ["-© 2026 Kaflowy Zakątek"],
    ])),
    ("ru-portal-verkhnesosensk-parom", _page("ru", "ru-portal-verkhnesosensk-parom", [
        ["-Верхнесосенский вестник", "-Новости Верхнесосенска и района"],
        ["-Главная | Новости | Происшествия | Спорт | Афиша | Объявления", "-Войти"],
        ["-3 декабря 2026, четверг", "-Погода: −4 °C, снег"],
        ["+Переправа снова работает: в Верхнесосенске запустили паром после трёх лет перерыва"],
        ["-Анна Ведерникова", "-3 декабря 2026, 12:40"],
        ["+С понедельника между Верхнесосенском и селом Заречным снова ходит паром. Переправа не работала с 2023 года, "
         "когда старое судно сняли с линии."],
        ["-Новый паром у причала. Фото: администрация района", "-Реклама"],
        ["+Без парома жителям Заречного приходилось ехать в город через мост, а это почти семьдесят километров. "
         "«Раньше в поликлинику ездила на целый день, теперь через двадцать минут на месте», — говорит "
         "пенсионерка Валентина Сорокина."],
        ["+Как работает переправа"],
        ["+Паром ходит с 7:00 до 20:00, рейсы каждый час.",
         "+Проезд для пешеходов бесплатный, для легковых машин — 150 рублей.",
         "+Одновременно паром берёт до восьми легковых машин.",
         "+В ледостав переправу закроют до весны."],
        ["-Читайте также: В районе откроют ещё два фельдшерско-акушерских пункта",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Паром купили на средства областной программы, его стоимость составила 38 миллионов рублей."],
        ["+Следующим летом у причалов обещают сделать навесы и освещение."],
        ["-Теги: транспорт, переправа, район", "-Комментарии (6)"],
        ["-Иван_с_того_берега", "-Наконец-то! Три года возили картошку на рынок в объезд.", "-Ответить"],
        ["-Сообщить новость: +7 (000) 000-00-00", "-Политика конфиденциальности | Пользовательское соглашение",
         "-© 2026 Верхнесосенский вестник. 12+"],
    ])),
    ("ru-kolonka-domino", _page("ru", "ru-kolonka-domino", [
        ["-Кругловодская неделя", "-Еженедельная газета", "-Подписка | Архив номеров | Контакты"],
        ["-Мнения", "-Колонка", "-5 декабря 2026"],
        ["+Куда делся наш доминошный стол"],
        ["-Автор: Геннадий Пальчиков", "-Фото: архив редакции"],
        ["+Стол во дворе дома на улице Строителей стоял с семидесятых годов. В ноябре управляющая компания его убрала, "
         "не спросив никого из жильцов."],
        ["-Тот самый стол летом 2019 года", "-Реклама 16+"],
        ["+В управляющей компании мне объяснили, что стол «не соответствовал требованиям благоустройства». Сосед с "
         "третьего этажа, Михаил Петрович, ответил на это коротко: «Сорок лет соответствовал, а теперь перестал»."],
        ["+Что этот стол значил для двора"],
        ["+Летом за ним каждый вечер играли в домино, а зимой расчищали снег, чтобы сыграть хоть одну партию.",
         "+На нём делили рассаду, подписывали поздравления и пили чай после субботников.",
         "+Дети учились за ним считать очки раньше, чем в школе."],
        ["-Другие колонки автора", "-Пишите нам: pisma@kruglovodskaya-nedelya.example"],
        ["+Жильцы написали в управляющую компанию коллективное письмо, под ним сорок две подписи."],
        ["+Обещают рассмотреть в течение тридцати дней."],
        ["+А пока мужчины по вечерам стоят на том месте, где был стол, и спорят, кто виноват."],
        ["-Мнение автора может не совпадать с мнением редакции", "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-Комментарии", "-Лидия Сергеевна, 5 декабря 2026",
         "-У нас во дворе такой же убрали в прошлом году. Поставили вместо него клумбу, которую никто не поливает.",
         "-Ответить"],
        ["-Учредитель: ООО «Кругловодская неделя»",
         "-© «Кругловодская неделя», 2026. При перепечатке ссылка обязательна."],
    ])),
])


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {}


test_held_out_77_line, test_held_out_77_line_is_kept, test_held_out_77_page = held_out_tests(
    HELD_OUT_77_LINES, HELD_OUT_77_KEEP, HELD_OUT_77_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
