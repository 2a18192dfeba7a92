"""Held-out set 142: written blind, weighted toward the noise the cleaner exists for, in shapes set 140's docstring does
not name (nor the first paragraphs of sets 137, 138 and 139): scraper, embed and ad markers (an English SoundCloud track
deleted or made private "SoundCloud: this track was not found. It may have been deleted or made private by the
uploader.", an English Flourish chart shown only with JavaScript "The Flourish visualisation could not be displayed.
Enable JavaScript to see the interactive chart.", an English Bluesky post deleted by its author "Bluesky post not found
– it may have been deleted by its author.", a French Calaméo document that could not be shown "Le document Calaméo n'a
pas pu être affiché. Consultez la publication sur calameo.com.", a German Podigee player that cannot play the episode
"Podigee-Player: Diese Episode kann derzeit nicht wiedergegeben werden.", an Italian Google Maps map waiting for
third-party cookies "La mappa di Google Maps non è stata caricata: accetta i cookie di terze parti per visualizzarla.",
a Polish Komoot route that cannot be shown without cookies "Nie można wyświetlić trasy z Komoot – włącz obsługę plików
cookie i odśwież stronę." and a Russian Rutube video blocked by region "Видео на Rutube недоступно для просмотра в вашем
регионе."); reading-time headers in new wordings (the English approximate-read-and-word-count header "Approx. read: 4
min · 870 words", a blog's settle-in warning giving the word count and fifteen minutes "Settle in: at roughly 3,000
words this post will take you a good fifteen minutes.", the French have-you-got-four-minutes line "Vous avez 4 minutes ?
C'est le temps qu'il faut pour lire cet article.", the German you-need-about line "Zum Lesen brauchen Sie etwa 4
Minuten.", the Italian reads-in line "Si legge in 4 minuti", the Polish reading-time-approximately header "Czas lektury:
ok. 4 min" and the Russian time-for-reading header "Время на чтение: около 4 минут"); bylines and self-promotion (an
English story-and-video byline "Story and video by Perpetua Threadgoldie", an English additional-reporting byline
"Additional reporting by Ignatius Wobbleditch", a French text-and-photos byline with a middle dot "Texte : Apolline
Gourdemaine · Photos : Bastien Ferlaboudin" and a German report-by-a-freelance byline "Ein Bericht von Hiltrud
Kesselmeyer, freie Mitarbeiterin", all at the head, and at the foot an English Big Cartel marbled-paper plug "My marbled
papers are sold as A4 sheets in my Big Cartel shop – restocked on the first Friday of each month.", an Italian Ko-fi
support plug "Se ti piace quello che scrivo, puoi sostenermi su Ko-fi con un caffè virtuale.", a Polish in-person
workshops plug "Prowadzę też warsztaty stacjonarne w Krakowie – zapisy przez formularz w zakładce Warsztaty." and a
Russian Boosty channel plug "Мой канал на Boosty — там видеоуроки выходят раньше, чем здесь."); blog and site footers
(an English Ghost-and-Casper credit with a sign-up link "Proudly powered by Ghost · Theme: Casper · Sign up", an English
web-agency credit with accessibility and modern-slavery statements "Site by Quincebury Digital · Accessibility statement
· Modern slavery statement", an English licence-and-host line "Content licensed CC BY-SA 4.0 · Hosted by Krystal · Made
in Sheffield", a French Dotclear-and-o2switch credit "Propulsé par Dotclear · Hébergé chez o2switch · Mentions légales",
a German Contao-and-Hetzner credit "Powered by Contao · Hosting: Hetzner Online GmbH · Impressum ·
Datenschutzerklärung", the Italian not-a-newspaper disclaimer of blogs "Questo blog non rappresenta una testata
giornalistica in quanto viene aggiornato senza alcuna periodicità.", a Polish Joomla-and-cyber_Folks credit "Strona
zbudowana na Joomla! · Hosting: cyber_Folks · Polityka cookies" and a Russian Tilda credit with the user agreement
"Сделано на Tilda · Пользовательское соглашение · Политика конфиденциальности"); reader-comment furniture (an English
sort-by row "Sort by: Oldest · Newest · Most liked", an English comments-are-moderated note "Comments are moderated and
may take up to 24 hours to appear.", an English view-earlier-replies link "View 6 earlier replies", the French
awaiting-moderation note "Votre commentaire est en attente de modération.", a German comments-released-after-review note
"Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.", an Italian show-more-comments link "Mostra
altri 12 commenti", a Polish show-older-comments link "Pokaż starsze komentarze (9)" and the Russian Cackle widget line
"Комментарии для сайта Cackle"); share rows (an English Bluesky, Threads, email and copy-link row "Share via: Bluesky ·
Threads · Email · Copy link", an Italian Facebook, LinkedIn, Telegram and email row "Condividi: Facebook · LinkedIn ·
Telegram · Email" and a Polish Facebook, X, WhatsApp and copy-link row "Podziel się: Facebook · X · WhatsApp · Kopiuj
link"); and notices (a French update note "Mise à jour à 17 h 40 : ajout de la réaction du maire." and a German
statement-added note "Dieser Text wurde nach Erscheinen um eine Stellungnahme der Stadtwerke ergänzt.", both in the
body, and the Russian the-author's-opinion disclaimer "Мнение автора может не совпадать с позицией редакции." at the
foot); and toward whole scraped news and hobby-blog pages in layouts set 140's docstring does not describe (on the six
portal pages a sign-in-and-subscribe strip and the masthead in one block of two above the title; a section menu and a
breadcrumb at the top of the title's own block, right before the title, and the byline after it in the same block; under
it a block of two, the date-and-time line and the reading time; a photo caption and its credit at the top of the first
paragraph's block, right before it; the second paragraph and the paragraph with the quote in one block with an ad or
sponsored label between them; a share row and a newsletter, WhatsApp-channel or Telegram prompt in one block of two
before the subheading; the subheading and the three rows in one block with a read-also link between the first and second
rows; the two last paragraphs in one block with a tags or topics line between them; at the foot two blocks, four lines
(a comment count, a comment, an arrowed reply by a second reader and the first commenter's answer two arrows deep) and
then a legal-links row and a copyright line; on the six blog pages the blog name alone in the first block; the menu at
the top of the title's block, right before the title, and the posted-date-and-author line after it; the reading time and
a three-line table of contents (its heading and two numbered entries) at the top of the first paragraph's block, right
before it; the second paragraph and the paragraph with the quote in one block with a photo caption between them; a
related-post link alone; the subheading and the three rows in one block with a shop, commissions, lessons or
affiliate-links plug at its end, right after the third row; the two last paragraphs in one block with nothing between
them; a subscribe or follow prompt and a share row in one block of two; at the foot two blocks, six lines (a comments
heading or count, a comment, the author's arrowed reply, a second comment, the author's arrowed reply to it and a
leave-a-comment heading) and then a platform credit and a back-to-top link), taken from local news of fresh kinds (a
night-bus trial on weekend nights, a lake beach left without a lifeguard this summer, a public toilet reopened after a
refit, a plane-tree avenue replanted along a ring road, a town-hall clock mechanism repaired, a school crossing moved
after a near miss) and from blogs about paper marbling, learning the ukulele at sixty, tin toy restoration, mantel clock
repair, shoe repair at home and the bagpipe practice chanter.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 140 but what is named here), held-out set 141 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 140 up to its paragraph "Measured after round 100", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 137, 138 and 139, printed with one ast
script (/tmp/s142scratch/peek.py, reading the files of /tmp/wt-set142/tests, a worktree at the brief's commit; see Slips
and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-set142);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s142scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 140's as printed, with 140 -> 142; /tmp/s142scratch/gen142.py writes this file from
scratch files (lines142.txt, keep142.txt, pages142.txt, doc_first.txt, doc_rest.txt, doc_baseline.txt and, after the
measurement, tables142.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s142, detached at commit d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) peek.py's first run printed to
the terminal, whose output the tool cut in the middle (its lines 132 to 372 of 500: the end of set 140's Slips and notes
(5), its notes (6) to (9), Judgement calls, Contents and Baseline, its imports and tail, set 137's first paragraph and
set 138's first paragraph up to its Russian marker); its second run went to /tmp/s142scratch/peek.out, of which I paged
lines 125 to 372 with ``sed``, in two calls (the rest of those allowed parts); nothing outside the allowed parts was
printed. (3) helpers.py imported test_clean from /work/main/tests (at the brief's commit), which loads the cleaner's
modules, but nothing was cleaned and no source under src/ was printed; the helpers printed are only the checks this file
calls. The machine's python had the project's dependencies; every run used it. (4) Before the measurement
/tmp/s142scratch/check142.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, counted the held-out
lines by category, language and place and the keep lines by language and place, and printed each page's counts of
article and noise lines and blocks (10, 20 and 10 on every page); it ran twice, once after drafting and once right
before the measurement, and found nothing either time. While drafting I kept the ad labels out of the other lines: the
German portal's "Anzeige" is not in its section menu (which ends "Trauer", not "Anzeigen") nor in the tin-toy blog's
shop plug (an online shop, not Kleinanzeigen); the Polish and Russian legal-links rows name no "Reklama" or "Реклама"
link; the German and Italian portals use "Anzeige" and "Contenuto sponsorizzato" because the German and Italian keep
lines open with "Werbung" and "Pubblicità"; and I kept every masthead out of its own photo credit and copyright line
("Picture: Echo archive", "© 2026 Wrensditch Echo Media Ltd.", "Photo archives Le Réveil", "© 2026 Éditions du Réveil",
"© 2026 Rundschau Verlag GmbH", "Fot. Urząd Miasta", "© 2026 Wydawnictwo Gazety", "© 2026 МУП «Городская редакция»").
Then /tmp/s142scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by
one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark
was swapped. gen142.py reports lines over 120 characters and at-signs in the written file (none), and the file's lists
were compared with the scratch files after it was written (equal). (5) Invented names were checked with the exact-string
search over public GitHub files: Wrensditch, Pollingsworth, Abbleforth, Tillingmoss, Ox Gall and Alum, Vasselonde,
Caudebarde, Tarnebosc, Quatre cordes après soixante ans, Kröpfelbach, Wimmelsbach, Haberkalb, Laschenbieger, Roccafonda,
Spadaccinetti, Cimbrolatti, Lancette e Bilancieri, Zagrodzisk (for Zagrodzisko and Gazeta Zagrodziska), Kminkiewicz,
Trzaskowiec, Kopyto i Dratwa, Верхнеключинск, Крапивницкая, Шлагбаумкин, Тростник и мундштук, Threadgoldie, Wobbleditch,
Gourdemaine, Ferlaboudin, Kesselmeyer and Quincebury had no hits. Dropped: Comb and Size (a phrase in code comments),
Rake and Gall (inside "Drake and Galloway") and Size and Stone (a common phrase), so the marbling blog became Ox Gall
and Alum; Lavernoux (inside a random token; the French town became Vasselonde); Kranzbühl (inside the surname
Kranzbühler; the German town became Kröpfelbach); Blechfrosch (a word in a source file; the tin-toy blog became Der
Laschenbieger); Spadaccioli (a real surname; the Italian reporter became Marcello Spadaccinetti); Ciampolini and
Ciampanelli (real surnames; the Italian councillor became Loredana Cimbrolatti); Ветрогонов (inside Ветрогонова; the
traffic-police officer became Олег Шлагбаумкин); Ключинский (a real surname and place; the Russian paper became
Верхнеключинские известия, built on the checked town); Wobblecombe (a word in a name list; the English byline became
Ignatius Wobbleditch); Ferlandou (inside offerLandOutcome; the French photographer became Bastien Ferlaboudin);
Bramblecote (a name in several data files; the agency became Quincebury Digital) and Gorsebank (a name in data files;
the estate became Tillingmoss; Moorfield, my first idea, was dropped unchecked as a real place). Not checked: first
names and commenters' handles (Harriet, Dennis, Philippa, Séverine, Gilles, Josiane, Gérard, Edeltraud, Torsten, Rainer,
Udo, Marcello, Loredana, Ettore, Pina, Radosław, Bolesław, Wiesiek, Зинаида, Олег, Всеволод, Perpetua, Ignatius,
Apolline, Bastien, Hiltrud, NightShiftNurse, TillingmossDad, PaperAndPaste, EbruLearner, Nageuse_du_matin, Pêcheur71,
Gérard_guitare, Mamie_Uke, Marktfrau_Gerda, Radler_KB, Sammler_Udo, Blechbüchse_Ela, Gianni_del_viale, Ciclista_RF,
Orologiaio_per_hobby, Nonna_Pina, Stary_zegarmistrz, Mieszkaniec_Rynku, Janek_z_warsztatu, Ola_buty,
Мама_третьеклассника, Водитель_со_стажем, Волынщик_из_Твери, Соседка_снизу), names built on checked names (The
Wrensditch Echo, Wrensditch Echo Media Ltd, Le Réveil de Vasselonde, Kröpfelbacher Rundschau, La Voce di Roccafonda,
Editoriale Roccafonda Srl, Gazeta Zagrodziska, Верхнеключинские известия) and ordinary words and places (the Saules and
Port beaches, Rundschau Verlag, Wydawnictwo Gazety, Городская редакция, улица Садовая, Заречная улица, via dei Mulini,
the N7 route). There are no e-mail addresses and no at-signs. (6) Real things named, as real pages do: SoundCloud,
Flourish, Bluesky, Calaméo, Podigee, Google Maps, Komoot, Rutube, Big Cartel, Ko-fi, Boosty, Ghost and its Casper theme,
Krystal, Sheffield, Kraków, Dotclear, o2switch, Contao, Hetzner Online GmbH, Joomla!, cyber_Folks, Tilda, Cackle,
Threads, Facebook, WhatsApp, X, Email, LinkedIn, Telegram, Pinterest, Mastodon, RSS, VKontakte, Odnoklassniki, Dzen,
WordPress and WordPress.com, Canalblog, Altervista, Blogger, Payhip, Nylgut and Aquila strings, the GIBDD, the Creative
Commons BY-SA 4.0 licence and the song "Scotland the Brave". (7) The two measuring commands ran as the brief gave them,
in one shell call after ``date`` and the last check142.py run, their output sent to /tmp/s142scratch/measure.out and
report.out and the report and the pytest tail printed (17 failed, 60 passed); the problems were then printed with
``_problems`` in the frozen worktree by /tmp/s142scratch/problems.py (output problems.out), which imports the copy of
this file in /tmp/wt-s142/tests with /tmp/wt-s142/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep
lines and 12 pages, printing only the failing ones (10, 0 and 7, as in the measurement). The xfail tables were written
in /tmp/s142scratch/tables142.py by tables142_src.py from my own descriptions of those lines and pages (the quoted page
lines are pulled from pages142.txt by their openings), and verify142.py checked that the failing lines are exactly the
keys of ``_LINE_XFAIL``, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line left
is quoted in its page's reason and that each reason gives its count of noise lines left. (8) My first clock reading was
2026-12-05 18:49:10 UTC; the measurement ran at 18:53:33 UTC by the machine's clock. (9) With the tables filled, the
pytest command ran on the final file in /tmp/wt-s142: 60 passed, 17 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from parents", "Sharing a kitchen", "Followers of the
town band", "Subscribers to the heat network", "Copyright lawyers for the museum", "Advertising on the new bus
shelters", "Reading the minutes aloud" (with "forty minutes" in it), "Les commentaires recueillis", "Partagée entre deux
communes", "Abonnée au journal depuis 1974", "Teilen müssen sich die beiden Vereine", "Werbung auf den Straßenbahnen",
"Kommentieren wollte der Bürgermeister", "Seguire i lavori del cantiere", "Iscritti alla banda comunale", "Pubblicità
luminosa vietata", "Udostępnienie boiska szkolnego", "Komentarze mieszkańców zebrane", "Поделиться опытом с коллегами"
and "Комментируя решение" are article sentences: each reports what a council, a committee, a company, a museum, a clerk,
a reader, two clubs, a mayor, a band, councillors, residents, librarians or a district head decided, did, said or
promised, with the noise-like word as an ordinary noun, verb, participle or gerund of the sentence (the English "Reading
the minutes aloud" is a clerk reading the minutes of a meeting, not a reading time, and the Italian "Pubblicità luminosa
vietata" is a ban on illuminated signs, not an ad label). Categories: the SoundCloud, Flourish, Bluesky, Calaméo,
Podigee, Google Maps, Komoot and Rutube lines are markers (embeds that failed, were blocked or were withdrawn); the
approximate-read header, the settle-in warning with its word count, the have-you-got-four-minutes line, the
you-need-about line, the reads-in line and the two headers are reading times; the story-and-video, additional-reporting,
texte-and-photos and Bericht-von lines are bylines at the head, and the Big Cartel, Ko-fi, workshops and Boosty lines
are bylines (self-promotion) at the foot; the Ghost, web-agency, licence, Dotclear, Contao, not-a-newspaper, Joomla and
Tilda lines are footers (the Italian disclaimer is the legal line of a blog's foot under the Italian press law, not a
notice about one story, and the licence line is the foot of a whole site); the sort-by row, the moderation notes, the
earlier-replies, more-comments and older-comments links and the Cackle widget line are comment furniture; the English,
Italian and Polish rows are share rows; the French update note and the German statement-added note are notices in the
body (both speak of the story they sit in), and the Russian author's-opinion disclaimer is a notice at the foot. On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (sign-in strips, mastheads, blog names, section
menus, breadcrumbs and blog menus, bylines, dates and posted-by lines, reading times, photo captions and credits, ad and
sponsored labels, share rows, newsletter, WhatsApp-channel, Telegram, subscribe and follow prompts, read-also and
related-post links, tags and topics lines, tables of contents, shop, commissions, lessons and affiliate plugs, comment
counts and headings, comments and replies, leave-a-comment headings, legal-links rows, copyright lines, platform credits
and back-to-top links) is noise. The list rows (the night bus's times, fares and guard, the beach's rules and rescue
post, the toilet's cabins, hours and fee, the avenue's planting, watering and lane closure, the clock's repairs, the
blogs' materials, tools and practice plans) are short, some without a verb (the Polish blog's rows are genitive objects
of their subheading "Czego użyłem"), but part of each article, so article; the portals' ad labels ("Advertisement",
"Publicité", "Anzeige", "Contenuto sponsorizzato", "Reklama", "Реклама") and the blogs' table-of-contents headings
("What's in this post", "Au sommaire", "Inhaltsverzeichnis", "Sommario", "Spis treści", "Содержание") are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Polish and notice in French, German and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wrensditch-night-bus (a six-month trial of night buses on Friday and Saturday nights),
en-blog-oxgallandalum-marbling (a first Turkish stone pattern marbled on carrageenan), fr-portail-vasselonde-plage (no
lifeguard this summer at the Saules lake beach), fr-blog-quatrecordes-ukulele (three months of ukulele at sixty and a
clean F chord), de-portal-kroepfelbach-toilette (the public toilet on the market square reopens after a refit),
de-blog-laschenbieger-blechmotorrad (a 1950s tin motorcycle gets its clockwork spring back),
it-portale-roccafonda-platani (140 plane trees replanted along the ring road), it-blog-lancetteebilancieri-pendola (a
French mantel clock strikes the hours again), pl-portal-zagrodzisko-zegar (the town-hall clock mechanism back after
repair), pl-blog-kopytoidratwa-fleki (new heel tips on worn boots at home), ru-portal-verkhneklyuchinsk-perekhod (a
school crossing moved after a near miss) and ru-blog-trostnikimundshtuk-volynka (six months on a bagpipe practice
chanter and the first grace notes), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit d7ad36f300aebd0a28333e2d10a9ae48cf8b95c4, measured with ``cd /tmp/wt-s142 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s142/src python -m pytest -q tests/test_clean_held_out_142.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s142 && PYTHONPATH=/tmp/wt-s142/src python
scripts/clean_held_out_report.py --sets 142``, with the xfail tables empty): noise lines removed 35/45 (marker 3/8,
reading-time 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 1/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers (the English SoundCloud not-found and Bluesky post-not-found
placeholders, the French Calaméo document placeholder, the German Podigee player placeholder and the Russian Rutube
region-block placeholder), one reading time (the German you-need-about-four-minutes line), two bylines (the German
report-by-a-freelance byline at the head and the English Big Cartel marbled-paper plug at the foot) and two notices in
the body (the French update note and the German statement-added note); the Flourish, Google Maps and Komoot markers, the
Russian author's-opinion notice and every footer, comment and share line went); keep lines kept 20/20; pages 5/12 clean
(the English, French, Italian, Polish and Russian portals), 13 of 240 page noise lines left and 0 of 120 article lines
lost. Left on the pages: 2 on the English marbling blog (the photo caption and the shop plug), 4 on the French ukulele
blog (the three-line table of contents and the photo caption), 1 on the German portal (the topics line between the last
paragraphs), 1 on the German tin-toy blog (the photo caption), 1 on the Italian clock blog (the photo caption), 2 on the
Polish shoe-repair blog (the photo caption and the affiliate-links plug) and 2 on the Russian bagpipe blog (the photo
caption and the online-lessons plug), nothing on the other pages, as ``_PAGE_XFAIL`` describes; no page loses an article
line. The failing cases are strict xfails.

Measured after round 101 (developed on sets 139 and 140 beside this set's writing from the same base, d7ad36f, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 142` and the
problems of every case before and after; the lead's mend after round 101 changed nothing here): lines 35 -> 35 of 45, 20
of 20 kept, pages clean 5 -> 5 of 12, page noise lines 13 -> 13 of 240, none of 120 article lines lost. Nothing carried
over: round 101's wordings (named embeds, services plugs, subscribe prompts, correction notices) and its table of
contents under the first paragraph met none of this set's lines, whose embeds (SoundCloud, Bluesky, Calaméo, Podigee,
Rutube), update notices, the French blog's "Au sommaire" above the first paragraph and the blogs' uncredited captions
stay.

Round 102 (development; this set was read in full from this round on): developed on sets 141 and 142 together (see set
141's Round 102 paragraph for the rules). Fixed: (1) a picture's caption over its credit inside a paragraph's block, the
article's prose above and under them (page_blocks._inside_caption_pairs beside round 93's _caption_pairs,
_mark_credited_caption_blocks, and _mark_credited_caption(inside=True)): the caption a noun phrase or one short sentence
(not round 94's phrase and sentence), the credit a rule's or a credit's shape closing with no word's full stop
(_WORD_FULL_STOP; "Foto: Die Feuerwehr bittet um Mithilfe." stays); (2) tables of contents above the first paragraph:
clean._TOC_HEADER takes "Au programme" and "Au sommaire" (like "Indice", dotted entries only before the body, the line
whole), and dotted entries above the first paragraph may run to eight words (_DOTTED_TOC_ENTRY_MAX_WORDS through
_dotted_toc_number and _toc_entries: "2. La scodella con il coltello a uncino" under "Indice dei contenuti"); (3)
widened rules: whole_line_noise._EMBED_PLATFORM (CDA.pl) and _EMBED_SCREEN_STATE (WebGL disabled, only visible to the
athlete's followers, "kann derzeit nicht geladen/wiedergegeben werden", "n'a pas pu être affiché", not found and may
have been deleted, "недоступно для просмотра в вашем регионе"); the site notice's correction under the editors' label
("Hinweis der Redaktion:"), the timed update with the French spaced time and the thing added as a noun ("Mise à jour à
17 h 40 : ajout de ...") and the page completed after its publication ("Dieser Text wurde nach Erscheinen um ...
ergänzt."); clean._READING_SENTENCE (the long-post alert with a quarter of an hour and the advice to keep it for later,
_LONG_ONE letting it run longer; "Zum Lesen brauchen Sie etwa 4 Minuten."); STAMP_BYLINE (a filed-by line with its time)
and the report byline's role (a freelance: "freie Mitarbeiterin"); the IPSO line with "Find out more about our
complaints procedure."; _SHOP_PLATFORM (Redbubble, Big Cartel, Pakamera, Folksy, Society6), the shop plug's "sold as A4
sheets in my ... shop", the services plug's "в разделе «...»", a new branch of the self-promotion rule for the writer's
things for sale at a craft market, fair or stall (the writer's "my" or first person, no one else's, no verb of saying),
the podcast prompt's pattern for a blog followed so as to miss no post ("Folge diesem Blog, um keinen neuen Beitrag zu
verpassen.") and, in a second commit, the tip jar's supporters getting the writer's things early ("Ko-fi supporters get
the printable pattern sheets a week before they go up here."). Near misses in tests/test_clean.py (test_round_102_*).
Other sets' xfails removed: set 137's English Patreon plug ("Patreon supporters get my monthly tying videos a week early
...", by the second commit's rule); reasons reworded in sets 122 (fr-blog-facturesetfougeres-freelance, its "Au
sommaire" table goes), 134 (de-blog-glaeserweisesommer-quitten, its Christmas-market plug goes) and 138
(fr-blog-moussedulavoir-lait-de-chevre, its "Au programme" table goes). All sets (scripts/clean_held_out_report.py):
noise lines removed 5567 -> 5589, article lines kept 2687 -> 2687, pages clean 988 -> 994, page noise lines left 1352 ->
1315, paragraphs lost 2 -> 2 (no set's kept lines dropped, no set's lost rose). SemEval (scripts/semeval_noise_diff.py
diff): 0 changed files of 3723. Bench (benchmarks/bench_clean.py --baseline-src of 4ca49af, run on the first commit
while the test set ran on the other core): ratio 1.04 (2.348 s against 2.263 s). Pytest (the cleaning test set): 18839
passed, 1092 xfailed at the first commit; 18842 passed, 1090 xfailed at the second, no XPASS. This set: noise lines 35
-> 45 of 45 (marker 3 -> 8 of 8, reading-time 6 -> 7 of 7, byline 6 -> 8 of 8, footer 8 of 8, comments 8 of 8, share 3
of 3, notice 1 -> 3 of 3), keep 20 of 20, pages clean 5 -> 5 of 12, page noise lines left 13 -> 9 of 240, none of 120
article lines lost. _LINE_XFAIL emptied (the SoundCloud, Bluesky, Calaméo, Podigee and Rutube placeholders, the
you-need-four-minutes line, the freelance's byline, the Big Cartel plug and the French and German notices). Reasons
reworded: fr-blog-quatrecordes-ukulele (its "Au sommaire" table goes) and ru-blog-trostnikimundshtuk-volynka (its
online-lessons plug goes). Still missed: the blogs' uncredited photo captions (left by design), the marbling blog's
"Marbled sheets from this batch are in the shop, ..." (no writer's "my"), the German portal's topics line between the
two last paragraphs, in their block (the line goes alone, not there) and the Polish affiliate-links plug "... kupisz
przez linki afiliacyjne w zakładce Sklepik."
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_142_LINES: list[tuple[str, str, str]] = [
    ('body',
     'SoundCloud: this track was not found. It may have been deleted or made private by the uploader.',
     'marker'),
    ('body',
     'The Flourish visualisation could not be displayed. Enable JavaScript to see the interactive chart.',
     'marker'),
    ('body', 'Bluesky post not found – it may have been deleted by its author.', 'marker'),
    ('body', "Le document Calaméo n'a pas pu être affiché. Consultez la publication sur calameo.com.", 'marker'),
    ('body', 'Podigee-Player: Diese Episode kann derzeit nicht wiedergegeben werden.', 'marker'),
    ('body',
     'La mappa di Google Maps non è stata caricata: accetta i cookie di terze parti per visualizzarla.',
     'marker'),
    ('body', 'Nie można wyświetlić trasy z Komoot – włącz obsługę plików cookie i odśwież stronę.', 'marker'),
    ('body', 'Видео на Rutube недоступно для просмотра в вашем регионе.', 'marker'),
    ('head', 'Approx. read: 4 min · 870 words', 'reading-time'),
    ('head', 'Settle in: at roughly 3,000 words this post will take you a good fifteen minutes.', 'reading-time'),
    ('head', "Vous avez 4 minutes ? C'est le temps qu'il faut pour lire cet article.", 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten.', 'reading-time'),
    ('head', 'Si legge in 4 minuti', 'reading-time'),
    ('head', 'Czas lektury: ok. 4 min', 'reading-time'),
    ('head', 'Время на чтение: около 4 минут', 'reading-time'),
    ('head', 'Story and video by Perpetua Threadgoldie', 'byline'),
    ('head', 'Additional reporting by Ignatius Wobbleditch', 'byline'),
    ('head', 'Texte : Apolline Gourdemaine · Photos : Bastien Ferlaboudin', 'byline'),
    ('head', 'Ein Bericht von Hiltrud Kesselmeyer, freie Mitarbeiterin', 'byline'),
    ('tail',
     'My marbled papers are sold as A4 sheets in my Big Cartel shop – restocked on the first Friday of each month.',
     'byline'),
    ('tail', 'Se ti piace quello che scrivo, puoi sostenermi su Ko-fi con un caffè virtuale.', 'byline'),
    ('tail', 'Prowadzę też warsztaty stacjonarne w Krakowie – zapisy przez formularz w zakładce Warsztaty.', 'byline'),
    ('tail', 'Мой канал на Boosty — там видеоуроки выходят раньше, чем здесь.', 'byline'),
    ('tail', 'Proudly powered by Ghost · Theme: Casper · Sign up', 'footer'),
    ('tail', 'Site by Quincebury Digital · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Content licensed CC BY-SA 4.0 · Hosted by Krystal · Made in Sheffield', 'footer'),
    ('tail', 'Propulsé par Dotclear · Hébergé chez o2switch · Mentions légales', 'footer'),
    ('tail', 'Powered by Contao · Hosting: Hetzner Online GmbH · Impressum · Datenschutzerklärung', 'footer'),
    ('tail',
     'Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.',
     'footer'),
    ('tail', 'Strona zbudowana na Joomla! · Hosting: cyber_Folks · Polityka cookies', 'footer'),
    ('tail', 'Сделано на Tilda · Пользовательское соглашение · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort by: Oldest · Newest · Most liked', 'comments'),
    ('tail', 'Comments are moderated and may take up to 24 hours to appear.', 'comments'),
    ('tail', 'View 6 earlier replies', 'comments'),
    ('tail', 'Votre commentaire est en attente de modération.', 'comments'),
    ('tail', 'Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', 'Mostra altri 12 commenti', 'comments'),
    ('tail', 'Pokaż starsze komentarze (9)', 'comments'),
    ('tail', 'Комментарии для сайта Cackle', 'comments'),
    ('tail', 'Share via: Bluesky · Threads · Email · Copy link', 'share'),
    ('tail', 'Condividi: Facebook · LinkedIn · Telegram · Email', 'share'),
    ('tail', 'Podziel się: Facebook · X · WhatsApp · Kopiuj link', 'share'),
    ('body', 'Mise à jour à 17 h 40 : ajout de la réaction du maire.', 'notice'),
    ('body', 'Dieser Text wurde nach Erscheinen um eine Stellungnahme der Stadtwerke ergänzt.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_142_KEEP: list[tuple[str, str]] = [
    ('head',
     "Comments from parents at Tuesday's meeting persuaded the council to look again at the school bus timetable."),
    ('head', 'Sharing a kitchen with three other stallholders has halved the rent for the new market traders.'),
    ('body', 'Followers of the town band will be glad to hear that rehearsals resume in the scout hut next month.'),
    ('body', 'Subscribers to the heat network will see their standing charge frozen until April, the company said.'),
    ('tail', 'Copyright lawyers for the museum say the old postcard collection can now be shown online.'),
    ('tail', 'Advertising on the new bus shelters will pay for their cleaning, according to the transport committee.'),
    ('tail', 'Reading the minutes aloud took the clerk nearly forty minutes on Thursday evening.'),
    ('head', "Les commentaires recueillis lors de l'enquête publique seront remis au préfet avant l'été."),
    ('body', 'Partagée entre deux communes, la piscine intercommunale rouvrira le 2 juin après travaux.'),
    ('tail', 'Abonnée au journal depuis 1974, une lectrice a offert sa collection complète à la médiathèque.'),
    ('head', 'Teilen müssen sich die beiden Vereine die Halle nur noch bis zum Ende der Saison.'),
    ('body',
     'Werbung auf den Straßenbahnen soll künftig nur noch für regionale Betriebe erlaubt sein, beschloss der Rat.'),
    ('tail', 'Kommentieren wollte der Bürgermeister die Zahlen am Mittwoch nicht, er verwies auf die Sitzung im Mai.'),
    ('head', 'Seguire i lavori del cantiere sarà possibile dal belvedere, dove il Comune ha installato un pannello.'),
    ('body', 'Iscritti alla banda comunale sono ormai più di sessanta ragazzi, il doppio di cinque anni fa.'),
    ('tail', "Pubblicità luminosa vietata nel centro storico: il consiglio ha approvato il regolamento all'unanimità."),
    ('head', 'Udostępnienie boiska szkolnego mieszkańcom po lekcjach radni uznali za dobry pomysł.'),
    ('tail', 'Komentarze mieszkańców zebrane podczas konsultacji trafią do projektantów jeszcze w tym miesiącu.'),
    ('head', 'Поделиться опытом с коллегами из соседних районов приехали библиотекари из трёх городов.'),
    ('tail', 'Комментируя решение, глава района пообещал вернуться к вопросу осенью.'),
]

HELD_OUT_142_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wrensditch-night-bus', [
        [
            "-Sign in · Subscribe from £1 a week · Today's paper",
            '-The Wrensditch Echo',
        ],
        [
            "-News · Sport · What's On · Property · Jobs",
            '-Home › News › Transport',
            '+Night buses to run on Friday and Saturday nights in six-month trial',
            '-By Harriet Pollingsworth, transport reporter',
        ],
        [
            '-Thursday 3 December 2026, 6:15pm',
            '-3 min read',
        ],
        [
            '-The N7 will leave the bus station every 40 minutes after midnight.',
            '-Picture: Echo archive',
            '+Wrensditch will get its first night bus service in more than twenty years from January, when a '
            'six-month trial starts on Friday and Saturday nights.',
        ],
        [
            '+The route will link the town centre with the hospital, the Tillingmoss estate and the railway station, '
            'with the last departure at 3.20am.',
            '-Advertisement',
            '+"Young people working late shifts have been walking home along unlit roads for years," said councillor '
            'Dennis Abbleforth, who chairs the transport committee.',
        ],
        [
            '-Share this article: Facebook · WhatsApp · X · Email',
            "-Get the Echo's morning briefing in your inbox – sign up free",
        ],
        [
            '+How the trial will work',
            '+Buses every 40 minutes from 11pm to 3.20am.',
            '-Read more: Station car park to close for resurfacing in February',
            '+Standard daytime fares and passes accepted.',
            '+A security guard on board after 1am on Saturdays.',
        ],
        [
            "+The trial costs £84,000 and is paid for from the county's bus improvement fund.",
            '-Topics: Transport · Buses · Night-time economy',
            '+If fewer than 25 passengers use each journey on average, the council says the service will not continue '
            'beyond June.',
        ],
        [
            '-14 comments',
            "-NightShiftNurse: About time. I've paid for taxis home from the hospital for three years.",
            '-↳ TillingmossDad: Same here, but 40 minutes is a long wait in the rain.',
            '-↳↳ NightShiftNurse: Better than no bus at all.',
        ],
        [
            '-Contact us · Advertise · Privacy notice · Cookie settings · Terms',
            '-© 2026 Wrensditch Echo Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-oxgallandalum-marbling', [
        [
            '-Ox Gall and Alum',
        ],
        [
            '-Home · Tutorials · Gallery · About · Shop',
            '+Marbling on carrageenan: my first proper Turkish stone pattern',
            '-Posted on 28 November 2026 by Philippa',
        ],
        [
            '-About a 6 minute read',
            "-What's in this post",
            '-1. Mixing the size',
            '-2. Dropping the colours',
            '+I have been marbling on a methylcellulose bath for two years, but this autumn I finally switched to '
            'carrageenan and the difference is remarkable.',
        ],
        [
            '+The size has to rest overnight, so I mixed it on Friday evening and left it in the cool of the garage '
            'under a tea towel.',
            '-Three sheets drying on the airer, with the comb resting on top.',
            '+My teacher always said, "Alum the paper the day before or the colours will wash straight off," and she '
            'was right again.',
        ],
        [
            '-You might also like: Making a rake from a strip of cork and dressmaking pins',
        ],
        [
            '+What I used',
            '+Carrageenan powder, 10 grams to 4 litres of water.',
            '+Gouache thinned with a few drops of ox gall.',
            '+Cartridge paper brushed with alum.',
            '-Marbled sheets from this batch are in the shop, wrapped flat and posted on Mondays.',
        ],
        [
            '+The stone pattern came out crisp on four of the six sheets, and the two failures taught me more than '
            'the successes.',
            '+Next month I want to try a nonpareil pattern, which means making a finer comb first.',
        ],
        [
            '-Never miss a post: subscribe by email or follow along with the RSS feed',
            '-Share: Pinterest · Facebook · Email',
        ],
        [
            '-5 Responses',
            '-PaperAndPaste: Beautiful stones! How long did you let the alum dry?',
            '-↳ Philippa: Overnight, pressed under a board – thank you!',
            '-EbruLearner: Did the carrageenan smell? Mine went off after three days.',
            '-↳ Philippa: Keep it in the fridge between sessions and it lasts a week.',
            '-Leave a Reply',
        ],
        [
            '-Blog at WordPress.com.',
            '-Back to top ↑',
        ],
    ]),
    _page('fr', 'fr-portail-vasselonde-plage', [
        [
            "-Se connecter · S'abonner · Le journal du jour",
            '-Le Réveil de Vasselonde',
        ],
        [
            '-Actualité · Sports · Loisirs · Annonces · Nécrologie',
            '-Accueil > Actualité > Vasselonde',
            '+Pas de maître-nageur cet été à la plage des Saules',
            '-Par Séverine Caudebarde',
        ],
        [
            '-Publié le 3 décembre 2026 à 11 h 05, mis à jour à 14 h 20',
            '-2 min de lecture',
        ],
        [
            "-La plage des Saules accueille jusqu'à 800 baigneurs les jours de forte chaleur.",
            '-Photo archives Le Réveil',
            "+La commune de Vasselonde n'a pas réussi à recruter de maître-nageur pour la plage des Saules, qui "
            'restera sans surveillance de juin à septembre.',
        ],
        [
            '+Trois annonces ont été publiées depuis février, sans une seule candidature, faute de logement pour les '
            'saisonniers.',
            '-Publicité',
            '+« Nous préférons le dire dès maintenant plutôt que de fermer la plage au dernier moment », explique le '
            'maire, Gilles Tarnebosc.',
        ],
        [
            '-Partager : Facebook · WhatsApp · Copier le lien',
            "-Recevez chaque matin notre lettre d'information : inscrivez-vous gratuitement",
        ],
        [
            '+Ce qui change pour les baigneurs',
            "+Baignade aux risques et périls de chacun, avec des panneaux à l'entrée.",
            '-À lire aussi : Le festival du lac cherche encore des bénévoles',
            '+Une bouée et une perche de sauvetage installées près du ponton.',
            '+Le poste de secours de la plage du Port ouvert tous les jours.',
        ],
        [
            '+La plage du Port, à deux kilomètres, reste surveillée grâce à un accord avec le syndicat intercommunal.',
            '-Mots-clés : Vasselonde · Baignade · Été',
            "+La mairie promet de proposer un logement aux futurs candidats dès l'automne prochain.",
        ],
        [
            '-8 réactions',
            "-Nageuse_du_matin : Dommage, c'était la plage la plus calme du lac.",
            "-↳ Pêcheur71 : Calme mais sans personne pour surveiller les enfants, ce n'est pas raisonnable.",
            "-↳↳ Nageuse_du_matin : D'accord, mais alors qu'on loge les saisonniers.",
        ],
        [
            '-Mentions légales · Données personnelles · Gestion des cookies · Contact',
            '-© 2026 Éditions du Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-quatrecordes-ukulele', [
        [
            '-Quatre cordes après soixante ans',
        ],
        [
            '-Accueil · Mes débuts · Partitions · À propos',
            '+Trois mois de ukulélé : le fameux accord de fa enfin propre',
            '-Publié le 29 novembre 2026 par Josiane',
        ],
        [
            '-Temps de lecture : 4 minutes',
            '-Au sommaire',
            '-1. Les doigts qui font mal',
            '-2. La méthode du métronome',
            "+J'ai acheté mon ukulélé soprano le jour de mes soixante ans, en me disant que quatre cordes, ce serait "
            'plus simple que six.',
        ],
        [
            "+Le premier mois, le bout de mes doigts me faisait mal et l'accord de fa sonnait comme une casserole.",
            "-Mon ukulélé en acajou posé sur le pupitre, à côté du cahier de grilles d'accords.",
            "+Mon professeur m'a répété : « Lentement d'abord, la vitesse viendra toute seule », et il avait raison.",
        ],
        [
            '-Dans la même rubrique : Choisir ses cordes, Nylgut ou fluorocarbone ?',
        ],
        [
            '+Mon programme de la semaine',
            "+Quinze minutes d'accords chaque matin.",
            '+Une chanson nouvelle le mercredi.',
            '+Le métronome à 60, jamais plus vite.',
            "-Mes grilles d'accords imprimables sont disponibles dans ma boutique Payhip, à petit prix.",
        ],
        [
            "+Aujourd'hui je joue « La Bohème » du début à la fin sans m'arrêter, même si le passage au si bémol "
            'reste lent.',
            "+Le mois prochain, j'attaque le picking, en commençant par une berceuse très simple.",
        ],
        [
            '-Abonnez-vous pour recevoir les nouveaux billets par courriel',
            '-Partager : Facebook · Pinterest · Imprimer',
        ],
        [
            '-6 commentaires',
            '-Gérard_guitare : Bravo ! Le fa est un cap, ensuite tout va plus vite.',
            '-↳ Josiane : Merci Gérard, je croise les doigts… enfin, pas trop fort !',
            '-Mamie_Uke : Quel modèle de cordes utilisez-vous ?',
            "-↳ Josiane : Des Aquila d'origine, je n'ai encore rien changé.",
            '-Laisser un commentaire',
        ],
        [
            '-Propulsé par Canalblog',
            '-Haut de page ↑',
        ],
    ]),
    _page('de', 'de-portal-kroepfelbach-toilette', [
        [
            '-Anmelden · Abo · E-Paper',
            '-Kröpfelbacher Rundschau',
        ],
        [
            '-Lokales · Sport · Kultur · Service · Trauer',
            '-Startseite › Lokales › Kröpfelbach',
            '+Öffentliche Toilette am Marktplatz nach Umbau wieder geöffnet',
            '-Von Edeltraud Wimmelsbach',
        ],
        [
            '-03.12.2026, 09:30 Uhr',
            '-Lesezeit: 2 Minuten',
        ],
        [
            '-Die neue Anlage am Marktplatz ist barrierefrei und hat einen Wickeltisch.',
            '-Foto: Stadt Kröpfelbach',
            '+Nach sieben Monaten Umbau ist die öffentliche Toilette am Kröpfelbacher Marktplatz seit Dienstag wieder '
            'geöffnet.',
        ],
        [
            '+Die Stadt hat rund 190.000 Euro in die Sanierung gesteckt, ein Drittel davon kam aus einem '
            'Förderprogramm des Landes.',
            '-Anzeige',
            '+„Die Beschwerden der Marktbeschicker haben wir sehr ernst genommen“, sagte Bürgermeister Torsten '
            'Haberkalb bei der Eröffnung.',
        ],
        [
            '-Teilen: WhatsApp · Facebook · Threads · Link kopieren',
            '-Den Rundschau-Newsletter kostenlos abonnieren – jeden Morgen um sechs',
        ],
        [
            '+Was sich geändert hat',
            '+Zwei Kabinen, eine davon barrierefrei.',
            '-Lesen Sie auch: Wochenmarkt zieht im Januar in die Halle um',
            '+Geöffnet täglich von 7 bis 21 Uhr.',
            '+Die Nutzung kostet 50 Cent, mit Karte oder Münze.',
        ],
        [
            '+Die alte Anlage war im vergangenen Winter nach mehreren Rohrbrüchen geschlossen worden.',
            '-Themen: Kröpfelbach · Marktplatz · Stadtrat',
            '+Gereinigt wird die Toilette künftig zweimal täglich von einer Firma aus dem Nachbarort.',
        ],
        [
            '-5 Kommentare',
            '-Marktfrau_Gerda: Endlich! Ein halbes Jahr lang mussten die Kunden ins Café ausweichen.',
            '-↳ Radler_KB: 50 Cent finde ich in Ordnung, wenn sie sauber bleibt.',
            '-↳↳ Marktfrau_Gerda: Abwarten, im Sommer sehen wir weiter.',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt · Cookie-Einstellungen',
            '-© 2026 Rundschau Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-laschenbieger-blechmotorrad', [
        [
            '-Der Laschenbieger',
        ],
        [
            '-Start · Restaurierungen · Sammlung · Über mich',
            '+Ein Blechmotorrad aus den Fünfzigern bekommt sein Federwerk zurück',
            '-Veröffentlicht am 27. November 2026 von Rainer',
        ],
        [
            '-Lesezeit ca. 5 Min.',
            '-Inhaltsverzeichnis',
            '-1. Zerlegen ohne Kratzer',
            '-2. Die neue Feder',
            '+Das kleine Motorrad mit Beiwagen stand bei einem Flohmarkthändler im Karton, das Federwerk war '
            'gebrochen und der Lack an den Laschen abgeplatzt.',
        ],
        [
            '+Zerlegt wird bei solchen Spielzeugen über die Blechlaschen, die man nur einmal oder höchstens zweimal '
            'biegen darf.',
            '-Das Motorrad vor der Restaurierung, mit gebrochener Feder auf dem Tisch.',
            '+Mein alter Nachbar, ein gelernter Feinmechaniker, sagte immer: „Eine Lasche, die bricht, ersetzt dir '
            'keiner.“',
        ],
        [
            '-Auch interessant: Rost an Blechspielzeug sanft entfernen',
        ],
        [
            '+Was ich verwendet habe',
            '+Einen Laschenheber aus einem alten Schraubendreher.',
            '+Eine Ersatzfeder aus Federbandstahl.',
            '+Mikrokristallines Wachs für den Lack.',
            '-Passende Ersatzfedern und Aufziehschlüssel gibt es in meinem kleinen Onlineshop.',
        ],
        [
            '+Nach dem Einbau der neuen Feder fährt das Motorrad wieder gut zwei Meter über den Küchenboden.',
            '+Die Kratzer am Tank habe ich bewusst gelassen, sie gehören zur Geschichte des Spielzeugs.',
        ],
        [
            '-Folge dem Blog per RSS oder auf Mastodon',
            '-Teilen: Facebook · Pinterest · E-Mail',
        ],
        [
            '-3 Kommentare',
            '-Sammler_Udo: Schöne Arbeit! Woher bekommst du Federbandstahl in der Breite?',
            '-↳ Rainer: Vom Uhrmacherbedarf, Udo, die schneiden es auf Maß.',
            '-Blechbüchse_Ela: Hast du die Laschen vorher angewärmt?',
            '-↳ Rainer: Nein, nur ganz langsam gebogen.',
            '-Kommentar hinterlassen',
        ],
        [
            '-Stolz präsentiert von WordPress',
            '-Nach oben ↑',
        ],
    ]),
    _page('it', 'it-portale-roccafonda-platani', [
        [
            '-Accedi · Abbonati · Edicola digitale',
            '-La Voce di Roccafonda',
        ],
        [
            '-Cronaca · Politica · Sport · Cultura · Necrologi',
            '-Home > Cronaca > Roccafonda',
            '+Tornano i platani lungo la circonvallazione: piantati 140 alberi',
            '-di Marcello Spadaccinetti',
        ],
        [
            '-3 dicembre 2026 - 08:45',
            '-Lettura: 2 minuti',
        ],
        [
            '-I nuovi platani lungo il tratto nord della circonvallazione.',
            '-Foto Ufficio stampa del Comune',
            '+Sono stati piantati questa settimana i 140 platani che ridisegnano il viale alberato lungo la '
            'circonvallazione di Roccafonda, abbattuto tre anni fa per una malattia.',
        ],
        [
            '+Gli alberi, alti già quattro metri, arrivano da un vivaio della provincia e sono resistenti al cancro '
            'colorato.',
            '-Contenuto sponsorizzato',
            "+«Ci vorranno quindici anni per rivedere l'ombra di una volta, ma il viale tornerà com'era», ha detto "
            "l'assessora all'ambiente Loredana Cimbrolatti.",
        ],
        [
            '-Condividi su WhatsApp · Facebook · Copia link',
            '-Iscriviti al canale WhatsApp della Voce per le notizie del giorno',
        ],
        [
            '+I lavori in tre punti',
            '+Piantumazione conclusa entro venerdì.',
            '-Leggi anche: Rotatoria di via dei Mulini, lavori fino a marzo',
            '+Irrigazione a goccia per i primi tre anni.',
            '+Corsia esterna chiusa nelle ore notturne.',
        ],
        [
            "+Il costo dell'intervento, 310mila euro, è coperto in gran parte da fondi regionali per il verde urbano.",
            '-Argomenti: Roccafonda · Ambiente · Viabilità',
            '+I residenti potranno adottare un albero e seguirne la crescita con una targhetta col proprio nome.',
        ],
        [
            '-7 commenti',
            "-Gianni_del_viale: Finalmente, d'estate quella strada era un forno.",
            '-↳ Ciclista_RF: Speriamo mettano anche la pista ciclabile sotto gli alberi.',
            '-↳↳ Gianni_del_viale: Ne parlavano, ma non è nel progetto.',
        ],
        [
            '-Chi siamo · Pubblicità · Privacy · Cookie policy · Contatti',
            '-© 2026 Editoriale Roccafonda Srl. Tutti i diritti riservati.',
        ],
    ]),
    _page('it', 'it-blog-lancetteebilancieri-pendola', [
        [
            '-Lancette e Bilancieri',
        ],
        [
            '-Home · Riparazioni · Orologi · Contatti',
            '+Un orologio da camino francese torna a battere le ore',
            '-Pubblicato il 30 novembre 2026 da Ettore',
        ],
        [
            '-Tempo di lettura: 5 minuti',
            '-Sommario',
            '-1. Smontare il movimento',
            '-2. La suoneria',
            "+L'orologio da camino in marmo nero era della nonna di un amico e taceva da almeno trent'anni, con il "
            'pendolo legato dietro il quadrante.',
        ],
        [
            '+Il movimento, un classico parigino a ponte tondo, era pieno di olio indurito che aveva incollato le '
            'ruote della suoneria.',
            '-Il movimento smontato sul panno verde, con le ruote in ordine di montaggio.',
            "+Il mio maestro di bottega diceva: «L'olio vecchio fa più danni della polvere», e ancora una volta lo "
            'confermo.',
        ],
        [
            '-Potrebbe interessarti anche: Come regolare il battito di un pendolo',
        ],
        [
            '+Il lavoro in tre passaggi',
            '+Lavaggio del movimento in benzina rettificata.',
            "+Lucidatura dei perni con la pietra d'Arkansas.",
            '+Una goccia di olio per orologi su ogni foro.',
            '-Riparo orologi da camino anche su commissione: scrivimi dalla pagina Contatti per un preventivo.',
        ],
        [
            "+Dopo una settimana di prove l'orologio guadagna meno di un minuto al giorno e suona le ore e le mezze.",
            '+Tornerà sul camino del mio amico per Natale, dove la nonna lo teneva accanto alle fotografie di '
            'famiglia.',
        ],
        [
            '-Iscriviti alla newsletter per non perdere le prossime riparazioni',
            '-Condividi: Facebook · Pinterest · Email',
        ],
        [
            '-4 commenti',
            '-Orologiaio_per_hobby: Che bel lavoro! Hai dovuto sostituire la molla della suoneria?',
            '-↳ Ettore: No, per fortuna era sana, solo sporca.',
            '-Nonna_Pina: Ne ho uno uguale in soffitta, mi hai fatto venire voglia.',
            '-↳ Ettore: Portalo giù, Pina, e vediamo cosa si può fare!',
            '-Lascia un commento',
        ],
        [
            '-Realizzato con Altervista',
            '-Torna su ↑',
        ],
    ]),
    _page('pl', 'pl-portal-zagrodzisko-zegar', [
        [
            '-Zaloguj się · Prenumerata · E-wydanie',
            '-Gazeta Zagrodziska',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna » Wiadomości » Zagrodzisko',
            '+Zegar na ratuszu znów chodzi. Mechanizm wrócił po naprawie',
            '-Autor: Radosław Kminkiewicz',
        ],
        [
            '-3 grudnia 2026, 10:12',
            '-Czas czytania: 2 min',
        ],
        [
            '-Zegarmistrz przy mechanizmie zegara w wieży ratusza.',
            '-Fot. Urząd Miasta',
            '+Po czternastu miesiącach zegar na wieży ratusza w Zagrodzisku znów pokazuje właściwą godzinę i wybija '
            'kwadranse.',
        ],
        [
            '+Mechanizm z 1896 roku został zdemontowany i przewieziony do pracowni zegarmistrzowskiej, gdzie '
            'dorobiono dwa pęknięte koła zębate.',
            '-Reklama',
            '+– Największym problemem było dobranie stali, bo stare koła były kute ręcznie – mówi zegarmistrz '
            'Bolesław Trzaskowiec.',
        ],
        [
            '-Udostępnij: Facebook · X · Skopiuj link',
            '-Zapisz się na nasz newsletter i dostawaj najważniejsze wiadomości co rano',
        ],
        [
            '+Co zrobiono przy naprawie',
            '+Dorobiono dwa koła zębate z nowej stali.',
            '-Czytaj także: Remont rynku przesunięty na wiosnę',
            '+Wymieniono linę obciążnika.',
            '+Zegar dostał elektroniczny naciąg.',
        ],
        [
            '+Naprawa kosztowała 68 tysięcy złotych, z czego połowę pokrył wojewódzki konserwator zabytków.',
            '-Tagi: Zagrodzisko · ratusz · zabytki',
            '+Tarcze zegara zostaną podświetlone jeszcze przed sylwestrem.',
        ],
        [
            '-Komentarze (6)',
            '-Stary_zegarmistrz: Piękna robota, ten mechanizm pamiętam jeszcze z dzieciństwa.',
            '-↳ Mieszkaniec_Rynku: A czy bicie będzie też w nocy?',
            '-↳↳ Stary_zegarmistrz: Podobno od 22 do 6 będzie wyciszone.',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt · Współpraca',
            '-© 2026 Wydawnictwo Gazety. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-kopytoidratwa-fleki', [
        [
            '-Kopyto i Dratwa',
        ],
        [
            '-Start · Naprawy · Narzędzia · O mnie',
            '+Nowe fleki w domu: jak wymieniłem zdarte obcasy w sztybletach',
            '-Opublikowano 26 listopada 2026 przez Wiesiek',
        ],
        [
            '-Przeczytanie zajmie ok. 5 minut',
            '-Spis treści',
            '-1. Zdjęcie starego fleka',
            '-2. Klejenie i przycinanie',
            '+Sztyblety kupiłem osiem lat temu i zdarłem obcasy tak, że zaczynały się ścierać same klocki.',
        ],
        [
            '+Stary flek zdjąłem obcęgami, a pozostałości kleju zeszlifowałem papierem ściernym o grubej granulacji.',
            '-Sztyblety po zdjęciu starych fleków, przed szlifowaniem.',
            '+Szewc z mojej ulicy powiedział mi kiedyś: „Klej lubi czystą i szorstką powierzchnię”, i to się sprawdza.',
        ],
        [
            '-Zobacz też: Pasta czy krem – czym pielęgnować skórę licową',
        ],
        [
            '+Czego użyłem',
            '+Kleju kauczukowego do obuwia.',
            '+Gotowych fleków z gumy.',
            '+Nożyka szewskiego i pilnika.',
            '-Zestawy fleków i kleju, które polecam, kupisz przez linki afiliacyjne w zakładce Sklepik.',
        ],
        [
            '+Po tygodniu chodzenia nowe fleki trzymają się dobrze i nie słychać już stukania na schodach.',
            '+Następnym razem zmierzę się z podeszwą w butach trekkingowych, która zaczyna odchodzić przy palcach.',
        ],
        [
            '-Obserwuj bloga na Facebooku, żeby nie przegapić kolejnych napraw',
            '-Udostępnij: Facebook · Pinterest · E-mail',
        ],
        [
            '-Komentarze: 4',
            '-Janek_z_warsztatu: A nie lepiej gwoździki zamiast samego kleju?',
            '-↳ Wiesiek: Przy tych flekach producent każe tylko klej, ale sprawdzę.',
            '-Ola_buty: Jaki papier ścierny polecasz?',
            '-↳ Wiesiek: Zacząłem od 80, skończyłem na 120.',
            '-Dodaj komentarz',
        ],
        [
            '-Obsługiwane przez Blogger.',
            '-Do góry ↑',
        ],
    ]),
    _page('ru', 'ru-portal-verkhneklyuchinsk-perekhod', [
        [
            '-Войти · Подписка · Свежий номер',
            '-Верхнеключинские известия',
        ],
        [
            '-Новости · Происшествия · Спорт · Культура · Афиша',
            '-Главная / Новости / Город',
            '+Пешеходный переход у школы № 3 перенесли после опасного случая',
            '-Автор: Зинаида Крапивницкая',
        ],
        [
            '-3 декабря 2026, 12:40',
            '-Время чтения: 2 минуты',
        ],
        [
            '-Новый переход на улице Садовой оборудован светофором с кнопкой.',
            '-Фото: пресс-служба администрации',
            '+Пешеходный переход у школы № 3 на улице Садовой перенесли на сорок метров ближе к школьным воротам.',
        ],
        [
            '+Решение приняли после случая в начале ноября, когда водитель легковушки едва не сбил третьеклассника на '
            'старом переходе за поворотом.',
            '-Реклама',
            '+«Водитель просто не видел детей из-за поворота, теперь обзор хороший», — пояснил начальник отдела ГИБДД '
            'Олег Шлагбаумкин.',
        ],
        [
            '-Поделиться: Telegram · ВКонтакте · Одноклассники',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города',
        ],
        [
            '+Что изменилось',
            '+Светофор с кнопкой вызова.',
            '-Читайте также: На Заречной улице заменят фонари до конца года',
            '+Искусственная неровность перед переходом.',
            '+Ограждение вдоль тротуара у школы.',
        ],
        [
            '+Старый переход демонтировали, разметку на нём закрасили в выходные.',
            '-Теги: Верхнеключинск · дороги · школы',
            '+Родительский комитет просит также поставить камеру фиксации скорости, в администрации обещали '
            'рассмотреть.',
        ],
        [
            '-Комментарии: 9',
            '-Мама_третьеклассника: Спасибо, что услышали! Месяц ходили и просили.',
            '-↳ Водитель_со_стажем: Поворот там действительно слепой, давно надо было.',
            '-↳↳ Мама_третьеклассника: Теперь бы ещё зимой чистили.',
        ],
        [
            '-О редакции · Правила · Политика конфиденциальности · Контакты',
            '-© 2026 МУП «Городская редакция». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-trostnikimundshtuk-volynka', [
        [
            '-Тростник и мундштук',
        ],
        [
            '-Главная · Заметки · Ноты · Обо мне',
            '+Полгода с тренировочной трубкой: первые грейс-ноты',
            '-Опубликовано 25 ноября 2026, автор — Всеволод',
        ],
        [
            '-Читается за 5 минут',
            '-Содержание',
            '-1. Выбор трубки',
            '-2. Грейс-ноты',
            '+Тренировочную трубку для шотландской волынки я купил весной, потому что соседи вряд ли пережили бы '
            'настоящий инструмент в квартире.',
        ],
        [
            '+Первые два месяца ушли на гамму из девяти нот и на то, чтобы пальцы закрывали отверстия плоско, а не '
            'кончиками.',
            '-Моя трубка из чёрного пластика рядом со сборником упражнений.',
            '+Преподаватель в клубе повторял: «Сначала чисто, потом быстро», и я записал это на первой странице '
            'тетради.',
        ],
        [
            '-Похожие записи: Как ухаживать за тростью тренировочной трубки',
        ],
        [
            '+Мой ежедневный план',
            '+Десять минут гаммы под метроном.',
            '+Грейс-ноты G, D и E по отдельности.',
            '+Одна мелодия целиком в конце занятия.',
            '-Веду онлайн-занятия для начинающих — расписание и цены в разделе «Уроки».',
        ],
        [
            '+Сейчас я играю «Scotland the Brave» целиком, хотя дублинги пока звучат смазанно.',
            '+Следующая цель — накопить на настоящую волынку и найти клуб, где можно заниматься без соседей.',
        ],
        [
            '-Подписывайтесь на блог в Дзене, чтобы не пропустить новые заметки',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-5 комментариев',
            '-Волынщик_из_Твери: Молодец! Полгода на грейс-ноты — это нормальный темп.',
            '-↳ Всеволод: Спасибо, вы меня успокоили.',
            '-Соседка_снизу: А я-то думала, это утка крякает по вечерам.',
            '-↳ Всеволод: Простите! Обещаю играть только до девяти вечера.',
            '-Оставить комментарий',
        ],
        [
            '-Блог работает на WordPress',
            '-Наверх ↑',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-oxgallandalum-marbling':
        "the marbling blog's carrageenan post keeps its photo caption ('Three sheets drying on the airer, with the "
        "comb resting on top.') between the second paragraph and the paragraph with the quote, in their block, and "
        "its shop plug ('Marbled sheets from this batch are in the shop, wrapped flat and posted on Mondays.') at the "
        'end of the list block, right after the third row (2 of 20 noise lines)',
    'fr-blog-quatrecordes-ukulele':
        'the ukulele blog\'s F-chord post keeps its photo caption ("Mon ukulélé en acajou posé sur le pupitre, '
        'à côté du cahier de grilles d\'accords.") between the second paragraph and the paragraph with the '
        'quote, in their block (1 of 20 noise lines)',
    'de-portal-kroepfelbach-toilette':
        "the local paper's reopened-toilet story keeps its topics line ('Themen: Kröpfelbach · Marktplatz · "
        "Stadtrat') between the two last paragraphs, in their block (1 of 20 noise lines)",
    'de-blog-laschenbieger-blechmotorrad':
        "the tin-toy blog's motorcycle post keeps its photo caption ('Das Motorrad vor der Restaurierung, mit "
        "gebrochener Feder auf dem Tisch.') between the second paragraph and the paragraph with the quote, in their "
        'block (1 of 20 noise lines)',
    'it-blog-lancetteebilancieri-pendola':
        "the clock-repair blog's mantel-clock post keeps its photo caption ('Il movimento smontato sul panno verde, "
        "con le ruote in ordine di montaggio.') between the second paragraph and the paragraph with the quote, in "
        'their block (1 of 20 noise lines)',
    'pl-blog-kopytoidratwa-fleki':
        "the shoe-repair blog's heel-tip post keeps its photo caption ('Sztyblety po zdjęciu starych fleków, przed "
        "szlifowaniem.') between the second paragraph and the paragraph with the quote, in their block, and its "
        "affiliate-links plug ('Zestawy fleków i kleju, które polecam, kupisz przez linki afiliacyjne w zakładce "
        "Sklepik.') at the end of the list block, right after the third row (2 of 20 noise lines)",
    'ru-blog-trostnikimundshtuk-volynka':
        "the bagpipe blog's practice-chanter post keeps its photo caption ('Моя трубка из чёрного пластика рядом со "
        "сборником упражнений.') between the second paragraph and the paragraph with the quote, in their block (1 of "
        '20 noise lines)',
}


test_held_out_142_line, test_held_out_142_line_is_kept, test_held_out_142_page = held_out_tests(
    HELD_OUT_142_LINES, HELD_OUT_142_KEEP, HELD_OUT_142_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
