"""Held-out set 83: written blind, weighted toward the noise the cleaner exists for, in shapes set 82's docstring does
not name (nor set 81's first paragraph): scraper, embed and ad markers (the CNN-style English ad label "Ad Feedback",
Instagram's English embed link "View this post on Instagram", the Gravity Forms scraper residue "This iframe contains
the logic required to handle Ajax powered Gravity Forms.", a French blocked-embed placeholder "Ce contenu est bloqué car
vous n'avez pas accepté les cookies et autres traceurs.", a German consent placeholder for an embed "Empfohlener
redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt.", the
Italian advertorial label "Informazione pubblicitaria", the Polish video ad break "Dalsza część artykułu pod materiałem
wideo" and a Russian ad-law label with tax number and erid token "Реклама. ООО «Ромашка-Опт», ИНН 0000000000, erid:
2VtzqwXb7Lk"); reading-time headers in new wordings (the English "Read time: 3 min" and "Time to read: 7 minutes", the
French "Temps de lecture estimé : 4 min", the German "Geschätzte Lesedauer: 6 Minuten", the Italian "Si legge in 5
minuti", the Polish "Czas lektury: 4 min" and the Russian "4 мин. на чтение"); bylines and self-promotion (a
Reuters-style English credit "Reporting by Tom Hardacre; Editing by Lucy Fenwick", an English Ko-fi plug "If you enjoyed
this post, you can buy me a coffee on Ko-fi ☕", an English freelance author bio with a Bluesky handle "Nina Pargeter is
a freelance writer based in Shropshire. Follow her on Bluesky at @ninapargeter.bsky.social", a French Tipeee plug "Cet
article vous a plu ? Soutenez le blog sur Tipeee !", a German reporter bio "Hendrik Lossow ist Lokalredakteur und
berichtet vor allem über Vereine und Kultur im Landkreis.", an Italian curated-by credit "A cura di Serena Pagliarulo",
a Polish reporter bio "Zuzanna Mikołajczak – dziennikarka działu miejskiego, pisze o kulturze i zabytkach." and a
Russian text-and-photo credit "Текст: Олеся Ватутинская. Фото автора"); blog and site footers (Ghost's "Powered by
Ghost", Blogger's "Simple theme. Powered by Blogger.", an English company-registration line "Brackwater Valley News Ltd
is registered in England and Wales, company number 00000000.", a French legal-notice host line "Hébergeur du site : OVH
SAS, Roubaix (France)", a German offered-by publisher line "Ein Angebot der Kreiszeitungsverlag Kessenrode GmbH & Co.
KG", an Italian company and VAT-number line "© 2026 Valtorbida Media S.r.l. – P.IVA 00000000000 – Tutti i diritti
riservati", a Polish publisher line with KRS and NIP numbers "Wydawca: Wydawnictwo Drzewiczańskie sp. z o.o., KRS
0000000000, NIP 0000000000" and a Russian media-registration line "Сетевое издание «Сосновобережье сегодня»
зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-00000 от 01.01.2020"); reader-comment furniture (Disqus's
reactions row "What do you think? 0 Responses", WordPress's reply-form heading "Leave a Reply Cancel reply" and its
comment-count heading "12 thoughts on “Bring back the Saturday bus”", a French report-abuse link "Signaler ce
commentaire comme abusif", a German comment-sort row "Kommentare sortieren: Neueste zuerst | Älteste zuerst |
Beliebteste", WordPress's Italian comments-closed line "I commenti sono chiusi.", a Polish comments-disclaimer
"Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść." and the
Russian Cackle widget label "Комментарии для сайта Cackle"); share rows (an English Mastodon, Reddit, Pinterest and
copy-link row, a German Facebook, WhatsApp, Xing, Pinterest and e-mail row and a Russian VKontakte, Viber, WhatsApp and
Moy Mir row); and notices (a Le-Monde-style French paywall line "Il vous reste 78% de cet article à lire. La suite est
réservée aux abonnés.", an Italian blog's image-rights notice "Le foto pubblicate sono tratte in parte da Internet e
valutate di pubblico dominio: se violano diritti d'autore, scrivici e saranno rimosse." and a Polish public-funding note
"Artykuł powstał w ramach projektu dofinansowanego ze środków Ministra Kultury i Dziedzictwa Narodowego."); and toward
whole scraped news, opinion and hobby-blog pages in layouts sets 58 to 82 did not use, as far as the brief lists them,
taken from trades, shops and culture and from blogs about collecting things (a regional portal's story on a hardware
shop bought by its longest-serving assistant, with a comment, a matchbox-label collector's blog post on a winter swap
fair, with a comment, a regional portal's story on a church organ restored after two years of work, with a comment, a
postcard collector's blog post on thirty old postcards of the village found in a flea-market box, with a comment, a
regional portal's story on a clockmaker closing his shop after 48 years, with a comment, a daily's opinion column for
letting women into a village male-voice choir, with a comment, a regional portal's story on a small civic museum opening
a ceramics room, with a comment, a stamp collector's blog post on a winter stamp fair, with a comment, a regional
portal's story on a family printing house's first open day, with a comment, a porcelain collector's blog post on a
Ćmielów owl figurine found at a flea market, with a comment, a regional portal's story on a bookbinding workshop opening
in the district library, with a comment, and a badge collector's blog post on a Sunday flea market, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 82), held-out set 84 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
nor ran ``git worktree list``. Read were: the docstring of held-out set 82 up to its first round paragraph, its imports,
its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three
test functions), and the first paragraph of set 81's docstring, printed with one ast script (/tmp/s83scratch/read82.py:
``ast.get_docstring`` split into paragraphs at blank lines and cut before the first paragraph starting "Still held out
after round" or "Round ", the import nodes' and the ``_page`` node's source segments, the file from the ``lineno`` of
the ``def _marks`` function node, found with ``ast``, to the end, and set 81's docstring's first paragraph); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict
value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 82's, taken by a script
(/tmp/s83scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 82 -> 83, then refilled after the measurement (by /tmp/s83scratch/fill.py). Nothing
else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s83, detached at commit 2b0c295bee4774a6fc5eac5165e3cb2c9916770f, what ``git rev-parse HEAD`` printed in
/work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 82's file (and set 81's first
docstring paragraph) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s83scratch/read82.out, 359 lines) that I printed whole with ``cat``; the tool cut the middle of that output (lines
133 to 200), which I then paged through with ``sed`` (lines 125 to 205). The docstring cut held (the printed docstring
ended with set 82's Baseline paragraph). That allowed text itself names set 82's scratch paths, its frozen commit
(d81ebc7251982719dee274f97a3c5bb5ece5263a) and set 80's (4f83a68119fb68453193375d55bf3f73dfd87a02); I saw these only as
docstring text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open. The
build script, which read set 82's file to take its tail, printed nothing but the tail it wrote. At my first step ``git
status --short | head -20`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git
worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen
commit is. To see that both worktrees existed I ran ``ls`` on two exact paths
(/tmp/wt-s83/tests/test_clean_held_out_82.py and /tmp/wt-set83/tests/test_clean_held_out_81.py), which printed those two
paths and nothing else. The branch set83 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests (62 passed, 15 xfailed), which is a check of the tables, not a second measurement.
(3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
second small script (/tmp/s83scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4) The
lists were written as source in scratch files (/tmp/s83scratch/lists83.py and pages83.py) and put together with the tail
into this file by a script (/tmp/s83scratch/gen.py). Before the measurement the lists were executed from a scratch
folder (/tmp/s83scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case
was run through the cleaner) by /tmp/s83scratch/check.py, which counted the lines by category, by place and by language
(from the ``# English`` ... comments), the keep lines by language and by place, the pages by language, printed each
page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of its
page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_83_LINES`` or ``HELD_OUT_83_KEEP``,
case-sensitively and case-insensitively. Its first run found five problems: the postcard blog's ad label "Annonce"
inside its article's "annonce simplement", its comment heading "Commentaires" inside the keep line "Commentaires et
questions du public ...", the choir column's ad label "Werbung" inside the keep line "Werbung für das Fest ...", and the
Polish reply link "Odpowiedz" on both Polish pages, case-insensitively inside "odpowiedzialności" of the held-out Polish
comments disclaimer; they became "Publicité", "Les commentaires des lecteurs", "Anzeige", "Odpowiedz na komentarz" and
"Odpowiedź". Its second run found nothing; it still notes, as allowed, 21 page noise lines that hold another noise line
of their page (site names inside captions, prompts and copyright lines, section names inside menus, a comment count
inside a publication line) and the reply links "Répondre", "Rispondi" and "Ответить", each on both pages of its
language. No list changed after that check. (5) At the measurement (16:20:03 UTC) this docstring was a placeholder and
the xfail tables were empty; it was written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s83scratch/problems.py) that ran it on every line, keep line and
page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Thrupley and "Thrupley Today", Montrevaux (and
so Montrevaux Info), Hegelsbrück (and so the Hegelsbrücker Rundschau), Ostwerfen (and so the Ostwerfener Kreisblatt),
Kessenrode, Castelvorno (and so CastelvornoNotizie), Valtorbida, Wilczogóra and "Głos Wilczog", Drzewiczany (and so the
adjective Drzewiczańskie), Верхнелуговск (and so «Вестник Верхнелуговска»), Сосновобережье, Brackwater Valley, "Grenier
à Cartes", "Dentello Storto" and "Porcelanowe Łowy" had no hits. "The Striking Surface" was found only as an ordinary
phrase (the striking surface of a fist, a foot or a gong in code comments) and kept as the matchbox-label blog's name
(it is also the real name of a matchbox's rough strip); "Коробка со значками" was found once, as an ordinary phrase in a
code comment about interface icons, and kept as the badge blog's name. Dropped after their checks: Pellingford, planned
as the hardware story's town (a coined name in a quiz fixture and a list of invented clinics), Hollin Valley, planned
for the company-registration line (a place in a game's text), and Brzeziniec, planned for the Polish publisher (a real
Polish village, in a gazetteer table). Sarmagnac was checked as a spare and not used (found only inside identifiers
holding "sArmagnac"); one search for "Značky" was a wasted look-up and nothing came of it. Not checked, generic or
invented at sight: Mill Street, Market Place, Pritchard's Hardware, the church of Saint-Martin, the Amis de l'orgue, the
place du Champ-de-Foire, the rue des Tilleuls, the Bahnhofstraße, Kreisblatt Plus, the Amici del Museo, ulica Kolejowa,
the "Ромашка-Опт" company (after Russia's proverbial placeholder firm «Ромашка») and the erid token. The people's names
(Tom Hardacre, Lucy Fenwick, Nina Pargeter and her handle, Hendrik Lossow, Serena Pagliarulo, Zuzanna Mikołajczak, Олеся
Ватутинская, Daniel Oakhurst, Liam Corbett, Gordon Pritchard, MargaretH_Thrupley, boxlabel_bill, Fenella Dace, Hélène
Vasseur-Gombaud, Bertrand Lhuillier, Gisèle P., Étienne, Marcelle, Jacqueline B., Sabine Trettmann, Walter Kräbs,
Uhrenfreund_63, Gerlinde Haumerstein, Hannelore W., Michela Rovagnati, Laura Fogazzi, Pierangelo M., Ottavio, Gianfranco
R., Ewelina Strzębska, Grzegorz Wiatrowicz, ~mieszkanka, Agnieszka, Basia K., Марина Кузовлева, Валентина Дорошкевич,
Людмила Петровна, Палыч, Сергей_нумизмат) are invented, though ordinary names real people may bear; none is meant as a
real person. The e-mail addresses use the reserved .example domain; company, tax, KRS and registration numbers are
zero-filled; no phone number or postcode is given. (7) Some lines name real things, as real pages do: CNN's "Ad
Feedback" label, Instagram's embed link, the Gravity Forms iframe text, the Reuters credit form, Ko-fi, Bluesky, Ghost,
Blogger's Simple theme, Companies House wording, Disqus's reactions row and WordPress's reply-form and "thoughts on"
headings (all from memory), Mastodon, Reddit, Pinterest, Tipeee, OVH SAS of Roubaix, Le Monde's paywall wording (from
memory), the German "Empfohlener redaktioneller Inhalt" consent placeholder (from memory), Xing, Facebook, WhatsApp, the
Italian "Informazione pubblicitaria" label and partita IVA, the Polish KRS and NIP numbers and the Minister of Culture
and National Heritage, the Russian ad law's ИНН and erid marks, Roskomnadzor and its Эл № ФС77 certificates, the Cackle
comment widget, VKontakte, Viber and Moy Mir; on the pages X, Telegram, WordPress and WordPress.com, the themes Hestia
(ThemeIsle), Hemingway (Anders Norén) and Kadence, the Jura, Ćmielów porcelain and its crowned mark (from memory),
Italy's Castelli d'Italia stamp series, the Olympiad-80 badge with its bear, the Golden Ring towns, and the name days of
Barbara and Krystian given for 4 December (from memory). (8) Set 82's docstring names its own shapes and the earlier
sets' page layouts only, and set 81's first paragraph its shapes, so some lines may repeat shapes of sets before 81 that
I could not check; in particular "Ad Feedback", "View this post on Instagram", "Leave a Reply Cancel reply", "Powered by
Ghost", "Simple theme. Powered by Blogger.", "I commenti sono chiusi." and "Informazione pubblicitaria" are common
enough that an earlier set or a development list may hold them. Close to shapes sets 81 and 82 named: the Ko-fi and
Tipeee plugs are plugs like their Substack, Etsy, book, Instagram and Telegram plugs; the author bios and the curated-by
and text-and-photo credits are bylines near their contributor, compiled-by and prepared-by credits; the Ghost and
Blogger lines are platform footers like WordPress.com, Squarespace and Wix; the registration, host, offered-by, VAT, KRS
and Roskomnadzor lines are legal footers near their CPPAP, responsible-editor and data-controller lines; the comments
lines are comment furniture of other widgets and wordings; the Polish video ad break is an ad break in other words; the
Russian erid label is an ad label like their partner labels; the German consent placeholder and the French blocked-embed
placeholder are embed notices like their YouTube notice; the notices are of other kinds than their correction,
article-age, story-updating and print-edition notes. Page chrome repeats kinds of line set 82's docstring names among
its noise (photo captions, ad labels, read-also, might-like and most-read links, newsletter, Telegram, Instagram and
tip-off prompts, letters addresses, subscription ads, affiliate notes, name-day lines, opinion-column lines), as real
pages carry them. (9) My first step's clock reading was 2026-12-04 16:14:08 UTC; the measurement ran at 16:20:03 UTC.
(10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was
read.

Judgement calls: the keep lines opening with or holding "Subscribers to the allotment society's seed scheme", "Written
objections", "Photo identification", "Advertising on the town's roundabouts", "Sharing the cost", "Read aloud at the
start of the meeting", "Followers of the long-running dispute", "Partager la salle des fêtes", "Commentaires et
questions du public", "Source de nombreuses plaintes", "Abonniert hatte die Gemeinde", "Geteilt wird der Saal", "Werbung
für das Fest", "Seguire i lavori del consiglio comunale", "Commenti entusiasti", "Foto d'epoca", "Udostępnienie sali
gimnastycznej", "Komentując decyzję", "Подписку на районную газету" and "Читать лекции" are article sentences. The ad
label, the embed link and placeholders, the Gravity Forms residue, the video ad break and the ad-law label are counted
as markers; the reading-time rows as reading-time lines; the Reuters-style credit, the Ko-fi and Tipeee plugs, the
author bios and the curated-by and text-and-photo credits as bylines; the Ghost, Blogger, company-registration, host,
offered-by, VAT, publisher and media-registration rows as footers; the reactions row, the reply-form and comment-count
headings, the report-abuse link, the sort row, the comments-closed line, the comments disclaimer and the widget label as
comments; the share rows as share; the paywall line, the image-rights notice and the funding note as notices. On every
page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs
are article (10 lines a page: four rows and two last paragraphs, or three rows and three last paragraphs; the blog
posts' closing lines about the next post and the column's closing warning are their last paragraphs and counted as
article) and everything else is noise (20 lines a page: six lines above the title, two under it, two between the first
paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot); in
particular site names and taglines, menus, search boxes, sign-in, account and subscription lines, dates, weather and
name-day lines, breadcrumbs, section, column and category names, bylines, publication, comment-count and view-count
lines, reading-time lines, photo captions, ad labels, swap-list, Instagram and Telegram plugs, no-affiliate notes,
read-also, might-like, may-interest, more-columns and most-read links, newsletter prompts, write-to-me, swap and tip-off
addresses, letters addresses, subscription ads, share, print and bookmark lines, like rows, tags, related-post headings,
comment headings and counts, commenter rows, comment texts, reply and report lines, theme and platform credits, cookie
notices, copyright and legal lines are noise. The rows: en-portal-thrupley-hardware "What will change at the shop" (four
rows), en-blog-strikingsurface-swapfair "What I came home with" (three rows), fr-portail-montrevaux-orgue "Le chantier
en chiffres" (three rows), fr-blog-grenier-cartes "Ce que contenait le carton" (four rows),
de-portal-hegelsbrueck-uhrmacher "Was Kunden jetzt wissen müssen" (three rows), de-kolumne-ostwerfen-chor "Was dafür
spricht" (four rows), it-portale-castelvorno-museo "Cosa si potrà vedere" (four rows), it-blog-dentello-francobolli
"Cosa ho portato a casa" (three rows), pl-portal-wilczogora-drukarnia "Co można było zobaczyć" (four rows),
pl-blog-porcelanowe-lowy "Jak rozpoznałam, że to oryginał" (three rows), ru-portal-verkhnelugovsk-pereplet "Как отдать
книгу в ремонт" (three rows) and ru-blog-korobka-znachki "Что удалось найти" (four rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 9, body 7, tail
29), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 7, tail 7), 12 pages with 240 noise lines
(20 a page) and 120 article lines (10 a page): en-portal-thrupley-hardware (a regional news portal's story on the town's
hardware shop bought by its longest-serving assistant after 41 years, with a comment), en-blog-strikingsurface-swapfair
(a matchbox-label collector's blog post on a winter swap fair in a church hall, with a comment),
fr-portail-montrevaux-orgue (a regional news portal's story on the church organ back in use after two years of
restoration, with a comment), fr-blog-grenier-cartes (a postcard collector's blog post on thirty old postcards of the
village found in a flea-market box, with a comment), de-portal-hegelsbrueck-uhrmacher (a regional news portal's story on
a master clockmaker closing his shop on the market square after 48 years, with a comment), de-kolumne-ostwerfen-chor (a
daily's opinion column for letting women sing in the village's male-voice choir, with a comment),
it-portale-castelvorno-museo (a regional news portal's story on the civic museum opening a room of local ceramics closed
for thirty years, with a comment), it-blog-dentello-francobolli (a stamp collector's blog post on a first winter stamp
fair, with a comment), pl-portal-wilczogora-drukarnia (a regional news portal's story on a family printing house's first
open day, with a comment), pl-blog-porcelanowe-lowy (a porcelain collector's blog post on a Ćmielów owl figurine bought
at a flea market, with a comment), ru-portal-verkhnelugovsk-pereplet (a regional news portal's story on a free
bookbinding workshop opening in the district library, with a comment) and ru-blog-korobka-znachki (a Soviet-badge
collector's blog post on five badges found at a Sunday flea market, with a comment); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 2b0c295bee4774a6fc5eac5165e3cb2c9916770f, measured with ``cd /tmp/wt-s83 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s83/src python -m pytest -q tests/test_clean_held_out_83.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s83 && PYTHONPATH=/tmp/wt-s83/src python
scripts/clean_held_out_report.py --sets 83`` (noise lines removed 39/45, article lines kept 20/20, pages clean 3/12,
page noise lines left 13 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 6/8, reading-time 7/7,
byline 6/8, footer 7/8, comments 8/8, share 3/3, notice 2/3; missed, all kept as paragraphs: the English "Ad Feedback"
and the Italian "Informazione pubblicitaria" put in the body; and the German "Hendrik Lossow ist Lokalredakteur und
berichtet vor allem über Vereine und Kultur im Landkreis.", the Polish "Zuzanna Mikołajczak – dziennikarka działu
miejskiego, pisze o kulturze i zabytkach.", the French "Hébergeur du site : OVH SAS, Roubaix (France)" and the Italian
"Le foto pubblicate sono tratte in parte da Internet e valutate di pubblico dominio: se violano diritti d'autore,
scrivici e saranno rimosse." put at the foot); keep lines kept 20/20; pages 3/12 clean (fr-portail-montrevaux-orgue,
de-portal-hegelsbrueck-uhrmacher and it-portale-castelvorno-museo), 13 of 240 page noise lines left and 0 of 120 article
lines lost: en-portal-thrupley-hardware 1 left ("Liam Corbett (left) and Gordon Pritchard behind the counter on Tuesday.
Photo: Thrupley Today"); en-blog-strikingsurface-swapfair 3 left ("The swap tables just after opening (my photo)", "Psst
– my full swap list is on the Swap list page, updated every Sunday." and "No affiliate links here, I just like
labels."); fr-blog-grenier-cartes 1 left ("Vous avez des cartes du village ? Écrivez-moi :
contact@grenier-a-cartes.example"); de-kolumne-ostwerfen-chor 1 left ("Kreisblatt Plus: Alle Artikel lesen – jetzt im
ersten Monat für 0,99 €"); it-blog-dentello-francobolli 1 left ("Se vuoi scambiare doppioni, scrivimi a
dentellostorto@blog.example"); pl-portal-wilczogora-drukarnia 1 left ("Masz temat dla redakcji? Napisz:
redakcja@glos-wilczogory.example"); pl-blog-porcelanowe-lowy 2 left ("Moja sowa na parapecie, zaraz po umyciu (fot.
autorki)" and "Ogłoszenie"); ru-portal-verkhnelugovsk-pereplet 1 left ("Мастер за работой в новой мастерской. Фото:
«Вестник Верхнелуговска»"); ru-blog-korobka-znachki 2 left ("Объявление" and "Если есть значки на обмен — пишите на
почту korobka@blog.example"). Of the left page lines none stands above the title and none under it; seven stand between
the first paragraph and the paragraph with the quote (the photo captions of the hardware story, the swap-fair post, the
porcelain post and the bookbinding story, the swap-fair post's swap-list plug, and the ad labels "Ogłoszenie" and
"Объявление" of the porcelain and badge posts, whose caption on the badge post goes; the other pages' captions and the
ad labels "Advertisement", "PUBLICITÉ", "Publicité", "ANZEIGE", "Anzeige", "Pubblicità", "Annuncio", "REKLAMA" and
"Реклама 16+" go); six stand between the list rows and the last paragraphs (the swap-fair post's no-affiliate note,
whose might-like link goes, the postcard blog's write-to-me prompt, the choir column's subscription ad, the stamp blog's
and the badge blog's swap-by-e-mail prompts, and the printing-house story's tip-off address; every read-also,
might-like, may-interest, more-columns and Telegram line here goes); and none at the foot (every tag, share, like,
related, comment heading, commenter row, comment text, reply, report, most-read, theme credit, cookie, copyright and
legal line at the foot goes, on blogs, portals and the column alike). No article line is lost. The failing cases are
strict xfails.

Still held out after round 72 (development on sets 79 and 80; this set was written after round 71 against 2b0c295, blind
to round 72; measured once with ``scripts/clean_held_out_report.py --sets 83``): noise lines removed 39 -> 40/45 (the
Italian advertorial label 'Informazione pubblicitaria' goes), keep lines 20/20, pages clean 3 -> 5/12, page noise lines
left 13 -> 11 of 240 (the postcard blog's write-to-me prompt and the printing-house story's tip-off address, both ending
on an e-mail address, go), article lines lost 0 of 120. Still missed: 'Ad Feedback', two staff bios, the
hosting-provider line and the image-rights notice; four photo captions, two swap prompts, two ad labels and an affiliate
note on the pages. The entries that now pass are removed.

Still held out after round 73 (development on sets 81 and 82; measured once with ``scripts/clean_held_out_report.py
--sets 83``): unchanged, noise lines removed 40/45, keep lines 20/20, pages clean 5/12, page noise lines left 11 of 240,
article lines lost 0 of 120. None of the five missed lines or eleven page lines is in a family round 73 widened or
wrote.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 40 -> 42/45 (41 with the sets 1-82 model; the French
hosting line 'Hébergeur du site : OVH SAS, Roubaix (France)' and the Italian image-rights notice go), keep lines 20/20,
pages clean 5/12 and 11 of 240 page noise lines left (unchanged), none lost.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_83_LINES = [
    # English
    ("body", "Ad Feedback", "marker"),
    ("body", "View this post on Instagram", "marker"),
    ("tail", "This iframe contains the logic required to handle Ajax powered Gravity Forms.", "marker"),
    ("head", "Read time: 3 min", "reading-time"),
    ("head", "Time to read: 7 minutes", "reading-time"),
    ("tail", "Reporting by Tom Hardacre; Editing by Lucy Fenwick", "byline"),
    ("tail", "If you enjoyed this post, you can buy me a coffee on Ko-fi ☕", "byline"),
    ("tail", "Nina Pargeter is a freelance writer based in Shropshire. Follow her on Bluesky at @ninapargeter.bsky.social",
     "byline"),
    ("tail", "Powered by Ghost", "footer"),
    ("tail", "Simple theme. Powered by Blogger.", "footer"),
    ("tail", "Brackwater Valley News Ltd is registered in England and Wales, company number 00000000.", "footer"),
    ("tail", "What do you think? 0 Responses", "comments"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "12 thoughts on “Bring back the Saturday bus”", "comments"),
    ("tail", "Share on Mastodon · Share on Reddit · Share on Pinterest · Copy link", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "Temps de lecture estimé : 4 min", "reading-time"),
    ("tail", "Cet article vous a plu ? Soutenez le blog sur Tipeee !", "byline"),
    ("tail", "Hébergeur du site : OVH SAS, Roubaix (France)", "footer"),
    ("tail", "Signaler ce commentaire comme abusif", "comments"),
    ("tail", "Il vous reste 78% de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    # German
    ("body", "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den "
             "Artikel ergänzt.", "marker"),
    ("head", "Geschätzte Lesedauer: 6 Minuten", "reading-time"),
    ("tail", "Hendrik Lossow ist Lokalredakteur und berichtet vor allem über Vereine und Kultur im Landkreis.", "byline"),
    ("tail", "Ein Angebot der Kreiszeitungsverlag Kessenrode GmbH & Co. KG", "footer"),
    ("tail", "Kommentare sortieren: Neueste zuerst | Älteste zuerst | Beliebteste", "comments"),
    ("tail", "Artikel teilen: Facebook · WhatsApp · Xing · Pinterest · E-Mail", "share"),
    # Italian
    ("body", "Informazione pubblicitaria", "marker"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("head", "A cura di Serena Pagliarulo", "byline"),
    ("tail", "© 2026 Valtorbida Media S.r.l. – P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "I commenti sono chiusi.", "comments"),
    ("tail", "Le foto pubblicate sono tratte in parte da Internet e valutate di pubblico dominio: se violano diritti "
             "d'autore, scrivici e saranno rimosse.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "Czas lektury: 4 min", "reading-time"),
    ("tail", "Zuzanna Mikołajczak – dziennikarka działu miejskiego, pisze o kulturze i zabytkach.", "byline"),
    ("tail", "Wydawca: Wydawnictwo Drzewiczańskie sp. z o.o., KRS 0000000000, NIP 0000000000", "footer"),
    ("tail", "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich "
             "treść.", "comments"),
    ("tail", "Artykuł powstał w ramach projektu dofinansowanego ze środków Ministra Kultury i Dziedzictwa "
             "Narodowego.", "notice"),
    # Russian
    ("body", "Реклама. ООО «Ромашка-Опт», ИНН 0000000000, erid: 2VtzqwXb7Lk", "marker"),
    ("head", "4 мин. на чтение", "reading-time"),
    ("head", "Текст: Олеся Ватутинская. Фото автора", "byline"),
    ("tail", "Сетевое издание «Сосновобережье сегодня» зарегистрировано Роскомнадзором, свидетельство Эл № ФС77-00000 "
             "от 01.01.2020", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Поделиться: ВКонтакте · Viber · WhatsApp · Мой Мир", "share"),
]

HELD_OUT_83_KEEP = [
    # English
    ("head", "Subscribers to the allotment society's seed scheme will get their packets by post in February, the "
             "secretary said."),
    ("head", "Written objections to the new road layout must reach the planning office by 15 January."),
    ("body", "Photo identification will be needed at the polling station, the returning officer reminded residents."),
    ("body", "Advertising on the town's roundabouts raised £4,200 for the floral displays last year."),
    ("tail", "Sharing the cost of the repairs with the parish council was agreed without a vote."),
    ("tail", "Read aloud at the start of the meeting, the petition carried 612 signatures."),
    ("body", "Followers of the long-running dispute will remember that the footbridge was first closed in 2019."),
    # French
    ("head", "Partager la salle des fêtes avec le club de judo n'a jamais posé de problème, assure la présidente."),
    ("body", "Commentaires et questions du public ont occupé la dernière demi-heure du conseil municipal."),
    ("tail", "Source de nombreuses plaintes, le lampadaire de la rue des Tilleuls sera remplacé en janvier."),
    # German
    ("head", "Abonniert hatte die Gemeinde die Fachzeitschrift schon seit 1987, nun wird sie abbestellt."),
    ("body", "Geteilt wird der Saal künftig mit der Musikschule, die bislang im Keller probte."),
    ("tail", "Werbung für das Fest machten die Schüler mit selbst gemalten Plakaten an jedem Laternenmast."),
    # Italian
    ("head", "Seguire i lavori del consiglio comunale in diretta sarà possibile dal prossimo anno."),
    ("body", "Commenti entusiasti sono arrivati dai visitatori della mostra, secondo il registro all'ingresso."),
    ("tail", "Foto d'epoca e lettere dei soldati sono esposte nella sala al primo piano del municipio."),
    # Polish
    ("head", "Udostępnienie sali gimnastycznej klubom sportowym po lekcjach zatwierdziła rada gminy."),
    ("body", "Komentując decyzję, sołtys przypomniał, że o świetlicę mieszkańcy prosili od dziesięciu lat."),
    # Russian
    ("tail", "Подписку на районную газету ветеранам оплатит администрация поселения."),
    ("tail", "Читать лекции в библиотеке согласились двое учителей истории на пенсии."),
]


HELD_OUT_83_PAGES = {
    "en-portal-thrupley-hardware": _page("en", "en-portal-thrupley-hardware", [
        ["-Thrupley Today",
         "-Your town, your news – since 2009",
         "-Home | News | Business | Sport | What's On | Property | Jobs",
         "-Wednesday, 2 December 2026 · 6°C, light rain",
         "-Sign in | Register",
         "-Business › Shops"],
        ["+Thrupley's hardware shop changes hands after 41 years behind the same counter"],
        ["-By Daniel Oakhurst, Local News Reporter",
         "-Published 2 December 2026, 5:42pm · 3 comments"],
        ["+Pritchard's Hardware on Mill Street, which has sold nails by the pound, paraffin and garden twine since 1985, "
         "has been bought by its longest-serving assistant, Liam Corbett, who will keep the name above the door."],
        ["-Liam Corbett (left) and Gordon Pritchard behind the counter on Tuesday. Photo: Thrupley Today",
         "-Advertisement"],
        ["+“I started here sweeping the floor on Saturdays when I was fourteen,” said Mr Corbett, 33. “People still come "
         "in with a broken part in a paper bag and ask if we have one like it, and usually we do.”"],
        ["+What will change at the shop",
         "+Opening hours stay the same, with late opening until 7pm on Thursdays.",
         "+Key cutting and knife sharpening will carry on at the back counter.",
         "+A small online shop for local delivery is planned for the spring.",
         "+Mr Pritchard will help out on Saturdays until Easter."],
        ["-Read more: Christmas lights switch-on draws record crowd to Market Place",
         "-Got a story? Email newsdesk@thrupleytoday.example"],
        ["+Mr Pritchard, who is 71, said he had turned down two offers from developers who wanted the building for flats.",
         "+A small party for customers is planned at the shop on Saturday 12 December from 10am."],
        ["-Tags: Mill Street, small business, Thrupley town centre",
         "-Share this article: Facebook | X | WhatsApp | Email",
         "-3 comments",
         "-MargaretH_Thrupley · 2 December 2026 at 7:15pm",
         "-Best news this week. Gordon found me a washer for a 1960s tap when nobody else could. Good luck Liam!",
         "-Reply · Report",
         "-Most read: New car park charges start on Monday",
         "-© 2026 Thrupley Today. All rights reserved. | Privacy | Cookies | Terms"],
    ]),
    "en-blog-strikingsurface-swapfair": _page("en", "en-blog-strikingsurface-swapfair", [
        ["-The Striking Surface",
         "-Notes of a matchbox-label collector",
         "-Home · About · My collection · Swap list · Contact",
         "-Search this blog",
         "-Labels & Fairs",
         "-Posted on 29 November 2026 by boxlabel_bill"],
        ["+A morning at the winter swap fair, and the label I waited twenty years for"],
        ["-Filed under: fairs, Belgian labels, swaps",
         "-Reading time: about 8 minutes"],
        ["+The winter swap fair in the church hall by the station is the one date I never miss, and this year about "
         "forty collectors turned up with their albums, shoeboxes and biscuit tins full of labels."],
        ["-The swap tables just after opening (my photo)",
         "-Psst – my full swap list is on the Swap list page, updated every Sunday."],
        ["+An older collector at the next table summed the hobby up for me: “You don't collect matchboxes, you collect "
         "the little pictures somebody once drew to sell them.”"],
        ["+What I came home with"],
        ["+A set of six Belgian safety-match labels with birds, still unused.",
         "+A wartime Swedish label with a torch on it, slightly foxed.",
         "+The hotel label from the seaside town where my parents married, at last."],
        ["-You might also like: Storing labels without glue stains",
         "-No affiliate links here, I just like labels."],
        ["+Prices were modest as always: most labels changed hands for a few pence, or as straight swaps.",
         "+The hotel label cost me two duplicates and a cup of tea, which felt like a bargain after twenty years of "
         "looking.",
         "+Next time I will show how I mount labels in albums without damaging the paper."],
        ["-Share this: Facebook, Pinterest, Email",
         "-Like Loading…",
         "-Related",
         "-2 comments on this post",
         "-Fenella Dace says: 30 November 2026 at 9:04 am",
         "-Lovely haul! I have a spare of the wartime torch label if you need a second one for trading.",
         "-Website Powered by WordPress.com.",
         "-Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use."],
    ]),
    "fr-portail-montrevaux-orgue": _page("fr", "fr-portail-montrevaux-orgue", [
        ["-Montrevaux Info",
         "-L'actualité de Montrevaux et du canton",
         "-Accueil | Actualités | Sports | Culture | Agenda | Nécrologie",
         "-Jeudi 3 décembre 2026",
         "-Se connecter | S'abonner",
         "-Culture › Patrimoine"],
        ["+Après deux ans de travaux, l'orgue de l'église Saint-Martin retrouve sa voix"],
        ["-Par Hélène Vasseur-Gombaud",
         "-Publié le 03/12/2026 à 08h30, mis à jour à 10h12"],
        ["+Démonté pièce par pièce en 2024, l'orgue de tribune de l'église Saint-Martin a été remonté cet automne par un "
         "atelier de facteurs d'orgues du Jura, et il sera inauguré dimanche lors d'un concert gratuit."],
        ["-Les 1 200 tuyaux ont été nettoyés un à un. © Montrevaux Info",
         "-PUBLICITÉ"],
        ["+« Certains tuyaux en étain dataient de 1868, on les a redressés à la main plutôt que de les remplacer », "
         "explique Bertrand Lhuillier, le facteur d'orgues chargé du chantier."],
        ["+Le chantier en chiffres",
         "+1 200 tuyaux démontés, nettoyés et accordés.",
         "+Un soufflet entièrement recousu en peau de mouton.",
         "+185 000 euros de travaux, dont un tiers financé par une souscription."],
        ["-À lire aussi : Le marché de Noël s'installe place du Champ-de-Foire",
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ["+La souscription, lancée par l'association des Amis de l'orgue, a réuni plus de 400 donateurs.",
         "+Le concert d'inauguration aura lieu dimanche à 16 heures, avec l'organiste titulaire et la chorale "
         "paroissiale.",
         "+Des visites de la tribune seront proposées aux enfants des écoles en janvier."],
        ["-Mots-clés : patrimoine, église Saint-Martin, musique",
         "-Partager : Facebook · X · WhatsApp · Envoyer par e-mail",
         "-Réactions (1)",
         "-Gisèle P. – le 03/12/2026 à 12h47",
         "-Enfin ! Ma mère a chanté dans la chorale sous cet orgue, je serai au premier rang dimanche.",
         "-Répondre",
         "-Les plus lus : Fermeture de la piscine pour vidange",
         "-© Montrevaux Info 2026 – Mentions légales – Données personnelles – Cookies"],
    ]),
    "fr-blog-grenier-cartes": _page("fr", "fr-blog-grenier-cartes", [
        ["-Le Grenier à Cartes",
         "-Carnet d'un collectionneur de cartes postales anciennes",
         "-Accueil · Mes collections · Bourses et salons · Me contacter",
         "-Rechercher…",
         "-Catégorie : Trouvailles",
         "-Publié le 28 novembre 2026 par Étienne"],
        ["+Trente cartes postales du village retrouvées au fond d'un carton de brocante"],
        ["-Étiquettes : brocante, cartes anciennes, photographes locaux",
         "-5 commentaires"],
        ["+Dimanche dernier, à la brocante d'automne, un carton marqué « vieux papiers, 5 € » contenait une trentaine de "
         "cartes postales du village, toutes éditées entre 1905 et 1930 par le photographe de la grand-rue."],
        ["-Le carton tel que je l'ai trouvé, avant tri (photo du blog)",
         "-Publicité"],
        ["+Le vendeur, un retraité qui vidait la maison de sa tante, m'a simplement dit : « Si ça vous fait plaisir, "
         "prenez tout, personne n'en voulait. »"],
        ["+Ce que contenait le carton"],
        ["+Onze vues de la grand-rue, dont deux avec l'ancienne diligence.",
         "+Six cartes de l'école des garçons, avec les classes posant dans la cour.",
         "+Quatre cartes de la crue de 1910, rares et très recherchées.",
         "+Le reste : l'église, le lavoir et la gare aujourd'hui disparue."],
        ["-Vous aimerez aussi : Comment classer ses cartes postales par éditeur",
         "-Vous avez des cartes du village ? Écrivez-moi : contact@grenier-a-cartes.example"],
        ["+Plusieurs cartes portent encore au dos des messages de vacances, et l'une d'elles annonce simplement la "
         "naissance d'une petite Marcelle.",
         "+Je les scannerai toutes cet hiver pour les partager avec l'association d'histoire locale."],
        ["-Partager sur Facebook | Épingler sur Pinterest | Envoyer par e-mail",
         "-Articles similaires",
         "-Les commentaires des lecteurs",
         "-Jacqueline B. dit : 29 novembre 2026 à 18 h 22 min",
         "-Quelle chance ! Mon grand-père est peut-être sur la photo de l'école, je vous écris.",
         "-Répondre",
         "-Thème : Hestia par ThemeIsle | Propulsé par WordPress",
         "-© 2026 Le Grenier à Cartes – Reproduction des images interdite sans autorisation"],
    ]),
    "de-portal-hegelsbrueck-uhrmacher": _page("de", "de-portal-hegelsbrueck-uhrmacher", [
        ["-Hegelsbrücker Rundschau",
         "-Nachrichten aus Hegelsbrück und dem Umland",
         "-Startseite | Lokales | Sport | Kultur | Blaulicht | Anzeigen",
         "-Mittwoch, 2. Dezember 2026",
         "-Login | Abo",
         "-Lokales > Hegelsbrück"],
        ["+Nach 48 Jahren an der Werkbank: Uhrmachermeister schließt sein Geschäft am Markt"],
        ["-Von Sabine Trettmann",
         "-02.12.2026, 16:05 Uhr"],
        ["+Zum Jahresende schließt Uhrmachermeister Walter Kräbs sein kleines Geschäft am Marktplatz, in dem er seit "
         "1978 Armbanduhren, Wanduhren und Kirchturmuhren aus der ganzen Gegend repariert hat."],
        ["-Walter Kräbs an seiner Werkbank, wo er fast fünf Jahrzehnte lang Uhrwerke zerlegt hat. Foto: Sabine "
         "Trettmann",
         "-ANZEIGE"],
        ["+„Einen Nachfolger habe ich lange gesucht, aber junge Uhrmacher gehen lieber zu den großen Manufakturen“, "
         "sagt Kräbs, der im Frühjahr 75 wird."],
        ["+Was Kunden jetzt wissen müssen",
         "+Reparaturaufträge werden nur noch bis zum 15. Dezember angenommen.",
         "+Abgegebene Uhren können bis Ende Januar abgeholt werden.",
         "+Batteriewechsel übernimmt künftig das Juweliergeschäft in der Bahnhofstraße."],
        ["-Auch interessant: Weihnachtsmarkt öffnet mit neuer Eisbahn",
         "-Sie haben einen Hinweis für die Redaktion? Schreiben Sie uns: redaktion@hegelsbruecker-rundschau.example"],
        ["+Die Turmuhr der Stadtkirche, die Kräbs dreißig Jahre lang jeden Samstag aufgezogen hat, läuft inzwischen "
         "elektrisch.",
         "+Was aus dem Laden wird, ist noch offen; der Vermieter spricht von mehreren Interessenten.",
         "+Zum Abschied lädt Kräbs am 19. Dezember zu Glühwein vor das Geschäft ein."],
        ["-Schlagworte: Hegelsbrück, Handwerk, Einzelhandel",
         "-Artikel drucken | Merken",
         "-Kommentare (2)",
         "-Uhrenfreund_63 schrieb am 02.12.2026 um 18:40",
         "-Er hat meine Taschenuhr vom Opa wieder zum Laufen gebracht, als alle anderen abgewinkt haben. Danke und "
         "alles Gute!",
         "-Antworten | Melden",
         "-Meistgelesen: Umleitung wegen Brückensanierung bis März",
         "-Impressum · Datenschutz · AGB · Cookie-Einstellungen"],
    ]),
    "de-kolumne-ostwerfen-chor": _page("de", "de-kolumne-ostwerfen-chor", [
        ["-Ostwerfener Kreisblatt",
         "-E-Paper | Abo | Anmelden",
         "-Region | Politik | Wirtschaft | Sport | Meinung | Service",
         "-Meinung",
         "-Kolumne „Auf ein Wort“",
         "-Freitag, 4. Dezember 2026"],
        ["+Warum der Männergesangverein die Frauen endlich mitsingen lassen sollte"],
        ["-Eine Kolumne von Gerlinde Haumerstein",
         "-Kolumne · 2 Kommentare"],
        ["+Seit 1884 singt der Männergesangverein Ostwerfen, doch bei der Probe am Dienstag saßen noch elf Sänger im "
         "Vereinsheim, der jüngste ist 64."],
        ["-Die Sänger bei ihrem Auftritt auf dem Herbstmarkt. Archivfoto: Kreisblatt",
         "-Anzeige"],
        ["+Der Vorsitzende hat mir gesagt: „Wenn wir Frauen aufnehmen, sind wir kein Männergesangverein mehr.“ Mag "
         "sein, aber ohne Nachwuchs ist er bald gar kein Verein mehr."],
        ["+Was dafür spricht"],
        ["+Im Dorf gibt es einen Frauenchor, der ebenfalls Mitglieder verliert.",
         "+Gemischte Stimmen eröffnen ein viel größeres Repertoire.",
         "+Ein gemeinsamer Chor könnte den Proberaum im Gemeindehaus allein füllen.",
         "+Die Tradition bleibt, wenn die alten Lieder weiter gesungen werden."],
        ["-Mehr Kolumnen von Gerlinde Haumerstein",
         "-Kreisblatt Plus: Alle Artikel lesen – jetzt im ersten Monat für 0,99 €"],
        ["+Die Mitgliederversammlung im Januar wäre der richtige Ort, den Schritt zu wagen.",
         "+Sonst wird das Weihnachtskonzert 2027 vielleicht das letzte sein."],
        ["-Was meinen Sie? Schreiben Sie uns an leserbriefe@ostwerfener-kreisblatt.example",
         "-Teilen: Facebook | WhatsApp | E-Mail",
         "-Leserkommentare",
         "-Hannelore W. | 04.12.2026, 09:12",
         "-Als Sopranistin im Frauenchor kann ich nur sagen: Wir stehen bereit. Fragt uns einfach!",
         "-Kommentar melden",
         "-Weitere Meinungsbeiträge: Der Bahnhof braucht eine Toilette",
         "-© Ostwerfener Kreisblatt 2026. Alle Rechte vorbehalten."],
    ]),
    "it-portale-castelvorno-museo": _page("it", "it-portale-castelvorno-museo", [
        ["-CastelvornoNotizie",
         "-Quotidiano online di Castelvorno e dintorni",
         "-Home | Cronaca | Politica | Cultura | Sport | Eventi | Necrologi",
         "-Giovedì 3 dicembre 2026",
         "-Accedi | Registrati",
         "-Cultura"],
        ["+Il museo civico apre la sala delle ceramiche, chiusa da trent'anni"],
        ["-di Michela Rovagnati",
         "-3 dicembre 2026 – 11:20"],
        ["+Dopo un restauro durato diciotto mesi, il museo civico di Castelvorno riapre sabato la sala al secondo "
         "piano, dove saranno esposte per la prima volta le ceramiche delle fornaci locali donate dalle famiglie del "
         "paese."],
        ["-La nuova sala durante l'allestimento (foto CastelvornoNotizie)",
         "-Pubblicità"],
        ["+«Molti pezzi erano nelle cantine da generazioni, e c'è chi ci ha portato la zuppiera della nonna avvolta in "
         "un giornale del 1950», racconta la direttrice Laura Fogazzi."],
        ["+Cosa si potrà vedere",
         "+Oltre duecento piatti, boccali e zuppiere delle fornaci del paese.",
         "+Gli attrezzi originali di una bottega chiusa nel 1962.",
         "+Una vetrina dedicata ai vasai e alle loro famiglie.",
         "+Un video con le testimonianze degli ultimi lavoranti."],
        ["-Leggi anche: Presepe vivente, cercasi figuranti per la vigilia",
         "-Segui CastelvornoNotizie su Telegram per ricevere le notizie in tempo reale"],
        ["+L'inaugurazione è fissata per sabato alle 17, con ingresso libero fino a sera.",
         "+Dal mese prossimo il museo sarà aperto anche la domenica mattina, grazie ai volontari dell'associazione "
         "Amici del Museo."],
        ["-Tag: museo civico, ceramica, Castelvorno",
         "-Condividi su Facebook · Condividi su WhatsApp · Invia per email",
         "-1 commento",
         "-Pierangelo M. – 3 dicembre 2026 alle 14:05",
         "-Mio nonno lavorava alla fornace grande, spero di ritrovare qualcosa fatto da lui. Complimenti a chi ci ha "
         "lavorato!",
         "-Rispondi",
         "-Più letti: Chiusa la provinciale per una frana, ecco i percorsi alternativi",
         "-Privacy Policy | Cookie Policy | Contatti | Redazione"],
    ]),
    "it-blog-dentello-francobolli": _page("it", "it-blog-dentello-francobolli", [
        ["-Il Dentello Storto",
         "-Appunti di un filatelico della domenica",
         "-Home | Chi sono | La mia collezione | Convegni | Contatti",
         "-Cerca nel blog",
         "-Categoria: Convegni e mercatini",
         "-30 novembre 2026 · di Ottavio"],
        ["+Il mio primo convegno filatelico d'inverno, tra pinzette e raccoglitori"],
        ["-Lascia un commento",
         "-6 min di lettura"],
        ["+Domenica scorsa la palestra delle scuole medie ospitava il convegno filatelico d'inverno, con una ventina di "
         "commercianti e tanti collezionisti arrivati anche dalle province vicine."],
        ["-I tavoli dei commercianti poco dopo l'apertura (foto mia)",
         "-Annuncio"],
        ["+Un signore al banco accanto mi ha detto una cosa che non dimenticherò: «Il francobollo più bello è quello "
         "che ti manca, ma il più caro è quello che non sai riconoscere.»"],
        ["+Cosa ho portato a casa",
         "+Una serie completa dei Castelli d'Italia, nuova e con gomma integra.",
         "+Tre buste viaggiate degli anni Cinquanta con annulli di paese.",
         "+Un classificatore usato da trenta pagine, pagato pochissimo."],
        ["-Ti potrebbe interessare anche: Come staccare i francobolli dalla carta senza rovinarli",
         "-Se vuoi scambiare doppioni, scrivimi a dentellostorto@blog.example"],
        ["+I prezzi erano onesti e molti commercianti facevano volentieri lo sconto a chi comprava più pezzi.",
         "+Ho passato un'ora buona solo a sfogliare i raccoglitori da un euro al pezzo, che sono sempre la parte più "
         "divertente.",
         "+Nel prossimo post vi mostrerò come ho sistemato le buste nel nuovo classificatore."],
        ["-Condividi: Facebook · X · Pinterest · WhatsApp",
         "-Mi piace Caricamento...",
         "-Articoli correlati",
         "-2 pensieri su “Il mio primo convegno filatelico d'inverno”",
         "-Gianfranco R. ha detto: 1 dicembre 2026 alle 08:47",
         "-Bel resoconto! Le buste con annulli di paese sono la mia passione, se hai doppioni fammi sapere.",
         "-Rispondi",
         "-Tema: Hemingway di Anders Norén"],
    ]),
    "pl-portal-wilczogora-drukarnia": _page("pl", "pl-portal-wilczogora-drukarnia", [
        ["-Głos Wilczogóry",
         "-Portal mieszkańców Wilczogóry i okolic",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi | Kontakt",
         "-Piątek, 4 grudnia 2026. Imieniny: Barbary, Krystiana",
         "-Zaloguj się",
         "-Kultura"],
        ["+Drukarnia przy Kolejowej otworzyła drzwi dla mieszkańców. Kolejka ustawiła się przed dziewiątą"],
        ["-Autor: Ewelina Strzębska",
         "-Opublikowano: 04.12.2026, 14:20"],
        ["+W sobotę rodzinna drukarnia przy ulicy Kolejowej, działająca od 1991 roku, pierwszy raz zorganizowała dzień "
         "otwarty, a przez hale maszyn przeszło ponad trzysta osób."],
        ["-Zwiedzający przy maszynie offsetowej. Fot. Głos Wilczogóry",
         "-REKLAMA"],
        ["+– Ludzie znają nasze kalendarze i zaproszenia ślubne, ale nie wiedzą, jak powstają, więc postanowiliśmy im "
         "to pokazać – mówi właściciel drukarni Grzegorz Wiatrowicz."],
        ["+Co można było zobaczyć"],
        ["+Druk plakatu na zabytkowej maszynie typograficznej z lat 60.",
         "+Składanie tekstu z ruchomych czcionek ołowianych.",
         "+Introligatornię, w której szyje się księgi pamiątkowe.",
         "+Pracownię, w której powstają pieczątki."],
        ["-Czytaj także: Jarmark bożonarodzeniowy wraca na rynek",
         "-Masz temat dla redakcji? Napisz: redakcja@glos-wilczogory.example"],
        ["+Dzieci mogły same odbić pocztówkę z herbem miasta i zabrać ją do domu.",
         "+Właściciele zapowiadają, że dzień otwarty odbędzie się ponownie wiosną."],
        ["-Tagi: drukarnia, dzień otwarty, Wilczogóra",
         "-Udostępnij: Facebook | X | Wyślij e-mailem",
         "-Komentarze (2)",
         "-~mieszkanka · 04.12.2026 16:02",
         "-Byłam z wnukiem, był zachwycony tymi czcionkami. Świetny pomysł, więcej takich inicjatyw!",
         "-Odpowiedz na komentarz",
         "-Najczęściej czytane: Nowy rozkład jazdy autobusów od stycznia",
         "-Copyright © 2026 Głos Wilczogóry. Polityka prywatności | Regulamin"],
    ]),
    "pl-blog-porcelanowe-lowy": _page("pl", "pl-blog-porcelanowe-lowy", [
        ["-Porcelanowe Łowy",
         "-Blog o kolekcjonowaniu porcelany z czasów PRL",
         "-Strona główna · O mnie · Moja kolekcja · Giełdy · Kontakt",
         "-Szukaj",
         "-Kategoria: Znaleziska",
         "-29 listopada 2026 / Agnieszka"],
        ["+Figurka sowy z Ćmielowa za 20 złotych, czyli niedziela na giełdzie staroci"],
        ["-Dodaj komentarz",
         "-Czas czytania: 5 min"],
        ["+W ostatnią niedzielę miesiąca pojechałam na giełdę staroci pod halą targową i tym razem wróciłam z czymś, na "
         "co polowałam od trzech lat."],
        ["-Moja sowa na parapecie, zaraz po umyciu (fot. autorki)",
         "-Ogłoszenie"],
        ["+Sprzedająca starsza pani powiedziała tylko: „To była córki, ale córka woli teraz wszystko ze szkła”, i "
         "zapakowała sowę w gazetę."],
        ["+Jak rozpoznałam, że to oryginał",
         "+Na spodzie jest zielona sygnatura z koroną i napisem Ćmielów.",
         "+Malatura jest ręczna, z drobnymi nierównościami pędzla.",
         "+Porcelana ma charakterystyczny, lekko kremowy odcień."],
        ["-Zobacz też: Jak bezpiecznie myć porcelanowe figurki",
         "-Obserwuj mnie na Instagramie, pokazuję tam nowe nabytki"],
        ["+Sowa nie ma żadnych odprysków ani sklejeń, co przy tej wysokiej figurce zdarza się rzadko.",
         "+Za dwadzieścia złotych to prawdziwa okazja, bo podobne egzemplarze na aukcjach kosztują kilkaset.",
         "+W następnym wpisie opowiem, jak ustawiłam nową półkę na kolekcję."],
        ["-Udostępnij na Facebooku · Przypnij na Pintereście",
         "-Podobne wpisy",
         "-3 komentarze",
         "-Basia K. napisała: 30 listopada 2026 o 10:15",
         "-Gratuluję! Ja swoją sowę szukam od lat, zawsze są obtłuczone albo kosztują fortunę.",
         "-Odpowiedź",
         "-Dumnie wspierane przez WordPress | Motyw: Kadence",
         "-© 2026 Porcelanowe Łowy. Zdjęcia są własnością autorki."],
    ]),
    "ru-portal-verkhnelugovsk-pereplet": _page("ru", "ru-portal-verkhnelugovsk-pereplet", [
        ["-Вестник Верхнелуговска",
         "-Новости города и района",
         "-Главная | Новости | Общество | Культура | Спорт | Объявления",
         "-3 декабря 2026, четверг",
         "-Войти",
         "-Культура"],
        ["+В районной библиотеке открылась переплётная мастерская: старые книги чинят бесплатно"],
        ["-Автор: Марина Кузовлева",
         "-03.12.2026 09:40 · Просмотров: 1214"],
        ["+В центральной районной библиотеке Верхнелуговска заработала переплётная мастерская, где жители могут "
         "бесплатно отреставрировать семейные книги, альбомы и старые документы."],
        ["-Мастер за работой в новой мастерской. Фото: «Вестник Верхнелуговска»",
         "-Реклама 16+"],
        ["+«Приносят бабушкины поваренные книги, школьные учебники пятидесятых годов, даже Библию, пролежавшую сто лет "
         "на чердаке», — рассказывает переплётчица Валентина Дорошкевич."],
        ["+Как отдать книгу в ремонт",
         "+Записаться можно на абонементе или по телефону библиотеки.",
         "+За один раз принимают не больше трёх книг.",
         "+Срок ремонта — от двух недель до месяца."],
        ["-Читайте также: На площади установили новогоднюю ёлку",
         "-Подписывайтесь на «Вестник Верхнелуговска» в Телеграме"],
        ["+Оборудование для мастерской — пресс, резак и швейный станок — библиотека получила по областному гранту.",
         "+Уже в первую неделю в очереди на ремонт стояли сорок книг.",
         "+Весной в мастерской планируют проводить занятия для школьников."],
        ["-Теги: библиотека, культура, Верхнелуговск",
         "-Поделиться в ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (1)",
         "-Людмила Петровна, 03.12.2026 в 12:30",
         "-Отнесла туда мамин альбом с фотографиями, сделали аккуратно, как новый. Спасибо мастерам!",
         "-Ответить",
         "-Самое читаемое: Отключение горячей воды 7 декабря",
         "-© 2026 «Вестник Верхнелуговска». Все права защищены. 16+"],
    ]),
    "ru-blog-korobka-znachki": _page("ru", "ru-blog-korobka-znachki", [
        ["-Коробка со значками",
         "-Блог коллекционера советских значков",
         "-Главная · Обо мне · Коллекция · Обмен · Контакты",
         "-Поиск по блогу",
         "-Рубрика: Барахолка",
         "-29 ноября 2026 · Автор: Палыч"],
        ["+Воскресная барахолка: пять значков за одно утро"],
        ["-Комментариев: 2",
         "-Просмотров: 348"],
        ["+В воскресенье с утра пораньше отправился на барахолку у старого рынка — зимой продавцов меньше, зато и "
         "конкурентов-коллекционеров почти нет."],
        ["-Улов за утро на фоне старой куртки (фото автора)",
         "-Объявление"],
        ["+Продавец, пожилой мужчина, сказал: «Это отец собирал, всю жизнь по городам ездил, а мне они ни к чему»."],
        ["+Что удалось найти"],
        ["+Значок «Олимпиада-80» с мишкой, в отличном состоянии.",
         "+Два значка городов Золотого кольца из одной серии.",
         "+Значок ударника коммунистического труда на закрутке.",
         "+Редкий значок речного пароходства с эмалью."],
        ["-Вам также может понравиться: Как хранить значки, чтобы не темнела эмаль",
         "-Если есть значки на обмен — пишите на почту korobka@blog.example"],
        ["+Всё вместе обошлось в восемьсот рублей, и это, пожалуй, лучшая моя покупка за год.",
         "+В следующем посте расскажу, как я чищу эмаль без вреда для значка."],
        ["-Поделиться: ВКонтакте, Telegram, WhatsApp",
         "-Похожие записи",
         "-2 комментария",
         "-Сергей_нумизмат 30.11.2026 в 19:48",
         "-Пароходство — отличная находка! У меня такого нет, готов поменяться на что-нибудь из спортивной серии.",
         "-Ответить",
         "-Сайт работает на WordPress",
         "-© 2026 Коробка со значками. Копирование фото только с разрешения автора."],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    'Ad Feedback':
        "an English CNN-style ad feedback label ('Ad Feedback') is left in the body",
    'Hendrik Lossow ist Lokalredakteur und berichtet vor allem über Vereine und Kultur im Landkreis.':
        "a German author bio ('Hendrik Lossow ist Lokalredakteur und berichtet vor allem über Vereine und Kultur im Landkreis.') is left at the foot",
    'Zuzanna Mikołajczak – dziennikarka działu miejskiego, pisze o kulturze i zabytkach.':
        "a Polish author bio ('Zuzanna Mikołajczak – dziennikarka działu miejskiego, pisze o kulturze i zabytkach.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-thrupley-hardware':
        "the regional portal's hardware-shop story keeps its photo caption ('Liam Corbett (left) and Gordon Pritchard behind the counter on Tuesday. Photo: Thrupley Today') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    'en-blog-strikingsurface-swapfair':
        "the matchbox-label blog's swap-fair post keeps its photo caption ('The swap tables just after opening (my photo)') and swap-list plug ('Psst – my full swap list is on the Swap list page, updated every Sunday.') between the first paragraph and the paragraph with the quote, and its no-affiliate-links note ('No affiliate links here, I just like labels.') after the list rows (3 of 20 noise lines)",
    'de-kolumne-ostwerfen-chor':
        "the daily's choir column keeps its subscription ad ('Kreisblatt Plus: Alle Artikel lesen – jetzt im ersten Monat für 0,99 €') after the list rows (1 of 20 noise lines)",
    'it-blog-dentello-francobolli':
        "the stamp blog's stamp-fair post keeps its swap-by-e-mail prompt ('Se vuoi scambiare doppioni, scrivimi a dentellostorto@blog.example') after the list rows (1 of 20 noise lines)",
    'pl-blog-porcelanowe-lowy':
        "the porcelain blog's flea-market post keeps its photo caption ('Moja sowa na parapecie, zaraz po umyciu (fot. "
        "autorki)') between the first paragraph and the paragraph with the quote (1 of 20 noise lines; its ad label "
        "'Ogłoszenie' goes since round 94)",
    'ru-blog-korobka-znachki':
        "the badge blog's flea-market post keeps its swap-by-e-mail prompt ('Если есть значки на обмен — пишите на "
        "почту korobka@blog.example') after the list rows (1 of 20 noise lines); since round 95 its ad label between "
        'the first paragraph and the paragraph with the quote goes',
}


test_held_out_83_line, test_held_out_83_line_is_kept, test_held_out_83_page = held_out_tests(
    HELD_OUT_83_LINES, HELD_OUT_83_KEEP, HELD_OUT_83_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
