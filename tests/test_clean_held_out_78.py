"""Held-out set 78: written blind, weighted toward the noise the cleaner exists for, in shapes set 77's docstring does
not name: scraper, embed and ad markers (YouTube's scraped embed fallback "If playback doesn't begin shortly, try
restarting your device.", the Canadian-portal-style "Story continues below advertisement", Getty Images' scraped embed
label "Embed from Getty Images", a Le Figaro-style French ad break "Publicité, votre contenu continue ci-dessous", the
German "Artikel wird nach der Anzeige fortgesetzt", the Italian "L'articolo prosegue sotto la pubblicità", the
Onet-style Polish "Dalsza część artykułu pod materiałem wideo" and a Russian labelled-advertising line with a company,
INN and erid token "Реклама. ООО «Зорька-Трейд», ИНН 0000000000, erid: 2Vtzqx0000"); reading-time headers in new
wordings (Axios's "Smart Brevity® count: 2 mins...358 words", Medium's "7 min read · Dec 1, 2026", the French "Durée de
lecture : 4 min", the German "4 Minuten Lesezeit", the Italian "Tempo di lettura stimato: 4 min", the Polish "4 min
czytania" and the Russian "5 минут на чтение"); bylines and self-promotion (an English magazine-style "Words by Tamsin
Orley | Photography by Ned Farrow" credit, an English wire contributor line "Associated Press writer Colin Marsh in
Chicago contributed to this report.", Substack's "Thanks for reading Thrift & Thimble! Subscribe for free to receive new
posts and support my work.", the French interview credit "Propos recueillis par Claire Dumoulin", the German staff
byline "Von unserem Redaktionsmitglied Klaus Bergmüller", the Italian text-and-photos credit "Testo e foto di Giulia
Marchetti", a Polish support-me-on-Patronite plug and the Russian interview credit "Беседовала Ольга Маркелова"); blog
and site footers (the UK "Contains public sector information licensed under the Open Government Licence v3.0.", the
reCAPTCHA notice "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", a
WordPress theme-credit row "Copyright © 2026 The Crooked Allotment – WordPress Theme by Kadence WP", Overblog's French
footer row "Créer un blog gratuit sur Overblog · Top articles · Contact · Signaler un abus · Cookies et données
personnelles", the German no-liability line "Alle Angaben ohne Gewähr. Irrtümer und Änderungen vorbehalten.", the
Italian not-a-newspaper blog disclaimer citing law no. 62 of 7 March 2001, a Polish GDPR data-controller line
"Administratorem Twoich danych osobowych jest Wydawnictwo Nadrzeczne sp. z o.o." and the Russian not-a-public-offer
disclaimer "Вся информация на сайте носит ознакомительный характер и не является публичной офертой."); reader-comment
furniture (the scraped "Facebook Comments Plugin" label, the Independent's "Join our commenting forum. Join
thought-provoking conversations, follow other Independent readers and see their replies", Substack's "Discussion about
this post", WordPress's French e-mail-not-published note "Votre adresse e-mail ne sera pas publiée. Les champs
obligatoires sont indiqués avec *", a German netiquette note "Wir behalten uns vor, Kommentare zu löschen, die gegen
unsere Netiquette verstoßen.", an Italian moderation note "I commenti sono soggetti a moderazione prima della
pubblicazione.", a Polish forum-rules note "Dodając komentarz, akceptujesz regulamin forum." and the Russian Cackle
widget label "Комментарии для сайта Cackle"); share rows (an English Mastodon, Reddit, Flipboard and e-mail row, a
French Facebook, Pinterest, e-mail and print row and a Russian VKontakte, Odnoklassniki, Telegram and copy-link row);
and notices (a German correction note "Korrekturhinweis: In einer früheren Version dieses Artikels hieß es, die Brücke
sei 1962 gebaut worden. Richtig ist 1958. Wir haben den Fehler korrigiert.", an Italian republished-under-licence note
"Articolo ripubblicato con licenza Creative Commons BY-NC-ND 4.0." and a Polish older-than-a-year note "Uwaga: ten
artykuł został opublikowany ponad rok temu. Niektóre informacje mogą być nieaktualne."); and toward whole scraped news,
opinion and hobby-blog pages in layouts sets 58 to 77 did not use, as far as the brief and set 77's docstring list them
(a regional portal's story on a footbridge built beside a ford where cars kept getting stranded, with a comment, a
narrowboat blog's post on a winter stoppage to replace a lock's top gates, with a comment, a regional portal's story on
a village school reopening its third class, with a comment, a weekly's column on cars parked on the pavements, with a
comment, a regional portal's story on a village ski tow lift run again by a new association, with a comment, an
amateur-radio blog's post on a winter field day on the local hill, with a comment, a regional portal's story on a
chestnut festival's record turnout, with a comment, a paper's column on the last cobbler in town closing, with a
comment, a regional portal's story on a new bus line to five villages, with a comment, an allotment blog's post on
closing the plot for winter, with a comment, a regional portal's story on the town bathhouse reopened after repairs,
with a comment, and a weekly's column on a live New Year tree returning to the square, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 77), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder. Read were: the docstring of held-out set 77 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s78scratch/read77.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
77's, taken by a script (/tmp/s78scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 77 -> 78, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s78,
detached at commit b2c7b985b0947e659c1a1def612f10182a19efe8, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me. Set 77's file was only printed through the ast
script above, run once with its output sent to a scratch file (/tmp/s78scratch/read77.out) that I paged through with
``sed`` (lines 1 to 150, then 150 to 315); the docstring cut held (the printed docstring ended with set 77's Baseline
paragraph). That allowed text itself reports, in set 77's notes, a ``git worktree list`` its author ran, naming a
worktree /tmp/wt-r70 on a branch round70; I saw this only as docstring text and did not run ``git worktree list``. The
build script, which read set 77's file to take its tail, printed nothing but the tail it wrote. At my first step ``git
status --short | head`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git
worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen
commit is. To check that both worktrees existed I ran ``ls`` on them, which printed their top-level names only
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests); nothing under them was opened but what the
brief allows and this file. The branch set78 was made from the same commit; there this file (with the xfail tables
filled) gives only passed and xfailed tests (55 passed, 22 xfailed), which is a check of the tables, not a second
measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were
imported with /work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner then
and none of its source was read. The stand-in noisy_corpus module was written by a second small script
(/tmp/s78scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text
of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4) Before the measurement the
lists were executed from a scratch folder (/tmp/s78scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category and by language
(from the ``# English`` ... comments), the keep lines by language and the pages by language, printed each page's block
sizes and checked that no page noise line repeats on its page, is a substring of an article line of its page or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_78_LINES``, case-sensitively and, as a stricter check,
case-insensitively. Its first run stopped on my own error: I had built the pages dict from the ``_page`` tuples, which
keyed it by language; it was rewritten as name -> ``_page(lang, name, blocks)``, no line changed. Its second run found
one overlap, the French pavement column's "Signaler un abus" inside the held-out Overblog footer row, which became
"Signaler ce commentaire", and one source line over 120 columns, which was wrapped. Its third run found nothing. While
drafting, before any run, I had chosen page ad labels and headings that no held-out line holds even case-insensitively
("— Advertising —", "Contenu sponsorisé", "Werbung", "Spazio pubblicitario", "Рекламный блок", "Commenti dei lettori",
"Отправить в Telegram"). No list changed after that check. (5) At the measurement this docstring was a placeholder; it
was written afterwards, with the xfail tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED
lines and summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen
worktree by a script (/tmp/s78scratch/problems.py) that ran it on every line, keep line and page of this set and printed
the problems of the failing ones, to write the xfail reasons. The check run on branch set78 printed its last XFAIL line
with my own reason and the summary. (6) Invented names were checked, before the measurement, against the helper's
exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not a proof that
they do not exist: Cressingmere (and so the Cressingmere Courier), Holloway Ford, Couzeilles (and so Couzeilles Infos),
Vernazès (and so Le Courrier du Vernazès), Kranzelried (and so the Kranzelrieder Rundschau), Kogelfunk, Castagnoro and
CastagnoroNews, Roccaserena (and so La Gazzetta di Roccaserena), Wilczogóra (and so wilczogora.info), Działka przy
Olszynce, Ольховогорск and Ольховогорские новости, Снеговейск and Снеговейская правда, The Crooked Allotment, Thrift &
Thimble, Wydawnictwo Nadrzeczne, Зорька-Трейд and the boat name Nb Marsh Tit had no hits. "Lockwise &" and "Lockwise and
Otherwise" were found only inside "clockwise &&" and "clockwise and otherwise" in code and comments; Lockwise &
Otherwise was kept. Six names were dropped after their checks: Vallebruna (an invented football club, sponsor, place and
winery in several repositories), Antennenwald (an ordinary German word in game texts), "Pod Jarzębiną" (the name of a
real preschool, Przedszkole nr 6 "Pod Jarzębiną", and a song line), Slow Kitchen Notes (a phrase in a site's
description), Wandering Heron (a schooner, an imprint and a word-list entry) and Лесная ярмарка (event names in games).
Not checked, generic or invented at sight: Mill Lane, the rue des Tanneurs, the Sonnenhang, the Kogel, the Oberland, the
Zehentscheune, via del Forno, osiedle Słoneczne, ulica Szkolna and улица Лесная; these words are common enough that real
streets and places carry them, and Olszynka, in the allotment blog's name, is itself a common real Polish place name.
The people's names (Tamsin Orley, Ned Farrow, Colin Marsh, Claire Dumoulin, Klaus Bergmüller, Giulia Marchetti, Ольга
Маркелова, Harriet Quayle, Martin Elsby, Trevor_W, Jen, Keith, Élodie Mercadier, Marion Castagné, Papi_du_plateau, Luc
Fabrègue, Josiane R., Theresa Huber, Florian Aigner, Sepp_vom_Hang, Uli, Bernd aus dem Nachbartal, Renzo Bertolini,
Mariuccia, Paolo Venturi, Anna Maria Ricciardi, Ottavio, Giuseppe_62, Tomasz Sobczyk, Halina Zaremba, ~babcia_Krysia,
Ewa, Zdzisław, Działkowiec z Łodzi, Светлана Кудрявцева, Нина Белоусова, Пётр Иванович, Людмила Гребнева, Андрей
Соловьёв, Валентина Петровна) are invented, though ordinary names real people may bear; none is meant as a real person.
The INN, erid token, court registration number and phone number are zero-filled, and the e-mail addresses use the
reserved .example domain. (7) Some lines name real things, as real pages do: YouTube's embed-fallback wording, Getty
Images, Axios's Smart Brevity count, Medium, the Associated Press and Chicago, Substack, the UK Open Government Licence
v3.0, reCAPTCHA and Google, WordPress and Kadence WP, Facebook's comments plugin, the Independent, Mastodon, Reddit,
Flipboard, Le Figaro's and Onet's ad-break wordings as I remember them, Overblog, Pinterest, the Italian law no. 62 of 7
March 2001, Creative Commons BY-NC-ND 4.0, Patronite, the Polish GDPR data-controller wording, the Russian erid and INN
advertising marking, Cackle, VKontakte, Odnoklassniki, Telegram, MAX, Instagram and WhatsApp; on the pages the Canal &
River Trust, the Ford Fiesta, Portugal, Finland and Canada, the federal road B 12, the Pro Loco, Italian court
registration of papers, the Polish government fund for bus services, the ROD allotment gardens, Łódź, the name days of
Balbina and Paulina given for 2 December (from memory) and the 12+ and 16+ age marks. (8) Set 77's docstring names its
own shapes and the earlier sets' page layouts only, so some lines may repeat shapes of sets before 77 that I could not
check; in particular "Story continues below advertisement", Medium's "min read", the German and Polish reading-time
rows, the reCAPTCHA notice, "Facebook Comments Plugin" and WordPress's French e-mail-not-published note are common
enough that an earlier set or a development list may hold them. Close to shapes set 77 named: the YouTube fallback is an
unsupported-media fallback like its audio and video fallbacks, and the Getty label an embed line like its consent
prompts; the reading-time rows are reading-time headers in other words than its rows; the interview credits, the staff
byline and the text-and-photos credit are credit rows like its correspondent and agency credits, and the Substack and
Patronite plugs self-promotion like its Patreon, Satispay and Dzen plugs; the licence, reCAPTCHA, theme-credit,
Overblog, no-liability, blog-disclaimer, data-controller and public-offer rows are legal and platform footers like its
press-regulator, Squarespace and rights rows; the Cackle label is a comment-widget line like its Disqus line and the
netiquette, moderation and forum-rules notes near its comments-disabled note; the share rows are share rows on other
platforms; the German correction note and the Polish older-than-a-year note are near its first-published-and-updated
note. Page chrome repeats kinds of line set 77's docstring names among its noise (photo captions, ad labels, read-also,
related and previous-post links, newsletter, WhatsApp and social prompts, name-day lines, listen buttons, letters
addresses, opinion disclaimers, age marks), as real pages carry them. (9) My first step's clock reading was 2026-12-04
13:58:11 UTC; the measurement ran at 14:05:25 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed
my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Sources close to the parish council", "Read aloud at the start
of the meeting", "Photographs taken by the surveyor", "Follow-up inspections", "Subscribers to the town's car club",
"Share prices at the brewery group", "Written in pencil", "Photo à l'appui", "Suivre le chantier", "Source de fierté",
"Kommentiert hat der Bürgermeister", "Geteilt wird der neue Radweg", "Werbung für das Fest", "Seguire i lavori", "Foto
d'epoca", "Pubblicità sui muri", "Czytanie na głos", "Źródło problemu", "Подписка на районную газету" and "Комментируя
решение" are article sentences. The YouTube fallback, the ad-break lines, the Getty embed label and the Russian
labelled-advertising line are counted as markers; the reading-time and word-count rows as reading-time lines; the credit
rows, the contributor line, the interview credits and the Substack and Patronite plugs as bylines; the licence,
reCAPTCHA, theme-credit, Overblog, no-liability, blog-disclaimer, data-controller and public-offer rows as footers; the
comments-plugin label, the commenting-forum prompt, the discussion heading, the e-mail-not-published note, the
netiquette, moderation and forum-rules notes and the Cackle label as comments; the share rows as share; the correction,
republished and older-than-a-year notes as notices. On every page the title, the first paragraph, the paragraph with the
quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last
paragraphs, or three rows and three last paragraphs; the narrowboat post's "Next post: ..." teaser and the pavement
column's closing sentence are their last paragraphs and counted as article) and everything else is noise (20 lines a
page: six lines above the title, two under it, two between the first paragraph and the paragraph with the quote, two
between the list rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search
boxes, sign-in and subscription lines, dates, weather, breaking-news and name-day lines, breadcrumbs, section, column
and category names, bylines, author lines, publication lines, comment counts, listen buttons, photo captions, ad labels
and ads, affiliate notes, a buy-us-coal plug, read-also, related, most-read, more-columns and previous-post links,
newsletter, WhatsApp, Instagram, MAX and tip-off prompts, share lines, tags, comment headings, commenter rows, comment
dates and texts, reply, report and comment-form lines, opinion disclaimers, letters addresses, registration, copyright,
legal, privacy and cookie lines and age marks are noise. The rows: en-portal-cressingmere-ford "What the new crossing
includes", en-blog-lockwise-stoppage "What we have learned so far" (three rows), fr-portail-couzeilles-classe "Ce qui
change à la rentrée de janvier", fr-chronique-trottoirs "Ce que nous demandons" (three rows), de-portal-kranzelried-lift
"Das müssen Skifahrer wissen", de-blog-kogelfunk-fieldday "Meine Packliste für den Gipfel", it-portale-castagnoro-sagra
"I numeri della sagra", it-rubrica-calzolaio "Cosa ci resta da imparare" (three rows), pl-portal-wilczogora-autobus
"Najważniejsze informacje", pl-blog-dzialka-zima "Co zrobiłam krok po kroku", ru-portal-olkhovogorsk-banya "Что
изменилось после ремонта" and ru-kolonka-yolka "Почему это важно" (three rows), the others with four rows; all of them
are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 13, body 6,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 8, tail 6), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-cressingmere-ford (a regional news portal's story on a
footbridge built beside Holloway Ford, where a dozen drivers have been pulled out of the water since 2020, with a
comment), en-blog-lockwise-stoppage (a narrowboat blog's post on a winter stoppage to replace the top gates of a lock,
with a comment), fr-portail-couzeilles-classe (a regional news portal's story on a village school reopening the third
class it lost in 2019, with a comment), fr-chronique-trottoirs (a weekly's opinion column on cars parked on the
pavements, with a comment), de-portal-kranzelried-lift (a regional news portal's story on a village ski tow lift run
again by a new association after three winters, with a comment), de-blog-kogelfunk-fieldday (an amateur-radio blog's
post on a winter field day on the local hill with a fishing-rod antenna, with a comment), it-portale-castagnoro-sagra (a
regional news portal's story on a chestnut festival's record twenty thousand visitors, with a comment),
it-rubrica-calzolaio (a paper's opinion column on the last cobbler in town closing after fifty-two years, with a
comment), pl-portal-wilczogora-autobus (a regional news portal's story on a new bus line to five villages without public
transport, with a comment), pl-blog-dzialka-zima (an allotment blog's post on closing the plot for winter, with a
comment), ru-portal-olkhovogorsk-banya (a regional news portal's story on the town bathhouse reopened after two years of
repairs, with a comment) and ru-kolonka-yolka (a weekly's editor's column on a live New Year tree returning to the
square after nine years of an artificial one, with a comment); every page holds a title, a subheading with list rows, a
quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit b2c7b985b0947e659c1a1def612f10182a19efe8, measured with ``cd /tmp/wt-s78 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s78/src python -m pytest -q tests/test_clean_held_out_78.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s78 && PYTHONPATH=/tmp/wt-s78/src python
scripts/clean_held_out_report.py --sets 78`` (noise lines removed 32/45, article lines kept 20/20, pages clean 3/12,
page noise lines left 14 of 240), with the xfail tables empty): noise lines removed 32/45 (marker 6/8, reading-time 6/7,
byline 7/8, footer 4/8, comments 5/8, share 3/3, notice 1/3; missed, all kept as paragraphs: the English "If playback
doesn't begin shortly, try restarting your device." put in the body; the English "Embed from Getty Images", the English
"Smart Brevity® count: 2 mins...358 words" and the Polish "Uwaga: ten artykuł został opublikowany ponad rok temu.
Niektóre informacje mogą być nieaktualne." put above the article; and the English "Associated Press writer Colin Marsh
in Chicago contributed to this report.", the English "Contains public sector information licensed under the Open
Government Licence v3.0.", the German "Alle Angaben ohne Gewähr. Irrtümer und Änderungen vorbehalten.", the German "Wir
behalten uns vor, Kommentare zu löschen, die gegen unsere Netiquette verstoßen.", the German "Korrekturhinweis: In einer
früheren Version dieses Artikels hieß es, die Brücke sei 1962 gebaut worden. Richtig ist 1958. Wir haben den Fehler
korrigiert.", the Italian "I commenti sono soggetti a moderazione prima della pubblicazione.", the Polish
"Administratorem Twoich danych osobowych jest Wydawnictwo Nadrzeczne sp. z o.o.", the Polish "Dodając komentarz,
akceptujesz regulamin forum." and the Russian "Вся информация на сайте носит ознакомительный характер и не является
публичной офертой." put at the foot); keep lines kept 20/20; pages 3/12 clean (fr-chronique-trottoirs,
de-portal-kranzelried-lift, it-portale-castagnoro-sagra), 14 of 240 page noise lines left and 1 of 120 article lines
lost: en-portal-cressingmere-ford 2 left ("Water levels at the ford after heavy rain last winter. Picture: Courier
reader" and "Sponsored: Compare winter tyre deals near you"); en-blog-lockwise-stoppage 2 left ("The old top gates lying
on the lockside, with the date 1994 cut into the balance beam." and "Like the blog? Our stove eats coal faster than we
can write, so you can buy us a bag through the link in the sidebar.") and 1 lost (its last paragraph, the next-post
teaser "Next post: our first try at emptying the cassette toilet in the snow."); fr-portail-couzeilles-classe 1 left
("Les élèves de CP découvrent leur nouvelle salle. © Couzeilles Infos"); de-blog-kogelfunk-fieldday 3 left ("Die Station
im Windschatten des Gipfelkreuzes", "Auch lesenswert: Meine erste Dipolantenne aus alter Litze" and "Dir gefällt der
Blog? Abonniere den Newsletter und verpasse keinen Beitrag."); it-rubrica-calzolaio 2 left ("La bottega di via del Forno
nell'ultimo giorno di apertura" and "Le opinioni espresse in questa rubrica sono personali dell'autrice.");
pl-portal-wilczogora-autobus 1 left ("Przystanek przy szkole w Wilczogórze. Fot. wilczogora.info"); pl-blog-dzialka-zima
1 left ("Róże okryte kopczykiem z kory i stroiszem"); ru-portal-olkhovogorsk-banya 1 left ("Парилка после ремонта. Фото:
пресс-служба администрации"); ru-kolonka-yolka 1 left ("Ёлка на площади в 2016 году. Фото из архива редакции"). Of the
left page lines none stands above the title or under it; ten stand between the first paragraph and the paragraph with
the quote (the photo captions of nine pages, all but the three clean ones, whose captions go, and the narrowboat post's
buy-us-coal plug); four between the list rows and the last paragraphs (the ford story's sponsored ad, whose tip-off
prompt goes, the radio blog's also-worth-reading link and newsletter prompt, and the cobbler column's opinion
disclaimer, whose more-columns link goes); and none at the foot (every comment heading, commenter row, comment date,
comment text and reply, report, copyright and legal line at the foot goes, on blogs, portals and columns alike). The one
article line lost is the narrowboat post's closing next-post teaser, its last paragraph. The failing cases are strict
xfails.

Still held out after round 70 (development on sets 75 and 76; measured once with ``scripts/clean_held_out_report.py
--sets 78``): unchanged — noise lines removed 32/45, keep lines 20/20, pages clean 3/12, page noise lines left 14 of
240, article lines lost 1 of 120; none of the nine photo captions goes (see set 77's round 70 paragraph for why).

Round 71 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 78`` and ``pytest tests/test_clean_held_out_78.py`` at b46211d (before) and the
round's last commit on branch round71 (after): noise lines removed 32/45 -> 32/45 (marker 6/8, reading-time 6/7, byline
7/8, footer 4/8, comments 5/8, share 3/3, notice 1/3, all unchanged), keep lines 20/20 -> 20/20, pages clean 3/12 ->
10/12, page noise lines left 14 -> 3 of 240, article lines lost 1 -> 1 of 120; pytest 55 passed, 22 xfailed -> 62
passed, 15 xfailed. Losses: the one loss stays, the narrowboat post's last paragraph "Next post: our first try at
emptying the cassette toilet in the snow.": a "Next post:" line under a post is its navigation on real blogs (the
previous and next posts' titles), and no rule that keeps this one and takes those was found, so it is left as it is.
Classes added (each in six languages with near misses; tests/test_clean.py test_round_71_*): photo captions with a
credit in the shapes real sites print, any picture word with its colon or "Fot." and a short credit in any case (a
reader, an office, a domain), a © with or without a year, the stock picture's words, the archive with its owner, a
labelled caption with its credit after it (5 captions here: "... Picture: Courier reader", "... © Couzeilles Infos",
"... Fot. wilczogora.info", "... Фото: пресс-служба администрации", "... Фото из архива редакции"); a picture's bare
caption between two paragraphs that opens the block of the slot the page printed under the picture, an ad's label, an
affiliate note or a read-also link the rules took (3: "Die Station im Windschatten des Gipfelkreuzes", "La bottega di
via del Forno nell'ultimo giorno di apertura", "Róże okryte kopczykiem z kory i stroiszem"); an also-worth-reading label
("Auch lesenswert: ...", with the newsletter prompt of its block, which the widget-block rule then takes) and the
author's personal views disclaimed ("... sono personali dell'autrice."). Left: the ford story's sponsored ad after the
list rows; the narrowboat post's photo caption and its buy-us-coal plug (the plug is taken by no rule, so the caption
has no slot beside it); the 13 lines of _LINE_XFAIL (embed fallback, Getty label, word-count row, wire contributor line,
licence, no-liability, netiquette, moderation, data-controller, forum-terms, old-article, public-offer and correction
notes). Elsewhere: sets 48, 51, 52, 53, 63, 73, 74, 75, 76 and 77 changed (see their round 71 notes).

Round 72: noise lines removed 32/45 -> 44/45 (marker 6/8 -> 8/8, reading-time 6/7 -> 7/7, footer 4/8 -> 8/8, comments
5/8 -> 8/8, notice 1/3 -> 3/3; byline 7/8 unchanged): the YouTube fallback, the Getty embed label, the word-count row,
the Open Government Licence, no-liability, data-controller and not-a-public-offer footers, the netiquette, moderation
and forum-terms notes, the correction note (now up to four sentences under its label) and the old-article notice go,
each taken by a family rule in six languages; their strict xfails are removed; pytest 62 passed, 15 xfailed -> 74
passed, 3 xfailed. Left: the wire contributor credit ("Associated Press writer ... contributed to this report.", kept as
an article line on set 13's local-TV page, so no rule takes it) and the two pages (tyre-deals ad, narrowboat caption,
coal plug and next-post loss), unchanged.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_78_LINES = [
    # English
    ("body", "If playback doesn't begin shortly, try restarting your device.", "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("head", "Embed from Getty Images", "marker"),
    ("head", "Smart Brevity® count: 2 mins...358 words", "reading-time"),
    ("head", "7 min read · Dec 1, 2026", "reading-time"),
    ("head", "Words by Tamsin Orley | Photography by Ned Farrow", "byline"),
    ("tail", "Associated Press writer Colin Marsh in Chicago contributed to this report.", "byline"),
    ("tail", "Thanks for reading Thrift & Thimble! Subscribe for free to receive new posts and support my work.",
     "byline"),
    ("tail", "Contains public sector information licensed under the Open Government Licence v3.0.", "footer"),
    ("tail", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "footer"),
    ("tail", "Copyright © 2026 The Crooked Allotment – WordPress Theme by Kadence WP", "footer"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Join our commenting forum. Join thought-provoking conversations, follow other Independent readers and "
             "see their replies", "comments"),
    ("tail", "Discussion about this post", "comments"),
    ("tail", "Share this: Mastodon · Reddit · Flipboard · Email", "share"),
    # French
    ("body", "Publicité, votre contenu continue ci-dessous", "marker"),
    ("head", "Durée de lecture : 4 min", "reading-time"),
    ("tail", "Propos recueillis par Claire Dumoulin", "byline"),
    ("tail", "Créer un blog gratuit sur Overblog · Top articles · Contact · Signaler un abus · Cookies et données "
             "personnelles", "footer"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    ("head", "Partager : Facebook · Pinterest · Envoyer par e-mail · Imprimer", "share"),
    # German
    ("body", "Artikel wird nach der Anzeige fortgesetzt", "marker"),
    ("head", "4 Minuten Lesezeit", "reading-time"),
    ("head", "Von unserem Redaktionsmitglied Klaus Bergmüller", "byline"),
    ("tail", "Alle Angaben ohne Gewähr. Irrtümer und Änderungen vorbehalten.", "footer"),
    ("tail", "Wir behalten uns vor, Kommentare zu löschen, die gegen unsere Netiquette verstoßen.", "comments"),
    ("tail", "Korrekturhinweis: In einer früheren Version dieses Artikels hieß es, die Brücke sei 1962 gebaut worden. "
             "Richtig ist 1958. Wir haben den Fehler korrigiert.", "notice"),
    # Italian
    ("body", "L'articolo prosegue sotto la pubblicità", "marker"),
    ("head", "Tempo di lettura stimato: 4 min", "reading-time"),
    ("head", "Testo e foto di Giulia Marchetti", "byline"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna "
             "periodicità. Non può pertanto considerarsi un prodotto editoriale ai sensi della legge n. 62 del "
             "7.03.2001.", "footer"),
    ("tail", "I commenti sono soggetti a moderazione prima della pubblicazione.", "comments"),
    ("tail", "Articolo ripubblicato con licenza Creative Commons BY-NC-ND 4.0.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "4 min czytania", "reading-time"),
    ("tail", "Jeśli lubisz to, co robię, wesprzyj mnie na Patronite – każda złotówka pomaga utrzymać bloga.",
     "byline"),
    ("tail", "Administratorem Twoich danych osobowych jest Wydawnictwo Nadrzeczne sp. z o.o.", "footer"),
    ("tail", "Dodając komentarz, akceptujesz regulamin forum.", "comments"),
    ("head", "Uwaga: ten artykuł został opublikowany ponad rok temu. Niektóre informacje mogą być nieaktualne.",
     "notice"),
    # Russian
    ("tail", "Реклама. ООО «Зорька-Трейд», ИНН 0000000000, erid: 2Vtzqx0000", "marker"),
    ("head", "5 минут на чтение", "reading-time"),
    ("tail", "Беседовала Ольга Маркелова", "byline"),
    ("tail", "Вся информация на сайте носит ознакомительный характер и не является публичной офертой.", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram · Скопировать ссылку", "share"),
]

HELD_OUT_78_KEEP = [
    # English
    ("head", "Sources close to the parish council say the vote on the allotment rents will be closer than expected."),
    ("body", "Read aloud at the start of the meeting, the headteacher's letter drew applause from parents in the "
             "public gallery."),
    ("body", "Photographs taken by the surveyor in March show that the cracks in the chapel wall have doubled in "
             "width."),
    ("body", "Follow-up inspections found that two of the four lifts at the station were still out of service in "
             "November."),
    ("tail", "Subscribers to the town's car club will be able to book the new electric van from the second week of "
             "January."),
    ("tail", "Share prices at the brewery group fell by four per cent on Tuesday after the closure of the depot was "
             "announced."),
    ("head", "Written in pencil on the back of an old bus timetable, the note asked the driver to wait outside the "
             "church."),
    # French
    ("head", "Photo à l'appui, la riveraine a montré aux élus les fissures apparues sur sa façade depuis le début du "
             "chantier."),
    ("body", "Suivre le chantier au jour le jour n'est pas simple pour les commerçants de la rue, qui se plaignent "
             "surtout de la poussière."),
    ("tail", "Source de fierté pour les bénévoles, la fête a attiré plus de deux mille visiteurs en un seul "
             "week-end."),
    # German
    ("head", "Kommentiert hat der Bürgermeister die Entscheidung des Kreistags bisher nicht."),
    ("body", "Geteilt wird der neue Radweg künftig mit den Traktoren der Landwirte, die zu ihren Feldern am Bach "
             "fahren."),
    ("tail", "Werbung für das Fest machten die Vereine vor allem mit Plakaten an den Ortseingängen und im "
             "Gemeindeblatt."),
    # Italian
    ("body", "Seguire i lavori sarà possibile anche dal sito del Comune, dove verrà pubblicato un aggiornamento ogni "
             "settimana."),
    ("head", "Foto d'epoca e vecchie cartoline sono state raccolte dagli alunni della scuola media per la mostra di "
             "dicembre."),
    ("tail", "Pubblicità sui muri del centro storico: il Comune ha deciso di vietarla a partire dal prossimo marzo."),
    # Polish
    ("body", "Czytanie na głos dzieciom w przedszkolu to pomysł emerytowanej nauczycielki z osiedla Słoneczne."),
    ("tail", "Źródło problemu leży według wodociągów w starej rurze pod ulicą Szkolną, położonej jeszcze przed "
             "wojną."),
    # Russian
    ("head", "Подписка на районную газету в этом году выросла впервые за пять лет, сообщили в отделении почты."),
    ("body", "Комментируя решение, глава поселения сказал, что денег на второй школьный автобус пока нет."),
]

HELD_OUT_78_PAGES = {
    "en-portal-cressingmere-ford": _page("en", "en-portal-cressingmere-ford", [
        ["-Cressingmere Courier",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Thursday, 3 December 2026 · 6°C Light rain",
         "-Sign in | Register",
         "-Home › News › Villages",
         "-— Advertising —"],
        ["+Footbridge finally built at Holloway Ford after years of stranded cars"],
        ["-By Harriet Quayle, Local News Reporter",
         "-Published: 07:45, 3 December 2026 | Updated: 11:20, 3 December 2026"],
        ["+A footbridge has finally been built beside Holloway Ford, the shallow crossing outside Cressingmere where "
         "at least a dozen drivers have had to be pulled out of the water since 2020."],
        ["-Water levels at the ford after heavy rain last winter. Picture: Courier reader",
         "-READ MORE: Gritting routes cut back as county looks to save £400,000"],
        ["+\"Walkers used to have to take their boots off or wait for a lift, and the school bus had to go the long "
         "way round,\" said parish councillor Martin Elsby, who has campaigned for the bridge since 2019."],
        ["+What the new crossing includes",
         "+A steel footbridge 14 metres long, with a non-slip deck and handrails on both sides",
         "+A depth gauge at each end of the ford, marked in feet and metres",
         "+Two new warning signs on the approach from the Mill Lane side",
         "+A gravel path linking the bridge to the public footpath towards the church"],
        ["-Sponsored: Compare winter tyre deals near you",
         "-Got a story? Email newsdesk@cressingmere-courier.example or WhatsApp us on 00000 000000"],
        ["+The county council said the £86,000 cost had been met from its rights-of-way budget, with a further "
         "£5,000 raised by the parish."],
        ["+The ford itself will stay open to traffic, although the council has not ruled out closing it during "
         "floods."],
        ["-Tags: Cressingmere, Holloway Ford, roads, flooding",
         "-Most read",
         "-Pub landlord retires after 31 years behind the bar",
         "-Comments (3)",
         "-Trevor_W · 2 hours ago",
         "-About time. I pulled a Fiesta out of there with my tractor two winters running.",
         "-Report comment",
         "-© 2026 Cressingmere Courier Ltd. All rights reserved. Terms and Conditions | Privacy Notice"],
    ]),
    "en-blog-lockwise-stoppage": _page("en", "en-blog-lockwise-stoppage", [
        ["-Lockwise & Otherwise",
         "-Two people, one narrowboat and too many locks",
         "-Home · About the boat · Route maps · Cruising logs · Contact",
         "-Search this blog",
         "-Cruising log",
         "-2 December 2026"],
        ["+Winter stoppage: watching new gates go into Lock 14"],
        ["-Posted by Jen · 5 comments",
         "-Filed under: Stoppages, Winter moorings"],
        ["+We are tied up below the flight for the rest of December, because the Canal & River Trust has drained "
         "the pound between Locks 13 and 15 to replace the top gates of Lock 14."],
        ["-The old top gates lying on the lockside, with the date 1994 cut into the balance beam.",
         "-Like the blog? Our stove eats coal faster than we can write, so you can buy us a bag through the link in "
         "the sidebar."],
        ["+The lock keeper told us the new oak gates weigh almost three tonnes each: \"They come by lorry from the "
         "workshop and go in with a crane, and if the wind gets up we stop.\""],
        ["+What we have learned so far",
         "+Drained locks are full of shopping trolleys, bikes and one sewing machine",
         "+The gates are fitted with the crane standing on the towpath",
         "+Volunteers run the open day, and hot soup costs a pound"],
        ["-Advertisements",
         "-Report this ad"],
        ["+On Saturday the Trust opened the empty lock to visitors, and we walked along the bottom of it in wellies, "
         "which felt like trespassing."],
        ["+The gates should be swung for the first time on the 19th if the weather holds."],
        ["+Next post: our first try at emptying the cassette toilet in the snow."],
        ["-Share: Facebook, Email, Print",
         "-Like this: Like Loading...",
         "-Related: Ice on the cut, and other reasons to stay put",
         "-5 Responses to “Winter stoppage: watching new gates go into Lock 14”",
         "-Keith on Nb Marsh Tit",
         "-3 December 2026 at 8:02 pm",
         "-We went through Lock 14 in August and the bottom gate leaked like a sieve, so good news. Enjoy the soup!",
         "-Leave a Reply"],
    ]),
    "fr-portail-couzeilles-classe": _page("fr", "fr-portail-couzeilles-classe", [
        ["-Couzeilles Infos",
         "-L'actualité du canton, chaque jour",
         "-Accueil | Actualités | Sports | Agenda | Nécrologie | Petites annonces",
         "-Mercredi 2 décembre 2026",
         "-Se connecter",
         "-Éducation"],
        ["+À Couzeilles, l'école rouvre une troisième classe grâce aux nouvelles familles"],
        ["-Par Élodie Mercadier",
         "-Publié le 02/12/2026 à 18h05"],
        ["+Fermée en 2019 faute d'élèves, la troisième classe de l'école du village a rouvert ses portes lundi : "
         "l'effectif est passé de 41 à 63 enfants en trois rentrées."],
        ["-Les élèves de CP découvrent leur nouvelle salle. © Couzeilles Infos",
         "-À lire aussi : La piscine intercommunale fermée pour travaux jusqu'en mars"],
        ["+« Il y a cinq ans, on comptait les inscriptions une par une en se demandant si l'école tiendrait. "
         "Aujourd'hui, on manque de porte-manteaux », sourit la directrice, Marion Castagné."],
        ["+Ce qui change à la rentrée de janvier",
         "+Une classe de CP-CE1 de 21 élèves, confiée à un enseignant titulaire",
         "+La cantine passe à deux services, à 11 h 45 et à 12 h 30",
         "+Le préfabriqué de la cour est remplacé par l'ancienne salle des associations",
         "+Un second car de ramassage dessert les hameaux du plateau"],
        ["-Contenu sponsorisé",
         "-Recevez chaque matin l'essentiel de l'actualité du canton : inscrivez-vous à notre newsletter"],
        ["+La mairie explique ce regain par l'arrivée de jeunes couples qui télétravaillent et par les six logements "
         "communaux rénovés l'an dernier."],
        ["+L'inspection académique doit confirmer en février que la classe sera maintenue à la rentrée de "
         "septembre."],
        ["-Mots-clés : Couzeilles, école, éducation, ruralité",
         "-Vous aimerez aussi",
         "-Marché de Noël : les exposants attendus samedi sur la place de l'église",
         "-Commentaires (2)",
         "-Papi_du_plateau",
         "-Bonne nouvelle ! Mes petits-enfants y sont inscrits depuis septembre et ils adorent la maîtresse.",
         "-Répondre",
         "-© Couzeilles Infos 2026 – Mentions légales – Politique de cookies"],
    ]),
    "fr-chronique-trottoirs": _page("fr", "fr-chronique-trottoirs", [
        ["-Le Courrier du Vernazès",
         "-Hebdomadaire d'informations locales depuis 1946",
         "-S'abonner | Journal numérique | Annonces légales",
         "-Jeudi 3 décembre 2026",
         "-Opinion",
         "-La chronique de Luc Fabrègue"],
        ["+Le trottoir n'est pas un parking"],
        ["-Par Luc Fabrègue",
         "-Mis en ligne le 3 décembre 2026"],
        ["+Chaque matin, je descends la rue des Tanneurs avec ma mère, qui marche avec un déambulateur, et chaque "
         "matin nous finissons sur la chaussée."],
        ["-Rue des Tanneurs, mardi à 8 h 30. Photo Le Courrier",
         "-Lire aussi : Stationnement, la mairie promet vingt places de plus derrière la halle"],
        ["+Le maire m'a répondu que « tout le monde se gare comme ça depuis toujours, et que personne ne s'en "
         "plaint ». Je me plains, donc."],
        ["+Ce que nous demandons",
         "+Des potelets devant l'école et la pharmacie",
         "+Un passage de la police municipale le matin, pas seulement le jour du marché",
         "+Un vrai parking relais à l'entrée du bourg"],
        ["-Cette chronique n'engage que son auteur.",
         "-Toutes les chroniques de Luc Fabrègue"],
        ["+Je sais qu'il faut bien déposer le pain et les enfants, et que les rues du vieux bourg ont été tracées "
         "pour des charrettes.",
         "+Mais une poussette, un fauteuil roulant ou un déambulateur n'ont pas d'autre chemin que le trottoir.",
         "+Il suffirait de dix mètres de bonne volonté par voiture."],
        ["-Réagissez à cette chronique",
         "-3 réactions",
         "-Josiane R.",
         "-Le 3 décembre à 10 h 12",
         "-Merci ! Avec la poussette je fais tout le trajet sur la route depuis la naissance de mon fils.",
         "-Signaler ce commentaire",
         "-Écrivez-nous : courrier@courrier-vernazes.example",
         "-© Le Courrier du Vernazès – Tous droits réservés"],
    ]),
    "de-portal-kranzelried-lift": _page("de", "de-portal-kranzelried-lift", [
        ["-Kranzelrieder Rundschau",
         "-Nachrichten aus Kranzelried und dem Oberland",
         "-Startseite | Lokales | Sport | Vereine | Veranstaltungen | Traueranzeigen",
         "-Freitag, 4. Dezember 2026",
         "-Eilmeldung: B 12 bei Kranzelried nach Unfall gesperrt",
         "-Lokales"],
        ["+Der Dorflift läuft wieder: Verein rettet den Schlepplift am Sonnenhang"],
        ["-Von Theresa Huber",
         "-04.12.2026, 06:30 Uhr"],
        ["+Nach drei Wintern Stillstand dreht sich am Sonnenhang oberhalb von Kranzelried wieder das Seil: Ein neu "
         "gegründeter Verein hat den 400 Meter langen Schlepplift von der Gemeinde übernommen."],
        ["-Die ersten Bügel gingen am Samstag für eine Probefahrt den Hang hinauf. Foto: Rundschau/Huber",
         "-Auch interessant: Adventsmarkt zieht in die alte Zehentscheune"],
        ["+„Hier haben drei Generationen Skifahren gelernt, das wollten wir nicht einfach verrosten lassen“, sagt "
         "Vereinsvorsitzender Florian Aigner."],
        ["+Das müssen Skifahrer wissen",
         "+Der Lift läuft bei genug Schnee mittwochs und freitags ab 14 Uhr und am Wochenende ab 10 Uhr",
         "+Die Tageskarte kostet acht Euro, Kinder unter sechs Jahren fahren frei",
         "+Die Flutlichtabende sind dienstags, wenn Vereinsmitglieder Dienst haben",
         "+Bezahlt wird an der Hütte am Lift, bar oder mit Karte"],
        ["-Werbung",
         "-Jetzt Winterräder-Aktion sichern – Ihr Autohaus im Oberland"],
        ["+Mehr als 140 Mitglieder hat der Verein schon, die meisten aus dem Dorf, und zwölf von ihnen haben die "
         "Liftwart-Schulung gemacht."],
        ["+Die Gemeinde zahlt weiter den Strom für die erste Saison; danach soll sich der Lift selbst tragen."],
        ["-Schlagwörter: Kranzelried, Wintersport, Ehrenamt",
         "-Kranzelrieder Rundschau auf Instagram folgen",
         "-Meistgelesen",
         "-Wasserrohrbruch: Grundschule bleibt bis Montag geschlossen",
         "-1 Kommentar",
         "-Sepp_vom_Hang schrieb am 04.12.2026 um 09:15:",
         "-Super! Endlich müssen die Kinder nicht mehr für jede Abfahrt zu Fuß hochstapfen.",
         "-Impressum | Datenschutz | Cookie-Einstellungen | AGB"],
    ]),
    "de-blog-kogelfunk-fieldday": _page("de", "de-blog-kogelfunk-fieldday", [
        ["-Kogelfunk",
         "-Amateurfunk vom Hausberg – Portabelbetrieb, Antennen, Selbstbau",
         "-Start | Über mich | Antennen | Logbuch | Kontakt",
         "-Suche …",
         "-Kategorie: Portabelbetrieb",
         "-29. November 2026"],
        ["+Fieldday am Kogel: mit Akku, Angelrute und Drahtantenne auf den Gipfel"],
        ["-von Uli",
         "-4 Kommentare"],
        ["+Am Samstag habe ich zum ersten Mal im Winter den ganzen Nachmittag vom Gipfelkreuz des Kogels aus "
         "gefunkt, mit einem kleinen Kurzwellengerät, einem Lithium-Akku und einer Drahtantenne an einer zehn Meter "
         "langen Angelrute."],
        ["-Die Station im Windschatten des Gipfelkreuzes",
         "-Dieser Beitrag enthält Affiliate-Links (Werbung)."],
        ["+Ein Wanderer fragte mich, ob ich Fische fange. „Nein, Funkwellen“, habe ich gesagt, und er hat zwanzig "
         "Minuten zugeschaut."],
        ["+Meine Packliste für den Gipfel",
         "+Funkgerät mit fünf Watt und ein Akku mit zwölf Amperestunden",
         "+Teleskop-Angelrute, Drahtantenne und ein kleiner Anpassungskasten",
         "+Isomatte, Thermoskanne und Handschuhe ohne Fingerkuppen",
         "+Logbuch aus Papier und zwei Bleistifte, weil Kugelschreiber einfrieren"],
        ["-Auch lesenswert: Meine erste Dipolantenne aus alter Litze",
         "-Dir gefällt der Blog? Abonniere den Newsletter und verpasse keinen Beitrag."],
        ["+In drei Stunden kamen 46 Verbindungen zusammen, darunter Stationen aus Portugal, Finnland und Kanada."],
        ["+Nächstes Mal nehme ich einen zweiten Akku und eine Sitzunterlage mit, denn am Ende waren meine Finger zu "
         "kalt zum Schreiben."],
        ["-Schlagwörter: Fieldday, Kurzwelle, Portabel, Winter",
         "-Vorheriger Beitrag: Antennenmast im Garten – was die Nachbarn sagen",
         "-4 Gedanken zu „Fieldday am Kogel“",
         "-Bernd aus dem Nachbartal",
         "-30. November 2026 um 19:22",
         "-Ich hab dich gehört! 5 und 7 im Tal, trotz Berg dazwischen. Nächstes Mal rufe ich zurück.",
         "-Antworten",
         "-© 2026 Kogelfunk · Impressum · Datenschutzerklärung"],
    ]),
    "it-portale-castagnoro-sagra": _page("it", "it-portale-castagnoro-sagra", [
        ["-CastagnoroNews",
         "-Notizie da Castagnoro e dalla valle",
         "-Home | Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Venerdì 4 dicembre 2026",
         "-Accedi | Abbonati",
         "-Eventi"],
        ["+Sagra della castagna da record: ventimila visitatori in due fine settimana"],
        ["-di Redazione",
         "-4 dicembre 2026 - 08:10"],
        ["+La quarantesima sagra della castagna di Castagnoro si è chiusa domenica con un numero mai visto: circa "
         "ventimila presenze in due fine settimana, quasi il doppio dell'anno scorso."],
        ["-Le caldarroste della Pro Loco in piazza domenica pomeriggio (foto CastagnoroNews)",
         "-LEGGI ANCHE: Strada provinciale chiusa per frana, si passa dal ponte vecchio"],
        ["+«Abbiamo finito le castagne alle cinque del pomeriggio e siamo dovuti andare a prenderne altri due "
         "quintali da un produttore della valle», racconta il presidente della Pro Loco, Renzo Bertolini."],
        ["+I numeri della sagra",
         "+Ventimila visitatori stimati, contro gli undicimila del 2025",
         "+Sessanta quintali di castagne cotte o vendute",
         "+Centoventi volontari, dai quindici agli ottantadue anni",
         "+Quattro pullman organizzati arrivati dalla città"],
        ["-Spazio pubblicitario",
         "-Segui CastagnoroNews sul canale WhatsApp"],
        ["+Il ricavato, dice la Pro Loco, servirà a rifare il tetto del vecchio essiccatoio delle castagne, dove si "
         "tengono le visite guidate."],
        ["+Per l'anno prossimo il Comune pensa a parcheggi navetta all'ingresso del paese."],
        ["-Tag: Castagnoro, sagra, castagne, Pro Loco",
         "-Potrebbe interessarti anche",
         "-Nuovo medico di base in arrivo: ambulatorio aperto da gennaio",
         "-2 commenti",
         "-Mariuccia",
         "-Brava Pro Loco! Ma l'anno prossimo mettete più bagni chimici, la fila era infinita.",
         "-Rispondi",
         "-CastagnoroNews – Registrazione presso il Tribunale n. 0/2015 – Direttore responsabile: Paolo Venturi"],
    ]),
    "it-rubrica-calzolaio": _page("it", "it-rubrica-calzolaio", [
        ["-La Gazzetta di Roccaserena",
         "-Abbonati | Edicola digitale | Newsletter",
         "-Giovedì 3 dicembre 2026",
         "-Opinioni",
         "-Il punto di vista",
         "-Ascolta l'articolo"],
        ["+Chiude il calzolaio di via del Forno, e con lui un pezzo di paese"],
        ["-di Anna Maria Ricciardi",
         "-3 dicembre 2026"],
        ["+Dopo cinquantadue anni, Ottavio ha abbassato la saracinesca della sua bottega di via del Forno: era "
         "l'ultimo calzolaio rimasto in paese."],
        ["-La bottega di via del Forno nell'ultimo giorno di apertura",
         "-Leggi anche: Centro storico, dieci negozi sfitti in un anno"],
        ["+«Le scarpe oggi non si aggiustano più, si buttano», mi ha detto sabato, mentre incartava l'ultimo paio "
         "di tacchi rifatti."],
        ["+Cosa ci resta da imparare",
         "+Che una suola si può cambiare tre volte",
         "+Che un negozio è anche un posto dove fermarsi a parlare",
         "+Che i mestieri si perdono quando nessuno li insegna"],
        ["-Le opinioni espresse in questa rubrica sono personali dell'autrice.",
         "-Tutte le rubriche di Anna Maria Ricciardi"],
        ["+Nessuno dei suoi nipoti ha voluto prendere il banco, e non lo biasimo: con le riparazioni di oggi non si "
         "paga l'affitto.",
         "+Ma ogni volta che passerò davanti a quella vetrina vuota penserò all'odore di colla e di cuoio.",
         "+Grazie, Ottavio, anche per le stringhe regalate."],
        ["-Condividi",
         "-Commenti dei lettori",
         "-Giuseppe_62",
         "-3 dicembre 2026 alle 21:40",
         "-Mi ha risuolato gli scarponi da montagna per trent'anni. Un signore vero.",
         "-Segnala",
         "-Scrivi alla redazione: lettere@gazzetta-roccaserena.example",
         "-© Riproduzione riservata"],
    ]),
    "pl-portal-wilczogora-autobus": _page("pl", "pl-portal-wilczogora-autobus", [
        ["-wilczogora.info",
         "-Portal mieszkańców Wilczogóry i okolic",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt",
         "-Środa, 2 grudnia 2026. Imieniny: Balbiny, Pauliny",
         "-Zaloguj się",
         "-Wiadomości"],
        ["+Nowa linia autobusowa połączy pięć wsi z Wilczogórą"],
        ["-Red. Tomasz Sobczyk",
         "-02.12.2026, 14:20"],
        ["+Od 4 stycznia autobus linii 12 będzie kursował z Wilczogóry do pięciu wsi gminy, w których od dwóch lat "
         "nie było żadnej komunikacji publicznej."],
        ["-Przystanek przy szkole w Wilczogórze. Fot. wilczogora.info",
         "-Czytaj także: Remont mostu przy młynie potrwa do wiosny"],
        ["+– Starsi ludzie dzwonili do nas, że nie mają jak dojechać do lekarza ani do banku. Teraz autobus "
         "podjedzie pod samą przychodnię – mówi wójt gminy, Halina Zaremba."],
        ["+Najważniejsze informacje",
         "+Autobus pojedzie sześć razy dziennie w dni robocze i trzy razy w soboty",
         "+Bilet jednorazowy kosztuje 4 zł, miesięczny 80 zł",
         "+Uczniowie i seniorzy po 70. roku życia jeżdżą za darmo",
         "+Rozkład jazdy będzie wywieszony na przystankach i w urzędzie gminy"],
        ["-REKLAMA",
         "-Masz temat? Napisz do nas: redakcja@wilczogora.example"],
        ["+Linię finansuje gmina z pomocą rządowego funduszu rozwoju przewozów autobusowych, który pokrywa część "
         "kosztów każdego kilometra."],
        ["+Jeśli pasażerów będzie dość, od wakacji dojdą kursy wieczorne."],
        ["-Tagi: komunikacja, autobus, gmina",
         "-Zobacz też",
         "-Wigilia dla samotnych w domu kultury – zapisy do 18 grudnia",
         "-Komentarze (4)",
         "-~babcia_Krysia",
         "-Nareszcie! Do tej pory syn musiał brać wolne, żeby mnie zawieźć do przychodni.",
         "-Odpowiedz",
         "-Copyright © 2026 wilczogora.info. Wszelkie prawa zastrzeżone."],
    ]),
    "pl-blog-dzialka-zima": _page("pl", "pl-blog-dzialka-zima", [
        ["-Działka przy Olszynce",
         "-Blog o ogrodzie działkowym, warzywach i kompoście",
         "-Strona główna | O mnie | Warzywnik | Kwiaty | Przetwory | Kontakt",
         "-Szukaj",
         "-Kategoria: Prace sezonowe",
         "-28 listopada 2026"],
        ["+Zamykamy sezon: jak przygotowałam działkę do zimy"],
        ["-Autor: Ewa",
         "-Komentarze: 6"],
        ["+W ostatnią sobotę listopada, przy pierwszym przymrozku, zamknęłam sezon na działce: wszystko, co mogło "
         "zmarznąć, zostało okryte, wykopane albo schowane do altanki."],
        ["-Róże okryte kopczykiem z kory i stroiszem",
         "-Wpis zawiera linki afiliacyjne."],
        ["+Pan Zdzisław z działki obok, który uprawia ogród od 1978 roku, powiedział mi: „Wodę spuść dziś, nie "
         "jutro, bo jutro już rura pęknie”. Posłuchałam."],
        ["+Co zrobiłam krok po kroku",
         "+Spuściłam wodę z instalacji i zostawiłam otwarte kraniki",
         "+Okryłam róże i truskawki stroiszem z lasu",
         "+Wykopałam bulwy dalii i zasuszyłam je w skrzynce",
         "+Wyczyściłam narzędzia i natłuściłam je olejem lnianym"],
        ["-Przeczytaj też: Kompostownik z palet za 0 zł",
         "-Obserwuj mnie na Instagramie, tam wrzucam zdjęcia z działki na bieżąco!"],
        ["+Najwięcej pracy było z kompostownikiem, który przerzuciłam i przykryłam starym dywanem, żeby nie wystygł "
         "za szybko."],
        ["+Wiosną pokażę, jak przetrwały róże i czy dalie nie zgniły w piwnicy."],
        ["-Tagi: działka, zima, róże, dalie",
         "-Poprzedni wpis: Kiszone ogórki z ostatniego zbioru",
         "-6 komentarzy",
         "-Działkowiec z Łodzi",
         "-29 listopada 2026 o 10:05",
         "-U nas w ROD też już wszyscy spuszczają wodę. Dywan na kompost to świetny pomysł, kradnę!",
         "-Dodaj komentarz",
         "-© 2026 Działka przy Olszynce · Polityka prywatności"],
    ]),
    "ru-portal-olkhovogorsk-banya": _page("ru", "ru-portal-olkhovogorsk-banya", [
        ["-Ольховогорские новости",
         "-Новости | Происшествия | Общество | Спорт | Афиша | Объявления",
         "-4 декабря 2026, пятница",
         "-Погода: −8°C, снег",
         "-Войти",
         "-Общество"],
        ["+В Ольховогорске после ремонта открылась городская баня"],
        ["-Автор: Светлана Кудрявцева",
         "-04.12.2026 09:30"],
        ["+Городская баня на улице Лесной, закрытая почти два года из-за аварийной кровли, в субботу снова приняла "
         "посетителей."],
        ["-Парилка после ремонта. Фото: пресс-служба администрации",
         "-Читайте также: На трассе у Ольховогорска установят новую камеру"],
        ["+«Люди звонили каждую неделю и спрашивали, когда откроемся. В первый день пришли сто двадцать человек, "
         "очередь стояла на улице», — рассказала директор бани Нина Белоусова."],
        ["+Что изменилось после ремонта",
         "+Новая кровля и утеплённые стены",
         "+Отдельная парилка для женщин и для мужчин",
         "+Пандус и поручни для пожилых посетителей",
         "+Буфет с чаем и морсом в комнате отдыха"],
        ["-Рекламный блок",
         "-Подписывайтесь на наш канал в MAX"],
        ["+Ремонт обошёлся городу в 14 миллионов рублей, часть денег выделили по областной программе поддержки малых "
         "городов."],
        ["+Билет стоит 350 рублей, для пенсионеров по средам — 150 рублей."],
        ["-Теги: баня, ремонт, ЖКХ",
         "-Самое читаемое",
         "-Снегоуборочную технику вывели на улицы в три смены",
         "-Комментарии (7)",
         "-Пётр Иванович",
         "-Был в субботу, пар отличный! Только веники продают по 400 рублей, это дорого.",
         "-Ответить",
         "-© 2026 «Ольховогорские новости». 16+"],
    ]),
    "ru-kolonka-yolka": _page("ru", "ru-kolonka-yolka", [
        ["-Снеговейская правда",
         "-Общественно-политическая газета Снеговейского района",
         "-Главная | Новости | Мнения | Архив номеров | Подписка",
         "-3 декабря 2026",
         "-Мнения",
         "-Колонка редактора"],
        ["+Живая ёлка возвращается на площадь"],
        ["-Людмила Гребнева",
         "-Опубликовано 3 декабря 2026"],
        ["+Впервые за девять лет на центральной площади Снеговейска поставят не пластиковую конструкцию, а настоящую "
         "ель, которую жители сами выбрали в лесничестве."],
        ["-Ёлка на площади в 2016 году. Фото из архива редакции",
         "-Читайте также: Каток у школы зальют к двадцатому декабря"],
        ["+Лесничий Андрей Соловьёв сказал мне: «Эту ель всё равно пришлось бы убрать из-под линии "
         "электропередачи, так пусть порадует людей»."],
        ["+Почему это важно",
         "+Живая ель пахнет праздником, а пластик — складом",
         "+Игрушки для неё делают дети из всех школ района",
         "+Деньги, сэкономленные на аренде конструкции, пойдут на гирлянды"],
        ["-Мнение автора может не совпадать с позицией редакции",
         "-Все колонки Людмилы Гребневой"],
        ["+Конечно, живую ёлку надо охранять, поливать и в январе куда-то девать.",
         "+Но я помню, как в детстве мы бегали на площадь смотреть, как её ставят краном, и ждали этого весь "
         "декабрь.",
         "+Приходите двенадцатого декабря к трём часам: зажигать огни будем вместе."],
        ["-Отправить в Telegram",
         "-Обсуждение",
         "-Валентина Петровна",
         "-3 декабря 2026 в 18:40",
         "-Наконец-то! Внуки даже не знают, как пахнет настоящая ёлка на улице.",
         "-Пожаловаться",
         "-Письма в редакцию: pisma@snegoveyskaya-pravda.example",
         "-© «Снеговейская правда», 2026. 12+"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    'Associated Press writer Colin Marsh in Chicago contributed to this report.':
        "an English wire contributor credit ('Associated Press writer Colin Marsh in Chicago contributed to this report.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-cressingmere-ford':
        "the regional portal's ford footbridge story keeps its sponsored ad ('Sponsored: Compare winter tyre deals near you') after the list rows (1 of 20 noise lines)",
    'en-blog-lockwise-stoppage':
        "the narrowboat blog's lock-stoppage post keeps its photo caption ('The old top gates lying on the lockside, with the date 1994 cut into the balance beam.') and its buy-us-coal plug ('Like the blog? Our stove eats coal faster than we can write, so you can buy us a bag through the link in the sidebar.') between the first paragraph and the paragraph with the quote (2 of 20 noise lines)",
}


test_held_out_78_line, test_held_out_78_line_is_kept, test_held_out_78_page = held_out_tests(
    HELD_OUT_78_LINES, HELD_OUT_78_KEEP, HELD_OUT_78_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
