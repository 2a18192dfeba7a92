"""Held-out set 167: written blind, weighted toward the noise the cleaner exists for, in shapes set 166's docstring does
not name (nor the first paragraphs of sets 163, 164 and 165): scraper, embed and ad markers (an English Sketchfab 3D
model that needs WebGL, switched off in the reader's browser "This Sketchfab 3D model needs WebGL, which is switched off
in your browser.", an English Mixcloud show blocked in the reader's country by licensing "Mixcloud show unavailable in
your country due to licensing restrictions.", an English Buzzsprout player removed because the podcast left its host
"The Buzzsprout episode player has been removed: this podcast is no longer hosted on Buzzsprout.", a French Calaméo
document that could not be shown, with a pointer to its host "Le document Calaméo n'a pas pu être affiché. Consultez-le
sur calameo.com.", a German Dailymotion video set to private by its uploader "Dailymotion-Video: Dieses Video wurde vom
Uploader auf privat gestellt.", an Italian ArcGIS map not loaded because the service is overloaded "Mappa ArcGIS non
caricata: il servizio è momentaneamente sovraccarico, riprova più tardi.", a Polish Canva presentation that does not
show in the browser's private mode "Prezentacja Canva nie wyświetla się w trybie prywatnym przeglądarki." and a Russian
Rutube video not available in the reader's region "Видео с Rutube недоступно для просмотра в вашем регионе.");
reading-time headers in new wordings (the English six-minute-read header with a word count "6-minute read (1,280
words)", a blog's word-count line of about thirteen minutes "Word count: 2,900 – about thirteen minutes if you stop to
look at the photos.", the French six-minutes-to-read-this-article line "6 minutes pour lire cet article", the German
estimated-reading-duration line "Geschätzte Lesedauer: 6 Min.", the Italian you-will-read-this-article-in line "Leggerai
questo articolo in 6 minuti", the Polish time-needed-to-read line "Czas potrzebny na przeczytanie: 6 min" and the
Russian bare read-six-minutes line "Читать 6 минут"); bylines and self-promotion (an English words-by byline with
additional reporting "Words by Cressida Thimbleford, with additional reporting by Oswin Fernickleby", a French
text-and-photos byline crediting the newsroom for the photos "Texte : Ambroisine Pechardouille · Photos : la rédaction",
an Italian report-by byline "Servizio di Ermenegilda Frattazzoli" and a Russian text-prepared-by byline "Текст
подготовила Евдокия Лопуховецкая", all at the head, and at the foot an English Gumroad pay-what-you-like plans plug
"Printable plans for this bee hotel are in my Gumroad shop – pay what you like.", an English YouTube weekly-videos plug
"New whittling videos go up every Thursday on my YouTube channel, so pop over and say hello.", a German Palundu lip-balm
plug with letter-post shipping "Selbstgerührte Lippenpflege verkaufe ich über Palundu, Versand als Warensendung." and a
Polish Allegro Lokalnie rocking-chairs plug with collection in Kalisz "Odnowione krzesła bujane wystawiam na Allegro
Lokalnie, odbiór osobisty w Kaliszu."); blog and site footers (an English agency credit with accessibility and
modern-slavery links "Website by Pobblewick Creative · Accessibility · Modern Slavery Statement", an English Ghost
credit with its Casper theme and an RSS link "Published with Ghost · Theme: Casper · RSS", an English press-regulator
line "This newspaper is regulated by IPSO, the Independent Press Standards Organisation.", a French publication-director
line with an ISSN "Directeur de la publication : Anatole Berthouillard · ISSN 2491-7745", a German Jimdo credit row with
privacy, cookie-policy and sitemap links "Erstellt mit Jimdo · Datenschutz · Cookie-Richtlinien · Sitemap", an Italian
VAT-number and all-rights-reserved row "P.IVA 02841730398 · Tutti i diritti riservati · Cookie policy", a Polish
all-rights-reserved and no-copying line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione."
and a Russian Tilda credit with a privacy-policy link "Сайт работает на Tilda · Политика конфиденциальности");
reader-comment furniture (an English hidden-after-too-many-reports stub "This comment has been hidden because it
received too many reports.", an English commenting-as-a-guest note "You are commenting as a guest. Your comment will
appear once a moderator approves it.", an English edited-report-permalink row under a comment "Edited · Report ·
Permalink", the French WordPress awaiting-moderation message "Votre commentaire est en attente de modération.", a German
readers'-comments count with a netiquette link "Leserkommentare (14) · Netiquette lesen", an Italian write-your-comment
row with a characters-left counter "Scrivi il tuo commento · Caratteri rimanenti: 1500", a Polish
by-commenting-you-accept-the-terms note "Komentując, akceptujesz regulamin i politykę prywatności serwisu." and a
Russian comment hidden for a low rating with a show link "Комментарий скрыт из-за низкого рейтинга. Показать"); share
rows (an English send-this-story row with WhatsApp, Telegram, Nextdoor and SMS "Send this story: WhatsApp · Telegram ·
Nextdoor · SMS", a German pass-it-on row with Facebook, WhatsApp, Pinterest and print "Weitersagen: Facebook · WhatsApp
· Pinterest · Drucken" and a Russian slang share row with VK, Odnoklassniki, Telegram and copy link "Расшарить:
ВКонтакте · Одноклассники · Telegram · Скопировать ссылку"); and notices (a French timed update note "Mise à jour à 17 h
40 : ajout de la réaction du maire." and an Italian audio-version note "Questo articolo è disponibile anche in versione
audio: ascoltalo nel player qui sotto.", both in the body, and a Polish archive-material note "Materiał archiwalny –
artykuł opublikowano po raz pierwszy w 2019 roku." at the foot); and toward whole scraped news and hobby-blog pages in
layouts set 166's docstring does not describe (on the six portal pages, in nine blocks, the section menu and the
masthead in one block of two at the very top, the menu first; the title alone in its block; the reading time, the
byline, the published line and a share row in one block of four under it; the first and second paragraphs in one block
with the lead photo's caption and its credit between them; a read-also link at the top of the quote paragraph's block,
right before the quote; the subheading and the three rows with an ad label and a sponsored headline between the second
and third rows; a newsletter or Telegram prompt at the top of the last paragraphs' block, right before the two last
paragraphs; at the foot two blocks, five lines of a comment thread (a comment count, a comment, a second reader's
arrowed reply, a third reader's comment and the first commenter's arrowed reply to it) and then a tags line, a links row
and the publisher's copyright line in one block of three; on the six blog pages, in eleven blocks, the blog name, its
tagline and the menu in one block of three, the menu last; the title alone in its block; the posted-on-date-by-author
line and the reading time in one block of two; the first, second and quote paragraphs in one block with nothing between
them; two photo captions alone in a block of two between the quote paragraph and the subheading; the subheading and the
three rows with an affiliate link between the subheading and the first row; the two last paragraphs in one block with an
ad label between them; the author's sign-off, a plug for the author's shop and a share row in one block of three; a
related-posts box (its heading and two links) alone in a block of three; at the foot two blocks, four lines (a comments
count, a comment, another reader's arrowed reply to it and the author's arrowed reply after that) and then a platform or
theme credit alone), taken from local news of fresh kinds (a village's defibrillator installed in an old phone box, a
town's swimming club's minibus replaced, a church roof's lead stolen and replaced, a harbour's tide gauge restored, a
park's paddling pool reopened, a market's fish stall closed after sixty years) and from blogs about building a bee
hotel, making lip balm, learning to whittle, restoring a rocking chair, repairing a sewing basket and growing tomatoes
in straw bales.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 166 but what is named here), held-out set 168 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (one listing slip: see
Slips and notes (1)). Read were: the docstring of held-out set 166 up to its paragraph "Measured after round 113", its
imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 163, 164
and 165, printed with one ast script (/tmp/s167scratch/peek.py, reading the files of /tmp/wt-set167/tests, the set's
worktree at the brief's commit; see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py
(in full, with ``cat``, in /tmp/wt-set167); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s167scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 166's as printed, with 166 -> 167;
/tmp/s167scratch/gen167.py writes this file from scratch files (data167.py with the noise and keep lines, pages167.py
with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the measurement, doc3.txt and tables167.py).
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s167, detached at commit bb9e925ef787e5d1eda8d5c3159c3e727517f2e4, the commit the brief named) and every failing
case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 04:20:06 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
bb9e925ef787e5d1eda8d5c3159c3e727517f2e4 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. A slip: in the same
set-up call I ran ``ls /tmp/wt-set167/tests/test_clean_held_out_16*.py`` to see whether set 166's file was in the
worktree, which listed eight file names of the tests/ folder (sets 16 and 160 to 166); nothing in those files was read
by it, and no other listing or grep of the folder was run. helpers.py imported from /work/main/tests and /work/main/src
as the brief allows, which loads the cleaner's modules, but nothing was cleaned and no source under src/ was printed.
(2) peek.py's first run printed to the terminal, whose output the tool cut in the middle (from inside set 166's Slips
and notes (3) to inside set 164's first paragraph); its second run went to /tmp/s167scratch/peek.out, of which I paged
lines 128 to 500 with ``sed``, in three calls; nothing outside the allowed parts was printed, since the script stops set
166's docstring before the paragraph "Measured after round 113" and prints only the first paragraphs of the other three.
(3) Near misses with shapes already named, noted rather than hidden: the English Sketchfab, Mixcloud and Buzzsprout
lines, the French Calaméo line, the German Dailymotion line, the Italian ArcGIS line, the Polish Canva line and the
Russian Rutube line are could-not-show or unavailable placeholders like many named ones (set 166's Podbean and Dzen
lines, set 165's Twitch and Bandcamp lines), for services not named there and with new reasons (WebGL switched off,
licensing by country, a podcast that left its host, set to private by the uploader, an overloaded service, the browser's
private mode, region); the French Calaméo line's pointer to its host echoes set 166's Dzen line and set 163's Tableau
Public line; the Mixcloud and Rutube reasons are close in kind to each other (by country, by region) and the Dailymotion
reason to set 165's Strava route made private; the reading times are new phrasings of the same minutes-to-read idea as
every earlier one (the English word-count line and the header with a word count add the words; the Polish line shares
"Czas" with no named line, the Russian line "Читать" with none); the French text-and-photos byline is close to set 166's
and set 165's Polish text-and-photos bylines (here the photos are the newsroom's), the Italian report-by byline to set
164's German a-report-by byline, and the Russian text-prepared-by byline to set 164's and set 163's Russian author
bylines; the English Gumroad and YouTube lines, the German Palundu line and the Polish Allegro Lokalnie line are plugs
of the sell-it or follow-me kind of the named plugs, on platforms not named there; the agency credit, the Ghost credit,
the German Jimdo row and the Russian Tilda credit are credits or links rows like many named footers, and the IPSO line,
the French publication-director line, the Italian VAT-number row and the Polish no-copying line are legal lines of the
kind of set 166's VAT-and-ICO line and set 165's responsible-for-content line, with new legal content; the English
hidden-comment stub is of the kind of set 163's German comment-shortened stub, the English guest note and the French
awaiting-moderation message of the kind of moderation notes (set 166's guidelines note, set 161's moderated note), the
English edited-report-permalink row is an action row under a comment like set 166's reply-likes-age row and set 164's
Italian reply-report-like row, the German count-and-netiquette row is close to set 165's comment count with a sign-in
prompt, the Italian write-your-comment row is a comment form's furniture, the Polish by-commenting note is a terms note
of a kind not named there, and the Russian hidden-for-low-rating line is close to the English hidden stub in another
language; the share rows use verbs and services not named together; the French timed update note, the Italian
audio-version note and the Polish archive note are notices of kinds not named there (the French note is close in kind to
set 164's Italian errata-corrige note). On the pages, the noise is of common kinds (menus, mastheads, reading times,
bylines, published lines, share rows, captions and credits, read-also links, ad labels, sponsored headlines, newsletter
and Telegram prompts, comment threads, tags lines, links rows, copyright lines, blog names and taglines, posted-on
lines, affiliate links, sign-offs, plugs, related-posts boxes and platform credits), since the brief asks for new
layouts there; some positions echo earlier layouts (the portals' menu and masthead at the very top, as in sets 163 to
166; the blogs' name, tagline and menu in one block of three, as in set 163's blogs with the menu moved last; the first
three blog paragraphs in one block, as in set 166's blogs but with nothing after them; the platform credit alone at the
blogs' foot, as in set 165; the comment count, a comment and replies in one block, as on every page of the earlier sets,
with the thread's shape varied), while what is new is where the rest sits (on the portals the title alone, the reading
time, byline, published line and share row together under it, the caption and credit between the first two paragraphs,
the read-also link right before the quote, the ad label and sponsored headline between the second and third list rows,
the newsletter prompt at the top of the last paragraphs' block and the tags line with the links row and copyright line
at the very foot; on the blogs the title alone, the two captions together between the quote and the subheading, the
affiliate link under the subheading, the ad label between the last paragraphs, the sign-off with a plug and a share row,
and a related-posts box). (4) Before the measurement /tmp/s167scratch/check.py checked, case-insensitively, that no
noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and
that no line holds an at-sign, and counted the lines; its first run found one thing: the German portal's ad label
"Anzeige" sat inside the held-out German plug (then "über Kleinanzeigen"; the platform became Palundu); its second run
found nothing. While writing, before any check, I had also kept ad labels apart from other lines: the English portal's
"Advertisement" would have sat inside a blog's "Advertisements" label (the blog's became "Report this ad"), the French
portal's "Publicité" inside its links row (the row's link became "Annonceurs"), the German portal's "Anzeige" inside a
menu entry "Traueranzeigen" (it became "Trauer"), the German blog's "Werbung" inside a German keep line (that line
became "Werbeplakate ..."), the Polish portal's "Reklama" inside a blog label "Reklama Google" (it became "Treść
sponsorowana"), the Russian portal's "Реклама" inside its links row and a blog label (they became "Рекламодателям" and
"Рекламный блок"), and the portals' mastheads out of their copyright lines and credits. After the first draft of the
pages I saw that the portals' two last paragraphs (each at the top of its block with a newsletter prompt or a tags line
after it) and the blogs' comment thread (a comment, the author's reply and a second comment unanswered) repeated layouts
of set 163's portals and set 166's blogs; before any measurement I moved the newsletter prompt to the top of one
last-paragraphs block and the tags line to the foot, and made the blogs' threads a comment with another reader's reply
and the author's reply. Lines and data were counted by scripts (45 noise lines: category, language and place as in
Contents; 20 keep lines by language and place; 12 pages, the portals of nine blocks and the blogs of eleven, with 10 "+"
and 20 "-" lines each). /tmp/s167scratch/marks.out printed all 360 page lines with their block numbers and marks, and I
read them one by one (and again the changed blocks after the layout change): "+" stands only on the titles, the
paragraphs, the subheadings and the list rows, "-" on everything else; no mark was swapped. gen167.py reports lines over
120 characters and at-signs in the written file, checks that every held-out noise line and keep line is quoted in the
docstring and checks, by parsing the file with ``ast`` (without importing it), that the file's lists, pages and tables
equal the scratch ones. (5) Invented names were checked with the exact-string search over public GitHub files:
Grubbenshaw, Dimbleswade, Sprockwhistle, Marjorie_from_the_Green, Gooseberryfool_Sue, Hilda_Courier (a handle later
dropped), Mason Bee Muddle, Gwen_in_the_garden, Tobias_Larch, Gravouillac (for Saint-Gravouillac and the Éditions
Gravouillacaises), Lamberquet, Brouquignol, Mamie_nageuse, Papa_du_bassin, Baumelune, Anaïs_des_ruches, Lili_Lavande,
Kroppenheide (for the town, its Bote and its Verlagshaus), Fründenkamp, Grünsträter, Hollmüsel, Anwohnerin_Edda,
Turmdohle_Rainer, Schnitzbock am Sonntag, Lindenholz_Kai, Frieda_schnitzt, Portomarzello, Sbrizzolati, Sgarzanelli,
Marzellesi, Lupo_di_molo, Nonna_Pescatora, Dondolo e Carteggio, Falegname_Ugo, Brzozolesi (for Brzozolesie and its
forms), Brzozolesk, Wróbelczyk, Ostrężnicki, Mama_Ziutka, Emeryt_z_Parkowej, Koszyk Pełen Nici, Szydełkowa_Ola,
Щукоборск (for the town and its paper), Щукоборская, Плотвичкин, Пескарюкова, Карасюхин, Рыбачка_Зоя, Покупатель_Гена,
Соломенная грядка, Дачница_Валя, Thimbleford, Fernickleby, Pechardouille, Frattazzoli, Лопуховецкая, Berthouillard and
Pobblewick (and Pobblewick Creative) had no hits. Dropped: Wrackleford (a place in data and a pronunciation list; the
village became Dimbleswade), Oxtrap (inside identifiers such as BoxTrap; the councillor became Neville Sprockwhistle,
after Crumblehorn, an item in a game mod, was dropped too), Bramblejam (a name in word lists; the handle became
Gooseberryfool_Sue), Hedgeveg (a real site; the handle was not used), Brunissard (a real village; the mayor became
Octave Brouquignol), Cirette (a real surname; the blog became Carnet de Baumelune, after Baumette, a real place name,
was dropped too), Bragagnoli (real people; the chairman became Ottorino Sgarzanelli), Pokrzywnicki (real people; the
mayor became Zdzisław Ostrężnicki), Окунькова (real people; the stallholder became Серафима Плотвичкина), Kirchturmfalke
(a word list; the handle became Turmdohle_Rainer), Пескарёва (a street; the reporter became Лукерья Пескарюкова),
Quillpatch (identifiers; the reporter became Oswin Fernickleby), Castagnolle (a fish; the byline became Ambroisine
Pechardouille), Чертополохова (real people; the byline became Евдокия Лопуховецкая), Snodbury and Bindleworth (names in
game data and name lists; the agency became Pobblewick Creative). First names alone (Rosalind, Solène, Jonas, Vasco,
Basia, Лукерья and the like), handles of a first name and an initial (Pete_D, Loïc_G, Heiner_K, Marco_R, Sandra_B,
Tomasz_B, Krysia_K, Ирина_С, Сергей_П), initialled names (Luca M., H. Wróbelczyk, Л. Пескарюкова), real brands,
services, platforms, hosts and themes (BT, Etsy, WordPress.com, Canalblog, Blogger, Astra, Subito.it, Allegro, Ozon,
Gumroad, YouTube, Palundu, Allegro Lokalnie, Ghost, Casper, Jimdo, Tilda, IPSO and the embed services) and real places
(Kalisz, Vienna in "paglia di Vienna") were not checked. (6) The measurement was run once, at 04:26:30 UTC by ``date``,
in one shell call with the brief's two commands (pytest output to /tmp/s167scratch/measure.out, report to
/tmp/s167scratch/report.out); then /tmp/s167scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s167/tests with /tmp/wt-s167/src on the path) to /tmp/s167scratch/problems.out: fifteen
noise lines kept, six pages with problems (22 page noise lines left, all of them kept in the text), no keep line lost
and no article line lost, as in the Baseline paragraph. The reasons of the three tables (tables167.py) were written from
that output, and /tmp/s167scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same
result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no
keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line the output
names is quoted in its page's reason, that no other noise line of the page is, and that each reason's count and its
no-article-line-lost clause match; nothing else was changed: gen167.py wrote the final file from the same data files,
checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s167. (7) ``date`` printed
04:21:33 UTC before the first name checks, 04:26:30 at the measurement and 04:27:11 after the tables were checked; the
times quoted here are those ``date`` printed. The whole set was written, measured and committed within the brief's 50
minutes, from 04:20:06 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comments from the parish council were read out before the vote on the defibrillator.",
"Advertising the minibus in the club newsletter brought in three offers within a week.", "Copyright on the old harbour
photographs belongs to the museum, which lent them for the display.", "Reading the tide gauge by hand was a daily job
for the harbour master until 1974.", "Follow-up checks on the paddling pool's pumps are planned for August, the council
said.", "Subscribers to the fish stall's Christmas order list will be offered a refund.", "Shared between two parishes,
the church relies on volunteers to check its roof after every storm.", "Abonnés depuis trente ans à la poissonnerie, des
clients sont venus dire au revoir samedi.", "Commentant la réouverture, l'adjointe a salué le travail des agents
municipaux.", "Partager le minibus avec le club de rugby a été envisagé, puis abandonné.", "Teilen wollen sich die
beiden Vereine künftig auch den Bootsanhänger.", "Werbeplakate für den neuen Defibrillator hängte der Ortsbeirat an jede
Bushaltestelle.", "Lesen konnten die Kinder die Regeln für das Planschbecken auf einer neuen Tafel.", "Seguire i lavori
sul tetto della chiesa è stato possibile grazie a una webcam.", "Abbonamenti al nuovo servizio di minibus saranno
venduti in segreteria.", "Condividere le foto del mareografo restaurato è stato un modo per coinvolgere la scuola.",
"Obserwując prace przy brodziku, rodzice pytali o termin otwarcia.", "Prawa autorskie do zdjęć starego mareografu
przekazała rodzina zmarłego latarnika.", "Комментируя кражу свинца с крыши, настоятель попросил прихожан о помощи." and
"Подписка на доставку рыбы с рынка закончилась вместе с закрытием прилавка." are article sentences: each reports what a
parish council, a club, a museum, a harbour master, a council, a fish stall's customers, two parishes, long-standing
customers, a deputy mayor, a swimming club, two clubs, a village council, children, a parish, a minibus service, a
school, parents, a family, a priest or a market did, decided or will do, with the noise-like word as an ordinary noun,
verb, participle or adjective of the sentence ("Comments from the parish council" were read out at a meeting, not a
comment count; "Advertising the minibus" is how a club sold it, not an ad label; "Copyright on the old harbour
photographs" is who owns them, not a copyright line; "Reading the tide gauge" is a harbour master's old job, not a
reading time; "Follow-up checks" are planned for a pool, not a follow prompt; "Subscribers to the fish stall's Christmas
order list" are customers, not a subscribe prompt; "Shared between two parishes" is how a church is run, not a share
row; the French "Abonnés", "Commentant" and "Partager", the German "Teilen", "Werbeplakate" and "Lesen", the Italian
"Seguire", "Abbonamenti" and "Condividere", the Polish "Obserwując" and "Prawa autorskie" and the Russian "Комментируя"
and "Подписка" are customers of thirty years, a deputy mayor commenting on a reopening, sharing a minibus with a rugby
club, two clubs sharing a boat trailer, posters for a defibrillator, children reading the rules of a paddling pool,
following roof works on a webcam, season tickets for a minibus, sharing photos of a tide gauge with a school, parents
watching works, the copyright of old photographs handed over by a family, a priest commenting on a theft and a
fish-delivery subscription that ended with the stall; none of them is comment, share, follow, subscribe, ad,
copyright-line or reading-time furniture). Categories: the Sketchfab, Mixcloud, Buzzsprout, Calaméo, Dailymotion,
ArcGIS, Canva and Rutube lines are markers (embeds that need WebGL, are blocked by country or region, were removed,
could not be shown, were made private, could not load from an overloaded service, or do not show in private mode; the
French line's pointer to calameo.com belongs to the placeholder, not to a read-also link); the six-minute-read header,
the word-count line (its thirteen minutes are a reading time, though it opens with a word count) and the French, German,
Italian, Polish and Russian lines are reading times; the words-by, texte-et-photos, servizio-di and текст-подготовила
lines are bylines at the head (the French line's photo credit to the newsroom is part of the byline, not a caption's
credit), and the Gumroad, YouTube, Palundu and Allegro Lokalnie lines are bylines (self-promotion) at the foot (the
YouTube line asks the reader to visit the author's channel, so it is a plug, not a subscribe or follow row; the Polish
line sells the author's chairs, a plug, not an ad label); the agency credit, Ghost credit, IPSO line, French
publication-director line, German Jimdo row, Italian VAT-number row, Polish no-copying line and Russian Tilda credit are
footers (the IPSO and Polish lines are a site's standing legal foot, not notices about one story; the Jimdo and Italian
rows' cookie links belong to the footer, not to a cookie notice); the hidden-comment stub, guest note,
edited-report-permalink row, French awaiting-moderation message, German count-and-netiquette row, Italian
write-your-comment row, Polish by-commenting note and Russian hidden-for-low-rating line are comment furniture (the
English row's Report link belongs to a comment, not to a report-an-error notice; the Polish note speaks of terms and
privacy but only to commenters, so it is comment furniture, not a footer); the English, German and Russian rows are
share rows (the German row's print link sits among share targets); the French update note and the Italian audio-version
note are notices in the body (both speak of the article they sit in; the Italian line points to a player but is the
newsroom's note, not an embed's placeholder), and the Polish archive note is a notice at the foot (a standing note that
the story is old, neither a published line nor a footer). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (section menus, mastheads, reading times, bylines, published lines, share rows, captions and credits,
read-also links, ad labels, sponsored headlines, newsletter and Telegram prompts, comment counts, comments and replies,
tags lines, links rows, copyright lines, blog names, taglines and menus, posted-on lines, affiliate links, sign-offs,
plugs, related-posts boxes and platform credits) is noise. The list rows (how to use the defibrillator, what changes for
the swimming club, how the church roof work goes on, what changes at the harbour, the paddling pool's rules, what comes
after the fish stall, what the bee-hotel builder, the lip-balm maker, the whittler, the chair restorer, the basket
mender and the tomato grower learned) are short but part of each article, so article; the related-posts links ("Making a
hedgehog house from a wine box" and the like) read like headlines but are links to other posts, so noise; the read-also
links and sponsored headlines are links to other pages, so noise; the captions describe photos, so noise, though they
speak of the story's subject (the Russian caption names the stallholder the article quotes); the affiliate lines name
the tool the author used but are shop links, so noise; the blogs' plugs ("If you'd like a printed copy of my plan, it's
in my little Etsy shop." and the like) sit after the sign-off and sell the author's work, so noise; the comment replies
quote or answer the article but are readers' or the author's comments, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-dimbleswade-defibrillator (a defibrillator fitted in a village green's disused red telephone box),
en-blog-masonbeemuddle-bee-hotel (a bee hotel built from larch offcuts and bamboo canes), fr-portail-gravouillac-minibus
(a town swimming club's broken-down minibus replaced), fr-blog-carnetdebaumelune-baume (a first beeswax lip balm),
de-portal-kroppenheide-kirchendach (a church roof repaired after its lead was stolen),
de-blog-schnitzbockamsonntag-loeffel (learning to whittle, a first spoon of lime wood),
it-portale-portomarzello-mareografo (a harbour's old tide gauge restored and working again),
it-blog-dondoloecarteggio-sedia (a grandmother's rocking chair restored), pl-portal-brzozolesie-brodzik (a town park's
paddling pool reopened after two years), pl-blog-koszykpelennici-koszyk (a grandmother's wicker sewing basket repaired),
ru-portal-shchukoborsk-rybnyi-prilavok (a market's fish stall closed after sixty years) and
ru-blog-solomennayagryadka-tomaty (tomatoes grown in straw bales), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit bb9e925ef787e5d1eda8d5c3159c3e727517f2e4, measured with ``cd /tmp/wt-s167 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s167/src python -m pytest -q tests/test_clean_held_out_167.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s167 && PYTHONPATH=/tmp/wt-s167/src python
scripts/clean_held_out_report.py --sets 167``, with the xfail tables empty): noise lines removed 30/45 (marker 2/8,
reading-time 4/7, byline 5/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 15 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six markers in the body (the English Sketchfab, Mixcloud and Buzzsprout, German
Dailymotion, Italian ArcGIS and Polish Canva placeholders), three reading times at the head (the English six-minute-read
header with its word count, the English blog's word-count line and the Polish time-needed-to-read line), three plugs at
the foot (the English YouTube, German Palundu and Polish Allegro Lokalnie plugs), two comment lines at the foot (the
English commenting-as-a-guest note and the Polish by-commenting note) and one notice in the body (the Italian
audio-version note); the French Calaméo and Russian Rutube markers, the French, German, Italian and Russian reading
times, all four head bylines, the English Gumroad plug, all eight footers, the other six comment lines, every share row
and the French update and Polish archive notices went); keep lines kept 20/20; pages 6/12 clean (all six portals), 22 of
240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on each of the six blogs the two photo
captions alone in their block between the quote paragraph and the subheading (12), on the English, Italian, Polish and
Russian blogs besides them the author's sign-off and shop plug above the share row after the last paragraphs (8), on the
English blog the affiliate link between the subheading and the first row (1) and on the French blog the ad label between
the two last paragraphs (1) (English blog 5, French blog 3, German blog 2, Italian, Polish and Russian blogs 4 each).
Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s167 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 114 (developed on sets 165 and 166 beside this set's writing from the same base, bb9e925, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 651b7b1
and merged with the lead's mend after round 113): nothing moved. Round 114's reading of a blog's head as a whole (name
and tagline over the title over the posted-on line) and of the writer's possessive sign-off took none of the lines this
set still keeps, and no page line, keep line or article line changed; the xfail tables stand as measured.

Round 115 (development; this set was read in full from this round on): developed on sets 167 and 168 from cda2194.
Fixed, by mechanism: (1) an embed placeholder read by its shape, one more alternative of whole_line_noise's "video
embed" patterns: a platform named (_EMBED_NAMED: _EMBED_PLATFORM, or a name in capitals beside an embedded-object noun
of _EMBED_OBJECT, "Buzzsprout episode player", "Prezentacja Canva", "Odtwarzacz Audioteki", "Calameo-Dokument") and the
reader's screen's state (_EMBED_PLACEHOLDER_STATE: needs WebGL or a newer browser, switched off in the browser or its
private mode, kept from the reader's country, removed from its host or set private by its uploader, too large for small
screens, left out of the text-only version, the service overloaded), no verb of saying; the five older wording lists
(_EMBED_THING_STATE, _EMBED_SCREEN_STATE, _EMBED_GONE, _EMBED_DELETED, _EMBED_KIND_FAILS) were not yet folded into it
(not done in the round's time; they still take what they took). (2) The subscribe prompt after a question about liking
the blog or the post ("newsletter prompt"). (3) The writer's sign-off with the writer's plug right under it read as one
post-end block (page_blocks.mark_writers_sign_off, _is_writers_plug, _WRITERS_FIRST_PERSON, _PLUG_ON_PLATFORM). (4) The
German portal's sponsored headline: explain_noise showed "Gesponserter Inhalt" taken as an advertisement by line_reason
but not read as an ad slot's label by clean._mark_boxed_lines (AD_WORD's "sponsor" only at a word's start), so the
headline under it stayed; clean._AD_SLOT_LABEL now has "Gesponsert(er Inhalt/Beitrag)" and "Спонсорский материал".
(5) The comment form's notes (no comments yet and start the conversation, commenting as a guest, moderation enabled,
the characters left in the box) in the comment patterns, and the writer selling or listing in the first person on a
platform named in capitals (clean._MY_PLATFORM_PAGE, _SALE_CUE: "verkaufe ich über Palundu", "wystawiam na Allegro
Lokalnie", "Vendo i miei amigurumi su Depop"). Other sets' xfails removed (XPASS): set 133 (Delcampe plug), 135
(Flourish map that needs a newer browser), 137 (no comments yet), 146 (Kleinanzeigen plug), 154 (Vinted plug). All
sets' totals (scripts/clean_held_out_report.py) before -> after: noise lines removed 6521 -> 6543 of 7231, article lines
kept 3207 -> 3207 of 3207, pages clean 1134 -> 1139 of 1894, page noise lines left 1631 -> 1619, paragraphs lost 2 -> 2
(no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723. Bench ratio:
1.06 (benchmarks/bench_clean.py against cda2194; cpu best 2.576 s vs 2.424 s).
This set before -> after: noise lines removed 30/45 -> 39/45 (marker 2/8 -> 8/8, reading-time 4/7
-> 4/7, byline 5/8 -> 7/8, footer 8/8, comments 6/8 -> 7/8, share 3/3, notice 2/3), keep lines 20/20 -> 20/20, pages
clean 6/12 -> 6/12, page noise lines left 22 -> 16 of 240, paragraphs lost 0 -> 0. Reasons reworded: the Italian,
Polish and Russian blogs now keep only their two photo captions (the sign-off and the plug go). Still missed: the two
English reading times and the Polish one, the English YouTube-channel plug, the Polish terms-of-comment note, the Italian
audio-version note, and the six blogs' uncredited photo captions (left on purpose), the English sign-off and Etsy plug
and affiliate link, the French ad label.
Cleaning test set (tests/test_clean.py, test_clean_held_out_*, test_site_batches, test_site_lines, test_noise_trace,
test_clean_pages): 21107 passed, 1473 xfailed, 27 failed, the 27 the strict xfails removed here (XPASS), then the seven
set files again 438 passed, 101 xfailed: 21134 passed, 1473 xfailed in all.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_167_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Sketchfab 3D model needs WebGL, which is switched off in your browser.', 'marker'),
    ('body', 'Mixcloud show unavailable in your country due to licensing restrictions.', 'marker'),
    ('body',
     'The Buzzsprout episode player has been removed: this podcast is no longer hosted on Buzzsprout.', 'marker'),
    ('body', "Le document Calaméo n'a pas pu être affiché. Consultez-le sur calameo.com.", 'marker'),
    ('body', 'Dailymotion-Video: Dieses Video wurde vom Uploader auf privat gestellt.', 'marker'),
    ('body', 'Mappa ArcGIS non caricata: il servizio è momentaneamente sovraccarico, riprova più tardi.', 'marker'),
    ('body', 'Prezentacja Canva nie wyświetla się w trybie prywatnym przeglądarki.', 'marker'),
    ('body', 'Видео с Rutube недоступно для просмотра в вашем регионе.', 'marker'),
    ('head', '6-minute read (1,280 words)', 'reading-time'),
    ('head', 'Word count: 2,900 – about thirteen minutes if you stop to look at the photos.', 'reading-time'),
    ('head', '6 minutes pour lire cet article', 'reading-time'),
    ('head', 'Geschätzte Lesedauer: 6 Min.', 'reading-time'),
    ('head', 'Leggerai questo articolo in 6 minuti', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: 6 min', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Words by Cressida Thimbleford, with additional reporting by Oswin Fernickleby', 'byline'),
    ('head', 'Texte : Ambroisine Pechardouille · Photos : la rédaction', 'byline'),
    ('head', 'Servizio di Ermenegilda Frattazzoli', 'byline'),
    ('head', 'Текст подготовила Евдокия Лопуховецкая', 'byline'),
    ('tail', 'Printable plans for this bee hotel are in my Gumroad shop – pay what you like.', 'byline'),
    ('tail', 'New whittling videos go up every Thursday on my YouTube channel, so pop over and say hello.', 'byline'),
    ('tail', 'Selbstgerührte Lippenpflege verkaufe ich über Palundu, Versand als Warensendung.', 'byline'),
    ('tail', 'Odnowione krzesła bujane wystawiam na Allegro Lokalnie, odbiór osobisty w Kaliszu.', 'byline'),
    ('tail', 'Website by Pobblewick Creative · Accessibility · Modern Slavery Statement', 'footer'),
    ('tail', 'Published with Ghost · Theme: Casper · RSS', 'footer'),
    ('tail', 'This newspaper is regulated by IPSO, the Independent Press Standards Organisation.', 'footer'),
    ('tail', 'Directeur de la publication : Anatole Berthouillard · ISSN 2491-7745', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Datenschutz · Cookie-Richtlinien · Sitemap', 'footer'),
    ('tail', 'P.IVA 02841730398 · Tutti i diritti riservati · Cookie policy', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione.', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'This comment has been hidden because it received too many reports.', 'comments'),
    ('tail', 'You are commenting as a guest. Your comment will appear once a moderator approves it.', 'comments'),
    ('tail', 'Edited · Report · Permalink', 'comments'),
    ('tail', 'Votre commentaire est en attente de modération.', 'comments'),
    ('tail', 'Leserkommentare (14) · Netiquette lesen', 'comments'),
    ('tail', 'Scrivi il tuo commento · Caratteri rimanenti: 1500', 'comments'),
    ('tail', 'Komentując, akceptujesz regulamin i politykę prywatności serwisu.', 'comments'),
    ('tail', 'Комментарий скрыт из-за низкого рейтинга. Показать', 'comments'),
    ('tail', 'Send this story: WhatsApp · Telegram · Nextdoor · SMS', 'share'),
    ('tail', 'Weitersagen: Facebook · WhatsApp · Pinterest · Drucken', 'share'),
    ('tail', 'Расшарить: ВКонтакте · Одноклассники · Telegram · Скопировать ссылку', 'share'),
    ('body', 'Mise à jour à 17 h 40 : ajout de la réaction du maire.', 'notice'),
    ('body', 'Questo articolo è disponibile anche in versione audio: ascoltalo nel player qui sotto.', 'notice'),
    ('tail', 'Materiał archiwalny – artykuł opublikowano po raz pierwszy w 2019 roku.', 'notice'),
]
HELD_OUT_167_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the parish council were read out before the vote on the defibrillator.'),
    ('head', 'Advertising the minibus in the club newsletter brought in three offers within a week.'),
    ('body', 'Copyright on the old harbour photographs belongs to the museum, which lent them for the display.'),
    ('body', 'Reading the tide gauge by hand was a daily job for the harbour master until 1974.'),
    ('tail', "Follow-up checks on the paddling pool's pumps are planned for August, the council said."),
    ('tail', "Subscribers to the fish stall's Christmas order list will be offered a refund."),
    ('tail', 'Shared between two parishes, the church relies on volunteers to check its roof after every storm.'),
    ('head', 'Abonnés depuis trente ans à la poissonnerie, des clients sont venus dire au revoir samedi.'),
    ('body', "Commentant la réouverture, l'adjointe a salué le travail des agents municipaux."),
    ('tail', 'Partager le minibus avec le club de rugby a été envisagé, puis abandonné.'),
    ('head', 'Teilen wollen sich die beiden Vereine künftig auch den Bootsanhänger.'),
    ('body', 'Werbeplakate für den neuen Defibrillator hängte der Ortsbeirat an jede Bushaltestelle.'),
    ('tail', 'Lesen konnten die Kinder die Regeln für das Planschbecken auf einer neuen Tafel.'),
    ('head', 'Seguire i lavori sul tetto della chiesa è stato possibile grazie a una webcam.'),
    ('body', 'Abbonamenti al nuovo servizio di minibus saranno venduti in segreteria.'),
    ('tail', 'Condividere le foto del mareografo restaurato è stato un modo per coinvolgere la scuola.'),
    ('head', 'Obserwując prace przy brodziku, rodzice pytali o termin otwarcia.'),
    ('tail', 'Prawa autorskie do zdjęć starego mareografu przekazała rodzina zmarłego latarnika.'),
    ('head', 'Комментируя кражу свинца с крыши, настоятель попросил прихожан о помощи.'),
    ('tail', 'Подписка на доставку рыбы с рынка закончилась вместе с закрытием прилавка.'),
]
HELD_OUT_167_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-dimbleswade-defibrillator', [
        ["-News  Sport  What's On  Property  Jobs  Announcements",
         '-Dimbleswade & District Courier'],
        ["+Old phone box on the green becomes village's first defibrillator station"],
        ['-3 min read',
         '-By Hilda Grubbenshaw, Community Reporter',
         '-Published 14:05, 9 November 2026',
         '-Share: Facebook · X · WhatsApp · Email'],
        ["+A defibrillator has been fitted inside the disused red telephone box on Dimbleswade's village green, "
         'after two years of fundraising by residents.',
         '-Parish councillor Neville Sprockwhistle with the new cabinet.',
         '-Picture: Courier staff',
         '+The box, which stopped taking calls in 2011, was bought from BT for one pound and repainted by pupils '
         'from the primary school.'],
        ['-Read more: Bus shelter on Mill Lane to be replaced next spring',
         '+"If it saves one life, every cake sale was worth it," said Mr Sprockwhistle, who led the appeal.'],
        ['+How to use it',
         '+Call 999 and the operator will give you the code to the cabinet.',
         '+Open the box and follow the spoken instructions.',
         '-Advertisement',
         '-Sponsored: Compare funeral plans from trusted UK providers',
         '+Keep going until the ambulance crew arrive.'],
        ["-Get the Courier's free morning briefing straight to your inbox – sign up now",
         '+Training sessions for residents will be held in the village hall on the first Saturday of each month.',
         "+The parish council has agreed to pay for the unit's battery and pads to be checked every year."],
        ['-6 comments',
         '-Marjorie_from_the_Green: Brilliant effort by everyone involved.',
         '-↳ Pete_D: Agreed, my dad needed one last year.',
         '-Gooseberryfool_Sue: Is there a light inside for night time?',
         '-↳ Marjorie_from_the_Green: Yes, it comes on when the door opens.'],
        ['-Tags: Dimbleswade, Health, Parish council',
         '-About us · Contact · Advertise · Privacy notice',
         '-© 2026 Dimbleswade Courier Media Ltd'],
    ]),
    _page('en', 'en-blog-masonbeemuddle-bee-hotel', [
        ['-Mason Bee Muddle',
         '-Small wild things in a small back garden',
         '-Home · About · Garden diary · Contact'],
        ['+Building a bee hotel from offcuts and bamboo canes'],
        ['-Posted on 3 April 2026 by Rosalind',
         '-Reading time: 7 minutes'],
        ['+I had a pile of larch offcuts left over from the new shed and a bundle of old bamboo canes that had '
         'been in the garage for years.',
         '+Solitary bees, mostly red mason bees in my part of the world, lay their eggs in narrow tubes and seal '
         'each cell with mud.',
         '+As the lady at the garden centre put it, "they\'re the gentlest lodgers you\'ll ever have", and she was '
         'right.'],
        ['-The frame screwed together, before the roof went on.',
         '-Canes cut to length and sanded at the ends.'],
        ['+What I learned',
         '-I used this Japanese pull saw (affiliate link) for the canes',
         '+Cut the canes just behind a node so each tube has a closed end.',
         '+Face the hotel south-east, about a metre off the ground.',
         '+Put it up by late March, before the first bees emerge.'],
        ['+Three weeks later the first tubes were capped with mud, which felt like a small triumph.',
         '-Report this ad',
         "+Next winter I'll take the tubes out and store the cocoons in a cool shed to keep them safe from birds."],
        ['-Happy building, Rosalind x',
         "-If you'd like a printed copy of my plan, it's in my little Etsy shop.",
         '-Share this: Facebook · Pinterest · Email'],
        ['-Related posts',
         '-Making a hedgehog house from a wine box',
         '-Sowing a mini wildflower meadow'],
        ['-3 comments',
         '-Gwen_in_the_garden: Mine has been full of bees since April, such a joy.',
         '-↳ Tobias_Larch: Same here, did you treat the wood with anything?',
         '-↳ Rosalind: Lovely to hear, Gwen! And no, Tobias, the larch is left bare.'],
        ['-Blog at WordPress.com.'],
    ]),
    _page('fr', 'fr-portail-gravouillac-minibus', [
        ['-Actualités · Sports · Loisirs · Annonces légales · Nécrologie',
         "-L'Écho de Gravouillac"],
        ['+Les Dauphins de Saint-Gravouillac reçoivent enfin un minibus neuf'],
        ['-Lecture 3 min',
         '-Par la rédaction',
         '-Publié le 12/11/2026 à 18h20',
         '-Partager : Facebook · X · WhatsApp'],
        ['+Le club de natation de Saint-Gravouillac a remplacé jeudi son vieux minibus de neuf places, tombé en '
         "panne sur l'autoroute en juin.",
         '-Les nageurs devant le nouveau véhicule, jeudi.',
         "-Photo : L'Écho",
         '+Le nouveau véhicule a coûté 38 000 euros, financés par la commune, la région et une vingtaine de '
         'commerçants.'],
        ["-À lire aussi : Le marché de Noël déménage place de l'Église",
         '+« Nos jeunes pourront de nouveau aller aux compétitions sans que les parents se relaient », se réjouit '
         'la présidente, Sidonie Lamberquet.'],
        ['+Ce qui change pour le club',
         '+Les déplacements aux championnats départementaux sont de nouveau assurés.',
         '+Le minibus sera prêté aux associations de la commune le week-end.',
         '-Publicité',
         '-Contenu sponsorisé : Mutuelle senior, comparez les offres en 2 minutes',
         '+Un planning de réservation sera tenu en mairie.'],
        ["-Recevez l'essentiel de l'actualité locale chaque soir : inscrivez-vous à notre newsletter",
         "+L'ancien minibus sera vendu aux enchères au profit de l'école de natation.",
         '+Le maire, Octave Brouquignol, remettra officiellement les clés le 21 novembre à la piscine municipale.'],
        ['-4 réactions',
         '-Mamie_nageuse : Bravo au club, ils le méritaient !',
         '-↳ Papa_du_bassin : Et merci aux commerçants.',
         "-Loïc_G : Il était temps, l'ancien faisait peur.",
         '-↳ Mamie_nageuse : Pas faux !'],
        ['-Mots-clés : Saint-Gravouillac, natation, sport',
         '-Mentions légales · Contact · Annonceurs',
         '-© 2026 Éditions Gravouillacaises – tous droits réservés'],
    ]),
    _page('fr', 'fr-blog-carnetdebaumelune-baume', [
        ['-Carnet de Baumelune',
         '-Cosmétiques maison, simples et sans chichis',
         '-Accueil · Recettes · À propos · Contact'],
        ["+Mon premier baume à lèvres à la cire d'abeille"],
        ['-Publié le 8 février 2026 par Solène',
         '-Temps de lecture : 5 minutes'],
        ['+Cet hiver, mes lèvres gerçaient au moindre coup de vent, et les sticks du commerce ne duraient jamais '
         'longtemps.',
         "+J'ai donc fait fondre au bain-marie un peu de cire d'abeille, de beurre de karité et d'huile d'amande "
         'douce.',
         "+Comme me l'a dit l'apicultrice du marché : « La cire, c'est un tiers, pas plus, sinon ça tire. »"],
        ['-Les trois ingrédients pesés sur la balance.',
         '-Les petits pots en train de refroidir.'],
        ["+Ce que j'ai retenu",
         '-Mes pots en aluminium viennent de cette boutique (lien affilié)',
         '+Peser au gramme près, la cire change tout.',
         '+Couler le mélange dans des pots tièdes pour éviter les fissures.',
         "+Laisser reposer une nuit avant d'utiliser le baume."],
        ['+Deux semaines plus tard, mes lèvres vont beaucoup mieux et une boîte de pots est déjà partie chez mes '
         'sœurs.',
         '-Contenu publicitaire',
         "+La prochaine fois, j'essaierai une version au miel et à l'huile de calendula."],
        ['-À bientôt, Solène',
         '-Mes baumes sont aussi disponibles sur ma boutique Etsy.',
         '-Partager : Facebook · Pinterest · E-mail'],
        ['-Articles similaires',
         '-Un savon à froid pour débutants',
         '-Ma crème pour les mains au beurre de cacao'],
        ['-3 commentaires',
         '-Anaïs_des_ruches : Superbe recette, je la teste ce week-end.',
         "-↳ Lili_Lavande : Pareil ! On peut remplacer la cire d'abeille par de la candelilla ?",
         '-↳ Solène : Oui, mais il en faut un peu moins. Tenez-moi au courant !'],
        ['-Blog propulsé par Canalblog'],
    ]),
    _page('de', 'de-portal-kroppenheide-kirchendach', [
        ['-Lokales · Sport · Kultur · Service · Trauer',
         '-Kroppenheider Bote'],
        ['+Gestohlenes Blei ersetzt: St.-Marien-Kirche ist wieder dicht'],
        ['-Lesezeit 3 Minuten',
         '-Von Gisela Fründenkamp',
         '-Veröffentlicht am 10.11.2026, 16:45 Uhr',
         '-Teilen: Facebook · WhatsApp · E-Mail'],
        ['+Drei Monate nach dem Diebstahl von rund 400 Kilogramm Blei ist das Dach der St.-Marien-Kirche in '
         'Kroppenheide repariert.',
         '-Dachdecker beim Verlegen der neuen Bahnen.',
         '-Foto: Bote/gfk',
         '+Die Täter hatten das Metall im August in einer Nacht vom Seitenschiff gerissen; Regen drang bis in die '
         'Sakristei.'],
        ['-Auch interessant: Neue Ampel an der Bahnhofstraße geht in Betrieb',
         '+„Wir sind einfach froh, dass es nicht mehr auf die Orgel tropft“, sagte Pfarrer Eberhard Grünsträter.'],
        ['+So geht es weiter',
         '+Statt Blei liegt jetzt eine Abdeckung aus Edelstahl auf dem Dach.',
         '+Eine Alarmanlage meldet künftig Bewegungen auf dem Gerüst.',
         '-Anzeige',
         '-Gesponsert: Jetzt Photovoltaik-Angebote aus Ihrer Region vergleichen',
         '+Die Versicherung übernimmt zwei Drittel der Kosten.'],
        ['-Der Bote-Newsletter: die wichtigsten Nachrichten aus der Region jeden Morgen',
         '+Den Rest hat die Gemeinde mit einem Basar und einer Spendenaktion aufgebracht.',
         '+Kirchenvorsteher Gisbert Hollmüsel lädt am Sonntag zu einem Dankgottesdienst mit anschließendem Kaffee '
         'ein.'],
        ['-5 Kommentare',
         '-Anwohnerin_Edda: Unglaublich, dass so etwas geklaut wird.',
         '-↳ Turmdohle_Rainer: Blei bringt leider gutes Geld.',
         '-Heiner_K: Hoffentlich werden die Täter gefasst.',
         '-↳ Anwohnerin_Edda: Das hoffe ich auch.'],
        ['-Schlagworte: Kroppenheide, Kirche, Polizei',
         '-Impressum · Datenschutz · Kontakt · Mediadaten',
         '-© 2026 Kroppenheider Verlagshaus GmbH'],
    ]),
    _page('de', 'de-blog-schnitzbockamsonntag-loeffel', [
        ['-Schnitzbock am Sonntag',
         '-Holz, Messer und viel Geduld',
         '-Start · Projekte · Werkzeug · Über mich'],
        ['+Schnitzen lernen: mein erster Löffel aus Lindenholz'],
        ['-Gepostet am 15. März 2026 von Jonas',
         '-Lesedauer: 6 Minuten'],
        ['+Nach einem Kurs an der Volkshochschule wollte ich zu Hause weiterschnitzen und habe mir ein Stück '
         'Lindenholz besorgt.',
         '+Linde ist weich, hat kaum Maserung und verzeiht Anfängern viele Fehler, gerade beim Schnitzen quer zur '
         'Faser.',
         '+Mein Kursleiter sagte immer: „Das Messer arbeitet, du führst es nur.“ Daran denke ich bei jedem Schnitt.'],
        ['-Der Rohling nach dem ersten Abend.',
         '-Die Mulde mit dem Hohleisen ausgearbeitet.'],
        ['+Was ich gelernt habe',
         '-Mein Schnitzmesser habe ich hier gekauft (Affiliate-Link)',
         '+Immer vom Körper weg schnitzen und einen Daumenschutz tragen.',
         '+Das Messer nach jeder halben Stunde abziehen.',
         '+Frisches Holz lässt sich viel leichter bearbeiten als trockenes.'],
        ['+Nach vier Abenden war der Löffel fertig, ein wenig schief, aber er liegt gut in der Hand.',
         '-Werbung',
         '+Als Nächstes versuche ich mich an einem Butterstreicher aus Kirschholz.'],
        ['-Gut Holz, euer Jonas',
         '-Fertige Löffel verkaufe ich gelegentlich über meinen Etsy-Shop.',
         '-Teilen auf: Pinterest · Facebook · WhatsApp'],
        ['-Das könnte dich auch interessieren',
         '-Ein Messerschärfer aus Restholz',
         '-Birkenrinde als Griffwicklung'],
        ['-3 Kommentare',
         '-Lindenholz_Kai: Schöner Löffel! Welches Hohleisen nutzt du?',
         '-↳ Frieda_schnitzt: Würde mich auch interessieren.',
         '-↳ Jonas: Ein 12er von einem kleinen Hersteller, ich verlinke es nächste Woche.'],
        ['-Erstellt mit Blogger'],
    ]),
    _page('it', 'it-portale-portomarzello-mareografo', [
        ['-Cronaca · Politica · Sport · Cultura · Annunci',
         '-Il Faro di Portomarzello'],
        ['+Porto, torna a funzionare il vecchio mareografo del molo'],
        ['-Tempo di lettura: 3 minuti',
         '-di Ilaria Sbrizzolati',
         '-Pubblicato il 13 novembre 2026 alle 11:30',
         '-Condividi: Facebook · X · WhatsApp'],
        ['+Il mareografo del molo di levante, fermo dal 1998, ha ripreso a registrare le maree dopo un restauro '
         'durato otto mesi.',
         '-Il mareografo restaurato nella sua casetta sul molo.',
         '-Foto di Luca M.',
         "+I lavori, pagati dalla Capitaneria e da un'associazione di ex marittimi, hanno riguardato il "
         'galleggiante, gli ingranaggi e il pennino.'],
        ['-Leggi anche: Mercato del pesce, nuovi orari da dicembre',
         "+«Per i pescatori anziani era l'orologio del porto: lo guardavano prima di uscire», racconta Ottorino "
         "Sgarzanelli, presidente dell'associazione."],
        ['+Cosa cambia adesso',
         '+I dati saranno pubblicati ogni ora sul sito del Comune.',
         '+Le scuole potranno visitare la casetta su prenotazione.',
         '-Pubblicità',
         '-Contenuto sponsorizzato: Scopri le nuove offerte per la fibra a casa tua',
         '+Un pannello spiegherà ai turisti la storia dello strumento.'],
        ['-Iscriviti alla newsletter del Faro: ogni mattina le notizie della costa',
         '+Il restauro è stato affidato a un orologiaio in pensione, che ha ricostruito a mano due ruote dentate.',
         '+La cerimonia di inaugurazione è prevista per sabato mattina, con la banda cittadina.'],
        ['-5 commenti',
         '-Lupo_di_molo: Finalmente! Me lo ricordo da bambino.',
         '-↳ Nonna_Pescatora: Anche io, bravi tutti.',
         '-Marco_R: E il faro quando lo sistemano?',
         '-↳ Lupo_di_molo: Speriamo presto.'],
        ['-Argomenti: Portomarzello, porto, mare',
         '-Chi siamo · Contatti · Privacy · Note legali',
         '-© 2026 Edizioni Marzellesi srl'],
    ]),
    _page('it', 'it-blog-dondoloecarteggio-sedia', [
        ['-Dondolo e Carteggio',
         '-Mobili vecchi, mani nuove',
         '-Home · Restauri · Attrezzi · Chi sono'],
        ['+Come ho restaurato la sedia a dondolo della nonna'],
        ['-Pubblicato il 20 ottobre 2026 da Vasco',
         '-Lettura: 7 minuti'],
        ["+La sedia a dondolo della nonna stava in cantina da vent'anni, con la paglia sfondata e una gamba "
         'incollata male.',
         "+L'ho smontata pezzo per pezzo, numerando ogni incastro con un pezzetto di nastro di carta.",
         '+Il falegname del paese mi ha detto: «Non avere fretta con la colla, il legno vecchio ha i suoi tempi.»'],
        ["-La sedia com'era in cantina.",
         '-I pezzi numerati sul banco.'],
        ['+Cosa ho imparato',
         '-La carta abrasiva che uso la trovi qui (link affiliato)',
         '+Togliere la vecchia vernice con pazienza, senza sverniciatori aggressivi.',
         '+Rifare gli incastri con colla a caldo di origine animale.',
         "+Rifinire con cera d'api e tanto olio di gomito."],
        ["+Il sedile l'ha reimpagliato un signore di ottant'anni che ancora lavora la paglia di Vienna.",
         '-Annuncio pubblicitario',
         '+Ora la sedia è in salotto e dondola senza un cigolio.'],
        ['-Alla prossima, Vasco',
         '-Restauro sedie su commissione: trovi i miei lavori su Subito.it.',
         '-Condividi su: Facebook · Pinterest · WhatsApp'],
        ['-Potrebbe interessarti anche',
         '-Come ho recuperato un cassettone di fine Ottocento',
         '-Le mie pialle preferite'],
        ['-3 commenti',
         '-Falegname_Ugo: Lavoro splendido, complimenti.',
         '-↳ Sandra_B: Concordo! Che cera hai usato alla fine?',
         "-↳ Vasco: Grazie a tutti e due! Cera d'api vergine, niente di speciale."],
        ['-Tema: Astra · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-brzozolesie-brodzik', [
        ['-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
         '-Głos Brzozolesia'],
        ['+Brodzik w parku miejskim znów otwarty po dwóch latach przerwy'],
        ['-Czas czytania: 3 min',
         '-Halina Wróbelczyk',
         '-Opublikowano: 11.11.2026, 10:15',
         '-Udostępnij: Facebook · X · Messenger'],
        ['+Brodzik w parku im. Kościuszki w Brzozolesiu Wielkim przyjął w sobotę pierwszych małych gości po '
         'gruntownym remoncie.',
         '-Dzieci w wyremontowanym brodziku, sobota.',
         '-Fot. H. Wróbelczyk',
         '+Basen był zamknięty od 2024 roku, gdy okazało się, że przecieka, a pompy nie spełniają norm sanepidu.'],
        ['-Czytaj także: Nowe ławki na placu Targowym',
         '+„Dzieciaki czekały na to dwa lata, w końcu mają gdzie się schłodzić” – mówi burmistrz Zdzisław '
         'Ostrężnicki.'],
        ['+Zasady korzystania',
         '+Brodzik jest czynny codziennie od 10 do 18.',
         '+Dzieci do lat siedmiu muszą być pod opieką dorosłych.',
         '-Reklama',
         '-Artykuł sponsorowany: Sprawdź, ile możesz zaoszczędzić na fotowoltaice',
         '+Woda jest wymieniana i badana każdego ranka.'],
        ['-Zapisz się do newslettera Głosu i otrzymuj najważniejsze wiadomości co rano',
         '+Remont kosztował 460 tysięcy złotych, z czego połowę pokrył rządowy program.',
         '+Miasto zapowiada, że w przyszłym roku obok brodzika stanie zadaszenie i nowa fontanna.'],
        ['-6 komentarzy',
         '-Mama_Ziutka: Nareszcie! Byliśmy już w niedzielę.',
         '-↳ Emeryt_z_Parkowej: A ławek w cieniu dalej brak.',
         '-Tomasz_B: Szkoda, że tak długo to trwało.',
         '-↳ Mama_Ziutka: Lepiej późno niż wcale.'],
        ['-Tagi: Brzozolesie Wielkie, park, dzieci',
         '-Redakcja · Kontakt · Polityka prywatności · Regulamin',
         '-© 2026 Wydawnictwo Brzozoleskie sp. z o.o.'],
    ]),
    _page('pl', 'pl-blog-koszykpelennici-koszyk', [
        ['-Koszyk Pełen Nici',
         '-Szycie, cerowanie i drobne naprawy',
         '-Strona główna · Poradniki · O mnie · Kontakt'],
        ['+Naprawiam wiklinowy koszyk do szycia po babci'],
        ['-Opublikowano 2 maja 2026 przez Basię',
         '-Czas czytania: 6 minut'],
        ['+Wiklinowy koszyk do szycia po babci miał urwane ucho, dziurawą podszewkę i wieczko, które nie chciało '
         'się domknąć.',
         '+Najpierw wymoczyłam pęknięte pręty w ciepłej wodzie, żeby zmiękły i dały się wpleść z powrotem.',
         '+Pani z pracowni wikliniarskiej poradziła mi: „Wiklina lubi wodę, ale nie lubi pośpiechu.”'],
        ['-Koszyk przed naprawą.',
         '-Nowa podszewka w kratkę.'],
        ['+Czego się nauczyłam',
         '-Wiklinę do napraw kupiłam w tym sklepie (link afiliacyjny)',
         '+Moczyć wiklinę co najmniej godzinę przed pracą.',
         '+Podszewkę przyszyć ręcznie, nie klejem.',
         '+Zawiasy ze skóry wymienić na nowe, a nie łatać.'],
        ['+Po tygodniu koszyk wrócił na swoje miejsce przy maszynie, a w środku znów leżą nici i naparstek.',
         '-Treść sponsorowana',
         '+Następnym razem spróbuję uszyć do niego wkład z kieszonkami na szpulki.'],
        ['-Ściskam, Basia',
         '-Uszyte przeze mnie wkłady do koszyków znajdziesz na Allegro.',
         '-Udostępnij: Facebook · Pinterest · E-mail'],
        ['-Podobne wpisy',
         '-Jak zacerować skarpetę na grzybku',
         '-Poduszeczka na igły z resztek filcu'],
        ['-3 komentarze',
         '-Szydełkowa_Ola: Piękna robota, aż mam ochotę poszukać koszyka na strychu!',
         '-↳ Krysia_K: Ja też! Gdzie kupujesz taką podszewkę?',
         '-↳ Basia: Dziękuję! Podszewka to stara zasłona z lumpeksu.'],
        ['-Blog na platformie Blogger'],
    ]),
    _page('ru', 'ru-portal-shchukoborsk-rybnyi-prilavok', [
        ['-Новости · Происшествия · Спорт · Афиша · Объявления',
         '-Щукоборский вестник'],
        ['+На центральном рынке Щукоборска закрылся рыбный прилавок, работавший шестьдесят лет'],
        ['-Время чтения: 3 минуты',
         '-Автор: Лукерья Пескарюкова',
         '-Опубликовано 12.11.2026 в 09:40',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['+В субботу на центральном рынке Щукоборска в последний раз открылся рыбный прилавок семьи Плотвичкиных.',
         '-Серафима Плотвичкина за прилавком в последний день.',
         '-Фото: Л. Пескарюкова',
         '+Прилавок открыл в 1966 году её свёкор, а последние тридцать лет торговлю вела сама Серафима Ивановна.'],
        ['-Читайте также: В городе начали менять фонари на набережной',
         '+«Рыбу я любила продавать, а вот вставать в пять утра уже не могу», — говорит Серафима Плотвичкина.'],
        ['+Что будет дальше',
         '+Место прилавка займёт палатка с фермерскими сырами.',
         '+Постоянным покупателям предложили заказывать рыбу у соседей по рынку.',
         '-Реклама',
         '-Партнёрский материал: Кредит наличными под 0% на первый месяц',
         '+Старые весы и вывеску передадут в краеведческий музей.'],
        ['-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города',
         '+Директор рынка Тихон Карасюхин пообещал повесить на месте прилавка памятную табличку.',
         '+Проводить продавщицу пришли десятки покупателей, многие — с цветами.'],
        ['-7 комментариев',
         '-Рыбачка_Зоя: Всю жизнь у неё покупали, спасибо ей!',
         '-↳ Покупатель_Гена: Присоединяюсь, лучшая селёдка в городе.',
         '-Ирина_С: Жаль, конец эпохи.',
         '-↳ Рыбачка_Зоя: Да, очень жаль.'],
        ['-Теги: Щукоборск, рынок, торговля',
         '-О редакции · Контакты · Рекламодателям · Правила',
         '-© 2026 ООО «Щукоборская медиагруппа»'],
    ]),
    _page('ru', 'ru-blog-solomennayagryadka-tomaty', [
        ['-Соломенная грядка',
         '-Дача без лишней копки',
         '-Главная · Огород · О себе · Контакты'],
        ['+Помидоры в тюках соломы: мой первый сезон'],
        ['-Опубликовано 5 сентября 2026, автор: Лукерья',
         '-Время на чтение: 6 минут'],
        ['+Весной я купила у соседа-фермера шесть тюков соломы и поставила их вдоль забора, где земля совсем '
         'плохая.',
         '+Две недели тюки поливала и подкармливала, чтобы солома начала перепревать изнутри.',
         '+Сосед только посмеивался: «Солома — не земля, ничего у тебя не вырастет», но я решила попробовать.'],
        ['-Тюки в первый день, ещё совсем свежие.',
         '-Рассада в тюках через месяц.'],
        ['+Что я поняла',
         '-Удобрение брала вот здесь (партнёрская ссылка)',
         '+Тюки нужно проливать водой каждый день в жару.',
         '+Рассаду сажать в лунки с горстью компоста.',
         '+Высокие сорта сразу подвязывать к шпалере.'],
        ['+К августу с шести тюков я собрала почти сорок килограммов помидоров.',
         '-Рекламный блок',
         '+Осенью солому разложу по грядкам как мульчу, а весной куплю новые тюки.'],
        ['-Всем урожая, Лукерья',
         '-Семена моих томатов можно заказать у меня на Озоне.',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        ['-Похожие записи',
         '-Мульчирование скошенной травой',
         '-Как я вырастила огурцы в бочке'],
        ['-3 комментария',
         '-Дачница_Валя: Очень интересно, а солома не гниёт слишком быстро?',
         '-↳ Сергей_П: Тоже хотел спросить, попробую следующей весной.',
         '-↳ Лукерья: К осени да, но на сезон хватает.'],
        ['-Работает на WordPress · Тема: Astra'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    '6-minute read (1,280 words)':
        "an English six-minute-read header with a word count ('6-minute read (1,280 words)') is left at the head",
    'Word count: 2,900 – about thirteen minutes if you stop to look at the photos.':
        "an English blog's word-count and reading-time line ('Word count: 2,900 – about thirteen minutes if you "
        "stop to look at the photos.') is left at the head",
    'Czas potrzebny na przeczytanie: 6 min':
        "a Polish time-needed-to-read line ('Czas potrzebny na przeczytanie: 6 min') is left at the head",
    'New whittling videos go up every Thursday on my YouTube channel, so pop over and say hello.':
        "an English YouTube weekly-videos plug ('New whittling videos go up every Thursday on my YouTube channel, "
        "so pop over and say hello.') is left at the foot",
    'Komentując, akceptujesz regulamin i politykę prywatności serwisu.':
        "a Polish by-commenting-you-accept-the-terms note ('Komentując, akceptujesz regulamin i politykę "
        "prywatności serwisu.') is left at the foot",
    'Questo articolo è disponibile anche in versione audio: ascoltalo nel player qui sotto.':
        "an Italian audio-version notice ('Questo articolo è disponibile anche in versione audio: ascoltalo nel "
        "player qui sotto.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-masonbeemuddle-bee-hotel':
        "the bee-hotel blog's post keeps the two photo captions ('The frame screwed together, before the roof went on.', "
        "'Canes cut to length and sanded at the ends.') alone in their block between the quote paragraph and the subheading"
        ' (2 of 20 noise lines; the affiliate link between the subheading and the first row went after round 118, the '
        "author's sign-off with a kiss and the Etsy plug under it since round 123); no article line is lost",
    'fr-blog-carnetdebaumelune-baume':
        "the lip-balm blog's post keeps the two photo captions ('Les trois ingrédients pesés sur la balance.', 'Les "
        "petits pots en train de refroidir.') alone in their block between the quote paragraph and the subheading, "
        "and the ad label ('Contenu publicitaire') between the two last paragraphs (3 of 20 noise lines); no "
        'article line is lost',
    'de-blog-schnitzbockamsonntag-loeffel':
        "the whittling blog's post keeps the two photo captions ('Der Rohling nach dem ersten Abend.', 'Die Mulde "
        "mit dem Hohleisen ausgearbeitet.') alone in their block between the quote paragraph and the subheading (2 "
        'of 20 noise lines); no article line is lost',
    'it-blog-dondoloecarteggio-sedia':
        "the rocking-chair blog's post keeps the two photo captions ('La sedia com'era in cantina.', 'I pezzi "
        "numerati sul banco.') alone in their block between the quote paragraph and the subheading (2 of 20 noise "
        "lines; since round 115 the author's sign-off and Subito.it plug above the share row go); no article line "
        'is lost',
    'pl-blog-koszykpelennici-koszyk':
        "the sewing-basket blog's post keeps the two photo captions ('Koszyk przed naprawą.', 'Nowa podszewka w "
        "kratkę.') alone in their block between the quote paragraph and the subheading (2 of 20 noise lines; since "
        "round 115 the author's sign-off and Allegro plug above the share row go); no article line is lost",
    'ru-blog-solomennayagryadka-tomaty':
        "the straw-bale tomato blog's post keeps the two photo captions ('Тюки в первый день, ещё совсем свежие.', "
        "'Рассада в тюках через месяц.') alone in their block between the quote paragraph and the subheading (2 of "
        "20 noise lines; since round 115 the author's sign-off and Ozon plug above the share row go); no article "
        "line is lost",
}


test_held_out_167_line, test_held_out_167_line_is_kept, test_held_out_167_page = held_out_tests(
    HELD_OUT_167_LINES, HELD_OUT_167_KEEP, HELD_OUT_167_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
