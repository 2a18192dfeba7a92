"""Held-out set 148: written blind, weighted toward the noise the cleaner exists for, in shapes set 146's docstring does
not name (nor the first paragraphs of sets 143, 144 and 145): scraper, embed and ad markers (an English Bandcamp player
that failed to load "This Bandcamp player failed to load. Listen to the album on bandcamp.com instead.", an English
Flourish chart stuck loading "The Flourish chart is still loading. If it does not appear, refresh the page.", an English
Strava activity made private by the athlete "Embedded Strava activity unavailable – the athlete has made it private.", a
French france.tv video momentarily unavailable "La vidéo france.tv est momentanément indisponible. Réessayez plus
tard.", a German ARD Audiothek episode that could not be loaded "Diese Episode aus der ARD Audiothek konnte nicht
geladen werden.", an Italian Google Maps map blocked until profiling cookies are accepted "Contenuto di Google Maps
bloccato: accetta i cookie di profilazione per visualizzare la mappa.", a Polish TVP VOD video unavailable in the
reader's region "Materiał wideo z TVP VOD jest niedostępny w Twoim regionie." and a Russian RUTUBE video deleted by its
author "Видео на RUTUBE недоступно: ролик удалён автором."); reading-time headers in new wordings (the English
approx.-reading-time header "Approx. reading time: five minutes", a blog's settle-in warning of a slow
twenty-five-minute read "Settle in: this one is a slow read of twenty-five minutes or so, with lots of photos.", the
French reading-duration header "Durée de lecture : 5 min", the German estimated-Lesedauer header "Geschätzte Lesedauer:
5 Minuten", the Italian it-reads-in line "Si legge in 5 minuti", the Polish Czas-lektury header "Czas lektury: 5 min"
and the Russian you'll-read-it-in line "Прочтёте за 5 минут"); bylines and self-promotion (an English
story-and-photographs byline "Story and photographs by Marisol Quenthwaite", an English trainee-reporter byline with a
bar "By Idris Pumblecote | Trainee Reporter", a German freelance-contributor byline "Von Waltraud Nesselbrink, freie
Mitarbeiterin" and a Russian author-of-the-piece byline with the desk "Автор материала: Ефросинья Пустоколосова, отдел
городской жизни", all at the head, and at the foot an English Ko-fi printable-patterns plug "I turn the patterns in this
post into printable sheets – they are on Ko-fi for a few pounds.", a French Un grand marché shop plug "Retrouvez mes
créations dans ma boutique sur Un grand marché, lien en bas de page.", an Italian YouTube tutorials plug "Seguimi su
YouTube: ogni domenica pubblico un nuovo tutorial." and a Polish Pakamera.pl bookmarks plug "Moje zakładki do książek
kupisz w sklepie na Pakamera.pl."); blog and site footers (an English Ghost-and-Casper credit with a sign-in link
"Published with Ghost · Theme: Casper · Sign in", an English IPSO membership line "This newspaper is a member of IPSO
and abides by the Editors' Code of Practice.", an English Krystal-and-GeneratePress credit with a cookie-settings link
"Hosted by Krystal · Theme: GeneratePress · Cookie settings", a French o2switch-and-WordPress credit with a legal-notice
link "Hébergé par o2switch · Réalisé avec WordPress · Mentions légales", a German All-Inkl.com-and-Hugo credit with an
imprint link "Gehostet bei All-Inkl.com · Gebaut mit Hugo · Impressum", an Italian Altervista credit with a
create-your-blog link "Realizzato con Altervista · Crea il tuo blog gratis", a Polish Blogger credit with the theme and
a report-abuse link "Blog na platformie Blogger · Motyw: Prosty · Zgłoś nadużycie" and a Russian Tilda credit with a
privacy link "Сайт работает на Tilda · Политика конфиденциальности"); reader-comment furniture (an English sort-by row
"Sort by: Newest | Oldest | Top", an English pre-moderation note "Comments are pre-moderated and may take up to a day to
appear.", an English view-nine-more-comments link "View 9 more comments", a French subscribers-only comments prompt
"Commentaires réservés aux abonnés. Connectez-vous pour réagir.", a German sort-comments line "Kommentare sortieren:
Neueste zuerst", an Italian show-six-more-comments link "Mostra altri 6 commenti", a Polish sort-comments line "Sortuj
komentarze: najnowsze" and a Russian pre-moderation note "Комментарии проходят премодерацию и появляются не сразу.");
share rows (an English pass-this-on row with e-mail, Facebook, LinkedIn and copy link "Pass this on: Email · Facebook ·
LinkedIn · Copy link", an Italian share-on row with WhatsApp, Facebook and Telegram "Condividi su: WhatsApp · Facebook ·
Telegram" and a Russian send-to-a-friend row with VKontakte, Telegram and Viber "Отправить другу: ВКонтакте · Telegram ·
Viber"); and notices (a French newsroom clarification that the quoted prices may have changed "Précision de la rédaction
: les prix cités datent du jour de notre visite et ont pu changer." and a German transparency note on the author's
membership of the lido's friends' association "Transparenzhinweis: Die Autorin ist Mitglied im Förderverein des
Freibads.", both in the body, and a Polish part-of-a-series note "Tekst ukazał się w ramach cyklu „Nasze małe
ojczyzny”." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 146's docstring does not
describe (on the six portal pages, in eleven blocks, the masthead and a breadcrumb in one block of two above the title;
the title at the top of its block with the byline right after it; under it a block of three, the date-and-time line, the
reading time and a share row; the first paragraph alone; a photo caption, its credit and an ad label in one block of
three between the first and second paragraphs; the second paragraph and the paragraph with the quote in one block with
nothing between them; the subheading and the three rows in one block with a read-also link at its end, right after the
third row; the two last paragraphs in one block with a tags or topics line between them; a newsletter or Telegram prompt
alone; at the foot two blocks, six lines (a comment count, a comment, an arrowed reply by a second reader, two more
comments left unanswered and a load-more link) and then a copyright line and a legal-links row; on the six blog pages,
in eleven blocks, the menu alone at the very top; the blog name, its tagline and the title in one block of three, the
title last; under it a block of five, the posted-date-and-author line, the reading time and a three-line table of
contents (its heading and two numbered entries); the first and second paragraphs in one block with an affiliate-links
disclosure between them; the paragraph with the quote at the top of its block with a photo caption and a Pinterest or
save-the-photo prompt after it; the subheading and the three rows in one block with nothing between them; a related-post
link and a share row in one block of two; the first last paragraph alone; the second last paragraph at the top of its
block with a shop, sales or commissions plug and a follow or subscribe prompt after it; at the foot two blocks, four
lines (a comments count, a comment, the author's arrowed reply and a second comment left unanswered) and then a platform
credit alone), taken from local news of fresh kinds (a hospice charity shop opened in a former bank on the high street,
an open-air pool's heating restored, a parish hall roof paid for by crowdfunding, a cycle lane scheme paused, a bakery's
hundredth anniversary, a town's first repair café) and from blogs about folding a thousand origami cranes, restoring a
vintage sewing machine, keeping quail through the winter, a macramé plant hanger, painting tabletop miniatures and
cold-process soap.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 146 but what is named here), held-out set 147 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 146 up to its paragraph "Measured after round 103", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 143, 144 and 145, printed with one ast
script (/tmp/s148scratch/peek.py, reading the files of /tmp/wt-set148/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set148); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s148scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 146's as printed, with 146 -> 148; /tmp/s148scratch/gen148.py writes this file from
scratch files (data148.py, pages148.py, desc148.py, layout.txt, doc_protocol.txt, doc_slips.txt, doc_judgement.txt,
doc_contents.txt, doc_baseline.txt and, after the measurement, tables148.py). Nothing else was copied from any file of
the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s148, detached at commit
18db428e028a73ac1668ec4bd66c40e347531658, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
18db428e028a73ac1668ec4bd66c40e347531658 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows. (2) peek.py's first run printed to the terminal, whose
output the tool cut in the middle (from set 146's Slips and notes (5) to set 144's first paragraph); its second run went
to /tmp/s148scratch/peek.out, of which I paged lines 130 to 420 with ``sed``, in two calls (the rest of those allowed
parts); nothing outside the allowed parts was printed, since the script stops set 146's docstring before the paragraph
"Measured after round 103" and prints only the first paragraphs of the other three. (3) helpers.py imported test_clean
from /work/main/tests, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed;
the helpers printed are only the checks this file calls. The machine's python had the project's dependencies; every run
used it. (4) The brief's list of hobby topics names macramé plant hangers, which set 143's first paragraph already names
as a blog topic ("macramé plant hangers"); I kept the brief's topic (the Italian blog's first plant hanger for a pothos)
and note the overlap here; the other five blog topics and the six portal topics are not named in the parts I read. (5)
Before the measurement /tmp/s148scratch/check148.py checked, case-insensitively, that no noise line (held-out or page)
sits inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign;
its first run found one: the English blog's table-of-contents heading "In this post" inside the held-out Ko-fi plug ("I
turn the patterns in this post into printable sheets ..."), so the heading became "Contents"; its second and last runs
found nothing. While drafting I kept the ad labels and mastheads out of the other lines: the Italian keep line on job
notices opens "Annunci di lavoro", not "Pubblicità ..." (the Italian portal's ad label), and the Italian portal's
legal-links row ends "Lavora con noi", not with an advertise link; the English keep line says "Adverts", not
"Advertisements" (the English portal's label is "Advertisement"); the German blog's egg plug names markt.de, not
Kleinanzeigen (which holds the German portal's label "Anzeige"); the German blog's follow prompt and the English blog's
follow prompt do not repeat the blog names; the Russian portal's copyright line names "ООО «Городская медиагруппа»", not
the masthead "Пыжинские вести". Lines and data were counted by a script (45 noise lines: category, language and place as
in Contents; 20 keep lines by language and place; 12 pages with 10 "+" and 20 "-" lines each, 11 blocks each).
/tmp/s148scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen148.py reports lines over 120 characters and at-signs in the written file (none), and checks that the file's
lists equal the scratch lists. To do that it imports the written file with /tmp/wt-s148/tests and /tmp/wt-s148/src on
sys.path, which loads held_out_sets, test_clean and so the cleaner's modules, but it cleans nothing and prints no
source. (6) Invented names were checked with the exact-string search over public GitHub files: Scrabthorpe, Aldric's
Hospice, Fold & Fettle, Montcressac, Croquebise, Ostwiesenbrück, Wiesenbrücker, Hufnagelmeier, Kesselhuber,
Borgofrascato, Tortorizzi, Cynamonów, Cynamonowski, Zakwasiński, Kruszonkówna, Pędzel i Cyna, Нижнепыжинск, Пыжинские
вести, Винтокрутова, Щёлочь и лаванда, Quenthwaite, Nesselbrink, Thimblecrake, Spurgeworth, Trémouillaud, La Navette
Grippée, Wachtelgeplauder, Ciclamorini, Trame Sospese, Канифолев, Пустоколосова and Pumblecote had no hits. Dropped:
Gallowfen (a place in game lore; the reporter became Perpetua Thimblecrake), Marrowgate (a fictional city in several
repositories; the shop manager became Delphine Spurgeworth), Pelouzet (a real surname; the lifeguard became Gaspard
Trémouillaud), La Canette Rouillée (in game item lists; the sewing blog became La Navette Grippée), Wachtelwinkel (in a
place-name table; the quail blog became Wachtelgeplauder), Pennacchiotti (a real surname; the councillor became
Gualtiero Ciclamorini), Nodi e Foglie (a common phrase in code comments; the macramé blog became first Il Nodo Sospeso,
also with a hit, and then Trame Sospese), Паяльников (a common word form and surname; the engineer became first
Отвёрткин, also with a hit, and then Савелий Канифолев), Кочерыжкина (a street name in test data; the Russian reporter
became Ефросинья Пустоколосова) and Fallowmere (a place name and a surname in several repositories; the trainee reporter
became first Brackenhaw, with a hit inside "Brackenhawk", and then Idris Pumblecote). Not checked: first names and
commenters' handles (Marisol, Idris, Waltraud, Ефросинья, Perpetua, Delphine, Winnifred, Albertine, Gaspard, Mireille,
Gerlinde, Almut, Friederike, Ermelinda, Gualtiero, Benedetta, Jadwiga, Tadeusz, Kacper, Агриппина, Савелий, Тоня,
Gwen_from_Chapel_Row, Brian_K, ScrabthorpeDad, Mags_the_knitter, PaperMoth, Kiyoko_folds, Nageuse_du_matin, Papy_Lucien,
Ricou82, Claire_M, Couturière_Annie, Fil_et_Bobine, Gemeindemitglied_Rita, Klaus_W., Skeptiker1960, Chorleiterin_Ute,
Hühnermama_Bine, Gartenzwerg_Paul, Ciclista_Marta, Bottegaio_Enzo, Nonna_Pina, Franco_62, Piantina_Gio, Lara_crea,
Sąsiadka_z_Młyńskiej, Marek_K, Gość_Anna, Rowerzysta_Tomek, Figurkowy_Marek, Ola_maluje, Хозяйка_с_Гагарина,
Дед_Михалыч, Скептик_Олег, Валентина_П, Мыльная_Фея, Ирина_К), names built on checked names (The Scrabthorpe Echo,
Scrabthorpe Newspapers Ltd, Le Courrier de Montcressac, Wiesenbrücker Bote, L'Eco di Borgofrascato, Kurier Cynamonowski,
Wydawnictwo Cynamonowskie, Zakwasińskich) and ordinary words, places and generic company names (Chapel Row, Mill Lane,
High Street, les Tilleuls, St. Margareta, viale dei Gelsi, ulica Młyńska, улица Гагарина, Reading, Le Courrier SAS, Bote
Medien GmbH & Co. KG, Edizioni dell'Eco srl, ООО «Городская медиагруппа», «Умелые руки», „Nasze małe ojczyzny”). There
are no e-mail addresses and no at-signs. (7) Real things named, as real pages do: Bandcamp, Flourish, Strava, france.tv,
ARD Audiothek, Google Maps, TVP VOD, RUTUBE, Ko-fi, Un grand marché, YouTube, Pakamera.pl, Ghost and its Casper theme,
IPSO and the Editors' Code of Practice, Krystal, GeneratePress, o2switch, WordPress and WordPress.com, All-Inkl.com,
Hugo, Altervista, Blogger, Tilda, Facebook, X, LinkedIn, WhatsApp, Telegram, VKontakte, Viber, Odnoklassniki, Messenger,
Pinterest, Instagram, Etsy, Leboncoin, markt.de, Avito, Dzen (Дзен), LiveJournal, the Neve, Astra and Twenty
Twenty-Three/Four themes, Singer and Pfaff sewing machines and Reading Borough Council. (8) My first clock reading was
2026-12-05 21:25:45 UTC. The two measuring commands ran as the brief gave them, in one shell call after ``date``
(21:32:24 UTC by the machine's clock), their output sent to /tmp/s148scratch/measure.out and report.out and the report
and the pytest tail printed (23 failed, 54 passed); the problems were then printed with ``_problems`` in the frozen
worktree by /tmp/s148scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s148/tests with /tmp/wt-s148/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12
pages, printing only the failing ones (11, 0 and 12, as in the measurement; every line problem was a kept line, and the
page problems were 25 kept noise lines and 1 lost article line). The xfail tables were written in
/tmp/s148scratch/tables_src.py from my own descriptions of those lines and pages, and verify148.py checked that the
failing lines, keep lines and pages are exactly the keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that
every page noise line left and every article line lost is quoted in its page's reason and that each reason gives its
count of noise lines left. (9) With the tables filled, the pytest command ran on the final file in /tmp/wt-s148: see the
last note of the Baseline paragraph.

Judgement calls: the keep lines opening with or holding "Comments made by the inspector", "Subscribe-and-save deals",
"Follow-up checks", "Shared ownership", "Copyright in the mural", "Reading Borough Council", "Adverts for the volunteer
posts", "Abonnée au journal", "Partager la salle", "Commentant les chiffres", "Werbung für das Fest", "Folgende
Straßen", "Kommentare aus dem Publikum", "Condividere gli attrezzi", "Seguendo il consiglio", "Annunci di lavoro",
"Komentując wyniki ankiety", "Reklamy na przystankach", "Подписи под обращением" and "Читая письма" are article
sentences: each reports what an inspector, a shop owner, a care home's inspectors, allotment tenants, an artist and a
council, a visiting council, a library, a reader, a club president, a mayor, pupils, road works, an audience, an
association's members, a town hall, a municipality, a village head, a recycling campaign, residents or pupils said, did,
decided or saw, with the noise-like word as an ordinary noun, verb, participle or gerund of the sentence (the English
"Reading Borough Council" is the council of the town of Reading, not a reading time; "Copyright in the mural" is the
ownership of the rights, not a copyright line; "Subscribe-and-save deals" are online shops' offers, not a subscribe
prompt; "Follow-up checks" are inspections, not a follow prompt; "Adverts for the volunteer posts" are job notices to
come, not an ad label; the Russian "Подписи" are signatures on a petition, not a subscription prompt; the Polish
"Reklamy na przystankach" is a recycling poster campaign, not an ad label; the Italian "Annunci di lavoro" are job
notices, not an ad label). Categories: the Bandcamp, Flourish, Strava, france.tv, ARD Audiothek, Google Maps, TVP VOD
and RUTUBE lines are markers (embeds that failed to load, are still loading, are private, blocked by consent,
region-locked or deleted); the approx.-reading-time header, the settle-in warning and the French, German, Italian,
Polish and Russian lines are reading times; the story-and-photographs, trainee-reporter, freelance-contributor and
author-of-the-piece lines are bylines at the head, and the Ko-fi, Un grand marché, YouTube and Pakamera.pl lines are
bylines (self-promotion) at the foot; the Ghost, IPSO, Krystal, o2switch, All-Inkl.com, Altervista, Blogger and Tilda
lines are footers (the IPSO line is the foot of a whole news site, not a notice about one story); the sort rows, the
pre-moderation notes, the show-more links and the subscribers-only prompt are comment furniture; the English, Italian
and Russian rows are share rows; the French clarification on prices and the German transparency note are notices in the
body (both speak of the story they sit in), and the Polish part-of-a-series note is a notice at the foot (it tells which
series the story belongs to, so it is neither a footer of the whole site nor a byline). On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, blog names and taglines, menus and breadcrumbs, bylines, dates and
posted-by lines, reading times, tables of contents, affiliate disclosures, photo captions and credits, Pinterest and
save prompts, ad labels, share rows, read-also and related-post links, tags and topics lines, newsletter, Telegram,
follow and subscribe prompts, shop, sales and commissions plugs, comment counts, comments, replies and load-more links,
copyright lines, legal-links rows and platform credits) is noise. The list rows (the shop's stock, the pool's opening
hours, the roof works' steps, the cycle lane's next steps, the bakery's celebrations, what the repair café takes, and
the blogs' kit lists and winter changes) are short, some without a verb, but part of each article, so article; the
blogs' taglines ("Small paper projects, one crease at a time" and its French, German, Italian, Polish and Russian twins)
are site furniture above the title, so noise; the bare-name byline of the Russian portal ("Агриппина Винтокрутова") is a
byline, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-scrabthorpe-hospiceshop (St Aldric's Hospice opens its sixth charity shop in a former bank on the High
Street), en-blog-foldandfettle-cranes (a thousand origami cranes folded in one winter, strung as a senbazuru),
fr-portail-montcressac-piscine (the open-air pool's heating back in service after two winters, with a heat pump),
fr-blog-lanavettegrippee-singer (a 1948 Singer 201 from a car-boot sale sewing again),
de-portal-ostwiesenbrueck-gemeindehaus (a parish hall's new roof paid for by 68,000 euros of crowdfunding),
de-blog-wachtelgeplauder-winter (six Japanese quail through their first winter in the garden),
it-portale-borgofrascato-ciclabile (a cycle lane scheme paused for six months after shopkeepers' protests),
it-blog-tramesospese-macrame (a first macramé plant hanger for a pothos), pl-portal-cynamonow-piekarnia (a family
bakery's hundredth anniversary), pl-blog-pedzelicyna-krasnoludy (painting a first squad of five dwarf miniatures),
ru-portal-nizhnepyzhinsk-remontkafe (the town's first repair café in the library) and ru-blog-shcheloch-mylo (a first
batch of cold-process soap), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 18db428e028a73ac1668ec4bd66c40e347531658, measured with ``cd /tmp/wt-s148 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s148/src python -m pytest -q tests/test_clean_held_out_148.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s148 && PYTHONPATH=/tmp/wt-s148/src python
scripts/clean_held_out_report.py --sets 148``, with the xfail tables empty): noise lines removed 34/45 (marker 5/8,
reading-time 6/7, byline 4/8, footer 8/8, comments 8/8, share 3/3, notice 0/3; the 11 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: three markers in the body (the English Strava, French france.tv and Polish TVP VOD
placeholders), one reading time at the head (the blog's settle-in warning of twenty-five minutes), two bylines at the
head (the English story-and-photographs byline and the Russian author-of-the-piece byline), two plugs at the foot (the
French Un grand marché plug and the Polish Pakamera.pl plug) and all three notices (the French clarification on prices
and the German transparency note in the body, the Polish part-of-a-series note at the foot); the English Bandcamp and
Flourish, German ARD Audiothek, Italian Google Maps and Russian RUTUBE markers, the English approx.-reading-time header
and the French, German, Italian, Polish and Russian reading times, the English trainee-reporter and German freelance
bylines, the English Ko-fi and Italian YouTube plugs, every footer, every comment line and every share row went); keep
lines kept 20/20; pages 0/12 clean, 25 of 240 page noise lines left and 1 of 120 article lines lost. Left on the pages:
on each of the six portals the photo caption at the top of the block of three between the first and second paragraphs (1
each), and on the German portal its photo credit too (2); on the English, French, Italian and Russian blogs the tagline
under the blog name and the photo caption after the quote paragraph (2 each); on the German quail blog the tagline, the
egg plug after the final paragraph and the comment, the author's reply and the second comment of the thread (5); on the
Polish miniatures blog the tagline, the photo caption, the commissions plug after the final paragraph and the comment
and the author's reply of the thread (5). Lost: on the English origami blog the final paragraph (the second of the two
last paragraphs, at the top of its block with the shop plug and the follow prompt after it); nothing on the other pages,
as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s148 gave 54 passed, 23 xfailed, no XPASS.

Measured after round 104 (developed on sets 145 and 146 beside this set's writing from the same base, 18db428, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 148` and the
problems of every case before and after): nothing moved, with the lead's review mend of round 104 as well. Round 104's
mechanisms (a writer's colon-led closing phrase under a blog's prompt and share row, a four-word closing statement above
the comments, a blog's plug between its two last paragraphs with the furniture below) met none of this set's missed
lines or pages. The second opinion retrained on sets 1-146 (session 38, measured and not shipped; see
scripts/train_edge_lines.py) would have taken none of this set's missed lines.

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
removed 34/45 -> 34/45 (marker 5/8, reading-time 6/7, byline 4/8, footer 8/8, comments 8/8, share 3/3, notice 0/3,
unchanged), keep lines 20/20 -> 20/20, pages clean 0/12 -> 0/12, page noise lines left 25 -> 25 of 240, article lines
lost 1 -> 0. The reason of en-blog-foldandfettle-cranes was reworded (its final paragraph is kept; the tagline and photo
caption are left). Still missed: the eleven lines of _LINE_XFAIL, the portals' photo captions (and the German credit),
the blogs' taglines and photo captions, the German egg plug and Polish commissions plug, and the German and Polish
blogs' comment threads (replies marked "→", see above).

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

HELD_OUT_148_LINES: list[tuple[str, str, str]] = [
    ('body',
     'This Bandcamp player failed to load. Listen to the album on bandcamp.com instead.',
     'marker'),
    ('body',
     'The Flourish chart is still loading. If it does not appear, refresh the page.',
     'marker'),
    ('body',
     'Embedded Strava activity unavailable – the athlete has made it private.',
     'marker'),
    ('body',
     'La vidéo france.tv est momentanément indisponible. Réessayez plus tard.',
     'marker'),
    ('body',
     'Diese Episode aus der ARD Audiothek konnte nicht geladen werden.',
     'marker'),
    ('body',
     'Contenuto di Google Maps bloccato: accetta i cookie di profilazione per visualizzare la mappa.',
     'marker'),
    ('body',
     'Materiał wideo z TVP VOD jest niedostępny w Twoim regionie.',
     'marker'),
    ('body',
     'Видео на RUTUBE недоступно: ролик удалён автором.',
     'marker'),
    ('head',
     'Approx. reading time: five minutes',
     'reading-time'),
    ('head',
     'Settle in: this one is a slow read of twenty-five minutes or so, with lots of photos.',
     'reading-time'),
    ('head',
     'Durée de lecture : 5 min',
     'reading-time'),
    ('head',
     'Geschätzte Lesedauer: 5 Minuten',
     'reading-time'),
    ('head',
     'Si legge in 5 minuti',
     'reading-time'),
    ('head',
     'Czas lektury: 5 min',
     'reading-time'),
    ('head',
     'Прочтёте за 5 минут',
     'reading-time'),
    ('head',
     'Story and photographs by Marisol Quenthwaite',
     'byline'),
    ('head',
     'By Idris Pumblecote | Trainee Reporter',
     'byline'),
    ('head',
     'Von Waltraud Nesselbrink, freie Mitarbeiterin',
     'byline'),
    ('head',
     'Автор материала: Ефросинья Пустоколосова, отдел городской жизни',
     'byline'),
    ('tail',
     'I turn the patterns in this post into printable sheets – they are on Ko-fi for a few pounds.',
     'byline'),
    ('tail',
     'Retrouvez mes créations dans ma boutique sur Un grand marché, lien en bas de page.',
     'byline'),
    ('tail',
     'Seguimi su YouTube: ogni domenica pubblico un nuovo tutorial.',
     'byline'),
    ('tail',
     'Moje zakładki do książek kupisz w sklepie na Pakamera.pl.',
     'byline'),
    ('tail',
     'Published with Ghost · Theme: Casper · Sign in',
     'footer'),
    ('tail',
     "This newspaper is a member of IPSO and abides by the Editors' Code of Practice.",
     'footer'),
    ('tail',
     'Hosted by Krystal · Theme: GeneratePress · Cookie settings',
     'footer'),
    ('tail',
     'Hébergé par o2switch · Réalisé avec WordPress · Mentions légales',
     'footer'),
    ('tail',
     'Gehostet bei All-Inkl.com · Gebaut mit Hugo · Impressum',
     'footer'),
    ('tail',
     'Realizzato con Altervista · Crea il tuo blog gratis',
     'footer'),
    ('tail',
     'Blog na platformie Blogger · Motyw: Prosty · Zgłoś nadużycie',
     'footer'),
    ('tail',
     'Сайт работает на Tilda · Политика конфиденциальности',
     'footer'),
    ('tail',
     'Sort by: Newest | Oldest | Top',
     'comments'),
    ('tail',
     'Comments are pre-moderated and may take up to a day to appear.',
     'comments'),
    ('tail',
     'View 9 more comments',
     'comments'),
    ('tail',
     'Commentaires réservés aux abonnés. Connectez-vous pour réagir.',
     'comments'),
    ('tail',
     'Kommentare sortieren: Neueste zuerst',
     'comments'),
    ('tail',
     'Mostra altri 6 commenti',
     'comments'),
    ('tail',
     'Sortuj komentarze: najnowsze',
     'comments'),
    ('tail',
     'Комментарии проходят премодерацию и появляются не сразу.',
     'comments'),
    ('tail',
     'Pass this on: Email · Facebook · LinkedIn · Copy link',
     'share'),
    ('tail',
     'Condividi su: WhatsApp · Facebook · Telegram',
     'share'),
    ('tail',
     'Отправить другу: ВКонтакте · Telegram · Viber',
     'share'),
    ('body',
     'Précision de la rédaction : les prix cités datent du jour de notre visite et ont pu changer.',
     'notice'),
    ('body',
     'Transparenzhinweis: Die Autorin ist Mitglied im Förderverein des Freibads.',
     'notice'),
    ('tail',
     'Tekst ukazał się w ramach cyklu „Nasze małe ojczyzny”.',
     'notice'),
]

HELD_OUT_148_KEEP: list[tuple[str, str]] = [
    ('head',
     "Comments made by the inspector during the visit were shared with the school's governors on Monday."),
    ('head',
     'Subscribe-and-save deals online were blamed by the shop owner for the fall in visits to the high street.'),
    ('body',
     'Follow-up checks at the care home found that the heating had been repaired within a week.'),
    ('body',
     "Shared ownership of the allotment tools was proposed by the tenants' association in March."),
    ('tail',
     'Copyright in the mural belongs to the artist, who has agreed to let the council photograph it for leaflets.'),
    ('tail',
     'Reading Borough Council sent two officers to explain how the same scheme had worked in their own town.'),
    ('tail',
     'Adverts for the volunteer posts will go up in the library and the post office next week.'),
    ('head',
     "Abonnée au journal depuis quarante ans, une lectrice a reconnu sa grand-mère sur la photo d'archives."),
    ('body',
     "Partager la salle entre les deux associations n'a pas été simple, reconnaît le président du club."),
    ('tail',
     "Commentant les chiffres, le maire a parlé d'une « saison exceptionnelle » pour la piscine municipale."),
    ('head',
     'Werbung für das Fest machten die Schüler mit selbst gemalten Plakaten in der ganzen Stadt.'),
    ('body',
     'Folgende Straßen bleiben während der Bauarbeiten bis Ende März gesperrt: die Lindenallee und der Kirchweg.'),
    ('tail',
     'Kommentare aus dem Publikum zeigten, dass viele Anwohner den Umbau des Marktplatzes begrüßen.'),
    ('head',
     "Condividere gli attrezzi tra i soci è stata l'idea più apprezzata dell'assemblea di ottobre."),
    ('body',
     'Seguendo il consiglio dei vigili del fuoco, il comune ha chiuso il parco per due giorni.'),
    ('tail',
     'Annunci di lavoro per bagnini e istruttori saranno pubblicati a gennaio sul sito del comune.'),
    ('head',
     'Komentując wyniki ankiety, wójt zapowiedział, że ścieżka rowerowa powstanie w przyszłym roku.'),
    ('tail',
     'Reklamy na przystankach autobusowych mają zachęcić mieszkańców do segregowania odpadów.'),
    ('head',
     'Подписи под обращением к главе района собрали более трёхсот жителей.'),
    ('tail',
     'Читая письма ветеранов вслух, школьники с трудом сдерживали слёзы.'),
]

HELD_OUT_148_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-scrabthorpe-hospiceshop', [
        [
            '-The Scrabthorpe Echo',
            '-Home › News › High Street',
        ],
        [
            '+Hospice charity shop opens in former bank on Scrabthorpe High Street',
            '-By Perpetua Thimblecrake, Local Reporter',
        ],
        [
            '-Saturday 5 December 2026, 9:12am',
            '-3 min read',
            '-Share on Facebook · Share on X · Email this story',
        ],
        [
            "+St Aldric's Hospice has opened its sixth charity shop in the old bank building at the top of the High "
            'Street.',
        ],
        [
            "-Volunteers sort donations on the shop's first morning.",
            "-Photo: St Aldric's Hospice",
            '-Advertisement',
        ],
        [
            '+More than forty volunteers have signed up to run the shop, which will be open six days a week.',
            '+"Every mug and every coat sold here pays for nursing care at home," said shop manager Delphine '
            'Spurgeworth.',
        ],
        [
            '+What the shop sells',
            '+Donated clothes, books and homeware, sorted and priced by volunteers',
            "+Refurbished furniture from the hospice's warehouse in Mill Lane",
            "+Christmas cards designed by patients' families",
            '-Read more: Hospice fun run raises record sum',
        ],
        [
            '+The hospice says the shop needs around 200 bags of donations a week to keep its rails full.',
            '-Topics: Scrabthorpe, High Street, Charities',
            '+Donations can be dropped off at the rear entrance on Chapel Row between 10am and 3pm.',
        ],
        [
            "-Get the Echo's free daily bulletin in your inbox every morning – sign up now.",
        ],
        [
            '-6 comments',
            '-Gwen_from_Chapel_Row: Lovely to see the old bank used again.',
            '-→ Brian_K: Agreed, it has stood empty since 2019.',
            '-ScrabthorpeDad: Will they take electrical items?',
            '-Mags_the_knitter: Dropped off three bags already!',
            '-Load more comments',
        ],
        [
            '-© 2026 Scrabthorpe Newspapers Ltd. All rights reserved.',
            '-Contact us · Privacy notice · Cookie settings · Terms of use',
        ],
    ]),
    _page('en', 'en-blog-foldandfettle-cranes', [
        [
            '-Home · Tutorials · Gallery · About · Contact',
        ],
        [
            '-Fold & Fettle',
            '-Small paper projects, one crease at a time',
            '+How I folded a thousand paper cranes in one winter',
        ],
        [
            '-Posted on 28 November 2026 by Winnifred',
            '-Reading time: 7 minutes',
            '-Contents',
            '-1. Choosing the paper',
            '-2. The thousandth crane',
        ],
        [
            "+It started as a new year's resolution: one crane every evening until the string of a thousand was "
            'finished.',
            '-This post contains affiliate links; I may earn a small commission if you buy through them.',
            '+By February I was folding five a night, and my partner had learnt to fold the wings.',
        ],
        [
            '+"Senbazuru is about patience more than paper," my Japanese teacher told me when I showed her the '
            'first hundred.',
            '-The first hundred cranes, strung in rows of twenty-five.',
            '-Pin it for later',
        ],
        [
            '+What you need for a string of cranes',
            '+Squares of 7.5 cm kami paper, about 1,100 sheets to allow for mistakes',
            '+A long darning needle and strong beading thread',
            '+Small glass beads to stop each crane sliding down',
        ],
        [
            '-You might also like: Ten easy modular origami boxes',
            '-Share this post: Pinterest · Facebook · Email',
        ],
        [
            '+The finished senbazuru now hangs in the hallway, and it moves every time the door opens.',
        ],
        [
            '+Next winter I want to try folding tiny cranes from sweet wrappers.',
            '-My folding kits with pre-cut paper and thread are in my Etsy shop.',
            '-Follow me on Instagram for a crane a day.',
        ],
        [
            '-3 comments',
            '-PaperMoth: That is real dedication. Which thread did you use in the end?',
            '-→ Winnifred: A waxed beading thread, PaperMoth – it does not fray.',
            '-Kiyoko_folds: Beautiful. My grandmother made one for my wedding.',
        ],
        [
            '-Proudly powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-montcressac-piscine', [
        [
            '-Le Courrier de Montcressac',
            '-Accueil > Montcressac > Vie locale',
        ],
        [
            '+Le chauffage de la piscine de plein air de Montcressac de nouveau en service',
            '-Par Albertine Croquebise',
        ],
        [
            '-Publié le 5 décembre 2026 à 8h15',
            '-Lecture 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Après deux hivers sans chauffage, le bassin extérieur des Tilleuls est de nouveau maintenu à 26 degrés.',
        ],
        [
            '-Les premiers nageurs dans le bassin chauffé, jeudi matin.',
            '-Photo : Mairie de Montcressac',
            '-Publicité',
        ],
        [
            '+La chaudière, tombée en panne en 2024, a été remplacée par une pompe à chaleur reliée aux panneaux '
            'solaires du gymnase.',
            "+« Les enfants du club vont enfin pouvoir s'entraîner toute l'année », se réjouit le maître-nageur "
            'Gaspard Trémouillaud.',
        ],
        [
            '+Les nouveaux horaires',
            '+Du lundi au vendredi de 7 heures à 20 heures',
            '+Le samedi de 10 heures à 18 heures',
            '+Le dimanche matin réservé aux familles',
            '-À lire aussi : La patinoire mobile revient sur la place du marché',
        ],
        [
            '+Le chantier a coûté 410 000 euros, dont la moitié financée par la région.',
            '-Mots-clés : Montcressac, piscine, sport',
            '+Une journée portes ouvertes est prévue le dimanche 13 décembre.',
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre d'information.",
        ],
        [
            '-5 commentaires',
            '-Nageuse_du_matin : Enfin ! On attendait ça depuis si longtemps.',
            "-→ Papy_Lucien : Et l'eau est vraiment chaude, j'y étais hier.",
            "-Ricou82 : Combien coûte l'entrée maintenant ?",
            '-Claire_M : Bravo aux agents municipaux.',
            '-Voir plus de commentaires',
        ],
        [
            '-© Le Courrier SAS 2026 – Tous droits réservés',
            '-Mentions légales · Politique de confidentialité · Gestion des cookies · CGU',
        ],
    ]),
    _page('fr', 'fr-blog-lanavettegrippee-singer', [
        [
            '-Accueil · Tutos · Restaurations · À propos · Contact',
        ],
        [
            '-La Navette Grippée',
            "-Carnet de bord d'une restauratrice de machines anciennes",
            '+Ma Singer 201 de 1948 recoud enfin',
        ],
        [
            '-Publié le 30 novembre 2026 par Mireille',
            '-Temps de lecture : 8 minutes',
            '-Sommaire',
            '-1. Le démontage',
            '-2. Le premier point',
        ],
        [
            "+Je l'ai trouvée dans un vide-grenier pour vingt euros, grippée et couverte de poussière.",
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
            "+Il m'a fallu trois semaines de dégraissage pour que le volant tourne à nouveau à la main.",
        ],
        [
            "+« Une machine de cette époque peut coudre encore cent ans si on la huile », m'a dit le réparateur du "
            'marché.',
            '-La Singer avant et après le nettoyage.',
            '-Épinglez cette photo sur Pinterest',
        ],
        [
            "+Ce qu'il faut pour la remettre en route",
            '+Une huile fine pour machines à coudre, sans additif',
            '+Des tournevis à lame plate de trois tailles',
            '+Une courroie neuve en cuir, recousue sur mesure',
        ],
        [
            "-À lire aussi : Restaurer le meuble d'une machine à pédale",
            '-Partager sur Facebook · Pinterest · Envoyer par e-mail',
        ],
        [
            "+Le premier point droit était parfaitement régulier, comme si elle ne s'était jamais arrêtée.",
        ],
        [
            '+La prochaine restauration sera une Pfaff à bras libre qui attend au grenier.',
            '-Je vends mes pièces détachées et mes courroies sur Leboncoin, lien dans la barre latérale.',
            '-Suivez-moi sur Instagram pour voir les restaurations en cours.',
        ],
        [
            '-4 commentaires',
            "-Couturière_Annie : J'ai la même, héritée de ma mère !",
            '-→ Mireille : Quelle chance, Annie, gardez-la bien huilée.',
            '-Fil_et_Bobine : Où trouver une courroie en cuir ?',
        ],
        [
            '-Ce blog est hébergé par Blogger · Signaler un abus',
        ],
    ]),
    _page('de', 'de-portal-ostwiesenbrueck-gemeindehaus', [
        [
            '-Wiesenbrücker Bote',
            '-Startseite › Lokales › Ostwiesenbrück',
        ],
        [
            '+Spender finanzieren neues Dach für das Gemeindehaus von St. Margareta',
            '-Von Gerlinde Hufnagelmeier',
        ],
        [
            '-05.12.2026, 07:45 Uhr',
            '-Lesezeit: 3 Minuten',
            '-Teilen: WhatsApp · Facebook · E-Mail · Drucken',
        ],
        [
            '+Über eine Crowdfunding-Plattform hat die Kirchengemeinde in nur acht Wochen 68.000 Euro gesammelt.',
        ],
        [
            '-Das undichte Dach des Gemeindehauses im Oktober.',
            '-Foto: Kirchengemeinde St. Margareta',
            '-Anzeige',
        ],
        [
            '+Durch das alte Ziegeldach regnete es seit Jahren in den Saal, in dem Chor, Seniorenkreis und '
            'Krabbelgruppe sich treffen.',
            '+„Dass so viele Menschen aus dem ganzen Ort mitgemacht haben, hat uns überwältigt“, sagt Pfarrerin '
            'Almut Kesselhuber.',
        ],
        [
            '+So geht es weiter',
            '+Im Januar wird das Gerüst aufgestellt',
            '+Ab Februar decken zwei örtliche Betriebe das Dach neu',
            '+Zu Ostern soll der Saal wieder genutzt werden',
            '-Lesen Sie auch: Glockenturm wird saniert',
        ],
        [
            '+Die größte Einzelspende kam von einer Bäckerei, die einen Tag lang ihren ganzen Umsatz gab.',
            '-Schlagworte: Ostwiesenbrück, Kirche, Ehrenamt',
            '+Wer noch spenden möchte, kann das bis Ende Dezember im Pfarrbüro tun.',
        ],
        [
            '-Der Bote am Morgen: Jetzt den kostenlosen Newsletter abonnieren.',
        ],
        [
            '-7 Kommentare',
            '-Gemeindemitglied_Rita: Toll, was hier gemeinsam geschafft wurde!',
            '-→ Klaus_W.: Wir haben auch gespendet, gerne wieder.',
            '-Skeptiker1960: Warum zahlt das nicht das Bistum?',
            '-Chorleiterin_Ute: Endlich proben wir wieder im Trockenen.',
            '-Weitere Kommentare laden',
        ],
        [
            '-© 2026 Bote Medien GmbH & Co. KG',
            '-Impressum · Datenschutz · AGB · Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-wachtelgeplauder-winter', [
        [
            '-Start · Haltung · Rezepte · Über mich',
        ],
        [
            '-Wachtelgeplauder',
            '-Vom Leben mit unseren Japanwachteln',
            '+Unser erster Winter mit Wachteln im Garten',
        ],
        [
            '-Veröffentlicht am 29. November 2026 von Friederike',
            '-Lesezeit: 6 Minuten',
            '-Inhaltsverzeichnis',
            '-1. Der Stall',
            '-2. Licht und Futter',
        ],
        [
            '+Seit dem Frühjahr leben sechs Japanwachteln in einer umgebauten Voliere hinter unserem Schuppen.',
            '-Dieser Beitrag enthält Affiliate-Links. Für Käufe über diese Links erhalte ich eine kleine Provision.',
            '+Im November wurde es zum ersten Mal richtig kalt, und ich war nervös.',
        ],
        [
            '+„Wachteln vertragen Kälte gut, aber keine Zugluft und keine Nässe“, schrieb mir eine erfahrene '
            'Züchterin.',
            '-Die Wachteln im ersten Schnee.',
            '-Foto merken auf Pinterest',
        ],
        [
            '+Was wir für den Winter geändert haben',
            '+Die Rückwand der Voliere mit Brettern abgedichtet',
            '+Eine dicke Schicht Hanfeinstreu statt Sand',
            '+Eine Tränke mit Heizplatte, damit das Wasser nicht gefriert',
        ],
        [
            '-Das könnte dich auch interessieren: Wachteleier richtig lagern',
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+Die Hennen legen trotz der kurzen Tage noch fast jeden Tag ein Ei.',
        ],
        [
            '+Im Frühling möchten wir zum ersten Mal selbst brüten lassen.',
            '-Bruteier von meinen Wachteln verkaufe ich im Frühjahr über markt.de.',
            '-Folge mir auf Instagram für tägliche Wachtelfotos!',
        ],
        [
            '-4 Kommentare',
            '-Hühnermama_Bine: Wie viele Stunden Licht gebt ihr ihnen?',
            '-→ Friederike: Gar kein Zusatzlicht, Bine, nur Tageslicht.',
            '-Gartenzwerg_Paul: Schöne Voliere! Selbst gebaut?',
        ],
        [
            '-Erstellt mit WordPress · Theme: Neve · Impressum · Datenschutz',
        ],
    ]),
    _page('it', 'it-portale-borgofrascato-ciclabile', [
        [
            "-L'Eco di Borgofrascato",
            '-Home > Cronaca > Borgofrascato',
        ],
        [
            '+Sospesi i lavori della pista ciclabile di viale dei Gelsi',
            '-di Ermelinda Tortorizzi',
        ],
        [
            '-5 dicembre 2026, ore 10:20',
            '-Tempo di lettura: 3 minuti',
            '-Condividi: Facebook · X · WhatsApp',
        ],
        [
            '+La giunta ha sospeso per sei mesi il progetto della pista ciclabile che doveva collegare la stazione '
            'al liceo.',
        ],
        [
            '-Il cantiere fermo in viale dei Gelsi.',
            '-Foto: Ufficio stampa del Comune',
            '-Pubblicità',
        ],
        [
            "+I commercianti del viale avevano raccolto oltre mille firme contro l'eliminazione di quaranta posti "
            'auto.',
            "+«Vogliamo rifare il progetto ascoltando tutti, non rinunciarvi», ha spiegato l'assessore alla "
            'mobilità Gualtiero Ciclamorini.',
        ],
        [
            '+Cosa cambia adesso',
            '+Il cantiere viene chiuso e la carreggiata riaperta entro Natale',
            '+Un tavolo con commercianti e ciclisti si riunirà a gennaio',
            '+Il nuovo tracciato sarà presentato in primavera',
            '-Leggi anche: Nuovi stalli per le biciclette in stazione',
        ],
        [
            '+Il comitato dei ciclisti ha annunciato un presidio davanti al municipio per sabato.',
            '-Argomenti: Borgofrascato, mobilità, ciclabili',
            '+Il finanziamento regionale resta valido fino al 2028, assicura il comune.',
        ],
        [
            "-Iscriviti alla newsletter dell'Eco: ogni mattina le notizie della tua città.",
        ],
        [
            '-8 commenti',
            '-Ciclista_Marta: Peccato, era ora di avere una pista sicura.',
            '-→ Bottegaio_Enzo: Sicura sì, ma senza parcheggi chiudiamo.',
            '-Nonna_Pina: I bambini andrebbero a scuola in bici.',
            '-Franco_62: Sei mesi diventeranno sei anni.',
            '-Carica altri commenti',
        ],
        [
            "-© 2026 Edizioni dell'Eco srl · P. IVA 03571902468",
            '-Privacy · Cookie policy · Contatti · Lavora con noi',
        ],
    ]),
    _page('it', 'it-blog-tramesospese-macrame', [
        [
            '-Home · Tutorial · Progetti · Chi sono',
        ],
        [
            '-Trame Sospese',
            '-Macramè, piante e piccole cose fatte a mano',
            '+Il mio primo portavasi in macramè per il pothos',
        ],
        [
            '-Pubblicato il 27 novembre 2026 da Benedetta',
            '-Tempo di lettura: 5 minuti',
            '-Indice dei contenuti',
            '-1. La corda giusta',
            '-2. I nodi',
        ],
        [
            '+Il pothos del soggiorno stava soffocando sulla mensola, così ho deciso di appenderlo davanti alla '
            'finestra.',
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
            '+Ho scelto una corda di cotone ritorto da 4 millimetri, morbida ma robusta.',
        ],
        [
            '+«Il nodo piatto è il pane quotidiano del macramè», ripeteva la signora del corso in biblioteca.',
            '-Il portavasi finito, appeso accanto alla finestra.',
            '-Salva su Pinterest',
        ],
        [
            '+Cosa serve',
            '+Otto fili di corda lunghi tre metri ciascuno',
            '+Un anello di legno da 5 centimetri',
            '+Un vaso leggero, meglio se di plastica',
        ],
        [
            '-Potrebbe interessarti anche: Come annodare una tenda in macramè',
            '-Condividi questo post: Facebook · Pinterest · WhatsApp',
        ],
        [
            '+Ci ho messo un pomeriggio intero, ma il pothos sembra già più felice.',
        ],
        [
            '+Il prossimo progetto sarà un portavasi doppio per le felci del balcone.',
            '-I miei portavasi su misura sono in vendita nel mio negozio Etsy.',
            '-Seguimi su Instagram per vedere i nodi passo passo.',
        ],
        [
            '-3 commenti',
            '-Piantina_Gio: Bellissimo! Quanti nodi piatti hai fatto?',
            '-→ Benedetta: Circa sessanta, Gio, divisi in quattro gruppi.',
            '-Lara_crea: Lo provo questo weekend.',
        ],
        [
            '-Blog realizzato con WordPress.com · Tema: Twenty Twenty-Three',
        ],
    ]),
    _page('pl', 'pl-portal-cynamonow-piekarnia', [
        [
            '-Kurier Cynamonowski',
            '-Strona główna › Wiadomości › Cynamonów',
        ],
        [
            '+Piekarnia przy ulicy Młyńskiej świętuje sto lat',
            '-Autorka: Jadwiga Kruszonkówna',
        ],
        [
            '-5 grudnia 2026, 09:30',
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · X · E-mail',
        ],
        [
            '+Rodzinna piekarnia Zakwasińskich obchodzi w tym miesiącu setną rocznicę otwarcia.',
        ],
        [
            '-Czwarte pokolenie piekarzy przy piecu.',
            '-Fot. Urząd Miasta Cynamonów',
            '-Reklama',
        ],
        [
            '+Pierwszy bochenek upiekł tu w 1926 roku pradziadek obecnego właściciela, a przepis na chleb żytni nie '
            'zmienił się do dziś.',
            '+„Piec się zmienił, ludzie się zmienili, ale zakwas jest wciąż ten sam” – mówi piekarz Tadeusz '
            'Zakwasiński.',
        ],
        [
            '+Jak piekarnia uczci jubileusz',
            '+W sobotę każdy klient dostanie pączka gratis',
            '+W niedzielę piekarnia otworzy drzwi dla zwiedzających',
            '+Przez cały grudzień chleb jubileuszowy w cenie sprzed lat',
            '-Czytaj także: Nowy targ śniadaniowy na rynku',
        ],
        [
            '+Burmistrz wręczył rodzinie pamiątkowy dyplom podczas sesji rady miasta.',
            '-Tagi: Cynamonów, piekarnia, jubileusz',
            '+Kolejki przed piekarnią ustawiały się już od szóstej rano.',
        ],
        [
            '-Zapisz się do newslettera Kuriera i otrzymuj najważniejsze wiadomości codziennie rano.',
        ],
        [
            '-Komentarze (6)',
            '-Sąsiadka_z_Młyńskiej: Najlepszy chleb w okolicy, od zawsze!',
            '-→ Marek_K: Zgadzam się, jeżdżę po niego z drugiego końca miasta.',
            '-Gość_Anna: Pamiętam tę piekarnię z dzieciństwa.',
            '-Rowerzysta_Tomek: Sto lat, sto lat!',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-© 2026 Wydawnictwo Cynamonowskie sp. z o.o. Wszelkie prawa zastrzeżone.',
            '-Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-pedzelicyna-krasnoludy', [
        [
            '-Start · Poradniki · Galeria · O mnie',
        ],
        [
            '-Pędzel i Cyna',
            '-Malowanie figurek do gier bitewnych',
            '+Jak pomalowałem pierwszą drużynę krasnoludów',
        ],
        [
            '-Opublikowano 26 listopada 2026 przez Kacpra',
            '-Czas czytania: 7 minut',
            '-Spis treści',
            '-1. Podkład',
            '-2. Cieniowanie',
        ],
        [
            '+Pięć krasnoludów z zestawu startowego czekało w pudełku prawie rok.',
            '-Ten wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga bez dodatkowych kosztów.',
            '+W końcu rozłożyłem farby na biurku i postanowiłem malować po jednej figurce dziennie.',
        ],
        [
            '+„Cienkie warstwy, zawsze cienkie warstwy” – powtarzał mi kolega z klubu gier planszowych.',
            '-Krasnoludy po nałożeniu podkładu.',
            '-Zapisz zdjęcie na Pintereście',
        ],
        [
            '+Czego potrzebujesz na start',
            '+Szary podkład w sprayu',
            '+Trzy pędzle: duży, średni i bardzo cienki',
            '+Paletę z mokrym papierem, żeby farby nie wysychały',
        ],
        [
            '-Zobacz też: Malowanie podstawek krok po kroku',
            '-Udostępnij wpis: Facebook · Pinterest · Messenger',
        ],
        [
            '+Najwięcej czasu zajęły brody, ale to właśnie one wyszły najlepiej.',
        ],
        [
            '+Następny w kolejce jest smok, którego dostałem na urodziny.',
            '-Maluję figurki na zamówienie – szczegóły w zakładce Usługi.',
            '-Obserwuj mnie na Instagramie, żeby zobaczyć postępy.',
        ],
        [
            '-Komentarze: 3',
            '-Figurkowy_Marek: Świetne brody! Jakiej farby użyłeś?',
            '-→ Kacper: Dzięki, Marek, to zwykły brąz rozjaśniony kością.',
            '-Ola_maluje: Czekam na smoka!',
        ],
        [
            '-Blog działa na WordPressie · Motyw: Astra',
        ],
    ]),
    _page('ru', 'ru-portal-nizhnepyzhinsk-remontkafe', [
        [
            '-Пыжинские вести',
            '-Главная › Новости › Город',
        ],
        [
            '+В Нижнепыжинске открылось первое ремонт-кафе',
            '-Агриппина Винтокрутова',
        ],
        [
            '-5 декабря 2026, 11:05',
            '-Время чтения: 3 минуты',
            '-Поделиться: ВКонтакте · Telegram · Одноклассники',
        ],
        [
            '+В библиотеке на улице Гагарина по субботам теперь бесплатно чинят сломанные вещи.',
        ],
        [
            '-Мастер-волонтёр чинит настольную лампу.',
            '-Фото: пресс-служба администрации',
            '-Реклама',
        ],
        [
            '+Идея принадлежит пенсионерам из клуба «Умелые руки», которые десять лет чинили технику соседям у себя '
            'дома.',
            '+«Выбросить проще всего, а починить — и дешевле, и приятнее», — говорит инженер на пенсии Савелий '
            'Канифолев.',
        ],
        [
            '+Что можно принести',
            '+Мелкую бытовую технику: чайники, лампы, утюги',
            '+Одежду, которой нужна заплатка или новая молния',
            '+Велосипеды и детские игрушки',
            '-Читайте также: В парке появились новые скамейки',
        ],
        [
            '+В первую субботу мастера починили двадцать семь вещей из тридцати.',
            '-Теги: ремонт-кафе, библиотека, волонтёры',
            '+Следующая встреча пройдёт 12 декабря с 11 до 15 часов.',
        ],
        [
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города.',
        ],
        [
            '-Комментарии (5)',
            '-Хозяйка_с_Гагарина: Отнесу туда свой старый миксер!',
            '-→ Дед_Михалыч: Несите, там и мой приёмник ожил.',
            '-Скептик_Олег: А запчасти кто оплачивает?',
            '-Валентина_П: Спасибо мастерам!',
            '-Показать ещё комментарии',
        ],
        [
            '-© 2026 ООО «Городская медиагруппа». Все права защищены.',
            '-Политика конфиденциальности · Пользовательское соглашение · 16+',
        ],
    ]),
    _page('ru', 'ru-blog-shcheloch-mylo', [
        [
            '-Главная · Рецепты · Мастер-классы · Обо мне',
        ],
        [
            '-Щёлочь и лаванда',
            '-Мыло холодным способом своими руками',
            '+Моё первое мыло холодным способом',
        ],
        [
            '-Опубликовано 25 ноября 2026, автор: Тоня',
            '-Время чтения: 6 минут',
            '-Содержание',
            '-1. Безопасность',
            '-2. Рецепт',
        ],
        [
            '+Я долго боялась работать со щёлочью и делала только мыло из готовой основы.',
            '-В статье есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.',
            '+Этой осенью я купила перчатки, очки и весы и наконец решилась.',
        ],
        [
            '+«Щёлочь всегда добавляют в воду, а не наоборот», — первым делом сказала мне подруга-мыловар.',
            '-Первая партия мыла на вызревании.',
            '-Сохранить фото в Pinterest',
        ],
        [
            '+Что понадобится',
            '+Оливковое и кокосовое масло',
            '+Гидроксид натрия и дистиллированная вода',
            '+Силиконовая форма на шесть брусков',
        ],
        [
            '-Вам может быть интересно: Как сделать мыло с овсянкой',
            '-Поделиться записью: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '+Мыло нужно выдерживать четыре-шесть недель, так что пробовать его я буду только в январе.',
        ],
        [
            '+В следующий раз добавлю в рецепт немного лавандового масла.',
            '-Готовое мыло продаю на Авито — ссылка в профиле.',
            '-Подписывайтесь на мой канал в Дзене: там выходят видео о мыловарении.',
        ],
        [
            '-Комментарии (3)',
            '-Мыльная_Фея: Красивый срез! Какой процент пережира?',
            '-→ Тоня: Пять процентов, для первого раза хватает.',
            '-Ирина_К: А можно без кокосового масла?',
        ],
        [
            '-Блог на платформе LiveJournal · Условия использования',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Materiał wideo z TVP VOD jest niedostępny w Twoim regionie.':
        "a Polish region-locked TVP VOD placeholder ('Materiał wideo z TVP VOD jest niedostępny w Twoim regionie.') "
        'is left in the body',
    'Settle in: this one is a slow read of twenty-five minutes or so, with lots of photos.':
        "a blog's settle-in reading-time warning of twenty-five minutes ('Settle in: this one is a slow read of "
        "twenty-five minutes or so, with lots of photos.') is left at the head",
    'Retrouvez mes créations dans ma boutique sur Un grand marché, lien en bas de page.':
        "a French Un grand marché shop plug ('Retrouvez mes créations dans ma boutique sur Un grand marché, lien en "
        "bas de page.') is left at the foot",
    'Moje zakładki do książek kupisz w sklepie na Pakamera.pl.':
        "a Polish Pakamera.pl bookmarks plug ('Moje zakładki do książek kupisz w sklepie na Pakamera.pl.') is left "
        'at the foot',
    'Précision de la rédaction : les prix cités datent du jour de notre visite et ont pu changer.':
        "a French newsroom clarification on the quoted prices ('Précision de la rédaction : les prix cités datent "
        "du jour de notre visite et ont pu changer.') is left in the body",
    'Tekst ukazał się w ramach cyklu „Nasze małe ojczyzny”.':
        "a Polish part-of-a-series note ('Tekst ukazał się w ramach cyklu „Nasze małe ojczyzny”.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-scrabthorpe-hospiceshop':
        "the Echo's charity-shop story keeps its photo caption ('Volunteers sort donations on the shop's first "
        "morning.') at the top of the block of three between the first and second paragraphs, while the credit and "
        'the ad label after it go (1 of 20 noise lines); no article line is lost',
    'en-blog-foldandfettle-cranes':
        "the origami blog's thousand-cranes post keeps the tagline ('Small paper projects, one crease at a time') in "
        "the block of three with the blog name and the title, while the blog name goes, and the photo caption ('The "
        "first hundred cranes, strung in rows of twenty-five.') right after the quote paragraph, while the Pin-it "
        'prompt after it goes (2 of 20 noise lines); no article line is lost',
    'fr-portail-montcressac-piscine':
        "the Courrier's pool-heating story keeps its photo caption ('Les premiers nageurs dans le bassin chauffé, "
        "jeudi matin.') at the top of the block of three between the first and second paragraphs, while the credit "
        'and the ad label after it go (1 of 20 noise lines); no article line is lost',
    'fr-blog-lanavettegrippee-singer':
        'the sewing-machine blog\'s Singer post keeps its tagline ("Carnet de bord d\'une restauratrice de machines '
        'anciennes") in the block of three with the blog name and the title, while the blog name goes, and the '
        "photo caption ('La Singer avant et après le nettoyage.') right after the quote paragraph, while the "
        'Pinterest prompt after it goes (2 of 20 noise lines); no article line is lost',
    'de-portal-ostwiesenbrueck-gemeindehaus':
        "the Bote's parish-hall-roof story keeps its photo caption and its credit ('Das undichte Dach des "
        "Gemeindehauses im Oktober.', 'Foto: Kirchengemeinde St. Margareta'), the first two lines of the block of "
        "three between the first and second paragraphs, while the ad label 'Anzeige' after them goes (2 of 20 noise "
        'lines); no article line is lost',
    'de-blog-wachtelgeplauder-winter':
        "the quail blog's winter post keeps its tagline ('Vom Leben mit unseren Japanwachteln') in the block of three "
        "with the blog name and the title, while the blog name goes; and its egg plug ('Bruteier von meinen Wachteln "
        "verkaufe ich im Frühjahr über markt.de.') right after the final paragraph, while the follow prompt after it "
        "and the whole comment thread go (2 of 20 noise lines); no article line is lost",
    'it-portale-borgofrascato-ciclabile':
        "the Eco's cycle-lane story keeps its photo caption ('Il cantiere fermo in viale dei Gelsi.') at the top of "
        'the block of three between the first and second paragraphs, while the credit and the ad label after it go '
        '(1 of 20 noise lines); no article line is lost',
    'it-blog-tramesospese-macrame':
        "the macramé blog's plant-hanger post keeps its tagline ('Macramè, piante e piccole cose fatte a mano') in "
        "the block of three with the blog name and the title, while the blog name goes, and the photo caption ('Il "
        "portavasi finito, appeso accanto alla finestra.') right after the quote paragraph, while the Pinterest "
        'prompt after it goes (2 of 20 noise lines); no article line is lost',
    'pl-portal-cynamonow-piekarnia':
        "the Kurier's bakery-centenary story keeps its photo caption ('Czwarte pokolenie piekarzy przy piecu.') at "
        'the top of the block of three between the first and second paragraphs, while the credit and the ad label '
        'after it go (1 of 20 noise lines); no article line is lost',
    'pl-blog-pedzelicyna-krasnoludy':
        "the miniatures blog's dwarf-squad post keeps its tagline ('Malowanie figurek do gier bitewnych') in the block "
        "of three with the blog name and the title, while the blog name goes; the photo caption ('Krasnoludy po "
        "nałożeniu podkładu.') right after the quote paragraph, while the Pinterest prompt after it goes; and the "
        "commissions plug ('Maluję figurki na zamówienie – szczegóły w zakładce Usługi.') right after the final "
        "paragraph, while the follow prompt after it and the whole comment thread go (3 of 20 noise lines); no article "
        "line is lost",
    'ru-portal-nizhnepyzhinsk-remontkafe':
        "the Vesti's repair-café story keeps its photo caption ('Мастер-волонтёр чинит настольную лампу.') at the "
        'top of the block of three between the first and second paragraphs, while the credit and the ad label after '
        'it go (1 of 20 noise lines); no article line is lost',
    'ru-blog-shcheloch-mylo':
        "the soap blog's first-batch post keeps its tagline ('Мыло холодным способом своими руками') in the block "
        "of three with the blog name and the title, while the blog name goes, and the photo caption ('Первая партия "
        "мыла на вызревании.') right after the quote paragraph, while the Pinterest prompt after it goes (2 of 20 "
        'noise lines); no article line is lost',
}


test_held_out_148_line, test_held_out_148_line_is_kept, test_held_out_148_page = held_out_tests(
    HELD_OUT_148_LINES, HELD_OUT_148_KEEP, HELD_OUT_148_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
