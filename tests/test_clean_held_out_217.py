"""Held-out set 217: written blind, weighted toward the noise the cleaner exists for, in shapes set 216's docstring does
not name (nor the first paragraphs of sets 213, 214 and 215): scraper, embed and ad markers, all in the body (an English
Flourish visualisation that could not be loaded, with its view-on-Flourish fallback "This Flourish visualisation could
not be loaded. Try refreshing, or view it on Flourish.", an English Twitch stream that is offline, sending the reader to
past broadcasts "The Twitch stream embedded here is offline. Watch past broadcasts on the channel page.", an English
Windy wind map over its daily view limit "The Windy wind map embedded here has reached its daily view limit and cannot
be shown.", a French Dailymotion video withdrawn at the rights holder's request "La vidéo Dailymotion intégrée a été
retirée à la demande de l'ayant droit.", a German Instagram post that cannot be shown because the account is private
"Der eingebettete Instagram-Beitrag kann nicht angezeigt werden, weil das Konto privat ist.", an Italian TikTok video
whose author limited who may watch it "Il video di TikTok incorporato non è disponibile perché l'autore ne ha limitato
la visualizzazione.", a Polish YouTube live stream that has not started yet, with its scheduled start "Transmisja na
żywo z YouTube jeszcze się nie rozpoczęła – start zaplanowano na 6:30." and a Russian VK Video stream that has ended
while its recording is still processing "Трансляция из VK Видео завершена, запись пока обрабатывается."); reading-time
headers in new wordings, all at the head (the English approximate reading time with the word count in brackets "Reading
time ≈ 4 min (820 words)", a blog's minutes-read-photos-included line "This post is a 12-minute read, photos included.",
the French estimated-reading-time label "Temps de lecture estimé : 4 min", the German estimated-reading-duration label
"Geschätzte Lesedauer: 4 Minuten", the Italian estimated-time-of-reading label "Tempo stimato di lettura: 4 min", the
Polish estimated-time-of-reading label "Szacowany czas lektury: 4 minuty" and the Russian it-will-take line "На чтение
уйдёт 4 минуты"); bylines and self-promotion (an English by-our-correspondent byline "By our balloon correspondent,
Cressida Vantwistle", a French an-article-by byline with the writer's role "Un article de Gisèle Fromentouin,
correspondante locale", a German report-by-our-trainee byline "Ein Bericht unserer Volontärin Mareike Sturmhäusl" and a
Polish writes-for-us byline "Pisze dla nas Kazimiera Wiklinowska", all at the head, and at the foot an English Patreon
silhouette-commissions plug "Framed silhouette portraits can be ordered through my Patreon – patrons get first pick of
the commission slots.", an English live-cutting-at-weddings plug with a bookings page "I cut silhouettes live at
weddings and village fetes across Shropshire – see the Bookings page for free dates.", an Italian Subito.it silhouettes
plug with Poste Italiane shipping "Le mie silhouette in carta nera sono in vendita su Subito.it, spedizione con Poste
Italiane." and a Russian made-to-order silhouettes plug taking orders on Telegram "Вырезаю силуэтные портреты на заказ –
пишите в Telegram, сроки от трёх дней."); blog and site footers, all at the foot (the English Substack footer slogan
"Substack is the home for great culture", an English company-registration line with the registered office "Registered in
England and Wales No. 04821736. Registered office: 12 Mill Lane, Sprottlecombe.", an English Newspack and WordPress VIP
credit with the cookie preferences "Powered by Newspack · Hosted on WordPress VIP · Manage cookie preferences", a French
Wix and OVHcloud credit with the personal-data page "Site réalisé avec Wix · Hébergement OVHcloud, Roubaix · Données
personnelles", a German IVW membership line with the terms and the newsroom contact "Dieses Angebot ist Mitglied der IVW
· AGB · Kontakt zur Redaktion", an Italian court-registration line of the paper "Testata registrata presso il Tribunale
di Cremona al n. 412 del 3 marzo 2009", a Polish IdoSell and LH.pl credit with the site map "Wykonanie strony: IdoSell ·
Hosting: LH.pl · Mapa strony" and a Russian uKit and Timeweb credit with the user agreement "Сайт создан на конструкторе
uKit · Хостинг Timeweb · Пользовательское соглашение"); reader-comment furniture, all at the foot (an English
submitted-and-awaiting-review note "Your comment has been submitted and will appear after review.", an English comment
action row with its likes "Report · Reply · Share · 14 likes", an English join-the-conversation prompt with its register
and sign-in links "Join the conversation – you'll need a free account to comment. Register · Sign in", a French
reply-and-report-abuse row "Répondre à ce commentaire · Signaler un abus", a German log-in-with-your-reader-account
prompt "Zum Kommentieren bitte mit Ihrem Leserkonto anmelden oder kostenlos registrieren.", an Italian
edited-by-its-author note "Commento modificato dall'autore 2 ore fa", a Polish comment-as-guest-or-log-in-with-Facebook
prompt "Skomentuj jako gość lub zaloguj się przez Facebooka" and a Russian hidden-for-a-low-rating note with its show
link "Комментарий скрыт из-за низкого рейтинга. Показать"); share rows, all at the foot (a French did-you-like-it,
pass-it-round row with Threads "Vous avez aimé cet article ? Faites-le circuler : Facebook · Threads · Courriel", an
Italian forward-publish-save row "Inoltra su WhatsApp · Pubblica su Threads · Salva nei preferiti" and a Russian
tell-it-on-social-networks row with Odnoklassniki "Рассказать в соцсетях: ВКонтакте · Одноклассники · Telegram"); and
notices (an English media-partner disclosure "Disclosure: the Courier is a media partner of the Vale Balloon Meet." and
a German first-appeared-in-print note "Dieser Beitrag erschien zuerst in der gedruckten Ausgabe vom 12. September.",
both in the body, and a Polish shortened-and-edited-for-the-web-edition note "Tekst został skrócony i zredagowany na
potrzeby wydania internetowego." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 216's
docstring does not describe (on the six portal pages, in ten blocks, an advertisement label, the masthead with its
tagline and the section menu in a block of three at the very top, the ad label first; the title last in a block of two,
under the date line; the byline, the reading time and a share row alone in a block of three; the first and second
paragraphs at the top of a block of three with a read-also link under them; the paragraph with the quote in the middle
of a block of three, between the lead photo's caption above it and the photo credit (a line of its own) under it; the
subheading and the three rows with a newsletter prompt after the third row, closing the list block (a block of five, the
prompt last); the second-to-last paragraph alone in a block of one; the last paragraph at the top of a block of three
with a tags line and a follow-us prompt under it; a thread of five lines alone in a block (a comment count, a reader's
comment, the paper's arrowed reply and two more readers' comments left unanswered); and at the foot a links row and the
publisher's copyright line in a block of two; on the six blog pages, in nine blocks, the blog name with its tagline
alone in a block of one at the very top; the menu and a follow-me prompt (Instagram, or a Telegram channel on the
Russian blog) in a block of two; the title in the middle of a block of three, between the reading time above it and the
posted-on-by line (with the comment count) under it; the first and second paragraphs in a block of four, each followed
by its photo caption; a table of contents (its heading and three entries in one line) above the paragraph with the
quote, in its block (a block of two, the paragraph last); the subheading and the three rows with an affiliate shop link
between the first and second rows, inside the list block (a block of five); the two last paragraphs at the top of a
block of five with a share-and-print row, the author's sign-off and a plug for the author's silhouette commissions after
them; a thread of six lines alone in a block (a count of responses, a comment, a second reader's arrowed reply to it,
the author's arrowed reply, and two more comments left unanswered); and at the foot an older-and-newer-post row and the
author's copyright line with the theme and platform credit in one line, in a block of two), taken from local news of a
first hot-air balloon meet (thirty balloons lifting off at dawn from a meadow at the edge of town, some two thousand
onlookers, the flight director's quote, mass ascents morning and evening, a night glow, tethered rides for children, the
ground-wind limit, free entry and paid parking) in six invented towns, and from six hobby blogs on cutting a first
silhouette portrait (tracing a niece's shadow by lamplight, reducing it on a photocopier, cutting it from black
silhouette paper with curved embroidery scissors and a craft knife, mounting it on cream card in an oval frame).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 216 but what is named here), held-out set 218 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 216 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 213, 214 and 215, printed with one ast script
(/tmp/s217scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s217scratch/insp.py, with /tmp/wt-s217/src and /tmp/wt-s217/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s217 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 216's as printed, with 216 -> 217; /tmp/s217scratch/gen217.py writes this file
from scratch files (data217.py with the noise and keep lines, pages217.py with the pages, doc_*.txt with the paragraphs
of this docstring and, after the measurement, tables217.py with the xfail tables). Nothing else was copied from any file
of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s217, detached at commit
61c463ea2557cc7eef1ccf21ea024477eb8e2285, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 13:27:25 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 13:27:27 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 61c463ea2557cc7eef1ccf21ea024477eb8e2285 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0; ``git rev-parse HEAD`` in both printed
it), and /work/main was not touched afterwards. (2) read_allowed.py first printed to the terminal, which the tool cut in
the middle (it showed the start, up to inside set 216's Slips and notes paragraph, and the end, from inside set 214's
first paragraph on, all allowed parts); the second run went to /tmp/s217scratch/allowed.txt, of which I paged lines 125
to 400 with ``sed`` in two pieces; nothing else of any set file was printed. (3) The default python already had the
project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was
installed. That import loads the cleaner's modules, but nothing was cleaned before the measurement and no source under
src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept
away from them: no embed service used for a held-out marker here is named in them (Flourish, Twitch, Windy, Dailymotion,
Instagram, TikTok, YouTube, VK Video), and the failures are of kinds not named there (a visualisation that did not load
with a view-elsewhere fallback, a stream offline, a daily view limit, a withdrawal at a rights holder's request, a
private account, an author's viewing restriction, a live stream not yet started, a stream ended with its recording
processing); the reading times avoid the phrasings named there (the "≈" label with a word count, a
minutes-read-photos-included line, "Temps de lecture estimé", "Geschätzte Lesedauer", "Tempo stimato di lettura",
"Szacowany czas lektury", "На чтение уйдёт"); the bylines are of new shapes (by our correspondent, "Un article de" with
the writer's role, "Ein Bericht unserer Volontärin", "Pisze dla nas") and the plugs name platforms or kinds not named
there (Patreon commissions, live cutting at weddings with a bookings page, Subito.it with Poste Italiane, orders on
Telegram); the footers use builders, hosts and legal lines not named there (the Substack slogan, a company-registration
line, Newspack with WordPress VIP, Wix with OVHcloud, an IVW membership line, a court registration of the paper, IdoSell
with LH.pl, uKit with Timeweb); the comment lines (a submitted-for-review note, an action row with likes, a
join-the-conversation prompt, a reply-and-report-abuse row, a log-in-with-the-reader-account prompt, an
edited-by-its-author note, a comment-as-guest prompt, a hidden-for-low-rating note), share rows (faites-le circuler with
Threads, inoltra-pubblica-salva, рассказать в соцсетях with Одноклассники) and notices (a media-partner disclosure,
first appeared in print, shortened for the web edition) are of kinds not named there. The page furniture (mastheads,
menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets
213 to 216 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive,
over public GitHub files) before use. No hits: Sprottlecombe, "Sprottlecombe Courier", Quarrendine, Vantwistle,
"Cressida Vantwistle", Skiddlethorpe, Gubbinshaw, Wimbleditch, "Snip & Shadow", "Snip and Shadow", Montgolzac, "Écho de
Montgolzac", Chaudrelet, Fromentouin, Ventadouil, Rouffignas, "Ciseaux de Mirabelle", Gondelsried, "Gondelsrieder
Tagblatt", Hüllenbrock, Brennwaldinger, Eibenreiter, Sturmhäusl, Schattenschere, Borgovolano, "Gazzetta di Borgovolano",
Strazzavento, Fiammalonga, Lunardoschi, "forbici di Nives", Wzlotowic (the stem of Wzlotowice), "Głos Wzlotowic",
Koszyczyński, Podmuchowski, Pełnomiech, Wiklinowska, "Nożyczki Jagody", Аэростатовск, "Аэростатовский вестник",
Шароплётова, Корзинщиков, Гондолкин and "Ножницы Варвары". Dropped for hits: Tumbrelby (in a word list), Faddlestone
(inside a user handle in sample data), Crickmoor (a surname in sample data), Nacellac (inside code identifiers, the
search being case-insensitive), Mouliérac (a real surname), Escoutay (a French river), Reifwinkel (inside German words),
Brennsteiner and Hülsenbeck (real surnames), Bombardoni (a pasta), Chaufferol (inside code identifiers), Zwirnhuber (in
test data), Wiatrołap (a Polish word), Корзинкина (in sample data), Горелкин (a real surname) and Стропилин (inside a
Russian word) -- the replacements are the checked names above. "Liesels" alone had hits (it is the genitive of the first
name Liesel); the blog name "Liesels Schattenschere" was kept, since its invented part had none. Bloggers are given by
first name only (Tamsin, Mirabelle, Liesel, Nives, Jagoda, Варвара), as are the first names of the bylines and the
flight directors, and commenters as first names with an initial or as handles, and were not checked. Real services,
platforms and places (Substack, Newspack, Wix, OVHcloud, IVW, IdoSell, LH.pl, uKit, Timeweb, Patreon, Subito.it,
WordPress with its Twenty Twenty-Four, Astra, Blocksy, OceanWP, Neve and Hestia themes, Shropshire, Cremona, Roubaix,
Cahors and the like) are named as real pages do. (6) A script (/tmp/s217scratch/check.py) checked case-insensitively
that no noise line (held-out or page) sits inside an article line, a keep line or another noise line, that no line
repeats and that no line holds an at-sign, that each page has 10 article and 20 noise lines, and the counts by category,
language and place; its first run found one: the Italian portal's reading time "Lettura: 4 min" sat inside the Italian
held-out reading-time line, so it became "Lettura in 4 minuti", and the second run found nothing (while writing I had
already changed the French portal's comment count to "14 commentaires", since "6 commentaires" sits inside the French
blog's posted-on line, the Italian keep line to "Pubblicizzare il raduno ...", since "Pubblicità" is the Italian
portal's ad label, the Italian and Russian links rows to "Inserzionisti" and "Рекламодателям" for the same reason, and
the German portal's menu to end in "Service", since "Traueranzeigen" holds "Anzeige"). gen217.py checks that no line of
the file is over 120 columns, that it holds no at-sign and that every held-out line is quoted in the first paragraph,
and the lists and pages of the written file were imported back and found equal to the scratch data (verify.py). (7) The
measurement was run once, as the brief gives it, in one shell call at 13:33:39 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) and (8); pytest printed 21 failed, 56 passed
and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s217scratch, importing the copy in
/tmp/wt-s217/tests with /tmp/wt-s217/src on the path) then printed ``_problems`` of each failing case: the nine lines
and the twelve pages of the tables; every problem is a kept noise line ("kept boilerplate") but two "lost or out of
order" problems, the titles of the English and Russian blog pages; no keep line is lost and no problem of another kind
(no unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. The tables
were written from that output (tables217.py, which gen217.py puts into this file); checktables.py checked that every key
of the tables is a failing line or page of that output, that each page's reason quotes exactly the noise lines the
problems name as kept and the article lines they name as lost, and that its count matches the report, and verify.py
checked the final file again; the final file was checked with the pytest command in /tmp/wt-s217 (see the Baseline
paragraph). (8) Clock: ``date`` printed 13:27:25 at the start, 13:33:39 at the measurement and 13:34:36 when the tables
were checked; the Baseline paragraph and the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from the pilots' briefing ...", "Shared between three families ...", "Following the cancelled launch ...",
"Subscribers to the club's mailing list ...", "Copyright on the silhouette portraits ...", "Advertising banners were
banned ...", "Reading the forecast at dawn ...", "Commentant le décollage ...", "Partagée entre deux associations ...",
"Lire la météo ...", "Teilen mussten sich ...", "Werbung für das Ballonfest ...", "Kommentiert wurde ...", "Condivisa da
tre famiglie ...", "Seguire il volo ...", "Pubblicizzare il raduno ...", "Udostępnione przez gminę ...", "Komentarze
pilotów ...", "Читать прогноз погоды ..." and "Подписка на рассылку ..."): each is a full sentence with a subject, a
verb and a fact of a local story, so article ("Following the cancelled launch" opens like a follow prompt but reports
refunds; "Reading the forecast" opens like a reading-time label but tells what the flight director did; "Lire la météo"
opens like a read-more link but is a pilot's habit; "Teilen mussten sich" opens like a share label but says the pilots
shared the field with sheep; "Werbung für" opens like a German ad label but reports the club's posters; "Udostępnione"
opens like a Polish share button but says the council lent the field; "Читать прогноз" opens like a read link but says
when pilots check the weather; "Подписка на рассылку" opens like a newsletter prompt but reports a number). Borderline
categories: the plugs (Patreon commissions, live cutting at weddings, Subito.it, orders on Telegram) are bylines and
self-promotion, at the foot, since they sell the author's work in the author's voice; the by-our-correspondent,
an-article-by, report-by-our-trainee and writes-for-us lines are bylines at the head; the company-registration line, the
IVW membership line and the Italian court-registration line are footers (they speak of the publisher, not of the
article), and so is the Substack slogan, which closes every Substack page; the submitted-for-review note, the action row
with likes, the join-the-conversation and log-in prompts, the reply-and-report row, the edited-by-its-author note and
the hidden-for-low-rating note are comment furniture (they sit with the reader comments); the media-partner disclosure
and the first-appeared-in-print note are notices in the body, and the Polish shortened-for-the-web note a notice at the
foot (all three speak of the article they sit in); the Polish YouTube line and the Russian VK Video line are markers
(what a live embed leaves before it starts or after it ends), though they read as news of a broadcast. On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (ad labels, mastheads with taglines, menus, date lines, bylines,
reading times, share rows, read-also links, photo captions and credits, newsletter and follow prompts, tags lines,
comment counts and headings, comments and replies, links rows, copyright lines, blog names, posted-on lines, tables of
contents, affiliate shop links, sign-offs, commission plugs and older-and-newer-post rows) is noise. The list rows (the
mass ascents, the night glow and the tethered rides on the portals; the scissors, the knife and the paper on the blogs)
are short but part of each article, so article; the list headings ("What's on at the meet", "What you'll need" and the
like) are the articles' subheadings, so article; the portals' date lines are noise though they share the title's block;
the portals' photo captions and credits are noise though they frame the paragraph with the quote; the portals'
newsletter prompts are noise though they close the list block; the portals' tags lines and follow prompts are noise
though they share the last paragraph's block; the blogs' reading times are noise though they sit above the title in its
block; the blogs' photo captions are noise though each follows one of the first two paragraphs; the blogs' tables of
contents are noise though they share the block of the paragraph with the quote; the blogs' affiliate shop links are
noise though they sit between the first and second list rows; the blogs' share rows, sign-offs and commission plugs are
noise though they share the block of the two last paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines: an English, a French, a German and a Polish one), body 10 (the eight markers and
two notices: English and German), tail 24 (four plugs: two English, an Italian and a Russian one, eight footers, eight
comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-sprottlecombe-balloon-meet (thirty balloons
lift off at dawn from Wimbleditch Fields at Sprottlecombe's first balloon meet, some two thousand onlookers, the flight
director's quote, mass ascents at 6.30am and 6pm, a night glow, tethered rides at £5, an eight-knot wind limit, free
entry and £6 parking), en-blog-snip-and-shadow-silhouette-portrait (a first silhouette portrait of the blogger's niece:
the shadow traced by lamplight, reduced on the library photocopier, cut from black silhouette paper with curved
embroidery scissors and a craft knife, mounted on cream card), fr-portail-montgolzac-rassemblement-de-montgolfieres (the
same meet on the pré communal of Montgolzac), fr-blog-les-ciseaux-de-mirabelle-silhouette (the same silhouette in
French), de-portal-gondelsried-ballonfest (a Ballonfest on the Festwiese of Gondelsried),
de-blog-liesels-schattenschere-scherenschnitt (a Schattenriss with Stickschere and Bastelmesser),
it-portale-borgovolano-raduno-di-mongolfiere (a raduno on the prato della fiera of Borgovolano),
it-blog-le-forbici-di-nives-silhouette (a silhouette with forbici da ricamo and taglierino),
pl-portal-wzlotowice-zlot-balonow (a zlot balonów on the błonia of Wzlotowice), pl-blog-nozyczki-jagody-sylweta (a
sylwetka with nożyczki and nożyk modelarski), ru-portal-aerostatovsk-festival-vozdushnykh-sharov (a balloon festival on
the town meadow of Аэростатовск), ru-blog-nozhnitsy-varvary-siluet (a силуэт with вышивальные ножницы and макетный нож),
each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 61c463ea2557cc7eef1ccf21ea024477eb8e2285, measured with ``cd /tmp/wt-s217 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s217/src python -m pytest -q tests/test_clean_held_out_217.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s217 && PYTHONPATH=/tmp/wt-s217/src python
scripts/clean_held_out_report.py --sets 217``, with the xfail tables empty, at 13:33:39 UTC by ``date``): noise lines
removed 36/45 (marker 5/8, reading-time 6/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Windy view-limit line,
the Polish YouTube not-yet-started line and the Russian VK Video stream-ended line), the English blog's
minutes-read-photos-included line at the head, two bylines at the head (the English by-our-correspondent line and the
Polish writes-for-us line), one comment line at the foot (the English submitted-for-review note) and two notices (the
English media-partner disclosure in the body and the Polish shortened-for-the-web note at the foot); the English
Flourish and Twitch markers and the French Dailymotion, German Instagram and Italian TikTok markers, the other six
reading times, the French and German bylines, all four plugs, all eight footers, the other seven comment lines, every
share row and the German first-appeared-in-print note went); keep lines kept 20/20; pages 0/12 clean, 29 of 240 page
noise lines left and 2 of 120 article lines lost. Left: on each of the six portal pages the lead photo's caption above
the paragraph with the quote (1 each; the photo credit under it went); on the English blog the follow prompt under the
menu, the two photo captions after the first and second paragraphs, the table of contents above the paragraph with the
quote, the sign-off and the commissions plug (6); on the French and German blogs the two photo captions (2 each); on the
Italian blog the two photo captions and the table of contents (3); on the Polish blog the two photo captions, the table
of contents, the sign-off and the commissions plug (5); on the Russian blog the follow prompt, the two photo captions,
the sign-off and the commissions plug (5). Lost: the titles of the English and Russian blog pages ("Cutting my first
silhouette portrait with scissors and a craft knife" and "Мой первый силуэт, вырезанный ножницами и макетным ножом",
each in the middle of its block between the reading time and the posted-on line), reported as lost or out of order; no
other page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on
the final file in /tmp/wt-s217 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 138 (2026-12-07, lead; the writers of this set and of set 218 worked beside round 138 from the same
base, 61c463e; round 138 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets $(seq 10 218)`` and the set's pytest file): nothing moved. noise lines removed
36/45, keep lines kept 20/20, pages 0/12 clean, 29 of 240 page noise lines left, 2 of 120 article lines lost (the
English and Russian blogs' titles, between the reading time and the posted-on line); every xfail still fails as its
reason says. Round 138 (set 214's sign-off over a filed-under line and a workshop plug, liking questions before a pin
prompt, an affiliate row under a list's subheading, set 213/214's embed, reading-time, byline, shop, footer and comment
wordings) read none of this set's wordings or layouts.

Round 140 (development; this set was read in full from this round on): the cleaner was changed on branch round140 (base
a197dcd) and this set's xfails that now pass were removed. Fixed: the lost blog titles of set 217 (a prompt kept under
the menu, in the menu's block, was counted as the title by page_blocks._mark_head_caption, and the real title between
the reading time and the posted-on line, a first person with no finite verb, was taken as a head block's prompt; the
count now skips a prompt that shares its block with the page head's lines only, and the two wordings are taken by the
line rules: "Follow along on Instagram ..." in whole_line_noise's follow rule, "Заглядывайте в мой Telegram-канал"
beside "заходите"); the one-line table of contents named by the post ("In this post:", "In questo post:", "W tym
wpisie:": the "table of contents" rule now reads clean._IN_THIS_POST, moved above it); the sign-off with the commissions
plug whose page is named with "na stronie" or "на странице" (page_blocks._OFFER_CHANNEL) or whose offer is the English
"commissions" (_ORDER_OR_LESSON); a breaking-news ticker over the masthead and its tagline above the menu
(page_blocks._mark_head reads the name's test on the first line that is no ticker, _HEAD_TICKER); embed placeholders (a
listed platform and one small word before the noun, "Windy wind map"; the live stream nouns; not started yet with the
scheduled start after a dash; the Russian "пока" as for now); reading times said of the post ("This post is a 12-minute
read", the picture-heavy warning, the Polish "Przeczytanie zajmie"); bylines (a correspondent's beat, "Pisze dla nas",
"Text und Recherche:", the roles before their writers with dashes, a writer reporting from a place); the dates on the
writer's Eventbrite page (clean._SALE_CUE); a comment submitted for review; the readers viewing the thread; the
media-partner disclosure under its label; the text edited for the web edition (clean._WEB_EDITION_NOTE); the developing
story's promise of more. Review item: round 139's Italian market reading (clean._MY_PLATFORM_PAGE) now asks what is
found to be the writer's things (clean._WRITERS_WARES: a sale's cue, the making, the writer's stall or table): "Trovi i
miei nonni al mercatino di Cantù ogni domenica." stays, set 215's "Trovi i miei merletti a fuselli ..." still goes; no
held-out line moved with it. Tests: tests/test_clean.py test_round_140_*. Sets 10-218 (scripts/clean_held_out_report.py,
frozen base against the branch): noise lines removed 8,673 -> 8,698 of 9,481, keep lines 4,207/4,207 -> 4,207/4,207,
pages clean 1,401 -> 1,403 of 2,494, page noise lines left 2,090 -> 2,067 of 51,600, paragraphs lost 4 -> 2 (set 217's
two titles back; set 86's 2 remain); no set keeps fewer lines or loses more. Beyond sets 217/218 the changes took one
line each of sets 87, 88, 168 and 199 (the Polish "Przeczytanie zajmie Ci ..."), 105 ("By our health correspondent,
..."), 122 ("Text und Recherche: ..., Wirtschaftsredaktion"), 138 and 179 (commissions plugs with their Contact and
Commissions pages), whose xfails were removed, and set 150's fr-portail-vaurignac-postepharmacie (the traffic ticker
over the masthead: the page is clean, its xfail removed); reasons reworded: set 147's en-blog-blottedcopybook-dippen and
set 157's en-blog-chippedandglossy-cocoasign (their "Follow along on Instagram" prompts go), set 216's
en-blog-the-curlwood-shed-walnut-bowl (its "In this post" contents go) and pl-blog-wiorownia-zdzisia-misa-z-orzecha and
ru-blog-struzhki-tikhona-chasha-iz-orekha (the sign-off and the classes plug with "na stronie", "на странице" go).
SemEval (scripts/semeval_noise_diff.py diff): 0 of 3,723 files changed. Bench (benchmarks/bench_clean.py --baseline-src,
the frozen base): ratio 1.02. The cleaning test set (tests/test_clean.py, held-out sets 10-218, site batches, site
lines, noise trace, clean pages): 25,739 passed, 1,904 xfailed, no XPASS, in 12 min 34 s (on the round's code; only
comments of page_blocks.py were reworded after it, the code the same by its syntax tree). This set: noise lines removed
36/45 -> 45/45 (marker 5/8 -> 8/8, reading-time 6/7 -> 7/7, byline 6/8 -> 8/8, comments 7/8 -> 8/8, notice 1/3 -> 3/3;
footer and share already whole), keep lines 20/20 -> 20/20, pages 0/12 -> 0/12 clean, page noise lines left 29 -> 18 of
240, article lines lost 2 -> 0 of 120 (the English and Russian blogs' titles are back). Reasons reworded here: the
English, Italian, Polish and Russian blogs' (each now keeps only its two photo captions; the follow prompts, the tables
of contents, the sign-offs and the commissions plugs go). Still missed: the six portals' lead photo captions above the
paragraph with the quote (1 each) and the six blogs' photo captions after the first and second paragraphs (2 each),
captions with no credit, no prompt and no label, which the brief left alone (the short verbless lines between paragraphs
are as often the article's).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_217_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Flourish visualisation could not be loaded. Try refreshing, or view it on Flourish.', 'marker'),
    ('body', 'The Twitch stream embedded here is offline. Watch past broadcasts on the channel page.', 'marker'),
    ('body', 'The Windy wind map embedded here has reached its daily view limit and cannot be shown.', 'marker'),
    ('body', "La vidéo Dailymotion intégrée a été retirée à la demande de l'ayant droit.", 'marker'),
    ('body', 'Der eingebettete Instagram-Beitrag kann nicht angezeigt werden, weil das Konto privat ist.', 'marker'),
    (
        'body',
        "Il video di TikTok incorporato non è disponibile perché l'autore ne ha limitato la visualizzazione.",
        'marker',
    ),
    ('body', 'Transmisja na żywo z YouTube jeszcze się nie rozpoczęła – start zaplanowano na 6:30.', 'marker'),
    ('body', 'Трансляция из VK Видео завершена, запись пока обрабатывается.', 'marker'),
    ('head', 'Reading time ≈ 4 min (820 words)', 'reading-time'),
    ('head', 'This post is a 12-minute read, photos included.', 'reading-time'),
    ('head', 'Temps de lecture estimé : 4 min', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 4 Minuten', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 min', 'reading-time'),
    ('head', 'Szacowany czas lektury: 4 minuty', 'reading-time'),
    ('head', 'На чтение уйдёт 4 минуты', 'reading-time'),
    ('head', 'By our balloon correspondent, Cressida Vantwistle', 'byline'),
    ('head', 'Un article de Gisèle Fromentouin, correspondante locale', 'byline'),
    ('head', 'Ein Bericht unserer Volontärin Mareike Sturmhäusl', 'byline'),
    ('head', 'Pisze dla nas Kazimiera Wiklinowska', 'byline'),
    (
        'tail',
        ('Framed silhouette portraits can be ordered through my Patreon – patrons get first pick of the commission '
         'slots.'),
        'byline',
    ),
    (
        'tail',
        ('I cut silhouettes live at weddings and village fetes across Shropshire – see the Bookings page for free '
         'dates.'),
        'byline',
    ),
    ('tail', 'Le mie silhouette in carta nera sono in vendita su Subito.it, spedizione con Poste Italiane.', 'byline'),
    ('tail', 'Вырезаю силуэтные портреты на заказ – пишите в Telegram, сроки от трёх дней.', 'byline'),
    ('tail', 'Substack is the home for great culture', 'footer'),
    ('tail', 'Registered in England and Wales No. 04821736. Registered office: 12 Mill Lane, Sprottlecombe.', 'footer'),
    ('tail', 'Powered by Newspack · Hosted on WordPress VIP · Manage cookie preferences', 'footer'),
    ('tail', 'Site réalisé avec Wix · Hébergement OVHcloud, Roubaix · Données personnelles', 'footer'),
    ('tail', 'Dieses Angebot ist Mitglied der IVW · AGB · Kontakt zur Redaktion', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Cremona al n. 412 del 3 marzo 2009', 'footer'),
    ('tail', 'Wykonanie strony: IdoSell · Hosting: LH.pl · Mapa strony', 'footer'),
    ('tail', 'Сайт создан на конструкторе uKit · Хостинг Timeweb · Пользовательское соглашение', 'footer'),
    ('tail', 'Your comment has been submitted and will appear after review.', 'comments'),
    ('tail', 'Report · Reply · Share · 14 likes', 'comments'),
    ('tail', "Join the conversation – you'll need a free account to comment. Register · Sign in", 'comments'),
    ('tail', 'Répondre à ce commentaire · Signaler un abus', 'comments'),
    ('tail', 'Zum Kommentieren bitte mit Ihrem Leserkonto anmelden oder kostenlos registrieren.', 'comments'),
    ('tail', "Commento modificato dall'autore 2 ore fa", 'comments'),
    ('tail', 'Skomentuj jako gość lub zaloguj się przez Facebooka', 'comments'),
    ('tail', 'Комментарий скрыт из-за низкого рейтинга. Показать', 'comments'),
    ('tail', 'Vous avez aimé cet article ? Faites-le circuler : Facebook · Threads · Courriel', 'share'),
    ('tail', 'Inoltra su WhatsApp · Pubblica su Threads · Salva nei preferiti', 'share'),
    ('tail', 'Рассказать в соцсетях: ВКонтакте · Одноклассники · Telegram', 'share'),
    ('body', 'Disclosure: the Courier is a media partner of the Vale Balloon Meet.', 'notice'),
    ('body', 'Dieser Beitrag erschien zuerst in der gedruckten Ausgabe vom 12. September.', 'notice'),
    ('tail', 'Tekst został skrócony i zredagowany na potrzeby wydania internetowego.', 'notice'),
]

HELD_OUT_217_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the pilots' briefing suggested the wind would drop by half past six."),
    ('head', "Shared between three families, the balloon's wicker basket holds four passengers and the pilot."),
    ('head', 'Following the cancelled launch, the organisers refunded every passenger ticket in full.'),
    ('body', "Subscribers to the club's mailing list were told of the new launch field on Thursday."),
    ('body', 'Copyright on the silhouette portraits remains with the cutter, the museum confirmed.'),
    ('tail', 'Advertising banners were banned from the envelopes this year after complaints from residents.'),
    ('tail', 'Reading the forecast at dawn, the flight director gave the signal for the first ascent.'),
    ('head', 'Commentant le décollage, le maire a salué le travail des bénévoles du club.'),
    ('body', 'Partagée entre deux associations, la nacelle restaurée sera exposée à la mairie.'),
    ('tail', 'Lire la météo reste le premier geste du pilote avant chaque vol, rappelle le président du club.'),
    ('head', 'Teilen mussten sich die Piloten den Startplatz mit einer Schafherde.'),
    ('tail', 'Werbung für das Ballonfest machte der Verein vor allem mit Plakaten am Bahnhof.'),
    ('tail', 'Kommentiert wurde der Massenstart vom Vorsitzenden des Luftsportvereins über Lautsprecher.'),
    ('head', "Condivisa da tre famiglie, la mongolfiera rossa vola da vent'anni sopra il paese."),
    ('body', 'Seguire il volo da terra è stato possibile grazie a due furgoni del club.'),
    ('tail', 'Pubblicizzare il raduno è costato poco grazie alle radio locali della provincia.'),
    ('body', 'Udostępnione przez gminę pole startowe pomieściło dwadzieścia balonów.'),
    ('tail', 'Komentarze pilotów po lądowaniu były zgodne: takiego wiatru nie było od lat.'),
    ('head', 'Читать прогноз погоды пилоты начинают ещё затемно, за три часа до старта.'),
    ('tail', 'Подписка на рассылку клуба воздухоплавателей после фестиваля выросла вдвое.'),
]

HELD_OUT_217_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-sprottlecombe-balloon-meet', [
        ['-Advertisement',
         '-Sprottlecombe Courier – News for the Vale since 1902',
         "-News · Sport · What's On · Property · Jobs · Announcements"],
        ['-Saturday 12 September 2026',
         '+Thirty hot-air balloons fill the sky over Sprottlecombe at the first Vale balloon meet'],
        ['-By Ottilie Skiddlethorpe, Community Reporter',
         '-4 min read',
         '-Share on Facebook · Share on X · Email this article'],
        [('+Thirty hot-air balloons from across the south-west lifted off from Wimbleditch Fields at dawn on '
          'Saturday, opening the first balloon meet the town has held since its balloon club was founded.'),
         ("+Crowds began arriving before six o'clock, and by the time the first envelope was inflated some two "
          'thousand people lined the edge of the launch field with flasks and folding chairs.'),
         '-Read also: Bypass roadworks to close the Mill Lane junction for a fortnight'],
        ['-Balloons rise over Wimbleditch Fields shortly after sunrise on Saturday.',
         ('+“We waited three weekends for a morning this still, and it was worth every early alarm,” said flight '
          'director Hugo Quarrendine, who has flown over the Vale for twenty-two years.'),
         '-Photo: Courier / Ned Gubbinshaw'],
        ["+What's on at the meet",
         '+Mass ascents at 6.30am and 6pm on Saturday and Sunday, weather permitting',
         '+A night glow on Saturday evening, with the balloons lit up on the ground to music',
         '+Tethered rides for children in the show ring, £5 a ride',
         "-Get the Courier's morning briefing in your inbox every day – sign up free"],
        [('+Organisers said the meet would go ahead only if the wind at ground level stayed below eight knots, and '
          'warned that flights can be cancelled at short notice.')],
        [('+Entry to the field is free, parking costs £6 a car, and the gates open at half past five each morning '
          'until Sunday evening.'),
         '-Topics: Hot-air balloons, Wimbleditch Fields, Events, Sprottlecombe',
         '-Follow the Courier on Facebook and Instagram for updates'],
        ['-8 comments',
         '-Dave_in_the_Vale: Saw them from the bypass at seven, absolutely stunning sight.',
         "-↳ Sprottlecombe Courier: Thanks Dave – send us your photos and we'll run the best ones.",
         '-Hazel R: Shame about the parking charge, it was free at the old summer show.',
         '-BalloonBob: Any news on whether the night glow is still on if it gets windy?'],
        ['-About us · Contact · Advertise with us · Privacy policy · Terms',
         '-© 2026 Sprottlecombe Courier Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-snip-and-shadow-silhouette-portrait', [
        ['-Snip & Shadow – paper cutting at the kitchen table'],
        ['-Home · Tutorials · Gallery · Shop · About',
         '-Follow along on Instagram for work in progress'],
        ['-About 7 minutes to read',
         '+Cutting my first silhouette portrait with scissors and a craft knife',
         '-Posted on 3 November 2026 by Tamsin · 6 comments'],
        [('+I have wanted to cut a proper silhouette portrait ever since I saw the old profile cuttings at the '
          'county museum, so this autumn I finally sat my niece down in front of a lamp and traced her shadow.'),
         '-Tracing the shadow on the wall with a soft pencil.',
         ('+The tracing went onto thin black silhouette paper, white side up, after I had reduced it by half on the '
          'library photocopier so that it would fit a small oval frame.'),
         '-The reduced outline taped to the black paper.'],
        ['-In this post: The tracing · Scissors or knife? · Mounting',
         ('+My teacher at the evening class always says, “Let the paper move, not the scissors,” and she is right: '
          'turning the sheet into the blades gives a far smoother curve around the nose and lips.')],
        ["+What you'll need",
         '+Small curved embroidery scissors with sharp points',
         '-Shop my favourite curved scissors here (affiliate link)',
         '+A craft knife with a pack of fresh No. 11 blades',
         '+Black silhouette paper and a self-healing cutting mat'],
        [('+The craft knife did the fiddly parts, the eyelashes and the curl at the back of the neck, but everything '
          'else was cut with scissors, which took about forty minutes in all.'),
         ('+Once it was cut I glued it onto cream card with a glue stick, pressed it under two heavy books '
          "overnight, and it now hangs in a junk-shop frame in my niece's bedroom."),
         '-Share this: Pinterest · Facebook · Print',
         '-Happy snipping, Tamsin x',
         '-Silhouette commissions are open again for Christmas – details on the Shop page.'],
        ['-6 responses',
         '-Margot W: This is lovely, the eyelashes are so delicate!',
         '-↳ Jen_cuts: Agree, I always tear mine at that bit.',
         '-↳ Tamsin: Thank you both! A fresh blade makes all the difference.',
         '-Priya: Which glue stick do you use? Mine always wrinkles the paper.',
         '-Old Ken: My grandmother cut these on the seaside piers in the fifties.'],
        ['-← Previous post: Folded paper snowflakes · Next post: Framing on a budget →',
         '-© 2026 Snip & Shadow · Theme: Twenty Twenty-Four · Powered by WordPress'],
    ]),
    _page('fr', 'fr-portail-montgolzac-rassemblement-de-montgolfieres', [
        ['-Publicité',
         "-L'Écho de Montgolzac – L'actualité de la vallée depuis 1921",
         '-Actualité · Sports · Loisirs · Annonces · Nécrologie'],
        ['-Samedi 12 septembre 2026',
         '+Trente montgolfières dans le ciel de Montgolzac pour le premier rassemblement de la vallée'],
        ['-Par Rosine Chaudrelet',
         '-Lecture : 4 min',
         '-Partager sur Facebook · Partager sur X · Envoyer par courriel'],
        [("+Trente montgolfières venues de tout le Sud-Ouest ont décollé samedi à l'aube du pré communal de "
          'Montgolzac, pour le premier rassemblement organisé depuis la création du club.'),
         ('+Dès six heures, le public se pressait au bord du terrain, thermos à la main, et près de deux mille '
          'personnes ont assisté au gonflement des premières enveloppes.'),
         '-À lire aussi : La déviation fermée deux semaines pour travaux'],
        ["-Les ballons s'élèvent au-dessus du pré communal peu après le lever du soleil.",
         ('+« Nous avons attendu trois week-ends un matin aussi calme, et cela valait chaque réveil à quatre heures '
          '», explique le directeur des vols, Bertrand Ventadouil, pilote depuis vingt-deux ans.'),
         "-Photo : L'Écho / Fabien Rouffignas"],
        ['+Le programme du rassemblement',
         '+Envols groupés à 6 h 30 et à 18 h samedi et dimanche, si la météo le permet',
         '+Une nuit des ballons samedi soir, les enveloppes illuminées au sol en musique',
         '+Des vols captifs pour les enfants sur le terrain de foot, 5 euros le tour',
         "-Recevez chaque matin notre lettre d'information – inscription gratuite"],
        [("+Les organisateurs préviennent que les vols n'auront lieu que si le vent au sol reste inférieur à quinze "
          "kilomètres-heure, et qu'ils peuvent être annulés au dernier moment.")],
        [("+L'entrée est gratuite, le parking coûte 5 euros par voiture, et le terrain ouvre à 5 h 30 chaque matin "
          "jusqu'à dimanche soir."),
         '-Mots-clés : Montgolfières, Montgolzac, Loisirs',
         "-Suivez L'Écho de Montgolzac sur Facebook et Instagram"],
        ['-14 commentaires',
         '-Josiane47 : Vu depuis la route de Cahors à 7 h, magnifique !',
         "-↳ L'Écho de Montgolzac : Merci Josiane, envoyez-nous vos photos !",
         "-Pierrot : Dommage pour le parking payant, c'était gratuit avant.",
         "-Marc B. : La nuit des ballons est-elle maintenue s'il y a du vent ?"],
        ['-Qui sommes-nous · Contact · Annonceurs · Mentions légales',
         "-© 2026 L'Écho de Montgolzac. Tous droits réservés."],
    ]),
    _page('fr', 'fr-blog-les-ciseaux-de-mirabelle-silhouette', [
        ['-Les Ciseaux de Mirabelle – découpage de papier fait maison'],
        ['-Accueil · Tutoriels · Galerie · Boutique · À propos',
         '-Suivez mes découpages en cours sur Instagram'],
        ['-Environ 7 minutes de lecture',
         '+Ma première silhouette découpée aux ciseaux et au cutter',
         '-Publié le 3 novembre 2026 par Mirabelle · 6 commentaires'],
        [("+Je rêvais de découper un vrai portrait en silhouette depuis que j'ai vu les profils anciens du musée "
          "départemental, alors cet automne j'ai installé ma nièce devant une lampe et j'ai tracé son ombre."),
         "-Le tracé de l'ombre au crayon sur le mur.",
         ("+J'ai reporté le tracé sur du papier silhouette noir, face blanche vers moi, après l'avoir réduit de "
          'moitié à la photocopieuse de la médiathèque pour un petit cadre ovale.'),
         '-Le contour réduit scotché sur le papier noir.'],
        ['-Au sommaire : Le tracé · Ciseaux ou cutter ? · Le montage',
         ("+Ma professeure du cours du soir répète toujours : « C'est le papier qui tourne, pas les ciseaux », et "
          'elle a raison, car on obtient une courbe bien plus douce autour du nez et des lèvres.')],
        ['+Le matériel',
         '+De petits ciseaux à broder courbes, bien pointus',
         '-Mes ciseaux préférés sont par ici (lien affilié)',
         '+Un cutter de précision et des lames neuves',
         '+Du papier silhouette noir et un tapis de découpe autocicatrisant'],
        [('+Le cutter a servi pour les détails, les cils et la boucle de la nuque, mais tout le reste a été découpé '
          'aux ciseaux, en une quarantaine de minutes.'),
         ("+Une fois découpée, je l'ai collée sur un carton crème, laissée sous deux gros livres pendant la nuit, et "
          'elle trône maintenant dans un cadre de brocante chez ma nièce.'),
         '-Partager : Pinterest · Facebook · Imprimer',
         '-Bon découpage ! Mirabelle',
         '-Je prends à nouveau des commandes de silhouettes pour Noël – tout est expliqué sur la page Boutique.'],
        ['-6 réponses',
         "-Odile : Magnifique, les cils sont d'une finesse !",
         '-↳ Clémence : Pareil, je déchire toujours à cet endroit.',
         '-↳ Mirabelle : Merci à vous deux ! Une lame neuve change tout.',
         '-Nadia : Quelle colle utilises-tu ? Mon papier gondole toujours.',
         '-Papy Lucien : Ma grand-mère en découpait sur la jetée dans les années cinquante.'],
        ['-← Article précédent : Flocons en papier plié · Article suivant : Encadrer à petit prix →',
         '-© 2026 Les Ciseaux de Mirabelle · Thème : Astra · Propulsé par WordPress'],
    ]),
    _page('de', 'de-portal-gondelsried-ballonfest', [
        ['-Anzeige',
         '-Gondelsrieder Tagblatt – Ihre Zeitung für das Oberland seit 1908',
         '-Lokales · Sport · Kultur · Freizeit · Service'],
        ['-Samstag, 12. September 2026',
         '+Dreißig Heißluftballone über Gondelsried beim ersten Ballonfest im Oberland'],
        ['-Von Ansgar Hüllenbrock',
         '-Lesezeit 4 Minuten',
         '-Auf Facebook teilen · Auf X teilen · Per E-Mail senden'],
        [('+Dreißig Heißluftballone aus ganz Süddeutschland sind am Samstag bei Sonnenaufgang von der Festwiese in '
          'Gondelsried gestartet, zum ersten Ballonfest seit der Gründung des Vereins.'),
         ('+Schon vor sechs Uhr kamen die ersten Zuschauer mit Thermoskannen und Klappstühlen, und als die erste '
          'Hülle aufgeblasen wurde, standen rund zweitausend Menschen am Rand der Wiese.'),
         '-Lesen Sie auch: Ortsumfahrung zwei Wochen wegen Bauarbeiten gesperrt'],
        ['-Die Ballone steigen kurz nach Sonnenaufgang über der Festwiese auf.',
         ('+„Wir haben drei Wochenenden auf einen so ruhigen Morgen gewartet, und jeder frühe Wecker hat sich '
          'gelohnt“, sagte Fahrtleiter Gottfried Brennwaldinger, der seit 22 Jahren Ballon fährt.'),
         '-Foto: Tagblatt / Lorenz Eibenreiter'],
        ['+Das Programm des Ballonfests',
         '+Massenstarts um 6.30 Uhr und um 18 Uhr am Samstag und Sonntag, wenn das Wetter mitspielt',
         '+Ein Ballonglühen am Samstagabend, bei dem die Hüllen am Boden zu Musik leuchten',
         '+Fesselfahrten für Kinder auf dem Sportplatz, 5 Euro pro Fahrt',
         '-Jeden Morgen die wichtigsten Nachrichten aus dem Oberland – jetzt den Newsletter abonnieren'],
        [('+Die Veranstalter weisen darauf hin, dass nur gefahren wird, wenn der Bodenwind unter 15 Kilometern pro '
          'Stunde bleibt, und dass Starts kurzfristig abgesagt werden können.')],
        [('+Der Eintritt ist frei, Parken kostet 5 Euro pro Auto, und das Gelände öffnet bis Sonntagabend jeden '
          'Morgen um halb sechs.'),
         '-Schlagworte: Heißluftballon, Gondelsried, Freizeit',
         '-Folgen Sie dem Tagblatt auf Facebook und Instagram'],
        ['-7 Kommentare',
         '-Oberländer62: Von der Umgehungsstraße aus gesehen, einfach herrlich!',
         '-↳ Redaktion: Danke! Schicken Sie uns gern Ihre Fotos.',
         '-Sabine K.: Schade, dass das Parken jetzt Geld kostet.',
         '-Franz aus Au: Findet das Ballonglühen trotz Wind statt?'],
        ['-Impressum · Datenschutz · Mediadaten · Kontakt',
         '-© 2026 Gondelsrieder Tagblatt GmbH. Alle Rechte vorbehalten.'],
    ]),
    _page('de', 'de-blog-liesels-schattenschere-scherenschnitt', [
        ['-Liesels Schattenschere – Scherenschnitt am Küchentisch'],
        ['-Start · Anleitungen · Galerie · Shop · Über mich',
         '-Folgt mir auf Instagram für Einblicke in die Werkstatt'],
        ['-Etwa 7 Minuten Lesezeit',
         '+Mein erster Schattenriss mit Schere und Bastelmesser',
         '-Veröffentlicht am 3. November 2026 von Liesel · 6 Kommentare'],
        [('+Seit ich im Heimatmuseum die alten Schattenrisse gesehen habe, wollte ich selbst ein Profilbildnis '
          'schneiden, also habe ich meine Nichte in diesem Herbst vor eine Lampe gesetzt und ihren Schatten '
          'nachgezeichnet.'),
         '-Den Schatten mit weichem Bleistift an der Wand nachzeichnen.',
         ('+Die Zeichnung kam auf dünnes schwarzes Scherenschnittpapier, weiße Seite nach oben, nachdem ich sie im '
          'Copyshop auf die Hälfte verkleinert hatte, damit sie in einen kleinen ovalen Rahmen passt.'),
         '-Der verkleinerte Umriss, auf das schwarze Papier geklebt.'],
        ['-Inhalt: Die Vorlage · Schere oder Messer? · Aufkleben',
         ('+Meine Lehrerin im Volkshochschulkurs sagt immer: „Das Papier bewegt sich, nicht die Schere“, und sie '
          'hat recht, denn so wird die Linie um Nase und Lippen viel weicher.')],
        ['+Das braucht ihr',
         '+Eine kleine gebogene Stickschere mit feinen Spitzen',
         '-Meine Lieblingsschere findet ihr hier (Affiliate-Link)',
         '+Ein Bastelmesser mit frischen Klingen',
         '+Schwarzes Scherenschnittpapier und eine selbstheilende Schneidematte'],
        [('+Mit dem Messer habe ich nur die feinen Stellen geschnitten, die Wimpern und die Locke im Nacken, alles '
          'andere mit der Schere, insgesamt etwa vierzig Minuten.'),
         ('+Danach habe ich den Schattenriss mit dem Klebestift auf cremefarbenen Karton geklebt, über Nacht unter '
          'zwei dicken Büchern gepresst, und jetzt hängt er im Zimmer meiner Nichte in einem Rahmen vom Flohmarkt.'),
         '-Teilen: Pinterest · Facebook · Drucken',
         '-Viel Freude beim Schneiden, eure Liesel',
         ('-Scherenschnitt-Porträts auf Bestellung nehme ich für Weihnachten wieder an – alles dazu auf der Seite '
          'Shop.')],
        ['-6 Antworten',
         '-Gerlinde: Wunderschön, die Wimpern sind so zart!',
         '-↳ Bastelbine: Genau, bei mir reißt es an der Stelle immer.',
         '-↳ Liesel: Danke euch beiden! Eine neue Klinge macht den Unterschied.',
         '-Petra M.: Welchen Klebestift nimmst du? Bei mir wellt sich das Papier.',
         '-Opa Heinz: Meine Großmutter hat so etwas auf dem Jahrmarkt geschnitten.'],
        ['-← Vorheriger Beitrag: Gefaltete Papiersterne · Nächster Beitrag: Günstig rahmen →',
         '-© 2026 Liesels Schattenschere · Theme: Blocksy · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-borgovolano-raduno-di-mongolfiere', [
        ['-Pubblicità',
         '-La Gazzetta di Borgovolano – Le notizie della valle dal 1946',
         '-Cronaca · Sport · Cultura · Eventi · Necrologi'],
        ['-Sabato 12 settembre 2026',
         '+Trenta mongolfiere nel cielo di Borgovolano per il primo raduno della valle'],
        ['-Di Eleonora Strazzavento',
         '-Lettura in 4 minuti',
         '-Condividi su Facebook · Condividi su X · Invia per e-mail'],
        [("+Trenta mongolfiere arrivate da tutto il Nord Italia si sono alzate in volo sabato all'alba dal prato "
          'della fiera di Borgovolano, aprendo il primo raduno organizzato dalla nascita del club.'),
         ('+Già prima delle sei il pubblico si accalcava ai bordi del campo con thermos e sedie pieghevoli, e circa '
          'duemila persone hanno assistito al gonfiaggio dei primi palloni.'),
         '-Leggi anche: Tangenziale chiusa per due settimane per lavori'],
        ["-Le mongolfiere si alzano sopra il prato della fiera poco dopo l'alba.",
         ("+«Abbiamo aspettato tre fine settimana una mattina così calma, e ne è valsa ogni sveglia all'alba», ha "
          'detto il direttore di volo Ruggero Fiammalonga, che vola da ventidue anni.'),
         '-Foto: Gazzetta / Davide Lunardoschi'],
        ['+Il programma del raduno',
         '+Decolli di massa alle 6.30 e alle 18 di sabato e domenica, meteo permettendo',
         '+Un night glow sabato sera, con i palloni illuminati a terra a ritmo di musica',
         '+Voli vincolati per i bambini al campo sportivo, 5 euro a giro',
         '-Ogni mattina le notizie della valle nella tua casella: iscriviti alla newsletter'],
        [('+Gli organizzatori avvertono che si volerà solo se il vento al suolo resterà sotto i quindici chilometri '
          "orari, e che i voli possono essere annullati all'ultimo momento.")],
        [("+L'ingresso è gratuito, il parcheggio costa 5 euro ad auto e il campo apre ogni mattina alle 5.30 fino a "
          'domenica sera.'),
         '-Tag: Mongolfiere, Borgovolano, Eventi',
         '-Segui la Gazzetta su Facebook e Instagram'],
        ['-5 commenti',
         '-Gianni62: Viste dalla provinciale alle 7, spettacolo!',
         '-↳ Gazzetta di Borgovolano: Grazie Gianni, mandaci le tue foto!',
         '-Marisa T.: Peccato per il parcheggio a pagamento.',
         '-Beppe: Il night glow è confermato anche con il vento?'],
        ['-Chi siamo · Contatti · Inserzionisti · Privacy',
         '-© 2026 La Gazzetta di Borgovolano. Tutti i diritti riservati.'],
    ]),
    _page('it', 'it-blog-le-forbici-di-nives-silhouette', [
        ['-Le forbici di Nives – ritagli di carta sul tavolo di cucina'],
        ['-Home · Tutorial · Galleria · Negozio · Chi sono',
         '-Seguimi su Instagram per i lavori in corso'],
        ['-Tempo di lettura: 7 minuti',
         '+La mia prima silhouette ritagliata con forbici e taglierino',
         '-Pubblicato il 3 novembre 2026 da Nives · 6 commenti'],
        [('+Desideravo ritagliare un vero ritratto a silhouette da quando ho visto i profili antichi al museo '
          "civico, così quest'autunno ho messo mia nipote davanti a una lampada e ho ricalcato la sua ombra."),
         "-Il ricalco dell'ombra a matita sulla parete.",
         ("+Ho riportato il disegno su carta nera per silhouette, lato bianco verso l'alto, dopo averlo ridotto "
          'della metà con la fotocopiatrice della biblioteca per una piccola cornice ovale.'),
         '-Il contorno ridotto fissato con lo scotch sulla carta nera.'],
        ['-In questo post: Il ricalco · Forbici o taglierino? · Il montaggio',
         ('+La mia insegnante del corso serale ripete sempre: «È la carta che gira, non le forbici», e ha ragione, '
          'perché così la curva intorno al naso e alle labbra viene molto più morbida.')],
        ['+Cosa serve',
         '+Piccole forbici da ricamo curve e ben appuntite',
         '-Le mie forbici preferite le trovi qui (link affiliato)',
         '+Un taglierino di precisione con lame nuove',
         '+Carta nera per silhouette e un tappetino da taglio autorigenerante'],
        [("+Il taglierino è servito per i dettagli, le ciglia e il ricciolo sulla nuca, ma tutto il resto l'ho "
          'ritagliato con le forbici, in una quarantina di minuti.'),
         ("+Poi l'ho incollata con la colla stick su un cartoncino color crema, l'ho lasciata sotto due libri "
          'pesanti per una notte e ora è appesa in camera di mia nipote in una cornice del mercatino.'),
         '-Condividi: Pinterest · Facebook · Stampa',
         '-Buon ritaglio! Nives',
         '-Accetto di nuovo ordini di silhouette per Natale: trovi tutto nella pagina Negozio.'],
        ['-6 risposte',
         '-Graziella: Bellissima, le ciglia sono delicatissime!',
         '-↳ Carla_carta: Vero, a me si strappa sempre lì.',
         '-↳ Nives: Grazie a tutte e due! Una lama nuova fa la differenza.',
         '-Loredana: Che colla usi? A me la carta si ondula sempre.',
         '-Nonno Pino: Mia nonna le ritagliava alle fiere di paese negli anni Cinquanta.'],
        ['-← Articolo precedente: Fiocchi di neve di carta · Articolo successivo: Incorniciare spendendo poco →',
         '-© 2026 Le forbici di Nives · Tema: OceanWP · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-wzlotowice-zlot-balonow', [
        ['-Reklama',
         '-Głos Wzlotowic – Wiadomości z doliny od 1957 roku',
         '-Wiadomości · Sport · Kultura · Imprezy · Ogłoszenia'],
        ['-Sobota, 12 września 2026',
         '+Trzydzieści balonów nad Wzlotowicami na pierwszym zlocie w dolinie'],
        ['-Autor: Bronisław Koszyczyński',
         '-Czas czytania: 4 min',
         '-Udostępnij na Facebooku · Udostępnij na X · Wyślij e-mailem'],
        [('+Trzydzieści balonów z całej Polski wystartowało w sobotę o świcie z błoni we Wzlotowicach, otwierając '
          'pierwszy zlot zorganizowany od czasu założenia klubu.'),
         ('+Już przed szóstą widzowie ustawiali się na skraju łąki z termosami i składanymi krzesłami, a napełnianie '
          'pierwszych powłok oglądało około dwóch tysięcy osób.'),
         '-Przeczytaj także: Obwodnica zamknięta na dwa tygodnie z powodu remontu'],
        ['-Balony wznoszą się nad błoniami tuż po wschodzie słońca.',
         ('+„Czekaliśmy trzy weekendy na tak spokojny poranek i każda wczesna pobudka była tego warta” – powiedział '
          'kierownik lotów Zenon Podmuchowski, który lata od dwudziestu dwóch lat.'),
         '-Fot. Głos Wzlotowic / Arkadiusz Pełnomiech'],
        ['+Program zlotu',
         '+Starty masowe o 6.30 i o 18 w sobotę i niedzielę, jeśli pozwoli pogoda',
         '+Nocny pokaz balonów w sobotę wieczorem, z powłokami podświetlonymi na ziemi przy muzyce',
         '+Loty na uwięzi dla dzieci na boisku, 20 zł za przelot',
         '-Codziennie rano najważniejsze wiadomości z doliny – zapisz się na newsletter'],
        [('+Organizatorzy zastrzegają, że loty odbędą się tylko wtedy, gdy wiatr przy ziemi nie przekroczy '
          'piętnastu kilometrów na godzinę, i mogą zostać odwołane w ostatniej chwili.')],
        [('+Wstęp jest bezpłatny, parking kosztuje 10 zł za samochód, a teren jest otwarty codziennie od 5.30 do '
          'niedzielnego wieczoru.'),
         '-Tagi: balony, Wzlotowice, imprezy',
         '-Obserwuj Głos Wzlotowic na Facebooku i Instagramie'],
        ['-9 komentarzy',
         '-Mietek: Widziałem z obwodnicy o siódmej, pięknie!',
         '-↳ Głos Wzlotowic: Dziękujemy, prosimy o zdjęcia!',
         '-Gośka: Szkoda, że parking jest teraz płatny.',
         '-Kibic_balonów: Czy nocny pokaz się odbędzie mimo wiatru?'],
        ['-O nas · Kontakt · Cennik ogłoszeń · Polityka prywatności',
         '-© 2026 Głos Wzlotowic. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-nozyczki-jagody-sylweta', [
        ['-Nożyczki Jagody – wycinanki przy kuchennym stole'],
        ['-Start · Poradniki · Galeria · Sklep · O mnie',
         '-Obserwuj mnie na Instagramie, tam pokazuję prace w toku'],
        ['-7 min czytania',
         '+Moja pierwsza sylwetka wycięta nożyczkami i nożykiem',
         '-Opublikowano 3 listopada 2026 przez Jagodę · 6 komentarzy'],
        [('+Odkąd zobaczyłam w muzeum regionalnym stare wycinane portrety z profilu, chciałam sama taki zrobić, więc '
          'tej jesieni posadziłam siostrzenicę przed lampą i obrysowałam jej cień.'),
         '-Obrysowywanie cienia miękkim ołówkiem na ścianie.',
         ('+Rysunek przeniosłam na cienki czarny papier do sylwet, białą stroną do góry, po zmniejszeniu go o połowę '
          'na ksero w bibliotece, żeby zmieścił się w małej owalnej ramce.'),
         '-Zmniejszony kontur przyklejony taśmą do czarnego papieru.'],
        ['-W tym wpisie: Szkic · Nożyczki czy nożyk? · Oprawa',
         ('+Moja nauczycielka z kursu wieczorowego zawsze powtarza: „To papier się obraca, nie nożyczki”, i ma '
          'rację, bo wtedy linia wokół nosa i ust wychodzi dużo gładsza.')],
        ['+Czego potrzebujesz',
         '+Małe zakrzywione nożyczki do haftu z ostrymi końcami',
         '-Moje ulubione nożyczki kupisz tutaj (link afiliacyjny)',
         '+Nożyk modelarski z zapasem nowych ostrzy',
         '+Czarny papier do sylwet i samogojąca się mata do cięcia'],
        [('+Nożykiem wycięłam tylko drobne miejsca, rzęsy i lok na karku, a całą resztę nożyczkami, w sumie w jakieś '
          'czterdzieści minut.'),
         ('+Potem przykleiłam sylwetkę klejem w sztyfcie do kremowego kartonu, na noc przycisnęłam dwiema grubymi '
          'książkami i teraz wisi u siostrzenicy w ramce z pchlego targu.'),
         '-Udostępnij: Pinterest · Facebook · Drukuj',
         '-Udanego wycinania! Jagoda',
         '-Znowu przyjmuję zamówienia na sylwetki na święta – szczegóły na stronie Sklep.'],
        ['-6 odpowiedzi',
         '-Halina: Przepiękne, te rzęsy są takie delikatne!',
         '-↳ Wycinankowa_Ola: Właśnie, mnie się zawsze w tym miejscu rwie.',
         '-↳ Jagoda: Dziękuję wam obu! Nowe ostrze robi całą różnicę.',
         '-Basia: Jakiego kleju używasz? Mnie papier zawsze faluje.',
         '-Dziadek Stasiek: Moja babcia wycinała takie na odpustach w latach pięćdziesiątych.'],
        ['-← Poprzedni wpis: Składane papierowe śnieżynki · Następny wpis: Oprawa za grosze →',
         '-© 2026 Nożyczki Jagody · Motyw: Neve · Wspierane przez WordPress'],
    ]),
    _page('ru', 'ru-portal-aerostatovsk-festival-vozdushnykh-sharov', [
        ['-Реклама',
         '-Аэростатовский вестник – новости долины с 1931 года',
         '-Новости · Спорт · Культура · Афиша · Объявления'],
        ['-Суббота, 12 сентября 2026',
         '+Тридцать воздушных шаров поднялись над Аэростатовском на первом фестивале в долине'],
        ['-Автор: Евлампия Шароплётова',
         '-4 мин чтения',
         '-Поделиться в VK · Поделиться в Telegram · Отправить по почте'],
        [('+Тридцать воздушных шаров со всей страны стартовали в субботу на рассвете с городского луга '
          'Аэростатовска, открыв первый фестиваль со дня основания клуба.'),
         ('+Уже до шести утра зрители с термосами и складными стульями собирались у края поля, и наполнение первых '
          'оболочек наблюдали около двух тысяч человек.'),
         '-Читайте также: Объездную дорогу закроют на две недели из-за ремонта'],
        ['-Шары поднимаются над лугом вскоре после восхода солнца.',
         ('+«Мы три выходных ждали такого тихого утра, и каждый ранний подъём того стоил», – сказал руководитель '
          'полётов Аркадий Корзинщиков, который летает уже двадцать два года.'),
         '-Фото: «Аэростатовский вестник» / Тимофей Гондолкин'],
        ['+Программа фестиваля',
         '+Массовые старты в 6:30 и в 18:00 в субботу и воскресенье, если позволит погода',
         '+Ночное свечение шаров в субботу вечером: оболочки светятся на земле под музыку',
         '+Подъёмы на привязи для детей на стадионе, 300 рублей за подъём',
         '-Главные новости долины каждое утро – подпишитесь на нашу рассылку'],
        [('+Организаторы предупреждают, что полёты состоятся, только если ветер у земли не превысит пятнадцати '
          'километров в час, и могут быть отменены в последний момент.')],
        ['+Вход свободный, парковка стоит 200 рублей, а поле открыто каждое утро с 5:30 до вечера воскресенья.',
         '-Теги: воздушные шары, Аэростатовск, афиша',
         '-Подписывайтесь на «Аэростатовский вестник» в Telegram и ВКонтакте'],
        ['-11 комментариев',
         '-Михалыч: Видел с объездной в семь утра, красота!',
         '-↳ Редакция: Спасибо, присылайте фотографии!',
         '-Ольга_К: Жаль, что парковка теперь платная.',
         '-Турист: А ночное свечение не отменят из-за ветра?'],
        ['-О редакции · Контакты · Рекламодателям · Политика конфиденциальности',
         '-© 2026 «Аэростатовский вестник». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-nozhnitsy-varvary-siluet', [
        ['-Ножницы Варвары – вырезаем из бумаги на кухне'],
        ['-Главная · Мастер-классы · Галерея · Магазин · Обо мне',
         '-Заглядывайте в мой Telegram-канал – там процесс работы'],
        ['-Время чтения: 7 минут',
         '+Мой первый силуэт, вырезанный ножницами и макетным ножом',
         '-Опубликовано 3 ноября 2026, автор: Варвара · 6 комментариев'],
        [('+Мне давно хотелось вырезать настоящий силуэтный портрет, с тех пор как я увидела старинные профили в '
          'краеведческом музее, и этой осенью я усадила племянницу перед лампой и обвела её тень.'),
         '-Обводим тень на стене мягким карандашом.',
         ('+Рисунок я перенесла на тонкую чёрную силуэтную бумагу, белой стороной вверх, уменьшив его вдвое на '
          'ксероксе в библиотеке, чтобы он поместился в маленькую овальную рамку.'),
         '-Уменьшенный контур, приклеенный скотчем к чёрной бумаге.'],
        ['-Содержание: Эскиз · Ножницы или нож? · Оформление',
         ('+Моя преподавательница на вечерних курсах всегда повторяет: «Поворачивается бумага, а не ножницы», и она '
          'права: так линия вокруг носа и губ получается гораздо плавнее.')],
        ['+Что понадобится',
         '+Маленькие изогнутые вышивальные ножницы с острыми концами',
         '-Мои любимые ножницы можно купить здесь (партнёрская ссылка)',
         '+Макетный нож и запас новых лезвий',
         '+Чёрная силуэтная бумага и самовосстанавливающийся коврик для резки'],
        [('+Ножом я вырезала только мелкие места, ресницы и локон на затылке, а всё остальное ножницами, в общей '
          'сложности минут за сорок.'),
         ('+Потом я приклеила силуэт клеем-карандашом на кремовый картон, на ночь придавила двумя толстыми книгами, '
          'и теперь он висит у племянницы в рамке с блошиного рынка.'),
         '-Поделиться: Pinterest · ВКонтакте · Печать',
         '-Удачного вырезания! Ваша Варвара',
         '-Снова принимаю заказы на силуэты к Новому году – подробности на странице «Магазин».'],
        ['-6 ответов',
         '-Людмила: Чудесно, ресницы такие тонкие!',
         '-↳ Бумажная_Катя: Да, у меня в этом месте всегда рвётся.',
         '-↳ Варвара: Спасибо вам обеим! Новое лезвие решает всё.',
         '-Нина: Каким клеем пользуетесь? У меня бумага всегда идёт волнами.',
         '-Дед Степан: Моя бабушка вырезала такие на ярмарках в пятидесятые.'],
        ['-← Предыдущая запись: Бумажные снежинки · Следующая запись: Рамка за копейки →',
         '-© 2026 Ножницы Варвары · Тема: Hestia · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-sprottlecombe-balloon-meet':
        ("the English balloon meet report keeps the lead photo's caption ('Balloons rise over Wimbleditch Fields "
         "shortly after sunrise on Saturday.') above the paragraph with the quote, in its block (1 of 20 noise "
         'lines); no article line is lost'),
    'en-blog-snip-and-shadow-silhouette-portrait':
        ("the English silhouette post keeps the two photo captions ('Tracing the shadow on the wall with a soft "
         "pencil.' and 'The reduced outline taped to the black paper.') after the first and second paragraphs (2 of "
         '20 noise lines); no article line is lost'),
    'fr-portail-montgolzac-rassemblement-de-montgolfieres':
        ("the French balloon meet report keeps the lead photo's caption ('Les ballons s'élèvent au-dessus du pré "
         "communal peu après le lever du soleil.') above the paragraph with the quote, in its block (1 of 20 noise "
         'lines); no article line is lost'),
    'fr-blog-les-ciseaux-de-mirabelle-silhouette':
        ("the French silhouette post keeps the two photo captions ('Le tracé de l'ombre au crayon sur le mur.' and "
         "'Le contour réduit scotché sur le papier noir.') after the first and second paragraphs, in their block (2 "
         'of 20 noise lines); no article line is lost'),
    'de-portal-gondelsried-ballonfest':
        ("the German balloon festival report keeps the lead photo's caption ('Die Ballone steigen kurz nach "
         "Sonnenaufgang über der Festwiese auf.') above the paragraph with the quote, in its block (1 of 20 noise "
         'lines); no article line is lost'),
    'de-blog-liesels-schattenschere-scherenschnitt':
        ("the German silhouette post keeps the two photo captions ('Den Schatten mit weichem Bleistift an der Wand "
         "nachzeichnen.' and 'Der verkleinerte Umriss, auf das schwarze Papier geklebt.') after the first and second "
         'paragraphs, in their block (2 of 20 noise lines); no article line is lost'),
    'it-portale-borgovolano-raduno-di-mongolfiere':
        ("the Italian balloon meet report keeps the lead photo's caption ('Le mongolfiere si alzano sopra il prato "
         "della fiera poco dopo l'alba.') above the paragraph with the quote, in its block (1 of 20 noise lines); no "
         'article line is lost'),
    'it-blog-le-forbici-di-nives-silhouette':
        ("the Italian silhouette post keeps the two photo captions ('Il ricalco dell'ombra a matita sulla parete.' "
         "and 'Il contorno ridotto fissato con lo scotch sulla carta nera.') after the first and second paragraphs "
         '(2 of 20 noise lines); no article line is lost'),
    'pl-portal-wzlotowice-zlot-balonow':
        ("the Polish balloon meet report keeps the lead photo's caption ('Balony wznoszą się nad błoniami tuż po "
         "wschodzie słońca.') above the paragraph with the quote, in its block (1 of 20 noise lines); no article "
         'line is lost'),
    'pl-blog-nozyczki-jagody-sylweta':
        ("the Polish silhouette post keeps the two photo captions ('Obrysowywanie cienia miękkim ołówkiem na "
         "ścianie.' and 'Zmniejszony kontur przyklejony taśmą do czarnego papieru.') after the first and second "
         'paragraphs (2 of 20 noise lines); no article line is lost'),
    'ru-portal-aerostatovsk-festival-vozdushnykh-sharov':
        ("the Russian balloon festival report keeps the lead photo's caption ('Шары поднимаются над лугом вскоре "
         "после восхода солнца.') above the paragraph with the quote, in its block (1 of 20 noise lines); no article "
         'line is lost'),
    'ru-blog-nozhnitsy-varvary-siluet':
        ("the Russian silhouette post keeps the two photo captions ('Обводим тень на стене мягким карандашом.' and "
         "'Уменьшенный контур, приклеенный скотчем к чёрной бумаге.') after the first and second paragraphs (2 of 20 "
         'noise lines); no article line is lost'),
}

test_held_out_217_line, test_held_out_217_line_is_kept, test_held_out_217_page = held_out_tests(
    HELD_OUT_217_LINES, HELD_OUT_217_KEEP, HELD_OUT_217_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
