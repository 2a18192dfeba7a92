"""Held-out set 211: written blind, weighted toward the noise the cleaner exists for, in shapes set 210's docstring does
not name (nor the first paragraphs of sets 207, 208 and 209): scraper, embed and ad markers (an English Flickr album
that is no longer public "The Flickr album embedded here is no longer public and cannot be shown.", an English bracketed
Bluesky placeholder of a post shown to signed-in users only "[Embedded Bluesky post – sign in to Bluesky to see posts
from this account]", an English Mixcloud show for Select subscribers only "The Mixcloud show embedded here is only
available to Mixcloud Select subscribers.", a French Dailymotion video taken down at the rights holder's request "La
vidéo Dailymotion intégrée a été retirée à la demande de l'ayant droit.", a German Podigee podcast that failed on a
network error "Der eingebettete Podigee-Podcast konnte wegen eines Netzwerkfehlers nicht geladen werden.", an Italian
TikTok video not available in the reader's area "Il video di TikTok incorporato non è disponibile nella tua area
geografica.", a Polish Instagram gallery waiting for cookies to be accepted in the privacy settings "Galeria z
Instagrama nie może zostać wyświetlona – zaakceptuj pliki cookie w ustawieniach prywatności." and a Russian VK Video
clip whose author restricted access "Видео из VK Видео недоступно: автор ограничил доступ к записи.", all in the body);
reading-time headers in new wordings (the English estimated-reading-time label "Estimated reading time: 4 minutes", a
blog's minute-read label with its word count "12-minute read · 1,840 words", the French estimated-reading-time label
"Temps de lecture estimé : 4 min", the German estimated-reading-duration label "Geschätzte Lesedauer: 4 Minuten", the
Italian reading-time label with "circa" "Tempo di lettura: circa 4 minuti", the Polish estimated-reading-time label
"Szacowany czas lektury: 4 minuty" and the Russian read-for label "Читать 4 минуты", all at the head); bylines and
self-promotion (an English as-told-to byline "As told to Barnaby Hoarwhistle", an English story-and-photographs byline
"Story and photographs: Percival Gumbleshanks", a French column-signed-by byline "Chronique signée Apolline Rochebrune"
and a Russian text-prepared-by byline "Текст подготовила Евлампия Ледовская" at the head; an English Big Cartel
made-to-order baskets plug "Baskets made to order through my Big Cartel shop – allow three weeks for delivery.", a
German Palundu-shop pot-holders plug with Hermes shipping "Meine handgenähten Topflappen gibt es in meinem Palundu-Shop,
Versand mit Hermes.", an Italian Vinted embroidered-placemats plug with BRT shipping "Le mie tovagliette ricamate sono
in vendita su Vinted, spedizione con BRT." and a Polish Shoper-shop aprons plug with DPD courier shipping "Ręcznie szyte
fartuszki sprzedaję w swoim sklepie na platformie Shoper, wysyłka kurierem DPD." at the foot); blog and site footers (an
English WordPress credit with the Astra theme "Proudly powered by WordPress | Theme: Astra by Brainstorm Force", an
English Wix credit with the terms and the do-not-sell link "Site by Wix · Terms of use · Do not sell or share my
personal information", an English publisher line with the company registration "Published by Rimehallow Newspapers Ltd,
registered in England and Wales no. 04829163", a French hosting line with the host's address and the publication
director "Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix · Directeur de la publication : Régis Frimoulet", a
German WordPress and IONOS credit with the terms "Mit WordPress erstellt · Gehostet bei IONOS · AGB", an Italian
court-registration line with the editor in charge "Testata registrata presso il Tribunale di Viterbo n. 12/2019 ·
Direttore responsabile: Ugo Brinaldi", a Polish Astra-template and home.pl credit with the privacy policy "Strona
korzysta z szablonu Astra · Hosting: home.pl · Polityka prywatności" and a Russian Timeweb hosting credit with the user
agreement "Хостинг предоставлен Timeweb · Пользовательское соглашение", all at the foot); reader-comment furniture (an
English showing-range-of-comments line "Showing 1–20 of 57 comments", the English must-be-logged-in line "You must be
logged in to post a comment.", the English awaiting-moderation line "Your comment is awaiting moderation.", a French
react-to-this-article link with its count "Réagir à cet article (14 réactions)", a German log-in-to-join-the-discussion
prompt "Melden Sie sich an, um mitzudiskutieren.", an Italian log-in-to-comment-or-vote prompt "Accedi con il tuo
account per lasciare un commento o votare quelli degli altri lettori.", a Polish comment-as-guest-or-log-in prompt
"Dodaj komentarz jako gość lub zaloguj się" and the Russian Cackle comments-widget label "Комментарии для сайта Cackle",
all at the foot); share rows (a German recommend-this-post row "Diesen Beitrag empfehlen: Facebook · Pinterest ·
E-Mail", an Italian send-to-a-friend, print and bookmark row "Invia ad un amico · Stampa · Salva nei preferiti" and a
Russian share row with VK, OK and Dzen "Поделиться: ВК · ОК · Дзен · Скопировать ссылку", all at the foot); and notices
(an English this-article-is-old note "This article is more than 2 years old" and a French subscribers-only note "Cet
article est réservé aux abonnés. Déjà abonné ? Connectez-vous." in the body; a Polish also-in-the-print-edition note
"Tekst ukazał się także w papierowym wydaniu tygodnika." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 210's docstring does not describe (on the six portal pages, in ten blocks, a sign-in-and-subscribe
strip, the masthead with its tagline and the section menu in a block of three at the very top, the strip first; the
title at the top of a block of two with the byline and the date in one line under it; the reading time and a share row
above the first paragraph in a block of three, the paragraph last; the second paragraph and the paragraph with the quote
at the two ends of a block of four, with the lead photo's caption and its credit (one line) and a read-also link between
them; an ad label and a sponsored headline alone in a block of two; the subheading and the three rows with a newsletter
prompt after the third row, inside the list block (a block of five, the prompt last); the second-to-last paragraph alone
in a block of one; the last paragraph at the top of a block of two with a tags line under it; a thread of six lines
alone in a block (a comment count, a comment, the paper's arrowed reply, a second reader's comment, the first
commenter's arrowed reply to it and a third reader's comment left unanswered); and at the foot an app-download prompt
and the publisher's copyright line in a block of two; on the six blog pages, in ten blocks, the blog name with its
tagline and the menu in a block of two at the very top, the name first; the title alone in a block of one; the
posted-on-by line (with the comment count) and the reading time above the first paragraph in a block of three, the
paragraph last; a table of contents (its heading and three numbered entries) alone in a block of four; the second
paragraph and the paragraph with the quote at the top of a block of four with the photo caption and a pin-it-and-print
row after them; the subheading and the three rows with an ad label ("Report this ad" and its translations) between the
second and third rows, inside the list block (a block of five); the two last paragraphs in a block of three with a
subscribe prompt between them; the author's sign-off and a plug for the author's basketry courses or workshops alone in
a block of two; a thread of five lines alone in a block (a comments heading with its count quoting the start of the
post's title, a comment, the author's arrowed reply, a second comment and the author's arrowed reply to it); and at the
foot the author's copyright line with the theme and platform credit in one line, alone in a block of one), taken from
local news of an ice-sculpture festival on a town's market square (twelve carvers, eighty half-tonne blocks of ice, a
thaw forecast and a children's carving workshop) in six invented towns, and from six hobby blogs on weaving a round log
basket from willow (soaking the rods, the base, the weave and a twisted handle).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 210 but what is named here), held-out set 212 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 210 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 207, 208 and 209, printed with one ast script
(/tmp/s211scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (with /tmp/wt-s211/src and /tmp/wt-s211/tests on sys.path and SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. All of it was read in the worktree /tmp/wt-s211 (detached at the brief's
commit). The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 210's as printed, with 210 -> 211; /tmp/s211scratch/gen211.py writes this file from scratch files (data211.py with
the noise and keep lines and the words that describe each noise line, pages211.py with the pages, built by one layout
function for the portals and one for the blogs, layout.txt with the layout and topics of the first paragraph, which
gen211.py builds from the lines themselves, doc_rest.txt with the rest of the docstring, and, after the measurement,
baseline.txt and tables211.py with the Baseline paragraph and the xfail tables). Nothing else was copied from any file
of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s211, detached at commit
e582a8c5f305849d5bf219fc59e79368e9e2dae6, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 09:53:41 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 09:53:43 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed e582a8c5f305849d5bf219fc59e79368e9e2dae6 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0; ``git rev-parse HEAD`` in both printed
that commit), and /work/main was not touched afterwards. (2) readallowed.py first printed to the terminal, which the
tool cut in the middle (it showed the start, up to inside set 210's Slips and notes paragraph, and the end, from inside
set 208's first paragraph on, all allowed parts); the second run went to /tmp/s211scratch/peek.out, of which I paged
lines 125 to 425 with ``sed`` in three pieces (all of them allowed parts: the rest of set 210's docstring up to its
Baseline paragraph, its imports and tail, and the first paragraphs of sets 207 and 208); nothing else of any set file
was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import loads the cleaner's modules, but nothing was
cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the
ones the read docstrings name, by eye, and kept away from them: no embed service named there is used for a held-out
marker (Flickr, Bluesky, Mixcloud, Dailymotion, Podigee, TikTok, Instagram and VK Video are not named there), and the
failures are of kinds not named there (an album no longer public, a post for signed-in users, a show for paying
subscribers, a takedown at the rights holder's request, a network error, a regional block, cookies not yet accepted,
access restricted by the author); the reading times avoid the phrasings named there ("Estimated reading time", a
minute-read label with a word count, "Temps de lecture estimé", "Geschätzte Lesedauer", "Tempo di lettura: circa",
"Szacowany czas lektury", "Читать 4 минуты"); the bylines are of new shapes (as told to, story and photographs,
chronique signée, текст подготовила) and the plugs name shops and marketplaces not named there (Big Cartel, Palundu,
Vinted, Shoper); the footers use builders, hosts and legal lines not named there (WordPress with Astra, Wix with a
do-not-sell link, an English company registration, OVHcloud with the publication director, WordPress with IONOS, an
Italian court registration with the editor in charge, Astra with home.pl, Timeweb with a user agreement); the comment
lines (a showing-range line, must-be-logged-in, awaiting moderation, a react-to-this-article link, a log-in-to-discuss
prompt, a log-in-to-comment-or-vote prompt, comment-as-guest, the Cackle widget label), share rows (recommend this post,
send to a friend with print and bookmark, VK with OK and Dzen) and notices (an old-article note, a subscribers-only
note, an also-in-print note) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and
the like) is of the ordinary kinds the brief lists; the layouts differ from those of set 210 (see the first paragraph).
(5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Trembleworth and "Hyacinth Trembleworth", Pettigrass and "Orlando Pettigrass", Rimehallow, "Withy Shed",
Hoarwhistle, Gumbleshanks, Givrelieu, "Apolline Rochebrune", Frimasson and "Gaëlle Frimasson", Frimoulet, Givrard,
"Osier de Solène", Frostenhagen, "Ottilie Schneegans", "Korbinian Glasmeier", "Hannis Weidenwerkstatt", Brinapoggio,
Tramontalba and "Ginevra Tramontalba", "Ettore Cristallini", "Ugo Brinaldi", "Vimine di Nives", Szronowic (the stem of
Szronowice and Szronowicki), Mroźnick (the stem of Mroźnicka), Lodowiczak, "Wiklinowy Kącik", Изморозьевск, "Евлампия
Ледовская", Заиндевелова, "Лозовая корзинка", Стужецк and "Прохор Стужецкий". Dropped for hits: Glimmerby (inside
"glimmerbyte" and code names), Crouchfield and Quillfrost (code names and a codeword), "Withy Bench" (inside "withy
benchmark"), Snowhatch and Rimeswick (inside code names), Gelinot (inside "gelinotte"), Glaçonnet (a game's character),
Coquebert (a real word and a street), Инеевск (inside real street and project names), Ледянкин and Ледорубов (real
surnames and a word). Bloggers are given by first name only (Morwenna, Solène, Hanni, Nives, Teresa, Агафья), commenters
as first names with an initial or a place, or as handles, and were not checked; "Rimehallow Gazette", "Rimehallow
Newspapers Ltd", "Le Courrier de Givrelieu", "Frostenhagener Rundschau", "Il Gazzettino di Brinapoggio", "Kurier
Szronowicki" and "Изморозьевский вестник" are formed from checked names. Real services, platforms, shops, hosts and
cities are named as real pages do. (6) A script (/tmp/s211scratch/check.py) checked case-insensitively that no noise
line (held-out or page) sits inside an article line, a keep line or another noise line, that no line repeats and that no
line holds an at-sign; while writing I had already given the blogs' ad labels other words than the portals' ("Report
this ad", "Signaler cette annonce", "Werbung", "Annuncio pubblicitario", "Zgłoś tę reklamę", "Пожаловаться на рекламу"
against "Advertisement", "Publicité", "Anzeige", "Pubblicità", "Reklama", "Реклама") and worded the keep lines so that
no ad label sits in them ("Publicitaires", "Werbeplakate", "Affissioni pubblicitarie", "Reklamy", "Рекламные"); its
first run found the German portal's ad label "Anzeige" inside a first German plug on Kleinanzeigen, which I replaced
with the Palundu plug; its second run found nothing. gen211.py checks that no line of the file is over 120 columns and
that it holds no at-sign; the counts by category, language and place, and the 10 article and 20 noise lines of each
page, were checked with small scripts, and the lists and pages of the written file were imported back and found equal to
the scratch data (verify.py). (7) The measurement was run once, as the brief gives it, in one shell call at 09:59:55 UTC
by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) and (8);
pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s211scratch, importing the copy in /tmp/wt-s211/tests with /tmp/wt-s211/src on the path) then printed
``_problems`` of each failing case: the nine lines and the six pages of the tables; every problem is a kept noise line
("kept boilerplate"); no article line is lost on any page, no keep line is lost and no problem of another kind (no
unreported removal, no range or offset problem) was printed. The tables were written from that output (tables_data.py,
formatted by tables_gen.py into tables211.py, which gen211.py writes into this file); verify.py checked that every key
of the tables is a line or page of the set, and a small script (which ran ``_problems`` on the pages once more) that
each page's reason quotes exactly the noise lines the page keeps; the final file was checked again with the pytest
command in /tmp/wt-s211 (see the Baseline paragraph). (8) Clock: ``date`` printed 09:53:41 at the start, 09:59:55 at the
measurement and 10:00:44 when the tables were checked; the commit followed within minutes, well inside the brief's 50
minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Sponsorship from the rugby club ...", "Printed copies of the consultation ...", "Related costs, including legal fees,
...", "Share prices of the water company ...", "Posted notices on the allotment gates ...", "Newsletter deliveries to
outlying farms ...", "Advertised vacancies at the depot ...", "S'abonner à la cantine ...", "Les commentaires des
riverains ...", "Publicitaires et commerçants ...", "Teilen müssen sich die beiden Vereine ...", "Folgen hat der
Beschluss ...", "Werbeplakate für das Stadtfest ...", "Condividere i costi della mensa ...", "Affissioni pubblicitarie
abusive ...", "Leggere il bilancio in aula ...", "Reklamy na przystankach ...", "Subskrypcja biletów miesięcznych ...",
"Рекламные щиты на фасадах ..." and "Поделиться опытом с коллегами ..."): each is a full sentence with a subject, a verb
and a fact of a local story, so article ("Share prices" opens like a share row but reports a market fall; "Related
costs" opens like a related-articles heading but adds up a bill; "Posted notices" opens like a posted-on line but
reports notices on gates; "Teilen müssen sich" opens like a share row but is two clubs sharing a gym; "Поделиться
опытом" opens like a share row but is teachers coming to share their experience). Borderline categories: the plugs (Big
Cartel, Palundu, Vinted, Shoper) are bylines and self-promotion, at the foot, since they sell the author's wares in the
author's voice; the as-told-to and story-and-photographs lines are bylines though they have no "By"; the English
company-registration line, the French hosting-and-director line and the Italian court-registration line are footers
(legal lines of the publisher, not of the article); the showing-range line, the must-be-logged-in and
awaiting-moderation lines, the react-to-this-article link and the Cackle widget label are comment furniture (they sit
with the reader comments); the Italian send-to-a-friend, print and bookmark row is a share row; the English
this-article-is-old note and the French subscribers-only note are notices in the body (both speak of the article they
sit in), and the Polish also-in-print note is a notice at the foot. On every page the title, the three paragraphs before
the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (sign-in strips, mastheads with taglines, menus, bylines with dates, reading times, share rows, captions
with credits, read-also links, ad labels and sponsored headlines, newsletter prompts, tags lines, comment counts,
comments and replies, app-download prompts, copyright lines, blog names, posted-on lines, tables of contents,
pin-it-and-print rows, report-this-ad labels, subscribe prompts, sign-offs, plugs and copyright-and-credit lines) is
noise. The list rows (what happens on the square in the next days, and what a willow basket needs) are short but part of
each article, so article; the list headings ("What happens next", "Co dalej", "Что понадобится" and the like) are the
articles' subheadings, so article; the portals' newsletter prompts are noise though they close the list block after the
third row; the blogs' ad labels are noise though they sit between the second and third rows; the portals' read-also
links and captions are noise though they sit between the second paragraph and the paragraph with the quote; the blogs'
subscribe prompts are noise though they sit between the two last paragraphs; the tables of contents are noise though
their entries read like steps; the sign-offs ("Happy weaving! Morwenna x" and the like) are noise; the comment headings
quote the start of the post's title but are noise; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in German, Italian and Russian and notice in English, French and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and a Russian one), body 10 (the eight markers and two
notices: English and French), tail 24 (four plugs: an English, a German, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines; the six portal pages tell the same story in six
invented towns (twelve carvers from four countries turn eighty half-tonne blocks of ice into polar bears, penguins and a
life-size walrus on the market square; a carver's quote on listening to the ice; the sculptures lit in the evenings, a
children's carving workshop with soft ice and the judges' prize; a thaw forecast from Wednesday; the festival's fifth
year and who pays for it): en-portal-rimehallow-ice-sculpture-festival,
fr-portail-givrelieu-festival-sculptures-sur-glace, de-portal-frostenhagen-eisskulpturenfest,
it-portale-brinapoggio-festa-sculture-di-ghiaccio, pl-portal-szronowice-festiwal-rzezb-lodowych and
ru-portal-izmorozyevsk-festival-ledyanyh-skulptur; the six blog pages tell of the blogger's first round log basket of
home-grown willow (soaking the rods for about a week, the teacher's thumb test quoted, what is needed, the slath of six
sticks crossed with six more opened out like spokes, and the twisted handle):
en-blog-the-withy-shed-round-willow-basket, fr-blog-l-osier-de-solene-panier-rond,
de-blog-hannis-weidenwerkstatt-runder-korb, it-blog-il-vimine-di-nives-cesto-tondo,
pl-blog-wiklinowy-kacik-teresy-okragly-koszyk and ru-blog-lozovaya-korzinka-agafyi-kruglaya-korzina, each page with a
reader comment thread.

Baseline (2026-12-07, cleaner at commit e582a8c5f305849d5bf219fc59e79368e9e2dae6, measured with ``cd /tmp/wt-s211 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s211/src python -m pytest -q tests/test_clean_held_out_211.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s211 && PYTHONPATH=/tmp/wt-s211/src python
scripts/clean_held_out_report.py --sets 211``, with the xfail tables empty, at 09:59:55 UTC by ``date``): noise lines
removed 36/45 (marker 5/8, reading-time 7/7, byline 4/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the French Dailymotion, German
Podigee and Italian TikTok lines), two bylines at the head (the English as-told-to line and the French chronique-signée
line) and two plugs at the foot (the German Palundu one and the Polish Shoper one), one comment line at the foot (the
Italian log-in-to-comment-or-vote prompt) and one notice in the body (the French subscribers-only note); the English
Flickr, Bluesky and Mixcloud, the Polish Instagram and the Russian VK Video markers, all seven reading times, the
story-and-photographs and Russian text-prepared-by bylines, the English Big Cartel and Italian Vinted plugs, all eight
footers, the other seven comment lines, every share row and the English old-article and Polish also-in-print notices
went); keep lines kept 20/20; pages 6/12 clean, 28 of 240 page noise lines left and 0 of 120 article lines lost. All six
portal pages are clean. Left, on the blog pages only: on the English, German, Italian and Russian blogs the table of
contents (its heading and three numbered entries, alone in its block of four) and the photo caption after the paragraph
with the quote (5 each, and on the Italian blog the subscribe prompt between the two last paragraphs too, 6); on the
French blog the photo caption, the subscribe prompt, the sign-off and the plug for the author's courses (4); on the
Polish blog the photo caption, the sign-off and the plug for the author's workshops (3). No page and no keep line loses
an article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s211
gave 62 passed, 15 xfailed, no XPASS.

Measured after round 135 (2026-12-07, lead; the writers of this set and of set 212 worked beside round 135 from the same
base, e582a8c; with the lead's mend e92d02b on round 135's branch, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets $(seq 10 212)`` and the set's pytest file): noise lines removed 36 -> 38
of 45 (marker 5 -> 7 of 8: the French Dailymotion and the Italian TikTok placeholders, an embedded object named among
the subject's first words, now go; their xfails were removed), keep lines kept 20/20, pages 6/12 clean, page noise lines
left 28 -> 23 of 240 (the French blog's subscribe prompt, sign-off and courses plug and the Polish blog's sign-off and
workshops plug now go, so each of the two keeps only its photo caption; their reasons were reworded), 0 of 120 article
lines lost. Nothing else moved.

Round 137 (development; this set was read in full from this round on): developed on sets 211 and 212 from 8383614.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_137_*): (1) blog pages:
the save-for-later row between the two last paragraphs of set 212's six soap blogs ("Save it for later: Pin it · Print",
"À garder pour plus tard : Épingler · Imprimer", "Für später merken: Pinnen · Drucken", "Salvalo per dopo: Pinna ·
Stampa", "Zapisz na później: Przypnij · Drukuj", "Сохранить на потом: Pinterest · Печать"): whole_line_noise's
_PIN_LABEL gains the label in the five other languages and the share bar's label branch takes the pin button's verb (the
new _PIN_VERB, which _PIN_FIRST now shares, with the Italian "pinna") among its buttons; the table of contents alone in
a block of four after the first paragraph on set 211's English, German, Italian and Russian blogs ("Contents" / "1.
Soaking the rods" / "2. Staking up the base" / "3. Adding the handle", "Inhalt", "Indice", "Содержание"):
clean._toc_block_between_paragraphs also reads a blog's page when the first paragraph's block opens with two rows or
more the rules took, the posted-on line and the reading time (clean._post_rows_over_paragraph; the blog's name and menu
above are not yet taken when tables are read); set 211's Italian subscribe prompt with no comma after its purpose clause
("Per non perdere nessun tutorial iscriviti al Vimine di Nives via RSS o email", the round 70 newsletter prompt's clause
may end on the call's imperative when RSS, e-mail or a newsletter follows). (2) Lines: _EMBED_NOUN gains the post (the
Bluesky post shown to signed-in users, the Polish Instagram post of a private account); _EMBED_STATE_EVENT gains a
network error (the German Podigee podcast), _EMBED_STATE_ANY the consent to external content (the German Podigee player)
and "only visible to" signed-in users; the reading time's "this one takes ... to get through" may follow a warning's
label ("Fair warning: ..."); round 136's byline list gains "As told to", a column signed by its writer ("Chronique
signée ...") and the paper's local correspondent ("Par notre correspondante locale ..."); the plugs read a named shop
("in meinem Palundu-Shop") and the writer's own shop ("w swoim sklepie"); comment furniture: a second purpose to vote
after the log-in prompt's comment (_OR_VOTE), the wish to join asked as a question over an account to create or a
log-in, the guest note with a log-in after it, the comment offered without registration said impersonally, and the
comment policy's rules naming the moderation before a comment goes live (clean._POLICY_WITH_RULES); the French
subscribers-only note before "Déjà abonné ? Connectez-vous." (paywall notice). (3) Narrowed: the embed reading's opener
("Embedded", "Eingebettete", "Osadzone", "Встроенные" and their kin) names an embed only inside brackets or before an
embed's noun or a platform within two words (_EMBED_NAMED_ANY), so the lead's four probes ("Embedded cameras have been
removed from the cabin." and its German, Polish and Russian forms) stay; no held-out line moved (the 69 held-out noise
lines of sets 10-212 with such an opener were checked before and after: the same removed and kept). Other sets' xfails
removed (XPASS): lines of sets 102 (a German commenting-as-guest line), 110 (an English Bluesky consent placeholder),
121 (a blocked Instagram post), 146 (a removed Instagram post), 154 and 194 (English as-told-to bylines), 158 (a Bluesky
post that could not be retrieved), 163 (a Polish Threads post), 170 and 177 (French by-our-local- correspondent
bylines), 181 (an English commenting-as-a-guest note) and 210 (an Italian Threads post). Sets 10-212 totals
(scripts/clean_held_out_report.py, before -> after): noise lines removed 8381 -> 8409 of 9211, article lines kept 4087
-> 4087, pages clean 1375 -> 1375 of 2422, page noise lines left 1974 -> 1951, paragraphs lost 2 -> 2 (set 86's, as
before); no set's kept lines dropped and no set's lost paragraphs rose. SemEval (scripts/semeval_noise_diff.py): 0
changed files of 3723. Bench (benchmarks/bench_clean.py against 8383614): ratio 1.03 beside the full test run (3.351 s
against 3.244 s, best CPU) and 0.96 alone after it (2.990 s against 3.104 s); a third run printed 0.74 with a disturbed
baseline (4.476 s), so the cost is within the machine's noise. Full cleaning test set: 25153 passed, 1879 xfailed, no
XPASS, in 14:05 (on the code of this round; the twelve other sets' entries were removed before the run). This set before
-> after (scripts/clean_held_out_report.py --sets 211): noise lines removed 38/45 -> 45/45 (marker 7 -> 8 of 8,
reading-time 7/7, byline 4 -> 8 of 8, footer 8/8, comments 7 -> 8 of 8, share 3/3, notice 2 -> 3 of 3), keep lines kept
20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines left 23 -> 6 of 240, article lines lost 0 -> 0. Gone: the
German Podigee marker, the as-told-to and chronique-signée bylines, the Palundu and Shoper plugs, the Italian
log-in-to-comment-or-vote prompt and the French subscribers-only note (all xfails of _LINE_XFAIL removed); on the blogs
the English, German, Italian and Russian tables of contents and the Italian subscribe prompt. Reasons reworded: the six
blog pages, each now keeping its photo caption only. Still missed: the six blogs' photo captions after the paragraph
with the quote (1 each), which the brief left alone (session 45: the short verbless lines between paragraphs of the
held-out pages are as often the article's list rows and short sentences).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_211_LINES: list[tuple[str, str, str]] = [
    ("body", "The Flickr album embedded here is no longer public and cannot be shown.", "marker"),
    ("body", "[Embedded Bluesky post – sign in to Bluesky to see posts from this account]", "marker"),
    ("body", "The Mixcloud show embedded here is only available to Mixcloud Select subscribers.", "marker"),
    ("body", "La vidéo Dailymotion intégrée a été retirée à la demande de l'ayant droit.", "marker"),
    ("body", "Der eingebettete Podigee-Podcast konnte wegen eines Netzwerkfehlers nicht geladen werden.", "marker"),
    ("body", "Il video di TikTok incorporato non è disponibile nella tua area geografica.", "marker"),
    (
        "body",
        "Galeria z Instagrama nie może zostać wyświetlona – zaakceptuj pliki cookie w ustawieniach prywatności.",
        "marker",
    ),
    ("body", "Видео из VK Видео недоступно: автор ограничил доступ к записи.", "marker"),
    ("head", "Estimated reading time: 4 minutes", "reading-time"),
    ("head", "12-minute read · 1,840 words", "reading-time"),
    ("head", "Temps de lecture estimé : 4 min", "reading-time"),
    ("head", "Geschätzte Lesedauer: 4 Minuten", "reading-time"),
    ("head", "Tempo di lettura: circa 4 minuti", "reading-time"),
    ("head", "Szacowany czas lektury: 4 minuty", "reading-time"),
    ("head", "Читать 4 минуты", "reading-time"),
    ("head", "As told to Barnaby Hoarwhistle", "byline"),
    ("head", "Story and photographs: Percival Gumbleshanks", "byline"),
    ("head", "Chronique signée Apolline Rochebrune", "byline"),
    ("head", "Текст подготовила Евлампия Ледовская", "byline"),
    ("tail", "Baskets made to order through my Big Cartel shop – allow three weeks for delivery.", "byline"),
    ("tail", "Meine handgenähten Topflappen gibt es in meinem Palundu-Shop, Versand mit Hermes.", "byline"),
    ("tail", "Le mie tovagliette ricamate sono in vendita su Vinted, spedizione con BRT.", "byline"),
    ("tail", "Ręcznie szyte fartuszki sprzedaję w swoim sklepie na platformie Shoper, wysyłka kurierem DPD.", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Astra by Brainstorm Force", "footer"),
    ("tail", "Site by Wix · Terms of use · Do not sell or share my personal information", "footer"),
    ("tail", "Published by Rimehallow Newspapers Ltd, registered in England and Wales no. 04829163", "footer"),
    (
        "tail",
        "Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix · Directeur de la publication : Régis Frimoulet",
        "footer",
    ),
    ("tail", "Mit WordPress erstellt · Gehostet bei IONOS · AGB", "footer"),
    (
        "tail",
        "Testata registrata presso il Tribunale di Viterbo n. 12/2019 · Direttore responsabile: Ugo Brinaldi",
        "footer",
    ),
    ("tail", "Strona korzysta z szablonu Astra · Hosting: home.pl · Polityka prywatności", "footer"),
    ("tail", "Хостинг предоставлен Timeweb · Пользовательское соглашение", "footer"),
    ("tail", "Showing 1–20 of 57 comments", "comments"),
    ("tail", "You must be logged in to post a comment.", "comments"),
    ("tail", "Your comment is awaiting moderation.", "comments"),
    ("tail", "Réagir à cet article (14 réactions)", "comments"),
    ("tail", "Melden Sie sich an, um mitzudiskutieren.", "comments"),
    ("tail", "Accedi con il tuo account per lasciare un commento o votare quelli degli altri lettori.", "comments"),
    ("tail", "Dodaj komentarz jako gość lub zaloguj się", "comments"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Diesen Beitrag empfehlen: Facebook · Pinterest · E-Mail", "share"),
    ("tail", "Invia ad un amico · Stampa · Salva nei preferiti", "share"),
    ("tail", "Поделиться: ВК · ОК · Дзен · Скопировать ссылку", "share"),
    ("body", "This article is more than 2 years old", "notice"),
    ("body", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.", "notice"),
    ("tail", "Tekst ukazał się także w papierowym wydaniu tygodnika.", "notice"),
]

HELD_OUT_211_KEEP: list[tuple[str, str]] = [
    (
        "head",
        "Sponsorship from the rugby club paid for new floodlights at the recreation ground, the treasurer confirmed.",
    ),
    ("head", "Printed copies of the consultation will be left at the library and the post office until March."),
    ("body", "Related costs, including legal fees, added a further £12,000 to the bill."),
    ("tail", "Share prices of the water company fell after the council voted to seek damages."),
    ("head", "Posted notices on the allotment gates warned tenants about the rent rise."),
    ("tail", "Newsletter deliveries to outlying farms will now be made by volunteers on bicycles."),
    ("body", "Advertised vacancies at the depot remain unfilled, according to the report."),
    ("head", "S'abonner à la cantine coûtera désormais trois euros de plus par mois, a précisé l'adjointe."),
    ("tail", "Les commentaires des riverains ont été annexés au dossier d'enquête publique."),
    ("body", "Publicitaires et commerçants du centre-ville financeront la moitié des illuminations."),
    ("tail", "Teilen müssen sich die beiden Vereine künftig die Turnhalle am Bahnhof."),
    ("head", "Folgen hat der Beschluss vor allem für die Pendler aus den Nachbardörfern."),
    ("body", "Werbeplakate für das Stadtfest sollen künftig nur noch aus Recyclingpapier sein."),
    ("tail", "Condividere i costi della mensa con il comune vicino farà risparmiare 40.000 euro."),
    ("head", "Affissioni pubblicitarie abusive saranno multate fino a 400 euro, ha annunciato il sindaco."),
    ("tail", "Leggere il bilancio in aula ha richiesto quasi tre ore, secondo i consiglieri di minoranza."),
    ("body", "Reklamy na przystankach znikną do końca roku, zdecydowała rada gminy."),
    ("tail", "Subskrypcja biletów miesięcznych będzie tańsza dla uczniów i seniorów."),
    ("head", "Рекламные щиты на фасадах исторических домов теперь запрещены решением думы."),
    ("tail", "Поделиться опытом с коллегами из соседнего района приехали двенадцать учителей."),
]

HELD_OUT_211_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-rimehallow-ice-sculpture-festival", [
        [
            "-Sign in · Subscribe · Today's paper",
            "-The Rimehallow Gazette – Your town, your news since 1881",
            "-News · Sport · What's On · Business · Opinion · Obituaries",
        ],
        [
            "+Carvers turn forty tonnes of ice into a frozen zoo on the market square",
            "-By Hyacinth Trembleworth · Saturday 12 December 2026, 7.05pm",
        ],
        [
            "-3 min read",
            "-Share: Facebook · WhatsApp · Email",
            ("+Twelve carvers from four countries spent the weekend on Rimehallow's market square turning eighty "
             "blocks of clear ice into polar bears, penguins and a life-size walrus."),
        ],
        [
            ("+The blocks, each weighing half a tonne, were delivered on Friday night from a cold store in Hull and "
             "craned into place before dawn."),
            "-A carver shapes a penguin's beak with a chisel on Saturday morning. Photo: Gazette staff",
            "-Read also: Christmas market stalls to stay open until 9pm",
            ("+\"You have to listen to the ice, because it tells you where it wants to crack,\" said Orlando "
             "Pettigrass, who carved the walrus in eleven hours."),
        ],
        [
            "-Advertisement",
            "-Sponsored: Five winter breaks under £300 you can book today",
        ],
        [
            "+What happens next",
            "+The sculptures stay lit on the square every evening until 8pm.",
            "+A children's carving workshop with soft ice and wooden tools runs on Sunday at 10am.",
            "+Judges announce the winner of the carvers' prize on Monday at noon.",
            "-Get the Gazette's What's On newsletter every Thursday – sign up free",
        ],
        [
            ("+Forecasters expect a thaw from Wednesday, when temperatures are due to climb to eight degrees, so "
             "organisers urge families to visit early."),
        ],
        [
            ("+The festival, now in its fifth year, is paid for by the town council and the market traders' "
             "association."),
            "-Tags: Rimehallow, ice sculpture, market square, winter festival",
        ],
        [
            "-8 comments",
            "-FrostyFen: The walrus is incredible, well worth the trip from Spalding.",
            "-↳ Rimehallow Gazette: Thanks! The full gallery is now online.",
            "-Mags_R: Shame the workshop was full by nine o'clock.",
            "-↳ FrostyFen: We got the last two places, sorry!",
            "-Pete W.: Hope the thaw holds off until the weekend.",
        ],
        [
            "-Download the Gazette app for iPhone and Android",
            "-© 2026 Rimehallow Gazette Ltd. All rights reserved.",
        ],
    ]),
    _page("en", "en-blog-the-withy-shed-round-willow-basket", [
        [
            "-The Withy Shed – Willow, wicker and whatever else I can weave",
            "-Home · Tutorials · Baskets · Workshops · About",
        ],
        [
            "+My first round willow basket with a twisted handle",
        ],
        [
            "-Posted on 3 December 2026 by Morwenna · 9 Comments",
            "-Reading time: 7 minutes",
            ("+Last winter I finally cut enough willow from the withy bed behind the cottage to make a proper log "
             "basket, and this post walks you through every step."),
        ],
        [
            "-Contents",
            "-1. Soaking the rods",
            "-2. Staking up the base",
            "-3. Adding the handle",
        ],
        [
            ("+Dried willow has to soak before it will bend: I leave rods of five to six feet in the water trough "
             "for about a week, a day for every foot of length."),
            ("+My teacher always said, \"If the rod cracks when you bend it round your thumb, give it another two "
             "days in the trough.\""),
            "-Soaked rods tied in bundles by the trough.",
            "-Pin it for later · Print this tutorial",
        ],
        [
            "+What you will need",
            "+About eighty soaked willow rods, most of them five feet long",
            "+A bodkin, a sharp knife and a pair of secateurs",
            "-Report this ad",
            "+A heavy board or lapboard to weave on",
        ],
        [
            ("+For the base I slath together six short sticks crossed with six more, tie them in with a pair of "
             "weavers and open them out like the spokes of a wheel."),
            "-Never miss a tutorial – subscribe to The Withy Shed by RSS or email",
            ("+The handle is a thick rod pushed down beside a stake on each side, with three thinner rods twisted "
             "round it and tucked away at the rim."),
        ],
        [
            "-Happy weaving! Morwenna x",
            "-Spaces are open on my spring weekend basketry courses in the barn – see the Workshops page.",
        ],
        [
            "-9 thoughts on “My first round willow basket”",
            "-Jenny from Devon: Lovely clear photos, I've never managed a round base before.",
            "-↳ Morwenna: Thank you Jenny, the trick is to keep the spokes evenly spaced.",
            "-Rob K.: How long should the handle rod soak compared with the others?",
            "-↳ Morwenna: A day or two longer, Rob, as it's thicker.",
        ],
        [
            "-© 2026 The Withy Shed · Theme: Kadence · Powered by WordPress",
        ],
    ]),
    _page("fr", "fr-portail-givrelieu-festival-sculptures-sur-glace", [
        [
            "-Se connecter · S'abonner · Le journal du jour",
            "-Le Courrier de Givrelieu – L'actualité du canton depuis 1902",
            "-Actualité · Sports · Sortir · Économie · Faits divers",
        ],
        [
            "+Quarante tonnes de glace sculptées sur la place du Marché",
            "-Par Gaëlle Frimasson · Le 12 décembre 2026 à 19 h 05",
        ],
        [
            "-Lecture : 3 min",
            "-Partager : Facebook · WhatsApp · E-mail",
            ("+Douze sculpteurs venus de quatre pays ont transformé ce week-end quatre-vingts blocs de glace en ours "
             "polaires, en manchots et en morse grandeur nature sur la place du Marché de Givrelieu."),
        ],
        [
            ("+Les blocs, d'une demi-tonne chacun, ont été livrés vendredi soir depuis un entrepôt frigorifique de "
             "Rungis et installés à la grue avant l'aube."),
            "-Un sculpteur affine le bec d'un manchot au ciseau, samedi matin. Photo : Le Courrier",
            "-À lire aussi : le marché de Noël ouvert jusqu'à 21 heures",
            ("+« Il faut écouter la glace, c'est elle qui vous dit où elle veut casser », confie Mathurin Givrard, "
             "qui a sculpté le morse en onze heures."),
        ],
        [
            "-Publicité",
            "-Contenu sponsorisé : cinq week-ends au ski à moins de 300 euros",
        ],
        [
            "+Le programme des prochains jours",
            "+Les sculptures restent éclairées chaque soir jusqu'à 20 heures.",
            ("+Un atelier de sculpture pour les enfants, avec de la glace tendre et des outils en bois, a lieu "
             "dimanche à 10 heures."),
            "+Le jury dévoilera lundi à midi le lauréat du prix des sculpteurs.",
            "-Recevez chaque jeudi notre lettre « Sortir » : inscription gratuite",
        ],
        [
            ("+Météo-France annonce un redoux dès mercredi, avec huit degrés attendus : les organisateurs invitent "
             "les familles à venir tôt."),
        ],
        [
            ("+Le festival, qui fête sa cinquième édition, est financé par la commune et l'association des "
             "commerçants du marché."),
            "-Mots-clés : Givrelieu, sculpture sur glace, place du Marché, festival d'hiver",
        ],
        [
            "-8 commentaires",
            "-Loulou71 : Le morse est magnifique, ça valait le déplacement.",
            "-↳ Le Courrier de Givrelieu : Merci ! La galerie photo complète est en ligne.",
            "-Mireille B. : Dommage, l'atelier était complet dès 9 heures.",
            "-↳ Loulou71 : On a eu les deux dernières places, désolée !",
            "-Pierrot : Pourvu que le redoux attende le week-end.",
        ],
        [
            "-Téléchargez l'application du Courrier sur iPhone et Android",
            "-© 2026 Le Courrier de Givrelieu. Tous droits réservés.",
        ],
    ]),
    _page("fr", "fr-blog-l-osier-de-solene-panier-rond", [
        [
            "-L'Osier de Solène – Vannerie, osier et autres tressages",
            "-Accueil · Tutos · Paniers · Stages · À propos",
        ],
        [
            "+Mon premier panier rond en osier avec une anse torsadée",
        ],
        [
            "-Publié le 3 décembre 2026 par Solène · 9 commentaires",
            "-Temps de lecture : 7 minutes",
            ("+L'hiver dernier, j'ai enfin coupé assez d'osier dans l'oseraie derrière la maison pour faire un vrai "
             "panier à bûches, et je vous montre ici chaque étape."),
        ],
        [
            "-Sommaire",
            "-1. Faire tremper les brins",
            "-2. Monter le fond",
            "-3. Poser l'anse",
        ],
        [
            ("+L'osier sec doit tremper avant de plier : je laisse les brins d'un mètre soixante environ une semaine "
             "dans l'abreuvoir, à peu près un jour par trentaine de centimètres."),
            ("+Mon professeur répétait toujours : « Si le brin casse quand tu le plies autour du pouce, laisse-le "
             "encore deux jours dans l'eau. »"),
            "-Les brins trempés, liés en bottes près de l'abreuvoir.",
            "-Épingler sur Pinterest · Imprimer le tuto",
        ],
        [
            "+Le matériel",
            "+Environ quatre-vingts brins d'osier trempés, d'un mètre cinquante pour la plupart",
            "+Un poinçon, un couteau bien affûté et un sécateur",
            "-Signaler cette annonce",
            "+Une planche lourde pour travailler dessus",
        ],
        [
            ("+Pour le fond, je croise six bouts courts avec six autres, je les lie avec deux brins puis je les "
             "écarte comme les rayons d'une roue."),
            "-Pour ne rater aucun tuto, abonnez-vous à L'Osier de Solène par RSS ou par e-mail",
            ("+L'anse est un gros brin planté de chaque côté près d'un montant, autour duquel on torsade trois brins "
             "plus fins qu'on cache sous la bordure."),
        ],
        [
            "-Bon tressage ! Solène",
            "-Il reste des places pour mes stages de vannerie du printemps dans la grange : voir la page Stages.",
        ],
        [
            "-9 réflexions sur « Mon premier panier rond »",
            "-Odile de Bretagne : Très belles photos, je n'ai jamais réussi un fond rond.",
            "-↳ Solène : Merci Odile, l'astuce est de bien espacer les rayons.",
            "-Marc L. : Combien de temps faut-il faire tremper le brin de l'anse ?",
            "-↳ Solène : Un ou deux jours de plus, Marc, car il est plus épais.",
        ],
        [
            "-© 2026 L'Osier de Solène · Thème OceanWP · Propulsé par WordPress",
        ],
    ]),
    _page("de", "de-portal-frostenhagen-eisskulpturenfest", [
        [
            "-Anmelden · Abo · E-Paper",
            "-Frostenhagener Rundschau – Nachrichten aus Stadt und Land seit 1895",
            "-Lokales · Sport · Freizeit · Wirtschaft · Blaulicht",
        ],
        [
            "+Vierzig Tonnen Eis verwandeln den Marktplatz in einen Zoo",
            "-Von Ottilie Schneegans · 12.12.2026, 19:05 Uhr",
        ],
        [
            "-Lesezeit: 3 Minuten",
            "-Teilen: Facebook · WhatsApp · E-Mail",
            ("+Zwölf Bildhauer aus vier Ländern haben am Wochenende auf dem Frostenhagener Marktplatz achtzig "
             "Eisblöcke in Eisbären, Pinguine und ein lebensgroßes Walross verwandelt."),
        ],
        [
            ("+Die Blöcke, jeder eine halbe Tonne schwer, kamen am Freitagabend aus einem Kühlhaus in Bremerhaven "
             "und wurden vor Sonnenaufgang mit dem Kran aufgestellt."),
            "-Ein Bildhauer formt am Samstagmorgen mit dem Meißel den Schnabel eines Pinguins. Foto: Rundschau",
            "-Lesen Sie auch: Weihnachtsmarkt bleibt bis 21 Uhr geöffnet",
            ("+„Man muss dem Eis zuhören, es sagt einem, wo es brechen will“, sagt Korbinian Glasmeier, der das "
             "Walross in elf Stunden geschnitzt hat."),
        ],
        [
            "-Anzeige",
            "-Gesponsert: Fünf Winterreisen unter 300 Euro",
        ],
        [
            "+So geht es weiter",
            "+Die Skulpturen werden jeden Abend bis 20 Uhr beleuchtet.",
            "+Eine Schnitzwerkstatt für Kinder mit weichem Eis und Holzwerkzeug gibt es am Sonntag um 10 Uhr.",
            "+Die Jury gibt den Sieger des Bildhauerpreises am Montag um 12 Uhr bekannt.",
            "-Freizeit-Newsletter: jeden Donnerstag kostenlos in Ihr Postfach",
        ],
        [
            ("+Der Deutsche Wetterdienst erwartet ab Mittwoch Tauwetter mit bis zu acht Grad, deshalb raten die "
             "Veranstalter Familien zu einem frühen Besuch."),
        ],
        [
            ("+Das Festival findet zum fünften Mal statt und wird von der Stadt und der Werbegemeinschaft der "
             "Markthändler bezahlt."),
            "-Schlagwörter: Frostenhagen, Eisskulpturen, Marktplatz, Winterfest",
        ],
        [
            "-8 Kommentare",
            "-Eisbär_77: Das Walross ist großartig, die Fahrt aus Celle hat sich gelohnt.",
            "-↳ Frostenhagener Rundschau: Danke! Die ganze Bildergalerie ist jetzt online.",
            "-Heike M.: Schade, die Werkstatt war schon um neun Uhr voll.",
            "-↳ Eisbär_77: Wir haben die letzten zwei Plätze bekommen, sorry!",
            "-Uwe K.: Hoffentlich hält das Eis bis zum Wochenende.",
        ],
        [
            "-Laden Sie die Rundschau-App für iPhone und Android herunter",
            "-© 2026 Frostenhagener Rundschau GmbH. Alle Rechte vorbehalten.",
        ],
    ]),
    _page("de", "de-blog-hannis-weidenwerkstatt-runder-korb", [
        [
            "-Hannis Weidenwerkstatt – Flechten mit Weide und Geduld",
            "-Start · Anleitungen · Körbe · Kurse · Über mich",
        ],
        [
            "+Mein erster runder Weidenkorb mit gedrehtem Henkel",
        ],
        [
            "-Veröffentlicht am 3. Dezember 2026 von Hanni · 9 Kommentare",
            "-Lesedauer: 7 Minuten",
            ("+Letzten Winter habe ich endlich genug Weiden am Bach hinter dem Haus geschnitten, um einen richtigen "
             "Holzkorb zu flechten, und hier zeige ich euch jeden Schritt."),
        ],
        [
            "-Inhalt",
            "-1. Die Ruten einweichen",
            "-2. Den Boden anlegen",
            "-3. Den Henkel setzen",
        ],
        [
            ("+Getrocknete Weiden müssen vor dem Biegen einweichen: Ich lege die gut anderthalb Meter langen Ruten "
             "etwa eine Woche in den Wassertrog."),
            ("+Meine Lehrerin sagte immer: „Wenn die Rute bricht, sobald du sie um den Daumen biegst, lass sie noch "
             "zwei Tage im Wasser.“"),
            "-Eingeweichte Ruten, gebündelt am Trog.",
            "-Auf Pinterest merken · Anleitung drucken",
        ],
        [
            "+Das braucht ihr",
            "+Etwa achtzig eingeweichte Weidenruten, die meisten anderthalb Meter lang",
            "+Einen Pfriem, ein scharfes Messer und eine Gartenschere",
            "-Werbung",
            "+Ein schweres Brett als Arbeitsunterlage",
        ],
        [
            ("+Für den Boden kreuze ich sechs kurze Stöcke mit sechs weiteren, binde sie mit zwei Flechtruten ein "
             "und spreize sie dann wie die Speichen eines Rades."),
            "-Keine Anleitung mehr verpassen – abonniere Hannis Weidenwerkstatt per RSS oder E-Mail",
            ("+Der Henkel ist eine dicke Rute, die auf beiden Seiten neben einem Staken eingesteckt wird; drei "
             "dünnere Ruten werden darum gedreht und am Rand versteckt."),
        ],
        [
            "-Viel Freude beim Flechten! Eure Hanni",
            "-Für meine Flechtkurse im Frühjahr in der Scheune gibt es noch freie Plätze – mehr auf der Seite Kurse.",
        ],
        [
            "-9 Gedanken zu „Mein erster runder Weidenkorb“",
            "-Gisela aus dem Allgäu: Tolle Fotos, ein runder Boden ist mir noch nie gelungen.",
            "-↳ Hanni: Danke, Gisela, der Trick ist, die Speichen gleichmäßig zu verteilen.",
            "-Jürgen P.: Wie lange muss die Henkelrute im Vergleich einweichen?",
            "-↳ Hanni: Ein, zwei Tage länger, Jürgen, weil sie dicker ist.",
        ],
        [
            "-© 2026 Hannis Weidenwerkstatt · Theme: Neve · Stolz präsentiert von WordPress",
        ],
    ]),
    _page("it", "it-portale-brinapoggio-festa-sculture-di-ghiaccio", [
        [
            "-Accedi · Abbonati · Edicola digitale",
            "-Il Gazzettino di Brinapoggio – Le notizie della valle dal 1911",
            "-Cronaca · Sport · Eventi · Economia · Politica",
        ],
        [
            "+Quaranta tonnellate di ghiaccio trasformano piazza del Mercato in uno zoo",
            "-Di Ginevra Tramontalba · 12 dicembre 2026, ore 19:05",
        ],
        [
            "-Lettura: 3 minuti",
            "-Condividi: Facebook · WhatsApp · Email",
            ("+Dodici scultori arrivati da quattro Paesi hanno trasformato nel fine settimana ottanta blocchi di "
             "ghiaccio in orsi polari, pinguini e un tricheco a grandezza naturale in piazza del Mercato a "
             "Brinapoggio."),
        ],
        [
            ("+I blocchi, da mezza tonnellata ciascuno, sono arrivati venerdì sera da una cella frigorifera di "
             "Verona e sono stati posati con la gru prima dell'alba."),
            "-Uno scultore rifinisce con lo scalpello il becco di un pinguino, sabato mattina. Foto: Gazzettino",
            "-Leggi anche: il mercatino di Natale resta aperto fino alle 21",
            ("+«Il ghiaccio va ascoltato, è lui a dirti dove vuole spaccarsi», racconta Ettore Cristallini, che ha "
             "scolpito il tricheco in undici ore."),
        ],
        [
            "-Pubblicità",
            "-Contenuto sponsorizzato: cinque weekend sulla neve sotto i 300 euro",
        ],
        [
            "+Il programma dei prossimi giorni",
            "+Le sculture restano illuminate ogni sera fino alle 20.",
            ("+Un laboratorio di scultura per bambini, con ghiaccio morbido e attrezzi di legno, si tiene domenica "
             "alle 10."),
            "+La giuria annuncia lunedì a mezzogiorno il vincitore del premio degli scultori.",
            "-Ricevi ogni giovedì la newsletter Eventi: iscriviti gratis",
        ],
        [
            ("+I meteorologi prevedono il disgelo da mercoledì, con temperature fino a otto gradi, e gli "
             "organizzatori invitano le famiglie a venire presto."),
        ],
        [
            ("+Il festival, giunto alla quinta edizione, è finanziato dal Comune e dall'associazione dei "
             "commercianti del mercato."),
            "-Tag: Brinapoggio, sculture di ghiaccio, piazza del Mercato, festa d'inverno",
        ],
        [
            "-8 commenti",
            "-Gianna_62: Il tricheco è stupendo, valeva il viaggio da Bergamo.",
            "-↳ Il Gazzettino di Brinapoggio: Grazie! La fotogallery completa è online.",
            "-Marisa T.: Peccato, il laboratorio era già pieno alle nove.",
            "-↳ Gianna_62: Abbiamo preso gli ultimi due posti, scusate!",
            "-Franco: Speriamo che il disgelo aspetti il fine settimana.",
        ],
        [
            "-Scarica l'app del Gazzettino per iPhone e Android",
            "-© 2026 Il Gazzettino di Brinapoggio. Tutti i diritti riservati.",
        ],
    ]),
    _page("it", "it-blog-il-vimine-di-nives-cesto-tondo", [
        [
            "-Il Vimine di Nives – Cesteria, vimini e intrecci fatti a mano",
            "-Home · Tutorial · Cesti · Corsi · Chi sono",
        ],
        [
            "+Il mio primo cesto tondo in vimini con il manico ritorto",
        ],
        [
            "-Pubblicato il 3 dicembre 2026 da Nives · 9 commenti",
            "-Tempo di lettura: 7 minuti",
            ("+L'inverno scorso ho finalmente tagliato abbastanza vimini dal saliceto dietro casa per fare un vero "
             "cesto per la legna, e qui vi mostro ogni passaggio."),
        ],
        [
            "-Indice",
            "-1. Mettere a bagno i vimini",
            "-2. Impostare il fondo",
            "-3. Montare il manico",
        ],
        [
            ("+Il vimine secco va messo a bagno prima di piegarlo: lascio i rami di un metro e mezzo circa una "
             "settimana nella vasca dell'acqua."),
            ("+La mia maestra ripeteva sempre: «Se il vimine si spezza quando lo pieghi intorno al pollice, lascialo "
             "in acqua altri due giorni.»"),
            "-I vimini ammollati, legati in fasci vicino alla vasca.",
            "-Salva su Pinterest · Stampa il tutorial",
        ],
        [
            "+Cosa serve",
            "+Circa ottanta vimini ammollati, quasi tutti lunghi un metro e mezzo",
            "+Un punteruolo, un coltello affilato e una cesoia da giardino",
            "-Annuncio pubblicitario",
            "+Una tavola pesante su cui lavorare",
        ],
        [
            ("+Per il fondo incrocio sei bastoncini corti con altri sei, li lego con due vimini e poi li apro come i "
             "raggi di una ruota."),
            "-Per non perdere nessun tutorial iscriviti al Vimine di Nives via RSS o email",
            ("+Il manico è un vimine grosso infilato su ogni lato accanto a un montante, intorno al quale si "
             "attorcigliano tre vimini sottili nascosti poi nel bordo."),
        ],
        [
            "-Buon intreccio! Nives",
            ("-Ci sono ancora posti per i miei corsi di cesteria di primavera nel fienile: trovate tutto nella "
             "pagina Corsi."),
        ],
        [
            "-9 pensieri su “Il mio primo cesto tondo”",
            "-Loredana da Udine: Foto bellissime, io un fondo tondo non l'ho mai fatto.",
            "-↳ Nives: Grazie Loredana, il segreto è distanziare bene i raggi.",
            "-Paolo G.: Quanto deve stare a bagno il vimine del manico rispetto agli altri?",
            "-↳ Nives: Un giorno o due in più, Paolo, perché è più grosso.",
        ],
        [
            "-© 2026 Il Vimine di Nives · Tema: Hestia · Realizzato con WordPress",
        ],
    ]),
    _page("pl", "pl-portal-szronowice-festiwal-rzezb-lodowych", [
        [
            "-Zaloguj się · Prenumerata · E-wydanie",
            "-Kurier Szronowicki – Wiadomości z regionu od 1921 roku",
            "-Wiadomości · Sport · Kultura · Biznes · Na sygnale",
        ],
        [
            "+Czterdzieści ton lodu zamieniło Rynek w zoo",
            "-Autor: Jadwiga Mroźnicka · 12 grudnia 2026, 19:05",
        ],
        [
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · WhatsApp · E-mail",
            ("+Dwunastu rzeźbiarzy z czterech krajów zamieniło w weekend na szronowickim Rynku osiemdziesiąt bloków "
             "lodu w niedźwiedzie polarne, pingwiny i morsa naturalnej wielkości."),
        ],
        [
            ("+Bloki, każdy ważący pół tony, przywieziono w piątek wieczorem z chłodni pod Poznaniem i ustawiono "
             "dźwigiem przed świtem."),
            "-Rzeźbiarz dłutem wykańcza dziób pingwina, sobota rano. Fot. Kurier",
            "-Czytaj także: Jarmark bożonarodzeniowy otwarty do 21",
            ("+– Lodu trzeba słuchać, to on mówi, gdzie chce pęknąć – mówi Kazimierz Lodowiczak, który wyrzeźbił "
             "morsa w jedenaście godzin."),
        ],
        [
            "-Reklama",
            "-Materiał sponsorowany: pięć zimowych wyjazdów poniżej 1200 zł",
        ],
        [
            "+Co dalej",
            "+Rzeźby są podświetlane każdego wieczoru do godziny 20.",
            "+Warsztaty rzeźbienia dla dzieci z miękkim lodem i drewnianymi narzędziami odbędą się w niedzielę o 10.",
            "+Jury ogłosi zwycięzcę nagrody rzeźbiarzy w poniedziałek w samo południe.",
            "-Zapisz się na czwartkowy newsletter Kultura – to nic nie kosztuje",
        ],
        [
            ("+Synoptycy zapowiadają odwilż od środy, z temperaturą do ośmiu stopni, dlatego organizatorzy zachęcają "
             "rodziny, by przyszły wcześnie."),
        ],
        [
            "+Festiwal, który odbywa się po raz piąty, finansują gmina i stowarzyszenie kupców z targowiska.",
            "-Tagi: Szronowice, rzeźby z lodu, Rynek, festiwal zimowy",
        ],
        [
            "-8 komentarzy",
            "-Zosia_k: Mors jest niesamowity, warto było przyjechać z Leszna.",
            "-↳ Kurier Szronowicki: Dziękujemy! Cała galeria zdjęć jest już w sieci.",
            "-Bożena: Szkoda, że warsztaty były pełne już o dziewiątej.",
            "-↳ Zosia_k: Dostaliśmy dwa ostatnie miejsca, przepraszam!",
            "-Marek z Rynku: Oby odwilż poczekała do weekendu.",
        ],
        [
            "-Pobierz aplikację Kuriera na iPhone'a i Androida",
            "-© 2026 Kurier Szronowicki. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    _page("pl", "pl-blog-wiklinowy-kacik-teresy-okragly-koszyk", [
        [
            "-Wiklinowy Kącik Teresy – Plecionkarstwo z wikliny i cierpliwości",
            "-Start · Poradniki · Kosze · Warsztaty · O mnie",
        ],
        [
            "+Mój pierwszy okrągły koszyk z wikliny z kręconym uchwytem",
        ],
        [
            "-Opublikowano 3 grudnia 2026 przez Teresę · 9 komentarzy",
            "-Czas czytania: 7 min",
            ("+Zeszłej zimy wreszcie nacięłam dość wikliny nad strumieniem za domem, żeby upleść porządny kosz na "
             "drewno, i pokazuję tu każdy krok."),
        ],
        [
            "-Spis treści",
            "-1. Moczenie witek",
            "-2. Zaplatanie dna",
            "-3. Mocowanie uchwytu",
        ],
        [
            ("+Suchą wiklinę trzeba namoczyć, zanim da się ją zgiąć: półtorametrowe witki trzymam w korycie z wodą "
             "mniej więcej tydzień."),
            ("+Moja nauczycielka zawsze powtarzała: „Jeśli witka pęka, gdy zginasz ją wokół kciuka, zostaw ją w "
             "wodzie jeszcze dwa dni”."),
            "-Namoczone witki związane w pęczki przy korycie.",
            "-Przypnij na Pintereście · Drukuj poradnik",
        ],
        [
            "+Co będzie potrzebne",
            "+Około osiemdziesięciu namoczonych witek, większość długości półtora metra",
            "+Szydło, ostry nóż i sekator",
            "-Zgłoś tę reklamę",
            "+Ciężka deska do pracy",
        ],
        [
            ("+Na dno krzyżuję sześć krótkich patyków z sześcioma kolejnymi, wiążę je dwiema witkami i rozchylam jak "
             "szprychy koła."),
            "-Nie przegap żadnego poradnika – subskrybuj Wiklinowy Kącik Teresy przez RSS lub e-mail",
            ("+Uchwyt to gruba witka wbita z każdej strony obok słupka, wokół której skręca się trzy cieńsze witki i "
             "chowa ich końce w brzegu."),
        ],
        [
            "-Miłego plecenia! Teresa",
            ("-Są jeszcze wolne miejsca na moje wiosenne warsztaty wikliniarskie w stodole – szczegóły na stronie "
             "Warsztaty."),
        ],
        [
            "-9 odpowiedzi na „Mój pierwszy okrągły koszyk”",
            "-Ewa z Podhala: Piękne zdjęcia, okrągłe dno nigdy mi nie wyszło.",
            "-↳ Teresa: Dziękuję, Ewo, sztuka polega na równym rozstawieniu szprych.",
            "-Tomek R.: Jak długo moczyć witkę na uchwyt w porównaniu z innymi?",
            "-↳ Teresa: Dzień albo dwa dłużej, Tomku, bo jest grubsza.",
        ],
        [
            "-© 2026 Wiklinowy Kącik Teresy · Motyw: Blocksy · Wspierane przez WordPress",
        ],
    ]),
    _page("ru", "ru-portal-izmorozyevsk-festival-ledyanyh-skulptur", [
        [
            "-Войти · Подписка · Свежий номер",
            "-Изморозьевский вестник – Новости города и района с 1934 года",
            "-Новости · Спорт · Афиша · Экономика · Происшествия",
        ],
        [
            "+Сорок тонн льда превратили Рыночную площадь в зоопарк",
            "-Автор: Василиса Заиндевелова · 12 декабря 2026, 19:05",
        ],
        [
            "-Время чтения: 3 минуты",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
            ("+Двенадцать скульпторов из четырёх стран за выходные превратили на Рыночной площади Изморозьевска "
             "восемьдесят ледяных блоков в белых медведей, пингвинов и моржа в натуральную величину."),
        ],
        [
            ("+Блоки весом по полтонны каждый привезли в пятницу вечером из холодильного склада под Вологдой и до "
             "рассвета расставили краном."),
            "-Скульптор стамеской доводит клюв пингвина, утро субботы. Фото: «Изморозьевский вестник»",
            "-Читайте также: Новогодняя ярмарка работает до 21:00",
            ("+«Лёд нужно слушать, он сам подскажет, где хочет расколоться», — говорит Прохор Стужецкий, который "
             "вырезал моржа за одиннадцать часов."),
        ],
        [
            "-Реклама",
            "-Партнёрский материал: пять зимних поездок дешевле 30 000 рублей",
        ],
        [
            "+Что дальше",
            "+Скульптуры подсвечивают каждый вечер до 20:00.",
            ("+Детский мастер-класс по резьбе с мягким льдом и деревянными инструментами пройдёт в воскресенье в "
             "10:00."),
            "+Жюри назовёт победителя премии скульпторов в понедельник в полдень.",
            "-Подпишитесь на четверговую рассылку «Афиша» – это бесплатно",
        ],
        [
            ("+Синоптики обещают оттепель со среды, до восьми градусов тепла, поэтому организаторы советуют семьям "
             "прийти пораньше."),
        ],
        [
            "+Фестиваль проходит в пятый раз, его оплачивают администрация города и ассоциация торговцев рынка.",
            "-Теги: Изморозьевск, ледяные скульптуры, Рыночная площадь, зимний фестиваль",
        ],
        [
            "-8 комментариев",
            "-Галина_С: Морж потрясающий, ради него стоило ехать из Череповца.",
            "-↳ Изморозьевский вестник: Спасибо! Полная фотогалерея уже на сайте.",
            "-Николай П.: Жаль, мастер-класс был заполнен уже к девяти.",
            "-↳ Галина_С: Мы взяли два последних места, простите!",
            "-Степаныч: Лишь бы оттепель подождала до выходных.",
        ],
        [
            "-Скачайте приложение «Изморозьевского вестника» для iPhone и Android",
            "-© 2026 «Изморозьевский вестник». Все права защищены.",
        ],
    ]),
    _page("ru", "ru-blog-lozovaya-korzinka-agafyi-kruglaya-korzina", [
        [
            "-Лозовая корзинка Агафьи – Плетение из ивы своими руками",
            "-Главная · Уроки · Корзины · Мастер-классы · Обо мне",
        ],
        [
            "+Моя первая круглая корзина из лозы с витой ручкой",
        ],
        [
            "-Опубликовано 3 декабря 2026 автором Агафья · 9 комментариев",
            "-Время чтения: 7 минут",
            ("+Прошлой зимой я наконец нарезала достаточно ивы у ручья за домом, чтобы сплести настоящую корзину для "
             "дров, и здесь показываю каждый шаг."),
        ],
        [
            "-Содержание",
            "-1. Замачиваем прутья",
            "-2. Плетём донце",
            "-3. Ставим ручку",
        ],
        [
            ("+Сухую лозу перед плетением нужно замочить: полутораметровые прутья я держу в корыте с водой около "
             "недели."),
            ("+Моя учительница всегда повторяла: «Если прут ломается, когда сгибаешь его вокруг большого пальца, "
             "оставь его в воде ещё на два дня»."),
            "-Замоченные прутья, связанные в пучки у корыта.",
            "-Сохранить в Pinterest · Распечатать урок",
        ],
        [
            "+Что понадобится",
            "+Около восьмидесяти замоченных прутьев, в основном длиной полтора метра",
            "+Шило, острый нож и секатор",
            "-Пожаловаться на рекламу",
            "+Тяжёлая доска, на которой удобно работать",
        ],
        [
            ("+Для донца я крест-накрест складываю шесть коротких палочек с шестью другими, оплетаю их двумя "
             "прутьями и развожу, как спицы колеса."),
            "-Чтобы не пропустить новые уроки, подпишитесь на «Лозовую корзинку Агафьи» по RSS или почте",
            ("+Ручка – это толстый прут, воткнутый с каждой стороны рядом со стойкой, вокруг которого закручивают "
             "три тонких прута и прячут их концы в загибке."),
        ],
        [
            "-Удачного плетения! Ваша Агафья",
            ("-Есть ещё места на мои весенние мастер-классы по лозоплетению в амбаре – подробности на странице "
             "«Мастер-классы»."),
        ],
        [
            "-9 комментариев к записи «Моя первая круглая корзина»",
            "-Марина из Твери: Чудесные фото, у меня круглое донце никогда не получалось.",
            "-↳ Агафья: Спасибо, Марина, секрет в том, чтобы ровно расставить спицы.",
            "-Алексей В.: Сколько замачивать прут для ручки по сравнению с остальными?",
            "-↳ Агафья: На день-два дольше, Алексей, он ведь толще.",
        ],
        [
            "-© 2026 Лозовая корзинка Агафьи · Тема: Twenty Twenty-Four · Работает на WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-withy-shed-round-willow-basket":
        ("the willow-basket blog's post keeps the photo caption ('Soaked rods tied in bundles by the trough.') "
         "after the paragraph with the quote in their block of four (1 of 20 noise lines); no article line is lost"),
    "fr-blog-l-osier-de-solene-panier-rond":
        ("the willow-basket blog's post keeps the photo caption ('Les brins trempés, liés en bottes près de "
         "l'abreuvoir.') after the paragraph with the quote in their block of four (1 of 20 noise lines); no "
         "article line is lost"),
    "de-blog-hannis-weidenwerkstatt-runder-korb":
        ("the willow-basket blog's post keeps the photo caption ('Eingeweichte Ruten, gebündelt am Trog.') after "
         "the paragraph with the quote in their block of four (1 of 20 noise lines); no article line is lost"),
    "it-blog-il-vimine-di-nives-cesto-tondo":
        ("the willow-basket blog's post keeps the photo caption ('I vimini ammollati, legati in fasci vicino alla "
         "vasca.') after the paragraph with the quote in their block of four (1 of 20 noise lines); no article "
         "line is lost"),
    "pl-blog-wiklinowy-kacik-teresy-okragly-koszyk":
        ("the willow-basket blog's post keeps the photo caption ('Namoczone witki związane w pęczki przy "
         "korycie.') after the paragraph with the quote in their block of four (1 of 20 noise lines); no article "
         "line is lost"),
    "ru-blog-lozovaya-korzinka-agafyi-kruglaya-korzina":
        ("the willow-basket blog's post keeps the photo caption ('Замоченные прутья, связанные в пучки у корыта.')"
         " after the paragraph with the quote in their block of four (1 of 20 noise lines); no article line is "
         "lost"),
}

test_held_out_211_line, test_held_out_211_line_is_kept, test_held_out_211_page = held_out_tests(
    HELD_OUT_211_LINES, HELD_OUT_211_KEEP, HELD_OUT_211_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
