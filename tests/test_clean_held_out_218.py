"""Held-out set 218: written blind, weighted toward the noise the cleaner exists for, in shapes set 216's docstring does
not name (nor the first paragraphs of sets 213, 214 and 215): scraper, embed and ad markers, all in the body (an English
Flourish chart that did not load, blaming an ad blocker "This Flourish visualisation could not be loaded. Try switching
off your ad blocker and reloading.", an English Apple Podcasts episode not available in the reader's country "This
episode isn't available on Apple Podcasts in your country or region.", an English Padlet board that is private, asking
the reader to request access "This Padlet is private. Ask its owner for access to view it.", a French Dailymotion video
removed for breaching the terms of use "Cette vidéo Dailymotion n'est plus disponible : elle a été supprimée pour
non-respect des conditions d'utilisation.", a German Instagram post not shown because the reader refused external
content "Der eingebettete Instagram-Beitrag wird nicht angezeigt, weil Sie externe Inhalte abgelehnt haben.", an Italian
TikTok video removed for breaching the community guidelines "Il video di TikTok incorporato è stato rimosso per
violazione delle linee guida della community.", a Polish age-restricted YouTube film asking the reader to log in to
confirm their age "Film z YouTube ma ograniczenie wiekowe – zaloguj się, aby potwierdzić wiek." and a Russian VK Video
clip whose author restricted access "Видео из VK Видео недоступно: автор ограничил доступ к записи."); reading-time
headers in new wordings, all at the head (the English abbreviated estimated-reading-time label with seconds "Est.
reading time: 4 min 30 sec", a blog's fair-warning line about a picture-heavy post "Fair warning: this post is
picture-heavy and takes roughly 12 minutes to read.", the French bare reading label "Lecture : 4 min", the German
estimated-reading-time label "Geschätzte Lesezeit: 4 Minuten", the Italian estimated-reading-time label "Tempo di
lettura stimato: 4 minuti", the Polish reading-will-take-you line "Przeczytanie zajmie ci ok. 4 minuty" and the Russian
reading-will-take line "Чтение займёт около 4 минут"); bylines and self-promotion (an English reports-from byline
"Thaddeus Oarblythe reports from the riverbank at Brackleby", a French by-our-correspondent-in byline "Par notre
correspondante à Pagaïmont, Solène Pagayrol", a German text-and-research byline "Text und Recherche: Irmtraud
Kielpaddler" and a Russian text-and-photo credit with dashes "Текст — Евлампия Быстроводова, фото — Трофим Загребалов",
all at the head, and at the foot an English Big Cartel shibori-scarves plug "My shibori scarves live in my Big Cartel
shop – new batches go up on the first Friday of each month.", an English indigo-days plug with dates on Eventbrite "Want
to try shibori in person? I run small indigo days in my garden studio – dates are on my Eventbrite page.", an Italian
Vinted shibori-scarves plug "Le mie sciarpe shibori tinte all'indaco sono in vendita nel mio negozio su Vinted." and a
Polish Allegro Lokalnie shibori-scarves plug with InPost delivery "Chustki farbowane metodą shibori sprzedaję na Allegro
Lokalnie – wysyłka InPostem."); blog and site footers, all at the foot (the English Substack footer slogan "Substack is
the home for great culture", the English Bear Blog credit with its bear face "Powered by Bear ʕ•ᴥ•ʔ", an English
publisher-group line with the do-not-sell link "Part of Reach plc · Do not sell or share my personal information · Terms
and conditions", a French publication-director line with OVHcloud hosting "Directeur de la publication : Aristide
Bouvrignac · Hébergement : OVHcloud, Roubaix", a German Contao and All-Inkl.com credit with the imprint "Powered by
Contao · Hosting bei All-Inkl.com · Impressum", an Italian court-registration line with the editor in charge
"Registrazione Tribunale di Lecco n. 7/2009 · Direttore responsabile: Gualtiero Remiglioni", a Polish Shoper platform
credit with the privacy policy "Sklep i blog działają na platformie Shoper · Polityka prywatności" and a Russian
WordPress and Timeweb credit with the user agreement "Работает на WordPress · Хостинг Timeweb · Пользовательское
соглашение"); reader-comment furniture, all at the foot (an English sign-in-to-join prompt "Sign in or create a free
account to join the discussion.", an English viewers-of-this-conversation count "14 people are viewing this
conversation.", an English report-reply-like action row "Report · Reply · Like (3)", a French reply-and-report-abuse row
"Répondre à ce commentaire · Signaler un abus", a German comment-awaiting-approval note "Dieser Kommentar wartet noch
auf Freischaltung durch die Redaktion.", an Italian log-in-with-Facebook-or-Google prompt "Accedi con Facebook o Google
per lasciare un commento.", a Polish comment-as-a-guest-or-log-in prompt "Dodaj komentarz jako gość lub zaloguj się
przez Facebooka." and a Russian reply-complain-like row "Ответить · Пожаловаться · Нравится 4"); share rows, all at the
foot (an English pass-it-on row with Threads and Reddit "Pass it on: Threads · Reddit · Email", a German
recommend-the-post row "Beitrag weiterempfehlen: WhatsApp · Threads · E-Mail" and a Polish share-with-friends row
"Udostępnij znajomym: Messenger · WhatsApp · Kopiuj link"); and notices (a French gift-article note from a subscriber
"Cet article vous est offert par un abonné. Abonnez-vous pour lire tous nos contenus." and an Italian developing-story
note "Notizia in aggiornamento: seguiranno ulteriori dettagli.", both in the body, and a Russian
the-editors'-view-may-differ disclaimer "Мнение редакции может не совпадать с мнением автора." at the foot); and toward
whole scraped news and hobby-blog pages in layouts set 216's docstring does not describe (on the six portal pages, in
ten blocks, a breaking-news line and the masthead with its tagline in a block of two at the very top, the breaking line
first; the section menu and a breadcrumb in a block of two; the title last in a block of three, under a section kicker
and the reading time; the byline and the date line with the published and updated times alone in a block of two; the
first and second paragraphs at the top of a block of three with the lead photo's caption and its credit (in one line)
under them; a read-also link above the paragraph with the quote, in its block (a block of two, the paragraph last); the
subheading and the three rows with an advertisement label and a sponsored headline (two lines) between the first and
second rows, inside the list block (a block of six); the two last paragraphs at the top of a block of four with a share
row and a newsletter prompt under them; a thread of five lines alone in a block (a comment count, a reader's comment, a
second reader's arrowed reply to it, a third reader's comment and the paper's arrowed reply to it); and at the foot the
publisher's copyright line with its links in one line, alone in a block of one; on the six blog pages, in ten blocks,
the blog name with its tagline alone in a block of one at the very top; the menu and a breadcrumb in a block of two; the
title at the top of a block of four with the posted-on-by line (with the comment count), the reading time and an
affiliate-links disclosure under it; the first and second paragraphs at the two ends of a block of three with the photo
caption between them; the paragraph with the quote at the top of a block of three with an affiliate link to the indigo
kit and a second photo caption under it; the subheading and the three rows with a pin-it prompt between the second and
third rows, inside the list block (a block of five); the two last paragraphs at the top of a block of four with a share
row and the author's sign-off under them; a plug for the author's hand-dyed scarves in her online shop and a subscribe
prompt alone in a block of two; a thread of five lines alone in a block (a comments heading with its count quoting the
post's title, two comments, the author's arrowed reply to the second and a leave-a-reply prompt); and at the foot the
author's copyright line with the theme and platform credit in one line, alone in a block of one), taken from local news
of a dragon-boat race (fourteen crews of twenty, eighteen paddlers, a drummer and a steerer per boat, a 250-metre
course, heats, a lion dance, a final won by a hospital's nurses, the money raised for palliative care) in six invented
towns, and from six hobby blogs on a first fold-and-clamp (itajime) shibori scarf dyed in an indigo vat (fan and
triangle folds between wooden blocks, six dips, the green turning blue in the air, a grid of pale triangles).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 216 but what is named here), held-out set 217 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 216 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 213, 214 and 215, printed with one ast script
(/tmp/s218scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s218scratch/insp.py, with /tmp/wt-s218/src and /tmp/wt-s218/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s218 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 216's as printed, with 216 -> 218; /tmp/s218scratch/gen218.py writes this file
from scratch files (data218.py with the noise and keep lines, pages218.py with the pages, desc218.py and doc_layout.txt
from which it builds the first paragraph around the lines themselves, doc_rest.txt, doc_measure.txt and doc_baseline.txt
with the rest of the docstring, and, after the measurement, tables218.py with the xfail tables). Nothing else was copied
from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s218, detached at
commit 61c463ea2557cc7eef1ccf21ea024477eb8e2285, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 13:27:25 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 13:27:27 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 61c463ea2557cc7eef1ccf21ea024477eb8e2285 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it), and
/work/main was not touched afterwards. A plain ``ls`` of the two new worktrees' top folders (piped to ``head``) was run
to see that they exist; it lists README.md, benchmarks, configs, docs, pyproject.toml, scripts, src and tests by name
only, nothing was opened. (2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed
the start, up to inside set 216's Slips and notes paragraph, and the end, from inside set 214's first paragraph on, all
allowed parts); the second run went to /tmp/s218scratch/allowed.txt, of which I paged lines 125 to 400 with ``sed`` in
two pieces; nothing else of any set file was printed. (3) The default python already had the project's dependencies: the
inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That import loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
used for a held-out marker here is named in them (Flourish, Apple Podcasts, Padlet, Dailymotion, Instagram, TikTok,
YouTube, VK Video), and the failures are of kinds not named there (an ad blocker, a country or region, a private board,
a terms-of-use removal, refused external content, a community-guidelines removal, an age restriction, access restricted
by the author); the reading times avoid the phrasings named there (no "Durée de lecture", "Lesezeit" with "ca." or
"Min.", "Lettura da", "minuti di lettura", "Si legge in", "Lektura na", "minut czytania", "Przeczytasz w", "Время на
прочтение", "Читается за" or "Прочитаете за"; the new ones are an abbreviated "Est. reading time" with seconds, a
fair-warning line, "Lecture :", "Geschätzte Lesezeit", "Tempo di lettura stimato", "Przeczytanie zajmie ci" and "Чтение
займёт"); the bylines are of new shapes (reports-from, by-our-correspondent-in, text-and-research, a text-and-photo
credit with dashes) and the plugs name marketplaces not named there (Big Cartel, Eventbrite, Vinted, Allegro Lokalnie
with InPost); the footers use slogans, credits, hosts and legal lines not named there (the Substack slogan, Bear Blog, a
Reach plc do-not-sell line, a French publication-director line with OVHcloud, Contao with All-Inkl.com, an Italian court
registration with the editor in charge, Shoper, WordPress with Timeweb and a user agreement); the comment lines (a
sign-in-to-join prompt, a viewers count, action rows with report or complain links in English, French and Russian, an
awaiting-approval note, a log-in-with-Facebook-or-Google prompt, a comment-as-a-guest prompt), share rows (pass it on
with Threads and Reddit, weiterempfehlen, udostępnij znajomym) and notices (a gift article, a developing story, an
editors'-view disclaimer) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and
the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets 213 to 216 (see the first
paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files)
before use. No hits: Brackleby, "Wend Valley Courant", Gubbleswick, Oarblythe, Pagaïmont, "Vigie de Pagaïmont",
Pagayrol, Bouvrignac, Paddelfurt, "Paddelfurter Rundschau", Paddelhuber, Kielpaddler, Vogatrebbio, "Gazzetta di
Vogatrebbio", Remiglioni, Wiosłowo, "Kurier Wiosłowski", Wiosełkiewicz, Гребешанск, "Гребешанский вестник",
Вёсельникова, Быстроводова, Загребалов, "The Knotted Indigo", "Les Nœuds de Capucine", "Almuts Färbetopf", "Il Secchio
d'Indaco", "Indygo u Jadzi" and "Индиго у Ульяны" (also "Eco di Pagaiolo" and "Brackleby Dragons", in the end not used).
Dropped for hits: Pagayac (inside code identifiers), Remolago (inside a code identifier), Весловск (inside a Russian
surname), Ramebourg (in a game's list of names), Pagaiolo (inside code identifiers), Quorndon (a real place in
Leicestershire) and Swiftpaddle (a handle and code identifiers) -- the replacements are the checked names above.
Bloggers are given by first name only (Marigold, Capucine, Almut, Nora, Jadzia, Ульяна), as are the first names of the
bylines, the commenters as first names with an initial or a place, or as handles (RiverRat62, Pennyfeather, Marcel_77,
Flussfan, Gianni_lago, kibic_znad_rzeki, рыбак_с_набережной), and were not checked; "La Vigie de Pagaïmont" and "Kurier
Wiosłowski" are formed from checked names. Real services, platforms, shops and cities (Substack, Reach plc, OVHcloud,
Roubaix, Lecco, Leeds, Nantes, Kassel, Bergamo, Łódź, Тверь, WordPress and its themes and the like) are named as real
pages do. (6) A script (/tmp/s218scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits
inside an article line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, that
each page has 10 article and 20 noise lines, and the counts by category, language and place; its first run found nothing
to fix (while writing I had already changed the Italian portal's ad label to "Spazio pubblicitario", since "Pubblicità"
opens an Italian keep line, the French and Polish portals' and the Russian portal's copyright lines to name
"Annonceurs", "Oferta dla reklamodawców" and "Рекламодателям", since their ad labels "Publicité", "Reklama" and
"Реклама" would sit inside them, the German portal's menu to "Trauer", since the ad label "Anzeige" would sit inside
"Traueranzeigen", and the Polish blog's reply prompt to "Zostaw odpowiedź", since "Dodaj komentarz" sits inside a Polish
held-out line). gen218.py checks that no line of the file is over 120 columns and that it holds no at-sign, and the
lists and pages of the written file were imported back and found equal to the scratch data (verify.py). (7) The
measurement was run once, as the brief gives it, in one shell call at 13:33:24 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) and (8) (the measured copy is kept as
/tmp/s218scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s218scratch, importing the copy in /tmp/wt-s218/tests with /tmp/wt-s218/src on the
path) then printed ``_problems`` of each failing case: the eight lines and the seven pages of the tables; every problem
is a kept noise line ("kept boilerplate"); no article line of a page is lost, no keep line is lost and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
The tables were written from that output (make_tables.py writes tables218.py, which gen218.py puts into this file);
make_tables.py checked that every key of the tables is a failing line or page of that output and that each page's reason
quotes every noise line the output names for it and gives the count the report counts left, and verify.py checked the
final file again; the final file was checked with the pytest command in /tmp/wt-s218 (see the Baseline paragraph). (8)
Clock: ``date`` printed 13:27:25 at the start, 13:33:24 at the measurement and 13:34:15 when the tables and the Baseline
paragraph were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from the rowing club's captain ...", "Sharing the boat ...", "Followers of the race ...", "Subscribers to the
club's calendar ...", "Copyright in the carved dragon heads ...", "Advertising boards along the towpath ...", "Reading
the water ...", "Partager la pirogue ...", "Commentaires et encouragements ...", "Abonnée au club ...", "Teilen mussten
sich die Teams ...", "Abonnenten der Lokalzeitung ...", "Werbung für das Rennen ...", "Condividere la barca ...",
"Seguire la gara ...", "Pubblicità a parte ...", "Komentarze kibiców ...", "Obserwując wyścig ...", "Подписчики
городского паблика ..." and "Поделиться веслом ..."): each is a full sentence with a subject, a verb and a fact of a
local story, so article ("Reading the water" opens like a reading-time label but quotes a steerer; "Followers of the
race" opens like a follow prompt but are spectators on the banks; "Teilen mussten sich" opens like a share row but says
the teams had one jetty; "Werbung für das Rennen" opens like the German ad label but says who made the posters;
"Pubblicità a parte" opens like the Italian ad label but says who paid for the trophy; "Obserwując" opens like a follow
prompt but are children watching from a bridge; "Подписчики" and "Поделиться" open like a subscribe prompt and a share
row but report who learnt of the new start time first and why a paddle was shared). Borderline categories: the plugs
(Big Cartel, Eventbrite, Vinted, Allegro Lokalnie) are bylines and self-promotion, at the foot, since they sell the
author's wares or classes in the author's voice; the reports-from line and the text-and-photo credit are bylines at the
head; the Substack slogan, the Reach plc line, the French publication-director line and the Italian court-registration
line are footers (they speak of the platform or the publisher, not of the article); the viewers count, the sign-in and
log-in prompts, the action rows and the awaiting-approval note are comment furniture (they sit with the reader
comments); the French gift-article note and the Italian developing-story note are notices in the body, and the Russian
editors'-view disclaimer a notice at the foot (all three speak of the article they sit in); the Flourish line is a
marker (it is what an embed leaves when the script did not run), though it reads as an instruction, and so is the
private Padlet line. On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (breaking-news lines, mastheads
with taglines, menus, breadcrumbs, section kickers, reading times, bylines, date lines, captions with credits, read-also
links, ad labels, sponsored headlines, share rows, newsletter prompts, comment counts and headings, comments and
replies, copyright lines, blog names, posted-on lines, affiliate disclosures and links, pin-it prompts, sign-offs, shop
plugs, subscribe prompts and leave-a-reply prompts) is noise. The list rows (the heats, the lion dance and the final on
the portals; the scarf, the blocks and clamps and the indigo vat on the blogs) are short but part of each article, so
article; the list headings ("How the day ran", "What you'll need" and the like) are the articles' subheadings, so
article; the portals' ad labels and sponsored headlines are noise though they sit between the first and second list
rows; the portals' captions are noise though they close the block of the first two paragraphs; the portals' read-also
links are noise though they open the block of the paragraph with the quote; the blogs' first photo captions are noise
though they sit between the first two paragraphs; the blogs' kit links and second captions (the first dip, green turning
blue) are noise though they share the block of the paragraph with the quote, and the second caption reads like a
sentence of the post; the blogs' pin-it prompts are noise though they sit between the second and third list rows; the
share rows and sign-offs are noise though they close the blocks of the two last paragraphs; the arrowed replies are
comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, a German and a Russian one), body 10 (the eight markers and
two notices: French and Italian), tail 24 (four plugs: two English, an Italian and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-brackleby-dragon-boat-race (fourteen
crews of twenty on the River Wend in Brackleby's third dragon-boat race, £11,400 for the hospice, a 250-metre course
from the lock to the brewery wharf, heats from 9am, a lion dance, the final won by the Infirmary's nurses in 58.2
seconds), en-blog-the-knotted-indigo-shibori-scarf (a first itajime shibori silk scarf: fan and triangle folds, two
wooden blocks, six dips in a pre-reduced indigo vat, a grid of pale triangles, arashi next time),
fr-portail-pagaimont-course-de-bateaux-dragons (the same race in Pagaïmont, 9 800 euros for palliative care),
fr-blog-les-noeuds-de-capucine-foulard-shibori (the same scarf in French), de-portal-paddelfurt-drachenbootrennen (the
race in Paddelfurt, won by the Kreiskrankenhaus), de-blog-almuts-faerbetopf-shibori-tuch (a Seidentuch folded and
clamped for the Indigobad), it-portale-vogatrebbio-gara-di-dragon-boat (the race on the lake of Vogatrebbio),
it-blog-il-secchio-d-indaco-di-nora-sciarpa-shibori (a sciarpa in the bagno d'indaco),
pl-portal-wioslowo-wyscig-smoczych-lodzi (the race in Wiosłowo, 41 tys. zł for palliative care),
pl-blog-indygo-u-jadzi-chusta-shibori (a chusta in the kadź z indygo), ru-portal-grebeshansk-gonka-drakonov (the race in
Гребешанск, 180 тысяч рублей for palliative care), ru-blog-indigo-u-ulyany-palantin-shibori (a палантин in the чан with
индиго), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 61c463ea2557cc7eef1ccf21ea024477eb8e2285, measured with ``cd /tmp/wt-s218 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s218/src python -m pytest -q tests/test_clean_held_out_218.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s218 && PYTHONPATH=/tmp/wt-s218/src python
scripts/clean_held_out_report.py --sets 218``, with the xfail tables empty, at 13:33:24 UTC by ``date``): noise lines
removed 37/45 (marker 8/8, reading-time 5/7, byline 4/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two reading times at the head (the English fair-warning line
about a picture-heavy post and the Polish reading-will-take-you line), three bylines at the head (the English
reports-from byline, the German text-and-research byline and the Russian text-and-photo credit), one plug at the foot
(the English indigo-days plug with dates on Eventbrite), one comment line at the foot (the English
viewers-of-this-conversation count) and one notice in the body (the Italian developing-story note); all eight markers,
the other five reading times, the French by-our-correspondent byline, the Big Cartel, Vinted and Allegro Lokalnie plugs,
all eight footers, the other seven comment lines, every share row and the French gift-article and Russian disclaimer
notices went); keep lines kept 20/20; pages 5/12 clean, 15 of 240 page noise lines left and 0 of 120 article lines lost.
Clean: the French, German, Italian, Polish and Russian portal pages. Left: on the English portal page the breaking-news
line and the masthead with its tagline in the block of two at the very top and the section kicker above the reading time
in the title's block (3); on each of the six blog pages the photo caption between the first two paragraphs and the
second photo caption (the first dip, green turning blue) under the kit link in the block of the paragraph with the quote
(2 each). No page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s218 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 138 (2026-12-07, lead; the writers of this set and of set 217 worked beside round 138 from the same
base, 61c463e; round 138 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 218)`` and the set's pytest file): nothing moved. noise lines removed
37/45, keep lines kept 20/20, pages 5/12 clean, 15 of 240 page noise lines left, 0 of 120 article lines lost; every
xfail still fails as its reason says. Round 138 (set 214's sign-off over a filed-under line and a workshop plug, liking
questions before a pin prompt, an affiliate row under a list's subheading, set 213/214's embed, reading-time, byline,
shop, footer and comment wordings) read none of this set's wordings or layouts.

Round 140 (development; this set was read in full from this round on): the cleaner was changed on branch round140 (base
a197dcd) and this set's xfails that now pass were removed. Fixed: the lost blog titles of set 217 (a prompt kept under
the menu, in the menu's block, was counted as the title by page_blocks._mark_head_caption, and the real title between
the reading time and the posted-on line, a first person with no finite verb, was taken as a head block's prompt; the
count now skips a prompt that shares its block with the page head's lines only, and the two wordings are taken by the
line rules: "Follow along on Instagram ..." in whole_line_noise's follow rule, "Заглядывайте в мой Telegram-канал"
beside "заходите"); the one-line table of contents named by the post ("In this post:", "In questo post:", "W tym
wpisie:": the "table of contents" rule now reads clean._IN_THIS_POST, moved above it); the sign-off with the commissions
plug whose page is named with "na stronie" or "на странице" (page_blocks._OFFER_CHANNEL) or whose offer is the English
"commissions" (_ORDER_OR_LESSON); a breaking-news ticker over the masthead and its tagline above the menu
(page_blocks._mark_head reads the name's test on the first line that is no ticker, _HEAD_TICKER); embed placeholders (a
listed platform and one small word before the noun, "Windy wind map"; the live stream nouns; not started yet with the
scheduled start after a dash; the Russian "пока" as for now); reading times said of the post ("This post is a 12-minute
read", the picture-heavy warning, the Polish "Przeczytanie zajmie"); bylines (a correspondent's beat, "Pisze dla nas",
"Text und Recherche:", the roles before their writers with dashes, a writer reporting from a place); the dates on the
writer's Eventbrite page (clean._SALE_CUE); a comment submitted for review; the readers viewing the thread; the
media-partner disclosure under its label; the text edited for the web edition (clean._WEB_EDITION_NOTE); the developing
story's promise of more. Review item: round 139's Italian market reading (clean._MY_PLATFORM_PAGE) now asks what is
found to be the writer's things (clean._WRITERS_WARES: a sale's cue, the making, the writer's stall or table): "Trovi i
miei nonni al mercatino di Cantù ogni domenica." stays, set 215's "Trovi i miei merletti a fuselli ..." still goes; no
held-out line moved with it. Tests: tests/test_clean.py test_round_140_*. Sets 10-218 (scripts/clean_held_out_report.py,
frozen base against the branch): noise lines removed 8,673 -> 8,698 of 9,481, keep lines 4,207/4,207 -> 4,207/4,207,
pages clean 1,401 -> 1,403 of 2,494, page noise lines left 2,090 -> 2,067 of 51,600, paragraphs lost 4 -> 2 (set 217's
two titles back; set 86's 2 remain); no set keeps fewer lines or loses more. Beyond sets 217/218 the changes took one
line each of sets 87, 88, 168 and 199 (the Polish "Przeczytanie zajmie Ci ..."), 105 ("By our health correspondent,
..."), 122 ("Text und Recherche: ..., Wirtschaftsredaktion"), 138 and 179 (commissions plugs with their Contact and
Commissions pages), whose xfails were removed, and set 150's fr-portail-vaurignac-postepharmacie (the traffic ticker
over the masthead: the page is clean, its xfail removed); reasons reworded: set 147's en-blog-blottedcopybook-dippen and
set 157's en-blog-chippedandglossy-cocoasign (their "Follow along on Instagram" prompts go), set 216's
en-blog-the-curlwood-shed-walnut-bowl (its "In this post" contents go) and pl-blog-wiorownia-zdzisia-misa-z-orzecha and
ru-blog-struzhki-tikhona-chasha-iz-orekha (the sign-off and the classes plug with "na stronie", "на странице" go).
SemEval (scripts/semeval_noise_diff.py diff): 0 of 3,723 files changed. Bench (benchmarks/bench_clean.py --baseline-src,
the frozen base): ratio 1.02. The cleaning test set (tests/test_clean.py, held-out sets 10-218, site batches, site
lines, noise trace, clean pages): 25,739 passed, 1,904 xfailed, no XPASS, in 12 min 34 s (on the round's code; only
comments of page_blocks.py were reworded after it, the code the same by its syntax tree). This set: noise lines removed
37/45 -> 45/45 (reading-time 5/7 -> 7/7, byline 4/8 -> 8/8 with the Eventbrite plug, comments 7/8 -> 8/8, notice 2/3 ->
3/3; marker, footer and share already whole), keep lines 20/20 -> 20/20, pages 5/12 -> 6/12 clean (the English portal:
its ticker, masthead and kicker go, its xfail removed), page noise lines left 15 -> 12 of 240, 0 of 120 article lines
lost. Reasons reworded here: none. Still missed: on each of the six blogs the photo caption between the first two
paragraphs and the second photo caption under the kit link (2 each), captions with no credit, no prompt and no label,
which the brief left alone.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_218_LINES: list[tuple[str, str, str]] = [
    ('body',
     'This Flourish visualisation could not be loaded. Try switching off your ad blocker and reloading.', 'marker'),
    ('body', "This episode isn't available on Apple Podcasts in your country or region.", 'marker'),
    ('body', 'This Padlet is private. Ask its owner for access to view it.', 'marker'),
    ('body',
     "Cette vidéo Dailymotion n'est plus disponible : elle a été supprimée pour non-respect des "
     "conditions d'utilisation.", 'marker'),
    ('body',
     'Der eingebettete Instagram-Beitrag wird nicht angezeigt, weil Sie externe Inhalte abgelehnt haben.', 'marker'),
    ('body',
     'Il video di TikTok incorporato è stato rimosso per violazione delle linee guida della community.', 'marker'),
    ('body', 'Film z YouTube ma ograniczenie wiekowe – zaloguj się, aby potwierdzić wiek.', 'marker'),
    ('body', 'Видео из VK Видео недоступно: автор ограничил доступ к записи.', 'marker'),
    ('head', 'Est. reading time: 4 min 30 sec', 'reading-time'),
    ('head', 'Fair warning: this post is picture-heavy and takes roughly 12 minutes to read.', 'reading-time'),
    ('head', 'Lecture : 4 min', 'reading-time'),
    ('head', 'Geschätzte Lesezeit: 4 Minuten', 'reading-time'),
    ('head', 'Tempo di lettura stimato: 4 minuti', 'reading-time'),
    ('head', 'Przeczytanie zajmie ci ok. 4 minuty', 'reading-time'),
    ('head', 'Чтение займёт около 4 минут', 'reading-time'),
    ('head', 'Thaddeus Oarblythe reports from the riverbank at Brackleby', 'byline'),
    ('head', 'Par notre correspondante à Pagaïmont, Solène Pagayrol', 'byline'),
    ('head', 'Text und Recherche: Irmtraud Kielpaddler', 'byline'),
    ('head', 'Текст — Евлампия Быстроводова, фото — Трофим Загребалов', 'byline'),
    ('tail',
     'My shibori scarves live in my Big Cartel shop – new batches go up on the first Friday of each '
     'month.', 'byline'),
    ('tail',
     'Want to try shibori in person? I run small indigo days in my garden studio – dates are on my '
     'Eventbrite page.', 'byline'),
    ('tail', "Le mie sciarpe shibori tinte all'indaco sono in vendita nel mio negozio su Vinted.", 'byline'),
    ('tail', 'Chustki farbowane metodą shibori sprzedaję na Allegro Lokalnie – wysyłka InPostem.', 'byline'),
    ('tail', 'Substack is the home for great culture', 'footer'),
    ('tail', 'Powered by Bear ʕ•ᴥ•ʔ', 'footer'),
    ('tail', 'Part of Reach plc · Do not sell or share my personal information · Terms and conditions', 'footer'),
    ('tail', 'Directeur de la publication : Aristide Bouvrignac · Hébergement : OVHcloud, Roubaix', 'footer'),
    ('tail', 'Powered by Contao · Hosting bei All-Inkl.com · Impressum', 'footer'),
    ('tail', 'Registrazione Tribunale di Lecco n. 7/2009 · Direttore responsabile: Gualtiero Remiglioni', 'footer'),
    ('tail', 'Sklep i blog działają na platformie Shoper · Polityka prywatności', 'footer'),
    ('tail', 'Работает на WordPress · Хостинг Timeweb · Пользовательское соглашение', 'footer'),
    ('tail', 'Sign in or create a free account to join the discussion.', 'comments'),
    ('tail', '14 people are viewing this conversation.', 'comments'),
    ('tail', 'Report · Reply · Like (3)', 'comments'),
    ('tail', 'Répondre à ce commentaire · Signaler un abus', 'comments'),
    ('tail', 'Dieser Kommentar wartet noch auf Freischaltung durch die Redaktion.', 'comments'),
    ('tail', 'Accedi con Facebook o Google per lasciare un commento.', 'comments'),
    ('tail', 'Dodaj komentarz jako gość lub zaloguj się przez Facebooka.', 'comments'),
    ('tail', 'Ответить · Пожаловаться · Нравится 4', 'comments'),
    ('tail', 'Pass it on: Threads · Reddit · Email', 'share'),
    ('tail', 'Beitrag weiterempfehlen: WhatsApp · Threads · E-Mail', 'share'),
    ('tail', 'Udostępnij znajomym: Messenger · WhatsApp · Kopiuj link', 'share'),
    ('body', 'Cet article vous est offert par un abonné. Abonnez-vous pour lire tous nos contenus.', 'notice'),
    ('body', 'Notizia in aggiornamento: seguiranno ulteriori dettagli.', 'notice'),
    ('tail', 'Мнение редакции может не совпадать с мнением автора.', 'notice'),
]

HELD_OUT_218_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the rowing club's captain drew applause when the trophy was handed over on the quay."),
    ('head', 'Sharing the boat with seventeen strangers was, said one paddler, the best part of the whole weekend.'),
    ('body', 'Followers of the race lined both banks of the river from the lock to the old brewery wharf.'),
    ('body', "Subscribers to the club's calendar were told on Friday that the heats would start an hour early."),
    ('tail', 'Copyright in the carved dragon heads belongs to the carver, who lent them to the crews for free.'),
    ('tail', "Advertising boards along the towpath paid for the drummers' new drums this year."),
    ('tail', 'Reading the water, the steerer said, matters more than raw strength in the last hundred metres.'),
    ('head', "Partager la pirogue avec des inconnus n'a gêné personne, raconte une pagayeuse de 64 ans."),
    ('body', 'Commentaires et encouragements ont fusé depuis le pont pendant toute la finale.'),
    ('tail', "Abonnée au club depuis dix ans, elle a teint cet été sa première écharpe shibori à l'indigo."),
    ('head', 'Teilen mussten sich die Teams den einzigen Steg am Ufer, was zu langen Wartezeiten führte.'),
    ('body', 'Abonnenten der Lokalzeitung kannten den Termin des Rennens schon seit dem Frühjahr.'),
    ('tail', 'Werbung für das Rennen machten Schülerinnen mit selbst gemalten Plakaten.'),
    ('head', 'Condividere la barca con diciassette sconosciuti è stata la parte più bella, dice una pagaiatrice.'),
    ('body', "Seguire la gara dal ponte è stato possibile fino all'arrivo della pioggia, poco dopo le tre."),
    ('tail', 'Pubblicità a parte, il trofeo è stato pagato dai commercianti del lungolago.'),
    ('tail', 'Komentarze kibiców niosły się po wodzie aż do mety przy starym młynie.'),
    ('tail', 'Obserwując wyścig z mostu, dzieci dopingowały drużynę ze szkoły podstawowej.'),
    ('head', 'Подписчики городского паблика первыми узнали о переносе старта на час.'),
    ('head', 'Поделиться веслом с соседом пришлось, когда у капитана сломалась лопасть.'),
]

HELD_OUT_218_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-brackleby-dragon-boat-race', [
        ['-Breaking: Wend Road closed at the bridge until 6pm for the regatta',
         '-The Wend Valley Courant – News for Brackleby and the villages since 1902'],
        ["-News · Sport · What's On · Business · Opinion · Obituaries · Jobs",
         '-Home › Sport › Local sport'],
        ['-Local sport | Dragon boats',
         '-4 min read',
         "+Nurses' crew wins Brackleby dragon-boat race as 14 teams take to the Wend"],
        ['-By Marnie Gubbleswick, Sport reporter',
         '-Published Sunday 6 September 2026, 17:42 · Updated 19:05'],
        ["+Fourteen crews of twenty took to the River Wend on Saturday for Brackleby's third dragon-boat race, "
         "raising £11,400 for the town's hospice.",
         '+Each boat carried eighteen paddlers, a drummer in the bow and a steerer at the stern, over a 250-metre '
         'course from the lock to the brewery wharf.',
         '-The Brackleby Infirmary crew crosses the line in the final. Photo: Wend Valley Courant'],
        ['-Read also: Rowing club gets lottery grant for new boathouse',
         '+"We had only four practice sessions, so nobody expected us in the final," said the winning crew\'s '
         'steerer, a theatre nurse at Brackleby Infirmary.'],
        ['+How the day ran',
         '+Heats from 9am, three boats at a time, with the fastest six going through',
         '-Advertisement',
         '-Sponsored: Five riverside pubs worth the walk this autumn',
         '+A lion dance by the Chinese community association on the quay at lunchtime',
         '+The final at 3pm, won by the Infirmary in 58.2 seconds, with the fire station second'],
        ['+The organisers said the river was closed to other boats for the day and the towpath stayed open to '
         'walkers.',
         "+Next year's race is planned for the first Saturday in September, with room for up to twenty crews.",
         '-Share this story: Facebook · X · WhatsApp · Email',
         "-Get the Courant's morning briefing in your inbox – sign up free"],
        ['-Comments (4)',
         '-RiverRat62: Great day out, but the burger queue was a joke.',
         '-↳ Pennyfeather replying to RiverRat62: The burger van ran out of gas at noon, apparently.',
         '-Joanne T.: Well done the nurses! Same again next year?',
         '-↳ The Wend Valley Courant: Thanks Joanne – the club says the date is already booked.'],
        ['-© 2026 Wend Valley Courant Ltd · Contact us · Advertise with us · Privacy policy · Cookie settings'],
    ]),
    _page('en', 'en-blog-the-knotted-indigo-shibori-scarf', [
        ['-The Knotted Indigo – slow dyeing, one vat at a time'],
        ['-Home · Shibori · Natural dyes · Workshops · About',
         '-Home › Shibori › Scarves'],
        ['+My first fold-and-bind shibori scarf in an indigo vat',
         '-Posted on 14 August 2026 by Marigold · 6 comments',
         '-9 minute read',
         '-This post contains affiliate links; I may earn a small commission.'],
        ['+I finally dyed the silk scarf I bought in spring, using itajime, the fold-and-clamp kind of shibori.',
         '-The folded triangle bundle with its wooden blocks and rubber bands.',
         '+The scarf was folded like a fan lengthways, then into triangles, and clamped between two wooden blocks.'],
        ['+My neighbour, who learned shibori in Japan, told me: "Dip it for a minute, then let the air do the '
         'work."',
         '-Get the pre-reduced indigo kit I used here (affiliate link)',
         '-The first dip: the scarf comes out green and turns blue in the air.'],
        ["+What you'll need",
         '+A silk or cotton scarf, washed to remove the size',
         '+Two wooden blocks, clamps or strong rubber bands',
         '-Pin it for later!',
         '+A pre-reduced indigo vat, gloves and a bucket of clean water'],
        ['+After six dips the blue was deep enough, so I rinsed the bundle, opened it and found a grid of pale '
         'triangles.',
         '+Next time I will try arashi, wrapping the scarf around a drainpipe and pushing it into folds.',
         '-Share: Pinterest · Facebook · Email',
         '-Happy dyeing, Marigold x'],
        ['-I sell hand-dyed silk scarves in my online shop – the link is in the menu.',
         '-Subscribe to get new posts by email'],
        ['-6 thoughts on "My first fold-and-bind shibori scarf in an indigo vat"',
         '-Hazel B. says: Those triangles are gorgeous! How long did the vat last?',
         '-Tom from Leeds says: Did you use silk or cotton? Mine went grey.',
         '-↳ Marigold says: Silk, Tom – grey usually means the vat needs more reducing agent.',
         '-Leave a Reply'],
        ['-© 2026 The Knotted Indigo · Theme: Astra · Powered by WordPress'],
    ]),
    _page('fr', 'fr-portail-pagaimont-course-de-bateaux-dragons', [
        ["-Info trafic : quai des Tanneurs fermé à la circulation jusqu'à 19 h",
         '-La Vigie de Pagaïmont – Le quotidien de la vallée depuis 1911'],
        ['-Actualité · Sports · Loisirs · Économie · Avis de décès · Annonces',
         '-Accueil › Sports › Nautisme'],
        ['-Sports nautiques',
         '-3 minutes de lecture',
         '+Les infirmières de Pagaïmont remportent la course de bateaux-dragons'],
        ['-Par Josselin Bouvrignac',
         '-Publié le 6 septembre 2026 à 17 h 42, mis à jour à 19 h 05'],
        ['+Quatorze équipages de vingt personnes se sont affrontés samedi sur la rivière, pour la troisième '
         'course de bateaux-dragons de Pagaïmont.',
         '+Chaque bateau embarquait dix-huit pagayeurs, un tambour à la proue et un barreur à la poupe, sur un '
         'parcours de 250 mètres.',
         "-L'équipage de l'hôpital franchit la ligne en finale. Photo : La Vigie de Pagaïmont"],
        ["-À lire aussi : Le club d'aviron reçoit une subvention pour son nouveau hangar",
         "+« Nous n'avions fait que quatre entraînements, personne ne nous attendait en finale », confie la "
         "barreuse de l'équipage gagnant, infirmière au bloc."],
        ['+Le programme de la journée',
         '+Séries à partir de 9 h, trois bateaux à la fois',
         '-Publicité',
         "-Contenu sponsorisé : Cinq guinguettes à découvrir avant l'hiver",
         "+Danse du lion sur le quai à l'heure du déjeuner",
         "+Finale à 15 h, gagnée par l'hôpital en 58,2 secondes devant les pompiers"],
        ["+Les bénéfices, soit 9 800 euros, seront reversés à l'unité de soins palliatifs de la ville.",
         "+La prochaine édition est prévue le premier samedi de septembre, avec jusqu'à vingt équipages.",
         '-Partager : Facebook · X · WhatsApp · E-mail',
         '-Recevez la newsletter de La Vigie chaque matin – inscription gratuite'],
        ['-4 commentaires',
         "-Marcel_77 : Belle journée, mais la buvette était prise d'assaut.",
         '-↳ Lulu en réponse à Marcel_77 : La buvette a manqué de gobelets dès midi.',
         "-Chantal B. : Bravo aux infirmières ! On remet ça l'an prochain ?",
         '-↳ La Vigie de Pagaïmont : Merci Chantal, la date est déjà réservée par le club.'],
        ['-© 2026 La Vigie de Pagaïmont · Contact · Annonceurs · Mentions légales · Gestion des cookies'],
    ]),
    _page('fr', 'fr-blog-les-noeuds-de-capucine-foulard-shibori', [
        ['-Les Nœuds de Capucine – teintures végétales et shibori à la maison'],
        ['-Accueil · Shibori · Teintures · Ateliers · À propos',
         '-Accueil › Shibori › Foulards'],
        ["+Mon premier foulard shibori plié et serré dans une cuve d'indigo",
         '-Publié le 14 août 2026 par Capucine · 5 commentaires',
         '-Temps de lecture : 8 min',
         '-Cet article contient des liens affiliés.'],
        ["+J'ai enfin teint le foulard en soie acheté au printemps, avec l'itajime, la technique de shibori où "
         "l'on plie et serre le tissu.",
         '-Le paquet de triangles avec ses planchettes et ses élastiques.',
         '+Le foulard a été plié en accordéon dans la longueur, puis en triangles, et serré entre deux '
         'planchettes de bois.'],
        ["+Ma voisine, qui a appris le shibori au Japon, m'a dit : « Une minute dans la cuve, puis laisse l'air "
         'faire le travail. »',
         "-Le kit d'indigo que j'ai utilisé est ici (lien affilié)",
         "-Premier bain : le foulard sort vert et bleuit à l'air."],
        ['+Le matériel',
         "+Un foulard en soie ou en coton, lavé pour enlever l'apprêt",
         '+Deux planchettes, des serre-joints ou de gros élastiques',
         '-Épinglez-le pour plus tard !',
         "+Une cuve d'indigo pré-réduit, des gants et un seau d'eau claire"],
        ["+Après six bains, le bleu était assez profond : j'ai rincé, ouvert le paquet et découvert une grille de "
         'triangles clairs.',
         "+La prochaine fois, j'essaierai l'arashi, en enroulant le foulard autour d'un tuyau avant de le plisser.",
         '-Partager : Pinterest · Facebook · E-mail',
         '-Belles teintures, Capucine'],
        ['-Je vends mes foulards teints à la main sur ma boutique en ligne – le lien est dans le menu.',
         '-Inscrivez-vous pour recevoir les nouveaux articles par e-mail'],
        ["-5 réflexions sur « Mon premier foulard shibori plié et serré dans une cuve d'indigo »",
         '-Hélène dit : Ces triangles sont superbes ! Combien de temps a tenu la cuve ?',
         '-Paul de Nantes dit : Soie ou coton ? Le mien est devenu gris.',
         '-↳ Capucine dit : De la soie, Paul – le gris veut souvent dire que la cuve manque de réducteur.',
         '-Laisser un commentaire'],
        ['-© 2026 Les Nœuds de Capucine · Thème : Kadence · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-paddelfurt-drachenbootrennen', [
        ['-Eilmeldung: Uferstraße bis 19 Uhr wegen des Drachenbootrennens gesperrt',
         '-Paddelfurter Rundschau – Ihre Heimatzeitung seit 1898'],
        ['-Lokales · Sport · Kultur · Wirtschaft · Trauer · Stellenmarkt',
         '-Startseite › Sport › Lokalsport'],
        ['-Wassersport',
         '-Lesezeit 3 Minuten',
         '+Pflegekräfte gewinnen das Paddelfurter Drachenbootrennen'],
        ['-Von Hedda Paddelhuber',
         '-Veröffentlicht am 06.09.2026, 17:42 Uhr · Aktualisiert 19:05 Uhr'],
        ['+Vierzehn Mannschaften mit je zwanzig Leuten sind am Samstag beim dritten Paddelfurter '
         'Drachenbootrennen gegeneinander angetreten.',
         '+In jedem Boot saßen achtzehn Paddler, vorn ein Trommler und hinten ein Steuermann; die Strecke war 250 '
         'Meter lang.',
         '-Das Team des Kreiskrankenhauses im Finale. Foto: Paddelfurter Rundschau'],
        ['-Lesen Sie auch: Ruderverein bekommt Zuschuss für neues Bootshaus',
         '+„Wir hatten nur viermal trainiert, mit dem Finale hat niemand gerechnet“, sagte die Steuerfrau des '
         'Siegerteams, eine OP-Pflegerin.'],
        ['+So lief der Renntag',
         '+Vorläufe ab 9 Uhr, jeweils drei Boote',
         '-Anzeige',
         '-Gesponsert: Fünf Biergärten am Fluss für den Spätsommer',
         '+Löwentanz am Kai zur Mittagszeit',
         '+Finale um 15 Uhr, gewonnen vom Krankenhaus in 58,2 Sekunden vor der Feuerwehr'],
        ['+Der Erlös von 9.800 Euro geht an die Palliativstation des Kreiskrankenhauses.',
         '+Das nächste Rennen ist für den ersten Samstag im September geplant, mit Platz für bis zu zwanzig Teams.',
         '-Teilen: Facebook · X · WhatsApp · E-Mail',
         '-Jetzt den Rundschau-Newsletter abonnieren – kostenlos jeden Morgen'],
        ['-4 Kommentare',
         '-Flussfan: Toller Tag, aber die Schlange an der Bratwurstbude war endlos.',
         '-↳ Gerda K. antwortet Flussfan: Um zwölf war die Grillkohle alle, habe ich gehört.',
         '-Bernd aus Paddelfurt: Glückwunsch an die Pflege! Nächstes Jahr wieder?',
         '-↳ Paddelfurter Rundschau: Danke, Bernd – der Termin steht laut Verein schon.'],
        ['-© 2026 Paddelfurter Rundschau GmbH · Impressum · Datenschutz · Mediadaten · Kontakt'],
    ]),
    _page('de', 'de-blog-almuts-faerbetopf-shibori-tuch', [
        ['-Almuts Färbetopf – Pflanzenfarben und Shibori zu Hause'],
        ['-Start · Shibori · Pflanzenfarben · Kurse · Über mich',
         '-Start › Shibori › Tücher'],
        ['+Mein erstes gefaltetes Shibori-Tuch aus dem Indigobad',
         '-Veröffentlicht am 14. August 2026 von Almut · 5 Kommentare',
         '-Lesezeit: 8 Minuten',
         '-Dieser Beitrag enthält Affiliate-Links.'],
        ['+Endlich habe ich das Seidentuch gefärbt, das ich im Frühjahr gekauft hatte, und zwar mit Itajime, dem '
         'Falt-und-Klemm-Shibori.',
         '-Das Dreieckspäckchen mit Holzbrettchen und Gummibändern.',
         '+Das Tuch wurde der Länge nach wie ein Fächer gefaltet, dann zu Dreiecken, und zwischen zwei '
         'Holzbrettchen geklemmt.'],
        ['+Meine Nachbarin, die Shibori in Japan gelernt hat, sagte: „Eine Minute ins Bad, dann lass die Luft '
         'arbeiten.“',
         '-Das Indigo-Set, das ich benutzt habe, gibt es hier (Affiliate-Link)',
         '-Das erste Bad: Das Tuch kommt grün heraus und wird an der Luft blau.'],
        ['+Was du brauchst',
         '+Ein Tuch aus Seide oder Baumwolle, gewaschen, damit die Appretur herausgeht',
         '+Zwei Holzbrettchen, Zwingen oder kräftige Gummibänder',
         '-Jetzt auf Pinterest merken!',
         '+Ein vorreduziertes Indigobad, Handschuhe und einen Eimer klares Wasser'],
        ['+Nach sechs Bädern war das Blau tief genug; ich habe gespült, das Päckchen geöffnet und ein Gitter aus '
         'hellen Dreiecken gefunden.',
         '+Nächstes Mal probiere ich Arashi und wickle das Tuch dafür um ein Abflussrohr.',
         '-Teilen: Pinterest · Facebook · E-Mail',
         '-Viel Spaß beim Färben, eure Almut'],
        ['-Meine handgefärbten Seidentücher verkaufe ich in meinem Onlineshop – der Link steht im Menü.',
         '-Neue Beiträge per E-Mail? Hier den Blog abonnieren'],
        ['-5 Gedanken zu „Mein erstes gefaltetes Shibori-Tuch aus dem Indigobad“',
         '-Helga sagt: Die Dreiecke sind wunderschön! Wie lange hat das Bad gehalten?',
         '-Jens aus Kassel sagt: Seide oder Baumwolle? Meins wurde grau.',
         '-↳ Almut sagt: Seide, Jens – grau heißt meistens, dass dem Bad Reduktionsmittel fehlt.',
         '-Schreibe einen Kommentar'],
        ['-© 2026 Almuts Färbetopf · Theme: Neve · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-vogatrebbio-gara-di-dragon-boat', [
        ["-Ultim'ora: lungolago chiuso al traffico fino alle 19 per la regata",
         '-Gazzetta di Vogatrebbio – Il giornale del lago dal 1921'],
        ['-Cronaca · Sport · Cultura · Economia · Necrologi · Annunci',
         '-Home › Sport › Canoa'],
        ["-Sport d'acqua",
         '-Lettura: 3 minuti',
         '+Le infermiere vincono la gara di dragon boat di Vogatrebbio'],
        ['-di Ottorino Remiglioni',
         '-Pubblicato il 6 settembre 2026 alle 17:42 · Aggiornato alle 19:05'],
        ['+Quattordici equipaggi da venti persone si sono sfidati sabato sul lago nella terza gara di dragon boat '
         'di Vogatrebbio.',
         "+Su ogni barca c'erano diciotto pagaiatori, un tamburino a prua e un timoniere a poppa, su un percorso "
         'di 250 metri.',
         "-L'equipaggio dell'ospedale taglia il traguardo in finale. Foto: Gazzetta di Vogatrebbio"],
        ['-Leggi anche: La canottieri ottiene un contributo per il nuovo capannone',
         '+«Ci eravamo allenati solo quattro volte, nessuno ci aspettava in finale», racconta la timoniera '
         "dell'equipaggio vincitore, infermiera di sala operatoria."],
        ['+Il programma della giornata',
         '+Batterie dalle 9, tre barche alla volta',
         '-Spazio pubblicitario',
         "-Contenuto sponsorizzato: Cinque trattorie sul lago da provare prima dell'inverno",
         "+Danza del leone sul molo all'ora di pranzo",
         "+Finale alle 15, vinta dall'ospedale in 58,2 secondi davanti ai vigili del fuoco"],
        ["+L'incasso, 9.800 euro, andrà al reparto di cure palliative dell'ospedale cittadino.",
         '+La prossima edizione è prevista per il primo sabato di settembre, con posto per venti equipaggi.',
         '-Condividi: Facebook · X · WhatsApp · Email',
         '-Iscriviti alla newsletter della Gazzetta: ogni mattina nella tua casella'],
        ['-4 commenti',
         '-Gianni_lago: Bella giornata, ma la coda allo stand dei panini era infinita.',
         '-↳ Rosetta risponde a Gianni_lago: Alle dodici avevano già finito il pane.',
         "-Marisa P.: Brave le infermiere! Si rifà l'anno prossimo?",
         '-↳ Gazzetta di Vogatrebbio: Grazie Marisa, la società ha già fissato la data.'],
        ['-© 2026 Gazzetta di Vogatrebbio srl · Contatti · Redazione · Privacy · Cookie'],
    ]),
    _page('it', 'it-blog-il-secchio-d-indaco-di-nora-sciarpa-shibori', [
        ["-Il Secchio d'Indaco di Nora – tinture naturali e shibori in casa"],
        ['-Home · Shibori · Tinture · Corsi · Chi sono',
         '-Home › Shibori › Sciarpe'],
        ["+La mia prima sciarpa shibori piegata e legata nel bagno d'indaco",
         '-Pubblicato il 14 agosto 2026 da Nora · 5 commenti',
         '-Tempo di lettura: 8 minuti',
         '-Questo articolo contiene link di affiliazione.'],
        ["+Finalmente ho tinto la sciarpa di seta comprata in primavera, con l'itajime, lo shibori che piega e "
         'stringe il tessuto.',
         '-Il pacchetto di triangoli con le tavolette e gli elastici.',
         '+La sciarpa è stata piegata a fisarmonica per il lungo, poi a triangoli, e stretta fra due tavolette di '
         'legno.'],
        ['+La mia vicina, che ha imparato lo shibori in Giappone, mi ha detto: «Un minuto nel bagno, poi lascia '
         "lavorare l'aria.»",
         "-Il kit d'indaco che ho usato lo trovi qui (link affiliato)",
         "-Il primo bagno: la sciarpa esce verde e diventa blu all'aria."],
        ['+Cosa serve',
         "+Una sciarpa di seta o cotone, lavata per togliere l'appretto",
         '+Due tavolette di legno, morsetti o elastici robusti',
         '-Salvalo su Pinterest!',
         "+Un bagno d'indaco pre-ridotto, guanti e un secchio d'acqua pulita"],
        ['+Dopo sei bagni il blu era abbastanza intenso: ho sciacquato, aperto il pacchetto e trovato una griglia '
         'di triangoli chiari.',
         "+La prossima volta proverò l'arashi, avvolgendo la sciarpa intorno a un tubo prima di arricciarla.",
         '-Condividi: Pinterest · Facebook · Email',
         '-Buone tinture, Nora'],
        ['-Le mie sciarpe tinte a mano sono nel mio negozio online – il link è nel menu.',
         '-Iscriviti per ricevere i nuovi articoli via email'],
        ["-5 pensieri su “La mia prima sciarpa shibori piegata e legata nel bagno d'indaco”",
         '-Giovanna dice: Che bei triangoli! Quanto è durato il bagno?',
         '-Piero da Bergamo dice: Seta o cotone? La mia è venuta grigia.',
         '-↳ Nora dice: Seta, Piero – il grigio di solito vuol dire che manca il riducente.',
         '-Lascia un commento'],
        ["-© 2026 Il Secchio d'Indaco di Nora · Tema: OceanWP · Creato con WordPress"],
    ]),
    _page('pl', 'pl-portal-wioslowo-wyscig-smoczych-lodzi', [
        ['-Pilne: bulwar nad rzeką zamknięty dla ruchu do godz. 19',
         '-Kurier Wiosłowski – Gazeta ziemi wiosłowskiej od 1990 roku'],
        ['-Wiadomości · Sport · Kultura · Biznes · Nekrologi · Ogłoszenia',
         '-Strona główna › Sport › Sporty wodne'],
        ['-Kajakarstwo i wioślarstwo',
         '-3 min czytania',
         '+Pielęgniarki wygrały wyścig smoczych łodzi w Wiosłowie'],
        ['-Autor: Bronisław Wiosełkiewicz',
         '-Opublikowano 6 września 2026, 17:42 · Aktualizacja 19:05'],
        ['+Czternaście dwudziestoosobowych załóg wystartowało w sobotę w trzecim wyścigu smoczych łodzi w '
         'Wiosłowie.',
         '+W każdej łodzi siedziało osiemnastu wioślarzy, bębniarz na dziobie i sternik na rufie, a trasa liczyła '
         '250 metrów.',
         '-Załoga szpitala na mecie finału. Fot. Kurier Wiosłowski'],
        ['-Czytaj także: Klub wioślarski dostał dotację na nową przystań',
         '+– Trenowałyśmy tylko cztery razy, nikt nie spodziewał się nas w finale – mówi sterniczka zwycięskiej '
         'załogi, pielęgniarka z bloku operacyjnego.'],
        ['+Jak wyglądał dzień zawodów',
         '+Wyścigi eliminacyjne od godz. 9, po trzy łodzie',
         '-Reklama',
         '-Materiał sponsorowany: Pięć smażalni ryb nad rzeką, które warto odwiedzić',
         '+Taniec lwa na nabrzeżu w porze obiadu',
         '+Finał o godz. 15, wygrany przez szpital w 58,2 sekundy przed strażakami'],
        ['+Dochód, 41 tys. zł, trafi na oddział opieki paliatywnej miejskiego szpitala.',
         '+Kolejna edycja zaplanowana jest na pierwszą sobotę września, z miejscem dla dwudziestu załóg.',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail',
         '-Zapisz się na newsletter Kuriera – codziennie rano w skrzynce'],
        ['-Komentarze (4)',
         '-kibic_znad_rzeki: Super dzień, ale kolejka po kiełbaski była koszmarna.',
         '-↳ Halina odpowiada kibic_znad_rzeki: Węgiel do grilla skończył się już w południe.',
         '-Marek W.: Brawo pielęgniarki! Za rok powtórka?',
         '-↳ Kurier Wiosłowski: Dziękujemy, Marku – klub ma już zarezerwowany termin.'],
        ['-© 2026 Kurier Wiosłowski sp. z o.o. · Kontakt · Regulamin · Polityka prywatności · Oferta dla '
         'reklamodawców'],
    ]),
    _page('pl', 'pl-blog-indygo-u-jadzi-chusta-shibori', [
        ['-Indygo u Jadzi – naturalne barwienie i shibori w domu'],
        ['-Start · Shibori · Barwniki · Warsztaty · O mnie',
         '-Start › Shibori › Chusty'],
        ['+Moja pierwsza chusta shibori składana i ściskana w kadzi z indygo',
         '-Opublikowano 14 sierpnia 2026 przez Jadzię · 5 komentarzy',
         '-Czas czytania: 8 minut',
         '-Wpis zawiera linki afiliacyjne.'],
        ['+Wreszcie ufarbowałam jedwabną chustę kupioną wiosną, techniką itajime, czyli shibori ze składaniem i '
         'ściskaniem tkaniny.',
         '-Paczuszka z trójkątów z deseczkami i gumkami.',
         '+Chustę złożyłam wzdłuż w harmonijkę, potem w trójkąty, i ścisnęłam między dwiema drewnianymi '
         'deseczkami.'],
        ['+Sąsiadka, która uczyła się shibori w Japonii, powiedziała mi: „Minuta w kadzi, a potem niech pracuje '
         'powietrze”.',
         '-Zestaw do indygo, którego użyłam, znajdziesz tutaj (link afiliacyjny)',
         '-Pierwsza kąpiel: chusta wychodzi zielona i niebieszczeje na powietrzu.'],
        ['+Czego potrzebujesz',
         '+Chusta z jedwabiu lub bawełny, wyprana, żeby zeszła apretura',
         '+Dwie drewniane deseczki, ściski lub mocne gumki',
         '-Zapisz na Pintereście!',
         '+Kadź z wstępnie zredukowanym indygo, rękawiczki i wiadro czystej wody'],
        ['+Po sześciu kąpielach błękit był dość głęboki: wypłukałam, rozwinęłam paczuszkę i zobaczyłam siatkę '
         'jasnych trójkątów.',
         '+Następnym razem spróbuję arashi i owinę chustę wokół rury, zanim ją zmarszczę.',
         '-Udostępnij: Pinterest · Facebook · E-mail',
         '-Udanego barwienia! Jadzia'],
        ['-Moje ręcznie farbowane chusty kupisz w moim sklepie internetowym – link jest w menu.',
         '-Zapisz się, aby dostawać nowe wpisy mailem'],
        ['-5 myśli na temat „Moja pierwsza chusta shibori składana i ściskana w kadzi z indygo”',
         '-Ola pisze: Piękne trójkąty! Jak długo wytrzymała kadź?',
         '-Kuba z Łodzi pisze: Jedwab czy bawełna? Moja wyszła szara.',
         '-↳ Jadzia pisze: Jedwab, Kuba – szary zwykle znaczy, że w kadzi brakuje reduktora.',
         '-Zostaw odpowiedź'],
        ['-© 2026 Indygo u Jadzi · Motyw: Astra · Wspierane przez WordPress'],
    ]),
    _page('ru', 'ru-portal-grebeshansk-gonka-drakonov', [
        ['-Срочно: набережная закрыта для машин до 19:00',
         '-Гребешанский вестник – Городская газета с 1931 года'],
        ['-Новости · Спорт · Культура · Экономика · Происшествия · Объявления',
         '-Главная › Спорт › Водные виды спорта'],
        ['-Гребля',
         '-Время чтения: 3 минуты',
         '+Медсёстры выиграли гонку драконьих лодок в Гребешанске'],
        ['-Автор: Агафья Вёсельникова',
         '-Опубликовано 6 сентября 2026, 17:42 · Обновлено 19:05'],
        ['+Четырнадцать экипажей по двадцать человек вышли в субботу на третью гонку драконьих лодок в '
         'Гребешанске.',
         '+В каждой лодке было восемнадцать гребцов, барабанщик на носу и рулевой на корме, дистанция составила '
         '250 метров.',
         '-Экипаж больницы на финише. Фото: «Гребешанский вестник»'],
        ['-Читайте также: Клуб гребли получил грант на новый эллинг',
         '+«Мы тренировались всего четыре раза, в финале нас никто не ждал», – говорит рулевая победившего '
         'экипажа, операционная медсестра.'],
        ['+Как прошёл день соревнований',
         '+Отборочные заезды с 9 утра, по три лодки',
         '-Реклама',
         '-На правах рекламы: Пять кафе на набережной, куда стоит зайти до холодов',
         '+Танец льва на причале в обеденное время',
         '+Финал в 15:00, победа больницы с результатом 58,2 секунды, вторые – пожарные'],
        ['+Собранные 180 тысяч рублей передадут в отделение паллиативной помощи городской больницы.',
         '+Следующая гонка запланирована на первую субботу сентября, участвовать смогут до двадцати экипажей.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '-Подпишитесь на утреннюю рассылку «Вестника» – бесплатно'],
        ['-Комментарии (4)',
         '-рыбак_с_набережной: Отличный день, но очередь за шашлыком была бесконечной.',
         '-↳ Нина отвечает рыбак_с_набережной: Угли закончились уже к полудню.',
         '-Олег В.: Молодцы медсёстры! В следующем году снова?',
         '-↳ Гребешанский вестник: Спасибо, Олег, клуб уже забронировал дату.'],
        ['-© 2026 «Гребешанский вестник» · Контакты · Рекламодателям · Политика конфиденциальности'],
    ]),
    _page('ru', 'ru-blog-indigo-u-ulyany-palantin-shibori', [
        ['-Индиго у Ульяны – натуральное крашение и шибори дома'],
        ['-Главная · Шибори · Красители · Мастер-классы · Обо мне',
         '-Главная › Шибори › Палантины'],
        ['+Мой первый палантин шибори: складываем, зажимаем и красим индиго',
         '-Опубликовано 14 августа 2026 автором Ульяна · 5 комментариев',
         '-Время чтения: 8 минут',
         '-В записи есть партнёрские ссылки.'],
        ['+Наконец я покрасила шёлковый палантин, купленный весной, в технике итаджиме – это шибори со '
         'складыванием и зажимом ткани.',
         '-Пакет из треугольников с дощечками и резинками.',
         '+Палантин я сложила гармошкой вдоль, потом треугольниками и зажала между двумя деревянными дощечками.'],
        ['+Соседка, которая училась шибори в Японии, сказала мне: «Минуту в чане, а дальше пусть работает воздух».',
         '-Набор для индиго, которым я пользовалась, можно купить здесь (партнёрская ссылка)',
         '-Первое погружение: палантин выходит зелёным и синеет на воздухе.'],
        ['+Что понадобится',
         '+Палантин из шёлка или хлопка, выстиранный от аппрета',
         '+Две деревянные дощечки, струбцины или крепкие резинки',
         '-Сохраните в Pinterest!',
         '+Чан с восстановленным индиго, перчатки и ведро чистой воды'],
        ['+После шести погружений синий стал достаточно глубоким: я промыла пакет, развернула его и увидела сетку '
         'светлых треугольников.',
         '+В следующий раз попробую араши и намотаю палантин на трубу, прежде чем собрать его в складки.',
         '-Поделиться: Pinterest · ВКонтакте · Telegram',
         '-Удачного крашения! Ваша Ульяна'],
        ['-Свои палантины ручного крашения продаю в интернет-магазине – ссылка в меню.',
         '-Подпишитесь, чтобы получать новые записи на почту'],
        ['-5 комментариев к записи «Мой первый палантин шибори: складываем, зажимаем и красим индиго»',
         '-Марина: Какие красивые треугольники! Сколько продержался чан?',
         '-Дима из Твери: Шёлк или хлопок? У меня вышло серым.',
         '-↳ Ульяна: Шёлк, Дима – серый цвет обычно значит, что в чане не хватает восстановителя.',
         '-Оставить комментарий'],
        ['-© 2026 Индиго у Ульяны · Тема: GeneratePress · Сделано на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-the-knotted-indigo-shibori-scarf':
        ("the English shibori scarf post keeps the photo caption ('The folded triangle bundle with its wooden "
         "blocks and rubber bands.') between the first two paragraphs and the second photo caption ('The first "
         "dip: the scarf comes out green and turns blue in the air.') under the kit link, in the block of the "
         'paragraph with the quote (2 of 20 noise lines); no article line is lost'),
    'fr-blog-les-noeuds-de-capucine-foulard-shibori':
        ("the French shibori scarf post keeps the photo caption ('Le paquet de triangles avec ses planchettes et "
         "ses élastiques.') between the first two paragraphs and the second photo caption ('Premier bain : le "
         "foulard sort vert et bleuit à l'air.') under the kit link, in the block of the paragraph with the quote "
         '(2 of 20 noise lines); no article line is lost'),
    'de-blog-almuts-faerbetopf-shibori-tuch':
        ("the German shibori scarf post keeps the photo caption ('Das Dreieckspäckchen mit Holzbrettchen und "
         "Gummibändern.') between the first two paragraphs and the second photo caption ('Das erste Bad: Das Tuch "
         "kommt grün heraus und wird an der Luft blau.') under the kit link, in the block of the paragraph with "
         'the quote (2 of 20 noise lines); no article line is lost'),
    'it-blog-il-secchio-d-indaco-di-nora-sciarpa-shibori':
        ("the Italian shibori scarf post keeps the photo caption ('Il pacchetto di triangoli con le tavolette e "
         "gli elastici.') between the first two paragraphs and the second photo caption ('Il primo bagno: la "
         "sciarpa esce verde e diventa blu all'aria.') under the kit link, in the block of the paragraph with the "
         'quote (2 of 20 noise lines); no article line is lost'),
    'pl-blog-indygo-u-jadzi-chusta-shibori':
        ("the Polish shibori scarf post keeps the photo caption ('Paczuszka z trójkątów z deseczkami i gumkami.') "
         "between the first two paragraphs and the second photo caption ('Pierwsza kąpiel: chusta wychodzi "
         "zielona i niebieszczeje na powietrzu.') under the kit link, in the block of the paragraph with the "
         'quote (2 of 20 noise lines); no article line is lost'),
    'ru-blog-indigo-u-ulyany-palantin-shibori':
        ("the Russian shibori scarf post keeps the photo caption ('Пакет из треугольников с дощечками и "
         "резинками.') between the first two paragraphs and the second photo caption ('Первое погружение: "
         "палантин выходит зелёным и синеет на воздухе.') under the kit link, in the block of the paragraph with "
         'the quote (2 of 20 noise lines); no article line is lost'),
}

test_held_out_218_line, test_held_out_218_line_is_kept, test_held_out_218_page = held_out_tests(
    HELD_OUT_218_LINES, HELD_OUT_218_KEEP, HELD_OUT_218_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
