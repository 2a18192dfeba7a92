"""Held-out set 82: written blind, weighted toward the noise the cleaner exists for, in shapes set 80's docstring does
not name: scraper, embed and ad markers (the Global-News-style English ad break "Story continues below advertisement",
the BBC-style English embed end marker "End of YouTube post, 1", the Hearst-style English ad break "ADVERTISEMENT -
CONTINUE READING BELOW", the Le-Parisien-style French ad break "La suite après cette publicité", the German ad break
"Artikel wird unterhalb der Anzeige fortgesetzt", the Italian ad break "Continua a leggere dopo la pubblicità", the
Polish partner label "Materiał promocyjny partnera" and the Russian partner label "Партнёрский материал"); reading-time
headers in new wordings (the English "Approx. reading time: 6 minutes" and "Reading Time: 4 minutes (1,012 words)", the
French "⏳ Durée de lecture : 6 minutes", the German "⏱ 3 Min. Lesezeit", the Italian "Tempo di lettura: 4 minuti", the
Polish "Czas czytania: ok. 3 min" and the Russian "Время прочтения: 4 минуты"); bylines and self-promotion (an English
Local Democracy Reporting Service credit "Keeley Ardwin, Local Democracy Reporting Service", Substack's
thanks-for-reading prompt "Thanks for reading Muddy Boots Notes! Subscribe for free to receive new posts and support my
work.", an English book plug "My new book, Forty Stiles, is out now. Signed copies are available from the blog shop.", a
French agency byline with date "Par Margaux Tessandier, avec AFP · Publié le 4 déc. 2026 à 07h15", a German contributor
byline "Von unserer Mitarbeiterin Carola Mengwasser", an Italian follow-and-subscribe plug "Se ti è piaciuto questo
post, seguimi anche su Instagram e iscriviti alla newsletter del blog!", the Polish compiled-by credit "Oprac. Bartosz
Wilgocki" and a Russian Telegram-channel plug "Подписывайтесь на мой телеграм-канал — там ещё больше фото с походов!");
blog and site footers (WordPress.com's "Blog at WordPress.com.", Squarespace's "Powered by Squarespace", an English ICNN
membership line "The Marlwick Courier is a member of the Independent Community News Network.", the French
reproduction-rights line "Tous droits de reproduction et de représentation réservés.", a German media-treaty
responsible-editor line "Verantwortlich nach § 18 Abs. 2 MStV: Renate Kübelhorst (Anschrift wie oben)", the Italian
not-a-newspaper blog disclaimer "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza
alcuna periodicità.", the Polish copying-forbidden line "Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody
wydawcy zabronione." and the Russian link-required line "При полном или частичном использовании материалов ссылка на
сайт обязательна."); reader-comment furniture (the "Facebook Comments Plugin" label, a "Load more comments" button, an
English subscribers-only line "Commenting is only available to subscribers. Subscribe or log in to join the
discussion.", a French log-in-to-comment line "Pour commenter cet article, connectez-vous ou créez votre compte.", the
German "Jetzt anmelden und mitdiskutieren", WordPress's Italian comment-form note "Il tuo indirizzo email non sarà
pubblicato. I campi obbligatori sono contrassegnati *", the Polish "Zobacz wszystkie komentarze (14)" and a Russian
log-in line "Чтобы оставить комментарий, авторизуйтесь через ВКонтакте или Яндекс ID."); share rows (an English Email,
LinkedIn, Bluesky, Threads and WhatsApp row, a French Facebook, LinkedIn, Bluesky and e-mail sentence and a Russian
VKontakte, Odnoklassniki, MAX and copy-link row); and notices (a German correction note "Transparenzhinweis: In einer
früheren Fassung dieses Textes war der Name des Vereinsvorsitzenden falsch geschrieben.", an Italian article-age warning
"Attenzione: questo articolo è stato pubblicato più di 2 anni fa." and a Polish print-edition note "Tekst ukazał się w
papierowym wydaniu tygodnika (nr 48/2026)."); and toward whole scraped news, opinion and hobby-blog pages in layouts
sets 58 to 80 did not use, as far as the brief and set 80's docstring list them, taken from clubs, sports, nature and
food (a regional portal's story on a rowing club moving from a shipping container into a new boathouse, with a comment,
an orienteering blog's post on a first night-orienteering race, with a comment, a regional portal's story on the
farmers' market moving from a car park into the old grain hall, with a comment, a cheese blog's post on a morning at a
goat dairy, with a comment, a regional portal's story on a hedgehog rescue overwintering 63 hedgehogs in a garden shed,
with a comment, a daily's column against artificial turf for the football club's grass pitch, with a comment, a regional
portal's story on a community beehive at a school cared for by thirty families, with a comment, a hiking blog's post on
a first snowshoe hike to a mountain hut, with a comment, a regional portal's story on volunteers counting wintering
birds at a reservoir, with a comment, a cross-country-skiing blog's post on a first loop in the woods after the first
snow, with a comment, a regional portal's story on a chess club opening in a coffee shop, with a comment, and a foraging
blog's post on picking and drying rosehips after the first frosts, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 80), held-out set 81 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's
files. Read were: the docstring of held-out set 80 up to its first round paragraph, its imports, its ``_page`` helper
and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test functions),
printed with one ast script (/tmp/s82scratch/read80.py: ``ast.get_docstring`` split into paragraphs at blank lines and
cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page``
node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as
its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 80's, taken by a script
(/tmp/s82scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 80 -> 82, then refilled after the measurement. Nothing else was copied from any file
of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s82, detached at commit
d81ebc7251982719dee274f97a3c5bb5ece5263a, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 80's file was only printed through
the ast script above, run once with its output sent to a scratch file (/tmp/s82scratch/read80.out, 332 lines) that I
printed whole with ``cat``; the tool cut the middle of that output (lines 133 to 175), which I then paged through with
``sed`` (lines 125 to 180). The docstring cut held (the printed docstring ended with set 80's Baseline paragraph). That
allowed text itself names set 80's scratch paths, its frozen commit (4f83a68119fb68453193375d55bf3f73dfd87a02) and set
79's (b46211d8ab558dad97021cbb275af3ea50c83369); I saw these only as docstring text. Set 80's page-xfail reasons in the
allowed tail say that some pages' bare photo captions go "since round 71"; I read that as text and did not look up what
round 71 changed. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open. The
build script, which read set 80's file to take its tail, printed nothing but the tail it wrote. At my first step ``git
status --short | head -20`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git
worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen
commit is. To see that both worktrees existed I ran ``ls /tmp/wt-s82/tests/test_clean_held_out_80.py /tmp/wt-set82 |
head``, which printed that one path and the top-level names of /tmp/wt-set82 (README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src; ``head`` cut the rest); no folder below was listed and no file opened but what the brief
allows and this file. The branch set82 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests (63 passed, 14 xfailed), which is a check of the tables, not a second measurement.
(3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
second small script (/tmp/s82scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4) The
lists were written as source in scratch files (/tmp/s82scratch/lists82.py and pages82.py) and put together with the tail
into this file by a script (/tmp/s82scratch/gen.py). Before the measurement the lists were executed from a scratch
folder (/tmp/s82scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case
was run through the cleaner) by /tmp/s82scratch/check.py, which counted the lines by category and by language (from the
``# English`` ... comments), the keep lines by language and by place, the pages by language, printed each page's block
sizes and checked that no page noise line repeats on its page, is a substring of an article line of its page or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_82_LINES`` or ``HELD_OUT_82_KEEP``, case-sensitively and
case-insensitively. Its first run counted every line's language as unknown (a fault in its own comment-reading pattern,
fixed) and found eight problems in six page noise lines: the page ad labels "Advertisement" (inside the held-out "Story
continues below advertisement" and "ADVERTISEMENT - CONTINUE READING BELOW"), "Publicité" (inside "La suite après cette
publicité"), "Anzeige" (inside "Artikel wird unterhalb der Anzeige fortgesetzt"), "PUBBLICITÀ" (inside "Continua a
leggere dopo la pubblicità") and "REKLAMA" (inside the keep line "Reklamacje dotyczące rachunków za wodę ..."), and the
orienteering blog's section label "Orienteering" inside two of its article lines; they became "Sponsored", "Espace
partenaire", "Werbung", "Sponsorizzato", "Materiał reklamowy" and "Race diaries", and the snowshoe blog's update line
became "Aggiornato il 3 dicembre 2026" so as not to hold its date line. Its second run found "Sponsored" inside the
article's "sponsored ergometer marathons", which became "Promoted". Its third run found nothing; it still notes, as
allowed, 16 page noise lines that hold another noise line of their page (site names inside captions, follow prompts and
copyright lines, a date inside an update line). No list changed after that check. (5) At the measurement (16:10:02 UTC)
this docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The
problems were then read out once with ``_problems`` in the frozen worktree by a script (/tmp/s82scratch/problems.py)
that ran it on every line, keep line and page of this set and printed the problems of the failing ones, to write the
xfail reasons. (6) Invented names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Marlwick (and so the Marlwick Courier), Muddy Boots Notes, Forty Stiles, Eddlesham and the Eddlesham Echo, Bracken &
Bearing, Sauzignac (and so Sauzignac Actu), La Croûte et le Couteau, Brömmeling- (and so Brömmelingen and the
Brömmelinger Tageblatt), Roccasalda (and so RoccasaldaOggi), Ciaspole e Caffè, Biegówki po godzinach, Tatarnikowo (and
so Tatarnikowo24), Ключегорск (and so Ключегорск.Инфо) and Тропинка и термос had no hits. Cabrolet was found only as a
misspelling of "Cabriolet" ("VW Cabrolet") and inside identifiers ("CabRoleTier"), and kept as the goat dairy's Mas
Cabrolet; Wiesendrach was found only inside "Wiesendrache", a creature's name in a game's data, and kept (and so the
Wiesendracher Anzeiger). Dropped after their checks: "Hallow Vale", planned for the book plug's title (a RuneScape quest
"Darkness of Hallow Vale", and the phrase "shallow vale"), Wendlecombe, planned as the rowing story's town (a coined
town in someone's test fixture), and Łozowiska, planned as the bird count's town (a Polish common noun, willow thickets,
and perhaps a real village). Kestrelmoor was checked as a spare and not used (a fictional scenario's name in several
repositories). Not checked, generic or invented at sight: the Eddlesham Rowing Club, SV Brömmelingen, the Mühlweg, the
Tageblatt Mediengruppe and Tageblatt+ (after the invented paper; "Tageblatt" is a common newspaper word), the place de
l'Église, the route du lac, the Pro Loco, улица Советская and the coffee shop «Турка». The people's names (Keeley
Ardwin, Margaux Tessandier, Carola Mengwasser, Renate Kübelhorst, Bartosz Wilgocki, Harriet Dunsford, Sunita Rao,
RiverRat_64, Ellie Marchbank, Gareth W., Claire Vidalenc, Mathilde Roucayrol, Josiane R., Anouk, Sylvie, Bruno,
Marie-Claude, Jana Hesselbach, Monika Tessenow, Gartenfreund_WD, Dieter Vollbrecht, Heinz Obermaier, Ulrike Sandmeier,
Giancarlo Ferraresi, Rosanna B., Chiara, Lorenzo, Paulina Dereszewska, Tomasz Kurzawa, wędkarz, Marta, Kasia_biega,
Екатерина Звягинцева, Виталий Горбунцов, Анна Белоусова, Гость_Сергей, Лиза, Наталья) are invented, though ordinary
names real people may bear; none is meant as a real person. The e-mail addresses use the reserved .example domain; no
phone number, tax number or postcode is given. (7) Some lines name real things, as real pages do: Global News' and
Hearst's ad-break wordings and the BBC's embed end marker as I remember them, YouTube, the Local Democracy Reporting
Service, Substack and its thanks-for-reading prompt (from memory), WordPress.com, Squarespace, the Independent Community
News Network, the Facebook Comments Plugin, Email, LinkedIn, Bluesky, Threads, WhatsApp, AFP, the German
Medienstaatsvertrag and its § 18 Abs. 2, the Italian blog disclaimer of not being a testata giornalistica (from memory),
WordPress's Italian comment-form note, Instagram, Telegram, VKontakte, Odnoklassniki, the MAX messenger and Yandex ID;
on the pages X, Facebook, Pinterest, Messenger, Amazon's affiliate programme, WordPress and its French "Fièrement
propulsé par WordPress", its "Like this:" row, the WordPress themes Ashe, GeneratePress and Astra, Saint François-Xavier
given for 3 December and the name days of Franciszek and Ksawery given for 3 December (from memory), the Aveyron, the
Pro Loco, the mute swan, mallard, coot and smew, and the 16+ mark of Russian ad labels. (8) Set 80's docstring names its
own shapes and the earlier sets' page layouts only, so some lines may repeat shapes of sets before 80 that I could not
check; in particular "Blog at WordPress.com.", "Powered by Squarespace", "Load more comments", "Facebook Comments
Plugin", WordPress's Italian comment-form note, the French reproduction-rights line and the Russian link-required line
are common enough that an earlier set or a development list may hold them. Close to shapes set 80 named: the Italian
comment-form note is WordPress comment-form furniture like its subscribe checkbox; the English subscribers-only line,
the French and Russian log-in lines and the German join-the-discussion line are comment prompts near its guidelines and
pre-moderation notes; the Substack prompt, the book plug and the Instagram and Telegram plugs are plugs like its
Patreon, Steady and buycoffee.to plugs; the ICNN line is a press-regulation membership line near its IPSO line; the
German responsible-editor line is a masthead line like its Italian director line and Russian founder line; the French
agency byline and the German contributor byline are bylines near its French correspondent byline; the Polish and Russian
partner labels are ad labels like its French advertorial label; the ad breaks are ad breaks like its Reuters-style one,
in other words; the YouTube end marker is an embed line like its TikTok and Instagram lines; the share rows are share
rows on other platforms; the notices are of other kinds than its update note, thanks-for-reading line and
illustrative-photo note. Page chrome repeats kinds of line set 80's docstring names among its noise (photo captions, ad
labels, read-also, might-like and most-read links, newsletter, WhatsApp, Telegram, Instagram and Pinterest prompts,
tip-off prompts, letters addresses, affiliate notes, name-day and saint's-day lines, opinion-column lines), as real
pages carry them. (9) My first step's clock reading was 2026-12-04 16:04:11 UTC; the measurement ran at 16:10:02 UTC.
(10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was
read.

Judgement calls: the keep lines opening with or holding "Source code for the council's new parking app", "Comments from
residents", "Share prices", "Posted to every household", "Read in full", "Follow-on funding", "Advertising hoardings",
"Abonnés depuis vingt ans", "Partagé entre deux communes", "Photo de classe", "Kommentarlos", "Folgen hat der
Beschluss", "Geschrieben wurde die Chronik", "Condividere le spese", "Pubblicato nel 1974", "Fonte di preoccupazione",
"Czytając protokół", "Reklamacje dotyczące rachunków", "Источником загрязнения" and "Фотографии старого вокзала" are
article sentences. The ad breaks, the YouTube end marker and the partner labels are counted as markers; the reading-time
rows as reading-time lines; the Local Democracy Reporting Service credit, the agency, contributor and compiled-by
bylines and the Substack, book, Instagram and Telegram plugs as bylines; the WordPress.com, Squarespace, ICNN,
reproduction-rights, responsible-editor, not-a-newspaper, copying-forbidden and link-required rows as footers; the
comments-plugin label, the load-more button, the subscribers-only line, the log-in and join-the-discussion prompts, the
comment-form note and the see-all-comments link as comments; the share rows as share; the correction note, the
article-age warning and the print-edition note as notices. On every page the title, the first paragraph, the paragraph
with the quote, the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two
last paragraphs, or three rows and three last paragraphs; the blog posts' closing lines about the next post and the
column's closing call are their last paragraphs and counted as article) and everything else is noise (20 lines a page:
six lines above the title, two under it, two between the first paragraph and the paragraph with the quote, two between
the list rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes,
sign-in, account and subscription lines, dates, weather, name-day and saint's-day lines, breadcrumbs, section, column
and category names, bylines, publication, update, comment-count and view-count lines, photo captions, ad labels and ads,
affiliate and not-sponsored notes, read-also, might-like, more-columns, may-interest and most-read links, newsletter,
WhatsApp, Telegram, Instagram, Pinterest, like and tip-off prompts, letters addresses, share, print and bookmark lines,
tags, comment headings and counts, commenter rows, comment dates and texts, reply and report lines, theme credits,
copyright, publisher and legal lines are noise. The rows: en-portal-eddlesham-boathouse "What the new building has"
(four rows), en-blog-bracken-nightorienteering "What I learned in the dark" (three rows), fr-portail-sauzignac-marche
"Ce qui change pour les clients" (three rows), fr-blog-croute-chevrerie "Les étapes d'un crottin" (four rows),
de-portal-wiesendrach-igel "So können Gartenbesitzer helfen" (four rows), de-kolumne-broemmelingen-kunstrasen "Was der
Rat bedenken sollte" (three rows), it-portale-roccasalda-alveare "Come funziona il progetto" (three rows),
it-blog-ciaspole-rifugio "Cosa mi è servito davvero" (four rows), pl-portal-tatarnikowo-ptaki "Co policzyli
wolontariusze" (four rows), pl-blog-biegowki-petla "Moja pętla krok po kroku" (three rows),
ru-portal-klyuchegorsk-shakhmaty "Как попасть в клуб" (three rows) and ru-blog-tropinka-shipovnik "Как я сушу шиповник"
(four rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 12, body 8,
tail 25), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 7, tail 7), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-eddlesham-boathouse (a regional news portal's story on a
rowing club moving its boats from a shipping container into a new timber boathouse, with a comment),
en-blog-bracken-nightorienteering (an orienteering blog's post on a first night-orienteering race, with a comment),
fr-portail-sauzignac-marche (a regional news portal's story on the Friday farmers' market moving from the town-hall car
park into the restored grain hall, with a comment), fr-blog-croute-chevrerie (a cheese blog's post on a morning at a
goat dairy, from milking to ripening, with a comment), de-portal-wiesendrach-igel (a regional news portal's story on a
volunteer hedgehog rescue overwintering 63 hedgehogs in a garden shed, with a comment),
de-kolumne-broemmelingen-kunstrasen (a daily's opinion column against replacing the football club's grass pitch with
artificial turf, with a comment), it-portale-roccasalda-alveare (a regional news portal's story on a community beehive
in a school garden cared for by thirty families, with a comment), it-blog-ciaspole-rifugio (a hiking blog's post on a
first snowshoe hike up to a mountain hut, with a comment), pl-portal-tatarnikowo-ptaki (a regional news portal's story
on volunteers counting wintering birds at a reservoir, with a comment), pl-blog-biegowki-petla (a cross-country-skiing
blog's post on a first loop in the woods after the first snow, with a comment), ru-portal-klyuchegorsk-shakhmaty (a
regional news portal's story on a chess club meeting in the evenings in a coffee shop, with a comment) and
ru-blog-tropinka-shipovnik (a foraging blog's post on picking and drying rosehips after the first frosts, with a
comment); every page holds a title, a subheading with list rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit d81ebc7251982719dee274f97a3c5bb5ece5263a, measured with ``cd /tmp/wt-s82 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s82/src python -m pytest -q tests/test_clean_held_out_82.py -rA -p
no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s82 && PYTHONPATH=/tmp/wt-s82/src python
scripts/clean_held_out_report.py --sets 82`` (noise lines removed 37/45, article lines kept 20/20, pages clean 6/12,
page noise lines left 7 of 240), with the xfail tables empty): noise lines removed 37/45 (marker 6/8, reading-time 7/7,
byline 7/8, footer 5/8, comments 8/8, share 3/3, notice 1/3; missed, all kept as paragraphs: the English "End of YouTube
post, 1" and the Polish "Materiał promocyjny partnera" put in the body; the German "Von unserer Mitarbeiterin Carola
Mengwasser" and the Italian "Attenzione: questo articolo è stato pubblicato più di 2 anni fa." put at the head; and the
English "The Marlwick Courier is a member of the Independent Community News Network.", the French "Tous droits de
reproduction et de représentation réservés.", the German "Verantwortlich nach § 18 Abs. 2 MStV: Renate Kübelhorst
(Anschrift wie oben)" and the Polish "Tekst ukazał się w papierowym wydaniu tygodnika (nr 48/2026)." put at the foot);
keep lines kept 20/20; pages 6/12 clean (en-portal-eddlesham-boathouse, it-portale-roccasalda-alveare,
it-blog-ciaspole-rifugio, pl-portal-tatarnikowo-ptaki, pl-blog-biegowki-petla and ru-portal-klyuchegorsk-shakhmaty), 7
of 240 page noise lines left and 0 of 120 article lines lost: en-blog-bracken-nightorienteering 1 left ("Kit I used: a
900-lumen head torch (affiliate link)"); fr-portail-sauzignac-marche 1 left ("Espace partenaire");
fr-blog-croute-chevrerie 1 left ("Cet article n'est pas sponsorisé : j'ai payé mes fromages.");
de-portal-wiesendrach-igel 1 left ("Mehr Nachrichten aus der Region gibt es in unserem kostenlosen WhatsApp-Kanal");
de-kolumne-broemmelingen-kunstrasen 2 left ("Tageblatt+ jetzt 4 Wochen gratis testen" and "Ihre Meinung ist gefragt:
leserbriefe@broemmelinger-tageblatt.example"); ru-blog-tropinka-shipovnik 1 left ("Поставьте лайк, если было полезно
👍"). Of the left page lines none stands above the title and none under it; one stands between the first paragraph and
the paragraph with the quote (the farmers'-market story's ad label, whose photo caption goes; every other page's
caption, ad label, might-like, may-interest, more-columns and read-also line here goes); six stand between the list rows
and the last paragraphs (the orienteering blog's affiliate kit line, whose pin prompt goes, the cheese blog's
not-sponsored note, whose subscribe prompt goes, the hedgehog story's WhatsApp-channel prompt, whose read-also link
goes, the turf column's subscription ad and letters address, and the rosehip blog's like prompt, whose ad goes); and
none at the foot (every tag, share, comment heading, commenter row, comment date, comment text, reply, report,
most-read, theme credit, copyright, publisher and legal line at the foot goes, on blogs, portals and the column alike).
No article line is lost. The failing cases are strict xfails.

Still held out after round 72 (development on sets 79 and 80; measured once with ``scripts/clean_held_out_report.py
--sets 82``): noise lines removed 37/45 (unchanged; three of the eight missed lines are near misses of families round 72
wrote: the Italian article-age warning 'Attenzione: questo articolo è stato pubblicato più di 2 anni fa.' of its
old-article notices, 'Materiał promocyjny partnera' of its partner labels, and the MStV responsible line with
'(Anschrift wie oben)' after the name, of its legal roles, which took set 81's line without the address note), keep
lines 20/20, pages clean 6 -> 7/12, page noise lines left 7 -> 6 of 240 (the farmers'-market story's 'Espace partenaire'
label goes), article lines lost 0 of 120; the entry of the page now clean is removed.

Round 73 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 82`` and ``pytest tests/test_clean_held_out_82.py`` at 71a6aaa (before) and the
round's last commit on branch round73 (after): noise lines 37 -> 45 of 45 (marker 6 -> 8/8, reading-time 7/7, byline 7
-> 8/8, footer 5 -> 8/8, comments 8/8, share 3/3, notice 1 -> 3/3), keep lines 20/20 both times, pages clean 7 -> 12 of
12, page noise lines left 6 -> 0 of 240, article lines lost 0 of 120 both times; pytest 64 passed, 13 xfailed -> 77
passed, 0 xfailed. Fixed (there were no losses to fix): the eight missed lines (the embed end marker 'End of YouTube
post, 1', the ICNN membership line, the reproduction-rights line, the staff byline 'Von unserer Mitarbeiterin ...', the
MStV responsible line with '(Anschrift wie oben)', the Italian article-age warning, whose '2 anni' the old-page rule had
read as '2 an' with 'ni fa' left over, 'Materiał promocyjny partnera' and the print-edition note) and the six page lines
(the orienteering post's affiliate kit line, the cheese post's not-sponsored note, the hedgehog story's WhatsApp-channel
line, the turf column's subscription trial ad and letters address, and the rosehip post's like prompt). Classes added or
widened: embed end markers ('End of ... post, 3', 'Ende des YouTube-Beitrags', 'Конец публикации в YouTube'), press-body
membership with the site first and the body last, named rights reserved ('Tous droits de reproduction ... réservés',
'Alle Rechte der Vervielfältigung ... vorbehalten'), staff bylines ('Von unserer Mitarbeiterin ...', 'De notre
collaboratrice ...', 'Dalla nostra redazione di ...', 'Od naszego wysłannika ...', 'От нашего собкора ...'; a place a
capital's words, so that a sentence opening with the same words stays), a legal role's holder with the address after it,
old-page notes with a numeric age, partner labels with the partner after the noun and bare participles,
appeared-in-print notes with the edition or issue after the verb, additional-reporting and contribution credits,
story-being-updated notes, join-the-discussion log-in prompts, invitation disclosures with the newsroom or the writer
invited by the organiser, shop plugs with the seller's verb and the link's place, follow-me calls after an
if-you-like-my-work opening, column disclaimers with 'wieder' and the noun's article, chat-channel news lines,
affiliate-link marks closing a line and not-sponsored notes, opinion-wanted labels with the letters address, free trial
offers, like-if-useful prompts and captions of two short sentences before a picture's own credit word; each in six
languages with near misses (tests/test_clean.py test_round_73_*), checked with line_reason on every noise, keep and page
line of sets 10-82: they take 42 noise lines and no article or keep line. Left: nothing on this set. Elsewhere: set 81
(lines 36 -> 45, pages clean 9 -> 10), set 80 (pages clean 11 -> 12: the winter-swimmers caption with its credit after
two sentences), set 70 (pages clean 7 -> 8, page noise lines left 7 -> 6); every other set of 10-82 is unchanged;
SemEval diff 0 of 3,723 files; bench ratio 1.06.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_82_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Story continues below advertisement", "marker"),
    ("body", "End of YouTube post, 1", "marker"),
    ("body", "ADVERTISEMENT - CONTINUE READING BELOW", "marker"),
    ("head", "Approx. reading time: 6 minutes", "reading-time"),
    ("head", "Reading Time: 4 minutes (1,012 words)", "reading-time"),
    ("head", "Keeley Ardwin, Local Democracy Reporting Service", "byline"),
    ("tail", "Thanks for reading Muddy Boots Notes! Subscribe for free to receive new posts and support my work.", "byline"),
    ("tail", "My new book, Forty Stiles, is out now. Signed copies are available from the blog shop.", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "Powered by Squarespace", "footer"),
    ("tail", "The Marlwick Courier is a member of the Independent Community News Network.", "footer"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Load more comments", "comments"),
    ("tail", "Commenting is only available to subscribers. Subscribe or log in to join the discussion.", "comments"),
    ("tail", "Share via Email · LinkedIn · Bluesky · Threads · WhatsApp", "share"),
    # French
    ("body", "La suite après cette publicité", "marker"),
    ("head", "⏳ Durée de lecture : 6 minutes", "reading-time"),
    ("head", "Par Margaux Tessandier, avec AFP · Publié le 4 déc. 2026 à 07h15", "byline"),
    ("tail", "Tous droits de reproduction et de représentation réservés.", "footer"),
    ("tail", "Pour commenter cet article, connectez-vous ou créez votre compte.", "comments"),
    ("tail", "Partager l'article sur Facebook, LinkedIn, Bluesky ou par e-mail", "share"),
    # German
    ("body", "Artikel wird unterhalb der Anzeige fortgesetzt", "marker"),
    ("head", "⏱ 3 Min. Lesezeit", "reading-time"),
    ("head", "Von unserer Mitarbeiterin Carola Mengwasser", "byline"),
    ("tail", "Verantwortlich nach § 18 Abs. 2 MStV: Renate Kübelhorst (Anschrift wie oben)", "footer"),
    ("tail", "Jetzt anmelden und mitdiskutieren", "comments"),
    ("tail", "Transparenzhinweis: In einer früheren Fassung dieses Textes war der Name des Vereinsvorsitzenden falsch geschrieben.", "notice"),
    # Italian
    ("body", "Continua a leggere dopo la pubblicità", "marker"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Se ti è piaciuto questo post, seguimi anche su Instagram e iscriviti alla newsletter del blog!", "byline"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.", "footer"),
    ("tail", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments"),
    ("head", "Attenzione: questo articolo è stato pubblicato più di 2 anni fa.", "notice"),
    # Polish
    ("body", "Materiał promocyjny partnera", "marker"),
    ("head", "Czas czytania: ok. 3 min", "reading-time"),
    ("head", "Oprac. Bartosz Wilgocki", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez zgody wydawcy zabronione.", "footer"),
    ("tail", "Zobacz wszystkie komentarze (14)", "comments"),
    ("tail", "Tekst ukazał się w papierowym wydaniu tygodnika (nr 48/2026).", "notice"),
    # Russian
    ("body", "Партнёрский материал", "marker"),
    ("head", "Время прочтения: 4 минуты", "reading-time"),
    ("tail", "Подписывайтесь на мой телеграм-канал — там ещё больше фото с походов!", "byline"),
    ("tail", "При полном или частичном использовании материалов ссылка на сайт обязательна.", "footer"),
    ("tail", "Чтобы оставить комментарий, авторизуйтесь через ВКонтакте или Яндекс ID.", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · MAX · Скопировать ссылку", "share"),
]

HELD_OUT_82_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Source code for the council's new parking app was published online on Tuesday, officials said."),
    ("body", "Comments from residents at the consultation were largely in favour of keeping the footbridge open."),
    ("body", "Share prices at the regional water company fell by four per cent after the ruling."),
    ("tail", "Posted to every household last spring, the survey drew more than 2,000 replies."),
    ("head", "Read in full, the report runs to 96 pages and recommends closing two depots."),
    ("body", "Follow-on funding of £250,000 is expected next year if the pilot succeeds."),
    ("tail", "Advertising hoardings along the ring road will be removed by the end of March, the council confirmed."),
    # French
    ("head", "Abonnés depuis vingt ans au même club, les deux frères ont voté contre la fusion."),
    ("body", "Partagé entre deux communes, le terrain de football doit être rénové l'an prochain."),
    ("tail", "Photo de classe à l'appui, l'ancienne institutrice a raconté l'ouverture de l'école en 1968."),
    # German
    ("head", "Kommentarlos verließ der Bürgermeister nach der Abstimmung den Saal."),
    ("body", "Folgen hat der Beschluss vor allem für die Vereine, die die Halle am Wochenende nutzen."),
    ("tail", "Geschrieben wurde die Chronik des Dorfes von zwei pensionierten Lehrern."),
    # Italian
    ("head", "Condividere le spese della palestra è stata la proposta dei due comuni vicini."),
    ("body", "Pubblicato nel 1974, il primo regolamento del circolo vietava alle donne il tavolo da biliardo."),
    ("tail", "Fonte di preoccupazione resta il ponte sul torrente, chiuso dal 2023."),
    # Polish
    ("body", "Czytając protokół z sesji, radni zauważyli błąd w kwotach przeznaczonych na drogi."),
    ("tail", "Reklamacje dotyczące rachunków za wodę będzie można składać także przez internet."),
    # Russian
    ("head", "Источником загрязнения реки оказалась старая котельная на окраине посёлка."),
    ("tail", "Фотографии старого вокзала передали в краеведческий музей его бывшие работники."),
]


HELD_OUT_82_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-eddlesham-boathouse": _page("en", "en-portal-eddlesham-boathouse", [
        ["-Eddlesham Echo", "-News | Sport | What's On | Property | Jobs | Announcements", "-Sign in | Subscribe from £1"],
        ["-Thursday, 3 December 2026 · Light rain, 7°C", "-Home › News › Sport", "-LOCAL SPORT"],
        ["+Rowing club moves into new boathouse after 40 years in a shipping container"],
        ["-By Harriet Dunsford, Sport Reporter", "-Published 3 December 2026, 9:41am · Updated 11:02am"],
        ["+Eddlesham Rowing Club has finally moved its boats out of the rusting container on the towpath and into a "
         "timber boathouse beside the old wharf, after a fundraising drive that took eleven years."],
        ["-The new boathouse on the wharf holds 22 boats on racks along both walls. Image: Eddlesham Echo"],
        ["-Promoted"],
        ["+\"We used to carry the eights out over the mud in the dark, so this feels like a palace,\" said club captain "
         "Sunita Rao, who joined as a junior in 1998."],
        ["+What the new building has"],
        ["+Racks for 22 boats, from singles to two eights", "+Changing rooms with hot showers",
         "+A ramp to the water that wheelchair users can manage", "+A first-floor room for indoor rowing machines"],
        ["-Read more: Towpath to close for three weeks of resurfacing works",
         "-Get the day's top stories in your inbox - sign up to our free newsletter"],
        ["+The building cost £386,000, most of it from a sports lottery grant, with £41,000 raised by members through "
         "sponsored ergometer marathons and cake sales."],
        ["+The club will hold an open day on Saturday 12 December, when anyone over 14 can try a supervised session in "
         "a stable boat."],
        ["-Tags: rowing, Eddlesham Rowing Club, sport, river", "-Share on Facebook · Share on X · Email this article"],
        ["-2 comments", "-RiverRat_64", "-Good on them. I remember the container flooding every winter.",
         "-Reply · Report · 4 hours ago"],
        ["-Most read: Man fined for feeding gulls on the seafront",
         "-© 2026 Eddlesham Echo. All rights reserved. Privacy policy | Cookie settings"],
    ]),
    "en-blog-bracken-nightorienteering": _page("en", "en-blog-bracken-nightorienteering", [
        ["-Bracken & Bearing", "-Getting lost in the woods, on purpose", "-Home  About  Race reports  Kit  Contact",
         "-Search this blog"],
        ["-Race diaries", "-November 29, 2026"],
        ["+My first night orienteering race, and the control I never found"],
        ["-Posted by Ellie Marchbank", "-Filed under: night-O, beginners"],
        ["+I have done a dozen orienteering events in daylight, but on Saturday I went out into the forest for my first "
         "night race, with nothing but a head torch, a map and a compass."],
        ["-Photo: the start kite at 6pm, already pitch dark", "-You might also like: Choosing your first orienteering compass"],
        ["+The organiser's advice at the start was simple: \"Trust the compass, not the path. The paths lie at night.\" "
         "He was right, as I learned by control seven."],
        ["+What I learned in the dark"],
        ["+Count your paces, because distances feel twice as long at night",
         "+Pick big attack points such as path junctions and stream bends",
         "+Carry a spare battery for the head torch in an inside pocket"],
        ["-Pin it for later!", "-Kit I used: a 900-lumen head torch (affiliate link)"],
        ["+I finished in 94 minutes, eleventh of fourteen on the short course, and I never did find control seven, "
         "which turned out to be a boulder I walked past twice."],
        ["+The club runs two more night events before Easter, and I am already planning my revenge on that boulder."],
        ["+Next week I will write about the winter league and how the scoring works."],
        ["-Share this: Facebook · WhatsApp · Pinterest", "-Like this: Like Loading...", "-Related posts"],
        ["-3 Responses", "-Gareth W. says:", "-December 1, 2026 at 8:14 pm",
         "-Ha, every night-O has one control that eats you alive. Mine was a pit on a hillside."],
        ["-Bracken & Bearing © 2026. Theme by Ashe."],
    ]),
    "fr-portail-sauzignac-marche": _page("fr", "fr-portail-sauzignac-marche", [
        ["-Sauzignac Actu", "-L'info du canton, chaque jour", "-Actualités Sports Agenda Annonces Nécrologie",
         "-Se connecter | S'abonner"],
        ["-Jeudi 3 décembre 2026 · Saint François-Xavier", "-Accueil > Commune > Sauzignac"],
        ["+Le marché de producteurs quitte le parking pour la halle aux grains"],
        ["-Par Claire Vidalenc", "-Publié le 03/12/2026 à 06h30"],
        ["+Après quinze ans sur le parking de la mairie, le marché de producteurs du vendredi soir s'installera à partir "
         "de janvier sous la halle aux grains, restaurée l'an dernier."],
        ["-Les producteurs installeront leurs étals sous la charpente du XIXe siècle. Photo Sauzignac Actu"],
        ["-Espace partenaire"],
        ["+« On ne sera plus sous la pluie ni dans le vent, et les clients pourront se garer à côté », se réjouit "
         "Mathilde Roucayrol, maraîchère et présidente de l'association des producteurs."],
        ["+Ce qui change pour les clients"],
        ["+Le marché ouvrira de 16 heures à 20 heures, une heure plus tôt",
         "+Une buvette tenue par le comité des fêtes sera installée au fond de la halle",
         "+Le stationnement sera gratuit sur la place de l'Église"],
        ["-À lire aussi : Les travaux de la route du lac reportés au printemps",
         "-Recevez l'essentiel de l'actualité locale chaque matin : inscrivez-vous à notre newsletter"],
        ["+Vingt-deux producteurs se sont déjà inscrits, dont deux fromagers et un apiculteur qui ne venaient plus "
         "depuis la fermeture de l'ancien marché couvert."],
        ["+La mairie a investi 18 000 euros dans l'éclairage et les branchements électriques de la halle."],
        ["+Le premier marché sous la halle aura lieu le vendredi 8 janvier, avec une soupe offerte aux premiers clients."],
        ["-Mots-clés : marché, producteurs, Sauzignac, commerce local", "-Partager : Facebook Twitter E-mail"],
        ["-Commentaires (1)", "-Josiane R.", "-Enfin ! Le parking était sinistre l'hiver. Bravo à l'équipe.",
         "-Signaler un abus"],
        ["-Les plus lus : Un incendie détruit une grange près du stade",
         "-© Sauzignac Actu 2026 - Mentions légales - Politique de confidentialité"],
    ]),
    "fr-blog-croute-chevrerie": _page("fr", "fr-blog-croute-chevrerie", [
        ["-La Croûte et le Couteau", "-Carnet d'une amatrice de fromages",
         "-Accueil · Recettes · Visites de fermes · À propos", "-Rechercher…"],
        ["-Reportages", "-1 décembre 2026"],
        ["+Une matinée à la chèvrerie du Mas Cabrolet, du pis au plateau"],
        ["-Par Anouk", "-3 commentaires"],
        ["+Depuis le temps que j'achète leurs crottins au marché, j'ai enfin accepté l'invitation de Sylvie et Bruno à "
         "venir voir comment naissent leurs fromages, un mardi à six heures du matin."],
        ["-La salle d'affinage, où les fromages restent entre dix jours et trois semaines.",
         "-Vous aimerez aussi : Ma tarte au chèvre et au miel de châtaignier"],
        ["+« Le lait du matin est caillé le soir même, on ne le fait jamais attendre », m'explique Sylvie en remuant la "
         "cuve, les bras dans le petit-lait jusqu'aux coudes."],
        ["+Les étapes d'un crottin"],
        ["+La traite des quarante chèvres, à la machine, vers six heures",
         "+Le caillage du lait pendant vingt-quatre heures avec un peu de présure",
         "+Le moulage à la louche dans de petites faisselles percées",
         "+Le salage, le séchage puis l'affinage en cave"],
        ["-Abonnez-vous pour recevoir les nouveaux articles par e-mail",
         "-Cet article n'est pas sponsorisé : j'ai payé mes fromages."],
        ["+Je suis repartie avec six crottins à différents stades d'affinage, et le plus sec, presque cassant, a été "
         "mon préféré."],
        ["+La prochaine fois, je vous raconterai la visite d'une fromagerie de brebis dans l'Aveyron."],
        ["-Catégories : Visites de fermes, Fromages de chèvre",
         "-Partager sur Facebook | Partager sur Pinterest | Envoyer par e-mail"],
        ["-3 réflexions sur « Une matinée à la chèvrerie du Mas Cabrolet, du pis au plateau »", "-Marie-Claude",
         "-2 décembre 2026 à 9 h 12 min", "-Quel beau reportage, on sent l'odeur de la cave jusqu'ici !", "-Répondre"],
        ["-Fièrement propulsé par WordPress"],
    ]),
    "de-portal-wiesendrach-igel": _page("de", "de-portal-wiesendrach-igel", [
        ["-Wiesendracher Anzeiger", "-Nachrichten aus Wiesendrach und dem Umland",
         "-Lokales Sport Kultur Blaulicht Service", "-E-Paper | Abo | Anmelden"],
        ["-Donnerstag, 3. Dezember 2026", "-Startseite › Lokales › Wiesendrach"],
        ["+Igelstation am Limit: 63 Pfleglinge überwintern im Gartenhaus"],
        ["-Von Jana Hesselbach", "-03.12.2026, 07:15 Uhr"],
        ["+Seit Oktober nimmt die ehrenamtliche Igelhilfe in Wiesendrach fast jeden Tag ein neues Tier auf, meist "
         "Jungtiere, die für den Winterschlaf zu leicht sind."],
        ["-Ein untergewichtiger Igel wird auf der Küchenwaage gewogen. Foto: Jana Hesselbach"],
        ["-Werbung"],
        ["+„Ein Igel braucht mindestens 500 Gramm, um sicher durch den Winter zu kommen, viele hier wiegen kaum die "
         "Hälfte“, sagt Gründerin Monika Tessenow, die die Station seit neun Jahren betreibt."],
        ["+So können Gartenbesitzer helfen"],
        ["+Laub- und Reisighaufen in einer Ecke liegen lassen",
         "+Keine Mähroboter in der Dämmerung laufen lassen",
         "+Flache Wasserschalen aufstellen, aber keine Milch anbieten",
         "+Gefundene Igel tagsüber nicht einfach wieder aussetzen, sondern die Station anrufen"],
        ["-Lesen Sie auch: Tierheim sucht Paten für ältere Hunde",
         "-Mehr Nachrichten aus der Region gibt es in unserem kostenlosen WhatsApp-Kanal"],
        ["+Das Futter für die Tiere, vor allem Katzenfutter und Rührei, bezahlen die Helferinnen bisher größtenteils "
         "selbst; pro Woche kommen rund 90 Euro zusammen."],
        ["+Wer die Igelhilfe mit Spenden oder Zeitungspapier unterstützen möchte, kann sich an den Tierschutzverein des "
         "Kreises wenden."],
        ["-Schlagworte: Tierschutz, Igel, Ehrenamt, Wiesendrach", "-Artikel teilen: WhatsApp · Facebook · E-Mail · Drucken"],
        ["-Kommentare (1)", "-Gartenfreund_WD", "-Wir haben jetzt auch einen Laubhaufen stehen lassen, danke für die Tipps!",
         "-Antworten | Melden"],
        ["-Meistgelesen: Umleitung an der Ortsdurchfahrt bis Februar",
         "-© Wiesendracher Anzeiger GmbH 2026 · Impressum · Datenschutz · AGB"],
    ]),
    "de-kolumne-broemmelingen-kunstrasen": _page("de", "de-kolumne-broemmelingen-kunstrasen", [
        ["-Brömmelinger Tageblatt", "-Region Politik Sport Meinung Leserbriefe", "-Suche", "-Mein Konto"],
        ["-Glosse", "-Kolumne: Am Spielfeldrand"],
        ["+Lasst dem SV seinen Rasen"],
        ["-Eine Kolumne von Dieter Vollbrecht", "-Freitag, 4. Dezember 2026, 06:00 Uhr"],
        ["+Der Gemeinderat will den alten Rasenplatz am Mühlweg für 1,1 Millionen Euro durch Kunstrasen ersetzen, und "
         "ich gebe zu, dass mir dabei das Herz schwer wird."],
        ["-Der Rasenplatz am Mühlweg im Herbst. Archivfoto: Tageblatt", "-Weitere Kolumnen von Dieter Vollbrecht"],
        ["+Platzwart Heinz Obermaier hat es mir am Telefon so gesagt: „Ein Rasen lebt, den muss man pflegen. Aber er "
         "verzeiht einem auch jeden Sturz.“"],
        ["+Was der Rat bedenken sollte"],
        ["+Kunstrasen verliert Mikroplastik, das in den Bach neben dem Platz gespült wird",
         "+Nach zwölf bis fünfzehn Jahren muss er komplett erneuert werden",
         "+Im Sommer wird die Oberfläche so heiß, dass Kinderspiele verlegt werden müssen"],
        ["-Tageblatt+ jetzt 4 Wochen gratis testen",
         "-Ihre Meinung ist gefragt: leserbriefe@broemmelinger-tageblatt.example"],
        ["+Ja, der Rasen ist im November oft ein Acker, und die Jugend muss dann in die Halle ausweichen."],
        ["+Aber für das Geld ließe sich auch eine Drainage bauen und ein zweiter Platzwart einstellen, und beides "
         "hielte länger als ein Teppich aus Plastik."],
        ["+Ich bitte den Rat, vor der Abstimmung am 15. Dezember mit den Trainern zu sprechen, nicht nur mit dem "
         "Planungsbüro."],
        ["-Themen: Sport, Gemeinderat, SV Brömmelingen", "-Teilen | Drucken | Merken"],
        ["-Leserkommentare", "-Ulrike Sandmeier, 04.12.2026, 09:12",
         "-Endlich sagt es mal jemand. Auf Kunstrasen holen sich die Kinder die schlimmsten Schürfwunden.",
         "-Kommentar melden"],
        ["-Das könnte Sie auch interessieren: Neue Flutlichtanlage für die Tennisplätze",
         "-Brömmelinger Tageblatt – Ein Angebot der Tageblatt Mediengruppe"],
    ]),
    "it-portale-roccasalda-alveare": _page("it", "it-portale-roccasalda-alveare", [
        ["-RoccasaldaOggi", "-Il quotidiano online del territorio", "-Cronaca Politica Sport Eventi Necrologi",
         "-Cerca nel sito"],
        ["-Giovedì 3 dicembre 2026 - Ultimo aggiornamento 08:52", "-Home / Cronaca / Ambiente"],
        ["+Nasce l'alveare di comunità: le api della scuola curate da trenta famiglie"],
        ["-di Redazione", "-3 Dicembre 2026"],
        ["+Nel giardino della scuola media di Roccasalda sono arrivate due arnie, che per tutto l'anno saranno curate a "
         "turno da trenta famiglie con l'aiuto di un apicoltore volontario."],
        ["-Le due arnie nel giardino della scuola (foto RoccasaldaOggi)"],
        ["-Sponsorizzato"],
        ["+«I ragazzi all'inizio avevano paura, adesso fanno a gara per indossare la tuta», racconta l'apicoltore "
         "Giancarlo Ferraresi, che tiene api da quarant'anni."],
        ["+Come funziona il progetto"],
        ["+Ogni famiglia si iscrive per due turni di controllo all'anno",
         "+Le visite alle arnie si fanno solo con l'apicoltore e le tute della scuola",
         "+Il miele raccolto viene diviso tra le famiglie e la mensa"],
        ["-Leggi anche: Chiusa per lavori la strada provinciale per il passo",
         "-Segui RoccasaldaOggi anche su Facebook e Instagram"],
        ["+Il progetto costa circa 1.200 euro l'anno, coperti da una piccola quota delle famiglie e da un contributo "
         "della Pro Loco."],
        ["+La prima smielatura è prevista a giugno, e il miele porterà in etichetta i disegni degli alunni."],
        ["+Il Comune valuta di portare altre arnie negli orti urbani dietro il cimitero."],
        ["-Tag: api, scuola, ambiente, Roccasalda", "-Condividi su: Facebook | WhatsApp | Email"],
        ["-1 commento", "-Rosanna B.", "-Bellissima iniziativa, mio figlio non parla d'altro!", "-Rispondi"],
        ["-I più letti della settimana",
         "-RoccasaldaOggi - Testata registrata - Tutti i diritti riservati - Privacy Policy"],
    ]),
    "it-blog-ciaspole-rifugio": _page("it", "it-blog-ciaspole-rifugio", [
        ["-Ciaspole e Caffè", "-Escursioni facili in montagna, tutto l'anno",
         "-Home | Itinerari | Attrezzatura | Chi sono", "-Menu"],
        ["-In montagna", "-2 dicembre 2026"],
        ["+La mia prima ciaspolata al rifugio, tra nebbia e sole"],
        ["-Scritto da Chiara", "-Aggiornato il 3 dicembre 2026"],
        ["+Sabato scorso ho messo per la prima volta le ciaspole ai piedi e sono salita fino al rifugio sopra il paese, "
         "due ore e mezza di neve fresca per trecentocinquanta metri di dislivello."],
        ["-Il sentiero innevato poco sopra il parcheggio.",
         "-Potrebbe interessarti anche: Cosa mettere nello zaino per un'escursione invernale"],
        ["+Al rifugio il gestore mi ha guardata e ha riso: «Sei partita in maglietta? Qui sopra si gela appena passa "
         "una nuvola.» Aveva ragione, ho indossato tutto quello che avevo."],
        ["+Cosa mi è servito davvero"],
        ["+Bastoncini con le rotelle da neve", "+Ghette impermeabili sopra gli scarponi",
         "+Un thermos di tè caldo con il miele", "+Un secondo paio di guanti asciutti"],
        ["-Questo post contiene link affiliati Amazon.",
         "-Iscriviti alla newsletter per non perdere i prossimi itinerari!"],
        ["+La discesa è stata la parte più divertente: con le ciaspole si scende quasi correndo, e alla fine ridevo "
         "come una bambina."],
        ["+Nel prossimo post vi racconto l'anello del lago ghiacciato, più lungo ma quasi tutto in piano."],
        ["-Categorie: Itinerari invernali, Ciaspole", "-Condividi: Facebook, Pinterest, WhatsApp"],
        ["-2 commenti", "-Lorenzo ha detto:", "-3 dicembre 2026 alle 18:22",
         "-Che bello! Io ci sono stato a gennaio, in cima c'era un metro di neve.", "-Lascia un commento"],
        ["-© 2026 Ciaspole e Caffè · Tema di GeneratePress"],
    ]),
    "pl-portal-tatarnikowo-ptaki": _page("pl", "pl-portal-tatarnikowo-ptaki", [
        ["-Tatarnikowo24", "-Wiadomości z gminy i powiatu", "-Wiadomości Sport Kultura Ogłoszenia Kontakt",
         "-Zaloguj się"],
        ["-Czwartek, 3 grudnia 2026 · imieniny: Franciszka, Ksawerego", "-Strona główna » Wiadomości » Przyroda"],
        ["+Policzyli zimujące ptaki nad zalewem. Łabędzi jest dwa razy więcej niż rok temu"],
        ["-Autor: Paulina Dereszewska", "-3 grudnia 2026, 10:05"],
        ["+W niedzielę kilkunastu wolontariuszy z lornetkami i lunetami obeszło brzegi zalewu, licząc ptaki, które "
         "zostają u nas na zimę."],
        ["-Wolontariusze przy lunecie na grobli (fot. Paulina Dereszewska)"],
        ["-Materiał reklamowy"],
        ["+– Naliczyliśmy 48 łabędzi niemych i ponad 300 krzyżówek, a po raz pierwszy od lat widzieliśmy też "
         "bielaczka – mówi Tomasz Kurzawa, który koordynuje liczenie."],
        ["+Co policzyli wolontariusze"],
        ["+48 łabędzi niemych", "+312 kaczek krzyżówek", "+27 łysek", "+1 bielaczek, rzadki gość z północy"],
        ["-Zobacz także: Nowe godziny otwarcia biblioteki w okresie świątecznym",
         "-Masz temat? Napisz do nas: redakcja@tatarnikowo24.example"],
        ["+Ornitolodzy tłumaczą wzrost liczby łabędzi łagodną jesienią i tym, że zalew w tym roku jeszcze nie zamarzł."],
        ["+Kolejne liczenie odbędzie się w połowie stycznia i może do niego dołączyć każdy, kto ma lornetkę i ciepłe "
         "buty."],
        ["-Tagi: przyroda, ptaki, zalew, wolontariat", "-Udostępnij: Facebook | X | Messenger"],
        ["-Komentarze (2)", "-Gość: wędkarz", "-Widziałem tego bielaczka w sobotę przy ujściu rzeki, piękny ptak.",
         "-Odpowiedz · Zgłoś"],
        ["-Najczęściej czytane: Zderzenie dwóch aut na skrzyżowaniu przy szkole",
         "-Copyright © 2026 Tatarnikowo24. Wszystkie prawa zastrzeżone."],
    ]),
    "pl-blog-biegowki-petla": _page("pl", "pl-blog-biegowki-petla", [
        ["-Biegówki po godzinach", "-Blog o narciarstwie biegowym dla zapracowanych",
         "-Start | Trasy | Sprzęt | O mnie | Kontakt", "-Szukaj"],
        ["-Relacje z tras", "-1 grudnia 2026"],
        ["+Pierwszy śnieg i pierwsza pętla na biegówkach w lesie za miastem"],
        ["-Autor: Marta", "-Skomentuj (1)"],
        ["+W nocy spadło dwadzieścia centymetrów śniegu, więc o siódmej rano byłam już w lesie z nartami na ramieniu, "
         "zanim ktokolwiek zdążył zadeptać dukty."],
        ["-Moje narty oparte o drogowskaz przy leśniczówce.", "-Przeczytaj też: Jak dobrać długość nart biegowych"],
        ["+Spotkany na trasie leśniczy pomachał mi i zawołał: – Pani pierwsza w tym roku! Tylko niech pani uważa przy "
         "zjeździe do stawu."],
        ["+Moja pętla krok po kroku"],
        ["+Start przy parkingu leśnym, 2 km równym duktem",
         "+Podejście pod wzgórze z paśnikiem, najtrudniejszy kawałek",
         "+Zjazd do stawu i powrót skrajem łąki"],
        ["-Obserwuj mnie na Instagramie, tam wrzucam relacje na żywo z tras!", "-Wpis zawiera linki afiliacyjne."],
        ["+Cała pętla miała dziewięć kilometrów i zajęła mi godzinę i dwadzieścia minut, z postojem na herbatę."],
        ["+Przy zjeździe do stawu oczywiście się przewróciłam, dokładnie tam, gdzie ostrzegał leśniczy."],
        ["+Jeśli śnieg poleży do weekendu, wrócę tam z aparatem i pokażę wam trasę w zdjęciach."],
        ["-Tagi: biegówki, zima, trasy w lesie", "-Udostępnij na Facebooku"],
        ["-1 komentarz", "-Kasia_biega", "-2 grudnia 2026 o 21:03", "-Zazdroszczę! U nas śnieg stopniał po jednym dniu.",
         "-Odpowiedz"],
        ["-© 2026 Biegówki po godzinach | Motyw: Astra"],
    ]),
    "ru-portal-klyuchegorsk-shakhmaty": _page("ru", "ru-portal-klyuchegorsk-shakhmaty", [
        ["-Ключегорск.Инфо", "-Новости города и района", "-Новости Общество Спорт Афиша Объявления", "-Войти"],
        ["-3 декабря 2026, четверг · −6 °C", "-Главная / Новости / Спорт"],
        ["+В кофейне на Советской по вечерам открылся шахматный клуб"],
        ["-Автор: Екатерина Звягинцева", "-03.12.2026 09:40"],
        ["+По вторникам и четвергам после шести вечера в кофейне «Турка» на улице Советской сдвигают столы и "
         "расставляют двенадцать шахматных досок."],
        ["-Партии в кофейне идут до закрытия. Фото: Ключегорск.Инфо"],
        ["-РЕКЛАМА 16+"],
        ["+«Сначала пришли трое пенсионеров и двое школьников, а теперь бывает больше двадцати человек, и досок уже "
         "не хватает», — рассказывает организатор клуба Виталий Горбунцов, кандидат в мастера спорта."],
        ["+Как попасть в клуб"],
        ["+Вход свободный, нужно только заказать что-нибудь в кофейне",
         "+Доски и часы есть на месте, можно приносить свои",
         "+Раз в месяц проходит блиц-турнир с призами от кофейни"],
        ["-Читайте также: В городском парке установят новые тренажёры", "-Подписывайтесь на наш канал в Телеграме"],
        ["+Владелица кофейни Анна Белоусова говорит, что по вечерам в будни зал раньше пустовал, а теперь выручка "
         "выросла почти на треть."],
        ["+Самому младшему участнику клуба девять лет, самому старшему — восемьдесят два."],
        ["+В январе клуб планирует сыграть первый товарищеский матч с шахматистами соседнего района."],
        ["-Теги: шахматы, досуг, кофейня", "-Поделиться ВКонтакте | Одноклассники | Telegram"],
        ["-Комментарии (1)", "-Гость_Сергей", "-Отличная идея! А для новичков занятия будут?", "-Ответить"],
        ["-Самое читаемое: На трассе у въезда в город ограничат скорость",
         "-© 2026 Ключегорск.Инфо. Сетевое издание."],
    ]),
    "ru-blog-tropinka-shipovnik": _page("ru", "ru-blog-tropinka-shipovnik", [
        ["-Тропинка и термос", "-Блог о прогулках, походах и лесных припасах",
         "-Главная · Маршруты · Заготовки · Обо мне", "-Поиск по блогу"],
        ["-Лесные припасы", "-30 ноября 2026"],
        ["+Собираю шиповник после первых морозов"],
        ["-Автор: Лиза", "-Просмотров: 214"],
        ["+Старые люди говорят, что шиповник надо собирать после первого мороза, тогда он становится слаще, и в эту "
         "субботу я наконец проверила это сама."],
        ["-Ягоды шиповника в инее у опушки.",
         "-Вам может быть интересно: Чай из листьев смородины — как ферментировать"],
        ["+Соседка по даче, увидев мою корзину, сказала: «Только не мой его перед сушкой, а то заплесневеет». Этот "
         "совет мне потом очень пригодился."],
        ["+Как я сушу шиповник"],
        ["+Перебираю ягоды и убираю мятые", "+Раскладываю в один слой на противне",
         "+Сушу в духовке при 60 градусах с приоткрытой дверцей", "+Храню в полотняном мешочке, а не в банке"],
        ["-Поставьте лайк, если было полезно 👍", "-Реклама. Ягодные сушилки со скидкой до 30% — по ссылке"],
        ["+За два часа я набрала почти полтора килограмма, а после сушки осталось чуть больше пятисот граммов."],
        ["+В следующем посте расскажу, как варю из шиповника кисель для детей."],
        ["-Метки: шиповник, заготовки, осень", "-Поделиться в соцсетях"],
        ["-2 комментария", "-Наталья", "-1 декабря 2026 в 19:47",
         "-А я ещё добавляю в чай немного сушёной рябины, очень вкусно!", "-Ответить"],
        ["-Тропинка и термос © 2026. Все права защищены."],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_82_line, test_held_out_82_line_is_kept, test_held_out_82_page = held_out_tests(
    HELD_OUT_82_LINES, HELD_OUT_82_KEEP, HELD_OUT_82_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
