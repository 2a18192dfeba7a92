"""Held-out set 193: written blind, weighted toward the noise the cleaner exists for, in shapes set 192's docstring does
not name (nor the first paragraphs of sets 189, 190 and 191): scraper, embed and ad markers (an English Sketchfab 3D
model that needs WebGL "Sketchfab model failed to load: your graphics card or browser does not support WebGL.", an
English Bandcamp player whose artist turned streaming off "Bandcamp player: streaming of this album has been turned off
by the artist.", an English Scribd preview behind a sign-in "Scribd document preview unavailable. Sign in to Scribd to
read the full document.", a French Dailymotion video blocked by refused cookies "La vidéo Dailymotion ne peut pas être
lue, car vous avez refusé les cookies de ce service.", a German SoundCloud embed blocked until external media are
allowed "SoundCloud-Inhalt blockiert: Zum Abspielen müssen Sie externe Medien in den Datenschutzeinstellungen
zulassen.", an Italian Issuu flipbook down for maintenance "Sfogliabile di Issuu non caricato: il servizio è
temporaneamente in manutenzione.", a Polish TikTok video removed for breaking the community guidelines "Film z TikToka
został usunięty z powodu naruszenia wytycznych społeczności." and a Russian Rutube video blocked at the copyright
holder's request "Видео на Rutube заблокировано по требованию правообладателя."); reading-time headers in new wordings
(the English you-can-read-this-in line "You can read this in 4 minutes", a blog's grab-a-cuppa line "Grab a cuppa – this
one's a 15-minute read", the French minutes-of-reading label "4 minutes de lecture", the German about-four-minutes label
"Lesezeit: rund 4 Minuten", the Italian estimated-time-of-reading label "Tempo stimato di lettura: 4 minuti", the Polish
reading-will-take-you line "Przeczytanie zajmie ci około 4 minut" and the Russian minutes-for-reading label "4 минуты на
прочтение"); bylines and self-promotion (an English village-correspondent byline "From our village correspondent,
Hermione Gadsbrook", an English Local Democracy Reporting Service byline "Tobias Wrenfield-Oakes, Local Democracy
Reporting Service", a French interview-recorded-by byline "Propos recueillis par Gaëtane Brouillassec" and a Russian
recorded-by byline "Записала Пелагея Ветлугаева", all at the head, and at the foot an English brass-restoration plug
pointing to a Reverb shop "I restore brass instruments to order; the ones ready to go are listed in my Reverb shop.", a
German eBay melodeons plug with pick-up or DHL "Meine überholten Melodeons verkaufe ich über eBay – Abholung in Passau
oder Versand mit DHL.", an Italian eBay butter-churns plug with BRT shipping "Le zangole restaurate le vendo su eBay,
con spedizione tramite BRT in tutta Italia." and a Polish market-stall lemon-curd plug with an order form "Słoiki z moim
lemon curdem sprzedaję w każdą sobotę na targu w Toruniu – zamówienia przez formularz na stronie."); blog and site
footers (an English Squarespace credit with terms and cookie links "Site by Squarespace · Terms · Cookie settings", an
English company-registration line "Registered in England and Wales, company no. 08742351. Registered office: 12 Tannery
Lane, Wickbourne", an English Micro.blog credit with archive and feed links "Hosted on Micro.blog · Archive · RSS feed",
a French publication-director and legal-deposit line "Directeur de la publication : Anselme Tourneboisse · Dépôt légal à
parution", a German responsible-under-the-media-treaty line "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV:
Gerlinde Hufnagelmeier", an Italian court-registration and editor-in-charge line "Testata registrata presso il Tribunale
di Lodi, n. 7/2004 · Direttore responsabile: Ottavio Brugnazzi", a Polish WebWave builder credit "Strona stworzona w
kreatorze WebWave · Polityka cookies" and a Russian Roskomnadzor registration line "Сетевое издание зарегистрировано
Роскомнадзором, свидетельство Эл № ФС77-81234 от 12.03.2021."); reader-comment furniture (an English
join-the-conversation counter "Join the conversation · 14 comments", an English removed-by-its-author stub "This comment
has been removed by its author.", an English keep-it-civil note "Please keep comments civil and on topic – read our
community guidelines.", a French comment-length limit "Les commentaires sont limités à 1 500 caractères.", a German
real-name requirement "Um kommentieren zu können, müssen Sie Ihren Klarnamen angeben.", an Italian report-a-comment link
"Segnala un commento inappropriato alla redazione", a Polish reply-report-like action row "Odpowiedz · Zgłoś · Lubię to
(3)" and a Russian discussion counter with the last comment's age "Обсуждение: 27 комментариев, последний — 5 минут
назад"); share rows (a French SMS-Bluesky-print row "Partager par SMS · Bluesky · Imprimer l'article", an Italian
Bluesky-LinkedIn-email row "Condividi l'articolo su Bluesky · LinkedIn · Email" and a Russian VK-Viber-copy-link row
"Поделиться в ВКонтакте · Viber · Скопировать ссылку"); and notices (an English first-appeared-in-print note "This story
first appeared in our weekly print edition." and a German transparency note on the author's membership
"Transparenzhinweis: Der Autor ist Mitglied des Heimatvereins.", both in the body, and a Polish
authorised-by-the-interviewees note "Tekst autoryzowany przez rozmówców." at the foot); and toward whole scraped news
and hobby-blog pages in layouts set 192's docstring does not describe (on the six portal pages, in eight blocks, the
section menu, the masthead with its tagline and a breaking-news line in one block of three at the very top, the menu
first; the title at the top of a block of three with the lead photo's caption and its credit under it; the byline, the
date line and the reading time at the top of the first paragraph's block, right before it (a block of four); the second
paragraph and the paragraph with the quote in one block of three with a read-also link between them; an ad label and a
sponsored headline at the top of the list block, above the subheading and its three rows (a block of six); the two last
paragraphs at the top of a block of four with a tags line and a share row after them; a thread of five lines alone in a
block (a comment count, a comment, an arrowed reply to it, a second comment and an arrowed reply to the second, by the
reporter, the desk, a society or another reader); and at the foot a links row and the publisher's copyright line; on the
six blog pages, in nine blocks, the blog name and its tagline alone in a block of two; the posted-on-by line above the
title and the reading time under it in one block of three, the title second; an affiliate-links disclosure at the top of
the first paragraph's block and the photo caption after the paragraph (a block of three); a table of contents (its
heading and two numbered entries) at the top of the second paragraph's block, right before it (a block of four); the
paragraph with the quote at the top of a block of two with a related-post link after it; the subheading and the three
rows with an affiliate shop link after the third row, at the end of the list block (a block of five); a subscribe prompt
at the top of the block of the two last paragraphs and the author's sign-off after them (a block of four); a thread of
four lines alone in a block (a comments heading with its count, a comment, the author's arrowed reply and a second
comment left unanswered); and at the foot a plug for the author's services or wares, the author's copyright line and a
platform-and-theme credit in one block of three), taken from local news of fresh kinds (a curfew bell rung again, a
sedan chair in the town museum restored, fire marks on old houses recorded, a stone lion put back on the bridge, a swing
bridge over the canal turning again, a stone circle on the common cleared) and from blogs about a euphonium restored, a
flageolet, a melodeon, a butter churn, lemon curd and honeycomb toffee.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 192 but what is named here), held-out set 194 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 192 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 189, 190 and 191, printed with one ast script (/tmp/s193scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (SPINSCOPE_DATA=/work/shared/data); and
``FIXTURES``, printed as its dict value. All of these were read in the worktree /tmp/wt-set193 (at the frozen commit,
see note (2)). The English fixture file itself was not opened. The import lines and the line binding the three tests
follow set 192's as printed, with 192 -> 193; /tmp/s193scratch/gen193.py writes this file from scratch files (data193.py
with the noise and keep lines, pages193.py with the pages, doc_parts.py with the docstring and, after the measurement,
tables193.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s193, detached at commit 0fa647fa901fa7ce0832259d75ea80823b9f1b85, the commit
the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes
on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 18:09:19 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
41548a8d79da78f58ebc41ec337f315fe1352841, not the brief's commit (main had moved on, as the brief allows); both
worktrees were made at the brief's commit 0fa647fa901fa7ce0832259d75ea80823b9f1b85 with ``git worktree add`` (output to
/dev/null; both exited 0), and /work/main was not touched afterwards. The project's dependencies were already installed
and nothing was installed. (2) A deviation: the brief names the files to read by their repository paths and the helpers
with /work/main/src and /work/main/tests on sys.path; I read all of them (the set files through peek.py,
held_out_sets.py and the report script with ``cat``, the helpers with ``inspect.getsource``) in the worktree
/tmp/wt-set193, which is at the frozen commit the set is measured against, not in /work/main. Importing test_clean there
loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
peek.py printed the first paragraphs of sets 189, 190 and 191, set 192's docstring paragraphs (split on blank lines) up
to and including the one starting "Baseline", set 192's import lines and its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end. Its first run printed to the terminal, which the tool cut in the middle (it
showed set 189's first paragraph, the start of set 190's, and the end, from inside set 192's "Slips and notes" to the
end of the tail, all allowed parts); the second run went to /tmp/s193scratch/peek.out (511 lines, all of them allowed
parts), of which I paged lines 125 to 352 with ``sed`` (in two pieces: the rest of set 190's first paragraph, set 191's,
and set 192's first paragraph, Protocol and the start of its notes); nothing else of any set file was printed. (3)
Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed
service named there (Acast, Komoot, Loom, Mixcloud, Glomex, Riddle, Prezi, Kinescope, Flourish, Typeform, Strava, uMap,
Padlet, Spotify, Facebook, Telegram, Twitch, Calaméo, Opinary, YouTube, VK, Wistia, Flickr, Mastodon, OpenStreetMap,
2GIS) is used for a held-out marker (Sketchfab, Bandcamp, Scribd, Dailymotion, SoundCloud, Issuu, TikTok and Rutube
are), and the failures are of other kinds (WebGL, streaming turned off, sign-in, refused cookies, external media
consent, maintenance, a guidelines removal, a copyright holder's block); the reading times use phrasings not named
there; the plugs name Reverb, eBay, BRT, DHL and a market stall, not Etsy, Vinted, Allegro, Gumroad, OLX, Subito.it,
Tindie or Avito (the German plug first named Kleinanzeigen, changed to eBay, see (5)); the footers use hosts, builders
and legal lines not named there (Squarespace, a company-registration line, Micro.blog, a publication-director line, an
MStV line, a court-registration line, WebWave, a Roskomnadzor line); the notices are a first-in-print note, a
transparency note and an authorisation note, where I had thought of a correction note and left it because set 192's
notes name an English correction as a discarded draft. Page furniture (reading times such as "3 min read", "Lecture : 3
min" and "Czas czytania: 3 min", ad labels, share rows, links rows, copyright lines, platform credits) is ordinary, not
held-out; for the page credits I avoided the themes named in the read docstrings (Neve, Kadence, Astra, GeneratePress,
Casper, Blossom Recipe). (4) Every invented name was checked with the ``find_string`` tool (exact string,
case-insensitive, over public GitHub files): Quenbury, Quenbury Messenger, Quelchwood, Gadsbrook, Wrenfield-Oakes,
Wickbourne, The Dented Euphonium, Sarlevigne, Brouillassec, Fargassonne, Tourneboisse, Le Flageolet de Sidonie,
Hufenbrück, Hufenbrücker, Schnackenhuber, Hufnagelmeier, Irmgards Balgzug, Pontemarzolo, Sbrozzini, Brugnazzi, La
Zangola di Nives, Śluzowice, Kurier Śluzowicki, Obrotnicka, Cytrynowy Strych, Выгоново, Выгоновские, Ветлугаева,
Межеумов and Кухня Евстолии gave no hit. Dropped for hits: Pelsworth (a team name and a test fixture), Virebouc (a place
name in a data file), Cramponnet (a word in a French text), Zapfenberger (a name list), Zastawnik (a Polish word and a
surname), Thistlegarth (a place-name list), Зимогорова (a surname), Валунов (a Russian word) and Ожерельев (a surname).
Plain first names, initials and handles of commenters, authors and sign-offs (Pat W., Gordon, Liz K., Gwilym, Brenda,
OldTromboneSam, Josiane M., Bernard, Pierrot81, Sidonie, Marie-Jo, Fabrice L., Uschi B., Torsten, Manni K., Irmgard,
Sepp, Hanne W., Rosanna T., Gigi, Ermanno, Nives, Carla, Beppe R., Marek_znad_kanału, Jola, Krzysiek, Jadzia, Ola, Kasia
M., Нина П., Степан, Валера, Евстолия, Галина, Тимофей and Mr Hale) were not looked up. Real services, companies, places
and bodies (Sketchfab, Bandcamp, Scribd, Dailymotion, SoundCloud, Issuu, TikTok, Rutube, Reverb, eBay, BRT, DHL, Passau,
Toruń, Lodi, Landshut, Squarespace, Micro.blog, WebWave, Roskomnadzor, the Local Democracy Reporting Service, Bluesky,
LinkedIn, Viber, VK, Odnoklassniki, Telegram, Facebook, X, Amazon, Wildberries, Yarmarka Masterov, WordPress and its
themes, Besson) are named as real pages name them. (5) /tmp/s193scratch/check.py checked the counts (eight blocks on the
portal pages, nine on the blog pages, 10 article and 20 noise lines on each page; the counts of categories, languages,
categories per language, places and keep lines were printed from data193.py) and, case-insensitively, that no noise line
(the 45 lines and the 240 page noise lines) is inside any article line, keep line or other noise line, that no line
repeats and that no line has an at-sign. Before its first run I had already kept the ad labels and mastheads out of the
links rows, copyright lines, photo credits and keep lines (the German paper is a "Bote", not an "Anzeiger", which holds
"Anzeige"; the Russian ad label is "На правах рекламы", since "Реклама" opens a Russian keep line). Its first run found
five cases, all fixed before the measurement: the English portal's comment count "4 comments" inside the held-out "Join
the conversation · 14 comments" (now "Comments (4)"), the German ad label "Anzeige" inside the German plug's
"Kleinanzeigen" (the plug now names eBay), the German portal's "3 Kommentare" inside the German blog's "3 Kommentare zu
diesem Beitrag" (now "Kommentare (3)"), the German table-of-contents heading "Inhalt" inside the German marker and
footer (now "Inhaltsverzeichnis") and the Polish portal's "3 komentarze" inside the Polish blog's "3 komentarze pod
wpisem" (now "Komentarze (3)"); its second run found none. gen193.py asserts no line of this file is over 120 columns,
none has an at-sign and the docstring has no backslash, and a round trip (roundtrip.py: the lists and the pages of the
written file, imported, compared with the scratch data through ``page_from_blocks``) gave back the scratch data. (6) The
file measured was this one with the three xfail tables empty and without the Baseline paragraph and notes (6) and (7);
it was copied to /tmp/wt-s193/tests and the brief's one shell call was run once, at 18:14:55 UTC by ``date``. Then
/tmp/s193scratch/problems.py (importing the copy in /tmp/wt-s193/tests with /tmp/wt-s193/src on the path) printed
``_problems`` of every failing case, and the 22 failing cases were entered as strict xfails (tables193.py, whose list of
the page noise lines left was compared once more with ``_problems`` of each page). After the measurement only the xfail
tables and this docstring (the Baseline paragraph and these notes) changed; gen193.py rewrote the file from the same
data193.py and pages193.py, and roundtrip.py checked that the lists and pages are unchanged. (7) Clock: started 18:09:19
UTC, measured 18:14:55 UTC, the xfail tables and the Baseline written by 18:16:15 UTC, well inside the brief's 50
minutes (the clock of this machine is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (bell-ringers' comments read out at a parish meeting, share ownership of a mill passing to a trust, insurers
following a fire with lead plaques, subscribers to a restoration fund listed in a porch, copyright in photographs
belonging to a county archive, advertising for a ferry in 1902, a man reading council minutes, sharing a village hall
with a boules club, residents' comments and questions gathered at a meeting, pupils following a sedan chair's
restoration, two fire brigades sharing a station, advertising for fire insurers on old houses, neighbours' comments
swaying a vote, a subscription to a Pro Loco magazine in 1962, pensioners following the bridge works, sharing a lion
with the next commune, residents' comments persuading councillors, opening a footbridge to cyclists, a subscription to
the district paper in the 1970s and an advert for a local history club bringing schoolchildren to a dig); none of them
is share, subscribe, follow, comment, ad, reading-time or copyright furniture ("Reading" in the English tail keep line
is the verb of a man reading minutes, "Following" in the English body line means after). Categories: the eight embed
lines are markers (each stands where an embed of the page did not come through; WebGL, streaming turned off, the
sign-in, refused cookies, external media, maintenance, the guidelines removal and the copyright block are the embed's
failure, not notices about the article); the grab-a-cuppa and you-can-read-this-in lines are reading times (each gives
the length in minutes); the village-correspondent, Local Democracy Reporting Service, French interview-recorded-by and
Russian recorded-by lines are bylines at the head, and the Reverb, eBay, eBay and market-stall lines are bylines
(self-promotion) at the foot (each sells the author's wares or work); the Squarespace, Micro.blog and WebWave credits,
the company-registration line, the publication-director line, the MStV line, the court-registration line and the
Roskomnadzor line are footers (printed on every page of a site, not about the article); the join-the-conversation
counter, the removed-by-its-author stub, the keep-it-civil note, the length limit, the real-name requirement, the report
link, the action row and the discussion counter are comment furniture (the Polish action row's "Lubię to" belongs to a
comment, so comments, not share); the French, Italian and Russian rows are share rows (the French print item and the
Russian copy-link item belong to the row); the English first-in-print note and the German transparency note are notices
in the body (both speak of the article they sit in), and the Polish authorisation note is a notice at the foot (it
speaks of how this text was made; not a footer, since it is printed under this article only). On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (menus, mastheads with taglines, breaking-news lines, captions and credits,
bylines, date lines, reading times, read-also links, ad labels, sponsored headlines, tags lines, share rows, comment
counts, comments and replies, links rows, copyright lines, blog names and taglines, posted-on lines, affiliate
disclosures and links, tables of contents, related-post links, subscribe prompts, sign-offs, plugs and platform credits)
is noise. The list rows (what happens next with the bell, what the public will see of the chair, how the fire marks are
recorded, how the lion was restored, how the bridge will work, what the volunteers did at the stone circle, and what the
euphonium, the flageolet, the melodeon, the churn, the curd and the toffee took) are short but part of each article, so
article; the portals' ad labels and sponsored headlines are noise though they sit in the list block right above the
subheading; the portals' read-also links are noise though they sit between the second paragraph and the quote; the
blogs' tables of contents are noise though they sit right above the second paragraph in its block; the blogs' affiliate
links name a tool or material the author used but are shop links, so noise though they sit right after the third row;
the blogs' subscribe prompts are noise though they sit right above the last paragraphs; the plugs ("I also restore brass
for other players – see the Workshop page for prices and waiting times." and the like) speak in the author's voice but
sell, so noise; the sign-offs ("Toot on, Gwilym" and the like) close the post in the author's voice but are a signature,
so noise; the arrowed replies in the threads are comment furniture, so noise; the breaking-news lines ("LATEST: Quenbury
market moves to Thursdays from next month" and the like) are headlines of other stories, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Russian and notice in English, German and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and a Russian one), body 10 (the eight markers and two
notices: English and German), tail 24 (four plugs: an English, a German, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-quenbury-curfew-bell (a church's
curfew bell rung again after sixty years), en-blog-dented-euphonium-besson (a 1930s euphonium from a car boot sale
restored), fr-portail-sarlevigne-chaise-a-porteurs (an eighteenth-century sedan chair back in the town museum after
restoration), fr-blog-flageolet-de-sidonie (a great-aunt's flageolet put in order and learnt in a winter),
de-portal-hufenbrueck-feuermarken (the old fire marks on the half-timbered houses recorded by the local society),
de-blog-irmgards-balgzug-melodeon (a flea-market melodeon's bellows and reeds repaired), it-portale-pontemarzolo-leone
(a stone lion put back on the old bridge after two years of restoration), it-blog-zangola-di-nives-burro (a
grandmother's wooden butter churn working again), pl-portal-sluzowice-most-obrotowy (a swing bridge over the canal
turning again after two years of repairs), pl-blog-cytrynowy-strych-lemon-curd (lemon curd cooked over steam),
ru-portal-vygonovo-kamennyi-krug (a stone circle on the old common cleared by volunteers) and
ru-blog-kukhnya-evstolii-sotovyi-iris (honeycomb toffee made at home), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 0fa647fa901fa7ce0832259d75ea80823b9f1b85, measured with ``cd /tmp/wt-s193 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s193/src python -m pytest -q tests/test_clean_held_out_193.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s193 && PYTHONPATH=/tmp/wt-s193/src python
scripts/clean_held_out_report.py --sets 193``, with the xfail tables empty, at 18:14:55 UTC by ``date``): noise lines
removed 35/45 (marker 4/8, reading-time 5/7, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the 10 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Scribd line, the German
SoundCloud line, the Italian Issuu line and the Polish TikTok line), two reading times at the head (the English
grab-a-cuppa line and the Polish reading-will-take-you line), one byline at the head (the English village-correspondent
line), one plug at the foot (the Polish market-stall lemon-curd line), one comment line at the foot (the French
comment-length note) and one notice in the body (the German transparency note); the English Sketchfab and Bandcamp,
French Dailymotion and Russian Rutube markers, the English you-can-read-this-in, French, German, Italian and Russian
reading times, the English Local Democracy Reporting Service, French interview and Russian recorded-by bylines at the
head, the English Reverb, German eBay and Italian eBay plugs at the foot, all eight footers, the other seven comment
lines, every share row, the English first-in-print note and the Polish authorisation note went); keep lines kept 20/20;
pages 0/12 clean, 45 of 240 page noise lines left and 0 of 120 article lines lost. Left: on all six portal pages the
masthead with its tagline in the top block and the lead photo's caption under the title (2 each), with on the French
sedan-chair page also the section menu at the top (3 in all); on all six blog pages the photo caption after the first
paragraph, on five of them the blog name and its tagline in the top block (the Polish lemon-curd blog keeps only the
tagline), on the English euphonium, Italian butter-churn and Russian honeycomb-toffee blogs the table of contents (its
heading and two entries) above the second paragraph, on the English, French, German, Polish and Russian blogs the
affiliate link after the third list row, and on the German melodeon blog also the subscribe prompt above the two last
paragraphs (English 7, French 4, German 5, Italian 6, Polish 3, Russian 7). Lost: no page and no keep line loses an
article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s193 gave
55 passed, 22 xfailed, no XPASS.

Measured after round 127 (developed on sets 191 and 192 from 10ceca7, round 126 and the lead's mends, which moved
nothing on this set; measured on it blind by the lead with test_clean._problems of every case before and after, the
round with the lead's mend a67ba14): one line moved. The German SoundCloud placeholder blocked by the privacy settings
("SoundCloud-Inhalt blockiert: Zum Abspielen müssen Sie externe Medien in den Datenschutzeinstellungen zulassen.") goes
by round 127's wider embed reading; its xfail is removed. No page moved: every portal keeps its masthead with its
tagline and the photo's caption, every blog its caption, five blogs their name and tagline. Noise lines 35 -> 36 of 45
(markers 4 -> 5 of 8), keep 20 of 20, pages clean 0 of 12, page noise lines left 45 of 240, article lines lost 0 of 120.

Round 128 (development; this set was read in full from this round on): fixed from general parts. The blog's name and
tagline alone in the first block over the posted-on line signed with a first name, the title and the rows the rules took
(the reading time) go: page_blocks._mark_blog_head_over_posted_title now takes a first block of two over such a block of
three or more (_under_posted_line_with_rows with _signed_with_first_name; five blogs, and the Polish blog's tagline).
The portal's masthead with its tagline in the first block goes when the page's own copyright line (a © line the rules
took, whatever reason it was given last) names it (page_blocks._mark_masthead_in_top_block, _copyright_names_masthead),
with a section menu left beside it (the French portal's menu); a headline with a dash that no copyright names, and a
masthead in the title's own block, stay. A table of contents opening the second paragraph's block, the paragraph closing
it, goes (clean._toc_over_paragraph_closing_block, beside round 95's own-block reading; round 95's and round 101's near
misses stay). The writer's pointer to a shop, the last line of the list's block under three rows, goes
(page_blocks._mark_shop_pointer_under_rows, _is_shop_pointer: a "here" with a marketplace or a verb of finding or
buying, or the writer's pick from a marketplace closing its clause). Line wordings: the cuppa's "this one's a 15-minute
read" and the Polish "Przeczytanie zajmie ci około 4 minut" (whole_line_noise "reading time"), and the comments' length
limit "Les commentaires sont limités à 1 500 caractères." (the comment form's notes); their xfails are removed. Other
sets: xfails removed in sets 118 (two portals clean by the masthead reading), 120 (two portals), 175 ("Comments are
limited to 1,000 characters."), 181, 182 and 188 (the Polish "Przeczytanie zajmie Ci około N minut."); reasons reworded
(the lines that now go and the count left) on sets 45, 46, 49, 52, 90, 118, 120 and 136. All sets (185,
scripts/clean_held_out_report.py): noise lines removed 7581 -> 7588 of 8401, article lines kept 3727 -> 3727 of 3727,
paragraphs lost 4 -> 2, pages clean 1263 -> 1271 of 2206, page noise lines left 1910 -> 1834 of 45840; no set's kept
lines drop and no set's lost paragraphs rise. SemEval: 0 changed files of 3723. Bench: ratio_to_baseline 0.92 (cpu best
4.798 s against 5.208 s at 1e8cdb0). This set: noise lines 36 -> 39 of 45 (reading-time 5 -> 7, comments 7 -> 8; marker
5, byline 6, footer 8, share 3, notice 2 unchanged), keep 20 of 20, pages clean 0 -> 0 of 12, page noise lines left 45
-> 13 of 240, article lines lost 0 of 120. Pytest (the cleaning test set): 23362 passed, 1778 xfailed, no XPASS, on
938cb82. Reasons reworded: all twelve pages (each now keeps its photo caption, the German melodeon blog also its
subscribe prompt). Still missed: the photo captions (session 45's measure: not taken from shape alone), the Scribd,
Issuu and TikTok markers, the village-correspondent byline, the Polish market-stall plug, the German transparency notice
and the German subscribe prompt.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_193_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab model failed to load: your graphics card or browser does not support WebGL.', 'marker'),
    ('body', 'Bandcamp player: streaming of this album has been turned off by the artist.', 'marker'),
    ('body', 'Scribd document preview unavailable. Sign in to Scribd to read the full document.', 'marker'),
    ('body', 'La vidéo Dailymotion ne peut pas être lue, car vous avez refusé les cookies de ce service.', 'marker'),
    ('body',
     'SoundCloud-Inhalt blockiert: Zum Abspielen müssen Sie externe Medien in den Datenschutzeinstellungen zulassen.',
     'marker'),
    ('body', 'Sfogliabile di Issuu non caricato: il servizio è temporaneamente in manutenzione.', 'marker'),
    ('body', 'Film z TikToka został usunięty z powodu naruszenia wytycznych społeczności.', 'marker'),
    ('body', 'Видео на Rutube заблокировано по требованию правообладателя.', 'marker'),
    ('head', 'You can read this in 4 minutes', 'reading-time'),
    ('head', "Grab a cuppa – this one's a 15-minute read", 'reading-time'),
    ('head', '4 minutes de lecture', 'reading-time'),
    ('head', 'Lesezeit: rund 4 Minuten', 'reading-time'),
    ('head', 'Tempo stimato di lettura: 4 minuti', 'reading-time'),
    ('head', 'Przeczytanie zajmie ci około 4 minut', 'reading-time'),
    ('head', '4 минуты на прочтение', 'reading-time'),
    ('head', 'From our village correspondent, Hermione Gadsbrook', 'byline'),
    ('head', 'Tobias Wrenfield-Oakes, Local Democracy Reporting Service', 'byline'),
    ('head', 'Propos recueillis par Gaëtane Brouillassec', 'byline'),
    ('head', 'Записала Пелагея Ветлугаева', 'byline'),
    ('tail', 'I restore brass instruments to order; the ones ready to go are listed in my Reverb shop.', 'byline'),
    ('tail', 'Meine überholten Melodeons verkaufe ich über eBay – Abholung in Passau oder Versand mit DHL.', 'byline'),
    ('tail', 'Le zangole restaurate le vendo su eBay, con spedizione tramite BRT in tutta Italia.', 'byline'),
    ('tail',
     'Słoiki z moim lemon curdem sprzedaję w każdą sobotę na targu w Toruniu – zamówienia przez formularz na stronie.',
     'byline'),
    ('tail', 'Site by Squarespace · Terms · Cookie settings', 'footer'),
    ('tail',
     'Registered in England and Wales, company no. 08742351. Registered office: 12 Tannery Lane, Wickbourne',
     'footer'),
    ('tail', 'Hosted on Micro.blog · Archive · RSS feed', 'footer'),
    ('tail', 'Directeur de la publication : Anselme Tourneboisse · Dépôt légal à parution', 'footer'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Gerlinde Hufnagelmeier', 'footer'),
    ('tail',
     'Testata registrata presso il Tribunale di Lodi, n. 7/2004 · Direttore responsabile: Ottavio Brugnazzi',
     'footer'),
    ('tail', 'Strona stworzona w kreatorze WebWave · Polityka cookies', 'footer'),
    ('tail', 'Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-81234 от 12.03.2021.', 'footer'),
    ('tail', 'Join the conversation · 14 comments', 'comments'),
    ('tail', 'This comment has been removed by its author.', 'comments'),
    ('tail', 'Please keep comments civil and on topic – read our community guidelines.', 'comments'),
    ('tail', 'Les commentaires sont limités à 1 500 caractères.', 'comments'),
    ('tail', 'Um kommentieren zu können, müssen Sie Ihren Klarnamen angeben.', 'comments'),
    ('tail', 'Segnala un commento inappropriato alla redazione', 'comments'),
    ('tail', 'Odpowiedz · Zgłoś · Lubię to (3)', 'comments'),
    ('tail', 'Обсуждение: 27 комментариев, последний — 5 минут назад', 'comments'),
    ('tail', "Partager par SMS · Bluesky · Imprimer l'article", 'share'),
    ('tail', "Condividi l'articolo su Bluesky · LinkedIn · Email", 'share'),
    ('tail', 'Поделиться в ВКонтакте · Viber · Скопировать ссылку', 'share'),
    ('body', 'This story first appeared in our weekly print edition.', 'notice'),
    ('body', 'Transparenzhinweis: Der Autor ist Mitglied des Heimatvereins.', 'notice'),
    ('tail', 'Tekst autoryzowany przez rozmówców.', 'notice'),
]
HELD_OUT_193_KEEP: list[tuple[str, str]] = [
    ('head', "Comments from the bell-ringers were read out at Tuesday's parish meeting before the vote."),
    ('head', 'Share ownership of the old mill passed to the village trust in 1987, the minutes show.'),
    ('body', 'Following the fire of 1721, insurers nailed lead plaques to the houses they covered.'),
    ('body', 'Subscribers to the 1850 restoration fund are listed on a board in the church porch.'),
    ('tail',
     'Copyright in the photographs of the bridge belongs to the county archive, which lent them free of charge.'),
    ('tail', 'Advertising for the new ferry service in 1902 promised a crossing every half hour.'),
    ('tail', "Reading the council's minutes from 1911, Mr Hale found the first mention of the lion."),
    ('head', "Partager la salle des fêtes avec le club de boules n'a jamais posé de problème, assure la maire."),
    ('body', 'Commentaires et questions des habitants seront recueillis lors de la réunion publique de jeudi.'),
    ('tail', "Suivre la restauration de la chaise à porteurs a passionné les élèves de l'école primaire."),
    ('head', 'Teilen mussten sich die beiden Feuerwehren das neue Gerätehaus nur zwei Jahre lang.'),
    ('body', 'Werbung für Feuerversicherungen hing früher an fast jedem Haus der Altstadt, erzählt der Stadtarchivar.'),
    ('tail', 'Kommentare der Nachbarn hätten den Ausschlag gegeben, sagte der Bürgermeister nach der Sitzung.'),
    ('head', 'Abbonarsi alla rivista della Pro Loco costava nel 1962 appena cinquecento lire.'),
    ('body', 'Seguire i lavori del ponte è diventato il passatempo preferito dei pensionati del paese.'),
    ('tail', 'Condividere il leone con il comune vicino non è mai stato in discussione, ha detto il sindaco.'),
    ('head', 'Komentarze mieszkańców przekonały radnych do remontu mostu jeszcze w tym roku.'),
    ('tail', 'Udostępnianie kładki rowerzystom zaplanowano dopiero na przyszłą wiosnę.'),
    ('head', 'Подписка на районную газету в 1970-х годах стоила всего несколько рублей, вспоминает краевед.'),
    ('tail', 'Реклама кружка краеведов на доске объявлений привела на раскопки почти сорок школьников.'),
]
HELD_OUT_193_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-quenbury-curfew-bell', [
        ["-Home · News · Sport · What's On · Property · Jobs",
         '-The Quenbury Messenger — your town, your paper',
         '-LATEST: Quenbury market moves to Thursdays from next month'],
        ["+Quenbury's curfew bell rings out again after sixty years of silence",
         "-The curfew bell in the tower of St Aldhelm's, photographed on Monday evening.",
         '-Photo: Quenbury Messenger'],
        ['-By Dorian Quelchwood',
         '-Wednesday 14 May 2025, 6:12 pm',
         '-3 min read',
         ("+The old curfew bell of St Aldhelm's church was rung at eight o'clock on Monday evening for the first "
          'time since 1965.')],
        [("+Volunteers from the town's ringing band spent the winter freeing the bell's clapper and fitting a new "
          'rope to the wheel.'),
         '-Read also: Town council agrees new hanging baskets for the High Street',
         ('+"People stopped in the street and just listened," said the tower captain. "Some of them remembered it '
          'from when they were children."')],
        ['-Advertisement',
         '-Sponsored: Five reasons homeowners in the county are switching to heat pumps',
         '+What happens next',
         '+The bell will be rung every evening at eight until the end of September.',
         '+A plaque in the porch will tell visitors the story of the curfew.',
         '+Ringers will hold an open tower day on the first Saturday of June.'],
        [('+The curfew was first rung in Quenbury in the fourteenth century, and the custom lasted until the ringers '
          'of the 1960s grew too few.'),
         '+The parish council has agreed to pay for the rope to be replaced every five years.',
         "-Tags: St Aldhelm's, bells, heritage",
         '-Share on Facebook · Share on X · Email this article'],
        ['-Comments (4)',
         '-Pat W.: Lovely to hear it again from our garden on Monday.',
         '-↳ Gordon: It carries right down to the river on a still night.',
         '-Liz K.: Will they ring it on Sundays too?',
         '-↳ Dorian Quelchwood: Only on weekdays for now, Liz – the ringers are looking for more volunteers.'],
        ['-About us · Contact · Advertise · Privacy · Terms',
         '-© 2025 Quenbury Messenger Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-dented-euphonium-besson', [
        ['-The Dented Euphonium',
         '-Old brass, new life – one valve at a time'],
        ['-Posted on 11 May 2025 by Gwilym',
         '+Bringing a 1930s Besson euphonium back to life',
         '-9 min read'],
        ['-This post contains affiliate links. If you buy through them I may earn a small commission.',
         ('+I bought this euphonium at a car boot sale for forty pounds, with a crushed bell and three valves that '
          'would not move.'),
         '-The euphonium as I found it, bell bent almost flat.'],
        ['-Contents',
         '-1. Freeing the valves',
         '-2. Taking out the dents',
         ('+The valves had not been oiled for decades, so I soaked the casings overnight before easing the pistons '
          'out with a wooden dowel.')],
        [('+My teacher took one look at it and said, "That bell will never be round again," which was all the '
          'encouragement I needed.'),
         '-Related: How I made a dent ball set from old snooker balls'],
        ['+What the restoration took',
         '+Two evenings of soaking and cleaning the valves.',
         '+A weekend with dent balls and a rawhide mallet on the bell.',
         '+New felts, corks and springs for all three pistons.',
         "-I used this valve oil from Amazon – it's the one I'd buy again."],
        ['-Get new posts by email – subscribe below, no spam, ever.',
         ('+It now plays in tune from bottom B flat to the top of the stave, and the bell is round enough that nobody '
          'notices.'),
         '+Next winter I want to try re-lacquering it, but for now it goes to band practice every Thursday.',
         '-Toot on, Gwilym'],
        ['-5 Comments',
         '-Brenda: What a transformation! My dad had a Besson just like it.',
         '-↳ Gwilym: Thanks Brenda – they were built to last.',
         '-OldTromboneSam: Did you re-solder any of the braces?'],
        ['-I also restore brass for other players – see the Workshop page for prices and waiting times.',
         '-© 2025 Gwilym · All rights reserved',
         '-Powered by WordPress · Theme: Twenty Twenty-Four'],
    ]),
    _page('fr', 'fr-portail-sarlevigne-chaise-a-porteurs', [
        ['-Accueil · Actualités · Sports · Agenda · Annonces',
         "-L'Écho de Sarlevigne – le quotidien du canton",
         '-En direct : la fête de la Saint-Jean reportée au 28 juin'],
        ['+Sarlevigne : la chaise à porteurs du musée retrouve ses couleurs',
         "-La chaise à porteurs dans la salle d'honneur du musée municipal.",
         '-Crédit photo : Odile Fargassonne'],
        ['-Par Odile Fargassonne',
         '-Publié le 14 mai 2025 à 18 h 05',
         '-Lecture : 3 min',
         ('+Restaurée pendant dix-huit mois, la chaise à porteurs du XVIIIe siècle a regagné mardi la salle '
          "d'honneur du musée municipal.")],
        [('+Les restauratrices ont refixé le cuir de la caisse, nettoyé les peintures des panneaux et remplacé les '
          'deux brancards vermoulus.'),
         '-À lire aussi : Le marché de nuit revient sur la place du Château',
         ("+« On a retrouvé sous le vernis le blason d'une famille de notaires de la ville », raconte la "
          'conservatrice du musée.')],
        ['-Publicité',
         '-Contenu sponsorisé : Les meilleures mutuelles pour les seniors en 2025',
         '+Ce que le public pourra voir',
         '+La chaise est exposée sous une vitrine neuve, à hauteur des yeux.',
         '+Un film de dix minutes montre les étapes de la restauration.',
         '+Des visites commentées ont lieu chaque premier dimanche du mois.'],
        ["+Selon les archives, la chaise aurait servi jusqu'en 1790 à conduire les dames de la ville à la messe.",
         '+Le musée espère désormais restaurer la lanterne de procession conservée dans ses réserves.',
         '-Mots-clés : patrimoine, musée, restauration',
         '-Partager sur Facebook · Partager sur X · Envoyer par courriel'],
        ['-3 commentaires',
         '-Josiane M. : Superbe travail, bravo aux restauratrices !',
         "-↳ Bernard : Je l'avais vue toute poussiéreuse dans les années 80, quel changement.",
         '-Pierrot81 : Le musée est-il ouvert le lundi ?',
         '-↳ Odile Fargassonne : Non, Pierrot81, il est fermé le lundi et le mardi matin.'],
        ['-Mentions légales · Contact · Annonceurs · CGU',
         "-© 2025 L'Écho de Sarlevigne – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-flageolet-de-sidonie', [
        ['-Le Flageolet de Sidonie',
         '-Petites flûtes et grandes mélodies'],
        ['-Publié le 11 mai 2025 par Sidonie',
         "+J'ai appris à jouer du flageolet français en un hiver",
         '-Lecture : 8 min'],
        ['-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.',
         ("+Le flageolet que m'a légué ma grand-tante dormait dans un tiroir depuis cinquante ans, avec son bec "
          "d'ivoire et ses quatre clés de laiton."),
         '-Le flageolet posé sur la partition de la méthode de 1840.'],
        ['-Sommaire',
         "-1. Remettre l'instrument en état",
         '-2. Les premiers airs',
         ("+J'ai d'abord huilé l'intérieur du corps à l'huile d'amande douce et remplacé les tampons des clés, qui "
          'tombaient en poussière.')],
        [("+Mon voisin, qui joue du hautbois, m'a prévenue : « Le flageolet, c'est facile à commencer et impossible à "
          'bien finir. »'),
         "-À lire aussi : Comment j'ai fabriqué un étui en cuir pour ma flûte"],
        ["+Ce qui m'a aidée",
         '+Une vieille méthode, trouvée en fac-similé à la médiathèque.',
         '+Un accordeur électronique posé sur le pupitre.',
         '+Vingt minutes de gammes chaque soir, sans exception.',
         '-Mon accordeur préféré est disponible ici sur Amazon.'],
        ['-Abonnez-vous pour recevoir les nouveaux articles par e-mail !',
         "+Aujourd'hui je joue une dizaine de contredanses, et les aigus ne sifflent presque plus.",
         '+Au printemps, je compte rejoindre le petit bal folk du village avec mon flageolet.',
         '-À bientôt, Sidonie'],
        ['-4 commentaires',
         '-Marie-Jo : Quel joli instrument, et quelle patience !',
         '-↳ Sidonie : Merci Marie-Jo, la patience vient en jouant.',
         '-Fabrice L. : Où trouve-t-on des tampons à la bonne taille ?'],
        ['-Je donne des cours de flageolet en visio, le mercredi soir : écrivez-moi via la page Contact.',
         '-© 2025 Sidonie – tous droits réservés',
         '-Propulsé par WordPress · Thème Botiga'],
    ]),
    _page('de', 'de-portal-hufenbrueck-feuermarken', [
        ['-Startseite · Lokales · Sport · Kultur · Service',
         '-Hufenbrücker Bote – Die Zeitung für Stadt und Land',
         '-Eilmeldung: Sperrung der Mühlenstraße bis Freitag verlängert'],
        ['+Alte Feuermarken an den Fachwerkhäusern der Altstadt werden erfasst',
         '-Eine der Blechplaketten über der Tür des Hauses Marktgasse 7.',
         '-Foto: Reinhild Schnackenhuber'],
        ['-Von Reinhild Schnackenhuber',
         '-Mittwoch, 14.05.2025, 17:40 Uhr',
         '-3 Minuten Lesezeit',
         ('+Der Heimatverein hat begonnen, die alten Feuermarken an den Häusern der Hufenbrücker Altstadt zu '
          'fotografieren und zu verzeichnen.')],
        ['+Die kleinen Blechschilder zeigten einst, bei welcher Versicherung ein Haus gegen Feuer versichert war.',
         '-Lesen Sie auch: Neuer Bäcker eröffnet am Rathausplatz',
         '+„Manche Marken sind über zweihundert Jahre alt und kaum noch lesbar“, sagt der Vorsitzende des Vereins.'],
        ['-Anzeige',
         '-Gesponsert: So sparen Hausbesitzer bei der Dachsanierung',
         '+So geht es weiter',
         '+Jede Marke wird fotografiert und mit Adresse in eine Liste eingetragen.',
         '+Lose Schilder werden von einem Schlosser neu befestigt.',
         '+Im Herbst zeigt das Rathaus eine Ausstellung mit den schönsten Stücken.'],
        ['+Die älteste bisher gefundene Marke stammt aus dem Jahr 1798.',
         '+Wer an seinem Haus eine Feuermarke entdeckt, kann sich beim Heimatverein melden.',
         '-Schlagworte: Altstadt, Heimatverein, Denkmalschutz',
         '-Auf Facebook teilen · Auf X teilen · Per E-Mail senden'],
        ['-Kommentare (3)',
         '-Uschi B.: Bei uns hängt auch noch so ein Schild über der Haustür!',
         '-↳ Heimatverein Hufenbrück: Dann melden Sie sich gern bei uns, Uschi.',
         '-Torsten: Tolles Projekt, endlich kümmert sich jemand darum.',
         '-↳ Manni K.: Sehe ich genauso.'],
        ['-Impressum · Datenschutz · Kontakt · AGB',
         '-© 2025 Hufenbrücker Bote GmbH'],
    ]),
    _page('de', 'de-blog-irmgards-balgzug-melodeon', [
        ['-Irmgards Balgzug',
         '-Vom Flohmarktfund zum Tanzbodeninstrument'],
        ['-Veröffentlicht am 11. Mai 2025 von Irmgard',
         '+Mein altes Melodeon spielt wieder – die Reparatur Schritt für Schritt',
         '-Lesezeit: 10 Minuten'],
        ['-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
         ('+Das zweireihige Melodeon stand auf einem Flohmarkt in Landshut, der Balg war löchrig und drei Stimmzungen '
          'schwiegen.'),
         '-Das Melodeon auf meiner Werkbank, noch mit dem alten Balg.'],
        ['-Inhaltsverzeichnis',
         '-1. Den Balg abdichten',
         '-2. Die Stimmzungen reinigen',
         ('+Die Löcher im Balg habe ich von innen mit dünnem Ziegenleder geflickt und die Ecken mit neuem Leinenband '
          'verstärkt.')],
        [('+Mein Nachbar, der seit vierzig Jahren Steirische spielt, meinte nur: „Ein Balg verzeiht nichts, aber er '
          'vergisst auch nichts.“'),
         '-Passend dazu: Wie ich meinen Notenständer aus Kirschholz gebaut habe'],
        ['+Was ich gebraucht habe',
         '+Ziegenleder und Leinenband für den Balg.',
         '+Einen weichen Pinsel und Waschbenzin für die Stimmzungen.',
         '+Etwas Bienenwachs für die klemmenden Knöpfe.',
         '-Das Ziegenleder habe ich hier bei Amazon bestellt.'],
        ['-Du willst keinen Beitrag verpassen? Trag dich in meinen Newsletter ein!',
         '+Jetzt hält der Balg die Luft, und alle Töne sprechen sauber an.',
         '+Beim Dorffest im Juni will ich zum ersten Mal damit zum Tanz aufspielen.',
         '-Bis bald, eure Irmgard'],
        ['-3 Kommentare zu diesem Beitrag',
         '-Sepp: Ziegenleder ist genau richtig, so hab ich es auch gemacht.',
         '-↳ Irmgard: Danke, Sepp, das beruhigt mich!',
         '-Hanne W.: Hast du die Stimmung nachgeprüft?'],
        ['-Reparaturen für andere Spieler übernehme ich gern – schreib mir über das Kontaktformular.',
         '-© 2025 Irmgard · Alle Rechte vorbehalten',
         '-Erstellt mit WordPress · Theme: Inspiro'],
    ]),
    _page('it', 'it-portale-pontemarzolo-leone', [
        ['-Home · Cronaca · Sport · Eventi · Necrologi',
         '-La Voce di Pontemarzolo – il quotidiano della valle',
         "-Ultim'ora: chiusa per lavori la provinciale fino a venerdì"],
        ['+Pontemarzolo, il leone di pietra torna sul ponte vecchio',
         '-Il leone di pietra riposizionato sul parapetto del ponte.',
         '-Foto: Ufficio stampa del Comune'],
        ['-di Tecla Sbrozzini',
         '-14 maggio 2025, ore 18:20',
         '-Lettura: 3 minuti',
         ('+Dopo due anni di restauro, il leone di pietra che da secoli guarda il fiume è stato rimesso al suo posto '
          'sul ponte vecchio.')],
        ['+La scultura era stata rimossa nel 2023 dopo che una crepa si era allargata lungo la zampa anteriore.',
         '-Leggi anche: Festa del patrono, ecco il programma completo',
         '+«Il leone è il simbolo del paese, senza di lui il ponte sembrava vuoto», ha detto il sindaco.'],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: Mutui casa, i tassi più bassi di maggio',
         '+Come è stato restaurato',
         '+La crepa è stata chiusa con perni in acciaio inossidabile.',
         '+La superficie è stata pulita con impacchi di argilla.',
         '+Una copia in resina resterà esposta nel municipio.'],
        ['+Secondo la tradizione, il leone fu scolpito nel 1612 da uno scalpellino del paese.',
         "+L'inaugurazione ufficiale si terrà domenica con la banda musicale.",
         '-Tag: ponte vecchio, restauro, patrimonio',
         '-Condividi su Facebook · Condividi su X · Invia per email'],
        ['-3 commenti',
         '-Rosanna T.: Finalmente! Ci mancava tanto.',
         '-↳ Gigi: Da bambini ci salivamo sopra, altro che restauro.',
         '-Ermanno: Speriamo che stavolta lo proteggano dai vandali.',
         '-↳ Redazione: Il Comune ha annunciato una telecamera sul ponte, Ermanno.'],
        ['-Chi siamo · Contatti · Inserzioni · Privacy',
         '-© 2025 La Voce di Pontemarzolo srl – Tutti i diritti riservati'],
    ]),
    _page('it', 'it-blog-zangola-di-nives-burro', [
        ['-La Zangola di Nives',
         '-Cose di campagna fatte a mano'],
        ["-Pubblicato l'11 maggio 2025 da Nives",
         '+Ho rimesso in funzione la zangola della nonna per fare il burro',
         '-Tempo di lettura: 7 minuti'],
        [('-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
          'commissione.'),
         ("+La zangola di legno della nonna era in soffitta da trent'anni, con le doghe allentate e la manovella "
          'bloccata dalla ruggine.'),
         '-La zangola appena tirata giù dalla soffitta.'],
        ['-Indice',
         '-1. Le doghe e i cerchi',
         '-2. Il primo burro',
         ("+Ho lasciato la zangola piena d'acqua per tre giorni, così il legno si è gonfiato e le doghe hanno smesso "
          'di perdere.')],
        [("+Mia zia, quando l'ha vista, ha detto: «Il burro buono viene solo dalla panna di due giorni», e aveva "
          'ragione.'),
         '-Potrebbe interessarti anche: La mia ricetta della ricotta fatta in casa'],
        ['+Cosa mi è servito',
         '+Olio di lino per la manovella e i perni.',
         "+Due litri di panna fresca di un'azienda agricola vicina.",
         "+Un cucchiaio di legno per lavare il burro nell'acqua fredda.",
         '-Il termometro da cucina che uso lo trovi qui su Amazon.'],
        ['-Iscriviti alla newsletter per non perdere le prossime ricette!',
         '+Dopo venti minuti di manovella la panna si è separata, e ho ottenuto quasi mezzo chilo di burro.',
         "+Il latticello l'ho usato il giorno dopo per fare le frittelle.",
         '-Un abbraccio, Nives'],
        ['-4 commenti',
         '-Carla: Che meraviglia, anche mia nonna ne aveva una uguale!',
         '-↳ Nives: Allora tirala fuori anche tu, Carla!',
         '-Beppe R.: Quanto dura il burro fatto così?'],
        ['-Faccio anche laboratori di burro per bambini nelle fattorie didattiche: contattami dalla pagina Laboratori.',
         '-© 2025 Nives – Tutti i diritti riservati',
         '-Realizzato con WordPress · Tema: Kale'],
    ]),
    _page('pl', 'pl-portal-sluzowice-most-obrotowy', [
        ['-Strona główna · Wiadomości · Sport · Kultura · Ogłoszenia',
         '-Kurier Śluzowicki – gazeta znad kanału',
         '-Pilne: objazd przez ulicę Młyńską do końca tygodnia'],
        ['+Most obrotowy na kanale w Śluzowicach znów się obraca',
         '-Most obrotowy podczas pierwszego otwarcia po remoncie.',
         '-Fot. Urząd Gminy Śluzowice'],
        ['-Autor: Halina Obrotnicka',
         '-14 maja 2025, 18:15',
         '-Czas czytania: 3 min',
         ('+Po dwóch latach remontu zabytkowy most obrotowy na kanale w Śluzowicach został w środę po raz pierwszy '
          'otwarty dla barek.')],
        ['+Robotnicy wymienili zużyte łożyska, a stalowe przęsło zostało oczyszczone i pomalowane na nowo.',
         '-Przeczytaj także: Festyn rodzinny nad kanałem już w sobotę',
         '+„Most obraca jeden człowiek za pomocą korby, wystarczy trochę cierpliwości” – mówi operator mostu.'],
        ['-Reklama',
         '-Artykuł sponsorowany: Najtańsze kredyty hipoteczne w maju',
         '+Jak będzie działał most',
         '+Most będzie otwierany dla łodzi trzy razy dziennie.',
         '+Piesi poczekają przy szlabanie około dziesięciu minut.',
         '+W wakacje operator pokaże mechanizm chętnym zwiedzającym.'],
        ['+Most zbudowano w 1908 roku, gdy kanałem pływały jeszcze barki z cegłą.',
         '+Gmina planuje w przyszłym roku odnowić także dom operatora.',
         '-Tagi: most obrotowy, kanał, zabytki',
         '-Udostępnij na Facebooku · Udostępnij na X · Wyślij e-mailem'],
        ['-Komentarze (3)',
         '-Marek_znad_kanału: Byłem przy pierwszym otwarciu, robi wrażenie!',
         '-↳ Jola: Mój dziadek był kiedyś operatorem tego mostu.',
         '-Krzysiek: A kiedy otworzą kładkę dla rowerów?',
         '-↳ Redakcja: Gmina zapowiada kładkę na przyszłą wiosnę, Krzysiek.'],
        ['-O nas · Kontakt · Polityka prywatności · Regulamin',
         '-© 2025 Kurier Śluzowicki. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-cytrynowy-strych-lemon-curd', [
        ['-Cytrynowy Strych',
         '-Słodkości z domowej spiżarni'],
        ['-Opublikowano 11 maja 2025 przez Jadzię',
         '+Lemon curd, czyli krem cytrynowy jak z angielskiej herbaciarni',
         '-Czas czytania: 6 min'],
        ['-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.',
         '+Lemon curd robię od lat, odkąd przywiozłam słoiczek z wakacji w Kornwalii i zjadłam go w dwa dni.',
         '-Gotowy krem w słoiczkach na parapecie.'],
        ['-Spis treści',
         '-1. Składniki',
         '-2. Gotowanie na parze',
         '+Najważniejsze jest powolne gotowanie w misce nad garnkiem z gorącą wodą, żeby żółtka się nie ścięły.'],
        ['+Moja babcia zawsze powtarzała: „Krem cytrynowy nie lubi pośpiechu”, i miała rację.',
         '-Zobacz też: Konfitura z pigwy krok po kroku'],
        ['+Czego potrzebujesz',
         '+Czterech cytryn i czterech żółtek.',
         '+Stu gramów masła i stu pięćdziesięciu gramów cukru.',
         '+Wyparzonych słoiczków z zakrętkami.',
         '-Mój ulubiony garnek z wkładem do gotowania na parze kupisz tutaj.'],
        ['-Zapisz się na newsletter, a nowe przepisy trafią prosto do Ciebie!',
         '+Krem gęstnieje po kilkunastu minutach mieszania, a w lodówce wytrzymuje do dwóch tygodni.',
         '+Najbardziej lubię go na ciepłych bułeczkach albo w tartaletkach z bezą.',
         '-Smacznego, Jadzia'],
        ['-3 komentarze pod wpisem',
         '-Ola: Zrobiłam wczoraj, rodzina zachwycona!',
         '-↳ Jadzia: Bardzo się cieszę, Olu!',
         '-Kasia M.: Czy można użyć limonek zamiast cytryn?'],
        ['-Prowadzę warsztaty przetworów w mojej kuchni – terminy znajdziesz w zakładce Warsztaty.',
         '-© 2025 Jadzia – wszelkie prawa zastrzeżone',
         '-Blog na WordPressie · Motyw: Twenty Twenty-Three'],
    ]),
    _page('ru', 'ru-portal-vygonovo-kamennyi-krug', [
        ['-Главная · Новости · Спорт · Афиша · Объявления',
         '-Выгоновские известия — газета нашего района',
         '-Срочно: в пятницу в посёлке отключат воду'],
        ['+В Выгонове расчистили каменный круг на старом выгоне',
         '-Каменный круг на выгоне после расчистки.',
         '-Фото: администрация поселения'],
        ['-Автор: Феоктист Межеумов',
         '-14 мая 2025, 18:30',
         '-Читать: 3 мин.',
         '+Добровольцы расчистили от кустарника и мусора древний каменный круг на старом выгоне за околицей Выгонова.'],
        ['+Круг из двадцати трёх валунов был известен местным жителям давно, но последние полвека зарастал ивняком.',
         '-Читайте также: В доме культуры открылась выставка вышивки',
         ('+«Мы насчитали двадцать три камня, хотя старики всегда говорили о двадцати четырёх», — рассказывает '
          'руководитель кружка краеведов.')],
        ['-На правах рекламы',
         '-Партнёрский материал: Как выбрать газонокосилку для дачи',
         '+Что сделали добровольцы',
         '+Вырубили кустарник внутри круга и вокруг него.',
         '+Вывезли с выгона три машины мусора.',
         '+Поставили у тропы табличку с описанием камней.'],
        ['+Учёные из областного музея обещают осмотреть камни летом.',
         '+До их приезда жителей просят не сдвигать валуны и не разводить костры внутри круга.',
         '-Теги: краеведение, выгон, история',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['-3 комментария',
         '-Нина П.: Помню, в детстве мы там пасли коз.',
         '-↳ Степан: А двадцать четвёртый камень, говорят, увезли на фундамент.',
         '-Валера: Молодцы, надо и дальше поддерживать порядок.',
         '-↳ Редакция: Спасибо, Валера, передадим добровольцам.'],
        ['-О редакции · Контакты · Политика конфиденциальности',
         '-© 2025 «Выгоновские известия». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-kukhnya-evstolii-sotovyi-iris', [
        ['-Кухня Евстолии',
         '-Домашние сладости без магазинных хитростей'],
        ['-Опубликовано 11 мая 2025, автор: Евстолия',
         '+Сотовый ирис, или хрустящие соты из сахара, дома за полчаса',
         '-Время чтения: 7 минут'],
        ['-В записи есть партнёрские ссылки: если вы покупаете по ним, я получаю небольшой процент.',
         ('+Этот ирис с дырочками, как в пчелиных сотах, я впервые попробовала в Шотландии и долго не верила, что его '
          'можно сделать дома.'),
         '-Сотовый ирис сразу после того, как его разломали.'],
        ['-Содержание',
         '-1. Сироп и сода',
         '-2. Как не пересушить',
         ('+Сахар, мёд и патоку я варю до янтарного цвета, а потом быстро вмешиваю соду, и масса вспенивается прямо '
          'на глазах.')],
        ['+Муж, увидев, как пена лезет из кастрюли, сказал: «Это не ирис, это вулкан», но съел половину противня.',
         '-Читайте также: Пастила из антоновки в духовке'],
        ['+Что понадобится',
         '+Двести граммов сахара и четыре ложки мёда.',
         '+Две чайные ложки пищевой соды.',
         '+Противень, застеленный пергаментом.',
         '-Термометр для карамели я покупала вот здесь, на Wildberries.'],
        ['-Подпишитесь на рассылку, чтобы не пропустить новые рецепты!',
         '+Главное — не мешать массу после соды дольше нескольких секунд, иначе пузырьки осядут.',
         '+Готовые соты я макаю в тёмный шоколад, и так они хранятся дольше.',
         '-Сладкого вам дня, ваша Евстолия'],
        ['-Комментарии к записи: 3',
         '-Галина: Получилось с первого раза, спасибо!',
         '-↳ Евстолия: Ура, Галина, рада за вас!',
         '-Тимофей: А можно без патоки?'],
        ['-Готовые соты в подарочных коробках можно заказать через мою страницу на Ярмарке Мастеров.',
         '-© 2025 Евстолия. Все права защищены.',
         '-Сайт работает на WordPress · Тема: Twenty Twenty-Two'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Scribd document preview unavailable. Sign in to Scribd to read the full document.':
        ("an English Scribd sign-in marker ('Scribd document preview unavailable. Sign in to Scribd to read the full "
         "document.') is left in the body"),
    'Sfogliabile di Issuu non caricato: il servizio è temporaneamente in manutenzione.':
        ("an Italian Issuu maintenance marker ('Sfogliabile di Issuu non caricato: il servizio è temporaneamente in "
         "manutenzione.') is left in the body"),
    'Film z TikToka został usunięty z powodu naruszenia wytycznych społeczności.':
        ("a Polish TikTok guidelines-removal marker ('Film z TikToka został usunięty z powodu naruszenia wytycznych "
         "społeczności.') is left in the body"),
    'Słoiki z moim lemon curdem sprzedaję w każdą sobotę na targu w Toruniu – zamówienia przez formularz na stronie.':
        ("a Polish market-stall lemon-curd plug ('Słoiki z moim lemon curdem sprzedaję w każdą sobotę na targu w "
         "Toruniu – zamówienia przez formularz na stronie.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-quenbury-curfew-bell':
        ("the curfew-bell story's page keeps the lead photo's caption ('The curfew bell in the tower of St "
         "Aldhelm's, photographed on Monday evening.') under the title (1 of 20 noise lines); no article line is lost"),
    'en-blog-dented-euphonium-besson':
        ("the euphonium blog's post keeps the photo caption ('The euphonium as I found it, bell bent almost flat.') "
         'after the first paragraph (1 of 20 noise lines); no article line is lost'),
    'fr-portail-sarlevigne-chaise-a-porteurs':
        ("the sedan-chair story's page keeps the lead photo's caption ('La chaise à porteurs dans la salle d'honneur "
         "du musée municipal.') under the title (1 of 20 noise lines); no article line is lost"),
    'fr-blog-flageolet-de-sidonie':
        ("the flageolet blog's post keeps the photo caption ('Le flageolet posé sur la partition de la méthode de "
         "1840.') after the first paragraph (1 of 20 noise lines); no article line is lost"),
    'de-portal-hufenbrueck-feuermarken':
        ("the fire-marks story's page keeps the lead photo's caption ('Eine der Blechplaketten über der Tür des "
         "Hauses Marktgasse 7.') under the title (1 of 20 noise lines); no article line is lost"),
    'de-blog-irmgards-balgzug-melodeon':
        ("the melodeon blog's post keeps the photo caption ('Das Melodeon auf meiner Werkbank, noch mit dem alten "
         "Balg.') after the first paragraph and the subscribe prompt ('Du willst keinen Beitrag verpassen? Trag dich "
         "in meinen Newsletter ein!') above the two last paragraphs (2 of 20 noise lines); no article line is lost"),
    'it-portale-pontemarzolo-leone':
        ("the stone-lion story's page keeps the lead photo's caption ('Il leone di pietra riposizionato sul "
         "parapetto del ponte.') under the title (1 of 20 noise lines); no article line is lost"),
    'it-blog-zangola-di-nives-burro':
        ("the butter-churn blog's post keeps the photo caption ('La zangola appena tirata giù dalla soffitta.') "
         'after the first paragraph (1 of 20 noise lines); no article line is lost'),
    'pl-portal-sluzowice-most-obrotowy':
        ("the swing-bridge story's page keeps the lead photo's caption ('Most obrotowy podczas pierwszego otwarcia "
         "po remoncie.') under the title (1 of 20 noise lines); no article line is lost"),
    'pl-blog-cytrynowy-strych-lemon-curd':
        ("the lemon-curd blog's post keeps the photo caption ('Gotowy krem w słoiczkach na parapecie.') after the "
         'first paragraph (1 of 20 noise lines); no article line is lost'),
    'ru-portal-vygonovo-kamennyi-krug':
        ("the stone-circle story's page keeps the lead photo's caption ('Каменный круг на выгоне после расчистки.') "
         'under the title (1 of 20 noise lines); no article line is lost'),
    'ru-blog-kukhnya-evstolii-sotovyi-iris':
        ("the honeycomb-toffee blog's post keeps the photo caption ('Сотовый ирис сразу после того, как его "
         "разломали.') after the first paragraph (1 of 20 noise lines); no article line is lost"),
}

test_held_out_193_line, test_held_out_193_line_is_kept, test_held_out_193_page = held_out_tests(
    HELD_OUT_193_LINES, HELD_OUT_193_KEEP, HELD_OUT_193_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
