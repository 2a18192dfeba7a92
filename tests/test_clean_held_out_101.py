"""Held-out set 101: written blind, weighted toward the noise the cleaner exists for, in shapes set 100's docstring does
not name (nor the first paragraphs of sets 97, 98 and 99): scraper, embed and ad markers (YouTube's player residue "If
playback doesn't begin shortly, try restarting your device.", a Datawrapper chart credit "Chart: Quillerbeck Gazette •
Source: Environment Agency • Created with Datawrapper", the NYT-style "Skip Advertisement", the French ad residue
"Publicité, votre contenu continue ci-dessous", a German Civey poll residue "Civey-Umfragen: Um an der Umfrage
teilzunehmen, aktivieren Sie bitte JavaScript.", the Italian ad residue "Pubblicità - Continua a leggere qui sotto", a
Polish player-loading line "Ładowanie odtwarzacza wideo…" and a Russian ad-marking line "Реклама. ООО «Ромашковый дол»,
ИНН 0000000000, erid: 0000000000"); reading-time headers in new wordings (the English "Est. read: 5 mins" and a blog's
"Long read ahead: nine minutes, maybe ten if you stop to look at the photos.", the French "Durée de lecture : 4
minutes", the German "⏱ ungefähr 6 Minuten Lesezeit", the Italian "Tempo stimato per la lettura: 5 minuti", the Polish
"Szacowany czas czytania: 4 min" and the Russian "Читается за 4 минуты"); bylines and self-promotion (an English
words-and-pictures credit "Words: Tamsin Orrelby · Pictures: Idony Scarrowe", an English Gumroad plug "My foraging
calendar is a printable PDF on Gumroad – £4, and every sale keeps this blog free of ads.", an English third-person
courses plug "Wenna runs beekeeping taster days from April to September – dates and booking are on the Courses page.", a
French Ulule plug "Mon livre sur les abeilles des villes est en précommande sur Ulule jusqu'au 20 décembre.", a German
book plug "Mein Buch „Spur N auf kleinstem Raum“ gibt es im Buchhandel – oder signiert direkt bei mir.", an Italian
contributor credit "Ha collaborato Gianluca Zanforlani", a Polish prepared-from credit "Oprac. red. na podstawie
komunikatu IMGW-PIB" and a Russian Dzen plug "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки из
каждого похода."); blog and site footers (an English own-opinions disclaimer "Opinions on this blog are my own and not
those of my employer.", a Jekyll credit "Powered by Jekyll & GitHub Pages", an English ICNN membership line "The
Quillerbeck Gazette is a member of the Independent Community News Network.", a French association-publisher line "Site
édité par l'association Rucher du Vallon des Sorbiers, régie par la loi de 1901.", a German private-project line "Dieses
Blog ist ein rein privates Projekt ohne kommerzielle Absichten.", an Italian ROC line "Iscritta al ROC con il n. 00000 ·
Editore: Valdorsa Media srl", a Polish publisher line "Wydawca portalu: Wydawnictwo Trzy Olchy sp. z o.o., KRS
0000000000, NIP 0000000000" and a Russian editorial-opinion disclaimer "Мнение редакции может не совпадать с точкой
зрения авторов публикаций."); reader-comment furniture (an English closing-time line "Comments close automatically 48
hours after publication.", an English locked-thread line "This thread has been locked by a moderator.", an English sort
row "Sorted by: Oldest first ▾", a French sort row "Trier les commentaires : les plus récents d'abord", a German
night-closure line "Die Kommentarfunktion ist nachts zwischen 22 und 7 Uhr geschlossen.", an Italian closed-thread line
"Discussione chiusa: non è più possibile commentare questo articolo.", a Polish sort row "Sortuj komentarze: od
najnowszych ▾" and a Russian three-days line "Комментарии к этой новости принимаются в течение трёх суток."); share rows
(an English Signal, Threads, Reddit and copy-link row, a French Threads, Reddit and courriel sentence and an Italian
Threads, Reddit, Signal and print row); and notices (a German correction note "Korrektur: In einer früheren Fassung hieß
es, der Pegel habe 6,20 Meter erreicht. Richtig sind 5,20 Meter.", a Polish product-placement note "Artykuł zawiera
lokowanie produktu." and the Russian author's-spelling note "Орфография и пунктуация автора сохранены."); and toward
whole scraped news and hobby-blog pages in layouts set 100's docstring does not describe (a photo caption on the line
right before the first paragraph, in its block, on one page, a read-also link on the line right before the second
paragraph, in its block, on one, a more-news link on the line right before the last paragraph, in its block, on one, a
table of contents between the first paragraph and the paragraph with the quote on one, a two-line read-also box inside
the block of list rows on one, an affiliate note there on two and an ad label there on one, five list rows on one page
and two on another, four list rows in one block with no gap on one, the quote in the first paragraph on one page and in
the second on three, a single noise line above the title on one, nine noise lines under the title and five at the foot
on one, an author box after the last paragraph on one, a one-line table of contents with its entries on one, a
jump-to-recipe and a print-recipe link on one, two separate comments on two, replies marked "└└", "↪↪" and "↳↳↳" and
feet without a footer or copyright line on four), taken from weather and the environment and from blogs about
beekeeping, urban foraging, model railways and canoe camping (a regional portal's story on a flood warning for a river,
with a comment, the paper's reply and a reply to it, a beekeeping blog's post on hefting two hives in December, with a
comment and the author's reply, a regional portal's story on a storm's clean-up, with a comment, a reply and the paper's
reply to it, a foraging blog's post on rose hips and medlars in a town park, with two comments and the author's reply to
the first, a regional portal's story on a river clean-up day, with a comment and the paper's reply, a model-railway
blog's post on a finished winter module, with a comment, the author's reply, a reply to it and the author's reply to
that, a regional portal's story on a heatwave's water restrictions, with a comment, the paper's reply and a reply to it,
a canoe-camping blog's post on two days on a river with a night on an islet, with a comment and the author's reply, a
regional portal's story on a smog alert, with a guest comment, a guest reply and the paper's reply to it, a beekeeping
blog's post on a December oxalic-acid treatment, with a comment, the author's reply and a reply to it, a regional
portal's story on a tree-planting scheme, with a guest comment, the paper's reply and a reply to it, and a canoe-camping
blog's post on a three-day November trip, with two comments and the author's reply to each).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 100), held-out set 102 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 100 up to its first round paragraph, its
imports and its tail from the ``_LINE_XFAIL`` assignment on (the xfail tables with their reasons and the line binding
the three tests), and the first paragraphs of the docstrings of sets 97, 98 and 99, printed with one ast script
(/tmp/s101scratch/read100.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' source segments, the file from the line of the
``_LINE_XFAIL`` assignment node, found with ``ast``, to the end, and the first paragraph of each of the three other
docstrings); tests/held_out_sets.py (where ``_page`` and the three tests come from) and
scripts/clean_held_out_report.py, both in full, with ``cat``; the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict value. The tail is set 100's, taken by a
script (/tmp/s101scratch/gen.py) from the line after the ``_PAGE_XFAIL`` node's end (the binding of the three tests)
with 100 -> 101, after xfail tables of its own (empty at the measurement, refilled afterwards by the same script from
/tmp/s101scratch/tables101.py in set 100's layout); the imports are set 100's, taken by the same script from their
nodes. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s101, detached at commit 0af0ad509447232dbf6e53c319d21ca5f036e466, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 100's file (and the first paragraphs
of sets 97, 98 and 99) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s101scratch/read100.out, 664 lines) that I paged through with ``sed`` (lines 1 to 250, 250 to 420 and 420 to 664);
nothing else was printed from it. The docstring cut held (the printed docstring ended with set 100's Baseline
paragraph). That allowed text itself names set 100's scratch paths and its frozen commit
(b5d41ecd3824f23404ff35842fa6536bbab719d2) and quotes its missed lines and left page lines; I saw these only as that
text. The same script also printed the helpers with ``inspect.getsource`` and ``FIXTURES`` (the brief allows both; they
were put in the one script rather than a second one). The report script's docstring names a cleaning table in
docs/cleaning.md, which I did not open. The generating script, which read set 100's file to take its imports and the
binding line, printed nothing but a line count; I printed lines 1 to 40 and 80 to 120 of the file it wrote with ``sed``
and its table and binding lines with ``grep -n`` on that file (not on the tests/ folder). At my first step ``git status
--short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed 0af0ad509447232dbf6e53c319d21ca5f036e466. (2)
The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did
not look up which round the frozen commit is. To see that they existed I ran ``ls`` on /tmp/wt-s101 and /tmp/wt-set101,
which printed the top-level names of the checkouts (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src,
tests); no file's contents. The branch set101 was made from the same commit; there this file (with the xfail tables
filled) gives only passed and xfailed tests (50 passed, 27 xfailed), which is a check of the tables, not a second
measurement. (3) To print the helpers, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src
and /work/main/tests on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none
of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files were not opened. The stand-in noisy_corpus module was written by a small script
(/tmp/s101scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text
of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were written as data in scratch files
(/tmp/s101scratch/lists101.py and pages101.py) and put together into this file by /tmp/s101scratch/gen.py, which splits
long string literals to fit 120 columns. Before the check a one-line loop counted the article and noise lines of every
page and found 11 article lines on the beekeeping post; I merged its first two paragraphs into one (a small replacement
script) and the loop then found 10 and 20 on every page. Then the file was executed from a scratch folder
(/tmp/s101scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a copy of
tests/held_out_sets.py, a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise, and the installed
pytest for its marks; no case was run through the cleaner) by /tmp/s101scratch/check.py, which counted the lines by
category, by language (from the ``# English`` ... comments) and by place, the keep lines by language and by place, the
pages by language and checked that every page has 10 article and 20 noise lines, that no page article line and no page
noise line repeats on its page (case-insensitively), that no page noise line is a substring of an article line of its
page (case-sensitively and case-insensitively), that no page line overlaps (equals, contains or is contained in) a line
of ``HELD_OUT_101_LINES`` or ``HELD_OUT_101_KEEP``, case-sensitively and case-insensitively, that no held-out noise or
keep line overlaps another, that no line is longer than 120 columns and that the file holds no e-mail address. Its first
run found 1 problem: the Polish smog story's ad label "Reklama" inside the keep line "Reklamacje mieszkańców ..."; it
was replaced with "Treść sponsorowana" by a small replacement script (/tmp/s101scratch/fix1.py) and the second run found
nothing. No list changed after that check. While writing, I kept page lines off the words the keep and held-out lines
open with or hold (the English pages have no bare "Advertisement", "Sponsored", "Share" or "Comments"; the German ones
use "Werbung", "Auch interessant" and "Artikel teilen", not "Anzeige", "Mehr zum Thema" or "Teilen"; the French ones
"Contenu sponsorisé", not "Publicité"; the Italian ones "Inserzione pubblicitaria", not "Pubblicità"; the Russian blog
"Партнёрский материал", not "Реклама"). As allowed, some page noise lines hold another noise line or an article word of
their page (site names inside commenter rows and copyright lines, the titles inside comment headings, subheadings inside
table-of-contents entries, place names of the article inside captions). (5) At the measurement (01:02:50 UTC) this
docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems
were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s101scratch/problems.py) that ran it
on every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons;
the places named in the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or
lost. (6) Invented names were checked, before the measurement, against the helper's exact-string search over public
GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Saddowmouth,
Quillerbeck, Brindlecott, Dorvignac, Marbaudet, Le Panier des Trottoirs, Vallon des Sorbiers, Wendelsfurt, Krummsiek,
Korbinian Fässler, Weichenstübchen, Castelvarena, Serravallina, Pellizzaroni, Orsanella, Zanforlani, Pagaia e Fornello,
Trzcinowiec, Kaletowska, Wrzosowiecki, Miodowy Zeszyt, Trzy Olchy, Ольхоборск, Сухоцветова, Ковылёва, Весло и котелок,
Сутома and Ромашковый дол had no hits; Saddow, Addlecott, Scarrowe, Aubrelin, Orrelby, Ilmke and Valdorsa had hits only
inside other words (code identifiers, a CSS class, "saddlecottages", and "Sorrelby" and "Maubrelin" in invented-name
lists) and were kept; "Humming Frame" had hits as a phrase in a design note and in a game's item names and was kept as a
blog name. Dropped after their checks: Thistlecombe (in invented-town lists), Brackenholt, Pellamore and Mallowby (in
invented-name lists), Hollerbrück (a game's village), Combe Grise (in sample data), Varrow (a lore name), Marlstow (in
sample data), Valmorta (a real valley), Olivazzi, Cossignani, Verzotti and Гречишникова (real surnames), Verdesca (an
Italian word, the blue shark) and Piasecznik (a real place). Not checked, generic or invented at sight: Ferry Row, Ferry
Bridge, Quarry Lane, Station Road, the avenue des Tilleuls, the rue des Écoles, the parc des Glacis, the Mühlenbrücke
and Mühlgraben, the ulica Szkolna, Słoneczne Wzgórze, the улица Заречная, Ершово, the programme «Зелёный двор», the
papers named after the checked towns (Saddowmouth Echo, Le Réveil de Saint-Aubrelin, Wendelsfurter Bote, Castelvarena
Oggi, Kurier Trzcinowiecki, Ольхоборские вести), the book title „Spur N auf kleinstem Raum“, and the people's names and
handles (Tamsin, Idony, Hesketh, Ruth, Wenna, Gethin A., SaddowSide_Pete, Maëlle, Lucien, Fanfan_du_Moulin,
Lulu_Aubrelin, Claire, Odile_des_Haies, Mathéo, Edda, Uferläufer, Hartwig, Ferdl_H0, Renata, Marisa_V, Matteo,
Elena_in_kayak, Gianluca, Bożena, Lucjan, Mieszkaniec_Zachodniej, Ania ze Szkolnej, Zenek, Marian_pszczelarz, Вера,
Анна, Денис, Ирина_на_волне, Степаныч), which are invented, though ordinary names real people may bear; none is meant as
a real person. Phone, registration, tax, court, ROC, KRS, NIP, ИНН and erid numbers are zero-filled; there are no e-mail
addresses. (7) Some lines name real things, as real pages do (all from memory): YouTube's player, Datawrapper, the
Environment Agency, the New York Times' ad residue, Gumroad, Jekyll, GitHub Pages, the Independent Community News
Network, Signal, Threads, Reddit, Ulule, the French law of 1901 on associations, Civey, JavaScript, the Italian ROC
register, IMGW-PIB, KRS and NIP, the Russian erid ad marking and ИНН, Dzen; on the pages Floodline, Facebook, X,
WhatsApp, Pinterest, Amazon, WordPress and the Kadence and GeneratePress themes, Styrodur, N gauge, PM10, Telegram, VK,
Odnoklassniki and the 16+ mark of Russian sites. (8) Set 100's docstring names its own shapes and its pages' layouts
(and sets 97 to 99 their shapes in their first paragraphs), so some lines may repeat shapes of sets before 97 or of the
development lists that I could not check; in particular the comment sort rows, the editorial-opinion disclaimer and the
product-placement note are common enough that an earlier set may hold them. Close to shapes sets 97 to 100 named: the
YouTube residue is near the HTML5 and BBC video residues; the Datawrapper credit is near Flourish's residue; "Skip
Advertisement" is near "Skip past newsletter promotion" and the ad breaks; the French and Italian continue-below
residues are ad breaks in other words; the Civey residue is near the click-to-play and embed-heading residues; the
Polish player line is near the lazy-load residue; the Russian ad marking is near the ad labels; the reading-time rows
are reading-time rows in other words; the words-and-pictures, contributor and prepared-from credits are near the agency,
contributor and desk credits; the Gumroad, courses, Ulule, book and Dzen plugs are plugs like the Patreon, Steady,
Tipeee and Boosty ones; the Jekyll credit is near the Hugo and Ghost credits; the ICNN line is near the IPSO lines; the
association, ROC and publisher lines are near the publication-director, court-registration and print-run lines; the
opinion disclaimers are near the not-a-newspaper line; the comment lines are comment furniture near the pre-moderation,
tab-row and subscribers-only lines; the share rows are share rows on other platforms; the correction note is near the
update note, the product-placement note near the partnership and affiliate notes, the author's-spelling note near the
sent-in note. Page chrome repeats kinds of line set 100's docstring names among its noise (photo captions, ad and
sponsored labels, read-also and more-news links, newsletter and Telegram prompts, tables of contents, affiliate, shop
and equipment-page links), as real pages carry them. (9) My first step's clock reading was 2026-12-05 00:54:40 UTC; the
measurement ran at 01:02:50 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's
hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Comments from residents", "Share prices", "Advertisement
hoardings", "Reading the river gauges", "Sponsored by the parish council", "Subscribers to the flood-alert text
service", "Follow-up inspections", "Partager l'eau", "Commentaires et signalements", "Lire le rapport", "Anzeige
erstattet", "Teilen müssen sich", "Mehr zum Thema Hitzeschutz", "Leggi regionali", "Condividere l'acqua", "Iscritti alla
giornata", "Reklamacje mieszkańców", "Udostępnij – apelowali strażacy", "Реклама фильтров" and "Подписаться на рассылку
предупреждений" are article sentences. The YouTube, Datawrapper, skip-advertisement, continue-below, Civey,
player-loading and erid lines are counted as markers; the reading-time rows and sentence as reading-time lines; the
words-and-pictures, contributor and prepared-from credits and the Gumroad, courses, Ulule, book and Dzen plugs as
bylines; the opinion, Jekyll, ICNN, association, private-project, ROC and publisher lines and the editorial-opinion
disclaimer as footers; the closing-time, locked, sort, night-closure, closed-thread and three-days lines as comments;
the share rows and sentence as share; the correction, product-placement and author's-spelling notes as notices. On every
page the title, the paragraphs before the subheading (one of them with the quote), the subheading, its list rows and the
last paragraphs are article (10 lines a page; the blog posts' closing lines about the next post or asking readers,
including "Next post: the varroa count ..." on the beekeeping post, are their last paragraphs and counted as article, as
is the flood story's list row with the zero-filled Floodline number) and everything else is noise (20 lines a page); in
particular site and blog names and taglines, menus, breadcrumbs, the weather line, the 16+ mark, bylines, author names
and roles, dates, update times, categories, reading times, listen, share, save and print links, view and comment counts,
photo captions and photo credits, read-also, more-on and more-news links and boxes, tables of contents, a jump-to-recipe
and a print-recipe link, ad and sponsored labels, affiliate notes, shop, equipment-page and review links, an
interactive-map link, a video link, newsletter, WhatsApp, Telegram, Facebook and Pinterest prompts, an author box,
support prompts, tags, comment headings and counts, commenter rows, comment texts and replies, reply and leave-a-comment
links, imprint rows, theme credits and copyright lines are noise. The layouts: one to three noise lines above the title
(one, the blog name, on pl-blog-miodowyzeszyt-sublimacja; three on en-blog-thehummingframe-winterfeed,
it-portale-castelvarena-siccita and ru-portal-olkhoborsk-ozelenenie); two to nine under the title (two on
en-blog-thehummingframe-winterfeed and it-blog-pagaiaefornello-orsanella; nine on de-portal-wendelsfurt-flussputztag;
eight on en-portal-saddowmouth-floodwarning and pl-blog-miodowyzeszyt-sublimacja, the last with a table of contents of a
heading and three entries; seven on de-blog-weichenstuebchen-wintermodul with a table of contents of a heading and three
entries; ru-blog-vesloikotelok-sutoma has a one-line table of contents with its entries;
fr-blog-lepanierdestrottoirs-cynorhodons a jump-to-recipe link); a photo caption on the line right before the first
paragraph, in its block, on en-blog-thehummingframe-winterfeed, followed there by a table of contents of a heading and
two entries between the first paragraph and the paragraph with the quote; one to three lines between the first and
second paragraphs on en-portal-saddowmouth-floodwarning, de-portal-wendelsfurt-flussputztag (a three-line
also-interesting box), and pl-portal-trzcinowiec-smog, a Pinterest prompt between the second and third paragraphs on
fr-blog-lepanierdestrottoirs-cynorhodons (whose quote is in the first), and a read-also link on the line right before
the second paragraph, in its block, on fr-portail-saint-aubrelin-tempete; a line or two between the second paragraph and
the paragraph with the quote on de-blog-weichenstuebchen-wintermodul, it-blog-pagaiaefornello-orsanella,
ru-portal-olkhoborsk-ozelenenie and ru-blog-vesloikotelok-sutoma, and a read-also link between the paragraph with the
quote and the next paragraph on it-portale-castelvarena-siccita and pl-blog-miodowyzeszyt-sublimacja; the quote in the
first paragraph on fr-blog-lepanierdestrottoirs-cynorhodons and in the second on en-blog-thehummingframe-winterfeed,
it-portale-castelvarena-siccita and pl-blog-miodowyzeszyt-sublimacja; a sponsored label between the paragraph with the
quote and the subheading on fr-portail-saint-aubrelin-tempete; a shop link between the subheading and the list rows on
fr-blog-lepanierdestrottoirs-cynorhodons; noise among the list rows on eleven pages (one line after the first row on
en-portal-saddowmouth-floodwarning, de-blog-weichenstuebchen-wintermodul and ru-portal-olkhoborsk-ozelenenie; two lines
between the only two rows on fr-portail-saint-aubrelin-tempete and after the first of three on
it-blog-pagaiaefornello-orsanella; two after the second of four on it-portale-castelvarena-siccita and
ru-blog-vesloikotelok-sutoma; inside the block of rows, with no blank line, an affiliate note between the third and
fourth of five rows on en-blog-thehummingframe-winterfeed, an ad label between the second and third of three on
de-portal-wendelsfurt-flussputztag, a two-line read-also box between the first and second of three on
pl-portal-trzcinowiec-smog and an affiliate link between the second and third of three on
pl-blog-miodowyzeszyt-sublimacja; none on fr-blog-lepanierdestrottoirs-cynorhodons, whose four rows stand in one block);
a print-recipe link between the last list row and the last paragraph on fr-blog-lepanierdestrottoirs-cynorhodons; noise
between the last paragraphs on three pages (a Facebook prompt between the first and second of three on
fr-portail-saint-aubrelin-tempete, a newsletter line between the two last on ru-portal-olkhoborsk-ozelenenie and a
more-news link on the line right before the last paragraph, in its block, on it-portale-castelvarena-siccita); and five
to twelve at the foot (five on de-portal-wendelsfurt-flussputztag, twelve on it-blog-pagaiaefornello-orsanella, with an
author box right after the last paragraph), with replies on every page ("└" and "└└" on
en-portal-saddowmouth-floodwarning and pl-blog-miodowyzeszyt-sublimacja, "↪" and "↪↪" on
fr-portail-saint-aubrelin-tempete, "↳↳↳" on de-blog-weichenstuebchen-wintermodul, "↳↳" on
it-portale-castelvarena-siccita, pl-portal-trzcinowiec-smog and ru-portal-olkhoborsk-ozelenenie); the feet of
de-blog-weichenstuebchen-wintermodul, pl-portal-trzcinowiec-smog, pl-blog-miodowyzeszyt-sublimacja and
ru-blog-vesloikotelok-sutoma have no footer or copyright line; fr-blog-lepanierdestrottoirs-cynorhodons and
ru-blog-vesloikotelok-sutoma have two separate comments. The subheadings and rows: en-portal-saddowmouth-floodwarning
"What residents should do" (three rows), en-blog-thehummingframe-winterfeed "What I did for the light hive" (five),
fr-portail-saint-aubrelin-tempete "Ce que la mairie demande aux habitants" (two),
fr-blog-lepanierdestrottoirs-cynorhodons "Mes règles pour cueillir en ville" (four), de-portal-wendelsfurt-flussputztag
"Was aus dem Fluss geholt wurde" (three), de-blog-weichenstuebchen-wintermodul "Was ich verwendet habe" (three),
it-portale-castelvarena-siccita "Cosa è vietato dalle 8 alle 21" (four), it-blog-pagaiaefornello-orsanella "Cosa abbiamo
portato" (three), pl-portal-trzcinowiec-smog "Co zalecają służby" (three), pl-blog-miodowyzeszyt-sublimacja "Co
przygotowałem" (three), ru-portal-olkhoborsk-ozelenenie "Что будет дальше" (three) and ru-blog-vesloikotelok-sutoma
"Снаряжение, без которого в ноябре никуда" (four); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-saddowmouth-floodwarning (a regional news portal's story
on a flood warning as a river rises two metres in a day, with a comment, the paper's reply and a reply to it),
en-blog-thehummingframe-winterfeed (a beekeeping blog's post on hefting two hives in December and feeding the light one
fondant, with a comment and the author's reply), fr-portail-saint-aubrelin-tempete (a regional news portal's story on a
town clearing fallen trees and tiles after a storm, with a comment, a reply and the paper's reply to it),
fr-blog-lepanierdestrottoirs-cynorhodons (an urban-foraging blog's post on rose hips and medlars in a town park, with
two comments and the author's reply to the first), de-portal-wendelsfurt-flussputztag (a regional news portal's story on
140 volunteers clearing two tonnes of rubbish from a river, with a comment and the paper's reply),
de-blog-weichenstuebchen-wintermodul (a model-railway blog's post on a finished snowy N-gauge module, with a comment,
the author's reply, a reply to it and the author's reply to that), it-portale-castelvarena-siccita (a regional news
portal's story on a heatwave ban on watering gardens, with a comment, the paper's reply and a reply to it),
it-blog-pagaiaefornello-orsanella (a canoe-camping blog's post on two days on a river with a night on a half-flooded
islet, with a comment and the author's reply), pl-portal-trzcinowiec-smog (a regional news portal's story on a smog
alert with PM10 three times the norm, with a guest comment, a guest reply and the paper's reply to it),
pl-blog-miodowyzeszyt-sublimacja (a beekeeping blog's post on a December oxalic-acid treatment, with a comment, the
author's reply and a reply to it), ru-portal-olkhoborsk-ozelenenie (a regional news portal's story on 1,200 trees
planted in courtyards in an autumn scheme, with a guest comment, the paper's reply and a reply to it) and
ru-blog-vesloikotelok-sutoma (a canoe-camping blog's post on a three-day November trip, with two comments and the
author's reply to each); every page holds a title, a subheading with list rows, a quote in the article and noise above
the title, under it, between the paragraphs and the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit 0af0ad509447232dbf6e53c319d21ca5f036e466, measured with ``cd /tmp/wt-s101 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s101/src python -m pytest -q tests/test_clean_held_out_101.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s101 && PYTHONPATH=/tmp/wt-s101/src python
scripts/clean_held_out_report.py --sets 101`` (noise lines removed 29/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 32 of 240), with the xfail tables empty): noise lines removed 29/45 (marker 6/8, reading-time 5/7,
byline 5/8, footer 4/8, comments 5/8, share 3/3, notice 1/3; missed, all kept in the text: at the head the English "Long
read ahead: nine minutes, maybe ten if you stop to look at the photos." and "Words: Tamsin Orrelby · Pictures: Idony
Scarrowe", the Italian "Tempo stimato per la lettura: 5 minuti" and the Polish "Artykuł zawiera lokowanie produktu."; in
the body the German "Civey-Umfragen: Um an der Umfrage teilzunehmen, aktivieren Sie bitte JavaScript." and the Polish
"Ładowanie odtwarzacza wideo…"; at the foot the English "Wenna runs beekeeping taster days from April to September –
dates and booking are on the Courses page.", "Opinions on this blog are my own and not those of my employer." and
"Sorted by: Oldest first ▾", the French "Site édité par l'association Rucher du Vallon des Sorbiers, régie par la loi de
1901.", the German "Mein Buch „Spur N auf kleinstem Raum“ gibt es im Buchhandel – oder signiert direkt bei mir.",
"Dieses Blog ist ein rein privates Projekt ohne kommerzielle Absichten." and "Die Kommentarfunktion ist nachts zwischen
22 und 7 Uhr geschlossen.", the Polish "Wydawca portalu: Wydawnictwo Trzy Olchy sp. z o.o., KRS 0000000000, NIP
0000000000" and the Russian "Комментарии к этой новости принимаются в течение трёх суток." and "Орфография и пунктуация
автора сохранены."); keep lines kept 20/20; pages 1/12 clean (pl-blog-miodowyzeszyt-sublimacja), 32 of 240 page noise
lines left and 0 of 120 article lines lost: en-portal-saddowmouth-floodwarning 2 left ("Sandbags outside homes on Ferry
Row on Wednesday night." and "Share this story on Facebook, X or WhatsApp"); en-blog-thehummingframe-winterfeed 5 left
("The blue hive on a frosty morning, entrance reducer in place.", "In this post", "1. Hefting, and what it told me", "2.
What I did for the light hive" and "(The fondant I use is in my shop list – that's an affiliate link.)");
fr-portail-saint-aubrelin-tempete 1 left ("Les agents municipaux dégagent l'avenue des Tilleuls, mardi matin.");
fr-blog-lepanierdestrottoirs-cynorhodons 3 left ("Le Panier des Trottoirs", "Cueillir en ville, cuisiner à la maison"
and "Mon sécateur préféré : voir le prix sur Amazon"); de-portal-wendelsfurt-flussputztag 4 left ("Freiwillige ziehen an
der Mühlenbrücke einen Einkaufswagen aus der Ilmke.", "Uferläufer", "Toll! Bitte auch mal den Mühlgraben machen." and "└
Wendelsfurter Bote: Den hat das Umweltamt für April auf dem Plan."); de-blog-weichenstuebchen-wintermodul 1 left
("*Affiliate-Link: Das Marmormehl bekommst du hier"); it-portale-castelvarena-siccita 3 left ("Il lago di Serravallina
con il livello più basso degli ultimi vent'anni.", "Inserzione pubblicitaria" and "Ultime notizie dal territorio »");
it-blog-pagaiaefornello-orsanella 6 left ("La canoa carica all'imbarco, alle otto di mattina.", "Una mail al mese,
niente spam.", "Trovi tutta l'attrezzatura nella pagina Il mio equipaggiamento", "Link affiliato", "Matteo" and "Pagaio
dal 2012 e scrivo di fiumi, tende e fornelli."); pl-portal-trzcinowiec-smog 2 left ("Smog nad osiedlem Słoneczne Wzgórze
we wtorek wieczorem." and "Jak sprawdzić, czym pali sąsiad? Poradnik"); ru-portal-olkhoborsk-ozelenenie 1 left
("Волонтёры сажают липы во дворе дома на улице Заречной."); ru-blog-vesloikotelok-sutoma 4 left ("Блог о байдарочных
походах выходного дня", "Утро на второй стоянке: иней на тенте.", "Где я покупаю снаряжение — на странице «Магазины»"
and "Мой обзор спальника — в отдельной статье"). Of the left page lines three stand above the title (the foraging blog's
name and tagline and the Russian canoe blog's tagline; every other site name, tagline, menu, breadcrumb, weather line,
16+ mark and blog name above the titles goes); nine stand under the title (the photo captions of the flood, storm, river
clean-up, water-restrictions, canoe, smog, tree-planting and November-trip pages and the flood story's share line; every
other byline, role, date, update time, category, reading time, listen, share, save and print link, view and comment
count, photo credit, jump-to-recipe link and table of contents under the titles goes, as does the model-railway post's
table of contents); one stands on the line right before the first paragraph, in its block (the hefting post's caption);
four stand between the paragraphs before the subheading (the hefting post's table of contents and the second line of the
Italian canoe post's newsletter prompt, whose first line goes; the read-more, also-interesting, Pinterest, ad, caption,
read-also, partner and sponsored lines there go, as does the storm story's read-also link in the second paragraph's
block); one stands between the subheading and the list rows (the foraging post's shop link); eight stand among the list
rows (the hefting post's affiliate note, the model-railway post's affiliate link, the water-restrictions story's ad
label, the Italian canoe post's equipment-page link and affiliate label, the smog story's read-also headline, whose
label "Zobacz też:" goes, and the November-trip post's shops-page and review links; the flood story's map link, the
storm story's video and newsletter lines, the river clean-up story's ad label, the water-restrictions story's WhatsApp
prompt, the oxalic-acid post's affiliate link and the tree-planting story's Telegram prompt go); one stands before the
last paragraph (the water-restrictions story's more-news link in its block; the foraging post's print-recipe link, the
storm story's Facebook prompt and the tree-planting story's newsletter line go); and five stand at the foot (the river
clean-up story's comment, commenter row and the paper's reply, whose comment count and imprint row go, and the Italian
canoe post's author box; every other share row, support prompt, tag, comment heading and count, commenter row, comment
text, reply, reply and leave-a-comment link, imprint row, theme credit and copyright line goes). No article line is
lost. The failing cases are strict xfails.

Still held out after round 80 (developed on sets 99 and 100: a row of times of day read as a timetable, not a
commenter's header, captions with an archive credit, gallery labels with a picture count, affiliate notes opening with a
quantifier, GPX and document-type links, partner-news labels, embedded X posts' attributions, image-source credits,
full-screen and click-to-play buttons, ad-blocker and Flash placeholders, reading times told as minutes or word counts,
feed links, page-generation timing, column hosts; this set was written against 0af0ad5, before it; measured once with
``scripts/clean_held_out_report.py --sets 101`` at 3f0aafc): unchanged, noise lines removed 29/45, keep lines 20/20,
pages clean 1/12, page noise lines left 32 of 240, article lines lost 0 of 120.

Round 81 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_101.py`` at main's f034cab (before; after
round 80) and the round's last commit on branch round81 (after): noise lines 29 -> 29 of 45 (marker 6/8, reading-time
5/7, byline 5/8, footer 4/8, comments 5/8, share 3/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 1 -> 2 of 12,
page noise lines left 32 -> 26 of 240, article lines lost 0 -> 0 of 120; pytest 50 passed, 27 xfailed -> 51 passed, 26
xfailed. The model-railway post is clean (its affiliate link goes); the hefting post loses its affiliate note, the
rose-hip post its shop link and the paddling post its newsletter line ('Una mail al mese, niente spam.'), equipment-page
link and affiliate label. Fixed, by mechanism: a row with two times of day joined by words, or one time among words in
lower case with no date, day, 'ago' or author beside it, is a timetable's row, not a commenter's header nor a worded
stamp nor a 'back' link (page_blocks._is_clock_row, _TIME_LIST widened, in _is_time_in_article_row, _is_block_row and
_is_block_widget: set 102's school-bus rows 'Odjazd z Jaskrowic o 7:20, przyjazd pod szkołę o 7:45', 'Powrót po lekcjach
o 14:10 i 15:40' and 'W piątki dodatkowy kurs o 13:15' read as commenters, the page's thread started at its subheading
and the subheading, rows and last paragraphs went; a player's row with a symbol, 'в подкасте ▶ 12:40', stays out); a
bare degree after a word of angle or slope is an angle, no weather widget (clean._ANGLE_WORD: 'Разлиновка с углом 5° для
засечек'); the reporting verbs of the family after a call, in the compound past too (ha ricordato/spiegato/sottolineato,
a rappelé/expliqué/souligné, unterstrich, przypomniał(a)/podkreślił(a)/wyjaśnił(a),
напомнил(а)/подчеркнул(а)/пояснил(а), stressed, pointed out; clean._SAYING_CLAUSE); an affiliate link's label alone or
over the link's words, links said to be affiliates' with the gain after a colon and a line tagging itself an affiliate
link (clean._is_affiliate_link_line); a shop's button under the product's label and a colon and the writer's pointer
with a 'here' (clean._is_shop_button, _FIND_AT_SHOP); a route's file said to be downloadable (clean._DOWNLOAD_AS); the
editors' pick with its headline ('Polecamy: ...'); a comment's sent-from-the-app tag, the writer's account as where more
of the post's kind is ('Więcej przepisów znajdziesz na moim Instagramie'), a press-network membership and a gallery's
navigation row ('Bild 3 von 12 · Zurück · Weiter'); a newsletter box's label over what comes and how often and its
promise of one mail a period and no spam. Classes added (six languages, near misses, test_round_81_*): timetable rows
with worded times; clock rows and stamps; angles; editors' picks; reported calls with reporting verbs and sign-up prompt
near misses; affiliate labels, gains and tags; shop buttons under labels and pointers; downloadable file notes; app
tags, account plugs, memberships and gallery rows; newsletter labels and no-spam promises. Left: the unlabelled photo
captions under the titles (a sentence of the article's kind, told apart only by place), blog names and taglines above
the titles, the hefting post's table of contents, the river story's commenter and the paper's reply, the paddling post's
author box, the ad label and more-news link of the drought story, the smog story's read-also headline, the canoe post's
shops-page and review links and this set's single lines (reading times in words, credits, footers); their entries and
reasons are kept or reworded to match.

Round 82 (developed on sets 103 and 104; measured with ``scripts/clean_held_out_report.py --sets 101`` at main's 082c900
and on branch round82): page noise lines left 26 -> 23 of 240, everything else unchanged; the river clean-up story's
thread goes whole (its paper's reply '└ Wendelsfurter Bote: Den hat ...' holds the replier and the words on one line,
comment_threads._INLINE_REPLY); it keeps its caption under the title. One page reason is reworded.

Round 84 (developed on sets 109 and 110; ``scripts/clean_held_out_report.py --sets 101`` at main's c8c4d30 and on
branch round84): noise lines removed 30 -> 31/45 (reading-time 5 -> 6/7): the Italian "Tempo stimato per la lettura: 5
minuti" goes with the reading-time label widened for set 110 (clean._READING_LABEL); its xfail entry is removed.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_101_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "If playback doesn't begin shortly, try restarting your device.", "marker"),
    ("body", "Chart: Quillerbeck Gazette • Source: Environment Agency • Created with Datawrapper", "marker"),
    ("body", "Skip Advertisement", "marker"),
    ("head", "Est. read: 5 mins", "reading-time"),
    ("head", "Long read ahead: nine minutes, maybe ten if you stop to look at the photos.", "reading-time"),
    ("head", "Words: Tamsin Orrelby · Pictures: Idony Scarrowe", "byline"),
    ("tail",
     "My foraging calendar is a printable PDF on Gumroad – £4, and every sale keeps this blog free of ads.",
     "byline"),
    ("tail",
     "Wenna runs beekeeping taster days from April to September – dates and booking are on the Courses page.",
     "byline"),
    ("tail", "Opinions on this blog are my own and not those of my employer.", "footer"),
    ("tail", "Powered by Jekyll & GitHub Pages", "footer"),
    ("tail", "The Quillerbeck Gazette is a member of the Independent Community News Network.", "footer"),
    ("tail", "Comments close automatically 48 hours after publication.", "comments"),
    ("tail", "This thread has been locked by a moderator.", "comments"),
    ("tail", "Sorted by: Oldest first ▾", "comments"),
    ("head", "Share via Signal · Threads · Reddit · Copy link", "share"),
    # French
    ("body", "Publicité, votre contenu continue ci-dessous", "marker"),
    ("head", "Durée de lecture : 4 minutes", "reading-time"),
    ("tail", "Mon livre sur les abeilles des villes est en précommande sur Ulule jusqu'au 20 décembre.", "byline"),
    ("tail", "Site édité par l'association Rucher du Vallon des Sorbiers, régie par la loi de 1901.", "footer"),
    ("tail", "Trier les commentaires : les plus récents d'abord", "comments"),
    ("head", "Partager sur Threads, Reddit ou par courriel", "share"),
    # German
    ("body", "Civey-Umfragen: Um an der Umfrage teilzunehmen, aktivieren Sie bitte JavaScript.", "marker"),
    ("head", "⏱ ungefähr 6 Minuten Lesezeit", "reading-time"),
    ("tail", "Mein Buch „Spur N auf kleinstem Raum“ gibt es im Buchhandel – oder signiert direkt bei mir.", "byline"),
    ("tail", "Dieses Blog ist ein rein privates Projekt ohne kommerzielle Absichten.", "footer"),
    ("tail", "Die Kommentarfunktion ist nachts zwischen 22 und 7 Uhr geschlossen.", "comments"),
    ("tail",
     "Korrektur: In einer früheren Fassung hieß es, der Pegel habe 6,20 Meter erreicht. Richtig sind 5,20 Meter.",
     "notice"),
    # Italian
    ("body", "Pubblicità - Continua a leggere qui sotto", "marker"),
    ("head", "Tempo stimato per la lettura: 5 minuti", "reading-time"),
    ("tail", "Ha collaborato Gianluca Zanforlani", "byline"),
    ("tail", "Iscritta al ROC con il n. 00000 · Editore: Valdorsa Media srl", "footer"),
    ("tail", "Discussione chiusa: non è più possibile commentare questo articolo.", "comments"),
    ("tail", "Condividi: Threads | Reddit | Signal | Stampa", "share"),
    # Polish
    ("body", "Ładowanie odtwarzacza wideo…", "marker"),
    ("head", "Szacowany czas czytania: 4 min", "reading-time"),
    ("tail", "Oprac. red. na podstawie komunikatu IMGW-PIB", "byline"),
    ("tail", "Wydawca portalu: Wydawnictwo Trzy Olchy sp. z o.o., KRS 0000000000, NIP 0000000000", "footer"),
    ("tail", "Sortuj komentarze: od najnowszych ▾", "comments"),
    ("head", "Artykuł zawiera lokowanie produktu.", "notice"),
    # Russian
    ("body", "Реклама. ООО «Ромашковый дол», ИНН 0000000000, erid: 0000000000", "marker"),
    ("head", "Читается за 4 минуты", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене — там выходят короткие заметки из каждого похода.", "byline"),
    ("tail", "Мнение редакции может не совпадать с точкой зрения авторов публикаций.", "footer"),
    ("tail", "Комментарии к этой новости принимаются в течение трёх суток.", "comments"),
    ("tail", "Орфография и пунктуация автора сохранены.", "notice"),
]

HELD_OUT_101_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Comments from residents at Tuesday's meeting ranged from angry to resigned."),
    ("body", "Share prices of the water company fell by four per cent after the hosepipe ban was announced."),
    ("tail", "Advertisement hoardings along the ring road were taken down before the storm arrived."),
    ("head", "Reading the river gauges every hour, volunteers logged a rise of 1.8 metres overnight."),
    ("body",
     "Sponsored by the parish council, the tree-planting scheme has put 600 saplings in the ground since March."),
    ("tail", "Subscribers to the flood-alert text service received the first warning at 4.12am."),
    ("tail", "Follow-up inspections of the embankment are due in January, the council said."),
    # French
    ("head",
     "Partager l'eau entre les agriculteurs et les communes reste la principale difficulté, selon la préfecture."),
    ("body",
     "Commentaires et signalements des riverains ont permis de repérer sept décharges sauvages le long du canal."),
    ("tail",
     "Lire le rapport en entier prendra du temps, reconnaît le maire, mais les premières mesures sont déjà prises."),
    # German
    ("head", "Anzeige erstattet hat die Gemeinde gegen Unbekannt, nachdem Altöl in den Bach gelangt war."),
    ("body", "Teilen müssen sich die Landwirte das Wasser künftig nach einem festen Plan."),
    ("tail", "Mehr zum Thema Hitzeschutz will der Landkreis im Frühjahr in einer Broschüre veröffentlichen."),
    # Italian
    ("head", "Leggi regionali più severe sulle emissioni sono attese per la primavera."),
    ("body", "Condividere l'acqua tra orti e abitazioni sarà obbligatorio fino a fine agosto."),
    ("tail", "Iscritti alla giornata di pulizia erano in trecento, il doppio dell'anno scorso."),
    # Polish
    ("head", "Reklamacje mieszkańców dotyczące jakości powietrza wpłynęły do urzędu już w poniedziałek."),
    ("tail", "Udostępnij – apelowali strażacy, prosząc o przekazywanie ostrzeżenia sąsiadom bez internetu."),
    # Russian
    ("body", "Реклама фильтров для воды на остановках появилась уже на следующий день после аварии."),
    ("tail", "Подписаться на рассылку предупреждений о паводке можно в администрации района, сообщили в МЧС."),
]

HELD_OUT_101_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-saddowmouth-floodwarning": _page("en", "en-portal-saddowmouth-floodwarning", [
        ["-Saddowmouth Echo", "-News | Weather | Traffic | Sport | What's On"],
        ["+Flood warning for the River Saddow as water climbs two metres in a day"],
        ["-Hesketh Brindlecott",
         "-Chief reporter",
         "-Thursday 3 December 2026, 7:42am",
         "-Updated 11:05am",
         "-Listen to this article (3 min)",
         "-12 comments",
         "-Sandbags outside homes on Ferry Row on Wednesday night.",
         "-Share this story on Facebook, X or WhatsApp"],
        ["+The Environment Agency has issued a flood warning for the River Saddow through Saddowmouth after a day "
         "of heavy rain on ground that was already saturated."],
        ["-Read more: Ferry Row residents count the cost of last winter's floods"],
        ["+By Wednesday evening the gauge at Ferry Bridge showed the river 2.1 metres above its normal level, and "
         "more rain is forecast for Friday."],
        ["+“We have moved the furniture upstairs and the car to the top of the hill, and now we wait,” said Ruth "
         "Addlecott, who has lived on Ferry Row for 31 years."],
        ["+What residents should do"],
        ["+Move valuables, medicines and important papers upstairs."],
        ["-Interactive map: the streets inside the warning area"],
        ["+Collect sandbags from the council depot on Quarry Lane, open until 8pm tonight."],
        ["+Keep the Floodline number to hand: 0000 000 0000."],
        ["+The leisure centre on Station Road will open as a rest centre overnight if homes have to be evacuated, "
         "the council said."],
        ["+A further update is expected from the Environment Agency at 4pm."],
        ["-Comments (12)"],
        ["-SaddowSide_Pete · 2 hours ago",
         "-Same every winter and still no proper defences on Ferry Row.",
         "-└ Saddowmouth Echo · 1 hour ago",
         "-└ The Environment Agency told us a new scheme is due to start in 2028; we will keep asking.",
         "-└└ SaddowSide_Pete · 40 minutes ago",
         "-└└ 2028 was 2024 the last time they said it."],
        ["-© 2026 Saddowmouth Echo. All rights reserved."],
    ]),
    "en-blog-thehummingframe-winterfeed": _page("en", "en-blog-thehummingframe-winterfeed", [
        ["-The Humming Frame",
         "-Two hives, one allotment and a lot of learning",
         "-Home · Hive diary · Beginners · Courses · About"],
        ["+Hefting the hives in December: who needs fondant?"],
        ["-Posted on 2 December 2026 by Wenna", "-Filed under: Hive diary, Winter"],
        ["-The blue hive on a frosty morning, entrance reducer in place.",
         "+On a dry, still morning this week I hefted both hives on the allotment: the blue one felt reassuringly "
         "heavy, but the green one, the swarm I caught in June, lifted far too easily."],
        ["-In this post", "-1. Hefting, and what it told me", "-2. What I did for the light hive"],
        ["+“If it feels like an empty suitcase, feed it now, not in February,” my mentor at the association told me "
         "when I started."],
        ["+What I did for the light hive"],
        ["+Put a 1 kg block of fondant straight over the feed hole, under the crownboard.",
         "+Added a rim of insulation so the crownboard stays dry.",
         "+Checked that the mouse guard was still on and clear.",
         "-(The fondant I use is in my shop list – that's an affiliate link.)",
         "+Strapped the roof down before the gales forecast for the weekend.",
         "+Made a note to heft again in three weeks."],
        ["+Next post: the varroa count from the winter treatment, once the board has been in for a week."],
        ["-Tags: fondant, hefting, winter beekeeping", "-Share: Facebook · Pinterest · Email"],
        ["-2 thoughts on “Hefting the hives in December: who needs fondant?”"],
        ["-Gethin A. says:",
         "-3 December 2026 at 9:14 am",
         "-Same here – my nuc felt like a feather. Fondant went on yesterday.",
         "-↳ Wenna says:",
         "-Fingers crossed for both of ours! Let me know how it goes."],
        ["-Leave a Reply"],
        ["-Proudly powered by WordPress"],
    ]),
    "fr-portail-saint-aubrelin-tempete": _page("fr", "fr-portail-saint-aubrelin-tempete", [
        ["-Le Réveil de Saint-Aubrelin", "-Actualités · Faits divers · Sports · Agenda · Annonces"],
        ["+Après la tempête, Saint-Aubrelin ramasse ses arbres et ses tuiles"],
        ["-Par Maëlle Dorvignac",
         "-Publié le 2 décembre 2026 à 18h30",
         "-Modifié le 3 décembre 2026 à 8h12",
         "-Commenter",
         "-Les agents municipaux dégagent l'avenue des Tilleuls, mardi matin."],
        ["+Les rafales ont atteint 128 km/h dans la nuit de lundi à mardi, selon la station de l'aérodrome, et une "
         "centaine d'arbres sont tombés sur la commune."],
        ["-À lire aussi : Tempête, les conseils pour déclarer un sinistre à son assureur",
         "+Mercredi matin, douze équipes des services techniques et une trentaine de bénévoles étaient encore à "
         "pied d'œuvre dans les rues du centre."],
        ["+« On a l'habitude des coups de vent, mais jamais au point de voir le toit de l'école partir en morceaux "
         "», confie Lucien Marbaudet, adjoint aux travaux."],
        ["-Contenu sponsorisé"],
        ["+Ce que la mairie demande aux habitants"],
        ["+Déposer les branchages sur le trottoir, en fagots, avant jeudi soir pour le ramassage."],
        ["-Vidéo : les images de la tempête vues du ciel", "-Abonnez-vous à notre newsletter du matin"],
        ["+Signaler les fils électriques à terre au 00 00 00 00 00, sans jamais s'en approcher."],
        ["+La déchetterie restera exceptionnellement ouverte dimanche, de 9 heures à 17 heures."],
        ["-Suivez-nous sur Facebook"],
        ["+Le préfet doit se rendre sur place vendredi pour évaluer les dégâts."],
        ["+La commune a demandé la reconnaissance de l'état de catastrophe naturelle."],
        ["-Réagir (4)"],
        ["-Fanfan_du_Moulin",
         "-Bravo aux agents, ils ont travaillé toute la nuit.",
         "-↪ Lulu_Aubrelin",
         "-Chez nous, la rue des Écoles n'a toujours pas été dégagée.",
         "-↪↪ Le Réveil de Saint-Aubrelin",
         "-Les services nous indiquent qu'elle le sera jeudi matin."],
        ["-Mentions légales · Contact · Plan du site"],
    ]),
    "fr-blog-lepanierdestrottoirs-cynorhodons": _page("fr", "fr-blog-lepanierdestrottoirs-cynorhodons", [
        ["-Le Panier des Trottoirs", "-Cueillir en ville, cuisiner à la maison"],
        ["+Cynorhodons et nèfles : ma cueillette de décembre au parc des Glacis"],
        ["-3 décembre 2026", "-Claire", "-Catégories : Cueillette, Recettes", "-Aller à la recette"],
        ["+« Les fruits de l'églantier sont meilleurs après les premières gelées », m'avait dit une voisine il y a "
         "dix ans, et elle avait raison."],
        ["+Ce week-end, les haies du parc des Glacis étaient encore couvertes de cynorhodons bien rouges, ramollis "
         "par le froid."],
        ["-Épinglez cette cueillette sur Pinterest !"],
        ["+Au fond du parc, près de l'ancien kiosque, un vieux néflier laissait tomber ses fruits blets sur la "
         "pelouse."],
        ["+Mes règles pour cueillir en ville"],
        ["-Mon sécateur préféré : voir le prix sur Amazon"],
        ["+Jamais au bord d'une route passante ni à hauteur de chien.",
         "+Seulement ce que je sais identifier à coup sûr.",
         "+Un tiers pour moi, le reste pour les oiseaux.",
         "+Toujours relaver à la maison, même si les fruits semblent propres."],
        ["-Imprimer la recette"],
        ["+Dans le prochain billet, je vous donne ma recette de confiture de cynorhodons, pépins compris… enfin "
         "presque."],
        ["-Partagez : Facebook · Pinterest · WhatsApp"],
        ["-3 commentaires"],
        ["-Odile_des_Haies",
         "-Le 3 décembre 2026 à 21 h 04",
         "-Merci ! Je ne savais pas qu'on pouvait manger les nèfles.",
         "-└ Claire",
         "-Il faut les laisser blettir, sinon elles sont immangeables !"],
        ["-Mathéo", "-Tu fais sécher les cynorhodons ou tu les utilises frais ?"],
        ["-Laisser un commentaire"],
        ["-© Le Panier des Trottoirs – Thème Kadence"],
    ]),
    "de-portal-wendelsfurt-flussputztag": _page("de", "de-portal-wendelsfurt-flussputztag", [
        ["-Wendelsfurter Bote", "-Lokales > Wendelsfurt > Umwelt"],
        ["+Flussputztag an der Ilmke: 140 Freiwillige holen zwei Tonnen Müll aus dem Wasser"],
        ["-Von Korbinian Fässler",
         "-Stand: 28.11.2026, 17:45 Uhr",
         "-Lesezeit: 3 Minuten",
         "-Artikel anhören",
         "-Artikel teilen",
         "-Merken",
         "-Drucken",
         "-Freiwillige ziehen an der Mühlenbrücke einen Einkaufswagen aus der Ilmke.",
         "-Foto: Wendelsfurter Bote/Fässler"],
        ["+Rund 140 Freiwillige haben am Samstag beim ersten Flussputztag der Stadt die Ufer der Ilmke zwischen "
         "Mühlenbrücke und Klärwerk gesäubert."],
        ["-Auch interessant",
         "-Wie sauber ist die Ilmke? Das sagen die neuesten Messwerte",
         "-Stadtrat beschließt neue Mülleimer für den Uferweg"],
        ["+Zusammengekommen sind nach Angaben des Umweltamts rund zwei Tonnen Abfall, darunter Reifen, Fahrräder "
         "und ein Einkaufswagen."],
        ["+„Am meisten ärgern mich die Zigarettenkippen, die sieht man vom Ufer aus gar nicht“, sagte "
         "Mitorganisatorin Edda Krummsiek vom Angelverein."],
        ["+Was aus dem Fluss geholt wurde"],
        ["+38 Säcke gemischter Müll",
         "+11 Autoreifen und zwei Fahrräder",
         "-Werbung",
         "+ein Einkaufswagen und eine Gartenbank"],
        ["+Die Stadt will den Aktionstag im nächsten Frühjahr wiederholen und sucht dafür weitere Helferinnen und "
         "Helfer."],
        ["+Anmeldungen nimmt das Umweltamt im Rathaus entgegen."],
        ["-2 Kommentare"],
        ["-Uferläufer",
         "-Toll! Bitte auch mal den Mühlgraben machen.",
         "-└ Wendelsfurter Bote: Den hat das Umweltamt für April auf dem Plan."],
        ["-Impressum | Datenschutz | AGB"],
    ]),
    "de-blog-weichenstuebchen-wintermodul": _page("de", "de-blog-weichenstuebchen-wintermodul", [
        ["-Weichenstübchen", "-Modellbahn in Spur N auf 1,20 Metern"],
        ["+Schnee auf der Nebenbahn: Mein Wintermodul ist fertig"],
        ["-1. Dezember 2026",
         "-von Hartwig",
         "-Kategorie: Anlagenbau",
         "-Inhalt",
         "-1. Der Untergrund",
         "-2. Der Schnee",
         "-3. Was ich beim nächsten Mal anders mache"],
        ["+Nach drei Wochenenden im Bastelkeller ist das Wintermodul für die Nebenbahn fertig, gerade rechtzeitig "
         "für die Ausstellung des Vereins im Januar."],
        ["+Der Untergrund ist eine Platte aus Styrodur, die ich mit Gips modelliert und grau-braun grundiert habe."],
        ["-Foto: Das fertige Modul mit dem Schienenbus im Schnee."],
        ["+„Echter Schnee glitzert nicht, er schluckt das Licht“, hat mir ein alter Vereinskollege einmal gesagt, "
         "und daran habe ich mich gehalten."],
        ["+Was ich verwendet habe"],
        ["+Schneestreu aus feinem Marmormehl, mit verdünntem Weißleim fixiert"],
        ["-*Affiliate-Link: Das Marmormehl bekommst du hier"],
        ["+Weiße Acrylfarbe für die Dächer, stark verdünnt und in mehreren Schichten",
         "+Ein Rest Grasfasern, die ich weiß eingefärbt habe"],
        ["+Beim nächsten Modul würde ich den Schnee dünner auftragen, vor allem an den Böschungen."],
        ["+Im nächsten Beitrag zeige ich die Beleuchtung des Bahnhofsgebäudes."],
        ["-4 Kommentare zu „Schnee auf der Nebenbahn: Mein Wintermodul ist fertig“"],
        ["-Ferdl_H0",
         "-Sieht richtig kalt aus! Welches Marmormehl nimmst du?",
         "-↳ Hartwig (Autor)",
         "-Das aus dem Baumarkt, ganz feines. Der Link steht oben im Beitrag.",
         "-↳↳ Ferdl_H0",
         "-Danke, probiere ich aus.",
         "-↳↳↳ Hartwig",
         "-Gern, zeig mal Bilder!"],
    ]),
    "it-portale-castelvarena-siccita": _page("it", "it-portale-castelvarena-siccita", [
        ["-Castelvarena Oggi", "-Cronaca · Politica · Sport · Eventi", "-Castelvarena 34°C, sereno"],
        ["+Caldo record, a Castelvarena stop all'irrigazione dei giardini fino al 31 agosto"],
        ["-di Redazione",
         "-17 luglio 2026 - 12:40",
         "-Il lago di Serravallina con il livello più basso degli ultimi vent'anni."],
        ["+Con una settimana di temperature sopra i 38 gradi e il lago di Serravallina ai minimi, la sindaca ha "
         "firmato un'ordinanza che limita l'uso dell'acqua potabile."],
        ["+«Non è un divieto per punire qualcuno, è l'unico modo per arrivare a settembre senza chiudere i "
         "rubinetti di notte», ha spiegato la sindaca Renata Pellizzaroni."],
        ["-Leggi anche: Ondata di calore, aperte le sale climatizzate per gli anziani"],
        ["+Chi non rispetta l'ordinanza rischia una multa da 25 a 500 euro, e la polizia locale ha annunciato "
         "controlli anche nelle ore serali."],
        ["+Cosa è vietato dalle 8 alle 21"],
        ["+Innaffiare orti e giardini con l'acqua dell'acquedotto."],
        ["+Lavare auto e moto fuori dagli autolavaggi."],
        ["-Iscriviti al canale WhatsApp di Castelvarena Oggi", "-Inserzione pubblicitaria"],
        ["+Riempire piscine private di qualsiasi dimensione."],
        ["+Usare l'acqua potabile per pulire cortili e terrazze."],
        ["-Ultime notizie dal territorio »",
         "+L'ordinanza potrà essere revocata prima della scadenza se arriveranno piogge abbondanti."],
        ["-Tag: siccità, ordinanza, acqua"],
        ["-Commenti (5)"],
        ["-Marisa_V",
         "-E intanto le fontane in piazza restano accese?",
         "-↳ Castelvarena Oggi",
         "-Il Comune ci ha confermato che sono a circuito chiuso.",
         "-↳↳ Marisa_V",
         "-Meno male, grazie della risposta."],
        ["-Castelvarena Oggi · Registrazione Tribunale n. 00/2020", "-P. IVA 00000000000"],
    ]),
    "it-blog-pagaiaefornello-orsanella": _page("it", "it-blog-pagaiaefornello-orsanella", [
        ["-Pagaia e Fornello", "-Home » Diario di pagaia » Fiumi"],
        ["+Due giorni in canadese sull'Orsanella, con la tenda sull'isolotto"],
        ["-Pubblicato da Matteo il 29 novembre 2026", "-La canoa carica all'imbarco, alle otto di mattina."],
        ["+Siamo partiti sabato alle otto dal ponte vecchio, con la canadese carica fino all'orlo e una nebbia che "
         "si alzava piano dall'acqua."],
        ["+Il primo tratto è stato facile, poi dopo la diga abbiamo dovuto trasbordare la canoa per duecento metri "
         "lungo il sentiero."],
        ["-Ti piace il blog? Iscriviti alla newsletter", "-Una mail al mese, niente spam."],
        ["+«Il fiume decide lui dove si dorme», diceva sempre mio nonno, e infatti l'isolotto che avevamo scelto "
         "era mezzo sott'acqua."],
        ["+Cosa abbiamo portato"],
        ["+Tenda da due posti e teli impermeabili per tutto."],
        ["-Trovi tutta l'attrezzatura nella pagina Il mio equipaggiamento", "-Link affiliato"],
        ["+Fornellino, pentolino e cibo per tre giorni, più uno di scorta."],
        ["+Sacche stagne numerate, così sappiamo dove cercare."],
        ["+La prossima volta partiremo più presto, per arrivare all'isolotto con la luce."],
        ["+Voi avete mai dormito su un'isola di fiume?"],
        ["-Matteo", "-Pagaio dal 2012 e scrivo di fiumi, tende e fornelli."],
        ["-Condividi su Facebook", "-Condividi su WhatsApp"],
        ["-2 commenti"],
        ["-Elena_in_kayak",
         "-Che bello! Quanto è lungo il trasbordo alla diga?",
         "-Rispondi",
         "-↳ Matteo",
         "-Circa duecento metri, ma con il carrello si fa in dieci minuti."],
        ["-Lascia un commento"],
        ["-© 2026 Pagaia e Fornello · Tema: GeneratePress"],
    ]),
    "pl-portal-trzcinowiec-smog": _page("pl", "pl-portal-trzcinowiec-smog", [
        ["-Kurier Trzcinowiecki", "-Wiadomości | Sport | Kultura | Ogłoszenia"],
        ["+Alarm smogowy w Trzcinowcu. Normy pyłu PM10 przekroczone trzykrotnie"],
        ["-Autor: Bożena Kaletowska",
         "-4 grudnia 2026, 08:15",
         "-Aktualizacja: 4 grudnia 2026, 10:40",
         "-6 komentarzy",
         "-Smog nad osiedlem Słoneczne Wzgórze we wtorek wieczorem.",
         "-Fot. Kurier Trzcinowiecki"],
        ["+Wojewódzki inspektorat ochrony środowiska ogłosił w czwartek rano trzeci stopień zagrożenia smogiem dla "
         "Trzcinowca i sąsiednich gmin."],
        ["-Treść sponsorowana"],
        ["+Stacja pomiarowa przy ulicy Szkolnej pokazała o 7 rano 152 mikrogramy pyłu PM10 na metr sześcienny, przy "
         "normie dobowej wynoszącej 50."],
        ["+„Proszę, żeby osoby starsze i rodzice małych dzieci na ten jeden dzień po prostu zostali w domu” – "
         "apeluje burmistrz Lucjan Wrzosowiecki."],
        ["+Co zalecają służby"],
        ["+Ograniczyć wychodzenie z domu i zrezygnować z biegania na zewnątrz.",
         "-Zobacz też:",
         "-Jak sprawdzić, czym pali sąsiad? Poradnik",
         "+Nie palić w kominkach, jeśli w domu jest inne źródło ciepła.",
         "+Korzystać z darmowej komunikacji miejskiej, obowiązującej do odwołania alarmu."],
        ["+Straż miejska zapowiedziała kontrole palenisk w domach jednorodzinnych."],
        ["+Alarm potrwa co najmniej do piątku."],
        ["-Udostępnij na Facebooku"],
        ["-Komentarze (6)"],
        ["-Gość: Mieszkaniec_Zachodniej",
         "-Od tygodnia nie da się otworzyć okna, a kontroli jak nie było, tak nie ma.",
         "-Odpowiedz",
         "-↳ Gość: Ania ze Szkolnej",
         "-U nas to samo, czujnik na balkonie pokazuje fiolet.",
         "-↳↳ Kurier Trzcinowiecki",
         "-Zapytaliśmy straż miejską o liczbę kontroli; odpowiedź opublikujemy w piątek."],
    ]),
    "pl-blog-miodowyzeszyt-sublimacja": _page("pl", "pl-blog-miodowyzeszyt-sublimacja", [
        ["-Miodowy Zeszyt"],
        ["+Grudniowa sublimacja kwasu szczawiowego – jak poszło w tym roku"],
        ["-2 grudnia 2026",
         "-Autor: Zenek",
         "-Kategoria: Pasieka zimą",
         "-Wyświetleń: 1 204",
         "-Spis treści",
         "-1. Dlaczego właśnie w grudniu",
         "-2. Co przygotowałem",
         "-3. Wyniki po tygodniu"],
        ["+W tym roku rodziny weszły w okres bezczerwiowy dopiero pod koniec listopada, więc sublimację zrobiłem w "
         "pierwszy suchy dzień grudnia."],
        ["+„Roztocz siedzi wtedy na pszczołach, a nie w komórkach, i tylko wtedy naprawdę go trafisz” – tłumaczył "
         "mi przed laty starszy pszczelarz z koła."],
        ["-Czytaj też: Jak zimują moje ule wielkopolskie"],
        ["+Pracowałem w masce z filtrem, bo opary kwasu szczawiowego są naprawdę niebezpieczne."],
        ["+Na każdy ul poszło po dwa gramy kwasu, a dennice osiatkowane zamknąłem wkładkami na tydzień."],
        ["+Co przygotowałem"],
        ["+Sublimator elektryczny i akumulator samochodowy.",
         "+Maskę z filtrem, gogle i rękawice.",
         "-Sublimator, którego używam, kupisz w sklepie partnera (link afiliacyjny)",
         "+Zegarek, bo każdy ul dostaje dokładnie trzy minuty."],
        ["+Po tygodniu na wkładkach policzyłem od 40 do 180 roztoczy, więc wiosną czeka mnie jeszcze jedno "
         "sprawdzenie."],
        ["-Tagi: warroza, kwas szczawiowy, zima"],
        ["-Postaw mi kawę ☕"],
        ["-2 komentarze"],
        ["-Marian_pszczelarz",
         "-U mnie w tym roku czerw był jeszcze w połowie grudnia, czekam.",
         "-└ Zenek",
         "-To rób, jak tylko zniknie – szkoda każdego dnia.",
         "-└└ Marian_pszczelarz",
         "-Dzięki, dam znać po zabiegu."],
    ]),
    "ru-portal-olkhoborsk-ozelenenie": _page("ru", "ru-portal-olkhoborsk-ozelenenie", [
        ["-Ольхоборские вести", "-Новости · Общество · Экология · Спорт", "-16+"],
        ["+В Ольхоборске за осень высадили 1200 деревьев по программе «Зелёный двор»"],
        ["-Вера Сухоцветова",
         "-3 декабря 2026, 14:20",
         "-Просмотров: 842",
         "-Волонтёры сажают липы во дворе дома на улице Заречной.",
         "-Фото: пресс-служба администрации"],
        ["+Осенний этап городской программы озеленения завершился: с сентября в 46 дворах высадили липы, клёны, "
         "рябины и кусты сирени."],
        ["+Саженцы закупила администрация, а копали ямы и сажали деревья сами жители вместе с волонтёрами из "
         "местного колледжа."],
        ["-Читайте также: Где в городе появятся новые скверы"],
        ["+«Раньше у нас во дворе был один тополь и парковка, теперь под окнами будет аллея», — говорит "
         "председатель совета дома Анна Ковылёва."],
        ["+Что будет дальше"],
        ["+Весной высадят ещё 800 деревьев в школьных дворах."],
        ["-Подпишитесь на наш канал в Telegram"],
        ["+За каждым двором закрепят ответственного за полив.", "+Погибшие саженцы заменят за счёт подрядчика."],
        ["+Заявки на участие в весеннем этапе принимают до 1 марта."],
        ["-Рассылка: главные новости города каждое утро"],
        ["+Подать заявку может совет дома или управляющая компания."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-Комментарии: 3"],
        ["-Гость",
         "-Хорошо бы ещё и поливали, а то прошлогодние засохли.",
         "-↳ Ольхоборские вести",
         "-В администрации обещают, что за полив теперь отвечает подрядчик.",
         "-↳↳ Гость",
         "-Посмотрим летом."],
        ["-© 2026 Ольхоборские вести. Все права защищены."],
    ]),
    "ru-blog-vesloikotelok-sutoma": _page("ru", "ru-blog-vesloikotelok-sutoma", [
        ["-Весло и котелок", "-Блог о байдарочных походах выходного дня"],
        ["+Последний сплав сезона: три дня на байдарке по Сутоме в ноябре"],
        ["-28 ноября 2026",
         "-Рубрика: Походы",
         "-Утро на второй стоянке: иней на тенте.",
         "-Содержание: 1. Маршрут · 2. Снаряжение · 3. Итоги"],
        ["+Мы вышли на воду у старого моста в пятницу вечером, когда по берегам уже лежал первый снег."],
        ["+За три дня прошли 54 километра, дважды обносили завалы и ни разу не видели других туристов."],
        ["-Партнёрский материал"],
        ["+«В ноябре река честнее: никого нет, и каждый поворот ты проходишь сам», — написал мне перед походом "
         "Денис, с которым мы сплавляемся уже десять лет."],
        ["+Снаряжение, без которого в ноябре никуда"],
        ["+Гидрокостюм и неопреновые перчатки."],
        ["+Зимний спальник с комфортом до минус пяти."],
        ["-Где я покупаю снаряжение — на странице «Магазины»", "-Мой обзор спальника — в отдельной статье"],
        ["+Печка-щепочница для палатки.", "+Термос на два литра на каждого."],
        ["+В следующем посте расскажу, как мы сушили вещи у печки и что из этого вышло."],
        ["-Метки: байдарка, осень, сплав"],
        ["-Понравился пост? Угостите автора чаем"],
        ["-4 комментария"],
        ["-Ирина_на_волне",
         "-Как печка в палатке, не страшно ночью?",
         "-↳ Автор",
         "-Нет, если с искрогасителем и дежурить по очереди."],
        ["-Степаныч",
         "-Сутому знаю, в ноябре там красота. Завалы после Ершова всё ещё стоят?",
         "-↳ Ответ автора",
         "-Да, два больших, обносили по левому берегу."],
    ]),
}

_LINE_XFAIL: dict[str, str] = {
    "Wenna runs beekeeping taster days from April to September – dates and booking are on the Courses page.":
        "an English blog's courses plug in the third person ('Wenna runs beekeeping taster days from April to "
        "September – dates and booking are on the Courses page.') is left at the foot",
    "Opinions on this blog are my own and not those of my employer.":
        "an English blog's own-opinions disclaimer ('Opinions on this blog are my own and not those of my employer.') "
        "is left at the foot",
    "Sorted by: Oldest first ▾":
        "an English comment sort row ('Sorted by: Oldest first ▾') is left at the foot",
    "Site édité par l'association Rucher du Vallon des Sorbiers, régie par la loi de 1901.":
        "a French published-by-an-association footer ('Site édité par l'association Rucher du Vallon des Sorbiers, "
        "régie par la loi de 1901.') is left at the foot",
    "Civey-Umfragen: Um an der Umfrage teilzunehmen, aktivieren Sie bitte JavaScript.":
        "a German poll-embed residue asking for JavaScript ('Civey-Umfragen: Um an der Umfrage teilzunehmen, "
        "aktivieren Sie bitte JavaScript.') is left in the body",
    "Mein Buch „Spur N auf kleinstem Raum“ gibt es im Buchhandel – oder signiert direkt bei mir.":
        "a German blog's book plug ('Mein Buch „Spur N auf kleinstem Raum“ gibt es im Buchhandel – oder signiert "
        "direkt bei mir.') is left at the foot",
    "Dieses Blog ist ein rein privates Projekt ohne kommerzielle Absichten.":
        "a German blog's private-project footer ('Dieses Blog ist ein rein privates Projekt ohne kommerzielle "
        "Absichten.') is left at the foot",
    "Ładowanie odtwarzacza wideo…":
        "a Polish video-player loading residue ('Ładowanie odtwarzacza wideo…') is left in the body",
    "Wydawca portalu: Wydawnictwo Trzy Olchy sp. z o.o., KRS 0000000000, NIP 0000000000":
        "a Polish publisher footer with KRS and NIP numbers ('Wydawca portalu: Wydawnictwo Trzy Olchy sp. z o.o., KRS "
        "0000000000, NIP 0000000000') is left at the foot",
    "Artykuł zawiera lokowanie produktu.":
        "a Polish product-placement note ('Artykuł zawiera lokowanie produktu.') is left at the head",
    "Комментарии к этой новости принимаются в течение трёх суток.":
        "a Russian comments-accepted-for-three-days line ('Комментарии к этой новости принимаются в течение трёх "
        "суток.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-saddowmouth-floodwarning":
        "the regional portal's flood-warning story keeps its photo caption ('Sandbags outside homes on Ferry Row on "
        "Wednesday night.') and its share line ('Share this story on Facebook, X or WhatsApp') under the title (2 of "
        "20 noise lines)",
    "en-blog-thehummingframe-winterfeed":
        "the beekeeping blog's hefting post keeps its photo caption ('The blue hive on a frosty morning, entrance "
        "reducer in place.') on the line right before the first paragraph, in its block, its table of contents ('In "
        "this post', '1. Hefting, and what it told me' and '2. What I did for the light hive') between the first "
        "paragraph and the paragraph with the quote (4 of 20 noise lines; its affiliate note between the third and "
        "fourth list rows goes after round 81)",
    "fr-portail-saint-aubrelin-tempete":
        "the regional portal's storm clean-up story keeps its photo caption ('Les agents municipaux dégagent l'avenue "
        "des Tilleuls, mardi matin.') under the title (1 of 20 noise lines)",
    "it-portale-castelvarena-siccita":
        "the regional portal's water-restrictions story keeps its photo caption ('Il lago di Serravallina con il "
        "livello più basso degli ultimi vent'anni.') under the title, its ad label ('Inserzione pubblicitaria') "
        "between the second and third list rows and its more-news link ('Ultime notizie dal territorio »') on the "
        "line right before the last paragraph, in its block (3 of 20 noise lines)",
    "it-blog-pagaiaefornello-orsanella":
        "the canoe-camping blog's river post keeps its photo caption ('La canoa carica all'imbarco, alle otto di "
        "mattina.') under the title and its author box ('Matteo' and 'Pagaio dal 2012 e scrivo di fiumi, tende e "
        "fornelli.') after the last paragraph (3 of 20 noise lines; its newsletter line, equipment-page link and "
        "affiliate label go after round 81)",
    "pl-portal-trzcinowiec-smog":
        "the regional portal's smog-alert story keeps its read-also headline ('Jak sprawdzić, czym pali sąsiad? "
        "Poradnik') inside the block of list rows, between the first and second rows (1 of 20 noise lines); since "
        "round 85 its photo caption under the title goes",
    "ru-portal-olkhoborsk-ozelenenie":
        "the regional portal's tree-planting story keeps its photo caption ('Волонтёры сажают липы во дворе дома на "
        "улице Заречной.') under the title (1 of 20 noise lines)",
    "ru-blog-vesloikotelok-sutoma":
        "the canoe-camping blog's November-trip post keeps its tagline ('Блог о байдарочных походах выходного дня') "
        "above the title, its photo caption ('Утро на второй стоянке: иней на тенте.') under the title and its "
        "shops-page and review links ('Где я покупаю снаряжение — на странице «Магазины»' and 'Мой обзор спальника — "
        "в отдельной статье') between the second and third list rows (4 of 20 noise lines)",
}


test_held_out_101_line, test_held_out_101_line_is_kept, test_held_out_101_page = held_out_tests(
    HELD_OUT_101_LINES, HELD_OUT_101_KEEP, HELD_OUT_101_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
