"""Held-out set 158: written blind, weighted toward the noise the cleaner exists for, in shapes set 156's docstring does
not name (nor the first paragraphs of sets 153, 154 and 155): scraper, embed and ad markers (an English Bluesky post
that could not be retrieved "The Bluesky post embedded here could not be retrieved. It may have been deleted by its
author.", an English Infogram chart still loading with a blocked-scripts hint "Loading Infogram chart… If nothing
appears, your browser may be blocking scripts.", an English Audioboom clip that has expired "Audioboom player: this clip
has expired and is no longer available.", a French Ausha podcast player that could not be loaded "Le lecteur Ausha n'a
pas pu être chargé. Écoutez l'épisode sur votre plateforme habituelle.", a German Komoot tour not shown because external
content is switched off "Eine Tour von Komoot kann hier nicht angezeigt werden – externe Inhalte sind deaktiviert.", an
Italian Spreaker podcast not playable at the moment "Il podcast di Spreaker non è al momento riproducibile.", a Polish
a-Facebook-post-should-appear-here placeholder "Tu powinien wyświetlić się wpis z Facebooka. Odśwież stronę, jeśli go
nie widzisz." and a Russian Yandex Music recording unavailable without a subscription "Аудиозапись из Яндекс Музыки
недоступна без подписки."); reading-time headers in new wordings (the English approximately-four-minutes-of-reading
header "≈ 4 minutes of reading", a blog's apologetic twenty-minutes-and-a-biscuit warning "Long one, sorry – you'll want
twenty minutes and a biscuit for this post.", the French you-will-need-four-minutes line "Il vous faudra 4 minutes pour
lire cet article", the German you-need-about-four-minutes line "Zum Lesen brauchen Sie etwa 4 Minuten", the Italian
reads-in-four-minutes line "Si legge in 4 minuti", the Polish you-will-read-it-in line "Przeczytasz w 4 minuty" and the
Russian reading-will-take-about line "На чтение уйдёт около 4 минут"); bylines and self-promotion (an English
written-by-and-fact-checked-by byline "Written by Ottoline Crabbersley and fact-checked by Hamish Yelverpool", an
English compiled-from-reader-submissions byline "Compiled by Fenwick Gollanby from reader submissions", a French
interview-collected-by byline "Propos recueillis par Solène Grabuchard" and an Italian report-by byline "Servizio di
Ottavia Tramezzoli", all at the head, and at the foot an English Ko-fi house-number-plaques plug "Custom house-number
plaques are open for orders again in my Ko-fi shop.", a German painted-wooden-signs-via-my-contact-form plug
"Bestellungen für bemalte Holzschilder nehme ich gern über mein Kontaktformular an.", a Polish OLX handmade-soaps plug
"Własnoręcznie robione mydła kupisz na moim profilu na OLX." and a Russian Ozon embroidery-patterns plug "Схемы вышивки
из этого поста можно купить в моём магазине на Ozon."); blog and site footers (an English Neocities credit with a
webring row "Site hosted on Neocities · Webring: ← previous | random | next →", an English community-interest-company
copyright line with its registration number "© 2026 Harbourside Community Media CIC. Registered in England and Wales,
no. 13572904.", an English GitHub-Pages-and-Jekyll credit "Hosted on GitHub Pages · Made with Jekyll and the Minima
theme", a French OVHcloud hosting row with a sitemap and an accessibility-compliance line "Hébergé par OVHcloud · Plan
du site · Accessibilité : partiellement conforme", a German Contao credit with an accessibility statement and imprint
"Erstellt mit Contao · Barrierefreiheitserklärung · Impressum", an Italian court-registration line of a news title
"Testata giornalistica registrata presso il Tribunale di Cremona, n. 4/2019", a Polish accessibility-declaration, GDPR
and contact row "Deklaracja dostępności · Klauzula RODO · Kontakt z redakcją" and a Russian mass-media registration line
"Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture (the English
WordPress leave-a-reply heading run together with its cancel link "Leave a Reply Cancel reply", an English
be-the-first-to-comment prompt "Be the first to comment on this story – it only takes a minute.", an English
comment-action row with a like count "12 people liked this comment · Reply · Report", a French your-nickname-is-public
note "Votre pseudo sera affiché publiquement à côté de votre commentaire.", a German write-a-comment,
released-on-workdays note "Kommentar schreiben – die Redaktion schaltet Beiträge werktags frei.", an Italian
log-in-with-Facebook-or-Google prompt "Accedi con Facebook o Google per lasciare un commento", a Polish comment-action
row "Odpowiedz · Zgłoś · Lubię to (7)" and a Russian log-in-with-VK-ID prompt "Войдите через VK ID, чтобы оставить
комментарий."); share rows (an English like-this-send-it-to-a-friend row with WhatsApp, Bluesky and copy link "Like
this? Send it to a friend: WhatsApp · Bluesky · Copy link", a German send-by-Messenger, copy-link and print row "Beitrag
per Messenger verschicken · Link kopieren · Drucken" and an Italian pass-the-word row with Telegram, Bluesky and print
"Passa parola: Telegram · Bluesky · Stampa"); and notices (a French updated-to-correct-a-name note "Cet article a été
mis à jour le 5 décembre à 18 h 40 pour corriger le nom de l'association." and a Polish part-funded-by-the-commune note
"Tekst powstał w ramach projektu dofinansowanego ze środków gminy.", both in the body, and a Russian
prepared-with-the-support-of-the-district-administration note "Материал подготовлен при поддержке администрации района."
at the foot); and toward whole scraped news and hobby-blog pages in layouts set 156's docstring does not describe (on
the six portal pages, in twelve blocks, the masthead and a subscribe-and-sign-in row in one block of two at the very
top; the title in the middle of a block of three, a breadcrumb right above it and the byline-and-date line right under
it; the reading time and a share row in one block of two; the first and second paragraphs in one block with the lead
photo's caption and its credit between them, on two lines; an ad label and a sponsored headline in one block of two
between the second paragraph and the quote; the paragraph with the quote alone; the subheading and the three rows in one
block with a read-more link between the first and second rows; the first last paragraph alone; a newsletter prompt alone
between the two last paragraphs; the second last paragraph at the top of its block with a topics or tags line after it;
at the foot two blocks, five lines of a comment thread (a comment count, a comment, a second reader's arrowed reply, a
third reader's comment and an arrowed reply to it by the newsroom or the first commenter) and then a links row and the
copyright line of the publishing company; on the six blog pages, in twelve blocks, the blog name and the menu in one
block of two; the title alone; the posted-on-date-by-author line, the reading time and a skip-to-the-steps link in one
block of three; the first and second paragraphs in one block with a Pinterest or save prompt at its end; a photo caption
alone between the second paragraph and the quote; the paragraph with the quote at the top of its block with an affiliate
tool or supply link after it; an ad label and a report-this-ad link in one block of two; the subheading and the three
rows alone in their block; the two last paragraphs in one block with nothing between them; a follow prompt, a share row
and a tags or category line in one block of three; at the foot two blocks, five lines (a comments count, a comment, the
author's arrowed reply, a second comment and the author's arrowed reply to it) and then a previous-post link and a
platform credit in one block of two), taken from local news of fresh kinds (a windmill's sails refitted, a school's
orchard planted, a library's mobile van retired, a car park turned into a playground, a harbour wall's steps repaired, a
community radio station's new studio) and from blogs about cane weaving, pickling vegetables, carving linocuts,
restoring a canoe, growing cacti from seed and making wooden toys.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 156 but what is named here), held-out set 157 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 156 up to its paragraph "Measured after round 108", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 153, 154 and 155, printed with one ast
script (/tmp/s158scratch/readdoc.py, reading the files of /tmp/wt-set158/tests, the set's worktree at the brief's
commit; see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set158); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s158scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 156's as printed, with 156 -> 158; /tmp/s158scratch/gen158.py writes this file from scratch files (data158.py,
pages158.py, the docstring paragraphs in doc.txt and, after the measurement, tables158.py). Nothing else was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s158, detached at
commit 1756aba5906e1d706de60e57b7ef57ade27613d9, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 00:59:18 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
1756aba5906e1d706de60e57b7ef57ade27613d9 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) readdoc.py's first run printed to the terminal, whose output the tool cut in
the middle (from inside set 156's Slips and notes (6) to inside set 154's first paragraph); its second run went to
/tmp/s158scratch/peek.out, of which I paged lines 125 to 470 with ``sed``, in three calls; nothing outside the allowed
parts was printed, since the script stops set 156's docstring before the paragraph "Measured after round 108" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes already named, noted rather than hidden: the French, German, Italian, Polish and Russian reading
times are new phrasings of the common minutes-to-read idea; the English comment-action row and the Polish one are the
same kind of row (reply, report, like) in two languages; the Polish accessibility-and-GDPR row and the German Contao
credit share the legal-links idea of many named footers; the Russian support note is close in kind to the partner notes
of earlier sets but names no series or partner but the district; "Leave a Reply Cancel reply" is the stock WordPress
heading as scrapers flatten it. On the pages, the blog and portal noise is mostly of common kinds (mastheads, menus,
breadcrumbs, bylines, reading times, share rows, ad labels, sponsored headlines, read-more links, newsletter and follow
prompts, affiliate links, WordPress.com's ad label with its report link, comment threads, links rows, copyright lines
and platform credits), since the brief asks for new layouts there; some positions echo earlier layouts (a newsletter
prompt alone between the two last paragraphs and a tags line after the second last paragraph on the portals, as in set
154's first paragraph; the blog's two last paragraphs with nothing between them and a previous-post link with the
platform credit at the foot, as in set 153's), while what is new is where the rest sits (the title between the
breadcrumb and the byline in one block, the lead photo's caption and credit between the first two paragraphs, an ad
label with a sponsored headline alone before the quote, a read-more link between the first and second list rows, the
title alone on the blogs, a caption alone before the quote, an affiliate link after the quote, the WordPress.com ad
label and report link alone before the list). (4) Before the measurement /tmp/s158scratch/check158.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and counted the lines; while drafting I had already changed
lines it would have caught (the English portal's ad label "Advertisement" sat inside the blog's "Advertisements" and
became "Story continues below advertisement"; the French portal's "Publicité" sat inside the blog's "Publicités" and a
links row and became "Espace annonceur"; the German blog's "Anzeige" sat inside its report link and the pair became
"Werbeanzeigen" and "Melde diese Anzeige"; the Italian blog's "Annunci" sat inside "annuncio" and became "Annunci
pubblicitari"; the Russian portal's links row held "Реклама" and became "О редакции · Контакты · Рекламодателям"; the
French portal's newsroom reply named the masthead "L'Écho de Montcharvey" and became "La rédaction"); its first run
found one: the English blog's name "Pegs and Strands" inside its follow prompt, which became "Follow along on Instagram
for works in progress"; its second run found nothing. Lines and data were counted by the script (45 noise lines:
category, language and place as in Contents; 20 keep lines by language and place; 12 pages of 12 blocks with 10 "+" and
20 "-" lines each). /tmp/s158scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read
them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything
else; no mark was swapped. gen158.py reports lines over 120 characters and at-signs in the written file, checks that
every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists and tables equal the scratch ones. (5) Invented names were checked with the
exact-string search over public GitHub files: Mardlecombe, Crowstrapp, Quarlebrook, GorseLaneGran, fenland_pete,
MillwrightsMate, Fenland Valley News, Pegs and Strands, Hattie Brumwell, oldchairbodger, Montcharvey, Marchepoix,
Pouchardin, Papi_Gaston, MamanDeLilou, Riverain38, Éditions Montcharvoises, Le Bocal de Nadège, Sylvie_du_Perche,
JeanMi_conserves, Kolbenried, Kürbisfeldt, Trommelsberger, Fenchelhuber, Leseratte_KR, Opa_Hermann, Dorfkind_77,
Druckstock & Walze, Malwine_druckt, Hannes_Holzschnitt, Castelvarzo, Brusacorni, Fumagrilli, Mamma_di_Pietro,
Gigi_del_bar, Nonno_Tullio, Edizioni Varzesi, Pagaia e Vernice, Remo_lento, Chiara_sul_Lago, Zatoczyn, Kraboszewski,
Żabiczewski, Rybak_Heniek, Marynarz_z_Portowej, Wydawnictwo Zatoka, Kolczasty Parapet, Kaktusiara_z_Łodzi,
ogrodnik_Staszek, Ключевские вести, Волна-Ключ, Тростинкина, Ковшеухов, Слушатель_с_Заречной, Тамара_Ивановна,
Ключевчанин, Ключевской медиацентр, Деревянная мастерская Прохора, Мастер_Савелий, Бабушка_Нина and the held-out
bylines' Crabbersley, Yelverpool, Gollanby, Grabuchard, Tramezzoli and Harbourside Community Media had no hits. Dropped:
Sallowfen (a place in a game and a word in code; the town became Mardlecombe), Sparrowhawke and then Thistlegrove (a
surname in a list and a game character; the reporter became Imelda Crowstrapp), Pellerby (hits inside identifiers; the
millwright became Dunstan Quarlebrook), Cassagnol (a real surname; the French reporter became Ludivine Marchepoix),
Maman_de_Lou (a hit inside a Wikimedia link; the commenter became MamanDeLilou), Hasenkampf (a real surname; the German
reporter became Gerlinde Kürbisfeldt), Pizzichetti and Sgarbazzi (real surnames; the Italian reporter and councillor
became Loredana Brusacorni and Benedetta Fumagrilli), Klepaczewski (a real surname; the Polish reporter became Bożydar
Kraboszewski), Скоморохова, Стрекопытова and Черемшанская (real surnames and a street; the Russian reporter became Аглая
Тростинкина), Перепёлкин (a real surname; the editor became Фома Ковшеухов) and Adderholt (names in code; the compiler
became Fenwick Gollanby). First names alone (Hattie, Nadège, Friedlinde, Tiberio, Jadwiga, Прохор, Armelle, Ilse,
Margit, Zenon and the like), common handles built of a word and a place (Zatoczynianka), real services and platforms,
and real places (Cremona, Como) were not checked. (6) The measurement was run once, at 01:06:09 UTC by ``date``, in one
shell call with the brief's two commands (pytest output to /tmp/s158scratch/measure.out, report to
/tmp/s158scratch/report.out); then /tmp/s158scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s158/tests with /tmp/wt-s158/src on the path) to /tmp/s158scratch/problems.out: ten noise
lines kept, nine pages with problems, no keep line lost and no article line lost, as in the Baseline paragraph. The
reasons of the three tables (tables158.py) were written from that output, and /tmp/s158scratch/checktables.py (which
calls ``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL``, that every page noise line the output names is quoted in its page's reason and that each reason's count
matches; nothing else was changed: gen158.py wrote the final file from the same data files, checked that its lists equal
them, and the pytest command was run again on it in /tmp/wt-s158. The whole set was written, measured and committed
within the brief's 50 minutes, from 00:59:18 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comments from the harbour master were read out at the start of the meeting, and most of
them concerned the tides.", "Sharing the new studio with the hospital radio team was the station's own idea, the
chairman said.", "Followers of the old mobile library route turned out on Saturday to wave the van off for the last
time.", "Subscriptions from parents paid for the twelve apple trees, the head teacher said.", "Copyright in the
windmill's original drawings still belongs to the millwright's family, the trust said.", "Advertising space on the new
fence around the playground will be sold to local businesses.", "Reading glasses, a flask and a tide table were all the
volunteers needed on the first morning.", "Commentant la décision, le maire a rappelé que le parking ne servait presque
plus le dimanche.", "Partagé entre deux écoles, le verger comptera trente pommiers d'ici le printemps.", "Abonnés depuis
vingt ans au bibliobus, les habitants du hameau ont organisé un pot d'adieu.", "Kommentiert hat der Bürgermeister die
neue Treppe an der Hafenmauer nur knapp: „Endlich sicher.“", "Geteilt wird das neue Studio künftig mit der Musikschule,
die dort Aufnahmen machen darf.", "Folgen für den Verkehr hat der neue Spielplatz kaum, sagt die Stadtverwaltung.",
"Commentando la riapertura, il sindaco ha ringraziato i volontari del mulino.", "Condivisa con la scuola media, la nuova
aula all'aperto sarà pronta a marzo.", "Seguito da decine di bambini, il bibliobus ha fatto l'ultimo giro del paese.",
"Udostępniony mieszkańcom plac zabaw ma też ławki dla rodziców.", "Komentując remont, burmistrz przyznał, że schody na
nabrzeżu czekały na to od lat.", "Подписчики районной радиостанции собрали деньги на новый микшерный пульт." and
"Поделиться урожаем со школьной столовой ученики решили ещё весной." are article sentences: each reports what a harbour
master, a radio station, library users, parents, a millwright's family, a council, volunteers, a mayor, two schools,
hamlet dwellers, a burgomaster, a music school, a town hall, a mayor, a school, children, residents, a mayor, a
station's listeners or pupils wrote, decided, did, paid, own, will sell, needed, recalled, will share, organised, said,
may use, expect, thanked, will get, followed, got, admitted, collected or chose, with the noise-like word as an ordinary
noun, verb or participle of the sentence ("Comments from the harbour master" are remarks read out at a meeting, not a
comment thread; "Sharing the new studio" is two stations splitting a room, not a share row; "Followers of the old mobile
library route" are its readers, not a follow prompt; "Subscriptions from parents" are money for trees, not a paywall;
"Copyright in the windmill's original drawings" is a family's right, not a copyright line; "Advertising space on the new
fence" is a council's plan, not an ad label; "Reading glasses" are what volunteers packed, not a reading time; the
French "Commentant", "Partagé" and "Abonnés", the German "Kommentiert", "Geteilt" and "Folgen", the Italian
"Commentando", "Condivisa" and "Seguito", the Polish "Udostępniony" and "Komentując" and the Russian "Подписчики" and
"Поделиться" are a mayor commenting, an orchard shared between schools, long-time users of a mobile library, a terse
remark, a studio shared with a music school, consequences for traffic, a mayor commenting, a classroom shared with a
school, a van followed by children, a playground made available, a mayor commenting, a radio's listeners and pupils
sharing a harvest; none of them is comment, share, follow, subscribe, copyright, ad or reading-time furniture).
Categories: the Bluesky, Infogram, Audioboom, Ausha, Komoot, Spreaker, Facebook and Yandex Music lines are markers
(embeds that could not be retrieved, are still loading, expired, could not be loaded, are not shown, are not playable,
should appear or need a subscription); the approximately-four-minutes header, the twenty-minutes-and-a-biscuit warning
and the French, German, Italian, Polish and Russian lines are reading times; the written-by-and-fact-checked-by,
compiled-by, propos-recueillis and servizio lines are bylines at the head (the compiled-by line names who put the piece
together), and the Ko-fi, contact-form, OLX and Ozon lines are bylines (self-promotion) at the foot (the German one
offers the blogger's own painted signs to order, so it is a plug, not a contact footer); the Neocities, CIC, GitHub
Pages, OVHcloud, Contao, court-registration, accessibility-declaration and mass-media-registration lines are footers
(the Italian and Russian registration lines are the standing legal foot of a news site, not a notice about one story);
the leave-a-reply heading, the be-the-first prompt, the like-count row, the nickname note, the released-on-workdays
note, the log-in prompts and the Polish action row are comment furniture; the English, German and Italian rows are share
rows (the German one sends the article by Messenger, copies its link and prints it, as share rows do); the French update
note and the Polish part-funded note are notices in the body (both speak of the story they sit in), and the Russian
support note is a notice at the foot (a line about how the story was made, neither a site footer nor a byline: it names
no author). On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads,
subscribe-and-sign-in rows, blog names, menus, breadcrumbs, bylines, published and posted-on lines, reading times,
skip-to-the-steps links, share rows, photo captions and credits, ad labels, sponsored headlines, report-this-ad links,
read-more links, affiliate links, Pinterest and save prompts, newsletter, Telegram and follow prompts, topics, tags and
category lines, comment counts, comments and replies, previous-post links, links rows, copyright lines and platform
credits) is noise. The list rows (how the refit was paid for, the seven-step pattern's first steps, what the pupils
learnt, the brine, what replaces the mobile library, the three colour runs, what the new playground has, the work on the
hull, what was done at the steps, what seedlings need, what the new studio has and what the toy duck is made of) are
short, some without a verb, but part of each article, so article; the captions describe photos, so noise, though they
speak of the story's subject; the portals' credits name a trust or the reporter and are still credits; the English
portal's sponsored headline "Sponsored: Compare boiler cover from local installers" is an ad, while its row "A sponsored
walk round the fen raised the last £4,200." is article (a fundraising walk).

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-mardlecombe-windmill (new sails turning on the town's tower mill for the first time since 1998),
en-blog-pegsandstrands-caning (a bedroom chair re-caned in the seven-step pattern), fr-portail-montcharvey-verger
(thirty fruit trees planted in a primary school's yard), fr-blog-bocaldenadege-pickles (first cauliflower and carrot
pickles in cider vinegar), de-portal-kolbenried-buecherbus (the town library's mobile van retired after 31 years),
de-blog-druckstockundwalze-fuchs (a first three-colour reduction linocut of a fox in the snow),
it-portale-castelvarzo-parcogiochi (half of a car park turned into a playground), it-blog-pagaiaevernice-canoa (a
wood-and-canvas canoe's hull restored), pl-portal-zatoczyn-schody (the harbour wall's stone steps reopened after
repair), pl-blog-kolczastyparapet-astrofity (a first year of Astrophytum cacti grown from seed),
ru-portal-klyuchevsk-radio (a community radio station moved into a new studio) and ru-blog-masterskayaprokhora-utochka
(a birch pull-along duck made for a grandson), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 1756aba5906e1d706de60e57b7ef57ade27613d9, measured with ``cd /tmp/wt-s158 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s158/src python -m pytest -q tests/test_clean_held_out_158.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s158 && PYTHONPATH=/tmp/wt-s158/src python
scripts/clean_held_out_report.py --sets 158``, with the xfail tables empty): noise lines removed 35/45 (marker 4/8,
reading-time 7/7, byline 4/8, footer 8/8, comments 6/8, share 3/3, notice 3/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Bluesky and Audioboom placeholders, the
Italian Spreaker and the Russian Yandex Music placeholders), one byline at the head (the English compiled-by line),
three plugs at the foot (the English Ko-fi plaques plug, the German painted-signs plug and the Polish OLX soaps plug)
and two comment lines at the foot (the French nickname note and the German write-a-comment note); the English Infogram,
French Ausha, German Komoot and Polish Facebook markers, every reading time, the English written-by and the French and
Italian head bylines, the Russian Ozon plug, every footer, the six other comment lines, every share row and every notice
went); keep lines kept 20/20; pages 3/12 clean (the English, German and Italian portals), 22 of 240 page noise lines
left and 0 of 120 article lines lost. Left on the pages: on every blog the photo caption alone between the second
paragraph and the quote and the affiliate link after the quote (2 each), on the German linocut blog also the
WordPress-style ad label "Werbeanzeigen" (3); on the French portal the ad label "Espace annonceur" before the quote (1);
on the Polish and Russian portals the four comment and reply lines of the thread at the foot under its count (4 each).
Lost: nothing, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s158 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 109 (developed on sets 155 and 156 beside this set's writing from the same base, 1756aba, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 2b343c4): nothing moved.
Round 109's changes (a paragraph over the tags line beside a tip-off prompt, the writer's self-introduction in the last
paragraph's place, a breaking-news ticker in the page's first block above the title, the writer's sale as the last line
of the last paragraphs' block) met none of this set's missed lines or pages.

Round 110 (development; this set was read in full from this round on): five mechanisms, each with near misses in six
languages (tests/test_clean.py test_round_110_*). (1) Comment threads of one-line rows "name · relative time: text",
replies marked "↳": comment_threads._stamped_comment also splits the stamp's piece at its first colon followed by a
space (_STAMP_THEN_COLON; a time of day's "20:14" is no such colon), the name and the stamp still checked as before,
so an arrowed such reply is a thread marker and the thread is found under its count: set 158's Polish and Russian
portals' four comment and reply lines go (the English, French, German and Italian portals' went already as the page
tail); an article's dotted row with a date and a colon stays. (2) A line carrying an affiliate mark in brackets, at
its end or right before the colon of a product's name (clean._BRACKETED_AFFILIATE, read in _is_affiliate_link_line;
the product after the colon no sentence): set 158's six blogs' affiliate links go, and set 155's Italian, Polish and
Russian bracketed links; articles' sentences about affiliate schemes stay. (3) The writer's shop plug with no full
stop (clean._is_shop_plug: a named platform, the writer's shop, list or storefront with the reader told to find or
buy, or the writer selling on the platform in the present; "self-promotion"), and
page_blocks._give_back_first_list_row no longer gives such a plug back as the first row of the list under its
subheading: set 157's five blogs' plugs go. Purchases told in the story, closed sentences, shops not the writer's and
a bare "My Etsy shop" stay. (4) The advertiser's slot label alone
("Espace annonceur", "Werbeanzeigen"), added to whole_line_noise's partner-label alternatives: set 158's French portal
is clean, its German blog loses the label. (5) The comment form's note that the commenter's name or nickname is shown
publicly, beside the comment or to the readers (clean._NAME_SHOWN_NOTE with _NAME_SHOWN_WHERE, "comment form"): set
157's German and Polish and set 158's French line xfails were removed; a name shown on a donors' wall stays.
Other sets: set 155's page noise left 24 -> 21 (its bracketed affiliate links), set 93's 13 -> 12; no xfail of
another set moved. All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed 6140/6781 ->
6143/6781, article lines kept 3007/3007 -> 3007/3007, pages clean 1080/1774 -> 1083/1774, page noise lines left 1530
-> 1505 of 37200, paragraphs lost 2 -> 2. SemEval: scripts/semeval_noise_diff.py diff printed 0 changed files of
3723. Bench: benchmarks/bench_clean.py ratio_to_baseline 1.03 (cpu best 2.450 s against 2.374 s at
63863e3). Pytest (the cleaning test set): 20265 passed, 1359 xfailed, no XPASS, in 530 s (the bench ran
before the give-back of (3); its four page tests, added after, pass with the other round-110 tests: 52 passed).
This set before -> after: noise lines removed 35/45 -> 36/45 (marker 4/8, reading-time 7/7, byline 4/8, footer 8/8,
comments 6/8 -> 7/8, share 3/3, notice 3/3), keep lines 20/20 -> 20/20, pages clean 3/12 -> 6/12, page noise lines
left 22 -> 6 of 240, article lines lost 0 -> 0. Removed page xfails: pl-portal-zatoczyn-schody,
ru-portal-klyuchevsk-radio, fr-portail-montcharvey-verger; reworded: the six blogs (the affiliate link goes; the
German one's ad label too). Still missed: the 9 lines of _LINE_XFAIL and the six blogs' photo captions.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_158_LINES: list[tuple[str, str, str]] = [
    ('body', 'The Bluesky post embedded here could not be retrieved. It may have been deleted by its author.',
     'marker'),
    ('body', 'Loading Infogram chart… If nothing appears, your browser may be blocking scripts.', 'marker'),
    ('body', 'Audioboom player: this clip has expired and is no longer available.', 'marker'),
    ('body', "Le lecteur Ausha n'a pas pu être chargé. Écoutez l'épisode sur votre plateforme habituelle.", 'marker'),
    ('body', 'Eine Tour von Komoot kann hier nicht angezeigt werden – externe Inhalte sind deaktiviert.', 'marker'),
    ('body', 'Il podcast di Spreaker non è al momento riproducibile.', 'marker'),
    ('body', 'Tu powinien wyświetlić się wpis z Facebooka. Odśwież stronę, jeśli go nie widzisz.', 'marker'),
    ('body', 'Аудиозапись из Яндекс Музыки недоступна без подписки.', 'marker'),
    ('head', '≈ 4 minutes of reading', 'reading-time'),
    ('head', "Long one, sorry – you'll want twenty minutes and a biscuit for this post.", 'reading-time'),
    ('head', 'Il vous faudra 4 minutes pour lire cet article', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten', 'reading-time'),
    ('head', 'Si legge in 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'На чтение уйдёт около 4 минут', 'reading-time'),
    ('head', 'Written by Ottoline Crabbersley and fact-checked by Hamish Yelverpool', 'byline'),
    ('head', 'Compiled by Fenwick Gollanby from reader submissions', 'byline'),
    ('head', 'Propos recueillis par Solène Grabuchard', 'byline'),
    ('head', 'Servizio di Ottavia Tramezzoli', 'byline'),
    ('tail', 'Custom house-number plaques are open for orders again in my Ko-fi shop.', 'byline'),
    ('tail', 'Bestellungen für bemalte Holzschilder nehme ich gern über mein Kontaktformular an.', 'byline'),
    ('tail', 'Własnoręcznie robione mydła kupisz na moim profilu na OLX.', 'byline'),
    ('tail', 'Схемы вышивки из этого поста можно купить в моём магазине на Ozon.', 'byline'),
    ('tail', 'Site hosted on Neocities · Webring: ← previous | random | next →', 'footer'),
    ('tail', '© 2026 Harbourside Community Media CIC. Registered in England and Wales, no. 13572904.', 'footer'),
    ('tail', 'Hosted on GitHub Pages · Made with Jekyll and the Minima theme', 'footer'),
    ('tail', 'Hébergé par OVHcloud · Plan du site · Accessibilité : partiellement conforme', 'footer'),
    ('tail', 'Erstellt mit Contao · Barrierefreiheitserklärung · Impressum', 'footer'),
    ('tail', 'Testata giornalistica registrata presso il Tribunale di Cremona, n. 4/2019', 'footer'),
    ('tail', 'Deklaracja dostępności · Klauzula RODO · Kontakt z redakcją', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Leave a Reply Cancel reply', 'comments'),
    ('tail', 'Be the first to comment on this story – it only takes a minute.', 'comments'),
    ('tail', '12 people liked this comment · Reply · Report', 'comments'),
    ('tail', 'Votre pseudo sera affiché publiquement à côté de votre commentaire.', 'comments'),
    ('tail', 'Kommentar schreiben – die Redaktion schaltet Beiträge werktags frei.', 'comments'),
    ('tail', 'Accedi con Facebook o Google per lasciare un commento', 'comments'),
    ('tail', 'Odpowiedz · Zgłoś · Lubię to (7)', 'comments'),
    ('tail', 'Войдите через VK ID, чтобы оставить комментарий.', 'comments'),
    ('tail', 'Like this? Send it to a friend: WhatsApp · Bluesky · Copy link', 'share'),
    ('tail', 'Beitrag per Messenger verschicken · Link kopieren · Drucken', 'share'),
    ('tail', 'Passa parola: Telegram · Bluesky · Stampa', 'share'),
    ('body', "Cet article a été mis à jour le 5 décembre à 18 h 40 pour corriger le nom de l'association.", 'notice'),
    ('body', 'Tekst powstał w ramach projektu dofinansowanego ze środków gminy.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке администрации района.', 'notice'),
]

HELD_OUT_158_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the harbour master were read out at the start of the meeting, and most of them '
             'concerned the tides.'),
    ('head', "Sharing the new studio with the hospital radio team was the station's own idea, the chairman said."),
    ('head', 'Followers of the old mobile library route turned out on Saturday to wave the van off for the last time.'),
    ('body', 'Subscriptions from parents paid for the twelve apple trees, the head teacher said.'),
    ('body', "Copyright in the windmill's original drawings still belongs to the millwright's family, the trust said."),
    ('tail', 'Advertising space on the new fence around the playground will be sold to local businesses.'),
    ('tail', 'Reading glasses, a flask and a tide table were all the volunteers needed on the first morning.'),
    ('head', 'Commentant la décision, le maire a rappelé que le parking ne servait presque plus le dimanche.'),
    ('body', "Partagé entre deux écoles, le verger comptera trente pommiers d'ici le printemps."),
    ('tail', "Abonnés depuis vingt ans au bibliobus, les habitants du hameau ont organisé un pot d'adieu."),
    ('head', 'Kommentiert hat der Bürgermeister die neue Treppe an der Hafenmauer nur knapp: „Endlich sicher.“'),
    ('body', 'Geteilt wird das neue Studio künftig mit der Musikschule, die dort Aufnahmen machen darf.'),
    ('tail', 'Folgen für den Verkehr hat der neue Spielplatz kaum, sagt die Stadtverwaltung.'),
    ('head', 'Commentando la riapertura, il sindaco ha ringraziato i volontari del mulino.'),
    ('tail', "Condivisa con la scuola media, la nuova aula all'aperto sarà pronta a marzo."),
    ('tail', "Seguito da decine di bambini, il bibliobus ha fatto l'ultimo giro del paese."),
    ('head', 'Udostępniony mieszkańcom plac zabaw ma też ławki dla rodziców.'),
    ('tail', 'Komentując remont, burmistrz przyznał, że schody na nabrzeżu czekały na to od lat.'),
    ('body', 'Подписчики районной радиостанции собрали деньги на новый микшерный пульт.'),
    ('tail', 'Поделиться урожаем со школьной столовой ученики решили ещё весной.'),
]

HELD_OUT_158_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-mardlecombe-windmill', [
        ['-The Mardlecombe Gazette',
         '-Subscribe from £1 a week · Sign in'],
        ['-Home › News › Mardlecombe & villages',
         "+New sails turn on Mardlecombe's tower mill for the first time since 1998",
         '-By Imelda Crowstrapp | Saturday 5 December 2026, 6:00 pm'],
        ['-3 minute read',
         '-Share: Facebook · WhatsApp · Email'],
        ['+The four new sails were lifted onto the cap of Gorse Lane Mill on Thursday, ending a refit that took the '
         'trust almost three years.',
         '-The first of the new sails is lifted into place by crane.',
         '-Photo: Mardlecombe Mill Trust',
         "+Each sail is made of larch and Douglas fir, and the shutters were built in the trust's own workshop by "
         'eleven volunteers.'],
        ['-Story continues below advertisement',
         '-Sponsored: Compare boiler cover from local installers'],
        ['+Millwright Dunstan Quarlebrook, who led the work, said the mill was now "ready to grind flour again, if '
         'the wind is kind to us".'],
        ['+How the refit was paid for',
         '+A heritage grant covered two thirds of the cost.',
         '-Read more: Village hall clock chimes again after restoration',
         '+Local firms donated the timber and the crane hire.',
         '+A sponsored walk round the fen raised the last £4,200.'],
        ['+The mill will open to visitors on the first Sunday of each month from March, when the trust hopes to '
         'sell its first bags of stoneground flour.'],
        ["-Get the Gazette's free morning briefing in your inbox – sign up here"],
        ['+Volunteers are still needed to run the mill shop and to guide tours up the five floors of the tower.',
         '-Topics: Heritage · Mardlecombe · Volunteering'],
        ['-4 comments',
         '-fenland_pete · 2h ago: Saw it turning from the bypass this morning, lovely sight.',
         '-↳ GorseLaneGran · 1h ago: My grandad worked that mill. He would have been thrilled.',
         "-MillwrightsMate · 45m ago: Well done Dunstan and the team, that's years of weekends.",
         "-↳ Gazette newsdesk · 30m ago: Thanks for all the kind words – we'll be there for the first milling day "
         'too.'],
        ['-About us · Contact · Advertise · Corrections',
         '-© 2026 Fenland Valley News Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-pegsandstrands-caning', [
        ['-Pegs and Strands',
         '-Home · Projects · Supplies · About me'],
        ['+Re-caning a bedroom chair with the seven-step pattern'],
        ['-Posted on 5 December 2026 by Hattie Brumwell',
         '-About a 7 minute read',
         '-Skip to the weaving steps'],
        ['+The chair came from a house clearance in October with its seat gone entirely and only a ring of broken '
         'holes left in the frame.',
         '+I soaked a hank of medium cane for twenty minutes and cut a bundle of pegs from an old dowel before '
         'starting.',
         '-Save this for later on Pinterest'],
        ['-The frame after I cleared the old holes with an awl.'],
        ['+My teacher\'s advice still rings true: "Keep the cane wet and the shiny side up, and the chair will '
         'forgive you almost anything."',
         '-The cane I use (affiliate link): Hank of medium chair cane, 500 g'],
        ['-Advertisements',
         '-Report this ad'],
        ['+The first four steps',
         '+Two vertical passes, front to back.',
         '+Two horizontal passes laid over them.',
         '+A second vertical pass woven through.'],
        ['+The diagonals took a whole evening each, and I had to redo six holes near the back rail where the weave '
         'went loose.',
         '+Once the beading cane was couched round the edge, the seat felt as firm as a drum.'],
        ['-Follow along on Instagram for works in progress',
         '-Share this: Pinterest · Facebook · Email',
         '-Tags: chair caning, seven-step, restoration'],
        ['-6 thoughts on this post',
         '-Marguerite W. – 5 December 2026 at 21:14: Beautiful work. How long did the diagonals take you?',
         '-↳ Hattie: Two evenings, Marguerite, and a lot of tea!',
         '-oldchairbodger – 6 December 2026 at 08:02: Did you use a caning needle for the last pass or just your '
         'fingers?',
         '-↳ Hattie: Just fingers and a golf tee, honestly.'],
        ['-← Previous: Rush seating a footstool',
         '-Blog at WordPress.com.'],
    ]),
    _page('fr', 'fr-portail-montcharvey-verger', [
        ["-L'Écho de Montcharvey",
         "-S'abonner · Se connecter"],
        ['-Accueil > Montcharvey > Éducation',
         "+Un verger de trente arbres planté dans la cour de l'école Jules-Ferry",
         '-Par Ludivine Marchepoix | Publié le 5 décembre 2026 à 17 h 12'],
        ['-3 minutes de lecture',
         '-Partager : Facebook · X · Courriel'],
        ['+Les élèves de CM1 et de CM2 ont planté jeudi matin trente pommiers, poiriers et pruniers au fond de la '
         "cour de l'école Jules-Ferry.",
         "-Les élèves tassent la terre au pied d'un jeune poirier.",
         '-Photo : Ludivine Marchepoix',
         "+Le projet, préparé depuis la rentrée, a été financé par la commune et par l'association des parents "
         "d'élèves."],
        ['-Espace annonceur',
         '-Contenu sponsorisé : Les meilleures offres de panneaux solaires dans votre région'],
        ["+« Dans cinq ans, les enfants cueilleront leurs propres fruits pour la cantine », s'est réjouie la "
         'directrice, Armelle Pouchardin.'],
        ['+Ce que les élèves ont appris',
         '+Creuser un trou deux fois plus large que la motte.',
         '-À lire aussi : La cantine passe au bio trois jours par semaine',
         '+Poser un tuteur avant de reboucher.',
         '+Arroser même quand il pleut.'],
        ['+Un arboriculteur de la commune viendra tailler les arbres chaque hiver, et les classes tiendront un '
         'carnet de croissance.'],
        ["-Recevez chaque matin notre newsletter gratuite : je m'inscris"],
        ["+La commune envisage déjà de planter des haies le long du city-stade l'an prochain.",
         '-Mots-clés : Montcharvey · école · environnement'],
        ['-3 commentaires',
         '-Papi_Gaston · il y a 2 h : Bravo aux enfants, et aux parents qui ont porté les arbres !',
         "-↳ MamanDeLilou · il y a 1 h : Ma fille n'a parlé que de ça au dîner.",
         '-Riverain38 · il y a 40 min : Espérons que les arbres résistent au ballon de la récré.',
         '-↳ La rédaction · il y a 20 min : Nous reviendrons voir le verger au printemps !'],
        ['-Mentions légales · Nous contacter · Annonceurs',
         '-© 2026 Éditions Montcharvoises – Tous droits réservés'],
    ]),
    _page('fr', 'fr-blog-bocaldenadege-pickles', [
        ['-Le Bocal de Nadège',
         '-Accueil · Recettes · Conserves · Contact'],
        ['+Mes premiers pickles de chou-fleur et de carottes au vinaigre de cidre'],
        ['-Publié le 4 décembre 2026 par Nadège',
         '-Temps de lecture : 5 min',
         '-Aller directement à la recette'],
        ["+Le marché du samedi débordait de chou-fleur, alors j'en ai rapporté deux et un kilo de carottes des "
         'sables.',
         "+J'ai tout coupé en petits bouquets et en bâtonnets, puis laissé dégorger une nuit au sel fin.",
         '-Épinglez cette recette sur Pinterest'],
        ['-Les bocaux stérilisés qui sèchent sur un torchon.'],
        ['+Ma grand-mère disait toujours : « Un bon vinaigre, un bocal propre, et surtout de la patience. »',
         '-Mes bocaux préférés (lien affilié) : Le Parfait Super, 1 litre, lot de 6'],
        ['-Publicités',
         '-Signaler cette publicité'],
        ['+La saumure, pour deux bocaux',
         '+Cinquante centilitres de vinaigre de cidre.',
         "+Autant d'eau et deux cuillères de sucre.",
         '+Graines de moutarde, laurier et poivre.'],
        ['+Après trois semaines au frais, les carottes sont restées croquantes mais le chou-fleur a un peu ramolli.',
         '+La prochaine fois, je blanchirai le chou-fleur trente secondes avant de le mettre en bocal.'],
        ['-Suivez-moi sur Instagram pour les prochains bocaux',
         '-Partager : Facebook · Pinterest · WhatsApp',
         '-Catégories : Conserves, Légumes'],
        ['-4 commentaires',
         '-Sylvie_du_Perche · 4 décembre 2026 à 20 h 11 : Miam ! Tu les gardes combien de temps ?',
         '-↳ Nadège : Au moins trois mois au frigo, Sylvie.',
         '-JeanMi_conserves · 5 décembre 2026 à 9 h 30 : Essaie avec du curcuma, ça colore joliment.',
         '-↳ Nadège : Merci, je note pour le prochain lot !'],
        ['-← Article précédent : Confiture de coings',
         '-Propulsé par WordPress · Thème Kadence'],
    ]),
    _page('de', 'de-portal-kolbenried-buecherbus', [
        ['-Kolbenrieder Tagblatt',
         '-Abo ab 9,90 € · Anmelden'],
        ['-Startseite › Lokales › Kolbenried',
         '+Nach 31 Jahren: Der Bücherbus geht in den Ruhestand',
         '-Von Gerlinde Kürbisfeldt | 05.12.2026, 16:45 Uhr'],
        ['-Lesezeit: 3 Minuten',
         '-Teilen: WhatsApp · Facebook · E-Mail'],
        ['+Zum letzten Mal hielt der Bücherbus der Stadtbücherei am Freitag auf dem Marktplatz, wo ihn rund hundert '
         'Leserinnen und Leser verabschiedeten.',
         '-Fahrerin Ilse Trommelsberger an ihrer letzten Haltestelle.',
         '-Foto: Gerlinde Kürbisfeldt',
         '+Das Fahrzeug aus dem Jahr 1995 hatte zuletzt immer öfter in der Werkstatt gestanden, Ersatzteile gibt es '
         'kaum noch.'],
        ['-Werbung',
         '-Gesponsert: Jetzt Heizkosten vergleichen und sparen'],
        ['+„Für viele Dörfer war der Bus die einzige Bücherei, die sie hatten“, sagte Büchereileiterin Margit '
         'Fenchelhuber.'],
        ['+Was nun an die Stelle des Busses tritt',
         '+Eine Ausleihstation im Rathaus von Oberkolbenried.',
         '-Lesen Sie auch: Neue Öffnungszeiten im Hallenbad',
         '+Ein Bringdienst für Menschen, die nicht mobil sind.',
         '+Bücherkisten für Kindergärten und Schulen.'],
        ['+Der alte Bus geht an einen Verein, der ihn als rollende Leseecke auf Festen einsetzen will.'],
        ['-Der Kolbenried-Newsletter: jeden Morgen kostenlos ins Postfach'],
        ['+Die letzte Fahrt endete mit Kaffee und Kuchen im Hof der Bücherei, die Fahrerin bekam einen Blumenstrauß.',
         '-Schlagworte: Kolbenried · Bücherei · Kultur'],
        ['-5 Kommentare',
         '-Leseratte_KR · vor 2 Std.: Ich habe als Kind jeden Dienstag auf diesen Bus gewartet.',
         '-↳ Opa_Hermann · vor 1 Std.: Ich auch, und später meine Enkel.',
         '-Dorfkind_77 · vor 50 Min.: Schade, aber der Bringdienst ist eine gute Idee.',
         '-↳ Leseratte_KR · vor 30 Min.: Stimmt, meine Mutter nutzt ihn schon.'],
        ['-Impressum · Datenschutz · AGB · Kontakt',
         '-© 2026 Kolbenrieder Verlagsgesellschaft mbH'],
    ]),
    _page('de', 'de-blog-druckstockundwalze-fuchs', [
        ['-Druckstock & Walze',
         '-Start · Drucke · Werkzeug · Über mich'],
        ['+Mein erster Mehrfarbendruck mit der verlorenen Platte'],
        ['-Veröffentlicht am 3. Dezember 2026 von Friedlinde',
         '-Lesedauer: 6 Minuten',
         '-Direkt zur Anleitung springen'],
        ['+Für den Winterdruck wollte ich einen Fuchs im Schnee schneiden, in drei Farben von einer einzigen Platte.',
         '+Bei der verlorenen Platte schneidet man nach jedem Farbdurchgang weiter, es gibt also kein Zurück.',
         '-Auf Pinterest merken'],
        ['-Die Platte nach dem zweiten Schnitt, noch mit Resten der ockerfarbenen Farbe.'],
        ['+Mein Kursleiter hat mir eingeschärft: „Schneide immer vom Körper weg und denk drei Farben voraus.“',
         '-Meine Hohleisen (Affiliate-Link): Pfeil Linolschnittmesser, 6er-Set'],
        ['-Werbeanzeigen',
         '-Melde diese Anzeige'],
        ['+Die drei Durchgänge',
         '+Ocker für den Himmel und das Fell.',
         '+Rostrot für die Schattenseite.',
         '+Dunkelbraun für die Umrisse.'],
        ['+Von zwölf Blättern sind am Ende sieben brauchbar geworden, weil das Passer beim dritten Druck verrutscht '
         'ist.',
         '+Nächstes Mal baue ich mir vorher einen Anschlag aus Pappe, damit jedes Blatt an derselben Stelle liegt.'],
        ['-Folge mir auf Instagram für Einblicke in die Werkstatt',
         '-Teilen: Pinterest · Facebook · WhatsApp',
         '-Kategorie: Linolschnitt'],
        ['-3 Kommentare',
         '-Malwine_druckt · 3. Dezember 2026 um 21:05: Der Fuchs ist wunderschön geworden!',
         '-↳ Friedlinde: Danke dir, die Hälfte der Blätter liegt trotzdem im Altpapier.',
         '-Hannes_Holzschnitt · 4. Dezember 2026 um 08:40: Welche Farbe nimmst du, wasserbasiert oder Öl?',
         '-↳ Friedlinde: Ölbasiert, die deckt bei den dunklen Tönen besser.'],
        ['-← Vorheriger Beitrag: Stempel aus Radiergummi',
         '-Erstellt mit WordPress · Theme: Astra'],
    ]),
    _page('it', 'it-portale-castelvarzo-parcogiochi', [
        ['-La Voce di Castelvarzo',
         '-Abbonati · Accedi'],
        ['-Home > Cronaca > Castelvarzo',
         '+Il parcheggio di via Roma diventa un parco giochi',
         '-Di Loredana Brusacorni | 5 dicembre 2026, ore 17:30'],
        ['-Lettura: 3 minuti',
         '-Condividi: Facebook · WhatsApp · Email'],
        ["+Dove fino all'estate sostavano trenta automobili, da sabato ci sono altalene, uno scivolo e una piccola "
         'pista per le biciclette.',
         "-Il nuovo parco giochi di via Roma il giorno dell'inaugurazione.",
         '-Foto: Loredana Brusacorni',
         "+Il comune ha tolto l'asfalto da metà del parcheggio e ha piantato dodici tigli lungo il perimetro."],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: Le offerte sui climatizzatori di questa settimana'],
        ['+«I bambini del centro non avevano un posto dove giocare a meno di un chilometro», ha spiegato '
         "l'assessora Benedetta Fumagrilli."],
        ["+Cosa c'è nel nuovo parco",
         '+Due altalene e uno scivolo per i più piccoli.',
         '-Leggi anche: Riapre la biblioteca dopo i lavori al tetto',
         '+Una pista per imparare ad andare in bicicletta.',
         "+Panchine all'ombra per i genitori e i nonni."],
        ['+Le venti auto che restano potranno usare il nuovo parcheggio dietro la stazione, a cinque minuti a piedi.'],
        ['-Iscriviti alla newsletter della Voce: le notizie del giorno ogni mattina'],
        ['+I lavori sono costati 180 mila euro, in parte coperti da un bando regionale per le aree urbane.',
         '-Argomenti: Castelvarzo · bambini · urbanistica'],
        ['-4 commenti',
         '-Mamma_di_Pietro · 2 ore fa: Finalmente! Ci andremo già domani pomeriggio.',
         '-↳ Gigi_del_bar · 1 ora fa: E i posti auto per chi lavora in centro?',
         '-Nonno_Tullio · 40 minuti fa: I tigli saranno bellissimi tra qualche anno.',
         "-↳ Mamma_di_Pietro · 20 minuti fa: Gigi, c'è il parcheggio della stazione!"],
        ['-Chi siamo · Contatti · Privacy · Cookie policy',
         '-© 2026 Edizioni Varzesi Srl – P.IVA 01234567890'],
    ]),
    _page('it', 'it-blog-pagaiaevernice-canoa', [
        ['-Pagaia e Vernice',
         '-Home · Restauri · Uscite · Chi sono'],
        ['+Come ho rifatto lo scafo della mia canadese in legno e tela'],
        ['-Pubblicato il 2 dicembre 2026 da Tiberio',
         '-Tempo di lettura: 6 minuti',
         '-Vai direttamente ai passaggi'],
        ["+La canoa l'ho trovata in un fienile vicino al lago, con la tela strappata e tre costole spezzate.",
         '+Prima di tutto ho tolto la vecchia tela e lasciato asciugare il legno per un mese in garage.',
         '-Salva su Pinterest'],
        ['-Lo scafo capovolto sui cavalletti, senza tela.'],
        ['+Un vecchio costruttore del lago mi ha detto: «Il cedro perdona, ma la fretta no.»',
         '-La tela che ho usato (link affiliato): Tela di cotone per canoe, 6 metri'],
        ['-Annunci pubblicitari',
         '-Segnala questo annuncio'],
        ['+I lavori sullo scafo',
         '+Tre costole nuove in cedro bianco.',
         '+Tela di cotone tesa e inchiodata.',
         '+Quattro mani di vernice marina.'],
        ['+Il primo varo, a fine novembre, è andato bene: nessuna infiltrazione dopo due ore in acqua.',
         '+In primavera voglio rifare anche i sedili in canna, che adesso sono solo tavolette.'],
        ['-Seguimi su Instagram per le prossime uscite in canoa',
         '-Condividi: Facebook · Pinterest · WhatsApp',
         '-Categoria: Restauri'],
        ['-5 commenti',
         '-Remo_lento · 2 dicembre 2026 alle 19:22: Che lavoro! Quanto pesa adesso?',
         '-↳ Tiberio: Circa trenta chili, Remo, più o meno come prima.',
         '-Chiara_sul_Lago · 3 dicembre 2026 alle 10:05: Dove hai trovato il cedro bianco?',
         '-↳ Tiberio: Da un falegname navale vicino a Como.'],
        ["-← Articolo precedente: Una pagaia nuova da un'asse di frassino",
         '-Creato con Blogger'],
    ]),
    _page('pl', 'pl-portal-zatoczyn-schody', [
        ['-Kurier Zatoczyński',
         '-Prenumerata · Zaloguj się'],
        ['-Strona główna › Wiadomości › Zatoczyn',
         '+Schody przy nabrzeżu znów bezpieczne',
         '-Autor: Bożydar Kraboszewski | 5 grudnia 2026, 16:20'],
        ['-Czas czytania: 3 min',
         '-Udostępnij: Facebook · Messenger · E-mail'],
        ['+Po czterech miesiącach remontu otwarto w piątek kamienne schody przy starym falochronie w Zatoczynie.',
         '-Odnowione schody przy nabrzeżu podczas odbioru.',
         '-Fot. Bożydar Kraboszewski',
         '+Zimowe sztormy wypłukały zaprawę i dwa stopnie groziły zawaleniem, dlatego zejście zamknięto w maju.'],
        ['-Reklama',
         '-Artykuł sponsorowany: Okna na zimę – sprawdź promocje'],
        ['+„Stopnie zostały ułożone z tego samego granitu, tylko na nowej zaprawie”, wyjaśnił kierownik budowy '
         'Zenon Żabiczewski.'],
        ['+Co zrobiono przy schodach',
         '+Wymieniono dwa pęknięte stopnie.',
         '-Czytaj także: Nowe latarnie na bulwarze',
         '+Zamontowano stalową poręcz.',
         '+Uzupełniono spoiny całej ściany.'],
        ['+Remont kosztował 240 tysięcy złotych i został sfinansowany z budżetu miasta.'],
        ['-Zapisz się do newslettera Kuriera i otrzymuj wiadomości co rano'],
        ['+Wędkarze i rybacy mogą już znów schodzić do łodzi przycumowanych przy ścianie nabrzeża.',
         '-Tagi: Zatoczyn · port · inwestycje'],
        ['-4 komentarze',
         '-Rybak_Heniek · 2 godz. temu: Nareszcie, od maja chodziliśmy naokoło przez slip.',
         '-↳ Zatoczynianka · 1 godz. temu: A poręcz bardzo się przyda starszym osobom.',
         '-Marynarz_z_Portowej · 50 min temu: Ładnie zrobione, oby wytrzymało zimę.',
         '-↳ Rybak_Heniek · 30 min temu: Granit wytrzyma, gorzej z zaprawą.'],
        ['-O nas · Kontakt · Regulamin · Polityka prywatności',
         '-© 2026 Wydawnictwo Zatoka Sp. z o.o.'],
    ]),
    _page('pl', 'pl-blog-kolczastyparapet-astrofity', [
        ['-Kolczasty Parapet',
         '-Strona główna · Wysiewy · Gatunki · O mnie'],
        ['+Wysiew kaktusów z nasion – mój pierwszy rok z astrofitami'],
        ['-Opublikowano 1 grudnia 2026 przez Jadwigę',
         '-Czytanie zajmie ok. 5 minut',
         '-Przejdź do instrukcji'],
        ['+Nasiona astrofitów kupiłam w marcu od kolekcjonera z forum, trzydzieści sztuk w papierowej torebce.',
         '+Wysiałam je do płaskiej doniczki z piaskiem i pumeksem, przykrytej folią spożywczą.',
         '-Zapisz na Pintereście'],
        ['-Siewki po sześciu tygodniach, jeszcze bez cierni.'],
        ['+Starsza pani z klubu miłośników kaktusów powiedziała mi: „Najwięcej siewek zabija troskliwe podlewanie.”',
         '-Podłoże, którego używam (link afiliacyjny): Pumeks do kaktusów, 5 l'],
        ['-Reklamy',
         '-Zgłoś tę reklamę'],
        ['+Czego potrzebują siewki',
         '+Dużo światła, ale bez ostrego słońca.',
         '+Temperatury powyżej dwudziestu stopni.',
         '+Wietrzenia pod folią raz dziennie.'],
        ['+Z trzydziestu nasion wykiełkowało dwadzieścia dwa, a do grudnia przetrwało szesnaście siewek.',
         '+Na wiosnę przesadzę je pojedynczo do małych doniczek i zacznę powoli przyzwyczajać do słońca.'],
        ['-Obserwuj mnie na Instagramie, pokazuję tam postępy siewek',
         '-Udostępnij: Facebook · Pinterest · WhatsApp',
         '-Kategoria: Wysiewy'],
        ['-3 komentarze',
         '-Kaktusiara_z_Łodzi · 1 grudnia 2026 o 20:14: Piękne siewki! Jaką lampę masz nad nimi?',
         '-↳ Jadwiga: Zwykłą listwę LED, 12 godzin dziennie.',
         '-ogrodnik_Staszek · 2 grudnia 2026 o 07:55: Ja zawsze dodaję trochę węgla drzewnego do podłoża.',
         '-↳ Jadwiga: Dzięki, spróbuję przy następnym wysiewie.'],
        ['-← Poprzedni wpis: Zimowanie kaktusów na parapecie',
         '-Blog na WordPress.com.'],
    ]),
    _page('ru', 'ru-portal-klyuchevsk-radio', [
        ['-Ключевские вести',
         '-Подписаться · Войти'],
        ['-Главная › Новости › Культура',
         '+Городское радио «Волна-Ключ» переехало в новую студию',
         '-Автор: Аглая Тростинкина | 5 декабря 2026, 18:05'],
        ['-Время чтения: 3 минуты',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        ['+Общественная радиостанция «Волна-Ключ» начала вещание из новой студии на втором этаже бывшего Дома '
         'пионеров.',
         '-Ведущие в новой студии во время первого эфира.',
         '-Фото: Аглая Тростинкина',
         '+До этого станция двенадцать лет работала в подвале библиотеки, где зимой отключались пульты от сырости.'],
        ['-Реклама',
         '-Партнёрский материал: Пластиковые окна со скидкой до конца месяца'],
        ['+«Наконец-то нам не стыдно позвать гостей в эфир», — сказал главный редактор станции Фома Ковшеухов.'],
        ['+Что появилось в новой студии',
         '+Звукоизолированная комната для записи.',
         '-Читайте также: В парке открыли зимний каток',
         '+Новый микшерный пульт на двенадцать каналов.',
         '+Отдельная гостевая для интервью.'],
        ['+Ремонт помещения оплатила администрация города, а оборудование купили на пожертвования слушателей.'],
        ['-Подписывайтесь на наш Telegram-канал, чтобы не пропустить новости'],
        ['+В январе станция обещает запустить утреннюю программу для школьников с их собственными ведущими.',
         '-Теги: радио · культура · городская жизнь'],
        ['-4 комментария',
         '-Слушатель_с_Заречной · 2 часа назад: Слушаю вас каждое утро, поздравляю с переездом!',
         '-↳ Тамара_Ивановна · 1 час назад: А гостевая будет открыта для ветеранов?',
         '-Ключевчанин · 40 минут назад: Звук стал заметно лучше, спасибо.',
         '-↳ Слушатель_с_Заречной · 20 минут назад: Согласен, шипение пропало.'],
        ['-О редакции · Контакты · Рекламодателям',
         '-© 2026 ООО «Ключевской медиацентр». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-masterskayaprokhora-utochka', [
        ['-Деревянная мастерская Прохора',
         '-Главная · Игрушки · Инструменты · Обо мне'],
        ['+Каталка-уточка из берёзы: делаю первую игрушку для внука'],
        ['-Опубликовано 30 ноября 2026 автором Прохор',
         '-На прочтение: 7 минут',
         '-Перейти к чертежу'],
        ['+Внуку исполняется год, и я решил, что первая игрушка у него будет деревянная, на колёсах и на верёвочке.',
         '+Заготовку выпилил лобзиком из берёзового бруска толщиной три сантиметра.',
         '-Сохранить в Pinterest'],
        ['-Заготовка уточки после лобзика, ещё без шлифовки.'],
        ['+Отец всегда говорил мне: «Для детской игрушки главное — ни одного острого угла».',
         '-Лобзик, которым я пилю (партнёрская ссылка): Ручной лобзик по дереву'],
        ['-Рекламный блок',
         '-Пожаловаться на рекламу'],
        ['+Из чего собрана уточка',
         '+Корпус из берёзового бруска.',
         '+Четыре колеса на буковой оси.',
         '+Льняное масло вместо лака.'],
        ['+Колёса я выточил на маленьком токарном станке, а ось посадил на клей, чтобы её нельзя было вытащить.',
         '+Внук уже таскает уточку по всей квартире, и она громко стучит колёсами по полу.'],
        ['-Подписывайтесь на мой канал в Дзене',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '-Рубрика: Игрушки'],
        ['-3 комментария',
         '-Мастер_Савелий · 30 ноября 2026 в 21:40: Отличная уточка! Какой диаметр колёс?',
         '-↳ Прохор: Пять сантиметров, Савелий, чтобы не застревала на ковре.',
         '-Бабушка_Нина · 1 декабря 2026 в 09:12: Сделайте ещё лошадку-качалку, очень просим.',
         '-↳ Прохор: Лошадка в планах на весну!'],
        ['-← Предыдущая запись: Точим стамески',
         '-Сайт работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Il podcast di Spreaker non è al momento riproducibile.':
        "an Italian Spreaker podcast placeholder ('Il podcast di Spreaker non è al momento riproducibile.') is left "
        'in the body',
    'Аудиозапись из Яндекс Музыки недоступна без подписки.':
        "a Russian Yandex Music placeholder ('Аудиозапись из Яндекс Музыки недоступна без подписки.') is left in the "
        'body',
    'Compiled by Fenwick Gollanby from reader submissions':
        "an English compiled-by byline ('Compiled by Fenwick Gollanby from reader submissions') is left at the head",
    'Bestellungen für bemalte Holzschilder nehme ich gern über mein Kontaktformular an.':
        "a German painted-wooden-signs plug ('Bestellungen für bemalte Holzschilder nehme ich gern über mein "
        "Kontaktformular an.') is left at the foot",
    'Własnoręcznie robione mydła kupisz na moim profilu na OLX.':
        "a Polish OLX handmade-soaps plug ('Własnoręcznie robione mydła kupisz na moim profilu na OLX.') is left at "
        'the foot',
    'Kommentar schreiben – die Redaktion schaltet Beiträge werktags frei.':
        "a German write-a-comment note ('Kommentar schreiben – die Redaktion schaltet Beiträge werktags frei.') is "
        'left at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-pegsandstrands-caning':
        "the cane-weaving blog's chair post keeps the photo caption ('The frame after I cleared the old holes with "
        "an awl.') alone between the second paragraph and the quote (1 of 20 noise lines); the affiliate link goes; "
        'no article line is lost',
    'fr-blog-bocaldenadege-pickles':
        "the pickling blog's post keeps the photo caption ('Les bocaux stérilisés qui sèchent sur un torchon.') "
        "alone between the second paragraph and the quote (1 of 20 noise lines); the affiliate link goes; no "
        'article line is lost',
    'de-blog-druckstockundwalze-fuchs':
        "the linocut blog's fox post keeps the photo caption ('Die Platte nach dem zweiten Schnitt, noch mit Resten "
        "der ockerfarbenen Farbe.') alone between the second paragraph and the quote (1 of 20 noise lines); the affiliate link and the ad label "
        "go; no article line is lost",
    'it-blog-pagaiaevernice-canoa':
        "the canoe blog's hull post keeps the photo caption ('Lo scafo capovolto sui cavalletti, senza tela.') alone "
        "between the second paragraph and the quote (1 of 20 noise lines); the affiliate link goes; no article line "
        'is lost',
    'pl-blog-kolczastyparapet-astrofity':
        "the cactus blog's seedling post keeps the photo caption ('Siewki po sześciu tygodniach, jeszcze bez "
        "cierni.') alone between the second paragraph and the quote (1 of 20 noise lines); the affiliate link goes; "
        'no article line is lost',
    'ru-blog-masterskayaprokhora-utochka':
        "the wooden-toy blog's duck post keeps the photo caption ('Заготовка уточки после лобзика, ещё без "
        "шлифовки.') alone between the second paragraph and the quote (1 of 20 noise lines); the affiliate link "
        'goes; no article line is lost',
}


test_held_out_158_line, test_held_out_158_line_is_kept, test_held_out_158_page = held_out_tests(
    HELD_OUT_158_LINES, HELD_OUT_158_KEEP, HELD_OUT_158_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
