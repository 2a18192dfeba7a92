"""Held-out set 242: written blind, weighted toward the noise the cleaner exists for, in shapes set 240's docstring does
not name (nor the first paragraphs of sets 237, 238 and 239): scraper, embed and ad markers, all in the body (an English
Flourish graphic still loading, with a your-browser-may-have-blocked-the-script hint "Flourish graphic loading… If
nothing appears, your browser may have blocked the script.", an English Twitch clip the broadcaster deleted "This Twitch
clip is unavailable because the broadcaster has deleted it.", an English Bandcamp player whose track cannot be streamed
in the reader's country "Bandcamp player: this track is not available for streaming in your country.", a French
Dailymotion video removed by its owner "Cette vidéo Dailymotion n'est plus disponible : elle a été supprimée par son
propriétaire.", a German Podigee player that loads the episode only after consent to external media "Podigee-Player: Die
Episode wird erst nach Ihrer Zustimmung zu externen Medien geladen.", an Italian Riddle poll that did not load, with a
reload-to-vote hint "Il sondaggio di Riddle non è stato caricato: ricarica la pagina per votare.", a Polish Player.pl
player not available in the browser's private mode "Odtwarzacz Player.pl jest niedostępny w trybie prywatnym
przeglądarki." and a Russian VK Video player that did not load, with a switch-off-the-VPN hint "Плеер VK Видео не
загрузился. Отключите VPN и обновите страницу."); reading-time headers in new wordings, all at the head (a blog's
you'll-need-about line "You'll need about 6 minutes for this one.", an English min-read label with a
listen-to-this-article link "6 min read | Listen to this article (7 min)", the French reading-duration (durée de
lecture) label "Durée de lecture : 6 min", the German you-need-about (zum Lesen brauchen Sie) line "Zum Lesen brauchen
Sie etwa 6 Minuten.", the Italian reading-time-about (tempo di lettura: circa) label "Tempo di lettura: circa 6 minuti",
the Polish reading-time (czas czytania) label with ok. "Czas czytania: ok. 6 min" and the Russian time-of-reading (время
прочтения) label "Время прочтения — 6 мин."); bylines and self-promotion (an English Local Democracy Reporting Service
byline "Tamsin Clodhopple, Local Democracy Reporting Service", an English wire-style reporting-and-editing byline
"Reporting by Tamsin Clodhopple; editing by the sports desk", a German a-report-by (ein Bericht von) byline "Ein Bericht
von Friedhelm Knollwerfer" and a Polish compiled-by (oprac.) byline "Oprac. Zdzisława Korzonkówna", all at the head; and
an English Substack plug "Want more? My Substack goes out every Sunday – subscribe for free.", a French
subscribe-to-my-YouTube-channel plug for the full race video "Abonnez-vous à ma chaîne YouTube pour voir la vidéo
complète de la course !", an Italian Vinted plug for the author's team T-shirts "Trovi le magliette della mia squadra
sul mio negozio Vinted, spedizione in tutta Italia." and a Russian plug for the author's Telegram channel "Больше фото и
видео с гонки — в моём телеграм-канале, подписывайтесь!", all at the foot); blog and site footers, all at the foot (an
English Eleventy and Cloudflare Pages credit "Built with Eleventy · Hosted on Cloudflare Pages", an English
company-registration line with the registered office "Registered in England and Wales No. 04127356 · Registered office:
Market Street, Wurzelcombe", the English Wix.com builder banner "This site was designed with the Wix.com website
builder. Create your website today.", a French OVHcloud hosting line with the site-map and manage-my-cookies links "Site
hébergé par OVHcloud · Plan du site · Gérer mes cookies", a German Jimdo credit with the imprint and privacy links
"Erstellt mit Jimdo · Impressum · Datenschutz", an Italian press-registration line (testata registrata) with the
editor-in-charge (direttore responsabile) "Testata registrata presso il Tribunale di Mantova n. 12/2009 · Direttore
responsabile: Ilaria Zappabietola", a Polish WebWave credit with the terms and accessibility-statement links "Strona
stworzona w WebWave · Regulamin · Deklaracja dostępności" and a Russian mass-media registration line (свидетельство о
регистрации СМИ) "Свидетельство о регистрации СМИ Эл № ФС 77-81234 выдано Роскомнадзором"); reader-comment furniture,
all at the foot (the English Disqus enable-JavaScript note "Please enable JavaScript to view the comments powered by
Disqus.", the English WordPress comment-form heading with its cancel link "Leave a Reply Cancel reply", an English
comment-pagination line "Showing 1–20 of 64 comments", a French reply-to-this-comment row with a see-the-replies link
"Répondre à ce commentaire · Voir les 3 réponses", a German comment-section-moderation-hours line "Die Kommentarspalte
wird werktags von 8 bis 18 Uhr betreut.", an Italian comment count with a read-the-comment-rules link "Commenti (14) ·
Leggi il regolamento dei commenti", a Polish comment-form label row "Twój nick · Treść komentarza · Opublikuj" and a
Russian anonymous-comments-disabled note "Анонимные комментарии отключены."); share rows, all at the foot (an English
spread-the-word row with Threads and Reddit "Spread the word: Threads · Reddit · Copy link", a French pass-it-round
(faites tourner) row with Reddit "Faites tourner : WhatsApp · Reddit · Copier le lien" and an Italian pass-the-word
(passa parola) row with Threads "Passa parola: WhatsApp · Threads · Telegram"); and notices (a German AI-assistance
disclosure "Dieser Text wurde mit Unterstützung einer KI erstellt und redaktionell geprüft." and a Polish
written-in-cooperation-with-the-municipal-office note "Artykuł powstał we współpracy z Urzędem Gminy Pastewniki.", both
in the body; and a Russian this-is-an-archive-publication note "Это архивная публикация: информация могла устареть.", at
the foot); and twenty keep lines, article sentences that look a little like noise ("Commentary on the final end was
provided by the vicar, standing on a hay bale.", "Sharing the trophy with her grandson, the winner said she had learned
to hurl in 1974.", "Follow-through matters more than strength, according to the oldest hurler on the field.",
"Commentant la finale, le maire a comparé la dernière betterave à un boulet de canon.", "Kommentiert wurde jeder Wurf
vom Ortsvorsteher über ein altes Megafon.", "Commentando il lancio vincente, il sindaco ha parlato di una barbabietola
«telecomandata».", "Комментируя финал, судья признался, что такой точности не видел двадцать лет.", "Subscribers to the
parish magazine chose the theme of this year's bed race: the seaside.", "Partagé entre deux familles, le trophée restera
six mois dans chaque ferme.", "Geteilt haben sich die beiden Finalistinnen am Ende ein Bier und den Pokal.", "Condivisa
dall'intero paese, la merenda finale è durata fino a sera.", "Komentując zwycięstwo, emerytowana listonoszka
podziękowała wnukom za trening.", "Copyright of the Wurzelcombe hurling rules, first written on a beer mat, now rests
with the village hall.", "Advertising boards on the beds raised more money than any previous race.", "Reading the slope
of the pitch, the winner rolled her mangold gently past the jack.", "Suivre la betterave des yeux jusqu'au but demandait
de la patience, avouait un spectateur.", "Abonniert auf den zweiten Platz scheint der Landwirt aus dem Nachbardorf zu
sein.", "Seguire i letti lungo le mura è stato il passatempo dei turisti per tutto il pomeriggio.", "Udostępnione przez
gospodarza pole zamieniło się w boisko do rzucania burakami." and "Поделившись призом с внуком, победительница пообещала
вернуться через год."); and toward whole scraped news and hobby-blog pages in layouts set 240's docstring does not
describe (on the six portal pages, in nine blocks, the masthead with its tagline and the section menu alone in a block
of two at the very top; the title third in a block of four, under a breadcrumb and a bare reading time and above the
byline with the date and time (one line); the first and second paragraphs at the top of a block of three, with a
read-also link closing it; the paragraph with the quote last in a block of three, under the lead photo's caption with
its credit (one line) and a share row; the subheading and the three rows with a bare advertisement label (Advertisement,
Publicité, Anzeige, Pubblicità, Reklama, Реклама) between the second and third rows and a newsletter prompt closing the
list block (a block of six, the label fourth and the prompt last); the two last paragraphs under a sponsored headline,
in a block of three; a tags line and a follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the Russian
page) alone in a block of two; a thread of five lines alone in a block (a comment count, a reader's comment, a second
reader's arrowed reply to it, a third reader's comment and the paper's arrowed reply to the third); and at the foot the
publisher's copyright line with its links in one line and a back-to-top link, in a block of two; on the six blog pages,
in nine blocks, the blog name with its tagline and the menu alone in a block of two at the very top; the title first in
a block of four, above the posted-on-by line (with the comment count), a bare reading time and an affiliate-links
disclosure; the first paragraph under a table of contents (its heading and three numbered entries in one line), in a
block of two; the second paragraph and the paragraph with the quote under the opening photo's caption, in a block of
three; the subheading and the three rows with an action photo's caption between the first and second rows, inside the
list block (a block of five, the caption third); the two last paragraphs at the top of a block of four, above the
author's sign-off and a plug for the team's hand-printed T-shirts (in an Etsy shop, at Yarmarka Masterov on the Russian
blog); an affiliate link to the bungee cords or straps that held the mattress on (on Amazon, on Allegro on the Polish
blog, on Ozon on the Russian blog) and a share row alone in a block of two; a thread of five lines alone in a block (a
thoughts-on or comments heading with its count quoting the post's title, the friend's comment, an aunt's comment, the
author's arrowed reply to the aunt and the friend's arrowed answer to the thread); and at the foot a subscribe-by-email
prompt, a previous-and-next-post line and the author's copyright line with the theme credit, in a block of three), taken
from local news of a village's 19th mangold-hurling match (a 71-year-old retired postwoman landing her last mangold, a
fodder beet, 14 centimetres from the jack, 32 hurlers and more than 600 spectators on the cricket or sports field, the
match begun in 2007 as a bet between two farmers at a harvest supper, the umpire's quote, a sheep farmer who has judged
every match, that a mangold has a mind of its own, so aim short and let it roll, the weigh-in of the mangolds at 11.00,
pairs heats from 12.00 and the final with a cider presentation at 15.30, the winner beating last year's champion, a
dairy farmer, by six centimetres in the final end after his mangold split on a molehill, 1,200 pounds, euros or złoty
(120 thousand roubles on the Russian page) raised for the village hall roof and the mangolds fed to a neighbour's cows)
in six invented villages, and from six hobby blogs of young women on their first charity bed race (talked into it by
colleagues at a bakery in May, at Hebden Bridge, Annecy, Bamberg, Ferrara, Toruń and Kostroma, an old brass bed from a
skip painted pink with four trolley wheels bolted on, practice in a car park every Thursday, the marshal's quote at the
briefing to push with the legs, steer with the voice and never let go of the bed on a corner, the bed inspection at
10.00, a fancy-dress parade at 11.30 and the race start at 14.00, eleventh of twenty-seven beds after a wheel came off
on the bridge and the bed was carried the last 200 metres, 840 pounds, euros or złoty (84 thousand roubles on the
Russian blog) raised for a hospice, bigger wheels next year with the friend already signing the team up).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 240 but what is named here), held-out set 241 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 240 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 237, 238 and 239, printed with one ast script (/tmp/s242scratch/read.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s242scratch/insp.py, with
/tmp/wt-s242/src and /tmp/wt-s242/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s242 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 240's as printed, with 240
-> 242; /tmp/s242scratch/gen242.py writes this file from scratch files (data242.py with the noise and keep lines,
pages242.py with the pages as fields and the two layouts that turn them into blocks, doc_*.txt with the docstring
paragraphs and, after the measurement, tables242.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s242, detached at commit
c456b63081d1efdc370c9942cf6ddb6f76b27137, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 21:42:55 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 21:42:57 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed c456b63081d1efdc370c9942cf6ddb6f76b27137 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched
afterwards. The set-up call ended with ``ls /tmp/wt-s242 /tmp/wt-set242 | head`` (the top folder of the worktree only:
README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), not a listing of tests/. (2) read.py first
printed to the terminal, which the tool cut in the middle (it showed set 237's first paragraph and the start of set
238's, then from inside set 240's Judgement calls on, set 240's Contents and Baseline paragraphs, its imports and its
tail); the second run went to /tmp/s242scratch/allowed.txt (only the allowed parts), which I paged with ``sed -n`` on
that output file, never on a file of the repository; nothing else of any set file was printed. (3) The default python
already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so
nothing was installed. That import (and gen242.py's import of the written file, to compare it with the scratch data)
loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4)
Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed
service used for a held-out marker here is named for a marker in them (Flourish, Twitch, Bandcamp, Dailymotion, Podigee,
Riddle, Player.pl and VK Video are new; the failures are worded anew: a graphic still loading with a blocked-script
hint, a clip the broadcaster deleted, a track not streamable in the reader's country, a video its owner removed, an
episode waiting for consent to external media, a poll that did not load with a reload-to-vote hint, a player not
available in private browsing, a player that did not load with a switch-off-the-VPN hint); the reading times avoid the
phrasings named there (the new ones are "You'll need about ... for this one", "min read | Listen to this article",
"Durée de lecture", "Zum Lesen brauchen Sie etwa", "Tempo di lettura: circa", "Czas czytania: ok." and "Время
прочтения"; an Italian "Tempo di lettura stimato" was first planned and changed before anything was measured, since it
is set 240's "Est. reading time" in Italian); the bylines are of new shapes (a Local Democracy Reporting Service line, a
wire-style reporting-and-editing line, "Ein Bericht von", "Oprac.") and the plugs are of kinds not named there (a
Substack newsletter, a subscribe-to-my-YouTube-channel line, a Vinted shop, a Telegram channel; YouTube and Telegram are
named in the read docstrings only as a marker service and in a share row); the footers use builders, hosts and legal
lines not named there (Eleventy with Cloudflare Pages, a company-registration line, the Wix.com banner, OVHcloud, Jimdo,
an Italian press-registration line with the editor in charge, WebWave, a Russian media-registration line); the comment
lines (a Disqus enable-JavaScript note, the WordPress leave-a-reply heading, a pagination line, a reply-and-see-replies
row, moderation hours, a count with a rules link, form labels, an anonymous-comments-disabled note), the share rows
(spread the word with Threads and Reddit; faites tourner with Reddit; passa parola with Threads) and the notices (a
German AI-assistance disclosure and a Polish cooperation note in the body, a Russian archive note at the foot) are of
kinds not named there. The company number 04127356, the court number 12/2009 and the certificate number ФС 77-81234 were
made up and not checked. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary
kinds the brief lists; the layouts differ from those of set 240 (see the first paragraph). (5) Invented names were
checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Wurzelcombe,
Clodhopple, "Brass Bed Bex", Betteravillers, Navetonne, "Sommier Rugissant", Runkelstedt, Knollwerfer, Rollbett-Ronja,
Bietolasco, Zappabietola, "Lettino Ribelle", Pastewniki, Korzonkówna, "Łóżkiem przez Toruń", Свекловодск, Свёкломесова
and Перина-торпеда. Dropped for hits: Tubercolle (inside YoutuberCollection and VtuberCollection code names), Rapanelli
(a real surname and a word in recipe data), Корнеплодова (a real person's name in a photo caption) and Кровать-ракета (a
real children's bed in shop data). "The Wurzelcombe Gazette", "Le Réveil de Betteravillers", "Runkelstedter Bote", "La
Voce di Bietolasco", "Echo Pastewnik" and «Свекловодский курьер» are formed from checked names; the first names of the
winners, the bloggers (Bex, Chloé, Ronja, Giulia, Ola, Аня), their friends and aunts and the commenters (first names
with an initial) were not checked. Real services, platforms, shops and institutions (Flourish, Twitch, Bandcamp,
Dailymotion, Podigee, Riddle, Player.pl, VK Видео, the Local Democracy Reporting Service, Substack, YouTube, Vinted,
Telegram, Eleventy, Cloudflare Pages, Wix.com, OVHcloud, Jimdo, the Tribunale di Mantova, WebWave, Роскомнадзор, Disqus,
WordPress, Threads, Reddit, Facebook, X, WhatsApp, Instagram, Pinterest, ВКонтакте, Одноклассники, Amazon, Allegro,
Ozon, Etsy, Ярмарка Мастеров and Twenty Twenty-Three) and real towns (Hebden Bridge, Annecy, Bamberg, Ferrara, Toruń,
Kostroma) are named as real pages do. (6) A script (/tmp/s242scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats, that no
line holds an at-sign or stray white space, and that each page has 10 article and 20 noise lines; its first run found
fourteen noise lines inside others, all page lines: the portals' comment counts ("4 comments" and the like) inside the
blogs' posted-on lines, the held-out pagination line and the Polish blog's comments heading, the Polish portal's bare "4
min" inside the other portals' reading times, and the German portal's bare "Anzeige" inside "Traueranzeigen" of its
menu; I changed the portal counts to seven comments, the Polish reading time to "4 min czytania" and the menu entry to
"Trauer", and before that the Russian blog's share row, first written the same as the Russian portal's, to another
order; the next run found nothing wrong. It also printed the counts by category, language and place, which match the
Contents paragraph. gen242.py checks that no line of the file is over 120 columns and that it holds no at-sign, and
imports the written file back and finds its lists, pages and tables equal to the scratch data. (7) The measurement was
run once, as the brief gives it, in one shell call at 21:48:48 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s242scratch/pre_measure_copy.py); pytest printed 12 failed, 65 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s242scratch, importing the copy in /tmp/wt-s242/tests with /tmp/wt-s242/src on the
path) then printed ``_problems`` of each failing case: the three lines and the nine pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"), and so is every problem of a page but twenty-four: the Polish and
Russian portal and blog pages each lose (or put out of order) their subheading, their three rows and their two last
paragraphs ("lost or out of order"); no keep line is lost, and no problem of another kind (no unreported removal, no
range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that
output (/tmp/s242scratch/mktables.py writes tables242.py from the saved problems.json, which gen242.py puts into this
file); mktables.py checks that every problem is a kept line or a lost article line and matches each printed snippet to
exactly one line of its page, which the reason quotes in full with where it sits and the count the report counts left;
the reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and
pages of that output; the lists and pages of the final file were imported back and found equal to the scratch data, and
the final file was checked with the pytest command in /tmp/wt-s242 (see the Baseline paragraph). (9) Clock: ``date``
printed 21:42:55 at the start, 21:48:48 at the measurement, 21:49:06 just before the problems were printed and 21:49:12
after; the tables, the Baseline paragraph and these notes followed, and the commit within minutes, well inside the
brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the mangold-hurling match and the charity
bed race that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the
story, so article ("Commentary on the final end", "Commentant la finale", "Kommentiert wurde jeder Wurf", "Commentando
il lancio vincente", "Komentując zwycięstwo" and "Комментируя финал" open like comment furniture but report what a
vicar, a mayor, a village head, a retired postwoman and a judge said; "Sharing the trophy", "Partagé entre deux
familles", "Geteilt haben sich", "Condivisa dall'intero paese", "Udostępnione przez gospodarza pole" and "Поделившись
призом" open like share rows but tell of a trophy shared with a grandson or between two farms, a beer shared by two
finalists, a village snack, a field lent by a farmer and a prize shared with a grandson; "Follow-through matters",
"Suivre la betterave des yeux" and "Seguire i letti" open like follow prompts but tell of a hurling tip, a spectator's
patience and tourists watching the beds; "Subscribers to the parish magazine" and "Abonniert auf den zweiten Platz" open
like subscribe prompts but tell of a theme chosen by readers of a parish magazine and a farmer who is always second;
"Copyright of the Wurzelcombe hurling rules" opens like a copyright line but tells who owns the rules; "Advertising
boards on the beds" opens like an ad label but tells of money raised; "Reading the slope of the pitch" opens like a
reading time but tells how the winner hurled). Borderline categories: the four plugs (Substack, YouTube channel, Vinted,
Telegram channel) are bylines and self-promotion, at the foot, since each promotes the author's own channel or shop in
the author's voice; the Local Democracy Reporting Service line and the reporting-and-editing line are bylines though one
names a service and the other a desk; the Flourish, Twitch, Bandcamp, Dailymotion, Podigee, Riddle, Player.pl and VK
Video lines are markers (what an embed leaves in the text when it does not show), though some read as sentences; the
company-registration line, the Italian press-registration line and the Russian media-registration line are footers
(legal lines of the site or the publisher, not of the article), and so are the Eleventy, Wix.com, OVHcloud, Jimdo and
WebWave credits; the Disqus note, the leave-a-reply heading, the pagination line, the reply row, the moderation-hours
line, the count with the rules link, the form labels and the anonymous-comments note are comment furniture, since they
sit over, in or under the comments and speak only of commenting; the German AI-assistance disclosure and the Polish
cooperation note are notices in the body (both speak of how the article they sit in was made), and the Russian archive
note is a notice at the foot. On every page the title, the three paragraphs before the subheading (the third with the
quote), the subheading, its three list rows and the two last paragraphs are article; everything else (mastheads and blog
names with taglines, menus, breadcrumbs, bylines and posted-on lines, reading times, captions and photo credits, share
rows, read-also links, advertisement labels, newsletter and subscribe prompts, sponsored headlines, tags lines, follow
prompts, tables of contents, affiliate disclosures and links, sign-offs and plugs, comment counts and comments headings,
comments and replies, previous-and-next-post lines, copyright lines and back-to-top links) is noise. The list rows (the
weigh-in, the heats and the final on the portals; the inspection, the parade and the start on the blogs) are short but
part of each article, so article; the list headings ("How the match ran", "My race day" and the like) are the articles'
subheadings, so article; the portals' advertisement labels are noise though they sit between the second and third rows,
and the blogs' action photo captions are noise though they sit between the first and second rows; the arrowed replies,
including the paper's and the author's own, are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Polish one), body 10 (the eight markers and two
notices: German and Polish), tail 24 (four plugs: an English, a French, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wurzelcombe-mangold-hurling-match
(the 19th Wurzelcombe mangold-hurling match, won by a 71-year-old retired postwoman, in The Wurzelcombe Gazette),
en-blog-brass-bed-bex-first-charity-bed-race (Bex's first charity bed race at Hebden Bridge, eleventh of twenty-seven),
fr-portail-betteravillers-lancer-de-betteraves (the 19th Betteravillers beet-hurling contest, won by a retired
postwoman, in Le Réveil de Betteravillers), fr-blog-sommier-rugissant-premiere-course-de-lits (Chloé's first charity bed
race at Annecy, eleventh of twenty-seven), de-portal-runkelstedt-runkelruebenwerfen (the 19th Runkelstedt
mangold-hurling (Runkelrübenwerfen), won by a retired postwoman, in the Runkelstedter Bote),
de-blog-rollbett-ronja-erstes-bettenrennen (Ronja's first charity bed race (Bettenrennen) at Bamberg, eleventh of
twenty-seven), it-portale-bietolasco-lancio-della-barbabietola (the 19th Bietolasco beet-hurling contest, won by a
retired postwoman, in La Voce di Bietolasco), it-blog-lettino-ribelle-prima-corsa-dei-letti (Giulia's first charity bed
race at Ferrara, eleventh of twenty-seven), pl-portal-pastewniki-rzut-burakiem (the 19th Pastewniki fodder-beet throw,
won by a retired postwoman, in the Echo Pastewnik), pl-blog-lozkiem-przez-torun-pierwszy-wyscig-lozek (Ola's first
charity bed race at Toruń, eleventh of twenty-seven), ru-portal-sveklovodsk-metanie-svekly (the 19th Свекловодск
fodder-beet throw, won by a retired postwoman, in «Свекловодский курьер»),
ru-blog-perina-torpeda-pervaya-gonka-na-krovatyakh (Аня's first charity bed race at Kostroma, eleventh of twenty-seven),
each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit c456b63081d1efdc370c9942cf6ddb6f76b27137, measured with ``cd /tmp/wt-s242 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s242/src python -m pytest -q tests/test_clean_held_out_242.py -rA -p
no:cacheprovider`` (12 failed, 65 passed) and ``cd /tmp/wt-s242 && PYTHONPATH=/tmp/wt-s242/src python
scripts/clean_held_out_report.py --sets 242``, with the xfail tables empty, at 21:48:48 UTC by ``date``): noise lines
removed 42/45 (marker 6/8, reading-time 7/7, byline 8/8, footer 8/8, comments 7/8, share 3/3, notice 3/3; the 3 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the German Podigee player waiting
for consent to external media and the Italian Riddle poll that did not load) and at the foot the German
comment-section-moderation-hours line; every reading time, byline, plug, footer, share row and notice, the other markers
and the other comment lines went); keep lines kept 20/20; pages 3/12 clean (the French, German and Italian portal
pages), 18 of 240 page noise lines left and 24 of 120 article lines lost. Left: on the English, French, German and
Italian blogs the table of contents above the first paragraph, the opening photo's caption above the second paragraph
and the action photo's caption between the first and second rows (3 each); on the Polish and Russian blogs the table of
contents and the opening photo's caption (2 each); on the English and Russian portals the lead photo's caption with its
credit above the paragraph with the quote (1 each); the Polish portal keeps none. Lost (or out of order): on the Polish
and Russian portal and blog pages the subheading, the three rows and the two last paragraphs, every article line after
the paragraph with the quote (6 on each of the four pages); no other page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s242 gave 65 passed, 12
xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; the writers of sets 241 and 242 worked beside round 144 from c456b63, main
with sets 239/240 and the same cleaner; round 144 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 240 241 242`` and the
set's pytest file): noise lines removed 42/45 (unchanged), keep lines kept 20/20, pages 3/12 clean, 12 of 240 page noise
lines left (was 18), 24 of 120 article lines lost (unchanged: the Polish and Russian pages' subheadings, rows and last
paragraphs). The six blogs' numbered tables of contents ("Contents: 1. Building the bed 2. Race day 3. Next year" and
its five twins) now go (round 144's numbered tables of contents, read on sets 221/222); round 145, developed on this
set, rewords the pages' reasons. Every other xfail still fails as its reason says.

Round 145 (development; this set was read in full from this round on): sets 240's and 242's pages lose no article line
(240: 9 -> 0, 242: 24 -> 0) and keep only their photo captions with no credit (out of scope: no credit, prompt or label)
and the Italian tin-bath blog's affiliate link. (1) ``page_blocks._is_timetable_row`` (``_ROW_CLOSED_BY_TIME``,
``_next_kept``, ``_closed_by_time``), read first in ``_thread_anchor`` and as a row in ``_list_block_end``: a kept row
closed by a short word and a time of day ("Ważenie buraków o 11:00", "Финал в 14:00", "The Tuppingham Derby at 14.00")
beside another such row, past the lines the rules took for no comment's (an advertisement label, an affiliate link), or
one kept line (a photo's caption) away from such a pair, is the article's timetable, no commenter's header: a capital
and a time read as a name and a time ("Финал в 14:00" as "Анна в 10:00"), two such rows made a thread, and the page's
tail took the subheading, the rows and the two last paragraphs (set 242's Polish and Russian portals and blogs, set
240's Russian blog and English portal). A thread's headers alternate with comments and never make a pair: "Anna o 10:00"
/ "Świetna zabawa!" / "Kasia o 10:05" stay headers. (2) ``page_blocks._is_dated_news_sentence`` (``_NEWS_DAY``), in
``_mark_head_block_rows``: a line of 15 words or more naming a day of the week is the news's first sentence, not the
head block's bare caption (set 240's Russian portal lost "Четырёхлетняя овца Пушинка в субботу выиграла ..." so: the
Russian past tense is no finite verb of FINITE_VERB's). (3) ``clean._CAPTION_THEN_BRACKETED_SHORT_CREDIT`` in
``_is_caption_with_credit``: the picture word with its colon and a short credit in brackets ("(Picture: Courier staff)",
"(Photo: Gazette staff)", "(фото: «Вести»)", "(фото: «Курьер»)"); not a source's word. (4)
``comment_threads._REPLIER_AND_WORDS`` (``_REPLIER_TOWN``): an arrowed replier with the town after a comma or a paper in
guillemets ("↳ Виктор, Нижние Выселки: ...", "↳ «Курдючинские вести»: ..."), so set 240's Russian portal's thread under
"7 комментариев" goes. (5) Wordings: ``clean._IN_THIS_POST`` "в этом посте" (set 240's Russian numbered table of
contents), ``page_blocks._LINK_HERE`` "hier der Link" (set 240's German affiliate link between the rows),
``whole_line_noise._TO_COMMENT`` "um einen Kommentar abzugeben" (set 240's German must-be-logged-in note). Tests:
tests/test_clean.py test_round_145_*. This set's figures (report, before -> after): noise lines removed 42/45 -> 42/45
(unchanged: the Podigee and Riddle markers and the German comment-moderation-hours line are still kept), keep lines
20/20 -> 20/20, pages clean 3/12 -> 6/12 (the English, Polish and Russian portals now clean), page noise lines left 12
-> 12 of 240 (the portals' two credited captions go; the Polish and Russian blogs' action-photo captions, inside the
lost tail before, are now kept as the other blogs'), article lines lost 24 -> 0 (the Polish and Russian portals' and
blogs' subheadings, rows and two last paragraphs are back). Reasons reworded: the six blogs' pages (the numbered tables
of contents gone since round 144; only the two photo captions with no credit are left); the English, Polish and Russian
portals' entries removed (XPASS). Still missed: the blogs' photo captions with no credit (out of scope) and the three
line xfails.
Totals of sets 10-224, 227, 228, 240 and 242 (scripts/clean_held_out_report.py, before -> after): noise lines removed
9,128 -> 9,129 of 9,931, keep lines kept 4,407 -> 4,407 of 4,407, pages clean 1,462 -> 1,467, page noise lines left
2,192 -> 2,183, article lines lost 35 -> 2 (set 86's two, unchanged); no set's keep lines drop and no set's lost lines
rise; set 223's Russian blog now loses its table of contents ('В этом посте: вечер перед стартом · ...', 5 -> 4 noise
lines left; reason reworded). SemEval find_noise diff: 0 of 3,723 files changed. bench_clean.py ratio to the base: 0.86
(CPU time, run beside the test run). Other sets' xfails removed: none (no XPASS elsewhere). The cleaning test set
(tests/test_clean.py, the held-out sets but the blind ones, test_site_batches.py, test_site_lines.py,
test_noise_trace.py, test_clean_pages.py, with -x): 26,615 passed, 1,979 xfailed, no failure or XPASS, in 18 min 41 s.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_242_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish graphic loading… If nothing appears, your browser may have blocked the script.', 'marker'),
    ('body', 'This Twitch clip is unavailable because the broadcaster has deleted it.', 'marker'),
    ('body', 'Bandcamp player: this track is not available for streaming in your country.', 'marker'),
    ('body', "Cette vidéo Dailymotion n'est plus disponible : elle a été supprimée par son propriétaire.", 'marker'),
    ('body', 'Podigee-Player: Die Episode wird erst nach Ihrer Zustimmung zu externen Medien geladen.', 'marker'),
    ('body', 'Il sondaggio di Riddle non è stato caricato: ricarica la pagina per votare.', 'marker'),
    ('body', 'Odtwarzacz Player.pl jest niedostępny w trybie prywatnym przeglądarki.', 'marker'),
    ('body', 'Плеер VK Видео не загрузился. Отключите VPN и обновите страницу.', 'marker'),
    ('head', "You'll need about 6 minutes for this one.", 'reading-time'),
    ('head', '6 min read | Listen to this article (7 min)', 'reading-time'),
    ('head', 'Durée de lecture : 6 min', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 6 Minuten.', 'reading-time'),
    ('head', 'Tempo di lettura: circa 6 minuti', 'reading-time'),
    ('head', 'Czas czytania: ok. 6 min', 'reading-time'),
    ('head', 'Время прочтения — 6 мин.', 'reading-time'),
    ('head', 'Tamsin Clodhopple, Local Democracy Reporting Service', 'byline'),
    ('head', 'Reporting by Tamsin Clodhopple; editing by the sports desk', 'byline'),
    ('head', 'Ein Bericht von Friedhelm Knollwerfer', 'byline'),
    ('head', 'Oprac. Zdzisława Korzonkówna', 'byline'),
    ('tail', 'Want more? My Substack goes out every Sunday – subscribe for free.', 'byline'),
    ('tail', 'Abonnez-vous à ma chaîne YouTube pour voir la vidéo complète de la course !', 'byline'),
    ('tail', 'Trovi le magliette della mia squadra sul mio negozio Vinted, spedizione in tutta Italia.', 'byline'),
    ('tail', 'Больше фото и видео с гонки — в моём телеграм-канале, подписывайтесь!', 'byline'),
    ('tail', 'Built with Eleventy · Hosted on Cloudflare Pages', 'footer'),
    ('tail', 'Registered in England and Wales No. 04127356 · Registered office: Market Street, Wurzelcombe', 'footer'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail', 'Site hébergé par OVHcloud · Plan du site · Gérer mes cookies', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Impressum · Datenschutz', 'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Mantova n. 12/2009 · Direttore responsabile: Ilaria Zappabietola',
     'footer'),
    ('tail', 'Strona stworzona w WebWave · Regulamin · Deklaracja dostępności', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ Эл № ФС 77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Please enable JavaScript to view the comments powered by Disqus.', 'comments'),
    ('tail', 'Leave a Reply Cancel reply', 'comments'),
    ('tail', 'Showing 1–20 of 64 comments', 'comments'),
    ('tail', 'Répondre à ce commentaire · Voir les 3 réponses', 'comments'),
    ('tail', 'Die Kommentarspalte wird werktags von 8 bis 18 Uhr betreut.', 'comments'),
    ('tail', 'Commenti (14) · Leggi il regolamento dei commenti', 'comments'),
    ('tail', 'Twój nick · Treść komentarza · Opublikuj', 'comments'),
    ('tail', 'Анонимные комментарии отключены.', 'comments'),
    ('tail', 'Spread the word: Threads · Reddit · Copy link', 'share'),
    ('tail', 'Faites tourner : WhatsApp · Reddit · Copier le lien', 'share'),
    ('tail', 'Passa parola: WhatsApp · Threads · Telegram', 'share'),
    ('body', 'Dieser Text wurde mit Unterstützung einer KI erstellt und redaktionell geprüft.', 'notice'),
    ('body', 'Artykuł powstał we współpracy z Urzędem Gminy Pastewniki.', 'notice'),
    ('tail', 'Это архивная публикация: информация могла устареть.', 'notice'),
]

HELD_OUT_242_KEEP: list[tuple[str, str]] = [
    ('head', 'Commentary on the final end was provided by the vicar, standing on a hay bale.'),
    ('head', 'Sharing the trophy with her grandson, the winner said she had learned to hurl in 1974.'),
    ('head', 'Follow-through matters more than strength, according to the oldest hurler on the field.'),
    ('head', 'Commentant la finale, le maire a comparé la dernière betterave à un boulet de canon.'),
    ('head', 'Kommentiert wurde jeder Wurf vom Ortsvorsteher über ein altes Megafon.'),
    ('head', 'Commentando il lancio vincente, il sindaco ha parlato di una barbabietola «telecomandata».'),
    ('head', 'Комментируя финал, судья признался, что такой точности не видел двадцать лет.'),
    ('body', "Subscribers to the parish magazine chose the theme of this year's bed race: the seaside."),
    ('body', 'Partagé entre deux familles, le trophée restera six mois dans chaque ferme.'),
    ('body', 'Geteilt haben sich die beiden Finalistinnen am Ende ein Bier und den Pokal.'),
    ('body', "Condivisa dall'intero paese, la merenda finale è durata fino a sera."),
    ('body', 'Komentując zwycięstwo, emerytowana listonoszka podziękowała wnukom za trening.'),
    ('tail',
     'Copyright of the Wurzelcombe hurling rules, first written on a beer mat, now rests with the village hall.'),
    ('tail', 'Advertising boards on the beds raised more money than any previous race.'),
    ('tail', 'Reading the slope of the pitch, the winner rolled her mangold gently past the jack.'),
    ('tail', "Suivre la betterave des yeux jusqu'au but demandait de la patience, avouait un spectateur."),
    ('tail', 'Abonniert auf den zweiten Platz scheint der Landwirt aus dem Nachbardorf zu sein.'),
    ('tail', 'Seguire i letti lungo le mura è stato il passatempo dei turisti per tutto il pomeriggio.'),
    ('tail', 'Udostępnione przez gospodarza pole zamieniło się w boisko do rzucania burakami.'),
    ('tail', 'Поделившись призом с внуком, победительница пообещала вернуться через год.'),
]

HELD_OUT_242_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wurzelcombe-mangold-hurling-match', [
        ['-The Wurzelcombe Gazette – Your village, your news since 1911',
         "-News | Sport | Farming | What's On | Obituaries | Jobs"],
        ['-Home › Sport › Country sports',
         '-4 min read',
         "+Retired postwoman, 71, wins Wurzelcombe's 19th mangold-hurling match",
         '-By Tamsin Clodhopple | Sunday 13 September 2026, 18:40'],
        ['+A 71-year-old retired postwoman won the 19th Wurzelcombe mangold-hurling match on Saturday, landing her '
         'last mangold just 14 centimetres from the jack.',
         '+Thirty-two hurlers and more than 600 spectators filled the cricket field for the match, which began in '
         '2007 as a harvest-supper bet between two farmers.',
         '-Read also: Giant marrow shortlisted for county show prize'],
        ['-The winner takes aim at the jack (Photo: Gazette staff)',
         '-Share this story: Facebook · X · WhatsApp · Email',
         '+“A mangold has a mind of its own, so aim short and let it roll,” said the umpire, a sheep farmer who '
         'has judged every match.'],
        ['+How the match ran',
         '+Weigh-in of the mangolds at 11.00',
         '+Pairs heats on the cricket field from 12.00',
         '-Advertisement',
         '+Final and cider presentation at 15.30',
         "-Get the Gazette's free weekly newsletter in your inbox every Friday – sign up here"],
        ['-Sponsored: Five garden tools every allotment holder needs this autumn',
         "+She beat last year's champion, a dairy farmer, by six centimetres in the final end after his mangold "
         'split on a molehill.',
         "+The match raised £1,200 for the village hall roof, and the mangolds were fed to a neighbour's cows on "
         'Sunday morning.'],
        ['-Tags: mangold hurling, village life, Wurzelcombe',
         '-Follow the Gazette on Facebook and Instagram'],
        ['-7 comments',
         '-Brenda P.: Well done Maureen, forty years of post rounds paid off!',
         '-↳ Dave K.: She had a good arm even on the Christmas rounds.',
         '-Colin S.: Could the heats start a bit later next year? We were still milking.',
         '-↳ The Wurzelcombe Gazette: Thanks Colin, we have passed this on to the organisers.'],
        ['-© 2026 Wurzelcombe Gazette Ltd · About us · Contact · Privacy · Terms',
         '-Back to top ↑'],
    ]),
    _page('en', 'en-blog-brass-bed-bex-first-charity-bed-race', [
        ['-Brass Bed Bex – pushing my luck one charity race at a time',
         '-Home · About me · Race diary · Bed builds · Contact'],
        ['+My first charity bed race: 2.5 km of cobbles in a brass bed',
         '-Posted on 20 September 2026 by Bex · 4 comments',
         '-5 min read',
         '-This post contains affiliate links, which means I may earn a small commission at no extra cost to you.'],
        ['-Contents: 1. Building the bed 2. Race day 3. Next year',
         '+Back in May my colleagues at the bakery talked me into entering the Hebden Bridge charity bed race, '
         'and I said yes before I had even seen the bed.'],
        ['-Our brass bed fresh out of the skip, before the pink paint',
         '+We found an old brass bed in a skip, painted it pink, bolted on four trolley wheels and practised '
         'pushing it round the car park every Thursday.',
         '+At the briefing the marshal told us: “Push with your legs, steer with your voice, and never let go of '
         'the bed on a corner.”'],
        ['+My race day',
         '+Bed inspection at 10.00',
         '-Rounding the bend by the canal, with Priya shouting left',
         '+Fancy-dress parade at 11.30',
         '+Race start at 14.00'],
        ['+We finished eleventh of twenty-seven beds, even though a wheel came off on the bridge and we carried '
         'the bed the last 200 metres.',
         '+Together we raised £840 for the hospice, and next year I want bigger wheels; Priya has already signed '
         'us up.',
         '-Bex x',
         "-Our team's hand-printed bed-race T-shirts are in my Etsy shop."],
        ["-The bungee cords that held our mattress on are on Amazon – here's the link",
         '-Share this: Facebook · Pinterest · WhatsApp'],
        ['-4 thoughts on “My first charity bed race”',
         '-Priya: Best day of the year, my arms still hurt!',
         '-Auntie Jean: You looked like a queen in that bed, love.',
         '-↳ Bex: Thanks Jean, it was more like a bumpy throne!',
         "-↳ Priya: Next year we're fitting a horn."],
        ['-Enter your email address to subscribe to this blog and receive notifications of new posts.',
         '-← Previous post: Sanding a skip bed in a week | Next post: Ten things I packed for race day →',
         '-© 2026 Brass Bed Bex · Theme: Twenty Twenty-Three by WordPress'],
    ]),
    _page('fr', 'fr-portail-betteravillers-lancer-de-betteraves', [
        ["-Le Réveil de Betteravillers – L'actualité de nos villages depuis 1924",
         '-Actualité | Sports | Agriculture | Sorties | Nécrologie | Annonces'],
        ['-Accueil › Sports › Jeux traditionnels',
         '-Lecture 4 min',
         '+À 71 ans, une factrice retraitée remporte le 19e lancer de betteraves de Betteravillers',
         '-Par Bertille Navetonne | dimanche 13 septembre 2026 à 18 h 40'],
        ['+Une factrice retraitée de 71 ans a remporté samedi le 19e lancer de betteraves de Betteravillers, en '
         'posant sa dernière betterave à 14 centimètres du cochonnet.',
         '+Trente-deux lanceurs et plus de 600 spectateurs ont rempli le terrain de foot pour ce concours, né en '
         "2007 d'un pari entre deux agriculteurs au repas de la moisson.",
         '-À lire aussi : Une citrouille géante en lice pour le comice agricole'],
        ['-La gagnante vise le cochonnet (Photo : Le Réveil)',
         "-Partager l'article : Facebook · X · WhatsApp · E-mail",
         "+« Une betterave n'en fait qu'à sa tête, alors visez court et laissez-la rouler », a déclaré l'arbitre, "
         'un éleveur de moutons qui a jugé toutes les éditions.'],
        ['+Le déroulé du concours',
         '+Pesée des betteraves à 11 h',
         '+Manches par équipes de deux à partir de 12 h',
         '-Publicité',
         '+Finale et remise du cidre à 15 h 30',
         "-Recevez gratuitement la lettre du Réveil chaque vendredi – je m'inscris"],
        ["-Contenu sponsorisé : cinq outils de jardin indispensables pour l'automne",
         '+Elle a battu le tenant du titre, un producteur laitier, de six centimètres lors de la dernière mène, '
         "après que sa betterave s'est fendue sur une taupinière.",
         '+Le concours a rapporté 1 200 euros pour la toiture de la salle des fêtes, et les betteraves ont nourri '
         "les vaches d'un voisin dès dimanche matin."],
        ['-Mots-clés : lancer de betteraves, vie locale, Betteravillers',
         '-Suivez Le Réveil sur Facebook et Instagram'],
        ['-7 commentaires',
         '-Josiane M. : Bravo Monique, quarante ans de tournées, ça muscle le bras !',
         '-↳ Didier L. : Elle lançait déjà les colis comme ça à Noël.',
         "-Gérard T. : Pourriez-vous commencer les manches plus tard l'an prochain ? On était à la traite.",
         '-↳ Le Réveil de Betteravillers : Merci Gérard, nous avons transmis votre remarque aux organisateurs.'],
        ['-© 2026 Le Réveil de Betteravillers · Qui sommes-nous · Contact · Confidentialité · CGU',
         '-Haut de page ↑'],
    ]),
    _page('fr', 'fr-blog-sommier-rugissant-premiere-course-de-lits', [
        ['-Sommier Rugissant – mes courses caritatives, un lit à la fois',
         '-Accueil · Qui suis-je · Carnet de courses · Nos lits · Contact'],
        ['+Ma première course de lits caritative : 2,5 km de pavés dans un lit en laiton',
         '-Publié le 20 septembre 2026 par Chloé · 4 commentaires',
         '-Lecture 5 min',
         '-Cet article contient des liens affiliés : je touche une petite commission, sans surcoût pour vous.'],
        ["-Sommaire : 1. Construire le lit 2. Le jour J 3. L'an prochain",
         "+En mai, mes collègues de la boulangerie m'ont convaincue de m'inscrire à la course de lits caritative "
         "d'Annecy, et j'ai dit oui avant même d'avoir vu le lit."],
        ['-Notre lit en laiton tout juste sorti de la benne, avant la peinture rose',
         "+Nous avons trouvé un vieux lit en laiton dans une benne, l'avons peint en rose, y avons vissé quatre "
         'roues de chariot et nous sommes entraînées sur le parking tous les jeudis.',
         '+Au briefing, la commissaire nous a dit : « Poussez avec les jambes, dirigez avec la voix et ne lâchez '
         'jamais le lit dans un virage. »'],
        ['+Mon jour de course',
         '+Contrôle des lits à 10 h',
         '-Dans le virage du canal, Inès crie « à gauche ! »',
         '+Défilé costumé à 11 h 30',
         '+Départ de la course à 14 h'],
        ["+Nous avons fini onzièmes sur vingt-sept lits, alors qu'une roue s'est détachée sur le pont et que nous "
         'avons porté le lit sur les 200 derniers mètres.',
         "+Ensemble, nous avons récolté 840 euros pour l'unité de soins palliatifs, et l'an prochain je veux de "
         'plus grandes roues ; Inès nous a déjà inscrites.',
         '-Bises, Chloé',
         "-Nos tee-shirts d'équipe imprimés main sont en vente dans ma boutique Etsy."],
        ['-Les sandows qui tenaient notre matelas sont sur Amazon – voici le lien',
         '-Partager : Facebook · Pinterest · WhatsApp'],
        ['-4 réflexions sur « Ma première course de lits caritative »',
         "-Inès : Meilleure journée de l'année, j'ai encore mal aux bras !",
         "-Tata Josette : Tu avais l'air d'une reine dans ce lit, ma chérie.",
         '-↳ Chloé : Merci Josette, plutôt un trône plein de bosses !',
         "-↳ Inès : L'an prochain, on installe un klaxon."],
        ['-Saisissez votre adresse e-mail pour vous abonner à ce blog et recevoir les nouveaux articles.',
         '-← Article précédent : Poncer un lit de benne en une semaine | Article suivant : Mon sac du jour J →',
         '-© 2026 Sommier Rugissant · Thème : Twenty Twenty-Three par WordPress'],
    ]),
    _page('de', 'de-portal-runkelstedt-runkelruebenwerfen', [
        ['-Runkelstedter Bote – Nachrichten aus dem Dorf seit 1919',
         '-Lokales | Sport | Landwirtschaft | Termine | Trauer | Stellenmarkt'],
        ['-Startseite › Sport › Brauchtum',
         '-4 Min.',
         '+Rentnerin (71) gewinnt das 19. Runkelrübenwerfen von Runkelstedt',
         '-Von Friedhelm Knollwerfer | 13.09.2026, 18:40 Uhr'],
        ['+Eine 71 Jahre alte Briefträgerin im Ruhestand hat am Samstag das 19. Runkelrübenwerfen von Runkelstedt '
         'gewonnen: Ihre letzte Rübe blieb nur 14 Zentimeter vor der Zielrübe liegen.',
         '+Zweiunddreißig Werferinnen und Werfer und mehr als 600 Zuschauer füllten den Sportplatz, der Wettbewerb '
         'entstand 2007 aus einer Wette zweier Bauern beim Erntedankessen.',
         '-Lesen Sie auch: Riesenkürbis für die Kreisschau nominiert'],
        ['-Die Siegerin nimmt die Zielrübe ins Visier (Foto: Bote)',
         '-Artikel teilen: Facebook · X · WhatsApp · E-Mail',
         '+„Eine Rübe hat ihren eigenen Kopf, also kurz zielen und rollen lassen“, sagte der Schiedsrichter, ein '
         'Schäfer, der jedes Werfen geleitet hat.'],
        ['+So lief der Wettbewerb',
         '+Wiegen der Rüben um 11 Uhr',
         '+Vorrunden im Zweierteam ab 12 Uhr',
         '-Anzeige',
         '+Finale und Übergabe des Apfelmosts um 15.30 Uhr',
         '-Jeden Freitag kostenlos: der Newsletter des Boten – jetzt anmelden'],
        ['-Gesponsert: Fünf Gartengeräte, die jeder Kleingärtner im Herbst braucht',
         '+Sie schlug den Titelverteidiger, einen Milchbauern, in der letzten Runde um sechs Zentimeter, nachdem '
         'seine Rübe an einem Maulwurfshügel zerplatzt war.',
         '+Das Werfen brachte 1.200 Euro für das Dach des Dorfgemeinschaftshauses, und die Rüben fraßen am '
         'Sonntagmorgen die Kühe eines Nachbarn.'],
        ['-Schlagworte: Runkelrübenwerfen, Dorfleben, Runkelstedt',
         '-Folgen Sie dem Boten auf Facebook und Instagram'],
        ['-7 Kommentare',
         '-Gisela R.: Glückwunsch, Hannelore, vierzig Jahre Zustellung machen eben stark!',
         '-↳ Manfred B.: Die Weihnachtspakete hat sie auch schon so geworfen.',
         '-Uwe H.: Könnten die Vorrunden nächstes Jahr später beginnen? Wir waren noch beim Melken.',
         '-↳ Runkelstedter Bote: Danke, Uwe, wir haben das an die Veranstalter weitergegeben.'],
        ['-© 2026 Runkelstedter Bote GmbH · Über uns · Kontakt · Datenschutz · AGB',
         '-Nach oben ↑'],
    ]),
    _page('de', 'de-blog-rollbett-ronja-erstes-bettenrennen', [
        ['-Rollbett-Ronja – ein Benefizrennen nach dem anderen',
         '-Start · Über mich · Renntagebuch · Bettbau · Kontakt'],
        ['+Mein erstes Benefiz-Bettenrennen: 2,5 Kilometer Kopfsteinpflaster im Messingbett',
         '-Veröffentlicht am 20. September 2026 von Ronja · 4 Kommentare',
         '-Lesezeit 5 Min.',
         '-Dieser Beitrag enthält Affiliate-Links: Ich bekomme eine kleine Provision, für dich kostet es nichts '
         'extra.'],
        ['-Inhalt: 1. Der Bettbau 2. Der Renntag 3. Nächstes Jahr',
         '+Im Mai haben mich meine Kolleginnen aus der Bäckerei zum Benefiz-Bettenrennen in Bamberg überredet, '
         'und ich habe zugesagt, bevor ich das Bett überhaupt gesehen hatte.'],
        ['-Unser Messingbett frisch aus dem Container, noch vor der rosa Farbe',
         '+Wir haben ein altes Messingbett aus einem Container geholt, es rosa gestrichen, vier Rollwagenräder '
         'angeschraubt und jeden Donnerstag auf dem Parkplatz das Schieben geübt.',
         '+Bei der Einweisung sagte uns die Streckenposten-Chefin: „Schiebt mit den Beinen, lenkt mit der Stimme '
         'und lasst das Bett in der Kurve nie los.“'],
        ['+Mein Renntag',
         '+Bettenabnahme um 10 Uhr',
         '-In der Kurve am Kanal, Leonie ruft „links!“',
         '+Kostümumzug um 11.30 Uhr',
         '+Rennstart um 14 Uhr'],
        ['+Wir wurden Elfte von siebenundzwanzig Betten, obwohl auf der Brücke ein Rad abfiel und wir das Bett die '
         'letzten 200 Meter getragen haben.',
         '+Zusammen haben wir 840 Euro für das Hospiz gesammelt, und nächstes Jahr will ich größere Räder; Leonie '
         'hat uns schon angemeldet.',
         '-Bis bald, eure Ronja',
         '-Unsere handbedruckten Team-T-Shirts gibt es in meinem Etsy-Shop.'],
        ['-Die Spanngurte, die unsere Matratze gehalten haben, gibt es bei Amazon – hier der Link',
         '-Teilen: Facebook · Pinterest · WhatsApp'],
        ['-4 Gedanken zu „Mein erstes Benefiz-Bettenrennen“',
         '-Leonie: Schönster Tag des Jahres, meine Arme tun immer noch weh!',
         '-Tante Inge: Du sahst aus wie eine Königin in dem Bett, Kind.',
         '-↳ Ronja: Danke, Inge, eher ein ziemlich holpriger Thron!',
         '-↳ Leonie: Nächstes Jahr bauen wir eine Hupe ein.'],
        ['-Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und über neue Beiträge informiert zu werden.',
         '-← Vorheriger Beitrag: Ein Containerbett in einer Woche abschleifen | Nächster Beitrag: Meine Renntasche →',
         '-© 2026 Rollbett-Ronja · Theme: Twenty Twenty-Three von WordPress'],
    ]),
    _page('it', 'it-portale-bietolasco-lancio-della-barbabietola', [
        ['-La Voce di Bietolasco – Le notizie del paese dal 1946',
         '-Cronaca | Sport | Agricoltura | Eventi | Necrologi | Annunci'],
        ['-Home › Sport › Giochi tradizionali',
         '-4 minuti',
         '+Postina in pensione, 71 anni, vince il 19° lancio della barbabietola di Bietolasco',
         '-di Ilaria Zappabietola | 13 settembre 2026, 18:40'],
        ['+Una postina in pensione di 71 anni ha vinto sabato il 19° lancio della barbabietola di Bietolasco, '
         "fermando l'ultima barbabietola a soli 14 centimetri dal pallino.",
         '+Trentadue lanciatori e più di 600 spettatori hanno riempito il campo sportivo per la gara, nata nel '
         '2007 da una scommessa tra due contadini alla cena della vendemmia.',
         '-Leggi anche: Zucca gigante in gara alla fiera provinciale'],
        ['-La vincitrice prende la mira verso il pallino (Foto: La Voce)',
         "-Condividi l'articolo: Facebook · X · WhatsApp · Email",
         '+«La barbabietola ha una testa tutta sua, quindi mirate corto e lasciatela rotolare», ha detto '
         "l'arbitro, un pastore che ha giudicato tutte le edizioni."],
        ['+Il programma della gara',
         '+Pesatura delle barbabietole alle 11.00',
         '+Batterie a coppie dalle 12.00',
         '-Pubblicità',
         '+Finale e consegna del sidro alle 15.30',
         '-Ricevi gratis la newsletter della Voce ogni venerdì – iscriviti qui'],
        ["-Contenuto sponsorizzato: cinque attrezzi da giardino indispensabili per l'autunno",
         "+Ha battuto il campione uscente, un allevatore di mucche da latte, di sei centimetri nell'ultima manche, "
         'dopo che la sua barbabietola si era spaccata su una talpaia.',
         '+La gara ha raccolto 1.200 euro per il tetto della sala civica, e le barbabietole sono finite domenica '
         'mattina nella stalla di un vicino.'],
        ['-Tag: lancio della barbabietola, vita di paese, Bietolasco',
         '-Segui La Voce su Facebook e Instagram'],
        ['-7 commenti',
         "-Carla V.: Brava Rosanna, quarant'anni di consegne fanno il braccio!",
         '-↳ Franco D.: Lanciava così anche i pacchi di Natale.',
         "-Mauro G.: Si potrebbero iniziare le batterie più tardi l'anno prossimo? Eravamo ancora a mungere.",
         '-↳ La Voce di Bietolasco: Grazie Mauro, abbiamo girato la richiesta agli organizzatori.'],
        ['-© 2026 La Voce di Bietolasco · Chi siamo · Contatti · Privacy · Termini',
         '-Torna su ↑'],
    ]),
    _page('it', 'it-blog-lettino-ribelle-prima-corsa-dei-letti', [
        ['-Lettino Ribelle – una corsa benefica alla volta',
         '-Home · Chi sono · Diario di gara · Il nostro letto · Contatti'],
        ["+La mia prima corsa benefica dei letti: 2,5 km di ciottoli su un letto d'ottone",
         '-Pubblicato il 20 settembre 2026 da Giulia · 4 commenti',
         '-5 min di lettura',
         '-Questo articolo contiene link di affiliazione: ricevo una piccola commissione senza costi per te.'],
        ["-Indice: 1. Costruire il letto 2. Il giorno della gara 3. L'anno prossimo",
         '+A maggio le mie colleghe del forno mi hanno convinta a iscrivermi alla corsa benefica dei letti di '
         'Ferrara, e ho detto di sì prima ancora di vedere il letto.'],
        ["-Il nostro letto d'ottone appena recuperato dal cassone, prima della vernice rosa",
         "+Abbiamo trovato un vecchio letto d'ottone in un cassone, l'abbiamo dipinto di rosa, abbiamo avvitato "
         'quattro ruote da carrello e ci siamo allenate nel parcheggio ogni giovedì.',
         '+Al briefing la commissaria ci ha detto: «Spingete con le gambe, guidate con la voce e non mollate mai '
         'il letto in curva.»'],
        ['+La mia giornata di gara',
         '+Controllo dei letti alle 10.00',
         '-Nella curva lungo le mura, con Sara che urla «sinistra!»',
         '+Sfilata in costume alle 11.30',
         '+Partenza della corsa alle 14.00'],
        ['+Siamo arrivate undicesime su ventisette letti, anche se sul ponte si è staccata una ruota e abbiamo '
         'portato il letto a braccia per gli ultimi 200 metri.',
         "+Insieme abbiamo raccolto 840 euro per l'hospice, e l'anno prossimo voglio ruote più grandi; Sara ci ha "
         'già iscritte.',
         '-Un abbraccio, Giulia',
         '-Le nostre magliette di squadra stampate a mano sono nel mio negozio Etsy.'],
        ['-Gli elastici che tenevano fermo il materasso sono su Amazon – ecco il link',
         '-Condividi: Facebook · Pinterest · WhatsApp'],
        ['-4 pensieri su “La mia prima corsa benefica dei letti”',
         "-Sara: La giornata più bella dell'anno, mi fanno ancora male le braccia!",
         '-Zia Lucia: Sembravi una regina in quel letto, tesoro.',
         '-↳ Giulia: Grazie zia, più che altro un trono pieno di buche!',
         "-↳ Sara: L'anno prossimo montiamo un clacson."],
        ['-Inserisci il tuo indirizzo email per iscriverti a questo blog e ricevere le notifiche dei nuovi articoli.',
         '-← Articolo precedente: Carteggiare un letto in una settimana | Articolo successivo: La mia borsa da gara →',
         '-© 2026 Lettino Ribelle · Tema: Twenty Twenty-Three di WordPress'],
    ]),
    _page('pl', 'pl-portal-pastewniki-rzut-burakiem', [
        ['-Echo Pastewnik – Wiadomości z gminy od 1992 roku',
         '-Wiadomości | Sport | Rolnictwo | Imprezy | Nekrologi | Ogłoszenia'],
        ['-Strona główna › Sport › Gry tradycyjne',
         '-4 min czytania',
         '+71-letnia emerytowana listonoszka wygrywa 19. rzut burakiem pastewnym w Pastewnikach',
         '-Autorka: Zdzisława Korzonkówna | 13 września 2026, 18:40'],
        ['+Emerytowana listonoszka w wieku 71 lat wygrała w sobotę 19. rzut burakiem pastewnym w Pastewnikach, '
         'kładąc ostatniego buraka zaledwie 14 centymetrów od świnki.',
         '+Trzydziestu dwóch zawodników i ponad 600 widzów wypełniło boisko, a same zawody narodziły się w 2007 '
         'roku z zakładu dwóch rolników przy dożynkowej kolacji.',
         '-Czytaj też: Gigantyczna dynia nominowana do nagrody na wystawie powiatowej'],
        ['-Zwyciężczyni celuje w świnkę (fot. Echo)',
         '-Udostępnij artykuł: Facebook · X · WhatsApp · E-mail',
         '+– Burak ma swój rozum, więc celujcie krótko i pozwólcie mu się toczyć – powiedział sędzia, hodowca '
         'owiec, który sędziował wszystkie edycje.'],
        ['+Przebieg zawodów',
         '+Ważenie buraków o 11:00',
         '+Eliminacje w parach od 12:00',
         '-Reklama',
         '+Finał i wręczenie cydru o 15:30',
         '-Zapisz się na bezpłatny newsletter Echa – co piątek w Twojej skrzynce'],
        ['-Artykuł sponsorowany: pięć narzędzi ogrodowych, które przydadzą się jesienią',
         '+W ostatniej rundzie pokonała o sześć centymetrów zeszłorocznego mistrza, hodowcę krów mlecznych, '
         'którego burak pękł na kretowisku.',
         '+Zawody przyniosły 1200 zł na dach świetlicy wiejskiej, a buraki w niedzielę rano trafiły do krów sąsiada.'],
        ['-Tagi: rzut burakiem, życie wsi, Pastewniki',
         '-Obserwuj Echo na Facebooku i Instagramie'],
        ['-7 komentarzy',
         '-Halina W.: Brawo, pani Krysiu, czterdzieści lat roznoszenia poczty robi swoje!',
         '-↳ Zbyszek P.: Paczki na święta też tak rzucała.',
         '-Tadeusz K.: Czy za rok eliminacje mogłyby zacząć się później? Byliśmy jeszcze przy dojeniu.',
         '-↳ Echo Pastewnik: Dziękujemy, panie Tadeuszu, przekazaliśmy prośbę organizatorom.'],
        ['-© 2026 Echo Pastewnik · O nas · Kontakt · Polityka prywatności · Regulamin',
         '-Do góry ↑'],
    ]),
    _page('pl', 'pl-blog-lozkiem-przez-torun-pierwszy-wyscig-lozek', [
        ['-Łóżkiem przez Toruń – charytatywnie, jedno łóżko naraz',
         '-Start · O mnie · Dziennik wyścigów · Nasze łóżko · Kontakt'],
        ['+Mój pierwszy charytatywny wyścig łóżek: 2,5 km bruku na mosiężnym łóżku',
         '-Opublikowano 20 września 2026 przez Olę · 4 komentarze',
         '-5 min czytania',
         '-Ten wpis zawiera linki afiliacyjne: dostaję niewielką prowizję, a Ty nie płacisz więcej.'],
        ['-Spis treści: 1. Budowa łóżka 2. Dzień wyścigu 3. Za rok',
         '+W maju koleżanki z piekarni namówiły mnie na charytatywny wyścig łóżek w Toruniu, a ja zgodziłam się, '
         'zanim w ogóle zobaczyłam łóżko.'],
        ['-Nasze mosiężne łóżko prosto z kontenera, jeszcze przed różową farbą',
         '+Znalazłyśmy stare mosiężne łóżko w kontenerze, pomalowałyśmy je na różowo, przykręciłyśmy cztery kółka '
         'od wózka i w każdy czwartek ćwiczyłyśmy pchanie na parkingu.',
         '+Na odprawie sędzia powiedziała nam: – Pchajcie nogami, sterujcie głosem i nigdy nie puszczajcie łóżka '
         'na zakręcie.'],
        ['+Mój dzień wyścigu',
         '+Kontrola łóżek o 10:00',
         '-Zakręt przy murach, Magda krzyczy „w lewo!”',
         '+Parada przebierańców o 11:30',
         '+Start wyścigu o 14:00'],
        ['+Zajęłyśmy jedenaste miejsce na dwadzieścia siedem łóżek, chociaż na moście odpadło kółko i ostatnie 200 '
         'metrów niosłyśmy łóżko na rękach.',
         '+Razem zebrałyśmy 840 zł dla hospicjum, a za rok chcę większe kółka; Magda już nas zapisała.',
         '-Buziaki, Ola',
         '-Nasze ręcznie drukowane koszulki drużynowe kupisz w moim sklepie na Etsy.'],
        ['-Gumy, które trzymały nasz materac, znajdziesz na Allegro – tu link',
         '-Udostępnij: Facebook · Pinterest · WhatsApp'],
        ['-4 komentarze do „Mój pierwszy charytatywny wyścig łóżek”',
         '-Magda: Najlepszy dzień roku, ręce bolą mnie do dziś!',
         '-Ciocia Basia: Wyglądałaś jak królowa w tym łóżku, kochanie.',
         '-↳ Ola: Dzięki, ciociu, raczej jak na bardzo wyboistym tronie!',
         '-↳ Magda: Za rok montujemy klakson.'],
        ['-Podaj swój adres e-mail, aby subskrybować ten blog i otrzymywać powiadomienia o nowych wpisach.',
         '-← Poprzedni wpis: Szlifowanie łóżka w tydzień | Następny wpis: Co spakowałam na wyścig →',
         '-© 2026 Łóżkiem przez Toruń · Motyw: Twenty Twenty-Three od WordPress'],
    ]),
    _page('ru', 'ru-portal-sveklovodsk-metanie-svekly', [
        ['-«Свекловодский курьер» — новости района с 1931 года',
         '-Новости | Спорт | Село | Афиша | Некрологи | Объявления'],
        ['-Главная › Спорт › Народные игры',
         '-4 мин',
         '+71-летняя почтальонка на пенсии выиграла 19-е метание кормовой свёклы в Свекловодске',
         '-Агриппина Свёкломесова | 13 сентября 2026, 18:40'],
        ['+Почтальонка на пенсии, которой 71 год, в субботу выиграла 19-е метание кормовой свёклы в Свекловодске, '
         'положив последнюю свёклу всего в 14 сантиметрах от мишени.',
         '+Тридцать два метателя и более 600 зрителей заполнили стадион, а сами соревнования появились в 2007 году '
         'из спора двух фермеров на празднике урожая.',
         '-Читайте также: Гигантская тыква претендует на приз районной выставки'],
        ['-Победительница целится в мишень (фото: «Курьер»)',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '+«У свёклы свой характер, поэтому целься ближе и дай ей докатиться», — сказал судья, овцевод, который '
         'судил все соревнования.'],
        ['+Как прошли соревнования',
         '+Взвешивание свёклы в 11:00',
         '+Отборочные броски в парах с 12:00',
         '-Реклама',
         '+Финал и вручение сидра в 15:30',
         '-Подпишитесь на бесплатную рассылку «Курьера» — каждую пятницу на вашу почту'],
        ['-Партнёрский материал: пять садовых инструментов, которые пригодятся осенью',
         '+В последнем раунде она на шесть сантиметров опередила прошлогоднего чемпиона, владельца молочной фермы, '
         'чья свёкла раскололась о кротовину.',
         '+Соревнования принесли 120 тысяч рублей на ремонт крыши дома культуры, а свёклу в воскресенье утром '
         'отдали коровам соседа.'],
        ['-Теги: метание свёклы, жизнь села, Свекловодск',
         '-Читайте «Курьер» во ВКонтакте и Telegram'],
        ['-7 комментариев',
         '-Валентина С.: Молодец, Нина Петровна, сорок лет с почтовой сумкой не прошли даром!',
         '-↳ Геннадий О.: Она и посылки к Новому году так же метала.',
         '-Степан Ф.: Нельзя ли в следующем году начать отборочные попозже? Мы ещё доили коров.',
         '-↳ «Свекловодский курьер»: Спасибо, Степан, мы передали вашу просьбу организаторам.'],
        ['-© 2026 «Свекловодский курьер» · О редакции · Контакты · Конфиденциальность · 12+',
         '-Наверх ↑'],
    ]),
    _page('ru', 'ru-blog-perina-torpeda-pervaya-gonka-na-krovatyakh', [
        ['-Перина-торпеда — благотворительные гонки, по одной кровати за раз',
         '-Главная · Обо мне · Дневник гонок · Наша кровать · Контакты'],
        ['+Моя первая благотворительная гонка на кроватях: 2,5 км брусчатки на латунной кровати',
         '-Опубликовано 20 сентября 2026 автором Аня · 4 комментария',
         '-5 мин чтения',
         '-В этом посте есть партнёрские ссылки: я получаю небольшой процент, для вас цена не меняется.'],
        ['-Содержание: 1. Как мы строили кровать 2. День гонки 3. В следующем году',
         '+В мае коллеги из пекарни уговорили меня записаться на благотворительную гонку на кроватях в Костроме, '
         'и я согласилась, ещё не увидев кровать.'],
        ['-Наша латунная кровать прямо из контейнера, ещё до розовой краски',
         '+Мы нашли старую латунную кровать в мусорном контейнере, покрасили её в розовый, прикрутили четыре '
         'колеса от тележки и каждый четверг тренировались толкать её на парковке.',
         '+На брифинге судья сказала нам: «Толкайте ногами, рулите голосом и никогда не отпускайте кровать на '
         'повороте».'],
        ['+Мой день гонки',
         '+Техосмотр кроватей в 10:00',
         '-Поворот у набережной, Лена кричит «влево!»',
         '+Костюмированный парад в 11:30',
         '+Старт гонки в 14:00'],
        ['+Мы заняли одиннадцатое место из двадцати семи кроватей, хотя на мосту у нас отвалилось колесо и '
         'последние 200 метров мы несли кровать на руках.',
         '+Вместе мы собрали 84 тысячи рублей для хосписа, а в следующем году я хочу колёса побольше; Лена уже нас '
         'записала.',
         '-Обнимаю, Аня',
         '-Наши командные футболки с ручной печатью есть в моём магазине на Ярмарке Мастеров.'],
        ['-Резинки, которые держали наш матрас, есть на Ozon — вот ссылка',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        ['-4 комментария к записи «Моя первая благотворительная гонка на кроватях»',
         '-Лена: Лучший день года, руки болят до сих пор!',
         '-Тётя Галя: Ты была как королева на этой кровати, солнышко.',
         '-↳ Аня: Спасибо, тётя Галя, скорее как на очень тряском троне!',
         '-↳ Лена: В следующем году ставим клаксон.'],
        ['-Введите адрес электронной почты, чтобы подписаться на блог и получать уведомления о новых записях.',
         '-← Предыдущая запись: Шлифуем кровать за неделю | Следующая запись: Что я взяла на гонку →',
         '-© 2026 Перина-торпеда · Тема: Twenty Twenty-Three от WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Podigee-Player: Die Episode wird erst nach Ihrer Zustimmung zu externen Medien geladen.':
        ('a German Podigee marker for a player that loads the episode only after consent to external media '
         '("Podigee-Player: Die Episode wird erst nach Ihrer Zustimmung zu externen Medien geladen.") is left in '
         'the body'),
    'Il sondaggio di Riddle non è stato caricato: ricarica la pagina per votare.':
        ('an Italian Riddle marker for a poll that did not load, with a reload-to-vote hint ("Il sondaggio di '
         'Riddle non è stato caricato: ricarica la pagina per votare.") is left in the body'),
    'Die Kommentarspalte wird werktags von 8 bis 18 Uhr betreut.':
        ('the German comment-section-moderation-hours line ("Die Kommentarspalte wird werktags von 8 bis 18 Uhr '
         'betreut.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-brass-bed-bex-first-charity-bed-race':
        ('the English charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Our '
         'brass bed fresh out of the skip, before the pink paint") and the action photo\'s caption between the first '
         'and second rows ("Rounding the bend by the canal, with Priya shouting left") (2 of 20 noise lines); no '
         'article line is lost'),
    'fr-blog-sommier-rugissant-premiere-course-de-lits':
        ('the French charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Notre '
         'lit en laiton tout juste sorti de la benne, avant la peinture rose") and the action photo\'s caption '
         'between the first and second rows ("Dans le virage du canal, Inès crie « à gauche ! »") (2 of 20 noise '
         'lines); no article line is lost'),
    'de-blog-rollbett-ronja-erstes-bettenrennen':
        ('the German charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Unser '
         'Messingbett frisch aus dem Container, noch vor der rosa Farbe") and the action photo\'s caption between '
         'the first and second rows ("In der Kurve am Kanal, Leonie ruft „links!“") (2 of 20 noise lines); no '
         'article line is lost'),
    'it-blog-lettino-ribelle-prima-corsa-dei-letti':
        ('the Italian charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Il '
         'nostro letto d\'ottone appena recuperato dal cassone, prima della vernice rosa") and the action photo\'s '
         'caption between the first and second rows ("Nella curva lungo le mura, con Sara che urla «sinistra!»") (2 '
         'of 20 noise lines); no article line is lost'),
    'pl-blog-lozkiem-przez-torun-pierwszy-wyscig-lozek':
        ('the Polish charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Nasze '
         'mosiężne łóżko prosto z kontenera, jeszcze przed różową farbą") and the action photo\'s caption between '
         'the first and second rows ("Zakręt przy murach, Magda krzyczy „w lewo!”") (2 of 20 noise lines); no '
         'article line is lost'),
    'ru-blog-perina-torpeda-pervaya-gonka-na-krovatyakh':
        ('the Russian charity-bed-race blog post keeps the opening photo\'s caption above the second paragraph ("Наша '
         'латунная кровать прямо из контейнера, ещё до розовой краски") and the action photo\'s caption between the '
         'first and second rows ("Поворот у набережной, Лена кричит «влево!»") (2 of 20 noise lines); no article '
         'line is lost'),
}

test_held_out_242_line, test_held_out_242_line_is_kept, test_held_out_242_page = held_out_tests(
    HELD_OUT_242_LINES, HELD_OUT_242_KEEP, HELD_OUT_242_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
