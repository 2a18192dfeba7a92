"""Held-out set 99: written blind, weighted toward the noise the cleaner exists for, in shapes set 98's docstring does
not name (nor the first paragraphs of sets 95, 96 and 97): scraper, embed and ad markers (Flourish's embed residue
"A Flourish chart", the BBC-style image credit "Image source, Getty Images", an embedded post's attribution line "—
Ottermoss Buses (@ottermossbus) December 3, 2026", Taboola's French widget heading "Contenus sponsorisés par
Taboola", a German click-to-play video residue "Zum Abspielen des Videos bitte auf das Bild klicken", an Italian
paywall line "Contenuto riservato agli abbonati: accedi o abbonati per continuare a leggere.", a Polish video-break
line "Dalsza część artykułu pod materiałem wideo" and the Russian full-screen button "Развернуть на весь экран");
reading-time headers in new wordings (the English word-count sentence "This story is 1,180 words long – about a
five-minute read." and a blog's "☕ A two-coffee read (roughly nine minutes)", the French "Comptez environ six
minutes pour lire cet article.", the German "Für diesen Text brauchen Sie etwa sechs Minuten.", the Italian "Ci
vogliono circa sei minuti per leggere questo articolo.", the Polish "Przeczytasz w 5 minut" and the Russian
"Материал на 6 минут чтения"); bylines and self-promotion (an English Local Democracy Reporting Service credit
"Ansel Kirrowby, Local Democracy Reporting Service", an English Patreon plug "Patrons get every route as a GPX file
a week early – join on Patreon from £3 a month.", an English Substack plug "I also write a fortnightly Substack
about gulls on city rooftops – it's free to subscribe.", a French correspondent-and-agency byline "Par Élodie
Carrousse, correspondante à Saint-Orbelin, avec AFP", a German Steady plug "Du magst meine Spielberichte? Über
Steady kannst du das Blog ab 3 € im Monat unterstützen.", an Italian YouTube-channel plug "Iscriviti al canale
YouTube del blog: ogni giovedì una nuova uscita in montagna, girata dal vivo.", a Polish Patronite plug "Jeśli
chcesz wspierać bloga, zajrzyj na mój profil na Patronite – tam wrzucam też nagrania głosów ptaków." and a Russian
column credit "Рубрику ведёт Зиновий Крутоярцев"); blog and site footers (Substack's footer "© 2026 Ottilie
Fernstaple · Privacy ∙ Terms ∙ Collection notice", an English statements row "Accessibility statement · Modern
slavery statement · Manage cookie preferences", a Ghost credit "Spindle & Gorse © 2026 · Published with Ghost", a
French director-of-publication line "Directrice de la publication : Armance Ferrolet", a German MStV responsibility
line "Verantwortlich im Sinne von § 18 Abs. 2 MStV: Konrad Heulendahl", the Italian blog-is-not-a-newspaper
disclaimer "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna
periodicità.", a Polish rules-and-RODO row "Regulamin · Polityka prywatności · Klauzula RODO · Kontakt z redakcją"
and a Russian founder-and-editor line "Учредитель: ООО «Затонская медиагруппа». Главный редактор: Т. Г.
Вербохлёстова."); reader-comment furniture (Disqus's "Also on Ottermoss Evening Post", Facebook's "Facebook Comments
Plugin", Drupal's "Log in or register to post comments", a French report-abuse link "Signaler ce commentaire comme
abusif", a German shortened-comment note "Dieser Kommentar wurde von der Redaktion gekürzt.", an Italian
be-the-first line "Sii il primo a commentare", a Polish rating row "Oceń komentarz: 👍 12 👎 3" and a Russian
hidden-comment line "Комментарий скрыт из-за низкого рейтинга"); share rows (an English Nextdoor, Facebook, LinkedIn
and email row, a French Facebook, Messenger, LinkedIn and copy-link row and an Italian Messenger, LinkedIn, Telegram
and email row); and notices (a German affiliate-links note "Mit * gekennzeichnete Links sind Affiliate-Links: Kaufst
du darüber, bekomme ich eine kleine Provision.", a Polish illustrative-photos note "Zdjęcia mają charakter
poglądowy." and a Russian prices-at-publication note "Цены указаны на момент публикации."); and toward whole scraped
news and hobby-blog pages in layouts set 98's docstring does not describe (an ad label inside the block of list
rows, with no blank line around it, on one page, a category label on the line right before the title, in its block,
on one, a read-more link on the line right after the paragraph with the quote, a read-also link on the line right
before the subheading and a see-also link on the line right after the subheading, each in that block, on one page
each, a single noise line above the title on one page and eight under the title on another, a table of contents
between the first and second paragraphs on one page and under the title on two, noise between the subheading and the
first list row on four pages, between the two last paragraphs on five and between the last list row and the last
paragraphs on three, replies three deep on five pages, two separate comments at the foot on four and feet without a
footer or copyright line on six), taken from transport and commuting and from blogs about birdwatching, knitting,
board games and trail running (a regional portal's story on a tram line extension, with a comment, a reply and the
paper's reply to it, a birdwatching blog's post on six gull species at an outfall, with a comment, the author's
reply, a reply to it and the author's reply to that, a regional portal's story on a bridge closed to cars for
repairs, with two comments and the paper's reply to the first, a knitting blog's post on a ribbed hat knitted in
three evenings, with a comment, the author's reply, a reply to it and the author's reply to that, a regional
portal's story on a new cycle lane, with a comment and a reply, a board-game blog's post on three evenings of a
co-operative card game, with a comment, the author's reply, a reply to it and another comment, a regional portal's
story on a regional rail strike, with a comment, a reply and a reply to it, a trail-running blog's post on a first
night trail race, with a comment, the author's reply, a reply to it and the author's reply to that, a regional
portal's story on a bus timetable change, with two guest comments and the paper's reply to the first, a birdwatching
blog's post on waxwings back in a riverside park, with a comment, the author's reply, a reply to it and the author's
reply to that, a regional portal's story on a river ferry's winter schedule, with a comment, the paper's reply, a
reply to it and another comment, and a knitting blog's post on a first pair of stranded-colourwork mittens, with a
comment, the author's reply, a reply to it and the author's reply to that).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages
of held-out sets 10 to 98), held-out set 100 (written at the same time by another helper; none of its paths was
opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/
folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 98 up to its first
round paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables
with their reasons and the three test functions), and the first paragraphs of the docstrings of sets 95, 96 and 97,
printed with one ast script (/tmp/s99scratch/read98.py: ``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end, and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 98's, taken by a script
(/tmp/s99scratch/gen.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 98 -> 99, then refilled after the measurement by the same script from
/tmp/s99scratch/tables99.py. ``_page`` and the imports are set 98's, taken by the same script from their nodes.
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s99, detached at commit b5d41ecd3824f23404ff35842fa6536bbab719d2, what ``git rev-parse HEAD``
printed in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 98's file (and the first
paragraphs of sets 95, 96 and 97) was only printed through the ast script above, run once with its output sent to a
scratch file (/tmp/s99scratch/read98.out, 600 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to
600; the tool cut the middle of the second view, so I printed the script's own section markers with ``grep -n`` on
that scratch file and then lines 150 to 275, 322 to 440 and 440 to 495 of it again); nothing else was printed from
it. The docstring cut held (the printed docstring ended with set 98's Baseline paragraph). That allowed text itself
names set 98's scratch paths and its frozen commit (5402770d7b6a9337c7adc5fb32b8db85646de69c) and set 96's
(0192ec6ef4b24b972a1085de055e29aee1517338); set 98's xfail reasons quote its missed lines and left page lines; I saw
these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not
open. The generating script, which read set 98's file to take its imports, its ``_page`` helper and its tail,
printed nothing but a line count; I printed lines 1 to 40, 113 to 135 and 560 to 599 of the file it wrote with
``sed`` and the lines of its tables, lists and test functions with ``grep -n`` on that file (not on the tests/
folder), and checked its line lengths with a small Python loop. At my first step ``git status --short`` in
/work/main printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed
b5d41ecd3824f23404ff35842fa6536bbab719d2. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the
worktrees existed I ran ``ls`` on /tmp/wt-set99 and /tmp/wt-s99, which printed the top-level names of the checkout
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no file's contents. The branch set99
was made from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests
(56 passed, 21 xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and
/work/main/tests on the path (/tmp/s99scratch/helpers.py), which imports the cleaner's modules; nothing was run
through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt',
'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in
noisy_corpus module was written by a small script (/tmp/s99scratch/mkstand.py) that imported tests/noisy_corpus.py
the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch
folder. (4) The lists were written as data in scratch files (/tmp/s99scratch/lists99.py and pages99.py) and put
together with the tail into this file by /tmp/s99scratch/gen.py, which splits long string literals to fit 120
columns. Before the measurement the page counts printed by a small loop showed 10 article and 20 noise lines on
every page. Then the file was executed from a scratch folder (/tmp/s99scratch/stand) with stand-ins (that copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise,
and a stand-in ``pytest`` package; no case was run through the cleaner) by /tmp/s99scratch/check.py, which counted
the lines by category, by language (from the ``# English`` ... comments) and by place, the keep lines by language
and by place, the pages by language and checked that every page has 10 article and 20 noise lines, that no page
article line repeats on its page and no page noise line does (case-insensitively), that no page noise line is a
substring of an article line of its page (case-sensitively and case-insensitively) or overlaps (equals, contains or
is contained in) a line of ``HELD_OUT_99_LINES`` or ``HELD_OUT_99_KEEP``, case-sensitively and case-insensitively,
that no page article line overlaps one of those lines, that no held-out noise line overlaps a keep line, that no
line is longer than 120 columns and that the file holds no e-mail address. Its first run found 1 problem: the
Italian ad label "ADV" on the rail-strike story inside the English keep line that begins "Advertising on the new
trams" (case-insensitively); it became "Annuncio pubblicitario", changed by a small replacement script
(/tmp/s99scratch/fix1.py), and the second run found nothing. No list changed after that check. While writing, I
avoided the German ad label "Anzeige" (inside the German keep line opening "Anzeigetafeln"; the cycle-lane story
uses "Werbung"), the Italian "Pubblicità" as a page ad label (inside the keep line opening "Pubblicità luminosa")
and the Russian "Реклама" as a page line (inside the keep line opening "Реклама на бортах"); the Polish ad label
"Reklama" on the bus-timetable story is not inside the keep line opening "Reklamy". As allowed, some page noise
lines hold another noise line's words or an article word of their page (site names inside menus, captions and
copyright lines, place names of the article inside captions, tags and links). (5) At the measurement (00:17:25 UTC)
this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen.
The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s99scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of
the failing ones, to write the xfail reasons; the places named in the page reasons are where I put the lines, since
``_problems`` only says that a line was kept or lost. (6) Invented names were checked, before the measurement,
against the helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so
this is not a proof that they do not exist: Cotterhithe, Wickenholme, Hollis Varnworth, Maren Oddie, Scopes and
Sandwiches, Shingle Knap, Ansel Kirrowby, Ottilie Fernstaple, Spindle & Gorse, the handle ottermossbus, Port-Varel,
Saint-Orbelin, Bastien Quérelle, Pelote et Chaussette, Kalmerode, Wibke Austerhaus, Konrad Heulendahl, Helga
Brünnighoff, Meeple im Keller, Valcastrena, Chiara Benvolti, Renzo Pesciolotti, Fiatone in Quota, Brzozolesie,
Agnieszka Kruszynowska, Marek Pliszkowiak, Lornetka i Termos, Ольховый Плёс, Плёсовские вести, Дарья Ледоставова,
Степан Плавнищев, Спицы у печки, Зиновий Крутоярцев, Т. Г. Вербохлёстова and Затонская медиагруппа had no hits.
Ferrolet, Carrousse, Ternissac and Ottermoss had hits only inside longer words (code identifiers, "Carroussel",
"Lottermosser") and were kept. Dropped after their checks: Wickmoor, planned for the tram terminus (in invented-town
lists), Wren Tallow, planned for the Substack footer (a character name in games), Saltreach and Gullhaven, planned
for the gull roost (place names in games), Pardewe (Pardew, a real surname), Ostendarp (a real surname), Quenmarsh,
planned for the bus company (a name in sample data), Brackwater, planned for the Substack writer (in name lists of
games), Lemoutier (inside real French place names), Fabbricotti and Gualtierotti (real surnames), Wróblewicz and
Żurawiecki (real surnames), Комлева, Кашеваров and Суходольская (real surnames and a real street) and Ольховец,
planned for the ferry (a place name in code). Rudgewick, checked for the gull blog's author (hits only inside longer
words), was not used in the end. Not checked, generic or invented at sight: Dray Lane, the Quayside stop, the pont
de la Digue, the boulevard de l'Estacade, the quai Nord, the Lindenallee, the Gewerbegebiet Nord, the ul. Kolejowa,
the osiedle Zacisze, Заречье, the ferry «Берегиня», Cotterhithe Tramways, the Ottermoss Evening Post, The
Cotterhithe Courier, Le Réveil de Port-Varel, the Kalmeroder Tageblatt, Cronache di Valcastrena and the Gazeta
Brzozoleska (papers named after the checked towns), the first names Élodie, Gaspard (Gaspard Ternissac), Armance,
Konrad and Зиновий, and the people's names (TramFan_77, Ruth O., Bryony, Dunlin_Dave, Yvonne_P, Marc-Antoine B.,
Odile, Maïté, Radlerin_KA, Pendler1968, Jonas, Carla, Würfelwolf, Tabea_spielt, Pendolare_stanco, Nadia R., Lorenzo,
Giulia_trail, Kuba, Ela_ptasiara, Basia, Валентина, Сергей П., Ирина_вяжет), which are invented, though ordinary
names real people may bear; none is meant as a real person. The VAT number is zero-filled; there are no phone or
registration numbers. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from
memory): Flourish, Getty Images, the attribution line of embedded social posts, the Local Democracy Reporting
Service, Patreon, Substack, Ghost, Disqus's "Also on" heading, Facebook's comments plugin, Drupal's log-in line,
Nextdoor, Facebook, LinkedIn, Taboola, AFP, Messenger, Steady, the German Medienstaatsvertrag (MStV), YouTube, the
Italian blog disclaimer, Telegram, Patronite, RODO (the Polish name of the GDPR) and the Russian founder-and-editor
line; on the pages WhatsApp, Telegram, Facebook, GPX and PDF downloads and the 16+ mark of Russian sites. (8) Set
98's docstring names its own shapes and its pages' layouts (and sets 95 to 97 their shapes in their first
paragraphs), so some lines may repeat shapes of sets before 95 or of the development lists that I could not check;
in particular Getty Images credits, Facebook's comments plugin, Drupal's log-in line and Disqus's "Also on" heading
are common enough that an earlier set may hold them. Close to shapes sets 95 to 98 named: the Flourish, image-credit
and embedded-post lines are embed residue near the Datawrapper credit and the Instagram, TikTok, BBC and Facebook
residues; the click-to-play line is near the external-content consent line; the paywall line is near the ad breaks
and scroll-to-continue lines; the Polish video break is near the Polish video-after-the-ad residue; the full-screen
button is near the swipe hint and gallery buttons; the reading-time rows and sentences are reading-time lines in
other words; the LDRS credit, the correspondent byline and the column credit are bylines near the desk,
Reuters-style, interview and prepared-by credits; the Patreon, Substack, Steady, YouTube and Patronite plugs are
plugs like the Ko-fi, Linktree, Boosty, Telegram and buycoffee.to ones; the Substack and Ghost footers are near the
Wix, Jimdo, Hugo and Blogger credits; the statements row and the RODO row are near the footer link rows; the
publication-director, MStV, founder-and-editor and blog-disclaimer lines are legal footers near the publisher,
court-registration and media-registration lines; the comment lines are comment furniture near the count, sort,
rules, log-in, deleted-comment and show-more lines; the share rows are share rows on other platforms; the affiliate,
illustrative-photos and prices notes are notices near the transparency, partnership and not-an-offer notes. Page
chrome repeats kinds of line set 98's docstring names among its noise (photo captions, ad labels, read-also,
most-read and related links, newsletter, WhatsApp, Telegram and Facebook prompts, tables of contents, gallery links,
PDF downloads, subscription offers, view counts, the 16+ mark), as real pages carry them. (9) My first step's clock
reading was 2026-12-05 00:09:28 UTC; the measurement ran at 00:17:25 UTC. (10) After committing, ``git rev-parse
HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Image source files", "Shared with buses", "Comments are
welcome", "Reading the new timetable", "Advertising on the new trams", "Powered by overhead wires", "Follow-up
inspections", "Publié au Journal officiel", "Partager la chaussée", "Commentaires et questions", "Anzeigetafeln an
allen Haltestellen", "Mehr zum Thema Ersatzverkehr", "Lesen Sie die Aushänge", "Pubblicità luminosa", "Leggi anche
gli orari festivi", "Condivisa con i monopattini", "Reklamy na wiatach", "Komentarze pasażerów", "Комментарии к
новому расписанию" and "Реклама на бортах паромов" are article sentences. The Flourish, image-credit, embedded-post,
Taboola, click-to-play, paywall, video-break and full-screen lines are counted as markers; the reading-time rows and
sentences as reading-time lines; the LDRS, correspondent and column credits and the Patreon, Substack, Steady,
YouTube and Patronite plugs as bylines; the Substack, statements-row, Ghost, publication-director, MStV,
blog-disclaimer, RODO-row and founder-and-editor lines as footers; the Disqus heading, the Facebook plugin line, the
log-in line, the report-abuse link, the shortened-comment note, the be-the-first line, the rating row and the
hidden-comment line as comments; the share rows as share; the affiliate, illustrative-photos and prices notes as
notices. On every page the title, the paragraphs before the subheading (one of them with the quote), the subheading,
its list rows and the last paragraphs are article (10 lines a page; the blog posts' closing lines about the next
post or asking readers a question are their last paragraphs and counted as article; the ferry story's
Saturday-and-Sunday row is a list row) and everything else is noise (20 lines a page); in particular skip links,
log-in and subscribe links, site and blog names and taglines, menus, search boxes, breadcrumbs, posted-on rows,
bylines and author names, dates, update times, categories, subscriber badges, plus labels and trial offers, listen,
save, share and bookmark links, view counts, photo captions and picture credits, ad labels, tables of contents,
most-read, read-more, read-also, see-also, related and more-from links, video, gallery, map and podcast links, PDF
and GPX downloads, shop and recording links, jobs links, newsletter, WhatsApp, Telegram and Facebook prompts,
overview and older-post links, tags, comment headings and counts, commenter rows, comment texts and replies, VAT and
copyright lines are noise. The layouts: one to five noise lines above the title (one on
pl-blog-lornetkaitermos-jemioluszki, five on en-blog-scopesandsandwiches-wintergulls, whose date row stands above
the title); on it-blog-fiatoneinquota-trail-notturno the category label stands on the line right before the title,
with no blank line between them; one to eight under the title (eight on de-portal-kalmerode-radweg: byline, date,
listen, save and share links, a caption, a plus label and a trial offer; a two-line table of contents on
en-blog-scopesandsandwiches-wintergulls and a four-line one, after the date, category and author rows, on
pl-blog-lornetkaitermos-jemioluszki); among the paragraphs before the subheading and between them and the
subheading: a four-line table of contents between the first and second paragraphs on
de-blog-meepleimkeller-koopabende, a caption or a gallery link between the first and second paragraphs on three
pages (the rail-strike story, the night-race post and the mittens post), a most-read link, an ad label, a caption, a
read-also link, or a video link and a related link, between the second paragraph and the paragraph with the quote on
six pages, a read-more link on the line right after the paragraph with the quote, in its block, on
en-portal-cotterhithe-tramextension, a caption or a read-also link between the paragraph with the quote and the
subheading on seven pages and a read-also link on the line right before the subheading, in its block, on
fr-portail-port-varel-pont-ferme; noise between the subheading and the first list row on four pages (the bridge
story's map link, the hat post's ad label, the bus story's PDF timetable and the ferry story's PDF timetable) and a
see-also link on the line right after the subheading, in its block, on ru-blog-spicyupechki-varezhki; gaps between
list rows on eight pages (an ad label inside the block of rows, between the first and second rows, on
en-portal-cotterhithe-tramextension; one line after the first row on two pages (the rail-strike story and the
night-race post), after the second on two (the gull post and the cycle-lane story) and after the third on
pl-blog-lornetkaitermos-jemioluszki; two separate one-line gaps, after the first and second rows, on
fr-blog-peloteetchaussette-bonnet; a two-line gap after the second row on pl-portal-brzozolesie-rozklad-autobusow),
none on fr-portail-port-varel-pont-ferme, de-blog-meepleimkeller-koopabende, ru-portal-olkhovyj-ples-parom-zima and
ru-blog-spicyupechki-varezhki; noise between the last list row and the last paragraphs on three pages (the
night-race post's ad label, the ferry story's Telegram prompt and the mittens post's PDF note) and between the two
last paragraphs on five (the bridge story's and the hat post's newsletter prompts, the co-op post's overview link,
the rail-strike story's podcast prompt and the bus story's Facebook prompt); and six to eleven at the foot, with
replies on every page (a "↳" reply, replies to replies "↳↳" on nine pages and "↳↳↳" on five: the gull, hat,
night-race, waxwing and mittens posts); two separate comments at the foot of the bridge, co-op, bus and ferry pages;
the feet of the gull, hat, co-op, waxwing and mittens posts and of the cycle-lane story have no footer or copyright
line. The subheadings and rows: en-portal-cotterhithe-tramextension "Where the new stops will be" (three rows),
en-blog-scopesandsandwiches-wintergulls "The list, in the order I found them" (four),
fr-portail-port-varel-pont-ferme "Ce qui change pour les usagers" (three), fr-blog-peloteetchaussette-bonnet "Ce
qu'il vous faut" (three), de-portal-kalmerode-radweg "Was sich ändert" (three), de-blog-meepleimkeller-koopabende
"Was gut funktioniert hat" (three), it-portale-valcastrena-sciopero-treni "Le fasce garantite" (three),
it-blog-fiatoneinquota-trail-notturno "Cosa ho imparato" (three), pl-portal-brzozolesie-rozklad-autobusow
"Najważniejsze zmiany" (three), pl-blog-lornetkaitermos-jemioluszki "Lista z wtorkowego poranka" (four),
ru-portal-olkhovyj-ples-parom-zima "Новое расписание" (three) and ru-blog-spicyupechki-varezhki "Что понадобилось"
(three); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language
en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by
place head 11, body 8, tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail
8), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page): en-portal-cotterhithe-tramextension
(a regional news portal's story on £212m approved for a tram line extension to a new estate, with a comment, a reply
and the paper's reply to it), en-blog-scopesandsandwiches-wintergulls (a birdwatching blog's post on six gull
species and a possible Caspian gull at an outfall roost, with a comment, the author's reply, a reply to it and the
author's reply to that), fr-portail-port-varel-pont-ferme (a regional news portal's story on a 1962 bridge closed to
cars until April for repairs, with two comments and the paper's reply to the first),
fr-blog-peloteetchaussette-bonnet (a knitting blog's post on a ribbed hat knitted in three evenings from one skein,
with a comment, the author's reply, a reply to it and the author's reply to that), de-portal-kalmerode-radweg (a
regional news portal's story on a new red-marked cycle lane replacing a car lane, with a comment and a reply),
de-blog-meepleimkeller-koopabende (a board-game blog's post on three evenings of a co-operative card game, with a
comment, the author's reply, a reply to it and another comment), it-portale-valcastrena-sciopero-treni (a regional
news portal's story on a 24-hour regional rail strike with guaranteed morning and evening bands, with a comment, a
reply and a reply to it), it-blog-fiatoneinquota-trail-notturno (a trail-running blog's post on a first 25 km night
trail race, with a comment, the author's reply, a reply to it and the author's reply to that),
pl-portal-brzozolesie-rozklad-autobusow (a regional news portal's story on a new bus timetable with a more frequent
line and a night line cut, with two guest comments and the paper's reply to the first),
pl-blog-lornetkaitermos-jemioluszki (a birdwatching blog's post on a flock of waxwings back in a riverside park,
with a comment, the author's reply, a reply to it and the author's reply to that),
ru-portal-olkhovyj-ples-parom-zima (a regional news portal's story on a river ferry's winter schedule of four
crossings a day, with a comment, the paper's reply, a reply to it and another comment) and
ru-blog-spicyupechki-varezhki (a knitting blog's post on a first pair of stranded-colourwork mittens with reindeer,
with a comment, the author's reply, a reply to it and the author's reply to that); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, under it, between the paragraphs and
the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit b5d41ecd3824f23404ff35842fa6536bbab719d2, measured with ``cd /tmp/wt-s99 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s99/src python -m pytest -q tests/test_clean_held_out_99.py -rA
-p no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s99 && PYTHONPATH=/tmp/wt-s99/src python
scripts/clean_held_out_report.py --sets 99`` (noise lines removed 35/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 25 of 240), with the xfail tables empty): noise lines removed 35/45 (marker 3/8, reading-time
4/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 3/3; missed, all kept in the text: at the head the
English "This story is 1,180 words long – about a five-minute read." and "☕ A two-coffee read (roughly nine
minutes)", the Italian "Ci vogliono circa sei minuti per leggere questo articolo." and the Russian "Рубрику ведёт
Зиновий Крутоярцев"; in the body the English "Image source, Getty Images" and "— Ottermoss Buses (@ottermossbus)
December 3, 2026", the German "Zum Abspielen des Videos bitte auf das Bild klicken", the Italian "Contenuto
riservato agli abbonati: accedi o abbonati per continuare a leggere." and the Russian "Развернуть на весь экран"; at
the foot the English "I also write a fortnightly Substack about gulls on city rooftops – it's free to subscribe.");
keep lines kept 20/20; pages 1/12 clean (de-portal-kalmerode-radweg), 25 of 240 page noise lines left and 3 of 120
article lines lost: en-portal-cotterhithe-tramextension 1 left ("A test tram at the Quayside stop in November.");
en-blog-scopesandsandwiches-wintergulls 2 left ("Photo: the roost at 7.40, about two thousand birds." and "Photo:
second-winter Mediterranean gull, far left."); fr-portail-port-varel-pont-ferme 2 left ("Le tablier du pont, où des
fissures ont été relevées en octobre. Photo archives" and "Carte interactive des déviations");
fr-blog-peloteetchaussette-bonnet 4 left ("Le bonnet terminé, avant blocage.", "Ma laine préférée est en vente dans
la boutique du blog", "Astuce : toutes mes fiches sont téléchargeables en PDF" and "Inscrivez-vous pour recevoir mes
nouveaux patrons"); de-blog-meepleimkeller-koopabende 6 left ("Inhalt", "1. Die Runde", "2. Was gut lief", "3. Unser
Fazit", "Das Spiel in der Aufbauphase – der Tisch war zu klein." and "Alle Spieleabende im Überblick");
it-portale-valcastrena-sciopero-treni 1 left ("Foto d'archivio: la stazione di Valcastrena nell'ora di punta.");
it-blog-fiatoneinquota-trail-notturno 3 left ("Galleria: 14 foto della gara", "Foto: il ristoro di metà gara alle
undici di sera." and "Scarica la traccia GPX del percorso"); pl-portal-brzozolesie-rozklad-autobusow 1 left ("Fot.
Przystanek przy dworcu autobusowym w Brzozolesiu"); pl-blog-lornetkaitermos-jemioluszki 2 left ("Zdjęcie:
jemiołuszki na jarzębinie, 8:15." and "Nagranie głosów stada znajdziesz na moim kanale");
ru-portal-olkhovyj-ples-parom-zima 1 left ("Расписание в формате PDF") and 3 article lines lost or put out of order
(its subheading "Новое расписание" and its two last paragraphs, "Стоимость проезда не изменится: 60 рублей для
взрослых, для школьников бесплатно." and "После ледостава жителей Заречья будет возить судно на воздушной подушке.",
the paragraphs after its Telegram prompt); ru-blog-spicyupechki-varezhki 2 left ("Варежки после влажно-тепловой
обработки." and "Схема оленей в PDF — по ссылке в конце поста"). Of the left page lines none stands above the title
(every skip link, site name, tagline, menu, search box, breadcrumb and posted-on row goes, as does the night-race
post's category label right before its title); two stand under the title (the photo captions of the tram and bridge
stories; every other byline, date, update time, badge, listen, save, share and bookmark link, view count, trial
offer and table of contents under the titles goes, as do the captions under the titles of the cycle-lane and ferry
stories); thirteen stand among the paragraphs before the subheading or between them and the subheading (the co-op
post's table of contents, the gallery link and the captions of the gull, hat, co-op, rail-strike, night-race, bus,
waxwing and mittens pages; the ad labels, the most-read, read-more, read-also, related and video links there go);
two stand between the subheading and the first list row (the bridge story's map link and the ferry story's PDF
timetable; the hat post's ad label and the bus story's PDF timetable go, as does the mittens post's see-also link
right after its subheading); five stand in gaps between list rows (the gull post's second caption, the hat post's
shop link and PDF tip, the night-race post's GPX link and the waxwing post's recording link; the tram story's ad
label inside its block of rows, the cycle-lane story's ad label, the rail-strike story's WhatsApp prompt and the bus
story's two-line gap go); one stands between the last list row and the last paragraphs (the mittens post's PDF note;
the night-race post's ad label and the ferry story's Telegram prompt go); two stand between the two last paragraphs
(the hat post's newsletter prompt and the co-op post's overview link; the bridge story's newsletter prompt, the
rail-strike story's podcast prompt and the bus story's Facebook prompt go); and none stands at the foot (every tag,
comment heading and count, commenter row, comment text, reply, more-from and older-post link, VAT and copyright line
goes). Three article lines are lost or put out of order, all on the ferry story: its subheading and the two
paragraphs after its Telegram prompt. The failing cases are strict xfails.

Still held out after round 79 (developed on sets 97 and 98: labelled photo captions ending in a full stop on a scraped
page, page inserts and file offers between list rows, a code slash between two-digit numbers in a row, more-news rails,
reading-time sentences, comment rules, map links, scroll and swipe prompts, video placeholders and countdowns; this set
was written against b5d41ec, before it; measured once with ``scripts/clean_held_out_report.py --sets 99`` at 40a902b):
noise lines removed 35/45 (unchanged), keep lines 20/20, pages clean 1 -> 2 of 12, page noise lines left 25 -> 22 of
240, article lines lost 3 -> 3 of 120 (the ferry story still loses its subheading and two last paragraphs after its
Telegram prompt). The winter-gulls post is clean (its two labelled captions go) and the waxwing post loses its labelled
caption; the unlabelled captions, the table of contents and the link lines between rows stay. Its entries are removed or
reworded to match.

Round 80 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_99.py`` at main's 0af0ad5 (before; after round
79) and the round's last commit on branch round80 (after): noise lines 35 -> 42 of 45 (marker 7/8, reading-time 6/7,
byline 7/8, footer 8/8, comments 8/8, share 3/3, notice 3/3), keep lines 20 -> 20 of 20, pages clean 2 -> 5 of 12, page
noise lines left 22 -> 16 of 240, article lines lost 3 -> 0 of 120; pytest 57 passed, 20 xfailed -> 67 passed, 10
xfailed. The ferry, rail-strike and bus stories are clean; the bridge story loses its caption and the night-race post
its gallery and GPX links. Fixed, by mechanism: a row listing two or more times of day is a timetable's row, not a
commenter's header (page_blocks._TIME_LIST in _is_time_in_article_row: the ferry story's rows 'Из Ольхового Плёса: 7:00,
10:00, 14:00, 17:00' read as two commenters, the page's thread started at its subheading and the subheading and the two
last paragraphs under its Telegram prompt went; they are kept again); the site's channel under a follow verb with 'our'
and a purpose clause is a prompt ('Следите за нашим каналом в Telegram, чтобы ...'); a caption with the archive's credit
after it ('... Photo archives', '... Фото из архива хора.') or under an archive picture's label or the Polish 'Fot.'
goes (clean._STOCK_OR_ARCHIVE_CREDIT, clean._BARE_CAPTION); a gallery's label with its count of pictures, links said to
be affiliates' after a quantifier ('Certains liens ci-dessous sont affiliés.'), a route's GPX track to download, a
document's title with its type ('Расписание в формате PDF') and the partners' news label ('Новости партнёров') go.
Classes added (six languages, near misses, test_round_80_*): timetable rows; follow-our-channel prompts; archive
captions and 'Fot.' labels; gallery counts, affiliate quantifiers, file titles and GPX tracks, partner-news labels; an
embedded X post's attribution ('— Name (@handle) December 3, 2026', a name of five words at most with no comma), a
picture source ('Image source, Getty Images'), a player's full-screen button, click-to-play call, ad-blocker and Flash
placeholders; reading-time sentences (the minutes it takes, the minutes the page requires, a word count and an N-minute
read); a blog theme's feed links, the page's generation time and a column's host ('Рубрику ведёт ...'). Left: the
Italian paywall line, the coffee-cup reading time and the Substack plug; the unlabelled captions, the co-op post's table
of contents and overview link, the hat post's shop link, PDF tip and newsletter prompt, the bridge story's map link, the
waxwing post's recording link, the mittens post's PDF note and the night-race post's labelled caption between the quote
and the subheading.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_99_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "A Flourish chart", "marker"),
    ("body", "Image source, Getty Images", "marker"),
    ("body", "— Ottermoss Buses (@ottermossbus) December 3, 2026", "marker"),
    ("head", "This story is 1,180 words long – about a five-minute read.", "reading-time"),
    ("head", "☕ A two-coffee read (roughly nine minutes)", "reading-time"),
    ("head", "Ansel Kirrowby, Local Democracy Reporting Service", "byline"),
    ("tail", "Patrons get every route as a GPX file a week early – join on Patreon from £3 a month.", "byline"),
    ("tail", "I also write a fortnightly Substack about gulls on city rooftops – it's free to subscribe.", "byline"),
    ("tail", "© 2026 Ottilie Fernstaple · Privacy ∙ Terms ∙ Collection notice", "footer"),
    ("tail", "Accessibility statement · Modern slavery statement · Manage cookie preferences", "footer"),
    ("tail", "Spindle & Gorse © 2026 · Published with Ghost", "footer"),
    ("tail", "Also on Ottermoss Evening Post", "comments"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Log in or register to post comments", "comments"),
    ("tail", "Share via Nextdoor | Facebook | LinkedIn | Email", "share"),
    # French
    ("tail", "Contenus sponsorisés par Taboola", "marker"),
    ("head", "Comptez environ six minutes pour lire cet article.", "reading-time"),
    ("head", "Par Élodie Carrousse, correspondante à Saint-Orbelin, avec AFP", "byline"),
    ("tail", "Directrice de la publication : Armance Ferrolet", "footer"),
    ("tail", "Signaler ce commentaire comme abusif", "comments"),
    ("tail", "Partager : Facebook · Messenger · LinkedIn · Copier le lien", "share"),
    # German
    ("body", "Zum Abspielen des Videos bitte auf das Bild klicken", "marker"),
    ("head", "Für diesen Text brauchen Sie etwa sechs Minuten.", "reading-time"),
    ("tail", "Du magst meine Spielberichte? Über Steady kannst du das Blog ab 3 € im Monat unterstützen.", "byline"),
    ("tail", "Verantwortlich im Sinne von § 18 Abs. 2 MStV: Konrad Heulendahl", "footer"),
    ("tail", "Dieser Kommentar wurde von der Redaktion gekürzt.", "comments"),
    (
        "head",
        "Mit * gekennzeichnete Links sind Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.",
        "notice",
    ),
    # Italian
    ("body", "Contenuto riservato agli abbonati: accedi o abbonati per continuare a leggere.", "marker"),
    ("head", "Ci vogliono circa sei minuti per leggere questo articolo.", "reading-time"),
    (
        "tail",
        "Iscriviti al canale YouTube del blog: ogni giovedì una nuova uscita in montagna, girata dal vivo.",
        "byline",
    ),
    (
        "tail",
        "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.",
        "footer",
    ),
    ("tail", "Sii il primo a commentare", "comments"),
    ("tail", "Condividi: Messenger, LinkedIn, Telegram, Email", "share"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "Przeczytasz w 5 minut", "reading-time"),
    (
        "tail",
        "Jeśli chcesz wspierać bloga, zajrzyj na mój profil na Patronite – tam wrzucam też nagrania głosów ptaków.",
        "byline",
    ),
    ("tail", "Regulamin · Polityka prywatności · Klauzula RODO · Kontakt z redakcją", "footer"),
    ("tail", "Oceń komentarz: 👍 12 👎 3", "comments"),
    ("body", "Zdjęcia mają charakter poglądowy.", "notice"),
    # Russian
    ("body", "Развернуть на весь экран", "marker"),
    ("head", "Материал на 6 минут чтения", "reading-time"),
    ("head", "Рубрику ведёт Зиновий Крутоярцев", "byline"),
    ("tail", "Учредитель: ООО «Затонская медиагруппа». Главный редактор: Т. Г. Вербохлёстова.", "footer"),
    ("tail", "Комментарий скрыт из-за низкого рейтинга", "comments"),
    ("tail", "Цены указаны на момент публикации.", "notice"),
]

HELD_OUT_99_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Image source files for the new tram maps have been published under an open licence, the council said."),
    ("head", "Shared with buses for 400 metres, the new cycle lane narrows to 1.5 metres at the junction."),
    ("body", "Comments are welcome until 9 January, when the consultation on the cycle lane closes."),
    ("body", "Reading the new timetable, commuters noticed that the last bus now leaves twenty minutes earlier."),
    ("tail", "Advertising on the new trams will pay for free Wi-Fi on board, according to the operator's bid."),
    ("tail", "Powered by overhead wires for most of the route, the trams will run on batteries across the bridge."),
    ("tail", "Follow-up inspections found two more cracked bearings under the east span."),
    # French
    ("head", "Publié au Journal officiel, l'arrêté fixe la fermeture du pont jusqu'au 30 avril."),
    ("body", "Partager la chaussée avec les bus reste le principal souci des cyclistes, selon l'association."),
    ("tail", "Commentaires et questions peuvent être déposés en mairie jusqu'au 15 janvier."),
    # German
    ("head", "Anzeigetafeln an allen Haltestellen zeigen ab Montag die neuen Abfahrtszeiten."),
    ("body", "Mehr zum Thema Ersatzverkehr erfahren Pendler an den Infoständen im Bahnhof."),
    ("tail", "Lesen Sie die Aushänge genau, rät der Verkehrsverbund: Einige Züge fahren schon früher."),
    # Italian
    ("head", "Pubblicità luminosa sulle fiancate dei nuovi autobus: il consiglio comunale ha detto no."),
    ("body", "Leggi anche gli orari festivi, ricorda l'azienda, perché a Natale cambiano di nuovo."),
    ("tail", "Condivisa con i monopattini, la nuova corsia sarà larga due metri e mezzo."),
    # Polish
    ("body", "Reklamy na wiatach przystankowych znikną do końca miesiąca, zapowiada zarząd dróg."),
    ("tail", "Komentarze pasażerów zebrane w ankiecie pokazały, że najważniejsza jest punktualność."),
    # Russian
    ("head", "Комментарии к новому расписанию жители оставляли на публичных слушаниях в октябре."),
    ("tail", "Реклама на бортах паромов, по словам директора, приносит компании почти треть дохода."),
]

HELD_OUT_99_PAGES: dict[str, tuple[str, NoisyCase]] = {
    # English
    "en-portal-cotterhithe-tramextension": _page("en", "en-portal-cotterhithe-tramextension", [
        ["-Skip to main content", "-The Cotterhithe Courier · News · Sport · What's On · Jobs"],
        ["+Tram line to Wickenholme will open in 2029 after £212m is approved"],
        [
            "-By Hollis Varnworth, Transport Reporter",
            "-Published 4 December 2026, 07:10 GMT",
            "-Last updated 4 December 2026, 09:45 GMT",
        ],
        ["-A test tram at the Quayside stop in November.", "-Picture: Cotterhithe Tramways"],
        ["-Save article", "-Topics: Transport · Trams · Wickenholme"],
        [
            "+The regional transport authority has approved £212m for a 3.4-mile extension of Cotterhithe's tram "
            "line to the new estate at Wickenholme.",
        ],
        ["+Work on six new stops is due to start next autumn, with the first passenger trams in spring 2029."],
        ["-Most read: Level crossing at Dray Lane to close for a weekend"],
        [
            "+\"For the first time, people in Wickenholme will be twelve minutes from the town centre without a "
            "car,\" said the authority's chair, Cllr Maren Oddie.",
            "-Read more: Why the 2019 tram plan was shelved",
        ],
        ["+Where the new stops will be"],
        [
            "+Wickenholme terminus, beside the new primary school",
            "-Advertisement",
            "+Dray Lane, with a park-and-ride for 300 cars",
        ],
        ["+Cotterhithe Quayside, where passengers can change to the existing line"],
        ["+The authority expects the extension to take 4,000 car journeys a day off the ring road."],
        ["+Residents can see the detailed plans at the central library from 12 January."],
        [
            "-Comments (3)",
            "-TramFan_77",
            "-Twelve years I've waited for this. Better late than never.",
            "-↳ Ruth O.",
            "-And the fares? Nobody ever mentions the fares.",
            "-↳↳ Courier Newsdesk",
            "-Fares will match the existing line, the authority told us.",
            "-© 2026 Cotterhithe Courier Ltd",
        ],
    ]),
    "en-blog-scopesandsandwiches-wintergulls": _page("en", "en-blog-scopesandsandwiches-wintergulls", [
        [
            "-Scopes and Sandwiches",
            "-Birding the estuary one flask at a time",
            "-Home  About  Trip reports  Gear  Contact",
            "-Home › Trip reports › Winter",
            "-Posted on 29 November 2026 by Bryony",
        ],
        ["+Six gulls and a question mark on one December morning"],
        ["-In this post", "-Getting there · The roost · The one that got away"],
        [
            "+I got to the outfall at Shingle Knap just after seven, an hour before high water, with two rounds of "
            "cheese and pickle and far too much coffee.",
        ],
        [
            "+The wind had swung north overnight and the gulls were packed onto the last strip of shingle, which is "
            "exactly what you want.",
        ],
        [
            "+A man walking his spaniel stopped, looked at the flock and said, \"They all look the same to me, "
            "love,\" which is fair enough before you've had your coffee.",
        ],
        ["-Photo: the roost at 7.40, about two thousand birds."],
        ["+The list, in the order I found them"],
        ["+Black-headed gull, several hundred", "+Common gull, around forty"],
        ["-Photo: second-winter Mediterranean gull, far left."],
        [
            "+Herring, lesser and great black-backed gulls, mixed in at the back",
            "+Mediterranean gull, two adults in winter plumage",
        ],
        [
            "+The question mark is a big pale gull that flew off before I could get the scope on it; it goes in the "
            "notebook as a possible Caspian.",
        ],
        [
            "-Tags: gulls, estuary, winter",
            "-4 comments",
            "-Dunlin_Dave",
            "-Lovely write-up. Was the Caspian ringed?",
            "-↳ Bryony",
            "-No ring I could see, sadly.",
            "-↳↳ Dunlin_Dave",
            "-Shame. Same spot next week?",
            "-↳↳↳ Bryony",
            "-Deal. Thursday's tide is even higher.",
            "-Older post › Frost on the reservoir",
        ],
    ]),
    # French
    "fr-portail-port-varel-pont-ferme": _page("fr", "fr-portail-port-varel-pont-ferme", [
        [
            "-Se connecter  S'abonner",
            "-Le Réveil de Port-Varel",
            "-Actualité  Faits divers  Sports  Agenda  Annonces légales",
            "-Port-Varel › Circulation",
        ],
        ["+Le pont de la Digue fermé aux voitures jusqu'au 30 avril pour réparations"],
        ["-Par Gaspard Ternissac", "-Le 3 décembre 2026 à 18 h 05", "-Abonnés"],
        ["-Le tablier du pont, où des fissures ont été relevées en octobre. Photo archives"],
        [
            "+Le pont de la Digue, qui relie le port au quartier de la Gare, sera fermé aux voitures à partir du "
            "lundi 7 décembre.",
        ],
        [
            "+Les inspecteurs y ont relevé en octobre des fissures sur deux piles et sur le joint de dilatation côté "
            "port.",
        ],
        ["-Publicité"],
        [
            "+« Nous ne prendrons aucun risque avec un ouvrage de 1962 », a déclaré le maire, Bastien Quérelle, lors "
            "du conseil municipal de jeudi.",
        ],
        ["-Lire aussi : Le quai Nord rouvert après six mois de travaux", "+Ce qui change pour les usagers"],
        ["-Carte interactive des déviations"],
        ["+Les piétons et les cyclistes pourront toujours traverser sur le trottoir aval."],
        ["+Les bus de la ligne 3 seront déviés par le boulevard de l'Estacade."],
        ["+Une navette gratuite reliera la gare au parking du port toutes les vingt minutes."],
        ["+Le coût des travaux est estimé à 1,8 million d'euros, financé à moitié par le département."],
        ["-Recevez l'essentiel de l'actualité de Port-Varel chaque matin : inscrivez-vous à la newsletter"],
        ["+Une réunion publique est prévue le 10 décembre à 18 h 30 à la salle des fêtes."],
        [
            "-Réagissez à cet article",
            "-Yvonne_P",
            "-Encore une fermeture, on va faire comment pour aller au marché ?",
            "-↳ La rédaction",
            "-La navette passe devant le marché le mercredi et le samedi.",
            "-Marc-Antoine B.",
            "-Il était temps, ce pont tremble quand un camion passe.",
            "-© Le Réveil de Port-Varel 2026",
        ],
    ]),
    "fr-blog-peloteetchaussette-bonnet": _page("fr", "fr-blog-peloteetchaussette-bonnet", [
        ["-Pelote et Chaussette", "-Le blog tricot d'Odile, entre deux rangs"],
        ["+Un bonnet à côtes en trois soirées, avec une seule pelote"],
        ["-Publié le 1er décembre 2026", "-Catégorie : Projets finis", "-Par Odile", "-Laisser un commentaire"],
        [
            "+J'avais une pelote de mérinos bleu canard qui traînait depuis le salon de l'an dernier, et l'envie "
            "d'un bonnet qui ne gratte pas.",
        ],
        ["+Trois soirées ont suffi, en tricotant surtout devant les séries, le chat sur les genoux."],
        [
            "+Ma voisine, qui tricote depuis cinquante ans, a regardé le résultat et m'a dit : « Des côtes "
            "deux-deux, c'est ce qu'il y a de plus honnête. »",
        ],
        ["-Le bonnet terminé, avant blocage."],
        ["+Ce qu'il vous faut"],
        ["-Publicité"],
        ["+Une pelote de 100 g de mérinos (environ 200 m)"],
        ["-Ma laine préférée est en vente dans la boutique du blog"],
        ["+Des aiguilles circulaires de 4 mm, câble de 40 cm"],
        ["-Astuce : toutes mes fiches sont téléchargeables en PDF"],
        ["+Un marqueur de rang et une aiguille à laine"],
        [
            "+Pour la diminution du sommet, j'ai tricoté deux mailles ensemble toutes les deux mailles, sur quatre "
            "tours.",
        ],
        ["-Inscrivez-vous pour recevoir mes nouveaux patrons"],
        ["+Et vous, vous préférez les côtes un-un ou deux-deux ?"],
        [
            "-4 commentaires",
            "-Maïté",
            "-Joli ! Tu bloques à la vapeur ou à l'eau ?",
            "-↳ Odile",
            "-À l'eau tiède, puis séchage sur un ballon.",
            "-↳↳ Maïté",
            "-Le coup du ballon, je n'y avais jamais pensé !",
            "-↳↳↳ Odile",
            "-Ça marche aussi avec un saladier retourné.",
        ],
    ]),
    # German
    "de-portal-kalmerode-radweg": _page("de", "de-portal-kalmerode-radweg", [
        ["-Login", "-Kalmeroder Tageblatt", "-Kalmerode · Landkreis · Sport · Kultur"],
        ["+Neuer Radweg auf der Lindenallee: zwei Meter breit, rot markiert, ab Montag frei"],
        ["-Von Wibke Austerhaus", "-04.12.2026, 06:30 Uhr"],
        ["-Artikel anhören", "-Merken", "-Teilen"],
        ["-Die neue Radspur an der Lindenallee kurz vor der Freigabe. Foto: Stadt Kalmerode"],
        ["-Kalmerode+ Artikel", "-Jetzt 4 Wochen für 0,99 € testen"],
        ["+Auf der Lindenallee zwischen Bahnhof und Marktplatz gibt es ab Montag einen durchgehenden Radweg."],
        [
            "+Die Stadt hat dafür auf 900 Metern eine Autospur in jeder Richtung weggenommen und die Fläche rot "
            "markiert.",
        ],
        ["-Video: So fährt es sich auf der neuen Spur"],
        ["-Auch interessant: Parkhaus am Bahnhof wird teurer"],
        [
            "+„Wer hier morgens zur Schule radelt, musste sich bisher zwischen Bussen und Lieferwagen "
            "durchschlängeln“, sagt Verkehrsdezernentin Helga Brünnighoff.",
        ],
        ["+Was sich ändert"],
        ["+Tempo 30 gilt auf dem ganzen Abschnitt."],
        ["+An vier Kreuzungen bekommen Radfahrer eigene Ampeln."],
        ["-Werbung"],
        ["+Lieferverkehr darf nur noch in zwei Ladezonen halten."],
        ["+Der örtliche Radclub lobt die Pläne, fordert aber eine Verlängerung bis zum Gewerbegebiet Nord."],
        ["+Die Bauarbeiten haben rund 640.000 Euro gekostet, die Hälfte trägt das Land."],
        [
            "-Mehr aus Kalmerode",
            "-Kommentare (2)",
            "-Radlerin_KA",
            "-Endlich! Jetzt noch die Ampel am Markt, bitte.",
            "-↳ Pendler1968",
            "-Und wo sollen die Autos jetzt hin?",
        ],
    ]),
    "de-blog-meepleimkeller-koopabende": _page("de", "de-blog-meepleimkeller-koopabende", [
        [
            "-Meeple im Keller",
            "-Brettspiele, Würfel und zu viel Kaffee",
            "-Startseite · Rezensionen · Spieleabende · Über mich",
        ],
        ["+Drei Abende, ein Deckel voller Karten: unser Winter-Kooperationsspiel"],
        ["-2. Dezember 2026 · Jonas · Spieleabende"],
        [
            "+Seit Oktober treffen wir uns donnerstags zu viert im Keller, und diesmal lag ein kooperatives "
            "Kartenspiel mit Leuchtturm-Thema auf dem Tisch.",
        ],
        ["-Inhalt", "-1. Die Runde", "-2. Was gut lief", "-3. Unser Fazit"],
        [
            "+Am ersten Abend sind wir zweimal im Nebel untergegangen, am zweiten knapp gescheitert, am dritten "
            "endlich durchgekommen.",
        ],
        ["+Meine Schwester Carla meinte danach: „So fühlt sich Teamarbeit an, wenn keiner den Chef spielen darf.“"],
        ["-Das Spiel in der Aufbauphase – der Tisch war zu klein."],
        ["+Was gut funktioniert hat"],
        ["+Keiner darf seine Karten zeigen, nur Hinweise geben."],
        ["+Die Ereigniskarten sorgen für echte Spannung."],
        ["+Nach 45 Minuten ist eine Partie vorbei."],
        ["+Nächste Woche probieren wir die Erweiterung mit dem Sturm-Modus."],
        ["-Alle Spieleabende im Überblick"],
        ["+Welche Koop-Spiele laufen bei euch gerade im Winter?"],
        [
            "-Schlagwörter: Koop, Kartenspiel, Spieleabend",
            "-3 Kommentare",
            "-Würfelwolf",
            "-Klingt super, wie lange dauert der Aufbau?",
            "-↳ Jonas",
            "-Etwa zehn Minuten, wenn man die Karten vorsortiert.",
            "-↳↳ Würfelwolf",
            "-Das ist fair.",
            "-Tabea_spielt",
            "-Wir spielen es zu zweit und finden es trotzdem gut!",
        ],
    ]),
    # Italian
    "it-portale-valcastrena-sciopero-treni": _page("it", "it-portale-valcastrena-sciopero-treni", [
        ["-Accedi | Abbonati", "-Cronache di Valcastrena", "-Cronaca · Politica · Sport · Economia · Necrologie"],
        ["+Sciopero dei treni regionali venerdì: garantite solo le fasce del mattino e della sera"],
        ["-di Chiara Benvolti", "-4 dicembre 2026, 08:12", "-Aggiornato alle 10:30"],
        ["+Venerdì 11 dicembre i treni regionali si fermeranno per 24 ore, dalle 21 di giovedì alle 21 di venerdì."],
        ["-Foto d'archivio: la stazione di Valcastrena nell'ora di punta."],
        [
            "+Lo sciopero è stato proclamato da tre sigle sindacali dopo la rottura della trattativa sui turni del "
            "personale.",
        ],
        ["-Annuncio pubblicitario"],
        ["+«Chiediamo scusa ai pendolari, ma non avevamo altra strada», ha detto il delegato Renzo Pesciolotti."],
        ["-Leggi anche: Nuovi treni sulla linea per il capoluogo dal 2028"],
        ["+Le fasce garantite"],
        ["+Dalle 6 alle 9 del mattino"],
        ["-Ricevi le notizie di Valcastrena su WhatsApp: iscriviti al canale"],
        ["+Dalle 18 alle 21 della sera"],
        ["+Nelle altre ore, solo i treni già partiti arriveranno a destinazione"],
        ["+L'azienda consiglia di controllare l'app prima di mettersi in viaggio."],
        ["-Ascolta il podcast del mattino di Cronache di Valcastrena"],
        ["+Gli abbonati mensili non riceveranno rimborsi per il giorno di sciopero."],
        [
            "-Tag: sciopero, treni, pendolari",
            "-2 commenti",
            "-Pendolare_stanco",
            "-Terzo sciopero in due mesi, ormai è un'abitudine.",
            "-↳ Nadia R.",
            "-I lavoratori però hanno ragione, i turni sono assurdi.",
            "-↳↳ Pendolare_stanco",
            "-Hanno ragione, ma a pagare siamo sempre noi.",
            "-P.IVA 00000000000 · Tutti i diritti riservati",
        ],
    ]),
    "it-blog-fiatoneinquota-trail-notturno": _page("it", "it-blog-fiatoneinquota-trail-notturno", [
        [
            "-Fiatone in Quota",
            "-Corsa in montagna, fango e panini al formaggio",
            "-Home  Gare  Allenamento  Attrezzatura  Chi sono",
        ],
        ["-Gare", "+Il mio primo trail notturno: 25 km con la frontale"],
        ["-5 dicembre 2026 · Lorenzo"],
        [
            "+Sabato scorso ho corso il mio primo trail notturno, 25 chilometri e 1.100 metri di dislivello sulle "
            "colline sopra casa.",
        ],
        ["-Galleria: 14 foto della gara"],
        ["+La partenza era alle nove di sera, con un vento che faceva ballare le luci delle frontali."],
        [
            "+Al ristoro di metà gara un volontario mi ha versato il tè dicendo: «Adesso viene il bello, la discesa "
            "è tutta sassi.»",
        ],
        ["-Foto: il ristoro di metà gara alle undici di sera."],
        ["+Cosa ho imparato"],
        ["+Portare una frontale di riserva, sempre"],
        ["-Scarica la traccia GPX del percorso"],
        ["+Le bacchette servono più in discesa che in salita"],
        ["+Mangiare qualcosa ogni 45 minuti, anche senza fame"],
        ["-Annuncio"],
        ["+Ho chiuso in 3 ore e 52 minuti, a metà classifica, con le ginocchia piene di fango."],
        ["+La prossima gara notturna è a marzo: qualcuno viene con me?"],
        [
            "-Potrebbe interessarti anche: Le mie scarpe per l'inverno",
            "-4 commenti",
            "-Giulia_trail",
            "-Che bello! La frontale quanti lumen aveva?",
            "-↳ Lorenzo",
            "-400, più che sufficienti nel bosco.",
            "-↳↳ Giulia_trail",
            "-Io ne ho una da 200 e non vedo niente!",
            "-↳↳↳ Lorenzo",
            "-Allora a marzo te ne presto una.",
            "-© 2026 Fiatone in Quota",
        ],
    ]),
    # Polish
    "pl-portal-brzozolesie-rozklad-autobusow": _page("pl", "pl-portal-brzozolesie-rozklad-autobusow", [
        ["-Gazeta Brzozoleska", "-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi", "-Szukaj"],
        ["+Od stycznia nowy rozkład jazdy autobusów: linia 7 co 12 minut, nocna linia N1 zlikwidowana"],
        ["-Autor: Agnieszka Kruszynowska", "-4 grudnia 2026, 10:15", "-Aktualizacja: 4 grudnia 2026, 12:40"],
        ["+Miejski przewoźnik opublikował rozkład jazdy, który zacznie obowiązywać 2 stycznia."],
        [
            "+Największa zmiana dotyczy linii 7, łączącej osiedle Zacisze z dworcem, która będzie kursować częściej "
            "w godzinach szczytu.",
        ],
        ["-Fot. Przystanek przy dworcu autobusowym w Brzozolesiu"],
        [
            "+– Zlikwidowanie linii nocnej to oszczędność 300 tysięcy złotych rocznie – tłumaczy prezes spółki Marek "
            "Pliszkowiak.",
        ],
        ["-Czytaj także: Remont ronda przy ul. Kolejowej przesunięty na wiosnę"],
        ["+Najważniejsze zmiany"],
        ["-Rozkład jazdy do pobrania (PDF, 2 MB)"],
        ["+Linia 7 – co 12 minut w szczycie, co 20 minut poza nim"],
        ["+Linia 12 – wydłużona do cmentarza komunalnego"],
        ["-Reklama", "-Sprawdź oferty pracy w Brzozolesiu"],
        ["+Linia N1 – zlikwidowana, zastąpiona przez kurs o 23.40 linii 7"],
        ["+Pasażerowie mogą zgłaszać uwagi do 20 grudnia w biurze obsługi klienta."],
        ["-Dołącz do nas na Facebooku"],
        ["+Nowe rozkłady zawisną na przystankach w ostatnim tygodniu grudnia."],
        [
            "-Komentarze (3)",
            "-Gość: mieszkaniec",
            "-A jak mam wrócić z nocnej zmiany?",
            "-↳ Redakcja",
            "-Kurs o 23.40 to wszystko, co proponuje przewoźnik.",
            "-Gość: Basia",
            "-Linia 7 co 12 minut to dobra wiadomość.",
            "-© 2026 Gazeta Brzozoleska. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    "pl-blog-lornetkaitermos-jemioluszki": _page("pl", "pl-blog-lornetkaitermos-jemioluszki", [
        ["-Lornetka i Termos"],
        ["+Jemiołuszki wróciły: sto dwadzieścia ptaków w parku przy rzece"],
        ["-3 grudnia 2026", "-Kategoria: Obserwacje", "-Autor: Kuba"],
        ["-Spis treści", "-Gdzie i kiedy", "-Stado przy kładce", "-Inne ptaki"],
        [
            "+We wtorek rano, w drodze do pracy, usłyszałem nad parkiem charakterystyczne dzwonienie i od razu "
            "wiedziałem, że wróciły jemiołuszki.",
        ],
        ["+Stado obsiadło jarzębiny przy kładce i przez pół godziny objadało się owocami."],
        ["+Pani z psem zapytała mnie: „To jakieś papugi?”, i przez chwilę naprawdę chciałem powiedzieć, że tak."],
        ["-Zdjęcie: jemiołuszki na jarzębinie, 8:15."],
        ["+Lista z wtorkowego poranka"],
        ["+Jemiołuszki – około 120", "+Kwiczoły – 14", "+Gile – para przy karmniku"],
        ["-Nagranie głosów stada znajdziesz na moim kanale"],
        ["+Dzięcioł duży – 1"],
        ["+Jeśli macie jarzębiny w okolicy, wyjdźcie w tym tygodniu – takie stada nie zostają długo."],
        [
            "-Tagi: jemiołuszki, zima, park",
            "-2 komentarze",
            "-Ela_ptasiara",
            "-U nas też są, przy bibliotece!",
            "-↳ Kuba",
            "-Super, to pewnie to samo stado.",
            "-↳↳ Ela_ptasiara",
            "-Możliwe, odleciały w stronę rzeki.",
            "-↳↳↳ Kuba",
            "-W sobotę sprawdzę, czy tam są.",
        ],
    ]),
    # Russian
    "ru-portal-olkhovyj-ples-parom-zima": _page("ru", "ru-portal-olkhovyj-ples-parom-zima", [
        ["-Плёсовские вести", "-Новости · Происшествия · Общество · Спорт"],
        ["+Паром через реку переходит на зимнее расписание: четыре рейса в день вместо восьми"],
        ["-Автор: Дарья Ледоставова", "-3 декабря 2026, 15:20", "-Просмотров: 1 248", "-Поделиться"],
        ["-Паром «Берегиня» у причала в Ольховом Плёсе. Фото: пресс-служба перевозчика"],
        ["+С 15 декабря паром между Ольховым Плёсом и Заречьем будет ходить по зимнему расписанию."],
        ["+Перевозчик сокращает число рейсов из-за ледовой обстановки и ранних сумерек."],
        ["-Читайте также: Мост в Заречье откроют не раньше 2028 года"],
        [
            "+«Когда пойдёт лёд, мы в любом случае встанем, а до этого будем возить людей, сколько сможем», — сказал "
            "капитан парома Степан Плавнищев.",
        ],
        ["+Новое расписание"],
        ["-Расписание в формате PDF"],
        ["+Из Ольхового Плёса: 7:00, 10:00, 14:00, 17:00"],
        ["+Из Заречья: 7:30, 10:30, 14:30, 17:30"],
        ["+По выходным последний рейс отменяется"],
        ["-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать об отмене рейсов"],
        ["+Стоимость проезда не изменится: 60 рублей для взрослых, для школьников бесплатно."],
        ["+После ледостава жителей Заречья будет возить судно на воздушной подушке."],
        [
            "-Комментарии (3)",
            "-Валентина",
            "-А к автобусу в 7:30 успеем?",
            "-↳ Редакция",
            "-Автобус в Заречье подождёт паром, обещают в администрации.",
            "-↳↳ Валентина",
            "-Спасибо, успокоили.",
            "-Сергей П.",
            "-Восемь рейсов было мало, а теперь четыре…",
            "-© 2026 «Плёсовские вести». 16+",
        ],
    ]),
    "ru-blog-spicyupechki-varezhki": _page("ru", "ru-blog-spicyupechki-varezhki", [
        [
            "-Спицы у печки",
            "-Блог о вязании и долгих зимних вечерах",
            "-Главная · Мастер-классы · Пряжа · Обо мне",
            "-Поиск по блогу",
        ],
        ["+Варежки с оленями: мой первый жаккард"],
        ["-1 декабря 2026", "-Рубрика: Готовые работы", "-Сохранить в закладки"],
        ["+Этой осенью я наконец решилась на жаккард и связала варежки с оленями для племянницы."],
        ["-Варежки после влажно-тепловой обработки."],
        ["+Схему нашла в старом журнале, но переделала рога — в оригинале олени были похожи на коров."],
        [
            "+Бабушка, глядя на мои протяжки, сказала: «Нитку не тяни, она тебе не враг», — и это лучший совет за "
            "всю работу.",
        ],
        ["+Что понадобилось", "-Смотрите также: Носки из остатков пряжи"],
        ["+Полушерстяная пряжа двух цветов, по 50 г"],
        ["+Чулочные спицы 2,5 мм"],
        ["+Терпение и хороший свет вечером"],
        ["-Схема оленей в PDF — по ссылке в конце поста"],
        ["+Следующими будут носки с таким же узором, если хватит пряжи."],
        ["+А вы вяжете жаккард с протяжками или со вставками?"],
        [
            "-Метки: варежки, жаккард, спицы",
            "-5 комментариев",
            "-Ирина_вяжет",
            "-Какие милые олени! Поделитесь схемой?",
            "-↳ Автор",
            "-Схема будет в следующем посте.",
            "-↳↳ Ирина_вяжет",
            "-Жду!",
            "-↳↳↳ Автор",
            "-Уже рисую в клеточку.",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "I also write a fortnightly Substack about gulls on city rooftops – it's free to subscribe.":
        "an English blog's Substack plug ('I also write a fortnightly Substack about gulls on city rooftops – it's "
        "free to subscribe.') is left at the foot",
    "Contenuto riservato agli abbonati: accedi o abbonati per continuare a leggere.":
        "an Italian paywall line ('Contenuto riservato agli abbonati: accedi o abbonati per continuare a leggere.') "
        "is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-portail-port-varel-pont-ferme":
        "the regional portal's bridge-closure story keeps its map link ('Carte interactive des déviations') "
        "between the subheading and the first list row (1 of 20 noise lines)",
    "fr-blog-peloteetchaussette-bonnet":
        "the knitting blog's ribbed-hat post keeps its photo caption ('Le bonnet terminé, avant blocage.') between "
        "the paragraph with the quote and the subheading, its PDF tip ('Astuce : toutes mes fiches sont "
        "téléchargeables en PDF') between the second and third list rows and its newsletter prompt ('Inscrivez-vous "
        "pour recevoir mes nouveaux patrons') between the two last paragraphs (3 of 20 noise lines)",
    "de-blog-meepleimkeller-koopabende":
        "the board-game blog's co-op evenings post keeps its table of contents ('Inhalt', '1. Die Runde', '2. Was "
        "gut lief' and '3. Unser Fazit') between the first and second paragraphs, its photo caption ('Das Spiel in "
        "der Aufbauphase – der Tisch war zu klein.') between the paragraph with the quote and the subheading and its "
        "overview link ('Alle Spieleabende im Überblick') between the two last paragraphs (6 of 20 noise lines)",
    "it-blog-fiatoneinquota-trail-notturno":
        "the trail-running blog's night-race post keeps its photo caption ('Foto: il ristoro di metà gara alle "
        "undici di sera.') between the paragraph with the quote and the subheading (1 of 20 noise lines)",
    "pl-blog-lornetkaitermos-jemioluszki":
        "the birdwatching blog's waxwing post keeps its recording link ('Nagranie głosów stada znajdziesz na "
        "moim kanale') between the third and fourth list rows (1 of 20 noise lines)",
    "ru-blog-spicyupechki-varezhki":
        "the knitting blog's reindeer-mittens post keeps its PDF note ('Схема оленей в PDF — по ссылке в конце "
        "поста') between the last list row and the last paragraphs (1 of 20 noise lines); since round 95 its photo "
        "caption between the first and second paragraphs goes",
}


test_held_out_99_line, test_held_out_99_line_is_kept, test_held_out_99_page = held_out_tests(
    HELD_OUT_99_LINES, HELD_OUT_99_KEEP, HELD_OUT_99_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
