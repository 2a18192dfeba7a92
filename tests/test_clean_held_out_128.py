"""Held-out set 128: written blind, weighted toward the noise the cleaner exists for, in shapes set 126's docstring does
not name (nor the first paragraphs of sets 123, 124 and 125): scraper, embed and ad markers (an English Bluesky post
that could not be displayed "Bluesky post could not be displayed – it may have been deleted, or your browser is
blocking embeds.", an English Infogram chart still loading "Infogram chart still loading… If nothing appears after a
few seconds, reload the page.", an English bracketed Issuu flipbook consent marker "[Issuu flipbook – accept marketing
cookies to read the fair's catalogue in this window]", a French Genially infographic blocked by trackers "Le contenu
Genially ne peut pas s'afficher : autorisez les traceurs tiers pour voir l'infographie.", a German Threads post that
would be here "Hier wäre ein Beitrag von Threads zu sehen. Zur Anzeige müssen Sie externe Dienste erlauben.", an
Italian Vimeo video that cannot play "Il video di Vimeo non può essere riprodotto: accetta i cookie di Vimeo per
guardarlo qui.", a Polish Instagram post that failed to load "Nie udało się wczytać posta z Instagrama. Odśwież stronę
lub otwórz go w aplikacji." and a Russian VK Video player failure "Плеер «VK Видео» не загрузился. Проверьте соединение
или смотрите ролик во «ВКонтакте»."); reading-time headers in new wordings (the English "You can read this in about 6
minutes" and a foraging blog's "Fair warning: long post ahead (roughly nine minutes) – the recipe card is right at the
bottom.", the French "Comptez 6 minutes de lecture", the German "6 Min. Lesezeit", the Italian "Tempo di lettura
stimato: circa 6 minuti", the Polish "Czytanie zajmie ci około 6 minut" and the Russian "На чтение понадобится 6
минут"); bylines and self-promotion (an English reporting-by-with-editing-by byline "Reporting by Tobias Elmcroft in
Brackenstowe; editing by the farming desk", an English guided-foraging-walks plug "Fancy a guided foraging walk? I take
small groups out every autumn weekend – dates are on the Walks page.", an English Etsy foraging-calendar plug "My
foraging calendar (A3, printed, twelve months of hedgerow finds) is available from my Etsy shop.", a French
our-correspondent byline "Par notre correspondante à Vauxbrenne, Oriane Castelbrun", a German beginners'-hen-course
plug "Mein Hühner-Einsteigerkurs findet jeden ersten Samstag im Monat statt – Anmeldung über das Formular unter
„Kurse“.", an Italian report-with-the-collaboration-of byline "Servizio di Dario Fenucchi, con la collaborazione di
Livia Sorbanella", a Polish hatching-eggs plug "Sprzedaję jaja wylęgowe zielononóżek – odbiór osobisty, szczegóły w
zakładce Sklepik." and a Russian report-prepared-by byline "Репортаж подготовила Агния Ветродуева"); blog and site
footers (an English registered-company-and-office line "Registered in England and Wales, company no. 00000000.
Registered office: 4 Tanner's Yard, Brackenstowe.", an English volunteer-co-op, Netlify and Eleventy credit "Run by a
small co-op of volunteers · Hosted on Netlify · Built with Eleventy", an English Craft CMS credit with legal links
"Proudly powered by Craft CMS · Accessibility statement · Cookie policy · Terms", a French
host-and-publication-director line "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – Directrice de la
publication : Oriane Castelbrun", a German Hugo-on-Uberspace line "Dieser Blog läuft mit Hugo auf einem
Uberspace-Konto. Impressum und Datenschutzerklärung findest du oben rechts.", an Italian made-with-Joomla credit "Sito
realizzato con Joomla! da un'agenzia del territorio · Mappa del sito · Note legali", a Polish on-Blogspot-since line
"Blog stoi na Blogspocie od 2014 roku. Szablon: Prosty. Wszystkie zdjęcia są moje." and a Russian Craftum-builder line
"Сайт сделан на конструкторе Craftum · Пользовательское соглашение · Карта сайта"); reader-comment furniture (an
English log-in-or-register prompt "Log in or register to join the conversation – it only takes a minute.", an English
reader-picks tab row "Reader picks · All comments (31) · Following", an English hide-replies row "Hide replies (3) ·
Collapse thread", a French log-in-to-react prompt "Connectez-vous pour réagir à cet article. Pas encore de compte ?
Inscrivez-vous gratuitement.", a German subscriber-account log-in prompt "Zum Kommentieren bitte mit Ihrem Abo-Konto
einloggen. Noch kein Konto? Jetzt registrieren", an Italian hidden-by-moderators note "Questo commento è stato nascosto
dai moderatori perché fuori tema.", a Polish show-replies link "Pokaż odpowiedzi (4)" and a Russian collapsed-thread
line "Ветка комментариев свёрнута. Развернуть 5 ответов"); share rows (a French e-mail, copy-link and Bluesky row
"Envoyer par e-mail · Copier le lien · Partager sur Bluesky", an Italian Telegram, Threads and email row "Condividi su
Telegram | Condividi su Threads | Invia per email" and a Polish send-to-a-friend row "Wyślij znajomemu przez Messengera
albo skopiuj link do artykułu"); and notices (an English first-appeared-in-print note "This article first appeared in
our weekly print edition and is reproduced here unchanged." and a German transparency note "Transparenzhinweis: Die
Reise wurde teilweise vom Veranstalter bezahlt. Unsere Berichterstattung bleibt unabhängig.", both in the body, and a
Russian for-information-only, not-an-advert notice "Материал носит ознакомительный характер и не является рекламой." at
the foot); and toward whole scraped news and hobby-blog pages in layouts set 126's docstring does not describe (on the
six portal pages one block of two above the title, the masthead and a section menu, and the breadcrumb at the top of
the title's own block, right before the title; on the six blog pages one block of two above the title, the blog name
and the posted-date-and-author line, and the title alone in its block; under the title one block of two on the portals
(byline and date) and one of three on the blogs (reading time, affiliate disclosure and a one-line table of contents);
on the portals the reading time at the top of the first paragraph's block, right before it, and the photo caption and
photo credit at the end of the second paragraph's block, right after it, while on the blogs nothing sits between the
first and second paragraphs and a photo caption and a Pinterest or save prompt share a block between the second
paragraph and the paragraph with the quote; an ad label and a sponsored link in one block between the paragraph with
the quote and the subheading on the portals and nothing there on the blogs; on the portals the subheading and the three
rows in one block with a read-also link between the second and third rows, on the blogs the subheading alone in its
block, an ad label in its own block between it and the rows, and a shop, book or course plug at the end of the rows'
block after the third row; nothing between the last row and the last paragraphs on any page; a newsletter or Telegram
prompt in its own block between the two last paragraphs on the portals, and the two last paragraphs in one block with
nothing between them on the blogs; at the foot three blocks on every page, on the portals a share row and tags, then
five lines (a comment count, a comment, an arrowed reply, a second comment and a load-more link), then a copyright line
with legal links, and on the blogs a share row and a subscribe prompt, then seven lines (a comment count, a comment,
the author's arrowed reply addressed by name, the commenter's answer nested two arrows deep, a second comment, the
author's arrowed reply addressed by name and a leave-a-reply heading), then previous-and-next links and a
platform-and-theme credit), taken from farming and food (a cheese fair, a dairy closing, a hail-damaged vineyard, a
farmers' market moving, an apple harvest, an organic bakery) and from blogs about foraging, baking rye bread, keeping
hens and cider-making.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 126 but what is named here), held-out set 127 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git
branch`` output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read
were: the docstring of held-out set 126 up to its paragraph "Still held out after round 92", its imports and its tail
from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 123, 124 and 125, printed
with one ast script (/tmp/s128scratch/peek.py; see Slips and notes (1) and (2) for where it read them and how it was
printed); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s128scratch/helpers.py, importing from /work/main);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 126's as
printed, with 126 -> 128; /tmp/s128scratch/gen.py writes the file from scratch files (body128.py, pages128.py,
doc128.txt and, after the measurement, tables128.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s128, detached at commit
977636e6d044be29f535a74ffb6c6436891588e5, the commit the brief named) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
20e06cd9d2b93b524057e77e1225f84fc064e9f5, not the brief's commit; as the brief says, both worktrees were made at
977636e6d044be29f535a74ffb6c6436891588e5 with ``git worktree add`` (output to /dev/null, both returned 0), and
/work/main was not touched. The checkout in /work/main has no tests/test_clean_held_out_125.py or _126.py (peek.py's
first run failed opening set 126 there; I learnt this with ``test -f`` on the four named paths in /work/main and
/tmp/wt-s128, not by listing the folder), so peek.py read sets 123 to 126 from the frozen worktree /tmp/wt-s128, which
is at the brief's commit; the helpers of helpers.py were imported from /work/main as the brief says. (2) peek.py's
second run printed to the terminal, which cut its middle (most of set 126's Slips and notes, its Judgement calls,
Contents, Baseline and tail, and the first paragraphs of sets 123 and 124); its third run went to
/tmp/s128scratch/peek.out, of which I paged lines 125 to 300 with ``sed`` (the rest of set 126's allowed docstring
part, its tail and the start of set 123's first paragraph); the rest of set 123's first paragraph and set 124's were
not read past what the terminal showed (set 124's first paragraph only from its middle on); nothing outside the allowed
parts was printed. (3) The machine's python had the project's dependencies; every run used it. (4) Before the
measurement /tmp/s128scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside
any other noise, keep or article line, that no page line sits inside a held-out or keep line, that no line repeats and
that no line holds an at-sign, and printed the counts by category, place and language and 10 article and 20 noise lines
a page; gen.py reports lines over 120 columns and at-signs (none). While drafting, before any check, I avoided a page
byline inside the English held-out byline (the held-out reporter is Tobias Elmcroft, the page's Rosalind
Quarrendon-Hale), mastheads inside copyright lines (the copyright lines name Brackenstowe Courier Ltd, the Société
vauxbrennoise d'édition, Tagblatt Mediengruppe Kelterbrunn GmbH, Editoriale Borgoverdino srl, Wydawnictwo Renetowskie
and ООО «Медиацентр»), the German portal's "Werbung" inside a blog disclosure and the blog's ad label (it became
"Werbeanzeige" and the disclosure names an asterisk), the English portal's "Sponsored" and "ADVERTISEMENT" inside the
blog's ad label (it became "Report this ad"), the Polish portal's "Reklama" inside the blog's ad label (it became
"Ogłoszenie"), a German keep line holding "Werbung" (it opens "Werbeflyer"), repeated ad labels, and the wordings named
in the docstrings I read. The first run of check.py found nothing; after it, on a re-read of the brief, the French
held-out reading time "Lecture en 6 minutes" became "Comptez 6 minutes de lecture" (too close to set 126's "Lecture : 3
min") and the blog layout, which first put the date-and-author line in the title's block as set 126's blogs do, was
changed to put it above the title; the second run of check.py found nothing. (5) Invented names were checked with the
exact-string search over public GitHub files: Brackenstowe, Brackenstowe Courier, Tanner's Yard, Brackenstowe,
Quarrendon-Hale, Tobias Elmcroft, Alun Prothwell, The Bramble Satchel, Vauxbrenne, Bavouzelle, Oriane Castelbrun,
Gervaise Malbrouche, Cidre au fond du jardin, Kelterbrunn, Kelterbrunner Tagblatt, Staubhorn, Jost Rebknecht, Hühnerhof
Kleinkram, Borgoverdino, La Voce di Borgoverdino, Pellerossi, Fenucchi, Livia Sorbanella, Ercolina Tassabrina, Segale
in soffitta, Opałkowska, Gazeta Renetowska, Wydawnictwo Renetowskie, Zdzisław Kwaśniarek, Kurnik za stodołą, Хлебоярск,
Хлебоярский вестник, Елизавета Кудрянская, Агния Ветродуева, Прохор Заквасов and Тихая охота с термосом had no hits.
Dropped: Tessermoor (a hit in a repository's text; the English reporter became Rosalind Quarrendon-Hale), Orsaval (only
inside identifiers such as "CorsaValid", but dropped; the French reporter became Clémentine Bavouzelle), Wasserfuhr (a
real surname; the German reporter became Henrike Staubhorn), Hedgerow Ledger (hits; the English blog became The Bramble
Satchel), Ржановск (only inside real surnames such as Кржановский, dropped; the Russian town became Хлебоярск) and
Подовск (one hit inside a word, never used). Kept with hits: Renetowo (only inside identifiers such as
"screneToWorldPoint" and "coreNetoworkModule"). Not checked: the first names of blog authors, neighbours and commenters
and their handles (Wren, Hazel, Loïc, Marcel, Anke, Frieda, Marta, Basia, Тимофей and the rest), the names built on
checked towns (Société vauxbrennoise d'édition, Tagblatt Mediengruppe Kelterbrunn GmbH, Editoriale Borgoverdino srl,
Renetowskie), the streets (via dei Mulini, ulica Sadowa, улица Заречная) and ООО «Медиацентр». Numbers are zero-filled
(the company and VAT-style numbers); there are no e-mail addresses and no at-signs. (6) Real things named, as real
pages do: Bluesky, Infogram, Issuu, Genially, Threads, Vimeo, Instagram, VK Video and VKontakte, Odnoklassniki, Etsy,
Teachable, Netlify, Eleventy, Craft CMS, OVH (its registered address in Roubaix), Hugo, Uberspace, Joomla!, Blogspot
and Blogger, Craftum, WordPress (Astra, Kadence, GeneratePress, Neve), Facebook, X, WhatsApp, Messenger, Telegram,
Pinterest, Birmingham, Sussex hens, and zielononóżki (a Polish hen breed). (7) The two measuring commands ran as the
brief gave them, in one shell call after ``date`` and the last check, their output sent to /tmp/s128scratch/measure.out
and report.out and the report and the pytest tail printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s128scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s128/tests; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing
ones (12, 0 and 12, as in the measurement). The xfail tables were written in /tmp/s128scratch/tables128.py from my own
descriptions of those lines and pages, and a script checked that every page noise line left is quoted whole in its
page's reason. (8) My first clock reading was 2026-12-05 11:54:29 UTC; the measurement ran at 11:59:27 UTC. (9) With
the tables filled, the pytest command ran on the final file in /tmp/wt-s128: 53 passed, 24 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from the dairy's owners", "Sharing a stall",
"Following the hailstorm", "Subscribers to the veg-box scheme", "Copyright in the old creamery's label artwork",
"Advertising for this year's cheese fair", "Reading the hail reports", "Suivre la récolte", "Partager le pressoir",
"Abonnés au panier de la ferme", "Kommentare von Winzern", "Teilen wollen sich die drei Höfe", "Werbeflyer für den
Käsemarkt", "Commenti entusiasti dei clienti", "Condividere il forno", "Seguendo il consiglio dei tecnici",
"Udostępnienie chłodni", "Subskrypcja skrzynek z jabłkami", "Подписчики фермерской рассылки" and "Комментарии пекарей"
are article sentences: each reports what happened, was decided or was said about a dairy, a market, a vineyard, a
cheese fair, a cider press, a bakery or an apple harvest, with the noise-like word as an ordinary noun or verb of the
sentence. Categories: the Bluesky, Infogram, Issuu, Genially, Threads, Vimeo, Instagram and VK Video lines are markers
(embed failures, loaders or consent placeholders; the Issuu one is a bracketed scraper marker); the English
foraging-walks and Etsy calendar plugs, the German hen-course plug and the Polish hatching-eggs plug are bylines
(self-promotion) and sit at the foot, the four reporters' bylines at the head; the registered-company line, the co-op
and Netlify credit, the Craft CMS credit, the French host-and-director line, the Hugo, Joomla!, Blogspot and Craftum
lines are footers; the log-in prompts (English, French, German), the reader-picks tab row, the hide-replies row, the
Italian hidden-by-moderators note, the Polish show-replies link and the Russian collapsed-thread line are comment
furniture; the French, Italian and Polish rows are share rows; the English first-appeared-in-print note and the German
transparency note are notices in the body, and the Russian not-an-advert line is a notice at the foot. On every page
the title, the three paragraphs before the subheading (one with the quote), the subheading, its three list rows and the
two last paragraphs are article; everything else (mastheads, section menus, blog names, breadcrumbs, bylines, dates and
authors' names, reading times, affiliate disclosures, tables of contents, photo captions and credits, Pinterest and
save prompts, ad labels and sponsored links, read-also links, shop, book and course plugs, newsletter, Telegram and
subscribe prompts, share rows, tags, comment counts, comments and replies, load-more links and leave-a-reply headings,
previous-and-next links, copyright lines and platform-and-theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); notice in English, German and Russian and share in French, Italian and Polish; by place head 11
(the seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7,
fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-brackenstowe-cheese (a two-year-old blue goat's cheese wins the town's cheese fair),
en-blog-bramblesatchel-sloes (an October walk for sloes, rosehips and crab apples), fr-portail-vauxbrenne-laiterie (a
town's dairy co-operative closes after eighty-six years), fr-blog-cidreaufonddujardin-pressage (the autumn's first
cider pressing from a family orchard), de-portal-kelterbrunn-hagel (a hailstorm wrecks the vineyards on a south slope),
de-blog-huehnerhofkleinkram-mauser (hens through the moult), it-portale-borgoverdino-mercato (a farmers' market moves
from a convent courtyard to the fair square), it-blog-segaleinsoffitta-pagnotta (a wholemeal rye loaf with sourdough),
pl-portal-renetowo-jablka (a record apple harvest while buying prices fall), pl-blog-kurnikzastodola-zielononozki
(readying a hen house for winter), ru-portal-hlebojarsk-pekarnya (an organic bakery opens in an old mill yard) and
ru-blog-tihayaohota-opyata (picking honey fungus by an old clearing), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 977636e6d044be29f535a74ffb6c6436891588e5, measured with ``cd /tmp/wt-s128 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s128/src python -m pytest -q tests/test_clean_held_out_128.py -rA
-p no:cacheprovider`` (24 failed, 53 passed) and ``cd /tmp/wt-s128 && PYTHONPATH=/tmp/wt-s128/src python
scripts/clean_held_out_report.py --sets 128``, with the xfail tables empty): noise lines removed 33/45 (marker 4/8,
reading-time 6/7, byline 5/8, footer 7/8, comments 7/8, share 3/3, notice 1/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers (the English bracketed Issuu flipbook marker, the French Genially, the
German Threads and the Polish Instagram placeholders), the English foraging blog's long-post warning, three bylines
(the English guided-walks, German hen-course and Polish hatching-eggs plugs), the Polish Blogspot footer, the English
log-in-or-register comment prompt and the English first-appeared-in-print and German transparency notices); keep lines
kept 20/20; pages 0/12 clean, 22 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: the
English portal 2 (photo caption, newsletter prompt between the last paragraphs), the English foraging blog 2 (photo
caption, shop plug after the third row), the French portal 2 (photo caption and credit), the French cider blog 1 (photo
caption), the German portal 1 (photo caption), the German hen blog 2 (photo caption, Pinterest prompt), the Italian
portal 1 (photo caption), the Italian rye-bread blog 4 (blog name, affiliate disclosure, photo caption, course plug),
the Polish portal 1 (photo caption), the Polish hen blog 3 (photo caption, ad label, egg-sales plug), the Russian
portal 1 (photo caption) and the Russian foraging blog 2 (photo caption, course plug), as ``_PAGE_XFAIL`` describes; no
page loses an article line. The failing cases are strict xfails.

Still held out after round 93 (developed on sets 125 and 126: replies quoted by '>' with no name read as a thread's
under its count; a caption over its credit taken also as the first or last two lines of a paragraph's block; embed
placeholders naming no service (a map, video, chart or player unavailable, blocked or to appear here, with cookies,
JavaScript, the browser or privacy settings); the object-first share label; closed-thread,
comments-are-their-authors'-opinions, guest-comment, translated-notice and byline lines and shop plugs; this set was
written against 977636e, before it; measured once with ``scripts/clean_held_out_report.py --sets 128`` at eb0b7d2):
noise lines removed 33/45 (unchanged), keep lines 20/20, pages clean 0 -> 5/12 (the French, German, Italian, Polish and
Russian portals), page noise lines left 22 -> 15 of 240 (the six portals' photo captions right after the second
paragraph, with the French portal's credit), article lines lost 0 of 120 (unchanged). Five page entries removed, one
page reason reworded.
Round 94 (development; this set was read in full from this round on): Fixed as mechanisms first, with six-language tests
and near misses in tests/test_clean.py (test_round_94_*). A save, pin or bookmark prompt stands alone anywhere in the
body: the round-72 prompt now takes the reader's named board, "nella tua bacheca", the bookmarks as the place and a
short reason to come back after the network (whole_line_noise "social follow"; "Pinterest said ..." and "Save the whey
for the bread" stay), the German label with its object first ("Dieses Bild auf Pinterest merken") and the site read as
"us" on a network ("Читайте нас в Дзене"). Newsletter prompts: the round-92 prompt takes the call after a dash or a
colon closed by a full stop, delivery to the reader's inbox with no verb of signing up, and an e-mail bulletin. Plugs
and disclosures: the round-76/93 shop plug takes a platform before "store" or after "boutique", a platform alone after
"on" (whole_line_noise._SHOP_PLATFORM), the writer selling in the first person with a shop, platform or stall named, the
writer's own course, workshop or e-book sold or booked, and a shop's imperative over the writer's kit; the round-92
affiliate notice takes "Some links in this post are ...", "In questo articolo trovi ..." and a reason after a colon;
"Ogłoszenie" alone is an ad label. The page head: a masthead's name and tagline on one line above the menu
(page_blocks._is_name_and_tagline, _MASTHEAD_SEPARATOR), a "Jump to:" header over dotted entries above the first
paragraph (clean._TOC_HEADER). Captions: a noun phrase and one short sentence over a credit
(page_blocks._is_phrase_and_sentence_caption), a credit naming the paper in guillemets (_QUOTED_CREDIT_NAME), a chess
diagram's credits (_HEAD_CREDIT's made-with, _PICTURE_WORD_LABEL's "Диаграмма"), and a caption with no credit but the
picture's pin or save prompt under it, the two alone in their block (page_blocks._is_pin_prompt; the caption a noun
phrase with no finite verb and no writer's "we" or "I"). A caption alone in its block with neither credit nor prompt
under it is not taken: no rule found for it would keep a short article paragraph with a verb no list names. Single
lines: Padlet, Genially, Calaméo, Mentimeter, Issuu, Kahoot! and declined network names as embed platforms with
cannot-be-played-here, after-consent, not-in-this-browser, cookies-to-read, external-services and failed-to-load states,
a verb of saying now keeping such a line; "Reporting by" bylines with an editor's title and reports by the paper's own
trainee or reporter; "Correctif" corrections and names-changed notes under an editor's label. No class was added. Across
sets 10-128 (held-out report) no article or keep line lost; sets 67, 70, 71 (two), 81, 84, 87 (two), 95, 117, 118, 121
(four), 122 and 123 remove more noise lines or gain a clean page (their strict xfail entries removed) and sets 44, 49,
62, 83, 87, 95, 96, 105, 106, 112, 115 and 120 lose one or two more page lines (reasons reworded); sets 10-128: noise
lines removed 4995 -> 5024 of 5431, keep lines 2407 -> 2407, pages clean 890 -> 916 of 1414, page noise lines left 1264
-> 1196, paragraphs lost 2 -> 2; SemEval: 0 of 3723 files changed; bench ratio 1.07 (1.09 while the test set ran); site
batch 2's fr_trap_depeche_reprise leaves no template line (its known-left entry in tests/test_site_batches.py removed).
Figures before -> after: noise lines removed 33 -> 39/45 (marker 4 -> 8/8, byline 5 -> 7/8; reading-time 6/7, footer
7/8, comments 7/8, share 3/3 and notice 1/3 unchanged), keep lines 20/20, pages clean 5 -> 12/12, page noise lines left
15 -> 0 of 240, article lines lost 0 of 120 (unchanged); pytest 58 passed, 19 xfailed -> 71 passed, 6 xfailed. No
reason of this set reworded (every page entry removed). Still missed: the English blog's fair-warning long-post
estimate, the English guided-foraging-walks plug, the Polish on-Blogspot-since-2014 footer, the English
log-in-or-register prompt with its it-only-takes-a-minute tail, the English first-appeared-in-print notice and the
German transparency notice.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_128_LINES: list[tuple[str, str, str]] = [
    ("body",
     "Bluesky post could not be displayed – it may have been deleted, or your browser is blocking embeds.",
     "marker"),
    ("body", "Infogram chart still loading… If nothing appears after a few seconds, reload the page.", "marker"),
    ("body", "[Issuu flipbook – accept marketing cookies to read the fair's catalogue in this window]", "marker"),
    ("body",
     "Le contenu Genially ne peut pas s'afficher : autorisez les traceurs tiers pour voir l'infographie.",
     "marker"),
    ("body", "Hier wäre ein Beitrag von Threads zu sehen. Zur Anzeige müssen Sie externe Dienste erlauben.", "marker"),
    ("body", "Il video di Vimeo non può essere riprodotto: accetta i cookie di Vimeo per guardarlo qui.", "marker"),
    ("body", "Nie udało się wczytać posta z Instagrama. Odśwież stronę lub otwórz go w aplikacji.", "marker"),
    ("body", "Плеер «VK Видео» не загрузился. Проверьте соединение или смотрите ролик во «ВКонтакте».", "marker"),
    ("head", "You can read this in about 6 minutes", "reading-time"),
    ("head",
     "Fair warning: long post ahead (roughly nine minutes) – the recipe card is right at the bottom.",
     "reading-time"),
    ("head", "Comptez 6 minutes de lecture", "reading-time"),
    ("head", "6 Min. Lesezeit", "reading-time"),
    ("head", "Tempo di lettura stimato: circa 6 minuti", "reading-time"),
    ("head", "Czytanie zajmie ci około 6 minut", "reading-time"),
    ("head", "На чтение понадобится 6 минут", "reading-time"),
    ("head", "Reporting by Tobias Elmcroft in Brackenstowe; editing by the farming desk", "byline"),
    ("head", "Par notre correspondante à Vauxbrenne, Oriane Castelbrun", "byline"),
    ("head", "Servizio di Dario Fenucchi, con la collaborazione di Livia Sorbanella", "byline"),
    ("head", "Репортаж подготовила Агния Ветродуева", "byline"),
    ("tail",
     "Fancy a guided foraging walk? I take small groups out every autumn weekend – dates are on the Walks page.",
     "byline"),
    ("tail",
     "My foraging calendar (A3, printed, twelve months of hedgerow finds) is available from my Etsy shop.",
     "byline"),
    ("tail",
     "Mein Hühner-Einsteigerkurs findet jeden ersten Samstag im Monat statt – Anmeldung über das Formular unter "
     "„Kurse“.",
     "byline"),
    ("tail", "Sprzedaję jaja wylęgowe zielononóżek – odbiór osobisty, szczegóły w zakładce Sklepik.", "byline"),
    ("tail",
     "Registered in England and Wales, company no. 00000000. Registered office: 4 Tanner's Yard, Brackenstowe.",
     "footer"),
    ("tail", "Run by a small co-op of volunteers · Hosted on Netlify · Built with Eleventy", "footer"),
    ("tail", "Proudly powered by Craft CMS · Accessibility statement · Cookie policy · Terms", "footer"),
    ("tail",
     "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – Directrice de la publication : Oriane Castelbrun",
     "footer"),
    ("tail",
     "Dieser Blog läuft mit Hugo auf einem Uberspace-Konto. Impressum und Datenschutzerklärung findest du oben "
     "rechts.",
     "footer"),
    ("tail", "Sito realizzato con Joomla! da un'agenzia del territorio · Mappa del sito · Note legali", "footer"),
    ("tail", "Blog stoi na Blogspocie od 2014 roku. Szablon: Prosty. Wszystkie zdjęcia są moje.", "footer"),
    ("tail", "Сайт сделан на конструкторе Craftum · Пользовательское соглашение · Карта сайта", "footer"),
    ("tail", "Log in or register to join the conversation – it only takes a minute.", "comments"),
    ("tail", "Reader picks · All comments (31) · Following", "comments"),
    ("tail", "Hide replies (3) · Collapse thread", "comments"),
    ("tail",
     "Connectez-vous pour réagir à cet article. Pas encore de compte ? Inscrivez-vous gratuitement.",
     "comments"),
    ("tail", "Zum Kommentieren bitte mit Ihrem Abo-Konto einloggen. Noch kein Konto? Jetzt registrieren", "comments"),
    ("tail", "Questo commento è stato nascosto dai moderatori perché fuori tema.", "comments"),
    ("tail", "Pokaż odpowiedzi (4)", "comments"),
    ("tail", "Ветка комментариев свёрнута. Развернуть 5 ответов", "comments"),
    ("tail", "Envoyer par e-mail · Copier le lien · Partager sur Bluesky", "share"),
    ("tail", "Condividi su Telegram | Condividi su Threads | Invia per email", "share"),
    ("tail", "Wyślij znajomemu przez Messengera albo skopiuj link do artykułu", "share"),
    ("body", "This article first appeared in our weekly print edition and is reproduced here unchanged.", "notice"),
    ("body",
     "Transparenzhinweis: Die Reise wurde teilweise vom Veranstalter bezahlt. Unsere Berichterstattung bleibt "
     "unabhängig.",
     "notice"),
    ("tail", "Материал носит ознакомительный характер и не является рекламой.", "notice"),
]

HELD_OUT_128_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the dairy's owners suggest the closure was agreed long before the milk price fell again."),
    ("head", "Sharing a stall halved each grower's pitch fee, the market committee said on Tuesday."),
    ("head", "Following the hailstorm, the co-operative asked its members to report damaged rows by Friday."),
    ("body", "Subscribers to the veg-box scheme will collect their boxes from the new market site from next month."),
    ("body",
     "Copyright in the old creamery's label artwork still belongs to the founder's daughter, the receivers said."),
    ("tail", "Advertising for this year's cheese fair was paid for by the county's rural fund for the first time."),
    ("tail", "Reading the hail reports, growers said the damage was worst on the south-facing slopes."),
    ("head", "Suivre la récolte jour après jour est devenu un rituel pour les habitants du village."),
    ("body", "Partager le pressoir permet aux petits producteurs de cidre de réduire leurs coûts."),
    ("tail",
     "Abonnés au panier de la ferme, une centaine de foyers du village ont soutenu la boulangerie dès son ouverture."),
    ("head", "Kommentare von Winzern aus der Nachbarschaft zeigen, wie knapp die Lese in diesem Jahr ausfallen wird."),
    ("body", "Teilen wollen sich die drei Höfe künftig auch den Verkaufsstand auf dem Wochenmarkt."),
    ("tail", "Werbeflyer für den Käsemarkt verteilten die Kinder der Dorfschule mit selbst gemalten Bildern."),
    ("head", "Commenti entusiasti dei clienti hanno accompagnato il primo giorno del mercato nella nuova piazza."),
    ("body", "Condividere il forno ha permesso a due famiglie di riaprire la bottega del pane."),
    ("tail", "Seguendo il consiglio dei tecnici, i viticoltori hanno coperto i filari con le reti antigrandine."),
    ("head", "Udostępnienie chłodni przez gminę pozwoliło sadownikom przechować jabłka do wiosny."),
    ("tail", "Subskrypcja skrzynek z jabłkami cieszy się w tym roku rekordowym zainteresowaniem."),
    ("tail", "Подписчики фермерской рассылки первыми узнали о переезде рынка на новое место."),
    ("tail", "Комментарии пекарей к новым правилам маркировки хлеба опубликовала районная газета."),
]

HELD_OUT_128_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-brackenstowe-cheese", [
        [
            "-The Brackenstowe Courier",
            "-News | Farming | Food & Drink | Sport | Property | Jobs",
        ],
        [
            "-Home › Farming › Shows and fairs",
            "+Blue-veined newcomer takes top prize at Brackenstowe's cheese fair",
        ],
        [
            "-Rosalind Quarrendon-Hale, farming correspondent",
            "-Sunday 4 October 2026, 18:05 BST",
        ],
        [
            "-3 min read",
            "+A soft blue cheese made on a hill farm only two years ago beat more than two hundred entries at the "
            "Brackenstowe Cheese Fair on Saturday.",
        ],
        [
            "+Judges tasted from eight in the morning until mid-afternoon in the old corn exchange, where forty "
            "dairies had set up their stalls.",
            "-Judges at work in the corn exchange on Saturday morning.",
            "-Photograph: Courier staff",
        ],
        [
            "+\"We only started making blue because the cellar stayed too damp for anything else,\" said "
            "cheesemaker Alun Prothwell, who keeps sixty goats above the town.",
        ],
        [
            "-ADVERTISEMENT",
            "-Sponsored: save 20% on artisan cheese hampers this Christmas",
        ],
        [
            "+What the judges looked for",
            "+Texture and rind, scored out of twenty",
            "+Flavour after a week in the fair's cold store",
            "-Read also: Town's last creamery to become flats",
            "+How well the cheese kept its shape when cut",
        ],
        [
            "+The winning cheese will now go forward to the national awards in Birmingham in November.",
        ],
        [
            "-Get the Courier's farming news every Friday – sign up for our free email bulletin",
        ],
        [
            "+Organisers said about six thousand visitors came through the doors, a record in the fair's "
            "twenty-third year.",
        ],
        [
            "-Share this story: Facebook · X · WhatsApp · Email",
            "-Topics: Cheese fair · Farming · Brackenstowe",
        ],
        [
            "-14 comments",
            "-Moorland_Milly: Congratulations to the Prothwells, their stall is always the friendliest.",
            "-↳ Gareth_T replied: Agreed, and the goat's cheese brownies were a surprise hit.",
            "-SaltAndCurd: Shame the parking was such a mess again.",
            "-View more comments",
        ],
        [
            "-© 2026 Brackenstowe Courier Ltd · Privacy notice · Terms and conditions · Cookie settings",
        ],
    ]),
    _page("en", "en-blog-bramblesatchel-sloes", [
        [
            "-The Bramble Satchel",
            "-Posted 11 October 2026 by Wren",
        ],
        [
            "+Sloes, rosehips and a bucket of crab apples: an October walk",
        ],
        [
            "-About a 5-minute read",
            "-This post contains affiliate links; I may earn a small commission at no cost to you.",
            "-In this post: Where I walk · Rosehip syrup · Foraging kit",
        ],
        [
            "+The hedges along the old drove road were heavy with fruit this week, so I took the big satchel and a "
            "bucket.",
        ],
        [
            "+Sloes first: they were blue-black and soft enough that I did not bother waiting for a frost.",
        ],
        [
            "-The drove road hedge, dripping with sloes.",
            "-Pin this post for later!",
        ],
        [
            "+My neighbour Hazel, who has picked this lane for forty years, told me: \"Take one in three and leave "
            "the rest for the fieldfares.\"",
        ],
        [
            "+What went into the satchel",
        ],
        [
            "-Report this ad",
        ],
        [
            "+Two kilos of sloes for gin and jelly",
            "+A carrier bag of rosehips for syrup",
            "+Crab apples from the tree by the stile",
            "-Shop my foraging kit: the folding knife and pouch I use every week",
        ],
        [
            "+Back home the rosehips went straight into the pan, and the sloes into the freezer to split their skins.",
            "+Next week, if the rain holds off, I am going to look for the first field mushrooms on the common.",
        ],
        [
            "-Share: Facebook | Pinterest | Email",
            "-Want the next walk in your inbox? Subscribe below.",
        ],
        [
            "-6 Comments",
            "-Jo from the Fens: Lovely post – do you freeze the rosehips too?",
            "-↳ Wren: Jo, I don't, they go to mush; straight into the syrup is best.",
            "-↳ ↳ Jo from the Fens: Good to know, thank you!",
            "-Martin K: Which field guide do you use for the crab apples?",
            "-↳ Wren: Martin, any of them will do, they're hard to mistake.",
            "-Leave a Reply",
        ],
        [
            "-« Previous: Elderberry cordial · Next: Hazelnut season »",
            "-Proudly powered by WordPress | Theme: Astra",
        ],
    ]),
    _page("fr", "fr-portail-vauxbrenne-laiterie", [
        [
            "-L'Écho de Vauxbrenne",
            "-Actualités | Économie | Agriculture | Sports | Loisirs",
        ],
        [
            "-Accueil > Économie > Agriculture",
            "+La laiterie de Vauxbrenne fermera ses portes à la fin de l'année",
        ],
        [
            "-Par Clémentine Bavouzelle",
            "-Publié le 7 octobre 2026 à 17 h 40",
        ],
        [
            "-Lecture 4 min",
            "+Après quatre-vingt-six ans d'activité, la laiterie coopérative de Vauxbrenne cessera de collecter le "
            "lait le 31 décembre.",
        ],
        [
            "+Les trente-deux éleveurs qui la livrent encore devront trouver un autre acheteur d'ici l'hiver.",
            "-La cour de la laiterie, mardi matin.",
            "-Photo : L'Écho / C. B.",
        ],
        [
            "+« Nous avons tenu tant que nous pouvions, mais les volumes ont baissé d'un tiers en cinq ans », a "
            "expliqué la présidente de la coopérative, Gervaise Malbrouche.",
        ],
        [
            "-Publicité",
            "-En partenariat avec une banque régionale : simulez votre prêt agricole",
        ],
        [
            "+Ce que prévoit la coopérative",
            "+La reprise des tanks de collecte par une entreprise voisine",
            "+Un accompagnement pour les éleveurs qui veulent vendre à la ferme",
            "-À lire aussi : Le prix du lait repart à la baisse",
            "+La vente du bâtiment à la commune pour un euro symbolique",
        ],
        [
            "+Le maire a indiqué qu'un atelier de transformation partagé pourrait voir le jour dans les locaux.",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre d'information",
        ],
        [
            "+Une réunion publique est prévue le 20 octobre à la salle des fêtes.",
        ],
        [
            "-Partager : Facebook · X · WhatsApp · Copier le lien",
            "-Mots-clés : Agriculture · Lait · Vauxbrenne",
        ],
        [
            "-9 commentaires",
            "-Bernard71 : Triste nouvelle, mon père y livrait déjà dans les années soixante.",
            "-↳ Réponse de Josiane P. : Le mien aussi, c'est toute une époque qui s'en va.",
            "-Fromagerfou : Et le beurre, on l'achètera où maintenant ?",
            "-Voir plus de commentaires",
        ],
        [
            "-© 2026 Société vauxbrennoise d'édition – Mentions légales – Confidentialité – Cookies",
        ],
    ]),
    _page("fr", "fr-blog-cidreaufonddujardin-pressage", [
        [
            "-Cidre au fond du jardin",
            "-Publié le 12 octobre 2026 par Loïc",
        ],
        [
            "+Notre premier pressage de l'automne avec les pommes du verger",
        ],
        [
            "-Environ 5 minutes de lecture",
            "-Cet article contient des liens affiliés vers du matériel que j'utilise.",
            "-Sommaire : Le ramassage · Le broyage · La mise en fût",
        ],
        [
            "+Samedi, nous avons ramassé près de trois cents kilos de pommes sous les arbres du verger familial.",
        ],
        [
            "+Un mélange de variétés douces et amères, comme le faisait mon grand-père, pour un cidre équilibré.",
        ],
        [
            "-Les caisses de pommes devant le pressoir.",
            "-Épinglez cet article sur Pinterest",
        ],
        [
            "+Notre voisin Marcel, qui presse depuis soixante ans, répète toujours : « Une pomme pourrie gâte tout "
            "le fût. »",
        ],
        [
            "+Les étapes de la journée",
        ],
        [
            "-Annonce",
        ],
        [
            "+Trier et laver les pommes dans la vieille baignoire",
            "+Les broyer puis presser la pulpe en trois fois",
            "+Verser le jus dans les fûts et laisser fermenter",
            "-Mon livre « Le cidre fermier pas à pas » est disponible dans la boutique du blog",
        ],
        [
            "+Nous avons obtenu un peu plus de cent quatre-vingts litres de jus, un bon rendement pour une petite "
            "année.",
            "+Rendez-vous en février pour la mise en bouteilles, si la fermentation se passe bien.",
        ],
        [
            "-Partagez : Facebook | Pinterest | E-mail",
            "-Abonnez-vous pour recevoir les prochains articles par e-mail",
        ],
        [
            "-4 commentaires",
            "-Hélène : Quel beau travail ! Vous ajoutez des levures ?",
            "-↳ Loïc : Hélène, non, seulement les levures naturelles des pommes.",
            "-↳ ↳ Hélène : Merci, je vais essayer cette année.",
            "-Thierry B. : Vous utilisez quel pressoir ?",
            "-↳ Loïc : Thierry, un vieux pressoir à vis hérité de mon oncle.",
            "-Laisser un commentaire",
        ],
        [
            "-← Article précédent : Greffer un pommier · Article suivant : Le poiré →",
            "-Blog propulsé par WordPress – Thème : Kadence",
        ],
    ]),
    _page("de", "de-portal-kelterbrunn-hagel", [
        [
            "-Kelterbrunner Tagblatt",
            "-Lokales | Wirtschaft | Sport | Kultur | Service",
        ],
        [
            "-Startseite › Lokales › Kelterbrunn",
            "+Hagelschlag zerstört Weinberge am Kelterbrunner Südhang",
        ],
        [
            "-Von Henrike Staubhorn",
            "-Aktualisiert am 18.08.2026, 16:32 Uhr",
        ],
        [
            "-Lesezeit 3 Minuten",
            "+Ein kurzes, heftiges Hagelunwetter hat am Sonntagabend einen großen Teil der Weinberge oberhalb von "
            "Kelterbrunn verwüstet.",
        ],
        [
            "+Innerhalb von zehn Minuten fielen Hagelkörner so groß wie Walnüsse auf die Rebzeilen.",
            "-Zerschlagene Trauben am Südhang am Montagmorgen.",
            "-Foto: Tagblatt/Staubhorn",
        ],
        [
            "+„So etwas habe ich in vierzig Jahren nicht erlebt“, sagte Winzer Jost Rebknecht, der fast die Hälfte "
            "seiner Ernte verloren hat.",
        ],
        [
            "-Werbung",
            "-Anzeige: Hagelversicherung für Ihren Betrieb jetzt vergleichen",
        ],
        [
            "+Was die Winzer jetzt tun",
            "+Beschädigte Trauben herausschneiden, damit keine Fäulnis entsteht",
            "+Schäden bis Ende der Woche bei der Versicherung melden",
            "-Lesen Sie auch: Weinlese beginnt früher als je zuvor",
            "+Auf Hilfe aus dem Katastrophenfonds des Landes hoffen",
        ],
        [
            "+Das Landratsamt will die Schäden in den kommenden Tagen gemeinsam mit dem Weinbauverband erfassen.",
        ],
        [
            "-Der Tagblatt-Newsletter: die wichtigsten Nachrichten aus der Region jeden Morgen kostenlos",
        ],
        [
            "+Für die Lese im September rechnen die Betriebe am Südhang nur noch mit einem Drittel der üblichen "
            "Menge.",
        ],
        [
            "-Artikel teilen: Facebook · WhatsApp · X · E-Mail",
            "-Schlagworte: Weinbau · Unwetter · Kelterbrunn",
        ],
        [
            "-23 Kommentare",
            "-Rebstock62: Die armen Winzer, und das kurz vor der Lese.",
            "-↳ Antwort von Lenagrün: Wir kaufen dieses Jahr extra beim Rebknecht ein.",
            "-Nordhang_Nils: Am Nordhang ist zum Glück kaum etwas passiert.",
            "-Weitere Kommentare laden",
        ],
        [
            "-© 2026 Tagblatt Mediengruppe Kelterbrunn GmbH · Impressum · Datenschutz · AGB",
        ],
    ]),
    _page("de", "de-blog-huehnerhofkleinkram-mauser", [
        [
            "-Hühnerhof Kleinkram",
            "-Veröffentlicht am 3. November 2026 von Anke",
        ],
        [
            "+Mauserzeit: Wenn die Hühner plötzlich wie gerupft aussehen",
        ],
        [
            "-Ca. 4 Minuten Lesezeit",
            "-Dieser Beitrag enthält Affiliate-Links, gekennzeichnet mit einem Sternchen.",
            "-Inhaltsverzeichnis: Was ist die Mauser · Futter · Ruhe im Stall",
        ],
        [
            "+Seit zwei Wochen liegen bei uns im Stall überall Federn, und die Legeleistung ist fast auf null "
            "gesunken.",
        ],
        [
            "+Keine Sorge: Das ist die Mauser, der jährliche Federwechsel, der meistens im Herbst beginnt.",
        ],
        [
            "-Unsere Sussex-Henne Frieda mitten in der Mauser.",
            "-Dieses Bild auf Pinterest merken",
        ],
        [
            "+Meine Nachbarin, die seit dreißig Jahren Hühner hält, sagt immer: „In der Mauser brauchen sie Eiweiß "
            "und Ruhe, sonst nichts.“",
        ],
        [
            "+So helfe ich meinen Hühnern durch die Mauser",
        ],
        [
            "-Werbeanzeige",
        ],
        [
            "+Mehr Eiweiß im Futter, zum Beispiel mit Mehlwürmern",
            "+Kein Hochheben und Streicheln, solange die Kiele wachsen",
            "+Genug Platz im Stall, damit niemand gehackt wird",
            "-Mein E-Book „Hühner im Garten“ gibt es für 6,90 Euro in meinem Shop",
        ],
        [
            "+Nach etwa acht Wochen sollten die neuen Federn da sein und die ersten Eier wieder im Nest liegen.",
            "+Im nächsten Beitrag zeige ich, wie wir den Stall für den Winter abdichten.",
        ],
        [
            "-Teilen: Facebook | Pinterest | WhatsApp",
            "-Neue Beiträge per E-Mail erhalten? Einfach unten eintragen.",
        ],
        [
            "-5 Kommentare",
            "-Gudrun: Bei uns mausert gerade der Hahn, er sieht furchtbar aus!",
            "-↳ Anke: Gudrun, das wird wieder, bei Hähnen dauert es oft länger.",
            "-↳ ↳ Gudrun: Danke, dann bin ich beruhigt.",
            "-Matthias aus Schwaben: Gebt ihr auch Apfelessig ins Wasser?",
            "-↳ Anke: Matthias, ab und zu, aber nur einen Schuss.",
            "-Schreibe einen Kommentar",
        ],
        [
            "-« Vorheriger Beitrag: Hühnertränke im Winter · Nächster Beitrag: Legenester bauen »",
            "-Erstellt mit WordPress · Theme: GeneratePress",
        ],
    ]),
    _page("it", "it-portale-borgoverdino-mercato", [
        [
            "-La Voce di Borgoverdino",
            "-Cronaca | Economia | Agricoltura | Sport | Eventi",
        ],
        [
            "-Home > Economia > Agricoltura",
            "+Il mercato contadino di Borgoverdino si trasferisce in piazza della Fiera",
        ],
        [
            "-di Annunziata Pellerossi",
            "-Pubblicato il 9 settembre 2026 alle 12:15",
        ],
        [
            "-Tempo di lettura: 3 minuti",
            "+Da sabato prossimo il mercato dei produttori agricoli lascerà il cortile dell'ex convento per la più "
            "ampia piazza della Fiera.",
        ],
        [
            "+Nel cortile c'era posto soltanto per ventidue bancarelle, mentre le richieste erano ormai più di "
            "quaranta.",
            "-I banchi del mercato nel cortile dell'ex convento.",
            "-Foto di archivio",
        ],
        [
            "+«Finalmente potremo accogliere anche i giovani che hanno appena aperto un'azienda», ha detto la "
            "coordinatrice del mercato, Ercolina Tassabrina.",
        ],
        [
            "-Pubblicità",
            "-Contenuto sponsorizzato: scopri le offerte per le tue vacanze in agriturismo",
        ],
        [
            "+Cosa cambia per i clienti",
            "+Il mercato apre alle 7.30 invece che alle 8",
            "+Il parcheggio di via dei Mulini resta gratuito il sabato",
            "-Leggi anche: Caro prezzi, il latte aumenta ancora",
            "+Le bancarelle dei formaggi saranno all'ombra dei portici",
        ],
        [
            "+Il Comune ha stanziato quindicimila euro per le nuove tende e gli allacci elettrici.",
        ],
        [
            "-Iscriviti alla newsletter della Voce: ogni mattina le notizie del territorio nella tua casella",
        ],
        [
            "+La prima giornata in piazza della Fiera sarà accompagnata da una degustazione di prodotti locali.",
        ],
        [
            "-Condividi: Facebook · WhatsApp · X · Email",
            "-Argomenti: Mercato · Agricoltura · Borgoverdino",
        ],
        [
            "-7 commenti",
            "-Gianna_58: Era ora, nel cortile non si riusciva a passare.",
            "-↳ Risposta di Pietro R.: Però il cortile aveva il suo fascino.",
            "-Contadino_urbano: Speriamo che mettano anche qualche panchina.",
            "-Carica altri commenti",
        ],
        [
            "-© 2026 Editoriale Borgoverdino srl – Privacy – Cookie policy – Contatti",
        ],
    ]),
    _page("it", "it-blog-segaleinsoffitta-pagnotta", [
        [
            "-Segale in soffitta",
            "-Pubblicato il 15 ottobre 2026 da Marta",
        ],
        [
            "+La mia pagnotta di segale integrale con lievito madre",
        ],
        [
            "-Lettura di 5 minuti",
            "-In questo articolo trovi link affiliati: se acquisti, ricevo una piccola percentuale.",
            "-Indice: Il lievito · L'impasto · La cottura",
        ],
        [
            "+La segale è una farina difficile: ha poco glutine e l'impasto resta appiccicoso come fango.",
        ],
        [
            "+Per questo uso un lievito madre di segale rinfrescato due volte il giorno prima.",
        ],
        [
            "-La pagnotta appena sfornata sul tagliere.",
            "-Salva questa ricetta su Pinterest",
        ],
        [
            "+Il fornaio del paese, quando gli ho chiesto un consiglio, mi ha detto: «La segale non si impasta, si "
            "mescola.»",
        ],
        [
            "+Gli ingredienti per una pagnotta",
        ],
        [
            "-Annuncio pubblicitario",
        ],
        [
            "+Cinquecento grammi di farina di segale integrale",
            "+Quattrocento grammi di acqua tiepida",
            "+Cento grammi di lievito madre e dieci di sale",
            "-Il mio corso online di panificazione con la segale è su Teachable",
        ],
        [
            "+Dopo quattro ore di lievitazione nello stampo, la pagnotta cuoce un'ora a forno medio.",
            "+Va tagliata solo il giorno dopo, altrimenti la mollica resta collosa.",
        ],
        [
            "-Condividi: Facebook | Pinterest | WhatsApp",
            "-Iscriviti per ricevere le nuove ricette via email",
        ],
        [
            "-3 commenti",
            "-Lucia: Si può usare la farina di segale chiara?",
            "-↳ Marta: Lucia, sì, ma serve meno acqua.",
            "-↳ ↳ Lucia: Grazie mille, provo domenica!",
            "-Beppe: Che stampo usi?",
            "-↳ Marta: Beppe, uno stampo da plumcake in ghisa.",
            "-Lascia un commento",
        ],
        [
            "-← Articolo precedente: Crackers di segale · Articolo successivo: Pane nero alla birra →",
            "-Creato con WordPress · Tema: Neve",
        ],
    ]),
    _page("pl", "pl-portal-renetowo-jablka", [
        [
            "-Gazeta Renetowska",
            "-Wiadomości | Gospodarka | Rolnictwo | Sport | Kultura",
        ],
        [
            "-Strona główna › Rolnictwo › Sady",
            "+Rekordowe zbiory jabłek w Renetowie, ale ceny w skupie spadają",
        ],
        [
            "-Marzena Opałkowska",
            "-Opublikowano: 22.09.2026, 10:48",
        ],
        [
            "-Czas czytania: 3 min",
            "+Sadownicy z okolic Renetowa zbierają w tym roku nawet o jedną trzecią więcej jabłek niż przed rokiem.",
        ],
        [
            "+Drzewom nie zaszkodziły wiosenne przymrozki, a lato było ciepłe i deszczowe.",
            "-Zbiór jabłek w sadzie pod Renetowem.",
            "-Fot. archiwum redakcji",
        ],
        [
            "+„Jabłek jest dużo, ale za kilogram przemysłowych płacą nam ledwie trzydzieści groszy” – mówi sadownik "
            "Zdzisław Kwaśniarek.",
        ],
        [
            "-Reklama",
            "-Artykuł sponsorowany: nowoczesne chłodnie dla sadowników",
        ],
        [
            "+Co planują sadownicy",
            "+Przechować jak najwięcej owoców w chłodniach do wiosny",
            "+Sprzedawać jabłka bezpośrednio na targowiskach",
            "-Czytaj także: Susza w sadach na południu kraju",
            "+Założyć wspólną tłocznię soku",
        ],
        [
            "+Gmina zapowiedziała, że w październiku zorganizuje jarmark jabłkowy na rynku.",
        ],
        [
            "-Zapisz się do newslettera Gazety i otrzymuj najważniejsze wiadomości z regionu",
        ],
        [
            "+Skup przy ulicy Sadowej będzie czynny codziennie do końca listopada.",
        ],
        [
            "-Udostępnij: Facebook · X · WhatsApp",
            "-Tagi: jabłka · sadownictwo · Renetowo",
        ],
        [
            "-11 komentarzy",
            "-Sadownik_z_gór: Trzydzieści groszy to skandal, nie opłaca się nawet zrywać.",
            "-↳ Odpowiedź od Kasia R.: Dlatego sprzedajemy na targu, wychodzi dużo lepiej.",
            "-jabłuszko88: Kiedy ten jarmark?",
            "-Pokaż więcej komentarzy",
        ],
        [
            "-© 2026 Wydawnictwo Renetowskie · Regulamin · Polityka prywatności · Kontakt",
        ],
    ]),
    _page("pl", "pl-blog-kurnikzastodola-zielononozki", [
        [
            "-Kurnik za stodołą",
            "-Dodano 5 listopada 2026 przez Basię",
        ],
        [
            "+Zielononóżki na zimę: jak przygotowałam kurnik",
        ],
        [
            "-4 minuty czytania",
            "-Wpis zawiera linki afiliacyjne.",
            "-Spis treści: Ocieplenie · Światło · Woda",
        ],
        [
            "+Nasze zielononóżki dobrze znoszą mróz, ale w zeszłym roku przemarzła im woda i grzebienie.",
        ],
        [
            "+W tym roku zabrałam się za kurnik już w październiku, zanim przyszły pierwsze przymrozki.",
        ],
        [
            "-Kury na wybiegu w listopadowym słońcu.",
            "-Przypnij ten wpis na Pintereście",
        ],
        [
            "+Sąsiad, który trzyma kury od dziecka, poradził mi: „Nie ogrzewaj kurnika, tylko zatkaj szpary.”",
        ],
        [
            "+Co zrobiłam w kurniku",
        ],
        [
            "-Ogłoszenie",
        ],
        [
            "+Uszczelniłam szpary w ścianach słomą i gliną",
            "+Zamontowałam lampkę na wyłącznik czasowy",
            "+Kupiłam podgrzewaną podstawkę pod poidło",
            "-Jajka od moich kur sprzedaję w soboty na targu – zapraszam też do mojego sklepiku internetowego",
        ],
        [
            "+Pierwsze mrozy kury przeżyły bez problemu, a jajek jest nawet więcej niż w październiku.",
            "+Wiosną pokażę, jak budujemy nowy wybieg z siatką przeciw jastrzębiom.",
        ],
        [
            "-Udostępnij: Facebook | Pinterest | Messenger",
            "-Zapisz się, żeby nie przegapić nowych wpisów",
        ],
        [
            "-4 komentarze",
            "-Ela: A czy lampka nie przeszkadza kurom w nocy?",
            "-↳ Basia: Ela, świeci tylko rano, od szóstej do ósmej.",
            "-↳ ↳ Ela: Aha, to rozumiem, dzięki!",
            "-Grzegorz: Ile macie kur?",
            "-↳ Basia: Grzegorz, dwanaście i jednego koguta.",
            "-Dodaj komentarz",
        ],
        [
            "-« Poprzedni wpis: Kury i lis · Następny wpis: Jajka zimą »",
            "-Napędzane przez WordPress · Motyw: Kadence",
        ],
    ]),
    _page("ru", "ru-portal-hlebojarsk-pekarnya", [
        [
            "-Хлебоярский вестник",
            "-Новости | Экономика | Общество | Спорт | Афиша",
        ],
        [
            "-Главная / Экономика / Малый бизнес",
            "+В Хлебоярске открылась органическая пекарня на старом мельничном дворе",
        ],
        [
            "-Елизавета Кудрянская",
            "-Опубликовано 14 октября 2026, 09:30",
        ],
        [
            "-Время чтения: 3 мин",
            "+На месте бывшего склада мельницы на улице Заречной в понедельник открылась пекарня, где хлеб пекут "
            "только из органической муки.",
        ],
        [
            "+Зерно для неё выращивают три фермерских хозяйства района без химических удобрений.",
            "-Первые покупатели у прилавка пекарни.",
            "-Фото: редакция",
        ],
        [
            "+«Мы хотели, чтобы хлеб снова пах так, как в детстве у бабушки», — рассказал владелец пекарни Прохор "
            "Заквасов.",
        ],
        [
            "-Реклама",
            "-Партнёрский материал: выгодная ипотека для молодых семей",
        ],
        [
            "+Что можно купить в пекарне",
            "+Ржаной хлеб на закваске по старинному рецепту",
            "+Пироги с капустой и с яблоками",
            "-Читайте также: В районе подорожал хлеб",
            "+Цельнозерновые булочки к завтраку",
        ],
        [
            "+В будущем владельцы хотят открыть при пекарне небольшое кафе.",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города",
        ],
        [
            "+Пекарня работает ежедневно с семи утра до восьми вечера.",
        ],
        [
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
            "-Теги: пекарня · малый бизнес · Хлебоярск",
        ],
        [
            "-8 комментариев",
            "-Галина_В: Были сегодня, хлеб отличный, но очередь большая.",
            "-↳ Ответ Сергей П.: Приходите пораньше, к семи утра очереди нет.",
            "-Марина: А цены какие?",
            "-Показать ещё комментарии",
        ],
        [
            "-© 2026 ООО «Медиацентр». Все права защищены. Политика конфиденциальности",
        ],
    ]),
    _page("ru", "ru-blog-tihayaohota-opyata", [
        [
            "-Тихая охота с термосом",
            "-Опубликовано 2 октября 2026, автор: Тимофей",
        ],
        [
            "+Осенние опята: как я собирал грибы у старой вырубки",
        ],
        [
            "-Читать около 5 минут",
            "-В посте есть партнёрские ссылки на снаряжение.",
            "-Содержание: Где искать · Как отличить · Что приготовить",
        ],
        [
            "+В субботу я снова поехал на вырубку за деревней, где в прошлом году было много опят.",
        ],
        [
            "+Грибы росли целыми семьями на пнях, и за два часа я набрал полную корзину.",
        ],
        [
            "-Опята на берёзовом пне.",
            "-Сохраните пост в закладки",
        ],
        [
            "+Местный лесник, с которым я встретился на дороге, сказал мне: «Опята не ищут, их находят».",
        ],
        [
            "+Что я взял с собой",
        ],
        [
            "-Рекламный блок",
        ],
        [
            "+Плетёную корзину и короткий нож",
            "+Термос с чаем и бутерброды",
            "+Определитель грибов на телефоне",
            "-Мой онлайн-курс «Грибы для начинающих» можно купить со скидкой до конца месяца",
        ],
        [
            "+Дома я отварил опята и половину заморозил, а остальное пожарил с картошкой.",
            "+В следующий раз расскажу о поездке за клюквой на болото.",
        ],
        [
            "-Поделиться: ВКонтакте | Telegram | WhatsApp",
            "-Подпишитесь на блог, чтобы не пропустить новые посты",
        ],
        [
            "-5 комментариев",
            "-Ольга: А ложных опят не боитесь?",
            "-↳ Тимофей: Ольга, я всегда смотрю на юбочку на ножке.",
            "-↳ ↳ Ольга: Спасибо, буду знать!",
            "-Дмитрий: Где эта вырубка?",
            "-↳ Тимофей: Дмитрий, не скажу, это секрет!",
            "-Оставить комментарий",
        ],
        [
            "-← Предыдущий пост: Брусника 2026 · Следующий пост: Клюква →",
            "-Блог работает на WordPress · Тема: Astra",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Fair warning: long post ahead (roughly nine minutes) – the recipe card is right at the bottom.":
        "an English blog's nine-minute long-post warning ('Fair warning: long post ahead (roughly nine minutes) – "
        "the recipe card is right at the bottom.') is left at the head",
    "Blog stoi na Blogspocie od 2014 roku. Szablon: Prosty. Wszystkie zdjęcia są moje.":
        "a Polish on-Blogspot-since-2014 footer ('Blog stoi na Blogspocie od 2014 roku. Szablon: Prosty. Wszystkie "
        "zdjęcia są moje.') is left at the foot",
    "Log in or register to join the conversation – it only takes a minute.":
        "an English log-in-or-register comment prompt ('Log in or register to join the conversation – it only takes "
        "a minute.') is left at the foot",
    "This article first appeared in our weekly print edition and is reproduced here unchanged.":
        "an English first-appeared-in-print notice ('This article first appeared in our weekly print edition and is "
        "reproduced here unchanged.') is left in the body",
    "Transparenzhinweis: Die Reise wurde teilweise vom Veranstalter bezahlt. Unsere Berichterstattung bleibt "
    "unabhängig.":
        "a German transparency notice ('Transparenzhinweis: Die Reise wurde teilweise vom Veranstalter bezahlt. "
        "Unsere Berichterstattung bleibt unabhängig.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_128_line, test_held_out_128_line_is_kept, test_held_out_128_page = held_out_tests(
    HELD_OUT_128_LINES, HELD_OUT_128_KEEP, HELD_OUT_128_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
