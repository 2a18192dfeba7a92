"""Held-out set 140: written blind, weighted toward the noise the cleaner exists for, in shapes set 138's docstring does
not name (nor the first paragraphs of sets 135, 136 and 137): scraper, embed and ad markers (an English Vimeo video
blocked by its privacy settings "Vimeo: Because of its privacy settings, this video cannot be played here.", an English
Instagram reel that could not be loaded "This Instagram reel could not be loaded. View this post on Instagram", an
English Bandcamp player that failed to load "The Bandcamp player failed to load. Listen to the album on bandcamp.com
instead.", a French uMap map that cannot be shown without JavaScript "La carte uMap ne peut pas s'afficher : activez
JavaScript ou ouvrez-la sur umap.openstreetmap.fr.", a German ARD Mediathek video geo-blocked outside Germany "Dieses
Video der ARD Mediathek ist aus rechtlichen Gründen nur in Deutschland abrufbar.", an Italian Spreaker podcast that is
not available "Il podcast di Spreaker non è al momento disponibile. Ascolta l'episodio su Spreaker.", a Polish Vimeo
player not loaded until cookies are accepted "Odtwarzacz Vimeo nie został załadowany – zaakceptuj pliki cookie, aby
obejrzeć nagranie." and a Russian VK video whose author restricted access "Видео VK недоступно: автор ограничил доступ к
этой записи."); reading-time headers in new wordings (the English time-to-read header "Time to read: 7 mins", a blog's
fair-warning line giving twenty-five minutes "Fair warning: it's a long one, about a twenty-five minute read, so
bookmark it for later.", the French estimated "Temps de lecture estimé : 7 minutes", the German number-first "7 Minuten
Lesezeit", the Italian estimated "Tempo di lettura stimato: 7 minuti", the Polish estimated "Szacowany czas czytania: 7
minut" and the Russian you-will-read-it-in "Прочтёте за 7 минут"); bylines and self-promotion (an English
report-and-photographs byline "Report and photographs by Hortense Quillersby", an English our-town-correspondent byline
"By our town correspondent, Crispin Fadgewick", a German from-our-staff-member byline "Von unserem Redaktionsmitglied
Gundula Schwerbrecht" and a Russian material-prepared-by byline "Материал подготовила Евлампия Щебетовкина", all at the
head, and at the foot an English harmonica-repairs-by-post plug "Need a harmonica fixed? I take on repairs by post – the
price list is on the Services page.", a French Tipeee support plug "Vous pouvez soutenir ce blog sur Tipeee : chaque
contribution m'aide à acheter de la cire.", an Italian Etsy puppet-shop plug "Alcuni dei miei burattini sono in vendita
nel mio negozio Etsy, link in fondo alla pagina." and a Polish buycoffee.to tip plug "Podoba Ci się blog? Postaw mi kawę
na buycoffee.to – dziękuję!"); blog and site footers (an English Substack footer row "Privacy · Terms · Collection
notice · Start writing · Get the app", an English Astro-and-Netlify credit "Built with Astro · Deployed on Netlify ·
RSS", an English community-interest-company publisher line "Published by Wexcombe Press CIC, a community interest
company registered in England and Wales, no. 00000000.", a French WordPress-and-OVHcloud legal line with the host's
address "Site édité avec WordPress · Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix", a German Jimdo credit
with imprint, privacy, cookie-policy and log-in links "Erstellt mit Jimdo · Impressum · Datenschutz · Cookie-Richtlinie
· Anmelden", an Italian VAT-number, rights and web-agency credit "P.IVA 00000000000 · Tutti i diritti riservati ·
Realizzazione siti web: Agenzia Ventolino", a Polish WebWave site-builder credit "Strona stworzona w kreatorze WebWave ·
Polityka prywatności" and a Russian age-rating and link-required line "16+ · При полном или частичном использовании
материалов ссылка на сайт обязательна"); reader-comment furniture (the English Drupal log-in prompt "Log in or register
to post comments", the English Blogger removed-by-the-author stub "This comment has been removed by the author.", an
English subscribers-only commenting prompt "Commenting is only available to subscribers. Already a subscriber? Log in",
a French log-in-to-react prompt "Connectez-vous pour réagir à cet article", a German show-all-replies link "Alle
Antworten einblenden (4)", an Italian view-the-whole-discussion link "Visualizza la discussione completa (8 commenti)",
a Polish comments-switched-off-by-the-author note "Komentarze zostały wyłączone przez autora wpisu." and a Russian
log-in-with-VK-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID"); share rows (a
German Facebook, X, XING and e-mail row "Artikel teilen: Facebook · X · XING · E-Mail", a Polish Facebook, Wykop and
Messenger row "Udostępnij na: Facebook · Wykop · Messenger" and a Russian VK, Dzen, Pinterest and LiveJournal row
"Поделиться в соцсетях: ВКонтакте · Дзен · Pinterest · LiveJournal"); and notices (an English correction "Correction: an
earlier version of this story gave the wrong date for the public meeting." and a French written-with-an-AI-tool note
"Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la rédaction.", both in the
body, and an Italian made-with-the-chamber-of-commerce note "Articolo realizzato in collaborazione con la Camera di
Commercio provinciale." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 138's docstring
does not describe (on the six portal pages the masthead, an edition-date line and a section menu in one block of three
above the title; the title at the top of its block with a short reading time right after it; under it one block of
three, the byline, the published-and-updated line and a share row; a photo caption and its credit at the end of the
first paragraph's block, right after it; the second paragraph and the paragraph with the quote in one block with a
read-also link between them; the subheading alone; the three rows in one block with a newsletter, WhatsApp-channel or
Telegram prompt at its end, right after the third row; the first last paragraph alone; an ad label alone between the
last paragraphs; the second last paragraph at the top of its block with a tags or topics line right after it; at the
foot two blocks, five lines (a comment count, a first comment, a second comment, the first commenter's arrowed reply to
the second and the second commenter's answer two arrows deep) and then a legal-links row and a copyright line; on the
six blog pages the blog name alone in the first block and its tagline and the menu in the next, above the title; a
category line at the top of the title's block, right before it; under it a block of two, the posted-date-and-author line
and the reading time; a three-line table of contents (its heading and two numbered entries) at the end of the first
paragraph's block, right after it; a photo caption at the top of the next block, right before the second paragraph and
the paragraph with the quote, which share the block; the subheading and the three rows in one block with nothing between
them; a related-post link and a shop, courses or commissions plug in one block of two after the list; the two last
paragraphs in one block with a subscribe or follow prompt between them; a share row alone; at the foot two blocks, five
lines (a comments heading or count, a comment, the author's arrowed reply, the commenter's answer two arrows deep and a
second comment left unanswered) and then a platform credit alone), taken from local news (a ropeway approved to a hill
fort, a bakers' guild offering trial days to find apprentices, a weight limit on an old bridge, an algae warning closing
lake beaches, a bell foundry opening its casting to the public, a bus depot going electric) and from blogs about
dry-stone walling, candle dipping, mineral collecting, puppet making, harmonica repair and crossword setting.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 138 but what is named here), held-out set 139 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 138 up to its paragraph "Measured after round 99", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 135, 136 and 137, printed with one ast
script (/tmp/s140scratch/readdoc.py, reading /work/main/tests; see Slips and notes (2)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s140scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and ``FIXTURES``, printed as its dict value. The English
fixture file itself was not opened. The import lines and the line binding the three tests follow set 138's as printed,
with 138 -> 140; /tmp/s140scratch/gen140.py writes this file from scratch files (lines140.txt, keep140.txt,
pages140.txt, doc_first.txt, doc_rest.txt and, after the measurement, tables140.py). Nothing else was copied from any
file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s140, detached at commit
3d2b0a36350ec1120abf779200b28974b76b5033, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
3d2b0a36350ec1120abf779200b28974b76b5033, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) readdoc.py read the files in
/work/main/tests (at the same commit as the frozen worktree); its first run printed to the terminal, whose output the
tool cut in the middle (lines 132 to 384: the end of set 138's Slips and notes, its Judgement calls, Contents and
Baseline, its imports and tail and the first paragraphs of sets 135 and 136 up to set 136's French marker); its second
run went to /tmp/s140scratch/peek.out, of which I paged lines 125 to 384 with ``sed``, in two calls (the rest of those
allowed parts); nothing outside the allowed parts was printed. (3) helpers.py imported test_clean, which loads the
cleaner's modules, but nothing was cleaned and no source under src/ was printed; the helpers printed are only the checks
this file calls. The machine's python had the project's dependencies; every run used it. (4) Before the measurement
/tmp/s140scratch/check140.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, counted the held-out
lines by category, language and place and the keep lines by language and place, and printed each page's counts of
article and noise lines and blocks (10, 20 and 12 on every page). Its first run found one case: the German portal's ad
label "Anzeige" inside the German held-out comment line, then "4 Antworten anzeigen"; that line became "Alle Antworten
einblenden (4)" and the second run found nothing. While drafting I kept every masthead out of its own photo credit and
copyright line ("Photo: Courier archive", "© 2026 Hobbleford Community Newspapers Ltd.", "Photo Le Carillon / A. C.",
"Fot. Redakcja", "© 2026 Wydawnictwo Kurier Sp. z o.o."), kept the ad labels "Pubblicità" and "Reklama" out of the
Italian and Polish legal-links rows, gave the Russian portal the marked ad label "Реклама · erid: 2VfnxwxYz7R" because
the Russian keep line opens with "Реклама", and did not repeat the blog names in their platform credits. gen140.py
reports lines over 120 characters and at-signs in the written file (none). (5) Invented names were checked with the
exact-string search over public GitHub files: Hobbleford, Crumbleknap, Wallasham, Gorseworthy, Hearting and Coping,
Sonnevaux, Cloquemin, Bourdonnel, La Mèche Trempée, Knetzbrunn, Semmelrath, Brezelmayer, Drusenjäger, Vallunghera,
Cianobatti, Pescalunga, Baracca di Zeffirino, Przewłoczyn, Podmostny, Wozowska, Stroik i Kanalik, Дубровежск,
Токоприёмов, Троллейникова, Клеточка по вертикали, Quillersby, Fadgewick, Schwerbrecht, Щебетовкина, Agenzia Ventolino
and Wexcombe Press had no hits. Dropped: Throughstone (an identifier and a table column; the walling blog became
Hearting and Coping), Brassolet (inside a street name Brassolette; the foundry became Bourdonnel), Tintabelle (inside
identifiers such as nichtInTabelle; not used), Vallorsa (inside a place Vallorsaia; the Italian town became
Vallunghera), Algarotti (a real surname; the mayor became Benedetta Cianobatti), Зарядкин (a surname in a data file; the
depot director became Аристарх Токоприёмов), Ogglebury (inside toggleBury; the English held-out byline became Hortense
Quillersby), Marrowdale (a place in several data files; the second English byline became Crispin Fadgewick), Hollowbeck
(a place in data files; the English reporter became Tamsin Gorseworthy) and Проводникова (inside the word
полупроводниковая; the Russian reporter became Ульяна Троллейникова). Not checked: first names and commenters' handles
(Peregrine, Tamsin, Ambrose, Aurélien, Mathilde, Solange, Friedhelm, Ludger, Wolfram, Ernesto, Benedetta, Zeffirino,
Klementyna, Gerwazy, Zbyszek, Ульяна, Аристарх, Фёдор, Hortense, Crispin, Gundula, Евлампия, MillLaneMargaret,
Rambler_Kev, DalesDryStone, Wendy_on_the_fell, Papy_Fondeur, Cloche_de_bois, Mireille_abeilles, Lucie_R, Brötchentaste,
Mehlstaub_Mia, Steinbeisser, Quarzkatze, Barcaiolo_61, Mamma_Ilaria, Teatrino_Ada, Pulcinella_76, Kierowca_PKS,
Sąsiadka_z_Młyńskiej, Bluesman_z_Łodzi, Harmonijkarka, Пассажир_с_семёрки, Тамара_Ивановна, Эрудит_54,
Галочка_в_клетке), names built on checked names (The Hobbleford Courier, Hobbleford Community Newspapers Ltd, Le
Carillon de Sonnevaux, Knetzbrunner Tagblatt, Knetzbrunner Verlagsgesellschaft, Il Gazzettino di Vallunghera, Editrice
Vallunghera, Kurier Przewłoczyński, Дубровежские ведомости) and ordinary place words (Mill Lane, the route de Chaumes,
the Molo, Salici and Punta beaches, Nowy Dwór, ulica Młyńska, улица Заречная). There are no e-mail addresses and no
at-signs. (6) Real things named, as real pages do: Vimeo, Instagram, Bandcamp, uMap and OpenStreetMap, the ARD
Mediathek, Spreaker, VK, Substack's footer, Astro, Netlify, WordPress, OVHcloud and its Roubaix address, Jimdo, WebWave,
Tipeee, Etsy, buycoffee.to, Drupal's and Blogger's comment wordings, Yandex ID, Facebook, X, XING, Wykop, Messenger,
Dzen, Pinterest, LiveJournal, WhatsApp, Telegram, Odnoklassniki, Mastodon, WordPress.com, the Astra, Twenty
Twenty-Three, Kadence and Neve themes, Litres: Samizdat, the Ozhegov dictionary, PKS and the Russian erid ad marking.
(7) The two measuring commands ran as the brief gave them, in one shell call after ``date`` and the last check, their
output sent to /tmp/s140scratch/measure.out and report.out and the report and the pytest tail printed (15 failed, 62
passed); the problems were then printed with ``_problems`` in the frozen worktree by /tmp/s140scratch/problems.py
(output problems.out), which imports the copy of this file in /tmp/wt-s140/tests with /tmp/wt-s140/src on the path; it
ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (7, 0 and 8, as in
the measurement). The xfail tables were written in /tmp/s140scratch/tables140.py from my own descriptions of those lines
and pages (the quoted page lines are pulled from pages140.txt by their openings), and verify140.py checked that the
failing lines are exactly the keys of ``_LINE_XFAIL``, that the failing pages are exactly the keys of ``_PAGE_XFAIL``,
that every page noise line left and every article line lost is quoted in its page's reason and that each reason gives
its count of noise lines left. (8) My first clock reading was 2026-12-05 17:12:45 UTC; the measurement ran at 17:17:19
UTC by the machine's clock. (9) With the tables filled, the pytest command ran on the final file in /tmp/wt-s140: 62
passed, 15 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comment cards left at the library", "Shares in the bakery
cooperative", "Following complaints about the smell", "Subscriptions to the swimming club", "Copyright in the old town
photographs", "Advertising hoardings along the bypass", "Reading glasses and large-print timetables", "Partager la salle
des fêtes", "Les commentaires des habitants", "Abonnés depuis trente ans", "Kommentare von Anwohnern", "Geteilt wird die
Rechnung", "Werbung für das Sommerfest", "Condivisa da tutti i gruppi consiliari", "Iscriversi al corso", "Tutti i
diritti sulle fotografie", "Obserwując poziom wody", "Prawa autorskie do projektu kolejki", "Подписаться под обращением"
and "Реклама на остановках" are article sentences: each reports what a council, a clerk, a mayor, a club, a museum,
residents, anglers, a company or a town hall decided, did, paid or promised, with the noise-like word as an ordinary
noun, verb, gerund or participle of the sentence (the Italian "Tutti i diritti" is the subject of a sentence about a
donated archive, not a rights-reserved footer). Categories: the Vimeo, Instagram, Bandcamp, uMap, ARD Mediathek,
Spreaker and VK lines are markers (embeds that failed, were blocked or were withdrawn); the time-to-read, estimated,
number-first and you-will-read-it-in headers are reading times, and the fair-warning line is a reading time given as
twenty-five minutes; the report-and-photographs, town-correspondent, Redaktionsmitglied and material-prepared-by lines
are bylines at the head, and the harmonica-repairs, Tipeee, Etsy and buycoffee.to lines are bylines (self-promotion) at
the foot; the Substack, Astro and Netlify, Wexcombe Press, OVHcloud, Jimdo, P.IVA, WebWave and 16+ lines are footers
(the publisher line and the Italian VAT line are the legal lines of a site's foot, not notices about one story); the
log-in prompts, the removed-by-the-author stub, the subscribers-only prompt, the show-replies and whole-discussion links
and the comments-switched-off note are comment furniture; the German, Polish and Russian rows are share rows; the
English correction and the French AI-tool note are notices in the body (both speak of the story they sit in), and the
Italian made-with-the-chamber-of-commerce note is a notice at the foot. On every page the title, the three paragraphs
before the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are
article; everything else (mastheads, edition-date lines, section menus, blog names, taglines and menus, category lines,
bylines, dates and posted-by lines, reading times, share rows, photo captions and credits, tables of contents, read-also
and related-post links, ad labels, newsletter, WhatsApp-channel, Telegram, subscribe and follow prompts, shop, courses,
commissions and book plugs, tags and topics lines, comment counts and headings, comments and replies, legal-links rows,
copyright lines and platform credits) is noise. The list rows (the ropeway's next steps, the foundry's programme, the
trial day's arrangements, the beach advice, the bridge's changes, the depot's plans, the blogs' tools and materials) are
short, some without a verb, but part of each article, so article; the portals' ad labels ("ADVERTISEMENT", "Publicité",
"Anzeige", "Pubblicità", "Reklama", "Реклама · erid: 2VfnxwxYz7R") and the blogs' table-of-contents headings ("In this
post", "Sommaire", "Inhalt", "Indice", "Spis treści", "Содержание") are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in German, Polish and Russian and notice in English, French and Italian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-hobbleford-ropeway (a ropeway to the Crumbleknap hill fort approved after four years),
en-blog-heartingandcoping-sheep-creep (rebuilding a collapsed field wall with a sheep creep),
fr-portail-sonnevaux-fonderie (a bell foundry opens a casting to the public), fr-blog-lamechetrempee-cire-abeille (first
dipped beeswax candles), de-portal-knetzbrunn-baeckerinnung (the bakers' guild offers trial days to find apprentices),
de-blog-drusenjaeger-achatknollen (agate nodules picked from a ploughed field), it-portale-vallunghera-alghe (an algae
bloom closes three lake beaches), it-blog-baraccadizeffirino-cartapesta (papier-mâché puppet heads for a school carnival
show), pl-portal-przewloczyn-most (a 7.5-tonne limit on the old mill bridge sends buses on a detour),
pl-blog-stroikikanalik-harmonijka (replacing a cracked reed in an old diatonic harmonica),
ru-portal-dubrovezhsk-elektrobusy (the bus depot goes electric by 2028) and ru-blog-kletochkapovertikali-krossvord (a
first themed crossword for the district paper), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 3d2b0a36350ec1120abf779200b28974b76b5033, measured with ``cd /tmp/wt-s140 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s140/src python -m pytest -q tests/test_clean_held_out_140.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s140 && PYTHONPATH=/tmp/wt-s140/src python
scripts/clean_held_out_report.py --sets 140``, with the xfail tables empty): noise lines removed 38/45 (marker 5/8,
reading-time 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 7 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: three markers (the German ARD Mediathek geo-block placeholder, the Italian Spreaker
podcast placeholder and the Polish Vimeo cookie-consent placeholder), one reading time (the English fair-warning line of
twenty-five minutes), two bylines (the English report-and-photographs byline at the head and the English
harmonica-repairs plug at the foot) and the Italian chamber-of-commerce notice at the foot); keep lines kept 20/20;
pages 4/12 clean (the English, French, Polish and Russian portals), 38 of 240 page noise lines left and 1 of 120 article
lines lost. Lost: the Italian portal's second last paragraph (the line at the top of its block, right before the topics
line), the only problem of that page. Left on the pages: 7 on the English walling blog (the photo caption, the courses
plug, the follow prompt and four comment lines), 5 on the French candle blog (the photo caption and four comment lines),
4 on the German portal (the topics line and three comment lines), 7 on the German mineral blog (the three-line table of
contents, the photo caption, the related-post link, the mineral-fair plug and the Instagram follow prompt), 4 on the
Italian puppet blog (the three-line table of contents and the photo caption), 6 on the Polish harmonica blog (the photo
caption, the repairs plug and four comment lines) and 5 on the Russian crossword blog (the three-line table of contents,
the photo caption and the book plug), nothing on the other portals, as ``_PAGE_XFAIL`` describes. The failing cases are
strict xfails.

Measured after round 100 (developed on sets 137 and 138 beside this set's writing from the same base, 3d2b0a3, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 140` and the
problems of every case before and after): lines 38 -> 38 of 45, 20 of 20 kept, pages clean 4 -> 5 of 12, page noise
lines 38 -> 22 of 240, article lines lost 1 -> 1 (the Italian portal's second last paragraph): round 100's one-line
comment threads took the comment lines of the English, French and Polish blogs and the German portal (whose topics line
went too). With the lead's mend after round 100, as merged: the same. Xfail removed: de-portal-knetzbrunn-baeckerinnung;
reasons reworded: en-blog-heartingandcoping-sheep-creep, fr-blog-lamechetrempee-cire-abeille,
pl-blog-stroikikanalik-harmonijka.

Round 101 (development; this set was read in full from this round on): developed on sets 139 and 140 together. Fixed:
(1) the lost lines: noise_patterns.FIRST_PERSON no longer reads a capital "I" before a word of four letters or more
ending in "i" as the English pronoun (the Italian plural article, "I gestori dei lidi chiusi ...": set 140's
it-portale-vallunghera-alghe lost that paragraph beside its topics line, page_blocks._article_among_furniture reading it
as a widget's first person), and clean.is_sales_notice leaves a subscribers' sentence that says who told it (_REPORTED,
_ATTRIBUTION_TAIL: set 139's keep line "Abbonati al servizio di allerta via SMS ..., spiega il Comune."); (2) tables of
contents: clean._mark_tables_of_contents takes a bare contents word over dotted entries that close the block of the
post's first paragraph, a blog's page above and a paragraph in the next block (_toc_under_first_paragraph,
_toc_block_closes, _blog_page_above factored out of round 95's test; set 140's "Inhalt", "Indice", "Содержание"), and a
paragraph ending with a colon now opens the body for round 74's test (its numbered steps stay); (3) widened rules:
whole_line_noise._EMBED_PLATFORM (Arte.tv) and _EMBED_SCREEN_STATE (no longer available to stream on this site, a
private video, a network's post unavailable opening the line, not to be read on this site, external media to switch on,
only available in one country, "non è al momento disponibile" with an Italian article and a podcast, "nie został
załadowany"), the shop plug rules (back in stock, "продаются", Wildberries, Ozon and Литрес in _SHOP_PLATFORM, the
Литрес shop in its quotes, a quoted page name after the dash, the writer's fair or stall), a new branch of the blogger's
self-promotion for a service, repairs or course days with their rates, prices or booking on a capitalised page of the
blog after a dash, the subscription by e-mail or RSS (round 70's new-posts pattern), a follow with "for" what the reader
gets (round 66's purpose clause), the site as a free chat channel (round 72), "Passend dazu" among the related-links
headers, clean._EDITED_NOTE (the interview read back by the interviewee under the editors' label), clean._TO_CORRECT
(the page changed to correct a fact of its own, wherever it stands), clean._PAGE_NOUN_FIRST and _MADE ("Articolo
realizzato in collaborazione con ..."), the long-read warning with its bookmark (_MINUTES_NUMBER to forty-five,
_LONG_ONE_WARNING shared by _READING_SENTENCE and is_reading_time's length check) and the report credited with the
photographs (clean._CREDIT). Photo captions with no credit, prompt or label were left, as the brief asked. Tests:
test_round_101_* in tests/test_clean.py (six languages and near misses for every rule). Other sets' xfails removed
(lines now removed): 117 (a Polish Google Maps placeholder), 123 (a kayak-days plug, a Polish Google Maps placeholder),
133 (a French correction note), 134 (a capsize-lessons plug), 138 (a Russian Ozon plug); reason reworded: 133's
pl-blog-staryrowernastrychu-jubilat (its Allegro plug now goes). All sets before -> after
(scripts/clean_held_out_report.py): noise lines removed 5476 -> 5498 of 5971, keep lines kept 2646 -> 2647 of 2647,
pages clean 981 -> 983 of 1558, page noise lines left 1328 -> 1307 of 32880, article paragraphs lost 3 -> 2; no set's
keep lines fell and no set lost a paragraph more. SemEval (scripts/semeval_noise_diff.py): 0 changed files of 3723.
Bench ratio (benchmarks/bench_clean.py against d7ad36f): 1.08 (cpu best 2.038 s against 1.896 s for 200 articles).
Cleaning test set (tests/test_clean.py, the held-out sets, site batches, site lines, noise trace, clean pages): 18529
passed, 1101 xfailed after the first commit, 18628 passed, 1078 xfailed after the second. This set before -> after:
noise lines 38 -> 45 of 45 (marker 5 -> 8 of 8, reading-time 6 -> 7 of 7, byline 6 -> 8 of 8, notice 2 -> 3 of 3; footer
8, comments 8 and share 3 were all removed already), keep lines 20 -> 20 of 20, pages clean 5 -> 6 of 12, page noise
lines left 22 -> 6 of 240, article lines lost 1 -> 0. Xfails removed: every line of _LINE_XFAIL, the page
it-portale-vallunghera-alghe (its last paragraph stays); reasons reworded: en-blog-heartingandcoping-sheep-creep (its
courses plug and follow prompt go), de-blog-drusenjaeger-achatknollen (its table of contents, related-post link,
mineral-fair plug and Instagram follow prompt go), it-blog-baraccadizeffirino-cartapesta (its table of contents goes),
pl-blog-stroikikanalik-harmonijka (its repairs plug goes), ru-blog-kletochkapovertikali-krossvord (its table of contents
and book plug go). Still missed: the six blogs' photo captions at the top of the second paragraph's block.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_140_LINES: list[tuple[str, str, str]] = [
    ('body', 'Vimeo: Because of its privacy settings, this video cannot be played here.', 'marker'),
    ('body', 'This Instagram reel could not be loaded. View this post on Instagram', 'marker'),
    ('body', 'The Bandcamp player failed to load. Listen to the album on bandcamp.com instead.', 'marker'),
    (
        'body',
        "La carte uMap ne peut pas s'afficher : activez JavaScript ou ouvrez-la sur umap.openstreetmap.fr.",
        'marker',
    ),
    ('body', 'Dieses Video der ARD Mediathek ist aus rechtlichen Gründen nur in Deutschland abrufbar.', 'marker'),
    ('body', "Il podcast di Spreaker non è al momento disponibile. Ascolta l'episodio su Spreaker.", 'marker'),
    ('body', 'Odtwarzacz Vimeo nie został załadowany – zaakceptuj pliki cookie, aby obejrzeć nagranie.', 'marker'),
    ('body', 'Видео VK недоступно: автор ограничил доступ к этой записи.', 'marker'),
    ('head', 'Time to read: 7 mins', 'reading-time'),
    (
        'head',
        "Fair warning: it's a long one, about a twenty-five minute read, so bookmark it for later.",
        'reading-time',
    ),
    ('head', 'Temps de lecture estimé : 7 minutes', 'reading-time'),
    ('head', '7 Minuten Lesezeit', 'reading-time'),
    ('head', 'Tempo di lettura stimato: 7 minuti', 'reading-time'),
    ('head', 'Szacowany czas czytania: 7 minut', 'reading-time'),
    ('head', 'Прочтёте за 7 минут', 'reading-time'),
    ('head', 'Report and photographs by Hortense Quillersby', 'byline'),
    ('head', 'By our town correspondent, Crispin Fadgewick', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Gundula Schwerbrecht', 'byline'),
    ('head', 'Материал подготовила Евлампия Щебетовкина', 'byline'),
    ('tail', 'Need a harmonica fixed? I take on repairs by post – the price list is on the Services page.', 'byline'),
    ('tail', "Vous pouvez soutenir ce blog sur Tipeee : chaque contribution m'aide à acheter de la cire.", 'byline'),
    ('tail', 'Alcuni dei miei burattini sono in vendita nel mio negozio Etsy, link in fondo alla pagina.', 'byline'),
    ('tail', 'Podoba Ci się blog? Postaw mi kawę na buycoffee.to – dziękuję!', 'byline'),
    ('tail', 'Privacy · Terms · Collection notice · Start writing · Get the app', 'footer'),
    ('tail', 'Built with Astro · Deployed on Netlify · RSS', 'footer'),
    (
        'tail',
        'Published by Wexcombe Press CIC, a community interest company registered in England and Wales, no. 00000000.',
        'footer',
    ),
    ('tail', 'Site édité avec WordPress · Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Impressum · Datenschutz · Cookie-Richtlinie · Anmelden', 'footer'),
    ('tail', 'P.IVA 00000000000 · Tutti i diritti riservati · Realizzazione siti web: Agenzia Ventolino', 'footer'),
    ('tail', 'Strona stworzona w kreatorze WebWave · Polityka prywatności', 'footer'),
    ('tail', '16+ · При полном или частичном использовании материалов ссылка на сайт обязательна', 'footer'),
    ('tail', 'Log in or register to post comments', 'comments'),
    ('tail', 'This comment has been removed by the author.', 'comments'),
    ('tail', 'Commenting is only available to subscribers. Already a subscriber? Log in', 'comments'),
    ('tail', 'Connectez-vous pour réagir à cet article', 'comments'),
    ('tail', 'Alle Antworten einblenden (4)', 'comments'),
    ('tail', 'Visualizza la discussione completa (8 commenti)', 'comments'),
    ('tail', 'Komentarze zostały wyłączone przez autora wpisu.', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID', 'comments'),
    ('tail', 'Artikel teilen: Facebook · X · XING · E-Mail', 'share'),
    ('tail', 'Udostępnij na: Facebook · Wykop · Messenger', 'share'),
    ('tail', 'Поделиться в соцсетях: ВКонтакте · Дзен · Pinterest · LiveJournal', 'share'),
    ('body', 'Correction: an earlier version of this story gave the wrong date for the public meeting.', 'notice'),
    (
        'body',
        "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la rédaction.",
        'notice',
    ),
    ('tail', 'Articolo realizzato in collaborazione con la Camera di Commercio provinciale.', 'notice'),
]

HELD_OUT_140_KEEP: list[tuple[str, str]] = [
    ('head', 'Comment cards left at the library will be read out at the next council meeting, the clerk said.'),
    ('head', 'Shares in the bakery cooperative were offered to residents at ten pounds each last spring.'),
    ('head', 'Following complaints about the smell, the water authority tested the reservoir twice in August.'),
    ('body', 'Subscriptions to the swimming club rose by a third once the heated pool reopened in May.'),
    ('body', 'Copyright in the old town photographs passed to the museum when the studio closed in 1987.'),
    ('tail', 'Advertising hoardings along the bypass will be taken down after the council refused to renew the lease.'),
    ('tail', 'Reading glasses and large-print timetables will be handed out free at the bus station from Monday.'),
    ('head', "Partager la salle des fêtes entre les deux associations n'a pas été simple, reconnaît le maire."),
    ('body', 'Les commentaires des habitants recueillis en mairie seront annexés au rapport du commissaire enquêteur.'),
    ('tail', 'Abonnés depuis trente ans au bulletin municipal, les époux Garnier ont reçu la médaille de la ville.'),
    (
        'head',
        'Kommentare von Anwohnern sollen in die Planung der neuen Haltestelle einfließen, sagte der Bürgermeister.',
    ),
    ('body', 'Geteilt wird die Rechnung zwischen der Stadt und dem Landkreis, jeweils zur Hälfte.'),
    ('tail', 'Werbung für das Sommerfest machten die Schüler mit selbst gemalten Plakaten in der ganzen Altstadt.'),
    ('head', "Condivisa da tutti i gruppi consiliari, la mozione sul ponte è passata all'unanimità."),
    (
        'tail',
        "Iscriversi al corso costa trenta euro, e il ricavato andrà alla biblioteca comunale, ha spiegato l'assessora.",
    ),
    (
        'tail',
        "Tutti i diritti sulle fotografie dell'archivio storico appartengono ora al Comune, dopo la donazione"
        ' della famiglia.',
    ),
    ('body', 'Obserwując poziom wody w jeziorze, wędkarze jako pierwsi zauważyli zakwit sinic.'),
    (
        'tail',
        'Prawa autorskie do projektu kolejki należą do miejskiej spółki, która kupiła go od pracowni architektów.',
    ),
    ('head', 'Подписаться под обращением к губернатору успели больше двух тысяч жителей.'),
    ('tail', 'Реклама на остановках будет убрана до конца месяца, пообещали в мэрии.'),
]

HELD_OUT_140_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobbleford-ropeway', [
        [
            '-The Hobbleford Courier',
            "-Saturday 5 December 2026 · Today's edition",
            "-Home | News | Sport | What's On | Property | Jobs | Notices",
        ],
        [
            '+Ropeway to Crumbleknap hill fort approved after four-year wait',
            '-4 min read',
        ],
        [
            '-Tamsin Gorseworthy, Chief Reporter',
            '-Published 4 December 2026, 18:42 · Updated 21:05',
            '-Share on Facebook | Share on X | Email this story',
        ],
        [
            '+Visitors will be able to ride a cable car to the top of Crumbleknap Hill from the summer of 2028'
            ' after the district planning committee approved the ropeway by seven votes to two on Thursday'
            ' evening.',
            '-The lower station will stand beside the old quarry car park on Mill Lane.',
            '-Photo: Courier archive',
        ],
        [
            '+The twelve-seat cabins will climb 180 metres in under five minutes, sparing the steep footpath that'
            " has been badly eroded by walkers since the fort's ramparts were cleared of gorse.",
            '-Read more: Crumbleknap footpath closed after winter storm damage',
            '+"For the first time, people who cannot manage the climb will stand inside the Iron Age ramparts and'
            ' see three counties," said councillor Peregrine Wallasham, who chairs the hill fort trust.',
        ],
        ['+What happens next'],
        [
            '+Ground surveys at both stations begin in March.',
            '+The trust must raise the last £400,000 by the end of 2027.',
            '+Cabins will run from Easter to October, weather permitting.',
            "-Get the Courier's morning briefing in your inbox – sign up free",
        ],
        [
            '+Objectors, mostly residents of Mill Lane, had warned of traffic on market days, and the committee'
            ' attached a condition limiting coach parking at the lower station to six vehicles.',
        ],
        ['-ADVERTISEMENT'],
        [
            '+The trust says fares will be set next year, with free rides for schools in the district.',
            '-Topics: Crumbleknap Hill · Planning · Tourism',
        ],
        [
            '-7 comments',
            '-MillLaneMargaret · 2 hours ago · Six coaches is six too many on a market day.',
            "-Rambler_Kev · 1 hour ago · Great news for my dad, he hasn't been up there since his hip went.",
            "-↳ MillLaneMargaret · 45 minutes ago · I'm glad for him, honestly, I just want the parking sorted first.",
            '-↳↳ Rambler_Kev · 30 minutes ago · Fair enough, the condition should help with that.',
        ],
        [
            '-Contact us | Advertise with us | Terms | Privacy notice | Cookie settings',
            '-© 2026 Hobbleford Community Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-heartingandcoping-sheep-creep', [
        ['-Hearting and Coping'],
        [
            '-Notes from a weekend dry-stone waller',
            "-Home · Walls I've Built · Courses · About · Contact",
        ],
        [
            '-Filed under: Field walls',
            '+Rebuilding a sheep creep in a collapsed field wall',
        ],
        [
            '-Posted on 14 September 2026 by Ambrose',
            '-Reading time: 6 minutes',
        ],
        [
            '+A gap of about four metres had opened in the wall below the barn after the spring thaw, and the'
            ' farmer asked whether I could rebuild it with a sheep creep for the lambs.',
            '-In this post',
            '-1. Stripping out the gap',
            '-2. Setting the lintel',
        ],
        [
            '-The collapsed stretch, with the old lintel stone still lying in the nettles.',
            '+Stripping out took a whole Saturday, sorting every stone into throughs, face stones, hearting and'
            ' copes along both sides of the gap.',
            '+"Build it so a ewe can\'t push through and a lamb can\'t resist," the farmer told me, which turned'
            ' out to be a fair description of the job.',
        ],
        [
            '+What I used',
            '+A batter frame and two lines',
            '+A lump hammer and a walling hammer',
            '+One long lintel stone for the creep',
        ],
        [
            '-You might also like: Walling in the rain, and why I stopped',
            "-My one-day beginners' walling days run from April to October – book through the Courses page.",
        ],
        [
            '+The creep itself is only forty centimetres high, topped with the old lintel, and the wall either'
            ' side is battered in so the lintel sits on solid throughs.',
            '-Follow along: new posts every other Sunday, subscribe by RSS.',
            '+By the end of the second weekend the gap was closed, the copes were on and the first lamb had'
            ' already found its way through.',
        ],
        ['-Share this: Facebook · Pinterest · WhatsApp'],
        [
            '-4 thoughts on "Rebuilding a sheep creep"',
            '-DalesDryStone · 16 September 2026 at 8:02 pm · Lovely tight hearting. Did you reuse the old copes?',
            '-↳ Ambrose · 17 September 2026 at 7:15 am · Thanks! Most of them, plus a few from the field'
            ' clearance pile.',
            '-↳↳ DalesDryStone · 17 September 2026 at 9:40 am · Good man, they weather in faster that way.',
            '-Wendy_on_the_fell · 20 September 2026 at 5:31 pm · Our creep has a wooden door, is that cheating?',
        ],
        ['-Proudly powered by WordPress · Theme: Twenty Twenty-Three'],
    ]),
    _page('fr', 'fr-portail-sonnevaux-fonderie', [
        [
            '-Le Carillon de Sonnevaux',
            '-Samedi 5 décembre 2026 · Saint Gérald',
            '-Actualité | Sports | Loisirs | Nécrologie | Petites annonces',
        ],
        [
            '+La fonderie de cloches ouvre ses portes pour une coulée publique',
            '-Lecture 3 min',
        ],
        [
            '-Par Aurélien Cloquemin',
            '-Publié le 4 décembre 2026 à 17 h 20',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Pour la première fois depuis sa création en 1868, la fonderie Bourdonnel invitera le public à'
            " assister à la coulée d'une cloche, le samedi 12 décembre, dans ses ateliers de la route de Chaumes.",
            '-La fosse de coulée, où sera enterré le moule de la future cloche.',
            '-Photo Le Carillon / A. C.',
        ],
        [
            "+La cloche, de 420 kilos, est destinée à l'église d'un village voisin dont l'ancienne cloche s'était"
            " fêlée pendant la tempête de l'hiver dernier.",
            '-À lire aussi : Les cloches de la cathédrale retrouvent leur voix',
            "+« Une coulée ne se répète pas, c'est pourquoi nous voulions que les habitants la voient une fois"
            " dans leur vie », explique Mathilde Bourdonnel, qui dirige l'entreprise familiale.",
        ],
        ['+Le programme de la journée'],
        [
            '+Visite des ateliers à partir de 9 heures.',
            '+Coulée de la cloche vers 14 heures.',
            "+Démonstration d'accordage en fin d'après-midi.",
            "-Recevez notre lettre d'information chaque vendredi : inscription gratuite",
        ],
        [
            '+Les places autour de la fosse étant limitées à soixante personnes, la mairie a mis en place une'
            ' inscription en ligne, et un écran retransmettra la coulée dans la cour.',
        ],
        ['-Publicité'],
        [
            '+La cloche sera bénie au printemps, une fois refroidie, polie et accordée.',
            '-Mots-clés : Patrimoine · Artisanat · Sonnevaux',
        ],
        [
            '-5 commentaires',
            "-Papy_Fondeur · il y a 3 h · J'y ai travaillé vingt ans, allez-y, c'est magique.",
            '-Cloche_de_bois · il y a 2 h · Et pour ceux qui travaillent le samedi ?',
            "-↳ Papy_Fondeur · il y a 1 h · L'écran dans la cour, et des photos ici après, j'imagine.",
            '-↳↳ Cloche_de_bois · il y a 40 min · Merci, je passerai voir les photos alors.',
        ],
        [
            '-Mentions légales · Politique de confidentialité · Gérer les cookies · Nous contacter',
            "-© 2026 Société d'édition du Carillon – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-lamechetrempee-cire-abeille', [
        ['-La Mèche Trempée'],
        [
            '-Bougies, cire et patience',
            '-Accueil · Tutos · Matériel · À propos · Contact',
        ],
        [
            '-Catégorie : Tutoriels',
            "+Mes premières bougies trempées à la cire d'abeille",
        ],
        [
            '-Publié le 8 novembre 2026 par Solange',
            '-Temps de lecture : 5 minutes',
        ],
        [
            "+Cela faisait des mois que je gardais deux kilos de cire d'abeille d'un apiculteur du marché, et le"
            " premier dimanche froid m'a enfin décidée à essayer les bougies trempées.",
            '-Sommaire',
            '-1. Préparer le bain de cire',
            '-2. Le rythme des trempages',
        ],
        [
            '-Mes deux paires de bougies après le dixième trempage.',
            '+Il faut un pot haut et étroit, plus haut que la bougie voulue, posé au bain-marie, et une cire'
            ' maintenue autour de 70 degrés.',
            "+« Trempe, compte jusqu'à trois, laisse refroidir, recommence », m'avait dit la dame de l'atelier,"
            " et c'est vraiment tout le secret.",
        ],
        [
            "+Ce qu'il vous faut",
            '+Une mèche en coton tressé',
            '+Un pot haut au bain-marie',
            '+Un thermomètre de cuisine',
        ],
        [
            '-À lire aussi : Recycler les fonds de bougies',
            '-Mes bougies sont en vente sur ma boutique Etsy, expédition sous trois jours.',
        ],
        [
            '+Au bout de vingt-cinq trempages, mes bougies faisaient deux centimètres de diamètre, un peu'
            ' bosselées mais très régulières à la flamme.',
            '-Abonnez-vous pour recevoir les prochains tutos par e-mail',
            "+La prochaine fois, j'essaierai d'ajouter un peu de cire colorée pour les dernières couches.",
        ],
        ['-Partager : Facebook · Pinterest · WhatsApp'],
        [
            '-3 réponses à « Mes premières bougies trempées »',
            '-Mireille_abeilles · 10 novembre 2026 à 18 h 05 · Elles sont magnifiques ! Tu les as laissées sécher'
            ' combien de temps ?',
            '-↳ Solange · 11 novembre 2026 à 9 h 30 · Merci Mireille, une nuit suspendues à un cintre.',
            '-↳↳ Mireille_abeilles · 11 novembre 2026 à 12 h 12 · Bonne idée le cintre, je note !',
            "-Lucie_R · 14 novembre 2026 à 21 h 47 · La mienne a coulé d'un côté, trop chaude je pense.",
        ],
        ['-Blog propulsé par WordPress · Thème Astra'],
    ]),
    _page('de', 'de-portal-knetzbrunn-baeckerinnung', [
        [
            '-Knetzbrunner Tagblatt',
            '-Samstag, 5. Dezember 2026 · E-Paper',
            '-Lokales | Region | Sport | Kultur | Service',
        ],
        [
            '+Bäckerinnung wirbt mit Probetagen um Auszubildende',
            '-Lesezeit 3 Min.',
        ],
        [
            '-Von Friedhelm Brezelmayer',
            '-04.12.2026, 16:35 Uhr',
            '-Teilen: WhatsApp | Facebook | E-Mail',
        ],
        [
            '+Die Bäckerinnung des Landkreises lädt Schülerinnen und Schüler ab der achten Klasse im Januar zu'
            ' Probetagen in zwölf Backstuben ein, weil im Herbst nur vier Ausbildungsplätze besetzt werden'
            ' konnten.',
            '-Frühschicht in der Backstube: Um drei Uhr beginnt der Tag.',
            '-Foto: Innung',
        ],
        [
            '+Die Jugendlichen sollen einen Vormittag lang mitarbeiten, Teig abwiegen, Brezeln schlingen und am'
            ' Ende ihr eigenes Brot mit nach Hause nehmen.',
            '-Lesen Sie auch: Letzte Dorfbäckerei schließt nach 90 Jahren',
            '+„Wer einmal um sechs Uhr das erste eigene Brot aus dem Ofen geholt hat, weiß, warum wir diesen'
            ' Beruf lieben", sagt Obermeister Ludger Semmelrath.',
        ],
        ['+So läuft der Probetag'],
        [
            '+Anmeldung über die Schulen bis 15. Dezember.',
            '+Beginn um sieben Uhr statt um drei Uhr.',
            '+Arbeitskleidung stellt der Betrieb.',
            '-Der Newsletter für Knetzbrunn: Jeden Morgen das Wichtigste aus der Region – jetzt kostenlos abonnieren',
        ],
        [
            '+Die Innung hat zudem die Ausbildungsvergütung im ersten Jahr um 120 Euro angehoben und zahlt'
            ' Auszubildenden aus entfernten Dörfern einen Zuschuss zum Mofa-Führerschein.',
        ],
        ['-Anzeige'],
        [
            '+Semmelrath hofft, dass im kommenden Herbst wieder mindestens zehn junge Leute anfangen.',
            '-Themen: Ausbildung · Handwerk · Knetzbrunn',
        ],
        [
            '-4 Kommentare',
            '-Brötchentaste · vor 3 Stunden · Früher war Bäcker ein Traumberuf, schade drum.',
            '-Mehlstaub_Mia · vor 2 Stunden · Mein Sohn will hin, ist das auch für Neuntklässler?',
            '-↳ Brötchentaste · vor 1 Stunde · Ab der achten Klasse steht doch oben, also ja.',
            '-↳↳ Mehlstaub_Mia · vor 40 Minuten · Stimmt, überlesen, danke!',
        ],
        [
            '-Impressum | Datenschutz | AGB | Kontakt | Cookie-Einstellungen',
            '-© 2026 Knetzbrunner Verlagsgesellschaft mbH',
        ],
    ]),
    _page('de', 'de-blog-drusenjaeger-achatknollen', [
        ['-Drusenjäger'],
        [
            '-Ein Sammlerblog über Achate, Drusen und Fundstellen',
            '-Start · Fundberichte · Sammlung · Über mich',
        ],
        [
            '-Kategorie: Fundberichte',
            '+Achatknollen aus dem Acker nach dem Pflügen',
        ],
        [
            '-Veröffentlicht am 25. Oktober 2026 von Wolfram',
            '-Lesezeit: etwa 5 Minuten',
        ],
        [
            '+Nach dem Herbstpflügen liegen auf den Äckern am Waldrand oft Knollen frei, und der Landwirt hatte'
            ' mir erlaubt, seine Felder an einem Sonntagmorgen abzusuchen.',
            '-Inhalt',
            '-1. Suchen nach dem Regen',
            '-2. Sägen und Polieren',
        ],
        [
            '-Die Ausbeute des Vormittags auf der Motorhaube.',
            '+Am besten sucht man nach einem Regen, wenn die Knollen dunkel glänzen und sich von den hellen'
            ' Kalksteinen abheben.',
            '+„Nimm nur, was du tragen kannst, und mach die Löcher wieder zu", hat mir der Landwirt mit auf den'
            ' Weg gegeben.',
        ],
        [
            '+Meine Ausrüstung',
            '+Ein kleiner Geologenhammer',
            '+Eine Lupe mit zehnfacher Vergrößerung',
            '+Zeitungspapier und Eierkartons',
        ],
        [
            '-Passend dazu: Drusen richtig reinigen ohne Säure',
            '-Doubletten aus meiner Sammlung tausche oder verkaufe ich auf der Mineralienbörse im März – einfach'
            ' am Stand vorbeikommen.',
        ],
        [
            '+Von den vierzehn Knollen, die ich zu Hause aufgesägt habe, waren drei innen hohl und mit kleinen'
            ' Quarzkristallen ausgekleidet.',
            '-Folge mir auf Instagram für die Fundstücke der Woche',
            '+Die schönste Hälfte liegt jetzt poliert in der Vitrine, die andere bekommt der Landwirt.',
        ],
        ['-Teilen mit: Facebook · Pinterest · Mastodon'],
        [
            '-3 Kommentare zu „Achatknollen aus dem Acker"',
            '-Steinbeisser · 27. Oktober 2026 um 19:12 · Toller Fund! Mit welcher Säge arbeitest du?',
            '-↳ Wolfram · 28. Oktober 2026 um 08:40 · Danke! Eine gebrauchte Fliesensäge mit Diamantblatt.',
            '-↳↳ Steinbeisser · 28. Oktober 2026 um 10:05 · Dachte ich mir, die hab ich auch.',
            '-Quarzkatze · 1. November 2026 um 16:20 · Darf man da einfach auf den Acker?',
        ],
        ['-Erstellt mit WordPress · Theme: Kadence'],
    ]),
    _page('it', 'it-portale-vallunghera-alghe', [
        [
            '-Il Gazzettino di Vallunghera',
            '-Sabato 8 agosto 2026 · Edizione digitale',
            '-Cronaca | Politica | Sport | Cultura | Annunci',
        ],
        [
            '+Alghe nel lago, la sindaca vieta la balneazione in tre spiagge',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '-di Ernesto Pescalunga',
            '-7 agosto 2026, ore 19:10',
            '-Condividi: Facebook · WhatsApp · Telegram',
        ],
        [
            '+Da domani è vietato fare il bagno nelle spiagge del Molo, dei Salici e della Punta, dove le analisi'
            " dell'Agenzia regionale hanno trovato una fioritura di alghe potenzialmente tossiche.",
            '-La schiuma verde lungo la riva della spiaggia dei Salici.',
            '-Foto di un lettore',
        ],
        [
            "+Le alghe, cianobatteri che si moltiplicano con il caldo e l'acqua ferma, possono causare"
            ' irritazioni alla pelle e disturbi intestinali, soprattutto nei bambini e negli animali.',
            '-Leggi anche: Pesca sportiva, nuove regole sul lago',
            '+«Non è il momento di rischiare: riapriremo le spiagge appena due analisi consecutive saranno'
            ' pulite», ha detto la sindaca Benedetta Cianobatti.',
        ],
        ['+Cosa fare'],
        [
            '+Non entrare in acqua nelle spiagge chiuse.',
            '+Tenere i cani lontani dalla riva.',
            '+Segnalare schiume o macchie al numero verde.',
            '-Iscriviti al canale WhatsApp del Gazzettino per le notizie del lago',
        ],
        [
            '+Le altre spiagge del lago restano aperte, e i prelievi proseguiranno ogni tre giorni fino alla fine'
            ' di settembre.',
        ],
        ['-Pubblicità'],
        [
            '+I gestori dei lidi chiusi chiedono alla Regione un indennizzo per le settimane perse.',
            '-Argomenti: Lago · Ambiente · Vallunghera',
        ],
        [
            '-6 commenti',
            '-Barcaiolo_61 · 5 ore fa · Succede ogni agosto da tre anni, qualcuno controlla gli scarichi?',
            "-Mamma_Ilaria · 3 ore fa · Meno male che l'avete scritto, domani volevamo andare ai Salici.",
            '-↳ Barcaiolo_61 · 2 ore fa · Andate alla spiaggia del Porto, lì è tutto a posto.',
            '-↳↳ Mamma_Ilaria · 1 ora fa · Grazie mille, faremo così.',
        ],
        [
            '-Chi siamo | Redazione | Contatti | Privacy | Cookie policy',
            '-© 2026 Editrice Vallunghera Srl. Riproduzione riservata.',
        ],
    ]),
    _page('it', 'it-blog-baraccadizeffirino-cartapesta', [
        ['-La Baracca di Zeffirino'],
        [
            '-Burattini, marionette e teatrini fatti a mano',
            '-Home · Laboratorio · Spettacoli · Chi sono · Contatti',
        ],
        [
            '-Categoria: Laboratorio',
            '+Una testa di burattino in cartapesta, passo dopo passo',
        ],
        [
            '-Pubblicato il 3 marzo 2026 da Zeffirino',
            '-Lettura: 6 minuti',
        ],
        [
            '+Per lo spettacolo di Carnevale della scuola di mia nipote mi servivano due burattini nuovi, e ho'
            ' deciso di fare le teste in cartapesta invece che in legno.',
            '-Indice',
            '-1. Il modello in plastilina',
            '-2. Gli strati di carta',
        ],
        [
            '-La testa del brigante con il primo strato di carta ancora umido.',
            '+Ho modellato le teste in plastilina su un tubo di cartone, poi le ho coperte con sei strati di'
            ' carta di giornale e colla di farina.',
            '+«Il naso fallo grande, che dal fondo della sala si deve vedere», mi ha raccomandato il maestro che'
            ' mi ha insegnato il mestiere.',
        ],
        [
            '+Il materiale',
            '+Plastilina e un tubo di cartone',
            '+Carta di giornale e colla di farina',
            '+Gesso e colori acrilici',
        ],
        [
            '-Potrebbe interessarti anche: Come cucire il guanto del burattino',
            '-Realizzo burattini su commissione per scuole e compagnie: scrivimi dalla pagina Contatti.',
        ],
        [
            '+Dopo tre giorni di asciugatura ho tagliato le teste a metà, tolto la plastilina e richiuso tutto'
            ' con altri due strati.',
            '-Seguimi su Instagram per vedere i lavori in corso',
            '+Il brigante e la principessa hanno debuttato sabato, e il naso, devo dire, si vedeva benissimo.',
        ],
        ['-Condividi: Facebook · WhatsApp · Pinterest'],
        [
            '-4 commenti',
            '-Teatrino_Ada · 5 marzo 2026 alle 18:22 · Bellissimi! Che colla usi per la cartapesta?',
            '-↳ Zeffirino · 6 marzo 2026 alle 9:10 · Grazie Ada, farina e acqua, con un cucchiaio di vinavil.',
            '-↳↳ Teatrino_Ada · 6 marzo 2026 alle 11:45 · Proverò, la mia si crepa sempre.',
            "-Pulcinella_76 · 9 marzo 2026 alle 20:03 · Il brigante ha un'aria familiare...",
        ],
        ['-Creato con WordPress · Tema Neve'],
    ]),
    _page('pl', 'pl-portal-przewloczyn-most', [
        [
            '-Kurier Przewłoczyński',
            '-Sobota, 5 grudnia 2026 · imieniny Kryspina',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi',
        ],
        [
            '+Most przy starym młynie tylko do 7,5 tony. Autobusy pojadą objazdem',
            '-Czas czytania: 3 min',
        ],
        [
            '-Autor: Klementyna Wozowska',
            '-4 grudnia 2026, 15:48',
            '-Udostępnij: Facebook · Messenger · X',
        ],
        [
            '+Od poniedziałku przez most przy starym młynie przejadą tylko pojazdy o masie do 7,5 tony, bo'
            ' ekspertyza wykazała pęknięcia w dwóch stalowych dźwigarach.',
            '-Znaki ograniczenia tonażu stanęły przy moście w czwartek.',
            '-Fot. Redakcja',
        ],
        [
            '+Ograniczenie dotyczy także autobusów linii podmiejskich, które przez co najmniej pół roku będą'
            ' jeździć objazdem przez Nowy Dwór, co wydłuży kurs o około dziesięć minut.',
            '-Czytaj też: Remont ulicy Młyńskiej przesunięty na wiosnę',
            '+„Nie możemy ryzykować, most ma prawie sto lat i od dawna pracował ponad siły” – mówi Gerwazy'
            ' Podmostny, inżynier miejski.',
        ],
        ['+Co się zmienia'],
        [
            '+Ciężarówki i autobusy jadą objazdem przez Nowy Dwór.',
            '+Przystanek przy młynie zostaje zawieszony.',
            '+Samochody osobowe przejeżdżają bez zmian.',
            '-Zapisz się na nasz newsletter i bądź na bieżąco z wiadomościami z regionu',
        ],
        [
            '+Miasto zamówiło projekt wzmocnienia dźwigarów, a prace mają ruszyć latem, jeśli uda się zdobyć'
            ' dofinansowanie z funduszu drogowego.',
        ],
        ['-Reklama'],
        [
            '+Straż pożarna zapewnia, że jej wozy dojadą do wsi za rzeką drugim mostem w ciągu kilku minut.',
            '-Tagi: most · objazd · Przewłoczyn',
        ],
        [
            '-Komentarze (5)',
            '-Kierowca_PKS · 4 godz. temu · Dziesięć minut dłużej to dla dojeżdżających do szkoły sporo.',
            '-Sąsiadka_z_Młyńskiej · 3 godz. temu · Wreszcie ktoś to sprawdził, most trząsł się od lat.',
            '-↳ Kierowca_PKS · 2 godz. temu · Trząsł się, to prawda, sam to czułem za kierownicą.',
            '-↳↳ Sąsiadka_z_Młyńskiej · 1 godz. temu · No właśnie, lepiej objazd niż katastrofa.',
        ],
        [
            '-Regulamin | Polityka prywatności | Kontakt | Redakcja',
            '-© 2026 Wydawnictwo Kurier Sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-stroikikanalik-harmonijka', [
        ['-Stroik i Kanalik'],
        [
            '-Blog o naprawie i strojeniu harmonijek ustnych',
            '-Strona główna · Naprawy · Poradniki · O mnie · Kontakt',
        ],
        [
            '-Kategoria: Naprawy',
            '+Wymiana pękniętego stroika w starej harmonijce diatonicznej',
        ],
        [
            '-Opublikowano 19 stycznia 2026 przez Zbyszka',
            '-Lektura na 6 minut',
        ],
        [
            '+Sąsiad przyniósł mi harmonijkę po ojcu, na której jeden otwór w ogóle nie grał, a drugi skrzeczał'
            ' przy każdym wdechu.',
            '-Spis treści',
            '-1. Rozbieranie harmonijki',
            '-2. Wymiana stroika',
        ],
        [
            '-Płytka stroikowa po zdjęciu pokrywy, pęknięty stroik w czwartym kanale.',
            '+Po odkręceniu pokryw okazało się, że stroik w czwartym kanale jest pęknięty u nasady, a w piątym'
            ' zaklinował się okruch.',
            '+„Graj nią dalej, ona lubi, jak się na niej gra”, powiedział sąsiad, kiedy oddawał mi ją do naprawy.',
        ],
        [
            '+Czego potrzebowałem',
            '+Zestaw małych śrubokrętów',
            '+Stroik dawca z uszkodzonej harmonijki',
            '+Aplikacja do strojenia w telefonie',
        ],
        [
            '-Zobacz także: Jak czyścić harmonijkę bez rozbierania',
            '-Naprawiam harmonijki także wysyłkowo – cennik znajdziesz w zakładce Naprawy.',
        ],
        [
            '+Stroik dawcę trzeba było delikatnie spiłować na końcu, aż zabrzmiał dokładnie jak D, a potem'
            ' wyregulować szczelinę.',
            '-Obserwuj bloga na Facebooku, żeby nie przegapić nowych wpisów',
            '+Harmonijka wróciła do sąsiada po tygodniu i podobno znowu gra na każdej rodzinnej imprezie.',
        ],
        ['-Udostępnij: Facebook · Messenger · WhatsApp'],
        [
            '-3 komentarze',
            '-Bluesman_z_Łodzi · 21 stycznia 2026 o 20:14 · Świetny opis! Czym stroisz, pilnikiem czy skrobakiem?',
            '-↳ Zbyszek · 22 stycznia 2026 o 8:30 · Dzięki! Małym pilnikiem iglakiem, bardzo delikatnie.',
            '-↳↳ Bluesman_z_Łodzi · 22 stycznia 2026 o 9:12 · Też tak robię, skrobak za łatwo przesadza.',
            '-Harmonijkarka · 25 stycznia 2026 o 17:05 · Mam taką samą po dziadku, może się odezwę.',
        ],
        ['-Blog na WordPress.com.'],
    ]),
    _page('ru', 'ru-portal-dubrovezhsk-elektrobusy', [
        [
            '-Дубровежские ведомости',
            '-Суббота, 5 декабря 2026 · № 47',
            '-Новости | Город | Спорт | Культура | Объявления',
        ],
        [
            '+Автобусный парк переведут на электробусы к 2028 году',
            '-Время на чтение: 3 мин',
        ],
        [
            '-Текст: Ульяна Троллейникова',
            '-4 декабря 2026, 16:20',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Городской автобусный парк на улице Заречной до 2028 года полностью перейдёт на электробусы: первые'
            ' двенадцать машин придут весной, а в депо уже монтируют зарядные станции.',
            '-Зарядные станции в депо на улице Заречной.',
            '-Фото: пресс-служба администрации',
        ],
        [
            '+На закупку выделено 840 миллионов рублей из областной программы, ещё часть денег пойдёт на обучение'
            ' водителей и ремонтников.',
            '-Читайте также: Маршрут № 5 продлят до нового микрорайона',
            '+«Электробус тише и дешевле в обслуживании, а зимой салон прогревается быстрее, чем в дизельном'
            ' автобусе», — говорит директор парка Аристарх Токоприёмов.',
        ],
        ['+Что изменится'],
        [
            '+Первые электробусы выйдут на маршруты № 2 и № 7.',
            '+Дизельные автобусы спишут в течение двух лет.',
            '+Стоимость проезда не изменится.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города',
        ],
        [
            '+Водители, которые прошли переобучение, получат надбавку, а для ремонтников в депо откроют отдельный'
            ' участок по обслуживанию батарей.',
        ],
        ['-Реклама · erid: 2VfnxwxYz7R'],
        [
            '+Жители Заречной просят заодно отремонтировать дорогу к депо, разбитую за время стройки.',
            '-Теги: транспорт · электробусы · Дубровежск',
        ],
        [
            '-Комментарии: 6',
            '-Пассажир_с_семёрки · 3 часа назад · Лишь бы зимой не вставали на полдороге.',
            '-Тамара_Ивановна · 2 часа назад · А кондуктора останутся?',
            '-↳ Пассажир_с_семёрки · 1 час назад · Говорят, останутся, оплата пока та же.',
            '-↳↳ Тамара_Ивановна · 40 минут назад · Ну и хорошо, я с картой не дружу.',
        ],
        [
            '-О редакции | Контакты | Политика конфиденциальности | Пользовательское соглашение',
            '-© 2026 ООО «Ведомости-Дубровежск». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-kletochkapovertikali-krossvord', [
        ['-Клеточка по вертикали'],
        [
            '-Блог о том, как я составляю кроссворды',
            '-Главная · Кроссворды · Советы · Обо мне',
        ],
        [
            '-Рубрика: Составление',
            '+Как я составил свой первый тематический кроссворд для районной газеты',
        ],
        [
            '-Опубликовано 2 февраля 2026, автор: Фёдор',
            '-На чтение уйдёт 6 минут',
        ],
        [
            '+Районная газета попросила меня сделать кроссворд к юбилею города, и я впервые взялся за сетку с'
            ' темой, а не просто с набором слов.',
            '-Содержание',
            '-1. Сетка и тема',
            '-2. Определения',
        ],
        [
            '-Черновик сетки 15 на 15 с вписанными тематическими словами.',
            '+Сначала я выписал тридцать слов, связанных с городом, — улицы, заводы, фамилии почётных жителей — и'
            ' расставил самые длинные симметрично.',
            '+«Определения должны улыбаться, а не экзаменовать», — говорил мне когда-то редактор, у которого я'
            ' начинал.',
        ],
        [
            '+Что мне помогло',
            '+Бумага в клетку и карандаш с ластиком',
            '+Толковый словарь Ожегова',
            '+Программа для проверки пересечений',
        ],
        [
            '-Ещё по теме: Почему я не люблю слово «ара»',
            '-Мои сборники кроссвордов можно заказать в «Литрес: Самиздат» — ссылки на странице «Книги».',
        ],
        [
            '+На сетку ушло два вечера, а на определения — целая неделя, потому что половину пришлось переписать'
            ' после проверки на жене.',
            '-Подпишитесь на блог, чтобы не пропустить новые кроссворды',
            '+Газета вышла в субботу, и в понедельник в редакцию пришло сорок два правильных ответа.',
        ],
        ['-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        [
            '-Комментариев: 4',
            '-Эрудит_54 · 4 февраля 2026 в 19:30 · Отличная работа! А как проверяли пересечения?',
            '-↳ Фёдор · 5 февраля 2026 в 9:05 · Спасибо! Программой, но потом всё равно руками.',
            '-↳↳ Эрудит_54 · 5 февраля 2026 в 10:12 · Руками надёжнее, согласен.',
            '-Галочка_в_клетке · 8 февраля 2026 в 21:40 · Решила за вечер, спасибо за «ару»!',
        ],
        ['-Работает на WordPress · Тема Astra'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-heartingandcoping-sheep-creep':
        "the walling blog's sheep-creep post keeps its photo caption ('The collapsed stretch, with the old "
        "lintel stone still lying in the nettles.') at the top of the block of the second paragraph, right "
        "before it (1 of 20 noise lines)",
    'fr-blog-lamechetrempee-cire-abeille':
        "the candle blog's beeswax post keeps its photo caption ('Mes deux paires de bougies après le dixième"
        " trempage.') at the top of the block of the second paragraph, right before it (1 of 20 noise lines)",
    'de-blog-drusenjaeger-achatknollen':
        "the mineral blog's agate post keeps its photo caption ('Die Ausbeute des Vormittags auf der Motorhaube.')"
        " at the top of the block of the second paragraph, right before it (1 of 20 noise lines)",
    'it-blog-baraccadizeffirino-cartapesta':
        "the puppet blog's papier-mâché post keeps its photo caption ('La testa"
        " del brigante con il primo strato di carta ancora umido.') at the top of the block of the second"
        ' paragraph, right before it (1 of 20 noise lines)',
    'pl-blog-stroikikanalik-harmonijka':
        "the harmonica blog's reed post keeps its photo caption ('Płytka stroikowa po zdjęciu pokrywy, "
        "pęknięty stroik w czwartym kanale.') at the top of the block of the second paragraph, right before "
        "it (1 of 20 noise lines)",
    'ru-blog-kletochkapovertikali-krossvord':
        "the crossword blog's themed-crossword post keeps its photo caption ('Черновик сетки 15 на 15 с"
        " вписанными тематическими словами.') at the top of the block of the second paragraph, right before it"
        " (1 of 20 noise lines)",
}


test_held_out_140_line, test_held_out_140_line_is_kept, test_held_out_140_page = held_out_tests(
    HELD_OUT_140_LINES, HELD_OUT_140_KEEP, HELD_OUT_140_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
