"""Held-out set 133: written blind, weighted toward the noise the cleaner exists for, in shapes set 132's docstring does
not name (nor the first paragraphs of sets 129, 130 and 131): scraper, embed and ad markers (an English Instagram post
that could not be shown "The Instagram post you were looking for couldn't be shown. It may have been deleted, or the
account may be private.", an English Infogram chart with a full-screen fallback link "Interactive chart by Infogram – if
it does not display, tap here to open the full-screen version.", an English Brightcove player start error "Brightcove
player error: this video failed to start (code 2). Refresh the page and try again.", a French Calaméo document that does
not display "Le document Calaméo ne s'affiche pas ? Consultez-le directement sur le site de Calaméo.", a German Glomex
player load error "Fehler beim Laden des Glomex-Players. Bitte versuchen Sie es später noch einmal.", an Italian
photo-gallery widget left as text "[Galleria fotografica] Scorri per vedere tutte le 12 foto o apri la gallery a schermo
intero.", a Polish Vimeo film whose owner blocked embedding "Film z serwisu Vimeo nie może zostać wyświetlony –
właściciel zablokował osadzanie na innych stronach." and a Russian VK Video clip not playable on the site "Ролик VK
Видео недоступен для просмотра на этом сайте. Смотрите его в нашем сообществе ВКонтакте."); reading-time headers in new
wordings (the English "Time to read: about 5 minutes" and a bicycle blog's "Fair warning, this one's long – about
eighteen minutes, most of them spent on gear ratios and bottom brackets.", the French "Temps de lecture : environ 5
minutes", the German "Lesezeit: 5 Min.", the Italian "Tempo di lettura: 5 minuti", the Polish "Czas czytania: ok. 5
minut" and the Russian "Читается за 5 минут"); bylines and self-promotion (an English agency-style reporting-and-editing
byline "Reporting by Hester Rookwardine; editing by the news desk", an Italian edited-by byline "A cura di Rosanna
Tergolini", a Polish compiled-by-and-photos byline "Opracowanie: Halina Szprychalska | Zdjęcia: archiwum redakcji" and a
Russian interviewed-by byline "Беседовала Алёна Штемпелькова", all at the head, and at the foot an English
cheese-making-workshops-on-Eventbrite plug "I run small-batch cheese-making workshops in my kitchen twice a month –
tickets are on Eventbrite.", an English frame-and-wheel restoration-jobs plug "Need a frame re-enamelled or a wheel
rebuilt? I take on a handful of restoration jobs each winter; get in touch through the form.", a French
stamp-duplicates-on-Delcampe plug "Je vends mes doublons sur Delcampe : la liste est mise à jour chaque dimanche soir."
and a German cheese-cultures-by-post plug "Käsekulturen und Reifematten verschicke ich auch an Leserinnen und Leser –
die Preisliste steht unter „Bestellen“."); blog and site footers (an English publisher-company-and-VAT line "Published
by Fennickstow Media Ltd · Registered in England and Wales No. 00000000 · VAT No. GB 000 0000 00", an English
Netlify-Hugo-PaperMod credit "Hosted with ♥ on Netlify · Built with Hugo · Theme: PaperMod", an English Substack footer
row "Privacy · Terms · Collection notice · Start your Substack · Substack is the home for great culture", a French
host-address line from the legal notice "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France · Mentions
légales", a German Blogger-and-imprint line citing § 5 DDG "Dieser Blog läuft auf Blogger · Fotos: eigene Aufnahmen ·
Impressum nach § 5 DDG", an Italian VAT-number and rights line "P.IVA 00000000000 · Tutti i diritti riservati · Privacy
e cookie policy", a Polish Blogger theme credit "Motyw Prosty. Obsługiwane przez usługę Blogger." and a Russian uCoz
site-builder credit "Конструктор сайтов uCoz · Хостинг от uCoz"); reader-comment furniture (an English pagination line
"Viewing 1 – 20 of 47 comments · Page 1 of 3", an English Coral community-guidelines note "Comments are hosted by Coral.
Please read our community guidelines before posting.", an English deleted-by-its-author placeholder "This comment was
deleted by its author.", a French log-in-to-react prompt "Connectez-vous pour réagir. Pas encore inscrit ? Créez votre
compte gratuitement.", a German must-be-logged-in prompt "Sie müssen angemeldet sein, um einen Kommentar zu verfassen.
Jetzt registrieren", an Italian hidden-after-reports note "Questo commento è stato nascosto perché ha ricevuto troppe
segnalazioni.", a Polish comments-are-readers'-opinions disclaimer "Komentarze są prywatnymi opiniami użytkowników
portalu. Redakcja nie ponosi odpowiedzialności za ich treść." and a Russian collapsed-thread row "Ветка обсуждения
свёрнута · Развернуть 5 ответов"); share rows (an English Bluesky, Threads, LinkedIn and e-mail row "Share on Bluesky ·
Threads · LinkedIn · Email this article", an Italian share-this-article row "Condividi questo articolo: Facebook ·
WhatsApp · Telegram · Email" and a Russian send-to-a-friend row "Отправить другу в WhatsApp или Viber · Скопировать
ссылку"); and notices (a French correction note "Cet article a été modifié le 12 mars à 14 h pour corriger le nom d'une
association." and a German affiliate-links disclosure "Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein,
erhält die Redaktion eine kleine Provision.", both in the body, and a Polish made-in-cooperation note "Materiał powstał
we współpracy z miejskim centrum kultury." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 132's docstring does not describe (on the six portal pages the masthead alone in a block above the title; a
breadcrumb at the top of the title's own block, right before the title, and the byline with date and time right after
it; under it a block of two, the reading time and a share row; the first and second paragraphs in one block with an ad
label and a sponsored link between them; a photo caption and a photo credit at the top of the quote paragraph's block,
right before it; the subheading and the three rows in one block with a read-also link between the second and third rows;
a newsletter or Telegram prompt alone between the list block and the last paragraphs; the first last paragraph alone;
the second last paragraph at the top of its block with the tags or topics line right after it; at the foot two blocks,
six lines (a comment count, a comment, an arrowed reply by a second reader, the first commenter's answer nested two
arrows deep, a second comment left unanswered and a load-more link) and then a copyright line and a legal-links row; on
the six blog pages the menu and then the blog name in one block above the title; the title alone; under it a block of
three (date and author, category, reading time); the first paragraph alone; a photo caption at the top of the second
paragraph's block, right before it; an ad or sponsored label alone between the second paragraph and the paragraph with
the quote; a Pinterest save prompt at the end of the quote paragraph's block, right after it; a shop plug alone between
that paragraph and the subheading; the subheading alone and the three rows alone in the next block; the two last
paragraphs in one block with a subscribe prompt between them; at the foot three blocks, a share row and
previous-and-next links, then six lines (a comments heading that quotes a short title, a comment, the author's arrowed
reply addressed by name, a second comment, an arrowed reply by a third reader and a leave-a-reply heading), then a
platform credit and a back-to-top link), taken from a town's allotments and community orchards, a new cycle bridge and a
market-hall renovation (an allotment waiting list cut by half plots and an orchard on an old bowling green, a cycle
bridge over the railway, a market hall reopened after renovation, sixty new allotments and a shared orchard, a
foot-and-cycle bridge over a river, a covered market reopened after repairs) and from blogs about cheese-making at home,
restoring old bicycles and stamp collecting.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 132 but what is named here), held-out set 134 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 132 up to its paragraph "Still held out after round 95", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 129, 130 and 131, printed with one ast
script (/tmp/s133scratch/peek.py, reading /tmp/wt-s133/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s133); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s133scratch/helpers.py, importing from /work/main/src and /work/main/tests with
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The import lines and the line binding
the three tests follow set 132's as printed, with 132 -> 133; /tmp/s133scratch/gen.py writes this file from scratch
files (data133.py, pages133.py, the docstring's paragraphs and, after the measurement, tables133.py). Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s133,
detached at commit 6fe5030676a8b3a00150ba3829145a40a128fc70, the commit the brief named) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
129013ed2786b0194dc7a73df53d52d4d7852847, not the brief's commit: main has moved on, so both worktrees were made at
6fe5030676a8b3a00150ba3829145a40a128fc70, as the brief says, with ``git worktree add`` (output to /dev/null, both
returned 0), and /work/main was not touched afterwards. peek.py's first run printed to the terminal, which cut its
middle (set 132's Slips and notes from (4) on, its Judgement calls, Contents and Baseline, its imports and tail, and the
first paragraph of set 129 up to its middle); its second run went to /tmp/s133scratch/peek.out, of which I paged lines
125 to 372 with ``sed`` (the rest of those allowed parts); nothing outside the allowed parts was printed. (2) The
machine's python had the project's dependencies; every run used it. (3) Before the measurement /tmp/s133scratch/check.py
checked, case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of
the set, that no line repeats and that no line holds an at-sign, and printed the counts by category, place and language;
a one-line script printed each page's counts of article and noise lines (10 and 20 on all twelve); roundtrip.py (see
(6)) compares the file with the scratch data; gen.py reports lines over 120 columns and at-signs (none). check.py's
first run found 3 problems: the English portal's ad label "Advertisement" inside the English blog's ad label
("Advertisements"), the English portal's comment count ("7 comments") inside the English held-out pagination line ("...
of 47 comments ..."), and the German portal's ad label "Anzeige" inside its own masthead ("Tannwerder Anzeiger"); the
blog label became "Sponsored content", the count "Comments (7)" and the masthead "Tannwerder Rundschau"; the second run
found nothing. While drafting, before any check, I kept "Werbung" off the German pages (it opens the German keep line),
gave the Russian blog the ad label "Рекламный блок" and moved a Russian keep line about an advertising ban to
"Комментарии жителей" (so "Реклама" stays out of the keep lines), and wrote the French and Russian copyright lines and
the German newsletter prompt without the masthead in them. (4) Invented names were checked with the exact-string search
over public GitHub files: Sloeborough, Fennickstow, Tappinwell, Loambury, Parslowe-Dunn, Rookwardine, The Curd Ledger,
Vaudrenac, Grattepierre, Vignaubert, Dents et Filigranes, Tannwerden, Hallentrup, Kesselhuber, Speichen und Rost,
Frattabruna, Zolladoro, Mezzalupi, Tergolini, Caglio e pazienza, Wiklinowo, Kładkiewicz, Szprychalska, Stary Rower na
Strychu, Лопуховск, Прилавкина, Навесова, Штемпелькова and Зубцы и штемпели had no hits (Mostowiak-Rzepka and
Sellaruggine had none either and were not used). Dropped: Sallowfold (inside identifiers such as "isAllowFolder"; the
English town became Sloeborough), Pellingworth (a surname in sample data; the English held-out reporter became Hester
Rookwardine), Ockendale (in name lists; the allotment chair became Derwent Loambury), Castelbrun (in sample address and
surname lists) and Passeraude (inside identifiers; the French deputy mayor became Noémie Vignaubert), Pichegrain (a real
surname; the French reporter became Aurélien Grattepierre), Rübenkamp (a real Hamburg street; the market master became
Gesine Hallentrup), Kornhaber and Brückenfeld (a real surname and a real word; the German reporter became Malte
Kesselhuber), Ortolandi (inside Hortolândia; the Italian councillor became Ercolina Zolladoro), Rzeczyn (inside real
words and place names; the Polish town became Wiklinowo), Крапивинск (a real district; the Russian town became
Лопуховск), Грядкина (a surname in sample data, never used), Марки из коробки (in a code comment; the Russian blog
became Зубцы и штемпели), Quillbarrow and Brackenhythe (in sample data, never used) and Treadgrove (inside identifiers,
never used). Not checked: the first names of reporters, blog authors and commenters and their handles (Judith, Hester,
Derwent, Maureen, Philippa, Morwenna, Jules, Aurélien, Noémie, Mireille, Hervé, Colette, Bernard, Malte, Gesine, Jens,
Ute, Heinz_T, Gianfranco, Ercolina, Rosanna, Marta, Rosaria, Elisa, Marek, Halina, Krzysztof, Wojtek, Grzesiek, Дарья,
Глафира, Алёна, Виктор, Олег, GreenThumb_48, Old Bowler, Cycliste79, Philatéliste72, Marktgänger, Radlerin_K,
Bastelbude, Giardiniere_63, Franco_BG, rowerzysta_82, Наталья_К, Пенсионер62, Марина_Ф and the rest), the names built on
checked towns (The Sloeborough Courier, Sloeborough Courier Ltd, Sloeborough Allotment Society, Sloeborough Council,
L'Écho de Vaudrenac, Éditions de l'Écho, Tannwerder Rundschau, Tannwerder Verlagsgesellschaft, Stadt Tannwerden, La Voce
di Frattabruna, Editoriale Frattabruna, Echo Wiklinowa, Urząd Miasta Wiklinowo, Dni Wiklinowa, Wydawnictwo Echo,
Лопуховский вестник, Издательский дом Лопуховск, Fennickstow Media Ltd) and the generic street and place names (Mill
Lane, Station Road, the quartier des Tanneries, the place du Foirail, the Kirchstraße and Kirchplatz, the parco del
Mulino, Piazza Garibaldi, the osiedle Łąkowe, ulica Szkolna, the Базарная площадь). Numbers are zero-filled (the
company, VAT and P.IVA numbers); there are no e-mail addresses and no at-signs. (5) Real things named, as real pages do:
Instagram, Infogram, Brightcove, Calaméo, Glomex, Vimeo, VK Video and VKontakte, Odnoklassniki, Eventbrite, Delcampe,
Netlify, Hugo and its PaperMod theme, Substack, OVH and its Roubaix address, Blogger and its Simple theme, the German
DDG, Coral, Bluesky, Threads, LinkedIn, Facebook, X, Messenger, WhatsApp, Telegram, Viber, Pinterest, Etsy,
WordPress.com, WordPress and its Astra and Twenty Twenty-One themes, Canalblog, Allegro, Avito, uCoz, Caritas, Poczta
Polska, Romet and its Jubilat, Wanderer bicycles, the Marianne de Gandon stamps, Vostok-2, Gagarin, Caerphilly,
Wensleydale and Bramley apples, Somerset, Wales, Frome, Kassel, Lyon and Tuscany. (6) The two measuring commands ran as
the brief gave them, in one shell call after ``date`` and the last check, their output sent to
/tmp/s133scratch/measure.out and report.out and the report and the pytest tail printed (23 failed, 54 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s133scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s133/tests with /tmp/wt-s133/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (16, 0 and 7, as in
the measurement). The xfail tables were written in /tmp/s133scratch/tables133.py from my own descriptions of those lines
and pages, and /tmp/s133scratch/verify.py checked, against problems.out, that the failing lines and pages are exactly
the keys of ``_LINE_XFAIL`` and ``_PAGE_XFAIL``, that every line reason quotes its line whole and that every page noise
line left is quoted whole in its page's reason with its count. Before the measurement /tmp/s133scratch/roundtrip.py
executed this file from /tmp/s133scratch with stand-in modules for held_out_sets and noisy_corpus (no cleaner imported)
only to compare its lists and pages with the scratch data, count the lines by language and check that every held-out
line is quoted in this docstring; it ran no cleaning. Before the measurement two held-out comment lines were also
reworded because their shapes echoed lines of the first paragraphs read (a Polish show-earlier-comments link and a
Russian show-more-replies link became the Polish readers'-opinions disclaimer and the Russian collapsed-thread row). (7)
My first clock reading was 2026-12-05 14:36:33 UTC; the measurement ran at 14:42:20 UTC. (8) With the tables filled, the
pytest command ran on the final file in /tmp/wt-s133: 54 passed, 23 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from allotment holders", "Sharing the new cycle
bridge", "Following the renovation", "Subscribers to the community orchard's apple scheme", "Copyright in the original
1898 drawings", "Advertising for new stallholders", "Reading the old stamp catalogues", "Partager une parcelle", "Suivre
l'affinage d'un camembert", "Abonnés depuis vingt ans", "Kommentare aus dem Bauausschuss", "Teilen müssen sich die
Kleingärtner", "Werbung für die neue Markthalle", "Seguire il restauro", "Condividere gli orti", "Il copyright delle
fotografie storiche", "Komentarze działkowców", "Prenumeratę nowych znaczków", "Комментарии жителей" and "Подписка на
овощные наборы" are article sentences: each reports what happened, was decided, was said or was done about allotments,
an orchard, a cycle bridge, a market hall, cheese, a bicycle or stamps, with the noise-like word as an ordinary noun or
verb of the sentence. Categories: the Instagram, Infogram, Brightcove, Calaméo, Glomex, photo-gallery, Vimeo and VK
Video lines are markers (embed failures, player errors and a gallery widget left as text); the four reporters' bylines
sit at the head and the workshop, restoration-jobs, Delcampe and cheese-cultures plugs are bylines (self-promotion) at
the foot; the English publisher-company line, the Netlify and Substack lines, the French host line, the German Blogger
and imprint line, the Italian VAT line, the Polish Blogger theme credit and the Russian uCoz credit are footers (the
French and Italian ones are the legal lines such sites print at their foot); the pagination line, the Coral note, the
deleted-comment placeholder, the French and German log-in prompts, the Italian hidden-comment note, the Polish
readers'-opinions disclaimer and the Russian collapsed-thread row are comment furniture; the English, Italian and
Russian rows are share rows; the French correction note and the German affiliate disclosure are notices in the body and
the Polish cooperation note a notice at the foot. The English bicycle blog's "Fair warning" line is a reading time,
though it reads like a sentence, because it only tells how long the post takes. On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads, breadcrumbs, bylines, dates and authors' lines, categories, reading
times, share rows, ad labels and sponsored links, photo captions and credits, read-also links, newsletter, Telegram,
subscribe and Pinterest prompts, shop plugs, tags, comment counts and headings, comments and replies, load-more links,
leave-a-reply headings, previous-and-next links, copyright lines, legal-links rows, platform credits and back-to-top
links) is noise. The list rows (the orchard's trees, the bridge's features, the market's changes, the allotment call's
terms, a beginner's kit and the parts replaced on a bicycle) are lists inside the article, so article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-sloeborough-allotments (the allotment waiting list falls after plots are halved, and a community orchard is
planted on an old bowling green), en-blog-curdledger-caerphilly (a first home-made Caerphilly, ready in three weeks),
fr-portail-vaudrenac-passerelle (a cycle bridge over the railway opens on 4 April), fr-blog-dentsetfiligranes-gandon
(sorting the shades of a shoebox of Marianne de Gandon stamps), de-portal-tannwerden-markthalle (the market hall reopens
after renovation with 32 stalls), de-blog-speichenundrost-wanderer (a 1952 Wanderer bicycle found in a barn made
roadworthy again), it-portale-frattabruna-orti (sixty new allotments and a shared orchard in a park),
it-blog-caglioepazienza-caciotta (a first home-made caciotta), pl-portal-wiklinowo-kladka (a foot-and-cycle bridge over
the river to a housing estate), pl-blog-staryrowernastrychu-jubilat (restoring a 1978 Romet Jubilat from the attic),
ru-portal-lopukhovsk-rynok (the covered market reopens after repairs on 1 April) and ru-blog-zubtsyishtempeli-kosmos
(collecting Soviet space-themed stamps), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 6fe5030676a8b3a00150ba3829145a40a128fc70, measured with ``cd /tmp/wt-s133 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s133/src python -m pytest -q tests/test_clean_held_out_133.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s133 && PYTHONPATH=/tmp/wt-s133/src python
scripts/clean_held_out_report.py --sets 133``, with the xfail tables empty): noise lines removed 29/45 (marker 0/8,
reading-time 6/7, byline 5/8, footer 7/8, comments 7/8, share 3/3, notice 1/3; the 16 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: all eight markers (the English Instagram, Infogram and Brightcove lines, the French
Calaméo, German Glomex, Italian photo-gallery, Polish Vimeo and Russian VK Video lines), the English bicycle blog's
long-read warning, three bylines (the English restoration-jobs plug, the French Delcampe plug and the German
cheese-cultures plug, all at the foot), the French host-address footer, the French log-in-to-react prompt and the two
notices in the body (the French correction note and the German affiliate disclosure)); keep lines kept 20/20; pages 5/12
clean (the English, French, German, Italian and Polish portals), 15 of 240 page noise lines left and 1 of 120 article
lines lost. Left on the pages: the English cheese blog 4 (photo caption, Pinterest prompt, shop plug, subscribe prompt),
the French stamp blog 1 (photo caption), the German bicycle blog 4 (photo caption, ad label, shop plug, subscribe
prompt), the Italian cheese blog 2 (photo caption, ad label), the Polish bicycle blog 2 (photo caption, shop plug), the
Russian portal 1 (the sponsored link between the first and second paragraphs) and the Russian stamp blog 1 (photo
caption), as ``_PAGE_XFAIL`` describes; the Russian portal also loses (or puts out of order) its second last paragraph
("Торжественное открытие пройдёт в 10 часов утра, для покупателей подготовят ярмарку и концерт."), the only article line
lost. Every photo caption left is the one right before a blog's second paragraph; the six portals' captions and credits,
before the quote paragraph, all went. The failing cases are strict xfails.

Measured after round 96, which was not merged (developed on sets 131 and 132; measured with
``scripts/clean_held_out_report.py --tests <blind copy> --sets 133 134`` at 67a3657 on branch round96): noise lines
removed 29/45, keep lines 20/20, pages clean 5/12, page noise lines left 15 -> 13 of 240 (the German bicycle blog's shop
plug and subscribe prompt), article lines lost 1 -> 2 of 120: with its plug taken, that blog's tail opened at the
subscribe prompt and took the last paragraph ('Seit Ostern fahre ich das Rad jeden Tag zur Arbeit, ...'). The round was
not merged, so this set's tables still describe the cleaner on main (6fe5030's code), and it is still blind to every
round's helper.

Round 98 (development; this set was read in full from this round on): fixed, on sets 133 and 134, the five article lines
lost: a last paragraph (or, on set 133's Russian portal, the second last) at the head of the block the tags line closes
is no longer taken with that block (page_blocks._heads_furniture, called in mark_block_remnants' widget-blocks pass: a
block half the rules' noise after the body's last paragraph read as a widget; its first line stays when it is a full
sentence of the article, or a subheading over an ad label, and every later line is furniture the rules took, tags, a
read-also link, an ad label or a share row, never a prompt or a line with a widget's cue), and a list row after a
read-also link in the list's block ('Ridotto per residenti e ragazzi sotto i 14 anni') is no longer read as a widget's
line beside the block (noise_patterns.FIRST_PERSON: a lower-case 'i' before a number is Italian 'the' or Polish 'and',
not 'I'). Widened: the comment form's log-in prompt with its no-account question after it
(whole_line_noise._NOT_YET_REGISTERED), a log-in to review (_TO_COMMENT), a comment hidden for its downvotes with its
show-anyway link (round 83's community-state rule), the sponsored link's and the ad network's labels (round 73's and
round 70's ad labels: 'Gesponserter Link', 'Annunci pubblicitari') and the Pinterest save prompt (round 72's rule: six
words before the network, 'for' opening its reason); tests test_round_98_* in tests/test_clean.py, with near misses.
Other sets: set 49's it-consiglio-regionale-comunicato now drops its speech video link (reason reworded; no xfail
removed). Sets 10-134 (125 sets): noise lines removed 5230 -> 5233 of 5701, article lines kept 2527/2527 -> 2527/2527,
pages clean 947 -> 951 of 1486, page noise lines left 1244 -> 1239 of 31440, paragraphs lost 7 -> 2 (the two left are
set 86's fr-portail-montbrezac-chapelle). SemEval: 0 changed files of 3,723. Bench ratio: 1.05 (cpu best 2.155 s against 2.053 s at d0eaefb). Test set: 17917 passed, 1033 xfailed, no XPASS, no failure. This
set: noise lines removed 29 -> 30/45 (comments 7 -> 8: the French log-in-to-react prompt; marker 0/8, reading-time 6/7,
byline 5/8, footer 7/8, share 3/3, notice 1/3 unchanged), keep lines 20/20, pages clean 5/12 -> 5/12, page noise lines
left 15 -> 12 of 240 (the English cheese blog's Pinterest prompt, the German bicycle blog's 'Gesponserter Link' and the
Italian cheese blog's 'Annunci pubblicitari' now go), article lines lost 1 -> 0 of 120 (the Russian portal's second last
paragraph stays). Reasons reworded: en-blog-curdledger-caerphilly, de-blog-speichenundrost-wanderer,
it-blog-caglioepazienza-caciotta and ru-portal-lopukhovsk-rynok (it now only keeps its sponsored link); the French
log-in prompt's line xfail was removed. Still missed: the eight embed markers, the long-read warning, the three foot
plugs (round 97's families), the French host-address footer, the correction and affiliate notices, the blogs' photo
captions, shop plugs and subscribe prompts, and the Russian portal's sponsored link.

Measured blind after round 97 (developed on sets 131 and 132 beside round 98, measured on this set by the lead with its
helper kept away from it): no line, page or lost line moved (lines 29 of 45, 15 page noise lines, 1 article line lost at
c53fa26, the same after round 97 alone); the set's named embeds (Instagram, Infogram, Brightcove, Calaméo, Glomex,
Vimeo, VK Видео) are services round 97 did not add.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_133_LINES: list[tuple[str, str, str]] = [
    ("body",
     "The Instagram post you were looking for couldn't be shown. It may have been deleted, or the account may be"
     " private.",
     "marker"),
    ("body",
     "Interactive chart by Infogram – if it does not display, tap here to open the full-screen version.",
     "marker"),
    ("body", "Brightcove player error: this video failed to start (code 2). Refresh the page and try again.", "marker"),
    ("body", "Le document Calaméo ne s'affiche pas ? Consultez-le directement sur le site de Calaméo.", "marker"),
    ("body", "Fehler beim Laden des Glomex-Players. Bitte versuchen Sie es später noch einmal.", "marker"),
    ("body", "[Galleria fotografica] Scorri per vedere tutte le 12 foto o apri la gallery a schermo intero.", "marker"),
    ("body",
     "Film z serwisu Vimeo nie może zostać wyświetlony – właściciel zablokował osadzanie na innych stronach.",
     "marker"),
    ("body",
     "Ролик VK Видео недоступен для просмотра на этом сайте. Смотрите его в нашем сообществе ВКонтакте.",
     "marker"),
    ("head", "Time to read: about 5 minutes", "reading-time"),
    ("head",
     "Fair warning, this one's long – about eighteen minutes, most of them spent on gear ratios and bottom brackets.",
     "reading-time"),
    ("head", "Temps de lecture : environ 5 minutes", "reading-time"),
    ("head", "Lesezeit: 5 Min.", "reading-time"),
    ("head", "Tempo di lettura: 5 minuti", "reading-time"),
    ("head", "Czas czytania: ok. 5 minut", "reading-time"),
    ("head", "Читается за 5 минут", "reading-time"),
    ("head", "Reporting by Hester Rookwardine; editing by the news desk", "byline"),
    ("head", "A cura di Rosanna Tergolini", "byline"),
    ("head", "Opracowanie: Halina Szprychalska | Zdjęcia: archiwum redakcji", "byline"),
    ("head", "Беседовала Алёна Штемпелькова", "byline"),
    ("tail",
     "I run small-batch cheese-making workshops in my kitchen twice a month – tickets are on Eventbrite.",
     "byline"),
    ("tail",
     "Need a frame re-enamelled or a wheel rebuilt? I take on a handful of restoration jobs each winter; get in touch"
     " through the form.",
     "byline"),
    ("tail", "Je vends mes doublons sur Delcampe : la liste est mise à jour chaque dimanche soir.", "byline"),
    ("tail",
     "Käsekulturen und Reifematten verschicke ich auch an Leserinnen und Leser – die Preisliste steht unter"
     " „Bestellen“.",
     "byline"),
    ("tail",
     "Published by Fennickstow Media Ltd · Registered in England and Wales No. 00000000 · VAT No. GB 000 0000 00",
     "footer"),
    ("tail", "Hosted with ♥ on Netlify · Built with Hugo · Theme: PaperMod", "footer"),
    ("tail",
     "Privacy · Terms · Collection notice · Start your Substack · Substack is the home for great culture",
     "footer"),
    ("tail", "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France · Mentions légales", "footer"),
    ("tail", "Dieser Blog läuft auf Blogger · Fotos: eigene Aufnahmen · Impressum nach § 5 DDG", "footer"),
    ("tail", "P.IVA 00000000000 · Tutti i diritti riservati · Privacy e cookie policy", "footer"),
    ("tail", "Motyw Prosty. Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Конструктор сайтов uCoz · Хостинг от uCoz", "footer"),
    ("tail", "Viewing 1 – 20 of 47 comments · Page 1 of 3", "comments"),
    ("tail", "Comments are hosted by Coral. Please read our community guidelines before posting.", "comments"),
    ("tail", "This comment was deleted by its author.", "comments"),
    ("tail", "Connectez-vous pour réagir. Pas encore inscrit ? Créez votre compte gratuitement.", "comments"),
    ("tail", "Sie müssen angemeldet sein, um einen Kommentar zu verfassen. Jetzt registrieren", "comments"),
    ("tail", "Questo commento è stato nascosto perché ha ricevuto troppe segnalazioni.", "comments"),
    ("tail",
     "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść.",
     "comments"),
    ("tail", "Ветка обсуждения свёрнута · Развернуть 5 ответов", "comments"),
    ("tail", "Share on Bluesky · Threads · LinkedIn · Email this article", "share"),
    ("tail", "Condividi questo articolo: Facebook · WhatsApp · Telegram · Email", "share"),
    ("tail", "Отправить другу в WhatsApp или Viber · Скопировать ссылку", "share"),
    ("body", "Cet article a été modifié le 12 mars à 14 h pour corriger le nom d'une association.", "notice"),
    ("body",
     "Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein, erhält die Redaktion eine kleine Provision.",
     "notice"),
    ("tail", "Materiał powstał we współpracy z miejskim centrum kultury.", "notice"),
]

HELD_OUT_133_KEEP: list[tuple[str, str]] = [
    ("head",
     "Comments from allotment holders at Tuesday's meeting ranged from quiet relief to open anger over the new water"
     " charges."),
    ("head",
     "Sharing the new cycle bridge with pedestrians was the main worry raised by the residents' association in March."),
    ("head",
     "Partager une parcelle entre deux familles est désormais possible, a précisé l'adjointe chargée de"
     " l'environnement."),
    ("head", "Kommentare aus dem Bauausschuss ließen erkennen, dass die Radbrücke erst im Herbst freigegeben wird."),
    ("head", "Seguire il restauro di una vecchia bicicletta mi ha insegnato più di qualsiasi manuale di meccanica."),
    ("head",
     "Komentarze działkowców po zebraniu były podzielone: część popiera nowy regulamin, część zapowiada protest."),
    ("head",
     "Комментарии жителей о новом велосипедном мосте собраны в отчёт, который обсудят на сессии городской думы."),
    ("body",
     "Following the renovation, the market hall will house forty stalls instead of the twenty-six it had before."),
    ("body", "Subscribers to the community orchard's apple scheme will each receive a crate of Bramleys in October."),
    ("body",
     "Suivre l'affinage d'un camembert demande de retourner chaque fromage tous les deux jours pendant trois"
     " semaines."),
    ("body", "Teilen müssen sich die Kleingärtner künftig einen gemeinsamen Wasseranschluss pro Gartenweg."),
    ("body", "Condividere gli orti tra più famiglie è stata la proposta approvata ieri dal consiglio comunale."),
    ("tail",
     "Copyright in the original 1898 drawings of the market hall belongs to the county archive, which lent them for"
     " the exhibition."),
    ("tail", "Advertising for new stallholders begins next month, with priority given to local growers and bakers."),
    ("tail",
     "Reading the old stamp catalogues, she noticed that the perforation gauge listed for the 1920s issue was wrong."),
    ("tail",
     "Abonnés depuis vingt ans au marché couvert, les maraîchers craignent une hausse des loyers après les travaux."),
    ("tail",
     "Werbung für die neue Markthalle macht die Stadt mit Plakaten in den Straßenbahnen, wie der Oberbürgermeister"
     " sagte."),
    ("tail",
     "Il copyright delle fotografie storiche del mercato coperto resta all'archivio comunale, che le ha prestate per"
     " la mostra."),
    ("tail", "Prenumeratę nowych znaczków z Poczty Polskiej opłacam od 1998 roku i nigdy tego nie żałowałem."),
    ("tail", "Подписка на овощные наборы с городских огородов стоит 900 рублей в месяц, сообщили в администрации."),
]

HELD_OUT_133_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-sloeborough-allotments", [
        [
            "-The Sloeborough Courier",
        ],
        [
            "-Home > Local news > Green spaces",
            "+Allotment waiting list falls as community orchard opens on old bowling green",
            "-By Judith Parslowe-Dunn · Tuesday 10 March 2026, 07:45",
        ],
        [
            "-3 min read",
            "-Share: Facebook · WhatsApp · Email",
        ],
        [
            "+Sloeborough's allotment waiting list has fallen below a hundred names for the first time in a decade"
            " after the council split forty full plots into half plots over the winter.",
            "-Advertisement",
            "-Sponsored: Raised beds from £29 – free delivery this week",
            "+The change, agreed by the environment committee in November, means new tenants now wait about eight"
            " months rather than the three years quoted to applicants in 2024.",
        ],
        [
            "-Volunteers planting the first apple trees on the old bowling green in February.",
            "-Photo: Courier staff",
            "+“Half a plot is plenty for most beginners, and they are far more likely to keep it going,” said Derwent"
            " Loambury, who chairs the Sloeborough Allotment Society.",
        ],
        [
            "+What the orchard will grow",
            "+Twenty-four apple trees, mostly local varieties grafted at the county nursery",
            "+Eight pear and six plum trees along the north hedge",
            "-Read also: Residents fight plan to build on Mill Lane playing field",
            "+A wildflower strip and two beehives kept by the society",
        ],
        [
            "-Get the Courier's free morning briefing in your inbox – sign up here",
        ],
        [
            "+The orchard, on the bowling green that closed in 2022, will be looked after by volunteers, and anyone in"
            " the town may pick the fruit once the trees begin to crop.",
        ],
        [
            "+Maureen Tappinwell, the council's parks officer, said a second orchard on land off Station Road could"
            " follow next year if the first one thrives.",
            "-Topics: Allotments, Gardening, Sloeborough Council",
        ],
        [
            "-Comments (7)",
            "-GreenThumb_48: Took us four years to get a plot. Glad the wait is shorter now.",
            "-↳ Ruth K: Half plots are a great idea, a full one nearly finished me off.",
            "-↳ ↳ GreenThumb_48: Ha, same here, the brambles alone took a summer.",
            "-Old Bowler: Shame about the green, but better an orchard than flats.",
            "-Load more comments",
        ],
        [
            "-© 2026 Sloeborough Courier Ltd. All rights reserved.",
            "-Privacy notice · Cookie settings · Terms of use · Contact us",
        ],
    ]),
    _page("en", "en-blog-curdledger-caerphilly", [
        [
            "-Home · Recipes · Equipment · About · Contact",
            "-The Curd Ledger",
        ],
        [
            "+My first Caerphilly: a young crumbly cheese in three weeks",
        ],
        [
            "-Posted on 8 February 2026 by Philippa",
            "-Filed under: Hard cheeses, Beginner recipes",
            "-6 minute read",
        ],
        [
            "+After a winter of soft cheeses I wanted something firmer, and Caerphilly is forgiving: it needs no long"
            " cave ageing and is ready to eat after about three weeks.",
        ],
        [
            "-The curd after cutting, left to rest for five minutes.",
            "+I used eight litres of whole milk from the farm shop, a pinch of mesophilic culture and a quarter"
            " teaspoon of rennet diluted in cool boiled water.",
        ],
        [
            "-Sponsored content",
        ],
        [
            "+My neighbour, who grew up on a dairy farm in Wales, tasted it and said: “That's the way my gran made it,"
            " lemony and a bit salty.”",
            "-Pin this recipe to your cheese board on Pinterest!",
        ],
        [
            "-My cheese moulds and draining mats are handmade in Somerset – browse them in the shop.",
        ],
        [
            "+What you need",
        ],
        [
            "+A large stainless steel pot and a thermometer",
            "+A tomme mould with a follower",
            "+Cheesecloth and a simple weighted press",
        ],
        [
            "+The first cheese came out a little dry because I pressed it too hard, so the second time I used half the"
            " weight and the texture was much better.",
            "-Enjoying the blog? Subscribe and get new recipes by email.",
            "+Next month I will try a Wensleydale with the same milk and see how the two compare after a month.",
        ],
        [
            "-Share this: Facebook | X | Pinterest | Print",
            "-← Ricotta from whey | Clotted cream in the oven →",
        ],
        [
            "-4 thoughts on “My first Caerphilly”",
            "-Morwenna: Lovely write-up! Did you wax it or bandage it?",
            "-↳ Philippa: Neither, Morwenna – I let it form a natural rind in the fridge.",
            "-Dave from Frome: My press is a plank and two bricks, works a treat.",
            "-↳ Jules: Same here, plus a paint tin full of water on top.",
            "-Leave a Reply",
        ],
        [
            "-Blog at WordPress.com.",
            "-Back to top ↑",
        ],
    ]),
    _page("fr", "fr-portail-vaudrenac-passerelle", [
        [
            "-L'Écho de Vaudrenac",
        ],
        [
            "-Accueil > Vaudrenac > Transports",
            "+La passerelle cyclable au-dessus de la voie ferrée ouvrira le 4 avril",
            "-Par Aurélien Grattepierre · Publié le 12/03/2026 à 06h30",
        ],
        [
            "-Lecture 3 min.",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "+Les cyclistes de Vaudrenac n'auront bientôt plus à contourner la gare : la passerelle de 68 mètres qui"
            " enjambe les voies ouvrira le samedi 4 avril.",
            "-Publicité",
            "-Contenu sponsorisé : Vélos électriques jusqu'à -30 % ce week-end",
            "+Le chantier, lancé en septembre 2024, a coûté 3,2 millions d'euros, dont un tiers financé par la région"
            " au titre du plan vélo.",
        ],
        [
            "-La dernière travée a été posée de nuit, à l'aide d'une grue de 400 tonnes.",
            "-Photo L'Écho / A. G.",
            "+« Ce pont va changer la vie des lycéens qui viennent du quartier des Tanneries », estime Noémie"
            " Vignaubert, adjointe chargée des mobilités.",
        ],
        [
            "+Ce qui change pour les usagers",
            "+Une piste de trois mètres de large, séparée du trottoir",
            "+Un éclairage à détection de présence la nuit",
            "-À lire aussi : Le marché du samedi déménage place du Foirail",
            "+Des rampes d'accès en pente douce des deux côtés",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
        ],
        [
            "+Une inauguration festive est prévue le jour de l'ouverture, avec une balade à vélo encadrée depuis la"
            " mairie jusqu'au nouveau pont.",
        ],
        [
            "+La ville prévoit aussi d'ajouter quarante arceaux de stationnement près de la gare d'ici l'été.",
            "-Mots-clés : Vaudrenac, vélo, mobilité",
        ],
        [
            "-12 commentaires",
            "-Cycliste79 : Enfin ! Dix ans qu'on attendait ça.",
            "-↳ Mireille B. : Et les piétons, ils peuvent passer aussi ?",
            "-↳ ↳ Cycliste79 : Oui, il y a un trottoir séparé.",
            "-Jean-Paul V. : 3 millions pour un pont, c'est cher payé.",
            "-Voir plus de commentaires",
        ],
        [
            "-© 2026 Éditions de l'Écho – Tous droits réservés",
            "-Mentions légales · Données personnelles · Gestion des cookies · CGU",
        ],
    ]),
    _page("fr", "fr-blog-dentsetfiligranes-gandon", [
        [
            "-Accueil · Mes collections · Lexique · Contact",
            "-Dents et Filigranes",
        ],
        [
            "+Les Marianne de Gandon : trier les nuances sans se ruiner",
        ],
        [
            "-Publié le 15 février 2026 par Hervé",
            "-Catégorie : France, Timbres d'usage courant",
            "-7 min de lecture",
        ],
        [
            "+J'ai hérité l'an dernier d'une boîte à chaussures pleine de Marianne de Gandon, ces timbres d'usage"
            " courant émis entre 1945 et 1954.",
        ],
        [
            "-Une partie du lot, avant le trempage.",
            "+Le décollage est simple : une nuit dans l'eau tiède, puis un séchage entre deux buvards sous un gros"
            " dictionnaire.",
        ],
        [
            "-Annonces",
        ],
        [
            "+Un vieux marchand de Lyon m'a dit un jour : « Les nuances, c'est la lumière du jour qui les révèle,"
            " jamais la lampe. »",
            "-Épinglez cet article sur Pinterest pour le retrouver plus tard",
        ],
        [
            "-Mes pochettes de timbres à trier sont en vente dans ma boutique Etsy, envoi soigné sous 48 heures.",
        ],
        [
            "+Mon matériel pour trier",
        ],
        [
            "+Une pince à timbres à bouts plats",
            "+Un odontomètre en plastique transparent",
            "+Un nuancier imprimé et une loupe éclairante",
        ],
        [
            "+Au bout de trois soirées, j'avais séparé une trentaine de nuances, dont deux qui manquaient à ma"
            " collection.",
            "-Abonnez-vous pour être prévenu de chaque nouveau billet",
            "+Le reste du lot ira à l'atelier philatélique du collège, où les élèves apprennent justement à"
            " reconnaître les dentelures.",
        ],
        [
            "-Partager : Facebook | Pinterest | Imprimer",
            "-« Billet précédent | Billet suivant »",
        ],
        [
            "-3 réponses à « Les Marianne de Gandon »",
            "-Colette : Merci pour l'astuce du buvard, je ne connaissais pas.",
            "-↳ Hervé : Avec plaisir, Colette ! Le papier journal marche aussi.",
            "-Philatéliste72 : Attention aux faux Gandon vendus sur les marchés, j'en ai vu beaucoup.",
            "-↳ Bernard : Tout à fait, surtout sur les 15 francs.",
            "-Laisser un commentaire",
        ],
        [
            "-Propulsé par Canalblog",
            "-Haut de page",
        ],
    ]),
    _page("de", "de-portal-tannwerden-markthalle", [
        [
            "-Tannwerder Rundschau",
        ],
        [
            "-Startseite › Lokales › Tannwerden",
            "+Markthalle öffnet nach Sanierung mit 32 Ständen",
            "-Von Malte Kesselhuber | 14.03.2026, 08:10 Uhr",
        ],
        [
            "-3 Min. Lesezeit",
            "-Teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "+Nach zwei Jahren Bauzeit öffnet die Tannwerder Markthalle am kommenden Samstag wieder, mit 32 Ständen"
            " statt der bisherigen 24.",
            "-Anzeige",
            "-Gesponsert: Jetzt Küchen zum Aktionspreis sichern",
            "+Die Sanierung des Backsteinbaus von 1907 kostete 5,8 Millionen Euro; das Dach wurde komplett erneuert"
            " und die Halle erhielt eine Fußbodenheizung.",
        ],
        [
            "-Die neue Glasfront der Markthalle zur Kirchstraße hin.",
            "-Foto: Stadt Tannwerden",
            "+„Wir wollten die Halle nicht museal herrichten, sondern so, dass man hier jeden Tag gern einkauft“, sagt"
            " Marktmeisterin Gesine Hallentrup.",
        ],
        [
            "+Das ist neu in der Halle",
            "+Ein Bereich für regionale Erzeuger mit günstigeren Standmieten",
            "+Ein Café auf der Galerie mit Blick auf die Stände",
            "-Lesen Sie auch: Wochenmarkt zieht vorübergehend auf den Schulhof",
            "+Längere Öffnungszeiten am Freitag bis 20 Uhr",
        ],
        [
            "-Die wichtigsten Nachrichten aus der Region jeden Morgen per Newsletter – jetzt anmelden",
        ],
        [
            "+Zur Eröffnung spielt die Stadtkapelle, und die ersten hundert Besucher erhalten einen Einkaufskorb.",
        ],
        [
            "+Der Wochenmarkt unter freiem Himmel bleibt zusätzlich am Mittwoch auf dem Kirchplatz bestehen.",
            "-Schlagworte: Markthalle, Einzelhandel, Stadtentwicklung",
        ],
        [
            "-Kommentare (5)",
            "-Marktgänger: Schön, dass es endlich wieder losgeht.",
            "-↳ Ute S.: Hoffentlich bleiben die Preise bezahlbar.",
            "-↳ ↳ Marktgänger: Die Erzeugerstände sollen ja günstiger sein.",
            "-Heinz_T: Fußbodenheizung in einer Markthalle? Teurer Spaß.",
            "-Weitere Kommentare laden",
        ],
        [
            "-© Tannwerder Verlagsgesellschaft mbH 2026",
            "-Impressum · Datenschutz · AGB · Kontakt",
        ],
    ]),
    _page("de", "de-blog-speichenundrost-wanderer", [
        [
            "-Start · Projekte · Werkstatt-Tipps · Über mich",
            "-Speichen und Rost",
        ],
        [
            "+Ein Wanderer-Rad von 1952 wird wieder flott",
        ],
        [
            "-Veröffentlicht am 1. März 2026 von Jens",
            "-Kategorie: Restaurierung",
            "-Lesedauer 8 Minuten",
        ],
        [
            "+Das Wanderer-Rad stand dreißig Jahre in einer Scheune bei Kassel, bevor es ein Nachbar beim Ausräumen"
            " fand und mir für zwanzig Euro überließ.",
        ],
        [
            "-Der Rahmen nach dem ersten Abwaschen mit Seifenlauge.",
            "+Zuerst habe ich alles zerlegt, fotografiert und jede Schraube in beschriftete Gläser sortiert, damit"
            " später nichts fehlt.",
        ],
        [
            "-Gesponserter Link",
        ],
        [
            "+Ein alter Fahrradhändler aus dem Nachbarort meinte beim Anblick des Rahmens nur: „Der Lack ist hin, aber"
            " der Stahl ist besser als alles, was heute verkauft wird.“",
            "-Merk dir diesen Beitrag auf Pinterest!",
        ],
        [
            "-Restaurierte Naben und Schutzbleche aus meiner Werkstatt findest du in meinem kleinen Shop.",
        ],
        [
            "+Was ich ersetzt habe",
        ],
        [
            "+Beide Reifen und Schläuche in der alten Größe 28 × 1 1/2",
            "+Die Bremsklötze und den Bremszug vorn",
            "+Die Kette, nachdem die alte auch in Petroleum nicht mehr zu retten war",
        ],
        [
            "+Den Originallack habe ich bewusst nicht erneuert, sondern nur mit Wachs konserviert, damit die Spuren"
            " der Jahrzehnte sichtbar bleiben.",
            "-Neue Beiträge per E-Mail erhalten? Hier abonnieren.",
            "+Seit Ostern fahre ich das Rad jeden Tag zur Arbeit, und es läuft ruhiger als mein modernes Trekkingrad.",
        ],
        [
            "-Beitrag teilen: Facebook · Pinterest · Drucken",
            "-← Vorheriger Beitrag | Nächster Beitrag →",
        ],
        [
            "-3 Kommentare zu „Ein Wanderer-Rad von 1952“",
            "-Radlerin_K: Toll geworden! Welches Wachs hast du genommen?",
            "-↳ Jens: Danke, Radlerin_K – ganz normales Hartwachs aus dem Autozubehör.",
            "-Opa Willi: Genau so eins hatte mein Vater, mit Karbidlampe.",
            "-↳ Bastelbude: Karbidlampen gibt es übrigens noch auf Flohmärkten.",
            "-Schreibe einen Kommentar",
        ],
        [
            "-Erstellt mit WordPress · Theme: Astra",
            "-Nach oben",
        ],
    ]),
    _page("it", "it-portale-frattabruna-orti", [
        [
            "-La Voce di Frattabruna",
        ],
        [
            "-Home › Cronaca › Frattabruna",
            "+Orti urbani, sessanta nuovi appezzamenti e un frutteto condiviso al parco del Mulino",
            "-di Gianfranco Mezzalupi – 11 marzo 2026, ore 09:20",
        ],
        [
            "-Lettura: 3 minuti",
            "-Condividi: Facebook · WhatsApp · X",
        ],
        [
            "+Il Comune di Frattabruna assegnerà in primavera sessanta nuovi orti urbani nell'area del parco del"
            " Mulino, rimasta inutilizzata dopo la chiusura del vivaio comunale.",
            "-Pubblicità",
            "-Contenuto sponsorizzato: Motozappe in offerta fino a domenica",
            "+Ogni appezzamento misura cinquanta metri quadrati e sarà affidato per tre anni, con precedenza ai"
            " pensionati e alle famiglie con bambini.",
        ],
        [
            "-L'area del vecchio vivaio comunale, dove sorgeranno gli orti.",
            "-Foto Ufficio stampa del Comune",
            "+«Vogliamo che gli orti siano un luogo d'incontro, non solo di coltivazione», ha spiegato l'assessora"
            " all'ambiente Ercolina Zolladoro.",
        ],
        [
            "+Come partecipare al bando",
            "+Domanda online entro il 30 aprile",
            "+Canone annuo di 40 euro, acqua compresa",
            "-Leggi anche: Piazza Garibaldi, via ai lavori per la nuova pavimentazione",
            "+Corso gratuito di orticoltura per i nuovi assegnatari",
        ],
        [
            "-Iscriviti alla newsletter e ricevi ogni sera le notizie della tua città",
        ],
        [
            "+Accanto agli orti nascerà un frutteto condiviso con trenta alberi di varietà antiche, curato da"
            " un'associazione di volontari.",
        ],
        [
            "+La frutta potrà essere raccolta liberamente dai cittadini, mentre le eccedenze andranno alla mensa della"
            " Caritas.",
            "-Tag: orti urbani, ambiente, Frattabruna",
        ],
        [
            "-Commenti (6)",
            "-Giardiniere_63: Finalmente, la lista d'attesa era infinita.",
            "-↳ Lucia R.: Speriamo che l'acqua basti per tutti d'estate.",
            "-↳ ↳ Giardiniere_63: Dicono che faranno un pozzo nuovo.",
            "-Carlo M.: Bella idea il frutteto, ci porterò i nipoti.",
            "-Carica altri commenti",
        ],
        [
            "-© 2026 Editoriale Frattabruna srl – Riproduzione riservata",
            "-Privacy · Cookie policy · Note legali · Contatti",
        ],
    ]),
    _page("it", "it-blog-caglioepazienza-caciotta", [
        [
            "-Home · Ricette · Attrezzatura · Chi sono",
            "-Caglio e pazienza",
        ],
        [
            "+La mia prima caciotta fatta in casa",
        ],
        [
            "-Pubblicato il 22 febbraio 2026 da Marta",
            "-Categoria: Formaggi freschi",
            "-7 min di lettura",
        ],
        [
            "+Dopo mesi di ricotte e primo sale, ho finalmente provato una caciotta, il formaggio che mio nonno faceva"
            " ogni domenica in campagna.",
        ],
        [
            "-La cagliata rotta a chicco di mais, pronta per la fuscella.",
            "+Ho usato quattro litri di latte intero non omogeneizzato, un cucchiaio di yogurt come innesto e il"
            " caglio liquido comprato in farmacia.",
        ],
        [
            "-Annunci pubblicitari",
        ],
        [
            "+Quando l'ha assaggiata, mia zia ha detto: «Sa di latte vero, come quella del pastore di una volta.»",
            "-Salva questa ricetta su Pinterest!",
        ],
        [
            "-Le fuscelle che uso le vendo anche io: le trovi nel mio negozio su Etsy.",
        ],
        [
            "+Gli errori da evitare",
        ],
        [
            "+Scaldare il latte troppo in fretta",
            "+Rompere la cagliata prima che sia ben rappresa",
            "+Salare la caciotta appena tolta dalla fuscella",
        ],
        [
            "+Dopo venti giorni in frigorifero, girata ogni mattina, la caciotta aveva una crosta sottile e una pasta"
            " morbida e compatta.",
            "-Iscriviti al blog per ricevere le nuove ricette via email",
            "+La prossima volta proverò ad aggiungere del pepe nero in grani, come si fa in alcune zone della Toscana.",
        ],
        [
            "-Condividi: Facebook | Pinterest | WhatsApp",
            "-« Articolo precedente | Articolo successivo »",
        ],
        [
            "-3 commenti su “La mia prima caciotta”",
            "-Rosaria: Che bella! Quanto sale hai messo?",
            "-↳ Marta: Ciao Rosaria, circa l'uno per cento del peso.",
            "-Franco_BG: Io uso il latte della stalla qui vicino, viene ancora meglio.",
            "-↳ Elisa: Anche io, ma va pastorizzato in casa.",
            "-Lascia un commento",
        ],
        [
            "-Tema Semplice. Powered by Blogger.",
            "-Torna su",
        ],
    ]),
    _page("pl", "pl-portal-wiklinowo-kladka", [
        [
            "-Echo Wiklinowa",
        ],
        [
            "-Strona główna › Wiadomości › Wiklinowo",
            "+Nowa kładka pieszo-rowerowa połączy osiedle Łąkowe z centrum",
            "-Marek Kładkiewicz | 13.03.2026, 10:05",
        ],
        [
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · Messenger · X",
        ],
        [
            "+Do końca czerwca nad rzeką w Wiklinowie stanie stalowa kładka dla pieszych i rowerzystów, która połączy"
            " osiedle Łąkowe z rynkiem.",
            "-Reklama",
            "-Artykuł sponsorowany: Rowery miejskie w promocji do niedzieli",
            "+Konstrukcja ma 84 metry długości i 4 metry szerokości, a jej budowa kosztuje 11 milionów złotych, z"
            " czego połowę pokrywa dotacja unijna.",
        ],
        [
            "-Montaż przęsła kładki nad rzeką, marzec 2026.",
            "-Fot. Urząd Miasta Wiklinowo",
            "+– Dzieci z Łąkowego nie będą już musiały jeździć do szkoły ruchliwą drogą wojewódzką – powiedział"
            " burmistrz podczas konferencji prasowej.",
        ],
        [
            "+Co znajdzie się na kładce",
            "+Oddzielny pas dla rowerów i dla pieszych",
            "+Oświetlenie LED z czujnikami ruchu",
            "-Czytaj także: Remont ulicy Szkolnej potrwa do jesieni",
            "+Ławki i punkt widokowy na środku przęsła",
        ],
        [
            "-Zapisz się do naszego newslettera i bądź na bieżąco z wiadomościami z regionu",
        ],
        [
            "+Na czas montażu przęsła ścieżka wzdłuż rzeki będzie zamknięta w weekendy, a objazd poprowadzi przez most"
            " drogowy.",
        ],
        [
            "+Miasto planuje otwarcie kładki podczas Dni Wiklinowa w pierwszy weekend lipca.",
            "-Tagi: kładka, rowery, inwestycje",
        ],
        [
            "-Komentarze (9)",
            "-rowerzysta_82: Wreszcie! Czekamy na to od lat.",
            "-↳ Basia: A czy będzie można wjechać z wózkiem?",
            "-↳ ↳ rowerzysta_82: Tak, są łagodne podjazdy z obu stron.",
            "-Zenek: 11 milionów na kładkę, a dziury w drogach zostają.",
            "-Pokaż więcej komentarzy",
        ],
        [
            "-© 2026 Wydawnictwo Echo sp. z o.o. Wszelkie prawa zastrzeżone.",
            "-Polityka prywatności · Regulamin · Kontakt z redakcją",
        ],
    ]),
    _page("pl", "pl-blog-staryrowernastrychu-jubilat", [
        [
            "-Start · Renowacje · Porady · O mnie · Kontakt",
            "-Stary Rower na Strychu",
        ],
        [
            "+Romet Jubilat z 1978 roku – renowacja krok po kroku",
        ],
        [
            "-Opublikowano 3 marca 2026 przez Krzysztofa",
            "-Kategoria: Renowacje",
            "-9 minut czytania",
        ],
        [
            "+Jubilata znalazłem na strychu u dziadka, pod stertą starych gazet i z dwoma przebitymi dętkami.",
        ],
        [
            "-Rama po zdjęciu błotników i bagażnika.",
            "+Najwięcej pracy wymagała rdza na kierownicy i obręczach, którą usuwałem pastą polerską i drobną wełną"
            " stalową.",
        ],
        [
            "-Reklamy",
        ],
        [
            "+Sąsiad, który pracował kiedyś w fabryce Rometu, powiedział: „Te ramy robiono na lata, tylko farba była"
            " marna.”",
            "-Zapisz ten wpis na Pintereście!",
        ],
        [
            "-Odnowione dzwonki i lampki do starych rowerów sprzedaję na Allegro – link w zakładce Sklep.",
        ],
        [
            "+Co wymieniłem",
        ],
        [
            "+Opony i dętki w rozmiarze 26 × 1 3/8",
            "+Linkę i klocki hamulca przedniego",
            "+Łańcuch i pedały z odblaskami",
        ],
        [
            "+Całość kosztowała mnie około trzystu złotych, a najdroższe okazały się oryginalne naklejki z logo"
            " Rometu.",
            "-Zapisz się, aby otrzymywać powiadomienia o nowych wpisach",
            "+Jubilat jeździ teraz ze mną na działkę i budzi zainteresowanie każdego starszego pana, którego mijam.",
        ],
        [
            "-Udostępnij: Facebook | Pinterest | E-mail",
            "-« Poprzedni wpis | Następny wpis »",
        ],
        [
            "-3 komentarze do „Romet Jubilat z 1978 roku”",
            "-Wojtek: Super robota! Skąd wziąłeś naklejki?",
            "-↳ Krzysztof: Dzięki, Wojtek – z grupy miłośników Rometa na Facebooku.",
            "-Pani Ela: Miałam taki sam w kolorze czerwonym!",
            "-↳ Grzesiek: Czerwone były najładniejsze.",
            "-Dodaj komentarz",
        ],
        [
            "-Blog na WordPress.com.",
            "-Do góry ↑",
        ],
    ]),
    _page("ru", "ru-portal-lopukhovsk-rynok", [
        [
            "-Лопуховский вестник",
        ],
        [
            "-Главная › Новости › Город",
            "+Крытый рынок откроется после ремонта 1 апреля",
            "-Дарья Навесова, 12 марта 2026, 09:40",
        ],
        [
            "-Время чтения: 3 минуты",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "+Крытый рынок на Базарной площади Лопуховска, закрытый на реконструкцию полтора года назад, снова примет"
            " покупателей 1 апреля.",
            "-Реклама",
            "-На правах рекламы: Кухни на заказ со скидкой 20 %",
            "+За время ремонта в здании 1964 года заменили кровлю, окна и всю инженерную систему, а торговые места"
            " оборудовали холодильными витринами.",
        ],
        [
            "-Торговый зал после ремонта, март 2026 года.",
            "-Фото: администрация Лопуховска",
            "+«Мы хотели сохранить дух старого рынка, но сделать его удобным и чистым», — рассказала директор рынка"
            " Глафира Прилавкина.",
        ],
        [
            "+Что изменится для покупателей",
            "+Рынок будет работать без выходных с 8 до 19 часов",
            "+Появятся фермерские ряды для местных производителей",
            "-Читайте также: В Лопуховске отремонтируют набережную",
            "+На втором этаже откроется столовая",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города",
        ],
        [
            "+Арендаторы, торговавшие на рынке до ремонта, получили право первыми заключить договоры на прежних"
            " условиях.",
        ],
        [
            "+Торжественное открытие пройдёт в 10 часов утра, для покупателей подготовят ярмарку и концерт.",
            "-Теги: рынок, ремонт, торговля",
        ],
        [
            "-Комментарии (8)",
            "-Наталья_К: Наконец-то, ждали полтора года!",
            "-↳ Сергей: Интересно, цены останутся прежними?",
            "-↳ ↳ Наталья_К: Вряд ли, аренда же выросла.",
            "-Пенсионер62: Главное, чтобы мясные ряды вернули.",
            "-Показать ещё комментарии",
        ],
        [
            "-© 2026 ООО «Издательский дом Лопуховск». Все права защищены.",
            "-Политика конфиденциальности · Пользовательское соглашение · Контакты",
        ],
    ]),
    _page("ru", "ru-blog-zubtsyishtempeli-kosmos", [
        [
            "-Главная · Коллекция · Статьи · Обо мне",
            "-Зубцы и штемпели",
        ],
        [
            "+Как я собираю марки СССР с космической тематикой",
        ],
        [
            "-Опубликовано 20 февраля 2026, автор: Виктор",
            "-Рубрика: Тематические коллекции",
            "-8 минут чтения",
        ],
        [
            "+Космос стал моей темой случайно: в старом альбоме отца нашлась серия 1961 года, посвящённая полёту"
            " Гагарина.",
        ],
        [
            "-Лист альбома с марками 1960-х годов.",
            "+За три года я собрал около четырёхсот марок, в основном гашёных, и лишь несколько серий удалось найти в"
            " чистом виде.",
        ],
        [
            "-Рекламный блок",
        ],
        [
            "+Продавец в филателистическом клубе сказал мне: «Космос собирают все, поэтому редкости здесь дорожают"
            " быстрее всего».",
            "-Сохраните эту запись в Pinterest",
        ],
        [
            "-Дубликаты из моей коллекции продаю на Авито, список обновляю каждую неделю.",
        ],
        [
            "+С чего начать новичку",
        ],
        [
            "+Выберите одну тему и не распыляйтесь",
            "+Купите каталог и отмечайте в нём найденное",
            "+Храните марки в кляссере, а не в конвертах",
        ],
        [
            "+Сейчас мне не хватает всего двух марок, чтобы закрыть раздел о первых полётах, и обе довольно дорогие.",
            "-Подпишитесь на блог, чтобы не пропустить новые записи",
            "+Если повезёт, весной я найду их на ярмарке коллекционеров, которая проходит каждый год в городском ДК.",
        ],
        [
            "-Поделиться записью: ВКонтакте | Telegram",
            "-← Предыдущая запись | Следующая запись →",
        ],
        [
            "-3 комментария к записи «Марки СССР с космической тематикой»",
            "-Олег: Отличная подборка! А Восток-2 у вас есть?",
            "-↳ Виктор: Спасибо, Олег! Да, есть, но гашёная.",
            "-Марина_Ф: Мой дед тоже собирал космос, альбом до сих пор храню.",
            "-↳ Филателист: Берегите, сейчас такие альбомы ценятся.",
            "-Добавить комментарий",
        ],
        [
            "-Работает на WordPress · Тема: Twenty Twenty-One",
            "-Наверх",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "The Instagram post you were looking for couldn't be shown. It may have been deleted, or the account may be"
    " private.":
        "an English Instagram post-could-not-be-shown placeholder ('The Instagram post you were looking for couldn't"
        " be shown. It may have been deleted, or the account may be private.') is left in the body",
    "Interactive chart by Infogram – if it does not display, tap here to open the full-screen version.":
        "an English Infogram chart placeholder with its full-screen link ('Interactive chart by Infogram – if it does"
        " not display, tap here to open the full-screen version.') is left in the body",
    "Brightcove player error: this video failed to start (code 2). Refresh the page and try again.":
        "an English Brightcove player start error ('Brightcove player error: this video failed to start (code 2)."
        " Refresh the page and try again.') is left in the body",
    "Fehler beim Laden des Glomex-Players. Bitte versuchen Sie es später noch einmal.":
        "a German Glomex player load error ('Fehler beim Laden des Glomex-Players. Bitte versuchen Sie es später noch"
        " einmal.') is left in the body",
    "[Galleria fotografica] Scorri per vedere tutte le 12 foto o apri la gallery a schermo intero.":
        "an Italian photo-gallery widget left as text ('[Galleria fotografica] Scorri per vedere tutte le 12 foto o"
        " apri la gallery a schermo intero.') is left in the body",
    "Film z serwisu Vimeo nie może zostać wyświetlony – właściciel zablokował osadzanie na innych stronach.":
        "a Polish Vimeo embedding-blocked placeholder ('Film z serwisu Vimeo nie może zostać wyświetlony – właściciel"
        " zablokował osadzanie na innych stronach.') is left in the body",
    "Fair warning, this one's long – about eighteen minutes, most of them spent on gear ratios and bottom brackets.":
        "an English bicycle blog's eighteen-minute long-read warning ('Fair warning, this one's long – about eighteen"
        " minutes, most of them spent on gear ratios and bottom brackets.') is left at the head",
    "Need a frame re-enamelled or a wheel rebuilt? I take on a handful of restoration jobs each winter; get in touch"
    " through the form.":
        "an English frame-and-wheel restoration-jobs plug ('Need a frame re-enamelled or a wheel rebuilt? I take on a"
        " handful of restoration jobs each winter; get in touch through the form.') is left at the foot",
    "Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein, erhält die Redaktion eine kleine Provision.":
        "a German affiliate-links disclosure ('Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein, erhält"
        " die Redaktion eine kleine Provision.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-curdledger-caerphilly":
        "the cheese blog's Caerphilly post keeps its photo caption ('The curd after cutting, left to rest for five"
        " minutes.') right before the second paragraph, its shop plug ('My cheese moulds and draining mats"
        " are handmade in Somerset – browse them in the shop.') alone before the subheading and its subscribe prompt"
        " ('Enjoying the blog? Subscribe and get new recipes by email.') between the two last paragraphs (3 of 20"
        " noise lines)",
    "fr-blog-dentsetfiligranes-gandon":
        "the stamp blog's Gandon post keeps its photo caption ('Une partie du lot, avant le trempage.') right before"
        " the second paragraph (1 of 20 noise lines)",
    "de-blog-speichenundrost-wanderer":
        "the bicycle blog's Wanderer post keeps its photo caption ('Der Rahmen nach dem ersten Abwaschen mit"
        " Seifenlauge.') right before the second paragraph, its shop plug ('Restaurierte Naben und Schutzbleche aus"
        " meiner Werkstatt findest du in meinem kleinen Shop.') alone before the subheading and its subscribe prompt"
        " ('Neue Beiträge per E-Mail erhalten? Hier abonnieren.') between the two last paragraphs (3 of 20 noise"
        " lines)",
    "it-blog-caglioepazienza-caciotta":
        "the cheese blog's caciotta post keeps its photo caption ('La cagliata rotta a chicco di mais, pronta per la"
        " fuscella.') right before the second paragraph (1 of 20 noise lines)",
    "pl-blog-staryrowernastrychu-jubilat":
        "the bicycle blog's Jubilat post keeps its photo caption ('Rama po zdjęciu błotników i bagażnika.') right"
        " before the second paragraph (1 of 20 noise lines)",
    "ru-blog-zubtsyishtempeli-kosmos":
        "the stamp blog's space-stamps post keeps its photo caption ('Лист альбома с марками 1960-х годов.') right"
        " before the second paragraph (1 of 20 noise lines)",
}


test_held_out_133_line, test_held_out_133_line_is_kept, test_held_out_133_page = held_out_tests(
    HELD_OUT_133_LINES, HELD_OUT_133_KEEP, HELD_OUT_133_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
