"""Held-out set 103: written blind, weighted toward the noise the cleaner exists for, in shapes set 102's docstring does
not name (nor the first paragraphs of sets 99, 100 and 101): scraper, embed and ad markers (Spotify's embed residue
"Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.", an Instagram embed
attribution "A post shared by Thrimbleton Harriers (@thrimbletonharriers)", a Google Maps embed residue "Keyboard
shortcuts · Map data ©2026 · Terms · Report a map error", the French blocked-content residue "Ce contenu est bloqué car
vous n'avez pas accepté les cookies et autres traceurs.", a German external-content consent residue "Externer Inhalt von
Instagram: Mit einem Klick auf „Anzeigen“ stimmen Sie der Übermittlung Ihrer Daten zu.", the Italian map link
"Visualizza mappa ingrandita", the Polish Instagram embed residue "Wyświetl ten post na Instagramie" and the Russian map
link "Открыть в Яндекс Картах"); reading-time headers in new wordings (the English "Time to read: ~5 min" and a blog's
"Fair warning: this one runs to about 2,000 words, so give it eight minutes or so.", the French "Article à lire en 6
minutes", the German "In etwa sieben Minuten gelesen", the Italian "Lettura da 5 minuti", the Polish "Tekst na mniej
więcej 7 minut czytania" and the Russian "На чтение уйдёт около 5 минут"); bylines and self-promotion (an English
wire-style credit "Reporting by Orla Tindlemore; Editing by Gideon Vasthwaite", an English Ko-fi plug "If these posts
help you on a foray, you can buy me a coffee on Ko-fi – it keeps the spore prints coming.", an English third-person
reporter bio "Hester Caddowfield is the Chronicle's sports reporter and has followed Thrimbleton Town home and away
since 2011.", a French podcast plug "Retrouvez aussi le blog en podcast chaque mardi sur toutes les plateformes
d'écoute.", a German guest-post credit "Ein Gastbeitrag von Wiebke Ostermöhlen", an Italian desk credit "A cura della
redazione sportiva", a Polish author bio with a shop plug "Autorka jest instruktorką haftu i prowadzi sklep z zestawami
do haftu krzyżykowego." and a Russian prepared-by credit "Материал подготовила Евдокия Клюквенкова"); blog and site
footers (an English company-registration line "Registered in England and Wales, company number 00000000. Registered
office: 0 Tannery Row, Thrimbleton.", a Hugo-and-Netlify credit "Site built with Hugo and hosted on Netlify.", a
Creative Commons licence line "Text and photos on this blog are licensed under CC BY-NC 4.0 unless stated otherwise.", a
French hosting line "Hébergement : OVHcloud, Roubaix (France)", a German hosting-and-tracking row "Gehostet in
Deutschland · ohne Tracking · werbefrei seit 2014", an Italian footer menu "Codice etico · Lavora con noi · Note legali
· Gestione cookie", a Polish terms-acceptance line "Korzystanie z portalu oznacza akceptację Regulaminu i Polityki
prywatności." and a Russian reuse-permission line "Любое использование материалов допускается только с письменного
согласия редакции."); reader-comment furniture (Facebook's comment action row "Like · Reply · 3w", an English load-more
line "Load 12 more comments", an English comment-policy line "Comment policy: stay on topic, no links, and no personal
attacks.", a French show-replies link "Afficher les 5 réponses", a German reply-to-a-deleted-comment line "Dieser
Kommentar ist eine Antwort auf einen gelöschten Beitrag.", an Italian load-more link "Carica altri commenti", a Polish
reply-quote-report row "Odpowiedz · Cytuj · Zgłoś" and a Russian removed-by-moderator line "Комментарий удалён
модератором."); share rows (an English Bluesky, Mastodon, WhatsApp and copy-link row, a French Bluesky, WhatsApp and
LinkedIn sentence and an Italian Bluesky, Pinterest, Telegram and print row); and notices (a German machine-translation
note "Dieser Text wurde mithilfe einer KI übersetzt und von der Redaktion geprüft.", a Polish archive-article note
"Artykuł archiwalny – opublikowany po raz pierwszy w 2019 roku." and the Russian story-being-updated note "Новость
дополняется."); and toward whole scraped news and hobby-blog pages in layouts set 102's docstring does not describe
(more noise under the title and less at the foot: seven to ten noise lines under the title on ten pages, ten on one and
nine on another, and seven or eight at the foot on every page; a table of contents of a heading and three entries under
the title on six pages (in its own block on one, in the block of the date on five, with numbered entries on all six); a
safety disclaimer in its own block under the title on one; an affiliate note on the line right after the subheading, in
its block, on one; noise in its own block between the subheading and the first list row on two; an affiliate or partner
link on the line right after a list row, in its block, on two; a caption, an ad label, a PDF download or a read-also
link between the second paragraph and the paragraph with the quote on four; a two-line newsletter prompt between the
last list row and the last paragraphs on one; four noise lines above the title on one page; a more-news link at the foot
after the thread on three; tags at the foot on two; replies to replies on nine pages, three levels deep on two of them),
taken from sport and clubs and from blogs about mushroom hunting, vintage cameras, dinghy sailing and cross-stitch (a
regional portal's story on a football ground's new stand, with a comment, the paper's reply and the commenter's reply to
that, a mushroom blog's post on the first ceps of the autumn, with a comment, the author's reply, a reply to it and the
author's reply to that, a regional portal's story on a marathon route change, with a comment, a reply and a separate
comment, a vintage-camera blog's post on three films through a 1958 rangefinder, with a comment, the author's reply, a
reply to it and the author's reply to that, a regional portal's story on an indoor pool closing for two years, with a
comment, the paper's reply, a reply to it and a separate comment, a dinghy-sailing blog's post on a first capsize, with
a comment, the author's reply and a reply to it, a regional portal's story on a chess club's fiftieth anniversary, with
a comment, the paper's reply and a reply to it, a cross-stitch blog's post on a first Christmas border, with two
comments and the author's reply to each, a regional portal's story on a cycling race through town, with a comment, a
guest reply and a reply to it, a mushroom blog's post on November chanterelles, with a comment, the author's reply and a
separate comment, a regional portal's story on an ice rink reopening after repairs, with a comment, the paper's reply
and a reply to it, and a vintage-camera blog's post on a first rangefinder bought for three hundred roubles, with a
comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 102), held-out set 104 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 102 up to its first round paragraph, its
imports and its tail from the ``_LINE_XFAIL`` assignment on (the xfail tables with their reasons and the line binding
the set's three tests), and the first paragraphs of the docstrings of sets 99, 100 and 101, printed with one ast script
(/tmp/s103scratch/read102.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' source segments, the file from the ``lineno``
of the ``_LINE_XFAIL`` annotated assignment, found with ``ast``, to the end, and the first paragraph of each of the
three other docstrings); tests/held_out_sets.py (in full, with ``cat``), which holds ``_page`` (imported as ``page``)
and the three tests; the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
102's, rebuilt by a script (/tmp/s103scratch/gen.py) from set 102's file: its three xfail tables (the annotated
assignments found with ``ast``) written out empty and the line binding the tests taken from its node with 102 -> 103,
then refilled after the measurement by the same script from /tmp/s103scratch/tables103.py. The imports are set 102's,
taken by the same script from their nodes. Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s103, detached at commit f034cabe17733e49c536d5d694f50ea2c50d3da1, what
``git rev-parse HEAD`` printed in /work/main) and every failing case is marked as a strict xfail whose reason describes
the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 102's file (and the first paragraphs
of sets 99, 100 and 101) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s103scratch/read102.out, 620 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 620, whose middle
the tool's output limit cut, then lines 330 to 420 and 420 to 495 to see the cut part); nothing else was printed from
it. The docstring cut held (the printed docstring ended with set 102's Baseline paragraph). That allowed text itself
names set 102's scratch paths and its frozen commit (0af0ad509447232dbf6e53c319d21ca5f036e466) and set 100's and set
98's commits; set 102's xfail reasons and Baseline quote its missed lines and left page lines; I saw these only as that
text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open. The generating
script, which read set 102's file to take its imports and its tail, printed nothing but a line count; I printed parts of
the file it wrote (its first 30 lines, lines 95 to 150 and its last 20 lines, and later its line-xfail table) with
``sed``, ``head`` and ``tail`` on that file (not on the tests/ folder). At my first step (2026-12-05 01:30:09 UTC) ``git
status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
f034cabe17733e49c536d5d694f50ea2c50d3da1. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the worktrees
existed I ran ``ls`` on /tmp/wt-s103 and /tmp/wt-set103, which printed the top-level names of the checkouts (README.md,
benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no file's contents. The branch set103 was made from the
same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (59 passed, 18 xfailed),
which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s103scratch/helpers.py, run with SPINSCOPE_DATA=/work/shared/data), which imports the cleaner's modules; nothing
was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt',
'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-ins were
written by a small script (/tmp/s103scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to a stand-in noisy_corpus module, with a stand-in
held_out_sets module whose ``page`` builds the case with that copy and whose ``held_out_tests`` returns three
placeholders. (4) The lists were written as data in scratch files (/tmp/s103scratch/lists103.py and pages103.py) and put
together with the tail into this file by /tmp/s103scratch/gen.py, which splits long string literals to fit 120 columns
(its first output had one line of 121 columns, so the split was made to leave room for the trailing comma). Before the
measurement a short loop printed the article and noise counts of every page; it found 16 to 18 noise lines on every page
and 9 article lines on the chess-club story, so lines were added (reading times, listen, share and view-count lines and
a caption under the titles, taglines, breadcrumbs and weather lines above them, and replies, leave-a-comment links,
more-news links, tags and copyright lines at the feet) and a last paragraph was added to the chess-club story. While
writing, I kept the ad labels off pages whose language has a keep line opening with one (the Italian chess story uses
"Annuncio pubblicitario", not "Pubblicità"; the German dinghy post's "Werbung" became "Anzeige", and then, after the
check below, "Anzeige | Werbung", which again holds the word the German keep line "Werbung für das Jubiläumsturnier ..."
opens with, though neither line contains the other; the Polish mushroom post's comment heading "Komentarze" became
"Komentarze czytelników"), and the French marathon story's river, first "la Lenne" (a real river), became "la
Mouvrance". Then the file was executed from a scratch folder (/tmp/s103scratch/stand) with those stand-ins (no case was
run through the cleaner) by /tmp/s103scratch/check.py, which counted the lines by category, by language (from the ``#
English`` ... comments) and by place, the keep lines by language and by place, the pages by language and checked that
every page has 10 article and 20 noise lines, that no page article line repeats on its page and no page noise line does
(case-insensitively), that no page noise line is a substring of an article line of its page (case-sensitively and
case-insensitively) or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_103_LINES`` or
``HELD_OUT_103_KEEP``, case-sensitively and case-insensitively, that no page article line overlaps one of those lines,
that no held-out noise line overlaps another held-out noise or keep line, that no line is longer than 120 columns and
that the file holds no e-mail address. Its first run found 8 problems: four table-of-contents entries equal to or inside
the subheadings of their pages ("Les pellicules", "Gli errori da evitare", "Co znalazłem" and "Что бы я сделал иначе",
after which the entries of those four tables of contents were numbered), the swimming-pool story's "Teilen" (inside the
German keep line "Teilen müssen sich ...", now "Artikel teilen"), the two German pages' "Anzeige" (inside the German
marker's "„Anzeigen“"; now "Sponsored" on the swimming-pool story, after a brief "- Anzeige -" that was dropped because
its noise line would start with a space, and "Anzeige | Werbung" on the dinghy post) and the chess story's "Commenti"
(inside the Italian comments line "Carica altri commenti", now "Commenti dei lettori"); the second and third runs found
nothing. No list changed after that check. As allowed, some page noise lines hold another noise line or an article word
of their page (site and place names inside captions, replies, more-news links and copyright lines, subheadings' words
inside numbered table-of-contents entries, the title inside the ceps post's comment heading). (5) At the measurement
(2026-12-05 01:34:44 UTC) this docstring was a placeholder and the xfail tables were empty; it was written afterwards,
with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen. The report script was run with the brief's command, without SPINSCOPE_DATA (unlike set 102); it
ran and printed its figures. The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s103scratch/problems.py, run with SPINSCOPE_DATA=/work/shared/data) that ran it on every line, keep line and page
of this set and printed the problems of the failing ones, to write the xfail reasons; the places named in the page
reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Thrimbleton, Culvercross (for Marjorie
Culvercross), Trelissow (for Ned Trelissow), Spore & Bramble, Obturateur Rêveur, Pouchardel (for Hervine Pouchardel),
Marquebreuil (for Solène Marquebreuil), Mouvrance, Wettelsbrück, Wettelsbrücker, Hollweder (for Gesine Hollweder),
Ahlenkämper (for Jost Ahlenkämper), Grimmelsried, Pinne & Pütz, Castelvornio, Scarabellotti (for Benvenuta
Scarabellotti), Bongiovanotti (for Cesira Bongiovanotti), Ago e Quadretti, Jeżynowice (and its forms), Kminkiewicz (for
Teodor Kminkiewicz), Sitowiecka (for Irena Sitowiecka), Podgrzybkowy Szlak, Сосновоярск, Ледянкина (for Прасковья
Ледянкина), Снеговеев (for Фрол Снеговеев), Плёнка и проявитель, Tindlemore, Vasthwaite, Caddowfield, Ostermöhlen and
Клюквенкова had no hits; Orvalette had hits only inside code identifiers ("HerdOrValet") and was kept. Dropped after
their checks: Tarninów and Wrzosowiak (real town districts), planned for the Polish town and the Polish official,
Sandhövel (a name in sample data), planned for the German guest author, Pellowick (a club name in sample data), planned
for the English reporter, Gąszczyk and Берестов (real surnames), Сугробова (a real surname), Vallombreuse (a real street
and congregation name), Мерзлякина (a street name in sample data), Varbonne (in a translation table) and Sorvelle (in a
list of invented names), planned for the French river, and Ledgerwick (a product name). Sallowby (hits only inside code
identifiers) was checked but not used. Not checked, generic or invented at sight: the Quarry End, Tannery Row, the
Harriers, the quai des Tanneurs, the place de la Mairie, L'Écho d'Orvalette, Wettelsbrücker Rundschau, Castelvornio
Notizie, piazza Garibaldi, Gazeta Jeżynowicka, ulica Łąkowa, the «Юность» stadium, «Сосновоярские вести», and the
people's names (GaryFromTheTerrace, Tamsin, Wren, Moss_and_Mycelium, Coureur_du_dimanche, Maman_de_trois, LucieM,
Anselme, Gaspard, Vieux_Rollei, Wasserratte_74, Schwimmmeister_a_D, Malte, Seglerin_Hanne, Alfiere_nero, Ornella,
Nonna_Pina, Filo_rosso, kibic_z_rynku, Zbigniew, Grzybiarz_Marek, Pani_Halina, Ирина_К, Вадим, Фотограф_Лена), which are
invented, though ordinary names real people may bear; none is meant as a real person. The company and postcode-free
address numbers are zero-filled; there are no phone numbers; view counts, prices and durations are made up. There are no
e-mail addresses. (7) Some lines name real things, as real pages do (all from memory): Spotify, Instagram, Google Maps'
embed chrome, Ko-fi, Hugo, Netlify, Creative Commons, Facebook's comment row, Bluesky, Mastodon, WhatsApp, LinkedIn,
OVHcloud and Roubaix, Pinterest, Telegram and Yandex Maps; on the pages X, Facebook, Aida cloth, the Zorki rangefinder
name and the 16+ mark of Russian sites. (8) Set 102's docstring names its own shapes and its pages' layouts (and sets 99
to 101 their shapes in their first paragraphs), so some lines may repeat shapes of sets before 99 or of the development
lists that I could not check; in particular "Like · Reply · 3w", "Load 12 more comments", "Carica altri commenti" and
"Wyświetl ten post na Instagramie" are common enough that an earlier set may hold them. Close to shapes sets 99 to 102
named: the Instagram attribution is near the embedded-post attributions; the map links are embed residues like the
Datawrapper ones; the blocked-content and external-content residues are near the Civey and click-to-play residues; the
reading-time rows are reading-time rows in other words; the wire-style, guest-post, desk and prepared-by credits are
bylines near the contributor, additional-reporting and correspondent credits; the reporter and author bios are near the
column credit; the Ko-fi and podcast plugs are plugs like the Patreon, Tipeee and Dzen ones; the company-registration,
Hugo, licence, hosting, tracking, menu, terms and reuse lines are footers near the ROC, Jekyll, Ghost, RODO and founder
lines; the comment lines are comment furniture near the sort, closed, hidden and report lines; the share rows are share
rows on other platforms; the translation, archive and being-updated notes are notices near the correction and update
notes. Page chrome repeats kinds of line set 102's docstring names among its noise (photo captions, ad and sponsored
labels, read-also, related, most-read and more-news links, newsletter, Pinterest, Instagram, Facebook and Telegram
prompts, tables of contents, affiliate notes and links, PDF downloads, listen links), as real pages carry them. (9) My
first step's clock reading was 2026-12-05 01:30:09 UTC; the measurement ran at 01:34:44 UTC. (10) After committing,
``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Comments made by the chairman", "Posted on the clubhouse door",
"Advertising boards", "Follow the blue signs", "Photo finishes", "Subscribers to the leisure centre's swim pass",
"Shared changing rooms", "Lire les résultats", "Commentaires et réclamations", "Suivez le parcours", "Teilen müssen
sich", "Werbung für das Jubiläumsturnier", "Mehr zum Thema", "Condivisa da quasi tutti", "Pubblicità a bordo campo",
"Iscritti al circolo", "Komentarze kibiców", "Udostępnione przez klub", "Подписаться на секцию" and "Комментируя
решение" are article sentences. The Spotify, Instagram, map, blocked-content and external-content lines are counted as
markers; the reading-time rows and sentences as reading-time lines; the wire-style, guest-post, desk and prepared-by
credits, the reporter and author bios and the Ko-fi and podcast plugs as bylines; the company-registration, Hugo,
licence, hosting, tracking, menu, terms and reuse lines as footers; the action row, load-more lines, comment policy,
show-replies link, deleted-comment line, reply-quote-report row and removed-comment line as comments; the share rows as
share; the translation, archive and being-updated notes as notices. On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article
(10 lines a page; the blog posts' closing lines about the next post are their last paragraphs and counted as article)
and everything else is noise (20 lines a page); in particular site and blog names and taglines, menus, breadcrumbs, the
weather line, the 16+ mark, bylines, author names, dates, update times, categories, rubrics, reading times, comment and
view counts, share, save, listen and print links, most-read, read-also, related and see-also links, tables of contents,
safety disclaimers, photo captions, ad and sponsored labels, affiliate notes, labels and links, partner links,
subscription offers, video links, PDF downloads, newsletter, Pinterest, Instagram, Facebook and Telegram prompts, author
lines, tags, comment headings, commenter rows, comment texts and replies, leave-a-comment links, more-news links, footer
menus and copyright lines are noise. The layouts: two to four noise lines above the title (four on
pl-portal-jezynowice-wyscig: a name, a menu, a weather line and a breadcrumb; three on
fr-blog-obturateurreveur-telemetre, de-portal-wettelsbrueck-hallenbad, it-portale-castelvornio-scacchi and
ru-portal-sosnovoyarsk-katok; two on the other seven); five to ten under the title (ten on
ru-blog-plenkaiproyavitel-zorkiy and nine on de-blog-pinneundpuetz-kenterung, whose tables of contents and ad labels are
in the block of the date; eight on en-portal-thrimbleton-newstand (a breadcrumb, byline, dates, listen, reading-time and
share lines in one block, then a caption and a most-read link in blocks of their own), en-blog-sporeandbramble-ceps (the
date, a reading time and an affiliate note, a table of contents of a heading and three numbered entries in its own block
and a safety disclaimer in its own block), fr-blog-obturateurreveur-telemetre, it-blog-agoequadretti-bordura and
pl-blog-podgrzybkowyszlak-kurki (tables of contents in the block of the date); seven on
de-portal-wettelsbrueck-hallenbad, pl-portal-jezynowice-wyscig and ru-portal-sosnovoyarsk-katok; five on
fr-portail-orvalette-marathon and it-portale-castelvornio-scacchi); zero to four among the paragraphs before the
subheading (an ad label between the first and second paragraphs on en-portal-thrimbleton-newstand, a three-line
read-also box there on fr-portail-orvalette-marathon and a caption there on it-portale-castelvornio-scacchi, an ad label
there on pl-blog-podgrzybkowyszlak-kurki; an ad label between the second paragraph and the paragraph with the quote on
fr-blog-obturateurreveur-telemetre, a caption there on de-blog-pinneundpuetz-kenterung, a PDF download on
it-blog-agoequadretti-bordura and a read-also link on ru-portal-sosnovoyarsk-katok; one line between the paragraph with
the quote and the subheading on fr-portail-orvalette-marathon (a caption), de-portal-wettelsbrueck-hallenbad (a
read-also link), it-portale-castelvornio-scacchi (a read-also link), it-blog-agoequadretti-bordura (an Instagram prompt)
and pl-blog-podgrzybkowyszlak-kurki (a caption); none on en-blog-sporeandbramble-ceps, pl-portal-jezynowice-wyscig and
ru-blog-plenkaiproyavitel-zorkiy); noise between the subheading and the first list row on three pages (an affiliate note
on the line right after the subheading, in its block, on en-blog-sporeandbramble-ceps, a sponsored label in its own
block on de-portal-wettelsbrueck-hallenbad and an ad label in its own block on pl-portal-jezynowice-wyscig); gaps
between list rows on nine pages (two lines after the first row on en-portal-thrimbleton-newstand and
it-portale-castelvornio-scacchi, in their own block; one after the first row on de-blog-pinneundpuetz-kenterung (an
affiliate link in the block of the row) and ru-blog-plenkaiproyavitel-zorkiy; one after the second row on
en-blog-sporeandbramble-ceps, fr-blog-obturateurreveur-telemetre (a partner link in the block of the row),
pl-portal-jezynowice-wyscig, pl-blog-podgrzybkowyszlak-kurki and ru-portal-sosnovoyarsk-katok; none on
fr-portail-orvalette-marathon, de-portal-wettelsbrueck-hallenbad and it-blog-agoequadretti-bordura, whose rows are in
one block); a two-line newsletter prompt between the last list row and the last paragraphs on
fr-portail-orvalette-marathon; no noise between the two last paragraphs; and seven or eight at the foot (eight on
en-blog-sporeandbramble-ceps, de-portal-wettelsbrueck-hallenbad, it-portale-castelvornio-scacchi,
it-blog-agoequadretti-bordura and ru-portal-sosnovoyarsk-katok, seven on the others), with a "↳" reply on every page,
replies to replies "↳↳" on nine pages and "↳↳↳" on en-blog-sporeandbramble-ceps and fr-blog-obturateurreveur-telemetre;
fr-portail-orvalette-marathon, de-portal-wettelsbrueck-hallenbad, it-blog-agoequadretti-bordura and
pl-blog-podgrzybkowyszlak-kurki have two separate comments; the dinghy post's foot opens with its affiliate label and
author line before the thread; the feet of en-blog-sporeandbramble-ceps, fr-blog-obturateurreveur-telemetre,
de-portal-wettelsbrueck-hallenbad, de-blog-pinneundpuetz-kenterung, it-blog-agoequadretti-bordura and
pl-blog-podgrzybkowyszlak-kurki have no footer or copyright line, those of de-portal-wettelsbrueck-hallenbad,
it-portale-castelvornio-scacchi and pl-portal-jezynowice-wyscig have a more-news link and those of
en-blog-sporeandbramble-ceps and ru-portal-sosnovoyarsk-katok have tags. The subheadings and rows:
en-portal-thrimbleton-newstand "How the new stand works" (three rows), en-blog-sporeandbramble-ceps "How to tell a cep
from a bitter bolete" (three), fr-portail-orvalette-marathon "Ce qui change pour les coureurs" (three),
fr-blog-obturateurreveur-telemetre "Les pellicules essayées" (three), de-portal-wettelsbrueck-hallenbad "Wo jetzt
geschwommen wird" (three), de-blog-pinneundpuetz-kenterung "Meine Liste für das nächste Mal" (three),
it-portale-castelvornio-scacchi "Il programma della festa" (three), it-blog-agoequadretti-bordura "Gli errori da
evitare" (three), pl-portal-jezynowice-wyscig "Utrudnienia w dniu wyścigu" (three), pl-blog-podgrzybkowyszlak-kurki "Co
znalazłem" (three), ru-portal-sosnovoyarsk-katok "Расписание катка" (three) and ru-blog-plenkaiproyavitel-zorkiy "Что бы
я сделал иначе" (three); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-thrimbleton-newstand (a regional news portal's story on a
football ground's new 1,800-seat stand opening for a Boxing Day derby, with a comment, the paper's reply and the
commenter's reply to that), en-blog-sporeandbramble-ceps (a mushroom-hunting blog's post on the first ceps of the autumn
in a beech wood, with a comment, the author's reply, a reply to it and the author's reply to that),
fr-portail-orvalette-marathon (a regional news portal's story on a town marathon moving its route away from a bridge
under repair, with a comment, a reply and a separate comment), fr-blog-obturateurreveur-telemetre (a vintage-camera
blog's post on three films through a 1958 rangefinder bought at a flea market, with a comment, the author's reply, a
reply to it and the author's reply to that), de-portal-wettelsbrueck-hallenbad (a regional news portal's story on an
indoor pool closing for at least two years of repairs, with a comment, the paper's reply, a reply to it and a separate
comment), de-blog-pinneundpuetz-kenterung (a dinghy-sailing blog's post on a first capsize on a lake, with a comment,
the author's reply and a reply to it), it-portale-castelvornio-scacchi (a regional news portal's story on a chess club's
fiftieth anniversary, with a comment, the paper's reply and a reply to it), it-blog-agoequadretti-bordura (a
cross-stitch blog's post on a first Christmas holly border, with two comments and the author's reply to each),
pl-portal-jezynowice-wyscig (a regional news portal's story on a cycling race's stage finishing in the town square, with
a comment, a guest reply and a reply to it), pl-blog-podgrzybkowyszlak-kurki (a mushroom-hunting blog's post on
chanterelles still growing in November, with a comment, the author's reply and a separate comment),
ru-portal-sosnovoyarsk-katok (a regional news portal's story on an ice rink reopening after repairs, with a comment, the
paper's reply and a reply to it) and ru-blog-plenkaiproyavitel-zorkiy (a vintage-camera blog's post on a first
rangefinder bought for three hundred roubles, with a comment, the author's reply and a reply to it); every page holds a
title, a subheading with list rows, a quote in the article and noise above the title, under it, between the paragraphs
or the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit f034cabe17733e49c536d5d694f50ea2c50d3da1, measured with ``cd /tmp/wt-s103 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s103/src python -m pytest -q tests/test_clean_held_out_103.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s103 && PYTHONPATH=/tmp/wt-s103/src python
scripts/clean_held_out_report.py --sets 103`` (noise lines removed 36/45, article lines kept 20/20, pages clean 3/12,
page noise lines left 44 of 240), with the xfail tables empty): noise lines removed 36/45 (marker 6/8, reading-time 4/7,
byline 7/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; missed, all kept in the text: at the head the English "Fair
warning: this one runs to about 2,000 words, so give it eight minutes or so.", the German "In etwa sieben Minuten
gelesen" and the Polish "Tekst na mniej więcej 7 minut czytania" and "Artykuł archiwalny – opublikowany po raz pierwszy
w 2019 roku."; in the body the English "Sign up to get unlimited songs and podcasts with occasional ads. No credit card
needed." and the German "Externer Inhalt von Instagram: Mit einem Klick auf „Anzeigen“ stimmen Sie der Übermittlung
Ihrer Daten zu."; at the foot the English "Site built with Hugo and hosted on Netlify.", the German "Dieser Kommentar
ist eine Antwort auf einen gelöschten Beitrag." and the Polish "Autorka jest instruktorką haftu i prowadzi sklep z
zestawami do haftu krzyżykowego."); keep lines kept 20/20; pages 3/12 clean (en-portal-thrimbleton-newstand,
it-blog-agoequadretti-bordura and ru-blog-plenkaiproyavitel-zorkiy), 44 of 240 page noise lines left and 6 of 120
article lines lost: en-blog-sporeandbramble-ceps 8 left ("Foraging notes from the edge of town", "Jump to:", "1. Where I
found them", "2. How to tell a cep from a bitter bolete", "3. What I cooked", "Never eat a mushroom you have not
identified with certainty. This blog is not an identification guide.", "The knife and brush I use are linked at the end
of this post." and "📌 Pin this post for your next foray!"); fr-portail-orvalette-marathon 1 left ("Le pont de la
Mouvrance, fermé aux piétons jusqu'en juin."); fr-blog-obturateurreveur-telemetre 6 left ("Le labo que j'utilise (lien
partenaire) : -10 % avec le code du blog" and its thread: "Vieux_Rollei", "Superbe trouvaille, et la diapo périmée a un
rendu magnifique.", "↳ Anselme : Merci ! Elle avait pourtant passé dix ans dans un grenier.", "↳↳ Vieux_Rollei : C'est
souvent le cas, les greniers sont plus frais qu'on croit." and "↳↳↳ Anselme : Bien vu, je vais en chercher d'autres.");
de-portal-wettelsbrueck-hallenbad 6 left (its thread: "Wasserratte_74", "Zwei Jahre ohne Bad, und das mitten in der
Schwimmkurs-Krise.", "↳ Antwort von Rundschau-Redaktion: Die Stadt prüft zusätzliche Kurse in Grimmelsried.", "↳↳
Wasserratte_74: Danke für die Info!", "Schwimmmeister_a_D" and "Endlich wird es gemacht, die Lüftung war schon 2010 ein
Thema."); de-blog-pinneundpuetz-kenterung 8 left ("Foto: So sah es aus, zwei Minuten nach der Kenterung.", "Die Weste,
die ich trage, findest du hier*", "*Affiliate-Link", "Malte schreibt hier über das Jollensegeln auf Binnenseen." and its
thread: "Seglerin_Hanne", "Das kenne ich! Bei mir war es der Baum am Kopf.", "↳ Malte: Autsch, das blieb mir zum Glück
erspart." and "↳↳ Seglerin_Hanne: Seitdem segle ich nur noch mit Helm."); it-portale-castelvornio-scacchi 5 left
("Commenti dei lettori", "Alfiere_nero", "Ho imparato a giocare lì nel 1988, auguri al circolo!", "↳ Risposta di
Castelvornio Notizie: Grazie del ricordo!" and "↳↳ Alfiere_nero: Ci vediamo alla simultanea.");
pl-portal-jezynowice-wyscig 4 left ("kibic_z_rynku", "Wreszcie coś się dzieje w naszym mieście!", "↳ Gość: Oby tylko nie
padało." and "↳↳ kibic_z_rynku: Prognoza na razie dobra."); pl-blog-podgrzybkowyszlak-kurki 6 left ("Komentarze
czytelników", "Grzybiarz_Marek", "U mnie też jeszcze rosną!", "↳ Zbigniew: To rzadki rok.", "Pani_Halina" and "Piękny
koszyk."); ru-portal-sosnovoyarsk-katok 0 left and 6 article lines lost or out of order (its subheading "Расписание
катка", its three list rows "Будни: с 16:00 до 21:00", "Выходные: с 10:00 до 22:00" and "Прокат коньков: 150 рублей в
час" and its two last paragraphs "Вход для детей до семи лет бесплатный." and "Билеты можно купить на месте."). Of the
left page lines one stands above the title (the ceps post's tagline; every other site name, tagline, menu, breadcrumb,
weather line and 16+ mark above the titles goes); six stand under the title (the ceps post's table of contents, heading
and three entries, in its own block, and its safety disclaimer, and the marathon story's photo caption in its own block;
every other byline, date, category, reading time, comment and view count, share, save and listen link, most-read link,
affiliate note, ad label, caption and table of contents under the titles goes, including the five tables of contents in
the blocks of the dates); one stands among the paragraphs before the subheading (the dinghy post's caption between the
second paragraph and the paragraph with the quote; the ad labels, read-also box and links, captions, PDF download and
Instagram prompt there go); one stands right after a subheading (the ceps post's affiliate note, in the block of the
subheading; the ad labels in their own blocks there go); three stand in gaps between list rows (the ceps post's
Pinterest prompt, the rangefinder post's partner link and the dinghy post's affiliate link, the last two in the block of
a row; the related and video links, ad labels, subscription offer, see-also link, Facebook and Telegram prompts there
go); none stands between the last list row and the last paragraphs (the marathon story's newsletter prompt goes); and 32
stand at the foot, all on six pages (the threads of the rangefinder, swimming-pool, dinghy, chess, cycling and
chanterelle pages and the dinghy post's affiliate label and author line; the tags, leave-a-comment links, more-news
links, footer menu and copyright lines go, and the threads of the new-stand, ceps, marathon, cross-stitch, ice-rink and
Zorki pages go whole). The ice-rink story loses everything from its subheading on. The failing cases are strict xfails.

Still held out after round 81 (developed on sets 101 and 102: rows of times joined by words read as a timetable, not as
commenters' headers, an angle in degrees no weather widget, reporting verbs after a call, affiliate labels and lines,
shop buttons, downloadable track notes, recommended links, account plugs, newsletter labels, app tags, press-network
lines, gallery navigation rows; this set was written against f034cab, before it; measured once with
``scripts/clean_held_out_report.py --sets 103`` at 58486dd): noise lines removed 36/45 (unchanged), keep lines 20/20,
pages clean 3/12, page noise lines left 44 -> 43 of 240 (the dinghy post's affiliate label goes), article lines lost 6
-> 1 of 120 (the ice-rink story keeps its subheading, two of its rows and its two last paragraphs; it still loses its
skate-hire row). Two reasons are reworded.

Round 82 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_103.py`` at main's 082c900 (before; after
round 81) and the round's last commit on branch round82 (after): noise lines 36 -> 40 of 45 (reading-time 4 -> 6/7,
comments 7 -> 8/8, footer 7 -> 8/8, marker 6/8, byline 7/8, share 3/3, notice 2/3), keep lines 20 -> 20 of 20, pages
clean 3 -> 8 of 12, page noise lines left 43 -> 11 of 240, article lines lost 1 -> 0 of 120; pytest 59 passed, 18
xfailed -> 68 passed, 9 xfailed. The ice-rink story keeps its skate-hire row; the swimming-pool, chess, cycling and
chanterelle stories are clean, their threads gone whole, and the rangefinder and dinghy posts keep one line each (the
partner-lab link and the affiliate link after a list row: their threads, the dinghy post's caption and author line go);
the German and Polish reading-time rows the reply-to-a-deleted-comment line and the Hugo-and-Netlify credit go. Fixed,
by mechanism: a price row the hire-or-pass rule of round 60 takes alone ('Прокат коньков: 150 рублей в час') is one row
of the article's table when kept rows of a label and a number stand with it (clean._keep_measurement_rows widened from
the weather rule's readings to the offer rules' rows, _TAKEN_ROW_REASONS; an ad slot's label between two rows does not
end the run, _is_ad_label_between_rows; a time of day's colon inside the value, _ROW_VALUE_CHAR; an offer's row over
another taken line, a box of offers, still goes); under a thread's header, a nested reply with its replier and its words
on one line after a colon ('↳ Anselme : Merci ! ...', '↳↳ Wasserratte_74: Danke für die Info!', '↳ Risposta di
Castelvornio Notizie: Grazie del ricordo!') is a thread's marker (comment_threads._INLINE_REPLY); the readers' comments
as the thread's heading ('Commenti dei lettori', 'Komentarze czytelników', 'Commentaires des lecteurs', 'Kommentare der
Leser', 'Leserkommentare', 'Комментарии читателей') is a comment count; clean._READING_SENTENCE widened to the read said
done in its minutes ('In etwa sieben Minuten gelesen'), the page as a text of so many minutes ('Tekst na mniej więcej 7
minut czytania') and the words counted before the minutes, in six languages; a reply left under a deleted comment, in
six languages, is comment furniture; a site's builder credit with its host after 'and' ('Site built with Hugo and hosted
on Netlify.', whole_line_noise._AND_HOSTED, in the six languages' credit patterns) is a blog footer. Left: the ceps
post's tagline, table of contents, safety disclaimer, affiliate note and Pinterest prompt, the marathon story's caption
under the title, the two links after list rows and five single lines (the English blog's reading-time sentence, the
Spotify and German Instagram residues, the Polish archive note and author bio): the round's time went to the lost lines
and the threads. Two page reasons are reworded; four pages, the loss and four lines are removed from the tables.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_103_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Time to read: ~5 min", "reading-time"),
    ("head", "Fair warning: this one runs to about 2,000 words, so give it eight minutes or so.", "reading-time"),
    ("body", "Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.", "marker"),
    ("body", "A post shared by Thrimbleton Harriers (@thrimbletonharriers)", "marker"),
    ("body", "Keyboard shortcuts · Map data ©2026 · Terms · Report a map error", "marker"),
    ("tail", "Reporting by Orla Tindlemore; Editing by Gideon Vasthwaite", "byline"),
    ("tail",
     "If these posts help you on a foray, you can buy me a coffee on Ko-fi – it keeps the spore prints coming.",
     "byline"),
    ("tail",
     "Hester Caddowfield is the Chronicle's sports reporter and has followed Thrimbleton Town home and away since "
     "2011.",
     "byline"),
    ("tail",
     "Registered in England and Wales, company number 00000000. Registered office: 0 Tannery Row, Thrimbleton.",
     "footer"),
    ("tail", "Site built with Hugo and hosted on Netlify.", "footer"),
    ("tail", "Text and photos on this blog are licensed under CC BY-NC 4.0 unless stated otherwise.", "footer"),
    ("tail", "Like · Reply · 3w", "comments"),
    ("tail", "Load 12 more comments", "comments"),
    ("tail", "Comment policy: stay on topic, no links, and no personal attacks.", "comments"),
    ("tail", "Share via Bluesky · Mastodon · WhatsApp · Copy link", "share"),
    # French
    ("head", "Article à lire en 6 minutes", "reading-time"),
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("tail", "Retrouvez aussi le blog en podcast chaque mardi sur toutes les plateformes d'écoute.", "byline"),
    ("tail", "Hébergement : OVHcloud, Roubaix (France)", "footer"),
    ("tail", "Afficher les 5 réponses", "comments"),
    ("tail", "Envoyer par Bluesky, WhatsApp ou LinkedIn", "share"),
    # German
    ("head", "In etwa sieben Minuten gelesen", "reading-time"),
    ("head", "Ein Gastbeitrag von Wiebke Ostermöhlen", "byline"),
    ("body",
     "Externer Inhalt von Instagram: Mit einem Klick auf „Anzeigen“ stimmen Sie der Übermittlung Ihrer Daten zu.",
     "marker"),
    ("tail", "Gehostet in Deutschland · ohne Tracking · werbefrei seit 2014", "footer"),
    ("tail", "Dieser Kommentar ist eine Antwort auf einen gelöschten Beitrag.", "comments"),
    ("tail", "Dieser Text wurde mithilfe einer KI übersetzt und von der Redaktion geprüft.", "notice"),
    # Italian
    ("head", "Lettura da 5 minuti", "reading-time"),
    ("head", "A cura della redazione sportiva", "byline"),
    ("body", "Visualizza mappa ingrandita", "marker"),
    ("tail", "Codice etico · Lavora con noi · Note legali · Gestione cookie", "footer"),
    ("tail", "Carica altri commenti", "comments"),
    ("tail", "Condividi: Bluesky · Pinterest · Telegram · Stampa", "share"),
    # Polish
    ("head", "Tekst na mniej więcej 7 minut czytania", "reading-time"),
    ("head", "Artykuł archiwalny – opublikowany po raz pierwszy w 2019 roku.", "notice"),
    ("body", "Wyświetl ten post na Instagramie", "marker"),
    ("tail", "Autorka jest instruktorką haftu i prowadzi sklep z zestawami do haftu krzyżykowego.", "byline"),
    ("tail", "Korzystanie z portalu oznacza akceptację Regulaminu i Polityki prywatności.", "footer"),
    ("tail", "Odpowiedz · Cytuj · Zgłoś", "comments"),
    # Russian
    ("head", "На чтение уйдёт около 5 минут", "reading-time"),
    ("head", "Материал подготовила Евдокия Клюквенкова", "byline"),
    ("body", "Открыть в Яндекс Картах", "marker"),
    ("tail", "Любое использование материалов допускается только с письменного согласия редакции.", "footer"),
    ("tail", "Комментарий удалён модератором.", "comments"),
    ("tail", "Новость дополняется.", "notice"),
]

HELD_OUT_103_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Comments made by the chairman at the fans' forum were withdrawn the next morning, the club confirmed."),
    ("head", "Posted on the clubhouse door, the new fixture list shows twelve home games before Christmas."),
    ("body", "Advertising boards along the new stand will carry the names of local firms, the club said."),
    ("body", "Follow the blue signs from the station, marshals told runners arriving for the new route."),
    ("tail", "Photo finishes decided two of the stages when the race last came through the town."),
    ("tail", "Subscribers to the leisure centre's swim pass will get a refund for every month the pool stays shut."),
    ("tail",
     "Shared changing rooms at the rink have been split in two so that figure skaters and hockey players no longer "
     "queue."),
    # French
    ("head",
     "Lire les résultats du semi-marathon sur un panneau lumineux sera possible dès le printemps, promet la mairie."),
    ("body", "Commentaires et réclamations des coureurs seront recueillis en mairie jusqu'au 15 janvier."),
    ("tail",
     "Suivez le parcours sur la carte affichée à l'office de tourisme, conseille l'organisateur aux spectateurs."),
    # German
    ("head", "Teilen müssen sich die Vereine die Eisfläche künftig an drei Abenden in der Woche."),
    ("body", "Werbung für das Jubiläumsturnier machte der Schachklub vor allem mit Plakaten im Rathaus."),
    ("tail", "Mehr zum Thema Schwimmunterricht wollen Stadt und Schulen im Januar gemeinsam vorstellen."),
    # Italian
    ("head",
     "Condivisa da quasi tutti i commercianti la scelta di spostare il traguardo in piazza, ha detto il sindaco."),
    ("body", "Pubblicità a bordo campo e biglietti venduti online copriranno metà del costo della nuova tribuna."),
    ("tail", "Iscritti al circolo di scacchi sono oggi 84, contro i 12 soci fondatori del 1976."),
    # Polish
    ("head", "Komentarze kibiców po otwarciu nowej trybuny były w większości entuzjastyczne."),
    ("tail", "Udostępnione przez klub nagranie z finiszu obejrzało w weekend kilka tysięcy osób."),
    # Russian
    ("body",
     "Подписаться на секцию фигурного катания можно будет только после открытия катка, уточнили в администрации."),
    ("tail", "Комментируя решение, директор бассейна сказал, что ремонт займёт не меньше года."),
]

HELD_OUT_103_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-thrimbleton-newstand": _page("en", "en-portal-thrimbleton-newstand", [
        [
            "-Thrimbleton Chronicle",
            "-News · Sport · What's On · Jobs · Property",
        ],
        ["+Thrimbleton Town's new Quarry End stand to open for Boxing Day derby"],
        [
            "-Sport › Football › Thrimbleton Town",
            "-By Ned Trelissow, sports reporter",
            "-Published 4 December 2026, 18:20 · Updated 5 December 2026, 08:05",
            "-Listen to this article · 4 min",
            "-4 min read",
            "-Share · Save · Print",
        ],
        ["-Builders fitting the last rows of seats under the Quarry End roof on Wednesday. Photo: Chronicle"],
        ["-Most read: Bypass closed overnight for resurfacing"],
        ["+The 1,800-seat stand replaces the open terrace that had stood behind the south goal since 1923."],
        ["-Advertisement"],
        [
            "+Safety officers signed off the structure on Tuesday after a final inspection of the roof and the "
            "stairways.",
        ],
        [
            '+"We have waited thirty years for this, and it is finished with three weeks to spare," said club '
            'secretary Marjorie Culvercross.',
        ],
        ["+How the new stand works"],
        ["+Season-ticket holders keep their seats and move across by row letter"],
        [
            "-Related: Ground-share talks with the Harriers stall again",
            "-Watch: time-lapse of the roof going up (1:42)",
        ],
        [
            "+Away fans are housed in the north-east corner, with a separate turnstile",
            "+The family section moves to the lower tier, closest to the halfway line",
        ],
        ["+Tickets for the Boxing Day game go on sale to members on Monday."],
        ["+Any left over will be sold to the public from 14 December."],
        [
            "-3 comments",
            "-GaryFromTheTerrace · 4 Dec 2026, 19:12",
            "-Shame to lose the terrace, but the view from the old Quarry End was always rubbish in the rain.",
            "-↳ Chronicle Sport: The club says a small standing area stays in the south-west corner.",
            "-↳↳ GaryFromTheTerrace: Good, I'll be there with my flask.",
            "-Read more about: Thrimbleton Town, Quarry End",
            "-© 2026 Thrimbleton Chronicle Ltd",
        ],
    ]),
    "en-blog-sporeandbramble-ceps": _page("en", "en-blog-sporeandbramble-ceps", [
        [
            "-Spore & Bramble",
            "-Foraging notes from the edge of town",
        ],
        ["+The first ceps of the autumn, under the old beeches"],
        [
            "-October 14, 2026 · Forays · 9 comments",
            "-Reading time: 6 minutes",
            "-This post contains affiliate links; I may earn a small commission at no cost to you.",
        ],
        [
            "-Jump to:",
            "-1. Where I found them",
            "-2. How to tell a cep from a bitter bolete",
            "-3. What I cooked",
        ],
        ["-Never eat a mushroom you have not identified with certainty. This blog is not an identification guide."],
        ["+After three dry weeks, the rain on Sunday night finally brought the beech wood to life."],
        [
            "+By ten the next morning I had found eleven ceps along the old boundary bank, most of them no bigger "
            "than an egg.",
        ],
        [
            '+My friend Tamsin, who has been foraging the same wood for twenty years, just laughed: "You always find '
            'them the day after you give up."',
        ],
        [
            "+How to tell a cep from a bitter bolete",
            "-The knife and brush I use are linked at the end of this post.",
        ],
        ["+Look at the net on the stem: fine and pale on a cep, dark and coarse on a bitter bolete"],
        ["+Check that the pores stay white or turn yellow, never pink"],
        ["-📌 Pin this post for your next foray!"],
        ["+If in doubt, touch a tiny piece to your tongue and spit it out: a bitter bolete tastes of bile"],
        ["+I fried the smallest ones in butter with a little garlic and ate them on toast."],
        ["+Next week: drying the rest on a string above the stove."],
        [
            "-Tags: ceps, beech wood, autumn forays",
            '-9 thoughts on "The first ceps of the autumn, under the old beeches"',
            "-Moss_and_Mycelium says:",
            "-Lucky you! Ours are still bone dry.",
            "-↳ Wren (author) says: Give it a week after the next proper rain.",
            "-↳↳ Moss_and_Mycelium says: Will do, fingers crossed.",
            "-↳↳↳ Wren (author) says: Let me know how you get on!",
            "-Leave a comment",
        ],
    ]),
    "fr-portail-orvalette-marathon": _page("fr", "fr-portail-orvalette-marathon", [
        [
            "-L'Écho d'Orvalette",
            "-Accueil › Sports › Course à pied",
        ],
        ["+Le marathon d'Orvalette change de parcours pour éviter le chantier du pont"],
        [
            "-Par Solène Marquebreuil",
            "-Publié le 3 décembre 2026 à 17h45",
            "-Temps de lecture : 3 min",
            "-Partager sur Facebook · X · WhatsApp",
        ],
        ["-Le pont de la Mouvrance, fermé aux piétons jusqu'en juin."],
        ["+La 22e édition, prévue le 12 avril, ne traversera plus le centre-ville par le pont de la Mouvrance."],
        [
            "-À lire aussi",
            "-Travaux du pont : la circulation alternée prolongée jusqu'en juin",
            "-Semi-marathon : record de participation en 2026",
        ],
        [
            "+Les coureurs partiront du stade et longeront le canal sur près de neuf kilomètres avant de rejoindre la "
            "vieille ville.",
        ],
        [
            "+« Le tracé est plus plat, donc plus rapide, mais il faudra lutter contre le vent du canal », prévient "
            "Hervine Pouchardel, présidente du comité d'organisation.",
        ],
        ["-Les coureurs au départ de l'édition 2026, devant le stade municipal. Photo L'Écho / archives"],
        ["+Ce qui change pour les coureurs"],
        [
            "+Le départ est avancé à 8 h 30",
            "+Le ravitaillement du 20e kilomètre passe sur le quai des Tanneurs",
            "+L'arrivée reste jugée place de la Mairie",
        ],
        [
            "-Newsletter Sports : les résultats du week-end chaque lundi matin",
            "-Je m'inscris",
        ],
        ["+Les inscriptions ouvriront le 5 janvier sur le site du comité."],
        ["+Le nombre de dossards reste limité à 2 500."],
        [
            "-Réagissez à cet article",
            "-Coureur_du_dimanche · il y a 2 heures",
            "-Enfin un parcours sans la côte du cimetière !",
            "-↳ Maman_de_trois : Et sans les pavés, surtout.",
            "-LucieM · il y a 1 heure",
            "-Le vent du canal en avril, bon courage à tous…",
            "-Mentions légales · Contact · Publicité",
        ],
    ]),
    "fr-blog-obturateurreveur-telemetre": _page("fr", "fr-blog-obturateurreveur-telemetre", [
        [
            "-Obturateur Rêveur",
            "-Photographie argentique et vieux boîtiers",
            "-Accueil · Boîtiers · Pellicules · Labos",
        ],
        ["+Trois pellicules avec un télémètre de 1958 trouvé en brocante"],
        [
            "-Publié le 28 novembre 2026 par Anselme",
            "-Catégories : Boîtiers, Essais",
            "-Lecture : 7 min",
            "-Partager : Facebook · Pinterest · E-mail",
            "-Sommaire",
            "-1. Le boîtier",
            "-2. Les pellicules",
            "-3. Ce que j'en retiens",
        ],
        [
            "+Je l'ai payé douze euros à la brocante du dimanche, avec son étui en cuir craquelé et un bouchon "
            "d'objectif qui ne ferme plus.",
        ],
        [
            "+Le vendeur m'a assuré que l'obturateur fonctionnait, ce qui s'est révélé vrai à toutes les vitesses "
            "sauf au 1/500e.",
        ],
        ["-Publicité"],
        [
            "+Mon ami Gaspard, réparateur à la retraite, a eu ce mot en le voyant : « Un appareil qui a survécu "
            "soixante ans survivra bien à tes essais. »",
        ],
        ["+Les pellicules essayées"],
        ["+Une 400 ISO noir et blanc, développée maison au révélateur classique"],
        [
            "+Une couleur 200 ISO, envoyée au labo",
            "-Le labo que j'utilise (lien partenaire) : -10 % avec le code du blog",
        ],
        ["+Une diapositive périmée depuis 2009, pour le plaisir"],
        ["+Le télémètre est encore juste, mais le viseur est sombre par temps gris."],
        ["+Prochain billet : démonter et nettoyer le viseur sans rien casser."],
        [
            "-4 commentaires",
            "-Vieux_Rollei",
            "-Superbe trouvaille, et la diapo périmée a un rendu magnifique.",
            "-↳ Anselme : Merci ! Elle avait pourtant passé dix ans dans un grenier.",
            "-↳↳ Vieux_Rollei : C'est souvent le cas, les greniers sont plus frais qu'on croit.",
            "-↳↳↳ Anselme : Bien vu, je vais en chercher d'autres.",
            "-Laisser un commentaire",
        ],
    ]),
    "de-portal-wettelsbrueck-hallenbad": _page("de", "de-portal-wettelsbrueck-hallenbad", [
        [
            "-Wettelsbrücker Rundschau",
            "-Lokales · Sport · Kultur · Service",
            "-Startseite › Lokales › Wettelsbrück",
        ],
        ["+Hallenbad Wettelsbrück schließt im Februar für mindestens zwei Jahre"],
        [
            "-Wettelsbrück, 4. Dezember 2026",
            "-Von Jost Ahlenkämper",
            "-Lesezeit: 3 Minuten",
            "-Das Becken des Hallenbads am Stadtpark, eröffnet 1974. Foto: Rundschau-Archiv",
            "-Artikel teilen",
            "-Artikel merken",
            "-Artikel anhören",
        ],
        ["+Der Stadtrat hat am Mittwochabend die Sanierung des Hallenbads am Stadtpark beschlossen."],
        ["+Das Dach, die Lüftung und die Technik unter dem Becken müssen vollständig erneuert werden."],
        [
            "+„Flicken hilft hier nicht mehr, das Gebäude ist am Ende seiner Lebensdauer angekommen“, sagte "
            "Bäderchefin Gesine Hollweder.",
        ],
        ["-Lesen Sie auch: Freibad-Saison endet mit Besucherrekord"],
        ["+Wo jetzt geschwommen wird"],
        ["-Sponsored"],
        [
            "+Schulschwimmen findet im Lehrschwimmbecken der Gesamtschule statt",
            "+Die Vereine trainieren abends im Nachbarort Grimmelsried",
            "+Für die Öffentlichkeit fährt samstags ein Bäderbus",
        ],
        ["+Die Kosten werden auf rund 14 Millionen Euro geschätzt."],
        ["+Das Land will etwa die Hälfte übernehmen."],
        [
            "-Kommentare (2)",
            "-Wasserratte_74",
            "-Zwei Jahre ohne Bad, und das mitten in der Schwimmkurs-Krise.",
            "-↳ Antwort von Rundschau-Redaktion: Die Stadt prüft zusätzliche Kurse in Grimmelsried.",
            "-↳↳ Wasserratte_74: Danke für die Info!",
            "-Schwimmmeister_a_D",
            "-Endlich wird es gemacht, die Lüftung war schon 2010 ein Thema.",
            "-Mehr Nachrichten aus Wettelsbrück",
        ],
    ]),
    "de-blog-pinneundpuetz-kenterung": _page("de", "de-blog-pinneundpuetz-kenterung", [
        [
            "-Pinne & Pütz",
            "-Jollensegeln für Spätberufene",
        ],
        ["+Meine erste Kenterung mit der Jolle – und was ich daraus gelernt habe"],
        [
            "-12. September 2026 von Malte",
            "-Kategorie: Segeln lernen",
            "-5 Kommentare",
            "-Lesezeit: 4 Minuten",
            "-Inhaltsverzeichnis",
            "-1. Der Tag auf dem See",
            "-2. Wie ich sie wieder aufgerichtet habe",
            "-3. Meine Liste für das nächste Mal",
            "-Anzeige | Werbung",
        ],
        ["+Es war ein böiger Samstag, und ich hatte das Großsegel viel zu lange dichtgeholt."],
        ["+Eine Bö von Westen, ein Moment zu spät gefiert, und schon lag die Jolle auf der Seite."],
        ["-Foto: So sah es aus, zwei Minuten nach der Kenterung."],
        ["+Der Segellehrer vom Steg rief nur: „Ruhig bleiben, aufs Schwert steigen, nicht ans Boot klammern!“"],
        ["+Meine Liste für das nächste Mal"],
        [
            "+Schwimmweste auch bei Sonne anziehen",
            "-Die Weste, die ich trage, findest du hier*",
        ],
        ["+Das Großsegel früher fieren"],
        ["+Eine Pütz zum Ausschöpfen festbinden"],
        ["+Das Aufrichten hat keine fünf Minuten gedauert, das Ausschöpfen eine halbe Stunde."],
        ["+Im nächsten Beitrag erzähle ich vom Reffen bei mehr Wind."],
        [
            "-*Affiliate-Link",
            "-Malte schreibt hier über das Jollensegeln auf Binnenseen.",
            "-Kommentare",
            "-Seglerin_Hanne",
            "-Das kenne ich! Bei mir war es der Baum am Kopf.",
            "-↳ Malte: Autsch, das blieb mir zum Glück erspart.",
            "-↳↳ Seglerin_Hanne: Seitdem segle ich nur noch mit Helm.",
        ],
    ]),
    "it-portale-castelvornio-scacchi": _page("it", "it-portale-castelvornio-scacchi", [
        [
            "-Castelvornio Notizie",
            "-Cronaca · Sport · Cultura · Eventi",
            "-Castelvornio: 8°C, sereno",
        ],
        ["+Il circolo di scacchi di Castelvornio compie cinquant'anni"],
        [
            "-di Cesira Bongiovanotti",
            "-5 dicembre 2026",
            "-Tempo di lettura: 3 minuti",
            "-Ascolta l'articolo",
            "-Condividi su WhatsApp",
        ],
        ["+Il circolo fu fondato nel 1976 da dodici amici nel retro di un bar di piazza Garibaldi."],
        ["-I soci del circolo durante il torneo di primavera. Foto Castelvornio Notizie"],
        ["+Oggi conta 84 iscritti e una scuola di scacchi per i ragazzi delle medie."],
        [
            "+«All'inizio giocavamo con i pezzi di legno di mio nonno, ora abbiamo otto scacchiere elettroniche», "
            "ricorda la presidente Benvenuta Scarabellotti.",
        ],
        ["-Leggi anche: Il torneo giovanile torna in biblioteca"],
        ["+Il programma della festa"],
        ["+Sabato 12 dicembre, simultanea con un maestro internazionale"],
        [
            "-Annuncio pubblicitario",
            "-Offerta: abbonati a Castelvornio Notizie a 1 euro al mese",
        ],
        ["+Domenica 13, torneo lampo aperto a tutti"],
        ["+Per tutto il mese, mostra di foto storiche in biblioteca"],
        ["+L'ingresso alla simultanea è gratuito, ma va prenotato."],
        ["+Le foto per la mostra si possono ancora portare in biblioteca entro il 10 dicembre."],
        [
            "-Commenti dei lettori",
            "-Alfiere_nero",
            "-Ho imparato a giocare lì nel 1988, auguri al circolo!",
            "-↳ Risposta di Castelvornio Notizie: Grazie del ricordo!",
            "-↳↳ Alfiere_nero: Ci vediamo alla simultanea.",
            "-Scrivi un commento",
            "-Altre notizie da Castelvornio",
            "-© 2026 Castelvornio Notizie",
        ],
    ]),
    "it-blog-agoequadretti-bordura": _page("it", "it-blog-agoequadretti-bordura", [
        [
            "-Ago e Quadretti",
            "-Blog di punto croce",
        ],
        ["+La mia prima bordura natalizia a punto croce, finita in tre settimane"],
        [
            "-Pubblicato il 30 novembre 2026 da Ornella",
            "-Categoria: Progetti finiti",
            "-Tempo di lettura: 4 minuti",
            "-Questo post contiene link affiliati.",
            "-Indice",
            "-1. Il tessuto",
            "-2. I colori",
            "-3. Gli errori da evitare",
        ],
        ["+L'idea era semplice: una bordura di agrifoglio da cucire sull'asciugamano degli ospiti."],
        ["+Ho scelto una tela Aida da 14 punti, più facile per chi, come me, non ha più la vista di una volta."],
        ["-Scarica lo schema gratuito in PDF"],
        [
            "+Mia zia, che ricama da sessant'anni, ha guardato il rovescio e ha detto: «Un buon lavoro si vede "
            "dietro, non davanti.»",
        ],
        ["-Seguimi su Instagram per vedere i lavori in corso"],
        ["+Gli errori da evitare"],
        ["+Non tirare troppo il filo, o la tela si arriccia"],
        ["+Fare tutte le croci nello stesso verso"],
        ["+Non saltare più di tre quadretti sul rovescio"],
        ["+Alla fine l'ho lavata a mano e stirata al rovescio su un asciugamano."],
        ["+Nel prossimo post vi mostro il segnalibro coordinato."],
        [
            "-Commenti (3)",
            "-Nonna_Pina",
            "-Che bella! Il rovescio è perfetto.",
            "-↳ Ornella: Grazie, ho seguito il consiglio della zia!",
            "-Filo_rosso",
            "-Dove hai preso la tela?",
            "-↳ Ornella: In una merceria in centro, ma si trova anche online.",
            "-Lascia un commento",
        ],
    ]),
    "pl-portal-jezynowice-wyscig": _page("pl", "pl-portal-jezynowice-wyscig", [
        [
            "-Gazeta Jeżynowicka",
            "-Wiadomości · Sport · Kultura · Ogłoszenia",
            "-Jeżynowice: 4°C, pochmurno",
            "-Strona główna › Sport",
        ],
        ["+Wyścig kolarski przejedzie przez Jeżynowice w maju"],
        [
            "-Irena Sitowiecka",
            "-4 grudnia 2026, 12:30",
            "-Czas czytania: 2 min",
            "-Peleton na rynku w sąsiednim powiecie, maj 2026. Fot. archiwum",
            "-Udostępnij",
            "-Posłuchaj artykułu",
            "-Najczęściej czytane: Nowe rondo przy szkole gotowe",
        ],
        ["+Trzeci etap regionalnego wyścigu kolarskiego zakończy się w przyszłym roku na jeżynowickim rynku."],
        ["+Kolarze wjadą do miasta od strony Łąkowej i zrobią trzy rundy po centrum."],
        ["+– To szansa, żeby pokazać miasto tysiącom kibiców – mówi Teodor Kminkiewicz z urzędu miasta."],
        ["+Utrudnienia w dniu wyścigu"],
        ["-Reklama"],
        ["+Od 10:00 do 16:00 zamknięte będą ulice Rynek i Kościelna"],
        ["+Autobusy linii 2 pojadą objazdem"],
        ["-Zobacz też: Rowerowy rajd rodzinny w czerwcu"],
        ["+Parking przy hali sportowej będzie bezpłatny"],
        ["+Organizatorzy szukają jeszcze wolontariuszy."],
        ["+Zgłoszenia przyjmuje ośrodek sportu."],
        [
            "-Komentarze (2)",
            "-kibic_z_rynku",
            "-Wreszcie coś się dzieje w naszym mieście!",
            "-↳ Gość: Oby tylko nie padało.",
            "-↳↳ kibic_z_rynku: Prognoza na razie dobra.",
            "-Więcej wiadomości z regionu",
            "-© Gazeta Jeżynowicka",
        ],
    ]),
    "pl-blog-podgrzybkowyszlak-kurki": _page("pl", "pl-blog-podgrzybkowyszlak-kurki", [
        [
            "-Podgrzybkowy Szlak",
            "-Blog o grzybobraniu",
        ],
        ["+Kurki w listopadzie? W tym roku tak"],
        [
            "-Opublikowano: 9 listopada 2026",
            "-Autor: Zbigniew",
            "-Kategoria: Grzybobranie",
            "-Czas czytania: 4 min",
            "-Spis treści",
            "-1. Gdzie szukałem",
            "-2. Co znalazłem",
            "-3. Jak je przyrządziłem",
        ],
        ["+Ciepła jesień sprawiła, że w sosnowym lesie za wsią kurki rosły jeszcze w drugim tygodniu listopada."],
        ["-Reklama"],
        ["+Wyszedłem o świcie i po dwóch godzinach miałem pełny koszyk."],
        ["+Sąsiad, który zbiera grzyby od dziecka, powiedział tylko: „Takiego listopada nie pamiętam.”"],
        ["-Zdjęcie: Mój koszyk po dwóch godzinach."],
        ["+Co znalazłem"],
        [
            "+Kurki, około półtora kilograma",
            "+Kilka podgrzybków, już trochę nadgryzionych przez ślimaki",
        ],
        ["-Obserwuj bloga na Facebooku"],
        ["+Jednego prawdziwka, schowanego pod paprocią"],
        ["+Kurki usmażyłem z cebulką i podałem z ziemniakami."],
        ["+Za tydzień napiszę o suszeniu grzybów."],
        [
            "-Komentarze czytelników",
            "-Grzybiarz_Marek",
            "-U mnie też jeszcze rosną!",
            "-↳ Zbigniew: To rzadki rok.",
            "-Pani_Halina",
            "-Piękny koszyk.",
            "-Dodaj komentarz",
        ],
    ]),
    "ru-portal-sosnovoyarsk-katok": _page("ru", "ru-portal-sosnovoyarsk-katok", [
        [
            "-Сосновоярские вести",
            "-Новости · Спорт · Культура · Афиша",
            "-16+",
        ],
        ["+Каток в Сосновоярске откроется после ремонта"],
        [
            "-Спорт",
            "-5 декабря 2026, 10:15",
            "-Текст: Фрол Снеговеев",
            "-Каток во время ремонта, ноябрь 2026. Фото: «Сосновоярские вести»",
            "-Поделиться",
            "-Время чтения: 2 минуты",
            "-Просмотров: 1 240",
        ],
        ["+Каток на стадионе «Юность» откроется 20 декабря после ремонта."],
        ["+Заменили холодильное оборудование и раздевалки."],
        ["-Читайте также: В городе открыли новую лыжную трассу"],
        [
            "+«Лёд будет готов к середине месяца, если не подведёт погода», — сказала директор стадиона Прасковья "
            "Ледянкина.",
        ],
        ["+Расписание катка"],
        ["+Будни: с 16:00 до 21:00"],
        ["+Выходные: с 10:00 до 22:00"],
        ["-Реклама"],
        ["+Прокат коньков: 150 рублей в час"],
        ["+Вход для детей до семи лет бесплатный."],
        ["+Билеты можно купить на месте."],
        [
            "-Комментарии (3)",
            "-Ирина_К",
            "-Наконец-то! Дети ждали весь год.",
            "-↳ Ответ редакции: Спасибо, ждём вас на катке!",
            "-↳↳ Ирина_К: Придём в первый же день.",
            "-Оставить комментарий",
            "-Теги: каток, ремонт, стадион «Юность»",
            "-Сосновоярские вести © 2026",
        ],
    ]),
    "ru-blog-plenkaiproyavitel-zorkiy": _page("ru", "ru-blog-plenkaiproyavitel-zorkiy", [
        [
            "-Плёнка и проявитель",
            "-Блог о плёночной фотографии",
        ],
        ["+Мой первый дальномер: «Зоркий» за триста рублей"],
        [
            "-3 декабря 2026",
            "-Автор: Вадим",
            "-Рубрика: Камеры",
            "-Поделиться",
            "-Время чтения: 6 минут",
            "-Содержание",
            "-1. Покупка",
            "-2. Первая плёнка",
            "-3. Что бы я сделал иначе",
            "-Реклама",
        ],
        ["+Фотоаппарат я купил на блошином рынке у пожилого мужчины, который уверял, что он «почти не снимал»."],
        ["+Затвор работал, но шторки были в пятнах, а дальномер показывал неточно."],
        ["+Знакомый мастер сказал: «Этот аппарат переживёт нас обоих, если его не трогать руками»."],
        ["+Что бы я сделал иначе"],
        ["+Сразу проверил бы шторки на просвет"],
        ["-Подпишитесь на мой Telegram-канал"],
        ["+Взял бы с собой запасную плёнку"],
        ["+Не стал бы снимать против солнца"],
        ["+Из 36 кадров вышло 28 нормальных."],
        ["+В следующий раз расскажу, как проявлял плёнку дома."],
        [
            "-Комментарии",
            "-Фотограф_Лена",
            "-Отличная находка!",
            "-↳ Вадим: Спасибо, Лена!",
            "-↳↳ Фотограф_Лена: Жду продолжения!",
            "-Оставьте комментарий",
            "-© 2026 Плёнка и проявитель",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Fair warning: this one runs to about 2,000 words, so give it eight minutes or so.":
        "an English blog's reading-time sentence ('Fair warning: this one runs to about 2,000 words, so give it eight "
        "minutes or so.') is left at the head",
    "Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.":
        "an English Spotify embed residue ('Sign up to get unlimited songs and podcasts with occasional ads. No "
        "credit card needed.') is left in the body",
    "Externer Inhalt von Instagram: Mit einem Klick auf „Anzeigen“ stimmen Sie der Übermittlung Ihrer Daten zu.":
        "a German external-content (Instagram) consent residue ('Externer Inhalt von Instagram: Mit einem Klick auf "
        "„Anzeigen“ stimmen Sie der Übermittlung Ihrer Daten zu.') is left in the body",
    "Artykuł archiwalny – opublikowany po raz pierwszy w 2019 roku.":
        "a Polish archive-article notice ('Artykuł archiwalny – opublikowany po raz pierwszy w 2019 roku.') is left "
        "at the head",
    "Autorka jest instruktorką haftu i prowadzi sklep z zestawami do haftu krzyżykowego.":
        "a Polish author-bio line with a shop plug ('Autorka jest instruktorką haftu i prowadzi sklep z zestawami do "
        "haftu krzyżykowego.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-sporeandbramble-ceps":
        "the mushroom blog's ceps post keeps its tagline ('Foraging notes from the edge of town') above the title, "
        "its table of contents ('Jump to:', '1. Where I found them', '2. How to tell a cep from a bitter bolete' and "
        "'3. What I cooked') and its safety disclaimer ('Never eat a mushroom you have not identified with certainty. "
        "This blog is not an identification guide.') under the title, its affiliate note ('The knife and brush I use "
        "are linked at the end of this post.') on the line right after the subheading and its Pinterest prompt ('📌 "
        "Pin this post for your next foray!') between the second and third list rows (8 of 20 noise lines)",
    "fr-portail-orvalette-marathon":
        "the regional portal's marathon story keeps its photo caption ('Le pont de la Mouvrance, fermé aux piétons "
        "jusqu'en juin.') under the title (1 of 20 noise lines)",
    "fr-blog-obturateurreveur-telemetre":
        "the vintage-camera blog's rangefinder post keeps its partner-lab link ('Le labo que j'utilise (lien "
        "partenaire) : -10 % avec le code du blog') on the line right after the second list row (1 of 20 noise "
        "lines)",
    "de-blog-pinneundpuetz-kenterung":
        "the dinghy-sailing blog's capsize post keeps its affiliate link ('Die Weste, die ich trage, findest du "
        "hier*') on the line right after the first list row (1 of 20 noise lines)",
}


test_held_out_103_line, test_held_out_103_line_is_kept, test_held_out_103_page = held_out_tests(
    HELD_OUT_103_LINES, HELD_OUT_103_KEEP, HELD_OUT_103_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
