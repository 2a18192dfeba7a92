"""Held-out set 165: written blind, weighted toward the noise the cleaner exists for, in shapes set 164's docstring does
not name (nor the first paragraphs of sets 161, 162 and 163): scraper, embed and ad markers (an English Strava activity
whose route the athlete made private "Strava activity could not be displayed – the athlete has made this route
private.", an English Flourish chart still loading, which blames the reader's network for blocking its host "Flourish
chart loading… If nothing appears, your network may be blocking flourish.studio.", an English age-restricted TikTok
video that needs a log-in to confirm the reader's age "This TikTok video is age-restricted. Log in to TikTok to confirm
your age and watch it.", the French Google Maps error "Cette page ne peut pas charger Google Maps correctement.", a
German embedded Twitch stream whose channel is offline "Eingebetteter Twitch-Stream: Der Kanal ist derzeit offline.", an
Italian Bandcamp player whose album the label withdrew "Lettore Bandcamp non disponibile: l'album è stato ritirato
dall'etichetta.", a Polish Infogram chart that does not support the reader's browser version "Wykres z Infogram nie
obsługuje tej wersji przeglądarki – zaktualizuj ją." and a Russian VK Video live stream that has ended, its recording to
come later "Трансляция VK Видео завершилась. Запись появится позже."); reading-time headers in new wordings (the bare
English "A 5-minute read", a blog's fair-warning-it's-a-long-one line of fifteen minutes "Fair warning: it's a long one,
about fifteen minutes from top to bottom.", the French an-article-to-read-in line "Un article à lire en 5 minutes", the
German read-in-five-minutes line "In 5 Minuten gelesen", the Italian a-five-minute-reading line "Lettura da 5 minuti",
the Polish you-need-five-minutes-to-read-it line "Na przeczytanie potrzebujesz 5 minut" and the Russian
you-will-read-it-in line "Прочтёте за 5 минут"); bylines and self-promotion (an English story-and-pictures-by byline
"Story and pictures by Wilhelmina Scrodgeley", an English reporting-by-and-editing-by byline "Reporting by Barnaby
Fettlecombe; editing by Ffion Trevallagh", a French interview byline "Propos recueillis par Gontran Pélissonnaud" and a
Polish text-and-photos byline "Tekst i zdjęcia: Bronisław Szczygielak", all at the head, and at the foot an English
Ko-fi bat-boxes plug with a price "Spare bat boxes from this batch are on my Ko-fi shop, £18 including postage.", a
German buycycle restored-wheels plug with collection in Kassel "Restaurierte Laufräder verkaufe ich über buycycle,
Abholung in Kassel möglich.", an Italian Etsy handmade-paper plug pointing to the Instagram bio "I fogli di carta fatta
a mano li vendo su Etsy: il link è nella bio di Instagram." and a Russian Avito reupholstered-armchairs plug with
collection in Tver "Готовые кресла после перетяжки продаю на Авито, самовывоз из Твери."); blog and site footers (an
English Hugo, PaperMod and GitHub Pages credit row "Built on Hugo · Theme: PaperMod · Hosted by GitHub Pages", an
English printed-and-published-by imprint line "Printed and published by Grindlesby Newspapers Ltd at 14 Tanner Row.", an
English template-and-icons credit "Template by HTML5 UP · Icons by Font Awesome", the French SPIP credit with its
sitemap and private-area links "Propulsé par SPIP · Plan du site · Espace privé", a German responsible-for-content line
under the Medienstaatsvertrag "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Hiltrud Wendelsheimer", an Italian
hosted-free-by-Altervista line with its privacy link "Sito ospitato gratuitamente da Altervista · Privacy e cookie", a
Polish site-design credit "Projekt i wykonanie strony: Studio Kreskowiec" and a Russian age-mark, editor-in-chief and
newsroom-telephone line "18+ · Главный редактор: Ираида Перепелищева · Телефон редакции: +7 (4822) 55-01-73");
reader-comment furniture (an English comment count with a sign-in-with-Google prompt "Comments (31) – sign in with your
Google account to join in.", an English Viafoura credit with a pointer to the community guidelines "Comments powered by
Viafoura – please read our community guidelines before posting.", the bare English "Facebook Comments Plugin" label, a
French see-the-nine-readers'-reactions link "Voir les 9 réactions des lecteurs", a German
commenting-closed-automatically-after-72-hours note "Die Kommentarfunktion ist nach 72 Stunden automatisch
geschlossen.", an Italian show-seven-more-comments link "Mostra altri 7 commenti", a Polish sort-comments row "Sortuj
komentarze: najnowsze · najstarsze · najlepiej oceniane" and the Russian Cackle widget label "Комментарии для сайта
Cackle"); share rows (an English share-on row with Pinterest, Tumblr, Pocket and print "Share on: Pinterest · Tumblr ·
Pocket · Print", a German recommend-this-article row with WhatsApp, Threema and e-mail "Diesen Artikel empfehlen:
WhatsApp · Threema · E-Mail" and a Polish share row with Facebook, X, LinkedIn and Wykop "Podziel się: Facebook · X ·
LinkedIn · Wykop"); and notices (a French offered-by-the-newsroom note with a subscribe appeal "Cet article vous est
offert par la rédaction. Pour soutenir l'information locale, abonnez-vous." and an Italian written-with-an-AI-tool note
"Questo articolo è stato scritto con il supporto di uno strumento di intelligenza artificiale e verificato dalla
redazione.", both in the body, and the Russian photo-is-illustrative note "Фото носит иллюстративный характер." at the
foot); and toward whole scraped news and hobby-blog pages in layouts set 164's docstring does not describe (on the six
portal pages, in ten blocks, the masthead, today's date line and the section menu in one block of three at the very top,
the date in the middle; a breadcrumb and the title in one block of two, the title last; the byline, the updated line and
the reading time in one block of three under it; the lead photo's caption and its credit at the top of the first
paragraph's block, right before the first paragraph; the second paragraph and the paragraph with the quote in one block
with an ad label and a sponsored headline between them; a share row at the top of the list block, right before the
subheading, then the three rows; the two last paragraphs in one block with a read-also link and a newsletter or Telegram
prompt between them; a tags line alone; at the foot two blocks, four lines of a comment thread (a comment count, a
comment, a second reader's arrowed reply and the first commenter's arrowed answer to it) and then the publisher's
copyright line alone; on the six blog pages, in ten blocks, the blog name and its tagline in one block of two; a
category line, the title and the posted-on-date-by-author line in one block of three, the title in the middle; the
reading time, an affiliate-links disclosure and a skip-to-comments link in one block of three; the first and second
paragraphs in one block with a photo caption at its end, after the second paragraph; the paragraph with the quote alone;
the subheading and the three rows with a second photo caption between the first and second rows; the two last paragraphs
in one block with the author's sign-off and a share row at its end; a follow prompt and a tags line in one block of two;
at the foot two blocks, six lines (a comments count, a comment, the author's arrowed reply, a second comment, another
reader's arrowed reply to it and the author's arrowed reply after that) and then a platform or theme credit alone),
taken from local news of fresh kinds (a lighthouse keeper's cottage opened as a museum, a town's Christmas lights
switched to LEDs, a village's well uncovered during roadworks, a marina's pontoons replaced, a sports club's floodlights
approved, a retirement home's minibus donated) and from blogs about restoring a leather armchair, making elderflower
cordial, building a bat box, learning morse code, repairing bicycle wheels and making paper from old newspapers.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 164 but what is named here), held-out set 166 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 164 up to its paragraph "Measured after round 112", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 161, 162 and 163, printed with one ast
script (/tmp/s165scratch/readdoc.py, reading the files of /tmp/wt-set165/tests, the set's worktree at the brief's
commit; see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set165); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s165scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 164's as printed, with 164 -> 165; /tmp/s165scratch/gen165.py writes this file from scratch files (data165.py with
the noise and keep lines, pages165.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables165.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s165, detached at commit 9e494f35a4d0f762f4c928be0b7a4eeb11be0f98, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 03:51:05 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9e494f35a4d0f762f4c928be0b7a4eeb11be0f98 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards; helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. (2) readdoc.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 164's Slips and notes (3) to inside set 162's first paragraph); its second run went to
/tmp/s165scratch/peek.out, of which I paged lines 125 to 480 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 164's docstring before the paragraph "Measured after round 112" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes and layouts already named, noted rather than hidden: the English Strava line is a made-private
placeholder like set 161's private Vimeo showcase and set 162's private YouTube video, for a new service and with a
route, not a video; the English TikTok line asks for a log-in, like set 161's Google Forms and set 164's Yandex Music
lines, for a new reason (an age check); the English Flourish line blames the network, a reason not named before; the
French line is Google Maps' own error text; the German Twitch, Italian Bandcamp, Polish Infogram and Russian VK Video
lines are unavailable-content placeholders for new services with new reasons (a channel offline, an album withdrawn by
the label, an outdated browser, a live stream ended); the reading times are new phrasings of the same minutes-to-read
idea as every earlier one, the bare "A 5-minute read" is the plainest of them and the Russian you-will-read-it-in line
is the Russian of set 164's Polish "Przeczytasz w 4 minuty"; the English story-and-pictures byline and the Polish
text-and-photos byline are close in kind to set 163's written-and-photographed-by byline, and the French interview
byline and the English reporting-and-editing byline are new kinds; the Ko-fi, buycycle, Etsy and Avito plugs are of the
sell-it-on-a-platform kind of many named plugs, on platforms not named there (the Italian one points to an Instagram
bio, as set 164's Italian plug points to Instagram); the Hugo-PaperMod-GitHub Pages row and the HTML5 UP template credit
share the builder-credit idea of many named footers, the Italian Altervista and French SPIP lines are platform credits
like set 163's Overblog credit, the English imprint line, the German MStV line and the Russian editor-in-chief line are
legal lines of the kind of set 163's Italian court-registration line with its editor in charge, and the Polish design
credit is a credit of a web studio; the Viafoura, Facebook Comments Plugin and Cackle lines are comment-system labels
like set 164's Disqus message, the English sign-in-with-Google count is close to set 163's Italian
log-in-with-Facebook-or-Google prompt, the German auto-closed note is of the comments-closed kind of set 163's English
note with a new reason (72 hours), the French and Italian see-more links are close to set 162's German
show-four-more-replies link and set 161's showing-three-of-27 row, and the Polish sort row is new; the share rows list
new sets of services (Tumblr and Pocket, Threema, Wykop); the French offered-by-the-newsroom note, the Italian AI-tool
note and the Russian illustrative-photo note are new notices. On the pages the noise is of common kinds (mastheads, date
lines, menus, breadcrumbs, bylines, updated lines, reading times, captions and credits, ad labels, sponsored headlines,
share rows, read-also links, newsletter and Telegram prompts, tags lines, comment threads, copyright lines, blog names
and taglines, category and posted-on lines, affiliate disclosures, skip-to-comments links, sign-offs, follow prompts and
platform credits), since the brief asks for new layouts there; some positions echo earlier layouts (the breadcrumb right
above the title, as in set 162's portals' menu, breadcrumb and title; the two-line blog name and tagline, as in the blog
names of earlier sets; the blogs' six-line thread is set 164's five-line thread with the author's second reply added;
the portals' four-line thread is set 164's with the third line an answer of the first commenter instead of a comment
left unanswered; the blogs' paragraph with the quote alone, as in set 161's blogs), while what is new is where the rest
sits (on the portals the date in the middle of the top block of three, the byline, updated line and reading time in
their own block of three, the caption and credit at the top of the first paragraph's block, the ad label and sponsored
headline between the second paragraph and the quote in one block, the share row at the top of the list block, the
read-also link and the newsletter prompt together between the two last paragraphs, a tags line alone and the copyright
line alone at the very end; on the blogs the category line above the title and the posted-on line under it in one block,
the reading time with an affiliate disclosure and a skip-to-comments link in one block, the photo caption at the end of
the first two paragraphs' block, the second caption between the first and second list rows, the sign-off and share row
after the last paragraphs in their block, and a follow prompt with a tags line). (4) Before the measurement
/tmp/s165scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the lines;
its first run found one: the German portal's ad label "Anzeige" inside the held-out German plug, which then sold through
"Kleinanzeigen"; the plug became the buycycle line; its second run found nothing. While writing, I had already changed
the German portal's menu, whose last entry "Anzeigen aufgeben" held the ad label "Anzeige" (the menu ends in
"Immobilien"). Lines and data were counted by scripts (45 noise lines: category, language and place as in Contents; 20
keep lines by language and place; 12 pages of ten blocks each, with 10 "+" and 20 "-" lines each).
/tmp/s165scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped; reading them I fixed the Polish blog's title (it had said the wheel was "scentrowane", centred, and became "Jak
sam wycentrowałem koło roweru"), the Russian posted-on line's grammar and the French portal's comment count (four, for a
thread of three lines, became three). (5) Invented names were checked with the exact-string search over public GitHub
files: Skerrowby, Quillerby, Penwarrick, Horsehair Parlour, LampRoomLil, Sainte-Grelauve (and Grelauve), Courtebaste,
Pradelouve, Sureau de Mamette, Josette_du_71, Framboise_22, Hummelsbrunn (for the village and Hummelsbrunner),
Knackenbrügge, Irmgard Pfützenreiter, Nachtsegler-Werkstatt, Heinz_am_Bach, Fledermausfan, Portoscorzano, Gelsominetti,
Pagliarinzo, Tasto e Cuffia, Vecchio_Lupo, Kozikrzew (for Kozikrzewo, Kozikrzewie and Kozikrzewski), Pąkowiacz,
Siatkobrodzk (for Siatkobrodzki), Kibic_z_Leśnej, Szprycha i Piasta, Gosia_na_kole, Верхнеполянск (for the town and its
paper), Заварзухин (for Заварзухина), Пустоколосов (for Пустоколосова), Полянская пресса, Баба_Зина, Бумажная мельница
на балконе, Кот_с_балкона, Scrodgeley, Fettlecombe, Trevallagh, Pélissonnaud, Szczygielak, Grindlesby, Wendelsheimer,
Перепелищев (for Перепелищева) and Kreskowiec had no hits. Dropped: Orbaine (a place name in data and parts of other
names; the town became Sainte-Grelauve), Schnackenberg and Wassertreter (real people and a real word; the reporter
became Gerwin Knackenbrügge and the village head Irmgard Pfützenreiter), Scalvaro (inside identifiers and a Spanish
place name; the port became Portoscorzano), Brustolon and Pettirossi (real people and an airport; the reporter became
Ermenegilda Gelsominetti and the president Cornelio Pagliarinzo), Punto Linea Punto (a phrase in a real file; the blog
became Tasto e Cuffia), Brzęczkowice and Żurawieck (a real district and real surnames; the town became Kozikrzewo),
Kwiatuszewsk and Ogórkiewicz (real surnames; the reporter became Teodora Pąkowiacz and the president Mirosław
Siatkobrodzki), Кочерыжкин, Пирожкова, Ватрушкина, Калиткин, Кулебякин and Сметанников (real surnames; the reporter
became Олимпиада Заварзухина and the director Серафима Пустоколосова), Crabtreeve (inside an identifier; the byline
became Wilhelmina Scrodgeley), Thistlecombe, Quintwhistle and Gwatkinson (place and person names in code and a user
name; the byline became Barnaby Fettlecombe and Ffion Trevallagh), Malbouquet (inside identifiers; the interviewer
became Gontran Pélissonnaud), Pellworth and Tanhollow (a name in code and inside an identifier; the publisher became
Grindlesby Newspapers), SaltyGran (inside a real user name; the commenter became LampRoomLil) and Кот_Матроскин (a
famous cartoon cat, replaced by Кот_с_балкона before any search). First names alone (Ginny, Odile, Jörg, Lucia, Witek,
Лида, Maureen, Nadine, Gudrun, Franco, Marek, Светлана and the like), initialled names (Tom H., Dev K., Marcel B.,
Sabine K., Giulia R., Marisa T., Ania W., Николай П.), real services, platforms and places (Strava, Flourish, TikTok,
Google Maps, Twitch, Bandcamp, Infogram, VK Video, Ko-fi, buycycle, Etsy, Avito, Hugo, PaperMod, GitHub Pages, HTML5 UP,
Font Awesome, SPIP, Altervista, Viafoura, Cackle, Canalblog, WordPress and its themes, Kassel, Tver, Ancona) and the
generic Tanner Row were not checked. (6) The measurement was run once, at 03:56:15 UTC by ``date``, in one shell call
with the brief's two commands (pytest output to /tmp/s165scratch/measure.out, report to /tmp/s165scratch/report.out);
then /tmp/s165scratch/problems.py printed the problems of every case with ``_problems`` (importing the copy in
/tmp/wt-s165/tests with /tmp/wt-s165/src on the path) to /tmp/s165scratch/problems.out: eight noise lines kept, nine
pages with problems (28 page noise lines left, all of them kept in the text, and four article lines reported lost or out
of order), no keep line lost, as in the Baseline paragraph. The reasons of the three tables (tables165.py) were written
from that output, and /tmp/s165scratch/checktables.py (which calls ``_problems`` again on the same copy, with the same
result) checked that the failing lines are exactly the keys of ``_LINE_XFAIL`` and each reason quotes its line, that no
keep line fails, that the failing pages are exactly the keys of ``_PAGE_XFAIL``, that every page noise line and article
line the output names is quoted in its page's reason, that no other noise or article line of the page is, and that each
reason's count and its no-article-line-lost clause match; nothing else was changed: gen165.py wrote the final file from
the same data files, checked that its lists equal them, and the pytest command was run again on it in /tmp/wt-s165. The
pages' lost lines are reported by ``_problems`` as "lost or out of order", and the reasons say so; I did not look
further at the cleaned text. (7) ``date`` printed 03:51:05 UTC at the start, 03:53:02 during the name checks, 03:56:15
at the measurement and 03:56:59 after the tables were checked; the times quoted here are those ``date`` printed. The
whole set was written, measured and committed within the brief's 50 minutes, from 03:51:05 UTC (the last ``date`` before
the commit is in the report of this helper).

Judgement calls: the keep lines "Comments from the harbour master about the pontoons were read out at the start of the
meeting.", "Shares in the marina company changed hands for the first time in a decade.", "Following the vote, the club
will put the floodlights out to tender in January.", "Subscribers to the lifeboat lottery raised most of the money for
the new minibus.", "Copyright on the lighthouse keeper's diaries has passed to the maritime museum.", "Advertisers on
the old lights paid for the bulbs until the council took them over in 1998.", "Reading the well's date stone took the
archaeologists most of an afternoon.", "Commentant la décision, le maire a salué le travail des bénévoles du port.",
"Partagé entre deux communes, le phare est longtemps resté à l'abandon.", "Suivre le chantier est devenu un passe-temps
pour les retraités du quartier.", "Geteilt werden die Kosten zwischen dem Sportverein und der Gemeinde.", "Kommentiert
hat der Bürgermeister die Entscheidung des Rates nur knapp.", "Folgen hat der Fund auch für den Zeitplan der
Straßenbauer.", "Seguito da decine di curiosi, lo scavo ha riportato alla luce il pozzo.", "Abbonarsi al servizio di
trasporto costerà alle famiglie dieci euro l'anno.", "Commentando il dono, la direttrice ha parlato di un regalo
inatteso.", "Udostępniony przez gminę plac posłuży jako parking dla nowego busa.", "Komentując decyzję, radni
podkreślali bezpieczeństwo kibiców.", "Подписчики местного паблика собрали деньги на новые гирлянды." and "Делиться
причалом с рыбаками яхтсменам теперь не придётся." are article sentences: each reports what a harbour master, a marina
company's owners, a sports club, lottery players, a museum, old advertisers, archaeologists, a mayor, two communes,
retired neighbours, a sports club and a municipality, a mayor, road builders, onlookers, families, a home's director, a
district, councillors, a local online group's members or yachtsmen said, did, paid or will do, with the noise-like word
as an ordinary noun, verb, participle or adjective of the sentence ("Comments from the harbour master" are remarks read
to a meeting, not a comment thread; "Shares in the marina company" are its stock, not a share row; "Following the vote"
is a time phrase, not a follow prompt; "Subscribers to the lifeboat lottery" are its players, not a subscribe prompt;
"Copyright on the lighthouse keeper's diaries" is a right that passed to a museum, not a copyright footer; "Advertisers
on the old lights" paid for bulbs, not an ad label; "Reading the well's date stone" is archaeologists' work, not a
reading time; the French "Commentant", "Partagé" and "Suivre", the German "Geteilt", "Kommentiert" and "Folgen", the
Italian "Seguito", "Abbonarsi" and "Commentando", the Polish "Udostępniony" and "Komentując" and the Russian
"Подписчики" and "Делиться" are a mayor commenting on a decision, a lighthouse split between two communes, watching a
building site, costs split between a club and a municipality, a mayor's brief comment, consequences of a find, a dig
followed by onlookers, subscribing to a transport service, a director commenting on a gift, a square lent by a district,
councillors commenting on a decision, the members of a local online group and sharing a pier; none of them is comment,
share, follow, subscribe, ad, reading-time or copyright furniture). Categories: the Strava, Flourish, TikTok, Google
Maps, Twitch, Bandcamp, Infogram and VK Video lines are markers (each stands where an embed failed to show: made
private, still loading or blocked by the network, age-restricted behind a log-in, not loaded, offline, withdrawn,
unsupported by the browser or ended; the TikTok and Polish lines ask the reader to log in or update the browser, which
is still the embed's placeholder, not a notice); the bare five-minute read, the fair-warning line (a blog's length
warning in minutes) and the French, German, Italian, Polish and Russian lines are reading times; the story-and-pictures,
reporting-and-editing, propos-recueillis and tekst-i-zdjęcia lines are bylines at the head (the English and Polish
lines' pictures and photos are part of the byline, not a separate photo credit; the French line credits the
interviewer), and the Ko-fi, buycycle, Etsy and Avito lines are bylines (self-promotion) at the foot (the Italian line's
Instagram bio is where to find the shop, so it is a plug, not a follow prompt); the Hugo row, the imprint line, the
template credit, the SPIP credit, the German MStV line, the Altervista line, the Polish design credit and the Russian
18+ line are footers (the German and Russian lines name a person, but as the site's standing legal responsible or
editor-in-chief, not as the story's author, so they are not bylines; the SPIP row's private-area link and the Altervista
line's privacy link are the site's standing foot); the Google-sign-in count, the Viafoura credit, the Facebook Comments
Plugin label, the French reactions link, the German auto-closed note, the Italian show-more link, the Polish sort row
and the Cackle label are comment furniture (the Viafoura, Facebook and Cackle lines are the comment box's own credits or
labels, so comments, not footers); the English, German and Polish rows are share rows (the German one says "recommend",
but lists the services a share row lists; the English one's print link sits in the same row); the French
offered-by-the-newsroom note and the Italian AI-tool note are notices in the body (both speak of the article they sit
in; the French one's subscribe appeal is part of the note), and the Russian illustrative-photo note is a notice at the
foot (it speaks of the article's photo, not a caption of one). On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, date lines, section menus, breadcrumbs, bylines, updated lines, reading times, captions and
credits, ad labels, sponsored headlines, share rows, read-also links, newsletter and Telegram prompts, tags lines,
comment counts, comments and replies, copyright lines, blog names and taglines, category and posted-on lines, affiliate
disclosures, skip-to-comments links, sign-offs, follow prompts and platform or theme credits) is noise. The list rows
(what visitors find at the cottage, what the armchair taught, what changes with the lights, what the cordial taught,
what happens next at the well, what building the bat box taught, what changes for the boat owners, what helped with
morse, what changes at the stadium, what truing the wheel taught, what changes for the home's residents and what making
paper taught) are short but part of each article, so article; the captions describe photos, so noise, though they speak
of the story's subject and the blog captions sit inside the paragraphs' or the list's block; the portals' credits name
the reporter and are still credits; the sponsored headlines and the Russian "Спецпроект" headline are ads; the blogs'
sign-offs ("Happy stitching, Ginny" and the like) are the author's signature under the post, so noise, though they sit
in the last paragraphs' block; the portals' thread lines answer each other but are readers', not the reporter's.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (eight footers, eight
comment lines, four plugs, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-skerrowby-keepers-cottage (the cottage
beside Skerrowby lighthouse opened as a museum of the keepers' lives), en-blog-horsehairparlour-leather-armchair (a
grandmother's leather armchair restored after fifteen years in a shed), fr-portail-saintegrelauve-illuminations (a
town's Christmas garlands switched to LED bulbs), fr-blog-sureaudemamette-sirop (a first elderflower cordial from the
garden's elder), de-portal-hummelsbrunn-brunnen (an eighteenth-century well uncovered during sewer works on the main
street), de-blog-nachtseglerwerkstatt-fledermauskasten (a bat box built from old scaffold boards),
it-portale-portoscorzano-pontili (a marina's storm-damaged floating pontoons replaced), it-blog-tastoecuffia-morse
(learning morse code at sixty on a father's old key), pl-portal-kozikrzewo-oswietlenie (a sports club's stadium
floodlights approved by the council), pl-blog-szprychaipiasta-kola (truing a buckled rear bicycle wheel at home),
ru-portal-verkhnepolyansk-mikroavtobus (a minibus with a wheelchair lift donated to a retirement home) and
ru-blog-bumazhnayamelnitsa-bumaga (making paper from old newspapers on a balcony), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 9e494f35a4d0f762f4c928be0b7a4eeb11be0f98, measured with ``cd /tmp/wt-s165 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s165/src python -m pytest -q tests/test_clean_held_out_165.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s165 && PYTHONPATH=/tmp/wt-s165/src python
scripts/clean_held_out_report.py --sets 165``, with the xfail tables empty): noise lines removed 37/45 (marker 4/8,
reading-time 5/7, byline 7/8, footer 7/8, comments 8/8, share 3/3, notice 3/3; the 8 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: four markers in the body (the English TikTok, Italian Bandcamp, Polish Infogram and
Russian VK Video placeholders), two reading times at the head (the English fair-warning line and the Polish
you-need-five-minutes line), one plug at the foot (the German buycycle plug) and one footer at the foot (the English
printed-and-published-by imprint line); the English Strava and Flourish, French Google Maps and German Twitch markers,
the other five reading times, all four head bylines, the English Ko-fi, Italian Etsy and Russian Avito plugs, the other
seven footers, every comment line, every share row and every notice went); keep lines kept 20/20; pages 3/12 clean (the
German, Italian and Polish portals), 28 of 240 page noise lines left and 4 of 120 article lines lost. Left on the pages:
on the English and Russian portals the sponsored headline after the ad label between the second paragraph and the quote
(1 each); on the French portal the newsletter prompt between the read-also link and the last paragraph (1); on every
blog the tagline under the blog name, the photo caption at the end of the first two paragraphs' block and the photo
caption between the first and second list rows, and besides them the sign-off after the last paragraph on the German,
Italian and Polish blogs, the skip-to-comments link on the German and Russian blogs and the blog name and the category
line on the Russian blog (English and French blogs 3 each, Italian and Polish blogs 4 each, German blog 5, Russian blog
6). Lost: the titles of the English and French blogs and both last paragraphs of the Russian blog (reported lost or out
of order); no keep line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s165 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 113 (developed on sets 163 and 164 beside this set's writing from the same base, 9e494f3, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's last commit):
noise lines 37 -> 37 of 45, keep 20 -> 20, pages clean 3 -> 5 of 12, page noise lines left 28 -> 22 of 240, article
lines lost 4 -> 3. Round 113's sponsored headline under the ad label cleaned the English and Russian portals (entries
removed); its writer's sign-off took the German, Italian and Polish blogs' sign-offs and its skip link the German and
Russian blogs' jump links (reasons reworded); its reading of the blog's head gave back the English armchair blog's
title, and that page now keeps the blog's name over its tagline instead (reason reworded); the French elderflower blog
still loses its title, the Russian blog its two last paragraphs, and no tagline of this set goes. No line xfail moved.

Round 114 (development; this set was read in full from this round on): The French elderflower blog's title and the
Russian paper-making blog's two last paragraphs are back, and the six blogs' taglines (the English and Russian blogs'
names too) go. Fixed by mechanism, in page_blocks and clean: (1) page_blocks._mark_blog_head_over_posted_title (a step
of mark_block_remnants before the head caption) reads a blog's head as a whole: the name, or the name over its tagline,
alone in the page's first block (no full stop, no digit, no prose, twelve words at most) over the title's block, where
the title stands right over the posted-on line the rules took (a byline), a category label with a colon at most above
it: the name, the tagline and that label go wherever the title is found (near misses that stay, tested: a post's title
over its standfirst, a portal's headline over its standfirst over the byline's rows); (2) the writer's possessive and
first name alone after the last paragraph ("Ваша Лида"; "Your Ginny", "Votre Odile", "Euer Jörg", "La vostra Lucia",
"Wasz Witek") is the blog's sign-off: clean.POSSESSIVE_SIGNATURE and clean.is_writers_signature (the name printed by the
byline or the thread, the check round 113's sign-off made, now clean.names_the_writer) keep it from mark_trailing_labels
and the edge classifier, and page_blocks._SIGN_OFF_WITH_NAME (now built on clean.WRITERS_POSSESSIVE and
clean.SIGNATURE_NAME) takes it as the page's tail, so the last paragraphs no longer go with it as a widget's block (a
store's "Your Cart" or "Your Privacy Choices" names no writer and stays a label). Tests: test_round_114_* in
tests/test_clean.py. Not done this round: the embed placeholders by shape (step 3 of the brief: no time was left to
measure a shape rule against the SemEval gate, so none was added; the nine placeholders stay), the French newsletter
prompt without a verb, the casual reading times and the Italian most-read box. Other sets: set 147's French, Italian,
Polish and Russian blogs lose their taglines and set 160's English blog its name and tagline and its French and Italian
blogs their taglines (reasons reworded, no entry removed); set 166's French blog its category line. All sets' totals
(scripts/clean_held_out_report.py, before -> after): noise lines removed 6460 -> 6460, article lines kept 3167 -> 3167,
pages clean 1121 -> 1121, page noise lines left 1622 -> 1604, paragraphs lost 5 -> 2. SemEval: 0 changed files of 3723.
Bench (benchmarks/bench_clean.py against bb9e925): ratio 1.04. The cleaning test set: 20928 passed, 1460 xfailed. This
set, before -> after: noise lines 37 -> 37 of 45 (marker 4/8, reading-time 5/7, byline 7/8, footer 7/8, comments 8/8,
share 3/3, notice 3/3, unchanged), keep 20 -> 20, pages clean 5 -> 5 of 12, page noise lines left 22 -> 13 of 240,
article lines lost 3 -> 0; the six blogs' reasons reworded (the taglines, names and the Russian category line gone, no
article line lost). Still missed: the eight line xfails (four embed placeholders, two reading times, the buycycle plug
and the imprint line), the blogs' two photo captions each (no credit, no prompt, no label) and the French portal's
newsletter prompt.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_165_LINES: list[tuple[str, str, str]] = [
    ('body', 'Strava activity could not be displayed – the athlete has made this route private.', 'marker'),
    ('body', 'Flourish chart loading… If nothing appears, your network may be blocking flourish.studio.', 'marker'),
    ('body', 'This TikTok video is age-restricted. Log in to TikTok to confirm your age and watch it.', 'marker'),
    ('body', 'Cette page ne peut pas charger Google Maps correctement.', 'marker'),
    ('body', 'Eingebetteter Twitch-Stream: Der Kanal ist derzeit offline.', 'marker'),
    ('body', "Lettore Bandcamp non disponibile: l'album è stato ritirato dall'etichetta.", 'marker'),
    ('body', 'Wykres z Infogram nie obsługuje tej wersji przeglądarki – zaktualizuj ją.', 'marker'),
    ('body', 'Трансляция VK Видео завершилась. Запись появится позже.', 'marker'),
    ('head', 'A 5-minute read', 'reading-time'),
    ('head', "Fair warning: it's a long one, about fifteen minutes from top to bottom.", 'reading-time'),
    ('head', 'Un article à lire en 5 minutes', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Lettura da 5 minuti', 'reading-time'),
    ('head', 'Na przeczytanie potrzebujesz 5 minut', 'reading-time'),
    ('head', 'Прочтёте за 5 минут', 'reading-time'),
    ('head', 'Story and pictures by Wilhelmina Scrodgeley', 'byline'),
    ('head', 'Reporting by Barnaby Fettlecombe; editing by Ffion Trevallagh', 'byline'),
    ('head', 'Propos recueillis par Gontran Pélissonnaud', 'byline'),
    ('head', 'Tekst i zdjęcia: Bronisław Szczygielak', 'byline'),
    ('tail', 'Spare bat boxes from this batch are on my Ko-fi shop, £18 including postage.', 'byline'),
    ('tail', 'Restaurierte Laufräder verkaufe ich über buycycle, Abholung in Kassel möglich.', 'byline'),
    ('tail', 'I fogli di carta fatta a mano li vendo su Etsy: il link è nella bio di Instagram.', 'byline'),
    ('tail', 'Готовые кресла после перетяжки продаю на Авито, самовывоз из Твери.', 'byline'),
    ('tail', 'Built on Hugo · Theme: PaperMod · Hosted by GitHub Pages', 'footer'),
    ('tail', 'Printed and published by Grindlesby Newspapers Ltd at 14 Tanner Row.', 'footer'),
    ('tail', 'Template by HTML5 UP · Icons by Font Awesome', 'footer'),
    ('tail', 'Propulsé par SPIP · Plan du site · Espace privé', 'footer'),
    ('tail', 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Hiltrud Wendelsheimer', 'footer'),
    ('tail', 'Sito ospitato gratuitamente da Altervista · Privacy e cookie', 'footer'),
    ('tail', 'Projekt i wykonanie strony: Studio Kreskowiec', 'footer'),
    ('tail', '18+ · Главный редактор: Ираида Перепелищева · Телефон редакции: +7 (4822) 55-01-73', 'footer'),
    ('tail', 'Comments (31) – sign in with your Google account to join in.', 'comments'),
    ('tail', 'Comments powered by Viafoura – please read our community guidelines before posting.', 'comments'),
    ('tail', 'Facebook Comments Plugin', 'comments'),
    ('tail', 'Voir les 9 réactions des lecteurs', 'comments'),
    ('tail', 'Die Kommentarfunktion ist nach 72 Stunden automatisch geschlossen.', 'comments'),
    ('tail', 'Mostra altri 7 commenti', 'comments'),
    ('tail', 'Sortuj komentarze: najnowsze · najstarsze · najlepiej oceniane', 'comments'),
    ('tail', 'Комментарии для сайта Cackle', 'comments'),
    ('tail', 'Share on: Pinterest · Tumblr · Pocket · Print', 'share'),
    ('tail', 'Diesen Artikel empfehlen: WhatsApp · Threema · E-Mail', 'share'),
    ('tail', 'Podziel się: Facebook · X · LinkedIn · Wykop', 'share'),
    ('body',
     "Cet article vous est offert par la rédaction. Pour soutenir l'information locale, abonnez-vous.",
     'notice'),
    ('body',
     'Questo articolo è stato scritto con il supporto di uno strumento di intelligenza artificiale e verificato '
     'dalla redazione.',
     'notice'),
    ('tail', 'Фото носит иллюстративный характер.', 'notice'),
]

HELD_OUT_165_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from the harbour master about the pontoons were read out at the start of the meeting.'),
    ('body', 'Shares in the marina company changed hands for the first time in a decade.'),
    ('tail', 'Following the vote, the club will put the floodlights out to tender in January.'),
    ('head', 'Subscribers to the lifeboat lottery raised most of the money for the new minibus.'),
    ('tail', "Copyright on the lighthouse keeper's diaries has passed to the maritime museum."),
    ('body', 'Advertisers on the old lights paid for the bulbs until the council took them over in 1998.'),
    ('tail', "Reading the well's date stone took the archaeologists most of an afternoon."),
    ('head', 'Commentant la décision, le maire a salué le travail des bénévoles du port.'),
    ('tail', "Partagé entre deux communes, le phare est longtemps resté à l'abandon."),
    ('head', 'Suivre le chantier est devenu un passe-temps pour les retraités du quartier.'),
    ('body', 'Geteilt werden die Kosten zwischen dem Sportverein und der Gemeinde.'),
    ('tail', 'Kommentiert hat der Bürgermeister die Entscheidung des Rates nur knapp.'),
    ('head', 'Folgen hat der Fund auch für den Zeitplan der Straßenbauer.'),
    ('body', 'Seguito da decine di curiosi, lo scavo ha riportato alla luce il pozzo.'),
    ('tail', "Abbonarsi al servizio di trasporto costerà alle famiglie dieci euro l'anno."),
    ('head', 'Commentando il dono, la direttrice ha parlato di un regalo inatteso.'),
    ('tail', 'Udostępniony przez gminę plac posłuży jako parking dla nowego busa.'),
    ('body', 'Komentując decyzję, radni podkreślali bezpieczeństwo kibiców.'),
    ('head', 'Подписчики местного паблика собрали деньги на новые гирлянды.'),
    ('tail', 'Делиться причалом с рыбаками яхтсменам теперь не придётся.'),
]

HELD_OUT_165_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-skerrowby-keepers-cottage', [
        [
            '-The Skerrowby Beacon',
            '-Saturday 5 December 2026',
            "-News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › News › Coast',
            "+Lighthouse keeper's cottage opens its doors as a museum",
        ],
        [
            '-By Rosalind Quillerby, Coast Reporter',
            '-Updated 5 December 2026, 09:12',
            '-4 min read',
        ],
        [
            "-The restored kitchen of the keeper's cottage, with its original range.",
            '-Picture: R. Quillerby',
            '+The cottage beside Skerrowby lighthouse, empty since the light was automated in 1989, opened on '
            "Friday as a small museum of the keepers' lives.",
        ],
        [
            '+Volunteers spent three winters repairing the roof, the shutters and the rusted range in the kitchen.',
            '-Advertisement',
            '-Sponsored: Five coastal cottages you can rent this winter',
            '+"Every room tells you how hard and how lonely the job was," said Aldous Penwarrick, who chairs the '
            'trust.',
        ],
        [
            '-Share this article: Facebook · X · WhatsApp · Email',
            '+What visitors will find inside',
            "+The keepers' logbooks from 1921 to 1989, lent by the county archive.",
            '+A rebuilt bunk room with the oilskins the last keepers wore.',
            '+A working foghorn button that children are allowed to press once an hour.',
        ],
        [
            '+The museum will open from Thursday to Sunday until Easter and every day in the summer.',
            '-Read more: Coastguard station sold to holiday firm',
            "-Get the Beacon's free morning newsletter – sign up here",
            '+Entry is free, but the trust hopes donations will pay for a new coat of paint on the tower.',
        ],
        [
            '-Tags: Skerrowby, museums, lighthouses, heritage',
        ],
        [
            '-3 comments',
            '-LampRoomLil: My grandfather kept that light for twenty years. So glad the cottage is saved.',
            '-↳ Tom H.: Same here, my uncle was the relief keeper there in the sixties.',
            '-↳ LampRoomLil: Then they will have known each other, Tom!',
        ],
        [
            '-© 2026 Skerrowby Beacon Media Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-horsehairparlour-leather-armchair', [
        [
            '-The Horsehair Parlour',
            '-Slow upholstery and old furniture, one room at a time',
        ],
        [
            '-Category: Upholstery',
            "+How I brought my grandmother's leather armchair back to life",
            '-Posted on 22 November 2026 by Ginny',
        ],
        [
            '-12 min read',
            '-This post contains affiliate links; I may earn a small commission at no cost to you.',
            '-Skip to comments',
        ],
        [
            "+My grandmother's armchair spent fifteen years in the shed, and the leather had gone as dry and pale "
            'as an old biscuit.',
            '+Before touching the leather I stripped the seat, replaced two snapped springs and retied the rest.',
            '-The chair as I found it in the shed, with the seat split open.',
        ],
        [
            '+The upholsterer down the road gave me one rule: "Clean it twice, feed it three times and never, ever '
            'use a hairdryer."',
        ],
        [
            '+What the armchair taught me',
            '+Saddle soap lifts decades of grime without stripping the colour.',
            '-Feeding the leather with balm, one panel at a time.',
            '+A split seam is easier to restitch than a patch is to hide.',
            '+Old horsehair stuffing can be washed, dried and used again.',
        ],
        [
            '+The chair is back by the fire now, and the cat has already claimed it.',
            '+Next winter I want to try the same treatment on the matching footstool.',
            '-Happy stitching, Ginny',
            '-Share: Facebook · Pinterest · Email',
        ],
        [
            '-Follow the parlour on Instagram for the work in progress',
            '-Tags: leather, armchair, upholstery, restoration',
        ],
        [
            '-6 comments',
            '-Maureen: What balm did you use in the end? Mine keeps going sticky.',
            '-↳ Ginny: A plain beeswax and lanolin one, Maureen – thin coats and a day between them.',
            '-Dev K.: The springs part scared me off doing ours. Any tips?',
            '-↳ Ollie: Take photos of the knots before you cut anything, Dev.',
            '-↳ Ginny: Exactly what Ollie said, and buy more twine than you think.',
        ],
        [
            '-Powered by WordPress · Theme: Twenty Twenty-Four',
        ],
    ]),
    _page('fr', 'fr-portail-saintegrelauve-illuminations', [
        [
            "-L'Écho de Sainte-Grelauve",
            '-Samedi 5 décembre 2026',
            '-Actualité | Sports | Loisirs | Annonces | Nécrologie',
        ],
        [
            '-Accueil › Commune › Vie locale',
            '+Les illuminations de Noël passent aux LED',
        ],
        [
            '-Par Firmin Courtebaste',
            '-Mis à jour le 5 décembre 2026 à 08 h 47',
            '-3 min de lecture',
        ],
        [
            '-Les guirlandes de la place du Marché, allumées vendredi soir.',
            '-Photo : F. Courtebaste',
            '+Les guirlandes de Noël de Sainte-Grelauve ont été rallumées vendredi soir, toutes équipées pour la '
            "première fois d'ampoules LED.",
        ],
        [
            "+Les anciennes ampoules, installées il y a vingt ans, consommaient près de six fois plus d'électricité.",
            '-Publicité',
            "-Contenu sponsorisé : Les plus beaux marchés de Noël à moins d'une heure",
            '+« La facture de décembre sera divisée par cinq, et les lumières sont plus belles », a assuré la '
            'maire, Solange Pradelouve.',
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            '+Ce qui change cette année',
            "+Les illuminations s'éteindront à minuit au lieu de deux heures.",
            '+Le sapin de la place sera éclairé par des panneaux solaires.',
            '+Les vieilles guirlandes seront vendues aux enchères au profit du téléthon.',
        ],
        [
            '+Les services techniques ont posé les nouvelles guirlandes en trois jours, sans nacelle louée.',
            '-À lire aussi : Le marché de Noël déménage sous la halle',
            "-Recevez chaque matin notre lettre d'information gratuite",
            "+Les illuminations resteront allumées jusqu'au 6 janvier.",
        ],
        [
            '-Mots-clés : Sainte-Grelauve, Noël, éclairage public',
        ],
        [
            '-3 commentaires',
            '-Josette_du_71 : Enfin ! Les vieilles ampoules grillaient toutes au premier gel.',
            '-↳ Marcel B. : Et on y voit enfin clair rue des Tanneurs.',
            "-↳ Josette_du_71 : Pas encore jusqu'au bout de la rue, Marcel…",
        ],
        [
            "-© 2026 Éditions de l'Écho – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-sureaudemamette-sirop', [
        [
            '-Le Sureau de Mamette',
            '-Recettes du jardin et de la haie',
        ],
        [
            '-Catégorie : Boissons maison',
            '+Mon premier sirop de fleurs de sureau',
            '-Publié le 14 juin 2026 par Odile',
        ],
        [
            '-8 min de lecture',
            '-Cet article contient des liens affiliés : je touche une petite commission si vous achetez.',
            '-Aller aux commentaires',
        ],
        [
            '+Le sureau du fond du jardin croulait sous les fleurs cette année, alors je me suis enfin lancée.',
            "+J'ai cueilli une vingtaine d'ombelles un matin sec, avant que le soleil ne chauffe trop.",
            '-Les ombelles étalées sur un torchon pour chasser les petites bêtes.',
        ],
        [
            "+Ma voisine m'avait prévenue : « Ne les lave surtout pas, tout le parfum partirait avec l'eau. »",
        ],
        [
            "+Ce que j'ai retenu",
            '+Le citron non traité donne au sirop sa fraîcheur.',
            "-Le sirop qui infuse dans le grand saladier, couvert d'un linge.",
            "+Vingt-quatre heures d'infusion suffisent largement.",
            '+Des bouteilles ébouillantées gardent le sirop un an au frais.',
        ],
        [
            "+Allongé d'eau gazeuse, il a eu un grand succès au goûter des petits-enfants.",
            "+L'an prochain, j'essaierai d'en faire une gelée.",
            '-Bises, Odile',
            '-Partager : Facebook · Pinterest · E-mail',
        ],
        [
            '-Suivez le blog sur Instagram pour les recettes de saison',
            '-Étiquettes : sureau, sirop, cueillette',
        ],
        [
            '-5 commentaires',
            "-Nadine : Tu mets combien de sucre pour un litre d'eau ?",
            '-↳ Odile : Un kilo par litre, Nadine, sinon il ne se garde pas.',
            "-Framboise_22 : Le mien a fermenté au bout d'une semaine…",
            '-↳ Lulu : Pareil ! Il faut bien stériliser les bouteilles.',
            '-↳ Odile : Oui, et les garder au réfrigérateur une fois ouvertes.',
        ],
        [
            '-Ce blog est hébergé par Canalblog',
        ],
    ]),
    _page('de', 'de-portal-hummelsbrunn-brunnen', [
        [
            '-Hummelsbrunner Bote',
            '-Samstag, 5. Dezember 2026',
            '-Lokales | Sport | Kultur | Termine | Immobilien',
        ],
        [
            '-Startseite › Lokales › Hummelsbrunn',
            '+Bauarbeiter legen alten Dorfbrunnen frei',
        ],
        [
            '-Von Gerwin Knackenbrügge',
            '-Aktualisiert am 5. Dezember 2026, 10:05 Uhr',
            '-3 Min. Lesezeit',
        ],
        [
            '-Der freigelegte Brunnenschacht an der Hauptstraße.',
            '-Foto: G. Knackenbrügge',
            '+Bei Kanalarbeiten an der Hauptstraße in Hummelsbrunn sind Bauarbeiter auf einen gemauerten Brunnen '
            'gestoßen.',
        ],
        [
            '+Der Schacht ist gut sechs Meter tief und stammt nach ersten Schätzungen aus dem 18. Jahrhundert.',
            '-Anzeige',
            '-Gesponsert: So finden Sie den passenden Handwerker in Ihrer Nähe',
            '+„Von diesem Brunnen haben unsere Urgroßeltern ihr Wasser geholt“, sagte Ortsvorsteherin Irmgard '
            'Pfützenreiter.',
        ],
        [
            '-Artikel teilen: Facebook · X · WhatsApp · E-Mail',
            '+Wie es weitergeht',
            '+Das Denkmalamt dokumentiert den Brunnen bis Ende der Woche.',
            '+Der Schacht wird danach mit einer Glasplatte abgedeckt.',
            '+Die Bauarbeiten an der Straße ruhen so lange.',
        ],
        [
            '+Die Gemeinde will neben dem Brunnen eine Tafel zur Geschichte des Dorfes aufstellen.',
            '-Lesen Sie auch: Neue Buslinie nach Kreisstadt startet im Januar',
            '-Der Newsletter für Ihre Region – jetzt kostenlos abonnieren',
            '+Die Kosten für die Glasplatte übernimmt der Heimatverein.',
        ],
        [
            '-Schlagwörter: Hummelsbrunn, Denkmalschutz, Straßenbau',
        ],
        [
            '-3 Kommentare',
            '-Heinz_am_Bach: Meine Oma hat immer von dem Brunnen erzählt. Toll, dass er wieder da ist!',
            '-↳ Sabine K.: Weiß jemand, ob man ihn besichtigen kann?',
            '-↳ Heinz_am_Bach: Am Tag des offenen Denkmals bestimmt, Sabine.',
        ],
        [
            '-© 2026 Bote Verlagsgesellschaft mbH. Alle Rechte vorbehalten.',
        ],
    ]),
    _page('de', 'de-blog-nachtseglerwerkstatt-fledermauskasten', [
        [
            '-Nachtsegler-Werkstatt',
            '-Nistkästen, Insektenhotels und Holzkram',
        ],
        [
            '-Kategorie: Naturschutz',
            '+Ein Fledermauskasten aus alten Gerüstbrettern',
            '-Veröffentlicht am 3. Mai 2026 von Jörg',
        ],
        [
            '-Lesezeit: 9 Minuten',
            '-Dieser Beitrag enthält Affiliate-Links. Kaufst du darüber, bekomme ich eine kleine Provision.',
            '-Direkt zu den Kommentaren',
        ],
        [
            '+Seit letztem Sommer sehen wir abends Zwergfledermäuse über dem Garten jagen.',
            '+Also habe ich aus zwei alten Gerüstbrettern einen Kasten gebaut, der unten offen ist.',
            '-Die zugesägten Bretter auf der Werkbank.',
        ],
        [
            '+Der Mann vom Naturschutzbund riet mir: „Innen rau, außen dunkel, und mindestens vier Meter hoch.“',
        ],
        [
            '+Was ich dabei gelernt habe',
            '+Die Innenseite muss man mit der Säge anrauen, damit die Tiere Halt finden.',
            '-Der fertige Kasten an der Südwand der Garage.',
            '+Holzleim und Schrauben reichen, Farbe braucht der Kasten nicht.',
            '+Der Einschlupf darf nicht breiter als zwei Zentimeter sein.',
        ],
        [
            '+Bis jetzt ist der Kasten leer, aber das kann ein, zwei Jahre dauern.',
            '+Im Herbst baue ich einen zweiten für die Ostseite.',
            '-Bis bald, euer Jörg',
            '-Teilen: Facebook · Pinterest · E-Mail',
        ],
        [
            '-Folge der Werkstatt auf Instagram',
            '-Schlagwörter: Fledermäuse, Nistkasten, Holz',
        ],
        [
            '-5 Kommentare',
            '-Gudrun: Wie hoch hängt deiner jetzt genau?',
            '-↳ Jörg: Knapp fünf Meter, Gudrun, unter dem Dachvorsprung.',
            '-Fledermausfan: Bei uns hat es drei Jahre gedauert, dann kamen sie.',
            '-↳ Klaus: Geduld ist wohl das Wichtigste dabei.',
            '-↳ Jörg: Dann warte ich eben, danke euch!',
        ],
        [
            '-Erstellt mit WordPress · Theme: Astra',
        ],
    ]),
    _page('it', 'it-portale-portoscorzano-pontili', [
        [
            '-La Gazzetta di Portoscorzano',
            '-Sabato 5 dicembre 2026',
            '-Cronaca | Sport | Cultura | Eventi | Necrologi',
        ],
        [
            '-Home › Cronaca › Porto',
            '+Il porticciolo cambia i pontili galleggianti',
        ],
        [
            '-di Ermenegilda Gelsominetti',
            '-Aggiornato il 5 dicembre 2026 alle 11:20',
            '-Lettura: 3 minuti',
        ],
        [
            '-I vecchi pontili smontati sulla banchina.',
            '-Foto: E. Gelsominetti',
            '+Il porticciolo di Portoscorzano ha iniziato questa settimana a sostituire i pontili galleggianti, '
            'rovinati dalle mareggiate.',
        ],
        [
            '+I nuovi moduli in cemento alleggerito arriveranno via mare da Ancona entro la fine del mese.',
            '-Pubblicità',
            "-Contenuto sponsorizzato: Le cinque barche usate più cercate dell'anno",
            '+«Con i pontili vecchi non potevamo più garantire la sicurezza», ha detto Cornelio Pagliarinzo, '
            'presidente della società del porto.',
        ],
        [
            '-Condividi: Facebook · X · WhatsApp · Email',
            '+Cosa cambia per i diportisti',
            '+I posti barca passano da novanta a centoventi.',
            '+Ogni pontile avrà colonnine per acqua e corrente.',
            '+Durante i lavori le barche saranno ormeggiate al molo nord.',
        ],
        [
            '+I lavori dovrebbero concludersi prima di Pasqua, in tempo per la stagione.',
            '-Leggi anche: Il faro del molo torna a illuminarsi',
            '-Iscriviti alla newsletter gratuita della Gazzetta',
            '+Il costo, circa un milione di euro, è coperto in parte da fondi regionali.',
        ],
        [
            '-Tag: Portoscorzano, porto, nautica',
        ],
        [
            '-3 commenti',
            "-Vecchio_Lupo: Era ora, l'anno scorso ho rischiato di finire in acqua.",
            '-↳ Giulia R.: E i prezzi dei posti barca aumenteranno?',
            '-↳ Vecchio_Lupo: Speriamo di no, Giulia, ma temo di sì.',
        ],
        [
            '-© 2026 Edizioni della Gazzetta srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-tastoecuffia-morse', [
        [
            '-Tasto e Cuffia',
            '-Diario di un radioamatore principiante',
        ],
        [
            '-Categoria: Radio',
            "+Imparare il codice Morse a sessant'anni",
            '-Pubblicato il 9 marzo 2026 da Lucia',
        ],
        [
            '-Tempo di lettura: 7 minuti',
            '-Questo articolo contiene link di affiliazione: se acquisti, ricevo una piccola commissione.',
            '-Vai ai commenti',
        ],
        [
            "+Ho deciso di imparare il Morse l'inverno scorso, dopo aver trovato il vecchio tasto di mio padre in "
            'soffitta.',
            "+All'inizio sentivo solo un rumore confuso di punti e linee.",
            '-Il tasto telegrafico di mio padre, ripulito.',
        ],
        [
            '+Un radioamatore del club mi ha detto: «Non contare i punti, ascolta il ritmo di ogni lettera.»',
        ],
        [
            '+Cosa mi ha aiutato',
            "+Esercitarmi dieci minuti al giorno invece di un'ora la domenica.",
            '-La mia prima pagina di esercizi, piena di errori.',
            '+Imparare le lettere già a velocità piena, con spazi più lunghi.',
            '+Ascoltare le trasmissioni lente dei club la sera.',
        ],
        [
            '+Oggi riesco a ricevere una dozzina di parole al minuto.',
            '+Il prossimo obiettivo è il primo collegamento in onda.',
            '-Un saluto, Lucia',
            '-Condividi: Facebook · Pinterest · Email',
        ],
        [
            '-Segui il blog su Instagram',
            '-Tag: morse, radioamatori, telegrafia',
        ],
        [
            '-5 commenti',
            '-Franco: Brava! Io ci ho messo due anni.',
            '-↳ Lucia: Grazie Franco, mi consola sentirlo!',
            '-Marisa T.: Che app usi per esercitarti?',
            '-↳ Pino: Io consiglio un programma col metodo Koch.',
            '-↳ Lucia: Lo stesso che uso io, Pino.',
        ],
        [
            '-Creato con WordPress · Tema: GeneratePress',
        ],
    ]),
    _page('pl', 'pl-portal-kozikrzewo-oswietlenie', [
        [
            '-Kurier Kozikrzewski',
            '-Sobota, 5 grudnia 2026',
            '-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi',
        ],
        [
            '-Strona główna › Wiadomości › Sport',
            '+Radni zgodzili się na oświetlenie stadionu',
        ],
        [
            '-Teodora Pąkowiacz',
            '-Aktualizacja: 5 grudnia 2026, 12:30',
            '-Czas czytania: 3 min',
        ],
        [
            '-Stadion klubu przy ulicy Leśnej.',
            '-Fot. T. Pąkowiacz',
            '+Rada gminy w Kozikrzewie zgodziła się w czwartek na budowę oświetlenia stadionu miejscowego klubu.',
        ],
        [
            '+Cztery maszty z lampami LED staną przy boisku jeszcze przed wiosenną rundą.',
            '-Reklama',
            '-Artykuł sponsorowany: Jak wybrać buty piłkarskie dla dziecka',
            '+„Wreszcie będziemy mogli trenować zimą po szesnastej” – powiedział prezes klubu Mirosław Siatkobrodzki.',
        ],
        [
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '+Co się zmieni',
            '+Drużyny młodzieżowe będą trenować do dwudziestej.',
            '+Mecze ligowe będzie można rozgrywać wieczorem.',
            '+Lampy będą gaszone o dwudziestej drugiej.',
        ],
        [
            '+Budowa kosztuje ponad pół miliona złotych, z czego część pokryje dotacja.',
            '-Czytaj także: Nowa hala sportowa otwarta w sąsiedniej gminie',
            '-Zapisz się na bezpłatny newsletter Kuriera',
            '+Przetarg na wykonawcę ma zostać ogłoszony w styczniu.',
        ],
        [
            '-Tagi: Kozikrzewo, sport, inwestycje',
        ],
        [
            '-3 komentarze',
            '-Kibic_z_Leśnej: Czekamy na to od dziesięciu lat!',
            '-↳ Ania W.: A co z sąsiadami, którym będzie świecić w okna?',
            '-↳ Kibic_z_Leśnej: Lampy mają być kierunkowe, Aniu.',
        ],
        [
            '-© 2026 Wydawnictwo Kurier sp. z o.o. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-szprychaipiasta-kola', [
        [
            '-Szprycha i Piasta',
            '-Naprawiam rowery w garażu',
        ],
        [
            '-Kategoria: Naprawy',
            '+Jak sam wycentrowałem koło roweru',
            '-Opublikowano 18 kwietnia 2026 przez Witka',
        ],
        [
            '-Czas czytania: 10 minut',
            '-Wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.',
            '-Przejdź do komentarzy',
        ],
        [
            '+Tylne koło mojego starego roweru zaczęło bić na boki po zimie.',
            '+Zamiast oddawać je do serwisu, kupiłem klucz do szprych i spróbowałem sam.',
            '-Koło zawieszone w prowizorycznej centrownicy.',
        ],
        [
            '+Sąsiad, który od lat naprawia rowery, powiedział mi: „Kręć po ćwierć obrotu i nigdy nie spiesz się.”',
        ],
        [
            '+Czego się nauczyłem',
            '+Najpierw trzeba znaleźć miejsce, w którym obręcz ociera o klocek.',
            '-Klucz do szprych i zapasowe nyple na stole.',
            '+Luzuje się szprychy z jednej strony, a dokręca z drugiej.',
            '+Pękniętą szprychę lepiej od razu wymienić.',
        ],
        [
            '+Po dwóch wieczorach koło kręci się prosto i nie ociera.',
            '+Następne będzie przednie koło w rowerze córki.',
            '-Pozdrawiam, Witek',
            '-Udostępnij: Facebook · Pinterest · E-mail',
        ],
        [
            '-Obserwuj bloga na Instagramie',
            '-Tagi: rower, koła, naprawa',
        ],
        [
            '-5 komentarzy',
            '-Marek: A centrownicę zrobiłeś sam?',
            '-↳ Witek: Tak, Marku, ze starego widelca i dwóch śrub.',
            '-Gosia_na_kole: Mnie zawsze pękają szprychy po stronie zębatek.',
            '-↳ Rysiek: Tam są bardziej naprężone, Gosiu.',
            '-↳ Witek: Rysiek ma rację, tam trzeba uważać.',
        ],
        [
            '-Blog na platformie WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-verkhnepolyansk-mikroavtobus', [
        [
            '-Верхнеполянские новости',
            '-Суббота, 5 декабря 2026',
            '-Новости | Спорт | Культура | Афиша | Объявления',
        ],
        [
            '-Главная › Новости › Общество',
            '+Дому престарелых подарили микроавтобус',
        ],
        [
            '-Олимпиада Заварзухина',
            '-Обновлено 5 декабря 2026, 13:15',
            '-3 мин',
        ],
        [
            '-Новый микроавтобус у крыльца дома престарелых.',
            '-Фото: О. Заварзухина',
            '+Местный предприниматель подарил дому престарелых в Верхнеполянске микроавтобус с подъёмником для '
            'колясок.',
        ],
        [
            '+Раньше жителей дома возили к врачам на старой «Газели», которая часто ломалась.',
            '-Реклама',
            '-Спецпроект: Как выбрать зимние шины в этом сезоне',
            '+«Теперь мы сможем возить наших подопечных и в театр, и на озеро», — сказала директор дома Серафима '
            'Пустоколосова.',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Что изменится для жителей',
            '+Поездки к врачам станут еженедельными.',
            '+Летом запланированы экскурсии по области.',
            '+Водителя оплатит районная администрация.',
        ],
        [
            '+Микроавтобус рассчитан на восемь пассажиров и два места для колясок.',
            '-Читайте также: В районной больнице открыли новое отделение',
            '-Подпишитесь на наш канал в Telegram',
            '+Первая поездка запланирована на новогодний концерт в районном доме культуры.',
        ],
        [
            '-Теги: Верхнеполянск, общество, благотворительность',
        ],
        [
            '-3 комментария',
            '-Баба_Зина: Спасибо этому человеку, побольше бы таких!',
            '-↳ Николай П.: А кто именно подарил, почему не пишут?',
            '-↳ Баба_Зина: Он просил не называть имени, Николай.',
        ],
        [
            '-© 2026 ООО «Полянская пресса». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-bumazhnayamelnitsa-bumaga', [
        [
            '-Бумажная мельница на балконе',
            '-Делаю бумагу из того, что выбрасывают',
        ],
        [
            '-Рубрика: Своими руками',
            '+Бумага из старых газет: мой первый опыт',
            '-Опубликовано 2 февраля 2026, автор: Лида',
        ],
        [
            '-Время чтения: 9 минут',
            '-В записи есть партнёрские ссылки: если вы купите по ним, я получу небольшой процент.',
            '-Перейти к комментариям',
        ],
        [
            '+Стопка старых газет лежала у нас на балконе с прошлой весны.',
            '+Я порвала их на мелкие кусочки и замочила в тазу на целую ночь.',
            '-Газетная масса в тазу после блендера.',
        ],
        [
            '+Знакомая переплётчица посоветовала: «Не жалей воды, масса должна быть жидкой, как суп».',
        ],
        [
            '+Что я поняла',
            '+Рамку с сеткой можно сделать из старой фоторамки.',
            '-Первые листы сохнут на полотенцах.',
            '+Листы надо прижимать губкой, чтобы ушла вода.',
            '+Сушить лучше под гнётом, иначе бумага скручивается.',
        ],
        [
            '+Бумага вышла серой и шершавой, но на ней прекрасно рисовать акварелью.',
            '+В следующий раз попробую добавить лепестки.',
            '-Ваша Лида',
            '-Поделиться: ВКонтакте · Telegram · Pinterest',
        ],
        [
            '-Подписывайтесь на мой канал в Дзене',
            '-Метки: бумага, переработка, рукоделие',
        ],
        [
            '-5 комментариев',
            '-Светлана: А блендер потом отмывается?',
            '-↳ Лида: Отмывается, Светлана, но я завела отдельный.',
            '-Кот_с_балкона: Можно ли так из картона?',
            '-↳ Ира: Можно, только бумага будет толще.',
            '-↳ Лида: Да, и замачивать картон нужно дольше.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Wykres z Infogram nie obsługuje tej wersji przeglądarki – zaktualizuj ją.':
        "a Polish Infogram chart placeholder ('Wykres z Infogram nie obsługuje tej wersji przeglądarki – "
        "zaktualizuj ją.') is left in the body",
    'Трансляция VK Видео завершилась. Запись появится позже.':
        "a Russian ended VK Video stream placeholder ('Трансляция VK Видео завершилась. Запись появится позже.') is "
        'left in the body',
    "Fair warning: it's a long one, about fifteen minutes from top to bottom.":
        "an English blog's fair-warning reading-time line ('Fair warning: it's a long one, about fifteen minutes "
        "from top to bottom.') is left at the head",
    'Na przeczytanie potrzebujesz 5 minut':
        "a Polish you-need-five-minutes reading-time line ('Na przeczytanie potrzebujesz 5 minut') is left at the head",
    'Restaurierte Laufräder verkaufe ich über buycycle, Abholung in Kassel möglich.':
        "a German buycycle restored-wheels plug ('Restaurierte Laufräder verkaufe ich über buycycle, Abholung in "
        "Kassel möglich.') is left at the foot",
    'Printed and published by Grindlesby Newspapers Ltd at 14 Tanner Row.':
        "an English printed-and-published-by imprint line ('Printed and published by Grindlesby Newspapers Ltd at "
        "14 Tanner Row.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-horsehairparlour-leather-armchair':
        "the armchair blog's post keeps the photo caption ('The chair as I found it in the shed, with the seat split "
        "open.') at the end of the first two paragraphs' block and the photo caption ('Feeding the leather with balm, "
        "one panel at a time.') between the first and second list rows (2 of 20 noise lines); no article line is lost",
    'fr-blog-sureaudemamette-sirop':
        "the elderflower blog's post keeps the photo caption ('Les ombelles étalées sur un torchon pour chasser les "
        "petites bêtes.') at the end of the first two paragraphs' block and the photo caption ('Le sirop qui infuse "
        "dans le grand saladier, couvert d'un linge.') between the first and second list rows (2 of 20 noise lines); "
        'no article line is lost',
    'de-blog-nachtseglerwerkstatt-fledermauskasten':
        "the bat-box blog's post keeps the photo caption ('Die zugesägten Bretter auf der Werkbank.') at the end of "
        "the first two paragraphs' block and the photo caption ('Der fertige Kasten an der Südwand der Garage.') "
        'between the first and second list rows (2 of 20 noise lines); no article line is lost',
    'it-blog-tastoecuffia-morse':
        "the morse blog's post keeps the photo caption ('Il tasto telegrafico di mio padre, ripulito.') at the end of "
        "the first two paragraphs' block and the photo caption ('La mia prima pagina di esercizi, piena di errori.') "
        'between the first and second list rows (2 of 20 noise lines); no article line is lost',
    'pl-blog-szprychaipiasta-kola':
        "the bicycle-wheel blog's post keeps the photo caption ('Koło zawieszone w prowizorycznej centrownicy.') at the "
        "end of the first two paragraphs' block and the photo caption ('Klucz do szprych i zapasowe nyple na stole.') "
        'between the first and second list rows (2 of 20 noise lines); no article line is lost',
    'ru-blog-bumazhnayamelnitsa-bumaga':
        "the paper-making blog's post keeps the photo caption ('Газетная масса в тазу после блендера.') at the end of "
        "the first two paragraphs' block and the photo caption ('Первые листы сохнут на полотенцах.') between the "
        'first and second list rows (2 of 20 noise lines); no article line is lost',
}


test_held_out_165_line, test_held_out_165_line_is_kept, test_held_out_165_page = held_out_tests(
    HELD_OUT_165_LINES, HELD_OUT_165_KEEP, HELD_OUT_165_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
