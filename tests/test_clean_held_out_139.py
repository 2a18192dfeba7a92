"""Held-out set 139: written blind, weighted toward the noise the cleaner exists for, in shapes set 138's docstring does
not name (nor the first paragraphs of sets 135, 136 and 137): scraper, embed and ad markers (an English Bandcamp player
whose album can no longer be streamed on the site "Bandcamp player: this album is no longer available to stream on this
site.", an English private Vimeo video "This Vimeo video is private. If you have permission to watch it, log in to Vimeo
first.", an English Instagram post deleted or made private "Instagram post unavailable – it may have been deleted, or
the account has been made private.", a French Arte.tv video that cannot be played on the site "La vidéo Arte.tv ne peut
pas être lue sur ce site : regardez-la directement sur arte.tv.", a German ARD Mediathek placeholder asking for external
media to be switched on "Inhalt der ARD Mediathek kann nicht angezeigt werden. Bitte aktivieren Sie externe Medien in
den Datenschutzeinstellungen.", an Italian Spreaker podcast that did not load "Il podcast di Spreaker non è stato
caricato. Ascolta la puntata su spreaker.com.", a Polish Vimeo video whose author switched off embedding "Wideo z
serwisu Vimeo jest niedostępne: autor wyłączył możliwość osadzania na innych stronach." and a Russian VKontakte video
restricted by its author "Видео ВКонтакте недоступно: автор ограничил доступ к этой записи."); reading-time headers in
new wordings (the English time-to-read header "Time to read: 7 mins" and a quilting blog's long-read warning "Long read
ahead: roughly twenty-five minutes if you stop to study every block diagram.", the French estimated-reading-time line
"Temps de lecture estimé : 7 min", the German "Lesezeit: rund 7 Minuten", the Italian "Tempo di lettura stimato: 7
minuti", the Polish "Szacowany czas czytania: 7 minut" and the Russian read-for line "Читать 7 минут"); bylines and
self-promotion (an English reporting-and-editing byline "Reporting by Barnaby Hollinsgrave; editing by Nia Stroudwick",
a French our-correspondent byline "Par notre correspondante, Maëlys Tronchebec", a German by-our-staff-member byline
"Von unserem Redaktionsmitglied Gerwin Schalbrecht" and a Polish compiled-by byline "Opracowanie: Wiesława
Gąsiorkiewicz", all at the head, and at the foot an English longarm-quilting-service plug "I run a longarm quilting
service from my spare room – rates and turnaround times are on the Services page.", an English Buy Me a Coffee plug
"Found this useful? You can support the blog through Buy Me a Coffee – every cup pays for pattern paper.", an Italian
Amazon cookbook plug "Il mio libro di ricette di montagna è disponibile su Amazon, in formato cartaceo e Kindle." and a
Russian Wildberries embroidery-kit plug "Мои наборы для вышивки продаются на Wildberries — ищите по названию блога.");
blog and site footers (the English Blogger credit with its theme-images line "Powered by Blogger · Theme images by
Michael Elkan", an English Hugo, Netlify and Plausible credit "Built with Hugo · Deployed on Netlify · Privacy-friendly
analytics by Plausible", an English company-registration line "Registered in England and Wales. Company number 00000000.
Registered office: 4 Chapel Yard, Corvendale.", a French Jimdo credit with legal and cookie links "Site réalisé avec
Jimdo · Mentions légales · Gérer les cookies", a German WordPress and all-inkl.com credit "Erstellt mit WordPress ·
Hosting: all-inkl.com · Impressum · Datenschutz", an Italian VAT-number and press-register row "P.IVA 00000000000 ·
Iscrizione al Registro Stampa · Privacy e cookie policy · Credits", a Polish WebWave credit "Strona stworzona w
kreatorze WebWave · Polityka prywatności" and a Russian WordPress-and-Beget credit "Работает на WordPress · Хостинг
Beget · Политика обработки персональных данных"); reader-comment furniture (an English commenting-closed note
"Commenting is now closed on this story. Thank you to everyone who took part.", the English Drupal log-in-or-register
link "Log in or register to post comments", an English hidden-for-downvotes note "This comment has been hidden because
it received too many downvotes. Show anyway", a French log-in-to-react prompt "Connectez-vous pour réagir à cet
article", a German log-in prompt "Zum Kommentieren bitte anmelden oder registrieren.", an Italian log-in-and-rules row
"Accedi per lasciare un commento · Regolamento dei commenti", a Polish comment-as-a-guest prompt "Dodaj komentarz jako
gość lub zaloguj się" and a Russian log-in-through-VKontakte-or-Telegram prompt "Чтобы оставить комментарий, войдите
через ВКонтакте или Telegram"); share rows (an English Flipboard, Pocket and email row "Share on Flipboard · Save to
Pocket · Email this story", a German Signal, Threema, e-mail and print row "Teilen per Signal · Threema · E-Mail ·
Drucken" and a Russian Viber, VK and print row "Отправить в Viber · Поделиться в VK · Распечатать"); and notices (a
French correction note "Cet article a été modifié le 4 novembre pour corriger le prénom de l'adjointe au maire." and an
Italian editor's note on an interview read back before publication "Nota della redazione: l'intervista è stata rivista
dall'intervistato prima della pubblicazione.", both in the body, and a Polish produced-in-cooperation-with-the-council
note "Materiał powstał we współpracy z Urzędem Gminy." at the foot); and toward whole scraped news and hobby-blog pages
in layouts set 138's docstring does not describe (on the six portal pages one block of three above the title, the
masthead, a date strip (with the weather, the saint's day, the edition or the name days) and a breadcrumb; the title at
the top of its block with only the byline after it; under it one block of three, the date-and-time line, the reading
time and a share row; the first paragraph at the top of its block with a photo caption and its credit after it; the
second paragraph alone; a read-also link at the top of the quote paragraph's block, right before it; the subheading and
the three rows in one block with an ad label meant to sit between the first and second rows, which by a slip of my
page-building function sits between the second and third rows, with the second row marked as noise and the ad label as
article (see Slips and notes (7)); the first last paragraph alone, a newsletter, WhatsApp-channel or Telegram prompt
alone, and the second last paragraph at the top of its block with a tags or topics line after it; at the foot two
blocks, five lines (a comment count, a comment, an arrowed reply by a second reader, the first commenter's answer two
arrows deep and a second comment left unanswered) and then a copyright line and a legal-links row; on the six blog pages
the blog name and its tagline in one block and the menu alone in the next, above the title; a category breadcrumb at the
top of the title's block, right before it; under it one block of three, the posted-date-and-author line, the reading
time and an affiliate-links disclosure; the first paragraph alone; a photo caption at the top of the second paragraph's
block, right before it; a Pinterest save prompt at the end of the quote paragraph's block, right after it; the
subheading and the three rows in one block with nothing between them; a related-post link alone after the list; the two
last paragraphs in one block with a subscribe prompt between them; a shop plug and a share row in one block of two; at
the foot two blocks, six lines (a comments heading that quotes the title, a comment, the author's arrowed reply
addressed by name, a second comment, an arrowed reply to it by the first commenter and a leave-a-reply heading) and then
a platform credit alone), taken from local news of fresh kinds (a river ferry replaced by a footbridge with a toll, a
ski jump demolished, an allotment site split over water meters, a volunteer fire brigade's centenary, a pharmacy night
rota cut to one pharmacy, a webcam on a storks' nest) and from blogs about quilting, mead making, sundial building,
tabletop wargaming terrain, pressed-flower cards and vintage sewing machines.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 138 but what is named here), held-out set 140 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 138 up to its paragraph "Measured after round 99" (see Slips and notes (2)), its imports and
its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 135, 136 and 137,
printed with one ast script (/tmp/s139scratch/peek.py, reading /tmp/wt-s139/tests); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s139); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s139scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 138's as printed, with 138 -> 139;
/tmp/s139scratch/gen.py writes this file from scratch files (data139.py, pages139.py, doc139.py and, after the
measurement, tables139.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s139, detached at commit 3d2b0a36350ec1120abf779200b28974b76b5033, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
3d2b0a36350ec1120abf779200b28974b76b5033, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) peek.py printed the paragraphs
of set 138's docstring up to one starting "Measured after round 99"; there is no such paragraph in set 138's docstring,
so the whole docstring was printed (its Protocol, Slips and notes, Judgement calls, Contents and Baseline too), which
the brief's wording allows. Its first run printed to the terminal, whose output the tool cut in the middle; the second
run went to /tmp/s139scratch/peek.out, of which I paged lines 125 to 392 with ``sed`` (the rest of the allowed parts);
nothing outside the allowed parts was printed. (3) helpers.py put /work/main/src and /work/main/tests on sys.path as the
brief says (/work/main's HEAD is the frozen commit); it printed only signatures and checks that this file calls, not the
cleaner. Importing test_clean loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed.
(4) Before the measurement /tmp/s139scratch/check.py checked, case-insensitively, that no noise line (held-out or page)
sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign or
a line break; page counts (10 article lines, 20 noise lines, 12 blocks on every portal and 13 on every blog) and
held-out counts by category, place and language were printed by one-line scripts; gen.py reports lines over 120
characters and at-signs, and verify.py read the generated file back with ``ast`` and compared its lists and pages with
the scratch data. The first run of check.py found nine: each portal's masthead inside its own copyright line (and the
Polish one also inside its photo credit), the Polish blog's leave-a-reply heading "Dodaj komentarz" inside the Polish
held-out comments line and the Russian blog's "Оставить комментарий" inside the Russian one; the copyright lines now
name the publishers (Corvendale Newspapers Ltd, SARL Presse du Haut-Val, Sumpfwaldener Verlagshaus GmbH & Co. KG,
Edizioni Val Verzanella Srl, Wydawnictwo Zgrzyt Sp. z o.o., ООО «Аистмедиа»), the Polish credit is "Fot. archiwum
redakcji" and the headings are "Skomentuj" and "Добавить комментарий". Before that first run I had already changed the
Polish legal row (its "Reklama w Kurierze" held the ad label "Reklama") and the German ad label to "– Anzeige –" (a bare
"Anzeige" sits inside the masthead "Sumpfwaldener Anzeiger"). The second run found nothing. (5) Invented names were
checked with the exact-string search over public GitHub files: Corvendale, Corvendale Courier, Bramwhistle, Pellacott,
Hollinsgrave, Stroudwick, Patchwork by Lamplight, Montcharvillon, Pouchabeau, Tronchebec, Virebesse, Presse du Haut-Val,
Grenier à Hydromel, Sumpfwalden, Kannenbrecht, Schalbrecht, Hiltrud Pommerenke, Schattenwerfer-Werkstatt,
Roccaverzanella, Fumagrotti, Tizzonetti, Colline di Polistirolo, Zgrzytowo, Zgrzebniak, Ćwikliszewska, Gąsiorkiewicz,
Wydawnictwo Zgrzyt, Zielnik Jagody, Аистополь, Клювикова, Трубогнездова, Аистмедиа and Челночок и шпулька had no hits.
Dropped: Brindlecombe (a name in several name lists; the town became Corvendale), Oakwhistle (a GitHub user; the
reporter became Tamsin Bramwhistle), Quillfeather (many hits; the held-out byline became Barnaby Hollinsgrave), The
Wonky Binding (inside "the wonky bindings"; the blog became Patchwork by Lamplight), Scaldacqua (an Italian word; the
reporter became Tiberio Fumagrotti), Pennacchietti (a real surname; the commander became Osvaldo Tizzonetti),
Pstrokońska (a real person; the reporter became Halina Zgrzebniak), Kruszczak (a surname in code; the pharmacist became
Genowefa Ćwikliszewska), Гнездовск (inside Гнездовского; the town became Аистополь), Ковыляева (a surname in data files;
the head of the settlement became Людмила Трубогнездова), the River Wend ("Wend ferry" sits inside "Whitewend ferry";
the river is left unnamed and the ferry is the Corvendale ferry). Also tried as candidates and not used: Drewcaster
(inside "andrewcaster"), Brugnolotti (a real person), Гнездилова (a real surname), Scurlow (inside identifiers),
Tollmarsh (a city in a data file) and Hellenbrück (inside Schellenbrücke). Not checked: first names, commenters' handles
and names built on checked names (Le Réveil de Montcharvillon, Sumpfwaldener Anzeiger, La Voce di Roccaverzanella,
Edizioni Val Verzanella, Kurier Zgrzytowski, Аистопольская правда) and ordinary place words (Chapel Yard, Am Mühlgraben,
corso Garibaldi, piazza del Mercato, ulica Kolejowa). There are no e-mail addresses and no at-signs. (6) Real things
named, as real pages do: Bandcamp, Vimeo, Instagram, Arte.tv, the ARD Mediathek, Spreaker, VKontakte (VK), Buy Me a
Coffee, Amazon and Kindle, Wildberries, Blogger and its theme-images credit to Michael Elkan, Hugo, Netlify, Plausible,
Jimdo, WordPress and WordPress.com, all-inkl.com, WebWave, Beget, Drupal's comment links, Flipboard, Pocket, Signal,
Threema, Viber, Facebook, X, WhatsApp, Messenger, Telegram, Odnoklassniki, Pinterest, Threads, Reddit, Mastodon, Etsy,
the Astra theme, Liberty lawn and the Podolsk sewing machine. (7) A slip found only at the measurement: the function
that builds the portal pages from their lines (``portal`` in /tmp/s139scratch/pages139.py) takes the list block's lines
in the order subheading, first row, ad label, second row, third row, but every portal passes them as subheading, first
row, second row, ad label, third row; so on all six portals the list block reads, in the text, subheading, first row,
second row, ad label, third row (the ad label between the second and third rows, the place set 138's portals used, not
the new place I meant), and the marks of two lines are swapped: the second row is marked noise and the ad label article.
check.py did not catch it (it checks where lines sit inside others, not their marks) and I did not read the built blocks
back before measuring. The brief allows no change to the pages after the measurement, so the pages stay as measured and
as committed; the portals' xfail reasons say what the cleaner does with these two lines, and the Baseline gives the
figures both as counted and without the swapped pair. (8) The two measuring commands ran as the brief gave them, in one
shell call after ``date`` and the last check.py, gen.py and verify.py runs, their output sent to
/tmp/s139scratch/measure.out and report.out and the report and the pytest tail printed (22 failed, 55 passed). The
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s139scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s139/tests with /tmp/wt-s139/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (9, 1 and 12, as in
the measurement). The xfail tables were written in /tmp/s139scratch/tables139.py from my own descriptions of those lines
and pages (the quoted page lines are pulled from pages139.py by their openings), and verify2.py checked that the failing
lines are exactly the keys of ``_LINE_XFAIL`` and ``_KEEP_XFAIL``, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line left and every article line lost is quoted in its page's reason and that
each reason gives its count of noise lines left. (9) My first clock reading was 2026-12-05 17:12:45 UTC; the measurement
ran at 17:16:36 UTC by the machine's clock. (10) With the tables filled, the pytest command ran on the final file in
/tmp/wt-s139: 55 passed, 22 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments made by the ferry's last skipper", "Share prices had
nothing to do with it", "Following the vote", "Subscribers to the annual ferry pass", "Copyright in the footbridge
design", "Advertising hoardings on the old slipway", "Reading the toll figures aloud", "Partager les frais de
démolition", "Commentaires et objections des riverains", "Suivre le chantier", "Teilen wollen sich die Gärtner",
"Werbung für die Versammlung", "Kommentiert hat der Bürgermeister", "Condividere la caserma", "Seguire la sfilata",
"Abbonati al servizio di allerta", "Udostępnienie grafiku dyżurów", "Komentarza w tej sprawie odmówiła", "Подписаться на
уведомления" and "Комментируя запуск веб-камеры" are article sentences: each reports what a council, a trust, a mayor, a
board, a commander, a pharmacist, residents or an ornithologist decided, said, paid, refused or planned, with the
noise-like word as an ordinary noun, verb, gerund or participle of the sentence. Categories: the Bandcamp, Vimeo,
Instagram, Arte.tv, ARD Mediathek, Spreaker and VKontakte lines are markers (embed failures, private or removed embedded
media); "Time to read: 7 mins", the estimated-reading-time lines and the Russian read-for line are reading times, and
the quilting blog's long-read warning is a reading time given as twenty-five minutes; the reporting-and-editing,
our-correspondent, staff-member and compiled-by lines are bylines at the head, and the longarm-service, Buy Me a Coffee,
Amazon cookbook and Wildberries lines are bylines (self-promotion) at the foot; the Blogger, Hugo, company-registration,
Jimdo, all-inkl.com, VAT-and-register, WebWave and Beget lines are footers (the company-registration line is the legal
foot of a publisher's site, not a notice about one story); the commenting-closed note, the log-in-or-register link, the
hidden-comment note and the log-in and comment-as-a-guest prompts are comment furniture; the English, German and Russian
rows are share rows; the French correction note and the Italian interview note are notices in the body (both speak of
the one story they sit in) and the Polish cooperation note is a notice at the foot. On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, date strips, breadcrumbs, blog names, taglines and menus, category
breadcrumbs, bylines, dates and posted-by lines, reading times, affiliate disclosures, share rows, photo captions and
credits, read-also and related-post links, ad labels, Pinterest prompts, newsletter, WhatsApp-channel, Telegram and
subscribe prompts, shop plugs, tags and topics lines, comment counts and headings, comments and replies, leave-a-reply
headings, copyright lines, legal-links rows and platform credits) is noise. The list rows (the bridge's changes, the
demolition plan, the meter plan, the centenary programme, the rota rules, what the webcam will show, the blogs'
materials and steps) are short, some without a verb, but part of each article, so article; the portals' ad labels
("Advertisement", "Publicité", "– Anzeige –", "Pubblicità", "Reklama", "Реклама") are noise. So the marks of one line
pair on each portal are wrong: the second list row ("Free passage for under-16s and wheelchair users", "La conservation
du panneau d'origine, offert au musée", "Eine Umlage von 95 Euro pro Parzelle", "Alle 12 la benedizione della nuova
caserma", "Dyżur od 22.00 do 7.00 rano", "Кладку яиц и вылупление птенцов") is article but marked noise, and the ad
label after it is noise but marked article (Slips and notes (7)); the marks were left as measured.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-corvendale-footbridge-toll (a footbridge with a 50p toll replaces the Corvendale chain ferry),
en-blog-patchworkbylamplight-hexies (a first grandmother's flower garden quilt finished),
fr-portail-montcharvillon-tremplin (the disused ski jump to be demolished before winter),
fr-blog-grenierahydromel-sureau (an elderflower mead a year after bottling), de-portal-sumpfwalden-wasserzaehler (an
allotment site split over water meters for every plot), de-blog-schattenwerfer-schiefer (a wall sundial cut from an old
slate slab), it-portale-roccaverzanella-pompieri (the volunteer fire brigade's centenary),
it-blog-collinedipolistirolo-rovine (ruins of a Gothic church in extruded polystyrene), pl-portal-zgrzytowo-apteki (the
pharmacy night rota cut to one pharmacy a night), pl-blog-zielnikjagody-kartki (Christmas cards with pressed pansies and
ferns), ru-portal-aistopol-veb-kamera (a webcam on the storks' nest on the water tower), ru-blog-chelnochok-podolsk (a
1958 Podolsk hand-crank sewing machine brought back to life), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 3d2b0a36350ec1120abf779200b28974b76b5033, measured with ``cd /tmp/wt-s139 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s139/src python -m pytest -q tests/test_clean_held_out_139.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s139 && PYTHONPATH=/tmp/wt-s139/src python
scripts/clean_held_out_report.py --sets 139``, with the xfail tables empty): noise lines removed 36/45 (marker 3/8,
reading-time 7/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 1/3; the 9 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: five markers (the English Bandcamp, Vimeo and Instagram notices, the French Arte.tv
placeholder and the German ARD Mediathek placeholder), two bylines (the English longarm-quilting-service plug and the
Russian Wildberries plug, both at the foot) and the French correction note and the Italian editor's note, both in the
body); keep lines kept 19/20 (lost: the Italian sentence on the SMS alert service's subscribers at the foot,
``_KEEP_XFAIL``); pages 0/12 clean, 33 of 240 page noise lines left and 6 of 120 article lines lost. The 6 lost are the
six portals' ad labels ("Advertisement", "Publicité", "– Anzeige –", "Pubblicità", "Reklama", "Реклама"), which the
pages mark as article by the slip of Slips and notes (7), and 6 of the 33 left are the six portals' second list rows,
which the pages mark as noise by the same slip: the cleaner removed the ad labels and kept the rows, so without that
pair no article line is lost, 27 real noise lines are left and the English, French and Italian portals are clean. Left
on the pages: 1 on the English portal (the second list row), 6 on the English quilting blog (the photo caption, the
subscribe prompt, the Etsy plug and three comment lines), 1 on the French portal (the second list row), 1 on the French
mead blog (the photo caption), 7 on the German portal (the second list row, the WhatsApp-channel prompt, the topics line
and the four comment lines), 3 on the German sundial blog (the photo caption, the subscribe prompt and the shop plug), 1
on the Italian portal (the second list row), 1 on the Italian wargaming-terrain blog (the photo caption), 5 on the
Polish portal (the second list row and the four comment lines), 1 on the Polish pressed-flower blog (the photo caption),
5 on the Russian portal (the second list row and the four comment lines) and 1 on the Russian sewing-machine blog (the
photo caption), as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Lead's correction (session 36, after the measurement and before any round was measured on this set): the writer's slip
swapped the marks of two lines in the list block of all six portal pages (the second row marked noise, the ad label
after it marked article; see "Slips and notes"). The lead set the marks right (the six second rows "+", the six ad
labels "-"), changed nothing else in the pages, and measured the set again against the same frozen cleaner (3d2b0a3):
the cleaner kept every second row and removed every ad label, so the English, French and Italian portals are clean
(their xfails removed) and the German, Polish and Russian portals' reasons lose the slip's clause. Baseline as
corrected: lines 36 of 45, keep 19 of 20, pages 3 of 12 clean, 27 of 240 page noise lines left, none of 120 article
lines lost.

Measured after round 100 (developed on sets 137 and 138 beside this set's writing from the same base, 3d2b0a3, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 139` and the
problems of every case before and after; figures with the lead's corrected marks): lines 36 -> 36 of 45, 19 of 20 kept,
pages clean 3 -> 5 of 12, page noise lines 27 -> 10 of 240: round 100's one-line comment threads (name · time · text,
arrowed replies) took the comment lines of the English blog and the German, Polish and Russian portals, and the German
portal's topics line and the German blog's shop plug went too. It also cost one article line: with the English quilting
blog's thread found, the body's tail was walked from the quote's paragraph and the list's third row ("Fine appliqué
needles and a thimble you actually like", the reader inside its relative clause read as a widget's cue) went as the
page's tail. The lead mended that before merging (page_blocks._row_widget_cue: the reader inside an inner row is the
article's, a plea stays a cue; test_mend_after_round_100_*): as merged, none of 120 article lines lost. Xfails removed:
pl-portal-zgrzytowo-apteki, ru-portal-aistopol-veb-kamera; reasons reworded: en-blog-patchworkbylamplight-hexies,
de-portal-sumpfwalden-wasserzaehler, de-blog-schattenwerfer-schiefer.

Round 101 (development; this set was read in full from this round on): developed on sets 139 and 140 together. Fixed:
(1) the lost lines: noise_patterns.FIRST_PERSON no longer reads a capital "I" before a word of four letters or more
ending in "i" as the English pronoun (the Italian plural article, "I gestori dei lidi chiusi ...": set 140's
it-portale-vallunghera-alghe lost that paragraph beside its topics line, page_blocks._article_among_furniture reading it
as a widget's first person), and clean.is_sales_notice leaves a subscribers' sentence that says who told it (_REPORTED,
_ATTRIBUTION_TAIL: set 139's keep line "Abbonati al servizio di allerta via SMS ..., spiega il Comune."); (2) tables of
contents: clean._mark_tables_of_contents takes a bare contents word over dotted entries that close the block of the
post's first paragraph, a blog's page above and a paragraph in the next block (_toc_under_first_paragraph,
_toc_block_closes, _blog_page_above factored out of round 95's test; set 140's "Inhalt", "Indice", "Содержание"), and a
paragraph ending with a colon now opens the body for round 74's test (its numbered steps stay); (3) widened rules:
whole_line_noise._EMBED_PLATFORM (Arte.tv) and _EMBED_SCREEN_STATE (no longer available to stream on this site, a
private video, a network's post unavailable opening the line, not to be read on this site, external media to switch on,
only available in one country, "non è al momento disponibile" with an Italian article and a podcast, "nie został
załadowany"), the shop plug rules (back in stock, "продаются", Wildberries, Ozon and Литрес in _SHOP_PLATFORM, the
Литрес shop in its quotes, a quoted page name after the dash, the writer's fair or stall), a new branch of the blogger's
self-promotion for a service, repairs or course days with their rates, prices or booking on a capitalised page of the
blog after a dash, the subscription by e-mail or RSS (round 70's new-posts pattern), a follow with "for" what the reader
gets (round 66's purpose clause), the site as a free chat channel (round 72), "Passend dazu" among the related-links
headers, clean._EDITED_NOTE (the interview read back by the interviewee under the editors' label), clean._TO_CORRECT
(the page changed to correct a fact of its own, wherever it stands), clean._PAGE_NOUN_FIRST and _MADE ("Articolo
realizzato in collaborazione con ..."), the long-read warning with its bookmark (_MINUTES_NUMBER to forty-five,
_LONG_ONE_WARNING shared by _READING_SENTENCE and is_reading_time's length check) and the report credited with the
photographs (clean._CREDIT). Photo captions with no credit, prompt or label were left, as the brief asked. Tests:
test_round_101_* in tests/test_clean.py (six languages and near misses for every rule). Other sets' xfails removed
(lines now removed): 117 (a Polish Google Maps placeholder), 123 (a kayak-days plug, a Polish Google Maps placeholder),
133 (a French correction note), 134 (a capsize-lessons plug), 138 (a Russian Ozon plug); reason reworded: 133's
pl-blog-staryrowernastrychu-jubilat (its Allegro plug now goes). All sets before -> after
(scripts/clean_held_out_report.py): noise lines removed 5476 -> 5498 of 5971, keep lines kept 2646 -> 2647 of 2647,
pages clean 981 -> 983 of 1558, page noise lines left 1328 -> 1307 of 32880, article paragraphs lost 3 -> 2; no set's
keep lines fell and no set lost a paragraph more. SemEval (scripts/semeval_noise_diff.py): 0 changed files of 3723.
Bench ratio (benchmarks/bench_clean.py against d7ad36f): 1.08 (cpu best 2.038 s against 1.896 s for 200 articles).
Cleaning test set (tests/test_clean.py, the held-out sets, site batches, site lines, noise trace, clean pages): 18529
passed, 1101 xfailed after the first commit, 18628 passed, 1078 xfailed after the second. This set before -> after:
noise lines 36 -> 45 of 45 (marker 3 -> 8 of 8, byline 6 -> 8 of 8, notice 1 -> 3 of 3; reading-time 7, footer 8,
comments 8 and share 3 were all removed already), keep lines 19 -> 20 of 20, pages clean 5 -> 6 of 12, page noise lines
left 10 -> 6 of 240, article lines lost 0 -> 0. Xfails removed: every line of _LINE_XFAIL and _KEEP_XFAIL, the page
de-portal-sumpfwalden-wasserzaehler (its WhatsApp-channel prompt goes); reasons reworded:
en-blog-patchworkbylamplight-hexies (its subscribe prompt and Etsy plug go), de-blog-schattenwerfer-schiefer (its
subscribe prompt goes). Still missed: the six blogs' photo captions at the top of the second paragraph's block.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_139_LINES: list[tuple[str, str, str]] = [
    (
        "body",
        "Bandcamp player: this album is no longer available to stream on this site.",
        "marker",
    ),
    (
        "body",
        "This Vimeo video is private. If you have permission to watch it, log in to Vimeo first.",
        "marker",
    ),
    (
        "body",
        "Instagram post unavailable – it may have been deleted, or the account has been made private.",
        "marker",
    ),
    (
        "body",
        "La vidéo Arte.tv ne peut pas être lue sur ce site : regardez-la directement sur arte.tv.",
        "marker",
    ),
    (
        "body",
        "Inhalt der ARD Mediathek kann nicht angezeigt werden. Bitte aktivieren Sie externe Medien in den "
        "Datenschutzeinstellungen.",
        "marker",
    ),
    (
        "body",
        "Il podcast di Spreaker non è stato caricato. Ascolta la puntata su spreaker.com.",
        "marker",
    ),
    (
        "body",
        "Wideo z serwisu Vimeo jest niedostępne: autor wyłączył możliwość osadzania na innych stronach.",
        "marker",
    ),
    (
        "body",
        "Видео ВКонтакте недоступно: автор ограничил доступ к этой записи.",
        "marker",
    ),
    (
        "head",
        "Time to read: 7 mins",
        "reading-time",
    ),
    (
        "head",
        "Long read ahead: roughly twenty-five minutes if you stop to study every block diagram.",
        "reading-time",
    ),
    (
        "head",
        "Temps de lecture estimé : 7 min",
        "reading-time",
    ),
    (
        "head",
        "Lesezeit: rund 7 Minuten",
        "reading-time",
    ),
    (
        "head",
        "Tempo di lettura stimato: 7 minuti",
        "reading-time",
    ),
    (
        "head",
        "Szacowany czas czytania: 7 minut",
        "reading-time",
    ),
    (
        "head",
        "Читать 7 минут",
        "reading-time",
    ),
    (
        "head",
        "Reporting by Barnaby Hollinsgrave; editing by Nia Stroudwick",
        "byline",
    ),
    (
        "head",
        "Par notre correspondante, Maëlys Tronchebec",
        "byline",
    ),
    (
        "head",
        "Von unserem Redaktionsmitglied Gerwin Schalbrecht",
        "byline",
    ),
    (
        "head",
        "Opracowanie: Wiesława Gąsiorkiewicz",
        "byline",
    ),
    (
        "tail",
        "I run a longarm quilting service from my spare room – rates and turnaround times are on the Services page.",
        "byline",
    ),
    (
        "tail",
        "Found this useful? You can support the blog through Buy Me a Coffee – every cup pays for pattern paper.",
        "byline",
    ),
    (
        "tail",
        "Il mio libro di ricette di montagna è disponibile su Amazon, in formato cartaceo e Kindle.",
        "byline",
    ),
    (
        "tail",
        "Мои наборы для вышивки продаются на Wildberries — ищите по названию блога.",
        "byline",
    ),
    (
        "tail",
        "Powered by Blogger · Theme images by Michael Elkan",
        "footer",
    ),
    (
        "tail",
        "Built with Hugo · Deployed on Netlify · Privacy-friendly analytics by Plausible",
        "footer",
    ),
    (
        "tail",
        "Registered in England and Wales. Company number 00000000. Registered office: 4 Chapel Yard, Corvendale.",
        "footer",
    ),
    (
        "tail",
        "Site réalisé avec Jimdo · Mentions légales · Gérer les cookies",
        "footer",
    ),
    (
        "tail",
        "Erstellt mit WordPress · Hosting: all-inkl.com · Impressum · Datenschutz",
        "footer",
    ),
    (
        "tail",
        "P.IVA 00000000000 · Iscrizione al Registro Stampa · Privacy e cookie policy · Credits",
        "footer",
    ),
    (
        "tail",
        "Strona stworzona w kreatorze WebWave · Polityka prywatności",
        "footer",
    ),
    (
        "tail",
        "Работает на WordPress · Хостинг Beget · Политика обработки персональных данных",
        "footer",
    ),
    (
        "tail",
        "Commenting is now closed on this story. Thank you to everyone who took part.",
        "comments",
    ),
    (
        "tail",
        "Log in or register to post comments",
        "comments",
    ),
    (
        "tail",
        "This comment has been hidden because it received too many downvotes. Show anyway",
        "comments",
    ),
    (
        "tail",
        "Connectez-vous pour réagir à cet article",
        "comments",
    ),
    (
        "tail",
        "Zum Kommentieren bitte anmelden oder registrieren.",
        "comments",
    ),
    (
        "tail",
        "Accedi per lasciare un commento · Regolamento dei commenti",
        "comments",
    ),
    (
        "tail",
        "Dodaj komentarz jako gość lub zaloguj się",
        "comments",
    ),
    (
        "tail",
        "Чтобы оставить комментарий, войдите через ВКонтакте или Telegram",
        "comments",
    ),
    (
        "tail",
        "Share on Flipboard · Save to Pocket · Email this story",
        "share",
    ),
    (
        "tail",
        "Teilen per Signal · Threema · E-Mail · Drucken",
        "share",
    ),
    (
        "tail",
        "Отправить в Viber · Поделиться в VK · Распечатать",
        "share",
    ),
    (
        "body",
        "Cet article a été modifié le 4 novembre pour corriger le prénom de l'adjointe au maire.",
        "notice",
    ),
    (
        "body",
        "Nota della redazione: l'intervista è stata rivista dall'intervistato prima della pubblicazione.",
        "notice",
    ),
    (
        "tail",
        "Materiał powstał we współpracy z Urzędem Gminy.",
        "notice",
    ),
]

HELD_OUT_139_KEEP: list[tuple[str, str]] = [
    (
        "head",
        "Comments made by the ferry's last skipper at the farewell crossing were read out at Monday's council "
        "meeting.",
    ),
    (
        "head",
        "Share prices had nothing to do with it, the harbour trust said: the toll was set to cover the bridge's "
        "upkeep alone.",
    ),
    (
        "body",
        "Following the vote, three councillors asked for the decision to be reviewed by the scrutiny committee in "
        "January.",
    ),
    (
        "body",
        "Subscribers to the annual ferry pass will be refunded the unused months, the trust confirmed on Tuesday.",
    ),
    (
        "tail",
        "Copyright in the footbridge design belongs to the county, which bought it from the engineering firm in "
        "2024.",
    ),
    (
        "tail",
        "Advertising hoardings on the old slipway will be taken down before the spring, the planning officer said.",
    ),
    (
        "tail",
        "Reading the toll figures aloud, the mayor admitted that pensioners would pay more than they had on the "
        "ferry.",
    ),
    (
        "head",
        "Partager les frais de démolition entre la commune et le département a été la condition posée par le préfet.",
    ),
    (
        "body",
        "Commentaires et objections des riverains seront examinés lors de la réunion publique du 12 décembre.",
    ),
    (
        "tail",
        "Suivre le chantier depuis le belvédère restera possible, a précisé le maire, qui promet une palissade "
        "transparente.",
    ),
    (
        "head",
        "Teilen wollen sich die Gärtner die neuen Wasserzähler nicht: Jede Parzelle soll ihren eigenen bekommen.",
    ),
    (
        "body",
        "Werbung für die Versammlung machte der Vorstand mit Aushängen an allen drei Toren der Anlage.",
    ),
    (
        "tail",
        "Kommentiert hat der Bürgermeister den Streit bislang nicht; er verweist auf den Vereinsvorstand.",
    ),
    (
        "head",
        "Condividere la caserma con la Protezione civile fu una scelta del sindaco di allora, ricorda il comandante.",
    ),
    (
        "tail",
        "Seguire la sfilata del centenario sarà possibile anche dal maxischermo allestito in piazza del Mercato.",
    ),
    (
        "tail",
        "Abbonati al servizio di allerta via SMS riceveranno un messaggio prima di ogni esercitazione, spiega il "
        "Comune.",
    ),
    (
        "head",
        "Udostępnienie grafiku dyżurów w internecie zapowiedział starosta, ale dopiero od stycznia.",
    ),
    (
        "tail",
        "Komentarza w tej sprawie odmówiła właścicielka apteki przy ulicy Kolejowej.",
    ),
    (
        "head",
        "Подписаться на уведомления о вылуплении птенцов уже решили более двух тысяч жителей, сообщает "
        "администрация.",
    ),
    (
        "body",
        "Комментируя запуск веб-камеры, орнитолог напомнил, что гнездо на водонапорной башне занимают с 1998 года.",
    ),
]

HELD_OUT_139_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-corvendale-footbridge-toll", [
        [
            "-Corvendale Courier",
            "-Tuesday 3 November 2026 · 9°C, showers",
            "-Home › News › Corvendale › Transport",
        ],
        [
            "+Footbridge to replace the Corvendale ferry, with a 50p toll for every crossing",
            "-By Tamsin Bramwhistle, Local Democracy Reporter",
        ],
        [
            "-Published 07:42, 3 November 2026 · Updated 11:15",
            "-3 min read",
            "-Share: Facebook · X · WhatsApp · Email",
        ],
        [
            "+The chain ferry that has carried people across the river at Corvendale since 1911 will make its last "
            "crossing in March, when a new footbridge opens a hundred yards upstream.",
            "-The old chain ferry tied up at the town slipway on Monday afternoon.",
            "-Photo: Courier staff",
        ],
        [
            "+The harbour trust, which owns both the ferry and the new bridge, voted on Monday to charge walkers "
            "and cyclists 50p a crossing, with a yearly pass for £25.",
        ],
        [
            "-Read more: Ferry fares frozen for another year after council steps in",
            "+“The ferry lost money every winter for twenty years, and the bridge has to pay for itself,” said the "
            "trust's chair, Gordon Pellacott.",
        ],
        [
            "+What changes in March",
            "+Crossings at any hour, not only from 7am to 7pm",
            "+Free passage for under-16s and wheelchair users",
            "-Advertisement",
            "+Contactless readers at both ends of the bridge",
        ],
        [
            "+Regular ferry users collected more than 900 signatures against the toll in a fortnight, saying the "
            "ferry fare had been only 30p.",
        ],
        [
            "-Get the Courier's morning briefing in your inbox – sign up free",
        ],
        [
            "+The ferry itself is to be sold, and the trust says a heritage group has already asked about taking it "
            "over.",
            "-Topics: Corvendale, Ferry, Transport, Harbour Trust",
        ],
        [
            "-14 comments",
            "-FerryLaneWalker · 2h ago · Fifty pence each way adds up fast if you work on the other side.",
            "-↳ OldSlipwayBob · 1h ago · Still cheaper than the bus round by the road bridge.",
            "-↳↳ FerryLaneWalker · 45m ago · Not if you cross four times a day, Bob.",
            "-Marsha_T · 30m ago · Sad to see the ferry go, my grandad worked it for years.",
        ],
        [
            "-© 2026 Corvendale Newspapers Ltd. All rights reserved.",
            "-Terms · Privacy · Cookies · Contact the newsroom",
        ],
    ]),
    _page("en", "en-blog-patchworkbylamplight-hexies", [
        [
            "-Patchwork by Lamplight",
            "-Slow stitching, scrap quilts and too much fabric",
        ],
        [
            "-Home · Tutorials · Finished Quilts · Patterns · About",
        ],
        [
            "-Tutorials › English paper piecing",
            "+My first grandmother's flower garden quilt, one hexie at a time",
        ],
        [
            "-Posted on 18 October 2026 by Philippa",
            "-9 minute read",
            "-This post contains affiliate links. I may earn a small commission at no extra cost to you.",
        ],
        [
            "+It took me fourteen months and a little over two thousand paper hexagons, but the grandmother's "
            "flower garden quilt I started last summer is finally bound.",
        ],
        [
            "-The finished quilt on the washing line, before its first wash.",
            "+I tacked every hexie by hand over card templates and whip-stitched the rosettes together in the "
            "evenings, mostly in front of the radio.",
        ],
        [
            "+“You never finish a hexie quilt, you just run out of patience,” my aunt told me when I showed her the "
            "first dozen rosettes.",
            "-Save this post to Pinterest for later!",
        ],
        [
            "+What you will need",
            "+Inch-wide paper templates, about two thousand of them",
            "+Fat quarters in six to eight colours per rosette",
            "+Fine appliqué needles and a thimble you actually like",
        ],
        [
            "-You might also like: Binding a quilt by machine without tears",
        ],
        [
            "+The hardest part was joining the rows of rosettes with the pale green path, because every seam has to "
            "turn a corner.",
            "-Subscribe by email and never miss a new tutorial",
            "+Next I want to try a smaller version in Liberty lawn scraps, probably as a cot quilt for my niece.",
        ],
        [
            "-My hexie starter kits are back in stock in my Etsy shop – link in the sidebar.",
            "-Share this: Facebook · Pinterest · Threads",
        ],
        [
            "-5 thoughts on “My first grandmother's flower garden quilt”",
            "-Quilty_Jo · October 18, 2026 at 8:02 pm · Stunning! How long did the tacking take?",
            "-↳ Philippa · October 19, 2026 at 9:10 am · Thanks Jo, about three evenings for every hundred hexies.",
            "-Bramble_Stitches · October 20, 2026 at 4:45 pm · Did you take the papers out before quilting?",
            "-↳ Quilty_Jo · October 20, 2026 at 6:30 pm · You have to, or it crackles when you wash it!",
            "-Leave a Reply",
        ],
        [
            "-Blog at WordPress.com.",
        ],
    ]),
    _page("fr", "fr-portail-montcharvillon-tremplin", [
        [
            "-Le Réveil de Montcharvillon",
            "-Mardi 3 novembre 2026 · Saint Hubert",
            "-Accueil > Actualités > Montcharvillon > Sports d'hiver",
        ],
        [
            "+Le tremplin de saut à ski de Montcharvillon sera démoli avant l'hiver",
            "-Par Aurélien Pouchabeau",
        ],
        [
            "-Publié le 03/11/2026 à 08h10, mis à jour à 10h25",
            "-Lecture : 3 min",
            "-Partager : Facebook · X · Messenger · Copier le lien",
        ],
        [
            "+Fermé depuis 2009, le tremplin qui domine le village depuis soixante ans sera démonté à partir du 16 "
            "novembre, a annoncé la mairie.",
            "-Le tremplin vu depuis la route du col, lundi matin.",
            "-Photo : Le Réveil",
        ],
        [
            "+Un rapport d'expertise a jugé la structure en béton dangereuse : des morceaux de la piste d'élan "
            "tombent déjà sur le sentier de randonnée.",
        ],
        [
            "-À lire aussi : La station cherche un repreneur pour ses remontées mécaniques",
            "+« C'est un morceau de notre histoire qui s'en va, mais on ne peut pas attendre un accident », a "
            "déclaré le maire, Roland Virebesse.",
        ],
        [
            "+Ce que prévoit la commune",
            "+La démolition de la piste d'élan et de la tour des juges",
            "+La conservation du panneau d'origine, offert au musée",
            "-Publicité",
            "+Un belvédère et une table d'orientation à la place",
        ],
        [
            "+Le chantier doit coûter 380 000 euros, dont la moitié payée par le département.",
        ],
        [
            "-Recevez l'essentiel de l'actualité locale sur notre chaîne WhatsApp",
        ],
        [
            "+D'anciens sauteurs du club organisent une dernière photo de groupe au pied du tremplin le 14 novembre.",
            "-Mots-clés : Montcharvillon, ski, patrimoine, travaux",
        ],
        [
            "-6 commentaires",
            "-Skieur73 · il y a 3 h · J'y ai sauté en 1978, ça me fend le cœur.",
            "-↳ Mimi_du_col · il y a 2 h · Il était temps, c'était devenu une ruine.",
            "-↳↳ Skieur73 · il y a 1 h · Une ruine qu'on aurait pu sauver il y a vingt ans.",
            "-Randonneuse_38 · il y a 20 min · Et le sentier, il rouvre quand ?",
        ],
        [
            "-© 2026 SARL Presse du Haut-Val – Tous droits réservés",
            "-Mentions légales · CGU · Politique de confidentialité · Contact",
        ],
    ]),
    _page("fr", "fr-blog-grenierahydromel-sureau", [
        [
            "-Le Grenier à Hydromel",
            "-Miel, levures et beaucoup de patience",
        ],
        [
            "-Accueil · Recettes · Matériel · Le rucher · Contact",
        ],
        [
            "-Recettes › Mélomels",
            "+Mon hydromel aux fleurs de sureau, un an après la mise en bouteille",
        ],
        [
            "-Publié le 12 octobre 2026 par Gaspard",
            "-Temps de lecture : 6 minutes",
            "-Cet article contient des liens affiliés vers du matériel que j'utilise moi-même.",
        ],
        [
            "+J'ai ouvert hier la première bouteille de l'hydromel au sureau lancé en juin dernier, et le résultat "
            "dépasse ce que j'espérais.",
        ],
        [
            "-Les fleurs de sureau séchant sur un torchon avant l'infusion.",
            "+La recette de base reste simple : trois kilos de miel de fleurs pour dix litres d'eau, une levure de "
            "vin blanc et deux poignées de fleurs sèches.",
        ],
        [
            "+« Le sureau, c'est comme l'ail : un peu, c'est merveilleux, trop, c'est fichu », m'avait prévenu "
            "l'apiculteur qui me vend le miel.",
            "-Épinglez cette recette sur Pinterest",
        ],
        [
            "+Les étapes",
            "+Dissoudre le miel dans l'eau tiède",
            "+Ajouter les fleurs dans un sac en voile pendant cinq jours",
            "+Soutirer deux fois avant la mise en bouteille",
        ],
        [
            "-Vous aimerez aussi : Mon premier hydromel sec, les erreurs à éviter",
        ],
        [
            "+Après un an, la robe est dorée, le nez rappelle le litchi et l'amertume du début a presque disparu.",
            "-Abonnez-vous à la lettre du Grenier pour recevoir les nouvelles recettes",
            "+La prochaine cuvée sera aux fleurs d'acacia, si le printemps est assez doux pour une bonne récolte.",
        ],
        [
            "-Mes kits de démarrage pour hydromel sont disponibles dans ma boutique Etsy.",
            "-Partager : Facebook · Pinterest · WhatsApp",
        ],
        [
            "-4 commentaires sur « Mon hydromel aux fleurs de sureau »",
            "-Brasseuse_Lou · 12 octobre 2026 à 19 h 05 · Quelle levure exactement ?",
            "-↳ Gaspard · 13 octobre 2026 à 8 h 20 · Bonjour Lou, une levure de vin blanc classique.",
            "-Papy_Abeilles · 14 octobre 2026 à 11 h 47 · Mon miel de sapin irait-il ?",
            "-↳ Brasseuse_Lou · 14 octobre 2026 à 15 h 02 · Trop fort, à mon avis, essaie à moitié.",
            "-Laisser un commentaire",
        ],
        [
            "-Propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-sumpfwalden-wasserzaehler", [
        [
            "-Sumpfwaldener Anzeiger",
            "-Dienstag, 3. November 2026 · Ausgabe Nord",
            "-Startseite > Lokales > Sumpfwalden > Vereine",
        ],
        [
            "+Streit um Wasserzähler spaltet die Kleingartenanlage Am Mühlgraben",
            "-Von Gesine Kannenbrecht",
        ],
        [
            "-03.11.2026, 06:30 Uhr",
            "-Lesezeit 3 Minuten",
            "-Artikel teilen: WhatsApp · Facebook · X · E-Mail",
        ],
        [
            "+In der Kleingartenanlage Am Mühlgraben sollen alle 84 Parzellen bis zum Frühjahr eigene geeichte "
            "Wasserzähler bekommen.",
            "-Der alte Hauptzähler am Eingangstor der Anlage.",
            "-Foto: Anzeiger/Archiv",
        ],
        [
            "+Bisher wurde der Verbrauch einfach durch die Zahl der Gärten geteilt, was nach Ansicht vieler Pächter "
            "die Sparsamen bestraft.",
        ],
        [
            "-Lesen Sie auch: Neue Pachtverträge für Kleingärten ab Januar",
            "+„Wer seinen Rasen jeden Abend sprengt, soll das auch selbst bezahlen“, sagt die Vereinsvorsitzende "
            "Hiltrud Pommerenke.",
        ],
        [
            "+Was der Vorstand plant",
            "+Einbau der Zähler durch eine Fachfirma im März",
            "+Eine Umlage von 95 Euro pro Parzelle",
            "-– Anzeige –",
            "+Ablesen zweimal im Jahr, jeweils im April und Oktober",
        ],
        [
            "+Gegner des Plans halten die Umlage für zu hoch und wollen bei der Mitgliederversammlung am 21. "
            "November dagegen stimmen.",
        ],
        [
            "-Der Anzeiger jetzt auch als kostenloser WhatsApp-Kanal",
        ],
        [
            "+Sollte der Plan scheitern, will der Vorstand geschlossen zurücktreten.",
            "-Themen: Sumpfwalden, Kleingärten, Wasser, Vereine",
        ],
        [
            "-9 Kommentare",
            "-Gartenzwerg_Ede · vor 4 Std. · Endlich Gerechtigkeit, ich gieße mit der Regentonne.",
            "-↳ Parzelle_17 · vor 3 Std. · Und wer zahlt, wenn die Zähler nach zwei Jahren kaputt sind?",
            "-↳↳ Gartenzwerg_Ede · vor 2 Std. · Die sind geeicht, die halten sechs Jahre.",
            "-Tomatenliesel · vor 1 Std. · 95 Euro sind für Rentner kein Pappenstiel.",
        ],
        [
            "-© 2026 Sumpfwaldener Verlagshaus GmbH & Co. KG",
            "-Impressum · Datenschutz · AGB · Kontakt",
        ],
    ]),
    _page("de", "de-blog-schattenwerfer-schiefer", [
        [
            "-Schattenwerfer-Werkstatt",
            "-Sonnenuhren bauen, berechnen und aufstellen",
        ],
        [
            "-Start · Anleitungen · Berechnungen · Galerie · Über mich",
        ],
        [
            "-Anleitungen › Vertikale Sonnenuhren",
            "+Eine Wandsonnenuhr aus einer alten Schieferplatte",
        ],
        [
            "-Veröffentlicht am 7. Oktober 2026 von Arnulf",
            "-Lesedauer: 8 Min.",
            "-Werbehinweis: Dieser Beitrag enthält Affiliate-Links.",
        ],
        [
            "+Die Schieferplatte lag jahrelang in der Scheune, bis ich beschloss, aus ihr eine Sonnenuhr für die "
            "Südwand unseres Hauses zu machen.",
        ],
        [
            "-Die Schieferplatte nach dem Anreißen der Stundenlinien.",
            "+Weil die Wand nicht genau nach Süden zeigt, musste ich zuerst ihre Abweichung messen, und zwar mit "
            "einem Lot und dem Schatten zur wahren Mittagszeit.",
        ],
        [
            "+„Eine Sonnenuhr ist nur so genau wie die Messung der Wand“, schrieb mir ein Mitglied des "
            "Arbeitskreises, dem ich meine Zeichnung geschickt hatte.",
            "-Auf Pinterest merken",
        ],
        [
            "+Was ich gebraucht habe",
            "+Eine Schieferplatte von 40 mal 50 Zentimetern",
            "+Einen Schattenstab aus Edelstahl, 6 Millimeter stark",
            "+Ein Gravurset und weiße Steinfarbe",
        ],
        [
            "-Das könnte dich auch interessieren: Die Zeitgleichung einfach erklärt",
        ],
        [
            "+Nach drei Wochen geht die Uhr bis auf zwei Minuten genau, wenn man die Zeitgleichung berücksichtigt.",
            "-Neue Beiträge per E-Mail abonnieren",
            "+Im nächsten Winter will ich eine Äquatorialuhr für den Garten bauen, diesmal aus Messing.",
        ],
        [
            "-Fertig berechnete Stundenlinien für eure Wand biete ich als PDF in meinem Shop an.",
            "-Teilen mit: Mastodon · WhatsApp · Facebook",
        ],
        [
            "-4 Antworten auf „Eine Wandsonnenuhr aus einer alten Schieferplatte“",
            "-Gnomon_Gerd · 7. Oktober 2026 um 20:14 · Sehr schön geworden! Welche Abweichung hat deine Wand?",
            "-↳ Arnulf · 8. Oktober 2026 um 7:55 · Danke, Gerd, gut 12 Grad nach Westen.",
            "-Sternguckerin · 9. Oktober 2026 um 18:30 · Ist der Schiefer nicht zu weich zum Gravieren?",
            "-↳ Gnomon_Gerd · 9. Oktober 2026 um 21:02 · Nein, der lässt sich wunderbar bearbeiten.",
            "-Schreibe einen Kommentar",
        ],
        [
            "-Stolz präsentiert von WordPress",
        ],
    ]),
    _page("it", "it-portale-roccaverzanella-pompieri", [
        [
            "-La Voce di Roccaverzanella",
            "-Martedì 3 novembre 2026 · Santi Martino e Silvia",
            "-Home > Cronaca > Roccaverzanella > Eventi",
        ],
        [
            "+I vigili del fuoco volontari di Roccaverzanella festeggiano cento anni",
            "-Di Tiberio Fumagrotti",
        ],
        [
            "-3 novembre 2026, ore 07:50",
            "-Tempo di lettura: 3 minuti",
            "-Condividi: Facebook · X · WhatsApp · Email",
        ],
        [
            "+Il distaccamento dei vigili del fuoco volontari di Roccaverzanella compie cento anni e sabato li "
            "festeggia con una sfilata e una mostra.",
            "-La vecchia autopompa del 1952, restaurata dai volontari.",
            "-Foto: archivio del distaccamento",
        ],
        [
            "+Fondato nel 1926 dopo l'incendio del mulino, il corpo conta oggi trentadue volontari, tra cui nove "
            "donne.",
        ],
        [
            "-Leggi anche: Nuova autoscala per i vigili del fuoco della valle",
            "+«Senza i volontari qui non arriverebbe nessuno in tempo», dice il comandante, Osvaldo Tizzonetti.",
        ],
        [
            "+Il programma di sabato",
            "+Alle 10 la sfilata dei mezzi storici in corso Garibaldi",
            "+Alle 12 la benedizione della nuova caserma",
            "-Pubblicità",
            "+Dalle 15 prove di spegnimento aperte ai bambini",
        ],
        [
            "+La mostra fotografica nella sala consiliare resterà aperta fino al 30 novembre.",
        ],
        [
            "-Iscriviti al nostro canale Telegram per le notizie della valle",
        ],
        [
            "+Il distaccamento cerca nuovi volontari: i corsi di formazione partono a gennaio.",
            "-Argomenti: Roccaverzanella, vigili del fuoco, anniversari",
        ],
        [
            "-5 commenti",
            "-Nonna_Pina · 3 ore fa · Mio padre era tra i fondatori, che emozione.",
            "-↳ Pompiere_Leo · 2 ore fa · Signora, la sua foto di famiglia è nella mostra!",
            "-↳↳ Nonna_Pina · 1 ora fa · Allora sabato vengo di sicuro.",
            "-Marco_B · 30 minuti fa · Grazie ragazzi per quello che fate.",
        ],
        [
            "-© 2026 Edizioni Val Verzanella Srl – Riproduzione riservata",
            "-Chi siamo · Privacy · Cookie · Contatti",
        ],
    ]),
    _page("it", "it-blog-collinedipolistirolo-rovine", [
        [
            "-Colline di Polistirolo",
            "-Scenari e terreni per i wargame da tavolo",
        ],
        [
            "-Home · Tutorial · Tavoli finiti · Recensioni · Chi sono",
        ],
        [
            "-Tutorial › Edifici",
            "+Rovine di una chiesa gotica in polistirene estruso",
        ],
        [
            "-Pubblicato il 9 ottobre 2026 da Fabrizio",
            "-Lettura: 8 minuti",
            "-Questo articolo contiene link di affiliazione.",
        ],
        [
            "+Per la campagna del nostro gruppo mi serviva un edificio grande al centro del tavolo, così ho "
            "costruito le rovine di una chiesa gotica.",
        ],
        [
            "-Le pareti appena tagliate, prima della texture.",
            "+La base è un foglio di polistirene estruso da tre centimetri, tagliato con il filo caldo e inciso a "
            "matita per imitare i blocchi di pietra.",
        ],
        [
            "+«Le rovine devono lasciare spazio alle basette, altrimenti nessuno ci gioca», mi ha ricordato Dario, "
            "il nostro arbitro.",
            "-Salva su Pinterest",
        ],
        [
            "+Il materiale",
            "+Polistirene estruso da tre centimetri",
            "+Colla vinilica e sabbia fine",
            "+Colori acrilici grigi e un pennello largo",
        ],
        [
            "-Potrebbe interessarti anche: Alberi da wargame con il fil di ferro",
        ],
        [
            "+Il drybrush in tre toni di grigio ha fatto sembrare vera la pietra, anche a pochi centimetri.",
            "-Iscriviti alla newsletter per ricevere i nuovi tutorial",
            "+Sabato la chiesa ha debuttato sul tavolo e ha retto tre assalti senza perdere un pezzo.",
        ],
        [
            "-Vendo stampi per mattoni in silicone nel mio negozio su Etsy.",
            "-Condividi: Facebook · Reddit · WhatsApp",
        ],
        [
            "-4 commenti su “Rovine di una chiesa gotica”",
            "-Dado_rosso · 9 ottobre 2026 alle 21:10 · Bellissima, quanto tempo ci hai messo?",
            "-↳ Fabrizio · 10 ottobre 2026 alle 8:40 · Grazie! Circa tre serate più l'asciugatura.",
            "-Sergente_Gigi · 11 ottobre 2026 alle 17:22 · La colla vinilica non scioglie il polistirene?",
            "-↳ Dado_rosso · 11 ottobre 2026 alle 19:05 · No, è quella spray che lo scioglie.",
            "-Lascia un commento",
        ],
        [
            "-Creato con Blogger",
        ],
    ]),
    _page("pl", "pl-portal-zgrzytowo-apteki", [
        [
            "-Kurier Zgrzytowski",
            "-Wtorek, 3 listopada 2026 · Imieniny: Huberta, Sylwii",
            "-Strona główna > Wiadomości > Zgrzytowo > Zdrowie",
        ],
        [
            "+Nowy grafik nocnych dyżurów aptek w Zgrzytowie",
            "-Halina Zgrzebniak",
        ],
        [
            "-3 listopada 2026, 08:05",
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · X · Messenger",
        ],
        [
            "+Od 1 grudnia w Zgrzytowie co noc będzie czynna tylko jedna apteka, a nie dwie jak dotychczas.",
            "-Apteka przy rynku, jedna z pięciu pełniących dyżury.",
            "-Fot. archiwum redakcji",
        ],
        [
            "+Grafik przygotowało starostwo po tym, jak dwie apteki odmówiły dalszych dyżurów z powodu braku "
            "farmaceutów.",
        ],
        [
            "-Czytaj także: Szpital powiatowy otwiera nocną pomoc lekarską",
            "+„W nocy przychodzi do nas kilka osób, ale to są pilne sprawy” – mówi farmaceutka Genowefa "
            "Ćwikliszewska.",
        ],
        [
            "+Jak będą działać dyżury",
            "+Pięć aptek na zmianę, każda przez tydzień",
            "+Dyżur od 22.00 do 7.00 rano",
            "-Reklama",
            "+Adres dyżurnej apteki na drzwiach każdej z nich",
        ],
        [
            "+Radni opozycji chcą, by powiat dopłacał aptekom do nocnych dyżurów.",
        ],
        [
            "-Zapisz się do naszego newslettera i bądź na bieżąco",
        ],
        [
            "+Starostwo obiecuje, że wróci do sprawy po pierwszym kwartale.",
            "-Tagi: Zgrzytowo, apteki, zdrowie, starostwo",
        ],
        [
            "-11 komentarzy",
            "-Mieszkaniec_Os · 2 godz. temu · Jedna apteka na całe miasto to za mało.",
            "-↳ Farmaceuta_K · 1 godz. temu · Nie ma kto pracować w nocy, taka prawda.",
            "-↳↳ Mieszkaniec_Os · 40 min temu · To niech powiat dopłaci.",
            "-Babcia_Zosia · 15 min temu · Dobrze, że adres będzie na drzwiach.",
        ],
        [
            "-© 2026 Wydawnictwo Zgrzyt Sp. z o.o. Wszelkie prawa zastrzeżone.",
            "-Regulamin · Polityka prywatności · Kontakt · Ogłoszenia",
        ],
    ]),
    _page("pl", "pl-blog-zielnikjagody-kartki", [
        [
            "-Zielnik Jagody",
            "-Kartki, zakładki i obrazki z zasuszonych kwiatów",
        ],
        [
            "-Start · Poradniki · Galeria · Warsztaty · O mnie",
        ],
        [
            "-Poradniki › Kartki okolicznościowe",
            "+Kartki świąteczne z zasuszonych bratków i paproci",
        ],
        [
            "-Opublikowano 5 października 2026 przez Jagodę",
            "-Czas czytania: 6 min",
            "-Wpis zawiera linki afiliacyjne.",
        ],
        [
            "+Co roku robię kartki świąteczne sama, a w tym roku postanowiłam ozdobić je kwiatami z własnego ogrodu.",
        ],
        [
            "-Bratki rozłożone na bibule przed prasowaniem.",
            "+Bratki i liście paproci suszyłam przez trzy tygodnie w grubej książce, zmieniając bibułę co kilka dni.",
        ],
        [
            "+„Najpiękniejsze są kwiaty, które nie są idealne” – powtarzała moja babcia, która nauczyła mnie "
            "suszenia.",
            "-Zapisz na Pintereście",
        ],
        [
            "+Czego potrzebujesz",
            "+Kartonu akwarelowego w kolorze kremowym",
            "+Kleju introligatorskiego i pędzelka",
            "+Folii samoprzylepnej do zabezpieczenia",
        ],
        [
            "-Zobacz też: Zakładki do książek z liści klonu",
        ],
        [
            "+Najtrudniejsze było przyklejenie cienkich płatków tak, żeby się nie pomarszczyły.",
            "-Zapisz się na listę mailową, aby dostawać nowe wpisy",
            "+Gotowe kartki wysłałam do rodziny, a kilka zostawiłam na kiermasz w szkole.",
        ],
        [
            "-Moje kartki można kupić w sklepiku na Etsy.",
            "-Udostępnij: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-4 komentarze do „Kartki świąteczne z zasuszonych bratków”",
            "-Kasia_z_ogrodu · 5 października 2026 o 20:12 · Przepiękne! Jak długo trzymasz kwiaty w książce?",
            "-↳ Jagoda · 6 października 2026 o 9:03 · Dziękuję, Kasiu! Około trzech tygodni.",
            "-Ziołowa_Ela · 7 października 2026 o 18:44 · Czy bratki nie tracą koloru?",
            "-↳ Kasia_z_ogrodu · 7 października 2026 o 21:30 · Fioletowe trzymają kolor najlepiej.",
            "-Skomentuj",
        ],
        [
            "-Blog na WordPress.com.",
        ],
    ]),
    _page("ru", "ru-portal-aistopol-veb-kamera", [
        [
            "-Аистопольская правда",
            "-Вторник, 3 ноября 2026 · +4°C",
            "-Главная > Новости > Аистополь > Природа",
        ],
        [
            "+Гнездо аистов на водонапорной башне можно смотреть онлайн",
            "-Аграфена Клювикова",
        ],
        [
            "-03.11.2026, 09:20",
            "-Время на чтение: 3 минуты",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "+В Аистополе заработала веб-камера, которая круглосуточно показывает гнездо белых аистов на старой "
            "водонапорной башне.",
            "-Гнездо на башне, вид с камеры.",
            "-Фото: администрация Аистополя",
        ],
        [
            "+Камеру установили энергетики во время ремонта башни осенью, когда птицы уже улетели на зимовку.",
        ],
        [
            "-Читайте также: В районе впервые насчитали больше ста пар аистов",
            "+«Мы надеемся, что весной аисты вернутся и не испугаются камеры», — сказала глава поселения Людмила "
            "Трубогнездова.",
        ],
        [
            "+Что можно будет увидеть",
            "+Возвращение птиц в конце марта",
            "+Кладку яиц и вылупление птенцов",
            "-Реклама",
            "+Первые полёты молодых аистов в июле",
        ],
        [
            "+Трансляцию можно смотреть на сайте администрации и в её группе ВКонтакте.",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram",
        ],
        [
            "+Пока гнездо пустое, камера показывает окрестности и реку.",
            "-Теги: Аистополь, аисты, природа",
        ],
        [
            "-7 комментариев",
            "-Наталья_К · 2 часа назад · Какая хорошая идея, буду смотреть с внуками.",
            "-↳ Рыбак_Петрович · 1 час назад · Лишь бы вернулись, в прошлом году прилетели поздно.",
            "-↳↳ Наталья_К · 40 минут назад · Вернутся, они каждый год возвращаются.",
            "-Житель_Заречья · 10 минут назад · А звук будет?",
        ],
        [
            "-© 2026 ООО «Аистмедиа». Все права защищены.",
            "-О редакции · Политика конфиденциальности · Контакты",
        ],
    ]),
    _page("ru", "ru-blog-chelnochok-podolsk", [
        [
            "-Челночок и шпулька",
            "-Старые швейные машинки и всё, что с ними связано",
        ],
        [
            "-Главная · Реставрация · Коллекция · Запчасти · Обо мне",
        ],
        [
            "-Реставрация › Ручные машинки",
            "+Оживляю ручную машинку «Подольск» 1958 года",
        ],
        [
            "-Опубликовано 14 октября 2026, автор: Вера",
            "-Время чтения: 7 минут",
            "-В записи есть партнёрские ссылки.",
        ],
        [
            "+Эту машинку я купила на барахолке за пятьсот рублей: ручка не крутилась, а челнок был весь в ржавчине.",
        ],
        [
            "-Машинка до чистки, с засохшим маслом на механизме.",
            "+Сначала я сняла игольную пластину и челнок и три дня отмачивала их в керосине.",
        ],
        [
            "+«Эти машинки переживут нас всех, если их смазывать», — сказал мне мастер, у которого я покупала новую "
            "шпульку.",
            "-Сохранить в Pinterest",
        ],
        [
            "+Что понадобилось",
            "+Керосин и старая зубная щётка",
            "+Машинное масло и тонкая кисточка",
            "+Новый приводной ремень и шпулька",
        ],
        [
            "-Вам может понравиться: Как подобрать иглы для старой машинки",
        ],
        [
            "+После чистки и смазки машинка шьёт ровно и тихо, даже по плотной джинсе.",
            "-Подпишитесь на рассылку, чтобы не пропустить новые записи",
            "+Теперь она стоит на подоконнике, и я шью на ней мелкий ремонт.",
        ],
        [
            "-Отреставрированные машинки я иногда продаю — пишите в Telegram.",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
        ],
        [
            "-4 комментария к записи «Оживляю ручную машинку „Подольск“»",
            "-Галина_шьёт · 14 октября 2026 в 19:40 · У меня такая же, от мамы осталась!",
            "-↳ Вера · 15 октября 2026 в 8:15 · Галина, обязательно смажьте её, и она оживёт.",
            "-Мастер_Игорь · 16 октября 2026 в 12:05 · Керосин лучше не держать на резине.",
            "-↳ Галина_шьёт · 16 октября 2026 в 14:30 · Спасибо, учту.",
            "-Добавить комментарий",
        ],
        [
            "-Сайт работает на WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-patchworkbylamplight-hexies":
        "the quilting blog's hexie-quilt post keeps its photo caption ('The finished quilt on the washing "
        "line, before its first wash.') at the top of the second paragraph's block, right before it (1 of 20 noise "
        "lines)",
    "fr-blog-grenierahydromel-sureau":
        "the mead blog's elderflower post keeps its photo caption ('Les fleurs de sureau séchant sur un torchon "
        "avant l'infusion.') at the top of the second paragraph's block, right before it (1 of 20 noise lines)",
    "de-blog-schattenwerfer-schiefer":
        "the sundial blog's slate post keeps its photo caption ('Die Schieferplatte nach dem Anreißen der "
        "Stundenlinien.') at the top of the second paragraph's block, right before it (1 of 20 noise lines)",
    "it-blog-collinedipolistirolo-rovine":
        "the wargaming-terrain blog's ruined-church post keeps its photo caption ('Le pareti appena tagliate, prima "
        "della texture.') at the top of the second paragraph's block, right before it (1 of 20 noise lines)",
    "pl-blog-zielnikjagody-kartki":
        "the pressed-flower blog's card post keeps its photo caption ('Bratki rozłożone na bibule przed "
        "prasowaniem.') at the top of the second paragraph's block, right before it (1 of 20 noise lines)",
    "ru-blog-chelnochok-podolsk":
        "the sewing-machine blog's Podolsk post keeps its photo caption ('Машинка до чистки, с засохшим маслом на "
        "механизме.') at the top of the second paragraph's block, right before it (1 of 20 noise lines)",
}


test_held_out_139_line, test_held_out_139_line_is_kept, test_held_out_139_page = held_out_tests(
    HELD_OUT_139_LINES, HELD_OUT_139_KEEP, HELD_OUT_139_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
