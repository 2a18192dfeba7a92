"""Held-out set 96: written blind, weighted toward the noise the cleaner exists for, in shapes set 94's docstring does
not name (nor the first paragraphs of sets 91, 92 and 93): scraper, embed and ad markers (Medium's app banner residue
"Open in app", Instagram's embed residue "View this post on Instagram", the Canadian-style English ad break "Story
continues below advertisement", a French slideshow counter "Diaporama : 1 / 12", the German ad break "Artikel wird nach
der Anzeige fortgesetzt", an Italian gallery button "Apri la gallery fotografica (8 foto)", a Polish zoom link "Kliknij,
aby powiększyć zdjęcie" and the Russian ad break "Материал продолжится после рекламы"); reading-time headers in new
wordings (the English "Read in 6 mins" and a blog's "This post takes about 9 minutes to read, so grab a cup of tea
first.", the French "Lecture 4 min.", the German "Lesedauer: 3 Minuten", the Italian "Si legge in 5 minuti", the Polish
"5 minut czytania" and the Russian "4 минуты на чтение"); bylines and self-promotion (an English name-and-desk byline
"Maud Trevillick | Arts and Heritage Reporter", an English reporter's bio line "Maud Trevillick is the Chronicle's arts
and heritage reporter and has covered the county's museums since 2015.", a castle-walk blog's buy-me-a-coffee plug "If
these castle walks have been useful, you can buy me a coffee – it keeps the car on the road.", a French byline with its
date "Par Clémence Varangeot, publié le 3 décembre 2026 à 7 h 45", a German blog's Instagram plug "Mehr von mir gibt's
auf Instagram – dort zeige ich jede Woche neue Funde aus alten Kirchenbüchern.", an Italian desk credit "A cura della
redazione Cultura e Spettacoli", a Polish buycoffee.to plug "Jeśli lubisz moje wpisy, postaw mi kawę na buycoffee.to –
każda złotówka idzie na skany starych map." and a Russian VK-group plug "Вступайте в нашу группу ВКонтакте — там больше
фотографий с каждой экскурсии."); blog and site footers (Wix's "© 2026 by Ramparts & Ramblers. Proudly created with
Wix.com", an English company-registration line "Hembrigg Media Ltd, registered in England and Wales, company number
00000000.", a blog's Creative Commons licence line "Unless stated otherwise, all text and photographs on this blog are
licensed under CC BY-NC 4.0.", a French web-host legal line "Hébergement : OVH SAS, Roubaix (France)", Jimdo's German
"Diese Website wurde mit Jimdo erstellt", an Italian publisher-and-VAT line "© 2026 Editoriale Valdossena srl – P.IVA
00000000000 – Tutti i diritti riservati", a Polish publisher-and-KRS line "Wydawca: Agencja Wydawnicza Dębowy Liść sp. z
o.o., KRS 0000000000" and the Russian attribution-required line "При использовании материалов ссылка на сайт
обязательна."); reader-comment furniture (WordPress's Akismet line "This site uses Akismet to reduce spam. Learn how
your comment data is processed.", an English sort row "Sort by: Newest | Oldest | Most liked", an English follow-up
checkbox "Notify me of follow-up comments by email.", WordPress's French save-my-details checkbox "Enregistrer mon nom,
mon e-mail et mon site dans le navigateur pour mon prochain commentaire.", a German comments-closed line "Die
Kommentarfunktion für diesen Artikel wurde geschlossen.", WordPress's Italian count heading with the post title "2
commenti su “Il castello che nessuno visita”", a Polish sort row "Najnowsze | Najstarsze | Najwyżej oceniane" and a
Russian comment action row "Цитировать · Ответить · Пожаловаться"); share rows (an English Mastodon, Threads and Reddit
row, a French e-mail, Mastodon and Reddit sentence and an Italian Threads, X and Flipboard row); and notices (a German
correction note "Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Baujahr des Rathauses.", a
Polish first-in-print note "Tekst ukazał się pierwotnie w papierowym wydaniu tygodnika." and the Russian opinion
disclaimer "Мнение автора может не совпадать с позицией редакции."); and toward whole scraped news and hobby-blog pages
in layouts set 94's docstring does not describe (a noise line on the line right after a paragraph, with no blank line
between them, on two pages, a table of contents between the first and second paragraphs on one page and between the
paragraph with the quote and the subheading on another, noise between the subheading and the first list row on two
pages, a gap between list rows on all twelve, noise between the two last paragraphs on two, replies to replies on ten),
taken from culture and heritage and from blogs about family history, old maps, vinyl records and castle walks (a
regional portal's story on a museum's new east wing, with a comment, the paper's reply and a reply to it, a castle-walk
blog's post on a winter circuit of a castle's curtain wall, with a comment, the author's reply and a reply to it, a
regional portal's story on a media library opening late on Thursdays, with a comment and a reply, an old-maps blog's
post on what an eighteenth-century Cassini map shows of a village, with a comment, the author's reply and a reply to it,
a regional portal's story on a church organ restored, with a comment, the paper's reply and a reply to it, a
family-history blog's post on finding an ancestor in an 1851 baptism register, with a comment, the author's reply and
another reader's reply, a regional portal's story on a theatre's roof repair, with a comment, a reply and a reply to it,
a vinyl blog's post on washing fifty records found in a cellar, with a comment, the author's reply and a reply to it, a
regional portal's story on a town archive putting 40,000 scans online, with two guest comments and the paper's reply, a
castle-walk blog's post on a winter climb to a castle ruin, with a comment, the author's reply and a reply to it, a
regional portal's story on a first folk-song festival, with a comment, a reply and a reply to it, and a vinyl blog's
post on twelve records from a flea market, with a comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 94), held-out set 95 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 94 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 91, 92 and 93, printed with one ast script
(/tmp/s96scratch/read94.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 94's, taken by a script (/tmp/s96scratch/gen.py) from the ``def _marks`` node's line on, with
its xfail tables emptied (the three annotated assignments found with ``ast``) and 94 -> 96, then refilled after the
measurement by the same script from /tmp/s96scratch/tables96.py. ``_page`` is set 94's, taken by the same script from
its node. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s96, detached at commit 0192ec6ef4b24b972a1085de055e29aee1517338, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 94's file (and the first paragraphs
of sets 91, 92 and 93) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s96scratch/read94.out, 595 lines) that I paged through with ``sed`` (lines 1 to 150, 150 to 330 and 330 to 595);
nothing else was printed from it. The docstring cut held (the printed docstring ended with set 94's Baseline paragraph).
That allowed text itself names set 94's scratch paths and its frozen commit (994df7e5585fe24c97e613f7832d5f0ca9ff63d1)
and set 92's (6bf230607a5e4e63e78d8a6407151a4995c2e351); set 94's xfail reasons quote its missed lines and left page
lines; I saw these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I
did not open. The generating script, which read set 94's file to take its ``_page`` helper and its tail, printed nothing
but, on its first run, an assertion message listing the seven lines of the tail's three test functions that still held
"94" (its first renaming pattern missed ``HELD_OUT_94_LINES`` and the like; the pattern was fixed and the script run
again); I printed parts of the file it wrote (the imports, the lists, the start of the pages, the emptied tables and the
start of the test functions) with ``sed``. At my first step ``git status --short`` in /work/main printed nothing (a
clean working tree) and ``git rev-parse HEAD`` printed 0192ec6ef4b24b972a1085de055e29aee1517338. (2) The worktrees were
made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which
round the frozen commit is. To see that the worktrees existed I ran ``ls`` on /tmp/wt-s96 and /tmp/wt-set96, which
printed the top-level names of the checkout (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests)
and no file's contents. The branch set96 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests (56 passed, 21 xfailed), which is a check of the tables, not a second measurement.
(3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src and /work/main/tests on the path (/tmp/s96scratch/helpers.py), which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened.
The stand-in noisy_corpus module was written by a small script (/tmp/s96scratch/mkstand.py) that imported
tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to
the scratch folder. (4) The lists were written as data in scratch files (/tmp/s96scratch/lists96.py and pages96.py) and
put together with the tail into this file by /tmp/s96scratch/gen.py, which splits long string literals to fit 120
columns. Before the measurement the file was executed from a scratch folder (/tmp/s96scratch/stand) with stand-ins (that
copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) by
/tmp/s96scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and by
place, the keep lines by language and by place, the pages by language and checked that every page has 10 article and 20
noise lines, that no page article line repeats on its page and no page noise line does (case-insensitively), that no
page noise line is a substring of an article line of its page (case-sensitively and case-insensitively) or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_96_LINES`` or ``HELD_OUT_96_KEEP``, case-sensitively and
case-insensitively, that no page article line overlaps one of those lines, that no held-out noise line overlaps a keep
line, that no line is longer than 120 columns and that the file holds no e-mail address. Before its first run the page
counts printed by a one-line loop showed the library story with 9 article lines, and a last paragraph was added to it.
Its first run found 2 problems: the theatre-roof story's comment heading "Commenti" inside the Italian held-out count
heading (it became "La parola ai lettori") and the winter-castle post's table-of-contents row "Na dziedzińcu" inside one
of its list rows (it became "Na zamkowym dziedzińcu"); these were changed by a small replacement script
(/tmp/s96scratch/fix1.py) and the second run found nothing. No list changed after that check. While writing, I avoided
ad labels that a held-out or keep line holds ("Advert" and "Advertisement" inside the English ad break, "Sponsored"
inside an English keep line, "Anzeige" inside a German keep line, "Реклама" inside a Russian keep line). As allowed,
some page noise lines hold another noise line or an article word of their page (site names inside captions, commenter
rows and copyright lines, place names of the article inside captions and newsletter prompts). (5) At the measurement
(21:59:24 UTC) this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the
tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were
seen. The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s96scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of the
failing ones, to write the xfail reasons; the places named in the page reasons are where I put the lines, since
``_problems`` only says that a line was kept. (6) Invented names were checked, before the measurement, against the
helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not a
proof that they do not exist: Wexhallow, Opal Brandreth, Hester Quarmby, Battlements and Bootlaces, Craigmorlan,
Castelmoirac, Bérengère Colliaux, Le Grenier aux Cartes, Wendelsbrück, Ulrike Strohschein, Almenrath, Kirchenbuch &
Kaffeetasse, Johann Heinrich Brockmöller, Vallerosta, Teatro Sgaravatti, Marina Ceccopieri, Serramenti Bottazzi, Solchi
e Puntine, Brzozolesie, Halina Żurawiecka, Olchawiec, Baszty i Buty, Skalnica Górna, Камышеборск, Ксения Пыжова,
Валентина Сухорукова, Балабанцев, Пыль на иголке, Maud Trevillick, Clémence Varangeot, Ramparts & Ramblers, Hembrigg,
Editoriale Valdossena and Dębowy Liść had no hits. Quarmby, Colliaux, Strohschein, Brockmöller, Sgaravatti and
Ceccopieri had hits as surnames and were kept with first names (or, for the theatre, with "Teatro") that had none;
Rauschal had hits only inside other words (a German roofing term) and Ollendiek only inside a longer place name, and
both were kept. Dropped after their checks: Aldenmarsh, planned for the English museum town (a company domain in sample
data and a path in code), Fensterbau Krellmann, planned for the German window ad (a real surname and a company in sample
data), Halina Wierzbięta, planned for the Polish archivist (a surname in name lists), Zbigniew Tarnawczyk, planned for
the Polish byline (a real surname), Верхнеозёрск, planned for the Russian town (in city lists of game and sample data),
Пётр Ладыгин, planned for the Russian accordionist (a real surname), Quillbridge Media, planned for the English company
line (a code identifier), and Marlstow, tried in its place (a town in sample data). Not checked, generic or invented at
sight: Corn Exchange Square, Quarry Field, the Marienkirche, the piazza Garibaldi, the ul. Ogrodowa, Ключи, the
ensembles «Берегиня», «Родничок» and «Сударушка», Giuliana Pastorelli, Friederike and Benedikt (first names with the
checked surnames), the Wexhallow Gazette, the Courrier de Castelmoirac, the Wendelsbrücker Kreisbote, the Corriere di
Vallerosta, the Gazeta Brzozoleska and the Камышеборские вести (papers named after the checked towns), and the people's
names (Ruth_Pennock, Gwilym, Hilary M, Josiane_L, Marc-Antoine, Anselme, Yvette D., Hannelore W., Dorothee, Gisela,
Ahnen_Klaus, Anna_V, Pier, Vittorio, Stanisław, Ela, Ola_w_drodze, Людмила, Николай, Андрей_винил), which are invented,
though ordinary names real people may bear; none is meant as a real person. Phone, company and registration numbers are
zero-filled. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from memory):
Medium's "Open in app" banner, Instagram's embed text, Wix, Creative Commons, OVH and Roubaix, Jimdo, the Italian P.IVA
and the Polish KRS, WordPress and its Akismet plug-in and comment-form checkboxes, Mastodon, Threads, Reddit, X,
Flipboard, buycoffee.to and VK; on the pages the Cassini map, the IGN, Gallica, Pinterest, Sütterlin script, YouTube,
Telegram, WordPress, the Beryozka ensemble, the Melodiya label, the Vega turntable and the 16+ mark of Russian sites.
(8) Set 94's docstring names its own shapes and its pages' layouts (and sets 91 to 93 their shapes in their first
paragraphs), so some lines may repeat shapes of sets before 91 or of the development lists that I could not check; in
particular the Instagram residue, the Akismet line, the WordPress checkboxes, the Wix and Jimdo credits and the English
and Russian ad breaks are common enough that an earlier set may hold them. Close to shapes sets 91 to 94 named: the
Instagram residue and the app banner are embed and app residue near the Spotify, Getty and YouTube residues; the
English, German and Russian ad breaks are ad breaks in other words (sets 91 and 94 name English, French and Polish
ones); the slideshow counter and the gallery button are near the German gallery button; the zoom link is near the German
zoom button; the reading-time rows are reading-time rows in other words; the desk credit, the bylines and the bio line
are bylines near the correspondent, written-by and author-box lines; the buy-me-a-coffee, Instagram, buycoffee.to and VK
plugs are plugs like the Ko-fi, Patreon, PayPal, Patronite, Dzen, YouTube and Twitch ones; the Wix and Jimdo credits are
near the Squarespace, Tilda, Ghost and Jekyll credits; the company-registration, VAT, KRS and host lines are legal
footers near the imprint, register and publication-director lines; the licence and attribution lines are near the
copyright-and-ask and all-rights lines; the comment lines are comment furniture near the count, consent, log-in and form
lines (the Italian count heading near the count rows, the Russian action row near the Facebook-style action row); the
share rows are share rows on other platforms; the correction, first-in-print and opinion notes are notices. Page chrome
repeats kinds of line set 94's docstring names among its noise (photo captions, ad labels and ads, read-also and
most-read links, newsletter, Telegram and YouTube prompts, affiliate notes, tables of contents, polls, gallery links,
theme credits), as real pages carry them. (9) My first step's clock reading was 2026-12-04 21:53:23 UTC; the measurement
ran at 21:59:24 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to
report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sponsored by", "Read in full", "Subscriptions from", "Open in
the evenings", "Comments written in the margins", "Photo albums", "All rights to the recordings", "Publié pour la
première fois", "Partager la scène", "Lire les registres", "Anzeigen in der Lokalzeitung", "Kommentiert hat",
"Weiterlesen können", "Iscriviti alla visita guidata", "Condivisa da tre generazioni", "Tutti i diritti sulle
fotografie", "Reklamy z przedwojennych gazet", "Udostępnione w sieci", "Реклама гастролей" and "Комментарии
реставраторов" are article sentences. The app banner, the Instagram residue, the three ad breaks, the slideshow counter,
the gallery button and the zoom link are counted as markers; the reading-time rows as reading-time lines; the
name-and-desk byline, the bio line, the dated French byline, the Italian desk credit and the buy-me-a-coffee, Instagram,
buycoffee.to and VK plugs as bylines; the Wix, company-registration, licence, host, Jimdo, publisher-and-VAT,
publisher-and-KRS and attribution rows as footers; the Akismet line, the sort rows, the follow-up and save-my-details
checkboxes, the comments-closed line, the count heading and the action row as comments; the share rows as share; the
correction, first-in-print and opinion notes as notices. On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article (10
lines a page; the blog posts' closing lines about the next post or asking readers for their finds are their last
paragraphs and counted as article) and everything else is noise (20 lines a page); in particular site and blog names and
taglines, menus, search boxes, the weather line, breadcrumbs, bylines and author names, dates, update times, categories,
save links, view counts, comment counts, the 16+ mark, subscription offers, most-read links, tables of contents, photo
and map captions, ad labels and ads, read-also links, newsletter, Telegram and YouTube prompts, pin-it and Pinterest
links, affiliate notes, a poll, video, calendar, gallery, lodging and Gallica links, tags, comment headings, commenter
rows, comment texts and replies, previous-post links, imprint links, the WordPress credit and copyright lines are noise.
The layouts: one to four noise lines above the title, three to seven under it (four blogs have their table of contents
there, after their date and category rows: four lines each; the Cassini post has it between the paragraph with the quote
and the subheading, and the winter-castle post between its first and second paragraphs), one to five between the
paragraphs before the subheading (on en-portal-wexhallow-museumwing a photo caption stands on the line right after the
paragraph with the quote, and on it-portale-vallerosta-teatro-tetto on the line right after the first paragraph, with no
blank line between them), noise between the subheading and the first list row on two pages
(fr-portail-castelmoirac-mediatheque-nocturne, an ad label and an ad, and it-portale-vallerosta-teatro-tetto, a
read-also link), a gap between list rows on all twelve pages (one noise line on eight, after the first row on two and
after the second on six, and two after the first row on en-blog-battlementsandbootlaces-curtainwall, a pin-it prompt and
an ad label, de-blog-kirchenbuchundkaffeetasse-taufregister, a caption and an ad label,
it-blog-solchiepuntine-lavaggio-dischi, a caption and an ad label, and ru-blog-pylnaigolke-barakholka, an ad label and
an ad), noise between the last list row and the last paragraphs on seven pages (the six portals and the Cassini post),
noise between the two last paragraphs on two pages (the record-washing post's newsletter prompt and the flea-market
post's subscribe prompt) and six to nine at the foot, with replies on every page (a "↳" reply from a reader or the paper
on the six portals, the author's reply or another reader's on the six blogs; replies to replies, "↳↳" or "↪↪", on ten
pages, all but the library and archive stories). The subheadings and rows: en-portal-wexhallow-museumwing "What visitors
will find", en-blog-battlementsandbootlaces-curtainwall "What you need to know before you go",
fr-portail-castelmoirac-mediatheque-nocturne "Ce qui change le jeudi", fr-blog-legrenierauxcartes-cassini "Trois détails
qui m'ont surpris", de-portal-wendelsbrueck-orgel "So geht es weiter", de-blog-kirchenbuchundkaffeetasse-taufregister
"Meine Tipps für die Suche im Kirchenbuch", it-portale-vallerosta-teatro-tetto "Il calendario dei lavori",
it-blog-solchiepuntine-lavaggio-dischi "Il mio metodo in tre passaggi", pl-portal-brzozolesie-archiwum-cyfrowe "Co można
znaleźć w serwisie", pl-blog-basztyibuty-skalnica-zima "Co warto wiedzieć przed wyjściem",
ru-portal-kamysheborsk-festival-napevy "Кто получил награды" and ru-blog-pylnaigolke-barakholka "Как я проверяю
пластинку прямо на месте" (three rows each); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-wexhallow-museumwing (a regional news portal's story on a
museum opening a glass-roofed east wing with a Roman mosaic, with a comment, the paper's reply and a reply to it),
en-blog-battlementsandbootlaces-curtainwall (a castle-walk blog's post on a four-mile winter circuit of a castle's
curtain wall, with a comment, the author's reply and a reply to it), fr-portail-castelmoirac-mediatheque-nocturne (a
regional news portal's story on a media library opening until 10 pm on Thursdays, with a comment and a reply),
fr-blog-legrenierauxcartes-cassini (an old-maps blog's post on a village's lost windmill on the Cassini map, with a
comment, the author's reply and a reply to it), de-portal-wendelsbrueck-orgel (a regional news portal's story on a 1787
church organ playing again after two years of restoration, with a comment, the paper's reply and a reply to it),
de-blog-kirchenbuchundkaffeetasse-taufregister (a family-history blog's post on finding a great-great-grandfather in an
1851 baptism register, with a comment, the author's reply and another reader's reply),
it-portale-vallerosta-teatro-tetto (a regional news portal's story on a theatre's roof being rebuilt, with a comment, a
reply and a reply to it), it-blog-solchiepuntine-lavaggio-dischi (a vinyl blog's post on washing fifty records found in
a cellar, with a comment, the author's reply and a reply to it), pl-portal-brzozolesie-archiwum-cyfrowe (a regional news
portal's story on a town archive putting 40,000 scans online, with two guest comments and the paper's reply),
pl-blog-basztyibuty-skalnica-zima (a castle-walk blog's post on a winter climb to a castle ruin, with a comment, the
author's reply and a reply to it), ru-portal-kamysheborsk-festival-napevy (a regional news portal's story on a first
folk-song festival, with a comment, a reply and a reply to it) and ru-blog-pylnaigolke-barakholka (a vinyl blog's post
on checking records at a Sunday flea market, with a comment, the author's reply and a reply to it); every page holds a
title, a subheading with list rows, a quote in the article and noise above the title, under it, between the paragraphs
and the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 0192ec6ef4b24b972a1085de055e29aee1517338, measured with ``cd /tmp/wt-s96 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s96/src python -m pytest -q tests/test_clean_held_out_96.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s96 && PYTHONPATH=/tmp/wt-s96/src python
scripts/clean_held_out_report.py --sets 96`` (noise lines removed 35/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 47 of 240), with the xfail tables empty): noise lines removed 35/45 (marker 7/8, reading-time 6/7,
byline 3/8, footer 6/8, comments 8/8, share 2/3, notice 3/3; missed, all kept in the text: at the head the English "This
post takes about 9 minutes to read, so grab a cup of tea first." and the Italian "A cura della redazione Cultura e
Spettacoli"; in the body the French "Diaporama : 1 / 12" and the Italian "Condividi su Threads, X e Flipboard"; at the
foot the English "Maud Trevillick is the Chronicle's arts and heritage reporter and has covered the county's museums
since 2015.", "If these castle walks have been useful, you can buy me a coffee – it keeps the car on the road." and
"Unless stated otherwise, all text and photographs on this blog are licensed under CC BY-NC 4.0.", the French
"Hébergement : OVH SAS, Roubaix (France)", the German "Mehr von mir gibt's auf Instagram – dort zeige ich jede Woche
neue Funde aus alten Kirchenbüchern." and the Russian "Вступайте в нашу группу ВКонтакте — там больше фотографий с
каждой экскурсии."); keep lines kept 20/20; pages 1/12 clean (de-blog-kirchenbuchundkaffeetasse-taufregister), 47 of 240
page noise lines left and 1 of 120 article lines lost: en-portal-wexhallow-museumwing 2 left ("The Roman mosaic from
Quarry Field, laid out in the new Gallery 2." and "Get our What's On newsletter with weekend listings every Friday");
en-blog-battlementsandbootlaces-curtainwall 3 left ("Battlements and Bootlaces", "Walks around the ruined castles of the
border country, one pair of muddy boots at a time" and "Photo: the gatehouse from the stile, frost still on the grass at
eleven."); fr-portail-castelmoirac-mediatheque-nocturne 6 left ("Sondage : fréquentez-vous la médiathèque ?" and five
lines of its foot: "Réagir à cet article", "Josiane_L", "Enfin ! Je pourrai y aller après le travail.", "↳ Marc-Antoine"
and "Dommage que ce ne soit pas aussi le mardi."); fr-blog-legrenierauxcartes-cassini 8 left ("Le Grenier aux Cartes",
"dans Cartes anciennes, Histoire locale", "Extrait de la feuille de Cassini autour du village, vers 1760.", "Sommaire",
"Le moulin oublié", "Les chemins qui ont changé", "Où consulter la carte" and "Voir la carte en haute définition sur
Gallica") and 1 article line lost or put out of order (its last paragraph "Si votre village a aussi perdu un moulin,
racontez-le-moi en commentaire !"); de-portal-wendelsbrueck-orgel 1 left ("Hier finden Sie alle Termine im
Veranstaltungskalender"); it-portale-vallerosta-teatro-tetto 1 left ("Il teatro con i ponteggi sulla facciata di piazza
Garibaldi."); it-blog-solchiepuntine-lavaggio-dischi 8 left ("La cantina dello zio, prima dello sgombero.", "Ti è
piaciuto questo articolo? Iscriviti alla newsletter" and the six lines of its comment thread: "Vittorio", "Io uso anche
un po' di alcol isopropilico diluito, funziona.", "↳ Solchi e Puntine", "Diluito sì, puro mai! Grazie Vittorio.", "↳↳
Vittorio" and "Allora ci riprovo così!"); pl-portal-brzozolesie-archiwum-cyfrowe 7 left ("Czytelnia archiwum przy ul.
Ogrodowej." and the six lines of its comment thread: "~Gość: Stanisław", "Znalazłem pradziadka w księdze z 1912 roku,
dziękuję!", "~Gość: Ela", "A czy są też akta parafialne?", "↳ ~Redakcja" and "Akta parafialne są w archiwum
diecezjalnym."); pl-blog-basztyibuty-skalnica-zima 8 left ("Baszty i Buty – blog o wędrówkach po ruinach zamków", "Start
· O mnie · Mapa wpisów · Kontakt", "Zdjęcie: ruiny od strony wąwozu, w tle baszta bramna.", "Spis treści", "Dojazd i
parking", "Szlak przez wąwóz", "Na zamkowym dziedzińcu" and "Sprawdź ceny noclegów w okolicy");
ru-portal-kamysheborsk-festival-napevy 2 left ("Участники фестиваля на сцене Дома культуры. Фото Камышеборских вестей"
and "Фотогалерея: 32 снимка с фестиваля"); ru-blog-pylnaigolke-barakholka 1 left ("Фото: мои находки на кухонном
столе."). Of the left page lines five stand above the title (the blog names, taglines and menu of the curtain-wall,
Cassini and winter-castle posts; every other site name, tagline, menu, search box, weather line and breadcrumb goes);
five stand under the title (the Cassini post's category row and map caption and the photo captions of the archive,
winter-castle and festival stories; every other byline, date, category, save link, view count, comment count,
subscription offer, most-read link, 16+ mark and table of contents under the titles goes, as do the photo captions under
the titles of the museum, library and organ stories); thirteen stand between the paragraphs before the subheading (the
museum story's caption on the line after the paragraph with the quote, the curtain-wall post's caption, the Cassini
post's table of contents, the theatre story's caption on the line after its first paragraph, the record-washing post's
cellar caption, the winter-castle post's table of contents and the flea-market post's caption; every ad label and ad
there goes, as do the read-also links, the affiliate notes, the pin-it links and the winter-castle post's newsletter
prompt); none stands between the subheading and the first list row (the library story's ad and its label and the theatre
story's read-also link go); four stand in gaps between list rows (the library story's poll, the Cassini post's Gallica
link, the organ story's calendar link and the winter-castle post's lodging link; the museum story's related link, the
curtain-wall post's pin-it prompt and ad label, the baptism-register post's caption and ad label, the theatre story's
video link, the record-washing post's caption and ad label, the archive story's gallery link, the festival story's
Telegram prompt and the flea-market post's ad and its label go); two stand between the last list row and the last
paragraphs (the museum story's newsletter prompt and the festival story's gallery link; the library, organ, theatre and
archive stories' newsletter and YouTube prompts and the Cassini post's subscribe prompt go); one stands between the two
last paragraphs (the record-washing post's newsletter prompt; the flea-market post's subscribe prompt goes); and
seventeen stand at the foot, on the library story (its comment heading, comment and reply, whose copyright line goes),
the record-washing post (its comment, the author's reply and the reply to it, its whole foot) and the archive story (its
two guest comments and the paper's reply, whose count and copyright lines go); every other tag, comment heading and
count, commenter row, comment text, reply, previous-post, imprint, WordPress and copyright line at the foot goes. One
article line is lost or put out of order: the Cassini post's closing line asking readers about their own lost windmills.
The failing cases are strict xfails.

Still held out after rounds 76 and 77 and session 29's second opinion (round 76, developed on sets 91 and 92: comment
threads signed with bare names, reading times addressed to the reader, press-regulator lines, map and table lines,
next-part teasers, spoiler lines, shop plugs; the second opinion retrained on sets 1-92 with a bar of its own for
clause-like tail lines; round 77, developed on sets 93 and 94: a subheading's rows carry on past lines the rules took,
chart and map captions under a label, trade ads with free quotes, newsletter and story-tip prompts, unnumbered tables of
contents under a table-only header, platform credits, image zoom buttons; this set was written against 0192ec6, before
all three; measured once with ``scripts/clean_held_out_report.py --sets 96`` at f4fe582): noise lines removed 35 -> 36
of 45 (the retrained second opinion takes the Creative Commons licence footer; its xfail entry is removed), keep lines
20/20, pages clean 1/12, page noise lines left 47 -> 37 of 240, article lines lost 1 -> 2 of 120 (the Cassini-map post,
which kept 8 noise lines and lost 1 article line, now keeps 3 and loses 2: round 77 made this loss). Page reasons are
not reworded (round 78 reads the set).

Round 78 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_96.py`` at main's 5ccde0f (before; after
rounds 76 and 77) and the round's last commit on branch round78 (after): noise lines 36 -> 36 of 45 (marker 7/8,
reading-time 6/7, byline 3/8, footer 7/8, comments 8/8, share 2/3, notice 3/3), keep lines 20 -> 20 of 20, pages clean 1
-> 2 of 12, page noise lines left 37 -> 17 of 240, article lines lost 2 -> 0 of 120; pytest 57 passed, 20 xfailed -> 58
passed, 19 xfailed. Fixed, by mechanism: the last row of a list whose rows end in a semicolon or a comma, with its full
stop, ends the subheading's block past the page's lines between the rows (page_blocks._is_closing_row: set 95's
climbing-wall story kept no block when a video and a gallery link stood before its last row, and lost its subheading,
three rows and two last paragraphs); an unnumbered table of contents printed in one block with its header ends at the
block's end, the article's paragraph may stand under the subheading that follows (clean._unnumbered_toc_end: round 77's
rule, commit 0aaed55 and its squashed work 06677b4, took set 96's Cassini subheading 'Trois détails qui m'ont surpris'
as a fourth entry); a table of contents the rules took under the title counts as evidence of the page's head as its
entries did before round 77 took them (page_blocks._mark_head: set 95's riverbank post keeps 6 -> 4 lines again, its
blog name and tagline go, and set 92's popcorn-roast post is clean); a blog's last paragraph asking the reader to tell
the author, in the first person singular, in the comments stops the edge models' walk (clean._AUTHOR_ASKS_IN_COMMENTS:
the Cassini post's 'Si votre village a aussi perdu un moulin, racontez-le-moi en commentaire !', p=0.98 for the second
opinion); a comment thread under a call to react to the article ('Réagir à cet article', noise_patterns.REPLY_FORM),
signed by guests with a tilde ('~Gość: Stanisław', '↳ ~Redakcja', comment_threads._COMMENTER_ROW and
noise_patterns.NESTED_REPLY), or with no header, a commenter's name over a comment and a reply's arrow under it
(comment_threads._is_headerless_thread), goes: set 96's library, archive and record-washing threads. Classes added (six
languages, near misses, test_round_78_*): a poll's label and question with no call ('Sondage : fréquentez-vous la
médiathèque ?') and the call to vote in our poll ('Have your say: ... ? Vote in our poll'); a liked-it question then the
newsletter's sign-up ('Ti è piaciuto questo articolo? Iscriviti alla newsletter'); a quick read told in minutes ('A
quick read – about three minutes.', 'Lektura na 5 minut'). Other sets moved (held-out report): set 72's kiosk column 4
-> 1 page lines left (its 'Réagir à cet article' thread goes), set 91's night-train post 5 -> 4 (its blog name goes),
set 92 0 -> 1 pages clean and 16 -> 14 lines left; no set lost a noise, keep or article line; SemEval diff 0 of 3,723
files. Left: the single lines of the _LINE_XFAIL table, and on the pages the photo captions with no label or written as
sentences (eight pages), blog names and taglines above the title (the Cassini, curtain-wall and winter-castle posts, the
last with its menu), the Cassini post's category row, the organ story's calendar link, the festival story's gallery link
and the winter-castle post's lodging link.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_96_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Open in app", "marker"),
    ("body", "View this post on Instagram", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Read in 6 mins", "reading-time"),
    ("head", "This post takes about 9 minutes to read, so grab a cup of tea first.", "reading-time"),
    ("head", "Maud Trevillick | Arts and Heritage Reporter", "byline"),
    (
        "tail",
        "Maud Trevillick is the Chronicle's arts and heritage reporter and has covered the county's museums since "
        "2015.",
        "byline",
    ),
    (
        "tail",
        "If these castle walks have been useful, you can buy me a coffee – it keeps the car on the road.",
        "byline",
    ),
    ("tail", "© 2026 by Ramparts & Ramblers. Proudly created with Wix.com", "footer"),
    ("tail", "Hembrigg Media Ltd, registered in England and Wales, company number 00000000.", "footer"),
    (
        "tail",
        "Unless stated otherwise, all text and photographs on this blog are licensed under CC BY-NC 4.0.",
        "footer",
    ),
    ("tail", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comments"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "Share on Mastodon · Threads · Reddit", "share"),
    # French
    ("body", "Diaporama : 1 / 12", "marker"),
    ("head", "Lecture 4 min.", "reading-time"),
    ("head", "Par Clémence Varangeot, publié le 3 décembre 2026 à 7 h 45", "byline"),
    ("tail", "Hébergement : OVH SAS, Roubaix (France)", "footer"),
    (
        "tail",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
        "comments",
    ),
    ("tail", "Partager par e-mail, sur Mastodon ou sur Reddit", "share"),
    # German
    ("body", "Artikel wird nach der Anzeige fortgesetzt", "marker"),
    ("head", "Lesedauer: 3 Minuten", "reading-time"),
    (
        "tail",
        "Mehr von mir gibt's auf Instagram – dort zeige ich jede Woche neue Funde aus alten Kirchenbüchern.",
        "byline",
    ),
    ("tail", "Diese Website wurde mit Jimdo erstellt", "footer"),
    ("tail", "Die Kommentarfunktion für diesen Artikel wurde geschlossen.", "comments"),
    (
        "tail",
        "Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Baujahr des Rathauses.",
        "notice",
    ),
    # Italian
    ("body", "Apri la gallery fotografica (8 foto)", "marker"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "A cura della redazione Cultura e Spettacoli", "byline"),
    ("tail", "© 2026 Editoriale Valdossena srl – P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "2 commenti su “Il castello che nessuno visita”", "comments"),
    ("body", "Condividi su Threads, X e Flipboard", "share"),
    # Polish
    ("body", "Kliknij, aby powiększyć zdjęcie", "marker"),
    ("head", "5 minut czytania", "reading-time"),
    (
        "tail",
        "Jeśli lubisz moje wpisy, postaw mi kawę na buycoffee.to – każda złotówka idzie na skany starych map.",
        "byline",
    ),
    ("tail", "Wydawca: Agencja Wydawnicza Dębowy Liść sp. z o.o., KRS 0000000000", "footer"),
    ("tail", "Najnowsze | Najstarsze | Najwyżej oceniane", "comments"),
    ("tail", "Tekst ukazał się pierwotnie w papierowym wydaniu tygodnika.", "notice"),
    # Russian
    ("body", "Материал продолжится после рекламы", "marker"),
    ("head", "4 минуты на чтение", "reading-time"),
    ("tail", "Вступайте в нашу группу ВКонтакте — там больше фотографий с каждой экскурсии.", "byline"),
    ("tail", "При использовании материалов ссылка на сайт обязательна.", "footer"),
    ("tail", "Цитировать · Ответить · Пожаловаться", "comments"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_96_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Sponsored by the town's two banks, the restoration appeal reached its target in nine weeks."),
    ("head", "Read in full, the 1911 minute book shows the council almost sold the organ for scrap."),
    ("body", "Subscriptions from 340 members paid for the new display cases, the society's treasurer said."),
    ("body", "Open in the evenings until nine from January, the library will also lend reading lamps."),
    ("tail", "Comments written in the margins of the 1840 tithe map show which fields flooded every winter."),
    ("tail", "Photo albums donated by three families now fill a whole shelf of the reading room."),
    ("tail", "All rights to the recordings were handed to the archive by the singer's grandson last spring."),
    # French
    ("head", "Publié pour la première fois en 1923, le plan de la ville montre encore les remparts."),
    ("body", "Partager la scène avec les musiciens amateurs allait de soi, explique la directrice du festival."),
    ("tail", "Lire les registres paroissiaux numérisés est désormais possible depuis chez soi."),
    # German
    ("head", "Anzeigen in der Lokalzeitung von 1952 halfen, den Erbauer der Orgel zu finden."),
    ("body", "Kommentiert hat der Kreisarchivar die Funde in einer kleinen Ausstellung im Foyer."),
    ("tail", "Weiterlesen können Besucher in den Originalbänden nur mit Handschuhen."),
    # Italian
    ("head", "Iscriviti alla visita guidata entro venerdì, ricorda la biblioteca: i posti sono trenta."),
    ("body", "Condivisa da tre generazioni, la collezione di dischi conta oltre duemila vinili."),
    ("tail", "Tutti i diritti sulle fotografie sono stati ceduti all'archivio comunale dagli eredi."),
    # Polish
    ("body", "Reklamy z przedwojennych gazet zdobią teraz ściany nowej sali muzeum."),
    ("tail", "Udostępnione w sieci skany map mają rozdzielczość 600 dpi."),
    # Russian
    ("head", "Реклама гастролей 1912 года нашлась в подшивке местной газеты."),
    ("tail", "Комментарии реставраторов к каждой трубе органа занесены в отдельный журнал."),
]

HELD_OUT_96_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-wexhallow-museumwing": _page("en", "en-portal-wexhallow-museumwing", [
        ["-The Wexhallow Gazette – your town, every day", "-Home › What's On › Arts & Culture"],
        ["+Wexhallow Museum opens its glass-roofed east wing after four years of building"],
        [
            "-Hester Quarmby, Culture Editor",
            "-Thursday 3 December 2026, 6:00 am",
            "-Save this article",
            "-The new east wing seen from Corn Exchange Square on Wednesday evening. Photo: Gazette staff",
            "-Most read: Bypass roadworks to start in January",
            "-Most read: Late-night bus to the hospital axed",
        ],
        [
            "+The museum's east wing, built on the site of a former bus depot, opens to the public on Saturday with "
            "three new galleries and a study room for school groups.",
        ],
        [
            "+The £6.2m project was paid for largely by a heritage lottery grant, with £800,000 raised locally "
            "through a decade of appeals, bric-a-brac stalls and a sponsored walk.",
        ],
        ["-Paid promotion", "-Wexhallow Carpet Warehouse – winter sale now on, up to 40% off"],
        [
            "+\"For the first time we can show the whole Roman mosaic instead of a photograph of it,\" said the "
            "museum's director, Opal Brandreth.",
            "-The Roman mosaic from Quarry Field, laid out in the new Gallery 2.",
        ],
        ["+What visitors will find"],
        ["+A lift and a step-free entrance on Corn Exchange Square, replacing the old side door."],
        ["-Related: Museum volunteers honoured at civic awards"],
        ["+A gallery of objects found by metal detectorists in the district since 1990."],
        ["+A workshop room where visitors can watch the conservators through a glass wall."],
        ["-Get our What's On newsletter with weekend listings every Friday"],
        [
            "+The wing opens at 10am on Saturday; the original building will close for two weeks in January while the "
            "old galleries are repainted.",
        ],
        ["+Entry remains free, though the museum asks visitors to book a time slot on the first two weekends."],
        [
            "-2 comments",
            "-Ruth_Pennock",
            "-Took the grandchildren to the preview – the mosaic room is stunning.",
            "-↳ Wexhallow Gazette",
            "-Thanks Ruth – the booking link is on the museum's website.",
            "-↳↳ Ruth_Pennock",
            "-Lovely, we'll go in January then.",
        ],
    ]),
    "en-blog-battlementsandbootlaces-curtainwall": _page("en", "en-blog-battlementsandbootlaces-curtainwall", [
        [
            "-Battlements and Bootlaces",
            "-Walks around the ruined castles of the border country, one pair of muddy boots at a time",
        ],
        ["+A winter circuit of Craigmorlan's curtain wall, in four miles and two stiles"],
        [
            "-Posted on 29 November 2026 by Gwilym",
            "-Category: Winter walks",
            "-Contents",
            "-1. Parking and the start",
            "-2. The curtain wall",
            "-3. The way back along the river",
        ],
        [
            "+I had been putting this walk off since the summer, because the path below the north tower is nothing "
            "but clay after rain.",
        ],
        [
            "+In the end a cold, dry week in late November made the decision for me, and I set off from the village "
            "hall at half past nine.",
        ],
        ["-Affiliate link: the folding map case I use – I earn a few pence if you buy through my link."],
        ["+\"You're the third walker this year,\" the farmer told me at the gate, \"and the only one who closed it.\""],
        ["-Photo: the gatehouse from the stile, frost still on the grass at eleven."],
        ["+What you need to know before you go"],
        ["+The castle is on private land, but the path round the walls is a public right of way."],
        ["-Pin this walk for later!", "-Promoted"],
        ["+There is no café, so bring a flask; the nearest pub is two miles away in the next village."],
        ["+Dogs must be on a lead from the stile to the gatehouse because of the sheep."],
        ["+The full loop took me just under three hours, with twenty minutes at the gatehouse for lunch."],
        ["+Next time I'll be walking the ringwork above Craigmorlan church, in the snow if it comes."],
        [
            "-Tags: castles, winter, circular walks",
            "-3 thoughts on “A winter circuit of Craigmorlan's curtain wall”",
            "-Hilary M",
            "-Did this in October and the clay nearly took my boots off. Great write-up!",
            "-↳ Gwilym",
            "-Ha, it's worse in spring. Thanks Hilary!",
            "-↳↳ Hilary M",
            "-Noted – I'll wait for a frost like you did.",
        ],
    ]),
    "fr-portail-castelmoirac-mediatheque-nocturne": _page("fr", "fr-portail-castelmoirac-mediatheque-nocturne", [
        ["-Le Courrier de Castelmoirac", "-Actualités | Sports | Loisirs | Annonces légales", "-Rechercher"],
        ["+La médiathèque de Castelmoirac ouvrira jusqu'à 22 heures le jeudi dès janvier"],
        [
            "-Par la rédaction",
            "-Publié le 02/12/2026 à 18h12, mis à jour à 19h40",
            "-Culture",
            "-La salle de lecture du premier étage, rénovée en 2024. (Photo d'archives)",
            "-Abonnez-vous à partir de 1 € le premier mois",
            "-2 commentaires",
        ],
        [
            "+Après six mois d'essai le samedi soir, la médiathèque allonge ses horaires en semaine : chaque jeudi, "
            "les portes resteront ouvertes jusqu'à 22 heures.",
        ],
        [
            "+La municipalité a recruté deux agents à mi-temps pour assurer ces soirées, pour un coût annuel "
            "d'environ 38 000 euros.",
        ],
        ["-À lire aussi : Le cinéma de la place du Marché rouvre après travaux"],
        [
            "+« Les étudiants et les parents qui travaillent nous le demandaient depuis des années », souligne la "
            "directrice, Bérengère Colliaux.",
        ],
        ["+Ce qui change le jeudi"],
        ["-Annonce", "-Cours d'anglais pour adultes – premier cours offert"],
        ["+Le prêt et le retour des documents seront possibles jusqu'à 21 h 45."],
        ["+L'espace jeux vidéo restera ouvert aux plus de 12 ans jusqu'à 20 heures."],
        ["-Sondage : fréquentez-vous la médiathèque ?"],
        ["+Une lecture à voix haute pour adultes aura lieu le premier jeudi de chaque mois."],
        ["-Newsletter : recevez l'essentiel de l'actu locale chaque matin"],
        ["+Les horaires des autres jours de la semaine ne changent pas."],
        ["+Un bilan de ces nocturnes sera présenté au conseil municipal en juin."],
        [
            "-Réagir à cet article",
            "-Josiane_L",
            "-Enfin ! Je pourrai y aller après le travail.",
            "-↳ Marc-Antoine",
            "-Dommage que ce ne soit pas aussi le mardi.",
            "-© Le Courrier de Castelmoirac – Tous droits réservés",
        ],
    ]),
    "fr-blog-legrenierauxcartes-cassini": _page("fr", "fr-blog-legrenierauxcartes-cassini", [
        ["-Le Grenier aux Cartes"],
        ["+Ce que la carte de Cassini raconte de mon village"],
        [
            "-Publié le 22 novembre 2026",
            "-par Anselme",
            "-dans Cartes anciennes, Histoire locale",
            "-Extrait de la feuille de Cassini autour du village, vers 1760.",
        ],
        [
            "+Depuis que j'ai retrouvé la feuille de Cassini qui couvre notre canton, je passe mes soirées à la "
            "comparer avec la carte IGN d'aujourd'hui.",
        ],
        ["-Épingler sur Pinterest"],
        [
            "+Le village y figure sous un nom légèrement différent, avec un moulin à vent qui a disparu depuis "
            "longtemps.",
        ],
        [
            "+« Un moulin, ici ? Jamais entendu parler », m'a répondu mon voisin, qui habite pourtant la maison la "
            "plus ancienne de la rue.",
        ],
        ["-Sommaire", "-Le moulin oublié", "-Les chemins qui ont changé", "-Où consulter la carte"],
        ["+Trois détails qui m'ont surpris"],
        ["+Le chemin de la forêt passait au nord de l'église, et non au sud comme aujourd'hui."],
        ["+Le hameau des Granges comptait plus de maisons qu'en 2026."],
        ["-Voir la carte en haute définition sur Gallica"],
        ["+Un gué est indiqué là où se trouve aujourd'hui le pont de la départementale."],
        ["-Abonnez-vous pour recevoir les prochains billets"],
        ["+Je n'ai pas trouvé d'autre trace écrite de ce moulin, ni aux archives départementales ni dans le cadastre."],
        ["+Si votre village a aussi perdu un moulin, racontez-le-moi en commentaire !"],
        [
            "-Article précédent : Les cadastres napoléoniens en ligne",
            "-4 commentaires",
            "-Yvette D.",
            "-Chez nous aussi, un moulin a disparu, remplacé par un lavoir.",
            "-↪ Anselme",
            "-Merci Yvette, avez-vous une photo du lavoir ?",
            "-↪↪ Yvette D.",
            "-Oui, je vous l'envoie via le formulaire de contact.",
        ],
    ]),
    "de-portal-wendelsbrueck-orgel": _page("de", "de-portal-wendelsbrueck-orgel", [
        ["-Wendelsbrücker Kreisbote", "-Startseite > Lokales > Kultur"],
        ["+Nach zwei Jahren Restaurierung erklingt die Orgel der Marienkirche wieder"],
        [
            "-Von Ulrike Strohschein",
            "-03.12.2026, 17:30 Uhr",
            "-Merken",
            "-Die restaurierte Orgel auf der Empore der Marienkirche. Foto: Kreisbote/Archiv",
            "-Kommentare (3)",
            "-Jetzt abonnieren: 4 Wochen gratis lesen",
        ],
        [
            "+Die Orgel der Marienkirche in Wendelsbrück, gebaut 1787 von einem Orgelbauer aus dem Nachbarort, ist "
            "nach zwei Jahren Restaurierung wieder spielbereit.",
        ],
        ["-Werbung", "-Fensterbau Ollendiek – Ihr Partner für Holzfenster seit 1968"],
        ["+Die Arbeiten kosteten rund 410.000 Euro; gut ein Drittel davon brachten Spender aus der Gemeinde auf."],
        ["+„Wir haben jede der 1.246 Pfeifen in der Hand gehabt“, sagt Orgelbauerin Friederike Almenrath."],
        ["-Lesen Sie auch: Glockenturm bekommt eine neue Uhr"],
        ["+So geht es weiter"],
        ["+Am dritten Advent spielt Kantor Benedikt Rauschal das erste Konzert auf dem restaurierten Instrument."],
        ["+Ab Januar gibt es jeden ersten Sonntag im Monat eine Orgelführung nach dem Gottesdienst."],
        ["-Hier finden Sie alle Termine im Veranstaltungskalender"],
        ["+Der Eintritt zu den Konzerten ist frei, um Spenden wird gebeten."],
        ["-Newsletter: Das Wichtigste aus Wendelsbrück jeden Morgen"],
        ["+Die Gemeinde sucht noch Paten für die 14 Pfeifen, die neu gegossen werden mussten."],
        ["+Zu hören ist die Orgel auch samstags von 10 bis 12 Uhr bei offener Kirche."],
        [
            "-Schlagworte: Kirche, Musik, Denkmalpflege",
            "-Hannelore W.",
            "-Wunderbar, endlich wieder Orgelmusik zu Weihnachten!",
            "-↳ Redaktion",
            "-Liebe Hannelore, die Konzerttermine stehen im Kalender.",
            "-↳↳ Hannelore W.",
            "-Danke, gefunden!",
        ],
    ]),
    "de-blog-kirchenbuchundkaffeetasse-taufregister": _page("de", "de-blog-kirchenbuchundkaffeetasse-taufregister", [
        ["-Kirchenbuch & Kaffeetasse – Ahnenforschung für Ungeduldige", "-Startseite | Über mich | Quellen | Kontakt"],
        ["+Wie ich meinen Ururgroßvater im Taufregister von 1851 fand"],
        [
            "-veröffentlicht am 27. November 2026",
            "-von Dorothee",
            "-Inhaltsverzeichnis",
            "-Die Ausgangslage",
            "-Der entscheidende Hinweis",
            "-Meine Tipps für euch",
        ],
        [
            "+Jahrelang endete mein Stammbaum bei Johann Heinrich Brockmöller, von dem ich nur wusste, dass er um "
            "1850 geboren sein musste.",
        ],
        ["+Auf der Heiratsurkunde seines Sohnes stand dann plötzlich ein Dorfname, den ich noch nie gehört hatte."],
        ["-Dieser Beitrag enthält Affiliate-Links zu Büchern, die ich selbst nutze."],
        [
            "+„Das Kirchenbuch von dort liegt bei uns im Archiv, nicht im Pfarrhaus“, schrieb mir die Archivarin nach "
            "zwei Tagen.",
        ],
        ["+Meine Tipps für die Suche im Kirchenbuch"],
        ["+Lest die Randnotizen, dort stehen oft Paten und Herkunftsorte."],
        ["-Foto: Taufeintrag, Seite 112, mit freundlicher Genehmigung des Archivs", "-Werbung"],
        ["+Notiert euch die Signatur jedes Bandes, sonst sucht ihr ihn zweimal."],
        ["+Plant für die alte deutsche Schrift mehr Zeit ein, als ihr denkt."],
        ["+Den Originaleintrag durfte ich abfotografieren, der Ausdruck hängt jetzt über meinem Schreibtisch."],
        ["+Im nächsten Beitrag erzähle ich, was ich über Johann Heinrichs Geschwister herausgefunden habe."],
        [
            "-← Vorheriger Beitrag: Sütterlin lernen in vier Wochen",
            "-5 Kommentare",
            "-Gisela",
            "-Toll! Wie lange hat die Antwort vom Archiv gedauert?",
            "-↳ Dorothee",
            "-Nur zwei Tage, wirklich!",
            "-↳↳ Ahnen_Klaus",
            "-Bei mir hat es acht Monate gedauert, ihr hattet Glück.",
            "-Impressum · Datenschutz",
        ],
    ]),
    "it-portale-vallerosta-teatro-tetto": _page("it", "it-portale-vallerosta-teatro-tetto", [
        ["-Il Corriere di Vallerosta", "-Cronaca · Politica · Cultura · Sport"],
        ["+Teatro Sgaravatti, cantiere sul tetto: riapertura prevista a marzo"],
        ["-di Giuliana Pastorelli", "-2 dicembre 2026", "-Aggiornato alle 11:05", "-Leggi i commenti"],
        [
            "+Sono iniziati lunedì i lavori di rifacimento della copertura del Teatro Sgaravatti, chiuso dalla scorsa "
            "estate per le infiltrazioni d'acqua.",
            "-Il teatro con i ponteggi sulla facciata di piazza Garibaldi.",
        ],
        [
            "+L'intervento, finanziato con 720 mila euro di fondi regionali, prevede la sostituzione di travi e coppi "
            "su tutta la sala.",
        ],
        ["-Spazio sponsor", "-Serramenti Bottazzi – finestre in legno su misura, sopralluogo gratuito"],
        [
            "+«Sotto i coppi abbiamo trovato travi originali del 1868 ancora sane», spiega l'architetta Marina "
            "Ceccopieri.",
        ],
        ["+Il calendario dei lavori"],
        ["-Leggi anche: Cinema all'aperto, bilancio record"],
        ["+Entro Natale sarà montata la nuova orditura in legno di castagno."],
        ["+A gennaio è previsto il rifacimento del manto di coppi."],
        ["-Guarda il video del sopralluogo"],
        ["+A febbraio saranno restaurati gli stucchi del soffitto danneggiati dall'acqua."],
        ["-Iscriviti alla newsletter del Corriere"],
        ["+La stagione teatrale, intanto, prosegue nell'auditorium della scuola media."],
        ["+I biglietti già acquistati per gli spettacoli di gennaio restano validi."],
        [
            "-Tag: teatro, lavori pubblici",
            "-La parola ai lettori",
            "-Anna_V",
            "-Finalmente! Quel tetto perdeva da anni.",
            "-↳ Pier",
            "-Speriamo bene per marzo...",
            "-↳↳ Anna_V",
            "-Ottimista come sempre 😄",
        ],
    ]),
    "it-blog-solchiepuntine-lavaggio-dischi": _page("it", "it-blog-solchiepuntine-lavaggio-dischi", [
        ["-Solchi e Puntine – diario di un collezionista di vinili", "-Home | Chi sono | Recensioni | Contatti"],
        ["+Come ho lavato cinquanta dischi trovati in cantina senza rovinarli"],
        [
            "-23 novembre 2026",
            "-Vinili, Fai da te",
            "-Indice dei contenuti",
            "-Cosa ho trovato",
            "-Il metodo",
            "-Il risultato",
            "-Contiene link di affiliazione",
        ],
        ["+Lo scorso mese mio zio mi ha lasciato due scatoloni di dischi rimasti per trent'anni in una cantina umida."],
        ["+Molti avevano muffa sulle copertine, ma i solchi sembravano ancora in buone condizioni."],
        ["-Salva su Pinterest"],
        ["+«Non usare mai l'alcol puro sui dischi», mi ha detto il negoziante da cui compro le puntine da vent'anni."],
        ["-La cantina dello zio, prima dello sgombero."],
        ["+Il mio metodo in tre passaggi"],
        ["+Una spazzola in fibra di carbonio per togliere la polvere a secco."],
        ["-Foto: i dischi ad asciugare sullo scolapiatti.", "-Annuncio"],
        ["+Acqua distillata con due gocce di detersivo per piatti e un panno in microfibra."],
        ["+Asciugatura in verticale, almeno un'ora, lontano dal termosifone."],
        ["+Su cinquanta dischi, solo quattro avevano graffi che nessun lavaggio poteva togliere."],
        ["-Ti è piaciuto questo articolo? Iscriviti alla newsletter"],
        ["+Nel prossimo post vi racconto cosa c'era nei due scatoloni, titolo per titolo."],
        [
            "-Vittorio",
            "-Io uso anche un po' di alcol isopropilico diluito, funziona.",
            "-↳ Solchi e Puntine",
            "-Diluito sì, puro mai! Grazie Vittorio.",
            "-↳↳ Vittorio",
            "-Allora ci riprovo così!",
        ],
    ]),
    "pl-portal-brzozolesie-archiwum-cyfrowe": _page("pl", "pl-portal-brzozolesie-archiwum-cyfrowe", [
        [
            "-Gazeta Brzozoleska",
            "-Wiadomości | Kultura | Sport | Ogłoszenia",
            "-Szukaj w serwisie",
            "-Pogoda: 2°C, pochmurno",
        ],
        ["+Archiwum miejskie w Brzozolesiu udostępniło w sieci 40 tysięcy skanów"],
        ["-Autor: Zbigniew Olchawiec", "-3 grudnia 2026, 9:15", "-Czytelnia archiwum przy ul. Ogrodowej."],
        [
            "+Od poniedziałku każdy może przeglądać w internecie księgi meldunkowe, mapy i fotografie z zasobu "
            "archiwum miejskiego.",
        ],
        ["-REKLAMA", "-Okna i drzwi PCV – montaż w 7 dni, tel. 000 000 000"],
        [
            "+Digitalizacja trwała trzy lata i kosztowała 1,2 mln zł, z czego większość pokryło dofinansowanie "
            "ministerstwa.",
        ],
        [
            "+– Najczęściej pytają nas o księgi meldunkowe, bo ludzie szukają przodków – mówi kierowniczka archiwum "
            "Halina Żurawiecka.",
        ],
        ["-Czytaj także: Muzeum regionalne wydłuża godziny otwarcia"],
        ["+Co można znaleźć w serwisie"],
        ["+Księgi meldunkowe z lat 1890–1950."],
        ["+Ponad 300 map i planów miasta."],
        ["-Zobacz także: Galeria zdjęć z otwarcia czytelni"],
        ["+Fotografie z zakładu fotograficznego działającego w rynku do 1972 roku."],
        ["-Subskrybuj nasz kanał na YouTube"],
        ["+Archiwum zapowiada, że w przyszłym roku w sieci pojawią się też akta cechów rzemieślniczych."],
        ["+Korzystanie z serwisu jest bezpłatne i nie wymaga zakładania konta."],
        [
            "-Komentarze (3)",
            "-~Gość: Stanisław",
            "-Znalazłem pradziadka w księdze z 1912 roku, dziękuję!",
            "-~Gość: Ela",
            "-A czy są też akta parafialne?",
            "-↳ ~Redakcja",
            "-Akta parafialne są w archiwum diecezjalnym.",
            "-Copyright © 2026 Gazeta Brzozoleska",
        ],
    ]),
    "pl-blog-basztyibuty-skalnica-zima": _page("pl", "pl-blog-basztyibuty-skalnica-zima", [
        ["-Baszty i Buty – blog o wędrówkach po ruinach zamków", "-Start · O mnie · Mapa wpisów · Kontakt"],
        ["+Zimowe wejście na ruiny zamku w Skalnicy Górnej"],
        [
            "-opublikowano 28 listopada 2026",
            "-Kategoria: Zamki, Szlaki",
            "-Zdjęcie: ruiny od strony wąwozu, w tle baszta bramna.",
        ],
        [
            "+Na zamek w Skalnicy Górnej wybierałem się od wiosny, ale dopiero w listopadzie znalazłem wolną sobotę i "
            "suchą prognozę.",
        ],
        ["-Spis treści", "-Dojazd i parking", "-Szlak przez wąwóz", "-Na zamkowym dziedzińcu"],
        ["+Z parkingu pod kościołem na dziedziniec zamku idzie się niespełna godzinę, cały czas pod górę."],
        [
            "+– Zimą jest tu najpiękniej, bo nie ma liści i widać całe mury – powiedział mi pan z psem, którego "
            "minąłem w połowie drogi.",
        ],
        ["-Zapisz się na newsletter i dostawaj nowe trasy co miesiąc"],
        ["+Co warto wiedzieć przed wyjściem"],
        ["+Szlak jest oznaczony na zielono, ale w wąwozie znaki są wyblakłe."],
        ["+Na dziedzińcu nie ma żadnej wiaty, więc w deszczu nie ma się gdzie schować."],
        ["-Sprawdź ceny noclegów w okolicy"],
        ["+Wejście na ruiny jest bezpłatne przez cały rok."],
        ["+Całe wyjście, z postojem na herbatę na murach, zajęło mi cztery godziny."],
        ["+W następnym wpisie zabiorę Was na zamek, do którego prowadzi szlak przez wiszący most."],
        [
            "-Poprzedni wpis: Jak pakuję plecak na jednodniowe wyjście",
            "-Komentarze: 3",
            "-Ola_w_drodze",
            "-Byliśmy tam w październiku, wąwóz był cały w błocie!",
            "-↳ Baszty i Buty",
            "-To zimą polecam jeszcze bardziej 🙂",
            "-↳↳ Ola_w_drodze",
            "-Spróbujemy w lutym.",
            "-Dumnie wspierane przez WordPress",
        ],
    ]),
    "ru-portal-kamysheborsk-festival-napevy": _page("ru", "ru-portal-kamysheborsk-festival-napevy", [
        ["-Камышеборские вести", "-Новости · Культура · Спорт · Афиша"],
        ["+В Камышеборске прошёл первый фестиваль народной песни «Озёрные напевы»"],
        [
            "-Автор: Ксения Пыжова",
            "-4 декабря 2026, 10:20",
            "-Культура",
            "-Просмотров: 1 254",
            "-Участники фестиваля на сцене Дома культуры. Фото Камышеборских вестей",
            "-16+",
        ],
        ["+В субботу в Доме культуры выступили 14 фольклорных коллективов из района и соседних областей."],
        [
            "+Фестиваль организовали районный отдел культуры и местный ансамбль «Берегиня», которому в этом году "
            "исполнилось 40 лет.",
        ],
        ["-На правах рекламы", "-Пластиковые окна от производителя, скидка 15% до конца декабря"],
        [
            "+«Мы хотели, чтобы молодёжь услышала, как пели их прабабушки», — рассказала руководитель ансамбля "
            "Валентина Сухорукова.",
        ],
        ["-Читайте также: В музее открылась выставка старинных прялок"],
        ["+Кто получил награды"],
        ["+Гран-при жюри получил детский ансамбль «Родничок» из села Ключи."],
        ["-Подписывайтесь на наш канал в Telegram"],
        ["+Приз зрительских симпатий достался хору ветеранов «Сударушка»."],
        ["+Специальный диплом вручили гармонисту Петру Балабанцеву за исполнение старинных частушек."],
        ["-Фотогалерея: 32 снимка с фестиваля"],
        ["+Организаторы обещают сделать фестиваль ежегодным и пригласить коллективы из других регионов."],
        ["+Записи выступлений выложат на сайте районного Дома культуры до конца месяца."],
        [
            "-Комментарии (2)",
            "-Людмила",
            "-Были всей семьёй, очень душевно!",
            "-↳ Николай",
            "-Жаль, что только один день.",
            "-↳↳ Людмила",
            "-Надеюсь, на следующий год сделают два.",
        ],
    ]),
    "ru-blog-pylnaigolke-barakholka": _page("ru", "ru-blog-pylnaigolke-barakholka", [
        ["-Пыль на иголке — блог о виниле и старых проигрывателях", "-Главная | Обо мне | Каталог пластинок"],
        ["+Двенадцать пластинок «Мелодии» с воскресной барахолки: что стоило брать"],
        ["-30 ноября 2026", "-Рубрика: Находки", "-Содержание", "-Где искать", "-Как проверять", "-Что я купил"],
        [
            "+В прошлое воскресенье я приехал на барахолку у старого рынка к семи утра, пока перекупщики ещё не "
            "разобрали ящики.",
        ],
        ["+За тысячу двести рублей я унёс двенадцать пластинок, из них три — в почти идеальном состоянии."],
        ["+«Конверты смотри потом, сначала смотри на свет», — научил меня когда-то продавец с соседнего ряда."],
        ["-Фото: мои находки на кухонном столе."],
        ["+Как я проверяю пластинку прямо на месте"],
        ["+Наклоняю диск к свету и ищу глубокие царапины поперёк дорожек."],
        ["-Рекламный блок", "-Иглы для проигрывателей с доставкой по России"],
        ["+Проверяю, не покороблен ли диск, глядя на него с ребра."],
        ["+Нюхаю конверт: запах сырости почти всегда означает плесень на виниле."],
        ["+Самой удачной находкой оказался концерт ансамбля «Берёзка» 1973 года."],
        ["-Подписывайтесь на блог, чтобы не пропустить обзор проигрывателя «Вега»"],
        ["+Если вы тоже ходите на барахолки, напишите в комментариях, что удалось найти вам."],
        [
            "-← Предыдущая запись: Чистка пластинок без моющей машины",
            "-Комментарии: 3",
            "-Андрей_винил",
            "-Отличные советы! Про запах конверта не знал.",
            "-↳ Пыль на иголке",
            "-Спасибо! Нос — главный инструмент коллекционера.",
            "-↳↳ Андрей_винил",
            "-Теперь буду нюхать всё подряд.",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Maud Trevillick is the Chronicle's arts and heritage reporter and has covered the county's museums since 2015.":
        "an English reporter's bio line ('Maud Trevillick is the Chronicle's arts and heritage reporter and has "
        "covered the county's museums since 2015.') is left at the foot",
    "If these castle walks have been useful, you can buy me a coffee – it keeps the car on the road.":
        "an English blog's buy-me-a-coffee plug ('If these castle walks have been useful, you can buy me a coffee – "
        "it keeps the car on the road.') is left at the foot",
    "Diaporama : 1 / 12": "a French slideshow counter ('Diaporama : 1 / 12') is left in the body",
    "A cura della redazione Cultura e Spettacoli":
        "an Italian desk credit ('A cura della redazione Cultura e Spettacoli') is left at the head",
    "Condividi su Threads, X e Flipboard":
        "an Italian Threads, X and Flipboard share row ('Condividi su Threads, X e Flipboard') is left in the body",
    "Вступайте в нашу группу ВКонтакте — там больше фотографий с каждой экскурсии.":
        "a Russian VK-group plug ('Вступайте в нашу группу ВКонтакте — там больше фотографий с каждой экскурсии.') is "
        "left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-wexhallow-museumwing":
        "the regional portal's museum-wing story keeps its photo caption ('The Roman mosaic from Quarry "
        "Field, laid out in the new Gallery 2.'), on the line after the paragraph with the quote, between "
        "that paragraph and the subheading (1 of 20 noise lines; its newsletter prompt between the last list "
        "row and the last paragraphs goes since round 77)",
    "en-blog-battlementsandbootlaces-curtainwall":
        "the castle-walk blog's curtain-wall post keeps its tagline ('Walks around the ruined castles of the "
        "border country, one pair of muddy boots at a time') above the title and its photo caption ('Photo: "
        "the gatehouse from the stile, frost still on the grass at eleven.') between the paragraph with the "
        "quote and the subheading (2 of 20 noise lines; its blog name goes since round 78)",
    "fr-blog-legrenierauxcartes-cassini":
        "the old-maps blog's Cassini-map post keeps its blog name ('Le Grenier aux Cartes') above the title "
        "and its category row and map caption ('dans Cartes anciennes, Histoire locale' and 'Extrait de la "
        "feuille de Cassini autour du village, vers 1760.') under the title (3 of 20 noise lines; since round"
        " 77 its table of contents and Gallica link go, and since round 78 its subheading and its last "
        "paragraph asking readers about their lost windmills are kept)",
    "de-portal-wendelsbrueck-orgel":
        "the regional portal's organ story keeps its events-calendar link ('Hier finden Sie alle Termine im "
        "Veranstaltungskalender') between the second and third list rows (1 of 20 noise lines)",
    "it-blog-solchiepuntine-lavaggio-dischi":
        "the vinyl blog's record-washing post keeps its photo caption ('La cantina dello zio, prima dello "
        "sgombero.') between the paragraph with the quote and the subheading (1 of 20 noise lines; since "
        "round 78 its newsletter prompt between the two last paragraphs and its comment thread with no header"
        " at the foot go)",
    "pl-portal-brzozolesie-archiwum-cyfrowe":
        "the regional portal's archive-digitisation story keeps its photo caption ('Czytelnia archiwum przy "
        "ul. Ogrodowej.') under the title (1 of 20 noise lines; since round 78 its comment thread of guests "
        "signed '~Gość:' goes)",
    "pl-blog-basztyibuty-skalnica-zima":
        "the castle-walk blog's winter-castle post keeps its lodging link ('Sprawdź ceny noclegów w okolicy') between "
        "the second and third list rows (1 of 20 noise lines; its table of contents between the first and second "
        "paragraphs goes since round 77, its photo caption under the title by round 80, its blog name and tagline and "
        "its menu above the title since round 94)",
    "ru-portal-kamysheborsk-festival-napevy":
        "the regional portal's folk-festival story keeps its photo caption ('Участники фестиваля на сцене Дома "
        "культуры. Фото Камышеборских вестей') under the title (1 of 20 noise lines; its photo-gallery link goes "
        "since round 80)",
    "it-portale-vallerosta-teatro-tetto":
        "the regional portal's theatre-roof story keeps its photo caption ('Il teatro con i ponteggi sulla facciata di"
        " piazza Garibaldi.'), on the line after the first paragraph, between the first and second paragraphs (1 of 20"
        " noise lines)",
}


test_held_out_96_line, test_held_out_96_line_is_kept, test_held_out_96_page = held_out_tests(
    HELD_OUT_96_LINES, HELD_OUT_96_KEEP, HELD_OUT_96_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
