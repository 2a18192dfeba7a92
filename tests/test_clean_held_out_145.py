"""Held-out set 145: written blind, weighted toward the noise the cleaner exists for, in shapes set 144's docstring does
not name (nor the first paragraphs of sets 141, 142 and 143): scraper, embed and ad markers (an English private Vimeo
video "This Vimeo video is private. Only people the owner has shared it with can watch it.", an English Padlet board
that could not load "The Padlet board could not be loaded. Open it on padlet.com to see the pinned photos.", an English
Acast episode that cannot play "This Acast episode can't be played right now. Listen on acast.com instead.", a French
uMap map that could not load "La carte uMap n'a pas pu être chargée. Ouvrez-la dans un nouvel onglet.", a German
ZDFmediathek video no longer available "Dieses Video aus der ZDFmediathek ist nicht mehr verfügbar.", an Italian Threads
post that could not load "Impossibile caricare il post di Threads. Apri il contenuto su threads.net.", a Polish
Instagram post that could not be shown "Nie udało się wyświetlić wpisu z Instagrama. Zobacz go bezpośrednio w
aplikacji." and a Russian VK Music track withdrawn by the rights holder "Аудиозапись VK Музыки недоступна по решению
правообладателя."); reading-time headers in new wordings (the English give-or-take line "A two-minute read, give or
take.", a blog's heads-up warning giving the word count and eight minutes "Heads up: this post is about 1,800 words, so
roughly eight minutes with the photos.", the French bare colon header "Lecture : 7 min", the German about-seven header
"Lesezeit: rund 7 Minuten", the Italian estimated header "Tempo di lettura stimato: 7 minuti", the Polish
it-will-take-you line "Czytanie zajmie Ci ok. 7 minut" and the Russian minutes-for-reading line "7 минут на прочтение");
bylines and self-promotion (an English two-reporter byline "Reporting by Oswin Scrobbleigh and Bryony Fernclutch", an
English chief-reporter byline with a follow prompt "By Marigold Pennystrand, Chief Reporter – follow her on Threads", a
French our-correspondent byline "Par notre correspondante, Eulalie Vermandrouille" and a German staff-member byline "Von
unserem Redaktionsmitglied Hedwig Zaunkönigler", all at the head, and at the foot an English Buy Me a Coffee plug "You
can buy me a coffee through Buy Me a Coffee if these notes saved you an afternoon.", an Italian Etsy kits plug "Trovi i
miei kit già pronti nel negozio Etsy del blog, spedizione in tutta Italia.", a Polish Patronite support plug "Wspieraj
bloga na Patronite – już od 5 zł miesięcznie." and a Russian Telegram-channel plug "Подписывайтесь на мой Telegram-канал
— там выкладываю черновики и бэкстейдж."); blog and site footers (an English Hugo-and-Netlify credit with a feed link
"Built with Hugo · Hosted on Netlify · RSS feed", an English company-registration line "Registered in England and Wales
No. 07291846. Registered office: 12 Wharf Street.", an English Substack credit with terms, privacy and collection-notice
links "Powered by Substack · Terms · Privacy · Collection notice", a French Canalblog credit with sitemap and contact
"Blog propulsé par Canalblog · Plan du site · Contact", a German Jimdo credit with imprint and privacy "Diese Website
wurde mit Jimdo erstellt · Impressum · Datenschutz", an Italian court-registration and VAT line "Testata registrata
presso il Tribunale di Siena al n. 7 del 2015 · P.IVA 01482930527", a Polish LH.pl hosting and Hestia theme credit
"Hosting: LH.pl · Motyw: Hestia · Polityka prywatności" and a Russian Beget hosting line with rights and age rating
"Хостинг от Beget · Все права защищены · 18+"); reader-comment furniture (an English no-comments-yet prompt "No comments
yet – be the first to share what you think.", an English edited-upvotes-reply row "Edited 2 hours ago · 7 upvotes ·
Reply", an English commenting-closed note "Commenting has now closed on this article after 48 hours.", a French
leave-a-comment and cancel-reply row "Laisser un commentaire · Annuler la réponse", a German twelve-comments call to
join in "12 Kommentare – jetzt mitdiskutieren", an Italian log-in-to-comment prompt "Accedi per lasciare un commento o
rispondere a un lettore.", a Polish comment-as-guest prompt "Dodaj komentarz jako gość lub zaloguj się przez Facebooka."
and a Russian VK ID log-in prompt "Войдите через VK ID, чтобы оставить комментарий."); share rows (a French share-by row
with Messenger, LinkedIn and copy link "Partager par : Messenger · LinkedIn · Copier le lien", an Italian
forward-to-a-friend row "Inoltra a un amico: WhatsApp · Telegram · SMS" and a Polish share-with-friends row with
Facebook, Messenger and Wykop "Udostępnij znajomym: Facebook · Messenger · Wykop"); and notices (an English amended-on
note "This article was amended on 3 December to correct the name of the parish council chair." and a German correction
of a number of parking spaces "Korrektur: In einer ersten Fassung war von 40 statt 14 Stellplätzen die Rede.", both in
the body, and a Russian presidential-grants-fund support note "Материал подготовлен при поддержке Фонда президентских
грантов." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 144's docstring does not
describe (on the six portal pages the masthead, the edition date and a section menu in one block of three above the
title; a breadcrumb at the top of the title's block, right before the title; under it one block of four, the byline, the
date-and-time line, the reading time and a share row; the first paragraph at the top of its block with a photo caption
and its credit after it; the second paragraph and the paragraph with the quote in one block with a read-also link
between them; the subheading and the three rows in one block with an ad label between the second and third rows; the
first last paragraph alone; a newsletter or Telegram prompt and a tags or topics line in one block of two between the
last paragraphs; the second last paragraph alone; at the foot two blocks, five lines (a comment count, a comment, an
arrowed reply by a second reader, a second comment and the newsroom's arrowed reply to it) and then a copyright line
alone; on the six blog pages the menu and the blog name in one block of two above the title, the menu first; the title
alone; under it one block of three, the posted-date-and-author line, the reading time and an affiliate-links disclosure;
the first paragraph at the top of its block with a three-line table of contents (its heading and two numbered entries)
after it; the second paragraph and the paragraph with the quote in one block with nothing between them; a photo caption
and a Pinterest or bookmark prompt in one block of two; the subheading and the three rows in one block with a
related-post link right after the subheading, before the first row; the two last paragraphs in one block with a shop or
sales plug between them; a share row and a subscribe or follow prompt in one block of two; at the foot two blocks, five
lines (a comments heading or count, a comment, the author's arrowed reply, a second comment and the first commenter's
arrowed reply to it) and then a platform credit alone), taken from local news of fresh kinds (a ferry timetable cut in
winter, a skate park built beside the leisure centre, a windmill's sails replaced, a cinema reopened by volunteers, a
snow-clearing rota for pensioners' paths, a market town's Christmas lights switched to solar) and from blogs about
weaving on a rigid-heddle loom, pickling vegetables, growing succulents from leaves, a first jigsaw of 2,000 pieces,
amateur magic card tricks and restoring a Walkman.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 144 but what is named here), held-out set 146 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 144 up to its paragraph "Measured after round 102", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 141, 142 and 143, printed with one ast
script (/tmp/s145scratch/peek.py, reading the files of /tmp/wt-set145/tests, the worktree at the brief's commit; see
Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set145); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s145scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 144's as printed, with 144 -> 145; /tmp/s145scratch/gen145.py writes this file from
scratch files (data145.py, pages145.py, the doc_*.txt paragraphs and, after the measurement, tables145.py). Nothing else
was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s145,
detached at commit c381897858ec7dd0a4929f0a6c3b495f2e98367b, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, which is not the brief's commit (main was at another commit, as the brief
allowed: "even if main has moved"); both worktrees were made at the brief's commit
c381897858ec7dd0a4929f0a6c3b495f2e98367b with ``git worktree add`` (output to /dev/null, both exit codes 0), and
/work/main was not touched afterwards (only imported from, see (3)). (2) peek.py's first run printed to the terminal,
whose output the tool cut in the middle (its lines 133 to 384 of 512: from the middle of set 144's Slips and notes (5),
through its notes (6) to (9), Judgement calls, Contents and Baseline, its imports and the start of its tail, to set
142's first paragraph); its second run went to /tmp/s145scratch/peek.out, of which I paged lines 128 to 390 with
``sed``, in two calls (the rest of those allowed parts); nothing outside the allowed parts was printed, since the script
stops set 144's docstring before the paragraph "Measured after round 102" and prints only the first paragraphs of the
other three. (3) helpers.py imported test_clean and noisy_corpus from /work/main/tests as the brief says, so the helpers
printed are those of /work/main's checkout (commit 4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, not the brief's); importing
test_clean loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed; the helpers
printed are only the checks this file calls. The machine's python had the project's dependencies; every run used it. (4)
Before the measurement /tmp/s145scratch/check145.py checked, case-insensitively, that no noise line (held-out or page)
sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign,
and counted each page's article and noise lines; data145.py's counts (by category, language and place, and of the keep
lines by language and place) were printed by a one-line script. check145.py's first run found one noise line inside
another (the weaving blog's table-of-contents heading "In this post" inside its own Pinterest prompt "Pin this post for
later"), so the heading became "What's in this post"; its second and last run found nothing. While drafting I kept the
ad labels out of the other lines: the Italian portal's label is "Annuncio pubblicitario", not "Pubblicità", which opens
an Italian keep line; the German portal's "Anzeige" is in no other line (its masthead is a Landbote, not an Anzeiger);
and I kept every masthead out of its page's captions, credits, replies and copyright line (the French newsroom reply is
signed "La rédaction", the Polish photo credit is "Fot. archiwum redakcji", the Russian copyright line names "ООО
«Городская неделя»", and the Italian credit and copyright line say "Gazzetta di Roccalbenga" without the masthead's
article "La"). /tmp/s145scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them
one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no
mark was swapped, and each page has 10 article lines and 20 noise lines in 11 blocks. gen145.py reports lines over 120
characters, backslashes and at-signs in the written file (none), and checks that the file's lists equal the scratch
lists. (5) Invented names were checked with the exact-string search over public GitHub files: Skerrowmouth, Hallins
Ness, Tillycraig, Brackwaterly, Weftwhistle, Tweedhope, Quirambel, Vermandrouille, Fourmentrop, Bocalier, Saumure et
Malice, Mühlbrockhausen, Zwiebelhagen, Mahlbrecht, Zaunkönigler, Blattwerk am Fensterbrett, Gesine Dickblatt,
Roccalbenga, Cardellucci, Bobinetti, Duemila Tessere, Tasselloni, Brzozolesi and Brzozolesk (for Brzozolesie,
Brzozolesia, Gazeta Brzozoleska and Wydawnictwo Brzozoleskie), Odśnieżna, Talia Pana Feliksa, Kartuszewicz,
Верхнеключинск (for Верхнеключинская неделя), Гирляндова, Солнцеловов, Кассетный чердак, Магнитолин, Scrobbleigh,
Fernclutch and Pennystrand had no hits. Dropped: Bramblecrust (a name in games and tests; the English reporter became
Ottoline Brackwaterly), Kelpwick (a newspaper and a place in other projects; the operator became the Skerrowmouth Ferry
Company), Thimbleburrow (a village in a game), Pradelou (inside the surname Pradeloux; the French town became
Saint-Quirambel), Cressonnière (a real word and place; the French reporter became Anatole Fourmentrop), Incastrini
(inside FincasTrinidad; the Italian blogger became Ilaria Tasselloni), Tasowski (inside Protasowski; the Polish blogger
became Feliks Kartuszewicz), Огонькова (a real surname), Фонарикова (a hit in a script; the Russian reporter became
Евдокия Гирляндова), Лампадов (inside real surnames), Светодиодов and Вольтметров (real words; the engineer became
Аркадий Солнцеловов), Плеерович, Кассетников and Пассиков (a hit and two real words; the Russian blogger became Савелий
Магнитолин), Tallowmere and Quillfeather (names in other projects; the two reporters became Oswin Scrobbleigh and Bryony
Fernclutch), Wattlesworth (a name in a game), Kraxelhuber (a real surname and a user name; the German reporter became
Hedwig Zaunkönigler) and Ключинская (a real surname; the Russian copyright line names an ordinary «Городская неделя»).
Not checked: first names and commenters' handles (Ottoline, Morag, Rosalind, Anatole, Yanis, Solène, Ortrud, Henning,
Gesine, Ottavia, Graziella, Ilaria, Zdzisława, Krystyna, Feliks, Евдокия, Аркадий, Савелий, Oswin, Bryony, Marigold,
Eulalie, Hedwig, SaltyDogSkerrow, HallinsHelen, SeaglassSue, Lantern Newsdesk, Thistle_and_Thrum, LoomLarry,
Mamie_Odette, Riverain_inquiet, Skateur_du_dimanche, Cornichonne, Jardinier_normand, Müllerstochter, Galgenberger,
Windrad_Willi, Kaktus_Karla, Fensterbankgärtner, Cinefilo_72, Nonna_Pina, Studente_fuorisede, PuzzleMania,
Tessera_mancante, Sąsiadka_z_Polnej, Marek_z_Leśnej, Emeryt_Zenon, Magik_Marek, Karciarz_z_Łodzi, Ольга_с_Рыночной,
Скептик_58, Пенсионер_Иваныч, Кассетник_80, Радиолюбитель_Гена), names built on checked names (The Skerrowmouth Lantern,
the Skerrowmouth Ferry Company, Le Réveil de Quirambel, Mühlbrockhausener Landbote, La Gazzetta di Roccalbenga) and
ordinary words, brands, varieties and places (Lantern Media Ltd, Lantern Picture Desk, MV Gannet Lass, Éditions du
Réveil, Landbote Medien, Galgenberg, Cinema Aurora, piazza Garibaldi, piazza Mazzini, via Roma, Wharf Street, Siena,
Ostfriesland, Lublin, Łódź, Торговая площадь, улица Садовая, Sony Walkman WM-2, Echeveria, Sedum, Graptopetalum,
Crassula). There are no e-mail addresses and no at-signs. (6) Real things named, as real pages do: Vimeo, Padlet, Acast,
uMap, ZDFmediathek, Threads, Instagram, VK Music, VK ID, Buy Me a Coffee, Etsy, Patronite, Telegram, Hugo, Netlify,
Substack, Canalblog, Jimdo, LH.pl, Hestia, Beget, Facebook, Messenger, LinkedIn, WhatsApp, SMS, Wykop, X, Pinterest,
Amazon, WordPress, Sela, Kadence, Neve, Astra, Twenty Twenty-Four, YouTube, VKontakte, Odnoklassniki, Avito and the
Presidential Grants Fund. (7) The two measuring commands ran as the brief gave them, in one shell call after ``date``
and the last check145.py run, their output sent to /tmp/s145scratch/measure.out and report.out and the report and the
pytest tail printed (13 failed, 64 passed); the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s145scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s145/tests with
/tmp/wt-s145/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only
the failing ones (10, 0 and 3, as in the measurement; every problem was a kept noise line, none a lost article line or
an unreported removal). The xfail tables were written in /tmp/s145scratch/tables145.py from my own descriptions of those
lines and pages (tables_src.py), and verify145.py checked that the failing lines, keep lines and pages are exactly the
keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every page noise line left is quoted in its page's
reason and that each reason gives its count of noise lines left. (8) My first clock reading was 2026-12-05 20:01:18 UTC;
the measurement ran at 20:08:21 UTC by the machine's clock. (9) With the tables filled, the pytest command ran on the
final file in /tmp/wt-s145: see the last note of the Baseline paragraph.

Judgement calls: the keep lines "Comments from residents at Tuesday's drop-in session were mostly about the closing
times of the car park.", "Shares in the community pub were snapped up within a week, the cooperative's treasurer said.",
"Readings of the river gauge at the bridge stayed below the warning mark all weekend.", "Following the vote, the clerk
read out the names of the six councillors who had abstained.", "Subscriptions to the mobile library service rose by a
third after the van began stopping at the retirement flats.", "Copyright disputes over the mural were settled when the
artist agreed to sign it over to the parish.", "Advertising the vacant allotments in the parish newsletter brought in
eleven applications.", "Commentaires et questions des habitants ont occupé la moitié de la réunion publique.", "Partagé
entre deux associations, le local sera ouvert le mercredi et le samedi.", "Suivez la déviation par la route de la gare
pendant toute la durée des travaux, a demandé le maire.", "Teilen müssen sich die beiden Vereine künftig auch die
Umkleiden, entschied der Ortsrat.", "Kommentiert hat die Bürgermeisterin den Beschluss nur knapp: Man habe keine Wahl
gehabt.", "Abonniert haben den neuen Bürgerbus-Newsletter bislang vor allem ältere Einwohner.", "Commenti positivi sono
arrivati anche dai commercianti di via Roma, che temevano la chiusura.", "Seguire i lavori sarà possibile grazie a un
cartellone aggiornato ogni settimana davanti al municipio.", "Pubblicità del nuovo servizio sarà fatta con volantini
nelle cassette postali, ha spiegato l'assessore.", "Udostępnienie sali gimnastycznej klubom sportowym rada gminy
zatwierdziła jednogłośnie.", "Subskrypcja biletów miesięcznych na prom potanieje od stycznia o dziesięć złotych.",
"Подписи под обращением к главе района собрали за три дня больше четырёхсот жителей." and "Комментируя решение, директор
школы сказал, что каток зальют уже в декабре." are article sentences: each reports what residents, a cooperative's
treasurer, a river gauge, a clerk, a library van, an artist and a parish, a council, two associations, a mayor, a local
council, a mayor, older residents, shopkeepers, a town hall, an alderman, a borough council, a ferry's season-ticket
holders, petitioners or a head teacher said, did, decided or measured, with the noise-like word as an ordinary noun,
verb, participle or gerund of the sentence (the English "Readings of the river gauge" are measurements, not a reading
time; "Copyright disputes over the mural" is a quarrel over rights settled by a parish, not a copyright line;
"Advertising the vacant allotments" is a council advertising plots, not an ad label; the German "Abonniert haben den
neuen Bürgerbus-Newsletter" reports who subscribed, it does not ask the reader to; the Italian "Pubblicità del nuovo
servizio" is the publicity a council will do, not an ad label; the Polish "Subskrypcja biletów miesięcznych" is a ferry
season-ticket subscription, not a subscribe prompt; the Russian "Подписи под обращением" are signatures on a petition,
not a subscribe prompt). Categories: the Vimeo, Padlet, Acast, uMap, ZDFmediathek, Threads, Instagram and VK Music lines
are markers (embeds that are private, failed to load, cannot play or were withdrawn); the give-or-take line, the
heads-up warning with its word count and the French, German, Italian, Polish and Russian lines are reading times; the
two-reporter, chief-reporter, our-correspondent and staff-member lines are bylines at the head (the chief reporter's
follow-her-on-Threads tail belongs to the byline it ends), and the Buy Me a Coffee, Etsy, Patronite and Telegram-channel
lines are bylines (self-promotion) at the foot; the Hugo-Netlify, company-registration, Substack, Canalblog, Jimdo,
court-registration, LH.pl and Beget lines are footers (the company-registration and court-registration lines are the
legal foot of a whole site, not notices about one story); the no-comments-yet prompt, the edited-upvotes-reply row, the
commenting-closed note, the leave-a-comment row, the twelve-comments call, the log-in prompts and the comment-as-guest
prompt are comment furniture; the French, Italian and Polish rows are share rows (the Italian forward-to-a-friend row
names messaging services only, still a share row); the English amended-on note and the German correction are notices in
the body (both speak of the story they sit in), and the Russian grants-fund note is a notice at the foot (it credits the
grant behind the material, so it is neither a footer of the whole site nor a byline). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, edition dates, blog names, section menus, breadcrumbs and blog
menus, bylines, dates and posted-by lines, reading times, affiliate disclosures, tables of contents, photo captions and
credits, Pinterest and bookmark prompts, ad labels, share rows, newsletter, Telegram, subscribe and follow prompts,
read-also and related-post links, tags and topics lines, shop and sales plugs, comment counts and headings, comments and
replies, copyright lines and platform credits) is noise. The list rows (the ferry's crossings, return sailings and
season tickets, the skate park's bowl, street zone and beginners' area, the windmill's span, timber and opening day, the
cinema's screenings, tickets and school matinée, the snow rota's addresses, hours and tools, the lights' hours, baubles
and old lamps, and the blogs' tools, materials and yields) are short, some without a verb, but part of each article, so
article; the portals' ad labels ("Advertisement", "Publicité", "Anzeige", "Annuncio pubblicitario", "Reklama",
"Реклама") and the edition dates are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines, 11 blocks each:
en-portal-skerrowmouth-ferry (the Skerrowmouth to Hallins Ness ferry cut from twelve to six crossings a day from January
to March), en-blog-weftwhistle-heddle (a first merino scarf on a rigid-heddle loom), fr-portail-saintquirambel-skatepark
(a 900 m² skate park built beside the leisure centre), fr-blog-saumureetmalice-pickles (first jars of vinegar pickles of
carrots, cauliflower and radishes), de-portal-muehlbrockhausen-windmuehle (four new larch sails hoisted onto the post
mill on the Galgenberg), de-blog-blattwerkamfensterbrett-sukkulenten (echeveria, sedum and graptopetalum grown from
single leaves), it-portale-roccalbenga-cinema (the Cinema Aurora reopened by thirty volunteers),
it-blog-duemilatessere-puzzle (a first 2,000-piece mountain jigsaw), pl-portal-brzozolesie-odsniezanie (a volunteers'
snow-clearing rota for pensioners' paths), pl-blog-taliapanafeliksa-karty (a first card trick shown to the family at a
name-day party), ru-portal-verkhneklyuchinsk-girlyandy (the market square's New Year lights switched to solar panels)
and ru-blog-kassetnyicherdak-pleer (a Sony Walkman WM-2 brought back to life with a new belt), each with a reader
comment thread.

Baseline (2026-12-05, cleaner at commit c381897858ec7dd0a4929f0a6c3b495f2e98367b, measured with ``cd /tmp/wt-s145 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s145/src python -m pytest -q tests/test_clean_held_out_145.py -rA -p
no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s145 && PYTHONPATH=/tmp/wt-s145/src python
scripts/clean_held_out_report.py --sets 145``, with the xfail tables empty): noise lines removed 35/45 (marker 4/8,
reading-time 5/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 3/3; the 10 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Acast placeholder, the German ZDFmediathek
placeholder, the Polish Instagram placeholder and the Russian VK Music placeholder), two reading times at the head (the
English give-or-take line and the blog's heads-up warning with its word count), two bylines at the foot (the English Buy
Me a Coffee plug and the Italian Etsy kits plug) and two comment lines at the foot (the English no-comments-yet prompt
and the Italian log-in-to-comment prompt); the Vimeo, Padlet, uMap and Threads markers, the French, German, Italian,
Polish and Russian reading times, the four head bylines and the Patronite and Telegram-channel plugs, every footer,
share row and notice and the other six comment lines went); keep lines kept 20/20; pages 9/12 clean (all six portals but
the German one, and the English, French, German and Russian blogs), 3 of 240 page noise lines left and 0 of 120 article
lines lost. Left on the pages: 1 on the German windmill portal (the topics line at the end of the block of two between
the last paragraphs, while the newsletter prompt above it went), 1 on the Italian jigsaw blog (the shop plug between the
last paragraphs) and 1 on the Polish card-trick blog (the sales plug between the last paragraphs), nothing on the other
pages, as ``_PAGE_XFAIL`` describes; no page loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s145 gave 64 passed, 13 xfailed, no XPASS.

Measured after round 103 (developed on sets 143 and 144 beside this set's writing from the same base, c381897, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 145` and the
problems of every case before and after): nothing moved. Lines 35 -> 35 of 45, 20 of 20 kept, pages clean 9 -> 9 of 12,
page noise lines 3 -> 3 of 240, none of 120 article lines lost. Round 103's wordings (embed consent and deletion,
correction labels, comment systems, the Grab-a-cuppa reading time) met none of this set's missed lines (Acast,
ZDFmediathek, Instagram and VK Music placeholders, a "give or take" reading time and a "Heads up" word count, the Buy Me
a Coffee and Etsy plugs, the comment prompts). The lead's mends after rounds 102 and 103, merged with round 103, changed
nothing here either.

Round 104 (development; this set was read in full from this round on): developed on sets 145 and 146 from 18db428 (the
mechanisms and near misses are in set 146's Round 104 paragraph). Fixed here: the blog's plug between its two last
paragraphs, the share row and a prompt opening the next block ("Nel mio negozio Etsy trovi le cornici su misura per
puzzle finiti.", "Moje nagrania z lekcjami sztuczek kupisz w sklepiku na blogu."): page_blocks.
_is_plug_between_last_paragraphs in mark_block_remnants takes a line no rule took between two full paragraphs that read
as the writer's (_reads_as_writers: _reads_as_article with the writer's first person set aside), the page's furniture
below them, when the line holds the writer's first person, a shop, platform, order or lesson and the reader addressed or
a finder's verb (clean._FINDER_VERB); "Nel mio negozio di fiducia ho trovato le cornici giuste." and "W moim sklepie
osiedlowym kupiłem klej do puzzli." stay. All sets (before -> after): noise lines removed 5741 -> 5741 of 6241, article
lines kept 2767 -> 2767 of 2767, pages clean 1024 -> 1028 of 1630, page noise lines left 1350 -> 1348 of 34320,
paragraphs lost 5 -> 2. SemEval: 0 changed files of 3723. Bench: benchmarks/bench_clean.py ratio to 18db428 1.03 (cpu
best 2.405 s against 2.341 s). Pytest: 19257 passed, 1132 xfailed, no failure and no XPASS (on the final code; a first
run on the second change found test_corpus_articles_lose_only_known_noise failing, a SemEval article's quoted "I hope
you learned that lesson" between paragraphs read as a plug, fixed by _PLUG_MAX_WORDS and the quote guard before the
commit). This set (before -> after): noise lines removed 35 -> 35 of 45 (marker 4/8, reading-time 5/7, byline 6/8,
footer 8/8, comments 6/8, share 3/3, notice 3/3), keep 20 -> 20 of 20, pages clean 9 -> 11 of 12, page noise lines left
3 -> 1 of 240, none of 120 article lines lost. Xfails removed: it-blog-duemilatessere-puzzle,
pl-blog-taliapanafeliksa-karty; no reason reworded. Still missed: the ten lines of _LINE_XFAIL (the Acast, ZDFmediathek,
Instagram and VK Music placeholders, the "give or take" reading time and the "Heads up" word count, the Buy Me a Coffee
and Etsy plugs, the comment prompts; placeholders and reading times by shape were not reached) and the German windmill
portal's topics line at the end of the block of two between the last paragraphs.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_145_LINES: list[tuple[str, str, str]] = [
    ("body", "This Vimeo video is private. Only people the owner has shared it with can watch it.", "marker"),
    ("body", "The Padlet board could not be loaded. Open it on padlet.com to see the pinned photos.", "marker"),
    ("body", "This Acast episode can't be played right now. Listen on acast.com instead.", "marker"),
    ("body", "La carte uMap n'a pas pu être chargée. Ouvrez-la dans un nouvel onglet.", "marker"),
    ("body", "Dieses Video aus der ZDFmediathek ist nicht mehr verfügbar.", "marker"),
    ("body", "Impossibile caricare il post di Threads. Apri il contenuto su threads.net.", "marker"),
    ("body", "Nie udało się wyświetlić wpisu z Instagrama. Zobacz go bezpośrednio w aplikacji.", "marker"),
    ("body", "Аудиозапись VK Музыки недоступна по решению правообладателя.", "marker"),
    ("head", "A two-minute read, give or take.", "reading-time"),
    ("head", "Heads up: this post is about 1,800 words, so roughly eight minutes with the photos.", "reading-time"),
    ("head", "Lecture : 7 min", "reading-time"),
    ("head", "Lesezeit: rund 7 Minuten", "reading-time"),
    ("head", "Tempo di lettura stimato: 7 minuti", "reading-time"),
    ("head", "Czytanie zajmie Ci ok. 7 minut", "reading-time"),
    ("head", "7 минут на прочтение", "reading-time"),
    ("head", "Reporting by Oswin Scrobbleigh and Bryony Fernclutch", "byline"),
    ("head", "By Marigold Pennystrand, Chief Reporter – follow her on Threads", "byline"),
    ("head", "Par notre correspondante, Eulalie Vermandrouille", "byline"),
    ("head", "Von unserem Redaktionsmitglied Hedwig Zaunkönigler", "byline"),
    ("tail", "You can buy me a coffee through Buy Me a Coffee if these notes saved you an afternoon.", "byline"),
    ("tail", "Trovi i miei kit già pronti nel negozio Etsy del blog, spedizione in tutta Italia.", "byline"),
    ("tail", "Wspieraj bloga na Patronite – już od 5 zł miesięcznie.", "byline"),
    ("tail", "Подписывайтесь на мой Telegram-канал — там выкладываю черновики и бэкстейдж.", "byline"),
    ("tail", "Built with Hugo · Hosted on Netlify · RSS feed", "footer"),
    ("tail", "Registered in England and Wales No. 07291846. Registered office: 12 Wharf Street.", "footer"),
    ("tail", "Powered by Substack · Terms · Privacy · Collection notice", "footer"),
    ("tail", "Blog propulsé par Canalblog · Plan du site · Contact", "footer"),
    ("tail", "Diese Website wurde mit Jimdo erstellt · Impressum · Datenschutz", "footer"),
    ("tail", "Testata registrata presso il Tribunale di Siena al n. 7 del 2015 · P.IVA 01482930527", "footer"),
    ("tail", "Hosting: LH.pl · Motyw: Hestia · Polityka prywatności", "footer"),
    ("tail", "Хостинг от Beget · Все права защищены · 18+", "footer"),
    ("tail", "No comments yet – be the first to share what you think.", "comments"),
    ("tail", "Edited 2 hours ago · 7 upvotes · Reply", "comments"),
    ("tail", "Commenting has now closed on this article after 48 hours.", "comments"),
    ("tail", "Laisser un commentaire · Annuler la réponse", "comments"),
    ("tail", "12 Kommentare – jetzt mitdiskutieren", "comments"),
    ("tail", "Accedi per lasciare un commento o rispondere a un lettore.", "comments"),
    ("tail", "Dodaj komentarz jako gość lub zaloguj się przez Facebooka.", "comments"),
    ("tail", "Войдите через VK ID, чтобы оставить комментарий.", "comments"),
    ("tail", "Partager par : Messenger · LinkedIn · Copier le lien", "share"),
    ("tail", "Inoltra a un amico: WhatsApp · Telegram · SMS", "share"),
    ("tail", "Udostępnij znajomym: Facebook · Messenger · Wykop", "share"),
    ("body", "This article was amended on 3 December to correct the name of the parish council chair.", "notice"),
    ("body", "Korrektur: In einer ersten Fassung war von 40 statt 14 Stellplätzen die Rede.", "notice"),
    ("tail", "Материал подготовлен при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_145_KEEP: list[tuple[str, str]] = [
    ("head",
     "Comments from residents at Tuesday's drop-in session were mostly about the closing times of the car park."),
    ("head", "Shares in the community pub were snapped up within a week, the cooperative's treasurer said."),
    ("head", "Readings of the river gauge at the bridge stayed below the warning mark all weekend."),
    ("body", "Following the vote, the clerk read out the names of the six councillors who had abstained."),
    ("body",
     "Subscriptions to the mobile library service rose by a third after the van began stopping at the retirement "
     "flats."),
    ("tail", "Copyright disputes over the mural were settled when the artist agreed to sign it over to the parish."),
    ("tail", "Advertising the vacant allotments in the parish newsletter brought in eleven applications."),
    ("head", "Commentaires et questions des habitants ont occupé la moitié de la réunion publique."),
    ("body", "Partagé entre deux associations, le local sera ouvert le mercredi et le samedi."),
    ("tail", "Suivez la déviation par la route de la gare pendant toute la durée des travaux, a demandé le maire."),
    ("head", "Teilen müssen sich die beiden Vereine künftig auch die Umkleiden, entschied der Ortsrat."),
    ("body", "Kommentiert hat die Bürgermeisterin den Beschluss nur knapp: Man habe keine Wahl gehabt."),
    ("tail", "Abonniert haben den neuen Bürgerbus-Newsletter bislang vor allem ältere Einwohner."),
    ("head", "Commenti positivi sono arrivati anche dai commercianti di via Roma, che temevano la chiusura."),
    ("tail", "Seguire i lavori sarà possibile grazie a un cartellone aggiornato ogni settimana davanti al municipio."),
    ("tail", "Pubblicità del nuovo servizio sarà fatta con volantini nelle cassette postali, ha spiegato l'assessore."),
    ("head", "Udostępnienie sali gimnastycznej klubom sportowym rada gminy zatwierdziła jednogłośnie."),
    ("tail", "Subskrypcja biletów miesięcznych na prom potanieje od stycznia o dziesięć złotych."),
    ("body", "Подписи под обращением к главе района собрали за три дня больше четырёхсот жителей."),
    ("tail", "Комментируя решение, директор школы сказал, что каток зальют уже в декабре."),
]

HELD_OUT_145_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-skerrowmouth-ferry", [
        [
            "-The Skerrowmouth Lantern",
            "-Friday 4 December 2026",
            "-News · Sport · What's On · Property · Jobs · Obituaries",
        ],
        [
            "-Home › News › Transport",
            "+Winter timetable halves crossings on the Skerrowmouth to Hallins Ness ferry",
        ],
        [
            "-By Ottoline Brackwaterly, transport reporter",
            "-Published 07:42, 4 December 2026 | Updated 09:15",
            "-3 min read",
            "-Share: Facebook · X · WhatsApp · Email",
        ],
        [
            "+The passenger ferry between Skerrowmouth and Hallins Ness will run six crossings a day instead of "
            "twelve from 5 January until the end of March, the Skerrowmouth Ferry Company has confirmed.",
            "-The MV Gannet Lass leaving the harbour slipway on Wednesday morning.",
            "-Photo: Lantern Picture Desk",
        ],
        [
            "+The company blames the cost of fuel and a shortage of qualified deckhands, and says the first boat "
            "will now leave at 7.30am rather than 6.45am.",
            "-Read more: Harbour car park charges to rise in spring",
            "+Commuters say the change leaves them no way of reaching the early shift at the fish market. “We have "
            "been told to drive round by the bridge, which is forty minutes each way,” said Morag Tillycraig, who "
            "works at the market.",
        ],
        [
            "+What changes in January",
            "+Crossings at 7.30am, 9am, 11am, 1pm, 3pm and 5pm from Skerrowmouth.",
            "+Return sailings from Hallins Ness half an hour after each departure.",
            "-Advertisement",
            "+Season tickets bought before January will be extended by a month.",
        ],
        [
            "+Councillors on the harbour board have asked the company to restore the early crossing on weekdays and "
            "will discuss a subsidy at their meeting on 15 December.",
        ],
        [
            "-Get the Lantern's morning briefing in your inbox – sign up free",
            "-Topics: Ferries · Skerrowmouth · Hallins Ness · Harbour board",
        ],
        [
            "+The company said the full timetable would return on 1 April, weather permitting, and that it was "
            "recruiting two deckhands for the summer season.",
        ],
        [
            "-4 comments",
            "-SaltyDogSkerrow: Twelve crossings to six is not a trim, it's a cut.",
            "-↳ HallinsHelen: The 5pm back is the one that matters for the school run.",
            "-SeaglassSue: Any word on the Sunday service?",
            "-↳ Lantern Newsdesk: Sunday sailings stay at four, the company told us.",
        ],
        [
            "-© 2026 Lantern Media Ltd. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-weftwhistle-heddle", [
        [
            "-Home · About · Patterns · Shop · Contact",
            "-Weftwhistle",
        ],
        [
            "+My first scarf on a rigid-heddle loom",
        ],
        [
            "-Posted on 2 December 2026 by Rosalind Tweedhope",
            "-6 minute read",
            "-This post contains affiliate links; I may earn a small commission at no cost to you.",
        ],
        [
            "+I bought a second-hand 40 cm rigid-heddle loom in October and finally warped it last weekend, using "
            "the direct method with the peg clamped to the dining table.",
            "-What's in this post",
            "-1. Warping without a warping board",
            "-2. Keeping the edges straight",
        ],
        [
            "+The warp is a soft merino in charcoal and the weft a slubby blue cotton, which I chose so that every "
            "pick would show against the dark threads.",
            "+My neighbour, who wove for years, watched me struggle with the selvedges. “Stop pulling the weft tight "
            "at the edges and leave it at an angle before you beat,” she told me, and within ten rows they were "
            "straight.",
        ],
        [
            "-The scarf halfway through, still on the loom by the window.",
            "-Pin this post for later",
        ],
        [
            "+What I used",
            "-Related: Choosing a first loom without spending a fortune",
            "+A 40 cm rigid-heddle loom with a 7.5 dent reed.",
            "+Merino warp in charcoal, 180 ends.",
            "+A stick shuttle and a wide-tooth comb for beating.",
        ],
        [
            "+Wet finishing made the biggest difference: a warm soak and a gentle squeeze closed up the gaps and "
            "softened the whole cloth.",
            "-My handwoven tea towels are in the shop – new colours every month.",
            "+Next I want to try a simple pick-up pattern, and I will report back on whether my edges survive it.",
        ],
        [
            "-Share this: Pinterest · Facebook · Email",
            "-Subscribe to get new posts by email",
        ],
        [
            "-3 thoughts on “My first scarf on a rigid-heddle loom”",
            "-Thistle_and_Thrum: Those edges look better than mine after a year!",
            "-↳ Rosalind Tweedhope: Ha, the angle trick really is magic.",
            "-LoomLarry: What sett did you use for the merino?",
            "-↳ Thistle_and_Thrum: Looks like 7.5 from the reed size.",
        ],
        [
            "-Proudly powered by WordPress | Theme: Sela",
        ],
    ]),
    _page("fr", "fr-portail-saintquirambel-skatepark", [
        [
            "-Le Réveil de Quirambel",
            "-Vendredi 4 décembre 2026",
            "-Actualité · Sports · Loisirs · Faits divers · Annonces",
        ],
        [
            "-Accueil > Saint-Quirambel > Vie locale",
            "+Un skatepark de 900 m² voit le jour à côté du centre de loisirs",
        ],
        [
            "-Par Anatole Fourmentrop",
            "-Publié le 04/12/2026 à 08h10, mis à jour à 11h02",
            "-Lecture 3 min",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Les travaux du skatepark ont commencé lundi sur l'ancien terrain stabilisé qui jouxte le centre de "
            "loisirs de la rue des Tanneurs, pour une ouverture prévue en avril.",
            "-Les premiers coups de pelle sur l'ancien terrain stabilisé, lundi matin.",
            "-Photo : Réveil de Quirambel / A. F.",
        ],
        [
            "+Le projet, chiffré à 310 000 euros, a été dessiné avec une dizaine de jeunes du quartier lors de trois "
            "ateliers organisés l'an dernier par le service jeunesse.",
            "-À lire aussi : La piscine fermera deux semaines pour vidange en février",
            "+« On voulait un vrai bowl et pas seulement des modules posés sur du bitume », explique Yanis, 16 ans, "
            "qui a participé aux ateliers avec ses amis du collège.",
        ],
        [
            "+Ce que comprendra l'équipement",
            "+Un bowl de 1,80 mètre de profondeur.",
            "+Une zone street avec rampes, marches et barres de slide.",
            "-Publicité",
            "+Un espace pour les débutants et les trottinettes.",
        ],
        [
            "+L'accès sera libre et gratuit, de 9 heures à 21 heures, et les animateurs du centre de loisirs "
            "proposeront des initiations le mercredi après-midi.",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
            "-Mots-clés : skatepark · jeunesse · centre de loisirs · travaux",
        ],
        [
            "+Les riverains du lotissement voisin, inquiets du bruit, ont obtenu qu'une haie et un talus soient "
            "plantés le long de la clôture.",
        ],
        [
            "-3 commentaires",
            "-Mamie_Odette : Enfin quelque chose pour les ados du quartier.",
            "-↳ Riverain_inquiet : On verra le bruit à 21 heures en juillet…",
            "-Skateur_du_dimanche : Le bowl à 1,80 m, ça promet !",
            "-↳ La rédaction : Les horaires pourront être revus après l'été, selon la mairie.",
        ],
        [
            "-© 2026 Éditions du Réveil – Tous droits réservés",
        ],
    ]),
    _page("fr", "fr-blog-saumureetmalice-pickles", [
        [
            "-Accueil · Recettes · Conserves · À propos · Contact",
            "-Saumure et Malice",
        ],
        [
            "+Mes premiers pickles de légumes croquants",
        ],
        [
            "-Publié le 1er décembre 2026 par Solène Bocalier",
            "-Temps de lecture : 5 minutes",
            "-Cet article contient des liens affiliés vers Amazon.",
        ],
        [
            "+Après un été de récoltes au jardin, il me restait des carottes, du chou-fleur et des radis, et j'ai "
            "enfin tenté les pickles au vinaigre que je repoussais depuis des années.",
            "-Sommaire",
            "-1. La saumure de base",
            "-2. Le choix des bocaux",
        ],
        [
            "+La saumure est simple : autant de vinaigre de cidre que d'eau, une cuillère de sel et une de sucre par "
            "demi-litre, portée à ébullition avec des graines de moutarde.",
            "+Mon voisin maraîcher m'a donné le conseil qui a tout changé : « Coupe les légumes à la dernière minute "
            "et verse la saumure bouillante dessus, sinon ils perdent leur croquant. »",
        ],
        [
            "-Les bocaux alignés sur l'étagère du cellier.",
            "-Épinglez cet article sur Pinterest",
        ],
        [
            "+Ce qu'il vous faut",
            "-À lire aussi : Ma lacto-fermentation de chou rouge",
            "+Trois bocaux à joint de 500 ml, bien ébouillantés.",
            "+Un demi-litre de vinaigre de cidre.",
            "+Des graines de moutarde, du poivre et une feuille de laurier.",
        ],
        [
            "+Au bout d'une semaine au frais, les carottes étaient parfaites, le chou-fleur un peu trop acide et les "
            "radis avaient teinté toute la saumure en rose.",
            "-Mon livret de recettes de conserves est en vente dans la boutique du blog.",
            "+La prochaine fois, je réduirai le vinaigre pour le chou-fleur et j'essaierai des haricots verts à "
            "l'aneth.",
        ],
        [
            "-Partager : Facebook · Pinterest · E-mail",
            "-Abonnez-vous pour recevoir les nouveaux articles par e-mail",
        ],
        [
            "-4 réflexions sur « Mes premiers pickles de légumes croquants »",
            "-Cornichonne : Les radis roses, c'est tellement joli !",
            "-↳ Solène Bocalier : Et ils gardent leur croquant une bonne semaine.",
            "-Jardinier_normand : Tu stérilises les bocaux au four ?",
            "-↳ Cornichonne : Moi je les ébouillante, ça suffit pour des pickles au frigo.",
        ],
        [
            "-Propulsé par WordPress · Thème : Kadence",
        ],
    ]),
    _page("de", "de-portal-muehlbrockhausen-windmuehle", [
        [
            "-Mühlbrockhausener Landbote",
            "-Freitag, 4. Dezember 2026",
            "-Lokales · Sport · Kultur · Wirtschaft · Blaulicht · Service",
        ],
        [
            "-Startseite › Lokales › Mühlbrockhausen",
            "+Neue Flügel für die Bockwindmühle am Galgenberg",
        ],
        [
            "-Von Ortrud Zwiebelhagen",
            "-04.12.2026, 07:30 Uhr",
            "-Lesezeit: 3 Minuten",
            "-Teilen: Facebook · WhatsApp · X · E-Mail",
        ],
        [
            "+Nach fast zwei Jahren Stillstand dreht sich die Bockwindmühle am Galgenberg bald wieder: Am Mittwoch "
            "hob ein Autokran die vier neuen Flügel aus Lärchenholz an die Welle.",
            "-Die neuen Flügel hängen am Haken des Autokrans.",
            "-Foto: Landbote / O. Z.",
        ],
        [
            "+Die alten Flügel waren 2024 bei einem Sturm so schwer beschädigt worden, dass der Mühlenverein die "
            "Mühle schließen musste; die Reparatur kostete rund 85 000 Euro.",
            "-Lesen Sie auch: Heimatmuseum erhält alte Dreschmaschine",
            "+„Wir haben jeden Euro auf Dorffesten und mit Spendendosen gesammelt“, sagte Vereinsvorsitzender "
            "Henning Mahlbrecht, der seit dreißig Jahren in der Mühle mahlt.",
        ],
        [
            "+Das Wichtigste zur Mühle",
            "+Die Flügel haben eine Spannweite von 22 Metern.",
            "+Das Holz stammt aus dem Gemeindewald.",
            "-Anzeige",
            "+Die Mühle öffnet am Pfingstmontag wieder für Besucher.",
        ],
        [
            "+Bis dahin muss ein Mühlenbauer aus Ostfriesland noch die Bremse und das Segelwerk einstellen; gemahlen "
            "werden soll erstmals beim Mühlentag.",
        ],
        [
            "-Jetzt den Landbote-Newsletter abonnieren – kostenlos und jeden Morgen",
            "-Themen: Windmühle · Mühlenverein · Ehrenamt · Denkmalschutz",
        ],
        [
            "+Der Verein sucht außerdem Freiwillige, die sich zum Mühlenführer ausbilden lassen wollen; "
            "Interessierte können sich im Rathaus melden.",
        ],
        [
            "-5 Kommentare",
            "-Müllerstochter: Endlich! Ich habe als Kind dort Mehl gekauft.",
            "-↳ Galgenberger: Die Flügel sehen von unserem Balkon großartig aus.",
            "-Windrad_Willi: Wer zahlt eigentlich die Versicherung?",
            "-↳ Redaktion: Laut Verein übernimmt die Gemeinde die Versicherung.",
        ],
        [
            "-© 2026 Landbote Medien GmbH & Co. KG",
        ],
    ]),
    _page("de", "de-blog-blattwerkamfensterbrett-sukkulenten", [
        [
            "-Start · Über mich · Pflanzen · Anleitungen · Kontakt",
            "-Blattwerk am Fensterbrett",
        ],
        [
            "+Sukkulenten aus einzelnen Blättern ziehen",
        ],
        [
            "-Veröffentlicht am 30. November 2026 von Gesine Dickblatt",
            "-Lesedauer: 4 Minuten",
            "-Werbung: Dieser Beitrag enthält Affiliate-Links.",
        ],
        [
            "+Im Frühjahr habe ich von meiner Echeveria und einem Sedum je zwanzig Blätter abgedreht und auf "
            "trockene Kakteenerde gelegt, um zu sehen, wie viele davon Wurzeln schlagen.",
            "-Inhaltsverzeichnis",
            "-1. Das richtige Blatt",
            "-2. Warten und nicht gießen",
        ],
        [
            "+Wichtig ist, dass das Blatt vollständig mit dem kleinen Ansatz abgeht; Blätter, die in der Mitte "
            "reißen, vertrocknen fast immer.",
            "+Eine Gärtnerin auf dem Wochenmarkt hat mir den besten Tipp gegeben: „Lass die Blätter drei Tage "
            "liegen, bis die Wunde trocken ist, und sprüh erst, wenn die ersten Wurzeln zu sehen sind.“",
        ],
        [
            "-Die ersten Rosetten nach acht Wochen auf der Anzuchtschale.",
            "-Merk dir diesen Beitrag auf Pinterest",
        ],
        [
            "+Meine Ausbeute nach drei Monaten",
            "-Passend dazu: Kakteenerde selbst mischen",
            "+Echeveria: 14 von 20 Blättern mit Rosette.",
            "+Sedum: 18 von 20 Blättern mit Wurzeln.",
            "+Graptopetalum: 9 von 10 Blättern bewurzelt.",
        ],
        [
            "+Die jungen Pflanzen sitzen jetzt in kleinen Tontöpfen, und die Mutterblätter lasse ich dran, bis sie "
            "von selbst abfallen.",
            "-Ableger meiner Sukkulenten gibt es ab März in meinem Etsy-Shop.",
            "+Im nächsten Beitrag zeige ich, wie man aus einem einzigen Stiel einer Crassula ganze Töpfe voller "
            "Stecklinge zieht.",
        ],
        [
            "-Teile diesen Beitrag: Pinterest · Facebook · WhatsApp",
            "-Folge mir auf Instagram für tägliche Pflanzenfotos",
        ],
        [
            "-Kommentare (4)",
            "-Kaktus_Karla: Bei mir vertrocknen immer alle Blätter, danke für den Tipp!",
            "-↳ Gesine Dickblatt: Nicht gießen, wirklich gar nicht, bis Wurzeln da sind.",
            "-Fensterbankgärtner: Welches Licht hatten die Blätter?",
            "-↳ Kaktus_Karla: Ich würde auf ein Ostfenster tippen.",
        ],
        [
            "-Mit WordPress erstellt · Impressum · Datenschutz",
        ],
    ]),
    _page("it", "it-portale-roccalbenga-cinema", [
        [
            "-La Gazzetta di Roccalbenga",
            "-Venerdì 4 dicembre 2026",
            "-Cronaca · Politica · Sport · Cultura · Eventi · Necrologi",
        ],
        [
            "-Home / Cronaca / Roccalbenga",
            "+Riapre il Cinema Aurora grazie a trenta volontari",
        ],
        [
            "-di Ottavia Cardellucci",
            "-4 dicembre 2026 - 08:20",
            "-Tempo di lettura: 3 minuti",
            "-Condividi su: Facebook · WhatsApp · X · Email",
        ],
        [
            "+Dopo sei anni di chiusura il Cinema Aurora di piazza Garibaldi riaprirà sabato sera, gestito da "
            "un'associazione di trenta volontari che ha preso in affitto la sala dal comune.",
            "-La sala da 180 posti dopo la tinteggiatura delle pareti.",
            "-Foto: Gazzetta di Roccalbenga",
        ],
        [
            "+I volontari hanno ridipinto la sala, sistemato le poltrone e raccolto 40 mila euro con una raccolta "
            "fondi per il nuovo proiettore digitale.",
            "-Leggi anche: Il mercato del sabato si sposta in piazza Mazzini",
            "+«Qui ho visto il mio primo film da bambina e non potevo accettare che restasse chiuso», racconta la "
            "presidente dell'associazione, Graziella Bobinetti, insegnante in pensione.",
        ],
        [
            "+Come funzionerà la sala",
            "+Proiezioni il venerdì, il sabato e la domenica sera.",
            "+Biglietto a 6 euro, ridotto a 4 per studenti e pensionati.",
            "-Annuncio pubblicitario",
            "+Una matinée per le scuole ogni primo mercoledì del mese.",
        ],
        [
            "+Il primo film in programma sarà una commedia italiana, e la cassa aprirà alle 20.30 con bibite e "
            "popcorn preparati dagli stessi volontari.",
        ],
        [
            "-Iscriviti alla newsletter della Gazzetta: le notizie del territorio ogni mattina",
            "-Argomenti: cinema · volontariato · cultura · Roccalbenga",
        ],
        [
            "+L'associazione cerca ancora proiezionisti e cassieri per i turni del fine settimana e organizzerà un "
            "corso di formazione a gennaio.",
        ],
        [
            "-4 commenti",
            "-Cinefilo_72: Che bella notizia, ci sarò sabato!",
            "-↳ Nonna_Pina: Anche io, come negli anni Sessanta.",
            "-Studente_fuorisede: Speriamo in qualche film in lingua originale.",
            "-↳ Redazione: L'associazione ci dice che sono previste rassegne in lingua originale.",
        ],
        [
            "-© 2026 Gazzetta di Roccalbenga Srl – Riproduzione riservata",
        ],
    ]),
    _page("it", "it-blog-duemilatessere-puzzle", [
        [
            "-Home · Chi sono · Recensioni · Consigli · Contatti",
            "-Duemila Tessere",
        ],
        [
            "+Il mio primo puzzle da 2000 pezzi",
        ],
        [
            "-Pubblicato il 29 novembre 2026 da Ilaria Tasselloni",
            "-Lettura di 5 minuti",
            "-In questo articolo sono presenti link di affiliazione.",
        ],
        [
            "+Dopo anni di puzzle da mille pezzi ho finalmente affrontato il mio primo da duemila, un paesaggio di "
            "montagna con un cielo enorme e quasi tutto dello stesso azzurro.",
            "-Indice dei contenuti",
            "-1. Come ho diviso i pezzi",
            "-2. Il cielo, ovvero l'incubo",
        ],
        [
            "+Il tavolo da pranzo non bastava, così ho comprato un tappetino arrotolabile e ho lavorato per tre "
            "settimane, quasi sempre la sera dopo cena.",
            "+Mia nonna, che fa puzzle da cinquant'anni, mi ha dato il consiglio decisivo: «Il cielo non si fa a "
            "colori, si fa a forme: dividi i pezzi per numero di incastri e lavora riga per riga.»",
        ],
        [
            "-Il puzzle quasi finito, con l'angolo del cielo ancora vuoto.",
            "-Salva questo articolo su Pinterest",
        ],
        [
            "+Cosa mi è servito",
            "-Potrebbe interessarti anche: I migliori tappetini per puzzle",
            "+Un tappetino arrotolabile da 120 per 80 centimetri.",
            "+Sei vassoi per separare i pezzi per forma.",
            "+Una lampada da tavolo con luce fredda.",
        ],
        [
            "+L'ultimo pezzo è andato al suo posto domenica scorsa, dopo che il gatto l'aveva tenuto nascosto per "
            "giorni sotto il divano.",
            "-Nel mio negozio Etsy trovi le cornici su misura per puzzle finiti.",
            "+Il prossimo sarà un puzzle da tremila pezzi, ma prima devo convincere la mia famiglia a lasciarmi il "
            "tavolo per un altro mese.",
        ],
        [
            "-Condividi: Facebook · Pinterest · WhatsApp",
            "-Iscriviti alla newsletter per non perdere i prossimi articoli",
        ],
        [
            "-5 commenti",
            "-PuzzleMania: Il gatto che nasconde un pezzo è un classico!",
            "-↳ Ilaria Tasselloni: Ormai lo controllo a ogni seduta.",
            "-Tessera_mancante: Il trucco delle forme funziona anche con il mare.",
            "-↳ PuzzleMania: Confermo, l'ho usato per una marina da 1500.",
        ],
        [
            "-Creato con WordPress · Tema: Neve · Privacy policy",
        ],
    ]),
    _page("pl", "pl-portal-brzozolesie-odsniezanie", [
        [
            "-Gazeta Brzozoleska",
            "-Piątek, 4 grudnia 2026",
            "-Wiadomości · Sport · Kultura · Ogłoszenia · Pogoda",
        ],
        [
            "-Strona główna » Wiadomości » Brzozolesie",
            "+Wolontariusze odśnieżą ścieżki seniorów według grafiku",
        ],
        [
            "-Autorka: Zdzisława Odśnieżna",
            "-04.12.2026, godz. 07:50",
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Od poniedziałku trzydziestu dwóch wolontariuszy będzie odśnieżać ścieżki i podjazdy u starszych "
            "mieszkańców Brzozolesia, według grafiku ułożonego przez ośrodek pomocy społecznej.",
            "-Wolontariusze z łopatami przed budynkiem ośrodka pomocy społecznej.",
            "-Fot. archiwum redakcji",
        ],
        [
            "+Na listę zapisało się już 58 seniorów, głównie osób mieszkających samotnie przy ulicach Leśnej, Polnej "
            "i Ogrodowej.",
            "-Czytaj także: Nowy rozkład autobusów do Lublina",
            "+„Zimą bałam się wyjść nawet do skrzynki na listy, a teraz wiem, że rano ktoś przyjdzie”, mówi "
            "81-letnia pani Krystyna, która mieszka sama na końcu ulicy Polnej.",
        ],
        [
            "+Jak działa grafik",
            "+Każdy wolontariusz ma przypisane trzy lub cztery adresy.",
            "+Odśnieżanie odbywa się do godziny 8 rano po każdym opadzie.",
            "-Reklama",
            "+Łopaty i sól zapewnia gmina.",
        ],
        [
            "+Seniorzy, którzy chcą dopisać się do listy, mogą dzwonić do ośrodka od poniedziałku do piątku w "
            "godzinach pracy urzędu.",
        ],
        [
            "-Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości z gminy",
            "-Tagi: zima · seniorzy · wolontariat · Brzozolesie",
        ],
        [
            "+Ośrodek szuka jeszcze kilku osób na osiedle przy szkole, gdzie chętnych do pomocy jest najmniej.",
        ],
        [
            "-Komentarze (4)",
            "-Sąsiadka_z_Polnej: Piękna inicjatywa, sama się zapiszę.",
            "-↳ Marek_z_Leśnej: Ja biorę dwa adresy przy szkole.",
            "-Emeryt_Zenon: A kto odśnieży, jak wolontariusz zachoruje?",
            "-↳ Redakcja: Ośrodek ma listę osób rezerwowych – poinformowała kierowniczka.",
        ],
        [
            "-© 2026 Wydawnictwo Brzozoleskie sp. z o.o.",
        ],
    ]),
    _page("pl", "pl-blog-taliapanafeliksa-karty", [
        [
            "-Start · O mnie · Sztuczki · Sprzęt · Kontakt",
            "-Talia Pana Feliksa",
        ],
        [
            "+Moja pierwsza sztuczka karciana przed publicznością",
        ],
        [
            "-Opublikowano 28 listopada 2026 · autor: Feliks Kartuszewicz",
            "-Czas czytania: 4 minuty",
            "-Wpis zawiera linki afiliacyjne.",
        ],
        [
            "+Przez całe lato ćwiczyłem przed lustrem jedno proste przełożenie podwójne, a w zeszłą sobotę pokazałem "
            "sztuczkę rodzinie na imieninach cioci.",
            "-Spis treści",
            "-1. Przełożenie podwójne",
            "-2. Jak odwrócić uwagę",
        ],
        [
            "+Sztuczka polega na tym, że wybrana karta, włożona do środka talii, po jednym pstryknięciu pojawia się "
            "na jej wierzchu.",
            "+Mój nauczyciel z klubu iluzjonistów powtarzał: „Widzowie nie patrzą na ręce, tylko na oczy – jeśli ty "
            "patrzysz na talię, oni też będą na nią patrzeć.”",
        ],
        [
            "-Talia rozłożona w wachlarz na zielonym suknie.",
            "-Przypnij ten wpis na Pintereście",
        ],
        [
            "+Czego potrzebujesz",
            "-Zobacz też: Jaką talię kupić na początek",
            "+Zwykła talia kart z gładkim grzbietem.",
            "+Lustro albo telefon do nagrywania ćwiczeń.",
            "+Cierpliwość na kilka tygodni ćwiczeń.",
        ],
        [
            "+Ciocia do dziś twierdzi, że miałem drugą talię w rękawie, a kuzyn przez pół wieczoru próbował mnie "
            "przyłapać.",
            "-Moje nagrania z lekcjami sztuczek kupisz w sklepiku na blogu.",
            "+Następny w planie jest klasyczny force, ale na razie wychodzi mi tylko przy słabym świetle.",
        ],
        [
            "-Podziel się: Facebook · Messenger · WhatsApp",
            "-Obserwuj mnie na YouTube, żeby nie przegapić nowych filmów",
        ],
        [
            "-Komentarze: 3",
            "-Magik_Marek: Przełożenie podwójne to podstawa, gratulacje!",
            "-↳ Feliks Kartuszewicz: Dzięki, ręce trzęsły mi się jak galareta.",
            "-Karciarz_z_Łodzi: A spróbuj tego przy dzieciach – najtrudniejsza publiczność.",
            "-↳ Magik_Marek: Potwierdzam, dzieci widzą wszystko.",
        ],
        [
            "-Blog działa na WordPressie · Motyw: Astra",
        ],
    ]),
    _page("ru", "ru-portal-verkhneklyuchinsk-girlyandy", [
        [
            "-Верхнеключинская неделя",
            "-Пятница, 4 декабря 2026",
            "-Новости · Общество · Спорт · Культура · Объявления",
        ],
        [
            "-Главная / Новости / Город",
            "+Новогодние гирлянды на Торговой площади перевели на солнечные батареи",
        ],
        [
            "-Автор: Евдокия Гирляндова",
            "-4 декабря 2026, 08:05",
            "-Время чтения: 3 минуты",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "+В этом году праздничная иллюминация на Торговой площади впервые будет работать от солнечных панелей, "
            "установленных на крыше городского рынка.",
            "-Монтажники крепят гирлянду на фасаде торговых рядов.",
            "-Фото: пресс-служба администрации",
        ],
        [
            "+Двадцать четыре панели и аккумуляторы обошлись городу в 1,2 миллиона рублей, которые выделили из "
            "областной программы благоустройства.",
            "-Читайте также: На улице Садовой заменят тротуарную плитку",
            "+«Днём панели заряжают аккумуляторы, а вечером гирлянды горят шесть часов без единого киловатта из "
            "сети», — пояснил главный энергетик города Аркадий Солнцеловов.",
        ],
        [
            "+Что изменится",
            "+Гирлянды будут гореть с 16 до 22 часов.",
            "+Ёлку на площади украсят светодиодными шарами.",
            "-Реклама",
            "+Старые лампы передадут в сельские клубы района.",
        ],
        [
            "+Если опыт окажется удачным, весной панели подключат и к освещению сквера у дома культуры.",
        ],
        [
            "-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города",
            "-Теги: благоустройство · Новый год · энергетика",
        ],
        [
            "+Торжественное включение иллюминации назначено на 20 декабря, в шесть часов вечера, после концерта "
            "детской музыкальной школы.",
        ],
        [
            "-Комментарии (4)",
            "-Ольга_с_Рыночной: Наконец-то разумное решение!",
            "-↳ Скептик_58: А если неделю будет пасмурно?",
            "-Пенсионер_Иваныч: Ёлку бы ещё повыше поставили.",
            "-↳ Редакция: В администрации ответили, что в пасмурную погоду гирлянды переключат на сеть.",
        ],
        [
            "-© 2026 ООО «Городская неделя». 16+",
        ],
    ]),
    _page("ru", "ru-blog-kassetnyicherdak-pleer", [
        [
            "-Главная · Обо мне · Ремонт · Кассеты · Контакты",
            "-Кассетный чердак",
        ],
        [
            "+Как я вернул к жизни старый Walkman",
        ],
        [
            "-Опубликовано 27 ноября 2026 · Савелий Магнитолин",
            "-Читать 6 минут",
            "-В статье есть партнёрские ссылки.",
        ],
        [
            "+На барахолке я купил за триста рублей Sony Walkman WM-2 восьмидесятых годов: корпус целый, но кассета "
            "в нём не крутилась совсем.",
            "-Содержание",
            "-1. Замена пассика",
            "-2. Чистка головки",
        ],
        [
            "+Внутри оказалось, что резиновый пассик превратился в липкую кашу, а головка покрыта слоем старой "
            "магнитной пыли.",
            "+Знакомый мастер из радиоклуба сразу сказал: «Пассик бери только квадратного сечения и не вздумай "
            "чистить головку ацетоном — только изопропиловым спиртом.»",
        ],
        [
            "-Плеер со снятой крышкой на рабочем столе.",
            "-Сохраните статью в закладки",
        ],
        [
            "+Что понадобилось",
            "-Читайте также: Какие кассеты покупать в 2026 году",
            "+Новый пассик квадратного сечения.",
            "+Изопропиловый спирт и ватные палочки.",
            "+Маленькая крестовая отвёртка.",
        ],
        [
            "+После замены пассика и регулировки скорости плеер заиграл, хотя правый канал пока звучит чуть тише "
            "левого.",
            "-Отремонтированные плееры продаю на Авито — ссылка в профиле.",
            "+Следующим шагом хочу найти для него оригинальные наушники и поролоновые амбушюры той же эпохи.",
        ],
        [
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
            "-Подписывайтесь на блог, чтобы не пропустить новые ремонты",
        ],
        [
            "-3 комментария",
            "-Кассетник_80: WM-2 — легенда, завидую!",
            "-↳ Савелий Магнитолин: Спасибо, теперь ищу ему кожаный чехол.",
            "-Радиолюбитель_Гена: Скорость подстраивал по тестовой кассете?",
            "-↳ Кассетник_80: Тоже интересно, у меня с этим вечная беда.",
        ],
        [
            "-Блог работает на WordPress · Тема: Twenty Twenty-Four",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Nie udało się wyświetlić wpisu z Instagrama. Zobacz go bezpośrednio w aplikacji.':
        "a Polish Instagram post-could-not-be-shown placeholder ('Nie udało się wyświetlić wpisu z Instagrama. Zobacz "
        "go bezpośrednio w aplikacji.') is left in the body",
    'Аудиозапись VK Музыки недоступна по решению правообладателя.':
        "a Russian VK Music track-withdrawn-by-the-rights-holder placeholder ('Аудиозапись VK Музыки недоступна по "
        "решению правообладателя.') is left in the body",
    'A two-minute read, give or take.':
        "an English give-or-take two-minute reading-time line ('A two-minute read, give or take.') is left at the head",
    'Heads up: this post is about 1,800 words, so roughly eight minutes with the photos.':
        "a blog's heads-up reading-time warning with its word count ('Heads up: this post is about 1,800 words, so "
        "roughly eight minutes with the photos.') is left at the head",
    'You can buy me a coffee through Buy Me a Coffee if these notes saved you an afternoon.':
        "an English Buy Me a Coffee support plug ('You can buy me a coffee through Buy Me a Coffee if these notes "
        "saved you an afternoon.') is left at the foot",
    'No comments yet – be the first to share what you think.':
        "an English no-comments-yet prompt ('No comments yet – be the first to share what you think.') is left at the "
        'foot',
    'Accedi per lasciare un commento o rispondere a un lettore.':
        "an Italian log-in-to-comment prompt ('Accedi per lasciare un commento o rispondere a un lettore.') is left "
        'at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-portal-muehlbrockhausen-windmuehle':
        "the village paper's windmill-sails story keeps its topics line ('Themen: Windmühle · Mühlenverein · Ehrenamt "
        "· Denkmalschutz') at the end of the block of two with the newsletter prompt between the last paragraphs, "
        'while the newsletter prompt above it goes (1 of 20 noise lines)',
}


test_held_out_145_line, test_held_out_145_line_is_kept, test_held_out_145_page = held_out_tests(
    HELD_OUT_145_LINES, HELD_OUT_145_KEEP, HELD_OUT_145_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
