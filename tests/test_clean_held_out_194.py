"""Held-out set 194: written blind, weighted toward the noise the cleaner exists for, in shapes set 192's docstring does
not name (nor the first paragraphs of sets 189, 190 and 191): scraper, embed and ad markers (an English Bandcamp player
whose album the artist set to private "This Bandcamp player is unavailable because the album has been set to private by
the artist.", an English Issuu document that failed to load, with a tracking-protection hint "Issuu document failed to
load. Try turning off tracking protection and reloading the page.", an English Sketchfab 3D model that needs WebGL "The
Sketchfab 3D model could not be displayed: WebGL is not supported by your browser.", a French Dailymotion video deleted
by its owner "La vidéo Dailymotion a été supprimée par son propriétaire.", a German ARD Mediathek video held back until
10 pm to protect minors "Dieses Video aus der ARD Mediathek ist aus Gründen des Jugendschutzes erst ab 22 Uhr
verfügbar.", an Italian RaiPlay video that asks the reader to log in "Il contenuto di RaiPlay richiede l'accesso:
effettua il login per guardare il video.", a Polish CDA film blocked at the copyright holder's request "Film z CDA jest
niedostępny – materiał zablokowano na żądanie właściciela praw autorskich." and a Russian Rutube clip held in moderation
"Ролик с Rutube не воспроизводится: видео находится на модерации."); reading-time headers in new wordings (the English
time-to-read label "Time to read: 4 mins", a blog's grab-a-cuppa line "Grab a cuppa – this one runs to about 15 minutes
of reading", the French reading-in label "Lecture en 4 minutes", the German you-need-about line "Zum Lesen brauchen Sie
etwa 4 Minuten", the Italian you-will-read-this-article-in line "Leggerai questo articolo in 4 minuti", the Polish
time-needed-to-read label "Czas potrzebny na przeczytanie: około 4 minut" and the Russian you-will-read-in line
"Прочитаете за 4 минуты"); bylines and self-promotion (an English Local Democracy Reporting Service byline "By Clemency
Tawnyhollow, Local Democracy Reporting Service", an English as-told-to byline "As told to Jago Mardlestone", a French
interview-collected-by byline "Propos recueillis par Gaëlle Fourmitaine" and a Polish compiled-by byline "Opracowała:
Halina Kminkowska", all at the head, and at the foot an English Ko-fi tenor-pans plug with collection from Bristol
"Tuned tenor pans are for sale in my Ko-fi shop – collection only, from Bristol.", a German Kleinanzeigen fern-spores
plug "Sporen meiner Farne verschicke ich über Kleinanzeigen, Versand als Großbrief.", an Italian Wallapop plug for
shamisen plectrums "I bachi di legno che intaglio per lo shamisen li vendo su Wallapop, spedizione tracciata." and a
Russian Yula yoghurt-starter plug with CDEK shipping "Продаю сухую закваску своего приготовления на Юле, отправка
СДЭКом."); blog and site footers (an English Carrd and GitHub Pages credit "Made with Carrd · Hosted on GitHub Pages",
an English company-registration and VAT-number line "Registered in England & Wales No. 07438215 · VAT No. GB 284 6190
37", an English Mythic Beasts and Jekyll credit "Proudly hosted by Mythic Beasts · Powered by Jekyll", a French
legal-notice host line with OVH's address "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", a German
responsible-for-the-content line under the media state treaty "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV:
Anneliese Wurmbrandtner", an Italian Aruba and Joomla! credit "Sito ospitato su Aruba.it · Realizzato con Joomla!", the
Polish Blogger footer "Obsługiwane przez usługę Blogger." and a Russian uCoz credit "Сайт создан в системе uCoz ·
Хостинг от uCoz"); reader-comment furniture (an English community-guidelines prompt "Please read our community
guidelines before posting a comment.", an English comment-as-guest-or-sign-in prompt "Comment as a guest or sign in with
Google", the English Blogger removed-by-an-administrator stub "This comment has been removed by a blog administrator.",
a French report-reply-like row "Signaler ce commentaire · Répondre · J'aime (3)", a German report-reply-likes row
"Beitrag melden · Antworten · 4 Personen gefällt das", an Italian reported-comment stub "Commento segnalato, in attesa
di revisione da parte dello staff.", a Polish reply-quote-report row "Odpowiedz · Cytuj · Zgłoś naruszenie" and a
Russian only-through-Gosuslugi note "Комментировать могут только пользователи, вошедшие через Госуслуги."); share rows
(an Italian Reddit-LinkedIn-email row "Condividi: Reddit · LinkedIn · Invia per email", a Polish recommend-this-article
row with a print item "Poleć ten artykuł: Facebook · LinkedIn · Drukuj" and a Russian share row with Max and a copy-link
item "Поделиться: ВКонтакте · Max · Скопировать ссылку"); and notices (an English reader-supplied-images note "Some
images in this article were supplied by readers and have not been independently verified." and a French
AI-assisted-writing note "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la
rédaction.", both in the body, and a German first-appeared-in-print note "Dieser Artikel erschien zuerst in der
Printausgabe vom 14. März." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 192's
docstring does not describe (on the six portal pages, in eight blocks, the masthead with its tagline, the section menu
and a breadcrumb above the title in one block of four at the very top, the title last; the byline, the date line and the
reading time alone in a block of three under it; the first and second paragraphs in one block of four between an ad
label above them and a read-also link below them; the paragraph with the quote at the top of a block of three with the
lead photo's caption and its credit after it; a newsletter prompt at the top of the list block, above the subheading,
and a sponsored headline between the first and second rows, inside it (a block of six); the two last paragraphs in one
block of four with a photo-gallery link between them and a tags line after the second; a thread of four lines alone in a
block (a comment count, a comment, the reporter's or the desk's arrowed reply to it and a second reader's comment); and
at the foot a links row and the publisher's copyright line; on the six blog pages, in eight blocks, the blog name, its
tagline, the menu and the posted-on-by line above the title in one block of five, the title last; the reading time and
an affiliate-links disclosure at the top of the first paragraph's block and a photo caption after the paragraph (a block
of four); a table of contents (its heading and two numbered entries) at the top of the second paragraph's block (a block
of four); the paragraph with the quote at the top of a block of three with a Pinterest-first share row and a subscribe
prompt after it; the subheading and the three rows with an affiliate link after the third row, inside the list block (a
block of five); the two last paragraphs at the top of a block of four with the author's sign-off and a plug for the
author's services, lessons, workshops or spare plants after them; a thread of three lines alone in a block (a comments
heading with its count, a comment and the author's arrowed reply); and at the foot the author's copyright line and a
platform-and-theme credit), taken from local news of fresh kinds (a parish's bounds beaten again, a pancake race
revived, a hop garden replanted, a vinery in a walled garden restored, a rope swing by the river hung again, a mummers'
play performed again) and from blogs about a steel pan, a serpent, a fernery in the yard, a shamisen, a tabla and
yoghurt.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 192 but what is named here), held-out set 193 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 192 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 189, 190 and 191, printed with one ast script (/tmp/s194scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s194scratch/helpers.py, with
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of these were read from the worktree
/tmp/wt-set194 (at the frozen commit named below), not from /work/main (see note 2). The English fixture file itself was
not opened. The import lines and the line binding the three tests follow set 192's as printed, with 192 -> 194;
/tmp/s194scratch/gen194.py writes this file from scratch files (data194.py with the noise and keep lines, pages194.py
with the pages, doc.txt with the docstring and, after the measurement, tables194.py with the xfail tables and
baseline.txt with the Baseline paragraph). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s194, detached at commit 0fa647fa901fa7ce0832259d75ea80823b9f1b85, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 18:09:19 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
41548a8d79da78f58ebc41ec337f315fe1352841, which is not the brief's commit (main's HEAD is the commit set 192 was
measured at); as the brief says, both worktrees were made at 0fa647fa901fa7ce0832259d75ea80823b9f1b85 with ``git
worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in each printed that commit), and /work/main was not touched
afterwards. (2) A deviation from the letter of the brief: peek.py and helpers.py read the allowed parts from
/tmp/wt-set194 (tests/ and src/ on sys.path there, the frozen commit) instead of /work/main; the parts read are the same
ones the brief allows. helpers.py imports test_clean, which loads the cleaner's modules, but nothing was cleaned before
the measurement and no source under src/ was printed; nothing was installed. peek.py printed set 192's docstring
paragraphs (split on blank lines) up to and including the one starting "Baseline", set 192's import lines, its tail from
the line of the module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 189, 190 and
191. Its first run printed to the terminal, which the tool cut in the middle (it showed set 192's first paragraph and
the start of its notes, and the end, from inside set 190's first paragraph to the end of set 191's, all allowed parts);
the second run went to /tmp/s194scratch/peek.out (509 lines, all of them allowed parts), of which I paged lines 125 to
420 with ``sed`` (in three pieces) and looked at its first lines again; nothing else of any set file was printed. (3)
Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed
service named there (Acast, Komoot, Loom, Mixcloud, Glomex, Riddle, Prezi, Kinescope, Flourish, Typeform, Strava, uMap,
Padlet, Spotify, Facebook, Telegram, Twitch, Calaméo, Opinary, YouTube, VK, Wistia, Flickr, Mastodon, OpenStreetMap,
2GIS and the ones set 192's notes list) is used for a held-out marker (Bandcamp, Issuu, Sketchfab, Dailymotion, ARD
Mediathek, RaiPlay, CDA and Rutube are), and the failures are of other kinds (set private, tracking protection, no
WebGL, deleted by the owner, protection of minors, log-in required, rights-holder takedown, moderation); the reading
times avoid the phrasings named there; the bylines are of new shapes (a Local Democracy Reporting Service credit,
as-told-to, propos recueillis par, opracowała); the footers use hosts, builders and legal lines not named there (Carrd
and GitHub Pages, a company-registration and VAT line, Mythic Beasts and Jekyll, an OVH host line, a MStV responsibility
line, Aruba and Joomla!, Blogger, uCoz); the plugs name Ko-fi, Kleinanzeigen, Wallapop, Yula and CDEK, none named there;
the notices are a reader-images note, an AI-assistance note and a first-in-print note. Page furniture (reading times
such as "Lesezeit: 3 Min.", "Czas czytania: 3 min" and "Tempo di lettura: 3 minuti", ad labels, share rows, links rows,
copyright lines, platform credits, the Amazon, Allegro and Wildberries affiliate links) is ordinary, not held-out, and
some of it is of common kinds; for the page credits I avoided the themes named in the read docstrings and notes (Neve,
Kadence, Astra, GeneratePress, Casper, Blocksy, Hestia, OceanWP, Zakra, Sydney). (4) Every invented name was checked
with the ``find_string`` tool (exact string, case-insensitive, over public GitHub files): Tawnyhollow, Mardlestone,
Quelchwood, Hobbleswick, Hobbleswick Chronicle, Tinker's Ford, Gorringe-Tull, Brackenwell Nurseries, Pan in the Shed,
Pannacotta Steelworks (checked, then not used), Vaunessac, Fourmitaine, Crouzillac, Barbastrou, Souffle d'Aubertine,
Dölkenried, Hopfenstängl, Hopfmüllner, Wurmbrandtner, Wedelglück, Villanzolo, Villa Corbelli, Pampagnoli, Ardigozzi, Tre
corde e un gatto, Wierzbołąki, Kurier Wierzbołącki, Wiklinowicz, Wiklinówka, Olszyńczak, Kminkowska, Bębny Bogny,
Стогорёво, Стогорёвские, Колядушкина, Святочкина and Закваска Любавы gave no hit. Dropped for hits: Dunnockley (in a
list of place names in code), Spallanzoni (a name in test data), Ряжникова (inside the surname Пряжникова), Pellowdine
(a company name in a text), Sarrasquette (part of a real commune's name), Колобродова (a real person's name),
Wierzbianka (a real club and a word) and Свистоплясова (a surname in test data); Hallam's Yard (a phrase in a text) was
dropped too. The transliteration "Stogorev" gave hits inside code identifiers, so the page is named
ru-portal-stogoryovo-ryazhenye. Plain first names, nicknames and initials of commenters, authors and sign-offs
(Delphine, Aubertine, Hedwig, Ilaria, Bogna, Любава, Mabel_T, Geoff R., Winston A., Jeannot82, Clairette, Basson_Fou,
Sepp_am_Berg, Rosi K., Gartenmaus, Gianna_58, Piero M., Kenji_mi, Mietek_z_dołu, Agnieszka, Rytmik77, Валентина С.,
Гость_72, Ольга_Н, and the first names in the articles such as Bastien) were not looked up. Real services, companies and
bodies (Bandcamp, Issuu, Sketchfab, WebGL, Dailymotion, ARD Mediathek, RaiPlay, CDA, Rutube, the Local Democracy
Reporting Service, Ko-fi, Kleinanzeigen, Wallapop, Yula, CDEK, Carrd, GitHub Pages, Mythic Beasts, Jekyll, OVH, Aruba,
Joomla!, Blogger, uCoz, Google, Gosuslugi, Reddit, LinkedIn, Facebook, Max, VK, Pinterest, Telegram, Amazon, Allegro,
Wildberries, WordPress and the Twenty Twenty-Two to Twenty Twenty-Five, Inspiro, Kubio and Colibri themes, OSP, the
Hallertau) are named as real pages name them. (5) /tmp/s194scratch/check.py checked the counts (eight blocks, 10 article
and 20 noise lines on each page; the counts of categories, languages, categories per language, places and keep lines
were printed from data194.py) and, case-insensitively, that no noise line (the 45 lines and the 240 page noise lines) is
inside any article line, keep line or other noise line, that no line repeats and that no line has an at-sign; its first
run found no case. While writing I had already kept the ad labels out of the links rows (the French links row has no
"Publicité", the Russian one no "Реклама") and away from the mastheads (the German ad label is "Werbeanzeige", since
"Anzeige" is inside "Dölkenrieder Anzeiger" and "Traueranzeigen", and "Werbung" opens a German keep line), and the blog
names out of the subscribe prompts and copyright lines. gen194.py asserts no line of this file is over 120 columns, none
has an at-sign and the docstring has no backslash, and roundtrip.py (the lists and the pages of the written file,
imported, compared with the scratch data through ``page_from_blocks``) gave back the scratch data. (6) The file measured
was this one with the three xfail tables empty and without the Baseline paragraph and notes (6) and (7); it was copied
to /tmp/wt-s194/tests and the brief's one shell call was run once, at 18:15:17 UTC by ``date``. Then
/tmp/s194scratch/problems.py (importing the copy in /tmp/wt-s194/tests with /tmp/wt-s194/src on the path) printed
``_problems`` of every failing case, and the 18 failing cases (7 noise lines and 11 pages) were entered as strict xfails
(tables194.py). After the measurement only the xfail tables and this docstring (the Baseline paragraph and these notes)
changed; gen194.py rewrote the file from the same data194.py and pages194.py, and roundtrip.py checked that the lists
and pages are unchanged. (7) Clock: started 18:09:19 UTC, measured 18:15:17 UTC, the xfail tables and the Baseline
written by about 18:17 UTC, well inside the brief's 50 minutes (the clock of this machine is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (the parish council's comments read aloud at a boundary stone, share ownership of a maltings passed to a trust,
follow-up surveys of a hedgerow, subscribers to a hall fund paying for a roof, the copyright in a mummers' script held
by a schoolmaster's family, advertising revenue from a bus shelter paying for benches, volunteers reading a tithe map,
residents' comments gathered at a town hall, sharing equipment between three associations, two pensioners subscribed to
the local paper for forty years giving their archives, a mayor's comments on a budget, the consequences ("Folgen") of a
storm for fruit trees, advertising for a hop festival kept to posters, sharing a coach with a parish, following the
restoration works on Saturdays, season-ticket holders of a theatre, residents' comments on a bridge, a gym lent to a
seniors' club, subscribers to a district paper paying for costumes and a teacher who taught children to read old
carols); none of them is share, subscribe, follow, comment, ad, reading-time or copyright furniture ("Reading" in the
English tail keep line is the volunteers' reading of a map, "Folgen" in the German body line is a noun, "consequences",
not a follow button, and "Читать" in the Russian tail line is the children's learning to read old texts). Categories:
the eight embed lines are markers (each stands where an embed of the page did not come through; the private album, the
failed load, the missing WebGL, the deleted video, the late-night hold, the log-in wall, the takedown and the moderation
are the embed's failure, not notices about the article); the grab-a-cuppa line is a reading time (it gives the length in
minutes); the Local Democracy Reporting Service, as-told-to, propos-recueillis and opracowała lines are bylines at the
head, and the Ko-fi, Kleinanzeigen, Wallapop and Yula lines are bylines (self-promotion) at the foot (each sells the
author's wares); the Carrd, Mythic Beasts, Aruba, Blogger and uCoz credits, the company-registration line, the OVH host
line and the MStV responsibility line are footers (printed on every page of a site, not about the article); the
guidelines prompt, the guest-or-sign-in prompt, the removed stub, the French and German report-reply rows, the
reported-comment stub, the Polish reply-quote-report row and the Gosuslugi note are comment furniture (the rows'
"J'aime" and "gefällt das" are likes of a comment, so comments, not share); the Italian, Polish and Russian rows are
share rows (the email, print and copy-link items belong to the row); the English reader-images note and the French
AI-assistance note are notices in the body (both speak of the article they sit in), and the German first-in-print note
is a notice at the foot (it speaks of where this article first appeared; not a footer, since it is printed under this
article only). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads with taglines,
menus, breadcrumbs, bylines, date lines, reading times, captions and credits, ad labels, sponsored headlines, newsletter
prompts, read-also links, photo-gallery links, tags lines, comment counts, comments and replies, links rows, copyright
lines, blog names and taglines, posted-on lines, affiliate disclosures and links, tables of contents, share rows,
subscribe prompts, sign-offs, plugs and platform credits) is noise. The list rows (what the walkers did, the race's
rules, how the hops were planted, the vinery's works, how the swing was made and how the play was prepared, and what
went into the pan, the serpent, the fernery, the shamisen, the tabla and the yoghurt) are short but part of each
article, so article; the portals' ad labels are noise though they sit right above the first paragraph in its block; the
portals' sponsored headlines are noise though they sit between the first and second list rows; the portals' newsletter
prompts are noise though they open the block of the subheading; the blogs' tables of contents are noise though they open
the block of the second paragraph; the blogs' affiliate links name a tool the author used but are shop links, so noise
though they close the list block; the plugs ("I also tune old pans for bands around Bristol – get in touch through the
Tuning page." and the like) speak in the author's voice but sell or advertise, so noise; the German blog's offer of fern
offsets for a donation is such a plug; the sign-offs ("Keep hammering, Delphine" and the like) close the post in the
author's voice but are a signature, so noise; the arrowed replies in the threads are comment furniture, so noise; the
bare Polish byline "Autor: Zdzisław Wiklinowicz" and the bare Russian one "Автор: Прасковья Колядушкина" are portal
furniture.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in Italian, Polish and Russian and notice in English, French and German; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: English and French), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the German notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hobbleswick-bounds (a parish walks
its bounds again after thirty years), en-blog-pan-in-the-shed-steel-pan (the first week of a steel pan build: sinking
the drum), fr-portail-vaunessac-course-crepes (a pancake race on the market square revived for Shrove Tuesday),
fr-blog-souffle-aubertine-serpent (a nineteenth-century church serpent reglued and reskinned),
de-portal-doelkenried-hopfengarten (an old hop garden below the church replanted), de-blog-wedelglueck-farngarten (a
shady corner of the yard turned into a fernery), it-portale-villanzolo-serra-viti (the vinery of a villa's walled garden
reglazed, with an 1898 vine still alive), it-blog-tre-corde-shamisen (a new skin on a second-hand shamisen),
pl-portal-wierzbolaki-hustawka (a rope swing on an oak by the river hung again), pl-blog-bebny-bogny-tabla (the skin of
a tabla's dayan re-laced and tuned), ru-portal-stogoryovo-ryazhenye (the mummers' play "Tsar Maximilian" performed again
in a village club) and ru-blog-zakvaska-lyubavy-yogurt (thick yoghurt made in a thermos), each with a reader comment
thread.

Baseline (2026-12-06, cleaner at commit 0fa647fa901fa7ce0832259d75ea80823b9f1b85, measured with ``cd /tmp/wt-s194 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s194/src python -m pytest -q tests/test_clean_held_out_194.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s194 && PYTHONPATH=/tmp/wt-s194/src python
scripts/clean_held_out_report.py --sets 194``, with the xfail tables empty, at 18:15:17 UTC by ``date``): noise lines
removed 38/45 (reading-time 7/7, byline 6/8, marker 6/8, notice 2/3, footer 8/8, comments 6/8, share 3/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one byline at the head (the English as-told-to line), two
markers in the body (the German ARD Mediathek line and the Italian RaiPlay line), one notice in the body (the English
reader-supplied-images note), one plug at the foot (the German Kleinanzeigen fern-spores line) and two comment lines at
the foot (the Italian reported-comment stub and the Russian Gosuslugi note); the English Bandcamp, Issuu and Sketchfab,
French Dailymotion, Polish CDA and Russian Rutube markers, all seven reading times, the English Local Democracy
Reporting Service, French propos-recueillis and Polish opracowała bylines at the head, the English Ko-fi, Italian
Wallapop and Russian Yula plugs at the foot, all eight footers, the other six comment lines, every share row, the French
AI-assistance note and the German first-in-print note went); keep lines kept 20/20; pages 1/12 clean, 28 of 240 page
noise lines left and 2 of 120 article lines lost. Clean: the Italian vinery portal page. Left: on the English bounds
portal page the sponsored headline between the first and second list rows (1); on the French pancake-race, Polish
rope-swing and Russian mummers' portal pages the photo-gallery link between the two last paragraphs (1 each); on the
English steel-pan blog the photo caption after the first paragraph, the table of contents (3 lines) at the top of the
second paragraph's block, the subscribe prompt after the quote and the sign-off and plug after the last paragraphs (7);
on the French serpent blog the photo caption (1); on the German fernery blog the photo caption, the sign-off and the
plug (3); on the Italian shamisen blog the photo caption, the table of contents, the sign-off and the plug (6); on the
Polish tabla blog the photo caption, the sign-off and the plug (3); on the Russian yoghurt blog the photo caption and
the table of contents (4). Lost: the German hop-garden portal page loses its two last paragraphs ("Die erste kleine
Ernte erwartet der Heimatverein im Herbst des kommenden Jahres." and "Aus dem Hopfen soll dann ein Festbier für die
Kirchweih gebraut werden.", in their block of four with the photo-gallery link and the tags line) and keeps none of its
noise; no other page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s194 gave 59 passed, 18 xfailed, no XPASS.

Measured after round 127 (developed on sets 191 and 192 from 10ceca7, round 126 and the lead's mends, which moved
nothing on this set; measured on it blind by the lead with test_clean._problems of every case before and after, the
round with the lead's mend a67ba14): five page lines moved. The French portal's slideshow link ("Diaporama : 15 photos
de la course") goes, so the page is clean and its xfail is removed; the Italian and Polish blogs' sign-offs with their
course plugs ("Alla prossima, Ilaria" / "Do lezioni di shamisen online ...: trovi tutto nella pagina Lezioni.", "Do
usłyszenia, Bogna" / "Prowadzę warsztaty gry na tabli w Krakowie – zapisy w zakładce Warsztaty.") go by round 127's
workshops read with their page or tab; their reasons are reworded. The German hop-garden portal still loses its two last
paragraphs. Noise lines 38 of 45, keep 20 of 20, pages clean 1 -> 2 of 12, page noise lines left 28 -> 23 of 240,
article lines lost 2 of 120.

Round 128 (development; this set was read in full from this round on): the German hop-garden portal's two last
paragraphs come back. The cleaner's reasons (scripts/explain_noise.py's trace) showed both taken as "photo gallery" by
page_blocks' widget blocks: the block of four (paragraph, gallery link, paragraph, tags line) was half the rules' and
all short, after the last paragraph the other blocks left, and _article_among_furniture did not count a gallery link as
the page's furniture, so the paragraphs went with it. "photo gallery" now joins page_blocks._FURNITURE_REASONS as the
caption and its credit did, so the article's sentences around it stay (a block of gallery links and labels alone still
goes). Also from general parts: the table of contents opening the second paragraph's block
(clean._toc_over_paragraph_closing_block: the English, Italian and Russian blogs), the photo report's and the gallery's
count with what they show ("Фоторепортаж" joins round 80's gallery labels, "znad" and "along" its prepositions: the
Polish and Russian portals), and the sponsored line with its offers ("Sponsored: Spring offers ...", round 66's ad copy
with an offer's word); see set 193's Round 128 paragraph for the rest of the round and all sets' totals (noise 7581 ->
7588 of 8401, keep 3727 of 3727, lost 4 -> 2, pages clean 1263 -> 1271 of 2206, page noise left 1910 -> 1834 of 45840;
SemEval 0 changed files; bench ratio_to_baseline 0.92 (cpu best 4.798 s against 5.208 s at 1e8cdb0); pytest 23362
passed, 1778 xfailed, no XPASS, on 938cb82). xfails removed: the German hop-garden, English bounds, Polish rope-swing
and Russian mummers' portal pages; reasons reworded: the English steel-pan, Italian shamisen and Russian yoghurt blogs
(the table of contents goes). This set: noise lines 38 of 45 (unchanged), keep 20 of 20, pages clean 2 -> 6 of 12, page
noise lines left 23 -> 11 of 240, article lines lost 2 -> 0 of 120. Still missed: the photo captions after the first
paragraph on all six blogs, the English blog's subscribe prompt, sign-off and plug and the German blog's sign-off and
plug, and the seven line xfails (the as-told-to byline, the ARD Mediathek and RaiPlay markers, the
reader-supplied-images notice, the Kleinanzeigen plug, the Italian reported-comment stub and the Russian Gosuslugi
note).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_194_LINES: list[tuple[str, str, str]] = [
    ('head', 'Time to read: 4 mins', 'reading-time'),
    ('head', 'Grab a cuppa – this one runs to about 15 minutes of reading', 'reading-time'),
    ('head', 'Lecture en 4 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten', 'reading-time'),
    ('head', 'Leggerai questo articolo in 4 minuti', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: około 4 minut', 'reading-time'),
    ('head', 'Прочитаете за 4 минуты', 'reading-time'),
    ('head', 'By Clemency Tawnyhollow, Local Democracy Reporting Service', 'byline'),
    ('head', 'As told to Jago Mardlestone', 'byline'),
    ('head', 'Propos recueillis par Gaëlle Fourmitaine', 'byline'),
    ('head', 'Opracowała: Halina Kminkowska', 'byline'),
    ('body', 'This Bandcamp player is unavailable because the album has been set to private by the artist.', 'marker'),
    ('body', 'Issuu document failed to load. Try turning off tracking protection and reloading the page.', 'marker'),
    ('body', 'The Sketchfab 3D model could not be displayed: WebGL is not supported by your browser.', 'marker'),
    ('body', 'La vidéo Dailymotion a été supprimée par son propriétaire.', 'marker'),
    ('body',
     'Dieses Video aus der ARD Mediathek ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.',
     'marker'),
    ('body', "Il contenuto di RaiPlay richiede l'accesso: effettua il login per guardare il video.", 'marker'),
    ('body', 'Film z CDA jest niedostępny – materiał zablokowano na żądanie właściciela praw autorskich.', 'marker'),
    ('body', 'Ролик с Rutube не воспроизводится: видео находится на модерации.', 'marker'),
    ('body',
     'Some images in this article were supplied by readers and have not been independently verified.',
     'notice'),
    ('body',
     "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la rédaction.",
     'notice'),
    ('tail', 'Tuned tenor pans are for sale in my Ko-fi shop – collection only, from Bristol.', 'byline'),
    ('tail', 'Sporen meiner Farne verschicke ich über Kleinanzeigen, Versand als Großbrief.', 'byline'),
    ('tail', 'I bachi di legno che intaglio per lo shamisen li vendo su Wallapop, spedizione tracciata.', 'byline'),
    ('tail', 'Продаю сухую закваску своего приготовления на Юле, отправка СДЭКом.', 'byline'),
    ('tail', 'Made with Carrd · Hosted on GitHub Pages', 'footer'),
    ('tail', 'Registered in England & Wales No. 07438215 · VAT No. GB 284 6190 37', 'footer'),
    ('tail', 'Proudly hosted by Mythic Beasts · Powered by Jekyll', 'footer'),
    ('tail', 'Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France', 'footer'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Anneliese Wurmbrandtner', 'footer'),
    ('tail', 'Sito ospitato su Aruba.it · Realizzato con Joomla!', 'footer'),
    ('tail', 'Obsługiwane przez usługę Blogger.', 'footer'),
    ('tail', 'Сайт создан в системе uCoz · Хостинг от uCoz', 'footer'),
    ('tail', 'Please read our community guidelines before posting a comment.', 'comments'),
    ('tail', 'Comment as a guest or sign in with Google', 'comments'),
    ('tail', 'This comment has been removed by a blog administrator.', 'comments'),
    ('tail', "Signaler ce commentaire · Répondre · J'aime (3)", 'comments'),
    ('tail', 'Beitrag melden · Antworten · 4 Personen gefällt das', 'comments'),
    ('tail', 'Commento segnalato, in attesa di revisione da parte dello staff.', 'comments'),
    ('tail', 'Odpowiedz · Cytuj · Zgłoś naruszenie', 'comments'),
    ('tail', 'Комментировать могут только пользователи, вошедшие через Госуслуги.', 'comments'),
    ('tail', 'Condividi: Reddit · LinkedIn · Invia per email', 'share'),
    ('tail', 'Poleć ten artykuł: Facebook · LinkedIn · Drukuj', 'share'),
    ('tail', 'Поделиться: ВКонтакте · Max · Скопировать ссылку', 'share'),
    ('tail', 'Dieser Artikel erschien zuerst in der Printausgabe vom 14. März.', 'notice'),
]

HELD_OUT_194_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the parish council's meeting were read aloud at the boundary stone on Saturday."),
    ('head', 'Share ownership of the old maltings passed to a community trust in 1987, the archive shows.'),
    ('head', 'Follow-up surveys of the hedgerow found three more species of bee than last year.'),
    ('head', "Les commentaires des habitants seront recueillis en mairie jusqu'au 30 avril."),
    ('head', 'Kommentare des Bürgermeisters zum Haushalt fielen bei der Versammlung auffallend knapp aus.'),
    ('head', 'Condividere il pullman con la vicina parrocchia ha dimezzato la spesa per la gita.'),
    ('head', 'Komentarze mieszkańców w sprawie nowego mostu wpłynęły do urzędu w ciągu tygodnia.'),
    ('body', 'Subscribers to the village hall fund raised £2,400 for the new roof in a single month.'),
    ('body', "Partager le matériel entre les trois associations a permis d'acheter une nouvelle scène."),
    ('body', 'Folgen hatte der Sturm vor allem für die alten Obstbäume am Hang.'),
    ('body', 'Seguire i lavori del restauro è possibile ogni sabato mattina, su prenotazione in municipio.'),
    ('body', 'Подписчики районной газеты собрали деньги на новые костюмы для ряженых.'),
    ('tail', "Copyright in the mummers' script still belongs to the family of the schoolmaster who wrote it in 1923."),
    ('tail', 'Advertising revenue from the bus shelter paid for the new benches by the pond, the treasurer said.'),
    ('tail', 'Reading the old tithe map, volunteers found a footpath that had been missing for a century.'),
    ('tail',
     'Abonnés depuis quarante ans au journal local, deux retraités du bourg ont offert leurs archives à la commune.'),
    ('tail', 'Werbung für das Hopfenfest soll in diesem Jahr nur auf Plakaten im Ort gemacht werden.'),
    ('tail', "Gli abbonati alla stagione del teatro comunale sono saliti a quattrocento quest'anno."),
    ('tail', 'Udostępnienie szkolnej sali gimnastycznej klubowi seniorów radni przyjęli jednogłośnie.'),
    ('tail', 'Читать старинные тексты колядок ребят учила бывшая учительница литературы.'),
]

HELD_OUT_194_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobbleswick-bounds', [
        [
            '-The Hobbleswick Chronicle – your parish, your paper',
            "-News · Sport · What's On · Parish Notices · Obituaries · Contact",
            '-Home › News › Hobbleswick',
            '+Parish walks its bounds again after a gap of thirty years',
        ],
        [
            '-By Bryony Quelchwood, community reporter',
            '-Monday 11 May 2026, 6:05pm',
            '-3 min read',
        ],
        [
            '-Advertisement',
            ('+More than eighty people, from toddlers in pushchairs to the oldest member of the bowls club, walked '
             'the eleven-mile boundary of Hobbleswick on Sunday.'),
            ('+The custom of beating the bounds lapsed in 1996, when the last of the old churchwardens who knew '
             'every marker stone died.'),
            '-Read also: Footpath by the mill reopens after landslip',
        ],
        [
            ('+"We found stones that nobody had seen for a generation," said the vicar, the Rev. Ann Gorringe-Tull, '
             'who led the walk with a map from 1840.'),
            "-Walkers gather at the marker stone by Tinker's Ford on Sunday afternoon.",
            '-Picture: Bryony Quelchwood',
        ],
        [
            "-Sign up to our free weekly newsletter for the week's parish news",
            '+What the walkers did along the way',
            '+Bumped the youngest walkers gently on each marker stone, as the old custom asks.',
            '-Sponsored: Spring offers on garden furniture at Brackenwell Nurseries',
            '+Cleared brambles from three stones hidden in a hedge on Cold Harbour Lane.',
            '+Beat the boundary with willow wands cut from the churchyard tree.',
        ],
        [
            '+The parish council has promised to put the walk on its calendar every Rogation Sunday from now on.',
            '-Gallery: 24 photos from the walk',
            '+A copy of the 1840 map, marked with every stone the walkers found, will hang in the village hall.',
            '-Tags: Hobbleswick, heritage, parish council',
        ],
        [
            '-6 comments',
            '-Mabel_T: My grandfather walked these bounds in 1950 and always talked about the stone at the ford.',
            "-↳ Bryony Quelchwood (reporter): Thank you, Mabel – we'd love to hear more of his stories.",
            "-Geoff R.: Good to see the young ones out. Next year I'll bring the dog.",
        ],
        [
            '-About us · Advertise with us · Contact the newsroom · Terms of use',
            '-© 2026 Hobbleswick Chronicle Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-pan-in-the-shed-steel-pan', [
        [
            '-Pan in the Shed',
            '-One woman, one oil drum, a lot of hammering',
            '-Home · The Build · Tuning Notes · About Delphine',
            '-Posted on 3 March 2026 by Delphine',
            '+Sinking the drum: the first week of my steel pan build',
        ],
        [
            '-Reading time: 9 minutes',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            ('+The drum came from a cooking-oil supplier on the industrial estate, fifty-five gallons of clean, '
             'unpainted steel.'),
            '-The drum on two bricks in the shed, before the first blow.',
        ],
        [
            '-Contents',
            '-1. Choosing the drum',
            '-2. Sinking the bowl',
            ('+Sinking means hammering the top into a smooth bowl about eight inches deep, and it took me four '
             'evenings.'),
        ],
        [
            ('+My teacher at the Saturday workshop said, "Go round and round, never straight at the middle," and he '
             'was right.'),
            '-Pin it · Share on Facebook · Email this post',
            '-Want the next instalment in your inbox? Subscribe by email here.',
        ],
        [
            '+What I used for the sinking',
            '+A five-pound sinking hammer with a round head.',
            '+A chalk line to mark the note pattern.',
            '+Ear defenders, which the neighbours appreciated too.',
            '-The sinking hammer I use is this one from Amazon (affiliate link).',
        ],
        [
            '+Next week comes the grooving, when the notes are marked out and separated with a punch.',
            '+If the bowl holds, I hope to play my first scale before Easter.',
            '-Keep hammering, Delphine',
            '-I also tune old pans for bands around Bristol – get in touch through the Tuning page.',
        ],
        [
            '-2 thoughts on “Sinking the drum”',
            "-Winston A.: Forty years I've played pan and I still remember sinking my first. Patience!",
            "-↳ Delphine: Thank you, Winston – patience is the one tool I didn't buy.",
        ],
        [
            '-© Delphine 2026 – please ask before using my photos',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-vaunessac-course-crepes', [
        [
            "-L'Écho de Vaunessac – le journal du canton",
            '-Actualités · Sports · Agenda · Associations · Nécrologie',
            '-Accueil > Vie locale > Vaunessac',
            '+Vaunessac relance sa course de crêpes sur la place du marché',
        ],
        [
            '-Par Maëlys Crouzillac',
            '-Publié le 18 février 2026 à 17h40',
            '-Lecture : 3 min',
        ],
        [
            '-Publicité',
            ('+Une trentaine de coureurs, poêle à la main, ont fait le tour de la place du marché mardi pour le '
             'Mardi gras.'),
            "+La course, née d'un jumelage avec une ville anglaise, n'avait plus été organisée depuis 2009.",
            '-À lire aussi : Le carnaval des écoles défilera samedi',
        ],
        [
            ("+« Il faut faire sauter la crêpe trois fois sans la perdre, c'est tout l'art », a expliqué la "
             'présidente du comité des fêtes, Odile Barbastrou.'),
            '-Les coureurs au départ devant la halle.',
            "-Photo : L'Écho de Vaunessac",
        ],
        [
            "-Recevez chaque vendredi notre lettre d'information gratuite",
            '+Le règlement de la course',
            '+Chaque coureur porte un tablier et un fichu.',
            '-Contenu sponsorisé : Isolez vos combles pour 1 euro, vraiment ?',
            "+La crêpe doit être retournée au départ et à l'arrivée.",
            '+Le gagnant reçoit une poêle en fonte offerte par la boulangerie.',
        ],
        [
            '+Le premier prix est revenu à Bastien, apprenti boulanger de dix-neuf ans, en 1 min 12 s.',
            '-Diaporama : 15 photos de la course',
            "+Le comité des fêtes espère accueillir l'an prochain une équipe de la ville jumelle.",
            '-Mots-clés : Vaunessac, Mardi gras, fêtes',
        ],
        [
            '-3 commentaires',
            "-Jeannot82 : Enfin ! On la courait déjà quand j'étais gamin.",
            "-↳ Maëlys Crouzillac : Merci Jeannot, vous étiez peut-être sur les photos de l'époque !",
            "-Clairette : Dommage que ce soit un mardi, j'étais au travail.",
        ],
        [
            '-Mentions légales · Contact · Nous écrire · Abonnement',
            "-© L'Écho de Vaunessac 2026 – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-souffle-aubertine-serpent', [
        [
            "-Le Souffle d'Aubertine",
            "-Carnet d'une joueuse de serpent amateur",
            '-Accueil · Mon serpent · Partitions · À propos',
            '-Publié le 9 janvier 2026 par Aubertine',
            "+Mon serpent retrouve sa voix après trois mois d'atelier",
        ],
        [
            '-Temps de lecture : 7 minutes',
            '-Cet article contient des liens affiliés.',
            ("+J'ai acheté ce serpent d'église du XIXe siècle dans une brocante, fendu sur toute la longueur de sa "
             'courbe.'),
            "-Le serpent sur l'établi, avant le recollage.",
        ],
        [
            '-Sommaire',
            "-1. L'état du bois",
            '-2. Le cuir neuf',
            ("+Le luthier du bourg m'a appris à recoller le noyer à la colle de peau, serré dans des ligatures de "
             'ficelle.'),
        ],
        [
            "+« Un serpent, c'est d'abord un tuyau qui ne fuit pas », m'a-t-il répété à chaque visite.",
            '-Épingler sur Pinterest · Partager sur Facebook · Envoyer par e-mail',
            '-Abonnez-vous pour recevoir les prochains articles par e-mail',
        ],
        [
            "+Ce qu'il a fallu refaire",
            '+Recoller les deux demi-coquilles fendues.',
            '+Tendre un cuir neuf sur tout le corps.',
            '+Boucher les trous de la clé perdue.',
            "-L'embouchure en corne que j'utilise est en vente sur Amazon (lien affilié).",
        ],
        [
            '+Il sonne enfin, un peu sourd dans le grave, mais juste sur toute la première octave.',
            "+Dimanche, je le jouerai pour la première fois à la messe chantée de l'abbaye.",
            '-À bientôt, Aubertine',
            "-Je donne des cours d'initiation au serpent le samedi : voir la page Cours.",
        ],
        [
            '-2 commentaires',
            '-Basson_Fou : Magnifique travail, le cuir est superbe !',
            "-↳ Aubertine : Merci beaucoup, il m'a fallu trois essais pour le cuir.",
        ],
        [
            '-© 2026 Aubertine – textes et photos',
            '-Fièrement propulsé par WordPress · Thème : Inspiro',
        ],
    ]),
    _page('de', 'de-portal-doelkenried-hopfengarten', [
        [
            '-Dölkenrieder Anzeiger – Heimatzeitung seit 1889',
            '-Lokales · Sport · Kultur · Vereine · Traueranzeigen',
            '-Startseite › Lokales › Dölkenried',
            '+Alter Hopfengarten am Kirchberg wird wieder bepflanzt',
        ],
        [
            '-Von Irmgard Hopfenstängl',
            '-14.04.2026, 16:20 Uhr',
            '-Lesezeit: 3 Min.',
        ],
        [
            '-Werbeanzeige',
            ('+Auf dem Hang unterhalb der Kirche stehen seit Samstag wieder dreihundert Hopfenstöcke an neuen '
             'Gerüsten.'),
            '+Der Garten war 1971 aufgegeben worden, als die letzte Brauerei im Ort schloss.',
            '-Lesen Sie auch: Maibaum wird am Dorfplatz aufgestellt',
        ],
        [
            ('+„Unsere Großväter haben hier noch gezupft, jetzt sind die Enkel dran“, sagte Vereinsvorsitzender '
             'Alois Hopfmüllner.'),
            '-Helfer spannen die Drähte am neuen Hopfengerüst.',
            '-Foto: Irmgard Hopfenstängl',
        ],
        [
            '-Jetzt den kostenlosen Newsletter des Anzeigers abonnieren',
            '+So lief die Pflanzaktion',
            '+Die Setzlinge stammen von einer alten Landsorte aus der Hallertau.',
            '-Gesponsert: Jetzt Photovoltaik vom Fachbetrieb aus der Region',
            '+Schüler der Grundschule haben die Reihen markiert.',
            '+Die Gerüststangen spendete ein Sägewerk aus dem Nachbarort.',
        ],
        [
            '+Die erste kleine Ernte erwartet der Heimatverein im Herbst des kommenden Jahres.',
            '-Bildergalerie: 18 Fotos von der Pflanzaktion',
            '+Aus dem Hopfen soll dann ein Festbier für die Kirchweih gebraut werden.',
            '-Schlagworte: Dölkenried, Hopfen, Heimatverein',
        ],
        [
            '-5 Kommentare',
            '-Sepp_am_Berg: Endlich! Mein Vater hat da noch Hopfen gezupft.',
            '-↳ Irmgard Hopfenstängl (Redaktion): Danke, Sepp – vielleicht hat er ja alte Fotos?',
            "-Rosi K.: Ich helfe gern beim Ernten, wann geht's los?",
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt',
            '-© 2026 Dölkenrieder Anzeiger GmbH',
        ],
    ]),
    _page('de', 'de-blog-wedelglueck-farngarten', [
        [
            '-Wedelglück',
            '-Ein Farngarten im Hinterhof',
            '-Start · Meine Farne · Pflege · Über mich',
            '-Veröffentlicht am 22. Mai 2026 von Hedwig',
            '+Wie aus der feuchten Hofecke ein kleiner Farngarten wurde',
        ],
        [
            '-8 Minuten Lesezeit',
            '-Dieser Beitrag enthält Affiliate-Links.',
            '+Die Nordecke unseres Hofs bekam nie Sonne, und außer Moos wuchs dort seit Jahren nichts.',
            '-Die Hofecke im März, noch ganz kahl.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Der Boden',
            '-2. Die Auswahl der Farne',
            '+Ich habe zuerst den verdichteten Boden gelockert und zwei Schubkarren Laubkompost eingearbeitet.',
        ],
        [
            '+Die Gärtnerin in der Staudengärtnerei sagte nur: „Farne wollen Schatten, Wasser und Ruhe.“',
            '-Auf Pinterest merken · Auf Facebook teilen · Per E-Mail senden',
            '-Neue Beiträge per E-Mail erhalten – jetzt abonnieren',
        ],
        [
            '+Diese Farne sind eingezogen',
            '+Ein Straußenfarn für die hintere Ecke.',
            '+Drei Hirschzungen an der Mauer.',
            '+Ein Königsfarn neben dem Regenfass.',
            '-Die Pflanzschaufel, die ich benutze, gibt es hier bei Amazon (Affiliate-Link).',
        ],
        [
            '+Nach sechs Wochen rollen sich die ersten neuen Wedel auf.',
            '+Im Herbst will ich noch einen Baumfarn im Kübel wagen.',
            '-Grüne Grüße, Hedwig',
            '-Ableger meiner Farne gebe ich im Frühjahr gegen eine Spende ab – Termine unter Mitmachen.',
        ],
        [
            '-3 Antworten',
            '-Gartenmaus: Wunderschön! Welchen Kompost hast du genommen?',
            '-↳ Hedwig: Danke! Einfach Laub aus dem eigenen Hof, zwei Jahre gelagert.',
        ],
        [
            '-© 2026 Hedwig · Alle Fotos von mir',
            '-Erstellt mit WordPress · Theme: Kubio',
        ],
    ]),
    _page('it', 'it-portale-villanzolo-serra-viti', [
        [
            '-La Voce di Villanzolo – notizie dalla valle',
            '-Cronaca · Sport · Eventi · Associazioni · Necrologi',
            '-Home › Cronaca › Villanzolo',
            "+Rinasce la serra delle viti nell'orto murato di Villa Corbelli",
        ],
        [
            '-Di Ottavia Pampagnoli',
            '-12 marzo 2026, ore 18:15',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '-Pubblicità',
            ("+Dopo quarant'anni di abbandono, la serra addossata al muro dell'orto di Villa Corbelli ha di nuovo i "
             'suoi vetri.'),
            ('+Dentro, una vite di uva moscato piantata nel 1898 è sopravvissuta a tutto, anche alla grandinata del '
             '1985.'),
            '-Leggi anche: Riapre il lavatoio di via dei Mulini',
        ],
        [
            ('+«Quando abbiamo tolto le erbacce la vite ha buttato subito», racconta la giardiniera volontaria Nives '
             'Ardigozzi.'),
            '-La vecchia vite sotto i vetri nuovi della serra.',
            '-Foto: La Voce di Villanzolo',
        ],
        [
            '-Iscriviti alla newsletter gratuita della Voce',
            '+I lavori eseguiti',
            '+Sostituiti 240 vetri rotti della copertura.',
            '-Contenuto sponsorizzato: Infissi in PVC con lo sconto in fattura',
            '+Rifatte in larice le capriate marce.',
            '+Ripulito il bordo di terra dove affondano le radici.',
        ],
        [
            '+La serra sarà aperta alle visite la prima domenica di ogni mese, da aprile a ottobre.',
            '-Fotogallery: 20 immagini della serra',
            '+A settembre i volontari contano di vendemmiare per la prima volta in mezzo secolo.',
            '-Tag: Villanzolo, Villa Corbelli, giardini storici',
        ],
        [
            '-4 commenti',
            "-Gianna_58: Da bambina rubavo l'uva lì dentro, che emozione rivederla!",
            '-↳ Redazione: Grazie Gianna, ci mandi una foto di allora?',
            '-Piero M.: Bravi i volontari, un lavoro enorme.',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie',
            '-© 2026 La Voce di Villanzolo · Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-tre-corde-shamisen', [
        [
            '-Tre corde e un gatto',
            "-Diario di un'autodidatta dello shamisen",
            '-Home · Lo strumento · Spartiti · Chi sono',
            '-Pubblicato il 4 febbraio 2026 da Ilaria',
            "+Ho cambiato la pelle del mio shamisen, e non l'ho rotta",
        ],
        [
            '-Lettura: 6 minuti',
            '-Questo articolo contiene link di affiliazione.',
            ('+Il mio shamisen usato è arrivato da Osaka con la pelle sintetica già allentata e un ronzio sulla '
             'corda più bassa.'),
            '-Lo shamisen smontato sul tavolo della cucina.',
        ],
        [
            '-Indice',
            '-1. Smontare il manico',
            '-2. Tendere la pelle',
            '+Per tendere la pelle nuova ho costruito un telaio con quattro morsetti e una corda di canapa.',
        ],
        [
            '+Il mio maestro mi aveva avvertito: «La pelle va tirata finché canta, non finché si spacca.»',
            '-Salva su Pinterest · Condividi su Facebook · Invia per email',
            '-Iscriviti per ricevere i nuovi articoli via email',
        ],
        [
            '+Cosa mi è servito',
            '+Una pelle sintetica da 0,25 millimetri.',
            '+Colla di riso fatta in casa.',
            '+Quattro morsetti da falegname.',
            '-I morsetti che ho usato li trovi su Amazon (link affiliato).',
        ],
        [
            '+Ora il suono è secco e brillante, come nelle registrazioni che ascoltavo da ragazza.',
            '+Il prossimo passo sarà imparare la mia prima melodia tradizionale di Tsugaru.',
            '-Alla prossima, Ilaria',
            '-Do lezioni di shamisen online per principianti: trovi tutto nella pagina Lezioni.',
        ],
        [
            '-2 commenti',
            "-Kenji_mi: Brava! La prima pelle io l'ho rotta al secondo tentativo.",
            '-↳ Ilaria: Grazie Kenji, ho avuto solo fortuna!',
        ],
        [
            '-© 2026 Ilaria – testi e foto di mia proprietà',
            '-Creato con WordPress · Tema: Colibri',
        ],
    ]),
    _page('pl', 'pl-portal-wierzbolaki-hustawka', [
        [
            '-Kurier Wierzbołącki – wiadomości z gminy',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Kontakt',
            '-Strona główna › Wiadomości › Wierzbołąki',
            '+Huśtawka na linie wróciła nad rzekę w Wierzbołąkach',
        ],
        [
            '-Autor: Zdzisław Wiklinowicz',
            '-15 czerwca 2026, 19:10',
            '-Czas czytania: 3 min',
        ],
        [
            '-Reklama',
            ('+Na starym dębie nad Wiklinówką znów wisi gruba lina z drewnianym siedziskiem, z której skakało do '
             'wody kilka pokoleń dzieci.'),
            '+Poprzednią huśtawkę zdjęto w 2015 roku, gdy gałąź zaczęła pękać.',
            '-Czytaj także: Remont przystanku przy szkole zakończony',
        ],
        [
            ('+„Dąb sprawdził arborysta, gałąź jest zdrowa i wytrzyma dorosłego”, zapewnia sołtyska Grażyna '
             'Olszyńczak.'),
            '-Pierwsi skoczkowie nad Wiklinówką.',
            '-Fot. Zdzisław Wiklinowicz',
        ],
        [
            '-Zapisz się do bezpłatnego newslettera Kuriera',
            '+Jak powstała nowa huśtawka',
            '+Linę z konopi kupiła rada sołecka.',
            '-Artykuł sponsorowany: Pompy ciepła z dotacją – sprawdź',
            '+Siedzisko wystrugał emerytowany stolarz.',
            '+Strażacy z OSP zawiesili linę z podnośnika.',
        ],
        [
            '+Huśtawka jest dostępna od świtu do zmierzchu, a pod dębem stanęła tablica z zasadami.',
            '-Galeria: 12 zdjęć znad rzeki',
            '+Sołectwo planuje jeszcze w tym roku ustawić obok ławki i kosz na śmieci.',
            '-Tagi: Wierzbołąki, rzeka, lato',
        ],
        [
            '-7 komentarzy',
            '-Mietek_z_dołu: Skakałem z tej liny w 1978! Pięknie, że wróciła.',
            '-↳ Redakcja: Dziękujemy, panie Mietku – może ma pan stare zdjęcia?',
            '-Agnieszka: A ratownik będzie w wakacje?',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt z redakcją',
            '-© 2026 Kurier Wierzbołącki. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-bebny-bogny-tabla', [
        [
            '-Bębny Bogny',
            '-Blog o nauce gry na tabli',
            '-Start · Moja tabla · Ćwiczenia · O mnie',
            '-Opublikowano 8 listopada 2025 przez Bognę',
            '+Naciągam od nowa skórę mojej dayan',
        ],
        [
            '-Czas czytania: 6 min',
            '-Wpis zawiera linki afiliacyjne.',
            ('+Moja tabla przyjechała z Waranasi trzy lata temu i w tym roku prawy bęben, dayan, zaczął brzmieć '
             'głucho.'),
            '-Dayan na warsztacie, przed zdjęciem rzemieni.',
        ],
        [
            '-Spis treści',
            '-1. Rozplatanie rzemieni',
            '-2. Strojenie klockami',
            '+Rzemienie rozplatałam powoli przez dwa wieczory, licząc każde przejście, żeby potem nic nie pomylić.',
        ],
        [
            '+Mój nauczyciel powtarzał: „Tabla mówi tylko wtedy, gdy skóra jest równo napięta dookoła.”',
            '-Zapisz na Pintereście · Udostępnij na Facebooku · Wyślij e-mailem',
            '-Zapisz się, aby dostawać nowe wpisy e-mailem',
        ],
        [
            '+Czego potrzebowałam',
            '+Młotka do strojenia z mosiężną głowicą.',
            '+Sześciu nowych drewnianych klocków.',
            '+Dużo cierpliwości i drugiej pary rąk.',
            '-Młotek do strojenia kupiłam tutaj na Allegro (link afiliacyjny).',
        ],
        [
            '+Po trzech wieczorach strojenia dayan znów dzwoni czysto na dźwięku C.',
            '+W następnym wpisie pokażę, jak ćwiczę pierwszy rytm teentaal.',
            '-Do usłyszenia, Bogna',
            '-Prowadzę warsztaty gry na tabli w Krakowie – zapisy w zakładce Warsztaty.',
        ],
        [
            '-3 komentarze',
            '-Rytmik77: Świetny opis! Ja bym się bał sam to rozplatać.',
            '-↳ Bogna: Dzięki! Zdjęcia każdego kroku bardzo pomagają.',
        ],
        [
            '-© 2026 Bogna – wszystkie zdjęcia i teksty są moje',
            '-Blog na WordPressie · Motyw: Twenty Twenty-Five',
        ],
    ]),
    _page('ru', 'ru-portal-stogoryovo-ryazhenye', [
        [
            '-Стогорёвские вести — газета Заречного района',
            '-Новости · Спорт · Культура · Объявления · Контакты',
            '-Главная › Новости › Стогорёво',
            '+В Стогорёве после сорока лет перерыва снова сыграли пьесу ряженых',
        ],
        [
            '-Автор: Прасковья Колядушкина',
            '-8 января 2026, 18:30',
            '-3 минуты на чтение',
        ],
        [
            '-Реклама',
            ('+В сельском клубе Стогорёва в святочный вечер показали «Царя Максимилиана» — народную пьесу, которую '
             'здесь разыгрывали ряженые ещё до войны.'),
            '+Последний раз её ставили в 1986 году, и текст пришлось собирать по памяти старожилов.',
            '-Читайте также: В Стогорёве открылся каток у школы',
        ],
        [
            ('+«Бабушка пела мне эти куплеты вместо колыбельной, вот я их и записала», — рассказала руководитель '
             'клуба Антонина Святочкина.'),
            '-Ряженые во время представления в сельском клубе.',
            '-Фото: Прасковья Колядушкина',
        ],
        [
            '-Подпишитесь на рассылку «Стогорёвских вестей»',
            '+Как готовили спектакль',
            '+Костюмы шили из старых занавесок и мешковины.',
            '-Партнёрский материал: Окна ПВХ со скидкой до 30%',
            '+Маски из бересты делали школьники.',
            '+Репетировали по вечерам три недели.',
        ],
        [
            '+Посмотреть представление пришли больше ста человек, многие — с детьми и внуками.',
            '-Фоторепортаж: 16 снимков с представления',
            '+Следующий показ клуб обещает на Масленицу.',
            '-Теги: Стогорёво, святки, традиции',
        ],
        [
            '-5 комментариев',
            '-Валентина С.: Мой дед играл Максимилиана в пятидесятые, до слёз!',
            '-↳ Прасковья Колядушкина: Валентина, спасибо! Может, у вас сохранились фотографии?',
            '-Гость_72: Молодцы, что возрождаете.',
        ],
        [
            '-О газете · Размещение объявлений · Контакты',
            '-© 2026 «Стогорёвские вести». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-zakvaska-lyubavy-yogurt', [
        [
            '-Закваска Любавы',
            '-Домашние кисломолочные опыты',
            '-Главная · Рецепты · Закваски · Обо мне',
            '-Опубликовано 12 октября 2025, автор: Любава',
            '+Домашний йогурт в термосе: как я добилась густоты без загустителей',
        ],
        [
            '-Читать ~7 минут',
            '-В посте есть партнёрские ссылки.',
            '+Первые три партии йогурта вышли жидкими, как кефир, и я почти решила купить йогуртницу.',
            '-Банки с йогуртом в термосе, утро после заквашивания.',
        ],
        [
            '-Содержание',
            '-1. Молоко',
            '-2. Температура',
            '+Оказалось, всё дело в молоке: его нужно прогреть до 90 градусов и подержать так минут десять.',
        ],
        [
            '+Соседка-технолог сказала мне: «Йогурт любит тепло и тишину, не открывай крышку каждые полчаса».',
            '-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить в Telegram',
            '-Подпишитесь, чтобы получать новые посты на почту',
        ],
        [
            '+Что мне понадобилось',
            '+Литр молока жирностью 3,2%.',
            '+Две ложки живого йогурта без добавок.',
            '+Широкий термос на полтора литра.',
            '-Термос, как у меня, можно найти на Wildberries (партнёрская ссылка).',
        ],
        [
            '+Теперь йогурт получается густым за восемь часов, и ложка в нём стоит.',
            '+В следующий раз попробую заквасить топлёное молоко и сделать варенец.',
            '-Всем вкусного утра, ваша Любава',
            '-Провожу онлайн-мастер-классы по домашним закваскам — запись в разделе «Уроки».',
        ],
        [
            '-2 комментария',
            '-Ольга_Н: А на козьем молоке получится?',
            '-↳ Любава: Получится, но будет жиже — добавьте ложку сухого молока.',
        ],
        [
            '-© 2026 Любава. Копирование текстов — только со ссылкой.',
            '-Сайт работает на WordPress · Тема: Twenty Twenty-Two',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Dieses Video aus der ARD Mediathek ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.':
        ("a German ARD Mediathek marker held back until 10 pm to protect minors ('Dieses Video aus der ARD Mediathek "
         "ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.') is left in the body"),
    "Il contenuto di RaiPlay richiede l'accesso: effettua il login per guardare il video.":
        ("an Italian RaiPlay marker that asks the reader to log in ('Il contenuto di RaiPlay richiede l'accesso: "
         "effettua il login per guardare il video.') is left in the body"),
    'Some images in this article were supplied by readers and have not been independently verified.':
        ("an English reader-supplied-images notice ('Some images in this article were supplied by readers and have "
         "not been independently verified.') is left in the body"),
    'Commento segnalato, in attesa di revisione da parte dello staff.':
        ("an Italian reported-comment stub ('Commento segnalato, in attesa di revisione da parte dello staff.') is "
         'left at the foot'),
    'Комментировать могут только пользователи, вошедшие через Госуслуги.':
        ("a Russian only-through-Gosuslugi comments note ('Комментировать могут только пользователи, вошедшие через "
         "Госуслуги.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-pan-in-the-shed-steel-pan':
        ("the steel-pan blog's post keeps the photo caption ('The drum on two bricks in the shed, before the first "
         "blow.') after the first paragraph, the subscribe prompt ('Want the next instalment in your inbox? "
         "Subscribe by email here.') after the quote and share row, and the sign-off ('Keep hammering, Delphine') "
         "and the plug ('I also tune old pans for bands around Bristol – get in touch through the Tuning page.') "
         'after the last paragraphs (4 of 20 noise lines); no article line is lost'),
    'fr-blog-souffle-aubertine-serpent':
        ("the serpent blog's post keeps the photo caption ('Le serpent sur l'établi, avant le recollage.') after the "
         'first paragraph (1 of 20 noise lines); no article line is lost'),
    'de-blog-wedelglueck-farngarten':
        ("the fernery blog's post keeps the photo caption ('Die Hofecke im März, noch ganz kahl.') after the first "
         "paragraph, and the sign-off ('Grüne Grüße, Hedwig') and the plug ('Ableger meiner Farne gebe ich im "
         "Frühjahr gegen eine Spende ab – Termine unter Mitmachen.') after the last paragraphs (3 of 20 noise "
         'lines); no article line is lost'),
    'it-blog-tre-corde-shamisen':
        ("the shamisen blog's post keeps the photo caption ('Lo shamisen smontato sul tavolo della cucina.') after "
         'the first paragraph (1 of 20 noise lines); no article line is lost'),
    'pl-blog-bebny-bogny-tabla':
        ("the tabla blog's post keeps the photo caption ('Dayan na warsztacie, przed zdjęciem rzemieni.') after the "
         'first paragraph (1 of 20 noise lines); no article line is lost'),
    'ru-blog-zakvaska-lyubavy-yogurt':
        ("the yoghurt blog's post keeps the photo caption ('Банки с йогуртом в термосе, утро после заквашивания.') "
         'after the first paragraph (1 of 20 noise lines); no article line is lost'),
}

test_held_out_194_line, test_held_out_194_line_is_kept, test_held_out_194_page = held_out_tests(
    HELD_OUT_194_LINES, HELD_OUT_194_KEEP, HELD_OUT_194_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
