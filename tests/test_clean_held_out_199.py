"""Held-out set 199: written blind, weighted toward the noise the cleaner exists for, in shapes set 198's docstring does
not name (nor the first paragraphs of sets 195, 196 and 197): scraper, embed and ad markers (an English Mixcloud show
kept for Mixcloud Select subscribers "Mixcloud show unavailable: this upload can only be played by Mixcloud Select
subscribers.", an English Loom video restricted to its owner's workspace "Loom video could not be loaded – the owner has
restricted viewing to their workspace.", an English Typeform survey that reached its response limit "The Typeform survey
embedded here has reached its response limit and is closed.", a French Arte.tv programme whose broadcast rights expired
"Le programme Arte.tv intégré n'est plus disponible : ses droits de diffusion ont expiré.", a German Mastodon post whose
instance cannot be reached "Dieser Mastodon-Beitrag kann nicht geladen werden: Die Instanz ist derzeit nicht
erreichbar.", an Italian Mediaset Infinity video that cannot play on this device "Il video di Mediaset Infinity non può
essere riprodotto su questo dispositivo.", a Polish Bluesky post whose author's account was suspended "Post z Bluesky
nie mógł zostać wczytany – konto autora zostało zawieszone." and a Russian Telegram-channel post that did not load
because the channel went private "Публикация из Telegram-канала не загрузилась: канал стал закрытым."); reading-time
headers in new wordings (the English approx.-reading-time label with the minutes spelled out "Approx. reading time: four
minutes", a blog's grab-a-cuppa line "Grab a cuppa – this one's a 15-minute read", the French to-read-in label "À lire
en 4 minutes", the German to-read-you-need line "Zum Lesen brauchen Sie etwa 4 Minuten", the Italian a-read-of label
"Lettura da 4 minuti", the Polish reading-will-take-you line "Przeczytanie zajmie Ci 4 minuty" and the Russian
approximately-equal label "≈ 4 минуты на чтение"); bylines and self-promotion (an English Local Democracy Reporting
Service byline "By Tobias Flinderwode, Local Democracy Reporting Service", an English guest-post-by byline with the
writer's role "Guest post by Humphrey Sneddlecott, chair of the Thrimblewick Heritage Group", a French
local-press-correspondent byline "Correspondant local de presse : Gaëtan Moulvérac" and a Polish compiled-by byline
"Oprac. Halina Paprociak", all at the head, and at the foot an English eBay rolling-mats plug with Royal Mail postage
"The bamboo rolling mats I make are listed in my eBay shop, with Royal Mail tracked postage.", a German willhaben
gnocchi-boards plug "Meine handgeschnitzten Gnocchibretter gibt es bei willhaben – Versand mit der Post oder Abholung in
Graz.", an Italian Amazon Handmade olive-wood-boards plug with GLS shipping "I miei taglieri in legno d'ulivo sono in
vendita su Amazon Handmade, con spedizione GLS." and a Russian Ozon pelmeni-moulds plug with SDEK delivery "Деревянные
формы для пельменей делаю сам — продаю на Ozon, доставка СДЭКом."); blog and site footers (an English Micro.blog host
line with RSS and archive links "Hosted on Micro.blog · RSS feed · Archive", an English company-registration line
"Registered in England and Wales, company no. 08472516. Registered office: 4 Old Tannery Yard, Thrimblewick.", an
English Creative Commons licence line "Text licensed under CC BY-NC-SA 4.0 unless otherwise noted.", a French host line
with OVHcloud's address "Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix, France", a German
responsible-under-the-MStV line "Verantwortlich i.S.d. § 18 Abs. 2 MStV: Gerlinde Hafenkrätzl", an Italian
court-registration and managing-editor line "Testata registrata presso il Tribunale di Cuneo n. 12/2009 · Direttore
responsabile: Ottavio Brusatelli", a Polish publisher and KRS line "Wydawca: Fundacja Wieści znad Łoziczanki · KRS
0000512873" and a Russian mass-media registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано
Роскомнадзором"); reader-comment furniture (an English comments-are-moderated note "Comments are moderated and may take
up to 24 hours to appear.", an English collapse-permalink-report row "Collapse thread · Permalink · Report", the English
Disqus could-not-load message "We were unable to load Disqus. If you are a moderator please see our troubleshooting
guide.", a French awaiting-moderation note "Votre commentaire est en attente de modération.", a German
join-the-discussion log-in prompt "Mitdiskutieren? Melden Sie sich mit Ihrem Leserkonto an.", an Italian
reply-like-report row "Rispondi · Mi piace (4) · Segnala", a Polish comment-as-guest-or-log-in-with-Google prompt
"Skomentuj jako gość albo zaloguj się przez Google." and the Russian Cackle comments credit "Комментарии для сайта
Cackle"); share rows (an English share-on row with Reddit, LinkedIn and Pocket "Share on: Reddit · LinkedIn · Pocket ·
Copy link", an Italian share-the-article row with LinkedIn, Telegram and print "Condividi l'articolo: Facebook ·
LinkedIn · Telegram · Stampa" and a Polish recommend-the-article row with LinkedIn "Poleć artykuł: Facebook · LinkedIn ·
Kopiuj link"); and notices (a French gifted-article note "Cet article est réservé aux abonnés : vous le lisez
gratuitement grâce à un proche qui vous l'a offert." and a Russian first-published-in-print note "Материал впервые
опубликован в печатной версии газеты 12 марта.", both in the body, and a German transparency note "Transparenzhinweis:
Der Autor ist Mitglied des Heimatvereins, um den es in diesem Text geht." at the foot); and toward whole scraped news
and hobby-blog pages in layouts set 198's docstring does not describe (on the six portal pages, in eight blocks, an
account row (subscribe, sign in, the e-paper), the masthead and the section menu in one block of three at the very top,
the masthead in the middle; a breadcrumb and the date line above the title and the byline and the reading time under it
in one block of five, the title third; the first and second paragraphs in one block of four with the lead photo's
caption and its credit after the second; the paragraph with the quote at the top of a block of three with a read-also
link and a share row after it; an ad label and a sponsored headline at the top of the list block, above the subheading
(a block of six); the two last paragraphs at the top of a block of four with a tags line and a news-tip prompt after
them; a thread of three lines alone in a block (a comment count, a comment and the reporter's or the desk's arrowed
reply); and at the foot a links row and the publisher's copyright line; on the six blog pages, in nine blocks, the blog
name, its tagline and the menu in one block of three at the very top, the menu last; a category breadcrumb above the
title and the posted-on-by line and the reading time under it in a block of four, the title second; the first paragraph
at the top of a block of two with an affiliate-links disclosure after it; a table of contents (its heading and two
numbered entries) at the top of the second paragraph's block, above the paragraph (a block of four); the paragraph with
the quote in the middle of a block of three, between the photo caption above it and a Pinterest-first share row below
it; the subheading and the three rows with an affiliate link after the third row, at the end of the list block (a block
of five); the two last paragraphs at the top of a block of four with a plug for the author's wares, orders, classes or
workshops and a subscribe prompt after them; a thread of three lines alone in a block (a comments heading with its count
and the post's title, a comment and the author's arrowed reply); and at the foot the author's copyright line and a
platform-and-theme credit in a block of two), taken from local news of fresh kinds (a bluebell wood walk reopened, heavy
horses ploughing the glebe field by the old presbytery, an old mere stone (a boundary stone) found in a hedge, an
orchard wassail, a charity duck race on the river, a rushbearing procession carrying grass and sweet flag to the church
at Trinity) and from blogs about baked samosas, macarons that finally got their feet, sushi rolls at home, potato
gnocchi, baklava layered at home and pelmeni for the freezer.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 198 but what is named here), held-out set 200 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 198 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 195, 196 and 197, printed with one ast script
(/tmp/s199scratch/readallowed.py, docstrings split on blank lines) from the frozen worktree /tmp/wt-s199;
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, from /tmp/wt-s199); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s199scratch/readsrc.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data, as the brief says); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 198's as printed, with 198 -> 199; /tmp/s199scratch/gen199.py writes this file from scratch files (data199.py with
the noise and keep lines, pages199.py with the pages, doc199.py and rest.txt with the docstring and, after the
measurement, tables199.py with the xfail tables and baseline.txt with the Baseline paragraph). Nothing else was copied
from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s199, detached at
commit 28383f50d1d18338958cdda53b2b7e5e76985df7, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 00:12:51 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
28383f50d1d18338958cdda53b2b7e5e76985df7, the brief's commit; both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not changed afterwards (one more ``git
status --short`` there at 00:19 printed nothing). (2) readallowed.py printed set 198's docstring paragraphs (split on
blank lines) up to and including the one starting "Baseline", set 198's import lines, its tail from the line of the
module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 195, 196 and 197. Its first
run printed to the terminal, which the tool cut in the middle (it showed the start of set 198's first paragraph to
inside its "Slips and notes" paragraph, and the end, from inside set 196's first paragraph to the end of set 197's, all
allowed parts); the second run went to /tmp/s199scratch/peek.out (512 lines, all of them allowed parts), of which I
paged lines 1 to 420 with ``sed`` (in four pieces); nothing else of any set file was printed. readsrc.py imports
test_clean, which loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/
was printed; nothing was installed. (3) Before writing I compared my wordings with the ones the read docstrings name, by
eye, and kept away from them: no embed service named there (Flourish, Strava, Spotify, Twitch, Padlet, Google Forms,
Player.pl, VK Video, Buzzsprout, Canva, Yandex Music, Datawrapper, Audioboom, Genially, Ausha, Podigee, Spreaker, TVP
VOD, Dzen, Podbean, Matterport, Instagram, Google Maps, Vimeo, Apple Podcasts and the ones set 198's notes list) is used
for a held-out marker (Mixcloud, Loom, Typeform, Arte.tv, Mastodon, Mediaset Infinity, Bluesky and a Telegram channel
are), and the failures are of other kinds (a subscribers' upload, a workspace restriction, a response limit, expired
broadcast rights, an unreachable instance, an unsupported device, a suspended account, a channel gone private); the
reading times avoid the phrasings named there; the bylines are of new shapes (a Local Democracy Reporting Service
byline, a guest post with the writer's role, a local-press correspondent, oprac.); the footers use hosts, legal lines
and licences not named there (Micro.blog, a company-registration line, a Creative Commons line, an OVHcloud host
address, a MStV line, an Italian court registration, a KRS line, a Russian media registration); the plugs name eBay,
Royal Mail, willhaben, Amazon Handmade, GLS, Ozon and SDEK, none named there; the comment lines are a moderation note,
an action row, the Disqus load failure, an awaiting-moderation note, log-in prompts and the Cackle credit; the share
rows name Reddit, LinkedIn, Pocket and print; the notices are a gifted-article note, a first-in-print note and a
transparency note. Page furniture (reading times such as "3 min read", "Lesezeit: 3 Min." and "Время чтения: 3 минуты",
ad labels, share rows, links rows, copyright lines, the Amazon, Allegro and Wildberries affiliate links) is ordinary,
not held-out, and some of it is of common kinds; for the page credits I avoided the themes named in the read docstrings
and notes (Astra, Kadence, GeneratePress, Blocksy, OceanWP and Neve are used). (4) Every invented name was checked with
the ``find_string`` tool (exact string, case-insensitive, over public GitHub files). Names with hits were dropped and
replaced: Bellhallow (inside a code identifier) before Thrimblewick; Vellacombe (an invented firm in another repository)
and Dellowfield (inside a code identifier) before Quillandine; Rouvelac (inside code identifiers) before Rouvignard;
Schwallenbach (a real place) and Haselgrübler (a surname) before Distelhuber; Kernbichler (a surname) before Moosgräber;
Brandolisio (a surname in test data) before Pervanchini; Pstrągowska (a surname) before Kiełbiczewska; Żurawiecka
(inside a place name) before Wrotkowiak; Тростникова (inside other words and a title) and Камышанская (a surname) before
Осокорева; Рогозянка (two hits whose excerpts did not show it; dropped, the caption names no river); Miodowe Warstwy (a
product description) before Filo na Parapecie; Морозилка полна (a game's button) before Пельмени на балконе; Fennick (a
place and names), Brackenholt, Grimblethorpe (a real place) and Quarnley (in other repositories) before Flinderwode;
Tilbrook (a surname), Quillerton and Pebbleworth (inside a code identifier) before Sneddlecott; Wendlecombe (an invented
place in another repository) before the Thrimblewick Heritage Group; Wrzosowska (one hit) before Paprociak; Hopfmüller
(a surname) before Hafenkrätzl. No hits for: Thrimblewick, Quillandine, Coppice Hanger, Pinnacott, Hedgerow Nurseries,
Valcrozes, Farguesson, Rouvignard, Kranichsried, Distelhuber, Moosgräber, Castelmelaro, Tessitorelli, Pervanchini,
Łozinow (Łozinowo, Łozinowski), Kiełbiczewska, Wrotkowiak, Рогозьев (Рогозьево, Рогозьевский), Осокорева, Tamarind on
the Windowsill, Sucre & Coquilles, Reiskorn & Nori, Forchetta Rigata, Filo na Parapecie, Пельмени на балконе, Tobias
Quarnley, Flinderwode, Sneddlecott, Moulvérac, Paprociak, Hafenkrätzl, Brusatelli and Łoziczank (Łoziczanka). Bare first
names and handles of commenters and authors (Marjory_T, Gégé71, Waldläufer58, Nonna_Iole, mama_Oli, Валентина_К, Nisha,
Sunita R., Clémence, Lulu_Pâtisse, Jonas, Kochmaus, Marta, Gianni_B, Agnieszka, Kasia_piecze, Ксения, Ирина_М, Harriet,
Odile, Bastien, Ingeborg, Ludwig, Rosalba, Samuele, Jadwiga, Teresa, Любава, Godfrey, Tobias, Humphrey, Gaëtan, Halina,
Gerlinde, Ottavio, отец Николай) were not checked, and real places (Leicester, Kassel, Bergamo, Lublin, Perm, Istanbul,
Somerset, Roubaix, Cuneo, Graz, the Rudawka) and services are named as real pages do. (5) Checks run with small scripts
before the measurement (/tmp/s199scratch/check.py and gen199.py): the counts by category, language and place of the
lines and keep lines, one marker, reading time, byline, footer and comment line and one share row or notice in each
language but English, 10 article and 20 noise lines on every page, the block shapes, no at-sign, no line of the file
over 120 columns, no line twice, the file read back (its lists equal the scratch data), and no noise line inside another
line of the set (any page's line, held-out or keep line; case-insensitive). That check first found fifteen: each
portal's masthead inside its copyright line (English excepted, where the masthead has "The"), the French, German,
Italian, Polish and Russian ones, and the Polish one also inside the photo credit; each blog's name inside its copyright
line; the Italian byline "di Rosalba Tessitorelli" inside the photo credit "Foto di Rosalba Tessitorelli"; the German ad
label "Anzeige" inside the German plug (first "... auf Kleinanzeigen ...", reworded to the willhaben plug); and the
Italian ad label "Pubblicità" inside an Italian keep line (first "Pubblicità e volantini ...", reworded to
"Pubblicizzare la festa con i volantini ..."). The copyright lines were reworded to name the publisher or the author,
the credits to "Foto: R. Tessitorelli" and "Fot. archiwum redakcji"; after that it found none. The blogs' comment
headings quote the post's title (the title is inside a noise line, not the other way round), as WordPress prints them.
(6) The measurement: ``date`` printed Mon Dec 7 00:20:01 UTC 2026 right before the one run of the two commands of the
Baseline paragraph, on the file final but for the empty xfail tables, the Baseline paragraph and this note; the problems
of each failing case were then printed with ``_problems`` (/tmp/s199scratch/probs.py, with /tmp/wt-s199/src and
/tmp/wt-s199/tests on the path), and the 20 failing cases (13 lines and 7 pages) were written into the three tables
(/tmp/s199scratch/mktables.py, which quotes the lines from the scratch data); the final file was checked again with the
pytest command in /tmp/wt-s199 (see the Baseline paragraph). Nothing of the set was reworded after the measurement. The
clock: the measurement came about eight minutes after the start, the tables and these notes were written by 00:23 by
``date``, and the commit followed within a few minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from parish, village and council reports that open with or hold a
noise-like word ("Comments from walkers ...", "Share of the cost of the new stile ...", "Following the storm in February
...", "Subscribers to the village hall lottery ...", "Copyright of the old parish maps ...", "Advertising the duck race
...", "Reading the vestry accounts ...", "Les commentaires des riverains ...", "Partager le matériel agricole ...",
"Suivre la procession ...", "Kommentare der Anwohner ...", "Abonnenten des Gemeindeblatts ...", "Urheberrecht spielte
...", "Condividere il trattore ...", "Pubblicizzare la festa ...", "Seguire il corteo ...", "Subskrypcja gminnego
biuletynu ...", "Reklamy na przystankach ...", "Комментарии жителей ..." and "Подписка на районную газету ..."): each is
a full sentence with a subject, a verb and a fact of a local story, so article. Borderline categories: the plugs (eBay,
willhaben, Amazon Handmade, Ozon) are bylines and self-promotion, at the foot, since they sell the author's wares in the
author's voice; the Local Democracy Reporting Service, guest-post, correspondent and oprac. lines are bylines; the
Micro.blog, company-registration, Creative Commons, OVHcloud, MStV, court-registration, KRS and media-registration lines
are footers (they speak of the site or the publisher, not of the article); the moderation and awaiting-moderation notes,
the action rows, the Disqus message, the log-in prompts and the Cackle credit are comment furniture; the English,
Italian and Polish rows are share rows; the French gifted-article note and the Russian first-in-print note are notices
in the body (both speak of the article they sit in), and the German transparency note is a notice at the foot (it speaks
of this text's author; not a footer, since it is printed under this article only). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (account rows, mastheads, menus, breadcrumbs, date lines, bylines, reading
times, captions and credits, read-also links, share rows, ad labels, sponsored headlines, tags lines, news-tip prompts,
comment counts, comments and replies, links rows, copyright lines, blog names and taglines, category breadcrumbs,
posted-on lines, affiliate disclosures and links, tables of contents, plugs, subscribe prompts and platform credits) is
noise. The list rows (what changed on the path, the ploughing day, what happens to the stone, the wassail rite, the duck
race, the preparations for the procession, and what went into the samosas, the macarons, the sushi, the gnocchi, the
baklava and the pelmeni) are short but part of each article, so article; the portals' ad labels and sponsored headlines
are noise though they sit at the top of the list block; the portals' captions and credits are noise though they sit
right after the second paragraph, inside its block; the tags lines and news-tip prompts are noise though they share the
block of the two last paragraphs; the blogs' affiliate disclosures are noise though they sit after the first paragraph,
inside its block; the tables of contents are noise though they sit above the second paragraph, inside its block; the
blogs' photo captions are noise though they sit right above the paragraph with the quote; the affiliate links name a
tool the author used but are shop links, so noise though they close the list block; the plugs ("Spare samosa moulds from
my market stall are on my Depop, with tracked UK postage." and the like) speak in the author's voice but advertise, so
noise; the arrowed replies in the threads are comment furniture, so noise; the bare bylines "Par Odile Farguesson", "di
Rosalba Tessitorelli", "Autor: Jadwiga Kiełbiczewska" and "Автор: Любава Осокорева" and the bare posted-on lines are
page furniture; the one-word table-of-contents headings ("Contents", "Sommaire", "Inhaltsverzeichnis", "Indice", "Spis
treści", "Содержание") and their numbered entries are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Polish and notice in French, German and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: French and Russian), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the German notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-thrimblewick-bluebell-wood (the
bluebell wood path through Coppice Hanger reopened after repairs), fr-portail-valcrozes-chevaux-de-trait (two Comtois
heavy horses ploughing the glebe field by the old presbytery), de-portal-kranichsried-grenzstein (a mere stone of 1748
found in a hedge by the mill lane), it-portale-castelmelaro-wassail (the wassail revived in the parish orchard),
pl-portal-lozinowo-wyscig-kaczek (a thousand rubber ducks raced down the river for the home hospice),
ru-portal-rogozyevo-troitsa (a rushbearing procession with grass, sweet flag and birch to the church at Trinity),
en-blog-tamarind-windowsill-samosas (baked samosas that stay crisp), fr-blog-sucre-et-coquilles-macarons (macarons that
finally got their feet), de-blog-reiskorn-und-nori-sushi (a first good evening of sushi rolls at home),
it-blog-forchetta-rigata-gnocchi (light potato gnocchi), pl-blog-filo-na-parapecie-baklawa (baklava layered with thirty
sheets of filo) and ru-blog-pelmeni-na-balkone-zapas (two hundred pelmeni in an evening for the freezer), each with a
reader comment thread.

Baseline (2026-12-07, cleaner at commit 28383f50d1d18338958cdda53b2b7e5e76985df7, measured with ``cd /tmp/wt-s199 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s199/src python -m pytest -q tests/test_clean_held_out_199.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s199 && PYTHONPATH=/tmp/wt-s199/src python
scripts/clean_held_out_report.py --sets 199``, with the xfail tables empty, at 00:20:01 UTC by ``date``): noise lines
removed 32/45 (marker 5/8, reading-time 6/7, byline 3/8, footer 7/8, comments 7/8, share 3/3, notice 1/3; the 13 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Typeform, French
Arte.tv and Polish Bluesky lines), one reading time at the head (the Polish reading-will-take-you line), two bylines at
the head (the English guest-post byline and the French local-press-correspondent byline) and three plugs at the foot
(the English eBay, German willhaben and Italian Amazon Handmade plugs), one footer at the foot (the Polish publisher and
KRS line), one comment line at the foot (the Polish comment-as-guest prompt) and two notices (the French gifted-article
note in the body and the German transparency note at the foot); the English Mixcloud and Loom, German Mastodon, Italian
Mediaset Infinity and Russian Telegram markers, the other six reading times, the English Local Democracy Reporting
Service byline, the Polish oprac. byline and the Russian Ozon plug, the other seven footers, the other seven comment
lines, every share row and the Russian first-in-print notice went); keep lines kept 20/20; pages 5/12 clean, 17 of 240
page noise lines left and 0 of 120 article lines lost. Clean: the English bluebell-wood, German mere-stone, Italian
wassail, Polish duck-race and Russian rushbearing portal pages. Left: on the French heavy-horses portal page the
news-tip prompt after the two last paragraphs (1); on the English samosa and Polish baklava blogs the photo caption
above the paragraph with the quote and the plug after the two last paragraphs (2 each); on the French macaron and German
sushi blogs the photo caption, the Pinterest-first share row below the quote and the plug (3 each); on the Italian
gnocchi and Russian pelmeni blogs the photo caption, the affiliate link after the third list row and the plug (3 each).
Lost: no page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command
on the final file in /tmp/wt-s199 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 130 (developed on sets 197 and 198 from 28383f5, the same cleaner this set was written against,
with the lead's mend c4a0db5; measured on it blind by the lead with test_clean._problems of every case before and
after): three pages moved, none cleaned. The French macaron blog's Pinterest-first share row under the quote goes (round
130's _PIN_FIRST in whole_line_noise._SHARE_BAR); the Italian gnocchi and Russian pelmeni blogs' affiliate links after
the third list row go (round 130's shop pointer between list rows, "a questo link" and "по ссылке" counting as its
"here"); the three reasons are reworded. The German sushi blog's share row ("Merken · Auf Facebook teilen · Per E-Mail
senden") stays: "Merken" is no pin verb the reading knows. Every blog keeps its photo caption and its plug after the
last paragraphs, the French portal its news-tip prompt (the form named after the newsroom). Noise lines 32 of 45, keep
20 of 20, pages clean 5 of 12, page noise lines left 17 -> 14 of 240, article lines lost 0 of 120.

Round 131 (development; this set was read in full from this round on): developed on sets 199 and 200 from 6d4595d; the
rules were committed in c5b7181 and reverted on the round's branch, because the full cleaning test set could not be run
on them before the round closed (the shared machine ran at a load of five to six); the lead integrated c5b7181 with
mends and ran the gates (the next paragraph). Measured with test_clean._problems of every case: Fixed: the writer's plug
after the last paragraph with no sign-off above it, the page's last line no rule took under the article's last sentence
(in its block or alone in the next), over nothing but furniture, prompts and comments
(page_blocks._mark_writers_offer_at_end and _is_writers_offer_at_end: the writer's first person, a pronoun, a possessive
or the Polish and Russian verb of the first person opening the line, _FIRST_PERSON_VERB_OPENING; a page or tab of the
site named with a capital or quotes, _NAMED_PAGE, or a marketplace, _PLUG_MARKETPLACE; an offer's word, _OFFER_CUE; no
purchase, denial, question or quoted speech): all six blogs' plugs go, and the English eBay, German willhaben and
Italian Amazon Handmade plug lines at the foot (their line xfails removed); the German share row with "Merken" first
(whole_line_noise._PIN_FIRST, now before a row of buttons too in _SHARE_BAR); the French news-tip prompt naming the form
after the newsroom (round 130's tip-off branch, the form after "via", "through", "über", "tramite", "przez", "через").
Still missed: the six blogs' photo captions (item 5 of the brief: not attempted), the three body markers (Typeform,
Arte.tv, Bluesky), the Polish reading-will-take-you line, the guest-post and local-press-correspondent bylines, the
Polish publisher-and-KRS footer, the comment-as-guest prompt and the gifted and transparency notes. This set's figures
before -> after: noise lines 32 -> 35 of 45 (byline 3 -> 6 of 8; marker 5/8, reading-time 6/7, footer 7/8, comments 7/8,
share 3/3, notice 1/3 unchanged), keep 20 of 20, pages clean 5 -> 6 of 12 (the French heavy-horses portal), page noise
lines left 14 -> 6 of 240 (one caption on each blog), article lines lost 0 of 120. Reasons reworded: the six blogs'
(each keeps its photo caption only). The gates on the rules as the round left them: SemEval 0 changed files of 3723; the
held-out report of sets 10 to 99 lost no article line.

Lead's integration after round 131: c5b7181 cherry-picked onto 6d4595d with two mends, 6237792 (the plug's opening verb
must be one of offering in the first person, and "mois" is no "moi": a portal's last lines such as "Выставку можно
посетить ..." were lost) and e7fa7e8 (noise_patterns.READER reads no reader in "rendez-vous": set 155's French portal
had lost its last paragraph), and 57e189c (41 stale line xfails of 34 earlier sets, writers' plugs at the foot that
round 131's reading now takes, removed). This set's figures are those above. Held-out report over sets 10-200 at
e7fa7e8: 7,846 of 8,671 lines, 3,847 of 3,847 kept, 1,313 of 2,278 pages clean, 1,833 page lines left, 2 lost (set
86's); SemEval 0 of 3,723 changed against 28383f5's dump; bench_clean ratio 0.83 against 28383f5 on a machine shared
with a test run; the test run is docs/cleaning.md's (Session 47).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_199_LINES: list[tuple[str, str, str]] = [
    ('body', 'Mixcloud show unavailable: this upload can only be played by Mixcloud Select subscribers.', 'marker'),
    ('body', 'Loom video could not be loaded – the owner has restricted viewing to their workspace.', 'marker'),
    ('body', 'The Typeform survey embedded here has reached its response limit and is closed.', 'marker'),
    ('body', "Le programme Arte.tv intégré n'est plus disponible : ses droits de diffusion ont expiré.", 'marker'),
    ('body', 'Dieser Mastodon-Beitrag kann nicht geladen werden: Die Instanz ist derzeit nicht erreichbar.', 'marker'),
    ('body', 'Il video di Mediaset Infinity non può essere riprodotto su questo dispositivo.', 'marker'),
    ('body', 'Post z Bluesky nie mógł zostać wczytany – konto autora zostało zawieszone.', 'marker'),
    ('body', 'Публикация из Telegram-канала не загрузилась: канал стал закрытым.', 'marker'),
    ('head', 'Approx. reading time: four minutes', 'reading-time'),
    ('head', "Grab a cuppa – this one's a 15-minute read", 'reading-time'),
    ('head', 'À lire en 4 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten', 'reading-time'),
    ('head', 'Lettura da 4 minuti', 'reading-time'),
    ('head', 'Przeczytanie zajmie Ci 4 minuty', 'reading-time'),
    ('head', '≈ 4 минуты на чтение', 'reading-time'),
    ('head', 'By Tobias Flinderwode, Local Democracy Reporting Service', 'byline'),
    ('head', 'Guest post by Humphrey Sneddlecott, chair of the Thrimblewick Heritage Group', 'byline'),
    ('head', 'Correspondant local de presse : Gaëtan Moulvérac', 'byline'),
    ('head', 'Oprac. Halina Paprociak', 'byline'),
    ('tail', 'The bamboo rolling mats I make are listed in my eBay shop, with Royal Mail tracked postage.', 'byline'),
    ('tail',
     'Meine handgeschnitzten Gnocchibretter gibt es bei willhaben – Versand mit der Post oder Abholung in Graz.',
     'byline'),
    ('tail', "I miei taglieri in legno d'ulivo sono in vendita su Amazon Handmade, con spedizione GLS.", 'byline'),
    ('tail', 'Деревянные формы для пельменей делаю сам — продаю на Ozon, доставка СДЭКом.', 'byline'),
    ('tail', 'Hosted on Micro.blog · RSS feed · Archive', 'footer'),
    ('tail',
     'Registered in England and Wales, company no. 08472516. Registered office: 4 Old Tannery Yard, Thrimblewick.',
     'footer'),
    ('tail', 'Text licensed under CC BY-NC-SA 4.0 unless otherwise noted.', 'footer'),
    ('tail', 'Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix, France', 'footer'),
    ('tail', 'Verantwortlich i.S.d. § 18 Abs. 2 MStV: Gerlinde Hafenkrätzl', 'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Cuneo n. 12/2009 · Direttore responsabile: Ottavio Brusatelli',
     'footer'),
    ('tail', 'Wydawca: Fundacja Wieści znad Łoziczanki · KRS 0000512873', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Comments are moderated and may take up to 24 hours to appear.', 'comments'),
    ('tail', 'Collapse thread · Permalink · Report', 'comments'),
    ('tail', 'We were unable to load Disqus. If you are a moderator please see our troubleshooting guide.', 'comments'),
    ('tail', 'Votre commentaire est en attente de modération.', 'comments'),
    ('tail', 'Mitdiskutieren? Melden Sie sich mit Ihrem Leserkonto an.', 'comments'),
    ('tail', 'Rispondi · Mi piace (4) · Segnala', 'comments'),
    ('tail', 'Skomentuj jako gość albo zaloguj się przez Google.', 'comments'),
    ('tail', 'Комментарии для сайта Cackle', 'comments'),
    ('tail', 'Share on: Reddit · LinkedIn · Pocket · Copy link', 'share'),
    ('tail', "Condividi l'articolo: Facebook · LinkedIn · Telegram · Stampa", 'share'),
    ('tail', 'Poleć artykuł: Facebook · LinkedIn · Kopiuj link', 'share'),
    ('body',
     "Cet article est réservé aux abonnés : vous le lisez gratuitement grâce à un proche qui vous l'a offert.",
     'notice'),
    ('body', 'Материал впервые опубликован в печатной версии газеты 12 марта.', 'notice'),
    ('tail', 'Transparenzhinweis: Der Autor ist Mitglied des Heimatvereins, um den es in diesem Text geht.', 'notice'),
]
HELD_OUT_199_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from walkers who used the bluebell path before it closed were read out at the parish meeting.'),
    ('head', 'Share of the cost of the new stile will fall on the estate, the parish council said on Tuesday.'),
    ('body', 'Following the storm in February, volunteers cleared eleven fallen trees from the lower path.'),
    ('body', 'Subscribers to the village hall lottery raised enough last year to pay for the new boiler.'),
    ('tail', 'Copyright of the old parish maps still belongs to the diocese, the county archivist explained.'),
    ('tail', 'Advertising the duck race on the school gates brought in more entries than ever before.'),
    ('tail', 'Reading the vestry accounts from 1780, the historian found payments for rushes and ale.'),
    ('head', 'Les commentaires des riverains ont été transmis au conseil municipal jeudi soir.'),
    ('body', 'Partager le matériel agricole entre trois fermes a permis de sauver la saison des foins.'),
    ('tail', "Suivre la procession jusqu'à l'église prend environ quarante minutes à pied."),
    ('head', 'Kommentare der Anwohner haben den Gemeinderat am Ende doch noch überzeugt.'),
    ('body', 'Abonnenten des Gemeindeblatts erhielten die Einladung zum Flurumgang bereits im Januar.'),
    ('tail', 'Urheberrecht spielte bei den alten Fotos aus dem Pfarrarchiv keine Rolle, sagte der Ortschronist.'),
    ('head', 'Condividere il trattore con i vicini è diventata una necessità per molte aziende della valle.'),
    ('body', 'Pubblicizzare la festa con i volantini ha portato in paese oltre duemila visitatori.'),
    ('tail', 'Seguire il corteo fino alla chiesa è stato emozionante per i più piccoli, ha raccontato la maestra.'),
    ('head', 'Subskrypcja gminnego biuletynu wzrosła po wiosennym festynie niemal o połowę.'),
    ('tail', 'Reklamy na przystankach zapowiadały wyścig kaczek już od początku maja.'),
    ('head', 'Комментарии жителей о новом мостике собрали в отдельную папку для администрации.'),
    ('tail', 'Подписка на районную газету в этом году выросла почти вдвое.'),
]
HELD_OUT_199_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-thrimblewick-bluebell-wood', [
        [
            "-Subscribe · Sign in · Today's paper",
            '-The Thrimblewick Gazette',
            "-News · Sport · What's On · Property · Obituaries",
        ],
        [
            '-Home › News › Thrimblewick',
            '-Saturday 18 April 2026',
            '+Bluebell wood path reopens after two years of repairs',
            '-By Harriet Quillandine, Gazette reporter',
            '-3 min read',
        ],
        [
            '+The footpath through Coppice Hanger reopened on Saturday morning, two years after storm damage and '
            'erosion forced the parish council to close it.',
            '+Volunteers from the village footpath group laid new steps on the steep section, rebuilt two boardwalks '
            'over the wet ground and cleared the fallen timber.',
            '-The restored boardwalk at the bottom of the hanger, with the bluebells just coming into flower.',
            '-Photo: Gazette staff',
        ],
        [
            '+Parish council chairman Godfrey Pinnacott said: "We have had more letters about this path than about '
            'anything else in twenty years, so it is a real pleasure to see families walking it again."',
            '-Read more: Village hall roof appeal passes its target',
            '-Share this article: Facebook · X · Email',
        ],
        [
            '-Advertisement',
            '-Sponsored: Spring garden sale now on at Hedgerow Nurseries',
            '+What has changed on the path',
            '+Forty oak steps now take walkers up the steepest part of the slope.',
            '+Two new boardwalks keep boots out of the mud by the stream.',
            '+Rope fencing marks where the bluebells must not be trampled.',
        ],
        [
            '+The group asks walkers to keep dogs on leads until the end of May, while the flowers are at their best '
            'and ground-nesting birds are sitting.',
            '+A guided walk led by the county ecologist will start from the church gate at 10am on Sunday 3 May.',
            '-Tags: Thrimblewick, footpaths, bluebells, volunteers',
            '-Got a story? Call the newsroom or message us on WhatsApp.',
        ],
        [
            '-2 comments',
            '-Marjory_T: Walked it this morning and the steps are brilliant. Thank you to everyone who dug in.',
            '-↳ Harriet Quillandine (Gazette): Thanks Marjory, we have passed that on to the footpath group.',
        ],
        [
            '-About us · Contact · Advertise with us · Privacy · Cookie settings',
            '-© 2026 Thrimblewick Gazette. All rights reserved.',
        ],
    ]),
    _page('fr', 'fr-portail-valcrozes-chevaux-de-trait', [
        [
            "-S'abonner · Se connecter · Journal numérique",
            "-L'Écho de Valcrozes",
            '-Actualité · Sports · Agenda · Petites annonces · Nécrologie',
        ],
        [
            '-Accueil › Vallée › Valcrozes',
            '-Publié le samedi 14 mars 2026 à 17h05',
            '+Deux chevaux de trait labourent à nouveau le champ de la cure',
            '-Par Odile Farguesson',
            '-Lecture 3 min',
        ],
        [
            "+Pour la première fois depuis 1961, le champ qui jouxte l'ancien presbytère de Valcrozes a été labouré "
            'samedi par deux chevaux de trait comtois.',
            "+L'association des Amis du cheval de trait a loué la parcelle à la commune pour y semer de l'avoine et "
            'des féveroles.',
            '-Ulysse et Praline au travail devant le presbytère, samedi après-midi.',
            "-Photo L'Écho / O. F.",
        ],
        [
            '+Le meneur, Bastien Rouvignard, a expliqué : « Un cheval ne tasse pas la terre comme un tracteur, et le '
            'public vient voir le travail bien fait. »',
            '-Lire aussi : La fête du pain revient au four banal en juin',
            '-Partager sur Facebook · Partager sur X · Imprimer',
        ],
        [
            '-Publicité',
            "-Contenu sponsorisé : Les salons de jardin en teck à prix d'usine",
            '+Une journée en trois temps',
            '+Le matin, les chevaux ont été attelés à une charrue brabant prêtée par un collectionneur.',
            '+À midi, les visiteurs ont pique-niqué sous les tilleuls de la place.',
            "+L'après-midi, les enfants de l'école ont pu mener les chevaux au pas, accompagnés.",
        ],
        [
            '+Les semis sont prévus début avril, si la terre ressuie à temps.',
            "+L'association espère organiser la moisson à la faux en juillet, avec le battage à l'ancienne sur la "
            'place.',
            '-Mots-clés : Valcrozes, agriculture, patrimoine, chevaux',
            '-Une info à nous signaler ? Écrivez à la rédaction via notre formulaire.',
        ],
        [
            '-3 réactions',
            '-Gégé71 : Magnifique, ça rappelle mon grand-père dans les années 50.',
            "-↳ Odile Farguesson : Merci pour votre message, il fera plaisir à l'association.",
        ],
        [
            '-Mentions légales · Contact · Annonceurs · Données personnelles',
            "-© 2026 L'Écho – Tous droits réservés",
        ],
    ]),
    _page('de', 'de-portal-kranichsried-grenzstein', [
        [
            '-Abo · Anmelden · E-Paper',
            '-Kranichsrieder Rundschau',
            '-Lokales · Sport · Kultur · Termine · Trauer',
        ],
        [
            '-Startseite › Lokales › Kranichsried',
            '-Veröffentlicht am 21.03.2026, 16:40 Uhr',
            '+Alter Grenzstein in einer Hecke am Mühlweg entdeckt',
            '-Von Ingeborg Distelhuber',
            '-Lesezeit: 3 Min.',
        ],
        [
            '+Beim Heckenschnitt am Mühlweg ist ein Landwirt auf einen fast vollständig eingewachsenen Grenzstein '
            'aus Sandstein gestoßen.',
            '+Der Stein trägt auf einer Seite ein eingemeißeltes Kreuz und die Jahreszahl 1748, auf der anderen die '
            'Buchstaben K und W.',
            '-Der Grenzstein nach dem Freilegen, daneben ein Zollstock zum Vergleich.',
            '-Foto: Rundschau/is',
        ],
        [
            '+Ortsheimatpfleger Ludwig Moosgräber sagte: „Das K steht für Kranichsried, das W vermutlich für das '
            'Kloster, dem der Wald damals gehörte.“',
            '-Lesen Sie auch: Dorfbrunnen bekommt eine neue Pumpe',
            '-Artikel teilen: WhatsApp · Facebook · E-Mail',
        ],
        [
            '-Anzeige',
            '-Gesponsert: Gartenmöbel aus Teak zum Sonderpreis',
            '+So geht es mit dem Stein weiter',
            '+Das Vermessungsamt nimmt die genaue Lage des Steins auf.',
            '+Der Heimatverein reinigt die Inschrift mit weichen Bürsten.',
            '+Eine kleine Tafel am Mühlweg soll den Fund erklären.',
        ],
        [
            '+Der Stein bleibt an seinem Fundort, denn er markiert noch heute die Gemarkungsgrenze zum Nachbarort.',
            '+Wer weitere alte Grenzsteine in der Flur kennt, kann sich beim Heimatverein melden.',
            '-Schlagwörter: Kranichsried, Heimatgeschichte, Grenzsteine',
            '-Sie haben ein Thema für uns? Schreiben Sie unserer Lokalredaktion.',
        ],
        [
            '-2 Kommentare',
            '-Waldläufer58: Da bin ich hundertmal vorbeigelaufen und habe nie etwas gesehen!',
            '-↳ Redaktion: Genau so ging es dem Landwirt auch.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · AGB',
            '-© 2026 Rundschau Verlag Kranichsried',
        ],
    ]),
    _page('it', 'it-portale-castelmelaro-wassail', [
        [
            '-Abbonati · Accedi · Edicola digitale',
            '-Il Corriere di Castelmelaro',
            '-Cronaca · Sport · Eventi · Annunci · Necrologi',
        ],
        [
            '-Home › Cronaca › Castelmelaro',
            '-Pubblicato il 18 gennaio 2026 alle 19:20',
            '+Canti e sidro tra i meli: torna il wassail nel frutteto della pieve',
            '-di Rosalba Tessitorelli',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '+Sabato sera oltre duecento persone hanno raggiunto con le lanterne il vecchio frutteto della pieve per '
            "il wassail, l'antico rito di buon augurio per i meli.",
            "+La festa è stata riportata in paese da una coppia di agricoltori che l'aveva conosciuta durante un "
            'lungo soggiorno nel Somerset.',
            '-Le lanterne tra i meli del frutteto, sabato sera.',
            '-Foto: R. Tessitorelli',
        ],
        [
            '+Il presidente della pro loco, Samuele Pervanchini, ha detto: «Abbiamo unito una tradizione inglese '
            'alle nostre varietà antiche, e il paese ha risposto con entusiasmo.»',
            '-Leggi anche: Riapre il mulino ad acqua sul torrente',
            '-Condividi su Facebook · X · WhatsApp',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Stufe a pellet in offerta fino a fine mese',
            '+Il rito in tre momenti',
            '+I bambini hanno appeso al ramo più vecchio fette di pane inzuppate nel sidro.',
            '+Il coro parrocchiale ha intonato il canto di augurio in dialetto.',
            '+Tutti insieme hanno battuto pentole e coperchi per scacciare gli spiriti cattivi.',
        ],
        [
            "+Il sidro caldo e le frittelle di mele sono stati offerti dall'azienda agricola che cura il frutteto.",
            "+L'appuntamento è già fissato per il prossimo gennaio, con una seconda giornata dedicata alla potatura.",
            '-Tag: Castelmelaro, tradizioni, frutteto, pro loco',
            '-Hai una segnalazione? Scrivi alla redazione con il modulo online.',
        ],
        [
            '-4 commenti',
            '-Nonna_Iole: Bellissima serata, i bambini erano felicissimi.',
            '-↳ Redazione: Grazie Iole, alla prossima!',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Corriere di Castelmelaro srl – Riproduzione riservata',
        ],
    ]),
    _page('pl', 'pl-portal-lozinowo-wyscig-kaczek', [
        [
            '-Prenumerata · Zaloguj się · E-wydanie',
            '-Kurier Łozinowski',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '-Strona główna › Wiadomości › Łozinowo',
            '-Opublikowano: 7 czerwca 2026, 18:12',
            '+Tysiąc gumowych kaczek popłynęło Rudawką dla hospicjum',
            '-Autor: Jadwiga Kiełbiczewska',
            '-Czas czytania: 3 min',
        ],
        [
            '+W niedzielę po południu z mostu przy młynie wypuszczono na Rudawkę tysiąc ponumerowanych gumowych '
            'kaczek.',
            '+Każdą kaczkę można było wcześniej kupić za dziesięć złotych, a cały dochód trafi do hospicjum domowego '
            'w Łozinowie.',
            '-Start wyścigu z mostu przy młynie.',
            '-Fot. archiwum redakcji',
        ],
        [
            '+Organizatorka, Teresa Wrotkowiak, mówiła: „Nie spodziewaliśmy się, że kaczki rozejdą się w tydzień, '
            'ludzie kupowali je dla całych rodzin”.',
            '-Czytaj także: Remont kładki na Rudawce zakończony',
            '-Udostępnij: Facebook · X · Messenger',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Pompy ciepła z dotacją – sprawdź ofertę',
            '+Jak przebiegał wyścig',
            '+Kaczki płynęły około czterystu metrów, do siatki rozpiętej przy kąpielisku.',
            '+Strażacy z łodzi pilnowali, by żadna nie utknęła w trzcinach.',
            '+Pierwsza dopłynęła kaczka numer 318, której właścicielka wygrała rower.',
        ],
        [
            '+Zebrano ponad dziesięć tysięcy złotych, które pokryją zakup koncentratora tlenu.',
            '+Organizatorzy zapowiadają, że wyścig odbędzie się znowu za rok, tym razem z dwoma tysiącami kaczek.',
            '-Tagi: Łozinowo, hospicjum, Rudawka, zbiórka',
            '-Masz temat dla redakcji? Napisz do nas przez formularz kontaktowy.',
        ],
        [
            '-3 komentarze',
            '-mama_Oli: Córka do dziś pyta, kiedy następny wyścig!',
            '-↳ Redakcja: Za rok, w czerwcu – na pewno napiszemy.',
        ],
        [
            '-Regulamin · Polityka prywatności · Kontakt · Cennik ogłoszeń',
            '-© 2026 Wydawnictwo Łozinowskie. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('ru', 'ru-portal-rogozyevo-troitsa', [
        [
            '-Подписка · Войти · Свежий номер',
            '-Рогозьевский вестник',
            '-Новости · Спорт · Афиша · Объявления · Некрологи',
        ],
        [
            '-Главная › Новости › Рогозьево',
            '-Опубликовано 1 июня 2026, 20:15',
            '+На Троицу в Рогозьеве снова прошли крестным ходом с травой и аиром',
            '-Автор: Любава Осокорева',
            '-Время чтения: 3 минуты',
        ],
        [
            '+В воскресенье жители Рогозьева впервые за много лет прошли от реки к Никольской церкви с охапками '
            'свежей травы, аира и берёзовых веток.',
            '+Траву по старому обычаю рассыпали по полу храма, а ветки поставили у икон.',
            '-Крестный ход на мосту через речку.',
            '-Фото: Любава Осокорева',
        ],
        [
            '+Настоятель храма отец Николай сказал: «Старики рассказывали мне, что в церкви на Троицу пахло как на '
            'лугу, и теперь мы это вернули».',
            '-Читайте также: В сельском клубе открылась выставка вышивки',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-Реклама',
            '-Партнёрский материал: Теплицы из поликарбоната со скидкой до конца месяца',
            '+Как готовились к празднику',
            '+Аир накануне накосили в заводи за старой мельницей.',
            '+Школьники сплели венки для иконы Троицы.',
            '+Женский хор разучил старинный троицкий стих.',
        ],
        [
            '+После службы всех угощали караваем и квасом во дворе храма.',
            '+В приходе надеются, что обычай приживётся и через год к ходу присоединятся соседние деревни.',
            '-Теги: Рогозьево, Троица, традиции, храм',
            '-Есть новость? Пишите в редакцию через форму обратной связи.',
        ],
        [
            '-2 комментария',
            '-Валентина_К: Спасибо, прямо детство вспомнила.',
            '-↳ Редакция: Валентина, спасибо, что читаете нас!',
        ],
        [
            '-О нас · Контакты · Политика конфиденциальности · Правила',
            '-© 2026 Редакция Рогозьевского вестника. Все права защищены.',
        ],
    ]),
    _page('en', 'en-blog-tamarind-windowsill-samosas', [
        [
            '-Tamarind on the Windowsill',
            '-Home cooking from a small kitchen in Leicester',
            '-Home · Recipes · About · Contact',
        ],
        [
            '-Recipes » Snacks',
            '+Baked samosas that actually stay crisp',
            '-Posted on 9 February 2026 by Nisha',
            '-8 min read',
        ],
        [
            '+For years I thought a samosa that had not been fried was hardly worth eating, so these baked ones are '
            'a small personal revolution.',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
        ],
        [
            '-Contents',
            '-1. The pastry',
            '-2. Folding and baking',
            '+The secret turned out to be a stiff dough made with semolina and cold ghee, rested for half an hour '
            'and rolled very thin.',
        ],
        [
            '-The baked samosas cooling on a wire rack.',
            '+My aunt, who has fried thousands of them, took one bite and said: "I will not tell your uncle these '
            'went in the oven."',
            '-Pin it · Share on Facebook · Email',
        ],
        [
            '+What goes into the filling',
            '+Potatoes boiled in their skins, peeled and crumbled rather than mashed.',
            '+Peas, green chilli, ginger and a good pinch of amchur.',
            '+Roasted cumin and coriander seeds, crushed at the last minute.',
            '-The pastry brush I use is linked here on Amazon.',
        ],
        [
            '+Brush them with ghee twice, once before they go in and once halfway through, and bake them on the '
            'lowest shelf.',
            '+Next time I will try a sweet version with coconut and jaggery for Diwali.',
            '-Spare samosa moulds from my market stall are on my Depop, with tracked UK postage.',
            '-Like this? Subscribe and new recipes will land in your inbox.',
        ],
        [
            '-4 thoughts on “Baked samosas that actually stay crisp”',
            '-Sunita R.: Made these last night and they were gone in minutes!',
            '-↳ Nisha: So glad, Sunita – did you try the semolina?',
        ],
        [
            '-© 2026 Nisha · All rights reserved',
            '-Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-blog-sucre-et-coquilles-macarons', [
        [
            '-Sucre & Coquilles',
            "-Les aventures pâtissières d'une amatrice obstinée",
            '-Accueil · Recettes · À propos · Contact',
        ],
        [
            '-Pâtisserie » Petits gâteaux',
            '+Mes macarons ont enfin des collerettes',
            '-Publié le 12 octobre 2025 par Clémence',
            '-Temps de lecture : 7 min',
        ],
        [
            "+Après neuf fournées ratées, craquelées ou creuses, j'ai enfin sorti du four une plaque de coques "
            'lisses avec de vraies collerettes.',
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
        ],
        [
            '-Sommaire',
            '-1. La meringue italienne',
            '-2. Le macaronage',
            "+Le déclic est venu de la meringue italienne, plus stable que la française, et d'un sirop cuit "
            'précisément à 118 degrés.',
        ],
        [
            '-Les coques à la framboise juste après la cuisson.',
            "+Ma voisine pâtissière m'avait prévenue : « Le macaron, c'est la patience : laisse croûter, et ne "
            'touche plus à rien. »',
            '-Épingler · Partager sur Facebook · Envoyer par e-mail',
        ],
        [
            '+Ce qui a tout changé',
            "+Des blancs d'œufs vieillis trois jours au réfrigérateur.",
            "+Une poudre d'amandes tamisée deux fois avec le sucre glace.",
            "+Un croûtage de quarante minutes avant d'enfourner.",
            "-Le thermomètre à sucre que j'utilise est disponible ici sur Amazon.",
        ],
        [
            "+Je les ai garnis d'une ganache au chocolat blanc et à la framboise, puis laissés une nuit au frais "
            "pour qu'ils soient moelleux.",
            "+La prochaine fois, je tenterai des coques au thé matcha pour l'anniversaire de ma sœur.",
            "-Mes boîtes de macarons se commandent sur ma page Facebook pour les fêtes de fin d'année.",
            '-Abonnez-vous pour recevoir les prochaines recettes par e-mail.',
        ],
        [
            '-3 commentaires sur « Mes macarons ont enfin des collerettes »',
            "-Lulu_Pâtisse : Bravo ! Moi j'en suis à ma cinquième fournée ratée…",
            '-↳ Clémence : Courage Lulu, essaie la meringue italienne !',
        ],
        [
            '-© Clémence 2026 · Tous droits réservés',
            '-Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-blog-reiskorn-und-nori-sushi', [
        [
            '-Reiskorn & Nori',
            '-Japanisch kochen in einer kleinen Küche in Kassel',
            '-Start · Rezepte · Über mich · Kontakt',
        ],
        [
            '-Rezepte » Japanisch',
            '+Sushi-Rollen zu Hause: mein erster gelungener Abend',
            '-Veröffentlicht am 3. Mai 2026 von Jonas',
            '-Lesezeit: 6 Minuten',
        ],
        [
            '+Lange habe ich mich nicht an Sushi herangetraut, weil ich dachte, ohne jahrelange Übung werde das '
            'nichts.',
            '-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, erhalte ich eine kleine Provision.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Der Reis',
            '-2. Das Rollen',
            '+Das Wichtigste ist der Reis: gründlich gewaschen, mit etwas weniger Wasser gegart und noch warm mit '
            'Reisessig, Zucker und Salz gewürzt.',
        ],
        [
            '-Die fertigen Maki-Rollen auf dem Holzbrett.',
            '+Mein japanischer Kollege sagte nur: „Nicht zu fest drücken, der Reis muss atmen können.“',
            '-Merken · Auf Facebook teilen · Per E-Mail senden',
        ],
        [
            '+Was in meine Rollen kam',
            '+Gurke und Avocado in dünnen Streifen.',
            '+Lachs in Sushi-Qualität vom Fischhändler auf dem Wochenmarkt.',
            '+Frischkäse mit etwas Schnittlauch für die Kinder.',
            '-Die Bambusmatte, mit der ich rolle, findest du hier bei Amazon.',
        ],
        [
            '+Das Messer sollte sehr scharf sein und vor jedem Schnitt kurz in Wasser getaucht werden.',
            '+Beim nächsten Mal versuche ich Inside-out-Rollen mit geröstetem Sesam.',
            '-Meine Sushi-Abende für Anfänger finden im Nachbarschaftszentrum statt – Termine unter „Kurse“.',
            '-Newsletter abonnieren und kein Rezept mehr verpassen!',
        ],
        [
            '-5 Kommentare zu „Sushi-Rollen zu Hause: mein erster gelungener Abend“',
            '-Kochmaus: Toll erklärt, das probiere ich am Wochenende!',
            '-↳ Jonas: Viel Erfolg, und berichte gern!',
        ],
        [
            '-© 2026 Jonas · Alle Rechte vorbehalten',
            '-Mit WordPress erstellt · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-blog-forchetta-rigata-gnocchi', [
        [
            '-La Forchetta Rigata',
            '-Ricette di casa da una cucina di Bergamo',
            '-Home · Ricette · Chi sono · Contatti',
        ],
        [
            '-Ricette » Primi piatti',
            '+Gnocchi di patate leggeri come nuvole',
            '-Pubblicato il 15 novembre 2025 da Marta',
            '-Tempo di lettura: 6 minuti',
        ],
        [
            '+I miei primi gnocchi erano pallottole di colla, e per anni ho preferito comprarli al supermercato.',
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
        ],
        [
            '-Indice',
            '-1. Le patate',
            "-2. L'impasto",
            '+Il segreto sono le patate vecchie a pasta gialla, cotte con la buccia e schiacciate ancora calde.',
        ],
        [
            '-Gli gnocchi appena formati sul tagliere infarinato.',
            '+Mia nonna ripeteva sempre: «Meno farina metti, più buoni vengono, ma le mani devono essere svelte.»',
            '-Salva su Pinterest · Condividi su Facebook · Invia per e-mail',
        ],
        [
            '+Gli ingredienti giusti',
            '+Un chilo di patate vecchie.',
            '+Circa duecentocinquanta grammi di farina 00.',
            '+Un uovo piccolo e un pizzico di sale.',
            '-Lo schiacciapatate che uso lo trovi su Amazon a questo link.',
        ],
        [
            '+Li ho conditi con burro nocciola e salvia, come si fa dalle mie parti.',
            '+La prossima volta proverò gli gnocchi di zucca con la stessa tecnica.',
            '-Tengo corsi di pasta fresca nella mia cucina: le date sono nella pagina Corsi.',
            '-Iscriviti alla newsletter per ricevere le nuove ricette.',
        ],
        [
            '-3 commenti su “Gnocchi di patate leggeri come nuvole”',
            '-Gianni_B: Finalmente gnocchi che non si sciolgono in pentola!',
            '-↳ Marta: Grazie Gianni, il trucco è tutto nelle patate.',
        ],
        [
            '-© 2026 Marta · Tutti i diritti riservati',
            '-Realizzato con WordPress · Tema Blocksy',
        ],
    ]),
    _page('pl', 'pl-blog-filo-na-parapecie-baklawa', [
        [
            '-Filo na Parapecie',
            '-Domowe wypieki z małej kuchni w Lublinie',
            '-Start · Przepisy · O mnie · Kontakt',
        ],
        [
            '-Przepisy » Desery',
            '+Baklawa warstwa po warstwie we własnej kuchni',
            '-Opublikowano 20 stycznia 2026 przez Agnieszkę',
            '-Czas czytania: 7 minut',
        ],
        [
            '+Baklawę jadłam pierwszy raz w Stambule i przez lata wydawało mi się, że w domu nie da się jej zrobić.',
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
        ],
        [
            '-Spis treści',
            '-1. Ciasto filo',
            '-2. Syrop',
            '+Najważniejsze okazało się ciasto filo: trzydzieści cienkich arkuszy, każdy posmarowany klarowanym '
            'masłem.',
        ],
        [
            '-Baklawa tuż po zalaniu syropem.',
            '+Pani z tureckiej piekarni powiedziała mi: „Syrop zimny, baklawa gorąca – inaczej zrobi się zakalec”.',
            '-Zapisz na Pintereście · Udostępnij na Facebooku · Wyślij e-mailem',
        ],
        [
            '+Co znalazło się w środku',
            '+Pistacje posiekane niezbyt drobno.',
            '+Orzechy włoskie do tańszej wersji.',
            '+Szczypta cynamonu i kardamonu.',
            '-Pędzel silikonowy, którego używam, kupiłam na Allegro – link tutaj.',
        ],
        [
            '+Pokrojoną baklawę piekłam godzinę w stu sześćdziesięciu stopniach, aż wierzch był złoty.',
            '+Następnym razem spróbuję zwijanej baklawy z orzechami laskowymi.',
            '-Prowadzę warsztaty pieczenia w domu kultury – terminy w zakładce Warsztaty.',
            '-Zapisz się do newslettera, a nowe przepisy trafią prosto do Twojej skrzynki.',
        ],
        [
            '-4 komentarze do „Baklawa warstwa po warstwie we własnej kuchni”',
            '-Kasia_piecze: Wyszła przepyszna, dzięki za dokładny opis!',
            '-↳ Agnieszka: Cieszę się, Kasiu!',
        ],
        [
            '-© 2026 Agnieszka · Wszelkie prawa zastrzeżone',
            '-Blog na WordPressie · Motyw OceanWP',
        ],
    ]),
    _page('ru', 'ru-blog-pelmeni-na-balkone-zapas', [
        [
            '-Пельмени на балконе',
            '-Домашняя кухня из маленькой квартиры в Перми',
            '-Главная · Рецепты · Обо мне · Контакты',
        ],
        [
            '-Рецепты » Тесто',
            '+Пельмени про запас: лепим двести штук за вечер',
            '-Опубликовано 8 декабря 2025, автор: Ксения',
            '-Время чтения: 6 минут',
        ],
        [
            '+Каждую зиму я обещаю себе налепить пельменей на несколько месяцев вперёд, и в этом году наконец '
            'сдержала слово.',
            '-В статье есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшой процент.',
        ],
        [
            '-Содержание',
            '-1. Тесто',
            '-2. Фарш',
            '+Тесто я замешиваю на ледяной воде с яйцом и даю ему отдохнуть под миской не меньше сорока минут.',
        ],
        [
            '-Пельмени на доске перед заморозкой.',
            '+Бабушка всегда говорила: «Пельмень должен быть с тонким краем и толстым брюшком, тогда не развалится».',
            '-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить в Telegram',
        ],
        [
            '+Что пошло в фарш',
            '+Говядина и свинина поровну, прокрученные дважды.',
            '+Две луковицы, натёртые на тёрке вместе с соком.',
            '+Ледяная вода, соль и много чёрного перца.',
            '-Пельменницу, которой я пользуюсь, можно купить на Wildberries по ссылке.',
        ],
        [
            '+Замораживаю пельмени на доске в один слой, а уже потом пересыпаю в пакеты.',
            '+В следующий раз попробую сделать вареники с вишней тем же способом.',
            '-Веду мастер-классы по лепке пельменей в районной библиотеке — расписание в разделе «Занятия».',
            '-Подпишитесь на рассылку, чтобы не пропустить новые рецепты.',
        ],
        [
            '-5 комментариев к записи «Пельмени про запас: лепим двести штук за вечер»',
            '-Ирина_М: Спасибо! Лепили всей семьёй, дети в восторге.',
            '-↳ Ксения: Ирина, как здорово!',
        ],
        [
            '-© 2026 Ксения · Все права защищены',
            '-Работает на WordPress · Тема Neve',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'The Typeform survey embedded here has reached its response limit and is closed.':
        ("an English Typeform survey that reached its response limit ('The Typeform survey embedded here has "
         "reached its response limit and is closed.') is left in the body"),
    "Le programme Arte.tv intégré n'est plus disponible : ses droits de diffusion ont expiré.":
        ("a French Arte.tv programme whose broadcast rights expired ('Le programme Arte.tv intégré n'est plus "
         "disponible : ses droits de diffusion ont expiré.') is left in the body"),
    'Post z Bluesky nie mógł zostać wczytany – konto autora zostało zawieszone.':
        ("a Polish Bluesky post whose author's account was suspended ('Post z Bluesky nie mógł zostać wczytany"
         " – konto autora zostało zawieszone.') is left in the body"),
    'Guest post by Humphrey Sneddlecott, chair of the Thrimblewick Heritage Group':
        ("an English guest-post-by byline with the writer's role ('Guest post by Humphrey Sneddlecott, chair "
         "of the Thrimblewick Heritage Group') is left at the head"),
    'Correspondant local de presse : Gaëtan Moulvérac':
        ("a French local-press-correspondent byline ('Correspondant local de presse : Gaëtan Moulvérac') is "
         'left at the head'),
    'Wydawca: Fundacja Wieści znad Łoziczanki · KRS 0000512873':
        ("a Polish publisher and KRS line ('Wydawca: Fundacja Wieści znad Łoziczanki · KRS 0000512873') is "
         'left at the foot'),
    'Skomentuj jako gość albo zaloguj się przez Google.':
        ("a Polish comment-as-guest-or-log-in-with-Google prompt ('Skomentuj jako gość albo zaloguj się przez "
         "Google.') is left at the foot"),
    "Cet article est réservé aux abonnés : vous le lisez gratuitement grâce à un proche qui vous l'a offert.":
        ("a French gifted-article note ('Cet article est réservé aux abonnés : vous le lisez gratuitement "
         "grâce à un proche qui vous l'a offert.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-tamarind-windowsill-samosas':
        ("the samosa blog's post keeps the photo caption ('The baked samosas cooling on a wire rack.') right "
         "above the paragraph with the quote (1 of 20 noise lines; the plug after the two last paragraphs goes "
         "since round 131); no article line is lost"),
    'fr-blog-sucre-et-coquilles-macarons':
        ("the macaron blog's post keeps the photo caption ('Les coques à la framboise juste après la "
         "cuisson.') right above the paragraph with the quote (1 of 20 noise lines; the Pinterest-first share "
         "row below the quote goes since round 130, the plug after the two last paragraphs since round 131); no "
         "article line is lost"),
    'de-blog-reiskorn-und-nori-sushi':
        ("the sushi blog's post keeps the photo caption ('Die fertigen Maki-Rollen auf dem Holzbrett.') right "
         "above the paragraph with the quote (1 of 20 noise lines; the Merken-first share row below the quote "
         "and the plug after the two last paragraphs go since round 131); no article line is lost"),
    'it-blog-forchetta-rigata-gnocchi':
        ("the gnocchi blog's post keeps the photo caption ('Gli gnocchi appena formati sul tagliere "
         "infarinato.') right above the paragraph with the quote (1 of 20 noise lines; the affiliate link after "
         "the third list row goes since round 130, the plug after the two last paragraphs since round 131); no "
         "article line is lost"),
    'pl-blog-filo-na-parapecie-baklawa':
        ("the baklava blog's post keeps the photo caption ('Baklawa tuż po zalaniu syropem.') right above the "
         "paragraph with the quote (1 of 20 noise lines; the plug after the two last paragraphs goes since round "
         "131); no article line is lost"),
    'ru-blog-pelmeni-na-balkone-zapas':
        ("the pelmeni blog's post keeps the photo caption ('Пельмени на доске перед заморозкой.') right above "
         "the paragraph with the quote (1 of 20 noise lines; the affiliate link after the third list row goes "
         "since round 130, the plug after the two last paragraphs since round 131); no article line is lost"),
}

test_held_out_199_line, test_held_out_199_line_is_kept, test_held_out_199_page = held_out_tests(
    HELD_OUT_199_LINES, HELD_OUT_199_KEEP, HELD_OUT_199_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
