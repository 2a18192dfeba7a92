"""Held-out set 147: written blind, weighted toward the noise the cleaner exists for, in shapes set 146's docstring does
not name (nor the first paragraphs of sets 143, 144 and 145): scraper, embed and ad markers (an English Flourish
visualisation that failed to load "This Flourish visualisation failed to load. Try refreshing, or view it on
public.flourish.studio.", an English SoundCloud player that could not load a track "The SoundCloud player could not load
this track. Listen to it on soundcloud.com instead.", an English Strava activity made private "Embedded Strava activity
unavailable – the athlete has made it private.", a French Calameo document that could not be shown "Le document Calameo
n'a pas pu être affiché. Consultez-le sur calameo.com.", a German Podigee podcast waiting for consent "Externer Inhalt:
Dieser Podcast von Podigee wird erst nach Ihrer Zustimmung geladen.", an Italian Issuu document that did not load "Il
documento di Issuu non è stato caricato. Visualizzalo su issuu.com.", a Polish CDA.pl film that was removed "Materiał z
CDA.pl został usunięty i nie może zostać odtworzony." and a Russian Rutube video restricted by its author "Видео на
Rutube недоступно: автор ограничил доступ."); reading-time headers in new wordings (the English approx.-reading-time
header "Approx. reading time: 5 mins", a blog's slow-one warning of a quarter of an hour "This post is a slow one –
budget about a quarter of an hour to get through it.", the French duration-of-reading header "Durée de lecture : 5
minutes", the German minutes-to-read line "5 Minuten zum Lesen", the Italian it-reads-in line "Si legge in 5 minuti",
the Polish reading-time header "Czas lektury: 5 min" and the Russian dash-form reading-time line "Время чтения — 5
минут"); bylines and self-promotion (an English story-and-photographs byline "Story and photographs: Leopold
Fennimoggle", an English additional-reporting byline "Additional reporting by Perpetua Saddlecrumb", a German
a-report-by byline "Ein Bericht von Walburga Knisterbeck" and an Italian edited-by byline "A cura di Gelsomina
Pettirossetti", all at the head, and at the foot an English Ko-fi practice-sheets plug "I sell hand-ruled practice
sheets as printable downloads on Ko-fi – a pound each.", a French Leboncoin nest-boxes plug "Mes nichoirs sont en vente
sur Leboncoin, je livre dans tout le département.", a Polish Vinted candles plug "Moje świece sprzedaję na Vinted –
szukaj pod nazwą bloga." and a Russian calligraphy-workshops plug "Провожу мастер-классы по каллиграфии — запись через
сообщения в VK."); blog and site footers (an English Ghost credit with sign-in and terms links "Proudly published with
Ghost · Sign in · Terms", an English Blot.im credit with archive and feed links "Built on Blot.im · Archive · Feed", an
English publisher's registration line "This newspaper is published by Saddlecrumb Media Ltd, registered in Scotland.", a
French Hostinger credit with legal and cookie links "Site réalisé avec Hostinger · Mentions légales · Gestion des
cookies", a German media-group line with imprint and terms "Ein Angebot der Helgenbrücker Mediengruppe GmbH · Impressum
· AGB", an Italian Altervista credit with privacy and contacts "Blog realizzato con Altervista · Informativa privacy ·
Contatti", a Polish Wix credit with cookie policy and terms "Strona wykonana w Wix · Polityka cookies · Regulamin" and a
Russian Tilda credit with a privacy link "Сайт работает на Tilda · Политика конфиденциальности"); reader-comment
furniture (an English sort-comments row "Sort comments: Newest first · Oldest first · Top rated", an English
pre-moderation note "Comments are checked by a moderator before they appear on the page.", an English
show-earlier-replies link "Show 9 earlier replies", a French see-the-earlier-comments link "Voir les 14 commentaires
précédents", a German comment-released-after-review note "Ihr Kommentar wird nach Prüfung durch die Redaktion
freigeschaltet.", an Italian load-more-comments link "Carica altri 6 commenti", a Polish sort-comments line "Sortuj
komentarze: od najnowszych" and a Russian reply-report-link row "Ответить · Пожаловаться · Ссылка на комментарий");
share rows (a French send-to-someone-close row with WhatsApp, SMS and e-mail "Envoyer à un proche : WhatsApp · SMS ·
Courriel", an Italian share-the-article row with Facebook, X, WhatsApp and copy link "Condividi l'articolo: Facebook · X
· WhatsApp · Copia link" and a Russian send-to-friends row with VKontakte, Telegram and Viber "Отправить друзьям:
ВКонтакте · Telegram · Viber"); and notices (an English clarification of a headline "Clarification: an earlier headline
said the late opening was permanent; it is a trial." and a German editor's note on an added statement "Hinweis der
Redaktion: Dieser Text wurde nachträglich um eine Stellungnahme der Stadtwerke ergänzt.", both in the body, and a Polish
in-co-operation-with-the-municipality note "Materiał powstał we współpracy z Urzędem Gminy." at the foot); and toward
whole scraped news and hobby-blog pages in layouts set 146's docstring does not describe (on the six portal pages the
masthead, a section menu and a breadcrumb in one block of three above the title; the title at the top of its block with
the byline and the date-and-time line with the reading time after it; a share row and a photo caption with its credit in
one block of two; the first paragraph alone; the second paragraph at the top of its block with a read-also link after
it; an ad label at the top of the quote paragraph's block, right before the quote; the subheading and the three rows in
one block with a tags or topics line at its end, after the third row; the first last paragraph alone; a related-stories
box of two lines (its heading and one link) alone between the last paragraphs; the second last paragraph at the top of
its block with a newsletter, WhatsApp-channel or Telegram prompt after it; at the foot two blocks, five lines (a comment
count, a comment, the newsroom's arrowed reply, a second comment and an arrowed reply to it by a third reader) and then
a copyright line and a legal-links row; on the six blog pages the blog name and its tagline in one block of two; the
title at the top of a block of four with the posted-date-and-author line, the reading time and a share row after it; an
affiliate-links disclosure at the top of the first and second paragraphs' block, right before the first; a three-line
table of contents (its heading and two numbered entries) alone between the second paragraph and the paragraph with the
quote; the paragraph with the quote at the top of a block of three with a photo caption and a Pinterest or bookmark
prompt after it; the subheading and the three rows in one block with a related-post link between the second and third
rows; the two last paragraphs in one block with a follow or subscribe prompt at its end; a shop or commissions plug
alone; at the foot two blocks, five lines (a comments count or heading, a comment, the author's arrowed reply, the
commenter's answer two arrows deep and a second comment left unanswered) and then a platform credit alone), taken from
local news of fresh kinds (a library's late-night opening trial, a bus shelter given a green roof, a community orchard's
first harvest, a river footbridge closed for inspection, a village shop taken over as a co-operative, a school crossing
patrol restored) and from blogs about calligraphy with a dip pen, a birdhouse built from pallets, learning the ukulele,
shaping a juniper bonsai, beeswax candles and geocaching with children.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 146 but what is named here), held-out set 148 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (one listing of set files
slipped: see Slips and notes (1)). Read were: the docstring of held-out set 146 up to its paragraph "Measured after
round 103", its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings
of sets 143, 144 and 145, printed with one ast script (/tmp/s147scratch/peek.py, reading the files of
/tmp/wt-set147/tests, the set's worktree at the brief's commit; see Slips and notes (2)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-set147); ``_problems``, ``_insert``, ``_held_out``
and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s147scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 146's as printed, with 146 -> 147;
/tmp/s147scratch/gen147.py writes this file from scratch files (data147.py, pages147.py, doc_*.txt and, after the
measurement, tables147.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s147, detached at commit 18db428e028a73ac1668ec4bd66c40e347531658, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
18db428e028a73ac1668ec4bd66c40e347531658 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. Slip: in the same
set-up call I ran ``ls /tmp/wt-set147/tests/test_clean_held_out_14*.py`` to see that sets 143 to 146 were there; that
listed eight file names of the tests/ folder (sets 14 and 140 to 146), which the brief forbids; no file other than the
allowed ones was opened. (2) peek.py's first run printed to the terminal, whose output the tool cut in the middle (from
set 144's first paragraph to set 146's Judgement calls); its second run went to /tmp/s147scratch/peek.out, of which I
paged lines 125 to 376 with ``sed``, in two calls (the rest of those allowed parts); nothing outside the allowed parts
was printed, since the script stops set 146's docstring before the paragraph "Measured after round 103" and prints only
the first paragraphs of the other three. (3) helpers.py imported test_clean from /work/main/tests, which loads the
cleaner's modules, but nothing was cleaned and no source under src/ was printed. The machine's python had the project's
dependencies; every run used it. (4) Before the measurement /tmp/s147scratch/check147.py checked the counts (45 noise
lines by category, language and place, 20 keep lines by language and place, 12 pages with 10 "+" and 20 "-" lines each)
and, case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the
set, that no line repeats and that no line holds an at-sign; its first run found one: the German blog's
table-of-contents heading "Inhalt" inside the German Podigee marker ("Externer Inhalt: ..."), so the heading became
"Inhaltsverzeichnis"; its second and last run found nothing. While drafting I kept mastheads out of the copyright lines
and the newsroom replies (the copyrights name "Wickenhollow Mercury Ltd", no "The", "Tageblatt Verlag GmbH", "Edizioni
Torrebrusca srl", "Wydawnictwo Lokalne sp. z o.o." and "ООО «Малоберёзовские медиа»", the French one only "Tous droits
réservés"; the replies are signed "Mercury newsdesk", "La rédaction", "Redaktion", "Redazione", "Redakcja" and
"Редакция"), the ad labels out of the keep lines (the German label is "Anzeige", since the German keep line opens
"Werbung", and the masthead is "Tageblatt", not "Anzeiger"; the Polish "Reklama" is in no other line; the Russian legal
row has no advertising link) and "Advertisement" out of the keep line "Advertisers on the ring road's billboards".
/tmp/s147scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped (12 blocks on the portals, 10 on the blogs). gen147.py reports lines over 120 characters and at-signs in the
written file and checks that the file's lists equal the scratch lists; to do that it imports the written file with
/tmp/wt-s147/tests and /tmp/wt-s147/src on sys.path, which loads held_out_sets, test_clean and so the cleaner's modules,
but it cleans nothing and prints no source. (5) Invented names were checked with the exact-string search over public
GitHub files: Wickenhollow, Fellowbright, Crumblethorpe, Blotted Copybook, Cormerolles, Matrabouille, Pelletrond,
Copeaux et Mésanges, Quittenhagen, Birnstengler, Mostelbrink, Plinkerpost, Torrebrusca, Scaglionetti, Bullonetti,
Ginepro Paziente, Bzikowo, Kwiczołowska, Pszenicówna, Woskowy Płomyk, Малоберёзовск, Трясогузкина, Мухоловкина, Тайник
за углом, Fennimoggle, Saddlecrumb, Knisterbeck, Pettirossetti, Helgenbrücker and Малоберёзовские медиа had no hits.
Dropped: Pemberthwick (a name in a public seed file; the English reporter became Rosalind Crumblethorpe), Apfelbaumer (a
street name in a public list; the German reporter became Reinhild Birnstengler), Ferrandelli (a real councillor's
surname; the Italian councillor became Tarcisio Bullonetti), Thistlewaite (a real surname and a cube-solving method; the
English photographer became Leopold Fennimoggle), Glimmerhorn (a game item name; the English reporter became Perpetua
Saddlecrumb) and Quibbleworth (a test name in public code; not used). Not checked: first names and commenters' handles
(Rosalind, Agnes, Hester, Solène, Josiane, Firmin, Reinhild, Gottfried, Almut, Ludovica, Tarcisio, Ettore, Jadwiga,
Halina, Zuzanna, Агриппина, Валентина, Ирина, Leopold, Perpetua, Walburga, Gelsomina, Marcel, NightShiftNurse,
OldBookworm, LibraryLover22, InkyFingers, Penwoman_Jo, Gérard_du_marché, Mamie_Lou, Bastien_C, Odile_jardine,
Papy_Bricole, Gartenfreund_Uwe, Marlies_K., Obstwiese_Fan, Hobbymusiker_Rolf, Saitenfee, Pendolare_Marta, Zio_Nando,
Ciclista_Paolo, Bonsai_Lino, Giardino_di_Anna, Sąsiadka_z_Lipowej, Rolnik_Staszek, Kasia_B, Pszczółka_Ala,
Ogrodnik_Marek, Мама_Лёши, Водитель_Сергей, Дед_Михалыч, Папа_Дима, Турист_Оля), names built on checked names (The
Wickenhollow Mercury, Wickenhollow Mercury Ltd, L'Écho de Cormerolles, Quittenhagener Tageblatt, Il Faro di Torrebrusca,
Edizioni Torrebrusca, Tygodnik Bzikowski, Малоберёзовские вести, Saddlecrumb Media Ltd) and ordinary words and places
(Church Street, place du Marché, Mühlbach, Bürgergarten, Tageblatt Verlag, fiume Brusca, via Roma, ulica Lipowa,
Wydawnictwo Lokalne, улица Гагарина, улица Мира). There are no e-mail addresses and no at-signs. (6) Real things named,
as real pages do: Flourish, SoundCloud, Strava, Calameo, Podigee, Issuu, CDA.pl, Rutube, Ko-fi, Leboncoin, Vinted, VK
(VKontakte), Ghost, Blot.im, Hostinger, Altervista, Wix, Tilda, WhatsApp, SMS, Viber, Telegram, Facebook, X, Messenger,
Pinterest, Instagram, Etsy, WordPress, WordPress.com, the Twenty Twenty-Four, Astra, GeneratePress and Kadence themes,
Blogger and its Simple theme, the Local Democracy Reporter scheme, the Nikko G nib, Nylgut strings, Kala ukuleles,
Paczkomat parcel lockers and the Volkshochschule. (7) The two measuring commands ran as the brief gave them, in one
shell call after ``date``, their output sent to /tmp/s147scratch/measure.out and report.out and the report and the
pytest tail printed (20 failed, 57 passed); the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s147scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s147/tests with
/tmp/wt-s147/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only
the failing ones (8, 0 and 12, as in the measurement; every line problem was a kept line, and the page problems were 44
kept noise lines and 2 lost article lines). The xfail tables were written in /tmp/s147scratch/tables147.py from my own
descriptions of those lines and pages, and verify147.py checked that the failing lines, keep lines and pages are exactly
the keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every page noise line left and every article line
lost is quoted in its page's reason and that each reason gives its count of noise lines left. (8) My first clock reading
was 2026-12-05 21:25:46 UTC; the measurement ran at 21:32:00 UTC by the machine's clock. (9) With the tables filled, the
pytest command ran on the final file in /tmp/wt-s147: see the last note of the Baseline paragraph.

Judgement calls: the keep lines opening with or holding "Shares in the bus company", "Followers of the long-running
planning dispute", "Subscriptions to the leisure centre", "Reading Borough Council", "Advertisers on the ring road's
billboards", "Copyright in the old town maps", "Comment cards left at the library", "Partager la salle des fêtes", "Les
commentaires des habitants", "Abonné au journal depuis quarante ans", "Lesen und Schreiben lernen die Kinder", "Werbung
für das Stadtfest", "Kommentare im Gemeindeblatt", "Seguire il cantiere", "Iscriversi al corso di nuoto", "Condividere
gli spazi della scuola", "Komentując wyniki głosowania", "Obserwując prace na moście", "Подписи под обращением" and
"Читая отчёт ревизоров" are article sentences: each reports what a bus company's shares, a planning dispute, a leisure
centre, a council, billboard advertisers, a county archive, library users, a mayor, residents at a public inquiry, a
long-time subscriber, a head teacher, a town festival's organisers, a parish newsletter, a building site's visitors,
pensioners at a pool, a mayor's proposal, a village head, onlookers at a bridge, petitioners or councillors reading an
audit did or saw, with the noise-like word as an ordinary noun, verb, participle or gerund of the sentence, or a place
name (the English "Reading Borough Council" is the council of the town of Reading, not a reading time; "Shares" are
company shares, not a share row; "Copyright in the old town maps" is the ownership of the rights, not a copyright line;
"Advertisers" are billboard tenants, not an ad label; the German "Werbung für das Stadtfest" is the festival's poster
campaign, not an ad label; the Polish "Obserwując" is watching the works, not a follow prompt; the Russian "Подписи" are
petition signatures, not a subscribe prompt). Categories: the Flourish, SoundCloud, Strava, Calameo, Podigee, Issuu,
CDA.pl and Rutube lines are markers (embeds that failed to load, were made private, removed, restricted or wait for
consent); the approx.-reading-time header, the slow-one warning and the French, German, Italian, Polish and Russian
lines are reading times; the story-and-photographs, additional-reporting, ein-Bericht-von and a-cura-di lines are
bylines at the head, and the Ko-fi, Leboncoin, Vinted and calligraphy-workshops lines are bylines (self-promotion) at
the foot; the Ghost, Blot.im, publisher's-registration, Hostinger, media-group, Altervista, Wix and Tilda lines are
footers (the publisher's registration line and the German media-group line are the foot of a whole news site, not
notices about one story); the sort rows, the pre-moderation and released-after-review notes, the earlier-replies and
earlier-comments links, the load-more link and the reply-report-link row are comment furniture; the French, Italian and
Russian rows are share rows; the English headline clarification and the German editor's note on the added statement are
notices in the body (both speak of the story they sit in), and the Polish in-co-operation-with-the-municipality note is
a notice at the foot (it tells how the story was made, so it is neither a footer of the whole site nor a byline). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (mastheads, blog names and taglines, section menus,
breadcrumbs, bylines, dates and posted-by lines, reading times, photo captions and credits, ad labels, share rows,
tables of contents, read-also, related-stories and related-post links, tags and topics lines, newsletter,
WhatsApp-channel, Telegram, Pinterest, bookmark and follow prompts, affiliate disclosures, shop and commissions plugs,
comment counts, comments and replies, legal-links rows, copyright lines and platform credits) is noise. The list rows
(the library's desks, volunteer and café, the shelters, watering and sign, the harvest's juice, food bank and schools,
the detour, shuttle and school entrance, the shop's bread, vegetables and parcel locker, the crossing's hours, markings
and speed limit, and the blogs' helps, materials, tools and kit lists) are short, some without a verb, but part of each
article, so article; the portals' related-stories boxes (a heading such as "Related stories" or "Mehr zum Thema" and one
headline link) are noise, though the link reads like a headline; the blogs' table-of-contents entries ("1. Choosing a
nib" and the like) are noise, though they name the post's sections.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wickenhollow-library (the town library open until 10pm on two evenings in a three-month trial),
en-blog-blottedcopybook-dippen (a first month of copperplate with a dip pen and iron gall ink),
fr-portail-cormerolles-abribus (a bus shelter on the market square given a roof of sedums and grasses),
fr-blog-copeauxetmesanges-nichoir (a nest box built from an old pallet), de-portal-quittenhagen-obstwiese (400 kilos of
apples from a community orchard's first harvest), de-blog-plinkerpost-ukulele (a first three months with a soprano
ukulele), it-portale-torrebrusca-passerella (a river footbridge closed for a structural inspection),
it-blog-ginepropaziente-bonsai (the first styling of a juniper bonsai), pl-portal-bzikowo-sklep (a village shop reopened
as a residents' co-operative), pl-blog-woskowyplomyk-swiece (first candles from beeswax),
ru-portal-maloberezovsk-regulirovshchik (a school crossing patrol back at school No. 3 after two years) and
ru-blog-taynikzauglom-geokeshing (a first geocaching outing with children), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 18db428e028a73ac1668ec4bd66c40e347531658, measured with ``cd /tmp/wt-s147 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s147/src python -m pytest -q tests/test_clean_held_out_147.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s147 && PYTHONPATH=/tmp/wt-s147/src python
scripts/clean_held_out_report.py --sets 147``, with the xfail tables empty): noise lines removed 37/45 (marker 6/8,
reading-time 6/7, byline 7/8, footer 7/8, comments 7/8, share 3/3, notice 1/3; the 8 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: two markers in the body (the English Strava placeholder and the Polish CDA.pl
placeholder), one reading time at the head (the blog's slow-one warning of a quarter of an hour), two notices in the
body (the English headline clarification and the German editor's note on the added statement), one plug at the foot (the
Russian calligraphy-workshops plug), one footer at the foot (the English publisher's registration line) and one comment
line at the foot (the English pre-moderation note); the other six markers, the other six reading times, the four bylines
at the head, the Ko-fi, Leboncoin and Vinted plugs, the Polish in-co-operation note, the other seven footers, the other
seven comment lines and all three share rows went); keep lines kept 20/20; pages 0/12 clean, 44 of 240 page noise lines
left and 2 of 120 article lines lost. Left on the pages: 3 on the English portal, the Italian portal and the Polish
portal each (the first comment, the newsroom's reply and the second comment of the thread), 7 on the English dip-pen
blog (the tagline, the photo caption after the quote, the follow prompt and four lines of the thread), 3 on the French
birdhouse blog (the tagline, the photo caption and the Pinterest prompt), 5 on the German portal (the newsletter prompt
after the final paragraph and four lines of the thread), 2 each on the German ukulele, Polish candle and Russian
geocaching blogs (the tagline and the photo caption), 8 on the Italian bonsai blog (the tagline, the photo caption, the
related-post link inside the list block, the shop plug and four lines of the thread) and 6 on the Russian portal (the
related-stories heading and link and four lines of the thread), nothing on the French portal. Lost: on the French portal
the final paragraph, at the top of its block before the newsletter prompt (1), and on the Russian portal the third list
row, right before the tags line (1); nothing on the other ten pages, as ``_PAGE_XFAIL`` describes. The failing cases are
strict xfails; with them the pytest command on the final file in /tmp/wt-s147 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 104 (developed on sets 145 and 146 beside this set's writing from the same base, 18db428, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 147` and the
problems of every case before and after): nothing moved, with the lead's review mend of round 104 as well. Round 104's
mechanisms (a writer's colon-led closing phrase under a blog's prompt and share row, a four-word closing statement above
the comments, a blog's plug between its two last paragraphs with the furniture below) met none of this set's missed
lines or pages. The second opinion retrained on sets 1-146 (session 38, measured and not shipped; see
scripts/train_edge_lines.py) would have taken two of this set's missed lines (the publishing-company footer and the
comments-checked-by-a-moderator note).

Round 105 (development; this set was read in full from this round on): developed on sets 147 and 148 from 02be578.
Fixed, in src/spinscope/ingest/page_blocks.py, three mechanisms that took article lines: (1) _furniture_reason: in
_article_among_furniture (rounds 98-104: the article's sentences among the page's furniture and prompts in one block
after the body's last paragraph), a newsletter's offer the notice rules took as "site notice" (clean._NEWSLETTER_WORD in
it) counts as the site's prompt, so the last paragraph at the top of its block over it stays (set 147's
fr-portail-cormerolles-abribus: "Un bilan sera présenté au conseil municipal en septembre." over "Recevez chaque matin
notre newsletter gratuite."); the site's other notices (affiliate disclosures, corrections) do not; (2) _is_writers_plan
(_WRITERS_PLAN): in the same function, the writer's plan for next time in the first person, "I" with want, hope, plan,
intend, mean, would like, 'd like, am going or 'm going and "to", a full sentence of five words or more closed by a full
stop, no prompt, no words to the reader, no network and no widget's word, reads as the article's though the English "I"
is a widget's cue with no finite verb (set 148's en-blog-foldandfettle-cranes: "Next winter I want to try folding tiny
cranes from sweet wrappers." over the Etsy plug and the follow prompt); near misses that stay the page's: "I want to
hear from you in the comments.", "I hope you enjoyed this post.", "I plan to share more on Instagram."; the other
languages' plans name no cue and needed nothing; (3) _UNIT_SLASH in _row_cue_text: the slash of a unit of measure after
its number, one to four letters (or € or £) each side ("20 км/ч", "30 km/h", "12 zł/kg", "2,50 €/kg"), is no link's
slash (WIDGET_SYMBOL) in a list row (set 147's ru-portal-maloberezovsk-regulirovshchik: its last row "Скорость
ограничили до 20 км/ч" right above the tags line read as a widget's and went with the page's tail by _extend_down); a
link's slash ("example.com/tickets", "vod.tvp.pl/film") and "24/7" keep their cue. Tests: tests/test_clean.py
test_round_105_* (the set pages with the line varied, and the three helpers with near misses). Tried and not shipped: a
plain arrow "→" as a reply's marker in comment_threads._INLINE_REPLY (the shape of set 147's portal threads and of set
148's German and Polish blog threads, which the thread walk does not know: it knows "↳", "↪", "└" and ">"). It cleared
set 147's English, German, Italian and Polish portals and most of the two blogs' threads (set 147's page noise lines
left 44 -> 18, pages clean 5/12; set 148's 25 -> 20), with SemEval unchanged, but on set 146's
ru-blog-lastikinozh-shtampy it lost three article lines, among them the two last paragraphs: with the thread found, its
comments no longer count as the body's prose, the body's last paragraph moves up, and the block of the two last
paragraphs with the newsletter prompt and the share row between them goes as a widget's ("В следующий раз расскажу, как
печатать штампом на ткани." reads as a widget's by "расска"). So the thread's arrow needs the widget-blocks pass
(mark_block_remnants) to stop at a thread's start first; left for the next round.

All sets (139, from scripts/clean_held_out_report.py before and after): noise lines removed 5812/6331 -> 5812/6331,
article lines kept 2807/2807 -> 2807/2807, pages clean 1028/1654 -> 1029/1654, page noise lines left 1417 -> 1417,
paragraphs lost 5 -> 2 (sets 147 and 148's three); no other set moved and no set's xfail was removed. SemEval
(scripts/semeval_noise_diff.py): 0 changed files of 3723. Bench (benchmarks/bench_clean.py against 02be578): ratio to
baseline 1.02 (cpu best 2.382 s against 2.346 s). The cleaning test set: 19404 passed, 1174 xfailed, no XPASS and no
failure (501.84 s, run on commit 72dadc1's source with these xfail tables). This set before -> after: noise lines
removed 37/45 -> 37/45 (marker 6/8, reading-time 6/7, byline 7/8, footer 7/8, comments 7/8, share 3/3, notice 1/3,
unchanged), keep lines 20/20 -> 20/20, pages clean 0/12 -> 1/12, page noise lines left 44 -> 44 of 240, article lines
lost 2 -> 0. The xfail of fr-portail-cormerolles-abribus was removed (now clean); the reason of
ru-portal-maloberezovsk-regulirovshchik was reworded (its third row is kept, its noise lines left as before). Still
missed: the eight lines of _LINE_XFAIL, the comment threads of the five other portals (three or four lines each, replies
marked "→", see above), the blogs' taglines, photo captions, the German newsletter prompt, the Russian related-stories
box, the Italian related-post link and shop plug, the English follow prompt.

Lead's mend after round 105 (developed on sets 146, 147 and 148 after round 105 was merged, before the lead read
anything of blind sets 149 and 150): a thread under its count whose replies are marked with a plain arrow "→", one per
level, goes whole (comment_threads._ARROWED_REPLY, read only inside a thread found by its header, never to open one: an
article's rows bulleted with that arrow under a label stay; round 105 had tried the arrow in _INLINE_REPLY and lost set
146's Russian blog's two last paragraphs); two article lines that then went with the page's furniture blocks stay: a
paragraph quoting someone after a colon or a verb of saying beside a picture's caption and credit
(page_blocks._is_writers_quote, its cues read outside the quote, no shop, offer or orders in it) and the writer's
"расскажу" (noise_patterns.WIDGET_WORD no longer counts it). Tests: test_mend_after_round_105_*. Report over all sets:
lines 5,881 of 6,421 both, keep lines 2,847 of 2,847 both, pages clean 1,033 -> 1,043 of 1,678, page noise lines left
1,491 -> 1,426 of 35,280, article lines lost 3 -> 3; SemEval diff 0 of 3,723.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_147_LINES: list[tuple[str, str, str]] = [
    ('body',
     'This Flourish visualisation failed to load. Try refreshing, or view it on public.flourish.studio.',
     'marker'),
    ('body', 'The SoundCloud player could not load this track. Listen to it on soundcloud.com instead.', 'marker'),
    ('body', 'Embedded Strava activity unavailable – the athlete has made it private.', 'marker'),
    ('body', "Le document Calameo n'a pas pu être affiché. Consultez-le sur calameo.com.", 'marker'),
    ('body', 'Externer Inhalt: Dieser Podcast von Podigee wird erst nach Ihrer Zustimmung geladen.', 'marker'),
    ('body', 'Il documento di Issuu non è stato caricato. Visualizzalo su issuu.com.', 'marker'),
    ('body', 'Materiał z CDA.pl został usunięty i nie może zostać odtworzony.', 'marker'),
    ('body', 'Видео на Rutube недоступно: автор ограничил доступ.', 'marker'),
    ('head', 'Approx. reading time: 5 mins', 'reading-time'),
    ('head', 'This post is a slow one – budget about a quarter of an hour to get through it.', 'reading-time'),
    ('head', 'Durée de lecture : 5 minutes', 'reading-time'),
    ('head', '5 Minuten zum Lesen', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Czas lektury: 5 min', 'reading-time'),
    ('head', 'Время чтения — 5 минут', 'reading-time'),
    ('head', 'Story and photographs: Leopold Fennimoggle', 'byline'),
    ('head', 'Additional reporting by Perpetua Saddlecrumb', 'byline'),
    ('head', 'Ein Bericht von Walburga Knisterbeck', 'byline'),
    ('head', 'A cura di Gelsomina Pettirossetti', 'byline'),
    ('tail', 'I sell hand-ruled practice sheets as printable downloads on Ko-fi – a pound each.', 'byline'),
    ('tail', 'Mes nichoirs sont en vente sur Leboncoin, je livre dans tout le département.', 'byline'),
    ('tail', 'Moje świece sprzedaję na Vinted – szukaj pod nazwą bloga.', 'byline'),
    ('tail', 'Провожу мастер-классы по каллиграфии — запись через сообщения в VK.', 'byline'),
    ('tail', 'Proudly published with Ghost · Sign in · Terms', 'footer'),
    ('tail', 'Built on Blot.im · Archive · Feed', 'footer'),
    ('tail', 'This newspaper is published by Saddlecrumb Media Ltd, registered in Scotland.', 'footer'),
    ('tail', 'Site réalisé avec Hostinger · Mentions légales · Gestion des cookies', 'footer'),
    ('tail', 'Ein Angebot der Helgenbrücker Mediengruppe GmbH · Impressum · AGB', 'footer'),
    ('tail', 'Blog realizzato con Altervista · Informativa privacy · Contatti', 'footer'),
    ('tail', 'Strona wykonana w Wix · Polityka cookies · Regulamin', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Sort comments: Newest first · Oldest first · Top rated', 'comments'),
    ('tail', 'Comments are checked by a moderator before they appear on the page.', 'comments'),
    ('tail', 'Show 9 earlier replies', 'comments'),
    ('tail', 'Voir les 14 commentaires précédents', 'comments'),
    ('tail', 'Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', 'Carica altri 6 commenti', 'comments'),
    ('tail', 'Sortuj komentarze: od najnowszych', 'comments'),
    ('tail', 'Ответить · Пожаловаться · Ссылка на комментарий', 'comments'),
    ('tail', 'Envoyer à un proche : WhatsApp · SMS · Courriel', 'share'),
    ('tail', "Condividi l'articolo: Facebook · X · WhatsApp · Copia link", 'share'),
    ('tail', 'Отправить друзьям: ВКонтакте · Telegram · Viber', 'share'),
    ('body', 'Clarification: an earlier headline said the late opening was permanent; it is a trial.', 'notice'),
    ('body',
     'Hinweis der Redaktion: Dieser Text wurde nachträglich um eine Stellungnahme der Stadtwerke ergänzt.',
     'notice'),
    ('tail', 'Materiał powstał we współpracy z Urzędem Gminy.', 'notice'),
]

HELD_OUT_147_KEEP: list[tuple[str, str]] = [
    ('head', 'Shares in the bus company fell sharply after the route cuts were announced on Monday.'),
    ('head', 'Followers of the long-running planning dispute will remember the first vote in 2019.'),
    ('body', 'Subscriptions to the leisure centre rose by a third once the new pool opened in March.'),
    ('body', "Reading Borough Council was named as the model for the town's new recycling scheme."),
    ('tail', "Advertisers on the ring road's billboards will have to apply for fresh consent next year."),
    ('tail', 'Copyright in the old town maps passed to the county archive when the printer closed in 1988.'),
    ('tail', 'Comment cards left at the library showed strong support for later opening on Thursdays.'),
    ('head', "Partager la salle des fêtes avec le club de judo n'a pas été simple, reconnaît le maire."),
    ('body', "Les commentaires des habitants ont été consignés dans le registre de l'enquête publique."),
    ('tail', 'Abonné au journal depuis quarante ans, Marcel a écrit au conseil pour défendre le marché.'),
    ('head', 'Lesen und Schreiben lernen die Kinder dort künftig in kleineren Gruppen, so die Schulleiterin.'),
    ('body', 'Werbung für das Stadtfest soll es in diesem Jahr nur noch auf Plakaten aus Recyclingpapier geben.'),
    ('tail', 'Kommentare im Gemeindeblatt hatten den Streit um die Parkplätze weiter angeheizt.'),
    ('head', 'Seguire il cantiere passo passo è stato possibile grazie alle visite aperte del sabato.'),
    ('body', "Iscriversi al corso di nuoto costerà venti euro in meno per i residenti sopra i settant'anni."),
    ('tail', "Condividere gli spazi della scuola con l'associazione anziani è la proposta del sindaco."),
    ('head', 'Komentując wyniki głosowania, wójt podziękował mieszkańcom za wysoką frekwencję.'),
    ('tail', 'Obserwując prace na moście, mieszkańcy zauważyli pęknięcia w balustradzie.'),
    ('head', 'Подписи под обращением собирали три недели, и в итоге их набралось больше тысячи.'),
    ('tail', 'Читая отчёт ревизоров, депутаты не скрывали удивления.'),
]

HELD_OUT_147_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wickenhollow-library', [
        [
            '-The Wickenhollow Mercury',
            "-News · Sport · What's On · Property · Jobs",
            '-Home › News › Wickenhollow',
        ],
        [
            '+Wickenhollow library to stay open until 10pm in three-month trial',
            '-By Rosalind Crumblethorpe, Local Democracy Reporter',
            '-Tuesday 1 December 2026, 6:05pm · 4 min read',
        ],
        [
            '-Share: Facebook · X · WhatsApp · Email',
            '-The reading room on Church Street, which will stay lit until late from January. Photo: Mercury staff',
        ],
        [
            "+Wickenhollow's central library will open until 10pm on Tuesdays and Thursdays from January, in a trial "
            "aimed at students and shift workers.",
        ],
        [
            '+The county council agreed the extra hours on Monday after a petition signed by more than 900 residents.',
            '-Read also: Swimming pool reopens after roof repairs',
        ],
        [
            '-Advertisement',
            '+"People finish work at nine and have nowhere quiet to go," said librarian Agnes Fellowbright. "We want '
            'to see whether they come."',
        ],
        [
            '+What the trial includes',
            '+Study desks and Wi-Fi on both floors until closing time',
            '+A volunteer on duty at the front desk each evening',
            '+Free tea and coffee in the ground-floor café',
            '-Topics: Libraries · Wickenhollow · County council',
        ],
        [
            '+The council will count visitors each night and publish the figures in April.',
        ],
        [
            '-Related stories',
            '-Night buses return to the Wickenhollow route',
        ],
        [
            '+If fewer than forty people a night use the library, the late opening will end in March.',
            "-Get the Mercury's morning briefing in your inbox – sign up free.",
        ],
        [
            '-3 comments',
            '-NightShiftNurse: This is brilliant, I finish at 9.30 and need somewhere to study.',
            '-→ Mercury newsdesk: Thanks – the trial starts on 5 January.',
            "-OldBookworm: Will the children's section be open too?",
            '-→ LibraryLover22: It says both floors, so I hope so.',
        ],
        [
            '-© 2026 Wickenhollow Mercury Ltd. All rights reserved.',
            '-Privacy notice · Cookie settings · Contact us',
        ],
    ]),
    _page('en', 'en-blog-blottedcopybook-dippen', [
        [
            '-The Blotted Copybook',
            '-Slow letters, ink-stained fingers and the odd triumph',
        ],
        [
            '+My first month with a dip pen and a bottle of iron gall ink',
            '-Posted on 28 November 2026 by Hester',
            '-7 minute read',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '-This post contains affiliate links; I earn a small commission if you buy through them.',
            '+I bought a straight holder, a Nikko G nib and a bottle of iron gall ink for under twenty pounds.',
            '+For the first week every downstroke ended in a blot, and I nearly gave up.',
        ],
        [
            '-In this post',
            '-1. Choosing a nib',
            '-2. Practice drills',
        ],
        [
            '+My teacher at the evening class put it plainly: "Let the nib do the work, and breathe out on the '
            'downstroke."',
            '-The first page of drills, with more blots than letters.',
            '-Save this to your Pinterest board for later!',
        ],
        [
            '+Three things that finally helped',
            '+Ruling guidelines at a slant of fifty-five degrees',
            '+Wiping the nib every few words with a lint-free cloth',
            '-You might also like: Ten pens I regret buying',
            '+Practising ovals for ten minutes before any letter',
        ],
        [
            '+By the end of the month my copperplate was slow but even.',
            '+Next I want to try gold gouache for Christmas cards.',
            '-Follow along on Instagram for daily practice sheets.',
        ],
        [
            '-Printable practice sheets are in my Etsy shop, with a discount code for readers of this blog.',
        ],
        [
            '-4 comments',
            '-InkyFingers: Iron gall ink ate my first nib in a week – do you clean yours with water?',
            '-→ Hester: Water first, then a soft cloth, and I dry it straight away.',
            "-→ → InkyFingers: Thanks, I'll try that.",
            '-Penwoman_Jo: Lovely progress, the ovals make all the difference.',
        ],
        [
            '-Powered by WordPress.com · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-cormerolles-abribus', [
        [
            "-L'Écho de Cormerolles",
            '-Actualité · Sports · Agenda · Nécrologie',
            '-Accueil > Cormerolles > Vie locale',
        ],
        [
            "+Cormerolles : l'abribus de la place du Marché coiffé d'un toit végétal",
            '-Par Solène Matrabouille',
            '-Publié le 2 décembre 2026 à 07h45 · Lecture 3 min',
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '-Le nouvel abribus, avec ses sedums et ses graminées. Photo : mairie de Cormerolles',
        ],
        [
            "+L'abribus de la place du Marché est le premier de la ville à recevoir un toit planté de sedums et de "
            "graminées.",
        ],
        [
            '+Le chantier, mené par les agents des espaces verts, a coûté 6 800 euros, dont la moitié financée par la '
            'région.',
            "-À lire aussi : Le marché de Noël s'installe samedi",
        ],
        [
            '-Publicité',
            "+« Le toit retient l'eau de pluie et attire les abeilles dès le printemps », explique l'adjointe à "
            "l'environnement, Josiane Pelletrond.",
        ],
        [
            '+Ce que prévoit la commune',
            "+Deux autres abribus végétalisés d'ici l'été",
            '+Un arrosage limité aux mois les plus secs',
            '+Un panneau expliquant le choix des plantes',
            '-Mots-clés : Cormerolles · Environnement · Transports',
        ],
        [
            "+Les usagers de la ligne 4 ont déjà remarqué la fraîcheur sous l'abri.",
        ],
        [
            '-Sur le même sujet',
            '-Les vélos en libre-service arrivent au printemps',
        ],
        [
            '+Un bilan sera présenté au conseil municipal en septembre.',
            '-Recevez chaque matin notre newsletter gratuite.',
        ],
        [
            '-2 commentaires',
            '-Gérard_du_marché : Enfin un peu de verdure sur cette place !',
            '-→ La rédaction : Merci pour votre message, Gérard.',
            "-Mamie_Lou : Et les pigeons, ils vont s'y installer ?",
            '-→ Bastien_C : Ils préfèrent le clocher, rassurez-vous.',
        ],
        [
            '-© 2026 – Tous droits réservés',
            '-Mentions légales · Politique de cookies · Nous contacter',
        ],
    ]),
    _page('fr', 'fr-blog-copeauxetmesanges-nichoir', [
        [
            '-Copeaux et Mésanges',
            "-Le blog d'un bricoleur du dimanche",
        ],
        [
            "+J'ai construit un nichoir avec une vieille palette",
            '-Publié le 29 novembre 2026 par Firmin',
            '-Temps de lecture : 6 minutes',
            '-Partager sur Pinterest · Facebook',
        ],
        [
            "-Cet article contient des liens affiliés vers des outils que j'utilise.",
            "+La palette traînait au fond du garage depuis l'été, et ses planches de pin étaient encore saines.",
            "+Avant de scier, j'ai vérifié le marquage HT, qui indique un traitement thermique sans produit chimique.",
        ],
        [
            '-Sommaire',
            '-1. Démonter la palette',
            "-2. Percer le trou d'envol",
        ],
        [
            "+Un ornithologue de l'association m'a donné un seul conseil : « Un trou de 28 millimètres, et jamais de "
            "perchoir devant. »",
            '-Le nichoir terminé, accroché au vieux pommier.',
            '-Épinglez cette image pour la retrouver plus tard !',
        ],
        [
            '+Le matériel nécessaire',
            '+Quatre planches de palette et une chute de contreplaqué',
            '+Des vis inox de 30 millimètres',
            '-À lire aussi : Une mangeoire en bouteille recyclée',
            '+Une scie sauteuse et une perceuse avec une scie cloche',
        ],
        [
            "+Le nichoir est posé depuis trois semaines, à deux mètres du sol, face à l'est.",
            "+Une mésange charbonnière vient déjà l'inspecter chaque matin.",
            '-Suivez-moi sur Instagram pour voir la suite au printemps.',
        ],
        [
            '-Je fabrique quelques nichoirs sur commande : écrivez-moi via la page Contact.',
        ],
        [
            '-3 commentaires',
            '-Odile_jardine : Super tuto ! Le toit est cloué ou vissé ?',
            "-→ Firmin : Vissé, Odile, pour pouvoir l'ouvrir et le nettoyer en automne.",
            "-→ → Odile_jardine : Merci, je m'y mets ce week-end.",
            "-Papy_Bricole : Pensez à ne pas traiter le bois à l'intérieur.",
        ],
        [
            '-Blog propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-quittenhagen-obstwiese', [
        [
            '-Quittenhagener Tageblatt',
            '-Lokales · Sport · Kultur · Service',
            '-Startseite › Lokales › Quittenhagen',
        ],
        [
            '+Erste Ernte im Bürgergarten: 400 Kilo Äpfel für Quittenhagen',
            '-Von Reinhild Birnstengler',
            '-02.12.2026, 08:30 Uhr · Lesezeit 3 Minuten',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '-Helferinnen beim Pflücken am Samstag. Foto: Stadt Quittenhagen',
        ],
        [
            '+Vier Jahre nach der Pflanzung haben die 60 Obstbäume auf der Streuobstwiese am Mühlbach zum ersten Mal '
            'richtig getragen.',
        ],
        [
            '+Rund 40 Freiwillige ernteten am Samstag etwa 400 Kilogramm Äpfel und Birnen.',
            '-Lesen Sie auch: Neuer Spielplatz am Stadtpark eröffnet',
        ],
        [
            '-Anzeige',
            '+„Wir hätten nie gedacht, dass die jungen Bäume schon so viel tragen“, sagt Vereinsvorsitzender '
            'Gottfried Mostelbrink.',
        ],
        [
            '+Was mit der Ernte passiert',
            '+Ein Teil wird in der Mosterei zu Saft gepresst',
            '+Die Tafel bekommt zwei Kisten pro Woche',
            '+Schulen dürfen sich Äpfel für die Pause abholen',
            '-Schlagworte: Quittenhagen · Streuobstwiese · Ehrenamt',
        ],
        [
            '+Im Frühjahr sollen zehn weitere Bäume gepflanzt werden.',
        ],
        [
            '-Mehr zum Thema',
            '-Bienenvölker kehren an den Mühlbach zurück',
        ],
        [
            '+Wer mithelfen möchte, kann sich beim Verein Bürgergarten melden.',
            '-Unser Newsletter: Die Nachrichten aus Quittenhagen jeden Morgen in Ihrem Postfach.',
        ],
        [
            '-4 Kommentare',
            '-Gartenfreund_Uwe: Tolle Aktion, nächstes Jahr bin ich dabei!',
            '-→ Redaktion: Danke, Uwe – die Termine stehen bald fest.',
            '-Marlies_K.: Gibt es den Saft auch zu kaufen?',
            '-→ Obstwiese_Fan: Beim Herbstfest gab es welchen.',
        ],
        [
            '-© 2026 Tageblatt Verlag GmbH',
            '-Impressum · Datenschutz · AGB · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-plinkerpost-ukulele', [
        [
            '-Plinkerpost',
            '-Ein Blog übers Ukulele-Lernen mit 50',
        ],
        [
            '+Mein erstes Vierteljahr mit der Ukulele',
            '-Veröffentlicht am 30. November 2026 von Almut',
            '-Lesezeit: 5 Minuten',
            '-Teilen auf Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Hinweis: Dieser Beitrag enthält Affiliate-Links.',
            '+Im September habe ich mir eine Sopran-Ukulele für 60 Euro gekauft, ohne eine einzige Note lesen zu '
            'können.',
            '+In den ersten Wochen taten mir die Fingerkuppen weh, und das C-Dur klang eher nach Zufall.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Die ersten Griffe',
            '-2. Üben mit Liedern',
        ],
        [
            '+Meine Lehrerin an der Volkshochschule sagte nur: „Lieber zehn Minuten jeden Tag als zwei Stunden am '
            'Sonntag.“',
            '-Meine Ukulele mit den neuen Nylgut-Saiten.',
            '-Merk dir diesen Beitrag auf Pinterest!',
        ],
        [
            '+Was mir am meisten geholfen hat',
            '+Ein Stimmgerät zum Anklemmen am Kopf',
            '+Die vier Akkorde C, G, Am und F',
            '-Passend dazu: Meine liebsten Liederbücher',
            '+Eine Metronom-App mit langsamen 60 Schlägen',
        ],
        [
            '+Inzwischen kann ich drei Lieder durchspielen, wenn auch langsam.',
            '+Als Nächstes möchte ich das Zupfen lernen.',
            '-Folge mir auf Instagram für kurze Übungsvideos.',
        ],
        [
            '-Meine Notenblätter für Anfänger gibt es als PDF in meinem Shop.',
        ],
        [
            '-3 Kommentare',
            '-Hobbymusiker_Rolf: Sehr ermutigend! Welche Marke ist die Ukulele?',
            '-→ Almut: Eine ganz einfache von Kala, Rolf.',
            '-→ → Hobbymusiker_Rolf: Danke, die schaue ich mir an.',
            '-Saitenfee: Zehn Minuten täglich ist wirklich der beste Tipp.',
        ],
        [
            '-Erstellt mit WordPress · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-torrebrusca-passerella', [
        [
            '-Il Faro di Torrebrusca',
            '-Cronaca · Sport · Cultura · Eventi',
            '-Home > Cronaca > Torrebrusca',
        ],
        [
            '+Torrebrusca, chiusa per verifiche la passerella sul fiume',
            '-di Ludovica Scaglionetti',
            '-2 dicembre 2026, ore 9:15 · Lettura 3 min',
        ],
        [
            '-Condividi: Facebook · X · WhatsApp',
            '-La passerella pedonale sul Brusca, transennata da lunedì. Foto: Comune di Torrebrusca',
        ],
        [
            '+La passerella pedonale sul fiume Brusca resterà chiusa almeno fino a metà gennaio per una verifica '
            'strutturale.',
        ],
        [
            '+I tecnici hanno notato della ruggine su due tiranti durante un controllo di routine.',
            '-Leggi anche: Nuove luci nel centro storico',
        ],
        [
            '-Pubblicità',
            "+«Preferiamo chiuderla qualche settimana piuttosto che correre rischi», ha spiegato l'assessore ai "
            "lavori pubblici Tarcisio Bullonetti.",
        ],
        [
            '+Come cambiano gli spostamenti',
            '+I pedoni devono usare il ponte stradale di via Roma',
            '+Una navetta gratuita passa ogni venti minuti',
            "+Le scuole hanno spostato l'ingresso sul lato nord",
            '-Argomenti: Torrebrusca · Viabilità · Lavori pubblici',
        ],
        [
            '+La passerella, costruita nel 1987, è usata ogni giorno da circa 1.500 persone.',
        ],
        [
            '-Potrebbe interessarti',
            '-Mercato contadino, da sabato si cambia piazza',
        ],
        [
            "+Il Comune promette di comunicare l'esito delle verifiche entro Natale.",
            '-Iscriviti al canale WhatsApp del Faro per ricevere le notizie.',
        ],
        [
            '-3 commenti',
            "-Pendolare_Marta: Con la navetta si allunga di mezz'ora!",
            '-→ Redazione: Grazie Marta, abbiamo girato la segnalazione al Comune.',
            '-Zio_Nando: Meglio chiusa che pericolosa.',
            "-→ Ciclista_Paolo: D'accordo, ma servivano più avvisi.",
        ],
        [
            '-© 2026 Edizioni Torrebrusca srl · P.IVA 03456780123',
            '-Privacy · Cookie policy · Contatti',
        ],
    ]),
    _page('it', 'it-blog-ginepropaziente-bonsai', [
        [
            '-Il Ginepro Paziente',
            '-Diario di un bonsaista alle prime armi',
        ],
        [
            '+La prima impostazione del mio ginepro',
            '-Pubblicato il 27 novembre 2026 da Ettore',
            '-Tempo di lettura: 6 minuti',
            '-Condividi su Facebook · Pinterest',
        ],
        [
            '-Questo articolo contiene link di affiliazione.',
            "+Il ginepro l'ho trovato in un vivaio di provincia, in un vaso di plastica e con i rami tutti da una "
            "parte.",
            "+Per un anno l'ho solo annaffiato e lasciato crescere, come mi avevano consigliato.",
        ],
        [
            '-Indice',
            '-1. Scegliere il fronte',
            '-2. Il filo di rame',
        ],
        [
            '+Al club bonsai il maestro mi ha detto: «Il ginepro ti perdona molto, ma non la fretta.»',
            '-Il ginepro dopo la prima potatura.',
            '-Salva questa foto su Pinterest!',
        ],
        [
            '+Gli attrezzi che ho usato',
            '+Una tronchese concava',
            '+Filo di rame ricotto da 2 millimetri',
            '-Ti potrebbe piacere anche: Il mio primo acero',
            '+Una pinza per i jin',
        ],
        [
            "+Ora il ginepro riposa all'ombra per qualche settimana.",
            '+In primavera toglierò il filo, prima che segni la corteccia.',
            '-Seguimi su Instagram per vedere come cresce.',
        ],
        [
            '-Vendo piccoli ginepri già impostati: trovi tutto nella pagina Negozio.',
        ],
        [
            '-Commenti (3)',
            '-Bonsai_Lino: Bel lavoro! Che filo usi?',
            '-→ Ettore: Rame ricotto, Lino, da 2 mm.',
            '-→ → Bonsai_Lino: Grazie, proverò.',
            '-Giardino_di_Anna: Che bello il ginepro!',
        ],
        [
            '-Blog creato con WordPress · Tema Kadence',
        ],
    ]),
    _page('pl', 'pl-portal-bzikowo-sklep', [
        [
            '-Tygodnik Bzikowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia',
            '-Strona główna > Wiadomości > Bzikowo',
        ],
        [
            '+Bzikowo: mieszkańcy przejęli wiejski sklep jako spółdzielnię',
            '-Autor: Jadwiga Kwiczołowska',
            '-2 grudnia 2026, 10:20 · Czas czytania 3 min',
        ],
        [
            '-Udostępnij: Facebook · Messenger · X',
            '-Sklep przy ulicy Lipowej w pierwszym dniu pracy. Fot. Urząd Gminy',
        ],
        [
            '+Jedyny sklep w Bzikowie, zamknięty latem przez poprzedniego właściciela, działa znowu jako spółdzielnia '
            'mieszkańców.',
        ],
        [
            '+Do spółdzielni przystąpiło 86 osób, a każda wpłaciła 200 złotych wpisowego.',
            '-Czytaj także: Nowy chodnik do szkoły gotowy',
        ],
        [
            '-Reklama',
            '+„Nie chcieliśmy jeździć po chleb siedem kilometrów” – mówi prezeska spółdzielni Halina Pszenicówna.',
        ],
        [
            '+Co oferuje sklep',
            '+Pieczywo z piekarni w sąsiedniej wsi',
            '+Warzywa od miejscowych rolników',
            '+Paczkomat przed wejściem',
            '-Tagi: Bzikowo · spółdzielnia · handel',
        ],
        [
            '+Sklep jest otwarty od poniedziałku do soboty w godzinach 7–18.',
        ],
        [
            '-Zobacz również',
            '-Dożynki gminne w tym roku w Bzikowie',
        ],
        [
            '+W przyszłym roku spółdzielnia chce otworzyć przy sklepie małą kawiarnię.',
            '-Zapisz się na newsletter i otrzymuj wiadomości z gminy.',
        ],
        [
            '-4 komentarze',
            '-Sąsiadka_z_Lipowej: Brawo! Wreszcie nie trzeba jechać do miasta.',
            '-→ Redakcja: Dziękujemy za komentarz!',
            '-Rolnik_Staszek: Czy można jeszcze dołączyć?',
            '-→ Kasia_B: Można, zapisy są w sklepie.',
        ],
        [
            '-© 2026 Wydawnictwo Lokalne sp. z o.o.',
            '-Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-woskowyplomyk-swiece', [
        [
            '-Woskowy Płomyk',
            '-Blog o świecach z pszczelego wosku',
        ],
        [
            '+Moje pierwsze świece z wosku pszczelego',
            '-Opublikowano 26 listopada 2026 przez Zuzannę',
            '-Czas czytania: 5 minut',
            '-Udostępnij na Facebooku · Pinterest',
        ],
        [
            '-Wpis zawiera linki afiliacyjne.',
            '+Wosk kupiłam u pszczelarza z sąsiedniej wsi, w dwóch dużych żółtych blokach.',
            '+Roztapiałam go w kąpieli wodnej, w starym garnku, którego już nie używam do gotowania.',
        ],
        [
            '-Spis treści',
            '-1. Topienie wosku',
            '-2. Knoty i formy',
        ],
        [
            '+Pszczelarz ostrzegł mnie: „Wosk nie lubi pośpiechu – jak go przegrzejesz, straci zapach.”',
            '-Pierwsze świece stygnące na parapecie.',
            '-Zapisz to zdjęcie na Pintereście!',
        ],
        [
            '+Czego potrzebowałam',
            '+Kilogram wosku pszczelego',
            '+Bawełniane knoty w rozmiarze 3',
            '-Przeczytaj też: Mydło z miodem krok po kroku',
            '+Silikonowe formy w kształcie walca',
        ],
        [
            '+Świece palą się długo i pachną miodem.',
            '+Następnym razem spróbuję świec zwijanych z płatów wosku.',
            '-Obserwuj mnie na Instagramie, by zobaczyć kolejne próby.',
        ],
        [
            '-Świece robię też na zamówienie – napisz przez formularz kontaktowy.',
        ],
        [
            '-Komentarze (3)',
            '-Pszczółka_Ala: Piękne! Jak długo stygną?',
            '-→ Zuzanna: Całą noc, Ala.',
            '-→ → Pszczółka_Ala: Dzięki, spróbuję w weekend.',
            '-Ogrodnik_Marek: Wosk od pszczelarza to najlepszy wybór.',
        ],
        [
            '-Blog na platformie Blogger · Motyw Simple',
        ],
    ]),
    _page('ru', 'ru-portal-maloberezovsk-regulirovshchik', [
        [
            '-Малоберёзовские вести',
            '-Новости · Спорт · Культура · Афиша',
            '-Главная / Новости / Город',
        ],
        [
            '+В Малоберёзовске у школы № 3 снова дежурит регулировщик',
            '-Автор: Агриппина Трясогузкина',
            '-2 декабря 2026, 08:10 · Время чтения 3 мин',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Регулировщица у перехода на улице Гагарина. Фото: пресс-служба администрации',
        ],
        [
            '+После двухлетнего перерыва у перехода возле школы № 3 по утрам снова работает регулировщик.',
        ],
        [
            '+Должность вернули по просьбе родителей, которые собрали более 600 подписей.',
            '-Читайте также: На улице Мира отремонтируют тротуар',
        ],
        [
            '-Реклама',
            '+«Дети стали спокойнее переходить дорогу, а водители – внимательнее», – говорит директор школы Валентина '
            'Мухоловкина.',
        ],
        [
            '+Что изменилось у школы',
            '+Регулировщик дежурит с 7:30 до 8:30',
            '+У перехода нанесли новую разметку',
            '+Скорость ограничили до 20 км/ч',
            '-Теги: Малоберёзовск · школа · безопасность',
        ],
        [
            '+Зарплату регулировщику платит городская администрация.',
        ],
        [
            '-Читайте по теме',
            '-Новый автобусный маршрут до вокзала',
        ],
        [
            '+Родители просят вернуть дежурство и после уроков.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.',
        ],
        [
            '-Комментарии (4)',
            '-Мама_Лёши: Наконец-то! Спасибо всем, кто подписывал.',
            '-→ Редакция: Спасибо, что читаете нас!',
            '-Водитель_Сергей: А камеру поставить не проще?',
            '-→ Дед_Михалыч: Камера детей через дорогу не переведёт.',
        ],
        [
            '-© 2026 ООО «Малоберёзовские медиа»',
            '-Политика конфиденциальности · Контакты · О нас',
        ],
    ]),
    _page('ru', 'ru-blog-taynikzauglom-geokeshing', [
        [
            '-Тайник за углом',
            '-Блог о геокешинге всей семьёй',
        ],
        [
            '+Наш первый геокешинг с детьми',
            '-Опубликовано 25 ноября 2026, автор: Ирина',
            '-Время чтения: 6 минут',
            '-Поделиться во ВКонтакте · Telegram',
        ],
        [
            '-В посте есть партнёрские ссылки.',
            '+Про геокешинг я узнала от коллеги и в субботу уговорила детей пойти искать первый тайник.',
            '+Приложение показало, что ближайший тайник спрятан в парке в двух километрах от дома.',
        ],
        [
            '-Содержание',
            '-1. Как мы готовились',
            '-2. Поиски в парке',
        ],
        [
            '+Сын долго ходил кругами, а потом сказал: «Мама, тайники всегда прячут там, где никто не смотрит».',
            '-Дети с найденным контейнером.',
            '-Сохраните эту фотографию в закладки!',
        ],
        [
            '+Что мы взяли с собой',
            '+Телефон с заряженной батареей',
            '+Маленькие игрушки для обмена',
            '-Вам может понравиться: Квест на даче для детей',
            '+Ручку, чтобы расписаться в блокноте',
        ],
        [
            '+Тайник нашёлся под корнями старой ели.',
            '+Теперь дети каждые выходные спрашивают, куда мы пойдём дальше.',
            '-Подписывайтесь на мой канал в Telegram, чтобы не пропустить новые истории.',
        ],
        [
            '-Я также провожу семейные квесты на заказ — пишите в личные сообщения.',
        ],
        [
            '-Комментарии: 3',
            '-Папа_Дима: Здорово! Какое приложение вы используете?',
            '-→ Ирина: Официальное, Дима, оно бесплатное.',
            '-→ → Папа_Дима: Спасибо, попробуем.',
            '-Турист_Оля: Мы тоже начинали с парка.',
        ],
        [
            '-Блог работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'This post is a slow one – budget about a quarter of an hour to get through it.':
        "a blog's slow-one reading-time warning of a quarter of an hour ('This post is a slow one – budget about a "
        "quarter of an hour to get through it.') is left at the head",
    'Провожу мастер-классы по каллиграфии — запись через сообщения в VK.':
        "a Russian calligraphy-workshops plug ('Провожу мастер-классы по каллиграфии — запись через сообщения в VK.') "
        "is left at the foot",
    'This newspaper is published by Saddlecrumb Media Ltd, registered in Scotland.':
        "an English publisher's-registration footer ('This newspaper is published by Saddlecrumb Media Ltd, "
        "registered in Scotland.') is left at the foot",
    'Comments are checked by a moderator before they appear on the page.':
        "an English pre-moderation note of the comment section ('Comments are checked by a moderator before they "
        "appear on the page.') is left at the foot",
    'Clarification: an earlier headline said the late opening was permanent; it is a trial.':
        "an English headline clarification ('Clarification: an earlier headline said the late opening was permanent; "
        "it is a trial.') is left in the body",
    'Hinweis der Redaktion: Dieser Text wurde nachträglich um eine Stellungnahme der Stadtwerke ergänzt.':
        "a German editor's note on an added statement ('Hinweis der Redaktion: Dieser Text wurde nachträglich um eine "
        "Stellungnahme der Stadtwerke ergänzt.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-blottedcopybook-dippen':
        ("the dip-pen blog's first-month post keeps its tagline ('Slow letters, ink-stained fingers and the odd "
         "triumph') under the blog name in the first block and the photo caption ('The first page of drills, with more "
         "blots than letters.') right after the quote paragraph, while the Pinterest prompt after it, the follow "
         "prompt at the end of the last paragraphs' block and the whole comment thread go (2 of 20 noise lines); no "
         'article line is lost'),
    'fr-blog-copeauxetmesanges-nichoir':
        "the pallet-birdhouse post keeps the photo caption ('Le nichoir terminé, accroché au vieux pommier.') and the "
        "Pinterest prompt ('Épinglez cette image pour la retrouver plus tard !') after the quote paragraph in its "
        "block (2 of 20 noise lines; its tagline goes since round 114); no article line is lost",
    'de-blog-plinkerpost-ukulele':
        "the ukulele blog's first-quarter post keeps its tagline ('Ein Blog übers Ukulele-Lernen mit 50') under the "
        "blog name in the first block and the photo caption ('Meine Ukulele mit den neuen Nylgut-Saiten.') right "
        "after the quote paragraph, while the Pinterest prompt after it goes (2 of 20 noise lines); no article line "
        "is lost",
    'it-blog-ginepropaziente-bonsai':
        "the juniper-bonsai post keeps the photo caption ('Il ginepro dopo la prima potatura.') right after the quote "
        "paragraph, while the Pinterest prompt after it goes; and the shop plug ('Vendo piccoli ginepri già impostati: "
        "trovi tutto nella pagina Negozio.') alone under the last paragraphs, while the whole comment thread goes (2 of 20 "
        "noise lines; the related-post link between the second and third rows goes since round 108, the tagline since "
        "round 114); no article line is lost",
    'pl-blog-woskowyplomyk-swiece':
        "the beeswax-candle post keeps the photo caption ('Pierwsze świece stygnące na parapecie.') right after the "
        "quote paragraph, while the Pinterest prompt after it and the tagline (since round 114) go (1 of 20 noise "
        "lines); no article line is lost",
    'ru-portal-maloberezovsk-regulirovshchik':
        "the Vesti's crossing-patrol story keeps the related-stories box between the last paragraphs, its heading "
        "('Читайте по теме') and its link ('Новый автобусный маршрут до вокзала'), while the whole comment thread goes "
        "(2 of 20 noise lines); no article line is lost",
    'ru-blog-taynikzauglom-geokeshing':
        "the geocaching blog's first-outing post keeps the photo caption ('Дети с найденным контейнером.') right after "
        "the quote paragraph, while the bookmark prompt after it and the tagline (since round 114) go (1 of 20 noise "
        "lines); no article line is lost",
}


test_held_out_147_line, test_held_out_147_line_is_kept, test_held_out_147_page = held_out_tests(
    HELD_OUT_147_LINES, HELD_OUT_147_KEEP, HELD_OUT_147_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
