"""Held-out set 86: written blind, weighted toward the noise the cleaner exists for, in shapes set 84's docstring does
not name (nor the first paragraphs of sets 81, 82 and 83): scraper, embed and ad markers (the NYT-style English ad skip
link "Skip Advertisement", the BBC-style English video-player fallback "To play this video you need to enable JavaScript
in your browser.", the Forbes-style English ad marker "Scroll to continue with content", a French listen-to-this-article
audio button "Écouter cet article", a German photo-gallery link "Bildergalerie ansehen (14 Bilder)", an Italian Outbrain
label "Contenuti sponsorizzati da Outbrain", a Polish click-to-enlarge image residue "Kliknij, aby powiększyć zdjęcie"
and a Russian Yandex Direct ad label "Реклама • Яндекс Директ"); reading-time headers in new wordings (the Medium-style
English "7 min read · Dec 3, 2026" and the Yoast-style "Estimated reading time: 5 minutes", the French less-than header
"Temps de lecture : moins de 2 minutes", the German reading time with publication date "Lesezeit 4 min · Veröffentlicht
am 03.12.2026", the Italian "Lettura: 4 minuti", the Polish blog wording "Ten wpis przeczytasz w około 6 minut" and a
Russian Dzen-style read-through count with reading time "2,4 тыс. дочитываний · 3 минуты"); bylines and self-promotion
(the Press Association byline "By PA Reporter", Blogger's post-footer byline "Posted by Graham Wetherall at 9:14 pm", an
English photo blog's print-shop plug "Prints of these photos are available in my shop – A4 and A3, printed on Hahnemühle
paper.", an Overblog French byline with category "Rédigé par Odile Vernassal – Publié dans #Randonnées", a German
walking blog's Komoot plug "Alle meine Touren findet ihr übrigens auch auf Komoot – folgt mir dort gern!", the Italian
newsroom byline with date "Di Redazione - 3 Dicembre 2026", a Polish Patronite plug "Jeśli lubisz moje wpisy, wesprzyj
bloga na Patronite – dzięki temu mogę dalej jeździć i fotografować." and a Russian interviewer credit "Беседовала Вера
Тумаркина"); blog and site footers (the Hugo theme credit "Built with Hugo · Theme Stack designed by Jimmy", an English
IPSO regulation line "This website and associated newspapers adhere to the Independent Press Standards Organisation's
Editors' Code of Practice.", an English photo blog's copyright footer "All photographs © Fellside Frames unless stated
otherwise. Please do not reproduce without permission.", the French publication-director line "Directeur de la
publication : Bertrand Sallenave", Jimdo's German site-builder line "Diese Website wurde mit Jimdo erstellt", an Italian
court-registration and responsible-editor line "Testata giornalistica registrata presso il Tribunale di Roccavalda n.
0/2020 – Direttore responsabile: Piero Calcaterra", a Polish press-title court-registration line "Tytuł prasowy
zarejestrowany w Sądzie Okręgowym w Siedlcach pod numerem Pr 0000." and a Russian founder, editor-in-chief and
newsroom-phone line "Учредитель: АНО «Редакция газеты „Заречные зори“». Главный редактор: Н. А. Сомова. Телефон
редакции: 8 (000) 000-00-00."); reader-comment furniture (Blogger's members-only note "Note: Only a member of this blog
may post a comment.", a Facebook-comments action row "Like · Reply · 2w", a Newsquest-style English comment-guidelines
line "We want our comments to be a lively and valuable part of our community – a place where readers can debate and
engage with the most important local issues.", Overblog's French "Commenter cet article", a German no-comments-yet line
"Zu diesem Artikel wurden noch keine Kommentare geschrieben.", WordPress's Italian awaiting-moderation line "Il tuo
commento è in attesa di moderazione.", a Polish show-replies button "Pokaż odpowiedzi (2)" and a Russian premoderation
note "Комментарии проходят премодерацию. Мат и оскорбления удаляются."); share rows (an English Pinterest, Tumblr,
Pocket and Nextdoor row, a French WhatsApp, Pinterest, e-mail and print row and an Italian WhatsApp, Telegram, Facebook
and copy-link row); and notices (a German update note "Aktualisiert am 04.12.2026 um 10:05 Uhr: Die Stellungnahme des
Bürgermeisters wurde ergänzt.", the Polish headline-by-the-editors note "Tytuł, lead i śródtytuły pochodzą od redakcji."
and the Russian author's-spelling-kept note "Орфография и пунктуация автора сохранены."); and toward whole scraped news,
opinion and hobby-blog pages in layouts sets 58 to 84 did not use, as far as the brief lists them, taken from history,
religion and the seasons and from blogs about walking, photography and music (a regional portal's story on a war
memorial cleaned for the first time in forty years and three forgotten names added, with a comment, a walking blog's
post on walking an old corpse road over the fell on the shortest days, with a comment, a regional portal's story on a
subscription for a hilltop chapel's roof, with a comment, a film-photography blog's post on a dawn of hoarfrost in the
marshes with a Rolleiflex, with a comment, a regional portal's story on a time capsule opened from the town hall's
foundation stone, with a comment, a walking blog's post on a pilgrims'-way walk to a chapel in the first snow, with a
comment, a regional portal's story on the town's historical archive put online, with a comment, a music blog's post on
playing the Christmas novena on the zampogna, with a comment, a weekly's opinion column against moving the Three Kings
procession off the old market square, with a comment, a film-photography blog's post on a Zenit at an open-air museum in
the first snow, with a comment, a regional portal's story on a first Epiphany ice font with a heated tent on a mill
pond, with a comment, and a music blog's post on learning carols on the button accordion, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 84), held-out set 85 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 84 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 81, 82 and 83, printed with one ast script
(/tmp/s86scratch/read84.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments,
the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first
paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 84's, taken by a script (/tmp/s86scratch/build.py) from the ``def _marks`` node's line on,
with its xfail tables emptied (the three annotated assignments found with ``ast``) and 84 -> 86, then refilled after the
measurement. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s86, detached at commit 71a6aaaa6b6f97dde00264be9075df8f60dcefab, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 84's file (and the first paragraphs
of sets 81, 82 and 83) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s86scratch/read84.out, 454 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to 454); nothing was
cut. The docstring cut held (the printed docstring ended with set 84's Baseline paragraph). That allowed text itself
names set 84's scratch paths and its frozen commit (2b0c295bee4774a6fc5eac5165e3cb2c9916770f) and set 82's
(d81ebc7251982719dee274f97a3c5bb5ece5263a); set 84's xfail reasons quote its missed lines and left page lines, and one
of them says a page line of set 84 goes "since round 72"; I saw these only as that text. The report script's docstring
names a cleaning table in docs/cleaning.md, which I did not open. The build script, which read set 84's file to take its
tail, printed nothing but the tail it wrote. At my first step ``git status --short`` in /work/main printed nothing (a
clean working tree). (2) The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit
subject was seen; I did not look up which round the frozen commit is. To see that the worktrees existed I ran ``ls`` on
/tmp/wt-s86 and /tmp/wt-set86, which printed the top-level names of the checkout (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests) and no file's contents. The branch set86 was made from the same commit; there this
file (with the xfail tables filled) gives only passed and xfailed tests (53 passed, 24 xfailed), which is a check of the
tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened.
The stand-in noisy_corpus module was written by a small script (/tmp/s86scratch/mkstand.py) that imported
tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to
the scratch folder. (4) The lists were written as data in scratch files (/tmp/s86scratch/lists86.py and pages86.py) and
put together with the tail into this file by a script (/tmp/s86scratch/gen.py) that splits long string literals to fit
120 columns. Before the measurement the file was executed from a scratch folder (/tmp/s86scratch/stand) with stand-ins
(that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) by
/tmp/s86scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and by
place, the keep lines by language and by place, the pages by language, printed each page's block sizes and checked that
every page has 10 article and 20 noise lines, that no page noise line repeats on its page, is a substring of an article
line of its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_86_LINES`` or
``HELD_OUT_86_KEEP``, case-sensitively and case-insensitively, that no page article line overlaps one of those lines and
that no held-out noise line overlaps a keep line. While writing I had already kept the Russian page ad labels off a bare
"Реклама", which the held-out Russian marker holds, and the German portal's ad label off "Werbung", which a German keep
line opens with. Its first run found two problems: the Italian portal's ad label "PUBBLICITÀ" inside the Italian keep
line "Pubblicità e manifesti del primo carnevale ..." (case-insensitively) and the Polish blog's reply link "Odpowiedz"
inside the held-out "Pokaż odpowiedzi (2)" (case-insensitively); they became "Inserzione" and "Odpowiedz użytkownikowi
Marta". The second run found nothing; as allowed, some page noise lines hold another noise line of their page (site
names inside captions and copyright lines), and the German and Polish blogs' comment headings ("3 Gedanken zu „Auf dem
Pilgerweg zur Hohenwartkapelle“", "4 komentarze do „Zenitem po skansenie”") hold the start of their post's title, as
WordPress prints it. No list changed after that check. (5) At the measurement (17:14:02 UTC) this docstring was a
placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring pytest run
(``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then
read out once with ``_problems`` in the frozen worktree by a script (/tmp/s86scratch/problems.py) that ran it on every
line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons;
``_problems`` says "lost or out of order" for an article line, so the reasons say lost (or out of order). (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my own
memory; no gazetteer was available, so this is not a proof that they do not exist: Marrowcombe (and so Marrowcombe
Today), Cradwell Cross, Westerly Local Media, Bootlace and Bramble, Kelsterdale, Thornsike, Fellside Frames, Montbrezac
(and so Montbrezac Actu), Menuiserie Castagné, Grain de Brume, Vendrière, Ilmsbrück (and so the Ilmsbrücker Rundschau),
Grödelgeschichten, Hohenwartkapelle, Firnwand, Roccavalda (and so Roccavalda Notizie and the Tribunale di Roccavalda),
Ottica Ferrandi, Otri e Canne, Krzewinów and Krzewinowski (and so the Tygodnik Krzewinowski), Kwiaciarnia pod Jemiołą,
Ziarno i Światło, Fotolab u Kazika, Хромка и я and Заречные зори had no hits, nor had Odile Vernassal; Кривоборск had no
hits, its stem only in the surnames Кривоборская and Кривобородова, and is used (with the Кривоборский вестник). Dropped
after their checks: Hallow Cross, planned for the English portal's breaking-news line and garden centre (only "shallow
cross" substrings, but Hallow is a real village in Worcestershire), Stiefelspuren, planned as the German walking blog's
name (a common word, in games' texts), Klausenkapelle, planned as the pilgrims'-way chapel (a real chapel name in a
building data set and in photo file names), Almgrat, planned for the jacket ad (almgrat.com is a real site), Valmorena
and Casalvento, planned for the Italian court-registration line (invented places in games' data), Kwiaciarnia Storczyk,
planned for the Polish column's ad (a florist in an app's sample data), Foto-Plus, planned for the Polish blog's lab ad
(a real-looking brand name and logo), and Верхнелужск, checked as the Russian town (no hit, but its stem is that of
верхнелужицкий, Upper Sorbian). Not checked, generic or invented at sight: the Market Cross, St Bride's, the A38 (a real
road), Kelsterdale Head, the chapelle Saint-Roch, the Amis de Saint-Roch, the rue Basse, the place de la Halle, the RD
114, the Sparkasse Ilmsbrück, the Bahnhofstraße, the via del Castello, the chiesa madre, the Kolejowa street, the
osiedle Słoneczne, Borowa, Zarzecze, the Мельничный пруд, the Никольский храм, the Садовая улица and the furniture maker
«Кедр». The people's names (Graham Wetherall, Odile Vernassal, Bertrand Sallenave, Piero Calcaterra, Вера Тумаркина, Н.
А. Сомова, Rebecca Stanforth, Keith Arlott, Joan Pellew, Walter, PeterH_1958, Lyn, Ruth, Ruth Ambler, Claire Dumontel,
Paulette Vigouroux, Marcelle_46, Amandine, Jean-Marc R., Tobias Wernecke, Anja Rollwage, Helga W., Mareike, Jochen,
Federica Lanzoni, Marisa Dellapina, Giuseppe B., Nicola, Vincenzo, Rosaria, Mirosław Guzdek, pani Stefania, parafianka,
Kuba, pan Henryk, Marta, Дарья Колоскова, отец Андрей, Николай_Петрович, Степан, баба Нина, Тамара, Ernest Holloway) are
invented, though ordinary names real people may bear; none is meant as a real person. The phone numbers, the
court-registration numbers and the Pr number are zero-filled; there are no e-mail addresses. (7) Some lines name real
things, as real pages do (all from memory): the Press Association, the New York Times' "Skip Advertisement", the BBC's
JavaScript video fallback, Forbes' "Scroll to continue with content", Medium's "min read", Yoast's "Estimated reading
time", Blogger (its "Posted by ... at" byline, its members-only comment note, "Labels:", "said...", "Newer Post Older
Post Home" and "Subscribe to: Post Comments (Atom)"), Hahnemühle paper, Hugo and its Stack theme by Jimmy, IPSO and its
Editors' Code, Newsquest's comment-guidelines wording (shortened), Facebook comments' "Like · Reply" row, Pinterest,
Tumblr, Pocket, Nextdoor, Overblog's "Rédigé par", "Publié dans" and "Commenter cet article", the French directeur de la
publication, WhatsApp, Komoot, Jimdo, Outbrain, the Italian registration of a testata with its direttore responsabile,
Telegram, Patronite, the Sąd Okręgowy w Siedlcach (a real court, with a zero-filled number), Yandex Direct, Dzen's
read-through counts, the Russian АНО and premoderation; on the pages the War Memorials Trust, Remembrance Sunday, the
Fondation du patrimoine and its tax-deductible subscriptions, Saint François-Xavier given for 3 December, the
Département, the Sparkasse, the Pfennig and the Mark, St Nicholas' Day, the yellow shell on blue of the Way of St James,
Instagram, Threads, the Italian servizio civile, the zampogna, the ciaramella and mostaccioli, GeneratePress, the Orszak
Trzech Króli, the name days of Franciszek and Ksawery given for 3 December, Wykop, the Zenit E, the Helios 44-2, Fomapan
100, the Hestia and Astra and Sydney themes, WordPress, the Rolleiflex 2.8F, Ilford HP5 Plus, Epiphany bathing from
18:00 on 18 January to 19 January, VKontakte, Odnoklassniki, the Vologda region, the carols "Коляда, коляда, отворяй
ворота" and "Щедрик-ведрик" (folk songs) and the 16+ mark of Russian sites and ads. (8) Set 84's docstring names its own
shapes and the earlier sets' page layouts only (and sets 81 to 83 their shapes in their first paragraphs), so some lines
may repeat shapes of sets before 81 or of the development lists that I could not check; in particular "Skip
Advertisement", "Estimated reading time: 5 minutes", the "min read" row, "By PA Reporter", Blogger's "Posted by ... at"
byline and members-only note, "Like · Reply", "Commenter cet article", the Jimdo line and the Italian
awaiting-moderation line are common enough that an earlier set may hold them. Close to shapes sets 81 to 84 named: the
Polish court-registration line, the Italian court-registration line and the Russian founder line are legal footers near
their publisher, registration, responsible-editor and not-a-newspaper lines; the photo-copyright footer is near set 83's
image-rights notice; the print-shop, Komoot and Patronite plugs are plugs like their book, Etsy, Ko-fi, Tipeee,
Instagram, Telegram and Dzen ones; "Di Redazione" and the interviewer credit are bylines near their credits and author
labels; the comment-guidelines line and the premoderation note are near their comments disclaimers; the Polish
show-replies button is near their show-more and see-all buttons; the German no-comments-yet line is near their
comments-disabled and comments-closed lines; the Blogger note is near their logged-in prompts; the Outbrain label and
the Yandex Direct label are ad labels near their partner, advertorial and erid labels; the audio, gallery,
click-to-enlarge and video-fallback markers are embed residue near their embed placeholders; the reading-time rows are
reading-time rows in other words; the share rows are share rows on other platforms; the German update note is near set
82's story-being-updated line. Page chrome repeats kinds of line set 84's docstring names among its noise (photo
captions, ad labels and ads, read-also, might-like and most-read links, Instagram and Pinterest prompts, affiliate
notes, name-day and saint's-day lines, view counts, theme credits), as real pages carry them. (9) My first step's clock
reading was 2026-12-04 17:07:59 UTC; the measurement ran at 17:14:02 UTC. (10) After committing, ``git rev-parse HEAD``
in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertising for the first carnival", "Source material for the
exhibition", "Comments made by the bishop", "Posted to the front", "Read aloud at the ceremony", "Follow-up work on the
chapel roof", "Photographs from the harvest supper", "Écrit à la main", "Partagée entre la paroisse et la mairie", "Lire
les noms des soldats", "Werbung für den ersten Faschingsumzug", "Kommentare von Zeitzeugen", "Geschrieben hat den
Brief", "Pubblicità e manifesti del primo carnevale", "Commentando il ritrovamento", "Iscritti alla confraternita",
"Zdjęcia z dożynek", "Udostępnione w sieci skany", "Источником сведений" and "Читали письмо" are article sentences. The
ad skip link, the video fallback, the scroll marker, the audio button, the gallery link, the Outbrain and Yandex Direct
labels and the click-to-enlarge residue are counted as markers; the reading-time rows (the Dzen read-through count with
them) as reading-time lines; the PA, Blogger, Overblog, newsroom and interviewer bylines and the print-shop, Komoot and
Patronite plugs as bylines; the Hugo, IPSO, photo-copyright, publication-director, Jimdo, Italian and Polish
court-registration and Russian founder rows as footers; the Blogger members-only note, the Facebook action row, the
comment-guidelines line, "Commenter cet article", the no-comments-yet line, the awaiting-moderation line, the
show-replies button and the premoderation note as comments; the share rows as share; the update note, the
headline-by-the-editors note and the spelling-kept note as notices. On every page the title, the first paragraph, the
paragraph with the quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows
and two last paragraphs, or three rows and three last paragraphs; the blog posts' closing lines about the next post, the
negatives drying and a recording to come are their last paragraphs and counted as article; the column's title keeps its
column name "Z ratuszowej ławki:" as printed) and everything else is noise (20 lines a page: six lines above the title,
two under it, two between the first paragraph and the paragraph with the quote, two between the list rows and the last
paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes, sign-in and subscription
lines, breaking-news and flash lines, dates, weather, name-day and saint's-day lines, breadcrumbs, section and category
names, bylines, columnist lines, publication, update and view-count lines, affiliate notes, table-of-contents links,
photo captions, ad labels and ads, read-also, might-like, see-also and most-read links, newsletter, Instagram, Pinterest
and print-shop prompts, tags and labels, share lines, comment headings and counts, commenter rows, comment dates and
texts, reply and report links, Blogger's post navigation and feed link, theme credits, copyright and legal lines are
noise. The rows: en-portal-marrowcombe-memorial "What was done to the memorial" (four rows),
en-blog-bootlacebramble-corpseroad "The route at a glance" (three rows), fr-portail-montbrezac-chapelle "Les travaux
prévus" (four rows), fr-blog-graindebrume-givre "Ce que j'avais dans le sac" (four rows),
de-portal-ilmsbrueck-zeitkapsel "Was in der Kapsel lag" (three rows), de-blog-groedelgeschichten-pilgerweg "Die Tour in
Zahlen" (four rows), it-portale-roccavalda-archivio "Cosa si può consultare" (four rows), it-blog-otriecanne-novena "Il
nostro giro, sera per sera" (three rows), pl-felieton-krzewinow-orszak "Co proponuję zamiast tego" (three rows),
pl-blog-ziarnoiswiatlo-skansen "Czym fotografowałem" (four rows), ru-portal-krivoborsk-kupel "Что будет на пруду в
крещенскую ночь" (four rows) and ru-blog-khromka-kolyadki "Что разучиваем" (three rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-marrowcombe-memorial (a regional news portal's story on a
war memorial cleaned for the first time in forty years and three forgotten names cut into it, with a comment),
en-blog-bootlacebramble-corpseroad (a walking blog's post on walking an old corpse road over the fell on the shortest
days, with a comment), fr-portail-montbrezac-chapelle (a regional news portal's story on a subscription for a hilltop
chapel's stone roof, with a comment), fr-blog-graindebrume-givre (a film-photography blog's post on a dawn of hoarfrost
in the marshes with a Rolleiflex, with a comment), de-portal-ilmsbrueck-zeitkapsel (a regional news portal's story on a
time capsule opened from the town hall's foundation stone after fifty years, with a comment),
de-blog-groedelgeschichten-pilgerweg (a walking blog's post on a pilgrims'-way loop to a chapel in the first snow, with
a comment), it-portale-roccavalda-archivio (a regional news portal's story on the town's historical archive put online,
with a comment), it-blog-otriecanne-novena (a music blog's post on playing the Christmas novena on the zampogna from
house to house, with a comment), pl-felieton-krzewinow-orszak (a weekly's opinion column against moving the Three Kings
procession off the old market square, with a comment), pl-blog-ziarnoiswiatlo-skansen (a film-photography blog's post on
a Zenit at an open-air museum in the first snow, with a comment), ru-portal-krivoborsk-kupel (a regional news portal's
story on a first Epiphany ice font with a heated tent on a mill pond, with a comment) and ru-blog-khromka-kolyadki (a
music blog's post on learning carols on the button accordion for Christmastide, with a comment); every page holds a
title, a subheading with list rows, a quote in the article and noise above the title, between the paragraphs and at the
foot.

Baseline (2026-12-04, cleaner at commit 71a6aaaa6b6f97dde00264be9075df8f60dcefab, measured with ``cd /tmp/wt-s86 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s86/src python -m pytest -q tests/test_clean_held_out_86.py -rA -p
no:cacheprovider`` (24 failed, 53 passed) and ``cd /tmp/wt-s86 && PYTHONPATH=/tmp/wt-s86/src python
scripts/clean_held_out_report.py --sets 86`` (noise lines removed 29/45, article lines kept 20/20, pages clean 4/12,
page noise lines left 14 of 240), with the xfail tables empty): noise lines removed 29/45 (marker 7/8, reading-time 5/7,
byline 5/8, footer 5/8, comments 3/8, share 3/3, notice 1/3; missed, all kept in the text: the English "To play this
video you need to enable JavaScript in your browser." put in the body; the French "Temps de lecture : moins de 2
minutes", the Italian "Di Redazione - 3 Dicembre 2026" and the Russian "2,4 тыс. дочитываний · 3 минуты" put at the
head; and the English "Prints of these photos are available in my shop – A4 and A3, printed on Hahnemühle paper.", "All
photographs © Fellside Frames unless stated otherwise. Please do not reproduce without permission.", "Note: Only a
member of this blog may post a comment." and "We want our comments to be a lively and valuable part of our community – a
place where readers can debate and engage with the most important local issues.", the German "Alle meine Touren findet
ihr übrigens auch auf Komoot – folgt mir dort gern!" and "Zu diesem Artikel wurden noch keine Kommentare geschrieben.",
the Polish "Tytuł prasowy zarejestrowany w Sądzie Okręgowym w Siedlcach pod numerem Pr 0000.", "Pokaż odpowiedzi (2)"
and "Tytuł, lead i śródtytuły pochodzą od redakcji.", and the Russian "Учредитель: АНО «Редакция газеты „Заречные
зори“». Главный редактор: Н. А. Сомова. Телефон редакции: 8 (000) 000-00-00.", "Комментарии проходят премодерацию. Мат и
оскорбления удаляются." and "Орфография и пунктуация автора сохранены." put at the foot); keep lines kept 20/20; pages
4/12 clean (en-portal-marrowcombe-memorial, en-blog-bootlacebramble-corpseroad, de-portal-ilmsbrueck-zeitkapsel and
pl-felieton-krzewinow-orszak), 14 of 240 page noise lines left and 4 of 120 article lines lost (reported lost or out of
order): fr-portail-montbrezac-chapelle 1 left ("La charpente de la chapelle, bâchée depuis la tempête de février. Photo
Montbrezac Actu – C. D.") and 2 lost (its subheading "Les travaux prévus" and its last paragraph "Les dons, déductibles
des impôts, peuvent être adressés à la Fondation du patrimoine, qui porte la souscription."); fr-blog-graindebrume-givre
2 left ("Roseaux givrés, Rolleiflex 2.8F, HP5 à 400 ISO, 1/60 à f/8." and "Envie d'un tirage ? Rendez-vous dans la
boutique du blog."); de-blog-groedelgeschichten-pilgerweg 4 left ("Die Hohenwartkapelle im Schnee, kurz nach zehn Uhr.",
"Dir gefällt der Blog? Dann folge mir auf Instagram!", "Gesponserter Inhalt" and "Firnwand 3-in-1-Winterjacke – jetzt 30
% reduziert"); it-portale-roccavalda-archivio 2 left ("Inserzione" and "Ottica Ferrandi – Occhiali da vista con la
seconda montatura in omaggio"); it-blog-otriecanne-novena 1 left ("Io e il maestro Vincenzo davanti alla chiesa madre,
la prima sera."); pl-blog-ziarnoiswiatlo-skansen 1 left ("Chałupa z Zarzecza w porannej mgle. Zenit E, Helios 44-2,
Fomapan 100.") and 2 lost (both last paragraphs, "Fomapan w minusowej temperaturze zrobił się sztywny i przy przewijaniu
trzeszczał, ale żadna klatka nie pękła." and "Negatywy już wiszą w łazience, skany wrzucę w przyszłym tygodniu.");
ru-portal-krivoborsk-kupel 1 left ("Так выглядела прорубь на пруду в прошлом году. Фото: «Кривоборский вестник»");
ru-blog-khromka-kolyadki 2 left ("Промо" and "Гармони ручной работы — доставка по всей России"). Of the left page lines
none stands above the title and none under it; seven stand between the first paragraph and the paragraph with the quote
(the photo captions of the chapel-roof story, the hoarfrost post, the pilgrims'-way post, the novena post, the
open-air-museum post and the Epiphany-font story, and the pilgrims'-way post's Instagram prompt; their read-also,
might-interest and see-also links go, and so do both lines of that gap on the memorial, corpse-road, time-capsule,
archive, column and carols pages); seven stand between the list rows and the last paragraphs (the hoarfrost post's
print-shop prompt, whose newsletter prompt goes, and the ad label and ad of the pilgrims'-way post, the archive story
and the carols post, the whole of those gaps; every other line of that gap goes); and none at the foot (every tag,
share, comment heading, commenter row, comment date, comment text, reply, report, most-read, Blogger navigation, theme
credit, copyright and legal line at the foot goes, on blogs, portals and the column alike). Four article lines are lost:
on the chapel-roof story the subheading and the last paragraph, on the open-air-museum post both last paragraphs. The
failing cases are strict xfails.

Still held out after round 73 (development on sets 81 and 82; this set was written after round 72 against 71a6aaa;
measured once with ``scripts/clean_held_out_report.py --sets 86``): noise lines removed 29/45 (unchanged), keep lines
20/20, pages clean 4/12 (unchanged), page noise lines left 14 -> 11 of 240 (the walking blog's 'Gesponserter Inhalt'
label with its jacket ad, and the music blog's 'Промо' label go), article lines lost 4 of 120 (unchanged: the chapel
story's subheading and last paragraph, the photography blog's last two paragraphs). Six of the sixteen missed lines are
of kinds rounds 72 and 73 wrote families for, in wordings those families do not reach: a video player's JavaScript
fallback, a no-comments-yet line, a premoderation note, a founder-and-editor footer, a members-only comment note and a
comment-guidelines line. Two page reasons are reworded.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 29 -> 33/45 (31 with the sets 1-82 model; the German
Komoot plug, the Polish show-replies button, the Russian founder footer and the Russian premoderation note go), keep
lines 20/20, pages clean 4/12 and 11 of 240 page noise lines left (unchanged), article lines lost 4 of 120 (unchanged).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_86_LINES = [
    # English
    ('body', 'Skip Advertisement', 'marker'),
    ('body', 'To play this video you need to enable JavaScript in your browser.', 'marker'),
    ('body', 'Scroll to continue with content', 'marker'),
    ('head', '7 min read · Dec 3, 2026', 'reading-time'),
    ('head', 'Estimated reading time: 5 minutes', 'reading-time'),
    ('head', 'By PA Reporter', 'byline'),
    ('tail', 'Posted by Graham Wetherall at 9:14 pm', 'byline'),
    ('tail', 'Prints of these photos are available in my shop – A4 and A3, printed on Hahnemühle paper.', 'byline'),
    ('tail', 'Built with Hugo · Theme Stack designed by Jimmy', 'footer'),
    ('tail',
     "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' "
     'Code of Practice.',
     'footer'),
    ('tail',
     'All photographs © Fellside Frames unless stated otherwise. Please do not reproduce without permission.',
     'footer'),
    ('tail', 'Note: Only a member of this blog may post a comment.', 'comments'),
    ('tail', 'Like · Reply · 2w', 'comments'),
    ('tail',
     'We want our comments to be a lively and valuable part of our community – a place where readers can debate '
     'and engage with the most important local issues.',
     'comments'),
    ('head', 'Share: Pinterest · Tumblr · Pocket · Nextdoor', 'share'),
    # French
    ('body', 'Écouter cet article', 'marker'),
    ('head', 'Temps de lecture : moins de 2 minutes', 'reading-time'),
    ('tail', 'Rédigé par Odile Vernassal – Publié dans #Randonnées', 'byline'),
    ('tail', 'Directeur de la publication : Bertrand Sallenave', 'footer'),
    ('tail', 'Commenter cet article', 'comments'),
    ('tail', 'Partager sur WhatsApp · Partager sur Pinterest · Envoyer par e-mail · Imprimer', 'share'),
    # German
    ('body', 'Bildergalerie ansehen (14 Bilder)', 'marker'),
    ('head', 'Lesezeit 4 min · Veröffentlicht am 03.12.2026', 'reading-time'),
    ('tail', 'Alle meine Touren findet ihr übrigens auch auf Komoot – folgt mir dort gern!', 'byline'),
    ('tail', 'Diese Website wurde mit Jimdo erstellt', 'footer'),
    ('tail', 'Zu diesem Artikel wurden noch keine Kommentare geschrieben.', 'comments'),
    ('head', 'Aktualisiert am 04.12.2026 um 10:05 Uhr: Die Stellungnahme des Bürgermeisters wurde ergänzt.', 'notice'),
    # Italian
    ('body', 'Contenuti sponsorizzati da Outbrain', 'marker'),
    ('head', 'Lettura: 4 minuti', 'reading-time'),
    ('head', 'Di Redazione - 3 Dicembre 2026', 'byline'),
    ('tail',
     'Testata giornalistica registrata presso il Tribunale di Roccavalda n. 0/2020 – Direttore responsabile: Piero '
     'Calcaterra',
     'footer'),
    ('tail', 'Il tuo commento è in attesa di moderazione.', 'comments'),
    ('tail', 'Condividi su WhatsApp · Telegram · Facebook · Copia link', 'share'),
    # Polish
    ('body', 'Kliknij, aby powiększyć zdjęcie', 'marker'),
    ('head', 'Ten wpis przeczytasz w około 6 minut', 'reading-time'),
    ('tail',
     'Jeśli lubisz moje wpisy, wesprzyj bloga na Patronite – dzięki temu mogę dalej jeździć i fotografować.',
     'byline'),
    ('tail', 'Tytuł prasowy zarejestrowany w Sądzie Okręgowym w Siedlcach pod numerem Pr 0000.', 'footer'),
    ('tail', 'Pokaż odpowiedzi (2)', 'comments'),
    ('tail', 'Tytuł, lead i śródtytuły pochodzą od redakcji.', 'notice'),
    # Russian
    ('body', 'Реклама • Яндекс Директ', 'marker'),
    ('head', '2,4 тыс. дочитываний · 3 минуты', 'reading-time'),
    ('tail', 'Беседовала Вера Тумаркина', 'byline'),
    ('tail',
     'Учредитель: АНО «Редакция газеты „Заречные зори“». Главный редактор: Н. А. Сомова. Телефон редакции: 8 (000) '
     '000-00-00.',
     'footer'),
    ('tail', 'Комментарии проходят премодерацию. Мат и оскорбления удаляются.', 'comments'),
    ('tail', 'Орфография и пунктуация автора сохранены.', 'notice'),
]


HELD_OUT_86_KEEP = [
    # English
    ('head',
     'Advertising for the first carnival in 1952 was painted by hand on boards outside the Co-op on the high street.'),
    ('head', 'Source material for the exhibition came from parish registers kept in the church vestry since 1702.'),
    ('body',
     "Comments made by the bishop at the rededication service were met with long applause from the veterans' "
     'families.'),
    ('body',
     'Posted to the front at nineteen, Private Ernest Holloway was the youngest of the forty-one names on the '
     'memorial.'),
    ('tail',
     'Read aloud at the ceremony, the letter from 1976 asked whoever opened the capsule to plant an oak on the green.'),
    ('tail', 'Follow-up work on the chapel roof will start after Easter, once the bats have left the loft.'),
    ('tail',
     'Photographs from the harvest supper of 1938 show the same long trestle tables still used in the hall today.'),
    # French
    ('head',
     'Écrit à la main en 1919, le registre des morts de la commune a été numérisé page par page par deux bénévoles.'),
    ('body', 'Partagée entre la paroisse et la mairie, la facture du toit de la chapelle dépasse les 80 000 euros.'),
    ('tail', 'Lire les noms des soldats à voix haute a pris près de vingt minutes, un par un, devant le monument.'),
    # German
    ('head', 'Werbung für den ersten Faschingsumzug machte 1954 ein Bäcker mit einem bemalten Pferdewagen.'),
    ('body', 'Kommentare von Zeitzeugen wurden für das digitale Archiv auf Band aufgenommen und abgeschrieben.'),
    ('tail',
     'Geschrieben hat den Brief in der Zeitkapsel der damalige Pfarrer, in einer sehr sauberen Sütterlinschrift.'),
    # Italian
    ('head',
     'Pubblicità e manifesti del primo carnevale, nel 1951, furono dipinti a mano dal parroco e da due ragazzi.'),
    ('body', "Commentando il ritrovamento, l'archivista ha detto che le lettere dei soldati sono in ottimo stato."),
    ('tail',
     'Iscritti alla confraternita fin dal 1890, i portatori della statua si tramandano il posto di padre in figlio.'),
    # Polish
    ('body', 'Zdjęcia z dożynek z 1937 roku przekazała do archiwum gminy wnuczka ówczesnego sołtysa.'),
    ('tail', 'Udostępnione w sieci skany kronik parafialnych przejrzało w pierwszym tygodniu ponad dwa tysiące osób.'),
    # Russian
    ('head', 'Источником сведений о погибших земляках стали похозяйственные книги сельсовета.'),
    ('tail', 'Читали письмо из капсулы вслух по очереди ученики десятого класса.'),
]


HELD_OUT_86_PAGES = {
    'en-portal-marrowcombe-memorial': _page('en', 'en-portal-marrowcombe-memorial', [
        ['-Marrowcombe Today',
         "-News | Sport | What's On | Heritage | Property | Jobs | Announcements",
         '-Thursday 3 December 2026 · 6°C Light rain',
         '-Sign in | Subscribe for £1',
         '-Breaking: A38 closed both ways near Cradwell Cross after lorry fire',
         '-Home › News › Heritage'],
        ['+Three forgotten names added to Marrowcombe war memorial as it is cleaned for the first time in 40 years'],
        ['-By Rebecca Stanforth, Heritage Reporter',
         '-Published 3 December 2026, 07:45 | Updated 09:10'],
        ["+The granite war memorial on Marrowcombe's Market Cross has been cleaned of four decades of lichen and "
         'soot, and three local men missing from its panels since 1921 have finally had their names cut into the '
         'stone.'],
        ['-Stonemason Keith Arlott re-cutting the lettering on the north panel. Picture: Marrowcombe Today',
         "-READ MORE: Carol service at St Bride's moved to Saturday because of roof works"],
        ["+The work followed three years of research by the town's history society, which found the men in army "
         'service records and old editions of the local paper. “They were left off because their families had '
         'moved away by the time the list was drawn up,” said society secretary Joan Pellew. “A century on, they '
         'are home.”'],
        ['+What was done to the memorial',
         '+Lichen and black crust removed with low-pressure steam rather than chemicals',
         '+All 118 existing names re-cut and filled where the lettering had worn shallow',
         '+Three new names added to the north panel in matching lettering',
         '+The bronze wreath on the south face cleaned and waxed'],
        ['-Sponsored',
         '-Cradwell Cross Garden Centre – Christmas trees from £29, free delivery in Marrowcombe'],
        ['+The cost of £14,600 was met by the War Memorials Trust, the town council and a collection at the '
         'Remembrance Sunday service.',
         '+A short rededication will be held at the memorial at 11am on Sunday 13 December, and everyone is '
         'welcome to attend.'],
        ['-Tags: Marrowcombe, war memorial, heritage, Remembrance',
         '-Share this article: Facebook | X | WhatsApp | Email',
         '-Most read: Christmas light switch-on draws record crowd',
         '-Comments (1)',
         '-PeterH_1958 · 2 hours ago',
         '-My grandmother always said her uncle Walter should have been on there. Thank you to everyone who made '
         'this happen.',
         '-Report this comment',
         '-© 2026 Marrowcombe Today. All rights reserved. Part of Westerly Local Media.'],
    ]),
    'en-blog-bootlacebramble-corpseroad': _page('en', 'en-blog-bootlacebramble-corpseroad', [
        ['-Bootlace and Bramble',
         '-Walks, stiles and the odd pub in the northern fells',
         '-Home · Walks by area · Gear · Maps · About me · Contact',
         '-Search this blog',
         '-Filed under: Fell walks, History walks',
         '-Saturday, 5 December 2026'],
        ['+Walking the Kelsterdale corpse road on the shortest days'],
        ['-Lyn · 9 comments',
         '-This post may contain affiliate links. Read my disclosure policy.'],
        ['+Before the chapel at Kelsterdale Head had a burial ground, the dead of the upper valley were carried '
         'six miles over the fell to the parish church, and the track they used is still a public footpath.'],
        ['-The coffin stone above Thornsike, where bearers rested on the way down. Photo: Lyn',
         '-You might also like: Five winter walks with a café at the end'],
        ['+I walked it on a clear, cold Saturday with my friend Ruth, who grew up at the foot of the fell. “My '
         'granddad said nobody from the valley would sit on the coffin stone, even for a sandwich,” she told me, '
         'so we ate ours standing up.'],
        ['+The route at a glance',
         '+Distance: 6.2 miles one way, with a bus back from the church',
         '+Height gain: about 380 metres, most of it in the first hour',
         '+Terrain: stony track, two becks to ford and a boggy top after rain'],
        ['-Ad · Waterproof walking boots – up to 40% off in the winter sale',
         '-Pin this walk for later!'],
        ['+The track drops to the church past a yew that the parish claims is a thousand years old, and the '
         'lychgate still has the long stone slab where coffins were set down.',
         '+Go in daylight: the light was gone by half past three, and the top is easy to lose in mist.',
         "+Next week I'm back on lower ground with a canal walk to a Christmas market."],
        ['-Labels: corpse roads, fell walking, winter walks, Kelsterdale',
         '-9 comments:',
         '-Ruth Ambler said...',
         "-Lovely write-up! You've left out the bit where I fell in the second beck though.",
         '-5 December 2026 at 18:42',
         '-Newer Post Older Post Home',
         '-Subscribe to: Post Comments (Atom)',
         '-Copyright © Bootlace and Bramble 2026. Photos may not be used without permission.'],
    ]),
    'fr-portail-montbrezac-chapelle': _page('fr', 'fr-portail-montbrezac-chapelle', [
        ['-Montbrezac Actu',
         '-Actualités · Sports · Agenda · Nécrologie · Petites annonces',
         '-Jeudi 3 décembre 2026 – Saint François-Xavier',
         "-Se connecter | S'abonner",
         "-Flash info : la RD 114 fermée jusqu'à vendredi pour travaux",
         '-Accueil > Patrimoine > Montbrezac'],
        ['+Chapelle Saint-Roch : la souscription pour refaire la toiture a déjà réuni 31 000 euros'],
        ['-Par Claire Dumontel',
         '-Publié le 03/12/2026 à 06h30'],
        ['+Fermée depuis la tempête de février, la chapelle Saint-Roch, qui domine le village depuis le XVIIe '
         "siècle, pourrait rouvrir à l'été : la souscription lancée en mai pour sa toiture a déjà réuni 31 000 "
         'euros.'],
        ['-La charpente de la chapelle, bâchée depuis la tempête de février. Photo Montbrezac Actu – C. D.',
         "-À lire aussi : Le marché de Noël s'installe place de la Halle ce week-end"],
        ["+Plus de 400 donateurs ont déjà versé leur obole, dont beaucoup d'anciens du village partis vivre "
         'ailleurs. « Certains nous envoient dix euros avec une lettre où ils racontent leur mariage ici », '
         "sourit Paulette Vigouroux, présidente de l'association des Amis de Saint-Roch."],
        ['+Les travaux prévus',
         '+Dépose des lauzes et remplacement des chevrons pourris',
         "+Repose des lauzes récupérées, complétées par des pierres d'une carrière voisine",
         '+Reprise de la génoise et des gouttières',
         '+Traitement de la charpente contre les insectes xylophages'],
        ['-Publicité',
         '-Menuiserie Castagné – Fenêtres et volets sur mesure, devis gratuit au 00 00 00 00 00'],
        ["+Le devis total s'élève à 68 000 euros ; la commune et le Département prendront en charge une partie de "
         'la somme restante.',
         '+Les dons, déductibles des impôts, peuvent être adressés à la Fondation du patrimoine, qui porte la '
         'souscription.'],
        ['-Mots-clés : Montbrezac, patrimoine, chapelle, souscription',
         '-Partager cet article : Facebook – X – E-mail',
         '-Réagir (1)',
         '-Marcelle_46 – 03/12/2026 à 09h12',
         "-J'ai fait ma communion dans cette chapelle en 1961. Mon chèque part demain !",
         '-Signaler',
         '-Les plus lus : Un nouveau boulanger reprend la boutique de la rue Basse',
         '-© Montbrezac Actu 2026 – Mentions légales – Politique de confidentialité – Gestion des cookies'],
    ]),
    'fr-blog-graindebrume-givre': _page('fr', 'fr-blog-graindebrume-givre', [
        ['-Grain de Brume',
         '-Photographie argentique et balades en lumière basse',
         '-Accueil | Portfolio | Matériel | Tirages | À propos',
         '-Rechercher…',
         '-Catégorie : Sorties photo',
         '-4 décembre 2026'],
        ['+Givre au lever du jour : une matinée au Rolleiflex dans les marais de la Vendrière'],
        ['-par Amandine',
         '-Dernière mise à jour : 4 décembre 2026'],
        ["+Il a gelé à moins cinq la nuit dernière, et j'ai enfin pu faire la sortie que j'attendais depuis "
         "l'hiver dernier : les marais de la Vendrière couverts de givre, au moment où le soleil passe au-dessus "
         'des peupliers.'],
        ['-Roseaux givrés, Rolleiflex 2.8F, HP5 à 400 ISO, 1/60 à f/8.',
         '-Lire aussi : Développer ses films noir et blanc dans sa cuisine'],
        ["+Sur la digue, j'ai croisé le garde du marais, qui fait le tour tous les matins avec son chien. « Le "
         "givre comme ça, on l'a deux ou trois fois par hiver, pas plus », m'a-t-il dit, avant de me montrer où "
         'les hérons se posent.'],
        ["+Ce que j'avais dans le sac",
         "+Un Rolleiflex 2.8F des années soixante, acheté d'occasion",
         "+Trois bobines d'Ilford HP5 Plus",
         '+Un pied léger et un déclencheur souple',
         '+Une cellule à main, parce que celle du Rollei ne marche plus'],
        ["-Envie d'un tirage ? Rendez-vous dans la boutique du blog.",
         '-Abonnez-vous à la lettre du blog pour recevoir les nouvelles sorties photo'],
        ["+Au bout d'une heure, le soleil avait tout fait fondre sur les roseaux, et il ne restait du givre que "
         "dans l'ombre des saules.",
         '+Les négatifs sèchent encore dans la salle de bains ; je vous montre les tirages la semaine prochaine.'],
        ['-Étiquettes : argentique, givre, marais, Rolleiflex',
         '-Partager : Pinterest · Facebook · Envoyer par e-mail',
         '-6 commentaires sur cet article',
         '-Jean-Marc R.',
         '-Superbes conditions ! Tu développes la HP5 dans quel révélateur ?',
         '-4 décembre 2026 à 19 h 03',
         '-Répondre à Jean-Marc',
         '-© 2026 Grain de Brume – Thème Astra'],
    ]),
    'de-portal-ilmsbrueck-zeitkapsel': _page('de', 'de-portal-ilmsbrueck-zeitkapsel', [
        ['-Ilmsbrücker Rundschau',
         '-Lokales | Sport | Kultur | Blaulicht | Service | E-Paper',
         '-Donnerstag, 3. Dezember 2026',
         '-Anmelden | Abo testen',
         '-Wetter: 2 °C, bedeckt',
         '-Startseite > Lokales > Ilmsbrück'],
        ['+Zeitkapsel aus dem Rathaus-Grundstein geöffnet: Briefe, Münzen und eine Zeitung von 1976'],
        ['-Von Tobias Wernecke',
         '-03.12.2026, 17:40 Uhr'],
        ['+Fünfzig Jahre lag die kupferne Kapsel im Grundstein des Ilmsbrücker Rathauses, am Mittwochabend wurde '
         'sie bei einer kleinen Feier im Ratssaal geöffnet.'],
        ['-Bürgermeisterin Anja Rollwage hebt den Deckel der Kapsel an. Foto: Ilmsbrücker Rundschau',
         '-Lesen Sie auch: Weihnachtsmarkt am Rathaus öffnet mit neuem Budenplan'],
        ['+Die Kapsel war dicht geblieben, der Inhalt trocken. „Wir hatten mit einem Haufen Matsch gerechnet“, '
         'sagte Bürgermeisterin Anja Rollwage, „stattdessen konnten wir die Briefe lesen, als wären sie gestern '
         'geschrieben.“'],
        ['+Was in der Kapsel lag',
         '+Ein Brief des damaligen Bürgermeisters an die Ilmsbrücker des Jahres 2026',
         '+Ein Satz Münzen von einem Pfennig bis fünf Mark',
         '+Die Tageszeitung vom 3. Dezember 1976 und ein Foto des Gemeinderats'],
        ['-Anzeige',
         '-Sparkasse Ilmsbrück: Jetzt Weihnachtsgeld sicher anlegen'],
        ['+Die Fundstücke sind bis Ende Januar im Foyer des Rathauses ausgestellt.',
         '+Im Frühjahr soll eine neue Kapsel eingemauert werden; Schulklassen sind eingeladen, Briefe an die '
         'Ilmsbrücker des Jahres 2076 zu schreiben.',
         '+Vorschläge für weitere Beigaben nimmt das Bürgerbüro bis zum 28. Februar entgegen.'],
        ['-Schlagworte: Ilmsbrück, Rathaus, Zeitkapsel, Stadtgeschichte',
         '-Artikel teilen: Facebook · WhatsApp · E-Mail',
         '-Kommentare (1)',
         '-Helga W. schrieb am 03.12.2026 um 19:02:',
         '-Mein Vater hat 1976 die Kapsel mit eingemauert. Schön, dass ich das noch erleben durfte!',
         '-Kommentar melden',
         '-Meistgelesen: Umleitung an der Bahnhofstraße bis Weihnachten verlängert',
         '-© Ilmsbrücker Rundschau 2026 | Impressum | Datenschutz | AGB'],
    ]),
    'de-blog-groedelgeschichten-pilgerweg': _page('de', 'de-blog-groedelgeschichten-pilgerweg', [
        ['-Grödelgeschichten',
         '-Wandern zwischen Tal und Gipfelkreuz',
         '-Touren | Ausrüstung | Einkehr | Über mich | Kontakt',
         '-Suche …',
         '-Kategorie: Wintertouren',
         '-Enthält Affiliate-Links'],
        ['+Auf dem Pilgerweg zur Hohenwartkapelle: 14 Kilometer im ersten Schnee'],
        ['-6. Dezember 2026 · von Mareike',
         '-Inhaltsverzeichnis anzeigen'],
        ['+Am Nikolaustag lag endlich Schnee, und ich bin das Stück des alten Pilgerwegs gegangen, das vom '
         'Bahnhof im Tal hinauf zur Hohenwartkapelle und auf der anderen Seite wieder hinunter führt.'],
        ['-Die Hohenwartkapelle im Schnee, kurz nach zehn Uhr.',
         '-Dir gefällt der Blog? Dann folge mir auf Instagram!'],
        ['+Oben an der Kapelle traf ich den Mann, der sie seit dreißig Jahren aufschließt und die Kerzen '
         'nachfüllt. „Im Winter kommen vielleicht fünf Leute am Tag, aber die bleiben dann lange“, erzählte er '
         'und gab mir einen Becher Tee aus seiner Thermoskanne.'],
        ['+Die Tour in Zahlen',
         '+Strecke: 14 Kilometer, Rundweg',
         '+Höhenmeter: 420 im Aufstieg',
         '+Gehzeit: etwa fünf Stunden mit Pause',
         '+Markierung: gelbe Muschel auf blauem Grund'],
        ['-Gesponserter Inhalt',
         '-Firnwand 3-in-1-Winterjacke – jetzt 30 % reduziert'],
        ['+Der Abstieg über die Nordseite war vereist, die Grödel haben mir hier mehr als einmal geholfen.',
         '+Im Tal hatte der Gasthof an der Brücke schon geschlossen, also gab es Lebkuchen aus dem Rucksack am '
         'Bahnsteig.'],
        ['-Schlagwörter: Pilgerweg, Schneewanderung, Kapelle, Rundwanderung',
         '-Teilen mit: Pinterest · Facebook · Threads',
         '-3 Gedanken zu „Auf dem Pilgerweg zur Hohenwartkapelle“',
         '-Jochen sagt:',
         '-6. Dezember 2026 um 20:14 Uhr',
         '-Die Muschel ist auf dem Stück nach der Kapelle wirklich schwer zu finden, gut dass du das erwähnst.',
         '-Antworten',
         '-© 2026 Grödelgeschichten · Impressum · Datenschutz'],
    ]),
    'it-portale-roccavalda-archivio': _page('it', 'it-portale-roccavalda-archivio', [
        ['-Roccavalda Notizie',
         '-Cronaca | Politica | Cultura | Sport | Eventi | Necrologi',
         '-Giovedì 3 dicembre 2026',
         '-Accedi | Abbonati',
         "-Ultim'ora: chiusa per frana la provinciale del passo",
         '-Home » Cultura'],
        ["+L'archivio storico comunale diventa digitale: online 40 mila pagine dal 1805 a oggi"],
        ['-di Federica Lanzoni',
         '-3 dicembre 2026, ore 08:15'],
        ['+Registri di nascita, delibere, mappe del catasto e lettere dei sindaci: dopo due anni di lavoro, '
         "l'archivio storico del Comune di Roccavalda è consultabile gratuitamente online."],
        ['-Un registro delle delibere del 1862 durante la scansione. (Foto Roccavalda Notizie)',
         '-Leggi anche: Presepe vivente, il programma delle tre serate'],
        ["+A scansionare le pagine sono stati due giovani del servizio civile, seguiti dall'archivista del "
         'Comune. «Ogni tanto si fermavano a leggere una lettera e ce la raccontavano a pranzo», ricorda '
         "l'assessora alla cultura Marisa Dellapina."],
        ['+Cosa si può consultare',
         '+Gli atti di stato civile dal 1805 al 1925',
         '+Le delibere del consiglio comunale dal 1860',
         '+Le mappe del catasto ottocentesco, tavola per tavola',
         '+La corrispondenza dei sindaci durante le due guerre'],
        ['-Inserzione',
         '-Ottica Ferrandi – Occhiali da vista con la seconda montatura in omaggio'],
        ['+Il progetto è costato 52 mila euro, coperti in gran parte da un bando regionale.',
         '+Per chi non usa internet, la sala di lettura del municipio resta aperta il martedì e il giovedì mattina.'],
        ['-Tag: archivio, Roccavalda, storia locale',
         '-Condividi: Facebook · X · WhatsApp',
         '-1 commento',
         '-Giuseppe B.',
         "-Ho trovato l'atto di nascita del mio bisnonno in cinque minuti. Complimenti!",
         '-Rispondi',
         '-I più letti: Mercatino di Natale, bancarelle anche sotto i portici',
         '-© 2026 Roccavalda Notizie – Riproduzione riservata'],
    ]),
    'it-blog-otriecanne-novena': _page('it', 'it-blog-otriecanne-novena', [
        ['-Otri e Canne',
         '-Diario di un suonatore di zampogna',
         '-Home | Chi sono | Spartiti | Strumenti | Contatti',
         '-Cerca nel blog',
         '-Categoria: Tradizioni',
         '-8 dicembre 2026'],
        ['+La novena con la zampogna: il mio primo Natale da zampognaro'],
        ['-Scritto da Nicola',
         '-5 commenti'],
        ["+Quest'anno, per la prima volta, ho suonato la novena di Natale con il maestro Vincenzo, casa per casa "
         'nel centro storico, come si faceva quando mio nonno era ragazzo.'],
        ['-Io e il maestro Vincenzo davanti alla chiesa madre, la prima sera.',
         "-Potrebbe interessarti anche: Come si cura la pelle dell'otre"],
        ["+La prima sera ero così emozionato che ho sbagliato l'attacco tre volte. «Non pensare alle dita, pensa "
         'a chi ti apre la porta», mi ha detto il maestro, e da lì è andata meglio.'],
        ['+Il nostro giro, sera per sera',
         '+Prima sera: via del Castello e le case sopra la piazza',
         '+Dalla terza sera: le contrade fuori dal paese, in macchina con gli strumenti',
         '+Ultima sera: la vigilia, davanti al presepe della chiesa madre'],
        ['-Annuncio',
         '-Corso di zampogna online – prima lezione gratuita'],
        ['+In ogni casa ci hanno offerto qualcosa: mostaccioli, un bicchiere di vino, una volta perfino un piatto '
         'di ceci.',
         "+Alla fine delle nove sere avevo le labbra screpolate e la pelle dell'otre da ingrassare di nuovo.",
         '+Nel prossimo post vi racconto come si accorda la ciaramella con la zampogna.'],
        ['-Tag: novena, zampogna, Natale, tradizioni',
         '-Condividi questo articolo su Facebook',
         '-5 pensieri su “La novena con la zampogna”',
         '-Rosaria',
         '-8 dicembre 2026 alle 21:10',
         '-Da noi gli zampognari non passano più da anni, che nostalgia leggerti!',
         '-Rispondi',
         '-Creato con GeneratePress'],
    ]),
    'pl-felieton-krzewinow-orszak': _page('pl', 'pl-felieton-krzewinow-orszak', [
        ['-Tygodnik Krzewinowski',
         '-Wiadomości | Sport | Kultura | Opinie | Ogłoszenia | Nekrologi',
         '-Czwartek, 3 grudnia 2026 · imieniny: Franciszka, Ksawerego',
         '-Zaloguj się | Prenumerata',
         '-Pilne: awaria wodociągu na osiedlu Słonecznym, woda z beczkowozu',
         '-Opinie › Felietony'],
        ['+Z ratuszowej ławki: Orszak Trzech Króli nie musi omijać starego rynku'],
        ['-Felieton Mirosława Guzdka',
         '-3 grudnia 2026, 10:20'],
        ['+Burmistrz ogłosił, że tegoroczny Orszak Trzech Króli pójdzie nową trasą: zamiast przez stary rynek, '
         'ulicą Kolejową prosto pod kościół, bo tak jest szybciej i bezpieczniej.'],
        ['-Ubiegłoroczny orszak na starym rynku. Fot. Tygodnik Krzewinowski',
         '-Czytaj też: Jarmark bożonarodzeniowy w tym roku dłużej o dwa dni'],
        ['+Rozumiem argument o bezpieczeństwie, ale orszak to nie przejazd karetki. Pani Stefania, która od '
         'dwudziestu lat szyje korony dla dzieci, powiedziała mi wprost: „Bez rynku to będzie spacer, a nie '
         'orszak”.'],
        ['+Co proponuję zamiast tego',
         '+Zamknąć rynek dla ruchu na dwie godziny, jak w każdy odpust',
         '+Postawić stajenkę przy studni, a nie pod kościołem',
         '+Poprosić strażaków o zabezpieczenie skrzyżowania z Kolejową'],
        ['-Reklama',
         '-Kwiaciarnia pod Jemiołą – stroiki świąteczne na zamówienie'],
        ['+Trasa przez rynek jest dłuższa o pięćset metrów i kilka minut.',
         '+Za to właśnie tam stoją ludzie, którzy nie dadzą rady dojść pod kościół: starsi, chorzy, mamy z wózkami.',
         '+Sprawa ma wrócić na sesji rady 17 grudnia i wtedy się przekonamy, czy ktoś w ratuszu to przeczytał.'],
        ['-Tagi: Orszak Trzech Króli, Krzewinów, felieton',
         '-Udostępnij: Facebook · X · Wykop',
         '-Komentarze (1)',
         '-Gość: parafianka',
         '-Popieram w stu procentach. Rynek to serce orszaku.',
         '-Zgłoś naruszenie',
         '-Najczęściej czytane: Nowy rozkład autobusów do Borowej od stycznia',
         '-© 2026 Tygodnik Krzewinowski. Wszelkie prawa zastrzeżone.'],
    ]),
    'pl-blog-ziarnoiswiatlo-skansen': _page('pl', 'pl-blog-ziarnoiswiatlo-skansen', [
        ['-Ziarno i Światło',
         '-Blog o fotografii analogowej',
         '-Start | Galeria | Sprzęt | Ciemnia | O mnie',
         '-Szukaj…',
         '-Kategoria: Plenery',
         '-5 grudnia 2026'],
        ['+Zenitem po skansenie: pierwszy śnieg na starych chałupach'],
        ['-Dodane przez: Kuba',
         '-4 komentarze'],
        ['+W sobotę w nocy spadło piętnaście centymetrów śniegu, więc z samego rana pojechałem do naszego '
         'skansenu z moim starym Zenitem E i trzema rolkami czarno-białego filmu.'],
        ['-Chałupa z Zarzecza w porannej mgle. Zenit E, Helios 44-2, Fomapan 100.',
         '-Zobacz też: Jak wywołać film w kawie'],
        ['+Przy bramie spotkałem pana Henryka, który pilnuje skansenu od dwudziestu lat. „Zimą to tu jest ładniej '
         'niż latem, tylko nikt nie przyjeżdża”, powiedział i otworzył mi kuźnię, żebym mógł zrobić zdjęcie '
         'paleniska.'],
        ['+Czym fotografowałem',
         '+Zenit E z 1978 roku, kupiony za 60 zł na targu staroci',
         '+Obiektyw Helios 44-2 58 mm f/2',
         '+Trzy rolki Fomapan 100',
         '+Statyw, którego w końcu prawie nie używałem'],
        ['-Polecane',
         '-Fotolab u Kazika: wywołanie i skan filmu 35 mm od 25 zł'],
        ['+Fomapan w minusowej temperaturze zrobił się sztywny i przy przewijaniu trzeszczał, ale żadna klatka nie '
         'pękła.',
         '+Negatywy już wiszą w łazience, skany wrzucę w przyszłym tygodniu.'],
        ['-Tagi: Zenit, Fomapan, skansen, zima',
         '-Podziel się: Facebook · Pinterest · E-mail',
         '-4 komentarze do „Zenitem po skansenie”',
         '-Marta',
         '-5 grudnia 2026 o 18:20',
         '-Helios w śniegu daje piękne, miękkie światło. Czekam na skany!',
         '-Odpowiedz użytkownikowi Marta',
         '-Dumnie wspierane przez WordPress | Motyw: Hestia'],
    ]),
    'ru-portal-krivoborsk-kupel': _page('ru', 'ru-portal-krivoborsk-kupel', [
        ['-Кривоборский вестник',
         '-Новости · Общество · Культура · Спорт · Происшествия · Афиша',
         '-Четверг, 3 декабря 2026',
         '-Войти | Подписаться на рассылку',
         '-Погода: −4 °C, снег',
         '-Главная / Общество'],
        ['+На Мельничном пруду впервые оборудуют крещенскую купель с тёплым павильоном'],
        ['-Дарья Колоскова',
         '-3 декабря 2026, 11:05 · 1 240 просмотров'],
        ['+К Крещению на Мельничном пруду в Кривоборске впервые оборудуют купель с деревянными мостками, тёплым '
         'павильоном для переодевания и дежурством спасателей.'],
        ['-Так выглядела прорубь на пруду в прошлом году. Фото: «Кривоборский вестник»',
         '-Читайте также: Ёлку на площади установят 20 декабря'],
        ['+Раньше прорубь вырубали сами прихожане, а переодевались прямо на снегу. «Люди едут и из соседних сёл, '
         'и в прошлом году в очереди стояли больше часа», — рассказал настоятель Никольского храма отец Андрей.'],
        ['+Что будет на пруду в крещенскую ночь',
         '+Купель с поручнями и деревянными мостками',
         '+Тёплый павильон для переодевания',
         '+Дежурство спасателей и машины скорой помощи',
         '+Бесплатный горячий чай от сестричества храма'],
        ['-Реклама 16+',
         '-Мебельная фабрика «Кедр»: кухни на заказ со скидкой 20%'],
        ['+Окунаться можно будет с 18:00 18 января до 18:00 19 января.',
         '+В администрации напоминают, что заходить в воду в состоянии опьянения и без присмотра спасателей нельзя.'],
        ['-Теги: Крещение, купель, Кривоборск',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram',
         '-Комментарии (1)',
         '-Николай_Петрович',
         '-3 декабря 2026 в 13:40',
         '-Наконец-то! Каждый год боялся, что кто-нибудь поскользнётся на льду у проруби.',
         '-Ответить',
         '-© 2026 Кривоборский вестник. Все права защищены. 16+'],
    ]),
    'ru-blog-khromka-kolyadki': _page('ru', 'ru-blog-khromka-kolyadki', [
        ['-Хромка и я',
         '-Блог о гармони, частушках и деревенских песнях',
         '-Главная | Разборы песен | Инструменты | Обо мне',
         '-Поиск по блогу',
         '-Рубрика: Песни к праздникам',
         '-9 декабря 2026'],
        ['+Разучиваем колядки на гармони: три напева к Святкам'],
        ['-Опубликовал: Степан',
         '-Комментариев: 3'],
        ['+До Рождества меньше месяца, и у нас в клубе решили в этом году пройти с колядками по всей улице, как '
         'ходили раньше, — а значит, мне пора разучивать напевы на гармони.'],
        ['-Моя хромка на подоконнике перед репетицией.',
         '-Вам может быть интересно: Как подобрать частушки на слух'],
        ['+Напевы я записал у бабы Нины из соседнего села: она колядовала ещё девочкой, в сороковые. «Главное — '
         'не торопиться, колядка идёт шагом, а не бегом», — сказала она, когда я сыграл ей первый вариант.'],
        ['+Что разучиваем',
         '+«Коляда, коляда, отворяй ворота» — самый простой, на трёх аккордах',
         '+«Щедрик-ведрик» — быстрый, для детей',
         '+«Ой, колядки-колядки» — протяжный, под него ходили по домам'],
        ['-Промо',
         '-Гармони ручной работы — доставка по всей России'],
        ['+На первой спевке выяснилось, что дети поют на тон выше, чем я играю, так что пришлось всё переложить.',
         '+Ходить будем седьмого января, после службы, от клуба до конца Садовой улицы.',
         '+Если получится, выложу запись, а кто знает у себя в деревне другие напевы — пишите, разберу.'],
        ['-Метки: колядки, гармонь, Святки',
         '-Поделиться ВКонтакте',
         '-3 комментария',
         '-Тамара',
         '-09.12.2026 в 20:45',
         '-У нас в Вологодской области колядку пели совсем по-другому, могу записать для вас.',
         '-Ответить',
         '-Работает на WordPress | Тема: Sydney'],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    'Комментарии проходят премодерацию. Мат и оскорбления удаляются.':
        "a Russian comment-moderation note ('Комментарии проходят премодерацию. Мат и оскорбления удаляются.') is "
        "left at the foot since the second opinion's retraining on sets 1-104 (session 31: p=0.979, under its "
        '0.98)',
    'All photographs © Fellside Frames unless stated otherwise. Please do not reproduce without permission.':
        "an English photo blog's photo-copyright footer ('All photographs © Fellside Frames unless stated otherwise. Please do not reproduce without permission.') is left at the foot",
    'Note: Only a member of this blog may post a comment.':
        "Blogger's members-only comment note ('Note: Only a member of this blog may post a comment.') is left at the foot",
    'We want our comments to be a lively and valuable part of our community – a place where readers can debate and engage with the most important local issues.':
        "an English news site's comment-guidelines line ('We want our comments to be a lively and valuable part of our community – a place where readers can debate and engage with the most important local issues.') is left at the foot",
    'Zu diesem Artikel wurden noch keine Kommentare geschrieben.':
        "a German no-comments-yet line ('Zu diesem Artikel wurden noch keine Kommentare geschrieben.') is left at the foot",
    'Di Redazione - 3 Dicembre 2026':
        "an Italian newsroom byline with date ('Di Redazione - 3 Dicembre 2026') is left at the head",
    'Tytuł prasowy zarejestrowany w Sądzie Okręgowym w Siedlcach pod numerem Pr 0000.':
        "a Polish press-title court-registration footer ('Tytuł prasowy zarejestrowany w Sądzie Okręgowym w Siedlcach pod numerem Pr 0000.') is left at the foot",
    '2,4 тыс. дочитываний · 3 минуты':
        "a Russian Dzen-style read-through count with reading time ('2,4 тыс. дочитываний · 3 минуты') is left at the head",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'fr-portail-montbrezac-chapelle':
        "the regional portal's chapel-roof story keeps its photo caption ('La charpente de la chapelle, bâchée depuis la tempête de février. Photo Montbrezac Actu – C. D.') between the first paragraph and the paragraph with the quote (1 of 20 noise lines) and loses (or puts out of order) its subheading ('Les travaux prévus') and its last paragraph ('Les dons, déductibles des impôts, peuvent être adressés à la Fondation du patrimoine, qui porte la souscription.')",
    'fr-blog-graindebrume-givre':
        "the photography blog's hoarfrost post keeps its photo caption ('Roseaux givrés, Rolleiflex 2.8F, HP5 à 400 ISO, 1/60 à f/8.') between the first paragraph and the paragraph with the quote and its print-shop prompt ('Envie d'un tirage ? Rendez-vous dans la boutique du blog.') after the list rows (2 of 20 noise lines)",
    'de-blog-groedelgeschichten-pilgerweg':
        "the walking blog's pilgrims'-way post keeps its photo caption ('Die Hohenwartkapelle im Schnee, kurz nach zehn Uhr.') and its Instagram prompt ('Dir gefällt der Blog? Dann folge mir auf Instagram!') between the first paragraph and the paragraph with the quote (2 of 20 noise lines; since round 73 its sponsored label and jacket ad after the list rows go)",
    'it-portale-roccavalda-archivio':
        "the regional portal's archive story keeps its ad label ('Inserzione') and optician's ad ('Ottica Ferrandi – Occhiali da vista con la seconda montatura in omaggio') after the list rows (2 of 20 noise lines)",
    'it-blog-otriecanne-novena':
        "the music blog's novena post keeps its photo caption ('Io e il maestro Vincenzo davanti alla chiesa madre, la prima sera.') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    'pl-blog-ziarnoiswiatlo-skansen':
        "the photography blog's open-air-museum post keeps its photo caption ('Chałupa z Zarzecza w porannej mgle. Zenit E, Helios 44-2, Fomapan 100.') between the first paragraph and the paragraph with the quote and its recommended box ('Polecane', 'Fotolab u Kazika: wywołanie i skan filmu 35 mm od 25 zł') between the list rows and the last paragraphs (3 of 20 noise lines; since round 83 it keeps its two last paragraphs)",
    'ru-blog-khromka-kolyadki':
        "the music blog's carols post keeps its accordion ad ('Гармони ручной работы — доставка по всей России') after the list rows (1 of 20 noise lines; since round 73 its promo label 'Промо' goes)",
}


test_held_out_86_line, test_held_out_86_line_is_kept, test_held_out_86_page = held_out_tests(
    HELD_OUT_86_LINES, HELD_OUT_86_KEEP, HELD_OUT_86_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
