"""Held-out set 216: written blind, weighted toward the noise the cleaner exists for, in shapes set 214's docstring does
not name (nor the first paragraphs of sets 211, 212 and 213): scraper, embed and ad markers, all in the body (an English
Vimeo video that its privacy settings keep from playing on the page "Sorry, because of its privacy settings, this Vimeo
video cannot be played here.", an English Sketchfab 3D model that is still processing "This Sketchfab model is still
processing. Check back in a few minutes.", an English Datawrapper chart caught while loading, with its open-in-a-new-tab
fallback "Loading interactive chart from Datawrapper… If nothing appears, open the chart in a new tab.", a French Ausha
podcast unpublished by its creator "Contenu Ausha indisponible : ce podcast a été dépublié par son créateur.", a German
ZDF video held back by youth-protection hours "Das eingebettete ZDF-Video ist aus Jugendschutzgründen nur zwischen 22
und 6 Uhr verfügbar.", an Italian Mediaset Infinity player that asks the reader to turn off a VPN "Il contenuto di
Mediaset Infinity non può essere riprodotto: disattiva la VPN e riprova.", a Polish TVP VOD clip not available on this
device, sending the reader to the app "Materiał z TVP VOD jest niedostępny na tym urządzeniu – obejrzyj go w aplikacji."
and a Russian Dzen post whose channel was deleted or blocked "Запись из Дзена недоступна: канал удалён или
заблокирован."); reading-time headers in new wordings, all at the head (the English long-read label "Long read · 6
minutes", a blog's words, photos and reading stats line "Words: 2,300 · Photos: 18 · Reading: 11 minutes", the French
reading-duration label "Durée de lecture : 6 minutes", the German number-first abbreviated reading-duration label "6
Min. Lesedauer", the Italian minutes-of-reading label "6 minuti di lettura", the Polish a-read-of-minutes label "Lektura
na 6 minut" and the Russian reads-in label "Читается за 6 минут"); bylines and self-promotion (an English
reporting-and-editing credit "Reporting by Hesper Gandlewick; editing by Ormond Tullingrove", a French interview-by
byline "Propos recueillis par Anselme Brouchardin", an Italian by-line with the desk after a bar "Di Severino
Tornabecchi | Redazione Cultura" and a Russian interviewed-by byline "Беседовала Агриппина Лыкошина", all at the head,
and at the foot an English Not On The High Street turned-bowls plug with Royal Mail delivery "My turned bowls are listed
on Not On The High Street, with Royal Mail tracked delivery.", an English Ko-fi tip-jar plug "If this post helped, you
can buy me a coffee on Ko-fi – it keeps the sandpaper stocked.", a German Kleinanzeigen turned-bowls plug with pick-up
in Bamberg "Handgedrechselte Schalen aus heimischem Holz gibt es in meinem Kleinanzeigen-Profil, Abholung in Bamberg
möglich." and a Polish made-to-order felt hats plug with prices on Facebook "Filcowe kapelusze na zamówienie robię w
swojej pracowni – cennik i terminy na Facebooku."); blog and site footers, all at the foot (an English Ghost and Casper
credit with the sign-in link "Published with Ghost · Casper theme · Sign in", an English Squarespace credit with the
accessibility statement "Made with Squarespace · Privacy · Accessibility statement", an English IPSO membership line
with the Editors' Code "Member of the Independent Press Standards Organisation (IPSO) · Editors' Code of Practice", a
French SPIP and Infomaniak credit with the site map "Propulsé par SPIP · Hébergement Infomaniak · Plan du site", a
German TYPO3 and Hetzner credit with the accessibility statement "Erstellt mit TYPO3 · Hosting: Hetzner ·
Barrierefreiheitserklärung", an Italian VAT-number line with a Webnode credit and the legal notes "P. IVA 02841570465 ·
Sito realizzato con Webnode · Note legali", a Polish Joomla! and cyber_Folks credit with the accessibility declaration
"Strona działa na Joomla! · Hosting: cyber_Folks · Deklaracja dostępności" and a Russian Tilda and Beget credit with the
privacy policy "Сделано на Tilda · Хостинг Beget · Политика конфиденциальности"); reader-comment furniture, all at the
foot (an English picks tab row with the comment count "Editors' Picks · Reader Picks · All 48 comments", an English
deleted-by-its-author note "This comment was deleted by its author.", an English be-kind house-rules prompt "Be kind:
read our house rules before you post.", a French show-the-most-liked-first toggle "Afficher les commentaires les plus
appréciés d'abord", a German notice that comments close overnight "Kommentarfunktion: Wir schließen die Kommentare über
Nacht von 22 bis 7 Uhr.", an Italian featured-by-the-editors label "Commento in evidenza dalla redazione", a Polish
removed-by-a-moderator note "Komentarz usunięty przez moderatora za naruszenie regulaminu." and a Russian
comments-closed-after-seven-days note "Комментарии закрыты: обсуждение доступно 7 дней после публикации."); share rows,
all at the foot (an English found-this-useful row with Nextdoor "Found this useful? Share it on WhatsApp · Facebook ·
Nextdoor", an Italian spread-the-word row "Spargi la voce: WhatsApp · Telegram · Facebook" and a Russian send-to-friends
row "Отправить друзьям: Telegram · WhatsApp · ВКонтакте"); and notices (a French written-with-an-AI-tool note "Cet
article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la rédaction." and a German
machine-translated note "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.", both in the body, and a Polish
paid-cooperation note "Artykuł powstał w ramach płatnej współpracy z organizatorem." at the foot); and toward whole
scraped news and hobby-blog pages in layouts set 214's docstring does not describe (on the six portal pages, in nine
blocks, the section menu, the masthead with its tagline and a date-and-weather strip in a block of three at the very
top, the masthead in the middle; the title second in a block of five, under a breadcrumb and above the byline, the date
line and the reading time; the first paragraph at the top of a block of three with the lead photo's caption and its
credit (a line of its own) under it; the second paragraph and the paragraph with the quote at the two ends of a block of
four with an advertisement label and a read-also link between them; the subheading and the three rows with a newsletter
prompt between the first and second rows, inside the list block (a block of five); the two last paragraphs at the top of
a block of three with a share row under them; a tags line alone in a block of one; a thread of four lines alone in a
block (a comment count, a reader's comment, the paper's arrowed reply and a second reader's comment left unanswered);
and at the foot a links row and the publisher's copyright line in a block of two; on the six blog pages, in ten blocks,
the blog name with its tagline and the menu in a block of two at the very top, the name first; the title last in a block
of four, under a category label, the posted-on-by line (with the comment count) and the reading time; an affiliate-links
disclosure and a table of contents (its heading and four entries in one line) alone in a block of two; the first and
second paragraphs at the top of a block of three with the photo caption after them; the paragraph with the quote at the
top of a block of two with an affiliate shop link under it; a subscribe prompt above the subheading and the three rows,
opening the list block (a block of five, the prompt first); the two last paragraphs in a block of four with a pin-it,
share and print row between them and the author's sign-off after them; a plug for the author's bowl-turning classes
alone in a block of one; a thread of five lines alone in a block (a comments heading with its count quoting the post's
title, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it); and at the foot an
older-and-newer-post row and the author's copyright line with the theme and platform credit in one line, in a block of
two), taken from local news of a felt hat market with a milliner's felting workshop (some thirty hatters and felt
makers, berets and wide-brimmed hats, hourly felting demonstrations, a children's corner, the workshop's price, the
opening hours and free parking) in six invented towns, and from six hobby blogs on turning a first walnut bowl on a
turners' club lathe (the blank from a fallen tree, roughing out with the bevel rubbing, hollowing, sanding and Danish
oil).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 214 but what is named here), held-out set 215 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 214 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 211, 212 and 213, printed with one ast script (/tmp/s216scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s216scratch/insp.py, with
/tmp/wt-s216/src and /tmp/wt-s216/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s216 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 214's as printed, with 214
-> 216; /tmp/s216scratch/gen216.py writes this file from scratch files (data216.py with the noise and keep lines,
pages216.py with the pages, desc216.py and doc_layout.txt from which it builds the first paragraph around the lines
themselves, doc_rest.txt and doc_baseline.txt with the rest of the docstring, and, after the measurement, tables216.py
with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s216, detached at commit 83836142a47d9e57a04a112712fbd808ab0c93fc, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 12:43:34 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 12:43:36 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 83836142a47d9e57a04a112712fbd808ab0c93fc (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it), and
/work/main was not touched afterwards. A plain ``ls`` of the two new worktrees' top folders (piped to ``head``) was run
to see that they exist; it lists README.md, docs, src and tests by name only, nothing was opened. (2) peek.py first
printed to the terminal, which the tool cut in the middle (it showed the start, up to inside set 214's Slips and notes
paragraph, and the end, from inside set 212's first paragraph on, all allowed parts); the second run went to
/tmp/s216scratch/allowed.txt, of which I paged lines 125 to 420 with ``sed`` in two pieces; nothing else of any set file
was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import loads the cleaner's modules, but nothing was
cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the
ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is
named in them (Vimeo, Sketchfab, Datawrapper, Ausha, ZDF, Mediaset Infinity, TVP VOD, Dzen), and the failures are of
kinds not named there (privacy settings, a model still processing, a chart caught while loading, a podcast unpublished,
youth-protection hours, a VPN, a device not supported, a channel deleted or blocked); the reading times avoid the
phrasings named there (a long-read label, a words-photos-reading stats line, "Durée de lecture", "Min. Lesedauer" with
the number first, "minuti di lettura", "Lektura na", "Читается за"); the bylines are of new shapes (a
reporting-and-editing credit, "Propos recueillis par", a name with the desk after a bar, "Беседовала") and the plugs
name marketplaces or kinds not named there (Not On The High Street with Royal Mail, a Ko-fi tip jar, Kleinanzeigen with
pick-up, made-to-order hats with prices on Facebook); the footers use builders, hosts and legal lines not named there
(Ghost with Casper, Squarespace, IPSO, SPIP with Infomaniak, TYPO3 with Hetzner, a P. IVA line with Webnode, Joomla!
with cyber_Folks, Tilda with Beget); the comment lines (a picks tab row, a deleted-by-its-author note, a house-rules
prompt, a most-liked-first toggle, an overnight closing notice, a featured-by-the-editors label, a
removed-by-a-moderator note, a closed-after-seven-days note), share rows (found this useful with Nextdoor, spargi la
voce, отправить друзьям) and notices (written with an AI tool, machine-translated, paid cooperation) are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from those of sets 211 to 214 (see the first paragraph). (5) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Nabbleford, "Nabbleford
Clarion", Brimblecott, Gandlewick, Tullingrove, Pettimoor, "Curlwood Shed", Curlwood, Feutrelac, Martigaud, Brouchardin,
Feutrinelle, "Copeaux d'Anatole", Filzingen, "Filzinger Bote", Hutzelgrub, Stumpenhuber, Drechselkeller, Feltrasco,
Cardelloni, Falderini, Tornabecchi, "Trucioli di Ottavio", Filcobrzeg, Kapelusińska, Filcewicz, Wiórownia, Шляповальск,
Войлочкина, Катанкина, Лыкошина and "Стружки Тихона". Dropped for hits: Pettigrue (a real surname in name lists),
"Shavings Shed" (inside a word list and a code comment), Chapelotte (a French place and surname), Filzbacher (in a
German text), Filcowo (inside code names and a Polish word form) and Валенковск (inside a Russian place name) -- the
replacements are the checked names above. Bloggers are given by first name only (Oswin, Anatole, Wendelin, Ottavio,
Zdzisio, Тихон), as are Lucienne in a French keep line and the first names of the bylines, commenters as first names
with an initial or a place, or as handles, and were not checked; "Le Réveil de Feutrelac", "La Voce di Feltrasco", "Echo
Filcobrzegu" and "Шляповальский листок" are formed from checked names. Real services, platforms, shops and cities
(Amazon, Allegro, Ozon, Kadence WP, WordPress, Kendal, Bamberg and the like) are named as real pages do. (6) A script
(/tmp/s216scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, that each page has 10
article and 20 noise lines, and the counts by category, language and place; its first run found nothing to fix (I had
already changed, while writing, the German portal's ad label to "Werbung", since "Anzeige" sits inside a German keep
line, the Russian portal's ad label to "Реклама 18+", since "Реклама" opens a Russian keep line, and the Italian
portal's links row to "Inserzioni", since "Pubblicità" is that page's ad label). gen216.py checks that no line of the
file is over 120 columns and that it holds no at-sign, and the lists and pages of the written file were imported back
and found equal to the scratch data (verify.py). (7) The measurement was run once, as the brief gives it, in one shell
call at 12:49:30 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and
these notes (7) and (8); pytest printed 14 failed, 63 passed and no XPASS, and the report is copied in the Baseline
paragraph. problems.py (/tmp/s216scratch, importing the copy in /tmp/wt-s216/tests with /tmp/wt-s216/src on the path)
then printed ``_problems`` of each failing case: the six lines and the eight pages of the tables; every problem is a
kept noise line ("kept boilerplate"); no article line of a page is lost, no keep line is lost and no problem of another
kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. The
tables were written from that output (make_tables.py writes tables216.py, which gen216.py puts into this file); a small
script checked that every key of the tables is a failing line or page of that output and that each page's reason quotes
exactly as many of its noise lines as the report counts left, and verify.py checked the final file again; the final file
was checked with the pytest command in /tmp/wt-s216 (see the Baseline paragraph). (8) Clock: ``date`` printed 12:43:34
at the start, 12:49:30 at the measurement and 12:51 when the tables and the Baseline paragraph were written; the commit
followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments made by the milliner ...", "Sharing a lathe ...", "Followed by a queue of children ...", "Subscriptions to
the turners' club ...", "Copyright in the hat designs ...", "Advertising for the spring hat market ...", "Read more
widely than ever ...", "Partager l'atelier ...", "Suivre une formation ...", "Abonnés depuis vingt ans ...", "Kommentare
aus dem Publikum ...", "Folgen hatte der Streit ...", "Anzeige erstattete der Verein ...", "Seguito da decine di curiosi
...", "Commenti entusiasti ...", "Pubblicato nel 1968 ...", "Obserwujący pracę tokarzy ...", "Komentując wyniki konkursu
...", "Поделиться опытом ..." and "Реклама шляпной ярмарки ..."): each is a full sentence with a subject, a verb and a
fact of a local story, so article ("Read more widely" opens like a read-more link but says how far the newsletter
reaches; "Anzeige erstattete" opens like the German ad label but reports a complaint to the police; "Folgen hatte" opens
like a follow prompt but says the dispute had no consequences; "Pubblicato nel 1968" opens like a posted-on line but
dates a club's statute; "Obserwujący" opens like a follow prompt but are visitors watching the turners; "Поделиться
опытом" opens like a share row but says who came to pass on their skill; "Реклама ..." opens like an ad label but
reports when the market's posters go up). Borderline categories: the plugs (Not On The High Street, Ko-fi,
Kleinanzeigen, the Polish made-to-order hats) are bylines and self-promotion, at the foot, since they sell the author's
wares or ask for support in the author's voice; the reporting-and-editing credit and the Italian name-and-desk line are
bylines at the head; the IPSO line and the Italian P. IVA line are footers (they speak of the publisher, not of the
article); the picks tab row, the house-rules prompt, the most-liked-first toggle and the overnight closing notice are
comment furniture (they sit with the reader comments), and so are the deleted and removed notes, which stand where a
comment stood; the French AI note and the German machine-translation note are notices in the body, and the Polish
paid-cooperation note a notice at the foot (all three speak of the article they sit in); the Datawrapper loading line is
a marker (it is what an embed leaves when the script did not run), though it reads as an instruction. On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (menus, mastheads with taglines, date-and-weather strips,
breadcrumbs, bylines, date lines, reading times, captions, photo credits, ad labels, read-also links, newsletter
prompts, share rows, tags lines, comment counts and headings, comments and replies, links rows, copyright lines, blog
names, category labels, posted-on lines, affiliate disclosures, tables of contents, affiliate shop links, subscribe
prompts, pin-it rows, sign-offs, plugs and older-and-newer-post rows) is noise. The list rows (the hourly
demonstrations, the children's corner and the hat fitting on the portals; the bowl gouge, the faceplate or chuck and the
sanding discs on the blogs) are short but part of each article, so article; the list headings ("What's on at the
market", "What you'll need" and the like) are the articles' subheadings, so article; the portals' newsletter prompts are
noise though they sit between the first and second list rows; the portals' ad labels and read-also links are noise
though they sit between the second paragraph and the paragraph with the quote; the portals' share rows are noise though
they close the block of the two last paragraphs; the blogs' photo captions are noise though they share the block of the
first two paragraphs; the blogs' subscribe prompts are noise though they open the list block; the blogs' pin-it rows and
sign-offs are noise though they sit between and after the two last paragraphs; the arrowed replies are comment
furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Russian one), body 10 (the eight markers
and two notices: French and German), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-nabbleford-felt-hat-market (some thirty
hatters and felt makers at the first hat market in Nabbleford's Corn Exchange since 2019, with a milliner's wet-felting
workshop at £15, hourly demonstrations, 9am to 4pm and free parking), en-blog-the-curlwood-shed-walnut-bowl (a club
member's first walnut bowl on the turners' club lathe: the blank from a neighbour's fallen tree, roughing out with the
bevel rubbing, hollowing, Danish oil), fr-portail-feutrelac-marche-aux-chapeaux (the same market under the halle of
Feutrelac), fr-blog-les-copeaux-d-anatole-bol-en-noyer (the same bowl in French), de-portal-filzingen-filzhutmarkt (a
felt hat market in the Markthalle of Filzingen), de-blog-wendelins-drechselkeller-nussbaumschale (a walnut Schale on the
Drechslerverein's lathe), it-portale-feltrasco-mercato-dei-cappelli (a hat market under the loggiato of Feltrasco),
it-blog-i-trucioli-di-ottavio-ciotola-di-noce (a walnut ciotola on the circolo's tornio),
pl-portal-filcobrzeg-targ-kapeluszy (a felt hat market in the market hall of Filcobrzeg),
pl-blog-wiorownia-zdzisia-misa-z-orzecha (a walnut misa on the club's tokarka), ru-portal-shlyapovalsk-yarmarka-shlyap
(a felt hat fair in the covered market of Шляповальск), ru-blog-struzhki-tikhona-chasha-iz-orekha (a walnut чаша on the
club's lathe), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 83836142a47d9e57a04a112712fbd808ab0c93fc, measured with ``cd /tmp/wt-s216 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s216/src python -m pytest -q tests/test_clean_held_out_216.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s216 && PYTHONPATH=/tmp/wt-s216/src python
scripts/clean_held_out_report.py --sets 216``, with the xfail tables empty, at 12:49:30 UTC by ``date``): noise lines
removed 39/45 (marker 6/8, reading-time 7/7, byline 7/8, footer 8/8, comments 5/8, share 3/3, notice 3/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the German ZDF youth-protection line
and the Polish TVP VOD line), one plug at the foot (the Polish made-to-order felt hats plug) and three comment lines at
the foot (the English house-rules prompt, the German overnight closing notice and the Polish removed-by-a-moderator
note); the English Vimeo, Sketchfab and Datawrapper markers and the French Ausha, Italian Mediaset Infinity and Russian
Dzen markers, all seven reading times, the four bylines at the head, the English Not On The High Street and Ko-fi plugs
and the German Kleinanzeigen plug, all eight footers, the other five comment lines, every share row and all three
notices went); keep lines kept 20/20; pages 4/12 clean, 16 of 240 page noise lines left and 0 of 120 article lines lost.
Clean: the French, German, Italian and Polish portal pages. Left: on the English portal page the masthead with its
tagline in the middle of the top block (1); on the Russian portal page the lead photo's caption and its credit under the
first paragraph (2); on each of the six blog pages the photo caption after the first two paragraphs, and besides it on
the English blog the table of contents under the affiliate disclosure (2), on the German blog the subscribe prompt
opening the list block and the save, share and print row between the two last paragraphs (3), on the Polish and Russian
blogs the sign-off after the two last paragraphs and the classes plug alone in its block (3 each), and on the French and
Italian blogs nothing else (1 each). No page and no keep line loses an article line. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s216 gave 63 passed, 14 xfailed, no XPASS.

Measured after round 137 (2026-12-07, lead; the writers of this set and of set 215 worked beside round 137 from the same
base, 8383614; round 137 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 216)`` and the set's pytest file): noise lines removed 39/45 -> 39/45,
keep lines kept 20/20, pages 4/12 -> 4/12 clean, page noise lines left 16 -> 15 of 240, 0 of 120 article lines lost.
The German blog's save, share and print row ('Für später merken · Auf Facebook teilen · Drucken') between the two last
paragraphs now goes: round 137 read set 212's save-for-later label ("Für später merken: Pinnen · Drucken") before a
row of buttons, and this row opens on that label. That page's reason was reworded (2 of 20 lines); every other
xfail still fails as its reason says.

Round 139 (development; this set was read in full from this round on): the cleaner was changed on branch round139 (base
da6ef2b) and this set's xfails that now pass were removed. Fixed: embed placeholders in new states
(whole_line_noise._EMBED_STATE_EVENT: no longer retrievable, "nicht (mehr) abrufbar", not reachable for now, "non è al
momento raggiungibile", the Polish "niedostępny", held back to a span of hours, "nur zwischen 22 und 6 Uhr";
_EMBED_PLACEHOLDER_FORM: the reader's device, "na tym urządzeniu"; _EMBED_HOST_EXTRA: "TVP VOD"); Google Maps' own error
text (a new "video embed" entry: "Ta strona nie może poprawnie wczytać Map Google."); the long-post alert with an
exclamation mark ("reading time"); a sponsored label and the ad's headline in one line with a middle dot (the
"advertisement" entry, noise_patterns.SPONSORED_LABEL_WORDS and the slot labels before " · "); the writer's things for
sale on a platform with the post that sends them (clean._MY_PLATFORM_PAGE, "are for sale on Not On The High Street,
posted Royal Mail"), the reader told to find them at a market stall on a day that comes back ("Trovi i miei merletti ...
al mercatino di Cantù ogni prima domenica"); comments closed overnight between two hours ("Kommentarfunktion: Wir
schließen die Kommentare über Nacht von 22 bis 7 Uhr."), the house rules to read before posting ("Be kind: read our
house rules before you post."), the Polish reason of a removal ("za naruszenie regulaminu": the old list wrote it with a
Russian noun and never matched); the text from the paper's archive (clean._ARCHIVED_PAGE: "Tekst pochodzi z archiwum
gazety i został opublikowany po raz pierwszy w 2019 roku."); and, as the brief's review item, page_blocks._WORKSHOPS
reads a German "-kurs" compound as the writer's classes only when it names a course (_NOT_A_COURSE: "Wechselkurs",
"Aktienkurs", "Zickzackkurs", "Sparkurs" and the like are not; "Grillkurs", "Drechselkurs", "Anfängerkurs", "Tageskurs"
still are). Tests: tests/test_clean.py test_round_139_*. Sets 10-216 (scripts/clean_held_out_report.py, frozen base
against the branch): noise lines removed 8,583 -> 8,600 of 9,391, keep lines 4,167/4,167 -> 4,167/4,167, pages clean
1,391 -> 1,396 of 2,470, page noise lines left 2,052 -> 2,046 of 51,120, paragraphs lost 2 -> 2 (set 86 only); no set
keeps fewer lines or loses more. Beyond sets 215/216 the changes also took one line each of sets 108 (the Italian
sponsored break 'Contenuto sponsorizzato · Continua a leggere dopo la pubblicità'), 153 (the same Polish moderator
removal), 166 (the same Google Maps text), 174 (a German Genially 'vorübergehend nicht erreichbar') and 200 (a
ZDFmediathek video 'nicht mehr abrufbar'), whose xfails were removed, and set 46's newsletter page's sponsor line (its
reason reworded, 6 of 20 lines). SemEval (scripts/semeval_noise_diff.py diff): 0 of 3,723 files changed. Bench
(benchmarks/bench_clean.py --baseline-src, the frozen base): ratio 0.98. The cleaning test set (tests/test_clean.py,
held-out sets 10-216, site batches, site lines, noise trace, clean pages) on commit 909c1ff: 25,537 passed, 1,895
xfailed, no XPASS, in 12 min 31 s. This set: noise lines removed 39/45 -> 44/45 (marker 6/8 -> 8/8, comments 5/8 -> 8/8;
byline 7/8 stays), keep lines 20/20 -> 20/20, pages 4/12 -> 4/12 clean, page noise lines left 15 -> 15 of 240, 0 of 120
article lines lost. Reasons reworded here: none. Still missed: the Polish made-to-order felt hats plug ("Filcowe
kapelusze na zamówienie robię w swojej pracowni – cennik i terminy na Facebooku."); on the pages, the Polish and Russian
blogs' sign-offs and classes plugs alone in their block, the English blog's one-line table of contents under the
affiliate disclosure, the German blog's subscribe prompt opening the list block, the English portal's masthead with its
tagline in the middle of the top block, the Russian portal's caption and credit under the first paragraph, and the
blogs' photo captions after the first two paragraphs (not taken: brief's item 4).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_216_LINES: list[tuple[str, str, str]] = [
    ("body", "Sorry, because of its privacy settings, this Vimeo video cannot be played here.", "marker"),
    ("body", "This Sketchfab model is still processing. Check back in a few minutes.", "marker"),
    ("body", "Loading interactive chart from Datawrapper… If nothing appears, open the chart in a new tab.", "marker"),
    ("body", "Contenu Ausha indisponible : ce podcast a été dépublié par son créateur.", "marker"),
    ("body", "Das eingebettete ZDF-Video ist aus Jugendschutzgründen nur zwischen 22 und 6 Uhr verfügbar.", "marker"),
    ("body", "Il contenuto di Mediaset Infinity non può essere riprodotto: disattiva la VPN e riprova.", "marker"),
    ("body", "Materiał z TVP VOD jest niedostępny na tym urządzeniu – obejrzyj go w aplikacji.", "marker"),
    ("body", "Запись из Дзена недоступна: канал удалён или заблокирован.", "marker"),
    ("head", "Long read · 6 minutes", "reading-time"),
    ("head", "Words: 2,300 · Photos: 18 · Reading: 11 minutes", "reading-time"),
    ("head", "Durée de lecture : 6 minutes", "reading-time"),
    ("head", "6 Min. Lesedauer", "reading-time"),
    ("head", "6 minuti di lettura", "reading-time"),
    ("head", "Lektura na 6 minut", "reading-time"),
    ("head", "Читается за 6 минут", "reading-time"),
    ("head", "Reporting by Hesper Gandlewick; editing by Ormond Tullingrove", "byline"),
    ("head", "Propos recueillis par Anselme Brouchardin", "byline"),
    ("head", "Di Severino Tornabecchi | Redazione Cultura", "byline"),
    ("head", "Беседовала Агриппина Лыкошина", "byline"),
    ("tail", "My turned bowls are listed on Not On The High Street, with Royal Mail tracked delivery.", "byline"),
    ("tail", "If this post helped, you can buy me a coffee on Ko-fi – it keeps the sandpaper stocked.", "byline"),
    ("tail", "Handgedrechselte Schalen aus heimischem Holz gibt es in meinem Kleinanzeigen-Profil, Abholung in Bamberg "
             "möglich.", "byline"),
    ("tail", "Filcowe kapelusze na zamówienie robię w swojej pracowni – cennik i terminy na Facebooku.", "byline"),
    ("tail", "Published with Ghost · Casper theme · Sign in", "footer"),
    ("tail", "Made with Squarespace · Privacy · Accessibility statement", "footer"),
    ("tail", "Member of the Independent Press Standards Organisation (IPSO) · Editors' Code of Practice", "footer"),
    ("tail", "Propulsé par SPIP · Hébergement Infomaniak · Plan du site", "footer"),
    ("tail", "Erstellt mit TYPO3 · Hosting: Hetzner · Barrierefreiheitserklärung", "footer"),
    ("tail", "P. IVA 02841570465 · Sito realizzato con Webnode · Note legali", "footer"),
    ("tail", "Strona działa na Joomla! · Hosting: cyber_Folks · Deklaracja dostępności", "footer"),
    ("tail", "Сделано на Tilda · Хостинг Beget · Политика конфиденциальности", "footer"),
    ("tail", "Editors' Picks · Reader Picks · All 48 comments", "comments"),
    ("tail", "This comment was deleted by its author.", "comments"),
    ("tail", "Be kind: read our house rules before you post.", "comments"),
    ("tail", "Afficher les commentaires les plus appréciés d'abord", "comments"),
    ("tail", "Kommentarfunktion: Wir schließen die Kommentare über Nacht von 22 bis 7 Uhr.", "comments"),
    ("tail", "Commento in evidenza dalla redazione", "comments"),
    ("tail", "Komentarz usunięty przez moderatora za naruszenie regulaminu.", "comments"),
    ("tail", "Комментарии закрыты: обсуждение доступно 7 дней после публикации.", "comments"),
    ("tail", "Found this useful? Share it on WhatsApp · Facebook · Nextdoor", "share"),
    ("tail", "Spargi la voce: WhatsApp · Telegram · Facebook", "share"),
    ("tail", "Отправить друзьям: Telegram · WhatsApp · ВКонтакте", "share"),
    ("body", "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la "
             "rédaction.", "notice"),
    ("body", "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.", "notice"),
    ("tail", "Artykuł powstał w ramach płatnej współpracy z organizatorem.", "notice"),
]

HELD_OUT_216_KEEP: list[tuple[str, str]] = [
    ("head", "Comments made by the milliner at the hat market suggested the felting workshop could open a second room "
             "in spring."),
    ("head", "Sharing a lathe between six members has never been easy, the turners' club secretary admitted on "
             "Tuesday."),
    ("body", "Followed by a queue of children, the judges walked the length of the market hall twice before naming a "
             "winner."),
    ("body", "Subscriptions to the turners' club rose from forty to sixty-two after the open day in March."),
    ("tail", "Copyright in the hat designs stays with the students, the college confirmed in a letter to parents."),
    ("tail", "Advertising for the spring hat market will go up on the town's bus shelters from next week."),
    ("tail", "Read more widely than ever, the club's newsletter now reaches members in four counties."),
    ("head", "Partager l'atelier avec deux autres modistes permet à Lucienne de baisser ses prix, explique-t-elle."),
    ("body", "Suivre une formation de tournage sur bois coûte environ 300 euros par week-end au club de la ville."),
    ("tail", "Abonnés depuis vingt ans au club, les frères tourneurs ont offert une coupe en noyer à la mairie."),
    ("head", "Kommentare aus dem Publikum lobten vor allem die Filzhüte aus der Wolle von Schafen aus der Region."),
    ("body", "Folgen hatte der Streit um die Werkstattmiete für den Drechslerverein bislang keine."),
    ("tail", "Anzeige erstattete der Verein erst, als im Herbst zwei Drechselbänke aus dem Keller verschwunden waren."),
    ("head", "Seguito da decine di curiosi, il maestro tornitore ha ricavato una ciotola da un ceppo di noce in venti "
             "minuti."),
    ("body", "Commenti entusiasti sono arrivati dai visitatori del mercato dei cappelli, secondo gli organizzatori."),
    ("tail", "Pubblicato nel 1968, il primo statuto del circolo dei tornitori prevedeva una quota di mille lire."),
    ("head", "Obserwujący pracę tokarzy goście mogli sami spróbować wytoczyć drewnianą łyżkę."),
    ("tail", "Komentując wyniki konkursu, przewodniczący jury pochwalił zwłaszcza kapelusze z filcu merynosowego."),
    ("head", "Поделиться опытом с новичками приехали мастера из трёх соседних районов."),
    ("tail", "Реклама шляпной ярмарки появится на городских автобусах только в мае."),
]

HELD_OUT_216_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-nabbleford-felt-hat-market", [
        ["-Home | News | Sport | What's On | Property | Jobs",
         "-The Nabbleford Clarion – Your town, your paper since 1887",
         "-Tuesday 8 December 2026 · Light rain, 7°C"],
        ["-News › Local › Nabbleford",
         "+Felt hat market returns to Nabbleford's Corn Exchange with a milliner's workshop",
         "-By Marisol Pettimoor",
         "-Published 7 December 2026, 18:05 GMT",
         "-4 min read"],
        ["+More than thirty hatters and felt makers will fill the Corn Exchange on Saturday for the town's first hat "
         "market since 2019.",
         "-Felt cloches on a stand at last year's market in Kendal.",
         "-Photo: Clarion staff"],
        ["+Stalls will sell everything from wool berets to wide-brimmed fedoras, and entry is free for under-16s.",
         "-Advertisement",
         "-Read also: Turners' club opens its workshop doors to schools",
         '+Milliner Agatha Brimblecott, who runs the felting workshop, said: "Everyone leaves with a hat they '
         'wet-felted with their own hands."'],
        ["+What's on at the market",
         "+Felting demonstrations every hour from 10am",
         "-Get the Clarion's weekend newsletter every Friday – sign up free",
         "+A children's corner making felt flowers",
         "+Hat fitting and steaming by the stallholders"],
        ["+The workshop sessions cost £15 and places can be booked at the Corn Exchange box office.",
         "+The market runs from 9am to 4pm, and the car park on Mill Lane will be free all day.",
         "-Share: Facebook · X · WhatsApp · Email"],
        ["-Topics: Nabbleford, Markets, Crafts"],
        ["-3 comments",
         "-Jen_in_Nab: Lovely idea, my mum still has a hat from the 1970s market.",
         "-↳ Nabbleford Clarion: Thanks Jen, send us a photo of it!",
         "-oldhatter62: Will there be parking for disabled visitors?"],
        ["-About us · Contact · Advertise · Privacy · Terms",
         "-© 2026 Nabbleford Clarion Media. All rights reserved."],
    ]),
    _page("en", "en-blog-the-curlwood-shed-walnut-bowl", [
        ["-The Curlwood Shed – turning wood, one bowl at a time",
         "-Home · Projects · Tools · About · Contact"],
        ["-Category: Bowls",
         "-Posted on 5 December 2026 by Oswin · 4 comments",
         "-7 minute read",
         "+Turning my first walnut bowl on the old club lathe"],
        ["-This post contains affiliate links; I may earn a small commission at no cost to you.",
         "-In this post: Choosing the blank · Roughing out · Hollowing · Finishing"],
        ["+I have been a member of the Nabbleford turners' club for a year, and last week I finally tackled a bowl "
         "instead of spindles.",
         "+The blank was a ten-inch disc of walnut from a tree that came down in a neighbour's garden.",
         "-The walnut blank mounted on the faceplate, ready to rough out."],
        ['+Our club chairman watched me rough it out and said: "Let the bevel rub and the tool does the work for you."',
         "-Shop my bowl gouge on Amazon (affiliate link)"],
        ["-Subscribe to get new posts by email",
         "+What you'll need",
         "+A bowl gouge with a swept-back grind",
         "+A faceplate or a four-jaw chuck",
         "+Sanding discs from 120 to 400 grit"],
        ["+Hollowing took most of the evening, and I sharpened the gouge four times before the wall was even.",
         "-Pin it for later · Share on Facebook · Print",
         "+A coat of Danish oil brought out the grain, and the bowl now holds apples on our kitchen table.",
         "-Happy turning, Oswin"],
        ["-I teach beginners' bowl turning one Saturday a month – book a place on my Classes page."],
        ["-4 thoughts on “Turning my first walnut bowl”",
         "-Maggie R. says: That grain is gorgeous! What speed did you run the lathe at?",
         "-↳ Oswin says: About 800 rpm for roughing, Maggie, then faster for sanding.",
         "-Pete from the club says: Told you walnut was worth the wait!",
         "-↳ Oswin says: You did, Pete – next one is a cherry bowl."],
        ["-« Older post: Sharpening jig review · Newer post: Turning a spindle for a stool »",
         "-© 2026 The Curlwood Shed · Theme by Kadence WP · Powered by WordPress"],
    ]),
    _page("fr", "fr-portail-feutrelac-marche-aux-chapeaux", [
        ["-Actualités | Sports | Loisirs | Faits divers | Annonces",
         "-Le Réveil de Feutrelac – L'info de votre canton",
         "-Mardi 8 décembre 2026 · Averses, 6 °C"],
        ["-Accueil › Feutrelac › Culture",
         "+Le marché aux chapeaux de feutre revient à Feutrelac avec un atelier de modiste",
         "-Par Solène Martigaud",
         "-Publié le 7 décembre 2026 à 18h05",
         "-3 min de lecture"],
        ["+Une trentaine de chapeliers et de feutriers installeront leurs stands samedi sous la halle, pour le premier "
         "marché depuis 2019.",
         "-Des cloches en feutre exposées lors de l'édition précédente.",
         "-Photo d'archives Le Réveil"],
        ["+On y trouvera des bérets en laine comme des feutres à larges bords, et l'entrée est gratuite.",
         "-Publicité",
         "-À lire aussi : Le club de tournage sur bois ouvre son atelier aux écoles",
         "+La modiste Lucienne Feutrinelle, qui anime l'atelier, promet : « Chacun repart avec un chapeau feutré de "
         "ses propres mains. »"],
        ["+Au programme du marché",
         "+Des démonstrations de feutrage toutes les heures dès 10 heures",
         "-Recevez notre lettre d'information du week-end chaque vendredi",
         "+Un coin enfants pour fabriquer des fleurs en feutre",
         "+Essayage et mise en forme à la vapeur chez les exposants"],
        ["+Les séances d'atelier coûtent 15 euros et se réservent à l'office de tourisme.",
         "+Le marché est ouvert de 9 heures à 16 heures, et le parking de la gare sera gratuit toute la journée.",
         "-Partager : Facebook · X · WhatsApp · E-mail"],
        ["-Mots-clés : Feutrelac, Marchés, Artisanat"],
        ["-2 commentaires",
         "-Mireille B. : Ma grand-mère avait acheté son chapeau à ce marché en 1975 !",
         "-↳ Le Réveil de Feutrelac : Merci Mireille, envoyez-nous une photo !",
         "-Gégé71 : Y aura-t-il des places pour les personnes à mobilité réduite ?"],
        ["-Qui sommes-nous · Contact · Annonceurs · Données personnelles · CGU",
         "-© 2026 Le Réveil de Feutrelac. Tous droits réservés."],
    ]),
    _page("fr", "fr-blog-les-copeaux-d-anatole-bol-en-noyer", [
        ["-Les Copeaux d'Anatole – carnet d'un tourneur du dimanche",
         "-Accueil · Projets · Outils · À propos · Contact"],
        ["-Catégorie : Bols",
         "-Publié le 5 décembre 2026 par Anatole · 4 commentaires",
         "-7 minutes de lecture",
         "+Mon premier bol en noyer sur le vieux tour du club"],
        ["-Cet article contient des liens affiliés : je touche une petite commission sans frais pour vous.",
         "-Sommaire : Le choix du bloc · L'ébauche · Le creusage · La finition"],
        ["+Je suis membre du club de tournage de Feutrelac depuis un an, et la semaine dernière j'ai enfin tenté un "
         "bol plutôt que des fuseaux.",
         "+Le bloc était un disque de noyer de 25 centimètres, tiré d'un arbre tombé chez un voisin.",
         "-Le bloc de noyer fixé sur le plateau, prêt pour l'ébauche."],
        ["+Le président du club m'a regardé faire et m'a dit : « Laisse frotter le biseau, c'est l'outil qui "
         "travaille. »",
         "-Ma gouge à bol est disponible sur Amazon (lien affilié)"],
        ["-Abonnez-vous pour recevoir les nouveaux articles par e-mail",
         "+Le matériel",
         "+Une gouge à bol avec un affûtage à ailes tirées",
         "+Un plateau ou un mandrin à quatre mors",
         "+Des disques abrasifs du grain 120 au grain 400"],
        ["+Le creusage m'a pris presque toute la soirée, et j'ai affûté la gouge quatre fois avant d'obtenir une paroi "
         "régulière.",
         "-Épinglez-le pour plus tard · Partager sur Facebook · Imprimer",
         "+Une couche d'huile danoise a révélé le veinage, et le bol accueille maintenant les pommes sur la table de "
         "la cuisine.",
         "-Bon tournage ! Anatole"],
        ["-Je donne un cours de tournage de bols pour débutants un samedi par mois – réservez sur ma page Stages."],
        ["-4 réflexions sur « Mon premier bol en noyer »",
         "-Martine L. : Ce veinage est magnifique ! À quelle vitesse tournait le tour ?",
         "-↳ Anatole : Environ 800 tours par minute pour l'ébauche, Martine, puis plus vite pour le ponçage.",
         "-Bruno du club : Je t'avais dit que le noyer valait la peine d'attendre !",
         "-↳ Anatole : C'est vrai, Bruno – le prochain sera en merisier."],
        ["-« Article précédent : Test d'un gabarit d'affûtage · Article suivant : Tourner un pied de tabouret »",
         "-© 2026 Les Copeaux d'Anatole · Thème Kadence WP · Propulsé par WordPress"],
    ]),
    _page("de", "de-portal-filzingen-filzhutmarkt", [
        ["-Lokales | Sport | Kultur | Blaulicht | Anzeigen",
         "-Filzinger Bote – Die Zeitung für Stadt und Land",
         "-Dienstag, 8. Dezember 2026 · Schauer, 6 °C"],
        ["-Startseite › Filzingen › Kultur",
         "+Filzhutmarkt kehrt mit der Werkstatt einer Hutmacherin nach Filzingen zurück",
         "-Von Gerlinde Hutzelgrub",
         "-Veröffentlicht am 07.12.2026 um 18:05 Uhr",
         "-Lesezeit: 3 Minuten"],
        ["+Rund dreißig Hutmacher und Filzerinnen bauen am Samstag ihre Stände in der Markthalle auf, zum ersten "
         "Hutmarkt seit 2019.",
         "-Filzglocken an einem Stand beim letzten Markt.",
         "-Foto: Archiv Filzinger Bote"],
        ["+Angeboten werden Baskenmützen aus Wolle ebenso wie breitkrempige Filzhüte, der Eintritt ist frei.",
         "-Werbung",
         "-Lesen Sie auch: Drechslerverein öffnet seine Werkstatt für Schulklassen",
         "+Hutmacherin Walburga Stumpenhuber, die die Filzwerkstatt leitet, verspricht: „Jeder geht mit einem selbst "
         "gefilzten Hut nach Hause.“"],
        ["+Das Programm des Marktes",
         "+Filzvorführungen zu jeder vollen Stunde ab 10 Uhr",
         "-Unser Wochenend-Newsletter kommt jeden Freitag – jetzt kostenlos abonnieren",
         "+Eine Kinderecke, in der Filzblumen entstehen",
         "+Anprobe und Dämpfen der Hüte an den Ständen"],
        ["+Die Werkstattkurse kosten 15 Euro und können an der Kasse der Markthalle gebucht werden.",
         "+Der Markt ist von 9 bis 16 Uhr geöffnet, der Parkplatz am Bahnhof ist den ganzen Tag kostenlos.",
         "-Teilen: Facebook · X · WhatsApp · E-Mail"],
        ["-Schlagworte: Filzingen, Märkte, Handwerk"],
        ["-2 Kommentare",
         "-Renate_K: Meine Oma hat ihren Hut 1975 auf diesem Markt gekauft!",
         "-↳ Filzinger Bote: Danke, Renate – schicken Sie uns gern ein Foto!",
         "-Hutfreund58: Gibt es Behindertenparkplätze in der Nähe?"],
        ["-Impressum · Kontakt · Mediadaten · Datenschutz · AGB",
         "-© 2026 Filzinger Bote Verlag. Alle Rechte vorbehalten."],
    ]),
    _page("de", "de-blog-wendelins-drechselkeller-nussbaumschale", [
        ["-Wendelins Drechselkeller – Holz, Späne und Geduld",
         "-Start · Projekte · Werkzeug · Über mich · Kontakt"],
        ["-Kategorie: Schalen",
         "-Veröffentlicht am 5. Dezember 2026 von Wendelin · 4 Kommentare",
         "-7 Minuten Lesezeit",
         "+Meine erste Nussbaumschale auf der alten Vereinsdrechselbank"],
        ["-Dieser Beitrag enthält Affiliate-Links; ich erhalte eine kleine Provision, für euch ändert sich nichts.",
         "-Inhalt: Der Rohling · Das Schruppen · Das Aushöhlen · Die Oberfläche"],
        ["+Seit einem Jahr bin ich im Drechslerverein Filzingen, und letzte Woche habe ich mich endlich an eine Schale "
         "statt an Spindeln gewagt.",
         "+Der Rohling war eine 25 Zentimeter große Scheibe Nussbaum von einem Baum, der im Garten des Nachbarn "
         "umgestürzt war.",
         "-Der Nussbaumrohling auf der Planscheibe, bereit zum Schruppen."],
        ["+Unser Vorsitzender sah mir zu und sagte: „Lass die Fase reiben, dann arbeitet das Werkzeug für dich.“",
         "-Meine Schalenröhre gibt es bei Amazon (Affiliate-Link)"],
        ["-Abonniere den Blog und erhalte neue Beiträge per E-Mail",
         "+Was ihr braucht",
         "+Eine Schalenröhre mit Fingernagelanschliff",
         "+Eine Planscheibe oder ein Vierbackenfutter",
         "+Schleifscheiben von Körnung 120 bis 400"],
        ["+Das Aushöhlen dauerte fast den ganzen Abend, und ich habe die Röhre viermal geschärft, bis die Wand "
         "gleichmäßig war.",
         "-Für später merken · Auf Facebook teilen · Drucken",
         "+Eine Schicht Dänisches Öl hat die Maserung hervorgeholt, und jetzt liegen Äpfel in der Schale auf unserem "
         "Küchentisch.",
         "-Gut Span! Euer Wendelin"],
        ["-Einmal im Monat gebe ich samstags einen Schalendrechselkurs für Anfänger – Plätze gibt es auf meiner "
         "Kursseite."],
        ["-4 Gedanken zu „Meine erste Nussbaumschale“",
         "-Sabine M. sagt: Die Maserung ist traumhaft! Mit welcher Drehzahl hast du gearbeitet?",
         "-↳ Wendelin sagt: Etwa 800 Umdrehungen zum Schruppen, Sabine, dann schneller zum Schleifen.",
         "-Jürgen vom Verein sagt: Hab dir doch gesagt, dass sich Nussbaum lohnt!",
         "-↳ Wendelin sagt: Stimmt, Jürgen – die nächste wird aus Kirsche."],
        ["-« Vorheriger Beitrag: Schärfvorrichtung im Test · Nächster Beitrag: Ein Hockerbein drechseln »",
         "-© 2026 Wendelins Drechselkeller · Theme: Kadence WP · Betrieben mit WordPress"],
    ]),
    _page("it", "it-portale-feltrasco-mercato-dei-cappelli", [
        ["-Cronaca | Sport | Cultura | Eventi | Necrologie",
         "-La Voce di Feltrasco – Il quotidiano della valle",
         "-Martedì 8 dicembre 2026 · Pioggia, 7 °C"],
        ["-Home › Feltrasco › Cultura",
         "+Torna a Feltrasco il mercato dei cappelli di feltro, con il laboratorio di una modista",
         "-Di Ippolita Cardelloni",
         "-Pubblicato il 7 dicembre 2026 alle 18:05",
         "-Lettura: 3 min"],
        ["+Una trentina di cappellai e feltrai allestiranno sabato i banchi sotto il loggiato, per il primo mercato "
         "dal 2019.",
         "-Cloche di feltro esposte all'ultima edizione del mercato.",
         "-Foto archivio La Voce"],
        ["+Si troveranno baschi di lana e cappelli a tesa larga, e l'ingresso è gratuito.",
         "-Pubblicità",
         "-Leggi anche: Il circolo dei tornitori apre il laboratorio alle scuole",
         "+La modista Ernestina Falderini, che guida il laboratorio, promette: «Ognuno torna a casa con un cappello "
         "infeltrito con le proprie mani.»"],
        ["+Il programma del mercato",
         "+Dimostrazioni di infeltrimento ogni ora dalle 10",
         "-Ricevi ogni venerdì la nostra newsletter del weekend: iscriviti gratis",
         "+Un angolo per i bambini con i fiori di feltro",
         "+Prova e messa in forma a vapore ai banchi"],
        ["+Le sessioni di laboratorio costano 15 euro e si prenotano all'ufficio turistico.",
         "+Il mercato è aperto dalle 9 alle 16 e il parcheggio della stazione sarà gratuito per tutto il giorno.",
         "-Condividi: Facebook · X · WhatsApp · Email"],
        ["-Tag: Feltrasco, Mercati, Artigianato"],
        ["-2 commenti",
         "-Graziella P.: Mia nonna comprò il suo cappello proprio a questo mercato nel 1975!",
         "-↳ La Voce di Feltrasco: Grazie Graziella, mandaci una foto!",
         "-Tonino_61: Ci saranno posti auto per disabili?"],
        ["-Chi siamo · Contatti · Inserzioni · Privacy · Cookie",
         "-© 2026 La Voce di Feltrasco. Tutti i diritti riservati."],
    ]),
    _page("it", "it-blog-i-trucioli-di-ottavio-ciotola-di-noce", [
        ["-I Trucioli di Ottavio – diario di un tornitore della domenica",
         "-Home · Progetti · Attrezzi · Chi sono · Contatti"],
        ["-Categoria: Ciotole",
         "-Pubblicato il 5 dicembre 2026 da Ottavio · 4 commenti",
         "-7 min di lettura",
         "+La mia prima ciotola di noce sul vecchio tornio del circolo"],
        ["-Questo articolo contiene link di affiliazione: potrei ricevere una piccola commissione senza costi per te.",
         "-Indice: Il blocco · La sgrossatura · Lo scavo · La finitura"],
        ["+Sono socio del circolo dei tornitori di Feltrasco da un anno, e la settimana scorsa ho finalmente provato "
         "una ciotola invece dei soliti fusi.",
         "+Il blocco era un disco di noce di 25 centimetri, ricavato da un albero caduto nel giardino di un vicino.",
         "-Il blocco di noce montato sul platorello, pronto per la sgrossatura."],
        ["+Il presidente del circolo mi ha guardato e ha detto: «Fai appoggiare il bisello e lascia lavorare la "
         "sgorbia.»",
         "-Trovi la mia sgorbia da ciotole su Amazon (link affiliato)"],
        ["-Iscriviti per ricevere i nuovi articoli via email",
         "+Cosa serve",
         "+Una sgorbia da ciotole con affilatura a unghia",
         "+Un platorello o un autocentrante a quattro griffe",
         "+Dischi abrasivi dalla grana 120 alla 400"],
        ["+Lo scavo ha richiesto quasi tutta la sera, e ho affilato la sgorbia quattro volte prima di avere una parete "
         "regolare.",
         "-Salvalo su Pinterest · Condividi su Facebook · Stampa",
         "+Una mano di olio danese ha fatto risaltare la venatura, e ora la ciotola tiene le mele sul tavolo della "
         "cucina.",
         "-Buon tornio! Ottavio"],
        ["-Un sabato al mese tengo un corso di tornitura di ciotole per principianti: prenota dalla pagina Corsi."],
        ["-4 pensieri su “La mia prima ciotola di noce”",
         "-Lucia F. dice: Che venatura splendida! A che velocità giravi?",
         "-↳ Ottavio dice: Circa 800 giri al minuto per sgrossare, Lucia, poi più veloce per carteggiare.",
         "-Franco del circolo dice: Te l'avevo detto che il noce valeva l'attesa!",
         "-↳ Ottavio dice: Vero, Franco – la prossima sarà di ciliegio."],
        ["-« Articolo precedente: Prova di una dima per affilare · Articolo successivo: Tornire la gamba di uno "
         "sgabello »",
         "-© 2026 I Trucioli di Ottavio · Tema Kadence WP · Realizzato con WordPress"],
    ]),
    _page("pl", "pl-portal-filcobrzeg-targ-kapeluszy", [
        ["-Wiadomości | Sport | Kultura | Kronika policyjna | Ogłoszenia",
         "-Echo Filcobrzegu – Gazeta ziemi filcobrzeskiej",
         "-Wtorek, 8 grudnia 2026 · Deszcz, 6°C"],
        ["-Strona główna › Filcobrzeg › Kultura",
         "+Targ kapeluszy z filcu wraca do Filcobrzegu, a z nim warsztaty modystki",
         "-Autor: Bożena Kapelusińska",
         "-Opublikowano: 07.12.2026, 18:05",
         "-3 min czytania"],
        ["+W sobotę około trzydziestu kapeluszników i filcowników rozstawi stoiska w hali targowej, na pierwszym targu "
         "od 2019 roku.",
         "-Filcowe kapelusze na stoisku podczas poprzedniej edycji.",
         "-Fot. archiwum Echa Filcobrzegu"],
        ["+Będzie można kupić wełniane berety i kapelusze z szerokim rondem, a wstęp jest bezpłatny.",
         "-Reklama",
         "-Czytaj także: Klub tokarzy otwiera pracownię dla szkół",
         "+Modystka Halina Filcewicz, która prowadzi warsztaty, obiecuje: „Każdy wyjdzie z kapeluszem, który sam "
         "wyfilcował”."],
        ["+Program targu",
         "+Pokazy filcowania co godzinę od 10.00",
         "-Zapisz się na nasz weekendowy newsletter – przychodzi w każdy piątek",
         "+Kącik dla dzieci z kwiatkami z filcu",
         "+Przymierzanie i formowanie kapeluszy na parze przy stoiskach"],
        ["+Udział w warsztatach kosztuje 60 zł, a zapisy przyjmuje punkt informacji turystycznej.",
         "+Targ potrwa od 9.00 do 16.00, a parking przy dworcu będzie przez cały dzień bezpłatny.",
         "-Udostępnij: Facebook · X · WhatsApp · E-mail"],
        ["-Tagi: Filcobrzeg, targi, rękodzieło"],
        ["-2 komentarze",
         "-Krysia z Rynku: Moja babcia kupiła kapelusz na tym targu w 1975 roku!",
         "-↳ Echo Filcobrzegu: Dziękujemy, prosimy o zdjęcie!",
         "-stary_kapelusznik: Czy będą miejsca parkingowe dla niepełnosprawnych?"],
        ["-O nas · Kontakt · Cennik ogłoszeń · Polityka prywatności · Regulamin",
         "-© 2026 Echo Filcobrzegu. Wszelkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-wiorownia-zdzisia-misa-z-orzecha", [
        ["-Wiórownia Zdzisia – toczenie w drewnie po godzinach",
         "-Start · Projekty · Narzędzia · O mnie · Kontakt"],
        ["-Kategoria: Misy",
         "-Opublikowano 5 grudnia 2026 przez Zdzisia · 4 komentarze",
         "-7 minut czytania",
         "+Moja pierwsza misa z orzecha na starej tokarce klubowej"],
        ["-Wpis zawiera linki afiliacyjne – mogę otrzymać niewielką prowizję, a ty nic nie dopłacasz.",
         "-Spis treści: Wybór klocka · Zgrubne toczenie · Drążenie · Wykończenie"],
        ["+Od roku należę do klubu tokarzy w Filcobrzegu i w zeszłym tygodniu wreszcie zamiast wrzecion spróbowałem "
         "misy.",
         "+Klocek był 25-centymetrowym krążkiem orzecha z drzewa, które przewróciło się w ogrodzie sąsiada.",
         "-Klocek orzecha na tarczy tokarskiej, gotowy do zgrubnego toczenia."],
        ["+Prezes klubu patrzył mi na ręce i powiedział: „Niech faza się opiera, wtedy dłuto pracuje za ciebie”.",
         "-Moje dłuto do mis kupisz na Allegro (link afiliacyjny)"],
        ["-Zapisz się, aby dostawać nowe wpisy mailem",
         "+Czego potrzebujesz",
         "+Dłuta do mis z długim, cofniętym szlifem",
         "+Tarczy tokarskiej albo uchwytu czteroszczękowego",
         "+Krążków ściernych o gradacji od 120 do 400"],
        ["+Drążenie zajęło mi prawie cały wieczór, a dłuto ostrzyłem cztery razy, zanim ścianka wyszła równa.",
         "-Przypnij na później · Udostępnij na Facebooku · Drukuj",
         "+Warstwa oleju duńskiego wydobyła rysunek słojów i misa trzyma teraz jabłka na kuchennym stole.",
         "-Udanego toczenia! Zdzisio"],
        ["-Raz w miesiącu w sobotę prowadzę kurs toczenia mis dla początkujących – zapisy na stronie Kursy."],
        ["-4 komentarze do „Moja pierwsza misa z orzecha”",
         "-Ania K.: Piękne słoje! Na jakich obrotach toczyłeś?",
         "-↳ Zdzisio: Około 800 obrotów do zgrubnego toczenia, Aniu, potem szybciej do szlifowania.",
         "-Marek z klubu: Mówiłem, że na orzech warto poczekać!",
         "-↳ Zdzisio: Racja, Marku – następna będzie z czereśni."],
        ["-« Poprzedni wpis: Test przyrządu do ostrzenia · Następny wpis: Toczenie nogi do taboretu »",
         "-© 2026 Wiórownia Zdzisia · Motyw Kadence WP · Napędzane przez WordPress"],
    ]),
    _page("ru", "ru-portal-shlyapovalsk-yarmarka-shlyap", [
        ["-Новости | Спорт | Культура | Происшествия | Объявления",
         "-Шляповальский листок – газета нашего города",
         "-Вторник, 8 декабря 2026 · Дождь, +6 °C"],
        ["-Главная › Шляповальск › Культура",
         "+В Шляповальск возвращается ярмарка фетровых шляп, а с ней мастерская модистки",
         "-Автор: Прасковья Войлочкина",
         "-Опубликовано 7 декабря 2026, 18:05",
         "-3 минуты чтения"],
        ["+В субботу около тридцати шляпников и валяльщиков разместят прилавки на крытом рынке – это первая ярмарка с "
         "2019 года.",
         "-Фетровые шляпы на прилавке прошлой ярмарки.",
         "-Фото: архив «Шляповальского листка»"],
        ["+Здесь можно будет купить шерстяные береты и шляпы с широкими полями, вход свободный.",
         "-Реклама 18+",
         "-Читайте также: Клуб токарей открывает мастерскую для школьников",
         "+Модистка Фёкла Катанкина, которая ведёт мастерскую, обещает: «Каждый уйдёт домой со шляпой, свалянной "
         "своими руками»."],
        ["+Что будет на ярмарке",
         "+Показы валяния каждый час с 10:00",
         "-Подпишитесь на нашу рассылку выходного дня – она приходит по пятницам",
         "+Детский уголок с цветами из фетра",
         "+Примерка и отпаривание шляп у прилавков"],
        ["+Занятие в мастерской стоит 500 рублей, записаться можно в туристическом центре.",
         "+Ярмарка работает с 9:00 до 16:00, парковка у вокзала весь день будет бесплатной.",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-Теги: Шляповальск, ярмарки, ремёсла"],
        ["-2 комментария",
         "-Галина П.: Моя бабушка купила шляпу на этой ярмарке в 1975 году!",
         "-↳ Шляповальский листок: Спасибо, Галина, пришлите нам фото!",
         "-Михалыч_61: Будут ли парковочные места для инвалидов?"],
        ["-О газете · Контакты · Реклама на сайте · Политика конфиденциальности",
         "-© 2026 «Шляповальский листок». Все права защищены."],
    ]),
    _page("ru", "ru-blog-struzhki-tikhona-chasha-iz-orekha", [
        ["-Стружки Тихона – токарные будни любителя",
         "-Главная · Проекты · Инструменты · Обо мне · Контакты"],
        ["-Рубрика: Чаши",
         "-Опубликовано 5 декабря 2026 автором Тихон · 4 комментария",
         "-7 минут чтения",
         "+Моя первая чаша из ореха на старом клубном станке"],
        ["-В записи есть партнёрские ссылки: я получаю небольшую комиссию, а для вас цена не меняется.",
         "-Содержание: Выбор заготовки · Черновая обточка · Выборка · Отделка"],
        ["+Я уже год хожу в клуб токарей Шляповальска и на прошлой неделе наконец взялся за чашу вместо веретён.",
         "+Заготовкой стал 25-сантиметровый диск ореха от дерева, которое упало в саду у соседа.",
         "-Ореховая заготовка на планшайбе, готовая к черновой обточке."],
        ["+Председатель клуба посмотрел на мою работу и сказал: «Дай фаске опереться, и резец будет работать за тебя».",
         "-Мой резец для чаш можно купить на Ozon (партнёрская ссылка)"],
        ["-Подпишитесь, чтобы получать новые записи на почту",
         "+Что понадобится",
         "+Желобчатый резец для чаш с оттянутой заточкой",
         "+Планшайба или четырёхкулачковый патрон",
         "+Шлифовальные круги зернистостью от 120 до 400"],
        ["+Выборка заняла почти весь вечер, и я четыре раза точил резец, пока стенка не стала ровной.",
         "-Сохранить в Pinterest · Поделиться ВКонтакте · Распечатать",
         "+Слой датского масла проявил текстуру, и теперь в чаше на кухонном столе лежат яблоки.",
         "-Удачной обточки! Ваш Тихон"],
        ["-Раз в месяц по субботам провожу курс точения чаш для новичков – запись на странице «Курсы»."],
        ["-4 комментария к записи «Моя первая чаша из ореха»",
         "-Ольга В.: Какая красивая текстура! На каких оборотах точили?",
         "-↳ Тихон: Около 800 оборотов на черновой обточке, Ольга, потом быстрее для шлифовки.",
         "-Сергей из клуба: Говорил же, что орех стоит ожидания!",
         "-↳ Тихон: Точно, Сергей, следующая будет из вишни."],
        ["-« Предыдущая запись: Обзор приспособления для заточки · Следующая запись: Точим ножку для табурета »",
         "-© 2026 Стружки Тихона · Тема Kadence WP · Работает на WordPress"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Filcowe kapelusze na zamówienie robię w swojej pracowni – cennik i terminy na Facebooku.":
        ("a Polish made-to-order felt hats plug ('Filcowe kapelusze na zamówienie robię w swojej pracowni – cennik i "
         "terminy na Facebooku.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-curlwood-shed-walnut-bowl":
        ("the English walnut bowl post keeps the photo caption ('The walnut blank mounted on the faceplate, ready to "
         "rough out.') after the first two paragraphs, in their block (1 of 20 noise lines); the table of contents "
         'under the affiliate disclosure goes; no article line is lost'),
    "fr-blog-les-copeaux-d-anatole-bol-en-noyer":
        ("the French walnut bowl post keeps the photo caption ('Le bloc de noyer fixé sur le plateau, prêt pour "
         "l'ébauche.') after the first two paragraphs, in their block (1 of 20 noise lines); no article line is lost"),
    "de-blog-wendelins-drechselkeller-nussbaumschale":
        ("the German walnut bowl post keeps the photo caption ('Der Nussbaumrohling auf der Planscheibe, bereit zum "
         "Schruppen.') after the first two paragraphs and the subscribe prompt ('Abonniere den Blog und erhalte neue "
         "Beiträge per E-Mail') that opens the list block (2 of 20 noise lines); no article line is lost"),
    "it-blog-i-trucioli-di-ottavio-ciotola-di-noce":
        ("the Italian walnut bowl post keeps the photo caption ('Il blocco di noce montato sul platorello, pronto per "
         "la sgrossatura.') after the first two paragraphs, in their block (1 of 20 noise lines); no article line is "
         "lost"),
    "pl-blog-wiorownia-zdzisia-misa-z-orzecha":
        ("the Polish walnut bowl post keeps the photo caption ('Klocek orzecha na tarczy tokarskiej, gotowy do "
         "zgrubnego toczenia.') after the first two paragraphs (1 of 20 noise lines); the sign-off after the two last "
         'paragraphs and the classes plug alone in its block go; no article line is lost'),
    "ru-blog-struzhki-tikhona-chasha-iz-orekha":
        ("the Russian walnut bowl post keeps the photo caption ('Ореховая заготовка на планшайбе, готовая к черновой "
         "обточке.') after the first two paragraphs (1 of 20 noise lines); the sign-off after the two last paragraphs "
         'and the classes plug alone in its block go; no article line is lost'),
}

test_held_out_216_line, test_held_out_216_line_is_kept, test_held_out_216_page = held_out_tests(
    HELD_OUT_216_LINES, HELD_OUT_216_KEEP, HELD_OUT_216_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
