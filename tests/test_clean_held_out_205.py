"""Held-out set 205: written blind, weighted toward the noise the cleaner exists for, in shapes set 204's docstring does
not name (nor the first paragraphs of sets 201, 202 and 203): scraper, embed and ad markers (an English Bandcamp
player of a removed album "This Bandcamp player can't be shown because the artist has removed the album.", an English
Flourish chart blamed on an ad blocker "The Flourish visualisation did not load – it may be blocked by your ad
blocker.", an English bracketed Google Form placeholder of a closed form "[Embedded Google Form: this form is no
longer accepting responses]", a French Arte video whose broadcast rights ran out "Vidéo Arte indisponible : les
droits de diffusion de ce programme ont expiré.", a German Podigee player waiting for consent to external content
"Der Podigee-Player wird erst angezeigt, wenn Sie externen Inhalten zustimmen.", an Italian Mediaset Infinity video
that has expired "Il video di Mediaset Infinity incorporato è scaduto e non può più essere riprodotto.", a Polish TVP
VOD item for logged-in users only "Materiał TVP VOD jest dostępny tylko dla zalogowanych użytkowników." and a Russian
Dzen video deleted by its author "Видео из Дзена недоступно: автор удалил эту публикацию."); reading-time headers in
new wordings (the English quick-read label with a dash "Quick read – 3 min", a blog's grab-a-cuppa line "Grab a
cuppa: this one's a 10-minute read", the French article-to-read-in line "Article à lire en 4 minutes", the German
estimated-reading-duration label "Geschätzte Lesedauer: 4 Minuten", the Italian estimated-reading-time label "Tempo
stimato di lettura: 4 minuti", the Polish estimated-reading-time label "Szacowany czas lektury: 4 min" and the
Russian minutes-for-reading label "4 мин на чтение"); bylines and self-promotion (an English story-and-photographs
byline "Story and photographs by Hesketh Wobbleshaw", an English Local Democracy Reporting Service byline "By Linnet
Tamblingham, Local Democracy Reporting Service", a German a-piece-by byline "Ein Beitrag von Reinhild Quappenschmid"
and a Polish compiled-by byline "Oprac. Bożysława Kminkowska", all at the head, and at the foot an English Depop
pudding-basins plug "I sell my hand-thrown pudding basins on Depop, and every order ships within the week.", a French
Selency casseroles plug with Mondial Relay shipping "Mes cocottes en fonte restaurées sont en vente sur Selency,
livraison en Mondial Relay.", an Italian Wallapop tagines plug with SDA shipping "Vendo le mie tajine dipinte a mano
su Wallapop, con spedizione tramite SDA." and a Russian Ozon okroshka-bowls plug with pick-up points "Свои деревянные
миски для окрошки продаю на Ozon, доставка в пункты выдачи по всей России."); blog and site footers (an English
Jekyll and GitHub Pages credit "Proudly published with Jekyll · Hosted on GitHub Pages", an English
company-registration line with the registered office "Registered in England and Wales, company no. 08471236 ·
Registered office: 4 Tanner's Yard, Wickhamstow", the English reCAPTCHA line "This site is protected by reCAPTCHA and
the Google Privacy Policy and Terms of Service apply.", a French OVHcloud and WordPress credit with an accessibility
status "Hébergé par OVHcloud · Réalisé avec WordPress · Accessibilité : non conforme", a German Strato and WordPress
credit with the privacy statement "Gehostet bei Strato · Erstellt mit WordPress · Datenschutzerklärung", an Italian
court-registration line of the paper "Testata giornalistica registrata presso il Tribunale di Lucca, n. 7/2011", a
Polish home.pl hosting and WordPress line "Hosting: home.pl · Strona zbudowana na WordPressie" and a Russian Nethouse
builder credit with the user agreement "Сайт создан на конструкторе Nethouse · Пользовательское соглашение");
reader-comment furniture (the English WordPress awaiting-moderation preview "Your comment is awaiting moderation.
This is a preview; your comment will be visible after it has been approved.", an English like-reply-age row "Like ·
Reply · 14h", an English showing-some-of-the-comments line with a sign-in prompt "Showing 5 of 23 comments – sign in
to see the full conversation", a French log-in-to-react prompt "Connectez-vous pour réagir ou créez votre compte
gratuitement.", a German write-a-comment prompt with the discussion rules "Kommentar schreiben – bitte beachten Sie
unsere Diskussionsregeln.", an Italian awaiting-the-moderator's-approval line "Commento in attesa di approvazione da
parte del moderatore.", a Polish comment-as-a-guest-or-log-in prompt "Dodaj komentarz jako gość albo zaloguj się
przez Facebooka" and a Russian appears-after-moderation line "Комментарий появится после проверки модератором.");
share rows (a French share-on row with Bluesky and a print link "Partager sur : Facebook · Bluesky · LinkedIn ·
Imprimer", a German share-on row with Threema "Teilen auf: Threema · Facebook · E-Mail" and a Russian
share-in-messengers row with Viber "Поделиться в мессенджерах: Telegram · Viber · WhatsApp"); and notices (an Italian
first-published-in-print note "Articolo pubblicato in origine sull'edizione cartacea del 12 giugno." and a Polish
headlines-by-the-editors note "Tytuł, lead i śródtytuły pochodzą od redakcji.", both in the body, and an English
prices-correct-at-publishing note "Prices and opening times were correct at the time of publishing." at the foot);
and toward whole scraped news and hobby-blog pages in layouts set 204's docstring does not describe (on the six
portal pages, in nine blocks, an ad label above the masthead with its tagline in a block of two at the very top, the
ad label first; the section menu and a breadcrumb above the title in one block of three, the title last; the byline,
the date line and the reading time above the first paragraph in one block of four, the paragraph last; the second
paragraph at the top of a block of three with a read-also link and a share row after it; the paragraph with the quote
at the top of a block of two with the lead photo's caption and its credit in one line after it; the subheading and
the three rows with a promoted-stories or sponsored label and a sponsored headline after the third row (a block of
six); the two last paragraphs at the top of a block of three with a follow-us prompt after them; a thread of six
lines alone in a block (a comment count, a comment, the reporter's or the desk's arrowed reply, a second reader's
comment, the first commenter's arrowed reply to it and a load-more link); and at the foot the publisher's copyright
line alone in a block of one; on the six blog pages, in nine blocks, the blog name with its tagline and the menu in a
block of two at the very top; a category line above the title and the posted-on-by line under it in one block of
three, the title in the middle; the reading time above the first paragraph and the photo caption after it, in one
block of three; a table of contents (its heading and two numbered entries) above the second paragraph, in its block
(a block of four, the paragraph last); the paragraph with the quote in the middle of a block of three, between a
pin-it share row above it and a related-post link below it; the subheading and the three rows with an ad label after
the third row (a block of five); the two last paragraphs at the top of a block of four with the author's sign-off and
a plug for the author's workshops, classes or courses after them; a thread of five lines alone in a block (a comments
heading with its count, on four blogs quoting the post's title, a comment, the author's arrowed reply, a second
comment and the author's arrowed reply to it); and at the foot the author's copyright line with the
platform-and-theme credit in one line, alone in a block of one), taken from local news of the kinds the brief names
(a penny-farthing race on the high street, a stone skimming contest on the river, an onion show in the village hall,
an egg-and-spoon race at the school fete, a beard and moustache contest, an apple pressing day in the orchard) and
from blogs about bread pudding, cassoulet, goulash, a chicken tagine, syrniki and okroshka.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 204 but what is named here), held-out set 206 (written at the same time by
another helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or
``git branch`` output, and who did not grep the tests/ folder and did not run ``git worktree list``. Read were: the
docstring of held-out set 204 up to (not including) its paragraph starting "Measured after round 132", its import
lines and its tail from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node,
not by a string search), and the first paragraphs of the docstrings of sets 201, 202 and 203, printed with one ast
script (/tmp/s205scratch/peek.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (one ``python -c`` call, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of these were read from the frozen worktree /tmp/wt-s205 (detached at the commit named below).
The English fixture file itself was not opened. The import lines and the line binding the three tests follow set
204's as printed, with 204 -> 205; /tmp/s205scratch/gen205.py writes this file from scratch files (data205.py with
the noise and keep lines, pages205.py with the pages, doc_src.txt with the docstring and, after the measurement,
tables205.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s205, detached at commit 8e91bcef2f5b8d62bd058d65ab13f67fc5601091,
the commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or
page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline
paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 07:23:07 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
8e91bcef2f5b8d62bd058d65ab13f67fc5601091, the brief's commit; both worktrees were made there with ``git worktree
add`` (output to /dev/null, exit codes 0), and /work/main was not touched afterwards. Slip: in the set-up call I ran
``ls`` on the four named paths tests/test_clean_held_out_201.py to _204.py in /tmp/wt-s205 to see that they existed;
it printed those four paths and nothing else of the tests/ folder, but it is a listing of files of that folder, which
the brief forbids. (2) peek.py printed set 204's docstring paragraphs up to (not including) the one starting
"Measured after round 132", its import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 201, 202 and 203. Its first run printed to the terminal, which the
tool cut in the middle (it showed the start, up to inside set 202's first paragraph, and the end, from inside set
204's "Slips and notes" paragraph on, all allowed parts); the second run went to /tmp/s205scratch/peek.out (509
lines, all of them allowed parts), of which I paged lines 125 to 356 with ``sed`` (in four pieces); one more ``python
-c`` call printed only the number of set 204's docstring paragraphs, whether the words "Measured after round" occur
in it and the first 12 characters of each paragraph, to confirm that peek.py had stopped before that paragraph.
Nothing else of any set file was printed. (3) The default Python (pyenv 3.11.7) lacked the project's dependencies,
and pip failed there on a broken installed distribution; I made a virtual environment /tmp/s205scratch/venv and
installed into it, with pip from the configured registry, the base dependencies named in pyproject.toml (read for
that; it is not among the forbidden files) plus pytest and hypothesis (test_clean imports it); nothing was installed
elsewhere. I also read .ci/run and scripts/test.sh (how the project installs itself; neither is among the forbidden
files). The ``inspect`` call was tried twice before it worked, first with the default Python (it stopped at the
import of joblib) and then with the venv before hypothesis was in it (it stopped at that import); both printed only a
traceback. It then ran with the venv's python, and the measurement ran with the venv's bin folder first on PATH, so
that the brief's ``python`` is the venv's. The ``inspect`` call imports test_clean, which loads the cleaner's
modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I
compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service named
there is used for a held-out marker (Bandcamp, Flourish, Google Forms, Arte, Podigee, Mediaset Infinity, TVP VOD and
Dzen are not named there), and the failures are of kinds not named there (an album removed, an ad blocker, a form
closed to responses, broadcast rights expired, consent to external content, an expired video, logged-in users only, a
publication deleted by its author); the reading times avoid the phrasings named there; the bylines are of new shapes
(story and photographs by, the Local Democracy Reporting Service, ein Beitrag von, oprac.) and the plugs name
marketplaces not named there (Depop, Selency, Wallapop, Ozon); the footers use hosts, builders and legal lines not
named there (Jekyll and GitHub Pages, a company registration, reCAPTCHA, OVHcloud with an accessibility status,
Strato, a court registration, home.pl, Nethouse); the comment lines, share rows and notices are of kinds not named
there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from sets 201 to 204 (see the first paragraph). (5) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Wickhamstow, "Wickhamstow
Clarion", Brévillard, "Écho de Brévillard", Lauchtingen, "Lauchtinger Bote", Castelbrusco, "Gazzetta di
Castelbrusco", Brodziszewo, "Kurier Brodziszewski", Яблонищево, Яблонищевские, Wobbleshaw, "Hesketh Wobbleshaw",
Tamblingham, Quappenschmid, Kminkowska, Gussetbury, Gravignac, Schalottke, Uovinelli, Brodaczewska, Антоновкина, "The
Stale Crust Kitchen", "La Marmite de Bérengère", Schmortopf-Tagebuch, "Tajine e Fornelli", "Twarożek u Zosi" and
"Веранда Таисии". Dropped for real hits: Bramblewick, Cawthorpe (inside "Scawthorpe"), Quastenberg, Tallowfield
(inside "AllowField"), Cucchiarini, Сидорчукова, Hobblestock, "The Crumb Tin", Fettleworth and Unterlauch (inside
"CounterLaucher"; the onion winner now comes "aus dem Nachbardorf"). Bloggers are given by first name only (Hattie,
Bérengère, Trude, Nives, Zosia, Таисия), commenters as first names, first names with an initial or a place, or as
handles, and were not checked; "Brodziszewie", "Brodziszewski", "Lauchtinger" and "Яблонищеве" are formed from
checked names; Tanner's Yard, Górki, Bologna, Kraków, Samara, Marrakech, Carcassonne, Lucca and the like are ordinary
or real places. Real services, platforms, shops and cities are named as real pages do. (6) A script
(/tmp/s205scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line (of any page or list); its first run found four: the German blog's
table-of-contents heading "Inhalt" inside the German marker ("... externen Inhalten ..."), and the Italian, Polish
and Russian portal bylines inside their own photo captions' credits; the heading became "Inhaltsübersicht" and the
three credits became "Foto: archivio Gazzetta", "Fot. G. B." and "Фото автора" before the measurement, and the second
run found none, no duplicate line and no at-sign. While writing I had also kept ad labels from sitting inside one
another ("Advertisement" and "Advertisements", "Publicité" and "Publicités", identical labels on two pages), so the
blogs' ad labels are "Report this ad", "Annonce", "Werbung", "Annuncio pubblicitario", "Reklamy Google" and
"Рекламный блок", and a menu entry "Annonces" and "Traueranzeigen" were left out. gen205.py checks that no line of
the file is over 120 columns and that every held-out and keep line is quoted in full in this docstring; the counts by
category, language and place, and the 10 article and 20 noise lines of each page, were checked with small scripts,
and the lists and pages of the written file were imported back and found equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 07:32:43 UTC by ``date`` (with
/tmp/s205scratch/venv/bin first on PATH, see (3)), with the xfail tables empty and this docstring without its
Baseline paragraph and these notes (7) and (8); pytest printed 19 failed, 58 passed and no XPASS, and the report is
copied in the Baseline paragraph. problems.py (/tmp/s205scratch, importing the copy in /tmp/wt-s205/tests with
/tmp/wt-s205/src on the path) then printed ``_problems`` of each failing case: the ten lines and the nine pages of
the tables; every problem of the ten lines and of eight pages is a kept noise line, and the Russian portal page loses
its two last paragraphs and keeps no noise line; no problem of another kind (no range or offset problem). The tables
were written from that output (tables205.py, written into this file by gen205.py); the final file was checked again
with the pytest command in /tmp/wt-s205 (see the Baseline paragraph). (8) Clock: ``date`` printed 07:23:07 at the
start, 07:32:43 at the measurement and 07:33:39 when the tables were written; the commit followed within minutes,
well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments from the parish council were read out before the first heat on Thursday.", "Sharing the green with the
cricket club has never been easy, the chairman admitted.", "Following a complaint about noise, the band agreed to
stop playing at nine.", "Subscribers to the community bus scheme will get a free ride to the show.", "Copyright in
the old photographs belongs to the family, who lent them for the display.", "Advertising for next year's race will
begin in March, the organisers said.", "Reading the results aloud took the mayor almost twenty minutes.", "Commentant
la victoire, le maire a salué « une belle journée pour le village ».", "Abonnés au bulletin municipal depuis des
années, les habitants ont découvert le concours par hasard.", "Suivre les ricochets à l'œil nu était presque
impossible, selon l'arbitre.", "Kommentiert wurde das Ergebnis vom Vorsitzenden des Gartenbauvereins.", "Teilen
wollte der Sieger sein Geheimrezept nicht.", "Lesen konnten die Kinder die Namensschilder an den Zwiebeln kaum.",
"Commentando la gara, la maestra ha ringraziato i genitori.", "Seguire i bambini lungo il percorso non è stato facile
per i fotografi.", "Condivisa da tutti la decisione di rinviare la premiazione a causa della pioggia.", "Komentując
werdykt, przewodniczący jury przyznał, że wybór był trudny.", "Udostępniona przez gminę sala pękała w szwach.",
"Поделиться урожаем с соседями решили почти все участники." and "Читая список победителей, председатель дважды
сбился."): each is a full sentence with a subject, a verb and a fact of a local story, so article ("Reading the
results aloud ..." and "Читая список ..." open with a reading word but tell what a person did, not how long a text
takes). Borderline categories: the plugs (Depop, Selency, Wallapop, Ozon) are bylines and self-promotion, at the
foot, since they sell the author's wares in the author's voice; the Local Democracy Reporting Service line is a
byline (it names the writer and the service that employs her); the company-registration line, the reCAPTCHA line and
the court-registration line are footers (they speak of the site or the publisher, not of the article); the
awaiting-moderation preview, the like-reply-age row, the showing-5-of-23 line and the log-in, write-a-comment and
guest prompts are comment furniture; the French, German and Russian rows are share rows; the Italian first-in-print
note and the Polish headlines-by-the-editors note are notices in the body (both speak of the article they sit in),
and the English prices-correct note is a notice at the foot (it speaks of this article's facts, so not a footer). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (ad labels, mastheads with taglines, menus,
breadcrumbs, bylines, date lines, reading times, read-also links, share rows, captions and credits, promoted-stories
and sponsored labels, sponsored headlines, follow prompts, comment counts, comments and replies, load-more links,
copyright lines, blog names, category lines, posted-on lines, tables of contents, pin-it rows, related-post links,
sign-offs, plugs and platform credits) is noise. The list rows (the race timetable, the skimming programme, the onion
classes, the fete programme, the beard categories and the apple day's programme, and what goes into the bread
pudding, the cassoulet, the goulash, the tagine, the syrniki and the okroshka) are short but part of each article, so
article; the portals' bare bylines ("Grażyna Brodaczewska", "Пелагея Антоновкина") and date lines ("14.09.2026, 16:35
Uhr", "12 сентября 2026, 17:40") are noise though they are short and sit right above the first paragraph in its
block; the portals' breadcrumbs sit right above the title in its block but are page furniture; the portals' read-also
links and share rows sit after the second paragraph in its block but are noise; the portals' captions with credits
sit right under the quote in its block and are noise; the portals' sponsored labels and headlines sit right after the
third list row and are noise; the portals' follow prompts sit right after the last paragraph and are noise; the
blogs' reading times and photo captions sit above and below the first paragraph in its block and are noise; the
table-of-contents headings ("Contents", "Sommaire", "Inhaltsübersicht", "Indice", "Spis treści", "Содержание") and
their numbered entries are noise though they sit right above the second paragraph in its block; the blogs' pin-it
rows and related-post links sit around the quote and are noise; the blogs' ad labels after the third row are noise;
the sign-offs ("Happy baking! – Hattie x" and the like) and the plugs for workshops, classes or courses ("I also run
bread pudding workshops at the village hall – book a place on my Eventbrite page." and the like) speak in the
author's voice after the last paragraph but are noise; the arrowed replies in the threads are comment furniture, so
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6,
de 6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English
but reading-time (two); share in French, German and Russian and notice in Italian, Polish and English; by place head
11 (the seven reading times and four bylines: two English, a German and a Polish one), body 10 (the eight markers and
two notices: Italian and Polish), tail 24 (four plugs: an English, a French, an Italian and a Russian one, eight
footers, eight comment lines, three share rows and the English notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2,
ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wickhamstow-penny-farthing-race (the town's penny-farthing race back on the High Street after forty years),
en-blog-stale-crust-kitchen-bread-pudding (a dense, spiced bread pudding from stale bread),
fr-portail-brevillard-concours-de-ricochets (the village's first stone skimming contest on the river),
fr-blog-marmite-de-berengere-cassoulet (a cassoulet baked for three hours, the crust broken seven times),
de-portal-lauchtingen-zwiebelschau (an onion show in the village hall, the heaviest onion 4.1 kilos),
de-blog-schmortopf-tagebuch-gulasch (a beef goulash with as much onion as meat),
it-portale-castelbrusco-corsa-con-luovo (an egg-and-spoon race at the primary school's end-of-year fete),
it-blog-tajine-e-fornelli-tajine (a chicken tagine with preserved lemons and olives),
pl-portal-brodziszewo-konkurs-brody-i-wasa (a beard and moustache contest won by a village head),
pl-blog-twarozek-u-zosi-syrniki (fluffy syrniki from curd cheese), ru-portal-yablonishchevo-den-otzhima-yablok (an
apple pressing day in the old collective-farm orchard) and ru-blog-veranda-taisii-okroshka (okroshka on kvass as made
at the dacha), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 8e91bcef2f5b8d62bd058d65ab13f67fc5601091, measured with ``cd /tmp/wt-s205 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s205/src python -m pytest -q tests/test_clean_held_out_205.py -rA
-p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s205 && PYTHONPATH=/tmp/wt-s205/src python
scripts/clean_held_out_report.py --sets 205``, with the xfail tables empty, at 07:32:43 UTC by ``date``): noise lines
removed 35/45 (marker 4/8, reading-time 7/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 1/3; the 10
missed lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Flourish,
Italian Mediaset Infinity, Polish TVP VOD and Russian Dzen lines), one byline at the head (the English
story-and-photographs line), one plug at the foot (the French Selency line), two comment lines at the foot (the
French log-in-to-react and German write-a-comment prompts) and two notices in the body (the Italian first-in-print
and Polish headlines-by-the-editors notes); the English Bandcamp and Google Form, French Arte and German Podigee
markers, all seven reading times, the English Local Democracy Reporting Service, German and Polish head bylines and
the English, Italian and Russian plugs, all eight footers, the other six comment lines, every share row and the
English prices-correct notice went); keep lines kept 20/20; pages 3/12 clean (the English, French and Polish portal
pages), 20 of 240 page noise lines left and 2 of 120 article lines lost. Left: on the German and Russian blogs the
photo caption under the first paragraph, the table of contents (heading and two entries) above the second paragraph,
the sign-off and the plug for courses or master classes after the two last paragraphs (6 each); on the English and
French blogs the photo caption and the pin-it row above the quote (2 each); on the Italian and Polish blogs the photo
caption (1 each); on the German and Italian portals the sponsored headline under the third list row (1 each). Lost:
the Russian apple-pressing portal page loses its two last paragraphs (the ones above the Telegram-channel prompt in
their block) and keeps no noise line; no other page and no keep line loses an article line. The failing cases are
strict xfails; with them the pytest command on the final file in /tmp/wt-s205 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 133 (developed on sets 203 and 204 from 8e91bce, integrated with the lead's mend 97c75ce; measured
on it blind by the lead with scripts/clean_held_out_report.py --sets 205 206 and this set's pytest file, against this
set's baseline at 8e91bce): nothing moved. The Russian apple-pressing portal page still loses its two last paragraphs at
the top of their block over the Telegram-channel prompt (round 133's reading keeps a short sentence under a paragraph
over the tags line; here the prompt closes the block and the partner headline stands above it); the blogs keep their
photo captions, the German and Russian blogs their tables of contents, sign-offs and plugs, the English and French blogs
their pin-it rows, the German and Italian portals their sponsored headlines. Noise lines 35 of 45, keep 20 of 20, pages
clean 3 of 12, page noise lines left 20 of 240, article lines lost 2 of 120; the set's pytest file 58 passed, 19
xfailed, no XPASS.

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
This set before -> after (scripts/clean_held_out_report.py --sets 205): noise lines 35 -> 45 of 45 (marker 4 -> 8 of
8, reading-time 7 of 7, byline 6 -> 8 of 8, footer 8 of 8, comments 6 -> 8 of 8, share 3 of 3, notice 1 -> 3 of 3),
keep 20 of 20, pages clean 3 -> 3 of 12, page noise lines left 20 -> 19 of 240, article lines lost 2 -> 0 of 120; the
set's pytest file 58 passed, 19 xfailed -> 68 passed, 9 xfailed, no XPASS (all ten line xfails removed). Reasons
reworded: en-blog-stale-crust-kitchen-bread-pudding and fr-blog-marmite-de-berengere-cassoulet (the pin-it row now
goes, the photo caption stays) and ru-portal-yablonishchevo-den-otzhima-yablok (no article line is lost now; it keeps
the sponsored headline under the partner label, as the German and Italian portals do). Still missed: the blogs' photo
captions (left alone, as the brief asks), the German and Russian blogs' tables of contents, sign-offs and course
plugs, and the sponsored headlines under the sponsored or partner label on the German, Italian and Russian portals.

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

HELD_OUT_205_LINES: list[tuple[str, str, str]] = [
    ('body', "This Bandcamp player can't be shown because the artist has removed the album.", 'marker'),
    ('body', 'The Flourish visualisation did not load – it may be blocked by your ad blocker.', 'marker'),
    ('body', '[Embedded Google Form: this form is no longer accepting responses]', 'marker'),
    ('body', 'Vidéo Arte indisponible : les droits de diffusion de ce programme ont expiré.', 'marker'),
    ('body', 'Der Podigee-Player wird erst angezeigt, wenn Sie externen Inhalten zustimmen.', 'marker'),
    ('body', 'Il video di Mediaset Infinity incorporato è scaduto e non può più essere riprodotto.', 'marker'),
    ('body', 'Materiał TVP VOD jest dostępny tylko dla zalogowanych użytkowników.', 'marker'),
    ('body', 'Видео из Дзена недоступно: автор удалил эту публикацию.', 'marker'),
    ('head', 'Quick read – 3 min', 'reading-time'),
    ('head', "Grab a cuppa: this one's a 10-minute read", 'reading-time'),
    ('head', 'Article à lire en 4 minutes', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 4 Minuten', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Szacowany czas lektury: 4 min', 'reading-time'),
    ('head', '4 мин на чтение', 'reading-time'),
    ('head', 'Story and photographs by Hesketh Wobbleshaw', 'byline'),
    ('head', 'By Linnet Tamblingham, Local Democracy Reporting Service', 'byline'),
    ('head', 'Ein Beitrag von Reinhild Quappenschmid', 'byline'),
    ('head', 'Oprac. Bożysława Kminkowska', 'byline'),
    ('tail', 'I sell my hand-thrown pudding basins on Depop, and every order ships within the week.', 'byline'),
    ('tail', 'Mes cocottes en fonte restaurées sont en vente sur Selency, livraison en Mondial Relay.', 'byline'),
    ('tail', 'Vendo le mie tajine dipinte a mano su Wallapop, con spedizione tramite SDA.', 'byline'),
    ('tail', 'Свои деревянные миски для окрошки продаю на Ozon, доставка в пункты выдачи по всей России.', 'byline'),
    ('tail', 'Proudly published with Jekyll · Hosted on GitHub Pages', 'footer'),
    ('tail',
     "Registered in England and Wales, company no. 08471236 · Registered office: 4 Tanner's Yard, Wickhamstow",
     'footer'),
    ('tail', 'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', 'footer'),
    ('tail', 'Hébergé par OVHcloud · Réalisé avec WordPress · Accessibilité : non conforme', 'footer'),
    ('tail', 'Gehostet bei Strato · Erstellt mit WordPress · Datenschutzerklärung', 'footer'),
    ('tail', 'Testata giornalistica registrata presso il Tribunale di Lucca, n. 7/2011', 'footer'),
    ('tail', 'Hosting: home.pl · Strona zbudowana na WordPressie', 'footer'),
    ('tail', 'Сайт создан на конструкторе Nethouse · Пользовательское соглашение', 'footer'),
    ('tail',
     'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
     'comments'),
    ('tail', 'Like · Reply · 14h', 'comments'),
    ('tail', 'Showing 5 of 23 comments – sign in to see the full conversation', 'comments'),
    ('tail', 'Connectez-vous pour réagir ou créez votre compte gratuitement.', 'comments'),
    ('tail', 'Kommentar schreiben – bitte beachten Sie unsere Diskussionsregeln.', 'comments'),
    ('tail', 'Commento in attesa di approvazione da parte del moderatore.', 'comments'),
    ('tail', 'Dodaj komentarz jako gość albo zaloguj się przez Facebooka', 'comments'),
    ('tail', 'Комментарий появится после проверки модератором.', 'comments'),
    ('tail', 'Partager sur : Facebook · Bluesky · LinkedIn · Imprimer', 'share'),
    ('tail', 'Teilen auf: Threema · Facebook · E-Mail', 'share'),
    ('tail', 'Поделиться в мессенджерах: Telegram · Viber · WhatsApp', 'share'),
    ('body', "Articolo pubblicato in origine sull'edizione cartacea del 12 giugno.", 'notice'),
    ('body', 'Tytuł, lead i śródtytuły pochodzą od redakcji.', 'notice'),
    ('tail', 'Prices and opening times were correct at the time of publishing.', 'notice'),
]
HELD_OUT_205_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the parish council were read out before the first heat on Thursday.'),
    ('head', 'Sharing the green with the cricket club has never been easy, the chairman admitted.'),
    ('head', 'Following a complaint about noise, the band agreed to stop playing at nine.'),
    ('body', 'Subscribers to the community bus scheme will get a free ride to the show.'),
    ('body', 'Copyright in the old photographs belongs to the family, who lent them for the display.'),
    ('tail', "Advertising for next year's race will begin in March, the organisers said."),
    ('tail', 'Reading the results aloud took the mayor almost twenty minutes.'),
    ('head', 'Commentant la victoire, le maire a salué « une belle journée pour le village ».'),
    ('body', 'Abonnés au bulletin municipal depuis des années, les habitants ont découvert le concours par hasard.'),
    ('tail', "Suivre les ricochets à l'œil nu était presque impossible, selon l'arbitre."),
    ('head', 'Kommentiert wurde das Ergebnis vom Vorsitzenden des Gartenbauvereins.'),
    ('body', 'Teilen wollte der Sieger sein Geheimrezept nicht.'),
    ('tail', 'Lesen konnten die Kinder die Namensschilder an den Zwiebeln kaum.'),
    ('head', 'Commentando la gara, la maestra ha ringraziato i genitori.'),
    ('body', 'Seguire i bambini lungo il percorso non è stato facile per i fotografi.'),
    ('tail', 'Condivisa da tutti la decisione di rinviare la premiazione a causa della pioggia.'),
    ('head', 'Komentując werdykt, przewodniczący jury przyznał, że wybór był trudny.'),
    ('tail', 'Udostępniona przez gminę sala pękała w szwach.'),
    ('tail', 'Поделиться урожаем с соседями решили почти все участники.'),
    ('tail', 'Читая список победителей, председатель дважды сбился.'),
]
HELD_OUT_205_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wickhamstow-penny-farthing-race', [
        [
            '-Advertisement',
            '-The Wickhamstow Clarion – your town, your news since 1884',
        ],
        [
            "-News | Sport | What's On | Property | Jobs | Announcements",
            '-Home › News › Local',
            '+Penny-farthings thunder down Wickhamstow High Street for the first race in 40 years',
        ],
        [
            '-By Rowena Gussetbury, Chief Reporter',
            '-Saturday 13 June 2026, 5:42pm',
            '-3 min read',
            ('+Thirty-one riders wobbled, pedalled and occasionally fell their way along the High Street on Saturday '
             "as the town's penny-farthing race returned after four decades."),
        ],
        [
            ('+The course ran from the market cross to the Swan Inn and back, three laps in all, with straw bales '
             'lashed to every lamp post.'),
            '-Read more: Market cross repairs to start in September',
            '-Share this article: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+The winner, a 58-year-old blacksmith who rode an 1887 machine, said: “The trick is not to look down – '
             'it is a long way to fall from up there.”'),
            '-The winner crosses the line on his 1887 machine. Picture: Wickhamstow Camera Club',
        ],
        [
            '+How the day went',
            "+9am: riders' briefing and machine checks at the market cross",
            '+11am: three heats of ten riders each along the High Street',
            '+2pm: the final, followed by a slow race for under-16s',
            '-Promoted stories',
            '-Sponsored: Is your home insurance too high? Compare quotes in minutes',
        ],
        [
            '+About 3,000 spectators lined the street, and the Swan Inn ran out of lemonade by noon.',
            '+The organisers hope to make the race a yearly event.',
            '-Follow The Wickhamstow Clarion on Facebook for more local news',
        ],
        [
            '-7 comments',
            '-Barney_W: Best thing to happen on the High Street in years. More of this please.',
            '-↳ Rowena Gussetbury (Clarion): Thanks Barney – the organisers say they are already planning next June.',
            "-hedgehog_lane: Shame about the road closure, I couldn't get to the chemist all morning.",
            '-↳ Barney_W: It was signposted for weeks, to be fair.',
            '-Load more comments',
        ],
        [
            '-© 2026 Wickhamstow Clarion Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-stale-crust-kitchen-bread-pudding', [
        [
            '-The Stale Crust Kitchen – thrifty puddings from a small terraced house',
            '-Home · Recipes · Puddings · About · Contact',
        ],
        [
            '-Filed under: Puddings, Thrifty baking',
            '+Proper bread pudding, the dense kind you cut into squares',
            '-Posted on 8 November 2026 by Hattie',
        ],
        [
            '-8 minute read',
            ('+This is not bread and butter pudding; it is its heavier, spicier cousin, the one my nan sold in '
             'squares at the church bazaar.'),
            '-The finished tray, cooling on the windowsill.',
        ],
        [
            '-Contents',
            '-1. Why stale bread matters',
            '-2. The recipe',
            ('+You need bread that is at least two days old, because fresh bread turns to paste once it soaks up the '
             'milk.'),
        ],
        [
            '-Pin it for later: Pinterest · Facebook · Email',
            ("+My nan's only rule was written on the back of her recipe card: “Don't skimp on the mixed spice, and "
             'never, ever use fresh bread.”'),
            '-You might also like: Treacle tart without the fuss',
        ],
        [
            '+What goes in',
            '+500 g stale white bread, soaked in 500 ml milk',
            '+250 g mixed dried fruit and two teaspoons of mixed spice',
            '+100 g melted butter, 150 g dark brown sugar and two eggs',
            '-Report this ad',
        ],
        [
            '+Bake it for an hour and a half at 160°C, until the top is crisp and dark.',
            '+It keeps for a week in a tin, and tastes better on the third day.',
            '-Happy baking! – Hattie x',
            '-I also run bread pudding workshops at the village hall – book a place on my Eventbrite page.',
        ],
        [
            '-3 thoughts on “Proper bread pudding, the dense kind you cut into squares”',
            '-Maureen: Just like my mum used to make! I add a grated apple too.',
            "-↳ Hattie: Ooh, grated apple sounds lovely, I'll try that next time.",
            '-Dave in Leeds: Can I use brown bread?',
            "-↳ Hattie: You can, Dave, it's just a bit heavier.",
        ],
        [
            '-© 2026 The Stale Crust Kitchen · Powered by WordPress · Theme: Astra',
        ],
    ]),
    _page('fr', 'fr-portail-brevillard-concours-de-ricochets', [
        [
            '-Publicité',
            "-L'Écho de Brévillard – l'actualité de la vallée depuis 1952",
        ],
        [
            '-Actualités · Sports · Loisirs · Agenda · Nécrologie',
            '-Accueil > Loisirs > Brévillard',
            '+Ricochets sur la rivière : le concours de Brévillard fait le plein',
        ],
        [
            '-Par Armelle Gravignac',
            '-Publié le dimanche 5 juillet 2026 à 18h10',
            '-Lecture 3 min',
            ('+Soixante-dix lanceurs, de 7 à 81 ans, se sont succédé dimanche sur la plage de galets pour le premier '
             'concours de ricochets du village.'),
        ],
        [
            '+Chaque concurrent disposait de cinq galets, et seul le meilleur lancer comptait pour le classement.',
            '-À lire aussi : La baignade de nouveau autorisée au pont de pierre',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Le vainqueur, un retraité de la SNCF, a compté vingt-trois rebonds : « Il faut une pierre plate et un '
             "poignet souple, le reste, c'est de la chance. »"),
            "-Les concurrents sur la plage de galets. Photo L'Écho / A. G.",
        ],
        [
            '+Le programme de la journée',
            '+10 h : inscriptions et choix des galets sous le saule',
            "+14 h : manches qualificatives par catégories d'âge",
            "+17 h : finale et remise des trophées au bord de l'eau",
            '-Contenu sponsorisé',
            '-Découvrez les offres de rentrée de votre magasin de sport',
        ],
        [
            '+La buvette du comité des fêtes a servi plus de quatre cents crêpes.',
            "+Une deuxième édition est déjà annoncée pour l'été prochain.",
            "-Suivez L'Écho de Brévillard sur Facebook et Instagram",
        ],
        [
            '-4 commentaires',
            '-Ginette71 : Quelle belle journée, bravo aux bénévoles !',
            "-↳ L'Écho de Brévillard : Merci Ginette, les photos sont dans notre galerie.",
            '-pecheur_du_dimanche : Les poissons ont moins apprécié…',
            "-↳ Ginette71 : Ils s'en remettront !",
            '-Afficher plus de commentaires',
        ],
        [
            "-© L'Écho de Brévillard 2026 – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-marmite-de-berengere-cassoulet', [
        [
            '-La Marmite de Bérengère – cuisine du Sud-Ouest et plats mijotés',
            '-Accueil · Recettes · Plats mijotés · À propos · Contact',
        ],
        [
            '-Catégorie : Plats mijotés',
            '+Mon cassoulet, cuit trois fois comme chez ma grand-mère',
            '-Publié le 15 novembre 2026 par Bérengère',
        ],
        [
            '-Temps de lecture : 7 minutes',
            ('+Le cassoulet demande du temps, mais presque tout le travail se fait tout seul, dans le four, pendant '
             'que la maison sent bon.'),
            '-La cassole sortie du four, avec sa croûte dorée.',
        ],
        [
            '-Sommaire',
            '-1. Les haricots',
            '-2. La recette',
            '+Il faut des lingots, trempés toute une nuit, puis blanchis dix minutes avant la cuisson.',
        ],
        [
            '-Épinglez-la : Pinterest · Facebook · E-mail',
            "+Ma grand-mère répétait toujours : « On casse la croûte sept fois, sinon ce n'est pas un cassoulet. »",
            "-Vous aimerez aussi : La garbure de l'hiver",
        ],
        [
            '+Les ingrédients',
            '+500 g de haricots lingots secs',
            '+4 cuisses de canard confites et 4 saucisses de Toulouse',
            '+300 g de poitrine de porc et un morceau de couenne',
            '-Annonce',
        ],
        [
            ("+Comptez trois heures au four à 150 °C, en enfonçant la croûte dans la sauce à chaque fois qu'elle se "
             'forme.'),
            '+Il est encore meilleur réchauffé le lendemain.',
            '-Bon appétit ! Bérengère',
            '-Je donne aussi des cours de cuisine du Sud-Ouest dans ma cuisine – réservations sur mon site.',
        ],
        [
            '-3 réponses à « Mon cassoulet, cuit trois fois comme chez ma grand-mère »',
            '-Josiane : Merci pour la recette, je la fais dimanche !',
            '-↳ Bérengère : Avec plaisir Josiane, vous me direz !',
            '-Pierrot : Et le mouton ? À Carcassonne on en met.',
            "-↳ Bérengère : Chacun sa version, c'est ce qui fait le charme du cassoulet.",
        ],
        [
            '-© 2026 La Marmite de Bérengère · Propulsé par WordPress · Thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-lauchtingen-zwiebelschau', [
        [
            '-Anzeige',
            '-Lauchtinger Bote – Heimatzeitung für das obere Tal',
        ],
        [
            '-Lokales · Sport · Vereine · Kultur · Termine',
            '-Startseite › Lokales › Lauchtingen',
            '+Zwiebelschau in der Dorfhalle: Die schwerste Zwiebel wiegt 4,1 Kilo',
        ],
        [
            '-Von Hiltrud Schalottke',
            '-14.09.2026, 16:35 Uhr',
            '-Lesezeit 3 Minuten',
            ('+Mehr als 200 Zwiebeln, Schalotten und Lauchstangen lagen am Sonntag auf den Tischen der Dorfhalle, '
             'als der Obst- und Gartenbauverein zur ersten Zwiebelschau seit 1998 einlud.'),
        ],
        [
            '+Bewertet wurden Gewicht, Form und Schale, und die Jury durfte keine Zwiebel anschneiden.',
            '-Lesen Sie auch: Neuer Kindergarten soll im Frühjahr eröffnen',
            '-Artikel teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            ('+Sieger wurde ein Rentner aus dem Nachbardorf: „Ich gieße nur mit Regenwasser und rede jeden Morgen '
             'mit ihnen.“'),
            '-Die Siegerzwiebel auf der Waage. Foto: Hiltrud Schalottke',
        ],
        [
            '+Die Klassen der Schau',
            '+Riesenzwiebeln über drei Kilo',
            '+Schalotten, je fünf auf einem Teller',
            '+Lauch, die längste Stange zählt',
            '-Gesponsert',
            '-Jetzt Heizöl günstig bestellen – Preise vergleichen',
        ],
        [
            '+Der Erlös aus Kaffee und Kuchen geht an die Jugendfeuerwehr.',
            '+Die nächste Schau ist für September 2027 geplant.',
            '-Folgen Sie dem Lauchtinger Boten auf Instagram',
        ],
        [
            '-5 Kommentare',
            '-Gartenfreund62: Glückwunsch! Meine schaffen nie mehr als ein Kilo.',
            '-↳ Redaktion: Vielleicht hilft das Regenwasser – wir fragen nächstes Jahr nach.',
            '-Lisbeth K.: Schöne Veranstaltung, nur zu wenige Parkplätze.',
            '-↳ Gartenfreund62: Mit dem Rad ging es prima.',
            '-Weitere Kommentare laden',
        ],
        [
            '-© 2026 Lauchtinger Bote GmbH – Alle Rechte vorbehalten',
        ],
    ]),
    _page('de', 'de-blog-schmortopf-tagebuch-gulasch', [
        [
            '-Schmortopf-Tagebuch – Eintöpfe, Schmorgerichte und Sonntagsessen',
            '-Startseite · Rezepte · Schmorgerichte · Über mich · Kontakt',
        ],
        [
            '-Kategorie: Schmorgerichte',
            '+Rindergulasch mit viel Zwiebeln, wie in der Wirtshausküche',
            '-Veröffentlicht am 22. November 2026 von Trude',
        ],
        [
            '-Lesezeit: 6 Minuten',
            '+Für ein richtiges Gulasch braucht man genauso viel Zwiebeln wie Fleisch, und Geduld.',
            '-Das Gulasch im Bräter, kurz vor dem Servieren.',
        ],
        [
            '-Inhaltsübersicht',
            '-1. Das richtige Fleisch',
            '-2. Das Rezept',
            '+Am besten eignet sich Wadschinken, weil er beim langen Schmoren weich und saftig wird.',
        ],
        [
            '-Merken auf Pinterest · Teilen auf Facebook · Per E-Mail senden',
            '+Mein Onkel, der Wirt war, sagte immer: „Wenn du glaubst, es sind genug Zwiebeln, nimm noch zwei.“',
            '-Das könnte dir auch gefallen: Semmelknödel vom Vortag',
        ],
        [
            '+Die Zutaten',
            '+1 kg Rindfleisch aus der Wade, in große Würfel geschnitten',
            '+1 kg Zwiebeln, in feine Streifen geschnitten',
            '+3 EL edelsüßes Paprikapulver, Kümmel und Majoran',
            '-Werbung',
        ],
        [
            '+Das Gulasch schmort zugedeckt gut zweieinhalb Stunden bei kleiner Hitze.',
            '+Am nächsten Tag aufgewärmt schmeckt es noch besser.',
            '-Lasst es euch schmecken! Eure Trude',
            '-Meine Schmorkurse in der Volkshochschule findet ihr im Programm unter „Kochen“.',
        ],
        [
            '-4 Kommentare zu „Rindergulasch mit viel Zwiebeln, wie in der Wirtshausküche“',
            '-Helga: Genau so mache ich es auch, nur mit einem Schuss Rotwein.',
            '-↳ Trude: Rotwein ist nie verkehrt, liebe Helga!',
            '-Bernd: Kann man das auch im Schnellkochtopf machen?',
            '-↳ Trude: Kann man, Bernd, aber die Zwiebeln zerfallen dann nicht so schön.',
        ],
        [
            '-© 2026 Schmortopf-Tagebuch · Mit WordPress erstellt · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-castelbrusco-corsa-con-luovo', [
        [
            '-Pubblicità',
            '-Gazzetta di Castelbrusco – il quotidiano online della bassa valle',
        ],
        [
            '-Cronaca · Sport · Scuola · Eventi · Necrologi',
            '-Home › Scuola › Castelbrusco',
            "+Corsa con l'uovo nel cucchiaio, alla festa della scuola vince la classe quarta",
        ],
        [
            '-di Orsola Uovinelli',
            '-Sabato 30 maggio 2026, ore 17:15',
            '-Lettura 3 min',
            ("+Centoventi bambini della scuola primaria hanno partecipato sabato alla corsa con l'uovo nel "
             'cucchiaio, la gara più attesa della festa di fine anno.'),
        ],
        [
            '+Le uova erano sode, per prudenza, ma chi le faceva cadere doveva tornare al via.',
            '-Leggi anche: Mensa scolastica, da settembre nuovo menù',
            '-Condividi: Facebook · WhatsApp · Telegram · Email',
        ],
        [
            ('+La maestra che ha organizzato la gara ha raccontato: «Abbiamo provato con le uova crude, ma dopo il '
             'primo giro il cortile era un disastro.»'),
            '-I bambini della quarta al traguardo. Foto: archivio Gazzetta',
        ],
        [
            '+Il programma della festa',
            "+ore 15: corsa con l'uovo nel cucchiaio, a squadre per classe",
            '+ore 16: corsa nei sacchi e tiro alla fune',
            '+ore 17: merenda e premiazione nel cortile',
            '-Contenuto sponsorizzato',
            "-Vacanze in Liguria: le offerte per l'estate",
        ],
        [
            '+Il ricavato della lotteria servirà a comprare nuovi libri per la biblioteca.',
            "+La festa tornerà l'anno prossimo, come ogni giugno.",
            '-Segui la Gazzetta di Castelbrusco su Facebook',
        ],
        [
            '-6 commenti',
            '-mamma_di_Leo: Bellissima giornata, grazie alle maestre!',
            '-↳ Redazione: Grazie a lei, le foto sono nella nostra gallery.',
            '-Franco B.: Ai miei tempi le uova erano crude…',
            '-↳ mamma_di_Leo: Ecco perché il cortile era un disastro!',
            '-Carica altri commenti',
        ],
        [
            '-© 2026 Gazzetta di Castelbrusco – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-tajine-e-fornelli-tajine', [
        [
            '-Tajine e Fornelli – ricette dal Mediterraneo in una cucina di Bologna',
            '-Home · Ricette · Secondi · Chi sono · Contatti',
        ],
        [
            '-Categoria: Secondi piatti',
            '+Tajine di pollo con limoni confit e olive, nella pentola di coccio',
            '-Pubblicato il 29 novembre 2026 da Nives',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            "+La tajine l'ho scoperta a Marrakech dieci anni fa e da allora la preparo ogni volta che ho ospiti.",
            '-La tajine appena tolta dal fuoco, ancora fumante.',
        ],
        [
            '-Indice',
            '-1. La pentola',
            '-2. La ricetta',
            '+Se non avete la pentola di coccio va bene anche una casseruola di ghisa con il coperchio.',
        ],
        [
            '-Salva su Pinterest · Condividi su Facebook · Invia per email',
            ("+La signora che me l'ha insegnata diceva: «Il segreto è non aprire mai il coperchio, il vapore fa "
             'tutto da solo.»'),
            '-Potrebbe interessarti anche: Cous cous di verdure in 20 minuti',
        ],
        [
            '+Gli ingredienti',
            '+1 pollo a pezzi, marinato con zenzero, curcuma e zafferano',
            '+2 limoni confit tagliati a spicchi',
            '+una manciata di olive verdi e due cipolle',
            '-Annuncio pubblicitario',
        ],
        [
            "+Si cuoce a fuoco bassissimo per un'ora e mezza, senza mai mescolare.",
            '+Servitela con il pane caldo per raccogliere il sugo.',
            '-Buon appetito! Nives',
            '-Organizzo corsi di cucina marocchina a Bologna: trovate le date nella pagina Corsi.',
        ],
        [
            '-4 commenti su “Tajine di pollo con limoni confit e olive, nella pentola di coccio”',
            '-Marisa: Fatta ieri sera, un successo!',
            '-↳ Nives: Che bello, Marisa, grazie di avermelo scritto!',
            '-Giulio: Si possono usare i limoni normali?',
            '-↳ Nives: Meglio di no, Giulio, quelli confit hanno un sapore tutto diverso.',
        ],
        [
            '-© 2026 Tajine e Fornelli · Creato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-brodziszewo-konkurs-brody-i-wasa', [
        [
            '-Reklama',
            '-Kurier Brodziszewski – wiadomości z gminy i okolic',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna » Kultura » Brodziszewo',
            '+Konkurs brody i wąsa w Brodziszewie. Zwyciężył sołtys z Górek',
        ],
        [
            '-Grażyna Brodaczewska',
            '-sobota, 22 sierpnia 2026, 18:05',
            '-Czas czytania: 3 min',
            ('+Dwudziestu czterech panów stanęło w sobotę przed jury na scenie przy remizie, by powalczyć o tytuł '
             'najpiękniejszej brody w gminie.'),
        ],
        [
            '+Oceniano długość, gęstość i fantazję, a wąsy mierzono linijką od końca do końca.',
            '-Czytaj także: Remont drogi do Górek potrwa do listopada',
            '-Udostępnij: Facebook · Messenger · WhatsApp',
        ],
        [
            '+Zwycięzca nie krył wzruszenia: „Brodę zapuszczam od dnia ślubu, żona już się przyzwyczaiła”.',
            '-Zwycięzca konkursu na scenie przy remizie. Fot. G. B.',
        ],
        [
            '+Kategorie konkursu',
            '+broda pełna naturalna',
            '+wąs kręcony z podkręconymi końcami',
            '+zarost fantazyjny, z ozdobami',
            '-Materiał sponsorowany',
            '-Nowe okna z montażem w 14 dni – sprawdź promocję',
        ],
        [
            '+Koło gospodyń wiejskich sprzedało ponad trzysta pączków.',
            '+Organizatorzy zapowiadają, że konkurs odbędzie się znowu za rok.',
            '-Obserwuj Kurier Brodziszewski na Facebooku',
        ],
        [
            '-Komentarze (5)',
            '-Zenek: Gratulacje dla sołtysa, broda jak u Mikołaja!',
            '-↳ Redakcja: Sołtys obiecał, że na święta faktycznie wystąpi jako Mikołaj.',
            '-ania_z_gorek: A kiedy konkurs dla pań na najdłuższy warkocz?',
            '-↳ Zenek: Dobry pomysł, trzeba napisać do gminy.',
            '-Pokaż więcej komentarzy',
        ],
        [
            '-© 2026 Kurier Brodziszewski. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-twarozek-u-zosi-syrniki', [
        [
            '-Twarożek u Zosi – domowe śniadania i desery z twarogu',
            '-Start · Przepisy · Śniadania · O mnie · Kontakt',
        ],
        [
            '-Kategoria: Śniadania',
            '+Syrniki z twarogu, puszyste jak u babci',
            '-Opublikowano 6 grudnia 2026 przez Zosię',
        ],
        [
            '-Czas czytania: 5 minut',
            '+Syrniki to placuszki z twarogu, które w moim domu jadało się w każdą niedzielę na śniadanie.',
            '-Syrniki na talerzu, ze śmietaną i konfiturą.',
        ],
        [
            '-Spis treści',
            '-1. Jaki twaróg wybrać',
            '-2. Przepis',
            '+Twaróg musi być tłusty i dobrze odciśnięty, inaczej ciasto będzie się rozlewać na patelni.',
        ],
        [
            '-Zapisz na Pintereście · Udostępnij na Facebooku · Wyślij e-mailem',
            '+Babcia zawsze mówiła: „Mąki tyle, ile trzeba, a nie tyle, ile jest w przepisie”.',
            '-Zobacz też: Leniwe pierogi w 20 minut',
        ],
        [
            '+Składniki',
            '+500 g tłustego twarogu',
            '+2 jajka i 2 łyżki cukru',
            '+3 łyżki mąki i szczypta soli',
            '-Reklamy Google',
        ],
        [
            '+Smażę je na małym ogniu, po trzy minuty z każdej strony, aż się zarumienią.',
            '+Najlepsze są ciepłe, z gęstą śmietaną i konfiturą z wiśni.',
            '-Smacznego! Zosia',
            '-Prowadzę też warsztaty kulinarne dla dzieci w Krakowie – zapisy przez formularz na blogu.',
        ],
        [
            '-Komentarze (4)',
            '-Ewa: Zrobiłam dziś rano, dzieci zjadły wszystkie!',
            '-↳ Zosia: Bardzo się cieszę, Ewo!',
            '-Tomek: Czy można je upiec w piekarniku?',
            '-↳ Zosia: Można, Tomku, ale nie będą tak chrupiące.',
        ],
        [
            '-© 2026 Twarożek u Zosi · Blog na WordPressie · Motyw: Kadence',
        ],
    ]),
    _page('ru', 'ru-portal-yablonishchevo-den-otzhima-yablok', [
        [
            '-Реклама',
            '-Яблонищевские вести — новости села и района',
        ],
        [
            '-Новости · Общество · Спорт · Культура · Объявления',
            '-Главная / Общество / Яблонищево',
            '+В Яблонищеве устроили день отжима яблок в старом колхозном саду',
        ],
        [
            '-Пелагея Антоновкина',
            '-12 сентября 2026, 17:40',
            '-Время чтения: 3 минуты',
            ('+В субботу жители Яблонищева собрались в старом саду, чтобы вместе собрать урожай и отжать сок на двух '
             'деревянных прессах.'),
        ],
        [
            '+За день через прессы прошло почти две тонны яблок, а сок разливали в банки прямо под деревьями.',
            '-Читайте также: В селе отремонтируют мост через ручей',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            ('+Старейший участник, бывший агроном колхоза, сказал: «Этим прессам больше семидесяти лет, а работают '
             'лучше новых».'),
            '-Отжим сока в старом саду. Фото автора',
        ],
        [
            '+Программа дня',
            '+10:00 — сбор яблок и сортировка',
            '+13:00 — отжим сока на прессах',
            '+16:00 — дегустация и ярмарка',
            '-Партнёрский материал',
            '-Пластиковые окна со скидкой до 30% — успейте заказать',
        ],
        [
            '+Часть сока отдали в школьную столовую и в дом престарелых.',
            '+Следующий день отжима назначен на конец сентября будущего года.',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '-Комментарии (4)',
            '-Ольга_С: Какой замечательный праздник, спасибо организаторам!',
            '-↳ Редакция: Спасибо, Ольга! Фотографии выложим в субботу.',
            '-дед_Митяй: А сок продавали или только угощали?',
            '-↳ Ольга_С: Угощали бесплатно, банки можно было купить.',
            '-Показать все комментарии',
        ],
        [
            '-© 2026 «Яблонищевские вести». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-veranda-taisii-okroshka', [
        [
            '-Веранда Таисии — летние супы, салаты и домашние заготовки',
            '-Главная · Рецепты · Супы · Обо мне · Контакты',
        ],
        [
            '-Рубрика: Супы',
            '+Окрошка на квасе, как её делали у нас на даче',
            '-Опубликовано 10 июля 2026, автор: Таисия',
        ],
        [
            '-Время чтения: 5 минут',
            ('+Окрошку у нас на даче готовили каждый жаркий день, и каждый в семье был уверен, что знает '
             'единственный правильный рецепт.'),
            '-Окрошка в глубокой тарелке, с ложкой сметаны.',
        ],
        [
            '-Содержание',
            '-1. Какой квас брать',
            '-2. Рецепт',
            '+Квас нужен несладкий, хлебный, лучше домашний или из бочки.',
        ],
        [
            '-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить в Telegram',
            '+Бабушка говорила: «Окрошку режут мелко, а едят медленно».',
            '-Вам может понравиться: Холодный свекольник за 15 минут',
        ],
        [
            '+Что понадобится',
            '+4 варёные картофелины и 3 яйца',
            '+2 свежих огурца, редис и пучок зелёного лука',
            '+300 г варёной говядины или докторской колбасы',
            '-Рекламный блок',
        ],
        [
            '+Всё режу кубиками, перемешиваю и заливаю холодным квасом прямо в тарелке.',
            '+Сверху — ложка сметаны и немного горчицы для остроты.',
            '-Приятного аппетита! Ваша Таисия',
            '-Мои кулинарные мастер-классы проходят по субботам в Самаре — записаться можно в личных сообщениях.',
        ],
        [
            '-4 комментария',
            '-Людмила: А я делаю на кефире, тоже вкусно!',
            '-↳ Таисия: На кефире тоже люблю, Людмила, но квас — это классика.',
            '-Сергей: Колбасу или мясо — вот вечный спор.',
            '-↳ Таисия: Сергей, у нас в семье спорили каждое лето!',
        ],
        [
            '-© 2026 Веранда Таисии · Работает на WordPress · Тема Astra',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-stale-crust-kitchen-bread-pudding':
        ("the bread pudding blog's post keeps the photo caption ('The finished tray, cooling on the windowsill.') "
         'under the first paragraph in its block (1 of 20 noise lines); no article line is lost'),
    'fr-blog-marmite-de-berengere-cassoulet':
        ("the cassoulet blog's post keeps the photo caption ('La cassole sortie du four, avec sa croûte dorée.') "
         'under the first paragraph in its block (1 of 20 noise lines); no article line is lost'),
    'de-portal-lauchtingen-zwiebelschau':
        ("the onion show story keeps the sponsored headline ('Jetzt Heizöl günstig bestellen – Preise vergleichen') "
         'after the sponsored label under the third list row, in the list block (1 of 20 noise lines); no article '
         'line is lost'),
    'de-blog-schmortopf-tagebuch-gulasch':
        ("the goulash blog's post keeps the photo caption ('Das Gulasch im Bräter, kurz vor dem Servieren.') under "
         'the first paragraph in its block (1 of 20 noise lines); no article line is lost'),
    'it-portale-castelbrusco-corsa-con-luovo':
        ("the egg-and-spoon race story keeps the sponsored headline ('Vacanze in Liguria: le offerte per l'estate') "
         'after the sponsored label under the third list row, in the list block (1 of 20 noise lines); no article '
         'line is lost'),
    'it-blog-tajine-e-fornelli-tajine':
        ("the tagine blog's post keeps the photo caption ('La tajine appena tolta dal fuoco, ancora fumante.') under "
         'the first paragraph in its block (1 of 20 noise lines); no article line is lost'),
    'pl-blog-twarozek-u-zosi-syrniki':
        ("the syrniki blog's post keeps the photo caption ('Syrniki na talerzu, ze śmietaną i konfiturą.') under the "
         'first paragraph in its block (1 of 20 noise lines); no article line is lost'),
    'ru-blog-veranda-taisii-okroshka':
        ("the okroshka blog's post keeps the photo caption ('Окрошка в глубокой тарелке, с ложкой сметаны.') under "
         'the first paragraph in its block (1 of 20 noise lines); no article line is lost'),
}

test_held_out_205_line, test_held_out_205_line_is_kept, test_held_out_205_page = held_out_tests(
    HELD_OUT_205_LINES, HELD_OUT_205_KEEP, HELD_OUT_205_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
