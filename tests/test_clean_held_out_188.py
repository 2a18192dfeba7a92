"""Held-out set 188: written blind, weighted toward the noise the cleaner exists for, in shapes set 186's docstring does
not name (nor the first paragraphs of sets 183, 184 and 185): scraper, embed and ad markers (an English Infogram chart
stuck loading with a check-your-connection hint "Infogram chart is still loading… If it does not appear, check your
connection and reload the page.", an English bracketed Buzzsprout player behind a marketing-cookie wall "[Buzzsprout
episode player – accept marketing cookies to listen to this episode]", an English Instagram post from an account gone
private "This Instagram post could not be displayed because the account is now private.", a French Genially content
behind a social-cookies consent "Contenu Genially indisponible : acceptez les cookies « Réseaux sociaux » pour
l'afficher.", a German Podigee player hidden until the reader consents with a click "Inhalt von Podigee ausgeblendet –
mit einem Klick auf „Laden“ stimmen Sie der Datenübertragung zu.", the Italian Google Maps load error with its
are-you-the-owner question "Questa pagina non carica correttamente Google Maps. Sei il proprietario di questo sito
web?", a Polish Vimeo film whose owner limited embedding to chosen sites "Film z Vimeo jest niedostępny – właściciel
ograniczył jego osadzanie do wybranych stron." and a Russian Yandex Music player that did not load, pointing to the
service's site "Плеер Яндекс Музыки не загрузился. Слушайте выпуск на music.yandex.ru"); reading-time headers in new
wordings (the English hyphenated a-4-minute-read label "A 4-minute read", a blog's read-length grade "Read length: long
· 15 min", the French newspaper label "Lecture 4 min.", the German this-article-is-read-in line "Dieser Artikel ist in
etwa 4 Minuten gelesen.", the Italian minutes-of-reading label "4 minuti di lettura", the Polish reading-will-take-you
line "Przeczytanie zajmie Ci około 4 minut." and the Russian is-read-in label "Читается за 4 минуты"); bylines and
self-promotion (an English Local Democracy Reporting Service byline "Imogen Thackwhistle, Local Democracy Reporting
Service", an English contributed-by byline with a civic society "Contributed by Alwyn Spratteridge of the Civic
Society", an Italian report-by byline "Servizio di Ottavina Ruspandelli" and a Polish reporter-label byline "Reporterka:
Grażyna Wróblichowska", all at the head, and at the foot an English Folksy washboards plug "My washboards are on Folksy,
made to order in about three weeks.", a French Leboncoin straw-dolls plug with hand-over in person "Mes poupées de
paille sont aussi sur Leboncoin, remise en main propre possible.", a German eBay crumhorns plug with DHL shipping or
pick-up "Meine Krummhörner gibt es auch bei eBay – Versand mit DHL oder Abholung in der Werkstatt." and a Russian
sign-up-for-my-workshop plug through a VK group "Записаться на мастер-класс по изготовлению свечей можно через мою
группу ВКонтакте."); blog and site footers (an English Squarespace credit with cookie-settings and log-in links "Powered
by Squarespace · Cookie settings · Log in", an English company-registration line with the registered office "Registered
in England and Wales No. 04837216 · Registered office: 14 Quay Street", the English Blogger Simple-theme credit "Simple
theme. Theme images by luoman. Powered by Blogger.", a French hosting-provider line of the legal notice "Hébergeur : OVH
SAS, 2 rue Kellermann, 59100 Roubaix", a German an-offer-of-the-publisher line "Ein Angebot der Kornhaldener
Verlagsgesellschaft mbH & Co. KG", an Italian court-registration line of a newspaper "Registrazione presso il Tribunale
di Treviso n. 412 del 3 marzo 1998", a Polish editor-in-chief and press-register line "Redaktor naczelna: Jadwiga
Pokrzywołęcka · Rejestracja w Sądzie Okręgowym w Kielcach pod nr Pr 1734" and a Russian mass-media
registration-certificate line "Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором"); reader-comment
furniture (an English community-guidelines line "Community guidelines: be kind, stay on topic, no personal attacks.", an
English comment count with a comments-RSS link "12 comments · RSS feed for comments on this post", an English
deleted-by-a-moderator stub "This comment was deleted by a moderator.", a French reply-report-like action row "Répondre
· Signaler · 3 J'aime", a German netiquette-acceptance note under the form "Mit dem Absenden Ihres Kommentars
akzeptieren Sie unsere Netiquette.", an Italian anonymous-user meta row with likes "Utente anonimo · 2 giorni fa · Mi
piace 7", a Polish reply-report-likes action row "Odpowiedz · Zgłoś naruszenie · 5 polubień" and a Russian comment-box
keyboard hint "Нажмите Enter, чтобы отправить, Shift+Enter — перенос строки"); share rows (an English
Bluesky-Threads-Signal row "Post to Bluesky · Share to Threads · Send on Signal", a French share row with Bluesky and a
print link "Partager sur : Bluesky · Messenger · LinkedIn · Imprimer" and a Russian share row with Dzen and Max
"Поделиться: ВКонтакте · Дзен · Max"); and notices (a German transparency note on the author's membership of the paying
club "Transparenzhinweis: Die Autorin ist Mitglied des Heimatvereins, der die Arbeiten bezahlt hat." and an Italian
first-published-in-2019 editor's note "Nota della redazione: questo articolo è stato pubblicato per la prima volta nel
2019.", both in the body, and a Polish reprinted-with-permission note "Przedruk za zgodą autora i redakcji kwartalnika
regionalnego." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 186's docstring does not
describe (on the six portal pages, in eight blocks, the masthead, the section menu and a breadcrumb above the title and
the reading time under it in one block of five at the very top, the title fourth; the byline and the date line alone in
a block of two under it; the first and second paragraphs in one block of three with a read-more link between them; the
paragraph with the quote at the top of a block of four with the photo caption, its credit and a bare ad label after it;
the subheading and the three rows with a sponsored headline between the subheading and the first row, inside the list
block (a block of five); the two last paragraphs in one block of four with a share row and a follow-us prompt between
them; at the foot two blocks, five lines of a comment thread (a comments count, a comment, a second reader's arrowed
reply to it, a third reader's comment and the reporter's arrowed reply, answering the second reader on the English and
Russian pages and the third on the others) and then a links row and the publisher's copyright line; on the six blog
pages, in nine blocks, the blog name alone in a block of one; the menu above the title and the posted-on-by line under
it in one block of three; the reading time and a table of contents (its heading and two numbered entries) at the top of
the first paragraph's block (a block of five); the second paragraph and the paragraph with the quote in one block of
three with a photo caption between them; a subscribe prompt alone in a block of one between the quote and the
subheading; the subheading and the three rows with an affiliate link after the third row, inside the list block (a block
of five); the two last paragraphs in one block of five with a related-post link between them and the author's sign-off
and a plug for the author's wares or workshops after the second; a share row at the top of five lines of a thread (the
share row, a comments count, a comment, the author's arrowed reply and a second comment left unanswered); and at the
foot the author's copyright line and a platform-and-theme credit), taken from local news of fresh kinds (a pier clock
mended, a street of old shambles repaved, a hedge laying match, a ducking stool replica shown in a town museum, a
whalebone arch restored, a turnpike toll gate keeper's cottage restored) and from blogs about a washboard for a skiffle
band, a hang drum from a gas bottle, a crumhorn, a corn dolly, cold-process soap and rushlights.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 186 but what is named here), held-out set 187 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 186 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 183, 184 and 185, printed with one ast script (/tmp/s188scratch/peek.py,
reading the files of /tmp/wt-s188/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s188); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s188scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 186's as
printed, with 186 -> 188; /tmp/s188scratch/gen188.py writes this file from scratch files (data188.py with the noise and
keep lines, pages188.py with the pages, doc_parts.py with the docstring and, after the measurement, tables188.py with
the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s188, detached at commit 8200ff76e42546e1679f7ccd8521072dab7c8155, the commit the brief named)
and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 14:59:24 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
8200ff76e42546e1679f7ccd8521072dab7c8155 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed; the project's dependencies were already installed and
nothing was installed. (2) peek.py printed set 186's docstring paragraphs (split on blank lines) up to and including the
one starting "Baseline", set 186's import lines, its tail from the line of the module-level ``_LINE_XFAIL`` assignment
node to the end, and the first paragraphs of sets 183, 184 and 185. Its first run printed to the terminal, which the
tool cut in the middle (it showed the first 130 lines, from set 183's first paragraph into set 184's, and the last
lines, from inside set 186's Baseline paragraph to the end of its tail, all allowed parts); the second run went to
/tmp/s188scratch/peek.out (502 lines, all of them allowed parts), of which I paged lines 125 to 345 with ``sed`` (the
rest of set 184's and all of set 185's first paragraphs, and set 186's first paragraph, Protocol, "Slips and notes",
"Judgement calls", "Contents" and the start of "Baseline"); nothing else of any set file was printed. (3) Before writing
I compared my wordings with the ones the read docstrings name, by eye: where a first draft came close to a named shape I
changed it (an English blog's long-read-ahead warning, close to the settle-in and fair-warning lines of sets 183 and
186, became the read-length grade "Read length: long · 15 min"; an Italian first-published-and-updated-today note, close
to set 184's Italian updated-with-the-council's-reply note, lost its update; an English keep line on copyright in old
postcards, close to set 186's keep line on copyright in old photographs, became the line on the guidebook's copyright
running out); the blogs' first block, the blog name and its menu in one block of two as on set 186's blogs, became the
blog name alone with the menu moved above the title. The page reading times, links rows and copyright lines are ordinary
page furniture, not held-out lines. (4) Every invented name was checked with the ``find_string`` tool (exact string,
case-insensitive, over public GitHub files): Puffingcombe, Puffingcombe Tidings, Sprottwhistle, Barnacott, Thackwhistle,
Spratteridge, Rubboard Rattle, Scrubwhistle, Ivo Scrubwhistle, Washday Skifflers, Vaucressonne, Tuilemoutte, Grivoteau,
Pécardin, Le Hang de Maëlys, Val de Cresse, Heckenbrunn, Schlehenbach, Weidengrub, Pfeiferling, Schnarrwerk,
Kornhaldener, Mühlweg Medien, Guazzalto, Scarpazzoni, Bagnarotti, Covonelli, Ruspandelli, Spighe Intrecciate,
Wielorybice, Głos Wielorybic, Fiszbinowska, Żebrowiecki, Mydlarnia na Poddaszu, Szumowarka, Wróblichowska,
Pokrzywołęcki, Верстоглядов, Будочникова, Ферапонт Дорожкин, Ситниковый огонёк, Фитилькова, Coastline Community Media
and the handles ShrimpNetSue, Jeannot71, Pierrot des Halles, Gartenfreund62, Landwirt_Bernd, Blockflöten-Kalle,
Carla_Guazz and rybak_z_portu gave no hit (the feminine Pokrzywołęcka and the declined Szumowarkę are forms of checked
names). Dropped for hits: Tumblewash (a company's name), Mangle Street (a phrase in code comments), Śledziew (inside
surnames), Pianeczka (a word in a list), Pokrzywnicki (a surname), Лучинкина (a surname) and the handle Harbourside Gran
(inside "Harbourside Grand Prix"). I also looked up "Medien GmbH" (a generic phrase, many hits; not used alone). Plain
first names and initials of commenters (Len B., Lili V., Hilde K., Gino P., Ewa M., Kasia_W and the like), the
sign-offs' first names and the generic Pier Gran, Skiffle Pete, Nonna Pina and Старожил were not looked up. Real
services, companies and places (Infogram, Buzzsprout, Instagram, Genially, Podigee, Google Maps, Vimeo, Yandex Music,
Folksy, Leboncoin, eBay, DHL, VK, Squarespace, Blogger, OVH, WordPress, Kadence, Astra, Blocksy, Amazon, Allegro, Ozon,
Ярмарка Мастеров, Bluesky, Threads, Signal, Messenger, LinkedIn, Dzen, Max, the Local Democracy Reporting Service,
Roskomnadzor, the courts of Treviso and Kielce, Roubaix) are named as real pages name them. (5)
/tmp/s188scratch/check.py checked the counts (categories, languages and the categories per language, places, keep lines,
10 article and 20 noise lines on each page) and, case-insensitively, that no noise line (the 45 lines and the 240 page
noise lines) is inside any article line, keep line or other noise line, that no line repeats and that no line has an
at-sign. Its first run found 2 such cases: the German ad label "Anzeige" inside the German plug (then on Kleinanzeigen,
which became eBay) and the Polish portal's date line "12.03.2026, 06:00" inside the German portal's date line (the
Polish one became "12.03.2026 r., godz. 6:00"); I had already replaced the German menu's death-notices item
("Traueranzeigen", which holds "Anzeige") and the Italian ad label "Pubblicità" (inside an Italian keep line) by
"Trauer" and "Annuncio pubblicitario" before that run; its second run found none. gen188.py asserts no line of this file
is over 120 columns, and a round trip (roundtrip.py: ast.literal_eval of the written lists and page blocks) gave back
the scratch data. (6) The file measured was this one with the three xfail tables empty and without the Baseline
paragraph and notes (6) and (7); it was copied to /tmp/wt-s188/tests and the brief's one shell call was run once, at
15:05:24 UTC by ``date``. Then /tmp/s188scratch/problems.py (importing the copy in /tmp/wt-s188/tests with
/tmp/wt-s188/src on the path) printed ``_problems`` of every failing case, and the 20 failing cases were entered as
strict xfails (tables188.py). After the measurement only the xfail tables and this docstring (the Baseline paragraph and
these notes) changed; gen188.py rewrote the file from the same data188.py and pages188.py, and roundtrip.py checked that
the lists and pages are unchanged. (7) Clock: started 14:59:24 UTC, measured 15:05:24 UTC, the xfail tables and the
Baseline written by about 15:08 UTC, well inside the brief's 50 minutes (the clock of this machine is what ``date``
printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (a harbour master's comments read out at a meeting, a ferry company's share prices, a council moving generators
after complaints, subscribers to a village newsletter voting on benches, the copyright on an old guidebook running out,
advertising hoardings coming down, volunteers reading a rate book, reading an inscription after cleaning, pupils'
comments and drawings shown at a town hall, market gardeners who have held a pitch for thirty years, the consequences of
a storm for fruit trees, subscribers to a parish paper getting a calendar, an old chronicler reading an inscription,
tourists' comments, a band sharing a hall with a choir, old advertising posters found behind a counter, opening town
hall cellars to visitors, subscribers to a quarterly getting a map reprint, museum specialists' comments helping restore
a pattern and signing up for a tour in a library); none of them is share, subscribe, follow, comment, ad, reading-time
or copyright furniture. Categories: the eight embed lines are markers (each stands where an embed of the page did not
come through; the stuck chart, the cookie-walled and consent-hidden players, the private account, the Google Maps error,
the embedding limit and the failed Yandex player are the embed's failure, not notices about the article); the
read-length grade is a reading time (it gives the length in minutes, with a grade); the Local Democracy Reporting
Service line, the contributed-by line, the Italian report-by line and the Polish reporter label are bylines at the head,
and the Folksy, Leboncoin, eBay and VK-workshop lines are bylines (self-promotion) at the foot (each sells the author's
wares or workshops); the Squarespace and Blogger credits, the company-registration line, the French hosting line, the
German an-offer-of line, the Italian court registration, the Polish editor-and-register line and the Russian
registration certificate are footers (legal or platform lines printed on every page, not bylines of the article); the
guidelines line, the comment count with its RSS link, the deleted stub, the two action rows, the netiquette note, the
anonymous meta row and the keyboard hint are comment furniture; the English, French and Russian rows are share rows (the
print link belongs to the French row); the German transparency note and the Italian first-published note are notices in
the body (both speak of the article they sit in), and the Polish reprint note is a notice at the foot (it speaks of the
text's source; not a footer, since it is printed under this article only). On every page the title, the three paragraphs
before the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are
article; everything else (mastheads, menus, breadcrumbs, reading times, bylines, date lines, read-more links, captions
and credits, ad labels, sponsored headlines, share rows, follow prompts, comment counts, comments and replies, links
rows, copyright lines, blog names, posted-on lines, tables of contents, subscribe prompts, affiliate links, related-post
links, sign-offs, plugs and platform credits) is noise. The list rows (what was done to the clock, the paving, the
hedge, the replica, the arch and the cottage, and what went into the washboard, the hang drum, the crumhorn, the corn
dolly, the soap and the rushlights) are short but part of each article, so article; the sponsored headlines are noise
though they sit between the subheading and the first row of the portals; the share rows and follow prompts are noise
though they sit between the two last paragraphs of the portals; the read-more links are noise though they sit between
the first and second paragraphs; the affiliate links name a tool the author used but are shop links, so noise though
they sit inside the list block; the related-post links are noise though they sit between the two last paragraphs of the
blogs; the blogs' plugs ("Custom washboards with your band's name painted on the frame are in my shop." and the like)
speak in the author's voice but sell, so noise; the sign-offs ("Keep scrubbing, Ivo" and the like) close the post in the
author's voice but are a signature, so noise; the tables of contents (a heading and two numbered entries) are
navigation, so noise though they sit right before the first paragraph; the arrowed replies in the threads are comment
furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, an Italian and a Polish one), body 10 (the eight markers and two
notices: German and Italian), tail 24 (four plugs: an English, a French, a German and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-puffingcombe-pier-clock (the clock
over a pier's entrance, stuck for three winters, mended by a retired clockmaker), en-blog-rubboardrattle-washboard (a
washboard of reclaimed zinc with a cowbell for a skiffle band), fr-portail-vaucressonne-vieilles-boucheries (the lane of
the old butchers' stalls repaved with its own sandstone setts), fr-blog-hang-de-maelys-tambour (a hang drum hammered
from an empty gas bottle), de-portal-heckenbrunn-heckenlegen (a first hedge laying match of twelve teams on a mill
lane), de-blog-schnarrwerk-krummhorn (a crumhorn of maple bored and steam-bent), it-portale-guazzalto-sedia-tuffo (a
replica of the medieval ducking stool shown in a town museum), it-blog-spighe-intrecciate-bambola (a corn dolly plaited
from old wheat straw), pl-portal-wielorybice-brama (a whalebone arch by a promenade restored and put back),
pl-blog-mydlarnia-na-poddaszu-mydlo (a cold-process olive and lavender soap),
ru-portal-verstoglyadovo-domik-shlagbaumshchika (a turnpike toll gate keeper's wooden cottage restored as a museum) and
ru-blog-sitnikovyi-ogonyok-svechi (rushlights of rush pith dipped in tallow), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 8200ff76e42546e1679f7ccd8521072dab7c8155, measured with ``cd /tmp/wt-s188 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s188/src python -m pytest -q tests/test_clean_held_out_188.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s188 && PYTHONPATH=/tmp/wt-s188/src python
scripts/clean_held_out_report.py --sets 188``, with the xfail tables empty, at 15:05:24 UTC by ``date``): noise lines
removed 37/45 (marker 6/8, reading-time 6/7, byline 5/8, footer 8/8, comments 8/8, share 3/3, notice 1/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: two markers in the body (the English bracketed Buzzsprout
placeholder and the Italian Google Maps error), one reading time at the head (the Polish reading-will-take-you line),
one byline at the head (the English contributed-by line), two plugs at the foot (the German eBay and Russian VK-workshop
lines) and two notices in the body (the German transparency note and the Italian first-published note); the English
Infogram and Instagram, French Genially, German Podigee, Polish Vimeo and Russian Yandex Music markers, the other six
reading times, the English Local Democracy Reporting Service, Italian report-by and Polish reporter bylines at the head,
the English Folksy and French Leboncoin plugs at the foot, all eight footers, all eight comment lines, every share row
and the Polish reprint note went); keep lines kept 20/20; pages 0/12 clean, 14 of 240 page noise lines left and 1 of 120
article lines lost. Left: on the English, French, German, Italian and Russian portal pages the photo caption right after
the paragraph with the quote (1 each); on the French hang-drum, German crumhorn, Polish soap and Russian rushlight blogs
the photo caption between the second paragraph and the quote (1 each); on the English washboard blog that caption and
the subscribe prompt alone between the quote and the subheading (2); on the Italian corn-dolly blog the caption, the
sign-off and the plug after the last paragraph (3). Lost: the Polish whalebone-arch story loses its paragraph with the
quote ("Konserwator Teofil Żebrowiecki mówi: „Kość jest jak drewno, trzeba ją najpierw powoli wysuszyć.”", at the top of
the block with the photo caption, its credit and the ad label) and keeps none of its noise; no other page and no keep
line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s188 gave 57 passed, 20 xfailed, no XPASS.

Measured after round 124 (developed on sets 185 and 186 beside this set's writing from the same base, 8200ff7, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 6022712, the round
with the lead's review): nothing moved. Round 124's readings (a reader thread of "Name I. · text" rows under its count,
an advertisement of the past kept at the foot, a programme's telling in the future kept over the share row) do not
reach the Polish portal's quote paragraph, still lost, the English blog's subscribe prompt or the Italian blog's
sign-off and course plug; every other page keeps a photo caption. Its lines and pages are as measured and none of its
xfail entries is removed. Noise lines 37 of 45, keep 20 of 20, pages clean 0 of 12, page noise lines left 14 of 240,
article lines lost 1 of 120.

Round 125 (development; this set was read in full from this round on): the round gave back the three lost article lines
of sets 187 and 188 with three readings. (1) page_blocks._is_taken_sign_off and _article_among_furniture: the writer's
sign-off another pass took (the edge-line model here), one that names the writer (_SIGN_OFF_WITH_NAME, names_the_writer,
no letter's close), under every line the rules left in a block after the body, counts as the post's furniture, so the
two last paragraphs above it, the plug and the share row stay (set 187's de-blog-zupfwerkstatt-maultrommel). (2)
mark_block_remnants: the last article line that _article_among_furniture keeps in a widget's block after the last prose
block (the article resumed) marks a widget's block above it as inside the body: its prose paragraph that reads as the
article's stays, its short furniture is still swept (set 188's pl-portal-wielorybice-brama keeps its quote paragraph and
loses its caption; its de-portal-heckenbrunn-heckenlegen's caption 'Die Teams bei der Arbeit am Mühlweg.' now goes with
the block too). (3) whole_line_noise's social-follow row: the page's own name, capitalised after 'the', as the one to
follow on a network ('Follow the Courier on Facebook for more village news'), so the closing pair under the tags is seen
and set 187's en-portal-dunnockwold-quoits-pitch keeps its last paragraph; the same reading cleans set 178's
en-portal-thrumbleton-ice-house and set 182's en-portal-hobbleford-kissing-gate (their xfails removed) and takes set
175's 'Follow the Echo on Facebook for updates on rights of way.' (its reason reworded: 2 of 20 noise lines left). No
tail or head start moves earlier: every change keeps lines or takes a short prompt or caption. Tests:
tests/test_clean.py test_round_125_* (10). All sets (clean_held_out_report.py, before at c6b0180 -> after): noise lines
7334/8131 -> 7334/8131, keep 3607/3607 -> 3607/3607, pages clean 1237/2134 -> 1243/2134, page noise lines left 1819 ->
1815 of 44400, paragraphs lost 6 -> 2; no set's kept lines drop and no page's lost paragraphs rise. SemEval: 0 changed
files of 3723. Bench (bench_clean.py against c6b0180): ratio 0.94 (3.513 s best vs 3.729 s). Cleaning test set (the gate
command, on the final code): 22793 passed, 1718 xfailed, no XPASS, in 925 s. This set before -> after: noise lines 37/45
-> 37/45 (marker 6/8, reading-time 6/7, byline 5/8, footer 8/8, comments 8/8, share 3/3, notice 1/3, unchanged), keep
20/20 -> 20/20, pages clean 0/12 -> 2/12, page noise lines left 14 -> 13 of 240, article lines lost 1 -> 0 of 120; the
xfails of pl-portal-wielorybice-brama and de-portal-heckenbrunn-heckenlegen are removed. Still missed (the round had no
time left for the brief's items 2 to 4): the eight lines of _LINE_XFAIL (the Buzzsprout placeholder is one service's
embed, left on purpose), the photo captions after the quote or the second paragraph on the other ten pages, the English
washboard blog's never-miss subscribe prompt and the Italian corn-dolly blog's sign-off and course plug.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_188_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Infogram chart is still loading… If it does not appear, check your connection and reload the page.', 'marker'),
    ('body', '[Buzzsprout episode player – accept marketing cookies to listen to this episode]', 'marker'),
    ('body', 'This Instagram post could not be displayed because the account is now private.', 'marker'),
    ('body', "Contenu Genially indisponible : acceptez les cookies « Réseaux sociaux » pour l'afficher.", 'marker'),
    ('body',
     'Inhalt von Podigee ausgeblendet – mit einem Klick auf „Laden“ stimmen Sie der Datenübertragung zu.', 'marker'),
    ('body', 'Questa pagina non carica correttamente Google Maps. Sei il proprietario di questo sito web?', 'marker'),
    ('body', 'Film z Vimeo jest niedostępny – właściciel ograniczył jego osadzanie do wybranych stron.', 'marker'),
    ('body', 'Плеер Яндекс Музыки не загрузился. Слушайте выпуск на music.yandex.ru', 'marker'),
    ('head', 'A 4-minute read', 'reading-time'),
    ('head', 'Read length: long · 15 min', 'reading-time'),
    ('head', 'Lecture 4 min.', 'reading-time'),
    ('head', 'Dieser Artikel ist in etwa 4 Minuten gelesen.', 'reading-time'),
    ('head', '4 minuti di lettura', 'reading-time'),
    ('head', 'Przeczytanie zajmie Ci około 4 minut.', 'reading-time'),
    ('head', 'Читается за 4 минуты', 'reading-time'),
    ('head', 'Imogen Thackwhistle, Local Democracy Reporting Service', 'byline'),
    ('head', 'Contributed by Alwyn Spratteridge of the Civic Society', 'byline'),
    ('head', 'Servizio di Ottavina Ruspandelli', 'byline'),
    ('head', 'Reporterka: Grażyna Wróblichowska', 'byline'),
    ('tail', 'My washboards are on Folksy, made to order in about three weeks.', 'byline'),
    ('tail', 'Mes poupées de paille sont aussi sur Leboncoin, remise en main propre possible.', 'byline'),
    ('tail', 'Meine Krummhörner gibt es auch bei eBay – Versand mit DHL oder Abholung in der Werkstatt.', 'byline'),
    ('tail', 'Записаться на мастер-класс по изготовлению свечей можно через мою группу ВКонтакте.', 'byline'),
    ('tail', 'Powered by Squarespace · Cookie settings · Log in', 'footer'),
    ('tail', 'Registered in England and Wales No. 04837216 · Registered office: 14 Quay Street', 'footer'),
    ('tail', 'Simple theme. Theme images by luoman. Powered by Blogger.', 'footer'),
    ('tail', 'Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix', 'footer'),
    ('tail', 'Ein Angebot der Kornhaldener Verlagsgesellschaft mbH & Co. KG', 'footer'),
    ('tail', 'Registrazione presso il Tribunale di Treviso n. 412 del 3 marzo 1998', 'footer'),
    ('tail',
     'Redaktor naczelna: Jadwiga Pokrzywołęcka · Rejestracja w Sądzie Okręgowym w Kielcach pod nr Pr 1734', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ Эл № ФС77-81234 выдано Роскомнадзором', 'footer'),
    ('tail', 'Community guidelines: be kind, stay on topic, no personal attacks.', 'comments'),
    ('tail', '12 comments · RSS feed for comments on this post', 'comments'),
    ('tail', 'This comment was deleted by a moderator.', 'comments'),
    ('tail', "Répondre · Signaler · 3 J'aime", 'comments'),
    ('tail', 'Mit dem Absenden Ihres Kommentars akzeptieren Sie unsere Netiquette.', 'comments'),
    ('tail', 'Utente anonimo · 2 giorni fa · Mi piace 7', 'comments'),
    ('tail', 'Odpowiedz · Zgłoś naruszenie · 5 polubień', 'comments'),
    ('tail', 'Нажмите Enter, чтобы отправить, Shift+Enter — перенос строки', 'comments'),
    ('tail', 'Post to Bluesky · Share to Threads · Send on Signal', 'share'),
    ('tail', 'Partager sur : Bluesky · Messenger · LinkedIn · Imprimer', 'share'),
    ('tail', 'Поделиться: ВКонтакте · Дзен · Max', 'share'),
    ('body', 'Transparenzhinweis: Die Autorin ist Mitglied des Heimatvereins, der die Arbeiten bezahlt hat.', 'notice'),
    ('body', 'Nota della redazione: questo articolo è stato pubblicato per la prima volta nel 2019.', 'notice'),
    ('tail', 'Przedruk za zgodą autora i redakcji kwartalnika regionalnego.', 'notice'),
]

HELD_OUT_188_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the harbour master were read out at the start of Tuesday's meeting."),
    ('head', 'Share prices of the ferry company barely moved after the announcement.'),
    ('body', "Following complaints about noise, the council moved the market's generators to the car park."),
    ('body', 'Subscribers to the village newsletter were asked to vote on the colour of the new benches.'),
    ('tail', "Copyright on the town's old guidebook ran out last year, so the civic society is reprinting it."),
    ('tail', 'Advertising hoardings along the bypass will come down when the contract ends in June.'),
    ('tail', 'Reading the 1890 rate book, volunteers found the name of the first toll keeper.'),
    ('head', "Lire l'inscription gravée sur la pierre a demandé plusieurs heures de nettoyage."),
    ('body', "Commentaires et dessins des écoliers seront exposés dans le hall de la mairie jusqu'en avril."),
    ('tail', 'Abonnés depuis trente ans au marché couvert, les maraîchers ont obtenu un nouvel emplacement.'),
    ('head', 'Folgen hatte der Sturm vor allem für die Obstbäume am Dorfrand.'),
    ('body', 'Abonnenten der Gemeindezeitung erhalten den Kalender in diesem Jahr kostenlos.'),
    ('tail', 'Lesen konnte die Inschrift am Ende nur noch der 91-jährige Ortschronist.'),
    ('head', 'Commenti entusiasti sono arrivati dai turisti che hanno visto il lavoro finito.'),
    ('body', 'Condividere la sala con il coro ha convinto la banda a rinunciare alla vecchia sede.'),
    ('tail', "Pubblicità e manifesti dell'epoca sono stati ritrovati dietro il vecchio bancone."),
    ('head', 'Udostępnienie piwnic ratusza zwiedzającym planowane jest na wiosnę.'),
    ('tail', 'Prenumeratorzy kwartalnika dostaną w prezencie reprint mapy z 1910 roku.'),
    ('head', 'Комментарии специалистов из областного музея помогли восстановить узор наличников.'),
    ('tail', 'Подписаться на экскурсию к домику смотрителя можно в районной библиотеке.'),
]

HELD_OUT_188_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-puffingcombe-pier-clock', [
        [
            '-Puffingcombe Tidings',
            "-News · Sport · What's On · Tides · Obituaries",
            '-Home › News › Seafront',
            '+Pier clock ticks again after three silent winters',
            '-3 min read',
        ],
        [
            '-By Wilhelmina Sprottwhistle, Seafront Reporter',
            '-Thursday 12 March 2026, 6:00 am',
        ],
        [
            '+The clock above the pier entrance is keeping time again after three winters stuck at twenty past four.',
            '-Read more: Beach huts to get new numbers before Easter',
            '+Salt spray had seized the movement, and the town council could not find a firm willing to take it on.',
        ],
        [
            ('+Retired clockmaker Cuthbert Barnacott offered to try, and said: "It only needed patience, oil and a '
             'new pair of gears."'),
            '-Cuthbert Barnacott with the movement in his garden workshop.',
            '-Picture: Harbour Camera Club',
            '-Advertisement',
        ],
        [
            '+What the repair involved',
            '-Sponsored: Sea-view holiday lets with parking from £79 a night',
            '+Two brass gears cut by hand to replace the worn originals',
            '+A new oak case door to keep the spray out',
            '+An electric winder so nobody has to climb the ladder each week',
        ],
        [
            '+The council paid £1,400 for materials, and the clockmaker refused any fee for his time.',
            '-Share this story: Facebook · WhatsApp · Email',
            '-Follow us on Facebook and Instagram for seafront news as it happens',
            '+A small plaque with his name will be fixed under the clock face in May.',
        ],
        [
            '-Comments (4)',
            '-ShrimpNetSue: Lovely to hear the chimes again walking the dog.',
            '-↳ Len B.: Does it chime through the night as well?',
            '-Pier Gran: Well done that man, he deserves a medal.',
            '-↳ Wilhelmina Sprottwhistle (reporter): Len, the chimes stop between 10pm and 7am.',
        ],
        [
            '-About us · Contact · Advertise · Privacy · Terms',
            '-© 2026 Coastline Community Media Ltd',
        ],
    ]),
    _page('en', 'en-blog-rubboardrattle-washboard', [
        [
            '-Rubboard Rattle',
        ],
        [
            '-Home · Builds · Gigs · About Ivo',
            '+Making a washboard for the Washday Skifflers',
            '-Posted on 8 March 2026 by Ivo Scrubwhistle',
        ],
        [
            '-7 minute read',
            '-In this post',
            '-1. Finding the zinc',
            '-2. The thimbles',
            '+Our skiffle band has borrowed a washboard from a museum for two years, so I finally made our own.',
        ],
        [
            '+The zinc sheet came from a reclamation yard, already rippled, which saved me a week of work.',
            '-The zinc panel nailed into the pine frame.',
            ('+Our singer tried it out first and said: "That\'s the loudest thing in the band now, and I mean that '
             'kindly."'),
        ],
        [
            '-Never miss a build: subscribe to get new posts by email.',
        ],
        [
            '+What went into it',
            '+A rippled zinc panel from a reclamation yard',
            '+A frame of pine offcuts held with brass screws',
            '+A cowbell and a tin lid fixed along the top rail',
            '-The thimbles I use are these brass ones on Amazon (affiliate link).',
        ],
        [
            '+The whole thing cost about eighteen pounds, and most of that was the cowbell.',
            '-You might also like: A tea-chest bass that survives the rain',
            '+We played it at the folk club on Friday and nobody asked for the museum one back.',
            '-Keep scrubbing, Ivo',
            "-Custom washboards with your band's name painted on the frame are in my shop.",
        ],
        [
            '-Share: Facebook · Pinterest · Email',
            '-3 thoughts on this post',
            '-Skiffle Pete: What thimbles do you wear for the fast numbers?',
            '-↳ Ivo: Brass ones, Pete, the steel ones are too sharp.',
            '-Marge: Lovely finish on the frame!',
        ],
        [
            '-© 2026 Ivo Scrubwhistle',
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-vaucressonne-vieilles-boucheries', [
        [
            "-L'Écho de Vaucressonne",
            '-Actualité · Sports · Agenda · Annonces légales · Nécrologie',
            '-Accueil > Vaucressonne > Patrimoine',
            '+La rue des Vieilles-Boucheries retrouve ses pavés',
            '-Lecture : 3 min',
        ],
        [
            '-Par Bérangère Tuilemoutte',
            '-Publié le 12 mars 2026 à 7 h 00',
        ],
        [
            "+La ruelle des anciennes boucheries, fermée depuis l'automne, a rouvert aux piétons samedi.",
            "-À lire aussi : Le marché de Noël déménage sur la place de l'Église",
            ('+Ses pavés de grès, descellés par les racines et le gel, ont été déposés un à un puis reposés sur un '
             'lit de sable.'),
        ],
        [
            "+Le maire, Anselme Grivoteau, s'en félicite : « On marche enfin sans regarder ses pieds. »",
            "-Les paveurs au travail devant l'ancien étal du boucher.",
            '-Photo : Service communication de la mairie',
            '-Publicité',
        ],
        [
            '+Le chantier en bref',
            '-Contenu sponsorisé : Isolez vos combles pour 1 euro, vérifiez votre éligibilité',
            '+Quatre mille pavés déposés, nettoyés et numérotés',
            "+Une rigole centrale refaite pour l'eau de pluie",
            "+Deux bancs de pierre ajoutés près de l'ancienne fontaine",
        ],
        [
            '+Les travaux ont coûté 86 000 euros, dont la moitié payée par le département.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "-Suivez-nous sur Instagram pour ne rien manquer de l'actualité locale",
            "+Une plaque rappellera bientôt l'histoire des bouchers qui tenaient boutique dans la rue.",
        ],
        [
            '-3 commentaires',
            '-Jeannot71 : Enfin ! Ma grand-mère y achetait sa viande.',
            '-↳ Lili V. : Et les poussettes passent mieux maintenant.',
            "-Pierrot des Halles : Dommage qu'il n'y ait pas plus de bancs.",
            '-↳ Bérangère Tuilemoutte (rédaction) : Deux autres bancs sont prévus au printemps.',
        ],
        [
            '-Mentions légales · Contact · Cookies · CGU',
            '-© 2026 Éditions du Val de Cresse',
        ],
    ]),
    _page('fr', 'fr-blog-hang-de-maelys-tambour', [
        [
            '-Le Hang de Maëlys',
        ],
        [
            '-Accueil · Mes instruments · Tutos · Contact',
            "+J'ai fabriqué mon propre hang drum à partir d'une bouteille de gaz",
            '-Publié le 9 mars 2026 par Maëlys Pécardin',
        ],
        [
            '-Temps de lecture : 8 minutes',
            '-Sommaire',
            '-1. Couper la bouteille',
            '-2. Accorder les notes',
            ("+Un vrai hang coûte plus de deux mille euros, alors j'ai voulu tenter l'aventure avec une bouteille "
             'de gaz vide.'),
        ],
        [
            "+Il faut d'abord la dégazer complètement et la remplir d'eau avant la moindre découpe.",
            '-La bouteille coupée en deux, prête pour le martelage.',
            "+Mon voisin chaudronnier m'a prévenue : « Chaque coup de marteau change toutes les notes à la fois. »",
        ],
        [
            '-Inscrivez-vous à la newsletter pour recevoir mes prochains tutos.',
        ],
        [
            '+Le matériel utilisé',
            '+Une bouteille de gaz de 13 kilos vide et dégazée',
            '+Un marteau à planer et un sac de sable',
            '+Un accordeur sur téléphone pour vérifier chaque note',
            "-Le marteau à planer que j'utilise est disponible ici sur Amazon (lien affilié).",
        ],
        [
            "+Il m'a fallu trois week-ends pour obtenir sept notes à peu près justes.",
            '-À lire aussi : Mon premier tambour à languettes en bois',
            "+Le son n'a pas la douceur d'un vrai hang, mais mes enfants ne veulent plus le lâcher.",
            '-Bonne musique, Maëlys',
            '-Je fabrique des tambours sur commande, écrivez-moi via la page Contact.',
        ],
        [
            '-Partager sur Facebook · Pinterest',
            '-Commentaires (3)',
            "-Sylvain : Bravo, et le dégazage, tu l'as fait comment ?",
            "-↳ Maëlys : Valve ouverte dehors pendant une semaine, puis rempli d'eau.",
            '-Coralie : Quel courage, ça sonne vraiment bien sur la vidéo.',
        ],
        [
            '-© 2026 Maëlys Pécardin – Tous droits réservés',
            '-Propulsé par WordPress et le thème Kadence',
        ],
    ]),
    _page('de', 'de-portal-heckenbrunn-heckenlegen', [
        [
            '-Heckenbrunner Bote',
            '-Lokales · Sport · Vereine · Termine · Trauer',
            '-Startseite › Lokales › Heckenbrunn',
            '+Zwölf Teams beim ersten Heckenlegen-Wettbewerb am Mühlweg',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '-Von Almut Schlehenbach',
            '-12.03.2026, 06:00 Uhr',
        ],
        [
            '+Mit Beil und Handschuhen haben am Samstag zwölf Teams eine verwilderte Hecke am Mühlweg neu gelegt.',
            '-Lesen Sie auch: Neue Bänke für den Friedhof',
            '+Beim Heckenlegen werden die Stämme halb eingeschlagen, umgebogen und zwischen Pfähle geflochten.',
        ],
        [
            ('+Sieger Eckhard Weidengrub sagte: „Eine gute Hecke hält zwanzig Jahre, wenn man sie jetzt richtig '
             'legt.“'),
            '-Die Teams bei der Arbeit am Mühlweg.',
            '-Foto: Almut Schlehenbach',
            '-Anzeige',
        ],
        [
            '+So wurde gewertet',
            '-Gesponsert: Gartengeräte jetzt bis zu 30 Prozent günstiger',
            '+Die Dichte der Hecke am Boden',
            '+Die Sauberkeit der Schnitte',
            '+Der Sitz der Pfähle und des Flechtwerks',
        ],
        [
            '+Der Naturschutzbund stellte das Werkzeug, die Gemeinde spendierte Suppe und Getränke.',
            '-Artikel teilen: Facebook · WhatsApp · E-Mail',
            '-Folgen Sie uns auf Instagram und verpassen Sie keine Nachricht aus der Region',
            '+Im nächsten Herbst soll der Wettbewerb an der Hecke beim Sportplatz weitergehen.',
        ],
        [
            '-Kommentare (4)',
            '-Gartenfreund62: Endlich wird die alte Handwerkskunst wieder gezeigt.',
            '-↳ Hilde K.: Schade, dass es so geregnet hat.',
            '-Landwirt_Bernd: Beim nächsten Mal bin ich mit dabei.',
            '-↳ Almut Schlehenbach (Redaktion): Die Anmeldung läuft über den Naturschutzbund.',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · AGB',
            '-© 2026 Mühlweg Medien GmbH',
        ],
    ]),
    _page('de', 'de-blog-schnarrwerk-krummhorn', [
        [
            '-Schnarrwerk',
        ],
        [
            '-Start · Instrumente · Werkstatt · Über mich',
            '+Mein erstes Krummhorn aus Ahorn',
            '-Veröffentlicht am 7. März 2026 von Gottlob Pfeiferling',
        ],
        [
            '-Lesedauer 9 Minuten',
            '-Inhaltsverzeichnis',
            '-1. Das Biegen',
            '-2. Die Windkapsel',
            '+Ein Krummhorn ist ein Renaissance-Instrument mit Doppelrohrblatt, das unter einer Windkapsel steckt.',
        ],
        [
            '+Das Rohr habe ich in Ahorn gebohrt und über Dampf langsam in die typische Krümmung gebogen.',
            '-Das gebogene Rohr in der Spannlehre.',
            '+Mein Lehrer im Ensemble meinte nur: „Es schnarrt genau so, wie ein Krummhorn schnarren soll.“',
        ],
        [
            '-Neue Beiträge per E-Mail erhalten: Jetzt den Newsletter abonnieren.',
        ],
        [
            '+Was ich gebraucht habe',
            '+Ein Kantholz aus Bergahorn, gut abgelagert',
            '+Einen langen Tieflochbohrer und eine Reibahle',
            '+Rohrblätter aus Plastik für die ersten Versuche',
            '-Die Reibahle gibt es hier bei Amazon (Affiliate-Link).',
        ],
        [
            '+Nach sechs Wochen klang das Instrument endlich sauber in allen Lagen.',
            '-Das könnte dich auch interessieren: Eine Rauschpfeife aus Pflaumenholz',
            '+Am Sonntag spiele ich es zum ersten Mal mit der Gruppe in der Dorfkirche.',
            '-Viele Grüße, Gottlob',
            '-Ich baue Krummhörner auf Bestellung – schreib mir über das Kontaktformular.',
        ],
        [
            '-Teilen: Facebook · Pinterest · E-Mail',
            '-3 Kommentare',
            '-Renate: Wie lange hat das Dämpfen gedauert?',
            '-↳ Gottlob: Etwa eine Stunde pro Biegung, Renate.',
            '-Blockflöten-Kalle: Toll, ich will auch eins bauen!',
        ],
        [
            '-© 2026 Gottlob Pfeiferling',
            '-Erstellt mit WordPress · Theme: Astra',
        ],
    ]),
    _page('it', 'it-portale-guazzalto-sedia-tuffo', [
        [
            '-La Voce di Guazzalto',
            '-Cronaca · Cultura · Sport · Eventi · Necrologi',
            '-Home > Cultura > Museo civico',
            '+Al museo civico arriva la copia della sedia del tuffo',
            '-Lettura: 3 minuti',
        ],
        [
            '-di Teodolinda Scarpazzoni',
            '-12 marzo 2026, ore 7:00',
        ],
        [
            ('+Da sabato il museo civico espone una copia fedele della sedia del tuffo, usata un tempo per punire i '
             'venditori disonesti.'),
            '-Leggi anche: Nuove panchine in piazza del Mercato',
            ("+L'originale, citato negli statuti del Trecento, finiva immerso nel canale del mulino con il "
             'condannato legato sopra.'),
        ],
        [
            ('+Il direttore del museo, Fulgenzio Bagnarotti, spiega: «Le scolaresche ridono, poi chiedono chi '
             'finiva davvero in acqua.»'),
            '-La copia della sedia nella sala delle armi.',
            '-Foto: archivio del museo civico',
            '-Annuncio pubblicitario',
        ],
        [
            '+Come è stata costruita',
            '-Contenuto sponsorizzato: Vacanze in agriturismo con sconti per le famiglie',
            "+Legno di castagno stagionato, come nell'originale",
            '+Un braccio mobile lungo quattro metri',
            "+Una vasca di prova riempita solo per la foto d'inaugurazione",
        ],
        [
            '+La copia è stata realizzata dai falegnami della scuola professionale con 3.000 euro della Pro Loco.',
            '-Condividi: Facebook · WhatsApp · Telegram',
            '-Seguici su Instagram per non perdere le notizie del territorio',
            '+Il museo è aperto il sabato e la domenica, con ingresso gratuito per i residenti.',
        ],
        [
            '-4 commenti',
            '-Carla_Guazz: Finalmente un museo che fa venire voglia ai ragazzi!',
            '-↳ Gino P.: Speriamo che non la usino per il consiglio comunale.',
            '-Nonna Pina: Mio nonno raccontava di questa sedia.',
            '-↳ Teodolinda Scarpazzoni (redazione): Grazie, Pina, ci racconta la sua storia?',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie policy',
            '-© 2026 Guazzalto Media Srl',
        ],
    ]),
    _page('it', 'it-blog-spighe-intrecciate-bambola', [
        [
            '-Spighe Intrecciate',
        ],
        [
            '-Home · Lavori · Tutorial · Chi sono',
            '+La mia prima bambola di spighe per la festa del raccolto',
            '-Pubblicato il 6 marzo 2026 da Ninetta Covonelli',
        ],
        [
            '-Lettura di 6 minuti',
            '-Indice',
            '-1. Scegliere la paglia',
            "-2. L'intreccio a cinque",
            ("+Le bambole di spighe si intrecciavano con l'ultimo covone del raccolto e si tenevano in casa fino "
             'alla semina.'),
        ],
        [
            '+Ho usato paglia di grano antico di un vicino, tagliata a mano e lasciata con la spiga.',
            '-La paglia messa a bagno nella vasca.',
            '+Mia zia, vedendo il risultato, ha detto: «Così le faceva tua bisnonna, ma più storte.»',
        ],
        [
            '-Iscriviti alla newsletter per ricevere i nuovi tutorial.',
        ],
        [
            '+Cosa serve',
            '+Un fascio di paglia di grano con le spighe',
            "+Una bacinella d'acqua tiepida per ammorbidirla",
            '+Filo di cotone rosso per legare la testa',
            '-Il filo che uso lo trovi qui su Amazon (link affiliato).',
        ],
        [
            '+Per la prima bambola mi ci sono volute quattro ore, per la seconda meno della metà.',
            '-Potrebbe interessarti anche: Un cestino di paglia per le uova',
            '+Adesso è appesa sopra la porta della cucina, come si faceva una volta.',
            '-Alla prossima, Ninetta',
            '-Tengo corsi di intreccio della paglia: trovi le date nella pagina Corsi.',
        ],
        [
            '-Condividi su Facebook · Pinterest',
            '-3 commenti',
            '-Rosalba: Che meraviglia, dove trovi il grano antico?',
            '-↳ Ninetta: Da un agricoltore qui vicino, Rosalba.',
            '-Marco: La porterò a mia madre, grazie per il tutorial.',
        ],
        [
            '-© 2026 Ninetta Covonelli',
            '-Creato con Blogger · Tema Contempo',
        ],
    ]),
    _page('pl', 'pl-portal-wielorybice-brama', [
        [
            '-Głos Wielorybic',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna › Wiadomości › Kultura',
            '+Brama z kości wieloryba znów stoi przy promenadzie',
            '-3 min czytania',
        ],
        [
            '-Autor: Halina Fiszbinowska',
            '-12.03.2026 r., godz. 6:00',
        ],
        [
            ('+Łuk z dwóch żeber wieloryba, przywieziony przez miejscowego szypra w 1890 roku, wrócił na swoje '
             'miejsce.'),
            '-Czytaj także: Nowe ławki na placu Rybaków',
            ('+Kości były popękane i przez dwa lata leżały w magazynie muzeum, zanim znalazły się pieniądze na '
             'konserwację.'),
        ],
        [
            '+Konserwator Teofil Żebrowiecki mówi: „Kość jest jak drewno, trzeba ją najpierw powoli wysuszyć.”',
            '-Brama w pracowni konserwatorskiej.',
            '-Fot. Muzeum Rybołówstwa',
            '-Reklama',
        ],
        [
            '+Co zrobiono przy bramie',
            '-Artykuł sponsorowany: Domki letniskowe nad morzem w promocji',
            '+Oczyszczono i wzmocniono obie kości',
            '+Wymieniono stalowe kotwy w betonowym cokole',
            '+Dodano tablicę z historią bramy',
        ],
        [
            '+Prace kosztowały 48 tysięcy złotych i zostały sfinansowane z budżetu obywatelskiego.',
            '-Udostępnij: Facebook · Messenger · E-mail',
            '-Obserwuj nas na Facebooku, aby być na bieżąco z wiadomościami z regionu',
            '+Uroczyste odsłonięcie bramy zaplanowano na Dni Morza w czerwcu.',
        ],
        [
            '-Komentarze (4)',
            '-rybak_z_portu: Pamiętam ją z dzieciństwa, dobrze, że wróciła.',
            '-↳ Ewa M.: Mój dziadek mówił, że szyper przywiózł ją z Norwegii.',
            '-Kasia_W: Szkoda, że tak długo to trwało.',
            '-↳ Halina Fiszbinowska (redakcja): Konserwacja kości wymagała czasu, pani Kasiu.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Wielorybickie Media sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-mydlarnia-na-poddaszu-mydlo', [
        [
            '-Mydlarnia na Poddaszu',
        ],
        [
            '-Start · Przepisy · Porady · O mnie',
            '+Moje pierwsze mydło na zimno z oliwą i lawendą',
            '-Opublikowano 5 marca 2026 przez Agnieszkę Szumowarkę',
        ],
        [
            '-Czas czytania: 7 minut',
            '-Spis treści',
            '-1. Bezpieczeństwo z ługiem',
            '-2. Dojrzewanie',
            ('+Mydło metodą na zimno robię od roku, a ten przepis jest pierwszym, z którego jestem naprawdę '
             'zadowolona.'),
        ],
        [
            '+Najważniejsze jest bezpieczeństwo: okulary, rękawice i wlewanie ługu do wody, nigdy odwrotnie.',
            '-Kostki mydła na kratce, tuż po pokrojeniu.',
            '+Moja babcia, która robiła mydło z łoju, powiedziała: „Pachnie lepiej niż moje, ale piany ma mniej.”',
        ],
        [
            '-Zapisz się do newslettera, a nowe przepisy dostaniesz prosto na skrzynkę.',
        ],
        [
            '+Czego użyłam',
            '+Oliwy z oliwek i oleju kokosowego',
            '+Wodorotlenku sodu kupionego w sklepie chemicznym',
            '+Suszonej lawendy z własnego ogródka',
            '-Formę silikonową, której używam, kupisz tutaj na Allegro (link afiliacyjny).',
        ],
        [
            '+Mydło musi teraz dojrzewać przez sześć tygodni w chłodnym i suchym miejscu.',
            '-Zobacz też: Peeling kawowy z fusów',
            '+Pierwszą kostkę wypróbuję na Wielkanoc, a resztę rozdam rodzinie.',
            '-Pozdrawiam, Agnieszka',
            '-Moje mydła możesz zamówić przez formularz w zakładce Sklep.',
        ],
        [
            '-Udostępnij na Facebooku · Pinterest',
            '-Komentarze: 3',
            '-Ola: Ile dokładnie ługu na kilogram oleju?',
            '-↳ Agnieszka: Olu, wszystko liczę w kalkulatorze mydlarskim.',
            '-Mirek: Wygląda pięknie, aż chce się spróbować.',
        ],
        [
            '-© 2026 Agnieszka Szumowarka',
            '-Blog na platformie WordPress · Motyw: Kadence',
        ],
    ]),
    _page('ru', 'ru-portal-verstoglyadovo-domik-shlagbaumshchika', [
        [
            '-Верстоглядовские вести',
            '-Новости · Спорт · Культура · Афиша · Объявления',
            '-Главная / Новости / Культура',
            '+Домик шлагбаумщика у старой заставы отреставрирован',
            '-3 мин на чтение',
        ],
        [
            '-Текст: Агриппина Будочникова',
            '-12 марта 2026, 06:00',
        ],
        [
            ('+Деревянный домик смотрителя шлагбаума, где с проезжих брали плату за дорогу, снова открыт для '
             'посетителей.'),
            '-Читайте также: На площади установят новые скамейки',
            ('+Сто семьдесят лет назад здесь останавливали повозки, и смотритель поднимал полосатый шлагбаум только '
             'после оплаты.'),
        ],
        [
            ('+Краевед Ферапонт Дорожкин рассказывает: «Тарифы висели прямо на стене, и мы нашли их под тремя '
             'слоями краски».'),
            '-Домик после реставрации, вид с тракта.',
            '-Фото: районная администрация',
            '-Реклама',
        ],
        [
            '+Что сделали реставраторы',
            '-Партнёрский материал: Загородные дома под ключ со скидкой до 20%',
            '+Заменили нижние венцы сруба',
            '+Восстановили резные наличники по старой фотографии',
            '+Поставили копию полосатого шлагбаума',
        ],
        [
            '+Работы обошлись в 2,3 миллиона рублей, их оплатили из областной программы.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости района',
            '+Летом в домике откроется маленький музей истории тракта.',
        ],
        [
            '-Комментарии (4)',
            '-Татьяна: Красота, помню его совсем развалившимся.',
            '-↳ Иван С.: А шлагбаум будет подниматься?',
            '-Старожил: Молодцы, что сохранили.',
            '-↳ Агриппина Будочникова (редакция): Иван, да, его можно поднять вручную.',
        ],
        [
            '-О нас · Контакты · Правила · Политика конфиденциальности',
            '-© 2026 АНО «Верстоглядовский медиацентр»',
        ],
    ]),
    _page('ru', 'ru-blog-sitnikovyi-ogonyok-svechi', [
        [
            '-Ситниковый огонёк',
        ],
        [
            '-Главная · Ремёсла · Мастер-классы · Обо мне',
            '+Делаю ситниковые свечи, как в старину',
            '-Опубликовано 4 марта 2026, автор: Аксинья Фитилькова',
        ],
        [
            '-Время чтения: 6 минут',
            '-Содержание',
            '-1. Заготовка ситника',
            '-2. Пропитка жиром',
            ('+Ситниковые свечи — это сердцевина болотного ситника, пропитанная жиром; так освещали избы беднее '
             'всего.'),
        ],
        [
            '+Ситник я собрала в конце лета у пруда, очистила от кожицы и оставила только белую сердцевину.',
            '-Очищенные стебли сохнут на подоконнике.',
            '+Соседка-бабушка, увидев первую свечу, сказала: «У нас в деревне такими ещё в войну светили».',
        ],
        [
            '-Подпишитесь на рассылку, чтобы не пропустить новые мастер-классы.',
        ],
        [
            '+Что понадобилось',
            '+Пучок болотного ситника',
            '+Говяжий жир, растопленный на слабом огне',
            '+Железный светец, купленный на ярмарке',
            '-Подставку для свечей, как у меня, можно купить на Ozon (партнёрская ссылка).',
        ],
        [
            '+Одна свеча длиной в локоть горит около двадцати минут, и света хватает, чтобы читать.',
            '-Читайте также: Как я делала берестяной туесок',
            '+Теперь по вечерам мы иногда выключаем свет и сидим при ситниковых свечах.',
            '-Тёплого света, Аксинья',
            '-Готовые светцы и наборы для свечей продаю через магазин на Ярмарке Мастеров.',
        ],
        [
            '-Поделиться ВКонтакте · Telegram',
            '-3 комментария',
            '-Марина: А жир не дымит?',
            '-↳ Аксинья: Говяжий почти не дымит, Марина.',
            '-Лёша: Отличная идея для похода.',
        ],
        [
            '-© 2026 Аксинья Фитилькова',
            '-Сайт работает на WordPress · Тема Blocksy',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    '[Buzzsprout episode player – accept marketing cookies to listen to this episode]':
        ("an English bracketed Buzzsprout player placeholder ('[Buzzsprout episode player – accept marketing "
         "cookies to listen to this episode]') is left in the body"),
    'Questa pagina non carica correttamente Google Maps. Sei il proprietario di questo sito web?':
        ("the Italian Google Maps load error ('Questa pagina non carica correttamente Google Maps. Sei il "
         "proprietario di questo sito web?') is left in the body"),
    'Contributed by Alwyn Spratteridge of the Civic Society':
        ("an English contributed-by byline ('Contributed by Alwyn Spratteridge of the Civic Society') is left at "
         'the head'),
    'Записаться на мастер-класс по изготовлению свечей можно через мою группу ВКонтакте.':
        ("a Russian workshop plug pointing to a VK group ('Записаться на мастер-класс по изготовлению свечей можно "
         "через мою группу ВКонтакте.') is left at the foot"),
    'Nota della redazione: questo articolo è stato pubblicato per la prima volta nel 2019.':
        ("an Italian first-published editor's note ('Nota della redazione: questo articolo è stato pubblicato per "
         "la prima volta nel 2019.') is left in the body"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-puffingcombe-pier-clock':
        ("the pier-clock story keeps the photo caption ('Cuthbert Barnacott with the movement in his garden "
         "workshop.') right after the paragraph with the quote (1 of 20 noise lines); no article line is lost"),
    'en-blog-rubboardrattle-washboard':
        ("the washboard blog's post keeps the photo caption ('The zinc panel nailed into the pine frame.') between the"
         " second paragraph and the quote (1 of 20 noise lines; since round 130 the subscribe prompt ('Never miss a "
         "build: subscribe to get new posts by email.') goes); no article line is lost"),
    'fr-portail-vaucressonne-vieilles-boucheries':
        ("the repaved-lane story keeps the photo caption ('Les paveurs au travail devant l'ancien étal du "
         "boucher.') right after the paragraph with the quote (1 of 20 noise lines); no article line is lost"),
    'fr-blog-hang-de-maelys-tambour':
        ("the hang-drum blog's post keeps the photo caption ('La bouteille coupée en deux, prête pour le "
         "martelage.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost"),
    'de-blog-schnarrwerk-krummhorn':
        ("the crumhorn blog's post keeps the photo caption ('Das gebogene Rohr in der Spannlehre.') between the "
         'second paragraph and the quote (1 of 20 noise lines); no article line is lost'),
    'it-portale-guazzalto-sedia-tuffo':
        ("the ducking-stool story keeps the photo caption ('La copia della sedia nella sala delle armi.') right "
         'after the paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'it-blog-spighe-intrecciate-bambola':
        ("the corn-dolly blog's post keeps the photo caption ('La paglia messa a bagno nella vasca.') between the "
         'second paragraph and the quote (1 of 20 noise lines; since round 127 the sign-off and the courses plug after'
         ' the last paragraph go); no article line is lost'),
    'pl-blog-mydlarnia-na-poddaszu-mydlo':
        ("the soap blog's post keeps the photo caption ('Kostki mydła na kratce, tuż po pokrojeniu.') between the "
         'second paragraph and the quote (1 of 20 noise lines); no article line is lost'),
    'ru-portal-verstoglyadovo-domik-shlagbaumshchika':
        ("the toll-cottage story keeps the photo caption ('Домик после реставрации, вид с тракта.') right after the "
         'paragraph with the quote (1 of 20 noise lines); no article line is lost'),
    'ru-blog-sitnikovyi-ogonyok-svechi':
        ("the rushlight blog's post keeps the photo caption ('Очищенные стебли сохнут на подоконнике.') between the "
         'second paragraph and the quote (1 of 20 noise lines); no article line is lost'),
}


test_held_out_188_line, test_held_out_188_line_is_kept, test_held_out_188_page = held_out_tests(
    HELD_OUT_188_LINES, HELD_OUT_188_KEEP, HELD_OUT_188_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
