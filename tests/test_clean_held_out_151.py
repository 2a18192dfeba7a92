"""Held-out set 151: written blind, weighted toward the noise the cleaner exists for, in shapes set 150's docstring does
not name (nor the first paragraphs of sets 147, 148 and 149): scraper, embed and ad markers (an English Infogram chart
that could not be displayed "The Infogram chart could not be displayed. Open it on infogram.com to explore the
figures.", an English Podbean player whose episode was unpublished "Podbean player error: this episode has been
unpublished by the podcaster.", an English Scribd preview blocked until third-party content is allowed "Scribd document
preview blocked – allow third-party content to read it here.", a French Ausha podcast that could not be loaded "Le
podcast Ausha n'a pas pu être chargé. Écoutez-le sur ausha.co.", a German Komoot tour hidden while external content is
blocked "Die Komoot-Tour wird nicht angezeigt, solange Sie externe Inhalte blockieren.", an Italian Mediaset Infinity
video no longer available "Il video di Mediaset Infinity non è più disponibile.", a Polish Spreaker player that could
not play the episode "Odtwarzacz Spreakera nie mógł odtworzyć tego odcinka podcastu." and a Russian Yandex Music player
unavailable in the reader's region "Плеер «Яндекс Музыки» недоступен в вашем регионе."); reading-time headers in new
wordings (the English word-count-and-minutes header "1,480 words · roughly 7 minutes", a blog's heads-up of eighteen
minutes "Heads up – you'll need about eighteen minutes for this one, plus time to stare at the photos.", the French bare
Lecture header "Lecture : 7 min", the German you-need-about sentence "Zum Lesen brauchen Sie etwa 7 Minuten.", the
Italian you-read-it-in line "Lo leggi in 7 minuti", the Polish reading-will-take line "Lektura zajmie ok. 7 minut" and
the Russian reading-will-take-about line "На чтение уйдёт около 7 минут"); bylines and self-promotion (an English
reporting-by-editing-by byline "Reporting by Osric Bellwhacket; editing by Imelda Tenterwick", a French
local-correspondent byline "Par notre correspondante locale, Ghislaine Pommeraudière", a Polish compiled-by byline
"Oprac. Zdzisława Jaskółecka" and a Russian interviewed-by byline "Беседовала Аглая Шиповникова", all at the head, and
at the foot an English Redbubble prints plug "Want a print of the cover drawing? It's in my Redbubble shop, along with
stickers.", an English buy-me-a-coffee plug "If this saved you a trip to the shop, you can buy me a coffee – the link is
below.", a German Gumroad building-plans plug "Baupläne zum Nachbauen biete ich als PDF auf Gumroad an." and an Italian
guided-foraging-walks plug "Organizzo passeggiate di raccolta in primavera: scrivimi su Instagram per prenotare."); blog
and site footers (an English Jekyll-and-GitHub-Pages credit with a view-source link "Built with Jekyll · Hosted on
GitHub Pages · View source", an English publisher's company-registration line "Mudgeley Newspapers Ltd · Registered in
England and Wales, company no. 07734912", an English Bluehost credit with the theme and a log-in link "Site hosted by
Bluehost · Theme: Twenty Twenty-Four · Log in", a French Canalblog credit with terms-of-use and report-content links
"Blog hébergé par Canalblog · Charte d'utilisation · Signaler un contenu", a German Jimdo credit with privacy and
cookie-policy links "Erstellt mit Jimdo · Datenschutzerklärung · Cookie-Richtlinie", an Italian newspaper's
court-registration-and-VAT line "Testata registrata presso il Tribunale di Vercelli, n. 7/2011 · P. IVA 02618840029", a
Polish Joomla-and-cyber_Folks credit with a privacy link "Strona postawiona na Joomla! · Hosting: cyber_Folks · Polityka
prywatności" and a Russian Nethouse credit with a user-agreement link "Сделано на Nethouse · Пользовательское
соглашение"); reader-comment furniture (an English log-in-to-join prompt "Join the discussion – log in with Disqus,
Google or Apple", an English hidden-after-reports placeholder "This comment has been hidden because it received too many
reports.", an English reply-and-like action row with a timestamp "Reply · Like (4) · 2 hours ago", a French be-the-first
prompt "Soyez le premier à réagir à cet article", a German log-in-to-discuss prompt "Melden Sie sich an, um
mitzudiskutieren.", an Italian edited-by-its-author mark "Commento modificato dall'autore alle 14:22", a Polish
top-rated-comments heading "Najlepiej oceniane komentarze" and a Russian collapse-the-thread link "Свернуть ветку
комментариев"); share rows (an English spread-the-word row with Reddit, Flipboard, Pocket and e-mail "Spread the word:
Reddit · Flipboard · Pocket · Email", a French share-on row with LinkedIn, Pinterest, Messenger and print "Partagez sur
: LinkedIn · Pinterest · Messenger · Imprimer" and a Russian repost row with VK, Telegram and WhatsApp "Репостнуть: VK ·
Telegram · WhatsApp"); and notices (a German correction of a cost figure "Korrektur: In einer früheren Fassung hieß es,
die Sanierung koste 80.000 Euro; richtig sind 68.000 Euro." and an Italian first-published-in-print note "Nota:
l'articolo è stato pubblicato originariamente sull'edizione cartacea di sabato.", both in the body, and a Polish
headlines-by-the-editors note "Tytuł, lead i śródtytuły pochodzą od redakcji." at the foot); and toward whole scraped
news and hobby-blog pages in layouts set 150's docstring does not describe (on the six portal pages, in eleven blocks,
the masthead and a sign-in-and-subscribe line in one block of two at the very top; the section menu and a breadcrumb in
one block of two; the title alone; under it a block of four, the byline, the date-and-time line, the reading time and a
share row; the first and second paragraphs in one block with an ad or sponsored label between them; a photo caption and
its credit at the top of the quote paragraph's block, right before the quote; a newsletter or Telegram prompt alone; the
subheading and the three rows in one block with a read-also link between the subheading and the first row; the two last
paragraphs in one block with a tags or topics line at its end; at the foot two blocks, four lines of a comment thread (a
comment count, a comment, the newsroom's arrowed reply and a second comment left unanswered) and then a copyright line
and a legal-links row; on the six blog pages, in eleven blocks, the menu, the blog name and its tagline in one block of
three, the menu first; a category line at the top of the title's block, right before the title; the
posted-date-and-author line and the reading time in one block of two; the first paragraph alone; an affiliate-links
disclosure and a three-line table of contents (its heading and two numbered entries) in one block of four between the
first and second paragraphs; the second paragraph and the paragraph with the quote in one block with a photo caption at
its end; the subheading and the three rows in one block with nothing between them; a shop or sales plug and a share row
in one block of two; the two last paragraphs in one block with a subscribe or follow prompt between them; at the foot
two blocks, four lines (a comments count or heading, a comment, the author's arrowed reply and a second comment left
unanswered) and then a platform credit and a back-to-top link), taken from local news of fresh kinds (a canal lock's
gates replaced, a community fridge opened outside the church, a market square's cobbles relaid, a youth band's new
rehearsal room, a pothole-reporting app trialled by the council, a town's swifts given nest boxes) and from blogs about
restoring an old bicycle, knitting socks on circular needles, building a model lighthouse, foraging for wild garlic,
learning Morse code and binding notebooks by hand.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 150 but what is named here), held-out set 152 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 150 up to its paragraph "Measured after round 105", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 147, 148 and 149, printed with one ast
script (/tmp/s151scratch/peek.py, reading the files of /tmp/wt-set151/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set151); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s151scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 150's as printed, with 150 -> 151; /tmp/s151scratch/gen151.py writes this file from scratch files (data151.py,
pages151.py, doc_first.txt, doc_protocol.txt, doc_slips.txt, doc_judgement.txt, doc_contents.txt, doc_baseline.txt and,
after the measurement, tables151.py). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s151, detached at commit 3db9658ff1ceee0d27e05db9c2f4abb8a93db42f, the commit
the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes
on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
3db9658ff1ceee0d27e05db9c2f4abb8a93db42f (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows. (2) peek.py's first run printed to the terminal, whose
output the tool cut in the middle (from set 150's Slips and notes (6) to set 148's first paragraph); its second run went
to /tmp/s151scratch/peek.out, of which I paged lines 125 to 410 with ``sed``, in two calls (the rest of those allowed
parts); nothing outside the allowed parts was printed, since the script stops set 150's docstring before the paragraph
"Measured after round 105" and prints only the first paragraphs of the other three. (3) helpers.py imported test_clean
from /work/main/tests, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed;
the helpers printed are only the checks this file calls. The machine's python had the project's dependencies; every run
used it. (4) Near misses with shapes already named, noted rather than hidden: the French "Lecture : 7 min" and the
Polish "Lektura zajmie ok. 7 minut" share a word with set 150's "Cet article se lit en 6 minutes" and set 147's "Czas
lektury: 5 min", but in other shapes (a bare label, a will-take sentence); the German and Polish log-in and top-rated
comment lines and the French be-the-first prompt are comment furniture like the sort rows and prompts of sets 147 to
150, in shapes those docstrings do not name; the German correction is, like set 148's Italian errata corrige and set
147's English clarification, a correction, but in another language and wording; the Russian share row uses VK and
Telegram as set 147's send-to-friends row did, with a repost verb. The page noise is not all new in wording (the blogs'
affiliate disclosures, tables of contents and Telegram prompts are common shapes, and the page reading times "5 minuti
di lettura" and "Czas czytania: 6 min" are close to lines of earlier sets), since the brief asks for new layouts there;
what is new on the pages is where the noise sits and some of its kinds (sign-in-and-subscribe lines under the masthead,
an ad label between the first two paragraphs, a read-also link between the subheading and the first row, category lines
right before the blog titles, an affiliate disclosure sharing a block with the table of contents, back-to-top links).
The brief's topics were used as given; none is named in the parts I read. (5) Before the measurement
/tmp/s151scratch/check151.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
its first run found two: the English blog's comments heading "Comments" inside the English portal's "14 comments" (the
heading became "Reader comments (3)") and the German blog's table-of-contents heading "Inhalt" inside the held-out
Komoot marker's "Inhalte" (it became "Inhaltsverzeichnis"); its second run found nothing. While drafting I kept the
mastheads out of the other lines: the newsroom replies are signed "Beacon newsroom", "La rédaction", "Redaktion",
"Redazione", "Redakcja" and "Редакция", not with the masthead; the French, German, Italian, Polish and Russian copyright
lines name publishing companies ("SAS Presse du Val", "Bote Medien GmbH & Co. KG", "Edizioni Varzino srl", "Wydawnictwo
Kurier sp. z o.o.", "ООО «Курьер-Медиа»"), not the mastheads; the French portal's menu ends "Nécrologie", not "Annonces"
(which holds its ad label "Annonce"). Lines and data were counted by the script (45 noise lines: category, language and
place as in Contents; 20 keep lines by language and place; 12 pages with 10 "+" and 20 "-" lines each, 11 blocks on
every page). /tmp/s151scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them
one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no
mark was swapped. gen151.py reports lines over 120 characters and at-signs in the written file (none), and checks that
the file's lists equal the scratch lists; to do that it imports the written file with /tmp/wt-s151/tests and
/tmp/wt-s151/src on sys.path, which loads held_out_sets, test_clean and so the cleaner's modules, but it cleans nothing
and prints no source. (6) Invented names were checked with the exact-string search over public GitHub files:
Ploverstock, The Ploverstock Beacon, Brassignolles, Le Courrier de Brassignolles, Gröbelsheide, Gröbelsheider Bote,
Castelvarzino, La Gazzetta di Castelvarzino, Wierzbołęki, Kurier Wierzbołęcki, Ольхозерск, Ольхозерский курьер,
Wrenshackle, Wrenshackle Wheels, Lavandrouse, Leuchtfeuer im Hobbykeller, Aglio Orsino e Dintorni, Telegrafistka z
Poddasza, Переплётная на кухне, Hobfurrow, Bellwhacket, Tenterwick, Mudgeley, Pommeraudière, Vergeraud, Pflasterwitz,
Rullapiatti, Wybojewski, Jaskółecka, Шиповникова, Скворешникова, Edizioni Varzino, Presse du Val, Bote Medien GmbH,
Wydawnictwo Kurier and Курьер-Медиа had no hits. Dropped: Rustwhistle (an NPC name in game lists; the blog became
Wrenshackle Wheels), Chainwhine (an identifier in sound code; not used), Brioulette (a place name in a French data list;
the knitting blog became Les Mailles de Lavandrouse), Ashplume (identifiers in game and volcano code; the reporter
became Gwendolen Hobfurrow), Quenthorpe (a name in test data; not used), Tamburrini (a real surname; the reporter became
Ermenegilda Rullapiatti), Pokrzywnicka (a real surname; the compiler became Zdzisława Jaskółecka) and Kaczeńcowa (a
street name in many address lists; not used). Not checked: first names and commenters' handles (Gwendolen, Osric,
Imelda, Ned, Clémence, Ghislaine, Madeleine, Hiltrud, Jörg, Ermenegilda, Livia, Mirosław, Zdzisława, Agata, Аглая,
Лукерья, Ульяна, NarrowboatNora, Towpath_Tom, Pedal_Pushers_Pete, Vintage_Velo, Mamie_Odette, Voisin_du_parvis,
Tricoteuse_Lyon, Pelote_et_Chat, Marktfrau_Inge, Radler_GH, Modellbahner_Uwe, Küstenkind, Papà_trombettista,
Vicina_del_lavatoio, Erborista_Marta, Cuoca_di_bosco, Kierowca_z_Lipowej, Sceptyczny_Sąsiad, SP_Marek,
Radiowiec_Staszek, Птичница_Галя, Житель_пятиэтажки, Бумажная_душа, Картонный_кот), names built on checked names
(Ploverstock Lock, Ploverstock Beacon Ltd, Stadt Gröbelsheide, Urząd Gminy Wierzbołęki) and ordinary words, places and
generic names (Saint-Martin, ulica Lipowa, Заречная, the Tribunale di Vercelli, the West Midlands, Berkshire's Reading).
There are no e-mail addresses and no at-signs. (7) Real things named, as real pages do: Infogram, Podbean, Scribd,
Ausha, Komoot, Mediaset Infinity, Spreaker, Yandex Music (Яндекс Музыка), Redbubble, Gumroad, Instagram, Jekyll, GitHub
Pages, Bluehost, the Twenty Twenty-Four, Twenty Twenty-Five, Sela, Neve, OceanWP, Blocksy and Semplice (Simple) themes,
Canalblog, Jimdo, Joomla, cyber_Folks, Nethouse, Disqus, Google, Apple, Reddit, Flipboard, Pocket, LinkedIn, Pinterest,
Messenger, VK (ВКонтакте), Telegram, WhatsApp, Facebook, X, WordPress and WordPress.com, Blogger, Ravelry, eBay, Amazon
Kindle, OLX, Avito (Авито), Raleigh and its Wayfarer, Sturmey-Archer and the Canal & River Trust. (8) My first clock
reading was 2026-12-05 22:54:10 UTC. The two measuring commands ran as the brief gave them, in one shell call after
``date`` (23:00:40 UTC by the machine's clock), their output sent to /tmp/s151scratch/measure.out and report.out and the
report and the pytest tail printed (23 failed, 54 passed); the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s151scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s151/tests with /tmp/wt-s151/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12
pages, printing only the failing ones (15, 0 and 8, as in the measurement; every line problem was a kept line, and the
page problems were 19 kept noise lines and 1 lost article line). The xfail tables were written in
/tmp/s151scratch/tables151.py from my own descriptions of those lines and pages, and verify151.py (which runs
``_problems`` again on the same frozen copy) checked that the failing lines, keep lines and pages are exactly the keys
of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every line's reason quotes it, that every page noise line
left and every article line lost is quoted in its page's reason and that each page reason gives its count of noise lines
left. (9) With the tables filled, the pytest command ran on the file in /tmp/wt-s151 twice, the second time after a
change to the wording of this note only; every run gave 54 passed, 23 xfailed and no XPASS: see the last note of the
Baseline paragraph. The clock read 23:01:26 UTC when the tables were verified.

Judgement calls: the keep lines opening with or holding "Comment cards left in the library", "Share of the vote",
"Follow-up inspections", "Subscription rates for the leisure centre", "Copyright in the old town plans", "Advertising on
the bus shelters", "Reading Borough Council officers", "Partager les frais de chauffage", "Commentant les chiffres",
"Publicité mensongère", "Kommentiert hat der Bürgermeister", "Folgen hat der Beschluss", "Abonnenten der
Stadtwerke-App", "Commentando il voto", "Leggere ad alta voce", "Pubblicità sui tram", "Udostępnienie sali
gimnastycznej", "Czytanie na głos seniorom", "Комментируя решение" and "Реклама на фасадах" are article sentences: each
reports what a clerk, voters, inspectors, councillors, a county archive, a bus-shelter contract, visiting officers, two
associations, a mayor, a court, a burgomaster, commuters, a utility's app users, a mayor, a library, a council, a
municipality, library volunteers, a district head or a city ban did or will do, with the noise-like word as an ordinary
noun, verb, participle or gerund of the sentence ("Comment cards" are residents' written remarks to a meeting, not a
comment box; "Share of the vote" is an election result, not a share row; "Follow-up inspections" are checks on a bridge,
not a follow prompt; "Subscription rates" are leisure-centre fees, not a paywall; "Copyright in the old town plans" is a
question of who owns old maps, not a copyright line; "Advertising on the bus shelters" pays for their upkeep, not an ad
label; "Reading" is the Berkshire town, not a reading time; the French "Publicité mensongère" is false advertising
judged by a court; the German "Folgen" is the consequences of a decision, not a follow prompt, and "Abonnenten" are
users of a utility's app; the Italian "Leggere ad alta voce" is reading aloud to children and "Pubblicità sui tram" is a
council's advertising contract; the Polish "Udostępnienie" is the opening of a gym to residents, not a share row, and
"Czytanie na głos" is reading aloud to the elderly; the Russian "Реклама на фасадах" is a ban on facade advertising).
Categories: the Infogram, Podbean, Scribd, Ausha, Komoot, Mediaset Infinity, Spreaker and Yandex Music lines are markers
(embeds that could not be displayed, were unpublished, are blocked, could not be loaded, are hidden, are gone, could not
play or are geo-blocked); the word-count header, the heads-up warning and the French, German, Italian, Polish and
Russian lines are reading times; the reporting-and-editing, local-correspondent, compiled-by and interviewed-by lines
are bylines at the head, and the Redbubble, buy-me-a-coffee, Gumroad and guided-walks lines are bylines (self-promotion)
at the foot; the Jekyll, Mudgeley Newspapers, Bluehost, Canalblog, Jimdo, Tribunale-di-Vercelli, Joomla and Nethouse
lines are footers (the Mudgeley line is a publisher's statutory company line at the foot of every page, not a notice
about one story; the Italian court registration and VAT number are the standing legal foot of a newspaper site); the
log-in-to-join prompt, the hidden-comment placeholder, the action row, the be-the-first prompt, the log-in-to-discuss
prompt, the edited mark, the top-rated heading and the collapse link are comment furniture; the English, French and
Russian rows are share rows; the German correction and the Italian print-edition note are notices in the body (both
speak of the story they sit in), and the Polish headlines-by-the-editors note is a notice at the foot (the paper's
standing line under a reader's letter or a press release, neither a footer nor a byline). On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, sign-in-and-subscribe lines, blog names and taglines, menus,
breadcrumbs, category lines, bylines, dates and posted-on lines, reading times, share rows, ad and sponsored labels,
photo captions and credits, newsletter, Telegram, subscribe and follow prompts, read-also links, tags and topics lines,
affiliate disclosures, tables of contents, shop and sales plugs, comment counts and headings, comments and replies,
copyright lines, legal-links rows, platform credits and back-to-top links) is noise. The list rows (what changes for
boaters, the fridge's rules, what changes for market-goers, what the rehearsal room offers, how to report a pothole, how
to help swifts, and the blogs' parts, materials and kit lists) are short, some without a verb, but part of each article,
so article; the blogs' taglines ("Old steel, new grease and far too many spanners" and its French, German, Italian,
Polish and Russian twins) are site furniture above the title, so noise; the Polish portal's bare-name byline ("Mirosław
Wybojewski") and the Russian one ("Лукерья Скворешникова") are bylines, so noise; the ad labels "Annonce" (French),
"Sponsorizzato" (Italian) and "На правах рекламы" (Russian) were chosen instead of the commoner "Publicité",
"Pubblicità" and "Реклама" because those words open keep lines of this set, and a noise line inside a keep line is not
allowed; the portals' newsroom replies in the thread ("↳ Beacon newsroom: ...", "↳ La rédaction : ...") are
comment-thread lines, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-ploverstock-lockgates (new oak gates fitted at the town's canal lock after a six-week closure),
en-blog-wrenshackle-wayfarer (a 1974 Raleigh Wayfarer found behind a garage brought back to the road),
fr-portail-brassignolles-frigosolidaire (a self-service community fridge opened outside the church),
fr-blog-lavandrouse-chaussettes (a first pair of socks knitted with the magic loop on one circular needle),
de-portal-groebelsheide-marktpflaster (the market square's old basalt cobbles relaid over new pipes),
de-blog-leuchtfeuer-modellturm (a finished 1:87 model lighthouse with a blinking LED),
it-portale-castelvarzino-salaprove (a youth band's rehearsal room in the former public wash-house),
it-blog-aglioorsino-raccolta (a first wild-garlic forage along a stream and a pesto), pl-portal-wierzboleki-dziury (a
phone app for reporting potholes trialled by the municipality), pl-blog-telegrafistka-morse (three months of learning
Morse code by sound, at 12 words a minute), ru-portal-olkhozersk-strizhi (a hundred nest boxes hung for swifts under the
eaves of old blocks of flats) and ru-blog-pereplet-koptskii (a first notebook bound by hand in Coptic stitch), each with
a reader comment thread.

Baseline (2026-12-05, cleaner at commit 3db9658ff1ceee0d27e05db9c2f4abb8a93db42f, measured with ``cd /tmp/wt-s151 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s151/src python -m pytest -q tests/test_clean_held_out_151.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s151 && PYTHONPATH=/tmp/wt-s151/src python
scripts/clean_held_out_report.py --sets 151``, with the xfail tables empty): noise lines removed 30/45 (marker 2/8,
reading-time 5/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 1/3; the 15 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six markers in the body (the English Podbean and Scribd placeholders, the German
Komoot placeholder, the Italian Mediaset Infinity placeholder, the Polish Spreaker placeholder and the Russian Yandex
Music placeholder), both English reading times at the head (the word-count header and the heads-up warning), the French
local-correspondent byline at the head, four plugs at the foot (the English Redbubble and buy-me-a-coffee plugs, the
German Gumroad plug and the Italian guided-walks plug), the Italian print-edition note in the body and the Polish
headlines-by-the-editors note at the foot; the English Infogram and French Ausha markers, the French, German, Italian,
Polish and Russian reading times, the English reporting-and-editing, Polish compiled-by and Russian interviewed-by
bylines, every footer, every comment line, every share row and the German correction went); keep lines kept 20/20; pages
4/12 clean (the English lock-gates, French community-fridge, Italian rehearsal-room and Russian swifts portals), 19 of
240 page noise lines left and 1 of 120 article lines lost. Left on the pages: on all six blogs the photo caption at the
end of the block of the second paragraph and the quote paragraph (1 each); on the English bicycle, French knitting and
Italian wild-garlic blogs the shop or sales plug at the top of the plug-and-share block after the list (1 each); on the
English bicycle blog the tagline, and on the Italian wild-garlic blog the blog name and the tagline, of the
menu-name-tagline block at the top, while the menus go; on the Italian wild-garlic and Russian bookbinding blogs the
three lines of the table of contents (its heading and two numbered entries) in the block of four between the first and
second paragraphs, while the affiliate disclosure at its top goes (3 each); on the German cobbles portal the newsletter
prompt alone between the quote paragraph and the subheading (1). Lost: on the Polish pothole-app portal the first list
row ("Pobierz aplikację i wybierz kategorię „droga”"), right after the read-also link between the subheading and the
first row; nothing on the other pages, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s151 gave 54 passed, 23 xfailed, no XPASS.

Measured after round 106 (developed on sets 149 and 150 beside this set's writing from the same base, 3db9658, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 151` and the
problems of every case before and after): nothing moved. Round 106's one change ("more" after a quantifier or before
"than" is no share row's button) met none of this set's missed lines or pages.

Round 107 (development; this set was read in full from this round on): the pothole-app portal's first list row is kept
and the tables of contents and three shop plugs on the blogs go. The round's changes (all in src/spinscope/ingest/;
tests test_round_107_* in tests/test_clean.py, near misses in six languages): (1) page_blocks._FURNITURE_REASONS holds
"post navigation": a blog's last paragraph at the top of its block over the share row and the previous-and-next links
stays (_article_among_furniture), where the block, two of its three lines the rules', read as a widget after the body
and went whole (set 152's German mushroom and Polish dolls' house blogs; the paragraph their reasons called the second
last); a writer's sale in such a block still goes (the new _is_writers_sale check in _article_among_furniture: "Vendo i
tuberi in esubero a primavera: scrivimi dalla pagina Contatti." over the links of set 146's it-blog-tuberiepetali-dalie,
which the first draft kept); (2) page_blocks._give_back_first_list_row (a step of mark_block_remnants, "first list
row"): between the body's paragraphs, in a block opened by the article's subheading, past the page's furniture the rules
took (a read-also link, an ad label), three rows or more to the block's end, short, none closing a sentence, the first
taken by a line rule and the others by none: the first row is the list's ("Pobierz aplikację i wybierz kategorię
„droga”" under "Czytaj także: ...", taken for an app's download prompt, set 151's pl-portal-wierzboleki-dziury); not a
row a rule took for furniture or a prompt (set 120's "Подпишитесь на нашу рассылку" among its rows, which the first
draft gave back), nor one naming an app store, a link or " · " items; (3) clean._toc_block_between_paragraphs: the
site's notices a rule took may open the table of contents' block above its label (an affiliate disclosure over "Indice",
"1. ...", "2. ..." and over "Содержание", set 151's Italian and Russian blogs); an article's sentence over the label
still keeps the list; (4) page_blocks._is_sale_over_share_row (in the widget-blocks step): the writer's sale alone over
the share row in a block of two between the body's paragraphs goes as "self-promotion": a phrase or first-person verb of
selling (_SELLING, _WRITER_SELLS) with the writer's first person, one short sentence, no quote ("... are for sale in my
eBay shop.", "Je vends le patron en PDF sur Ravelry, ...", "Il mio ricettario ... è in vendita su Amazon ..."); the
writer buying ("I bought the missing brake blocks from a shop in my town.") stays. No other set's xfail was removed (no
other page became clean). All sets (143 sets in the report, before -> after): noise lines removed 5941 -> 5941 of 6511,
article lines kept 2887 -> 2887 of 2887, pages clean 1053 -> 1054 of 1702, page noise lines left 1455 -> 1446 of 35760,
paragraphs lost 5 -> 2; SemEval 0 of 3723 files changed; bench ratio 1.02 (benchmarks/bench_clean.py against a477d42);
pytest 19720 passed, 1248 xfailed, no XPASS. This set before -> after: noise lines removed 30 -> 30 of 45 (marker 2/8,
reading-time 5/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 1/3, unchanged), keep 20 -> 20 of 20, pages
clean 4 -> 5 of 12 (pl-portal-wierzboleki-dziury's entry removed), page noise lines left 19 -> 10 of 240, article lines
lost 1 -> 0 of 120. Reasons reworded: en-blog-wrenshackle-wayfarer (the eBay plug goes; the tagline and the caption
stay), fr-blog-lavandrouse-chaussettes (the Ravelry plug goes; the caption stays), it-blog-aglioorsino-raccolta (the
table of contents and the Kindle plug go; the blog name, tagline and caption stay), ru-blog-pereplet-koptskii (the table
of contents goes; the caption stays). Still missed: the photo captions of the six blogs, the English tagline and the
Italian blog name and tagline at the top, the German portal's newsletter line "Der Bote als Newsletter: ...", and the 15
lines of ``_LINE_XFAIL``.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_151_LINES: list[tuple[str, str, str]] = [
    ('body', 'The Infogram chart could not be displayed. Open it on infogram.com to explore the figures.', 'marker'),
    ('body', 'Podbean player error: this episode has been unpublished by the podcaster.', 'marker'),
    ('body', 'Scribd document preview blocked – allow third-party content to read it here.', 'marker'),
    ('body', "Le podcast Ausha n'a pas pu être chargé. Écoutez-le sur ausha.co.", 'marker'),
    ('body', 'Die Komoot-Tour wird nicht angezeigt, solange Sie externe Inhalte blockieren.', 'marker'),
    ('body', 'Il video di Mediaset Infinity non è più disponibile.', 'marker'),
    ('body', 'Odtwarzacz Spreakera nie mógł odtworzyć tego odcinka podcastu.', 'marker'),
    ('body', 'Плеер «Яндекс Музыки» недоступен в вашем регионе.', 'marker'),
    ('head', '1,480 words · roughly 7 minutes', 'reading-time'),
    ('head', "Heads up – you'll need about eighteen minutes for this one, plus time to stare at "
             'the photos.', 'reading-time'),
    ('head', 'Lecture : 7 min', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 7 Minuten.', 'reading-time'),
    ('head', 'Lo leggi in 7 minuti', 'reading-time'),
    ('head', 'Lektura zajmie ok. 7 minut', 'reading-time'),
    ('head', 'На чтение уйдёт около 7 минут', 'reading-time'),
    ('head', 'Reporting by Osric Bellwhacket; editing by Imelda Tenterwick', 'byline'),
    ('head', 'Par notre correspondante locale, Ghislaine Pommeraudière', 'byline'),
    ('head', 'Oprac. Zdzisława Jaskółecka', 'byline'),
    ('head', 'Беседовала Аглая Шиповникова', 'byline'),
    ('tail', "Want a print of the cover drawing? It's in my Redbubble shop, along with stickers.", 'byline'),
    ('tail', 'If this saved you a trip to the shop, you can buy me a coffee – the link is below.', 'byline'),
    ('tail', 'Baupläne zum Nachbauen biete ich als PDF auf Gumroad an.', 'byline'),
    ('tail', 'Organizzo passeggiate di raccolta in primavera: scrivimi su Instagram per prenotare.', 'byline'),
    ('tail', 'Built with Jekyll · Hosted on GitHub Pages · View source', 'footer'),
    ('tail', 'Mudgeley Newspapers Ltd · Registered in England and Wales, company no. 07734912', 'footer'),
    ('tail', 'Site hosted by Bluehost · Theme: Twenty Twenty-Four · Log in', 'footer'),
    ('tail', "Blog hébergé par Canalblog · Charte d'utilisation · Signaler un contenu", 'footer'),
    ('tail', 'Erstellt mit Jimdo · Datenschutzerklärung · Cookie-Richtlinie', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Vercelli, n. 7/2011 · P. IVA 02618840029', 'footer'),
    ('tail', 'Strona postawiona na Joomla! · Hosting: cyber_Folks · Polityka prywatności', 'footer'),
    ('tail', 'Сделано на Nethouse · Пользовательское соглашение', 'footer'),
    ('tail', 'Join the discussion – log in with Disqus, Google or Apple', 'comments'),
    ('tail', 'This comment has been hidden because it received too many reports.', 'comments'),
    ('tail', 'Reply · Like (4) · 2 hours ago', 'comments'),
    ('tail', 'Soyez le premier à réagir à cet article', 'comments'),
    ('tail', 'Melden Sie sich an, um mitzudiskutieren.', 'comments'),
    ('tail', "Commento modificato dall'autore alle 14:22", 'comments'),
    ('tail', 'Najlepiej oceniane komentarze', 'comments'),
    ('tail', 'Свернуть ветку комментариев', 'comments'),
    ('tail', 'Spread the word: Reddit · Flipboard · Pocket · Email', 'share'),
    ('tail', 'Partagez sur : LinkedIn · Pinterest · Messenger · Imprimer', 'share'),
    ('tail', 'Репостнуть: VK · Telegram · WhatsApp', 'share'),
    ('body', 'Korrektur: In einer früheren Fassung hieß es, die Sanierung koste 80.000 Euro; richtig '
             'sind 68.000 Euro.', 'notice'),
    ('body', "Nota: l'articolo è stato pubblicato originariamente sull'edizione cartacea di sabato.", 'notice'),
    ('tail', 'Tytuł, lead i śródtytuły pochodzą od redakcji.', 'notice'),
]

HELD_OUT_151_KEEP: list[tuple[str, str]] = [
    ('head', "Comment cards left in the library will be read out at Thursday's meeting, the clerk said."),
    ('head', 'Share of the vote for independents rose to 31 per cent, up from 19 per cent four years ago.'),
    ('head', 'Follow-up inspections found the bridge bearings had moved by less than a millimetre.'),
    ('body', 'Subscription rates for the leisure centre will rise by a pound a month from April, councillors agreed.'),
    ('tail', 'Copyright in the old town plans passed to the county archive when the borough was abolished in 1974.'),
    ('tail', 'Advertising on the bus shelters will pay for their upkeep until at least 2029, the contract states.'),
    ('tail', 'Reading Borough Council officers visited in October to see how the scheme works.'),
    ('head', 'Partager les frais de chauffage entre les deux associations a été la solution retenue.'),
    ('body', 'Commentant les chiffres, le maire a reconnu que la fréquentation avait baissé de 12 %.'),
    ('tail', 'Publicité mensongère : le tribunal a condamné le promoteur à une amende de 20 000 euros.'),
    ('head', 'Kommentiert hat der Bürgermeister die Entscheidung bislang nicht.'),
    ('body', 'Folgen hat der Beschluss vor allem für die Pendler aus dem Umland.'),
    ('tail', 'Abonnenten der Stadtwerke-App erhalten künftig eine Warnung bei Rohrbrüchen.'),
    ('head', 'Commentando il voto, la sindaca ha parlato di una scelta condivisa con i quartieri.'),
    ('body', "Leggere ad alta voce ai bambini è l'obiettivo del nuovo progetto della biblioteca comunale."),
    ('tail', "Pubblicità sui tram: il Comune incasserà 40 mila euro l'anno dal nuovo contratto."),
    ('head', 'Udostępnienie sali gimnastycznej mieszkańcom w weekendy kosztuje gminę 9 tys. zł rocznie.'),
    ('tail', 'Czytanie na głos seniorom to pomysł wolontariuszek z miejskiej biblioteki.'),
    ('body', 'Комментируя решение, глава района напомнил, что ремонт обещали ещё в 2019 году.'),
    ('tail', 'Реклама на фасадах исторического центра будет запрещена с 1 марта.'),
]

HELD_OUT_151_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-ploverstock-lockgates', [
        [
            '-The Ploverstock Beacon',
            '-Sign in | Subscribe from £1 a week',
        ],
        [
            "-News · Sport · What's On · Property · Jobs",
            '-Home › News › Ploverstock',
        ],
        [
            '+New oak gates fitted at Ploverstock Lock after six-week canal closure',
        ],
        [
            '-By Gwendolen Hobfurrow, Chief Reporter',
            '-Thursday 3 December 2026, 7:45 am',
            '-3 minute read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The canal through Ploverstock reopened to boats on Wednesday after engineers lifted in two pairs of '
            'new oak gates at the town lock.',
            '-Advertisement',
            '+The old gates, fitted in 1988, had been leaking so badly that the lock took twice as long to fill, '
            'boaters said.',
        ],
        [
            '-The new bottom gates are lowered into place by crane on Monday.',
            '-Photo: Canal & River Trust',
            '+The lock keeper, who has worked there for 31 years, said: "You could hear the old gates weeping '
            'from the towpath. Now it fills in eight minutes and you can\'t hear a drop."',
        ],
        [
            "-Get the Beacon's free morning briefing in your inbox – sign up here",
        ],
        [
            '+What changes for boaters',
            '-Read more: Towpath resurfacing to start in spring',
            '+The lock is open from 8am to 6pm daily until the end of March',
            "+Boats longer than 20 metres must book passage through the trust's website",
            '+A volunteer lock keeper will be on duty at weekends',
        ],
        [
            "+The gates were made at the trust's workshop in the West Midlands from oak felled in 2019 and left "
            'to season.',
            '+The trust said the work cost £410,000 and the new gates should last at least 25 years.',
            '-Topics: Canals · Ploverstock · Transport',
        ],
        [
            '-14 comments',
            '-NarrowboatNora: About time, we waited three hours in the queue last summer.',
            '-↳ Beacon newsroom: Thanks Nora – the trust says queues should now be much shorter.',
            '-Towpath_Tom: Any news on the broken bench by the top gate?',
        ],
        [
            '-© 2026 Ploverstock Beacon Ltd. All rights reserved.',
            '-Terms · Privacy · Cookie settings · Contact us',
        ],
    ]),
    _page('en', 'en-blog-wrenshackle-wayfarer', [
        [
            '-Home · Restorations · Parts Bin · About',
            '-Wrenshackle Wheels',
            '-Old steel, new grease and far too many spanners',
        ],
        [
            '-Filed under: Restorations, Raleigh',
            '+Bringing a 1974 Raleigh Wayfarer back to life',
        ],
        [
            '-Posted on 29 November 2026 by Ned',
            '-8 min read',
        ],
        [
            '+I found the Wayfarer behind a garage in the next village, with flat tyres, a seized seat post and a '
            'nest in the chainguard.',
        ],
        [
            '-This post contains affiliate links; if you buy through them I may earn a small commission.',
            '-In this post',
            '-1. Freeing the seat post',
            '-2. Rebuilding the hubs',
        ],
        [
            '+The seat post took four days of penetrating oil and a long bar before it moved, and the frame came '
            'through without a crack.',
            '+The man who sold it to me said: "My father rode it to the pit every day until 1986, so I\'d like to '
            'know it\'s on the road again."',
            '-The frame after its first wash, with the original decals still showing.',
        ],
        [
            '+What I replaced',
            '+Both tyres and inner tubes, in the original 27-inch size',
            '+Brake blocks and cables, front and rear',
            '+The chain, which had stretched well past the wear mark',
        ],
        [
            '-Spare Sturmey-Archer parts from this rebuild are for sale in my eBay shop.',
            '-Share on: Facebook · Pinterest · Reddit',
        ],
        [
            '+The three-speed hub only needed cleaning and fresh oil, which surprised me more than anything else '
            'on the bike.',
            '-Subscribe to get new restorations in your inbox once a month.',
            '+Next month I will tackle the mudguards, which are dented but straight enough to save.',
        ],
        [
            '-Reader comments (3)',
            '-Pedal_Pushers_Pete: Lovely job, mine has the same green paint under the rust.',
            '-↳ Ned: Thanks Pete – the paint code is on a sticker under the bottom bracket.',
            '-Vintage_Velo: What did you use on the chrome?',
        ],
        [
            '-Powered by WordPress.com · Theme: Sela',
            '-↑ Back to top',
        ],
    ]),
    _page('fr', 'fr-portail-brassignolles-frigosolidaire', [
        [
            '-Le Courrier de Brassignolles',
            "-Se connecter · S'abonner",
        ],
        [
            '-Actualité · Sports · Culture · Agenda · Nécrologie',
            '-Accueil > Brassignolles > Solidarité',
        ],
        [
            "+Un frigo solidaire installé devant l'église de Brassignolles",
        ],
        [
            '-Par Clémence Vergeraud',
            '-Publié le 3 décembre 2026 à 11 h 20',
            '-Lecture 3 min',
            '-Partager : Facebook · X · E-mail',
        ],
        [
            "+Depuis lundi, un réfrigérateur en libre-service accueille les passants sur le parvis de l'église "
            'Saint-Martin.',
            '-Annonce',
            '+Chacun peut y déposer ou y prendre des produits frais, sans inscription et sans justificatif.',
        ],
        [
            '-Le réfrigérateur, abrité sous un petit auvent en bois.',
            '-Photo : C. V.',
            "+La bénévole qui a porté le projet explique : « Personne ne doit avoir honte d'ouvrir la porte, "
            "c'est fait pour ça. »",
        ],
        [
            "-Recevez chaque matin notre lettre d'information gratuite",
        ],
        [
            '+Les règles à respecter',
            '-À lire aussi : La cantine scolaire passe au bio',
            "+Pas de plats faits maison ni d'alcool",
            '+Les produits doivent être emballés et datés',
            '+Le frigo est nettoyé chaque soir par un bénévole',
        ],
        [
            "+L'appareil a été offert par un supermarché de la commune voisine, et la paroisse fournit l'électricité.",
            '+Les organisateurs cherchent encore des volontaires pour les tournées du week-end.',
            '-Mots-clés : Solidarité · Brassignolles · Alimentation',
        ],
        [
            '-Commentaires (5)',
            "-Mamie_Odette : Très belle initiative, j'y ai déposé des yaourts ce matin.",
            '-↳ La rédaction : Merci pour votre message !',
            '-Voisin_du_parvis : Il faudrait un deuxième frigo au marché.',
        ],
        [
            '-© 2026 SAS Presse du Val – Tous droits réservés',
            '-Mentions légales · Politique de confidentialité · Contact',
        ],
    ]),
    _page('fr', 'fr-blog-lavandrouse-chaussettes', [
        [
            '-Accueil · Tricot · Patrons · Contact',
            '-Les Mailles de Lavandrouse',
            '-Tricot, laine et petites chaussettes',
        ],
        [
            '-Catégorie : Tricot',
            '+Mes premières chaussettes tricotées sur aiguilles circulaires',
        ],
        [
            '-Publié le 30 novembre 2026 par Madeleine',
            '-Temps de lecture : 6 minutes',
        ],
        [
            "+Après des années de doubles pointes, j'ai enfin essayé la technique du magic loop avec une seule "
            'aiguille circulaire de 80 cm.',
        ],
        [
            '-Cet article contient des liens affiliés.',
            '-Sommaire',
            '-1. Le montage',
            '-2. Le talon',
        ],
        [
            "+Le montage par le bout du pied m'a pris trois essais, mais ensuite tout s'est enchaîné très vite.",
            "+Ma voisine, qui tricote depuis soixante ans, m'a dit : « Le talon, c'est comme le vélo, une fois "
            "compris on ne l'oublie plus. »",
            '-La première chaussette terminée, posée sur la seconde en cours.',
        ],
        [
            '+Le matériel utilisé',
            '+Une aiguille circulaire de 2,5 mm et 80 cm',
            '+Deux pelotes de laine à chaussettes de 50 g',
            '+Quatre anneaux marqueurs',
        ],
        [
            '-Je vends le patron en PDF sur Ravelry, lien dans la barre latérale.',
            '-Partager : Pinterest · Facebook',
        ],
        [
            '+La deuxième chaussette a avancé deux fois plus vite que la première.',
            '-Abonnez-vous pour recevoir les nouveaux patrons par e-mail.',
            '+Pour la prochaine paire, je veux essayer de tricoter les deux chaussettes en même temps.',
        ],
        [
            '-4 commentaires',
            "-Tricoteuse_Lyon : Bravo, le magic loop m'a sauvée aussi !",
            "-↳ Madeleine : Merci, je n'y croyais pas au début !",
            '-Pelote_et_Chat : Quelle laine conseilles-tu pour débuter ?',
        ],
        [
            '-Blog propulsé par WordPress · Thème : Neve',
            '-Retour en haut ↑',
        ],
    ]),
    _page('de', 'de-portal-groebelsheide-marktpflaster', [
        [
            '-Gröbelsheider Bote',
            '-Anmelden · Abo',
        ],
        [
            '-Lokales · Sport · Kultur · Wirtschaft · Service',
            '-Startseite > Lokales > Gröbelsheide',
        ],
        [
            '+Marktplatz in Gröbelsheide bekommt sein altes Pflaster zurück',
        ],
        [
            '-Von Hiltrud Pflasterwitz',
            '-03.12.2026, 09:10 Uhr',
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '+Seit Montag setzen Pflasterer auf dem Marktplatz die historischen Basaltsteine wieder ein, die im '
            'Sommer aufgenommen worden waren.',
            '-Anzeige',
            '+Unter dem Platz wurden in den vergangenen Monaten neue Wasser- und Stromleitungen verlegt.',
        ],
        [
            '-Pflasterer beim Setzen der Steine vor dem Rathaus.',
            '-Foto: Stadt Gröbelsheide',
            '+Der Bauleiter der Stadt sagt: „Jeder Stein wurde nummeriert, damit er wieder an seinen alten Platz '
            'kommt.“',
        ],
        [
            '-Der Bote als Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region.',
        ],
        [
            '+Was sich für Marktbesucher ändert',
            '-Lesen Sie auch: Neue Parkgebühren in der Innenstadt',
            '+Der Wochenmarkt zieht bis Ende Januar auf den Kirchplatz',
            '+Die Zufahrt zur Apotheke bleibt offen',
            '+Am Brunnen entstehen drei neue Sitzbänke',
        ],
        [
            '+Rund 14.000 Steine werden neu gesetzt, fast alle stammen aus dem alten Belag.',
            '+Die Arbeiten sollen vor dem Frühjahrsmarkt im März abgeschlossen sein.',
            '-Schlagworte: Gröbelsheide · Marktplatz · Bauarbeiten',
        ],
        [
            '-7 Kommentare',
            '-Marktfrau_Inge: Endlich, die Teerflicken waren eine Schande.',
            '-↳ Redaktion: Danke für Ihren Kommentar!',
            '-Radler_GH: Mit dem Fahrrad wird das wieder ein Gerüttel.',
        ],
        [
            '-© 2026 Bote Medien GmbH & Co. KG',
            '-Impressum · Datenschutz · AGB · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-leuchtfeuer-modellturm', [
        [
            '-Start · Modelle · Werkzeug · Über mich',
            '-Leuchtfeuer im Hobbykeller',
            '-Modellbau zwischen Farbe, Leim und LEDs',
        ],
        [
            '-Kategorie: Leuchttürme',
            '+Mein Leuchtturm im Maßstab 1:87 ist fertig',
        ],
        [
            '-Veröffentlicht am 1. Dezember 2026 von Jörg',
            '-Lesedauer: 7 Minuten',
        ],
        [
            '+Fünf Monate hat es gedauert, bis der rot-weiße Turm auf dem Felsen aus Gips stand.',
        ],
        [
            '-Werbung: Dieser Beitrag enthält Affiliate-Links.',
            '-Inhaltsverzeichnis',
            '-1. Der Turm',
            '-2. Die Beleuchtung',
        ],
        [
            '+Der Turm besteht aus einem Papprohr, das ich mit Spachtelmasse geglättet und in acht Schichten '
            'lackiert habe.',
            '+Mein Sohn meinte beim ersten Einschalten: „Jetzt fehlt nur noch das Meer.“',
            '-Der Turm bei Nacht mit eingeschaltetem Leuchtfeuer.',
        ],
        [
            '+Was ich verbaut habe',
            '+Eine warmweiße LED mit Blinkschaltung',
            '+Ein Drehteller aus einem alten Motor',
            '+Acrylglas für die Laterne',
        ],
        [
            '-Baupläne für diesen Turm gibt es bei mir als PDF-Download im Shop.',
            '-Teilen auf: Pinterest · Facebook',
        ],
        [
            '+Die Blinkfolge habe ich einem echten Leuchtturm an der Nordsee nachempfunden.',
            '-Folge mir auf Instagram für Baufortschritte.',
            '+Als Nächstes soll ein kleines Wärterhaus neben den Turm.',
        ],
        [
            '-Kommentare (3)',
            '-Modellbahner_Uwe: Tolle Arbeit, passt perfekt auf meine Anlage!',
            '-↳ Jörg: Danke, Uwe!',
            '-Küstenkind: Wie hast du die Steine am Felsen gemacht?',
        ],
        [
            '-Erstellt mit WordPress · Theme: OceanWP',
            '-Nach oben ↑',
        ],
    ]),
    _page('it', 'it-portale-castelvarzino-salaprove', [
        [
            '-La Gazzetta di Castelvarzino',
            '-Accedi · Abbonati',
        ],
        [
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
            '-Home > Cronaca > Castelvarzino',
        ],
        [
            '+Una nuova sala prove per la banda giovanile di Castelvarzino',
        ],
        [
            '-Di Ermenegilda Rullapiatti',
            '-3 dicembre 2026, ore 10:30',
            '-Lettura: 3 min',
            '-Condividi: Facebook · X · WhatsApp',
        ],
        [
            "+I quaranta ragazzi della banda giovanile hanno da sabato una sala prove tutta loro nell'ex lavatoio "
            'comunale.',
            '-Sponsorizzato',
            '+Finora provavano nella palestra della scuola media, solo il martedì sera e spesso tra i palloni.',
        ],
        [
            '-I giovani musicisti durante la prima prova nella nuova sala.',
            '-Foto di Ufficio stampa del Comune',
            '+Il maestro della banda racconta: «Adesso possiamo lasciare i tamburi montati e provare anche il '
            'sabato mattina.»',
        ],
        [
            '-Iscriviti alla newsletter della Gazzetta: le notizie del giorno alle 7 nella tua casella.',
        ],
        [
            '+Cosa offre la nuova sala',
            '-Leggi anche: Il mercato del giovedì si sposta in piazza',
            '+Pareti fonoassorbenti e un pavimento in legno',
            '+Armadi con lucchetto per gli strumenti',
            '+Un piccolo palco per i saggi di fine anno',
        ],
        [
            '+I lavori sono costati 85 mila euro, in parte coperti da un bando regionale per la cultura.',
            '+A primavera la sala sarà aperta anche al coro parrocchiale.',
            '-Tag: Castelvarzino · Musica · Giovani',
        ],
        [
            '-6 commenti',
            "-Papà_trombettista: Finalmente! Mio figlio non vedeva l'ora.",
            '-↳ Redazione: Grazie per il commento!',
            "-Vicina_del_lavatoio: Speriamo che l'insonorizzazione funzioni davvero.",
        ],
        [
            '-© 2026 Edizioni Varzino srl – Riproduzione riservata',
            '-Privacy · Cookie policy · Contatti · Chi siamo',
        ],
    ]),
    _page('it', 'it-blog-aglioorsino-raccolta', [
        [
            '-Home · Ricette · Erbe spontanee · Chi sono',
            '-Aglio Orsino e Dintorni',
            '-Passeggiate, raccolta e cucina selvatica',
        ],
        [
            '-Categoria: Raccolta',
            '+La mia prima raccolta di aglio orsino nel bosco del torrente',
        ],
        [
            '-Pubblicato il 14 aprile 2026 da Livia',
            '-5 minuti di lettura',
        ],
        [
            "+Ad aprile il sottobosco lungo il torrente era coperto di foglie larghe e lucide, e l'odore si "
            'sentiva già dal sentiero.',
        ],
        [
            '-Questo articolo contiene link di affiliazione.',
            '-Indice',
            '-1. Come riconoscerlo',
            '-2. Cosa ho cucinato',
        ],
        [
            '+Prima di raccogliere ho strofinato ogni foglia tra le dita, perché il mughetto e il colchico gli '
            'somigliano molto e sono velenosi.',
            "+Un signore che passava con il cane mi ha detto: «Prendine poco da ogni pianta, così l'anno prossimo "
            'ritorna.»',
            "-Il mio cestino dopo un'ora di raccolta.",
        ],
        [
            '+Cosa porto con me',
            '+Un cestino di vimini e un coltellino',
            '+Una guida alle piante spontanee',
            '+Guanti leggeri per le ortiche',
        ],
        [
            '-Il mio ricettario di erbe selvatiche è in vendita su Amazon in formato Kindle.',
            '-Condividi: Pinterest · WhatsApp',
        ],
        [
            '+Con le foglie ho fatto un pesto, tenendo da parte i fiori per decorare la pasta.',
            '-Seguimi su Facebook per sapere quando organizzo le passeggiate.',
            "+Il prossimo anno voglio provare a conservarle sott'olio.",
        ],
        [
            '-Commenti: 3',
            '-Erborista_Marta: Attenzione sempre al colchico, brava a ricordarlo!',
            '-↳ Livia: Grazie Marta, meglio ripeterlo!',
            '-Cuoca_di_bosco: Il pesto di aglio orsino si può congelare?',
        ],
        [
            '-Blog creato con Blogger · Tema: Semplice',
            '-Torna su ↑',
        ],
    ]),
    _page('pl', 'pl-portal-wierzboleki-dziury', [
        [
            '-Kurier Wierzbołęcki',
            '-Zaloguj · Prenumerata',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Praca',
            '-Strona główna > Wiadomości > Wierzbołęki',
        ],
        [
            '+Gmina Wierzbołęki testuje aplikację do zgłaszania dziur w jezdni',
        ],
        [
            '-Mirosław Wybojewski',
            '-3 grudnia 2026, 12:05',
            '-3 min czytania',
            '-Udostępnij: Facebook · X · Messenger',
        ],
        [
            '+Od poniedziałku mieszkańcy mogą zgłaszać dziury w drogach gminnych przez bezpłatną aplikację na telefon.',
            '-Reklama',
            '+Wystarczy zrobić zdjęcie, a aplikacja sama dopisze lokalizację ubytku.',
        ],
        [
            '-Jedna z dziur na ulicy Lipowej, zgłoszona pierwszego dnia testów.',
            '-Fot. Urząd Gminy Wierzbołęki',
            '+Wójt gminy mówi: „W pierwszym tygodniu dostaliśmy 63 zgłoszenia, więcej niż przez cały zeszły rok '
            'telefonicznie.”',
        ],
        [
            '-Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje z gminy.',
        ],
        [
            '+Jak zgłosić dziurę',
            '-Czytaj także: Nowy rozkład jazdy autobusów gminnych',
            '+Pobierz aplikację i wybierz kategorię „droga”',
            '+Zrób zdjęcie ubytku z bliska',
            '+Dodaj krótki opis i wyślij zgłoszenie',
        ],
        [
            '+Testy potrwają do końca lutego, potem radni zdecydują, czy gmina kupi licencję na stałe.',
            '+Zgłoszenia z dróg powiatowych będą przekazywane do starostwa.',
            '-Tagi: Wierzbołęki · drogi · aplikacja',
        ],
        [
            '-Komentarze (9)',
            '-Kierowca_z_Lipowej: Zgłosiłem trzy dziury, jedną już załatali!',
            '-↳ Redakcja: Dziękujemy za informację!',
            '-Sceptyczny_Sąsiad: Ciekawe, czy ktoś to naprawdę czyta.',
        ],
        [
            '-© 2026 Wydawnictwo Kurier sp. z o.o.',
            '-Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-telegrafistka-morse', [
        [
            '-Start · Nauka · Sprzęt · O mnie',
            '-Telegrafistka z Poddasza',
            '-Kropki, kreski i krótkofalówki',
        ],
        [
            '-Kategoria: Nauka',
            "+Po trzech miesiącach nauki alfabetu Morse'a odbieram 12 słów na minutę",
        ],
        [
            '-Opublikowano 28 listopada 2026 przez Agatę',
            '-Czas czytania: 6 min',
        ],
        [
            '+Zaczęłam we wrześniu od aplikacji, która podaje litery dźwiękiem, a nie z rozpiski kropek i kresek.',
        ],
        [
            '-Wpis zawiera linki afiliacyjne.',
            '-Spis treści',
            '-1. Pierwsze litery',
            '-2. Klucz telegraficzny',
        ],
        [
            '+Każdego wieczoru ćwiczyłam po dwadzieścia minut, zawsze przed snem i bez wyjątków.',
            '+Mój instruktor z klubu krótkofalowców powtarza: „Nie licz kropek, słuchaj melodii całej litery.”',
            '-Mój pierwszy klucz telegraficzny na biurku.',
        ],
        [
            '+Czego używam do nauki',
            '+Aplikacji z metodą Kocha',
            '+Prostego klucza z brzęczykiem',
            '+Zeszytu do zapisywania odebranych tekstów',
        ],
        [
            '-Zestawy do nauki z brzęczykiem sprzedaję na OLX – link w zakładce Sklep.',
            '-Udostępnij: Facebook · Pinterest',
        ],
        [
            '+Najtrudniejsze okazały się litery Y i Q, które na początku brzmiały dla mnie prawie tak samo.',
            '-Obserwuj bloga na Facebooku, żeby nie przegapić nowych wpisów.',
            '+W styczniu chcę zdać egzamin na świadectwo krótkofalowca.',
        ],
        [
            '-3 komentarze',
            '-SP_Marek: Gratulacje, 12 słów to świetny wynik!',
            '-↳ Agata: Dziękuję, jeszcze długa droga!',
            '-Radiowiec_Staszek: A jaki klucz polecasz na początek?',
        ],
        [
            '-Blog na WordPress.com · Motyw: Twenty Twenty-Five',
            '-Do góry ↑',
        ],
    ]),
    _page('ru', 'ru-portal-olkhozersk-strizhi', [
        [
            '-Ольхозерский курьер',
            '-Войти · Подписаться',
        ],
        [
            '-Новости · Спорт · Культура · Общество · Афиша',
            '-Главная > Новости > Город',
        ],
        [
            '+Стрижам в Ольхозерске повесили сто новых гнездовий',
        ],
        [
            '-Лукерья Скворешникова',
            '-3 декабря 2026, 14:40',
            '-3 минуты на чтение',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Волонтёры экологического клуба закрепили под карнизами старых пятиэтажек сто деревянных домиков для '
            'чёрных стрижей.',
            '-На правах рекламы',
            '+После утепления фасадов птицы лишились щелей, в которых гнездились десятилетиями.',
        ],
        [
            '-Волонтёры поднимают гнездовья на автовышке.',
            '-Фото: пресс-служба экологического клуба',
            '+Руководитель клуба рассказывает: «Стрижи возвращаются на одно и то же место, поэтому домики вешали '
            'ровно там, где были старые гнёзда».',
        ],
        [
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города.',
        ],
        [
            '+Как помочь стрижам',
            '-Читайте также: В городском парке высадили сто лип',
            '+Не закрывайте вентиляционные щели под крышей до осени',
            '+Сообщайте клубу о найденных птенцах',
            '+Не кормите взрослых птиц хлебом',
        ],
        [
            '+Домики сделали студенты технического колледжа из обрезков сосновой доски.',
            '+Первых жильцов волонтёры ждут в середине мая, когда стрижи прилетают с зимовки.',
            '-Теги: стрижи · экология · Ольхозерск',
        ],
        [
            '-Комментарии (4)',
            '-Птичница_Галя: Молодцы! У нас на Заречной тоже все щели заделали.',
            '-↳ Редакция: Спасибо, передадим клубу ваш адрес.',
            '-Житель_пятиэтажки: А шуметь они не будут?',
        ],
        [
            '-© 2026 ООО «Курьер-Медиа». Все права защищены.',
            '-Политика конфиденциальности · Контакты · О редакции',
        ],
    ]),
    _page('ru', 'ru-blog-pereplet-koptskii', [
        [
            '-Главная · Мастер-классы · Материалы · Обо мне',
            '-Переплётная на кухне',
            '-Бумага, нитки и клей своими руками',
        ],
        [
            '-Рубрика: Переплёт',
            '+Мой первый блокнот в технике коптского переплёта',
        ],
        [
            '-Опубликовано 27 ноября 2026, автор: Ульяна',
            '-Время чтения: 7 минут',
        ],
        [
            '+Коптский переплёт я выбрала потому, что блокнот с ним раскрывается совершенно плоско и на нём '
            'удобно рисовать.',
        ],
        [
            '-В статье есть партнёрские ссылки.',
            '-Содержание',
            '-1. Тетради и обложка',
            '-2. Шитьё',
        ],
        [
            '+Сначала я сфальцевала восемь тетрадей по четыре листа и проколола их шилом по шаблону.',
            '+Моя бабушка, глядя на первые стежки, сказала: «Не торопись, нитка сама покажет, где тянуть».',
            '-Готовый блокнот с обложкой из старой книги.',
        ],
        [
            '+Что понадобилось',
            '+Вощёная льняная нить и изогнутая игла',
            '+Два листа переплётного картона',
            '+Бумага плотностью 120 граммов',
        ],
        [
            '-Блокноты ручной работы продаю на Авито, ссылка в профиле.',
            '-Поделиться: ВКонтакте · Pinterest',
        ],
        [
            '+Самым сложным оказалось держать одинаковое натяжение нити на всех тетрадях.',
            '-Подписывайтесь на мой канал в Telegram, там выходят новые мастер-классы.',
            '+Следующий блокнот я хочу сшить в технике длинного стежка.',
        ],
        [
            '-Комментарии: 3',
            '-Бумажная_душа: Какая красота! А клей совсем не нужен?',
            '-↳ Ульяна: Для коптского переплёта клей не нужен, только нитки.',
            '-Картонный_кот: Где вы берёте вощёную нить?',
        ],
        [
            '-Сайт работает на WordPress · Тема: Blocksy',
            '-Наверх ↑',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Die Komoot-Tour wird nicht angezeigt, solange Sie externe Inhalte blockieren.':
        "a German hidden Komoot tour ('Die Komoot-Tour wird nicht angezeigt, solange Sie externe Inhalte "
        "blockieren.') is left in the body",
    'Odtwarzacz Spreakera nie mógł odtworzyć tego odcinka podcastu.':
        "a Polish Spreaker player placeholder ('Odtwarzacz Spreakera nie mógł odtworzyć tego odcinka podcastu.') "
        'is left in the body',
    '1,480 words · roughly 7 minutes':
        "an English word-count-and-minutes header ('1,480 words · roughly 7 minutes') is left at the head",
    "Heads up – you'll need about eighteen minutes for this one, plus time to stare at the photos.":
        'an English heads-up reading time ("Heads up – you\'ll need about eighteen minutes for this one, plus '
        'time to stare at the photos.") is left at the head',
    'Par notre correspondante locale, Ghislaine Pommeraudière':
        "a French local-correspondent byline ('Par notre correspondante locale, Ghislaine Pommeraudière') is left "
        'at the head',
    'If this saved you a trip to the shop, you can buy me a coffee – the link is below.':
        "an English buy-me-a-coffee plug ('If this saved you a trip to the shop, you can buy me a coffee – the "
        "link is below.') is left at the foot",
    'Organizzo passeggiate di raccolta in primavera: scrivimi su Instagram per prenotare.':
        "an Italian guided-walks plug ('Organizzo passeggiate di raccolta in primavera: scrivimi su Instagram per "
        "prenotare.') is left at the foot",
    "Nota: l'articolo è stato pubblicato originariamente sull'edizione cartacea di sabato.":
        'an Italian first-published-in-print note ("Nota: l\'articolo è stato pubblicato originariamente '
        'sull\'edizione cartacea di sabato.") is left in the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-wrenshackle-wayfarer':
        "the bicycle blog's Wayfarer post keeps the tagline ('Old steel, new grease and far too many spanners'), "
        "the last line of the menu-name-tagline block at the top, and the photo caption ('The frame after its first "
        "wash, with the original decals still showing.') at the end of the block of the second and quote "
        'paragraphs (2 of 20 noise lines); no article line is lost',
    'fr-blog-lavandrouse-chaussettes':
        "the knitting blog's socks post keeps the photo caption ('La première chaussette terminée, posée sur la "
        "seconde en cours.') at the end of the block of the second and quote paragraphs (1 of 20 noise lines); no "
        'article line is lost',
    'de-portal-groebelsheide-marktpflaster':
        "the Bote's cobbles story keeps the newsletter prompt ('Der Bote als Newsletter: Jeden Morgen die "
        "wichtigsten Nachrichten aus der Region.') alone between the quote paragraph and the subheading (1 of 20 "
        'noise lines); no article line is lost',
    'de-blog-leuchtfeuer-modellturm':
        "the model-lighthouse blog's post keeps the photo caption ('Der Turm bei Nacht mit eingeschaltetem "
        "Leuchtfeuer.') at the end of the block of the second and quote paragraphs (1 of 20 noise lines); no "
        'article line is lost',
    'it-blog-aglioorsino-raccolta':
        "the wild-garlic blog's foraging post keeps the blog name ('Aglio Orsino e Dintorni') and the tagline "
        "('Passeggiate, raccolta e cucina selvatica') of the menu-name-tagline block at the top, while the menu "
        "goes, and the photo caption (\"Il mio cestino dopo un'ora di raccolta.\") at the end of the block of the "
        'second and quote paragraphs (3 of 20 noise lines); no article line is lost',
    'pl-blog-telegrafistka-morse':
        "the Morse blog's three-months post keeps the photo caption ('Mój pierwszy klucz telegraficzny na "
        "biurku.') at the end of the block of the second and quote paragraphs (1 of 20 noise lines); no article "
        'line is lost',
    'ru-blog-pereplet-koptskii':
        "the bookbinding blog's Coptic-stitch post keeps the photo caption ('Готовый блокнот с обложкой из старой "
        "книги.') at the end of the block of the second and quote paragraphs (1 of 20 noise lines); no article "
        'line is lost',
}


test_held_out_151_line, test_held_out_151_line_is_kept, test_held_out_151_page = held_out_tests(
    HELD_OUT_151_LINES, HELD_OUT_151_KEEP, HELD_OUT_151_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
