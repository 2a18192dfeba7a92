"""Held-out set 202: written blind, weighted toward the noise the cleaner exists for, in shapes set 200's docstring
does not name (nor the first paragraphs of sets 197, 198 and 199): scraper, embed and ad markers (an English
Sketchfab model whose creator disabled embedding "Sketchfab 3D model unavailable: the creator has disabled embedding
for this model.", an English Calendly booking widget blocked by cookie settings "The Calendly booking widget failed
to load. Allow third-party cookies to pick a time slot.", an English Issuu document made private by its publisher
"Issuu document could not be displayed – the publisher has made this publication private.", a French Framaforms
questionnaire closed since a date "Le questionnaire Framaforms intégré ici est clos depuis le 3 mars.", a German ARD
Audiothek item geo-blocked for legal reasons "Dieser Beitrag der ARD Audiothek ist aus rechtlichen Gründen nur in
Deutschland abrufbar.", an Italian RaiPlay item that needs a Rai log-in "Il contenuto RaiPlay incorporato richiede
l'accesso con un account Rai per essere visualizzato.", a Polish Geoportal map whose WMS server does not answer
"Mapa z Geoportalu nie została wczytana – serwer usługi WMS nie odpowiada." and a Russian Rutube video whose author
forbade embedding "Видео на Rutube недоступно: автор запретил встраивание на сторонних сайтах."); reading-time
headers in new wordings (the English abbreviated estimate label "Est. read: 5 min", a blog's settle-in line with a
word count "Settle in – this post runs to about 2,000 words (roughly 9 minutes)", the French estimated-reading-time
label "Temps de lecture estimé : 5 min", the German circa label with an abbreviation "Lesezeit ca. 5 Min.", the
Italian minutes-with-an-apostrophe label "Tempo di lettura: 5'", the Polish you-will-read-in label "Przeczytasz w 5
min" and the Russian is-read-in line "Читается за 5 минут"); bylines and self-promotion (an English
words-and-pictures byline "Words by Dorcas Pellowmere · Pictures by Fennimore Blatchwick", an English written-by
byline with a blogger's aside "Written by Tabitha Wrenshallow, who bakes far too much at weekends", a German
by-our-contributor byline "Von unserer Mitarbeiterin Irmtraud Schwalbenbeck" and a Russian text-and-photo byline
"Текст: Ефимия Кукушевская, фото: Прохор Сухоглядов", all at the head, and at the foot an English Folksy
piping-nozzles plug "My piping nozzles and eclair trays are in my Folksy shop – I post everything within two days.",
a French Leboncoin bannetons plug with hand delivery "Je vends mes bannetons en rotin sur Leboncoin, remise en main
propre à Angers.", an Italian Subito.it bamboo-bowls plug with Poste Italiane shipping "Le mie ciotole di bambù per
gli involtini le vendo su Subito.it, spedizione con Poste Italiane." and a Polish OLX tawa plug with InPost parcel
lockers "Moje żeliwne tawy sprzedaję na OLX – wysyłka do Paczkomatu InPost albo odbiór w Toruniu."); blog and site
footers (an English Krystal and Umbraco credit "Hosted by Krystal · Built on Umbraco", an English Independent
Community News Network membership line "A member of the Independent Community News Network", an English Hugo,
PaperMod and Netlify credit "Built with Hugo · Theme: PaperMod · Deployed on Netlify", a French Jimdo credit with
cookie and legal links "Site créé avec Jimdo · Cookies · Mentions légales", a German all-inkl.com host line with
cookie settings and the imprint "Gehostet bei all-inkl.com · Cookie-Einstellungen · Impressum", an Italian
ROC-registration line with the cookie notice "Iscrizione al ROC n. 31254 · Informativa sui cookie", a Polish WebWave
builder credit "Strona wykonana w kreatorze WebWave · Polityka cookies" and a Russian 1C-Bitrix credit with the site
map "Сайт работает на 1С-Битрикс · Карта сайта"); reader-comment furniture (an English jump-to-the-latest link "Jump
to the latest comment ↓", an English removed-by-a-moderator stub "This comment was removed by a moderator for
breaking our community rules.", an English pinned label "📌 Pinned by the author", a French
see-the-rest-of-the-discussion link "Voir la suite de la discussion (7 messages)", a German deleted-by-its-writer
stub "Dieser Kommentar wurde vom Verfasser gelöscht.", an Italian daily-comment-limit message "Hai raggiunto il
limite di commenti per oggi: riprova domani.", a Polish hidden-for-downvotes stub "Komentarz ukryty – zbyt wiele
negatywnych ocen. Pokaż" and a Russian log-in-with-Gosuslugi prompt "Войдите через Госуслуги, чтобы оставить
комментарий"); share rows (an English Nextdoor and Flipboard row "Post to Nextdoor · Flipboard · Copy link", a
German forward-the-article row with Signal "Artikel weiterleiten: Signal · WhatsApp · Link kopieren" and a Russian
send-to-friends row "Отправить друзьям: ВКонтакте · Одноклассники · Telegram"); and notices (a French
written-with-an-AI-tool note "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu
par la rédaction." and an Italian updated-at note "Articolo aggiornato alle 18:20 con la dichiarazione del
sindaco.", both in the body, and a Polish affiliate-links note "Artykuł zawiera linki partnerskie – za zakupy przez
nie redakcja może otrzymać prowizję." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 200's docstring does not describe (on the six portal pages, in eight blocks, the masthead with its tagline alone
in a block of one at the very top; the section menu, a breadcrumb and the date line above the title in one block of
four, the title last; the byline, the reading time and the lead photo's caption with its credit above the first
paragraph in one block of five, the paragraph last; the second paragraph and the paragraph with the quote in one
block of four with an ad label and a sponsored headline between them; a read-also link above the subheading and a
share row after the third row, both inside the list block (a block of six); the two last paragraphs in a block of
four with a newsletter prompt between them and a tags line after the second; a thread of four lines alone in a block
(a comment count, a comment, the reporter's or the desk's arrowed reply and a second reader's comment); and at the
foot a links row and the publisher's copyright line in a block of two; on the six blog pages, in eight blocks, the
blog name with its tagline, the title and the posted-on-by line in one block of three at the very top, the title in
the middle; the reading time and a table of contents (its heading and two numbered entries) alone in a block of
four; an affiliate-links disclosure at the top of the block of the first two paragraphs and the photo caption after
them (a block of four); the paragraph with the quote at the top of a block of three with a pin-it share row and a
related-post link after it; the subheading and the three rows with an affiliate link between the subheading and the
first row, inside the list block (a block of five); the two last paragraphs at the top of a block of four with the
author's sign-off and a plug for the author's classes or workshops after them; a thread of four lines alone in a
block (a comments heading with its count quoting the post's title, a comment, the author's arrowed reply and a
second comment left unanswered); and at the foot a follow prompt, the author's copyright line and a
theme-and-platform credit in a block of three), taken from local news of the kinds the brief names (a Plough Monday
procession, cheese rolling on the hill, a parish boundary walk, a pig race at the summer show, a gurning contest at
the fair, a morris side reformed) and from blogs about chocolate eclairs, a braided challah, a chocolate babka,
spring rolls, chapati on a tawa and onigiri for a picnic.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 200 but what is named here), held-out set 201 (written at the same time by
another helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or
``git branch`` output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``.
Read were: the docstring of held-out set 200 up to and including its paragraph "Baseline", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string
search), and the first paragraphs of the docstrings of sets 197, 198 and 199, printed with one ast script
(/tmp/s202scratch/peek.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s202scratch/helpers.py, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``,
printed as its dict value. All of these were read from the frozen worktree /tmp/wt-s202 (detached at the commit
named below). The English fixture file itself was not opened. The import lines and the line binding the three tests
follow set 200's as printed, with 200 -> 202; /tmp/s202scratch/gen202.py writes this file from scratch files
(data202.py with the noise and keep lines, pages202.py with the pages, doc_src.txt with the docstring and, after the
measurement, tables202.py with the xfail tables). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s202, detached at commit
6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, the commit the brief named) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 00:59:33 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed one untracked path, ``??
docs/held_out_briefs/round_131_draft.md`` (its name only was seen; it was not opened), and ``git rev-parse HEAD``
printed 28383f50d1d18338958cdda53b2b7e5e76985df7, not the brief's commit; as the brief says, both worktrees were
made at 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e with ``git worktree add`` (output to /dev/null, both exited 0), and
/work/main was not touched afterwards. To see that the worktrees were made I ran ``ls /tmp/wt-s202 /tmp/wt-set202``,
which listed top-level names only (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), not
the files of the tests/ folder. (2) peek.py printed set 200's docstring paragraphs (split on blank lines) up to and
including the one starting "Baseline", set 200's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 197, 198 and 199. Its first run printed
to the terminal, which the tool cut in the middle (it showed set 197's first paragraph, the start of set 198's, and
the end, from inside set 200's "Judgement calls" paragraph to the end of the output, all allowed parts); the second
run went to /tmp/s202scratch/peek.out (542 lines, all of them allowed parts), of which I paged lines 125 to 330 with
``sed`` (in three pieces); nothing else of any set file was printed. helpers.py imports test_clean, which loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed; nothing was
installed. (3) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away
from them: no embed service named there is used for a held-out marker (Sketchfab, Calendly, Issuu, Framaforms, ARD
Audiothek, RaiPlay, Geoportal and Rutube are), and the failures are of kinds not named there (embedding disabled,
third-party cookies blocked, a publication made private, a form closed since a date, a legal geo-block, a log-in
wall, a map server not answering, embedding forbidden by the author); the reading times avoid the phrasings named
there; the bylines are of new shapes (words and pictures, written by with an aside, von unserer Mitarbeiterin, текст
и фото) and the plugs name marketplaces not named there (Folksy, Leboncoin, Subito.it, OLX); the footers use hosts,
builders and legal lines not named there (Krystal and Umbraco, the ICNN, Hugo with PaperMod and Netlify, Jimdo,
all-inkl.com, a ROC registration, WebWave, 1C-Bitrix); the comment lines, share rows and notices are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the
brief lists; the layouts differ from set 200's (see the first paragraph). (4) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Brantlecombe, Wemblow,
Pannicott, Vaulmérac, Courbevrand, Pichardeau, Kranzelbrunn, Roncavelda, Bolzaretti, Piscenzi, Pszczelnik Górny,
Подберёзкина, Lopsided Choux, Gilbertière, Scarabelloni, Cebrowicz, Fernsgrove, Kümmelberger, Strunzenhofer,
Kwiatkopska, Ряскопольцев, Brackwhistle, Ohlendiekmann, Огурцевич, Pellowmere, Blatchwick, Wrenshallow,
Schwalbenbeck, Сухоглядов, "Mains dans la Pâte de Romane", "Hefezopf & Herzklopfen", "La Wok di Nives", "Tawa na
Mokotowie", "Онигири с укропом", Kozidrożna, Bździuchowski, Кривулиц and Кукушевская. Dropped for real hits:
Grindleford, Kesselbrink, Haberstroh, Szczypiorek, Mrówczak, "Ольховый Брод", Камышлов, Harkstow (inside
"Charkstown"), Lammerskötter, Тюленева, Pietruszewicz, Кочурки (inside "Кочуркин"), Зяблицкая and Pszczelnik (so
Pszczelnik Górny was dropped too). Commenters are given as first names with an initial or a place, or as handles,
and were not checked. Real services, platforms, shops and cities are named as real pages do. (5) A script
(/tmp/s202scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line; its first run found five: the German menu's "Traueranzeigen" held the ad
label "Anzeige", and the French, Italian, Polish and Russian links rows held their pages' ad labels ("Publicité",
"Pubblicità", "Reklama", "Реклама"); the menu item was changed to "Gedenken" and the links rows to advertiser links
("Annonceurs", "Inserzionisti", "Dla reklamodawców", "Рекламодателям") before the measurement, and the second run
found none and no duplicate line. gen202.py checked that no line of the file is over 120 columns and that it holds
no at-sign; the counts by category, language and place, and the 10 article and 20 noise lines of each page, were
checked with small scripts, and the lists and pages of the written file were parsed back with ``ast`` and found
equal to the scratch data. (6) The measurement was run once, as the brief gives it, in one shell call at 01:04:24
UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph and this note; pytest
printed 19 failed, 58 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s202scratch, importing the copy in /tmp/wt-s202/tests with /tmp/wt-s202/src on the path) then printed
``_problems`` of each failing case: the seven lines and the twelve pages of the three tables, every problem a kept
noise line, none a lost article line and none of another kind. The tables were written from that output (mktables.py
from tables_src.py); the final file was checked again with the pytest command in /tmp/wt-s202 (see the Baseline
paragraph). (7) Clock: ``date`` printed 00:59:33 at the start, 01:04:24 at the measurement and 01:05:34 when the
tables were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from village and parish reports that open with or hold a
noise-like word ("Reading between the lines of the parish accounts ...", "Sponsored by the Young Farmers, the new
footbridge ...", "Follow-up tests on the brook ...", "Comments made at the planning meeting ...", "Shared ownership
homes on the old dairy site ...", "Printed copies of the village plan ...", "Hosted by the cricket club, the quiz
night ...", "Partage des frais : ...", "Commentaires et questions des habitants ...", "Suivre le chantier ...",
"Teilen müssen sich die beiden Vereine ...", "Werbung für das Dorffest ...", "Gefolgt von der Blaskapelle ...",
"Condivisa da tutti i consiglieri ...", "Abbonamenti al pulmino comunale ...", "Commenti positivi ...",
"Udostępnienie sali gimnastycznej ...", "Reklamy z przystanków ...", "Подписка на районную газету ..." and
"Поделились опытом с соседями ..."): each is a full sentence with a subject, a verb and a fact of a local story, so
article ("Partage des frais :" opens with a short lead-in, as French local reports do, and the rest is a sentence).
Borderline categories: the plugs (Folksy, Leboncoin, Subito.it, OLX) are bylines and self-promotion, at the foot,
since they sell the author's wares in the author's voice; the written-by line with the aside is a byline (it names
the post's author); the ICNN membership line and the ROC-registration line are footers (they speak of the publisher,
not of the article); the jump-to-latest link, the moderator-removed, author-deleted and hidden-for-downvotes stubs,
the pinned label, the see-the-rest link, the daily-limit message and the Gosuslugi log-in prompt are comment
furniture; the English, German and Russian rows are share rows; the French AI note and the Italian updated-at note
are notices in the body (both speak of the article they sit in), and the Polish affiliate-links note is a notice at
the foot (it speaks of this article's links; not a footer, since it is printed under this article only). On every
page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (mastheads with taglines, menus, breadcrumbs,
date lines, bylines, reading times, captions and credits, ad labels, sponsored headlines, read-also links, share
rows, newsletter prompts, tags lines, comment counts, comments and replies, links rows, copyright lines, blog names,
posted-on lines, tables of contents, affiliate disclosures and links, pin-it rows, related-post links, sign-offs,
plugs, follow prompts and platform credits) is noise. The list rows (how the Plough Monday ran, the cheese race's
heats, the boundary walk's day, the pig race's evening, the gurning contest's rules, the morris dances shown, and
what goes into the eclair filling, the challah dough, the babka filling, the spring rolls, the chapati dough and the
onigiri) are short but part of each article, so article; the portals' date lines ("Tuesday 13 January 2026 · Updated
4:12pm", "12 июня 2026, 17:45" and the like) sit right above the title but are page furniture; the bare bylines
("Bożena Kwiatkopska", "Агния Подберёзкина") and the bare Russian reading time "3 мин" are noise though they are
short; the portals' ad label and sponsored headline are noise though they sit between the second paragraph and the
quote in one block; the portals' read-also links and share rows are noise though they sit inside the list block; the
portals' newsletter prompts are noise though they sit between the two last paragraphs; the blogs' photo captions are
noise though they sit right after the second paragraph in its block; the blogs' affiliate links name a tool the
author used but are shop links, so noise though they sit between the subheading and the first row; the sign-offs
("Happy baking, Linnea x" and the like) and the plugs ("I run choux pastry classes in my kitchen in Harrogate – see
the Classes page for dates." and the like) speak in the author's voice but close or advertise, so noise; the arrowed
replies in the threads are comment furniture, so noise; the one-word table-of-contents headings ("In this post", "Au
sommaire", "Inhalt", "Indice", "Spis treści", "Содержание") and their numbered entries are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6,
de 6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in
English but reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by
place head 11 (the seven reading times and four bylines: two English, a German and a Russian one), body 10 (the
eight markers and two notices: French and Italian), tail 24 (four plugs: an English, a French, an Italian and a
Polish one, eight footers, eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-brantlecombe-plough-monday (a Plough Monday procession back after sixty years),
en-blog-lopsided-choux-eclairs (chocolate eclairs that finally stood up), fr-portail-vaulmerac-roule-fromage (a
cheese wheel rolled down the Pech hill), fr-blog-mains-dans-la-pate-hallah (a six-strand braided challah),
de-portal-kranzelbrunn-grenzgang (the parish boundary walk revived after 1989),
de-blog-hefezopf-herzklopfen-schoko-babka (a chocolate babka at the third attempt),
it-portale-roncavelda-palio-maiali (a pig race at the summer show), it-blog-wok-di-nives-involtini-primavera
(homemade spring rolls), pl-portal-kozidrozna-wola-konkurs-min (a gurning contest at the fair),
pl-blog-tawa-na-mokotowie-chapati (chapati on a cast-iron tawa), ru-portal-krivulitsy-morris (a morris side reformed
after fifteen years) and ru-blog-onigiri-s-ukropom-piknik (onigiri for a picnic by the lake), each with a reader
comment thread.

Baseline (2026-12-07, cleaner at commit 6d4595d237d755bea8c3b2295cda68ba6dbf6d9e, measured with ``cd /tmp/wt-s202 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s202/src python -m pytest -q tests/test_clean_held_out_202.py
-rA -p no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s202 && PYTHONPATH=/tmp/wt-s202/src python
scripts/clean_held_out_report.py --sets 202``, with the xfail tables empty, at 01:04:24 UTC by ``date``): noise
lines removed 38/45 (marker 4/8, reading-time 6/7, byline 8/8, footer 8/8, comments 7/8, share 3/3, notice 2/3; the
7 missed lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Sketchfab,
French Framaforms, Italian RaiPlay and Polish Geoportal lines), one reading time at the head (the English settle-in
line with a word count), one comment line at the foot (the Italian daily-comment-limit message) and one notice at
the foot (the Polish affiliate-links note); the English Calendly and Issuu, German ARD Audiothek and Russian Rutube
markers, the other six reading times, all four head bylines and all four plugs, all eight footers, the other seven
comment lines, every share row and the French AI and Italian updated-at notices went); keep lines kept 20/20; pages
0/12 clean, 25 of 240 page noise lines left and 0 of 120 article lines lost. Left on the portal pages: the lead
photo's caption in the block above the first paragraph on all six (English Plough Monday, German boundary walk,
Polish gurning contest and Russian morris side: 1 each), and its credit too on the French cheese-rolling and Italian
pig-race pages (2 each). Left on the blog pages: the blog name with its tagline above the title and the photo
caption after the second paragraph on all six, and besides on the English eclairs blog the sign-off and the plug for
the author's classes after the last paragraph (4), on the French challah blog the pin-it row and the related-post
link after the quote (4) and on the German babka blog the pin-it row (3); the Italian spring-rolls, Polish chapati
and Russian onigiri blogs keep just the two (2 each). Lost: no page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s202 gave 58 passed, 19
xfailed, no XPASS.

Measured after round 131 (developed on sets 199 and 200 from 6d4595d, the same cleaner this set was written against,
integrated by the lead with the mends 6237792 and e7fa7e8, the second moving nothing here; measured on it blind by the
lead with test_clean._problems of every case before and after): nothing moved. The English blog's sign-off and plug for
its classes stay (round 131's reading wants an article's sentence right above the plug, and the sign-off there, "Happy
baking, Linnea x", is taken by no rule); every portal keeps its lead photo's caption, every blog its name with the
tagline and its photo caption. Noise lines 38 of 45, keep 20 of 20, pages clean 0 of 12, page noise lines left 25 of
240, article lines lost 0 of 120.

Round 132 (development; this set was read in full from this round on): developed on sets 201 and 202 from e8ad847.
Fixed: (1) the article's two last paragraphs around a sponsored slot under the topic tags, the tags closing the list
block: under the tags, a full paragraph, an ad slot the rules took (the label and its headline, two lines at most) and a
second full paragraph go on as the article (page_blocks._paragraphs_round_ad_slot, read by _paragraphs_go_on for a tags
line in _extend_down; the tags still close the article over teasers, a share row or two paragraphs with no ad slot
between), and the headline under a label of sponsored content inside the block, a paragraph above the label and one
under the headline, goes (clean._is_sponsored_headline_in_block, beside round 117's hooked headline in
_mark_boxed_lines; the label words are page_blocks._SPONSORED_LABEL_WORDS, shared with round 113's _SPONSORED_LABEL as
SPONSORED_LABEL_ALONE; a bare "Advertisement" over the article's subheading stays); (2) whole lines: the pin button with
its object or place over networks (whole_line_noise._PIN_LABEL in _SHARE_BAR: "Épinglez cette recette : Pinterest ·
Facebook", "Jetzt auf Pinterest merken · Facebook · WhatsApp"), the to-discover related link ("À découvrir aussi :
..."), the German "Trag dich in den Newsletter ein, dann ..." prompt, the French "Rechercher sur ce blog" search label,
the be-the-first prompt with "à cet article" ("Soyez le premier à réagir à cet article."), the daily comment limit ("Hai
raggiunto il limite di commenti per oggi: riprova domani."), the Polish partner links notice ("linki partnerskie"), the
contributor byline with the writer's role after a comma ("..., Lumbersey parish clerk"), Calendly as an embed platform
and an embed withdrawn for legal reasons (_EMBED_DELETED: "aus rechtlichen Gründen"). The SemEval French article 2370's
"À Découvrir Aussi" (the heading of its sponsored box, under "Contenus Sponsorisés", no annotator's label) now goes and
was added to KNOWN_CORPUS_NOISE. Gates: all sets' totals before -> after (report of sets 10 to 202): noise lines removed
7922 -> 7929, article lines kept 3887 -> 3887, pages clean 1313 -> 1319, page noise lines left 1893 -> 1886, paragraphs
lost 12 -> 2 (no set lost a kept line; set 146 gains its ZDFmediathek withdrawn-for-legal-reasons marker and its line
xfail is removed); SemEval against e8ad847: 3 changed files of 3723 (the three copies of the French article 2370, its 'À Découvrir Aussi' heading); bench ratio 0.95; the cleaning test set on 83c2202 failed on round 117's near miss ("What swimmers need to know" under "Sponsored", mended in the next commit) after 9985 passed; the run on the mend was still going when the round closed (see the round's report). This set's figures before -> after: noise
lines 38 -> 40 of 45 (comments 7 -> 8: the daily comment limit; notice 2 -> 3: the Polish partner links; marker 4/8,
reading-time 6/7, byline 8/8, footer 8/8, share 3/3 unchanged), keep 20 of 20, pages clean 0 of 12, page noise lines
left 25 -> 22 of 240 (the French pin row and to-discover link, the German pin row), article lines lost 0 of 120. Line
xfails removed: the Italian comment limit and the Polish affiliate notice. Reasons reworded: the French challah and
German babka blogs (each keeps its name with its tagline and its caption). Still missed: the Sketchfab, Framaforms,
RaiPlay log-in and Geoportal markers, the settle-in reading time; every portal's lead caption and the French and Italian
credits with no colon (item 4: not attempted), every blog's name with its tagline above the title and its photo caption,
and the English blog's sign-off with its plug.

Lead's integration (session 48): the lead's probes (near-miss lines in a portal's body, test_clean._problems) found a
guide's own sentences after the new to-discover words lost ("À découvrir aussi : la chapelle Saint-Jean, ouverte tous
les dimanches de mai.", "Odkryj też: stary młyn nad rzeką, otwarty dla zwiedzających w weekendy."); the mend 63f3fce
asks those words for a post's title after the colon, no sentence's end, with tests that fail without it. Set 202's "À
découvrir aussi : Ma brioche feuilletée du dimanche" still goes; the bare heading "À Découvrir Aussi" of the SemEval
article 2370 is kept again (SemEval 0 changed files of 3,723 against e8ad847; its KNOWN_CORPUS_NOISE entry stays, an
allowance only). The held-out report at 63f3fce equals the round's after figures (sets 10-202: 7,929 lines, 1,319
pages clean, 1,886 page lines left, 2 lost). The cleaning test set at 63f3fce: 24,112 passed, 1,845 xfailed.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_202_LINES: list[tuple[str, str, str]] = [
    ('body', 'Sketchfab 3D model unavailable: the creator has disabled embedding for this model.', 'marker'),
    ('body', 'The Calendly booking widget failed to load. Allow third-party cookies to pick a time slot.', 'marker'),
    ('body', 'Issuu document could not be displayed – the publisher has made this publication private.', 'marker'),
    ('body', 'Le questionnaire Framaforms intégré ici est clos depuis le 3 mars.', 'marker'),
    ('body', 'Dieser Beitrag der ARD Audiothek ist aus rechtlichen Gründen nur in Deutschland abrufbar.', 'marker'),
    ('body',
     "Il contenuto RaiPlay incorporato richiede l'accesso con un account Rai per essere visualizzato.",
     'marker'),
    ('body', 'Mapa z Geoportalu nie została wczytana – serwer usługi WMS nie odpowiada.', 'marker'),
    ('body', 'Видео на Rutube недоступно: автор запретил встраивание на сторонних сайтах.', 'marker'),
    ('head', 'Est. read: 5 min', 'reading-time'),
    ('head', 'Settle in – this post runs to about 2,000 words (roughly 9 minutes)', 'reading-time'),
    ('head', 'Temps de lecture estimé : 5 min', 'reading-time'),
    ('head', 'Lesezeit ca. 5 Min.', 'reading-time'),
    ('head', "Tempo di lettura: 5'", 'reading-time'),
    ('head', 'Przeczytasz w 5 min', 'reading-time'),
    ('head', 'Читается за 5 минут', 'reading-time'),
    ('head', 'Words by Dorcas Pellowmere · Pictures by Fennimore Blatchwick', 'byline'),
    ('head', 'Written by Tabitha Wrenshallow, who bakes far too much at weekends', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Irmtraud Schwalbenbeck', 'byline'),
    ('head', 'Текст: Ефимия Кукушевская, фото: Прохор Сухоглядов', 'byline'),
    ('tail',
     'My piping nozzles and eclair trays are in my Folksy shop – I post everything within two days.',
     'byline'),
    ('tail', 'Je vends mes bannetons en rotin sur Leboncoin, remise en main propre à Angers.', 'byline'),
    ('tail',
     'Le mie ciotole di bambù per gli involtini le vendo su Subito.it, spedizione con Poste Italiane.',
     'byline'),
    ('tail', 'Moje żeliwne tawy sprzedaję na OLX – wysyłka do Paczkomatu InPost albo odbiór w Toruniu.', 'byline'),
    ('tail', 'Hosted by Krystal · Built on Umbraco', 'footer'),
    ('tail', 'A member of the Independent Community News Network', 'footer'),
    ('tail', 'Built with Hugo · Theme: PaperMod · Deployed on Netlify', 'footer'),
    ('tail', 'Site créé avec Jimdo · Cookies · Mentions légales', 'footer'),
    ('tail', 'Gehostet bei all-inkl.com · Cookie-Einstellungen · Impressum', 'footer'),
    ('tail', 'Iscrizione al ROC n. 31254 · Informativa sui cookie', 'footer'),
    ('tail', 'Strona wykonana w kreatorze WebWave · Polityka cookies', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Карта сайта', 'footer'),
    ('tail', 'Jump to the latest comment ↓', 'comments'),
    ('tail', 'This comment was removed by a moderator for breaking our community rules.', 'comments'),
    ('tail', '📌 Pinned by the author', 'comments'),
    ('tail', 'Voir la suite de la discussion (7 messages)', 'comments'),
    ('tail', 'Dieser Kommentar wurde vom Verfasser gelöscht.', 'comments'),
    ('tail', 'Hai raggiunto il limite di commenti per oggi: riprova domani.', 'comments'),
    ('tail', 'Komentarz ukryty – zbyt wiele negatywnych ocen. Pokaż', 'comments'),
    ('tail', 'Войдите через Госуслуги, чтобы оставить комментарий', 'comments'),
    ('tail', 'Post to Nextdoor · Flipboard · Copy link', 'share'),
    ('tail', 'Artikel weiterleiten: Signal · WhatsApp · Link kopieren', 'share'),
    ('tail', 'Отправить друзьям: ВКонтакте · Одноклассники · Telegram', 'share'),
    ('body',
     "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu par la rédaction.",
     'notice'),
    ('body', 'Articolo aggiornato alle 18:20 con la dichiarazione del sindaco.', 'notice'),
    ('tail', 'Artykuł zawiera linki partnerskie – za zakupy przez nie redakcja może otrzymać prowizję.', 'notice'),
]

HELD_OUT_202_KEEP: list[tuple[str, str]] = [
    ('head',
     ('Reading between the lines of the parish accounts, councillors found the bell fund had been overspent since '
      '2019.')),
    ('head', 'Sponsored by the Young Farmers, the new footbridge over the mill leat opened on Saturday morning.'),
    ('head', 'Follow-up tests on the brook found that the diesel spill had not reached the mill pond.'),
    ('body',
     'Comments made at the planning meeting will be passed to the district council before the end of the month.'),
    ('tail', 'Shared ownership homes on the old dairy site will go on sale to local families in the spring.'),
    ('tail', 'Printed copies of the village plan are available at the post office and in the library.'),
    ('tail', 'Hosted by the cricket club, the quiz night raised £640 for the air ambulance.'),
    ('head', 'Partage des frais : les deux communes paieront chacune la moitié du nouveau pont sur la Vère.'),
    ('body', 'Commentaires et questions des habitants ont occupé la moitié de la réunion publique de jeudi.'),
    ('tail', 'Suivre le chantier sera possible depuis la passerelle ouverte au public dès lundi.'),
    ('head', 'Teilen müssen sich die beiden Vereine den Sportplatz noch bis zum Herbst.'),
    ('body', 'Werbung für das Dorffest machten die Landfrauen in diesem Jahr mit Plakaten an allen Bushaltestellen.'),
    ('tail', 'Gefolgt von der Blaskapelle zog der Festzug am Sonntag durch die Hauptstraße.'),
    ('head', 'Condivisa da tutti i consiglieri, la proposta di chiudere la piazza al traffico passerà in giunta.'),
    ('body', 'Abbonamenti al pulmino comunale si possono fare in municipio fino al 30 settembre.'),
    ('tail', 'Commenti positivi sono arrivati anche dai gestori dei bar del centro storico.'),
    ('head', 'Udostępnienie sali gimnastycznej mieszkańcom ruszy od października, zapowiedział wójt.'),
    ('tail', 'Reklamy z przystanków zostaną zdjęte jeszcze przed remontem rynku.'),
    ('body', 'Подписка на районную газету подорожает с января, сообщили в отделении почты.'),
    ('tail', 'Поделились опытом с соседями и мастера из соседнего села, приехавшие на ярмарку.'),
]

HELD_OUT_202_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-brantlecombe-plough-monday', [
        [
            '-The Brantlecombe Courier – news from the valley since 1887',
        ],
        [
            '-News · Sport · What’s On · Farming · Letters · Obituaries',
            '-Home › News › Villages',
            '-Tuesday 13 January 2026 · Updated 4:12pm',
            '+Plough Monday procession returns to Brantlecombe after sixty years',
        ],
        [
            '-By Ottilie Fernsgrove, Community Reporter',
            '-3 min read',
            '-The plough is dragged past the Wheatsheaf by the Brantlecombe Plough Boys.',
            '-Photo: Cassius Wemblow',
            ('+A decorated plough was hauled through the lanes of Brantlecombe on Monday for the first time since '
             '1966.'),
        ],
        [
            ('+Twenty villagers in smocks and blackened faces pulled it from the church gate to the green, '
             'stopping at every farmhouse for a coin or a drink.'),
            '-Advertisement',
            '-Sponsored: Ten winter boots that will actually keep your feet dry',
            ('+Plough master Jethro Pannicott said: “My grandfather walked this route as a boy, and we followed '
             'the notes he left in his Bible.”'),
        ],
        [
            '-Read more: Wassail in the orchard draws record crowd',
            '+How the day ran',
            '+The plough was blessed in the church porch at ten o’clock.',
            '+The team stopped at eleven houses and at both pubs on the way to the green.',
            '+A play with a doctor, a fool and a dragon was performed by the war memorial.',
            '-Share this article: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The collection raised £412, which will go towards new bell ropes for St Michael’s.',
            '-Get the Courier’s free weekly newsletter – sign up here',
            '+The Plough Boys hope to make the procession a yearly event and are looking for more pullers.',
            '-Tags: Brantlecombe, folk customs, Plough Monday',
        ],
        [
            '-7 comments',
            '-Maggie R.: Lovely to see this back, my dad would have been thrilled.',
            '-↳ Ottilie Fernsgrove (Courier): Thank you Maggie, the team say he is remembered in their notes.',
            '-Ken from Holloway Farm: Noisiest Monday we have had in years, and I mean that kindly.',
        ],
        [
            '-About us · Contact · Advertise · Privacy · Terms',
            '-© 2026 Brantlecombe Courier Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-lopsided-choux-eclairs', [
        [
            '-The Lopsided Choux – one home baker, far too much butter',
            '+Chocolate eclairs that finally stood up straight',
            '-Posted on 8 March 2026 by Linnea Brackwhistle',
        ],
        [
            '-8 minute read',
            '-In this post',
            '-1. Getting the choux right',
            '-2. Filling and glazing',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            '+My first three batches of eclairs came out flat, split and a bit sad.',
            '+The fix turned out to be cooking the paste longer on the hob, until it left a thin skin on the pan.',
            '-Piped eclairs lined up on the tray before baking.',
        ],
        [
            '+My grandmother’s advice was simple: “Pipe them fat, bake them dry, and never open the oven door early.”',
            '-Pin this for later! Pinterest · Facebook · Email',
            '-You might also like: Profiteroles for a crowd',
        ],
        [
            '+What goes into the filling',
            '-I use this piping bag set from Amazon (affiliate link).',
            '+Whole milk, warmed with a split vanilla pod.',
            '+Egg yolks, sugar and a spoon of cornflour.',
            '+A knob of cold butter beaten in at the end.',
        ],
        [
            '+Once filled, the eclairs get a dip in dark chocolate glaze and half an hour in the fridge.',
            '+They keep for a day, but they never last that long in our house.',
            '-Happy baking, Linnea x',
            '-I run choux pastry classes in my kitchen in Harrogate – see the Classes page for dates.',
        ],
        [
            '-4 thoughts on “Chocolate eclairs that finally stood up straight”',
            '-Priya says: Mine split every time, going to try the longer cooking tonight!',
            '-↳ Linnea replies: Let me know how you get on, Priya.',
            '-Tom W. says: Could I use semi-skimmed milk for the cream?',
        ],
        [
            '-Follow along on Instagram for behind-the-scenes bakes',
            '-© 2026 The Lopsided Choux',
            '-Theme: Kadence · Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-vaulmerac-roule-fromage', [
        [
            "-L'Écho de Vaulmérac – le journal du canton",
        ],
        [
            '-Actualités · Sports · Agenda · Agriculture · Nécrologie',
            '-Accueil › Communes › Vaulmérac',
            '-Publié le dimanche 31 mai 2026 à 18h05',
            '+À Vaulmérac, la roue de fromage a dévalé la colline du Pech',
        ],
        [
            '-Par Mathilde Courbevrand',
            '-Lecture 3 min',
            "-Les coureurs s'élancent derrière la tomme au sommet du Pech.",
            '-Photo Aurélien Pichardeau',
            ('+Une tomme de quatre kilos a été lâchée dimanche depuis le sommet du Pech, devant près de mille '
             'spectateurs.'),
        ],
        [
            ('+Trente-deux coureurs se sont jetés à sa poursuite dans la pente herbeuse, où beaucoup ont fini sur '
             'le dos.'),
            '-Publicité',
            '-Contenu sponsorisé : ces maisons en bois qui séduisent les retraités',
            ("+Le vainqueur, un berger de vingt ans, a résumé : « J'ai couru sans regarder mes pieds, et le "
             "fromage m'a attendu en bas. »"),
        ],
        [
            '-Lire aussi : La fête de la transhumance revient en juin',
            '+Le déroulé de la course',
            '+Quatre manches ont été courues, dont une réservée aux enfants.',
            '+Les pompiers attendaient en bas avec deux brancards.',
            '+Chaque vainqueur a emporté la tomme de sa manche.',
            '-Partager : Facebook · X · WhatsApp · Copier le lien',
        ],
        [
            ("+Le comité des fêtes, qui a relancé la course il y a trois ans, compte l'inscrire au calendrier du "
             'canton.'),
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre lettre",
            '+Deux coureurs ont été soignés pour des entorses, sans gravité selon les secours.',
            '-Mots-clés : Vaulmérac, fêtes, traditions',
        ],
        [
            '-5 commentaires',
            '-Josiane B. : Quelle ambiance ! On vient chaque année de Rodez.',
            '-↳ Mathilde Courbevrand (rédaction) : Merci Josiane, rendez-vous en 2027.',
            "-Un lecteur : Il faudrait prévoir plus de parkings l'an prochain.",
        ],
        [
            '-Mentions légales · Contact · Annonceurs · Données personnelles',
            "-© L'Écho de Vaulmérac 2026 – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-mains-dans-la-pate-hallah', [
        [
            '-Les Mains dans la Pâte de Romane – pains du dimanche et autres gourmandises',
            '+Ma hallah tressée à six brins',
            '-Publié le 17 avril 2026 par Romane Gilbertière',
        ],
        [
            '-Temps de lecture : 6 minutes',
            '-Au sommaire',
            '-1. La pâte',
            '-2. Le tressage',
        ],
        [
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
            "+J'ai longtemps tressé mes brioches à trois brins, par peur de m'emmêler.",
            '+Cette fois, je me suis lancée dans une hallah à six brins, pour le repas de Pâques chez ma sœur.',
            '-La tresse dorée à la sortie du four.',
        ],
        [
            ("+Ma voisine Myriam, qui en fait chaque vendredi, m'a dit : « Ne serre pas les brins, la pâte a "
             'besoin de place pour lever. »'),
            '-Épinglez cette recette : Pinterest · Facebook',
            '-À découvrir aussi : Ma brioche feuilletée du dimanche',
        ],
        [
            '+Les ingrédients de la pâte',
            '-Mon robot pâtissier chez Darty (lien affilié)',
            '+Cinq cents grammes de farine T45 et un sachet de levure fraîche.',
            "+Deux œufs, du miel et un filet d'huile de tournesol.",
            '+Un jaune battu avec un peu de lait pour la dorure.',
        ],
        [
            '+La tresse a levé une heure et demie sous un torchon avant de cuire trente-cinq minutes.',
            '+Toute la famille en a redemandé, et il ne restait rien pour le petit-déjeuner.',
            '-Belle cuisson à vous, Romane',
            '-Mes ateliers de pains tressés à Tours : toutes les dates dans la rubrique Ateliers.',
        ],
        [
            '-3 réponses à « Ma hallah tressée à six brins »',
            '-Claire : Superbe ! Tu la congèles parfois ?',
            '-↳ Romane : Oui Claire, tranchée, elle se garde très bien un mois.',
            "-Sabine : Je n'ai jamais réussi la tresse à six, je vais réessayer.",
        ],
        [
            '-Suivez-moi sur Instagram pour ne rien manquer',
            '-© 2026 Les Mains dans la Pâte de Romane',
            '-Thème Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-kranzelbrunn-grenzgang', [
        [
            '-Kranzelbrunner Bote – Ihre Heimatzeitung',
        ],
        [
            '-Lokales · Sport · Vereine · Termine · Gedenken',
            '-Startseite › Lokales › Kranzelbrunn',
            '-Montag, 18. Mai 2026, 19:30 Uhr',
            '+Kranzelbrunn geht wieder seine Gemarkungsgrenze ab',
        ],
        [
            '-Von Waltraud Kümmelberger',
            '-Lesedauer: 3 Minuten',
            '-Die Grenzgänger am alten Grenzstein an der Hohen Eiche.',
            '-Foto: Gottlieb Strunzenhofer',
            '+Rund dreihundert Kranzelbrunner sind am Pfingstsonntag die Grenze ihrer Gemarkung abgelaufen.',
        ],
        [
            '+Der Grenzgang, der zuletzt 1989 stattfand, führte über achtzehn Kilometer durch Wald und Feld.',
            '-Anzeige',
            '-Gesponsert: So sparen Hausbesitzer jetzt bei der Heizung',
            ('+Ortsvorsteher Gottlieb Strunzenhofer sagte: „Wer die Grenze kennt, kennt sein Dorf – das war früher '
             'so, und das soll wieder so sein.“'),
        ],
        [
            '-Lesen Sie auch: Maibaum steht nach Sturm wieder gerade',
            '+Der Ablauf des Tages',
            '+Start war um sieben Uhr am Rathaus.',
            '+An jedem Grenzstein wurde ein Kind kurz auf den Stein gesetzt.',
            '+Mittags gab es Erbsensuppe an der Schutzhütte am Hohlweg.',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '+Drei Grenzsteine, die seit Jahren als verschollen galten, wurden im Gestrüpp wiedergefunden.',
            '-Den Kranzelbrunner Boten gibt es auch als Newsletter – jetzt kostenlos abonnieren',
            '+Der Heimatverein will den Grenzgang nun alle sieben Jahre wiederholen.',
            '-Schlagworte: Kranzelbrunn, Brauchtum, Heimatverein',
        ],
        [
            '-6 Kommentare',
            '-Hannelore S.: Ich war mit meinem Enkel dabei, wunderschön!',
            '-↳ Waltraud Kümmelberger (Redaktion): Danke, Frau S., wir haben Sie am dritten Stein gesehen.',
            '-Dorfkind62: Nächstes Mal bitte mehr Bänke an der Strecke.',
        ],
        [
            '-Impressum · Datenschutz · Mediadaten · Kontakt',
            '-© 2026 Kranzelbrunner Bote Verlags-GmbH',
        ],
    ]),
    _page('de', 'de-blog-hefezopf-herzklopfen-schoko-babka', [
        [
            '-Hefezopf & Herzklopfen – mein Backtagebuch aus der Altbauküche',
            '+Schoko-Babka: mein dritter Versuch',
            '-Veröffentlicht am 22. Februar 2026 von Friederike Ohlendiekmann',
        ],
        [
            '-Lesezeit: 7 Minuten',
            '-Inhalt',
            '-1. Der Teig',
            '-2. Rollen und Schneiden',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links. Für dich ändert sich am Preis nichts.',
            '+Meine ersten beiden Babkas waren innen roh und außen fast schwarz.',
            '+Diesmal habe ich den Teig über Nacht im Kühlschrank gehen lassen und die Temperatur gesenkt.',
            '-Die Babka kühlt auf dem Gitter ab.',
        ],
        [
            '+Meine Kollegin Ruth, deren Familie aus Tel Aviv stammt, sagte nur: „Mehr Schokolade, weniger Angst.“',
            '-Jetzt auf Pinterest merken · Facebook · WhatsApp',
            '-Das könnte dir auch gefallen: Zimtschnecken wie aus Stockholm',
        ],
        [
            '+Was in die Füllung kommt',
            '-Meine Kastenform von Kaiser (Affiliate-Link)',
            '+Zartbitterschokolade, zusammen mit Butter geschmolzen.',
            '+Puderzucker und ein Löffel Kakao.',
            '+Eine Prise Salz und etwas Zimt.',
        ],
        [
            '+Nach dem Backen kommt ein Zuckersirup darüber, damit die Kruste glänzt.',
            '+Am nächsten Tag schmeckt die Babka noch besser, falls etwas übrig bleibt.',
            '-Viel Spaß beim Nachbacken, eure Friederike',
            '-Meine Hefeteig-Kurse in Bremen findest du im Menü unter „Kurse“.',
        ],
        [
            '-5 Kommentare zu „Schoko-Babka: mein dritter Versuch“',
            '-Anke: Sieht großartig aus! Geht das auch mit Dinkelmehl?',
            '-↳ Friederike: Liebe Anke, ja, aber nimm etwas weniger Milch.',
            '-Jens: Meine ist beim Rollen gerissen, aber geschmeckt hat sie trotzdem.',
        ],
        [
            '-Folge mir auf Instagram für mehr Backideen',
            '-© 2026 Hefezopf & Herzklopfen',
            '-Theme: GeneratePress · Mit Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-roncavelda-palio-maiali', [
        [
            '-La Voce di Roncavelda – notizie dalla valle',
        ],
        [
            '-Cronaca · Sport · Eventi · Agricoltura · Necrologi',
            '-Home › Cronaca › Roncavelda',
            '-Domenica 26 luglio 2026, ore 20:15',
            '+A Roncavelda torna il palio dei maiali alla festa d’estate',
        ],
        [
            '-di Ernestina Bolzaretti',
            '-Lettura: 3 minuti',
            '-I maialini in gara sulla pista di paglia allestita in piazza.',
            '-Foto Aldo Piscenzi',
            '+Sabato sera la piazza di Roncavelda si è riempita per il palio dei maiali, tornato dopo dodici anni.',
        ],
        [
            '+Otto maialini, uno per contrada, hanno corso su una pista di paglia lunga cinquanta metri.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: le vacanze in montagna più convenienti del 2026',
            ('+Aldo Piscenzi, che ha allevato il vincitore, ha detto: «Gli ho parlato tutta la settimana, e oggi '
             'mi ha ascoltato.»'),
        ],
        [
            '-Leggi anche: Sagra del mirtillo, numeri record',
            '+Il programma della serata',
            '+Alle sette la sfilata delle contrade.',
            '+Alle nove le tre batterie del palio.',
            '+A mezzanotte la premiazione e la polenta per tutti.',
            '-Condividi su Facebook · WhatsApp · Email',
        ],
        [
            '+Ha vinto la contrada del Mulino, che riceverà il drappo dipinto dai ragazzi della scuola media.',
            '-Iscriviti alla newsletter della Voce: ogni venerdì le notizie della valle',
            '+Gli animalisti della zona hanno assistito alla gara e non hanno segnalato problemi.',
            '-Argomenti: Roncavelda, feste, tradizioni',
        ],
        [
            '-4 commenti',
            '-Franca M.: Che bello rivedere il palio, bravi tutti!',
            '-↳ Ernestina Bolzaretti (redazione): Grazie Franca, ci vediamo l’anno prossimo.',
            '-Gigi_72: Peccato per la pioggia alla fine.',
        ],
        [
            '-Chi siamo · Contatti · Inserzionisti · Privacy',
            '-© 2026 La Voce di Roncavelda – Tutti i diritti riservati',
        ],
    ]),
    _page('it', 'it-blog-wok-di-nives-involtini-primavera', [
        [
            '-La Wok di Nives – cucina orientale in una cucina di Trieste',
            '+Involtini primavera fatti in casa, croccanti come al ristorante',
            '-Pubblicato il 9 maggio 2026 da Nives Scarabelloni',
        ],
        [
            '-Tempo di lettura: 6 minuti',
            '-Indice',
            '-1. Il ripieno',
            '-2. Arrotolare e friggere',
        ],
        [
            '-Questo articolo contiene link di affiliazione: se acquisti, ricevo una piccola commissione.',
            '+Gli involtini primavera erano il piatto che ordinavo sempre, e non avevo mai provato a farli.',
            '+Ho comprato i fogli di pasta nel negozio asiatico vicino alla stazione e mi sono buttata.',
            '-Gli involtini appena fritti, sulla carta assorbente.',
        ],
        [
            '+La signora del negozio mi ha raccomandato: «Ripieno asciutto e olio caldo, altrimenti si aprono.»',
            '-Salvalo su Pinterest · Facebook · WhatsApp',
            '-Potrebbe interessarti anche: Ravioli al vapore per principianti',
        ],
        [
            '+Cosa metto nel ripieno',
            '-La mia wok in acciaio al carbonio su Amazon (link affiliato)',
            '+Cavolo cappuccio e carote tagliati a julienne.',
            '+Germogli di soia e funghi shiitake.',
            '+Salsa di soia e un filo di olio di sesamo.',
        ],
        [
            '+Li ho fritti a 175 gradi, pochi alla volta, finché erano dorati.',
            '+Con una salsa agrodolce fatta in casa sono spariti in dieci minuti.',
            '-Buona cucina a tutti, Nives',
            '-Tengo corsi di cucina cinese a Trieste: trovi le date nella pagina Corsi.',
        ],
        [
            '-3 commenti a “Involtini primavera fatti in casa, croccanti come al ristorante”',
            '-Paola: Si possono cuocere anche in forno?',
            '-↳ Nives: Sì Paola, spennellati d’olio a 200 gradi, ma sono meno croccanti.',
            '-Marco: Fatti ieri sera, perfetti!',
        ],
        [
            '-Seguimi su Instagram per le ricette della settimana',
            '-© 2026 La Wok di Nives',
            '-Tema: Astra · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-kozidrozna-wola-konkurs-min', [
        [
            '-Wieści z Kozidrożnej Woli – portal gminy',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
            '-Strona główna › Wiadomości › Kultura',
            '-Niedziela, 23 sierpnia 2026, 18:40',
            '+Konkurs min na jarmarku w Kozidrożnej Woli rozbawił całą gminę',
        ],
        [
            '-Bożena Kwiatkopska',
            '-Czas czytania: 3 minuty',
            '-Uczestnicy konkursu robią miny przez końską uprząż.',
            '-Fot. Zdzisław Bździuchowski',
            '+Na sobotnim jarmarku po raz pierwszy odbył się konkurs na najdziwniejszą minę.',
        ],
        [
            ('+Dwudziestu sześciu uczestników robiło miny, wsuwając głowę w starą końską uprząż, jak na '
             'angielskich jarmarkach.'),
            '-Reklama',
            '-Materiał sponsorowany: Jak tanio ogrzać dom na wsi',
            ('+Zwycięzca, emerytowany listonosz, powiedział: „Ćwiczyłem przed lustrem cały tydzień, a żona się '
             'wyprowadziła do siostry.”'),
        ],
        [
            '-Czytaj także: Dożynki gminne w Kozidrożnej Woli',
            '+Jak wyglądał konkurs',
            '+Każdy uczestnik miał trzydzieści sekund na swoją minę.',
            '+Jury złożone z dzieci przyznawało od jednego do dziesięciu punktów.',
            '+Publiczność mogła dodać punkt oklaskami.',
            '-Udostępnij: Facebook · WhatsApp · E-mail',
        ],
        [
            '+Nagrodą był kosz wędlin od miejscowego masarza i puchar z masy solnej.',
            '-Zapisz się do naszego newslettera i bądź na bieżąco z wiadomościami z gminy',
            '+Koło Gospodyń Wiejskich zapowiada, że konkurs wróci za rok.',
            '-Tagi: jarmark, konkurs, Kozidrożna Wola',
        ],
        [
            '-Komentarze (5)',
            '-Ela z Zagórza: Płakałam ze śmiechu, super pomysł!',
            '-↳ Redakcja: Dziękujemy, zdjęcia z konkursu wkrótce w galerii.',
            '-Marek K.: Moja teściowa wygrałaby bez uprzęży.',
        ],
        [
            '-O nas · Kontakt · Dla reklamodawców · Polityka prywatności',
            '-© 2026 Wieści z Kozidrożnej Woli. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-tawa-na-mokotowie-chapati', [
        [
            '-Tawa na Mokotowie – kuchnia indyjska w warszawskim bloku',
            '+Chapati z tawy: placki, które naprawdę puchną',
            '-Opublikowano 14 stycznia 2026 przez Mariannę Cebrowicz',
        ],
        [
            '-Czas czytania: 5 minut',
            '-Spis treści',
            '-1. Ciasto',
            '-2. Pieczenie na tawie',
        ],
        [
            '-Wpis zawiera linki afiliacyjne – kupując przez nie, wspierasz bloga.',
            '+Chapati długo wychodziły mi twarde jak podeszwa.',
            '+Dopiero kupiona w Krakowie żeliwna tawa i mąka atta zmieniły wszystko.',
            '-Chapati puchnie nad otwartym płomieniem.',
        ],
        [
            '+Moja sąsiadka Anjali mówi zawsze: „Ciasto ma być miękkie jak płatek ucha.”',
            '-Zapisz na Pintereście · Facebook · E-mail',
            '-Zobacz też: Dal z czerwonej soczewicy w pół godziny',
        ],
        [
            '+Czego potrzebujesz',
            '-Mąka atta, którą kupuję w sklepie internetowym (link afiliacyjny)',
            '+Dwie szklanki mąki atta.',
            '+Niecała szklanka ciepłej wody.',
            '+Łyżeczka oleju i szczypta soli.',
        ],
        [
            '+Każdy placek piekę chwilę na tawie, a potem kładę szczypcami na gaz, żeby napuchł.',
            '+Posmarowane ghee chapati trzymam w ściereczce, żeby zostały miękkie do obiadu.',
            '-Smacznego, Marianna',
            '-Prowadzę warsztaty kuchni indyjskiej w Warszawie – terminy w zakładce Warsztaty.',
        ],
        [
            '-4 komentarze do „Chapati z tawy: placki, które naprawdę puchną”',
            '-Ola: A da się na zwykłej patelni?',
            '-↳ Marianna: Da się, Olu, byle była gruba i dobrze rozgrzana.',
            '-Kuba: U mnie puchną tylko co drugi raz, ale i tak są pyszne.',
        ],
        [
            '-Obserwuj mnie na Instagramie, żeby nie przegapić nowych przepisów',
            '-© 2026 Tawa na Mokotowie',
            '-Motyw: OceanWP · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-krivulitsy-morris', [
        [
            '-Кривулицкий вестник – новости посёлка и района',
        ],
        [
            '-Новости · Спорт · Культура · Объявления · Некрологи',
            '-Главная › Новости › Культура',
            '-12 июня 2026, 17:45',
            '+В Малых Кривулицах возродили ансамбль английского танца моррис',
        ],
        [
            '-Агния Подберёзкина',
            '-3 мин',
            '-Танцоры с бубенцами на щиколотках выступают у клуба.',
            '-Фото: Тимофей Ряскопольцев',
            '+В День России на площади у клуба впервые за пятнадцать лет выступил ансамбль танца моррис.',
        ],
        [
            '+Ансамбль собрала в 2005 году учительница английского, но через три года он распался.',
            '-Реклама',
            '-Партнёрский материал: как выбрать теплицу для дачи',
            ('+Руководитель ансамбля Тимофей Ряскопольцев сказал: «Палки и бубенцы мы нашли на чердаке клуба, '
             'остальное восстановили по видео».'),
        ],
        [
            '-Читайте также: В посёлке открыли новую библиотеку',
            '+Что показали танцоры',
            '+Танец с палками, который исполняют вшестером.',
            '+Танец с платками под гармонь.',
            '+Общий танец, в который пригласили зрителей.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Сейчас в ансамбле восемь человек, репетиции идут по субботам в клубе.',
            '-Подпишитесь на рассылку вестника и получайте новости района каждую неделю',
            '+Осенью ансамбль собирается выступить на районном фестивале в Заречье.',
            '-Теги: культура, танцы, Малые Кривулицы',
        ],
        [
            '-Комментарии (4)',
            '-Людмила Петровна: Молодцы! Внучка теперь тоже хочет танцевать.',
            '-↳ Редакция: Людмила Петровна, набор в ансамбль открыт, приходите в субботу.',
            '-Сергей: Бубенцы было слышно даже у нас на Заречной.',
        ],
        [
            '-О газете · Контакты · Рекламодателям · Политика конфиденциальности',
            '-© 2026 Кривулицкий вестник. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-onigiri-s-ukropom-piknik', [
        [
            '-Онигири с укропом – японская кухня на подмосковной даче',
            '+Онигири для пикника: рисовые треугольники с начинкой',
            '-Опубликовано 30 мая 2026, автор: Милослава Огурцевич',
        ],
        [
            '-Время чтения: 5 минут',
            '-Содержание',
            '-1. Рис',
            '-2. Начинка и форма',
        ],
        [
            '-В посте есть партнёрские ссылки: покупая по ним, вы поддерживаете блог.',
            '+Каждое лето мы выбираемся на пикник к озеру, и каждый раз я беру бутерброды.',
            '+В этот раз я решила сделать онигири, которые давно хотела попробовать.',
            '-Онигири в контейнере перед поездкой на озеро.',
        ],
        [
            '+Подруга, которая жила в Осаке, посоветовала: «Руки смачивай солёной водой, тогда рис не липнет».',
            '-Сохранить в Pinterest · ВКонтакте · Telegram',
            '-Вам может понравиться: Мисо-суп за десять минут',
        ],
        [
            '+Какие начинки я взяла',
            '-Рисоварка, в которой я варю рис, на Ozon (партнёрская ссылка)',
            '+Консервированный тунец с майонезом.',
            '+Солёная сёмга, размятая вилкой.',
            '+Маринованная слива умэбоси из азиатского магазина.',
        ],
        [
            '+Каждый треугольник я обернула полоской нори прямо перед едой, чтобы она осталась хрустящей.',
            '+Дети съели всё за полчаса и попросили сделать онигири на следующий пикник.',
            '-Приятного аппетита, ваша Милослава',
            '-Провожу кулинарные мастер-классы по японской кухне в Москве — расписание в разделе «Мастер-классы».',
        ],
        [
            '-3 комментария к записи «Онигири для пикника: рисовые треугольники с начинкой»',
            '-Ирина: А можно взять обычный круглый рис?',
            '-↳ Милослава: Ирина, можно, только не промывайте его слишком долго.',
            '-Денис: Сделал с курицей терияки, тоже вкусно.',
        ],
        [
            '-Подписывайтесь на мой Telegram-канал с новыми рецептами',
            '-© 2026 Онигири с укропом',
            '-Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Sketchfab 3D model unavailable: the creator has disabled embedding for this model.':
        ("an English Sketchfab marker of a model whose creator disabled embedding ('Sketchfab 3D model "
         "unavailable: the creator has disabled embedding for this model.') is left in the body"),
    'Le questionnaire Framaforms intégré ici est clos depuis le 3 mars.':
        ("a French Framaforms marker of a questionnaire closed since a date ('Le questionnaire Framaforms intégré "
         "ici est clos depuis le 3 mars.') is left in the body"),
    "Il contenuto RaiPlay incorporato richiede l'accesso con un account Rai per essere visualizzato.":
        ("an Italian RaiPlay marker of an item behind a Rai log-in ('Il contenuto RaiPlay incorporato richiede "
         "l'accesso con un account Rai per essere visualizzato.') is left in the body"),
    'Mapa z Geoportalu nie została wczytana – serwer usługi WMS nie odpowiada.':
        ("a Polish Geoportal marker of a map whose WMS server does not answer ('Mapa z Geoportalu nie została "
         "wczytana – serwer usługi WMS nie odpowiada.') is left in the body"),
    'Settle in – this post runs to about 2,000 words (roughly 9 minutes)':
        ("an English settle-in reading-time line with a word count ('Settle in – this post runs to about 2,000 "
         "words (roughly 9 minutes)') is left at the head"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-brantlecombe-plough-monday':
        ("the Plough Monday story keeps the lead photo's caption ('The plough is dragged past the Wheatsheaf by "
         "the Brantlecombe Plough Boys.') in the block above the first paragraph (1 of 20 noise lines); no article "
         'line is lost'),
    'en-blog-lopsided-choux-eclairs':
        ("the eclairs blog's post keeps the blog name with its tagline ('The Lopsided Choux – one home baker, far too "
         "much butter') above the title and the photo caption ('Piped eclairs lined up on the tray before baking.') "
         "after the second paragraph (2 of 20 noise lines; the sign-off and the plug for the author's classes after "
         'the last paragraph go since round 135); no article line is lost'),
    'fr-portail-vaulmerac-roule-fromage':
        ("the cheese-rolling story keeps the lead photo's caption ('Les coureurs s'élancent derrière la tomme au "
         "sommet du Pech.') and its credit ('Photo Aurélien Pichardeau') in the block above the first paragraph (2 "
         'of 20 noise lines); no article line is lost'),
    'fr-blog-mains-dans-la-pate-hallah':
        ("the challah blog's post keeps the blog name with its tagline ('Les Mains dans la Pâte de Romane – pains "
         "du dimanche et autres gourmandises') above the title and the photo caption ('La tresse dorée à la sortie "
         "du four.') after the second paragraph (2 of 20 noise lines; the pin-it row and the related-post link "
         "after the quote go since round 132); no article line is lost"),
    'de-portal-kranzelbrunn-grenzgang':
        ("the boundary-walk story keeps the lead photo's caption ('Die Grenzgänger am alten Grenzstein an der "
         "Hohen Eiche.') in the block above the first paragraph (1 of 20 noise lines); no article line is lost"),
    'de-blog-hefezopf-herzklopfen-schoko-babka':
        ("the babka blog's post keeps the blog name with its tagline ('Hefezopf & Herzklopfen – mein Backtagebuch "
         "aus der Altbauküche') above the title and the photo caption ('Die Babka kühlt auf dem Gitter ab.') after "
         "the second paragraph (2 of 20 noise lines; the pin-it row after the quote goes since round 132); no "
         "article line is lost"),
    'it-portale-roncavelda-palio-maiali':
        ("the pig-race story keeps the lead photo's caption ('I maialini in gara sulla pista di paglia allestita "
         "in piazza.') and its credit ('Foto Aldo Piscenzi') in the block above the first paragraph (2 of 20 noise "
         'lines); no article line is lost'),
    'it-blog-wok-di-nives-involtini-primavera':
        ("the spring-rolls blog's post keeps the blog name with its tagline ('La Wok di Nives – cucina orientale "
         "in una cucina di Trieste') above the title and the photo caption ('Gli involtini appena fritti, sulla "
         "carta assorbente.') after the second paragraph (2 of 20 noise lines); no article line is lost"),
    'pl-portal-kozidrozna-wola-konkurs-min':
        ("the gurning-contest story keeps the lead photo's caption ('Uczestnicy konkursu robią miny przez końską "
         "uprząż.') in the block above the first paragraph (1 of 20 noise lines); no article line is lost"),
    'pl-blog-tawa-na-mokotowie-chapati':
        ("the chapati blog's post keeps the blog name with its tagline ('Tawa na Mokotowie – kuchnia indyjska w "
         "warszawskim bloku') above the title and the photo caption ('Chapati puchnie nad otwartym płomieniem.') "
         'after the second paragraph (2 of 20 noise lines); no article line is lost'),
    'ru-portal-krivulitsy-morris':
        ("the morris story keeps the lead photo's caption ('Танцоры с бубенцами на щиколотках выступают у клуба.') "
         'in the block above the first paragraph (1 of 20 noise lines); no article line is lost'),
    'ru-blog-onigiri-s-ukropom-piknik':
        ("the onigiri blog's post keeps the blog name with its tagline ('Онигири с укропом – японская кухня на "
         "подмосковной даче') above the title and the photo caption ('Онигири в контейнере перед поездкой на "
         "озеро.') after the second paragraph (2 of 20 noise lines); no article line is lost"),
}

test_held_out_202_line, test_held_out_202_line_is_kept, test_held_out_202_page = held_out_tests(
    HELD_OUT_202_LINES, HELD_OUT_202_KEEP, HELD_OUT_202_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
