"""Held-out set 135: written blind, weighted toward the noise the cleaner exists for, in shapes set 134's docstring does
not name (nor the first paragraphs of sets 131, 132 and 133): scraper, embed and ad markers (an English Google Maps API
error left as text "This page can't load Google Maps correctly. Do you own this website? OK", an English SoundCloud
track withdrawn from embedding "SoundCloud: This track is no longer available for embedding. Listen on SoundCloud.", an
English Flourish map that needs a newer browser "This Flourish map needs a newer browser to display – update your
browser or open it on public.flourish.studio.", a French Dailymotion video hidden until the video cookies are accepted
"Contenu Dailymotion masqué : acceptez les cookies « Vidéo » pour lancer le reportage.", a German Podigee podcast player
that could not load its episode "Podigee-Player: Diese Episode konnte nicht geladen werden. Jetzt in der Podcast-App
anhören.", an Italian ArcGIS map whose external map service does not answer "Mappa ArcGIS non disponibile: il servizio
di mappe esterno non risponde, riprova più tardi.", a Polish Mixcloud episode blocked in the reader's country by
licensing "Ten odcinek z Mixclouda jest niedostępny w Twoim kraju z powodu ograniczeń licencyjnych." and a Russian
Rutube player that did not load "Не удалось загрузить плеер Rutube. Попробуйте обновить страницу или смотрите видео на
Rutube."); reading-time headers in new wordings (the English "You'll read this in about 4 minutes" and a bell-ringing
blog's heads-up "Heads up – about fifteen minutes of reading here, plus a couple of short videos of the touch.", the
French "Durée de lecture : 4 minutes environ", the German "Geschätzte Lesezeit 4 Minuten", the Italian "Lettura: 4 min",
the Polish "Czas lektury: 4 minuty" and the Russian "Время чтения: около 4 минут"); bylines and self-promotion (an
English filed-by byline with the reporter's beat "Filed by Cosmo Wetherwold, our riverside correspondent", a French
signed-article byline "Un article signé Héloïse Marbrinette, avec la rédaction", a German contribution-by byline with
the desk "Ein Beitrag von Wiebke Kuppelstrahl, Lokalredaktion" and a Polish report-prepared-by byline "Relację
przygotowała Jadwiga Przepustecka", all at the head, and at the foot an English Payhip handbell-arrangements plug "My
handbell arrangements are available as PDF downloads from my Payhip store.", an English Gumroad e-book plug "My e-book
on splicing bell ropes is out now on Gumroad for £6.", an Italian homemade-boilies-and-rigs-by-WhatsApp plug "Vendo
boilies fatte in casa e montature pronte: scrivimi su WhatsApp dal pulsante in basso a destra." and a Russian
kites-to-order-by-Telegram plug "Готовые воздушные змеи на заказ делаю под ваш размер — пишите в Телеграм, ссылка в
шапке блога."); blog and site footers (an English press-regulator membership line "Registered with the Independent Press
Standards Organisation (IPSO). Complaints: see our Editorial Complaints page.", an English Ghost-and-Casper credit
"Published with Ghost · Theme: Casper · RSS feed", an English Creative Commons licence row "Content licensed under CC
BY-NC-SA 4.0 unless otherwise noted · Sitemap · Cookie settings", a French Dotclear credit with theme and feed "Blog
propulsé par Dotclear · Thème Ductile · Fil RSS des billets", a German Matomo statistics line with privacy and imprint
links "Diese Website verwendet Matomo für anonyme Statistiken · Datenschutzerklärung · Impressum", an Italian
court-registration and editor-in-charge line "Testata registrata presso il Tribunale, aut. n. 00/2026 · Direttore
responsabile: Ortensio Vetrallini", a Polish all-rights-reserved and no-copying line "Wszelkie prawa zastrzeżone.
Kopiowanie treści bez zgody wydawcy zabronione. Polityka cookies" and a Russian Tilda credit with privacy and
user-agreement links "Сайт работает на Tilda · Политика конфиденциальности · Пользовательское соглашение");
reader-comment furniture (an English sort row "Sort comments by: Newest | Oldest | Most liked", an English
pre-moderation note "Comments are pre-moderated and may take up to 24 hours to appear.", an English Disqus footer row
"Subscribe · Add Disqus to your site · Do Not Sell My Data", a French sort note "Trier les commentaires : les plus
récents d'abord", a German show-all-reader-comments row "Alle 12 Leserkommentare ansehen · Neueste zuerst", an Italian
load-more-comments link with a count "Carica altri commenti (6 rimanenti)", a Polish comment count with sort options
"Komentarze (9) · Najnowsze | Najstarsze | Najwyżej oceniane" and a Russian discussion-closed-after-14-days note
"Обсуждение закрыто: прошло больше 14 дней с момента публикации."); share rows (an English spread-the-word row with
Tumblr and Reddit "Spread the word: Facebook · Pinterest · Tumblr · Reddit", a French pass-it-on row "Faire suivre :
WhatsApp · Messenger · Copier le lien" and a Polish pass-it-on row "Podaj dalej: Facebook · Pinterest · X"); and notices
(a German first-in-print note "Hinweis der Redaktion: Dieser Beitrag erschien zuerst in unserer gedruckten
Wochenendausgabe." and an Italian photos-from-the-press-office note "Le foto di questo articolo sono state fornite
dall'ufficio stampa del Comune.", both in the body, and a Russian from-the-administration's-press-office note
"Публикация подготовлена по материалам пресс-службы городской администрации." at the foot); and toward whole scraped
news and hobby-blog pages in layouts set 134's docstring does not describe (on the six portal pages a section menu alone
in the first block; the masthead and a dateline (with the saint's day, the edition, the name days or the issue number)
at the top of the title's own block, right before the title; under it one block of four, the byline, the reading time, a
photo caption and its credit; the first and second paragraphs in one block with a read-also link between them; a share
row at the end of the quote paragraph's block, right after it; the subheading with an ad label right after it in one
block; the three rows alone in the next block; the two last paragraphs in one block followed by a newsletter or Telegram
prompt and a tags or topics line; at the foot two blocks, six lines (a comment count, a comment, an arrowed reply by a
second reader, the first commenter's answer two arrows deep, a second comment left unanswered and a show-more link) and
then a copyright line and a legal-links row; on the six blog pages a skip-to-content link, the blog name and the menu in
one block of three above the title; the title alone; under it one block of five, the date-and-author line, the reading
time and a three-line table of contents (its heading and two numbered entries); a photo caption at the top of the first
paragraph's block, right before it; the second paragraph and the paragraph with the quote in one block with nothing
between them; the subheading and the three rows in one block with a sponsored or ad label between the second and third
rows; the first last paragraph alone; a shop plug alone; the second last paragraph with a subscribe prompt at the end of
its block, right after it; a share row alone; at the foot two blocks, five lines (a comments heading that quotes the
title, a comment, the author's arrowed reply addressed by name, a second comment left unanswered and a leave-a-reply
heading) and then a platform credit and a back-to-top link), taken from town life (a river's flood gauge upgraded to
radar, a night market's three-year licence, a glassworks closing after 140 years, a cycle-path bridge lit with LEDs, a
chimney sweeps' guild at a hundred looking for apprentices, a town clock tower going again after forty years) and from
blogs about bell ringing, marquetry, dyeing wool with mushrooms, carp fishing, origami tessellations and kite building.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 134 but what is named here), held-out set 136 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 134 up to its paragraph "Measured after round 96", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 131, 132 and 133, printed with one ast
script (/tmp/s135scratch/peek.py, reading /tmp/wt-s135/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s135scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 134's as
printed, with 134 -> 135; /tmp/s135scratch/gen.py writes this file from scratch files (data135.py, pages135.py,
doc135.txt and, after the measurement, tables135.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s135, detached at commit
c53fa26cfe522ae9419abe1fcf8a84b35824b056, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c53fa26cfe522ae9419abe1fcf8a84b35824b056, the brief's commit; both worktrees were made there with ``git worktree add``
(output to /dev/null), and /work/main was not touched afterwards. peek.py's first run printed to the terminal, whose
output the tool cut in the middle (lines 132 to 360 of 526: the end of set 132's first paragraph, set 133's first
paragraph and set 134's docstring up to its Slips and notes); its second run went to /tmp/s135scratch/peek.out, of which
I paged lines 125 to 365 with ``sed`` (the rest of those allowed parts); nothing outside the allowed parts was printed.
(2) The machine's python had the project's dependencies; every run used it. (3) Before the measurement
/tmp/s135scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and printed each page's
counts of article and noise lines and blocks; a one-line script counted the held-out and keep lines by category, place
and language; another checked that no held-out or keep line is quoted in the text peek.py printed and looked there for
the services and platforms I name. gen.py reports lines over 120 columns and at-signs; roundtrip.py executed this file
from /tmp/s135scratch with stand-in modules for held_out_sets and noisy_corpus (no cleaner imported) only to compare its
lists and pages with the scratch data and check that every held-out line is quoted in this docstring; it ran no
cleaning. The first run of check.py found one problem: the German blog's table-of-contents heading "Inhalt" inside its
skip link "Zum Inhalt springen"; the heading became "Inhaltsverzeichnis" and the next run found nothing. The platform
search found Canalblog and Jimdo among the real things set 134 names (its blog credits) and Ko-fi in set 131's plug; the
French and German blog credits became "Blog hébergé sur Over-blog" and "Mit Liebe gebloggt auf WordPress · Theme:
Kadence" (the English blog's Ko-fi booklet plug stayed, a different wording on a page). While drafting, before any
check, I kept every masthead out of its own copyright and photo-credit lines (the French, German, Polish and Russian
copyright lines name publishers or the newsroom, the Polish credit is "Fot. archiwum cechu" and the Russian "Фото:
пресс-служба музея"), named the German menu's last item "Service" so that no line holds the ad label "Anzeige" (a first
"Traueranzeigen" would have), changed the German comments row from "anzeigen" to "ansehen" for the same reason, replaced
a first German keep line opening with "Werbung" (the German blog's ad label) and dropped "Реклама на сайте" from the
Russian legal row ("Реклама" is the portal's ad label). (4) Invented names were checked with the exact-string search
over public GitHub files: Sallowbeck, River Wendle, Wimbrelow, Tabbercombe, Colin Drax, Sallies and Stays, Pontbrézac,
Tondrevaux, Cabrefeuille, Vassoulet, Copeaux d'ébène, Quarzenbach, Quarzenbacher Land, Ofenbrecht, Kolbenhauer,
Sägebiel, Pilzfarbküche, Lamparedo, Faretrini, Lucignoletti, Sbarbaglia, carpista paziente, Sadzawkow-, Wyciorkiewicz,
Sadłowiec, Zagięte płaszczyzny, Часобойск, Завитушкина, Шпиндельков, Змей над полем, Wetherwold, Marbrinette,
Kuppelstrahl, Przepustecka and Vetrallini had no hits. Dropped: Fellmonger (a real word and a project name; the reporter
became Dorcas Wimbrelow), Winifred Ashcombe (in a public file; she became Winifred Tabbercombe), Pellowby (in a public
file; not used), Courtepaille (a real restaurant chain; the stallholder became Armelle Cabrefeuille), Dubuget (a real
surname; the reader became Henri Vassoulet), Quarztal (inside a street name; the edition became "Quarzenbacher Land" and
the publisher "Quarzenbacher Verlagshaus"), Lanternari (a real word; the reporter became Ludovica Faretrini), Bonfantino
(a real surname; the councillor became Mirella Lucignoletti), Talamucci (a real surname; the reader became Ermes
Sbarbaglia), Sadzawic- (inside a surname; the town became Sadzawkowo), Przewodowska (a real surname; the reporter became
Zenobia Wyciorkiewicz), Маятников- (a real word; the town became Часобойск), Гиревая (a real word; the reporter became
Серафима Завитушкина) and Звонцов- (a real surname; not used). Not checked: the first names of reporters, blog authors
and commenters and their handles (Dorcas, Winifred, Tamsin, Margery, RiverRat_Gav, Hettie_B, BobMinorBen, Gaëlle,
Armelle, Bérengère, Josiane_P, Mistral31, Sylvie_M, Gaston R., Reinhild, Anselm, Almut, Bruno_Q, Elfi61, Wollwichtel,
Gerlinde K., Ludovica, Mirella, Tiziano, Sandro, Pedalatore88, Gianna_R, Marco_carp, Lucia F., Zenobia, Tadeusz, Kalina,
Gość_Ela, Mirek z Zielonej, Sąsiad, Origamistka, Paweł_Z, Серафима, Аркадий, Глеб, Зинаида_П, Степаныч, Николай В.,
Ветрогон, Марина Л. and the rest), the names built on checked towns and names (The Sallowbeck Courier, Sallowbeck
Courier Ltd, Le Réveil de Pontbrézac, Éditions du Réveil, Quarzenbacher Tagblatt, La Voce di Lamparedo, Edizioni La
Voce, Borgo Salice, Kurier Sadzawkowski, Wydawnictwo Sadzawkowskie, Часобойский вестник), the places Mill Lane, Low
Holm, St Olave's, the place du Foirail and ulica Strażacka. The court number is zero-filled; there are no e-mail
addresses and no at-signs. (5) Real things named, as real pages do: Google Maps, SoundCloud, Flourish, Dailymotion,
Podigee, ArcGIS, Mixcloud, Rutube, Payhip, Gumroad, WhatsApp, Telegram, IPSO, Ghost and its Casper theme, Creative
Commons, Dotclear and its Ductile theme, Matomo, Tilda, Disqus, Tumblr, Reddit, Messenger, Facebook, X, Pinterest,
Ko-fi, Etsy, Subito.it, Allegro, Avito, VKontakte, Odnoklassniki, WordPress and its Twenty Twenty-Two and Kadence
themes, Over-blog, Altervista and its Hestia theme, Blogger.com, the Environment Agency, Plain Bob Doubles and the
bocfil saw. (6) The two measuring commands ran as the brief gave them, in one shell call after ``date`` and the last
check, their output sent to /tmp/s135scratch/measure.out and report.out and the report and the pytest tail printed (27
failed, 50 passed); the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s135scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s135/tests with
/tmp/wt-s135/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only
the failing ones (15, 0 and 12, as in the measurement). The xfail tables were written in /tmp/s135scratch/tables135.py
from my own descriptions of those lines and pages, and verify_tables.py checked that the failing lines are exactly the
keys of ``_LINE_XFAIL``, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that
every page noise line left and every article line lost is quoted in its page's reason and that each reason gives its
count of noise lines left. (7) My first clock reading was 2026-12-05 16:00:37 UTC; the measurement ran at 16:05:25 UTC.
(8) With the tables filled, the pytest command ran on the final file in /tmp/wt-s135: 50 passed, 27 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments made by the river authority's engineer", "Share prices
of the old glassworks' parent company", "Following the flood of 2019", "Subscribing members of the ringing society",
"Copyright in the original bridge drawings", "Advertising the night market on buses", "Reading the river level",
"Commentaires et questions des riverains", "Partager les frais d'éclairage", "Suivre l'évolution du niveau de la
rivière", "Kommentare von Anwohnern", "Abonnenten des Amtsblatts", "Teilen müssen sich die beiden Glashütten", "Commenti
positivi", "Condividere il costo dei nuovi lampioni", "Seguire i lavori del ponte", "Komentarze mieszkańców", "Reklamy
na rusztowaniach", "Комментарии специалистов" and "Подписку на городскую газету" are article sentences: each reports
what was said, paid, decided, moved or promised about a river gauge, a market, a glassworks, a bridge, a guild or a
clock tower, with the noise-like word as an ordinary noun, verb or gerund of the sentence. Categories: the Google Maps,
SoundCloud, Flourish, Dailymotion, Podigee, ArcGIS, Mixcloud and Rutube lines are markers (embed failures, withdrawn or
geo-blocked media and consent placeholders); the bell-ringing blog's heads-up is a reading time (it gives the minutes of
reading) and sits at the head; the English filed-by line, the French signed-article line, the German contribution-by
line and the Polish prepared-by line are bylines at the head; the Payhip, Gumroad, boilies and kites-to-order lines are
bylines (self-promotion) at the foot; the IPSO line, the Ghost and Creative Commons rows, the Dotclear, Matomo and Tilda
lines, the Italian court-registration line and the Polish rights line are footers; the English sort row, pre-moderation
note and Disqus row (the bar Disqus prints under its thread), the French sort note, the German show-all row, the Italian
load-more link, the Polish count-and-sort row and the Russian discussion-closed note are comment furniture; the English,
French and Polish rows are share rows; the German first-in-print note and the Italian press-office photos note are
notices in the body and the Russian press-office note a notice at the foot. On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (section menus, mastheads, datelines, skip links, blog names and menus, bylines,
dates and authors' lines, reading times, photo captions and credits, tables of contents, read-also links, share rows, ad
and sponsored labels, newsletter, Telegram and subscribe prompts, shop plugs, tags and topics lines, comment counts,
comments and replies, show-more links, comments and leave-a-reply headings, copyright lines, legal-links rows, platform
credits and back-to-top links) is noise. The list rows (the portals' alert changes, licence terms, redundancy plans,
lighting features, apprenticeship offers and repairs, the blogs' kit lists) are short but part of each article, so
article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-sallowbeck-floodgauge (the River Wendle's flood gauge at Mill Lane replaced by a radar sensor),
en-blog-salliesandstays-quarterpeal (a first quarter peal rung on the tenor), fr-portail-pontbrezac-marchenocturne (the
night market on the place du Foirail gets a three-year licence), fr-blog-copeauxdebene-marqueterie (a first marquetry
compass rose on a sewing-box lid), de-portal-quarzenbach-glashuette (the town's glassworks closes after 140 years),
de-blog-pilzfarbkueche-hautkopf (dyeing wool red with blood-red webcaps), it-portale-lamparedo-ponteciclabile (the
cycle-path bridge over the stream lit with LEDs), it-blog-carpistapaziente-specchi (three nights at a gravel-pit lake
for an eighteen-kilo mirror carp), pl-portal-sadzawkowo-kominiarze (the chimney sweeps' guild turns a hundred and looks
for apprentices), pl-blog-zagieteplaszczyzny-teselacja (a first origami tessellation of square twists),
ru-portal-chasoboysk-chasy (the clock on the market-hall tower goes again after forty years) and
ru-blog-zmeynadpolem-rokkaku (building a rokkaku kite from ripstop and bamboo), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit c53fa26cfe522ae9419abe1fcf8a84b35824b056, measured with ``cd /tmp/wt-s135 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s135/src python -m pytest -q tests/test_clean_held_out_135.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s135 && PYTHONPATH=/tmp/wt-s135/src python
scripts/clean_held_out_report.py --sets 135``, with the xfail tables empty): noise lines removed 30/45 (marker 3/8,
reading-time 6/7, byline 3/8, footer 8/8, comments 7/8, share 3/3, notice 0/3; the 15 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers (the English Google Maps, SoundCloud and Flourish lines, the Italian
ArcGIS failure and the Polish Mixcloud placeholder), the English bell-ringing blog's fifteen-minute heads-up, five
bylines (the English filed-by, French signed-article and Polish prepared-by bylines at the head, the Italian boilies
plug and the Russian kites-to-order plug at the foot), the Russian discussion-closed note and all three notices (the
German first-in-print and Italian press-office photos notes in the body, the Russian press-office note at the foot));
keep lines kept 20/20; pages 0/12 clean, 11 of 240 page noise lines left and 16 of 120 article lines lost. Left on the
pages: the English portal 1 (photo caption), the English bell-ringing blog 2 (photo caption, Ko-fi plug), the French
marquetry blog 2 (photo caption, Etsy plug), the German dyeing blog 2 (photo caption, Etsy plug), the Italian carp blog
2 (photo caption, Subito.it plug), the Polish origami blog 1 (photo caption) and the Russian kite blog 1 (photo
caption). Lost: the subheading of every portal (the first line of the block that ends with the ad label), the English,
French, Italian and Polish portals losing only that; the German portal also its three list rows and two last paragraphs
(6 lines); the Russian portal also its two last paragraphs (3 lines); and the last paragraph of the German, Polish and
Russian blogs (the first line of the block that ends with the subscribe prompt), as ``_PAGE_XFAIL`` describes. The
failing cases are strict xfails.

Measured after rounds 97 and 98 (both developed beside this set's writing and measured on it blind by the lead; round 97
on sets 131/132 from c53fa26, round 98 on sets 133/134 from d0eaefb, merged with the lead's mends; measured with
`scripts/clean_held_out_report.py --tests <blind copy> --sets 135` and the problems of every case before and after):
round 97 alone: lines 30 -> 31 (the Russian kite blog's "Готовые воздушные змеи на заказ делаю под ваш размер — пишите в
Телеграм, ссылка в шапке блога." now goes: work to order with the writer's contact), page noise lines 11 -> 10 (the
German mushroom-dyeing blog's Etsy wool plug goes), nothing given back; round 98 alone: article lines lost 16 -> 10,
pages clean 0 -> 3 (the subheading heading the block that ends with the ad label stays on all six portals: "What changes
for residents", "Ce que prévoit la licence", "Was jetzt geplant ist", "Come funziona l'impianto", "Co oferuje cech",
"Что сделали мастера"); both as merged: lines 31 of 45, 20 of 20 kept, pages 3 of 12 clean (fr, it, pl portals), 10 of
240 page noise lines left, 10 of 120 article lines lost (the German portal's three list rows and two last paragraphs;
the Russian portal's two last paragraphs over the Telegram prompt and the tags line; the last paragraph of the German,
Polish and Russian blogs over their subscribe prompts). Still missed: the Google Maps, SoundCloud, Flourish, ArcGIS and
Mixcloud placeholders, the bell-ringing blog's reading warning, three head bylines and two shop plugs, the Russian
discussion-closed note, all three notices. Xfails removed: the Russian kite line, the fr, it and pl portal pages;
reasons reworded: en-portal-sallowbeck-floodgauge, de-portal-quarzenbach-glashuette, de-blog-pilzfarbkueche-hautkopf,
ru-portal-chasoboysk-chasy.

Round 99 (development; this set was read in full from this round on): fixed, on sets 135 and 136, the twenty article
lines lost, for the shape rather than the words: an article line in a block whose other lines are the page's furniture
stays, whichever comes first, and the furniture still goes. (1) A subheading right after an ad label in its block of
two, over the article's rows, with a paragraph closing the block above it (set 136's six portals: "What the clinic
offers", "Ce qui change pour les clubs", "Was die Winzer jetzt tun", "Cosa cambia per i soci", "Program festiwalu",
"Чего требуют фермеры") is no longer read as the ad's copy (clean._mark_boxed_lines, round 57's copy under its label,
now asks clean._heads_article_under_ad_label, which calls page_blocks.is_subheading_under_ad_label: one phrase of
letters, page_blocks.is_block_heading, the heading test factored out of round 98's _heads_furniture, that reads as the
article's, page_blocks._reads_as_article; an ad's copy split by a colon or a dash, a button, "Continuer la lecture ▼",
"Offrir cet article", or a copy between two rows, "Sprawdź oferty pracy w Brzozolesiu", still goes), nor, after the
body's last paragraph, as a widget's line (the widget-blocks pass of mark_block_remnants). (2) Round 98's
_heads_furniture is widened into page_blocks._article_among_furniture: in a block half the rules' noise after the last
paragraph, every line the rules left stays when each is a full sentence of the article (or a shorter sentence with its
finite verb beside one, "Wstęp na wszystkie koncerty jest bezpłatny.", or a subheading beside an ad label alone), none
speaks to the reader, is a prompt or holds a widget's cue, none stands under a share row in the block, and every line
the rules took is furniture (tags, read-also, ad label, share row) or a prompt (a newsletter, Telegram or subscribe
prompt, a trailing widget label: _PROMPT_REASONS): the two last paragraphs around the newsletter or Telegram prompt over
the tags line (set 135's German and Russian portals, set 136's Polish and Russian portals; with the last paragraphs
kept, set 135's German portal's three list rows no longer read as a related-headlines list over the page's noise) and
the blogs' last paragraph over the subscribe prompt (set 135's German, Polish and Russian blogs). Near misses kept
going: a block of an ad label and a prompt only, a subscribe prompt alone, a newsletter box's blurb that speaks to the
reader over its prompt, a rail's heading under an ad label over its headlines, ad copies split by a dash or a colon or
holding a figure, and set 132's Allegro plug under the share row in its block. Tests test_round_99_* in
tests/test_clean.py (six languages each). No noise rule was widened this round (the embed placeholders, notices, head
bylines, taglines, tables of contents, sponsored labels and plugs of step 2 are left for the next round); photo captions
with no credit were left by design. Other sets: no xfail removed, no reason reworded; sets 10-136 (127 sets,
scripts/clean_held_out_report.py before and after): noise lines removed 5325 -> 5325 of 5791, article lines kept
2567/2567 -> 2567/2567, pages clean 955 -> 960 of 1510, page noise lines left 1272 -> 1272 of 31920, paragraphs lost 22
-> 2 (the two left are set 86's fr-portail-montbrezac-chapelle); only sets 135 and 136 moved. SemEval: 0 changed files
of 3,723. Bench ratio: 1.05 (cpu best 2.198 s against 2.100 s at 5a96f8b). Test set: 18191 passed, 1046 xfailed, no
XPASS, no failure. This set: noise lines removed 31/45 -> 31/45 (marker 3/8, reading-time 6/7, byline 4/8, footer 8/8,
comments 7/8, share 3/3, notice 0/3, unchanged), keep lines 20/20 -> 20/20, pages clean 3/12 -> 5/12
(de-portal-quarzenbach-glashuette and ru-portal-chasoboysk-chasy, xfails removed), page noise lines left 10 -> 10 of
240, article lines lost 10 -> 0 of 120. Reasons reworded: de-blog-pilzfarbkueche-hautkopf,
pl-blog-zagieteplaszczyzny-teselacja and ru-blog-zmeynadpolem-rokkaku (each now only keeps its photo caption). Still
missed: the Google Maps, SoundCloud, Flourish, ArcGIS and Mixcloud placeholders, the bell-ringing blog's reading
warning, the three head bylines, the Italian boilies plug, the Russian discussion-closed note, the three notices, the
blogs' photo captions and three shop plugs (Ko-fi, Etsy, Subito.it), and the English portal's caption.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_135_LINES: list[tuple[str, str, str]] = [
    ("body", "This page can't load Google Maps correctly. Do you own this website? OK", "marker"),
    ("body", "SoundCloud: This track is no longer available for embedding. Listen on SoundCloud.", "marker"),
    ("body", "This Flourish map needs a newer browser to display – update your browser or open it on"
             " public.flourish.studio.", "marker"),
    ("body", "Contenu Dailymotion masqué : acceptez les cookies « Vidéo » pour lancer le reportage.", "marker"),
    ("body", "Podigee-Player: Diese Episode konnte nicht geladen werden. Jetzt in der Podcast-App anhören.", "marker"),
    ("body", "Mappa ArcGIS non disponibile: il servizio di mappe esterno non risponde, riprova più tardi.", "marker"),
    ("body", "Ten odcinek z Mixclouda jest niedostępny w Twoim kraju z powodu ograniczeń licencyjnych.", "marker"),
    ("body", "Не удалось загрузить плеер Rutube. Попробуйте обновить страницу или смотрите видео на Rutube.", "marker"),
    ("head", "You'll read this in about 4 minutes", "reading-time"),
    ("head", "Heads up – about fifteen minutes of reading here, plus a couple of short videos of the"
             " touch.", "reading-time"),
    ("head", "Durée de lecture : 4 minutes environ", "reading-time"),
    ("head", "Geschätzte Lesezeit 4 Minuten", "reading-time"),
    ("head", "Lettura: 4 min", "reading-time"),
    ("head", "Czas lektury: 4 minuty", "reading-time"),
    ("head", "Время чтения: около 4 минут", "reading-time"),
    ("head", "Filed by Cosmo Wetherwold, our riverside correspondent", "byline"),
    ("head", "Un article signé Héloïse Marbrinette, avec la rédaction", "byline"),
    ("head", "Ein Beitrag von Wiebke Kuppelstrahl, Lokalredaktion", "byline"),
    ("head", "Relację przygotowała Jadwiga Przepustecka", "byline"),
    ("tail", "My handbell arrangements are available as PDF downloads from my Payhip store.", "byline"),
    ("tail", "My e-book on splicing bell ropes is out now on Gumroad for £6.", "byline"),
    ("tail", "Vendo boilies fatte in casa e montature pronte: scrivimi su WhatsApp dal pulsante in basso a"
             " destra.", "byline"),
    ("tail", "Готовые воздушные змеи на заказ делаю под ваш размер — пишите в Телеграм, ссылка в шапке"
             " блога.", "byline"),
    ("tail", "Registered with the Independent Press Standards Organisation (IPSO). Complaints: see our Editorial"
             " Complaints page.", "footer"),
    ("tail", "Published with Ghost · Theme: Casper · RSS feed", "footer"),
    ("tail", "Content licensed under CC BY-NC-SA 4.0 unless otherwise noted · Sitemap · Cookie settings", "footer"),
    ("tail", "Blog propulsé par Dotclear · Thème Ductile · Fil RSS des billets", "footer"),
    ("tail", "Diese Website verwendet Matomo für anonyme Statistiken · Datenschutzerklärung · Impressum", "footer"),
    ("tail", "Testata registrata presso il Tribunale, aut. n. 00/2026 · Direttore responsabile: Ortensio"
             " Vetrallini", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione. Polityka cookies", "footer"),
    ("tail", "Сайт работает на Tilda · Политика конфиденциальности · Пользовательское соглашение", "footer"),
    ("tail", "Sort comments by: Newest | Oldest | Most liked", "comments"),
    ("tail", "Comments are pre-moderated and may take up to 24 hours to appear.", "comments"),
    ("tail", "Subscribe · Add Disqus to your site · Do Not Sell My Data", "comments"),
    ("tail", "Trier les commentaires : les plus récents d'abord", "comments"),
    ("tail", "Alle 12 Leserkommentare ansehen · Neueste zuerst", "comments"),
    ("tail", "Carica altri commenti (6 rimanenti)", "comments"),
    ("tail", "Komentarze (9) · Najnowsze | Najstarsze | Najwyżej oceniane", "comments"),
    ("tail", "Обсуждение закрыто: прошло больше 14 дней с момента публикации.", "comments"),
    ("tail", "Spread the word: Facebook · Pinterest · Tumblr · Reddit", "share"),
    ("tail", "Faire suivre : WhatsApp · Messenger · Copier le lien", "share"),
    ("tail", "Podaj dalej: Facebook · Pinterest · X", "share"),
    ("body", "Hinweis der Redaktion: Dieser Beitrag erschien zuerst in unserer gedruckten Wochenendausgabe.", "notice"),
    ("body", "Le foto di questo articolo sono state fornite dall'ufficio stampa del Comune.", "notice"),
    ("tail", "Публикация подготовлена по материалам пресс-службы городской администрации.", "notice"),
]

HELD_OUT_135_KEEP: list[tuple[str, str]] = [
    ("head", "Comments made by the river authority's engineer at Tuesday's meeting were later withdrawn."),
    ("head", "Share prices of the old glassworks' parent company fell by a third after the closure was announced."),
    ("body", "Following the flood of 2019, the gauge was moved twenty metres upstream to a safer bank."),
    ("body", "Subscribing members of the ringing society pay twelve pounds a year towards new bell ropes."),
    ("tail", "Copyright in the original bridge drawings passed to the county archive in 1987."),
    ("tail", "Advertising the night market on buses cost the traders' association about four hundred pounds."),
    ("tail", "Reading the river level used to mean a walk to the iron post below the church every morning."),
    ("head", "Commentaires et questions des riverains ont occupé la moitié de la réunion publique."),
    ("body", "Partager les frais d'éclairage entre les deux communes a finalement été accepté par le conseil."),
    ("tail", "Suivre l'évolution du niveau de la rivière sera désormais possible depuis un écran installé en mairie."),
    ("head", "Kommentare von Anwohnern hat der Stadtrat in die neue Marktordnung aufgenommen."),
    ("body", "Abonnenten des Amtsblatts erhalten die neue Marktordnung kostenlos mit der nächsten Ausgabe."),
    ("tail", "Teilen müssen sich die beiden Glashütten künftig einen einzigen Schmelzofen."),
    ("head", "Commenti positivi sono arrivati anche dai commercianti del centro storico."),
    ("body", "Condividere il costo dei nuovi lampioni è stata la proposta della giunta."),
    ("tail", "Seguire i lavori del ponte è diventato un passatempo per i pensionati del quartiere."),
    ("head", "Komentarze mieszkańców zebrane w ankiecie przekazano radzie miasta w piątek."),
    ("tail", "Reklamy na rusztowaniach przy starej hucie mają zniknąć do końca miesiąca."),
    ("head", "Комментарии специалистов по ремонту башенных часов горожане услышали на встрече в библиотеке."),
    ("tail", "Подписку на городскую газету ветераны завода получают бесплатно с прошлого года."),
]

HELD_OUT_135_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-sallowbeck-floodgauge", [
        ["-News | Sport | What's On | Property | Jobs | Announcements"],
        ["-The Sallowbeck Courier",
         "-Thursday 3 December 2026 · Sallowbeck and the Wendle valley",
         "+River Wendle flood gauge gets radar upgrade after years of late warnings"],
        ["-By Dorcas Wimbrelow, Environment Reporter",
         "-3 min read",
         "-The old gauge post beneath Mill Lane bridge, where levels were read by hand until this autumn.",
         "-Photo: Courier archive"],
        ["+The Environment Agency has replaced the ageing float gauge on the River Wendle at Mill Lane with a radar"
          " sensor that reports the water level every fifteen minutes.",
         "-Read more: Mill Lane residents demand flood wall funding",
         "+Until now the readings were sent once an hour, and on two occasions last winter they arrived after water had"
          " already reached the bottom of Mill Lane."],
        ["+\"We used to find out the river was up when it came under the back door,\" said Winifred Tabbercombe, who"
          " has lived by the bridge for forty years.",
         "-Share this article: Facebook · X · WhatsApp · Email"],
        ["+What changes for residents",
         "-Advertisement"],
        ["+Flood alerts by text message will be sent up to two hours earlier",
         "+A public web page will show the live river level at Mill Lane",
         "+Volunteer flood wardens will each receive a handheld radio"],
        ["+The sensor cost £38,000 and was paid for from the agency's regional maintenance budget.",
         "+A second radar gauge is planned for the weir at Low Holm next spring if the trial goes well.",
         "-Get the Courier's morning briefing in your inbox – sign up free",
         "-Topics: Flooding · Environment · Mill Lane"],
        ["-4 comments",
         "-RiverRat_Gav: About time. My cellar has flooded three times since 2015.",
         "-↳ Hettie_B: Same here. Fingers crossed the texts actually arrive this time.",
         "-↳↳ RiverRat_Gav: They did last winter, just two hours too late.",
         "-Colin Drax: Will the live level page work on phones?",
         "-Show more comments"],
        ["-© 2026 Sallowbeck Courier Ltd. All rights reserved.",
         "-Privacy Policy · Cookie Policy · Terms · Contact Us"],
    ]),
    _page("en", "en-blog-salliesandstays-quarterpeal", [
        ["-Skip to content",
         "-Sallies and Stays",
         "-Home · About · Methods · Towers I've rung at · Contact"],
        ["+My first quarter peal: 1,260 changes of Plain Bob Doubles on the tenor"],
        ["-Posted on 14 November 2026 by Tamsin",
         "-6 minute read",
         "-Contents",
         "-1. The practice nights",
         "-2. On the day"],
        ["-The ringing chamber at St Olave's, with the peal boards from 1911 above the door.",
         "+It took me two years of Tuesday practices before the tower captain thought I was ready to ring the tenor"
          " behind for a quarter peal."],
        ["+Ringing behind sounds easy, since the tenor just comes in last every time, but holding the same steady"
          " rhythm for forty-five minutes is another matter.",
         "+Before we started our conductor told me, \"Listen to the bell in front of you, not to your own, and you will"
          " never clip.\""],
        ["+What I took with me",
         "+A pair of thin leather gloves for the sally",
         "+A bottle of water left on the windowsill",
         "-Sponsored",
         "+A printed copy of the method, which I never looked at"],
        ["+We finished in forty-four minutes without a single trip, and the band signed the record book in the vestry"
          " afterwards."],
        ["-Fancy learning? My beginner's handling booklet is £4 in my Ko-fi shop."],
        ["+Next month I hope to ring the same method inside, on the fourth, which is a good deal harder.",
         "-Enjoyed this post? Subscribe to get new ones by email."],
        ["-Share: Facebook · WhatsApp · Pinterest · Email"],
        ["-3 thoughts on “My first quarter peal”",
         "-Margery: Well done! I remember my first quarter, my arms ached for days.",
         "-↳ Tamsin: Thank you, Margery – mine too, and I only rang the tenor!",
         "-BobMinorBen: Which tower was this? The St Olave's bells are lovely.",
         "-Leave a Reply"],
        ["-Powered by WordPress · Theme: Twenty Twenty-Two",
         "-Back to top ↑"],
    ]),
    _page("fr", "fr-portail-pontbrezac-marchenocturne", [
        ["-Actualités · Sports · Agenda · Annonces · Nécrologie"],
        ["-Le Réveil de Pontbrézac",
         "-Jeudi 3 décembre 2026 · Saint François-Xavier",
         "+Le marché nocturne de la place du Foirail obtient sa licence pour trois ans"],
        ["-Par Gaëlle Tondrevaux",
         "-Lecture 3 min",
         "-Les premiers étals installés sous les platanes, en juillet dernier.",
         "-Photo : Le Réveil / archives"],
        ["+Le conseil municipal a accordé mardi soir une licence de trois ans au marché nocturne qui s'installe chaque"
          " vendredi d'été sur la place du Foirail.",
         "-À lire aussi : Le parking du Foirail fermé pendant les travaux",
         "+L'été dernier, le marché avait fonctionné avec une autorisation provisoire renouvelée tous les mois, ce qui"
          " inquiétait les exposants."],
        ["+« Nous pouvons enfin réserver nos emplacements dès le printemps », se réjouit Armelle Cabrefeuille, qui vend"
          " des fromages de chèvre au marché depuis sa création.",
         "-Partager : Facebook · X · WhatsApp · Courriel"],
        ["+Ce que prévoit la licence",
         "-Publicité"],
        ["+Quarante emplacements au maximum, de 18 heures à minuit",
         "+Une buvette tenue par une association différente chaque semaine",
         "+Un nettoyage de la place assuré par les exposants"],
        ["+Les droits de place passent de 8 à 12 euros par soirée, une hausse votée à l'unanimité.",
         "+La première soirée de la saison est prévue le vendredi 4 juin, avec un concert de l'harmonie municipale.",
         "-Recevez chaque matin notre lettre d'information gratuite",
         "-Mots-clés : marché nocturne, Foirail, conseil municipal"],
        ["-4 réactions",
         "-Josiane_P : Enfin une bonne nouvelle pour le centre-ville !",
         "-↳ Mistral31 : Et pour le bruit, rien de prévu ?",
         "-↳↳ Josiane_P : Minuit, ce n'est pas bien tard, l'été.",
         "-Henri Vassoulet : Il faudrait plus de places pour les vélos.",
         "-Voir plus de commentaires"],
        ["-© 2026 Éditions du Réveil – Tous droits réservés",
         "-Mentions légales · Politique de confidentialité · Gestion des cookies · Contact"],
    ]),
    _page("fr", "fr-blog-copeauxdebene-marqueterie", [
        ["-Aller au contenu",
         "-Copeaux d'ébène",
         "-Accueil · Tutoriels · Mes réalisations · Boutique · Contact"],
        ["+Ma première marqueterie : une rose des vents sur un couvercle de boîte"],
        ["-Publié le 9 novembre 2026 par Bérengère",
         "-Temps de lecture : 7 minutes",
         "-Sommaire",
         "-1. Le choix des placages",
         "-2. La découpe à la scie bocfil"],
        ["-Les placages de poirier, d'érable et de noyer étalés sur l'établi.",
         "+Depuis des années, je rêvais de décorer le couvercle de la vieille boîte à couture de ma grand-mère avec une"
          " rose des vents."],
        ["+J'ai choisi trois essences faciles à trouver : l'érable pour les branches claires, le noyer pour les"
          " branches sombres et le poirier pour le fond.",
         "+Mon professeur d'atelier m'avait prévenue : « En marqueterie, la patience se voit plus que le talent. »"],
        ["+Le matériel indispensable",
         "+Une scie bocfil avec des lames très fines",
         "+Un cutter de précision et une règle en acier",
         "-Contenu sponsorisé",
         "+De la colle vinylique et du papier gommé"],
        ["+Il m'a fallu trois week-ends pour découper et assembler les seize pointes de la rose."],
        ["-Je propose des kits de marqueterie prêts à découper dans ma boutique Etsy."],
        ["+Après le ponçage et deux couches de vernis, la boîte a retrouvé sa place dans le salon.",
         "-Abonnez-vous pour recevoir les nouveaux articles par e-mail"],
        ["-Partager sur Pinterest · Facebook · Imprimer"],
        ["-3 commentaires sur « Ma première marqueterie »",
         "-Sylvie_M : Magnifique ! Vous utilisez un martyr sous la scie ?",
         "-↳ Bérengère : Oui Sylvie, une planche de contreplaqué fixée à l'établi.",
         "-Gaston R. : Quelle finesse pour une première fois, bravo.",
         "-Laisser un commentaire"],
        ["-Blog hébergé sur Over-blog",
         "-Haut de page ↑"],
    ]),
    _page("de", "de-portal-quarzenbach-glashuette", [
        ["-Lokales · Sport · Kultur · Wirtschaft · Service"],
        ["-Quarzenbacher Tagblatt",
         "-Donnerstag, 3. Dezember 2026 · Ausgabe Quarzenbacher Land",
         "+Glashütte Quarzenbach schließt nach 140 Jahren zum Jahresende"],
        ["-Von Reinhild Ofenbrecht",
         "-3 Minuten Lesezeit",
         "-Der letzte Schmelzofen der Hütte, aufgenommen im Oktober.",
         "-Foto: Tagblatt-Archiv"],
        ["+Die Glashütte Quarzenbach stellt zum 31. Dezember die Produktion ein, wie die Geschäftsführung am Mittwoch"
          " den Beschäftigten mitteilte.",
         "-Lesen Sie auch: Wie es mit dem Hüttengelände weitergehen könnte",
         "+Betroffen sind 86 Mitarbeiterinnen und Mitarbeiter, von denen viele seit mehr als zwanzig Jahren im Betrieb"
          " arbeiten."],
        ["+„Wir haben bis zuletzt nach einem Käufer gesucht, aber die Gaspreise haben uns keine Wahl gelassen“, sagte"
          " Geschäftsführer Anselm Kolbenhauer.",
         "-Artikel teilen: Facebook · WhatsApp · E-Mail"],
        ["+Was jetzt geplant ist",
         "-Anzeige"],
        ["+Eine Transfergesellschaft für sechs Monate",
         "+Abfindungen nach dem Sozialplan von 2019",
         "+Ein Glasmuseum im alten Verwaltungsgebäude"],
        ["+Die Stadt will das Gelände kaufen und prüft, ob dort Wohnungen und Werkstätten entstehen können.",
         "+Der Werksverkauf bleibt bis Weihnachten geöffnet, danach werden die Restbestände versteigert.",
         "-Der Tagblatt-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region",
         "-Themen: Glashütte, Arbeitsplätze, Wirtschaft"],
        ["-5 Kommentare",
         "-Bruno_Q: Traurig. Mein Vater hat dort noch als Glasmacher gelernt.",
         "-↳ Elfi61: Meiner auch. Das Museum wäre wenigstens etwas.",
         "-↳↳ Bruno_Q: Hoffentlich kommt es wirklich.",
         "-Hartmut Sägebiel: Die Gaspreise sind doch nur eine Ausrede.",
         "-Weitere Kommentare laden"],
        ["-© Quarzenbacher Verlagshaus GmbH 2026",
         "-Impressum · Datenschutz · AGB · Cookie-Einstellungen"],
    ]),
    _page("de", "de-blog-pilzfarbkueche-hautkopf", [
        ["-Zum Inhalt springen",
         "-Die Pilzfarbküche",
         "-Start · Über mich · Färbeanleitungen · Pilzkalender · Kontakt"],
        ["+Rot aus dem Wald: Wolle färben mit dem Blutroten Hautkopf"],
        ["-18. Oktober 2026 von Almut",
         "-Lesezeit 8 Minuten",
         "-Inhaltsverzeichnis",
         "-1. Pilze sammeln und trocknen",
         "-2. Das Färbebad"],
        ["-Getrocknete Hautköpfe auf dem Dörrgitter.",
         "+Im Oktober habe ich im Kiefernwald hinter dem Dorf endlich genug Blutrote Hautköpfe für ein ganzes Färbebad"
          " gefunden."],
        ["+Die Pilze habe ich zerkleinert, über Nacht in Essigwasser eingeweicht und dann eine Stunde lang knapp unter"
          " dem Siedepunkt gehalten.",
         "+Meine Färbelehrerin sagt immer: „Ein Pilz, der gut riecht, färbt selten gut.“"],
        ["+Was ich verwendet habe",
         "+100 Gramm getrocknete Hautköpfe",
         "+200 Gramm mit Alaun gebeizte Merinowolle",
         "-Werbung",
         "+Ein alter Emailletopf, der nur noch zum Färben dient"],
        ["+Das Ergebnis war ein kräftiges Rotbraun, das nach dem Spülen kaum noch ausblutete."],
        ["-Gefärbte Wolle aus meinen Pilzbädern verkaufe ich in kleinen Stranglosen über Etsy."],
        ["+Im nächsten Jahr möchte ich ausprobieren, ob der Zimtfarbene Hautkopf ein helleres Orange ergibt.",
         "-Neue Beiträge per E-Mail abonnieren"],
        ["-Teilen: Pinterest · Facebook · Telegram"],
        ["-3 Antworten auf „Rot aus dem Wald“",
         "-Wollwichtel: Wunderschön! Hast du nur mit Alaun gebeizt?",
         "-↳ Almut: Ja, nur Alaun, zehn Prozent vom Wollgewicht.",
         "-Gerlinde K.: Bei mir wurde es eher rosa, ich probiere es mit mehr Pilzen.",
         "-Schreibe einen Kommentar"],
        ["-Mit Liebe gebloggt auf WordPress · Theme: Kadence",
         "-Nach oben"],
    ]),
    _page("it", "it-portale-lamparedo-ponteciclabile", [
        ["-Cronaca · Politica · Sport · Cultura · Necrologie"],
        ["-La Voce di Lamparedo",
         "-Giovedì 3 dicembre 2026 · San Francesco Saverio",
         "+Il ponte della ciclabile sul torrente si illumina: accese le nuove luci a led"],
        ["-Di Ludovica Faretrini",
         "-Lettura di 3 minuti",
         "-Il ponte ciclopedonale illuminato la prima sera.",
         "-Foto: ufficio stampa"],
        ["+Da lunedì sera il ponte ciclopedonale che collega Lamparedo alla frazione di Borgo Salice è illuminato da"
          " quarantotto lampade a led incassate nel parapetto.",
         "-Leggi anche: Ciclabile del torrente, chiusi due tratti per lavori",
         "+Fino a oggi chi tornava in bicicletta dopo il tramonto doveva attraversarlo con la torcia del telefono."],
        ["+«Finalmente i ragazzi possono tornare dagli allenamenti senza paura», ha detto l'assessora ai lavori"
          " pubblici Mirella Lucignoletti.",
         "-Condividi: Facebook · WhatsApp · Telegram"],
        ["+Come funziona l'impianto",
         "-Pubblicità"],
        ["+Le luci si accendono da sole al calar del sole",
         "+Dopo mezzanotte l'intensità scende della metà",
         "+Un sensore segnala al Comune le lampade guaste"],
        ["+L'impianto è costato 96mila euro, coperti in gran parte da un bando regionale per la mobilità sostenibile.",
         "+In primavera le stesse luci saranno installate anche nel sottopasso della stazione.",
         "-Iscriviti alla newsletter della Voce: ogni mattina le notizie del territorio",
         "-Tag: ciclabile, illuminazione, lavori pubblici"],
        ["-5 commenti",
         "-Pedalatore88: Ottimo lavoro, era davvero pericoloso.",
         "-↳ Gianna_R: D'accordo, ma la rampa resta troppo ripida.",
         "-↳↳ Pedalatore88: Quella era così anche prima, almeno ora si vede.",
         "-Ermes Sbarbaglia: E le buche sulla ciclabile quando le sistemano?",
         "-Mostra altri commenti"],
        ["-© 2026 Edizioni La Voce Srl – Riproduzione riservata",
         "-Privacy · Cookie policy · Note legali · Contatti"],
    ]),
    _page("it", "it-blog-carpistapaziente-specchi", [
        ["-Vai al contenuto",
         "-Il carpista paziente",
         "-Home · Chi sono · Montature · Laghi · Contatti"],
        ["+Tre notti al lago per una carpa a specchi da diciotto chili"],
        ["-Pubblicato il 2 novembre 2026 da Tiziano",
         "-Tempo di lettura: 9 minuti",
         "-Indice",
         "-1. La pasturazione",
         "-2. La terza notte"],
        ["-La mia postazione sulla sponda nord, con le tre canne sul rod pod.",
         "+A fine ottobre ho passato tre notti sulla sponda nord del lago di cava dove pesco da quando avevo quindici"
          " anni."],
        ["+Per due giorni ho pasturato con boilies al pesce e mais cotto, sempre nello stesso punto a ottanta metri"
          " dalla riva.",
         "+Il mio amico Sandro, che pesca lì da trent'anni, mi ripeteva: «Le carpe grosse arrivano quando hai smesso di"
          " aspettarle.»"],
        ["+L'attrezzatura che ho usato",
         "+Tre canne da 12 piedi con mulinelli a bobina larga",
         "+Un materassino di slamatura e un sacco di pesatura",
         "-Annuncio sponsorizzato",
         "+Ami del numero 6 con montatura a capello"],
        ["+La partenza è arrivata alle quattro del mattino della terza notte: venti minuti di combattimento e una carpa"
          " a specchi di diciotto chili nel guadino."],
        ["-Le mie montature pronte le trovi su Subito.it, spedisco in tutta Italia."],
        ["+Dopo la foto e la pesatura l'ho rimessa in acqua e l'ho guardata sparire piano verso il largo.",
         "-Iscriviti per ricevere i nuovi articoli via email"],
        ["-Condividi su Facebook · WhatsApp · Pinterest"],
        ["-3 commenti su “Tre notti al lago”",
         "-Marco_carp: Che pesce! Che boilies usavi, fatte in casa?",
         "-↳ Tiziano: Ciao Marco, sì, fatte in casa con farina di pesce.",
         "-Lucia F.: Bellissimo racconto, mi sembrava di essere lì.",
         "-Lascia un commento"],
        ["-Blog su Altervista · Tema Hestia",
         "-Torna su ↑"],
    ]),
    _page("pl", "pl-portal-sadzawkowo-kominiarze", [
        ["-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi"],
        ["-Kurier Sadzawkowski",
         "-Czwartek, 3 grudnia 2026 · Imieniny: Franciszka, Ksawerego",
         "+Cech kominiarzy z Sadzawkowa świętuje stulecie i szuka uczniów"],
        ["-Autor: Zenobia Wyciorkiewicz",
         "-Czas czytania: 3 min",
         "-Kominiarze z cechu na rynku podczas sobotniego jubileuszu.",
         "-Fot. archiwum cechu"],
        ["+Cech Kominiarzy w Sadzawkowie obchodził w sobotę sto lat istnienia, a na rynek przyszło kilkuset"
          " mieszkańców.",
         "-Przeczytaj także: Sezon grzewczy. Straż apeluje o przegląd pieców",
         "+Do cechu należy dziś dwudziestu dwóch mistrzów, ale tylko trzech z nich ma mniej niż czterdzieści lat."],
        ["+„Bez młodych ludzi za dziesięć lat nie będzie komu czyścić kominów w powiecie” – mówił starszy cechu Tadeusz"
          " Sadłowiec.",
         "-Udostępnij: Facebook · X · E-mail"],
        ["+Co oferuje cech",
         "-Reklama"],
        ["+Trzyletnią naukę zawodu z wynagrodzeniem",
         "+Opłacony kurs pracy na wysokości i badania lekarskie",
         "+Egzamin czeladniczy w Izbie Rzemieślniczej"],
        ["+Zapisy przyjmuje biuro cechu przy ulicy Strażackiej do końca lutego.",
         "+Na pamiątkę jubileuszu w ratuszu można do Nowego Roku oglądać wystawę starych zdjęć i narzędzi"
          " kominiarskich.",
         "-Zapisz się do newslettera Kuriera i bądź na bieżąco",
         "-Tagi: kominiarze, rzemiosło, jubileusz"],
        ["-Komentarze (5)",
         "-Gość_Ela: Piękna tradycja, mój dziadek też był kominiarzem.",
         "-↳ Mirek z Zielonej: A ile taki uczeń zarabia?",
         "-↳↳ Gość_Ela: Z tego, co wiem, około dwóch tysięcy na początek.",
         "-Sąsiad: Niech przyjdą do nas na Zieloną, komin dawno nieczyszczony.",
         "-Pokaż więcej komentarzy"],
        ["-© 2026 Wydawnictwo Sadzawkowskie sp. z o.o.",
         "-Regulamin · Polityka prywatności · Kontakt z redakcją"],
    ]),
    _page("pl", "pl-blog-zagieteplaszczyzny-teselacja", [
        ["-Przejdź do treści",
         "-Zagięte płaszczyzny",
         "-Start · O mnie · Wzory · Galeria · Kontakt"],
        ["+Moja pierwsza teselacja: skręty kwadratowe na jednym arkuszu"],
        ["-Opublikowano 21 listopada 2026 przez Kalinę",
         "-6 minut czytania",
         "-Spis treści",
         "-1. Siatka zagięć",
         "-2. Skręcanie"],
        ["-Gotowa teselacja pod światło, na oknie w kuchni.",
         "+Teselacje origami oglądałam w internecie od dawna, ale dopiero tej jesieni odważyłam się złożyć własną."],
        ["+Zaczęłam od kartki o boku trzydziestu centymetrów, na której najpierw wyznaczyłam siatkę trzydziestu dwóch"
          " pól w każdym kierunku.",
         "+Autor wzoru pisze w instrukcji: „Jeśli siatka jest krzywa, żaden skręt się nie uda”, i miał całkowitą"
          " rację."],
        ["+Czego potrzebowałam",
         "+Cienkiego papieru kalkowego o gramaturze 90",
         "+Plastikowej kostki do bigowania",
         "-Materiał sponsorowany",
         "+Dużo cierpliwości i dobrego światła"],
        ["+Samo składanie szesnastu skrętów zajęło mi dwa wieczory, a jeden musiałam rozłożyć i zacząć od nowa."],
        ["-Gotowe teselacje w ramkach sprzedaję na Allegro – link jest w zakładce Galeria."],
        ["+Następnym razem chcę spróbować wzoru z sześciokątami, który podobno jest jeszcze trudniejszy.",
         "-Zapisz się, aby dostawać nowe wpisy mailem"],
        ["-Udostępnij: Facebook · Pinterest · Messenger"],
        ["-3 komentarze do „Moja pierwsza teselacja”",
         "-Origamistka: Przepiękne! Jakiego papieru używasz do siatki?",
         "-↳ Kalina: Dziękuję! Kalki 90 g, łatwo się bigowuje.",
         "-Paweł_Z: Podziwiam cierpliwość, ja poległem na ósmym skręcie.",
         "-Dodaj komentarz"],
        ["-Blog na Blogger.com",
         "-Do góry ↑"],
    ]),
    _page("ru", "ru-portal-chasoboysk-chasy", [
        ["-Новости · Общество · Спорт · Культура · Объявления"],
        ["-Часобойский вестник",
         "-Четверг, 3 декабря 2026 · Выпуск № 48",
         "+Часы на башне торговых рядов снова идут после сорока лет молчания"],
        ["-Автор: Серафима Завитушкина",
         "-Читать 3 минуты",
         "-Часовщик проверяет механизм после сборки.",
         "-Фото: пресс-служба музея"],
        ["+Механические часы на башне торговых рядов в Часобойске в субботу впервые с 1986 года показали точное время.",
         "-Читайте также: Торговые ряды закроют на реставрацию фасада",
         "+Механизм разобрали ещё весной и по частям отвезли в мастерскую областного музея."],
        ["+«Самым трудным было найти мастера, который возьмётся отлить новое колесо для боя», — рассказал директор"
          " музея Аркадий Шпиндельков.",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+Что сделали мастера",
         "-Реклама"],
        ["+Заменили изношенные шестерни и ось маятника",
         "+Отлили новое колесо для боя",
         "+Установили электрический подзавод вместо ручного"],
        ["+Ремонт обошёлся в 1,2 миллиона рублей, половину собрали жители и местные предприниматели.",
         "+Бой часов будет слышен каждый час с восьми утра до десяти вечера.",
         "-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города",
         "-Теги: часы, торговые ряды, реставрация"],
        ["-Комментарии (5)",
         "-Зинаида_П: Помню, как они били, когда я в школу ходила!",
         "-↳ Степаныч: А почему бой только до десяти?",
         "-↳↳ Зинаида_П: Так соседям спать надо.",
         "-Николай В.: Молодцы, что собрали деньги сами.",
         "-Показать ещё комментарии"],
        ["-© 2026 Редакция городской газеты. Все права защищены. 12+",
         "-О редакции · Контакты · Политика конфиденциальности"],
    ]),
    _page("ru", "ru-blog-zmeynadpolem-rokkaku", [
        ["-Перейти к содержимому",
         "-Змей над полем",
         "-Главная · Обо мне · Чертежи · Запуски · Контакты"],
        ["+Строим шестиугольный змей роккаку из рипстопа и бамбука"],
        ["-7 ноября 2026 · Автор: Глеб",
         "-10 минут чтения",
         "-Содержание",
         "-1. Каркас",
         "-2. Парус и уздечка"],
        ["-Готовый роккаку на лугу за дачей перед первым запуском.",
         "+Роккаку — японский шестиугольный змей, который хорошо держится в воздухе даже при слабом ветре."],
        ["+Каркас я сделал из двух бамбуковых реек длиной по метру и одной поперечины, которую слегка выгнул над"
          " паром.",
         "+Старый змеевик из нашего клуба предупреждал меня: «Уздечка важнее паруса — ошибёшься на сантиметр, и змей"
          " будет кувыркаться»."],
        ["+Что понадобилось",
         "+Два метра рипстоп-нейлона",
         "+Три бамбуковые рейки и пластиковые уголки",
         "-Рекламный блок",
         "+Катушка шнура на 50 килограммов"],
        ["+Первый запуск прошёл на лугу за дачей: змей поднялся с рук и сразу ушёл вверх метров на сорок."],
        ["-Готовые наборы для сборки роккаку продаю на Авито, доставка по всей России."],
        ["+Зимой хочу попробовать сделать такой же змей побольше, для запусков на замёрзшем озере.",
         "-Подпишитесь на рассылку, чтобы не пропустить новые записи"],
        ["-Поделиться: ВКонтакте · Telegram · WhatsApp"],
        ["-3 комментария к записи «Строим роккаку»",
         "-Ветрогон: Отличная инструкция! А какой длины уздечка?",
         "-↳ Глеб: Спасибо! Около полутора метров, схема будет в следующей записи.",
         "-Марина Л.: Мы с сыном сделали по вашему чертежу, летает!",
         "-Оставить комментарий"],
        ["-Сайт работает на WordPress",
         "-Наверх ↑"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "This page can't load Google Maps correctly. Do you own this website? OK":
        "an English Google Maps error left as text ('This page can't load Google Maps correctly. Do you own this"
        " website? OK') is left in the body",
    "SoundCloud: This track is no longer available for embedding. Listen on SoundCloud.":
        "an English SoundCloud withdrawn-track placeholder ('SoundCloud: This track is no longer available for"
        " embedding. Listen on SoundCloud.') is left in the body",
    "Ten odcinek z Mixclouda jest niedostępny w Twoim kraju z powodu ograniczeń licencyjnych.":
        "a Polish Mixcloud geo-blocked episode placeholder ('Ten odcinek z Mixclouda jest niedostępny w Twoim kraju z"
        " powodu ograniczeń licencyjnych.') is left in the body",
    "Heads up – about fifteen minutes of reading here, plus a couple of short videos of the touch.":
        "an English bell-ringing blog's fifteen-minute heads-up ('Heads up – about fifteen minutes of reading here,"
        " plus a couple of short videos of the touch.') is left at the head",
    "Un article signé Héloïse Marbrinette, avec la rédaction":
        "a French signed-article byline ('Un article signé Héloïse Marbrinette, avec la rédaction') is left at the"
        " head",
    "Vendo boilies fatte in casa e montature pronte: scrivimi su WhatsApp dal pulsante in basso a destra.":
        "an Italian carp blog's homemade-boilies-and-rigs plug ('Vendo boilies fatte in casa e montature pronte:"
        " scrivimi su WhatsApp dal pulsante in basso a destra.') is left at the foot",
    "Обсуждение закрыто: прошло больше 14 дней с момента публикации.":
        "a Russian discussion-closed-after-14-days note ('Обсуждение закрыто: прошло больше 14 дней с момента"
        " публикации.') is left at the foot",
    "Hinweis der Redaktion: Dieser Beitrag erschien zuerst in unserer gedruckten Wochenendausgabe.":
        "a German first-in-print note ('Hinweis der Redaktion: Dieser Beitrag erschien zuerst in unserer gedruckten"
        " Wochenendausgabe.') is left in the body",
    "Le foto di questo articolo sono state fornite dall'ufficio stampa del Comune.":
        "an Italian photos-from-the-press-office note ('Le foto di questo articolo sono state fornite dall'ufficio"
        " stampa del Comune.') is left in the body",
    "Публикация подготовлена по материалам пресс-службы городской администрации.":
        "a Russian from-the-administration's-press-office note ('Публикация подготовлена по материалам пресс-службы"
        " городской администрации.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-sallowbeck-floodgauge":
        "the local paper's flood-gauge story keeps its photo caption ('The old gauge post beneath Mill Lane "
        "bridge, where levels were read by hand until this autumn.'), the third line of the block under the "
        'title (1 of 20 noise lines)',
    "en-blog-salliesandstays-quarterpeal":
        "the bell-ringing blog's quarter-peal post keeps its photo caption ('The ringing chamber at St Olave's, with"
        " the peal boards from 1911 above the door.') at the top of the first paragraph's block and its Ko-fi plug"
        " ('Fancy learning? My beginner's handling booklet is £4 in my Ko-fi shop.') alone between the last paragraphs"
        " (2 of 20 noise lines)",
    "fr-blog-copeauxdebene-marqueterie":
        "the marquetry blog's compass-rose post keeps its photo caption ('Les placages de poirier, d'érable et de noyer"
        " étalés sur l'établi.') at the top of the first paragraph's block and its Etsy kit plug ('Je propose des kits"
        " de marqueterie prêts à découper dans ma boutique Etsy.') alone between the last paragraphs (2 of 20 noise"
        " lines)",
    "de-blog-pilzfarbkueche-hautkopf":
        "the mushroom-dyeing blog's webcap post keeps its photo caption ('Getrocknete Hautköpfe auf dem "
        "Dörrgitter.') at the top of the first paragraph's block (1 of 20 noise lines)",
    "it-blog-carpistapaziente-specchi":
        "the carp-fishing blog's mirror-carp post keeps its photo caption ('La mia postazione sulla sponda nord, con le"
        " tre canne sul rod pod.') at the top of the first paragraph's block and its Subito.it rigs plug ('Le mie"
        " montature pronte le trovi su Subito.it, spedisco in tutta Italia.') alone between the last paragraphs (2 of"
        " 20 noise lines)",
    "pl-blog-zagieteplaszczyzny-teselacja":
        "the origami blog's tessellation post keeps its photo caption ('Gotowa teselacja pod światło, na oknie w"
        " kuchni.') at the top of the first paragraph's block (1 of 20 noise lines)",
    "ru-blog-zmeynadpolem-rokkaku":
        "the kite blog's rokkaku post keeps its photo caption ('Готовый роккаку на лугу за дачей перед первым"
        " запуском.') at the top of the first paragraph's block (1 of 20 noise lines)",
}


test_held_out_135_line, test_held_out_135_line_is_kept, test_held_out_135_page = held_out_tests(
    HELD_OUT_135_LINES, HELD_OUT_135_KEEP, HELD_OUT_135_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
