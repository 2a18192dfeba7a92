"""Held-out set 160: written blind, weighted toward the noise the cleaner exists for, in shapes set 158's docstring does
not name (nor the first paragraphs of sets 155, 156 and 157): scraper, embed and ad markers (an English Flourish chart
that needs JavaScript and a newer browser "Flourish visualisation: this chart needs JavaScript and a newer browser to
display.", an English click-to-load Acast player with its privacy-policy consent "Click to load the Acast player.
Loading it means accepting Acast's privacy policy.", the English Brightcove (video.js) media-could-not-be-loaded error
"Brightcove Player: The media could not be loaded, either because the server or network failed or because the format is
not supported.", the French Google Maps loading error "Cette page ne peut pas charger Google Maps correctement.", a
German Podigee podcast playable only after consent "Der Podcast von Podigee kann erst nach Ihrer Zustimmung abgespielt
werden.", an Italian TikTok video not playable on the page "Il video di TikTok non può essere riprodotto in questa
pagina. Guardalo nell'app.", a Polish Twitch stream that is offline "Transmisja z Twitcha jest obecnie offline –
nagranie pojawi się później." and a Russian 2GIS map that could not be loaded "Не удалось загрузить карту 2ГИС.
Проверьте подключение к интернету."); reading-time headers in new wordings (the English time-to-read header with the
minutes in words "Time to read: five minutes", a blog's pull-up-a-chair warning of fifteen minutes "Pull up a chair:
this post runs to roughly fifteen minutes of reading.", the French article-to-read-in line "Article à lire en 5
minutes", the German minutes-first Lesezeit line "5 Minuten Lesezeit", the Italian a-five-minute-read line "Lettura da 5
minuti", the Polish reading-time header with an approximate sign "Czas czytania: ok. 5 minut" and the Russian
reading-time header "Время чтения: 5 минут"); bylines and self-promotion (an English reporter-and-photographer byline
"Reporter: Araminta Dimbleswade · Photographer: Lemuel Fothersedge", an English name-and-role byline "Cosmo Threlkettle
– Senior Reporter", an Italian from-our-correspondent byline "Dalla nostra inviata Rosalba Ciambrellotti" and a Polish
text-and-photos byline "Tekst: Genowefa Szczypiorkiewicz, zdjęcia: Zdzisław Kminczak", all at the head, and at the foot
an English Etsy dried-herb-bundles plug "Bundles of my dried lavender and mint are listed in my Etsy shop, posting
weekly.", a French barometer-restoration-service plug with quotes on Facebook "Je restaure aussi vos baromètres anciens
: devis sur ma page Facebook.", a German Etsy felt-slippers plug "Meine gefilzten Hausschuhe gibt es auf Etsy, in den
Größen 36 bis 46." and a Russian Wildberries postcards plug "Открытки с моими фотографиями лишайников продаются на
Wildberries."); blog and site footers (an English Ghost credit with sign-up and RSS links "Published with Ghost · Sign
up · RSS", an English IPSO-regulation line with a complaints pointer "Regulated by IPSO. Read our editorial complaints
procedure.", the English Wix free-site footer "This site was designed with the Wix.com website builder. Create your
website today.", a French publication-director line with the CPPAP number "Directeur de la publication : Gaspard
Morvillette · CPPAP 0528 W 93214", a German WordPress-and-Astra credit with cookie settings "Mit WordPress und dem Theme
Astra erstellt · Cookie-Einstellungen", an Italian Aruba SiteBuilder credit with privacy and cookie policies "Realizzato
con Aruba SiteBuilder · Privacy policy · Cookie policy", a Polish WebWave site-builder credit with a privacy policy
"Strona stworzona w kreatorze WebWave · Polityka prywatności" and a Russian hyperlink-required-when-quoting line with an
age mark "При цитировании материалов гиперссылка на сайт обязательна. 16+"); reader-comment furniture (an English
join-the-discussion count "Join the discussion – 14 comments so far", an English load-more-comments link "Load 14 more
comments", an English moderated-according-to-guidelines note "This conversation is moderated according to our community
guidelines.", a French show-the-earlier-replies link "Afficher les 5 réponses précédentes", a German
comments-close-after-72-hours note "Kommentare werden nach 72 Stunden geschlossen.", an Italian comment count with an
add-yours link "Commenti: 14 · Aggiungi il tuo", a Polish comment-as-a-guest-or-log-in prompt "Dodaj komentarz jako gość
lub zaloguj się" and a Russian comment sort row "Сортировать: сначала новые · сначала популярные"); share rows (an
English tell-a-neighbour row with Facebook, Nextdoor and e-mail "Tell a neighbour about this story: Facebook · Nextdoor
· Email", a German recommend-this-article row with WhatsApp, Threads and e-mail "Empfehlen Sie diesen Artikel: WhatsApp
· Threads · E-Mail" and a Polish share row with Facebook, Messenger and Wykop "Podziel się: Facebook · Messenger ·
Wykop"); and notices (a French a-short-version-appeared-in-print note "Une version courte de cet article est parue dans
l'édition papier de jeudi." and an Italian updated-with-the-councillor's-reply note "Articolo aggiornato alle 17.20 con
la replica dell'assessore.", both in the body, and the Russian found-a-mistake, press-Ctrl+Enter notice "Если вы нашли
ошибку, выделите её и нажмите Ctrl+Enter." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 158's docstring does not describe (on the six portal pages, in ten blocks, the masthead, the section menu and a
breadcrumb in one block of three at the very top; the title alone; the byline, the published-and-updated line, the
reading time and a share row in one block of four under it; the first paragraph at the top of its block with the lead
photo's caption and its credit after it, on two lines; the second paragraph and the paragraph with the quote in one
block with a read-more or read-also link between them; an ad label and a sponsored headline at the top of the list
block, right before the subheading, then the three rows; the two last paragraphs in one block with a newsletter or
Telegram prompt between them; a tags or topics line alone; at the foot two blocks, five lines of a comment thread (a
comment count, a comment, a second reader's arrowed reply, a third reader's comment and the first commenter's arrowed
reply to it) and then the copyright line of the publishing company alone; on the six blog pages, in eleven blocks, the
blog name and its tagline in one block of two; a category line, the title, the posted-on-date-by-author line and the
reading time in one block of four, the category line right above the title; a table of contents (its heading and two
numbered entries) in one block of three; the first and second paragraphs in one block with nothing between them; an
affiliate-links disclosure, the paragraph with the quote and a photo caption in one block of three, the quote in the
middle; the subheading and the three rows with a second photo caption between the second and third rows; the first last
paragraph alone; an ad label and a report-this-ad link in one block of two between the two last paragraphs; the second
last paragraph at the top of its block with a share row and a follow prompt after it; at the foot two blocks, four lines
(a comments count, a comment, the author's arrowed reply and a second comment left unanswered) and then a platform
credit alone), taken from local news of fresh kinds (a lifeboat station's new slipway, a town's first electric bus, a
churchyard's yew tree measured, a high street's new cycle racks, a sports hall's leaking roof, a hill fort's footpath
waymarked) and from blogs about drying herbs, restoring a brass barometer, making felt slippers, building a wormery,
learning the ukulele and photographing lichens.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 158 but what is named here), held-out set 159 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 158 up to its paragraph "Measured after round 109", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 155, 156 and 157, printed with one ast
script (/tmp/s160scratch/peek.py, reading the files of /tmp/wt-set160/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set160); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s160scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 158's as printed, with 158 -> 160; /tmp/s160scratch/gen160.py writes this file from scratch files (lines.txt,
keep.txt, pages.txt, the docstring paragraphs in doc1.txt, doc2.txt and, after the measurement, doc3.txt and
tables160.py). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s160, detached at commit 63863e349ccb94ff84f7490b097b431e96322cd1, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 01:26:38 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
63863e349ccb94ff84f7490b097b431e96322cd1 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 158's Slips and notes (4) to inside set 156's first paragraph); its second run went to
/tmp/s160scratch/peek.out, of which I paged lines 125 to 435 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 158's docstring before the paragraph "Measured after round 109" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes already named, noted rather than hidden: the French, German, Italian, Polish and Russian reading
times are new phrasings of the common minutes-to-read idea (the Polish and Russian ones are plain "reading time:"
headers, close to the Italian and French estimated-reading-time headers of set 156, but with an approximate sign in
Polish and in Russian, a language where that header was not named); the French and Russian comment lines are new but the
English load-more link and the French show-earlier-replies link are the same kind of thread-paging link as set 157's
hide-replies links; the Italian comment count with its add-yours link echoes count lines of earlier pages; the Polish
WebWave credit, the Italian Aruba credit and the German WordPress-and-Astra credit share the
builder-credit-with-legal-links idea of many named footers; the Italian update note is of the same kind as set 158's
French update note, in a new language and for a new reason (the councillor's reply). On the pages, the noise is mostly
of common kinds (mastheads, menus, breadcrumbs, bylines, published lines, reading times, share rows, captions and
credits, read-more links, ad labels, sponsored headlines, newsletter and Telegram prompts, tags lines, comment threads,
copyright lines, blog taglines, category lines, tables of contents, affiliate disclosures, WordPress-style ad labels
with report links, follow prompts and platform credits), since the brief asks for new layouts there; some positions echo
earlier layouts (a newsletter prompt between the two last paragraphs in one block, as in set 156's first paragraph; the
second paragraph with a link before the quote, close to set 157's read-also link between the first two paragraphs; a
table of contents near the top, as in set 157's blogs, there in a block with the reading time), while what is new is
where the rest sits (the byline, published line, reading time and share row in one block of four under a lone title; the
caption and credit after the first paragraph in its block; the ad label and sponsored headline at the top of the list
block before the subheading; a lone tags line before the thread; on the blogs the category line, title, by-line and
reading time in one block of four, the quote paragraph between an affiliate disclosure and a caption, a caption between
the second and third list rows, and the ad label with its report link alone between the two last paragraphs). (4) Before
the measurement /tmp/s160scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside
any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted
the lines; while drafting I had already changed lines it would have caught (the English keep line "Advertisements for
the caretaker's post ..." held the portal's ad label and became "Advertised in the parish magazine, ..." while the
portal's label became "Advertising", since the blog uses "Advertisements"; the German portal's menu held "Anzeigen" and
its ad label became "– Anzeige –", the menu losing its ads entry; the French portal's menu held "Petites annonces",
inside which the blog's ad label "Annonces" would have sat, and lost that entry; the French blog's label became
"Annonces" since "Publicités" would have held the portal's "Publicité"; the Italian keep line "Pubblicità a parte, ..."
held the portal's ad label and became "Sponsorizzata dalla banca del paese, ..."; the Russian keep line "Реклама на
остановках ..." would have held a bare "Реклама" label, so the portal's label became "На правах рекламы" and the blog's
"Рекламные объявления"; the copyright lines of the English, French and Russian portals named their mastheads and became
company lines; the English newsroom reply named the masthead and became the first commenter's; the English blog's "4
comments" sat inside the held-out "Join the discussion – 14 comments so far" and became "3 Comments"); its first run
found nothing. Lines and data were counted by the script (45 noise lines: category, language and place as in Contents;
20 keep lines by language and place; 12 pages, the portals of ten blocks and the blogs of eleven, with 10 "+" and 20 "-"
lines each). /tmp/s160scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them
one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no
mark was swapped. gen160.py reports lines over 120 characters and at-signs in the written file, checks that every
held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists equal the scratch ones. (5) Invented names were checked with the exact-string
search over public GitHub files: Skelderwick, Tallowcrake, Penhallack, Gull_Watcher_Ron, Skelder_Nan, seafront_sue,
Mercury Coastal Media, allotment_dave, Hobblethwaite, Thrumbleton, Montbazelles, Montbazellaise, Bourrichonne,
Grelinquet, Pépé_Roland, Cyclo_du_canal, Éditions du Réveil, Le Laiton Retrouvé, Horloger_du_Jura, Mamie_Ginou,
Ellernbrück, Wurzelsbach, Eibenreuter, Kirchgänger_Ernst, Baumfreundin_Gisela, Bote Mediengruppe, Filzpantoffelei,
Wollmaus_Rike, Oma_Traudel, Castelbrugna, Edizioni Brugnesi, Pandolfetti, Scarabellini, Ciclista_Ugo, Nonna_Gelsomina,
Bottega_del_corso, Lombricaio di Nives, Orto_di_Franca, Giardiniere_Piero, Bukowiszcz (for Bukowiszcze, Bukowiszczu and
Bukowiszczanin), Kurier Bukowiski, Wydawnictwo Kurier, Kminkiewicz, Siatkowiak, Siatkarka_Ola, TataJasia_77, Cztery
Struny Ani, Gitarzystka_Ewa, Dziadek_Heniu, Ольховецк (for the town, its paper and Ольховчанка), Ольховчанка,
Клюквенцева, Кочкаревич, Краевед_Пётр, Турист_из_Твери, Вестник-Медиа, Лишайники крупным планом, Натуралистка_Вера and
the held-out lines' Dimbleswade, Fothersedge, Threlkettle, Ciambrellotti, Szczypiorkiewicz, Kminczak, Morvillette and
Pizzagalletti had no hits; Stems on a String had one, inside the words "systems on a string" of a code comment, which is
not the name, so it was kept. Dropped: The Hanging Bunch (a phrase in game code; the blog became Stems on a String),
Marrowfield and then Quillbarrow (a place in code and a password in a test; the blogger became Winnie Hobblethwaite),
Pennyweather (names in code; the commenter became Marjorie Thrumbleton), Vaudrémont (a real commune; the town became
Montbazelles), Chaussegros and then Fourchevieille and Grumelard (real surnames and a place; the reporter became
Apolline Bourrichonne), Lancelevée (a real surname; the bus manager became Thibault Grelinquet), Mamie_Odette (a demo
user; the commenter became Mamie_Ginou), Valtremo (hits inside identifiers such as valTremor; the town became
Castelbrugna), Nonna_Pina (a password and a game portrait; the commenter became Nonna_Gelsomina), Ogrodowczyk (a real
surname; the coach became Zbigniew Siatkowiak), Tata_Kuby (a user name in seed data; the commenter became TataJasia_77),
Пряжников and then Тропинкин (real surnames; the club leader became Сильвестр Кочкаревич), Gorsewick, Bellwhistle and
Gloamridge (a place in a game list and names in code; the reporter became Araminta Dimbleswade), Pemberthwick was tried
and not used, Scarrowby (a name in a list; the photographer became Lemuel Fothersedge), Kapuśniaczek (a Polish word for
drizzle and a soup; the photographer became Zdzisław Kminczak) and Bellotti (a real surname; the keep line's brothers
became the Pizzagalletti brothers). First names alone (Jory, Imogen, Winnie, Marjorie, Anselme, Henrike, Nives, Ania,
Аркадий, Ersilia, Benedetta, Cosmo, Rosalba, Genowefa and the like), common handles built of a word and a place or a
word alone (Лесовичок, Ellernbrücker), real services and platforms, and real places (Besançon, Haute-Saône, Tver) were
not checked. (6) The measurement was run once, at 01:34:20 UTC by ``date``, in one shell call with the brief's two
commands (pytest output to /tmp/s160scratch/measure.out, report to /tmp/s160scratch/report.out); then
/tmp/s160scratch/problems.py printed the problems of every case with ``_problems`` (importing the copy in
/tmp/wt-s160/tests with /tmp/wt-s160/src on the path) to /tmp/s160scratch/problems.out: thirteen noise lines kept, eight
pages with problems, no keep line lost and one article line lost, as in the Baseline paragraph. The reasons of the three
tables (tables160.py) were written from that output, and /tmp/s160scratch/checktables.py (which calls ``_problems``
again on the same copy, with the same result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL``,
that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line and
article line the output names is quoted in its page's reason and that each reason's count matches; nothing else was
changed: gen160.py wrote the final file from the same data files, checked that its lists and tables equal them, and the
pytest command was run again on it in /tmp/wt-s160. (7) ``date`` printed 01:32:09 UTC before the name checks, 01:34:20
at the measurement and 01:35:20 after the re-run; the times quoted here are those ``date`` printed. The whole set was
written, measured and committed within the brief's 50 minutes, from 01:26:38 UTC (the last ``date`` before the commit is
in the report of this helper).

Judgement calls: the keep lines "Comment cards handed out at the drop-in session asked residents where the new bus stop
should go.", "Shared ownership homes make up a third of the scheme, the developer said.", "Follow-up checks on the
bridge will take place every six months, engineers confirmed.", "Subscribers to the allotment society's newsletter were
the first to hear about the rent rise.", "Advertised in the parish magazine, the caretaker's post drew eleven
applicants.", "Read aloud at the meeting, the letter from the bishop drew a round of applause.", "Copies of the plan can
be seen at the library until Friday, the clerk said.", "Abonnement annuel ou ticket à l'unité : les deux tarifs
resteront en vigueur l'an prochain, selon la régie.", "Partager les frais du chantier avec la commune voisine a permis
de réduire la facture de moitié.", "« Suivez simplement les bornes jaunes », conseille le guide, qui balise le sentier
depuis mai.", "Kommentare von Anwohnern flossen in die Planung des neuen Radwegs ein, betonte die Stadträtin.", "Werbung
für das Sommerfest machen die Vereine diesmal gemeinsam auf Plakaten am Marktplatz.", "Lesen und Schreiben lernen die
Kinder der Förderklasse jetzt in einem eigenen Raum.", "Commenti positivi sono arrivati anche dai commercianti di via
Roma, dice l'assessore.", "Iscritti alla società sportiva da generazioni, i fratelli Pizzagalletti hanno donato i nuovi
canestri.", "Sponsorizzata dalla banca del paese, la squadra giovanile avrà nuove divise in primavera.", "Udostępnienie
boiska szkołom planowane jest od wiosny, zapowiada dyrektor ośrodka.", "Obserwujący budowę sąsiedzi chwalą ekipę za
porządek na placu.", "Реклама на остановках теперь будет согласовываться с архитектором города, сообщили в мэрии." and
"Подписанный в понедельник договор позволит начать работы уже в марте." are article sentences: each reports what
residents were asked, what a developer, engineers, a clerk, a transport board, a guide, a councillor, clubs, a school,
shopkeepers, two brothers, a bank, a centre's director, neighbours, a town hall or a contract said, decided, did, gave
or will allow, with the noise-like word as an ordinary noun, verb, participle or adjective of the sentence ("Comment
cards" are paper forms at a consultation, not a comment thread; "Shared ownership" is a kind of housing tenure, not a
share row; "Follow-up checks" are inspections, not a follow prompt; "Subscribers to the allotment society's newsletter"
are members hearing news in the story, not a newsletter prompt; "Advertised in the parish magazine" is how a job was
filled, not an ad label; "Read aloud" is a letter at a meeting, not a read-more link or a reading time; "Copies of the
plan" are documents on show, not a copyright line; the French "Abonnement", "Partager" and "Suivez", the German
"Kommentare", "Werbung" and "Lesen", the Italian "Commenti", "Iscritti" and "Sponsorizzata", the Polish "Udostępnienie"
and "Obserwujący" and the Russian "Реклама" and "Подписанный" are a bus season ticket, costs split between communes, a
guide quoted on a path, residents' remarks, clubs' posters, children learning to read, shopkeepers' remarks, club
members, a bank's sponsorship of a team, a pitch made available to schools, neighbours watching a building site,
advertising on bus stops as a matter of town planning and a signed contract; none of them is comment, share, follow,
subscribe, ad, reading-time, copyright or sponsored-content furniture; the French keep line is a quotation of a guide,
which opens with an imperative like a follow prompt but is his advice, reported). Categories: the Flourish, Acast,
Brightcove, Google Maps, Podigee, TikTok, Twitch and 2GIS lines are markers (embeds that need a newer browser, wait for
a click, failed to load, cannot load, wait for consent, cannot play here, are offline or could not be loaded); the
time-to-read header, the pull-up-a-chair warning and the French, German, Italian, Polish and Russian lines are reading
times; the reporter-and-photographer, name-and-role, dalla-nostra-inviata and tekst-zdjęcia lines are bylines at the
head (the name-and-role line names only the writer and his post, as byline boxes print it), and the Etsy,
barometer-service, felt-slippers and Wildberries lines are bylines (self-promotion) at the foot (the French one offers
the blogger's own restoration service against a quote, so it is a plug, not a contact footer); the Ghost, IPSO, Wix,
publication-director, WordPress-and-Astra, Aruba, WebWave and hyperlink-required lines are footers (the IPSO line and
the French publication-director line are the standing legal foot of a news site, and the Russian hyperlink-required line
with its age mark is the standing foot of Russian sites, not a notice about one story); the join-the-discussion count,
the load-more link, the moderation note, the show-earlier-replies link, the comments-close note, the Italian count with
its add-yours link, the guest-or-log-in prompt and the sort row are comment furniture; the English, German and Polish
rows are share rows (the English one asks the reader to tell a neighbour through three services, as share rows do); the
French print note and the Italian update note are notices in the body (both speak of the story they sit in), and the
Russian Ctrl+Enter line is a notice at the foot (a standing request to report typos, neither a footer's legal line nor
comment furniture). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads, section menus,
breadcrumbs, blog names and taglines, category lines, bylines, published and posted-on lines, reading times, share rows,
tables of contents, photo captions and credits, read-more and read-also links, ad labels, sponsored headlines,
report-this-ad links, affiliate disclosures, newsletter, Telegram and follow prompts, tags lines, comment counts,
comments and replies, copyright lines and platform credits) is noise. The list rows (what the slipway changes, what
worked when drying herbs, what changes for bus passengers, the barometer's restoration steps, what the tree surgeons
found, how the slippers were felted, where the racks are, what a wormery needs, what happens next with the hall, the
first ukulele lessons, how the footpath is waymarked and what the lichen photographer carries) are short, some without a
verb, but part of each article, so article; the blogs' table-of-contents entries ("1. Picking at the right time" and the
like) look like list rows but are links to the post's sections, so noise; the captions describe photos, so noise, though
they speak of the story's subject; the portals' credits name an agency, the reporter or the town's press office and are
still credits; the sponsored headlines are ads, while the Italian row "Cinque lungo i portici del mercato." and the
English row "Volunteers can train on weekday evenings all year." are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-skelderwick-slipway (a new concrete slipway lets the inshore lifeboat launch at low water),
en-blog-stemsonastring-herbs (sage, thyme and mint air-dried in bunches from a broom handle),
fr-portail-montbazelles-bus (the town's first electric bus in service on the station-to-hospital line),
fr-blog-laitonretrouve-barometre (a 1910 brass aneroid barometer from a flea market cleaned and set going again),
de-portal-ellernbrueck-eibe (the churchyard yew measured and found to be 700 to 900 years old),
de-blog-filzpantoffelei-hausschuhe (a first pair of wet-felted slippers made over a template),
it-portale-castelbrugna-rastrelliere (forty new cycle parking places in twelve racks along the high street),
it-blog-lombricaiodinives-lombricaio (a wormery built from three stacked fruit crates), pl-portal-bukowiszcze-hala (a
sports hall closed because its roof leaks onto the floor), pl-blog-czterystruny-ukulele (three months of learning the
ukulele), ru-portal-olkhovetsk-gorodishche (volunteers waymark a footpath to a tenth- to twelfth-century hill fort) and
ru-blog-lishainiki-makro (photographing lichens on old stones), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 63863e349ccb94ff84f7490b097b431e96322cd1, measured with ``cd /tmp/wt-s160 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s160/src python -m pytest -q tests/test_clean_held_out_160.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s160 && PYTHONPATH=/tmp/wt-s160/src python
scripts/clean_held_out_report.py --sets 160``, with the xfail tables empty): noise lines removed 32/45 (marker 3/8,
reading-time 6/7, byline 4/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; the 13 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers in the body (the English Brightcove error, the French Google Maps
error, the Italian TikTok, the Polish Twitch and the Russian 2GIS placeholders), one reading time at the head (the
English pull-up-a-chair warning), one byline at the head (the English reporter-and-photographer line), three plugs at
the foot (the English Etsy herb-bundles plug, the French barometer-restoration plug and the Russian Wildberries
postcards plug), one footer (the English IPSO line), one comment line (the German comments-close note) and one notice in
the body (the French appeared-in-print note); the English Flourish and Acast, the German Podigee markers, the other six
reading times, the English name-and-role, the Italian and Polish head bylines, the German Etsy plug, the seven other
footers, the seven other comment lines, every share row and the Italian update and Russian Ctrl+Enter notices went);
keep lines kept 20/20; pages 4/12 clean (the French, German, Italian and Polish portals), 27 of 240 page noise lines
left and 1 of 120 article lines lost. Left on the pages: on the English portal the sponsored headline at the top of the
list block (1); on the English herb blog the blog name and tagline, the caption after the quote, the caption between the
second and third list rows, the follow prompt and the three comment and reply lines under the count (8); on the French
barometer and Italian wormery blogs the tagline, the caption after the quote and the caption in the list (3 each); on
the German felting blog the two captions and the ad label "Werbeanzeigen" (3); on the Polish ukulele blog the two
captions (2); on the Russian lichen blog the affiliate disclosure before the quote and the two captions (3); on the
Russian portal the four comment and reply lines of the thread at the foot under its count (4). Lost: on the Russian
lichen blog the second last paragraph, the one at the top of the block with the share row and the follow prompt, as
``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s160 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 110 (developed on sets 157 and 158 beside this set's writing from the same base, 63863e3, and
measured on it blind by the lead with test_clean._problems of every case before and after, at ff13fa9, and
scripts/clean_held_out_report.py --sets 159 160): noise lines 32 -> 32 of 45, keep 20 -> 20, pages clean 4 -> 5 of 12,
page noise lines left 27 -> 19 of 240, article lines lost 1 -> 0. Round 110's reading of a comment row "name · time:
text" found the English blog's thread (three lines go, reason reworded) and the Russian portal's (four lines go, page
clean, entry removed); the ad label alone ("Werbeanzeigen") goes on the German blog (reason reworded); the Russian
lichen blog keeps its second last paragraph now (why was not looked at, to keep the page blind; reason reworded). No
line xfail moved.

Round 111 (development; this set was read in full from this round on): (1) the two lost last paragraphs: the
report-a-mistake prompt ("Segnala un errore", "Нашли ошибку? Напишите нам") is a "feedback widget" line, which
page_blocks._PROMPT_REASONS did not hold, so page_blocks._article_among_furniture did not read the paragraph heading its
block over the prompt and the tags line as the article's, and mark_block_remnants took the block whole as a widget after
the body; "feedback widget" joined _PROMPT_REASONS (the site's prompt, as the tip-off line), and the paragraph stays
(tests test_round_111_the_last_paragraph_over_a_report_a_mistake_prompt_stays in six languages, with near misses that
still go: a sign-off, a read-also link, a newsletter prompt in the paragraph's place). (2) embed failure messages: a new
"video embed" alternative in whole_line_noise (_EMBED_KIND, _EMBED_KIND_FAILS, _EMBED_KIND_HOST, _EMBED_REMEDY): a clip,
map, gallery, player, broadcast or embed said in the placeholder's present to be gone, offline, hidden or not loaded,
the state closing its clause, no verb of saying, with the service named (a listed platform, a name in capitals, mixed
case or with a digit, or a capitalised host after "from", "z serwisu", "из", "aus der", "di") or the reader's remedy
after it (tests test_round_111_an_embeds_failure_with_its_service_goes and ..._about_an_unavailable_video_or_map_stays,
near misses of past events, reports of speech and states the story goes on from). The same reading removed one marker
xfail each in sets 145 (ZDFmediathek), 150 (Dzen video), 151 (Mediaset Infinity), 153 (2GIS map), 154 (CDA video) and
158 (Audioboom clip): those entries were removed. All sets (scripts/clean_held_out_report.py, 151 sets): noise lines
removed 6208 -> 6225 of 6871, keep/article lines kept 3047 -> 3047, pages clean 1090 -> 1092 of 1798, page noise lines
left 1533 -> 1533, paragraphs lost 4 -> 2; no set's kept lines dropped and no set's lost paragraphs rose. SemEval:
scripts/semeval_noise_diff.py diff printed 0 changed files of 3723. Bench: benchmarks/bench_clean.py --baseline-src
(d88d9c1) ratio 1.05 (2.776 s against 2.637 s best CPU, run beside the test suite on the shared machine). Pytest (the
cleaning test set): 20430 passed, 1382 xfailed (the full run gave 20424 passed, 1382 xfailed and 6 failed, the six
strict xfails of sets 145, 150, 151, 153, 154 and 158 that now pass; with their entries removed, those files and sets
159 and 160 gave 488 passed, 128 xfailed). This set: noise lines 32 -> 37 of 45 (marker 3/8 -> 8/8; reading-time 6/7,
byline 4/8, footer 7/8, comments 7/8, share 3/3, notice 2/3 unchanged), keep 20 -> 20, pages clean 5 -> 5 of 12, page
noise lines left 19 -> 19 of 240, article lines lost 0 -> 0; the five marker entries (Brightcove, Google Maps, TikTok,
Twitch, 2GIS) were removed. No reason was reworded. Still missed: the pull-up-a-chair reading time, the
reporter-and-photographer and other head bylines, the Etsy, Facebook-quote and Wildberries sales in the third person or
passive, the IPSO line, the comments-closed-after-72-hours line and the French print-edition notice; on the pages what
the xfail table names (blog names and taglines at the head, the "Sponsored:" line, the newsletter prompts, photo
captions).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_160_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Flourish visualisation: this chart needs JavaScript and a newer browser to display.',
     'marker'),
    ('body',
     "Click to load the Acast player. Loading it means accepting Acast's privacy policy.",
     'marker'),
    ('body',
     'Brightcove Player: The media could not be loaded, either because the server or network failed or because the '
     'format is not supported.',
     'marker'),
    ('body',
     'Cette page ne peut pas charger Google Maps correctement.',
     'marker'),
    ('body',
     'Der Podcast von Podigee kann erst nach Ihrer Zustimmung abgespielt werden.',
     'marker'),
    ('body',
     "Il video di TikTok non può essere riprodotto in questa pagina. Guardalo nell'app.",
     'marker'),
    ('body',
     'Transmisja z Twitcha jest obecnie offline – nagranie pojawi się później.',
     'marker'),
    ('body',
     'Не удалось загрузить карту 2ГИС. Проверьте подключение к интернету.',
     'marker'),
    ('head',
     'Time to read: five minutes',
     'reading-time'),
    ('head',
     'Pull up a chair: this post runs to roughly fifteen minutes of reading.',
     'reading-time'),
    ('head',
     'Article à lire en 5 minutes',
     'reading-time'),
    ('head',
     '5 Minuten Lesezeit',
     'reading-time'),
    ('head',
     'Lettura da 5 minuti',
     'reading-time'),
    ('head',
     'Czas czytania: ok. 5 minut',
     'reading-time'),
    ('head',
     'Время чтения: 5 минут',
     'reading-time'),
    ('head',
     'Reporter: Araminta Dimbleswade · Photographer: Lemuel Fothersedge',
     'byline'),
    ('head',
     'Cosmo Threlkettle – Senior Reporter',
     'byline'),
    ('head',
     'Dalla nostra inviata Rosalba Ciambrellotti',
     'byline'),
    ('head',
     'Tekst: Genowefa Szczypiorkiewicz, zdjęcia: Zdzisław Kminczak',
     'byline'),
    ('tail',
     'Bundles of my dried lavender and mint are listed in my Etsy shop, posting weekly.',
     'byline'),
    ('tail',
     'Je restaure aussi vos baromètres anciens : devis sur ma page Facebook.',
     'byline'),
    ('tail',
     'Meine gefilzten Hausschuhe gibt es auf Etsy, in den Größen 36 bis 46.',
     'byline'),
    ('tail',
     'Открытки с моими фотографиями лишайников продаются на Wildberries.',
     'byline'),
    ('tail',
     'Published with Ghost · Sign up · RSS',
     'footer'),
    ('tail',
     'Regulated by IPSO. Read our editorial complaints procedure.',
     'footer'),
    ('tail',
     'This site was designed with the Wix.com website builder. Create your website today.',
     'footer'),
    ('tail',
     'Directeur de la publication : Gaspard Morvillette · CPPAP 0528 W 93214',
     'footer'),
    ('tail',
     'Mit WordPress und dem Theme Astra erstellt · Cookie-Einstellungen',
     'footer'),
    ('tail',
     'Realizzato con Aruba SiteBuilder · Privacy policy · Cookie policy',
     'footer'),
    ('tail',
     'Strona stworzona w kreatorze WebWave · Polityka prywatności',
     'footer'),
    ('tail',
     'При цитировании материалов гиперссылка на сайт обязательна. 16+',
     'footer'),
    ('tail',
     'Join the discussion – 14 comments so far',
     'comments'),
    ('tail',
     'Load 14 more comments',
     'comments'),
    ('tail',
     'This conversation is moderated according to our community guidelines.',
     'comments'),
    ('tail',
     'Afficher les 5 réponses précédentes',
     'comments'),
    ('tail',
     'Kommentare werden nach 72 Stunden geschlossen.',
     'comments'),
    ('tail',
     'Commenti: 14 · Aggiungi il tuo',
     'comments'),
    ('tail',
     'Dodaj komentarz jako gość lub zaloguj się',
     'comments'),
    ('tail',
     'Сортировать: сначала новые · сначала популярные',
     'comments'),
    ('tail',
     'Tell a neighbour about this story: Facebook · Nextdoor · Email',
     'share'),
    ('tail',
     'Empfehlen Sie diesen Artikel: WhatsApp · Threads · E-Mail',
     'share'),
    ('tail',
     'Podziel się: Facebook · Messenger · Wykop',
     'share'),
    ('body',
     "Une version courte de cet article est parue dans l'édition papier de jeudi.",
     'notice'),
    ('body',
     "Articolo aggiornato alle 17.20 con la replica dell'assessore.",
     'notice'),
    ('tail',
     'Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter.',
     'notice'),
]

HELD_OUT_160_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comment cards handed out at the drop-in session asked residents where the new bus stop should go.'),
    ('head',
     'Shared ownership homes make up a third of the scheme, the developer said.'),
    ('head',
     'Follow-up checks on the bridge will take place every six months, engineers confirmed.'),
    ('body',
     "Subscribers to the allotment society's newsletter were the first to hear about the rent rise."),
    ('body',
     "Advertised in the parish magazine, the caretaker's post drew eleven applicants."),
    ('tail',
     'Read aloud at the meeting, the letter from the bishop drew a round of applause.'),
    ('tail',
     'Copies of the plan can be seen at the library until Friday, the clerk said.'),
    ('head',
     "Abonnement annuel ou ticket à l'unité : les deux tarifs resteront en vigueur l'an prochain, selon la régie."),
    ('body',
     'Partager les frais du chantier avec la commune voisine a permis de réduire la facture de moitié.'),
    ('tail',
     '« Suivez simplement les bornes jaunes », conseille le guide, qui balise le sentier depuis mai.'),
    ('head',
     'Kommentare von Anwohnern flossen in die Planung des neuen Radwegs ein, betonte die Stadträtin.'),
    ('body',
     'Werbung für das Sommerfest machen die Vereine diesmal gemeinsam auf Plakaten am Marktplatz.'),
    ('tail',
     'Lesen und Schreiben lernen die Kinder der Förderklasse jetzt in einem eigenen Raum.'),
    ('head',
     "Commenti positivi sono arrivati anche dai commercianti di via Roma, dice l'assessore."),
    ('tail',
     'Iscritti alla società sportiva da generazioni, i fratelli Pizzagalletti hanno donato i nuovi canestri.'),
    ('tail',
     'Sponsorizzata dalla banca del paese, la squadra giovanile avrà nuove divise in primavera.'),
    ('body',
     'Udostępnienie boiska szkołom planowane jest od wiosny, zapowiada dyrektor ośrodka.'),
    ('tail',
     'Obserwujący budowę sąsiedzi chwalą ekipę za porządek na placu.'),
    ('head',
     'Реклама на остановках теперь будет согласовываться с архитектором города, сообщили в мэрии.'),
    ('tail',
     'Подписанный в понедельник договор позволит начать работы уже в марте.'),
]

HELD_OUT_160_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-skelderwick-slipway', [
        [
            '-The Skelderwick Mercury',
            "-News · Sport · What's On · Property · Jobs · Announcements",
            '-Home › News › Skelderwick',
        ],
        [
            '+New slipway lets Skelderwick lifeboat launch at any state of the tide',
        ],
        [
            '-By Imogen Tallowcrake, Coastal Reporter',
            '-Published 5 December 2026, 16:42 · Updated 18:05',
            '-3 min read',
            '-Share on Facebook · Share on X · Email this story',
        ],
        [
            "+Skelderwick's inshore lifeboat can now launch at low water for the first time, after a new concrete "
            'slipway was finished on Thursday.',
            '-The new slipway at Skelderwick lifeboat station on Thursday afternoon.',
            '-Photograph: RNLI',
        ],
        [
            '+Until now the crew had to drag the boat across thirty metres of sand and shingle when the tide was '
            'out, which cost them up to ten minutes on a call.',
            '-Read more: Harbour car park charges to rise in spring',
            '+"Those ten minutes can be the difference between a rescue and a recovery," said coxswain Jory '
            'Penhallack, who has served on the crew for twenty-two years.',
        ],
        [
            '-Advertising',
            '-Sponsored: The coastal cottages everyone is booking this winter',
            '+What the new slipway changes',
            '+The boat can launch two hours either side of low water.',
            '+Tractor and trailer no longer cross the public beach.',
            '+Volunteers can train on weekday evenings all year.',
        ],
        [
            "+The £380,000 cost was met by a legacy from a local fisherman's widow and by a summer of fundraising "
            'in the town.',
            "-Get the Mercury's morning briefing in your inbox – sign up free",
            '+An open day at the station is planned for the spring, when residents will be able to watch a practice '
            'launch.',
        ],
        [
            '-Topics: RNLI · Skelderwick · Coastguard',
        ],
        [
            '-7 comments',
            '-Gull_Watcher_Ron · 3 hours ago: Brilliant news, those lads deserve it.',
            "-↳ Skelder_Nan · 2 hours ago: My grandson is on the crew, he's over the moon.",
            '-seafront_sue · 1 hour ago: Will the beach still be open during launches?',
            '-↳ Gull_Watcher_Ron · 30 minutes ago: Only roped off while the boat goes down.',
        ],
        [
            '-© 2026 Mercury Coastal Media Ltd · All rights reserved',
        ],
    ]),
    _page('en', 'en-blog-stemsonastring-herbs', [
        [
            '-Stems on a String',
            '-Herbs, string and a warm airing cupboard',
        ],
        [
            '-Category: Preserving',
            '+How I dry sage, thyme and mint without a dehydrator',
            '-Posted on 4 December 2026 by Winnie Hobblethwaite',
            '-6 minute read',
        ],
        [
            '-In this post',
            '-1. Picking at the right time',
            '-2. Hanging the bunches',
        ],
        [
            '+Every autumn I used to freeze my herbs in ice cubes, and every spring I threw most of them away.',
            '+This year I tried air-drying instead, in bunches hung from a broom handle across the spare room.',
        ],
        [
            '-This post contains affiliate links; I earn a small commission if you buy through them.',
            '+My neighbour, who has dried herbs for forty years, told me: "Pick them on a dry morning, after the '
            'dew has gone and before the sun gets hot."',
            '-Bunches of sage drying upside down on the broom handle.',
        ],
        [
            "+What worked and what didn't",
            '+Sage and thyme dried in ten days and kept their colour.',
            '+Mint went brown when the bunches were too thick.',
            '-The mint after two weeks, crumbled into a jar.',
            '+Rosemary took nearly three weeks but smelled the best.',
        ],
        [
            '+Small bunches of five or six stems dried far better than big ones, because the air could get between '
            'the leaves.',
        ],
        [
            '-Advertisements',
            '-Report this ad',
        ],
        [
            "+Next year I'll plant twice as much thyme, because the jar is already half empty and winter has barely "
            'started.',
            '-Share this: Pinterest · Facebook · Email',
            '-Find me on Instagram, where the jars get photographed far too often',
        ],
        [
            '-3 Comments',
            '-Marjorie Thrumbleton · 5 December 2026 at 9:12 am: Lovely post! Do you tie the bunches with string or '
            'elastic bands?',
            '-↳ Winnie Hobblethwaite · 5 December 2026 at 10:03 am: Elastic bands – they tighten as the stems shrink.',
            '-allotment_dave · 5 December 2026 at 7:40 pm: Try a paper bag over the bunches, it keeps the dust off.',
        ],
        [
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-montbazelles-bus', [
        [
            '-Le Réveil de Montbazelles',
            '-Actualité · Sports · Agenda · Nécrologies · Emploi',
            '-Accueil > Montbazelles > Transports',
        ],
        [
            '+Le premier bus électrique de Montbazelles est entré en service lundi',
        ],
        [
            '-Par Apolline Bourrichonne',
            '-Publié le 5 décembre 2026 à 17 h 12, mis à jour à 19 h 03',
            '-Lecture 3 min',
            '-Partager : Facebook · X · WhatsApp · Courriel',
        ],
        [
            "+Depuis lundi matin, la ligne 2 qui relie la gare à l'hôpital est assurée par un bus entièrement "
            'électrique, le premier de la commune.',
            "-Le nouveau bus à l'arrêt de la gare, lundi matin.",
            '-Photo : Apolline Bourrichonne',
        ],
        [
            '+Le véhicule de douze mètres peut transporter quatre-vingts voyageurs et rouler toute la journée sans '
            'recharge, selon la régie des transports.',
            "-À lire aussi : La piscine municipale fermée pour vidange jusqu'au 3 janvier",
            "+« Les chauffeurs l'ont adopté dès le premier jour, il est silencieux et très doux à conduire », "
            'explique Thibault Grelinquet, directeur de la régie.',
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Les offres de Noël de votre concessionnaire',
            '+Ce qui change pour les voyageurs',
            '+Les horaires de la ligne 2 restent les mêmes.',
            '+Des prises USB équipent chaque rangée de sièges.',
            "+Une rampe facilite l'accès aux fauteuils roulants.",
        ],
        [
            '+Le bus a coûté 540 000 euros, dont la moitié financée par la région dans le cadre de son plan pour un '
            'transport plus propre.',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre",
            "+Deux autres bus électriques doivent arriver d'ici à l'été, pour les lignes 1 et 4.",
        ],
        [
            '-Mots-clés : transports · régie · Montbazelles',
        ],
        [
            '-5 commentaires',
            "-Pépé_Roland · il y a 3 h : Enfin un bus qui ne fume pas devant l'école !",
            "-↳ Montbazellaise · il y a 2 h : Et on n'entend plus le moteur à six heures du matin.",
            "-Cyclo_du_canal · il y a 1 h : Dommage qu'il n'y ait pas de place pour les vélos.",
            "-↳ Pépé_Roland · il y a 45 min : Il y a un emplacement au fond, je l'ai vu hier.",
        ],
        [
            '-© 2026 Éditions du Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-laitonretrouve-barometre', [
        [
            '-Le Laiton Retrouvé',
            "-Carnet d'un restaurateur du dimanche",
        ],
        [
            '-Catégorie : Instruments anciens',
            '+Redonner vie à un baromètre en laiton de 1910',
            '-Publié le 3 décembre 2026 par Anselme',
            '-Lecture : 7 min',
        ],
        [
            '-Sommaire',
            '-1. Démonter le mécanisme',
            '-2. Nettoyer le laiton',
        ],
        [
            "+J'ai trouvé ce baromètre anéroïde dans une brocante de Haute-Saône, l'aiguille bloquée sur « Variable "
            '» et le boîtier noirci.',
            "+Le mécanisme n'était pas cassé, seulement encrassé par un siècle de poussière et de fumée de poêle.",
        ],
        [
            '-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite '
            'commission.',
            "+Un horloger de Besançon m'a prévenu : « Ne touchez jamais à la capsule, réglez seulement la vis à "
            "l'arrière. »",
            '-Le mécanisme démonté, posé sur un chiffon.',
        ],
        [
            '+Les étapes de la restauration',
            '+Dépoussiérer le mécanisme au pinceau sec.',
            '+Polir le boîtier avec une pâte douce.',
            '-Le boîtier après le polissage, avant le vernis.',
            "+Régler l'aiguille sur la pression du jour.",
        ],
        [
            "+Après deux soirées de travail, l'aiguille bouge de nouveau et suit fidèlement la météo annoncée.",
        ],
        [
            '-Annonces',
            '-Signaler cette annonce',
        ],
        [
            "+Il trône maintenant dans l'entrée, et toute la famille le tapote le matin avant de sortir.",
            '-Partager : Pinterest · Facebook · Courriel',
            '-Suivez-moi sur Instagram pour voir les prochaines restaurations',
        ],
        [
            '-3 commentaires',
            "-Horloger_du_Jura · 4 décembre 2026 à 10 h 15 : Beau travail, la capsule d'origine est rare à cet âge.",
            "-↳ Anselme · 4 décembre 2026 à 12 h 02 : Merci ! Je n'ai pas osé l'ouvrir.",
            '-Mamie_Ginou · 4 décembre 2026 à 18 h 30 : Le mien indique toujours « Tempête », même en plein soleil.',
        ],
        [
            '-Fourni par Blogger.',
        ],
    ]),
    _page('de', 'de-portal-ellernbrueck-eibe', [
        [
            '-Ellernbrücker Bote',
            '-Lokales · Sport · Kultur · Trauer · Immobilien',
            '-Startseite › Lokales › Ellernbrück',
        ],
        [
            '+Die Eibe auf dem Kirchhof von Ellernbrück ist älter als gedacht',
        ],
        [
            '-Von Irmgard Wurzelsbach',
            '-Veröffentlicht am 05.12.2026, 15:20 Uhr',
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '+Fachleute eines Baumgutachterbüros haben am Mittwoch die alte Eibe auf dem Kirchhof vermessen: Ihr '
            'Stamm hat einen Umfang von 6,4 Metern.',
            '-Die Gutachter messen den Stammumfang der Eibe mit einem Maßband.',
            '-Foto: Irmgard Wurzelsbach',
        ],
        [
            '+Nach dieser Messung schätzen sie das Alter des Baumes auf 700 bis 900 Jahre, deutlich mehr als die '
            '400 Jahre, die bisher auf der Tafel am Tor standen.',
            '-Lesen Sie auch: Neue Parkregeln am Bahnhof ab Januar',
            '+„Wir wussten, dass sie alt ist, aber nicht, dass sie vielleicht älter ist als die Kirche selbst“, '
            'sagt Pfarrer Gottlob Eibenreuter.',
        ],
        [
            '-– Anzeige –',
            '-Gesponsert: Die schönsten Adventsmärkte der Region',
            '+Was die Gutachter festgestellt haben',
            '+Der Stamm ist innen hohl, der Baum aber gesund.',
            '+Zwei alte Äste müssen gestützt werden.',
            '+Der Wurzelbereich soll nicht mehr betreten werden.',
        ],
        [
            '+Die Kirchengemeinde will nun einen kleinen Zaun um den Wurzelbereich ziehen und eine neue Tafel '
            'aufstellen.',
            '-Der Bote-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region – jetzt anmelden',
            '+Die Messung soll in zehn Jahren wiederholt werden, um das Wachstum des Baumes zu verfolgen.',
        ],
        [
            '-Schlagworte: Kirche · Natur · Ellernbrück',
        ],
        [
            '-6 Kommentare',
            '-Kirchgänger_Ernst · vor 3 Std.: Als Kind haben wir unter der Eibe Verstecken gespielt.',
            '-↳ Ellernbrücker · vor 2 Std.: Wir auch, der Küster hat immer geschimpft.',
            '-Baumfreundin_Gisela · vor 1 Std.: Bitte keine Lichterketten mehr an den Ästen!',
            '-↳ Kirchgänger_Ernst · vor 40 Min.: Da haben Sie recht, die schaden dem Baum.',
        ],
        [
            '-© 2026 Bote Mediengruppe GmbH · Impressum · Datenschutz',
        ],
    ]),
    _page('de', 'de-blog-filzpantoffelei-hausschuhe', [
        [
            '-Die Filzpantoffelei',
            '-Nassfilzen am Küchentisch',
        ],
        [
            '-Kategorie: Filzen',
            '+Meine ersten gefilzten Hausschuhe – nass gefilzt über einer Schablone',
            '-Veröffentlicht am 2. Dezember 2026 von Henrike',
            '-Lesezeit: 8 Minuten',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Die Schablone zuschneiden',
            '-2. Die Wolle auslegen',
        ],
        [
            '+Seit Jahren friere ich im Winter an den Füßen, und gekaufte Filzpantoffeln waren mir immer zu teuer.',
            '+Also habe ich im November drei Abende lang Merinowolle über einer Schablone aus Isoliermatte gefilzt.',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links; wenn du darüber kaufst, bekomme ich eine kleine Provision.',
            '+Meine Filzlehrerin sagte immer: „Reiben, reiben, reiben – und erst dann walken, wenn sich die Fasern '
            'nicht mehr heben lassen.“',
            '-Die ausgelegte Wolle auf der Schablone, noch trocken.',
        ],
        [
            '+So bin ich vorgegangen',
            '+Vier dünne Lagen Wolle kreuzweise auslegen.',
            '+Mit warmer Seifenlauge anfilzen.',
            '-Die Pantoffeln nach dem Walken, noch nass.',
            '+In der Waschmaschine bei 40 Grad fertig walken.',
        ],
        [
            '+Beim Walken sind die Hausschuhe um ein Drittel geschrumpft und passen jetzt genau.',
        ],
        [
            '-Werbeanzeigen',
            '-Melde diese Anzeige',
        ],
        [
            '+Als Nächstes möchte ich ein Paar für meinen Mann filzen, diesmal mit Ledersohle.',
            '-Teile diesen Beitrag: Pinterest · Facebook · WhatsApp',
            '-Folge mir auf Instagram für mehr Filzprojekte',
        ],
        [
            '-3 Kommentare',
            '-Wollmaus_Rike · 3. Dezember 2026 um 8:45 Uhr: Die sind wunderschön geworden! Welche Wolle hast du '
            'genommen?',
            '-↳ Henrike · 3. Dezember 2026 um 11:10 Uhr: Merino mit 21 Mikron, ganz fein.',
            '-Oma_Traudel · 3. Dezember 2026 um 19:02 Uhr: Bei mir sind sie immer zu groß geworden, jetzt weiß ich '
            'warum.',
        ],
        [
            '-Bloggen auf WordPress.com.',
        ],
    ]),
    _page('it', 'it-portale-castelbrugna-rastrelliere', [
        [
            '-La Voce di Castelbrugna',
            '-Cronaca · Politica · Sport · Cultura · Necrologie',
            '-Home > Cronaca > Castelbrugna',
        ],
        [
            '+Corso Garibaldi, arrivano le nuove rastrelliere per le biciclette',
        ],
        [
            '-di Ersilia Pandolfetti',
            '-Pubblicato il 5 dicembre 2026 alle 16:30',
            '-Tempo di lettura: 3 minuti',
            '-Condividi: Facebook · WhatsApp · X · Email',
        ],
        [
            '+Da ieri il corso principale di Castelbrugna ha quaranta nuovi posti per le biciclette, in dodici '
            'rastrelliere davanti a negozi e bar.',
            '-Le nuove rastrelliere davanti al municipio.',
            '-Foto: Ufficio stampa del Comune',
        ],
        [
            '+Finora chi arrivava in bici doveva legarla ai pali della luce o alle ringhiere, con le proteste dei '
            'commercianti.',
            '-Leggi anche: Mercato di Natale, ecco le date e gli orari',
            '+«Abbiamo scelto un modello semplice, in acciaio zincato, che non rovina il telaio», spiega '
            "l'assessora alla mobilità Benedetta Scarabellini.",
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Le offerte del mese sulle bici elettriche',
            '+Dove sono le rastrelliere',
            '+Quattro davanti al municipio.',
            '+Tre vicino alla farmacia comunale.',
            '+Cinque lungo i portici del mercato.',
        ],
        [
            "+L'intervento è costato 18 mila euro, coperti da un bando regionale per la mobilità sostenibile.",
            '-Iscriviti alla newsletter della Voce: ogni mattina le notizie di Castelbrugna',
            '+Se i posti non basteranno, altre rastrelliere saranno montate in primavera in piazza della Stazione.',
        ],
        [
            '-Tag: mobilità · biciclette · Castelbrugna',
        ],
        [
            '-4 commenti',
            '-Ciclista_Ugo · 3 ore fa: Finalmente! Non sapevo mai dove lasciarla.',
            "-↳ Nonna_Gelsomina · 2 ore fa: Speriamo che non le rubino come l'altra volta.",
            '-Bottega_del_corso · 1 ora fa: Davanti al mio negozio ne serviva almeno una in più.',
            "-↳ Ciclista_Ugo · 30 minuti fa: In primavera ne mettono altre, c'è scritto nell'articolo.",
        ],
        [
            '-© 2026 Edizioni Brugnesi srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-lombricaiodinives-lombricaio', [
        [
            '-Il Lombricaio di Nives',
            '-Orto, compost e piccoli animali utili',
        ],
        [
            '-Categoria: Compostaggio',
            '+Come ho costruito un lombricaio con tre cassette di legno',
            '-Pubblicato il 1 dicembre 2026 da Nives',
            '-Lettura: 6 minuti',
        ],
        [
            '-Indice dei contenuti',
            '-1. Le cassette',
            '-2. I lombrichi',
        ],
        [
            "+Da anni buttavo bucce e fondi di caffè nell'umido, finché una vicina mi ha regalato una manciata di "
            'lombrichi rossi.',
            '+Così a ottobre ho costruito un lombricaio con tre cassette da frutta impilate, nel sottoscala del '
            'cortile.',
        ],
        [
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
            '+La vicina mi ha detto: «Non dargli mai agrumi né cipolle, e tienili al buio come se fossero in cantina.»',
            '-Le tre cassette impilate nel sottoscala.',
        ],
        [
            '+Cosa serve',
            '+Tre cassette di legno con il fondo forato.',
            '+Cartone bagnato per il primo strato.',
            '-I lombrichi al lavoro dopo un mese.',
            '+Un coperchio per tenere il buio.',
        ],
        [
            "+Dopo due mesi la cassetta più bassa era già piena di terriccio scuro e profumato, pronto per l'orto.",
        ],
        [
            '-Annunci pubblicitari',
            '-Segnala questo annuncio',
        ],
        [
            '+In primavera aggiungerò una quarta cassetta, perché i lombrichi si sono moltiplicati più in fretta '
            'del previsto.',
            '-Condividi: Pinterest · Facebook · WhatsApp',
            "-Seguimi su Instagram per gli aggiornamenti dall'orto",
        ],
        [
            '-3 commenti',
            "-Orto_di_Franca · 2 dicembre 2026 alle 9:20: Che bella idea, li tieni anche d'inverno fuori?",
            '-↳ Nives · 2 dicembre 2026 alle 11:05: Sì, nel sottoscala non gela mai.',
            '-Giardiniere_Piero · 2 dicembre 2026 alle 20:14: Io ci metto anche i fondi del tè, li adorano.',
        ],
        [
            '-Tecnologia Blogger.',
        ],
    ]),
    _page('pl', 'pl-portal-bukowiszcze-hala', [
        [
            '-Kurier Bukowiski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna › Wiadomości › Bukowiszcze',
        ],
        [
            '+Przecieka dach hali sportowej w Bukowiszczu, treningi przeniesione do szkoły',
        ],
        [
            '-Autor: Radosław Kminkiewicz',
            '-Opublikowano: 5 grudnia 2026, 14:50',
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · Messenger · X',
        ],
        [
            '+Po ostatnich ulewach woda kapie z dachu hali sportowej przy ulicy Leśnej w co najmniej sześciu '
            'miejscach.',
            '-Wiadra ustawione na parkiecie hali we wtorek.',
            '-Fot. Radosław Kminkiewicz',
        ],
        [
            '+Parkiet w jednej części boiska spuchł i od poniedziałku hala jest zamknięta dla klubów i szkół.',
            '-Czytaj także: Nowy rozkład jazdy autobusów od stycznia',
            '+„Mamy nadzieję, że dach zostanie naprawiony przed feriami, bo dzieci nie mają gdzie trenować” – mówi '
            'trener siatkarek Zbigniew Siatkowiak.',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Zimowe opony w promocji do końca miesiąca',
            '+Co dalej z halą',
            '+Ekspertyza dachu potrwa dwa tygodnie.',
            '+Gmina zabezpieczyła 400 tys. zł na naprawę.',
            '+Treningi odbywają się w szkole podstawowej nr 2.',
        ],
        [
            '+Hala ma dwadzieścia lat i dach nigdy nie był gruntownie remontowany, przyznaje wójt.',
            '-Zapisz się do newslettera Kuriera i otrzymuj najważniejsze informacje codziennie rano',
            '+Jeśli ekspertyza wykaże poważniejsze uszkodzenia, remont może potrwać do wiosny.',
        ],
        [
            '-Tagi: sport · hala · Bukowiszcze',
        ],
        [
            '-5 komentarzy',
            '-Siatkarka_Ola · 3 godz. temu: Szkoda, bo turniej mieliśmy w styczniu.',
            '-↳ TataJasia_77 · 2 godz. temu: Może uda się go przełożyć do szkoły.',
            '-Bukowiszczanin · 1 godz. temu: Ten dach przeciekał już pięć lat temu.',
            '-↳ Siatkarka_Ola · 40 min temu: No właśnie, dlaczego nikt tego nie naprawił?',
        ],
        [
            '-© 2026 Wydawnictwo Kurier sp. z o.o. · Wszelkie prawa zastrzeżone',
        ],
    ]),
    _page('pl', 'pl-blog-czterystruny-ukulele', [
        [
            '-Cztery Struny Ani',
            '-Muzykowanie po godzinach',
        ],
        [
            '-Kategoria: Nauka gry',
            '+Trzy miesiące z ukulele – czego się nauczyłam',
            '-Opublikowano 30 listopada 2026 przez Anię',
            '-Czas czytania: 5 min',
        ],
        [
            '-Spis treści',
            '-1. Pierwsze chwyty',
            '-2. Strojenie',
        ],
        [
            '+Ukulele sopranowe dostałam na urodziny we wrześniu i przez pierwszy tydzień nie umiałam nawet go '
            'nastroić.',
            '+Teraz gram codziennie po pół godziny, zwykle wieczorem, kiedy dzieci już śpią.',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
            '+Nauczyciel z domu kultury powiedział mi na pierwszej lekcji: „Nie patrz na palce, patrz na nuty, '
            'palce same trafią.”',
            '-Moje ukulele na stojaku obok nut.',
        ],
        [
            '+Czego nauczyłam się najpierw',
            '+Czterech podstawowych chwytów: C, A-moll, F i G.',
            '+Prostego bicia w dół i w górę.',
            '-Chwyt F na gryfie, widok z góry.',
            '+Strojenia z aplikacją w telefonie.',
        ],
        [
            '+Po trzech miesiącach zagrałam pierwszą całą piosenkę na imieninach mamy i nikt się nie śmiał.',
        ],
        [
            '-Reklamy',
            '-Zgłoś tę reklamę',
        ],
        [
            '+Następny cel to nauczyć się grać palcami, bez kostki, choć na razie brzmi to bardzo nierówno.',
            '-Udostępnij ten wpis: Facebook · Pinterest · WhatsApp',
            '-Obserwuj mnie na Instagramie, wrzucam tam krótkie nagrania',
        ],
        [
            '-3 komentarze',
            '-Gitarzystka_Ewa · 1 grudnia 2026 o 9:30: Gratuluję! F też mi długo nie wychodził.',
            '-↳ Ania · 1 grudnia 2026 o 12:15: Dzięki, wciąż czasem brzęczy.',
            '-Dziadek_Heniu · 1 grudnia 2026 o 21:05: Ja zaczynałem w wieku 70 lat, nigdy nie jest za późno.',
        ],
        [
            '-Blog na WordPress.com.',
        ],
    ]),
    _page('ru', 'ru-portal-olkhovetsk-gorodishche', [
        [
            '-Ольховецкий вестник',
            '-Новости · Спорт · Культура · Афиша · Объявления',
            '-Главная › Новости › Ольховецк',
        ],
        [
            '+К древнему городищу под Ольховецком проложили размеченную тропу',
        ],
        [
            '-Автор: Мелания Клюквенцева',
            '-Опубликовано 5 декабря 2026, 13:40',
            '-Время чтения: 3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Волонтёры краеведческого клуба разметили пешеходную тропу длиной 2,5 километра от автостанции до '
            'городища X–XII веков.',
            '-Указатель на тропе у подножия городища.',
            '-Фото: Мелания Клюквенцева',
        ],
        [
            '+Раньше туристы искали дорогу по старым картам и часто сворачивали на частные поля.',
            '-Читайте также: В Ольховецке открылся новый каток',
            '+«Теперь заблудиться невозможно: метки стоят через каждые сто метров», — говорит руководитель клуба '
            'Сильвестр Кочкаревич.',
        ],
        [
            '-На правах рекламы',
            '-Партнёрский материал: Тёплые куртки для походов со скидкой',
            '+Как устроен маршрут',
            '+Метки — белые и красные полосы на деревьях.',
            '+На вершине стоит стенд с историей городища.',
            '+У родника оборудована площадка для отдыха.',
        ],
        [
            '+Работы обошлись клубу в 60 тысяч рублей, которые собрали жители и местные предприниматели.',
            '-Подпишитесь на наш Telegram-канал, чтобы первыми узнавать новости района',
            '+Весной волонтёры хотят продолжить тропу до старой мельницы на берегу реки.',
        ],
        [
            '-Теги: краеведение · туризм · Ольховецк',
        ],
        [
            '-4 комментария',
            '-Краевед_Пётр · 3 часа назад: Был там летом, вид с вершины потрясающий.',
            '-↳ Ольховчанка · 2 часа назад: А с детьми можно пройти?',
            '-Турист_из_Твери · 1 час назад: Спасибо волонтёрам, отличная работа.',
            '-↳ Краевед_Пётр · 30 минут назад: С детьми легко, подъём пологий.',
        ],
        [
            '-© 2026 ООО «Вестник-Медиа». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-lishainiki-makro', [
        [
            '-Лишайники крупным планом',
            '-Макросъёмка на прогулках',
        ],
        [
            '-Рубрика: Природа',
            '+Как я фотографирую лишайники на старых камнях',
            '-Опубликовано 28 ноября 2026 автором Аркадий',
            '-6 мин на чтение',
        ],
        [
            '-Содержание',
            '-1. Где искать лишайники',
            '-2. Какой нужен объектив',
        ],
        [
            '+Лишайники я заметил случайно, когда осенью фотографировал старую каменную ограду на кладбище в нашем '
            'посёлке.',
            '+Оказалось, что на одном камне их может расти пять-шесть видов, и все разного цвета.',
        ],
        [
            '-В этом посте есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшой процент.',
            '+Знакомый биолог посоветовал: «Снимайте после дождя — мокрые лишайники ярче и лучше видна их структура».',
            '-Ксантория настенная на гранитном валуне.',
        ],
        [
            '+Что я беру с собой',
            '+Макрообъектив на 100 миллиметров.',
            '+Небольшой складной отражатель.',
            '-Кладония на мшистом пне, снято после дождя.',
            '+Лупу для поиска мелких видов.',
        ],
        [
            '+Больше всего мне нравится снимать в пасмурные дни, когда нет резких теней.',
        ],
        [
            '-Рекламные объявления',
            '-Пожаловаться на рекламу',
        ],
        [
            '+Зимой планирую разобрать снимки и попросить специалистов помочь с определением видов.',
            '-Поделиться в соцсетях: ВКонтакте · Telegram',
            '-Подписывайтесь на мой канал в Telegram, там больше фотографий',
        ],
        [
            '-3 комментария',
            '-Лесовичок · 29 ноября 2026 в 10:20: Какие яркие! Никогда не обращал на них внимания.',
            '-↳ Аркадий · 29 ноября 2026 в 12:40: Теперь будете замечать их везде.',
            '-Натуралистка_Вера · 29 ноября 2026 в 19:15: Ксанторию легко узнать по оранжевому цвету.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Pull up a chair: this post runs to roughly fifteen minutes of reading.':
        "an English blog's pull-up-a-chair reading-time warning ('Pull up a chair: this post runs to roughly "
        "fifteen minutes of reading.') is left at the head",
    'Reporter: Araminta Dimbleswade · Photographer: Lemuel Fothersedge':
        "an English reporter-and-photographer byline ('Reporter: Araminta Dimbleswade · Photographer: Lemuel "
        "Fothersedge') is left at the head",
    'Je restaure aussi vos baromètres anciens : devis sur ma page Facebook.':
        "a French barometer-restoration plug ('Je restaure aussi vos baromètres anciens : devis sur ma page "
        "Facebook.') is left at the foot",
    'Regulated by IPSO. Read our editorial complaints procedure.':
        "an English IPSO-regulation footer ('Regulated by IPSO. Read our editorial complaints procedure.') is left "
        'at the foot',
    'Kommentare werden nach 72 Stunden geschlossen.':
        "a German comments-close-after-72-hours note ('Kommentare werden nach 72 Stunden geschlossen.') is left at "
        'the foot',
    "Une version courte de cet article est parue dans l'édition papier de jeudi.":
        "a French appeared-in-print notice ('Une version courte de cet article est parue dans l'édition papier de "
        "jeudi.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-stemsonastring-herbs':
        "the herb-drying blog's post keeps the photo caption ('Bunches of sage drying upside down on"
        " the broom handle.') after the quote in its block, the photo caption ('The mint after two weeks, crumbled into"
        " a jar.') between the second and third list rows and the follow prompt ('Find me on Instagram, where the jars "
        "get photographed far too often') after the share row at the end of the second last paragraph's block (3 of 20 "
        "noise lines; the blog's name and tagline go since round 114); no article line is lost",
    'fr-blog-laitonretrouve-barometre':
        "the barometer blog's post keeps the photo caption ('Le mécanisme démonté, posé sur un chiffon.') after the "
        "quote in its block and the photo caption ('Le boîtier après le polissage, avant le vernis.') between the "
        'second and third list rows (2 of 20 noise lines; the tagline goes since round 114); no article line is lost',
    'de-blog-filzpantoffelei-hausschuhe':
        "the felting blog's slippers post keeps the photo caption ('Die ausgelegte Wolle auf der Schablone, noch "
        "trocken.') after the quote in its block and the photo caption ('Die Pantoffeln nach dem Walken, noch nass.') "
        "between the second and third list rows (2 of 20 noise lines); no article line is lost",
    'it-blog-lombricaiodinives-lombricaio':
        "the wormery blog's post keeps the photo caption ('Le tre cassette impilate nel sottoscala.') after the quote "
        "in its block and the photo caption ('I lombrichi al lavoro dopo un mese.') between the second and third list "
        "rows (2 of 20 noise lines; the tagline goes since round 114); no article line is lost",
    'pl-blog-czterystruny-ukulele':
        "the ukulele blog's post keeps the photo caption ('Moje ukulele na stojaku obok nut.') after the quote in "
        "its block and the photo caption ('Chwyt F na gryfie, widok z góry.') between the second and third list "
        'rows (2 of 20 noise lines); no article line is lost',
    'ru-blog-lishainiki-makro':
        "the lichen blog's post keeps the photo caption ('Ксантория настенная на гранитном валуне.') after the quote "
        "and the photo caption ('Кладония на мшистом пне, снято после дождя.') between the second and third list rows "
        "(2 of 20 noise lines); no article line is lost",
}


test_held_out_160_line, test_held_out_160_line_is_kept, test_held_out_160_page = held_out_tests(
    HELD_OUT_160_LINES, HELD_OUT_160_KEEP, HELD_OUT_160_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
