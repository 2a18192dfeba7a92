"""Held-out set 87: written blind, weighted toward the noise the cleaner exists for, in shapes set 86's docstring does
not name (nor the first paragraphs of sets 83, 84 and 85): scraper, embed and ad markers (the Hearst-style English ad
break "Advertisement - Continue Reading Below", Hearst's YouTube import placeholder "This content is imported from
YouTube. You may be able to find the same content in another format, or you may be able to find more information, at
their web site.", an Economist-style English audio line "Listen to this story. Enjoy more audio and podcasts on iOS or
Android.", the French ad break "La suite après cette publicité", the German ad break "Weiterlesen nach der Anzeige", the
Italian ad break "L'articolo continua sotto la pubblicità", the Polish ad break "Pozostała część artykułu pod reklamą"
and the Russian ad break "Материал продолжится после рекламы"); reading-time headers in new wordings (the English "A
5-minute read" and a word count with reading time "1,150 words · about 5 minutes to read", Le Monde's French "Lecture 4
min.", the German "ca. 4 Minuten Lesezeit", the Italian "Tempo stimato di lettura: 6 minuti", the Polish
it-will-take-you "Przeczytanie zajmie Ci 4 minuty" and the Russian you'll-read-it-in "Прочитаете за 4 минуты"); bylines
and self-promotion (an English words-and-pictures credit "Words: Nell Harcastle · Pictures: Tom Bewsher", Substack's
thanks-for-reading plug "Thanks for reading Stillroom Loaves! Subscribe for free to receive new posts and support my
work.", a knitting blog's Ravelry plug with a discount code "All my patterns are available on Ravelry – use the code
WINTERWOOL for 20% off until Sunday.", a French fishing blog's author box "L'auteur : Bastien Querel, pêcheur à la
mouche depuis trente ans, raconte ici ses sorties au bord de l'eau.", a German staff-member byline "Von unserem
Redaktionsmitglied Sabine Kellerhoff", the Italian correspondent byline "Dal nostro corrispondente Ettore Bracciolini",
a Polish compiled-by credit "Opracowała: Joanna Wierciszewska" and a Russian prepared-by credit "Подготовила Ульяна
Просекова"); blog and site footers (WordPress's block-theme credit "Designed with WordPress", Wix's free-site footer "©
2026 by Purl and Pebble. Proudly created with Wix.com", an English link row with a modern slavery statement
"Subscriptions · Contact us · Terms and conditions · Cookie policy · Modern slavery statement", a French ISSN and
commission-paritaire line "ISSN 0000-0000 – Commission paritaire n° 0000 W 00000", a German responsible-for-content line
under the media state treaty "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jens Olbertz", an Italian web-agency
credit "Realizzazione sito web: Grafica Lucernetta – Web agency", a Polish terms-acceptance line "Korzystanie z portalu
oznacza akceptację Regulaminu i Polityki prywatności." and Tilda's "Made on Tilda"); reader-comment furniture (the
Facebook comments widget's title "Facebook Comments Plugin", a Slashdot-style archived-discussion line "This discussion
has been archived. No new comments can be posted.", a Disqus vote-and-reply row "4 • Reply • Share ›", a French
subscribers-only comments line "Les commentaires de cet article sont réservés aux abonnés.", a German comments-loading
line "Kommentare werden geladen …", an Italian comment count with an invitation "Questo articolo ha ricevuto 3 commenti.
Partecipa alla discussione!", a Polish hidden-by-the-moderator line "Komentarz został ukryty przez moderatora." and a
Russian comment total "Всего комментариев: 3"); share rows (an English Bluesky, LinkedIn, WhatsApp and text-message row,
a French Facebook, LinkedIn, Bluesky and SMS row and an Italian Facebook, X and e-mail row); and notices (a German
first-in-print note "Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 4. Dezember 2026.", a Polish
correction "Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy godzinę otwarcia lodowiska." and the Russian
illustrative-photo note "Фото носит иллюстративный характер."); and toward whole scraped news and hobby-blog pages in
layouts set 86 did not use, as far as its docstring describes them (more noise under the title and less at the foot,
tables of contents, noise between two list rows, newsletter boxes after the paragraph with the quote, nested comment
replies), taken from local sport, leisure and food and from blogs about baking bread, knitting, home cooking and fishing
(a regional portal's story on an amateur football club's new floodlights, with a comment and a reply, a bread blog's
post on a first proper rye loaf, with a comment and two nested replies, a regional portal's story on winter swimming at
an outdoor pool, with two comments, a knitting blog's post on a first pair of socks knitted in the round, with a comment
and a reply, a regional portal's story on a skittles club giving up its alley after 68 years, with two comments, a
cooking blog's post on beef roulades for a December Sunday, with a comment and a reply, a regional portal's story on a
chess club's fiftieth-anniversary tournament, with a comment and a reply, a fishing blog's post on the last trout outing
of the year, with a comment and a reply, a regional portal's story on a town's 500th Saturday parkrun, with a comment
and a reply, a bread blog's post on baking the Christmas Eve rye bread a week early and freezing it, with a comment and
a reply, a regional portal's story on a town's first covered ice rink opening, with a comment and two nested replies,
and a fishing blog's post on perch on the first ice, with a comment and a reply).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 86), held-out set 88 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 86 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 83, 84 and 85, printed with one ast script
(/tmp/s87scratch/read86.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments,
the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first
paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 86's, taken by a script (/tmp/s87scratch/build.py) from the ``def _marks`` node's line on,
with its xfail tables emptied (the three annotated assignments found with ``ast``) and 86 -> 87, then refilled after the
measurement. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s87, detached at commit 20007668e9c6e2223942406e778451603efb9045, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 86's file (and the first paragraphs
of sets 83, 84 and 85) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s87scratch/read86.out, 510 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to 510); the tool
that showed me the second page cut 42 lines out of its middle (set 86's last page reasons and the start of set 83's
first paragraph), so I printed lines 340 to 385 of the scratch file once more with ``sed``; nothing else was printed
twice. The docstring cut held (the printed docstring ended with set 86's Baseline paragraph). That allowed text itself
names set 86's scratch paths and its frozen commit (71a6aaaa6b6f97dde00264be9075df8f60dcefab); set 86's xfail reasons
quote its missed lines and left page lines, and two of them say a page line of set 86 goes "since round 73"; I saw these
only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open. The
build script, which read set 86's file to take its tail, printed nothing; I then printed the tail it wrote (set 86's
tail with the tables emptied, 26 lines). At my first step, reading my brief with ``cat``, I also ran ``ls -la`` on the
brief's folder, which printed its file names and no contents; ``git status --short`` in /work/main printed nothing (a
clean working tree). (2) The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit
subject was seen; I did not look up which round the frozen commit is. To see that the worktrees existed I ran ``ls`` on
/tmp/wt-s87 and /tmp/wt-set87, which printed the top-level names of the checkout (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests) and no file's contents. The branch set87 was made from the same commit; there this
file (with the xfail tables filled) gives only passed and xfailed tests (58 passed, 19 xfailed), which is a check of the
tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path (and
SPINSCOPE_DATA=/work/shared/data), which imports the cleaner's modules; nothing was run through the cleaner then and
none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The same script (/tmp/s87scratch/helpers.py) wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder for the stand-in noisy_corpus
module. (4) The lists were written as data in scratch files (/tmp/s87scratch/lists87.py and pages87.py) and put together
with the tail into this file by a script (/tmp/s87scratch/gen.py) that splits long string literals to fit 120 columns.
Before the measurement the file was executed from a scratch folder (/tmp/s87scratch/stand) with stand-ins (that copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) by /tmp/s87scratch/check.py, which
counted the lines by category, by language (from the ``# English`` ... comments) and by place, the keep lines by
language and by place, the pages by language, and checked that every page has 10 article and 20 noise lines, that no
page noise line repeats on its page, is a substring of an article line of its page or overlaps (equals, contains or is
contained in) a line of ``HELD_OUT_87_LINES`` or ``HELD_OUT_87_KEEP``, case-sensitively and case-insensitively, that no
page article line overlaps one of those lines and that no held-out noise line overlaps a keep line. While writing I had
already kept the page ad labels off "Publicité" and "PUB" (which the held-out French ad break and a French keep line
hold), "Sponsor" (which an English keep line opens with), "PUBBLICITÀ" (which the held-out Italian ad break holds) and a
bare "Реклама" (which a Russian keep line opens with). Its first run found two problems: the Italian portal's
table-of-contents entry "Il torneo" inside its first paragraph ("... si gioca il torneo rapid ...", case-insensitively)
and its comment heading "Commenti" inside the held-out "Questo articolo ha ricevuto 3 commenti. Partecipa alla
discussione!" (case-insensitively); the entries became "1. Il torneo", "2. La storia del circolo" and "3. Come
iscriversi" and the heading "I vostri commenti". The second run found nothing. After it one held-out line changed: the
Italian web agency "Grafica Tramontina" became "Grafica Lucernetta" (Tramontina is a real cookware brand); the third run
found nothing. As allowed, some page noise lines hold another noise line of their page (site names inside captions,
photo credits, replies and copyright lines, dates inside comment dates, author names inside bylines and replies, "Sport"
and "Спорт" inside menu and breadcrumb rows, a commenter name inside a second-level reply), and the French knitting
blog's comment heading ("2 réflexions sur « Mes premières chaussettes tricotées en rond »") holds the start of its
post's title, as WordPress prints it. No list changed after that check. (5) At the measurement (19:06:05 UTC) this
docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems
were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s87scratch/problems.py) that ran it
on every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons;
``_problems`` says "lost or out of order" for an article line, so the reasons say lost (or out of order). (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my own
memory; no gazetteer was available, so this is not a proof that they do not exist: Sallowfield Courier, Sallowfield
Rovers, Tadcombe, Rye Before Dawn, Stillroom Loaves, Purl and Pebble, Vaucrozet (and so Vaucrozet Infos), Garage
Delmottes, Pelote et Tisane, Wendelsrode and Wendelsroder (and so the Wendelsroder Bote), Schmorkammer, Castelbrugo (and
so Castelbrugo Oggi) and Castelbrughese, Lenza e Nebbia, Grabnowol- (and so Grabnowola and the Gazeta Grabnowolska),
Chlebowa Półka, Медведянск and Медведянские (and so Медведянские новости), Мормышка и термос, Lucernetta, Nell
Harcastle, Tom Bewsher, Bastien Querel, Sabine Kellerhoff, Jens Olbertz, Ettore Bracciolini, Wierciszewska and Просекова
had no hits; Sallowfield had hits only inside the identifiers disallowField and disallowFields, and Merlandou only
inside summerlandoutdoors, and both are used. Dropped after their checks: Ostlebury, planned as the English town (a town
of an invented world in others' data, and Postlebury a real ward), The Proving Drawer, planned as the bread blog (a
common phrase and a workshop's chapter title), Loamside, planned for the Substack plug (a real place in Queensland),
Wierzchlesie, planned as the Polish town (in a real site's domain), Ключеводск, planned as the Russian town (its
adjective in a list of invented regions), Pixelvalle, planned for the Italian web agency (PixelValley, a name of several
projects), Scarrowby, Dunnockley and Fenwold Notes (in others' invented data and name lists), Crumb Ledger (a phrase,
"breadcrumb ledger"), Tidewrack (a real word and a game name), Olszankowo (the stem of a real street name), Harriet
Colebrook, planned for the words-and-pictures credit (in a list of person-name patterns in a test), Halbritter and
Ferriby, planned for the German footer and the English credit (a real surname and a real place), and Grafica Tramontina
(no hit, but a real brand's name). Checked but not used: Knotwell Herald and Maschenglück Miri. Not checked, generic or
invented at sight: Brook Lane, the county FA, Skåne, the Prés-Bas pool, the place du Champ-de-Foire, the Kegelclub "Alle
Neune", the Gaststätte "Zum Ratskeller", the Ziegelei, the Farmacia San Rocco, the sala consiliare, the Kolejowa street,
the улица Заводская and Садовая улица, the Чёрное озеро and the skate-sharpening shop's address "ул. Заводская, 0". The
people's names (Nell Harcastle, Tom Bewsher, Bastien Querel, Sabine Kellerhoff, Jens Olbertz, Ettore Bracciolini, Joanna
Wierciszewska, Ульяна Просекова, Alan Pym, Dorothy Keel, Steve_B_Rovers, Mandy Pym, Ingrid, Ingrid L., Pete, Françoise
Merlandou, Gérard_du_43, Nadège V., Clémence, Mireille, Christoph Aumüller, Horst Wiemeyer, Erika S., Jürgen K., Oma
Hilde, Bärbel, Kathrin, Arturo Pellizzari, Luigi_62, Marta C., Michele, Franco, Tomasz Kwiecień, Ewa Pawlikowska, Ewa
P., pan Zdzisław, biegaczka_z_osiedla, Krystyna, Ania, Наталья Свиридова, Ирина_К, Сергей Мальцев, Валерий) are
invented, though ordinary names real people may bear; none is meant as a real person. The ISSN, the commission-paritaire
number and the street number are zero-filled; there are no phone numbers and no e-mail addresses. (7) Some lines name
real things, as real pages do (all from memory): Hearst's "Advertisement - Continue Reading Below" and its YouTube
import placeholder, The Economist's listen line with iOS and Android, Substack's "Thanks for reading ...! Subscribe for
free to receive new posts and support my work.", Ravelry, WordPress's "Designed with WordPress", Wix's "Proudly created
with Wix.com", the UK modern slavery statement, the Facebook Comments Plugin, Slashdot's archived-discussion wording,
Disqus's "Reply • Share ›", Bluesky, LinkedIn, WhatsApp, Le Monde's "Lecture 4 min.", the French ISSN and commission
paritaire (CPPAP), the German Medienstaatsvertrag (MStV) and its § 18 Abs. 2, the Italian "dal nostro corrispondente",
Tilda's "Made on Tilda", X and SMS; on the pages the county FA, parkrun, the Kadence, GeneratePress and Neve themes,
WordPress, Pinterest, Amazon, Facebook, WhatsApp, Skåne, the Italian chess federation (as "la Federazione"), the rapid
time control of 15 minutes plus 10 seconds a move, the Wigilia, "Gut Holz" and "Alle Neune" (the skittlers' greeting and
a common club name) and the 16+ mark of Russian sites and ads. (8) Set 86's docstring names its own shapes and set 86's
page layouts only (and sets 83 to 85 their shapes in their first paragraphs), so some lines may repeat shapes of sets
before 83 or of the development lists that I could not check; in particular "Advertisement - Continue Reading Below",
"La suite après cette publicité", "Designed with WordPress", Wix's "Proudly created with Wix.com", "Made on Tilda",
"Facebook Comments Plugin" and "Фото носит иллюстративный характер." are common enough that an earlier set may hold
them. Close to shapes sets 83 to 86 named: the six ad breaks are near the Yahoo-style "Story continues", the
Forbes-style scroll marker and the Polish video ad break "Dalsza część artykułu pod materiałem wideo" (the Polish one
closest); the YouTube import placeholder is near their blocked-embed and external-embed placeholders; the listen line is
near their French audio button and audio-player row; the reading-time rows are reading-time rows in other words (the
Polish one near set 86's "Ten wpis przeczytasz w około 6 minut"); the words-and-pictures, compiled-by and prepared-by
credits are near their text-and-photos credits and author labels; the staff-member and correspondent bylines are near
their correspondent byline; the Substack and Ravelry plugs are plugs like their Ko-fi, Patreon, Patronite and Komoot
ones; the French author box is near their author bios; the WordPress, Wix and Tilda credits and the web-agency credit
are near their Ghost, Blogger, Weebly, Jimdo, Astra and Hugo credits; the modern-slavery link row is near their German
link rows; the ISSN line, the MStV line and the Polish terms line are legal footers near their registration, publisher
and Impressum lines; the Facebook widget title is near set 86's Facebook action row; the archived-discussion and
subscribers-only lines are near their comments-closed, comments-disabled and members-only lines; the Disqus vote row is
near their Disqus reactions row; the comments-loading line is near set 85's Disqus noscript line; the Italian and
Russian comment counts are near their comment-count headings and be-the-first prompt; the hidden-by-the-moderator line
is near their premoderation and moderation notes; the share rows are share rows on other platforms; the first-in-print
note and the Polish correction are near their update notes; the illustrative-photo note is near set 83's image-rights
notice. Page chrome repeats kinds of line set 86's docstring names among its noise (photo captions, ad labels and ads,
read-also, might-like and most-read links, newsletter and Pinterest prompts, affiliate notes, tables of contents, view
counts, theme credits), as real pages carry them. (9) My first step's clock reading was 2026-12-04 18:59:38 UTC; the
measurement ran at 19:06:05 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's
hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sponsored by a local haulage firm", "Listen to the older
members", "Subscriptions at the lido", "Shared ownership of the clubhouse", "Comments from the referees' association",
"Follow-through is everything", "Copyright on the club's crest", "Publicité gratuite ou presque", "Partager un plateau
d'huîtres", "Abonnés depuis vingt ans", "Anzeige erstattet hat der Verein", "Kommentiert hat der Bürgermeister", "Teilen
wollen sich die Kegler", "Pubblicato per la prima volta", "Condividere il lievito madre", "Iscriviti al corso", "Reklamą
dla klubu", "Komentarze trenerów", "Подписались под обращением" and "Реклама катку не понадобилась" are article
sentences. The ad breaks, the YouTube placeholder and the listen line are counted as markers; the reading-time rows (the
word count with them) as reading-time lines; the words-and-pictures, staff-member, correspondent, compiled-by and
prepared-by credits, the Substack and Ravelry plugs and the French author box as bylines; the WordPress, Wix, link-row,
ISSN, MStV, web-agency, terms and Tilda rows as footers; the Facebook widget title, the archived-discussion line, the
Disqus row, the subscribers-only line, the comments-loading line, the Italian and Russian comment counts and the
hidden-comment line as comments; the share rows as share; the first-in-print note, the correction and the
illustrative-photo note as notices. On every page the title, the first paragraph, the paragraph with the quote (and on
seven pages a third paragraph after it), the subheading, its list rows and the last paragraphs are article (10 lines a
page; the blog posts' closing lines about the next loaf, the second sock, the leftovers, the cup of broth, the next post
and the next weekend are their last paragraphs and counted as article) and everything else is noise (20 lines a page);
in particular site names and taglines, menus, search boxes, breadcrumbs, dates, weather, section and category names,
bylines, publication, update and view-count lines, affiliate notes, tables of contents, photo captions and photo
credits, ad labels and ads, read-also, also-interesting, recommended, might-like, most-read and gallery links,
newsletter boxes and prompts, pattern-shop, Pinterest, print and e-mail-subscription prompts, jump-to-recipe links,
tags, share lines, comment headings and counts, commenter rows, comment dates and texts, reply links, nested replies,
previous and older-post links, theme and platform credits, copyright and legal lines are noise. The layouts:
en-portal-sallowfield-floodlights 2 noise lines above the title, 4 under it, a 4-line table of contents before the first
paragraph, 1 between the first paragraph and the paragraph with the quote, 9 at the foot ("How the money was raised",
four rows, two last paragraphs); en-blog-ryebeforedawn-rye 4 above, 2 under, 2 between the first paragraph and the
quote, 1 between the subheading and the rows, 1 between the rows and the last paragraphs, 10 at the foot ("What finally
worked", three rows); fr-portail-vaucrozet-baignade 3 above, 3 under, 2 between the first paragraph and the quote, 2
between the second and the third list row, 10 at the foot ("Les règles à respecter", three rows);
fr-blog-peloteettisane-chaussettes 2 above, 6 under (with a one-line table of contents), 2 between the first paragraph
and the quote, 2 between the rows and the last paragraphs, 1 between the two last paragraphs, 7 at the foot ("Ce qu'il
vous faut", four rows); de-portal-wendelsrode-kegelbahn 5 above, 1 under, a 3-line newsletter box between the paragraph
with the quote and the third paragraph, 1 between the second and the third list row, 10 at the foot ("Was aus der Bahn
wird", four rows, one last paragraph); de-blog-schmorkammer-rouladen 3 above, 2 under, a 4-line table of contents, 1
between the first paragraph and the quote, 2 between the rows and the last paragraphs, 8 at the foot ("Was in die
Füllung kommt", three rows); it-portale-castelbrugo-scacchi 3 above, 2 under, a 4-line table of contents, 1 between the
first paragraph and the quote, 2 between the rows and the last paragraphs, 8 at the foot ("Il programma della giornata",
three rows); it-blog-lenzaenebbia-trota 5 above, 1 under, a 3-line newsletter box after the paragraph with the quote, 1
between the second and the third list row, 10 at the foot ("L'attrezzatura che ho usato", four rows, one last
paragraph); pl-portal-grabnowola-parkrun 2 above, 6 under, 2 between the first paragraph and the quote, 2 between the
rows and the last paragraphs, 1 between the two last paragraphs, 7 at the foot ("500. parkrun w liczbach", four rows);
pl-blog-chlebowapolka-zytni 3 above, 3 under, 2 between the first paragraph and the quote, 2 between the second and the
third list row, 10 at the foot ("Jak mrożę chleb", three rows); ru-portal-medvedyansk-katok 4 above, 2 under, 2 between
the first paragraph and the quote, 1 between the subheading and the rows, 1 between the rows and the last paragraphs, 10
at the foot ("Расписание массового катания", three rows); ru-blog-mormyshka-okun 2 above, 4 under, a 4-line table of
contents, 1 between the first paragraph and the quote, 9 at the foot ("Что взял с собой", four rows); where not said,
two last paragraphs. All subheadings and rows are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-sallowfield-floodlights (a regional news portal's story
on an amateur football club playing under its own floodlights after a ten-year wait, with a comment and a reply),
en-blog-ryebeforedawn-rye (a bread blog's post on a first proper rye loaf, with a comment and two nested replies),
fr-portail-vaucrozet-baignade (a regional news portal's story on winter swimming in an outdoor pool kept open for the
first time, with two comments), fr-blog-peloteettisane-chaussettes (a knitting blog's post on a first pair of socks
knitted in the round, with a comment and a reply), de-portal-wendelsrode-kegelbahn (a regional news portal's story on a
skittles club giving up its alley after 68 years, with two comments), de-blog-schmorkammer-rouladen (a home-cooking
blog's post on beef roulades for a December Sunday, with a comment and a reply), it-portale-castelbrugo-scacchi (a
regional news portal's story on a chess club's fiftieth-anniversary rapid tournament, with a comment and a reply),
it-blog-lenzaenebbia-trota (a fishing blog's post on the last trout outing of the year in the fog, with a comment and a
reply), pl-portal-grabnowola-parkrun (a regional news portal's story on a town's 500th Saturday parkrun, with a comment
and a reply), pl-blog-chlebowapolka-zytni (a bread blog's post on baking the Christmas Eve rye bread a week early and
freezing it, with a comment and a reply), ru-portal-medvedyansk-katok (a regional news portal's story on a town's first
covered ice rink opening, with a comment and two nested replies) and ru-blog-mormyshka-okun (a fishing blog's post on
perch on the first ice, with a comment and a reply); every page holds a title, a subheading with list rows, a quote in
the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 20007668e9c6e2223942406e778451603efb9045, measured with ``cd /tmp/wt-s87 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s87/src python -m pytest -q tests/test_clean_held_out_87.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s87 && PYTHONPATH=/tmp/wt-s87/src python
scripts/clean_held_out_report.py --sets 87`` (noise lines removed 37/45, article lines kept 19/20, pages clean 2/12,
page noise lines left 28 of 240), with the xfail tables empty): noise lines removed 37/45 (marker 7/8, reading-time 6/7,
byline 6/8, footer 7/8, comments 6/8, share 3/3, notice 2/3; missed, all kept in the text: the English "Listen to this
story. Enjoy more audio and podcasts on iOS or Android." and "Words: Nell Harcastle · Pictures: Tom Bewsher" and the
Polish "Przeczytanie zajmie Ci 4 minuty" put at the head; the Polish "Sprostowanie: w pierwotnej wersji tekstu błędnie
podaliśmy godzinę otwarcia lodowiska." put in the body; and the English "All my patterns are available on Ravelry – use
the code WINTERWOOL for 20% off until Sunday." and "This discussion has been archived. No new comments can be posted.",
the French "ISSN 0000-0000 – Commission paritaire n° 0000 W 00000" and the Italian "Questo articolo ha ricevuto 3
commenti. Partecipa alla discussione!" put at the foot); keep lines kept 19/20 (lost or out of order: the Italian
"Iscriviti al corso, mi disse la maestra di maglia, e smetti di guardare i video." put at the foot); pages 2/12 clean
(en-portal-sallowfield-floodlights and fr-portail-vaucrozet-baignade), 28 of 240 page noise lines left and 3 of 120
article lines lost (reported lost or out of order): en-blog-ryebeforedawn-rye 2 left ("The finished loaf on the bread
board, cut after a full day's rest." and "Jump to recipe"); fr-blog-peloteettisane-chaussettes 1 left ("Mes chaussettes
terminées, posées sur le bord de la fenêtre."); de-portal-wendelsrode-kegelbahn 2 left ("Das Wichtigste aus Wendelsrode
jeden Morgen um 6 Uhr in Ihrem Postfach." and "Jetzt kostenlos anmelden"); de-blog-schmorkammer-rouladen 4 left
("Inhaltsverzeichnis", "1. Warum Rouladen im Winter", "2. Die Füllung" and "3. Schmoren ohne Stress");
it-portale-castelbrugo-scacchi 6 left ("Indice", "1. Il torneo", "2. La storia del circolo", "3. Come iscriversi", "Foto
d'archivio: la prima sede del circolo nel 1977" and "Farmacia San Rocco – Aperta anche la domenica mattina");
it-blog-lenzaenebbia-trota 3 left ("Ricevi un nuovo racconto di pesca ogni mese.", "Iscrivimi" and "Link affiliato: il
mulinello che uso è in offerta su Amazon"); pl-portal-grabnowola-parkrun 2 left ("Zobacz galerię: 40 zdjęć z
jubileuszowego biegu" and "Polecamy: Lodowisko przy hali otwarte od piątku") and 3 lost (its subheading "500. parkrun w
liczbach", its first list row "312 uczestników, w tym 47 osób po raz pierwszy" and its last paragraph "Kolejny parkrun –
jak zawsze – w sobotę o 9.00, zbiórka przy przystani kajakowej."); pl-blog-chlebowapolka-zytni 1 left ("Bochenek po
dobie odpoczynku, gotowy do zamrożenia."); ru-portal-medvedyansk-katok 2 left ("Каток на Заводской в день открытия. Фото
пресс-службы администрации" and "Заточка коньков за 15 минут — ул. Заводская, 0"); ru-blog-mormyshka-okun 5 left
("Содержание", "1. Какой был лёд", "2. Где стоял окунь", "3. Чем ловил" and "Первый окунь сезона, ещё на льду."). Of the
left page lines none stands above the title and none at the foot (every tag, share, comment heading, commenter row,
comment date, comment text, reply, nested reply, most-read, previous-post, subscription prompt, theme credit, copyright
and legal line at the foot goes, on blogs and portals alike); twelve are the three 4-line tables of contents under the
title (the roulades post, the chess story and the first-ice post; the English portal's table of contents and the French
blog's one-line contents go, and so does every other line under the titles); six are photo captions between the first
paragraph and the paragraph with the quote (the rye-loaf, socks, chess, rye-bread, ice-rink and first-ice pages; the
Pinterest prompts, ad labels, ads and read-also link beside them go, and so does the caption of the English portal's and
of the French portal's gap); one is the rye-loaf post's jump link between the subheading and the list rows (the ice
rink's ad label there goes); four are the newsletter boxes' text and button between the paragraph with the quote and the
next paragraph (the skittles story and the trout post; both boxes' headings go); one is the trout post's affiliate link
between two list rows (the skittles story's also-interesting link and the French portal's and the Polish blog's two
lines between rows go); and four stand after the list rows (the chess story's pharmacy ad, whose label goes, the parkrun
story's gallery and recommended links and the ice-rink story's skate-sharpening ad). Three article lines are lost, all
on the parkrun story: its subheading, its first list row and its last paragraph. The failing cases are strict xfails.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 37 -> 38/45 (38 with the sets 1-82 model; the Italian
comment count with its join-the-discussion invitation goes), keep lines 19/20, pages clean 2/12 and 28 of 240 page noise
lines left (unchanged), article lines lost 3 of 120 (unchanged). This set was measured at its baseline before the second
opinion existed; an earlier version of it (trained on sets 1-86 without the keep tests' lines, walking both edges) was
measured on it once too, with 39/45 lines, before the development tests showed that version took article lines.

Round 74 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_87.py`` at 507796f (before) and the round's
last commit on branch round74 (after): noise lines 38 -> 38 of 45 (marker 7/8, reading-time 6/7, byline 6/8, footer 7/8,
comments 7/8, share 3/3, notice 2/3, unchanged), keep lines 19 -> 20 of 20, pages clean 2 -> 3 of 12, page noise lines
left 28 -> 16 of 240, article lines lost 3 -> 0 of 120; pytest 59 passed, 18 xfailed -> 61 passed, 16 xfailed. On this
set: the parkrun story keeps its subheading, first list row and last paragraph (only its gallery and recommended links
are left), the Italian keep line 'Iscriviti al corso, mi disse ...' stays, and the three 4-line tables of contents
(roulades, chess, first-ice) go; the roulades post is clean. Fixed, by mechanism: a time of day inside a row of the
article's own block (a short sentence with words on both sides of the time, 'Утренний рейс в 7:10 из Сосновки.', or a
worded label in lower case over a time under another row, 'Najszybszy czas: 16:42') no longer reads as a commenter's
header, which had started the page's thread at the subheading (page_blocks._is_time_in_article_row); a subheading
opening with a number ('500. parkrun w liczbach') over its rows is no count row (_is_numbered_heading); a nested reply's
arrow over the replier's name ('↳ Ewa P.') marks a reader-comment thread (noise_patterns.NESTED_REPLY), so the parkrun
story's thread is still found once the race time is no anchor; a call word glued by a hyphen to the word before it
('apple-share scheme', 'car-share club') is a noun, no call to the reader (clean._is_compound_part); the Italian passato
remoto and the French passé simple are verbs of saying in a reported call ('Iscriviti al corso, mi disse la maestra
...'); and a table of contents above the article's first paragraph may number its entries '1. ...'
('Inhaltsverzeichnis', 'Indice dei contenuti', 'Spis treści', 'Содержание', 'Contents', 'Sommaire'; below the first
paragraph such a list stays the article's). Left: the single lines of the _LINE_XFAIL table, photo captions between
paragraphs, newsletter boxes, ad labels with their ads and affiliate and jump links between list rows (no time left in
the round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_87_LINES: list[tuple[str, str, str]] = [
    # English
    ('body', 'Advertisement - Continue Reading Below', 'marker'),
    ('body',
     'This content is imported from YouTube. You may be able to find the same content in another format, or you may '
     'be able to find more information, at their web site.',
     'marker'),
    ('head', 'Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'marker'),
    ('head', 'A 5-minute read', 'reading-time'),
    ('head', '1,150 words · about 5 minutes to read', 'reading-time'),
    ('head', 'Words: Nell Harcastle · Pictures: Tom Bewsher', 'byline'),
    ('tail',
     'Thanks for reading Stillroom Loaves! Subscribe for free to receive new posts and support my work.',
     'byline'),
    ('tail', 'All my patterns are available on Ravelry – use the code WINTERWOOL for 20% off until Sunday.', 'byline'),
    ('tail', 'Designed with WordPress', 'footer'),
    ('tail', '© 2026 by Purl and Pebble. Proudly created with Wix.com', 'footer'),
    ('tail', 'Subscriptions · Contact us · Terms and conditions · Cookie policy · Modern slavery statement', 'footer'),
    ('tail', 'Facebook Comments Plugin', 'comments'),
    ('tail', 'This discussion has been archived. No new comments can be posted.', 'comments'),
    ('tail', '4 • Reply • Share ›', 'comments'),
    ('tail', 'Share: Bluesky · LinkedIn · WhatsApp · Text message', 'share'),
    # French
    ('body', 'La suite après cette publicité', 'marker'),
    ('head', 'Lecture 4 min.', 'reading-time'),
    ('tail',
     "L'auteur : Bastien Querel, pêcheur à la mouche depuis trente ans, raconte ici ses sorties au bord de l'eau.",
     'byline'),
    ('tail', 'ISSN 0000-0000 – Commission paritaire n° 0000 W 00000', 'footer'),
    ('tail', 'Les commentaires de cet article sont réservés aux abonnés.', 'comments'),
    ('tail', 'Partager sur : Facebook | LinkedIn | Bluesky | SMS', 'share'),
    # German
    ('body', 'Weiterlesen nach der Anzeige', 'marker'),
    ('head', 'ca. 4 Minuten Lesezeit', 'reading-time'),
    ('head', 'Von unserem Redaktionsmitglied Sabine Kellerhoff', 'byline'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Jens Olbertz', 'footer'),
    ('tail', 'Kommentare werden geladen …', 'comments'),
    ('tail', 'Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 4. Dezember 2026.', 'notice'),
    # Italian
    ('body', "L'articolo continua sotto la pubblicità", 'marker'),
    ('head', 'Tempo stimato di lettura: 6 minuti', 'reading-time'),
    ('head', 'Dal nostro corrispondente Ettore Bracciolini', 'byline'),
    ('tail', 'Realizzazione sito web: Grafica Lucernetta – Web agency', 'footer'),
    ('tail', 'Questo articolo ha ricevuto 3 commenti. Partecipa alla discussione!', 'comments'),
    ('tail', 'Condividi su Facebook | Condividi su X | Invia per email', 'share'),
    # Polish
    ('body', 'Pozostała część artykułu pod reklamą', 'marker'),
    ('head', 'Przeczytanie zajmie Ci 4 minuty', 'reading-time'),
    ('tail', 'Opracowała: Joanna Wierciszewska', 'byline'),
    ('tail', 'Korzystanie z portalu oznacza akceptację Regulaminu i Polityki prywatności.', 'footer'),
    ('tail', 'Komentarz został ukryty przez moderatora.', 'comments'),
    ('body', 'Sprostowanie: w pierwotnej wersji tekstu błędnie podaliśmy godzinę otwarcia lodowiska.', 'notice'),
    # Russian
    ('body', 'Материал продолжится после рекламы', 'marker'),
    ('head', 'Прочитаете за 4 минуты', 'reading-time'),
    ('tail', 'Подготовила Ульяна Просекова', 'byline'),
    ('tail', 'Made on Tilda', 'footer'),
    ('tail', 'Всего комментариев: 3', 'comments'),
    ('tail', 'Фото носит иллюстративный характер.', 'notice'),
]

HELD_OUT_87_KEEP: list[tuple[str, str]] = [
    # English
    ('head', 'Sponsored by a local haulage firm until 2019, the club now pays for its own kit and travel.'),
    ('head', 'Listen to the older members and they will tell you the rink was once a cattle market.'),
    ('body',
     'Subscriptions at the lido rose by a third after the first winter swim was filmed for regional television.'),
    ('body', 'Shared ownership of the clubhouse was agreed at an extraordinary general meeting in March.'),
    ('tail', "Comments from the referees' association were read out before the vote on the floodlights."),
    ('tail', 'Follow-through is everything in bowls, the captain said, and so is patience on a slow green.'),
    ('tail', "Copyright on the club's crest, drawn by a founder member in 1951, passed to the town in his will."),
    # French
    ('head', "Publicité gratuite ou presque : le club a tapissé les vitrines du centre-ville d'affiches faites main."),
    ('body', "Partager un plateau d'huîtres après la baignade est devenu la tradition du 1er janvier."),
    ('tail',
     "Abonnés depuis vingt ans au championnat départemental, les joueurs d'échecs ont fêté leur centième rencontre."),
    # German
    ('head', 'Anzeige erstattet hat der Verein nach dem Diebstahl der alten Flutlichtmasten nicht.'),
    ('body', 'Kommentiert hat der Bürgermeister die Eröffnung der Eisbahn mit einem einzigen Wort: endlich.'),
    ('tail', 'Teilen wollen sich die Kegler und die Boulespieler das Vereinsheim auch künftig nicht.'),
    # Italian
    ('head', 'Pubblicato per la prima volta nel 1962, il ricettario della nonna è ancora il mio punto di partenza.'),
    ('body', "Condividere il lievito madre con i vicini è un'abitudine che in paese non si è mai persa."),
    ('tail', 'Iscriviti al corso, mi disse la maestra di maglia, e smetti di guardare i video.'),
    # Polish
    ('head', 'Reklamą dla klubu były same zawody: na pierwszy parkrun przyszło czternaście osób.'),
    ('tail', 'Komentarze trenerów po turnieju były zgodne: szachy w naszym mieście mają przyszłość.'),
    # Russian
    ('body', 'Подписались под обращением к мэрии больше трёхсот любителей зимнего плавания.'),
    ('tail', 'Реклама катку не понадобилась: в первый же вечер на лёд вышли почти двести человек.'),
]

HELD_OUT_87_PAGES: dict[str, tuple[str, NoisyCase]] = {
    'en-portal-sallowfield-floodlights': _page('en', 'en-portal-sallowfield-floodlights', [
        [
            '-Sallowfield Courier',
            '-Home › Sport › Local football',
        ],
        [
            "+Floodlights switched on at Rovers' Brook Lane ground after ten-year wait",
        ],
        [
            '-By Courier Sport',
            '-Thursday 3 December 2026, 6:45 pm',
            '-Updated 7:10 pm',
            '-Share this article: Facebook · X · Email',
        ],
        [
            '-In this article',
            '-1. Switch-on night',
            '-2. Where the money came from',
            '-3. What comes next',
        ],
        [
            '+Sallowfield Rovers played under their own floodlights for the first time on Wednesday night, ten years '
            'after the club first asked the parish council for help with the cost.',
        ],
        [
            "-Rovers' players warm up under the new lights at Brook Lane. Photo: Courier",
        ],
        [
            '+"We used to cancel every midweek game from October to March," said club secretary Alan Pym. "Now the '
            'lads can train in the dark and the league can\'t move us to Sunday mornings any more."',
        ],
        [
            '+How the money was raised',
        ],
        [
            "+£38,000 from the county FA's facilities grant",
            '+£11,500 from ten years of raffles, quiz nights and a sponsored walk',
            "+£6,000 from the parish council's community fund",
            '+£2,000 from a local builder who dug the cable trench for free',
        ],
        [
            "+The lights were switched on by the club's oldest supporter, 91-year-old Dorothy Keel, who has watched "
            'Rovers since 1949.',
        ],
        [
            "+Rovers' first home league match under the lights is against Tadcombe Athletic on 16 December, kick-off "
            '7.30pm.',
        ],
        [
            '-Tags: Sallowfield Rovers, Football, Brook Lane',
            '-2 comments',
        ],
        [
            '-Steve_B_Rovers',
            '-About time! Spent half my teens playing in the gloaming on that pitch.',
            '-Reply · 1 like',
        ],
        [
            '-↳ Mandy Pym',
            '-My dad would have loved to see this. Well done everyone.',
        ],
        [
            '-Most read: Bypass roadworks to start in January',
            '-© 2026 Sallowfield Courier. All rights reserved.',
        ],
    ]),
    'en-blog-ryebeforedawn-rye': _page('en', 'en-blog-ryebeforedawn-rye', [
        [
            '-Rye Before Dawn',
            '-Home · Recipes · Starter troubleshooting · About',
            '-Search this blog',
            '-December 3, 2026',
        ],
        [
            '+My first proper rye loaf, and what the cold kitchen taught me',
        ],
        [
            '-Posted in Bread, Winter baking',
            '-This post may contain affiliate links. If you buy through them I may earn a small commission.',
        ],
        [
            '+It took me four attempts and most of November, but on Sunday a 100% rye loaf came out of the tin with a '
            'crumb I was not ashamed of.',
        ],
        [
            "-The finished loaf on the bread board, cut after a full day's rest.",
            '-Pin this recipe for later!',
        ],
        [
            '+My neighbour Ingrid, who grew up baking in Skåne, put it best: "Rye doesn\'t want your hands, it wants '
            'your patience."',
        ],
        [
            "+I had been using the same starter I keep for wheat loaves, and it simply wasn't strong enough for a "
            'dough with no gluten to hold it up.',
        ],
        [
            '+What finally worked',
        ],
        [
            '-Jump to recipe',
        ],
        [
            '+A stiffer starter, fed twice a day and kept in the airing cupboard',
            '+Leaving the dough in the tin overnight at 18°C instead of four hours by the radiator',
            '+Baking with a lid for the first 40 minutes, then without it for another 30',
        ],
        [
            '-You might also like: Ten-minute soda bread for busy weeknights',
        ],
        [
            '+The biggest lesson was to wait a full 24 hours before slicing; cut it warm and the middle is still '
            'gummy.',
        ],
        [
            "+Next week I'm going to try the same loaf with caraway and a spoonful of black treacle.",
        ],
        [
            '-3 comments:',
        ],
        [
            '-Ingrid L.',
            '-December 3, 2026 at 8:41 pm',
            '-That crumb looks perfect! Told you so about the patience.',
        ],
        [
            '-↳ Rye Before Dawn replied:',
            '-Ha, you did! Yours is still better though.',
        ],
        [
            '-↳↳ Pete from the allotment',
            '-Any chance of a gluten-free version for the wife?',
        ],
        [
            '-Older post: Scalding rye flour, does it matter?',
            '-© Rye Before Dawn 2026 · Theme by Kadence',
        ],
    ]),
    'fr-portail-vaucrozet-baignade': _page('fr', 'fr-portail-vaucrozet-baignade', [
        [
            '-Vaucrozet Infos',
            '-Actualités · Sports · Loisirs · Agenda',
            '-Accueil > Loisirs > Vaucrozet',
        ],
        [
            "+Au bassin des Prés-Bas, la baignade d'hiver fait le plein malgré une eau à 6 degrés",
        ],
        [
            '-Par la rédaction',
            '-Publié le 04/12/2026 à 07h15',
            '-Abonnez-vous à notre newsletter',
        ],
        [
            "+Pour la première fois, le bassin extérieur des Prés-Bas reste ouvert tout l'hiver : chaque samedi "
            "matin, une trentaine de nageurs s'y retrouvent, bonnet sur la tête.",
        ],
        [
            '-Annonce',
            '-Garage Delmottes – Entretien toutes marques, devis gratuit',
        ],
        [
            '+« Les premières fois, on tient trente secondes, puis on apprend à respirer », sourit Françoise '
            "Merlandou, 67 ans, qui nage ici depuis l'ouverture en 1974.",
        ],
        [
            "+L'eau n'est pas chauffée ; seuls les vestiaires et la buvette le sont, grâce à une pompe à chaleur "
            "installée l'été dernier.",
        ],
        [
            '+Les règles à respecter',
        ],
        [
            '+Ne jamais nager seul : un maître-nageur surveille le bassin de 9 heures à 11 heures',
            "+Dix minutes au maximum dans l'eau quand elle descend sous 8 degrés",
        ],
        [
            "-À lire aussi : Le marché de Noël s'installe place du Champ-de-Foire",
            '-Le bassin des Prés-Bas samedi matin. Photo Vaucrozet Infos',
        ],
        [
            "+Un certificat médical est demandé à l'inscription, gratuite pour les habitants",
        ],
        [
            "+La mairie dressera un bilan en mars avant de décider si l'ouverture hivernale devient définitive.",
        ],
        [
            '+Un bain collectif du Nouvel An est déjà prévu le 1er janvier à 11 heures.',
        ],
        [
            '-Mots-clés : baignade, hiver, piscine',
            '-Réagissez (2)',
        ],
        [
            '-Gérard_du_43',
            '-Le 04/12/2026 à 09h02',
            '-Bravo aux courageux, moi je regarde depuis la buvette !',
            '-Répondre',
        ],
        [
            '-Nadège V.',
            '-Le 04/12/2026 à 10h17',
            '-On y était samedi, ambiance incroyable.',
        ],
        [
            '-Vaucrozet Infos – Tous droits réservés',
        ],
    ]),
    'fr-blog-peloteettisane-chaussettes': _page('fr', 'fr-blog-peloteettisane-chaussettes', [
        [
            '-Pelote et Tisane',
            "-Le blog tricot d'une maman pressée",
        ],
        [
            '+Mes premières chaussettes tricotées en rond, enfin réussies',
        ],
        [
            '-Publié le 3 décembre 2026',
            '-par Clémence',
            '-dans Tricot, Tutoriels',
            '-2 commentaires',
            '-Cet article contient des liens affiliés.',
            '-Sommaire : Le modèle · La laine · Mes conseils',
        ],
        [
            "+Il y a un an, je n'osais même pas toucher à des aiguilles double pointe ; cet automne, j'ai terminé ma "
            'première paire de chaussettes, talon compris.',
        ],
        [
            '-Mes chaussettes terminées, posées sur le bord de la fenêtre.',
            '-Épinglez cette photo sur Pinterest !',
        ],
        [
            "+Ma voisine, qui tricote depuis cinquante ans, m'a dit : « Le talon, c'est comme un virage en voiture : "
            'on ralentit et on ne regarde que ses mailles. »',
        ],
        [
            "+Ce qu'il vous faut",
        ],
        [
            '+Une pelote de 100 g de laine à chaussettes, 75 % laine et 25 % polyamide',
            '+Un jeu de cinq aiguilles double pointe de 2,5 mm',
            '+Quatre marqueurs de mailles et une aiguille à laine',
            '+Beaucoup de patience pour le talon',
        ],
        [
            '-Le modèle est disponible en PDF dans ma boutique.',
            '-Vous aimerez aussi : Mon bonnet torsadé en une soirée',
        ],
        [
            "+Le plus dur a été de garder une tension régulière, surtout aux changements d'aiguille où des échelles "
            'se formaient.',
        ],
        [
            '-Sponsorisé',
        ],
        [
            '+La deuxième chaussette est déjà sur les aiguilles, et je compte bien la finir avant Noël.',
        ],
        [
            '-2 réflexions sur « Mes premières chaussettes tricotées en rond »',
        ],
        [
            '-Mireille',
            '-3 décembre 2026 à 21 h 12 min',
            "-Bravo ! Le premier talon, c'est un cap. Les miens avaient un trou de chaque côté 😄",
        ],
        [
            '-Clémence',
            "-Merci Mireille, le mien aussi au premier essai, j'ai tout défait !",
        ],
        [
            '-Fièrement propulsé par WordPress',
        ],
    ]),
    'de-portal-wendelsrode-kegelbahn': _page('de', 'de-portal-wendelsrode-kegelbahn', [
        [
            '-Wendelsroder Bote',
            '-Donnerstag, 3. Dezember 2026',
            '-Wendelsrode 2 °C, bedeckt',
            '-Lokales | Sport | Vereine | Kultur',
            '-Startseite › Lokales › Wendelsrode',
        ],
        [
            '+Nach 68 Jahren: Kegelclub „Alle Neune“ gibt seine Bahn im Ratskeller auf',
        ],
        [
            '-Von Christoph Aumüller',
        ],
        [
            '+Am Samstagabend rollen im Keller der Gaststätte „Zum Ratskeller“ zum letzten Mal die Kugeln: Der '
            'Kegelclub „Alle Neune“ löst sich zum Jahresende auf.',
        ],
        [
            '+„Wir sind noch elf Mitglieder, der jüngste ist 71“, sagt der Vorsitzende Horst Wiemeyer. „Irgendwann '
            'muss man ehrlich sein und die Kugeln ins Regal legen.“',
        ],
        [
            '-Newsletter',
            '-Das Wichtigste aus Wendelsrode jeden Morgen um 6 Uhr in Ihrem Postfach.',
            '-Jetzt kostenlos anmelden',
        ],
        [
            '+Gegründet wurde der Club 1958 von sieben Arbeitern der Ziegelei; in den siebziger Jahren kegelten hier '
            'jeden Freitag vier Mannschaften.',
        ],
        [
            '+Was aus der Bahn wird',
        ],
        [
            '+Die beiden Bahnen werden im Januar abgebaut',
            '+Die Pokale gehen an das Heimatmuseum',
        ],
        [
            '-Auch interessant: Schützenverein sucht neuen Kassenwart',
        ],
        [
            '+Im Keller soll ein Raum für Familienfeiern entstehen',
            '+Die letzte Vereinskasse wird dem Kindergarten gespendet',
        ],
        [
            '+Zum Abschied lädt der Club am Samstag ab 18 Uhr alle ein, die noch einmal eine Kugel werfen wollen.',
        ],
        [
            '-Schlagworte: Wendelsrode, Kegeln, Vereinsleben',
            '-Artikel teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '-Kommentare (2)',
        ],
        [
            '-Erika S. schrieb am 03.12.2026 um 19:40:',
            '-Mein Vater war Gründungsmitglied. Schade, aber verständlich.',
            '-Antworten',
        ],
        [
            '-Jürgen K. schrieb am 03.12.2026 um 21:05:',
            '-Gut Holz, Männer, und danke für die schönen Jahre!',
        ],
        [
            '-Meistgelesen: Weihnachtsmarkt öffnet am Freitag',
            '-© Wendelsroder Bote 2026',
        ],
    ]),
    'de-blog-schmorkammer-rouladen': _page('de', 'de-blog-schmorkammer-rouladen', [
        [
            '-Schmorkammer',
            '-Hausmannskost ohne Schnickschnack',
            '-Rezepte · Über mich · Kontakt',
        ],
        [
            '+Rinderrouladen wie bei Oma Hilde – mein Sonntagsessen im Dezember',
        ],
        [
            '-3. Dezember 2026',
            '-Kategorie: Fleisch, Sonntagsessen',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Warum Rouladen im Winter',
            '-2. Die Füllung',
            '-3. Schmoren ohne Stress',
        ],
        [
            '+Wenn es draußen früh dunkel wird, will ich sonntags etwas, das drei Stunden im Ofen schmort und die '
            'ganze Wohnung nach Kindheit riechen lässt.',
        ],
        [
            '-Werbung',
        ],
        [
            '+Oma Hilde hat immer gesagt: „Eine Roulade, die man mit dem Messer schneiden muss, hat nicht lange genug '
            'geschmort.“ Daran halte ich mich bis heute.',
        ],
        [
            '+Das Fleisch kaufe ich beim Metzger am Markt und lasse es mir gleich dünn aus der Oberschale schneiden.',
        ],
        [
            '+Was in die Füllung kommt',
        ],
        [
            '+Mittelscharfer Senf, dick aufgestrichen',
            '+Durchwachsener Speck und fein gewürfelte Zwiebeln',
            '+Je eine halbe Gewürzgurke pro Roulade',
        ],
        [
            '-Rezept drucken',
            '-Dieses Rezept auf Pinterest merken',
        ],
        [
            '+Nach dem Anbraten kommen die Rouladen mit Rotwein und Brühe in den Bräter und bleiben zweieinhalb '
            'Stunden bei 160 Grad im Ofen.',
        ],
        [
            '+Dazu gibt es bei uns Rotkohl und Salzkartoffeln, und am Montag schmecken die Reste noch besser.',
        ],
        [
            '-2 Kommentare',
        ],
        [
            '-Bärbel',
            '-3. Dezember 2026 um 18:22',
            '-Genau so macht meine Mutter sie auch, nur mit Möhre in der Füllung.',
        ],
        [
            '-Kathrin (Autorin)',
            '-Möhre kommt bei mir nächstes Mal rein, danke für den Tipp!',
        ],
        [
            '-Abonniere den Blog per E-Mail',
            '-Datenschutz · Impressum',
        ],
    ]),
    'it-portale-castelbrugo-scacchi': _page('it', 'it-portale-castelbrugo-scacchi', [
        [
            '-Castelbrugo Oggi',
            '-Cronaca · Sport · Cultura · Eventi',
            '-Cerca nel sito',
        ],
        [
            "+Cinquant'anni di scacchi a Castelbrugo: il circolo festeggia con un torneo da 80 giocatori",
        ],
        [
            '-Redazione Sport',
            '-04/12/2026 - 08:30',
        ],
        [
            '-Indice',
            '-1. Il torneo',
            '-2. La storia del circolo',
            '-3. Come iscriversi',
        ],
        [
            '+Domenica nella sala consiliare si gioca il torneo rapid per il cinquantesimo anniversario del Circolo '
            'Scacchistico Castelbrughese, fondato nel 1976 in una stanza sopra il bar della piazza.',
        ],
        [
            "-Foto d'archivio: la prima sede del circolo nel 1977",
        ],
        [
            '+«Eravamo in sei, con due scacchiere e un orologio preso in prestito», ricorda il fondatore Arturo '
            'Pellizzari, 84 anni, che domenica farà la prima mossa simbolica.',
        ],
        [
            '+Oggi il circolo conta 62 soci, tra cui una ventina di ragazzi delle scuole medie che si allenano ogni '
            'mercoledì pomeriggio.',
        ],
        [
            '+Il programma della giornata',
        ],
        [
            '+Ore 9: accreditamento e sorteggio degli abbinamenti',
            '+Ore 9.30: inizio del primo dei sette turni, 15 minuti più 10 secondi a mossa',
            '+Ore 18: premiazione e rinfresco offerto dal circolo',
        ],
        [
            '-Spazio promozionale',
            '-Farmacia San Rocco – Aperta anche la domenica mattina',
        ],
        [
            '+Le iscrizioni sono aperte fino a venerdì sul sito della Federazione; per i ragazzi sotto i 16 anni la '
            'quota è gratuita.',
        ],
        [
            "+Il ricavato andrà all'acquisto di nuove scacchiere per la scuola primaria.",
        ],
        [
            '-I vostri commenti',
        ],
        [
            '-Luigi_62',
            '-4 dicembre 2026 alle 09:14',
            "-Io c'ero nel '76, che emozione rivedere quella foto!",
            '-Rispondi',
        ],
        [
            '-↳ Marta C.',
            '-Anche mio nonno giocava lì, grazie per il ricordo.',
        ],
        [
            '-Castelbrugo Oggi © 2026 – Tutti i diritti riservati',
        ],
    ]),
    'it-blog-lenzaenebbia-trota': _page('it', 'it-blog-lenzaenebbia-trota', [
        [
            '-Lenza e Nebbia',
            '-Diario di pesca in acque dolci',
            '-Home',
            '-Tecniche',
            '-Chi sono',
        ],
        [
            "+Ultima uscita dell'anno sul torrente: tre trote e tanta nebbia",
        ],
        [
            '-Pubblicato il 3 dicembre 2026 da Michele',
        ],
        [
            "+Sabato mattina sono tornato sul tratto no-kill del torrente per l'ultima uscita prima della chiusura "
            'invernale, con la nebbia che non si è alzata fino a mezzogiorno.',
        ],
        [
            "+All'alba ho incontrato il guardiapesca, che mi ha salutato così: «Con questa nebbia le trote non ti "
            'vedono, ma nemmeno tu vedi loro.» Aveva ragione a metà.',
        ],
        [
            '-Iscriviti alla newsletter',
            '-Ricevi un nuovo racconto di pesca ogni mese.',
            '-Iscrivimi',
        ],
        [
            "+Ho pescato a ninfa nelle buche più profonde, dove l'acqua era appena più calda, e la prima trota è "
            'arrivata verso le dieci.',
        ],
        [
            "+L'attrezzatura che ho usato",
        ],
        [
            '+Canna da 9 piedi coda 4',
            '+Finale in fluorocarbon dello 0,12',
        ],
        [
            '-Link affiliato: il mulinello che uso è in offerta su Amazon',
        ],
        [
            '+Ninfe al tungsteno numero 14 e 16',
            "+Waders in neoprene, indispensabili con l'acqua a 5 gradi",
        ],
        [
            '+Tutte e tre le trote sono tornate in acqua dopo una foto veloce, e io a casa davanti a una tazza di '
            'brodo caldo.',
        ],
        [
            '-Tag: trota, ninfa, torrente',
        ],
        [
            '-2 commenti',
        ],
        [
            '-Franco',
            '-3 dicembre 2026 alle 19:45',
            '-Bel racconto! Che ninfa ha funzionato meglio?',
            '-Rispondi',
        ],
        [
            '-Michele',
            '-Quella con la testina arancione, senza dubbio.',
        ],
        [
            "-Articolo precedente: Come conservare le mosche d'inverno",
            '-Tema: GeneratePress',
        ],
    ]),
    'pl-portal-grabnowola-parkrun': _page('pl', 'pl-portal-grabnowola-parkrun', [
        [
            '-Gazeta Grabnowolska',
            '-Wiadomości · Sport · Kultura · Ogłoszenia',
        ],
        [
            '+500. parkrun w Grabnowoli: w sobotę na starcie stanęło ponad trzysta osób',
        ],
        [
            '-Sport',
            '-Autor: Tomasz Kwiecień',
            '-3 grudnia 2026, 18:20',
            '-Czytaj także: Nowe oświetlenie na bulwarze',
            '-Zdjęcia: Gazeta Grabnowolska',
            '-Udostępnij: Facebook · X · E-mail',
        ],
        [
            '+W sobotę o 9.00 nad zalewem po raz pięćsetny wystartował parkrun – bezpłatny bieg na 5 kilometrów z '
            'pomiarem czasu, który od dziesięciu lat odbywa się tu w każdy weekend.',
        ],
        [
            '-Uczestnicy 500. parkrunu tuż po starcie. Fot. Gazeta Grabnowolska',
            '-REKLAMA',
        ],
        [
            '+„Na pierwszy bieg przyszło nas dziewięcioro, a połowa pomyliła trasę” – śmieje się koordynatorka Ewa '
            'Pawlikowska. „Dziś wolontariuszy jest więcej niż wtedy biegaczy.”',
        ],
        [
            '+500. parkrun w liczbach',
        ],
        [
            '+312 uczestników, w tym 47 osób po raz pierwszy',
            '+38 wolontariuszy przy mecie, na trasie i przy skanerach',
            '+Najszybszy czas: 16:42',
            '+Najstarszy uczestnik: 84-letni pan Zdzisław, który przeszedł trasę z kijkami',
        ],
        [
            '-Zobacz galerię: 40 zdjęć z jubileuszowego biegu',
            '-Polecamy: Lodowisko przy hali otwarte od piątku',
        ],
        [
            '+Po biegu na uczestników czekał tort w kształcie liczby 500, upieczony przez cukiernię z rynku.',
        ],
        [
            '-Materiał promocyjny',
        ],
        [
            '+Kolejny parkrun – jak zawsze – w sobotę o 9.00, zbiórka przy przystani kajakowej.',
        ],
        [
            '-Komentarze (2)',
        ],
        [
            '-biegaczka_z_osiedla',
            '-Byłam na 3. i na 500., piękna historia!',
        ],
        [
            '-↳ Ewa P.',
            '-Dziękujemy, do zobaczenia w sobotę!',
        ],
        [
            '-Najczęściej czytane: Remont mostu na Kolejowej przesunięty',
            '-© 2026 Gazeta Grabnowolska. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    'pl-blog-chlebowapolka-zytni': _page('pl', 'pl-blog-chlebowapolka-zytni', [
        [
            '-Chlebowa Półka',
            '-Domowy chleb na zakwasie',
            '-Przepisy · Zakwas od zera · O mnie',
        ],
        [
            '+Chleb żytni na Wigilię, czyli jak upiec go tydzień wcześniej',
        ],
        [
            '-3 grudnia 2026',
            '-Kategorie: Chleby żytnie, Święta',
            '-Wpis zawiera linki afiliacyjne.',
        ],
        [
            '+Co roku obiecuję sobie, że w Wigilię nie będę stać przy piekarniku, więc w tym roku chleb upiekłam już '
            'w pierwszym tygodniu grudnia i zamroziłam.',
        ],
        [
            '-Bochenek po dobie odpoczynku, gotowy do zamrożenia.',
            '-Zapisz przepis na Pintereście',
        ],
        [
            '+Moja babcia mawiała: „Żytni chleb musi przenocować, zanim się go pokroi”, i po latach wiem, że miała '
            'rację.',
        ],
        [
            '+Dobrze upieczony chleb żytni zamrożony w całości trzyma się świetnie przez miesiąc, jeśli nie pokroi '
            'się go wcześniej.',
        ],
        [
            '+Jak mrożę chleb',
        ],
        [
            '+Studzę bochenek przez całą dobę na kratce',
            '+Owijam go w papier do pieczenia, a potem w lnianą ściereczkę',
        ],
        [
            '-Reklama',
            '-Mąka żytnia typ 2000 prosto z młyna – sprawdź ofertę',
        ],
        [
            '+Rozmrażam go w lodówce przez noc, a potem na godzinę wkładam do piekarnika nagrzanego do 180 stopni',
        ],
        [
            '+Skórka po takim odświeżeniu jest chrupiąca, a miękisz wilgotny jak w dniu pieczenia.',
        ],
        [
            '+W następnym wpisie pokażę, jak upiec do tego chleba małe bułeczki z kminkiem.',
        ],
        [
            '-Tagi: chleb żytni, zakwas, Wigilia',
            '-3 komentarze',
        ],
        [
            '-Krystyna',
            '-4 grudnia 2026 o 7:12',
            '-Świetny pomysł, ja zawsze piekę w Wigilię i potem jestem wykończona.',
            '-Odpowiedz',
        ],
        [
            '-Ania (autorka bloga)',
            '-Krystyno, spróbuj raz, nie pożałujesz!',
        ],
        [
            '-Poprzedni wpis: Zakwas żytni od zera w pięć dni',
            '-Motyw: Neve',
        ],
    ]),
    'ru-portal-medvedyansk-katok': _page('ru', 'ru-portal-medvedyansk-katok', [
        [
            '-Медведянские новости',
            '-Главная / Город / Спорт',
            '-Погода в Медведянске: −9 °C',
            '-Четверг, 3 декабря 2026',
        ],
        [
            '+В Медведянске открылся первый крытый каток: в выходные на лёд вышли почти тысяча человек',
        ],
        [
            '-Спорт',
            '-3 декабря 2026, 17:40 · 1 245 просмотров',
        ],
        [
            '+В субботу на улице Заводской открылся крытый каток с искусственным льдом, который строили два года на '
            'месте старого рынка.',
        ],
        [
            '-Каток на Заводской в день открытия. Фото пресс-службы администрации',
            '-Читайте также: На Садовой улице заменят фонари',
        ],
        [
            '+«Раньше зимой мы ждали, пока замёрзнет пруд, а в оттепель сидели дома», — рассказала мама двух '
            'хоккеистов Наталья Свиридова.',
        ],
        [
            '+Каток рассчитан на 200 человек одновременно, при нём работают прокат коньков, раздевалки и буфет.',
        ],
        [
            '+Расписание массового катания',
        ],
        [
            '-Реклама 16+',
        ],
        [
            '+Будни: с 18:00 до 21:00',
            '+Суббота и воскресенье: с 12:00 до 21:00',
            '+Понедельник: санитарный день',
        ],
        [
            '-Заточка коньков за 15 минут — ул. Заводская, 0',
        ],
        [
            '+Стоимость входа — 200 рублей для взрослых и 100 рублей для детей, пенсионеры катаются бесплатно по '
            'будням до 19:00.',
        ],
        [
            '+Днём лёд отдан хоккейной школе и секции фигурного катания.',
        ],
        [
            '-Комментарии (3)',
        ],
        [
            '-Ирина_К',
            '-3 декабря 2026 в 19:02',
            '-Были в воскресенье, очень понравилось, только очередь в прокат длинная.',
            '-Ответить',
        ],
        [
            '-↳ Сергей Мальцев',
            '-Приходите к открытию, в 12 очереди нет.',
        ],
        [
            '-↳ ↳ Ирина_К',
            '-Спасибо, попробуем!',
        ],
        [
            '-© 2026 «Медведянские новости». Все права защищены.',
        ],
    ]),
    'ru-blog-mormyshka-okun': _page('ru', 'ru-blog-mormyshka-okun', [
        [
            '-Мормышка и термос',
            '-Записки зимнего рыболова',
        ],
        [
            '+Первый лёд на Чёрном озере: окунь, мормышка и два часа тишины',
        ],
        [
            '-3 декабря 2026',
            '-Рубрика: Зимняя рыбалка',
            '-Метки: окунь, первый лёд',
            '-Просмотров: 864',
        ],
        [
            '-Содержание',
            '-1. Какой был лёд',
            '-2. Где стоял окунь',
            '-3. Чем ловил',
        ],
        [
            '+В субботу я впервые в этом сезоне вышел на лёд: у берега он был уже сантиметров десять, и я, проверяя '
            'пешнёй каждый шаг, дошёл до свала.',
        ],
        [
            '-Первый окунь сезона, ещё на льду.',
        ],
        [
            '+Сосед по лунке, дед лет восьмидесяти, сказал мне: «По первому льду рыба голодная, а рыбак глупый — '
            'смотри, чтобы не наоборот».',
        ],
        [
            '+Что взял с собой',
        ],
        [
            '+Зимнюю удочку с кивком из лавсана',
            '+Вольфрамовые мормышки на 3 и 4 мм',
            '+Пешню, спасалки и верёвку на двадцать метров',
            '+Термос с чаем и бутерброды с салом',
        ],
        [
            '+За два часа поймал одиннадцать окуней, самый крупный граммов на двести, и ушёл, когда начал подниматься '
            'ветер.',
        ],
        [
            '+В следующий выходной собираюсь на то же место, если не будет оттепели.',
        ],
        [
            '-3 комментария',
        ],
        [
            '-Валерий',
            '-04.12.2026 в 08:15',
            '-Лёд десять сантиметров — это ещё рискованно, берегите себя!',
            '-Ответить',
        ],
        [
            '-↳ Мормышка и термос',
            '-Спасибо, спасалки всегда на шее.',
        ],
        [
            '-Подписывайтесь на блог, чтобы не пропустить новые отчёты',
            '-Сайт работает на WordPress',
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    'All my patterns are available on Ravelry – use the code WINTERWOOL for 20% off until Sunday.':
        "an English knitting blog's Ravelry plug with a discount code ('All my patterns are available on Ravelry "
        "– use the code WINTERWOOL for 20% off until Sunday.') is left at the foot since the second opinion's "
        'retraining on sets 1-104 (session 31: p=0.955, under its 0.98)',
    'Listen to this story. Enjoy more audio and podcasts on iOS or Android.':
        "an English listen-to-this-story audio line ('Listen to this story. Enjoy more audio and podcasts on iOS or "
        "Android.') is left at the head",
    'This discussion has been archived. No new comments can be posted.':
        "an English archived-discussion line ('This discussion has been archived. No new comments can be posted.') is "
        'left at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-ryebeforedawn-rye':
        ("the bread blog's rye-loaf post keeps its photo caption ('The finished loaf on the bread board, cut after a "
         "full day's rest.') (1 of 20 noise lines; since round 130 its jump link ('Jump to recipe') between the "
         'subheading and the list rows goes); no article line is lost'),
    'de-portal-wendelsrode-kegelbahn':
        "the regional portal's skittles-club story keeps its newsletter box's text ('Das Wichtigste aus Wendelsrode "
        "jeden Morgen um 6 Uhr in Ihrem Postfach.') and button ('Jetzt kostenlos anmelden') between the paragraph "
        'with the quote and the next paragraph (2 of 20 noise lines)',
    'it-portale-castelbrugo-scacchi':
        "the regional portal's chess-club story keeps its pharmacy ad ('Farmacia San Rocco – Aperta anche la "
        "domenica mattina') after the list rows (1 of 20 noise lines; its archive photo caption goes since round "
        "80)",
    'it-blog-lenzaenebbia-trota':
        "the fishing blog's trout post keeps its newsletter box's text ('Ricevi un nuovo racconto di pesca ogni "
        "mese.') and button ('Iscrivimi') between the paragraph with the quote and the next paragraph and its "
        "affiliate link ('Link affiliato: il mulinello che uso è in offerta su Amazon') between two list rows (3 of "
        '20 noise lines)',
    'pl-portal-grabnowola-parkrun':
        "the regional portal's 500th-parkrun story keeps its gallery link ('Zobacz galerię: 40 zdjęć z jubileuszowego "
        "biegu') and recommended link ('Polecamy: Lodowisko przy hali otwarte od piątku') after the list rows (2 of "
        "20 noise lines)",
    'ru-portal-medvedyansk-katok':
        "the regional portal's ice-rink story keeps its photo caption ('Каток на Заводской в день открытия. Фото "
        "пресс-службы администрации') between the first paragraph and the paragraph with the quote and its "
        "skate-sharpening ad ('Заточка коньков за 15 минут — ул. Заводская, 0') after the list rows (2 of 20 noise "
        'lines)',
    "ru-blog-mormyshka-okun":
        "the fishing blog's first-ice post keeps its photo caption ('Первый окунь сезона, ещё на льду.') between the "
        "first paragraph and the paragraph with the quote (1 of 20 noise lines)",
}


test_held_out_87_line, test_held_out_87_line_is_kept, test_held_out_87_page = held_out_tests(
    HELD_OUT_87_LINES, HELD_OUT_87_KEEP, HELD_OUT_87_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
