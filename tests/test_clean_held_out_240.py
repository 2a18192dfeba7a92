"""Held-out set 240: written blind, weighted toward the noise the cleaner exists for, in shapes set 238's docstring does
not name (nor the first paragraphs of sets 235, 236 and 237): scraper, embed and ad markers, all in the body (an English
Datawrapper table that failed to render, with a tap-to-retry hint "Datawrapper table failed to render. Tap here to try
again.", an English Vimeo video blocked because the reader has not agreed to third-party embeds "Vimeo video blocked:
you have not agreed to embedded content from third parties.", an English Apple Podcasts preview not available in the
browser, with an open-in-the-app hint "Apple Podcasts preview unavailable in this browser – open the episode in the
Podcasts app.", a French Arte video no longer on catch-up (replay) "Vidéo Arte indisponible : ce programme n'est plus
disponible en replay.", a German ARD Audiothek item no longer available "Der Beitrag aus der ARD Audiothek ist leider
nicht mehr verfügbar.", an Italian Mediaset Infinity player that asks the reader to log in "Il player di Mediaset
Infinity richiede l'accesso: effettua il login per guardare il video.", a Polish TikTok film that cannot be shown, with
a check-your-browser-privacy-settings hint "Nie można wyświetlić filmu z TikToka. Sprawdź ustawienia prywatności
przeglądarki." and a Russian Dzen (Дзен) post whose author restricted access "Публикация из Дзена недоступна: автор
ограничил к ней доступ."); reading-time headers in new wordings, all at the head (the English abbreviated
estimated-reading-time label "Est. reading time: 4 min", a blog's give-or-take-a-photo line "This post is a 7-minute
read, give or take a photo or two.", the French count-about (comptez environ) line "Comptez environ 4 minutes de
lecture", the German reading-duration (Lesedauer) label "Lesedauer etwa 4 Minuten", the Italian bare reading (lettura)
label "Lettura: 4 minuti", the Polish you-will-read-it-in (przeczytasz w) line "Przeczytasz w 4 minuty" and the Russian
read-4-minutes (читать) label "Читать 4 минуты"); bylines and self-promotion (an English nameless by-our-correspondent
byline "By our Farming Correspondent", an English story-by byline with additional reporting by a news agency "Story by
Hester Tuftwhistle, with additional reporting by PA Media", an Italian report-by (servizio di) byline "Servizio di
Ornella Velloncini" and a Russian material-prepared-by (материал подготовила) byline "Материал подготовила Ульяна
Руноткина", all at the head; and an English Ko-fi buy-me-a-coffee plug for a new bath plug "Enjoyed the ride? Buy me a
coffee on Ko-fi so I can afford a new bath plug.", a French Tipeee support plug "Soutenez le blog sur Tipeee : chaque
contrepartie finance une nouvelle pagaie.", a German PayPal donation plug for the next entry fee "Mit einer Spende über
PayPal hilfst du mir, die nächste Startgebühr zu bezahlen." and a Polish buycoffee.to plug for a new paddle "Postaw mi
wirtualną kawę na buycoffee.to, a kupię nowe wiosło do balii.", all at the foot); blog and site footers, all at the foot
(an English Ghost and Casper credit with a sign-in link "Powered by Ghost · Theme: Casper · Sign in", an English
Editors'-Code-of-Practice line with the complaints page "The Tuppingham Courier abides by the Editors' Code of Practice.
To complain, see our complaints page.", an English Squarespace credit with the privacy and terms links "Made with
Squarespace · Privacy Policy · Terms of Use", a French Overblog credit with the report-illegal-content and terms links
"Propulsé par Overblog · Signaler un contenu illicite · CGU", a German IONOS hosting line with the imprint and the
accessibility-statement links "Gehostet bei IONOS · Impressum · Erklärung zur Barrierefreiheit", an Italian publisher
line with the VAT number (P.IVA) and a credits link "Edizioni Pecoraglia srl · P.IVA 02847310165 · Credits", a Polish
Blogger credit with the theme name "Obsługiwane przez usługę Blogger. Motyw Prosty." and a Russian Tilda credit with the
privacy link and the 12+ age mark "Сделано на Tilda · Политика конфиденциальности · 12+"); reader-comment furniture, all
at the foot (an English sort-comments row "Sort comments by: Newest · Oldest · Most liked", the English
awaiting-moderation preview note "Your comment is awaiting moderation. This is a preview; your comment will be visible
after it has been approved.", an English powered-by-Viafoura line with the guidelines link "Commenting is powered by
Viafoura. Read our community guidelines.", a French sort-the-comments line "Trier les commentaires : les plus récents
d'abord", the German you-must-be-logged-in-to-comment note "Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
an Italian show-12-more-comments button "Mostra altri 12 commenti", a Polish sort-comments row "Sortuj komentarze:
najnowsze · najstarsze · najwyżej oceniane" and a Russian comments-are-premoderated note "Комментарии проходят
премодерацию."); share rows, all at the foot (an English pass-it-on row with Nextdoor and LinkedIn "Pass it on: Facebook
· Nextdoor · LinkedIn", a German share-on (teilen auf) row with Xing "Teilen auf: WhatsApp · Xing · E-Mail" and a
Russian make-a-repost (сделать репост) row with MAX "Сделать репост: ВКонтакте · Telegram · MAX"); and notices (a French
correction note on a wrong date "Correction : une version précédente de cet article donnait une mauvaise date pour la
course." and an Italian part-of-our-special-series note "Questo articolo fa parte dello speciale «Estate in paese» del
nostro giornale.", both in the body; and a Polish the-newsroom-is-not-responsible-for-comments note "Redakcja nie
odpowiada za treść komentarzy publikowanych przez internautów." at the foot); and twenty keep lines, article sentences
that look a little like noise ("Comments from the commentary box were drowned out by the bleating at the first bend.",
"Reading the course better than the favourite, the ewe cut inside at the hay-bale bend.", "Commentée au micro par le
maire, la course a fait rire tout le village.", "Kommentiert wurde das Rennen vom Schäfer selbst, der jedes Tier beim
Namen kannte.", "Commentata dallo speaker del paese, la corsa è durata meno di due minuti.", "Komentujący wyścig sołtys
nie krył wzruszenia, gdy wygrała owca jego sąsiada.", "Комментарии ведущего забега тонули в блеянии и смехе зрителей.",
"Shares in the racing syndicate sold out within an hour of the draw at the village hall.", "Following the flock on a
quad bike, a steward checked that every knitted jockey stayed on.", "Abonné au podium depuis trois ans, le bélier Gaston
a fini quatrième cette fois.", "Folgen hatte der Sturz nicht: Die Wanne trieb weiter, und die Fahrerin kletterte wieder
hinein.", "Подписавшись на гонку в последний момент, фермер выставил молодую ярку и выиграл.", "Subscriptions to the
young farmers' club doubled after the race was shown on regional television.", "Copyright in the knitted jockeys belongs
to the women's institute, whose members make them each winter.", "Advertising space on the sheep's woollen saddlecloths
raised £600 for the air ambulance.", "Partager la victoire avec sa brebis, le berger l'a fait en lui offrant une pomme
bien rouge.", "Werbung auf den Wollsätteln brachte dem Verein 600 Euro für neue Hürden ein.", "Seguendo il gregge in
bicicletta, i bambini hanno fatto il tifo fino al traguardo.", "Condividere la tinozza con la sorella è stata l'idea
peggiore di tutta la giornata." and "Udostępnione przez parafię pastwisko zamieniło się na jeden dzień w tor
wyścigowy."); and toward whole scraped news and hobby-blog pages in layouts set 238's docstring does not describe (on
the six portal pages, in nine blocks, a date-and-weather line, the masthead with its tagline and the section menu in a
block of three at the very top, the date line first; the title in the middle of a block of three, between a breadcrumb
above it and the byline with the date and time (one line) under it; the first paragraph third in a block of four, under
a bare reading time and a share row and above a bare advertisement label (Advertisement, Publicité, Anzeige, Pubblicità,
Reklama, Реклама) closing the block; the second paragraph and the paragraph with the quote at the two ends of a block of
three with the lead photo's caption and its credit (one line) between them; a read-also link and a newsletter prompt
alone in a block of two; the subheading and the three rows with a photo-gallery link (with its photo count) closing the
list block (a block of five, the link last); the two last paragraphs at the top of a block of four, above a tags line
and a follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page); a thread of five lines
alone in a block (a comment count, a reader's comment, a second reader's arrowed reply to it, the paper's arrowed reply
to the first reader and a third reader's comment left unanswered); and at the foot the publisher's copyright line with
its links in one line, alone in a block of one; on the six blog pages, in nine blocks, the blog name with its tagline
alone in a block of one at the very top; the menu, a bare reading time, the title and the posted-on-by line (with the
comment count) in a block of four, the title third; the first and second paragraphs at the second and fourth places of a
block of four, under a table of contents (its heading and three numbered entries in one line) and with an
affiliate-links disclosure between them; the paragraph with the quote above the opening photo's caption, in a block of
two; the subheading and the three rows with an affiliate link to the author's paddle (on Amazon, on Allegro on the
Polish blog, on Ozon on the Russian blog) between the first and second rows, inside the list block (a block of five, the
link third); the two last paragraphs at the first and third places of a block of four, with an action photo's caption
between them and the author's sign-off closing the block; a plug for her hand-painted bath bunting (in an Etsy shop, at
Yarmarka Masterov on the Russian blog), a share row and a you-might-also-like line with two post titles in a block of
three, the plug first; a thread of five lines alone in a block (a thoughts-on or responses heading with its count
quoting the post's title, the friend's comment, the author's arrowed reply to it, a second reader's comment and the
author's arrowed reply to that); and at the foot a previous-post link and the author's copyright line with the theme and
platform credit in one line, in a block of two), taken from local news of a town's 31st sheep-racing day (a
four-year-old ewe winning the main race, the Grand National or Grand Prix, in front of more than 2,000 spectators on the
village green or showground, eight races of seven sheep over 250 metres of straw-bale hurdles, each sheep carrying a
knitted jockey made by the women's institute or a village club, the organiser's quote, who has started every race since
1994, that sheep do not read the form book but follow the bucket, a lambs' sprint over 100 metres at 12.00, the town's
derby at 14.00 and the main race over 250 metres at 16.30, the winner beating last year's winner by a length after the
favourite stopped to graze at the last hurdle, penny or one-euro bets raising 3,100 pounds, euros or złoty (31 thousand
roubles on the Russian page) for the air ambulance or the volunteer fire brigade, a race of lambs ridden by teddy bears
planned for next summer) in six invented towns, and from six hobby blogs of young women on their first tin-bath race on
a river (talked into it by a friend in March and practising every Sunday in a grandmother's old bath, on the Great Ouse
at Bedford, the Vienne at Chinon, the Lahn at Limburg, the Sile at Treviso, the Brda at Bydgoszcz and the Oka at Kaluga,
sixteen baths from a rowing club's slipway over 400 metres downstream, each paddled by one person with a kitchen pan or
a small paddle, the starter's quote at the briefing to keep the weight low, paddle on both sides and never stand up, a
bath and life-jacket check at 10.00, heats of four baths at 11.30 and the final at 14.00, fifth of sixteen after
capsizing once near a bridge, river weed in the hair at teatime, a wider bath with a keel next year with the friend
already signed up).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 238 but what is named here), held-out set 239 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 238 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 235, 236 and 237, printed with one ast script (/tmp/s240scratch/read.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s240scratch/insp.py, with
/tmp/wt-s240/src and /tmp/wt-s240/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s240 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 238's as printed, with 238
-> 240; /tmp/s240scratch/gen240.py writes this file from scratch files (data240.py with the noise and keep lines and the
pages as fields with the two layouts that turn them into blocks, doc_*.txt with the docstring paragraphs and, after the
measurement, tables240.py with the xfail tables). Nothing else was copied from any file of the repository. The set was
measured once against a frozen cleaner (worktree /tmp/wt-s240, detached at commit
13ba883286102d54917a597e9302c114b16385b2, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 21:34:02 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 21:34:03 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 13ba883286102d54917a597e9302c114b16385b2 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched
afterwards. The set-up call ended with ``ls /tmp/wt-s240`` (the top folder of the worktree only: README.md, benchmarks,
configs, docs, pyproject.toml, scripts, src, tests), not a listing of tests/. (2) read.py first printed to the terminal,
which the tool cut in the middle (it showed set 238's docstring up to its second note, then from inside set 235's first
paragraph on, set 236's and 237's first paragraphs); the second run went to /tmp/s240scratch/read.out (only the allowed
parts), which I paged with ``sed -n`` on that output file, never on a file of the repository; nothing else of any set
file was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen240.py's import of the written file,
to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement and no
source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye,
and kept away from them: no embed service used for a held-out marker here is named for a marker in them (Datawrapper,
Vimeo, Apple Podcasts, Arte, ARD Audiothek, Mediaset Infinity, TikTok and Dzen are new; the failures are worded anew: a
table that failed to render with a tap-to-retry hint, third-party embeds not agreed to, a preview not available in the
browser, a programme no longer on catch-up, an item no longer available, a log-in request, a film that cannot be shown
with a privacy-settings hint, a post whose author restricted access); the reading times avoid the phrasings named there
(the new ones are "Est. reading time:", "a 7-minute read, give or take a photo", "Comptez environ ... de lecture",
"Lesedauer etwa", "Lettura:", "Przeczytasz w" and "Читать 4 минуты"); the bylines are of new shapes (a nameless
by-our-correspondent line, story-by with agency reporting, "Servizio di", "Материал подготовила") and the plugs name
platforms not named there (Ko-fi, Tipeee, PayPal, buycoffee.to); the footers use builders, hosts and legal lines not
named there (Ghost with Casper, an Editors'-Code line, Squarespace, Overblog, IONOS with the accessibility statement, a
publisher line with a VAT number, Blogger, Tilda); the comment lines (sort rows, an awaiting-moderation preview, a
powered-by-Viafoura line, a must-be-logged-in note, a show-more button, a premoderation note), the share rows (pass it
on with Nextdoor; teilen auf with Xing; сделать репост with MAX) and the notices (a French correction and an Italian
special-series note in the body, a Polish not-responsible-for-comments note at the foot) are of kinds not named there.
The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the
layouts differ from those of set 238 (see the first paragraph); one page line, the Russian portal's share row, was at
first planned as the exact Russian share row set 235 names as a held-out line and was reordered ("Поделиться: Telegram ·
WhatsApp · ВКонтакте") before it was written. (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Tuppingham, Fleecewick, Baaswick, Tuftwhistle, "Tin Tub
Tilly", Laineguette, Bêlardeau, Toisonnier, Tondalière, "Baignoire Intrépide", Wollbrunn, Hammelreiter, Schurwollner,
Bockstedder, "Zinkwannen-Zora", Pecoraglia, Belacchini, Velloncini, "Tinozza Volante", Wełnowice, Beczałowski,
Owieczkowska, Runiakówna, "Balia na Fali", Курдючинск, Руноткина, Шерстюхин, Ягнятова and "Корыто на волне". Dropped for
hits: Ramsbottle (inside paramsBottle code names and a list of handles), Crookshaw (a name in games and test data),
Moutonval (inside OutOnValue and MoutonValue code names), Agnelot (inside agnelotti and campagneLot), Tupworthy (inside
StartupWorthy and UpWorthy), Bêlemont (a place in a list of invented names), Lanaverde (lanaVerde in game code),
Tosalana (inside OcultosAlAnadir and other code), Pecorazzi (an operator name in test data), Runkiewicz (inside real
surnames), Барашкинск (a real pond's name), Шерстобоев (a real surname), Ярочкин (a real surname), Woolgarth (a place in
a list of invented names), Brebichon (a real cheese), Tosapecore (a real word, sheep shearers), Montonetti (a name in
test data) and Ovinardi (inside novinarDiv); the Italian organiser is left unnamed (the president of the Pro Loco). "The
Tuppingham Courier", "L'Écho de Laineguette", "Wollbrunner Tagblatt", "Il Gazzettino di Pecoraglia", "Edizioni
Pecoraglia", "Kurier Wełnowicki" and «Курдючинские вести» are formed from checked names; the sheep's names (Tumbleweed,
Brindille, Flocke, Batuffola, Kłębuszek, Пушинка, Gaston), the first names of the bloggers (Tilly, Léa, Zora, Marta,
Kasia, Даша) and their friends, and the commenters (first names with a town or village; the made-up villages Dolna Wieś,
Borgo Basso and Нижние Выселки are common generic names) were not checked. Real services, platforms, shops and
institutions (Datawrapper, Vimeo, Apple Podcasts, Arte, ARD Audiothek, Mediaset Infinity, TikTok, Дзен, PA Media, Ko-fi,
Tipeee, PayPal, buycoffee.to, Ghost, Casper, the Editors' Code of Practice, Squarespace, Overblog, IONOS, Blogger,
Tilda, Viafoura, Nextdoor, LinkedIn, Xing, MAX, Facebook, X, WhatsApp, Instagram, Pinterest, Telegram, ВКонтакте,
Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, Twenty Twenty-Four and WordPress) and real places (the Great Ouse at
Bedford, Kempston, the Vienne at Chinon, Tours, Saint-Cyprien, the Lahn at Limburg, Diez, Niederau, the Sile at Treviso,
Silea, the Brda at Bydgoszcz, Toruń, the Oka at Kaluga, Tula, Low Fell) are named as real pages do. (6) A script
(/tmp/s240scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats, that no line holds an at-sign or stray white space, and
that each page has 10 article and 20 noise lines; its first run found nothing wrong (the German held-out plug, at first
planned for a Kleinanzeigen shop, had been moved to PayPal before it was written, as I had seen that the bare label
"Anzeige" sits inside "Kleinanzeigen"). It also printed the counts by category, language and place, which match the
Contents paragraph. gen240.py checks that no line of the file is over 120 columns and that it holds no at-sign, and
imports the written file back and finds its lists, pages and tables equal to the scratch data. (7) The measurement was
run once, as the brief gives it, in one shell call at 21:40:56 UTC by ``date``, with the xfail tables empty and this
docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s240scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s240scratch, importing the copy in /tmp/wt-s240/tests with /tmp/wt-s240/src on the
path) then printed ``_problems`` of each failing case: the seven lines and the eight pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"), and so is every problem of a page but nine: the English portal page
loses (or puts out of order) its two last paragraphs, the Russian portal page its first paragraph and the Russian blog
page its subheading, its three rows and its two last paragraphs ("lost or out of order"); no keep line is lost, and no
problem of another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not
printed. (8) The tables were written from that output (/tmp/s240scratch/mktables.py writes tables240.py from the saved
problems.json, which gen240.py puts into this file); mktables.py checks that every problem is a kept line or a lost
article line and matches each printed snippet to exactly one line of its page, which the reason quotes in full with
where it sits and the count the report counts left; the reason of each line quotes it and says where it was put; the
keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final file were
imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s240 (see the Baseline paragraph). (9) Clock: ``date`` printed 21:34:02 at the start, 21:40:56 at the
measurement, 21:41:25 just before the problems were printed and 21:41:32 after; the tables, the Baseline paragraph and
these notes followed, and the commit within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the sheep-racing day and the tin-bath race
that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story, so
article ("Comments from the commentary box", "Commentée au micro", "Kommentiert wurde das Rennen", "Commentata dallo
speaker", "Komentujący wyścig sołtys" and "Комментарии ведущего забега" open like comment furniture but report what a
race commentator, a mayor, a shepherd, a village speaker and a village head said or how they were heard; "Shares in the
racing syndicate", "Partager la victoire", "Condividere la tinozza" and "Udostępnione przez parafię pastwisko" open like
share rows but tell of a syndicate sold out, a shepherd sharing his win with his ewe, a bath shared with a sister and a
pasture lent by a parish; "Following the flock", "Folgen hatte der Sturz nicht" and "Seguendo il gregge" open like
follow prompts but tell of a steward on a quad bike, a fall without consequences (Folgen) and children cycling after the
flock; "Subscriptions to the young farmers' club", "Abonné au podium" and "Подписавшись на гонку" open like subscribe
prompts but tell of a club that doubled, a ram that is always on the podium and a late entry that won; "Copyright in the
knitted jockeys" opens like a copyright line but tells who owns the jockeys; "Advertising space on the sheep's woollen
saddlecloths" and "Werbung auf den Wollsätteln" open like ad labels but tell of money raised; "Reading the course" opens
like a reading time but tells how the ewe ran). Borderline categories: the four plugs (Ko-fi, Tipeee, PayPal,
buycoffee.to) are bylines and self-promotion, at the foot, since they ask for money for the author in the author's
voice; the nameless "By our Farming Correspondent" and the story-by line with agency reporting are bylines; the
Datawrapper, Vimeo, Apple Podcasts, Arte, ARD Audiothek, Mediaset Infinity, TikTok and Dzen lines are markers (what an
embed leaves in the text when it does not show), though some read as sentences; the Editors'-Code line and the Italian
publisher line with the VAT number are footers (legal lines of the site or the publisher, not of the article), and so
are the Ghost, Squarespace, Overblog, IONOS, Blogger and Tilda credits; the sort rows, the awaiting-moderation preview,
the Viafoura line, the logged-in-to-comment note, the show-more button and the premoderation note are comment furniture,
since they sit over, in or under the comments and speak only of commenting; the Polish
newsroom-not-responsible-for-comments line speaks of the comments too but is the publisher's disclaimer, so I call it a
notice (at the foot); the French correction and the Italian special-series note are notices in the body (both speak of
the article they sit in). On every page the title, the three paragraphs before the subheading (the third with the
quote), the subheading, its three list rows and the two last paragraphs are article; everything else (date-and-weather
lines, mastheads and blog names with taglines, menus, breadcrumbs, bylines and posted-on lines, reading times, captions
and photo credits, share rows, read-also, previous-post and you-might-also-like links, advertisement labels, gallery
links, tags lines, follow prompts, tables of contents, affiliate disclosures and links, newsletter prompts, sign-offs
and plugs, comment counts and responses headings, comments and replies, copyright lines) is noise. The list rows (the
times of the three races on the portals; the check, the heats and the final on the blogs) are short but part of each
article, so article; the list headings ("How the day ran", "My race day" and the like) are the articles' subheadings, so
article; the portals' gallery links are noise though they close the list block, and the blogs' affiliate links are noise
though they sit between the first and second rows; the blogs' action photo captions are noise though they sit between
the two last paragraphs; the arrowed replies, including the paper's and the author's own, are comment furniture, so
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, an Italian and a Russian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, a German and a Polish one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-tuppingham-sheep-racing-day (the 31st
Tuppingham Sheep Racing Day, won by the ewe Tumbleweed of the shepherd Gareth Fleecewick, in The Tuppingham Courier),
en-blog-tin-tub-tilly-first-tin-bath-race (Tilly's first tin-bath race on the Great Ouse at Bedford, fifth of sixteen),
fr-portail-laineguette-course-de-moutons (the 31st Laineguette sheep race, won by the ewe Brindille of the shepherd
Fernand Bêlardeau, in L'Écho de Laineguette), fr-blog-baignoire-intrepide-premiere-course-de-baignoires (Léa's first
bath race on the Vienne at Chinon, fifth of sixteen), de-portal-wollbrunn-schafrennen (the 31st Wollbrunn sheep race
(Schafrennen), won by the ewe Flocke of the shepherd Jost Hammelreiter, in the Wollbrunner Tagblatt),
de-blog-zinkwannen-zora-erstes-zinkwannenrennen (Zora's first tin-bath race (Zinkwannenrennen) on the Lahn at Limburg,
fifth of sixteen), it-portale-pecoraglia-corsa-delle-pecore (the 31st Pecoraglia sheep race, won by the ewe Batuffola of
the shepherd Ottavio Belacchini, in Il Gazzettino di Pecoraglia), it-blog-tinozza-volante-prima-gara-di-tinozze (Marta's
first tub race on the Sile at Treviso, fifth of sixteen), pl-portal-welnowice-wyscig-owiec (the 31st Wełnowice sheep
race, won by the ewe Kłębuszek of the shepherd Bronisław Beczałowski, in the Kurier Wełnowicki),
pl-blog-balia-na-fali-pierwszy-wyscig-balii (Kasia's first tub race on the Brda at Bydgoszcz, fifth of sixteen),
ru-portal-kurdyuchinsk-ovechi-bega (the 31st Курдючинск sheep races, won by the ewe Пушинка of the shepherd Прохор
Шерстюхин, in «Курдючинские вести»), ru-blog-koryto-na-volne-pervaya-gonka-na-korytakh (Даша's first trough race on the
Oka at Kaluga, fifth of sixteen), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 13ba883286102d54917a597e9302c114b16385b2, measured with ``cd /tmp/wt-s240 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s240/src python -m pytest -q tests/test_clean_held_out_240.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s240 && PYTHONPATH=/tmp/wt-s240/src python
scripts/clean_held_out_report.py --sets 240``, with the xfail tables empty, at 21:40:56 UTC by ``date``): noise lines
removed 38/45 (reading-time 6/7, byline 7/8, marker 5/8, notice 3/3, footer 7/8, comments 7/8, share 3/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: the English blog's give-or-take-a-photo reading time at the
head, three markers in the body (the English Datawrapper table, the German ARD Audiothek item and the Italian Mediaset
Infinity log-in line), and at the foot the German PayPal plug, the English Editors'-Code footer line and the German
must-be-logged-in comment note; every share row and notice, the other reading times, bylines and plugs, markers, footers
and comment lines went); keep lines kept 20/20; pages 4/12 clean (the French, German, Italian and Polish portal pages),
25 of 240 page noise lines left and 9 of 120 article lines lost. Left: on the English, French, German, Italian and
Polish blogs the table of contents above the first paragraph, the opening photo's caption under the paragraph with the
quote and the action photo's caption between the two last paragraphs, and on the English, German and Italian blogs also
the affiliate link to the paddle between the first and second rows (4 on the English, German and Italian blogs, 3 on the
French and Polish ones); on the Russian blog the table of contents (1); on the English portal the lead photo's caption
with its credit (1); on the Russian portal that caption and four lines of the comment thread (the three readers'
comments and the paper's reply; the comment count went) (5). Lost (or out of order): on the English portal the two last
paragraphs (2); on the Russian portal the first paragraph (1); on the Russian blog the subheading ("Мой день гонки"),
the three rows and the two last paragraphs, every article line after the paragraph with the quote (6); no other page and
no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file
in /tmp/wt-s240 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; the writers of sets 239 and 240 worked beside round 144 from its base,
13ba883; round 144 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 240 241 242`` and the set's
pytest file): noise lines removed 39/45 (was 38: the ARD Audiothek item no longer available, "Der Beitrag aus der ARD
Audiothek ist leider nicht mehr verfügbar.", now goes and its xfail was removed), keep lines kept 20/20, pages 4/12
clean, 20 of 240 page noise lines left (was 25), 9 of 120 article lines lost (unchanged: the Russian blog's subheading,
three rows and two last paragraphs, the English portal's two last paragraphs, the Russian portal's first paragraph).
Five blogs' numbered tables of contents ("In this post: 1. Training in gran's bath 2. Race day 3. Next year" and its
four twins) now go (round 144's numbered tables of contents, read on sets 221/222); round 145, developed on this set,
rewords the pages' reasons. Every other xfail still fails as its reason says.

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
tests/test_clean.py test_round_145_*. This set's figures (report, before -> after): noise lines removed 39/45 -> 40/45
(comments 7/8 -> 8/8: the German must-be-logged-in note goes; reading-time 6/7, byline 7/8, marker 6/8, footer 7/8,
notice 3/3, share 3/3 unchanged), keep lines 20/20 -> 20/20, pages clean 4/12 -> 6/12 (the English and Russian portals
now clean), page noise lines left 20 -> 12 of 240, article lines lost 9 -> 0 (the English portal's two last paragraphs,
the Russian portal's first paragraph, the Russian blog's subheading, rows and two last paragraphs are back). Reasons
reworded: the six blogs' pages (the tables of contents gone since round 144 and the Russian one now; the German and
English affiliate links now go, the Italian one "La pagaia che ho usato è su Amazon – ecco il link" is still kept); the
English and Russian portals' entries removed (XPASS), and the German must-be-logged-in line's. Still missed: the photo
captions with no credit on the blogs (out of scope), the Italian affiliate link, and five lines (the give-or-take
reading time, the Datawrapper table, the Mediaset Infinity log-in, the PayPal plug, the Editors' Code footer).
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

HELD_OUT_240_LINES: list[tuple[str, str, str]] = [
    ('head', 'Est. reading time: 4 min', 'reading-time'),
    ('head', 'This post is a 7-minute read, give or take a photo or two.', 'reading-time'),
    ('head', 'Comptez environ 4 minutes de lecture', 'reading-time'),
    ('head', 'Lesedauer etwa 4 Minuten', 'reading-time'),
    ('head', 'Lettura: 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Читать 4 минуты', 'reading-time'),
    ('head', 'By our Farming Correspondent', 'byline'),
    ('head', 'Story by Hester Tuftwhistle, with additional reporting by PA Media', 'byline'),
    ('head', 'Servizio di Ornella Velloncini', 'byline'),
    ('head', 'Материал подготовила Ульяна Руноткина', 'byline'),
    ('body', 'Datawrapper table failed to render. Tap here to try again.', 'marker'),
    ('body', 'Vimeo video blocked: you have not agreed to embedded content from third parties.', 'marker'),
    ('body', 'Apple Podcasts preview unavailable in this browser – open the episode in the Podcasts app.', 'marker'),
    ('body', "Vidéo Arte indisponible : ce programme n'est plus disponible en replay.", 'marker'),
    ('body', 'Der Beitrag aus der ARD Audiothek ist leider nicht mehr verfügbar.', 'marker'),
    ('body', "Il player di Mediaset Infinity richiede l'accesso: effettua il login per guardare il video.", 'marker'),
    ('body', 'Nie można wyświetlić filmu z TikToka. Sprawdź ustawienia prywatności przeglądarki.', 'marker'),
    ('body', 'Публикация из Дзена недоступна: автор ограничил к ней доступ.', 'marker'),
    ('body', 'Correction : une version précédente de cet article donnait une mauvaise date pour la course.', 'notice'),
    ('body', 'Questo articolo fa parte dello speciale «Estate in paese» del nostro giornale.', 'notice'),
    ('tail', 'Enjoyed the ride? Buy me a coffee on Ko-fi so I can afford a new bath plug.', 'byline'),
    ('tail', 'Soutenez le blog sur Tipeee : chaque contrepartie finance une nouvelle pagaie.', 'byline'),
    ('tail', 'Mit einer Spende über PayPal hilfst du mir, die nächste Startgebühr zu bezahlen.', 'byline'),
    ('tail', 'Postaw mi wirtualną kawę na buycoffee.to, a kupię nowe wiosło do balii.', 'byline'),
    ('tail', 'Powered by Ghost · Theme: Casper · Sign in', 'footer'),
    ('tail',
     "The Tuppingham Courier abides by the Editors' Code of Practice. To complain, see our complaints page.",
     'footer'),
    ('tail', 'Made with Squarespace · Privacy Policy · Terms of Use', 'footer'),
    ('tail', 'Propulsé par Overblog · Signaler un contenu illicite · CGU', 'footer'),
    ('tail', 'Gehostet bei IONOS · Impressum · Erklärung zur Barrierefreiheit', 'footer'),
    ('tail', 'Edizioni Pecoraglia srl · P.IVA 02847310165 · Credits', 'footer'),
    ('tail', 'Obsługiwane przez usługę Blogger. Motyw Prosty.', 'footer'),
    ('tail', 'Сделано на Tilda · Политика конфиденциальности · 12+', 'footer'),
    ('tail', 'Sort comments by: Newest · Oldest · Most liked', 'comments'),
    ('tail',
     'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
     'comments'),
    ('tail', 'Commenting is powered by Viafoura. Read our community guidelines.', 'comments'),
    ('tail', "Trier les commentaires : les plus récents d'abord", 'comments'),
    ('tail', 'Sie müssen angemeldet sein, um einen Kommentar abzugeben.', 'comments'),
    ('tail', 'Mostra altri 12 commenti', 'comments'),
    ('tail', 'Sortuj komentarze: najnowsze · najstarsze · najwyżej oceniane', 'comments'),
    ('tail', 'Комментарии проходят премодерацию.', 'comments'),
    ('tail', 'Pass it on: Facebook · Nextdoor · LinkedIn', 'share'),
    ('tail', 'Teilen auf: WhatsApp · Xing · E-Mail', 'share'),
    ('tail', 'Сделать репост: ВКонтакте · Telegram · MAX', 'share'),
    ('tail', 'Redakcja nie odpowiada za treść komentarzy publikowanych przez internautów.', 'notice'),
]

HELD_OUT_240_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the commentary box were drowned out by the bleating at the first bend.'),
    ('head', 'Reading the course better than the favourite, the ewe cut inside at the hay-bale bend.'),
    ('head', 'Commentée au micro par le maire, la course a fait rire tout le village.'),
    ('head', 'Kommentiert wurde das Rennen vom Schäfer selbst, der jedes Tier beim Namen kannte.'),
    ('head', 'Commentata dallo speaker del paese, la corsa è durata meno di due minuti.'),
    ('head', 'Komentujący wyścig sołtys nie krył wzruszenia, gdy wygrała owca jego sąsiada.'),
    ('head', 'Комментарии ведущего забега тонули в блеянии и смехе зрителей.'),
    ('body', 'Shares in the racing syndicate sold out within an hour of the draw at the village hall.'),
    ('body', 'Following the flock on a quad bike, a steward checked that every knitted jockey stayed on.'),
    ('body', 'Abonné au podium depuis trois ans, le bélier Gaston a fini quatrième cette fois.'),
    ('body', 'Folgen hatte der Sturz nicht: Die Wanne trieb weiter, und die Fahrerin kletterte wieder hinein.'),
    ('body', 'Подписавшись на гонку в последний момент, фермер выставил молодую ярку и выиграл.'),
    ('tail', "Subscriptions to the young farmers' club doubled after the race was shown on regional television."),
    ('tail', "Copyright in the knitted jockeys belongs to the women's institute, whose members make them each winter."),
    ('tail', "Advertising space on the sheep's woollen saddlecloths raised £600 for the air ambulance."),
    ('tail', "Partager la victoire avec sa brebis, le berger l'a fait en lui offrant une pomme bien rouge."),
    ('tail', 'Werbung auf den Wollsätteln brachte dem Verein 600 Euro für neue Hürden ein.'),
    ('tail', 'Seguendo il gregge in bicicletta, i bambini hanno fatto il tifo fino al traguardo.'),
    ('tail', "Condividere la tinozza con la sorella è stata l'idea peggiore di tutta la giornata."),
    ('tail', 'Udostępnione przez parafię pastwisko zamieniło się na jeden dzień w tor wyścigowy.'),
]

HELD_OUT_240_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-tuppingham-sheep-racing-day', [
        [
            '-Saturday 14 June 2025 · Tuppingham 17°C, sunny spells',
            '-The Tuppingham Courier – news from the dale since 1887',
            "-News · Sport · Farming · What's on · Jobs · Puzzles",
        ],
        [
            '-Home › News › Farming',
            '+Ewe called Tumbleweed wins 31st Tuppingham Sheep Racing Day',
            '-By Hester Tuftwhistle · 14 June 2025, 18:42',
        ],
        [
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
            ('+A four-year-old Jacob ewe called Tumbleweed won the Grand National of the 31st Tuppingham Sheep '
             'Racing Day on Saturday, in front of more than 2,000 spectators on the village green.'),
            '-Advertisement',
        ],
        [
            ('+Eight races of seven sheep each were run over 250 metres of straw-bale hurdles, every runner carrying '
             "a knitted jockey stitched by the women's institute."),
            '-Tumbleweed clears the last straw bale (Picture: Courier staff)',
            ('+"Sheep don\'t read the form book, they follow the bucket," said the organiser, Dilys Baaswick, who '
             'has started every race since 1994.'),
        ],
        [
            '-Read also: Record prices at the Tuppingham autumn ram sale',
            "-Get the Courier's farming newsletter every Friday – sign up free",
        ],
        [
            '+How the day ran',
            "+Lambs' sprint over 100 metres at 12.00",
            '+The Tuppingham Derby at 14.00',
            '+The Grand National over 250 metres at 16.30',
            '-Gallery: 24 pictures from the sheep racing day',
        ],
        [
            ("+Tumbleweed, owned by the shepherd Gareth Fleecewick, beat last year's winner by a full length after "
             'the favourite stopped to graze at the last hurdle.'),
            ('+Penny bets on the races raised £3,100 for the air ambulance, and a race of pet lambs ridden by teddy '
             'bears is planned for next summer.'),
            '-Tags: sheep racing, Tuppingham, village green, air ambulance',
            '-Follow the Courier on Facebook and Instagram',
        ],
        [
            '-7 comments',
            "-Maureen, Tuppingham: Best afternoon of the summer, the grandchildren haven't stopped bleating since.",
            '-↳ Keith, Low Fell: Tumbleweed was robbed last year, glad she got her day.',
            "-↳ Tuppingham Courier: Thanks Maureen, the full results are in Wednesday's paper.",
            "-Sandra, Tuppingham: Could the lambs' sprint start later? The little ones were still in the car park.",
        ],
        [
            '-© 2025 Tuppingham Courier · Contact us · Privacy · Terms · Cookie settings',
        ],
    ]),
    _page('en', 'en-blog-tin-tub-tilly-first-tin-bath-race', [
        [
            '-Tin Tub Tilly – small boats, big splashes',
        ],
        [
            '-Home · About · Race diary · Kit · Contact',
            '-5 minute read',
            "+My first tin-bath race on the Ouse (and why I'm still damp)",
            '-Posted on 29 June 2025 by Tilly · 5 comments',
        ],
        [
            "-In this post: 1. Training in gran's bath 2. Race day 3. Next year",
            ('+Back in March my friend Megan talked me into entering the tin-bath race on the Great Ouse at Bedford, '
             "and I've been practising in my gran's old bath every Sunday since."),
            '-This post contains affiliate links; if you buy through them I may earn a small commission.',
            ('+Sixteen baths started from the rowing club slipway for a 400-metre dash downstream, each paddled by '
             'one person with nothing but a kitchen pan or a small oar.'),
        ],
        [
            ('+At the briefing the starter told us: "Keep your weight low, paddle on both sides and never, ever '
             'stand up."'),
            '-Megan and me at the slipway before the bath check',
        ],
        [
            '+My race day',
            '+Bath check and life jackets at 10.00',
            '-The paddle I used is on Amazon – link here',
            '+Heats of four baths at 11.30',
            '+The final at 14.00',
        ],
        [
            ('+I finished fifth of sixteen after tipping over once near the bridge, and I was still finding river '
             'weed in my hair at teatime.'),
            '-Going under the bridge, just before I tipped over',
            '+Next year I want a wider bath with a proper keel, and Megan has already booked us both in.',
            '-Happy paddling, Tilly x',
        ],
        [
            '-My hand-painted tin-bath bunting is in my Etsy shop',
            '-Share this: Facebook · Pinterest · WhatsApp',
            "-You might also like: Painting gran's bath · Ten things to pack for a river race",
        ],
        [
            '-5 thoughts on “My first tin-bath race on the Ouse”',
            '-Megan: Fifth on your first go! Next year we beat the lifeguards.',
            '-↳ Tilly: Only if you stop splashing me at the start!',
            '-Jo from Kempston: Loved the photo under the bridge, you looked so calm.',
            '-↳ Tilly: Calm on the outside, soaked on the inside!',
        ],
        [
            "-« Previous post: Painting gran's bath",
            '-© 2025 Tin Tub Tilly · Theme: Twenty Twenty-Four · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-laineguette-course-de-moutons', [
        [
            '-Samedi 14 juin 2025 · Laineguette 19 °C, éclaircies',
            "-L'Écho de Laineguette – l'actualité du pays depuis 1887",
            '-Actualité · Sports · Agriculture · Sortir · Annonces · Jeux',
        ],
        [
            '-Accueil › Actualité › Agriculture',
            '+Une brebis nommée Brindille remporte la 31e course de moutons de Laineguette',
            '-Par Solange Toisonnier · 14 juin 2025 à 18 h 42',
        ],
        [
            '-Lecture : 3 min',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            ('+Brindille, une brebis de quatre ans, a remporté samedi le Grand Prix de la 31e course de moutons de '
             'Laineguette, devant plus de 2 000 spectateurs réunis sur le champ de foire.'),
            '-Publicité',
        ],
        [
            ('+Huit courses de sept moutons ont été disputées sur 250 mètres de bottes de paille, chaque coureur '
             'portant un jockey en laine tricoté par le club des aînés.'),
            "-Brindille franchit la dernière botte de paille (Photo : L'Écho)",
            ("+« Les moutons ne lisent pas les pronostics, ils suivent le seau », a expliqué l'organisatrice, Odile "
             'Tondalière, qui donne le départ de chaque course depuis 1994.'),
        ],
        [
            "-À lire aussi : Prix record à la foire aux béliers d'automne",
            "-Recevez chaque vendredi la lettre agricole de L'Écho – inscription gratuite",
        ],
        [
            '+Le programme de la journée',
            '+Course des agneaux sur 100 mètres à 12 h',
            '+Derby de Laineguette à 14 h',
            '+Grand Prix sur 250 mètres à 16 h 30',
            '-Diaporama : 24 photos de la course de moutons',
        ],
        [
            ("+Brindille, qui appartient au berger Fernand Bêlardeau, a devancé la gagnante de l'an dernier d'une "
             "longueur, la favorite s'étant arrêtée pour brouter avant la dernière botte."),
            ("+Les paris à un euro ont rapporté 3 100 euros aux pompiers du canton, et une course d'agneaux montés "
             "par des ours en peluche est prévue l'été prochain."),
            '-Mots-clés : course de moutons, Laineguette, champ de foire, pompiers',
            "-Suivez L'Écho sur Facebook et Instagram",
        ],
        [
            '-7 commentaires',
            "-Mireille, Laineguette : Le plus bel après-midi de l'été, mes petits-enfants bêlent encore.",
            "-↳ Gérard, Saint-Cyprien : Brindille avait été volée l'an dernier, tant mieux pour elle.",
            "-↳ L'Écho de Laineguette : Merci Mireille, tous les résultats sont dans l'édition de mercredi.",
            ('-Sandrine, Laineguette : La course des agneaux pourrait-elle commencer plus tard ? Les petits étaient '
             'encore au parking.'),
        ],
        [
            "-© 2025 L'Écho de Laineguette · Nous contacter · Confidentialité · CGU · Gestion des cookies",
        ],
    ]),
    _page('fr', 'fr-blog-baignoire-intrepide-premiere-course-de-baignoires', [
        [
            '-Baignoire Intrépide – petits bateaux, grandes éclaboussures',
        ],
        [
            '-Accueil · À propos · Carnet de course · Matériel · Contact',
            '-Temps de lecture : 5 minutes',
            '+Ma première course de baignoires sur la Vienne (et pourquoi je suis encore mouillée)',
            '-Publié le 29 juin 2025 par Léa · 5 commentaires',
        ],
        [
            "-Au sommaire : 1. L'entraînement dans la baignoire de mamie 2. Le jour J 3. L'an prochain",
            ("+En mars, mon amie Manon m'a convaincue de m'inscrire à la course de baignoires sur la Vienne à "
             "Chinon, et depuis je m'entraîne chaque dimanche dans la vieille baignoire de ma grand-mère."),
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
            ("+Seize baignoires sont parties de la cale du club d'aviron pour 400 mètres au fil du courant, chacune "
             "menée par une seule personne armée d'une casserole ou d'une petite pagaie."),
        ],
        [
            ('+Au briefing, le starter nous a dit : « Restez bas, pagayez des deux côtés et surtout ne vous levez '
             'jamais. »'),
            '-Manon et moi sur la cale avant le contrôle',
        ],
        [
            '+Ma journée de course',
            '+Contrôle des baignoires et gilets à 10 h',
            "-La pagaie que j'ai utilisée est sur Amazon – le lien ici",
            '+Séries de quatre baignoires à 11 h 30',
            '+La finale à 14 h',
        ],
        [
            ("+J'ai fini cinquième sur seize après avoir chaviré une fois près du pont, et je trouvais encore des "
             "algues dans mes cheveux à l'heure du goûter."),
            '-Sous le pont, juste avant de chavirer',
            ("+L'an prochain, je veux une baignoire plus large avec une vraie quille, et Manon nous a déjà inscrites "
             'toutes les deux.'),
            '-Bonne pagaie, Léa',
        ],
        [
            '-Mes fanions peints à la main en forme de baignoire sont dans ma boutique Etsy',
            '-Partager : Facebook · Pinterest · WhatsApp',
            ('-Vous aimerez aussi : Repeindre la baignoire de mamie · Dix choses à emporter pour une course sur la '
             'rivière'),
        ],
        [
            '-5 réponses à « Ma première course de baignoires sur la Vienne »',
            "-Manon : Cinquième du premier coup ! L'an prochain on bat les sauveteurs.",
            "-↳ Léa : Seulement si tu arrêtes de m'éclabousser au départ !",
            "-Julie de Tours : J'adore la photo sous le pont, tu avais l'air si calme.",
            '-↳ Léa : Calme dehors, trempée dedans !',
        ],
        [
            '-« Article précédent : Repeindre la baignoire de mamie',
            '-© 2025 Baignoire Intrépide · Thème : Twenty Twenty-Four · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-wollbrunn-schafrennen', [
        [
            '-Samstag, 14. Juni 2025 · Wollbrunn 18 °C, heiter',
            '-Wollbrunner Tagblatt – Nachrichten aus dem Tal seit 1887',
            '-Lokales · Sport · Landwirtschaft · Freizeit · Stellenmarkt · Rätsel',
        ],
        [
            '-Startseite › Lokales › Landwirtschaft',
            '+Schaf namens Flocke gewinnt das 31. Wollbrunner Schafrennen',
            '-Von Gerlinde Schurwollner · 14.06.2025, 18:42 Uhr',
        ],
        [
            '-Lesezeit: 3 Min.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            ('+Das vierjährige Mutterschaf Flocke hat am Samstag den Großen Preis des 31. Wollbrunner Schafrennens '
             'gewonnen, vor mehr als 2000 Zuschauern auf der Festwiese.'),
            '-Anzeige',
        ],
        [
            ('+Acht Rennen mit je sieben Schafen wurden über 250 Meter Strohballenhürden gelaufen, jedes Tier mit '
             'einem gestrickten Jockey der Landfrauen auf dem Rücken.'),
            '-Flocke nimmt den letzten Strohballen (Foto: Tagblatt)',
            ('+„Schafe lesen keine Wettquoten, sie laufen dem Eimer hinterher“, sagte die Organisatorin Wilma '
             'Bockstedder, die seit 1994 jedes Rennen startet.'),
        ],
        [
            '-Lesen Sie auch: Rekordpreise bei der Wollbrunner Bockauktion',
            '-Der Landwirtschafts-Newsletter des Tagblatts kommt jeden Freitag – jetzt kostenlos abonnieren',
        ],
        [
            '+So lief der Tag',
            '+Lämmersprint über 100 Meter um 12 Uhr',
            '+Wollbrunner Derby um 14 Uhr',
            '+Großer Preis über 250 Meter um 16.30 Uhr',
            '-Bildergalerie: 24 Fotos vom Schafrennen',
        ],
        [
            ('+Flocke, die dem Schäfer Jost Hammelreiter gehört, schlug die Vorjahressiegerin um eine Länge, weil '
             'die Favoritin an der letzten Hürde stehen blieb, um zu grasen.'),
            ('+Die Ein-Euro-Wetten brachten 3100 Euro für die Freiwillige Feuerwehr, und für den nächsten Sommer ist '
             'ein Rennen mit Lämmern und Teddybär-Reitern geplant.'),
            '-Schlagworte: Schafrennen, Wollbrunn, Festwiese, Feuerwehr',
            '-Folgen Sie dem Tagblatt auf Facebook und Instagram',
        ],
        [
            '-7 Kommentare',
            '-Marianne, Wollbrunn: Der schönste Nachmittag des Sommers, die Enkel blöken immer noch.',
            '-↳ Klaus, Niederau: Flocke wurde letztes Jahr betrogen, schön, dass sie jetzt gewonnen hat.',
            '-↳ Wollbrunner Tagblatt: Danke, Marianne, alle Ergebnisse stehen in der Mittwochsausgabe.',
            '-Sabine, Wollbrunn: Kann der Lämmersprint später beginnen? Die Kleinen standen noch auf dem Parkplatz.',
        ],
        [
            '-© 2025 Wollbrunner Tagblatt · Kontakt · Impressum · Datenschutz · Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-zinkwannen-zora-erstes-zinkwannenrennen', [
        [
            '-Zinkwannen-Zora – kleine Boote, große Spritzer',
        ],
        [
            '-Start · Über mich · Renntagebuch · Ausrüstung · Kontakt',
            '-5 Minuten Lesezeit',
            '+Mein erstes Zinkwannenrennen auf der Lahn (und warum ich immer noch nass bin)',
            '-Veröffentlicht am 29. Juni 2025 von Zora · 5 Kommentare',
        ],
        [
            '-Inhalt: 1. Training in Omas Wanne 2. Der Renntag 3. Nächstes Jahr',
            ('+Im März hat mich meine Freundin Pia zum Zinkwannenrennen auf der Lahn in Limburg überredet, und '
             'seitdem übe ich jeden Sonntag in Omas alter Wanne.'),
            '-Dieser Beitrag enthält Affiliate-Links; kaufst du darüber, bekomme ich eine kleine Provision.',
            ('+Sechzehn Wannen starteten am Steg des Rudervereins zu 400 Metern flussabwärts, jede von einer '
             'einzigen Person mit Kochtopf oder kleinem Paddel gesteuert.'),
        ],
        [
            ('+Bei der Einweisung sagte der Starter: „Bleibt tief sitzen, paddelt auf beiden Seiten und steht '
             'niemals auf.“'),
            '-Pia und ich am Steg vor der Wannenkontrolle',
        ],
        [
            '+Mein Renntag',
            '+Wannenkontrolle und Schwimmwesten um 10 Uhr',
            '-Das Paddel, das ich benutzt habe, gibt es bei Amazon – hier der Link',
            '+Vorläufe mit je vier Wannen um 11.30 Uhr',
            '+Das Finale um 14 Uhr',
        ],
        [
            ('+Ich wurde Fünfte von sechzehn, nachdem ich an der Brücke einmal gekentert war, und beim Abendbrot '
             'hatte ich immer noch Wasserpflanzen im Haar.'),
            '-Unter der Brücke, kurz bevor ich kenterte',
            ('+Nächstes Jahr will ich eine breitere Wanne mit einem richtigen Kiel, und Pia hat uns beide schon '
             'angemeldet.'),
            '-Bis bald auf dem Fluss, eure Zora',
        ],
        [
            '-Meine handbemalten Wannen-Wimpelketten gibt es in meinem Etsy-Shop',
            '-Teilen: Facebook · Pinterest · WhatsApp',
            '-Das könnte dir auch gefallen: Omas Wanne streichen · Zehn Dinge für ein Flussrennen',
        ],
        [
            '-5 Gedanken zu „Mein erstes Zinkwannenrennen auf der Lahn“',
            '-Pia: Fünfte beim ersten Mal! Nächstes Jahr schlagen wir die Rettungsschwimmer.',
            '-↳ Zora: Nur wenn du mich beim Start nicht mehr nass spritzt!',
            '-Jana aus Diez: Das Foto unter der Brücke ist toll, du sahst so ruhig aus.',
            '-↳ Zora: Außen ruhig, innen klatschnass!',
        ],
        [
            '-« Vorheriger Beitrag: Omas Wanne streichen',
            '-© 2025 Zinkwannen-Zora · Theme: Twenty Twenty-Four · Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-pecoraglia-corsa-delle-pecore', [
        [
            '-Sabato 14 giugno 2025 · Pecoraglia 24 °C, poco nuvoloso',
            '-Il Gazzettino di Pecoraglia – notizie della valle dal 1887',
            '-Cronaca · Sport · Agricoltura · Eventi · Annunci · Giochi',
        ],
        [
            '-Home › Cronaca › Agricoltura',
            '+La pecora Batuffola vince la 31ª corsa delle pecore di Pecoraglia',
            '-Di Ornella Velloncini · 14 giugno 2025, ore 18:42',
        ],
        [
            '-Tempo di lettura: 3 min',
            '-Condividi: Facebook · X · WhatsApp · Email',
            ('+Batuffola, una pecora di quattro anni, ha vinto sabato il Gran Premio della 31ª corsa delle pecore di '
             'Pecoraglia, davanti a più di 2.000 spettatori sul prato della fiera.'),
            '-Pubblicità',
        ],
        [
            ('+Si sono disputate otto corse di sette pecore su 250 metri di ostacoli di paglia, ogni animale con in '
             'groppa un fantino di lana fatto a maglia dalle signore del paese.'),
            "-Batuffola salta l'ultima balla di paglia (Foto: Gazzettino)",
            ('+«Le pecore non leggono i pronostici, seguono il secchio», ha detto il presidente della Pro Loco, che '
             'dà il via a ogni corsa dal 1994.'),
        ],
        [
            "-Leggi anche: Prezzi record alla fiera d'autunno dei montoni",
            '-Ricevi ogni venerdì la newsletter agricola del Gazzettino – iscriviti gratis',
        ],
        [
            '+Il programma della giornata',
            '+Corsa degli agnelli sui 100 metri alle 12',
            '+Derby di Pecoraglia alle 14',
            '+Gran Premio sui 250 metri alle 16.30',
            '-Fotogallery: 24 foto della corsa delle pecore',
        ],
        [
            ("+Batuffola, del pastore Ottavio Belacchini, ha battuto di una lunghezza la vincitrice dell'anno "
             "scorso, mentre la favorita si è fermata a brucare davanti all'ultima balla."),
            ('+Le scommesse da un euro hanno raccolto 3.100 euro per i vigili del fuoco volontari, e per la prossima '
             'estate è prevista una corsa di agnelli con fantini di peluche.'),
            '-Tag: corsa delle pecore, Pecoraglia, prato della fiera, vigili del fuoco',
            '-Segui il Gazzettino su Facebook e Instagram',
        ],
        [
            '-7 commenti',
            "-Marisa, Pecoraglia: Il pomeriggio più bello dell'estate, i nipoti belano ancora.",
            "-↳ Franco, Borgo Basso: Batuffola l'anno scorso era stata derubata, sono contento per lei.",
            "-↳ Il Gazzettino di Pecoraglia: Grazie Marisa, tutti i risultati sono nell'edizione di mercoledì.",
            ('-Simona, Pecoraglia: La corsa degli agnelli potrebbe iniziare più tardi? I piccoli erano ancora al '
             'parcheggio.'),
        ],
        [
            '-© 2025 Il Gazzettino di Pecoraglia · Contatti · Privacy · Termini · Preferenze cookie',
        ],
    ]),
    _page('it', 'it-blog-tinozza-volante-prima-gara-di-tinozze', [
        [
            '-Tinozza Volante – piccole barche, grandi schizzi',
        ],
        [
            '-Home · Chi sono · Diario di gara · Attrezzatura · Contatti',
            '-5 minuti di lettura',
            '+La mia prima gara di tinozze sul Sile (e perché sono ancora bagnata)',
            '-Pubblicato il 29 giugno 2025 da Marta · 5 commenti',
        ],
        [
            "-In questo post: 1. Allenamento nella tinozza della nonna 2. Il giorno della gara 3. L'anno prossimo",
            ('+A marzo la mia amica Elisa mi ha convinta a iscrivermi alla gara di tinozze sul Sile a Treviso, e da '
             'allora mi alleno ogni domenica nella vecchia tinozza della nonna.'),
            ('-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
             'commissione.'),
            ('+Sedici tinozze sono partite dallo scivolo della società di canottaggio per 400 metri a favore di '
             'corrente, ognuna guidata da una sola persona con una pentola o una piccola pagaia.'),
        ],
        [
            ('+Al briefing lo starter ci ha detto: «Tenete il peso basso, pagaiate da entrambi i lati e non alzatevi '
             'mai in piedi.»'),
            '-Io ed Elisa sullo scivolo prima del controllo',
        ],
        [
            '+La mia giornata di gara',
            '+Controllo delle tinozze e giubbotti alle 10',
            '-La pagaia che ho usato è su Amazon – ecco il link',
            '+Batterie da quattro tinozze alle 11.30',
            '+La finale alle 14',
        ],
        [
            ("+Sono arrivata quinta su sedici dopo essermi rovesciata una volta vicino al ponte, e all'ora di cena "
             'avevo ancora alghe nei capelli.'),
            '-Sotto il ponte, poco prima di rovesciarmi',
            ("+L'anno prossimo voglio una tinozza più larga con una vera chiglia, ed Elisa ci ha già iscritte tutte "
             'e due.'),
            '-Buone pagaiate, Marta',
        ],
        [
            '-Le mie bandierine dipinte a mano a forma di tinozza sono nel mio negozio Etsy',
            '-Condividi: Facebook · Pinterest · WhatsApp',
            ('-Potrebbe interessarti anche: Ridipingere la tinozza della nonna · Dieci cose da portare a una gara '
             'sul fiume'),
        ],
        [
            '-5 risposte a “La mia prima gara di tinozze sul Sile”',
            "-Elisa: Quinta alla prima gara! L'anno prossimo battiamo i bagnini.",
            '-↳ Marta: Solo se smetti di schizzarmi alla partenza!',
            '-Chiara da Silea: Bellissima la foto sotto il ponte, sembravi così tranquilla.',
            '-↳ Marta: Tranquilla fuori, fradicia dentro!',
        ],
        [
            '-« Articolo precedente: Ridipingere la tinozza della nonna',
            '-© 2025 Tinozza Volante · Tema: Twenty Twenty-Four · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-welnowice-wyscig-owiec', [
        [
            '-Sobota, 14 czerwca 2025 · Wełnowice 21°C, przejaśnienia',
            '-Kurier Wełnowicki – wiadomości z doliny od 1887 roku',
            '-Wiadomości · Sport · Rolnictwo · Kultura · Ogłoszenia · Rozrywka',
        ],
        [
            '-Strona główna › Wiadomości › Rolnictwo',
            '+Owca Kłębuszek wygrywa 31. Wyścig Owiec w Wełnowicach',
            '-Jadwiga Runiakówna · 14.06.2025, 18:42',
        ],
        [
            '-Czas czytania: 3 minuty',
            '-Podziel się: Facebook · X · WhatsApp',
            ('+Czteroletnia owca Kłębuszek wygrała w sobotę Wielką Nagrodę 31. Wyścigu Owiec w Wełnowicach, na '
             'oczach ponad 2000 widzów zgromadzonych na błoniach.'),
            '-Reklama',
        ],
        [
            ('+Rozegrano osiem biegów po siedem owiec na dystansie 250 metrów z przeszkodami ze słomy, a każde '
             'zwierzę niosło dżokeja zrobionego na drutach przez koło gospodyń wiejskich.'),
            '-Kłębuszek pokonuje ostatnią przeszkodę (fot. Kurier)',
            ('+– Owce nie czytają typów bukmacherów, idą za wiadrem – powiedziała organizatorka Halina Owieczkowska, '
             'która od 1994 roku daje sygnał do startu każdego biegu.'),
        ],
        [
            '-Przeczytaj też: Rekordowe ceny na jesiennym targu baranów',
            '-Zapisz się na rolniczy newsletter Kuriera – co piątek, za darmo',
        ],
        [
            '+Program dnia',
            '+Sprint jagniąt na 100 metrów o 12.00',
            '+Derby Wełnowic o 14.00',
            '+Wielka Nagroda na 250 metrów o 16.30',
            '-Galeria: 24 zdjęcia z wyścigu owiec',
        ],
        [
            ('+Kłębuszek, należąca do pasterza Bronisława Beczałowskiego, wyprzedziła zeszłoroczną zwyciężczynię o '
             'długość, bo faworytka zatrzymała się przy ostatniej przeszkodzie, by poskubać trawę.'),
            ('+Zakłady po złotówce przyniosły 3100 zł dla ochotniczej straży pożarnej, a na przyszłe lato '
             'zaplanowano wyścig jagniąt z pluszowymi misiami w roli dżokejów.'),
            '-Tagi: wyścig owiec, Wełnowice, błonia, straż pożarna',
            '-Obserwuj Kuriera na Facebooku i Instagramie',
        ],
        [
            '-7 komentarzy',
            '-Marianna, Wełnowice: Najpiękniejsze popołudnie lata, wnuki do tej pory beczą.',
            '-↳ Krzysztof, Dolna Wieś: Kłębuszek w zeszłym roku została oszukana, dobrze, że teraz wygrała.',
            '-↳ Kurier Wełnowicki: Dziękujemy, pani Marianno, pełne wyniki w środowym wydaniu.',
            '-Sylwia, Wełnowice: Czy sprint jagniąt mógłby zacząć się później? Maluchy były jeszcze na parkingu.',
        ],
        [
            '-© 2025 Kurier Wełnowicki · Kontakt · Polityka prywatności · Regulamin · Ustawienia cookies',
        ],
    ]),
    _page('pl', 'pl-blog-balia-na-fali-pierwszy-wyscig-balii', [
        [
            '-Balia na Fali – małe łodzie, wielkie chlapanie',
        ],
        [
            '-Start · O mnie · Dziennik wyścigów · Sprzęt · Kontakt',
            '-5 minut czytania',
            '+Mój pierwszy wyścig balii na Brdzie (i dlaczego wciąż jestem mokra)',
            '-Opublikowano 29 czerwca 2025 przez Kasię · 5 komentarzy',
        ],
        [
            '-W tym wpisie: 1. Trening w balii babci 2. Dzień wyścigu 3. Za rok',
            ('+W marcu przyjaciółka Magda namówiła mnie na wyścig balii na Brdzie w Bydgoszczy i od tamtej pory w '
             'każdą niedzielę ćwiczę w starej balii babci.'),
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę małą prowizję.',
            ('+Szesnaście balii wystartowało ze slipu klubu wioślarskiego na 400 metrów z prądem, a w każdej płynęła '
             'jedna osoba z garnkiem albo małym wiosłem.'),
        ],
        [
            '+Na odprawie starter powiedział nam: „Siedźcie nisko, wiosłujcie z obu stron i nigdy nie wstawajcie”.',
            '-Magda i ja na slipie przed kontrolą',
        ],
        [
            '+Mój dzień wyścigu',
            '+Kontrola balii i kamizelek o 10.00',
            '-Wiosło, którego używałam, kupicie na Allegro – link tutaj',
            '+Biegi eliminacyjne po cztery balie o 11.30',
            '+Finał o 14.00',
        ],
        [
            ('+Skończyłam na piątym miejscu z szesnastu, choć raz wywróciłam się przy moście, a wodorosty wyciągałam '
             'z włosów jeszcze przy kolacji.'),
            '-Pod mostem, tuż przed wywrotką',
            '+W przyszłym roku chcę szerszą balię z prawdziwym kilem, a Magda już zapisała nas obie.',
            '-Do zobaczenia na wodzie, Kasia',
        ],
        [
            '-Moje ręcznie malowane girlandy z baliami znajdziecie w moim sklepie na Etsy',
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '-Może cię też zainteresować: Malowanie balii babci · Dziesięć rzeczy na wyścig na rzece',
        ],
        [
            '-5 odpowiedzi na „Mój pierwszy wyścig balii na Brdzie”',
            '-Magda: Piąte miejsce za pierwszym razem! Za rok pokonamy ratowników.',
            '-↳ Kasia: Tylko jeśli przestaniesz mnie ochlapywać na starcie!',
            '-Ewa z Torunia: Super zdjęcie pod mostem, wyglądałaś na taką spokojną.',
            '-↳ Kasia: Spokojna na zewnątrz, przemoczona w środku!',
        ],
        [
            '-« Poprzedni wpis: Malowanie balii babci',
            '-© 2025 Balia na Fali · Motyw: Twenty Twenty-Four · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-kurdyuchinsk-ovechi-bega', [
        [
            '-Суббота, 14 июня 2025 · Курдючинск +22 °C, переменная облачность',
            '-«Курдючинские вести» — новости района с 1887 года',
            '-Новости · Спорт · Сельское хозяйство · Досуг · Объявления · Кроссворды',
        ],
        [
            '-Главная › Новости › Сельское хозяйство',
            '+Овца по кличке Пушинка выиграла 31-е Курдючинские овечьи бега',
            '-Ульяна Руноткина · 14 июня 2025, 18:42',
        ],
        [
            '-3 минуты на чтение',
            '-Поделиться: Telegram · WhatsApp · ВКонтакте',
            ('+Четырёхлетняя овца Пушинка в субботу выиграла Большой приз 31-х Курдючинских овечьих бегов на глазах '
             'у более чем 2000 зрителей на ярмарочном поле.'),
            '-Реклама',
        ],
        [
            ('+Прошли восемь забегов по семь овец на 250 метров с барьерами из соломы, и на спине у каждой сидел '
             'вязаный жокей работы местного клуба рукодельниц.'),
            '-Пушинка берёт последний барьер (фото: «Вести»)',
            ('+«Овцы не читают прогнозов, они бегут за ведром», — сказала организатор бегов Клавдия Ягнятова, '
             'которая даёт старт каждому забегу с 1994 года.'),
        ],
        [
            '-Читайте также: Рекордные цены на осенней ярмарке баранов',
            '-Подпишитесь на сельскохозяйственную рассылку «Вестей» — каждую пятницу, бесплатно',
        ],
        [
            '+Как прошёл день',
            '+Забег ягнят на 100 метров в 12:00',
            '+Курдючинское дерби в 14:00',
            '+Большой приз на 250 метров в 16:30',
            '-Фотогалерея: 24 снимка с овечьих бегов',
        ],
        [
            ('+Пушинка, принадлежащая чабану Прохору Шерстюхину, на корпус опередила прошлогоднюю победительницу, а '
             'фаворитка остановилась пощипать траву у последнего барьера.'),
            ('+Ставки по рублю принесли 31 тысячу рублей добровольной пожарной дружине, а следующим летом планируют '
             'забег ягнят с плюшевыми мишками вместо жокеев.'),
            '-Теги: овечьи бега, Курдючинск, ярмарочное поле, пожарная дружина',
            '-Читайте нас во ВКонтакте и Telegram',
        ],
        [
            '-7 комментариев',
            '-Марина, Курдючинск: Лучший день лета, внуки до сих пор блеют.',
            '-↳ Виктор, Нижние Выселки: Пушинку в прошлом году засудили, рад за неё.',
            '-↳ «Курдючинские вести»: Спасибо, Марина, все результаты — в среду в газете.',
            '-Светлана, Курдючинск: Можно ли начинать забег ягнят позже? Малыши ещё стояли на парковке.',
        ],
        [
            '-© 2025 «Курдючинские вести» · Контакты · Политика конфиденциальности · Пользовательское соглашение',
        ],
    ]),
    _page('ru', 'ru-blog-koryto-na-volne-pervaya-gonka-na-korytakh', [
        [
            '-Корыто на волне — маленькие лодки, большие брызги',
        ],
        [
            '-Главная · Обо мне · Дневник гонок · Снаряжение · Контакты',
            '-5 минут чтения',
            '+Моя первая гонка на корытах по Оке (и почему я до сих пор мокрая)',
            '-Опубликовано 29 июня 2025 автором Даша · 5 комментариев',
        ],
        [
            '-В этом посте: 1. Тренировки в бабушкином корыте 2. День гонки 3. На следующий год',
            ('+В марте подруга Катя уговорила меня записаться на гонку на корытах по Оке в Калуге, и с тех пор я '
             'каждое воскресенье тренируюсь в старом бабушкином корыте.'),
            '-В посте есть партнёрские ссылки: если вы что-то купите по ним, я получу небольшую комиссию.',
            ('+Шестнадцать корыт стартовали со слипа гребного клуба на 400 метров вниз по течению, и в каждом сидел '
             'один человек с кастрюлей или маленьким веслом.'),
        ],
        [
            '+На брифинге стартёр сказал нам: «Сидите низко, гребите с обеих сторон и ни в коем случае не вставайте».',
            '-Мы с Катей на слипе перед проверкой',
        ],
        [
            '+Мой день гонки',
            '+Проверка корыт и спасжилетов в 10:00',
            '-Весло, которым я гребла, есть на Ozon — ссылка здесь',
            '+Заплывы по четыре корыта в 11:30',
            '+Финал в 14:00',
        ],
        [
            ('+Я стала пятой из шестнадцати, хотя один раз перевернулась у моста, а водоросли вытаскивала из волос '
             'ещё за ужином.'),
            '-Под мостом, за секунду до того, как я перевернулась',
            '+В следующем году хочу корыто пошире и с настоящим килем, а Катя уже записала нас обеих.',
            '-До встречи на воде, ваша Даша',
        ],
        [
            '-Мои расписные гирлянды с корытами — в моём магазине на Ярмарке Мастеров',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Вам может понравиться: Как я красила бабушкино корыто · Десять вещей для гонки на реке',
        ],
        [
            '-5 комментариев к записи «Моя первая гонка на корытах по Оке»',
            '-Катя: Пятая с первого раза! В следующем году обгоним спасателей.',
            '-↳ Даша: Только если перестанешь обрызгивать меня на старте!',
            '-Оля из Тулы: Классное фото под мостом, ты выглядела такой спокойной.',
            '-↳ Даша: Снаружи спокойная, внутри насквозь мокрая!',
        ],
        [
            '-« Предыдущая запись: Как я красила бабушкино корыто',
            '-© 2025 Корыто на волне · Тема: Twenty Twenty-Four · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'This post is a 7-minute read, give or take a photo or two.':
        ('an English blog\'s give-or-take-a-photo reading-time line ("This post is a 7-minute read, give or take a '
         'photo or two.") is left at the head'),
    'Datawrapper table failed to render. Tap here to try again.':
        ('an English Datawrapper marker for a table that failed to render, with a tap-to-retry hint ("Datawrapper '
         'table failed to render. Tap here to try again.") is left in the body'),
    "Il player di Mediaset Infinity richiede l'accesso: effettua il login per guardare il video.":
        ('an Italian Mediaset Infinity marker for a player that asks the reader to log in ("Il player di Mediaset '
         'Infinity richiede l\'accesso: effettua il login per guardare il video.") is left in the body'),
    'Mit einer Spende über PayPal hilfst du mir, die nächste Startgebühr zu bezahlen.':
        ('a German blogger\'s PayPal donation plug for the next entry fee ("Mit einer Spende über PayPal hilfst du '
         'mir, die nächste Startgebühr zu bezahlen.") is left at the foot'),
    "The Tuppingham Courier abides by the Editors' Code of Practice. To complain, see our complaints page.":
        ('an English Editors\'-Code-of-Practice footer line with the complaints page ("The Tuppingham Courier abides '
         'by the Editors\' Code of Practice. To complain, see our complaints page.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-tin-tub-tilly-first-tin-bath-race':
        ('the English tin-bath-race blog post keeps the opening photo\'s caption under the paragraph with the quote '
         '("Megan and me at the slipway before the bath check") and the action photo\'s caption between the two '
         'last paragraphs ("Going under the bridge, just before I tipped over") (2 of 20 noise lines); no article '
         'line is lost'),
    'fr-blog-baignoire-intrepide-premiere-course-de-baignoires':
        ('the French tin-bath-race blog post keeps the opening photo\'s caption under the paragraph with the quote '
         '("Manon et moi sur la cale avant le contrôle") and the action photo\'s caption between the two last '
         'paragraphs ("Sous le pont, juste avant de chavirer") (2 of 20 noise lines); no article line is lost'),
    'de-blog-zinkwannen-zora-erstes-zinkwannenrennen':
        ('the German tin-bath-race blog post keeps the opening photo\'s caption under the paragraph with the quote '
         '("Pia und ich am Steg vor der Wannenkontrolle") and the action photo\'s caption between the two last '
         'paragraphs ("Unter der Brücke, kurz bevor ich kenterte") (2 of 20 noise lines); no article line is lost'),
    'it-blog-tinozza-volante-prima-gara-di-tinozze':
        ('the Italian tin-bath-race blog post keeps the opening photo\'s caption under the paragraph with the quote '
         '("Io ed Elisa sullo scivolo prima del controllo"), the affiliate link to the author\'s paddle between the '
         'first and second rows ("La pagaia che ho usato è su Amazon – ecco il link") and the action photo\'s '
         'caption between the two last paragraphs ("Sotto il ponte, poco prima di rovesciarmi") (3 of 20 noise '
         'lines); no article line is lost'),
    'pl-blog-balia-na-fali-pierwszy-wyscig-balii':
        ('the Polish tin-bath-race blog post keeps the opening photo\'s caption under the paragraph with the quote '
         '("Magda i ja na slipie przed kontrolą") and the action photo\'s caption between the two last paragraphs '
         '("Pod mostem, tuż przed wywrotką") (2 of 20 noise lines); no article line is lost'),
    'ru-blog-koryto-na-volne-pervaya-gonka-na-korytakh':
        ('the Russian tin-bath-race blog post keeps the action photo\'s caption between the two last paragraphs '
         '("Под мостом, за секунду до того, как я перевернулась") (1 of 20 noise lines); no article line is lost'),
}

test_held_out_240_line, test_held_out_240_line_is_kept, test_held_out_240_page = held_out_tests(
    HELD_OUT_240_LINES, HELD_OUT_240_KEEP, HELD_OUT_240_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
