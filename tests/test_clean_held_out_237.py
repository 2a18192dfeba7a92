"""Held-out set 237: written blind, weighted toward the noise the cleaner exists for, in shapes set 236's docstring does
not name (nor the first paragraphs of sets 233, 234 and 235): scraper, embed and ad markers, all in the body (an English
Infogram chart still loading, perhaps blocked by an ad blocker or privacy extension "Infogram chart still loading – it
may be blocked by your ad blocker or privacy extension.", an English SoundCloud track whose uploader disabled playback
on other websites "SoundCloud track could not be loaded: the uploader has disabled playback on other websites.", an
English Google Maps embed that needs functional cookies, with a manage-your-preferences hint "Google Maps embed: this
map needs functional cookies to display. Manage your preferences.", a French Acast player that could not be loaded, with
a check-your-connection hint "Le lecteur Acast n'a pas pu être chargé. Vérifiez votre connexion puis réessayez.", a
German Mastodon post that could not be loaded because its server does not answer "Mastodon-Beitrag konnte nicht geladen
werden – der Server antwortet derzeit nicht.", an Italian Spotify podcast blocked until the profiling cookies are
accepted "Il contenuto di Spotify è bloccato: accetta i cookie di profilazione per ascoltare il podcast.", a Polish
YouTube film its owner marked private "Film z YouTube jest niedostępny, ponieważ właściciel oznaczył go jako prywatny."
and a Russian Rutube video not viewable in the reader's region "Rutube: видео недоступно для просмотра в вашем
регионе."); reading-time headers in new wordings, all at the head (the English time-to-read label "Time to read: 5
minutes", a blog's settle-in line with the minutes the post runs to "Settle in: this one runs to about 9 minutes.", the
French number-first min-de-lecture label "5 min de lecture", the German estimated-reading-time (geschätzte Lesezeit)
label "Geschätzte Lesezeit: 5 Minuten", the Italian it-reads-in (si legge in) line "Si legge in 5 minuti", the Polish
a-read-for (lektura na) label "Lektura na 5 minut" and the Russian time-for-reading (время на чтение) label "Время на
чтение: 5 минут"); bylines and self-promotion (an English words-and-pictures byline "Words and pictures: Tobiah
Curdsmith", a German text-and-photos byline with private photos (Fotos: privat) "Text: Hannelore Käsemeißel | Fotos:
privat", an Italian from-our-special-correspondent (dalla nostra inviata) byline "Dalla nostra inviata Rosalba
Crostaferri" and a Russian special-correspondent (специальный корреспондент) byline "Специальный корреспондент Ефим
Сыродубов", all at the head; and an English Redbubble plug for the author's signed sunrise prints "Signed prints of my
pole-top sunrise photos are on sale in my Redbubble shop.", an English Patreon plug "If my pole diaries keep you
entertained, become a patron on Patreon – from £2 a month.", a French Ulule crowdfunding plug for the author's next
marathon "Aidez-moi à financer mon prochain marathon de perche sur Ulule, chaque euro compte !" and a Polish Zrzutka.pl
support plug "Wesprzyj mojego bloga na Zrzutka.pl – każda złotówka to kolejna godzina na słupie!", all at the foot);
blog and site footers, all at the foot (an English Hugo and Netlify credit with an RSS link "Published with Hugo ·
Deployed on Netlify · RSS feed", an English IPSO membership line "This newspaper is a member of the Independent Press
Standards Organisation (IPSO).", the English WordPress.com blog credit with the do-not-sell link "Blog at WordPress.com.
· Do Not Sell or Share My Personal Information", a French WordPress and o2switch hosting credit with the legal-notice
link "Créé avec WordPress · Hébergé par o2switch · Mentions légales", a German Contao and STRATO credit with the
cookie-settings link "Powered by Contao · Hosting: STRATO · Cookie-Einstellungen", an Italian Aruba.it hosting and
OceanWP theme credit with the privacy link "Ospitato su Aruba.it · Tema: OceanWP · Privacy e cookie policy", a Polish
home.pl hosting and Neve theme credit "Hosting: home.pl · Motyw: Neve · Polityka cookies" and a Russian
link-required-when-reusing-material line with the 16+ age mark "При использовании материалов ссылка на сайт обязательна.
16+"); reader-comment furniture, all at the foot (the English notify-me-of-follow-up-comments checkbox label "Notify me
of follow-up comments by email.", an English subscribers-only commenting line with a sign-in link "Commenting is open to
subscribers only. Already a subscriber? Sign in", an English social-login prompt "Log in with Facebook, Google or X to
join the conversation.", a French be-the-first-to-comment line "Soyez le premier à commenter cet article !", a German
no-comments-yet note "Zu diesem Artikel gibt es noch keine Kommentare.", the Italian your-email-will-not-be-published
form note "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", a Polish
comment-as-guest-or-log-in line "Dodaj komentarz jako gość lub zaloguj się" and a Russian
log-in-with-VKontakte-or-Yandex-ID prompt "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID."); share
rows, all at the foot (an English send-it-on row with Bluesky and Mastodon "Know someone who'd love this? Send it on:
Bluesky · Mastodon · Email", a German recommend-the-article (weiterempfehlen) row with Bluesky and a print link "Artikel
weiterempfehlen: Facebook · Bluesky · Mail · Drucken" and a Polish recommend-this-article (poleć) row with Wykop "Poleć
ten artykuł: Facebook · Wykop · E-mail"); and notices (a French update note on the junior results "Mise à jour le 14
juin à 18 h 05 : ajout des résultats de la catégorie junior." and an Italian subscribers-only metered-paywall note
"Contenuto riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese.", both in the body; and a Russian
found-a-mistake-press-Ctrl+Enter note "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.", at the foot); and
twenty keep lines, article sentences that look a little like noise ("Reading the grain of a cheddar block is the first
skill any carver learns, said the chief judge.", "Shared by three generations of one family, the winning knife is older
than the contest itself.", "Follow-up checks by the health inspector found every carving fit to be eaten afterwards.",
"Partageant son plateau avec un pigeon têtu, le doyen a tenu soixante-dix heures sur son poteau.", "Teilen durften sich
die beiden Bildhauerinnen nur das Werkzeug, nicht den Käselaib.", "Condivisa tra due frazioni, la forma di parmigiano
più grande è stata scolpita a quattro mani.", "Komentarze jurorów dotyczyły głównie precyzji cięcia i pomysłowości
rzeźb.", "Subscribers to the dairy co-operative's bulletin were the first to hear the date of the contest.", "Abonnée au
concours depuis ses débuts, la fromagère a sculpté cette année un phare en comté.", "Kommentiert wurde jede Figur vom
Bürgermeister persönlich, zur Freude der Kinder.", "Seguire la gara dal basso era difficile, e i giudici hanno usato un
binocolo per controllare i pali.", "Комментируя победу, мастерица сказала, что режет сыр уже сорок лет.", "Copyright on
the contest's cow-shaped logo belongs to the schoolgirl who drew it in 1998.", "Advertising on the poles was banned, so
the sitters painted their own names on the platforms.", "Comments shouted up from the crowd kept the last sitter awake
through the third night.", "Lire la fatigue sur le visage des concurrents devenait facile au bout de deux jours.",
"Werbung für den Wettbewerb machte ein Schnitzer, der einen Käsebären auf den Marktbrunnen stellte.", "Commentando la
vittoria, la casara ha dedicato il suo castello di pecorino alla nonna.", "Obserwując zawodników na słupach, dzieci
liczyły godziny na tablicy przy scenie." and "Поделившись секретом, победитель признался, что держит нож в
холодильнике."); and toward whole scraped news and hobby-blog pages in layouts set 236's docstring does not describe (on
the six portal pages, in eight blocks, the masthead with its tagline, the section menu and an advertisement label with a
story-continues-below hint (Advertisement · Story continues below, Publicité · La suite après cette annonce, Anzeige ·
Weiterlesen nach der Anzeige, Pubblicità · Continua a leggere dopo l'annuncio, Reklama · Dalsza część artykułu pod
reklamą, Реклама · Продолжение после рекламы) in a block of three at the very top, the label last; the title first in a
block of four, above the byline with the date and time (one line), a bare reading time and a share row; the first and
second paragraphs at the first and third places of a block of four, with the lead photo's caption and its credit (one
line) between them and a read-also link closing the block; a newsletter prompt above the paragraph with the quote, in a
block of two; the subheading and the three rows with a photo-gallery link (with its photo count) between the first and
second rows, inside the list block (a block of five, the link third); the two last paragraphs at the first and third
places of a block of five, with a video link (its length in brackets) between them and a tags line and a follow-us
prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page) closing the block; a thread of five lines
alone in a block (a comment count, a reader's comment, the paper's arrowed reply to it, a second reader's comment and
the first reader's arrowed answer to the second); and at the foot a back-to-top link and the publisher's copyright line
with its links in one line, in a block of two, the link first; on the six blog pages, in nine blocks, a skip-to-content
link, the blog name with its tagline and the menu in a block of three at the very top; the title with the posted-on-by
line (with the comment count) under it, in a block of two; the first and second paragraphs at the third and fifth places
of a block of five, under a bare reading time and an affiliate-links disclosure, with a table of contents (its heading
and three numbered entries in one line) between them; the opening photo's caption and an affiliate link to the author's
folding cushion (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) above the paragraph with the
quote, in a block of three (the quote last); the subheading and the three rows with an action photo's caption closing
the list block (a block of five, the caption last); the two last paragraphs at the two ends of a block of three with a
WordPress.com-style advertisements label and its report-this-ad link (one line) between them; the author's sign-off, a
plug for her hand-stitched pole cushions (in an Etsy shop, at Yarmarka Masterov on the Russian blog) and a share row
alone in a block of three; a thread of five lines alone in a block (a thoughts-on or replies heading with its count
quoting the post's title, a grandmother's comment, the author's arrowed reply to it, a second reader's comment and an
older-comments link); and at the foot the author's copyright line with the theme and platform credit in one line, alone
in a block of one), taken from local news of a town's 22nd cheese-carving contest (a 52-year-old dairy farmer carving a
life-size barn owl from a single block of cheddar, comté, Bergkäse, grana, yellow cheese or Russian cheese, 22 carvers
each with a 40-kilogram block and three hours, more than 900 visitors in the town's old hall, the chief judge's quote, a
retired cheesemaker's, that cheese forgives nothing: cut too deep and the rind cracks, too shallow and it looks like a
bar of soap, blocks handed out and knives checked at 9.00, three hours of carving from 10.00, judging and prizes at
13.00, the winner fourth last year with a hedgehog and now two points ahead of the defending champion, a butcher, the
carvings auctioned for the primary school, a children's class carving butter planned) in six invented towns, and from
six hobby blogs of young women on their first pole-sitting marathon at a summer fair (Ludlow, Saint-Pourçain,
Dinkelsbühl, Bassano del Grappa, Sandomierz and Suzdal, an old photo of a great-aunt on a pole at the same fair in 1961,
nine sitters on platforms 60 centimetres square on top of seven-metre poles, the last one sitting wins, the organiser's
quote that the pole does not tire you, boredom does, so bring a book and never look down, up the ladder on Friday at
18.00 and the ladder taken away, a thunderstorm on Saturday night with two sitters down, her legs giving up on Sunday at
22.00 after 52 hours, third of nine behind a retired roofer and a sheep farmer who climbed down together on Monday
morning, a proper hat, two books and 72 hours next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 236 but what is named here), held-out set 238 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 236 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 233, 234 and 235, printed with one ast script (/tmp/s237scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s237scratch/insp.py, with
/tmp/wt-s237/src and /tmp/wt-s237/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s237 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 236's as printed, with 236
-> 237; /tmp/s237scratch/gen237.py writes this file from scratch files (data237.py with the noise and keep lines,
pages237.py with the pages as fields and the two layouts that turn them into blocks, desc237.py with the descriptions of
the held-out lines for the first paragraph, doc_*.txt with the other docstring text and, after the measurement,
tables237.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s237, detached at commit 3eceb075d061876f7482da6aa5b940d3afd43058, the commit
the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes
on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 20:32:23 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 20:32:24 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 3eceb075d061876f7482da6aa5b940d3afd43058 (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0); /work/main was not touched
afterwards. (2) peek.py first printed to the terminal, which the tool cut in the middle (it showed set 233's first
paragraph and the start of set 234's, then from inside set 236's judgement calls on to the end of its Baseline
paragraph, its imports and its tail, all allowed parts); the second run went to /tmp/s237scratch/peek.out (only the
allowed parts), of which I paged lines 125 to 560 with ``sed`` in two pieces (the rest of set 234's first paragraph, set
235's, and set 236's docstring from its start); ``sed`` ran on my own output file, never on a file of the repository,
and nothing else of any set file was printed. (3) The default python already had the project's dependencies: the inspect
import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That import (and gen237.py's
import of the written file, to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the
read docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is named for a
marker in them (Infogram, SoundCloud, Google Maps, Acast, Mastodon, Spotify, YouTube and Rutube are new; the failures
are worded anew: still loading and perhaps blocked by an ad blocker, playback disabled on other websites by the
uploader, functional cookies needed, a player not loaded with a check-your-connection hint, a server that does not
answer, profiling cookies to accept, a film marked private by its owner, not viewable in the reader's region); the
reading times avoid the phrasings named there (the new ones are "Time to read:", "Settle in:", a number-first "5 min de
lecture", "Geschätzte Lesezeit:", "Si legge in", "Lektura na" and "Время на чтение:"); the bylines are of new shapes
(words and pictures, a German text-and-photos line with private photos, "Dalla nostra inviata", "Специальный
корреспондент") and the plugs name platforms not named there (Redbubble, Patreon, Ulule, Zrzutka.pl); the footers use
builders, hosts and legal lines not named there (Hugo with Netlify, an IPSO membership line, the WordPress.com credit
with the do-not-sell link, WordPress with o2switch, Contao with STRATO, Aruba.it with OceanWP, home.pl with Neve, a
Russian link-required line with its age mark); the comment lines (a notify-me checkbox label, a subscribers-only line, a
social-login prompt, a be-the-first line, a no-comments-yet note, the email-not-published form note, a comment-as-guest
line, a VKontakte-or-Yandex-ID login prompt), the share rows (send it on with Bluesky and Mastodon; weiterempfehlen with
Bluesky; poleć with Wykop) and the notices (a French update note and an Italian metered-paywall note in the body, a
Russian press-Ctrl+Enter note at the foot) are of kinds not named there. The page furniture (mastheads, menus, captions,
ad labels, arrowed replies and the like) is of the ordinary kinds the brief lists; the layouts differ from those of set
236 (see the first paragraph). Two slips of my own while writing, both mended before any check: the Russian portal's
share row was first written from memory of set 236's tail as the very line it quotes ("Поделиться в соцсетях: ВКонтакте
· Одноклассники · Telegram"); I replaced it with "Поделиться новостью: ВКонтакте · Одноклассники · WhatsApp" and, to
keep away from the bare "Поделиться:" of set 235's first paragraph, the Russian blog's row with "Поделиться записью:
ВКонтакте · Pinterest · Telegram"; and the German held-out byline first credited the photos to "Jens Laibhobel", the
surname of the German portal's winner, so it became "Fotos: privat". (5) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Wheywick, "Wheywick Courier",
Curdworthy, Curdsmith, Whitrindle, "Perched and Proud", Caillebrousse, "Réveil de Caillebrousse", Croûtelac, Caillepot,
"La Perche à Manon", Labkirchen, Labkirchener, "Labkirchener Bote", Laibhobel, Käsemeißel, Molkentrog, Mastsitzerin,
Pecorazzo, "Gazzetta di Pecorazzo", Crostamonti, Crostaferri, Cagliaretti, "Palo e Pazienza", Twarożyska, Twarożycki,
"Kurier Twarożycki", Gomółkowa, Serwatkowski, Słupołazka, Сыротёрск, Сыротёрская, "Сыротёрская правда", Головкосырова,
Сыродубов, Творожникова and Столбосидка. Dropped for hits: Rindlebury (inside Brindlebury, a place in generated data),
Rindcutter (inside grindcutter identifiers), Fromentel (a real surname, and inside identifiers), Rindhauser (inside
WrindhaUser identifiers), Caciorena (inside a mail user name), Сыроварск (inside Сыроварский, a customer name),
Brinecastle (a place in game data), and as blog names "Perchée là-haut" (in a game's dialogue), "In cima al palo", "Na
szczycie słupa" and "Высоко сижу" (ordinary phrases, the last a proverb). Lower Wheywick, Unterlabkirchen, Pecorazzo di
Sotto, Twarożyska Dolne and Нижний Сыротёрск are formed from checked names; the first names of the reporters, winners,
bloggers (Hattie, Manon, Kathi, Giulia, Kasia, Даша) and the commenters (handles or first names) were not checked. Real
services, platforms, shops, products and institutions (Infogram, SoundCloud, Google Maps, Acast, Mastodon, Spotify,
YouTube, Rutube, Redbubble, Patreon, Ulule, Zrzutka.pl, Hugo, Netlify, IPSO, WordPress and WordPress.com, o2switch,
Contao, STRATO, Aruba.it, OceanWP, home.pl, Neve, Facebook, Google, X, Instagram, Bluesky, Wykop, WhatsApp, Pinterest,
Telegram, ВКонтакте, Одноклассники, Яндекс ID, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров and the Twenty Twenty-Five
theme) and real places (Ludlow, Saint-Pourçain, Dinkelsbühl, Bassano del Grappa, Sandomierz, Suzdal) are named as real
pages do. (6) A script (/tmp/s237scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits
inside an article line, a keep line or another noise line, that no line repeats, that no line holds an at-sign, and that
each page has 10 article and 20 noise lines, and printed the counts by category, language and place; its first run found
nothing wrong. Before writing I had avoided clashes by hand: the portals' ad labels carry a continue-below hint and the
blogs' advertisements labels a report-this-ad link, so that no bare "Anzeige" sits inside "Anzeigen" nor "Advertisement"
inside "Advertisements". gen237.py checks that no line of the file is over 120 columns and that it holds no at-sign, and
imports the written file back and finds its lists and pages equal to the scratch data. (7) The measurement was run once,
as the brief gives it, in one shell call at 20:38:47 UTC by ``date``, with the xfail tables empty and this docstring
without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s237scratch/pre_measure_copy.py); pytest printed 15 failed, 62 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s237scratch, importing the copy in /tmp/wt-s237/tests with /tmp/wt-s237/src on the
path) then printed ``_problems`` of each failing case: the four lines and the eleven pages of the tables; every problem
of a line or a page is that a noise line is kept ("kept boilerplate"), one to six on a page; no article line of a page
and no keep line is lost, and no problem of another kind (no unreported removal, no range or offset problem) was
printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s237scratch/mktables.py writes tables237.py from the saved problems.json, which gen237.py puts into this file);
mktables.py checks that every problem is a kept line and matches each printed snippet to exactly one line of its page,
which the reason quotes in full with where it sits and the count the report counts left; the reason of each line quotes
it and says where it was put; the keys of the tables are exactly the failing lines and pages of that output; the lists
and pages of the final file were imported back and found equal to the scratch data, and the final file was checked with
the pytest command in /tmp/wt-s237 (see the Baseline paragraph). (9) Clock: ``date`` printed 20:32:23 at the start,
20:38:47 at the measurement and 20:39:14 just after the problems were printed, before the tables, the Baseline paragraph
and these notes were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the cheese-carving contest and the
pole-sitting marathon that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a
fact of the story, so article ("Reading the grain" and "Lire la fatigue" open like reading-time lines but tell of a
carver's first skill and of tired faces; "Comments shouted up from the crowd", "Komentarze jurorów", "Kommentiert wurde
jede Figur", "Commentando la vittoria" and "Комментируя победу" open like comment furniture but report what a crowd, the
judges, a mayor and two winners said; "Follow-up checks" and "Seguire la gara" and "Obserwując zawodników" open like
follow prompts but tell of a health inspection, of judges with binoculars and of children counting hours; "Subscribers
to the dairy co-operative's bulletin" and "Abonnée au concours" open like subscribe prompts but tell of who first heard
the date and of a faithful entrant; "Shared by three generations", "Partageant son plateau", "Teilen durften sich",
"Condivisa tra due frazioni" and "Поделившись секретом" open like share rows but are about a knife, a platform shared
with a pigeon, tools, a wheel of cheese and a secret; "Copyright on the contest's cow-shaped logo" opens like a
copyright line but tells who owns a logo; "Advertising on the poles" and "Werbung für den Wettbewerb" open like ad
labels but tell of a ban and of a cheese bear on a fountain). Borderline categories: the four plugs (the Redbubble
prints, the Patreon patronage, the Ulule crowdfunding, the Zrzutka.pl support) are bylines and self-promotion, at the
foot, since they sell or ask for money for the author in the author's voice; the Infogram, SoundCloud, Google Maps,
Acast, Mastodon, Spotify, YouTube and Rutube lines are markers (what an embed leaves in the text when it does not show),
though some read as sentences; the IPSO membership line and the Russian link-required-when-reusing line with its age
mark are footers (lines of the site or the publisher, not of the article), and so are the builder and host credits; the
notify-me checkbox label, the subscribers-only commenting line, the social-login prompt, the be-the-first-to-comment
line, the no-comments-yet note, the email-will-not-be-published form note and the comment-as-guest and log-in-to-comment
lines are comment furniture, since they sit over, in or under the comments and speak only of commenting; the French
update note and the Italian paywall note are notices in the body (both speak of the article they sit in), and the
Russian press-Ctrl+Enter note a notice at the foot; the English send-it-on row, the German weiterempfehlen row and the
Polish poleć row are share rows, though they do not say share. On every page the title, the three paragraphs before the
subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads and blog names with taglines, skip-to-content links, menus, advertisement labels, bylines and
posted-on lines, reading times, captions and photo credits, share rows, read-also links, newsletter prompts, gallery and
video links, tags lines, follow-us prompts, tables of contents, affiliate disclosures and links, the blogs'
advertisements labels, sign-offs and plugs, comment counts and thoughts-on headings, comments and replies,
older-comments links, back-to-top links, copyright lines) is noise. The list rows (the three times of the contest day on
the portals; Friday, Saturday night and Sunday on the blogs) are short but part of each article, so article; the list
headings ("The contest day at a glance", "How my weekend went" and the like) are the articles' subheadings, so article;
the portals' gallery links are noise though they sit between the first and second rows, and the blogs' action captions
are noise though they close the list block; the arrowed replies, including the paper's own reply and the author's, are
comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a German, an Italian and a Russian one), body 10 (the eight markers
and two notices: French and Italian), tail 24 (four plugs: two English, a French and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wheywick-cheese-carving-contest (the
22nd Wheywick cheese-carving contest, won by the dairy farmer Ottoline Curdworthy with a cheddar barn owl, in The
Wheywick Courier), en-blog-perched-and-proud-first-pole-sitting-marathon (Hattie's first pole-sitting marathon at the
Ludlow summer fair, third of nine after 52 hours), fr-portail-caillebrousse-concours-de-sculpture-sur-fromage (the 22nd
Caillebrousse contest, won by Mathurine Croûtelac with a comté owl, in Le Réveil de Caillebrousse),
fr-blog-la-perche-a-manon-premier-marathon-de-perche (Manon's first marathon at the Saint-Pourçain fête),
de-portal-labkirchen-kaeseschnitzwettbewerb (the 22nd Labkirchen contest, won by Gerlinde Laibhobel with a Bergkäse owl,
in the Labkirchener Bote), de-blog-die-mastsitzerin-erster-mastsitz-marathon (Kathi's first marathon at the Dinkelsbühl
summer festival), it-portale-pecorazzo-gara-di-scultura-sul-formaggio (the 22nd Pecorazzo contest, won by Tecla
Crostamonti with a grana owl, in La Gazzetta di Pecorazzo), it-blog-palo-e-pazienza-prima-maratona-sul-palo (Giulia's
first marathon at the Bassano del Grappa summer festival), pl-portal-twarozyska-konkurs-rzezbienia-w-serze (the 22nd
Twarożyska contest, won by Bronisława Gomółkowa with a yellow-cheese owl, in the Kurier Twarożycki),
pl-blog-slupolazka-pierwszy-maraton-siedzenia-na-slupie (Kasia's first marathon at the Sandomierz fair),
ru-portal-syrotyorsk-konkurs-rezby-po-syru (the 22nd Сыротёрск contest, won by Агафья Головкосырова with a
Russian-cheese owl, in «Сыротёрская правда»), ru-blog-stolbosidka-pervyi-marafon-sideniya-na-stolbe (Даша's first
marathon at the Suzdal fair), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 3eceb075d061876f7482da6aa5b940d3afd43058, measured with ``cd /tmp/wt-s237 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s237/src python -m pytest -q tests/test_clean_held_out_237.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s237 && PYTHONPATH=/tmp/wt-s237/src python
scripts/clean_held_out_report.py --sets 237``, with the xfail tables empty, at 20:38:47 UTC by ``date``): noise lines
removed 41/45 (marker 8/8, reading-time 6/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 4 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: the English blog's settle-in reading time and the Russian
special-correspondent byline at the head, the Italian subscribers-only paywall note in the body and the French Ulule
plug at the foot; every marker, footer, comment line and share row and the other reading times, bylines, plugs and
notices went); keep lines kept 20/20; pages 1/12 clean (the French portal page), 39 of 240 page noise lines left and 0
of 120 article lines lost. Left: on the blog pages the table of contents between the first and second paragraphs and the
opening photo's caption opening the block of the paragraph with the quote (all six), the action photo's caption closing
the list block (all six), the affiliate link to the folding cushion above the paragraph with the quote (English, French,
German, Italian), the author's sign-off under the last paragraph (English, French, Italian, Polish) and the plug for her
pole cushions (French, Italian, Polish) (5 on the English and Polish blogs, 6 on the French and Italian ones, 4 on the
German and 3 on the Russian one); on the portal pages the lead photo's caption with its credit between the first and
second paragraphs (English, Italian, Polish, Russian), the photo-gallery link between the first and second rows (German,
Italian, Polish, Russian) and the newsletter prompt above the paragraph with the quote (German, Polish) (1 on the
English portal, 2 on the German, Italian and Russian ones, 3 on the Polish one, 0 on the French one). Lost: nothing; no
page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest command on the
final file in /tmp/wt-s237 gave 62 passed, 15 xfailed, no XPASS.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 41/45 (unchanged), keep lines kept 20/20,
pages 1/12 clean, 34 of 240 page noise lines left (was 39), 0 of 120 article lines lost. Five blogs' numbered tables of
contents ("In this post: 1. Getting ready 2. Up the pole 3. Coming down" and its four twins) now go (round 144's
numbered tables of contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every
other xfail still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 41/45 (unchanged), keep lines kept
20/20, pages 2/12 clean (was 1), 30 of 240 page noise lines left (was 34), 0 of 120 article lines lost. Credited
captions go on four pages; the English portal comes clean (its xfail was removed). The pages' reasons were reworded to
what they still keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_237_LINES: list[tuple[str, str, str]] = [
    ('body', 'Infogram chart still loading – it may be blocked by your ad blocker or privacy extension.', 'marker'),
    ('body', 'SoundCloud track could not be loaded: the uploader has disabled playback on other websites.', 'marker'),
    ('body', 'Google Maps embed: this map needs functional cookies to display. Manage your preferences.', 'marker'),
    ('body', "Le lecteur Acast n'a pas pu être chargé. Vérifiez votre connexion puis réessayez.", 'marker'),
    ('body', 'Mastodon-Beitrag konnte nicht geladen werden – der Server antwortet derzeit nicht.', 'marker'),
    ('body',
     'Il contenuto di Spotify è bloccato: accetta i cookie di profilazione per ascoltare il podcast.',
     'marker'),
    ('body', 'Film z YouTube jest niedostępny, ponieważ właściciel oznaczył go jako prywatny.', 'marker'),
    ('body', 'Rutube: видео недоступно для просмотра в вашем регионе.', 'marker'),
    ('head', 'Time to read: 5 minutes', 'reading-time'),
    ('head', 'Settle in: this one runs to about 9 minutes.', 'reading-time'),
    ('head', '5 min de lecture', 'reading-time'),
    ('head', 'Geschätzte Lesezeit: 5 Minuten', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Lektura na 5 minut', 'reading-time'),
    ('head', 'Время на чтение: 5 минут', 'reading-time'),
    ('head', 'Words and pictures: Tobiah Curdsmith', 'byline'),
    ('head', 'Text: Hannelore Käsemeißel | Fotos: privat', 'byline'),
    ('head', 'Dalla nostra inviata Rosalba Crostaferri', 'byline'),
    ('head', 'Специальный корреспондент Ефим Сыродубов', 'byline'),
    ('tail', 'Signed prints of my pole-top sunrise photos are on sale in my Redbubble shop.', 'byline'),
    ('tail', 'If my pole diaries keep you entertained, become a patron on Patreon – from £2 a month.', 'byline'),
    ('tail', 'Aidez-moi à financer mon prochain marathon de perche sur Ulule, chaque euro compte !', 'byline'),
    ('tail', 'Wesprzyj mojego bloga na Zrzutka.pl – każda złotówka to kolejna godzina na słupie!', 'byline'),
    ('tail', 'Published with Hugo · Deployed on Netlify · RSS feed', 'footer'),
    ('tail', 'This newspaper is a member of the Independent Press Standards Organisation (IPSO).', 'footer'),
    ('tail', 'Blog at WordPress.com. · Do Not Sell or Share My Personal Information', 'footer'),
    ('tail', 'Créé avec WordPress · Hébergé par o2switch · Mentions légales', 'footer'),
    ('tail', 'Powered by Contao · Hosting: STRATO · Cookie-Einstellungen', 'footer'),
    ('tail', 'Ospitato su Aruba.it · Tema: OceanWP · Privacy e cookie policy', 'footer'),
    ('tail', 'Hosting: home.pl · Motyw: Neve · Polityka cookies', 'footer'),
    ('tail', 'При использовании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Commenting is open to subscribers only. Already a subscriber? Sign in', 'comments'),
    ('tail', 'Log in with Facebook, Google or X to join the conversation.', 'comments'),
    ('tail', 'Soyez le premier à commenter cet article !', 'comments'),
    ('tail', 'Zu diesem Artikel gibt es noch keine Kommentare.', 'comments'),
    ('tail', 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *', 'comments'),
    ('tail', 'Dodaj komentarz jako gość lub zaloguj się', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.', 'comments'),
    ('tail', "Know someone who'd love this? Send it on: Bluesky · Mastodon · Email", 'share'),
    ('tail', 'Artikel weiterempfehlen: Facebook · Bluesky · Mail · Drucken', 'share'),
    ('tail', 'Poleć ten artykuł: Facebook · Wykop · E-mail', 'share'),
    ('body', 'Mise à jour le 14 juin à 18 h 05 : ajout des résultats de la catégorie junior.', 'notice'),
    ('body', 'Contenuto riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese.', 'notice'),
    ('tail', 'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.', 'notice'),
]

HELD_OUT_237_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the grain of a cheddar block is the first skill any carver learns, said the chief judge.'),
    ('head', 'Shared by three generations of one family, the winning knife is older than the contest itself.'),
    ('head', 'Follow-up checks by the health inspector found every carving fit to be eaten afterwards.'),
    ('head', 'Partageant son plateau avec un pigeon têtu, le doyen a tenu soixante-dix heures sur son poteau.'),
    ('head', 'Teilen durften sich die beiden Bildhauerinnen nur das Werkzeug, nicht den Käselaib.'),
    ('head', 'Condivisa tra due frazioni, la forma di parmigiano più grande è stata scolpita a quattro mani.'),
    ('head', 'Komentarze jurorów dotyczyły głównie precyzji cięcia i pomysłowości rzeźb.'),
    ('body', "Subscribers to the dairy co-operative's bulletin were the first to hear the date of the contest."),
    ('body', 'Abonnée au concours depuis ses débuts, la fromagère a sculpté cette année un phare en comté.'),
    ('body', 'Kommentiert wurde jede Figur vom Bürgermeister persönlich, zur Freude der Kinder.'),
    ('body', 'Seguire la gara dal basso era difficile, e i giudici hanno usato un binocolo per controllare i pali.'),
    ('body', 'Комментируя победу, мастерица сказала, что режет сыр уже сорок лет.'),
    ('tail', "Copyright on the contest's cow-shaped logo belongs to the schoolgirl who drew it in 1998."),
    ('tail', 'Advertising on the poles was banned, so the sitters painted their own names on the platforms.'),
    ('tail', 'Comments shouted up from the crowd kept the last sitter awake through the third night.'),
    ('tail', 'Lire la fatigue sur le visage des concurrents devenait facile au bout de deux jours.'),
    ('tail', 'Werbung für den Wettbewerb machte ein Schnitzer, der einen Käsebären auf den Marktbrunnen stellte.'),
    ('tail', 'Commentando la vittoria, la casara ha dedicato il suo castello di pecorino alla nonna.'),
    ('tail', 'Obserwując zawodników na słupach, dzieci liczyły godziny na tablicy przy scenie.'),
    ('tail', 'Поделившись секретом, победитель признался, что держит нож в холодильнике.'),
]

HELD_OUT_237_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wheywick-cheese-carving-contest', [
        [
            '-The Wheywick Courier – your town, your paper, since 1887',
            "-News · Sport · What's On · Farming · Letters · Obituaries",
            '-Advertisement · Story continues below',
        ],
        [
            "+Dairy farmer carves a life-size barn owl to win Wheywick's 22nd cheese-carving contest",
            '-By Nell Whitrindle · Sunday 14 June 2026, 17:20',
            '-4 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            ("+Ottoline Curdworthy, a 52-year-old dairy farmer from Lower Wheywick, won the town's 22nd "
             'cheese-carving contest on Saturday with a life-size barn owl cut from a single block of cheddar.'),
            "-The winning owl on the judges' table in the Corn Exchange (Photo: Courier staff)",
            ('+Twenty-two carvers took part, each given a 40-kilogram block of mature cheddar and three hours, and '
             'more than 900 visitors filed past the tables in the Corn Exchange.'),
            '-Read also: Wheywick dairy takes gold at the county show',
        ],
        [
            "-Get the Courier's morning briefing in your inbox – sign up free",
            ('+“Cheese forgives nothing,” said the chief judge, a retired cheesemaker. “Cut too deep and the rind '
             'cracks, cut too shallow and it looks like a bar of soap.”'),
        ],
        [
            '+The contest day at a glance',
            '+9.00: blocks handed out and knives checked',
            "-Gallery: 24 photos of this year's carvings",
            '+10.00: three hours of carving begin',
            '+13.00: judging and prize-giving',
        ],
        [
            ('+Mrs Curdworthy, who carved a hedgehog to finish fourth last year, beat the defending champion, a '
             'butcher from the market square, by two points.'),
            '-Video: Watch the owl take shape in three minutes (3:04)',
            ("+The carvings will be auctioned next Saturday for the primary school, and a children's class carving "
             'blocks of butter is planned for next year.'),
            '-Tags: cheese · Corn Exchange · Wheywick · contests',
            '-Follow the Courier on Facebook and Instagram',
        ],
        [
            '-12 comments',
            '-MaggieFromLowerWheywick: That owl looked alive. Well done Ottoline!',
            '-↳ Courier team: Thanks Maggie – there are more photos in the gallery.',
            '-Dave_K: Shame to eat it really.',
            "-↳ MaggieFromLowerWheywick: Nobody's eating it, Dave, it's going to auction!",
        ],
        [
            '-Back to top ↑',
            '-© 2026 The Wheywick Courier · About us · Contact · Privacy · Terms',
        ],
    ]),
    _page('en', 'en-blog-perched-and-proud-first-pole-sitting-marathon', [
        [
            '-Skip to content',
            '-Perched and Proud – one woman, one pole, far too many snacks',
            '-Home · About me · My poles · Kit list · Contact',
        ],
        [
            '+My first pole-sitting marathon: 52 hours on a plank the size of a tea tray',
            '-Posted on 21 June 2026 by Hattie · 9 Comments',
        ],
        [
            '-7 minute read',
            '-This post contains affiliate links: if you buy through them I may earn a small commission.',
            ('+I have wanted to try pole sitting ever since I saw an old photo of my great-aunt on a pole at the '
             "Ludlow summer fair in 1961, and this June I finally signed up for the fair's revived marathon."),
            '-In this post: 1. Getting ready 2. Up the pole 3. Coming down',
            ('+Nine of us climbed up on Friday evening, each to a platform 60 centimetres square on top of a '
             'seven-metre pole, and the rule was simple: the last one sitting wins.'),
        ],
        [
            '-My pole on Friday evening, just before the climb',
            '-The folding cushion I sat on all weekend – check the price on Amazon',
            ("+At the briefing the organiser gave us one piece of advice: “The pole doesn't tire you, boredom does. "
             'Bring a book and never look down.”'),
        ],
        [
            '+How my weekend went',
            '+Friday, 18.00: up the ladder, and the ladder taken away',
            '+Saturday night: a thunderstorm, and two sitters down',
            '+Sunday, 22.00: my legs gave up after 52 hours',
            '-Waving to Mum from the platform on Saturday morning',
        ],
        [
            ('+I came third of nine, behind a retired roofer and a sheep farmer who were still up there on Monday '
             'morning and agreed to climb down together.'),
            '-Advertisements · Report this ad',
            '+Next year I am bringing a proper hat and two books instead of one, and I want to beat 72 hours.',
        ],
        [
            '-Until next time, stay high – Hattie x',
            '-My hand-stitched pole cushions are in my Etsy shop if you fancy one',
            '-Share this: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-9 thoughts on “My first pole-sitting marathon”',
            '-Gran Wyn: I sat on the same pole in 1961! So proud of you, love.',
            '-↳ Hattie: Wyn!! I had no idea – we need a photo together next year.',
            '-Pete from the fair: Fifty-two hours through that storm is no joke. Respect.',
            '-Older comments →',
        ],
        [
            '-© 2026 Perched and Proud · Theme: Twenty Twenty-Five · Proudly powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-caillebrousse-concours-de-sculpture-sur-fromage', [
        [
            "-Le Réveil de Caillebrousse – l'info du canton depuis 1902",
            '-Actualité · Sports · Agriculture · Loisirs · Nécrologie',
            '-Publicité · La suite après cette annonce',
        ],
        [
            '+Une éleveuse sculpte une chouette grandeur nature et remporte le 22e concours de sculpture sur fromage',
            '-Par Solène Caillepot · dimanche 14 juin 2026 à 17 h 20',
            '-Lecture : 4 min',
            '-Partager : Facebook · X · WhatsApp · Courriel',
        ],
        [
            ('+Mathurine Croûtelac, éleveuse laitière de 52 ans, a remporté samedi le 22e concours de sculpture sur '
             'fromage de Caillebrousse avec une chouette effraie grandeur nature taillée dans une seule meule de '
             'comté.'),
            '-La chouette gagnante sur la table du jury, à la halle aux grains (Photo : Le Réveil)',
            ('+Vingt-deux sculpteurs étaient en lice, chacun avec une meule de 40 kilos et trois heures devant lui, '
             'et plus de 900 visiteurs ont défilé devant les tables de la halle.'),
            "-À lire aussi : la fruitière de Caillebrousse médaillée d'or au concours départemental",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité locale – inscription gratuite",
            ('+« Le fromage ne pardonne rien, a résumé le président du jury, fromager à la retraite. Trop profond, '
             'la croûte se fend ; pas assez, et on croirait un savon. »'),
        ],
        [
            '+La journée en bref',
            '+9 h : remise des meules et contrôle des couteaux',
            '-Diaporama : 24 photos des sculptures de cette année',
            '+10 h : début des trois heures de sculpture',
            '+13 h : délibération du jury et remise des prix',
        ],
        [
            ("+Mme Croûtelac, quatrième l'an dernier avec un hérisson, a devancé de deux points le tenant du titre, "
             'un boucher de la place du marché.'),
            '-Vidéo : la chouette prend forme en trois minutes (3:04)',
            ("+Les sculptures seront vendues aux enchères samedi prochain au profit de l'école, et une catégorie "
             "enfants, en beurre, est prévue pour l'an prochain."),
            '-Mots-clés : fromage · halle aux grains · Caillebrousse · concours',
            '-Suivez Le Réveil sur Facebook et Instagram',
        ],
        [
            '-12 commentaires',
            '-Josette71 : On aurait dit une vraie chouette. Bravo Mathurine !',
            "-↳ La rédaction : Merci Josette, d'autres photos sont dans le diaporama.",
            '-Pierrot_C : Dommage de la manger, quand même.',
            '-↳ Josette71 : Personne ne va la manger, Pierrot, elle part aux enchères !',
        ],
        [
            '-Retour en haut ↑',
            '-© 2026 Le Réveil de Caillebrousse · Qui sommes-nous · Contact · Confidentialité · CGU',
        ],
    ]),
    _page('fr', 'fr-blog-la-perche-a-manon-premier-marathon-de-perche', [
        [
            '-Aller au contenu',
            '-La Perche à Manon – une fille, un poteau et beaucoup trop de biscuits',
            '-Accueil · Qui suis-je · Mes poteaux · Mon matériel · Contact',
        ],
        [
            '+Mon premier marathon de perche : 52 heures sur une planche grande comme un plateau',
            '-Publié le 21 juin 2026 par Manon · 9 commentaires',
        ],
        [
            '-7 minutes de lecture',
            '-Cet article contient des liens affiliés : si vous achetez par eux, je touche une petite commission.',
            ("+Je rêvais d'essayer depuis que j'ai vu une vieille photo de ma grand-tante sur un poteau à la fête de "
             'Saint-Pourçain en 1961, et en juin je me suis enfin inscrite au marathon relancé par la fête.'),
            '-Au sommaire : 1. Les préparatifs 2. Là-haut 3. La descente',
            ('+Nous étions neuf à grimper le vendredi soir, chacun sur une plateforme de 60 centimètres de côté au '
             "sommet d'un poteau de sept mètres, et la règle était simple : le dernier assis gagne."),
        ],
        [
            '-Mon poteau le vendredi soir, juste avant la montée',
            "-Le coussin pliant sur lequel j'ai passé le week-end – voir le prix sur Amazon",
            ("+Au briefing, l'organisateur ne nous a donné qu'un conseil : « Ce n'est pas le poteau qui fatigue, "
             "c'est l'ennui. Prenez un livre et ne regardez jamais en bas. »"),
        ],
        [
            '+Mon week-end heure par heure',
            "+Vendredi, 18 h : montée à l'échelle, puis l'échelle retirée",
            '+Samedi soir : un orage, et deux abandons',
            '+Dimanche, 22 h : mes jambes ont lâché après 52 heures',
            '-Je fais coucou à maman depuis la plateforme, samedi matin',
        ],
        [
            ("+J'ai fini troisième sur neuf, derrière un couvreur à la retraite et un éleveur de moutons encore "
             'là-haut le lundi matin, qui ont décidé de descendre ensemble.'),
            '-Publicités · Signaler cette publicité',
            "+L'an prochain, je prends un vrai chapeau et deux livres au lieu d'un, et je vise 72 heures.",
        ],
        [
            "-À bientôt, et gardez la tête en l'air – Manon",
            '-Mes coussins de perche cousus main sont dans ma boutique Etsy si ça vous tente',
            '-Partager : Facebook · Pinterest · WhatsApp',
        ],
        [
            '-9 réflexions sur « Mon premier marathon de perche »',
            "-Mamie Odette : J'étais sur le même poteau en 1961 ! Je suis fière de toi, ma puce.",
            "-↳ Manon : Odette !! Je ne le savais pas – il nous faut une photo ensemble l'an prochain.",
            '-Gilles de la fête : Cinquante-deux heures sous cet orage, chapeau.',
            '-Commentaires plus anciens →',
        ],
        [
            '-© 2026 La Perche à Manon · Thème : Twenty Twenty-Five · Fièrement propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-labkirchen-kaeseschnitzwettbewerb', [
        [
            '-Labkirchener Bote – Heimatzeitung seit 1891',
            '-Lokales · Sport · Freizeit · Landwirtschaft · Traueranzeigen',
            '-Anzeige · Weiterlesen nach der Anzeige',
        ],
        [
            '+Milchbäuerin schnitzt lebensgroße Schleiereule und gewinnt den 22. Labkirchener Käseschnitzwettbewerb',
            '-Von Uwe Molkentrog · Sonntag, 14. Juni 2026, 17:20 Uhr',
            '-Lesezeit 4 Minuten',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            ('+Gerlinde Laibhobel, 52 Jahre alt und Milchbäuerin aus Unterlabkirchen, hat am Samstag den 22. '
             'Käseschnitzwettbewerb der Stadt gewonnen – mit einer lebensgroßen Schleiereule aus einem einzigen '
             'Bergkäselaib.'),
            '-Die Siegereule auf dem Jurytisch in der Kornhalle (Foto: Redaktion)',
            ('+Zweiundzwanzig Schnitzerinnen und Schnitzer traten an, jeder mit einem 40 Kilo schweren Laib und drei '
             'Stunden Zeit, und mehr als 900 Besucher zogen an den Tischen in der Kornhalle vorbei.'),
            '-Lesen Sie auch: Labkirchener Sennerei holt Gold bei der Landesschau',
        ],
        [
            '-Jeden Morgen die wichtigsten Nachrichten aus der Region – jetzt kostenlos abonnieren',
            ('+„Käse verzeiht nichts“, sagte der Juryvorsitzende, ein Käsemeister im Ruhestand. „Schneidet man zu '
             'tief, reißt die Rinde, schneidet man zu flach, sieht es aus wie ein Stück Seife.“'),
        ],
        [
            '+Der Wettbewerbstag im Überblick',
            '+9 Uhr: Ausgabe der Laibe und Kontrolle der Messer',
            '-Bildergalerie: 24 Fotos der diesjährigen Käsefiguren',
            '+10 Uhr: Beginn der drei Schnitzstunden',
            '+13 Uhr: Bewertung und Siegerehrung',
        ],
        [
            ('+Frau Laibhobel, die im vergangenen Jahr mit einem Igel Vierte geworden war, setzte sich mit zwei '
             'Punkten Vorsprung gegen den Titelverteidiger durch, einen Metzger vom Marktplatz.'),
            '-Video: So entsteht die Eule – in drei Minuten (3:04)',
            ('+Die Figuren werden am kommenden Samstag zugunsten der Grundschule versteigert, und für das nächste '
             'Jahr ist eine Kinderklasse geplant, die Butter schnitzt.'),
            '-Schlagworte: Käse · Kornhalle · Labkirchen · Wettbewerbe',
            '-Folgen Sie dem Boten auf Facebook und Instagram',
        ],
        [
            '-12 Kommentare',
            '-Rosi_aus_Unterlabkirchen: Die Eule sah aus wie echt. Glückwunsch, Gerlinde!',
            '-↳ Redaktion: Danke, Rosi – weitere Fotos finden Sie in der Bildergalerie.',
            '-Kalle58: Eigentlich schade, die zu essen.',
            '-↳ Rosi_aus_Unterlabkirchen: Die wird doch nicht gegessen, Kalle, die wird versteigert!',
        ],
        [
            '-Nach oben ↑',
            '-© 2026 Labkirchener Bote · Impressum · Kontakt · Datenschutz · AGB',
        ],
    ]),
    _page('de', 'de-blog-die-mastsitzerin-erster-mastsitz-marathon', [
        [
            '-Zum Inhalt springen',
            '-Die Mastsitzerin – eine Frau, ein Mast und viel zu viele Brezeln',
            '-Start · Über mich · Meine Masten · Ausrüstung · Kontakt',
        ],
        [
            '+Mein erster Mastsitz-Marathon: 52 Stunden auf einem Brett so groß wie ein Tablett',
            '-Veröffentlicht am 21. Juni 2026 von Kathi · 9 Kommentare',
        ],
        [
            '-7 Minuten Lesezeit',
            '-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.',
            ('+Seit ich ein altes Foto meiner Großtante auf einem Mast beim Dinkelsbühler Sommerfest von 1961 '
             'gesehen habe, wollte ich das probieren, und im Juni habe ich mich endlich für den neuen Marathon '
             'angemeldet.'),
            '-In diesem Beitrag: 1. Die Vorbereitung 2. Oben auf dem Mast 3. Der Abstieg',
            ('+Neun von uns kletterten am Freitagabend hinauf, jeder auf eine 60 mal 60 Zentimeter große Plattform '
             'auf einem sieben Meter hohen Mast, und die Regel war einfach: Wer als Letzter sitzt, gewinnt.'),
        ],
        [
            '-Mein Mast am Freitagabend, kurz vor dem Aufstieg',
            '-Das Faltkissen, auf dem ich das ganze Wochenende saß – hier den Preis bei Amazon ansehen',
            ('+Bei der Einweisung gab uns der Veranstalter nur einen Rat: „Nicht der Mast macht müde, sondern die '
             'Langeweile. Nehmt ein Buch mit und schaut nie nach unten.“'),
        ],
        [
            '+So lief mein Wochenende',
            '+Freitag, 18 Uhr: die Leiter hinauf, dann wurde die Leiter weggenommen',
            '+Samstagnacht: ein Gewitter, und zwei Sitzer gaben auf',
            '+Sonntag, 22 Uhr: nach 52 Stunden machten meine Beine schlapp',
            '-Ich winke Mama von der Plattform zu, Samstagmorgen',
        ],
        [
            ('+Ich wurde Dritte von neun, hinter einem Dachdecker im Ruhestand und einem Schäfer, die am '
             'Montagmorgen noch oben saßen und beschlossen, gemeinsam herunterzuklettern.'),
            '-Werbeanzeigen · Diese Anzeige melden',
            ('+Nächstes Jahr nehme ich einen richtigen Hut und zwei Bücher statt einem mit, und ich will 72 Stunden '
             'schaffen.'),
        ],
        [
            '-Bis bald, und bleibt oben – eure Kathi',
            '-Meine handgenähten Mastkissen gibt es in meinem Etsy-Shop, falls ihr eins wollt',
            '-Teilen mit: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-9 Gedanken zu „Mein erster Mastsitz-Marathon“',
            '-Oma Liesel: Ich saß 1961 auf demselben Mast! Ich bin so stolz auf dich, Schatz.',
            '-↳ Kathi: Liesel!! Das wusste ich gar nicht – nächstes Jahr brauchen wir ein gemeinsames Foto.',
            '-Bernd vom Fest: 52 Stunden bei dem Gewitter, alle Achtung.',
            '-Ältere Kommentare →',
        ],
        [
            '-© 2026 Die Mastsitzerin · Theme: Twenty Twenty-Five · Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-pecorazzo-gara-di-scultura-sul-formaggio', [
        [
            '-La Gazzetta di Pecorazzo – le notizie della valle dal 1910',
            '-Cronaca · Sport · Eventi · Agricoltura · Necrologi',
            "-Pubblicità · Continua a leggere dopo l'annuncio",
        ],
        [
            ('+Allevatrice scolpisce un barbagianni a grandezza naturale e vince la 22ª gara di scultura sul '
             'formaggio'),
            '-Di Dario Cagliaretti · domenica 14 giugno 2026, 17:20',
            '-Lettura di 4 minuti',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            ('+Tecla Crostamonti, allevatrice di 52 anni di Pecorazzo di Sotto, ha vinto sabato la 22ª gara di '
             'scultura sul formaggio del paese con un barbagianni a grandezza naturale ricavato da una sola forma di '
             'grana.'),
            '-Il barbagianni vincitore sul tavolo della giuria, sotto la loggia del mercato (Foto: redazione)',
            ("+In gara c'erano ventidue scultori, ognuno con una forma da 40 chili e tre ore di tempo, e oltre 900 "
             'visitatori sono sfilati davanti ai tavoli sotto la loggia.'),
            "-Leggi anche: il caseificio di Pecorazzo vince l'oro alla mostra provinciale",
        ],
        [
            '-Ricevi ogni mattina le notizie della valle – iscriviti gratis alla newsletter',
            ('+«Il formaggio non perdona niente», ha detto il presidente della giuria, casaro in pensione. «Se tagli '
             'troppo a fondo la crosta si spacca, se tagli troppo poco sembra una saponetta.»'),
        ],
        [
            '+La giornata in breve',
            '+Ore 9: consegna delle forme e controllo dei coltelli',
            "-Fotogallery: 24 immagini delle sculture di quest'anno",
            '+Ore 10: inizio delle tre ore di scultura',
            '+Ore 13: giudizio e premiazione',
        ],
        [
            ("+La Crostamonti, quarta l'anno scorso con un riccio, ha battuto di due punti il campione uscente, un "
             'macellaio della piazza del mercato.'),
            '-Video: il barbagianni prende forma in tre minuti (3:04)',
            ("+Le sculture saranno messe all'asta sabato prossimo a favore della scuola elementare, e per l'anno "
             'prossimo è prevista una categoria per bambini che scolpiranno il burro.'),
            '-Tag: formaggio · loggia del mercato · Pecorazzo · gare',
            '-Segui la Gazzetta su Facebook e Instagram',
        ],
        [
            '-12 commenti',
            '-Lucia_di_Pecorazzo: Sembrava vero quel barbagianni. Brava Tecla!',
            '-↳ Redazione: Grazie Lucia, altre foto sono nella fotogallery.',
            '-Beppe61: Peccato mangiarlo, però.',
            "-↳ Lucia_di_Pecorazzo: Nessuno lo mangia, Beppe, va all'asta!",
        ],
        [
            '-Torna su ↑',
            '-© 2026 La Gazzetta di Pecorazzo · Chi siamo · Contatti · Privacy · Termini',
        ],
    ]),
    _page('it', 'it-blog-palo-e-pazienza-prima-maratona-sul-palo', [
        [
            '-Vai al contenuto',
            '-Palo e Pazienza – una ragazza, un palo e troppi biscotti',
            '-Home · Chi sono · I miei pali · Attrezzatura · Contatti',
        ],
        [
            "+La mia prima maratona sul palo: 52 ore su un'asse grande come un vassoio",
            '-Pubblicato il 21 giugno 2026 da Giulia · 9 commenti',
        ],
        [
            '-7 minuti di lettura',
            ('-Questo articolo contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
             'commissione.'),
            ("+Volevo provarci da quando ho visto una vecchia foto della mia prozia su un palo alla festa d'estate "
             'di Bassano del Grappa nel 1961, e a giugno mi sono finalmente iscritta alla maratona ripresa dalla '
             'festa.'),
            '-In questo articolo: 1. La preparazione 2. Lassù 3. La discesa',
            ('+Eravamo in nove a salire il venerdì sera, ognuno su una piattaforma di 60 centimetri per lato in cima '
             "a un palo di sette metri, e la regola era semplice: vince l'ultimo che resta seduto."),
        ],
        [
            '-Il mio palo il venerdì sera, poco prima della salita',
            '-Il cuscino pieghevole su cui ho passato il weekend – guarda il prezzo su Amazon',
            ("+Al briefing l'organizzatore ci ha dato un solo consiglio: «Non è il palo a stancarti, è la noia. "
             'Portatevi un libro e non guardate mai giù.»'),
        ],
        [
            '+Il mio weekend in breve',
            '+Venerdì, ore 18: su per la scala, poi la scala portata via',
            '+Sabato notte: un temporale, e due ritirati',
            '+Domenica, ore 22: le gambe hanno ceduto dopo 52 ore',
            '-Saluto la mamma dalla piattaforma, sabato mattina',
        ],
        [
            ('+Sono arrivata terza su nove, dietro a un copritetto in pensione e a un pastore ancora lassù il lunedì '
             'mattina, che hanno deciso di scendere insieme.'),
            '-Annunci pubblicitari · Segnala questo annuncio',
            "+L'anno prossimo porto un cappello vero e due libri invece di uno, e voglio superare le 72 ore.",
        ],
        [
            '-Alla prossima, e restate in alto – Giulia',
            '-I miei cuscini da palo cuciti a mano sono nel mio negozio Etsy, se ne volete uno',
            '-Condividi: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-9 pensieri su “La mia prima maratona sul palo”',
            '-Nonna Pina: Nel 1961 ero sullo stesso palo! Sono fierissima di te, tesoro.',
            "-↳ Giulia: Pina!! Non lo sapevo – l'anno prossimo ci serve una foto insieme.",
            '-Franco della festa: Cinquantadue ore con quel temporale, tanto di cappello.',
            '-Commenti meno recenti →',
        ],
        [
            '-© 2026 Palo e Pazienza · Tema: Twenty Twenty-Five · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-twarozyska-konkurs-rzezbienia-w-serze', [
        [
            '-Kurier Twarożycki – gazeta powiatu od 1926 roku',
            '-Wiadomości · Sport · Kultura · Rolnictwo · Nekrologi',
            '-Reklama · Dalsza część artykułu pod reklamą',
        ],
        [
            '+Rolniczka wyrzeźbiła płomykówkę naturalnej wielkości i wygrała 22. konkurs rzeźbienia w serze',
            '-Jerzy Serwatkowski · niedziela, 14 czerwca 2026, 17:20',
            '-4 min czytania',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            ('+Bronisława Gomółkowa, 52-letnia hodowczyni krów z Twarożysk Dolnych, wygrała w sobotę 22. konkurs '
             'rzeźbienia w serze, wycinając płomykówkę naturalnej wielkości z jednego bloku sera żółtego.'),
            '-Zwycięska sowa na stole jury w dawnym spichlerzu (fot. redakcja)',
            ('+Wystartowało dwudziestu dwóch rzeźbiarzy, każdy z 40-kilogramowym blokiem sera i trzema godzinami '
             'pracy, a przy stołach w spichlerzu przewinęło się ponad 900 osób.'),
            '-Czytaj także: mleczarnia z Twarożysk ze złotym medalem na targach wojewódzkich',
        ],
        [
            '-Najważniejsze wiadomości z powiatu co rano na Twoją skrzynkę – zapisz się za darmo',
            ('+– Ser niczego nie wybacza – mówił przewodniczący jury, emerytowany serowar. – Za głęboko, a skórka '
             'pęka, za płytko, a wygląda jak kostka mydła.'),
        ],
        [
            '+Dzień konkursu w skrócie',
            '+Godz. 9: wydanie bloków sera i kontrola noży',
            '-Galeria: 24 zdjęcia tegorocznych rzeźb',
            '+Godz. 10: start trzech godzin rzeźbienia',
            '+Godz. 13: ocena jury i wręczenie nagród',
        ],
        [
            ('+Pani Gomółkowa, która rok temu z jeżem zajęła czwarte miejsce, wyprzedziła o dwa punkty obrońcę '
             'tytułu, rzeźnika z rynku.'),
            '-Wideo: sowa powstaje w trzy minuty (3:04)',
            ('+Rzeźby zostaną zlicytowane w przyszłą sobotę na rzecz szkoły podstawowej, a na przyszły rok '
             'zaplanowano kategorię dziecięcą z rzeźbieniem w maśle.'),
            '-Tagi: ser · spichlerz · Twarożyska · konkursy',
            '-Obserwuj Kurier na Facebooku i Instagramie',
        ],
        [
            '-12 komentarzy',
            '-Halinka_z_Dolnych: Ta sowa wyglądała jak żywa. Gratulacje, pani Bronisławo!',
            '-↳ Redakcja: Dziękujemy, więcej zdjęć jest w galerii.',
            '-Zbyszek_K: Szkoda to jeść.',
            '-↳ Halinka_z_Dolnych: Nikt jej nie zje, Zbyszku, idzie na licytację!',
        ],
        [
            '-Do góry ↑',
            '-© 2026 Kurier Twarożycki · O nas · Kontakt · Polityka prywatności · Regulamin',
        ],
    ]),
    _page('pl', 'pl-blog-slupolazka-pierwszy-maraton-siedzenia-na-slupie', [
        [
            '-Przejdź do treści',
            '-Słupołazka – jedna dziewczyna, jeden słup i za dużo ciastek',
            '-Start · O mnie · Moje słupy · Sprzęt · Kontakt',
        ],
        [
            '+Mój pierwszy maraton siedzenia na słupie: 52 godziny na desce wielkości tacy',
            '-Opublikowano 21 czerwca 2026 przez Kasię · 9 komentarzy',
        ],
        [
            '-7 minut czytania',
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz coś przez nie, dostanę niewielką prowizję.',
            ('+Chciałam tego spróbować, odkąd zobaczyłam stare zdjęcie mojej ciotecznej babci na słupie na jarmarku '
             'w Sandomierzu w 1961 roku, i w czerwcu wreszcie zapisałam się na wznowiony maraton.'),
            '-W tym wpisie: 1. Przygotowania 2. Na górze 3. Zejście',
            ('+W piątek wieczorem wspięło się nas dziewięcioro, każde na platformę 60 na 60 centymetrów na szczycie '
             'siedmiometrowego słupa, a zasada była prosta: wygrywa ten, kto siedzi najdłużej.'),
        ],
        [
            '-Mój słup w piątek wieczorem, tuż przed wejściem',
            '-Składana poduszka, na której przesiedziałam cały weekend – sprawdź cenę na Allegro',
            ('+Na odprawie organizator dał nam tylko jedną radę: – To nie słup męczy, tylko nuda. Weźcie książkę i '
             'nigdy nie patrzcie w dół.'),
        ],
        [
            '+Mój weekend w skrócie',
            '+Piątek, 18:00: w górę po drabinie, a potem drabinę zabrano',
            '+Sobotnia noc: burza i dwie osoby na dole',
            '+Niedziela, 22:00: po 52 godzinach nogi odmówiły posłuszeństwa',
            '-Macham mamie z platformy w sobotę rano',
        ],
        [
            ('+Byłam trzecia na dziewięcioro, za emerytowanym dekarzem i hodowcą owiec, którzy w poniedziałek rano '
             'wciąż siedzieli na górze i postanowili zejść razem.'),
            '-Reklamy · Zgłoś tę reklamę',
            '+W przyszłym roku biorę porządny kapelusz i dwie książki zamiast jednej, i chcę pobić 72 godziny.',
        ],
        [
            '-Do następnego razu, trzymajcie się wysoko – Kasia',
            '-Moje ręcznie szyte poduszki na słup znajdziecie w moim sklepie na Etsy',
            '-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-9 odpowiedzi na „Mój pierwszy maraton siedzenia na słupie”',
            '-Babcia Stasia: W 1961 siedziałam na tym samym słupie! Jestem z ciebie dumna, kochanie.',
            '-↳ Kasia: Stasiu!! Nie miałam pojęcia – w przyszłym roku musimy mieć wspólne zdjęcie.',
            '-Marek z jarmarku: Pięćdziesiąt dwie godziny w tej burzy, szacunek.',
            '-Starsze komentarze →',
        ],
        [
            '-© 2026 Słupołazka · Motyw: Twenty Twenty-Five · Dumnie wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-syrotyorsk-konkurs-rezby-po-syru', [
        [
            '-«Сыротёрская правда» – районная газета с 1931 года',
            '-Новости · Спорт · Культура · Сельское хозяйство · Некрологи',
            '-Реклама · Продолжение после рекламы',
        ],
        [
            '+Фермерша вырезала сову в натуральную величину и выиграла 22-й конкурс резьбы по сыру',
            '-Олеся Творожникова · воскресенье, 14 июня 2026, 17:20',
            '-4 минуты чтения',
            '-Поделиться новостью: ВКонтакте · Одноклассники · WhatsApp',
        ],
        [
            ('+Агафья Головкосырова, 52-летняя фермерша из Нижнего Сыротёрска, в субботу выиграла 22-й городской '
             'конкурс резьбы по сыру, вырезав сипуху в натуральную величину из одной головки российского сыра.'),
            '-Сова-победительница на столе жюри в старых торговых рядах (фото: редакция)',
            ('+В конкурсе участвовали двадцать два резчика, каждый получил 40-килограммовую головку сыра и три часа '
             'времени, а мимо столов в торговых рядах прошли больше 900 зрителей.'),
            '-Читайте также: сыроварня Сыротёрска получила золото на областной выставке',
        ],
        [
            '-Главные новости района каждое утро – подпишитесь на бесплатную рассылку',
            ('+«Сыр ничего не прощает, – сказал председатель жюри, сыровар на пенсии. – Режешь слишком глубоко – '
             'трескается корка, слишком мелко – получается кусок мыла».'),
        ],
        [
            '+День конкурса вкратце',
            '+9:00 – выдача головок сыра и проверка ножей',
            '-Фотогалерея: 24 снимка работ этого года',
            '+10:00 – начало трёх часов резьбы',
            '+13:00 – оценка жюри и награждение',
        ],
        [
            ('+Головкосырова, в прошлом году занявшая четвёртое место с ежом, на два балла опередила прошлогоднего '
             'победителя, мясника с рыночной площади.'),
            '-Видео: сова рождается за три минуты (3:04)',
            ('+Работы выставят на аукцион в следующую субботу в пользу начальной школы, а на следующий год '
             'запланирована детская категория – резьба по сливочному маслу.'),
            '-Теги: сыр · торговые ряды · Сыротёрск · конкурсы',
            '-Подписывайтесь на нас во ВКонтакте и в Telegram',
        ],
        [
            '-12 комментариев',
            '-Нина_Нижний: Сова как живая! Агафья, поздравляем!',
            '-↳ Редакция: Спасибо, Нина, больше снимков в фотогалерее.',
            '-Серёга_72: Жалко такую есть.',
            '-↳ Нина_Нижний: Никто её есть не будет, Серёжа, она уйдёт с аукциона!',
        ],
        [
            '-Наверх ↑',
            '-© 2026 «Сыротёрская правда» · О редакции · Контакты · Конфиденциальность · Правила',
        ],
    ]),
    _page('ru', 'ru-blog-stolbosidka-pervyi-marafon-sideniya-na-stolbe', [
        [
            '-Перейти к содержимому',
            '-Столбосидка – одна девушка, один столб и слишком много печенья',
            '-Главная · Обо мне · Мои столбы · Снаряжение · Контакты',
        ],
        [
            '+Мой первый марафон сидения на столбе: 52 часа на доске размером с поднос',
            '-Опубликовано 21 июня 2026 автором Даша · 9 комментариев',
        ],
        [
            '-7 минут чтения',
            '-В этом посте есть партнёрские ссылки: если вы купите по ним, я получу небольшую комиссию.',
            ('+Я мечтала попробовать с тех пор, как увидела старую фотографию двоюродной бабушки на столбе на летней '
             'ярмарке в Суздале в 1961 году, и в июне наконец записалась на возрождённый марафон.'),
            '-В этом посте: 1. Подготовка 2. Наверху 3. Спуск',
            ('+В пятницу вечером нас залезло девять человек, каждый на площадку 60 на 60 сантиметров на вершине '
             'семиметрового столба, и правило было простое: побеждает тот, кто дольше всех просидит.'),
        ],
        [
            '-Мой столб в пятницу вечером, перед подъёмом',
            '-Складная подушка, на которой я просидела все выходные, – смотрите цену на Ozon',
            ('+На инструктаже организатор дал нам всего один совет: «Устаёшь не от столба, а от скуки. Возьмите '
             'книгу и никогда не смотрите вниз».'),
        ],
        [
            '+Мои выходные вкратце',
            '+Пятница, 18:00 – наверх по лестнице, а потом лестницу убрали',
            '+Ночь на субботу – гроза, двое сошли',
            '+Воскресенье, 22:00 – после 52 часов отказали ноги',
            '-Машу маме с площадки в субботу утром',
        ],
        [
            ('+Я стала третьей из девяти, уступив кровельщику на пенсии и овцеводу, которые в понедельник утром всё '
             'ещё сидели наверху и решили спуститься вместе.'),
            '-Рекламные объявления · Пожаловаться на рекламу',
            '+В следующем году возьму нормальную шляпу и две книги вместо одной и хочу продержаться больше 72 часов.',
        ],
        [
            '-До новых встреч, держитесь повыше! Даша',
            '-Мои подушки для столба ручной работы – на Ярмарке Мастеров, если хотите такую',
            '-Поделиться записью: ВКонтакте · Pinterest · Telegram',
        ],
        [
            '-9 комментариев к записи «Мой первый марафон сидения на столбе»',
            '-Баба Валя: Я в 1961-м сидела на этом же столбе! Горжусь тобой, внучка.',
            '-↳ Даша: Валя!! Я и не знала – в следующем году нужно общее фото.',
            '-Саня с ярмарки: Пятьдесят два часа в такую грозу – уважаю.',
            '-Более ранние комментарии →',
        ],
        [
            '-© 2026 Столбосидка · Тема: Twenty Twenty-Five · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Settle in: this one runs to about 9 minutes.':
        ('a blog\'s settle-in line with the minutes the post runs to ("Settle in: this one runs to about 9 '
         'minutes.") is left at the head'),
    'Специальный корреспондент Ефим Сыродубов':
        ('a Russian special-correspondent (специальный корреспондент) byline ("Специальный корреспондент Ефим '
         'Сыродубов") is left at the head'),
    'Aidez-moi à financer mon prochain marathon de perche sur Ulule, chaque euro compte !':
        ('a French Ulule crowdfunding plug for the author\'s next marathon ("Aidez-moi à financer mon prochain '
         'marathon de perche sur Ulule, chaque euro compte !") is left at the foot'),
    'Contenuto riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese.':
        ('an Italian subscribers-only metered-paywall note ("Contenuto riservato agli abbonati: hai letto 3 articoli '
         'gratuiti su 5 questo mese.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-portal-labkirchen-kaeseschnitzwettbewerb':
        ('the German cheese-carving news report keeps the newsletter prompt ("Jeden Morgen die wichtigsten '
         'Nachrichten aus der Region – jetzt kostenlos abonnieren") above the paragraph with the quote and the '
         'photo-gallery link ("Bildergalerie: 24 Fotos der diesjährigen Käsefiguren") between the first and second '
         'rows of the list (2 of 20 noise lines); no article line is lost'),
    'it-portale-pecorazzo-gara-di-scultura-sul-formaggio':
        ('the Italian cheese-carving news report keeps the photo-gallery link ("Fotogallery: 24 immagini delle'
         ' sculture di quest\'anno") between the first and second rows of the list (1 of 20 noise lines); no '
         'article line is lost'),
    'pl-portal-twarozyska-konkurs-rzezbienia-w-serze':
        ('the Polish cheese-carving news report keeps the lead photo\'s caption with its credit ("Zwycięska sowa na '
         'stole jury w dawnym spichlerzu (fot. redakcja)") between the first and second paragraphs, the newsletter '
         'prompt ("Najważniejsze wiadomości z powiatu co rano na Twoją skrzynkę – zapisz się za darmo") above the '
         'paragraph with the quote, and the photo-gallery link ("Galeria: 24 zdjęcia tegorocznych rzeźb") between '
         'the first and second rows of the list (3 of 20 noise lines); no article line is lost'),
    'ru-portal-syrotyorsk-konkurs-rezby-po-syru':
        ('the Russian cheese-carving news report keeps the photo-gallery link ("Фотогалерея: 24 снимка работ '
         'этого года") between the first and second rows of the list (1 of 20 noise lines); no article line is'
         ' lost'),
    'en-blog-perched-and-proud-first-pole-sitting-marathon':
        ('the English pole-sitting blog post keeps the opening photo\'s caption ("My pole on Friday evening, '
         'just before the climb") opening the block of the paragraph with the quote, the affiliate link to the'
         ' folding cushion ("The folding cushion I sat on all weekend – check the price on Amazon") just above'
         ' the paragraph with the quote, the action photo\'s caption ("Waving to Mum from the platform on '
         'Saturday morning") under the third row, closing the list block, and the author\'s sign-off ("Until '
         'next time, stay high – Hattie x") in the block under the last paragraph (4 of 20 noise lines); no '
         'article line is lost'),
    'fr-blog-la-perche-a-manon-premier-marathon-de-perche':
        ('the French pole-sitting blog post keeps the opening photo\'s caption ("Mon poteau le vendredi soir, '
         'juste avant la montée") opening the block of the paragraph with the quote, the affiliate link to the'
         ' folding cushion ("Le coussin pliant sur lequel j\'ai passé le week-end – voir le prix sur Amazon") '
         'just above the paragraph with the quote, the action photo\'s caption ("Je fais coucou à maman depuis '
         'la plateforme, samedi matin") under the third row, closing the list block, the author\'s sign-off ("À'
         ' bientôt, et gardez la tête en l\'air – Manon") in the block under the last paragraph, and the plug '
         'for her hand-stitched pole cushions ("Mes coussins de perche cousus main sont dans ma boutique Etsy '
         'si ça vous tente") under the sign-off (5 of 20 noise lines); no article line is lost'),
    'de-blog-die-mastsitzerin-erster-mastsitz-marathon':
        ('the German pole-sitting blog post keeps the opening photo\'s caption ("Mein Mast am Freitagabend, '
         'kurz vor dem Aufstieg") opening the block of the paragraph with the quote, the affiliate link to the'
         ' folding cushion ("Das Faltkissen, auf dem ich das ganze Wochenende saß – hier den Preis bei Amazon '
         'ansehen") just above the paragraph with the quote, and the action photo\'s caption ("Ich winke Mama '
         'von der Plattform zu, Samstagmorgen") under the third row, closing the list block (3 of 20 noise '
         'lines); no article line is lost'),
    'it-blog-palo-e-pazienza-prima-maratona-sul-palo':
        ('the Italian pole-sitting blog post keeps the opening photo\'s caption ("Il mio palo il venerdì sera, '
         'poco prima della salita") opening the block of the paragraph with the quote, the affiliate link to '
         'the folding cushion ("Il cuscino pieghevole su cui ho passato il weekend – guarda il prezzo su '
         'Amazon") just above the paragraph with the quote, the action photo\'s caption ("Saluto la mamma dalla'
         ' piattaforma, sabato mattina") under the third row, closing the list block, the author\'s sign-off '
         '("Alla prossima, e restate in alto – Giulia") in the block under the last paragraph, and the plug '
         'for her hand-stitched pole cushions ("I miei cuscini da palo cuciti a mano sono nel mio negozio '
         'Etsy, se ne volete uno") under the sign-off (5 of 20 noise lines); no article line is lost'),
    'pl-blog-slupolazka-pierwszy-maraton-siedzenia-na-slupie':
        ('the Polish pole-sitting blog post keeps the opening photo\'s caption ("Mój słup w piątek wieczorem, '
         'tuż przed wejściem") opening the block of the paragraph with the quote, the action photo\'s caption '
         '("Macham mamie z platformy w sobotę rano") under the third row, closing the list block, the author\'s'
         ' sign-off ("Do następnego razu, trzymajcie się wysoko – Kasia") in the block under the last '
         'paragraph, and the plug for her hand-stitched pole cushions ("Moje ręcznie szyte poduszki na słup '
         'znajdziecie w moim sklepie na Etsy") under the sign-off (4 of 20 noise lines); no article line is '
         'lost'),
    'ru-blog-stolbosidka-pervyi-marafon-sideniya-na-stolbe':
        ('the Russian pole-sitting blog post keeps the opening photo\'s caption ("Мой столб в пятницу вечером, '
         'перед подъёмом") opening the block of the paragraph with the quote, and the action photo\'s caption '
         '("Машу маме с площадки в субботу утром") under the third row, closing the list block (2 of 20 noise '
         'lines); no article line is lost'),
}

test_held_out_237_line, test_held_out_237_line_is_kept, test_held_out_237_page = held_out_tests(
    HELD_OUT_237_LINES, HELD_OUT_237_KEEP, HELD_OUT_237_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
