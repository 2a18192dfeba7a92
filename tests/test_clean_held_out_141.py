"""Held-out set 141: written blind, weighted toward the noise the cleaner exists for, in shapes set 140's docstring does
not name (nor the first paragraphs of sets 137, 138 and 139): scraper, embed and ad markers (an English Flourish
visualisation that could not be displayed "The Flourish visualisation could not be displayed. Try refreshing the page or
open it on public.flourish.studio.", an English Sketchfab 3D model blocked by disabled WebGL "Sketchfab: this 3D model
cannot be viewed because WebGL is disabled in your browser.", an English Strava activity visible only to followers
"Strava activity embed – this activity is only visible to the athlete's followers.", a French Calaméo document that
could not load "Le document Calaméo n'a pas pu être chargé. Consultez la publication sur calameo.com.", a German Podigee
player whose episode cannot load "Podigee-Player: Diese Folge kann derzeit nicht geladen werden. Jetzt auf podigee.io
anhören.", an Italian Google Maps map waiting for third-party cookies "La mappa di Google Maps non può essere
visualizzata finché non accetti i cookie di terze parti.", a Polish CDA.pl video blocked in the reader's country
"Materiał wideo z serwisu CDA.pl jest niedostępny w Twoim kraju." and a Russian Rutube video blocked in the reader's
region "Видео Rutube недоступно для просмотра в вашем регионе."); reading-time headers in new wordings (the English
word-count-and-minutes header "1,240 words · about 5 minutes to read", a blog's long-post alert giving a quarter of an
hour "Long post alert: it'll take you a good quarter of an hour to read, so maybe save it for the weekend.", the French
duration line "Durée de lecture : environ 5 minutes", the German estimated "Geschätzte Lesedauer: 5 Minuten", the
Italian it-reads-in line "Si legge in 5 minuti", the Polish time-of-reading line "Czas lektury: ok. 5 minut" and the
Russian dash-form "Время чтения — около 5 минут"); bylines and self-promotion (an English filed-by byline with a time
"Filed by Ottilie Brackenwhistle at 6.40pm", a French an-article-by byline "Un article de Gaspard Mirepontel,
correspondant local", a German a-report-by byline "Ein Bericht von Hiltrud Wolkenstetter" and a Polish
author-of-the-text byline "Autorka tekstu: Jadwiga Pstrągowiecka", all at the head, and at the foot an English Ko-fi
pattern-sheets plug "Ko-fi supporters get the printable pattern sheets a week before they go up here.", an English
podcast plug "I also talk about all this on my fortnightly podcast, Knots and Bobbins – find it wherever you get your
podcasts.", an Italian Redbubble prints plug "Le stampe in edizione limitata delle mie foto sono in vendita su
Redbubble." and a Russian Boosty support plug "Поддержать блог можно на Boosty — подписчики получают выкройки раньше
всех."); blog and site footers (an English Ghost and Casper credit with a sign-in link "Published with Ghost · Theme:
Casper · Sign in", an English web-studio credit with accessibility and modern-slavery statements "Website by Hembleworth
Web Studio · Accessibility statement · Modern slavery statement", an English IPSO regulation line "This newspaper is
regulated by IPSO. Find out more about our complaints procedure.", a French Dotclear-and-Gandi credit "Propulsé par
Dotclear · Hébergé par Gandi · Flux Atom", a German MStV responsibility line with a Hetzner hosting credit "Inhaltlich
verantwortlich gemäß § 18 Abs. 2 MStV: die Redaktionsleitung · Gehostet bei Hetzner Online", the Italian not-a-newspaper
blog disclaimer "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna
periodicità.", a Polish no-copying line with a nazwa.pl hosting credit "Kopiowanie treści bez zgody wydawcy zabronione ·
Hosting: nazwa.pl" and a Russian Tilda credit with privacy and user-agreement links "Сделано на Tilda · Политика
конфиденциальности · Пользовательское соглашение"); reader-comment furniture (an English sort row "Sort by: Oldest ·
Newest · Most liked", an English load-more link "Load 6 more comments", the English WordPress awaiting-moderation
preview "Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been
approved.", the French WordPress must-be-logged-in note "Vous devez être connecté pour publier un commentaire.", a
German removed-by-the-editors stub "Dieser Kommentar wurde von der Redaktion entfernt.", the Italian WordPress
e-mail-not-published note "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a
Polish show-more-comments link "Pokaż więcej komentarzy (12)" and a Russian sort row "Сортировать: сначала новые ·
сначала старые · популярные"); share rows (an English pass-it-on row with WhatsApp, Messenger, Bluesky and e-mail "Pass
it on: WhatsApp · Messenger · Bluesky · Email a friend", a French send-to-a-friend, Facebook and Pinterest-pin row
"Envoyer à un ami · Partager sur Facebook · Épingler sur Pinterest" and an Italian share-the-article sentence "Condividi
l'articolo su Facebook, WhatsApp o via e-mail"); and notices (a German editors' correction of a priest's first name
"Hinweis der Redaktion: In einer früheren Fassung dieses Artikels stand ein falscher Vorname des Pfarrers." and a Polish
timed update note "Aktualizacja, godz. 14.20: dodaliśmy stanowisko wojewódzkiego konserwatora zabytków.", both in the
body, and a Russian author's-opinion disclaimer "Мнение автора может не совпадать с позицией редакции." at the foot);
and toward whole scraped news and hobby-blog pages in layouts set 140's docstring does not describe (on the six portal
pages one block of four above the title, a skip-to-content link, the masthead, a section menu and a breadcrumb; the
title at the top of its block with three lines after it, the byline, the date-and-time line and the reading time; the
first and second paragraphs in one block with a photo caption and its credit between them; a read-also link at the top
of the quote paragraph's block, right before it, and a share row at its end, right after it; the subheading and the
three rows in one block with a newsletter or Telegram prompt between the first and second rows; the first last paragraph
alone; the second last paragraph in the middle of a block of three, an ad label right before it and a tags or topics
line right after it; at the foot two blocks, five lines (a comment count, a comment, an arrowed reply by a second
reader, a second comment and an arrowed reply to it by the first commenter) and then a copyright line alone; on the six
blog pages the blog name and the menu in one block of two above the title; the title in the middle of a block of three,
the posted-date-and-author line right before it and a category line right after it; the reading time alone; a three-line
table of contents (its heading and two numbered entries) at the top of the first paragraph's block, right before it; the
second paragraph and the paragraph with the quote in one block with a photo caption between them; the subheading and the
three rows in one block with an affiliate-links disclosure between the subheading and the first row; the first last
paragraph alone; a related-post link and a subscribe or follow prompt in one block of two between the last paragraphs;
the second last paragraph at the top of its block with a shop or market plug right after it; a share row and
previous-and-next links in one block of two; at the foot two blocks, four lines (a responses or comments count, a
comment, the author's arrowed reply addressed by name and a second comment left unanswered) and then a platform credit
alone), taken from local news of fresh kinds (a fish pass built beside an old weir, a fenced dog park opening, the
parish church's pipe organ restored, a flood siren test across the valley, a lost-property office closing at the
station, a glass-recycling bank moved after noise complaints) and from blogs about tatting lace, cyanotype printing,
building a closed terrarium, green-wood spoon carving, lampwork glass beads and bird ringing as a volunteer.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 140 but what is named here), held-out set 142 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 140 up to its paragraph "Measured after round 100", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 137, 138 and 139, printed with one ast
script (/tmp/s141scratch/peek.py, reading the tests/ folder of the frozen worktree /tmp/wt-s141; see Slips and notes
(2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s141);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (with /tmp/wt-s141/src and
/tmp/wt-s141/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and ``FIXTURES``, printed
as its dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests
follow set 140's as printed, with 140 -> 141; /tmp/s141scratch/gen141.py writes this file from scratch files
(data141.py, pages141.py, the docstring paragraphs in /tmp/s141scratch/doc and, after the measurement, tables141.py).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s141, detached at commit d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) The brief allows reading these
parts in /work/main/tests; peek.py read them from /tmp/wt-s141/tests instead, a checkout of the same commit, so the text
is the same. Its first run printed to the terminal, whose output the tool cut in the middle (lines 132 to 370: the end
of set 140's Slips and notes, its Judgement calls, Contents and Baseline, its imports and tail and the first paragraphs
of sets 137 and 138 up to set 138's Russian Yandex Music marker); its second run went to /tmp/s141scratch/peek.out, of
which I paged lines 125 to 372 with ``sed``, in two calls (the rest of those allowed parts); nothing outside the allowed
parts was printed. (3) The inspect call imported test_clean, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed; the helpers printed are only the checks this file calls. The machine's python had
the project's dependencies; every run used it. (4) Before the measurement /tmp/s141scratch/check141.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and counted the held-out lines by category, language and place
and the keep lines by language and place; its two runs (before and after the rewording of (5)) found nothing. While
drafting I kept every masthead and blog name out of the set's other lines (the copyright lines name a publishing
company, not the masthead: "© 2026 Tamble Valley Newspapers Ltd. All rights reserved.", "© 2026 Société d'édition du Val
de Crochard – Tous droits réservés", "© 2026 ООО «Медиагруппа Приречье». Все права защищены."; the German blog's follow
prompt says "diesem Blog", not the blog's name), gave the German portal's section menu "Termine" and "Leserbriefe" so
that the ad label "Anzeige" sits inside no other line (a menu entry "Traueranzeigen" would have held it), named the
Polish byline "Autor: Halina Przepiórecka" and its photo credit "Fot. H. P." so that neither holds the other, and gave
the Italian portal the ad label "Sponsorizzato" because the Italian keep line holds "pubblicità". gen141.py counts each
page's article and noise lines and blocks (10, 20 and 9 on every portal, 10, 20 and 12 on every blog) and reports lines
over 120 characters and at-signs in the written file (none); it then imports the written file (which imports test_clean;
nothing is cleaned) to check that its lists and pages equal the scratch data. (5) Before the measurement every page line
was printed with its mark (/tmp/s141scratch/pagesview.txt) and read one by one; the marks were right; one article row of
the Polish portal was reworded for its Polish ("Rzeczy zgubione w pociągach będzie można odebrać w starostwie."). (6)
Invented names were checked with the exact-string search over public GitHub files: Crookhallow, Dunnacombe, Mossinder,
River Tamble, Picots by Lamplight, Montcrochard, Lagrumelle, Parmentade, Cyanoflâneries, Hackelstedt, Amselfinger,
Wendelmoser, Trauchberger, Glasdschungel, Roccabrina, Trifogliani, Campanotti, Il Cucchiaio Storto, Głuchowiec,
Przepiórecka, Walizkowski, Perełki z Palnika, Звонарёвск, Стеклодувова, Звонкобутов, Записки кольцевальщицы, Агния
Свиристелева (a name checked but not used), Brackenwhistle, Mirepontel, Wolkenstetter, Pstrągowiecka, Knots and Bobbins
and Hembleworth had no hits. Dropped: Sallowby (inside identifiers such as disallowById; the English town became
Crookhallow), Moosglas (inside an identifier AtmoosGlassView) and Flaschenwald (a product in a shop's data file; the
terrarium blog became Glasdschungel), Quillfinch (an Android package and a species name), Lattenbury (inside
flattenBuryDepth) and Brindlewick (a fictional town in several repositories; the web studio became Hembleworth),
Papaverini (a drug name) and Gramignoli (a real surname; the Italian reporter became Ornella Trifogliani), Stellardi
(inside identifiers such as StellarDiGraph; the civil-protection officer became Ivano Campanotti), and Бутылкин,
Осколкин, Звякин (real surnames in data files), Стекляшкин (a character of Nosov's books) and Дребезгов (inside the word
антидребезговый; the council officer became Пётр Звонкобутов). Not checked: first names and commenters' handles
(Philippa, Gareth, Mabel, Winifred, Sidonie, Hélène, Capucine, Lison, Jördis, Benedikt, Malte, Ornella, Ivano, Tobia,
Gino, Halina, Zenon, Hania, Варвара, Пётр, Агния, Ottilie, Gaspard, Hiltrud, Jadwiga, TambleAngler, Mill_Row_Jo,
Ken_Bankside, Winifred K, LaceyDaisy, Gribouille_et_moi, Nono_des_Tilleuls, Marcelle_R, Lison_photo,
Bertrand_argentique, Orgelpfeife_77, Kantorei_Hanne, Hackelstedter_Bürger, Farnfreundin, Terra_Tom, Nonno_Gusto,
Lucia_della_Pieve, Barbara_Vallata, Falegname_Gino, Silvia_boschi, Pasażerka_z_Ósemki, Kolejarz_na_emeryturze, Mietek_G,
Szklana_Ola, Koralikowa_Babcia, Садовая_14, Велосипедист_Гена, Ольга_Петровна, Дятел_Вася, Синичка_из_Твери), names
built on checked names (The Crookhallow Standard, the Tamble Rivers Trust, Tamble Valley Newspapers Ltd, L'Écho de
Montcrochard, the Val de Crochard, Hackelstedter Rundschau, Oberhackel, Rundschau Medien GmbH, La Voce di Roccabrina,
Edizioni Val Brina, Gazeta Głuchowiecka, Wydawnictwo Głuchowieckie, Звонарёвский вестник) and ordinary place words (the
quartier des Tilleuls, St. Margareta, the Talstraße, Садовая улица, Медиагруппа Приречье). There are no e-mail addresses
and no at-signs. (7) Real things named, as real pages do: Flourish, Sketchfab, WebGL, Strava, Calaméo, Podigee, Google
Maps, CDA.pl, Rutube, Ko-fi, Redbubble, Boosty, Ghost and its Casper theme, IPSO, Dotclear, Gandi, the German MStV and
Hetzner Online, nazwa.pl, Tilda, WordPress and WordPress.com and their comment-form wordings, WhatsApp, Messenger,
Bluesky, Facebook, X, Pinterest, Wykop, VKontakte, Odnoklassniki, Telegram, Pakamera, Ярмарка Мастеров, Effetre glass
and the Environment Agency. (8) The two measuring commands ran as the brief gave them, in one shell call after ``date``,
their output sent to /tmp/s141scratch/measure.out and report.out and the report and the pytest tail printed (23 failed,
54 passed); the problems were then printed with ``_problems`` in the frozen worktree by /tmp/s141scratch/problems.py
(output problems.out), which imports the copy of this file in /tmp/wt-s141/tests with /tmp/wt-s141/src on the path; it
ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (11, 0 and 12, as
in the measurement). The xfail tables were written in /tmp/s141scratch/tables141.py by mktables.py from my own
descriptions of those lines and pages (the quoted page lines are pulled from pages141.py by their keys), and
verify141.py checked that the failing lines are exactly the keys of ``_LINE_XFAIL``, that the failing pages are exactly
the keys of ``_PAGE_XFAIL``, that every page noise line left is quoted in its page's reason and that each reason gives
its count of noise lines left (no article line was lost on any page). (9) My first clock reading was 2026-12-05 18:49:10
UTC; the measurement ran at 18:54:05 UTC by the machine's clock. (10) With the tables filled, the pytest command ran on
the final file in /tmp/wt-s141: 54 passed, 23 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from the public meeting", "Share prices of the
regional water company", "Followers of the river trust's work", "Subscribers to the community energy scheme", "Copyright
of the Victorian survey maps", "Advertising for the new caretaker post", "Reading the old minutes", "Commentaires et
questions des riverains", "Partagée entre trois communes", "Suivre les travaux", "Teilen müssen sich die beiden
Vereine", "Abonnenten des Bürgerbusses", "Folgen hat der Beschluss", "Commenti e osservazioni dei cittadini", "Seguire
il cantiere", "La pubblicità sui cartelloni", "Komentarze mieszkańców", "Udostępnienie sali gimnastycznej", "Подписчики
местного телеграм-канала" and "Комментарии жителей" are article sentences: each reports what a council, a committee, a
company, a clerk, a trust, a giunta, a gmina, an administration or residents did, decided, paid or promised, with the
noise-like word as an ordinary noun, verb, gerund or participle of the sentence (the English "Copyright of the Victorian
survey maps" is the subject of a sentence about an archive, not a rights line; the Russian line about a Telegram
channel's subscribers reports money raised, not a subscribe prompt). Categories: the Flourish, Sketchfab, Strava,
Calaméo, Podigee, Google Maps, CDA.pl and Rutube lines are markers (embeds that failed, were blocked or are restricted);
the word-count, duration, estimated, it-reads-in, time-of-reading and dash-form headers are reading times, and the
long-post alert is a reading time given as a quarter of an hour; the filed-by, an-article-by, a-report-by and
author-of-the-text lines are bylines at the head, and the Ko-fi, podcast, Redbubble and Boosty lines are bylines
(self-promotion) at the foot; the Ghost, web-studio, IPSO, Dotclear, MStV-and-Hetzner, not-a-newspaper,
no-copying-and-nazwa.pl and Tilda lines are footers (the IPSO line and the Italian disclaimer are the standing legal
lines of a site's foot, not notices about one story, and the web-studio line is a site credit with its statements); the
sort rows, the load-more and show-more links, the awaiting-moderation preview, the must-be-logged-in note, the
e-mail-not-published note and the removed-by-the-editors stub are comment furniture; the English, French and Italian
rows are share rows (the Italian one a sentence, as some themes print it); the German correction and the Polish timed
update are notices in the body (both speak of the story they sit in), and the Russian author's-opinion disclaimer is a
notice at the foot. On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (skip-to-content links,
mastheads, section menus, breadcrumbs, blog names and menus, posted-by lines, category lines, bylines, date lines,
reading times, tables of contents, photo captions and credits, read-also and related-post links, share rows, newsletter,
Telegram, subscribe and follow prompts, affiliate-links disclosures, ad and sponsored labels, tags and topics lines,
shop and market plugs, previous-and-next links, comment counts and headings, comments and replies, copyright lines and
platform credits) is noise. The list rows (the fish pass's next steps, the dog park's rules, how the organ was paid for,
what to do during the siren test, what changes at the station, what changes in the yard, the blogs' materials and tools)
are short, some without a verb, but part of each article, so article; the tables-of-contents headings ("Contents", "Au
programme", "Inhaltsverzeichnis", "Indice dei contenuti", "W tym wpisie:", "Оглавление"), the ad labels
("Advertisement", "Publicité", "Anzeige", "Sponsorizzato", "Reklama", "Реклама") and the German blog's "Werbung: Die
folgenden Links sind Affiliate-Links." are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-crookhallow-fish-pass (a fish pass opens beside the old weir on the River Tamble),
en-blog-picotsbylamplight-snowflake (a first tatted snowflake and the picot gauge that fixed it),
fr-portail-montcrochard-parc-canin (a fenced dog park opens behind the stadium), fr-blog-cyanoflaneries-papier-aquarelle
(first cyanotypes on watercolour paper), de-portal-hackelstedt-orgel (the parish church's organ plays again after three
years of restoration), de-blog-glasdschungel-bonbonglas (a first closed terrarium in a sweet jar),
it-portale-roccabrina-sirene (a flood siren test across the valley on Saturday), it-blog-cucchiaiostorto-betulla (a
first green-wood spoon carved from birch), pl-portal-gluchowiec-rzeczy-znalezione (the lost-property office at the
station closes), pl-blog-perelkizpalnika-koraliki (first lampwork glass beads at the torch), ru-portal-zvonarevsk-steklo
(glass-recycling bins moved from a yard after noise complaints) and ru-blog-zapiskikolcevalshchicy-stanciya (an autumn
as a volunteer at a bird-ringing station), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, measured with ``cd /tmp/wt-s141 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s141/src python -m pytest -q tests/test_clean_held_out_141.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s141 && PYTHONPATH=/tmp/wt-s141/src python
scripts/clean_held_out_report.py --sets 141``, with the xfail tables empty): noise lines removed 34/45 (marker 3/8,
reading-time 6/7, byline 5/8, footer 7/8, comments 8/8, share 3/3, notice 2/3; the 11 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers (the English Sketchfab WebGL placeholder, the English Strava
followers-only placeholder, the German Podigee player placeholder, the Polish CDA.pl geo-block placeholder and the
Russian Rutube geo-block placeholder), one reading time (the English long-post alert of a quarter of an hour), three
bylines (the English filed-by byline at the head, and the English Ko-fi plug and the Italian Redbubble plug at the
foot), one footer (the English IPSO regulation line) and one notice (the German editors' correction in the body)); keep
lines kept 20/20; pages 0/12 clean, 34 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages:
on every portal the photo caption between the first and second paragraphs (1 on the English portal, whose credit went)
and on the French, German, Italian, Polish and Russian portals its credit too (2 each); on the blogs the photo caption
between the second paragraph and the paragraph with the quote on all six, and besides it 3 more on the English tatting
blog (the affiliate-links disclosure, the subscribe prompt and the market plug), 5 more on the French cyanotype blog
(the three-line table of contents, the related-post link and the market-stand plug), 2 more on the German terrarium blog
(the follow prompt and the craft-market plug), 4 more on the Italian spoon blog (the three-line table of contents and
the Christmas-fair plug), 1 more on the Polish lampwork blog (the Pakamera shop plug) and 2 more on the Russian
bird-ringing blog (the related-post link and the Ярмарка Мастеров plug), as ``_PAGE_XFAIL`` describes. No comment thread
line, byline, reading time, share row, ad label, menu or footer of any page was left. The failing cases are strict
xfails.

Measured after round 101 (developed on sets 139 and 140 beside this set's writing from the same base, d7ad36f, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 141` and the
problems of every case before and after; the lead's mend after round 101 changed nothing here): lines 34 -> 34 of 45, 20
of 20 kept, pages clean 0 -> 0 of 12, page noise lines 34 -> 32 of 240, none of 120 article lines lost: the Russian
bird-ringing blog's related-post link and its Ярмарка Мастеров plug went (round 101's shop plug with the blog's page
named in its quotes; the link goes with the subscribe prompt under it in their block, as a newsletter box). Nothing else
carried over: the portals' photo captions and credits by initials or the author ("Photo S. L.", "Foto: J. Amselfinger",
"Fot. H. P.", "Фото автора") between the first two paragraphs, the blogs' tables of contents with "Au programme" and
"Indice dei contenuti" above the first paragraph, the named embeds (Sketchfab, Strava, Podigee, CDA.pl, Rutube) and the
plugs stay. Reason reworded: ru-blog-zapiskikolcevalshchicy-stanciya.

Round 102 (development; this set was read in full from this round on): developed on sets 141 and 142 together. Fixed:
(1) a picture's caption over its credit inside a paragraph's block, the article's prose above and under them
(page_blocks._inside_caption_pairs beside round 93's _caption_pairs, _mark_credited_caption_blocks, and
_mark_credited_caption(inside=True)): the caption a noun phrase or one short sentence (not round 94's phrase and
sentence), the credit a rule's or a credit's shape closing with no word's full stop (_WORD_FULL_STOP; "Foto: Die
Feuerwehr bittet um Mithilfe." stays); (2) tables of contents above the first paragraph: clean._TOC_HEADER takes "Au
programme" and "Au sommaire" (like "Indice", dotted entries only before the body, the line whole), and dotted entries
above the first paragraph may run to eight words (_DOTTED_TOC_ENTRY_MAX_WORDS through _dotted_toc_number and
_toc_entries: "2. La scodella con il coltello a uncino" under "Indice dei contenuti"); (3) widened rules:
whole_line_noise._EMBED_PLATFORM (CDA.pl) and _EMBED_SCREEN_STATE (WebGL disabled, only visible to the athlete's
followers, "kann derzeit nicht geladen/wiedergegeben werden", "n'a pas pu être affiché", not found and may have been
deleted, "недоступно для просмотра в вашем регионе"); the site notice's correction under the editors' label ("Hinweis
der Redaktion:"), the timed update with the French spaced time and the thing added as a noun ("Mise à jour à 17 h 40 :
ajout de ...") and the page completed after its publication ("Dieser Text wurde nach Erscheinen um ... ergänzt.");
clean._READING_SENTENCE (the long-post alert with a quarter of an hour and the advice to keep it for later, _LONG_ONE
letting it run longer; "Zum Lesen brauchen Sie etwa 4 Minuten."); STAMP_BYLINE (a filed-by line with its time) and the
report byline's role (a freelance: "freie Mitarbeiterin"); the IPSO line with "Find out more about our complaints
procedure."; _SHOP_PLATFORM (Redbubble, Big Cartel, Pakamera, Folksy, Society6), the shop plug's "sold as A4 sheets in
my ... shop", the services plug's "в разделе «...»", a new branch of the self-promotion rule for the writer's things for
sale at a craft market, fair or stall (the writer's "my" or first person, no one else's, no verb of saying), the podcast
prompt's pattern for a blog followed so as to miss no post ("Folge diesem Blog, um keinen neuen Beitrag zu verpassen.")
and, in a second commit, the tip jar's supporters getting the writer's things early ("Ko-fi supporters get the printable
pattern sheets a week before they go up here."). Near misses in tests/test_clean.py (test_round_102_*). Other sets'
xfails removed: set 137's English Patreon plug ("Patreon supporters get my monthly tying videos a week early ...", by
the second commit's rule); reasons reworded in sets 122 (fr-blog-facturesetfougeres-freelance, its "Au sommaire" table
goes), 134 (de-blog-glaeserweisesommer-quitten, its Christmas-market plug goes) and 138
(fr-blog-moussedulavoir-lait-de-chevre, its "Au programme" table goes). All sets (scripts/clean_held_out_report.py):
noise lines removed 5567 -> 5589, article lines kept 2687 -> 2687, pages clean 988 -> 994, page noise lines left 1352 ->
1315, paragraphs lost 2 -> 2 (no set's kept lines dropped, no set's lost rose). SemEval (scripts/semeval_noise_diff.py
diff): 0 changed files of 3723. Bench (benchmarks/bench_clean.py --baseline-src of 4ca49af, run on the first commit
while the test set ran on the other core): ratio 1.04 (2.348 s against 2.263 s). Pytest (the cleaning test set): 18839
passed, 1092 xfailed at the first commit; 18842 passed, 1090 xfailed at the second, no XPASS. This set: noise lines 34
-> 45 of 45 (marker 3 -> 8 of 8, reading-time 6 -> 7 of 7, byline 5 -> 8 of 8, footer 7 -> 8 of 8, comments 8 of 8,
share 3 of 3, notice 2 -> 3 of 3), keep 20 of 20, pages clean 0 -> 6 of 12, page noise lines left 32 -> 7 of 240, none
of 120 article lines lost. Lines removed from _LINE_XFAIL: the Sketchfab, Strava, Podigee, CDA.pl and Rutube
placeholders, the long-post alert, the filed-by byline, the Ko-fi and Redbubble plugs, the IPSO line and the German
correction; pages removed: the six portals (their captions and credits go). Reasons reworded:
en-blog-picotsbylamplight-snowflake, fr-blog-cyanoflaneries-papier-aquarelle, de-blog-glasdschungel-bonbonglas,
it-blog-cucchiaiostorto-betulla, pl-blog-perelkizpalnika-koraliki. _LINE_XFAIL is empty. Still missed: the blogs'
uncredited photo captions between the second paragraph and the paragraph with the quote (left by design: no credit, no
prompt, no label) and the English blog's affiliate-links disclosure between the subheading and the first row.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_141_LINES: list[tuple[str, str, str]] = [
    ('body',
     'The Flourish visualisation could not be displayed. Try refreshing the page or open it on public.flourish.studio.',
     'marker'),
    ('body', 'Sketchfab: this 3D model cannot be viewed because WebGL is disabled in your browser.', 'marker'),
    ('body', "Strava activity embed – this activity is only visible to the athlete's followers.", 'marker'),
    ('body', "Le document Calaméo n'a pas pu être chargé. Consultez la publication sur calameo.com.", 'marker'),
    ('body', 'Podigee-Player: Diese Folge kann derzeit nicht geladen werden. Jetzt auf podigee.io anhören.', 'marker'),
    ('body',
     'La mappa di Google Maps non può essere visualizzata finché non accetti i cookie di terze parti.',
     'marker'),
    ('body', 'Materiał wideo z serwisu CDA.pl jest niedostępny w Twoim kraju.', 'marker'),
    ('body', 'Видео Rutube недоступно для просмотра в вашем регионе.', 'marker'),
    ('head', '1,240 words · about 5 minutes to read', 'reading-time'),
    ('head',
     "Long post alert: it'll take you a good quarter of an hour to read, so maybe save it for the weekend.",
     'reading-time'),
    ('head', 'Durée de lecture : environ 5 minutes', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 5 Minuten', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Czas lektury: ok. 5 minut', 'reading-time'),
    ('head', 'Время чтения — около 5 минут', 'reading-time'),
    ('head', 'Filed by Ottilie Brackenwhistle at 6.40pm', 'byline'),
    ('head', 'Un article de Gaspard Mirepontel, correspondant local', 'byline'),
    ('head', 'Ein Bericht von Hiltrud Wolkenstetter', 'byline'),
    ('head', 'Autorka tekstu: Jadwiga Pstrągowiecka', 'byline'),
    ('tail', 'Ko-fi supporters get the printable pattern sheets a week before they go up here.', 'byline'),
    ('tail',
     'I also talk about all this on my fortnightly podcast, Knots and Bobbins – find it wherever you get your '
     'podcasts.',
     'byline'),
    ('tail', 'Le stampe in edizione limitata delle mie foto sono in vendita su Redbubble.', 'byline'),
    ('tail', 'Поддержать блог можно на Boosty — подписчики получают выкройки раньше всех.', 'byline'),
    ('tail', 'Published with Ghost · Theme: Casper · Sign in', 'footer'),
    ('tail', 'Website by Hembleworth Web Studio · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'This newspaper is regulated by IPSO. Find out more about our complaints procedure.', 'footer'),
    ('tail', 'Propulsé par Dotclear · Hébergé par Gandi · Flux Atom', 'footer'),
    ('tail',
     'Inhaltlich verantwortlich gemäß § 18 Abs. 2 MStV: die Redaktionsleitung · Gehostet bei Hetzner Online',
     'footer'),
    ('tail',
     'Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.',
     'footer'),
    ('tail', 'Kopiowanie treści bez zgody wydawcy zabronione · Hosting: nazwa.pl', 'footer'),
    ('tail', 'Сделано на Tilda · Политика конфиденциальности · Пользовательское соглашение', 'footer'),
    ('tail', 'Sort by: Oldest · Newest · Most liked', 'comments'),
    ('tail', 'Load 6 more comments', 'comments'),
    ('tail',
     'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
     'comments'),
    ('tail', 'Vous devez être connecté pour publier un commentaire.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion entfernt.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Pokaż więcej komentarzy (12)', 'comments'),
    ('tail', 'Сортировать: сначала новые · сначала старые · популярные', 'comments'),
    ('tail', 'Pass it on: WhatsApp · Messenger · Bluesky · Email a friend', 'share'),
    ('tail', 'Envoyer à un ami · Partager sur Facebook · Épingler sur Pinterest', 'share'),
    ('tail', "Condividi l'articolo su Facebook, WhatsApp o via e-mail", 'share'),
    ('body',
     'Hinweis der Redaktion: In einer früheren Fassung dieses Artikels stand ein falscher Vorname des Pfarrers.',
     'notice'),
    ('body', 'Aktualizacja, godz. 14.20: dodaliśmy stanowisko wojewódzkiego konserwatora zabytków.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_141_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the public meeting will be collected into a report for the planning committee in March.'),
    ('head', 'Share prices of the regional water company fell after the council announced the inquiry into the leaks.'),
    ('head', "Followers of the river trust's work say the new fish pass could bring salmon back within five years."),
    ('head',
     'Commentaires et questions des riverains seront examinés lors de la prochaine séance du conseil municipal.'),
    ('head', 'Teilen müssen sich die beiden Vereine den Platz nur noch bis zum Frühjahr, sagte der Bürgermeister.'),
    ('head', 'Commenti e osservazioni dei cittadini potranno essere presentati in municipio fino al 30 novembre.'),
    ('head', 'Komentarze mieszkańców zebrane podczas konsultacji trafią do radnych jeszcze w tym miesiącu.'),
    ('body', 'Subscribers to the community energy scheme will receive a small dividend for the first time this year.'),
    ('body', 'Copyright of the Victorian survey maps passed to the county archive when the estate was broken up.'),
    ('body', "Partagée entre trois communes, la facture du nouveau pont sera réglée d'ici l'automne."),
    ('body', 'Abonnenten des Bürgerbusses zahlen ab Januar zwei Euro weniger im Monat.'),
    ('body', 'Подписчики местного телеграм-канала собрали на ремонт органа почти двести тысяч рублей.'),
    ('tail', 'Advertising for the new caretaker post closes on Friday, the parish clerk said.'),
    ('tail', 'Reading the old minutes, councillors found the footpath had never been formally recorded.'),
    ('tail', "Suivre les travaux sera possible depuis une passerelle provisoire installée par l'entreprise."),
    ('tail', 'Folgen hat der Beschluss auch für die Schulbusse, die künftig über die Talstraße fahren.'),
    ('tail', 'Seguire il cantiere sarà possibile grazie a una passerella aperta ogni sabato mattina.'),
    ('tail', 'La pubblicità sui cartelloni lungo la provinciale sarà vietata dal prossimo anno, ha deciso la giunta.'),
    ('tail', 'Udostępnienie sali gimnastycznej klubom sportowym gmina zapowiada na styczeń.'),
    ('tail', 'Комментарии жителей администрация обещала учесть при выборе нового места для контейнеров.'),
]

HELD_OUT_141_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-crookhallow-fish-pass', [
        [
            '-Skip to main content',
            '-The Crookhallow Standard',
            "-News | Sport | What's On | Property | Announcements | Contact",
            '-Home › News › Environment',
        ],
        [
            "+Fish pass opens beside Crookhallow's old weir after two years of work",
            '-By Philippa Dunnacombe, environment reporter',
            '-Thursday 12 November 2026, 8:15am',
            '-4 min read',
        ],
        [
            '+A concrete fish pass built beside the eighteenth-century weir on the River Tamble opened on Wednesday, '
            'giving salmon and sea trout a way upstream for the first time in generations.',
            '-The new pass curls down the bank beside the weir, with resting pools every few metres.',
            '-Picture: Crookhallow Standard',
            '+The weir, which once powered a corn mill, is listed, so the river trust chose to build the pass '
            'alongside it rather than lower or breach the stone sill.',
        ],
        [
            '-Read also: Anglers count record low salmon run on the Tamble',
            '+"We have waited a long time to see fish get past this spot on their own," said Gareth Mossinder of the '
            'Tamble Rivers Trust, which raised most of the £410,000 cost.',
            '-Share: Facebook · X · WhatsApp · Copy link',
        ],
        [
            '+What happens next',
            '+Volunteers will count fish at a camera on the top pool each autumn.',
            "-Get the Standard's morning briefing in your inbox – sign up free",
            '+The footpath on the east bank stays closed until the new railings are fitted.',
            '+An open day with guided walks is planned for the spring.',
        ],
        [
            '+The Environment Agency will check the pass after the first winter floods to see whether the resting '
            'pools fill with gravel.',
        ],
        [
            '-Advertisement',
            '+Mr Mossinder said the trust now hopes to remove a smaller weir further up the valley within five years.',
            '-Topics: River Tamble · Wildlife · Crookhallow',
        ],
        [
            '-4 comments',
            '-TambleAngler: Fished below that weir for forty years and never saw a salmon above it. Good news at last.',
            "-↳ Mill_Row_Jo: Let's hope the cormorants don't find the resting pools first.",
            '-Ken_Bankside: How much of the cost came from the council, does anyone know?',
            "-↳ TambleAngler: Very little, as I understand it – mostly lottery money and the trust's own appeal.",
        ],
        [
            '-© 2026 Tamble Valley Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-picotsbylamplight-snowflake', [
        [
            '-Picots by Lamplight',
            '-Home · Patterns · Tutorials · About · Contact',
        ],
        [
            '-Posted on 3 November 2026 by Mabel',
            '+My first tatted snowflake, and the picot I kept getting wrong',
            '-Filed under: Shuttle tatting, Snowflakes',
        ],
        [
            '-About 6 minutes to read',
        ],
        [
            '-Contents',
            '-1. Winding the shuttle',
            '-2. Fixing a short picot',
            '+I have been tatting edgings for a year now, but a snowflake was the first pattern that made me join '
            'rings and chains in a circle.',
        ],
        [
            '+The trouble started in the second round, where every picot has to be long enough to join the next ring '
            'into it.',
            '-Round two, with the uneven picots you can see on the left.',
            '+My aunt, who taught me, looked at it and said: "Use a picot gauge and stop trusting your thumb."',
        ],
        [
            '+What I used',
            '-Some links below are affiliate links, which means I earn a few pence if you buy through them.',
            '+A size 20 cotton thread in white',
            '+Two plastic shuttles with a pick at one end',
            '+A strip of card cut 6 mm wide as a picot gauge',
        ],
        [
            '+With the gauge the third round went smoothly, and the snowflake lies flat without blocking.',
        ],
        [
            '-You might also like: Tatting a simple edging for a handkerchief',
            '-Never miss a post – enter your details to get new patterns by email.',
        ],
        [
            '+Next I want to try a second snowflake in a finer thread and stiffen both for the tree.',
            '-Hand-wound shuttles and my pattern booklets are for sale at the craft market on the last Saturday of '
            'the month.',
        ],
        [
            '-Share this: Pinterest · Facebook · Email',
            '-« Previous post: Choosing a first shuttle | Next post: Blocking lace with starch »',
        ],
        [
            '-3 responses',
            '-Winifred K: My picots were all over the place too until someone showed me the card trick. Lovely '
            'snowflake!',
            '-↳ Mabel: Thank you, Winifred – the card has changed everything.',
            "-LaceyDaisy: Which pattern book is this from? I'd love to try it.",
        ],
        [
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-montcrochard-parc-canin', [
        [
            '-Aller au contenu principal',
            "-L'Écho de Montcrochard",
            '-Actualités · Sports · Agenda · Annonces légales · Nécrologie',
            '-Accueil > Montcrochard > Vie locale',
        ],
        [
            '+Un parc canin clôturé ouvre ses portes derrière le stade de Montcrochard',
            '-Par Sidonie Lagrumelle',
            '-Publié le 14 novembre 2026 à 9h05',
            '-Lecture 3 min',
        ],
        [
            "+Les propriétaires de chiens de Montcrochard disposent depuis samedi d'un terrain de 2 000 mètres "
            'carrés entièrement clôturé, aménagé sur une ancienne friche derrière le stade.',
            "-Les premiers chiens ont investi le parc dès l'ouverture, samedi matin.",
            '-Photo S. L.',
            "+Le parc compte deux espaces séparés, l'un pour les petits chiens et l'autre pour les grands, ainsi "
            "qu'un point d'eau et des distributeurs de sacs.",
        ],
        [
            '-À lire aussi : Les déjections canines, casse-tête du centre-ville',
            '+« Nous avions reçu plus de deux cents demandes en trois ans », explique Hélène Parmentade, adjointe '
            'chargée du cadre de vie.',
            '-Partager : Facebook · X · WhatsApp · Courriel',
        ],
        [
            '+Les règles du parc',
            '+Le parc est ouvert de 8 heures à 20 heures, tous les jours.',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
            '+Les chiens doivent être à jour de leurs vaccins.',
            '+Les enfants de moins de douze ans doivent être accompagnés.',
        ],
        [
            "+La commune a financé l'essentiel des 38 000 euros de travaux, avec une aide du département.",
        ],
        [
            '-Publicité',
            "+Un second parc pourrait voir le jour l'an prochain dans le quartier des Tilleuls si le premier "
            'fonctionne bien.',
            '-Mots-clés : Montcrochard · Animaux · Cadre de vie',
        ],
        [
            '-4 commentaires',
            "-Gribouille_et_moi : Enfin ! Mon beagle n'en pouvait plus de la laisse.",
            '-↳ Nono_des_Tilleuls : Et pour nous, aux Tilleuls, ce sera quand ?',
            "-Marcelle_R : Dommage qu'il n'y ait pas d'ombre l'été, il faudrait planter des arbres.",
            '-↳ Gribouille_et_moi : La mairie a dit que des arbres étaient prévus cet hiver.',
        ],
        [
            "-© 2026 Société d'édition du Val de Crochard – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-cyanoflaneries-papier-aquarelle', [
        [
            '-Cyanoflâneries',
            '-Accueil · Tirages · Tutoriels · À propos',
        ],
        [
            '-Publié le 2 novembre 2026 par Capucine',
            '+Mes premiers cyanotypes sur papier aquarelle',
            '-Catégorie : Tirages au soleil',
        ],
        [
            '-Temps de lecture : 5 minutes',
        ],
        [
            '-Au programme',
            "-1. Préparer l'émulsion",
            "-2. L'exposition au soleil",
            '+Cela faisait des mois que je voulais essayer le cyanotype, ce vieux procédé qui donne des tirages bleu '
            'de Prusse avec la seule lumière du soleil.',
        ],
        [
            "+J'ai enduit six feuilles de papier aquarelle le soir, dans la salle de bains volets fermés, et je les "
            'ai laissées sécher dans un carton.',
            "-Mes six feuilles enduites, encore vert pâle avant l'exposition.",
            "+Le vendeur du magasin de photo m'avait prévenue : « Au soleil de novembre, comptez plutôt vingt "
            'minutes que cinq. »',
        ],
        [
            '+Le matériel',
            '-Cet article contient des liens affiliés : si vous achetez par leur intermédiaire, je touche une petite '
            'commission.',
            "+Un kit de citrate d'ammonium ferrique et de ferricyanure de potassium",
            '+Du papier aquarelle 300 g',
            '+Une plaque de verre et deux pinces',
        ],
        [
            "+Les fougères du jardin ont donné les plus beaux tirages, après un rinçage à l'eau froide et une nuit "
            'de séchage.',
        ],
        [
            '-Dans la même veine : Virer ses cyanotypes au thé noir',
            '-Abonnez-vous pour recevoir les nouveaux articles par courriel.',
        ],
        [
            "+La prochaine fois, j'essaierai un négatif imprimé sur transparent pour tirer un portrait.",
            '-Mes tirages originaux sont en vente sur mon stand au marché des créateurs, le premier dimanche du mois.',
        ],
        [
            '-Partager : Pinterest · Facebook · Courriel',
            '-← Article précédent : Fabriquer un châssis-presse | Article suivant : Le cyanotype sur tissu →',
        ],
        [
            '-3 réponses',
            '-Lison_photo : Superbes fougères ! Tu as rincé combien de temps ?',
            "-↳ Capucine : Merci Lison ! Environ cinq minutes, jusqu'à ce que l'eau soit claire.",
            "-Bertrand_argentique : Essaie l'eau oxygénée à la fin, le bleu fonce tout de suite.",
        ],
        [
            '-Fièrement propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-hackelstedt-orgel', [
        [
            '-Zum Inhalt springen',
            '-Hackelstedter Rundschau',
            '-Lokales | Sport | Kultur | Termine | Leserbriefe',
            '-Startseite › Lokales › Hackelstedt',
        ],
        [
            '+Nach drei Jahren erklingt die Orgel der Hackelstedter Pfarrkirche wieder',
            '-Von Jördis Amselfinger',
            '-15.11.2026, 07:30 Uhr',
            '-Lesezeit: 4 Minuten',
        ],
        [
            '+Die Orgel der Pfarrkirche St. Margareta ist nach drei Jahren Restaurierung zurück: Am Sonntag spielte '
            'sie zum ersten Mal wieder im Gottesdienst.',
            '-Orgelbauer prüfen die letzten Pfeifen im Prospekt.',
            '-Foto: J. Amselfinger',
            '+Die Werkstatt Orgelbau Wendelmoser hatte alle 1.412 Pfeifen ausgebaut, gereinigt und den vom Holzwurm '
            'befallenen Windkasten ersetzt.',
        ],
        [
            '-Lesen Sie auch: Glockenweihe in Oberhackel lockt Hunderte',
            '+„Sie klingt jetzt wieder so, wie sie 1887 geklungen haben muss“, sagte Pfarrer Benedikt Trauchberger '
            'nach dem Gottesdienst.',
            '-Teilen: Facebook · WhatsApp · E-Mail · Link kopieren',
        ],
        [
            '+So wurde die Restaurierung bezahlt',
            '+Die Kirchengemeinde trug rund die Hälfte der Kosten von 380.000 Euro.',
            '-Der Rundschau-Newsletter: jeden Morgen das Wichtigste aus der Region',
            '+Das Bistum gab einen Zuschuss von 120.000 Euro.',
            '+Der Rest kam aus Spenden und einer Pfeifenpatenschaft.',
        ],
        [
            '+Für 50 Euro konnten Gemeindemitglieder eine Pfeife übernehmen; mehr als 900 Patenschaften wurden '
            'vergeben.',
        ],
        [
            '-Anzeige',
            '+Ein Festkonzert mit dem Domorganisten ist für den ersten Adventssonntag geplant.',
            '-Themen: Hackelstedt · Kirche · Musik',
        ],
        [
            '-4 Kommentare',
            '-Orgelpfeife_77: Ich war am Sonntag da, es war ein Gänsehautmoment.',
            '-↳ Kantorei_Hanne: Wir proben schon für das Adventskonzert!',
            '-Hackelstedter_Bürger: Wann kann man die Orgel einmal besichtigen?',
            '-↳ Orgelpfeife_77: Nach dem Festkonzert soll es eine Führung auf die Empore geben.',
        ],
        [
            '-© 2026 Rundschau Medien GmbH & Co. KG',
        ],
    ]),
    _page('de', 'de-blog-glasdschungel-bonbonglas', [
        [
            '-Glasdschungel',
            '-Start · Projekte · Pflanzenliste · Über mich',
        ],
        [
            '-Veröffentlicht am 1. November 2026 von Malte',
            '+Mein erstes geschlossenes Terrarium im Bonbonglas',
            '-Kategorie: Flaschengärten',
        ],
        [
            '-Lesezeit: 5 Minuten',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Die Drainageschicht',
            '-2. Bepflanzen mit der Pinzette',
            '+Ein geschlossenes Terrarium ist ein kleiner Kreislauf: Die Pflanzen verdunsten Wasser, es kondensiert '
            'am Glas und läuft wieder in die Erde.',
        ],
        [
            '+Als Gefäß habe ich ein altes Bonbonglas vom Flohmarkt genommen, das einen gut schließenden Korkdeckel '
            'hat.',
            '-Das Glas am dritten Tag, mit Kondenswasser am Deckel.',
            '+Im Gartencenter meinte die Verkäuferin: „Gießen Sie nur, wenn das Glas morgens gar nicht mehr '
            'beschlägt.“',
        ],
        [
            '+Was hineinkam',
            '-Werbung: Die folgenden Links sind Affiliate-Links.',
            '+Blähton als Drainage und eine dünne Schicht Aktivkohle',
            '+Ein Polster Moos aus dem eigenen Garten',
            '+Eine kleine Fittonie und ein Farn',
        ],
        [
            '+Nach zwei Wochen hat sich das Klima eingependelt: Morgens ist das Glas beschlagen, mittags wird es '
            'wieder klar.',
        ],
        [
            '-Das könnte dich auch interessieren: Springschwänze gegen Schimmel',
            '-Folge diesem Blog, um keinen neuen Beitrag zu verpassen.',
        ],
        [
            '+Als Nächstes will ich eine große Weinballonflasche bepflanzen, dafür brauche ich aber längeres Werkzeug.',
            '-Fertig bepflanzte Gläser verkaufe ich auf dem Kunsthandwerkermarkt im Dezember.',
        ],
        [
            '-Teile diesen Beitrag: Pinterest · Facebook · WhatsApp',
            '-← Vorheriger Beitrag: Moos sammeln, aber richtig | Nächster Beitrag: Pflanzenlampen im Test →',
        ],
        [
            '-3 Antworten',
            '-Farnfreundin: Wie oft hast du am Anfang gelüftet?',
            '-↳ Malte: In der ersten Woche jeden Tag eine Stunde, danach gar nicht mehr.',
            '-Terra_Tom: Bei mir hat sich Schimmel gebildet – Springschwänze haben geholfen.',
        ],
        [
            '-Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-roccabrina-sirene', [
        [
            '-Vai al contenuto',
            '-La Voce di Roccabrina',
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
            '-Home > Cronaca > Roccabrina',
        ],
        [
            '+Sabato la prova delle sirene antialluvione in tutta la valle',
            '-di Ornella Trifogliani',
            '-13 novembre 2026, ore 18:40',
            '-Lettura: 3 minuti',
        ],
        [
            '+Sabato alle 11 le sette nuove sirene antialluvione installate lungo il torrente suoneranno per la '
            'prima volta, da Roccabrina fino alla confluenza.',
            '-Una delle sirene montate sul tetto della scuola elementare.',
            '-Foto Trifogliani',
            '+La prova durerà tre minuti e servirà a verificare che il segnale si senta anche nelle frazioni più '
            'lontane.',
        ],
        [
            '-Leggi anche: Alluvione del 2019, i lavori sugli argini sono finiti',
            "+«Non c'è nessun pericolo, è solo un test, ma vogliamo che tutti riconoscano il suono», ha detto Ivano "
            'Campanotti della protezione civile.',
            '-Condividi su Facebook · X · WhatsApp',
        ],
        [
            '+Cosa fare durante la prova',
            '+Non chiamare il numero di emergenza.',
            '-Iscriviti alla newsletter della Voce: le notizie della valle ogni mattina',
            '+Segnalare al comune se la sirena non si sente bene.',
            '+Avvisare i vicini anziani che la prova è programmata.',
        ],
        [
            "+Il sistema è costato 240.000 euro, finanziati in gran parte dalla Regione dopo l'alluvione di cinque "
            'anni fa.',
        ],
        [
            '-Sponsorizzato',
            '+In caso di vera emergenza la sirena suonerà con un suono continuo di dieci minuti, seguito da messaggi '
            'dagli altoparlanti.',
            '-Argomenti: Roccabrina · Protezione civile · Maltempo',
        ],
        [
            '-4 commenti',
            '-Nonno_Gusto: Finalmente, nel 2019 nessuno ci aveva avvisato.',
            '-↳ Lucia_della_Pieve: Speriamo si senta anche su in frazione.',
            '-Barbara_Vallata: A che ora finisce esattamente la prova?',
            "-↳ Nonno_Gusto: Alle 11 e 3 minuti, c'è scritto nell'articolo.",
        ],
        [
            '-© 2026 Edizioni Val Brina srl – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-cucchiaiostorto-betulla', [
        [
            '-Il Cucchiaio Storto',
            '-Home · Lavori · Attrezzi · Chi sono',
        ],
        [
            '-Pubblicato il 4 novembre 2026 da Tobia',
            '+Il mio primo cucchiaio da legno verde di betulla',
            '-Categoria: Intaglio',
        ],
        [
            '-Tempo di lettura: 6 minuti',
        ],
        [
            '-Indice dei contenuti',
            '-1. Spaccare il ramo',
            '-2. La scodella con il coltello a uncino',
            '+Intagliare il legno verde è diverso da tutto ciò che avevo fatto prima: il ramo appena tagliato si '
            'lavora quasi come il burro.',
        ],
        [
            "+Un vicino mi ha regalato un ramo di betulla caduto con il vento, e l'ho spaccato a metà con l'ascia "
            'sul ceppo.',
            "-Il ramo spaccato e il primo sbozzo con l'ascia.",
            '+Al corso del mese scorso il maestro ci ripeteva: «Taglia sempre lungo la fibra, mai contro.»',
        ],
        [
            '+Gli attrezzi',
            '-Alcuni link qui sotto sono link di affiliazione: se acquisti, ricevo una piccola commissione.',
            "+Un'accetta leggera",
            '+Un coltello da intaglio dritto',
            '+Un coltello a uncino per la scodella',
        ],
        [
            '+Il cucchiaio ha asciugato per una settimana in un sacchetto di carta, così non si è crepato.',
        ],
        [
            '-Potrebbe interessarti anche: Affilare il coltello a uncino',
            '-Iscriviti per ricevere i nuovi articoli via email.',
        ],
        [
            "+Ora lo uso ogni mattina per il caffè d'orzo e ho già un ramo di ciliegio pronto per il prossimo.",
            "-I miei cucchiai sono in vendita alla fiera dell'artigianato di Natale, in piazza.",
        ],
        [
            '-Condividi: Pinterest · Facebook · WhatsApp',
            '-← Articolo precedente: Scegliere il legno giusto | Articolo successivo: Finitura con olio di lino →',
        ],
        [
            '-3 risposte',
            '-Falegname_Gino: Bellissimo! Che olio hai usato per la finitura?',
            '-↳ Tobia: Grazie Gino! Olio di lino crudo, due mani.',
            '-Silvia_boschi: Anche io ho iniziato con la betulla, è perfetta.',
        ],
        [
            '-Orgogliosamente powered by WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-gluchowiec-rzeczy-znalezione', [
        [
            '-Przejdź do treści',
            '-Gazeta Głuchowiecka',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Kontakt',
            '-Strona główna › Wiadomości › Głuchowiec',
        ],
        [
            '+Biuro rzeczy znalezionych na dworcu w Głuchowcu zostanie zamknięte',
            '-Autor: Halina Przepiórecka',
            '-12.11.2026, 10:20',
            '-Czas czytania: 3 min',
        ],
        [
            '+Po ponad pięćdziesięciu latach kolej zamyka biuro rzeczy znalezionych na dworcu w Głuchowcu; ostatni '
            'dzień pracy to 31 grudnia.',
            '-Okienko biura rzeczy znalezionych w hali dworca.',
            '-Fot. H. P.',
            '+Zgubione rzeczy będą odtąd przechowywane w starostwie powiatowym, a dokumenty trafią od razu na policję.',
        ],
        [
            '-Czytaj także: Remont peronów potrwa do wiosny',
            '+„Rocznie trafia do nas ponad tysiąc parasoli, ale zgłasza się po nie może kilkanaście osób” – mówi '
            'kierownik biura Zenon Walizkowski.',
            '-Udostępnij: Facebook · X · Wykop',
        ],
        [
            '+Co się zmieni',
            '+Rzeczy zgubione w pociągach będzie można odebrać w starostwie.',
            '-Zapisz się na newsletter Gazety i codziennie rano otrzymuj najważniejsze wiadomości',
            '+Starostwo będzie przechowywać je przez dwa lata.',
            '+Listę znalezionych przedmiotów opublikuje na swojej stronie.',
        ],
        [
            '+W magazynie biura leży obecnie ponad trzysta parasoli, kilkanaście rowerów i jedna wiolonczela.',
        ],
        [
            '-Reklama',
            '+Przedmioty, których nikt nie odbierze do końca roku, zostaną przekazane na licytację charytatywną.',
            '-Tagi: Głuchowiec · Kolej · Dworzec',
        ],
        [
            '-4 komentarze',
            '-Pasażerka_z_Ósemki: Szkoda, w zeszłym roku odzyskałam tam portfel.',
            '-↳ Kolejarz_na_emeryturze: Tę wiolonczelę pamiętam, leży tam od lat.',
            '-Mietek_G: A gdzie teraz zgłaszać rzeczy zgubione na dworcu?',
            '-↳ Pasażerka_z_Ósemki: Do kasy, a oni przekażą do starostwa.',
        ],
        [
            '-© 2026 Wydawnictwo Głuchowieckie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-perelkizpalnika-koraliki', [
        [
            '-Perełki z Palnika',
            '-Start · Galeria · Poradniki · O mnie',
        ],
        [
            '-Opublikowano 5 listopada 2026 przez Hanię',
            '+Moje pierwsze koraliki nawijane przy palniku',
            '-Kategoria: Lampwork',
        ],
        [
            '-Czas czytania: 4 min',
        ],
        [
            '-W tym wpisie:',
            '-1. Bezpieczeństwo przy palniku',
            '-2. Wyżarzanie koralików',
            '+Od lat kupowałam szklane koraliki do biżuterii, aż w końcu postanowiłam spróbować zrobić je sama przy '
            'palniku.',
        ],
        [
            '+Pierwsze próby wyglądały raczej jak krople niż kulki, bo szkło spływało z pręta, zanim zdążyłam je '
            'nawinąć.',
            '-Pierwsza partia koralików na trzpieniach, jeszcze przed wyżarzaniem.',
            '+Instruktorka z warsztatów powtarzała mi: „Obracaj trzpień cały czas, nawet kiedy myślisz, że już '
            'skończyłaś”.',
        ],
        [
            '+Czego używam',
            '-Wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
            '+Palnik na gaz i tlen z koncentratora',
            '+Pręty szkła Effetre w kilku kolorach',
            '+Trzpienie pokryte separatorem',
        ],
        [
            '+Najważniejsze okazało się wyżarzanie: koraliki wkładane od razu do pieca nie pękają po kilku dniach.',
        ],
        [
            '-Zobacz też: Jak wybrać pierwszy palnik',
            '-Zapisz się, a nowe wpisy dostaniesz prosto na skrzynkę.',
        ],
        [
            '+W przyszłym miesiącu chcę spróbować koralików z kropkami i pierwszego wisiorka.',
            '-Gotowe koraliki i kolczyki sprzedaję w swoim sklepie na Pakamera – link w menu.',
        ],
        [
            '-Udostępnij wpis: Facebook · Pinterest · Messenger',
            '-← Poprzedni wpis: Jak urządziłam pracownię | Następny wpis: Koraliki z folią srebrną →',
        ],
        [
            '-3 odpowiedzi',
            '-Szklana_Ola: Piękne kolory! Jaki masz piec do wyżarzania?',
            '-↳ Hania: Dziękuję! Mały piec ceramiczny kupiony z drugiej ręki.',
            '-Koralikowa_Babcia: Ja też zaczynałam od kropli, to normalne.',
        ],
        [
            '-Dumnie wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-zvonarevsk-steklo', [
        [
            '-Перейти к содержанию',
            '-Звонарёвский вестник',
            '-Новости · Общество · Спорт · Афиша · Объявления',
            '-Главная › Новости › Город',
        ],
        [
            '+Контейнеры для стекла на Садовой перенесут после жалоб на шум',
            '-Автор: Варвара Стеклодувова',
            '-12 ноября 2026, 16:45',
            '-Время чтения: 3 минуты',
        ],
        [
            '+Контейнеры для сбора стекла, стоявшие во дворе дома 14 на Садовой улице, перенесут к торговому центру '
            'на въезде в город.',
            '-Контейнеры для стекла во дворе на Садовой улице.',
            '-Фото автора',
            '+Жильцы почти год жаловались, что машина вывозит стекло в шесть утра и звон бутылок будит весь двор.',
        ],
        [
            '-Читайте также: В городе появятся пункты приёма батареек',
            '+«Новое место выбрали так, чтобы рядом не было жилых домов», — пояснил Пётр Звонкобутов из отдела '
            'благоустройства администрации.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Что изменится',
            '+Контейнеры перенесут до конца ноября.',
            '-Подпишитесь на наш канал в Telegram, чтобы не пропускать новости города',
            '+Вывозить стекло будут не раньше девяти утра.',
            '+Во дворе на Садовой останутся контейнеры для пластика и бумаги.',
        ],
        [
            '+По данным администрации, в прошлом году жители города сдали на переработку около сорока тонн стекла.',
        ],
        [
            '-Реклама',
            '+Если новое место окажется неудобным, администрация обещает вернуться к вопросу весной.',
            '-Теги: Звонарёвск · Экология · ЖКХ',
        ],
        [
            '-4 комментария',
            '-Садовая_14: Наконец-то! Год не высыпались.',
            '-↳ Велосипедист_Гена: А нам теперь к торговому центру ездить с бутылками?',
            '-Ольга_Петровна: Правильно, утром звон на весь квартал.',
            '-↳ Садовая_14: Гена, там же парковка рядом, удобно.',
        ],
        [
            '-© 2026 ООО «Медиагруппа Приречье». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-zapiskikolcevalshchicy-stanciya', [
        [
            '-Записки кольцевальщицы',
            '-Главная · Полевые сезоны · Виды · Обо мне',
        ],
        [
            '-Опубликовано 6 ноября 2026 автором Агния',
            '+Осень на станции кольцевания: как я стала волонтёром',
            '-Рубрика: Полевой сезон',
        ],
        [
            '-Время на прочтение: 6 минут',
        ],
        [
            '-Оглавление',
            '-1. Как попасть на станцию',
            '-2. Первая птица в руках',
            '+В сентябре я впервые провела две недели волонтёром на орнитологической станции у озера, где осенью '
            'ловят и кольцуют пролётных птиц.',
        ],
        [
            '+Птицы попадают в тонкие паутинные сети, и каждые полчаса мы обходим их, аккуратно вынимая пеночек и '
            'синиц в мешочки.',
            '-Зарянка с новым кольцом перед выпуском.',
            '+Руководитель станции в первый же день сказал: «Птица важнее записи, если сомневаешься — сразу отпускай».',
        ],
        [
            '+Что нужно волонтёру',
            '-В статье есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.',
            '+Непромокаемые сапоги и тёплая куртка',
            '+Блокнот и карандаш для записей',
            '+Готовность вставать до рассвета',
        ],
        [
            '+За две недели станция окольцевала больше трёх тысяч птиц, и около сотни из них я держала в руках сама.',
        ],
        [
            '-Похожая запись: Как отличить теньковку от веснички',
            '-Подпишитесь на блог, чтобы получать новые записи на почту.',
        ],
        [
            '+На весенний сезон я уже записалась и надеюсь научиться определять возраст птиц по оперению.',
            '-Мои акварели с птицами можно купить на Ярмарке Мастеров — ссылка на странице «Магазин».',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-← Предыдущая запись: Бинокль для начинающих | Следующая запись: Зимние кормушки →',
        ],
        [
            '-3 комментария',
            '-Дятел_Вася: А как попасть на такую станцию? Нужен опыт?',
            '-↳ Агния: Опыт не нужен, всему учат на месте. Пишите руководителю станции.',
            '-Синичка_из_Твери: Зарянка чудесная! Сколько весит такая птичка?',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-picotsbylamplight-snowflake':
        "the tatting blog's snowflake post keeps its photo caption ('Round two, with the uneven picots you "
        "can see on the left.') between the second paragraph and the paragraph with the quote and its "
        "affiliate-links disclosure ('Some links below are affiliate links, which means I earn a few pence if "
        "you buy through them.') between the subheading and the first row (2 of 20 noise lines); no article "
        'line is lost',
    'fr-blog-cyanoflaneries-papier-aquarelle':
        "the cyanotype blog's watercolour-paper post keeps its photo caption ('Mes six feuilles enduites, "
        "encore vert pâle avant l'exposition.') between the second paragraph and the paragraph with the quote "
        '(1 of 20 noise lines); no article line is lost',
    'de-blog-glasdschungel-bonbonglas':
        "the terrarium blog's sweet-jar post keeps its photo caption ('Das Glas am dritten Tag, mit "
        "Kondenswasser am Deckel.') between the second paragraph and the paragraph with the quote (1 of 20 "
        'noise lines); no article line is lost',
    'it-blog-cucchiaiostorto-betulla':
        "the spoon-carving blog's birch-spoon post keeps its photo caption ('Il ramo spaccato e il primo "
        "sbozzo con l'ascia.') between the second paragraph and the paragraph with the quote (1 of 20 noise "
        'lines); no article line is lost',
    'pl-blog-perelkizpalnika-koraliki':
        "the lampwork blog's first-beads post keeps its photo caption ('Pierwsza partia koralików na "
        "trzpieniach, jeszcze przed wyżarzaniem.') between the second paragraph and the paragraph with the "
        'quote (1 of 20 noise lines); no article line is lost',
    'ru-blog-zapiskikolcevalshchicy-stanciya':
        "the bird-ringing blog's station post keeps its photo caption ('Зарянка с новым кольцом перед выпуском.') "
        "between the second paragraph and the paragraph with the quote (1 of 20 noise lines); no article line is "
        "lost",
}


test_held_out_141_line, test_held_out_141_line_is_kept, test_held_out_141_page = held_out_tests(
    HELD_OUT_141_LINES, HELD_OUT_141_KEEP, HELD_OUT_141_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
