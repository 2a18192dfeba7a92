"""Held-out set 221: written blind, weighted toward the noise the cleaner exists for, in shapes set 220's docstring does
not name (nor the first paragraphs of sets 217, 218 and 219): scraper, embed and ad markers, all in the body (an English
Loom recording archived by its creator "This Loom recording has been archived by its creator and can no longer be
viewed.", an English Eventbrite ticket widget that failed to load, sending the reader to Eventbrite "The Eventbrite
ticket widget failed to load. Book directly on Eventbrite instead.", an English Pinterest board that could not be
embedded because it was made secret "This Pinterest board could not be embedded because it has been made secret.", a
French embedded tweet not shown because the X account was suspended "Le tweet intégré n'a pas pu être affiché : le
compte X a été suspendu.", a German Podigee podcast that is temporarily unreachable "Der eingebundene Podcast von
Podigee ist vorübergehend nicht erreichbar.", the Italian Google Maps can't-load-correctly error "Impossibile caricare
correttamente Google Maps su questa pagina.", a Polish Facebook post that cannot be shown because it was deleted or its
privacy settings changed "Nie można wyświetlić posta z Facebooka: został usunięty lub zmieniono ustawienia prywatności."
and a Russian Yandex map that did not load, asking the reader to switch on JavaScript "Карта Яндекса не загрузилась:
включите JavaScript в настройках браузера."); reading-time headers in new wordings, all at the head (the English
approximate minutes-to-read label "Approx. 6 minutes to read", a blog's grab-a-cuppa line with the minutes of reading
"Grab a cuppa – this one runs to about 11 minutes of reading.", the French approximate-reading-time label "Temps de
lecture approximatif : 6 min", the German minutes-first reading-time label "6 Minuten Lesezeit", the Italian
it-reads-in-about label "Si legge in circa 6 minuti", the Polish you'll-read-it-in label "Przeczytasz w 6 minut" and the
Russian read-for-minutes label "Читать 6 минут"); bylines and self-promotion (an English reporting-by byline with an
additional-reporting credit "Reporting by Hester Pleatworthy; additional reporting by Milo Tuckerbride", a French
interview-collected-by byline "Propos recueillis par Armelle Froncebise", an Italian report-by byline "Servizio di
Ortensia Nidodapi" and a Russian author-label byline "Автор: Серафима Сборчатова", all at the head, and at the foot an
English Notonthehighstreet felted-vessels plug with gift wrap "Felted vessels like this one are for sale in my
Notonthehighstreet shop, gift-wrapped on request.", an English beginners'-felting-classes plug with booking through
Ko-fi "I teach beginners' wet felting every other Thursday – book a place through my Ko-fi page.", a German Palundu
felted-bowls-and-seat-pads plug with DHL shipping "Gefilzte Schalen und Sitzkissen aus meiner Werkstatt gibt es bei
Palundu, Versand mit DHL." and a Polish made-to-order felt-bowls-and-slippers plug asking for Messenger messages
"Filcowe misy i kapcie robię na zamówienie – napisz do mnie na Messengerze."); blog and site footers, all at the foot
(an English Ghost credit with the Casper theme and the RSS link "Published with Ghost · Theme: Casper · Subscribe via
RSS", an English row of the accessibility, modern-slavery and corrections-and-complaints links "Accessibility statement
· Modern slavery statement · Corrections and complaints", an English Squarespace credit with the cookie settings "Site
made with Squarespace · Cookie settings", a French Overblog credit with the terms and the site map "Blog créé avec
Overblog · Conditions générales · Plan du site", a German IONOS hosting line with the accessibility statement and the
imprint "Gehostet bei IONOS · Barrierefreiheitserklärung · Impressum", an Italian VAT-number line with
all-rights-reserved and the cookie policy "P. IVA 02817460139 · Tutti i diritti riservati · Cookie policy", a Polish
all-rights-reserved line forbidding copying without the author's consent "Wszelkie prawa zastrzeżone. Kopiowanie treści
bez zgody autorki zabronione." and a Russian Tilda credit with the privacy policy "Сайт сделан на Tilda · Политика
конфиденциальности"); reader-comment furniture, all at the foot (an English sort-by row of the comments "Sort by: Newest
| Oldest | Most liked", an English community-guidelines reminder over the comment box "Community guidelines: please keep
comments civil and on topic.", an English commenting-has-closed note "Commenting on this article has now closed.", a
French sort-the-comments label "Trier les commentaires : les plus récents d'abord", a German no-username-yet prompt of
the comment box "Sie haben noch keinen Nutzernamen. Legen Sie einen fest, um zu kommentieren.", an Italian
hidden-by-the-moderators note "Questo commento è stato nascosto dai moderatori.", a Polish show-earlier-comments link
with its count "Pokaż wcześniejsze komentarze (7)" and a Russian deleted-by-its-author note "Комментарий удалён
автором."); share rows, all at the foot (a French pin-send-copy row with Pinterest and Messenger "Épingler sur Pinterest
· Envoyer par Messenger · Copier le lien", an Italian send-to-a-friend row with Pinterest and Telegram "Invia a un amico
· Pinterest · Telegram" and a Russian send-to row with Telegram, WhatsApp and VK "Отправить в: Telegram · WhatsApp ·
ВКонтакте"); and notices (an English correction note about the exhibition's date "Correction: an earlier version of this
article gave the wrong date for the guild's exhibition." and a German editor's note that the participants' names are
known to the newsroom "Anmerkung der Redaktion: Die Namen der Teilnehmerinnen sind der Redaktion bekannt.", both in the
body, and a Polish written-in-cooperation-with-the-cultural-centre note "Tekst powstał we współpracy z Gminnym Ośrodkiem
Kultury." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 220's docstring does not
describe (on the six portal pages, in nine blocks, a log-in-and-subscribe row, the masthead with its tagline and the
section menu in a block of three at the very top, the log-in row first; the title in the middle of a block of three,
between a breadcrumb above it and the byline with the date and time (one line) under it; a bare reading time and a share
row alone in a block of two; the first and second paragraphs at the two ends of a block of three with the lead photo's
caption and its credit (in one line) between them; a read-also link and an advertisement label above the paragraph with
the quote, in its block (a block of three, the paragraph last); the subheading and the three rows with a
promoted-stories label and a promoted headline after the third row, closing the list block (a block of six, the two
noise lines last); the two last paragraphs in a block of four, each followed by a noise line (a newsletter prompt after
the first, a tags line after the second, which closes the block); a thread of five lines alone in a block (a comment
count, a reader's comment, a second reader's arrowed reply to it, the paper's arrowed reply and a load-more link); and
at the foot the publisher's copyright line with its links in one line, alone in a block of one; on the six blog pages,
in ten blocks, the blog name with its tagline, a breadcrumb and a follow-me prompt (Instagram, or a Telegram channel on
the Russian blog) in a block of three at the very top, the name first; the title last in a block of two, under a
category kicker; the posted-on-by line (with the comment count), the reading time and a jump-to-the-materials link alone
in a block of three; the first and second paragraphs at the top of a block of four with a photo caption of the author's
work station and a pin-it prompt under them; the paragraph with the quote in the middle of a block of three, between an
affiliate-links disclosure above it and an affiliate link to the merino under it; the subheading and the three rows with
a photo caption of the layers of wool between the first and second rows, inside the list block (a block of five); the
two last paragraphs at the top of a block of four with the author's sign-off and a share row under them; a plug for the
felted bowls left in the author's Etsy shop (on Yarmarka Masterov on the Russian blog) alone in a block of one; a thread
of four lines alone in a block (a comments heading with its count quoting the post's title, a comment, the author's
arrowed reply and a leave-a-reply prompt); and at the foot the author's copyright line with the theme and platform
credit in one line, alone in a block of one), taken from local news of a town's first smocking bee (forty volunteers in
a hall from nine in the morning into the evening, 120 smocked dresses and rompers for the families of a hospital's
children's ward, the organiser's quote on pleats, counting and patience, two borrowed pleating machines, honeycomb and
cable stitches worked by hand, a finishing team of six, some 400 metres of donated fabric, a second bee in October for
long-sleeved winter dresses) in six invented towns, and from six hobby blogs on a first wet felting workshop (eight at a
table of towels, merino tops, warm soapy water and a round foam resist, the tutor's rub-roll-throw saying, bubble wrap,
a pool noodle and an old net curtain, olive oil soap, the resist pulled out through a cut and the bowl shaped over a jam
jar, shrinking by almost a third).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 220 but what is named here), held-out set 222 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 220 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 217, 218 and 219, printed with one ast script (/tmp/s221scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s221scratch/insp.py, with
/tmp/wt-s221/src and /tmp/wt-s221/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s221 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 220's as printed, with 220
-> 221; /tmp/s221scratch/gen221.py writes this file from scratch files (data221.py with the noise and keep lines,
pages221.py with the pages, desc221.py and doc_layout.txt from which it builds the first paragraph around the lines
themselves, the doc_*.txt files with the other paragraphs and, after the measurement, tables221.py with the xfail
tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s221, detached at commit a197dcd22726b18a37f2a8f34fe10bbcb50ceb51, the commit the brief named) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 15:48:07 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 15:48:09 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed a197dcd22726b18a37f2a8f34fe10bbcb50ceb51 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 for both; ``git rev-parse HEAD`` in each
printed that commit), and /work/main was not touched afterwards. A plain ``ls`` of the two new worktrees' top folders
(piped to ``head``) was run to see that they exist; it listed README.md, benchmarks, configs, docs, pyproject.toml,
scripts, src and tests of the first by name only, nothing was opened. (2) peek.py first printed to the terminal, which
the tool cut in the middle (it showed set 220's first paragraph, its Protocol paragraph and the start of its Slips and
notes, then, from inside the first paragraph of set 218 on, the end of that paragraph and the first paragraph of set
219, all allowed parts); the second run went to /tmp/s221scratch/peek.out, of which I paged lines 125 to 580 with
``sed`` in three pieces; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
(4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no
embed service used for a held-out marker here is named in them (Loom, Eventbrite's ticket widget, a Pinterest board, a
tweet on X, Podigee, Google Maps, a Facebook post, a Yandex map), and the failures are of kinds not named there (an
archived recording, a widget that failed to load, a board made secret, a suspended account, a podcast host temporarily
unreachable, the map's can't-load-correctly error, a deleted post or changed privacy settings, JavaScript switched off);
the reading times avoid the phrasings named there (none of "Time to read", "mins", "takes about", "À lire en", "Lesezeit
rund", "Leggibile in", "Czytanie: ok.", "минут на чтение", "Reading time ≈", "-minute read", "Temps de lecture estimé",
"Geschätzte Lesedauer" or "Geschätzte Lesezeit", "Tempo stimato" or "Tempo di lettura stimato", "Szacowany czas
lektury", "Przeczytanie zajmie ci", "На чтение уйдёт", "Чтение займёт", "Est. reading time", "Fair warning", "Lecture
:", "min de lecture", "Zeit zum Lesen", "Leggi in", "Czas czytania", "Время чтения" or "You'll get through", nor the
ones set 220's notes list; the new ones are "Approx. ... minutes to read", a grab-a-cuppa line with "minutes of
reading", "Temps de lecture approximatif", the minutes-first "Minuten Lesezeit", "Si legge in circa", "Przeczytasz w"
and "Читать ... минут"); the bylines are of new shapes (reporting-by with additional reporting, propos recueillis par,
servizio di, a bare "Автор:" label) and the plugs name marketplaces and channels not named there (Notonthehighstreet,
Ko-fi bookings, Palundu with DHL, Messenger for orders); the footers use credits, hosts and legal lines not named there
(Ghost with Casper and RSS, an accessibility-slavery-corrections link row, Squarespace, Overblog, IONOS with an
accessibility statement, an Italian VAT number, a Polish no-copying line, Tilda); the comment lines (a sort-by row, a
community-guidelines reminder, a commenting-closed note, a French sort label, a no-username prompt, a
hidden-by-the-moderators note, a show-earlier-comments link, a deleted-by-its-author note), share rows (pin, send and
copy on Pinterest and Messenger, send to a friend, send to Telegram, WhatsApp and VK) and notices (a correction, an
editor's note on the participants' names, a written-in-cooperation note) are of kinds not named there. While drafting I
changed an Italian comment line first written as removed-for-breaking-the-community-rules, because its wording came
close to set 218's TikTok marker, to the hidden-by-the-moderators note, and kept the Russian blog's share row and
sign-off off the wordings of set 220's tail. The page furniture (mastheads, menus, captions, ad labels and the like) is
of the ordinary kinds the brief lists; the layouts differ from those of sets 217 to 220 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Pleatbury, Pleatworthy, Tuckerbride, Frillsby, Froncebise, Fronceville, Smocquelin, Faltenbrunn, Faltenbrunner,
Faltenreiter, Pieghevalle, Nidodapi, Arricciani, Marszczykowo, Marszczykow, Fałdowska, Складинск, Складинский,
Сборчатова, Складкина, "Wet Wool Diaries", "Le feutre de Bérangère", "Filzfieber bei Wiebke", "Il feltro di Ginevra",
"Filcowy kącik Danuty" and "Войлок у Агафьи". Dropped for hits: Plissonneau (real people, authors of code), Arricciano
(an Italian verb form, "si arricciano"), Marszczyn (inside a surname in code) and Nidabeille (code identifiers and page
names) -- the replacements are the checked names above. Bloggers are given by first name only (Philippa, Bérangère,
Wiebke, Ginevra, Danuta, Агафья), as are the commenters (first names or handles), and were not checked; "The Pleatbury
Sentinel", "L'Écho de Fronceville", "Faltenbrunner Tagblatt", "La Gazzetta di Pieghevalle", "Kurier Marszczykowa" and
"Складинский вестник" are formed from checked names. Real services, platforms, shops and places (Loom, Eventbrite,
Pinterest, X, Podigee, Google Maps, Facebook, Яндекс, Notonthehighstreet, Ko-fi, Palundu, DHL, Messenger, Ghost and its
Casper theme, Squarespace, Overblog, IONOS, Tilda, Telegram, WhatsApp, ВКонтакте, Одноклассники, Instagram, World of
Wool, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress and its themes, Lancashire, the Vosges, the Allgäu,
Biella, Łódź and the like) are named as real pages do. (6) A script (/tmp/s221scratch/check.py) checked
case-insensitively that no noise line (held-out or page) sits inside an article line, a keep line or another noise line,
that no line repeats, that no line holds an at-sign and that each page has 10 article and 20 noise lines, and gen221.py
the counts by category, language and place; it found nothing on its first run, nor after the Italian comment line was
changed. While writing I had already kept the German portal's menu off "Anzeigen" (the ad label "Anzeige" would sit
inside it) and used "Anzeige", not "Werbung", as its ad label (that word opens a German keep line). gen221.py checks
that no line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds
its lists and pages equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell
call at 15:54:39 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and
these notes (7) and (8) (the measured copy is kept as /tmp/s221scratch/pre_measure_copy.py); pytest printed 15 failed,
62 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s221scratch, importing the
copy in /tmp/wt-s221/tests with /tmp/wt-s221/src on the path) then printed ``_problems`` of each failing case: the seven
lines and the eight pages of the tables; every problem printed is a kept noise line ("kept boilerplate"); no keep line
and no article line of a page is lost and no problem of another kind (no unreported removal, no range or offset problem)
was printed. The cleaned text itself was not printed. The tables were written from that output (make_tables.py writes
tables221.py, which gen221.py puts into this file); make_tables.py checked that every key of the tables is a failing
line or page of that output and that every problem of it is a kept noise line, and matched each kept snippet to exactly
one noise line of its page, which each page's reason quotes in full with the count the report counts left; the lists and
pages of the final file were imported back and found equal to the scratch data, and the final file was checked with the
pytest command in /tmp/wt-s221 (see the Baseline paragraph). (8) Clock: ``date`` printed 15:48:07 at the start, 15:54:39
at the measurement and 15:55:26 just before the Baseline paragraph and these notes were written (after the tables); the
commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the smocking bee and the felting workshop
that open with or hold a noise-like word ("Comments from the hospital's play team persuaded the bee to smock shorter
sleeves this year.", "Sharing one pleating machine among twenty volunteers meant the queue for it never emptied.",
"Following the pattern was the easy part, said the youngest volunteer; counting the pleats was not.", "Reading the
wool's shrinkage right is what separates a felted bowl from a felted saucer, the tutor said.", "Subscribers to the
guild's quarterly magazine sent in more than four hundred metres of cotton lawn.", "Copyright in the honeycomb design
stays with the guild, which lets any charity use it free of charge.", "Advertising the workshop on the parish
noticeboard filled all twelve felting places within a week.", "Partager les aiguilles entre brodeuses a vite créé des
amitiés autour de la grande table.", "Abonnées depuis des années à la même revue de couture, deux sœurs ont apporté
leurs vieux patrons.", "Commentant la séance, la doyenne de l'atelier a parlé d'un exercice de patience pure.", "Folgen
wird ein zweiter Filzkurs im Herbst, diesmal mit Wolle von den Schafen aus dem Ort.", "Werbung für den Kurs machte die
Volkshochschule nur mit einem Aushang im Rathaus.", "Teilen mussten sich die zwölf Teilnehmerinnen drei Rollen
Noppenfolie und zwei Schüsseln Seifenwasser.", "Condividere i telai con le nonne del paese è stata l'idea più riuscita
della giornata.", "Seguendo le istruzioni della maestra, ognuna ha ricamato a punto smock un corpino in tre ore.",
"Iscritte al corso anche due ragazze di quindici anni, le più veloci con l'acqua saponata.", "Udostępniona przez parafię
sala pomieściła aż trzydzieści hafciarek.", "Obserwujące pracę dzieci same poprosiły o kawałek wełny.", "Подписаться на
следующий мастер-класс по валянию успели лишь восемь человек." and "Поделиться секретами сборки ткани в соты мастерица
согласилась только после чая."): each is a full sentence with a subject, a verb and a fact of the story, so article
("Comments from the hospital's play team" opens like a comment count but says who asked for shorter sleeves; "Reading
the wool's shrinkage" opens like a reading-time label but is the tutor's advice; "Copyright in the honeycomb design"
opens like a copyright line but says who owns the design; "Advertising the workshop" opens like an ad label but says how
the places were filled; "Subscribers", "Abonnées", "Iscritte" and "Подписаться" open like subscribe prompts but are
readers of a magazine, two sisters, two girls on the course and the eight who got a place; "Sharing", "Partager",
"Teilen", "Condividere", "Udostępniona" and "Поделиться" open like share rows but say what was shared; "Following",
"Folgen", "Seguendo" and "Obserwujące" open like follow prompts but mean following a pattern, a second course to come,
following instructions and children watching; "Werbung für den Kurs" opens like the German ad label but says how the
course was advertised; "Commentant la séance" opens like a comment label but reports what the eldest member said).
Borderline categories: the four plugs (Notonthehighstreet, Ko-fi classes, Palundu, Messenger orders) are bylines and
self-promotion, at the foot, since they sell the author's felt or classes in the author's voice; the reporting-by line
with its additional-reporting credit and the bare Russian "Автор:" label are bylines since they name the writers; the
French "Propos recueillis par" line is a byline (the credit of an interview), not a notice; the
accessibility-slavery-corrections row, the Italian VAT-number line and the Polish no-copying line are footers (legal
lines of the site, not of the article); the community-guidelines reminder and the commenting-closed note are comment
furniture since they speak only of the comments; the sort rows of the comments are comment furniture, not menus; the
Pinterest board, the Eventbrite widget and the Polish Facebook post are markers (what an embed leaves when it fails)
though they read as sentences, and so is the Italian Google Maps error; the English correction and the German editor's
note are notices in the body and the Polish cooperation note a notice at the foot (all three speak of the article they
sit in). On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading,
its three list rows and the two last paragraphs are article; everything else (log-in rows, mastheads with taglines,
menus, breadcrumbs, bylines with dates, reading times, share rows, captions and photo credits, read-also links, ad
labels, promoted labels and headlines, newsletter prompts, tags lines, comment counts and headings, comments and
replies, load-more links, copyright lines, blog names, follow-me prompts, category kickers, posted-on lines, jump-to
links, pin-it prompts, affiliate disclosures and links, sign-offs and shop plugs) is noise. The list rows (the pleating,
the smocking and the finishing on the portals; the merino, the bubble wrap with the pool noodle and the net curtain, and
the soap on the blogs) are short but part of each article, so article; the list headings ("How the day ran", "What we
used" and the like) are the articles' subheadings, so article; the category kickers above the blog titles ("Workshops ·
Felting" and the like) are noise though they share the title's block; the portals' captions are noise though they sit
between the first and second paragraphs; the portals' read-also links and ad labels are noise though they open the block
of the paragraph with the quote; the portals' promoted labels and headlines are noise though they close the list block;
the portals' newsletter prompts and tags lines are noise though each follows one of the two last paragraphs in their
block; the blogs' station captions ("My station before we started: wool, water and a lot of towels." and the like) are
noise though they read like a sentence of the post; the blogs' layer captions are noise though they sit between the
first and second list rows; the blogs' affiliate links are noise though they close the block of the paragraph with the
quote; the sign-offs and share rows are noise though they share the block of the two last paragraphs; the arrowed
replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Russian one), body 10 (the eight markers
and two notices: English and German), tail 24 (four plugs: two English, a German and a Polish one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pleatbury-smocking-bee (forty volunteers at
Pleatbury's first smocking bee in the Methodist hall, 120 smocked dresses and rompers for the children's ward of the
county hospital, fabric from a Lancashire mill, a second bee in October), en-blog-the-wet-wool-diaries-felted-bowl
(Philippa's first wet felting workshop at an arts centre, a blue merino bowl felted over a foam resist and dried over a
jam jar), fr-portail-fronceville-journee-smocks (the same bee in the salle des fêtes of Fronceville, fabric from a
spinning mill in the Vosges), fr-blog-le-feutre-de-berangere-bol-feutre (the same workshop in French),
de-portal-faltenbrunn-smok-naehtag (the Smok-Nähtag in the Gemeindehaus of Faltenbrunn, fabric from an Allgäu weaving
mill), de-blog-filzfieber-bei-wiebke-filzschale (Wiebke's Nassfilzkurs), it-portale-pieghevalle-giornata-punto-smock
(the giornata di punto smock in the salone parrocchiale of Pieghevalle, fabric from a Biella wool mill),
it-blog-il-feltro-di-ginevra-ciotola (Ginevra's corso di infeltrimento ad acqua),
pl-portal-marszczykowo-dzien-haftu-smock (the dzień haftu smock in the parish hall of Marszczykowo, fabric from Łódź),
pl-blog-filcowy-kacik-danuty-miska (Danuta's warsztat filcowania na mokro), ru-portal-skladinsk-den-smoka (the день
смока in the дом культуры of Складинск, fabric from an Ivanovo mill), ru-blog-voylok-u-agafi-miska (Агафья's
мастер-класс по мокрому валянию), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit a197dcd22726b18a37f2a8f34fe10bbcb50ceb51, measured with ``cd /tmp/wt-s221 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s221/src python -m pytest -q tests/test_clean_held_out_221.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s221 && PYTHONPATH=/tmp/wt-s221/src python
scripts/clean_held_out_report.py --sets 221``, with the xfail tables empty, at 15:54:39 UTC by ``date``): noise lines
removed 38/45 (marker 5/8, reading-time 7/7, byline 7/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Eventbrite widget that
failed to load, the Italian Google Maps error and the Polish deleted-or-private Facebook post), one byline at the foot
(the German Palundu plug), two comment lines at the foot (the English community-guidelines reminder and the German
no-username prompt) and one notice in the body (the German editor's note on the participants' names); the Loom and
Pinterest markers, the French X, German Podigee and Russian Yandex map markers, all seven reading times, the four
bylines at the head, the Notonthehighstreet, Ko-fi and Messenger plugs, all eight footers, the other six comment lines,
every share row, the English correction and the Polish cooperation note went); keep lines kept 20/20; pages 4/12 clean,
29 of 240 page noise lines left and 0 of 120 article lines lost. Clean: the French, German, Italian and Polish portal
pages. Left: on the English and Russian portal pages the promoted headline that closes the list block (1 each); on the
English blog page the follow-me prompt in the top block, the jump-to-the-materials link, the station caption under the
first two paragraphs, the layers caption between the first and second list rows, the sign-off after the last paragraph
and the shop plug alone in its block (6); on the French, Italian and Polish blog pages the same but the follow-me prompt
(5 each); on the German blog page the station caption, the layers caption, the sign-off and the shop plug (4); on the
Russian blog page the station caption and the layers caption (2). Lost: nothing; no page and no keep line loses an
article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s221 gave
62 passed, 15 xfailed, no XPASS.

Measured after round 140 (2026-12-07, lead; the writers of this set and of set 222 worked beside round 140 from its
base, a197dcd; by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 217
218 219 220 221 222 223 224`` and the set's pytest file): noise lines removed 38/45 (unchanged), keep lines kept 20/20,
pages 4/12 clean, 0 of 120 article lines lost. Round 140 alone left 29 of 240 page noise lines (unchanged in sum, but
not line for line): the English blog's follow-me prompt in the top block went, and the Russian blog's
jump-to-the-materials link under the reading time came back (round 140's rule that skips a prompt kept in the menu's
block took the Russian title, first person and no finite verb, under its section kicker for a prompt, so the head's
count missed it). The lead's mend (the skipped prompt must call to act or name a network;
test_round_140_mend_jump_link_under_a_title_with_a_kicker_goes, which reads this set's two pages) gives 27 of 240: the
English and Russian jump-to links both go. The English blog's reason was reworded (4 of 20 left); this set is no longer
blind for that head layout.

Measured after round 141 (2026-12-07, lead; round 141 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's
pytest file): nothing moved. noise lines removed 38/45, keep lines kept 20/20, pages 4/12 clean, 27 of 240 page noise
lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 141 (sets 219/220: a follow
prompt naming two networks, a masthead whose tagline ends in its founding year over a breadcrumb block, a photo credit
naming its holder in quotation marks, a Russian share row naming the post, embed, comment-form, byline and update-note
wordings) read none of this set's wordings or layouts.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): nothing moved: noise lines removed 38/45, keep lines kept 20/20, pages 4/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 142 (sets
223/224: a shop link over the article's subheading, a quoted name ending a list row, a sign-off with a comma between its
wishes, a blog's title under the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence
whose subject follows, the French "Durée de lecture estimée" label and an Italian print-edition note) read none of this
set's wordings or layouts.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): nothing moved: noise lines removed 38/45, keep lines kept 20/20, pages 4/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 143 (sets
227/228: the writer's "we" over a taken sign-off, mastheads joined to their tagline by a middle dot, news-tip prompts,
talked-about sponsored headlines under an ad label, captions closed by a bracketed family credit such as "(photo: my
mum)", reading-time, byline and editor's-note wordings) read none of this set's wordings or layouts.

Round 144 (development; this set was read in full from this round on): sets 221's and 222's pages keep only their photo
captions with no credit (out of scope: no credit, prompt or label), all fifteen line xfails of the two sets go, and no
line is lost. (1) ``page_blocks._BETWEEN_SIGN_OFF_AND_PLUG`` takes "share widget": the blog's sign-off closing the last
paragraphs' block, the share row the rules took under it and the writer's shop plug alone in the next block ("Happy
felting! Philippa" / "Share: ..." / "If you'd like a felted bowl of your own, I have a few left in my Etsy shop.", set
221's English, French, German, Italian and Polish blogs) read as round 115's post-end cluster; the comma in the wishes
was not the cause (``_blog_sign_off`` read "Happy felting! Philippa" already), the share row between the two was. (2)
``page_blocks._head_block_lines``: the head block's last line, a jump link (round 108's ``_JUMP_LINK``) under the
posted-on line and the reading time ("Aller directement au matériel", "Vai subito ai materiali", "Przejdź od razu do
listy materiałów"). (3) ``clean._PAGE_TOOLS`` "table of contents": entries numbered in order from 1 after the header
("Contents: 1. Basketing 2. The liberation 3. Clocking in", set 222's six blogs; "Indice dei contenuti" joins the
headers). (4) ``clean._AFFILIATE_MARK_IN_LINE`` (round 118): the label after the dash pointed to, the writer's own and
the shop named ("– lien affilié Amazon ici", "– hier mein Amazon-Partnerlink", "– вот моя партнёрская ссылка на Ozon";
``_AFFILIATE_POINTER``, ``_AFFILIATE_OWN``, ``_AFFILIATE_SHOP_NAMED``). Taking the German one ended the body's run at
the quote, and the list rows "7:30 Uhr: Auflass bei Sonnenschein" and "9:41 Uhr: ..." read as two commenters, so the
tail took the German blog's subheading, rows and two last paragraphs; (5) ``page_blocks._is_timeline_row``
(``_TIMELINE_ROW``, in ``_is_time_in_article_row``): a row opening on its time, a colon or dash and three words, with
another such row within three lines, is the article's, no commenter's header; and taking the Russian affiliate link left
its "Отправить друзьям: ВКонтакте · Pinterest · Telegram" kept, so the Russian share table's objects take
"друзьям"/"другу". (6) ``whole_line_noise`` "social follow": round 125's follow-the-paper prompt in French, German,
Italian, Polish and Russian, the name in capitals or quotes, the network and what the follower gets ("Suivez Le Réveil
sur Facebook pour toutes les photos du festival", set 222's four portals). (7) ``clean._AD_SLOT_LABEL``: promoted and
partner-content labels ("Promoted stories", "Партнёрский материал", set 221's English and Russian portals), read with
round 117's ad hook inside a block. (8) Wordings: embed placeholders (round 116's ``_EMBED_NOUN`` takes ticket widgets
and previews, ``_EMBED_NAMED_ANY`` an article after the preposition, ``_EMBED_STATE_ANY`` the active "n'a pas pu
charger", "konnte ... nicht laden", "non è riuscito a caricare" and a youth-protection lock; Google's
can't-load-Google-Maps-correctly error; the Polish post that cannot be shown "z <network>:"), ``_DRINK_FIRST`` "this
<kind of post>" ("this loft diary"), ``_NEEDED_FOR_READING`` ("Tempo necessario per la lettura"), the bare
"Aufgeschrieben von <Name>" byline, ``_SHOP_PLATFORM`` Palundu, three comment-box shapes (the house rules named after
"before you comment", the house rules' label over a plea to keep comments civil, "no username yet"), "nachts" before
round 72's night closure hours, and round 94's names note "known to the newsroom". Other sets' xfails removed (XPASS):
sets 73 and 90 (a teaser and an ad under "Promoted stories" and "Партнёрский материал"), 205 (a sponsored headline under
the partner label), 101 and 114 ("Die Kommentarfunktion ist nachts ..."), 146 and 227 ("Le lecteur Ausha n'a pas pu
charger cet épisode de podcast."), 166 ("Aufgeschrieben von <Name>"), 178 ("Il player di Spreaker non è riuscito a
caricare la puntata ..."); page reasons reworded in sets 186 (the rainstick blog's sign-off and plug go), 223 (two
blogs' affiliate links after a dash; the Italian portal's bio goes once the follow prompt under it is the rules') and
227 (two blogs' sign-off and plug across the share row). Report (``--sets $(seq 10 224) 227 228``, the frozen base copy
before, the branch after): sets 10-224, 227, 228 in total noise lines removed 9026 -> 9047 of 9841, article and keep
lines kept 4367 -> 4367 of 4367, pages clean 1446 -> 1455 of 2590, page noise lines left 2202 -> 2160 of 53520,
paragraphs lost 2 -> 2 (set 86's); only sets 73, 90, 101, 114, 146, 166, 178, 186, 205, 221, 222, 223 and 227 changed,
and no set's article lines kept dropped. SemEval: 0 changed files of 3723 (``semeval_noise_diff.py diff``). Bench
(``bench_clean.py --baseline-src`` the frozen base, run beside the cleaning test set): ratio 1.03 (cpu best 3.516 s
against 3.401 s). Pytest (the brief's cleaning test set on the branch, with -x): 26470 passed, 1959 xfailed, no XPASS,
no failure (16 min 29 s). This set's figures (report, before -> after): noise lines removed 38/45 -> 45/45 (marker 5/8
-> 8/8, reading-time 7/7, byline 7/8 -> 8/8, footer 8/8, comments 6/8 -> 8/8, share 3/3, notice 2/3 -> 3/3), keep lines
kept 20/20 -> 20/20, pages clean 4/12 -> 6/12 (the English and Russian portals come clean), page noise lines left 27 ->
12 of 240, 0 of 120 article lines lost; the set's pytest file: 71 passed, 6 xfailed (was 62 passed, 15 xfailed). Reasons
reworded: the five blogs whose sign-off and shop plug went (and the French, Italian and Polish jump links) (each now 2
of 20: the work-station caption and the caption of the layers of wool; the Russian blog's reason names the same two and
is unchanged in substance). Still missed: the two photo captions with no credit on each of the six blogs (out of scope,
see the brief's item 5).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_221_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Loom recording has been archived by its creator and can no longer be viewed.', 'marker'),
    ('body', 'The Eventbrite ticket widget failed to load. Book directly on Eventbrite instead.', 'marker'),
    ('body', 'This Pinterest board could not be embedded because it has been made secret.', 'marker'),
    ('body', "Le tweet intégré n'a pas pu être affiché : le compte X a été suspendu.", 'marker'),
    ('body', 'Der eingebundene Podcast von Podigee ist vorübergehend nicht erreichbar.', 'marker'),
    ('body', 'Impossibile caricare correttamente Google Maps su questa pagina.', 'marker'),
    ('body', 'Nie można wyświetlić posta z Facebooka: został usunięty lub zmieniono ustawienia prywatności.', 'marker'),
    ('body', 'Карта Яндекса не загрузилась: включите JavaScript в настройках браузера.', 'marker'),
    ('head', 'Approx. 6 minutes to read', 'reading-time'),
    ('head', 'Grab a cuppa – this one runs to about 11 minutes of reading.', 'reading-time'),
    ('head', 'Temps de lecture approximatif : 6 min', 'reading-time'),
    ('head', '6 Minuten Lesezeit', 'reading-time'),
    ('head', 'Si legge in circa 6 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 6 minut', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Reporting by Hester Pleatworthy; additional reporting by Milo Tuckerbride', 'byline'),
    ('head', 'Propos recueillis par Armelle Froncebise', 'byline'),
    ('head', 'Servizio di Ortensia Nidodapi', 'byline'),
    ('head', 'Автор: Серафима Сборчатова', 'byline'),
    ('tail',
     'Felted vessels like this one are for sale in my Notonthehighstreet shop, gift-wrapped on request.',
     'byline'),
    ('tail', "I teach beginners' wet felting every other Thursday – book a place through my Ko-fi page.", 'byline'),
    ('tail', 'Gefilzte Schalen und Sitzkissen aus meiner Werkstatt gibt es bei Palundu, Versand mit DHL.', 'byline'),
    ('tail', 'Filcowe misy i kapcie robię na zamówienie – napisz do mnie na Messengerze.', 'byline'),
    ('tail', 'Published with Ghost · Theme: Casper · Subscribe via RSS', 'footer'),
    ('tail', 'Accessibility statement · Modern slavery statement · Corrections and complaints', 'footer'),
    ('tail', 'Site made with Squarespace · Cookie settings', 'footer'),
    ('tail', 'Blog créé avec Overblog · Conditions générales · Plan du site', 'footer'),
    ('tail', 'Gehostet bei IONOS · Barrierefreiheitserklärung · Impressum', 'footer'),
    ('tail', 'P. IVA 02817460139 · Tutti i diritti riservati · Cookie policy', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody autorki zabronione.', 'footer'),
    ('tail', 'Сайт сделан на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort by: Newest | Oldest | Most liked', 'comments'),
    ('tail', 'Community guidelines: please keep comments civil and on topic.', 'comments'),
    ('tail', 'Commenting on this article has now closed.', 'comments'),
    ('tail', "Trier les commentaires : les plus récents d'abord", 'comments'),
    ('tail', 'Sie haben noch keinen Nutzernamen. Legen Sie einen fest, um zu kommentieren.', 'comments'),
    ('tail', 'Questo commento è stato nascosto dai moderatori.', 'comments'),
    ('tail', 'Pokaż wcześniejsze komentarze (7)', 'comments'),
    ('tail', 'Комментарий удалён автором.', 'comments'),
    ('tail', 'Épingler sur Pinterest · Envoyer par Messenger · Copier le lien', 'share'),
    ('tail', 'Invia a un amico · Pinterest · Telegram', 'share'),
    ('tail', 'Отправить в: Telegram · WhatsApp · ВКонтакте', 'share'),
    ('body',
     "Correction: an earlier version of this article gave the wrong date for the guild's exhibition.",
     'notice'),
    ('body', 'Anmerkung der Redaktion: Die Namen der Teilnehmerinnen sind der Redaktion bekannt.', 'notice'),
    ('tail', 'Tekst powstał we współpracy z Gminnym Ośrodkiem Kultury.', 'notice'),
]

HELD_OUT_221_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the hospital's play team persuaded the bee to smock shorter sleeves this year."),
    ('head', 'Sharing one pleating machine among twenty volunteers meant the queue for it never emptied.'),
    ('body', 'Following the pattern was the easy part, said the youngest volunteer; counting the pleats was not.'),
    ('body',
     "Reading the wool's shrinkage right is what separates a felted bowl from a felted saucer, the tutor said."),
    ('tail', "Subscribers to the guild's quarterly magazine sent in more than four hundred metres of cotton lawn."),
    ('tail', 'Copyright in the honeycomb design stays with the guild, which lets any charity use it free of charge.'),
    ('tail', 'Advertising the workshop on the parish noticeboard filled all twelve felting places within a week.'),
    ('head', 'Partager les aiguilles entre brodeuses a vite créé des amitiés autour de la grande table.'),
    ('body', 'Abonnées depuis des années à la même revue de couture, deux sœurs ont apporté leurs vieux patrons.'),
    ('tail', "Commentant la séance, la doyenne de l'atelier a parlé d'un exercice de patience pure."),
    ('head', 'Folgen wird ein zweiter Filzkurs im Herbst, diesmal mit Wolle von den Schafen aus dem Ort.'),
    ('body', 'Werbung für den Kurs machte die Volkshochschule nur mit einem Aushang im Rathaus.'),
    ('tail', 'Teilen mussten sich die zwölf Teilnehmerinnen drei Rollen Noppenfolie und zwei Schüsseln Seifenwasser.'),
    ('head', "Condividere i telai con le nonne del paese è stata l'idea più riuscita della giornata."),
    ('tail', 'Seguendo le istruzioni della maestra, ognuna ha ricamato a punto smock un corpino in tre ore.'),
    ('tail', "Iscritte al corso anche due ragazze di quindici anni, le più veloci con l'acqua saponata."),
    ('head', 'Udostępniona przez parafię sala pomieściła aż trzydzieści hafciarek.'),
    ('tail', 'Obserwujące pracę dzieci same poprosiły o kawałek wełny.'),
    ('head', 'Подписаться на следующий мастер-класс по валянию успели лишь восемь человек.'),
    ('body', 'Поделиться секретами сборки ткани в соты мастерица согласилась только после чая.'),
]

HELD_OUT_221_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pleatbury-smocking-bee', [
        [
            '-Log in · Subscribe from £1 a week',
            '-The Pleatbury Sentinel – Your town, your news since 1884',
            "-News | Sport | What's On | Community | Business | Jobs",
        ],
        [
            '-Home › News › Community',
            "+Smocking bee turns out 120 dresses for the children's ward",
            '-By Rowena Frillsby · Saturday 9 May 2026, 7.45pm',
        ],
        [
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            ("+Forty volunteers filled the Methodist hall in Pleatbury on Saturday for the town's first smocking bee, "
             'stitching from nine in the morning until well after six.'),
            '-Volunteers at work in the Methodist hall. Photo: Rowena Frillsby',
            ('+By the end of the day they had finished 120 smocked dresses and rompers, which will be given to '
             "families on the children's ward at the county hospital."),
        ],
        [
            '-Read more: Pleatbury library to open on Sundays this summer',
            '-Advertisement',
            ('+"Smocking looks fiddly, but once the pleats are in it is just counting and patience," said the '
             'organiser, a retired dressmaker who learned the craft from her grandmother.'),
        ],
        [
            '+How the day ran',
            '+Pleating: the cotton lawn was fed through two borrowed pleating machines.',
            '+Smocking: volunteers worked the honeycomb and cable stitches by hand.',
            '+Finishing: a team of six sewed up the sleeves, hems and buttons.',
            '-Promoted stories',
            '-Retirees in the North West are switching to this boiler grant',
        ],
        [
            ('+The fabric, some 400 metres of it, was given by a mill in Lancashire and by guild members clearing out '
             'their cupboards.'),
            "-Get the Sentinel's free morning newsletter – sign up here",
            '+A second bee is planned for October, when the group hopes to make winter dresses with long sleeves.',
            '-Tags: Smocking, Charity, County Hospital',
        ],
        [
            '-6 comments',
            '-Mags_Pleatbury: Lovely to see the old craft being used for something so kind.',
            '-↳ DaveOnTheHill: My nan smocked every dress my sisters ever wore. Brilliant.',
            '-↳ The Pleatbury Sentinel: Thanks Dave – the group is always looking for more hands.',
            '-Load more comments',
        ],
        [
            '-© 2026 Pleatbury Sentinel Ltd · Contact us · Terms · Privacy · Cookie preferences',
        ],
    ]),
    _page('en', 'en-blog-the-wet-wool-diaries-felted-bowl', [
        [
            '-The Wet Wool Diaries – felt, fibre and muddy wellies',
            '-Home » Workshops » Wet felting',
            '-Follow along on Instagram for more felty things',
        ],
        [
            '-Workshops · Felting',
            '+My first wet felting workshop: a bowl made over a resist',
        ],
        [
            '-Posted on 12 April 2026 by Philippa · 9 comments',
            '-Reading time: 4 minutes',
            '-Jump to what we used',
        ],
        [
            ('+I finally booked a place on a wet felting workshop at the arts centre, after two years of admiring '
             "other people's felted bowls on my feed."),
            ('+There were eight of us round a long table covered in towels, each with a bag of merino tops, a bowl of '
             'warm soapy water and a circle of foam underlay cut as a resist.'),
            '-My station before we started: wool, water and a lot of towels.',
            '-Pin this post for later!',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            ('+Our tutor kept saying "rub before you roll, roll before you throw", and by the afternoon we all '
             'understood why.'),
            '-The merino I used is this bundle from World of Wool (affiliate link).',
        ],
        [
            '+What we used',
            '+Merino tops in three shades of blue and a little white silk.',
            '-The layers of wool laid out over the resist.',
            '+Bubble wrap, a pool noodle and an old net curtain.',
            '+Olive oil soap grated into warm water.',
        ],
        [
            ('+Once the wool had fulled round the resist I cut a hole in the top, pulled the foam out and shaped the '
             'bowl over a jam jar to dry.'),
            ('+It shrank by almost a third and came out lopsided, but it is sitting on my windowsill full of buttons '
             'and I love it.'),
            '-Happy felting! Philippa',
            '-Share: Pinterest · Facebook · Email',
        ],
        [
            "-If you'd like a felted bowl of your own, I have a few left in my Etsy shop.",
        ],
        [
            '-9 thoughts on “My first wet felting workshop”',
            '-Bryony: Your bowl looks brilliant – lopsided is part of the charm!',
            "-↳ Philippa: Thank you! I'm already planning a bigger one.",
            '-Leave a Reply',
        ],
        [
            '-© 2026 The Wet Wool Diaries · Theme: Kadence · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-fronceville-journee-smocks', [
        [
            "-Se connecter · S'abonner dès 1 € par mois",
            "-L'Écho de Fronceville – L'actualité du canton depuis 1902",
            '-Actualité | Sports | Sortir | Vie locale | Annonces',
        ],
        [
            '-Accueil > Vie locale > Solidarité',
            '+Une journée de smocks : 120 robes cousues pour la pédiatrie',
            '-Par Gaspard Smocquelin · Le 9 mai 2026 à 19h45',
        ],
        [
            '-Lecture 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Quarante bénévoles ont investi samedi la salle des fêtes de Fronceville pour la première journée de '
             "smocks de la commune, de neuf heures du matin jusqu'au soir."),
            '-Les bénévoles au travail dans la salle des fêtes. Photo G. S.',
            ('+À la fin de la journée, 120 robes et barboteuses smockées étaient terminées ; elles seront offertes '
             "aux familles du service de pédiatrie de l'hôpital."),
        ],
        [
            '-À lire aussi : La médiathèque ouvrira le dimanche cet été',
            '-Publicité',
            ("+« Les smocks ont l'air compliqués, mais une fois les plis faits, ce n'est plus que du comptage et de "
             "la patience », explique l'organisatrice, une couturière retraitée."),
        ],
        [
            '+Le déroulé de la journée',
            '+Le plissage : le linon passait dans deux machines à plisser prêtées.',
            "+Les smocks : nid d'abeille et point de câble, entièrement à la main.",
            '+Les finitions : six couturières montaient manches, ourlets et boutons.',
            '-Contenu sponsorisé',
            '-Ces retraités du Grand Est changent de chaudière grâce à cette aide',
        ],
        [
            ('+Les 400 mètres de tissu ont été donnés par une filature des Vosges et par des adhérentes qui ont vidé '
             'leurs armoires.'),
            '-Recevez gratuitement notre newsletter du matin – inscrivez-vous',
            "+Une deuxième journée est prévue en octobre, avec des robes d'hiver à manches longues.",
            '-Mots-clés : couture, solidarité, hôpital',
        ],
        [
            '-Commentaires (6)',
            '-Mamie_Lys : Quelle belle idée, bravo à toutes ces petites mains !',
            '-↳ Didier88 : Ma grand-mère faisait des smocks sur toutes nos robes de baptême.',
            "-↳ L'Écho de Fronceville : Merci Didier, l'association cherche toujours des bénévoles.",
            '-Afficher plus de commentaires',
        ],
        [
            "-© 2026 L'Écho de Fronceville · Contact · Mentions légales · Confidentialité · Cookies",
        ],
    ]),
    _page('fr', 'fr-blog-le-feutre-de-berangere-bol-feutre', [
        [
            '-Le Feutre de Bérangère – laine, fibres et bottes crottées',
            "-Accueil » Ateliers » Feutrage à l'eau",
            '-Suivez-moi sur Instagram pour encore plus de feutre',
        ],
        [
            '-Ateliers · Feutrage',
            "+Mon premier atelier de feutrage à l'eau : un bol sur gabarit",
        ],
        [
            '-Publié le 12 avril 2026 par Bérangère · 9 commentaires',
            '-Temps de lecture : 4 minutes',
            '-Aller directement au matériel',
        ],
        [
            ("+J'ai enfin réservé une place à un atelier de feutrage à l'eau au centre culturel, après deux ans à "
             'admirer les bols en feutre des autres.'),
            ("+Nous étions huit autour d'une grande table couverte de serviettes, chacune avec de la laine mérinos, "
             "un bol d'eau savonneuse tiède et un gabarit rond en mousse."),
            '-Mon poste avant de commencer : laine, eau et beaucoup de serviettes.',
            '-Épinglez cet article pour plus tard !',
        ],
        [
            '-Cet article contient des liens affiliés : je touche une petite commission, sans frais pour vous.',
            ("+Notre animatrice répétait « on frotte avant de rouler, on roule avant de jeter », et l'après-midi nous "
             'avons toutes compris pourquoi.'),
            "-Le mérinos que j'ai utilisé est ce lot sur Amazon (lien affilié).",
        ],
        [
            '+Le matériel utilisé',
            '+Du mérinos en trois bleus et un peu de soie blanche.',
            '-Les couches de laine posées sur le gabarit.',
            '+Du papier bulle, un boudin de piscine et un vieux voilage.',
            "+Du savon à l'huile d'olive râpé dans l'eau chaude.",
        ],
        [
            ("+Une fois la laine bien foulée autour du gabarit, j'ai découpé une ouverture, retiré la mousse et mis "
             'le bol à sécher sur un bocal.'),
            ('+Il a rétréci de presque un tiers et il est un peu bancal, mais il trône sur ma fenêtre, rempli de '
             "boutons, et je l'adore."),
            '-Bon feutrage ! Bérangère',
            '-Partager : Pinterest · Facebook · E-mail',
        ],
        [
            "-Envie d'un bol en feutre ? Il m'en reste quelques-uns dans ma boutique Etsy.",
        ],
        [
            "-9 réflexions sur « Mon premier atelier de feutrage à l'eau »",
            '-Solange : Ton bol est superbe, le côté bancal fait tout son charme !',
            '-↳ Bérangère : Merci ! Je prépare déjà un plus grand.',
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Le Feutre de Bérangère · Thème Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-faltenbrunn-smok-naehtag', [
        [
            '-Anmelden · Abo ab 1 € im Monat',
            '-Faltenbrunner Tagblatt – Nachrichten aus dem Tal seit 1887',
            '-Lokales | Sport | Freizeit | Wirtschaft | Service',
        ],
        [
            '-Startseite > Lokales > Ehrenamt',
            '+Smok-Nähtag: 120 Kleider für die Kinderstation',
            '-Von Waltraud Faltenreiter · 09.05.2026, 19:45 Uhr',
        ],
        [
            '-Lesedauer 3 Min.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            ('+Vierzig Ehrenamtliche haben am Samstag das Gemeindehaus in Faltenbrunn in eine Nähstube verwandelt und '
             'beim ersten Smok-Nähtag des Ortes von neun Uhr morgens bis in den Abend gestichelt.'),
            '-Ehrenamtliche bei der Arbeit im Gemeindehaus. Foto: W. Faltenreiter',
            ('+Am Ende des Tages waren 120 gesmokte Kleider und Strampler fertig, die an Familien auf der '
             'Kinderstation des Kreiskrankenhauses verschenkt werden.'),
        ],
        [
            '-Lesen Sie auch: Stadtbücherei öffnet im Sommer auch sonntags',
            '-Anzeige',
            ('+„Smoken sieht kompliziert aus, aber wenn die Falten einmal gelegt sind, ist es nur noch Zählen und '
             'Geduld“, sagte die Organisatorin, eine pensionierte Schneiderin.'),
        ],
        [
            '+So lief der Tag',
            '+Falten legen: Der Batist lief durch zwei geliehene Smokmaschinen.',
            '+Smoken: Wabenstich und Zopfstich, alles von Hand.',
            '+Fertigstellen: Sechs Frauen nähten Ärmel, Säume und Knöpfe an.',
            '-Gesponsert',
            '-Warum Rentner in Bayern jetzt ihre Heizung tauschen',
        ],
        [
            ('+Die rund 400 Meter Stoff spendeten eine Weberei aus dem Allgäu und Vereinsmitglieder, die ihre '
             'Schränke ausgeräumt hatten.'),
            '-Jetzt den kostenlosen Morgen-Newsletter abonnieren',
            '+Ein zweiter Nähtag ist für Oktober geplant, dann mit langärmeligen Winterkleidern.',
            '-Schlagwörter: Nähen, Ehrenamt, Krankenhaus',
        ],
        [
            '-Kommentare (6)',
            '-Gisela_F: Was für eine schöne Aktion, Hut ab vor allen Helferinnen!',
            '-↳ Bernd1962: Meine Oma hat jedes Taufkleid in der Familie gesmokt.',
            '-↳ Faltenbrunner Tagblatt: Danke, Bernd – der Verein sucht übrigens noch Helferinnen.',
            '-Weitere Kommentare laden',
        ],
        [
            '-© 2026 Faltenbrunner Tagblatt · Kontakt · Impressum · Datenschutz · Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-filzfieber-bei-wiebke-filzschale', [
        [
            '-Filzfieber bei Wiebke – Wolle, Fasern und Gummistiefel',
            '-Start » Kurse » Nassfilzen',
            '-Folgt mir auf Instagram für noch mehr Filzkram',
        ],
        [
            '-Kurse · Filzen',
            '+Mein erster Nassfilzkurs: eine Schale über einer Schablone',
        ],
        [
            '-Veröffentlicht am 12. April 2026 von Wiebke · 9 Kommentare',
            '-Lesezeit: 4 Minuten',
            '-Direkt zur Materialliste',
        ],
        [
            ('+Endlich habe ich mir einen Platz in einem Nassfilzkurs im Kulturzentrum gesichert, nachdem ich zwei '
             'Jahre lang die Filzschalen anderer Leute bewundert hatte.'),
            ('+Wir waren acht Leute an einem langen Tisch voller Handtücher, jede mit Merinowolle, einer Schüssel '
             'warmem Seifenwasser und einer runden Schablone aus Trittschalldämmung.'),
            '-Mein Platz vor dem Start: Wolle, Wasser und viele Handtücher.',
            '-Merk dir diesen Beitrag auf Pinterest!',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links; für dich entstehen keine Mehrkosten.',
            ('+Unsere Kursleiterin sagte immer wieder „erst reiben, dann rollen, dann werfen“, und am Nachmittag '
             'wussten wir alle, warum.'),
            '-Die Merinowolle habe ich in diesem Set bei Amazon gekauft (Affiliate-Link).',
        ],
        [
            '+Was ich verwendet habe',
            '+Merino-Kammzug in drei Blautönen und etwas weiße Seide.',
            '-Die Wolllagen auf der Schablone.',
            '+Noppenfolie, eine Poolnudel und eine alte Gardine.',
            '+Olivenölseife, in warmes Wasser gerieben.',
        ],
        [
            ('+Als die Wolle um die Schablone gewalkt war, schnitt ich oben ein Loch hinein, zog den Schaumstoff '
             'heraus und ließ die Schale über einem Marmeladenglas trocknen.'),
            ('+Sie ist um fast ein Drittel geschrumpft und etwas schief, aber sie steht voller Knöpfe auf meiner '
             'Fensterbank und ich liebe sie.'),
            '-Viel Spaß beim Filzen! Eure Wiebke',
            '-Teilen: Pinterest · Facebook · E-Mail',
        ],
        [
            '-Wer selbst so eine Schale möchte: Ein paar habe ich noch in meinem Etsy-Shop.',
        ],
        [
            '-9 Gedanken zu „Mein erster Nassfilzkurs“',
            '-Antje: Deine Schale ist toll, das Schiefe macht sie besonders!',
            '-↳ Wiebke: Danke dir! Die nächste wird größer.',
            '-Hinterlasse einen Kommentar',
        ],
        [
            '-© 2026 Filzfieber bei Wiebke · Theme: GeneratePress · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-pieghevalle-giornata-punto-smock', [
        [
            '-Accedi · Abbonati da 1 € al mese',
            '-La Gazzetta di Pieghevalle – Le notizie della valle dal 1911',
            '-Cronaca | Sport | Eventi | Economia | Necrologi',
        ],
        [
            '-Home > Cronaca > Solidarietà',
            '+Giornata di punto smock: 120 vestitini per la pediatria',
            '-Di Benedetta Arricciani · 9 maggio 2026, ore 19:45',
        ],
        [
            '-Lettura: 3 min',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+Quaranta volontarie hanno riempito sabato il salone parrocchiale di Pieghevalle per la prima giornata '
             'di punto smock del paese, cucendo dalle nove del mattino fino a sera.'),
            '-Le volontarie al lavoro nel salone parrocchiale. Foto B. A.',
            ('+A fine giornata erano pronti 120 vestitini e pagliaccetti, che saranno regalati alle famiglie del '
             "reparto di pediatria dell'ospedale."),
        ],
        [
            "-Leggi anche: La biblioteca aprirà la domenica per tutta l'estate",
            '-Pubblicità',
            ('+«Lo smock sembra complicato, ma una volta fatte le pieghe è solo questione di contare e di pazienza», '
             "ha spiegato l'organizzatrice, una sarta in pensione."),
        ],
        [
            '+Come si è svolta la giornata',
            '+Le pieghe: la batista passava in due macchine plissettatrici prestate.',
            "+Lo smock: punto nido d'ape e punto cordoncino, tutto a mano.",
            '+Le rifiniture: sei sarte hanno montato maniche, orli e bottoni.',
            '-Contenuto sponsorizzato',
            '-Perché i pensionati piemontesi stanno cambiando caldaia',
        ],
        [
            ('+I circa 400 metri di stoffa sono stati donati da un lanificio di Biella e dalle socie che hanno '
             'svuotato i loro armadi.'),
            '-Iscriviti gratis alla nostra newsletter del mattino',
            '+Una seconda giornata è in programma a ottobre, con vestitini invernali a maniche lunghe.',
            '-Tag: cucito, solidarietà, ospedale',
        ],
        [
            '-Commenti (6)',
            '-Nonna_Pina: Che bella iniziativa, brave tutte!',
            '-↳ Franco_62: Mia madre faceva lo smock su tutti i nostri vestiti della comunione.',
            "-↳ La Gazzetta di Pieghevalle: Grazie Franco, l'associazione cerca sempre nuove volontarie.",
            '-Carica altri commenti',
        ],
        [
            '-© 2026 La Gazzetta di Pieghevalle · Contatti · Note legali · Privacy · Cookie',
        ],
    ]),
    _page('it', 'it-blog-il-feltro-di-ginevra-ciotola', [
        [
            '-Il Feltro di Ginevra – lana, fibre e stivali infangati',
            '-Home » Corsi » Feltro ad acqua',
            '-Seguimi su Instagram per altre creazioni in feltro',
        ],
        [
            '-Corsi · Feltro',
            '+Il mio primo corso di infeltrimento ad acqua: una ciotola su sagoma',
        ],
        [
            '-Pubblicato il 12 aprile 2026 da Ginevra · 9 commenti',
            '-Tempo di lettura: 4 minuti',
            '-Vai subito ai materiali',
        ],
        [
            ('+Finalmente ho prenotato un posto a un corso di infeltrimento ad acqua al centro culturale, dopo due '
             'anni passati ad ammirare le ciotole di feltro degli altri.'),
            ('+Eravamo in otto attorno a un lungo tavolo coperto di asciugamani, ognuna con lana merino, una ciotola '
             'di acqua tiepida e sapone e una sagoma rotonda di gommapiuma.'),
            '-La mia postazione prima di iniziare: lana, acqua e tanti asciugamani.',
            '-Salva questo post su Pinterest!',
        ],
        [
            '-Questo post contiene link di affiliazione: a te non costa nulla in più.',
            ('+La nostra insegnante ripeteva «prima si strofina, poi si arrotola, poi si sbatte», e nel pomeriggio '
             'abbiamo capito tutte perché.'),
            '-La lana merino che ho usato è questo kit su Amazon (link affiliato).',
        ],
        [
            '+Cosa ho usato',
            "+Lana merino in tre tonalità di blu e un po' di seta bianca.",
            '-Gli strati di lana stesi sulla sagoma.',
            '+Pluriball, un tubo da piscina e una vecchia tenda.',
            "+Sapone all'olio d'oliva grattugiato in acqua calda.",
        ],
        [
            ("+Quando la lana si è infeltrita attorno alla sagoma ho tagliato un'apertura, ho tolto la gommapiuma e "
             'ho messo la ciotola ad asciugare su un barattolo.'),
            "+Si è ristretta di quasi un terzo ed è un po' storta, ma sta sul davanzale piena di bottoni e la adoro.",
            '-Buon feltro a tutte! Ginevra',
            '-Condividi: Pinterest · Facebook · Email',
        ],
        [
            '-Se vuoi una ciotola di feltro tutta tua, ne ho ancora qualcuna nel mio negozio Etsy.',
        ],
        [
            '-9 pensieri su “Il mio primo corso di infeltrimento ad acqua”',
            '-Marisa: La tua ciotola è bellissima, storta è ancora più simpatica!',
            '-↳ Ginevra: Grazie! Ne sto già progettando una più grande.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 Il Feltro di Ginevra · Tema: Astra · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-marszczykowo-dzien-haftu-smock', [
        [
            '-Zaloguj się · Prenumerata od 1 zł miesięcznie',
            '-Kurier Marszczykowa – Wiadomości z gminy od 1990 roku',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Pogoda',
        ],
        [
            '-Strona główna > Wiadomości > Społeczeństwo',
            '+Dzień haftu smock: 120 sukienek dla oddziału dziecięcego',
            '-Zdzisława Fałdowska · 9 maja 2026, 19:45',
        ],
        [
            '-Czas lektury: 3 min',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Czterdzieści wolontariuszek wypełniło w sobotę salę parafialną w Marszczykowie podczas pierwszego w '
             'miejscowości dnia haftu smock, szyjąc od dziewiątej rano do wieczora.'),
            '-Wolontariuszki przy pracy w sali parafialnej. Fot. Z. Fałdowska',
            ('+Pod koniec dnia gotowych było 120 sukienek i śpioszków, które trafią do rodzin z oddziału dziecięcego '
             'szpitala powiatowego.'),
        ],
        [
            '-Przeczytaj też: Biblioteka gminna będzie otwarta w niedziele',
            '-Reklama',
            ('+„Smock wygląda na trudny, ale kiedy zakładki są już zrobione, to tylko liczenie i cierpliwość” – mówi '
             'organizatorka, emerytowana krawcowa.'),
        ],
        [
            '+Jak przebiegał dzień',
            '+Zakładki: batyst przechodził przez dwie pożyczone maszyny do marszczenia.',
            '+Haft: plaster miodu i ścieg warkoczykowy, wszystko ręcznie.',
            '+Wykończenie: sześć krawcowych przyszywało rękawy, podłożenia i guziki.',
            '-Materiał sponsorowany',
            '-Dlaczego emeryci z Mazowsza wymieniają teraz piece',
        ],
        [
            ('+Około 400 metrów tkaniny podarowały zakłady tekstylne z Łodzi oraz członkinie koła, które opróżniły '
             'swoje szafy.'),
            '-Zapisz się na darmowy poranny newsletter',
            '+Drugi taki dzień zaplanowano na październik – tym razem powstaną zimowe sukienki z długim rękawem.',
            '-Tagi: szycie, wolontariat, szpital',
        ],
        [
            '-Komentarze (6)',
            '-babcia_Hela: Piękna inicjatywa, brawo dla wszystkich pań!',
            '-↳ Marek_77: Moja mama haftowała smock na wszystkich sukienkach komunijnych.',
            '-↳ Kurier Marszczykowa: Dziękujemy, Marku – koło wciąż szuka chętnych.',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-© 2026 Kurier Marszczykowa · Kontakt · Regulamin · Polityka prywatności · Cookies',
        ],
    ]),
    _page('pl', 'pl-blog-filcowy-kacik-danuty-miska', [
        [
            '-Filcowy Kącik Danuty – wełna, włókna i kalosze w błocie',
            '-Start » Warsztaty » Filcowanie na mokro',
            '-Obserwuj mnie na Instagramie, żeby zobaczyć więcej filcu',
        ],
        [
            '-Warsztaty · Filc',
            '+Mój pierwszy warsztat filcowania na mokro: miska na szablonie',
        ],
        [
            '-Opublikowano 12 kwietnia 2026 przez Danutę · 9 komentarzy',
            '-Czas czytania: 4 minuty',
            '-Przejdź od razu do listy materiałów',
        ],
        [
            ('+W końcu zapisałam się na warsztat filcowania na mokro w domu kultury, po dwóch latach podziwiania '
             'cudzych filcowych misek.'),
            ('+Było nas osiem przy długim stole przykrytym ręcznikami, każda z wełną merino, miską ciepłej wody z '
             'mydłem i okrągłym szablonem z pianki.'),
            '-Moje stanowisko przed startem: wełna, woda i mnóstwo ręczników.',
            '-Zapisz ten wpis na Pintereście!',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne – nic cię to nie kosztuje.',
            ('+Prowadząca powtarzała „najpierw pocieraj, potem roluj, potem rzucaj”, i po południu wszystkie '
             'zrozumiałyśmy dlaczego.'),
            '-Wełnę merino kupiłam w tym zestawie na Allegro (link afiliacyjny).',
        ],
        [
            '+Czego użyłam',
            '+Czesanka merino w trzech odcieniach niebieskiego i trochę białego jedwabiu.',
            '-Warstwy wełny ułożone na szablonie.',
            '+Folia bąbelkowa, makaron do pływania i stara firanka.',
            '+Mydło oliwkowe starte do ciepłej wody.',
        ],
        [
            ('+Kiedy wełna sfilcowała się wokół szablonu, wycięłam otwór, wyjęłam piankę i postawiłam miskę do '
             'wyschnięcia na słoiku.'),
            ('+Skurczyła się prawie o jedną trzecią i jest trochę krzywa, ale stoi na parapecie pełna guzików i '
             'bardzo ją lubię.'),
            '-Do następnego filcowania! Danuta',
            '-Udostępnij: Pinterest · Facebook · E-mail',
        ],
        [
            '-Jeśli chcesz taką miskę, kilka wciąż czeka w moim sklepie na Etsy.',
        ],
        [
            '-9 odpowiedzi na „Mój pierwszy warsztat filcowania na mokro”',
            '-Ewa: Twoja miska jest śliczna, ta krzywizna dodaje jej uroku!',
            '-↳ Danuta: Dziękuję! Planuję już większą.',
            '-Dodaj komentarz',
        ],
        [
            '-© 2026 Filcowy Kącik Danuty · Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-skladinsk-den-smoka', [
        [
            '-Войти · Подписка от 99 ₽ в месяц',
            '-Складинский вестник — Новости района с 1931 года',
            '-Новости | Спорт | Афиша | Общество | Погода',
        ],
        [
            '-Главная > Общество > Добрые дела',
            '+День смока: 120 платьев для детского отделения',
            '-Аглая Складкина · 9 мая 2026, 19:45',
        ],
        [
            '-3 минуты чтения',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            ('+Сорок волонтёров в субботу заполнили зал дома культуры Складинска на первый в городе день вышивки '
             'смоком и шили с девяти утра до вечера.'),
            '-Волонтёры за работой в доме культуры. Фото А. Складкиной',
            ('+К концу дня были готовы 120 платьев и песочников, которые подарят семьям из детского отделения '
             'районной больницы.'),
        ],
        [
            '-Читайте также: Библиотека будет работать по воскресеньям',
            '-Реклама',
            ('+«Смок кажется сложным, но когда складки заложены, остаются только счёт и терпение», — рассказала '
             'организатор, портниха на пенсии.'),
        ],
        [
            '+Как прошёл день',
            '+Складки: батист пропускали через две одолженные машинки для сборки.',
            '+Смок: соты и косичка, всё вручную.',
            '+Отделка: шесть портних пришивали рукава, подгибку и пуговицы.',
            '-Партнёрский материал',
            '-Почему пенсионеры области массово меняют котлы',
        ],
        [
            '+Около 400 метров ткани подарили ивановская фабрика и участницы клуба, разобравшие свои шкафы.',
            '-Подпишитесь на нашу утреннюю рассылку',
            '+Второй такой день запланирован на октябрь, на этот раз будут зимние платья с длинным рукавом.',
            '-Теги: шитьё, волонтёры, больница',
        ],
        [
            '-Комментарии (6)',
            '-Галина_П: Какое доброе дело, молодцы все!',
            '-↳ Сергей1970: Моя бабушка вышивала смоком все наши платья.',
            '-↳ Складинский вестник: Спасибо, Сергей! Клуб всегда ищет новых помощниц.',
            '-Показать ещё комментарии',
        ],
        [
            '-© 2026 Складинский вестник · Контакты · Правила · Политика обработки данных',
        ],
    ]),
    _page('ru', 'ru-blog-voylok-u-agafi-miska', [
        [
            '-Войлок у Агафьи — шерсть, волокна и резиновые сапоги',
            '-Главная » Мастер-классы » Мокрое валяние',
            '-Подписывайтесь на мой Telegram-канал, там больше войлока',
        ],
        [
            '-Мастер-классы · Войлок',
            '+Мой первый мастер-класс по мокрому валянию: миска на шаблоне',
        ],
        [
            '-Опубликовано 12 апреля 2026 автором Агафья · 9 комментариев',
            '-Время на прочтение: 4 минуты',
            '-Сразу к списку материалов',
        ],
        [
            ('+Я наконец записалась на мастер-класс по мокрому валянию в доме творчества, после двух лет любования '
             'чужими войлочными мисками.'),
            ('+Нас было восемь за длинным столом, застеленным полотенцами, у каждой — шерсть мериноса, миска тёплой '
             'мыльной воды и круглый шаблон из подложки.'),
            '-Моё рабочее место до начала: шерсть, вода и много полотенец.',
            '-Сохраните запись в Pinterest!',
        ],
        [
            '-В записи есть партнёрские ссылки: для вас цена не меняется.',
            '+Наш мастер повторяла: «Сначала трём, потом катаем, потом бросаем», и к вечеру мы все поняли почему.',
            '-Шерсть мериноса я брала этим набором на Ozon (партнёрская ссылка).',
        ],
        [
            '+Что я использовала',
            '+Гребенная лента мериноса трёх оттенков синего и немного белого шёлка.',
            '-Слои шерсти на шаблоне.',
            '+Пупырчатая плёнка, нудл для бассейна и старый тюль.',
            '+Оливковое мыло, натёртое в тёплую воду.',
        ],
        [
            ('+Когда шерсть свалялась вокруг шаблона, я прорезала отверстие, вынула подложку и поставила миску '
             'сохнуть на банку.'),
            '+Она села почти на треть и получилась кривоватой, но стоит на подоконнике с пуговицами, и я её обожаю.',
            '-Всем тёплого войлока! Агафья',
            '-Поделиться: ВКонтакте · Pinterest · WhatsApp',
        ],
        [
            '-Если хотите такую же миску, несколько ещё есть в моём магазине на Ярмарке Мастеров.',
        ],
        [
            '-9 комментариев к записи «Мой первый мастер-класс по мокрому валянию»',
            '-Марина: Миска чудесная, кривизна ей только к лицу!',
            '-↳ Агафья: Спасибо! Уже задумала побольше.',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Войлок у Агафьи · Тема Kadence · Сайт на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-the-wet-wool-diaries-felted-bowl':
        ("the English felting workshop post keeps the photo caption of her work station under the first two "
         "paragraphs ('My station before we started: wool, water and a lot of towels.') and the photo caption of the "
         "layers of wool between the first and second list rows ('The layers of wool laid out over the resist.') (2 of "
         '20 noise lines); no article line is lost'),
    'fr-blog-le-feutre-de-berangere-bol-feutre':
        ('the French felting workshop post keeps the photo caption of her work station under the first two paragraphs '
         "('Mon poste avant de commencer : laine, eau et beaucoup de serviettes.') and the photo caption of the layers "
         "of wool between the first and second list rows ('Les couches de laine posées sur le gabarit.') (2 of 20 noise "
         'lines); no article line is lost'),
    'de-blog-filzfieber-bei-wiebke-filzschale':
        ('the German felting workshop post keeps the photo caption of her work station under the first two paragraphs '
         "('Mein Platz vor dem Start: Wolle, Wasser und viele Handtücher.') and the photo caption of the layers of wool "
         "between the first and second list rows ('Die Wolllagen auf der Schablone.') (2 of 20 noise lines); no article "
         'line is lost'),
    'it-blog-il-feltro-di-ginevra-ciotola':
        ('the Italian felting workshop post keeps the photo caption of her work station under the first two paragraphs '
         "('La mia postazione prima di iniziare: lana, acqua e tanti asciugamani.') and the photo caption of the layers "
         "of wool between the first and second list rows ('Gli strati di lana stesi sulla sagoma.') (2 of 20 noise "
         'lines); no article line is lost'),
    'pl-blog-filcowy-kacik-danuty-miska':
        ('the Polish felting workshop post keeps the photo caption of her work station under the first two paragraphs '
         "('Moje stanowisko przed startem: wełna, woda i mnóstwo ręczników.') and the photo caption of the layers of "
         "wool between the first and second list rows ('Warstwy wełny ułożone na szablonie.') (2 of 20 noise lines); "
         'no article line is lost'),
    'ru-blog-voylok-u-agafi-miska':
        ('the Russian felting workshop post keeps the photo caption of her work station under the first two '
         "paragraphs ('Моё рабочее место до начала: шерсть, вода и много полотенец.') and the photo caption of the "
         "layers of wool between the first and second list rows ('Слои шерсти на шаблоне.') (2 of 20 noise lines); no "
         'article line is lost'),
}

test_held_out_221_line, test_held_out_221_line_is_kept, test_held_out_221_page = held_out_tests(
    HELD_OUT_221_LINES, HELD_OUT_221_KEEP, HELD_OUT_221_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
