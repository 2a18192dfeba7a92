"""Held-out set 245: written blind, weighted toward the noise the cleaner exists for, in shapes set 244's docstring does
not name (nor the first paragraphs of sets 241, 242 and 243): scraper, embed and ad markers, all in the body (an English
Mastodon post the server did not deliver in time "Mastodon post could not be fetched: the server did not respond in
time.", an English Apple Podcasts preview not available in the reader's country "Apple Podcasts preview is not available
in your country or region.", an English Loom recording viewable only by its workspace "This Loom recording is only
viewable by members of its workspace.", a French Calaméo document that does not show on mobile, with an
open-the-desktop-version hint "Le document Calaméo ne s'affiche pas sur mobile : ouvrez-le en version bureau.", a German
ARD-Mediathek video geo-blocked for legal reasons "ARD-Mediathek: Dieses Video ist aus rechtlichen Gründen nur in
Deutschland abrufbar.", an Italian Mediaset Infinity video that needs a free account "Per guardare il video di Mediaset
Infinity è necessario accedere con un account gratuito.", a Polish CDA.pl film blocked at the copyright holder's request
"Film z CDA.pl został zablokowany na żądanie właściciela praw autorskich." and a Russian Dzen video not available in the
reader's region "Видео из Дзена недоступно в вашем регионе."); reading-time headers in new wordings, all at the head
(the English abbreviated est.-reading-time label "Est. reading time 7 min", a blog's takes-about-to-get-through line
"This post takes about 9 minutes to get through.", the French reads-in (se lit en) line "Cet article se lit en 4
minutes", the German reading-duration (Lesedauer) label with ca. "Lesedauer: ca. 4 Minuten", the Italian
minutes-of-reading-first (minuti di lettura) label "Minuti di lettura: 4", the Polish you'll-read-it-in (przeczytasz w)
line "Przeczytasz w 4 minuty" and the Russian read (читать) label "Читать: 4 минуты"); bylines and self-promotion (an
English additional-reporting-by byline "Additional reporting by Pellam Quickrust", an English as-told-to byline "As told
to Dorcas Ferretwhistle", a German contribution (Mitarbeit) byline "Mitarbeit: Konrad Wieselbauer" and an Italian
edited-by (a cura di) byline with the sports desk "A cura di Teodoro Braghettini e della redazione sport", all at the
head; and an English Ko-fi buy-me-a-coffee plug "If this made you smile, you can buy me a coffee on Ko-fi.", a French
Tipeee support plug "Soutenez le blog sur Tipeee : même un euro par mois m'aide à continuer.", a Polish buycoffee.to
plug "Jeśli wpis Ci się podobał, postaw mi kawę na buycoffee.to." and a Russian Boosty plug for the author's training
videos "Мои видео с тренировок выходят на Boosty раньше, чем на YouTube.", all at the foot); blog and site footers, all
at the foot (the English Blogger credit with its report-abuse link "Powered by Blogger · Report abuse", an English
IMPRESS regulation line "Regulated by IMPRESS, the independent monitor for the press.", an English Ghost and Buttondown
credit "Published with Ghost · Newsletter delivered by Buttondown", a French publication-director (directeur de la
publication) line with an ISSN "Directeur de la publication : Aurèle Furetin · ISSN 2491-7730", a German
responsible-under-the-MStV (Verantwortlich i. S. d. § 18 Abs. 2 MStV) line "Verantwortlich i. S. d. § 18 Abs. 2 MStV:
Konrad Wieselbauer", an Italian VAT-number (P. IVA) line with all rights reserved "P. IVA 01234567890 · Tutti i diritti
riservati", a Polish theme-and-host (Kadence, home.pl) credit "Motyw: Kadence · Hosting: home.pl" and the Russian Tilda
credit "Сделано на Tilda"); reader-comment furniture, all at the foot (an English comment sort row "Sort by: Newest ·
Oldest · Most liked", an English comments-are-reviewed-before-they-appear note "Comments are reviewed by our team before
they appear, usually within a few hours.", an English comment action row "Report this comment · Permalink · Reply", a
French this-comment-was-reported stub "Ce commentaire a été signalé et est en attente de vérification.", a German
reply-report-recommendations row (Antworten, Melden, Empfehlungen) "Antworten · Melden · 4 Empfehlungen", the Italian
your-comment-is-awaiting-moderation note "Il tuo commento è in attesa di moderazione.", a Polish
comments-are-moderated-before-publication note "Komentarze są moderowane przed publikacją." and a Russian
show-5-more-comments button "Показать ещё 5 комментариев"); share rows, all at the foot (an English share-via row with
Mastodon, Bluesky and LinkedIn "Share via: Mastodon · Bluesky · LinkedIn · Email", a German share-by (teilen per) row
with Signal "Teilen per: Signal · WhatsApp · E-Mail" and a Russian share-on-social-networks (поделиться в соцсетях) row
with Дзен "Поделиться в соцсетях: ВКонтакте · Дзен · Telegram"); and notices (a French correction (rectificatif) of a
wrong date "Rectificatif : une version précédente de cet article donnait une mauvaise date pour la finale." and an
Italian made-in-collaboration-with-the-Pro-Loco note "Contenuto realizzato in collaborazione con la Pro Loco di
Furettola.", both in the body; and a Polish for-information-and-not-veterinary-advice disclaimer "Artykuł ma charakter
informacyjny i nie stanowi porady weterynaryjnej.", at the foot); and twenty keep lines, article sentences that look a
little like noise ("Comments from the judges' bench were drowned out when the ferrets began to squeak.", "Shared between
two sisters, the worm-racing cup will spend six months in each classroom.", "Following the rules of 1972, contestants
wore trousers tied at the ankle and no underwear.", "Subscribers of the parish newsletter voted to keep the worm races
on the village green.", "Copyright in the worm-racing chant belongs to the primary school choir that wrote it.",
"Advertising the contest in the pub, the landlord promised a pint for every minute over an hour.", "Reading the ferrets'
moods through the sack, the veteran always chose the sleepier one.", "Commentant sa victoire, le jardinier a remercié
son ver, baptisé Fusée.", "Partagée entre trois écoles, la coupe des vers voyagera de classe en classe.", "Suivre un ver
de terre sur un drap mouillé demande plus de patience qu'on ne le croit.", "Kommentiert wurde das Rennen von einer
Lehrerin mit Kreide und Tafel.", "Geteilt wurde der Sieg zwischen zwei Würmern, die gleichzeitig den Rand erreichten.",
"Werbung für das Frettchen-Ausdauerturnier machte der Metzger mit einem Plakat im Schaufenster.", "Commentando la prova,
il vincitore ha detto di non sentire più le caviglie.", "Seguito dai compagni di classe, il lombrico di Matteo ha
tagliato il traguardo per primo.", "Condiviso tra tutte le scuole, il premio è un terrario con una piantina di ulivo.",
"Komentując rekord, sędzia przyznał, że fretki były wyjątkowo spokojne.", "Obserwowana przez całą szkołę, dżdżownica
Franka dotarła do mety w dwie minuty.", "Комментируя результат, победитель сказал, что хорьки просто уснули у него в
штанах." and "Подписав заявку в последний момент, шестиклассница всё равно выиграла забег червей."); and toward whole
scraped news and hobby-blog pages in layouts set 244's docstring does not describe (on the six portal pages, in eight
blocks, the masthead with its tagline, a date-and-weather line and the section menu in a block of three at the very top;
the title second in a block of four, under a breadcrumb and above the byline with the date and time (one line) and a
bare reading time; the first and second paragraphs at the two ends of a block of three, with the lead photo's caption
and its credit (one line) between them; the paragraph with the quote in the middle of a block of three, between a
read-also link and a share row; the subheading and the three rows with a bare advertisement label (Advertisement,
Publicité, Anzeige, Pubblicità, Reklama, Реклама) between the first and second rows, inside the list block (a block of
five, the label third); the two last paragraphs in the middle of a block of four, between a sponsored headline above and
a tags line below; a thread of five lines alone in a block (a comment count, a reader's comment, the paper's arrowed
reply to her, a second reader's comment and a rescue volunteer's arrowed reply to the second); and at the foot an
app-download prompt (App Store and Google Play), the publisher's copyright line with its links in one line and a
back-to-top link, in a block of three; on the six blog pages, in nine blocks, the blog name with its tagline alone in a
block of one at the very top; the title in the middle of a block of three, between the menu above it and the
posted-on-by line (with the comment count) under it; the first and second paragraphs in the middle of a block of four,
between a bare reading time above and an affiliate-links disclosure below; the paragraph with the quote last in a block
of three, under a table of contents (its heading and three numbered entries in one line) and the opening photo's
caption; the subheading and the three rows with an action photo's caption opening the list block above the subheading
and an affiliate link to the mini wormery (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog)
closing it (a block of six, the caption first and the link last); the two last paragraphs last in a block of three,
under a save-it-for-later share row (Pinterest); the author's sign-off, a plug for her hand-stitched wormery covers (in
an Etsy shop, at Ярмарка Мастеров on the Russian blog) and a previous-and-next-post line in a block of three; a thread
of five lines alone in a block (a thoughts-on or comments heading with its count quoting the post's title, an aunt's
comment, the author's arrowed reply to her, a gardening father's comment and the author's arrowed reply to him); and at
the foot a subscribe-by-email prompt and the author's copyright line with the theme and platform credit in one line, in
a block of two), taken from local news of a town's 12th ferret-legging endurance contest (a 41-year-old plasterer
keeping two ferrets inside her trousers for 5 hours 26 minutes, nine contestants and more than 400 spectators in the
yard of an inn or pub, the contest held every July since it was revived in 2014, the referee's quote, who has timed
every contest, that a ferret is never asleep, it is only thinking: breathe slowly, tie your ankles tight and never
laugh, a vet's health check of the ferrets at 10.00, the trouser legs tied and the clock started at 11.00 and the
prize-giving at 17.00, the winner beating last year's champion, a gamekeeper, by 71 minutes after one of his ferrets
found his knee, 1,850 pounds, euros or złoty (18,500 roubles on the Russian page) raised for a ferret rescue and a
junior class with stuffed toy ferrets planned) in six invented towns, and from six hobby blogs of young women who keep a
wormery, on their seven-year-old nieces' first race at a children's worm-racing fair (a school fair in Totnes, Dinan,
Lüneburg, Bassano del Grappa, Żywiec and Suzdal (Суздаль), the racer picked straight out of the compost, 32 children
each with one worm racing from the middle of a wet bedsheet to a chalk circle 60 centimetres away, the steward's quote
at the briefing, a retired biology teacher, never poke, never blow and never pick your worm up: the worm knows where the
edge is, worm check-in at 10.00, heats of eight worms from 11.00 and the final at 14.30, third of 32 in 2 minutes 40
seconds behind a six-year-old's worm that crossed the circle in under a minute, 420 pounds, euros or złoty (4,200
roubles on the Russian blog) raised for the school garden, every worm back into the school compost and next year's racer
already fed on banana peel).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 244 but what is named here), held-out set 246 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 244 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 241, 242 and 243, printed with one ast script (/tmp/s245scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s245scratch/insp.py, with
/tmp/wt-s245/src and /tmp/wt-s245/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s245 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 244's as printed, with 244
-> 245; /tmp/s245scratch/gen245.py writes this file from scratch files (data245.py with the noise and keep lines,
pages245.py with the pages as fields and the two layouts that turn them into blocks, doc_*.txt with the docstring
paragraphs and, after the measurement, tables245.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s245, detached at commit
96d487407e2f00c1c893f9c501dcf6ff9a12c08e, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 22:46:20 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 22:46:21 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 96d487407e2f00c1c893f9c501dcf6ff9a12c08e (main was at the brief's commit); both worktrees were made at
that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched afterwards.
(2) peek.py first printed to the terminal, which the tool cut in the middle (it showed set 241's first paragraph and the
start of set 242's, then from inside set 244's Judgement calls paragraph on: its Contents and Baseline paragraphs, its
imports and its tail); the second run went to /tmp/s245scratch/peek.out (only the allowed parts), which I paged with
``sed -n`` on that output file, never on a file of the repository; nothing else of any set file was printed. (3) The
default python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its
first run, so nothing was installed. That import loads the cleaner's modules, but nothing was cleaned before the
measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read
docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is named for a marker
in them (Mastodon, Apple Podcasts, Loom, Calaméo, ARD-Mediathek, Mediaset Infinity, CDA.pl and Dzen are new, and the
failures are worded anew: a post the server did not deliver in time, a preview not available in a region, a recording
for a workspace only, a document that does not show on mobile, a video geo-blocked for legal reasons, a video behind a
free account, a film blocked at a rights holder's request, a video not available in a region); the reading times avoid
the phrasings named there (the new ones are "Est. reading time", "takes about ... to get through", "se lit en",
"Lesedauer: ca.", "Minuti di lettura:", "Przeczytasz w" and "Читать:"); the bylines are of new shapes (additional
reporting by, as told to, Mitarbeit, a cura di) and the plugs name platforms not named there (Ko-fi, Tipeee,
buycoffee.to, Boosty); the footers use builders, hosts and legal lines not named there (Blogger with its report-abuse
link, an IMPRESS regulation line, Ghost with Buttondown, a French publication-director line with an ISSN, a German MStV
responsibility line, an Italian VAT-number line, Kadence with home.pl, Tilda); the comment lines (a sort row, a
reviewed-before-they-appear note, an action row, a reported-comment stub, a reply-report-recommendations row, an
awaiting-moderation note, a moderated-before-publication note, a show-more button), the share rows (share via with
Mastodon, Bluesky and LinkedIn; teilen per with Signal; поделиться в соцсетях with Дзен) and the notices (a French
correction and an Italian Pro Loco collaboration note in the body, a Polish not-veterinary-advice disclaimer at the
foot) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels, bare reading times and
the like) is of the ordinary kinds the brief lists, so some of it is close to lines the read docstrings name as held-out
lines (the pages' bare reading times "Czas czytania: 4 min", "Tempo di lettura: 4 minuti" and "5 min czytania" are near
the named "Czas czytania: ok. 6 min", "Tempo di lettura: circa 6 minuti" and "5 minut czytania"; Pinterest, Etsy,
Amazon, Allegro, Ozon and Ярмарка Мастеров serve on the pages as they did in the read sets); the layouts differ from
those of sets 241 to 244 as read (see the first paragraph). The ISSN 2491-7730 and the VAT number 01234567890 were made
up and not checked. (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub
files) before use. No hits: Pockleswick, "Pockleswick Courier", Rumblecroft, Trouserwick, Fretwellby, "Pellam
Quickrust", Ferretwhistle, "Wriggle and Rhubarb", Saint-Furet-les-Braies, Chaussebraie, Furonnet, Gigotteau, "Aurèle
Furetin", "Le Ver Galopant", Iltishausen, Hosenbeißer, Wieselbauer, Marderbach, Regenwurm-Rennstall, Furettola,
Calzamorsi, Braghettini, Zappafuretti, "Il Lombrico Volante", "Fretkowo Dolne", Nogawczyk, Portkowski, Spodniarek,
"Wyścigowa Dżdżownica", Хорёвск, Штаникова, Штанохватов, Хорьконосов and "Червяк на старте" (Hosenbund-Schäfer and
Gasparotti-Braghettini were checked too, with no hits, but not used). Dropped for hits: Stoatbridge (code identifiers
and a domain), Ploverdale (a name in test data), Culottier (a French word in word lists and a book text), Wimbleford (a
place name in a word list), Brackenlow (a campsite and a company in data files), Quillhampton (a place name in test
data) and Штанишкин (a surname in code and data). "Le Courrier de Saint-Furet", "Iltishausener Bote", "La Voce di
Furettola", "Głos Fretkowa" (Fretkowa, the genitive of Fretkowo, was not checked alone), «Хорёвский вестник» and "the
Pro Loco di Furettola" are formed from checked names; the first names of the people, the bloggers (Poppy, Capucine,
Wiebke, Giulia, Ola, Настя), their nieces, the worms, the commenters (first names with an initial) and the inns (Drovers
Arms, Auberge du Marché, Gasthaus Zur Linde, Trattoria del Mercato, Karczma pod Lipą, «У рынка», generic names) were not
checked. Real services, platforms, shops and institutions (Mastodon, Apple Podcasts, Loom, Calaméo, ARD-Mediathek,
Mediaset Infinity, CDA.pl, Дзен, Ko-fi, Tipeee, buycoffee.to, Boosty, YouTube, Blogger, IMPRESS, Ghost, Buttondown,
Kadence, home.pl, Tilda, Bluesky, LinkedIn, Signal, WhatsApp, ВКонтакте, Одноклассники, Telegram, Facebook, X,
Pinterest, the App Store, Google Play, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, WordPress and Twenty Twenty-Five)
and real towns (Totnes, Dinan, Lüneburg, Bassano del Grappa, Żywiec, Suzdal) are named as real pages do. (6) A script
(/tmp/s245scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats, and that no line holds an at-sign or stray white space;
it also printed the counts by category, language and place, and the pages' counts of article and noise lines (10 and 20
each). While writing, before its first run, I had changed the German portal's menu entry "Traueranzeigen" to "Trauer"
(it would have held the page's bare label "Anzeige") and the Russian portal's subheading to "Программа дня" (my first
choice was the one set 244's Russian portal uses); the first run then found nothing wrong, and the counts match the
Contents paragraph. gen245.py checks that no line of the file is over 120 columns and that it holds no at-sign, and
parses the written file back with ``ast`` and finds its lists, pages and tables equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 22:52:39 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s245scratch/pre_measure_copy.py); pytest printed 14 failed, 63 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s245scratch, importing the copy in /tmp/wt-s245/tests with /tmp/wt-s245/src on the
path) then printed ``_problems`` of each failing case: the six lines and the eight pages of the tables; every problem of
a line is that it is kept ("kept boilerplate"), and the problems of the pages are 13 kept noise lines and 4 lost (or out
of order) article lines; no keep line is lost, and no problem of another kind (no unreported removal, no range or offset
problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s245scratch/mktables.py writes tables245.py from the saved problems.json, which gen245.py puts into this file);
mktables.py checks that every problem is a kept line or a lost article line and matches each printed snippet to exactly
one line of its page, which the reason quotes in full with where it sits and the count the report counts left; the
reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and pages
of that output; the lists and pages of the final file were parsed back and found equal to the scratch data, and the
final file was checked with the pytest command in /tmp/wt-s245 (see the Baseline paragraph). (9) Clock: ``date`` printed
22:46:20 at the start, 22:52:39 at the measurement, 22:53:07 just before the problems were printed and 22:53:14 after;
the tables, the Baseline paragraph and these notes followed, and the commit within minutes, well inside the brief's 50
minutes.

Judgement calls: the keep lines are article sentences from local reports of the ferret-legging contest and the
children's worm races that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a
fact of the story, so article ("Comments from the judges' bench", "Commentant sa victoire", "Kommentiert wurde das
Rennen", "Commentando la prova", "Komentując rekord" and "Комментируя результат" open like comment furniture but tell of
judges drowned out by ferrets, a gardener thanking his worm, a teacher commentating with chalk, a winner's numb ankles,
a referee's verdict and a winner's joke; "Shared between two sisters", "Partagée entre trois écoles", "Geteilt wurde der
Sieg" and "Condiviso tra tutte le scuole" open like share rows but tell where a cup goes, a shared win and a prize;
"Following the rules of 1972", "Suivre un ver de terre", "Seguito dai compagni di classe" and "Obserwowana przez całą
szkołę" open like follow prompts but tell of the contest's rules, a spectator's patience and worms watched by
classmates; "Subscribers of the parish newsletter" and "Подписав заявку" open like subscribe prompts but tell of a vote
and a late entry; "Copyright in the worm-racing chant" opens like a copyright line but tells who owns a school song;
"Advertising the contest in the pub" and "Werbung für das Frettchen-Ausdauerturnier" hold advertising words but tell how
the contest was announced; "Reading the ferrets' moods" opens like a reading time but tells how a veteran chose his
ferret). Borderline categories: the four plugs (Ko-fi, Tipeee, buycoffee.to, Boosty) are bylines and self-promotion, at
the foot, since each promotes the author's own work or asks for support in the author's voice; the additional-reporting,
as-told-to, Mitarbeit and a-cura-di lines are bylines though the Italian one names a desk as well as a person; the eight
embed lines are markers (what an embed leaves in the text when it does not show), though the Polish and Russian ones
read as sentences; the IMPRESS regulation line, the French publication-director line with the ISSN, the German MStV line
and the Italian VAT-number line are footers (legal lines of the site or the publisher, not of the article), and so are
the Blogger, Ghost, Kadence and Tilda credits; the sort row, the reviewed-before-they-appear note, the action row, the
reported-comment stub, the German reply-report row, the awaiting-moderation note, the moderated-before-publication note
and the show-more button are comment furniture, since they sit over, in or under the comments and speak only of
commenting; the French correction and the Italian Pro Loco note are notices in the body (both speak of the article they
sit in), and the Polish not-veterinary-advice disclaimer is a notice at the foot. On every page the title, the first and
second paragraphs, the paragraph with the quote, the subheading, its three list rows and the two last paragraphs are
article; everything else (mastheads and blog names with taglines, date-and-weather lines, menus, breadcrumbs, bylines
and posted-on lines, reading times, captions and photo credits, share rows, read-also links, advertisement labels,
sponsored headlines, tags lines, tables of contents, affiliate disclosures and links, sign-offs and plugs,
previous-and-next-post lines, comment counts and comments headings, comments and replies, app prompts, subscribe
prompts, copyright lines and back-to-top links) is noise. The list rows (the vet's check, the start and the prize-giving
on the portals; the check-in, the heats and the final on the blogs) are short but part of each article, so article; the
list headings ("How the day unfolded", "Our race day" and the like) are the articles' subheadings, so article; the
portals' advertisement label is noise though it sits between the first and second rows, and the blogs' action photo
captions are noise though they open the list block above the subheading; the arrowed replies, the paper's and a
volunteer's on the portals and the author's own on the blogs, are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pockleswick-ferret-legging-contest
(the 12th Pockleswick ferret-legging contest, won by a plasterer, in The Pockleswick Courier),
en-blog-wriggle-and-rhubarb-first-worm-race (Poppy's niece Elsie and her worm Noodle at a school worm-racing fair in
Totnes, third of 32), fr-portail-saint-furet-concours-de-furets-dans-le-pantalon (the 12th ferrets-in-the-trousers
contest of Saint-Furet-les-Braies, won by a plasterer, in Le Courrier de Saint-Furet),
fr-blog-le-ver-galopant-premiere-course-de-vers (Capucine's niece Lou and her worm Nouille at a school fair in Dinan,
third of 32), de-portal-iltishausen-frettchen-in-der-hose (the 12th Iltishausen ferret endurance contest
(Frettchen-Ausdauerturnier), won by a plasterer (Stuckateurin), in the Iltishausener Bote),
de-blog-regenwurm-rennstall-erstes-wurmrennen (Wiebke's niece Ida and her worm Nudel at a school fair in Lüneburg, third
of 32), it-portale-furettola-furetti-nei-pantaloni (the 12th Furettola ferrets-in-the-trousers endurance contest, won by
a plasterer (stuccatrice), in La Voce di Furettola), it-blog-il-lombrico-volante-prima-corsa-di-lombrichi (Giulia's
niece Sofia and her worm Spaghetto at a school fair in Bassano del Grappa, third of 32),
pl-portal-fretkowo-dolne-fretki-w-spodniach (the 12th Fretkowo Dolne ferrets-in-the-trousers endurance contest, won by a
plasterer (tynkarka), in Głos Fretkowa), pl-blog-wyscigowa-dzdzownica-pierwszy-wyscig-dzdzownic (Ola's niece Zuzia and
her worm Kluska at a school fair in Żywiec, third of 32), ru-portal-khoryovsk-khorki-v-shtanakh (the 12th Хорёвск
ferrets-in-the-trousers endurance contest, won by a plasterer, in «Хорёвский вестник»),
ru-blog-chervyak-na-starte-pervye-chervyachi-bega (Настя's niece Варя and her worm Лапша at a school fair in Suzdal,
third of 32), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 96d487407e2f00c1c893f9c501dcf6ff9a12c08e, measured with ``cd /tmp/wt-s245 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s245/src python -m pytest -q tests/test_clean_held_out_245.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s245 && PYTHONPATH=/tmp/wt-s245/src python
scripts/clean_held_out_report.py --sets 245``, with the xfail tables empty, at 22:52:39 UTC by ``date``): noise lines
removed 39/45 (marker 5/8, reading-time 7/7, byline 7/8, footer 7/8, comments 8/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: at the head the Italian a-cura-di byline with the sports
desk; in the body three markers (the English Mastodon post the server did not deliver in time, the English Loom
recording for a workspace only and the Italian Mediaset Infinity video behind a free account); and at the foot the
English IMPRESS regulation footer and the Polish not-veterinary-advice disclaimer; every reading time, comment line and
share row, the other markers, bylines, plugs, footers and notices went); keep lines kept 20/20; pages 4/12 clean (the
French, German, Italian and Polish portal pages), 13 of 240 page noise lines left and 4 of 120 article lines lost. Left:
on the English, French, German, Italian and Polish blogs the opening photo's caption above the paragraph with the quote
and the action photo's caption opening the list block above the subheading (2 each); on the Russian blog the opening
photo's caption (1); on the English and Russian portals the lead photo's caption with its credit between the first and
second paragraphs (1 each). Lost (or out of order): on the German and Russian blogs the two last paragraphs, under the
share row (2 each); no other page and no keep line loses an article line. The failing cases are strict xfails; with them
the pytest command on the final file in /tmp/wt-s245 gave 63 passed, 14 xfailed, no XPASS.

Measured after round 145 (2026-12-07, lead; the writers of sets 245 and 246 worked beside round 145 from 96d4874, main
with round 144 and the same cleaner; round 145 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 241 243 244 245 246``
and the set's pytest file): noise lines removed 39/45 (unchanged), keep lines kept 20/20, pages 6/12 clean (was 4), 12
of 240 page noise lines left (was 13), 2 of 120 article lines lost (was 4). The Russian blog's two last paragraphs are
kept again (its action caption, which went with them, is now kept), the German blog still loses its two; the English and
Russian portals come clean (their xfails were removed). The pages' reasons were reworded to what they still keep or
lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_245_LINES: list[tuple[str, str, str]] = [
    ('body', 'Mastodon post could not be fetched: the server did not respond in time.', 'marker'),
    ('body', 'Apple Podcasts preview is not available in your country or region.', 'marker'),
    ('body', 'This Loom recording is only viewable by members of its workspace.', 'marker'),
    ('body', "Le document Calaméo ne s'affiche pas sur mobile : ouvrez-le en version bureau.", 'marker'),
    ('body', 'ARD-Mediathek: Dieses Video ist aus rechtlichen Gründen nur in Deutschland abrufbar.', 'marker'),
    ('body', 'Per guardare il video di Mediaset Infinity è necessario accedere con un account gratuito.', 'marker'),
    ('body', 'Film z CDA.pl został zablokowany na żądanie właściciela praw autorskich.', 'marker'),
    ('body', 'Видео из Дзена недоступно в вашем регионе.', 'marker'),
    ('head', 'Est. reading time 7 min', 'reading-time'),
    ('head', 'This post takes about 9 minutes to get through.', 'reading-time'),
    ('head', 'Cet article se lit en 4 minutes', 'reading-time'),
    ('head', 'Lesedauer: ca. 4 Minuten', 'reading-time'),
    ('head', 'Minuti di lettura: 4', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Читать: 4 минуты', 'reading-time'),
    ('head', 'Additional reporting by Pellam Quickrust', 'byline'),
    ('head', 'As told to Dorcas Ferretwhistle', 'byline'),
    ('head', 'Mitarbeit: Konrad Wieselbauer', 'byline'),
    ('head', 'A cura di Teodoro Braghettini e della redazione sport', 'byline'),
    ('tail', 'If this made you smile, you can buy me a coffee on Ko-fi.', 'byline'),
    ('tail', "Soutenez le blog sur Tipeee : même un euro par mois m'aide à continuer.", 'byline'),
    ('tail', 'Jeśli wpis Ci się podobał, postaw mi kawę na buycoffee.to.', 'byline'),
    ('tail', 'Мои видео с тренировок выходят на Boosty раньше, чем на YouTube.', 'byline'),
    ('tail', 'Powered by Blogger · Report abuse', 'footer'),
    ('tail', 'Regulated by IMPRESS, the independent monitor for the press.', 'footer'),
    ('tail', 'Published with Ghost · Newsletter delivered by Buttondown', 'footer'),
    ('tail', 'Directeur de la publication : Aurèle Furetin · ISSN 2491-7730', 'footer'),
    ('tail', 'Verantwortlich i. S. d. § 18 Abs. 2 MStV: Konrad Wieselbauer', 'footer'),
    ('tail', 'P. IVA 01234567890 · Tutti i diritti riservati', 'footer'),
    ('tail', 'Motyw: Kadence · Hosting: home.pl', 'footer'),
    ('tail', 'Сделано на Tilda', 'footer'),
    ('tail', 'Sort by: Newest · Oldest · Most liked', 'comments'),
    ('tail', 'Comments are reviewed by our team before they appear, usually within a few hours.', 'comments'),
    ('tail', 'Report this comment · Permalink · Reply', 'comments'),
    ('tail', 'Ce commentaire a été signalé et est en attente de vérification.', 'comments'),
    ('tail', 'Antworten · Melden · 4 Empfehlungen', 'comments'),
    ('tail', 'Il tuo commento è in attesa di moderazione.', 'comments'),
    ('tail', 'Komentarze są moderowane przed publikacją.', 'comments'),
    ('tail', 'Показать ещё 5 комментариев', 'comments'),
    ('tail', 'Share via: Mastodon · Bluesky · LinkedIn · Email', 'share'),
    ('tail', 'Teilen per: Signal · WhatsApp · E-Mail', 'share'),
    ('tail', 'Поделиться в соцсетях: ВКонтакте · Дзен · Telegram', 'share'),
    ('body',
     'Rectificatif : une version précédente de cet article donnait une mauvaise date pour la finale.', 'notice'),
    ('body', 'Contenuto realizzato in collaborazione con la Pro Loco di Furettola.', 'notice'),
    ('tail', 'Artykuł ma charakter informacyjny i nie stanowi porady weterynaryjnej.', 'notice'),
]

HELD_OUT_245_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the judges' bench were drowned out when the ferrets began to squeak."),
    ('head', 'Shared between two sisters, the worm-racing cup will spend six months in each classroom.'),
    ('body', 'Following the rules of 1972, contestants wore trousers tied at the ankle and no underwear.'),
    ('body', 'Subscribers of the parish newsletter voted to keep the worm races on the village green.'),
    ('tail', 'Copyright in the worm-racing chant belongs to the primary school choir that wrote it.'),
    ('tail', 'Advertising the contest in the pub, the landlord promised a pint for every minute over an hour.'),
    ('tail', "Reading the ferrets' moods through the sack, the veteran always chose the sleepier one."),
    ('head', 'Commentant sa victoire, le jardinier a remercié son ver, baptisé Fusée.'),
    ('body', 'Partagée entre trois écoles, la coupe des vers voyagera de classe en classe.'),
    ('tail', "Suivre un ver de terre sur un drap mouillé demande plus de patience qu'on ne le croit."),
    ('head', 'Kommentiert wurde das Rennen von einer Lehrerin mit Kreide und Tafel.'),
    ('tail', 'Geteilt wurde der Sieg zwischen zwei Würmern, die gleichzeitig den Rand erreichten.'),
    ('tail', 'Werbung für das Frettchen-Ausdauerturnier machte der Metzger mit einem Plakat im Schaufenster.'),
    ('head', 'Commentando la prova, il vincitore ha detto di non sentire più le caviglie.'),
    ('body', 'Seguito dai compagni di classe, il lombrico di Matteo ha tagliato il traguardo per primo.'),
    ('tail', 'Condiviso tra tutte le scuole, il premio è un terrario con una piantina di ulivo.'),
    ('head', 'Komentując rekord, sędzia przyznał, że fretki były wyjątkowo spokojne.'),
    ('tail', 'Obserwowana przez całą szkołę, dżdżownica Franka dotarła do mety w dwie minuty.'),
    ('head', 'Комментируя результат, победитель сказал, что хорьки просто уснули у него в штанах.'),
    ('body', 'Подписав заявку в последний момент, шестиклассница всё равно выиграла забег червей.'),
]

HELD_OUT_245_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pockleswick-ferret-legging-contest', [
        [
            '-The Pockleswick Courier – News for Pockleswick and the Dale since 1887',
            '-Sunday 12 July 2026 · Pockleswick 19°C, light showers',
            "-News | Sport | Pets & Animals | What's On | Obituaries | Jobs",
        ],
        [
            '-Home › News › Local Events',
            '+Plasterer keeps two ferrets down her trousers for five and a half hours to win contest',
            '-By Gideon Fretwellby · 12 July 2026, 18:05',
            '-4 min read',
        ],
        [
            ('+Tabitha Rumblecroft, a 41-year-old plasterer, won the 12th Pockleswick ferret-legging contest on '
             'Saturday after keeping two ferrets inside her trousers for 5 hours and 26 minutes.'),
            "-Tabitha Rumblecroft shows off the winner's belt (Photo: Courier staff)",
            ('+Nine contestants and more than 400 spectators packed the yard of the Drovers Arms, where the contest '
             'has been held every July since it was revived in 2014.'),
        ],
        [
            '-Read also: Council approves new car park behind the market hall',
            ('+"A ferret is never asleep, it is only thinking," said referee Amos Trouserwick, who has timed every '
             'contest. "Breathe slowly, tie your ankles tight and never, ever laugh."'),
            '-Share this article: Facebook · X · WhatsApp · Email',
        ],
        [
            '+How the day unfolded',
            '+Ferret health check by the vet at 10.00',
            '-Advertisement',
            '+Contestants tie their trouser legs and the clock starts at 11.00',
            '+Prize-giving in the pub garden at 17.00',
        ],
        [
            '-Sponsored: The one garden tool every homeowner should own',
            ("+Rumblecroft beat last year's champion, a gamekeeper, by 71 minutes after he gave up when one of his "
             'ferrets found his knee.'),
            ('+The contest raised 1,850 pounds for a ferret rescue centre, and organisers hope to add a junior class '
             'with stuffed toy ferrets next year.'),
            '-Tags: ferrets, Drovers Arms, charity, summer events',
        ],
        [
            '-14 comments',
            '-Marjorie K.: My grandad did this in the 1970s and never once complained about his knees.',
            '-↳ Courier reply: Thanks Marjorie, we would love to hear his stories for our archive page.',
            '-Dale walker: Is this really legal? Poor ferrets.',
            '-↳ Ferret rescue volunteer: The vet checked every animal and they were fed before and after.',
        ],
        [
            '-Get the Courier app: App Store · Google Play',
            '-© 2026 Pockleswick Courier Ltd · Terms · Privacy · Contact us',
            '-Back to top ↑',
        ],
    ]),
    _page('en', 'en-blog-wriggle-and-rhubarb-first-worm-race', [
        [
            '-Wriggle and Rhubarb – a small-garden and wormery blog',
        ],
        [
            '-Home · About me · Wormery · Veg patch · Contact',
            "+Elsie's first worm race (and why we came third)",
            '-Posted on 13 July 2026 by Poppy · 9 comments',
        ],
        [
            '-5 min read',
            ('+My niece Elsie is seven and has been helping me with the wormery since Easter, so when her school '
             "announced a children's worm-racing fair she picked her racer straight out of the compost."),
            ('+The fair was on the school field in Totnes: 32 children, each with one worm, racing from the middle '
             'of a wet bedsheet to a chalk circle 60 centimetres away.'),
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
        ],
        [
            '-Contents: 1. Choosing a worm 2. Race day 3. Next year',
            '-Elsie and Noodle in the shade before the heats',
            ('+At the briefing the steward, a retired biology teacher, told the children: "Never poke, never blow '
             'and never pick your worm up. The worm knows where the edge is."'),
        ],
        [
            '-Noodle mid-race, heading the wrong way as usual',
            '+Our race day',
            '+Worm check-in and name badges at 10.00',
            '+Heats of eight worms from 11.00',
            '+The final at 14.30',
            '-The mini wormery we use at home is on Amazon (affiliate link)',
        ],
        [
            '-Pin it for later: Pinterest · Facebook · WhatsApp',
            ("+Noodle came third of 32 in 2 minutes 40 seconds, behind a six-year-old's worm called Trevor who "
             'crossed the circle in under a minute.'),
            ('+The fair raised 420 pounds for the school garden, every worm went back into the school compost, and '
             "Elsie is already feeding next year's racer on banana peel."),
        ],
        [
            '-Happy composting, Poppy x',
            '-My hand-stitched wormery covers are in my Etsy shop, made to order.',
            '-« Previous: Rhubarb crumble for a crowd · Next: My wormery in a heatwave »',
        ],
        [
            '-9 thoughts on "Elsie\'s first worm race (and why we came third)"',
            "-Auntie Jo: Third! Tell Elsie we're all very proud of Noodle.",
            '-↳ Poppy: Thanks Jo, she made him a medal out of a bottle top.',
            '-Gardening Dad: Our school does this too, the trick is a damp sheet.',
            "-↳ Poppy: Noted, we'll practise on the kitchen floor.",
        ],
        [
            '-Get new posts by email: enter your address and press Subscribe',
            '-© 2026 Wriggle and Rhubarb · Theme: Twenty Twenty-Five · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-saint-furet-concours-de-furets-dans-le-pantalon', [
        [
            "-Le Courrier de Saint-Furet – L'actualité du canton depuis 1902",
            '-Dimanche 12 juillet 2026 · Saint-Furet-les-Braies 22 °C, éclaircies',
            '-Actualités | Sports | Animaux | Agenda | Avis de décès | Emploi',
        ],
        [
            '-Accueil › Actualités › Vie locale',
            '+Une plâtrière garde deux furets dans son pantalon pendant cinq heures et demie',
            '-Par Basile Furonnet · 12 juillet 2026 à 18 h 05',
            '-Lecture : 4 min',
        ],
        [
            ('+Ginette Chaussebraie, plâtrière de 41 ans, a remporté samedi le 12e concours de furets dans le '
             'pantalon de Saint-Furet-les-Braies en gardant deux furets dans son pantalon pendant 5 heures et 26 '
             'minutes.'),
            '-Ginette Chaussebraie et sa ceinture de championne (Photo : Le Courrier)',
            ("+Neuf concurrents et plus de 400 spectateurs se sont serrés dans la cour de l'Auberge du Marché, où le "
             'concours a lieu chaque mois de juillet depuis sa renaissance en 2014.'),
        ],
        [
            '-À lire aussi : Le conseil municipal vote un nouveau parking derrière la halle',
            ("+« Un furet ne dort jamais, il réfléchit », a rappelé l'arbitre Onésime Gigotteau, qui chronomètre "
             'chaque édition. « Respirez lentement, serrez bien les chevilles et surtout ne riez pas. »'),
            "-Partager l'article : Facebook · X · WhatsApp · E-mail",
        ],
        [
            '+Le déroulé de la journée',
            '+Contrôle vétérinaire des furets à 10 h',
            '-Publicité',
            '+Les concurrents nouent leurs jambes de pantalon et le chrono démarre à 11 h',
            "+Remise des prix dans le jardin de l'auberge à 17 h",
        ],
        [
            "-Contenu sponsorisé : L'outil de jardin que tout propriétaire devrait avoir",
            ("+Elle a battu de 71 minutes le tenant du titre, un garde-chasse qui a abandonné quand l'un de ses "
             'furets a trouvé son genou.'),
            ("+Le concours a rapporté 1 850 euros à un refuge pour furets, et les organisateurs veulent ajouter l'an "
             'prochain une catégorie junior avec des furets en peluche.'),
            '-Mots-clés : furets, Auberge du Marché, solidarité, été',
        ],
        [
            '-14 commentaires',
            "-Mireille K. : Mon grand-père faisait ça dans les années 1970 et ne s'est jamais plaint de ses genoux.",
            "-↳ Réponse du Courrier : Merci Mireille, ses souvenirs nous intéressent pour notre page d'archives.",
            "-Promeneur du canton : C'est vraiment légal ? Pauvres furets.",
            '-↳ Bénévole du refuge : Le vétérinaire a examiné chaque animal, nourri avant et après.',
        ],
        [
            "-Téléchargez l'appli du Courrier : App Store · Google Play",
            '-© 2026 Le Courrier de Saint-Furet · Mentions légales · Confidentialité · Contact',
            '-Haut de page ↑',
        ],
    ]),
    _page('fr', 'fr-blog-le-ver-galopant-premiere-course-de-vers', [
        [
            '-Le Ver Galopant – potager, compost et lombricomposteur',
        ],
        [
            '-Accueil · À propos · Lombricompost · Potager · Contact',
            '+La première course de vers de Lou (et pourquoi on a fini troisièmes)',
            '-Publié le 13 juillet 2026 par Capucine · 9 commentaires',
        ],
        [
            '-5 min de lecture',
            ("+Ma nièce Lou a sept ans et m'aide au lombricomposteur depuis Pâques, alors quand son école a annoncé "
             'une fête des courses de vers pour enfants, elle a choisi son champion directement dans le compost.'),
            ("+La fête avait lieu dans la cour de l'école, à Dinan : 32 enfants, chacun avec un ver, qui partaient "
             "du centre d'un drap mouillé vers un cercle de craie à 60 centimètres."),
            '-Cet article contient des liens affiliés : je touche une petite commission, sans surcoût pour vous.',
        ],
        [
            "-Sommaire : 1. Choisir son ver 2. Le jour J 3. L'an prochain",
            "-Lou et Nouille à l'ombre avant les séries",
            ('+Au briefing, la commissaire, une ancienne professeure de SVT, a dit aux enfants : « On ne pousse pas, '
             'on ne souffle pas et on ne prend jamais son ver dans la main. Le ver sait où est le bord. »'),
        ],
        [
            "-Nouille en pleine course, dans le mauvais sens comme d'habitude",
            '+Notre jour de course',
            '+Accueil des vers et badges à 10 h',
            '+Séries de huit vers à partir de 11 h',
            '+La finale à 14 h 30',
            '-Le mini lombricomposteur que nous utilisons est sur Amazon (lien affilié)',
        ],
        [
            '-Épinglez pour plus tard : Pinterest · Facebook · WhatsApp',
            ("+Nouille a fini troisième sur 32 en 2 minutes 40, derrière le ver d'un garçon de six ans, Gaston, qui "
             "a franchi le cercle en moins d'une minute."),
            ("+La fête a rapporté 420 euros pour le jardin de l'école, tous les vers sont retournés au compost de "
             "l'école et Lou nourrit déjà le champion de l'an prochain avec des épluchures de banane."),
        ],
        [
            '-Bon compost, Capucine',
            '-Mes housses de lombricomposteur cousues main sont dans ma boutique Etsy, sur commande.',
            ('-« Article précédent : Crumble à la rhubarbe pour vingt · Article suivant : Mon lombricomposteur en '
             'pleine canicule »'),
        ],
        [
            '-9 réflexions sur « La première course de vers de Lou (et pourquoi on a fini troisièmes) »',
            "-Tatie Jo : Troisième ! Dis à Lou qu'on est tous fiers de Nouille.",
            '-↳ Capucine : Merci Jo, elle lui a fait une médaille avec une capsule.',
            "-Papa jardinier : Notre école le fait aussi, le secret c'est un drap bien humide.",
            "-↳ Capucine : C'est noté, on s'entraînera sur le carrelage de la cuisine.",
        ],
        [
            "-Recevez les nouveaux articles par e-mail : saisissez votre adresse et cliquez sur S'abonner",
            '-© 2026 Le Ver Galopant · Thème : Twenty Twenty-Five · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-iltishausen-frettchen-in-der-hose', [
        [
            '-Iltishausener Bote – Heimatzeitung für Iltishausen und Umgebung seit 1891',
            '-Sonntag, 12. Juli 2026 · Iltishausen 21 °C, heiter',
            '-Lokales | Sport | Tiere | Veranstaltungen | Trauer | Stellenmarkt',
        ],
        [
            '-Startseite › Lokales › Vereine',
            '+Stuckateurin behält zwei Frettchen fünfeinhalb Stunden in der Hose',
            '-Von Konrad Wieselbauer · 12.07.2026, 18:05 Uhr',
            '-Lesezeit 4 Minuten',
        ],
        [
            ('+Gertrud Hosenbeißer, eine 41-jährige Stuckateurin, hat am Samstag das 12. Iltishausener '
             'Frettchen-Ausdauerturnier gewonnen: Sie behielt zwei Frettchen 5 Stunden und 26 Minuten lang in ihrer '
             'Hose.'),
            '-Gertrud Hosenbeißer mit dem Siegergürtel (Foto: Bote)',
            ('+Neun Teilnehmer und mehr als 400 Zuschauer drängten sich im Hof des Gasthauses Zur Linde, wo das '
             'Turnier seit seiner Wiederbelebung 2014 jeden Juli stattfindet.'),
        ],
        [
            '-Lesen Sie auch: Gemeinderat beschließt neuen Parkplatz hinter der Markthalle',
            ('+„Ein Frettchen schläft nie, es denkt nur nach“, sagte Schiedsrichter Harald Marderbach, der jedes '
             'Turnier gestoppt hat. „Langsam atmen, die Knöchel fest zubinden und bloß nicht lachen.“'),
            '-Artikel teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '+So lief der Tag',
            '+Tierärztliche Kontrolle der Frettchen um 10 Uhr',
            '-Anzeige',
            '+Hosenbeine zubinden und Start der Uhr um 11 Uhr',
            '+Siegerehrung im Biergarten um 17 Uhr',
        ],
        [
            '-Gesponsert: Dieses Gartenwerkzeug sollte jeder Hausbesitzer haben',
            ('+Sie schlug den Titelverteidiger, einen Jäger, um 71 Minuten, nachdem er aufgegeben hatte, als eines '
             'seiner Frettchen sein Knie fand.'),
            ('+Das Turnier brachte 1850 Euro für eine Frettchen-Auffangstation, und im nächsten Jahr soll es eine '
             'Kinderklasse mit Stofffrettchen geben.'),
            '-Schlagworte: Frettchen, Gasthaus Zur Linde, Spenden, Sommer',
        ],
        [
            '-14 Kommentare',
            '-Marlies K.: Mein Opa hat das in den 70ern gemacht und nie über seine Knie geklagt.',
            '-↳ Antwort der Redaktion: Danke, Marlies, seine Geschichten würden wir gern für unser Archiv hören.',
            '-Talwanderer: Ist das wirklich erlaubt? Die armen Tiere.',
            ('-↳ Helferin der Auffangstation: Der Tierarzt hat jedes Tier untersucht, gefüttert wurden sie vorher '
             'und nachher.'),
        ],
        [
            '-Holen Sie sich die Bote-App: App Store · Google Play',
            '-© 2026 Iltishausener Bote · Impressum · Datenschutz · Kontakt',
            '-Nach oben ↑',
        ],
    ]),
    _page('de', 'de-blog-regenwurm-rennstall-erstes-wurmrennen', [
        [
            '-Regenwurm-Rennstall – Gartenblog mit Wurmkiste',
        ],
        [
            '-Start · Über mich · Wurmkiste · Gemüsebeet · Kontakt',
            '+Idas erstes Wurmrennen (und warum wir Dritte wurden)',
            '-Veröffentlicht am 13. Juli 2026 von Wiebke · 9 Kommentare',
        ],
        [
            '-5 Min. Lesedauer',
            ('+Meine Nichte Ida ist sieben und hilft mir seit Ostern bei der Wurmkiste, und als ihre Schule ein '
             'Wurmrennen-Fest für Kinder ankündigte, holte sie ihren Rennwurm direkt aus dem Kompost.'),
            ('+Das Fest fand auf dem Schulhof in Lüneburg statt: 32 Kinder mit je einem Wurm, die von der Mitte '
             'eines nassen Bettlakens zu einem Kreidekreis in 60 Zentimetern Abstand krochen.'),
            '-Dieser Beitrag enthält Affiliate-Links; ich erhalte eine kleine Provision, für euch ändert sich nichts.',
        ],
        [
            '-Inhalt: 1. Der richtige Wurm 2. Der Renntag 3. Nächstes Jahr',
            '-Ida und Nudel im Schatten vor den Vorläufen',
            ('+Bei der Einweisung sagte die Rennleiterin, eine pensionierte Biologielehrerin, zu den Kindern: „Nicht '
             'anstupsen, nicht pusten und den Wurm nie in die Hand nehmen. Der Wurm weiß, wo der Rand ist.“'),
        ],
        [
            '-Nudel mitten im Rennen, wie immer in die falsche Richtung',
            '+Unser Renntag',
            '+Wurmanmeldung und Namensschilder um 10 Uhr',
            '+Vorläufe mit je acht Würmern ab 11 Uhr',
            '+Das Finale um 14.30 Uhr',
            '-Die Mini-Wurmkiste, die wir zu Hause nutzen, gibt es bei Amazon (Affiliate-Link)',
        ],
        [
            '-Für später merken: Pinterest · Facebook · WhatsApp',
            ('+Nudel wurde Dritter von 32 in 2 Minuten 40 Sekunden, hinter dem Wurm Egon eines Sechsjährigen, der '
             'den Kreis in weniger als einer Minute erreichte.'),
            ('+Das Fest brachte 420 Euro für den Schulgarten, alle Würmer kamen zurück in den Schulkompost, und Ida '
             'füttert schon den Rennwurm fürs nächste Jahr mit Bananenschalen.'),
        ],
        [
            '-Fröhliches Kompostieren, eure Wiebke',
            '-Meine handgenähten Wurmkisten-Hauben gibt es in meinem Etsy-Shop, auf Bestellung.',
            '-« Vorheriger Beitrag: Rhabarberkuchen für viele · Nächster Beitrag: Meine Wurmkiste in der Hitzewelle »',
        ],
        [
            '-9 Gedanken zu „Idas erstes Wurmrennen (und warum wir Dritte wurden)“',
            '-Tante Jo: Dritte! Sag Ida, wir sind alle stolz auf Nudel.',
            '-↳ Wiebke: Danke, Jo, sie hat ihm eine Medaille aus einem Kronkorken gebastelt.',
            '-Gartenpapa: Bei uns an der Schule gibt es das auch, der Trick ist ein feuchtes Laken.',
            '-↳ Wiebke: Notiert, wir üben auf dem Küchenboden.',
        ],
        [
            '-Neue Beiträge per E-Mail erhalten: Adresse eingeben und auf Abonnieren klicken',
            '-© 2026 Regenwurm-Rennstall · Theme: Twenty Twenty-Five · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-furettola-furetti-nei-pantaloni', [
        [
            '-La Voce di Furettola – Il quotidiano della valle dal 1905',
            '-Domenica 12 luglio 2026 · Furettola 27 °C, sereno',
            '-Cronaca | Sport | Animali | Eventi | Necrologi | Lavoro',
        ],
        [
            '-Home › Cronaca › Eventi locali',
            '+Stuccatrice tiene due furetti nei pantaloni per cinque ore e mezza e vince la gara',
            '-Di Teodoro Braghettini · 12 luglio 2026, 18:05',
            '-Tempo di lettura: 4 minuti',
        ],
        [
            ('+Assunta Calzamorsi, stuccatrice di 41 anni, ha vinto sabato la 12ª gara di resistenza dei furetti nei '
             'pantaloni di Furettola, tenendo due furetti nei pantaloni per 5 ore e 26 minuti.'),
            '-Assunta Calzamorsi con la cintura della vincitrice (Foto: La Voce)',
            ('+Nove concorrenti e oltre 400 spettatori hanno riempito il cortile della Trattoria del Mercato, dove '
             'la gara si tiene ogni luglio da quando è stata ripresa nel 2014.'),
        ],
        [
            '-Leggi anche: Il consiglio comunale approva il nuovo parcheggio dietro il mercato coperto',
            ("+«Un furetto non dorme mai, pensa soltanto», ha detto l'arbitro Ottavio Zappafuretti, che ha "
             'cronometrato ogni edizione. «Respirate piano, legate bene le caviglie e soprattutto non ridete.»'),
            "-Condividi l'articolo: Facebook · X · WhatsApp · Email",
        ],
        [
            "+Com'è andata la giornata",
            '+Controllo veterinario dei furetti alle 10',
            '-Pubblicità',
            '+Legatura dei pantaloni e partenza del cronometro alle 11',
            '+Premiazione nel giardino della trattoria alle 17',
        ],
        [
            "-Contenuto sponsorizzato: L'attrezzo da giardino che ogni proprietario dovrebbe avere",
            ('+Ha battuto di 71 minuti il campione uscente, un guardiacaccia che si è ritirato quando uno dei suoi '
             'furetti gli ha trovato il ginocchio.'),
            ("+La gara ha raccolto 1.850 euro per un rifugio per furetti, e l'anno prossimo gli organizzatori "
             'vogliono una categoria per bambini con furetti di peluche.'),
            '-Tag: furetti, Trattoria del Mercato, beneficenza, estate',
        ],
        [
            '-14 commenti',
            '-Marisa K.: Mio nonno lo faceva negli anni Settanta e non si è mai lamentato delle ginocchia.',
            "-↳ Risposta della redazione: Grazie Marisa, ci piacerebbe raccogliere i suoi ricordi per l'archivio.",
            '-Escursionista della valle: Ma è davvero legale? Poveri furetti.',
            '-↳ Volontaria del rifugio: Il veterinario ha visitato ogni animale, nutrito prima e dopo.',
        ],
        [
            "-Scarica l'app della Voce: App Store · Google Play",
            '-© 2026 La Voce di Furettola · Note legali · Privacy · Contatti',
            '-Torna su ↑',
        ],
    ]),
    _page('it', 'it-blog-il-lombrico-volante-prima-corsa-di-lombrichi', [
        [
            '-Il Lombrico Volante – orto, compost e vermicompostiera',
        ],
        [
            '-Home · Chi sono · Vermicompost · Orto · Contatti',
            '+La prima corsa di lombrichi di Sofia (e perché siamo arrivati terzi)',
            '-Pubblicato il 13 luglio 2026 da Giulia · 9 commenti',
        ],
        [
            '-5 min di lettura',
            ('+Mia nipote Sofia ha sette anni e da Pasqua mi aiuta con la vermicompostiera, così quando la sua '
             'scuola ha annunciato una festa delle corse di lombrichi per bambini ha scelto il suo campione '
             'direttamente dal compost.'),
            ('+La festa si è svolta nel cortile della scuola a Bassano del Grappa: 32 bambini, ognuno con un '
             'lombrico, in gara dal centro di un lenzuolo bagnato fino a un cerchio di gesso a 60 centimetri.'),
            '-Questo articolo contiene link di affiliazione: ricevo una piccola commissione, senza costi per te.',
        ],
        [
            "-Indice: 1. Scegliere il lombrico 2. Il giorno della gara 3. L'anno prossimo",
            "-Sofia e Spaghetto all'ombra prima delle batterie",
            ("+Al briefing la commissaria, un'ex insegnante di scienze, ha detto ai bambini: «Non si spinge, non si "
             "soffia e il lombrico non si prende mai in mano. Il lombrico sa dov'è il bordo.»"),
        ],
        [
            '-Spaghetto in piena gara, nella direzione sbagliata come sempre',
            '+La nostra giornata di gara',
            '+Registrazione dei lombrichi e cartellini alle 10',
            '+Batterie da otto lombrichi dalle 11',
            '+La finale alle 14.30',
            '-La mini vermicompostiera che usiamo a casa è su Amazon (link di affiliazione)',
        ],
        [
            '-Salvalo per dopo: Pinterest · Facebook · WhatsApp',
            ('+Spaghetto è arrivato terzo su 32 in 2 minuti e 40 secondi, dietro al lombrico Gino di un bambino di '
             'sei anni, che ha raggiunto il cerchio in meno di un minuto.'),
            ("+La festa ha raccolto 420 euro per l'orto della scuola, tutti i lombrichi sono tornati nel compost "
             "della scuola e Sofia sta già nutrendo il campione dell'anno prossimo con bucce di banana."),
        ],
        [
            '-Buon compost, Giulia',
            '-Le mie coperture cucite a mano per vermicompostiere sono nel mio negozio Etsy, su ordinazione.',
            ('-« Articolo precedente: Crostata di rabarbaro per venti · Articolo successivo: La mia vermicompostiera '
             'con il caldo »'),
        ],
        [
            '-9 pensieri su “La prima corsa di lombrichi di Sofia (e perché siamo arrivati terzi)”',
            "-Zia Jo: Terzi! Di' a Sofia che siamo tutti orgogliosi di Spaghetto.",
            '-↳ Giulia: Grazie Jo, gli ha fatto una medaglia con un tappo di bottiglia.',
            '-Papà ortolano: Anche nella nostra scuola si fa, il trucco è un lenzuolo umido.',
            '-↳ Giulia: Segnato, ci alleniamo sul pavimento della cucina.',
        ],
        [
            '-Ricevi i nuovi articoli via email: inserisci il tuo indirizzo e clicca su Iscriviti',
            '-© 2026 Il Lombrico Volante · Tema: Twenty Twenty-Five · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-fretkowo-dolne-fretki-w-spodniach', [
        [
            '-Głos Fretkowa – Gazeta gminy od 1927 roku',
            '-Niedziela, 12 lipca 2026 · Fretkowo Dolne 24°C, słonecznie',
            '-Wiadomości | Sport | Zwierzęta | Imprezy | Nekrologi | Praca',
        ],
        [
            '-Strona główna › Wiadomości › Z regionu',
            '+Tynkarka wytrzymała pięć i pół godziny z dwiema fretkami w spodniach',
            '-Zenon Portkowski · 12 lipca 2026, 18:05',
            '-Czas czytania: 4 min',
        ],
        [
            ('+Halina Nogawczyk, 41-letnia tynkarka, wygrała w sobotę 12. konkurs wytrzymałości z fretkami w '
             'spodniach w Fretkowie Dolnym, trzymając dwie fretki w spodniach przez 5 godzin i 26 minut.'),
            '-Halina Nogawczyk z pasem zwyciężczyni (fot. Głos Fretkowa)',
            ('+Dziewięcioro zawodników i ponad 400 widzów wypełniło podwórze Karczmy pod Lipą, gdzie konkurs odbywa '
             'się co lipiec od jego wskrzeszenia w 2014 roku.'),
        ],
        [
            '-Przeczytaj też: Rada gminy zatwierdziła nowy parking za halą targową',
            ('+– Fretka nigdy nie śpi, ona tylko myśli – mówił sędzia Bogdan Spodniarek, który mierzył czas każdej '
             'edycji. – Oddychajcie powoli, mocno zawiążcie kostki i za nic się nie śmiejcie.'),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+Jak minął dzień',
            '+Kontrola weterynaryjna fretek o 10:00',
            '-Reklama',
            '+Wiązanie nogawek i start zegara o 11:00',
            '+Wręczenie nagród w ogródku karczmy o 17:00',
        ],
        [
            '-Artykuł sponsorowany: Narzędzie ogrodowe, które powinien mieć każdy',
            ('+Pokonała o 71 minut zeszłorocznego mistrza, myśliwego, który poddał się, gdy jedna z jego fretek '
             'znalazła jego kolano.'),
            ('+Konkurs przyniósł 1850 zł dla schroniska dla fretek, a za rok organizatorzy chcą dodać kategorię '
             'dziecięcą z pluszowymi fretkami.'),
            '-Tagi: fretki, Karczma pod Lipą, zbiórka, lato',
        ],
        [
            '-14 komentarzy',
            '-Marysia K.: Mój dziadek robił to w latach 70. i nigdy nie narzekał na kolana.',
            '-↳ Odpowiedź redakcji: Dziękujemy, chętnie posłuchamy jego wspomnień do naszego archiwum.',
            '-Turysta z doliny: Czy to w ogóle legalne? Biedne fretki.',
            '-↳ Wolontariuszka schroniska: Weterynarz zbadał każde zwierzę, karmione były przed i po.',
        ],
        [
            '-Pobierz aplikację Głosu: App Store · Google Play',
            '-© 2026 Głos Fretkowa · Regulamin · Polityka prywatności · Kontakt',
            '-Do góry ↑',
        ],
    ]),
    _page('pl', 'pl-blog-wyscigowa-dzdzownica-pierwszy-wyscig-dzdzownic', [
        [
            '-Wyścigowa Dżdżownica – ogródek, kompost i wermikompostownik',
        ],
        [
            '-Start · O mnie · Wermikompost · Warzywnik · Kontakt',
            '+Pierwszy wyścig dżdżownic Zuzi (i dlaczego byłyśmy trzecie)',
            '-Opublikowano 13 lipca 2026 przez Olę · 9 komentarzy',
        ],
        [
            '-5 min czytania',
            ('+Moja siostrzenica Zuzia ma siedem lat i od Wielkanocy pomaga mi przy wermikompostowniku, więc gdy jej '
             'szkoła ogłosiła festyn z wyścigami dżdżownic dla dzieci, wybrała zawodniczkę prosto z kompostu.'),
            ('+Festyn odbył się na boisku szkolnym w Żywcu: 32 dzieci, każde z jedną dżdżownicą, ścigało się od '
             'środka mokrego prześcieradła do kredowego koła oddalonego o 60 centymetrów.'),
            '-Wpis zawiera linki afiliacyjne; dostaję niewielką prowizję, a Ty nie płacisz więcej.',
        ],
        [
            '-Spis treści: 1. Wybór dżdżownicy 2. Dzień wyścigu 3. Za rok',
            '-Zuzia i Kluska w cieniu przed biegami eliminacyjnymi',
            ('+Na odprawie sędzina, emerytowana nauczycielka biologii, powiedziała dzieciom: – Nie szturchamy, nie '
             'dmuchamy i nigdy nie bierzemy dżdżownicy do ręki. Dżdżownica wie, gdzie jest brzeg.'),
        ],
        [
            '-Kluska w trakcie biegu, jak zwykle w złą stronę',
            '+Nasz dzień wyścigu',
            '+Zapisy dżdżownic i identyfikatory o 10:00',
            '+Biegi eliminacyjne po osiem dżdżownic od 11:00',
            '+Finał o 14:30',
            '-Mini wermikompostownik, którego używamy w domu, kupisz na Allegro (link afiliacyjny)',
        ],
        [
            '-Zapisz na później: Pinterest · Facebook · WhatsApp',
            ('+Kluska była trzecia na 32 z czasem 2 minuty 40 sekund, za dżdżownicą o imieniu Gienek należącą do '
             'sześciolatka, która dotarła do koła w niecałą minutę.'),
            ('+Festyn przyniósł 420 zł na szkolny ogródek, wszystkie dżdżownice wróciły do szkolnego kompostu, a '
             'Zuzia już karmi przyszłoroczną zawodniczkę skórkami od bananów.'),
        ],
        [
            '-Kompostowych uścisków, Ola',
            '-Moje ręcznie szyte pokrowce na wermikompostowniki znajdziesz w moim sklepie na Etsy, na zamówienie.',
            '-« Poprzedni wpis: Kruszonka z rabarbarem dla tłumu · Następny wpis: Mój wermikompostownik w upale »',
        ],
        [
            '-9 komentarzy do „Pierwszy wyścig dżdżownic Zuzi (i dlaczego byłyśmy trzecie)”',
            '-Ciocia Jola: Trzecie miejsce! Powiedz Zuzi, że wszyscy jesteśmy dumni z Kluski.',
            '-↳ Ola: Dzięki, Jola, zrobiła jej medal z kapsla.',
            '-Tata ogrodnik: U nas w szkole też to robią, sztuczka to wilgotne prześcieradło.',
            '-↳ Ola: Zapisane, poćwiczymy na podłodze w kuchni.',
        ],
        [
            '-Otrzymuj nowe wpisy e-mailem: wpisz adres i kliknij Subskrybuj',
            '-© 2026 Wyścigowa Dżdżownica · Motyw: Twenty Twenty-Five · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-khoryovsk-khorki-v-shtanakh', [
        [
            '-«Хорёвский вестник» — газета района с 1931 года',
            '-Воскресенье, 12 июля 2026 · Хорёвск +23 °C, переменная облачность',
            '-Новости | Спорт | Животные | Афиша | Некрологи | Работа',
        ],
        [
            '-Главная › Новости › Город',
            '+Штукатурщица пять с половиной часов продержала двух хорьков в штанах',
            '-Ипполит Штанохватов · 12 июля 2026, 18:05',
            '-Время чтения: 4 минуты',
        ],
        [
            ('+Клавдия Штаникова, 41-летняя штукатурщица, в субботу выиграла 12-й хорёвский конкурс выносливости с '
             'хорьками в штанах: два хорька провели у неё в штанах 5 часов 26 минут.'),
            '-Клавдия Штаникова с поясом победительницы (фото: «Вестник»)',
            ('+Девять участников и больше 400 зрителей заполнили двор трактира «У рынка», где конкурс проходит '
             'каждый июль с тех пор, как его возродили в 2014 году.'),
        ],
        [
            '-Читайте также: Горсовет одобрил новую парковку за крытым рынком',
            ('+«Хорёк никогда не спит, он только думает», — сказал судья Аркадий Хорьконосов, засекавший время на '
             'каждом конкурсе. — «Дышите медленно, крепко завяжите щиколотки и ни в коем случае не смейтесь».'),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Программа дня',
            '+Ветеринарный осмотр хорьков в 10:00',
            '-Реклама',
            '+Завязывание штанин и старт отсчёта в 11:00',
            '+Награждение в саду трактира в 17:00',
        ],
        [
            '-Партнёрский материал: Садовый инструмент, который нужен каждому хозяину',
            ('+Она опередила прошлогоднего чемпиона, егеря, на 71 минуту: он сдался, когда один из хорьков добрался '
             'до его колена.'),
            ('+Конкурс собрал 18 500 рублей для приюта для хорьков, а в следующем году организаторы хотят добавить '
             'детский зачёт с плюшевыми хорьками.'),
            '-Теги: хорьки, трактир «У рынка», благотворительность, лето',
        ],
        [
            '-14 комментариев',
            '-Марина К.: Мой дед этим занимался в 70-х и никогда не жаловался на колени.',
            '-↳ Ответ редакции: Спасибо, Марина, с удовольствием запишем его истории для архива.',
            '-Турист из долины: Это вообще законно? Бедные хорьки.',
            '-↳ Волонтёр приюта: Ветеринар осмотрел каждого зверька, их кормили до и после.',
        ],
        [
            '-Скачайте приложение «Вестника»: App Store · Google Play',
            '-© 2026 «Хорёвский вестник» · Правила · Политика конфиденциальности · Контакты',
            '-Наверх ↑',
        ],
    ]),
    _page('ru', 'ru-blog-chervyak-na-starte-pervye-chervyachi-bega', [
        [
            '-Червяк на старте — огород, компост и вермиферма',
        ],
        [
            '-Главная · Обо мне · Вермикомпост · Огород · Контакты',
            '+Первые червячьи бега Вари (и почему мы стали третьими)',
            '-Опубликовано 13 июля 2026 автором Настя · 9 комментариев',
        ],
        [
            '-Чтение: 5 мин',
            ('+Моей племяннице Варе семь лет, и с Пасхи она помогает мне с вермифермой, так что, когда её школа '
             'объявила детскую ярмарку с бегами червей, она выбрала своего бегуна прямо из компоста.'),
            ('+Ярмарка проходила на школьном дворе в Суздале: 32 ребёнка, у каждого по червяку, которые ползли от '
             'середины мокрой простыни к меловому кругу в 60 сантиметрах.'),
            '-В посте есть партнёрские ссылки: я получаю небольшую комиссию, для вас цена не меняется.',
        ],
        [
            '-Содержание: 1. Как выбрать червяка 2. День забега 3. В следующем году',
            '-Варя и Лапша в тени перед забегами',
            ('+На инструктаже судья, учительница биологии на пенсии, сказала детям: «Не толкать, не дуть и никогда '
             'не брать червяка в руки. Червяк сам знает, где край».'),
        ],
        [
            '-Лапша во время забега, как всегда в другую сторону',
            '+Наш день забега',
            '+Регистрация червей и бейджики в 10:00',
            '+Забеги по восемь червей с 11:00',
            '+Финал в 14:30',
            '-Мини-вермиферму, которой мы пользуемся дома, можно купить на Ozon (партнёрская ссылка)',
        ],
        [
            '-Сохраните на потом: Pinterest · ВКонтакте · Telegram',
            ('+Лапша пришёл третьим из 32 за 2 минуты 40 секунд, уступив червяку Гоше шестилетнего мальчика, который '
             'добрался до круга меньше чем за минуту.'),
            ('+Ярмарка собрала 4200 рублей на школьный огород, все черви вернулись в школьный компост, а Варя уже '
             'кормит будущего бегуна банановой кожурой.'),
        ],
        [
            '-Всем хорошего компоста, Настя',
            '-Мои сшитые вручную чехлы для вермиферм можно заказать на Ярмарке Мастеров.',
            '-« Предыдущая запись: Ревеневый пирог на большую компанию · Следующая запись: Моя вермиферма в жару »',
        ],
        [
            '-9 комментариев к записи «Первые червячьи бега Вари (и почему мы стали третьими)»',
            '-Тётя Оля: Третье место! Передай Варе, что мы все гордимся Лапшой.',
            '-↳ Настя: Спасибо, Оля, она сделала ему медаль из крышки от бутылки.',
            '-Папа-огородник: У нас в школе тоже так делают, секрет во влажной простыне.',
            '-↳ Настя: Записала, потренируемся на полу на кухне.',
        ],
        [
            '-Получайте новые записи по почте: введите адрес и нажмите «Подписаться»',
            '-© 2026 Червяк на старте · Тема: Twenty Twenty-Five · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'A cura di Teodoro Braghettini e della redazione sport':
        ('an Italian edited-by (a cura di) byline with the sports desk ("A cura di Teodoro Braghettini e della '
         'redazione sport") is left at the head'),
    'Artykuł ma charakter informacyjny i nie stanowi porady weterynaryjnej.':
        ('a Polish for-information-and-not-veterinary-advice disclaimer (notice) ("Artykuł ma charakter informacyjny '
         'i nie stanowi porady weterynaryjnej.") is left at the foot'),
    'Mastodon post could not be fetched: the server did not respond in time.':
        ('an English Mastodon marker for a post the server did not deliver in time ("Mastodon post could not be '
         'fetched: the server did not respond in time.") is left in the body'),
    'Per guardare il video di Mediaset Infinity è necessario accedere con un account gratuito.':
        ('an Italian Mediaset Infinity marker for a video that needs a free account ("Per guardare il video di '
         'Mediaset Infinity è necessario accedere con un account gratuito.") is left in the body'),
    'Regulated by IMPRESS, the independent monitor for the press.':
        ('an English IMPRESS regulation footer ("Regulated by IMPRESS, the independent monitor for the press.") is '
         'left at the foot'),
    'This Loom recording is only viewable by members of its workspace.':
        ('an English Loom marker for a recording viewable only by its workspace ("This Loom recording is only '
         'viewable by members of its workspace.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-wriggle-and-rhubarb-first-worm-race':
        ("the English worm-race blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Elsie and Noodle in the shade before the heats") and the action photo\'s caption opening the list block '
         'above the subheading ("Noodle mid-race, heading the wrong way as usual") (2 of 20 noise lines); no article '
         'line is lost'),
    'fr-blog-le-ver-galopant-premiere-course-de-vers':
        ('the French worm-race blog post keeps the opening photo\'s caption above the paragraph with the quote ("Lou '
         'et Nouille à l\'ombre avant les séries") and the action photo\'s caption opening the list block above the '
         'subheading ("Nouille en pleine course, dans le mauvais sens comme d\'habitude") (2 of 20 noise lines); no '
         'article line is lost'),
    'de-blog-regenwurm-rennstall-erstes-wurmrennen':
        ('the German worm-race blog post keeps the opening photo\'s caption above the paragraph with the quote ("Ida '
         'und Nudel im Schatten vor den Vorläufen") and the action photo\'s caption opening the list block above the '
         'subheading ("Nudel mitten im Rennen, wie immer in die falsche Richtung") (2 of 20 noise lines); it loses '
         '(or puts out of order) the second-last paragraph ("Nudel wurde Dritter von 32 in 2 Minuten 40 Sekunden, '
         'hinter dem Wurm Egon eines Sechsjährigen, der den Kreis in weniger als einer Minute erreichte.") and the '
         'last paragraph ("Das Fest brachte 420 Euro für den Schulgarten, alle Würmer kamen zurück in den '
         'Schulkompost, und Ida füttert schon den Rennwurm fürs nächste Jahr mit Bananenschalen.")'),
    'it-blog-il-lombrico-volante-prima-corsa-di-lombrichi':
        ("the Italian worm-race blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Sofia e Spaghetto all\'ombra prima delle batterie") and the action photo\'s caption opening the list '
         'block above the subheading ("Spaghetto in piena gara, nella direzione sbagliata come sempre") (2 of 20 '
         'noise lines); no article line is lost'),
    'pl-blog-wyscigowa-dzdzownica-pierwszy-wyscig-dzdzownic':
        ("the Polish worm-race blog post keeps the opening photo's caption above the paragraph with the quote "
         '("Zuzia i Kluska w cieniu przed biegami eliminacyjnymi") and the action photo\'s caption opening the list '
         'block above the subheading ("Kluska w trakcie biegu, jak zwykle w złą stronę") (2 of 20 noise lines); no '
         'article line is lost'),
    'ru-blog-chervyak-na-starte-pervye-chervyachi-bega':
        ("the Russian worm-race blog post keeps the opening photo's caption above the paragraph with the quote"
         ' ("Варя и Лапша в тени перед забегами") and the action photo\'s caption opening the list block, above'
         ' the subheading ("Лапша во время забега, как всегда в другую сторону") (2 of 20 noise lines); no '
         'article line is lost'),
}

test_held_out_245_line, test_held_out_245_line_is_kept, test_held_out_245_page = held_out_tests(
    HELD_OUT_245_LINES, HELD_OUT_245_KEEP, HELD_OUT_245_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
