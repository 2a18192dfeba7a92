"""Held-out set 235: written blind, weighted toward the noise the cleaner exists for, in shapes set 234's docstring does
not name (nor the first paragraphs of sets 231, 232 and 233): scraper, embed and ad markers, all in the body (an English
Flourish visualisation that could not be displayed, asking to enable JavaScript "Flourish visualisation could not be
displayed: please enable JavaScript in your browser.", an English bracketed Instagram Reel placeholder with an
open-in-the-app hint "[Instagram Reel – open in the Instagram app to watch]", an English Mixcloud show for Select
subscribers only "This Mixcloud show is only available to Select subscribers.", a French Ausha podcast whose episode its
author unpublished "Podcast Ausha indisponible : l'épisode a été dépublié par son auteur.", a German Podigee player not
shown because of the reader's cookie settings "Der Inhalt von Podigee kann aufgrund Ihrer Cookie-Einstellungen nicht
angezeigt werden.", an Italian RaiPlay video that could not be loaded, with a try-again-later hint "Impossibile caricare
il video di RaiPlay. Riprova più tardi.", a Polish Player.pl clip for logged-in users only "Materiał z Player.pl jest
dostępny tylko dla zalogowanych użytkowników." and a Russian VK Video clip that failed to load because its privacy
settings hide it "Не удалось загрузить VK Видео: ролик скрыт настройками приватности."); reading-time headers in new
wordings, all at the head (the English minutes-and-word-count label "4-minute read · 870 words", a blog's
long-post-alert line with the minutes from top to bottom "Long post alert: roughly 12 minutes from top to bottom.", the
French estimated-reading-duration (durée de lecture estimée) label "Durée de lecture estimée : 4 minutes", the German
read-in-4-minutes (in ... gelesen) label "In 4 Minuten gelesen", the Italian 4-minutes-are-enough-for-you (ti bastano)
line "Ti bastano 4 minuti per leggere questo articolo", the Polish reading-time (czas lektury) label "Czas lektury: 4
minuty" and the Russian time-of-reading (время прочтения) label with a dash "Время прочтения — 4 минуты"); bylines and
self-promotion (an English name-and-service byline of the Local Democracy Reporting Service "Cressida Brackenwhistle,
Local Democracy Reporting Service", a French name-first byline with the news-agency credit (avec AFP) "Gaëlle
Piquerousse (avec AFP)", an Italian name-and-title byline (giornalista pubblicista) "Loredana Ortigaldi | Giornalista
pubblicista" and a Polish name-first byline with the photos-by-the-author (fot. autorka) credit "Bożena Kłujewska, fot.
autorka", all at the head; and an English Shopify plug for the author's giant onion seed "Packets of my giant onion seed
are in my Shopify store – ten seeds for £4.", an English Substack plug for the author's feeding schedule "Members on my
Substack get the full feeding schedule – first month free.", a German Steady support plug for the author's onion blog
"Unterstütze meinen Zwiebelblog mit einem Abo bei Steady – schon ab 3 Euro im Monat." and a Russian Avito plug for the
author's giant onion seed "Семена гигантского лука продаю на Авито, пишите в личные сообщения.", all at the foot); blog
and site footers, all at the foot (the English Wix website-builder credit with its create-your-website call "This site
was designed with the Wix.com website builder. Create your website today.", an English trading-name line with the
company number "Wortlebury Gazette is a trading name of Dunkerwold Press Ltd, registered in England and Wales No.
04417382", an English Eleventy credit with Cloudflare Pages hosting "Built with Eleventy · Hosted on Cloudflare Pages",
a French Jimdo credit with OVHcloud hosting "Site réalisé avec Jimdo · Hébergé par OVHcloud", a German Hetzner hosting
line with the GeneratePress theme and the privacy-statement link "Gehostet bei Hetzner · Theme: GeneratePress ·
Datenschutzerklärung", an Italian court-registration (Reg. Tribunale) line with all rights reserved "Reg. Tribunale di
Cremona n. 7 del 14 maggio 2018 · Tutti i diritti riservati", a Polish Webador site-builder credit with the terms
(regulamin) link "Strona wykonana w kreatorze Webador · Regulamin" and a Russian media-registration certificate line
issued by Roskomnadzor "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором"); reader-comment
furniture, all at the foot (the English Disqus enable-JavaScript line "Please enable JavaScript to view the comments
powered by Disqus.", an English reply-form heading with the cancel-reply link "Leave a Reply to Margaret Cancel reply",
an English comment-pagination counter "Showing 1–20 of 57 comments", a French reaction-length-limit note "Votre réaction
ne doit pas dépasser 1 000 caractères.", a German comment-removed-for-breaking-the-netiquette note "Dieser Kommentar
entspricht nicht unserer Netiquette und wurde entfernt.", an Italian follow-this-discussion-by-email prompt "Iscriviti
alla discussione per ricevere le nuove risposte via email", a Polish comment-hidden-by-a-moderator note "Komentarz
został ukryty przez moderatora." and a Russian comment-deleted-by-its-author note "Комментарий удалён автором."); share
rows, all at the foot (a French share-on (partager sur) row with LinkedIn and a print link "Partager sur Facebook ·
Partager sur LinkedIn · Imprimer l'article", an Italian share-on (condividi su) row with Threads "Condividi su: Telegram
· Threads · WhatsApp" and a Russian share (поделиться) row with VKontakte and Odnoklassniki "Поделиться: ВКонтакте ·
Одноклассники · Telegram"); and notices (an English quotes-edited-for-length-and-clarity note "Note: some quotes have
been edited for length and clarity." and a German first-appeared-in-Saturday's-print-edition note "Hinweis: Dieser
Artikel erschien zuerst in der gedruckten Ausgabe vom Samstag.", both in the body; and a Polish photos-are-illustrative
note "Zdjęcia w artykule mają charakter poglądowy." at the foot); and twenty keep lines, article sentences that look a
little like noise ("Comments overheard in the beer tent ranged from open admiration to loud disbelief.", "Sharing the
trophy was never an option, the winner joked with a green grin.", "Subscribing to the growers' society costs £12 a year
and includes a free pass to the show.", "Commentaires et éclats de rire ont accompagné chaque bouchée de la gagnante.",
"Kommentare des Moderators sorgten im Biergarten immer wieder für Gelächter.", "Commenti entusiasti hanno accompagnato
la pesatura della cipolla più grande.", "Komentując zwycięstwo, pani Halina przyznała, że pokrzywy jadła już jako
dziecko.", "Follow the wind, the old growers say, and plant your onions where it blows hardest.", "Suivre le rythme de
la championne était impossible après la première demi-heure.", "Teilen wollte die Siegerin ihr Rezept für
Brennnesselsuppe nicht.", "Seguita da un centinaio di curiosi, la gara è durata esattamente un'ora.", "Подписчики
районного паблика всю неделю голосовали за самую большую луковицу.", "Copyright in the famous nettle-beer recipe is
claimed by both pubs on the village green.", "Advertising boards around the pub garden were made from old sacks stitched
with nettle fibre.", "Reading out the final measurement, the steward had to start twice because of the cheering.",
"Partagée entre fierté et nausée, la gagnante a salué le public en levant sa dernière tige.", "Folgen Sie dem
Zwiebelduft, sagte der Vereinsvorsitzende, dann finden Sie die Ausstellungshalle.", "Condividere il segreto del concime
non è nelle abitudini dei coltivatori di Tropea.", "Udostępniona przez gminę scena stanęła tuż obok remizy strażackiej."
and "Реклама конкурса висела даже на дверях сельского магазина."); and toward whole scraped news and hobby-blog pages in
layouts set 234's docstring does not describe (on the six portal pages, in eight blocks, the section menu and the
masthead with its tagline in a block of two at the very top, the menu first; the title second in a block of four, under
a breadcrumb and above the byline with the date and time (one line) and a bare reading time; the lead photo's caption
with its credit (one line) opening a block of three, above the first and second paragraphs; an advertisement label
(Advertisement, Publicité, Werbung, Pubblicità, Reklama, На правах рекламы), a sponsored headline and a read-also link
alone in a block of three; the paragraph with the quote, the subheading and the three rows in one block of six, with a
video link (its length in brackets) between the first and second rows (the link fourth); the two last paragraphs in the
middle of a block of four, between a tags line above them and a share row under them; a thread of five lines alone in a
block (a comment count, a reader's comment, the paper's arrowed reply to it, a second reader's comment and the first
reader's arrowed answer to the second); and at the foot a most-read line with two headlines, a follow-us prompt
(Facebook and Instagram; VKontakte and Telegram on the Russian page) and the publisher's copyright line with its links
in one line, in a block of three, the most-read line first and the copyright line last; on the six blog pages, in nine
blocks, the menu alone in a block of one at the very top; the blog name with its tagline, the title, the posted-on-by
line (with the comment count) and a bare reading time in a block of four, the title second; the first and second
paragraphs at the two ends of a block of three with the opening photo's caption between them; the paragraph with the
quote in the middle of a block of three, between a table of contents (its heading and three numbered entries in one
line) above it and an affiliate link to the author's seaweed feed (on Amazon, on Allegro on the Polish blog, on Ozon on
the Russian blog) under it; the subheading and the three rows with an action photo's caption between the second and
third rows, inside the list block (a block of five, the caption fourth); the two last paragraphs at the first and third
places of a block of five, with a subscribe-by-email prompt between them and the author's sign-off and a plug for her
hand-painted plant labels (in an Etsy shop, at Yarmarka Masterov on the Russian blog) closing the block; a thread of
five lines alone in a block (a comments heading with its count, a comment, the author's arrowed reply, a second comment
and the author's arrowed reply to it); a filed-under category line, a you-might-also-like line with two post titles and
a share row in a block of three; and at the foot the author's copyright line with the theme and platform credit in one
line, alone in a block of one), taken from local news of a town's nettle-eating contest in a pub garden (a 61-year-old
retired postwoman eating the leaves of 26 metres of stinging-nettle stalks in one hour, 40 contestants among them last
year's winner, a tree surgeon, more than 700 spectators, rules unchanged for forty years (only the leaves are eaten, no
gloves, the stripped stalks laid end to end on the lawn), the organiser's quote to fold the leaf so the hairs lie flat,
chew fast and never lick your lips, registration at 2pm (14.00), the hour of eating from 3pm and the measuring and
prizes at 4.30pm, training on nettle soup since Easter, her tongue numb after twenty minutes, £3,400 (3,400 euros, 3400
zł, 34 thousand roubles) raised for the village hall roof, a junior class eating cooked nettles planned) in six invented
towns, and from six hobby blogs of women on their first giant-onion show (an onion named Bertha (Berthe, Berta, Берта)
carried into the marquee of an autumn show at Ashington, Roscoff, the Weimar onion market, Tropea, Kalisz and Rostov
Veliky, eighteen onions on the bench, the head judge's quote that a heavy onion wins nothing if its skin is split and
that he wants a clean neck and a skin like polished copper, staging at 8.00, judging behind closed doors at 10.00,
results and the public weigh-in at 14.00, 4.2 kilograms and third place behind two onions of over five kilograms of a
father and son, sown on 26 December under a lamp, planted out in April and fed seaweed every week, a polytunnel and five
kilograms next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 234 but what is named here), held-out set 236 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 234 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 231, 232 and 233, printed with one ast script (/tmp/s235scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s235scratch/insp.py, with
/tmp/wt-s235/src and /tmp/wt-s235/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s235 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 234's as printed, with 234
-> 235; /tmp/s235scratch/gen235.py writes this file from scratch files (data235.py with the noise and keep lines and the
short descriptions from which it builds the first paragraph around the lines themselves, pages235.py with the pages,
doc_layout.txt, doc_protocol.txt, doc_notes.txt, doc_judgement.txt, doc_contents.txt and, after the measurement,
doc_baseline.txt and tables235.py with the xfail tables). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s235, detached at commit
806d82771ed42af0720762a894d807de49e23799, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 19:56:14 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 19:56:15 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 87809c2527ae87d069bf6e4dd094285ab79e907a (main had already moved past the brief's commit, as the brief
allows); both worktrees were made at the brief's commit 806d82771ed42af0720762a894d807de49e23799 with ``git worktree
add`` (output to /dev/null) and ``git rev-parse HEAD`` in each printed that commit; /work/main was not touched
afterwards. (2) peek.py first printed to the terminal, which the tool cut in the middle (it showed set 231's first
paragraph and the start of set 232's, then, after the cut, the end of set 234's note (7), its notes (8) and (9), its
Judgement calls, Contents and Baseline paragraphs, its imports and its tail: allowed parts only); the second run went to
/tmp/s235scratch/peek.out (only the allowed parts), of which I paged lines 125 to 470 with ``sed`` in two pieces (the
rest of set 232's first paragraph, set 233's first paragraph and set 234's docstring up to inside its note (7)); ``sed``
ran on my own output file, never on a file of the repository, and nothing else of any set file was printed. (3) The
default python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its
first run, so nothing was installed. That import (and gen235.py's import of the written file, to compare it with the
scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was
printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from
them: no embed service used for a held-out marker here is named for a marker in them (Flourish, Instagram Reels,
Mixcloud, Ausha, Podigee, RaiPlay, Player.pl, VK Video), and the failures are worded anew (JavaScript needed for a
visualisation, open in the app, a show for Select subscribers, an episode unpublished by its author, blocked by the
reader's cookie settings, could not be loaded with a try-again-later hint, for logged-in users only, hidden by privacy
settings); the reading times avoid the phrasings named there (the new ones are "4-minute read · 870 words", "Long post
alert: roughly 12 minutes from top to bottom.", "Durée de lecture estimée", "In 4 Minuten gelesen", "Ti bastano 4
minuti", "Czas lektury" and "Время прочтения"); the bylines are of new shapes (a Local Democracy Reporting Service line,
a name with an agency credit, a name with a professional title, a name with a photos-by-the-author credit) and the plugs
name platforms not named there (Shopify, Substack, Steady, Avito); the footers use platforms, hosts and legal lines not
named there (Wix with its create-your-website call, a trading-name line with a company number, Eleventy with Cloudflare
Pages, Jimdo with OVHcloud, Hetzner with GeneratePress, an Italian court registration, Webador, a Russian media
registration by Roskomnadzor); the comment lines (the Disqus enable-JavaScript line, a reply-form heading with a cancel
link, a pagination counter, a length-limit note, a removed-for-netiquette note, a follow-the-discussion-by-email prompt,
a hidden-by-a-moderator note, a deleted-by-its-author note), the share rows (partager sur with LinkedIn and print;
condividi su with Threads; поделиться with VKontakte and Odnoklassniki) and the notices (an English quotes-edited note
and a German first-in-print note in the body, a Polish photos-are-illustrative note at the foot) are of kinds not named
there. A first draft was closer to named shapes and was changed before anything was measured: a French texte-et-photos
and a Polish tekst-i-zdjęcia byline (near set 231's story-and-photographs byline), an Italian dalla-nostra-inviata
byline (near set 232's envoyée spéciale), an English awaiting-moderation note and a French log-in-to-react prompt (near
set 233's published-after-moderation and log-in-to-vote notes), an English comments-now-closed note (near set 234's
closed-after-30-days note), an Italian show-8-more-replies button (near set 231's show-comments button), a Russian
registered-users-only note (near the subscribers-only notes of sets 231 and 232) and a French did-you-like-this-article
share row (near set 233's enjoyed-the-read row). The page furniture (menus, mastheads, captions, ad labels and the like)
is of the ordinary kinds the brief lists; the layouts differ from those of set 234 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Brackenwhistle, Prickwell, Wortlebury, "Wortlebury Gazette", Quabbleton, Stingwether, Dunkerwold, Ortivaux,
Ortiguère, Urtiquet, Piquerousse, Quaddelhausen, Quaddelhausener, Brennwacker, Quaddelmann, Pungivalle, Urticchi,
Pizzicorti, Ortigaldi, Parzydłowo, Parzydłowski, Parzydłowska, Pokrzywiakowa, Kłujewska, "Zenon Kłujewski", Жгучинск,
Жгучинский, Крапивникова, Кусачкин, "Bulbs and Bother", "Oignon Majuscule", Zwiebelkönigin, "La Cipolla Smisurata",
"Cebula Olbrzymka" and "Луковое царство". Dropped for hits: Urtleby (inside turtleby and getTurtleById), Thistlecraft (a
brand name in code and a Thaumcraft recipe), Bramblewick (a village in several games), Ortignac (inside Dortignac, a
real surname), Orticella (inside Vorticella and Corticella), Parzychowska (a real surname), Stinghope (inside
castingHope and the like), Gorsebeck (an area name in another project), Brûlevent (a forest in a game and a gem name),
Orticoni (inside sortIconImage and the like) and Жгунов (a real surname); the replacements are the checked names above
(Parzydłowski, the Polish organiser, is formed from the checked town name; "Zenon Kłujewski" was checked but not used).
"L'Écho d'Ortivaux", "Quaddelhausener Bote", "La Voce di Pungivalle", "Kurier Parzydłowski", «Жгучинский вестник»,
"Dunkerwold Press Ltd" and the blog names with their taglines are formed from checked names; the first names of the
organisers, winners, bloggers (Maisie, Nolwenn, Hanne, Carmela, Jadzia, Нюра) and the onion (Bertha), the photographers
named in the portals' captions (Dan Hollis, Didier Morel, Jens Mahler, Marco Ferri, Piotr Nowak, Павел Егоров), the pubs
(the Plough Inn, le Cheval Blanc, Gasthof zum Hirschen, l'osteria del Gallo, gospoda Pod Kogutem, трактир «Петушок») and
the commenters (handles or first names with a town) were not checked. Real services, platforms, shops and products
(Flourish, Instagram, Mixcloud, Ausha, Podigee, RaiPlay, Player.pl, VK Видео, Shopify, Substack, Steady, Авито, Wix,
Eleventy, Cloudflare Pages, Jimdo, OVHcloud, Hetzner, GeneratePress, Webador, Роскомнадзор, Disqus, Facebook, LinkedIn,
Telegram, Threads, WhatsApp, ВКонтакте, Одноклассники, X, Pinterest, Kadence, WordPress, Amazon, Allegro, Ozon, Etsy,
Ярмарка Мастеров, the onion varieties Kelsae and Ailsa Craig, the Local Democracy Reporting Service and AFP) and real
towns (Ashington, Roscoff, Weimar and its onion market, Tropea, Kalisz, Rostov Veliky, Cremona, and the towns of the
commenters: Halesworth, Morpeth, Montreuil-Bellay, Morlaix, Hirschau, Apolda, Clusone, Vibo, Wronki, Ostrów, Kaluga,
Yaroslavl) are named as real pages do. (6) A script (/tmp/s235scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats, that no
line holds an at-sign, and that each page has 10 article and 20 noise lines, and printed the counts by category,
language and place. Its first run found the bare reading times "3 min" and "5 min" repeated on five pages each and
inside "3 min read", "3 Min." and the like; I gave each language its own wording (Lecture : 3 min, Lesezeit 3 Min., 3
minuti di lettura, 3 min czytania, 3 мин на чтение and the five-minute ones); after the changes of note (4) it found the
page's comment count "4 comments" inside my first pagination counter ("Showing 1–20 of 64 comments"), which I changed to
57 comments; its last run found nothing wrong. The German portal's advertisement label is "Werbung" because its menu
holds "Traueranzeigen" and the German plug names Steady, not Kleinanzeigen, for the same reason. gen235.py checks that
no line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds its
lists and pages equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell call at
20:02:49 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes
(7) to (9) (the measured copy is kept as /tmp/s235scratch/pre_measure_copy.py); pytest printed 14 failed, 63 passed and
no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s235scratch, importing the copy in
/tmp/wt-s235/tests with /tmp/wt-s235/src on the path) then printed ``_problems`` of each failing case: the eight lines
and the six pages of the tables; every problem of a line is that it is kept ("kept boilerplate"), and so is every
problem of a page (five to seven lines each); no keep line and no article line of a page is lost, and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
(8) The tables were written from that output (/tmp/s235scratch/mktables.py writes tables235.py from the saved
problems.json, which gen235.py puts into this file); mktables.py checks that every problem is a kept line and matches
each printed snippet (cut at 80 characters) to exactly one noise line of its page, which the reason quotes in full with
where it sits and the count the report counts left; the reason of each line quotes it and says where it was put; the
keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final file were
imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s235 (see the Baseline paragraph). (9) Clock: ``date`` printed 19:56:14 at the start, 20:02:49 at the
measurement and 20:03:17 just after the problems were printed, before the tables, the Baseline paragraph and these notes
were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the nettle-eating contest and the
giant-onion show that open with or hold a noise-like word; each is a full sentence with a subject, a verb and a fact of
the story, so article ("Comments overheard in the beer tent", "Commentaires et éclats de rire", "Kommentare des
Moderators", "Commenti entusiasti" and "Komentując zwycięstwo" open like comment furniture but report what a crowd,
spectators, a compère, onlookers at a weigh-in and a winner said; "Sharing the trophy", "Teilen wollte die Siegerin",
"Partagée entre fierté et nausée", "Condividere il segreto" and "Udostępniona przez gminę" open like share rows but tell
of a trophy, a recipe, a winner's feelings, a growers' habit and a stage lent by the commune; "Subscribing to the
growers' society" and "Подписчики районного паблика" open like subscribe prompts but give a society's fee and a week's
vote; "Follow the wind", "Suivre le rythme", "Seguita da un centinaio di curiosi" and "Folgen Sie dem Zwiebelduft" open
like follow prompts but are growers' lore, a race against the champion, a watching crowd and the chairman's quoted joke;
"Copyright in the famous nettle-beer recipe" opens like a copyright line but is about two pubs' quarrel; "Advertising
boards around the pub garden" and "Реклама конкурса" open like ad labels but tell of boards made of nettle sacks and
posters on a shop door; "Reading out the final measurement" opens like a reading time but tells of the steward's
announcement). Borderline categories: the four plugs (the Shopify onion seed, the Substack feeding schedule, the German
Steady support plug, the Russian Avito seed plug) are bylines and self-promotion, at the foot, since they sell or ask
for money for the author in the author's voice; the Flourish, Instagram Reel, Mixcloud, Ausha, Podigee, RaiPlay,
Player.pl and VK Video lines are markers (what an embed leaves in the text when it does not show), though some read as
sentences; the trading-name line with the company number, the Italian court-registration line and the Russian
media-registration line are footers (lines of the site or the publisher, not of the article); the Disqus
enable-JavaScript line, the reply-form heading with its cancel link, the pagination counter, the French length-limit
note, the German netiquette note, the Italian follow-the-discussion prompt, the Polish hidden-by-a-moderator note and
the Russian deleted-by-its-author note are comment furniture, since they sit over, in or under the comments and speak
only of commenting; the English quotes-edited note and the German first-in-print note are notices in the body, and the
Polish photos-are-illustrative note a notice at the foot (all three speak of the article they sit in). On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (menus, mastheads and blog names with taglines, breadcrumbs,
bylines and posted-on lines, reading times, captions and photo credits, advertisement labels, sponsored headlines,
read-also links, video links, tags and filed-under lines, share rows, tables of contents, affiliate links, subscribe
prompts, sign-offs and plugs, comment counts and comments headings, comments and replies, most-read and
you-might-also-like lines, follow-us prompts, copyright lines) is noise. The list rows (registration, the hour of eating
and the measuring on the portals; staging, judging and the results on the blogs) are short but part of each article, so
article; the list headings ("How the afternoon went", "Show day in three steps" and the like) are the articles'
subheadings, so article; the portals' video links are noise though they sit between the first and second rows; the
blogs' action-photo captions are noise though they sit between the second and third rows, and their opening-photo
captions though they sit between the first and second paragraphs; the arrowed replies, including the paper's own reply,
are comment furniture, so noise; the German portal's section menu holds "Traueranzeigen" (death notices), which is why
its advertisement label is "Werbung" and not "Anzeige".

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); notice in English, German and Polish and share in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a French, an Italian and a Polish one), body 10 (the eight markers and
two notices: English and German), tail 24 (four plugs: two English, a German and a Russian one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wortlebury-nettle-eating-championship (the
Wortlebury nettle-eating contest, won by Edna Prickwell, in the Wortlebury Gazette),
en-blog-bulbs-and-bother-first-giant-onion-show (Maisie's first giant-onion show at Ashington, third of 18 with Bertha),
fr-portail-ortivaux-concours-de-mangeurs-d-orties (the Ortivaux nettle-eating contest, won by Josette Ortiguère, in
L'Écho d'Ortivaux), fr-blog-oignon-majuscule-premier-concours-d-oignons-geants (Nolwenn's first giant-onion show at
Roscoff, third of 18 with Berthe), de-portal-quaddelhausen-brennnesselwettessen (the Quaddelhausen nettle-eating contest
(Brennnesselwettessen), won by Gertrud Brennwacker, in the Quaddelhausener Bote),
de-blog-zwiebelkoenigin-erste-riesenzwiebelschau (Hanne's first giant-onion show at the Weimar onion market, third of 18
with Berta), it-portale-pungivalle-gara-dei-mangiatori-di-ortiche (the Pungivalle nettle-eating contest, won by Rosalba
Urticchi, in La Voce di Pungivalle), it-blog-la-cipolla-smisurata-prima-mostra-di-cipolle-giganti (Carmela's first
giant-onion show at Tropea, third of 18 with Berta), pl-portal-parzydlowo-zawody-w-jedzeniu-pokrzyw (the Parzydłowo
nettle-eating contest, won by Halina Pokrzywiakowa, in the Kurier Parzydłowski),
pl-blog-cebula-olbrzymka-pierwsza-wystawa-cebul-olbrzymow (Jadzia's first giant-onion show at Kalisz, third of 18 with
Berta), ru-portal-zhguchinsk-konkurs-poedaniya-krapivy (the Жгучинск nettle-eating contest, won by Агриппина
Крапивникова, in «Жгучинский вестник»), ru-blog-lukovoe-tsarstvo-pervaya-vystavka-gigantskogo-luka (Нюра's first
giant-onion show at Rostov Veliky, third of 18 with Берта), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 806d82771ed42af0720762a894d807de49e23799, measured with ``cd /tmp/wt-s235 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s235/src python -m pytest -q tests/test_clean_held_out_235.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s235 && PYTHONPATH=/tmp/wt-s235/src python
scripts/clean_held_out_report.py --sets 235``, with the xfail tables empty, at 20:02:49 UTC by ``date``): noise lines
removed 37/45 (marker 7/8, reading-time 7/7, byline 5/8, footer 8/8, comments 6/8, share 3/3, notice 1/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one marker in the body (the German Podigee cookie-settings
line), two bylines at the head (the French name-first line with "(avec AFP)" and the Polish name-first line with "fot.
autorka"), one plug at the foot (the English Substack plug), two comment lines at the foot (the English reply-form
heading with its cancel link and the French length-limit note) and two notices in the body (the English quotes-edited
note and the German first-in-print note); every other marker, every reading time, the English Local Democracy Reporting
Service byline and the Italian name-and-title byline, the Shopify, Steady and Avito plugs, every footer, the Disqus
line, the pagination counter, the German, Italian, Polish and Russian comment lines, all three share rows and the Polish
photos-are-illustrative note went); keep lines kept 20/20; pages 6/12 clean (the six portal pages), 32 of 240 page noise
lines left and 0 of 120 article lines lost. Left, all on the blog pages: on each of the six the menu alone in a block at
the very top, the blog name with its tagline at the top of the block with the title, the opening photo's caption between
the first and second paragraphs, the table of contents above the paragraph with the quote and the action photo's caption
between the second and third rows inside the list block; on the Italian blog also the author's sign-off and the plug for
her plant labels closing the block of the two last paragraphs (5 on the English, French, German, Polish and Russian
blogs, 7 on the Italian one). Lost: nothing; no page and no keep line loses an article line. The failing cases are
strict xfails; with them the pytest command on the final file in /tmp/wt-s235 gave 63 passed, 14 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 37/45 (unchanged), keep lines kept 20/20,
pages 6/12 clean, 26 of 240 page noise lines left (was 32), 0 of 120 article lines lost. The six blogs' numbered tables
of contents ("Contents: 1. Growing Bertha 2. Show day 3. What's next" and its five twins) now go (round 144's numbered
tables of contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail
still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): nothing moved: noise lines removed 37/45, keep lines kept
20/20, pages 6/12 clean, 26 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its
reason says. Round 145 (sets 240/242: list rows closed by a time of day that are the article's timetable, not
commenters' headers; a dated news sentence is no head caption; captions with a bracketed short credit; arrowed replies
naming a town; Russian contents headers; a German shop link) read none of this set's wordings or layouts.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_235_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish visualisation could not be displayed: please enable JavaScript in your browser.', 'marker'),
    ('body', '[Instagram Reel – open in the Instagram app to watch]', 'marker'),
    ('body', 'This Mixcloud show is only available to Select subscribers.', 'marker'),
    ('body', "Podcast Ausha indisponible : l'épisode a été dépublié par son auteur.", 'marker'),
    ('body', 'Der Inhalt von Podigee kann aufgrund Ihrer Cookie-Einstellungen nicht angezeigt werden.', 'marker'),
    ('body', 'Impossibile caricare il video di RaiPlay. Riprova più tardi.', 'marker'),
    ('body', 'Materiał z Player.pl jest dostępny tylko dla zalogowanych użytkowników.', 'marker'),
    ('body', 'Не удалось загрузить VK Видео: ролик скрыт настройками приватности.', 'marker'),
    ('head', '4-minute read · 870 words', 'reading-time'),
    ('head', 'Long post alert: roughly 12 minutes from top to bottom.', 'reading-time'),
    ('head', 'Durée de lecture estimée : 4 minutes', 'reading-time'),
    ('head', 'In 4 Minuten gelesen', 'reading-time'),
    ('head', 'Ti bastano 4 minuti per leggere questo articolo', 'reading-time'),
    ('head', 'Czas lektury: 4 minuty', 'reading-time'),
    ('head', 'Время прочтения — 4 минуты', 'reading-time'),
    ('head', 'Cressida Brackenwhistle, Local Democracy Reporting Service', 'byline'),
    ('head', 'Gaëlle Piquerousse (avec AFP)', 'byline'),
    ('head', 'Loredana Ortigaldi | Giornalista pubblicista', 'byline'),
    ('head', 'Bożena Kłujewska, fot. autorka', 'byline'),
    ('tail', 'Packets of my giant onion seed are in my Shopify store – ten seeds for £4.', 'byline'),
    ('tail', 'Members on my Substack get the full feeding schedule – first month free.', 'byline'),
    ('tail', 'Unterstütze meinen Zwiebelblog mit einem Abo bei Steady – schon ab 3 Euro im Monat.', 'byline'),
    ('tail', 'Семена гигантского лука продаю на Авито, пишите в личные сообщения.', 'byline'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail',
     'Wortlebury Gazette is a trading name of Dunkerwold Press Ltd, registered in England and Wales No. 04417382',
     'footer'),
    ('tail', 'Built with Eleventy · Hosted on Cloudflare Pages', 'footer'),
    ('tail', 'Site réalisé avec Jimdo · Hébergé par OVHcloud', 'footer'),
    ('tail', 'Gehostet bei Hetzner · Theme: GeneratePress · Datenschutzerklärung', 'footer'),
    ('tail', 'Reg. Tribunale di Cremona n. 7 del 14 maggio 2018 · Tutti i diritti riservati', 'footer'),
    ('tail', 'Strona wykonana w kreatorze Webador · Regulamin', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Please enable JavaScript to view the comments powered by Disqus.', 'comments'),
    ('tail', 'Leave a Reply to Margaret Cancel reply', 'comments'),
    ('tail', 'Showing 1–20 of 57 comments', 'comments'),
    ('tail', 'Votre réaction ne doit pas dépasser 1 000 caractères.', 'comments'),
    ('tail', 'Dieser Kommentar entspricht nicht unserer Netiquette und wurde entfernt.', 'comments'),
    ('tail', 'Iscriviti alla discussione per ricevere le nuove risposte via email', 'comments'),
    ('tail', 'Komentarz został ukryty przez moderatora.', 'comments'),
    ('tail', 'Комментарий удалён автором.', 'comments'),
    ('tail', "Partager sur Facebook · Partager sur LinkedIn · Imprimer l'article", 'share'),
    ('tail', 'Condividi su: Telegram · Threads · WhatsApp', 'share'),
    ('tail', 'Поделиться: ВКонтакте · Одноклассники · Telegram', 'share'),
    ('body', 'Note: some quotes have been edited for length and clarity.', 'notice'),
    ('body', 'Hinweis: Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom Samstag.', 'notice'),
    ('tail', 'Zdjęcia w artykule mają charakter poglądowy.', 'notice'),
]
HELD_OUT_235_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments overheard in the beer tent ranged from open admiration to loud disbelief.'),
    ('head', 'Sharing the trophy was never an option, the winner joked with a green grin.'),
    ('head', "Subscribing to the growers' society costs £12 a year and includes a free pass to the show."),
    ('head', 'Commentaires et éclats de rire ont accompagné chaque bouchée de la gagnante.'),
    ('head', 'Kommentare des Moderators sorgten im Biergarten immer wieder für Gelächter.'),
    ('head', 'Commenti entusiasti hanno accompagnato la pesatura della cipolla più grande.'),
    ('head', 'Komentując zwycięstwo, pani Halina przyznała, że pokrzywy jadła już jako dziecko.'),
    ('body', 'Follow the wind, the old growers say, and plant your onions where it blows hardest.'),
    ('body', 'Suivre le rythme de la championne était impossible après la première demi-heure.'),
    ('body', 'Teilen wollte die Siegerin ihr Rezept für Brennnesselsuppe nicht.'),
    ('body', "Seguita da un centinaio di curiosi, la gara è durata esattamente un'ora."),
    ('body', 'Подписчики районного паблика всю неделю голосовали за самую большую луковицу.'),
    ('tail', 'Copyright in the famous nettle-beer recipe is claimed by both pubs on the village green.'),
    ('tail', 'Advertising boards around the pub garden were made from old sacks stitched with nettle fibre.'),
    ('tail', 'Reading out the final measurement, the steward had to start twice because of the cheering.'),
    ('tail', 'Partagée entre fierté et nausée, la gagnante a salué le public en levant sa dernière tige.'),
    ('tail', 'Folgen Sie dem Zwiebelduft, sagte der Vereinsvorsitzende, dann finden Sie die Ausstellungshalle.'),
    ('tail', 'Condividere il segreto del concime non è nelle abitudini dei coltivatori di Tropea.'),
    ('tail', 'Udostępniona przez gminę scena stanęła tuż obok remizy strażackiej.'),
    ('tail', 'Реклама конкурса висела даже на дверях сельского магазина.'),
]
HELD_OUT_235_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wortlebury-nettle-eating-championship', [
        ["-News · Sport · What's On · Farming · Obituaries · Jobs",
         '-Wortlebury Gazette – the voice of the Vale since 1887'],
        ['-Home › News › Villages',
         '+Retired postwoman, 61, chews her way to the Wortlebury nettle-eating crown',
         '-By Lionel Quabbleton | Sunday 21 June 2026, 18:42',
         '-3 min read'],
        ['-Edna Prickwell strips another stalk in the final minutes. Picture: Dan Hollis',
         ('+A 61-year-old retired postwoman is the new nettle-eating champion of Wortlebury after eating the '
          'leaves of 26 metres of stinging nettle stalks in one hour on Saturday.'),
         ("+Edna Prickwell beat 39 other contestants, among them last year's winner, a tree surgeon, in front "
          'of more than 700 spectators in the garden of the Plough Inn.')],
        ['-Advertisement',
         '-Sponsored: Why thousands of gardeners are switching to this one cheap trick',
         '-Read more: Village hall roof appeal passes £20,000'],
        [('+The rules have not changed in forty years: only the leaves may be eaten, no gloves are allowed and '
          'every stripped stalk is laid end to end on the lawn. "Fold the leaf so the hairs lie flat, chew fast '
          'and never lick your lips," said organiser Barry Stingwether.'),
         '+How the afternoon went',
         '+2pm: contestants register and collect their first bundle of stalks',
         '-Watch: the final ten minutes of the contest (2:14)',
         '+3pm: a hand bell starts the hour of eating',
         '+4.30pm: the stalks are measured and the prizes handed out'],
        ['-Tags: Wortlebury, Plough Inn, nettles, charity',
         ('+Mrs Prickwell, who trained with a bowl of nettle soup every day since Easter, said her tongue went '
          'numb after twenty minutes but she kept going because the money raised goes to the village hall roof.'),
         ('+The contest raised £3,400 this year, and the organisers plan a junior class for children over '
          'twelve, who will eat cooked nettles instead of raw ones.'),
         '-Share this story: Facebook · X · WhatsApp · Email'],
        ['-4 comments',
         "-GreenThumbGran: Well done Edna! Still can't believe anyone eats those raw.",
         "-↳ Wortlebury Gazette: Thanks for reading – the full results are on page 7 of Thursday's paper.",
         '-Mick from Halesworth: The Plough does a lovely pint, the nettles not so much.',
         '-↳ GreenThumbGran: Mick, you said the same last year and still entered!'],
        ['-Most read: Bypass plans back on the table · Bakery wins regional award',
         '-Follow us on Facebook and Instagram for the latest from the Vale',
         '-© 2026 Wortlebury Gazette · Privacy notice · Terms of use · Contact the newsdesk'],
    ]),
    _page('en', 'en-blog-bulbs-and-bother-first-giant-onion-show', [
        ['-Home · The Allotment · Onion Diary · Shop · About Me'],
        ['-Bulbs and Bother – one allotment, far too many onions',
         '+My first giant onion show: third place and a very proud Bertha',
         '-Posted on 20 September 2026 by Maisie · 6 comments',
         '-5 min read'],
        [('+After nine months of sowing, feeding and worrying, I finally carried Bertha, my biggest onion ever, '
          'into the marquee of the Ashington autumn show on Saturday morning.'),
         '-Bertha on the kitchen scales the night before (she was not impressed)',
         ('+It was my first show, and honestly I only hoped she would not be the smallest of the eighteen '
          'onions on the bench.')],
        ["-Contents: 1. Growing Bertha 2. Show day 3. What's next",
         ('+At the staging the head judge, who has forty years of shows behind him, told us newcomers what he '
          'looks for: "A heavy onion wins nothing if its skin is split. Give me a clean neck and a skin like '
          'polished copper."'),
         '-The seaweed feed I swear by is on Amazon (affiliate link)'],
        ['+Show day in three steps',
         '+8.00: staging the onions on the bench',
         '+10.00: judging behind closed doors',
         '-The line-up on the bench – Bertha is third from the left',
         '+14.00: results and the public weigh-in'],
        [('+Bertha weighed 4.2 kilograms and came third, behind two onions of more than five kilograms grown by '
          'a father and son who have won the class for twelve years.'),
         '-Subscribe by email and never miss a post',
         ('+I sowed her on Boxing Day under a lamp in the spare room, planted her out in April and fed her '
          'seaweed every week; next year I am building a polytunnel and aiming for five kilograms.'),
         '-Happy growing, Maisie x',
         '-My hand-painted plant labels are in my Etsy shop – use code ONION10 for 10% off'],
        ['-6 thoughts on this post',
         '-Pat from Morpeth: Third at your first show is brilliant, Bertha looks magnificent!',
         '-↳ Maisie: Thank you Pat! She is now in the kitchen, slowly becoming soup.',
         '-Onion Ollie: What variety is she? Kelsae or Ailsa Craig?',
         "-↳ Maisie: Kelsae, from seed I bought at last year's show!"],
        ['-Filed under: Onions, Shows, Allotment life',
         '-You might also like: Leek trench diary · Why my shallots bolted',
         '-Share this: Pinterest · Facebook · WhatsApp'],
        ['-© 2026 Bulbs and Bother · Theme: Kadence · Powered by WordPress'],
    ]),
    _page('fr', 'fr-portail-ortivaux-concours-de-mangeurs-d-orties', [
        ['-Actualités · Sports · Sortir · Agriculture · Nécrologie · Annonces',
         "-L'Écho d'Ortivaux – le quotidien du canton depuis 1891"],
        ['-Accueil › Actualités › Canton',
         "+À 61 ans, une factrice retraitée remporte le concours des mangeurs d'orties d'Ortivaux",
         '-Par la rédaction | dimanche 21 juin 2026 à 18 h 42',
         '-Lecture : 3 min'],
        ['-Josette Ortiguère effeuille une dernière tige. Photo : Didier Morel',
         ("+Une factrice retraitée de 61 ans est la nouvelle championne des mangeurs d'orties d'Ortivaux : "
          "samedi, elle a mangé en une heure les feuilles de 26 mètres de tiges d'orties."),
         ('+Josette Ortiguère a battu 39 autres concurrents, dont le tenant du titre, un élagueur, devant plus '
          "de 700 spectateurs réunis dans le jardin de l'auberge du Cheval Blanc.")],
        ['-Publicité',
         '-Contenu sponsorisé : Ces jardiniers ont trouvé une astuce toute simple contre les limaces',
         '-À lire aussi : La toiture de la salle des fêtes enfin financée'],
        [("+Le règlement n'a pas changé depuis quarante ans : seules les feuilles se mangent, les gants sont "
          'interdits et chaque tige effeuillée est posée bout à bout sur la pelouse. « Pliez la feuille pour '
          "coucher les poils, mâchez vite et ne vous léchez jamais les lèvres », a expliqué l'organisateur, "
          'Marcel Urtiquet.'),
         "+Le déroulement de l'après-midi",
         '+14 h : inscription des concurrents et remise des premières tiges',
         '-Vidéo : les dix dernières minutes du concours (2:14)',
         "+15 h : une cloche donne le départ de l'heure de dégustation",
         '+16 h 30 : mesure des tiges et remise des prix'],
        ['-Mots-clés : Ortivaux, orties, fête de village, solidarité',
         ("+Josette Ortiguère, qui s'est entraînée en mangeant chaque jour une soupe d'orties depuis Pâques, "
          "raconte que sa langue était engourdie au bout de vingt minutes, mais qu'elle a tenu bon pour la salle "
          'des fêtes.'),
         ('+Le concours a rapporté 3 400 euros cette année, et les organisateurs prévoient une catégorie pour '
          'les enfants de plus de douze ans, qui mangeront des orties cuites.'),
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        ['-4 réactions',
         '-Mamie Jardin : Bravo Josette ! Je ne comprends toujours pas comment on peut les manger crues.',
         "-↳ L'Écho d'Ortivaux : Merci de votre fidélité, tous les résultats sont dans l'édition de jeudi.",
         '-Gérard de Montreuil-Bellay : Le Cheval Blanc sert une bonne bière, les orties beaucoup moins.',
         "-↳ Mamie Jardin : Gérard, vous disiez la même chose l'an dernier et vous vous êtes inscrit quand même !"],
        ['-Les plus lus : Le projet de déviation relancé · La boulangerie de la place primée',
         "-Suivez-nous sur Facebook et Instagram pour toute l'actualité du canton",
         "-© 2026 L'Écho d'Ortivaux · Mentions légales · Confidentialité · Contact"],
    ]),
    _page('fr', 'fr-blog-oignon-majuscule-premier-concours-d-oignons-geants', [
        ['-Accueil · Le potager · Journal des oignons · Boutique · À propos'],
        ["-Oignon Majuscule – un potager, beaucoup trop d'oignons",
         "+Mon premier concours d'oignons géants : troisième place et une Berthe très fière",
         '-Publié le 20 septembre 2026 par Nolwenn · 6 commentaires',
         '-Lecture : 5 min'],
        [("+Après neuf mois de semis, d'engrais et d'inquiétude, j'ai enfin porté Berthe, mon plus gros oignon, "
          "sous le chapiteau du concours d'automne de Roscoff samedi matin."),
         "-Berthe sur la balance de la cuisine la veille (elle n'a pas apprécié)",
         ("+C'était mon premier concours, et j'espérais seulement qu'elle ne serait pas le plus petit des "
          'dix-huit oignons présentés.')],
        ['-Sommaire : 1. Faire pousser Berthe 2. Le jour du concours 3. Et maintenant',
         ('+À la mise en place, le président du jury, qui a quarante ans de concours derrière lui, nous a dit ce '
          "qu'il cherche : « Un oignon lourd ne gagne rien si sa peau est fendue. Je veux un collet net et une "
          'peau comme du cuivre poli. »'),
         "-L'engrais aux algues que j'utilise est sur Amazon (lien affilié)"],
        ['+Le concours en trois étapes',
         '+8 h : installation des oignons sur la table',
         '+10 h : délibération du jury à huis clos',
         '-Les oignons alignés sur la table, Berthe est la troisième en partant de la gauche',
         '+14 h : résultats et pesée publique'],
        [('+Berthe pesait 4,2 kilos et a terminé troisième, derrière deux oignons de plus de cinq kilos cultivés '
          'par un père et son fils qui gagnent la catégorie depuis douze ans.'),
         '-Abonnez-vous par e-mail pour ne rater aucun article',
         ("+Je l'ai semée le 26 décembre sous une lampe dans la chambre d'amis, repiquée en avril et nourrie aux "
          "algues chaque semaine ; l'an prochain, je monte un tunnel et je vise les cinq kilos."),
         '-Bonnes plantations, Nolwenn',
         '-Mes étiquettes de jardin peintes à la main sont dans ma boutique Etsy, code OIGNON10 pour 10 % de remise'],
        ['-6 commentaires sur cet article',
         "-Annick de Morlaix : Troisième à ton premier concours, c'est génial, Berthe est magnifique !",
         '-↳ Nolwenn : Merci Annick ! Elle est maintenant dans la cuisine et devient doucement une soupe.',
         "-Yann le jardinier : C'est quelle variété ? Kelsae ou Ailsa Craig ?",
         "-↳ Nolwenn : Kelsae, avec des graines achetées au concours de l'an dernier !"],
        ['-Classé dans : Oignons, Concours, Vie au potager',
         '-Vous aimerez aussi : Journal de ma tranchée à poireaux · Pourquoi mes échalotes ont monté',
         '-Partager : Pinterest · Facebook · WhatsApp'],
        ['-© 2026 Oignon Majuscule · Thème : Kadence · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-quaddelhausen-brennnesselwettessen', [
        ['-Lokales · Sport · Freizeit · Landwirtschaft · Traueranzeigen · Jobs',
         '-Quaddelhausener Bote – die Heimatzeitung seit 1889'],
        ['-Startseite › Lokales › Ortsteile',
         '+Rentnerin (61) isst sich zum Titel beim Quaddelhausener Brennnesselwettessen',
         '-Von unserer Redaktion | Sonntag, 21. Juni 2026, 18:42 Uhr',
         '-Lesezeit 3 Min.'],
        ['-Gertrud Brennwacker streift in den letzten Minuten einen weiteren Stängel ab. Foto: Jens Mahler',
         ('+Eine 61 Jahre alte ehemalige Briefträgerin ist neue Brennnessel-Meisterin von Quaddelhausen: Am '
          'Samstag aß sie in einer Stunde die Blätter von 26 Metern Brennnesselstängeln.'),
         ('+Gertrud Brennwacker setzte sich gegen 39 Mitbewerber durch, darunter den Vorjahressieger, einen '
          'Baumpfleger, und das vor mehr als 700 Zuschauern im Biergarten des Gasthofs zum Hirschen.')],
        ['-Werbung',
         '-Gesponsert: Mit diesem einfachen Trick sparen Gartenbesitzer jedes Jahr Hunderte Euro',
         '-Lesen Sie auch: Spendenaktion für das Dach des Dorfgemeinschaftshauses erreicht 20.000 Euro'],
        [('+Die Regeln haben sich seit vierzig Jahren nicht geändert: Gegessen werden nur die Blätter, '
          'Handschuhe sind verboten, und jeder abgestreifte Stängel wird auf dem Rasen aneinandergelegt. „Falten '
          'Sie das Blatt, damit die Härchen flach liegen, kauen Sie schnell und lecken Sie sich nie die Lippen“, '
          'sagte Organisator Heinz Quaddelmann.'),
         '+So lief der Nachmittag',
         '+14 Uhr: Anmeldung und Ausgabe des ersten Bündels Stängel',
         '-Video: Die letzten zehn Minuten des Wettessens (2:14)',
         '+15 Uhr: Eine Glocke eröffnet die Stunde des Essens',
         '+16.30 Uhr: Die Stängel werden vermessen und die Preise verliehen'],
        ['-Schlagworte: Quaddelhausen, Brennnesseln, Dorffest, Spenden',
         ('+Gertrud Brennwacker, die seit Ostern täglich eine Schale Brennnesselsuppe gegessen hatte, sagte, '
          'ihre Zunge sei nach zwanzig Minuten taub gewesen, doch sie habe für das Dach des '
          'Dorfgemeinschaftshauses durchgehalten.'),
         ('+Das Wettessen brachte in diesem Jahr 3.400 Euro ein, und die Veranstalter planen eine Jugendklasse '
          'für Kinder ab zwölf Jahren, die gekochte statt roher Brennnesseln essen sollen.'),
         '-Teilen: Facebook · X · WhatsApp · E-Mail'],
        ['-4 Kommentare',
         '-Gartenoma: Glückwunsch, Gertrud! Ich verstehe immer noch nicht, wie man die roh essen kann.',
         '-↳ Quaddelhausener Bote: Danke fürs Lesen, alle Ergebnisse stehen in der Donnerstagsausgabe.',
         '-Manfred aus Hirschau: Das Bier im Hirschen ist gut, die Brennnesseln eher nicht.',
         '-↳ Gartenoma: Manfred, das hast du letztes Jahr auch gesagt und dich trotzdem angemeldet!'],
        ['-Meistgelesen: Pläne für die Umgehungsstraße wieder auf dem Tisch · Bäckerei am Markt ausgezeichnet',
         '-Folgen Sie uns auf Facebook und Instagram für alle Neuigkeiten aus der Region',
         '-© 2026 Quaddelhausener Bote · Impressum · Datenschutz · Kontakt'],
    ]),
    _page('de', 'de-blog-zwiebelkoenigin-erste-riesenzwiebelschau', [
        ['-Start · Mein Garten · Zwiebeltagebuch · Shop · Über mich'],
        ['-Die Zwiebelkönigin – ein Schrebergarten, viel zu viele Zwiebeln',
         '+Meine erste Riesenzwiebelschau: dritter Platz und eine sehr stolze Berta',
         '-Veröffentlicht am 20. September 2026 von Hanne · 6 Kommentare',
         '-Lesezeit 5 Min.'],
        [('+Nach neun Monaten Säen, Düngen und Bangen habe ich Berta, meine bisher größte Zwiebel, am '
          'Samstagmorgen endlich in das Festzelt der Herbstschau auf dem Weimarer Zwiebelmarkt getragen.'),
         '-Berta am Abend vorher auf der Küchenwaage (sie war nicht begeistert)',
         ('+Es war meine erste Schau, und ehrlich gesagt hoffte ich nur, dass sie nicht die kleinste der '
          'achtzehn Zwiebeln auf dem Tisch sein würde.')],
        ['-Inhalt: 1. Berta wächst 2. Der Schautag 3. Wie es weitergeht',
         ('+Beim Aufstellen erklärte uns Neulingen der oberste Preisrichter, der vierzig Jahre Schauen hinter '
          'sich hat, worauf er achtet: „Eine schwere Zwiebel gewinnt nichts, wenn ihre Haut gerissen ist. Ich '
          'will einen sauberen Hals und eine Haut wie poliertes Kupfer.“'),
         '-Den Algendünger, auf den ich schwöre, gibt es bei Amazon (Affiliate-Link)'],
        ['+Der Schautag in drei Schritten',
         '+8 Uhr: Aufstellen der Zwiebeln auf dem Tisch',
         '+10 Uhr: Bewertung hinter verschlossenen Türen',
         '-Die Reihe auf dem Tisch – Berta ist die dritte von links',
         '+14 Uhr: Ergebnisse und öffentliches Wiegen'],
        [('+Berta wog 4,2 Kilo und wurde Dritte, hinter zwei Zwiebeln von mehr als fünf Kilo, die ein Vater und '
          'sein Sohn gezogen haben, die die Klasse seit zwölf Jahren gewinnen.'),
         '-Abonniere den Blog per E-Mail, dann verpasst du keinen Beitrag',
         ('+Ich habe sie am zweiten Weihnachtstag unter einer Lampe im Gästezimmer gesät, im April ausgepflanzt '
          'und jede Woche mit Algen gedüngt; nächstes Jahr baue ich einen Folientunnel und will fünf Kilo '
          'schaffen.'),
         '-Frohes Gärtnern, eure Hanne',
         ('-Meine handbemalten Pflanzenschilder gibt es in meinem Etsy-Shop, mit dem Code ZWIEBEL10 zehn '
          'Prozent günstiger')],
        ['-6 Gedanken zu diesem Beitrag',
         '-Sabine aus Apolda: Dritte bei der ersten Schau, das ist großartig, Berta sieht prächtig aus!',
         '-↳ Hanne: Danke, Sabine! Sie liegt jetzt in der Küche und wird langsam zu Suppe.',
         '-Zwiebel-Uwe: Welche Sorte ist sie? Kelsae oder Ailsa Craig?',
         '-↳ Hanne: Kelsae, aus Samen von der Schau im letzten Jahr!'],
        ['-Kategorie: Zwiebeln, Schauen, Gartenleben',
         '-Das könnte dich auch interessieren: Mein Lauchgraben-Tagebuch · Warum meine Schalotten geschossen sind',
         '-Teile den Beitrag: Pinterest · Facebook · WhatsApp'],
        ['-© 2026 Die Zwiebelkönigin · Theme: Kadence · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-pungivalle-gara-dei-mangiatori-di-ortiche', [
        ['-Cronaca · Sport · Eventi · Agricoltura · Necrologi · Lavoro',
         '-La Voce di Pungivalle – il quotidiano della valle dal 1893'],
        ['-Home › Cronaca › Frazioni',
         '+Postina in pensione, 61 anni, vince la gara dei mangiatori di ortiche di Pungivalle',
         '-Redazione | domenica 21 giugno 2026, ore 18:42',
         '-3 minuti di lettura'],
        ['-Rosalba Urticchi sfoglia un altro stelo negli ultimi minuti. Foto di Marco Ferri',
         ('+Una postina in pensione di 61 anni è la nuova campionessa dei mangiatori di ortiche di Pungivalle: '
          "sabato ha mangiato in un'ora le foglie di 26 metri di steli di ortica."),
         ("+Rosalba Urticchi ha battuto altri 39 concorrenti, tra cui il vincitore dell'anno scorso, un "
          "potatore, davanti a più di 700 spettatori nel giardino dell'osteria del Gallo.")],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: Il trucco economico che migliaia di giardinieri stanno provando',
         '-Leggi anche: Raccolta fondi per il tetto del centro civico, superati i 20.000 euro'],
        [("+Le regole non cambiano da quarant'anni: si mangiano solo le foglie, i guanti sono vietati e ogni "
          'stelo sfogliato viene messo in fila sul prato. «Piegate la foglia perché i peli stiano giù, masticate '
          "in fretta e non leccatevi mai le labbra», ha spiegato l'organizzatore Tonino Pizzicorti."),
         '+Il programma del pomeriggio',
         '+Ore 14: iscrizione dei concorrenti e consegna del primo mazzo di steli',
         '-Video: gli ultimi dieci minuti della gara (2:14)',
         "+Ore 15: una campanella dà il via all'ora di gara",
         '+Ore 16.30: misurazione degli steli e premiazione'],
        ['-Tag: Pungivalle, ortiche, sagra, beneficenza',
         ('+Rosalba Urticchi, che si è allenata mangiando ogni giorno una minestra di ortiche da Pasqua, '
          'racconta che dopo venti minuti non sentiva più la lingua, ma ha tenuto duro per il tetto del centro '
          'civico.'),
         ("+Quest'anno la gara ha raccolto 3.400 euro e gli organizzatori pensano a una categoria per i ragazzi "
          'sopra i dodici anni, che mangeranno ortiche cotte.'),
         '-Condividi: Facebook · X · WhatsApp · Email'],
        ['-4 commenti',
         '-NonnaOrto: Brava Rosalba! Non capisco ancora come si possano mangiare crude.',
         "-↳ La Voce di Pungivalle: Grazie per averci letto, tutti i risultati sono nell'edizione di giovedì.",
         '-Gianni da Clusone: Al Gallo la birra è buona, le ortiche molto meno.',
         "-↳ NonnaOrto: Gianni, l'hai detto anche l'anno scorso e ti sei iscritto lo stesso!"],
        ['-I più letti: Torna in discussione la circonvallazione · Premiato il forno della piazza',
         '-Seguici su Facebook e Instagram per tutte le notizie della valle',
         '-© 2026 La Voce di Pungivalle · Note legali · Privacy · Contatti'],
    ]),
    _page('it', 'it-blog-la-cipolla-smisurata-prima-mostra-di-cipolle-giganti', [
        ["-Home · L'orto · Diario delle cipolle · Negozio · Chi sono"],
        ['-La Cipolla Smisurata – un orto, troppe cipolle',
         '+La mia prima mostra di cipolle giganti: terzo posto e una Berta orgogliosissima',
         '-Pubblicato il 20 settembre 2026 da Carmela · 6 commenti',
         '-5 minuti di lettura'],
        [('+Dopo nove mesi di semina, concime e preoccupazioni, sabato mattina ho finalmente portato Berta, la '
          "mia cipolla più grande, sotto il tendone della mostra d'autunno di Tropea."),
         '-Berta sulla bilancia della cucina la sera prima (non era contenta)',
         '+Era la mia prima mostra, e speravo solo che non fosse la più piccola delle diciotto cipolle sul banco.'],
        ['-Indice: 1. Far crescere Berta 2. Il giorno della mostra 3. E adesso',
         ("+Durante l'allestimento il presidente della giuria, che ha quarant'anni di mostre alle spalle, ha "
          'spiegato a noi esordienti cosa cerca: «Una cipolla pesante non vince niente se la buccia è spaccata. '
          'Voglio un colletto pulito e una buccia come rame lucidato.»'),
         '-Il concime alle alghe che uso sempre è su Amazon (link affiliato)'],
        ['+La mostra in tre tappe',
         '+Ore 8: sistemazione delle cipolle sul banco',
         '+Ore 10: la giuria valuta a porte chiuse',
         '-Le cipolle in fila sul banco, Berta è la terza da sinistra',
         '+Ore 14: risultati e pesatura pubblica'],
        [('+Berta pesava 4,2 chili ed è arrivata terza, dietro due cipolle di oltre cinque chili coltivate da un '
          'padre e un figlio che vincono la categoria da dodici anni.'),
         '-Iscriviti via email per non perdere nessun articolo',
         ("+L'ho seminata il 26 dicembre sotto una lampada nella stanza degli ospiti, trapiantata ad aprile e "
          "nutrita con alghe ogni settimana; l'anno prossimo monto un tunnel e punto ai cinque chili."),
         '-Buon orto a tutti, Carmela',
         ('-Le mie etichette da orto dipinte a mano sono nel mio negozio Etsy, con il codice CIPOLLA10 hai il '
          '10% di sconto')],
        ['-6 commenti a questo articolo',
         '-Teresa da Vibo: Terza alla prima mostra è fantastico, Berta è bellissima!',
         '-↳ Carmela: Grazie Teresa! Adesso è in cucina e sta diventando piano piano una zuppa.',
         '-Ortolano Pino: Che varietà è? Kelsae o Ailsa Craig?',
         "-↳ Carmela: Kelsae, con semi comprati alla mostra dell'anno scorso!"],
        ["-Archiviato in: Cipolle, Mostre, Vita nell'orto",
         '-Potrebbe interessarti anche: Diario del solco dei porri · Perché i miei scalogni sono andati a seme',
         '-Condividi: Pinterest · Facebook · WhatsApp'],
        ['-© 2026 La Cipolla Smisurata · Tema: Kadence · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-parzydlowo-zawody-w-jedzeniu-pokrzyw', [
        ['-Wiadomości · Sport · Imprezy · Rolnictwo · Nekrologi · Praca',
         '-Kurier Parzydłowski – gazeta powiatu od 1990 roku'],
        ['-Strona główna › Wiadomości › Sołectwa',
         '+61-letnia emerytowana listonoszka wygrała zawody w jedzeniu pokrzyw w Parzydłowie',
         '-Oprac. redakcja | niedziela, 21 czerwca 2026, 18:42',
         '-3 min czytania'],
        ['-Halina Pokrzywiakowa obrywa kolejną łodygę w ostatnich minutach. Fot. Piotr Nowak',
         ('+Emerytowana listonoszka w wieku 61 lat jest nową mistrzynią Parzydłowa w jedzeniu pokrzyw: w sobotę '
          'w ciągu godziny zjadła liście z 26 metrów łodyg pokrzywy.'),
         ('+Halina Pokrzywiakowa pokonała 39 innych uczestników, w tym zeszłorocznego zwycięzcę, arborystę, na '
          'oczach ponad 700 widzów w ogrodzie gospody Pod Kogutem.')],
        ['-Reklama',
         '-Artykuł sponsorowany: Tani sposób, który pokochały tysiące działkowców',
         '-Czytaj także: Zbiórka na dach świetlicy przekroczyła 20 tys. zł'],
        [('+Zasady nie zmieniły się od czterdziestu lat: je się tylko liście, rękawiczki są zakazane, a każdą '
          'obraną łodygę układa się na trawniku jedna za drugą. „Złóżcie liść tak, żeby włoski się położyły, '
          'żujcie szybko i nigdy nie oblizujcie ust” – mówił organizator Zenon Parzydłowski.'),
         '+Tak minęło popołudnie',
         '+14.00: zapisy uczestników i wydanie pierwszego pęczka łodyg',
         '-Wideo: ostatnie dziesięć minut zawodów (2:14)',
         '+15.00: dzwonek rozpoczyna godzinę jedzenia',
         '+16.30: mierzenie łodyg i wręczenie nagród'],
        ['-Tagi: Parzydłowo, pokrzywy, festyn, zbiórka',
         ('+Halina Pokrzywiakowa, która od Wielkanocy codziennie jadła zupę z pokrzyw, mówi, że po dwudziestu '
          'minutach nie czuła języka, ale wytrzymała, bo pieniądze idą na dach świetlicy.'),
         ('+Zawody przyniosły w tym roku 3400 zł, a organizatorzy planują kategorię dla dzieci powyżej dwunastu '
          'lat, które będą jeść gotowane pokrzywy.'),
         '-Udostępnij: Facebook · X · WhatsApp · E-mail'],
        ['-4 komentarze',
         '-Babcia_z_działki: Brawo pani Halino! Nadal nie rozumiem, jak można je jeść na surowo.',
         '-↳ Kurier Parzydłowski: Dziękujemy za lekturę, pełne wyniki w czwartkowym wydaniu.',
         '-Marek z Wronek: Pod Kogutem mają dobre piwo, pokrzywy już mniej.',
         '-↳ Babcia_z_działki: Marek, w zeszłym roku mówiłeś to samo i i tak się zapisałeś!'],
        ['-Najczęściej czytane: Obwodnica znów na tapecie · Piekarnia z rynku nagrodzona',
         '-Obserwuj nas na Facebooku i Instagramie, by być na bieżąco z wiadomościami z powiatu',
         '-© 2026 Kurier Parzydłowski · Regulamin · Polityka prywatności · Kontakt'],
    ]),
    _page('pl', 'pl-blog-cebula-olbrzymka-pierwsza-wystawa-cebul-olbrzymow', [
        ['-Start · Moja działka · Dziennik cebul · Sklep · O mnie'],
        ['-Cebula Olbrzymka – jedna działka, za dużo cebul',
         '+Moja pierwsza wystawa cebul olbrzymów: trzecie miejsce i bardzo dumna Berta',
         '-Opublikowano 20 września 2026 przez Jadzię · 6 komentarzy',
         '-5 min czytania'],
        [('+Po dziewięciu miesiącach siania, nawożenia i zamartwiania się w sobotę rano wreszcie zaniosłam '
          'Bertę, moją największą cebulę, do namiotu jesiennej wystawy w Kaliszu.'),
         '-Berta na kuchennej wadze dzień wcześniej (nie była zachwycona)',
         ('+To była moja pierwsza wystawa i szczerze mówiąc liczyłam tylko na to, że nie będzie najmniejszą z '
          'osiemnastu cebul na stole.')],
        ['-Spis treści: 1. Jak rosła Berta 2. Dzień wystawy 3. Co dalej',
         ('+Przy ustawianiu przewodniczący jury, który ma za sobą czterdzieści lat wystaw, powiedział nam, '
          'nowicjuszom, czego szuka: „Ciężka cebula nic nie wygra, jeśli ma pękniętą łuskę. Chcę czystej szyjki '
          'i łuski jak wypolerowana miedź”.'),
         '-Nawóz z alg, który polecam, kupicie na Allegro (link afiliacyjny)'],
        ['+Dzień wystawy w trzech krokach',
         '+8.00: ustawianie cebul na stole',
         '+10.00: ocena jury przy zamkniętych drzwiach',
         '-Cebule w rzędzie na stole, Berta jest trzecia od lewej',
         '+14.00: wyniki i publiczne ważenie'],
        [('+Berta ważyła 4,2 kilograma i zajęła trzecie miejsce, za dwiema cebulami ponad pięciokilogramowymi '
          'ojca i syna, którzy wygrywają tę kategorię od dwunastu lat.'),
         '-Zapisz się na powiadomienia e-mail, a nie przegapisz żadnego wpisu',
         ('+Wysiałam ją w drugi dzień świąt pod lampą w pokoju gościnnym, w kwietniu posadziłam na działce i co '
          'tydzień karmiłam algami; w przyszłym roku stawiam tunel foliowy i celuję w pięć kilogramów.'),
         '-Udanych zbiorów, Jadzia',
         ('-Moje ręcznie malowane etykiety do grządek znajdziecie w moim sklepie na Etsy, z kodem CEBULA10 '
          'taniej o 10%')],
        ['-6 komentarzy do wpisu',
         '-Krysia z Ostrowa: Trzecie miejsce na pierwszej wystawie to super, Berta wygląda wspaniale!',
         '-↳ Jadzia: Dziękuję, Krysiu! Teraz leży w kuchni i powoli zamienia się w zupę.',
         '-Działkowiec Rysiek: Jaka to odmiana? Kelsae czy Ailsa Craig?',
         '-↳ Jadzia: Kelsae, z nasion kupionych na zeszłorocznej wystawie!'],
        ['-Kategoria: Cebule, Wystawy, Życie na działce',
         '-Może Cię zainteresować: Dziennik rowu porowego · Dlaczego moje szalotki poszły w pędy',
         '-Udostępnij wpis: Pinterest · Facebook · WhatsApp'],
        ['-© 2026 Cebula Olbrzymka · Motyw: Kadence · Działa na WordPressie'],
    ]),
    _page('ru', 'ru-portal-zhguchinsk-konkurs-poedaniya-krapivy', [
        ['-Новости · Спорт · Афиша · Село · Некрологи · Работа',
         '-«Жгучинский вестник» – районная газета с 1931 года'],
        ['-Главная › Новости › Сёла района',
         '+61-летняя почтальонка на пенсии выиграла конкурс поедания крапивы в Жгучинске',
         '-Редакция | воскресенье, 21 июня 2026, 18:42',
         '-3 мин на чтение'],
        ['-Агриппина Крапивникова обрывает ещё один стебель в последние минуты. Фото: Павел Егоров',
         ('+Почтальонка на пенсии 61 года стала новой чемпионкой Жгучинска по поеданию крапивы: в субботу за час '
          'она съела листья с 26 метров стеблей жгучей крапивы.'),
         ('+Агриппина Крапивникова обошла 39 соперников, среди них прошлогоднего победителя, арбориста, на '
          'глазах у более чем 700 зрителей в саду трактира «Петушок».')],
        ['-На правах рекламы',
         '-Партнёрский материал: Дешёвый способ, который уже оценили тысячи дачников',
         '-Читайте также: Сбор на крышу сельского клуба превысил 200 тысяч рублей'],
        [('+Правила не менялись сорок лет: едят только листья, перчатки запрещены, а каждый ободранный стебель '
          'выкладывают на газоне один за другим. «Сложите лист так, чтобы волоски легли, жуйте быстро и никогда '
          'не облизывайте губы», – объяснил организатор Геннадий Кусачкин.'),
         '+Как прошёл день',
         '+14:00 – регистрация участников и выдача первого пучка стеблей',
         '-Видео: последние десять минут конкурса (2:14)',
         '+15:00 – колокольчик открывает час поедания',
         '+16:30 – замер стеблей и награждение'],
        ['-Теги: Жгучинск, крапива, праздник села, благотворительность',
         ('+Агриппина Крапивникова, которая с Пасхи каждый день ела крапивный суп, рассказала, что через '
          'двадцать минут перестала чувствовать язык, но выдержала ради крыши сельского клуба.'),
         ('+В этом году конкурс собрал 34 тысячи рублей, а организаторы планируют категорию для детей старше '
          'двенадцати лет, которые будут есть варёную крапиву.'),
         '-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        ['-4 комментария',
         '-Бабушка_с_грядки: Молодец, Агриппина! До сих пор не понимаю, как её можно есть сырой.',
         '-↳ «Жгучинский вестник»: Спасибо, что читаете, все результаты в четверговом номере.',
         '-Михаил из Калуги: В «Петушке» хорошее пиво, а вот крапива не очень.',
         '-↳ Бабушка_с_грядки: Михаил, вы то же самое говорили в прошлом году и всё равно записались!'],
        ['-Самое читаемое: Объездную дорогу снова обсуждают · Пекарню на площади наградили',
         '-Подписывайтесь на нас во ВКонтакте и в Telegram, чтобы следить за новостями района',
         '-© 2026 «Жгучинский вестник» · Правовая информация · Конфиденциальность · Контакты'],
    ]),
    _page('ru', 'ru-blog-lukovoe-tsarstvo-pervaya-vystavka-gigantskogo-luka', [
        ['-Главная · Мой огород · Луковый дневник · Магазин · Обо мне'],
        ['-«Луковое царство» – один огород и слишком много лука',
         '+Моя первая выставка гигантского лука: третье место и очень гордая Берта',
         '-Опубликовано 20 сентября 2026 автором Нюра · 6 комментариев',
         '-5 мин на чтение'],
        [('+После девяти месяцев посева, подкормок и волнений в субботу утром я наконец принесла Берту, мою '
          'самую большую луковицу, в шатёр осенней выставки в Ростове Великом.'),
         '-Берта на кухонных весах накануне вечером (она была не в восторге)',
         ('+Это была моя первая выставка, и я честно надеялась лишь на то, что она не окажется самой маленькой '
          'из восемнадцати луковиц на столе.')],
        ['-Содержание: 1. Как росла Берта 2. День выставки 3. Что дальше',
         ('+Во время расстановки председатель жюри, у которого за плечами сорок лет выставок, объяснил нам, '
          'новичкам, что он ищет: «Тяжёлая луковица ничего не выиграет, если у неё треснула шелуха. Мне нужна '
          'чистая шейка и шелуха как начищенная медь».'),
         '-Удобрение из водорослей, которым я пользуюсь, есть на Ozon (партнёрская ссылка)'],
        ['+День выставки в трёх шагах',
         '+8:00 – расстановка луковиц на столе',
         '+10:00 – жюри оценивает за закрытыми дверями',
         '-Луковицы в ряд на столе, Берта третья слева',
         '+14:00 – итоги и публичное взвешивание'],
        [('+Берта весила 4,2 килограмма и заняла третье место после двух луковиц больше пяти килограммов, '
          'которые вырастили отец и сын, побеждающие в этой категории уже двенадцать лет.'),
         '-Подпишитесь на рассылку, чтобы не пропустить новые записи',
         ('+Я посеяла её 26 декабря под лампой в гостевой комнате, в апреле высадила в грунт и каждую неделю '
          'подкармливала водорослями; в следующем году поставлю теплицу и буду целиться в пять килограммов.'),
         '-Хорошего урожая, ваша Нюра',
         '-Мои расписные таблички для грядок можно купить на Ярмарке Мастеров, по коду ЛУК10 скидка 10%'],
        ['-6 комментариев к записи',
         '-Галина из Ярославля: Третье место на первой выставке – это здорово, Берта просто красавица!',
         '-↳ Нюра: Спасибо, Галина! Теперь она на кухне и потихоньку превращается в суп.',
         '-Огородник Витя: Какой это сорт? Кельсей или Айлса Крейг?',
         '-↳ Нюра: Кельсей, из семян, купленных на прошлогодней выставке!'],
        ['-Рубрика: Лук, Выставки, Огородная жизнь',
         '-Вам может понравиться: Дневник траншеи для порея · Почему мой шалот ушёл в стрелку',
         '-Поделиться записью: Pinterest · ВКонтакте · Telegram'],
        ['-© 2026 «Луковое царство» · Тема: Kadence · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Der Inhalt von Podigee kann aufgrund Ihrer Cookie-Einstellungen nicht angezeigt werden.':
        ('a German Podigee player not shown because of the reader\'s cookie settings ("Der Inhalt von Podigee kann '
         'aufgrund Ihrer Cookie-Einstellungen nicht angezeigt werden.") is left in the body'),
    'Gaëlle Piquerousse (avec AFP)':
        ('a French name-first byline with the news-agency credit (avec AFP) ("Gaëlle Piquerousse (avec AFP)") is '
         'left at the head'),
    'Bożena Kłujewska, fot. autorka':
        ('a Polish name-first byline with the photos-by-the-author (fot. autorka) credit ("Bożena Kłujewska, fot. '
         'autorka") is left at the head'),
    'Members on my Substack get the full feeding schedule – first month free.':
        ('an English Substack plug for the author\'s feeding schedule ("Members on my Substack get the full feeding '
         'schedule – first month free.") is left at the foot'),
    'Leave a Reply to Margaret Cancel reply':
        ('an English reply-form heading with the cancel-reply link ("Leave a Reply to Margaret Cancel reply") is '
         'left at the foot'),
    'Votre réaction ne doit pas dépasser 1 000 caractères.':
        ('a French reaction-length-limit note ("Votre réaction ne doit pas dépasser 1 000 caractères.") is left at '
         'the foot'),
    'Note: some quotes have been edited for length and clarity.':
        ('an English quotes-edited-for-length-and-clarity note ("Note: some quotes have been edited for length and '
         'clarity.") is left in the body'),
    'Hinweis: Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom Samstag.':
        ('a German first-appeared-in-Saturday\'s-print-edition note ("Hinweis: Dieser Artikel erschien zuerst in '
         'der gedruckten Ausgabe vom Samstag.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-bulbs-and-bother-first-giant-onion-show':
        ('the English giant-onion show blog post keeps the menu ("Home · The Allotment · Onion Diary · Shop · '
         'About Me") alone in a block at the very top, the blog name with its tagline ("Bulbs and Bother – one'
         ' allotment, far too many onions") at the top of the block with the title, the opening photo\'s '
         'caption ("Bertha on the kitchen scales the night before (she was not impressed)") between the first '
         'and second paragraphs and the action photo\'s caption ("The line-up on the bench – Bertha is third '
         'from the left") between the second and third rows, inside the list block (4 of 20 noise lines); no '
         'article line is lost'),
    'fr-blog-oignon-majuscule-premier-concours-d-oignons-geants':
        ('the French giant-onion show blog post keeps the menu ("Accueil · Le potager · Journal des oignons · '
         'Boutique · À propos") alone in a block at the very top, the blog name with its tagline ("Oignon '
         'Majuscule – un potager, beaucoup trop d\'oignons") at the top of the block with the title, the '
         'opening photo\'s caption ("Berthe sur la balance de la cuisine la veille (elle n\'a pas apprécié)") '
         'between the first and second paragraphs and the action photo\'s caption ("Les oignons alignés sur la '
         'table, Berthe est la troisième en partant de la gauche") between the second and third rows, inside '
         'the list block (4 of 20 noise lines); no article line is lost'),
    'de-blog-zwiebelkoenigin-erste-riesenzwiebelschau':
        ('the German giant-onion show blog post keeps the menu ("Start · Mein Garten · Zwiebeltagebuch · Shop '
         '· Über mich") alone in a block at the very top, the blog name with its tagline ("Die Zwiebelkönigin '
         '– ein Schrebergarten, viel zu viele Zwiebeln") at the top of the block with the title, the opening '
         'photo\'s caption ("Berta am Abend vorher auf der Küchenwaage (sie war nicht begeistert)") between the'
         ' first and second paragraphs and the action photo\'s caption ("Die Reihe auf dem Tisch – Berta ist '
         'die dritte von links") between the second and third rows, inside the list block (4 of 20 noise '
         'lines); no article line is lost'),
    'it-blog-la-cipolla-smisurata-prima-mostra-di-cipolle-giganti':
        ('the Italian giant-onion show blog post keeps the menu ("Home · L\'orto · Diario delle cipolle · '
         'Negozio · Chi sono") alone in a block at the very top, the blog name with its tagline ("La Cipolla '
         'Smisurata – un orto, troppe cipolle") at the top of the block with the title, the opening photo\'s '
         'caption ("Berta sulla bilancia della cucina la sera prima (non era contenta)") between the first and'
         ' second paragraphs, the action photo\'s caption ("Le cipolle in fila sul banco, Berta è la terza da '
         'sinistra") between the second and third rows, inside the list block, the author\'s sign-off ("Buon '
         'orto a tutti, Carmela") under the last paragraph and the plug for her hand-painted plant labels ("Le'
         ' mie etichette da orto dipinte a mano sono nel mio negozio Etsy, con il codice CIPOLLA10 hai il 10% '
         'di sconto") closing the block of the two last paragraphs (6 of 20 noise lines); no article line is '
         'lost'),
    'pl-blog-cebula-olbrzymka-pierwsza-wystawa-cebul-olbrzymow':
        ('the Polish giant-onion show blog post keeps the menu ("Start · Moja działka · Dziennik cebul · Sklep'
         ' · O mnie") alone in a block at the very top, the blog name with its tagline ("Cebula Olbrzymka – '
         'jedna działka, za dużo cebul") at the top of the block with the title, the opening photo\'s caption '
         '("Berta na kuchennej wadze dzień wcześniej (nie była zachwycona)") between the first and second '
         'paragraphs and the action photo\'s caption ("Cebule w rzędzie na stole, Berta jest trzecia od lewej")'
         ' between the second and third rows, inside the list block (4 of 20 noise lines); no article line is '
         'lost'),
    'ru-blog-lukovoe-tsarstvo-pervaya-vystavka-gigantskogo-luka':
        ('the Russian giant-onion show blog post keeps the menu ("Главная · Мой огород · Луковый дневник · '
         'Магазин · Обо мне") alone in a block at the very top, the blog name with its tagline ("«Луковое '
         'царство» – один огород и слишком много лука") at the top of the block with the title, the opening '
         'photo\'s caption ("Берта на кухонных весах накануне вечером (она была не в восторге)") between the '
         'first and second paragraphs and the action photo\'s caption ("Луковицы в ряд на столе, Берта третья '
         'слева") between the second and third rows, inside the list block (4 of 20 noise lines); no article '
         'line is lost'),
}

test_held_out_235_line, test_held_out_235_line_is_kept, test_held_out_235_page = held_out_tests(
    HELD_OUT_235_LINES, HELD_OUT_235_KEEP, HELD_OUT_235_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
