"""Held-out set 162: written blind, weighted toward the noise the cleaner exists for, in shapes set 160's docstring does
not name (nor the first paragraphs of sets 157, 158 and 159): scraper, embed and ad markers (an English Datawrapper
chart that could not be loaded, with a pointer to its own host "This Datawrapper chart could not be loaded. View it on
datawrapper.dwcdn.net instead.", an English Mixcloud show only for Mixcloud Select subscribers "Mixcloud widget: this
show is only available to Mixcloud Select subscribers.", an English bracketed Vimeo placeholder whose owner restricted
playback "[Embedded content from Vimeo – the video owner has restricted playback on this site]", a French Dailymotion
video not available in the reader's country "La vidéo Dailymotion n'est pas disponible dans votre pays.", a German
would-show-a-Mastodon-post placeholder whose script the browser blocked "Hier wäre ein Beitrag von Mastodon zu sehen.
Ihr Browser hat das Skript blockiert.", an Italian OpenStreetMap map that needs JavaScript "Mappa di OpenStreetMap non
disponibile: attiva JavaScript per visualizzarla.", a Polish YouTube video marked private "Ten materiał wideo z YouTube
został oznaczony jako prywatny." and a Russian RUTUBE video temporarily unavailable "Видео с RUTUBE временно недоступно.
Попробуйте позже."); reading-time headers in new wordings (the English reading-length header with a word count "Reading
length: 6 min · 1,150 words", a blog's kettle-on warning of twelve minutes "Kettle on? This one takes about twelve
minutes to get through.", the French six-minutes-are-enough line "6 minutes suffisent pour lire cet article", the German
abbreviated Lesedauer line "Lesedauer ca. 6 Min.", the Italian six-minutes-are-enough-for-you line "Ti bastano 6 minuti
per leggerlo", the Polish reading-will-take-you line "Lektura zajmie ci około 6 minut" and the Russian bare
read-six-minutes line "Читать 6 минут"); bylines and self-promotion (an English words-and-additional-reporting byline
"Words: Philippa Dunkerswick | Additional reporting: Ambrose Tethercott", a French by-with-AFP byline "Par Héloïse
Vardoncelle (avec AFP)", a German from-our-staff-member byline "Von unserem Redaktionsmitglied Gerlinde Pfannstieler"
and a Polish compiled-by-on-the-basis-of-PAP byline "Oprac. Jadwiga Kormorańska, na podst. PAP", all at the head, and at
the foot an English Gumroad jam-zine plug "Signed copies of my little jam-making zine are still available through my
Gumroad page.", an English Eventbrite spoon-carving-workshops plug "I run beginner spoon-carving workshops most
Saturdays – dates and booking on my Eventbrite page.", an Italian Amazon Handmade painted-kites plug "I miei aquiloni
dipinti a mano li trovi nel mio negozio su Amazon Handmade." and a Russian Yula quail-eggs plug with CDEK shipping
"Инкубационное яйцо перепелов продаю через Юлу, отправляю СДЭКом по всей России."); blog and site footers (the English
Blogger Simple-theme credit with its theme-images line "Simple theme. Theme images by Michael Elkan. Powered by
Blogger.", an English IMPRESS-membership line "This newspaper is a member of the Independent Monitor for the Press
(IMPRESS).", the English Substack footer row "Privacy ∙ Terms ∙ Collection notice ∙ Start writing ∙ Get the app ∙
Substack is the home for great culture", a French publisher line with share capital, trade-register number and host
"Site édité par une SAS au capital de 37 000 € · RCS Rennes B 512 034 918 · Hébergeur : Scaleway", a German Jimdo credit
with log-in and privacy links "Diese Website wurde mit Jimdo erstellt · Anmelden · Datenschutz", an Italian Joomla
credit with legal notes and sitemap "Sito realizzato con Joomla! · Note legali · Mappa del sito", a Polish
all-rights-reserved, no-copying-without-consent line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy
zabronione." and a Russian Tilda credit with a privacy policy "Сайт работает на Tilda · Политика конфиденциальности");
reader-comment furniture (the English WordPress must-be-logged-in note "You must be logged in to post a comment.", an
English showing-3-of-27 link "Showing 3 of 27 comments – view all", the English Blogger removed-by-an-administrator stub
"This comment has been removed by a blog administrator.", a French comments-are-moderated-before-publication note "Les
commentaires sont soumis à modération avant publication.", a German show-four-more-replies link "4 weitere Antworten
einblenden", the Italian WordPress your-e-mail-will-not-be-published note with its required-fields star "Il tuo
indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a Polish
comments-switched-off-by-the-author note "Komentarze zostały wyłączone przez autora wpisu." and a Russian
comment-removed-by-a-moderator stub "Комментарий удалён модератором"); share rows (an English spread-the-word row with
Reddit, Mastodon and e-mail "Spread the word: Reddit · Mastodon · Email this story", a French forward-this-article row
with Messenger, LinkedIn and SMS "Faire suivre cet article : Messenger · LinkedIn · SMS" and an Italian
forward-the-article row with WhatsApp, Facebook and copy address "Inoltra l'articolo: WhatsApp · Facebook · Copia
indirizzo"); and notices (a German transparency note that the author is a member of the museum's friends' association
"Transparenzhinweis: Unsere Autorin ist Mitglied im Förderverein des Museums." and a Polish
some-names-changed-at-their-request note "Nazwiska niektórych rozmówców zostały zmienione na ich prośbę.", both in the
body, and the Russian author's-opinion-may-differ disclaimer "Мнение автора может не совпадать с позицией редакции." at
the foot); and toward whole scraped news and hobby-blog pages in layouts set 160's docstring does not describe (on the
six portal pages, in eleven blocks, today's date line (with the weather on the English page) and the masthead in one
block of two at the very top, the date above the masthead; the section menu, a breadcrumb and the title in one block of
three, the title at its end; the lead photo's caption, its credit, the byline and the reading time in one block of four
under the title; the first and second paragraphs in one block with an ad label and a sponsored headline at its end,
after the second paragraph; a share row at the top of the quote paragraph's block, right before the quote; the
subheading and the three rows with a read-also link after the third row; the first last paragraph alone; a newsletter
prompt and a follow prompt in one block of two between the two last paragraphs; the second last paragraph alone; at the
foot two blocks, four lines of a comment thread (a comment count, a comment, a second reader's arrowed reply and a third
reader's comment left unanswered) and then a back-to-top link and the copyright line of the publishing company; on the
six blog pages, in eleven blocks, the blog name, its tagline and the menu in one block of three; the title alone; the
posted-on-date-by-author line and the reading time in one block of two; the first and second paragraphs in one block
with a photo caption between them; a table of contents (its heading and two numbered entries) alone in a block of three
between the second paragraph and the quote; the paragraph with the quote at the top of its block with a Pinterest, pin
or bookmark prompt after it; the subheading and the three rows with a second photo caption after the third row; the two
last paragraphs in one block with nothing between them; a share row, a follow prompt and a category or filed-under line
in one block of three; at the foot two blocks, five lines (a comments count, a comment, the author's arrowed reply, a
second comment and the author's arrowed reply to it) and then a platform credit alone), taken from local news of fresh
kinds (a swimming pool's diving board removed, a town's allotments extended, a museum's steam engine run again, a bus
shelter's living roof planted, a quay's crane repainted, a primary school's crossing patrol replaced) and from blogs
about making marmalade, restoring a cast-iron pan, carving spoons, building a kite, learning calligraphy and keeping
quail.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 160 but what is named here), held-out set 161 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 160 up to its paragraph "Measured after round 110", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 157, 158 and 159, printed with one ast
script (/tmp/s162scratch/peek.py, reading the files of /tmp/wt-set162/tests, the set's worktree at the brief's commit;
see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in
/tmp/wt-set162); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s162scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its
dict value. The English fixture file itself was not opened. The import lines and the line binding the three tests follow
set 160's as printed, with 160 -> 162; /tmp/s162scratch/gen162.py writes this file from scratch files (data162.py with
the noise and keep lines, pages162.py with the pages, the docstring paragraphs in doc1.txt, doc2.txt and, after the
measurement, doc3.txt and tables162.py). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s162, detached at commit d88d9c14c60c2a537794eaa1c87569d2f66c5ada, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 02:49:20 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
d88d9c14c60c2a537794eaa1c87569d2f66c5ada (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards; helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned
and no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 160's Slips and notes (4) to inside set 158's first paragraph); its second run went to
/tmp/s162scratch/peek.out, of which I paged lines 125 to 460 with ``sed``, in two calls; nothing outside the allowed
parts was printed, since the script stops set 160's docstring before the paragraph "Measured after round 110" and prints
only the first paragraphs of the other three. No file of the tests/ folder was listed, grepped or opened otherwise. (3)
Near misses with shapes already named, noted rather than hidden: the English Datawrapper line shares the
chart-could-not-be-loaded idea of the Flourish and Infogram lines of sets 157 to 160, with a new service and a pointer
to the chart's own host; the German Mastodon placeholder is of the would-be-shown-here kind of set 158's Polish Facebook
line, in a new language, for a new service and with a blocked script as the reason; the Italian OpenStreetMap line needs
JavaScript like set 160's Flourish line; the Polish YouTube line and the Russian RUTUBE line are unavailable-video
placeholders like set 159's CDA and ZDFmediathek lines, for new services and reasons (marked private, temporarily
unavailable); the French and Italian reading times are new phrasings of the same minutes-to-read idea as every earlier
one, and the German "Lesedauer" line is an abbreviated form of a header word earlier sets may have used in other forms;
the German staff-member byline is close in kind to set 160's Italian from-our-correspondent byline; the English
Eventbrite and Gumroad plugs, the Italian Amazon Handmade plug and the Russian Yula plug are of the
sell-it-on-a-platform kind of many named plugs, on platforms not named there; the English Blogger, German Jimdo, Italian
Joomla and Russian Tilda credits share the builder-credit-with-legal-links idea of many named footers, and the English
IMPRESS line is the sister of the IPSO lines of sets 159 and 160; the Italian your-e-mail-will-not-be-published note
belongs to the WordPress comment form, as set 158's leave-a-reply heading did; the English showing-3-of-27 link and the
German show-four-more-replies link are thread-paging links like the load-more and show-earlier links of sets 159 and
160; the Polish names-changed note and the German transparency note are notices about the story like the earlier print
and update notes, with new reasons. On the pages, the noise is mostly of common kinds (date lines, mastheads, menus,
breadcrumbs, captions and credits, bylines, reading times, ad labels, sponsored headlines, share rows, read-also links,
newsletter and follow prompts, comment threads, back-to-top links, copyright lines, blog names and taglines, posted-on
lines, tables of contents, pin and bookmark prompts, category lines and platform credits), since the brief asks for new
layouts there; some positions echo earlier layouts (the blogs' thread of five lines with the author's two replies and
the comment count above it, as in set 158's blogs; a caption between the first and second paragraphs, as on set 158's
portals, here on the blogs and without a credit; the title alone on the blogs, as in set 158), while what is new is
where the rest sits (on the portals the date line above the masthead, the menu and breadcrumb in the title's block
before it, the caption, credit, byline and reading time in one block of four under the title, the ad label and sponsored
headline at the end of the first two paragraphs' block, the share row right before the quote in its block, the read-also
link after the third list row, the newsletter and follow prompts together between the two last paragraphs and a
back-to-top link with the copyright line; on the blogs the menu in one block with the blog name and tagline, the table
of contents between the second paragraph and the quote, the pin prompt after the quote, the caption after the third list
row and the share row, follow prompt and category line in one block after the last paragraphs). (4) Before the
measurement /tmp/s162scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any
other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and counted the
lines; its first run found two: the English blog's name "Seville and Sugar" inside its follow prompt "Follow Seville and
Sugar on Instagram" (the prompt became "Follow me on Instagram for more kitchen experiments") and the German portal's ad
label "Anzeige" inside the held-out German comment line "Antworten auf diesen Kommentar anzeigen (4)" (the held-out line
became "4 weitere Antworten einblenden"); its second run found nothing. Lines and data were counted by scripts (45 noise
lines: category, language and place as in Contents; 20 keep lines by language and place; 12 pages of eleven blocks each,
with 10 "+" and 20 "-" lines each). /tmp/s162scratch/marks.out printed all 360 page lines with their block numbers and
marks, and I read them one by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-"
on everything else; no mark was swapped. Before check.py's first run, rereading pages162.py, I found that the Russian
blog's quote paragraph had been written without its bookmark prompt (the page had 19 noise lines) and added "Сохраните
запись в закладки" after it. gen162.py reports lines over 120 characters and at-signs in the written file, checks that
every held-out noise line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without
importing it), that the file's lists equal the scratch ones; a separate import of the draft checked that each page's
kept and dropped lines equal the scratch pages. (5) Invented names were checked with the exact-string search over public
GitHub files: Thornackby, Grimbleforth, Arkwrightley, Ormsby Regional, deepend_dave, lengthsbeforework, Seville and
Sugar, gooseberry_jan, Saint-Brélonne, Brélonnaises, Brangelier, Charvenaud, Jardinier71, Potager_de_Lulu,
Bérangère_du_Pré, Fonte et Rouille, Cuistot_du_dimanche, Klüverstedt, Knöterichsen, Rummelsiep, Dampffan_Kurt,
Heizerlehrling, Span und Schnitz, Holzwurm_Toni, Casalvetrino, Casalvetrines (for Casalvetrinesi), Sparapanetti,
Farfallotti, Giardiniera_Elvia, pendolare_77, ventodimare, Losanga e Coda, Śledziewo and then Dorszowic (for Dorszowice,
Dorszowicki and Dorszowickie), Węgorzewicz, Pachołkiewicz, stary_rybak, Kasia_z_portu, Stalówka i Tusz, kaligraf_amator,
Ключегорск (for the town, its paper and its company), Лоскутинская, Черемшанов, Толокнянова, Виктор Ильич Сомов,
Мама_Лизы, Сосед_с_Лесной, Перепелиный дворик, Фермер_Олег and the held-out lines' Dunkerswick, Tethercott (and Ambrose
Tethercott), Vardoncelle, Pfannstieler and Kormorańska had no hits; Charvelin had one, inside the identifier
CharVelInfluenceRootSig, but was replaced anyway. Dropped: Gallowind (hits inside identifiers and a variable named
gallowind; the reporter became Perpetua Grimbleforth), Peel and Pith (a phrase of recipes; the blog became Seville and
Sugar), Zwirbelbach (a surname in a list of sample names; the reporter became Hartmut Knöterichsen), Filo di Vento (a
common Italian phrase; the blog became Losanga e Coda), Śledziewsk (real surnames; the town became Dorszowice), Ćwiklak
(a real person's name; the works manager became Leszek Pachołkiewicz), Стрекозина (a name in code; the reporter became
Варвара Лоскутинская), Брусникин (real surnames; the new patrol became Геннадий Черемшанов), Кузякина (real surnames;
the head teacher became Нина Павловна Толокнянова), SplashDad (hits inside identifiers; the commenter became
deepend_dave) and Tomate_Cerise (an identifier in many recipe apps; the commenter became Potager_de_Lulu). First names
alone (Hattie, Armand, Jonas, Corrado, Agata, Семён, Maryvonne, Birgit, Giovanna, Ewelina, Людмила and the like),
initialled names (Marguerite T., Rosalind W., Mario B., Андрей К.), common handles of a word alone (Moorbauer,
Mieszkaniec), real services and platforms, the real designer named in Blogger's own Simple-theme footer (Michael Elkan)
and real places (Rennes; Hel, in a first wording of the Polish read-also link, was not used) were not checked. (6) The
measurement was run once, at 02:55:32 UTC by ``date``, in one shell call with the brief's two commands (pytest output to
/tmp/s162scratch/measure.out, report to /tmp/s162scratch/report.out); then /tmp/s162scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s162/tests with /tmp/wt-s162/src on the path)
to /tmp/s162scratch/problems.out: twelve noise lines kept, all twelve pages with problems (21 page noise lines left, all
of them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of the
three tables (tables162.py) were written from that output, and /tmp/s162scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys of
``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise line of
the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed: gen162.py
wrote the final file from the same data files, checked that its lists equal them, and the pytest command was run again
on it in /tmp/wt-s162. (7) ``date`` printed 02:52:13 UTC before the first name checks, 02:55:32 at the measurement and
02:56:15 before the tables were written; the times quoted here are those ``date`` printed. The whole set was written,
measured and committed within the brief's 50 minutes, from 02:49:20 UTC (the last ``date`` before the commit is in the
report of this helper).

Judgement calls: the keep lines "Comments from parents at the open evening persuaded the governors to keep the crossing
patrol.", "Share prices of the bus operator barely moved after the announcement, analysts noted.", "Following the
inspection, the diving board was fenced off and lifeguards told swimmers to keep away.", "Subscribers to the lido's
season ticket will get a partial refund, the council confirmed.", "Copyright lawyers for the museum argued that the
engine's original drawings belong to the trust.", "Advertising for a new crossing patrol officer began in September but
drew only two applicants.", "Reading the report aloud, the chairman paused twice to thank the volunteers.",
"Commentaires et suggestions des riverains seront recueillis en mairie jusqu'au 15 janvier.", "Partagé entre deux
associations, le terrain accueillera vingt parcelles supplémentaires.", "Suivre l'évolution des travaux sera possible
grâce à un panneau installé devant la grille.", "Teilen wollen sich die beiden Vereine künftig auch die Kosten für den
Heizer.", "Abonnenten des Museumsvereins erhalten beim Dampftag freien Eintritt, teilte der Vorstand mit.", "Folgen
hatte der Rostschaden an der Kranbahn bislang keine, versicherte der Hafenmeister.", "Condivisa dal comitato di
quartiere, la proposta del tetto verde è piaciuta anche ai negozianti.", "Seguire la crescita delle piante sarà compito
degli studenti dell'istituto agrario.", "Commenti entusiasti sono arrivati dai pendolari della linea 7, racconta
l'autista.", "Komentując decyzję, prezes portu podkreślił, że dźwig zostanie w mieście.", "Czytelnicy lokalnej gazety
sami zebrali pieniądze na farbę do dźwigu.", "Подписчики районного паблика первыми узнали о новом дежурном у школы." and
"Поделиться опытом с новичком пришёл сам Виктор Ильич, отработавший на переходе двадцать лет." are article sentences:
each reports what parents, analysts, lifeguards, a council, lawyers, a school, a chairman, a town hall, two
associations, two clubs, a museum society, a harbour master, a residents' committee, students, commuters, a port's
chairman, readers, a district's followers or a retired crossing patrol said, did, decided or will get, with the
noise-like word as an ordinary noun, verb, participle or adjective of the sentence ("Comments from parents" are remarks
at an open evening, not a comment thread; "Share prices" are a stock market's, not a share row; "Following the
inspection" is a time, not a follow prompt; "Subscribers to the lido's season ticket" are swimmers owed a refund, not a
newsletter prompt; "Copyright lawyers" argue over drawings, not a copyright footer; "Advertising for a new crossing
patrol officer" is a job search, not an ad label; "Reading the report aloud" is a chairman at a meeting, not a reading
time; the French "Commentaires", "Partagé" and "Suivre", the German "Teilen", "Abonnenten" and "Folgen", the Italian
"Condivisa", "Seguire" and "Commenti", the Polish "Komentując" and "Czytelnicy" and the Russian "Подписчики" and
"Поделиться" are residents' suggestions, a plot split between associations, following building work on a notice board,
clubs splitting a stoker's costs, members of a museum society, consequences of rust, a proposal shared by a committee,
students looking after plants, commuters' remarks, a chairman commenting on a decision, a paper's readers, followers of
a district page and a retired patrol sharing his experience; none of them is comment, share, follow, subscribe, ad,
reading-time or copyright furniture). Categories: the Datawrapper, Mixcloud, Vimeo, Dailymotion, Mastodon,
OpenStreetMap, YouTube and RUTUBE lines are markers (embeds that could not be loaded, are for subscribers only, are
restricted by their owner, are not available in the reader's country, had their script blocked, need JavaScript, are
private or are temporarily unavailable; the Mixcloud line speaks of subscribers but is a player's placeholder, not a
subscribe prompt); the reading-length header (its word count is part of the same header), the kettle-on warning and the
French, German, Italian, Polish and Russian lines are reading times; the words-and-additional-reporting, avec-AFP,
Redaktionsmitglied and Oprac. lines are bylines at the head (the AFP and PAP mentions credit the wire service as part of
the byline, not a photo credit), and the Gumroad, Eventbrite, Amazon Handmade and Yula lines are bylines
(self-promotion) at the foot (the Eventbrite line sells the blogger's own workshops, so it is a plug, not an events
notice); the Blogger, IMPRESS, Substack, French publisher, Jimdo, Joomla, Polish all-rights-reserved and Tilda lines are
footers (the Substack row holds "Start writing" and "Get the app" links but is the platform's standing foot, not a share
row or a follow prompt; the IMPRESS line and the French publisher line with its capital, trade register and host are the
standing legal foot of a news site; the Polish no-copying line is a site-wide rights line, not a notice about one
story); the logged-in, showing-3-of-27, removed-by-an-administrator, moderation, show-more-replies, your-e-mail and
comments-switched-off lines and the Russian removed-by-a-moderator stub are comment furniture (the Italian line is the
comment form's privacy note, not a footer's privacy link); the English, French and Italian rows are share rows (the
French and Italian ones say "forward", but list the services a share row lists); the German transparency note and the
Polish names-changed note are notices in the body (both speak of the story they sit in), and the Russian opinion
disclaimer is a notice at the foot (a disclaimer under an opinion piece, neither a footer's legal line nor a byline). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (date lines, mastheads, section menus, breadcrumbs,
captions and credits, bylines, posted-on lines, reading times, ad labels, sponsored headlines, share rows, read-also
links, newsletter and follow prompts, comment counts, comments and replies, back-to-top links, copyright lines, blog
names, taglines and menus, tables of contents, pin and bookmark prompts, category and filed-under lines and platform
credits) is noise. The list rows (what happens next at the baths, what the marmalade taught, what changes at the
allotments, the pan's restoration steps, the steam engine's next dates, how the spoon was carved, what the bus-shelter
project plans, how the kite was built, what comes next for the crane, what calligraphy taught, what changes at the
school crossing and what keeping quail taught) are short, some without a verb, but part of each article, so article; the
blogs' table-of-contents entries ("1. Preparing the peel" and the like) look like list rows but are links to the post's
sections, so noise; the captions describe photos, so noise, though they speak of the story's subject; the portals'
credits name the council, the town hall, the museum or a press office and are still credits; the sponsored headlines are
ads, while the English row "Lessons will carry on as normal in the shallow end." and the Russian row "Дежурный будет
работать с 7:30 до 8:30." are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Italian and notice in German, Polish and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-thornackby-diving-board (the baths' three-metre diving board taken down after cracks were found in its base),
en-blog-sevilleandsugar-marmalade (a first batch of Seville orange marmalade from a grandmother's recipe),
fr-portail-saintbrelonne-jardins (the town's allotments extended by twelve plots on land bought by the commune),
fr-blog-fonteetrouille-poele (a rusty cast-iron pan from a flea market cleaned and seasoned),
de-portal-kluverstedt-dampfmaschine (a museum's 1911 steam engine running again after four years of volunteer work),
de-blog-spanundschnitz-loeffel (a first spoon carved from green birch), it-portale-casalvetrino-pensilina (a living roof
of sedum and thyme planted on a bus shelter), it-blog-losangaecoda-aquilone (a first diamond kite of bamboo and brown
paper), pl-portal-dorszowice-dzwig (a historic quay crane repainted in its old red and white),
pl-blog-stalowkaitusz-kaligrafia (three months of learning copperplate calligraphy), ru-portal-klyuchegorsk-perekhod (a
school's crossing patrol of twenty years replaced by a former bus driver) and ru-blog-perepelinydvorik-perepelki (a
first year of keeping quail), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit d88d9c14c60c2a537794eaa1c87569d2f66c5ada, measured with ``cd /tmp/wt-s162 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s162/src python -m pytest -q tests/test_clean_held_out_162.py -rA -p
no:cacheprovider`` (24 failed, 53 passed) and ``cd /tmp/wt-s162 && PYTHONPATH=/tmp/wt-s162/src python
scripts/clean_held_out_report.py --sets 162``, with the xfail tables empty): noise lines removed 33/45 (marker 4/8,
reading-time 6/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 1/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers in the body (the English Mixcloud and Vimeo, the German Mastodon and
the Polish YouTube placeholders), one reading time at the head (the English kettle-on warning), one byline at the head
(the Polish Oprac. line), all four plugs at the foot (the English Gumroad and Eventbrite plugs, the Italian Amazon
Handmade plug and the Russian Yula plug) and both notices in the body (the German transparency note and the Polish
names-changed note); the English Datawrapper, French Dailymotion, Italian OpenStreetMap and Russian RUTUBE markers, the
other six reading times, the English words-and-additional-reporting, French avec-AFP and German Redaktionsmitglied
bylines, every footer, every comment line, every share row and the Russian opinion disclaimer went); keep lines kept
20/20; pages 0/12 clean, 21 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: on each of
the six portals the lead photo's caption at the top of the block under the title (its credit went), and besides it on
the English portal the sponsored headline after the ad label at the end of the first two paragraphs' block and on the
Russian portal the VK follow prompt "Мы во ВКонтакте" after the Telegram prompt between the two last paragraphs (English
and Russian portals 2 each, French, German, Italian and Polish portals 1 each); on each of the six blogs the photo
caption between the first and second paragraphs and the photo caption after the third list row, and besides them on the
German spoon-carving blog the Pinterest prompt after the quote (German blog 3, the other five blogs 2 each). Lost:
nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the pytest command
on the final file in /tmp/wt-s162 gave 53 passed, 24 xfailed, no XPASS.

Measured after round 111 (developed on sets 159 and 160 beside this set's writing from the same base, d88d9c1, and
measured on it blind by the lead with test_clean._problems of every case before and after, at 72639ba and after the
lead's mend at 662f30a): nothing moved. Round 111's reading of an embed's failure (a media kind, its failure in the
placeholder's present, its service) took none of this set's embed placeholders, and no page line, keep line or article
line changed; the xfail tables stand as measured.

Round 112 (development; this set was read in full from this round on): developed on sets 161 and 162 from 4513644.
Four readings. (1) page_blocks._title_between_stamps (with _HEAD_STAMPS), used by _mark_head: a short headline
between two of the head's stamps the rules took (a reading time over it, the posted-on line under it), no label with a
colon, no row, no sentence, no chrome and no digit, is the title, however short; under a menu it counts as the line
below the menu (so the blog's name and tagline above the menu go as its masthead), and it replaces a title taken above
the menu or by the masthead's test. This fixed set 161's lost title "Ein Jahr Wettertagebuch" (the tagline "Wetter
beobachten vom Balkon aus" above it had been taken for the title, as four words or more). (2)
whole_line_noise._EMBED_SCREEN_STATE (round 86's listed platform + the state on the reader's screen) gained the access
states of a placeholder: the reader's country or region closing the clause, subscribers only, private with the owner
asked for access, the owner restricting playback, a preview unavailable or to be opened in the app, enable
JavaScript, the reader's browser having blocked it, not visible until the reader logs in, switch on the cookie files,
marked as private, in six languages; "n'a pas pu s'afficher" joined the French not-loaded state, and _EMBED_PLATFORM
gained Pinterest in declined forms and Opinary. All twelve placeholders of sets 161/162 go; near misses (the SemEval
gate's "Roskomnadzor restricted access to YouTube.", "Видео с YouTube больше недоступно в России.", "The BBC video of
the speech is unavailable.", a private account in the story) stay. (3) clean._AFFILIATE_IN_SIDEBAR (_ONE_AFFILIATE_LINK,
_SIDEBAR) in _is_affiliate_link_line: one affiliate link, in the singular, pointed to the page's sidebar, no figure,
no verb of saying (set 161's five blogs and the German one). (4) clean._MY_PLATFORM_PAGE with _SALE_CUE and
_PLATFORM_NAME in _is_shop_plug: the writer's page, shop or store on a platform named in capitals (no list of
platforms), with the thing for sale, available, booked or found there, or the writer selling through a named platform,
a closing full stop allowed, no quote and no verb of saying (set 161's Not On The High Street plug, set 162's Gumroad,
Eventbrite, Amazon Handmade and Yula plugs). Tests: tests/test_clean.py test_round_112_* (the stamped title in six
languages, the embed access states and their near misses, the sidebar affiliate link, the platform page plug).
Other sets moved (clean_held_out_report, before -> after): xfails removed as now passing in set 95 (the Strava route
preview), 108 (the Allegro shop plug), 118 (the Flourish chart asking for JavaScript), 121 (page
de-portal-ottelsrode-jugendclub, its Opinary placeholder now goes), 129 (the potter's Commissions page plug), 151 (the
geo-blocked Yandex Music player) and 155 (the Calaméo and Opinary placeholders); page reasons reworded in sets 136
(it-blog-carrellochetorna-lettera22, its Etsy plug goes), 138 (fr-blog-moussedulavoir-lait-de-chevre, its shop plug
goes) and 149 (de-blog-holzmaehne-schaukelpferd, its sales plug goes). All sets' totals: noise lines removed 6291 ->
6315, article lines kept 3087 -> 3087, pages clean 1098 -> 1099, page noise lines left 1576 -> 1565, paragraphs lost
3 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723.
This set, before -> after: noise lines removed 33/45 -> 41/45 (marker 4/8 -> 8/8 (Mixcloud subscribers, Vimeo
restricted playback, Mastodon script blocked, private YouTube), byline 3/8 -> 7/8 (the Gumroad, Eventbrite, Amazon
Handmade and Yula plugs); reading-time 6/7, footer 8/8, comments 8/8, share 3/3, notice 1/3 unchanged), keep lines
20/20 -> 20/20, pages clean 0/12 -> 0/12, page noise lines left 21 -> 21 of 240, article lines lost 0 -> 0. Xfails
removed: the four embed placeholders and the four plugs; no page reason changed. Still missed: the kettle-on reading
time, the Polish Oprac. byline, the German transparency note and the Polish names-changed note (lines); on the pages the
photo captions (left on purpose), "Sponsored: Five loft conversions that add real value to your home", "Merke dir
diesen Beitrag auf Pinterest" and "Мы во ВКонтакте" (step 3 of the brief, not reached).
Bench (benchmarks/bench_clean.py against 4513644's src): ratio_to_baseline 1.01 (2.587 s against 2.550 s). Pytest:
all held-out sets with tests/test_site_batches.py, test_site_lines.py, test_noise_trace.py and test_clean_pages.py gave
10852 passed, 1392 xfailed (no XPASS, no failure); the full command (with tests/test_clean.py, -x) gave 20615 passed,
1399 xfailed, no failure and no XPASS. The affiliate reading's link noun was folded into round 81's _AFFILIATE_LINK_NOUN after the report;
the report on the 30 sets whose files name a sidebar and the SemEval dump, rerun after it, are unchanged.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_162_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Datawrapper chart could not be loaded. View it on datawrapper.dwcdn.net instead.', 'marker'),
    ('body', 'Mixcloud widget: this show is only available to Mixcloud Select subscribers.', 'marker'),
    ('body', '[Embedded content from Vimeo – the video owner has restricted playback on this site]', 'marker'),
    ('body', "La vidéo Dailymotion n'est pas disponible dans votre pays.", 'marker'),
    ('body', 'Hier wäre ein Beitrag von Mastodon zu sehen. Ihr Browser hat das Skript blockiert.', 'marker'),
    ('body', 'Mappa di OpenStreetMap non disponibile: attiva JavaScript per visualizzarla.', 'marker'),
    ('body', 'Ten materiał wideo z YouTube został oznaczony jako prywatny.', 'marker'),
    ('body', 'Видео с RUTUBE временно недоступно. Попробуйте позже.', 'marker'),
    ('head', 'Reading length: 6 min · 1,150 words', 'reading-time'),
    ('head', 'Kettle on? This one takes about twelve minutes to get through.', 'reading-time'),
    ('head', '6 minutes suffisent pour lire cet article', 'reading-time'),
    ('head', 'Lesedauer ca. 6 Min.', 'reading-time'),
    ('head', 'Ti bastano 6 minuti per leggerlo', 'reading-time'),
    ('head', 'Lektura zajmie ci około 6 minut', 'reading-time'),
    ('head', 'Читать 6 минут', 'reading-time'),
    ('head', 'Words: Philippa Dunkerswick | Additional reporting: Ambrose Tethercott', 'byline'),
    ('head', 'Par Héloïse Vardoncelle (avec AFP)', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Gerlinde Pfannstieler', 'byline'),
    ('head', 'Oprac. Jadwiga Kormorańska, na podst. PAP', 'byline'),
    ('tail', 'Signed copies of my little jam-making zine are still available through my Gumroad page.', 'byline'),
    ('tail',
     'I run beginner spoon-carving workshops most Saturdays – dates and booking on my Eventbrite page.',
     'byline'),
    ('tail', 'I miei aquiloni dipinti a mano li trovi nel mio negozio su Amazon Handmade.', 'byline'),
    ('tail', 'Инкубационное яйцо перепелов продаю через Юлу, отправляю СДЭКом по всей России.', 'byline'),
    ('tail', 'Simple theme. Theme images by Michael Elkan. Powered by Blogger.', 'footer'),
    ('tail', 'This newspaper is a member of the Independent Monitor for the Press (IMPRESS).', 'footer'),
    ('tail',
     'Privacy ∙ Terms ∙ Collection notice ∙ Start writing ∙ Get the app ∙ Substack is the home for great culture',
     'footer'),
    ('tail',
     'Site édité par une SAS au capital de 37 000 € · RCS Rennes B 512 034 918 · Hébergeur : Scaleway',
     'footer'),
    ('tail', 'Diese Website wurde mit Jimdo erstellt · Anmelden · Datenschutz', 'footer'),
    ('tail', 'Sito realizzato con Joomla! · Note legali · Mappa del sito', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy zabronione.', 'footer'),
    ('tail', 'Сайт работает на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'You must be logged in to post a comment.', 'comments'),
    ('tail', 'Showing 3 of 27 comments – view all', 'comments'),
    ('tail', 'This comment has been removed by a blog administrator.', 'comments'),
    ('tail', 'Les commentaires sont soumis à modération avant publication.', 'comments'),
    ('tail', '4 weitere Antworten einblenden', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Komentarze zostały wyłączone przez autora wpisu.', 'comments'),
    ('tail', 'Комментарий удалён модератором', 'comments'),
    ('tail', 'Spread the word: Reddit · Mastodon · Email this story', 'share'),
    ('tail', 'Faire suivre cet article : Messenger · LinkedIn · SMS', 'share'),
    ('tail', "Inoltra l'articolo: WhatsApp · Facebook · Copia indirizzo", 'share'),
    ('body', 'Transparenzhinweis: Unsere Autorin ist Mitglied im Förderverein des Museums.', 'notice'),
    ('body', 'Nazwiska niektórych rozmówców zostały zmienione na ich prośbę.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_162_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments from parents at the open evening persuaded the governors to keep the crossing patrol.'),
    ('head', 'Share prices of the bus operator barely moved after the announcement, analysts noted.'),
    ('head', 'Following the inspection, the diving board was fenced off and lifeguards told swimmers to keep away.'),
    ('body', "Subscribers to the lido's season ticket will get a partial refund, the council confirmed."),
    ('body', "Copyright lawyers for the museum argued that the engine's original drawings belong to the trust."),
    ('tail', 'Advertising for a new crossing patrol officer began in September but drew only two applicants.'),
    ('tail', 'Reading the report aloud, the chairman paused twice to thank the volunteers.'),
    ('head', "Commentaires et suggestions des riverains seront recueillis en mairie jusqu'au 15 janvier."),
    ('body', 'Partagé entre deux associations, le terrain accueillera vingt parcelles supplémentaires.'),
    ('tail', "Suivre l'évolution des travaux sera possible grâce à un panneau installé devant la grille."),
    ('head', 'Teilen wollen sich die beiden Vereine künftig auch die Kosten für den Heizer.'),
    ('body', 'Abonnenten des Museumsvereins erhalten beim Dampftag freien Eintritt, teilte der Vorstand mit.'),
    ('tail', 'Folgen hatte der Rostschaden an der Kranbahn bislang keine, versicherte der Hafenmeister.'),
    ('head', 'Condivisa dal comitato di quartiere, la proposta del tetto verde è piaciuta anche ai negozianti.'),
    ('body', "Seguire la crescita delle piante sarà compito degli studenti dell'istituto agrario."),
    ('tail', "Commenti entusiasti sono arrivati dai pendolari della linea 7, racconta l'autista."),
    ('head', 'Komentując decyzję, prezes portu podkreślił, że dźwig zostanie w mieście.'),
    ('tail', 'Czytelnicy lokalnej gazety sami zebrali pieniądze na farbę do dźwigu.'),
    ('tail', 'Подписчики районного паблика первыми узнали о новом дежурном у школы.'),
    ('tail', 'Поделиться опытом с новичком пришёл сам Виктор Ильич, отработавший на переходе двадцать лет.'),
]

HELD_OUT_162_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-thornackby-diving-board', [
        [
            '-Friday 4 December 2026 · 6°C, light rain',
            '-The Thornackby Courier',
        ],
        [
            "-News · Sport · What's On · Jobs · Property",
            '-Home › News › Leisure',
            '+Diving board removed at Thornackby baths after safety inspection',
        ],
        [
            '-The old three-metre board being lifted out by crane on Tuesday morning.',
            '-Photo: Thornackby Borough Council',
            '-By Perpetua Grimbleforth, Leisure Reporter',
            '-3 min read',
        ],
        [
            "+The three-metre diving board at Thornackby's public baths has been taken down after inspectors found "
            'cracks in its concrete base.',
            '+Swimmers had used the board since the pool opened in 1968, and generations of local children learned '
            'to dive from it.',
            '-Advertisement',
            '-Sponsored: Five loft conversions that add real value to your home',
        ],
        [
            '-Share on Facebook · Share on X · Email',
            '+Pool manager Desmond Arkwrightley said the decision was not taken lightly: "We know how much that '
            'board means to people, but we could not risk anyone getting hurt."',
        ],
        [
            '+What happens next',
            '+The base will be broken up and the deep end resurfaced in January.',
            '+Lessons will carry on as normal in the shallow end.',
            '+A consultation on a replacement springboard opens in the spring.',
            '-Read also: Lido car park to close for resurfacing',
        ],
        [
            '+The council said the work would cost about £40,000 and would come out of its leisure maintenance budget.',
        ],
        [
            "-Get the Courier's morning briefing in your inbox – sign up free",
            '-Follow us on Facebook for breaking news',
        ],
        [
            '+The baths will close for two weeks while the deep end is resurfaced and reopen on 25 January.',
        ],
        [
            '-11 comments',
            '-deepend_dave: Jumped off that board every summer in the eighties. Sad to see it go.',
            '-↳ Marguerite T.: Safety first, though. Those cracks looked bad in the photos.',
            '-lengthsbeforework: Any news on whether the lane swimming times will change?',
        ],
        [
            '-Back to top ↑',
            '-© 2026 Ormsby Regional Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-sevilleandsugar-marmalade', [
        [
            '-Seville and Sugar',
            '-Jams, jellies and a lot of sticky worktops',
            '-Home · Recipes · About · Contact',
        ],
        [
            '+My first batch of Seville orange marmalade',
        ],
        [
            '-Posted on 2 December 2026 by Hattie',
            '-Reading time: 5 minutes',
        ],
        [
            "+Seville oranges arrived at the greengrocer's last week, so I finally tried the marmalade my "
            'grandmother used to make every January.',
            '-A bowl of Seville oranges on the kitchen table.',
            '+I followed her handwritten recipe, which calls for a kilo of fruit, two lemons and far more sugar than '
            'seems sensible.',
        ],
        [
            '-Contents',
            '-1. Preparing the peel',
            '-2. Testing for a set',
        ],
        [
            '+The hardest part was the set. As my grandmother wrote in the margin: "If it wrinkles on a cold saucer, '
            'it\'s done, and not a minute before."',
            '-Pin this recipe for later!',
        ],
        [
            '+What I learned',
            '+Cut the peel thinner than you think you need to.',
            '+Soak the pips in a muslin bag overnight.',
            '+Warm the jars in a low oven before filling them.',
            '-The finished jars lined up on the windowsill.',
        ],
        [
            '+I ended up with nine jars, two of which went straight to my neighbours.',
            '+Next year I want to try adding a splash of whisky to half the batch.',
        ],
        [
            '-Share this: Facebook · Pinterest · WhatsApp',
            '-Follow me on Instagram for more kitchen experiments',
            '-Filed under: Marmalade, Preserves, Winter',
        ],
        [
            '-5 Comments',
            '-Rosalind W. says: Lovely post! Did you use white or brown sugar?',
            '-↳ Hattie says: White granulated – brown makes it darker and a bit treacly.',
            '-gooseberry_jan says: My gran used the cold saucer test too.',
            '-↳ Hattie says: It never fails, does it?',
        ],
        [
            '-Blog at WordPress.com.',
        ],
    ]),
    _page('fr', 'fr-portail-saintbrelonne-jardins', [
        [
            '-Vendredi 4 décembre 2026',
            "-L'Écho de Saint-Brélonne",
        ],
        [
            '-Actualités · Sports · Agenda · Annonces légales',
            '-Accueil > Saint-Brélonne > Vie locale',
            "+Les jardins familiaux du Pré-Vert s'agrandissent de douze parcelles",
        ],
        [
            '-Les nouvelles parcelles, délimitées par des piquets, le long du ruisseau.',
            '-Photo : Mairie de Saint-Brélonne',
            '-Par Héloïse Brangelier',
            '-Lecture : 3 min',
        ],
        [
            '+La commune a racheté un terrain de 2 000 mètres carrés voisin des jardins familiaux du Pré-Vert, au '
            'bord du ruisseau.',
            '+Douze nouvelles parcelles y seront attribuées au printemps, alors que trente-huit familles attendaient '
            'une place.',
            '-Publicité',
            "-Contenu sponsorisé : Les cuisines équipées à prix d'usine près de chez vous",
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "+La présidente de l'association des jardiniers, Odile Charvenaud, se réjouit : « Certaines familles "
            "attendaient depuis quatre ans, c'est une vraie bonne nouvelle. »",
        ],
        [
            '+Ce qui change',
            '+Chaque parcelle mesurera cent mètres carrés.',
            '+Un abri de jardin commun sera construit.',
            "+Un récupérateur d'eau de pluie alimentera les arrosoirs.",
            "-À lire aussi : Le marché de Noël s'installe place de la Halle",
        ],
        [
            '+Le loyer annuel reste fixé à 45 euros par parcelle, eau comprise.',
        ],
        [
            "-Recevez chaque matin notre lettre d'information",
            '-Suivez-nous sur Facebook',
        ],
        [
            '+Les candidatures sont à déposer à la mairie avant le 31 janvier.',
        ],
        [
            '-6 commentaires',
            "-Jardinier71 : Enfin ! Ça fait trois ans qu'on est sur la liste.",
            '-↳ Bérangère_du_Pré : Pareil pour nous, on croise les doigts.',
            "-Potager_de_Lulu : Et pour l'accès en voiture, il y aura un parking ?",
        ],
        [
            '-Haut de page',
            '-© 2026 Société des Éditions Brélonnaises. Tous droits réservés.',
        ],
    ]),
    _page('fr', 'fr-blog-fonteetrouille-poele', [
        [
            '-Fonte et Rouille',
            "-Le carnet d'un amoureux des vieilles casseroles",
            '-Accueil · Restaurations · À propos · Contact',
        ],
        [
            "+Comment j'ai sauvé une vieille poêle en fonte rouillée",
        ],
        [
            '-Publié le 1 décembre 2026 par Armand',
            '-Temps de lecture : 6 min',
        ],
        [
            "+J'ai trouvé cette poêle en fonte dans une brocante de village, couverte de rouille, pour trois euros.",
            "-La poêle telle que je l'ai achetée, rouge de rouille.",
            '+Sous la rouille, la fonte était saine : pas de fissure, pas de fond voilé.',
        ],
        [
            '-Sommaire',
            '-1. Enlever la rouille',
            '-2. Culotter la poêle',
        ],
        [
            "+Un vieux ferronnier du marché m'avait prévenu : « La fonte ne meurt jamais, elle attend juste qu'on "
            "s'occupe d'elle. »",
            '-Épinglez cet article sur Pinterest',
        ],
        [
            '+Les étapes',
            '+Un bain de vinaigre blanc dilué pendant une nuit.',
            "+Un brossage à la laine d'acier.",
            "+Trois couches d'huile de lin cuites au four.",
            '-La poêle après le troisième passage au four.',
        ],
        [
            "+Le résultat m'a surpris : les œufs glissent désormais comme sur une poêle neuve.",
            "+Je la passe maintenant à l'eau chaude, sans savon, et je l'huile après chaque usage.",
        ],
        [
            '-Partager : Facebook · Pinterest · E-mail',
            '-Suivez le blog sur Instagram',
            '-Catégories : Fonte, Cuisine, Récup',
        ],
        [
            '-4 commentaires',
            "-Maryvonne : Merci, j'ai la même dans ma cave !",
            "-↳ Armand : Alors au travail, elle n'attend que vous.",
            "-Cuistot_du_dimanche : Et l'huile de lin, ça ne sent pas trop ?",
            '-↳ Armand : Un peu pendant la cuisson, ouvrez la fenêtre.',
        ],
        [
            '-Propulsé par Blogger',
        ],
    ]),
    _page('de', 'de-portal-kluverstedt-dampfmaschine', [
        [
            '-Freitag, 4. Dezember 2026',
            '-Klüverstedter Rundschau',
        ],
        [
            '-Lokales · Sport · Kultur · Service',
            '-Startseite › Lokales › Klüverstedt',
            '+Museumsdampfmaschine läuft nach 40 Jahren wieder',
        ],
        [
            '-Die Dampfmaschine im Maschinenhaus des Museums bei der ersten Probefahrt.',
            '-Foto: Museum Klüverstedt',
            '-Von Hartmut Knöterichsen',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '+Im Industriemuseum Klüverstedt dreht sich das Schwungrad der alten Dampfmaschine wieder.',
            '+Ehrenamtliche Helfer haben die Maschine aus dem Jahr 1911 vier Jahre lang Stück für Stück überholt.',
            '-Anzeige',
            '-Gesponsert: Diese Wärmepumpe spart bis zu 40 Prozent Heizkosten',
        ],
        [
            '-Teilen: Facebook · WhatsApp · E-Mail',
            '+Vereinsvorsitzender Eckhard Rummelsiep ist stolz auf sein Team: „Viele haben gesagt, die Maschine '
            'läuft nie wieder. Jetzt läuft sie leiser als mein Auto.“',
        ],
        [
            '+Die nächsten Termine',
            '+Am ersten Sonntag im Monat wird die Maschine vorgeführt.',
            '+Schulklassen können Sonderführungen buchen.',
            '+Im Sommer ist ein Dampffest geplant.',
            '-Lesen Sie auch: Stadtbücherei verlängert ihre Öffnungszeiten',
        ],
        [
            '+Die Reparatur kostete rund 60.000 Euro, den Großteil trug eine Stiftung.',
        ],
        [
            '-Abonnieren Sie unseren Newsletter für Klüverstedt',
            '-Folgen Sie uns auf Instagram',
        ],
        [
            '+Der Eintritt zu den Vorführungen ist für Kinder frei.',
        ],
        [
            '-8 Kommentare',
            '-Dampffan_Kurt: Großartige Arbeit, ich war als Kind schon dort.',
            '-↳ Heizerlehrling: Danke! Wir suchen übrigens noch Helfer.',
            '-Moorbauer: Wann genau ist der nächste Termin?',
        ],
        [
            '-Nach oben',
            '-© 2026 Rundschau Verlagsgesellschaft mbH',
        ],
    ]),
    _page('de', 'de-blog-spanundschnitz-loeffel', [
        [
            '-Span und Schnitz',
            '-Grünholz, Messer und viel Geduld',
            '-Start · Projekte · Über mich · Kontakt',
        ],
        [
            '+Mein erster Löffel aus Birkenholz',
        ],
        [
            '-Veröffentlicht am 2. Dezember 2026 von Jonas',
            '-Lesezeit: 5 Minuten',
        ],
        [
            '+Im Herbst habe ich beim Holzmachen einen geraden Birkenast beiseitegelegt, frisch und ohne Astlöcher.',
            '-Der gespaltene Birkenast auf dem Hackklotz.',
            '+Daraus wollte ich meinen ersten Löffel schnitzen, nur mit Beil, Schnitzmesser und Hakenmesser.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Das Holz spalten',
            '-2. Die Laffe aushöhlen',
        ],
        [
            '+Mein Nachbar, der seit Jahren schnitzt, gab mir einen Rat mit: „Schneide immer vom Körper weg, und hör '
            'auf, wenn du müde wirst.“',
            '-Merke dir diesen Beitrag auf Pinterest',
        ],
        [
            '+So bin ich vorgegangen',
            '+Den Rohling mit dem Beil grob zurichten.',
            '+Die Laffe mit dem Hakenmesser aushöhlen.',
            '+Den Löffel trocknen lassen und mit Leinöl einreiben.',
            '-Der fertige Löffel neben dem Hakenmesser.',
        ],
        [
            '+Der Löffel ist etwas schief geworden, aber er liegt gut in der Hand.',
            '+Als Nächstes will ich einen Pfannenwender aus Kirschholz versuchen.',
        ],
        [
            '-Teile diesen Beitrag: Facebook · Pinterest · E-Mail',
            '-Folge mir auf Instagram',
            '-Kategorie: Schnitzen, Grünholz',
        ],
        [
            '-3 Kommentare',
            '-Birgit: Sehr schön geworden! Welches Hakenmesser benutzt du?',
            '-↳ Jonas: Ein einfaches von Mora, für den Anfang reicht das.',
            '-Holzwurm_Toni: Schiefe Löffel haben Charakter.',
            '-↳ Jonas: Das sage ich mir auch!',
        ],
        [
            '-Bloggen auf WordPress.com.',
        ],
    ]),
    _page('it', 'it-portale-casalvetrino-pensilina', [
        [
            '-Venerdì 4 dicembre 2026',
            '-La Voce di Casalvetrino',
        ],
        [
            '-Cronaca · Sport · Eventi · Necrologi',
            '-Home > Cronaca > Casalvetrino',
            "+Un tetto verde sulla pensilina dell'autobus di piazza Garibaldi",
        ],
        [
            '-La pensilina con le piantine di sedum appena messe a dimora.',
            '-Foto: Ufficio stampa del Comune',
            '-Di Ludovica Sparapanetti',
            '-Lettura: 3 min',
        ],
        [
            '+Sulla pensilina della fermata di piazza Garibaldi è spuntato un piccolo giardino pensile.',
            '+Gli operai del Comune hanno steso sul tetto uno strato di terriccio e piantato sedum, timo e piante '
            'grasse.',
            '-Pubblicità',
            '-Contenuto sponsorizzato: Le caldaie a condensazione in offerta questo mese',
        ],
        [
            '-Condividi: Facebook · WhatsApp · X',
            "+L'assessore all'ambiente, Remigio Farfallotti, spiega: «Il tetto trattiene la pioggia, rinfresca "
            "l'attesa d'estate e offre cibo alle api.»",
        ],
        [
            '+Cosa prevede il progetto',
            "+Altre quattro pensiline saranno coperte entro l'estate.",
            "+Gli studenti dell'agrario cureranno le piante.",
            '+Un cartello spiegherà ai passeggeri le specie scelte.',
            '-Leggi anche: Chiude per lavori il parcheggio della stazione',
        ],
        [
            '+Il progetto è costato 8.000 euro, finanziati con un bando regionale.',
        ],
        [
            '-Iscriviti alla nostra newsletter',
            '-Seguici su Facebook',
        ],
        [
            '+La prima verifica sulle piante è prevista a marzo.',
        ],
        [
            '-7 commenti',
            '-pendolare_77: Bella idea, speriamo che non secchi tutto ad agosto.',
            '-↳ Giardiniera_Elvia: Il sedum resiste benissimo al caldo.',
            '-Mario B.: E le altre fermate senza neanche una panchina?',
        ],
        [
            '-Torna su',
            '-© 2026 Edizioni Casalvetrinesi srl - P.IVA 02345678901',
        ],
    ]),
    _page('it', 'it-blog-losangaecoda-aquilone', [
        [
            '-Losanga e Coda',
            '-Aquiloni fatti in casa e pomeriggi in collina',
            '-Home · Progetti · Chi sono · Contatti',
        ],
        [
            '+Come ho costruito il mio primo aquilone a losanga',
        ],
        [
            '-Pubblicato il 3 dicembre 2026 da Corrado',
            '-Tempo di lettura: 5 minuti',
        ],
        [
            "+Da bambino guardavo mio nonno costruire aquiloni con canne e carta velina, e quest'autunno ho voluto "
            "provarci anch'io.",
            '-Le canne di bambù tagliate a misura sul tavolo.',
            '+Ho scelto la forma più semplice, la losanga, con due stecche di bambù e una vela di carta da pacchi.',
        ],
        [
            '-Indice',
            '-1. Il telaio',
            '-2. La briglia',
        ],
        [
            '+Il nonno ripeteva sempre: «Un aquilone vola bene solo se la briglia è giusta, il resto conta poco.»',
            '-Salva questo progetto su Pinterest',
        ],
        [
            '+I passaggi',
            '+Legare le stecche a croce con lo spago.',
            '+Incollare la vela lasciando due centimetri di bordo.',
            '+Aggiungere una coda di nastri lunga tre metri.',
            "-L'aquilone finito appoggiato al muro del garage.",
        ],
        [
            "+Al primo tentativo l'aquilone girava su se stesso, poi ho allungato la coda e ha preso quota.",
            '+Domenica prossima porto in collina i miei nipoti con un secondo aquilone.',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Seguimi su Instagram',
            '-Categoria: Aquiloni, Fai da te',
        ],
        [
            '-4 commenti',
            '-Giovanna: Che ricordi! Anche mio padre li faceva così.',
            '-↳ Corrado: Allora sai quanto è bello vederli salire.',
            '-ventodimare: Che carta hai usato per la vela?',
            '-↳ Corrado: Semplice carta da pacchi, leggera e robusta.',
        ],
        [
            '-Questo blog è ospitato su Altervista',
        ],
    ]),
    _page('pl', 'pl-portal-dorszowice-dzwig', [
        [
            '-Piątek, 4 grudnia 2026',
            '-Kurier Dorszowicki',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia',
            '-Strona główna › Wiadomości › Port',
            '+Stary dźwig na nabrzeżu odzyskał dawne kolory',
        ],
        [
            '-Dźwig portowy w nowych barwach, widok od strony kanału.',
            '-Fot. Urząd Miasta Dorszowice',
            '-Autor: Bronisław Węgorzewicz',
            '-Czas czytania: 3 min',
        ],
        [
            '+Zabytkowy dźwig portowy na nabrzeżu Rybackim znów jest czerwono-biały, jak w latach sześćdziesiątych.',
            '+Konserwatorzy usunęli kilka warstw starej farby i zabezpieczyli konstrukcję przed rdzą.',
            '-Reklama',
            '-Artykuł sponsorowany: Okna PCV z montażem w promocyjnej cenie',
        ],
        [
            '-Udostępnij: Facebook · X · E-mail',
            '+Kierownik robót Leszek Pachołkiewicz mówi: „Pod farbą znaleźliśmy oryginalny napis stoczni, więc '
            'odtworzyliśmy go co do litery.”',
        ],
        [
            '+Co dalej z dźwigiem',
            '+Wieczorem dźwig będzie podświetlany.',
            '+Przy nabrzeżu stanie tablica z jego historią.',
            '+Latem kabinę operatora otworzą dla zwiedzających.',
            '-Czytaj także: Nowy rozkład rejsów statku wycieczkowego',
        ],
        [
            '+Remont kosztował 350 tysięcy złotych i został sfinansowany z budżetu miasta.',
        ],
        [
            '-Zapisz się na nasz newsletter',
            '-Obserwuj nas na Facebooku',
        ],
        [
            '+Oficjalne odsłonięcie odnowionego dźwigu zaplanowano na 12 grudnia.',
        ],
        [
            '-9 komentarzy',
            '-stary_rybak: Pamiętam, jak ten dźwig jeszcze pracował.',
            '-↳ Kasia_z_portu: Mój dziadek był na nim operatorem!',
            '-Mieszkaniec: A kiedy wyremontują chodnik przy nabrzeżu?',
        ],
        [
            '-Do góry',
            '-© 2026 Wydawnictwo Dorszowickie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-stalowkaitusz-kaligrafia', [
        [
            '-Stalówka i Tusz',
            '-Blog o pięknym pisaniu',
            '-Start · Wpisy · O mnie · Kontakt',
        ],
        [
            '+Trzy miesiące nauki kaligrafii – co mi się udało',
        ],
        [
            '-Opublikowano 2 grudnia 2026 przez Agatę',
            '-Czas czytania: 6 minut',
        ],
        [
            '+We wrześniu kupiłam obsadkę, kilka stalówek i butelkę tuszu, żeby nauczyć się pisać kursywą angielską.',
            '-Moje pierwsze ćwiczenia z kreskami w górę i w dół.',
            '+Codziennie ćwiczyłam po dwadzieścia minut, najpierw same kreski, potem litery.',
        ],
        [
            '-Spis treści',
            '-1. Narzędzia',
            '-2. Pierwsze litery',
        ],
        [
            '+Nauczycielka z warsztatów powiedziała mi: „Nie pisz szybko, pisz równo – szybkość przyjdzie sama.”',
            '-Zapisz ten wpis na Pintereście',
        ],
        [
            '+Czego się nauczyłam',
            '+Trzymać obsadkę pod stałym kątem.',
            '+Naciskać stalówkę tylko przy kreskach w dół.',
            '+Ćwiczyć na papierze, który nie chłonie tuszu.',
            '-Alfabet napisany po trzech miesiącach.',
        ],
        [
            '+Moje litery wciąż nie są idealne, ale pierwsze kartki świąteczne zaadresowałam już sama.',
            '+W styczniu chcę zacząć uczyć się pisma gotyckiego.',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · E-mail',
            '-Obserwuj mnie na Instagramie',
            '-Kategoria: Kaligrafia, Nauka',
        ],
        [
            '-3 komentarze',
            '-Ewelina: Piękne litery! Jakiej stalówki używasz?',
            '-↳ Agata: Najczęściej Nikko G, jest twarda i wybacza błędy.',
            '-kaligraf_amator: Dwadzieścia minut dziennie to dobry pomysł.',
            '-↳ Agata: Dzięki, grunt to regularność!',
        ],
        [
            '-Obsługiwane przez usługę Blogger.',
        ],
    ]),
    _page('ru', 'ru-portal-klyuchegorsk-perekhod', [
        [
            '-Пятница, 4 декабря 2026',
            '-Ключегорские вести',
        ],
        [
            '-Новости · Спорт · Афиша · Объявления',
            '-Главная › Новости › Город',
            '+У школы № 3 сменился дежурный на пешеходном переходе',
        ],
        [
            '-Новый дежурный помогает первоклассникам перейти улицу.',
            '-Фото: пресс-служба администрации',
            '-Автор: Варвара Лоскутинская',
            '-Время чтения: 3 мин',
        ],
        [
            '+Пенсионер Виктор Ильич Сомов двадцать лет каждое утро переводил детей через дорогу у школы № 3.',
            '+С понедельника его место занял бывший водитель автобуса Геннадий Черемшанов.',
            '-Реклама',
            '-Партнёрский материал: Пластиковые окна со скидкой до конца месяца',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '+Директор школы Нина Павловна Толокнянова говорит: «Дети к Виктору Ильичу привыкли, поэтому он сам '
            'пришёл знакомить их с новым дежурным».',
        ],
        [
            '+Что изменится',
            '+Дежурный будет работать с 7:30 до 8:30.',
            '+У перехода установят новый светофор.',
            '+Родителям раздадут памятки о безопасной дороге.',
            '-Читайте также: В парке открыли новую горку',
        ],
        [
            '+Виктору Ильичу на прощание вручили почётную грамоту и торт.',
        ],
        [
            '-Подпишитесь на наш канал в Telegram',
            '-Мы во ВКонтакте',
        ],
        [
            '+Новый светофор обещают включить до конца января.',
        ],
        [
            '-12 комментариев',
            '-Мама_Лизы: Спасибо Виктору Ильичу, он всех наших детей знал по именам.',
            '-↳ Сосед_с_Лесной: Золотой человек, здоровья ему.',
            '-Андрей К.: А светофор там давно был нужен.',
        ],
        [
            '-Наверх',
            '-© 2026 ООО «Ключегорск-Медиа». Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-perepelinydvorik-perepelki', [
        [
            '-Перепелиный дворик',
            '-Заметки о птицах на балконе и в сарае',
            '-Главная · Записи · Обо мне · Контакты',
        ],
        [
            '+Первый год с перепёлками: что я понял',
        ],
        [
            '-Опубликовано 2 декабря 2026, автор: Семён',
            '-Время на чтение: 6 минут',
        ],
        [
            '+Прошлой весной я купил двадцать перепелиных яиц и инкубатор на сорок штук.',
            '-Инкубатор с яйцами на подоконнике.',
            '+Вылупились шестнадцать птенцов, и через два месяца они уже неслись.',
        ],
        [
            '-Содержание',
            '-1. Инкубация',
            '-2. Клетка и корм',
        ],
        [
            '+Соседка-птичница сразу предупредила: «Перепёлки тишину любят, поставишь клетку у двери — нестись '
            'перестанут».',
            '-Сохраните запись в закладки',
        ],
        [
            '+Главные уроки',
            '+Клетка должна стоять в тихом углу.',
            '+Свет нужен не меньше шестнадцати часов в сутки.',
            '+Корм лучше брать специальный, для несушек.',
            '-Перепёлки в клетке в сарае.',
        ],
        [
            '+Сейчас у меня тридцать птиц, и яиц хватает всей семье и соседям.',
            '+Весной хочу попробовать вывести перепелов другой породы.',
        ],
        [
            '-Поделиться: Telegram · ВКонтакте · WhatsApp',
            '-Подписывайтесь на мой канал в Дзене',
            '-Рубрика: Перепёлки, Хозяйство',
        ],
        [
            '-5 комментариев',
            '-Людмила: А чем кормите птенцов первые дни?',
            '-↳ Семён: Стартовым кормом и мелко рубленным яйцом.',
            '-Фермер_Олег: Тишина — это точно, у меня так же было.',
            '-↳ Семён: Вот и я теперь клетку не трогаю.',
        ],
        [
            '-Сайт работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Oprac. Jadwiga Kormorańska, na podst. PAP':
        "a Polish compiled-by byline ('Oprac. Jadwiga Kormorańska, na podst. PAP') is left at the head",
    'Nazwiska niektórych rozmówców zostały zmienione na ich prośbę.':
        "a Polish names-changed notice ('Nazwiska niektórych rozmówców zostały zmienione na ich prośbę.') is left in "
        'the body',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-thornackby-diving-board':
        "the English portal's diving-board story keeps the lead photo's caption ('The old three-metre board being "
        "lifted out by crane on Tuesday morning.') at the top of the block under the title (1 of 20 noise lines); no "
        'article line is lost',
    'en-blog-sevilleandsugar-marmalade':
        "the marmalade blog's post keeps the photo caption ('A bowl of Seville oranges on the kitchen table.') "
        "between the first and second paragraphs and the photo caption ('The finished jars lined up on the "
        "windowsill.') after the third list row (2 of 20 noise lines); no article line is lost",
    'fr-portail-saintbrelonne-jardins':
        "the French portal's allotments story keeps the lead photo's caption ('Les nouvelles parcelles, délimitées "
        "par des piquets, le long du ruisseau.') at the top of the block under the title (1 of 20 noise lines); no "
        'article line is lost',
    'fr-blog-fonteetrouille-poele':
        "the cast-iron pan blog's post keeps the photo caption ('La poêle telle que je l'ai achetée, rouge de "
        "rouille.') between the first and second paragraphs and the photo caption ('La poêle après le troisième "
        "passage au four.') after the third list row (2 of 20 noise lines); no article line is lost",
    'de-portal-kluverstedt-dampfmaschine':
        "the German portal's steam-engine story keeps the lead photo's caption ('Die Dampfmaschine im Maschinenhaus "
        "des Museums bei der ersten Probefahrt.') at the top of the block under the title (1 of 20 noise lines); no "
        'article line is lost',
    'de-blog-spanundschnitz-loeffel':
        "the spoon-carving blog's post keeps the photo caption ('Der gespaltene Birkenast auf dem Hackklotz.') "
        "between the first and second paragraphs, the Pinterest prompt ('Merke dir diesen Beitrag auf Pinterest') "
        "after the quote in its block and the photo caption ('Der fertige Löffel neben dem Hakenmesser.') after the "
        'third list row (3 of 20 noise lines); no article line is lost',
    'it-portale-casalvetrino-pensilina':
        "the Italian portal's bus-shelter story keeps the lead photo's caption ('La pensilina con le piantine di "
        "sedum appena messe a dimora.') at the top of the block under the title (1 of 20 noise lines); no article "
        'line is lost',
    'it-blog-losangaecoda-aquilone':
        "the kite blog's post keeps the photo caption ('Le canne di bambù tagliate a misura sul tavolo.') between "
        "the first and second paragraphs and the photo caption ('L'aquilone finito appoggiato al muro del garage.') "
        'after the third list row (2 of 20 noise lines); no article line is lost',
    'pl-portal-dorszowice-dzwig':
        "the Polish portal's crane story keeps the lead photo's caption ('Dźwig portowy w nowych barwach, widok od "
        "strony kanału.') at the top of the block under the title (1 of 20 noise lines); no article line is lost",
    'pl-blog-stalowkaitusz-kaligrafia':
        "the calligraphy blog's post keeps the photo caption ('Moje pierwsze ćwiczenia z kreskami w górę i w dół.') "
        "between the first and second paragraphs and the photo caption ('Alfabet napisany po trzech miesiącach.') "
        'after the third list row (2 of 20 noise lines); no article line is lost',
    'ru-portal-klyuchegorsk-perekhod':
        "the Russian portal's crossing-patrol story keeps the lead photo's caption ('Новый дежурный помогает "
        "первоклассникам перейти улицу.') at the top of the block under the title and the VK follow prompt ('Мы во "
        "ВКонтакте') after the newsletter prompt between the two last paragraphs (2 of 20 noise lines); no article "
        'line is lost',
    'ru-blog-perepelinydvorik-perepelki':
        "the quail blog's post keeps the photo caption ('Инкубатор с яйцами на подоконнике.') between the first and "
        "second paragraphs and the photo caption ('Перепёлки в клетке в сарае.') after the third list row (2 of 20 "
        'noise lines); no article line is lost',
}


test_held_out_162_line, test_held_out_162_line_is_kept, test_held_out_162_page = held_out_tests(
    HELD_OUT_162_LINES, HELD_OUT_162_KEEP, HELD_OUT_162_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
