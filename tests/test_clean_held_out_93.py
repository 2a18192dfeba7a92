"""Held-out set 93: written blind, weighted toward the noise the cleaner exists for, in shapes set 92's docstring does
not name (nor the first paragraphs of sets 89, 90 and 91): scraper, embed and ad markers (the NYT-style English
"Continue reading the main story", Spotify's embed residue "Preview of Spotify. Sign up to get unlimited songs and
podcasts with occasional ads. No credit card needed.", a Datawrapper chart credit "Chart: Schools data team • Source:
Department for Education • Created with Datawrapper", a Le-Monde-style French paywall line "Il vous reste 68 % de cet
article à lire. La suite est réservée aux abonnés.", a German metered-paywall line "Sie haben 2 von 3 kostenlosen
Artikeln in diesem Monat gelesen.", an Italian Spreaker podcast embed residue "Ascolta "Voci di Montevalsino" su
Spreaker.", a Polish text-to-speech player label "Posłuchaj artykułu – czyta syntezator mowy" and a Russian RUTUBE embed
link "Смотреть видео на RUTUBE"); reading-time headers in new wordings (the English "Estimated reading time: 6 minutes"
and "Reading time: 7 min · 1,450 words", the French "Temps de lecture : 6 min", the German "Geschätzte Lesezeit: 4
Minuten", the Italian "Tempo di lettura stimato: 5 minuti", the Polish "Przeczytasz w 4 minuty" and the Russian "Время
прочтения — 6 минут"); bylines and self-promotion (an English Local Democracy Reporting Service byline "By Ellis
Marchbank, Local Democracy Reporting Service", a knitting blog's Patreon plug "Patrons get every knitting pattern a week
early – join me on Patreon from £3 a month.", a retro-games blog's Twitch plug "I stream most of these old games live on
Twitch on Sunday evenings – come and say hello in the chat.", a French correspondent byline "De notre correspondante,
Odette Vaurillon", a German PayPal plug "Wenn dir meine Strickanleitungen gefallen, freue ich mich über eine kleine
Spende per PayPal.", an Italian Ko-fi plug "Se questo post ti è stato utile, offrimi un caffè su Ko-fi.", a Polish
Patronite plug "Jeśli chcesz wesprzeć bloga, zostań moim patronem na Patronite." and a Russian text-and-photo credit
"Текст: Дарья Стрижевская, фото автора"); blog and site footers (Substack's "Substack is the home for great culture", an
English footer link row "Cookie settings | Privacy notice | Accessibility statement | Modern slavery statement", a
Jekyll and GitHub Pages line "This site is built with Jekyll and hosted on GitHub Pages.", a French publication-director
line "Directrice de la publication : Agnès Pellevoisin", a German MStV responsibility line "Verantwortlich i. S. d. § 18
Abs. 2 MStV: Jörg Hambrecht", an Italian WordPress-and-Altervista line "Sito realizzato con WordPress e ospitato su
Altervista", a Polish web-agency credit "Projekt i realizacja strony: Wrzosowy Piksel" and Tilda's Russian badge
"Сделано на Tilda"); reader-comment furniture (the residue of Facebook's comment widget "Facebook Comments Plugin", a
Facebook-style comment action row "Like · Reply · 3y", an English be-the-first prompt "What do you think? Be the first
to leave a comment below.", a French subscribers-only line "Vous devez être abonné pour réagir à cet article.", a German
show-comments toggle "Kommentare einblenden (7)", an Italian register-to-comment line "Per commentare devi essere
registrato: crea un account gratuito in un minuto.", a Polish see-all-comments link "Zobacz wszystkie komentarze (9)"
and a Russian comment-rules consent line "Нажимая «Отправить», вы соглашаетесь с правилами комментирования."); share
rows (an English WhatsApp, Messenger, LinkedIn and SMS row, a French LinkedIn, Messenger, Snapchat and print row and an
Italian WhatsApp, LinkedIn and bookmark row); and notices (a German free-yarn disclosure "Die Wolle für dieses Projekt
wurde mir kostenlos vom Hersteller zur Verfügung gestellt.", a Polish live-updates note "Artykuł aktualizowany na
bieżąco" and a Russian press-service source note "Информация предоставлена пресс-службой районной администрации."); and
toward whole scraped news and hobby-blog pages in layouts set 92's docstring does not describe (less noise under the
title, a table of contents between the first and second paragraphs, a most-read box between two paragraphs, noise
between the last list row and the last paragraphs on six pages and between the two last paragraphs on five, two gaps
between list rows on two pages, a foot of comments with no footer line on one page, replies to replies), taken from
schools and young people and from blogs about retro video games, knitting, birdwatching and homeschooling (a regional
portal's story on a primary school canteen reopening with its own kitchen, with a comment, a reply and a reply to it, a
retro-games blog's post on mending a loft-find Game Boy's screen ribbon, with a comment, the author's reply and a reply
to it, a regional portal's story on a youth orchestra's first tour, with a comment and a reply, a knitting blog's post
on a first top-down jumper, with a comment, the author's reply and a reply to it, a regional portal's story on a
playground reopening after eight months of rebuilding, with a comment, a reply and a reply to it, a birdwatching blog's
post on winter visitors at a reservoir, with a comment, the author's reply and a reply to it, a regional portal's story
on technical-school students winning a national robotics prize, with a comment and a reply, a homeschooling blog's post
on a family's typical week, with a comment, the authors' reply and a reply to it, a regional portal's story on a school
bus route cut short, with a comment, a reply and a reply to it, a knitting blog's post on a first pair of socks on five
needles, with a comment, the author's reply, a reply to it and another comment, a regional portal's story on
registration for a school's winter day camp, with a comment, the editors' reply and a reply to it, and a retro-games
blog's post on reviving a Dendy console, with a comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 92), held-out set 94 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 92 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 89, 90 and 91, printed with one ast script
(/tmp/s93scratch/read92.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 92's, taken by a script (/tmp/s93scratch/gen.py) from the ``def _marks`` node's line on, with
its xfail tables emptied (the three annotated assignments found with ``ast``) and 92 -> 93, then refilled after the
measurement (by the same script, from /tmp/s93scratch/tables93.py, written by /tmp/s93scratch/fill.py). ``_page`` is set
92's, taken by the same script from its node. Nothing else was copied from any file of the repository. The set was
measured once against a frozen cleaner (worktree /tmp/wt-s93, detached at commit
994df7e5585fe24c97e613f7832d5f0ca9ff63d1, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 92's file (and the first paragraphs
of sets 89, 90 and 91) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s93scratch/read92.out, 556 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 556); the tool cut
the display of the second page in the middle (lines 366 to 424 of the scratch file: the end of set 92's page xfail
table, its three test functions and the start of set 89's first paragraph), so I printed lines 362 to 426 again with
``sed -n 362,426p``; nothing else was printed from it. The docstring cut held (the printed docstring ended with set 92's
Baseline paragraph). That allowed text itself names set 92's scratch paths and its frozen commit
(6bf230607a5e4e63e78d8a6407151a4995c2e351) and set 90's; set 92's xfail reasons quote its missed lines and left page
lines (one of them mentions a round number); I saw these only as that text. The report script's docstring names a
cleaning table in docs/cleaning.md, which I did not open. The generating script, which read set 92's file to take its
``_page`` helper and its tail, printed nothing; I printed parts of the file it wrote with ``sed`` (the lists, the first
page and the emptied tables with the three test functions). At my first step ``git status --short`` in /work/main
printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed 994df7e5585fe24c97e613f7832d5f0ca9ff63d1. (2)
The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did
not look up which round the frozen commit is, nor list the worktrees' folders (a stray ``ls /tmp/wt-set93/tests | head
-0`` in my set-up command printed nothing). The branch set93 was made from the same commit; there this file (with the
xfail tables filled) gives only passed and xfailed tests (54 passed, 23 xfailed), which is a check of the tables, not a
second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py
were imported with /work/main/src and /work/main/tests on the path (/tmp/s93scratch/helpers.py), which imports the
cleaner's modules; nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as
{'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not
opened. The same script wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch
folder, for the stand-in noisy_corpus module. (4) The lists were written as data in scratch files
(/tmp/s93scratch/lists93.py and pages93.py) and put together with the tail into this file by /tmp/s93scratch/gen.py,
which splits long string literals to fit 120 columns. Before the measurement the file was executed from a scratch folder
(/tmp/s93scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean``
whose ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner)
by /tmp/s93scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and
by place, the keep lines by language and by place, the pages by language and checked that every page has 10 article and
20 noise lines, that no page noise line or article line repeats on its page (also case-insensitively for the noise
lines), that every page line is a line of its raw text, that no page noise line is a substring of an article line of its
page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_93_LINES`` or ``HELD_OUT_93_KEEP``,
case-sensitively and case-insensitively, that no page article line overlaps one of those lines and that no held-out
noise line overlaps a keep line or another held-out noise line. Its first run found 4 problems: the French orchestra
story's dateline "Vernouillac" inside two of its article lines (it became "Vernouillac (Morbihan)") and the ad labels
"Publicité" and "Pubblicità" on the French orchestra and Italian robotics stories inside the French and Italian keep
lines (they became "Annonce" and "Spazio pubblicitario"); these were changed by a small replacement script
(/tmp/s93scratch/fix1.py) and the second run found nothing. Before that first run, while writing, I had changed the
English chart credit's source from the invented English paper to "Schools data team • Source: Department for Education",
since the English portal's site-name line would have been inside it, and the names noted under (6). No list changed
after the second check. As allowed, some page noise lines hold another noise line or an article word of their page (site
names inside captions, copyright lines and a push prompt, the Game Boy post's comment heading holds its title, as
WordPress prints it, the reply rows hold the names of the commenters they answer). (5) At the measurement (21:40:15 UTC)
this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The
problems were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s93scratch/problems.py)
that ran it on every line, keep line and page of this set and printed the problems of the failing ones, to write the
xfail reasons; the places named in the page reasons are where I put the lines, since ``_problems`` only says that a line
was kept or lost. (6) Invented names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Pucklewick (and the Pucklewick Chronicle), Tanpit Lane, Dusty Slot Diaries, Vernouillac (and L'Écho de Vernouillac),
Pelotes et Papotes, Cuisines Brunaud, Hohenbrüchel (and the Hohenbrücheler Rundschau), Gartenbau Rehbeinen,
Fernglasnotizen, Montevalsino (and Voci di Montevalsino and Il Corriere di Montevalsino), Infissi Corradetti, Banchi in
Cucina, Wrzosnica and Wrzośnica (and the Kurier Wrzośnicki), Wrzosowy Piksel, Druty i Kłębki, Ольховецк (and
«Ольховецкие вести»), Восьмибитный чердак had no hits, nor had the full names Harriet Lomasney, Alison Prewett, Ellis
Marchbank, Solène Ravignac, Camille Orbignac, Odette Vaurillon, Agnès Pellevoisin, Lena Kornhuber, Ute Frenzlinger, Jörg
Hambrecht, Federica Lunardelli, Izabela Wróblik, Ewa Sadłocha, Марина Ветлугина and Дарья Стрижевская. Dropped after
their checks: Quillerton, planned for the English portal's town (in a list of names), Sallowby and Kettlemarsh, tried
next (inside identifiers), Brackenholt (in fiction and name lists), Marsh Lane Primary, planned for the English school
(in sample data), Cartridge Shelf, planned for the English retro blog (a common phrase), La Lavagna di Casa, planned for
the Italian blog (a common phrase), Olszankowo, planned for the Polish town (a real street, Olszankowa), Studio Kreska
and Pikselownia, planned for the Polish agency credit (sample data and a real company), and Жмурова, Кузовлёва, Мятлева
and Синеглазова, planned for a Russian editor's surname (real surnames or in sample data; the line was written without a
name). One query ("Dobrокваскова", mixed scripts by a typing slip) checked nothing useful and named nothing used. Not
checked, generic or invented at sight: the Mühlbach, the harmonie of the twin town, OSK Wrzośnica, the МУП «Ольховецкий
информационный центр», Retro Corner and the people's first names and handles (Bev, Sunita, MumOfThree_Q, Ken D.,
shelfkeeper, pixelpusher84, Mamie Jo, Gérard V., Bénédicte L., Josette_tricote, Sandkastenmama, Kurt H.,
Rotkehlchen_Renate, Matteo, Luisa_B, Tonino62, Carlotta, Tata Kuby, Hania, Ania_dzierga, Gosia K., Елена, Serega_8bit),
which are invented, though ordinary names real people may bear; none is meant as a real person. The phone numbers are
zero-filled. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from memory): the
NYT's continue-reading line, Spotify, Datawrapper, the Department for Education, the Local Democracy Reporting Service,
Patreon, Twitch, Substack, Jekyll, GitHub Pages, Facebook's comments plugin, WhatsApp, Messenger, LinkedIn, Snapchat, Le
Monde's paywall wording, the German MStV, PayPal, Spreaker, Ko-fi, WordPress, Altervista, Patronite, RUTUBE and Tilda;
on the pages Nintendo's Game Boy, Tetris, Kapton tape, eBay, Discord, Brittany and the Morbihan, the Kadence, Neve and
GeneratePress themes, Amazon, VKontakte, the Dendy console, the ОМС policy and the Gosuslugi portal, Blogger, Sibelius
(in a keep line). (8) Set 92's docstring names its own shapes and its pages' layouts (and sets 89 to 91 their shapes in
their first paragraphs), so some lines may repeat shapes of sets before 89 or of the development lists that I could not
check; in particular "Continue reading the main story", the Facebook comments-plugin residue, "Estimated reading time"
and the paywall lines are common enough that an earlier set may hold them. Close to shapes sets 89 to 92 named: the
Spotify, Spreaker and RUTUBE lines are embed residue near the Instagram, Getty, podcast and map placeholders; the
Datawrapper credit is near set 91's Flourish chart; the Polish text-to-speech label is near the listen links on set 92's
pages; the reading-time rows are reading-time rows in other words; the Local Democracy Reporting and correspondent
bylines are bylines near the credits named; the Russian text-and-photo credit is close to set 90's Polish and set 89's
Italian text-and-photos credits, in another language and wording; the Patreon, Twitch, PayPal, Ko-fi and Patronite plugs
are plugs like the Tipeee, Boosty, Steady, Satispay, YooMoney and Buy-Me-a-Coffee ones (Ko-fi is near the last); the
Substack, Jekyll, Altervista and Tilda lines are near the Ghost, Hugo, Blogger, Squarespace and Overblog credits; the
publication-director and MStV lines are legal footers near the § 5 DDG imprint heading and the publisher lines; the
comment lines are comment furniture near the log-in, consent, show-replies and show-more lines (the Polish see-all link
near set 91's Russian show-more link); the share rows are share rows on other platforms; the free-yarn disclosure, the
live-updates note and the press-service note are notices near the affiliate, transparency, story-updated and
press-release lines (set 89's Polish press-release credit was counted as a byline). Page chrome repeats kinds of line
set 92's docstring names among its noise (photo captions, ad labels and ads, read-also links, newsletter and messenger
prompts, affiliate notes, tables of contents, theme credits), as real pages carry them. (9) My first step's clock
reading was 2026-12-04 21:34:11 UTC; the measurement ran at 21:40:15 UTC. (10) After committing, ``git rev-parse HEAD``
in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertising for a new head cook", "Print-outs of the new bus
route", "Comments from parents", "Follow-up visits", "Reading time in the library", "Sharing the stage", "Sign-up
sheets", "Publicité mensongère", "Lire une partition", "Inscriptions closes", "Teilen mussten sich", "Werbung für das
neue Klettergerät", "Newsletter und Elternbriefe", "Condividere la cucina", "Commentando il premio", "Pubblicità a
parte", "Czytaj nuty", "Zapisy na półkolonie", "Подписи под петицией" and "Комментируя решение" are article sentences.
The continue-reading line, the Spotify residue, the Datawrapper credit, the paywall lines, the Spreaker residue, the
text-to-speech label and the RUTUBE link are counted as markers; the reading-time rows as reading-time lines; the
bylines, the text-and-photo credit and the Patreon, Twitch, PayPal, Ko-fi and Patronite plugs as bylines; the Substack,
link-row, Jekyll, publication-director, MStV, Altervista, web-agency and Tilda lines as footers; the comments-plugin
residue, the action row, the be-the-first prompt, the subscribers-only, show-comments, register-to-comment, see-all and
rules-consent lines as comments; the share rows as share; the free-yarn disclosure, the live-updates note and the
press-service note as notices. On every page the title, the paragraphs before the subheading (three, the third with the
quote), the subheading, its list rows and the last paragraphs are article (10 lines a page: three rows and two last
paragraphs; the blog posts' closing lines about the next post and the portals' lines about what comes next are their
last paragraphs and counted as article) and everything else is noise (20 lines a page); in particular site names and
taglines, menus, subscribe and push prompts, age marks, datelines, bylines and author names, dates, categories, listen
links, view counts, tables of contents, photo captions and photo-rights lines, ad labels and ads, a most-read box,
read-also and related links, newsletter, WhatsApp, VKontakte and Discord prompts, affiliate, discount-code,
advertising-disclosure and equipment notes, a download offer, a story-tip prompt, a gallery link, map links, tags, share
lines, comment headings and counts, commenter rows, comment texts and replies, previous- and next-post links, a
back-to-top link, theme credits, copyright, legal and publisher lines are noise. The layouts: two or three noise lines
above the title, two to five under it (the retro-games Dendy post has its table of contents there, after its date and
category rows), a table of contents between the first and second paragraphs on one page
(fr-blog-pelotesetpapotes-pull-top-down, four lines), one to three noise lines between the paragraphs before the
subheading on eleven pages (a most-read box of three lines on en-portal-pucklewick-school-kitchen; none on
pl-blog-drutyiklebki-pierwsze-skarpetki), noise between the paragraph with the quote and the subheading on two pages
(fr-blog-pelotesetpapotes-pull-top-down and pl-blog-drutyiklebki-pierwsze-skarpetki), noise between the subheading and
the first list row on two pages (it-blog-banchiincucina-settimana-tipo, a planner download, and
ru-portal-olkhovetsk-zimniy-lager, a VKontakte prompt), gaps between list rows on eight pages (two gaps on
en-blog-dustyslotdiaries-gameboy-screen and pl-blog-drutyiklebki-pierwsze-skarpetki, a gap of two lines on
de-portal-hohenbruechel-spielplatz, an ad label and ad, and on ru-blog-vosmibitnyycherdak-dendy, an affiliate link and a
caption), noise between the last list row and the last paragraphs on six pages (en-portal-pucklewick-school-kitchen,
fr-portail-vernouillac-orchestre-des-jeunes, de-portal-hohenbruechel-spielplatz, de-blog-fernglasnotizen-wintergaeste
with two lines, it-portale-montevalsino-robotica and pl-portal-wrzosnica-autobus-szkolny), noise between the two last
paragraphs on five pages (en-blog-dustyslotdiaries-gameboy-screen, de-blog-fernglasnotizen-wintergaeste,
it-portale-montevalsino-robotica, pl-portal-wrzosnica-autobus-szkolny and ru-blog-vosmibitnyycherdak-dendy, one line
each) and nine to eleven at the foot, with replies on every page (a reply to a reply on ten: every page but the
orchestra and robotics stories, which have a comment and one reply; reply rows carry a "↳", or a "↪" on the
homeschooling post, and the blog authors' and the editors' replies carry their name and no arrow), and no footer line
under the comments on pl-blog-drutyiklebki-pierwsze-skarpetki. The subheadings and rows:
en-portal-pucklewick-school-kitchen "What changes for families", en-blog-dustyslotdiaries-gameboy-screen "What I used",
fr-portail-vernouillac-orchestre-des-jeunes "Le programme des concerts", fr-blog-pelotesetpapotes-pull-top-down "Ce que
j'ai appris", de-portal-hohenbruechel-spielplatz "Was neu ist", de-blog-fernglasnotizen-wintergaeste "Meine Liste vom
Sonntag", it-portale-montevalsino-robotica "Il premio in tre numeri", it-blog-banchiincucina-settimana-tipo "La nostra
settimana tipo", pl-portal-wrzosnica-autobus-szkolny "Co proponuje gmina", pl-blog-drutyiklebki-pierwsze-skarpetki
"Czego się nauczyłam", ru-portal-olkhovetsk-zimniy-lager "Какие документы нужны" and ru-blog-vosmibitnyycherdak-dendy
"Что я сделал" (three rows each); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-pucklewick-school-kitchen (a regional news portal's story
on a primary school canteen cooking on site again after eleven years of meals delivered in heated boxes, with a comment,
a reply and a reply to it), en-blog-dustyslotdiaries-gameboy-screen (a retro-games blog's post on mending a loft-find
Game Boy's screen ribbon with a soldering iron, with a comment, the author's reply and a reply to it),
fr-portail-vernouillac-orchestre-des-jeunes (a regional news portal's story on a youth orchestra's first tour, four
concerts in five days in Brittany, with a comment and a reply), fr-blog-pelotesetpapotes-pull-top-down (a knitting
blog's post on a first jumper knitted top-down without a seam, with a comment, the author's reply and a reply to it),
de-portal-hohenbruechel-spielplatz (a regional news portal's story on a playground reopening after eight months of
rebuilding, with a comment, a reply and a reply to it), de-blog-fernglasnotizen-wintergaeste (a birdwatching blog's post
on goosanders, little grebes and a kingfisher at a reservoir on a December Sunday, with a comment, the author's reply
and a reply to it), it-portale-montevalsino-robotica (a regional news portal's story on four technical-school students
winning a national robotics prize with a litter-sorting robot, with a comment and a reply),
it-blog-banchiincucina-settimana-tipo (a homeschooling blog's post on a family's typical week with three children of
different ages, with a comment, the authors' reply and a reply to it), pl-portal-wrzosnica-autobus-szkolny (a regional
news portal's story on a school bus route cut short, leaving three children without transport, with a comment, a reply
and a reply to it), pl-blog-drutyiklebki-pierwsze-skarpetki (a knitting blog's post on a first pair of socks on five
needles, with a comment, the author's reply, a reply to it and another comment), ru-portal-olkhovetsk-zimniy-lager (a
regional news portal's story on registration opening for a school's winter day camp, with a comment, the editors' reply
and a reply to it) and ru-blog-vosmibitnyycherdak-dendy (a retro-games blog's post on reviving a Dendy console found in
a cupboard, with a comment, the author's reply and a reply to it); every page holds a title, a subheading with list
rows, a quote in the article and noise above the title, under it, between the paragraphs or the list rows and at the
foot.

Baseline (2026-12-04, cleaner at commit 994df7e5585fe24c97e613f7832d5f0ca9ff63d1, measured with ``cd /tmp/wt-s93 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s93/src python -m pytest -q tests/test_clean_held_out_93.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s93 && PYTHONPATH=/tmp/wt-s93/src python
scripts/clean_held_out_report.py --sets 93`` (noise lines removed 34/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 20 of 240), with the xfail tables empty): noise lines removed 34/45 (marker 4/8, reading-time 7/7,
byline 7/8, footer 6/8, comments 6/8, share 3/3, notice 1/3; missed, all kept in the text: in the body the English
"Continue reading the main story", "Preview of Spotify. Sign up to get unlimited songs and podcasts with occasional ads.
No credit card needed." and "Chart: Schools data team • Source: Department for Education • Created with Datawrapper" and
the Italian "Ascolta "Voci di Montevalsino" su Spreaker."; at the foot the English "I stream most of these old games
live on Twitch on Sunday evenings – come and say hello in the chat.", "This site is built with Jekyll and hosted on
GitHub Pages." and "What do you think? Be the first to leave a comment below.", the German "Die Wolle für dieses Projekt
wurde mir kostenlos vom Hersteller zur Verfügung gestellt.", the Italian "Sito realizzato con WordPress e ospitato su
Altervista" and "Per commentare devi essere registrato: crea un account gratuito in un minuto." and the Russian
"Информация предоставлена пресс-службой районной администрации."; every line at the head goes); keep lines kept 20/20;
pages 0/12 clean, 20 of 240 page noise lines left and 11 of 120 article lines lost: en-portal-pucklewick-school-kitchen
1 left ("Get the Chronicle's free schools newsletter every Friday"); en-blog-dustyslotdiaries-gameboy-screen 3 left
("The half-dead screen before the repair, with Tetris still running underneath.", "Get 10% off repair kits in my eBay
shop" and "Retro Corner on Discord: come and show us your repairs"); fr-portail-vernouillac-orchestre-des-jeunes 1 left
("Cuisines Brunaud – -30 % sur les plans de travail jusqu'au 31/12"); fr-blog-pelotesetpapotes-pull-top-down 2 left ("Le
pull terminé, posé à plat sur le lit." and "Lien affilié : les aiguilles circulaires que j'utilise");
de-portal-hohenbruechel-spielplatz 1 left ("Push-Nachrichten aktivieren und keine Meldung aus Hohenbrüchel verpassen");
de-blog-fernglasnotizen-wintergaeste 5 left ("Werbung, da Markennennung: Mein Fernglas habe ich selbst gekauft.", "Alle
Fotos © Fernglasnotizen, bitte nicht ohne Nachfrage verwenden.", "Newsletter: Einmal im Monat meine schönsten
Beobachtungen ins Postfach", "Karte: Beobachtungspunkte am Stausee" and "Meine Ausrüstung: Fernglas 8x42, Kamera mit
100–400 mm (keine Kooperation)"); it-portale-montevalsino-robotica 2 left ("Montevalsino, 3 dicembre 2026" and "I
quattro studenti con il loro robot sul palco della premiazione."); it-blog-banchiincucina-settimana-tipo 0 left, 6
article lines lost or put out of order (its subheading "La nostra settimana tipo", its three list rows and its two last
paragraphs, "Il sabato è libero per tutti, compresi noi genitori, e ci teniamo molto." and "Nel prossimo post vi
racconto come prepariamo l'esame di idoneità di fine anno."); pl-portal-wrzosnica-autobus-szkolny 2 left ("OSK Wrzośnica
– kurs prawa jazdy kat. B od 2000 zł, tel. 000 000 000" and "Masz temat? Napisz do nas przez formularz kontaktowy");
pl-blog-drutyiklebki-pierwsze-skarpetki 1 left ("Tu kupisz druty, których używam – kod HANIA10 na −10%");
ru-portal-olkhovetsk-zimniy-lager 2 left ("Натяжные потолки за один день — звоните 8 (000) 000-00-00" and "Мы ВКонтакте
— подписывайтесь"); ru-blog-vosmibitnyycherdak-dendy 0 left, 5 article lines lost or put out of order (its subheading
"Что я сделал", its three list rows and the first of its last paragraphs, "Теперь все картриджи запускаются с первого
раза, а экран больше не мигает."; its last paragraph is kept). Of the left page lines none stands above the title (every
site name, tagline, menu, subscribe link and age mark goes); two stand under the title (the robotics story's dateline
and photo caption; every other byline, date, category, listen link, view count, caption and table of contents under the
titles goes); six stand between the paragraphs before the subheading (the Game Boy post's caption, the orchestra story's
kitchen ad, whose label goes, the birdwatching post's advertising disclosure and photo-rights line, whose caption goes,
the bus story's driving-school ad and the camp story's ceiling ad, whose labels and read-also links go; the most-read
box, the table of contents and the other read-also, affiliate, ad and caption lines go); one stands between the
paragraph with the quote and the subheading (the jumper post's caption; the socks post's caption and affiliate note go);
one stands between the subheading and the first list row (the camp story's VKontakte prompt); four stand in gaps between
list rows (the canteen story's newsletter prompt, the Game Boy post's eBay plug, the jumper post's affiliate link and
the socks post's discount-code plug; the Game Boy post's second caption, the playground story's ad label and ad, the
robotics story's read-also link and the socks post's read-also link go); four stand between the last list row and the
last paragraphs (the playground story's push prompt, the birdwatching post's newsletter prompt and map link and the bus
story's story-tip prompt; the canteen story's related link, the orchestra story's newsletter prompt and the robotics
story's WhatsApp prompt go); two stand between the two last paragraphs (the Game Boy post's Discord plug and the
birdwatching post's equipment line; the robotics story's gallery link and the bus story's see-also link go); and none
stands at the foot (every tag, share, comment heading, commenter row, comment text, reply, previous- and next-post link,
back-to-top link, theme credit, copyright and legal line goes). On the homeschooling post every article line from the
subheading on is lost or put out of order (the noise lines there are reported as removed), and on the Dendy post every
article line from the subheading to the first of the last paragraphs. The failing cases are strict xfails.

Round 77 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_93.py`` at the blind measurement's 994df7e
(before; main at e6a609a, after round 76 and the retrained second opinion, had 36 lines, 20 page lines left and 6
article lines lost) and the round's last commit on branch round77 (after): noise lines 34 -> 38 of 45 (marker 4/8 ->
5/8, reading-time 7/7, byline 7/8, footer 6/8 -> 8/8, comments 6/8 -> 7/8, share 3/3, notice 1/3), keep lines 20 -> 20
of 20, pages clean 0 -> 4 of 12, page noise lines left 20 -> 14 of 240, article lines lost 11 -> 0 of 120; pytest 54
passed, 23 xfailed -> 62 passed, 15 xfailed. Fixed, by mechanism: a subheading's rows go on past up to two lines the
rules took between two rows (an affiliate link) and past a download offer, a follow or a newsletter prompt between the
subheading and its first row, which had ended the block as a share row ends a page (page_blocks._list_block_end,
_is_block_insert): the homeschooling post's subheading, rows and last paragraphs are the article's again (round 76 had
given the Dendy post's back), and the winter-camp story's VKontakte prompt no longer takes its block. Classes added (six
languages, near misses, tests/test_clean.py test_round_77_*): a chart's or a map's caption under its label ('Chart:
...', 'Karte: ...', clean._BARE_CAPTION); a trade's free quotes after a dash and a shop's discount code in capitals with
its percentage (clean._TRADE_QUOTE_AD, _DISCOUNT_OFFER); the site's newsletter named in the possessive or with 'get'
('Get the Chronicle's free schools newsletter every Friday'); a story-tip prompt naming a messenger or the contact form
(clean._TIP_CONTACT); the site on a network with an imperative for a link ('Мы ВКонтакте — подписывайтесь') and a
community on a chat network with an invitation ('Retro Corner on Discord: come and show us your repairs');
'Push-Nachrichten aktivieren ...'; a platform's credit with the site as subject and its host after 'and' ('This site is
built with Jekyll and hosted on GitHub Pages.'); a question to the reader before the call to comment first ('What do you
think? Be the first to leave a comment below.'). Left: the single lines of the _LINE_XFAIL table (the Altervista footer
goes with main's retrained second opinion), and on the pages captions written as sentences (round 49 keeps 'Photo: ...
.' as a sentence), the eBay, kitchen, driving-school and ceiling ads (a trade and an offer with no quote or code), the
affiliate and equipment lines, the advertising disclosure, the photo-rights line, a 'Newsletter: ...' teaser and the
robotics story's dateline.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_93_LINES = [
    # English
    ("body", "Continue reading the main story", "marker"),
    ("body",
     "Preview of Spotify. Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.",
     "marker"),
    ("body", "Chart: Schools data team • Source: Department for Education • Created with Datawrapper", "marker"),
    ("head", "Estimated reading time: 6 minutes", "reading-time"),
    ("head", "Reading time: 7 min · 1,450 words", "reading-time"),
    ("head", "By Ellis Marchbank, Local Democracy Reporting Service", "byline"),
    ("tail", "Patrons get every knitting pattern a week early – join me on Patreon from £3 a month.", "byline"),
    ("tail",
     "I stream most of these old games live on Twitch on Sunday evenings – come and say hello in the chat.",
     "byline"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "Cookie settings | Privacy notice | Accessibility statement | Modern slavery statement", "footer"),
    ("tail", "This site is built with Jekyll and hosted on GitHub Pages.", "footer"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Like · Reply · 3y", "comments"),
    ("tail", "What do you think? Be the first to leave a comment below.", "comments"),
    ("tail", "Send this to a friend: WhatsApp | Messenger | LinkedIn | SMS", "share"),
    # French
    ("body", "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.", "marker"),
    ("head", "Temps de lecture : 6 min", "reading-time"),
    ("head", "De notre correspondante, Odette Vaurillon", "byline"),
    ("tail", "Directrice de la publication : Agnès Pellevoisin", "footer"),
    ("tail", "Vous devez être abonné pour réagir à cet article.", "comments"),
    ("tail", "LinkedIn • Messenger • Snapchat • Imprimer l'article", "share"),
    # German
    ("body", "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen.", "marker"),
    ("head", "Geschätzte Lesezeit: 4 Minuten", "reading-time"),
    ("tail", "Wenn dir meine Strickanleitungen gefallen, freue ich mich über eine kleine Spende per PayPal.", "byline"),
    ("tail", "Verantwortlich i. S. d. § 18 Abs. 2 MStV: Jörg Hambrecht", "footer"),
    ("tail", "Kommentare einblenden (7)", "comments"),
    ("tail", "Die Wolle für dieses Projekt wurde mir kostenlos vom Hersteller zur Verfügung gestellt.", "notice"),
    # Italian
    ("body", "Ascolta \"Voci di Montevalsino\" su Spreaker.", "marker"),
    ("head", "Tempo di lettura stimato: 5 minuti", "reading-time"),
    ("tail", "Se questo post ti è stato utile, offrimi un caffè su Ko-fi.", "byline"),
    ("tail", "Sito realizzato con WordPress e ospitato su Altervista", "footer"),
    ("tail", "Per commentare devi essere registrato: crea un account gratuito in un minuto.", "comments"),
    ("tail", "Inoltra su WhatsApp · Condividi su LinkedIn · Salva nei preferiti", "share"),
    # Polish
    ("body", "Posłuchaj artykułu – czyta syntezator mowy", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Jeśli chcesz wesprzeć bloga, zostań moim patronem na Patronite.", "byline"),
    ("tail", "Projekt i realizacja strony: Wrzosowy Piksel", "footer"),
    ("tail", "Zobacz wszystkie komentarze (9)", "comments"),
    ("head", "Artykuł aktualizowany na bieżąco", "notice"),
    # Russian
    ("body", "Смотреть видео на RUTUBE", "marker"),
    ("head", "Время прочтения — 6 минут", "reading-time"),
    ("head", "Текст: Дарья Стрижевская, фото автора", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Нажимая «Отправить», вы соглашаетесь с правилами комментирования.", "comments"),
    ("tail", "Информация предоставлена пресс-службой районной администрации.", "notice"),
]

HELD_OUT_93_KEEP = [
    # English
    ("head", "Advertising for a new head cook began in September, after the old kitchen failed its inspection."),
    ("head", "Print-outs of the new bus route were handed to every family on Friday, two weeks before the last run."),
    ("body", "Comments from parents at the open evening were mostly about the price of a school dinner."),
    ("body", "Follow-up visits by the fire officer are planned before the rebuilt playground opens in spring."),
    ("tail", "Reading time in the library has doubled since the robotics club moved into the room next door."),
    ("tail", "Sharing the stage with the county's adult orchestra, the young players opened with a Sibelius overture."),
    ("tail", "Sign-up sheets for the holiday camp went on the school office door at 8am and were full by lunchtime."),
    # French
    ("head",
     "Publicité mensongère, accusent les parents : le nouveau circuit du car scolaire rallonge le trajet de vingt "
     "minutes."),
    ("body", "Lire une partition à vue, c'est ce que la cheffe demande d'abord aux jeunes musiciens de l'orchestre."),
    ("tail", "Inscriptions closes : les cent vingt places du centre de loisirs ont été prises en deux jours."),
    # German
    ("head",
     "Teilen mussten sich die Schülerinnen bisher zwei alte Lötkolben, jetzt hat jede Gruppe der Robotik-AG einen "
     "eigenen."),
    ("body",
     "Werbung für das neue Klettergerät machte ausgerechnet der Bürgermeister, der als Erster die Rutsche "
     "hinunterfuhr."),
    ("tail",
     "Newsletter und Elternbriefe hätten zu spät über die gestrichene Buslinie informiert, kritisiert der "
     "Elternbeirat."),
    # Italian
    ("head", "Condividere la cucina con la scuola dell'infanzia non sarà più necessario dal prossimo gennaio."),
    ("body",
     "Commentando il premio, la professoressa ha ricordato che il robot è stato costruito con pezzi di recupero."),
    ("tail",
     "Pubblicità a parte, il campo estivo del comune resta il più economico della provincia: 60 euro a settimana."),
    # Polish
    ("body", "Czytaj nuty, powtarza dzieciom dyrygent, i dopiero potem graj z pamięci."),
    ("tail", "Zapisy na półkolonie ruszają w poniedziałek o 8.00 w sekretariacie szkoły."),
    # Russian
    ("head", "Подписи под петицией о возвращении школьного автобуса за неделю собрали 312 родителей."),
    ("tail", "Комментируя решение, директор школы сказала, что дети пока будут ходить до остановки пешком."),
]


HELD_OUT_93_PAGES = {
    "en-portal-pucklewick-school-kitchen": _page("en", "en-portal-pucklewick-school-kitchen", [
        [
            "-Pucklewick Chronicle",
            "-News | Schools | Sport | Property | Jobs | Announcements",
        ],
        [
            "+Primary school canteen reopens with its own kitchen after eleven years of reheated meals",
        ],
        [
            "-By Harriet Lomasney, Education Reporter",
            "-Published 3 December 2026, 6:00 am",
            "-Listen to this story · 3 min",
            "-Cooks Bev and Sunita at the new serving counter on Monday. Picture: Pucklewick Chronicle",
        ],
        [
            "+Pupils at Tanpit Lane Primary sat down to a lunch cooked on site on Monday for the first time since "
            "2015, when the school's kitchen was closed and meals began arriving in heated boxes from a depot twelve "
            "miles away.",
        ],
        [
            "+The new kitchen, built in a former storeroom over the summer holidays, cost £186,000, most of it from a "
            "county fund for school buildings.",
        ],
        [
            "-Most read",
            "-1. Bypass roadworks to run into February",
            "-2. Town's last bank branch to close in March",
        ],
        [
            "+“The children can smell lunch cooking from the classrooms now, and they eat far more of it,” said head "
            "teacher Alison Prewett.",
        ],
        [
            "+What changes for families",
        ],
        [
            "+Meals stay at £2.60 a day for juniors and free for infants.",
            "+A vegetarian choice is cooked every day instead of twice a week.",
        ],
        [
            "-Get the Chronicle's free schools newsletter every Friday",
        ],
        [
            "+Parents can book a taster lunch on Thursdays by calling the school office.",
        ],
        [
            "-Related: Secondary school to trial cashless tills",
        ],
        [
            "+The kitchen will also cook for the nursery next door from January, which the school says will cover the "
            "cost of a second cook.",
        ],
        [
            "+A formal opening with the mayor is planned for the spring term.",
        ],
        [
            "-Topics: Schools, Food, Tanpit Lane",
            "-3 comments",
            "-MumOfThree_Q · 2 hours ago",
            "-Finally! My two came home starving every day on the boxed meals.",
            "-↳ Ken D. · 1 hour ago",
            "-Same at ours. Hope the secondary is next.",
            "-↳ MumOfThree_Q replied · 50 minutes ago",
            "-Fingers crossed, Ken.",
            "-© 2026 Pucklewick Chronicle. All rights reserved.",
        ],
    ]),
    "en-blog-dustyslotdiaries-gameboy-screen": _page("en", "en-blog-dustyslotdiaries-gameboy-screen", [
        [
            "-Dusty Slot Diaries",
            "-Old games, new batteries",
            "-Home · Repairs · Reviews · About",
        ],
        [
            "+Bringing a loft-find Game Boy back to life with a new screen ribbon",
        ],
        [
            "-Posted on 29 November 2026 by shelfkeeper",
            "-Filed under: Repairs, Nintendo",
        ],
        [
            "+My brother found his old Game Boy in a shoebox in our parents' loft last month, with Tetris still in "
            "the slot and the screen showing only half its lines.",
        ],
        [
            "+Missing lines on these early handhelds almost always mean the ribbon between the screen and the glass "
            "has come loose, and the fix needs heat more than skill.",
        ],
        [
            "-This post contains affiliate links; I earn a small commission if you buy through them.",
            "-The half-dead screen before the repair, with Tetris still running underneath.",
        ],
        [
            "+As the man at the repair café told me years ago, “Never trust a soldering iron on a ribbon – use a flat "
            "tip and count to ten.”",
        ],
        [
            "+What I used",
        ],
        [
            "+A soldering iron with a flat tip, set to 250 degrees",
        ],
        [
            "-Get 10% off repair kits in my eBay shop",
        ],
        [
            "+A strip of Kapton tape to protect the plastic around the screen",
        ],
        [
            "-Image: the ribbon, with the dark line where it has lifted",
        ],
        [
            "+Patience, because each pass of the iron only fixes two or three lines",
        ],
        [
            "+After twenty minutes of pressing the ribbon in small steps, every line came back and the screen is now "
            "as sharp as it was in 1990.",
        ],
        [
            "-Retro Corner on Discord: come and show us your repairs",
        ],
        [
            "+Next week I will try to replace the sound amplifier, which crackles at any volume.",
        ],
        [
            "-Tags: Game Boy, repair, screen",
            "-← Previous post: A box of cartridges from a car-boot sale",
            "-3 thoughts on “Bringing a loft-find Game Boy back to life with a new screen ribbon”",
            "-pixelpusher84 says:",
            "-Did you have to take the glass off, or just the shell?",
            "-shelfkeeper (author) says:",
            "-Just the shell and the front bezel – the glass stays put.",
            "-↳ Reply from pixelpusher84",
            "-Brilliant, mine has the same fault.",
            "-Proudly powered by WordPress",
        ],
    ]),
    "fr-portail-vernouillac-orchestre-des-jeunes": _page("fr", "fr-portail-vernouillac-orchestre-des-jeunes", [
        [
            "-L'Écho de Vernouillac",
            "-Actualités Sports Agenda Annonces Nécrologie",
        ],
        [
            "+L'orchestre des jeunes de Vernouillac part en tournée en Bretagne pour la première fois",
        ],
        [
            "-Vernouillac (Morbihan)",
            "-Publié le 02/12/2026 à 18h40, mis à jour le 03/12/2026 à 07h15",
            "-Par Solène Ravignac",
            "-Écouter cet article",
            "-Les jeunes musiciens en répétition générale à la salle des fêtes. Photo L'Écho de Vernouillac",
        ],
        [
            "+Quarante-deux musiciens de 11 à 19 ans prendront le car le 20 décembre pour quatre concerts en cinq "
            "jours dans le Morbihan.",
        ],
        [
            "+La tournée a coûté 23 000 euros, réunis en deux ans grâce à des lotos, à la vente de calendriers et à "
            "une subvention du département.",
        ],
        [
            "-À lire aussi : Le conservatoire cherche des bénévoles pour son gala",
            "-Annonce",
            "-Cuisines Brunaud – -30 % sur les plans de travail jusqu'au 31/12",
        ],
        [
            "+« Certains n'ont jamais dormi loin de leurs parents, alors on a prévu deux accompagnateurs par chambre "
            "», explique la cheffe d'orchestre, Camille Orbignac.",
        ],
        [
            "+Le programme des concerts",
        ],
        [
            "+Samedi 20 décembre : concert d'ouverture avec l'harmonie de la ville jumelle",
            "+Lundi 22 décembre : deux concerts dans des maisons de retraite",
            "+Mercredi 24 décembre : concert de Noël en plein air, si le temps le permet",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actu locale : inscrivez-vous à notre newsletter",
        ],
        [
            "+Les familles ont payé 60 euros par enfant, le reste étant couvert par l'association des parents.",
        ],
        [
            "+Un concert de retour est prévu le 10 janvier à la salle des fêtes de Vernouillac.",
        ],
        [
            "-Vernouillac · Culture · Jeunesse",
            "-Partagez l'article :",
            "-2 commentaires",
            "-Mamie Jo",
            "-Bravo aux jeunes, on sera au concert de retour !",
            "-↳ Gérard V.",
            "-Mon petit-fils joue du cor, il ne parle que de ça.",
            "-Mentions légales · Cookies · Contact",
            "-© L'Écho de Vernouillac 2026",
        ],
    ]),
    "fr-blog-pelotesetpapotes-pull-top-down": _page("fr", "fr-blog-pelotesetpapotes-pull-top-down", [
        [
            "-Pelotes et Papotes",
            "-Le blog tricot d'une débutante têtue",
        ],
        [
            "+Mon premier pull tricoté de haut en bas, sans une seule couture",
        ],
        [
            "-1 décembre 2026",
            "-Tricot, Pulls",
            "-Par Bénédicte L.",
        ],
        [
            "+Après trois écharpes et un bonnet, j'ai enfin osé le pull, en commençant par le col et en descendant "
            "jusqu'aux poignets.",
        ],
        [
            "-Sommaire",
            "-1. Le choix de la laine",
            "-2. Les augmentations du raglan",
            "-3. Ce que je changerais",
        ],
        [
            "+J'ai pris une laine mérinos épaisse, en six pelotes, et des aiguilles circulaires de 5 mm avec un câble "
            "de 80 cm.",
        ],
        [
            "+Ma grand-mère m'a toujours dit : « Un pull, c'est d'abord un col bien fait, le reste suit. »",
        ],
        [
            "-Le pull terminé, posé à plat sur le lit.",
        ],
        [
            "+Ce que j'ai appris",
        ],
        [
            "+Compter les augmentations à voix haute évite de tout défaire.",
        ],
        [
            "-Lien affilié : les aiguilles circulaires que j'utilise",
        ],
        [
            "+Essayer le pull sur le câble, avant de séparer les manches, sauve la taille.",
            "+Bloquer le pull mouillé aplatit les mailles irrégulières.",
        ],
        [
            "+Le pull m'a pris sept semaines, à raison d'une heure par soir environ.",
        ],
        [
            "+La semaine prochaine, je vous montre les chaussettes assorties, promis.",
        ],
        [
            "-Étiquettes : pull, raglan, top-down",
            "-3 commentaires",
            "-Josette_tricote",
            "-Superbe ! Quelle laine exactement ?",
            "-Bénédicte L. (autrice)",
            "-Une mérinos de la filature du coin, je mettrai le nom dans le prochain article.",
            "-↳ Josette_tricote a répondu",
            "-Merci, j'attends avec impatience !",
            "-Blog propulsé par WordPress · Thème Kadence",
        ],
    ]),
    "de-portal-hohenbruechel-spielplatz": _page("de", "de-portal-hohenbruechel-spielplatz", [
        [
            "-Hohenbrücheler Rundschau",
            "-Lokales | Sport | Kultur | Service | E-Paper",
            "-Abo abschließen",
        ],
        [
            "+Spielplatz am Mühlbach nach acht Monaten Umbau wieder offen",
        ],
        [
            "-Hohenbrüchel · 03.12.2026, 16:22 Uhr",
            "-Von Lena Kornhuber",
            "-Die neue Kletterspinne ist das Herzstück des Spielplatzes. Foto: Rundschau",
        ],
        [
            "+Seit Mittwoch dürfen Kinder wieder auf den Spielplatz am Mühlbach, der seit dem Frühjahr wegen morscher "
            "Holzgeräte gesperrt war.",
        ],
        [
            "+Die Stadt hat rund 240.000 Euro in neue Geräte, einen barrierefreien Weg und eine Wasserpumpe mit "
            "Matschbecken investiert.",
        ],
        [
            "-Auch interessant: Freibad bekommt im Sommer eine neue Rutsche",
        ],
        [
            "+„Die Kinder haben beim Planen mitgeredet, deshalb gibt es jetzt eine Nestschaukel statt zwei einfacher "
            "Schaukeln“, sagt Bürgermeisterin Ute Frenzlinger.",
        ],
        [
            "+Was neu ist",
        ],
        [
            "+eine Kletterspinne für Kinder ab sechs Jahren",
            "+ein Matschbereich mit Handpumpe für die Kleinen",
        ],
        [
            "-Anzeige",
            "-Gartenbau Rehbeinen – Ihr Fachbetrieb für Baumpflege",
        ],
        [
            "+Bänke im Schatten und ein Trinkbrunnen am Eingang",
        ],
        [
            "-Push-Nachrichten aktivieren und keine Meldung aus Hohenbrüchel verpassen",
        ],
        [
            "+Die alten Holzgeräte wurden zu Brennholz verarbeitet und an den Waldkindergarten gespendet.",
        ],
        [
            "+Eine offizielle Eröffnung mit Kinderfest ist für den ersten Samstag im Mai geplant.",
        ],
        [
            "-Mehr zum Thema: Spielplätze, Stadtrat, Familie",
            "-Artikel teilen",
            "-Kommentare (3)",
            "-Sandkastenmama",
            "-Endlich! Und der Matschbereich ist genial.",
            "-↳ Kurt H.",
            "-Warum hat das acht Monate gedauert?",
            "-↳ Antwort von Sandkastenmama",
            "-Lieferschwierigkeiten bei den Geräten, stand im Protokoll des Stadtrats.",
            "-© Hohenbrücheler Rundschau 2026 | Impressum | Datenschutz",
        ],
    ]),
    "de-blog-fernglasnotizen-wintergaeste": _page("de", "de-blog-fernglasnotizen-wintergaeste", [
        [
            "-Fernglasnotizen",
            "-Vögel beobachten zwischen Feierabend und Frühstück",
        ],
        [
            "+Wintergäste am Stausee: Gänsesäger, Zwergtaucher und ein Eisvogel",
        ],
        [
            "-2. Dezember 2026",
            "-Kategorie: Beobachtungen",
        ],
        [
            "+Am Sonntag war ich um halb acht am Stausee, als der Nebel gerade über dem Wasser aufriss.",
        ],
        [
            "-Werbung, da Markennennung: Mein Fernglas habe ich selbst gekauft.",
        ],
        [
            "+In zwei Stunden zählte ich 31 Arten, darunter zwölf Gänsesäger, die in einer Reihe über den See zogen.",
        ],
        [
            "-Foto: Gänsesäger-Weibchen im Gegenlicht, 400 mm",
            "-Alle Fotos © Fernglasnotizen, bitte nicht ohne Nachfrage verwenden.",
        ],
        [
            "+Ein älterer Herr mit Spektiv meinte nur: „Wer im Dezember nicht rausgeht, verpasst die besten Gäste.“",
        ],
        [
            "+Meine Liste vom Sonntag",
        ],
        [
            "+12 Gänsesäger, davon vier Männchen im Prachtkleid",
            "+5 Zwergtaucher am Schilfrand",
            "+1 Eisvogel, zweimal am Steg gesehen",
        ],
        [
            "-Newsletter: Einmal im Monat meine schönsten Beobachtungen ins Postfach",
            "-Karte: Beobachtungspunkte am Stausee",
        ],
        [
            "+Der Eisvogel war der schönste Moment des Winters bisher, auch wenn das Foto nur ein blauer Strich ist.",
        ],
        [
            "-Meine Ausrüstung: Fernglas 8x42, Kamera mit 100–400 mm (keine Kooperation)",
        ],
        [
            "+Nächsten Sonntag versuche ich es am Klärteich, wo angeblich ein Seeadler gesehen wurde.",
        ],
        [
            "-Schlagwörter: Stausee, Wintergäste, Eisvogel",
            "-3 Kommentare",
            "-Rotkehlchen_Renate",
            "-Zwölf Gänsesäger! Bei uns sind es dieses Jahr kaum welche.",
            "-Fernglasnotizen (Autor)",
            "-Vielleicht liegt es am milden November, hier waren sie auch spät dran.",
            "-↳ Rotkehlchen_Renate antwortet",
            "-Das kann gut sein, danke!",
            "-Nächster Beitrag: Futterhaus-Zählung im Garten →",
            "-Betrieben mit WordPress · Theme: Neve",
        ],
    ]),
    "it-portale-montevalsino-robotica": _page("it", "it-portale-montevalsino-robotica", [
        [
            "-Il Corriere di Montevalsino",
            "-Cronaca Politica Sport Cultura Necrologi",
        ],
        [
            "+Gli studenti dell'istituto tecnico vincono il premio nazionale di robotica con un robot raccogli-rifiuti",
        ],
        [
            "-Montevalsino, 3 dicembre 2026",
            "-di Federica Lunardelli",
            "-Ascolta l'articolo",
            "-I quattro studenti con il loro robot sul palco della premiazione.",
        ],
        [
            "+Quattro studenti di quarta dell'istituto tecnico cittadino hanno vinto sabato il primo premio nella "
            "categoria scuole superiori di una gara nazionale di robotica.",
        ],
        [
            "-Spazio pubblicitario",
            "-Infissi Corradetti: preventivi gratuiti a domicilio",
        ],
        [
            "+Il loro robot, alto quaranta centimetri, riconosce con una telecamera bottiglie e lattine e le separa "
            "in due contenitori.",
        ],
        [
            "+«Lo abbiamo costruito in gran parte con pezzi di recupero del laboratorio», racconta Matteo, 17 anni, "
            "il più giovane del gruppo.",
        ],
        [
            "+Il premio in tre numeri",
        ],
        [
            "+5.000 euro per il laboratorio della scuola",
        ],
        [
            "-Leggi anche: Nuova palestra, lavori al via a gennaio",
        ],
        [
            "+Una settimana di stage in un'azienda di automazione per i quattro studenti",
            "+L'accesso alla finale europea di maggio",
        ],
        [
            "-Iscriviti al canale WhatsApp del Corriere di Montevalsino",
        ],
        [
            "+La scuola cercherà sponsor locali per coprire il viaggio alla finale europea.",
        ],
        [
            "-Galleria fotografica: la premiazione (8 foto)",
        ],
        [
            "+Il sindaco ha promesso di ricevere i ragazzi in municipio prima di Natale.",
        ],
        [
            "-Argomenti: scuola, robotica, giovani",
            "-Commenti (2)",
            "-Luisa_B",
            "-Bravissimi ragazzi, orgoglio della città!",
            "-↳ Tonino62 risponde a Luisa_B",
            "-Mio nipote è nel gruppo, non dormiva da giorni.",
            "-Copyright © 2026 Il Corriere di Montevalsino – Tutti i diritti riservati",
            "-Privacy | Cookie policy | Contatti",
            "-Torna su ↑",
        ],
    ]),
    "it-blog-banchiincucina-settimana-tipo": _page("it", "it-blog-banchiincucina-settimana-tipo", [
        [
            "-Banchi in Cucina",
            "-Diario di una famiglia in istruzione parentale",
            "-Home | Chi siamo | Materiali | Contatti",
        ],
        [
            "+La nostra settimana di istruzione parentale con tre figli di età diverse",
        ],
        [
            "-30 novembre 2026",
            "-Istruzione parentale, Organizzazione",
        ],
        [
            "+Quest'anno i nostri figli hanno 6, 9 e 13 anni, e la domanda che ci fanno tutti è come riusciamo a "
            "seguirli insieme.",
        ],
        [
            "+La risposta breve è che non li seguiamo insieme: la mattina presto studia la più grande da sola, e noi "
            "stiamo con i due piccoli.",
        ],
        [
            "-In questo post trovi link affiliati ad Amazon.",
            "-Foto: il tavolo della cucina, che la mattina diventa la nostra aula",
        ],
        [
            "+Una mamma con più esperienza ci disse il primo anno: «Non rifate la scuola in casa, fate una casa che "
            "impara.»",
        ],
        [
            "+La nostra settimana tipo",
        ],
        [
            "-Scarica il planner settimanale gratuito (PDF)",
        ],
        [
            "+Lunedì e mercoledì: matematica e italiano la mattina, lettura libera il pomeriggio",
            "+Martedì e giovedì: scienze all'aperto, al fiume o nel bosco",
        ],
        [
            "-Il libro di scienze che usiamo è disponibile qui (link affiliato)",
        ],
        [
            "+Venerdì: uscita con le altre famiglie del gruppo, di solito in un museo o in biblioteca",
        ],
        [
            "+Il sabato è libero per tutti, compresi noi genitori, e ci teniamo molto.",
        ],
        [
            "+Nel prossimo post vi racconto come prepariamo l'esame di idoneità di fine anno.",
        ],
        [
            "-Tag: homeschooling, organizzazione, fratelli",
            "-Se ti è piaciuto questo post, condividilo con chi sta pensando all'istruzione parentale.",
            "-3 commenti",
            "-Carlotta",
            "-Grazie, noi iniziamo a settembre e ho mille dubbi.",
            "-Mamma dei Banchi (autrice)",
            "-Scrivici pure, rispondiamo a tutti!",
            "-↪ Carlotta",
            "-Lo farò, grazie di cuore.",
            "-Articolo precedente: Le nostre uscite al museo di storia naturale",
            "-© 2026 Banchi in Cucina · Tema GeneratePress",
        ],
    ]),
    "pl-portal-wrzosnica-autobus-szkolny": _page("pl", "pl-portal-wrzosnica-autobus-szkolny", [
        [
            "-Kurier Wrzośnicki",
            "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt",
        ],
        [
            "+Gmina skraca trasę szkolnego autobusu, troje dzieci z kolonii zostaje bez dowozu",
        ],
        [
            "-Wrzośnica, 3 grudnia 2026",
            "-Autor: Izabela Wróblik",
            "-Przystanek przy szkole we Wrzośnicy. Fot. Kurier Wrzośnicki",
        ],
        [
            "+Od 1 stycznia autobus szkolny nie będzie już dojeżdżał do kolonii za lasem, bo według gminy droga jest "
            "zbyt wąska dla nowego pojazdu.",
        ],
        [
            "+Chodzi o troje dzieci w wieku od 7 do 12 lat, które do najbliższego przystanku miałyby iść ponad dwa "
            "kilometry poboczem.",
        ],
        [
            "-Czytaj także: Remont sali gimnastycznej przesunięty na wakacje",
            "-Reklama",
            "-OSK Wrzośnica – kurs prawa jazdy kat. B od 2000 zł, tel. 000 000 000",
        ],
        [
            "+„Nie odpuścimy, dzieci mają prawo do dowozu, a gmina ma obowiązek go zapewnić” – mówi Ewa Sadłocha, "
            "mama dwojga z nich.",
        ],
        [
            "+Co proponuje gmina",
        ],
        [
            "+zwrot kosztów dowozu prywatnym samochodem według stawki za kilometr",
            "+utwardzenie drogi do kolonii w przyszłym roku, jeśli znajdą się pieniądze",
            "+busik z kierowcą z gminnego ośrodka pomocy, ale tylko rano",
        ],
        [
            "-Masz temat? Napisz do nas przez formularz kontaktowy",
        ],
        [
            "+Rodzice chcą, by sprawą zajęła się rada gminy na najbliższej sesji 18 grudnia.",
        ],
        [
            "-Zobacz też: Mapa przystanków we Wrzośnicy",
        ],
        [
            "+Wójt zapowiedział, że do tego czasu autobus będzie jeszcze jeździł starą trasą.",
        ],
        [
            "-Tagi: oświata, transport, gmina",
            "-Udostępnij: Facebook | X | E-mail",
            "-Komentarze (3)",
            "-Sąsiadka z kolonii",
            "-Dwa kilometry poboczem w grudniu? Po ciemku?",
            "-↳ Tata Kuby",
            "-Też mieszkamy przy lesie, u nas gmina utwardziła drogę w dwa miesiące.",
            "-↳ Odpowiedź: Sąsiadka z kolonii",
            "-No właśnie, da się.",
            "-© 2026 Kurier Wrzośnicki. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    "pl-blog-drutyiklebki-pierwsze-skarpetki": _page("pl", "pl-blog-drutyiklebki-pierwsze-skarpetki", [
        [
            "-Druty i Kłębki",
            "-Menu",
        ],
        [
            "+Pierwsza para skarpetek na pięciu drutach – co poszło dobrze, a co nie",
        ],
        [
            "-2 grudnia 2026",
            "-Kategoria: Skarpetki",
            "-Autorka: Hania",
        ],
        [
            "+Skarpetki odkładałam przez dwa lata, bo pięć drutów naraz wyglądało na filmach jak jeż w rękach.",
        ],
        [
            "+Wzięłam włóczkę skarpetkową z dodatkiem nylonu i druty 2,5 mm, a jako wzór prostą skarpetkę z piętą "
            "francuską.",
        ],
        [
            "+Babcia, kiedy zobaczyła pierwszą piętę, powiedziała tylko: „Za luźno, ale się nauczysz”.",
        ],
        [
            "-Zdjęcie: pierwsza skarpetka, jeszcze bez palców",
            "-Wpis zawiera linki afiliacyjne do sklepu z włóczką.",
        ],
        [
            "+Czego się nauczyłam",
        ],
        [
            "+Pięta francuska jest łatwiejsza, niż się wydaje.",
        ],
        [
            "-Zobacz też: Jak zwijać włóczkę w kłębek bez zwijarki",
        ],
        [
            "+Luźne oczka przy zmianie drutu znikają po praniu.",
        ],
        [
            "-Tu kupisz druty, których używam – kod HANIA10 na −10%",
        ],
        [
            "+Druga skarpetka zawsze idzie szybciej.",
        ],
        [
            "+Cała para zajęła mi trzy tygodnie, głównie wieczorami przy serialu.",
        ],
        [
            "+W następnym wpisie pokażę skarpetki z warkoczem dla męża.",
        ],
        [
            "-Tagi: skarpetki, druty, pięta francuska",
            "-Podobał ci się wpis? Udostępnij go znajomym!",
            "-4 komentarze",
            "-Ania_dzierga",
            "-Piękne! Ja dalej boję się pięty.",
            "-Hania (autorka)",
            "-Nie bój się, w następnym wpisie rozpiszę ją krok po kroku.",
            "-↳ Ania_dzierga odpowiada",
            "-Trzymam za słowo!",
            "-Gosia K.",
            "-Jaka to włóczka? Wygląda na bardzo miękką.",
        ],
    ]),
    "ru-portal-olkhovetsk-zimniy-lager": _page("ru", "ru-portal-olkhovetsk-zimniy-lager", [
        [
            "-Ольховецкие вести",
            "-Новости Общество Спорт Афиша Объявления",
            "-12+",
        ],
        [
            "+Запись в зимний лагерь при школе № 2 откроется в понедельник",
        ],
        [
            "-3 декабря 2026, 11:05",
            "-Просмотров: 1 284",
        ],
        [
            "+Родители смогут записать детей в зимний лагерь с дневным пребыванием с 8 декабря, смены пройдут с 5 по "
            "16 января.",
        ],
        [
            "-Читайте также: В школе № 4 открыли новый спортзал",
            "-Реклама",
            "-Натяжные потолки за один день — звоните 8 (000) 000-00-00",
        ],
        [
            "+В этом году мест будет 60, на двадцать больше, чем прошлой зимой, потому что к лагерю присоединится "
            "спортивная школа.",
        ],
        [
            "+«Мы ждём детей от 7 до 12 лет, а для первоклассников будет отдельный отряд с дневным сном», — "
            "рассказала начальник лагеря Марина Ветлугина.",
        ],
        [
            "+Какие документы нужны",
        ],
        [
            "-Мы ВКонтакте — подписывайтесь",
        ],
        [
            "+заявление от одного из родителей",
            "+справка о состоянии здоровья ребёнка",
            "+копия полиса ОМС",
        ],
        [
            "+Путёвка стоит 1 500 рублей, для многодетных семей лагерь бесплатный.",
        ],
        [
            "+Записаться можно в кабинете 12 школы № 2 с 8:00 до 17:00 или через портал госуслуг.",
        ],
        [
            "-Теги: образование, дети, каникулы",
            "-Поделиться",
            "-Комментарии: 3",
            "-Елена",
            "-А с 13 лет никак? Старшему некуда деть.",
            "-Редакция «Ольховецких вестей»",
            "-Для подростков в январе будет профильная смена в спортшколе, о ней напишем отдельно.",
            "-↳ Елена (ответ)",
            "-Спасибо, будем ждать.",
            "-© 2026 «Ольховецкие вести». При перепечатке ссылка обязательна.",
            "-Учредитель и издатель: МУП «Ольховецкий информационный центр»",
        ],
    ]),
    "ru-blog-vosmibitnyycherdak-dendy": _page("ru", "ru-blog-vosmibitnyycherdak-dendy", [
        [
            "-Восьмибитный чердак",
            "-Блог о старых приставках и играх",
        ],
        [
            "+Оживил «Денди» с антресолей: почистил разъём и заменил блок питания",
        ],
        [
            "-28 ноября 2026",
            "-Рубрика: Ремонт",
            "-Содержание",
            "-1. Симптомы · 2. Разбор · 3. Чистка разъёма",
        ],
        [
            "+Приставку я нашёл у родителей на антресолях, в коробке из-под обуви, вместе с двумя джойстиками и "
            "картриджем «9999 in 1».",
        ],
        [
            "+При включении экран мигал серым, а картриджи запускались через раз, и то после того, как на них подуешь.",
        ],
        [
            "-Фото: приставка после чистки, рядом родной блок питания",
        ],
        [
            "+Продавец на радиорынке когда-то сказал мне: «Дуть в картридж — это ритуал, а не ремонт».",
        ],
        [
            "+Что я сделал",
        ],
        [
            "+разобрал корпус и промыл контакты разъёма изопропиловым спиртом",
        ],
        [
            "-Спирт и кисточки брал вот здесь (партнёрская ссылка)",
            "-Разъём до и после чистки, увеличено",
        ],
        [
            "+заменил вздувшийся конденсатор на плате",
            "+купил новый блок питания на 9 вольт вместо старого трансформатора",
        ],
        [
            "+Теперь все картриджи запускаются с первого раза, а экран больше не мигает.",
        ],
        [
            "-Поддержите чердак лайком, если было интересно",
        ],
        [
            "+В следующий раз попробую заменить пластик корпуса, который пожелтел от времени.",
        ],
        [
            "-Метки: Денди, ремонт, ретро",
            "-Комментарии (3)",
            "-Serega_8bit",
            "-Конденсатор — классика, у меня тоже вздулся.",
            "-Хозяин чердака (автор)",
            "-Да, он почти у всех таких приставок.",
            "-↳ Serega_8bit отвечает",
            "-А где брал блок на 9 вольт?",
            "-← Предыдущая запись: Коробка картриджей с барахолки",
            "-Тема: Простая. Технологии Blogger.",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Continue reading the main story":
        "an English continue-reading marker ('Continue reading the main story') is left in the body",
    "Preview of Spotify. Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.":
        "an English Spotify embed residue ('Preview of Spotify. Sign up to get unlimited songs and podcasts with "
        "occasional ads. No credit card needed.') is left in the body",
    "I stream most of these old games live on Twitch on Sunday evenings – come and say hello in the chat.":
        "an English blog's Twitch plug ('I stream most of these old games live on Twitch on Sunday evenings – come "
        "and say hello in the chat.') is left at the foot",
    "Die Wolle für dieses Projekt wurde mir kostenlos vom Hersteller zur Verfügung gestellt.":
        "a German free-yarn disclosure ('Die Wolle für dieses Projekt wurde mir kostenlos vom Hersteller zur "
        "Verfügung gestellt.') is left at the foot",
    "Ascolta \"Voci di Montevalsino\" su Spreaker.":
        "an Italian Spreaker podcast embed residue ('Ascolta \"Voci di Montevalsino\" su Spreaker.') is left in the "
        "body",
    "Per commentare devi essere registrato: crea un account gratuito in un minuto.":
        "an Italian register-to-comment line ('Per commentare devi essere registrato: crea un account gratuito in un "
        "minuto.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-dustyslotdiaries-gameboy-screen":
        "the retro-games blog's Game Boy screen post keeps its photo caption ('The half-dead screen before the "
        "repair, with Tetris still running underneath.') between the second paragraph and the paragraph with the "
        "quote and its eBay plug ('Get 10% off repair kits in my eBay shop') between the first and second list rows "
        "(2 of 20 noise lines)",
    "fr-portail-vernouillac-orchestre-des-jeunes":
        "the regional portal's youth-orchestra story keeps its kitchen ad ('Cuisines Brunaud – -30 % sur les plans de "
        "travail jusqu'au 31/12') between the second paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "fr-blog-pelotesetpapotes-pull-top-down":
        "the knitting blog's top-down jumper post keeps its photo caption ('Le pull terminé, posé à plat sur le "
        "lit.') between the paragraph with the quote and the subheading and its affiliate link ('Lien affilié : les "
        "aiguilles circulaires que j'utilise') between the first and second list rows (2 of 20 noise lines)",
    "de-blog-fernglasnotizen-wintergaeste":
        "the birdwatching blog's winter-visitors post keeps its advertising disclosure ('Werbung, da Markennennung: "
        "Mein Fernglas habe ich selbst gekauft.') between the first and second paragraphs, its photo-rights line "
        "('Alle Fotos © Fernglasnotizen, bitte nicht ohne Nachfrage verwenden.') between the second paragraph and "
        "the paragraph with the quote, its newsletter prompt ('Newsletter: Einmal im Monat meine schönsten "
        "Beobachtungen ins Postfach') between the last list row and the last paragraphs and its equipment line "
        "('Meine Ausrüstung: Fernglas 8x42, Kamera mit 100–400 mm (keine Kooperation)') between the two last "
        "paragraphs (4 of 20 noise lines)",
    "it-portale-montevalsino-robotica":
        "the regional portal's robotics-prize story keeps its dateline ('Montevalsino, 3 dicembre 2026') and photo "
        "caption ('I quattro studenti con il loro robot sul palco della premiazione.') under the title (2 of 20 "
        "noise lines)",
    "pl-portal-wrzosnica-autobus-szkolny":
        "the regional portal's school-bus story keeps its driving-school ad ('OSK Wrzośnica – kurs prawa jazdy kat. "
        "B od 2000 zł, tel. 000 000 000') between the second paragraph and the paragraph with the quote (1 of 20 "
        "noise lines)",
    "ru-portal-olkhovetsk-zimniy-lager":
        "the regional portal's winter-camp story keeps its ceiling ad ('Натяжные потолки за один день — звоните 8 "
        "(000) 000-00-00') between the first and second paragraphs (1 of 20 noise lines)",
    "ru-blog-vosmibitnyycherdak-dendy":
        "the retro-games blog's Dendy repair post keeps its photo caption ('Разъём до и после чистки, увеличено') "
        "between the first and second list rows (1 of 20 noise lines)",
}


test_held_out_93_line, test_held_out_93_line_is_kept, test_held_out_93_page = held_out_tests(
    HELD_OUT_93_LINES, HELD_OUT_93_KEEP, HELD_OUT_93_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
