"""Held-out set 90: written blind, weighted toward the noise the cleaner exists for, in shapes set 88's docstring does
not name (nor the first paragraphs of sets 85, 86 and 87): scraper, embed and ad markers (the Global-News-style English
ad break "Story continues below advertisement", Instagram's embed residue "View this post on Instagram", the Gravity
Forms iframe residue "This iframe contains the logic required to handle Ajax powered Gravity Forms.", a French
cookie-blocked embed placeholder "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
the Spiegel-style German embed header "Empfohlener redaktioneller Inhalt", an Italian video-player residue "Caricamento
player", the Onet-style Polish video break "Dalszy ciąg materiału pod wideo" and a Russian ad-marking label with ИНН and
erid "Реклама. ООО «Северный клён», ИНН 0000000000, erid: 2Vtzq000000"); reading-time headers in new wordings (the
English "This post takes about 6 minutes to read." and "Read in 2 minutes", the French "4 min de lecture", the German
"Lesedauer: 3 Minuten", the Italian "Si legge in 3 minuti", the Polish "4 min czytania" and the Russian "⏱ 4 мин на
прочтение"); bylines and self-promotion (a Reuters-style English reporting-and-editing credit "Reporting by Tamsin
Ollerhead; editing by Graham Pelling", an aquarium blog's Buy-Me-a-Coffee plug "If this post saved one of your fish, you
can buy me a coffee – it helps keep the tank lights on.", an English reporter's bio line "Josie Thwaite covers health
and education for the Skirlbeck Gazette.", a French Tipeee plug "Ce blog vit grâce à vous : soutenez-le sur Tipeee à
partir de 1 € par mois.", a German contribution byline "Ein Beitrag von Henrike Osterkamp", an Italian edited-by byline
"Articolo a cura di Serena Foschini", a Polish text-and-photos credit "Tekst i zdjęcia: Bartosz Pajdak" and a Russian
Boosty plug "Поддержать блог можно на Boosty — там же выкладываю чертежи."); blog and site footers (Blogger's "Simple
theme. Powered by Blogger.", an English company-registration line "Skirlbeck Newspapers Ltd, registered in England and
Wales no. 00000000. Registered office: 0 Tanner's Yard, Skirlbeck.", Google's reCAPTCHA notice "This site is protected
by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", a French hosting line from the mentions légales
"Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France", a German copyright-and-reuse line "© 2026 Bergkamm
Medien GmbH – Alle Rechte vorbehalten. Eine Weiterverwendung der Inhalte ist nur mit Genehmigung gestattet.", an Italian
VAT-number footer "© 2026 Gazzetta di Torrechiusa – P.IVA 00000000000 – Tutti i diritti riservati", a Polish publisher
line with NIP "Wydawca: Oficyna Medialna Sitnik sp. z o.o., ul. Ogrodowa 0, NIP 000-000-00-00" and uCoz's Russian footer
"Бесплатный конструктор сайтов — uCoz"); reader-comment furniture (WordPress's "You must be logged in to post a
comment.", an English sort row "Sort by: Oldest | Newest | Most liked", a Disqus reactions row "0 Responses · Upvote ·
Funny · Love · Surprised · Angry · Sad", WordPress's French "Vous devez être connecté pour publier un commentaire.", a
German sort row "Sortieren nach: Neueste zuerst", WordPress's Italian comment-form residue "Lascia un commento Annulla
risposta", a Polish comments-disabled line "Możliwość komentowania została wyłączona." and the Cackle widget's Russian
title "Комментарии для сайта Cackle"); share rows (an English Reddit, Flipboard, Mastodon and copy-link row, a French
Threads, X, WhatsApp and e-mail row and an Italian Threads, Mastodon and WhatsApp row); and notices (a German editor's
correction "Hinweis der Redaktion: In einer früheren Version hieß es, die Praxis ziehe im Januar um. Richtig ist: im
Februar.", a Polish over-a-year-old note "Ten artykuł ma ponad rok – niektóre informacje mogą być nieaktualne." and a
Russian story-updated note "Новость дополнена комментарием главного врача района."); and toward whole scraped news and
hobby-blog pages in layouts set 88's docstring does not describe (tables of contents after the first paragraph,
recipe-card rows under the title, noise between the subheading and the first list row and between the last list row and
the last paragraph, more noise at the foot, replies to comments), taken from animals, health and schools and from blogs
about aquariums, running, woodworking and vegetarian cooking (a regional portal's story on a vets' practice moving to a
former tyre depot, with a comment and a reply, an aquarium blog's post on moving a 180-litre tank across the house, with
three comments, one of them the author's, a regional portal's story on a dog shelter's appeal before winter, with a
comment, a vegetarian cooking blog's recipe post for a squash and lentil gratin, with a comment and the author's reply,
a regional portal's story on a village school's new minibus, with two comments, a woodworking blog's post on an
end-grain chopping board from oak offcuts, with a comment, the author's reply and another comment, a regional portal's
story on a village's only dentist's surgery closing, with a comment, a running blog's post on an 18-kilometre run in
fog, with three comments, one of them the author's, a regional portal's story on free swimming lessons for third-year
pupils, with a comment, a reply and another comment, an aquarium blog's post on a first month with shrimp, with a
comment and the author's reply, a regional portal's story on medicine delivery to a village without a pharmacy, with two
comments, and a woodworking blog's post on a mortise-and-tenon stool, with a comment, the author's reply and another
comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 88), held-out set 89 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 88 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 85, 86 and 87, printed with one ast script
(/tmp/s90scratch/read88.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 88's, taken by a script (/tmp/s90scratch/build.py) from the ``def _marks`` node's line on,
with its xfail tables emptied (the three annotated assignments found with ``ast``) and 88 -> 90, then refilled after the
measurement. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s90, detached at commit 507796f3e7722d6ef711df9929e73c95d3f40ba8, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 88's file (and the first paragraphs
of sets 85, 86 and 87) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s90scratch/read88.out, 570 lines) that I paged through with ``sed`` (lines 1 to 200, 200 to 400 and 400 to 570);
no display was cut. The docstring cut held (the printed docstring ended with set 88's Baseline paragraph). That allowed
text itself names set 88's scratch paths and its frozen commit (20007668e9c6e2223942406e778451603efb9045) and set 86's
(71a6aaaa6b6f97dde00264be9075df8f60dcefab), set 84's and set 82's; set 88's xfail reasons quote its missed lines and
left page lines; I saw these only as that text. The report script's docstring names a cleaning table in
docs/cleaning.md, which I did not open. The build script, which read set 88's file to take its tail, printed nothing; I
printed the tail it wrote (the emptied tables and the three test functions) with ``cat``. At my first step ``git status
--short`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git worktree add``,
its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see
that the worktrees existed I ran ``ls`` on /tmp/wt-s90 and /tmp/wt-set90, which printed the top-level names of the
checkout (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no file's contents. The branch
set90 was made from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests
(63 passed, 14 xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and
/work/main/tests on the path (/tmp/s90scratch/helpers.py), which imports the cleaner's modules; nothing was run through
the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr':
'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus
module was written by a small script (/tmp/s90scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and
wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were
written as data in scratch files (/tmp/s90scratch/lists90.py and pages90.py; the pages were edited once before the
measurement by a small inline replacement script, after my first count found 19 noise lines on three pages: an "Updated"
line went under the English vets story's title, a reply link ("Antworten") after the first comment of the chopping-board
post and an author line ("Autor: Redakcja") under the swimming story's title) and put together with the tail into this
file by a script (/tmp/s90scratch/gen.py) that splits long string literals to fit 120 columns. Before the measurement
the file was executed from a scratch folder (/tmp/s90scratch/stand) with stand-ins (that copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise, and a stand-in
``pytest`` package; no case was run through the cleaner) by /tmp/s90scratch/check.py, which counted the lines by
category, by language (from the ``# English`` ... comments) and by place, the keep lines by language and by place, the
pages by language and checked that every page has 10 article and 20 noise lines, that no page noise line or article line
repeats on its page, that no page noise line is a substring of an article line of its page or overlaps (equals, contains
or is contained in) a line of ``HELD_OUT_90_LINES`` or ``HELD_OUT_90_KEEP``, case-sensitively and case-insensitively,
that no page article line overlaps one of those lines and that no held-out noise line overlaps a keep line. While
writing I had already kept the page ad labels off the words of the held-out and keep lines ("– Anzeige –" rather than
"Werbung", held by the German keep line, "Contenuto sponsorizzato" rather than "Pubblicità", held by the Italian keep
line, "Партнёрский материал" rather than "Реклама", held by the Russian ad-marking line) and left out a "Lascia un
commento" line (inside the Italian held-out line). Its one run found nothing; as allowed, some page noise lines hold
another noise line of their page (site names inside captions and copyright lines, the practice's name inside the English
portal's reply marker), the tank-moving post's table-of-contents entry "2. The order I did things in" holds its
subheading, and the comment headings of the tank-moving and gratin posts hold their post's title, as WordPress prints
it. No list changed after that check. (5) At the measurement (19:56:55 UTC) this docstring was a placeholder and the
xfail tables were empty; it was written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s90scratch/problems.py) that ran it on every line, keep line and
page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Adlestow (and so the Adlestow Herald), Marsh &
Pellow, Courtenval (and so Courtenval Infos), Poireaux et Poivrade, Kleinmöllrath and Möllrath (and so the Möllrather
Rundschau, Autohaus Möllrath and the Hallenbad Möllrath-Süd), Hobelspäne am Sonntag, Castelbrunello (and so
Castelbrunello Notizie), Montesorbo, Valbrunella, Corro Piano, Karwieniec (and so the Gazeta Karwieniecka), Welon i
Mech, Sklep Sportowy Płetwa, Ольхозёрск (and so the Ольхозёрские вести), Шип и паз в гараже, Skirlbeck (and so the
Skirlbeck Gazette and Skirlbeck Newspapers Ltd), Bergkamm Medien, Torrechiusa, Oficyna Medialna Sitnik and «Северный
клён» had no hits, nor had the full names Tamsin Ollerhead, Graham Pelling, Josie Thwaite, Henrike Osterkamp, Serena
Foschini, Bartosz Pajdak, Philippa Marsh, Odile Carrasset, Élodie Ravanel, Gesine Tappert, Gianfranco Liverani, Lucia
Benvegnù, Katarzyna Mleczko, Ирина Ласточкина and the surnames Dübbelde and Горбылёва. Used after hits that are not the
name: Pebble and Fin (only inside "pebble and find" and "Pebble and Finn" in code), Кряжевка (only inside the word
раскряжевка) and Ollerhead (only inside "ControllerHead"); Carrasset had hits as a real surname and is used as an
ordinary surname. Dropped after their checks: Верхнеозёрск, planned for the Russian portal's town (a city name in games'
and sample data), Зимогорск, checked for it (in a test's glossary), Стружка на полу, planned for the Russian woodworking
blog (a common phrase), Wexbury, planned for the English registration and bio lines (in games' and sample data),
Roccalbina, planned for the Italian VAT footer (in sample data), Ebersfeld, planned for a German read-also link (in
sample data), Fenella Marsh and Imogen Marsh, planned for the vet (in sample data), Marion Eisenhut, planned for the
head teacher (a real scientist's name), Bartosz Kmiecik and Bartosz Kwietniewski, planned for the Polish credit,
Сазонтова and Ирина Трофимчук, planned for the Russian byline (real people's names in code), Lucia Ferrandi (near a real
name in code) and Declan Ferris and Declan Foyle, planned for a commenter (in sample data and games; the commenter
became "Declan R."). Not checked, generic or invented at sight: Station Road, Mill Lane, High Street, Tanner's Yard, the
refuge de la Croix-Blanche, Toilettage du Moulin, via Roma, Lipniki, Zaborze, ul. Ogrodowa, Кряжевка's Берёзовка. The
people's names (Owen Treharne, Barnaby_K, Rosalind, Declan R., Mags, Patou71, Clémence, Aurélie B., Lars Dübbelde,
HeikeB, Jürgen K., Matthias, Holzwurm_Kai, Annett, Mariagrazia62, Sandro, Fabio, Elisa R., mama_Zuzi, Ratownik Bartek,
Krzysiek_aqua, Michał, Нина Горбылёва, Валентина, Пётр Семёнович, Алексей_Д, Глеб, Сергей Палыч and the dog Rex) are
invented, though ordinary names real people may bear; none is meant as a real person. The company, P.IVA, NIP and ИНН
numbers and the erid are zero-filled, and the street numbers of the invented addresses are 0; the OVH address is the
host's own published one. There are no phone numbers and no e-mail addresses. (7) Some lines name real things, as real
pages do (all from memory): Global News's "Story continues below advertisement", Instagram's embed text, Gravity Forms,
Reuters-style credits, Buy Me a Coffee, Blogger and its Simple theme, the Companies House wording of English
registration lines, Google reCAPTCHA, WordPress's comment lines in English, French and Italian, Disqus's reactions,
Reddit, Flipboard, Mastodon, Threads, X, WhatsApp, Tipeee, OVH, the French mentions légales, the Spiegel-style embed
header, Onet's video break, the Russian ad-marking law's ИНН and erid, Boosty, uCoz and Cackle; on the pages Facebook,
Instagram, Strava, Amazon, Telegram, Dzen, VKontakte, Odnoklassniki, WordPress, the Neve theme by ThemeIsle, Titebond
III, the Polish WOPR, the Russian ФАП, Neocaridina shrimp, corydoras and the 16+ mark of Russian sites. (8) Set 88's
docstring names its own shapes and its pages' layouts (and sets 85 to 87 their shapes in their first paragraphs), so
some lines may repeat shapes of sets before 85 or of the development lists that I could not check; in particular "Story
continues below advertisement", "View this post on Instagram", WordPress's logged-in and Italian comment-form lines,
Blogger's Simple-theme footer and the reCAPTCHA notice are common enough that an earlier set may hold them. Close to
shapes sets 85 to 88 named: the English ad break is near Hearst's "Continue Reading Below" and the ad breaks of 87 and
88, and the Polish video break near the Polish "Pozostała część artykułu pod reklamą" of 87; the Instagram,
cookie-blocked and embed-header placeholders and the Italian player residue are near Hearst's YouTube placeholder and
the BBC video fallbacks; the ad-marking label is near the Yandex Direct label; the reading-time rows are reading-time
rows in other words; the Reuters credit and the text-and-photos credit are credits near the words-and-pictures and
compiled-by credits; the bio line and the contribution and edited-by bylines are bylines near their correspondent, staff
and newsroom bylines; the Buy-Me-a-Coffee, Tipeee and Boosty plugs are plugs like their Ko-fi, Patreon, buycoffee.to,
Patronite and Substack ones; the Blogger and uCoz footers are near the Wix, Jimdo, Tilda and theme credits; the
registration, VAT, publisher, hosting and copyright lines are legal footers near their registration,
publication-director and reprint lines; the logged-in, sort, reactions, comments-disabled and widget-title lines are
comment furniture near their moderation, closing, login and widget lines; the German correction is near the Polish
corrections of 87 and 88, the Russian update note near the German update note of 86; the share rows are share rows on
other platforms. Page chrome repeats kinds of line set 88's docstring names among its noise (photo captions, ad labels
and ads, read-also, more-from, might-like and most-read links, affiliate notes, newsletter prompts, tables of contents,
breaking-news lines, theme credits), as real pages carry them. (9) My first step's clock reading was 2026-12-04 19:51:17
UTC; the measurement ran at 19:56:55 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Reading time for the younger pupils", "Follow-up appointments",
"Shared by three villages", "Posted through every letterbox", "Advertisement boards", "Comments made at the meeting",
"Copyright in the shelter's logo", "Publié dans le bulletin municipal", "Lecture à voix haute", "Commentaires et
questions", "Werbung für die Schwimmkurse", "Teilen wollen sich", "Kommentarlos", "Pubblicità a parte", "Condivisa con
il comune vicino", "Leggi regionali", "Autor projektu", "Czytając list", "Поделиться кормом" and "Комментируя закрытие"
are article sentences. The ad breaks, the embed placeholders, the Gravity Forms residue, the player residue and the
ad-marking label are counted as markers; the reading-time rows as reading-time lines; the reporting credit, the bio
line, the contribution, edited-by and text-and-photos bylines and the Buy-Me-a-Coffee, Tipeee and Boosty plugs as
bylines; the Blogger, registration, reCAPTCHA, hosting, copyright, VAT, publisher and uCoz rows as footers; the
logged-in lines, the sort rows, the reactions row, the comment-form residue, the comments-disabled line and the widget
title as comments; the share rows as share; the correction, over-a-year-old and story-updated lines as notices. On every
page the title, the paragraphs before the subheading (three, the third with the quote, or four on the school-minibus
story, the second with the quote), the subheading, its list rows and the last paragraphs are article (10 lines a page:
three rows and two last paragraphs, or four rows and one, or on the school-minibus story three rows and one; the blog
posts' closing lines about the next post or the next run are their last paragraphs and counted as article) and
everything else is noise (20 lines a page); in particular site names and taglines, menus, search boxes, sign-in lines,
breaking-news, weather and date lines, breadcrumbs, bylines and author names, dates, categories, recipe-card rows,
bookmark links, tables of contents (multi-line blocks on three blogs), photo captions, ad labels and ads, read-also,
more-from, might-like, related and most-read links, Strava and Dzen rows, newsletter prompts, affiliate notes, tags,
share lines, like rows, comment headings and counts, commenter rows, comment dates, texts and replies, reply and report
links, previous-post links, back-to-top links, theme credits, copyright and legal lines are noise. The layouts: two to
five noise lines above the title, one to six under it (six on the gratin post: its date, its jump-to-recipe link and
four recipe-card rows), zero to four between the paragraphs before the subheading (the tables of contents of the
tank-moving and chopping-board posts stand between the first and second paragraphs), noise between the subheading and
the first list row on two pages (it-portale-castelbrunello-dentista, a caption, and pl-portal-karwieniec-nauka-plywania,
an ad label and an ad), a gap of one noise line between two list rows on five pages (fr-portail-courtenval-refuge,
de-blog-hobelspaeneamsonntag-schneidebrett, it-blog-corropiano-nebbia, ru-portal-olkhozyorsk-lekarstva and
ru-blog-shipipazvgarazhe-taburet), noise between the last list row and the last paragraph on two pages (the vets story's
newsletter prompt and the school-minibus story's more-from block), and eight to twelve at the foot, with replies to
comments on eight pages (the vets story's reply from the practice, the swimming story's reply marked "↳" and the
authors' replies on six blogs). The subheadings and rows: en-portal-adlestow-vets "What changes for owners" (three
rows), en-blog-pebbleandfin-tankmove "The order I did things in" (four rows), fr-portail-courtenval-refuge "Ce dont le
refuge a besoin" (three rows), fr-blog-poireauxetpoivrade-gratin "Ce qu'il vous faut" (four rows),
de-portal-kleinmoellrath-schulbus "Wofür der Bus genutzt wird" (three rows), de-blog-hobelspaeneamsonntag-schneidebrett
"Was ich gebraucht habe" (three rows), it-portale-castelbrunello-dentista "Cosa devono fare i pazienti" (three rows),
it-blog-corropiano-nebbia "Cosa mi ha salvato" (three rows), pl-portal-karwieniec-nauka-plywania "Jak to będzie
wyglądać" (four rows), pl-blog-welonimech-krewetki "Co zauważyłem" (three rows), ru-portal-olkhozyorsk-lekarstva "Как
это будет работать" (three rows) and ru-blog-shipipazvgarazhe-taburet "Что понадобилось" (four rows); all of them are
article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-adlestow-vets (a regional news portal's story on a vets'
practice moving from the High Street to a former tyre depot, with a comment and the practice's reply),
en-blog-pebbleandfin-tankmove (an aquarium blog's post on moving a 180-litre community tank across the house, with three
comments, one of them the author's), fr-portail-courtenval-refuge (a regional news portal's story on a full dog
shelter's appeal for food, blankets and volunteers before winter, with a comment), fr-blog-poireauxetpoivrade-gratin (a
vegetarian cooking blog's recipe for a red kuri squash and green lentil gratin with sage, with a comment and the
author's reply), de-portal-kleinmoellrath-schulbus (a regional news portal's story on a village primary school's donated
nine-seat minibus, with two comments), de-blog-hobelspaeneamsonntag-schneidebrett (a woodworking blog's post on an
end-grain chopping board from oak offcuts, with a comment, the author's reply and another comment),
it-portale-castelbrunello-dentista (a regional news portal's story on the village's only dentist's surgery closing after
35 years, with a comment), it-blog-corropiano-nebbia (a running blog's post on an 18-kilometre run in fog along a canal,
with three comments, one of them the author's), pl-portal-karwieniec-nauka-plywania (a regional news portal's story on
free swimming lessons for a district's third-year pupils, with a comment, a reply and another comment),
pl-blog-welonimech-krewetki (an aquarium blog's post on a first month with cherry shrimp, with a comment and the
author's reply), ru-portal-olkhozyorsk-lekarstva (a regional news portal's story on medicine delivery through the
medical post to a village without a pharmacy, with two comments) and ru-blog-shipipazvgarazhe-taburet (a woodworking
blog's post on a mortise-and-tenon birch stool without screws, with a comment, the author's reply and another comment);
every page holds a title, a subheading with list rows, a quote in the article and noise above the title, under it,
between the paragraphs or the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 507796f3e7722d6ef711df9929e73c95d3f40ba8, measured with ``cd /tmp/wt-s90 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s90/src python -m pytest -q tests/test_clean_held_out_90.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s90 && PYTHONPATH=/tmp/wt-s90/src python
scripts/clean_held_out_report.py --sets 90`` (noise lines removed 41/45, article lines kept 20/20, pages clean 2/12,
page noise lines left 23 of 240), with the xfail tables empty): noise lines removed 41/45 (marker 8/8, reading-time 7/7,
byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; missed, all kept in the text: the Italian "Articolo a cura
di Serena Foschini" put at the head; and the German "Sortieren nach: Neueste zuerst" and "Hinweis der Redaktion: In
einer früheren Version hieß es, die Praxis ziehe im Januar um. Richtig ist: im Februar." and the Russian "Новость
дополнена комментарием главного врача района." put at the foot); keep lines kept 20/20; pages 2/12 clean
(fr-portail-courtenval-refuge and pl-portal-karwieniec-nauka-plywania), 23 of 240 page noise lines left and 0 of 120
article lines lost: en-portal-adlestow-vets 1 left ("Breaking: Level crossing at Mill Lane closed until 6pm");
en-blog-pebbleandfin-tankmove 5 left ("In this post", "1. Getting ready", "2. The order I did things in", "3. Back in
the water" and "The tank half drained, with the buckets lined up on towels."); fr-blog-poireauxetpoivrade-gratin 2 left
("Le gratin à la sortie du four, encore frémissant." and "Vous aimez mes recettes ? Recevez-les chaque dimanche dans
votre boîte mail."); de-portal-kleinmoellrath-schulbus 2 left ("Mehr aus Kleinmöllrath" and "Feuerwehr bekommt neues
Tanklöschfahrzeug"); de-blog-hobelspaeneamsonntag-schneidebrett 1 left ("Die verleimten Streifen in den Zwingen, bevor
sie quer aufgetrennt werden."); it-portale-castelbrunello-dentista 1 left ("Ultim'ora: chiusa per lavori la provinciale
per Montesorbo fino a sabato"); it-blog-corropiano-nebbia 3 left ("L'argine alle 8:50, visibilità una ventina di
metri.", "Corsa mattutina · 18,2 km · 1:51:02 · Visualizza su Strava" and "Il gilet che uso è questo (link affiliato
Amazon)"); pl-blog-welonimech-krewetki 2 left ("Samica z jajami na korzeniu, zdjęcie telefonem przez szybę." and "Link
do sklepu w tekście jest linkiem partnerskim."); ru-portal-olkhozyorsk-lekarstva 2 left ("Фельдшерско-акушерский пункт в
Кряжевке. Фото: «Ольхозёрские вести»" and "Дрова колотые, берёза и ольха — доставка по району");
ru-blog-shipipazvgarazhe-taburet 4 left ("Шип и паз в гараже", "Готовый табурет в мастерской, пока без покрытия.", "Если
вам нравится блог, подпишитесь на мой канал в Дзене." and "Разметка шипов рейсмусом."). Of the left page lines three
stand above the title (the breaking-news lines of the vets and dentist stories and the stool post's blog name, whose
tagline goes); two stand under the title (the photo captions of the medicine-delivery story and the stool post; every
recipe-card row, byline, date, category and the pl-blog's table of contents under the titles go); fifteen stand between
the paragraphs before the subheading (the tank-moving post's table of contents after the first paragraph and its
caption, the gratin post's caption and newsletter prompt, the chopping-board post's caption but not its table of
contents, the fog post's caption and Strava row, the shrimp post's caption and affiliate note, the medicine-delivery
story's firewood ad, whose label goes, and the stool post's Dzen prompt and caption); one stands in a gap between list
rows (the fog post's affiliate note; the shelter story's video link, the chopping-board post's affiliate note, the
medicine-delivery story's Telegram prompt and the stool post's affiliate link go); two stand between the last list row
and the last paragraph (the school-minibus story's more-from block; the vets story's newsletter prompt goes); nothing
between the subheading and the first row is left, and nothing at the foot: every tag, share, like, related, comment
heading, commenter row, comment text, reply, most-read, previous-post, theme credit, copyright and legal line at the
foot goes. No article line is lost. The failing cases are strict xfails.

Still held out after round 74 (development on sets 87 and 88: times inside list rows, number-first subheadings, reply
arrows, hyphenated call words, past-tense reported calls, dotted tables of contents under the title; this set was
written against 507796f, before it; measured once with ``scripts/clean_held_out_report.py --sets 90``): noise lines
removed 41/45, keep lines 20/20, pages clean 2/12, page noise lines left 23 of 240, article lines lost 0 of 120, all
unchanged.

Round 75 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_90.py`` at 6bf2306 (before) and the round's
last commit on branch round75 (after): noise lines 41 -> 43 of 45 (marker 8/8, reading-time 7/7, byline 7/8 -> 8/8,
footer 8/8, comments 7/8 -> 8/8, share 3/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 2 -> 3 of 12, page noise
lines left 23 -> 16 of 240, article lines lost 0 -> 0 of 120; pytest 63 passed, 14 xfailed -> 66 passed, 11 xfailed. On
this set: the tank-moving post's table of contents ('In this post' over '1. ...'), the medicine-delivery story's
credited caption, the shrimp post's phone caption and affiliate note and the German sort row and 'Articolo a cura di
Serena Foschini' go. Fixed, by mechanism: a table of contents is a widget that sits inside the article, no chrome of the
page's tail, and a subheading worded as a clause right over a sentence of the article ('Что я увидел', 'Co zobaczyłem')
is no short label of the page's, so a table of contents, a support prompt and such a subheading under the body no longer
make the gap that ended it (page_blocks._IN_BODY_WIDGETS, _is_heading_over_sentence); a caption whose credit stands in
guillemets ('... Фото: «Ясноборские новости»') is a caption again, the decoration strip having taken the closing
guillemet (clean._with_closing_guillemet); a table of contents under a header only a table bears ('Table of contents',
'Table des matières', 'Inhaltsverzeichnis', 'Indice dei contenuti', 'Spis treści', 'Оглавление', 'Sommaire', 'Sommario'
and the new 'In this post' headers in six languages, clean._TOC_ONLY_HEADER, _IN_THIS_POST) goes with its '1. ...'
entries below the first paragraph too ('Contents', 'Inhalt', 'Indice' and 'Содержание' stay there). Classes added: a
comment thread's sort row ('Sortieren nach: Neueste zuerst') and Blogger's anonymous commenter header ('Anonymous
said...'), in six languages (whole_line_noise, comment thread); a caption saying which phone took its picture, after a
comma ('..., снято на телефон через окуляр.', '..., zdjęcie telefonem przez szybę.'; clean._SHOT_WITH_CAPTION); a link
said to be an affiliate's ('Link do sklepu w tekście jest linkiem partnerskim.'; clean._LINK_IS_AFFILIATE); a log-in
prompt behind the comment form's invitation ('Join the conversation – log in ...') and the Italian editor's byline
('Articolo a cura di ...'), in six and one languages (whole_line_noise). The guillemet fix cleans a page of sets 83 and
86 and one line of set 88; the SemEval dump is unchanged (0 of 3723 files). Left: the single lines of the _LINE_XFAIL
table and, on the pages, captions without a credit or a camera, breaking-news lines above the title, the stool post's
blog name and Dzen prompt, the gratin post's newsletter prompt, the fog post's Strava row and affiliate note, the
firewood ad and the more-from block (no time left in the round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_90_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Story continues below advertisement", "marker"),
    ("body", "View this post on Instagram", "marker"),
    ("tail", "This iframe contains the logic required to handle Ajax powered Gravity Forms.", "marker"),
    ("head", "This post takes about 6 minutes to read.", "reading-time"),
    ("head", "Read in 2 minutes", "reading-time"),
    ("tail", "Reporting by Tamsin Ollerhead; editing by Graham Pelling", "byline"),
    ("tail", "If this post saved one of your fish, you can buy me a coffee – it helps keep the tank lights on.",
             "byline"),
    ("tail", "Josie Thwaite covers health and education for the Skirlbeck Gazette.", "byline"),
    ("tail", "Simple theme. Powered by Blogger.", "footer"),
    ("tail", "Skirlbeck Newspapers Ltd, registered in England and Wales no. 00000000. Registered office: 0 Tanner's "
             "Yard, Skirlbeck.", "footer"),
    ("tail", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "footer"),
    ("tail", "You must be logged in to post a comment.", "comments"),
    ("tail", "Sort by: Oldest | Newest | Most liked", "comments"),
    ("tail", "0 Responses · Upvote · Funny · Love · Surprised · Angry · Sad", "comments"),
    ("body", "Share on Reddit · Flipboard · Mastodon · Copy link", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "4 min de lecture", "reading-time"),
    ("tail", "Ce blog vit grâce à vous : soutenez-le sur Tipeee à partir de 1 € par mois.", "byline"),
    ("tail", "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("head", "Partager sur Threads, X, WhatsApp ou par courriel", "share"),
    # German
    ("body", "Empfohlener redaktioneller Inhalt", "marker"),
    ("head", "Lesedauer: 3 Minuten", "reading-time"),
    ("head", "Ein Beitrag von Henrike Osterkamp", "byline"),
    ("tail", "© 2026 Bergkamm Medien GmbH – Alle Rechte vorbehalten. Eine Weiterverwendung der Inhalte ist nur mit "
             "Genehmigung gestattet.", "footer"),
    ("tail", "Sortieren nach: Neueste zuerst", "comments"),
    ("tail", "Hinweis der Redaktion: In einer früheren Version hieß es, die Praxis ziehe im Januar um. Richtig ist: "
             "im Februar.", "notice"),
    # Italian
    ("body", "Caricamento player", "marker"),
    ("head", "Si legge in 3 minuti", "reading-time"),
    ("head", "Articolo a cura di Serena Foschini", "byline"),
    ("tail", "© 2026 Gazzetta di Torrechiusa – P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "Lascia un commento Annulla risposta", "comments"),
    ("tail", "Condividi: Threads | Mastodon | WhatsApp", "share"),
    # Polish
    ("body", "Dalszy ciąg materiału pod wideo", "marker"),
    ("head", "4 min czytania", "reading-time"),
    ("head", "Tekst i zdjęcia: Bartosz Pajdak", "byline"),
    ("tail", "Wydawca: Oficyna Medialna Sitnik sp. z o.o., ul. Ogrodowa 0, NIP 000-000-00-00", "footer"),
    ("tail", "Możliwość komentowania została wyłączona.", "comments"),
    ("tail", "Ten artykuł ma ponad rok – niektóre informacje mogą być nieaktualne.", "notice"),
    # Russian
    ("body", "Реклама. ООО «Северный клён», ИНН 0000000000, erid: 2Vtzq000000", "marker"),
    ("head", "⏱ 4 мин на прочтение", "reading-time"),
    ("tail", "Поддержать блог можно на Boosty — там же выкладываю чертежи.", "byline"),
    ("tail", "Бесплатный конструктор сайтов — uCoz", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Новость дополнена комментарием главного врача района.", "notice"),
]
HELD_OUT_90_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Reading time for the younger pupils now happens on the minibus on the way to swimming, the head "
             "teacher said."),
    ("head", "Follow-up appointments will be held at the health centre in the next town until the practice reopens."),
    ("body", "Shared by three villages, the minibus will also take pupils to swimming lessons in the town."),
    ("body", "Posted through every letterbox in the village, the leaflet explains how to order medicine by phone."),
    ("tail", "Advertisement boards outside the surgery still list the old opening hours, patients pointed out."),
    ("tail", "Comments made at the meeting by the dentist's receptionist were later withdrawn, the minutes show."),
    ("tail", "Copyright in the shelter's logo was given to the charity by the artist who drew it in 1994."),
    # French
    ("head", "Publié dans le bulletin municipal, l'appel du refuge a rapporté plus de 2 000 euros en une semaine."),
    ("body", "Lecture à voix haute et jeux de société occuperont les enfants pendant le trajet en minibus."),
    ("tail", "Commentaires et questions des parents seront recueillis lors de la réunion de jeudi."),
    # German
    ("head", "Werbung für die Schwimmkurse machte der Verein vor allem über die Grundschulen."),
    ("body", "Teilen wollen sich die beiden Tierärztinnen auch künftig die Notdienste am Wochenende."),
    ("tail", "Kommentarlos nahm der Gemeinderat den Bericht der Apothekerkammer zur Kenntnis."),
    # Italian
    ("head", "Pubblicità a parte, il canile conta soprattutto sul passaparola per trovare nuove famiglie."),
    ("body", "Condivisa con il comune vicino, la consegna dei farmaci passerà due volte alla settimana."),
    ("tail", "Leggi regionali permettono già la consegna dei farmaci a domicilio ai pazienti cronici, ricorda il "
             "sindaco."),
    # Polish
    ("head", "Autor projektu, nauczyciel wychowania fizycznego, sam nauczył się pływać dopiero jako dorosły."),
    ("tail", "Czytając list od dentysty, pacjenci dowiedzieli się, że gabinet zamknie się w marcu."),
    # Russian
    ("body", "Поделиться кормом с приютом можно в любом магазине посёлка, где стоят корзины."),
    ("tail", "Комментируя закрытие кабинета, главврач района пообещал выездного стоматолога раз в месяц."),
]
HELD_OUT_90_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-adlestow-vets": _page("en", "en-portal-adlestow-vets", [
        ["-Adlestow Herald", "-News | Sport | What's On | Jobs | Announcements", "-Search the Herald"],
        ["-Breaking: Level crossing at Mill Lane closed until 6pm"],
        ["+Adlestow vets to move to former tyre depot on Station Road"],
        ["-By Owen Treharne, Health Reporter",
         "-Published 4 December 2026, 07:15 GMT",
         "-Updated 4 December 2026, 09:40 GMT"],
        ["-The surgery's High Street entrance, which has 14 steps up to reception. Picture: Adlestow Herald"],
        ["+Marsh & Pellow Veterinary Surgery will leave its High Street premises after 41 years and reopen on "
         "Station Road in the spring."],
        ["+The practice says the old building has no room for a second operating theatre or for parking, and clients "
         "with large dogs have struggled on the narrow stairs."],
        ["-Read more: Plans lodged for 40 homes on former dairy site"],
        ['+"We have simply outgrown the place," said senior partner Philippa Marsh. "Our new site will have a proper '
         'waiting area for cats, away from the dogs."'],
        ["+What changes for owners"],
        ["+Appointments continue at High Street until the end of February.",
         "+The new site will have 18 parking spaces, including two for horse trailers.",
         "+Out-of-hours cover stays with the same emergency clinic in the county town."],
        ["-Sign up to our daily newsletter for the latest Adlestow news, straight to your inbox."],
        ["+Planning permission for the change of use was granted by the district council last week."],
        ["+The surgery will close for three days during the move, with a locum covering urgent calls."],
        ["-Topics: Pets, Planning, High Street"],
        ["-Comments (2)"],
        ["-Barnaby_K", "-About time. Getting an elderly Labrador up those stairs was a nightmare.", "-2 hours ago"],
        ["-↳ Reply from Marsh & Pellow Veterinary Surgery",
         "-Thank you! We'll post the opening date on our Facebook page as soon as it's confirmed."],
        ["-Most read", "-1. Man fined after dog left in hot car at retail park"],
        ["-© 2026 Adlestow Herald. All rights reserved."],
    ]),
    "en-blog-pebbleandfin-tankmove": _page("en", "en-blog-pebbleandfin-tankmove", [
        ["-Pebble and Fin", "-Notes from a freshwater fishkeeper", "-Home · Tanks · Fish profiles · About"],
        ["+Moving a 180-litre tank across the house without losing a fish"],
        ["-December 3, 2026 by Rosalind"],
        ["+After six years in the hall, the big community tank had to move to the back room before the new radiator "
         "went in."],
        ["-In this post", "-1. Getting ready", "-2. The order I did things in", "-3. Back in the water"],
        ["+I drained it down to about a third, bagged the fish in buckets of their own water and kept the filter "
         "media wet in a cool box."],
        ["-The tank half drained, with the buckets lined up on towels."],
        ['+My rule, borrowed from the shop owner who sold me my first tank, was simple: "Never let the filter dry '
         'out, and never rush the refill."'],
        ["+The order I did things in"],
        ["+Fish into buckets with an air stone, lids half on.",
         "+Plants into a tub of tank water, the carpet plants lifted in one piece.",
         "+Gravel scooped out wet and rinsed only lightly.",
         "+Tank carried empty by two people, on a board."],
        ["+Everyone was back in by nine that evening and the corydoras were eating the next morning."],
        ["-Like this:"],
        ["-Related", "-How I finally beat green spot algae"],
        ["-3 thoughts on “Moving a 180-litre tank across the house without losing a fish”"],
        ["-Declan R. says:",
         "-December 3, 2026 at 8:12 pm",
         "-Did you keep the heater running in the buckets? Mine dropped to 19 degrees last time."],
        ["-Rosalind says:", "-Not in the buckets, but the room was warm and it only took three hours."],
        ["-Mags says:", "-Three hours is quick! My last move took all day and I lost a pleco."],
    ]),
    "fr-portail-courtenval-refuge": _page("fr", "fr-portail-courtenval-refuge", [
        ["-Courtenval Infos", "-Le Mag | Agenda | Petites annonces | Nécrologie"],
        ["-Accueil › Actualités › Animaux"],
        ["+Le refuge de Courtenval lance un appel aux dons avant l'hiver"],
        ["-Par Élodie Ravanel", "-Le 4 décembre 2026 à 08h05"],
        ["-Rex, onze ans, attend une famille depuis le printemps. Photo Courtenval Infos"],
        ["+Avec 46 chiens pour 38 boxes, le refuge de la Croix-Blanche affiche complet depuis la fin de l'été."],
        ["-À lire aussi : Un chat coincé dans une gouttière sauvé par les pompiers"],
        ["-Publicité", "-Toilettage du Moulin – -20 % sur le premier rendez-vous"],
        ["+L'association qui le gère manque de croquettes, de couvertures et surtout de bénévoles pour les "
         "promenades du week-end."],
        ["+« Nous n'avons jamais eu autant d'abandons en une seule saison », confie sa présidente, Odile Carrasset."],
        ["+Ce dont le refuge a besoin"],
        ["+Des croquettes pour grands chiens et des pâtées pour les plus âgés."],
        ["-Vidéo : la visite du refuge en 2 minutes"],
        ["+Des couvertures, draps et serviettes propres.",
         "+Des bénévoles majeurs, disponibles deux heures le samedi ou le dimanche."],
        ["+Les dons peuvent être déposés au refuge du mardi au samedi, de 14 h à 17 h."],
        ["+Une journée portes ouvertes est prévue le 13 décembre, avec des chiens à l'adoption."],
        ["-Mots-clés : animaux, refuge, solidarité"],
        ["-1 commentaire"],
        ["-Patou71",
         "-J'ai adopté ma chienne là-bas il y a trois ans, l'équipe est formidable.",
         "-Signaler un abus",
         "-Répondre"],
        ["-Les plus lus", "-Fermeture du pont du moulin pour travaux de nuit"],
        ["-Mentions légales – Politique de confidentialité – Gestion des cookies", "-© Courtenval Infos 2026"],
    ]),
    "fr-blog-poireauxetpoivrade-gratin": _page("fr", "fr-blog-poireauxetpoivrade-gratin", [
        ["-Poireaux et Poivrade",
         "-Cuisine végétarienne de saison, sans prise de tête",
         "-Recettes · Menus de la semaine · À propos · Contact"],
        ["+Gratin de potimarron aux lentilles vertes et à la sauge"],
        ["-Publié le 3 décembre 2026 par Clémence", "-Aller à la recette"],
        ["-Préparation : 20 min", "-Cuisson : 45 min", "-Pour 4 personnes", "-Imprimer la recette"],
        ["+Chaque hiver, c'est le plat que je prépare quand le panier de légumes déborde de courges."],
        ["-Le gratin à la sortie du four, encore frémissant."],
        ["+Les lentilles remplacent ici la viande hachée, et un peu de comté râpé suffit à faire gratiner le dessus."],
        ["+Ma voisine, qui ne mange jamais de lentilles, m'a dit en repartant : « Celui-là, tu me l'écris ? »"],
        ["-Vous aimez mes recettes ? Recevez-les chaque dimanche dans votre boîte mail."],
        ["+Ce qu'il vous faut"],
        ["+Un petit potimarron d'environ un kilo, avec la peau.",
         "+200 g de lentilles vertes cuites.",
         "+Une dizaine de feuilles de sauge fraîche.",
         "+80 g de comté râpé et un filet d'huile d'olive."],
        ["+La prochaine fois, je vous montre la version aux marrons pour le réveillon."],
        ["-Catégories : Plats d'hiver, Légumineuses"],
        ["-Vous aimerez aussi", "-Soupe de panais au lait de coco", "-Velouté de châtaignes et champignons"],
        ["-2 réflexions sur « Gratin de potimarron aux lentilles vertes et à la sauge »"],
        ["-Aurélie B.", "-Fait hier soir avec une butternut, tout le monde s'est resservi !"],
        ["-Clémence", "-Super ! La butternut marche très bien, elle est juste un peu plus sucrée."],
    ]),
    "de-portal-kleinmoellrath-schulbus": _page("de", "de-portal-kleinmoellrath-schulbus", [
        ["-Möllrather Rundschau", "-Startseite > Lokales > Kleinmöllrath", "-Abo | E-Paper | Login"],
        ["+Grundschule Kleinmöllrath bekommt eigenen Kleinbus"],
        ["-Von Lars Dübbelde", "-04.12.2026, 06:30 Uhr", "-Merken"],
        ["-Stolz vor dem neuen Bus: Kinder der Klasse 3b mit Schulleiterin Gesine Tappert. Foto: Privat"],
        ["+Die Grundschule in Kleinmöllrath hat seit Montag einen eigenen Kleinbus mit neun Sitzen, gespendet vom "
         "Förderverein und zwei Betrieben aus dem Ort."],
        ["+„Bisher mussten wir für jeden Ausflug Eltern um Fahrten bitten“, sagt Schulleiterin Gesine Tappert."],
        ["-Lesen Sie auch: Hallenbad Möllrath-Süd schließt über die Feiertage"],
        ["+Der Bus soll vor allem die Fahrten zum Hallenbad im Nachbarort übernehmen, wo die dritten Klassen "
         "Schwimmunterricht haben."],
        ["-– Anzeige –", "-Autohaus Möllrath – Winterreifen jetzt zum Aktionspreis"],
        ["+Fahren dürfen ihn zwei Lehrkräfte und der Hausmeister, die dafür eigens einen Kurs belegt haben."],
        ["+Wofür der Bus genutzt wird"],
        ["+Dienstags und donnerstags zum Schwimmunterricht.",
         "+Zu Ausflügen in den Wildpark und ins Heimatmuseum.",
         "+Zu den Sportfesten der Grundschulen im Kreis."],
        ["-Mehr aus Kleinmöllrath", "-Feuerwehr bekommt neues Tanklöschfahrzeug"],
        ["+Die Versicherung und den Sprit übernimmt für die ersten zwei Jahre die Gemeinde."],
        ["-Schlagworte: Schule, Kleinmöllrath, Ehrenamt"],
        ["-Kommentare (2)"],
        ["-HeikeB", "-Toll! Unser Sohn freut sich schon auf die erste Fahrt.", "-Antworten", "-Melden"],
        ["-Jürgen K.", "-Hoffentlich sind auch Winterreifen drauf 😉"],
    ]),
    "de-blog-hobelspaeneamsonntag-schneidebrett": _page("de", "de-blog-hobelspaeneamsonntag-schneidebrett", [
        ["-Hobelspäne am Sonntag", "-Holzarbeiten aus der Kellerwerkstatt"],
        ["+Ein Stirnholz-Schneidebrett aus Eichenresten"],
        ["-3. Dezember 2026 · Werkstattprojekte"],
        ["+In der Werkstatt lagen noch Reste von der Eichentreppe meines Nachbarn, zu schade für den Ofen."],
        ["-Inhaltsverzeichnis", "-Das Holz", "-Verleimen und Auftrennen", "-Ölen"],
        ["+Ich habe sie auf 40 Millimeter abgelängt, zu Streifen verleimt und dann quer wieder aufgetrennt, damit "
         "das Stirnholz oben liegt."],
        ["-Die verleimten Streifen in den Zwingen, bevor sie quer aufgetrennt werden."],
        ["+Mein alter Lehrmeister sagte immer: „Leim ist nur so gut wie die Fuge, die du ihm gibst.“"],
        ["+Was ich gebraucht habe"],
        ["+Eichenreste, mindestens 30 Millimeter dick.", "+Wasserfesten Holzleim der Klasse D3."],
        ["-*Affiliate-Link: Beim Kauf über diesen Link erhalte ich eine kleine Provision."],
        ["+Eine Oberfräse mit Abrundfräser für die Kanten."],
        ["+Geölt habe ich das Brett dreimal mit lebensmittelechtem Leinöl, mit je einem Tag Pause."],
        ["+Im nächsten Beitrag zeige ich, wie ich die passende Halterung für die Wand gebaut habe."],
        ["-Tags: Eiche, Stirnholz, Resteverwertung"],
        ["-← Vorheriger Beitrag: Werkbank aus alten Gerüstbohlen"],
        ["-2 Kommentare"],
        ["-Holzwurm_Kai",
         "-4. Dezember 2026 um 09:12 Uhr",
         "-Schönes Brett! Hast du die Fugen vorher abgerichtet oder direkt von der Säge verleimt?",
         "-Antworten"],
        ["-Matthias", "-Abgerichtet, sonst halten die Fugen nicht. Danke dir!"],
        ["-Annett", "-Genau so mache ich es auch, nur mit Titebond III."],
    ]),
    "it-portale-castelbrunello-dentista": _page("it", "it-portale-castelbrunello-dentista", [
        ["-Castelbrunello Notizie", "-Home | Cronaca | Politica | Sport | Eventi | Necrologi"],
        ["-Ultim'ora: chiusa per lavori la provinciale per Montesorbo fino a sabato"],
        ["-Giovedì 4 dicembre 2026", "-Seguici su Facebook e Instagram"],
        ["+Castelbrunello, chiude dopo 35 anni lo studio dentistico di via Roma"],
        ["-di Lucia Benvegnù", "-4 dicembre 2026 - 07:20"],
        ["+Dal 31 dicembre il paese resterà senza dentista: il dottor Gianfranco Liverani va in pensione e nessuno "
         "ha rilevato lo studio."],
        ["+I pazienti, quasi duemila, dovranno rivolgersi agli studi del capoluogo, a mezz'ora di auto."],
        ["-Leggi anche: Nuovo pediatra a Castelbrunello dal mese di gennaio"],
        ["+«Ho cercato un giovane collega per tre anni, ma qui non vuole venire nessuno», spiega Liverani."],
        ["-Contenuto sponsorizzato", "-Ottica Valbrunella – occhiali da vista a partire da 49 euro"],
        ["+Cosa devono fare i pazienti"],
        ["-Lo studio di via Roma, aperto nel 1991. Foto Castelbrunello Notizie"],
        ["+Ritirare la propria cartella clinica entro il 20 dicembre.",
         "+Completare le cure già iniziate entro la fine del mese.",
         "+Chiedere al medico di base l'elenco degli studi convenzionati."],
        ["+Il sindaco ha proposto di offrire i locali a canone agevolato a chi vorrà aprire un nuovo studio."],
        ["+Un'assemblea pubblica è in programma venerdì alle 21 nella sala consiliare."],
        ["-Tag: sanità, dentista, Castelbrunello"],
        ["-Commenti"],
        ["-Mariagrazia62", "-Un'altra perdita per il paese, dopo la banca e l'ufficio postale.", "-Rispondi"],
        ["-I più letti", "-Incidente sulla provinciale, ferito un motociclista"],
        ["-Castelbrunello Notizie – Testata online – Tutti i diritti riservati", "-Privacy Policy | Cookie Policy"],
    ]),
    "it-blog-corropiano-nebbia": _page("it", "it-blog-corropiano-nebbia", [
        ["-Corro Piano", "-Diario di un runner della domenica", "-Home · Allenamenti · Gare · Attrezzatura · Chi sono"],
        ["+Diciotto chilometri nella nebbia del canale"],
        ["-Pubblicato il 2 dicembre 2026", "-Categoria: Allenamenti"],
        ["+Domenica la nebbia era così fitta che dall'argine non si vedeva l'acqua del canale."],
        ["-L'argine alle 8:50, visibilità una ventina di metri."],
        ['+Sono partito piano, con la frontale accesa anche alle nove del mattino, e ho tenuto un ritmo da 6\'10" al '
         "chilometro."],
        ["-Corsa mattutina · 18,2 km · 1:51:02 · Visualizza su Strava"],
        ["+Al quindicesimo chilometro un pescatore mi ha gridato: «Corri che si alza il sole!», e per un attimo ci "
         "ho creduto."],
        ["+Cosa mi ha salvato"],
        ["+Il gilet catarifrangente sopra la giacca."],
        ["-Il gilet che uso è questo (link affiliato Amazon)"],
        ["+Due gel presi al decimo e al quattordicesimo chilometro.", "+Un giro già conosciuto, senza incroci."],
        ["+Il sole, poi, non si è alzato affatto, ma le gambe hanno retto fino alla fine."],
        ["+Sabato prossimo provo i 21 in vista della mezza di febbraio."],
        ["-Tag: corsa, nebbia, lungo"],
        ["-Ti potrebbe interessare anche:", "-Le mie scarpe dopo 1.000 km"],
        ["-3 commenti"],
        ["-Sandro", "-3 dicembre 2026 alle 18:44", "-Con la nebbia preferisco il tapis roulant, sei un eroe!"],
        ["-Fabio (autore)", "-Ahah, eroe no, testardo sì!"],
        ["-Elisa R.", "-Anche io ero sull'argine domenica, ti ho sentito passare ma non ti ho visto!"],
        ["-Torna su ↑"],
    ]),
    "pl-portal-karwieniec-nauka-plywania": _page("pl", "pl-portal-karwieniec-nauka-plywania", [
        ["-Gazeta Karwieniecka", "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt"],
        ["-Karwieniec: 2°C, zachmurzenie", "-Szukaj w serwisie"],
        ["+Darmowa nauka pływania dla trzecioklasistów z gminy Karwieniec"],
        ["-Autor: Redakcja", "-Data publikacji: 04.12.2026, 08:15", "-Edukacja"],
        ["-Basen w Lipnikach, na który będą dojeżdżać dzieci. Fot. UG Karwieniec"],
        ["+Od stycznia wszyscy uczniowie trzecich klas z gminy będą raz w tygodniu jeździć na basen w Lipnikach."],
        ["-Czytaj także: Nowa świetlica w Zaborzu gotowa przed świętami"],
        ["+Program finansuje gmina, a zajęcia poprowadzą ratownicy z miejscowego WOPR."],
        ["+„Co trzecie dziecko w naszych szkołach nie umie pływać. Chcemy to zmienić” – mówi wójt Katarzyna Mleczko."],
        ["+Jak to będzie wyglądać"],
        ["-Reklama", "-Sklep Sportowy Płetwa – stroje kąpielowe dla dzieci -15%"],
        ["+Zajęcia trwają 45 minut, w grupach do 12 dzieci.",
         "+Dowóz zapewnia gmina, autobusem spod każdej szkoły.",
         "+Rodzice muszą tylko podpisać zgodę i zadbać o czepek.",
         "+Kurs kończy się w czerwcu krótkim sprawdzianem na 25 metrów."],
        ["+Jeśli program się sprawdzi, w przyszłym roku obejmie też klasy drugie."],
        ["-Tagi: basen, szkoła, gmina Karwieniec"],
        ["-Komentarze (3)"],
        ["-mama_Zuzi", "-Wreszcie! Moja córka boi się wody, może to pomoże.", "-Odpowiedz"],
        ["-↳ Ratownik Bartek", "-Pracuję na tym basenie – spokojnie, zaczynamy od zabaw w brodziku."],
        ["-Gość", "-A co z dziećmi z klas czwartych?"],
    ]),
    "pl-blog-welonimech-krewetki": _page("pl", "pl-blog-welonimech-krewetki", [
        ["-Welon i Mech", "-Blog o małych akwariach"],
        ["+Moje pierwsze krewetki Neocaridina – miesiąc po wpuszczeniu"],
        ["-4 grudnia 2026 · Krewetki"],
        ["-W tym wpisie:", "-Start akwarium", "-Pierwszy miesiąc"],
        ["+Miesiąc temu do 30-litrowego baniaka na biurku trafiło dwanaście czerwonych krewetek."],
        ["-Samica z jajami na korzeniu, zdjęcie telefonem przez szybę."],
        ["+Akwarium dojrzewało wcześniej przez sześć tygodni, z mchem jawajskim i kilkoma korzeniami."],
        ["+Sprzedawca w sklepie powiedział mi tylko jedno: „Nie karm ich za dużo, one i tak znajdą sobie jedzenie”."],
        ["-Link do sklepu w tekście jest linkiem partnerskim."],
        ["+Co zauważyłem"],
        ["+Krewetki najwięcej czasu spędzają na mchu.",
         "+Dwie samice noszą już jaja.",
         "+Ślimaki rozmnożyły się szybciej niż krewetki."],
        ["+Podmieniam co tydzień 10 procent wody i na razie wszystko wygląda dobrze."],
        ["+Za miesiąc napiszę, ile maluchów udało się wypatrzyć."],
        ["-Udostępnij: Facebook · Pinterest · E-mail"],
        ["-Poprzedni wpis: Mech jawajski na siatce – jak go przywiązać"],
        ["-Podobne wpisy", "-Jak dojrzewa akwarium – mój test paskowy"],
        ["-2 komentarze"],
        ["-Krzysiek_aqua",
         "-4 grudnia 2026 o 21:03",
         "-Ile stopni masz w baniaku? U mnie przy 20 prawie nie ma młodych."],
        ["-Michał (autor bloga)", "-Około 23, grzałka 25 W. Przy 20 też będą, tylko wolniej."],
        ["-Motyw: Neve od ThemeIsle", "-© 2026 Welon i Mech"],
    ]),
    "ru-portal-olkhozyorsk-lekarstva": _page("ru", "ru-portal-olkhozyorsk-lekarstva", [
        ["-Ольхозёрские вести", "-Новости | Общество | Происшествия | Объявления", "-16+"],
        ["-Погода: −6 °C, снег"],
        ["+В Кряжевку, где нет аптеки, начнут возить лекарства по заявкам"],
        ["-Общество", "-4 декабря 2026, 09:40", "-Автор: Ирина Ласточкина"],
        ["-Фельдшерско-акушерский пункт в Кряжевке. Фото: «Ольхозёрские вести»"],
        ["+С 15 декабря жители Кряжевки и двух соседних деревень смогут заказывать лекарства через "
         "фельдшерско-акушерский пункт."],
        ["-Читайте также: В райцентре открыли новый участок дороги на Берёзовку"],
        ["+Ближайшая аптека находится в райцентре, в 27 километрах, а автобус ходит туда дважды в неделю."],
        ["-Партнёрский материал", "-Дрова колотые, берёза и ольха — доставка по району"],
        ["+«Пожилым людям просто не на чем ехать за таблетками», — говорит фельдшер Нина Горбылёва."],
        ["+Как это будет работать"],
        ["+Заявку принимают в ФАПе по понедельникам и четвергам.",
         "+Лекарства привозит аптека райцентра на следующий день."],
        ["-Подписывайтесь на наш канал в Telegram"],
        ["+Рецептурные препараты выдают только по рецепту врача."],
        ["+Доставку оплачивает районный бюджет, для жителей она бесплатна."],
        ["+Если схема приживётся, её распространят на другие сёла района."],
        ["-Теги: здравоохранение, село, аптеки"],
        ["-Комментарии (2)"],
        ["-Валентина", "-Наконец-то! Маме 84 года, в райцентр она уже не ездит.", "-Ответить"],
        ["-Пётр Семёнович", "-А раньше аптечный пункт был прямо в сельпо."],
        ["-Популярное"],
    ]),
    "ru-blog-shipipazvgarazhe-taburet": _page("ru", "ru-blog-shipipazvgarazhe-taburet", [
        ["-Шип и паз в гараже", "-Столярка для начинающих"],
        ["+Табурет на шипах без единого шурупа"],
        ["-3 декабря 2026", "-Рубрика: Мебель"],
        ["-Готовый табурет в мастерской, пока без покрытия."],
        ["+Этот табурет я собрал из берёзового бруса, который два года сох на балконе."],
        ["-Если вам нравится блог, подпишитесь на мой канал в Дзене."],
        ["+Все соединения — прямые шипы на клею, а царги врезаны в ножки на глубину 25 миллиметров."],
        ["-Разметка шипов рейсмусом."],
        ["+Дед, глядя на готовую работу, сказал: «Вот теперь и сесть не страшно»."],
        ["+Что понадобилось"],
        ["+Брус 40 на 40 миллиметров для ножек.", "+Доска 20 миллиметров для царг и сиденья."],
        ["-Стамески покупал здесь (партнёрская ссылка)"],
        ["+Стамески на 10 и 20 миллиметров.", "+Столярный клей и четыре струбцины."],
        ["+В следующий раз покажу, как я покрывал его маслом с воском."],
        ["-Метки: табурет, шипы, берёза"],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-← Предыдущая запись: Верстак из старой двери"],
        ["-Комментарии: 3"],
        ["-Алексей_Д", "-А шипы пилили вручную или на станке?"],
        ["-Глеб (автор)", "-Вручную, ножовкой по дереву с мелким зубом."],
        ["-Сергей Палыч", "-Вручную — правильно, так и учатся."],
        ["-Работает на WordPress", "-© Шип и паз в гараже, 2026"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Hinweis der Redaktion: In einer früheren Version hieß es, die Praxis ziehe im Januar um. Richtig ist: im Februar.":
        "a German editor's correction note ('Hinweis der Redaktion: In einer früheren Version hieß es, die Praxis "
        "ziehe im Januar um. Richtig ist: im Februar.') is left at the foot",
    "Новость дополнена комментарием главного врача района.":
        "a Russian story-updated note ('Новость дополнена комментарием главного врача района.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-adlestow-vets":
        "the regional portal's vets-moving story keeps its breaking-news line ('Breaking: Level crossing at Mill Lane "
        "closed until 6pm') above the title (1 of 20 noise lines)",
    "en-blog-pebbleandfin-tankmove":
        "the aquarium blog's tank-moving post keeps its photo caption ('The tank half drained, with the buckets lined "
        "up on towels.') between the second paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "fr-blog-poireauxetpoivrade-gratin":
        "the vegetarian cooking blog's gratin post keeps its newsletter prompt ('Vous aimez mes recettes ? Recevez-"
        "les chaque dimanche dans votre boîte mail.') between the paragraph with the quote and the subheading (1 of "
        "20 noise lines); since round 95 its photo caption between the first and second paragraphs goes",
    "de-portal-kleinmoellrath-schulbus":
        "the regional portal's school-minibus story keeps its more-from-the-village link block ('Mehr aus "
        "Kleinmöllrath' and 'Feuerwehr bekommt neues Tanklöschfahrzeug') between the last list row and the last "
        "paragraph (2 of 20 noise lines)",
    "de-blog-hobelspaeneamsonntag-schneidebrett":
        "the woodworking blog's chopping-board post keeps its photo caption ('Die verleimten Streifen in den Zwingen, "
        "bevor sie quer aufgetrennt werden.') between the second paragraph and the paragraph with the quote (1 of 20 "
        "noise lines)",
    "it-portale-castelbrunello-dentista":
        "the regional portal's dentist-closing story keeps its breaking-news line ('Ultim'ora: chiusa per lavori la "
        "provinciale per Montesorbo fino a sabato') above the title (1 of 20 noise lines)",
    "it-blog-corropiano-nebbia":
        ("the running blog's fog post keeps its photo caption ('L'argine alle 8:50, visibilità una ventina di metri.')"
         " and its Strava activity row ('Corsa mattutina · 18,2 km · 1:51:02 · Visualizza su Strava') between the "
         'second paragraph and the paragraph with the quote (2 of 20 noise lines; since round 130 its affiliate note '
         "('Il gilet che uso è questo (link affiliato Amazon)') between the first and second list rows goes); no "
         'article line is lost'),
    'ru-blog-shipipazvgarazhe-taburet':
        ("the woodworking blog's stool post keeps its blog name ('Шип и паз в гараже') above the title, its photo "
         "caption ('Готовый табурет в мастерской, пока без покрытия.') under the title, its Dzen channel prompt "
         "('Если вам нравится блог, подпишитесь на мой канал в Дзене.') between the first and second paragraphs and "
         "its photo caption ('Разметка шипов рейсмусом.') between the second paragraph and the paragraph with the "
         "quote (4 of 20 noise lines); since round 128 'Шип и паз в гараже' goes, 3 of 20 noise lines left"),
}


test_held_out_90_line, test_held_out_90_line_is_kept, test_held_out_90_page = held_out_tests(
    HELD_OUT_90_LINES, HELD_OUT_90_KEEP, HELD_OUT_90_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
