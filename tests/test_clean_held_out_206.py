"""Held-out set 206: written blind, weighted toward the noise the cleaner exists for, in shapes set 204's docstring does
not name (nor the first paragraphs of sets 201, 202 and 203): scraper, embed and ad markers (an English Loom
recording restricted to a workspace "Loom video restricted: only members of this workspace can watch this
recording.", an English Mixcloud upload taken down after a copyright claim "The Mixcloud upload embedded here has
been taken down following a copyright claim.", an English Infogram chart over its monthly view limit "Infogram chart
could not render: this project has exceeded its monthly view limit.", a French france.tv video whose broadcast rights
expired "Vidéo france.tv indisponible : les droits de diffusion de ce programme ont expiré.", a German Mastodon post
whose instance cannot be reached "Der eingebettete Mastodon-Beitrag konnte nicht geladen werden, weil die Instanz
nicht erreichbar ist.", an Italian Google Forms form that no longer takes answers "Il modulo Google Forms incorporato
non accetta più risposte.", a Polish TikTok film waiting for social-media cookie consent "Film z TikToka nie został
załadowany – włącz zgodę na pliki cookie serwisów społecznościowych." and a Russian VK Video clip behind an age
restriction "Видео из VK Видео недоступно: ролик ограничен по возрасту, войдите, чтобы посмотреть."); reading-time
headers in new wordings (the English time-to-read label in "mins" "Time to read: 4 mins", a blog's grab-a-cuppa line
that counts up to the recipe card "Grab a cuppa – this one is roughly a 7-minute read before you reach the recipe
card", the French bare reading label with a full stop "Lecture 4 min.", the German estimated-reading-duration label
"Geschätzte Lesedauer: 4 Minuten", the Italian a-read-of label "Lettura da 4 minuti", the Polish
reading-will-take-you line "Przeczytanie zajmie ci około 4 minut" and the Russian reading-will-take line "На чтение
уйдёт около 4 минут"); bylines and self-promotion (an English story-and-photographs byline "Story and photographs:
Wilhelmina Crastonbury", an English filed-by byline with the writer's beat "Filed by Barnaby Fettlecombe,
agricultural show correspondent", a German a-report-by byline "Ein Bericht von Hiltrud Sensenbrink" and a Russian
text-prepared-by byline "Текст подготовила Евдокия Клеверцева", all at the head, and at the foot an English Amazon
Handmade cake-tin-liners plug "You can buy my linen cake-tin liners through Amazon Handmade – they ship within the
week.", a French Un Grand Marché crumble-dishes plug with Mondial Relay shipping "Mes plats à crumble en terre cuite
sont en vente sur Un Grand Marché, livraison en Mondial Relay.", an Italian eBay woks plug with BRT shipping "I miei
wok in ferro battuto li vendo su eBay, con spedizione tramite BRT in tutta Italia." and a Polish Facebook Marketplace
clay-pots plug with DPD shipping "Lepione przeze mnie gliniane garnki sprzedaję na Facebook Marketplace – odbiór w
Łodzi albo kurier DPD."); blog and site footers (the English Wix credit "Proudly created with Wix.com", an English
company-registration line with the registered office "Registered in England and Wales No. 08451273 · Registered
office: 4 Market Row, Pudlestoke", an English Astra theme and SiteGround credit "Theme: Astra by Brainstorm Force ·
Hosted on SiteGround", a French WordPress and OVHcloud credit with the personal-data link "Site réalisé avec
WordPress · Hébergement OVHcloud · Données personnelles", a German WordPress, Elementor and IONOS credit with the
privacy link "Realisiert mit WordPress & Elementor · Hosting: IONOS · Datenschutz", an Italian court-registration
line of the paper "Testata giornalistica registrata presso il Tribunale di Como al n. 12/2018", a Polish WordPress
and home.pl credit with the privacy policy "Strona postawiona na WordPressie · Hosting: home.pl · Polityka
prywatności" and a Russian WordPress and Beget credit with the user agreement "Работает на WordPress · Хостинг Beget
· Пользовательское соглашение"); reader-comment furniture (an English awaiting-moderation line "Your comment is
awaiting moderation.", an English showing-some-of-the-comments row "Showing 3 of 17 comments · View all", an English
reaction row with thumbs "👍 12 · 👎 1 · Reply", a French react-to-this-article link with its count "Réagir à cet
article (12 réactions)", a German released-after-review line "Ihr Kommentar wird nach Prüfung durch die Redaktion
freigeschaltet.", an Italian comment-as-a-guest-or-log-in prompt "Commenta come ospite oppure accedi con Facebook", a
Polish comments-switched-off-by-the-editors line "Komentarze pod tym artykułem zostały wyłączone decyzją redakcji."
and the Russian Cackle widget credit "Комментарии для сайта Cackle"); share rows (an English found-this-useful row
with Reddit and Print "Found this useful? Share it: Facebook · Reddit · Print", a French send-to-a-friend row with
Bluesky "Envoyer à un ami · Imprimer · Facebook · Bluesky" and a Polish recommend-the-article row "Poleć artykuł:
Facebook · WhatsApp · Drukuj"); and notices (a German transparency note on the author's membership
"Transparenzhinweis: Die Autorin ist Mitglied im veranstaltenden Verein." and a Russian letters-printed-as-written
note "Орфография и пунктуация авторов писем сохранены.", both in the body, and an Italian first-published-in-print
note "Articolo pubblicato originariamente sul numero di luglio del nostro mensile cartaceo." at the foot); and toward
whole scraped news and hobby-blog pages in layouts set 204's docstring does not describe (on the six portal pages, in
ten blocks, the section menu alone in a block of one at the very top; the masthead with its tagline and an ad label
in a block of two; a breadcrumb above the title and the reading time under it in one block of three, the title in the
middle; the byline, the date line and the lead photo's caption with its credit in one line, alone in a block of
three; the first and second paragraphs at the top of a block of three with a share row after them; a read-also link
above the paragraph with the quote in a block of two; the subheading and the three rows with a most-read link between
the first and second rows, inside the list block (a block of five); the two last paragraphs at the top of a block of
three with a tags line after them; a thread of five lines alone in a block (a comment count, a comment, a second
reader's arrowed reply, the first commenter's arrowed answer to it and another reader's comment left unanswered); and
at the foot a newsletter or Telegram prompt, a links row and the publisher's copyright line in a block of three; on
the six blog pages, in nine blocks, the blog name with its tagline and the menu in a block of two at the very top,
the name first; a breadcrumb above the title and the posted-on-by line under it in a block of three, the title in the
middle; the reading time and an affiliate-links disclosure alone in a block of two; the first and second paragraphs
in a block of four with the photo caption between them and a pin-it share row after the second; a table of contents
(its heading and two numbered entries) above the paragraph with the quote, in its block (a block of four, the
paragraph last); a recipe-continues-below-this-ad label above the subheading, inside the list block (a block of five,
the label first); the two last paragraphs at the top of a block of three with the author's sign-off after them; a
thread of four lines alone in a block (a comments heading with its count quoting the post's title, two readers'
comments and the author's arrowed reply answering both); and at the foot a plug for the author's classes or
workshops, the author's copyright line and a platform-and-theme credit in a block of three), taken from local news of
the kinds the brief names (a jam contest at the village show, a sack race at the village fête, a scything contest on
the meadow, a fishing contest at the lake, a pea shooting championship and a cow pat bingo for the school roof) and
from blogs about a carrot cake, an apple crumble, banana bread, pad thai, jollof rice and a medovik honey cake.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 204 but what is named here), held-out set 205 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 204 up to (not including) its paragraph starting "Measured after round 132" (what was printed
ends with its Baseline paragraph), its imports and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast``
as the module-level assignment node, not by a string search), and the first paragraphs of the docstrings of sets 201,
202 and 203, printed with one ast script (/tmp/s206scratch/peek.py, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py),
printed with ``inspect.getsource`` (one ``python -c`` call, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``,
printed as its dict value. The set files were read in /work/main (at the brief's commit, untouched), the ``inspect``
call ran in the frozen worktree /tmp/wt-s206. The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 204's as printed, with 204 -> 206; /tmp/s206scratch/gen206.py writes this file
from scratch files (data206.py with the noise and keep lines, pages206.py with the pages, doc_src.txt with the docstring
and, after the measurement, tables206.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s206, detached at commit
8e91bcef2f5b8d62bd058d65ab13f67fc5601091, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 07:23:08 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
8e91bcef2f5b8d62bd058d65ab13f67fc5601091, the brief's commit; both worktrees were made there with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) peek.py printed set 204's
docstring paragraphs up to the one starting "Measured after round 132" (the printed part ends with its "Baseline"
paragraph), set 204's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment node to the
end, and the first paragraphs of sets 201, 202 and 203. Its first run printed to the terminal, which the tool cut in the
middle (it showed the start, up to inside set 204's "Slips and notes" paragraph, and the end, from inside set 202's
first paragraph on, all allowed parts); the second run went to /tmp/s206scratch/peek.out (507 lines, all of them allowed
parts), of which I paged lines 100 to 445 with ``sed`` (in four pieces); nothing else of any set file was printed. (3)
The first ``inspect`` call failed on import (``ModuleNotFoundError: No module named 'joblib'``): the project's
dependencies were not installed in this Python (3.11.7). To install them I looked at the top-level names of /work/main
(``ls -a``), the head of /work/.library/env/README.md, pyproject.toml (its dependency lists) and the first lines of
.ci/run (which only calls scripts/test.sh, not opened), and printed the first 50 lines of ``pip list``; then ``pip
install`` of the [project] dependencies of pyproject.toml and pytest (exit 0); the second ``inspect`` call worked. It
imports test_clean, which loads the cleaner's modules, but nothing was cleaned before the measurement and no source
under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and
kept away from them: no embed service named there is used for a held-out marker (Loom, Mixcloud, Infogram, france.tv,
Mastodon, Google Forms, TikTok and VK Video are not named there), and the failures are of kinds not named there (a
workspace restriction, a copyright takedown, a monthly view limit, expired broadcast rights, an unreachable instance, a
form closed to answers, missing cookie consent, an age restriction); the reading times avoid the phrasings named there;
the bylines are of new shapes (story and photographs, filed by ... with a beat, ein Bericht von, текст подготовила) and
the plugs name marketplaces not named there (Amazon Handmade, Un Grand Marché, eBay, Facebook Marketplace); the footers
use builders, hosts and legal lines not named there (Wix, a company registration, Astra with SiteGround, WordPress with
OVHcloud, Elementor with IONOS, a court registration of the paper, home.pl, Beget); the comment lines, share rows and
notices are of kinds not named there. Set 204's xfail table quotes a Russian affiliate disclosure; the Russian blog
page's disclosure here is worded otherwise. The page furniture (mastheads, menus, captions, ad labels and the like) is
of the ordinary kinds the brief lists; the layouts differ from those of sets 201 to 204 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Pudlestoke, "Pudlestoke Herald", Grindlecott, Crastonbury, Fettlecombe, "Grated Carrot Diaries", Vaugrenouille,
Pertuisard, "Le Crumble de Clémentine", Mähbühl, Halmbrecher, Sensenbrink, Ofenwiebke, Vallescabrina (and Vallescabrin),
Lenzaroli, "Wok e Basilico", "Groszkowa Wola", "Groszkowej Woli", Łuskowski, "Garnek u Zuzy", "Zuza Ojukwu" and
Ojukwu-Sadowska (both checked, not used), "Бурёнкин Лог", Сенокосова, Клеверцева, "Пчёлкин противень" and Навозихино
(checked, not used). Dropped for real hits: Quelchfield (inside "squelchField"), Halmacker, Pescontrano (inside
"PesContraNotafiscal"), Strączkowo (inside "strączkowo-gorczycowa"), Лепёшкино (inside "Лепёшкиной"), Лапушкина,
Thistlewhaite, Quillerton, Коровяково and Коровяков, Пыжикова. Bloggers are given by first name only (Tamsin,
Clémentine, Wiebke, Rosalba, Zuza, Таисия), commenters as first names with an initial or a place, or as handles, and
were not checked; "Le Réveil de Vaugrenouille", "Mähbühler Bote", "L'Eco di Vallescabrina", "Głos Groszkowej Woli",
"Вестник Бурёнкина Лога" and "Бурёнкином Логу" are formed from checked names. Real services, platforms, shops and cities
are named as real pages do. (6) A script (/tmp/s206scratch/check.py) checked case-insensitively that no noise line
(held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no line
holds an at-sign; while writing I had already kept the ad labels ("Advertisement", "Publicité", "Werbung", "Pubblicità",
"Reklama", "Реклама") and the portals' comment counts out of the links rows, the blogs' ad lines and comment headings;
its first run found two: the Italian and Russian portals' bare bylines ("Di Ottavio Lenzaroli" and "Агриппина
Сенокосова") inside the photo credits of their captions; the credits were changed ("Foto: L'Eco di Vallescabrina",
"Фото: редакция") and the second run found none. gen206.py checks that no line of the file is over 120 columns and that
it holds no at-sign; the counts by category, language and place, and the 10 article and 20 noise lines of each page,
were checked with small scripts, and the lists and pages of the written file were imported back and found equal to the
scratch data. (7) The measurement was run once, as the brief gives it, in one shell call at 07:31:09 UTC by ``date``,
with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) and (8); pytest
printed 15 failed, 62 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s206scratch, importing the copy in /tmp/wt-s206/tests with /tmp/wt-s206/src on the path) then printed
``_problems`` of each failing case: the nine lines and the six pages of the tables; every problem is a kept noise line
("kept boilerplate"), no article or keep line is lost and no problem of another kind (no unreported removal, no range or
offset problem) was printed. The tables were written from that output (tables206.py, written into this file by
gen206.py); the final file was checked again with the pytest command in /tmp/wt-s206 (see the Baseline paragraph). (8)
Clock: ``date`` printed 07:23:08 at the start, 07:31:09 at the measurement and 07:31:51 when the tables were written;
the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from village reports that open with or hold a noise-like word
("Reading the judges' notes aloud, ...", "Comments from the judges were pinned ...", "Follow-up tests by the hall
committee ...", "Subscribers to the parish newsletter raised £340 ...", "Shared between the pre-school and the bowls
club, ...", "Copyright in the show's recipe book belongs ...", "Advertising the show on hay bales ...", "Lecture faite
du règlement, ...", "Commentaires et rires ont accompagné ...", "Partagée entre l'école et le club de foot, ...",
"Kommentiert wurde der Wettbewerb ...", "Folgen hatte der Regen vom Vormittag: ...", "Teilen mussten sich die Sieger den
Pokal, ...", "Seguendo il regolamento, ...", "Commentando la gara, ...", "Iscrizioni chiuse già a metà luglio: ...",
"Czytając regulamin na głos, ...", "Udostępniona przez parafię sala ...", "Читая правила вслух, ..." and "Подписчики
школьного чата ..."): each is a full sentence with a subject, a verb and a fact of a local story, so article ("Lecture
faite du règlement" opens like the French reading label but is the legal phrase for a rule read aloud; "Iscrizioni
chiuse ..." speaks of entries to the contest, not of a newsletter). Borderline categories: the plugs (Amazon Handmade,
Un Grand Marché, eBay, Facebook Marketplace) are bylines and self-promotion, at the foot, since they sell the author's
wares in the author's voice; the filed-by line is a byline though it names the writer's beat; the company-registration
and court-registration lines are footers (they speak of the publisher, not of the article); the Cackle line is comment
furniture (it labels the comment widget, not the site); the reaction row and the showing-3-of-17 row are comment
furniture, not share rows; the found-this-useful row is a share row (it offers Print beside two networks); the German
transparency note and the Russian letters note are notices in the body (both speak of the article they sit in), and the
Italian first-published-in-print note is a notice at the foot (it speaks of this piece, not of the site). On every page
the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows
and the two last paragraphs are article; everything else (menus, mastheads with taglines, ad labels, breadcrumbs,
reading times, bylines, date lines, captions with credits, share rows, read-also and most-read links, tags lines,
comment counts, comments and replies, newsletter and Telegram prompts, links rows, copyright lines, blog names,
posted-on lines, affiliate disclosures, pin-it rows, tables of contents, recipe-continues ad lines, sign-offs, plugs and
platform credits) is noise. The list rows (the jam, sack-race, scything, fishing and pea-shooting rules, the bingo's
rules, and what goes into the carrot cake, the crumble, the banana bread, the pad thai, the jollof and the medovik) are
short but part of each article, so article; the Russian portal's bare byline ("Агриппина Сенокосова") and the date lines
("12.07.2026, 17:45" and the like) are noise though they are short and sit alone; the portals' most-read links are noise
though they sit between the first and second list rows; the blogs' photo captions are noise though they sit between the
first and second paragraphs; the blogs' tables of contents are noise though they sit in the block of the paragraph with
the quote; the blogs' recipe-continues lines ("Recipe continues below this ad" and the like) are ad labels, so noise,
though they sit at the top of the list block; the sign-offs ("Happy baking! Tamsin x" and the like) are noise; the
comment headings quote the post's title but are noise; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Russian and Italian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: German and Russian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pudlestoke-jam-contest (a record 64
jars and a damson winner at the village show), en-blog-grated-carrot-diaries-carrot-cake (a carrot cake with orange
cream cheese frosting), fr-portail-vaugrenouille-course-en-sac (a record field for the sack race at the village fête),
fr-blog-crumble-de-clementine-crumble-pommes (an apple and cinnamon crumble), de-portal-maehbuehl-sensenmaehen (31
mowers scything for a challenge cup on the parish meadow), de-blog-ofenwiebke-bananenbrot (a banana bread with walnuts),
it-portale-vallescabrina-gara-di-pesca (58 anglers and an eight-kilo carp in the lake's fishing contest),
it-blog-wok-e-basilico-pad-thai (a pad thai with real tamarind and prawns),
pl-portal-groszkowa-wola-strzelanie-groszkiem (the commune's pea shooting championship won by a twelve-year-old),
pl-blog-garnek-u-zuzy-ryz-jollof (a Nigerian jollof rice), ru-portal-burenkin-log-korovye-bingo (a cow pat bingo that
raised 60,000 roubles for the school roof) and ru-blog-pchyolkin-protiven-medovik (a grandmother's eight-layer medovik),
each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 8e91bcef2f5b8d62bd058d65ab13f67fc5601091, measured with ``cd /tmp/wt-s206 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s206/src python -m pytest -q tests/test_clean_held_out_206.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s206 && PYTHONPATH=/tmp/wt-s206/src python
scripts/clean_held_out_report.py --sets 206``, with the xfail tables empty, at 07:31:09 UTC by ``date``): noise lines
removed 36/45 (marker 6/8, reading-time 6/7, byline 5/8, footer 8/8, comments 8/8, share 3/3, notice 0/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English Mixcloud and Infogram
lines), one reading time at the head (the English blog's grab-a-cuppa line), one byline at the head (the English
filed-by line), two plugs at the foot (the English Amazon Handmade and French Un Grand Marché lines) and all three
notices (the German transparency note and the Russian letters note in the body, the Italian first-published-in-print
note at the foot); the English Loom, French france.tv, German Mastodon, Italian Google Forms, Polish TikTok and Russian
VK Video markers, the other six reading times, the English story-and-photographs, German and Russian head bylines and
the Italian and Polish plugs, all eight footers, all eight comment lines and every share row went); keep lines kept
20/20; pages 6/12 clean (the six portal pages), 8 of 240 page noise lines left and 0 of 120 article lines lost. Left on
the blog pages: the photo caption between the first and second paragraphs on all six, and besides on the Italian pad
thai blog the ad line above the subheading ("La ricetta continua dopo l'annuncio", 2) and on the Russian medovik blog
the affiliate-links disclosure under the reading time (2); the English carrot-cake, French crumble, German banana-bread
and Polish jollof blogs keep just the caption (1 each). No page and no keep line loses an article line. The failing
cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s206 gave 62 passed, 15 xfailed, no
XPASS.

Measured after round 133 (developed on sets 203 and 204 from 8e91bce, integrated with the lead's mend 97c75ce; measured
on it blind by the lead with scripts/clean_held_out_report.py --sets 205 206 and this set's pytest file, against this
set's baseline at 8e91bce): nothing moved. The six blogs keep the photo caption between their first and second
paragraphs, the Italian blog the ad line over the subheading, the Russian blog its affiliate-links disclosure; the three
notices, the English Mixcloud and Infogram markers, the "Grab a cuppa" reading time, the "Filed by" byline and the
Amazon Handmade and Un Grand Marché plugs are still missed. Noise lines 36 of 45, keep 20 of 20, pages clean 6 of 12,
page noise lines left 8 of 240, article lines lost 0 of 120; the set's pytest file 62 passed, 15 xfailed, no XPASS.

Round 134 (development; this set was read in full from this round on): developed on sets 205 and 206 from 45be0e4.
Fixed: (1) the article text lost first: set 205's ru-portal-yablonishchevo-den-otzhima-yablok lost its two last
paragraphs because page_blocks._is_clock_row searched MONTH_WORD inside words ("мар" of "ярмарка"), so the timetable's
last row "16:00 — дегустация и ярмарка" read as a commenter's header and _page_thread_start put the thread there; a
month now counts only as a word of its own (MONTH_WORD.fullmatch on the row's words), and the paragraphs stay (the
tail starts no earlier anywhere: no set's article lines or paragraphs lost moved the wrong way). (2) Line rules, each
general in six languages with near misses in tests/test_clean.py (test_round_134_*): embed placeholders
(whole_line_noise._EMBED_NOUN gains the visualisation, the upload and the Polish "materiał"; _EMBED_PLATFORM a
declined Dzen; _EMBED_STATE_ANY "could not render" and "non può più essere riprodotto"; _EMBED_PLACEHOLDER_FORM
"embedded here"); the ad slot's noun with an elided article (clean._SLOT_WORD: "La ricetta continua dopo
l'annuncio"); pin rows with a pronoun (_PIN_LABEL: "Pin it for later:", "Épinglez-la :"); the affiliate-links
disclosure with "some links in this post" and a bare adjective before the colon, and "В этом посте есть"
(the round-92 site-notice pattern); the writer a member of the body under a disclosure label (clean._WRITER_INVOLVED);
the bare participle with "originally" in the print-edition note; a new editors' note on the headings set by the desk
and the letters' spelling kept (_DESK_HEADING); the log-in prompt with a second verb after the purpose
(_OR_LOG_IN_AFTER) and the write-a-comment label with a call to mind the rules; "Story and photographs by <Name>" as
round 101's "Report and photographs by" credit (clean's credited-words list gains "story"; a first try as a byline
rule gave set 140's test_round_101 line the reason "byline" and was replaced) and "Filed by ..., <beat>
correspondent"; the grab-a-cuppa reading time with "this one is roughly a ...-minute read";
the writer's wares on sale on a platform with the shipping after, or "You can buy my ... through <Platform>"
(clean._MY_PLATFORM_PAGE). Other sets' xfails removed (XPASS): lines of sets 86, 106, 124, 129, 135, 147, 148 (two),
151, 155, 162, 166, 170, 175, 176, 177, 181, 183, 188, 193, 195, 196 (two), 197, 199, 200 and 204; reasons reworded:
set 204's ru-blog-vishnya-na-podokonnike-klafuti and set 160's ru-blog-lishainiki-makro (their affiliate-links
disclosure now goes, the captions stay). Sets 10-206 in total (scripts/clean_held_out_report.py, before -> after):
noise lines removed 8083 -> 8129 of 8941, article lines kept 3967 -> 3967 of 3967, pages clean 1338 -> 1338 of 2350,
page noise lines left 1933 -> 1928 of 48720, paragraphs lost 4 -> 2; no set's article lines kept dropped and no
set's paragraphs lost rose. SemEval (scripts/semeval_noise_diff.py): 0 changed files of 3723. Bench
(benchmarks/bench_clean.py against 45be0e4, CPU time, run beside the test run): ratio 0.97 (2.800 s against
2.875 s). The cleaning test set (the brief's pytest command, 207 and 208 left out): 24540 passed, 1854
xfailed, no XPASS, in 11 min 47 s, on this code.
This set before -> after (scripts/clean_held_out_report.py --sets 206): noise lines 36 -> 45 of 45 (marker 6 -> 8 of
8, reading-time 6 -> 7 of 7, byline 5 -> 8 of 8, footer 8 of 8, comments 8 of 8, share 3 of 3, notice 0 -> 3 of 3),
keep 20 of 20, pages clean 6 -> 6 of 12, page noise lines left 8 -> 6 of 240, article lines lost 0 -> 0 of 120; the
set's pytest file 62 passed, 15 xfailed -> 71 passed, 6 xfailed, no XPASS (all nine line xfails removed). Reasons
reworded: it-blog-wok-e-basilico-pad-thai (the ad line over the subheading now goes) and
ru-blog-pchyolkin-protiven-medovik (the affiliate-links disclosure now goes); each keeps only its photo caption. Still
missed: the six blogs' photo captions between the first and second paragraphs (left alone, as the brief asks).

Lead's integration (session 49): round 134 was merged into main's d1d475e (round 133 with the lead's mend, sets 207/208
and the docs) with no conflict. The lead's probes (the round's new whole-line wordings and their near misses through
whole_line_noise: "Filed by the council in March, the plan was rejected.", "The video embedded here shows the moment the
bridge fell.", "Le maire a continué après l'annonce", "Mes voisins sont en vente sur Leboncoin depuis des années.", "You
can get my number from Jane.", "Die Autorin ist Mitglied im Verein und singt im Chor."; pages through
test_clean._problems: timetable rows with month-like words, "9:00 – the market opens", "13:00 – majówka w parku", over a
real comment thread, an editors' note among an Italian portal's sentences, a Russian sentence on schoolchildren's
spelling) found no article line lost and every thread still taken; no mend. At 1e49319: held-out report over sets 10-208
8,206 of 9,031 lines, 4,007 of 4,007 kept, 1,349 of 2,374 pages clean, 1,962 page lines left, 2 lost (set 86's), every
set as the round's own report for sets 10-206; SemEval 0 changed files of 3,723 against 8e91bce's dump; a fresh clone
passed the demo (43 s with the install, no torch or nvidia package) and the test command (25,900 passed, 1,882 xfailed,
16 minutes).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_206_LINES: list[tuple[str, str, str]] = [
    ("body", "Loom video restricted: only members of this workspace can watch this recording.", "marker"),
    ("body", "The Mixcloud upload embedded here has been taken down following a copyright claim.", "marker"),
    ("body", "Infogram chart could not render: this project has exceeded its monthly view limit.", "marker"),
    ("body", "Vidéo france.tv indisponible : les droits de diffusion de ce programme ont expiré.", "marker"),
    (
        "body",
        "Der eingebettete Mastodon-Beitrag konnte nicht geladen werden, weil die Instanz nicht erreichbar ist.",
        "marker",
    ),
    ("body", "Il modulo Google Forms incorporato non accetta più risposte.", "marker"),
    (
        "body",
        "Film z TikToka nie został załadowany – włącz zgodę na pliki cookie serwisów społecznościowych.",
        "marker",
    ),
    ("body", "Видео из VK Видео недоступно: ролик ограничен по возрасту, войдите, чтобы посмотреть.", "marker"),
    ("head", "Time to read: 4 mins", "reading-time"),
    ("head", "Grab a cuppa – this one is roughly a 7-minute read before you reach the recipe card", "reading-time"),
    ("head", "Lecture 4 min.", "reading-time"),
    ("head", "Geschätzte Lesedauer: 4 Minuten", "reading-time"),
    ("head", "Lettura da 4 minuti", "reading-time"),
    ("head", "Przeczytanie zajmie ci około 4 minut", "reading-time"),
    ("head", "На чтение уйдёт около 4 минут", "reading-time"),
    ("head", "Story and photographs: Wilhelmina Crastonbury", "byline"),
    ("head", "Filed by Barnaby Fettlecombe, agricultural show correspondent", "byline"),
    ("head", "Ein Bericht von Hiltrud Sensenbrink", "byline"),
    ("head", "Текст подготовила Евдокия Клеверцева", "byline"),
    ("tail", "You can buy my linen cake-tin liners through Amazon Handmade – they ship within the week.", "byline"),
    (
        "tail",
        "Mes plats à crumble en terre cuite sont en vente sur Un Grand Marché, livraison en Mondial Relay.",
        "byline",
    ),
    ("tail", "I miei wok in ferro battuto li vendo su eBay, con spedizione tramite BRT in tutta Italia.", "byline"),
    (
        "tail",
        "Lepione przeze mnie gliniane garnki sprzedaję na Facebook Marketplace – odbiór w Łodzi albo kurier DPD.",
        "byline",
    ),
    ("tail", "Proudly created with Wix.com", "footer"),
    ("tail", "Registered in England and Wales No. 08451273 · Registered office: 4 Market Row, Pudlestoke", "footer"),
    ("tail", "Theme: Astra by Brainstorm Force · Hosted on SiteGround", "footer"),
    ("tail", "Site réalisé avec WordPress · Hébergement OVHcloud · Données personnelles", "footer"),
    ("tail", "Realisiert mit WordPress & Elementor · Hosting: IONOS · Datenschutz", "footer"),
    ("tail", "Testata giornalistica registrata presso il Tribunale di Como al n. 12/2018", "footer"),
    ("tail", "Strona postawiona na WordPressie · Hosting: home.pl · Polityka prywatności", "footer"),
    ("tail", "Работает на WordPress · Хостинг Beget · Пользовательское соглашение", "footer"),
    ("tail", "Your comment is awaiting moderation.", "comments"),
    ("tail", "Showing 3 of 17 comments · View all", "comments"),
    ("tail", "👍 12 · 👎 1 · Reply", "comments"),
    ("tail", "Réagir à cet article (12 réactions)", "comments"),
    ("tail", "Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.", "comments"),
    ("tail", "Commenta come ospite oppure accedi con Facebook", "comments"),
    ("tail", "Komentarze pod tym artykułem zostały wyłączone decyzją redakcji.", "comments"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Found this useful? Share it: Facebook · Reddit · Print", "share"),
    ("tail", "Envoyer à un ami · Imprimer · Facebook · Bluesky", "share"),
    ("tail", "Poleć artykuł: Facebook · WhatsApp · Drukuj", "share"),
    ("body", "Transparenzhinweis: Die Autorin ist Mitglied im veranstaltenden Verein.", "notice"),
    ("body", "Орфография и пунктуация авторов писем сохранены.", "notice"),
    ("tail", "Articolo pubblicato originariamente sul numero di luglio del nostro mensile cartaceo.", "notice"),
]

HELD_OUT_206_KEEP: list[tuple[str, str]] = [
    ("head", "Reading the judges' notes aloud, the show secretary admitted that two of the damson entries had tied."),
    ("head", "Comments from the judges were pinned beside every jar, and most of them were kind."),
    ("body", "Follow-up tests by the hall committee found the faulty urn had been wired in 1987."),
    ("body", "Subscribers to the parish newsletter raised £340 for a new tea urn within a week."),
    ("tail", "Shared between the pre-school and the bowls club, the raffle money came to £212."),
    ("tail", "Copyright in the show's recipe book belongs to the Women's Institute branch, which sells it for £6."),
    ("tail", "Advertising the show on hay bales along the Pudlestoke road cost the committee nothing but string."),
    ("head", "Lecture faite du règlement, les vingt coureurs ont enfilé leurs sacs de jute devant la mairie."),
    ("body", "Commentaires et rires ont accompagné chaque chute sur la pelouse du stade."),
    ("tail", "Partagée entre l'école et le club de foot, la recette de la buvette a atteint 620 euros."),
    ("head", "Kommentiert wurde der Wettbewerb vom früheren Ortsvorsteher über ein altes Megafon."),
    ("body", "Folgen hatte der Regen vom Vormittag: Das nasse Gras ließ sich deutlich leichter mähen."),
    ("tail", "Teilen mussten sich die Sieger den Pokal, denn zwei Mäher waren auf die Sekunde gleich schnell."),
    ("head", "Seguendo il regolamento, ogni pescatore poteva usare una sola canna e tre ami."),
    ("body", "Commentando la gara, il presidente della Pro Loco ha lodato la pazienza dei più piccoli."),
    ("tail", "Iscrizioni chiuse già a metà luglio: i posti sul pontile erano soltanto quaranta."),
    ("head", "Czytając regulamin na głos, sołtys pomylił się dwa razy i cała sala się śmiała."),
    ("tail", "Udostępniona przez parafię sala pomieściła wszystkich kibiców razem z ich rurkami."),
    ("head", "Читая правила вслух, завуч объяснила, что поле разбито на сто пронумерованных клеток."),
    ("tail", "Подписчики школьного чата после игры собрали ещё 12 тысяч рублей на кровлю."),
]

HELD_OUT_206_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-pudlestoke-jam-contest", [
        [
            "-News · Sport · What's On · Farming · Letters · Notices",
        ],
        [
            "-Pudlestoke Herald – your village, your voice since 1952",
            "-Advertisement",
        ],
        [
            "-Home › News › Village Show",
            "+Damson jam takes the top prize as the Pudlestoke show's jam contest draws a record 64 jars",
            "-Reading time: 3 minutes",
        ],
        [
            "-By Hester Grindlecott, Village Editor",
            "-Sunday 16 August 2026, 9:05 am",
            "-Entries lined up on the trestle tables in the produce marquee. Photo: Herald reader",
        ],
        [
            ("+A record 64 jars were entered in the jam contest at Pudlestoke's village show on Saturday, eleven "
             "more than last year."),
            ("+Judging took almost three hours in the produce marquee, where the entries were tasted blind on plain "
             "water biscuits."),
            "-Share this story: Facebook · X · WhatsApp · Email",
        ],
        [
            "-Read also: Tug of war final ends in a draw for the first time",
            ('+The head judge, a retired cookery teacher, said: "Nobody could tell the damson from the greengage at '
             'first, which tells you how good they were."'),
        ],
        [
            "+How the jars were judged",
            "+Set: the jam must hold its shape on a cold saucer.",
            "-Most read: Parish council approves new bus shelter",
            "+Clarity: no cloudiness or scum when the jar is held up to the light.",
            "+Flavour: the fruit must come first, not the sugar.",
        ],
        [
            ("+The winning damson jam was made by a nine-year-old pupil of the village school, using fruit from her "
             "grandmother's hedge."),
            "+Next year the show committee plans a separate class for marmalade.",
            "-Tags: village show, jam, Pudlestoke",
        ],
        [
            "-4 comments",
            "-Jill W.: Congratulations to the winner, that hedge has been fruiting for fifty years!",
            "-↳ Pete_the_baker: It has, my dad planted it.",
            "-↳ Jill W.: Then the prize is half his!",
            "-Margaret R.: Please bring back the lemon curd class.",
        ],
        [
            "-Get the Herald's weekly round-up in your inbox every Friday – sign up here",
            "-About us · Contact · Advertise · Privacy · Cookies",
            "-© 2026 Pudlestoke Herald. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-grated-carrot-diaries-carrot-cake", [
        [
            "-The Grated Carrot Diaries – cakes, crumbs and kitchen chaos",
            "-Home · Recipes · Cakes · About Tamsin · Contact",
        ],
        [
            "-Home » Recipes » Cakes",
            "+My Very Best Carrot Cake with Orange Cream Cheese Frosting",
            "-Posted on 3 May 2026 by Tamsin",
        ],
        [
            "-⏱ 6 min read",
            ("-This post contains affiliate links. If you buy through them, I may earn a small commission at no "
             "extra cost to you."),
        ],
        [
            ("+I have been tweaking this carrot cake for about six years, and this is the version my family now asks "
             "for every birthday."),
            "-The finished cake on my mum's old cake stand.",
            ("+The secret is grating the carrots finely and letting them sit in the sugar for ten minutes before you "
             "add anything else."),
            "-Pin it · Share on Facebook · Email this recipe",
        ],
        [
            "-In this post",
            "-1. Why this carrot cake works",
            "-2. The frosting",
            ('+My neighbour, who bakes for the church café, tasted it and said: "That\'s the first carrot cake I\'ve '
             'had that isn\'t dry the next day."'),
        ],
        [
            "-Recipe continues below this ad",
            "+What you'll need",
            "+Two cups of finely grated carrots, about four medium ones.",
            "+A handful of chopped walnuts, lightly toasted.",
            "+Zest of one orange for the frosting.",
        ],
        [
            "+Let the cake cool completely before you frost it, or the frosting will slide straight off.",
            "+It keeps for four days in a tin, if it lasts that long.",
            "-Happy baking! Tamsin x",
        ],
        [
            "-3 comments on “My Very Best Carrot Cake with Orange Cream Cheese Frosting”",
            "-Rosie in Leeds: Made this for my dad's 70th and there wasn't a crumb left.",
            "-BakingBen: Can I use pecans instead of walnuts?",
            "-↳ Tamsin: Thanks Rosie! And yes Ben, pecans work beautifully.",
        ],
        [
            "-I run carrot cake baking afternoons in my kitchen in Frome – book a place through the Classes page.",
            "-© 2026 The Grated Carrot Diaries. Please don't copy my recipes without asking.",
            "-Powered by WordPress · Theme: Kadence",
        ],
    ]),
    _page("fr", "fr-portail-vaugrenouille-course-en-sac", [
        [
            "-Actualités · Sports · Agenda · Associations · Petites annonces",
        ],
        [
            "-Le Réveil de Vaugrenouille – l'info de chez nous",
            "-Publicité",
        ],
        [
            "-Accueil > Vie locale > Fête du village",
            "+Course en sac : record de participation à la fête de Vaugrenouille",
            "-Lecture : 3 min",
        ],
        [
            "-Par Odile Pertuisard",
            "-Publié le 20/07/2026 à 18h40",
            "-Le départ de la course des adultes devant la mairie. Photo : Odile Pertuisard",
        ],
        [
            ("+Quatre-vingt-deux coureurs ont pris le départ de la course en sac dimanche après-midi, un record pour "
             "la fête du village."),
            ("+Les enfants ont couru les premiers, sur vingt mètres, avant les adultes sur le grand parcours de la "
             "place."),
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-À lire aussi : Le comité des fêtes cherche des bénévoles pour le 14 juillet",
            ("+Le maire, qui a couru lui aussi, a reconnu : « J'ai fini avant-dernier, mais je suis resté debout "
             "jusqu'au bout. »"),
        ],
        [
            "+Le règlement de la course",
            "+Chaque coureur reçoit un sac de jute fourni par le comité.",
            "-Les plus lus : Travaux sur la route départementale jusqu'en septembre",
            "+Les deux pieds doivent rester dans le sac jusqu'à la ligne.",
            "+Une chute n'élimine pas, à condition de repartir du même endroit.",
        ],
        [
            "+La course des adultes a été remportée par un boulanger du village, déjà vainqueur en 2024.",
            "+Le comité des fêtes promet une course en relais pour l'an prochain.",
            "-Mots-clés : fête de village, course en sac, Vaugrenouille",
        ],
        [
            "-3 commentaires",
            "-Martine_V : Bravo à tous, quelle ambiance sur la place !",
            "-↳ Jeannot : Et bravo au maire d'avoir osé !",
            "-↳ Martine_V : Il s'est bien entraîné, on l'a vu dans son jardin.",
            "-Loulou45 : Dommage qu'il n'y ait pas eu de buvette à l'ombre.",
        ],
        [
            "-Recevez notre lettre d'information chaque samedi : je m'inscris",
            "-Qui sommes-nous · Contact · Mentions légales · Cookies",
            "-© 2026 Le Réveil de Vaugrenouille – Tous droits réservés",
        ],
    ]),
    _page("fr", "fr-blog-crumble-de-clementine-crumble-pommes", [
        [
            "-Le Crumble de Clémentine – desserts de tous les jours",
            "-Accueil · Recettes · Desserts · À propos · Contact",
        ],
        [
            "-Accueil » Desserts » Crumbles",
            "+Mon crumble aux pommes et à la cannelle, croustillant dessus et fondant dessous",
            "-Publié le 12 octobre 2026 par Clémentine",
        ],
        [
            "-Temps de lecture : 5 minutes",
            ("-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite "
             "commission."),
        ],
        [
            ("+Chaque automne, quand les pommes du verger de mes parents arrivent, je fais ce crumble au moins une "
             "fois par semaine."),
            "-Le crumble tout juste sorti du four.",
            "+J'utilise un mélange de reinettes et de golden, qui tiennent à la cuisson sans devenir de la compote.",
            "-Épinglez-la sur Pinterest · Partager sur Facebook · Envoyer par e-mail",
        ],
        [
            "-Sommaire",
            "-1. Le choix des pommes",
            "-2. La pâte à crumble",
            ("+Ma grand-mère, qui n'aime pas les desserts anglais, a fini par avouer : « Celui-là, je veux bien en "
             "reprendre. »"),
        ],
        [
            "-La recette continue sous cette annonce",
            "+Les ingrédients",
            "+Un kilo de pommes, épluchées et coupées en gros dés.",
            "+Cent grammes de beurre demi-sel bien froid.",
            "+Une cuillère à café de cannelle moulue.",
        ],
        [
            "+Servez-le tiède, avec une boule de glace à la vanille ou un peu de crème fraîche.",
            "+Il se garde deux jours au frais et se réchauffe très bien au four.",
            "-Bonne dégustation ! Clémentine",
        ],
        [
            "-4 commentaires sur « Mon crumble aux pommes et à la cannelle, croustillant dessus et fondant dessous »",
            "-Nathalie : Testé ce week-end, un vrai succès !",
            "-Paul de Nantes : On peut le congeler avant cuisson ?",
            "-↳ Clémentine : Merci Nathalie ! Et oui Paul, il se congèle très bien cru.",
        ],
        [
            "-Je donne des ateliers crumbles et tartes dans ma cuisine à Tours – réservations sur la page Ateliers.",
            "-© 2026 Le Crumble de Clémentine – reproduction interdite sans autorisation",
            "-Propulsé par WordPress · Thème GeneratePress",
        ],
    ]),
    _page("de", "de-portal-maehbuehl-sensenmaehen", [
        [
            "-Lokales · Sport · Vereine · Termine · Leserbriefe",
        ],
        [
            "-Mähbühler Bote – Nachrichten aus dem oberen Tal",
            "-Werbung",
        ],
        [
            "-Startseite › Lokales › Mähbühl",
            "+Sensenmähen auf der Gemeindewiese: 31 Mäherinnen und Mäher kämpfen um den Wanderpokal",
            "-Lesezeit 3 Minuten",
        ],
        [
            "-Von Gerlinde Halmbrecher",
            "-Sonntag, 28. Juni 2026, 19:15 Uhr",
            "-Die Mäher beim Start auf der Gemeindewiese. Foto: Gerlinde Halmbrecher",
        ],
        [
            ("+Auf der Gemeindewiese hinter dem Feuerwehrhaus haben am Samstag 31 Mäherinnen und Mäher ihre Sensen "
             "gedengelt und angesetzt."),
            "+Jeder musste ein abgestecktes Feld von zehn mal zehn Metern so schnell und so sauber wie möglich mähen.",
            "-Artikel teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "-Auch interessant: Neuer Spielplatz am Dorfweiher eröffnet",
            ("+Der Vorsitzende des Heimatvereins sagte: „Eine gute Sense ist schneller als jeder Rasenmäher, wenn "
             "man weiß, was man tut.“"),
        ],
        [
            "+So wurde gewertet",
            "+Zeit: Die Uhr lief vom ersten Schnitt bis zum letzten Halm.",
            "-Meistgelesen: Umleitung wegen Brückensanierung",
            "+Sauberkeit: Stehengebliebene Halme brachten Strafsekunden.",
            "+Schnittbild: Das Gras musste gleichmäßig auf Schwaden liegen.",
        ],
        [
            ("+Den Wanderpokal holte ein 68-jähriger Landwirt aus dem Nachbardorf, der seit fünfzig Jahren mit der "
             "Sense mäht."),
            "+Im nächsten Jahr soll es erstmals eine eigene Wertung für Jugendliche geben.",
            "-Schlagworte: Sensenmähen, Heimatverein, Mähbühl",
        ],
        [
            "-5 Kommentare",
            "-Sepp aus dem Tal: Großartig, dass so etwas noch gepflegt wird!",
            "-↳ Heidi K.: Mein Opa hätte sich gefreut.",
            "-↳ Sepp aus dem Tal: Nächstes Jahr mähen Sie mit, Heidi!",
            "-Bergwanderer77: Schade, dass es so heiß war.",
        ],
        [
            "-Den Mähbühler Boten als Newsletter abonnieren – jeden Freitag kostenlos",
            "-Impressum · Kontakt · AGB · Datenschutz · Cookie-Einstellungen",
            "-© 2026 Mähbühler Bote. Alle Rechte vorbehalten.",
        ],
    ]),
    _page("de", "de-blog-ofenwiebke-bananenbrot", [
        [
            "-Ofenwiebke – Backen ohne Schnickschnack",
            "-Start · Rezepte · Brot & Kuchen · Über mich · Kontakt",
        ],
        [
            "-Start » Rezepte » Kuchen",
            "+Saftiges Bananenbrot mit Walnüssen und einem Hauch Zimt",
            "-Veröffentlicht am 9. Februar 2026 von Wiebke",
        ],
        [
            "-Lesezeit: 4 Minuten",
            "-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber ein, bekomme ich eine kleine Provision.",
        ],
        [
            "+Bananenbrot backe ich immer dann, wenn in der Obstschale wieder drei Bananen braun geworden sind.",
            "-Das Bananenbrot noch in der Kastenform.",
            "+Je dunkler die Bananen, desto süßer und saftiger wird das Brot, deshalb brauche ich kaum Zucker.",
            "-Auf Pinterest merken · Auf Facebook teilen · Per E-Mail senden",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Die richtigen Bananen",
            "-2. Backen und Lagern",
            ("+Meine Schwiegermutter, sonst eher streng, meinte nach dem ersten Stück: „Das schmeckt wie bei meiner "
             "Tante in Hamburg.“"),
        ],
        [
            "-Das Rezept geht unter dieser Anzeige weiter",
            "+Das brauchst du",
            "+Drei sehr reife Bananen, mit der Gabel zerdrückt.",
            "+Eine Handvoll grob gehackte Walnüsse.",
            "+Ein halber Teelöffel gemahlener Zimt.",
        ],
        [
            "+Lass das Brot in der Form abkühlen, bevor du es stürzt, sonst bricht es leicht.",
            "+In Folie gewickelt bleibt es drei Tage saftig.",
            "-Viel Spaß beim Nachbacken! Eure Wiebke",
        ],
        [
            "-3 Kommentare zu „Saftiges Bananenbrot mit Walnüssen und einem Hauch Zimt“",
            "-Anja: Schon zweimal gebacken, super Rezept!",
            "-Markus aus Kassel: Geht das auch mit Dinkelmehl?",
            "-↳ Wiebke: Danke Anja! Und ja, Markus, Dinkelmehl Type 630 klappt prima.",
        ],
        [
            "-Meine Backkurse für Anfänger in Bremen findest du unter „Kurse“ – die Plätze sind begrenzt.",
            "-© 2026 Ofenwiebke · Alle Rezepte und Fotos sind urheberrechtlich geschützt",
            "-Stolz präsentiert von WordPress · Theme: Neve",
        ],
    ]),
    _page("it", "it-portale-vallescabrina-gara-di-pesca", [
        [
            "-Cronaca · Sport · Eventi · Cultura · Lettere al direttore",
        ],
        [
            "-L'Eco di Vallescabrina – il giornale del lago",
            "-Pubblicità",
        ],
        [
            "-Home > Cronaca > Vallescabrina",
            "+Gara di pesca al lago: 58 iscritti e una carpa da otto chili per la festa di Vallescabrina",
            "-Tempo di lettura: 3 minuti",
        ],
        [
            "-Di Ottavio Lenzaroli",
            "-Domenica 12 luglio 2026, ore 18:30",
            "-I pescatori lungo la riva all'alba. Foto: L'Eco di Vallescabrina",
        ],
        [
            ("+Cinquantotto pescatori, tra adulti e ragazzi, si sono sistemati all'alba lungo la riva sud del lago "
             "per la gara di pesca."),
            ("+La gara è durata quattro ore e ogni pesce è stato pesato e poi rimesso in acqua, tranne le carpe più "
             "grandi."),
            "-Condividi: Facebook · WhatsApp · Telegram · Email",
        ],
        [
            "-Leggi anche: Riapre la spiaggetta libera dopo i lavori",
            "+Il presidente della società di pesca ha detto: «Non ricordo una carpa così grossa da almeno vent'anni.»",
        ],
        [
            "+Il regolamento della gara",
            "+Esca: ammessi solo mais e bigattini.",
            "-I più letti: Chiusa per frana la strada del passo",
            "+Postazione: estratta a sorte alle cinque del mattino.",
            "+Pesata: ogni pesce sulla bilancia della giuria, poi subito in acqua.",
        ],
        [
            "+Ha vinto un pensionato di Vallescabrina con la carpa da otto chili, pescata a dieci minuti dalla fine.",
            "+La società di pesca vuole organizzare una gara notturna a settembre.",
            "-Tag: gara di pesca, lago, Vallescabrina",
        ],
        [
            "-3 commenti",
            "-Franco_pesca: Complimenti al vincitore, che pazienza!",
            "-↳ Lucia B.: Mio nonno era lì, dice che la carpa ha tirato per venti minuti.",
            "-↳ Franco_pesca: Ci credo, otto chili non sono pochi.",
            "-Giorgio da Lecco: Peccato per il caldo, l'anno prossimo meglio a settembre!",
        ],
        [
            "-Iscriviti alla newsletter dell'Eco: ogni venerdì le notizie del lago",
            "-Chi siamo · Contatti · Redazione · Privacy · Cookie",
            "-© 2026 L'Eco di Vallescabrina – Riproduzione riservata",
        ],
    ]),
    _page("it", "it-blog-wok-e-basilico-pad-thai", [
        [
            "-Wok e Basilico – cucina asiatica fatta in casa",
            "-Home · Ricette · Asia · Chi sono · Contatti",
        ],
        [
            "-Home » Ricette » Thailandia",
            "+Pad thai fatto in casa, con tamarindo vero e gamberi",
            "-Pubblicato il 5 marzo 2026 da Rosalba",
        ],
        [
            "-Tempo di lettura: 6 minuti",
            ("-Questo post contiene link di affiliazione: se acquisti tramite questi link, ricevo una piccola "
             "commissione."),
        ],
        [
            ("+Il pad thai è stato il primo piatto thailandese che ho provato a Bangkok, e da allora cerco di "
             "rifarlo uguale a casa."),
            "-Il pad thai appena saltato nel wok.",
            ("+La differenza la fa la pasta di tamarindo: quella in barattolo va bene, ma quella fatta dal blocco è "
             "un'altra cosa."),
            "-Salva su Pinterest · Condividi su Facebook · Invia per email",
        ],
        [
            "-Indice",
            "-1. La salsa al tamarindo",
            "-2. Come saltare i noodles",
            "+Mio marito, che è cresciuto a Napoli, dopo il primo assaggio ha detto: «Questo lo voglio ogni domenica.»",
        ],
        [
            "-La ricetta continua dopo l'annuncio",
            "+Gli ingredienti",
            "+Duecento grammi di noodles di riso larghi.",
            "+Due cucchiai di pasta di tamarindo.",
            "+Una manciata di arachidi tostate e tritate.",
        ],
        [
            "+Servite subito, con spicchi di lime e germogli di soia freschi a parte.",
            "+Se avanzano, i noodles si induriscono in frigo, quindi meglio cucinarne solo quanto serve.",
            "-Buon appetito! Rosalba",
        ],
        [
            "-4 commenti su “Pad thai fatto in casa, con tamarindo vero e gamberi”",
            "-Chiara: Fatto ieri sera, buonissimo!",
            "-Marco T.: Dove trovi la pasta di tamarindo a Milano?",
            "-↳ Rosalba: Grazie Chiara! Marco, nei negozi di via Paolo Sarpi la trovi sempre.",
        ],
        [
            "-Tengo corsi di cucina thailandese nella mia cucina a Bologna: trovi le date nella pagina Corsi.",
            "-© 2026 Wok e Basilico – Tutti i diritti riservati",
            "-Realizzato con WordPress · Tema OceanWP",
        ],
    ]),
    _page("pl", "pl-portal-groszkowa-wola-strzelanie-groszkiem", [
        [
            "-Wiadomości · Sport · Kultura · Ogłoszenia · Listy od czytelników",
        ],
        [
            "-Głos Groszkowej Woli – gazeta gminy od 1991 roku",
            "-Reklama",
        ],
        [
            "-Strona główna › Wiadomości › Groszkowa Wola",
            "+Mistrzostwa w strzelaniu groszkiem: 47 zawodników i rekord celności w Groszkowej Woli",
            "-Czas czytania: 3 min",
        ],
        [
            "-Autor: Bożydar Łuskowski",
            "-12.07.2026, 17:45",
            "-Zawodnicy na linii strzału przed remizą. Fot. Bożydar Łuskowski",
        ],
        [
            ("+W sobotę przed remizą strażacką 47 zawodników stanęło do mistrzostw gminy w strzelaniu groszkiem z "
             "rurki."),
            "+Każdy miał pięć strzałów do tarczy z kartonu, ustawionej trzy metry od linii.",
            "-Udostępnij: Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-Czytaj też: Nowy chodnik przy szkole gotowy przed wrześniem",
            ("+Sędzia główna powiedziała: „Takiej celności u dzieci jeszcze nie widziałam, a sędziuję od dziesięciu "
             "lat.”"),
        ],
        [
            "+Zasady mistrzostw",
            "+Rurka: z plastiku, najwyżej trzydzieści centymetrów długości.",
            "-Najczęściej czytane: Remont drogi powiatowej potrwa do jesieni",
            "+Amunicja: suszony groszek łuskany, wydawany przez sędziów.",
            "+Punktacja: środek tarczy to dziesięć punktów, każdy kolejny pierścień o punkt mniej.",
        ],
        [
            "+Mistrzem gminy został dwunastoletni uczeń z Groszkowej Woli, który trafił w środek tarczy cztery razy.",
            "+Za rok organizatorzy chcą dodać konkurencję drużynową.",
            "-Tagi: Groszkowa Wola, mistrzostwa, strzelanie groszkiem",
        ],
        [
            "-4 komentarze",
            "-Krysia_z_pola: Brawo dla młodego mistrza!",
            "-↳ Tadek: To mój sąsiad, ćwiczył całe wakacje na puszkach.",
            "-↳ Krysia_z_pola: Widać było!",
            "-Gość_2231: A gdzie zdjęcia z konkursu dla dorosłych?",
        ],
        [
            "-Zapisz się do newslettera Głosu i czytaj nas co piątek",
            "-O nas · Kontakt · Regulamin · Polityka prywatności",
            "-© 2026 Głos Groszkowej Woli. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    _page("pl", "pl-blog-garnek-u-zuzy-ryz-jollof", [
        [
            "-Garnek u Zuzy – kuchnie świata w polskim garnku",
            "-Start · Przepisy · Afryka · O mnie · Kontakt",
        ],
        [
            "-Start » Przepisy » Afryka Zachodnia",
            "+Ryż jollof po nigeryjsku, z wędzoną papryką i liściem laurowym",
            "-Opublikowano 14 kwietnia 2026 przez Zuzę",
        ],
        [
            "-Czas czytania: 5 min",
            "-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.",
        ],
        [
            "+Ryż jollof poznałam dzięki koleżance z Lagos, z którą mieszkałam na studiach w Krakowie.",
            "-Ryż jollof prosto z garnka.",
            ("+Najważniejsza jest baza z pieczonej papryki, pomidorów i cebuli, którą trzeba długo smażyć, aż "
             "zgęstnieje."),
            "-Zapisz na Pintereście · Udostępnij na Facebooku · Wyślij mailem",
        ],
        [
            "-Spis treści",
            "-1. Baza z papryki",
            "-2. Gotowanie ryżu",
            "+Moja koleżanka spróbowała i powiedziała: „Prawie jak u mojej mamy, tylko dodaj więcej pieprzu.”",
        ],
        [
            "-Przepis poniżej reklamy",
            "+Składniki",
            "+Dwie szklanki ryżu długoziarnistego, dobrze wypłukanego.",
            "+Trzy czerwone papryki upieczone w piekarniku.",
            "+Łyżeczka wędzonej papryki i dwa liście laurowe.",
        ],
        [
            "+Ryż najlepiej dusić pod przykryciem na małym ogniu, a na końcu lekko go przypalić przy dnie.",
            "+Podawaj z pieczonym kurczakiem albo smażonymi plantanami.",
            "-Smacznego! Zuza",
        ],
        [
            "-3 komentarze do „Ryż jollof po nigeryjsku, z wędzoną papryką i liściem laurowym”",
            "-Agata: Zrobiłam na urodziny męża, wszyscy prosili o przepis!",
            "-Michał z Gdyni: Czy można użyć ryżu basmati?",
            "-↳ Zuza: Dziękuję, Agata! Michał, basmati się rozklei, lepiej weź parboiled.",
        ],
        [
            "-Prowadzę warsztaty kuchni zachodnioafrykańskiej w Łodzi – zapisy w zakładce Warsztaty.",
            "-© 2026 Garnek u Zuzy. Kopiowanie przepisów bez zgody zabronione.",
            "-Blog na WordPressie · Motyw: Blocksy",
        ],
    ]),
    _page("ru", "ru-portal-burenkin-log-korovye-bingo", [
        [
            "-Новости · Спорт · Культура · Объявления · Письма читателей",
        ],
        [
            "-Вестник Бурёнкина Лога — газета нашего села",
            "-Реклама",
        ],
        [
            "-Главная › Новости › Бурёнкин Лог",
            "+Коровье бинго в Бурёнкином Логу: 200 билетов и 60 тысяч рублей на ремонт школьной крыши",
            "-3 мин на чтение",
        ],
        [
            "-Агриппина Сенокосова",
            "-19 июля 2026, 16:10",
            "-Корова Зорька на поле для бинго. Фото: редакция",
        ],
        [
            ("+В субботу на школьном стадионе прошло коровье бинго: поле разметили на сто клеток и выпустили на него "
             "корову Зорьку."),
            "+Каждый билет стоил 300 рублей, а выигрывала та клетка, на которой корова первой оставит лепёшку.",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "-Читайте также: В селе открылся новый фельдшерский пункт",
            "+Директор школы сказала: «Крыша течёт уже третий год, и теперь у нас наконец есть деньги на материалы».",
        ],
        [
            "+Как проходила игра",
            "+Клетки: сто квадратов по два метра, каждый со своим номером.",
            "-Самое читаемое: Автобус до райцентра будет ходить чаще",
            "+Билеты: их продавали родительский комитет и учителя.",
            "+Выигрыш: хозяин клетки получал половину суммы, вторая половина шла на крышу.",
        ],
        [
            "+Зорька думала почти сорок минут и выбрала клетку номер 57, которую купила пенсионерка с соседней улицы.",
            "+Свой выигрыш она тоже отдала на ремонт крыши.",
            "-Теги: Бурёнкин Лог, школа, коровье бинго",
        ],
        [
            "-Комментарии (3)",
            "-Нина Петровна: Молодцы, хорошая идея!",
            "-↳ Саша_агроном: Зорьке надо медаль дать.",
            "-↳ Нина Петровна: И сена побольше!",
            "-Гость: А когда начнут ремонт?",
        ],
        [
            "-Подпишитесь на наш канал в Telegram, чтобы не пропускать новости села",
            "-О газете · Контакты · Вакансии · Политика конфиденциальности",
            "-© 2026 Вестник Бурёнкина Лога. Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-pchyolkin-protiven-medovik", [
        [
            "-Пчёлкин противень — домашняя выпечка без спешки",
            "-Главная · Рецепты · Торты · Обо мне · Контакты",
        ],
        [
            "-Главная » Рецепты » Торты",
            "+Медовик, как у бабушки: восемь коржей и сметанный крем",
            "-Опубликовано 2 ноября 2026, автор: Таисия",
        ],
        [
            "-Время чтения: 7 минут",
            "-Некоторые ссылки в этой записи партнёрские: покупая по ним, вы поддерживаете блог.",
        ],
        [
            "+Медовик я пеку каждый Новый год, и рецепт этот достался мне от бабушки, которая держала пчёл под Тулой.",
            "-Готовый медовик на деревянной доске.",
            "+Главное — заварить тесто на водяной бане, пока мёд с маслом не станут пышной светлой массой.",
            "-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить в Telegram",
        ],
        [
            "-Содержание",
            "-1. Тесто на водяной бане",
            "-2. Сметанный крем",
            ("+Моя подруга, которая терпеть не может сладкое, съела два куска и сказала: «Вот этот торт я бы ела "
             "каждый день»."),
        ],
        [
            "-Рецепт продолжится после рекламы",
            "+Что понадобится",
            "+Три столовые ложки жидкого мёда.",
            "+Полкилограмма сметаны жирностью не меньше двадцати процентов.",
            "+Чайная ложка соды.",
        ],
        [
            "+Собранному торту нужно постоять в холодильнике хотя бы двенадцать часов, чтобы коржи пропитались.",
            "+В холодильнике медовик хранится до пяти дней.",
            "-Приятного чаепития! Ваша Таисия",
        ],
        [
            "-3 комментария к записи «Медовик, как у бабушки: восемь коржей и сметанный крем»",
            "-Ольга: Пекла по вашему рецепту, получилось с первого раза!",
            "-Дмитрий из Казани: А можно заменить сметану на сливки?",
            "-↳ Таисия: Спасибо, Ольга! Дмитрий, можно, но крем будет слаще.",
        ],
        [
            "-Провожу мастер-классы по медовику у себя на кухне в Туле — запись в разделе «Мастер-классы».",
            "-© 2026 Пчёлкин противень. Копирование рецептов без ссылки запрещено.",
            "-Сделано на WordPress · Тема: Twenty Twenty-Four",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-grated-carrot-diaries-carrot-cake":
        ("the carrot-cake blog's post keeps the photo caption ('The finished cake on my mum's old cake stand.') "
         "between the first and second paragraphs in their block (1 of 20 noise lines); no article line is lost"),
    "fr-blog-crumble-de-clementine-crumble-pommes":
        ("the crumble blog's post keeps the photo caption ('Le crumble tout juste sorti du four.') between the first "
         "and second paragraphs in their block (1 of 20 noise lines); no article line is lost"),
    "de-blog-ofenwiebke-bananenbrot":
        ("the banana-bread blog's post keeps the photo caption ('Das Bananenbrot noch in der Kastenform.') between "
         "the first and second paragraphs in their block (1 of 20 noise lines); no article line is lost"),
    "it-blog-wok-e-basilico-pad-thai":
        ("the pad-thai blog's post keeps the photo caption ('Il pad thai appena saltato nel wok.') between the first "
         'and second paragraphs in their block (1 of 20 noise lines); no article line is lost'),
    "pl-blog-garnek-u-zuzy-ryz-jollof":
        ("the jollof blog's post keeps the photo caption ('Ryż jollof prosto z garnka.') between the first and "
         "second paragraphs in their block (1 of 20 noise lines); no article line is lost"),
    "ru-blog-pchyolkin-protiven-medovik":
        ("the medovik blog's post keeps the photo caption ('Готовый медовик на деревянной доске.') between the "
         'first and second paragraphs in their block (1 of 20 noise lines); no article line is lost'),
}

test_held_out_206_line, test_held_out_206_line_is_kept, test_held_out_206_page = held_out_tests(
    HELD_OUT_206_LINES, HELD_OUT_206_KEEP, HELD_OUT_206_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
