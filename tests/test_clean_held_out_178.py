"""Held-out set 178: written blind, weighted toward the noise the cleaner exists for, in shapes set 176's docstring does
not name (nor the first paragraphs of sets 173, 174 and 175): scraper, embed and ad markers (an English Flourish
visualisation that needs JavaScript "Flourish visualisation failed to load – please enable JavaScript to view this
chart.", an English bracketed Loom recording visible only to the members of a workspace "[Loom recording – this video is
only visible to members of the workspace]", an English Spotify podcast player that asks the reader to sign in "Spotify
podcast player unavailable: sign in to Spotify to listen to this episode.", a French Canva slideshow whose share link
was switched off "Le diaporama Canva ne peut pas être intégré : le lien de partage a été désactivé.", a German embedded
Google form that needs a Google account "Eingebettetes Google-Formular: Für die Teilnahme ist eine Anmeldung mit einem
Google-Konto erforderlich.", an Italian Spreaker player that could not load the episode "Il player di Spreaker non è
riuscito a caricare la puntata: riprova più tardi.", a Polish Facebook video perhaps removed or shared with friends only
"Wideo z Facebooka nie jest dostępne – mogło zostać usunięte lub udostępnione tylko znajomym." and a Russian Telegram
post that asks to be opened in the app "Пост из Telegram не отображается: откройте его в приложении."); reading-time
headers in new wordings (the English estimated-read label "Estimated read: 6 min", a blog's heads-up long-post line with
a word count and a quarter of an hour "Heads up: this post is long, roughly 3,000 words or a quarter of an hour's
reading.", the French you-will-need line "Il vous faudra 5 minutes pour lire cet article.", the German
you-read-this-article-in line "Sie lesen diesen Artikel in rund 5 Minuten.", the Italian this-article-reads-in line
"Questo articolo si legge in 5 minuti", the Polish estimated-reading-time label "Szacowany czas czytania: 5 min" and the
Russian approximately-five-minutes-of-reading line "≈ 5 минут на чтение"); bylines and self-promotion (an English
story-and-pictures byline with a job title "Story and pictures: Cuthbert Mallowgrind, Community Correspondent", a French
local-correspondence byline "Correspondance locale : Anselme Pitrouvel", a German name-first freelance byline "Gesine
Wippermöller (freie Mitarbeiterin)" and a Polish noted-by byline "Notowała: Zdzisława Łopuchowska", all at the head, and
at the foot an English Big Cartel notebooks plug with tracked postage "My hand-bound notebooks are for sale in my Big
Cartel shop, posted tracked within the UK.", an English Skype calligraphy-lessons plug "I offer one-to-one calligraphy
lessons over Skype; use the contact form on this site to book one.", an Italian Vinted baskets plug with Poste Italiane
shipping "I miei cestini intrecciati si comprano su Vinted, spedizione con Poste Italiane." and a Russian Avito
knitted-toys plug with CDEK shipping "Мои вязаные игрушки можно заказать на Авито, отправляю СДЭКом."); blog and site
footers (an English Substack credit with privacy, terms and collection-notice links "Powered by Substack · Privacy ·
Terms · Collection notice", an English no-reproduction copyright line "All content is subject to copyright and may not
be reproduced without written permission.", an English GitHub Pages and Hugo credit with its PaperMod theme "Hosted on
GitHub Pages · Built with Hugo · Theme: PaperMod", a French publisher line with share capital and trade-register number
"Éditée par la SAS Presse du Haut-Mortier, au capital de 10 000 euros, RCS Laval 812 345 678", a German
responsible-for-content line under the state media treaty "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Eike
Sturmhövel", an Italian not-a-news-title disclaimer of a blog "Questo blog non rappresenta una testata giornalistica ai
sensi della legge n. 62/2001.", a Polish cookie-use line with a GDPR information clause "Serwis używa plików cookies
zgodnie z polityką prywatności · Klauzula informacyjna RODO" and a Russian link-back-required line "При полном или
частичном использовании материалов гиперссылка на сайт обязательна."); reader-comment furniture (an English sort-by row
"Sort by: Newest · Oldest · Most liked", an English closed-after-72-hours note "The comment section on this story closed
72 hours after publication.", an English replying-to row with a cancel link "Replying to Desmond H. · Cancel reply", a
French sort-by row "Trier par : les plus récents · les plus appréciés", a German nightly-closing note "Die
Kommentarfunktion wird um 22 Uhr geschlossen und am nächsten Morgen wieder geöffnet.", an Italian edited-by-its-author
stamp "Il commento è stato modificato dall'autore 2 ore fa", a Polish comments-not-moderated disclaimer "Komentarze
czytelników nie są moderowane przed publikacją. Redakcja nie odpowiada za ich treść." and a Russian
newest-oldest-popular sort row "Сначала новые · Сначала старые · Сначала популярные"); share rows (an English
send-it-to-a-neighbour row with Nextdoor "Found this useful? Send it to a neighbour: WhatsApp · Nextdoor · Email", an
Italian spread-the-news row "Fai girare la notizia: WhatsApp · Facebook · Telegram" and a Polish share-this-text row
"Podziel się tym tekstem: Facebook · WhatsApp · Skopiuj link"); and notices (a French
subscribers'-article-offered-to-all note "Article réservé aux abonnés, offert exceptionnellement à tous nos lecteurs."
and a German machine-translated-and-checked note "Hinweis: Dieser Text wurde maschinell aus dem Englischen übersetzt und
redaktionell geprüft.", both in the body, and a Russian grant-support note "Материал подготовлен при поддержке
Президентского фонда культурных инициатив." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 176's docstring does not describe (on the six portal pages, in ten blocks, the masthead and the section menu in one
block of two at the very top; the title at the top of a block of three with the byline and a date line after it; the
reading time and a share row at the top of the first paragraph's block, right before the first paragraph; the lead
photo's caption and its credit at the top of the second paragraph's block, right before the second paragraph; the
paragraph with the quote alone; an ad label, a sponsored headline and a read-also link alone in a block of three between
the quote and the subheading; the subheading and the three rows with a follow-us prompt after the third row; the two
last paragraphs in one block with a tags line after the second; at the foot two blocks, five lines of a comment thread
(a comment count, a comment, another reader's arrowed reply, a third reader's comment and a fourth reader's arrowed
reply to it) and then a links row and the publisher's copyright line; on the six blog pages, in ten blocks, the menu,
the blog name and its tagline in one block of three, the menu first; the title at the top of a block of two with the
posted-on-date-by-author line under it; a category line and the reading time at the top of the first paragraph's block,
right before the first paragraph; the second paragraph at the top of its block with a photo caption after it; the
paragraph with the quote at the top of its block with a save-to-Pinterest prompt after it; the subheading and the three
rows with an affiliate link between the second and third rows; the two last paragraphs in one block with a subscribe
prompt between them; the author's sign-off and a share row alone in a block of two; at the foot two blocks, five lines
of a thread (a comments heading, a comment, the author's arrowed reply, a second comment and another reader's arrowed
reply to it), and then a plug for the author's wares or lessons, the author's copyright line and a platform-and-theme
credit in the last block, the plug first), taken from local news of fresh kinds (a village's Georgian ice house opened
to visitors, a town's pillar box stolen and returned, a river's weir rebuilt with a fish pass, a school's conker
tournament, a manor park's ha-ha restored, a village's fingerpost repainted) and from blogs about playing the
hurdy-gurdy, making fretwork puzzles, making tempeh, learning the bodhrán, making tin can lanterns and playing the kazoo
in a band.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 176 but what is named here), held-out set 177 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 176 up to (not including) its paragraph "Measured after round 118", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search),
and the first paragraphs of the docstrings of sets 173, 174 and 175, printed with one ast script
(/tmp/s178scratch/peek.py, reading the files of /tmp/wt-set178/tests, the set's worktree at the brief's commit; see
Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set178); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s178scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 176's as printed, with 176 -> 178; /tmp/s178scratch/gen178.py writes this file from scratch files (data178.py with
the noise and keep lines, pages178.py with the pages, doc1.txt to doc5.txt with the first five paragraphs and, after the
measurement, doc6.txt with the Baseline paragraph and tables178.py with the xfail tables). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s178, detached at
commit e859aa040caf862b592bca859bc3616b2252518f, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 09:44:16 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
e859aa040caf862b592bca859bc3616b2252518f (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. (2) peek.py printed set 176's docstring paragraphs (split on blank lines) up to the
one starting "Measured after round 118", set 176's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 173, 174 and 175. Its first run printed to
the terminal, which the tool cut in the middle (it showed the output's first 132 lines, set 176's docstring part up to
inside its Slips and notes (4), and, after the cut, its last lines from inside set 174's first paragraph to the end of
set 175's, all allowed parts); the second run went to /tmp/s178scratch/peek.out (601 lines, all of them allowed parts),
of which I paged lines 125 to 300 and 300 to 480 with ``sed``, so that every part the brief allows was read; nothing
else of any set file was printed. (3) To compare my wordings with the named ones I grepped peek.out case-insensitively
for the services, platforms, hosts and key words of my lines (Flourish, Loom, Spotify, Canva, Google-Formular, Formular,
Spreaker, Facebooka, Telegram, "Estimated read", "Heads up", "Il vous faudra", "Sie lesen", "si legge", Szacowany, "на
чтение", "Story and pictures", Correspondance, "freie Mitarbeiter", Notował, "Big Cartel", Skype, Vinted, Авито, СДЭК,
Substack, "subject to copyright", "GitHub Pages", Hugo, PaperMod, SAS, capital, MStV, Verantwortlich, testata, 62/2001,
RODO, cookies, гиперссылка, "Sort by", closed, Replying, "Cancel reply", Trier, Kommentarfunktion, "22 Uhr", modificato,
moderowane, Сначала, useful, Nextdoor, neighbour, "Fai girare", Podziel, "réservé aux abonnés", offert, maschinell,
übersetzt, Президентского, "при поддержке"): "Telegram" occurs in share rows and prompts of sets 173 to 176 and in set
173's VK Video marker, "testata" only in set 176's Italian court-registration line ("Testata giornalistica registrata
presso il Tribunale di Cuneo"), and "cookies" in the third-party-cookies markers of sets 175 and 176, set 173's French
Wix credit and the "Polityka cookies" links of the Polish home.pl rows of sets 175 and 176; the other words do not
occur. (4) Near misses with shapes already named, noted rather than hidden: the markers stand for services not named
there (Flourish, Loom, Spotify, Canva, Google Forms, Spreaker, Facebook video, Telegram post) with reasons not named
(JavaScript switched off, a workspace-only recording, a sign-in, a share link switched off, a Google account needed, a
try-later failure, a video removed or shared with friends only, a post to be opened in the app), though the try-later
Spreaker line is of the kind of set 174's uMap try-again line and the Facebook video of the kind of set 173's TikTok
film whose author's account was deleted; the reading times are new phrasings, but the English "Estimated read: 6 min" is
a plain label like set 176's "Time to read: 4 mins", the English blog's heads-up line is a blog's long-read line like
set 176's settle-in, set 175's fair-warning and set 174's grab-a-cup-of-tea lines, the Italian "Questo articolo si legge
in 5 minuti" is close to set 174's "Leggi in 6 minuti" and set 173's "Leggerai questo articolo in 6 minuti", the German
"Sie lesen diesen Artikel in rund 5 Minuten." to set 175's "Zum Lesen brauchen Sie etwa 4 Minuten.", the Polish
"Szacowany czas czytania: 5 min" to set 175's Italian "Tempo stimato di lettura: 4 minuti", and the Russian "≈ 5 минут
на чтение" to set 176's "Время чтения: 7 минут"; of the bylines the French local-correspondence line, the German
name-first freelance line and the Polish "Notowała" line are not named, while the English story-and-pictures byline is
of the kind of the words-and-photographs bylines of sets 173 and 174; the plugs sell on platforms not named (Big Cartel,
Skype, Vinted, Avito), though the English Skype lessons plug is of the kind of set 176's Zoom banjo-lessons plug and the
others carry postage like the plugs of sets 173 to 176; the footers name hosts, builders and legal lines not named
(Substack, GitHub Pages with Hugo and PaperMod, a no-reproduction line, a French publisher line with capital and RCS
number, a German MStV line, an Italian not-a-news-title disclaimer, a Polish cookie-and-RODO line, a Russian link-back
line), though the GitHub Pages row is a host-and-builder credit like set 176's Netlify-and-Eleventy row, the Italian
disclaimer is the blog's counterpart of set 176's court registration and the Polish line echoes the "Polityka cookies"
links of sets 175 and 176; of the comment lines none is named, though the three sort rows are of one kind and the
closed-after-72-hours and nightly-closing notes are of the kind of the moderation and limit notes of sets 173 to 176;
the share rows use openings not named ("Found this useful? Send it to a neighbour", "Fai girare la notizia", "Podziel
się tym tekstem"), though the English one is close in sense to set 176's know-someone-who'd-enjoy-this row; the three
notices are not named. On the pages the noise is of common kinds (mastheads, section menus, bylines, date lines, reading
times, share rows, captions and credits, ad labels, sponsored headlines, read-also links, follow prompts, tags lines,
comment threads, links rows, copyright lines, blog menus, names and taglines, posted-on lines, category lines, photo
captions, save-to-Pinterest prompts, affiliate links, subscribe prompts, sign-offs, plugs and platform credits), since
the brief asks for new layouts there; some positions echo earlier layouts (the portals' masthead at the very top with a
menu, as on set 173; a share row before the first paragraph, as on sets 175 and 176; the ad label, sponsored headline
and a read link as a group, as on sets 173 to 176 in other places; the follow prompt and tags line near the list and the
last paragraphs, as on sets 175 and 176; the blogs' menu and blog name together, as on sets 175 and 176; a category line
and the reading time near the posted-on line, as on set 176; an affiliate link inside the list block, as on sets 170 to
176; a sign-off and a share row near each other, as on sets 173 and 174), while what is new is the arrangement (on the
portals the title at the top of its block with byline and date under it, the reading time with the share row before the
first paragraph, the caption and credit before the second paragraph in its block, the ad group alone between the quote
and the subheading, the follow prompt after the third row; on the blogs the tagline after the menu and name, the
posted-on line under the title, the category and reading time before the first paragraph, a caption after the second
paragraph, a save-to-Pinterest prompt after the quote, the affiliate link between the second and third rows, a subscribe
prompt between the last paragraphs, the sign-off and share row alone in a block, and the plug in the last block before
the copyright line and credit). (5) Before the measurement /tmp/s178scratch/check.py checked, case-insensitively, that
no noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and
that no line holds an at-sign, and counted the lines. Before its first run I had already kept the mastheads and blog
names out of the copyright lines, follow prompts and credits (the copyright lines name a publisher or the author
instead), the ad labels out of the links rows and keep lines (I first wrote the keep lines "Publicité ou pas, la fête du
cidre attire chaque année plus de monde." and "Pubblicità del mercatino è stata fatta soprattutto con il passaparola.",
which held the French and Italian portals' ad labels; they became "Partagé entre trois communes, le nouveau car scolaire
circulera dès la rentrée." and "Seguito da centinaia di persone, il palio dei carretti è tornato dopo dieci anni."), the
Italian portal's byline out of its photo credit and the Italian portal's and blog's comment counts apart ("4 commenti"
and "Commenti (4)"); its first run found one: the German portal's ad label "Anzeige" inside the German blog's plug
("Meine Tempeh-Starterkulturen verkaufe ich auf kleinanzeigen.de, Versand mit DHL.", which became "Meine
Tempeh-Starterkulturen verkaufe ich über Etsy, Versand mit DHL."); its second run found nothing. Lines and data were
counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep lines by place; 12 pages of
ten blocks each, with 10 "+" and 20 "-" lines each). /tmp/s178scratch/marks.out printed all 360 page lines with their
block numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and
the list rows, "-" on everything else; no mark was swapped. gen178.py reports lines over 120 characters and at-signs in
the written file, checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing
the file with ``ast`` (without importing it), that the file's lists, pages and tables equal the scratch ones. (6)
Invented names were checked with the exact-string search over public GitHub files: Thrumbleton (for The Thrumbleton
Courier, Thrumbleton Hall and the Thrumbleton Heritage Trust), Pettifrew, Quorlebury, Crankwheel Notebook, Mortvoisin
(for L'Écho de Mortvoisin), Mortvoisinoise, Lherminot, Brunchambeau, Chantourneur du Dimanche, Quelmbach (for the
Quelmbacher Tageblatt), Verlagshaus Quelme, Quastenbrügge, Schnirkelbeck, Schimmelglück, Roccafreddina (for La Voce di
Roccafreddina), Scuderlani, Bortolazzoni, Roccavolta, Bodhrán in Soffitta, Mszadłow (for Mszadłowo and the Kurier
Mszadłowski), Wydawnictwo Mszadło, Kwiatoszewska, Głazowicki, Puszkowe Światełka, Кривоколенк (for Кривоколенка and
Кривоколенские вести), Указкина, Трафареткин, Казу с антресолей, Mallowgrind, Pitrouvel, Wippermöller, Łopuchowska,
Sturmhövel, Haut-Mortier and Wydawnictwo Zawilec (checked, not used) had no hits. Dropped: Arkwhistle (inside invented
names such as Sparkwhistle in files; the trust chair became Desmond Quorlebury), Drone and Crank (a phrase about the
hurdy-gurdy in a file; the blog became Crankwheel Notebook), Quastenberg (a place and street name; the reporter became
Hinnerk Quastenbrügge), Kappelhoff (a real surname; the mayor became Dörte Schnirkelbeck), Valfredda (a real valley and
plant cultivar; the publisher became Edizioni Roccavolta), Zawilcowo (Zawilcowa is a street name in files; the village
became Mszadłowo and the publisher Wydawnictwo Mszadło), Ślimakowski (a name in a file; the conservator became Tadeusz
Głazowicki), Kamieniarczyk (a real person, tried for the same conservator), Веткин (a surname) and Кисточкин (a surname;
the painter became Аркадий Трафареткин), Жужжалка (a word, a buzzer toy; the blog became Казу с антресолей),
Pokrzywnicka (a real surname; the held-out byline became Zdzisława Łopuchowska) and Pikselownia (a real web studio,
tried for a Polish footer that then lost its agency name). First names alone (Ottilie, Firmin, Annegret, Ginevra,
Agnieszka, Тимофей), the reporters' and the commenters' first names with an initial (Desmond H., Hilda P., Josiane M.,
Wilfried H., Gianna T., Halina W., Нина П. and the like), the river Quelme alone and generic names (АНО «Сельская
пресса») were not checked, nor real brands, services, platforms, hosts, themes, bodies and places (the embed services,
Big Cartel, Skype, Vinted, Poste Italiane, Avito, CDEK, Substack, GitHub Pages, Hugo, PaperMod, the RCS of Laval, the
MStV, the Presidential Fund for Cultural Initiatives, Nextdoor, Etsy, Amazon, Allegro, Ozon, DHL, WordPress, Twenty
Twenty-Four, Astra, Kadence, GeneratePress, Neve, Blocksy, Waltons, Brittany, Exeter, Jakarta, London and «Калинка»).
(7) ``date`` printed 09:44:23 UTC after the allowed parts and helpers were printed, 09:47:16 before the name checks,
09:47:38 after them, 09:48:41 after check.py's first run, 09:49:04 when the first paragraph was written, 09:49:19 after
gen178.py first wrote the file, 09:49:41 when the next paragraphs were written, 09:50:16 when the file was copied for
the measurement, 09:50:20 at the measurement, 09:50:52 after the problems were printed and 09:51:11 after the tables
were checked (the clock of this machine moved slowly against the work done; I report what it printed). (8) The
measurement was run once, in one shell call with the brief's two commands (pytest output to
/tmp/s178scratch/measure.out, report to /tmp/s178scratch/report.out); then /tmp/s178scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s178/tests with /tmp/wt-s178/src on the path)
to /tmp/s178scratch/problems.out: eleven noise lines kept, seven pages with problems (14 page noise lines left, all of
them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of the
three tables (tables178.py) were written from that output, and /tmp/s178scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen178.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s178.

Judgement calls: the keep lines "Comments from parents at Tuesday's meeting persuaded the governors to keep the crossing
patrol.", "Follow-up checks on the bridge found no further cracks in the stonework.", "Subscribers to the allotment
society's seed scheme will receive their packets in March.", "Copyright in the old photographs has passed to the village
history group.", "Advertising the jumble sale on the church noticeboard brought in twice the usual crowd.", "Reading the
names on the war memorial aloud took the pupils nearly twenty minutes.", "Share prices had nothing to do with it, the
bakery's owner said; the rent simply doubled.", "Commentant le vote, le maire a salué la patience des riverains.",
"Suivre le chantier depuis la passerelle est devenu le passe-temps des retraités.", "Partagé entre trois communes, le
nouveau car scolaire circulera dès la rentrée.", "Kommentiert hat der Bürgermeister die Entscheidung nur mit einem
knappen Satz.", "Abonniert haben die Schüler inzwischen drei Zeitschriften für die Bücherei.", "Geteilt wird der Gewinn
des Flohmarkts zwischen Kindergarten und Feuerwehr.", "Leggendo i vecchi registri, il parroco ha trovato il nome del
primo campanaro.", "Iscritti al corso di potatura sono già trenta agricoltori della valle.", "Seguito da centinaia di
persone, il palio dei carretti è tornato dopo dieci anni.", "Udostępnione przez parafię zdjęcia pokazują kościół sprzed
stu lat.", "Czytając stare kroniki, uczniowie odkryli nazwę zapomnianego młyna.", "Поделились воспоминаниями о старой
школе три бывшие учительницы." and "Комментируя решение думы, глава района пообещал отремонтировать мост к осени." are
article sentences: each reports what parents and governors, bridge inspectors, allotment-seed subscribers, a history
group, a jumble sale's organisers, pupils at a war memorial, a bakery's owner, a mayor, retired onlookers, three
communes, a mayor, pupils, two village bodies, a parish priest, farmers on a pruning course, a crowd at a cart race, a
parish, pupils reading chronicles, three former teachers or a district head did, said or will get, with the noise-like
word as an ordinary noun, verb, participle or adjective of the sentence ("Comments from parents" are remarks at a
meeting, not a comment count; "Follow-up checks" are inspections, not a follow prompt; "Subscribers to the ... seed
scheme" are members of a scheme, not a subscribe box; "Copyright in the old photographs" is a right that passed to a
group, not a copyright footer; "Advertising the jumble sale" is a noticeboard poster, not an ad label; "Reading the
names ... nearly twenty minutes" is a ceremony's length, not a reading time; "Share prices" are stock prices, not a
share row; the French "Commentant", "Suivre" and "Partagé", the German "Kommentiert", "Abonniert" and "Geteilt", the
Italian "Leggendo", "Iscritti" and "Seguito", the Polish "Udostępnione" and "Czytając" and the Russian "Поделились" and
"Комментируя" are a mayor commenting on a vote, pensioners following building works, a school coach shared by communes,
a mayor's short comment, pupils subscribing to magazines, takings shared by two bodies, a priest reading registers,
farmers enrolled on a course, a race followed by hundreds, photographs shared by a parish, pupils reading chronicles,
teachers sharing memories and a district head commenting on a decision; none of them is share, subscribe, follow,
comment, ad, reading-time or copyright furniture). Categories: the Flourish, Loom, Spotify, Canva, Google form,
Spreaker, Facebook video and Telegram post lines are markers (each stands where an embed of the page did not come
through; the JavaScript, workspace, sign-in, disabled-link, Google-account, try-later, removed-or-friends-only and
open-in-the-app reasons are the embed's failure, not notices about the article); the English estimated-read and heads-up
lines and the French, German, Italian, Polish and Russian lines are reading times (the heads-up line is a blog's
long-post warning, but what it gives is the reading length); the story-and-pictures, local-correspondence,
freie-Mitarbeiterin and "Notowała" lines are bylines at the head ("Notowała", noted by, credits the reporter of an
interview), and the Big Cartel, Skype, Vinted and Avito lines are bylines (self-promotion) at the foot (the postage and
booking belong to the plug); the Substack, no-reproduction, GitHub Pages and Hugo, SAS publisher, MStV,
not-a-news-title, cookie-and-RODO and link-back-required lines are footers (the publisher, media-treaty and
not-a-news-title lines are the legal lines sites must show, and the no-reproduction and link-back lines are the site's
copyright terms, not notes on the article); the three sort rows, the closed-after-72-hours note, the replying-to row,
the nightly-closing note, the edited-by-its-author stamp and the not-moderated disclaimer are comment furniture (the
not-moderated disclaimer disclaims the readers' comments, so it belongs to the comment section, not to the footer); the
English, Italian and Polish rows are share rows; the French subscribers'-article note and the German machine-translation
note are notices in the body (both speak of the article they sit in), and the Russian grant-support note is a notice at
the foot (it says how the piece was funded; neither a footer nor a byline). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, section menus, bylines, date lines, reading times, share rows,
captions and credits, ad labels, sponsored headlines, read-also links, follow prompts, tags lines, comment counts,
comments and replies, links rows, copyright lines, blog menus, blog names and taglines, posted-on lines, category lines,
photo captions, save-to-Pinterest prompts, affiliate links, subscribe prompts, sign-offs, comment headings, plugs and
platform credits) is noise. The list rows (how to visit the ice house, what the hurdy-gurdy player learned, what changes
for the pillar box, what the puzzle maker learned, what changes at the weir, what the tempeh maker learned, the rules of
the conker tournament, what the bodhrán player learned, what comes next for the park, what the lantern maker learned,
what was done to the fingerpost and what the kazoo player learned) are short but part of each article, so article; the
sponsored headlines after the ad labels are ads, so noise; the captions describe photos, so noise, though they speak of
the story's subject; the affiliate lines name the tool the author used but are shop links, so noise; the blogs' plugs
("I give beginner hurdy-gurdy taster lessons in Exeter – details on my Lessons page." and the like) speak in the
author's voice but sell, so noise; the blogs' sign-offs ("Keep the wheel turning, Ottilie" and the like) close the post
in the author's voice but are a signature, so noise; the portals' follow prompts after the third list row and tags lines
after the last paragraph are noise though they sit in an article block; the portal comment threads' last lines ("↳ Lorna
G.: They mentioned a ramp for the upper viewing area at the open day." and the like) are readers' replies, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Polish and notice in French, German and Russian; by place head 11 (the
seven reading times and four bylines: English, French, German and Polish), body 10 (the eight markers and two notices),
tail 24 (four plugs: two English, an Italian and a Russian one, eight footers, eight comment lines, three share rows and
one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines
and 120 article lines: en-portal-thrumbleton-ice-house (a Georgian ice house in a hall's grounds opened to visitors
after two years of volunteer work), en-blog-crankwheelnotebook-hurdy-gurdy (three months of learning a hurdy-gurdy
bought from a Breton luthier), fr-portail-mortvoisin-boite-aux-lettres (a town's old post box torn off its stand at
night and brought back with a note of apology), fr-blog-chantourneurdudimanche-puzzle (a first fretwork puzzle, a fox in
twelve pieces cut from poplar plywood), de-portal-quelmbach-wehr (a river weir of 1911 destroyed by a flood and rebuilt
with a fish pass), de-blog-schimmelglueck-tempeh (a third attempt at home-made soya tempeh that finally worked),
it-portale-roccafreddina-castagne (a middle school's first conker tournament in its yard),
it-blog-bodhraninsoffitta-bodhran (six months of learning the bodhrán, up to a first pub session),
pl-portal-mszadlowo-ha-ha (a manor park's ha-ha, filled in for a century, dug out and its wall rebuilt),
pl-blog-puszkoweswiatelka-lampiony (a lantern punched in a tomato tin frozen full of water),
ru-portal-krivokolenka-ukazatel (a village's cast-iron fingerpost repainted by volunteers) and
ru-blog-kazusantresoley-kazu (how the author came to play the kazoo in a house-of-culture band), each with a reader
comment thread.

Baseline (2026-12-06, cleaner at commit e859aa040caf862b592bca859bc3616b2252518f, measured with ``cd /tmp/wt-s178 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s178/src python -m pytest -q tests/test_clean_held_out_178.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s178 && PYTHONPATH=/tmp/wt-s178/src python
scripts/clean_held_out_report.py --sets 178``, with the xfail tables empty, at 09:50:20 UTC by ``date``): noise lines
removed 34/45 (marker 5/8, reading-time 5/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 11 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Loom, French Canva and
Italian Spreaker placeholders), two reading times at the head (the English blog's heads-up line and the German
you-read-this-article-in line), three bylines at the head (the French local-correspondence, German name-first freelance
and Polish "Notowała" bylines), two bylines at the foot (the Skype calligraphy-lessons and Vinted baskets plugs) and one
notice in the body (the French subscribers'-article-offered-to-all note); the English Flourish and Spotify, German
Google form, Polish Facebook video and Russian Telegram markers, the other five reading times, the English
story-and-pictures byline, the Big Cartel and Avito plugs, all eight footers, all eight comment lines, every share row
and the German machine-translation and Russian grant-support notes went); keep lines kept 20/20; pages 5/12 clean, 14 of
240 page noise lines left and 0 of 120 article lines lost. The French, German, Italian, Polish and Russian portal pages
are clean. Left: on the English ice-house portal page the follow-us prompt after the third list row (1); on the English
hurdy-gurdy, French fretwork, Italian bodhrán, Polish tin-lantern and Russian kazoo blogs the blog's tagline in the
header block after the menu and the blog name and the photo caption after the second paragraph (2 each); on the German
tempeh blog the tagline, the photo caption and the newsletter prompt between the two last paragraphs (3). Lost: nothing;
no article line of any page and no keep line. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s178 gave 59 passed, 18 xfailed, no XPASS.

Measured after round 119 (developed on sets 175 and 176 beside this set's writing from the same base, e859aa0, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit
2942028): nothing moved. Round 119 gave back short last paragraphs under the page's furniture and a quote paragraph with
its speaker after the dash, and took the writer's pick pointed "here" to a marketplace; this set's blogs keep their
taglines and captions, its lines and pages are as measured, and none of its xfail entries is removed.

Round 120 (development; this set was read in full from this round on): developed on sets 177 and 178 from 885b8a1; the
round's changes (a short last paragraph over the share row, page_blocks._is_short_sentence_over_tags; a blog post's end
read as one cluster in page_blocks.mark_writers_sign_off: the about-me line under the sign-off, the subscribe prompt
above the last paragraph, a made-on-request plug; see set 177's Round 120 paragraph) were written for set 177's pages.
Nothing of this set moved: noise lines 34/45, keep 20/20, pages clean 5/12, page noise lines left 14 of 240, article
lines lost 0 of 120, before and after; no reason reworded, no xfail removed. All sets' totals: over 169 sets (10-178),
noise lines removed 6,969/7,681 -> 6,969/7,681, article lines kept 3,407/3,407 -> 3,407/3,407, pages clean 1,181/2,014
-> 1,181/2,014, page noise lines left 1,754 -> 1,736 of 42,000, paragraphs lost 3 -> 2 (only set 177 moved). SemEval
diff: 0 changed files of 3,723. Bench ratio: 0.92 (bench_clean.py against 885b8a1's src, CPU best 3.639 s against 3.945
s, with the test set running beside it). The cleaning test set: 22,019 passed, 1,575 xfailed, no XPASS (21,986 passed
before; the 33 new tests are test_round_120_*). Not reached in the round's time and still missed: the six blog taglines
in the header block after the menu and the blog name (round 118's _title_under_posted_line, written for set 173's
taglines, does not take them; where the layouts differ was not worked out this round), the English follow-the-Courier
prompt, the German newsletter prompt between the two last paragraphs (no sign-off under them), the photo captions with
no credit (left as the brief asked), the three embed placeholders (left as the brief asked) and the other eight lines of
_LINE_XFAIL (the two reading times, the three head bylines, the Skype and Vinted plugs and the French
subscribers'-article note).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_178_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish visualisation failed to load – please enable JavaScript to view this chart.', 'marker'),
    ('body', '[Loom recording – this video is only visible to members of the workspace]', 'marker'),
    ('body', 'Spotify podcast player unavailable: sign in to Spotify to listen to this episode.', 'marker'),
    ('body', 'Le diaporama Canva ne peut pas être intégré : le lien de partage a été désactivé.', 'marker'),
    ('body',
     'Eingebettetes Google-Formular: Für die Teilnahme ist eine Anmeldung mit einem Google-Konto erforderlich.',
     'marker'),
    ('body', 'Il player di Spreaker non è riuscito a caricare la puntata: riprova più tardi.', 'marker'),
    ('body', 'Wideo z Facebooka nie jest dostępne – mogło zostać usunięte lub udostępnione tylko znajomym.', 'marker'),
    ('body', 'Пост из Telegram не отображается: откройте его в приложении.', 'marker'),
    ('head', 'Estimated read: 6 min', 'reading-time'),
    ('head', "Heads up: this post is long, roughly 3,000 words or a quarter of an hour's reading.", 'reading-time'),
    ('head', 'Il vous faudra 5 minutes pour lire cet article.', 'reading-time'),
    ('head', 'Sie lesen diesen Artikel in rund 5 Minuten.', 'reading-time'),
    ('head', 'Questo articolo si legge in 5 minuti', 'reading-time'),
    ('head', 'Szacowany czas czytania: 5 min', 'reading-time'),
    ('head', '≈ 5 минут на чтение', 'reading-time'),
    ('head', 'Story and pictures: Cuthbert Mallowgrind, Community Correspondent', 'byline'),
    ('head', 'Correspondance locale : Anselme Pitrouvel', 'byline'),
    ('head', 'Gesine Wippermöller (freie Mitarbeiterin)', 'byline'),
    ('head', 'Notowała: Zdzisława Łopuchowska', 'byline'),
    ('tail', 'My hand-bound notebooks are for sale in my Big Cartel shop, posted tracked within the UK.', 'byline'),
    ('tail',
     'I offer one-to-one calligraphy lessons over Skype; use the contact form on this site to book one.',
     'byline'),
    ('tail', 'I miei cestini intrecciati si comprano su Vinted, spedizione con Poste Italiane.', 'byline'),
    ('tail', 'Мои вязаные игрушки можно заказать на Авито, отправляю СДЭКом.', 'byline'),
    ('tail', 'Powered by Substack · Privacy · Terms · Collection notice', 'footer'),
    ('tail', 'All content is subject to copyright and may not be reproduced without written permission.', 'footer'),
    ('tail', 'Hosted on GitHub Pages · Built with Hugo · Theme: PaperMod', 'footer'),
    ('tail', 'Éditée par la SAS Presse du Haut-Mortier, au capital de 10 000 euros, RCS Laval 812 345 678', 'footer'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Eike Sturmhövel', 'footer'),
    ('tail', 'Questo blog non rappresenta una testata giornalistica ai sensi della legge n. 62/2001.', 'footer'),
    ('tail', 'Serwis używa plików cookies zgodnie z polityką prywatności · Klauzula informacyjna RODO', 'footer'),
    ('tail', 'При полном или частичном использовании материалов гиперссылка на сайт обязательна.', 'footer'),
    ('tail', 'Sort by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'The comment section on this story closed 72 hours after publication.', 'comments'),
    ('tail', 'Replying to Desmond H. · Cancel reply', 'comments'),
    ('tail', 'Trier par : les plus récents · les plus appréciés', 'comments'),
    ('tail', 'Die Kommentarfunktion wird um 22 Uhr geschlossen und am nächsten Morgen wieder geöffnet.', 'comments'),
    ('tail', "Il commento è stato modificato dall'autore 2 ore fa", 'comments'),
    ('tail',
     'Komentarze czytelników nie są moderowane przed publikacją. Redakcja nie odpowiada za ich treść.',
     'comments'),
    ('tail', 'Сначала новые · Сначала старые · Сначала популярные', 'comments'),
    ('tail', 'Found this useful? Send it to a neighbour: WhatsApp · Nextdoor · Email', 'share'),
    ('tail', 'Fai girare la notizia: WhatsApp · Facebook · Telegram', 'share'),
    ('tail', 'Podziel się tym tekstem: Facebook · WhatsApp · Skopiuj link', 'share'),
    ('body', 'Article réservé aux abonnés, offert exceptionnellement à tous nos lecteurs.', 'notice'),
    ('body', 'Hinweis: Dieser Text wurde maschinell aus dem Englischen übersetzt und redaktionell geprüft.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Президентского фонда культурных инициатив.', 'notice'),
]

HELD_OUT_178_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from parents at Tuesday's meeting persuaded the governors to keep the crossing patrol."),
    ('head', 'Follow-up checks on the bridge found no further cracks in the stonework.'),
    ('body', "Subscribers to the allotment society's seed scheme will receive their packets in March."),
    ('body', 'Copyright in the old photographs has passed to the village history group.'),
    ('tail', 'Advertising the jumble sale on the church noticeboard brought in twice the usual crowd.'),
    ('tail', 'Reading the names on the war memorial aloud took the pupils nearly twenty minutes.'),
    ('tail', "Share prices had nothing to do with it, the bakery's owner said; the rent simply doubled."),
    ('head', 'Commentant le vote, le maire a salué la patience des riverains.'),
    ('body', 'Suivre le chantier depuis la passerelle est devenu le passe-temps des retraités.'),
    ('tail', 'Partagé entre trois communes, le nouveau car scolaire circulera dès la rentrée.'),
    ('head', 'Kommentiert hat der Bürgermeister die Entscheidung nur mit einem knappen Satz.'),
    ('body', 'Abonniert haben die Schüler inzwischen drei Zeitschriften für die Bücherei.'),
    ('tail', 'Geteilt wird der Gewinn des Flohmarkts zwischen Kindergarten und Feuerwehr.'),
    ('head', 'Leggendo i vecchi registri, il parroco ha trovato il nome del primo campanaro.'),
    ('head', 'Iscritti al corso di potatura sono già trenta agricoltori della valle.'),
    ('tail', 'Seguito da centinaia di persone, il palio dei carretti è tornato dopo dieci anni.'),
    ('head', 'Udostępnione przez parafię zdjęcia pokazują kościół sprzed stu lat.'),
    ('tail', 'Czytając stare kroniki, uczniowie odkryli nazwę zapomnianego młyna.'),
    ('body', 'Поделились воспоминаниями о старой школе три бывшие учительницы.'),
    ('tail', 'Комментируя решение думы, глава района пообещал отремонтировать мост к осени.'),
]

HELD_OUT_178_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-thrumbleton-ice-house', [
        [
            '-The Thrumbleton Courier',
            "-News · Sport · What's On · Property · Obituaries",
        ],
        [
            "+Thrumbleton's Georgian ice house opens to visitors for the first time",
            '-By Marigold Pettifrew, Community Reporter',
            '-Published 14:05, Saturday 5 December 2026',
        ],
        [
            '-4 min read',
            '-Share this story: Facebook · X · WhatsApp · Email',
            '+The brick ice house in the grounds of Thrumbleton Hall was opened to the public on Saturday after two '
            'years of work by volunteers.',
        ],
        [
            "-The ice house's domed chamber, lit for the first time in decades.",
            '-Photo: Thrumbleton Heritage Trust',
            '+Built around 1790, the egg-shaped chamber once held ice cut from the lake in winter and kept food cold '
            "for the hall's kitchens well into summer.",
        ],
        [
            '+"We cleared out forty tonnes of soil and rubble before we even found the drain," said trust chair '
            'Desmond Quorlebury.',
        ],
        [
            '-Advertisement',
            '-Sponsored: Five reasons homeowners are switching to heat pumps this winter',
            '-Read more: Volunteers uncover Victorian greenhouse foundations',
        ],
        [
            '+How to visit',
            '+Guided tours run on the first Sunday of every month.',
            '+Entry is free, but donations go towards lighting the chamber.',
            '+Sturdy shoes are advised because the steps down are uneven.',
            '-Follow the Courier on Facebook for more local heritage news',
        ],
        [
            '+The trust hopes to add a small display about the ice trade, including the tools used to saw and haul '
            'the blocks.',
            '+A survey of a second, smaller ice pit near the old walled garden is planned for next spring.',
            '-Tags: heritage, Thrumbleton Hall, volunteering',
        ],
        [
            '-7 comments',
            "-Hilda P.: Went on Saturday, it is much bigger inside than you'd think.",
            '-↳ Ron T.: Agreed, the echo in there is amazing.',
            '-Bev S.: Will there be wheelchair access at any point?',
            '-↳ Lorna G.: They mentioned a ramp for the upper viewing area at the open day.',
        ],
        [
            '-About us · Contact · Advertise · Privacy notice · Terms',
            '-© 2026 Thrumbleton Courier Ltd',
        ],
    ]),
    _page('en', 'en-blog-crankwheelnotebook-hurdy-gurdy', [
        [
            '-Home · Tunes · Gear · About',
            '-Crankwheel Notebook',
            '-Notes from a late starter on the hurdy-gurdy',
        ],
        [
            '+Three months with a hurdy-gurdy: what nobody told me',
            '-Posted on 29 November 2026 by Ottilie',
        ],
        [
            '-Category: Learning',
            '-7 minute read',
            '+I bought my hurdy-gurdy from a luthier in Brittany after hearing one at a folk festival and not being '
            'able to sleep that night.',
        ],
        [
            '+The first surprise was how much of the sound depends on the wheel: too much rosin and it growls, too '
            'little and the strings barely speak.',
            '-My instrument, with the cotton still wound on the chanter strings.',
        ],
        [
            '+My teacher\'s first words were "Forget the keys for a week, just turn the wheel evenly," and she was '
            'right.',
            '-Pin this post for later!',
        ],
        [
            '+What I learned',
            '+Cotton on the strings matters more than the rosin.',
            '+The buzzing bridge needs a flick of the wrist, not force.',
            '-The rosin I use is on Amazon here (affiliate link)',
            '+Playing standing up with a strap is easier than sitting.',
        ],
        [
            '+After three months I can play two bourrées at a slow tempo, and the neighbours have stopped asking '
            'what the noise is.',
            '-Subscribe to get new posts by email',
            '+Next I want to learn to use the trompette string properly, which my teacher says will take another year.',
        ],
        [
            '-Keep the wheel turning, Ottilie',
            '-Share: Facebook · Pinterest · Reddit',
        ],
        [
            '-4 thoughts on this post',
            "-Morwenna J.: Lovely post, I'm six weeks in and the buzzing bridge is driving me mad.",
            '-↳ Ottilie: Keep at it, it clicked for me around week eight.',
            "-Gareth L.: Which luthier did you use, if you don't mind saying?",
            "-↳ Fran D.: I'd like to know too, the waiting lists are huge.",
        ],
        [
            '-I give beginner hurdy-gurdy taster lessons in Exeter – details on my Lessons page.',
            '-© 2026 Ottilie. All rights reserved.',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-mortvoisin-boite-aux-lettres', [
        [
            "-L'Écho de Mortvoisin",
            '-Actualités · Sports · Agenda · Annonces · Nécrologie',
        ],
        [
            '+Mortvoisin : la boîte aux lettres de la place du Marché volée puis rapportée',
            '-Par Gaspard Lherminot',
            '-Publié le 5 décembre 2026 à 11 h 20',
        ],
        [
            '-Lecture 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '+La vieille boîte aux lettres jaune de la place du Marché avait disparu dans la nuit de mardi à '
            'mercredi, arrachée de son pied en fonte.',
        ],
        [
            '-La boîte aux lettres, revenue à sa place jeudi matin.',
            '-Photo : G. L.',
            "+Jeudi matin, un employé municipal l'a retrouvée posée devant la mairie, intacte, avec un petit mot "
            "d'excuse scotché sur le couvercle.",
        ],
        [
            "+« On nous a écrit que c'était un pari idiot entre copains et qu'ils étaient désolés », raconte la "
            'maire, Odette Brunchambeau.',
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Les meilleures offres de fibre dans votre commune',
            '-À lire aussi : Les horaires du bureau de poste changent en janvier',
        ],
        [
            '+Ce qui va changer',
            '+La boîte sera refixée avec des boulons antivol.',
            '+Une caméra sera installée sur la façade de la mairie.',
            '+La levée du courrier reste fixée à 15 heures.',
            '-Suivez-nous sur Facebook et Instagram',
        ],
        [
            "+Aucune plainte n'a été déposée, la commune estimant que l'affaire s'est réglée d'elle-même.",
            "+Le courrier qui se trouvait dans la boîte au moment du vol a été remis à La Poste sans qu'aucune "
            'lettre ne manque.',
            '-Mots-clés : Mortvoisin, La Poste, faits divers',
        ],
        [
            '-5 commentaires',
            '-Josiane M. : Au moins ils ont eu la décence de la rapporter !',
            "-↳ Fernand B. : Et les lettres étaient toutes là, c'est le plus beau.",
            "-Lucette R. : Une caméra pour une boîte aux lettres, c'est un peu beaucoup.",
            "-↳ Yvon D. : Pas si on veut qu'elle reste en place.",
        ],
        [
            '-Qui sommes-nous · Contact · Mentions légales · Annonceurs',
            '-© 2026 Éditions Mortvoisinoises – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-chantourneurdudimanche-puzzle', [
        [
            '-Accueil · Tutoriels · Galerie · À propos',
            '-Le Chantourneur du Dimanche',
            '-Scie à chantourner, contreplaqué et patience',
        ],
        [
            '+Mon premier puzzle chantourné : un renard en douze pièces',
            '-Publié le 28 novembre 2026 par Firmin',
        ],
        [
            '-Catégorie : Projets',
            '-Temps de lecture : 6 minutes',
            "+J'ai découpé ce renard dans une chute de contreplaqué de peuplier de 12 mm, avec une lame fine de type "
            '2/0.',
        ],
        [
            "+Le plus difficile n'a pas été la découpe mais le collage du gabarit, qui se décollait dès que la lame "
            'chauffait.',
            '-Le renard terminé, avant le ponçage.',
        ],
        [
            "+Mon voisin ébéniste m'a dit : « Laisse la lame travailler, ne pousse jamais la planche », et tout a "
            'changé.',
            '-Épinglez cet article sur Pinterest !',
        ],
        [
            "+Ce que j'ai appris",
            "+Du ruban de masquage sous le gabarit évite qu'il colle au bois.",
            '+Une lame neuve par puzzle, pas une de moins.',
            "-La scie que j'utilise est disponible ici sur Amazon (lien affilié)",
            '+Poncer chaque pièce à la main garde les coupes bien nettes.',
        ],
        [
            "+Mon neveu a mis quatre minutes à reconstituer le renard, ce qui m'a un peu vexé après dix heures de "
            'travail.',
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail',
            '+Le prochain sera un hérisson en vingt pièces, avec des découpes intérieures pour les piquants.',
        ],
        [
            "-À bientôt à l'atelier, Firmin",
            '-Partager : Facebook · Pinterest · WhatsApp',
        ],
        [
            '-3 réponses',
            '-Maryvonne L. : Superbe renard ! Quel bois conseillez-vous pour débuter ?',
            '-↳ Firmin : Le peuplier, il est tendre et pas cher.',
            '-Thibault C. : Le coup du ruban de masquage, je ne connaissais pas, merci.',
            "-↳ Rosine A. : Moi non plus, ça va m'éviter bien des soucis.",
        ],
        [
            '-Je vends mes puzzles en bois sur Etsy, chaque modèle est découpé à la main.',
            '-© 2026 Firmin – Tous droits réservés',
            '-Propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-quelmbach-wehr', [
        [
            '-Quelmbacher Tageblatt',
            '-Lokales · Region · Sport · Kultur · Service',
        ],
        [
            '+Altes Wehr an der Quelme nach zwei Jahren Bauzeit neu errichtet',
            '-Von Hinnerk Quastenbrügge',
            '-05.12.2026, 09:30 Uhr',
        ],
        [
            '-Lesedauer: 3 Minuten',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            '+Das Wehr an der Quelme unterhalb der alten Mühle ist fertig: Am Freitag wurde das neue Bauwerk '
            'offiziell freigegeben.',
        ],
        [
            '-Das neue Wehr mit der Fischtreppe am linken Ufer.',
            '-Foto: Hinnerk Quastenbrügge',
            '+Das alte Wehr aus dem Jahr 1911 war bei einem Hochwasser so stark beschädigt worden, dass es nicht '
            'mehr repariert werden konnte.',
        ],
        [
            '+„Zum ersten Mal seit hundert Jahren können Forellen hier wieder flussaufwärts wandern“, sagte '
            'Bürgermeisterin Dörte Schnirkelbeck.',
        ],
        [
            '-Anzeige',
            '-Gesponsert: So senken Hausbesitzer ihre Heizkosten im Winter',
            '-Lesen Sie auch: Mühlenverein plant Schautag im Frühjahr',
        ],
        [
            '+Was sich ändert',
            '+Eine Fischtreppe führt am linken Ufer um das Wehr herum.',
            '+Der Wasserstand im Mühlgraben wird künftig automatisch geregelt.',
            '+Der Uferweg ist ab sofort wieder durchgehend begehbar.',
            '-Folgen Sie uns auf Instagram und Facebook',
        ],
        [
            '+Der Umbau kostete rund 1,4 Millionen Euro, von denen das Land den größten Teil übernommen hat.',
            '+Im Frühjahr will der Angelverein zählen, wie viele Fische die neue Treppe tatsächlich nutzen.',
            '-Schlagworte: Quelmbach, Hochwasserschutz, Umwelt',
        ],
        [
            '-6 Kommentare',
            '-Wilfried H.: Endlich, der Uferweg war ja ewig gesperrt.',
            '-↳ Margot S.: Und die Fischtreppe ist wirklich schön geworden.',
            '-Detlef K.: 1,4 Millionen für ein Wehr, das ist eine Menge Geld.',
            '-↳ Ilse W.: Das meiste zahlt ja das Land, steht doch im Artikel.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Verlagshaus Quelme GmbH',
        ],
    ]),
    _page('de', 'de-blog-schimmelglueck-tempeh', [
        [
            '-Start · Rezepte · Grundlagen · Über mich',
            '-Schimmelglück',
            '-Fermentieren in der Mietwohnung',
        ],
        [
            '+Tempeh selbst machen: mein dritter Versuch hat endlich geklappt',
            '-Veröffentlicht am 27. November 2026 von Annegret',
        ],
        [
            '-Kategorie: Fermentieren',
            '-Lesezeit: 8 Minuten',
            '+Für diesen Versuch habe ich geschälte Sojabohnen über Nacht eingeweicht und sie danach eine halbe '
            'Stunde gekocht.',
        ],
        [
            '+Die ersten beiden Male war es im Backofen mit eingeschaltetem Licht zu warm, und die Bohnen wurden '
            'schwarz statt weiß.',
            '-Der fertige Tempeh-Block, schön fest und weiß.',
        ],
        [
            '+Eine Freundin aus Jakarta sagte mir: „Tempeh will es warm wie ein Sommertag, nicht wie eine Sauna“, '
            'und damit hatte sie recht.',
            '-Merk dir diesen Beitrag auf Pinterest!',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Bohnen müssen vor dem Impfen ganz trocken sein.',
            '+Gelochte Gefrierbeutel lassen genug Luft an die Kultur.',
            '-Die Tempeh-Kultur, die ich verwende, gibt es hier bei Amazon (Affiliate-Link)',
            '+Dreißig Grad reichen, mehr schadet eher.',
        ],
        [
            '+Nach 36 Stunden war der Block fest, roch leicht nach Pilzen und ließ sich gut in Scheiben schneiden.',
            '-Abonniere meinen Newsletter und verpasse keinen Beitrag',
            '+Als Nächstes probiere ich Tempeh aus Kichererbsen, weil mein Sohn kein Soja verträgt.',
        ],
        [
            '-Bis bald und gutes Gelingen, Annegret',
            '-Teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-5 Kommentare',
            '-Birte N.: Bei mir wird es auch immer schwarz, danke für den Tipp mit dem Licht.',
            '-↳ Annegret: Gern, ein Thermometer im Ofen hilft enorm.',
            '-Jochen P.: Kann man die Kultur auch von einem alten Block weiterziehen?',
            '-↳ Sabine F.: Ja, das klappt bei mir meistens.',
        ],
        [
            '-Meine Tempeh-Starterkulturen verkaufe ich über Etsy, Versand mit DHL.',
            '-© 2026 Annegret – Alle Rechte vorbehalten',
            '-Erstellt mit WordPress · Theme: Kadence',
        ],
    ]),
    _page('it', 'it-portale-roccafreddina-castagne', [
        [
            '-La Voce di Roccafreddina',
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
        ],
        [
            '+Roccafreddina, alla scuola media il primo torneo di castagne matte',
            '-di Ottavina Scuderlani',
            '-5 dicembre 2026, ore 10:15',
        ],
        [
            '-3 minuti di lettura',
            '-Condividi: Facebook · X · WhatsApp · Email',
            '+Sabato mattina il cortile della scuola media si è riempito di studenti armati di castagne matte legate '
            'a un filo.',
        ],
        [
            "-Due finalisti durante l'ultima sfida nel cortile della scuola.",
            '-Foto: archivio della scuola',
            "+Il torneo, ispirato a un'antica tradizione inglese, è stato proposto dal professore di educazione "
            'fisica dopo un viaggio a Londra.',
        ],
        [
            '+«I ragazzi hanno passato una settimana a cercare i frutti più duri nel parco», ha raccontato la '
            'preside Clelia Bortolazzoni.',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: I mutui più convenienti di dicembre',
            '-Leggi anche: La mensa scolastica cambia fornitore',
        ],
        [
            '+Le regole del torneo',
            '+Ogni sfidante ha tre colpi per turno.',
            "+Vince chi rompe per primo la castagna dell'avversario.",
            '+Il filo deve essere lungo almeno venticinque centimetri.',
            '-Seguici su Facebook e Instagram',
        ],
        [
            '+Alla fine ha vinto Matteo, della seconda B, con una castagna rimasta intatta per undici sfide.',
            '+La scuola vuole ripetere il torneo ogni autunno e invitare anche le classi dei paesi vicini.',
            '-Tag: scuola, Roccafreddina, tradizioni',
        ],
        [
            '-4 commenti',
            '-Gianna T.: Che bella idea, noi da piccoli giocavamo con le biglie.',
            '-↳ Arturo V.: Anche noi, ma questo sembra più divertente.',
            '-Renata C.: Spero che nessuno si sia fatto male alle dita!',
            '-↳ Piero M.: Tranquilla, avevano tutti i guanti.',
        ],
        [
            '-Chi siamo · Contatti · Redazione · Privacy',
            '-© 2026 Edizioni Roccavolta S.r.l.',
        ],
    ]),
    _page('it', 'it-blog-bodhraninsoffitta-bodhran', [
        [
            '-Home · Lezioni · Ritmi · Chi sono',
            '-Bodhrán in Soffitta',
            '-Una principiante e il suo tamburo irlandese',
        ],
        [
            '+Sei mesi di bodhrán: dal primo colpo alla prima session al pub',
            '-Pubblicato il 26 novembre 2026 da Ginevra',
        ],
        [
            '-Categoria: Diario',
            '-Tempo di lettura: 7 minuti',
            "+Ho comprato il mio bodhrán da 16 pollici usato, con la pelle di capra un po' segnata ma ancora tesa.",
        ],
        [
            "+All'inizio tenevo il tipper come una matita e il polso si stancava dopo dieci minuti di reel.",
            '-Il mio tamburo con il tipper in legno di betulla.',
        ],
        [
            '+Il mio insegnante mi ha detto: «La mano sinistra dietro la pelle conta quanto quella che suona», e '
            'aveva ragione.',
            '-Salva questo articolo su Pinterest!',
        ],
        [
            '+Cosa ho imparato',
            '+Il movimento parte dal polso, non dal gomito.',
            "+Un po' di acqua sulla pelle ammorbidisce il suono.",
            '-Il tipper che uso lo trovi qui su Amazon (link di affiliazione)',
            '+Le jig si imparano prima dei reel.',
        ],
        [
            '+A ottobre ho suonato per la prima volta in una session al pub, nascosta in un angolo ma senza perdere '
            'il tempo.',
            '-Iscriviti alla newsletter per ricevere i nuovi articoli',
            '+Ora voglio imparare i colpi sul bordo, che danno quel suono secco che adoro.',
        ],
        [
            '-Alla prossima, Ginevra',
            '-Condividi: Facebook · Pinterest · Telegram',
        ],
        [
            '-Commenti (4)',
            '-Elisa R.: Anche io sto iniziando, il polso mi fa ancora male!',
            '-↳ Ginevra: Tieni il polso morbido e fai pause spesso.',
            '-Marco D.: Che marca è il tuo tamburo?',
            '-↳ Silvia B.: Sembra un Waltons, ho lo stesso.',
        ],
        [
            "-Costruisco tipper in legno d'olivo su richiesta, scrivimi su Instagram.",
            '-© 2026 Ginevra · Tutti i diritti riservati',
            '-Realizzato con WordPress · Tema GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-mszadlowo-ha-ha', [
        [
            '-Kurier Mszadłowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Kontakt',
        ],
        [
            '+W parku dworskim w Mszadłowie odtworzono rów ha-ha',
            '-Autor: Bożena Kwiatoszewska',
            '-5 grudnia 2026, 12:40',
        ],
        [
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '+Przy dworze w Mszadłowie zakończyła się odbudowa rowu ha-ha, który od ponad stu lat był zasypany '
            'ziemią i gruzem.',
        ],
        [
            '-Odtworzony rów z kamiennym murem oporowym od strony dworu.',
            '-Fot. Urząd Gminy',
            '+Taki rów z murem oporowym zastępował ogrodzenie: zatrzymywał zwierzęta, a z okien dworu nie zasłaniał '
            'widoku na łąki.',
        ],
        [
            '+„Znaleźliśmy w ziemi oryginalne kamienie muru, więc prawie wszystko wróciło na swoje miejsce” – mówi '
            'konserwator Tadeusz Głazowicki.',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Jak obniżyć rachunki za ogrzewanie',
            '-Przeczytaj także: Dwór w Mszadłowie otwiera się dla zwiedzających',
        ],
        [
            '+Co dalej z parkiem',
            '+Wiosną zostaną posadzone nowe lipy wzdłuż alei.',
            '+Przy rowie stanie tablica z historią założenia parkowego.',
            '+Park będzie otwarty codziennie od świtu do zmierzchu.',
            '-Obserwuj nas na Facebooku',
        ],
        [
            '+Prace kosztowały 380 tysięcy złotych i w większości zostały sfinansowane z programu ochrony zabytków.',
            '+Właściciel dworu zapowiada, że w przyszłym roku odnowi także dawną oranżerię.',
            '-Tagi: zabytki, Mszadłowo, park',
        ],
        [
            '-5 komentarzy',
            '-Halina W.: Pamiętam ten dwór jeszcze jako szkołę, pięknie to wygląda.',
            '-↳ Zenon K.: Ja też tam chodziłem, ale o rowie nikt nie wiedział.',
            '-Grażyna P.: Czy park będzie dostępny dla wózków?',
            '-↳ Marek S.: Alejki są utwardzone, więc raczej tak.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wydawnictwo Mszadło Sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-puszkoweswiatelka-lampiony', [
        [
            '-Start · Projekty · Porady · O mnie',
            '-Puszkowe Światełka',
            '-Lampiony z puszek i inne blaszane drobiazgi',
        ],
        [
            '+Lampion z puszki po pomidorach: krok po kroku',
            '-Opublikowano 25 listopada 2026 przez Agnieszkę',
        ],
        [
            '-Kategoria: Projekty',
            '-Czas czytania: 6 minut',
            '+Do tego lampionu wystarczy puszka po pomidorach, gwóźdź, młotek i trochę cierpliwości.',
        ],
        [
            '+Zanim zaczniesz dziurkować, napełnij puszkę wodą i zamroź ją na noc, bo lód nie pozwoli blasze się '
            'wgnieść.',
            '-Gotowy lampion z wzorem gwiazdek na parapecie.',
        ],
        [
            '+Mój dziadek, który był blacharzem, zawsze powtarzał: „Gwóźdź ma wejść, a nie wbić się na siłę”, i to '
            'się sprawdza.',
            '-Zapisz ten wpis na Pintereście!',
        ],
        [
            '+Czego się nauczyłam',
            '+Wzór najlepiej narysować na taśmie malarskiej.',
            '+Grubszy gwóźdź daje jaśniejsze światło.',
            '-Młotek, którego używam, kupisz tutaj na Allegro (link afiliacyjny)',
            '+Ostre brzegi trzeba zagiąć kombinerkami.',
        ],
        [
            '+Z jednej puszki wyszedł lampion, który rzuca na ścianę kilkadziesiąt małych gwiazdek.',
            '-Zapisz się do newslettera, aby nie przegapić nowych wpisów',
            '+Następnym razem spróbuję pomalować puszkę farbą żaroodporną na ciemną zieleń.',
        ],
        [
            '-Do zobaczenia, Agnieszka',
            '-Udostępnij: Facebook · Pinterest · Messenger',
        ],
        [
            '-Komentarze (4)',
            '-Ewa K.: Ten trik z lodem jest genialny!',
            '-↳ Agnieszka: Prawda? Bez niego puszka zawsze się gniotła.',
            '-Piotr Z.: Czy można użyć puszki po farbie?',
            '-↳ Ola B.: Można, tylko trzeba ją dobrze wyczyścić.',
        ],
        [
            '-Gotowe lampiony można u mnie zamówić przez Instagram.',
            '-© 2026 Agnieszka · Wszelkie prawa zastrzeżone',
            '-Blog na WordPressie · Motyw: Neve',
        ],
    ]),
    _page('ru', 'ru-portal-krivokolenka-ukazatel', [
        [
            '-Кривоколенские вести',
            '-Новости · Общество · Спорт · Афиша · Объявления',
        ],
        [
            '+В Кривоколенке перекрасили старый дорожный указатель',
            '-Автор: Прасковья Указкина',
            '-5 декабря 2026, 13:10',
        ],
        [
            '-3 мин чтения',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Чугунный указатель на перекрёстке у сельского клуба снова показывает дорогу в соседние сёла чёткими '
            'белыми буквами.',
        ],
        [
            '-Обновлённый указатель у сельского клуба.',
            '-Фото: администрация поселения',
            '+Указатель поставили ещё в 1950-х годах, и за это время краска на нём облезла так, что названия было '
            'почти не прочесть.',
        ],
        [
            '+«Буквы мы обводили тонкой кисточкой по старым следам, чтобы сохранить прежний шрифт», — рассказал '
            'художник Аркадий Трафареткин.',
        ],
        [
            '-Реклама',
            '-Партнёрский материал: Как выбрать котёл для частного дома',
            '-Читайте также: В селе отремонтировали колодец',
        ],
        [
            '+Что сделали',
            '+Старую краску сняли металлическими щётками.',
            '+Столб покрыли грунтом и чёрной эмалью.',
            '+Названия сёл написали заново белой краской.',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '+Работы провели волонтёры за два выходных, а краску купили на деньги, собранные жителями.',
            '+Следующей весной они хотят восстановить и второй указатель, у моста через реку.',
            '-Теги: Кривоколенка, благоустройство',
        ],
        [
            '-3 комментария',
            '-Нина П.: Наконец-то, а то приезжие всё время спрашивали дорогу.',
            '-↳ Виктор С.: Молодцы ребята, аккуратно сделали.',
            '-Людмила Г.: А кто собирал деньги? Я бы тоже скинулась.',
            '-↳ Ольга Т.: В клубе стоит ящик, можно туда.',
        ],
        [
            '-О редакции · Контакты · Правила · Политика конфиденциальности',
            '-© 2026 АНО «Сельская пресса»',
        ],
    ]),
    _page('ru', 'ru-blog-kazusantresoley-kazu', [
        [
            '-Главная · Записи · Состав · Обо мне',
            '-Казу с антресолей',
            '-Блог казуиста из самодеятельного оркестра',
        ],
        [
            '+Как я стал играть на казу в настоящем ансамбле',
            '-Опубликовано 24 ноября 2026, автор: Тимофей',
        ],
        [
            '-Рубрика: Музыка',
            '-Время на чтение: 6 минут',
            '+Казу я купил ради шутки на ярмарке, а через полгода уже играл в самодеятельном ансамбле при доме '
            'культуры.',
        ],
        [
            '+Оказалось, что в казу не дуют, а напевают, и звук целиком зависит от того, как поёшь.',
            '-Мои казу: пластиковый и металлический.',
        ],
        [
            '+Руководитель ансамбля сказал мне: «Казу — это твой голос, только смешнее», и я перестал стесняться.',
            '-Сохраните эту запись в Pinterest!',
        ],
        [
            '+Чему я научился',
            '+Мембрану нужно беречь от влаги.',
            '+Металлический казу звучит громче пластикового.',
            '-Казу, на котором я играю, можно купить здесь на Ozon (партнёрская ссылка)',
            '+Напевать лучше на слог «ду», а не «а».',
        ],
        [
            '+На новогоднем концерте мы играли «Калинку», и зал подпевал нам с первого куплета.',
            '-Подпишитесь на рассылку, чтобы не пропустить новые записи',
            '+Теперь я учу партию для джазовой пьесы, где казу заменяет трубу.',
        ],
        [
            '-До встречи, Тимофей',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-Комментарии (4)',
            '-Света Д.: Обожаю казу, у нас дома их три штуки!',
            '-↳ Тимофей: Значит, можно собирать свой ансамбль.',
            '-Игорь Н.: А где вы нашли металлический казу?',
            '-↳ Анна Р.: На маркетплейсах их много.',
        ],
        [
            '-Провожу онлайн-уроки игры на казу для начинающих, пишите в личные сообщения.',
            '-© 2026 Тимофей. Все права защищены.',
            '-Сайт работает на WordPress · Тема Blocksy',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    '[Loom recording – this video is only visible to members of the workspace]':
        "an English bracketed Loom recording placeholder ('[Loom recording – this video is only visible to members "
        "of the workspace]') is left in the body",
    'Le diaporama Canva ne peut pas être intégré : le lien de partage a été désactivé.':
        "a French Canva slideshow placeholder ('Le diaporama Canva ne peut pas être intégré : le lien de partage a "
        "été désactivé.') is left in the body",
    "Heads up: this post is long, roughly 3,000 words or a quarter of an hour's reading.":
        "an English blog's heads-up reading-time line ('Heads up: this post is long, roughly 3,000 words or a "
        "quarter of an hour's reading.') is left at the head",
    'Sie lesen diesen Artikel in rund 5 Minuten.':
        "a German you-read-this-article-in reading-time line ('Sie lesen diesen Artikel in rund 5 Minuten.') is left "
        'at the head',
    'Correspondance locale : Anselme Pitrouvel':
        "a French local-correspondence byline ('Correspondance locale : Anselme Pitrouvel') is left at the head",
    'Gesine Wippermöller (freie Mitarbeiterin)':
        "a German name-first freelance byline ('Gesine Wippermöller (freie Mitarbeiterin)') is left at the head",
    'Notowała: Zdzisława Łopuchowska':
        "a Polish noted-by byline ('Notowała: Zdzisława Łopuchowska') is left at the head",
    'I offer one-to-one calligraphy lessons over Skype; use the contact form on this site to book one.':
        "an English Skype calligraphy-lessons plug ('I offer one-to-one calligraphy lessons over Skype; use the "
        "contact form on this site to book one.') is left at the foot",
    'Article réservé aux abonnés, offert exceptionnellement à tous nos lecteurs.':
        "a French subscribers'-article-offered-to-all note ('Article réservé aux abonnés, offert exceptionnellement "
        "à tous nos lecteurs.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-crankwheelnotebook-hurdy-gurdy':
        ("the hurdy-gurdy blog's post keeps the photo caption ('My instrument, with the cotton still wound on the "
         "chanter strings.') after the second paragraph (1 of 20 noise lines) (since round 126 the tagline goes, "
         'read with the title under the posted-on line); no article line is lost'),
    'fr-blog-chantourneurdudimanche-puzzle':
        ("the fretwork blog's post keeps the photo caption ('Le renard terminé, avant le ponçage.') after the "
         'second paragraph (1 of 20 noise lines) (since round 126 the tagline goes, read with the title under the '
         'posted-on line); no article line is lost'),
    'de-blog-schimmelglueck-tempeh':
        ("the tempeh blog's post keeps the photo caption ('Der fertige Tempeh-Block, schön fest und weiß.') after "
         "the second paragraph and the newsletter prompt ('Abonniere meinen Newsletter und verpasse keinen "
         "Beitrag') between the two last paragraphs (2 of 20 noise lines) (since round 126 the tagline goes, read "
         'with the title under the posted-on line); no article line is lost'),
    'it-blog-bodhraninsoffitta-bodhran':
        ("the bodhrán blog's post keeps the photo caption ('Il mio tamburo con il tipper in legno di betulla.') "
         'after the second paragraph (1 of 20 noise lines) (since round 126 the tagline goes, read with the title '
         'under the posted-on line); no article line is lost'),
    'pl-blog-puszkoweswiatelka-lampiony':
        ("the tin-lantern blog's post keeps the photo caption ('Gotowy lampion z wzorem gwiazdek na parapecie.') "
         'after the second paragraph (1 of 20 noise lines) (since round 126 the tagline goes, read with the title '
         'under the posted-on line); no article line is lost'),
    'ru-blog-kazusantresoley-kazu':
        ("the kazoo blog's post keeps the photo caption ('Мои казу: пластиковый и металлический.') after the "
         'second paragraph (1 of 20 noise lines) (since round 126 the tagline goes, read with the title under the '
         'posted-on line); no article line is lost'),
}


test_held_out_178_line, test_held_out_178_line_is_kept, test_held_out_178_page = held_out_tests(
    HELD_OUT_178_LINES, HELD_OUT_178_KEEP, HELD_OUT_178_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
