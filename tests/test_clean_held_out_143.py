"""Held-out set 143: written blind, weighted toward the noise the cleaner exists for, in shapes set 142's docstring does
not name (nor the first paragraphs of sets 139, 140 and 141): scraper, embed and ad markers (an English Datawrapper
chart that could not be loaded "Datawrapper chart could not be loaded. Open the chart in a new window.", an English
TikTok embed that could not load "Couldn't load this TikTok – check your connection or watch it on tiktok.com.", an
English Mixcloud show blocked in the reader's country "Mixcloud: this show isn't available in your country for licensing
reasons.", a French Dailymotion video deleted by its author "La vidéo Dailymotion a été supprimée par son auteur ou
n'est plus disponible.", a German Spotify embed waiting for consent to the data transfer "Externer Inhalt von Spotify:
Zum Abspielen stimmen Sie bitte der Datenübertragung an Spotify zu.", an Italian RaiPlay video blocked outside Italy "Il
video di RaiPlay non è disponibile fuori dall'Italia per motivi di diritti.", a Polish Spotify podcast shown only once
cookies are accepted "Podcast ze Spotify nie może zostać wyświetlony, dopóki nie zaakceptujesz plików cookie.", a
Russian Dzen video that did not load "Видео Дзен не загрузилось. Обновите страницу или откройте ролик на dzen.ru.");
reading-time headers in new wordings (the English stopwatch header with minutes and seconds "⏱ 3 min 40 sec read", a
railway-modelling blog's grab-a-cuppa line giving twenty minutes "Grab a cuppa – this one runs to about twenty minutes
of reading.", the French this-text-reads-in line "Ce texte se lit en 3 minutes", the German read-in line "In 3 Minuten
gelesen", the Italian three-minutes-are-enough line "Ti bastano 3 minuti per leggere questo articolo.", the Polish
you-will-read-it-in line "Artykuł przeczytasz w około 3 minuty.", the Russian reads-in line "Читается за 3 минуты");
bylines and self-promotion (an English words-and-pictures byline "Words: Hermione Clatterwhisk · Pictures: Ambrose
Grubbleton", a French interview-by byline "Propos recueillis par Ondine Castagnevert", a Polish text-and-photos byline
"Tekst i zdjęcia: Apolonia Wrzosobrzeska", a Russian text-and-author's-photos byline "Текст: Ульяна Звонобородова, фото
автора", all at the head, and at the foot an English Patreon track-plans plug "Patreon members get my printable track
plans and a monthly behind-the-scenes video.", an English Gumroad zine plug "My little zine on weathering wagons is
available as a PDF from Gumroad – pay what you like.", a German Steady membership plug "Unterstütze diesen Blog über
Steady – schon ab 3 Euro im Monat bist du dabei.", an Italian Twitch live-streams plug "Mi trovi anche su Twitch: ogni
giovedì sera lavoro in diretta ai miei progetti."); blog and site footers (an English Webflow credit with cookie and
sitemap links "Made with Webflow · Cookie preferences · Sitemap", an English community-news-network membership line "The
Wendlemoss Courier is a member of the Independent Community News Network.", an English Eleventy-and-GitHub-Pages credit
"Static site generated with Eleventy · Hosted on GitHub Pages", a French Wix credit with legal and privacy links "Site
créé avec Wix.com · Mentions légales · Politique de confidentialité", a German Webador credit with imprint, privacy and
accessibility statements "Erstellt mit Webador · Impressum · Datenschutzerklärung · Barrierefreiheitserklärung", an
Italian Aruba hosting line with cookie policy and sitemap "Sito ospitato da Aruba S.p.A. · Cookie policy · Mappa del
sito", a Polish home.pl hosting line with terms and sitemap "Hosting zapewnia home.pl · Regulamin serwisu · Mapa
strony", a Russian uKit site-builder credit with a sitemap link "Сайт создан на конструкторе uKit · Карта сайта");
reader-comment furniture (an English flag-reply-permalink row "Flag as inappropriate · Reply · Permalink", an English
join-the-conversation prompt "Join the conversation – create a free account to leave a comment.", an English Hyvor Talk
credit "Comments are powered by Hyvor Talk.", a French show-three-replies link "Afficher les 3 réponses", a German
report-reply-quote row "Kommentar melden · Antworten · Zitieren", an Italian comments-close-after-seven-days note "I
commenti si chiudono automaticamente sette giorni dopo la pubblicazione.", a Polish reply-and-report row "Odpowiedz ·
Zgłoś do moderacji", a Russian expand-the-thread link "Развернуть ветку (5 ответов)"); share rows (an English
send-this-story row with WhatsApp, SMS and copy URL "Send this story: WhatsApp · SMS · Copy URL", a German share-now row
with WhatsApp, Telegram, Mastodon and copy link "Jetzt teilen: WhatsApp · Telegram · Mastodon · Link kopieren", a Polish
pass-it-on row with Messenger, SMS and e-mail "Prześlij dalej: Messenger · SMS · E-mail"); and notices (a French
clarification of a wrong subsidy amount "Précision : une première version de cet article indiquait un mauvais montant
pour la subvention.", an Italian updated-with-the-councillor's-reply note "Articolo aggiornato alle 18.15 con la replica
dell'assessore.", both in the body, and a Russian illustrative-photos note "Фотографии в материале носят иллюстративный
характер." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 142's docstring does not
describe (on the six portal pages a section menu and the masthead in one block of two above the title, the menu first; a
breadcrumb alone; the title alone in its block; under it one block of three, a photo caption with its credit, the byline
and a date-and-time line with the reading time; the first and second paragraphs in one block with a read-also link at
its end, right after the second; a most-read box of three lines (its heading and two numbered links) alone, right before
the paragraph with the quote; the paragraph with the quote alone; the subheading alone; the three rows in one block with
an ad label at its top, right before the first row; the two last paragraphs in one block with nothing between them; a
tags or topics line, a newsletter or Telegram prompt and a share row in one block of three; at the foot two blocks, five
lines (a comment count, three comments by different readers and the newsroom's arrowed reply to the third) and then a
copyright line alone; on the six blog pages the blog name, its tagline and the menu in one block of three above the
title; the posted-date-and-author line at the top of the title's block, right before the title; under it one block of
five, the reading time, an affiliate-links disclosure and a three-line table of contents (its heading and two numbered
entries); the first and second paragraphs in one block with nothing between them; the paragraph with the quote in the
middle of a block of three, a photo caption right before it and a related-post link right after it; the subheading and
the three rows in one block with a shop or lessons plug at its top, right before the subheading; the two last paragraphs
in one block with a share row between them; a follow prompt alone; at the foot two blocks, five lines (a comments
heading or count, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it) and then
a platform credit alone), taken from local news of fresh kinds (an old harbour steam crane taken down for restoration, a
row over an ice-cream kiosk's licence on the promenade, hedgehog-crossing signs on a village road, a bike-share scheme
launched with forty bikes, parking meters replaced by a phone app, a butterfly meadow sown in a town park) and from
blogs about building a railway diorama, macramé plant hangers, needle-felting a wool fox, growing chilli peppers on a
windowsill, learning to juggle three balls and a pinhole camera made from a biscuit tin.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 142 but what is named here), held-out set 144 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 142 up to its paragraph "Measured after round 101", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 139, 140 and 141, printed with one ast
script (/tmp/s143scratch/peek.py, reading the files of /tmp/wt-s143/tests, the frozen worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-s143); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s143scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 142's as printed, with 142 -> 143; /tmp/s143scratch/gen143.py writes this file from
scratch files (data143.py, pages143.py, desc143.py, doc_layout.txt, doc_rest.txt, doc_baseline.txt and, after the
measurement, tables143.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s143, detached at commit 4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. The set-up call also ran ``ls
/tmp/wt-s143 /tmp/wt-set143 | head`` to see that the worktrees existed; it printed the top-level names of /tmp/wt-s143
only (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), nothing inside tests/. (2) peek.py's
first run printed to the terminal, whose output the tool cut in the middle (its lines 132 to 353 of 510: the end of set
140's first paragraph, set 141's first paragraph and set 142's docstring up to the middle of its Slips and notes (6));
its second run went to /tmp/s143scratch/peek.out, of which I paged lines 125 to 360 with ``sed`` in one call (the rest
of those allowed parts); nothing outside the allowed parts was printed. (3) helpers.py imported test_clean from
/work/main/tests (at the brief's commit), which loads the cleaner's modules, but nothing was cleaned and no source under
src/ was printed; the helpers printed are only the checks this file calls. The machine's python had the project's
dependencies; every run used it. (4) Before the measurement /tmp/s143scratch/check143.py checked, case-insensitively,
that no noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats
and that no line holds an at-sign, counted the held-out lines by category, language and place (and language by category)
and the keep lines by language and place, and printed each page's counts of article and noise lines and blocks (10 and
20 on every page; 13 blocks on the portals, 10 on the blogs). Its first run found one noise line inside another: the
railway blog's name "Ballast and Bracken" inside its own follow prompt, which I rewrote as "Follow the blog on Instagram
for the work-in-progress photos."; at the same time I set the comment headings of the German, Italian, Polish and
Russian blogs to four, the number of comments and replies they show (they said two or three). Its second run, and a last
one right before the measurement, found nothing. While drafting I kept each masthead out of its own copyright line and
photo credit ("© 2026 Gullmarsh Packet Newspapers Ltd.", "© 2026 Éditions de la Vigie", "Foto: Bote/privat", "© 2026
Bote Mediengruppe GmbH", "© 2026 Wydawnictwo Kurier Sp. z o.o.") and the ad labels out of the menus ("Freizeit" in place
of a Traueranzeigen link, "Petites annonces" and "Ogłoszenia" are not ad labels of the set). Then
/tmp/s143scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen143.py reports lines over 120 characters and at-signs in the written file (none), and the file's lists were
compared with the scratch files after it was written (equal). (5) Invented names were checked with the exact-string
search over public GitHub files: Gullmarsh (for Gullmarsh and The Gullmarsh Packet), Gullmarsh Packet, Trowsprigg,
Keelwhistle, Ballast and Bracken, Montbrezal, Vardelouze, Escaroulet, Nœuds et Fougères, Hummelstetten, Zwiebelbrink,
Stachelmeier, Wollwichtelwerk, Borgoventaglio, Pedalacchi, Ventolacci, Il Davanzale Piccante, Wierzbnikowo, Skrzypilska,
Parkometrzak, Żonglerka po godzinach, Мотыльковск, Стрекозинская, Шмелекрылов, Жестянка с дырочкой, Clatterwhisk,
Grubbleton, Castagnevert, Wrzosobrzeska, Звонобородова and Wendlemoss had no hits. Dropped: Cradlewick (in a list of
used names in a data file; the English town became Gullmarsh), Sprockett (inside sprocketTrack and similar; the reporter
became Wilhelmina Trowsprigg), Vardoulac (inside Vardoulacha; the French reporter became Clémentine Vardelouze),
Rotondini (a real surname; the Italian councillor became Graziella Ventolacci), Kwitkowiak (inside RAMDISKWITKOWIAK; the
Polish deputy mayor became Zdzisław Parkometrzak), Клеверов (an ordinary word form; the Russian naturalist became Ефим
Шмелекрылов), Травницкая (a word and a novel's title; the Russian reporter became Аглая Стрекозинская), Fettlewick
(inside a planted name in a test file; the photographer became Ambrose Grubbleton), Larkspindle (a name in several data
files; I dropped the web-agency footer it was meant for), Pinchwhistle (a game character's surname) and Saltreach and
Quillmoor (place names in several repositories; the newspaper of the network-membership footer became The Wendlemoss
Courier). Not checked: first names and commenters' handles (Wilhelmina, Ambrose, Ossian, Clémentine, Firmin, Solène,
Waltraud, Reinhold, Henrike, Ottavio, Graziella, Teresa, Bożena, Zdzisław, Tomek, Аглая, Ефим, Лев, Hermione, Ondine,
Apolonia, Ульяна, Saltwater_Sue, QuaysideKen, OldDocker54, Rodney_GWR, MarshHalt_Modeller, Mouette_du_port,
Riverain_promenade, Jojo83, Lucie_plantes, Mamie_Crochet, Gartenfreundin_HS, Pendler_B27, Opa_Gerd, Filzfee_Anne,
Wollkorb_Ute, Ciclista_della_domenica, Marisa_B, Residente_Colle, Orto_in_terrazza, Peppe_piccante, Kierowca_z_Lipowej,
Ania_W, Emeryt_z_Rynku, Kasia_cyrk, Żongler_z_Łodzi, Соседка_у_парка, Папа_двух_сорванцов, Дачник_Петрович,
Фотолюбитель_Саша, Бабушка_с_Лейкой), names built on checked names (Gullmarsh Packet Newspapers Ltd, La Vigie de
Montbrezal, Éditions de la Vigie, Hummelstettener Bote, Bote Mediengruppe, Gazzetta di Borgoventaglio, Edizioni
Ventaglio Srl, Kurier Wierzbnikowski, Wydawnictwo Kurier, Мотыльковский вестник, МУП «Мотыльковское информационное
агентство») and ordinary words and places (the north quay, Mühlbach, piazza del Mercato, via Roma, Colle, ulica
Kościuszki, Lipowa and Polna streets, Warszawa, Łódź, Calabria). There are no e-mail addresses and no at-signs. (6) Real
things named, as real pages do: Datawrapper, TikTok, Mixcloud, Dailymotion, Spotify, RaiPlay, Dzen, Patreon, Gumroad,
Steady, Twitch, Webflow, the Independent Community News Network, Eleventy, GitHub Pages, Wix.com, Webador, Aruba S.p.A.,
home.pl, uKit, Hyvor Talk, WhatsApp, SMS, Telegram, Mastodon, Messenger, Facebook, X, Pinterest, Instagram, VKontakte,
Odnoklassniki, Etsy, Avito, WordPress and WordPress.com, the Astra theme, Altervista, Blogger, the heritage lottery
fund, PVA glue, Code 75 track, Merino wool, Habanero, Diavolicchio and Cayenne chillies. (7) The two measuring commands
ran as the brief gave them, in one shell call after ``date`` and the last check143.py run, their output sent to
/tmp/s143scratch/measure.out and report.out and the report and the pytest tail printed (18 failed, 59 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s143scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s143/tests with /tmp/wt-s143/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (12, 0 and 6, as in
the measurement). The xfail tables were written in /tmp/s143scratch/tables143.py from my own descriptions of those lines
and pages, and verify143.py checked that the failing lines are exactly the keys of ``_LINE_XFAIL``, that the failing
pages are exactly the keys of ``_PAGE_XFAIL``, that no keep line failed, that every page noise line left is quoted in
its page's reason and that each reason gives its count of noise lines left. (8) My first clock reading was 2026-12-05
19:29:47 UTC; the measurement ran at 19:35:26 UTC by the machine's clock. (9) With the tables filled, the pytest command
ran on the final file in /tmp/wt-s143: 59 passed, 18 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Replies from the harbour board", "Copyright in the late
photographer's harbour pictures", "Sponsors of the summer regatta", "Advertising hoardings along the bypass", "Comment
cards left at the library", "Reading lessons for adults", "Follow-up inspections of the bridge", "Réagir vite était
indispensable", "Imprimer les bulletins de vote", "Suivre le chantier", "Antworten auf die Fragen der Anwohner",
"Drucken lässt der Verein", "Lesen und Schreiben lernen", "Rispondere alle famiglie", "Condivisa da tutti i gruppi",
"Leggere ad alta voce", "Subskrypcja biletów miesięcznych", "Obserwować ptaki", "Подписаться под обращением" and "Ответы
на вопросы родителей" are article sentences: each reports what a harbour board, an estate, sponsors, a council, library
visitors, a library, an engineer, a fire chief, a mayor, a town, an administration, a club, adult learners, a head
teacher, a council's groups, volunteers, a bus operator, bird watchers, residents or a school head did, decided, said or
promised, with the noise-like word as an ordinary noun, verb, participle or gerund of the sentence (the English "Reading
lessons" are literacy lessons, not a reading time; "Comment cards" are cards filled in by library visitors, not a
comment thread; "Advertising hoardings" are billboards being taken down, not an ad label; the Polish "Subskrypcja" is a
season-ticket subscription, not a subscribe prompt). Categories: the Datawrapper, TikTok, Mixcloud, Dailymotion,
Spotify, RaiPlay and Dzen lines are markers (embeds that failed, were blocked, were withdrawn or wait for consent); the
stopwatch header, the grab-a-cuppa line and the reads-in, three-minutes-are-enough and you-will-read-it-in lines are
reading times; the words-and-pictures, interview-by, text-and-photos and text-and-author's-photos lines are bylines at
the head, and the Patreon, Gumroad, Steady and Twitch lines are bylines (self-promotion) at the foot; the Webflow,
Eleventy, Wix, Webador, Aruba, home.pl and uKit lines and the community-news-network membership line are footers (the
membership line speaks for the whole paper, not for one story, so it is the paper's foot, not a notice); the
flag-reply-permalink, report-reply-quote and reply-and-report rows, the join-the-conversation prompt, the Hyvor Talk
credit (the comment widget's own line, not the site's footer), the show-three-replies and expand-the-thread links and
the comments-close note are comment furniture; the English, German and Polish rows are share rows; the French
clarification and the Italian update note are notices in the body (both speak of the story they sit in), and the Russian
illustrative-photos note is a notice at the foot. On every page the title, the three paragraphs before the subheading
(the third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(section menus, mastheads, blog names, taglines and menus, breadcrumbs, bylines, dates and posted-by lines, reading
times, photo captions and credits, read-also and related-post links, most-read boxes, ad labels, tables of contents,
affiliate-links disclosures, shop and lessons plugs, tags and topics lines, newsletter, Telegram and follow prompts,
share rows, comment counts and headings, comments and replies, copyright lines and platform credits) is noise. The list
rows (the crane's timber, boiler and paint, the kiosk's terrace, wiring and rent, the hedgehog club's plans, the bike
scheme's rules, the parking app's three steps, the meadow's seeds and the blogs' materials, varieties and practice
plans) are short, some without a verb (the Polish portal's rows are infinitives under "Jak zapłacić za parking"), but
part of each article, so article; the portals' most-read headings ("Most read", "Les plus lus", "Meistgelesen", "I più
letti", "Najczęściej czytane", "Самое читаемое") and ad labels ("Advertisement", "Publicité", "Anzeige", "Pubblicità",
"Reklama", "Реклама") and the blogs' table-of-contents headings ("In this post", "Sommaire", "In diesem Beitrag",
"Indice dei contenuti", "Spis treści", "Содержание") are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-gullmarsh-crane (the harbour's 1911 steam crane lifted away for two years of restoration),
en-blog-ballastandbracken-diorama (a branch-line diorama in a shoebox-sized frame), fr-portail-montbrezal-glacier (the
promenade's ice-cream kiosk refused its licence and taking the town to court), fr-blog-noeudsetfougeres-macrame (a first
macramé plant hanger for a pothos), de-portal-hummelstetten-igel (hedgehog warning signs put up on a village road),
de-blog-wollwichtelwerk-filzfuchs (a first needle-felted sitting fox), it-portale-borgoventaglio-bici (a bike-share
scheme opened with forty bikes at six stations), it-blog-davanzalepiccante-peperoncini (chilli peppers sown indoors on a
kitchen windowsill), pl-portal-wierzbnikowo-parkomaty (the town centre's parking meters removed for a phone app),
pl-blog-zonglerkapogodzinach-trzypilki (three months of juggling and a first hundred-catch cascade),
ru-portal-motylkovsk-lug (a butterfly meadow sown in the town park) and ru-blog-zhestyankasdyrochkoy-pinhole (a pinhole
camera made from a biscuit tin and its first pictures), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, measured with ``cd /tmp/wt-s143 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s143/src python -m pytest -q tests/test_clean_held_out_143.py -rA -p
no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s143 && PYTHONPATH=/tmp/wt-s143/src python
scripts/clean_held_out_report.py --sets 143``, with the xfail tables empty): noise lines removed 33/45 (marker 4/8,
reading-time 5/7, byline 5/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers (the French Dailymotion deleted-video placeholder, the German Spotify
consent placeholder, the Italian RaiPlay geo-block placeholder and the Polish Spotify cookie placeholder), two reading
times (the English grab-a-cuppa line and the Italian three-minutes-are-enough line), three bylines (the English
words-and-pictures byline at the head and the English Gumroad zine plug and the Italian Twitch plug at the foot), two
comment lines (the English join-the-conversation prompt and the Hyvor Talk credit) and one notice (the French
clarification in the body); the Datawrapper, TikTok, Mixcloud and Dzen markers, the other five reading times and five
bylines, the Russian illustrative-photos notice, the Italian update notice and every footer and share line went); keep
lines kept 20/20; pages 6/12 clean (all six portals), 11 of 240 page noise lines left and 0 of 120 article lines lost.
Left on the pages: 3 on the English railway-diorama blog (the photo caption, the shop plug and the follow prompt), 1 on
the French macramé blog (the photo caption), 1 on the German needle-felting blog (the photo caption), 2 on the Italian
chilli blog (the photo caption and the seed-shop plug), 2 on the Polish juggling blog (the photo caption and the lessons
plug) and 2 on the Russian pinhole-camera blog (the photo caption and the Avito kits plug), nothing on the portals, as
``_PAGE_XFAIL`` describes; no page loses an article line. The failing cases are strict xfails.

Measured after round 102 (developed on sets 141 and 142 beside this set's writing from the same base, 4ca49af, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 143` and the
problems of every case before and after): nothing moved. Lines 33 -> 33 of 45, 20 of 20 kept, pages clean 6 -> 6 of 12,
page noise lines 11 -> 11 of 240, none of 120 article lines lost. Round 102's captions with their credits inside a
paragraph's block met no such pair here (this set's portals were clean at its baseline), and its widened wordings
(embeds, notices, reading times, bylines, market-stall plugs, follow prompts) met none of this set's lines: the
Dailymotion, Spotify and RaiPlay placeholders, "Grab a cuppa – this one runs to about twenty minutes of reading.", the
"Words: ... · Pictures: ..." byline, the Gumroad and Twitch plugs, the comment prompts and the "Précision :" note stay,
as do the blogs' uncredited captions and plugs.

Round 103 (development; this set was read in full from this round on): developed on sets 143 and 144 from
c381897. Fixed, by mechanism: the Italian "Abbonati" as the subject of a plural verb is the noun "subscribers", not the
imperative (clean._PLURAL_VERB_IN_CLAUSE, read by _has_call_to_action, so is_sales_notice, and beside _SIGN_UP_SENTENCE
in _trailing_reason: a closed class of plural finite verbs and the Italian "-ranno"/"-rebbero" in the call word's clause,
before its colon or dash; "Abbonati ora: il primo mese costa 1 euro." and "Abbonati a La Voce e leggi senza limiti" still
go); a caption naming a thing in quotes over its credit (page_blocks._unquote_names in _mark_credited_caption, with
clean._QUOTED_NAME widened to English single quotes, not to French spaced guillemets, which quote words as well; words
quoted at the line's start or followed by a comma or a dash are someone's and keep their marks); embed placeholders
deleted by their owner beside their no-longer-available (_EMBED_DELETED, _EMBED_GONE) or restricted by it, waiting for the reader's consent ("dopóki nie zaakceptujesz", "wird erst dargestellt, wenn", the data processing
"durch" the platform) or kept to one country ("fuori dall'Italia") (whole_line_noise._EMBED_SCREEN_STATE, Loom in
_EMBED_PLATFORM); a blog's drink-first warning with any length of "this one" in minutes (clean._DRINK_FIRST); an
erratum's or a clarification's label over an earlier version of this article, the error "glissée dans" it (the
round-102 editors'-label branch of the site-notice table); comment systems other than Disqus (Hyvor Talk, Remark42,
Commento, Cusdis, Giscus, Utterances, Isso, GraphComment), a free account in the log-in verbs (_LOG_IN_VERB), "Regulamin
komentowania" in COMMENT_POLICY_HEADER; a Polish page noun's funding participle (clean._MADE). Tests:
test_round_103_* in tests/test_clean.py (with near misses). Other sets' xfails removed (now passing): set 104's
ru-portal-klenogorsk-kovorking, set 118's Polish Facebook consent placeholder, set 136's pl-portal-podlipiniec-festiwal.
All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed 5658 -> 5674 of 6151, article lines
kept 2726 -> 2727 of 2727, pages clean 1005 -> 1008 of 1606, page noise lines left 1337 -> 1334 of 33840, paragraphs
lost 2 -> 2 (no set's kept lines dropped, no set's lost paragraphs rose). SemEval: 0 changed files of 3723. Bench:
benchmarks/bench_clean.py ratio to c381897 1.01 (cpu best 2.346 s against 2.321 s). Pytest (the cleaning test set): 19046 passed, 1105 xfailed, no XPASS (a first run found round 25's channel-post and round 71's French quoted-words near misses taken and the now passing xfails of sets 104, 118 and 136; all fixed or removed before this run).
This set (before -> after): noise lines removed 33 -> 41 of 45 (marker 4 -> 8/8, reading-time 5 -> 6/7, byline 5 -> 5/8,
footer 8/8, comments 6 -> 8/8, share 3/3, notice 2 -> 3/3), keep 20 -> 20 of 20, pages clean 6 -> 6 of 12, page noise
lines left 11 -> 11 of 240, none of 120 article lines lost. Eight xfails removed (the Dailymotion, Spotify (German and
Polish) and RaiPlay placeholders, the grab-a-cuppa line, the free-account comment prompt, the Hyvor Talk line and the
"Précision :" note); no reason reworded. Still missed: "Ti bastano 3 minuti per leggere questo articolo.", the "Words:
... · Pictures: ..." byline, the Gumroad and Twitch plugs, and on the six blogs the uncredited photo captions and the
plugs and follow prompt of _PAGE_XFAIL (first-person shop and lessons plugs and "Follow the blog on Instagram" were not
reached this round).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_143_LINES: list[tuple[str, str, str]] = [
    ('body', 'Datawrapper chart could not be loaded. Open the chart in a new window.', 'marker'),
    ('body', "Couldn't load this TikTok – check your connection or watch it on tiktok.com.", 'marker'),
    ('body', "Mixcloud: this show isn't available in your country for licensing reasons.", 'marker'),
    ('body', "La vidéo Dailymotion a été supprimée par son auteur ou n'est plus disponible.", 'marker'),
    ('body',
     'Externer Inhalt von Spotify: Zum Abspielen stimmen Sie bitte der Datenübertragung an Spotify zu.',
     'marker'),
    ('body', "Il video di RaiPlay non è disponibile fuori dall'Italia per motivi di diritti.", 'marker'),
    ('body', 'Podcast ze Spotify nie może zostać wyświetlony, dopóki nie zaakceptujesz plików cookie.', 'marker'),
    ('body', 'Видео Дзен не загрузилось. Обновите страницу или откройте ролик на dzen.ru.', 'marker'),
    ('head', '⏱ 3 min 40 sec read', 'reading-time'),
    ('head', 'Grab a cuppa – this one runs to about twenty minutes of reading.', 'reading-time'),
    ('head', 'Ce texte se lit en 3 minutes', 'reading-time'),
    ('head', 'In 3 Minuten gelesen', 'reading-time'),
    ('head', 'Ti bastano 3 minuti per leggere questo articolo.', 'reading-time'),
    ('head', 'Artykuł przeczytasz w około 3 minuty.', 'reading-time'),
    ('head', 'Читается за 3 минуты', 'reading-time'),
    ('head', 'Words: Hermione Clatterwhisk · Pictures: Ambrose Grubbleton', 'byline'),
    ('head', 'Propos recueillis par Ondine Castagnevert', 'byline'),
    ('head', 'Tekst i zdjęcia: Apolonia Wrzosobrzeska', 'byline'),
    ('head', 'Текст: Ульяна Звонобородова, фото автора', 'byline'),
    ('tail', 'Patreon members get my printable track plans and a monthly behind-the-scenes video.', 'byline'),
    ('tail', 'My little zine on weathering wagons is available as a PDF from Gumroad – pay what you like.', 'byline'),
    ('tail', 'Unterstütze diesen Blog über Steady – schon ab 3 Euro im Monat bist du dabei.', 'byline'),
    ('tail', 'Mi trovi anche su Twitch: ogni giovedì sera lavoro in diretta ai miei progetti.', 'byline'),
    ('tail', 'Made with Webflow · Cookie preferences · Sitemap', 'footer'),
    ('tail', 'The Wendlemoss Courier is a member of the Independent Community News Network.', 'footer'),
    ('tail', 'Static site generated with Eleventy · Hosted on GitHub Pages', 'footer'),
    ('tail', 'Site créé avec Wix.com · Mentions légales · Politique de confidentialité', 'footer'),
    ('tail', 'Erstellt mit Webador · Impressum · Datenschutzerklärung · Barrierefreiheitserklärung', 'footer'),
    ('tail', 'Sito ospitato da Aruba S.p.A. · Cookie policy · Mappa del sito', 'footer'),
    ('tail', 'Hosting zapewnia home.pl · Regulamin serwisu · Mapa strony', 'footer'),
    ('tail', 'Сайт создан на конструкторе uKit · Карта сайта', 'footer'),
    ('tail', 'Flag as inappropriate · Reply · Permalink', 'comments'),
    ('tail', 'Join the conversation – create a free account to leave a comment.', 'comments'),
    ('tail', 'Comments are powered by Hyvor Talk.', 'comments'),
    ('tail', 'Afficher les 3 réponses', 'comments'),
    ('tail', 'Kommentar melden · Antworten · Zitieren', 'comments'),
    ('tail', 'I commenti si chiudono automaticamente sette giorni dopo la pubblicazione.', 'comments'),
    ('tail', 'Odpowiedz · Zgłoś do moderacji', 'comments'),
    ('tail', 'Развернуть ветку (5 ответов)', 'comments'),
    ('tail', 'Send this story: WhatsApp · SMS · Copy URL', 'share'),
    ('tail', 'Jetzt teilen: WhatsApp · Telegram · Mastodon · Link kopieren', 'share'),
    ('tail', 'Prześlij dalej: Messenger · SMS · E-mail', 'share'),
    ('body',
     'Précision : une première version de cet article indiquait un mauvais montant pour la subvention.',
     'notice'),
    ('body', "Articolo aggiornato alle 18.15 con la replica dell'assessore.", 'notice'),
    ('tail', 'Фотографии в материале носят иллюстративный характер.', 'notice'),
]
HELD_OUT_143_KEEP: list[tuple[str, str]] = [
    ('head', 'Replies from the harbour board to the petition arrived only after the deadline had passed.'),
    ('head', "Copyright in the late photographer's harbour pictures passes to the town archive under her will."),
    ('body', 'Sponsors of the summer regatta agreed to cover the cost of two extra safety boats.'),
    ('body', 'Advertising hoardings along the bypass will come down by the end of the year, the council confirmed.'),
    ('tail', 'Comment cards left at the library show that most visitors want longer opening hours on Saturdays.'),
    ('tail', 'Reading lessons for adults at the library will continue after the grant was renewed for three years.'),
    ('tail', 'Follow-up inspections of the bridge will take place every six months, the engineer said.'),
    ('head', 'Réagir vite était indispensable, explique le chef des pompiers, car la digue cédait déjà.'),
    ('body', 'Imprimer les bulletins de vote a coûté 2 400 euros à la commune, selon le maire.'),
    ('tail', "Suivre le chantier depuis la place sera possible grâce à une passerelle d'observation."),
    ('head', 'Antworten auf die Fragen der Anwohner will die Verwaltung bis Ende Mai liefern.'),
    ('body', 'Drucken lässt der Verein die Festschrift in einer kleinen Auflage von 300 Stück.'),
    ('tail', 'Lesen und Schreiben lernen die Erwachsenen im Kurs der Volkshochschule zweimal pro Woche.'),
    ('head', 'Rispondere alle famiglie è una priorità, ha detto la dirigente scolastica in consiglio.'),
    ('tail', "Condivisa da tutti i gruppi, la mozione sulla biblioteca è stata approvata all'unanimità."),
    ('tail', "Leggere ad alta voce ai bambini del reparto è l'impegno dei volontari del sabato."),
    ('head', 'Subskrypcja biletów miesięcznych na autobus podrożeje od lipca o cztery złote.'),
    ('tail', 'Obserwować ptaki nad stawem można teraz z nowej wieży widokowej przy grobli.'),
    ('head', 'Подписаться под обращением к губернатору успели уже более трёхсот жителей.'),
    ('body', 'Ответы на вопросы родителей директор школы пообещал дать на собрании в четверг.'),
]
HELD_OUT_143_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-gullmarsh-crane', [
        [
            "-News · Sport · What's On · Property · Jobs",
            '-The Gullmarsh Packet',
        ],
        [
            '-Home › News › Harbour',
        ],
        [
            "+Harbour's old steam crane lifted away for two years of restoration",
        ],
        [
            "-The crane's jib being lowered onto a flatbed lorry on Tuesday morning. Photo: Packet staff",
            '-By Wilhelmina Trowsprigg, harbour reporter',
            '-Wednesday 4 March 2026, 07:15 · 4 min read',
        ],
        [
            '+The steam crane that has stood on the north quay since 1911 was taken down on Tuesday and driven to a '
            'workshop inland, where it will be restored over the next two years.',
            '+Engineers spent three days unbolting the jib and the cab before a mobile crane lifted the pieces onto '
            'two lorries, watched by around two hundred people behind the barriers.',
            '-Read also: Ferry timetable cut to three sailings a day over the winter',
        ],
        [
            '-Most read',
            '-1. Lifeboat crew called out twice in one night off the point',
            '-2. Fish market stalls to move indoors from April',
        ],
        [
            '+Harbour master Ambrose Keelwhistle said the moment was emotional for the town. "My grandfather drove '
            'that crane, and I never thought I would see the quay without it," he said.',
        ],
        [
            '+What the restoration covers',
        ],
        [
            '-Advertisement',
            '+New timber for the cab and the jib, cut from oak felled on the estate.',
            '+Rebuilding the boiler so that it passes a modern pressure test.',
            '+Repainting in the original grey and red of the harbour company.',
        ],
        [
            '+The work will cost £480,000, of which the heritage lottery fund is paying two thirds and the harbour '
            'trust the rest.',
            '+If all goes to plan, the crane will return to the quay in the spring of 2028 and will be steamed on '
            'open days twice a year.',
        ],
        [
            '-Topics: Harbour · Heritage · North Quay',
            "-Get the Packet's morning briefing in your inbox – sign up free",
            '-Share: Facebook · WhatsApp · X · Copy link',
        ],
        [
            '-7 comments',
            "-Saltwater_Sue: Good riddance to the scaffolding at last, but I'll miss seeing it from the beach.",
            '-QuaysideKen: Two years seems a long time for a bit of paint and timber.',
            '-OldDocker54: Does anyone know if the workshop will let people in to watch?',
            '-↳ Packet newsdesk: The harbour trust says there will be two visitor days a year at the workshop; we '
            'will publish the dates.',
        ],
        [
            '-© 2026 Gullmarsh Packet Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-ballastandbracken-diorama', [
        [
            '-Ballast and Bracken',
            "-Small railways, big landscapes – a modeller's notebook",
            '-Home · Layouts · Techniques · About · Contact',
        ],
        [
            '-Posted on 22 February 2026 by Ossian',
            '+Building a branch-line diorama in a shoebox-sized frame',
        ],
        [
            '-Reading time: 6 minutes',
            '-This post contains affiliate links; if you buy through them I may earn a small commission.',
            '-In this post',
            '-1. The baseboard and backscene',
            '-2. Ballasting the track',
        ],
        [
            '+I have wanted to build a small diorama for years, something that fits on the bookshelf and shows one '
            'scene of a country branch line rather than a whole layout.',
            '+The frame is a box of 5 mm plywood, 60 by 25 centimetres, with a curved backscene of thin card '
            'painted in soft blues and greens.',
        ],
        [
            '-The finished diorama on the bookshelf, with the lamp switched on.',
            '+My club\'s old chairman once told me, "Model the thing you remember, not the thing in the catalogue," '
            'and that is what I tried to do with the little halt and its level crossing.',
            '-You might also like: Weathering a wagon with chalk pastels',
        ],
        [
            '-I sell laser-cut halt buildings like this one in my little online shop – see the Shop tab.',
            '+What I used for the scene',
            '+Code 75 flexible track and two packets of fine grey ballast.',
            '+Static grass in three lengths and an applicator made from a tea strainer.',
            '+Card and balsa for the halt, the fence and the crossing gates.',
        ],
        [
            '+The ballasting took two evenings: I spread it dry with a soft brush, then fixed it with diluted PVA '
            'glue and a drop of washing-up liquid from a pipette.',
            '-Share this: Facebook · Pinterest · Email',
            '+Next I want to add a working signal and perhaps a small figure of a porter waiting by the milk churns.',
        ],
        [
            '-Follow the blog on Instagram for the work-in-progress photos.',
        ],
        [
            '-4 thoughts on "Building a branch-line diorama in a shoebox-sized frame"',
            '-Rodney_GWR: Lovely work on the crossing gates. What glue did you use for the balsa?',
            '-↳ Ossian: Thanks, Rodney – just ordinary PVA, left overnight under a weight.',
            '-MarshHalt_Modeller: The backscene is the best part for me, those blues are spot on.',
            '-↳ Ossian: Much appreciated! It took four attempts to get the sky right.',
        ],
        [
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-montbrezal-glacier', [
        [
            '-Actualité · Sports · Loisirs · Nécrologie · Petites annonces',
            '-La Vigie de Montbrezal',
        ],
        [
            '-Accueil > Montbrezal > Vie locale',
        ],
        [
            "+Promenade : le glacier privé d'autorisation, la mairie et le kiosque s'affrontent",
        ],
        [
            '-Le kiosque à glaces, fermé depuis samedi, sur la promenade du front de mer. Photo Vigie',
            '-Par Clémentine Vardelouze',
            '-Publié le 12/03/2026 à 06h30 · Lecture 3 min',
        ],
        [
            "+Le kiosque à glaces installé depuis 1987 au bout de la promenade n'a pas rouvert ce printemps : la "
            "mairie a refusé de renouveler l'autorisation d'occupation du domaine public.",
            '+Son propriétaire, Firmin Escaroulet, a déposé un recours devant le tribunal administratif et affiché '
            'une pétition sur la vitrine, qui a recueilli 1 200 signatures en une semaine.',
            '-À lire aussi : Le marché nocturne revient tous les jeudis de juillet',
        ],
        [
            '-Les plus lus',
            "-1. Un voilier s'échoue devant la digue, pas de blessé",
            '-2. La piscine municipale fermée deux semaines pour vidange',
        ],
        [
            '+« On vend des glaces ici depuis presque quarante ans, ma mère avant moi. On ne nous a jamais rien '
            'reproché », proteste le commerçant.',
        ],
        [
            '+Ce que reproche la mairie',
        ],
        [
            '-Publicité',
            "+Une terrasse agrandie sans autorisation l'été dernier.",
            '+Un raccordement électrique jugé non conforme.',
            "+Trois loyers de l'emplacement payés en retard.",
        ],
        [
            "+L'adjoint chargé du commerce assure que la ville souhaite garder un glacier sur la promenade et qu'un "
            'appel à candidatures sera lancé si le recours échoue.',
            "+Le tribunal doit examiner l'affaire le 2 avril ; d'ici là, le kiosque reste fermé, volets baissés, au "
            'milieu des premiers promeneurs.',
        ],
        [
            '-Mots-clés : Montbrezal · Commerce · Promenade',
            "-Recevez notre lettre d'information locale chaque matin : inscrivez-vous gratuitement",
            '-Partager : Facebook · X · WhatsApp · Courriel',
        ],
        [
            '-12 commentaires',
            '-Mouette_du_port : Le meilleur sorbet citron de la côte, la mairie se trompe de combat.',
            '-Riverain_promenade : Une terrasse qui déborde, ça gêne les poussettes, il faut le dire aussi.',
            '-Jojo83 : Et les autres commerces qui débordent, on les contrôle aussi ?',
            '-↳ La rédaction : Nous avons posé la question à la mairie et publierons sa réponse.',
        ],
        [
            '-© 2026 Éditions de la Vigie – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-noeudsetfougeres-macrame', [
        [
            '-Nœuds et Fougères',
            '-Macramé, plantes et petites choses faites main',
            '-Accueil · Tutos · Mes suspensions · À propos',
        ],
        [
            '-Publié le 8 mars 2026 par Solène',
            '+Ma première suspension en macramé pour le pothos du salon',
        ],
        [
            '-Temps de lecture : 5 minutes',
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
            '-Sommaire',
            '-1. Choisir la corde',
            '-2. Le nœud carré',
        ],
        [
            '+Depuis des mois, mon pothos traînait sur une étagère trop sombre et je rêvais de le suspendre devant '
            'la fenêtre.',
            "+J'ai donc acheté une bobine de corde de coton de 4 mm et un anneau en bois, et je me suis lancée un "
            'dimanche après-midi de pluie.',
        ],
        [
            '-La suspension terminée devant la fenêtre du salon, avec le pothos déjà bien installé.',
            "+Ma voisine, qui fait du macramé depuis les années soixante-dix, m'a prévenue : « Serre toujours "
            'pareil, sinon ta suspension penchera comme la tour de Pise. »',
            '-À lire aussi : Rempoter un monstera sans tout salir',
        ],
        [
            '-Mes kits de macramé prêts à nouer sont disponibles dans ma boutique Etsy.',
            '+Le matériel',
            '+Huit brins de corde de coton de trois mètres chacun.',
            '+Un anneau en bois de cinq centimètres.',
            '+Un pot léger en plastique pour ne pas trop charger les nœuds.',
        ],
        [
            "+Il m'a fallu près de trois heures, surtout parce que j'ai défait deux fois la partie en nœuds carrés.",
            '-Partager : Pinterest · Facebook · E-mail',
            "+La prochaine fois, j'essaierai une suspension double pour la fougère de la salle de bains.",
        ],
        [
            '-Suivez-moi sur Instagram pour voir mes nœuds en cours !',
        ],
        [
            '-4 réponses à « Ma première suspension en macramé pour le pothos du salon »',
            '-Lucie_plantes : Trop jolie ! Tu as pris quelle longueur au total ?',
            "-↳ Solène : Merci Lucie ! Environ vingt-quatre mètres, il m'en reste un peu.",
            "-Mamie_Crochet : Le coup de la tour de Pise, c'est tellement vrai.",
            "-↳ Solène : Elle a bien raison, je l'ai appris à mes dépens !",
        ],
        [
            '-Propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-hummelstetten-igel', [
        [
            '-Lokales · Sport · Kultur · Freizeit · Service',
            '-Hummelstettener Bote',
        ],
        [
            '-Startseite › Region › Hummelstetten',
        ],
        [
            '+Igel-Warnschilder an der Dorfstraße: Hummelstetten bremst für Stacheltiere',
        ],
        [
            '-Eines der neuen Schilder am Ortsausgang Richtung Mühlbach. Foto: Bote/privat',
            '-Von Waltraud Zwiebelbrink',
            '-18.03.2026, 05:45 Uhr · Lesezeit 3 Min.',
        ],
        [
            '+An der Dorfstraße in Hummelstetten stehen seit Montag vier Warnschilder mit einem Igel darauf, die '
            'Autofahrer in der Dämmerung zu langsamerem Fahren bewegen sollen.',
            '+Anlass war eine Zählung des örtlichen Naturschutzvereins, der im vergangenen Jahr auf dem knappen '
            'Kilometer zwischen Kirche und Friedhof 23 überfahrene Igel gefunden hatte.',
            '-Lesen Sie auch: Feuerwehrfest fällt wegen Bauarbeiten aus',
        ],
        [
            '-Meistgelesen',
            '-1. Neue Bäckerei im alten Rathaus eröffnet',
            '-2. Kreisstraße ab Mai voll gesperrt',
        ],
        [
            '+Ortsvorsteher Reinhold Stachelmeier freut sich über die schnelle Genehmigung: „Wir sind ein Dorf mit '
            'vielen Gärten, da gehören die Igel einfach dazu.“',
        ],
        [
            '+Was der Verein außerdem plant',
        ],
        [
            '-Anzeige',
            '+Laubhaufen als Winterquartiere im Pfarrgarten.',
            '+Eine Igel-Sprechstunde im Gemeindehaus im Herbst.',
            '+Kleine Durchlässe in den Zäunen der Neubausiedlung.',
        ],
        [
            '+Ob die Schilder wirken, will der Verein mit einer zweiten Zählung im Herbst herausfinden.',
            '+Bewährt sich die Aktion, sollen im nächsten Jahr auch am Weg zum Sportplatz Schilder aufgestellt '
            'werden.',
        ],
        [
            '-Schlagwörter: Hummelstetten · Naturschutz · Verkehr',
            '-Der Bote-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '-5 Kommentare',
            '-Gartenfreundin_HS: Endlich! Bei uns im Garten wohnen seit Jahren zwei Igel.',
            '-Pendler_B27: Schilder schön und gut, aber wer fährt da abends schon langsamer?',
            '-Opa_Gerd: Vielleicht hilft ja noch ein Blitzer.',
            '-↳ Redaktion: Laut Gemeinde ist dort vorerst keine Messstelle geplant.',
        ],
        [
            '-© 2026 Bote Mediengruppe GmbH · Impressum · Datenschutz · AGB',
        ],
    ]),
    _page('de', 'de-blog-wollwichtelwerk-filzfuchs', [
        [
            '-Wollwichtelwerk',
            '-Nadelfilzen, Wolle und kleine Tiere',
            '-Start · Anleitungen · Galerie · Über mich',
        ],
        [
            '-Veröffentlicht am 15. März 2026 von Henrike',
            '+Mein erster Fuchs aus Filzwolle: ein Wochenende mit der Filznadel',
        ],
        [
            '-Lesedauer: 5 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber ein, bekomme ich eine kleine Provision.',
            '-In diesem Beitrag',
            '-1. Die Wolle',
            '-2. Der Körper',
        ],
        [
            '+Nach vielen kleinen Pilzen und Eicheln wollte ich mich endlich an ein richtiges Tier wagen und habe '
            'mir einen sitzenden Fuchs vorgenommen.',
            '+Der Körper entsteht aus einem festen Kern aus Kardenband, um den nach und nach die orangefarbene '
            'Merinowolle gefilzt wird.',
        ],
        [
            '-Der fertige Fuchs auf dem Fensterbrett, neben dem Nadelkissen.',
            '+Meine Kursleiterin hatte gesagt: „Lieber hundertmal zu wenig stechen als einmal zu fest“, und genau '
            'daran habe ich bei der Schnauze gedacht.',
            '-Das könnte dich auch interessieren: Eine Eule aus Restwolle filzen',
        ],
        [
            '-Die Wollsets für diesen Fuchs gibt es in meinem kleinen Shop.',
            '+Was du brauchst',
            '+Kardenband in Weiß für den Kern.',
            '+Merinowolle in Orange, Weiß und Schwarz.',
            '+Filznadeln in zwei Stärken und eine Schaumstoffunterlage.',
        ],
        [
            '+Insgesamt habe ich etwa neun Stunden gebraucht, die meiste Zeit für die Ohren und den buschigen '
            'Schwanz.',
            '-Teilen: Pinterest · Facebook · WhatsApp',
            '+Als Nächstes möchte ich einen schlafenden Fuchs filzen, der sich in seinen Schwanz einrollt.',
        ],
        [
            '-Folge mir auf Instagram, dort zeige ich jeden Tag neue Filzereien.',
        ],
        [
            '-4 Kommentare zu „Mein erster Fuchs aus Filzwolle: ein Wochenende mit der Filznadel“',
            '-Filzfee_Anne: So ein süßer Fuchs! Wie lang war die Nadel?',
            '-↳ Henrike: Danke, Anne! Ich nehme meist die 38er Dreikantnadel.',
            '-Wollkorb_Ute: Die Schnauze ist dir richtig gut gelungen.',
            '-↳ Henrike: Das freut mich, Ute, die hat am längsten gedauert.',
        ],
        [
            '-Mit Liebe gemacht auf WordPress · Impressum · Datenschutz',
        ],
    ]),
    _page('it', 'it-portale-borgoventaglio-bici', [
        [
            '-Cronaca · Politica · Sport · Eventi · Necrologi',
            '-Gazzetta di Borgoventaglio',
        ],
        [
            '-Home > Cronaca > Borgoventaglio',
        ],
        [
            '+Bike sharing, a Borgoventaglio arrivano quaranta biciclette in sei stazioni',
        ],
        [
            '-Una delle nuove stazioni in piazza del Mercato. Foto Ufficio stampa del Comune',
            '-di Ottavio Pedalacchi',
            '-25 marzo 2026, ore 07:10 · Lettura: 3 min',
        ],
        [
            "+Da lunedì a Borgoventaglio si può prendere una bicicletta in una stazione e lasciarla in un'altra: il "
            'Comune ha avviato il servizio con quaranta bici, dodici delle quali a pedalata assistita.',
            "+Le sei stazioni sono alla stazione ferroviaria, in piazza del Mercato, all'ospedale, al liceo, al "
            'parco fluviale e al cimitero.',
            '-Leggi anche: Chiude per lavori il sottopasso di via Roma',
        ],
        [
            '-I più letti',
            '-1. Sagra della castagna, confermate le date di ottobre',
            '-2. Nuovo medico di base per la frazione di Colle',
        ],
        [
            "+«Vogliamo che per i tragitti brevi la bici diventi la scelta più comoda», ha spiegato l'assessora "
            'alla mobilità Graziella Ventolacci, «e i primi dati ci dicono che la gente ci crede».',
        ],
        [
            '+Come funziona',
        ],
        [
            '-Pubblicità',
            "+Ci si registra con l'app del Comune e una carta di credito.",
            "+La prima mezz'ora è gratuita, poi si pagano 50 centesimi ogni trenta minuti.",
            '+Le bici vanno riportate in una stazione entro mezzanotte.',
        ],
        [
            '+Nella prima settimana le corse sono state 640, quasi la metà partite dalla stazione ferroviaria.',
            "+Se il servizio funzionerà, l'anno prossimo le bici diventeranno sessanta e arriverà una stazione "
            'anche nella zona industriale.',
        ],
        [
            '-Tag: Borgoventaglio · Mobilità · Ciclabili',
            '-Iscriviti alla newsletter della Gazzetta: le notizie del giorno ogni sera alle 19',
            '-Condividi su WhatsApp · Facebook · Telegram',
        ],
        [
            '-9 commenti',
            '-Ciclista_della_domenica: Finalmente! Peccato che non ci sia una stazione al lago.',
            "-Marisa_B: Cinquanta centesimi ogni mezz'ora mi sembrano onesti.",
            '-Residente_Colle: E per noi della frazione niente, come al solito.',
            '-↳ Redazione: Il Comune fa sapere che la frazione sarà valutata nella seconda fase.',
        ],
        [
            '-© 2026 Edizioni Ventaglio Srl – P.IVA 00000000000 – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-davanzalepiccante-peperoncini', [
        [
            '-Il Davanzale Piccante',
            '-Peperoncini coltivati in città, un vaso alla volta',
            '-Home · Varietà · Semina · Ricette · Contatti',
        ],
        [
            '-Pubblicato il 20 marzo 2026 da Teresa',
            '+Peperoncini sul davanzale: la mia prima semina in casa',
        ],
        [
            '-Tempo di lettura: 4 minuti',
            '-In questo articolo ci sono link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
            '-Indice dei contenuti',
            '-1. I semi',
            '-2. La luce',
        ],
        [
            '+Abito al terzo piano senza balcone, ma la finestra della cucina prende sole quasi tutto il giorno, '
            "così quest'anno ho provato a seminare i peperoncini in casa.",
            '+A fine febbraio ho messo i semi in vasetti di torba, coperti con una pellicola, sopra il frigorifero '
            "dove fa sempre un po' più caldo.",
        ],
        [
            '-I vasi sul davanzale della cucina, con le prime piantine di Habanero.',
            "+Mio nonno, che li coltivava nell'orto in Calabria, mi ha detto al telefono: «Il peperoncino vuole "
            "sole e pazienza, l'acqua solo quando la chiede».",
            '-Potrebbe interessarti anche: Come essiccare i peperoncini al forno',
        ],
        [
            '-Nel mio negozio online trovi le bustine di semi delle varietà che coltivo.',
            '+Le varietà che ho seminato',
            '+Diavolicchio calabrese, il più sicuro per cominciare.',
            '+Habanero arancione, lento ma generoso.',
            '+Cayenna lungo, perfetto da essiccare.',
        ],
        [
            '+Dopo due settimane sono spuntate quasi tutte le piantine, tranne due vasetti di Habanero che ho '
            'dovuto riseminare.',
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '+Ad aprile le trapianterò in vasi più grandi e spero di raccogliere i primi frutti a luglio.',
        ],
        [
            '-Seguimi su Instagram per vedere come crescono le piantine settimana dopo settimana.',
        ],
        [
            '-4 commenti',
            '-Orto_in_terrazza: Anche io sopra il frigo! Funziona benissimo.',
            '-↳ Teresa: Vero? È il posto più caldo della casa.',
            '-Peppe_piccante: Il Diavolicchio è una garanzia, vedrai.',
            '-↳ Teresa: Speriamo! Ti racconto a luglio.',
        ],
        [
            '-Blog creato con Altervista · Privacy policy',
        ],
    ]),
    _page('pl', 'pl-portal-wierzbnikowo-parkomaty', [
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Kontakt',
            '-Kurier Wierzbnikowski',
        ],
        [
            '-Strona główna » Miasto » Wierzbnikowo',
        ],
        [
            '+Parkomaty znikają z centrum Wierzbnikowa, za postój zapłacimy w aplikacji',
        ],
        [
            '-Ostatni parkomat przy ulicy Kościuszki demontowany w czwartek rano. Fot. Bożena Skrzypilska',
            '-Autorka: Bożena Skrzypilska',
            '-02.04.2026, 08:05 · Czas czytania: 3 min',
        ],
        [
            '+Do końca kwietnia z centrum Wierzbnikowa znikną wszystkie dwadzieścia sześć parkomatów, a opłatę za '
            'postój będzie można uiścić wyłącznie przez aplikację mobilną lub SMS-em.',
            '+Miasto tłumaczy, że stare urządzenia często się psuły, a ich serwis i wybieranie monet kosztowały '
            'ponad 200 tysięcy złotych rocznie.',
            '-Czytaj także: Remont wiaduktu na Lipowej potrwa do sierpnia',
        ],
        [
            '-Najczęściej czytane',
            '-1. Nowy plac zabaw w parku miejskim już otwarty',
            '-2. Pożar altany na działkach przy Polnej',
        ],
        [
            '+– Starsi kierowcy nie muszą się martwić, w kiosku przy ratuszu kupią kartę postojową za gotówkę – '
            'zapewnia zastępca burmistrza Zdzisław Parkometrzak.',
        ],
        [
            '+Jak zapłacić za parking',
        ],
        [
            '-Reklama',
            '+Pobrać aplikację i wpisać numer rejestracyjny samochodu.',
            '+Wybrać strefę podaną na tablicy przy parkingu.',
            '+Zatrzymać postój w aplikacji po powrocie do auta.',
        ],
        [
            '+Przez pierwsze dwa tygodnie strażnicy miejscy nie będą wystawiać mandatów, tylko ulotki z instrukcją.',
            '+Radni opozycji zapowiadają, że na najbliższej sesji zapytają o koszt umowy z operatorem aplikacji.',
        ],
        [
            '-Tagi: Wierzbnikowo · parkowanie · ratusz',
            '-Zapisz się do newslettera Kuriera i otrzymuj najważniejsze wiadomości rano',
            '-Udostępnij: Facebook · X · E-mail',
        ],
        [
            '-Komentarze (6)',
            '-Kierowca_z_Lipowej: A jak ktoś nie ma smartfona? Karta w kiosku to dobry pomysł.',
            '-Ania_W: W końcu nie będę szukać drobnych po kieszeniach.',
            '-Emeryt_z_Rynku: Mandaty i tak będą, zobaczycie.',
            '-↳ Redakcja: Straż miejska potwierdziła nam, że przez dwa tygodnie mandatów nie będzie.',
        ],
        [
            '-© 2026 Wydawnictwo Kurier Sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-zonglerkapogodzinach-trzypilki', [
        [
            '-Żonglerka po godzinach',
            '-Notatki dorosłego, który uczy się żonglować',
            '-Start · Wpisy · Sprzęt · O mnie',
        ],
        [
            '-Opublikowano 28 marca 2026 przez Tomka',
            '+Trzy piłki po trzech miesiącach: pierwsza kaskada na sto rzutów',
        ],
        [
            '-4 minuty czytania',
            '-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga bez dodatkowych kosztów.',
            '-Spis treści',
            '-1. Jedna piłka',
            '-2. Dwie piłki',
        ],
        [
            '+Żonglować zacząłem w styczniu, po tym jak córka przyniosła ze szkoły trzy woreczki z grochem i '
            'rzuciła mi wyzwanie.',
            '+Przez pierwsze tygodnie ćwiczyłem codziennie po piętnaście minut, stojąc przodem do łóżka, żeby nie '
            'schylać się po każdą upuszczoną piłkę.',
        ],
        [
            '-Moje trzy piłki na parapecie, obok licznika rzutów.',
            '+Instruktor z warsztatów cyrkowych powiedział mi: „Nie patrz na ręce, patrz na szczyt łuku”, i od tego '
            'dnia wszystko zaczęło się układać.',
            '-Przeczytaj też: Jak wybrać pierwsze piłki do żonglowania',
        ],
        [
            '-Prowadzę też zajęcia żonglerki dla dzieci w Warszawie – szczegóły w zakładce Zajęcia.',
            '+Mój plan ćwiczeń',
            '+Pięć minut rzutów jedną piłką z ręki do ręki.',
            '+Dziesięć minut wymiany dwiema piłkami.',
            '+Kaskada trzema piłkami aż do pierwszego upadku.',
        ],
        [
            '+W zeszłą niedzielę po raz pierwszy policzyłem sto rzutów bez upuszczenia, a córka nagrała to telefonem.',
            '-Udostępnij: Facebook · Messenger · X',
            '+Teraz chcę nauczyć się kaskady odwróconej i rzutu zza pleców.',
        ],
        [
            '-Obserwuj bloga na Facebooku, żeby nie przegapić nowych wpisów.',
        ],
        [
            '-Komentarze: 4',
            '-Kasia_cyrk: Gratulacje! Sto rzutów to już coś.',
            '-↳ Tomek: Dzięki, Kasia! Teraz walczę o dwieście.',
            '-Żongler_z_Łodzi: Patrzenie na szczyt łuku to najlepsza rada.',
            '-↳ Tomek: Potwierdzam, zmieniła wszystko.',
        ],
        [
            '-Obsługiwane przez Blogger · Motyw: Prosty',
        ],
    ]),
    _page('ru', 'ru-portal-motylkovsk-lug', [
        [
            '-Новости · Общество · Спорт · Афиша · Объявления',
            '-Мотыльковский вестник',
        ],
        [
            '-Главная / Город / Парки',
        ],
        [
            '+В городском парке Мотыльковска засеяли луг для бабочек',
        ],
        [
            '-Волонтёры засевают участок у старой эстрады. Фото: пресс-служба администрации',
            '-Аглая Стрекозинская',
            '-14 апреля 2026, 09:20 · 3 мин чтения',
        ],
        [
            '+В субботу в городском парке Мотыльковска волонтёры засеяли смесью луговых трав и цветов участок '
            'площадью около тысячи квадратных метров за старой эстрадой.',
            '+Газон на этом месте больше не будут косить каждую неделю: луг скосят лишь дважды за лето, чтобы цветы '
            'успевали давать нектар бабочкам и шмелям.',
            '-Читайте также: Городской бассейн закроют на ремонт в июне',
        ],
        [
            '-Самое читаемое',
            '-1. Автобус № 7 пустят через новый микрорайон',
            '-2. В школе № 3 открыли музей',
        ],
        [
            '+«Через год здесь будет пестро от цветов, а дети смогут считать бабочек вместе с нами», — сказал '
            'руководитель клуба юных натуралистов Ефим Шмелекрылов.',
        ],
        [
            '+Что посеяли на лугу',
        ],
        [
            '-Реклама',
            '+Васильки, ромашки и колокольчики.',
            '+Клевер, душицу и тимьян.',
            '+Семена местных трав, собранные на лугах у реки.',
        ],
        [
            '+Вдоль участка поставят таблички с названиями растений и попросят владельцев собак не заходить на луг.',
            '+Первые всходы ожидают через три недели, если погода будет тёплой.',
        ],
        [
            '-Теги: парк, экология, волонтёры',
            '-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-Комментарии (4)',
            '-Соседка_у_парка: Отличная идея, лишь бы не вытоптали.',
            '-Папа_двух_сорванцов: А скамейки рядом оставят?',
            '-Дачник_Петрович: Клевер сам вырастет, зачем сеять.',
            '-↳ Редакция: В администрации обещали, что скамейки останутся на месте.',
        ],
        [
            '-© 2026 МУП «Мотыльковское информационное агентство». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-zhestyankasdyrochkoy-pinhole', [
        [
            '-Жестянка с дырочкой',
            '-Фотография без объектива и другие самоделки',
            '-Главная · Камеры · Снимки · Обо мне',
        ],
        [
            '-Опубликовано 5 апреля 2026, автор: Лев',
            '+Камера-обскура из коробки от печенья: первые снимки',
        ],
        [
            '-Время чтения: 6 минут',
            '-В записи есть партнёрские ссылки: если купите по ним, я получу небольшой процент.',
            '-Содержание',
            '-1. Коробка и отверстие',
            '-2. Бумага и экспозиция',
        ],
        [
            '+Жестяную коробку от датского печенья я хранил несколько лет, пока не прочитал, что из неё получается '
            'отличная камера-обскура.',
            '+Внутри я покрасил её чёрной матовой краской, а в центре крышки проделал окно и закрыл его пластинкой '
            'с отверстием в три десятых миллиметра.',
        ],
        [
            '-Коробка-камера на штативе во дворе, рядом лежит затвор из изоленты.',
            '+Знакомый фотограф сказал мне: «Обскура прощает всё, кроме спешки», и оказался прав: первые шесть '
            'кадров я испортил.',
            '-Читайте также: Как проявлять фотобумагу в ванной',
        ],
        [
            '-Готовые наборы для сборки камеры можно заказать у меня на Авито.',
            '+Что понадобилось',
            '+Коробка от печенья с плотной крышкой.',
            '+Тонкая латунная пластинка и швейная игла.',
            '+Фотобумага и три ванночки для проявки.',
        ],
        [
            '+Лучший снимок вышел при выдержке в сорок секунд: это наш двор с качелями, немного размытыми от ветра.',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '+Следующей будет камера из банки от кофе с изогнутой фотобумагой, чтобы получить панораму.',
        ],
        [
            '-Подписывайтесь на мой канал в Дзене, там больше снимков.',
        ],
        [
            '-Комментарии: 4',
            '-Фотолюбитель_Саша: Какое отверстие в итоге лучше, 0,3 или 0,4?',
            '-↳ Лев: Для этой коробки 0,3 мм, иначе снимки мягкие.',
            '-Бабушка_с_Лейкой: Двор с качелями просто чудесный.',
            '-↳ Лев: Спасибо! Печатал его три раза.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Ti bastano 3 minuti per leggere questo articolo.':
        "an Italian three-minutes-are-enough reading-time line ('Ti bastano 3 minuti per leggere questo articolo.') "
        'is left at the head',
    'Mi trovi anche su Twitch: ogni giovedì sera lavoro in diretta ai miei progetti.':
        "an Italian Twitch live-streams plug ('Mi trovi anche su Twitch: ogni giovedì sera lavoro in diretta ai "
        "miei progetti.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-ballastandbracken-diorama':
        "the railway-modelling blog's diorama post keeps its photo caption ('The finished diorama on the bookshelf, "
        "with the lamp switched on.') right before the paragraph with the quote, at the top of its block, its shop "
        "plug ('I sell laser-cut halt buildings like this one in my little online shop – see the Shop tab.') at the "
        "top of the list block, right before the subheading, and its follow prompt ('Follow the blog on Instagram "
        "for the work-in-progress photos.') alone after the last paragraphs (3 of 20 noise lines)",
    'fr-blog-noeudsetfougeres-macrame':
        "the macramé blog's plant-hanger post keeps its photo caption ('La suspension terminée devant la fenêtre du "
        "salon, avec le pothos déjà bien installé.') right before the paragraph with the quote, at the top of its "
        'block (1 of 20 noise lines)',
    'de-blog-wollwichtelwerk-filzfuchs':
        "the needle-felting blog's fox post keeps its photo caption ('Der fertige Fuchs auf dem Fensterbrett, neben "
        "dem Nadelkissen.') right before the paragraph with the quote, at the top of its block (1 of 20 noise "
        'lines)',
    'it-blog-davanzalepiccante-peperoncini':
        "the chilli blog's windowsill post keeps its photo caption ('I vasi sul davanzale della cucina, con le "
        "prime piantine di Habanero.') right before the paragraph with the quote, at the top of its block, and its "
        "seed-shop plug ('Nel mio negozio online trovi le bustine di semi delle varietà che coltivo.') at the top "
        'of the list block, right before the subheading (2 of 20 noise lines)',
    'pl-blog-zonglerkapogodzinach-trzypilki':
        "the juggling blog's three-ball post keeps its photo caption ('Moje trzy piłki na parapecie, obok licznika "
        "rzutów.') right before the paragraph with the quote, at the top of its block, and its lessons plug "
        "('Prowadzę też zajęcia żonglerki dla dzieci w Warszawie – szczegóły w zakładce Zajęcia.') at the top of "
        'the list block, right before the subheading (2 of 20 noise lines)',
    'ru-blog-zhestyankasdyrochkoy-pinhole':
        "the pinhole blog's biscuit-tin camera post keeps its photo caption ('Коробка-камера на штативе во дворе, "
        "рядом лежит затвор из изоленты.') right before the paragraph with the quote, at the top of its block, and "
        "its Avito kits plug ('Готовые наборы для сборки камеры можно заказать у меня на Авито.') at the top of the "
        'list block, right before the subheading (2 of 20 noise lines)',
}


test_held_out_143_line, test_held_out_143_line_is_kept, test_held_out_143_page = held_out_tests(
    HELD_OUT_143_LINES, HELD_OUT_143_KEEP, HELD_OUT_143_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
