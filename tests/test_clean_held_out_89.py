"""Held-out set 89: written blind, weighted toward the noise the cleaner exists for, in shapes set 88's docstring does
not name (nor the first paragraphs of sets 85, 86 and 87): scraper, embed and ad markers (a Reach-style English
video-player residue "Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play
now", an English tweet-embed attribution line "— Haddlestow Fire & Rescue (@HaddlestowFire) December 3, 2026", an
Instagram embed attribution "A post shared by Hollinsgate Village Players (@hollinsgateplayers)", the French
cookie-blocked embed placeholder "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", a
German podcast-embed consent placeholder "Externer Inhalt: Hier wird ein Podcast von Podigee angezeigt. Mit dem Laden
akzeptieren Sie die Datenschutzerklärung von Podigee.", an Italian video-loading placeholder "Video in caricamento…
attendere prego", the Polish partner-content label "Materiał partnera" and a Russian ad-marking line with INN and erid
"Реклама. ООО «Ясный окуляр», ИНН 0000000000, erid: 0000000000"); reading-time headers in new wordings (the English
"Read time: 3 mins" and a blog's "☕ A 6 minute read – grab a cuppa first", the French "Durée de lecture : 4 min", the
German sentence "Diesen Artikel lesen Sie in etwa drei Minuten.", the Italian "Leggi in 3 minuti", the Polish "4 min
czytania" and the Russian "≈ 4 мин чтения"); bylines and self-promotion (a Reuters-style English credit "Reporting by
Tessa Ambridge; Editing by Colm Rafferty", an English reporter bio "Ruth Calloway is our community and volunteering
reporter, covering the villages north of the river. She joined the paper in 2021.", an English sewing blog's Etsy plug
"My sewing patterns are in my Etsy shop – instant PDF downloads in sizes 6 to 24, with a sew-along video for each.", a
French Tipeee plug "Vous aimez ce blog ? Soutenez-le sur Tipeee, même avec un euro par mois.", a German Steady plug
"Unterstütze diesen Blog mit einem Abo auf Steady – schon ab 3 Euro im Monat.", an Italian text-and-photos credit "Testo
e foto di Serena Tombolini", a Polish press-release source credit "Źródło: informacja prasowa OSP Jarzębiniec" and a
Russian Boosty plug "Поддержать блог можно на Boosty — там же выкладываю выкройки раньше, чем здесь."); blog and site
footers (an English company-registration line "Registered in England and Wales No. 00000000. Registered office: 1 Mill
Yard, Haddlestow.", Blogger's "Simple theme. Powered by Blogger.", a GeneratePress credit "© 2026 Moth Light Diaries ·
Built with GeneratePress", the French host line "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", a German
publisher copyright "© 2026 Verlagsgesellschaft Hollerwiek mbH – Alle Rechte vorbehalten", an Italian publisher and VAT
line "Editore: Edizioni Valcenere srl · Sede legale: via Roma 1 · P.IVA 00000000000", a Polish publisher line with NIP
and KRS "Wydawca: Oficyna Lokalna Jarzębiniec sp. z o.o., NIP 0000000000, KRS 0000000000" and a Russian Roskomnadzor
registration line "Сетевое издание зарегистрировано Роскомнадзором. Свидетельство Эл № ФС77-00000 от 01.01.2020.");
reader-comment furniture (an English log-in prompt "Join the conversation – log in or register to comment.", Blogger's
"Anonymous said...", an English legal-reasons closure "Comments are switched off on this story for legal reasons.", a
French report link "Signaler ce commentaire comme inapproprié", a German sort row "Neueste zuerst | Älteste zuerst |
Beliebteste", an Italian log-in-to-vote prompt "Accedi per votare i commenti e ricevere le notifiche delle risposte.", a
Polish no-responsibility line "Redakcja nie ponosi odpowiedzialności za treść komentarzy." and the Russian Cackle widget
residue "Комментарии для сайта Cackle"); share rows (an English Mastodon, Reddit, Flipboard and e-mail row, a French
Mastodon, Threads, Pinterest and e-mail row and an Italian Threads, Bluesky, Pinterest and e-mail row); and notices (a
German transparency note "Transparenzhinweis: Die Autorin ist selbst Mitglied der Freiwilligen Feuerwehr.", a Polish
archive note "Artykuł archiwalny – pierwotnie opublikowany w 2019 roku. Niektóre informacje mogą być nieaktualne." and
the Russian opinion disclaimer "Мнение автора может не совпадать с позицией редакции."); and toward whole scraped news
and hobby-blog pages in layouts set 88's docstring does not describe (tables of contents after the first paragraph, a
noise line between the subheading and the first list row, more noise between the paragraph with the quote and the
subheading, comment threads with a reply to a reply), taken from culture, volunteering and the outdoors and from blogs
about astronomy, model railways, sewing and walking with dogs (a regional portal's story on a town library opening until
8pm on winter weeknights, with a comment and a reply, an astronomy blog's post on seeing the Andromeda Galaxy with
binoculars from the back gate, with a comment, a reply and a reply to the reply, a regional portal's story on a
volunteer fire brigade's new tanker engine, with a comment and a reply, a sewing blog's post on relining a grandmother's
wool coat, with a comment, a reply and a reply to the reply, a regional portal's story on an amateur theatre group's
sold-out first night, with two comments, a model-railway blog's post on putting snow on a station module, with a comment
and a reply, a regional portal's story on a wildlife hide opened at a former gravel pit, with a comment and a reply, a
dog-walking blog's post on a flat loop along a river embankment in fog with two dogs, with a comment and a reply, a
regional portal's story on a community fridge outside the library, with two comments and a reply, a sewing blog's post
on flannel pyjamas, with a comment, a reply and a reply to the reply, a regional portal's story on a stargazing evening
at a dark site away from the town, with two comments, and an astronomy blog's post on Jupiter and the Moon from a
ninth-floor balcony, with a comment and two replies).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 88, except what is named below), held-out set 90 (written at the same time by another helper; none
of its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 88 up to its
first round paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail
tables with their reasons and the three test functions), and the first paragraphs of the docstrings of sets 85, 86 and
87, printed with one ast script (/tmp/s89scratch/read88.py: ``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end, and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 88's, taken by a script
(/tmp/s89scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 88 -> 89, then refilled after the measurement. Nothing else was copied from any file
of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s89, detached at commit
507796f3e7722d6ef711df9929e73c95d3f40ba8, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 88's file (and the first paragraphs
of sets 85, 86 and 87) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s89scratch/read88.out, 569 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to 569, whose
display was cut by the tool in the middle, and then lines 355 to 445 to see the cut part: the end of set 88's page xfail
table, its three test functions and the start of set 85's first paragraph); nothing else was cut. The docstring cut held
(the printed docstring ended with set 88's Baseline paragraph). That allowed text itself names set 88's scratch paths
and its frozen commit (20007668e9c6e2223942406e778451603efb9045) and set 86's
(71a6aaaa6b6f97dde00264be9075df8f60dcefab); set 88's xfail reasons quote its missed lines and left page lines; I saw
these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open.
The build script, which read set 88's file to take its tail, printed nothing; I printed the tail it wrote. At my first
step ``git status --short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed
507796f3e7722d6ef711df9929e73c95d3f40ba8. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the worktrees
existed I ran ``ls`` on /tmp/wt-s89 and /tmp/wt-set89, which printed the top-level names of the checkout (README.md,
benchmarks, configs, docs, pyproject.toml, scripts, src, tests) and no file's contents. The branch set89 was made from
the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (54 passed, 23
xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path (and
SPINSCOPE_DATA set), which imports the cleaner's modules; nothing was run through the cleaner then and none of its
source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'};
the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a small script
(/tmp/s89scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text
of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were written as data in scratch files
(/tmp/s89scratch/lists89.py and pages89.py, the pages edited before the measurement by one small replacement script,
edit89.py) and put together with the tail into this file by a script (/tmp/s89scratch/gen.py) that splits long string
literals to fit 120 columns. Before the measurement the file was executed from a scratch folder (/tmp/s89scratch/stand)
with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) by
/tmp/s89scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and by
place, the keep lines by language and by place, the pages by language and checked that every page has 10 article and 20
noise lines, that no page noise line or article line repeats on its page (case-sensitively and case-insensitively), that
no page noise line is a substring of an article line of its page or overlaps (equals, contains or is contained in) a
line of ``HELD_OUT_89_LINES`` or ``HELD_OUT_89_KEEP``, case-insensitively, that no page article line overlaps one of
those lines and that no held-out noise or keep line is inside another. Its first run found seven problems: the German ad
labels "Werbung" of the theatre story and the snow post inside the German keep line "Werbung für den Abend ...", the
Italian comment heading "Commenti" inside the Italian held-out "Accedi per votare i commenti ...", the Russian share
label "Поделиться" inside the Russian keep line "Поделиться продуктами ...", and 19 instead of 20 noise lines on the
snow post, the foggy-loop post and the balcony post; the labels became "ANZEIGE", "– Werbung –", "Commenti dei lettori"
and "Поделиться в соцсетях", and the three posts got a category line ("Kategorie: Bauberichte"), a theme credit ("Tema
WordPress: Astra") and a reply link ("Ответить"). The second run found nothing; as allowed, some page noise lines hold
another noise line of their page (site names inside captions and copyright lines, authors' names inside date lines), and
some hold an article line of their page (the Andromeda post's comment heading holds its title, as WordPress prints it,
and the tables of contents of the Andromeda, pyjama and balcony posts hold their subheadings: "3. What I used", "2.
Czego potrzebowałam" and the one-line "Содержание: Погода · Что я увидел · Планы"). No list changed after that check.
(5) At the measurement (19:58:43 UTC) this docstring was a placeholder and the xfail tables were empty; it was written
afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary,
so no tracebacks were seen. The problems were then read out once with ``_problems`` in the frozen worktree by a script
(/tmp/s89scratch/problems.py) that ran it on every line, keep line and page of this set and printed the problems of the
failing ones, to write the xfail reasons; ``_problems`` says "lost or out of order" for an article line, so the reasons
say lost (or out of order). (6) Invented names were checked, before the measurement, against the helper's exact-string
search over public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not
exist: Cawdlesham (and so the Cawdlesham Chronicle), Owl Hour Skies, Hedgerow Optics, Haddlestow, Hollinsgate, Moth
Light Diaries (only "Moth Light" alone, as a game item and a moth-trap name), Tessa Ambridge, Bréhanval (and so
Bréhanval Actu), Ourlets et Bobines, Ebbersmoor (and so the Ebbersmoorer Bote), Hollerwiek, Dachbodenbahn, Modellbau
Schotterkiste, San Livrano (and so San Livrano Notizie), Valcenere, Guinzaglio e Scarponi, Codamossa, Ottica del Borgo,
Tarninowo (and so the Głos Tarninowa and the Piekarnia Tarninowska), Jarzębiniec, Szpulka i Nożyce, Pasmanteria Fastryga
u Heli, «Ясный окуляр», «Северный окуляр» and «Окуляр на балконе» had no hits; Ясноборск only inside the word
Мясноборского, and is used. Dropped after their checks: Wrzosowiec, planned for the Polish portal's town (a real pond's
name), Pellowby, planned for the tweet-embed line (a name in a test's sample data), Bexhollow, planned for the Instagram
line (a name in games' and sample data), Scarrowdale and Wickersby, checked as their replacements (names in sample data
and a game), Brindleworth (a name in sample data), Lindwehr, planned for the German publisher (a real notary's name),
Wrenfold, planned for a page ad (a software project and a game's place), Lemarchal, planned for the French garage (a
real surname), «Ночной меридиан» and «Тихая обсерватория» (names in a game and a page), Астроснаб (inside a real shop's
name) and Kulissenschieber, planned as the theatre group's name (a common word); they became Haddlestow, Hollinsgate,
Hollerwiek, Tarninowo, «Ясный окуляр», Fosse Lane Tyres and the Garage de la Tannerie (generic, not checked further),
and the theatre group went unnamed. Atterbury had hits as a real surname and is used as an ordinary surname; «Зенитный
луч», checked for the Russian ad, had one hit as an ordinary phrase and was not used. Not checked, generic or invented
at sight: Mill Yard, Fosse Lane Tyres, the route du Moulin-Neuf, the rue des Tanneurs, the Garage de la Tannerie, the
Bäckerei am Mühlentor, Borgo Alto, the Piekarnia Tarninowska and the Gminna Biblioteka Publiczna w Tarninowie. The
people's names (Tessa Ambridge, Colm Rafferty, Ruth Calloway, Serena Tombolini, Imogen Thackwray, Gwen Atterbury,
Dennis_Oakhurst, Marion Fettle, Hattie, Mick in Rutland, Sue Pennock, Élodie Marsaguet, Fabrice Orgeval, Jeannot des
Tanneurs, Patricia L., Margaux, Sylvette, Annick B., Kerstin Hollwedel, Frauke Meinertz, Hannelore W., Jürgen aus dem
Oberdorf, Ulli, Reinhold_Spur0, Lucia Bonvecchi, Renato Gualdesi, Giuliana_R, Marco B., Elisa, Paola & Maya, Otto and
Briciola (dogs), Agnieszka Przybytek, Zofia Krawczuk, Sąsiadka, Marek z Lipowej, Ola, Basia_szyje, Kasia, Ксения
Ладыгина, Павел Кочемасов, Лариса Шумкова, astro_nikolai and Вера К.) are invented, though ordinary names real people
may bear; none is meant as a real person. The company-registration, VAT, NIP, KRS, INN, erid and media-registration
numbers are zero-filled; there are no phone numbers and no e-mail addresses. (7) Some lines name real things, as real
pages do (all from memory): Reach's video-player residue, Twitter/X tweet embeds, Instagram embeds, Reuters-style
credits, Etsy, Blogger and its Simple theme, GeneratePress, Mastodon, Reddit, Flipboard, Threads, Pinterest, Bluesky,
the French cookie-blocked embed placeholder, Tipeee, OVH and its Roubaix address (the legal host statement of French
sites), Podigee, Steady, Boosty, Cackle, the Russian ad-marking rules (INN and erid) and Roskomnadzor's media
registration; on the pages WordPress and WordPress.com, the Astra theme, Facebook, X, WhatsApp, Instagram, VKontakte,
Odnoklassniki, Telegram, the Andromeda and Triangulum galaxies, Cassiopeia, M31, the Geminids, Saturn, the Pleiades,
Jupiter, Io, the crater Copernicus, Rutland and the Fens, the Sainte-Barbe feast of French firefighters and the H0
model-railway scale. (8) Set 88's docstring names its own shapes and its pages' layouts (and sets 85 to 87 their shapes
in their first paragraphs), so some lines may repeat shapes of sets before 85 or of the development lists that I could
not check; in particular "Anonymous said...", Blogger's "Simple theme. Powered by Blogger.", "Read time: 3 mins", the
share rows and the opinion disclaimer are common enough that an earlier set may hold them. Close to shapes sets 85 to 88
named: the video-player residue and the Italian video placeholder are near the BBC video fallbacks and the HTML5 audio
fallback; the tweet and Instagram attributions are near the Facebook post embed's attribution; the French and German
consent placeholders are near the YouTube import placeholder; the Polish partner label is near the Polish in-house
promotion label; the Russian erid line is near the Yandex Direct label; the reading-time rows are reading-time rows in
other words; the Reuters credit, the reporter bio and the Italian text-and-photos credit are bylines near their
words-and-pictures, correspondent and author-box credits; the Polish press-release source is near the agency-material
credit; the Etsy, Tipeee, Steady and Boosty plugs are plugs like their Ko-fi, Patreon, Patronite, buycoffee.to, Substack
and Ravelry ones; the company-registration, host, publisher, VAT, NIP and KRS lines and the Roskomnadzor line are legal
footers near their registration, publisher and imprint lines; Blogger's and GeneratePress's credits are theme credits
near the Astra, Hugo and WordPress ones; the comment lines are comment furniture near their log-in, sort-free,
moderation and rules lines, and the Cackle line is a widget title like the Facebook Comments Plugin's; the transparency
note, the archive note and the opinion disclaimer are notices near their update, correction and author's-spelling notes;
the share rows are share rows on partly other platforms. Page chrome repeats kinds of line set 88's docstring names
among its noise (photo captions, ad labels and ads, read-also and section links, newsletter and Instagram prompts,
tables of contents, theme credits), as real pages carry them. (9) My first step's clock reading was 2026-12-04 19:51:17
UTC; the measurement ran at 19:58:43 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Reading time for the under-fives", "Posted by hand", "Comments
made at the public meeting", "Shared by three villages", "Follow-up visits", "Copyright on the play", "Advertising the
evening", "Publié en 1952", "Lecture à voix haute", "Commentaires et idées", "Lesezeit ist", "Werbung für den Abend",
"Kommentare gab es", "Letture ad alta voce", "Condivisa da quattro famiglie", "Tutti i diritti sul copione",
"Udostępniona przez gminę", "Komentując premierę", "Читать при свете звёзд" and "Поделиться продуктами" are article
sentences. The video residue, the tweet and Instagram attributions, the consent and loading placeholders, the Polish
partner label and the Russian erid line are counted as markers; the reading-time rows as reading-time lines; the Reuters
credit, the reporter bio, the Italian text-and-photos credit, the Polish press-release source and the Etsy, Tipeee,
Steady and Boosty plugs as bylines; the company-registration, Blogger, GeneratePress, host, publisher, VAT, NIP/KRS and
Roskomnadzor rows as footers; the log-in and log-in-to-vote prompts, "Anonymous said...", the legal-reasons closure, the
report link, the sort row, the no-responsibility line and the Cackle line as comments; the share rows as share; the
transparency, archive and opinion notes as notices. On every page the title, the three paragraphs before the subheading
(the third with the quote), the subheading, its list rows and the last paragraphs are article (10 lines a page: three
rows and two last paragraphs, or four rows and one; the blog posts' closing lines about the next post or the next try
are their last paragraphs and counted as article) and everything else is noise (20 lines a page); in particular site
names and taglines, menus, search boxes, sign-in lines, breaking-news and weather lines, breadcrumbs, bylines and author
names, dates, categories, view counts, save and pin links, tables of contents (multi-line blocks on two blogs, one line
on one), photo captions and credits, ad labels and ads, read-also, section, map and video links, regulation-download
links, newsletter, Instagram and support prompts, a no-sponsored-link note, tags, share lines, comment headings and
counts, commenter rows, comment dates, texts and replies, reply links, previous- and next-post links, most-read
headings, theme credits, copyright and legal lines are noise. The layouts: one to four noise lines above the title, one
to six under it, zero to four between the first and second paragraphs (a four-line table of contents on the Andromeda
post, a three-line one on the pyjama post), zero to two between the second paragraph and the paragraph with the quote,
zero to three between the paragraph with the quote and the subheading (the one-line table of contents and a support
prompt on the balcony post, a caption, ad label and ad on the snow post), one line between the subheading and the first
list row on two pages (en-portal-cawdlesham-library and pl-portal-tarninowo-jadlodzielnia), a gap of one or two noise
lines between two list rows on eleven pages (all but pl-portal-tarninowo-jadlodzielnia), none between the last row and
the last paragraphs, and eight to eleven at the foot, with a reply to a comment on ten pages and a reply to the reply on
three. The subheadings and rows: en-portal-cawdlesham-library "What will be open after 5pm" (three rows),
en-blog-owlhourskies-andromeda "What I used" (four rows), fr-portail-brehanval-pompiers "Ce qui change" (three rows),
fr-blog-ourletsetbobines-doublure "Ce qu'il m'a fallu" (four rows), de-portal-ebbersmoor-theater "Die weiteren Termine"
(three rows), de-blog-dachbodenbahn-schnee "So bin ich vorgegangen" (three rows), it-portale-sanlivrano-capanno "Come
arrivare" (three rows), it-blog-guinzaglioescarponi-nebbia "Cosa portare" (four rows), pl-portal-tarninowo-jadlodzielnia
"Czego nie wolno zostawiać" (three rows), pl-blog-szpulkainozyce-pizama "Czego potrzebowałam" (four rows),
ru-portal-yasnoborsk-zvezdy "Что показали гостям" (four rows) and ru-blog-okulyarnabalkone-yupiter "Что я увидел" (three
rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-cawdlesham-library (a regional news portal's story on the
town library staying open until 8pm on three winter weeknights, with a comment and a reply),
en-blog-owlhourskies-andromeda (an astronomy blog's post on finally seeing the Andromeda Galaxy with binoculars from the
back gate, with a comment, a reply and a reply to the reply), fr-portail-brehanval-pompiers (a regional news portal's
story on the volunteer fire brigade's new tanker engine, with a comment and a reply), fr-blog-ourletsetbobines-doublure
(a sewing blog's post on relining a grandmother's wool coat, with a comment, a reply and a reply to the reply),
de-portal-ebbersmoor-theater (a regional news portal's story on an amateur theatre group's sold-out first night in the
parish hall, with two comments), de-blog-dachbodenbahn-schnee (a model-railway blog's post on putting a thin layer of
snow on an H0 station module, with a comment and a reply), it-portale-sanlivrano-capanno (a regional news portal's story
on a birdwatching hide built by volunteers at a former gravel pit, with a comment and a reply),
it-blog-guinzaglioescarponi-nebbia (a dog-walking blog's post on a flat loop along a river embankment in fog with two
dogs, with a comment and a reply), pl-portal-tarninowo-jadlodzielnia (a regional news portal's story on a community
fridge outside the library, with two comments and a reply), pl-blog-szpulkainozyce-pizama (a sewing blog's post on
flannel pyjamas for the winter, with a comment, a reply and a reply to the reply), ru-portal-yasnoborsk-zvezdy (a
regional news portal's story on a first public stargazing evening at a dark site twenty kilometres from the town, with
two comments) and ru-blog-okulyarnabalkone-yupiter (an astronomy blog's post on Jupiter and the Moon from a ninth-floor
balcony, with a comment and two replies); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, under it, between the paragraphs or the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 507796f3e7722d6ef711df9929e73c95d3f40ba8, measured with ``cd /tmp/wt-s89 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s89/src python -m pytest -q tests/test_clean_held_out_89.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s89 && PYTHONPATH=/tmp/wt-s89/src python
scripts/clean_held_out_report.py --sets 89`` (noise lines removed 33/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 30 of 240), with the xfail tables empty): noise lines removed 33/45 (marker 4/8, reading-time 6/7,
byline 5/8, footer 8/8, comments 5/8, share 3/3, notice 2/3; missed, all kept in the text: the English "Video Loading
Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now" and "— Haddlestow Fire & Rescue
(@HaddlestowFire) December 3, 2026", the German "Externer Inhalt: Hier wird ein Podcast von Podigee angezeigt. Mit dem
Laden akzeptieren Sie die Datenschutzerklärung von Podigee." and the Italian "Video in caricamento… attendere prego" put
in the body; the German "Diesen Artikel lesen Sie in etwa drei Minuten." put at the head; and the English "Ruth Calloway
is our community and volunteering reporter, covering the villages north of the river. She joined the paper in 2021.",
"My sewing patterns are in my Etsy shop – instant PDF downloads in sizes 6 to 24, with a sew-along video for each.",
"Join the conversation – log in or register to comment." and "Anonymous said...", the German "Transparenzhinweis: Die
Autorin ist selbst Mitglied der Freiwilligen Feuerwehr.", the Italian "Accedi per votare i commenti e ricevere le
notifiche delle risposte." and the Polish "Źródło: informacja prasowa OSP Jarzębiniec" put at the foot); keep lines kept
20/20; pages 1/12 clean (pl-portal-tarninowo-jadlodzielnia), 30 of 240 page noise lines left and 3 of 120 article lines
lost (reported lost or out of order, all on one page): en-portal-cawdlesham-library 1 left ("The reading room at
Cawdlesham Library, which will stay lit until 8pm from January."); en-blog-owlhourskies-andromeda 5 left ("Table of
contents", "1. Getting dark enough", "2. Star-hopping from Cassiopeia", "3. What I used" and "M31 through the
binoculars, as near as my phone could get it."); fr-portail-brehanval-pompiers 2 left ("Garage de la Tannerie – contrôle
technique à prix doux jusqu'au 31 décembre" and "Le camion-citerne lors de sa présentation aux élus, samedi.");
fr-blog-ourletsetbobines-doublure 6 left ("Accueil – Tutos – Patrons – Mes réalisations – Contact", "Le manteau étalé
sur la table, doublure décousue.", "La vieille doublure, usée jusqu'à la trame aux coudes.", "Envie de recevoir mes
tutos ? Inscrivez-vous à la lettre d'Ourlets et Bobines", "Suivez-moi sur Instagram @ourletsetbobines" and "Le satin
vient d'une mercerie de quartier, pas de lien sponsorisé ici !"); de-portal-ebbersmoor-theater 1 left ("Mehr Kultur aus
der Region"); de-blog-dachbodenbahn-schnee 3 left ("Der Bahnhof vor dem Einschneien, noch ganz im Herbst.", "Modellbau
Schotterkiste – Streumaterial und Grasfasern im Wintersale" and "Das Empfangsgebäude mit der ersten Schneeschicht.");
it-portale-sanlivrano-capanno 2 left ("La passerella d'accesso al capanno." and "Mappa: il percorso dal parcheggio al
capanno"); it-blog-guinzaglioescarponi-nebbia 3 left ("Otto e Briciola sul sentiero dell'argine, avvolti nella nebbia.",
"Se ti piacciono i nostri itinerari, seguici su Instagram" and "Briciola che aspetta al cancello della chiusa.");
pl-blog-szpulkainozyce-pizama 5 left ("Flanelowa piżama rozłożona na łóżku, jeszcze z fastrygą.", "Spis treści", "1.
Flanela i wykrój", "2. Czego potrzebowałam" and "Pasmanteria Fastryga u Heli – guziki i gumki z wysyłką w 24 h");
ru-portal-yasnoborsk-zvezdy 1 left ("Телескопы на поляне у бывшего пионерлагеря. Фото: «Ясноборские новости»");
ru-blog-okulyarnabalkone-yupiter 1 left ("Юпитер с тремя спутниками, снято на телефон через окуляр.") and 3 lost (its
subheading "Что я увидел", its first list row "Четыре спутника Юпитера почти в одну линию." and its first last paragraph
"Смотрел около часа, пока не замёрзли пальцы."). Of the left page lines one stands above the title (the coat-lining
post's menu); five stand under the title (the photo captions of the library, coat-lining, foggy-loop, pyjama and
stargazing pages; every byline, date, category, breadcrumb, save, pin, view-count and read-also line under the titles
goes); twelve stand between the paragraphs before the subheading (the Andromeda and pyjama posts' multi-line tables of
contents, 7 lines, the Andromeda, coat-lining and balcony posts' captions, the fire-engine story's garage ad, whose
label goes, and the foggy-loop post's Instagram prompt); four stand between the paragraph with the quote and the
subheading (the coat-lining post's newsletter and Instagram prompts and the snow post's caption and ad, whose label
goes; the balcony post's one-line table of contents and support prompt go); eight stand in a gap between list rows (the
captions of the fire-engine, snow, wildlife-hide and foggy-loop pages, the coat-lining post's no-sponsored-link note,
the theatre story's section link, the wildlife-hide story's map link and the pyjama post's ad, whose label goes; the
library story's newsletter prompt, the Andromeda post's ad, the stargazing story's photo credit and the balcony post's
caption between rows go, and so do the two lines between a subheading and its first row); and none at the foot (every
tag, share, comment heading, commenter row, comment date, text, reply, reply link, previous- and next-post, most-read,
theme credit, copyright and legal line at the foot goes). Three article lines are lost, all on the balcony post: its
subheading, its first list row and its first last paragraph. The failing cases are strict xfails.

Still held out after round 74 (development on sets 87 and 88: times inside list rows, number-first subheadings, reply
arrows, hyphenated call words, past-tense reported calls, dotted tables of contents under the title; this set was
written against 507796f, before it; measured once with ``scripts/clean_held_out_report.py --sets 89``): noise lines
removed 33/45, keep lines 20/20, pages clean 1/12, page noise lines left 30 of 240, article lines lost 3 of 120 (the
astronomy blog's subheading, first list row and first closing paragraph), all unchanged.

Round 75 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_89.py`` at 6bf2306 (before) and the round's
last commit on branch round75 (after): noise lines 33 -> 35 of 45 (marker 4/8, reading-time 6/7, byline 5/8, footer 8/8,
comments 5/8 -> 7/8, share 3/3, notice 2/3), keep lines 20 -> 20 of 20, pages clean 1 -> 2 of 12, page noise lines left
30 -> 22 of 240, article lines lost 3 -> 0 of 120; pytest 54 passed, 23 xfailed -> 57 passed, 20 xfailed. On this set:
the balcony post keeps its subheading, first list row and first closing paragraph (its caption between two rows, taken
with them before, is now left as noise), the stargazing story's credited caption under the title, the Andromeda and
pyjama posts' tables of contents, the balcony post's phone caption, 'Anonymous said...' and 'Join the conversation – log
in or register to comment.' go. Fixed, by mechanism: a table of contents is a widget that sits inside the article, no
chrome of the page's tail, and a subheading worded as a clause right over a sentence of the article ('Что я увидел', 'Co
zobaczyłem') is no short label of the page's, so a table of contents, a support prompt and such a subheading under the
body no longer make the gap that ended it (page_blocks._IN_BODY_WIDGETS, _is_heading_over_sentence); a caption whose
credit stands in guillemets ('... Фото: «Ясноборские новости»') is a caption again, the decoration strip having taken
the closing guillemet (clean._with_closing_guillemet); a table of contents under a header only a table bears ('Table of
contents', 'Table des matières', 'Inhaltsverzeichnis', 'Indice dei contenuti', 'Spis treści', 'Оглавление', 'Sommaire',
'Sommario' and the new 'In this post' headers in six languages, clean._TOC_ONLY_HEADER, _IN_THIS_POST) goes with its '1.
...' entries below the first paragraph too ('Contents', 'Inhalt', 'Indice' and 'Содержание' stay there). Classes added:
a comment thread's sort row ('Sortieren nach: Neueste zuerst') and Blogger's anonymous commenter header ('Anonymous
said...'), in six languages (whole_line_noise, comment thread); a caption saying which phone took its picture, after a
comma ('..., снято на телефон через окуляр.', '..., zdjęcie telefonem przez szybę.'; clean._SHOT_WITH_CAPTION); a link
said to be an affiliate's ('Link do sklepu w tekście jest linkiem partnerskim.'; clean._LINK_IS_AFFILIATE); a log-in
prompt behind the comment form's invitation ('Join the conversation – log in ...') and the Italian editor's byline
('Articolo a cura di ...'), in six and one languages (whole_line_noise). The guillemet fix cleans a page of sets 83 and
86 and one line of set 88; the SemEval dump is unchanged (0 of 3723 files). Left: the single lines of the _LINE_XFAIL
table and, on the pages, captions without a credit or a camera (the most common leftover), the coat-lining post's menu,
newsletter and Instagram prompts, ads whose labels went, a section link and a map link (no time left in the round).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_89_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Read time: 3 mins", "reading-time"),
    ("head", "☕ A 6 minute read – grab a cuppa first", "reading-time"),
    ("head", "Share on Mastodon · Reddit · Flipboard · Email", "share"),
    ("body", "Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now",
     "marker"),
    ("body", "— Haddlestow Fire & Rescue (@HaddlestowFire) December 3, 2026", "marker"),
    ("body", "A post shared by Hollinsgate Village Players (@hollinsgateplayers)", "marker"),
    ("tail", "Reporting by Tessa Ambridge; Editing by Colm Rafferty", "byline"),
    ("tail", "Ruth Calloway is our community and volunteering reporter, covering the villages north of the river. She "
             "joined the paper in 2021.", "byline"),
    ("tail", "My sewing patterns are in my Etsy shop – instant PDF downloads in sizes 6 to 24, with a sew-along video "
             "for each.", "byline"),
    ("tail", "Registered in England and Wales No. 00000000. Registered office: 1 Mill Yard, Haddlestow.", "footer"),
    ("tail", "Simple theme. Powered by Blogger.", "footer"),
    ("tail", "© 2026 Moth Light Diaries · Built with GeneratePress", "footer"),
    ("tail", "Join the conversation – log in or register to comment.", "comments"),
    ("tail", "Anonymous said...", "comments"),
    ("tail", "Comments are switched off on this story for legal reasons.", "comments"),
    # French
    ("head", "Durée de lecture : 4 min", "reading-time"),
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("body", "Partager : Mastodon, Threads, Pinterest, courriel", "share"),
    ("tail", "Vous aimez ce blog ? Soutenez-le sur Tipeee, même avec un euro par mois.", "byline"),
    ("tail", "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", "footer"),
    ("tail", "Signaler ce commentaire comme inapproprié", "comments"),
    # German
    ("head", "Diesen Artikel lesen Sie in etwa drei Minuten.", "reading-time"),
    ("body", "Externer Inhalt: Hier wird ein Podcast von Podigee angezeigt. Mit dem Laden akzeptieren Sie die "
             "Datenschutzerklärung von Podigee.", "marker"),
    ("tail", "Unterstütze diesen Blog mit einem Abo auf Steady – schon ab 3 Euro im Monat.", "byline"),
    ("tail", "© 2026 Verlagsgesellschaft Hollerwiek mbH – Alle Rechte vorbehalten", "footer"),
    ("tail", "Neueste zuerst | Älteste zuerst | Beliebteste", "comments"),
    ("tail", "Transparenzhinweis: Die Autorin ist selbst Mitglied der Freiwilligen Feuerwehr.", "notice"),
    # Italian
    ("head", "Leggi in 3 minuti", "reading-time"),
    ("head", "Testo e foto di Serena Tombolini", "byline"),
    ("head", "Condividi su Threads, Bluesky, Pinterest o via e-mail", "share"),
    ("body", "Video in caricamento… attendere prego", "marker"),
    ("tail", "Editore: Edizioni Valcenere srl · Sede legale: via Roma 1 · P.IVA 00000000000", "footer"),
    ("tail", "Accedi per votare i commenti e ricevere le notifiche delle risposte.", "comments"),
    # Polish
    ("head", "4 min czytania", "reading-time"),
    ("head", "Materiał partnera", "marker"),
    ("tail", "Źródło: informacja prasowa OSP Jarzębiniec", "byline"),
    ("tail", "Wydawca: Oficyna Lokalna Jarzębiniec sp. z o.o., NIP 0000000000, KRS 0000000000", "footer"),
    ("tail", "Redakcja nie ponosi odpowiedzialności za treść komentarzy.", "comments"),
    ("tail", "Artykuł archiwalny – pierwotnie opublikowany w 2019 roku. Niektóre informacje mogą być nieaktualne.",
     "notice"),
    # Russian
    ("head", "≈ 4 мин чтения", "reading-time"),
    ("body", "Реклама. ООО «Ясный окуляр», ИНН 0000000000, erid: 0000000000", "marker"),
    ("tail", "Поддержать блог можно на Boosty — там же выкладываю выкройки раньше, чем здесь.", "byline"),
    ("tail", "Сетевое издание зарегистрировано Роскомнадзором. Свидетельство Эл № ФС77-00000 от 01.01.2020.", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_89_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Reading time for the under-fives moves to Saturday mornings while the hall is being rewired."),
    ("head", "Posted by hand to every house on the estate, the leaflet asked for volunteers to stock the fridge twice "
             "a week."),
    ("body", "Comments made at the public meeting were passed on to the fire service, which said the new engine would "
             "arrive by February."),
    ("body", "Shared by three villages, the minibus will take pensioners to the theatre's matinee on the second Sunday "
             "of each month."),
    ("tail", "Follow-up visits to the hide are planned for spring, when the sand martins return to nest in the gravel "
             "face."),
    ("tail", "Copyright on the play belongs to a retired teacher from the town, who let the company stage it without a "
             "fee."),
    ("tail", "Advertising the evening on the parish noticeboard brought in more than sixty people, twice as many as "
             "the society expected."),
    # French
    ("head", "Publié en 1952, le roman adapté par la troupe n'avait encore jamais été joué sur une scène."),
    ("body", "Lecture à voix haute pour les enfants chaque mercredi soir, de 18 heures à 19 heures, tout l'hiver."),
    ("tail", "Commentaires et idées peuvent être déposés dans une boîte aux lettres fixée à côté du frigo, précise "
             "l'association."),
    # German
    ("head", "Lesezeit ist für viele im Winter die schönste Zeit, sagt die Leiterin der Bücherei, die nun bis 20 Uhr "
             "öffnet."),
    ("body", "Werbung für den Abend machten die Sternfreunde nur mit Plakaten in den Dorfläden und im Gemeindeblatt."),
    ("tail", "Kommentare gab es nach der Premiere reichlich: Viele Zuschauer blieben bis Mitternacht im Foyer."),
    # Italian
    ("head", "Letture ad alta voce per i più piccoli si terranno ogni giovedì alle 18 nella sala ragazzi."),
    ("body", "Condivisa da quattro famiglie, la cella frigorifera è stata donata da un negozio di alimentari che ha "
             "chiuso."),
    ("tail", "Tutti i diritti sul copione sono stati ceduti gratuitamente dall'autore alla compagnia."),
    # Polish
    ("body", "Udostępniona przez gminę działka przy żwirowni przez lata była zaniedbana, dziś prowadzi przez nią "
             "ścieżka do czatowni."),
    ("tail", "Komentując premierę, wójt przyznał, że nie spodziewał się aż tylu widzów."),
    # Russian
    ("head", "Читать при свете звёзд, конечно, не получится, шутит организатор, но карту неба с красным фонариком "
             "рассмотреть можно."),
    ("tail", "Поделиться продуктами может любой житель, нужно лишь соблюдать несколько простых правил."),
]

HELD_OUT_89_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-cawdlesham-library": _page("en", "en-portal-cawdlesham-library", [
        ["-Cawdlesham Chronicle"],
        ["+Library to stay open until 8pm on winter weeknights"],
        [
            "-News › Cawdlesham › Community",
            "-By Imogen Thackwray, Community Reporter",
            "-Friday 4 December 2026, 6:15 pm",
            "-Updated Saturday 5 December 2026, 9:02 am",
            "-Save · Gift this article",
            "-The reading room at Cawdlesham Library, which will stay lit until 8pm from January.",
        ],
        [
            "+Cawdlesham Library will stay open until 8pm on Tuesday, Wednesday and Thursday evenings from 6 January, "
            "the county council has confirmed.",
        ],
        [
            "-ADVERTISEMENT",
            "-Fosse Lane Tyres – winter tyre checks from £15, no appointment needed",
        ],
        [
            "+The late opening is a trial funded for one winter by a £9,000 grant from the town council, which says "
            "more than four hundred residents asked for it in a survey this autumn.",
        ],
        ["-Read more: Cawdlesham swimming pool to close for three weeks in January"],
        [
            '+"On a dark January evening the library is often the only warm, quiet, free place still open in the town '
            'centre," said librarian Gwen Atterbury, who has worked at the branch for 22 years.',
        ],
        [
            "+What will be open after 5pm",
            "-Volunteers setting up the homework club tables on Wednesday. Picture: Cawdlesham Chronicle",
            "+The reading room and the local history shelves.",
            "+Six public computers, bookable at the front desk.",
            "-Sign up to our free What's On newsletter",
            "+A homework club for pupils aged 11 to 16 on Wednesdays.",
        ],
        [
            "+The trial will be reviewed in April, and the council says it could be extended to other branches in the "
            "district if it works.",
        ],
        ["+Anyone who would like to help with the homework club can leave their name at the front desk."],
        [
            "-Topics: Cawdlesham, Libraries, Council",
            "-Share: Facebook · X · WhatsApp · Copy link",
        ],
        [
            "-2 comments",
            "-Dennis_Oakhurst",
            "-About time. The library is the only place my lad can do his homework in peace.",
            "-Marion Fettle replied to Dennis_Oakhurst",
            "-My grandson already goes on Wednesdays – he loves it.",
        ],
        ["-© 2026 Cawdlesham Chronicle. All rights reserved."],
    ]),
    "en-blog-owlhourskies-andromeda": _page("en", "en-blog-owlhourskies-andromeda", [
        [
            "-Owl Hour Skies",
            "-Notes from a back-garden astronomer",
            "-Home · Observing log · Kit · About",
        ],
        ["+Andromeda from the back gate"],
        ["-3 December 2026 · Deep sky · Hattie"],
        [
            "+I have lived in this village for eleven years, and only on Tuesday night did I finally see the "
            "Andromeda Galaxy with my own eyes.",
        ],
        [
            "-Table of contents",
            "-1. Getting dark enough",
            "-2. Star-hopping from Cassiopeia",
            "-3. What I used",
        ],
        [
            "+The trick, it turns out, was to wait until the pub's car park lights went off at half eleven and to "
            "stand by the back gate, where the hedge hides the last streetlight.",
        ],
        ["-M31 through the binoculars, as near as my phone could get it."],
        [
            '+My old physics teacher used to say, "If you can find the W of Cassiopeia, you can find anything," and '
            "for once he was right: two hops down from the W and there it was, a faint grey smudge.",
        ],
        [
            "+What I used",
            "+10x50 binoculars on a camera tripod.",
            "+A red torch and a printed chart.",
            "-Hedgerow Optics – 10% off all binoculars this month with code OWLHOUR",
            "+A folding chair facing north-east.",
            "+Two pairs of socks.",
        ],
        ["+Next month, weather permitting, I'll try for the Triangulum Galaxy from the same spot."],
        [
            "-Posted in Deep sky, Binoculars",
            "-← Previous: Geminids under cloud, mostly",
        ],
        [
            "-3 thoughts on “Andromeda from the back gate”",
            "-Mick in Rutland",
            "-Lovely write-up. I've never managed it without a scope.",
            "-Hattie (author)",
            "-You'd be surprised – try it from somewhere with no lamps to the south-west.",
            "-Sue Pennock",
            "-Same here in the Fens, it's the one I show the grandchildren first.",
        ],
        ["-Proudly powered by WordPress"],
    ]),
    "fr-portail-brehanval-pompiers": _page("fr", "fr-portail-brehanval-pompiers", [
        [
            "-Bréhanval Actu",
            "-Accueil | Vie locale | Sports | Agenda | Annonces",
            "-Flash info : la route du Moulin-Neuf fermée jeudi pour travaux",
            "-Bréhanval : 4 °C, ciel couvert",
        ],
        ["+Les pompiers volontaires de Bréhanval reçoivent leur nouveau camion"],
        [
            "-Par Élodie Marsaguet · Publié le 04/12/2026 à 17h20",
            "-Le nouveau camion devant la caserne, rue des Tanneurs. © Bréhanval Actu",
        ],
        [
            "+Le centre d'incendie et de secours de Bréhanval a reçu mercredi un camion-citerne neuf, qui remplace un "
            "véhicule en service depuis 1997.",
        ],
        [
            "-Espace partenaire",
            "-Garage de la Tannerie – contrôle technique à prix doux jusqu'au 31 décembre",
        ],
        [
            "+Le véhicule, d'un coût de 312 000 euros, a été financé par le service départemental d'incendie et de "
            "secours, avec une participation de la commune de 40 000 euros.",
        ],
        [
            "+« Avec l'ancien camion, on perdait parfois dix minutes à le faire démarrer l'hiver », raconte le "
            "lieutenant Fabrice Orgeval, chef du centre, qui compte 28 volontaires.",
        ],
        [
            "-À lire aussi",
            "-Sainte-Barbe : les pompiers de Bréhanval honorent leurs anciens",
        ],
        [
            "+Ce qui change",
            "+Une citerne de 4 000 litres au lieu de 2 500.",
            "-Le camion-citerne lors de sa présentation aux élus, samedi.",
            "-Vidéo : la première sortie du camion",
            "+Une cabine pour six pompiers.",
            "+Un treuil et un éclairage pour les interventions de nuit.",
        ],
        ["+Le centre recrute : il cherche notamment des volontaires disponibles en journée."],
        ["+Une journée portes ouvertes est prévue le samedi 16 janvier à la caserne."],
        [
            "-Mots-clés : Pompiers, Bréhanval, Sécurité",
            "-Les plus lus",
        ],
        [
            "-2 commentaires",
            "-Jeannot des Tanneurs",
            "-Enfin ! L'ancien faisait un bruit qu'on entendait jusqu'à la place du marché.",
            "-Réponse de Patricia L.",
            "-Il a bien servi quand même, vingt-sept ans…",
        ],
        ["-© Bréhanval Actu 2026 – Mentions légales – Contact"],
    ]),
    "fr-blog-ourletsetbobines-doublure": _page("fr", "fr-blog-ourletsetbobines-doublure", [
        [
            "-Ourlets et Bobines",
            "-Accueil – Tutos – Patrons – Mes réalisations – Contact",
        ],
        ["+J'ai enfin redoublé le manteau de ma grand-mère"],
        [
            "-Publié le 3 décembre 2026 par Margaux",
            "-Catégories : Retouches, Manteaux",
            "-Le manteau étalé sur la table, doublure décousue.",
            "-Épingler sur Pinterest",
        ],
        [
            "+Ce manteau de laine bleu marine dormait dans mon placard depuis trois ans, avec une doublure en "
            "lambeaux sous les bras.",
        ],
        ["-La vieille doublure, usée jusqu'à la trame aux coudes."],
        [
            "+J'ai décousu l'ancienne doublure pièce par pièce pour m'en servir comme patron, en notant au crayon le "
            "haut et le bas de chaque morceau.",
        ],
        [
            "+Ma grand-mère disait toujours : « Une doublure, ça se coud à la main ou ça ne se coud pas », mais j'ai "
            "triché avec la machine pour les coutures droites.",
        ],
        [
            "-Envie de recevoir mes tutos ? Inscrivez-vous à la lettre d'Ourlets et Bobines",
            "-Suivez-moi sur Instagram @ourletsetbobines",
        ],
        [
            "+Ce qu'il m'a fallu",
            "+Deux mètres de satin de viscose bordeaux.",
            "+Du fil assorti et une aiguille fine.",
            "+Une craie tailleur et beaucoup d'épingles.",
            "-Le satin vient d'une mercerie de quartier, pas de lien sponsorisé ici !",
            "+Trois soirées et un peu de patience.",
        ],
        ["+La semaine prochaine, je vous montre comment reprendre les poches, qui sont elles aussi trouées."],
        [
            "-Étiquettes : doublure, manteau, retouche",
            "-← Article précédent : Un tablier en lin pour Noël",
        ],
        [
            "-3 commentaires",
            "-Sylvette",
            "-4 décembre 2026 à 9 h 12",
            "-Superbe ! Tu as gardé l'étiquette d'origine ?",
            "-Margaux",
            "-Oui, je l'ai recousue à la main sur la nouvelle doublure.",
            "-Annick B.",
            "-Bravo, ça me donne envie de m'attaquer à mon caban.",
        ],
    ]),
    "de-portal-ebbersmoor-theater": _page("de", "de-portal-ebbersmoor-theater", [
        [
            "-Ebbersmoorer Bote",
            "-Lokales | Kultur | Sport | Service",
        ],
        ["+Laienspielgruppe feiert ausverkaufte Premiere im Gemeindesaal"],
        [
            "-Von Kerstin Hollwedel",
            "-04.12.2026, 19:30 Uhr",
            "-Die Laienspielgruppe bei der Generalprobe im Gemeindesaal. Foto: Kerstin Hollwedel",
        ],
        [
            "+Die Laienspielgruppe Ebbersmoor hat am Donnerstagabend im Gemeindesaal zum ersten Mal ein eigenes Stück "
            "vor Publikum gespielt.",
        ],
        [
            "-ANZEIGE",
            "-Bäckerei am Mühlentor – Stollen jetzt vorbestellen",
        ],
        [
            "+Gespielt wurde die Komödie „Der verschwundene Schlüssel“, die Regisseurin Frauke Meinertz selbst "
            "geschrieben hat; alle 120 Plätze waren ausverkauft.",
        ],
        [
            "-Lesen Sie auch",
            "-Weihnachtsmarkt in Ebbersmoor: Das ist am Wochenende geplant",
        ],
        [
            "+„Wir haben seit März jeden Dienstag geprobt, und bis gestern wusste keiner, ob das Licht funktioniert“, "
            "sagte Meinertz nach der Vorstellung.",
        ],
        [
            "+Die weiteren Termine",
            "+Samstag, 12. Dezember, 19 Uhr.",
            "+Sonntag, 13. Dezember, 16 Uhr (Familienvorstellung).",
            "-Mehr Kultur aus der Region",
            "+Freitag, 8. Januar, 19 Uhr.",
        ],
        ["+Karten kosten acht Euro und sind in der Buchhandlung am Markt erhältlich."],
        ["+Der Erlös geht an die Jugendfeuerwehr von Ebbersmoor."],
        [
            "-Schlagworte: Theater, Ebbersmoor, Ehrenamt",
            "-Teilen: Facebook | WhatsApp | E-Mail",
        ],
        [
            "-Kommentare (2)",
            "-Hannelore W.",
            "-Wir waren da – so gelacht haben wir lange nicht!",
            "-Antworten",
            "-Jürgen aus dem Oberdorf",
            "-Die Bühnenbilder waren klasse, Respekt an alle Helfer.",
        ],
        [
            "-Impressum | Datenschutz | AGB | Kontakt",
            "-© Ebbersmoorer Bote 2026",
        ],
    ]),
    "de-blog-dachbodenbahn-schnee": _page("de", "de-blog-dachbodenbahn-schnee", [
        [
            "-Dachbodenbahn",
            "-Modellbahn in Spur H0 unterm Dach",
            "-Start · Anlage · Bauberichte · Über mich",
            "-Suche …",
        ],
        ["+Schnee auf dem Bahnhofsmodul"],
        [
            "-3. Dezember 2026 von Ulli",
            "-Kategorie: Bauberichte",
        ],
        ["+Seit Oktober baue ich an dem kleinen Bahnhof in Spur H0, und jetzt war endlich der Winter dran."],
        [
            "+Ich wollte keinen Watteschnee, sondern eine dünne, unregelmäßige Schicht, durch die noch Schotter und "
            "Grasbüschel schauen.",
        ],
        [
            "+Mein Vater hat früher immer gesagt: „Echter Schnee liegt nie gleichmäßig“, und daran habe ich mich "
            "gehalten.",
        ],
        [
            "-Der Bahnhof vor dem Einschneien, noch ganz im Herbst.",
            "-– Werbung –",
            "-Modellbau Schotterkiste – Streumaterial und Grasfasern im Wintersale",
        ],
        [
            "+So bin ich vorgegangen",
            "+Zuerst die Gleise mit Kreppband abgeklebt.",
            "+Dann verdünnten Weißleim mit dem Pinsel aufgetragen.",
            "-Das Empfangsgebäude mit der ersten Schneeschicht.",
            "+Zum Schluss Streuschnee durch ein Teesieb gestreut.",
        ],
        ["+Nach einer Nacht Trocknen habe ich das Kreppband abgezogen, und die Schienen waren sauber."],
        ["+Als Nächstes kommen Eiszapfen an das Dach des Lokschuppens."],
        [
            "-Schlagwörter: H0, Winter, Landschaftsbau",
            "-Teilen mit:",
            "-Facebook · Pinterest · Drucken",
        ],
        [
            "-2 Gedanken zu „Schnee auf dem Bahnhofsmodul“",
            "-Reinhold_Spur0",
            "-3. Dezember 2026 um 21:47",
            "-Was nimmst du für den Schneematsch an den Gleisen?",
            "-Ulli",
            "-Weißleim mit etwas Backpulver, ehrlich!",
        ],
        ["-Bloggen auf WordPress.com."],
    ]),
    "it-portale-sanlivrano-capanno": _page("it", "it-portale-sanlivrano-capanno", [
        [
            "-San Livrano Notizie",
            "-Cronaca | Ambiente | Cultura | Sport",
            "-Ultim'ora: chiusa per lavori la provinciale per Borgo Alto",
        ],
        ["+Un capanno per osservare gli uccelli all'ex cava di ghiaia"],
        [
            "-di Lucia Bonvecchi",
            "-4 dicembre 2026 – 18:05",
            "-Ambiente",
            "-Il capanno in legno affacciato sul laghetto della ex cava. Foto: San Livrano Notizie",
        ],
        [
            "+È stato inaugurato sabato il capanno di osservazione costruito dai volontari sulla sponda del laghetto "
            "nato nell'ex cava di ghiaia di San Livrano.",
        ],
        ["-Leggi anche: Alberi, piantati duecento lecci lungo l'argine"],
        [
            "+La struttura, in legno di larice, ha dodici feritoie a due altezze ed è accessibile anche in carrozzina "
            "grazie a una passerella.",
        ],
        [
            "+«In inverno qui arrivano aironi, svassi e, con un po' di fortuna, il martin pescatore», spiega Renato "
            "Gualdesi, il volontario che ha seguito il cantiere.",
        ],
        [
            "-Pubblicità",
            "-Ottica del Borgo – Binocoli 10x42 in offerta fino a Natale",
        ],
        [
            "+Come arrivare",
            "+A piedi o in bici dal parcheggio del cimitero, in dieci minuti.",
            "-La passerella d'accesso al capanno.",
            "-Mappa: il percorso dal parcheggio al capanno",
            "+Il capanno è aperto tutti i giorni dall'alba al tramonto.",
            "+Non si possono portare cani oltre la sbarra.",
        ],
        ["+Il Comune prevede di aggiungere un secondo capanno sul lato nord entro l'estate."],
        ["+Le scuole possono prenotare visite guidate con i volontari il sabato mattina."],
        [
            "-Tag: ambiente, cava, volontariato",
            "-Commenti dei lettori",
            "-Giuliana_R",
            "-Ci sono stata domenica, bellissimo! C'erano sei aironi cenerini.",
            "-Marco B. ha risposto:",
            "-Anche io, ma portate il binocolo perché sono lontani.",
            "-I più letti",
            "-© 2026 San Livrano Notizie – Tutti i diritti riservati",
        ],
    ]),
    "it-blog-guinzaglioescarponi-nebbia": _page("it", "it-blog-guinzaglioescarponi-nebbia", [
        [
            "-Guinzaglio e Scarponi",
            "-Home · Itinerari · Attrezzatura · Chi siamo",
        ],
        ["+Anello dell'argine nella nebbia, con Otto e Briciola"],
        [
            "-Pubblicato il 2 dicembre 2026 da Elisa",
            "-Itinerari, Inverno",
            "-Lascia un commento",
            "-Otto e Briciola sul sentiero dell'argine, avvolti nella nebbia.",
        ],
        [
            "+Domenica la nebbia non si è alzata per niente, così invece di salire in collina abbiamo fatto l'anello "
            "dell'argine, tutto in piano.",
        ],
        ["-Se ti piacciono i nostri itinerari, seguici su Instagram"],
        [
            "+Sono nove chilometri tra il ponte vecchio e la chiusa, su sterrato, con due soli tratti di asfalto "
            "vicino alle cascine.",
        ],
        [
            "+Come dice sempre mio marito: «Con la nebbia i cani sentono tutto e noi non vediamo niente», e infatti "
            "Otto ha fiutato una lepre dopo dieci minuti.",
        ],
        [
            "-Sponsor",
            "-Pettorine Codamossa – spedizione gratuita sopra i 40 euro",
        ],
        [
            "+Cosa portare",
            "+Guinzaglio corto per i tratti vicino alle cascine.",
            "-Briciola che aspetta al cancello della chiusa.",
            "+Pettorine con la striscia catarifrangente.",
            "+Acqua e una ciotola pieghevole.",
            "+Un asciugamano vecchio per la macchina.",
        ],
        ["+La prossima domenica, se esce il sole, proviamo il sentiero dei castagni sopra il paese."],
        [
            "-Tag: cani, nebbia, anello, pianura",
            "-Condividi:",
            "-WhatsApp · Facebook · Pinterest",
        ],
        [
            "-2 commenti",
            "-Paola & Maya",
            "-Anche noi lo facciamo spesso! Occhio alla chiusa, d'inverno il passaggio è scivoloso.",
            "-Elisa",
            "-Grazie Paola, infatti siamo passate piano piano!",
        ],
        [
            "-Articolo successivo: Giro al lago con la neve →",
            "-Tema WordPress: Astra",
        ],
    ]),
    "pl-portal-tarninowo-jadlodzielnia": _page("pl", "pl-portal-tarninowo-jadlodzielnia", [
        [
            "-Głos Tarninowa",
            "-Wiadomości · Kultura · Sport · Ogłoszenia",
            "-Zaloguj się | Załóż konto",
        ],
        ["+Jadłodzielnia przy bibliotece już działa. Każdy może coś zostawić"],
        [
            "-Agnieszka Przybytek",
            "-5 grudnia 2026, 08:40",
            "-Lodówka stanęła pod zadaszeniem obok wejścia do biblioteki. Fot. Głos Tarninowa",
        ],
        [
            "+Przed Gminną Biblioteką Publiczną w Tarninowie stanęła lodówka, do której mieszkańcy mogą zostawiać "
            "jedzenie, a potrzebujący – brać je bez pytania.",
        ],
        ["-Czytaj także: Zbiórka karmy dla schroniska przed świętami"],
        [
            "+Urządzenie podarował miejscowy sklep, a prąd opłaca gmina; o porządek dbają wolontariusze z pobliskiego "
            "liceum.",
        ],
        [
            "+– Codziennie rano sprawdzamy daty i wyrzucamy to, co się zepsuło, ale na razie prawie nic się nie "
            "marnuje – mówi Zofia Krawczuk, która koordynuje grupę wolontariuszy.",
        ],
        [
            "-REKLAMA",
            "-Piekarnia Tarninowska – chleb na zakwasie codziennie od 6:00",
        ],
        [
            "+Czego nie wolno zostawiać",
            "-Regulamin jadłodzielni do pobrania (PDF)",
            "+Surowego mięsa i ryb.",
            "+Alkoholu.",
            "+Produktów po terminie przydatności do spożycia.",
        ],
        ["+Lodówka jest dostępna przez całą dobę, a usterki można zgłaszać w bibliotece."],
        ["+Wolontariusze szukają jeszcze osób, które mogłyby zaglądać do niej w weekendy."],
        [
            "-Tagi: jadłodzielnia, wolontariat, biblioteka",
            "-Udostępnij",
        ],
        [
            "-Komentarze (3)",
            "-~Sąsiadka",
            "-Piękna inicjatywa, zaniosę w sobotę przetwory.",
            "-~Marek z Lipowej",
            "-A kto sprawdza, czy ktoś nie wyniesie wszystkiego naraz?",
            "-~Zofia K. (odpowiedź)",
            "-Nikt nie wynosi wszystkiego, sprawdzamy codziennie. Zapraszamy!",
        ],
        ["-© 2026 Głos Tarninowa. Wszelkie prawa zastrzeżone."],
    ]),
    "pl-blog-szpulkainozyce-pizama": _page("pl", "pl-blog-szpulkainozyce-pizama", [
        [
            "-Szpulka i Nożyce",
            "-szyję, pruję, szyję od nowa",
            "-Strona główna | Wykroje | Poradniki | O mnie",
        ],
        ["+Uszyłam flanelową piżamę na zimę"],
        [
            "-2 grudnia 2026 · Ola",
            "-Flanelowa piżama rozłożona na łóżku, jeszcze z fastrygą.",
        ],
        [
            "+Od dawna chciałam uszyć sobie ciepłą piżamę, bo te sklepowe po dwóch praniach robią się sztywne jak "
            "tektura.",
        ],
        [
            "-Spis treści",
            "-1. Flanela i wykrój",
            "-2. Czego potrzebowałam",
        ],
        [
            "+Flanelę w szkocką kratę kupiłam na wyprzedaży, a wykrój odrysowałam ze starej piżamy, dodając po dwa "
            "centymetry na szwy.",
        ],
        [
            "+Babcia zawsze powtarzała: „Kratę kroi się raz, ale układa trzy razy”, i dopiero przy tej piżamie "
            "zrozumiałam, o co jej chodziło.",
        ],
        [
            "+Czego potrzebowałam",
            "+Trzech metrów flaneli.",
            "+Gumki do spodni, 3 cm szerokości.",
            "-Reklama",
            "-Pasmanteria Fastryga u Heli – guziki i gumki z wysyłką w 24 h",
            "+Sześciu guzików z masy perłowej.",
            "+Dwóch wieczorów przy maszynie.",
        ],
        ["+Następnym razem spróbuję uszyć do kompletu szlafrok z tej samej flaneli."],
        [
            "-Kategorie: Szycie, Piżamy",
            "-Tagi: flanela, krata",
        ],
        [
            "-3 komentarze",
            "-Basia_szyje",
            "-3 grudnia 2026 o 20:14",
            "-Śliczna krata! Jak dopasowałaś wzór na szwie bocznym?",
            "-Ola (autorka)",
            "-Kroiłam każdą nogawkę osobno, na jednej warstwie.",
            "-Kasia",
            "-Zapisuję sobie ten sposób, dzięki!",
        ],
    ]),
    "ru-portal-yasnoborsk-zvezdy": _page("ru", "ru-portal-yasnoborsk-zvezdy", [
        [
            "-Ясноборские новости",
            "-Новости | Общество | Культура | Спорт | Объявления",
        ],
        ["+Под Ясноборском устроили вечер наблюдения звёзд"],
        [
            "-Общество",
            "-4 декабря 2026, 21:10",
            "-Автор: Ксения Ладыгина",
            "-👁 1 245",
            "-Телескопы на поляне у бывшего пионерлагеря. Фото: «Ясноборские новости»",
            "-Читайте также: В Ясноборске откроют каток на стадионе",
        ],
        [
            "+В субботу вечером на поляне у бывшего пионерлагеря в двадцати километрах от Ясноборска прошёл первый "
            "открытый вечер наблюдения звёздного неба.",
        ],
        [
            "+Клуб любителей астрономии привёз пять телескопов, а соседнее фермерское хозяйство на два часа выключило "
            "прожекторы на своих складах.",
        ],
        [
            "-Рекламный блок",
            "-Оптика «Северный окуляр» — бинокли и телескопы со скидкой до Нового года",
        ],
        [
            "+«Здесь на много километров нет ни одного фонаря, поэтому Млечный Путь видно даже в декабре», — "
            "рассказал руководитель клуба Павел Кочемасов.",
        ],
        [
            "+Что показали гостям",
            "+Кольца Сатурна.",
            "+Туманность Андромеды.",
            "+Звёздное скопление Плеяды.",
            "-Фото: Ксения Ладыгина",
            "+Луну в первой четверти.",
        ],
        ["+Следующий вечер наблюдения клуб обещает провести в январе, если позволит погода."],
        [
            "-Теги: астрономия, досуг, Ясноборский район",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "-Комментарии (2)",
            "-Лариса Шумкова",
            "-Были с детьми, очень понравилось! Только холодно, одевайтесь теплее.",
            "-Гость",
            "-А где можно узнать дату следующего вечера?",
            "-Ответить",
        ],
        ["-© 2026 «Ясноборские новости». При использовании материалов ссылка обязательна."],
    ]),
    "ru-blog-okulyarnabalkone-yupiter": _page("ru", "ru-blog-okulyarnabalkone-yupiter", [
        [
            "-Окуляр на балконе",
            "-Заметки городского любителя астрономии",
            "-Главная · Наблюдения · Техника · Обо мне",
        ],
        ["+Юпитер и Луна с балкона девятого этажа"],
        [
            "-3 декабря 2026 · Рубрика: Наблюдения",
            "-Метки: Юпитер, Луна, балкон",
        ],
        ["+Во вторник наконец прояснилось, и я впервые за месяц вынес телескоп на балкон."],
        ["+С девятого этажа половину неба закрывает соседний дом, зато на юго-восток вид открыт до самого горизонта."],
        ["-Юпитер с тремя спутниками, снято на телефон через окуляр."],
        [
            "+Как говорил мой первый руководитель астрокружка: «Балкон — лучше, чем ничего, а ничего — это когда "
            "телескоп на шкафу».",
        ],
        [
            "-Содержание: Погода · Что я увидел · Планы",
            "-Поддержите блог — поделитесь записью с друзьями",
        ],
        [
            "+Что я увидел",
            "+Четыре спутника Юпитера почти в одну линию.",
            "+Тень Ио на диске планеты.",
            "-Телескоп на балконе, рядом сушится бельё.",
            "+Кратер Коперник у терминатора.",
        ],
        ["+Смотрел около часа, пока не замёрзли пальцы."],
        ["+В следующий раз попробую снять Луну через камеру, а не телефон."],
        [
            "-Поделиться в соцсетях",
            "-Ещё записи на тему: Юпитер",
        ],
        [
            "-3 комментария",
            "-astro_nikolai",
            "-Отличный результат для города! Какой у вас телескоп?",
            "-Автор блога",
            "-Рефрактор 90 мм, ничего особенного.",
            "-Вера К.",
            "-У меня такой же, подтверждаю — Юпитер в нём прекрасный.",
            "-Ответить",
        ],
        ["-© 2026 Окуляр на балконе. Работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Ruth Calloway is our community and volunteering reporter, covering the villages north of the river. She joined "
    "the paper in 2021.":
        "an English reporter bio ('Ruth Calloway is our community and volunteering reporter, covering the villages "
        "north of the river. She joined the paper in 2021.') is left at the foot",
    "Diesen Artikel lesen Sie in etwa drei Minuten.":
        "a German reading-time sentence ('Diesen Artikel lesen Sie in etwa drei Minuten.') is left at the head",
    "Video in caricamento… attendere prego":
        "an Italian video-loading placeholder ('Video in caricamento… attendere prego') is left in the body",
    "Accedi per votare i commenti e ricevere le notifiche delle risposte.":
        "an Italian log-in-to-vote comment prompt ('Accedi per votare i commenti e ricevere le notifiche delle "
        "risposte.') is left at the foot",
    "Źródło: informacja prasowa OSP Jarzębiniec":
        "a Polish press-release source credit ('Źródło: informacja prasowa OSP Jarzębiniec') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-cawdlesham-library":
        "the regional portal's library story keeps its photo caption ('The reading room at Cawdlesham Library, which "
        "will stay lit until 8pm from January.') under the title (1 of 20 noise lines)",
    "en-blog-owlhourskies-andromeda":
        "the astronomy blog's Andromeda post keeps its photo caption ('M31 through the binoculars, as near as my "
        "phone could get it.') between the second paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "fr-portail-brehanval-pompiers":
        "the regional portal's fire-engine story keeps its garage ad ('Garage de la Tannerie – contrôle technique à "
        "prix doux jusqu'au 31 décembre') between the first and second paragraphs and its photo caption ('Le "
        "camion-citerne lors de sa présentation aux élus, samedi.') between the first and second list rows (2 of 20 "
        "noise lines)",
    "fr-blog-ourletsetbobines-doublure":
        "the sewing blog's coat-lining post keeps its menu ('Accueil – Tutos – Patrons – Mes réalisations – Contact') "
        "above the title, its photo caption ('Le manteau étalé sur la table, doublure décousue.') under the title, "
        "its photo caption ('La vieille doublure, usée jusqu'à la trame aux coudes.') between the first and second "
        "paragraphs, its newsletter and Instagram prompts ('Envie de recevoir mes tutos ? Inscrivez-vous à la lettre "
        "d'Ourlets et Bobines' and 'Suivez-moi sur Instagram @ourletsetbobines') between the paragraph with the quote "
        "and the subheading and its no-sponsored-link note ('Le satin vient d'une mercerie de quartier, pas de lien "
        "sponsorisé ici !') between the third and fourth list rows (6 of 20 noise lines)",
    "de-portal-ebbersmoor-theater":
        "the regional portal's amateur-theatre story keeps its section link ('Mehr Kultur aus der Region') between "
        "the second and third list rows (1 of 20 noise lines)",
    "de-blog-dachbodenbahn-schnee":
        "the model-railway blog's snow post keeps its photo caption ('Der Bahnhof vor dem Einschneien, noch ganz im "
        "Herbst.') and its ad ('Modellbau Schotterkiste – Streumaterial und Grasfasern im Wintersale') between the "
        "paragraph with the quote and the subheading and its photo caption ('Das Empfangsgebäude mit der ersten "
        "Schneeschicht.') between the second and third list rows (3 of 20 noise lines)",
    "it-portale-sanlivrano-capanno":
        "the regional portal's wildlife-hide story keeps its photo caption ('La passerella d'accesso al capanno.') "
        "between the first and second list rows (1 of 20 noise lines; since round 76 its map link there goes)",
    "it-blog-guinzaglioescarponi-nebbia":
        "the dog-walking blog's foggy-loop post keeps its photo caption ('Otto e Briciola sul sentiero dell'argine, "
        "avvolti nella nebbia.') under the title, its Instagram prompt ('Se ti piacciono i nostri itinerari, seguici "
        "su Instagram') between the first and second paragraphs and its photo caption ('Briciola che aspetta al "
        "cancello della chiusa.') between the first and second list rows (3 of 20 noise lines)",
    "pl-blog-szpulkainozyce-pizama":
        "the sewing blog's pyjama post keeps its photo caption ('Flanelowa piżama rozłożona na łóżku, jeszcze z "
        "fastrygą.') under the title and its haberdashery ad ('Pasmanteria Fastryga u Heli – guziki i gumki z "
        "wysyłką w 24 h') between the second and third list rows (2 of 20 noise lines)",
    "ru-blog-okulyarnabalkone-yupiter":
        "the astronomy blog's balcony post keeps its photo caption ('Телескоп на балконе, рядом сушится бельё.') "
        "between the second and third list rows (1 of 20 noise lines)",
}


test_held_out_89_line, test_held_out_89_line_is_kept, test_held_out_89_page = held_out_tests(
    HELD_OUT_89_LINES, HELD_OUT_89_KEEP, HELD_OUT_89_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
