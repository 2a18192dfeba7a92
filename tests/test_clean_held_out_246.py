"""Held-out set 246: written blind, weighted toward the noise the cleaner exists for, in shapes set 244's docstring does
not name (nor the first paragraphs of sets 241, 242 and 243): scraper, embed and ad markers, all in the body (an English
Datawrapper chart that failed to load, with a view-the-data-as-a-table hint "Datawrapper chart failed to load. Reload
the page or view the data as a table.", an English Vimeo video behind a password "This Vimeo video is password
protected. Enter the password to watch.", an English Mixcloud show for paying Select subscribers only "Mixcloud show
unavailable: this upload is for Select subscribers only.", a French franceinfo video that can no longer be played
because it expired "Vidéo franceinfo : lecture impossible, ce contenu a expiré.", a German here-is-an-Instagram-post
placeholder with a tap-load-content hint "Hier steht ein Instagram-Beitrag. Zum Einblenden bitte auf „Inhalt laden“
tippen.", an Italian Mediaset Infinity video for registered users only "Il video di Mediaset Infinity è disponibile solo
per gli utenti registrati.", a Polish Survio poll that has expired and takes no more votes "Ankieta Survio wygasła i nie
przyjmuje już głosów." and a Russian Yandex map that did not load, with a check-your-connection hint "Карта Яндекса не
загрузилась: проверьте подключение к интернету."); reading-time headers in new wordings, all at the head (the English
approx.-reading-time label "Approx. reading time: 4 minutes", a blog's this-post-takes-around line "This post takes
around 7 minutes to read", the French you-will-need (il vous faudra) line "Il vous faudra 4 minutes pour lire cet
article", the German estimated-reading-duration (geschätzte Lesedauer) label "Geschätzte Lesedauer: 4 Minuten", the
Italian a-read-of (lettura da) label "Lettura da 4 minuti", the Polish you-will-read-it-in (przeczytasz w) line
"Przeczytasz w 4 minuty" and the Russian read-for (читать) label "Читать 4 минуты"); bylines and self-promotion (an
English story-by and pictures-by byline "Story by Wilmot Kegbarrow | Pictures by Dora Stavecroft", an English nameless
from-our-correspondent byline "From our correspondent in Hoopwick", a German from-our-contributor (von unserer
Mitarbeiterin) byline "Von unserer Mitarbeiterin Hiltrud Daubeneck" and a Russian prepared-by (материал подготовила)
byline "Материал подготовила Ефросинья Клёпкодубова", all at the head; and an English Depop plug for the author's old
race kit "My old race kit is for sale on my Depop – all washed, mostly.", a French Leboncoin plug for the author's
prints, hand-delivered in Avranches "Mes tirages de la baie sont en vente sur Leboncoin, remise en main propre à
Avranches.", an Italian buy-me-a-coffee-on-Ko-fi plug "Se ti è piaciuto il post, offrimi un caffè su Ko-fi!" and a
Polish OLX plug for the author's mud-glazed mugs "Moje błotne kubki ceramiczne zamówisz na OLX – wysyłka w całej
Polsce.", all at the foot); blog and site footers, all at the foot (an English Ghost credit with the Casper theme
"Powered by Ghost · Theme: Casper", an English IMPRESS regulation line "Regulated by IMPRESS, the independent monitor
for the press.", an English SiteGround hosting line with the terms and sitemap links "Site hosted by SiteGround · Terms
of use · Sitemap", a French Over-blog credit with the terms-of-use link "Propulsé par Over-blog · Conditions générales
d'utilisation", a German an-offer-of (ein Angebot der) publisher line with the terms and accessibility links "Ein
Angebot der Spundheim Medien GmbH & Co. KG · AGB · Barrierefreiheit", an Italian VAT-number (P.IVA) line with all rights
reserved "P.IVA 01234567890 · Tutti i diritti riservati", a Polish powered-by-Blogger (napędzane przez) credit with the
privacy link "Napędzane przez Blogger · Polityka prywatności" and a Russian made-on-Tilda credit with the user-agreement
link "Сделано на Tilda · Пользовательское соглашение"); reader-comment furniture, all at the foot (an English
sign-in-with-Google-or-Apple prompt "Sign in with Google or Apple to join the conversation.", the English WordPress
awaiting-moderation preview note "Your comment is awaiting moderation. This is a preview; your comment will be visible
after it has been approved.", an English vote-report-permalink row "Upvote · Downvote · Report · Permalink", a French
N-web-users-reacted count "3 internautes ont réagi à cet article", a German forum row to report, answer or quote a post
"Beitrag melden · Antworten · Zitieren", an Italian this-comment-was-flagged-and-awaits-review stub "Questo commento è
stato segnalato ed è in attesa di revisione.", a Polish sort row (newest, oldest, highest rated) "Najnowsze · Najstarsze
· Najwyżej oceniane" and a Russian comments-are-moderated-and-insults-removed note "Комментарии модерируются. Сообщения
с оскорблениями будут удалены."); share rows, all at the foot (a French send-by-e-mail, print and share-on-LinkedIn row
"Envoyer par e-mail · Imprimer · Partager sur LinkedIn", a German share-now-on (jetzt teilen auf) row with Xing "Jetzt
teilen auf: Facebook · X · Xing" and a Polish recommend-the-article (poleć artykuł) row with LinkedIn "Poleć artykuł:
Facebook · X · LinkedIn"); and notices (an English correction note on a wrong year "Correction: an earlier version of
this article gave the wrong year for the first match." and an Italian notice that minors' names were left out for
privacy "Avviso: per ragioni di privacy i nomi dei minori sono stati omessi.", both in the body; and the Russian
the-author's-opinion-may-differ-from-the-editors' disclaimer "Мнение автора может не совпадать с позицией редакции.", at
the foot); and twenty keep lines, article sentences that look a little like noise ("Commentators from the parish radio
lost sight of the bottle for twenty minutes in the brook.", "Shared between the two villages, the hare pie was cut on
the rectory steps before the first kick.", "Follow-up scans at the cottage hospital showed only bruises, the organisers
said on Tuesday.", "Advertising the race as a fun run, the organisers still warned entrants that the mud reaches the
thigh.", "Subscribing to the old rules, the referee refused to let either side use a ladder over the hedge.", "Copyright
in the match photographs was handed to the village archive by the late postmaster.", "Reading the tide tables wrong, two
runners set off ten minutes early and had to wade back.", "Commentée au mégaphone par le curé, la partie a duré plus de
trois heures.", "Partagé en parts égales, le pâté de lièvre a nourri les deux camps après le match.", "Suivre le
tonnelet dans la mêlée relevait de l'exploit, même depuis le pont.", "Kommentiert hat das Spiel ein pensionierter Lehrer
von der Kirchenmauer aus.", "Abonnentin der Zeitung seit fünfzig Jahren, feuerte die älteste Zuschauerin beide Seiten
an.", "Geteilt wurde das Freibier am Ende gerecht zwischen beiden Dörfern.", "Commentando la vittoria, il capitano ha
ringraziato il fango del torrente.", "Seguita da oltre mille persone, la corsa nel fango è finita con la bassa marea.",
"Condiviso tra i due paesi, il pasticcio di lepre è stato tagliato sul sagrato.", "Komentatorem meczu był emerytowany
organista, który stał na murku przy moście.", "Udostępniona przez rybaków łódź czekała na biegaczy na środku zatoki.",
"Комментируя исход матча, староста пообещал новый бочонок к следующему году." and "Поделились пирогом обе деревни, как и
двести лет назад."); and toward whole scraped news and hobby-blog pages in layouts set 244's docstring does not describe
(on the six portal pages, in eight blocks, a date-and-weather strip, the masthead with its tagline and the section menu
in a block of three at the very top, the strip first; the title second in a block of four, under a breadcrumb and above
the byline with the date and time (one line) and a bare reading time; the first and second paragraphs at the first and
third places of a block of four, with the lead photo's caption and its credit (one line) between them and a share row
closing the block; the paragraph with the quote in the middle of a block of three, between a read-also link and a bare
advertisement label (Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама); the subheading and the three rows
with a sponsored headline between the second and third rows, inside the list block (a block of five, the headline
fourth); the two last paragraphs at the two ends of a block of four, with a newsletter prompt and a tags line between
them; a thread of five lines alone in a block (a comment count, a reader's comment, a second reader's arrowed reply to
it, a third reader's comment and the first reader's arrowed reply to the third); and at the foot the publisher's
copyright line with its links in one line and a get-our-app prompt (App Store and Google Play; App Store and RuStore on
the Russian page), in a block of two; on the six blog pages, in nine blocks, a skip-to-content link, the blog name with
its tagline and the menu in a block of three at the very top; the title second in a block of four, under a category
label and above the posted-on-by line (with the comment count) and a bare reading time; the first and second paragraphs
at the second and fourth places of a block of four, with a table of contents (its heading and three numbered entries in
one line) opening the block and the opening photo's caption between them; the paragraph with the quote alone in a block
of one; the subheading and the three rows with an affiliate link to the gaffer tape the author taped her shoes with (on
Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) between the first and second rows and an action
photo's caption closing the list block (a block of six, the link third and the caption last); the two last paragraphs at
the first and third places of a block of four, with a share row between them and the author's sign-off closing the
block; a subscribe-by-email prompt and a you-may-also-like line with two post titles alone in a block of two; a thread
of five lines alone in a block (a thoughts-on, replies or comments heading with its count quoting the post's title, the
sister's comment, the author's arrowed reply to her, a stranger's comment and the sister's arrowed reply to him); and at
the foot the author's copyright line with the theme and platform credit in one line, alone in a block of one), taken
from local news of an Easter Monday bottle-kicking match between two villages (the home village winning for the first
time in nine years, two bottles to one, some 400 players and more than 2,000 spectators following three small oak casks
across about a mile of fields between two brooks that serve as goals, the referee's quote, a retired blacksmith throwing
up the first bottle for the 30th time, that there is one rule: no weapons, and the bottle never stops, the hare pie
handed out at the rectory at 13.00, the first bottle thrown up on the hill at 15.00 and the last bottle over the brook
at 18.40, the deciding bottle carried over the rival village's brook by a 19-year-old apprentice thatcher or roofer
after a scrum of almost two hours, one broken collarbone and the beer of the two full bottles shared at the market cross
before dark) in six pairs of invented villages, and from six hobby blogs of young women on their first mud race across
an estuary at low tide (talked into it by a sister whose photos of it she had laughed at two years running, at Maldon on
the Blackwater, Le Crotoy in the bay of the Somme, Otterndorf at the mouth of the Elbe, the Sacca di Goro at the mouth
of the Po, Mikoszewo at the mouth of the Vistula and Sestroretsk at the mouth of the Sestra, about 400 metres across the
river bed and back with mud to the thighs in the middle, the marshal's quote at the briefing not to stop, not to stand
still and, if you sink, to lie flat and swim, registration and shoe taping at 10.00, a fancy-dress parade along the sea
wall or dyke at 11.30 and the start at 12.45 just before low water, a shoe lost after fifty metres, the last stretch
crawled, 212th of 300 in 18 minutes 40 seconds, 260 pounds, euros or złoty (26 thousand roubles on the Russian blog)
raised for the lifeboat or sea rescue crew, matching wetsuits with the sister next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 244 but what is named here), held-out set 245 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 244 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 241, 242 and 243, printed with one ast script
(/tmp/s246scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s246scratch/insp.py, with /tmp/wt-s246/src and /tmp/wt-s246/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s246 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 244's as printed, with 244 -> 246; /tmp/s246scratch/gen246.py writes this file
from scratch files (data246.py with the noise and keep lines, pages246.py with the pages as fields and the two layouts
that turn them into blocks, doc/*.txt with the docstring paragraphs and, after the measurement, tables246.py with the
xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s246, detached at commit 96d487407e2f00c1c893f9c501dcf6ff9a12c08e, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 22:46:20 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 22:46:22 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 96d487407e2f00c1c893f9c501dcf6ff9a12c08e (main was at the brief's commit); both worktrees were made at
that commit with ``git worktree add``, output to /dev/null, both exit codes 0, and ``git rev-parse HEAD`` in each
printed that commit; /work/main was not touched afterwards. (2) read_allowed.py first printed to the terminal, which the
tool cut in the middle (it showed set 241's first paragraph and the start of 242's, then from inside set 244's Judgement
calls on, set 244's Contents and Baseline paragraphs, its imports and its tail); the second run went to
/tmp/s246scratch/allowed.txt (only the allowed parts), which I paged with ``sed -n`` on that output file, never on a
file of the repository; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import (and gen246.py's import of the written file, to compare it with the scratch data) loads the cleaner's modules,
but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out
marker here is named for a marker in them (Datawrapper, Vimeo, Mixcloud, franceinfo, Instagram, Mediaset Infinity,
Survio and Yandex Maps are new; the failures are worded anew: a chart that failed to load with a view-as-table hint, a
password-protected video, a show for paying subscribers, an expired video, a here-is-a-post placeholder with a
tap-to-load hint, a video for registered users, an expired poll, a map that did not load with a check-your-connection
hint); the reading times avoid the phrasings named there (the new ones are "Approx. reading time", "This post takes
around ... to read", "Il vous faudra ... pour lire", "Geschätzte Lesedauer", "Lettura da", "Przeczytasz w" and "Читать
... минуты"); the bylines are of new shapes (story by with pictures by, from our correspondent in, "Von unserer
Mitarbeiterin", "Материал подготовила") and the plugs name platforms not named there (Depop, Leboncoin, Ko-fi, OLX); the
footers use builders, hosts and legal lines not named there (Ghost with Casper, an IMPRESS regulation line, SiteGround,
Over-blog, a German an-offer-of publisher line, an Italian VAT-number line, Blogger, Tilda); the comment lines (a
sign-in-with-Google-or-Apple prompt, the awaiting-moderation preview note, a vote-report-permalink row, a reacted count,
a forum report-answer-quote row, a flagged-comment stub, a sort row, a moderation note), the share rows (send by e-mail,
print and share on LinkedIn; jetzt teilen auf with Xing; poleć artykuł) and the notices (an English correction and an
Italian minors'-names notice in the body, a Russian opinion disclaimer at the foot) are of kinds not named there. The
VAT number 01234567890 was made up and not checked. The page furniture (mastheads, menus, captions, ad labels and the
like) is of the ordinary kinds the brief lists; the layouts differ from those of set 244 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Stavebourne, Hoopwick, Kegbarrow, Stavecroft, "Squelchy Nell", Barriquelles, Douvelay, Fûtaillon, "La Vase et
Moi", Daubenried, Spundheim, Daubeneck, "Knietief im Watt", "Botticella Alta", "Barilotto di Sotto", Bariloni, "La
Corritrice nel Fango", Beczkowice, Klepkowo, Klepkówna, "Błotna Bieganina", Бочкопинск, Клёпкодубов and "По колено в
иле". Dropped for hits: Tonnelou (inside code identifiers such as TonnelOut), Fiaschetto (a real club, restaurant and
tomato name), Doghini (inside a developer's name), "Fango fino alle Ginocchia" and "Po Kolana w Mule" (phrases in
stories and game texts). "Squelchy" alone is a common word with hits; the blog name "Squelchy Nell" has none. "The
Stavebourne Clarion", "L'Éveil de Barriquelles", "Spundheimer Bote", "Spundheim Medien", "La Voce di Botticella",
"Kurier Beczkowicki" and «Вести Бочкопинска» are formed from checked names; the first names of the bloggers (Nell,
Camille, Lena, Giulia, Ola, Настя), their sisters and the commenters (first names with an initial) were not checked.
Real services, platforms, shops and institutions (Datawrapper, Vimeo, Mixcloud, franceinfo, Instagram, Mediaset
Infinity, Survio, Yandex, Depop, Leboncoin, Ko-fi, OLX, Ghost, Casper, IMPRESS, SiteGround, Over-blog, Blogger, Tilda,
Google, Apple, WordPress, Kadence, LinkedIn, Facebook, X, Xing, WhatsApp, Pinterest, ВКонтакте, Одноклассники, Telegram,
Amazon, Allegro, Ozon, App Store, Google Play and RuStore) and real places (Maldon and the Blackwater, Le Crotoy and the
Somme, Avranches, Otterndorf and the Elbe, the Sacca di Goro and the Po, Mikoszewo and the Vistula, Sestroretsk and the
Sestra) are named as real pages do. (6) A script (/tmp/s246scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats, and that
no line holds an at-sign or stray white space; it also printed the counts by category, language and place, and the
pages' counts of article and noise lines (10 and 20 each). While writing I had already changed the German portal's menu
entry "Traueranzeigen" to "Trauer" (it would have held the page's bare advertisement label) and replaced a Polish keep
line I had typed by mistake with the Russian head keep line; the first run then found one case: the German held-out
marker's "Zum Anzeigen" held the German portal's label "Anzeige", so the marker became "Zum Einblenden bitte auf „Inhalt
laden“ tippen."; the second run found nothing wrong, and the counts match the Contents paragraph. gen246.py checks that
no line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds its
lists, pages and tables equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell
call at 22:52:46 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and
these notes (7) to (9) (the measured copy is kept as /tmp/s246scratch/pre_measure_copy.py); pytest printed 16 failed, 61
passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s246scratch, importing the
copy in /tmp/wt-s246/tests with /tmp/wt-s246/src on the path) then printed ``_problems`` of each failing case: the five
lines and the eleven pages of the tables; every problem of a line and of a page is that a noise line is kept ("kept
boilerplate"): 5 held-out lines and 19 page noise lines; no keep line and no article line is lost, and no problem of
another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed.
(8) The tables were written from that output (/tmp/s246scratch/mktables.py writes tables246.py from the saved
problems.json, which gen246.py puts into this file); mktables.py checks that every problem is a kept line and matches
each printed snippet to exactly one line of its page, which the reason quotes in full with where it sits and the count
the report counts left; the reason of each line quotes it and says where it was put; the keys of the tables are exactly
the failing lines and pages of that output; the lists and pages of the final file were imported back and found equal to
the scratch data, and the final file was checked with the pytest command in /tmp/wt-s246 (see the Baseline paragraph).
(9) Clock: ``date`` printed 22:46:20 at the start, 22:52:46 at the measurement, 22:53:12 just before the problems were
printed and 22:53:18 after; the tables, the Baseline paragraph and these notes followed, and the commit within minutes,
well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the bottle-kicking match and the mud race
that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story, so
article ("Commentators from the parish radio", "Commentée au mégaphone", "Kommentiert hat das Spiel", "Commentando la
vittoria", "Komentatorem meczu" and "Комментируя исход матча" open like comment furniture but tell of radio commentators
who lost the bottle, a priest with a megaphone, a retired teacher on the church wall, a captain's thanks, an organist on
the bridge wall and a village head's promise; "Shared between the two villages", "Partagé en parts égales", "Geteilt
wurde das Freibier", "Condiviso tra i due paesi", "Udostępniona przez rybaków" and "Поделились пирогом" open like share
rows but tell where the pie, the beer and a fishermen's boat went; "Follow-up scans" and "Suivre le tonnelet" open like
follow prompts but tell of hospital scans and of a bottle lost in the scrum; "Subscribing to the old rules" and
"Abonnentin der Zeitung seit fünfzig Jahren" open like subscribe prompts but tell of a referee's strictness and the
oldest spectator; "Copyright in the match photographs" opens like a copyright line but tells where the photographs went;
"Advertising the race as a fun run" opens like an advertisement label but tells of the organisers' warning; "Reading the
tide tables wrong" opens like a reading time but tells of two runners who started early; "Seguita da oltre mille
persone" opens like a follow count but tells how the race ended). Borderline categories: the four plugs (Depop,
Leboncoin, Ko-fi, OLX) are bylines and self-promotion, at the foot, since each promotes the author's own things or asks
for support in the author's voice; the from-our-correspondent line is a byline though it names a place, not a person;
the eight embed lines are markers (what an embed leaves in the text when it does not show), though the German
placeholder and the Russian map line read as sentences; the IMPRESS regulation line, the German an-offer-of publisher
line and the Italian VAT-number line are footers (legal lines of the site or the publisher, not of the article), and so
are the Ghost, SiteGround, Over-blog, Blogger and Tilda credits; the sign-in prompt, the awaiting-moderation note, the
vote-report row, the French reacted count, the German report-answer-quote row, the Italian flagged-comment stub, the
Polish sort row and the Russian moderation note are comment furniture, since they sit over, in or under the comments and
speak only of commenting; the English correction and the Italian minors'-names notice are notices in the body (both
speak of the article they sit in), and the Russian opinion disclaimer is a notice at the foot. On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (date-and-weather strips, mastheads and blog names with taglines,
skip-to-content links, menus, breadcrumbs, category labels, bylines and posted-on lines, reading times, captions and
photo credits, share rows, read-also links, advertisement labels, sponsored headlines, newsletter and subscribe prompts,
tags lines, tables of contents, affiliate links, sign-offs, you-may-also-like lines, comment counts and comments
headings, comments and replies, copyright lines and get-our-app prompts) is noise. The list rows (the hare pie, the
first bottle and the last bottle on the portals; registration, the parade and the start on the blogs) are short but part
of each article, so article; the list headings ("How the day went", "How my race went" and the like) are the articles'
subheadings, so article; the portals' sponsored headlines are noise though they sit between the second and third rows,
and the blogs' affiliate links and action photo captions are noise though they sit inside the list block; the arrowed
replies, the first reader's own on the portals and the sister's and the author's own on the blogs, are comment
furniture, so noise; the blogs' paragraph with the quote stands alone in its block and is article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, German and Polish and notice in English, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: English and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-stavebourne-easter-bottle-kicking
(Stavebourne beating Hoopwick at the Easter Monday bottle-kicking, in The Stavebourne Clarion),
en-blog-squelchy-nell-first-mud-race (Nell's first mud race across the Blackwater at Maldon, 212th of 300),
fr-portail-barriquelles-match-du-tonnelet (Barriquelles beating Douvelay at the Easter match of the tonnelet, in L'Éveil
de Barriquelles), fr-blog-la-vase-et-moi-premiere-course-dans-la-vase (Camille's first mud race in the bay of the Somme
at Le Crotoy), de-portal-spundheim-osterfaesschen-treten (Spundheim beating Daubenried at the Easter keg kicking
(Osterfässchen-Treten), in the Spundheimer Bote), de-blog-knietief-im-watt-erster-schlammlauf (Lena's first mud race
(Schlammlauf) at the mouth of the Elbe at Otterndorf), it-portale-botticella-sfida-dei-barilotti (Botticella Alta
beating Barilotto di Sotto at the Easter Monday barilotti match, in La Voce di Botticella),
it-blog-la-corritrice-nel-fango-prima-corsa (Giulia's first mud race at the Sacca di Goro at the mouth of the Po),
pl-portal-beczkowice-kopanie-beczulki (Beczkowice beating Klepkowo at the Easter keg kicking (kopanie beczułki), in the
Kurier Beczkowicki), pl-blog-blotna-bieganina-pierwszy-bieg-w-blocie (Ola's first mud race at Mikoszewo at the mouth of
the Vistula), ru-portal-bochkopinsk-match-za-bochonok (Бочкопинск beating Клёпкодубово at the Easter match for the keg
(бочонок), in «Вести Бочкопинска»), ru-blog-po-koleno-v-ile-pervyj-zabeg-po-gryazi (Настя's first mud race at
Sestroretsk at the mouth of the Sestra), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 96d487407e2f00c1c893f9c501dcf6ff9a12c08e, measured with ``cd /tmp/wt-s246 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s246/src python -m pytest -q tests/test_clean_held_out_246.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s246 && PYTHONPATH=/tmp/wt-s246/src python
scripts/clean_held_out_report.py --sets 246``, with the xfail tables empty, at 22:52:46 UTC by ``date``): noise lines
removed 40/45 (marker 6/8, reading-time 7/7, byline 8/8, footer 7/8, comments 7/8, share 3/3, notice 2/3; the 5 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: in the body two markers (the French franceinfo video that
expired and the Polish Survio poll that expired) and the Italian minors'-names privacy notice; and at the foot the
English IMPRESS regulation footer and the Russian comments-are-moderated note; every reading time, byline and plug,
share row, the other markers, footers and comment lines and the English and Russian notices went); keep lines kept
20/20; pages 1/12 clean (the French portal page), 19 of 240 page noise lines left and 0 of 120 article lines lost. Left:
on all six blogs the opening photo's caption between the first and second paragraphs and the action photo's caption
closing the list block (2 each); on the English and Russian portals the lead photo's caption with its credit between the
first and second paragraphs and the newsletter prompt between the two last paragraphs (2 each); on the German, Italian
and Polish portals the newsletter prompt (1 each); the French portal keeps none. No page and no keep line loses an
article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s246 gave
61 passed, 16 xfailed, no XPASS.

Measured after round 145 (2026-12-07, lead; the writers of sets 245 and 246 worked beside round 145 from 96d4874, main
with round 144 and the same cleaner; round 145 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 241 243 244 245 246``
and the set's pytest file): noise lines removed 40/45 (unchanged), keep lines kept 20/20, pages 1/12 clean, 17 of 240
page noise lines left (was 19), 0 of 120 article lines lost (the English and Russian portals' credited captions). The
pages' reasons were reworded to what they still keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_246_LINES: list[tuple[str, str, str]] = [
    ('body', 'Datawrapper chart failed to load. Reload the page or view the data as a table.', 'marker'),
    ('body', 'This Vimeo video is password protected. Enter the password to watch.', 'marker'),
    ('body', 'Mixcloud show unavailable: this upload is for Select subscribers only.', 'marker'),
    ('body', 'Vidéo franceinfo : lecture impossible, ce contenu a expiré.', 'marker'),
    ('body', 'Hier steht ein Instagram-Beitrag. Zum Einblenden bitte auf „Inhalt laden“ tippen.', 'marker'),
    ('body', 'Il video di Mediaset Infinity è disponibile solo per gli utenti registrati.', 'marker'),
    ('body', 'Ankieta Survio wygasła i nie przyjmuje już głosów.', 'marker'),
    ('body', 'Карта Яндекса не загрузилась: проверьте подключение к интернету.', 'marker'),
    ('head', 'Approx. reading time: 4 minutes', 'reading-time'),
    ('head', 'This post takes around 7 minutes to read', 'reading-time'),
    ('head', 'Il vous faudra 4 minutes pour lire cet article', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 4 Minuten', 'reading-time'),
    ('head', 'Lettura da 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Читать 4 минуты', 'reading-time'),
    ('head', 'Story by Wilmot Kegbarrow | Pictures by Dora Stavecroft', 'byline'),
    ('head', 'From our correspondent in Hoopwick', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Hiltrud Daubeneck', 'byline'),
    ('head', 'Материал подготовила Ефросинья Клёпкодубова', 'byline'),
    ('tail', 'My old race kit is for sale on my Depop – all washed, mostly.', 'byline'),
    ('tail', 'Mes tirages de la baie sont en vente sur Leboncoin, remise en main propre à Avranches.', 'byline'),
    ('tail', 'Se ti è piaciuto il post, offrimi un caffè su Ko-fi!', 'byline'),
    ('tail', 'Moje błotne kubki ceramiczne zamówisz na OLX – wysyłka w całej Polsce.', 'byline'),
    ('tail', 'Powered by Ghost · Theme: Casper', 'footer'),
    ('tail', 'Regulated by IMPRESS, the independent monitor for the press.', 'footer'),
    ('tail', 'Site hosted by SiteGround · Terms of use · Sitemap', 'footer'),
    ('tail', "Propulsé par Over-blog · Conditions générales d'utilisation", 'footer'),
    ('tail', 'Ein Angebot der Spundheim Medien GmbH & Co. KG · AGB · Barrierefreiheit', 'footer'),
    ('tail', 'P.IVA 01234567890 · Tutti i diritti riservati', 'footer'),
    ('tail', 'Napędzane przez Blogger · Polityka prywatności', 'footer'),
    ('tail', 'Сделано на Tilda · Пользовательское соглашение', 'footer'),
    ('tail', 'Sign in with Google or Apple to join the conversation.', 'comments'),
    ('tail',
     'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
     'comments'),
    ('tail', 'Upvote · Downvote · Report · Permalink', 'comments'),
    ('tail', '3 internautes ont réagi à cet article', 'comments'),
    ('tail', 'Beitrag melden · Antworten · Zitieren', 'comments'),
    ('tail', 'Questo commento è stato segnalato ed è in attesa di revisione.', 'comments'),
    ('tail', 'Najnowsze · Najstarsze · Najwyżej oceniane', 'comments'),
    ('tail', 'Комментарии модерируются. Сообщения с оскорблениями будут удалены.', 'comments'),
    ('tail', 'Envoyer par e-mail · Imprimer · Partager sur LinkedIn', 'share'),
    ('tail', 'Jetzt teilen auf: Facebook · X · Xing', 'share'),
    ('tail', 'Poleć artykuł: Facebook · X · LinkedIn', 'share'),
    ('body', 'Correction: an earlier version of this article gave the wrong year for the first match.', 'notice'),
    ('body', 'Avviso: per ragioni di privacy i nomi dei minori sono stati omessi.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]
HELD_OUT_246_KEEP: list[tuple[str, str]] = [
    ('head', 'Commentators from the parish radio lost sight of the bottle for twenty minutes in the brook.'),
    ('head', 'Shared between the two villages, the hare pie was cut on the rectory steps before the first kick.'),
    ('body', 'Follow-up scans at the cottage hospital showed only bruises, the organisers said on Tuesday.'),
    ('body', 'Advertising the race as a fun run, the organisers still warned entrants that the mud reaches the thigh.'),
    ('tail', 'Subscribing to the old rules, the referee refused to let either side use a ladder over the hedge.'),
    ('tail', 'Copyright in the match photographs was handed to the village archive by the late postmaster.'),
    ('tail', 'Reading the tide tables wrong, two runners set off ten minutes early and had to wade back.'),
    ('head', 'Commentée au mégaphone par le curé, la partie a duré plus de trois heures.'),
    ('body', 'Partagé en parts égales, le pâté de lièvre a nourri les deux camps après le match.'),
    ('tail', "Suivre le tonnelet dans la mêlée relevait de l'exploit, même depuis le pont."),
    ('head', 'Kommentiert hat das Spiel ein pensionierter Lehrer von der Kirchenmauer aus.'),
    ('body', 'Abonnentin der Zeitung seit fünfzig Jahren, feuerte die älteste Zuschauerin beide Seiten an.'),
    ('tail', 'Geteilt wurde das Freibier am Ende gerecht zwischen beiden Dörfern.'),
    ('head', 'Commentando la vittoria, il capitano ha ringraziato il fango del torrente.'),
    ('body', 'Seguita da oltre mille persone, la corsa nel fango è finita con la bassa marea.'),
    ('tail', 'Condiviso tra i due paesi, il pasticcio di lepre è stato tagliato sul sagrato.'),
    ('head', 'Komentatorem meczu był emerytowany organista, który stał na murku przy moście.'),
    ('tail', 'Udostępniona przez rybaków łódź czekała na biegaczy na środku zatoki.'),
    ('head', 'Комментируя исход матча, староста пообещал новый бочонок к следующему году.'),
    ('tail', 'Поделились пирогом обе деревни, как и двести лет назад.'),
]
HELD_OUT_246_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-stavebourne-easter-bottle-kicking', [
        [
            '-Monday 6 April 2026 · Stavebourne 9°C, light showers',
            '-The Stavebourne Clarion – Your valley, your news',
            "-News | Sport | Farming | What's On | Letters | Obituaries",
        ],
        [
            '-Home › Sport › Village Sports',
            '+Stavebourne win the Easter bottle-kicking against Hoopwick',
            '-Wilmot Kegbarrow · 6 April 2026, 21:15',
            '-3 min read',
        ],
        [
            ('+For the first time in nine years Stavebourne won the Easter Monday bottle-kicking against Hoopwick, '
             'two bottles to one.'),
            '-The scrum at the Hoopwick brook (Photo: Clarion staff)',
            ('+Some 400 players and more than 2,000 spectators followed the three small oak casks across a mile of '
             'fields between the two brooks that serve as goals.'),
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Read also: Parish council votes to keep the market cross floodlit',
            ('+“There is one rule: no weapons, and the bottle never stops,” said the referee, a retired blacksmith '
             'who threw up the first bottle for the 30th time.'),
            '-Advertisement',
        ],
        [
            '+How the day went',
            '+Hare pie handed out at the rectory at 13.00',
            '+First bottle thrown up on the hill at 15.00',
            '-Sponsored: The cottage loans everyone in the county is talking about',
            '+Last bottle over the brook at 18.40',
        ],
        [
            ('+The deciding bottle was carried over the Hoopwick brook by a 19-year-old apprentice thatcher after a '
             'scrum that lasted almost two hours.'),
            "-Get the Clarion's weekly sport round-up – sign up free",
            '-Tags: bottle-kicking, Easter, Hoopwick, Stavebourne',
            ('+One player broke a collarbone, and the beer from the two full bottles was shared at the market cross '
             'before dark.'),
        ],
        [
            '-12 comments',
            '-Gareth M.: Nine years we waited. Worth every bruise.',
            "-↳ Pauline R.: Tell that to my husband's collarbone!",
            '-Dennis T.: Hoopwick were robbed at the second brook, everyone saw it.',
            '-↳ Gareth M.: Dennis, you say that every year.',
        ],
        [
            '-© 2026 The Stavebourne Clarion · Privacy · Terms · Contact us',
            '-Get the Clarion app on the App Store and Google Play',
        ],
    ]),
    _page('en', 'en-blog-squelchy-nell-first-mud-race', [
        [
            '-Skip to content',
            '-Squelchy Nell – running, mud and the odd cake',
            '-Home · Races · Kit · About · Contact',
        ],
        [
            '-Filed under: Races',
            '+My first mud race across the Blackwater estuary',
            '-Posted on 3 May 2026 by Nell · 9 comments',
            '-5 minute read',
        ],
        [
            '-Contents: 1. Signing up 2. Race day 3. Next year',
            ('+My sister Tess talked me into the mud race at Maldon after I laughed at her photos from it two years '
             'in a row.'),
            '-Tess and me before the start, still clean',
            ('+The course is about 400 metres across the bed of the Blackwater at low tide and back again, and the '
             'mud reaches your thighs in the middle.'),
        ],
        [
            ("+At the briefing the marshal told us: “Don't stop, don't stand still, and if you sink, lie flat and "
             'swim.”'),
        ],
        [
            '+How my race went',
            '+Registration and shoe taping at 10.00',
            '-The gaffer tape I used on my shoes: see it on Amazon (affiliate link)',
            '+Fancy-dress parade along the sea wall at 11.30',
            '+Start at 12.45, just before low water',
            '-Halfway across and already one shoe down',
        ],
        [
            ('+I lost a shoe after fifty metres, crawled the last stretch and finished 212th of 300 in 18 minutes 40 '
             'seconds.'),
            '-Share this: Facebook · Pinterest · WhatsApp',
            '+We raised £260 for the lifeboat crew, and next year Tess and I are running it in matching wetsuits.',
            '-Until next time, Nell x',
        ],
        [
            '-Enter your email to get new posts straight to your inbox',
            '-You may also like: Parkrun number 50 · Why I run in old trainers',
        ],
        [
            '-9 thoughts on “My first mud race across the Blackwater estuary”',
            "-Tess: Told you you'd love it! Wetsuits are ordered.",
            '-↳ Nell: You did not tell me about the smell.',
            '-Graham P.: Great write-up, I ran it in 2019 and still find mud in my ears.',
            '-↳ Tess: Graham, same here, it never really leaves.',
        ],
        [
            '-© 2026 Squelchy Nell · Theme: Kadence · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-barriquelles-match-du-tonnelet', [
        [
            '-Lundi 6 avril 2026 · Barriquelles 11 °C, averses',
            "-L'Éveil de Barriquelles – L'actualité du canton",
            '-Actualités | Sports | Agriculture | Sorties | Avis de décès',
        ],
        [
            '-Accueil › Sports › Traditions',
            '+Barriquelles gagne le match du tonnelet de Pâques contre Douvelay',
            '-Par Gaspard Fûtaillon · 6 avril 2026 à 21h15',
            '-3 min de lecture',
        ],
        [
            ('+Pour la première fois depuis neuf ans, Barriquelles a remporté le match du tonnelet du lundi de '
             'Pâques contre Douvelay, deux tonnelets à un.'),
            "-La mêlée au ruisseau de Douvelay (Photo : L'Éveil)",
            ('+Quelque 400 joueurs et plus de 2 000 spectateurs ont suivi les trois petits fûts de chêne sur un '
             'kilomètre et demi de prés, entre les deux ruisseaux qui servent de buts.'),
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "-À lire aussi : Le conseil municipal vote l'éclairage de la croix du marché",
            ("+« Il n'y a qu'une règle : pas d'armes, et le tonnelet ne s'arrête jamais », a déclaré l'arbitre, un "
             'forgeron retraité qui lançait le premier fût pour la trentième fois.'),
            '-Publicité',
        ],
        [
            '+Le déroulé de la journée',
            '+Distribution du pâté de lièvre au presbytère à 13 h',
            '+Premier tonnelet lancé sur la colline à 15 h',
            '-Contenu sponsorisé : Ces maisons de plain-pied qui séduisent les retraités',
            '+Dernier tonnelet au-delà du ruisseau à 18 h 40',
        ],
        [
            ("+Le tonnelet décisif a franchi le ruisseau de Douvelay dans les bras d'un apprenti couvreur de 19 ans, "
             'après une mêlée de près de deux heures.'),
            "-Recevez chaque vendredi l'essentiel du sport local : inscrivez-vous gratuitement",
            '-Mots-clés : tonnelet, Pâques, Douvelay, Barriquelles',
            ("+Un joueur s'est cassé la clavicule, et la bière des deux fûts pleins a été partagée à la croix du "
             'marché avant la nuit.'),
        ],
        [
            '-8 commentaires',
            "-Hervé L. : Neuf ans d'attente, ça valait chaque bleu.",
            '-↳ Martine P. : Dites ça à la clavicule de mon mari !',
            "-Yannick D. : Douvelay s'est fait voler au deuxième ruisseau, tout le monde l'a vu.",
            '-↳ Hervé L. : Yannick, tu dis ça tous les ans.',
        ],
        [
            "-© 2026 L'Éveil de Barriquelles · Mentions légales · Confidentialité · Contact",
            "-Téléchargez l'application L'Éveil sur l'App Store et Google Play",
        ],
    ]),
    _page('fr', 'fr-blog-la-vase-et-moi-premiere-course-dans-la-vase', [
        [
            '-Aller au contenu',
            '-La Vase et Moi – course à pied, boue et gâteaux',
            '-Accueil · Courses · Matériel · À propos · Contact',
        ],
        [
            '-Catégorie : Courses',
            '+Ma première course dans la vase de la baie de Somme',
            '-Publié le 3 mai 2026 par Camille · 7 commentaires',
            '-Lecture : 5 min',
        ],
        [
            "-Sommaire : 1. L'inscription 2. Le jour J 3. L'an prochain",
            ("+Ma sœur Manon m'a convaincue de courir dans la vase au Crotoy après que je me suis moquée de ses "
             'photos deux années de suite.'),
            '-Manon et moi avant le départ, encore propres',
            ('+Le parcours fait environ 400 mètres à travers le lit de la Somme à marée basse, aller et retour, et '
             "au milieu la vase monte jusqu'aux cuisses."),
        ],
        [
            ('+Au briefing, le signaleur nous a dit : « Ne vous arrêtez pas, ne restez pas debout sans bouger, et si '
             'vous vous enfoncez, allongez-vous et nagez. »'),
        ],
        [
            '+Ma course',
            '+Inscription et chaussures scotchées à 10 h',
            "-Le ruban adhésif que j'ai mis sur mes chaussures : à voir sur Amazon (lien affilié)",
            '+Défilé costumé le long de la digue à 11 h 30',
            '+Départ à 12 h 45, juste avant la basse mer',
            '-À mi-parcours, déjà une chaussure en moins',
        ],
        [
            ("+J'ai perdu une chaussure au bout de cinquante mètres, j'ai fini à quatre pattes et je suis arrivée "
             '212e sur 300 en 18 minutes 40.'),
            '-Partager : Facebook · Pinterest · WhatsApp',
            ("+Nous avons récolté 260 euros pour les sauveteurs en mer, et l'an prochain Manon et moi courrons en "
             'combinaisons assorties.'),
            '-À très vite, Camille',
        ],
        [
            '-Entrez votre adresse e-mail pour recevoir les nouveaux articles',
            '-Vous aimerez aussi : Mon 50e parkrun · Pourquoi je cours en vieilles baskets',
        ],
        [
            '-7 réponses à « Ma première course dans la vase de la baie de Somme »',
            "-Manon : Je te l'avais dit ! Les combinaisons sont commandées.",
            "-↳ Camille : Tu ne m'avais pas parlé de l'odeur.",
            "-Bernard G. : Beau récit, je l'ai courue en 2019 et j'ai encore de la vase dans les oreilles.",
            '-↳ Manon : Bernard, pareil, ça ne part jamais vraiment.',
        ],
        [
            '-© 2026 La Vase et Moi · Thème : Kadence · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-spundheim-osterfaesschen-treten', [
        [
            '-Montag, 6. April 2026 · Spundheim 9 °C, Schauer',
            '-Spundheimer Bote – Nachrichten aus dem Tal',
            '-Lokales | Sport | Landwirtschaft | Freizeit | Trauer',
        ],
        [
            '-Startseite › Sport › Brauchtum',
            '+Spundheim gewinnt das Osterfässchen-Treten gegen Daubenried',
            '-Von Hiltrud Daubeneck · 6. April 2026, 21:15 Uhr',
            '-Lesezeit: 3 Minuten',
        ],
        [
            ('+Zum ersten Mal seit neun Jahren hat Spundheim das Osterfässchen-Treten gegen Daubenried gewonnen, mit '
             'zwei Fässchen zu einem.'),
            '-Das Gedränge am Daubenrieder Bach (Foto: Bote)',
            ('+Rund 400 Spieler und mehr als 2000 Zuschauer folgten den drei kleinen Eichenfässchen über anderthalb '
             'Kilometer Wiesen zwischen den beiden Bächen, die als Tore dienen.'),
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '-Lesen Sie auch: Gemeinderat stimmt für Beleuchtung des Marktkreuzes',
            ('+„Es gibt nur eine Regel: keine Waffen, und das Fässchen bleibt nie liegen“, sagte der Schiedsrichter, '
             'ein pensionierter Schmied, der das erste Fässchen zum dreißigsten Mal hochwarf.'),
            '-Anzeige',
        ],
        [
            '+So lief der Tag',
            '+Verteilung der Hasenpastete am Pfarrhaus um 13 Uhr',
            '+Erstes Fässchen am Hügel um 15 Uhr',
            '-Gesponsert: Diese Bungalows begeistern gerade Rentner im ganzen Landkreis',
            '+Letztes Fässchen über den Bach um 18.40 Uhr',
        ],
        [
            ('+Das entscheidende Fässchen trug ein 19-jähriger Dachdeckerlehrling nach fast zwei Stunden Gedränge '
             'über den Daubenrieder Bach.'),
            '-Jeden Freitag das Wichtigste aus dem Lokalsport: Jetzt kostenlos abonnieren',
            '-Schlagworte: Fässchen-Treten, Ostern, Daubenried, Spundheim',
            ('+Ein Spieler brach sich das Schlüsselbein, und das Bier der beiden vollen Fässchen wurde noch vor '
             'Einbruch der Dunkelheit am Marktkreuz geteilt.'),
        ],
        [
            '-9 Kommentare',
            '-Jürgen K.: Neun Jahre gewartet. Jeder blaue Fleck hat sich gelohnt.',
            '-↳ Petra S.: Sagen Sie das mal dem Schlüsselbein meines Mannes!',
            '-Uwe H.: Daubenried wurde am zweiten Bach betrogen, das hat jeder gesehen.',
            '-↳ Jürgen K.: Uwe, das sagst du jedes Jahr.',
        ],
        [
            '-© 2026 Spundheimer Bote · Impressum · Datenschutz · Kontakt',
            '-Die Bote-App gibt es im App Store und bei Google Play',
        ],
    ]),
    _page('de', 'de-blog-knietief-im-watt-erster-schlammlauf', [
        [
            '-Zum Inhalt springen',
            '-Knietief im Watt – Laufen, Schlick und Kuchen',
            '-Start · Läufe · Ausrüstung · Über mich · Kontakt',
        ],
        [
            '-Kategorie: Läufe',
            '+Mein erster Schlammlauf durch die Elbmündung',
            '-Veröffentlicht am 3. Mai 2026 von Lena · 8 Kommentare',
            '-Lesezeit 5 Minuten',
        ],
        [
            '-Inhalt: 1. Die Anmeldung 2. Der Renntag 3. Nächstes Jahr',
            ('+Meine Schwester Jule hat mich zum Schlammlauf bei Otterndorf überredet, nachdem ich zwei Jahre lang '
             'über ihre Fotos davon gelacht hatte.'),
            '-Jule und ich vor dem Start, noch sauber',
            ('+Die Strecke führt etwa 400 Meter bei Ebbe durch das Flussbett und wieder zurück, und in der Mitte '
             'reicht der Schlick bis zu den Oberschenkeln.'),
        ],
        [
            ('+Bei der Einweisung sagte uns der Streckenposten: „Nicht anhalten, nicht stehen bleiben, und wer '
             'einsinkt, legt sich flach hin und schwimmt.“'),
        ],
        [
            '+Mein Lauf',
            '+Anmeldung und Schuhe abkleben um 10 Uhr',
            '-Das Gewebeband für meine Schuhe findet ihr auf Amazon (Affiliate-Link)',
            '+Kostümumzug auf dem Deich um 11.30 Uhr',
            '+Start um 12.45 Uhr, kurz vor Niedrigwasser',
            '-Auf halber Strecke, schon ohne einen Schuh',
        ],
        [
            ('+Nach fünfzig Metern war ein Schuh weg, das letzte Stück bin ich gekrochen und wurde in 18 Minuten 40 '
             'Sekunden 212. von 300.'),
            '-Teilen mit: Facebook · Pinterest · WhatsApp',
            ('+Wir haben 260 Euro für die Seenotretter gesammelt, und nächstes Jahr laufen Jule und ich in gleichen '
             'Neoprenanzügen.'),
            '-Bis bald, eure Lena',
        ],
        [
            '-Trag deine E-Mail-Adresse ein und verpasse keinen Beitrag mehr',
            '-Das könnte dir auch gefallen: Mein 50. Parkrun · Warum ich in alten Turnschuhen laufe',
        ],
        [
            '-8 Gedanken zu „Mein erster Schlammlauf durch die Elbmündung“',
            '-Jule: Hab ich doch gesagt! Die Anzüge sind bestellt.',
            '-↳ Lena: Vom Geruch hast du nichts gesagt.',
            '-Klaus B.: Schöner Bericht, ich bin 2019 mitgelaufen und finde immer noch Schlick in den Ohren.',
            '-↳ Jule: Klaus, geht mir genauso, der geht nie ganz weg.',
        ],
        [
            '-© 2026 Knietief im Watt · Theme: Kadence · Mit Stolz betrieben von WordPress',
        ],
    ]),
    _page('it', 'it-portale-botticella-sfida-dei-barilotti', [
        [
            '-Lunedì 6 aprile 2026 · Botticella Alta 12 °C, rovesci',
            '-La Voce di Botticella – Le notizie della valle',
            '-Cronaca | Sport | Agricoltura | Eventi | Necrologi',
        ],
        [
            '-Home › Sport › Tradizioni',
            '+Botticella Alta vince la sfida dei barilotti contro Barilotto di Sotto',
            '-Di Ottavia Bariloni · 6 aprile 2026, ore 21:15',
            '-Lettura: 3 minuti',
        ],
        [
            ('+Per la prima volta in nove anni Botticella Alta ha vinto la sfida dei barilotti di Pasquetta contro '
             'Barilotto di Sotto, due barilotti a uno.'),
            '-La mischia al torrente di Barilotto (Foto: La Voce)',
            ('+Circa 400 giocatori e più di 2.000 spettatori hanno seguito i tre piccoli barili di rovere per un '
             'chilometro e mezzo di prati, tra i due torrenti che fanno da porte.'),
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            "-Leggi anche: Il consiglio comunale vota l'illuminazione della croce del mercato",
            ("+«C'è una sola regola: niente armi, e il barilotto non si ferma mai», ha detto l'arbitro, un fabbro in "
             'pensione che ha lanciato il primo barile per la trentesima volta.'),
            '-Pubblicità',
        ],
        [
            '+Come è andata la giornata',
            '+Distribuzione del pasticcio di lepre in canonica alle 13',
            '+Primo barilotto lanciato sulla collina alle 15',
            '-Contenuto sponsorizzato: Le villette a schiera che piacciono a tutti i pensionati',
            '+Ultimo barilotto oltre il torrente alle 18.40',
        ],
        [
            ('+Il barilotto decisivo ha superato il torrente di Barilotto in braccio a un apprendista conciatetti di '
             '19 anni, dopo una mischia di quasi due ore.'),
            '-Ricevi ogni venerdì il meglio dello sport locale: iscriviti gratis',
            '-Tag: barilotti, Pasquetta, Barilotto di Sotto, Botticella Alta',
            ('+Un giocatore si è rotto la clavicola, e la birra dei due barilotti pieni è stata divisa alla croce '
             'del mercato prima del buio.'),
        ],
        [
            '-7 commenti',
            '-Franco B.: Nove anni di attesa, ne valeva ogni livido.',
            '-↳ Rosa C.: Ditelo alla clavicola di mio marito!',
            "-Sergio V.: Barilotto è stata derubata al secondo torrente, l'hanno visto tutti.",
            '-↳ Franco B.: Sergio, lo dici ogni anno.',
        ],
        [
            '-© 2026 La Voce di Botticella · Privacy · Cookie · Contatti',
            "-Scarica l'app de La Voce su App Store e Google Play",
        ],
    ]),
    _page('it', 'it-blog-la-corritrice-nel-fango-prima-corsa', [
        [
            '-Vai al contenuto',
            '-La Corritrice nel Fango – corsa, fango e torte',
            '-Home · Gare · Attrezzatura · Chi sono · Contatti',
        ],
        [
            '-Categoria: Gare',
            '+La mia prima corsa nel fango alla foce del Po',
            '-Pubblicato il 3 maggio 2026 da Giulia · 6 commenti',
            '-5 minuti di lettura',
        ],
        [
            "-Indice: 1. L'iscrizione 2. Il giorno della gara 3. L'anno prossimo",
            ('+Mia sorella Marta mi ha convinta a fare la corsa nel fango alla Sacca di Goro dopo che per due anni '
             'avevo riso delle sue foto.'),
            '-Io e Marta prima della partenza, ancora pulite',
            ('+Il percorso è di circa 400 metri attraverso il letto del fiume con la bassa marea, andata e ritorno, '
             'e a metà il fango arriva alle cosce.'),
        ],
        [
            ('+Al briefing il commissario di percorso ci ha detto: «Non fermatevi, non state mai ferme e, se '
             'affondate, sdraiatevi e nuotate.»'),
        ],
        [
            '+La mia gara',
            '+Iscrizione e scarpe fissate col nastro alle 10',
            '-Il nastro americano che ho usato sulle scarpe: lo trovi su Amazon (link affiliato)',
            "+Sfilata in maschera sull'argine alle 11.30",
            '+Partenza alle 12.45, poco prima della bassa marea',
            '-A metà percorso, già senza una scarpa',
        ],
        [
            ("+Ho perso una scarpa dopo cinquanta metri, ho fatto l'ultimo tratto a carponi e sono arrivata 212ª su "
             '300 in 18 minuti e 40 secondi.'),
            '-Condividi: Facebook · Pinterest · WhatsApp',
            ("+Abbiamo raccolto 260 euro per i soccorritori in mare, e l'anno prossimo io e Marta correremo con mute "
             'uguali.'),
            '-Alla prossima, Giulia',
        ],
        [
            '-Inserisci la tua email per ricevere i nuovi articoli',
            '-Potrebbe piacerti anche: Il mio 50° parkrun · Perché corro con le scarpe vecchie',
        ],
        [
            '-6 pensieri su “La mia prima corsa nel fango alla foce del Po”',
            "-Marta: Te l'avevo detto! Le mute sono ordinate.",
            "-↳ Giulia: Non mi avevi parlato dell'odore.",
            "-Paolo R.: Bel racconto, l'ho corsa nel 2019 e ho ancora fango nelle orecchie.",
            '-↳ Marta: Paolo, anche io, non va mai via del tutto.',
        ],
        [
            '-© 2026 La Corritrice nel Fango · Tema: Kadence · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-beczkowice-kopanie-beczulki', [
        [
            '-Poniedziałek, 6 kwietnia 2026 · Beczkowice 10°C, przelotny deszcz',
            '-Kurier Beczkowicki – Wiadomości z doliny',
            '-Wiadomości | Sport | Rolnictwo | Imprezy | Nekrologi',
        ],
        [
            '-Strona główna › Sport › Tradycje',
            '+Beczkowice wygrały wielkanocne kopanie beczułki z Klepkowem',
            '-Bożena Klepkówna · 6 kwietnia 2026, 21:15',
            '-Czytanie: 3 min',
        ],
        [
            ('+Po raz pierwszy od dziewięciu lat Beczkowice wygrały wielkanocne kopanie beczułki z Klepkowem, dwie '
             'beczułki do jednej.'),
            '-Przepychanka nad strumieniem w Klepkowie (fot. Kurier)',
            ('+Około 400 graczy i ponad 2000 widzów szło za trzema małymi dębowymi beczułkami przez półtora '
             'kilometra łąk, między dwoma strumieniami, które służą za bramki.'),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Czytaj także: Rada gminy głosuje za oświetleniem krzyża na rynku',
            ('+– Jest tylko jedna zasada: żadnej broni, a beczułka nigdy się nie zatrzymuje – powiedział sędzia, '
             'emerytowany kowal, który po raz trzydziesty wyrzucił pierwszą beczułkę.'),
            '-Reklama',
        ],
        [
            '+Jak minął dzień',
            '+Rozdanie pasztetu z zająca na plebanii o 13:00',
            '+Pierwsza beczułka wyrzucona na wzgórzu o 15:00',
            '-Artykuł sponsorowany: Domy parterowe, które pokochali emeryci z całego powiatu',
            '+Ostatnia beczułka za strumieniem o 18:40',
        ],
        [
            ('+Decydującą beczułkę przeniósł przez strumień w Klepkowie 19-letni uczeń dekarza po przepychance, '
             'która trwała prawie dwie godziny.'),
            '-Co piątek najważniejsze wieści ze sportu lokalnego – zapisz się za darmo',
            '-Tagi: beczułka, Wielkanoc, Klepkowo, Beczkowice',
            ('+Jeden z graczy złamał obojczyk, a piwo z dwóch pełnych beczułek wypito pod krzyżem na rynku przed '
             'zmrokiem.'),
        ],
        [
            '-6 komentarzy',
            '-Marek W.: Dziewięć lat czekania, warto było dla każdego siniaka.',
            '-↳ Halina Z.: Proszę to powiedzieć obojczykowi mojego męża!',
            '-Tadeusz G.: Klepkowo zostało oszukane przy drugim strumieniu, wszyscy widzieli.',
            '-↳ Marek W.: Tadek, mówisz tak co roku.',
        ],
        [
            '-© 2026 Kurier Beczkowicki · Polityka prywatności · Regulamin · Kontakt',
            '-Pobierz aplikację Kuriera z App Store i Google Play',
        ],
    ]),
    _page('pl', 'pl-blog-blotna-bieganina-pierwszy-bieg-w-blocie', [
        [
            '-Przejdź do treści',
            '-Błotna Bieganina – bieganie, błoto i ciasta',
            '-Start · Biegi · Sprzęt · O mnie · Kontakt',
        ],
        [
            '-Kategoria: Biegi',
            '+Mój pierwszy bieg w błocie przez ujście Wisły',
            '-Opublikowano 3 maja 2026 przez Olę · 5 komentarzy',
            '-5 min czytania',
        ],
        [
            '-Spis treści: 1. Zapisy 2. Dzień biegu 3. Za rok',
            ('+Moja siostra Ania namówiła mnie na bieg w błocie w Mikoszewie, po tym jak przez dwa lata śmiałam się '
             'z jej zdjęć.'),
            '-Ania i ja przed startem, jeszcze czyste',
            ('+Trasa ma około 400 metrów w poprzek koryta rzeki podczas odpływu, tam i z powrotem, a w połowie błoto '
             'sięga do ud.'),
        ],
        [
            ('+Na odprawie sędzia trasy powiedział nam: – Nie zatrzymujcie się, nie stójcie w miejscu, a jak '
             'zaczniecie tonąć, połóżcie się płasko i płyńcie.'),
        ],
        [
            '+Mój bieg',
            '+Zapisy i oklejanie butów taśmą o 10:00',
            '-Taśmę, którą okleiłam buty, znajdziesz na Allegro (link afiliacyjny)',
            '+Parada przebierańców na wale o 11:30',
            '+Start o 12:45, tuż przed najniższym stanem wody',
            '-W połowie trasy, już bez jednego buta',
        ],
        [
            ('+Po pięćdziesięciu metrach zgubiłam but, ostatni odcinek przeszłam na czworakach i dobiegłam 212. na '
             '300 w 18 minut i 40 sekund.'),
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '+Zebrałyśmy 260 zł dla ratowników morskich, a za rok Ania i ja pobiegniemy w takich samych piankach.',
            '-Do następnego razu, Ola',
        ],
        [
            '-Wpisz swój adres e-mail, a nowe wpisy trafią prosto do Twojej skrzynki',
            '-Może Ci się spodobać: Mój 50. parkrun · Dlaczego biegam w starych butach',
        ],
        [
            '-5 komentarzy do „Mój pierwszy bieg w błocie przez ujście Wisły”',
            '-Ania: Mówiłam, że ci się spodoba! Pianki zamówione.',
            '-↳ Ola: Nie mówiłaś nic o zapachu.',
            '-Krzysztof N.: Świetna relacja, biegłem w 2019 i do dziś mam błoto w uszach.',
            '-↳ Ania: Krzysztof, u mnie tak samo, nigdy do końca nie schodzi.',
        ],
        [
            '-© 2026 Błotna Bieganina · Motyw: Kadence · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-bochkopinsk-match-za-bochonok', [
        [
            '-Понедельник, 6 апреля 2026 · Бочкопинск +9°, дождь',
            '-Вести Бочкопинска — новости долины',
            '-Новости | Спорт | Сельское хозяйство | Афиша | Некрологи',
        ],
        [
            '-Главная › Спорт › Традиции',
            '+Бочкопинск выиграл пасхальный матч за бочонок у Клёпкодубова',
            '-Ефросинья Клёпкодубова · 6 апреля 2026, 21:15',
            '-Чтение: 3 мин',
        ],
        [
            ('+Впервые за девять лет Бочкопинск выиграл пасхальный матч за бочонок у Клёпкодубова — два бочонка '
             'против одного.'),
            '-Свалка у ручья в Клёпкодубове (фото: «Вести»)',
            ('+Около 400 игроков и более 2000 зрителей шли за тремя маленькими дубовыми бочонками полтора километра '
             'по лугам между двумя ручьями, которые служат воротами.'),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-Читайте также: Сельсовет проголосовал за подсветку креста на рынке',
            ('+«Правило одно: никакого оружия, и бочонок никогда не стоит на месте», — сказал судья, кузнец на '
             'пенсии, который в тридцатый раз подбросил первый бочонок.'),
            '-Реклама',
        ],
        [
            '+Программа дня',
            '+Раздача пирога с зайчатиной у церковного дома в 13:00',
            '+Первый бочонок подброшен на холме в 15:00',
            '-Партнёрский материал: Эти одноэтажные дома выбирают пенсионеры всего района',
            '+Последний бочонок за ручьём в 18:40',
        ],
        [
            ('+Решающий бочонок перенёс через ручей в Клёпкодубове 19-летний ученик кровельщика после свалки, '
             'длившейся почти два часа.'),
            '-Главное из местного спорта каждую пятницу — подпишитесь бесплатно',
            '-Теги: бочонок, Пасха, Клёпкодубово, Бочкопинск',
            '+Один игрок сломал ключицу, а пиво из двух полных бочонков выпили у креста на рынке ещё до темноты.',
        ],
        [
            '-5 комментариев',
            '-Геннадий М.: Девять лет ждали. Каждый синяк того стоил.',
            '-↳ Людмила Р.: Скажите это ключице моего мужа!',
            '-Виктор Т.: Клёпкодубово засудили у второго ручья, все видели.',
            '-↳ Геннадий М.: Витя, ты так говоришь каждый год.',
        ],
        [
            '-© 2026 «Вести Бочкопинска» · Политика конфиденциальности · Контакты · 16+',
            '-Скачайте приложение «Вестей» в App Store и RuStore',
        ],
    ]),
    _page('ru', 'ru-blog-po-koleno-v-ile-pervyj-zabeg-po-gryazi', [
        [
            '-Перейти к содержимому',
            '-По колено в иле — бег, грязь и пироги',
            '-Главная · Забеги · Снаряжение · Обо мне · Контакты',
        ],
        [
            '-Рубрика: Забеги',
            '+Мой первый забег по грязи через устье Сестры',
            '-Опубликовано 3 мая 2026 автором Настя · 4 комментария',
            '-5 минут чтения',
        ],
        [
            '-Содержание: 1. Регистрация 2. День забега 3. В следующем году',
            ('+Моя сестра Катя уговорила меня на забег по грязи у Сестрорецка после того, как я два года подряд '
             'смеялась над её фотографиями.'),
            '-Мы с Катей перед стартом, ещё чистые',
            ('+Трасса — около 400 метров поперёк русла реки во время отлива, туда и обратно, а посередине ил доходит '
             'до бёдер.'),
        ],
        [
            ('+На брифинге судья на трассе сказал нам: «Не останавливайтесь, не стойте на месте, а если начнёте '
             'тонуть — ложитесь плашмя и плывите».'),
        ],
        [
            '+Мой забег',
            '+Регистрация и обмотка кроссовок скотчем в 10:00',
            '-Скотч, которым я обмотала кроссовки, есть на Ozon (партнёрская ссылка)',
            '+Парад костюмов на дамбе в 11:30',
            '+Старт в 12:45, перед самым отливом',
            '-На полпути, уже без одного кроссовка',
        ],
        [
            ('+Через пятьдесят метров я потеряла кроссовок, последний участок проползла на четвереньках и '
             'финишировала 212-й из 300 за 18 минут 40 секунд.'),
            '-Поделиться: ВКонтакте · Pinterest · Telegram',
            ('+Мы собрали 26 тысяч рублей для морских спасателей, а в следующем году побежим с Катей в одинаковых '
             'гидрокостюмах.'),
            '-До новых встреч, ваша Настя',
        ],
        [
            '-Оставьте адрес почты, и новые записи будут приходить вам на почту',
            '-Вам также может понравиться: Мой 50-й паркран · Почему я бегаю в старых кроссовках',
        ],
        [
            '-4 комментария к записи «Мой первый забег по грязи через устье Сестры»',
            '-Катя: Говорила же, что тебе понравится! Гидрокостюмы заказаны.',
            '-↳ Настя: Про запах ты мне ничего не говорила.',
            '-Олег С.: Отличный рассказ, я бежал в 2019-м и до сих пор нахожу ил в ушах.',
            '-↳ Катя: Олег, у меня так же, он никогда до конца не отмывается.',
        ],
        [
            '-© 2026 По колено в иле · Тема: Kadence · Работает на WordPress',
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    'Vidéo franceinfo : lecture impossible, ce contenu a expiré.':
        ('a French franceinfo marker for a video that can no longer be played because it expired ("Vidéo franceinfo '
         ': lecture impossible, ce contenu a expiré.") is left in the body'),
    'Ankieta Survio wygasła i nie przyjmuje już głosów.':
        ('a Polish Survio marker for a poll that has expired and takes no more votes ("Ankieta Survio wygasła i nie '
         'przyjmuje już głosów.") is left in the body'),
    'Regulated by IMPRESS, the independent monitor for the press.':
        ('an English IMPRESS regulation footer ("Regulated by IMPRESS, the independent monitor for the press.") is '
         'left at the foot'),
    'Комментарии модерируются. Сообщения с оскорблениями будут удалены.':
        ('the Russian comments-are-moderated-and-insults-removed note ("Комментарии модерируются. Сообщения с '
         'оскорблениями будут удалены.") is left at the foot'),
    'Avviso: per ragioni di privacy i nomi dei minori sono stati omessi.':
        ('an Italian notice that minors\' names were left out for privacy ("Avviso: per ragioni di privacy i nomi '
         'dei minori sono stati omessi.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-stavebourne-easter-bottle-kicking':
        ('the English bottle-kicking news report keeps the newsletter prompt between the two last paragraphs '
         '("Get the Clarion\'s weekly sport round-up – sign up free") (1 of 20 noise lines); no article line is'
         ' lost'),
    'en-blog-squelchy-nell-first-mud-race':
        ("the English mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Tess and me before the start, still clean") and the action photo\'s caption closing the list block '
         '("Halfway across and already one shoe down") (2 of 20 noise lines); no article line is lost'),
    'fr-blog-la-vase-et-moi-premiere-course-dans-la-vase':
        ("the French mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Manon et moi avant le départ, encore propres") and the action photo\'s caption closing the list block '
         '("À mi-parcours, déjà une chaussure en moins") (2 of 20 noise lines); no article line is lost'),
    'de-portal-spundheim-osterfaesschen-treten':
        ('the German bottle-kicking news report keeps the newsletter prompt between the two last paragraphs ("Jeden '
         'Freitag das Wichtigste aus dem Lokalsport: Jetzt kostenlos abonnieren") (1 of 20 noise lines); no article '
         'line is lost'),
    'de-blog-knietief-im-watt-erster-schlammlauf':
        ("the German mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Jule und ich vor dem Start, noch sauber") and the action photo\'s caption closing the list block ("Auf '
         'halber Strecke, schon ohne einen Schuh") (2 of 20 noise lines); no article line is lost'),
    'it-portale-botticella-sfida-dei-barilotti':
        ('the Italian bottle-kicking news report keeps the newsletter prompt between the two last paragraphs '
         '("Ricevi ogni venerdì il meglio dello sport locale: iscriviti gratis") (1 of 20 noise lines); no article '
         'line is lost'),
    'it-blog-la-corritrice-nel-fango-prima-corsa':
        ("the Italian mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Io e Marta prima della partenza, ancora pulite") and the action photo\'s caption closing the list block '
         '("A metà percorso, già senza una scarpa") (2 of 20 noise lines); no article line is lost'),
    'pl-portal-beczkowice-kopanie-beczulki':
        ('the Polish bottle-kicking news report keeps the newsletter prompt between the two last paragraphs ("Co '
         'piątek najważniejsze wieści ze sportu lokalnego – zapisz się za darmo") (1 of 20 noise lines); no article '
         'line is lost'),
    'pl-blog-blotna-bieganina-pierwszy-bieg-w-blocie':
        ("the Polish mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Ania i ja przed startem, jeszcze czyste") and the action photo\'s caption closing the list block ("W '
         'połowie trasy, już bez jednego buta") (2 of 20 noise lines); no article line is lost'),
    'ru-portal-bochkopinsk-match-za-bochonok':
        ('the Russian bottle-kicking news report keeps the newsletter prompt between the two last paragraphs '
         '("Главное из местного спорта каждую пятницу — подпишитесь бесплатно") (1 of 20 noise lines); no '
         'article line is lost'),
    'ru-blog-po-koleno-v-ile-pervyj-zabeg-po-gryazi':
        ("the Russian mud-race blog post keeps the opening photo's caption between the first and second paragraphs "
         '("Мы с Катей перед стартом, ещё чистые") and the action photo\'s caption closing the list block ("На '
         'полпути, уже без одного кроссовка") (2 of 20 noise lines); no article line is lost'),
}

test_held_out_246_line, test_held_out_246_line_is_kept, test_held_out_246_page = held_out_tests(
    HELD_OUT_246_LINES, HELD_OUT_246_KEEP, HELD_OUT_246_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
