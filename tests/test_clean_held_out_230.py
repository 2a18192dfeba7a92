"""Held-out set 230: written blind, weighted toward the noise the cleaner exists for, in shapes set 228's docstring does
not name (nor the first paragraphs of sets 225, 226 and 227): scraper, embed and ad markers, all in the body (an
English Instagram post hidden because the account is private "Instagram post unavailable: this account is private.", an
English Wistia video that could not load because JavaScript is switched off "The Wistia video could not be loaded
because JavaScript is disabled in your browser.", an English Sketchfab 3D model waiting for a click, with its WebGL
requirement "Sketchfab 3D model – click to start the viewer (requires WebGL).", a French France.tv video withdrawn at
the rights holder's request "Vidéo France.tv retirée à la demande de l'ayant droit.", a German ARD-Mediathek video held
back until 10pm for the protection of minors "ARD-Mediathek: Dieses Video ist aus Gründen des Jugendschutzes erst ab 22
Uhr verfügbar.", an Italian Flickr gallery that cannot be shown because the album was made private "La galleria Flickr
non può essere mostrata: l'album è stato reso privato.", a Polish TVP VOD player item for logged-in users only
"Odtwarzacz TVP VOD: materiał dostępny tylko po zalogowaniu." and a Russian VK Video live stream that has ended, its
recording to come later "Трансляция VK Видео завершена, запись появится позже."); reading-time headers in new wordings,
all at the head (the English bare a-6-min-read label "A 6 min read", a blog's heads-up line with the minutes the
write-up clocks in at "Heads up: this write-up clocks in at around 12 minutes.", the French estimated-reading-duration
(durée de lecture estimée) label "Durée de lecture estimée : 6 minutes", the German you-need-about-6-minutes-to-read
line "Zum Lesen brauchen Sie etwa 6 Minuten.", the Italian reading-duration (durata della lettura) label with circa
"Durata della lettura: circa 6 minuti", the Polish time-needed-to-read label "Czas potrzebny na przeczytanie: 6 minut"
and the Russian time-for-reading (время на прочтение) label "Время на прочтение: 6 мин."); bylines and self-promotion
(an English words-and-pictures-by byline "Words and pictures by Ambrose Clapperwick", a German a-piece-by (ein Beitrag
von) byline "Ein Beitrag von Irmtraud Glockwanger", an Italian text-and-photos-by (testo e foto di) byline "Testo e
foto di Ludovica Campanotti" and a Russian text-and-photo byline with a dash "Текст и фото — Евдокия Звоннарская", all
at the head, and at the foot an English Udemy plug for the author's video course on the canoe polo roll "My beginner's
video course on the canoe polo roll is on Udemy – 20% off this month.", an English Calendly plug for the author's
one-to-one coaching "I also coach paddlers one-to-one: book a session through my Calendly page.", a French Leboncoin
plug for the author's restored canoe polo paddles "Mes pagaies de kayak-polo restaurées sont à vendre sur Leboncoin."
and a Polish Vinted plug for the author's used canoe polo helmets "Używane kaski do kajak-polo sprzedaję na Vinted –
zapraszam do mojej szafy."); blog and site footers, all at the foot (an English Eleventy and Vercel credit with the
colophon link "Built with Eleventy · Deployed on Vercel · Colophon", an English company-registration line with the
terms, privacy-notice and cookie-settings links "Registered in England and Wales No. 08412397 · Terms · Privacy notice
· Cookie settings", the English Wix.com designed-with footer with its create-your-website call "This site was designed
with the Wix.com website builder. Create your website today.", a French WordPress and OVHcloud credit with the
accessibility-not-compliant statement "Site réalisé avec WordPress · Hébergé par OVHcloud · Accessibilité : non
conforme", a German Strato hosting line with the privacy, cookie-settings and terms (AGB) links "Gehostet bei Strato ·
Datenschutzerklärung · Cookie-Einstellungen · AGB", an Italian newspaper-registration line (testata registrata presso
il Tribunale) "Testata giornalistica registrata presso il Tribunale di Lecco, n. 7/2011", a Polish cyber_Folks hosting
line with the terms and the GDPR (RODO) clause "Hosting: cyber_Folks · Regulamin serwisu · Klauzula RODO" and a Russian
online-media registration line with its Roskomnadzor certificate "Сетевое издание зарегистрировано Роскомнадзором,
свидетельство Эл № ФС 77-81234"); reader-comment furniture, all at the foot (the English Disqus enable-JavaScript line
"Please enable JavaScript to view the comments powered by Disqus.", an English social-log-in prompt to join the
conversation "Log in with Facebook, Google or Apple to join the conversation.", an English bracketed
removed-by-a-moderator stub of a comment "[This comment was removed by a moderator.]", a French
daily-comment-limit-reached note "Vous avez atteint la limite de 3 commentaires par jour.", a German
overnight-comments-closed note "Die Kommentarfunktion wird um 22 Uhr deaktiviert und morgen früh wieder
freigeschaltet.", an Italian you-already-voted-on-this-comment note "Hai già espresso il tuo voto su questo commento.",
a Polish comment-hidden-for-its-low-rating stub with its show link "Komentarz ukryty z powodu niskiej oceny. Pokaż" and
a Russian phone-verified-users-only comment prompt "Оставлять комментарии могут только пользователи, подтвердившие
номер телефона."); share rows, all at the foot (an English spread-the-word row with Reddit and Threads "Spread the
word: Reddit · Threads · Telegram · Copy URL", an Italian forward-the-article (inoltra) row with Messenger and print
"Inoltra l'articolo: Telegram · X · Messenger · Stampa" and a Russian send-to-a-friend row with Viber "Отправить другу:
Viber · Telegram · WhatsApp · Скопировать ссылку"); and notices (a French
written-with-an-AI-tool-and-checked-by-the-newsroom note "Cet article a été rédigé avec l'aide d'un outil
d'intelligence artificielle, puis relu par la rédaction." and a German first-appeared-in-the-print-edition note
"Hinweis: Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 14. Mai.", both in the body, and a Polish
archived-article-may-be-out-of-date note "Ten artykuł pochodzi z archiwum i może zawierać nieaktualne informacje." at
the foot); and toward whole scraped news and hobby-blog pages in layouts set 228's docstring does not describe (on the
six portal pages, in eight blocks, the masthead with its tagline, the section menu and a breadcrumb in a block of three
at the very top, the masthead first; the title first in a block of three, above the byline with the date and time (one
line) and a bare reading time; the first and second paragraphs at the second and fourth places of a block of four, with
the lead photo's caption and its credit (one line) opening the block and a share row between the two paragraphs; the
paragraph with the quote in the middle of a block of three, between a read-also link above it and an advertisement
label under it; the subheading and the three rows with a sponsored headline between the subheading and the first row,
inside the list block (a block of five, the headline second); the two last paragraphs at the first and third places of
a block of four, with a photo-gallery link between them and a tags line closing the block; a thread of five lines alone
in a block (a comment count, a reader's comment, a second reader's arrowed reply to it, the first reader's arrowed
answer to that and a third reader's comment); and at the foot a follow-us prompt (Facebook and Instagram; VKontakte and
Telegram on the Russian page), a most-read line with two headlines and the publisher's copyright line with its links in
one line, in a block of three; on the six blog pages, in nine blocks, the blog name with its tagline, the menu and a
follow-my-training prompt (on Instagram; a Telegram channel on the Russian blog) in a block of three at the very top;
the title first in a block of four, above the posted-on-by line (with the comment count), a bare reading time and an
affiliate-links disclosure; the first and second paragraphs at the two ends of a block of three with a table of
contents (its heading and three numbered entries in one line) between them; the paragraph with the quote in the middle
of a block of three, between the opening photo's caption above it and an affiliate link to the author's paddle (on
Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) under it; the subheading and the three rows with an
action photo's caption between the second and third rows, inside the list block (a block of five, the caption fourth);
the two last paragraphs in the middle of a block of four, between a sponsored-content label above them and the author's
sign-off under them; a share row and a plug for the author's ball bags sewn from old spraydecks (in an Etsy shop, at
Yarmarka Masterov on the Russian blog) alone in a block of two; a thread of five lines alone in a block (a comments
heading with its count quoting the post's title, a comment, the coach's comment, the author's arrowed reply to the
coach and a leave-a-reply prompt); and at the foot the author's copyright line with the theme and platform credit in
one line, alone in a block of one), taken from local news of the first open day in 25 years at a town's bell foundry
(casting bells since 1784, more than 900 visitors queuing on Saturday, a new bell for the parish church whose old one
cracked in the frost, the master founder's quote that a bell is tuned twice, once in the mould and once on the lathe,
moulding in loam and horse hair at 10am, pouring 300 kilograms of bronze at 1,100 degrees at 12.30, tuning an older
bell on the vertical lathe with a first strike at 3pm, a week of cooling in the mould, another open day next spring
when the bell is hung) in six invented towns, and from six hobby blogs of girls on their under-18 women's team's first
canoe polo tournament (eight teams in two pools at a city pool, two halves of seven minutes five a side, the coach's
poolside quote about keeping the head up, paddling into space and never turning the back on the ball, a 1–4 loss to the
hosts at 9.00, a 2–2 draw at 11.30, a 3–1 win at 14.15 with the author's goal, fifth of eight with boats of their own
only since March, rolling practice every Tuesday before the regional league in September).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 228 but what is named here), held-out set 229 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git
branch`` output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read
were: the docstring of held-out set 228 up to and including its paragraph starting "Baseline", its imports and its tail
from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string
search), and the first paragraphs of the docstrings of sets 225, 226 and 227, printed with one ast script
(/tmp/s230scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s230scratch/insp.py, with /tmp/wt-s230/src and /tmp/wt-s230/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s230 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 228's as printed, with 228 -> 230; /tmp/s230scratch/gen230.py writes this file
from scratch files (data230.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages230.py with the pages and the two layouts, doc_layout.txt, doc_story.txt,
doc_protocol.txt, doc_notes.txt, doc_judgement.txt and, after the measurement, doc_after.txt, doc_baseline.txt and
tables230.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s230, detached at commit 95113f91b67a1636fb9a9d1cf375ef720d728cb1, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 18:33:25 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 18:33:28 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 95113f91b67a1636fb9a9d1cf375ef720d728cb1 (main was still at the brief's commit); both worktrees were
made at that commit with ``git worktree add`` (output to /dev/null) and ``git rev-parse HEAD`` in each printed that
commit; /work/main was not touched afterwards. An ``ls`` of the two new worktrees' top folders (README.md, benchmarks,
configs, docs, pyproject.toml, scripts, src, tests), cut by ``head``, was printed to see that they exist; no folder
below them was listed. (2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed
set 228's docstring up to inside its note (4), then from inside set 226's first paragraph on to the end: the rest of
set 226's first paragraph and all of set 227's, allowed parts); the second run went to /tmp/s230scratch/allowed.txt
(only the allowed parts), of which I paged lines 125 to 480 with ``sed`` in three pieces (the rest of set 228's
docstring up to and including its Baseline paragraph, its imports and its tail, set 225's first paragraph and the start
of set 226's); ``sed`` ran on my own output file, never on a file of the repository, and nothing else of any set file
was printed. (3) The default python already had the project's dependencies: the inspect import of test_clean and
noisy_corpus worked on its first run, so nothing was installed. That import (and gen230.py's import of the written
file, to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the measurement
and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read docstrings name,
by eye, and kept away from them: no embed service used for a held-out marker here is named for a marker in them
(Instagram, Wistia, Sketchfab, France.tv, ARD-Mediathek, Flickr, TVP VOD, VK Video), and the failures are of kinds not
named there (a private account, JavaScript switched off, a click-to-start viewer with its WebGL need, a withdrawal at
the rights holder's request, a protection-of-minors time lock, an album made private, a log-in wall, a live stream that
has ended); the reading times avoid the phrasings named there (the new ones are "A 6 min read", "Heads up: this
write-up clocks in at around 12 minutes.", "Durée de lecture estimée :", "Zum Lesen brauchen Sie etwa", "Durata della
lettura: circa", "Czas potrzebny na przeczytanie:" and "Время на прочтение:"); the bylines are of new shapes (words and
pictures by, ein Beitrag von, testo e foto di, текст и фото with a dash) and the plugs name platforms not named there
(Udemy, Calendly, Leboncoin, Vinted); the footers use builders, hosts and legal lines not named there (Eleventy with
Vercel and a colophon, an English company registration number, the Wix.com designed-with line, WordPress with OVHcloud
and the French accessibility-not-compliant statement, Strato with AGB, an Italian court registration of the paper,
cyber_Folks with the RODO clause, a Russian Roskomnadzor registration); the comment lines (a Disqus enable-JavaScript
line, a social log-in prompt, a removed-by-a-moderator stub, a daily comment limit, an overnight closing of the
comments, an already-voted note, a comment hidden for its low rating, a phone-verified-users-only prompt), the share
rows (spread the word with Reddit and Threads; inoltra l'articolo with Messenger; отправить другу with Viber) and the
notices (a French AI-assisted-writing note and a German first-in-print note in the body, a Polish archived-article note
at the foot) are of kinds not named there. The page furniture (mastheads, menus, captions, ad labels and the like) is
of the ordinary kinds the brief lists; the layouts differ from those of sets 225 to 228 (see the first paragraph). (5)
Invented names were checked with ``find_string`` (exact, case-insensitive, over public GitHub files) before use. No
hits: Clangmoor, Tintebourg, Klangenried, Squillaterra, Звонцово, Звонцовск, Spiżnowo, Tocsinard, Clapperwick,
Campanotti, Glockwanger, Звоннарская, Bronnhalder, Rintoccari, Гудимиров, Pealsworth, "Hattie Pealsworth", Tintelier,
Läutenbrink, Bronzatelli, Dzwonkiewicz, Благозвонов, Brązowick, Wherrybank, "Nell's Polo", "Nell's Polo Pool", "Le
kayak-polo de Margaux", "Finjas Kanupolo-Logbuch", "Canoa polo con Greta", "Kajak-polo u Oli" and "Каноэ-поло с Асей".
Dropped for hits: Tollbright (a variable tollBright in code), Bourdonnat (a real place, Le Bourdonnat near Reuilly),
Brzękowo (inside the Polish word przeciwobrzękowo), Quenterby (inside findFrequenterByEleve), Schallmoos (a real
district of Salzburg), Pellingstow (inside spellingsTo...), Gongridge (inside HexagonGridGenerator) and Spiżewski (a
real surname; Spiżewskich had no hit, but the singular does); the replacements are the checked names above (the Polish
foundry became the Brązowickich's, its master Tadeusz Brązowicki). "The Clangmoor Herald", "Le Réveil de Tintebourg",
"Klangenrieder Tagblatt", "La Gazzetta di Squillaterra", "Głos Spiżnowa" and «Звонцовский вестник» are formed from
checked names; the first names of the bylines, master founders, bloggers (Nell, Margaux, Finja, Greta, Ola, Ася),
coaches and commenters (first names with an initial, or handles) were not checked. Real services, platforms, shops and
products (Instagram, Wistia, Sketchfab, WebGL, France.tv, ARD-Mediathek, Flickr, TVP VOD, VK Video, Udemy, Calendly,
Leboncoin, Vinted, Eleventy, Vercel, Wix.com, WordPress with its Twenty Twenty-Four theme, OVHcloud, Strato,
cyber_Folks, Roskomnadzor, Disqus, Facebook, Google, Apple, Reddit, Threads, Telegram, X, Messenger, Viber, WhatsApp,
Pinterest, ВКонтакте, Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров) and real cities (Nottingham,
Sheffield, Rennes, Nantes, Essen, Duisburg, Bologna, Ferrara, Lecco, Poznań, Bydgoszcz, Kazan, Samara) are named as
real pages do; the company number 08412397 and the certificate number ФС 77-81234 are made up and were not looked up.
(6) A script (/tmp/s230scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside
an article line, a keep line or another noise line, that no line repeats, that no line holds an at-sign, and that each
page has 10 article and 20 noise lines; a one-line count printed the counts by category, language and place. Its first
run found nothing wrong, because while writing I had already kept noise words out of other lines: the ad labels avoid
the words of the keep lines and of each other ("Advertisement" on the English portal and "Sponsored content" on the
English blog, since an "Advertisements" label would hold "Advertisement"; "Anzeige" on the German portal, not
"Werbung", which opens the German keep line, and "Gesponserter Inhalt" on the German blog, not "Werbeanzeigen", which
would hold "Anzeige"; "Annonces" on the French blog, not "Publicités", which would hold the French portal's
"Publicité", with the French portal's menu item "Annonces" changed to "Agenda"; "Annuncio pubblicitario" on the Italian
portal and "Spazio pubblicitario" on the Italian blog, not "Pubblicità", which opens the Italian keep line; "Treść
sponsorowana" and "Спонсорский материал" on the Polish and Russian blogs), and the German portal's menu says "Trauer",
not "Traueranzeigen". The only change after its first run was the Polish foundry's name (note (5)), after which
check.py ran again and found nothing wrong. gen230.py checks that no line of the file is over 120 columns and that it
holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 18:40:06 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s230scratch/pre_measure_copy.py); pytest printed 21 failed, 56 passed and no XPASS, and the report is copied in
the Baseline paragraph. problems.py (/tmp/s230scratch, importing the copy in /tmp/wt-s230/tests with /tmp/wt-s230/src
on the path) then printed ``_problems`` of each failing case: the fourteen lines and the seven pages of the tables;
every problem of a line is that it is kept ("kept boilerplate"), and so is every problem of a page (one to three lines
each); no keep line and no article line of a page is lost, and no problem of another kind (no unreported removal, no
range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that
output (/tmp/s230scratch/mktables.py writes tables230.py from the saved problems.json, which gen230.py puts into this
file); mktables.py checks that every problem is a kept line and matches each printed snippet (cut at 80 characters) to
exactly one noise line of its page (the sponsored headline under the subheading on the English portal; on the blogs the
table of contents, the opening photo's caption and the action photo's caption), which the reason quotes in full with
where it sits and the count the report counts left; the reason of each line quotes it and says where it was put; the
keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final file were
imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s230 (see the Baseline paragraph). (9) Clock: ``date`` printed 18:33:25 at the start, 18:40:06 at the
measurement and 18:40:45 just before the tables, the Baseline paragraph and these notes were written; the commit
followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the foundry's open day and the canoe polo
tournament that open with or hold a noise-like word ("Reading the inscription on the old tenor bell took the foundry's
apprentices most of the morning.", "Advertising for the open day was left to the parish newsletter and a banner on the
foundry gate.", "Shares in the foundry were sold to the town council in 1948 to save it from closure.", "Comments from
the referees praised the way both teams kept the game flowing.", "Follow the river path from the station and the
foundry's chimney comes into view after ten minutes.", "Subscribers to the foundry's friends' scheme were given the
first turn at striking the new bell.", "Copyright on the 1890 bell patterns has long expired, so the foundry now lends
them to museums.", "Lire l'inscription gravée sur la cloche a demandé aux visiteurs une bonne loupe.", "Partagées entre
six équipes, les deux piscines ont accueilli quarante matchs en un week-end.", "Abonnés de longue date au club, les
parents ont tenu la buvette pendant tout le tournoi.", "Kommentare der Besucher füllten am Ende drei Seiten im
Gästebuch der Gießerei.", "Werbung für das Turnier machten die Spielerinnen selbst mit Plakaten in der Schwimmhalle.",
"Verfolgt wurde das Finale von rund 300 Zuschauern am Beckenrand.", "Condivisa da tre generazioni, la fonderia apre le
porte al pubblico solo una volta l'anno.", "Iscriversi al torneo è costato 40 euro a squadra, arbitri compresi.",
"Pubblicità a parte, la giornata è stata raccontata soprattutto dal passaparola.", "Komentarze zwiedzających wpisano do
księgi pamiątkowej ludwisarni.", "Udostępniona na jeden dzień hala ludwisarni pomieściła ponad tysiąc osób.",
"Подписчиков у клуба после турнира стало вдвое больше, рассказал капитан команды." and "Читая надписи на старых
колоколах, гости узнавали имена мастеров XIX века."): each is a full sentence with a subject, a verb and a fact of the
story, so article ("Reading the inscription", "Lire l'inscription" and "Читая надписи" open like reading-time or
read-more lines but tell of reading a bell's inscription; "Advertising for the open day", "Werbung für das Turnier" and
"Pubblicità a parte" hold ad words but say how the events were made known; "Shares in the foundry", "Partagées entre
six équipes", "Condivisa da tre generazioni" and "Udostępniona na jeden dzień" open like share rows but are about
owners, pools, a family and a hall; "Comments from the referees", "Kommentare der Besucher" and "Komentarze
zwiedzających" open like comment furniture but report what referees and visitors said; "Follow the river path" opens
like a follow prompt but gives the way to the foundry (a directions sentence of the report, in the imperative as such
sentences are), and "Verfolgt wurde das Finale" reports the crowd; "Subscribers to the foundry's friends' scheme",
"Abonnés de longue date", "Iscriversi al torneo" and "Подписчиков у клуба" open like subscribe or sign-up prompts but
are about members, parents, an entry fee and a club's followers; "Copyright on the 1890 bell patterns" opens like a
copyright line but says what the foundry does with old patterns). Borderline categories: the four plugs (the Udemy
course, the Calendly coaching, the Leboncoin paddles, the Vinted helmets) are bylines and self-promotion, at the foot,
since they sell the author's work in the author's voice; the Instagram, Wistia, Sketchfab, France.tv, ARD-Mediathek,
Flickr, TVP VOD and VK Video lines are markers (what an embed leaves in the text when it does not show), though some
read as sentences; the Eleventy and Vercel credit, the company-registration line, the Wix.com line, the Italian
court-registration line and the Russian Roskomnadzor line are footers (lines of the site or the publisher, not of the
article); the Disqus line, the social log-in prompt, the removed-by-a-moderator stub, the daily limit, the overnight
closing, the already-voted note, the hidden-for-low-rating stub and the phone-verification prompt are comment
furniture, since they sit over or in the comments and speak only of commenting; the French AI-assisted-writing note and
the German first-in-print note are notices in the body, and the Polish archived-article note a notice at the foot (all
three speak of the article they sit in). On every page the title, the three paragraphs before the subheading (the third
with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads and blog names with taglines, menus, breadcrumbs, bylines and posted-on lines, reading times, captions and
photo credits, share rows, read-also links, advertisement and sponsored labels, sponsored headlines, gallery links,
tags lines, tables of contents, affiliate disclosures and links, follow prompts, sign-offs and plugs, comment counts
and headings, comments and replies, leave-a-reply prompts, most-read lines, copyright lines) is noise. The list rows
(the times of the moulding, the pour and the tuning on the portals; the times and scores of the three games on the
blogs) are short but part of each article, so article; the list headings ("How the day went", "Our three games" and the
like) are the articles' subheadings, so article; the portals' sponsored headlines are noise though they sit between the
subheading and the first row; the blogs' action captions are noise though they sit between the second and third rows;
the portals' share rows and the blogs' tables of contents are noise though they sit between the first two paragraphs;
the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Russian and notice in French, German and Polish; by place head 11
(the seven reading times and four bylines: an English, a German, an Italian and a Russian one), body 10 (the eight
markers and two notices: French and German), tail 24 (four plugs: two English, a French and a Polish one, eight
footers, eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-clangmoor-bell-foundry-open-day (the Clangmoor Bell Foundry's open day, in the Clangmoor Herald),
en-blog-nells-polo-pool-first-canoe-polo-tournament (Nell's under-18 women's team fifth of eight in Nottingham),
fr-portail-tintebourg-portes-ouvertes-fonderie-de-cloches (the bell foundry's open day in Tintebourg, in Le Réveil de
Tintebourg), fr-blog-le-kayak-polo-de-margaux-premier-tournoi (Margaux's under-18 women's team fifth of eight in
Rennes), de-portal-klangenried-tag-der-offenen-tuer-glockengiesserei (the Bronnhalder bell foundry's open day in
Klangenried, in the Klangenrieder Tagblatt), de-blog-finjas-kanupolo-logbuch-erstes-turnier (Finja's U18 women's team
fifth of eight in Essen), it-portale-squillaterra-porte-aperte-fonderia-di-campane (the Rintoccari bell foundry's open
day in Squillaterra, in La Gazzetta di Squillaterra), it-blog-canoa-polo-con-greta-primo-torneo (Greta's under 18
women's team fifth of eight in Bologna), pl-portal-spiznowo-dzien-otwarty-ludwisarni (the Brązowicki family's bell
foundry's open day in Spiżnowo, in the Głos Spiżnowa), pl-blog-kajak-polo-u-oli-pierwszy-turniej (Ola's under-18
women's team fifth of eight in Poznań), ru-portal-zvontsovo-den-otkrytykh-dverei-kolokolnogo-zavoda (the Гудимировы
bell foundry's open day in Звонцово, in «Звонцовский вестник»), ru-blog-kanoe-polo-s-asei-pervyi-turnir (Ася's under-18
women's team fifth of eight in Kazan), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 95113f91b67a1636fb9a9d1cf375ef720d728cb1, measured with ``cd /tmp/wt-s230 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s230/src python -m pytest -q tests/test_clean_held_out_230.py -rA
-p no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s230 && PYTHONPATH=/tmp/wt-s230/src python
scripts/clean_held_out_report.py --sets 230``, with the xfail tables empty, at 18:40:06 UTC by ``date``): noise lines
removed 31/45 (marker 3/8, reading-time 4/7, byline 7/8, footer 8/8, comments 5/8, share 3/3, notice 1/3; the 14 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: five markers in the body (the English Sketchfab
click-to-start line, the French France.tv withdrawn video, the German ARD-Mediathek protection-of-minors line, the
Polish TVP VOD log-in line and the Russian VK Video ended-stream line), three reading times at the head (the English
heads-up clocks-in-at line, the French "Durée de lecture estimée" label and the Italian "Durata della lettura" label),
one byline at the head (the Russian text-and-photo byline), three comment lines at the foot (the French daily limit,
the Italian already-voted note and the Russian phone-verification prompt) and two notices (the German first-in-print
note in the body and the Polish archived-article note at the foot); the Instagram, Wistia and Flickr markers, the other
four reading times, the English, German and Italian bylines at the head, all four plugs, all eight footers, the three
English and the German and Polish comment lines, every share row and the French AI-assisted-writing note went); keep
lines kept 20/20; pages 5/12 clean (the French, German, Italian, Polish and Russian portal pages), 17 of 240 page noise
lines left and 0 of 120 article lines lost. Left: on the English portal page the sponsored headline between the
subheading and the first list row (1; the other portals' sponsored headlines went); on each of the six blog pages the
table of contents between the first and second paragraphs and the action photo's caption between the second and third
list rows, and on the French, Italian, Polish and Russian blogs also the opening photo's caption above the paragraph
with the quote (2 on the English and German blogs, 3 on the other four). Lost: nothing; no page and no keep line loses
an article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s230
gave 56 passed, 21 xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; the writers of this set and of set 229 worked beside round 142 from a
cleaner identical to its base, 95113f9; round 142 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231 232`` and the set's pytest file):
noise lines removed 32/45 (was 31: reading-time 4/7 -> 5/7), keep lines kept 20/20, pages 5/12 clean, 17 of 240 page
noise lines left, 0 of 120 article lines lost. The French reading time "Durée de lecture estimée : 6 minutes" now goes:
it is word for word set 223's line (written blind by another helper from a cleaner that did not take it), which round
142 read; its xfail was removed. Every other xfail still fails as its reason says.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept 20/20, pages 5/12 clean, 15 of
240 page noise lines left (was 17), 0 of 120 article lines lost. The French and Polish blogs' opening captions with a
family credit ("L'alignement pour le sprint au début de notre premier match (photo : papa)", "Ustawiamy się do sprintu
przed pierwszym meczem (fot. tata)") now go (round 143's caption closed by a bracketed family credit, read on set 228's
blogs); the two pages' reasons were reworded; the action captions credited to the coach stay. Every other xfail still
fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept 20/20,
pages 5/12 clean, 10 of 240 page noise lines left (was 15), 0 of 120 article lines lost. The five blogs' numbered tables
of contents ("Contents: 1. The build-up 2. Our games 3. What next" and its four twins) now go (round 144's numbered
tables of contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail
still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept
20/20, pages 9/12 clean (was 5), 4 of 240 page noise lines left (was 10), 0 of 120 article lines lost. Four blogs come
clean and the Italian blog keeps one line fewer (their captions with a bracketed credit such as "(foto: papà)" now go;
the four page xfails were removed). The pages' reasons were reworded to what they still keep or lose. Every other xfail
still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_230_LINES: list[tuple[str, str, str]] = [
    ('body', 'Instagram post unavailable: this account is private.', 'marker'),
    ('body', 'The Wistia video could not be loaded because JavaScript is disabled in your browser.', 'marker'),
    ('body', 'Sketchfab 3D model – click to start the viewer (requires WebGL).', 'marker'),
    ('body', "Vidéo France.tv retirée à la demande de l'ayant droit.", 'marker'),
    ('body', 'ARD-Mediathek: Dieses Video ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.', 'marker'),
    ('body', "La galleria Flickr non può essere mostrata: l'album è stato reso privato.", 'marker'),
    ('body', 'Odtwarzacz TVP VOD: materiał dostępny tylko po zalogowaniu.', 'marker'),
    ('body', 'Трансляция VK Видео завершена, запись появится позже.', 'marker'),
    ('head', 'A 6 min read', 'reading-time'),
    ('head', 'Heads up: this write-up clocks in at around 12 minutes.', 'reading-time'),
    ('head', 'Durée de lecture estimée : 6 minutes', 'reading-time'),
    ('head', 'Zum Lesen brauchen Sie etwa 6 Minuten.', 'reading-time'),
    ('head', 'Durata della lettura: circa 6 minuti', 'reading-time'),
    ('head', 'Czas potrzebny na przeczytanie: 6 minut', 'reading-time'),
    ('head', 'Время на прочтение: 6 мин.', 'reading-time'),
    ('head', 'Words and pictures by Ambrose Clapperwick', 'byline'),
    ('head', 'Ein Beitrag von Irmtraud Glockwanger', 'byline'),
    ('head', 'Testo e foto di Ludovica Campanotti', 'byline'),
    ('head', 'Текст и фото — Евдокия Звоннарская', 'byline'),
    ('tail', "My beginner's video course on the canoe polo roll is on Udemy – 20% off this month.", 'byline'),
    ('tail', 'I also coach paddlers one-to-one: book a session through my Calendly page.', 'byline'),
    ('tail', 'Mes pagaies de kayak-polo restaurées sont à vendre sur Leboncoin.', 'byline'),
    ('tail', 'Używane kaski do kajak-polo sprzedaję na Vinted – zapraszam do mojej szafy.', 'byline'),
    ('tail', 'Built with Eleventy · Deployed on Vercel · Colophon', 'footer'),
    ('tail', 'Registered in England and Wales No. 08412397 · Terms · Privacy notice · Cookie settings', 'footer'),
    ('tail', 'This site was designed with the Wix.com website builder. Create your website today.', 'footer'),
    ('tail', 'Site réalisé avec WordPress · Hébergé par OVHcloud · Accessibilité : non conforme', 'footer'),
    ('tail', 'Gehostet bei Strato · Datenschutzerklärung · Cookie-Einstellungen · AGB', 'footer'),
    ('tail', 'Testata giornalistica registrata presso il Tribunale di Lecco, n. 7/2011', 'footer'),
    ('tail', 'Hosting: cyber_Folks · Regulamin serwisu · Klauzula RODO', 'footer'),
    ('tail', 'Сетевое издание зарегистрировано Роскомнадзором, свидетельство Эл № ФС 77-81234', 'footer'),
    ('tail', 'Please enable JavaScript to view the comments powered by Disqus.', 'comments'),
    ('tail', 'Log in with Facebook, Google or Apple to join the conversation.', 'comments'),
    ('tail', '[This comment was removed by a moderator.]', 'comments'),
    ('tail', 'Vous avez atteint la limite de 3 commentaires par jour.', 'comments'),
    ('tail', 'Die Kommentarfunktion wird um 22 Uhr deaktiviert und morgen früh wieder freigeschaltet.', 'comments'),
    ('tail', 'Hai già espresso il tuo voto su questo commento.', 'comments'),
    ('tail', 'Komentarz ukryty z powodu niskiej oceny. Pokaż', 'comments'),
    ('tail', 'Оставлять комментарии могут только пользователи, подтвердившие номер телефона.', 'comments'),
    ('tail', 'Spread the word: Reddit · Threads · Telegram · Copy URL', 'share'),
    ('tail', "Inoltra l'articolo: Telegram · X · Messenger · Stampa", 'share'),
    ('tail', 'Отправить другу: Viber · Telegram · WhatsApp · Скопировать ссылку', 'share'),
    ('body',
     "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle, puis relu par la rédaction.",
     'notice'),
    ('body', 'Hinweis: Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 14. Mai.', 'notice'),
    ('tail', 'Ten artykuł pochodzi z archiwum i może zawierać nieaktualne informacje.', 'notice'),
]
HELD_OUT_230_KEEP: list[tuple[str, str]] = [
    ('head', "Reading the inscription on the old tenor bell took the foundry's apprentices most of the morning."),
    ('head', 'Advertising for the open day was left to the parish newsletter and a banner on the foundry gate.'),
    ('body', 'Shares in the foundry were sold to the town council in 1948 to save it from closure.'),
    ('body', 'Comments from the referees praised the way both teams kept the game flowing.'),
    ('tail', "Follow the river path from the station and the foundry's chimney comes into view after ten minutes."),
    ('tail', "Subscribers to the foundry's friends' scheme were given the first turn at striking the new bell."),
    ('tail', 'Copyright on the 1890 bell patterns has long expired, so the foundry now lends them to museums.'),
    ('head', "Lire l'inscription gravée sur la cloche a demandé aux visiteurs une bonne loupe."),
    ('body', 'Partagées entre six équipes, les deux piscines ont accueilli quarante matchs en un week-end.'),
    ('tail', 'Abonnés de longue date au club, les parents ont tenu la buvette pendant tout le tournoi.'),
    ('head', 'Kommentare der Besucher füllten am Ende drei Seiten im Gästebuch der Gießerei.'),
    ('body', 'Werbung für das Turnier machten die Spielerinnen selbst mit Plakaten in der Schwimmhalle.'),
    ('tail', 'Verfolgt wurde das Finale von rund 300 Zuschauern am Beckenrand.'),
    ('head', "Condivisa da tre generazioni, la fonderia apre le porte al pubblico solo una volta l'anno."),
    ('body', 'Iscriversi al torneo è costato 40 euro a squadra, arbitri compresi.'),
    ('tail', 'Pubblicità a parte, la giornata è stata raccontata soprattutto dal passaparola.'),
    ('head', 'Komentarze zwiedzających wpisano do księgi pamiątkowej ludwisarni.'),
    ('tail', 'Udostępniona na jeden dzień hala ludwisarni pomieściła ponad tysiąc osób.'),
    ('head', 'Подписчиков у клуба после турнира стало вдвое больше, рассказал капитан команды.'),
    ('tail', 'Читая надписи на старых колоколах, гости узнавали имена мастеров XIX века.'),
]
HELD_OUT_230_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-clangmoor-bell-foundry-open-day', [
        [
            '-The Clangmoor Herald – Your town, your news since 1868',
            "-Home | News | Sport | What's On | Property | Obituaries",
            '-Home › News › Clangmoor',
        ],
        [
            '+Clangmoor bell foundry opens its doors for the first time in 25 years',
            '-By Hattie Pealsworth | Sunday 12 July 2026, 8:15am',
            '-4 minute read',
        ],
        [
            '-Sparks fly as bronze is poured into the mould. Picture: Clangmoor Herald',
            ('+More than 900 people queued along Foundry Lane on Saturday for the first open day at the Clangmoor '
             'Bell Foundry since 2001.'),
            '-Share on Facebook | Share on X | Share on WhatsApp',
            ("+The foundry, which has cast bells in the town since 1784, is making a new treble for St Wenna's "
             'church, whose old bell cracked in the frost two winters ago.'),
        ],
        [
            '-READ MORE: Church bells to fall silent during tower repairs',
            ('+“A bell is tuned twice: once in the mould and once on the lathe,” said the master founder, whose '
             'family has run the works for six generations.'),
            '-Advertisement',
        ],
        [
            '+How the day went',
            '-Sponsored: The garden room everyone in Clangmoor is talking about',
            '+10am: moulding the bell in loam and horse hair in the casting pit',
            '+12.30pm: pouring 300 kilograms of bronze at 1,100 degrees',
            '+3pm: tuning an older bell on the vertical lathe, and a first strike',
        ],
        [
            '+The new treble will cool in its mould for a week before it is dug out, cleaned and tuned.',
            '-View our gallery of the open day (24 photos)',
            '+The foundry hopes to open again next spring, when the bell is hung and rung for the first time.',
            '-Tags: Clangmoor, bells, heritage, open day',
        ],
        [
            '-3 comments',
            '-BellRinger77: Rang that old treble for thirty years. Sad to see it go but the new one will be grand.',
            '-↳ JanetP: Same here – I cried when it cracked!',
            '-↳ BellRinger77: We should all go to the first ring next spring.',
            '-Trevor K: Any chance of another open day in the summer holidays for the kids?',
        ],
        [
            '-Follow the Herald on Facebook and Instagram',
            '-Most read: Bypass roadworks to start in May | Pub quiz raises £2,000',
            '-© 2026 Clangmoor Herald Ltd. All rights reserved. | Privacy | Terms | Contact us',
        ],
    ]),
    _page('en', 'en-blog-nells-polo-pool-first-canoe-polo-tournament', [
        [
            "-Nell's Polo Pool – one paddler, one ball, lots of chlorine",
            '-Home · About me · Kit reviews · Contact',
            '-Follow my training on Instagram!',
        ],
        [
            '+Our first canoe polo tournament: three games, one goal and a lot of splashing',
            '-Posted on 14 June 2026 by Nell · 5 comments',
            '-7 min read',
            '-This post contains affiliate links: I may earn a small commission at no cost to you.',
        ],
        [
            ("+Last weekend our under-18 women's team from Wherrybank Canoe Club played its first ever canoe polo "
             'tournament, at the leisure centre pool in Nottingham.'),
            '-Contents: 1. The build-up 2. Our games 3. What next',
            '+Eight teams came, split into two pools, and each game lasted two halves of seven minutes, five a side.',
        ],
        [
            '-Lining up for the sprint at the start of our first game (photo: Dad)',
            ('+Before the first whistle our coach gathered us at the poolside: “Keep your head up, paddle into space '
             'and never turn your back on the ball.”'),
            '-My paddle: a carbon polo paddle from Amazon (affiliate link)',
        ],
        [
            '+Our three games',
            '+9.00: lost 1–4 to the hosts, who had clearly done this before',
            '+11.30: drew 2–2 with a team from Sheffield',
            '-Me about to shoot in the last game (photo: our coach)',
            '+14.15: won 3–1, and the third goal was mine',
        ],
        [
            '-Sponsored content',
            '+We finished fifth of eight, which is not bad for a team that only got its own boats in March.',
            '+Next up is the regional league in September, and until then it is rolling practice every Tuesday.',
            '-See you on the water, Nell x',
        ],
        [
            '-Share this: Facebook · Pinterest · WhatsApp',
            '-I make polo ball bags from old spraydecks – find them in my Etsy shop.',
        ],
        [
            '-5 thoughts on “Our first canoe polo tournament”',
            '-Maisie R. says: Well done Nell! That third goal was brilliant.',
            '-Coach Dave says: Proud of every one of you. Rolling practice on Tuesday, no excuses.',
            "-↳ Nell says: Yes coach! I'll bring the nose clip this time.",
            '-Leave a Reply',
        ],
        [
            "-© 2026 Nell's Polo Pool · Theme: Twenty Twenty-Four · Powered by WordPress",
        ],
    ]),
    _page('fr', 'fr-portail-tintebourg-portes-ouvertes-fonderie-de-cloches', [
        [
            "-Le Réveil de Tintebourg – L'actualité du pays tintebourgeois depuis 1891",
            '-Accueil | Actualités | Sports | Culture | Agenda | Nécrologie',
            '-Accueil > Actualités > Tintebourg',
        ],
        [
            '+La fonderie de cloches de Tintebourg ouvre ses portes pour la première fois depuis 25 ans',
            '-Par Aurore Tintelier | Publié le 12/07/2026 à 08h15',
            '-4 min de lecture',
        ],
        [
            '-La coulée du bronze dans le moule. Photo : Le Réveil de Tintebourg',
            ('+Plus de 900 personnes ont fait la queue samedi rue de la Fonderie pour la première journée portes '
             'ouvertes depuis 2001.'),
            '-Partager sur Facebook | Partager sur X | Envoyer par WhatsApp',
            ('+La fonderie, qui coule des cloches à Tintebourg depuis 1784, fabrique une nouvelle cloche pour '
             "l'église Saint-Martin, dont l'ancienne s'est fêlée pendant l'hiver."),
        ],
        [
            "-À lire aussi : Les cloches de l'église se tairont pendant les travaux du clocher",
            ("+« Une cloche s'accorde deux fois : une fois dans le moule, une fois sur le tour », a expliqué le "
             'maître fondeur Basile Tocsinard.'),
            '-Publicité',
        ],
        [
            '+Le déroulé de la journée',
            '-Contenu sponsorisé : la véranda dont tout Tintebourg parle',
            '+10 h : moulage de la cloche en terre et crin de cheval dans la fosse de coulée',
            '+12 h 30 : coulée de 300 kilos de bronze à 1 100 degrés',
            "+15 h : accordage d'une cloche ancienne sur le tour vertical, puis premier coup",
        ],
        [
            "+La nouvelle cloche refroidira une semaine dans son moule avant d'être dégagée, nettoyée et accordée.",
            '-Voir notre diaporama de la journée (24 photos)',
            ('+La fonderie espère rouvrir au printemps prochain, quand la cloche sera installée et sonnera pour la '
             'première fois.'),
            '-Mots-clés : Tintebourg, cloches, patrimoine, portes ouvertes',
        ],
        [
            '-3 réactions',
            "-Sonneur71 : J'ai sonné cette vieille cloche pendant trente ans. Vivement la nouvelle !",
            "-↳ MarieC : Pareil, j'ai pleuré quand elle s'est fêlée !",
            '-↳ Sonneur71 : On ira tous à la première sonnerie au printemps.',
            "-Thierry L. : Une autre journée pendant les vacances d'été pour les enfants ?",
        ],
        [
            '-Suivez Le Réveil sur Facebook et Instagram',
            "-Les plus lus : Travaux de la rocade en mai | Le loto de l'école rapporte 2 000 €",
            '-© 2026 Le Réveil de Tintebourg. Tous droits réservés. | Mentions légales | Contact',
        ],
    ]),
    _page('fr', 'fr-blog-le-kayak-polo-de-margaux-premier-tournoi', [
        [
            '-Le kayak-polo de Margaux – une pagaie, un ballon et beaucoup de chlore',
            '-Accueil · À propos · Mon matériel · Contact',
            '-Suivez mes entraînements sur Instagram !',
        ],
        [
            "+Notre premier tournoi de kayak-polo : trois matchs, un but et beaucoup d'éclaboussures",
            '-Publié le 14 juin 2026 par Margaux · 5 commentaires',
            '-7 min de lecture',
            '-Cet article contient des liens affiliés : je touche une petite commission, sans frais pour vous.',
        ],
        [
            ('+Le week-end dernier, notre équipe féminine des moins de 18 ans a disputé son tout premier tournoi de '
             'kayak-polo, à la piscine de Rennes.'),
            '-Sommaire : 1. La préparation 2. Nos matchs 3. La suite',
            ('+Huit équipes étaient là, réparties en deux poules, et chaque match durait deux mi-temps de sept '
             'minutes, à cinq contre cinq.'),
        ],
        [
            "-L'alignement pour le sprint au début de notre premier match (photo : papa)",
            ('+Avant le premier coup de sifflet, notre entraîneur nous a réunies au bord du bassin : « Gardez la '
             "tête haute, pagayez vers l'espace libre et ne tournez jamais le dos au ballon. »"),
            '-Ma pagaie : une pagaie de polo en carbone, à voir sur Amazon (lien affilié)',
        ],
        [
            '+Nos trois matchs',
            "+9 h 00 : défaite 1-4 contre l'équipe locale, qui avait visiblement l'habitude",
            '+11 h 30 : match nul 2-2 contre une équipe de Nantes',
            '-Moi, juste avant de tirer pendant le dernier match (photo : notre entraîneur)',
            "+14 h 15 : victoire 3-1, et le troisième but, c'est moi qui l'ai marqué",
        ],
        [
            '-Annonces',
            ("+Nous avons fini cinquièmes sur huit, pas mal pour une équipe qui n'a ses propres bateaux que depuis "
             'mars.'),
            ("+Prochaine étape : le championnat régional en septembre, et d'ici là, entraînement à l'esquimautage "
             'tous les mardis.'),
            "-À bientôt sur l'eau, Margaux",
        ],
        [
            '-Partager : Facebook · Pinterest · WhatsApp',
            '-Je couds des sacs à ballons avec de vieilles jupes de kayak : ils sont dans ma boutique Etsy.',
        ],
        [
            '-5 réflexions sur « Notre premier tournoi de kayak-polo »',
            '-Léa B. dit : Bravo Margaux ! Ce troisième but était superbe.',
            "-Coach Yann dit : Fier de chacune d'entre vous. Esquimautage mardi, pas d'excuses.",
            '-↳ Margaux dit : Oui coach ! Je prends le pince-nez cette fois.',
            '-Laisser un commentaire',
        ],
        [
            '-© 2026 Le kayak-polo de Margaux · Thème : Twenty Twenty-Four · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-klangenried-tag-der-offenen-tuer-glockengiesserei', [
        [
            '-Klangenrieder Tagblatt – Die Zeitung für Klangenried und das Umland',
            '-Startseite | Lokales | Sport | Kultur | Immobilien | Trauer',
            '-Startseite › Lokales › Klangenried',
        ],
        [
            '+Glockengießerei Bronnhalder öffnet zum ersten Mal seit 25 Jahren ihre Tore',
            '-Von Henrike Läutenbrink | 12.07.2026, 08:15 Uhr',
            '-Lesezeit: 4 Minuten',
        ],
        [
            '-Die Bronze fließt in die Form. Foto: Klangenrieder Tagblatt',
            ('+Mehr als 900 Menschen standen am Samstag in der Gießereistraße Schlange, beim ersten Tag der offenen '
             'Tür seit 2001.'),
            '-Teilen auf Facebook | Teilen auf X | Per WhatsApp senden',
            ('+Die Gießerei, die seit 1784 in Klangenried Glocken gießt, fertigt eine neue Glocke für St. Martin, '
             'deren alte Glocke im Frost gesprungen ist.'),
        ],
        [
            '-Lesen Sie auch: Kirchenglocken schweigen während der Turmsanierung',
            ('+„Eine Glocke wird zweimal gestimmt: einmal in der Form und einmal auf der Drehbank“, sagte '
             'Gießermeister Konrad Bronnhalder.'),
            '-Anzeige',
        ],
        [
            '+So lief der Tag',
            '-Gesponsert: Der Wintergarten, über den ganz Klangenried spricht',
            '+10 Uhr: Formen der Glocke aus Lehm und Pferdehaar in der Gießgrube',
            '+12.30 Uhr: Guss von 300 Kilogramm Bronze bei 1100 Grad',
            '+15 Uhr: Stimmen einer alten Glocke auf der Drehbank und erster Anschlag',
        ],
        [
            '+Die neue Glocke kühlt eine Woche in ihrer Form ab, bevor sie ausgegraben, gereinigt und gestimmt wird.',
            '-Zur Bildergalerie des Tages (24 Fotos)',
            '+Die Gießerei will im nächsten Frühjahr wieder öffnen, wenn die Glocke hängt und zum ersten Mal läutet.',
            '-Schlagwörter: Klangenried, Glocken, Heimat, Tag der offenen Tür',
        ],
        [
            '-3 Kommentare',
            '-Glöckner77: Ich habe die alte Glocke dreißig Jahre geläutet. Ich freue mich auf die neue!',
            '-↳ JuttaS: Ich auch – ich habe geweint, als sie gesprungen ist!',
            '-↳ Glöckner77: Beim ersten Läuten im Frühjahr sind wir alle dabei.',
            '-Thomas K.: Gibt es noch einen Termin in den Sommerferien für die Kinder?',
        ],
        [
            '-Folgen Sie dem Tagblatt auf Facebook und Instagram',
            '-Meistgelesen: Umgehungsstraße wird ab Mai gebaut | Schulfest bringt 2000 Euro',
            '-© 2026 Klangenrieder Tagblatt GmbH. Alle Rechte vorbehalten. | Impressum | Datenschutz | Kontakt',
        ],
    ]),
    _page('de', 'de-blog-finjas-kanupolo-logbuch-erstes-turnier', [
        [
            '-Finjas Kanupolo-Logbuch – ein Paddel, ein Ball und viel Chlor',
            '-Start · Über mich · Ausrüstung · Kontakt',
            '-Folgt meinem Training auf Instagram!',
        ],
        [
            '+Unser erstes Kanupolo-Turnier: drei Spiele, ein Tor und jede Menge Spritzer',
            '-Veröffentlicht am 14. Juni 2026 von Finja · 5 Kommentare',
            '-7 Min. Lesezeit',
            ('-Dieser Beitrag enthält Affiliate-Links: Ich bekomme eine kleine Provision, für euch ändert sich '
             'nichts.'),
        ],
        [
            ('+Letztes Wochenende hat unser U18-Damenteam vom Kanuclub sein allererstes Kanupolo-Turnier gespielt, '
             'im Hallenbad in Essen.'),
            '-Inhalt: 1. Die Vorbereitung 2. Unsere Spiele 3. Wie es weitergeht',
            ('+Acht Teams waren da, in zwei Gruppen aufgeteilt, und jedes Spiel hatte zwei Halbzeiten zu sieben '
             'Minuten, fünf gegen fünf.'),
        ],
        [
            '-Aufstellung zum Sprint vor unserem ersten Spiel (Foto: Papa)',
            ('+Vor dem ersten Pfiff rief uns unser Trainer am Beckenrand zusammen: „Kopf hoch, paddelt in den freien '
             'Raum und dreht dem Ball nie den Rücken zu.“'),
            '-Mein Paddel: ein Carbon-Polopaddel, gibt es bei Amazon (Affiliate-Link)',
        ],
        [
            '+Unsere drei Spiele',
            '+9.00 Uhr: 1:4 verloren gegen die Gastgeberinnen, die das eindeutig nicht zum ersten Mal machten',
            '+11.30 Uhr: 2:2 gegen ein Team aus Duisburg',
            '-Ich kurz vor dem Torschuss im letzten Spiel (Foto: unser Trainer)',
            '+14.15 Uhr: 3:1 gewonnen, und das dritte Tor war meins',
        ],
        [
            '-Gesponserter Inhalt',
            '+Wir sind Fünfte von acht geworden, nicht schlecht für ein Team, das erst seit März eigene Boote hat.',
            ('+Als Nächstes kommt im September die Landesliga, und bis dahin heißt es jeden Dienstag Eskimorolle '
             'üben.'),
            '-Wir sehen uns auf dem Wasser, eure Finja',
        ],
        [
            '-Teilen: Facebook · Pinterest · WhatsApp',
            '-Aus alten Spritzdecken nähe ich Balltaschen – zu finden in meinem Etsy-Shop.',
        ],
        [
            '-5 Gedanken zu „Unser erstes Kanupolo-Turnier“',
            '-Lena B. sagt: Glückwunsch, Finja! Das dritte Tor war klasse.',
            '-Trainer Jens sagt: Stolz auf jede von euch. Rollentraining am Dienstag, keine Ausreden.',
            '-↳ Finja sagt: Jawohl! Diesmal bringe ich die Nasenklammer mit.',
            '-Schreibe einen Kommentar',
        ],
        [
            '-© 2026 Finjas Kanupolo-Logbuch · Theme: Twenty Twenty-Four · Mit Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-squillaterra-porte-aperte-fonderia-di-campane', [
        [
            '-La Gazzetta di Squillaterra – Le notizie della tua città dal 1902',
            '-Home | Cronaca | Sport | Cultura | Eventi | Necrologi',
            '-Home > Cronaca > Squillaterra',
        ],
        [
            '+La Fonderia Rintoccari apre le porte al pubblico per la prima volta in 25 anni',
            '-di Ersilia Bronzatelli | 12 luglio 2026, ore 8.15',
            '-Lettura: 4 minuti',
        ],
        [
            '-La colata del bronzo nello stampo. Foto: Gazzetta di Squillaterra',
            ('+Sabato più di 900 persone hanno fatto la fila in via della Fonderia per la prima giornata di porte '
             'aperte dal 2001.'),
            '-Condividi su Facebook | Condividi su X | Invia su WhatsApp',
            ('+La fonderia, che fonde campane a Squillaterra dal 1784, sta realizzando una nuova campana per la '
             'chiesa di San Martino, la cui vecchia campana si è incrinata con il gelo.'),
        ],
        [
            '-Leggi anche: Le campane della chiesa tacciono durante i lavori al campanile',
            ('+«Una campana si accorda due volte: una nello stampo e una al tornio», ha spiegato il maestro '
             'fonditore Vittorio Rintoccari.'),
            '-Annuncio pubblicitario',
        ],
        [
            '+Il programma della giornata',
            '-Contenuto sponsorizzato: la veranda di cui parla tutta Squillaterra',
            '+Ore 10: formatura della campana in argilla e crine di cavallo nella fossa di colata',
            '+Ore 12.30: colata di 300 chili di bronzo a 1100 gradi',
            '+Ore 15: accordatura di una vecchia campana al tornio verticale e primo rintocco',
        ],
        [
            ('+La nuova campana si raffredderà per una settimana nello stampo prima di essere estratta, pulita e '
             'accordata.'),
            '-Guarda la fotogallery della giornata (24 foto)',
            ('+La fonderia spera di riaprire la prossima primavera, quando la campana sarà issata e suonerà per la '
             'prima volta.'),
            '-Tag: Squillaterra, campane, tradizioni, porte aperte',
        ],
        [
            '-3 commenti',
            "-Campanaro77: Ho suonato quella vecchia campana per trent'anni. Non vedo l'ora di sentire la nuova!",
            "-↳ GiuliaM: Anch'io, ho pianto quando si è incrinata!",
            '-↳ Campanaro77: Alla prima suonata in primavera ci andiamo tutti.',
            "-Marco T.: Ci sarà un'altra giornata durante le vacanze estive per i bambini?",
        ],
        [
            '-Segui la Gazzetta su Facebook e Instagram',
            '-I più letti: Lavori alla tangenziale da maggio | La festa della scuola raccoglie 2000 euro',
            '-© 2026 Gazzetta di Squillaterra. Tutti i diritti riservati. | Privacy | Contatti',
        ],
    ]),
    _page('it', 'it-blog-canoa-polo-con-greta-primo-torneo', [
        [
            '-Canoa polo con Greta – una pagaia, una palla e tanto cloro',
            '-Home · Chi sono · La mia attrezzatura · Contatti',
            '-Segui i miei allenamenti su Instagram!',
        ],
        [
            '+Il nostro primo torneo di canoa polo: tre partite, un gol e tantissimi schizzi',
            '-Pubblicato il 14 giugno 2026 da Greta · 5 commenti',
            '-7 minuti di lettura',
            '-Questo articolo contiene link di affiliazione: guadagno una piccola commissione senza costi per te.',
        ],
        [
            ('+Lo scorso fine settimana la nostra squadra femminile under 18 ha giocato il suo primissimo torneo di '
             'canoa polo, nella piscina comunale di Bologna.'),
            '-Indice: 1. La preparazione 2. Le nostre partite 3. E adesso?',
            ("+C'erano otto squadre, divise in due gironi, e ogni partita durava due tempi da sette minuti, cinque "
             'contro cinque.'),
        ],
        [
            "-In fila per lo sprint all'inizio della prima partita (foto: papà)",
            ("+Prima del fischio d'inizio il nostro allenatore ci ha radunate a bordo vasca: «Testa alta, pagaiate "
             'verso lo spazio libero e non date mai le spalle alla palla.»'),
            '-La mia pagaia: una pagaia da polo in carbonio, la trovi su Amazon (link di affiliazione)',
        ],
        [
            '+Le nostre tre partite',
            '+Ore 9.00: sconfitta 1-4 contro le padrone di casa, che chiaramente lo avevano già fatto',
            '+Ore 11.30: pareggio 2-2 con una squadra di Ferrara',
            "-Io un attimo prima del tiro nell'ultima partita (foto: il nostro allenatore)",
            "+Ore 14.15: vittoria 3-1, e il terzo gol l'ho segnato io",
        ],
        [
            '-Spazio pubblicitario',
            '+Siamo arrivate quinte su otto, niente male per una squadra che ha le sue canoe solo da marzo.',
            ('+Il prossimo appuntamento è il campionato regionale a settembre, e fino ad allora eskimo tutti i '
             'martedì.'),
            '-Ci vediamo in acqua, Greta',
        ],
        [
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-Cucio sacche porta-palla con vecchi paraspruzzi: le trovi nel mio negozio Etsy.',
        ],
        [
            '-5 pensieri su “Il nostro primo torneo di canoa polo”',
            '-Sofia R. ha detto: Brava Greta! Il terzo gol era bellissimo.',
            '-Coach Luca ha detto: Orgoglioso di tutte voi. Eskimo martedì, niente scuse.',
            '-↳ Greta ha detto: Sì coach! Stavolta porto lo stringinaso.',
            '-Lascia un commento',
        ],
        [
            '-© 2026 Canoa polo con Greta · Tema: Twenty Twenty-Four · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-spiznowo-dzien-otwarty-ludwisarni', [
        [
            '-Głos Spiżnowa – Wiadomości z miasta i okolic od 1957 roku',
            '-Strona główna | Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi',
            '-Strona główna › Wiadomości › Spiżnowo',
        ],
        [
            '+Ludwisarnia Brązowickich po raz pierwszy od 25 lat otworzyła drzwi dla zwiedzających',
            '-Tekst: Halina Dzwonkiewicz | 12.07.2026, godz. 8:15',
            '-Czas czytania: 4 min',
        ],
        [
            '-Brąz wlewany do formy. Fot. Głos Spiżnowa',
            ('+W sobotę ponad 900 osób ustawiło się w kolejce na ulicy Odlewniczej, by zobaczyć pierwszy dzień '
             'otwarty od 2001 roku.'),
            '-Udostępnij na Facebooku | Udostępnij na X | Wyślij przez WhatsApp',
            ('+Ludwisarnia, która odlewa dzwony w Spiżnowie od 1784 roku, wykonuje nowy dzwon dla kościoła św. '
             'Marcina, którego stary dzwon pękł podczas mrozów.'),
        ],
        [
            '-Przeczytaj także: Dzwony kościoła zamilkną na czas remontu wieży',
            ('+„Dzwon stroi się dwa razy: raz w formie, raz na tokarce” – mówił mistrz ludwisarski Tadeusz '
             'Brązowicki.'),
            '-Reklama',
        ],
        [
            '+Tak wyglądał dzień',
            '-Materiał sponsorowany: oranżeria, o której mówi całe Spiżnowo',
            '+10:00: formowanie dzwonu z gliny i końskiego włosia w dole odlewniczym',
            '+12:30: wlewanie 300 kilogramów brązu o temperaturze 1100 stopni',
            '+15:00: strojenie starego dzwonu na tokarce pionowej i pierwsze uderzenie',
        ],
        [
            '+Nowy dzwon będzie stygł w formie przez tydzień, zanim zostanie odkopany, oczyszczony i nastrojony.',
            '-Zobacz galerię zdjęć z tego dnia (24 zdjęcia)',
            '+Ludwisarnia chce otworzyć się ponownie wiosną, gdy dzwon zawiśnie na wieży i zabrzmi po raz pierwszy.',
            '-Tagi: Spiżnowo, dzwony, dziedzictwo, dzień otwarty',
        ],
        [
            '-3 komentarze',
            '-Dzwonnik77: Dzwoniłem tym starym dzwonem trzydzieści lat. Czekam na nowy!',
            '-↳ AniaK: Ja też, płakałam, jak pękł!',
            '-↳ Dzwonnik77: Na pierwsze bicie wiosną idziemy wszyscy.',
            '-Marek T.: Czy będzie jeszcze dzień otwarty w wakacje dla dzieci?',
        ],
        [
            '-Obserwuj Głos Spiżnowa na Facebooku i Instagramie',
            '-Najczęściej czytane: Budowa obwodnicy od maja | Festyn szkolny zebrał 2000 zł',
            '-© 2026 Głos Spiżnowa. Wszelkie prawa zastrzeżone. | Polityka prywatności | Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-kajak-polo-u-oli-pierwszy-turniej', [
        [
            '-Kajak-polo u Oli – jedno wiosło, jedna piłka i mnóstwo chloru',
            '-Start · O mnie · Mój sprzęt · Kontakt',
            '-Śledźcie moje treningi na Instagramie!',
        ],
        [
            '+Nasz pierwszy turniej kajak-polo: trzy mecze, jeden gol i mnóstwo chlapania',
            '-Opublikowano 14 czerwca 2026 przez Olę · 5 komentarzy',
            '-7 minut czytania',
            '-Ten wpis zawiera linki afiliacyjne: dostaję niewielką prowizję, a ty nic nie dopłacasz.',
        ],
        [
            ('+W miniony weekend nasza drużyna kobiet do lat 18 zagrała swój pierwszy w historii turniej kajak-polo, '
             'na krytej pływalni w Poznaniu.'),
            '-Spis treści: 1. Przygotowania 2. Nasze mecze 3. Co dalej',
            ('+Przyjechało osiem drużyn, podzielonych na dwie grupy, a każdy mecz trwał dwie połowy po siedem minut, '
             'pięć na pięć.'),
        ],
        [
            '-Ustawiamy się do sprintu przed pierwszym meczem (fot. tata)',
            ('+Przed pierwszym gwizdkiem trener zebrał nas przy brzegu basenu: „Głowa do góry, płyńcie w wolne '
             'miejsce i nigdy nie odwracajcie się plecami do piłki”.'),
            '-Moje wiosło: karbonowe wiosło do polo, znajdziesz je na Allegro (link afiliacyjny)',
        ],
        [
            '+Nasze trzy mecze',
            '+9:00: porażka 1:4 z gospodyniami, które najwyraźniej nie grały pierwszy raz',
            '+11:30: remis 2:2 z drużyną z Bydgoszczy',
            '-Ja tuż przed strzałem w ostatnim meczu (fot. nasz trener)',
            '+14:15: wygrana 3:1, a trzecią bramkę strzeliłam ja',
        ],
        [
            '-Treść sponsorowana',
            '+Zajęłyśmy piąte miejsce na osiem, nieźle jak na drużynę, która ma własne kajaki dopiero od marca.',
            '+Następny jest wrześniowy turniej ligi okręgowej, a do tego czasu we wtorki ćwiczymy eskimoskę.',
            '-Do zobaczenia na wodzie, Ola',
        ],
        [
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '-Ze starych fartuchów kajakowych szyję worki na piłki – są w moim sklepie na Etsy.',
        ],
        [
            '-5 komentarzy do „Nasz pierwszy turniej kajak-polo”',
            '-Zuzia W. napisała: Brawo, Ola! Ta trzecia bramka była super.',
            '-Trener Piotr napisał: Jestem dumny z każdej z was. Eskimoska we wtorek, bez wymówek.',
            '-↳ Ola napisała: Tak jest! Tym razem wezmę klips na nos.',
            '-Dodaj komentarz',
        ],
        [
            '-© 2026 Kajak-polo u Oli · Motyw: Twenty Twenty-Four · Dumnie wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-zvontsovo-den-otkrytykh-dverei-kolokolnogo-zavoda', [
        [
            '-Звонцовский вестник — новости города и района с 1931 года',
            '-Главная | Новости | Спорт | Культура | Афиша | Некрологи',
            '-Главная › Новости › Звонцово',
        ],
        [
            '+Колокольный завод Гудимировых впервые за 25 лет открыл двери для гостей',
            '-Текст: Мирон Благозвонов | 12.07.2026, 08:15',
            '-Время чтения: 4 мин',
        ],
        [
            '-Бронза льётся в форму. Фото: «Звонцовский вестник»',
            ('+В субботу больше 900 человек выстроились в очередь на Литейной улице, чтобы попасть на первый день '
             'открытых дверей с 2001 года.'),
            '-Поделиться: ВКонтакте | Одноклассники | Telegram',
            ('+Завод, который льёт колокола в Звонцове с 1784 года, делает новый колокол для Никольской церкви: '
             'старый треснул в мороз.'),
        ],
        [
            '-Читайте также: Колокола храма замолчат на время ремонта колокольни',
            ('+«Колокол настраивают дважды: один раз в форме, второй — на станке», — рассказал мастер-литейщик Пётр '
             'Гудимиров.'),
            '-Реклама',
        ],
        [
            '+Как прошёл день',
            '-Партнёрский материал: зимний сад, о котором говорит всё Звонцово',
            '+10:00 — формовка колокола из глины и конского волоса в литейной яме',
            '+12:30 — заливка 300 килограммов бронзы при температуре 1100 градусов',
            '+15:00 — настройка старого колокола на вертикальном станке и первый удар',
        ],
        [
            '+Новый колокол будет остывать в форме неделю, потом его откопают, очистят и настроят.',
            '-Смотрите фотогалерею дня (24 фото)',
            '+Завод надеется снова открыть двери весной, когда колокол поднимут на колокольню и он зазвонит впервые.',
            '-Теги: Звонцово, колокола, наследие, день открытых дверей',
        ],
        [
            '-3 комментария',
            '-Звонарь77: Тридцать лет звонил в этот старый колокол. Жду новый!',
            '-↳ ОльгаП: И я, плакала, когда он треснул!',
            '-↳ Звонарь77: На первый звон весной пойдём все вместе.',
            '-Андрей К.: А будет ещё день открытых дверей летом для детей?',
        ],
        [
            '-Подписывайтесь на «Звонцовский вестник» во ВКонтакте и Telegram',
            '-Самое читаемое: Объездную начнут строить в мае | Школьная ярмарка собрала 20 тысяч рублей',
            '-© 2026 «Звонцовский вестник». Все права защищены. | Политика конфиденциальности | Контакты',
        ],
    ]),
    _page('ru', 'ru-blog-kanoe-polo-s-asei-pervyi-turnir', [
        [
            '-Каноэ-поло с Асей — одно весло, один мяч и очень много хлорки',
            '-Главная · Обо мне · Моё снаряжение · Контакты',
            '-Подписывайтесь на мой Telegram-канал о тренировках!',
        ],
        [
            '+Наш первый турнир по каноэ-поло: три матча, один гол и море брызг',
            '-Опубликовано 14 июня 2026 автором Ася · 5 комментариев',
            '-7 минут чтения',
            '-В посте есть партнёрские ссылки: я получаю небольшую комиссию, для вас цена не меняется.',
        ],
        [
            ('+В прошлые выходные наша женская команда до 18 лет сыграла свой самый первый турнир по каноэ-поло — в '
             'бассейне в Казани.'),
            '-Содержание: 1. Подготовка 2. Наши матчи 3. Что дальше',
            ('+Приехали восемь команд, их разделили на две группы, и каждый матч длился два тайма по семь минут, '
             'пять на пять.'),
        ],
        [
            '-Выстраиваемся на спурт перед первым матчем (фото: папа)',
            ('+Перед первым свистком тренер собрал нас у бортика: «Голову выше, гребите в свободное место и никогда '
             'не поворачивайтесь к мячу спиной».'),
            '-Моё весло: карбоновое весло для поло, есть на Ozon (партнёрская ссылка)',
        ],
        [
            '+Наши три матча',
            '+9:00 — поражение 1:4 от хозяек, которые явно играли не в первый раз',
            '+11:30 — ничья 2:2 с командой из Самары',
            '-Я за секунду до броска в последнем матче (фото: наш тренер)',
            '+14:15 — победа 3:1, и третий гол забила я',
        ],
        [
            '-Спонсорский материал',
            '+Мы заняли пятое место из восьми — неплохо для команды, у которой свои лодки появились только в марте.',
            '+Дальше — региональная лига в сентябре, а до тех пор каждый вторник тренируем эскимосский переворот.',
            '-До встречи на воде, Ася',
        ],
        [
            '-Поделиться: ВКонтакте · Pinterest · WhatsApp',
            '-Шью сумки для мячей из старых юбок для каяка — они на Ярмарке Мастеров.',
        ],
        [
            '-5 комментариев к записи «Наш первый турнир по каноэ-поло»',
            '-Катя Р. пишет: Ася, молодец! Третий гол был шикарный.',
            '-Тренер Игорь пишет: Горжусь каждой из вас. Переворот во вторник, без отговорок.',
            '-↳ Ася пишет: Есть! В этот раз возьму зажим для носа.',
            '-Оставить комментарий',
        ],
        [
            '-© 2026 Каноэ-поло с Асей · Тема: Twenty Twenty-Four · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Sketchfab 3D model – click to start the viewer (requires WebGL).':
        ('an English Sketchfab 3D model waiting for a click, with its WebGL requirement ("Sketchfab 3D model – click '
         'to start the viewer (requires WebGL).") is left in the body'),
    "Vidéo France.tv retirée à la demande de l'ayant droit.":
        ('a French France.tv video withdrawn at the rights holder\'s request ("Vidéo France.tv retirée à la demande '
         'de l\'ayant droit.") is left in the body'),
    'ARD-Mediathek: Dieses Video ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.':
        ('a German ARD-Mediathek video held back until 10pm for the protection of minors ("ARD-Mediathek: Dieses '
         'Video ist aus Gründen des Jugendschutzes erst ab 22 Uhr verfügbar.") is left in the body'),
    'Odtwarzacz TVP VOD: materiał dostępny tylko po zalogowaniu.':
        ('a Polish TVP VOD player item for logged-in users only ("Odtwarzacz TVP VOD: materiał dostępny tylko po '
         'zalogowaniu.") is left in the body'),
    'Трансляция VK Видео завершена, запись появится позже.':
        ('a Russian VK Video live stream that has ended, its recording to come later ("Трансляция VK Видео '
         'завершена, запись появится позже.") is left in the body'),
    'Heads up: this write-up clocks in at around 12 minutes.':
        ('a blog\'s heads-up line with the minutes the write-up clocks in at ("Heads up: this write-up clocks in at '
         'around 12 minutes.") is left at the head'),
    'Durata della lettura: circa 6 minuti':
        ('the Italian reading-duration (durata della lettura) label with circa ("Durata della lettura: circa 6 '
         'minuti") is left at the head'),
    'Текст и фото — Евдокия Звоннарская':
        'a Russian text-and-photo byline with a dash ("Текст и фото — Евдокия Звоннарская") is left at the head',
    'Vous avez atteint la limite de 3 commentaires par jour.':
        ('a French daily-comment-limit-reached note ("Vous avez atteint la limite de 3 commentaires par jour.") is '
         'left at the foot'),
    'Hai già espresso il tuo voto su questo commento.':
        ('an Italian you-already-voted-on-this-comment note ("Hai già espresso il tuo voto su questo commento.") is '
         'left at the foot'),
    'Оставлять комментарии могут только пользователи, подтвердившие номер телефона.':
        ('a Russian phone-verified-users-only comment prompt ("Оставлять комментарии могут только пользователи, '
         'подтвердившие номер телефона.") is left at the foot'),
    'Hinweis: Dieser Artikel erschien zuerst in der gedruckten Ausgabe vom 14. Mai.':
        ('a German first-appeared-in-the-print-edition note ("Hinweis: Dieser Artikel erschien zuerst in der '
         'gedruckten Ausgabe vom 14. Mai.") is left in the body'),
    'Ten artykuł pochodzi z archiwum i może zawierać nieaktualne informacje.':
        ('a Polish archived-article-may-be-out-of-date note ("Ten artykuł pochodzi z archiwum i może zawierać '
         'nieaktualne informacje.") is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-clangmoor-bell-foundry-open-day':
        ('the English bell foundry open day report keeps the sponsored headline ("Sponsored: The garden room '
         'everyone in Clangmoor is talking about") between the subheading and the first list row (1 of 20 noise '
         'lines); no article line is lost'),
    'it-blog-canoa-polo-con-greta-primo-torneo':
        ('the Italian canoe polo tournament blog post keeps the table of contents ("Indice: 1. La preparazione'
         ' 2. Le nostre partite 3. E adesso?") between the first and second paragraphs and the action photo\'s '
         'caption ("Io un attimo prima del tiro nell\'ultima partita (foto: il nostro allenatore)") between the'
         ' second and third list rows (2 of 20 noise lines); no article line is lost'),
    'pl-blog-kajak-polo-u-oli-pierwszy-turniej':
        ('the Polish canoe polo tournament blog post keeps the action photo\'s caption ("Ja tuż przed strzałem '
         'w ostatnim meczu (fot. nasz trener)") between the second and third list rows (1 of 20 noise lines); '
         'no article line is lost'),
}

test_held_out_230_line, test_held_out_230_line_is_kept, test_held_out_230_page = held_out_tests(
    HELD_OUT_230_LINES, HELD_OUT_230_KEEP, HELD_OUT_230_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
