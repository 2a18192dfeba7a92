"""Held-out set 95: written blind, weighted toward the noise the cleaner exists for, in shapes set 94's docstring does
not name (nor the first paragraphs of sets 91, 92 and 93): scraper, embed and ad markers (the Hearst-style TikTok
embed residue "This content is imported from TikTok. You may be able to find the same content in another format, or
you may be able to find more information, at their web site.", the English ad break "Story continues below
advertisement", a Strava embed residue "Route preview unavailable – view this activity on Strava", the French
Instagram embed link "Voir cette publication sur Instagram", a German external-content consent line "Ich bin damit
einverstanden, dass mir externe Inhalte von Komoot angezeigt werden.", the Italian ad break "Continua a leggere dopo
la pubblicità", a Polish video-after-the-ad residue "Materiał wideo zostanie odtworzony po reklamie" and a Russian
erid ad label "Реклама. ООО «Кедрострой-Спорт», ИНН 0000000000, erid: 2Vtzqw0000"); reading-time headers in new
wordings (the English "Est. read: 5 mins" and "A quick read – about three minutes.", the French "Durée de lecture :
5 minutes", the German "Lesedauer: 3 Minuten", the Italian "Si legge in 3 minuti", the Polish "Lektura na 5 minut"
and the Russian "Читается за 4 минуты"); bylines and self-promotion (an English words-and-pictures credit "Words:
Tamsin Orrock | Pictures: Rhodri Penwarden", an English reporter's bio line "Tamsin Orrock covers grassroots sport
across the district. Got a story for her? Get in touch.", a fly-fishing blog's Etsy plug "I sell my hand-tied flies
in small batches on Etsy – the shop reopens on the first Sunday of every month.", a French text-and-photos byline
"Par Clémence Vautrelle (texte) et Yanis Berthaud (photos)", a German staff byline "Von unserem Redaktionsmitglied
Friederike Halsbrock", an Italian Strava plug "Seguimi su Strava: lì trovi tutti i miei giri, anche quelli venuti
male.", a Polish compiled-by credit "Oprac. Bartosz Wielgomas na podst. informacji klubu" and a Russian prepared-by
credit "Материал подготовил Глеб Ржанников"); blog and site footers (Wix's free-site banner "This site was designed
with the Wix.com website builder. Create your website today.", an English company-registration footer "Published by
Scallowfield News Ltd, registered in England and Wales no. 00000000. Registered office: 0 Quarry Road,
Scallowfield.", Medium's sign-up footer "Sign up to discover human stories that deepen your understanding of the
world.", a French publisher line "Ce site est édité par la SARL Éditions Sablerolle, au capital de 0 000 euros, RCS
000 000 000.", a German no-liability line "Alle Angaben ohne Gewähr. Änderungen und Irrtümer vorbehalten.", an
Italian VAT-number row "Partita IVA 00000000000 · Privacy Policy · Cookie Policy", a Polish ads-liability line
"Redakcja nie ponosi odpowiedzialności za treść ogłoszeń." and the Russian editorial-opinion line "Мнение редакции
может не совпадать с мнением автора."); reader-comment furniture (Disqus's reactions row "0 Responses · Upvote ·
Funny · Love · Surprised · Angry · Sad", an English closed-comments line "Commenting on this story has now closed.",
an English sort row "Sort by: Newest · Oldest · Most liked", a French sort row "Trier les commentaires : les plus
récents | les plus anciens | les plus appréciés", WordPress's German cancel-reply link "Antwort abbrechen", an
Italian notify-me checkbox "Avvisami via email in caso di nuovi commenti.", a Polish comments-are-readers'-opinions
line "Komentarze są prywatnymi opiniami użytkowników portalu." and the Cackle widget's Russian title "Комментарии
для сайта Cackle"); share rows (an English Reddit, Threads, Mastodon and email row, a French Threads, Reddit,
LinkedIn and e-mail row and an Italian Facebook, X, Threads and email row); and notices (a German transparency note
"Transparenzhinweis: Die Autorin ist Mitglied im Vorstand des Vereins.", a Polish correction "Sprostowanie: w
pierwotnej wersji tekstu podaliśmy błędną datę otwarcia." and a Russian not-medical-advice disclaimer "Информация в
статье носит ознакомительный характер и не является медицинской рекомендацией."); and toward whole scraped news and
hobby-blog pages in layouts set 94's docstring does not describe (noise above the title on every page, an ad above
the site name on one, a table of contents between the paragraph with the quote and the subheading on one page and
between the first and second paragraphs on another, noise among the list rows on every page, inside the block of
rows on three, two-comment threads with a reply on four portals, no footer line under the comments on four pages,
one page with two paragraphs before the subheading and four list rows), taken from sport and clubs and from blogs
about trail running, fly fishing, board games and cycle touring (a regional portal's story on a swimming pool
reopening after repairs, with a comment and the paper's reply, a trail-running blog's post on a night recce of a
fell-race route, with a comment, the author's reply and a reply to it, a regional portal's story on a football
club's new stand, with two comments and a reply, a fly-fishing blog's post on the opening day of the trout season,
with a comment, the author's reply and a reply to it, a regional portal's story on a city marathon's new route, with
a comment, the paper's reply and a reply to it, a board-game blog's post on two evenings of a railway game, with a
comment, the author's reply and a reply to it, a regional portal's story on a climbing wall in a school gym, with
two comments and the paper's reply, a cycle-touring blog's post on three days along a river embankment, with a
comment, the author's reply and a reply to it, a regional portal's story on a rowing club's renovated boathouse,
with two guest comments, a reply and a reply to it, a fly-fishing blog's post on grayling in December, with a
comment, the author's reply and a reply to it, a regional portal's story on a bowls green relaid in the town garden,
with two comments and the editors' reply, and a cycle-touring blog's post on a two-day ride round a lake, with a
comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages
of held-out sets 10 to 94), held-out set 96 (written at the same time by another helper; none of its paths was
opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/
folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 94 up to its first
round paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables
with their reasons and the three test functions), and the first paragraphs of the docstrings of sets 91, 92 and 93,
printed with one ast script (/tmp/s95scratch/read94.py: ``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the line of the ``def _marks`` function node, found with ``ast``, to the end,
and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 94's, taken by a script
(/tmp/s95scratch/gen.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 94 -> 95, then refilled after the measurement by the same script from
/tmp/s95scratch/tables95.py. ``_page`` is set 94's, taken by the same script from its node. Nothing else was copied
from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s95, detached
at commit 0192ec6ef4b24b972a1085de055e29aee1517338, what ``git rev-parse HEAD`` printed in /work/main) and every
failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 94's file (and the first
paragraphs of sets 91, 92 and 93) was only printed through the ast script above, run once with its output sent to a
scratch file (/tmp/s95scratch/read94.out, 594 lines) that I paged through with ``sed`` (lines 1 to 200, 200 to 600,
whose display the tool cut in the middle, and 350 to 470 to see the cut part); nothing else was printed from it. The
docstring cut held (the printed docstring ended with set 94's Baseline paragraph). That allowed text itself names
set 94's scratch paths and its frozen commit (994df7e5585fe24c97e613f7832d5f0ca9ff63d1) and set 92's commit; set
94's xfail reasons quote its missed lines and left page lines; I saw these only as that text. The report script's
docstring names a cleaning table in docs/cleaning.md, which I did not open. The generating script, which read set
94's file to take its imports, its ``_page`` helper and its tail, printed nothing but a line count; I printed parts
of the file it wrote (its start, the start of the pages, the end of the pages with the emptied tables and the three
test functions) with ``sed``. At my first step ``git status --short`` in /work/main printed nothing (a clean working
tree) and ``git rev-parse HEAD`` printed 0192ec6ef4b24b972a1085de055e29aee1517338. (2) The worktrees were made with
``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the
frozen commit is. To see that the worktrees existed I ran ``ls`` on /tmp/wt-s95 and /tmp/wt-set95, which printed the
top-level names of the checkout (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no
file's contents. The branch set95 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests, which is a check of the tables, not a second measurement. The measured copy of
this file stays, untracked, in /tmp/wt-s95/tests. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s95scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none
of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s95scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were
written as data in scratch files (/tmp/s95scratch/lists95.py and pages95.py) and put together with the tail into
this file by /tmp/s95scratch/gen.py, which splits long string literals to fit 120 columns (a check compared the
file's lists and pages with the scratch data). Before the measurement the file was executed from a scratch folder
(/tmp/s95scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no
case was run through the cleaner) by /tmp/s95scratch/check.py, which counted the lines by category, by language
(from the ``# English`` ... comments) and by place, the keep lines by language and by place, the pages by language
and checked that every page has 10 article and 20 noise lines, that no page article line repeats on its page and no
page noise line does (case-insensitively), that no page noise line is a substring of an article line of its page
(case-sensitively and case-insensitively) or overlaps (equals, contains or is contained in) a line of
``HELD_OUT_95_LINES`` or ``HELD_OUT_95_KEEP``, case-sensitively and case-insensitively, that no page article line
overlaps one of those lines, that no two held-out noise or keep lines overlap and that no line is wider than 120
columns. Its first run found one problem: the pool story's ad label "Advertisement" inside the English held-out ad
break; it became "Sponsored", which the second run found inside the English keep line that opens with "Sponsored
swims", and then "Promoted listing" (both changes with ``sed`` on pages95.py); the third run found nothing. Before
that first run I had already avoided, while writing, ad labels that the keep and held-out lines hold ("Anzeige",
"Pubblicità", "Reklama" and "Реклама" were not used as page ad labels). No list changed after that check. As
allowed, some page noise lines hold another noise line or an article word of their page (site names inside reply
rows and copyright lines, place names of the article inside captions and tags). (5) At the measurement (21:58:52
UTC, the ``date`` printed just before it) this docstring was a placeholder and the xfail tables were empty; it was
written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines
and summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen
worktree by a script (/tmp/s95scratch/problems.py, run with SPINSCOPE_DATA set) that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons; the places named in
the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost. (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my
own memory; no gazetteer was available, so this is not a proof that they do not exist: Ketterslade (and the
Ketterslade Echo), Mud and Switchbacks, Crookback Ridge, Bramoussac, Soies et Remous, Vézeronne, Mouches Rivolat,
Brunnwiesing, Sporthaus Tilgner, Autohaus Gerlitz, Meeple am Küchentisch, Kohle und Gleise, Brettspielbernd, Borse e
Salite, Serramenti Bonvicini, Trzcinogród (and Trzcinogrodzki), Grabiszczak, Muszka i Nurt, Rysiek_spod_mostu,
Камышеводск, Газонтория, Крутим на север, Кедрострой and Grolandier had no hits, nor had the full names Harriet
Quennell, Priya Dunsford, Thierry Massabuau, Ulf Behrendsen, Lena Kürbitz, Marta Ghidinelli, Zbigniew Pątkowski,
Валентина Сурдина, Tamsin Orrock, Rhodri Penwarden, Clémence Vautrelle, Yanis Berthaud, Friederike Halsbrock,
Bartosz Wielgomas and Глеб Ржанников. Sassolvento, Tenterby, Sablerolle and Scallowfield had hits only inside code
identifiers (ClassAsSolvent, setEnterBy, disableRoller, $miscAllowfield) and were kept. Dropped after their checks:
Tollgate Media, planned for the pool story's media group (a firm name in sample data; the copyright line lost its
group), Tamsin Orrell (a person's name in a test; Orrock instead), Nethercombe (in place-name lists; Scallowfield
instead), Clémence Vautrin (in a sample text; Vautrelle instead), Castagnol and Vialaret, planned for the French
joinery ad (a CRC polynomial's and real people's surnames; Grolandier instead), Kormoranowo, planned for the Polish
town (a real street name; Trzcinogród instead), and Зелёный ряд, planned for the Russian turf ad (an ordinary phrase
and market-row names; Газонтория instead); Brackenlow was looked up and not used (sample data). Not checked, generic
or invented at sight: Quarry Road, via Roma, the Sportpark Ost, the Marktbrücke, the Городской сад, the promo code
SOIES10, and the people's names (MargeT_swims, Marge, Dev, Joss R., Nono_82, Gaspard L., LäuftBeiMir, Giulia_climb,
Franco P., Chiara, Paolo, Marco_bike, wiosło_77, sąsiad_z_bulwaru, Михаил Петрович, Лёша, Андрей_вело), which are
invented, though ordinary names real people may bear; none is meant as a real person. Phone, registration, VAT, INN
and erid numbers are zero-filled. There are no e-mail addresses. (7) Some lines name real things, as real pages do
(all from memory): TikTok and the Hearst-style embed text, Strava, Instagram, Komoot, the Russian erid ad labelling,
Etsy, Wix, Medium, the French RCS, the Italian Partita IVA, Disqus's reactions row, WordPress's cancel-reply link,
the Cackle comment widget, Reddit, Threads, Mastodon, LinkedIn, Facebook and X; on the pages WhatsApp, Telegram,
Pinterest, Google News, the Russian MAX messenger, Ozon, the CAI, WordPress, GeneratePress, the Neve theme and the
16+ mark of Russian sites. (8) Set 94's docstring names its own shapes and its pages' layouts (and sets 91 to 93
their shapes in their first paragraphs), so some lines may repeat shapes of sets before 91 or of the development
lists that I could not check; in particular the ad breaks, the Instagram embed link, the Wix banner, the
editorial-opinion line, the ads-liability line and the cancel-reply link are common enough that an earlier set may
hold them. Close to shapes sets 91 to 94 named: the TikTok, Strava and Instagram residues are embed residue near the
YouTube, Spotify, Getty and map-embed lines; the German consent line is near the marketing-cookie and
external-content placeholders; the English and Italian ad breaks are ad breaks in other words (sets 91 and 94 name
English, French and Polish ones); the Polish video-after-the-ad line is near the video-loading residue; the erid
label is an ad label; the reading-time rows are reading-time rows in other words; the words-and-pictures and
text-and-photos bylines are near the Russian text-and-photo credit of set 93; the bio line is near the author box;
the Etsy plug is near the print-shop plug; the Strava plug is near the YouTube and Twitch plugs; the compiled-by and
prepared-by credits are near the interview and contributor credits; the Wix and Medium footers are near the
Squarespace, Substack and Tilda ones; the company-registration, publisher, no-liability, VAT, ads-liability and
editorial-opinion lines are legal footers near the imprint, publication-director, court and press-register lines;
the comment lines are comment furniture near the count, guidelines, moderation, action-row, consent-checkbox and
widget-title lines; the transparency note is a notice near the disclosures, the correction near the live-updates
note and the not-medical-advice disclaimer a notice; the share rows are share rows on other platforms. Page chrome
repeats kinds of line set 94's docstring names among its noise (photo captions, ad labels and ads, read-also links,
newsletter, WhatsApp, Telegram and Google News prompts, affiliate notes, tables of contents, theme credits), as real
pages carry them. (9) My first step's clock reading was 2026-12-04 21:53:23 UTC; the measurement ran at 21:58:52
UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no
commit was read.

Judgement calls: the keep lines opening with or holding "Shares in the supporters' trust", "Reading time trials",
"Advertising hoardings", "Comments from the marathon's runners' forum", "Sponsored swims", "Follow-up inspections",
"All rights to the stand's name", "Partager les couloirs", "Publicité ou pas", "Commentaires et suggestions",
"Anzeige erstattet", "Teilen müssen sich", "Kommentieren wollte", "Condividere la vasca", "Pubblicità sulle
magliette", "Iscrizioni aperte", "Reklamacje", "Komentarz trenera", "Реклама на новой трибуне" and "Поделиться
дорожкой" are article sentences. The TikTok, Strava and Instagram residues, the two ad breaks, the consent line, the
video-after-the-ad line and the erid label are counted as markers; the reading-time rows as reading-time lines; the
two credits, the bio line, the Etsy and Strava plugs and the staff, compiled-by and prepared-by credits as bylines;
the Wix, company-registration, Medium, publisher, no-liability, VAT, ads-liability and editorial-opinion rows as
footers; the reactions row, the closed-comments line, the two sort rows, the cancel-reply link, the notify-me
checkbox, the readers'-opinions line and the Cackle title as comments; the share rows as share; the transparency
note, the correction and the not-medical-advice disclaimer as notices. On every page the title, the paragraphs
before the subheading (three, the third with the quote, on eleven pages; two, the second with the quote, on
fr-portail-bramoussac-tribune), the subheading, its list rows (three, or four on the stadium story) and the two last
paragraphs are article (10 lines a page; the blog posts' closing lines about the next post or asking readers for
their experience are their last paragraphs and counted as article) and everything else is noise (20 lines a page);
in particular site names and taglines, menus, breadcrumbs, bylines, job titles and author names, dates, categories,
listen links, view counts, the 16+ mark, tables of contents, photo, map and chart captions and photo credits, ad
labels and ads, read-also and related links, PDF, video, gallery and GPX links, a route-stats row, newsletter,
WhatsApp, MAX and Google News prompts, a poll, affiliate and partner links, a promo code, a donation prompt, tags,
share lines, comment headings and counts, commenter rows, comment texts and replies, previous- and next-post links,
theme credits, legal links and copyright lines are noise. The layouts: one to four noise lines above the title (on
de-portal-brunnwiesing-marathonstrecke an ad label and a car dealer's ad stand above the site name and breadcrumb),
one to six under it (tables of contents under the title on de-blog-meepleamkuechentisch-eisenbahnspiel, in a block
of its own after the date and category rows, and on it-blog-borseesalite-argine, in the same block as its date row),
a table of contents between the first and second paragraphs on en-blog-mudandswitchbacks-ridgerecce and between the
paragraph with the quote and the subheading on pl-blog-muszkainurt-lipienie-grudzien, one to six noise lines between
the first paragraph and the subheading on every page, noise between the subheading and the first list row on two
pages (fr-blog-soiesetremous-ouverture, a photo caption, and it-portale-sassolvento-parete-arrampicata, a timetable
link), noise among the list rows on every page (a gap of one line on six pages and of two lines on three:
it-portale-sassolvento-parete-arrampicata, a video and a gallery link, pl-portal-trzcinogrod-przystan, a gallery and
a see-also link, and ru-portal-kamyshevodsk-pole-dlya-boulza, an ad label and an ad; one line inside the block of
rows, with no blank line around it, on en-portal-ketterslade-poolreopens,
de-blog-meepleamkuechentisch-eisenbahnspiel and pl-blog-muszkainurt-lipienie-grudzien), noise between the last list
row and the last paragraphs on four pages (two lines, an ad label and an ad, on the marathon story), noise between
the two last paragraphs on five pages (the pool story's poll, the opening-day post's next-post link, the riverbank
post's newsletter prompt, the boathouse story's Google News prompt and the bowls story's video link) and eight to
twelve at the foot, with replies on every page (a "↳" reply from the paper or the editors on three portals, a "↳"
reply from a commenter on the stadium story, the author's reply and then a "↳↳" reply to it on the six blogs, and
"↳↳" replies to replies also on the marathon and boathouse stories); four pages have no footer line under their
comments (the marathon, railway-game, riverbank and bowls pages). The subheadings and rows:
en-portal-ketterslade-poolreopens "New opening times", en-blog-mudandswitchbacks-ridgerecce "What I'd change before
race day", fr-portail-bramoussac-tribune "Ce que contient la tribune" (four rows), fr-blog-soiesetremous-ouverture
"Ma boîte pour la journée", de-portal-brunnwiesing-marathonstrecke "Die wichtigsten Änderungen",
de-blog-meepleamkuechentisch-eisenbahnspiel "Was uns geholfen hat", it-portale-sassolvento-parete-arrampicata "Come
prenotare", it-blog-borseesalite-argine "Cosa rifarei", pl-portal-trzcinogrod-przystan "Co się zmieniło",
pl-blog-muszkainurt-lipienie-grudzien "Co sprawdziło się tym razem", ru-portal-kamyshevodsk-pole-dlya-boulza "Что
сделали подрядчики" and ru-blog-krutimnasever-vokrug-ozera "Что пригодилось в дороге" (three rows each but the
stadium story); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language
en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by
place head 11, body 8, tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail
8), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page): en-portal-ketterslade-poolreopens
(a regional news portal's story on the town's swimming pool reopening after 18 months of repairs to its tank, with a
comment and the paper's reply), en-blog-mudandswitchbacks-ridgerecce (a trail-running blog's post on a night recce
of a fell race's ridge section, with a comment, the author's reply and a reply to it), fr-portail-bramoussac-tribune
(a regional news portal's story on a football club's new 1,200-seat stand, with two comments and a reply),
fr-blog-soiesetremous-ouverture (a fly-fishing blog's post on the opening day of the trout season in cold high
water, with a comment, the author's reply and a reply to it), de-portal-brunnwiesing-marathonstrecke (a regional
news portal's story on a city marathon's route moved out of the old town because of bridge works, with a comment,
the paper's reply and a reply to it), de-blog-meepleamkuechentisch-eisenbahnspiel (a board-game blog's post on a
family's first game of a long railway game over two evenings, with a comment, the author's reply and a reply to it),
it-portale-sassolvento-parete-arrampicata (a regional news portal's story on an eleven-metre climbing wall opened in
a school gym, with two comments and the paper's reply), it-blog-borseesalite-argine (a cycle-touring blog's post on
three days by bike along a river embankment to the sea, with a comment, the author's reply and a reply to it),
pl-portal-trzcinogrod-przystan (a regional news portal's story on a rowing club's renovated boathouse, with two
guest comments, a reply and a reply to it), pl-blog-muszkainurt-lipienie-grudzien (a fly-fishing blog's post on
fishing for grayling in December frost, with a comment, the author's reply and a reply to it),
ru-portal-kamyshevodsk-pole-dlya-boulza (a regional news portal's story on a bowls green relaid in the town garden,
with two comments and the editors' reply) and ru-blog-krutimnasever-vokrug-ozera (a cycle-touring blog's post on a
160-kilometre ride round a lake in two days, with a comment, the author's reply and a reply to it); every page holds
a title, a subheading with list rows, a quote in the article and noise above the title, under it, between the
paragraphs, among the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 0192ec6ef4b24b972a1085de055e29aee1517338, measured with ``cd /tmp/wt-s95 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s95/src python -m pytest -q tests/test_clean_held_out_95.py -rA
-p no:cacheprovider`` (25 failed, 52 passed) and ``cd /tmp/wt-s95 && PYTHONPATH=/tmp/wt-s95/src python
scripts/clean_held_out_report.py --sets 95`` (noise lines removed 31/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 47 of 240), with the xfail tables empty): noise lines removed 31/45 (marker 5/8, reading-time
5/7, byline 3/8, footer 6/8, comments 7/8, share 3/3, notice 2/3; missed, all kept in the text: at the head the
English "A quick read – about three minutes." and "Words: Tamsin Orrock | Pictures: Rhodri Penwarden", the French
"Par Clémence Vautrelle (texte) et Yanis Berthaud (photos)" and the Polish "Lektura na 5 minut" and "Oprac. Bartosz
Wielgomas na podst. informacji klubu"; in the body the English "Route preview unavailable – view this activity on
Strava", the German "Ich bin damit einverstanden, dass mir externe Inhalte von Komoot angezeigt werden." and the
Polish "Materiał wideo zostanie odtworzony po reklamie"; at the foot the English "I sell my hand-tied flies in small
batches on Etsy – the shop reopens on the first Sunday of every month." and "Sign up to discover human stories that
deepen your understanding of the world.", the French "Ce site est édité par la SARL Éditions Sablerolle, au capital
de 0 000 euros, RCS 000 000 000.", the Italian "Seguimi su Strava: lì trovi tutti i miei giri, anche quelli venuti
male." and "Avvisami via email in caso di nuovi commenti." and the Russian "Информация в статье носит
ознакомительный характер и не является медицинской рекомендацией."); keep lines kept 20/20; pages 1/12 clean
(fr-portail-bramoussac-tribune), 47 of 240 page noise lines left and 12 of 120 article lines lost:
en-portal-ketterslade-poolreopens 3 left ("Sport reporter", "Image caption: Swimmers queue at the doors of the pool
at 6.30am on Wednesday." and "Have your say: are the new opening hours right for you? Vote in our poll");
en-blog-mudandswitchbacks-ridgerecce 9 left ("Mud and Switchbacks", "Trail running on a budget, mostly in the rain",
"Contents", "1. Getting to the start", "2. The ridge in the dark", "3. Changes for race day", "My kit for the night:
two torches, a flask and the sweets.", "Strava: 14.2 km · 2h 11m · 612 m elevation" and "Pictured: the cairn at the
top of the grass descent."); fr-blog-soiesetremous-ouverture 6 left ("Soies et Remous – carnet d'un pêcheur à la
mouche", "14 mars 2026", "Catégorie : Sorties", "Le pont de pierre, à 6 h 40, avant la grêle.", "Photo : ma boîte à
mouches, rangée pour une fois." and "Les nymphes que j'utilise sont chez Mouches Rivolat, code SOIES10 pour -10 %")
and 1 article line lost or put out of order (its last paragraph "Et vous, comment s'est passée votre ouverture ?
Dites-le-moi, je suis curieux."); de-portal-brunnwiesing-marathonstrecke 3 left ("Streckenplan als PDF herunterladen
(1,2 MB)", "Partnerangebot" and "Laufschuhe bis -40 % – jetzt im Sporthaus Tilgner");
de-blog-meepleamkuechentisch-eisenbahnspiel 1 left ("Foto: Der Spielplan nach dem ersten Abend, noch halb
aufgebaut."); it-portale-sassolvento-parete-arrampicata none left and 6 article lines lost or put out of order (its
subheading "Come prenotare", its three list rows and its two last paragraphs); it-blog-borseesalite-argine 4 left
("La mia bici carica davanti a casa, la mattina della partenza.", "Traccia su Komoot: 240 km, 310 m di dislivello",
"Link affiliato: le borse che uso le trovi qui" and "La tenda montata sull'argine, prima notte.");
pl-portal-trzcinogrod-przystan 4 left ("Nowy pomost przy przystani, widok od strony rzeki.", "dodano: 05.12.2026,
10:14", "Ogłoszenie" and "Stolarnia Grabiszczak – schody i drzwi drewniane, tel. 000 000 000") and 5 article lines
lost or put out of order (its subheading "Co się zmieniło", its first two list rows and its two last paragraphs; its
third row, after the gallery and see-also links, is kept); pl-blog-muszkainurt-lipienie-grudzien 7 left ("Zdjęcie:
oszroniona trawa przy brodzie o 8 rano.", "Spis treści", "Dlaczego lipień w grudniu", "Sprzęt", "Podsumowanie",
"Link partnerski – przypony, których używam, kupisz tutaj" and "Tak wyglądał pierwszy lipień, 34 cm.");
ru-portal-kamyshevodsk-pole-dlya-boulza 1 left ("Новое поле после первой стрижки.");
ru-blog-krutimnasever-vokrug-ozera 9 left ("Крутим на север — велоблог", "27 сентября 2026", "Рубрика: Походы",
"Карта маршрута", "Скачать трек GPX (160 км)", "Наши велосипеды у лодочного причала, утро первого дня.",
"Партнёрская ссылка: палатка, которую мы брали, — на Ozon", "Та самая цепь, порванная посреди поля." and "Поддержать
блог можно через форму доната внизу страницы"). Of the left page lines four stand above the title (the blog names
and taglines of the ridge-recce, opening-day and lake-loop posts; every portal's site name, menu and breadcrumb
goes, as does the marathon story's car-dealer ad above its site name); eight stand under the title (the pool story's
job title and photo caption, the opening-day post's date and category, the boathouse story's photo caption and date
and the lake-loop post's date and rubric; every byline, listen link, view count, photo credit and both tables of
contents under the titles go); twenty-three stand between the paragraphs before the subheading (the ridge-recce
post's table of contents, kit caption and Strava stats row, the opening-day post's bridge caption, the railway-game
post's caption, the riverbank post's caption, Komoot row and affiliate link, the boathouse story's ad label and
joinery ad, the grayling post's frost caption and its table of contents, the bowls story's caption and the lake-loop
post's route-map heading, GPX link, caption and partner link); one stands between the subheading and the first list
row (the opening-day post's fly-box caption; the climbing-wall story's timetable link goes); six stand among the
list rows (the ridge-recce post's cairn caption, the opening-day post's promo code, the marathon story's PDF link,
the riverbank post's tent caption, the grayling post's partner link inside the block of rows and the lake-loop
post's chain caption; the pool story's timetable link inside the block, the stadium story's video link, the
railway-game post's PDF link inside the block, the climbing-wall story's video and gallery links, the boathouse
story's gallery and see-also links and the bowls story's ad label and ad go); four stand between the last list row
and the last paragraphs (the marathon story's partner-offer label and running-shoe ad, the grayling post's caption
and the lake-loop post's donation prompt; the stadium story's newsletter prompt goes); one stands between the two
last paragraphs (the pool story's poll; the opening-day post's next-post link, the riverbank post's newsletter
prompt, the boathouse story's Google News prompt and the bowls story's video link go); and none stands at the foot
(every tag, share, comment heading, commenter row, comment text, reply, previous-post, newsletter, theme, legal and
copyright line goes). Twelve article lines are lost or put out of order: the opening-day post's closing question,
the climbing-wall story's subheading, three rows and two last paragraphs, and the boathouse story's subheading,
first two rows and two last paragraphs. The failing cases are strict xfails.

Still held out after rounds 76 and 77 and session 29's second opinion (round 76, developed on sets 91 and 92: comment
threads signed with bare names, reading times addressed to the reader, press-regulator lines, map and table lines,
next-part teasers, spoiler lines, shop plugs; the second opinion retrained on sets 1-92 with a bar of its own for
clause-like tail lines; round 77, developed on sets 93 and 94: a subheading's rows carry on past lines the rules took,
chart and map captions under a label, trade ads with free quotes, newsletter and story-tip prompts, unnumbered tables of
contents under a table-only header, platform credits, image zoom buttons; this set was written against 0192ec6, before
all three; measured once with ``scripts/clean_held_out_report.py --sets 95`` at f4fe582): noise lines removed 31/45
(unchanged), keep lines 20/20, pages clean 1/12, page noise lines left 47 -> 50 of 240, article lines lost 12 -> 6 of
120 (the trout-opening post's closing question and the marina story's subheading, first two rows and two last paragraphs
are kept; the climbing-wall story still loses six lines; the marina story keeps one more noise line, which had gone with
its lost lines, and the river-bank post two more). Page reasons are not reworded (round 78 reads the set).

Round 78 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_95.py`` at main's 5ccde0f (before; after
rounds 76 and 77) and the round's last commit on branch round78 (after): noise lines 31 -> 33 of 45 (marker 5/8,
reading-time 5/7 -> 7/7, byline 3/8, footer 6/8, comments 7/8, share 3/3, notice 2/3), keep lines 20 -> 20 of 20, pages
clean 1 -> 1 of 12, page noise lines left 50 -> 48 of 240, article lines lost 6 -> 0 of 120; pytest 52 passed, 25
xfailed -> 54 passed, 23 xfailed. Fixed, by mechanism: the last row of a list whose rows end in a semicolon or a comma,
with its full stop, ends the subheading's block past the page's lines between the rows (page_blocks._is_closing_row: set
95's climbing-wall story kept no block when a video and a gallery link stood before its last row, and lost its
subheading, three rows and two last paragraphs); an unnumbered table of contents printed in one block with its header
ends at the block's end, the article's paragraph may stand under the subheading that follows (clean._unnumbered_toc_end:
round 77's rule, commit 0aaed55 and its squashed work 06677b4, took set 96's Cassini subheading 'Trois détails qui m'ont
surpris' as a fourth entry); a table of contents the rules took under the title counts as evidence of the page's head as
its entries did before round 77 took them (page_blocks._mark_head: set 95's riverbank post keeps 6 -> 4 lines again, its
blog name and tagline go, and set 92's popcorn-roast post is clean); a blog's last paragraph asking the reader to tell
the author, in the first person singular, in the comments stops the edge models' walk (clean._AUTHOR_ASKS_IN_COMMENTS:
the Cassini post's 'Si votre village a aussi perdu un moulin, racontez-le-moi en commentaire !', p=0.98 for the second
opinion); a comment thread under a call to react to the article ('Réagir à cet article', noise_patterns.REPLY_FORM),
signed by guests with a tilde ('~Gość: Stanisław', '↳ ~Redakcja', comment_threads._COMMENTER_ROW and
noise_patterns.NESTED_REPLY), or with no header, a commenter's name over a comment and a reply's arrow under it
(comment_threads._is_headerless_thread), goes: set 96's library, archive and record-washing threads. Classes added (six
languages, near misses, test_round_78_*): a poll's label and question with no call ('Sondage : fréquentez-vous la
médiathèque ?') and the call to vote in our poll ('Have your say: ... ? Vote in our poll'); a liked-it question then the
newsletter's sign-up ('Ti è piaciuto questo articolo? Iscriviti alla newsletter'); a quick read told in minutes ('A
quick read – about three minutes.', 'Lektura na 5 minut'). Other sets moved (held-out report): set 72's kiosk column 4
-> 1 page lines left (its 'Réagir à cet article' thread goes), set 91's night-train post 5 -> 4 (its blog name goes),
set 92 0 -> 1 pages clean and 16 -> 14 lines left; no set lost a noise, keep or article line; SemEval diff 0 of 3,723
files. Left: the single lines of the _LINE_XFAIL table (embed and consent residue, bylines and credits, the Etsy and
Strava plugs, Medium's and the publisher's footers, the notify-me checkbox, the not-medical-advice disclaimer), and on
the pages the photo captions with no label or written as sentences, blog names and taglines with their date and category
rows above and under the title on three blogs, tables of contents with numbered entries or under a 'Spis treści' between
paragraphs, the Strava, Komoot and GPX rows, affiliate and partner links, a promo code, a PDF link, the donation prompt,
two ads with their labels, and the climbing-wall story's timetable link, now kept as a row of its subheading's block.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_95_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "This content is imported from TikTok. You may be able to find the same content in another format, or "
             "you may be able to find more information, at their web site.", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("body", "Route preview unavailable – view this activity on Strava", "marker"),
    ("head", "Est. read: 5 mins", "reading-time"),
    ("head", "A quick read – about three minutes.", "reading-time"),
    ("head", "Words: Tamsin Orrock | Pictures: Rhodri Penwarden", "byline"),
    ("tail", "Tamsin Orrock covers grassroots sport across the district. Got a story for her? Get in touch.", "byline"),
    ("tail", "I sell my hand-tied flies in small batches on Etsy – the shop reopens on the first Sunday of every "
             "month.", "byline"),
    ("tail", "This site was designed with the Wix.com website builder. Create your website today.", "footer"),
    ("tail", "Published by Scallowfield News Ltd, registered in England and Wales no. 00000000. Registered office: 0 "
             "Quarry Road, Scallowfield.", "footer"),
    ("tail", "Sign up to discover human stories that deepen your understanding of the world.", "footer"),
    ("tail", "0 Responses · Upvote · Funny · Love · Surprised · Angry · Sad", "comments"),
    ("tail", "Commenting on this story has now closed.", "comments"),
    ("tail", "Sort by: Newest · Oldest · Most liked", "comments"),
    ("tail", "Share on Reddit · Threads · Mastodon · Email", "share"),
    # French
    ("body", "Voir cette publication sur Instagram", "marker"),
    ("head", "Durée de lecture : 5 minutes", "reading-time"),
    ("head", "Par Clémence Vautrelle (texte) et Yanis Berthaud (photos)", "byline"),
    ("tail", "Ce site est édité par la SARL Éditions Sablerolle, au capital de 0 000 euros, RCS 000 000 "
             "000.", "footer"),
    ("tail", "Trier les commentaires : les plus récents | les plus anciens | les plus appréciés", "comments"),
    ("tail", "Partagez : Threads · Reddit · LinkedIn · courriel", "share"),
    # German
    ("body", "Ich bin damit einverstanden, dass mir externe Inhalte von Komoot angezeigt werden.", "marker"),
    ("head", "Lesedauer: 3 Minuten", "reading-time"),
    ("head", "Von unserem Redaktionsmitglied Friederike Halsbrock", "byline"),
    ("tail", "Alle Angaben ohne Gewähr. Änderungen und Irrtümer vorbehalten.", "footer"),
    ("tail", "Antwort abbrechen", "comments"),
    ("tail", "Transparenzhinweis: Die Autorin ist Mitglied im Vorstand des Vereins.", "notice"),
    # Italian
    ("body", "Continua a leggere dopo la pubblicità", "marker"),
    ("head", "Si legge in 3 minuti", "reading-time"),
    ("tail", "Seguimi su Strava: lì trovi tutti i miei giri, anche quelli venuti male.", "byline"),
    ("tail", "Partita IVA 00000000000 · Privacy Policy · Cookie Policy", "footer"),
    ("tail", "Avvisami via email in caso di nuovi commenti.", "comments"),
    ("tail", "Condividi: Facebook | X | Threads | Email", "share"),
    # Polish
    ("body", "Materiał wideo zostanie odtworzony po reklamie", "marker"),
    ("head", "Lektura na 5 minut", "reading-time"),
    ("head", "Oprac. Bartosz Wielgomas na podst. informacji klubu", "byline"),
    ("tail", "Redakcja nie ponosi odpowiedzialności za treść ogłoszeń.", "footer"),
    ("tail", "Komentarze są prywatnymi opiniami użytkowników portalu.", "comments"),
    ("tail", "Sprostowanie: w pierwotnej wersji tekstu podaliśmy błędną datę otwarcia.", "notice"),
    # Russian
    ("body", "Реклама. ООО «Кедрострой-Спорт», ИНН 0000000000, erid: 2Vtzqw0000", "marker"),
    ("head", "Читается за 4 минуты", "reading-time"),
    ("tail", "Материал подготовил Глеб Ржанников", "byline"),
    ("tail", "Мнение редакции может не совпадать с мнением автора.", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Информация в статье носит ознакомительный характер и не является медицинской рекомендацией.", "notice"),
]

HELD_OUT_95_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Shares in the supporters' trust were offered to members at £10 each to help pay for the new stand."),
    ("head", "Reading time trials, held at the pool every winter, drew 140 swimmers last year."),
    ("body", "Advertising hoardings around the pitch will carry the names of the 212 fans who paid for a seat."),
    ("body", "Comments from the marathon's runners' forum helped planners move the route away from the cobbled "
             "square."),
    ("tail", "Sponsored swims raised £4,300 towards the new changing rooms, the club said."),
    ("tail", "Follow-up inspections of the boathouse roof are planned for the spring, the rowing club said."),
    ("tail", "All rights to the stand's name were sold to a local bakery for five years, the club confirmed."),
    # French
    ("head", "Partager les couloirs entre nageurs et clubs restera la règle le mercredi, précise la mairie."),
    ("body", "Publicité ou pas, le club refuse de vendre le nom de la nouvelle tribune à une marque."),
    ("tail", "Commentaires et suggestions des coureurs seront recueillis jusqu'au 15 mars par la ligue d'athlétisme."),
    # German
    ("head", "Anzeige erstattet hat der Verein nach dem Einbruch in das Bootshaus im Januar."),
    ("body", "Teilen müssen sich die Kletterer die Halle künftig mit dem Schulsport."),
    ("tail", "Kommentieren wollte der Verband die neue Streckenführung am Montag nicht."),
    # Italian
    ("head", "Condividere la vasca con le scuole sarà possibile solo al mattino, spiega il gestore."),
    ("body", "Pubblicità sulle magliette e sponsor locali hanno pagato metà della nuova tribuna."),
    ("tail", "Iscrizioni aperte fino a venerdì: per i nuovi soci del circolo di bocce la prima stagione costa la "
             "metà."),
    # Polish
    ("body", "Reklamacje dotyczące nowej nawierzchni klub złożył wykonawcy już w październiku."),
    ("tail", "Komentarz trenera był krótki: nowa ścianka to szansa dla dzieci z całego powiatu."),
    # Russian
    ("head", "Реклама на новой трибуне принесёт клубу около двух миллионов рублей в год."),
    ("tail", "Поделиться дорожкой с любителями пловцам клуба придётся только по выходным."),
]


HELD_OUT_95_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-ketterslade-poolreopens": _page("en", "en-portal-ketterslade-poolreopens", [
        ["-Ketterslade Echo",
         "-News | Sport | Business | Community | Announcements"],
        ["+Ketterslade Leisure Pool reopens after 18 months of repairs"],
        ["-By Harriet Quennell",
         "-Sport reporter",
         "-Published 3 December 2026, 6:00am",
         "-Image caption: Swimmers queue at the doors of the pool at 6.30am on Wednesday."],
        ["+The town's only public swimming pool reopened on Wednesday morning, eighteen months after cracks in the "
         "main tank forced it to close."],
        ["+The council spent £2.1m relining the 25-metre tank, replacing the boiler and rebuilding the changing "
         "rooms, which now have separate cubicles for families."],
        ["-Related: Council approves pool repair budget after petition",
         "-Related: Swimming club moves training to school pool for second winter"],
        ["+\"We had people knocking on the door every week asking when we would open,\" said the centre's manager, "
         "Priya Dunsford. \"This morning the first lane was full before the lights were on.\""],
        ["-Promoted listing",
         "-Tenterby Heating – boiler servicing and repairs, call 00000 000000"],
        ["+New opening times"],
        ["+Early swim: weekdays from 6.30am to 8.30am.",
         "+Public sessions: daily from 10am to 4pm, with a lane kept for lengths.",
         "-Download the full timetable (PDF, 240KB)",
         "+Club and school bookings: weekday evenings and Saturday mornings."],
        ["+Prices are unchanged from 2024, with an adult swim at £4.80 and under-fives free."],
        ["-Have your say: are the new opening hours right for you? Vote in our poll"],
        ["+The swimming club, which trained in a school pool in the next town while the repairs went on, returns on "
         "Monday."],
        ["-Topics: Ketterslade, Swimming, Leisure centres",
         "-Share this article: Facebook | X | WhatsApp | Email"],
        ["-3 comments",
         "-MargeT_swims",
         "-Finally! My knees have missed that pool more than I can say.",
         "-↳ Ketterslade Echo",
         "-Glad to hear it, Marge – see you in the slow lane."],
        ["-© 2026 Ketterslade Echo. All rights reserved."],
    ]),
    "en-blog-mudandswitchbacks-ridgerecce": _page("en", "en-blog-mudandswitchbacks-ridgerecce", [
        ["-Mud and Switchbacks",
         "-Trail running on a budget, mostly in the rain"],
        ["+A night recce of the Crookback Ridge race route"],
        ["-Posted on 30 November 2026 by Dev"],
        ["+The race is in January, so on Saturday I went up to run the middle section in the dark, the way most of "
         "us will meet it."],
        ["-Contents",
         "-1. Getting to the start",
         "-2. The ridge in the dark",
         "-3. Changes for race day"],
        ["+I parked at the old quarry at half past five, with two head torches, a flask and far too many jelly "
         "babies."],
        ["-My kit for the night: two torches, a flask and the sweets."],
        ["+Halfway along the ridge the wind got up, and a marshal from last year, who was out walking his dog, told "
         "me: \"If you can't see the cairns, you're already off the line.\""],
        ["-Strava: 14.2 km · 2h 11m · 612 m elevation"],
        ["+What I'd change before race day"],
        ["+A brighter head torch, with a spare battery in a chest pocket rather than in the pack.",
         "+Studs rather than trail shoes for the grass descent to the beck."],
        ["-Pictured: the cairn at the top of the grass descent."],
        ["+The first gel at forty minutes, not when I start to feel empty."],
        ["+I'll go back for the final climb in daylight next weekend and write that up too."],
        ["+If you've run the route before, tell me where you lost the path – I'm sure I'm not the only one."],
        ["-Tags: night running, recce, fell races",
         "-← Previous: Winter tights tested in sleet"],
        ["-4 comments",
         "-Joss R.",
         "-I lost it at the second stile – go left of the wall, not right.",
         "-↳ Dev",
         "-Thanks Joss, that's exactly where I wandered off!",
         "-↳↳ Joss R.",
         "-Ha, everyone does. See you at the start."],
        ["-© 2026 Mud and Switchbacks · Theme by GeneratePress"],
    ]),
    "fr-portail-bramoussac-tribune": _page("fr", "fr-portail-bramoussac-tribune", [
        ["-Bramoussac Infos",
         "-Actualités > Sports > Football"],
        ["+Le FC Bramoussac inaugure sa nouvelle tribune de 1 200 places"],
        ["-Publié le 29/11/2026 à 18h12",
         "-Par la rédaction",
         "-Écouter cet article",
         "-La nouvelle tribune nord, samedi, quelques minutes avant le coup d'envoi. Photo Bramoussac Infos"],
        ["+Après deux saisons de travaux, la tribune nord du stade municipal a été inaugurée samedi, avant le match "
         "de championnat."],
        ["-À lire aussi : Le stade municipal fermé au public pendant les travaux"],
        ["+« Pour la première fois, nos supporters seront assis et au sec », s'est réjoui le président du club, "
         "Thierry Massabuau, en rappelant que les gradins en bois de 1968 avaient été fermés en 2023."],
        ["-Annonce",
         "-Menuiserie Grolandier – fenêtres et portes sur mesure, devis gratuit"],
        ["+Ce que contient la tribune"],
        ["+1 200 places assises, dont 24 pour les personnes à mobilité réduite ;",
         "+un club-house de 150 m² ouvert les soirs de match ;"],
        ["-Vidéo : visite de la tribune en images"],
        ["+quatre vestiaires, dont deux réservés aux équipes féminines ;",
         "+des panneaux solaires sur le toit, qui couvrent l'éclairage du terrain."],
        ["-Recevez l'essentiel de l'actualité sportive chaque lundi : inscrivez-vous à la newsletter"],
        ["+Le chantier a coûté 3,4 millions d'euros, financés par la commune, la région et la ligue."],
        ["+Les abonnements pour la seconde partie de saison sont en vente au secrétariat du club."],
        ["-Mots-clés : football, stade, travaux"],
        ["-2 commentaires",
         "-Nono_82",
         "-Enfin ! Ça faisait longtemps qu'on attendait ça.",
         "-Supporter depuis 40 ans",
         "-Et le parking, on en parle ?",
         "-↳ Nono_82",
         "-Il y a le parking de la salle des fêtes à 300 m."],
        ["-© Bramoussac Infos 2026 – Tous droits réservés"],
    ]),
    "fr-blog-soiesetremous-ouverture": _page("fr", "fr-blog-soiesetremous-ouverture", [
        ["-Soies et Remous – carnet d'un pêcheur à la mouche"],
        ["+Ouverture sur la Vézeronne : trois truites et une averse de grêle"],
        ["-14 mars 2026",
         "-Catégorie : Sorties"],
        ["+Samedi, c'était l'ouverture, et comme chaque année j'étais au bord de l'eau avant le lever du jour."],
        ["-Le pont de pierre, à 6 h 40, avant la grêle."],
        ["+L'eau était haute et froide, à 7 degrés, et les truites ne montaient pas du tout."],
        ["+Un vieux pêcheur du coin m'a glissé : « En mars, ici, on pêche en nymphe ou on rentre boire un café. »"],
        ["-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission."],
        ["+Ma boîte pour la journée"],
        ["-Photo : ma boîte à mouches, rangée pour une fois."],
        ["+des nymphes casquées en tungstène, tailles 14 et 16 ;"],
        ["-Les nymphes que j'utilise sont chez Mouches Rivolat, code SOIES10 pour -10 %"],
        ["+deux mouches sèches au cas où, en CDC gris ;",
         "+un bas de ligne de 4 mètres, en 14 centièmes."],
        ["+Les trois truites ont été relâchées, la plus belle faisait 31 centimètres."],
        ["-Article suivant : monter une nymphe casquée en cinq minutes"],
        ["+Et vous, comment s'est passée votre ouverture ? Dites-le-moi, je suis curieux."],
        ["-Recevoir les nouveaux articles par e-mail",
         "-Partager : Facebook · Pinterest · WhatsApp",
         "-Étiquettes : truite, nymphe, ouverture"],
        ["-3 réponses",
         "-Gaspard L.",
         "-Même constat sur le haut de la rivière, pas une gobée avant midi.",
         "-↳ Soies et Remous",
         "-Midi, c'est déjà beau ! Moi je n'en ai vu aucune.",
         "-↳↳ Gaspard L.",
         "-On se retrouve au pont pour la prochaine ?"],
        ["-Fièrement propulsé par WordPress",
         "-Mentions légales · Contact"],
    ]),
    "de-portal-brunnwiesing-marathonstrecke": _page("de", "de-portal-brunnwiesing-marathonstrecke", [
        ["-Werbung",
         "-Autohaus Gerlitz – Winterreifen-Aktion bis 31.12."],
        ["-Brunnwiesinger Rundschau",
         "-Startseite › Lokales › Sport"],
        ["+Stadtmarathon: Neue Strecke meidet die Altstadt"],
        ["-Von Lena Kürbitz",
         "-03.12.2026, 17:45 Uhr",
         "-Lesezeit: 2 Minuten",
         "-Karte: Die neue Marathonstrecke (rot) und die alte Strecke (grau)"],
        ["+Der Brunnwiesinger Stadtmarathon führt im kommenden April nicht mehr durch die Altstadt."],
        ["+Grund sind die Bauarbeiten an der Marktbrücke, die bis mindestens Herbst 2027 gesperrt bleibt."],
        ["-Lesen Sie auch: Marktbrücke bleibt länger gesperrt als geplant"],
        ["+„Wir haben lieber eine flache, schnelle Strecke als eine mit drei Umleitungen“, sagte Organisator Ulf "
         "Behrendsen."],
        ["+Die wichtigsten Änderungen"],
        ["+Start und Ziel liegen jetzt am Sportpark Ost statt am Marktplatz."],
        ["-Streckenplan als PDF herunterladen (1,2 MB)"],
        ["+Die Runde führt zweimal am Flussufer entlang und ist damit fast ohne Steigung.",
         "+Die Halbmarathon-Läufer starten eine Stunde früher, um 8.30 Uhr."],
        ["-Partnerangebot",
         "-Laufschuhe bis -40 % – jetzt im Sporthaus Tilgner"],
        ["+Anwohner entlang der neuen Strecke werden im Februar per Post informiert."],
        ["+Die Anmeldung ist seit Montag geöffnet; bis Ende Januar gilt der Frühbucherpreis von 59 Euro."],
        ["-Artikel teilen: Facebook · WhatsApp · E-Mail"],
        ["-Kommentare (3)",
         "-LäuftBeiMir",
         "-Schade um die Altstadt, das war immer der schönste Teil.",
         "-↳ Redaktion",
         "-Der Organisator prüft, ob 2028 wieder durch die Altstadt gelaufen werden kann.",
         "-↳↳ LäuftBeiMir",
         "-Danke für die Info!"],
    ]),
    "de-blog-meepleamkuechentisch-eisenbahnspiel": _page("de", "de-blog-meepleamkuechentisch-eisenbahnspiel", [
        ["-Meeple am Küchentisch",
         "-Start · Rezensionen · Spieleabende · Über mich"],
        ["+Zwei Abende für ein Eisenbahnspiel"],
        ["-12. November 2026",
         "-Kategorie: Spieleabende"],
        ["-Inhaltsverzeichnis",
         "-Der erste Abend",
         "-Tipps für die Regelerklärung",
         "-Fazit"],
        ["+Vergangene Woche lag endlich „Kohle und Gleise“ auf dem Küchentisch, das Spiel, das seit Sommer "
         "ungeöffnet im Regal stand."],
        ["-Foto: Der Spielplan nach dem ersten Abend, noch halb aufgebaut."],
        ["+Wir waren zu viert, und allein die Regelerklärung hat eine gute Stunde gedauert."],
        ["+Irgendwann sagte meine Schwester: „Ich weiß nicht, ob ich gewinne, aber meine Strecke ist die schönste.“"],
        ["-*Affiliate-Link: Wenn du über diesen Link kaufst, bekomme ich eine kleine Provision."],
        ["+Was uns geholfen hat"],
        ["+Die erste Runde offen spielen, mit allen Karten auf dem Tisch.",
         "+Einen Zettel mit der Rundenübersicht für jeden, statt einem Heft in der Mitte.",
         "-Rundenübersicht zum Ausdrucken (PDF)",
         "+Nach dem ersten Abend alles liegen lassen und am nächsten Tag weiterspielen."],
        ["+Am Ende gewann mein Vater mit drei Punkten Vorsprung, obwohl er die Regeln angeblich nicht verstanden "
         "hatte."],
        ["+Beim nächsten Mal probieren wir die Erweiterung mit den Fähren."],
        ["-Schlagwörter: Eisenbahnspiele, Familie, Erstpartie",
         "-← Vorheriger Beitrag: Drei kurze Spiele für die Mittagspause"],
        ["-2 Kommentare",
         "-Brettspielbernd",
         "-Die Fähren-Erweiterung lohnt sich, aber erst ab der dritten Partie.",
         "-↳ Meeple am Küchentisch",
         "-Gut zu wissen, dann warten wir noch!",
         "-↳↳ Brettspielbernd",
         "-Genau, sonst wird es zu viel auf einmal."],
    ]),
    "it-portale-sassolvento-parete-arrampicata": _page("it", "it-portale-sassolvento-parete-arrampicata", [
        ["-Sassolvento Notizie"],
        ["+Inaugurata la nuova parete di arrampicata nella palestra delle scuole medie"],
        ["-2 dicembre 2026",
         "-La parete alta undici metri nella palestra di via Roma (foto Comune di Sassolvento)"],
        ["+Sabato è stata inaugurata la parete di arrampicata della palestra di via Roma, alta undici metri e larga "
         "diciotto."],
        ["-Leggi anche: Palestra delle medie, via libera ai lavori"],
        ["-Spazio sponsor",
         "-Serramenti Bonvicini – porte e finestre su misura, preventivi gratuiti"],
        ["+La struttura, costata 180 mila euro, sarà usata al mattino dalle scuole e il pomeriggio dalla sezione "
         "locale del CAI."],
        ["+«Finora i nostri ragazzi dovevano andare fino in città per allenarsi», ha detto l'assessore allo sport "
         "Marta Ghidinelli."],
        ["-Iscriviti al canale WhatsApp di Sassolvento Notizie"],
        ["+Come prenotare"],
        ["-Orari e tariffe complete sul sito del Comune"],
        ["+corsi per principianti il martedì e il giovedì dalle 18;",
         "+ingresso libero per i soci il sabato pomeriggio;"],
        ["-Video: il primo tiro sulla nuova parete",
         "-Guarda la galleria fotografica (18 foto)"],
        ["+noleggio di scarpette e imbrago alla reception."],
        ["+Per arrampicare serve un certificato medico non agonistico."],
        ["+Il prossimo anno il Comune vuole aggiungere un'area boulder per i più piccoli."],
        ["-Tag: arrampicata, scuole, sport",
         "-Condividi: Facebook · X · WhatsApp · Telegram"],
        ["-Commenti (2)",
         "-Giulia_climb",
         "-Finalmente! Porto mio figlio già la settimana prossima.",
         "-Franco P.",
         "-E per gli adulti non soci quanto costa?",
         "-↳ Sassolvento Notizie",
         "-Dieci euro a ingresso, scarpette comprese."],
        ["-© 2026 Sassolvento Notizie – Registrazione Tribunale n. 0/2019"],
    ]),
    "it-blog-borseesalite-argine": _page("it", "it-blog-borseesalite-argine", [
        ["-Borse e Salite",
         "-Diario di cicloviaggi a pedali lenti"],
        ["+Tre giorni in bici lungo l'argine, con le borse e senza fretta"],
        ["-Pubblicato il 4 ottobre 2026 da Chiara",
         "-In questo articolo:",
         "-Il percorso",
         "-Le tappe",
         "-Consigli finali"],
        ["+A fine settembre io e Paolo siamo partiti da casa con le bici cariche e un'idea sola: seguire il fiume "
         "fino al mare."],
        ["-La mia bici carica davanti a casa, la mattina della partenza."],
        ["+Sono 240 chilometri quasi tutti in piano, su ciclabile o strade bianche sull'argine."],
        ["-Traccia su Komoot: 240 km, 310 m di dislivello"],
        ["+Il secondo giorno una signora ci ha riempito le borracce e ci ha detto: «Con questo vento, ragazzi, "
         "arrivate domani.»"],
        ["-Link affiliato: le borse che uso le trovi qui"],
        ["+Cosa rifarei"],
        ["+dormire in agriturismo la seconda notte, invece che in tenda;"],
        ["-La tenda montata sull'argine, prima notte."],
        ["+partire presto, perché dopo le undici il vento gira contro;",
         "+portare una camera d'aria in più: ne abbiamo bucate tre."],
        ["+Aveva ragione lei: siamo arrivati al mare il terzo giorno, alle quattro del pomeriggio."],
        ["-Iscriviti alla newsletter per ricevere i nuovi diari di viaggio"],
        ["+Nel prossimo post metto la traccia GPX e l'elenco dei posti dove abbiamo mangiato."],
        ["-Articolo precedente: Come ho scelto le borse da portapacchi"],
        ["-3 commenti",
         "-Marco_bike",
         "-Bellissimo giro! Quante ore in sella al giorno?",
         "-↳ Chiara",
         "-Circa cinque, con tante pause gelato.",
         "-↳↳ Marco_bike",
         "-Allora quasi ci provo anch'io con i bambini."],
    ]),
    "pl-portal-trzcinogrod-przystan": _page("pl", "pl-portal-trzcinogrod-przystan", [
        ["-Kurier Trzcinogrodzki",
         "-Wiadomości | Sport | Kultura | Ogłoszenia"],
        ["+Wioślarze wracają do odnowionej przystani"],
        ["-Nowy pomost przy przystani, widok od strony rzeki.",
         "-dodano: 05.12.2026, 10:14"],
        ["+Po dwóch latach remontu przystań klubu wioślarskiego znów jest otwarta."],
        ["-Czytaj także: Miasto dołoży pieniędzy do remontu przystani"],
        ["+Drewniany hangar z lat 30. dostał nowy dach, ogrzewanie i pomost z kompozytu, odporny na lód."],
        ["-Ogłoszenie",
         "-Stolarnia Grabiszczak – schody i drzwi drewniane, tel. 000 000 000"],
        ["+„Wreszcie nie musimy wynosić łodzi przez błoto”, mówi trener klubu Zbigniew Pątkowski."],
        ["+Co się zmieniło"],
        ["+hangar mieści teraz 28 łodzi zamiast 16,",
         "+powstała siłownia z ergometrami dla zawodników,"],
        ["-Galeria: przystań po remoncie (24 zdjęcia)",
         "-Zobacz też: Regaty na jesień przeniesione"],
        ["+szatnie mają wreszcie ciepłą wodę."],
        ["+Remont kosztował 4,2 mln zł, z czego większość pokryło miasto."],
        ["-Bądź na bieżąco – obserwuj nas w Google News"],
        ["+Klub zaprasza na dzień otwarty w sobotę 13 grudnia o godz. 11."],
        ["-Tagi: wioślarstwo, przystań, remont"],
        ["-Komentarze (3)",
         "-Gość: wiosło_77",
         "-Pływałem tam jako junior, aż się łezka w oku kręci.",
         "-Gość: sąsiad_z_bulwaru",
         "-A ciepła woda tylko dla zawodników?",
         "-↳ Gość: wiosło_77",
         "-Dla wszystkich, byłem w niedzielę.",
         "-↳↳ Gość: sąsiad_z_bulwaru",
         "-No to idę się zapisać."],
    ]),
    "pl-blog-muszkainurt-lipienie-grudzien": _page("pl", "pl-blog-muszkainurt-lipienie-grudzien", [
        ["-Muszka i Nurt",
         "-blog o łowieniu na muchę"],
        ["+Lipienie w grudniu, czyli jak nie zamarznąć nad rzeką"],
        ["-Opublikowano 8 grudnia 2026"],
        ["+W sobotę rano termometr w samochodzie pokazywał minus sześć, a ja i tak pojechałem nad rzekę."],
        ["-Zdjęcie: oszroniona trawa przy brodzie o 8 rano."],
        ["+Lipień to jedna z niewielu ryb, które w grudniu naprawdę żerują, jeśli tylko słońce wyjdzie zza chmur."],
        ["+Kolega z koła, który łowi tu od czterdziestu lat, powiedział mi kiedyś: „Zimą lipień bierze między "
         "dwunastą a drugą, resztę dnia możesz pić herbatę.”"],
        ["-Spis treści",
         "-Dlaczego lipień w grudniu",
         "-Sprzęt",
         "-Podsumowanie"],
        ["+Co sprawdziło się tym razem"],
        ["+małe nimfy na haczykach 18 z różowym koralikiem,",
         "+przypon fluorocarbonowy 0,12 mm,",
         "-Link partnerski – przypony, których używam, kupisz tutaj",
         "+rękawiczki bez palców i drugi termos w plecaku."],
        ["-Tak wyglądał pierwszy lipień, 34 cm."],
        ["+Złowiłem cztery lipienie, wszystkie wróciły do wody."],
        ["+Jeśli łowicie zimą, dajcie znać, na co u Was biorą."],
        ["-Tagi: lipień, zima, nimfa",
         "-Poprzedni wpis: Wiązanie nimf z koralikiem krok po kroku"],
        ["-3 komentarze",
         "-Rysiek_spod_mostu",
         "-U mnie w zeszłą sobotę też szło na różowe, potwierdzam.",
         "-↳ Muszka i Nurt",
         "-Różowy koralik rządzi w tym sezonie!",
         "-↳↳ Rysiek_spod_mostu",
         "-Dokładnie, tylko palce bolą od zimna."],
        ["-© 2026 Muszka i Nurt · motyw: Neve"],
    ]),
    "ru-portal-kamyshevodsk-pole-dlya-boulza": _page("ru", "ru-portal-kamyshevodsk-pole-dlya-boulza", [
        ["-Камышеводская правда",
         "-Новости · Спорт · Общество · Афиша",
         "-16+"],
        ["+В Городском саду перестелили поле для игры в боулз"],
        ["-Сегодня, 11:32",
         "-Просмотры: 1 204",
         "-Фото: пресс-служба администрации"],
        ["+Клуб любителей боулза снова может играть на своём поле в Городском саду: за осень газон полностью "
         "перестелили."],
        ["-Новое поле после первой стрижки."],
        ["+Старое покрытие, уложенное ещё в 2009 году, просело и покрылось кочками, шары на нём уходили в сторону."],
        ["-Читайте также: В Городском саду заменят фонари"],
        ["+«Теперь шар катится ровно, как по столу, — говорит председатель клуба Валентина Сурдина. — Мы ждали этого "
         "пятнадцать лет»."],
        ["-Подписывайтесь на «Камышеводскую правду» в MAX"],
        ["+Что сделали подрядчики"],
        ["+сняли старый дёрн и выровняли основание лазером;"],
        ["-На правах рекламы",
         "-Рулонный газон с доставкой — «Газонтория», тел. 0-00-00"],
        ["+уложили дренаж, чтобы после дождя не стояли лужи;",
         "+засеяли поле низкой травой, которую стригут до 4 миллиметров."],
        ["+Работы обошлись городу в 1,8 миллиона рублей."],
        ["-Видео: как укладывали новый газон"],
        ["+Первый турнир на новом поле клуб проведёт в мае, приглашают всех желающих."],
        ["-Теги: спорт, благоустройство, Городской сад"],
        ["-Комментарии: 2",
         "-Михаил Петрович",
         "-Молодцы, давно пора. Приду посмотреть.",
         "-Гость",
         "-А зимой там что будет, каток?",
         "-↳ Редакция",
         "-Нет, поле закроют до апреля."],
    ]),
    "ru-blog-krutimnasever-vokrug-ozera": _page("ru", "ru-blog-krutimnasever-vokrug-ozera", [
        ["-Крутим на север — велоблог"],
        ["+Вокруг озера за два дня: 160 километров с ночёвкой"],
        ["-27 сентября 2026",
         "-Рубрика: Походы"],
        ["+В конце августа мы с Лёшей наконец проехали вокруг озера, о чём говорили ещё с весны."],
        ["-Карта маршрута",
         "-Скачать трек GPX (160 км)"],
        ["+Маршрут — 160 километров, примерно половина по грунтовкам и лесным дорогам."],
        ["-Наши велосипеды у лодочного причала, утро первого дня."],
        ["+В деревне на северном берегу дед у колодца спросил: «Вы, ребята, туристы или просто заблудились?»"],
        ["-Партнёрская ссылка: палатка, которую мы брали, — на Ozon"],
        ["+Что пригодилось в дороге"],
        ["+лёгкая палатка на двоих, 1,6 килограмма;",
         "+запасная цепь и выжимка — цепь порвалась на сороковом километре;"],
        ["-Та самая цепь, порванная посреди поля."],
        ["+пауэрбанк на 20 000 мАч, его хватило на оба телефона."],
        ["-Поддержать блог можно через форму доната внизу страницы"],
        ["+Вторую ночь мы провели уже дома, потому что последние 40 километров проехали за один вечер."],
        ["+В следующем посте расскажу, как мы чинили цепь посреди поля."],
        ["-Метки: велопоход, озеро, палатка",
         "-← Предыдущая запись: Как выбрать велосумки"],
        ["-Комментарии (3)",
         "-Андрей_вело",
         "-Классный маршрут! А по грунтовкам после дождя проехать можно?",
         "-↳ Крутим на север",
         "-После дождя лучше не соваться, там глина.",
         "-↳↳ Андрей_вело",
         "-Понял, спасибо, поедем в сухую погоду."],
        ["-Наш Telegram-канал — ссылка в шапке сайта",
         "-© 2026 Крутим на север. Работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Sign up to discover human stories that deepen your understanding of the world.":
        "Medium's sign-up footer ('Sign up to discover human stories that deepen your understanding of the world.') "
        "is left at the foot",
    "Ce site est édité par la SARL Éditions Sablerolle, au capital de 0 000 euros, RCS 000 000 000.":
        "a French publisher line with share capital and RCS number ('Ce site est édité par la SARL Éditions "
        "Sablerolle, au capital de 0 000 euros, RCS 000 000 000.') is left at the foot",
    "Ich bin damit einverstanden, dass mir externe Inhalte von Komoot angezeigt werden.":
        "a German external-content consent line ('Ich bin damit einverstanden, dass mir externe Inhalte von Komoot "
        "angezeigt werden.') is left in the body",
    "Seguimi su Strava: lì trovi tutti i miei giri, anche quelli venuti male.":
        "an Italian blog's Strava plug ('Seguimi su Strava: lì trovi tutti i miei giri, anche quelli venuti male.') "
        "is left at the foot",
    "Avvisami via email in caso di nuovi commenti.":
        "an Italian notify-me-of-new-comments checkbox ('Avvisami via email in caso di nuovi commenti.') is left at "
        "the foot",
    "Materiał wideo zostanie odtworzony po reklamie":
        "a Polish video-after-the-ad residue ('Materiał wideo zostanie odtworzony po reklamie') is left in the body",
    "Oprac. Bartosz Wielgomas na podst. informacji klubu":
        "a Polish compiled-by credit ('Oprac. Bartosz Wielgomas na podst. informacji klubu') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-ketterslade-poolreopens":
        "the regional portal's pool-reopening story keeps its reporter's job title ('Sport reporter') and its"
        " photo caption ('Image caption: Swimmers queue at the doors of the pool at 6.30am on Wednesday.') "
        "under the title (2 of 20 noise lines; since round 78 its poll prompt between the two last paragraphs"
        " goes)",
    "en-blog-mudandswitchbacks-ridgerecce":
        "the trail-running blog's ridge-recce post keeps its blog name and tagline ('Mud and Switchbacks' and 'Trail "
        "running on a budget, mostly in the rain') above the title, its table of contents ('Contents', '1. Getting "
        "to the start', '2. The ridge in the dark' and '3. Changes for race day') between the first and second "
        "paragraphs, its photo caption ('My kit for the night: two torches, a flask and the sweets.') between the "
        "second paragraph and the paragraph with the quote, its Strava stats row ('Strava: 14.2 km · 2h 11m · 612 m "
        "elevation') between the paragraph with the quote and the subheading and its cairn caption ('Pictured: the "
        "cairn at the top of the grass descent.') between the second and third list rows (9 of 20 noise lines)",
    "fr-blog-soiesetremous-ouverture":
        "the fly-fishing blog's opening-day post keeps its blog name and tagline ('Soies et Remous – carnet "
        "d'un pêcheur à la mouche') above the title, its date and category ('14 mars 2026' and 'Catégorie : "
        "Sorties') under it, its bridge caption ('Le pont de pierre, à 6 h 40, avant la grêle.') between the "
        "first and second paragraphs, its fly-box caption ('Photo : ma boîte à mouches, rangée pour une "
        "fois.') between the subheading and the first list row and its fly-shop promo code ('Les nymphes que "
        "j'utilise sont chez Mouches Rivolat, code SOIES10 pour -10 %') between the first and second list "
        "rows (6 of 20 noise lines; since round 77 its last paragraph is kept)",
    "de-portal-brunnwiesing-marathonstrecke":
        "the regional portal's marathon-route story keeps its route-map PDF link ('Streckenplan als PDF "
        "herunterladen (1,2 MB)') between the first and second list rows and its partner-offer label and "
        "running-shoe ad ('Partnerangebot' and 'Laufschuhe bis -40 % – jetzt im Sporthaus Tilgner') between the last "
        "list row and the last paragraphs (3 of 20 noise lines)",
    "it-portale-sassolvento-parete-arrampicata":
        "the regional portal's climbing-wall story keeps its timetable link ('Orari e tariffe complete sul "
        "sito del Comune') between the subheading and the first list row, as a row of the subheading's block "
        "(1 of 20 noise lines; until round 78 it lost its subheading, its three list rows and its two last "
        "paragraphs, and the link went with them)",
    "it-blog-borseesalite-argine":
        "the cycle-touring blog's riverbank-trip post keeps its photo caption ('La mia bici carica davanti a casa, "
        "la mattina della partenza.') between the first and second paragraphs, its Komoot track row ('Traccia su "
        "Komoot: 240 km, 310 m di dislivello') between the second paragraph and the paragraph with the quote, its "
        "affiliate link ('Link affiliato: le borse che uso le trovi qui') between the paragraph with the quote and "
        "the subheading and its tent caption ('La tenda montata sull'argine, prima notte.') between the first and "
        "second list rows (4 of 20 noise lines)",
    "pl-portal-trzcinogrod-przystan":
        "the regional portal's boathouse story keeps its photo caption and date ('Nowy pomost przy przystani, widok od "
        "strony rzeki.' and 'dodano: 05.12.2026, 10:14') under the title, its joinery ad ('Stolarnia Grabiszczak – "
        "schody i drzwi drewniane, tel. 000 000 000') between the second paragraph and the paragraph with the quote "
        "and its Google News prompt ('Bądź na bieżąco – obserwuj nas w Google News') between the two last paragraphs "
        "(4 of 20 noise lines; since round 77 its subheading, first two list rows and two last paragraphs are kept; "
        "its ad label 'Ogłoszenie' goes since round 94)",
    "pl-blog-muszkainurt-lipienie-grudzien":
        ("the fly-fishing blog's December-grayling post keeps its grayling caption ('Tak wyglądał pierwszy lipień, 34 "
         "cm.') between the last list row and the last paragraphs (1 of 20 noise lines; its frost caption and table of"
         " contents go since earlier rounds, its partner link ('Link partnerski – przypony, których używam, kupisz "
         "tutaj') inside the block of list rows since round 130); no article line is lost"),
    "ru-blog-krutimnasever-vokrug-ozera":
        "the cycle-touring blog's lake-loop post keeps its blog name ('Крутим на север — велоблог') above the "
        "title, its date and rubric ('27 сентября 2026' and 'Рубрика: Походы') under it, its route-map heading "
        "and GPX link ('Карта маршрута' and 'Скачать трек GPX (160 км)') between the first and second paragraphs, "
        "its photo caption ('Наши велосипеды у лодочного причала, утро первого дня.') between the second "
        "paragraph and the paragraph with the quote, its chain caption ('Та самая цепь, порванная посреди поля.') "
        "between the second and third list rows and its donation prompt ('Поддержать блог можно через форму "
        "доната внизу страницы') between the last list row and the last paragraphs (8 of 20 noise lines); since "
        "round 85 its partner link goes",
    "ru-portal-kamyshevodsk-pole-dlya-boulza":
        "the regional portal's bowls-green story keeps its photo caption ('Новое поле после первой стрижки.') between "
        "the first and second paragraphs (1 of 20 noise lines)",
}


test_held_out_95_line, test_held_out_95_line_is_kept, test_held_out_95_page = held_out_tests(
    HELD_OUT_95_LINES, HELD_OUT_95_KEEP, HELD_OUT_95_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
