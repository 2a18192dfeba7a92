"""Held-out set 163: written blind, weighted toward the noise the cleaner exists for, in shapes set 162's docstring does
not name (nor the first paragraphs of sets 159, 160 and 161): scraper, embed and ad markers (an English Spotify
episode that cannot be played on the page "This Spotify episode can't be played here. Open Spotify to listen.", an
English Tableau Public dashboard that failed to load, with a pointer to its host "Tableau Public dashboard failed to
load – try refreshing, or open it on public.tableau.com.", an English bracketed Bluesky embed whose post its author
deleted "[Bluesky post embed: this post has been deleted by its author]", a French Instagram embed held back until
social-network cookies are accepted "Le contenu Instagram ne peut pas s'afficher tant que vous n'avez pas accepté les
cookies de réseaux sociaux.", a German embedded Issuu magazine that cannot be shown "Das eingebettete Issuu-Magazin
kann derzeit nicht angezeigt werden.", an Italian SoundCloud track removed by its author "Il brano di SoundCloud non
è più disponibile: è stato rimosso dall'autore.", a Polish Threads post that cannot be shown in the browser "Post z
Threads nie może zostać wyświetlony w tej przeglądarce." and a Russian VK audio track restricted by the rights holder
"Аудиозапись из ВКонтакте недоступна: доступ ограничен правообладателем."); reading-time headers in new wordings (the
English abbreviated estimated-read header "Est. read: 4 mins", a blog's grab-a-biscuit warning of eleven minutes
"Grab a biscuit – you'll be here for about eleven minutes.", the French this-article-reads-in line "Cet article se
lit en 4 minutes", the German you-need-about-four-minutes-to-read line "Zum Lesen brauchen Sie etwa 4 Minuten", the
Italian it-reads-in line "Si legge in 4 minuti", the Polish you-will-read-it-in line "Przeczytasz w 4 minuty" and the
Russian reading-will-take-about line "На чтение уйдёт около 4 минут"); bylines and self-promotion (an English
written-and-photographed-by byline "Written and photographed by Ottoline Gimblethorpe", an English
name-and-Local-Democracy-Reporter byline "Lysander Crumpwhistle, Local Democracy Reporter", a French
an-article-by-the-local-correspondent byline "Un article de Clémence Bourdalouette, correspondante locale" and a
Russian author-with-the-author's-photos byline "Автор: Агриппина Щавелёва, фото автора", all at the head, and at the
foot an English Shopify restored-sledges plug "Restored sledges and spare runners are on sale in my Shopify shop each
November.", a German Instagram-shop patchwork-quilts plug "Meine Patchwork-Decken verkaufe ich über meinen
Instagram-Shop, Versand nach Absprache.", an Italian Airbnb Experiences dry-stone-walling courses plug "Organizzo
corsi di muratura a secco nei fine settimana: prenotazioni su Airbnb Esperienze." and a Polish OLX chilli-seedlings
plug with InPost shipping "Sadzonki i suszone papryczki sprzedaję na OLX – wysyłka InPostem."); blog and site footers
(an English Squarespace credit with cookie preferences "Built with Squarespace · Cookie Preferences", an English
Netlify-Eleventy-Codeberg credit row "Hosted on Netlify · Built with Eleventy · Source on Codeberg", an English
company-registration line with a registered office "Registered in England and Wales No. 04815526. Registered office:
3 Ropewalk, Harbourside.", a French Overblog credit with a report-abuse link "Blog propulsé par Overblog · Signaler
un abus", a German IONOS hosting credit with imprint and privacy links "Gehostet bei IONOS · Impressum ·
Datenschutz", an Italian court-registration line with the editor in charge "Registrazione Tribunale di Ferrara n. 12
del 14/05/2019 · Direttore responsabile: Ottavio Scarpanzoni", a Polish publisher line with terms and contact links
"Wydawca: Fundacja Nadwarciańskie Media · Regulamin · Kontakt" and a Russian mass-media registration certificate line
"Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором."); reader-comment furniture (an English
comments-now-closed note "Comments are now closed on this story.", the English Disqus could-not-load error "We were
unable to load Disqus. If you are a moderator please see our troubleshooting guide.", an English have-your-say prompt
"What do you think? Have your say in the comments below.", a French subscribers-only-may-react note "Vous devez être
abonné pour réagir à cet article.", a German comment-shortened-by-the-newsroom stub "Dieser Kommentar wurde von der
Redaktion gekürzt.", an Italian log-in-with-Facebook-or-Google prompt "Accedi con Facebook o Google per lasciare un
commento.", a Polish reply, report and rating row under a comment "Odpowiedz · Zgłoś naruszenie · Ocena: +7" and a
Russian log-in-with-VK-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.");
share rows (an English know-someone-forward-it row with e-mail, WhatsApp and Messenger "Know someone who'd enjoy
this? Forward it: Email · WhatsApp · Messenger", a German share-now row with Signal, Xing and copy link "Jetzt
teilen: Signal · Xing · Link kopieren" and a Polish share-with-friends row with Messenger, WhatsApp and copy link
"Udostępnij znajomym: Messenger · WhatsApp · Kopiuj link"); and notices (a French correction note about a wrong
opening date "Rectificatif : une version précédente de cet article indiquait une mauvaise date d'inauguration." and
an Italian funded-by-the-pluralism-fund note "Articolo realizzato con il contributo del Fondo per il pluralismo e
l'innovazione dell'informazione.", both in the body, and the Russian prepared-with-the-support-of-a-grant-fund note
"Материал подготовлен при поддержке Президентского фонда культурных инициатив." at the foot); and toward whole
scraped news and hobby-blog pages in layouts set 162's docstring does not describe (on the six portal pages, in ten
blocks, a skip-to-content link, the masthead and the section menu in one block of three at the very top, the skip
link first; a breadcrumb, the title and the byline-with-date line in one block of three, the title in the middle; the
reading time and a share row in one block of two under it; the first and second paragraphs in one block with the lead
photo's caption and its credit at its end, after the second paragraph; an ad label and a sponsored headline at the
top of the quote paragraph's block, right before the quote; the subheading and the three rows with a read-also link
between the first and second rows; the first last paragraph at the top of its block with a newsletter prompt after
it; the second last paragraph at the top of its block with a tags line after it; at the foot two blocks, four lines
of a comment thread (a comment count, a comment, a second reader's arrowed reply and a third reader's comment left
unanswered) and then a links row and the publishing company's copyright line; on the six blog pages, in ten blocks,
the menu, the blog name and its tagline in one block of three, the menu above the blog name; the
posted-on-date-by-author line, the title and a jump-to-comments link in one block of three, the title in the middle;
an affiliate-links disclosure at the top of the first paragraph's block, right before the first paragraph; a table of
contents (its heading and two numbered entries) alone in a block of three between the first and second paragraphs;
the second paragraph, a photo caption and the paragraph with the quote in one block, the caption between them; a
Pinterest or pin prompt at the top of the list block, right before the subheading, then the three rows; the two last
paragraphs in one block with a second photo caption between them; a share row and a follow prompt in one block of
two; at the foot two blocks, five lines (a comments count, a comment, the author's arrowed reply, a second comment
and the author's arrowed reply to it) and then a platform credit alone), taken from local news of fresh kinds (a
village's red telephone box turned into a book swap, a canal lock's gates replaced, a seaside pier's lamps relit, a
town's skate park extended, a church's bells rehung, a country bus route saved by a petition) and from blogs about
restoring a wooden sledge, brewing kombucha, making a patchwork quilt, building a dry-stone wall, growing chillies on
a balcony and keeping a sourdough starter alive.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 162 but what is named here), held-out set 164 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 162 up to its paragraph "Measured after round 111", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 159, 160 and 161, printed with one ast
script (/tmp/s163scratch/peek.py, reading the files of /tmp/wt-set163/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set163); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s163scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 162's as printed, with 162 -> 163; /tmp/s163scratch/gen163.py writes this file from scratch files (data163.py with
the noise and keep lines, pages163.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables163.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s163, detached at commit 4513644b873d1a9873133c76a871e4336b09c436, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 03:16:18 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4513644b873d1a9873133c76a871e4336b09c436 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 162's Slips and notes (3) to inside set 160's first paragraph); its second run went to
/tmp/s163scratch/peek.out, of which I paged lines 125 to 470 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 162's docstring before the paragraph "Measured after round 111" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes already named, noted rather than hidden: the English Tableau Public line shares the
failed-to-load-with-a-pointer-to-its-host idea of set 162's Datawrapper line, with a new service; the English Bluesky
line is a bracketed placeholder like set 162's Vimeo line, for a new service and reason (the post deleted by its author,
as set 159's Twitch clip deleted by its streamer); the French Instagram line waits for cookies like set 161's Polish
Pinterest line, the Polish Threads line cannot be shown in the browser like set 159's French uMap line, and the Italian
SoundCloud line is removed by its author like set 159's Flickr gallery, all for new services; the reading times are new
phrasings of the same minutes-to-read idea as every earlier one, and the grab-a-biscuit warning is of the kettle-on and
pull-up-a-chair kind of sets 160 and 162; the English written-and-photographed-by byline is close in kind to set 159's
story-and-pictures byline, and the Local Democracy Reporter byline is of the name-and-role kind of set 160's
senior-reporter byline; the four plugs are of the sell-it-on-a-platform kind of many named plugs, on platforms not named
there (Shopify, an Instagram shop, Airbnb Experiences, OLX with InPost); the Squarespace, Netlify-Eleventy, Overblog and
IONOS credits share the builder-or-host-credit-with-links idea of many named footers, the English company-registration
line, the Italian court-registration line and the Russian media-registration line are standing legal feet like set 160's
CPPAP line and set 162's French publisher line, and the Polish publisher line is close to those; the English
comments-closed note is close to set 162's Polish comments-switched-off note, and the Italian and Russian log-in prompts
are of the comment-as-a-guest-or-log-in kind of sets 159 and 160, with named log-in services; the Polish
reply-report-rating row is of the kind of set 159's edited-upvotes-reply row; the three share rows list services like
every named share row, with new openers; the French correction note and the Italian funding note are notices about the
story like the earlier print, update and transparency notes, with new reasons, and the Russian grant-fund note is a
sponsor's notice at the foot. On the pages the noise is mostly of common kinds (skip links, mastheads, menus,
breadcrumbs, bylines, reading times, share rows, captions and credits, ad labels, sponsored headlines, read-also links,
newsletter and follow prompts, tags lines, comment threads, links rows, copyright lines, blog names and taglines,
posted-on lines, jump-to-comments links, affiliate disclosures, tables of contents, pin prompts and platform credits),
since the brief asks for new layouts there; some positions echo earlier layouts (the portals' four-line thread with a
third reader's comment left unanswered, as in set 162's portals; the blogs' five-line thread with the author's two
replies and the platform credit alone, as in set 162's blogs; the title in the middle of a block of three, as on set
161's portals, here between a breadcrumb and the byline; the table of contents alone in a block of three, as in sets 159
and 162, here between the first and second paragraphs), while what is new is where the rest sits (on the portals a skip
link above the masthead, the breadcrumb and byline around the title, the reading time with a share row in their own
block, the caption and credit at the end of the first two paragraphs' block, the ad label and sponsored headline right
before the quote, the read-also link between the first and second list rows, and the newsletter prompt and tags line
each after one of the last paragraphs; on the blogs the menu above the blog name, the posted-on line and a
jump-to-comments link around the title, an affiliate disclosure right before the first paragraph, a caption between the
second paragraph and the quote, the pin prompt right before the subheading and a caption between the two last
paragraphs). (4) Before the measurement /tmp/s163scratch/check.py checked, case-insensitively, that no noise line
(held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line
holds an at-sign, and counted the lines; while the lines were being written I had already replaced three keep lines
whose noise-like word was a page's ad label ("Anzeigen wegen Sachbeschädigung ...", "Pubblicità e insegne luminose ..."
and "Реклама на остановках ...", which became the Werbeplakate, Pubblicitari and Рекламные lines), two copyright lines
that held their page's masthead and two links rows that held an ad label ("Publicité", "Реклама на сайте"); check.py's
first run found two: the English blog's table-of-contents heading "In this post" inside its pin prompt "Pin this post
for later" (the heading became "What's in this post") and the German portal's ad label "Anzeige" inside the held-out
German plug's "Kleinanzeigen" (the plug now names an Instagram shop); its second run found nothing. Lines and data were
counted by scripts (45 noise lines: category, language and place as in Contents; 20 keep lines by language and place; 12
pages of ten blocks each, with 10 "+" and 20 "-" lines each). /tmp/s163scratch/marks.out printed all 360 page lines with
their block numbers and marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the
subheadings and the list rows, "-" on everything else; no mark was swapped; reading them I corrected the Polish blog's
posted-on line to the accusative "przez Martę". gen163.py reports lines over 120 characters and at-signs in the written
file, checks that every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file
with ``ast`` (without importing it), that the file's lists equal the scratch ones. (5) Invented names were checked with
the exact-string search over public GitHub files: Hobthwaite, Ollerthorpe, Pilkingham, Hobthwaite Media, BookwormBev,
ChapelLaneRon, Beech and Runner, Snowday_Sam, Montbrézac, Marquevaux, Garbouillet, Pêcheur_du_bief, Bulles de Jardin,
Möwenhagen, Kleiberstedt, Priggenhaus, Ostsee Medienhaus, Strandkorb66, Kurgast_Heinz, Flicken & Faden, Stichfest_Uschi,
Roccabellina, Pignoletti, Ranuzzini, Valbellina, Mamma_di_Leo, Vecchio_residente, Sassi a Secco, Orto_di_Pina, Modrzewie
Górne, Echo Modrzewia, Media Modrzewie, Łopianowska, Korzeniowiak, Stary_kościelny, Mieszkaniec_Górnego, Ostra Balkonia,
Ogrodnik_z_bloku, Малоберёзов (for the town, its paper and its company), Лебедянкина, Закромова, Сосед_из_Сосновки,
Пенсионер_Николай, Хлебная полка Марфы, Хлебопёк_Игорь and the held-out lines' Gimblethorpe, Crumpwhistle,
Bourdalouette, Щавелёва, Scarpanzoni and Nadwarciańskie Media had no hits. Dropped: Dalesend (hits inside identifiers
such as handaleSend; the copyright line names Hobthwaite Media), Thwaitegate (inside the invented name
Copperthwaitegate), Runners and Rust (a phrase of build scripts; the blog became Beech and Runner), Dünenkamp (a name in
a list; the spa director became Hartwig Priggenhaus), Modrzewsk (real surnames, for a paper's adjective; the paper
became Echo Modrzewia), Kluczyńska and then Pokrzywnicka (real people's names; the reporter became Bożena Łopianowska),
Ключанск (a hit inside a word; the town became Малоберёзовск), Лопухова and then Крапивкина (real surnames; the reporter
became Ефросинья Лебедянкина), Brackenthwaite (a real place) and Farrowdene (a company in code; the held-out byline
names Ottoline Gimblethorpe), Scarpinelli (a real surname; the editor became Ottavio Scarpanzoni) and Retired_Ron
(inside test names; the commenter became ChapelLaneRon). First names alone (Hattie, Gideon, Maud, Mireille, Armand,
Capucine, Odile, Gaëtan, Birgit, Almut, Renate, Corrado, Nando, Giovanna, Ewelina, Marta, Kasia, Людмила, Марфа, Ольга
and the like), real services, platforms, bodies and places (BT, Voies navigables de France, Rostock, Ferrara, Sosnovka,
Reading, the Local Democracy Reporting Service, the Presidential Fund for Cultural Initiatives, Roskomnadzor, the Fondo
per il pluralismo) and street and place names of the stories (Chapel Lane, Nether Hobthwaite, la Guinguette, parco
Marconi, św. Wawrzyniec, Ropewalk, Harbourside) were not checked. (6) The measurement was run once, at 03:22:39 UTC by
``date``, in one shell call with the brief's two commands (pytest output to /tmp/s163scratch/measure.out, report to
/tmp/s163scratch/report.out); then /tmp/s163scratch/problems.py printed the problems of every case with ``_problems``
(importing the copy in /tmp/wt-s163/tests with /tmp/wt-s163/src on the path) to /tmp/s163scratch/problems.out: eleven
noise lines kept, eight pages with problems (22 page noise lines left, all of them kept in the text, and one article
line lost, the French blog's title), no keep line lost, as in the Baseline paragraph. The reasons of the three tables
(tables163.py) were written from that output, and /tmp/s163scratch/checktables.py (which calls ``_problems`` again on
the same copy, with the same result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each
reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that
every page noise line the output names is quoted in its page's reason, that no other noise line of the page is, that
each reason's count is right and that the lost title is quoted in its page's reason and every other reason says no
article line is lost; nothing else was changed: gen163.py wrote the final file from the same data files, checked that
its lists equal them, and the pytest command was run again on it in /tmp/wt-s163. (7) ``date`` printed 03:19:17 UTC
after the first name checks, 03:21:08 after check.py's second run, 03:22:39 at the measurement and 03:23:22 before the
tables were checked; the times quoted here are those ``date`` printed. The whole set was written, measured and committed
within the brief's 50 minutes, from 03:16:18 UTC (the last ``date`` before the commit is in the report of this helper).

Judgement calls: the keep lines "Comments made by the harbour master at Monday's meeting were later withdrawn in full.",
"Share ownership of the ferry company passed to a local trust in 1998.", "Follow-up checks on the sea wall will take
place every spring, engineers said.", "Subscribers to the community energy scheme will see their first dividend in
March.", "Advertising hoardings along the bypass are to be removed under the new plan.", "Copyright in the old station
photographs was handed to the county archive last year.", "Reading Borough Council's planning team visited the site
twice in October.", "Abonnés au bulletin municipal, les habitants avaient été prévenus dès septembre.", "Partager la
salle des fêtes avec le club de judo n'a jamais posé problème, assure la présidente.", "Lecture publique et ateliers
d'écriture reprendront à la médiathèque en février.", "Kommentare des Bürgermeisters zur Sanierung fielen im Ausschuss
auffallend knapp aus.", "Werbeplakate an der Umgehungsstraße sollen bis zum Sommer verschwinden, kündigte die Stadt
an.", "Lesen und Schreiben lernen die Kinder dort seit 1952 in denselben Räumen.", "Seguito da centinaia di persone, il
corteo ha attraversato il centro fino al municipio.", "Pubblicitari e commercianti del centro hanno chiesto di rinviare
il divieto di insegne luminose.", "Tutti i diritti di pesca sul lago restano in mano alla cooperativa, ha chiarito il
sindaco.", "Udostępnienie boiska mieszkańcom w weekendy zaproponowała rada osiedla.", "Wszystkie prawa do znaku przejęła
gmina, która zapłaciła za projekt.", "Подписаться под обращением к губернатору успели больше тысячи жителей района." and
"Рекламные щиты на остановках уберут после ремонта, пообещали в администрации." are article sentences: each reports what
a harbour master, a ferry company, engineers, an energy scheme, a bypass plan, an archive, a borough council, residents,
a club's chairwoman, a library, a mayor, a town, a school, a procession, shopkeepers, a mayor on fishing rights, an
estate council, a district or a district's residents said, did, decided or will get, with the noise-like word as an
ordinary noun, verb, participle or adjective of the sentence ("Comments made by the harbour master" are remarks at a
meeting, not a comment thread; "Share ownership" is a company's, not a share row; "Follow-up checks" are inspections,
not a follow prompt; "Subscribers to the community energy scheme" are investors owed a dividend, not a newsletter
prompt; "Advertising hoardings" are roadside boards, not an ad label; "Copyright in the old station photographs" is a
rights transfer to an archive, not a copyright footer; "Reading Borough Council" is a town's council, not a reading
time; the French "Abonnés", "Partager" and "Lecture", the German "Kommentare", "Werbeplakate" and "Lesen", the Italian
"Seguito", "Pubblicitari" and "Tutti i diritti", the Polish "Udostępnienie" and "Wszystkie prawa" and the Russian
"Подписаться" and "Рекламные" are readers of a bulletin, sharing a hall, public reading, a mayor's remarks, billboards,
children learning to read, a followed procession, advertisers, fishing rights, opening a pitch to residents, rights to a
town's emblem, signing a petition and advertising boards; none of them is comment, share, follow, subscribe, ad,
reading-time or copyright furniture). Categories: the Spotify, Tableau Public, Bluesky, Instagram, Issuu, SoundCloud,
Threads and VK lines are markers (embeds that cannot be played, failed to load, were deleted or removed, wait for
cookies, cannot be shown or are restricted by a rights holder; the Spotify and Tableau lines point to the service, but
are the players' placeholders, not share rows or links); the estimated-read header, the grab-a-biscuit warning and the
French, German, Italian, Polish and Russian lines are reading times; the written-and-photographed, Local Democracy
Reporter, correspondante locale and Автор lines are bylines at the head (the Russian "фото автора" credits the photos to
the writer as part of the byline, not a separate photo credit), and the Shopify, Instagram-shop, Airbnb Experiences and
OLX lines are bylines (self-promotion) at the foot (the Italian line sells the blogger's own courses, so it is a plug,
not an events notice); the Squarespace, Netlify-Eleventy-Codeberg, company-registration, Overblog, IONOS,
court-registration, Polish publisher and media-registration lines are footers (the Overblog line's report-abuse link is
part of the platform's foot, not a comment control; the registration lines are the standing legal foot of a site, not
notices about a story); the comments-closed, Disqus, have-your-say, subscribers-may-react, shortened-by-the-newsroom,
log-in and reply-report-rating lines are comment furniture (the French line speaks of subscribers but is the comment
box's gate, not a subscribe prompt; the German stub is a newsroom's note inside a comment, not a notice about the
article); the English, German and Polish rows are share rows (the English one says "forward", but lists the services a
share row lists); the French correction and the Italian funding note are notices in the body (both speak of the story
they sit in), and the Russian grant-fund note is a notice at the foot (a sponsor's acknowledgement under a story,
neither a footer's legal line nor a byline). On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(skip links, mastheads, section menus, breadcrumbs, bylines, posted-on lines, reading times, share rows, captions and
credits, ad labels, sponsored headlines, read-also links, newsletter and follow prompts, tags lines, comment counts,
comments and replies, links rows, copyright lines, blog names, taglines and menus, jump-to-comments links, affiliate
disclosures, tables of contents, pin prompts and platform credits) is noise. The list rows (how the book swap works,
what changes for boaters, what changes for pier visitors, what changes at the park, what comes next for the tower, what
changes for bus passengers, and what the sledge, kombucha, quilt, wall, chillies and starter taught) are short, some
without a verb, but part of each article, so article; the blogs' table-of-contents entries ("1. Taking it apart" and the
like) look like list rows but are links to the post's sections, so noise; the captions describe photos, so noise, though
they speak of the story's subject; the portals' credits name a parish council, a waterways body, a spa office, a town
hall's press office, a parish or a district administration and are still credits; the sponsored headlines are ads, while
the English row "Take a book, leave a book – no library card needed." and the Russian row "Стоимость проезда не
изменится." are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-hobthwaite-phone-box (a village's disused red telephone box reopened as a book swap by the parish council),
en-blog-beechandrunner-sledge (a 1950s beech sledge from a house clearance restored), fr-portail-montbrezac-ecluse (a
canal lock's two upstream gates replaced after six weeks of work), fr-blog-bullesdejardin-kombucha (a first batch of
kombucha from a friend's scoby), de-portal-moewenhagen-seebruecke (the 24 lamps of a seaside pier relit after a storm),
de-blog-flickenundfaden-quilt (a first patchwork quilt sewn from a father's old shirts),
it-portale-roccabellina-skatepark (a park's skate park extended with a bowl and two ramps), it-blog-sassiasecco-muretto
(a collapsed dry-stone wall under a vegetable plot rebuilt), pl-portal-modrzewie-dzwony (a village church's three bells
rehung on a new oak frame), pl-blog-ostrabalkonia-chili (five kinds of chillies grown in pots on a fourth-floor
balcony), ru-portal-maloberyozovsk-avtobus (a country bus route to a village kept after a petition) and
ru-blog-khlebnayapolka-zakvaska (a rye sourdough starter revived after three weeks in the fridge), each with a reader
comment thread.

Baseline (2026-12-06, cleaner at commit 4513644b873d1a9873133c76a871e4336b09c436, measured with ``cd /tmp/wt-s163 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s163/src python -m pytest -q tests/test_clean_held_out_163.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s163 && PYTHONPATH=/tmp/wt-s163/src python
scripts/clean_held_out_report.py --sets 163``, with the xfail tables empty): noise lines removed 34/45 (marker 2/8,
reading-time 6/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 3/3; the 11 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six markers in the body (the English Spotify, Tableau Public and Bluesky, the
Italian SoundCloud, the Polish Threads and the Russian VK placeholders), one reading time at the head (the English
grab-a-biscuit warning), three plugs at the foot (the English Shopify, German Instagram-shop and Italian Airbnb
Experiences plugs) and one comment line at the foot (the English have-your-say prompt); the French Instagram and German
Issuu markers, the other six reading times, all four head bylines, the Polish OLX plug, every footer, the other seven
comment lines, every share row and every notice went); keep lines kept 20/20; pages 4/12 clean (the French, German,
Italian and Polish portals), 22 of 240 page noise lines left and 1 of 120 article lines lost. Left on the pages: on the
English and Russian portals the sponsored headline after the ad label at the top of the quote paragraph's block (1
each); on each of the six blogs the tagline in the top block, the photo caption between the second paragraph and the
quote and the photo caption between the two last paragraphs, and besides them on the German quilt blog the
jump-to-comments link "Direkt zu den Kommentaren" under the title and on the Russian sourdough blog the affiliate
disclosure right before the first paragraph (German and Russian blogs 4 each, English, French, Italian and Polish blogs
3 each). Lost: one article line, the French kombucha blog's title "Mon premier kombucha : trois semaines et un scoby"
(in the block between the posted-on line and the jump-to-comments link); no keep line. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s163 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 112 (developed on sets 161 and 162 beside this set's writing from the same base, 4513644, and
measured on it blind by the lead with test_clean._problems of every case before and after,): one line moved. Round 112's
reading of the writer's shop on a platform named in capitals took the German byline plug "Meine Patchwork-Decken
verkaufe ich über meinen Instagram-Shop, Versand nach Absprache." (its line xfail removed); its embed access states took
none of this set's embed placeholders, its title between the head's stamps did not give back the French kombucha blog's
title, and no page line or keep line changed.
Round 113 (development; this set was read in full from this round on): developed on sets 163 and 164 from 9e494f3, on
families that recur across sets 159-164, by layout. (1) The blog's head (set 163's six blogs): whole_line_noise's skip
links gained the jump link to the comments ("Jump to comments", "Aller aux commentaires", "Direkt zu den Kommentaren",
"Vai ai commenti", "Przejdź do komentarzy", "Перейти к комментариям"), and page_blocks._HEAD_LINKS lets round 112's
_title_between_stamps read the title between the posted-on line and that link (a digit allowed, no date or time);
_mark_head then takes that line for the title over the line under the menu (the blog's tagline), which goes as the
tagline. This gave back set 163's lost French title "Mon premier kombucha : trois semaines et un scoby" (taken by
mark_block_remnants' head caption under the tagline taken for the title), and takes the six taglines and the German jump
link. (2) page_blocks.mark_writers_sign_off (a pass after mark_block_remnants, whose widget blocks would otherwise take
the last paragraph with it): the writer's closing formula and first name on one line (_SIGN_OFF_WITH_NAME, a possessive
at most before the name) as the last line kept after a sentence, the tail's noise alone under it, the name (its stem) in
the byline, the head or the writer's replies in the thread; round 29's letter close (formula and signature on two lines)
and its keep tests stand, a letter signed by a name the byline does not print and a sign-off inside a sentence stay (set
164's four, set 161's three). (3) whole_line_noise's newsletter prompts: new posts by e-mail as the reader's wish in a
question, then an imperative pointing below or here (set 164's five blogs); a question with no call stays. (4)
page_blocks._mark_sponsored_headlines (_SPONSORED_LABEL): a sponsor's label and colon over an ad's headline right under
the ad slot's label the rules took (sets 160, 162, 163, 164; 133's "На правах рекламы: ..."); not without the slot's
label (set 159's list item: taken there, the page's comment thread was no longer read as the tail, so left), nor a
report's sentence. (5) whole_line_noise's long-post reading times: the post taking the reader N minutes as an aside
("Reading this post will take you ...", "Kettle on? This one takes ...", "Grab a biscuit – you'll be here for ...", in
six languages), and round 97's long-read alert with "long post alert" and "an N-minute read"; "The walk takes about
twelve minutes." and "This one takes about twenty minutes in the oven." stay. Step 3 (embed placeholders by shape) was
not reached. Tests: tests/test_clean.py test_round_113_* (48 cases). Other sets moved (clean_held_out_report, before ->
after): xfails removed as now passing in set 96 (the "This post takes about 9 minutes to read" line), 133
(ru-portal-lopukhovsk-rynok, its sponsored link), 160 (en-portal-skelderwick-slipway), 161 (the kettle reading time),
162 (the kettle-on reading time); page reasons reworded in set 161 (the Italian, Polish and Russian blogs, their
sign-offs now go) and 162 (en-portal-thornackby-diving-board, its sponsored headline goes). All sets' totals: noise
lines removed 6385 -> 6390, article lines kept 3127 -> 3127, pages clean 1108 -> 1113, page noise lines left 1609 ->
1582, paragraphs lost 3 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed
files of 3723. Bench: benchmarks/bench_clean.py against 9e494f3's src, ratio_to_baseline 0.98 (2.875 s against 2.948 s).
Pytest: tests/test_clean.py with -k on rounds 29, 108, 111, 112, 113 and the sign-off, sponsor, reading-time,
newsletter, skip-link and title tests gave 1440 passed; all held-out sets with tests/test_site_batches.py,
test_site_lines.py, test_noise_trace.py and test_clean_pages.py gave 10981 passed, 1417 xfailed (no XPASS, no failure);
the full command with all of tests/test_clean.py was not run to its end (two cores shared with the writers).
This set, before -> after: noise lines removed 35/45 -> 36/45 (reading-time 6/7 -> 7/7, the grab-a-biscuit line; marker
2/8, byline 6/8, footer 8/8, comments 7/8, share 3/3, notice 3/3 unchanged), keep lines 20/20 -> 20/20, pages clean 4/12
-> 6/12 (the English and Russian portals: their sponsored headlines go), page noise lines left 22 -> 12 of 240, article
lines lost 1 -> 0 (the French title is kept). Xfails removed: the grab-a-biscuit line and the two portals' pages;
reasons reworded on the six blogs (the taglines, the German jump link and, with the head read anew, the Russian
affiliate disclosure go; the French title is kept). Still missed: the six embed placeholders, the Shopify and Airbnb
plugs and the have-your-say prompt (lines); the two photo captions on each blog (left on purpose).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_163_LINES: list[tuple[str, str, str]] = [
    ('body', "This Spotify episode can't be played here. Open Spotify to listen.", 'marker'),
    ('body', 'Tableau Public dashboard failed to load – try refreshing, or open it on public.tableau.com.', 'marker'),
    ('body', '[Bluesky post embed: this post has been deleted by its author]', 'marker'),
    ('body',
     "Le contenu Instagram ne peut pas s'afficher tant que vous n'avez pas accepté les cookies de réseaux sociaux.",
     'marker'),
    ('body', 'Das eingebettete Issuu-Magazin kann derzeit nicht angezeigt werden.', 'marker'),
    ('body', "Il brano di SoundCloud non è più disponibile: è stato rimosso dall'autore.", 'marker'),
    ('body', 'Post z Threads nie może zostać wyświetlony w tej przeglądarce.', 'marker'),
    ('body', 'Аудиозапись из ВКонтакте недоступна: доступ ограничен правообладателем.', 'marker'),
    ('head', 'Est. read: 4 mins', 'reading-time'),
    ('head', "Grab a biscuit – you'll be here for about eleven minutes.", 'reading-time'),
    ('head', 'Cet article se lit en 4 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 4 Minuten', 'reading-time'),
    ('head', 'Si legge in 4 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'На чтение уйдёт около 4 минут', 'reading-time'),
    ('head', 'Written and photographed by Ottoline Gimblethorpe', 'byline'),
    ('head', 'Lysander Crumpwhistle, Local Democracy Reporter', 'byline'),
    ('head', 'Un article de Clémence Bourdalouette, correspondante locale', 'byline'),
    ('head', 'Автор: Агриппина Щавелёва, фото автора', 'byline'),
    ('tail', 'Restored sledges and spare runners are on sale in my Shopify shop each November.', 'byline'),
    ('tail', 'Meine Patchwork-Decken verkaufe ich über meinen Instagram-Shop, Versand nach Absprache.', 'byline'),
    ('tail', 'Organizzo corsi di muratura a secco nei fine settimana: prenotazioni su Airbnb Esperienze.', 'byline'),
    ('tail', 'Sadzonki i suszone papryczki sprzedaję na OLX – wysyłka InPostem.', 'byline'),
    ('tail', 'Built with Squarespace · Cookie Preferences', 'footer'),
    ('tail', 'Hosted on Netlify · Built with Eleventy · Source on Codeberg', 'footer'),
    ('tail', 'Registered in England and Wales No. 04815526. Registered office: 3 Ropewalk, Harbourside.', 'footer'),
    ('tail', 'Blog propulsé par Overblog · Signaler un abus', 'footer'),
    ('tail', 'Gehostet bei IONOS · Impressum · Datenschutz', 'footer'),
    ('tail',
     'Registrazione Tribunale di Ferrara n. 12 del 14/05/2019 · Direttore responsabile: Ottavio Scarpanzoni',
     'footer'),
    ('tail', 'Wydawca: Fundacja Nadwarciańskie Media · Regulamin · Kontakt', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.', 'footer'),
    ('tail', 'Comments are now closed on this story.', 'comments'),
    ('tail', 'We were unable to load Disqus. If you are a moderator please see our troubleshooting guide.', 'comments'),
    ('tail', 'What do you think? Have your say in the comments below.', 'comments'),
    ('tail', 'Vous devez être abonné pour réagir à cet article.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion gekürzt.', 'comments'),
    ('tail', 'Accedi con Facebook o Google per lasciare un commento.', 'comments'),
    ('tail', 'Odpowiedz · Zgłoś naruszenie · Ocena: +7', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.', 'comments'),
    ('tail', "Know someone who'd enjoy this? Forward it: Email · WhatsApp · Messenger", 'share'),
    ('tail', 'Jetzt teilen: Signal · Xing · Link kopieren', 'share'),
    ('tail', 'Udostępnij znajomym: Messenger · WhatsApp · Kopiuj link', 'share'),
    ('body',
     "Rectificatif : une version précédente de cet article indiquait une mauvaise date d'inauguration.",
     'notice'),
    ('body',
     "Articolo realizzato con il contributo del Fondo per il pluralismo e l'innovazione dell'informazione.",
     'notice'),
    ('tail', 'Материал подготовлен при поддержке Президентского фонда культурных инициатив.', 'notice'),
]

HELD_OUT_163_KEEP: list[tuple[str, str]] = [
    ('head', "Comments made by the harbour master at Monday's meeting were later withdrawn in full."),
    ('head', 'Share ownership of the ferry company passed to a local trust in 1998.'),
    ('head', 'Follow-up checks on the sea wall will take place every spring, engineers said.'),
    ('body', 'Subscribers to the community energy scheme will see their first dividend in March.'),
    ('body', 'Advertising hoardings along the bypass are to be removed under the new plan.'),
    ('tail', 'Copyright in the old station photographs was handed to the county archive last year.'),
    ('tail', "Reading Borough Council's planning team visited the site twice in October."),
    ('head', 'Abonnés au bulletin municipal, les habitants avaient été prévenus dès septembre.'),
    ('body', "Partager la salle des fêtes avec le club de judo n'a jamais posé problème, assure la présidente."),
    ('tail', "Lecture publique et ateliers d'écriture reprendront à la médiathèque en février."),
    ('head', 'Kommentare des Bürgermeisters zur Sanierung fielen im Ausschuss auffallend knapp aus.'),
    ('body', 'Werbeplakate an der Umgehungsstraße sollen bis zum Sommer verschwinden, kündigte die Stadt an.'),
    ('tail', 'Lesen und Schreiben lernen die Kinder dort seit 1952 in denselben Räumen.'),
    ('head', 'Seguito da centinaia di persone, il corteo ha attraversato il centro fino al municipio.'),
    ('tail', 'Pubblicitari e commercianti del centro hanno chiesto di rinviare il divieto di insegne luminose.'),
    ('tail', 'Tutti i diritti di pesca sul lago restano in mano alla cooperativa, ha chiarito il sindaco.'),
    ('head', 'Udostępnienie boiska mieszkańcom w weekendy zaproponowała rada osiedla.'),
    ('tail', 'Wszystkie prawa do znaku przejęła gmina, która zapłaciła za projekt.'),
    ('body', 'Подписаться под обращением к губернатору успели больше тысячи жителей района.'),
    ('tail', 'Рекламные щиты на остановках уберут после ремонта, пообещали в администрации.'),
]

HELD_OUT_163_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hobthwaite-phone-box', [
        [
            '-Skip to main content',
            '-Hobthwaite Courier',
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › News › Villages',
            '+Red telephone box in Nether Hobthwaite reopens as a book swap',
            '-By Winifred Ollerthorpe · Thursday 3 December 2026, 6:00 am',
        ],
        [
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '+The red telephone box on Chapel Lane, disconnected by BT in 2019, reopened on Saturday as a free book '
            'swap run by the parish council.',
            '+Volunteers spent three months stripping the flaking paint, replacing two cracked panes and fitting oak '
            'shelves made by a retired joiner in the village.',
            '-The restored kiosk on Chapel Lane with its first shelves of paperbacks.',
            '-Photo: Hobthwaite Parish Council',
        ],
        [
            '-Advertisement',
            '-Sponsored: The garden room your neighbours will envy – see prices',
            '+Parish clerk Desmond Pilkingham said: "People kept asking what would happen to the box, and now it has a '
            'use again."',
        ],
        [
            '+How the book swap works',
            '+Take a book, leave a book – no library card needed.',
            '-Read more: Village hall roof appeal passes its target',
            "+Children's books go on the bottom shelf.",
            '+A volunteer checks the box every Monday morning.',
        ],
        [
            '+The kiosk will keep its light on from dusk until ten each evening, powered by a small solar panel on the '
            'roof.',
            "-Get the Courier's village news in your inbox every Friday – sign up free",
        ],
        [
            '+The council hopes to add a defibrillator to the box next year if a grant application succeeds.',
            '-Tags: Nether Hobthwaite, parish council, books',
        ],
        [
            '-4 comments',
            '-BookwormBev: Dropped off a box of crime novels this morning – lovely job.',
            '-↳ Hattie: Same here, took a Dick Francis in return!',
            '-ChapelLaneRon: Nice to see it used rather than left to rot.',
        ],
        [
            '-About us · Contact · Advertise · Privacy · Cookies',
            '-© 2026 Hobthwaite Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-beechandrunner-sledge', [
        [
            '-Home · Projects · Tools · About',
            '-Beech and Runner',
            '-Old wooden things, slowly put right',
        ],
        [
            '-Posted on 29 November 2026 by Gideon',
            '+Bringing a 1950s wooden sledge back to life',
            '-Jump to comments',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission if you buy through them.',
            '+The sledge came from a house clearance in the Dales, its beech slats grey with damp and one steel runner '
            'hanging off by a single rivet.',
        ],
        [
            "-What's in this post",
            '-1. Taking it apart',
            '-2. The runners',
        ],
        [
            '+I numbered every slat with masking tape before unscrewing them, because no two were quite the same '
            'length.',
            '-The sledge as it arrived, with the loose runner.',
            '+My neighbour, who rode sledges like it as a boy, told me: "Don\'t make it too shiny, or it\'ll look like '
            'a toy."',
        ],
        [
            '-Pin this post for later',
            '+What the restoration involved',
            '+Sanding the slats back to bare wood and oiling them.',
            '+Straightening the bent runner with a vice and gentle heat.',
            '+Replacing the rusted bolts with brass ones.',
        ],
        [
            '+The whole job took five weekends and cost less than forty pounds in materials.',
            '-The finished sledge leaning against the shed door.',
            '+When the snow finally came, it ran faster than the plastic ones my nephews own.',
        ],
        [
            '-Share this: Facebook · Pinterest · Email',
            '-Follow me on Instagram for more old-wood rescues',
        ],
        [
            '-5 comments',
            '-Maud: It looks better than new – what oil did you use?',
            '-↳ Gideon: Boiled linseed, three thin coats.',
            '-Snowday_Sam: We had one just like this in 1962.',
            "-↳ Gideon: Then you'll know how fast they go!",
        ],
        [
            '-Proudly powered by WordPress | Theme: Sela',
        ],
    ]),
    _page('fr', 'fr-portail-montbrezac-ecluse', [
        [
            '-Aller au contenu principal',
            '-Le Courrier de Montbrézac',
            '-Actualité · Sports · Loisirs · Annonces · Nécrologie',
        ],
        [
            '-Accueil › Montbrézac › Vie locale',
            '+Écluse de la Guinguette : les nouvelles portes sont en place',
            '-Par Solène Marquevaux, le 2 décembre 2026 à 07h15',
        ],
        [
            '-Lecture 3 min.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "+Les deux portes amont de l'écluse de la Guinguette, sur le canal, ont été remplacées la semaine dernière "
            'après un chantier de six semaines.',
            "+Les anciennes portes en chêne, posées en 1987, laissaient passer tant d'eau que le bief se vidait en une "
            'nuit.',
            '-Les nouvelles portes soulevées par la grue, lundi matin.',
            '-Photo Voies navigables de France',
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Ces maisons de retraite qui font le plein en 2026',
            "+L'éclusier, Bastien Garbouillet, se félicite : « Enfin, je n'aurai plus besoin d'écoper le sas chaque "
            'matin. »',
        ],
        [
            '+Ce qui change pour les plaisanciers',
            '+La navigation reprendra le 15 mars.',
            '-À lire aussi : Le pont tournant de la rue des Mariniers repeint',
            '+Le passage se fera toujours à la main.',
            "+Un panneau expliquera l'histoire de l'écluse.",
        ],
        [
            "+Le chantier, d'un montant de 240 000 euros, a été financé par l'État et la région.",
            "-Recevez chaque matin l'essentiel de l'actualité de Montbrézac : inscrivez-vous à notre newsletter",
        ],
        [
            "+Une fête de l'écluse est prévue au printemps, avec des promenades en barque.",
            '-Mots-clés : canal, écluse, patrimoine',
        ],
        [
            '-3 commentaires',
            '-Mireille : Bravo aux ouvriers, le travail est superbe.',
            '-↳ Armand : Il était temps, le sas fuyait depuis des années.',
            '-Pêcheur_du_bief : Et les pêcheurs, on pourra revenir quand ?',
        ],
        [
            '-Mentions légales · Contact · CGU · Cookies',
            '-© 2026 Éditions Montbrézac Presse – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-bullesdejardin-kombucha', [
        [
            '-Accueil · Recettes · Fermentations · À propos',
            '-Bulles de Jardin',
            '-Fermentations maison, sans prise de tête',
        ],
        [
            '-Publié le 30 novembre 2026 par Capucine',
            '+Mon premier kombucha : trois semaines et un scoby',
            '-Aller aux commentaires',
        ],
        [
            '-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
            'commission.',
            "+Une amie m'a donné un scoby dans un bocal de confiture, avec un fond de thé déjà fermenté et beaucoup de "
            'conseils.',
        ],
        [
            '-Sommaire',
            '-1. Le matériel',
            '-2. La première fermentation',
        ],
        [
            "+J'ai préparé deux litres de thé noir sucré, laissé refroidir, puis versé le tout dans un grand bocal "
            "couvert d'un torchon.",
            "-Le scoby flottant dans le bocal, au bout d'une semaine.",
            "+Mon amie m'avait prévenue : « Surtout, ne le mets jamais au réfrigérateur, il s'endort. »",
        ],
        [
            '-Épinglez cet article sur Pinterest',
            "+Ce que j'ai appris",
            '+Le thé doit être complètement froid.',
            '+Un bocal en verre vaut mieux que le plastique.',
            '+Goûter chaque jour à partir du septième jour.',
        ],
        [
            '+Au bout de dix jours, le kombucha avait un goût de cidre léger, un peu trop acide pour mes enfants.',
            '-Les bouteilles de la seconde fermentation sur le plan de travail.',
            "+Pour la prochaine fournée, j'ajouterai du gingembre frais en seconde fermentation.",
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
            '-Suivez-moi sur Instagram pour les prochaines recettes',
        ],
        [
            '-4 commentaires',
            '-Odile : Le mien a moisi la première fois, courage !',
            "-↳ Capucine : Merci, le mien a l'air bien vivant pour l'instant.",
            '-Gaëtan : Tu utilises quel sucre ?',
            '-↳ Capucine : Du sucre blanc tout simple.',
        ],
        [
            '-Hébergé par Canalblog',
        ],
    ]),
    _page('de', 'de-portal-moewenhagen-seebruecke', [
        [
            '-Zum Inhalt springen',
            '-Möwenhagener Rundschau',
            '-Lokales · Sport · Kultur · Service · Trauer',
        ],
        [
            '-Startseite › Lokales › Möwenhagen',
            '+Lampen auf der Seebrücke leuchten wieder',
            '-Von Ingeborg Kleiberstedt | 01.12.2026, 18:30 Uhr',
        ],
        [
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '+Zum ersten Mal seit dem Sturm im Februar 2025 brennen auf der Seebrücke von Möwenhagen wieder alle 24 '
            'Laternen.',
            '+Die gusseisernen Masten wurden abgebaut, in einer Gießerei in Rostock ausgebessert und mit sparsamen '
            'LED-Leuchten bestückt.',
            '-Die Seebrücke am Dienstagabend mit den neuen Laternen.',
            '-Foto: Kurverwaltung Möwenhagen',
        ],
        [
            '-Anzeige',
            '-Gesponsert: So sparen Hausbesitzer jetzt bei der Heizung',
            '+Kurdirektor Hartwig Priggenhaus sagt: „Die Brücke ist unser Wahrzeichen, dunkel durfte sie nicht '
            'bleiben.“',
        ],
        [
            '+Was sich für Besucher ändert',
            '+Die Laternen brennen bis Mitternacht.',
            '-Lesen Sie auch: Neue Rettungsschwimmer für den Hauptstrand gesucht',
            '+Das Brückenende bleibt im Winter gesperrt.',
            '+Eine Tafel erklärt die Geschichte der Brücke.',
        ],
        [
            '+Die Arbeiten kosteten rund 180.000 Euro, den größten Teil übernahm das Land.',
            '-Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der '
            'Region',
        ],
        [
            '+Zur Einweihung spielt am Samstag der Shantychor auf dem Brückenkopf.',
            '-Schlagworte: Seebrücke, Möwenhagen, Tourismus',
        ],
        [
            '-5 Kommentare',
            '-Strandkorb66: Endlich wieder ein schöner Abendspaziergang!',
            '-↳ Birgit: Finde ich auch, die alten Lampen waren viel zu dunkel.',
            '-Kurgast_Heinz: Und wer bezahlt den Strom?',
        ],
        [
            '-Impressum · Datenschutz · AGB · Kontakt',
            '-© 2026 Ostsee Medienhaus GmbH',
        ],
    ]),
    _page('de', 'de-blog-flickenundfaden-quilt', [
        [
            '-Start · Anleitungen · Stoffkunde · Über mich',
            '-Flicken & Faden',
            '-Patchwork aus Resten und Erinnerungen',
        ],
        [
            '-Veröffentlicht am 28. November 2026 von Almut',
            '+Meine erste Patchworkdecke aus alten Hemden',
            '-Direkt zu den Kommentaren',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, erhalte ich eine kleine Provision.',
            '+Aus zwölf karierten Hemden meines Vaters wollte ich eine Decke nähen, die meine Tochter mit ins Studium '
            'nehmen kann.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Zuschnitt',
            '-2. Das Quilten',
        ],
        [
            '+Ich habe jedes Hemd aufgetrennt, gewaschen und in Quadrate von zwölf Zentimetern geschnitten, insgesamt '
            '144 Stück.',
            '-Die zugeschnittenen Quadrate, nach Farben sortiert.',
            '+Meine Nachbarin, die seit vierzig Jahren quiltet, sagte nur: „Bügeln, bügeln, bügeln – dann passt jede '
            'Naht.“',
        ],
        [
            '-Diesen Beitrag auf Pinterest speichern',
            '+Was ich dabei gelernt habe',
            '+Ein Rollschneider spart Stunden.',
            '+Nahtzugaben immer in eine Richtung bügeln.',
            '+Lieber zu viel Stoff kaufen als zu wenig.',
        ],
        [
            '+Nach sieben Wochen Abendarbeit lag die Decke fertig gequiltet auf dem Sofa.',
            '-Die fertige Decke über der Sofalehne.',
            '+Aus den Knopfleisten, die übrig blieben, nähe ich als Nächstes ein Kissen.',
        ],
        [
            '-Teilen: Facebook · Pinterest · E-Mail',
            '-Folge mir auf Instagram für mehr Nähprojekte',
        ],
        [
            '-4 Kommentare',
            '-Renate: Was für eine schöne Idee mit den Hemden!',
            '-↳ Almut: Danke, mein Vater hat sich sehr gefreut.',
            '-Stichfest_Uschi: Welches Vlies hast du genommen?',
            '-↳ Almut: Ein dünnes Baumwollvlies, kein Volumenvlies.',
        ],
        [
            '-Erstellt mit WordPress · Theme: Kadence',
        ],
    ]),
    _page('it', 'it-portale-roccabellina-skatepark', [
        [
            '-Vai al contenuto',
            '-La Voce di Roccabellina',
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
        ],
        [
            '-Home › Cronaca › Roccabellina',
            '+Lo skate park del parco Marconi raddoppia',
            '-Di Marisa Pignoletti | 2 dicembre 2026, ore 8:40',
        ],
        [
            '-Lettura: 3 minuti',
            '-Condividi: Facebook · WhatsApp · Email',
        ],
        [
            '+Lo skate park del parco Marconi è stato ampliato con una nuova vasca e due rampe, inaugurate sabato '
            'pomeriggio davanti a duecento ragazzi.',
            "+L'area, aperta nel 2014, era diventata troppo piccola per i tanti giovani che la frequentano dopo la "
            'scuola.',
            "-La nuova vasca durante l'inaugurazione di sabato.",
            '-Foto Ufficio stampa del Comune',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Le polizze auto più convenienti del mese',
            "+L'assessore allo sport Fulvio Ranuzzini ha detto: «I ragazzi ci hanno chiesto spazio e glielo abbiamo "
            'dato.»',
        ],
        [
            '+Cosa cambia al parco',
            '+Il parco resta aperto fino alle 22.',
            '-Leggi anche: Nuove panchine in piazza Garibaldi',
            '+Il casco è obbligatorio per i minori di 14 anni.',
            '+Il sabato mattina ci sono lezioni gratuite.',
        ],
        [
            '+I lavori sono costati 95 mila euro, in parte coperti da un bando regionale.',
            '-Iscriviti alla newsletter della Voce e ricevi ogni mattina le notizie del territorio',
        ],
        [
            "+Un gruppo di ragazzi si è già offerto di tenere pulita l'area ogni domenica.",
            '-Argomenti: skate park, giovani, parco Marconi',
        ],
        [
            '-6 commenti',
            "-Mamma_di_Leo: Finalmente, mio figlio non parla d'altro.",
            '-↳ Corrado: E speriamo che ci mettano anche più luci.',
            '-Vecchio_residente: Il rumore fino alle 22 però è troppo.',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie',
            '-© 2026 Edizioni Valbellina srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-sassiasecco-muretto', [
        [
            '-Home · Progetti · Attrezzi · Chi sono',
            '-Sassi a Secco',
            '-Muri, pietre e pazienza in collina',
        ],
        [
            '-Pubblicato il 27 novembre 2026 da Nando',
            "+Come ho rifatto il muretto a secco dell'orto",
            '-Vai ai commenti',
        ],
        [
            '-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
            'commissione.',
            "+Il muretto che sostiene l'orto di mio nonno era crollato per tre metri dopo le piogge di ottobre.",
        ],
        [
            '-Indice',
            '-1. Smontare il crollo',
            '-2. Le fondamenta',
        ],
        [
            '+Ho smontato tutto a mano, dividendo le pietre in tre mucchi: quelle grandi per la base, le medie e le '
            'piccole per riempire.',
            '-Le pietre divise in mucchi lungo il sentiero.',
            '+Un vecchio muratore del paese mi ha detto: «Ogni pietra deve toccarne due sotto, mai una sola.»',
        ],
        [
            '-Salva questo articolo su Pinterest',
            '+Cosa ho imparato',
            '+Il muro deve inclinarsi verso la collina.',
            '+Le pietre lunghe vanno messe di traverso.',
            '+Meglio lavorare con i guanti spessi.',
        ],
        [
            '+Ci sono voluti nove fine settimana, ma il muretto ora regge la terra senza un filo di cemento.',
            "-Il muretto finito, con l'orto sopra.",
            '+In primavera pianterò del timo tra le pietre della parte più alta.',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Seguimi su Instagram per altri lavori in pietra',
        ],
        [
            '-5 commenti',
            '-Giovanna: Che lavoro! Anche mio padre li faceva così.',
            "-↳ Nando: Allora sai quanta fatica c'è dietro.",
            '-Orto_di_Pina: Quanto è alto?',
            '-↳ Nando: Un metro e dieci nel punto più alto.',
        ],
        [
            '-Creato con WordPress · Tema Neve',
        ],
    ]),
    _page('pl', 'pl-portal-modrzewie-dzwony', [
        [
            '-Przejdź do treści',
            '-Echo Modrzewia',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi',
        ],
        [
            '-Strona główna › Wiadomości › Gmina',
            '+Dzwony wróciły na wieżę kościoła św. Wawrzyńca',
            '-Autor: Bożena Łopianowska | 2 grudnia 2026, 9:05',
        ],
        [
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · X · E-mail',
        ],
        [
            '+Trzy dzwony kościoła św. Wawrzyńca w Modrzewiu Górnym po roku wróciły na wieżę i w niedzielę znów '
            'zadzwoniły na mszę.',
            '+Dzwony zdjęto w ubiegłym roku, gdy okazało się, że dębowa konstrukcja, na której wisiały, jest '
            'przegniła.',
            '-Największy z dzwonów podnoszony dźwigiem na wieżę.',
            '-Fot. Parafia św. Wawrzyńca',
        ],
        [
            '-Reklama',
            '-Artykuł sponsorowany: Jak tanio ocieplić dom przed zimą',
            '+Proboszcz, ks. Tadeusz Korzeniowiak, mówi: „Ludzie mówili, że bez dzwonów wieś jest jakaś cicha i '
            'smutna.”',
        ],
        [
            '+Co dalej z wieżą',
            '+Dzwony będą bić w południe.',
            '-Przeczytaj także: Nowe lampy na rynku w Modrzewiu',
            '+Wieża zostanie otwarta dla zwiedzających.',
            '+Zegar na wieży wróci wiosną.',
        ],
        [
            '+Remont kosztował 310 tysięcy złotych, z czego połowę zebrali parafianie.',
            '-Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości z gminy',
        ],
        [
            '+Na Boże Narodzenie dzwony mają zabrzmieć wszystkie trzy naraz.',
            '-Tagi: kościół, dzwony, zabytki',
        ],
        [
            '-3 komentarze',
            '-Ewelina: Aż się wzruszyłam, gdy je usłyszałam.',
            '-↳ Stary_kościelny: Pamiętam, jak dzwoniło się ręcznie.',
            '-Mieszkaniec_Górnego: Szkoda tylko, że tak długo to trwało.',
        ],
        [
            '-O nas · Kontakt · Regulamin · Polityka prywatności',
            '-© 2026 Media Modrzewie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-ostrabalkonia-chili', [
        [
            '-Strona główna · Uprawy · Przetwory · O mnie',
            '-Ostra Balkonia',
            '-Papryczki chili na czwartym piętrze',
        ],
        [
            '-Opublikowano 26 listopada 2026 przez Martę',
            '+Sezon chili na balkonie: pięć odmian w doniczkach',
            '-Przejdź do komentarzy',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
            '+W marcu wysiałam na parapecie nasiona pięciu odmian chili, od łagodnej jalapeño po bardzo ostrą '
            'habanero.',
        ],
        [
            '-Spis treści',
            '-1. Wysiew',
            '-2. Przesadzanie',
        ],
        [
            '+W maju przeniosłam sadzonki na balkon od południa, do dziesięciolitrowych doniczek z ziemią do '
            'pomidorów.',
            '-Sadzonki na parapecie w kwietniu.',
            '+Sąsiadka z dołu, która uprawia chili od lat, poradziła mi: „Nie podlewaj za często, papryka lubi trochę '
            'pocierpieć.”',
        ],
        [
            '-Zapisz ten wpis na Pintereście',
            '+Czego się nauczyłam',
            '+Habanero dojrzewa najpóźniej.',
            '+Kwiaty trzeba czasem zapylać pędzelkiem.',
            '+Wiatr na balkonie łamie młode pędy.',
        ],
        [
            '+Do października zebrałam ponad dwa kilogramy papryczek, większość suszę na sznurku w kuchni.',
            '-Papryczki habanero suszone na sznurku.',
            '+W przyszłym roku spróbuję przezimować dwie rośliny w mieszkaniu.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · E-mail',
            '-Obserwuj mnie na Instagramie, by zobaczyć kolejne zbiory',
        ],
        [
            '-4 komentarze',
            '-Kasia: Ja mam tylko jedną roślinę, a i tak nie nadążam z jedzeniem!',
            '-↳ Marta: Suszenie ratuje sytuację.',
            '-Ogrodnik_z_bloku: Jakiej ziemi używasz?',
            '-↳ Marta: Zwykłej do pomidorów z dodatkiem perlitu.',
        ],
        [
            '-Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-maloberyozovsk-avtobus', [
        [
            '-Перейти к содержанию',
            '-Малоберёзовский вестник',
            '-Новости · Общество · Спорт · Афиша · Объявления',
        ],
        [
            '-Главная › Общество › Транспорт',
            '+Автобус до Сосновки оставили благодаря петиции',
            '-Автор: Ефросинья Лебедянкина | 2 декабря 2026, 10:20',
        ],
        [
            '-Время чтения: 3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+Пригородный автобус № 112 до деревни Сосновка, который собирались отменить с января, продолжит ходить.',
            '+За сохранение маршрута жители деревни собрали больше восьмисот подписей и передали их в районную '
            'администрацию.',
            '-Автобус № 112 на остановке в Сосновке.',
            '-Фото: администрация района',
        ],
        [
            '-Реклама',
            '-Спецпроект: Где выгодно взять ипотеку в 2026 году',
            '+Инициатор петиции, учительница Вера Пантелеевна Закромова, говорит: «Без этого автобуса дети просто не '
            'доберутся до школы».',
        ],
        [
            '+Что изменится для пассажиров',
            '+Автобус будет ходить три раза в день.',
            '-Читайте также: В Малоберёзовске отремонтируют мост через реку',
            '+Стоимость проезда не изменится.',
            '+Расписание повесят на всех остановках.',
        ],
        [
            '+Перевозчик получит субсидию из районного бюджета, чтобы покрыть убытки от рейса.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости района',
        ],
        [
            '+Жители Сосновки уже пригласили водителя на новогодний концерт в местном клубе.',
            '-Теги: транспорт, петиция, Сосновка',
        ],
        [
            '-4 комментария',
            '-Людмила: Спасибо всем, кто подписал!',
            '-↳ Сосед_из_Сосновки: Теперь бы ещё дорогу починили.',
            '-Пенсионер_Николай: Молодцы, не сдались.',
        ],
        [
            '-О редакции · Контакты · Рекламодателям · Правила',
            '-© 2026 ООО «Малоберёзовское медиа». 16+',
        ],
    ]),
    _page('ru', 'ru-blog-khlebnayapolka-zakvaska', [
        [
            '-Главная · Рецепты · Закваски · Обо мне',
            '-Хлебная полка Марфы',
            '-Домашний хлеб без спешки',
        ],
        [
            '-Опубликовано 25 ноября 2026, автор: Марфа',
            '+Как я спасала свою закваску после отпуска',
            '-Перейти к комментариям',
        ],
        [
            '-В этом посте есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшой процент.',
            '+Перед отпуском я оставила ржаную закваску в холодильнике на три недели, а вернувшись, нашла под крышкой '
            'серую жидкость.',
        ],
        [
            '-Содержание',
            '-1. Что случилось',
            '-2. Как я её кормила',
        ],
        [
            '+Я сняла верхний слой, взяла одну ложку закваски со дна и начала кормить её мукой и водой дважды в день.',
            '-Банка с закваской после первого кормления.',
            '+Моя бабушка, которая пекла хлеб всю жизнь, сказала по телефону: «Закваску так просто не убьёшь, она '
            'живучая».',
        ],
        [
            '-Сохраните этот пост в Pinterest',
            '+Что помогло закваске',
            '+Тёплое место у батареи.',
            '+Ржаная обдирная мука.',
            '+Кормление строго по часам.',
        ],
        [
            '+На пятый день закваска снова поднялась вдвое за шесть часов и запахла кефиром, как раньше.',
            '-Первая буханка после спасения закваски.',
            '+Теперь перед поездками я подсушиваю часть закваски в хлопья про запас.',
        ],
        [
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-Подписывайтесь на меня в Дзене, там больше рецептов',
        ],
        [
            '-5 комментариев',
            '-Ольга: У меня так же было, тоже спасла!',
            '-↳ Марфа: Рада, что не одна такая.',
            '-Хлебопёк_Игорь: А можно заморозить закваску?',
            '-↳ Марфа: Можно, но просыпается она дольше.',
        ],
        [
            '-Блог создан на WordPress · Тема Twenty Twenty-Four',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Tableau Public dashboard failed to load – try refreshing, or open it on public.tableau.com.':
        "an English Tableau Public placeholder ('Tableau Public dashboard failed to load – try refreshing, or open it "
        "on public.tableau.com.') is left in the body",
    'Аудиозапись из ВКонтакте недоступна: доступ ограничен правообладателем.':
        "a Russian VK audio placeholder ('Аудиозапись из ВКонтакте недоступна: доступ ограничен правообладателем.') is "
        'left in the body',
    'Restored sledges and spare runners are on sale in my Shopify shop each November.':
        "an English Shopify sledges plug ('Restored sledges and spare runners are on sale in my Shopify shop each "
        "November.') is left at the foot",
    'Organizzo corsi di muratura a secco nei fine settimana: prenotazioni su Airbnb Esperienze.':
        "an Italian Airbnb Experiences courses plug ('Organizzo corsi di muratura a secco nei fine settimana: "
        "prenotazioni su Airbnb Esperienze.') is left at the foot",
    'What do you think? Have your say in the comments below.':
        "an English have-your-say comment prompt ('What do you think? Have your say in the comments below.') is left "
        'at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-beechandrunner-sledge':
        "the sledge blog's post keeps the photo caption ('The sledge as it arrived, with the loose runner.') between "
        "the second paragraph and the quote and the photo caption ('The finished sledge leaning against the shed "
        "door.') between the two last paragraphs (2 of 20 noise lines); no article line is lost",
    'fr-blog-bullesdejardin-kombucha':
        "the kombucha blog's post keeps the photo caption ('Le scoby flottant dans le bocal, au bout d'une semaine.') "
        "between the second paragraph and the quote and the photo caption ('Les bouteilles de la seconde fermentation "
        "sur le plan de travail.') between the two last paragraphs (2 of 20 noise lines); no article line is lost",
    'de-blog-flickenundfaden-quilt':
        "the quilt blog's post keeps the photo caption ('Die zugeschnittenen Quadrate, nach Farben sortiert.') between "
        "the second paragraph and the quote and the photo caption ('Die fertige Decke über der Sofalehne.') between "
        'the two last paragraphs (2 of 20 noise lines); no article line is lost',
    'it-blog-sassiasecco-muretto':
        "the dry-stone wall blog's post keeps the photo caption ('Le pietre divise in mucchi lungo il sentiero.') "
        "between the second paragraph and the quote and the photo caption ('Il muretto finito, con l'orto sopra.') "
        'between the two last paragraphs (2 of 20 noise lines); no article line is lost',
    'pl-blog-ostrabalkonia-chili':
        "the chilli blog's post keeps the photo caption ('Sadzonki na parapecie w kwietniu.') between the second "
        "paragraph and the quote and the photo caption ('Papryczki habanero suszone na sznurku.') between the two last "
        'paragraphs (2 of 20 noise lines); no article line is lost',
    'ru-blog-khlebnayapolka-zakvaska':
        "the sourdough blog's post keeps the photo caption ('Банка с закваской после первого кормления.') between the "
        "second paragraph and the quote and the photo caption ('Первая буханка после спасения закваски.') between the "
        'two last paragraphs (2 of 20 noise lines); no article line is lost',
}


test_held_out_163_line, test_held_out_163_line_is_kept, test_held_out_163_page = held_out_tests(
    HELD_OUT_163_LINES, HELD_OUT_163_KEEP, HELD_OUT_163_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
