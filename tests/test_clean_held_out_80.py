"""Held-out set 80: written blind, weighted toward the noise the cleaner exists for, in shapes set 79's docstring does
not name: scraper, embed and ad markers (the Reuters-style English ad break "Advertisement · Scroll to continue", the
scraped English Datawrapper chart credit "Created with Datawrapper", an English TikTok embed caption row
"@sallowbyparkrun ♬ original sound - Sallowby parkrun", the French advertorial label "Publireportage", the German
external-content consent line "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", the Italian
Instagram embed link "Visualizza questo post su Instagram", the Polish video break "Dalsza część artykułu pod materiałem
wideo" and a Russian marked-ad line with tax number and ad token "Реклама. ООО «Ольха-Сервис», ИНН 0000000000, erid:
2Vtzq0000000"); reading-time headers in new wordings (the English "Time to read: 3 min" and "⏱ 7 minute read", the
French "Temps de lecture estimé : 5 min", the German "Geschätzte Lesezeit: 5 Minuten", the Sole-24-Ore-style Italian "3'
di lettura", the Onet-style Polish "4 min czytania" and the Russian "Читать 5 минут"); bylines and self-promotion (an
English words-and-photos credit "Words: Orla Fenwick | Photos: Dev Mistry", an English correspondent bio "Tom Welland is
the Gazette's rural affairs correspondent. Email him at tom.welland@sallowbygazette.example", an English Patreon plug
"If you'd like to support the blog, you can join me on Patreon for as little as £1 a month.", a French correspondent
byline "De notre correspondante à Lorvignac, Solène Barthaux", a German Steady plug "Dir gefällt mein Blog? Dann
unterstütze mich mit einer Mitgliedschaft auf Steady.", an Italian press-office credit "A cura dell'Ufficio stampa del
Comune di Tavernolo", a Polish buycoffee.to plug "Jeśli podoba Ci się to, co robię, postaw mi kawę na buycoffee.to ☕"
and a Russian text-and-photo credit "Текст: Ирина Веденеева. Фото: Олег Суслин"); blog and site footers (the Ghost
footer "Sallowby Notes © 2026 · Powered by Ghost", the UK IPSO regulation line "This website and associated newspapers
adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", Blogger's Simple-theme footer
"Simple theme. Theme images by Michael Elkan. Powered by Blogger.", a French host line "Hébergeur : OVH SAS, 2 rue
Kellermann, 59100 Roubaix, France", the German EU online-dispute-resolution line "Die Plattform der EU-Kommission zur
Online-Streitbeilegung finden Sie unter https://ec.europa.eu/consumers/odr", an Italian masthead line "Direttore
responsabile: Sandro Pellicciari", the Polish terms-of-use footer "Korzystanie z portalu oznacza akceptację Regulaminu i
Polityki prywatności." and a Russian founder-and-editor line "Учредитель: ООО «Медиагруппа Ольховецк». Главный редактор:
В. П. Ляхова"); reader-comment furniture (WordPress's subscribe checkbox "Notify me of follow-up comments by email.",
Disqus's reactions row "What do you think? 0 Responses Upvote Funny Love Surprised Angry Sad", an English guidelines
note "Comments are subject to our community guidelines, which can be viewed here.", a French count-and-sort row "12
réactions · Trier par : les plus récentes", a German no-comments-yet line "Zu diesem Artikel gibt es noch keine
Kommentare.", an Italian comments-closed line "I commenti per questo articolo sono stati chiusi.", a Polish
reader-comments disclaimer "Komentarze czytelników nie są redagowane i wyrażają wyłącznie opinie ich autorów." and a
Russian pre-moderation note "Комментарии проходят премодерацию и появятся после проверки."); share rows (an English
Mastodon, Reddit, Nextdoor and Tumblr row, a German Facebook, Flipboard, Pinterest, Telegram and copy-link row and an
Italian WhatsApp, Telegram and copy-link row); and notices (a French update note "Cet article a été mis à jour le 3
décembre à 18h12 avec la réaction du maire.", the Polish thanks-for-reading line "Dziękujemy, że przeczytałaś/eś nasz
artykuł do końca." and the Russian illustrative-photo note "Фото носит иллюстративный характер"); and toward whole
scraped news, opinion and hobby-blog pages in layouts sets 58 to 79 did not use, as far as the brief and set 79's
docstring list them (a regional portal's story on a tool library opening in a former shoe shop on the high street, with
a comment, a beachcombing blog's post on the sea glass a weekend storm left on the beach, with a comment, a regional
portal's story on a watermill turning again after volunteers rebuilt its wheel, with a comment, a weekly's column
against felling the plane trees of the station avenue, with a comment, a regional portal's story on a spa park's Kneipp
wading basin reopened after renovation, with a comment, a candle-making blog's post on dipping candles from beeswax
leftovers, with a comment, a regional portal's story on the pensioners' bocce court getting a roof, with a comment, a
film-photography blog's post on developing a first film in coffee (caffenol), with a comment, a regional portal's story
on a winter-swimming club opening its season in a clay pit, with a comment, a weekly's column for a New Year's Eve
without firecrackers, with a comment, a regional portal's story on a board-games club opening in the district library,
with a comment, and a windowsill-garden blog's post on a first harvest of microgreens in winter, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 79), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files. Read were: the docstring of held-out set 79 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s80scratch/read79.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
79's, taken by a script (/tmp/s80scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 79 -> 80, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s80,
detached at commit 4f83a68119fb68453193375d55bf3f73dfd87a02, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 79's file was only printed through
the ast script above, run once with its output sent to a scratch file (/tmp/s80scratch/read79.out, 315 lines) that I
printed whole with ``cat``; the tool cut the middle of that output (lines 133 to 165), which I then paged through with
``sed`` (lines 125 to 170). The docstring cut held (the printed docstring ended with set 79's Baseline paragraph). That
allowed text itself names set 79's own scratch paths and frozen commit (b46211d8ab558dad97021cbb275af3ea50c83369) and
set 78's frozen commit (b2c7b985b0947e659c1a1def612f10182a19efe8); I saw these only as docstring text. The build script,
which read set 79's file to take its tail, printed nothing but the tail it wrote. At my first step ``git status --short
| head`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git worktree add``,
its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see
that both worktrees existed I ran ``ls /tmp/wt-s80 /tmp/wt-set80 | head -30``, which printed only their top-level names
(README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no folder below was listed and no file
opened but what the brief allows and this file. The branch set80 was made from the same commit; there this file (with
the xfail tables filled) gives only passed and xfailed tests (50 passed, 27 xfailed), which is a check of the tables,
not a second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules; nothing was
run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt',
'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in
noisy_corpus module was written by a second small script (/tmp/s80scratch/mkstand.py) that imported
tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to
the scratch folder without printing it. (4) The lists were written as data in scratch files (/tmp/s80scratch/data80.py
and pages80.py) and turned into this file's source by a script (/tmp/s80scratch/gen.py). Before the measurement the
lists were executed from a scratch folder (/tmp/s80scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) by /tmp/s80scratch/check.py, which counted the lines
by category and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language,
printed each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article
line of its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_80_LINES``, case-insensitively
and case-sensitively. Its first run found one overlap, the fireworks column's comment heading "Komentarze" inside the
held-out Polish "Komentarze czytelników nie są redagowane i wyrażają wyłącznie opinie ich autorów.", which became
"Dyskusja (1)". Its second run found nothing. No list changed after that check. (5) At the measurement (15:00:57 UTC)
this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The
problems were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s80scratch/problems.py)
that ran it on every line, keep line and page of this set and printed the problems of the failing ones, to write the
xfail reasons. (6) Invented names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: The
Tideline Jar, Saint-Aubrel (and so Saint-Aubrel Infos), Vallée de la Vône (and so the Vône), Lorvignac (and so L'Écho de
Lorvignac), Grummelsbach and Grummelsbacher (and so the Grummelsbacher Bote), Dochtwerk, Pievefosca (and so
PievefoscaNews), Tavernolo, Caffè e Sali d'Argento, Wrzosówek (and so wrzosowek.info), Tygodnik Wrzosówecki, Ольховецк
and Ольховецкий (and so Ольховецк Онлайн and the Медиагруппа Ольховецк), Ольха-Сервис and Shore & Strand had no hits.
Sallowby (and so the Sallowby Gazette, Sallowby Notes and the handle @sallowbyparkrun) was found only inside code
identifiers ("disallowById", "isAllowByLimit" and the like), and kept. "Зелень круглый год", the Russian blog's name, is
found many times as a common phrase in shop and farm texts ("свежая зелень круглый год"), not as a blog's name; it was
kept as a plain phrase. Dropped after their checks: Brackenhythe (in several lists of coined place names), Valdorbia (a
real geological section, "Upper Valdorbia"), "Storm Idris" (a storm name in several test fixtures; the blog's storm is
left unnamed) and "Val Fosca" (found in a Catalan text; the Vall Fosca is a real valley; the Italian portal's tagline
became "della bassa valle"). Wexcombe was thought of and not used, as I remember it as a real Wiltshire hamlet. Not
checked, generic or invented at sight: Market Street, the avenue de la Gare, the place du Foirail, the Kurpark, ulica
Ogrodowa, улица Школьная. The people's names (Orla Fenwick, Dev Mistry, Tom Welland, Solène Barthaux, Sandro
Pellicciari, Ирина Веденеева, Олег Суслин, В. П. Ляхова, Natalie Broughall, Gail Ashworth, Ron Tebbit, HandyAndyS,
Morwenna, Jen from the Wirral, Florian Méchinaud, Jacqueline Pradier, Mimi de la Vône, Bernadette Vaissière, Jean-Claude
L., Heike Brantner, Walter Kiesling, Gerda_K, Miriam, Susanne, Lucia Ferrandi, Ettore Baldissera, Franca62, Nicola,
Marco T., Dominika Pawlas, Halina Zbrożek, ~Bogdan, Anna Kołodziejczak, Krzysztof_W, Дарья Шелепова, Артём Гудков,
Марина, Ольга) are invented, though ordinary names real people may bear; none is meant as a real person. The tax number,
the ad token, the KRS number and the postcode are zero-filled, and the e-mail addresses use the reserved .example
domain; no phone number is given. (7) Some lines name real things, as real pages do: Reuters' ad-break wording as I
remember it, Datawrapper, TikTok's "original sound" row, IPSO and its Editors' Code, Patreon, Ghost, Blogger and its
Simple theme with Michael Elkan's theme-image credit (from memory), WordPress's follow-up-comments checkbox, Disqus's
reactions row, Mastodon, Reddit, Nextdoor, Tumblr, OVH and its Roubaix address (from memory), Steady, the EU
Commission's online-dispute-resolution platform and its address, Facebook, Flipboard, Pinterest, Telegram, Instagram,
WhatsApp, the Sole 24 Ore's "3' di lettura" form and Onet's "min czytania" form as I remember them, buycoffee.to, the
Russian erid ad-marking form, VKontakte and Odnoklassniki; on the pages X, Universal Credit, the finds liaison officer
(of the Portable Antiquities Scheme), the Wirral, Sainte Viviane given for 2 December, Kneipp and the Storchengang,
caffenol, Ilford HP5, the Olympus OM-1, the name days of Balbina and Bibiana given for 2 December (from memory) and the
16+ age mark. (8) Set 79's docstring names its own shapes and the earlier sets' page layouts only, so some lines may
repeat shapes of sets before 79 that I could not check; in particular "Notify me of follow-up comments by email.",
"Powered by Blogger", "Powered by Ghost", Disqus's reactions row, "Publireportage", the German consent line and the EU
online-dispute-resolution line are common enough that an earlier set or a development list may hold them. Close to
shapes set 79 named: the Italian Instagram embed link is an Instagram embed line like its English "A post shared by"
attribution, the German consent line an embed line near its Spiegel embed heading, the Russian erid line a Russian ad
line near its ad break, and the Datawrapper and TikTok lines embed lines like its Flourish label; the reading-time rows
are reading-time headers in other words than its rows; the credits and the Patreon, Steady and buycoffee.to plugs are
credit rows and plugs like its Reuters, dpa, PAP and contributor credits and its Ko-fi, Tipeee and Boosty plugs; the
footers are legal, regulation and platform footers like its registration, imprint, VAT and media-registration rows (the
Russian founder-and-editor line sits near its media-registration line); the comment lines are comment-widget furniture
near its Akismet note, sort row and be-the-first prompt (the French count-and-sort row is a sort row in French); the
share rows are share rows on other platforms; the notices are of other kinds than its paywall remainder, affiliate
disclosure and typo-report line. Page chrome repeats kinds of line set 79's docstring names among its noise (photo
captions, ad labels, read-also, related and previous-post links, newsletter, WhatsApp, Telegram and Pinterest prompts,
tip-off prompts, name-day and saint's-day lines, listen buttons, letters addresses, opinion disclaimers, affiliate
notes, age marks), as real pages carry them. (9) My first step's clock reading was 2026-12-04 14:54:44 UTC; the
measurement ran at 15:00:57 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's
hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source of the leak", "Subscribers to the old parish
newsletter", "Written objections", "Shared ownership homes", "Follow-up checks", "Advertising the clerk's post", "Photo
albums", "Commentaires et remarques des habitants", "Publié en 1962", "Source de discorde", "Teilen müssen sich",
"Quelle des Ärgers", "Werbung für das Fest", "Seguendo il sentiero", "Foto d'epoca", "Leggere ad alta voce",
"Udostępnianie sali wiejskiej", "Komentując decyzję", "Читать вслух детям" and "Реклама на остановках" are article
sentences. The ad break, the Datawrapper, TikTok, consent and Instagram embed lines, the advertorial label, the video
break and the erid ad line are counted as markers; the reading-time rows as reading-time lines; the credits, the
correspondent bio and byline and the Patreon, Steady and buycoffee.to plugs as bylines; the Ghost, IPSO, Blogger, host,
dispute-resolution, masthead, terms-of-use and founder rows as footers; the subscribe checkbox, the reactions row, the
guidelines note, the count-and-sort row, the no-comments-yet line, the comments-closed line, the reader-comments
disclaimer and the pre-moderation note as comments; the share rows as share; the update note, the thanks-for-reading
line and the illustrative-photo note as notices. On every page the title, the first paragraph, the paragraph with the
quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last
paragraphs, or three rows and three last paragraphs; the blog posts' closing lines about the next post and the columns'
closing calls are their last paragraphs and counted as article) and everything else is noise (20 lines a page: six lines
above the title, two under it, two between the first paragraph and the paragraph with the quote, two between the list
rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes, sign-in
and subscription lines, dates, weather, breaking-news, name-day and saint's-day lines, breadcrumbs, section, column and
category names, bylines, author and publication lines, listen buttons, table-of-contents and jump links, affiliate
notes, photo captions, ad labels and ads, opinion disclaimers, read-also, more-on-the-topic, might-like, more-columns,
most-read and previous-post links, newsletter, WhatsApp, Telegram, Instagram, Pinterest, save and tip-off prompts,
letters addresses, share and print lines, tags, comment headings and counts, commenter rows, comment dates and texts,
reply and report lines, moderation notes, publisher, address, copyright, legal and privacy lines and age marks are
noise. The rows: en-portal-sallowby-toollibrary "How borrowing works" (four rows), en-blog-tideline-seaglass "What I
found in two hours" (three rows), fr-portail-saintaubrel-moulin "Ce que les bénévoles ont refait" (three rows),
fr-chronique-platanes "Ce que l'on pourrait faire à la place" (three rows), de-portal-grummelsbach-kneipp "Was erneuert
wurde" (four rows), de-blog-dochtwerk-kerzen "Das brauchst du" (four rows), it-portale-pievefosca-bocce "Cosa cambia per
i soci" (three rows), it-blog-caffenol "La mia ricetta" (four rows), pl-portal-wrzosowek-morsy "Jak zacząć morsowanie"
(four rows), pl-felieton-fajerwerki "Co proponuję" (three rows), ru-portal-olkhovetsk-nastolki "Во что можно поиграть"
(three rows) and ru-blog-mikrozelen "Что я посеяла" (four rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 10, body 9,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 7, tail 7), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-sallowby-toollibrary (a regional news portal's story on a
tool library opened by volunteers in a former shoe shop on the high street, with a comment), en-blog-tideline-seaglass
(a beachcombing blog's post on the sea glass a weekend storm left on the north beach, with a comment),
fr-portail-saintaubrel-moulin (a regional news portal's story on a watermill turning again after volunteers rebuilt its
wheel, with a comment), fr-chronique-platanes (a weekly's opinion column against felling the thirty-two plane trees of
the station avenue, with a comment), de-portal-grummelsbach-kneipp (a regional news portal's story on the spa park's
Kneipp wading basin reopened after renovation, with a comment), de-blog-dochtwerk-kerzen (a candle-making blog's post on
dipping candles from beeswax leftovers, with a comment), it-portale-pievefosca-bocce (a regional news portal's story on
the pensioners' bocce court getting a roof, with a comment), it-blog-caffenol (a film-photography blog's post on
developing a first film in instant coffee, with a comment), pl-portal-wrzosowek-morsy (a regional news portal's story on
a winter-swimming club opening its season in an old clay pit, with a comment), pl-felieton-fajerwerki (a weekly's
opinion column for a New Year's Eve without firecrackers, with a comment), ru-portal-olkhovetsk-nastolki (a regional
news portal's story on a board-games club opening in the district library, with a comment) and ru-blog-mikrozelen (a
windowsill-garden blog's post on a first winter harvest of microgreens, with a comment); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 4f83a68119fb68453193375d55bf3f73dfd87a02, measured with ``cd /tmp/wt-s80 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s80/src python -m pytest -q tests/test_clean_held_out_80.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s80 && PYTHONPATH=/tmp/wt-s80/src python
scripts/clean_held_out_report.py --sets 80`` (noise lines removed 30/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 20 of 240), with the xfail tables empty): noise lines removed 30/45 (marker 4/8, reading-time 7/7,
byline 6/8, footer 5/8, comments 4/8, share 3/3, notice 1/3; missed, all kept as paragraphs: the English "Created with
Datawrapper" and "@sallowbyparkrun ♬ original sound - Sallowby parkrun", the French "Publireportage", the German "Ich
bin damit einverstanden, dass mir externe Inhalte angezeigt werden." and the Russian "Фото носит иллюстративный
характер" put in the body; the English "Words: Orla Fenwick | Photos: Dev Mistry" put at the head; and the English "This
website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."
and "Comments are subject to our community guidelines, which can be viewed here.", the French "12 réactions · Trier par
: les plus récentes", the German "Zu diesem Artikel gibt es noch keine Kommentare.", the Italian "A cura dell'Ufficio
stampa del Comune di Tavernolo", the Polish "Korzystanie z portalu oznacza akceptację Regulaminu i Polityki
prywatności.", "Komentarze czytelników nie są redagowane i wyrażają wyłącznie opinie ich autorów." and "Dziękujemy, że
przeczytałaś/eś nasz artykuł do końca." and the Russian "Учредитель: ООО «Медиагруппа Ольховецк». Главный редактор: В.
П. Ляхова" put at the foot); keep lines kept 20/20; pages 0/12 clean, 20 of 240 page noise lines left and 0 of 120
article lines lost: en-portal-sallowby-toollibrary 1 left ("Volunteers Gail Ashworth and Ron Tebbit sort donated tools
on the shelves. Picture: Sallowby Gazette"); en-blog-tideline-seaglass 2 left ("My haul from the morning, drying on a
tea towel on the kitchen windowsill." and "Ad · My favourite beachcombing bag is the waxed cotton one from Shore &
Strand*"); fr-portail-saintaubrel-moulin 1 left ("La roue de six mètres a été entièrement reconstruite en chêne. ©
Saint-Aubrel Infos"); fr-chronique-platanes 2 left ("L'avenue de la Gare et ses platanes centenaires, en octobre." and
"Réagissez à cette chronique : courrier@echodelorvignac.example"); de-portal-grummelsbach-kneipp 1 left ("Sie haben
einen Hinweis für die Redaktion? Schreiben Sie an hinweis@grummelsbacher-bote.example"); de-blog-dochtwerk-kerzen 3 left
("Die ersten gezogenen Kerzen hängen zum Abkühlen an der Wäscheleine.", "Werbung* Meinen Wachsschmelztopf habe ich hier
gekauft" and "Speicher dir die Anleitung auf Pinterest!"); it-portale-pievefosca-bocce 1 left ("Contenuto
promozionale"); it-blog-caffenol 1 left ("Il rullino appeso ad asciugare nella doccia."); pl-portal-wrzosowek-morsy 1
left ("Pierwsze morsowanie w gliniance. Woda miała 6 stopni. Fot. wrzosowek.info"); pl-felieton-fajerwerki 4 left
("Rynek we Wrzosówku w noc sylwestrową w zeszłym roku.", "Felieton wyraża opinię autorki, a nie redakcji.", "Inne
felietony: Czy potrzebujemy drugiego ronda?" and "Napisz do autorki: felietony@tygodnikwrzosowecki.example");
ru-portal-olkhovetsk-nastolki 1 left ("Спецпроект"); ru-blog-mikrozelen 2 left ("Редис и горчица на десятый день после
посева." and "Сохраните пост, чтобы не потерять!"). Of the left page lines none stands above the title and none under
it; twelve stand between the first paragraph and the paragraph with the quote (the photo captions of nine pages, all but
the Kneipp-basin story's, the bocce story's and the board-games story's, which go, and the bocce story's and the
board-games story's ad labels and the fireworks column's opinion disclaimer; on the fireworks column both lines here
stay, while the tool-library story's sponsored-content label, the sea-glass blog's might-like link, the watermill
story's ad label, the plane-trees column's opinion disclaimer, the Kneipp-basin story's caption and ad label, the candle
blog's also-interesting link, the coffee-developer blog's may-interest link, the winter-swimmers story's ad label and
the microgreens blog's may-be-interesting link go); eight stand between the list rows and the last paragraphs (the
sea-glass blog's ad, whose pin prompt goes, the plane-trees column's letters prompt, whose all-columns link goes, the
Kneipp-basin story's tip-off prompt, whose more-on-the-topic link goes, the candle blog's ad and save-to-Pinterest
prompt, the fireworks column's more-columns link and letters address, and the microgreens blog's save-the-post prompt,
whose ad goes); and none at the foot (every tag, share, comment heading, commenter row, comment date, comment text,
reply, report, most-read, copyright, publisher and legal line at the foot goes, on blogs, portals and columns alike). No
article line is lost. The failing cases are strict xfails.

Still held out after round 71 (development on sets 77 and 78; measured once with ``scripts/clean_held_out_report.py
--sets 80``): noise lines removed 30/45 and keep lines 20/20 (unchanged), pages clean 0 -> 3/12, page noise lines left
20 -> 13 of 240, article lines lost 0 of 120. Seven photo captions go: two with a credit ("Picture: Sallowby Gazette",
"© Saint-Aubrel Infos") and five bare ones opening the block of a slot the rules take (the sea-glass, plane-trees,
candle, coffee-developer and microgreens captions); the xfail entries of the three pages now clean are removed and
those of four others reworded.

Round 72 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 80`` and ``pytest tests/test_clean_held_out_80.py`` at d81ebc7 (before) and the
round's last commit on branch round72 (after): noise lines removed 30/45 -> 45/45 (marker 4/8 -> 8/8, reading-time 7/7,
byline 6/8 -> 8/8, footer 5/8 -> 8/8, comments 4/8 -> 8/8, share 3/3, notice 1/3 -> 3/3), keep lines 20/20 -> 20/20,
pages clean 3/12 -> 11/12, page noise lines left 13 -> 1 of 240, article lines lost 0 -> 0 of 120; pytest 53 passed, 24
xfailed -> 76 passed, 1 xfailed. No losses to fix. Classes added (each in six languages with near misses, written for
the family after collecting every line of its kind from the lines, keep lines and pages of sets 10-80, none of whose
article or keep lines they take; tests/test_clean.py test_round_72_*): what a scraper keeps of an embed (a chart
service's label or credit, "Created with Datawrapper"; a TikTok caption's sound row; the consent to load external
content, "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."; with the network post's attribution,
the player's fallback and the picture agency's embed label); the site's legal footer (the press code kept by the site
and its sister titles, the IPSO wording; one legal role and its holder or several after full stops, "Учредитель: ...
Главный редактор: ..."; the terms accepted by using the site, "Korzystanie z portalu oznacza akceptację Regulaminu ...";
with content licences, no liability and no offer, and the data controller); the comment section's house rules (comments
subject to the rules or moderated before publication, "Comments are subject to our community guidelines, which can be
viewed here."; unedited comments as their writers' views, "Komentarze czytelników nie są redagowane ..."; the empty
section with the page named, "Zu diesem Artikel gibt es noch keine Kommentare."; with the right reserved to delete and
the rules accepted by posting); a comment count with the thread's sort row ("12 réactions · Trier par : les plus
récentes"); a magazine's words-and-photos credit; a press office as the writer ("A cura dell'Ufficio stampa del Comune
di ...", with the contributors' and compiled-from-agency credits); the label over a partner's piece ("Publireportage",
"Contenuto promozionale", "Спецпроект"); an ad label with a blogger's affiliate asterisk ("Ad · ...*", "Werbung* ...");
thanks for reading to the end; a picture's illustrative-only note ("Фото носит иллюстративный характер"); a call to
write, react or send a tip that ends on the address ("Réagissez à cette chronique : ...", "Sie haben einen Hinweis für
die Redaktion? Schreiben Sie an ...", "Napisz do autorki: ..."); a link to the writer's other columns with one title
("Inne felietony: ..."); a blog's call to save or pin the post ("Speicher dir die Anleitung auf Pinterest!", "Сохраните
пост, чтобы не потерять!"); a column's own-opinion disclaimer with the paper's denial ("Felieton wyraża opinię autorki,
a nie redakcji."). The fireworks column's caption goes with its neighbours. Left: the winter-swimmers story's photo
caption with its credit after two sentences ("... Woda miała 6 stopni. Fot. wrzosowek.info"). Elsewhere: sets 70, 77, 78
and 79 changed (see their round 72 notes); every other set of 10-78 is unchanged; SemEval diff 0 of 3,723 files.

Round 73: pages clean 11 -> 12/12, page noise lines left 1 -> 0 of 240: the winter-swimmers story's caption with its
credit after two sentences goes (captions of two short sentences before a picture's own credit word); its strict xfail
is removed; lines, keep lines and losses unchanged.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_80_LINES = [
    # English
    ('body', 'Advertisement · Scroll to continue', 'marker'),
    ('body', 'Created with Datawrapper', 'marker'),
    ('body', '@sallowbyparkrun ♬ original sound - Sallowby parkrun', 'marker'),
    ('head', 'Time to read: 3 min', 'reading-time'),
    ('head', '⏱ 7 minute read', 'reading-time'),
    ('head', 'Words: Orla Fenwick | Photos: Dev Mistry', 'byline'),
    ('tail', "Tom Welland is the Gazette's rural affairs correspondent. Email him at tom.welland@sallowbygazette.example", 'byline'),
    ('tail', "If you'd like to support the blog, you can join me on Patreon for as little as £1 a month.", 'byline'),
    ('tail', 'Sallowby Notes © 2026 · Powered by Ghost', 'footer'),
    ('tail', "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", 'footer'),
    ('tail', 'Simple theme. Theme images by Michael Elkan. Powered by Blogger.', 'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'What do you think? 0 Responses Upvote Funny Love Surprised Angry Sad', 'comments'),
    ('tail', 'Comments are subject to our community guidelines, which can be viewed here.', 'comments'),
    ('tail', 'Share this: Mastodon · Reddit · Nextdoor · Tumblr', 'share'),
    # French
    ('body', 'Publireportage', 'marker'),
    ('head', 'Temps de lecture estimé : 5 min', 'reading-time'),
    ('head', 'De notre correspondante à Lorvignac, Solène Barthaux', 'byline'),
    ('tail', 'Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France', 'footer'),
    ('tail', '12 réactions · Trier par : les plus récentes', 'comments'),
    ('tail', 'Cet article a été mis à jour le 3 décembre à 18h12 avec la réaction du maire.', 'notice'),
    # German
    ('body', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.', 'marker'),
    ('head', 'Geschätzte Lesezeit: 5 Minuten', 'reading-time'),
    ('tail', 'Dir gefällt mein Blog? Dann unterstütze mich mit einer Mitgliedschaft auf Steady.', 'byline'),
    ('tail', 'Die Plattform der EU-Kommission zur Online-Streitbeilegung finden Sie unter https://ec.europa.eu/consumers/odr', 'footer'),
    ('tail', 'Zu diesem Artikel gibt es noch keine Kommentare.', 'comments'),
    ('tail', 'Artikel teilen: Facebook · Flipboard · Pinterest · Telegram · Link kopieren', 'share'),
    # Italian
    ('body', 'Visualizza questo post su Instagram', 'marker'),
    ('head', "3' di lettura", 'reading-time'),
    ('tail', "A cura dell'Ufficio stampa del Comune di Tavernolo", 'byline'),
    ('tail', 'Direttore responsabile: Sandro Pellicciari', 'footer'),
    ('tail', 'I commenti per questo articolo sono stati chiusi.', 'comments'),
    ('tail', 'Condividi su WhatsApp · Condividi su Telegram · Copia link', 'share'),
    # Polish
    ('body', 'Dalsza część artykułu pod materiałem wideo', 'marker'),
    ('head', '4 min czytania', 'reading-time'),
    ('tail', 'Jeśli podoba Ci się to, co robię, postaw mi kawę na buycoffee.to ☕', 'byline'),
    ('tail', 'Korzystanie z portalu oznacza akceptację Regulaminu i Polityki prywatności.', 'footer'),
    ('tail', 'Komentarze czytelników nie są redagowane i wyrażają wyłącznie opinie ich autorów.', 'comments'),
    ('tail', 'Dziękujemy, że przeczytałaś/eś nasz artykuł do końca.', 'notice'),
    # Russian
    ('body', 'Реклама. ООО «Ольха-Сервис», ИНН 0000000000, erid: 2Vtzq0000000', 'marker'),
    ('head', 'Читать 5 минут', 'reading-time'),
    ('head', 'Текст: Ирина Веденеева. Фото: Олег Суслин', 'byline'),
    ('tail', 'Учредитель: ООО «Медиагруппа Ольховецк». Главный редактор: В. П. Ляхова', 'footer'),
    ('tail', 'Комментарии проходят премодерацию и появятся после проверки.', 'comments'),
    ('body', 'Фото носит иллюстративный характер', 'notice'),
]

HELD_OUT_80_KEEP = [
    # English
    ('head', 'Source of the leak, the council now says, was a cracked valve under the library car park.'),
    ('body', 'Subscribers to the old parish newsletter will remember the last time the bridge closed, in 1987.'),
    ('body', 'Written objections must reach the planning office by 19 December, the notice on the gate says.'),
    ('tail', 'Shared ownership homes make up a third of the new estate, according to the developer.'),
    ('head', "Follow-up checks by the county's highways team found two more loose kerbstones on the same stretch."),
    ('body', "Advertising the clerk's post three times brought no applicants, so the job will now be shared with the neighbouring parish."),
    ('tail', 'Photo albums, school registers and a cricket scorebook from 1952 were among the items rescued from the damp cellar.'),
    # French
    ('body', "Commentaires et remarques des habitants seront consignés dans le registre de l'enquête jusqu'au 15 janvier."),
    ('head', 'Publié en 1962, le premier plan du lotissement prévoyait déjà un square à cet endroit.'),
    ('tail', 'Source de discorde depuis dix ans, le parking de la gare sera finalement agrandi au printemps.'),
    # German
    ('body', 'Teilen müssen sich die beiden Vereine die Halle künftig nur noch an den Wochenenden.'),
    ('head', 'Quelle des Ärgers war eine defekte Pumpe im Keller des Rathauses.'),
    ('tail', 'Werbung für das Fest machten die Schüler mit selbst gemalten Plakaten in allen Geschäften des Ortes.'),
    # Italian
    ('body', 'Seguendo il sentiero dietro la chiesa, in dieci minuti si arriva alla vecchia fornace.'),
    ('tail', "Foto d'epoca e lettere degli emigrati sono esposte fino a gennaio nella sala consiliare."),
    ('head', "Leggere ad alta voce ai bambini è l'idea da cui è nato il gruppo di volontari della biblioteca."),
    # Polish
    ('body', 'Udostępnianie sali wiejskiej kołom gospodyń będzie od stycznia bezpłatne, zdecydowali radni.'),
    ('tail', 'Komentując decyzję, sołtys przypomniał, że o remont drogi mieszkańcy proszą od 2014 roku.'),
    # Russian
    ('head', 'Читать вслух детям волонтёры библиотеки приходят теперь каждую субботу.'),
    ('tail', 'Реклама на остановках, по словам мэрии, окупит их ремонт за два года.'),
]

HELD_OUT_80_PAGES = {
    'en-portal-sallowby-toollibrary': _page('en', 'en-portal-sallowby-toollibrary', [
        [
            '-Sallowby Gazette',
            "-News | Sport | What's On | Property | Jobs | Announcements",
            '-Sign in | Register',
            '-Wednesday, 2 December 2026 · Light rain, 7°C',
            '-Home > News > Sallowby',
            '-TRENDING: A-road resurfacing overnight closures confirmed',
        ],
        [
            '+Tool library opens in former shoe shop on Sallowby high street',
        ],
        [
            '-By Natalie Broughall, Community Reporter',
            '-Published: 09:14, 2 December 2026 | Updated: 11:02, 2 December 2026',
        ],
        [
            '+Residents in Sallowby can now borrow a drill, a wallpaper steamer or a pressure washer for a week for the price of a cup of coffee, after volunteers opened a tool library in the empty shoe shop on the high street.',
        ],
        [
            '-Volunteers Gail Ashworth and Ron Tebbit sort donated tools on the shelves. Picture: Sallowby Gazette',
            '-Sponsored content from our partners',
        ],
        [
            '+"Most people use a drill for thirteen minutes in its whole life, so it makes more sense for the street to own one," said Gail Ashworth, who started the project after clearing out her late father\'s garage.',
        ],
        [
            '+How borrowing works',
            '+Membership costs £10 a year, or £3 for people on Universal Credit.',
            '+Tools can be booked online and collected on Thursday evenings or Saturday mornings.',
            '+Each loan lasts seven days and can be extended once if nobody else is waiting.',
            '+Volunteers check and clean every tool before it goes back on the shelf.',
        ],
        [
            '-Read more: Christmas lights switch-on draws record crowd to Market Street',
            '-Got a story? Email newsdesk@sallowbygazette.example or message us on WhatsApp',
        ],
        [
            "+The shop's landlord has agreed to let the group use the unit rent-free until next summer, when the lease will be reviewed.",
            '+The library already holds 140 tools, nearly all donated, and the volunteers are now asking for ladders and garden shredders.',
        ],
        [
            '-Tags: Sallowby, community, volunteering, high street',
            '-Share this article: Facebook X WhatsApp Email',
            '-Comments (2)',
            '-HandyAndyS · 3 hours ago',
            "-Brilliant idea. I've got a tile cutter sitting in my shed that I've used once, happy to donate it.",
            '-Report · Reply',
            '-Most read: Parking charges to rise at leisure centre from January',
            '-© 2026 Sallowby Gazette Ltd. All rights reserved.',
        ],
    ]),
    'en-blog-tideline-seaglass': _page('en', 'en-blog-tideline-seaglass', [
        [
            '-The Tideline Jar',
            '-beachcombing, sea glass and the odd bit of driftwood',
            '-Home · About · Finds Gallery · Shop · Contact',
            '-Search this blog',
            '-Posted on 1 December 2026 by Morwenna',
            '-Filed under: Finds, Storm walks',
        ],
        [
            "+What the weekend's storm left on the north beach",
        ],
        [
            '-Some links in this post are affiliate links, which means I may earn a small commission at no extra cost to you.',
            '-Jump to the finds list',
        ],
        [
            '+I waited until the tide had turned on Sunday morning before walking the north beach, and the storm had done what storms do: scoured the sand right down to the shingle bank where the best glass hides.',
        ],
        [
            '-My haul from the morning, drying on a tea towel on the kitchen windowsill.',
            '-You might also like: Ten beaches where sea glass still turns up',
        ],
        [
            '+A man walking his spaniel stopped to look at my bucket and said, "My grandad used to say the bottle works dumped everything off the point in the thirties," which would explain all the brown.',
        ],
        [
            '+What I found in two hours',
            '+Forty-one pieces of brown and green glass, most of them well frosted.',
            '+Two pieces of cobalt blue, one still showing part of an embossed letter.',
            '+A white clay pipe stem about five centimetres long.',
        ],
        [
            '-Pin this for later!',
            '-Ad · My favourite beachcombing bag is the waxed cotton one from Shore & Strand*',
        ],
        [
            '+Please check the tide tables before you go, and never climb on the cliff falls after a storm, however tempting the fresh shingle looks.',
            '+I only take glass and pottery; anything that might be historic gets photographed and reported to the finds liaison officer.',
            "+Next week I'll sort the cobalt pieces by shade and show you how I drill them for a necklace.",
        ],
        [
            '-Categories: Finds · Storm walks · Sea glass',
            '-← Previous post: Wrapping driftwood fairy lights',
            '-6 thoughts on "What the weekend\'s storm left on the north beach"',
            '-Jen from the Wirral',
            '-2 December 2026 at 8:41 pm',
            "-Cobalt with lettering! I've been looking for eight years and never found a single blue piece.",
            '-Reply ↓',
            '-© The Tideline Jar 2026 · Privacy policy',
        ],
    ]),
    'fr-portail-saintaubrel-moulin': _page('fr', 'fr-portail-saintaubrel-moulin', [
        [
            '-Saint-Aubrel Infos',
            '-Actualités | Sports | Agenda | Annonces légales | Nécrologie',
            '-Se connecter',
            '-Mercredi 2 décembre 2026 – Sainte Viviane',
            '-Accueil › Vallée de la Vône › Saint-Aubrel',
            "-À LA UNE : travaux sur la départementale jusqu'au 18 décembre",
        ],
        [
            '+À Saint-Aubrel, le vieux moulin tourne à nouveau grâce à ses bénévoles',
        ],
        [
            '-Par Florian Méchinaud',
            '-Publié le 02/12/2026 à 07h45, mis à jour à 10h20',
        ],
        [
            "+Arrêtée depuis 1968, la roue du moulin de la Vône a refait ses premiers tours samedi, après quatre ans de travaux menés par l'association des Amis du moulin.",
        ],
        [
            '-La roue de six mètres a été entièrement reconstruite en chêne. © Saint-Aubrel Infos',
            '-Annonce',
        ],
        [
            "+« Quand l'eau est arrivée sur les aubes, tout le monde s'est tu, puis les anciens ont applaudi », raconte Jacqueline Pradier, la présidente de l'association.",
        ],
        [
            '+Ce que les bénévoles ont refait',
            '+La roue à aubes, reconstruite en chêne par un charpentier du village.',
            '+Le bief, curé sur trois cents mètres et consolidé avec des pierres de récupération.',
            '+Les meules, remontées après avoir été retrouvées dans une grange voisine.',
        ],
        [
            '-À lire aussi : La fête de la pomme a attiré 3 000 visiteurs',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
        ],
        [
            '+Le moulin ouvrira au public un dimanche par mois à partir du printemps, avec des démonstrations de mouture.',
            "+L'association espère vendre sa propre farine dès l'été prochain, à condition d'obtenir les autorisations sanitaires.",
            "+Elle cherche encore des bénévoles pour les visites et l'entretien du bief.",
        ],
        [
            '-Mots-clés : Saint-Aubrel, patrimoine, associations',
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '-2 commentaires',
            '-Mimi de la Vône',
            "-Mon grand-père y portait son blé à dos d'âne. Quelle émotion de voir la roue tourner !",
            '-Répondre · Signaler un abus',
            "-Les plus lus : Un nouveau médecin s'installe à la maison de santé",
            '-© Saint-Aubrel Infos 2026 – Tous droits réservés',
        ],
    ]),
    'fr-chronique-platanes': _page('fr', 'fr-chronique-platanes', [
        [
            "-L'Écho de Lorvignac",
            "-L'hebdomadaire du canton depuis 1921",
            '-Actu | Opinions | Sports | Sorties | Petites annonces',
            "-S'abonner – 1 € le premier mois",
            '-Opinions › Chronique',
            '-La chronique de Bernadette Vaissière',
        ],
        [
            "+Laissez vivre les platanes de l'avenue de la Gare",
        ],
        [
            '-Jeudi 3 décembre 2026',
            '-Écouter cet article',
        ],
        [
            "+La mairie a annoncé la semaine dernière l'abattage des trente-deux platanes de l'avenue de la Gare, au motif que leurs racines soulèvent le trottoir et que leurs feuilles bouchent les caniveaux.",
        ],
        [
            "-L'avenue de la Gare et ses platanes centenaires, en octobre.",
            "-Cet article est une tribune. Il n'engage que son auteur.",
        ],
        [
            "+« On ne remplace pas un arbre de cent ans par trois arbustes en pot », m'a dit un voisin qui a grandi sous leur ombre, et je ne vois pas quoi lui répondre.",
        ],
        [
            "+Ce que l'on pourrait faire à la place",
            "+Refaire le trottoir en contournant les racines, comme l'a fait la commune voisine.",
            "+Ramasser les feuilles deux fois par semaine en novembre plutôt qu'une.",
            "+Faire expertiser chaque arbre et n'abattre que ceux qui sont réellement malades.",
        ],
        [
            '-Toutes les chroniques de Bernadette Vaissière',
            '-Réagissez à cette chronique : courrier@echodelorvignac.example',
        ],
        [
            "+L'été dernier, quand il faisait 39 degrés, l'avenue était la seule rue du centre où l'on pouvait marcher à midi.",
            "+Le conseil municipal vote le 15 décembre : il est encore temps d'écrire au maire.",
            "+Avant de couper, qu'on prenne au moins le temps de compter ce que ces arbres nous rendent.",
        ],
        [
            '-Sujets associés : Environnement · Urbanisme · Lorvignac',
            '-Imprimer | Envoyer par e-mail',
            '-Commentaires',
            '-Jean-Claude L., le 3 décembre à 14h12',
            "-Entièrement d'accord. On coupe toujours plus vite qu'on ne plante.",
            '-Les commentaires sont soumis à modération.',
            "-L'Écho de Lorvignac – 4 place du Foirail – 00000 Lorvignac",
            '-Conditions générales de vente · Politique de confidentialité · Gestion des cookies',
        ],
    ]),
    'de-portal-grummelsbach-kneipp': _page('de', 'de-portal-grummelsbach-kneipp', [
        [
            '-Grummelsbacher Bote',
            '-Lokales | Vereine | Sport | Kultur | Anzeigen | Trauer',
            '-Login | Abo',
            '-Mittwoch, 2. Dezember 2026',
            '-Startseite › Lokales › Grummelsbach',
            '-Wetter: 4 °C, bedeckt',
        ],
        [
            '+Kneipp-Becken im Kurpark ist nach der Sanierung wieder offen',
        ],
        [
            '-Von Heike Brantner',
            '-02.12.2026, 16:30 Uhr',
        ],
        [
            '+Das Wassertretbecken im Grummelsbacher Kurpark ist nach sieben Monaten Bauzeit wieder in Betrieb; der Kneipp-Verein hat die Sanierung zur Hälfte aus Spenden bezahlt.',
        ],
        [
            '-Vereinsvorsitzender Walter Kiesling testet das frische Quellwasser. Foto: Heike Brantner',
            '-ANZEIGE',
        ],
        [
            '+„Im Storchengang durchs kalte Wasser, dreißig Sekunden, und man fühlt sich wie neu“, sagt Walter Kiesling, der seit 1989 im Verein ist.',
        ],
        [
            '+Was erneuert wurde',
            '+Das Becken bekam neue Natursteinplatten und einen rutschfesten Boden.',
            '+Das Geländer ist jetzt durchgehend und auf beiden Seiten greifbar.',
            '+Eine Quellfassung sorgt dafür, dass das Wasser ständig frisch nachläuft.',
            '+Neben dem Becken steht eine neue Bank mit Schuhablage.',
        ],
        [
            '-Mehr zum Thema: Kurpark bekommt neue Beleuchtung',
            '-Sie haben einen Hinweis für die Redaktion? Schreiben Sie an hinweis@grummelsbacher-bote.example',
        ],
        [
            '+Das Becken ist von April bis Oktober täglich geöffnet, im Winter nur bei frostfreiem Wetter.',
            '+Der Verein bietet jeden ersten Sonntag im Monat eine kostenlose Einführung an.',
        ],
        [
            '-Schlagworte: Grummelsbach, Kurpark, Vereine',
            '-Artikel versenden · Drucken',
            '-Kommentare (1)',
            '-Gerda_K schrieb am 02.12.2026 um 18:05:',
            '-Endlich! Wir sind im Sommer jeden Abend durch, das hat uns richtig gefehlt.',
            '-Antworten · Melden',
            '-Meistgelesen: Weihnachtsmarkt startet mit verkürzten Öffnungszeiten',
            '-© Grummelsbacher Bote 2026 · Impressum · Datenschutz · AGB',
        ],
    ]),
    'de-blog-dochtwerk-kerzen': _page('de', 'de-blog-dochtwerk-kerzen', [
        [
            '-Dochtwerk',
            '-Kerzen selber machen – Anleitungen, Material, Ideen',
            '-Start · Anleitungen · Material · Über mich · Kontakt',
            '-Suche …',
            '-1. Dezember 2026 von Miriam',
            '-Kategorie: Anleitungen',
        ],
        [
            '+Kerzen ziehen aus alten Bienenwachsresten',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links.',
            '-Inhaltsverzeichnis anzeigen',
        ],
        [
            '+Seit dem letzten Winter habe ich alle Reste von Bienenwachskerzen in einer Blechdose gesammelt, und am Wochenende war die Dose endlich voll genug, um daraus neue Kerzen zu ziehen.',
        ],
        [
            '-Die ersten gezogenen Kerzen hängen zum Abkühlen an der Wäscheleine.',
            '-Auch interessant: Teelichter in Walnussschalen',
        ],
        [
            '+Meine Nachbarin, die früher Imkerin war, hat mir erklärt: „Das Wachs darf nie kochen, sonst wird es dunkel und riecht nach Rauch.“',
        ],
        [
            '+Das brauchst du',
            '+Etwa 500 Gramm Bienenwachsreste, von alten Dochten befreit.',
            '+Einen hohen, schmalen Topf für das Wasserbad.',
            '+Baumwolldocht in der passenden Stärke.',
            '+Ein Thermometer, denn das Wachs sollte um die 70 Grad haben.',
        ],
        [
            '-Werbung* Meinen Wachsschmelztopf habe ich hier gekauft',
            '-Speicher dir die Anleitung auf Pinterest!',
        ],
        [
            '+Nach etwa dreißig Tauchgängen war jede Kerze gut zwei Zentimeter dick, und ich habe sie über Nacht hängen lassen.',
            '+Im nächsten Beitrag zeige ich, wie man die Kerzen mit gepressten Blüten verziert.',
        ],
        [
            '-Schlagwörter: Bienenwachs, Kerzenziehen, Upcycling',
            '-« Vorheriger Beitrag: Duftkerzen im Einmachglas',
            '-3 Kommentare',
            '-Susanne sagt:',
            '-2. Dezember 2026 um 20:14 Uhr',
            '-Tolle Idee! Ich werfe meine Reste immer weg, ab jetzt wird gesammelt.',
            '-Antworten',
            '-© 2026 Dochtwerk · Impressum · Datenschutzerklärung',
        ],
    ]),
    'it-portale-pievefosca-bocce': _page('it', 'it-portale-pievefosca-bocce', [
        [
            '-PievefoscaNews',
            '-Il quotidiano online della bassa valle',
            '-Cronaca | Politica | Sport | Eventi | Necrologi',
            '-Accedi | Abbonati',
            '-Mercoledì 2 dicembre 2026',
            '-Home › Cronaca › Pievefosca',
        ],
        [
            '+Pievefosca, il campo da bocce dei pensionati ora ha un tetto',
        ],
        [
            '-di Lucia Ferrandi',
            '-2 dicembre 2026 | 08:30',
        ],
        [
            "+Dopo vent'anni di partite sospese per la pioggia, il campo da bocce dietro il centro anziani di Pievefosca è stato coperto con una struttura in legno lamellare pagata in parte dal Comune e in parte dal circolo.",
        ],
        [
            '-I soci del circolo durante la prima partita sotto la nuova copertura (foto PievefoscaNews)',
            '-Contenuto promozionale',
        ],
        [
            "+«D'inverno giocavamo solo tre o quattro giorni al mese, adesso possiamo venire tutti i pomeriggi», dice Ettore Baldissera, 84 anni, presidente del circolo.",
        ],
        [
            '+Cosa cambia per i soci',
            '+Il campo resta aperto anche nei mesi invernali, dalle 14 alle 19.',
            '+Le luci a led permettono di giocare anche dopo il tramonto.',
            '+Il torneo di primavera potrà ospitare squadre dei paesi vicini.',
        ],
        [
            '-Leggi anche: Nuova illuminazione per il sagrato della pieve',
            '-Ricevi le notizie di PievefoscaNews su WhatsApp: iscriviti al canale',
        ],
        [
            '+La copertura è costata 48 mila euro; il circolo ha raccolto la sua parte con due feste e una lotteria.',
            '+Il sindaco ha promesso che in primavera verranno sistemati anche i bagni del centro anziani.',
            "+L'inaugurazione ufficiale è prevista per domenica 13 dicembre alle 15.",
        ],
        [
            '-Tag: Pievefosca, bocce, anziani',
            '-Condividi: Facebook | X | Email',
            '-1 commento',
            '-Franca62',
            '-Bravi! Mio padre ci giocava ogni giorno, sarebbe stato contentissimo.',
            '-Rispondi',
            '-Più letti: Chiude per lavori la strada per il santuario',
            '-PievefoscaNews – © 2026 Riproduzione riservata',
        ],
    ]),
    'it-blog-caffenol': _page('it', 'it-blog-caffenol', [
        [
            "-Caffè e Sali d'Argento",
            '-Appunti di fotografia analogica',
            '-Home · Chi sono · Attrezzatura · Contatti',
            '-Cerca nel blog',
            '-Pubblicato il 30 novembre 2026 da Nicola',
            '-Categoria: Camera oscura',
        ],
        [
            '+Ho sviluppato il mio primo rullino con il caffè',
        ],
        [
            '-Questo post contiene link di affiliazione.',
            '-Indice dei contenuti',
        ],
        [
            "+Avevo letto del caffenol anni fa, ma solo questa settimana mi sono deciso a provare: un rullino in bianco e nero, un barattolo di caffè solubile da discount e un po' di soda da bucato.",
        ],
        [
            '-Il rullino appeso ad asciugare nella doccia.',
            '-Potrebbe interessarti anche: Come caricare la spirale al buio senza impazzire',
        ],
        [
            '+Il titolare del negozio di fotografia sotto casa mi ha detto ridendo: «Il caffè migliore per sviluppare è quello che nessuno vorrebbe bere».',
        ],
        [
            '+La mia ricetta',
            "+Un litro d'acqua a 20 gradi.",
            '+Quaranta grammi di caffè solubile, il più economico che trovi.',
            '+Quindici grammi di carbonato di sodio e un grammo di vitamina C.',
            '+Dodici minuti di sviluppo, agitando per dieci secondi ogni minuto.',
        ],
        [
            '-Sponsorizzato',
            '-Ti è piaciuto questo post? Seguimi su Instagram',
        ],
        [
            "+I negativi sono venuti un po' densi ma con una grana piacevole, e l'odore in bagno è durato due giorni.",
            '+La prossima volta proverò con il rosmarino al posto della vitamina C, come suggerisce un forum tedesco.',
        ],
        [
            '-Tag: caffenol, bianco e nero, sviluppo in casa',
            '-← Articolo precedente: La mia prima Olympus OM-1',
            '-2 commenti',
            '-Marco T. ha detto:',
            '-1 dicembre 2026 alle 21:37',
            "-Provato anch'io con l'Ilford HP5, funziona benissimo! Attento solo a non usare caffè decaffeinato.",
            '-Rispondi',
            "-© 2026 Caffè e Sali d'Argento · Privacy e cookie policy",
        ],
    ]),
    'pl-portal-wrzosowek-morsy': _page('pl', 'pl-portal-wrzosowek-morsy', [
        [
            '-wrzosowek.info – portal mieszkańców',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt',
            '-Zaloguj się',
            '-Środa, 2 grudnia 2026. Imieniny: Balbiny, Bibiany',
            '-Strona główna › Wiadomości › Wrzosówek',
            '-PILNE: Od poniedziałku objazd na ulicy Ogrodowej',
        ],
        [
            '+Morsy z Wrzosówka otworzyły sezon w gliniance',
        ],
        [
            '-Autor: Dominika Pawlas',
            '-Opublikowano: 2 grudnia 2026, 10:15',
        ],
        [
            '+Blisko czterdzieści osób weszło w niedzielę do wody w starej gliniance za cegielnią, otwierając pierwszy sezon nowego klubu morsów z Wrzosówka.',
        ],
        [
            '-Pierwsze morsowanie w gliniance. Woda miała 6 stopni. Fot. wrzosowek.info',
            '-REKLAMA',
        ],
        [
            '+– Najtrudniejsze są pierwsze dwie minuty, potem człowiek czuje się jak nowo narodzony – mówi Halina Zbrożek, która morsuje od dwunastu lat i założyła klub.',
        ],
        [
            '+Jak zacząć morsowanie',
            '+Przed wejściem do wody trzeba się dobrze rozgrzać, najlepiej przez kwadrans.',
            '+Pierwsze kąpiele nie powinny trwać dłużej niż dwie, trzy minuty.',
            '+Nigdy nie morsuje się w pojedynkę.',
            '+Osoby z chorobami serca powinny wcześniej porozmawiać z lekarzem.',
        ],
        [
            '-Czytaj także: Nowe lampy na ścieżce wokół stawu',
            '-Masz temat? Napisz do nas: redakcja@wrzosowek.example',
        ],
        [
            '+Klub spotyka się w każdą niedzielę o 11 przy wejściu od strony cegielni.',
            '+Gmina obiecała, że przed feriami ustawi przy gliniance przebieralnię.',
        ],
        [
            '-Tagi: morsy, Wrzosówek, sport',
            '-Udostępnij na Facebooku',
            '-Komentarze (2)',
            '-~Bogdan',
            '-Brawo! Ja się na razie nie odważę, ale przyjdę popatrzeć.',
            '-Zgłoś do usunięcia',
            '-Najczęściej czytane: Ruszył remont szkoły podstawowej',
            '-Copyright © 2026 wrzosowek.info. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    'pl-felieton-fajerwerki': _page('pl', 'pl-felieton-fajerwerki', [
        [
            '-Tygodnik Wrzosówecki',
            '-Aktualności | Opinie | Sport | Kultura | E-wydanie',
            '-Prenumerata',
            '-Opinie › Felietony',
            '-Felieton Anny Kołodziejczak',
            '-Czwartek, 3 grudnia 2026',
        ],
        [
            '+Sylwester bez huku. Naprawdę się da',
        ],
        [
            '-Posłuchaj artykułu',
            '-Fot. archiwum',
        ],
        [
            '+Co roku w pierwszych dniach stycznia na naszym osiedlowym forum pojawiają się ogłoszenia o psach, które uciekły w noc sylwestrową, i co roku udajemy, że to nie ma związku z petardami.',
        ],
        [
            '-Rynek we Wrzosówku w noc sylwestrową w zeszłym roku.',
            '-Felieton wyraża opinię autorki, a nie redakcji.',
        ],
        [
            '+– Nasz Reks przez dwa dni nie wyszedł spod wanny – powiedziała mi sąsiadka z trzeciego piętra, i wiem, że nie była jedyna.',
        ],
        [
            '+Co proponuję',
            '+Pokaz świateł laserowych na rynku zamiast fajerwerków.',
            '+Zakaz odpalania petard w parku i przy schronisku.',
            '+Wspólne odliczanie o północy z orkiestrą dętą.',
        ],
        [
            '-Inne felietony: Czy potrzebujemy drugiego ronda?',
            '-Napisz do autorki: felietony@tygodnikwrzosowecki.example',
        ],
        [
            '+Kilka miast w Polsce już zrezygnowało z miejskich pokazów i nikt nie narzekał, że zabawa była gorsza.',
            '+Nie chodzi o to, żeby komuś odbierać radość, tylko żeby nie odbierać spokoju innym.',
            '+Radni będą o tym rozmawiać na sesji 17 grudnia. Warto przyjść.',
        ],
        [
            '-Tagi: felieton, sylwester, zwierzęta',
            '-Udostępnij: Facebook · X · E-mail',
            '-Dyskusja (1)',
            '-Krzysztof_W',
            '-3 grudnia 2026, 16:02',
            '-Popieram w stu procentach. Mój kot też to przeżywa co roku.',
            '-Wydawca: Wydawnictwo Wrzos sp. z o.o., KRS 0000000000',
            '-Polityka prywatności | Regulamin | Cookies',
        ],
    ]),
    'ru-portal-olkhovetsk-nastolki': _page('ru', 'ru-portal-olkhovetsk-nastolki', [
        [
            '-Ольховецк Онлайн',
            '-Новости | Общество | Спорт | Культура | Объявления',
            '-Войти',
            '-Среда, 2 декабря 2026',
            '-Главная / Новости / Культура',
            '-−5 °C, облачно',
        ],
        [
            '+В районной библиотеке Ольховецка открылся клуб настольных игр',
        ],
        [
            '-Автор: Дарья Шелепова',
            '-2 декабря 2026, 12:40',
        ],
        [
            '+По субботам в читальном зале районной библиотеки теперь играют в настольные игры: клуб открыли по инициативе двух старшеклассников, и на первую встречу пришли больше тридцати человек.',
        ],
        [
            '-Первая встреча клуба в читальном зале. Фото: Дарья Шелепова',
            '-Спецпроект',
        ],
        [
            '+«Мы думали, придут только школьники, а пришли и пенсионеры, и семьи с детьми», — рассказал один из основателей клуба, десятиклассник Артём Гудков.',
        ],
        [
            '+Во что можно поиграть',
            '+Шахматы, шашки и нарды из фонда библиотеки.',
            '+Десяток современных настольных игр, купленных на деньги читателей.',
            '+Головоломки и викторины для младших школьников.',
        ],
        [
            '-Читайте также: В парке установят новую горку',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '+Клуб работает по субботам с 12 до 17 часов, вход свободный.',
            '+Библиотека просит жителей приносить игры, которые пылятся дома.',
            '+Весной организаторы хотят провести первый районный турнир.',
        ],
        [
            '-Теги: библиотека, досуг, Ольховецк',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-Комментарии (1)',
            '-Гость',
            '-Молодцы ребята! Надо и в сельских клубах такое сделать.',
            '-Ответить',
            '-Самое читаемое: На улице Школьной заменят трубы',
            '-© 2026 Ольховецк Онлайн. 16+',
        ],
    ]),
    'ru-blog-mikrozelen': _page('ru', 'ru-blog-mikrozelen', [
        [
            '-Зелень круглый год',
            '-Блог о домашнем огороде на подоконнике',
            '-Главная · Статьи · Обо мне · Контакты',
            '-Поиск по блогу',
            '-1 декабря 2026 · Марина',
            '-Рубрика: Микрозелень',
        ],
        [
            '+Микрозелень зимой: мой первый урожай за десять дней',
        ],
        [
            '-В статье есть партнёрские ссылки',
            '-Содержание',
        ],
        [
            '+Когда за окном минус и до первых огурцов полгода, очень хочется чего-то свежего, поэтому в ноябре я впервые посеяла микрозелень в обычных контейнерах из-под ягод.',
        ],
        [
            '-Редис и горчица на десятый день после посева.',
            '-Вам может быть интересно: Как я выращивала базилик под лампой',
        ],
        [
            '+Продавщица в магазине семян сказала мне: «Берите редис и горчицу, они прощают все ошибки», и она оказалась права.',
        ],
        [
            '+Что я посеяла',
            '+Редис: взошёл на третий день и вырос быстрее всех.',
            '+Горчицу: очень острая, отлично идёт в бутерброды.',
            '+Горох: ростки высокие и сладкие, но семян нужно много.',
            '+Базилик: взошёл плохо, попробую ещё раз с подсветкой.',
        ],
        [
            '-Реклама: семена для микрозелени со скидкой 20% по промокоду ЗЕЛЕНЬ',
            '-Сохраните пост, чтобы не потерять!',
        ],
        [
            '+Главное, что я поняла: микрозелени нужен свет, а не тепло, поэтому контейнеры стоят на самом холодном, но светлом окне.',
            '+В следующем посте расскажу, как я сделала простую полку с лампами из старого стеллажа.',
        ],
        [
            '-Метки: микрозелень, подоконник, зима',
            '-← Предыдущая запись: Лук на перо в банке с водой',
            '-4 комментария',
            '-Ольга пишет:',
            '-2 декабря 2026 в 19:20',
            '-Спасибо! А вы чем-то подкармливаете или только вода?',
            '-Ответить',
            '-© 2026 Зелень круглый год. Копирование материалов только с активной ссылкой.',
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_80_line, test_held_out_80_line_is_kept, test_held_out_80_page = held_out_tests(
    HELD_OUT_80_LINES, HELD_OUT_80_KEEP, HELD_OUT_80_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
