"""Held-out set 198: written blind, weighted toward the noise the cleaner exists for, in shapes set 196's docstring does
not name (nor the first paragraphs of sets 193, 194 and 195): scraper, embed and ad markers (an English Flourish graphic
unpublished by its creator "Flourish graphic unavailable: this visualisation has been unpublished by its creator.", an
English Strava activity hidden by the athlete's privacy settings "Strava activity could not be shown because the
athlete's privacy settings hide this route.", an English Spotify episode marked explicit "This Spotify episode is marked
explicit and can't be played in the embedded player.", a French Twitch live stream that ended before its replay is up
"Le direct Twitch est terminé : la rediffusion n'est pas encore disponible.", a German Padlet board whose share link
expired "Padlet-Pinnwand kann nicht angezeigt werden: Der Freigabelink ist abgelaufen.", an Italian embedded Google
Forms questionnaire that no longer takes answers "Il questionario di Google Moduli incorporato qui non accetta più
risposte.", a Polish Player.pl recording blocked outside Poland "Nagranie z Player.pl nie jest dostępne poza granicami
Polski." and a Russian VK Video clip restricted by its community "VK Видео: ролик недоступен, так как сообщество
ограничило к нему доступ."); reading-time headers in new wordings (the English stopwatch label "⏱ 4 min read", a blog's
long-read-alert line "Long read alert: about 20 minutes, with plenty of photos", the French you-will-need line "Il vous
faudra environ 4 minutes pour lire cet article", the German this-text-is-read-in line "Dieser Text ist in etwa 4 Minuten
gelesen", the Italian you-need-about line "Ti servono circa 4 minuti per leggere questo articolo", the Polish a-read-for
label "Lektura na 4 minuty" and the Russian reading-will-take line "Прочтение займёт около 4 минут"); bylines and
self-promotion (an English reporting-and-additional-reporting byline "Reporting by Perpetua Glasswick; additional
reporting by Ned Crumbwhistle", an English name-role-date byline row "Barnaby Hobbletwine | Community reporter |
Thursday 5 March 2026", a German a-contribution-by byline "Ein Beitrag von Hiltrud Wermelskamp" and an Italian
from-our-correspondent byline "Dal nostro inviato Ermenegildo Fassolari", all at the head, and at the foot an English
Vinted steamer-baskets plug "Bamboo steamer baskets I've relined are on my Vinted page – collection in Leeds or tracked
post.", a French Etsy tortilla-presses plug with Mondial Relay shipping "Mes presses à tortillas en chêne sont en vente
sur Etsy, avec livraison en Mondial Relay.", a Polish Allegro Lokalnie nougat plug with Orlen Paczka shipping "Nugat z
miodem sprzedaję na Allegro Lokalnie – odbiór osobisty w Kazimierzu Dolnym albo wysyłka Orlen Paczką." and a Russian
rolling-pins-to-order plug with Boxberry shipping "Скалки для лагмана вытачиваю на заказ — пишите в Телеграм, отправляю
Boxberry."); blog and site footers (the English Bear Blog credit "Made with Bear ʕ•ᴥ•ʔ", an English IPSO regulation line
"This newspaper is regulated by IPSO, the Independent Press Standards Organisation.", an English web-agency credit with
accessibility and sitemap links "Site design and build: Ferncastle Digital · Accessibility · Sitemap", a French SPIP
credit with its private-area link "Site propulsé par SPIP · Espace privé · Plan du site", a German TYPO3 and Mittwald
credit "Realisiert mit TYPO3 · Hosting: Mittwald", an Italian publisher's VAT-number and share-capital line "Editoriale
Brugnolena S.r.l. – P. IVA 03187450164 – Capitale sociale i.v. € 10.000", a Polish nazwa.pl host line with accessibility
and GDPR links "Hosting: nazwa.pl · Deklaracja dostępności · RODO" and a Russian Tilda credit "Сделано на Tilda ·
Политика конфиденциальности"); reader-comment furniture (an English commenting-closes-at note "Commenting on this
article closes at midnight on Sunday.", an English load-more link with a remaining count "Load more comments (18
remaining)", an English sort menu "Sort by: Top comments ▾", a French sort row "Trier par : les plus récents · les plus
anciens · les mieux notés", a German show-all-replies link "Alle Antworten einblenden (4)", an Italian log-in-to-vote
prompt "Accedi con il tuo account per votare i commenti.", a Polish show-replies-and-order row "Pokaż odpowiedzi (5) ·
Najnowsze na górze" and a Russian more-comments link "Ещё 14 комментариев — показать"); share rows (an English
send-this-story row with Messenger and SMS "Send this story: WhatsApp · Messenger · SMS", a German share-this-post row
with Threads and Xing "Diesen Beitrag teilen: Threads · Xing · E-Mail" and a Polish share row with Threads "Podziel się:
Threads · Telegram · E-mail"); and notices (a French correction note "Une erreur s'est glissée dans une version
précédente de cet article : la procession part bien de la mairie." and an Italian audio-version note "Questo articolo è
disponibile anche in versione audio.", both in the body, and a Russian supported-by-a-grant note "Материал подготовлен
при поддержке Президентского фонда культурных инициатив." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 196's docstring does not describe (on the six portal pages, in eight blocks, the masthead with its
tagline, a date-and-weather line and the section menu in one block of three at the very top, the menu last; a breadcrumb
above the title and the byline and the reading time under it in one block of four, the title second; the lead photo's
caption and its credit between the first and second paragraphs, inside their block (a block of four); a read-also link
above the paragraph with the quote and a share row below it (a block of three); an ad label and a sponsored headline
between the second and third rows, inside the list block (a block of six); a tags line and a news-tip prompt between the
two last paragraphs, inside their block (a block of four); a thread of four lines alone in a block (a comment count, a
comment, the reporter's arrowed reply to it and a second reader's comment); and at the foot a links row and the
publisher's copyright line; on the six blog pages, in nine blocks, a skip-to-content link, the blog name and its tagline
in one block of three at the very top; the title at the top of a block of three with the posted-on-by line and the
reading time under it; an affiliate-links disclosure and a table of contents (its heading and two numbered entries)
alone in a block of four; the photo caption between the first and second paragraphs, inside their block (a block of
three); a Pinterest-first share row above the paragraph with the quote (a block of two); the subheading and the three
rows with an affiliate link between the first and second rows, inside the list block (a block of five); a related-post
link between the two last paragraphs, inside their block (a block of three); a thread of four lines alone in a block (a
comments heading with its count, a comment, the author's arrowed reply and a second comment left unanswered); and at the
foot a plug for the author's classes, market stalls, outings or workshops, the author's copyright line and a
platform-and-theme credit in one block of three), taken from local news of fresh kinds (a stone mounting block by the
inn restored, a snowdrop walk in the churchyard, a lantern procession through the lanes, the village tug-of-war team,
the ferry boat repainted, a glow-worm count on the old railway path) and from blogs about steamed dumplings, an apple
strudel stretched by hand, hand-pulled noodles, corn tortillas pressed at home, nougat with honey and almonds and
truffle hunting with a dog.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 196 but what is named here), held-out set 197 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (but see note 2 for one
listing). Read were: the docstring of held-out set 196 up to and including its paragraph "Baseline", its imports and its
tail from the ``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string
search), and the first paragraphs of the docstrings of sets 193, 194 and 195, printed with one ast script
(/tmp/s198scratch/peek.py, docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py
(in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``
(/tmp/s198scratch/helpers.py, with SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All
of these were read from the frozen worktree /tmp/wt-s198 (detached at the commit named below), as the brief asks. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 196's as
printed, with 196 -> 198; /tmp/s198scratch/gen198.py writes this file from scratch files (data198.py with the noise and
keep lines, pages198.py with the pages, doc.txt with the docstring and, after the measurement, tables198.py with the
xfail tables and baseline.txt with the Baseline paragraph). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s198, detached at commit
485f1dbfe45c0c1e7ca469fd87dc0c52949e278a, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 21:57:08 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed one untracked file (``?? docs/held_out_briefs/round_129_draft.md``,
not opened) and ``git rev-parse HEAD`` printed 1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, so main has moved past the
brief's commit; both worktrees were made at the brief's commit 485f1dbfe45c0c1e7ca469fd87dc0c52949e278a with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) A slip: right
after making the worktrees I ran ``ls /tmp/wt-s198/tests/test_clean_held_out_19*.py`` to see that sets 193 to 196 are in
the frozen worktree; this listed file names of the tests/ folder (test_clean_held_out_19.py and
test_clean_held_out_190.py to test_clean_held_out_196.py), which the brief forbids; only those names were shown, no
content, and nothing else of the folder was listed. (3) peek.py printed set 196's docstring paragraphs (split on blank
lines) up to and including the one starting "Baseline", set 196's import lines, its tail from the line of the
module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 193, 194 and 195. Its first
run printed to the terminal, which the tool cut in the middle (it showed set 193's first paragraph and the start of set
194's, and the end, from inside set 196's "Judgement calls" paragraph to the end of the file, all allowed parts); the
second run went to /tmp/s198scratch/peek.out (552 lines, all of them allowed parts), of which I paged lines 125 to 330
with ``sed`` (in two pieces); nothing else of any set file was printed. helpers.py imports test_clean, which loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed; nothing was
installed. (4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from
them: no embed service named there (Podbean, Datawrapper, Matterport, Instagram, Google Maps, Vimeo, Apple Podcasts,
Dzen, Bandcamp, Issuu, Sketchfab, Dailymotion, ARD Mediathek, RaiPlay, CDA, Rutube, Scribd, SoundCloud, TikTok,
Audioboom, Genially, Ausha, Podigee, Spreaker, TVP VOD and the ones set 196's notes list) is used for a held-out marker
(Flourish, Strava, Spotify, Twitch, Padlet, Google Forms, Player.pl and VK Video are), and the failures are of other
kinds (unpublished by its creator, privacy settings, an explicit episode, a stream that ended, an expired share link, a
form closed to answers, a geoblock, a community restriction); the reading times avoid the phrasings named there; the
bylines are of new shapes (reporting and additional reporting, a name-role-date row, ein Beitrag von, dal nostro
inviato); the footers use hosts, builders and legal lines not named there (Bear, an IPSO line, a web-agency credit,
SPIP, TYPO3 with Mittwald, an Italian P. IVA and share-capital line, nazwa.pl, Tilda); the plugs name Vinted, Etsy,
Mondial Relay, Allegro Lokalnie, Orlen Paczka and Boxberry, none named there; the comment lines are a closing-time note,
a load-more link, sort menus and rows, show-replies links and a log-in-to-vote prompt; the notices are a correction
note, an audio-version note and a grant-support note. Page furniture (reading times such as "3 min read", "Lesezeit: 3
Min." and "Время чтения: 3 минуты", ad labels, share rows, links rows, copyright lines, the Amazon, Allegro and
Wildberries affiliate links) is ordinary, not held-out, and some of it is of common kinds; for the page credits I
avoided the themes named in the read docstrings and notes (Hemingway, Ashe, Kale, Sinatra, Lovecraft and Sela are used).
(5) Every invented name was checked with the ``find_string`` tool (exact string, case-insensitive, over public GitHub
files). Names with hits were dropped and replaced: Saltmarket (a street and code identifiers), Sallowmere and
Cragglethorpe (invented places and names in other repositories) before Pennyfother; Askerby and Pleasby (inside other
words, one a Norwegian place name) before Pumblecote; Framboisier (a word and a surname) before Brouchardet; Dürrwanger
(a surname and street) before Kübelwanger; Brivasco (two incidental hits inside other words) before Varmoleno; Ferracuti
(a surname) before Sgarbolenti; Szczypiorek (a word) before Chrzanowiecka; Kołodziejak (a surname) before Powróślak;
Pokrzywnicy (a real village) before Jeżynowiec and Jeżynowca; Ольховый Брод (a game's village) before Ветлужный Омут;
Сосновцева and Плетнёва (surnames) before Толокнянская and Ряскинова; Кухня на пятом этаже (one hit) before Лапша с
пятого этажа; Thistlemoor (chosen for Ned Harrowgate, whose surname I had seen in a hit) before Crumbwhistle;
Quillfeather before Hobbletwine; Valvestra (hits inside code identifiers) before Brugnolena; Pierrot_Gourmand (one hit)
before Pierrot_de_Dieulefit. No hits for: Cobbleholt, Winifred Pennyfother, Pennyfother, Trevannick, Marian Goodlove,
Little Pleat Kitchen, Pumblecote, Vernouillac, Brouchardet, Coudrivet, Armelle Coudrivet, Le Chaudron de Margaux,
Pellerinot, Quellenstetten, Quellenstettener, Feldhäuslinger, Kübelwanger, Mehlstaub am Ärmel, Zwetschkbauer, Varmoleno,
Sgarbolenti, Bassagnoli, Renzo Bassagnoli, Il Naso di Tobia, Scanzabecchi, Pokrzywnica Górna, Głos Pokrzywnicy (both
dropped with the village), Jeżynowiec, Jeżynowca, Chrzanowiecka, Powróślak, Kukurydziany Zeszyt, Wierzbołowicz,
Ветлужный Омут, Ветлужного Омута, Толокнянская, Ряскинова, Лапша с пятого этажа, Коржевская, Perpetua Glasswick,
Crumbwhistle, Hobbletwine, Wermelskamp, Fassolari, Ferncastle Digital, Brugnolena and the handles HorseyHelen,
Dumplingdad, Mimi_des_Ormes, Pierrot_de_Dieulefit, Gartenfee_71, Lucia_del_lago, Fausto_trifolau, Kasia_z_Jezynowca,
Tomek_gotuje and Нина_Петровна. Bare first names and common names of commenters and characters (Helen, Tom_B, Mrs Liang,
Sally R., Gwen, Claudine, Jeannot47, Margaux, Hubert K., Brigitte, Resi, Backmaus, Beppe62, Gabriella, Aurelio, Marek
W., Ania, Olga, Виктор_С, Марина, Ульяна, Дастан, Mr Harrow) were not checked, and real places (Leeds, Montélimar, the
Drôme, Lecco, Emilia, Opole, Kraków, Kazimierz Dolny, Oaxaca, Bishkek, Karakol, Kazan, the Steiermark) and services are
named as real pages do. (6) Checks run with small scripts before the measurement: the counts by category, language and
place of the lines and keep lines, 10 article and 20 noise lines on every page, the block shapes, no at-sign, no line of
the file over 120 columns, the file read back (its lists equal the scratch data), and no noise line inside another line
of its page or inside any held-out or keep line (case-insensitive). That check found three: the Russian blog's
table-of-contents heading "Содержание" inside a list row ("... с высоким содержанием клейковины", reworded to "Мука
высшего сорта, в которой много клейковины."), the German portal's ad label "Anzeige" inside the German held-out comment
line (first "Antworten anzeigen (4)", reworded to "Alle Antworten einblenden (4)") and the Russian portal's ad label
"Реклама" inside the Russian keep line (first "Реклама на фасадах ...", reworded to "Рекламные вывески на фасадах ...");
after that it found none. The blogs' comment headings quote the post's title (the title is inside a noise line, not the
other way round), as WordPress prints them. (7) The measurement: ``date`` printed Sun Dec 6 22:03:14 UTC 2026 right
before the one run of the two commands of the Baseline paragraph, on the file final but for the empty xfail tables and
this paragraph and the Baseline one; the problems of each failing case were then printed with ``_problems``
(/tmp/s198scratch/probs.py, with /tmp/wt-s198/src and /tmp/wt-s198/tests on the path), and the 16 failing cases were
written into the three tables; the final file was checked again with the pytest command in /tmp/wt-s198 (see the
Baseline paragraph). The work took about ten minutes by ``date`` from the start to the commit, well inside the brief's
50 minutes.

Judgement calls: the keep lines are article sentences from council, village and parish reports that open with or hold a
noise-like word ("Comments made by the parish clerk ...", "Share prices of the two local bus operators ...", "Reading
the old minute books ...", "Follow-up inspections ...", "Advertising for the vacant clerk's post ...", "Copyright in the
photographs ...", "Subscribers to the heating oil buying club ...", "Les commentaires du maire ...", "Partager les frais
de déneigement ...", "S'abonner à la cantine ...", "Teilen wollen die beiden Gemeinden ...", "Folgen hatte der Sturm
...", "Werbung für das Dorffest ...", "Condividere lo scuolabus ...", "Leggere i vecchi registri parrocchiali ...",
"Commenti entusiasti ...", "Komentarze mieszkańców ...", "Udostępnienie szkolnej sali gimnastycznej ...", "Подписаться
под обращением ..." and "Рекламные вывески на фасадах ..."): each is a full sentence with a subject, a verb and a fact
of a local story, so article. Borderline categories: the plugs (Vinted, Etsy, Allegro Lokalnie, Telegram-and-Boxberry)
are bylines and self-promotion, at the foot, since they sell the author's wares in the author's voice; the
name-role-date row is a byline, not a date line; the Bear, IPSO, agency, SPIP, TYPO3, P. IVA, nazwa.pl and Tilda lines
are footers (they speak of the site or the publisher, not of the article); the closing-time note, the load-more link,
the sort menu and rows, the show-replies links and the log-in-to-vote prompt are comment furniture; the English, German
and Polish rows are share rows; the French correction note and the Italian audio-version note are notices in the body
(both speak of the article they sit in), and the Russian grant note is a notice at the foot (it speaks of this
material's funding; not a footer, since it is printed under this article only). On every page the title, the three
paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads with taglines, date-and-weather lines, menus, breadcrumbs, bylines,
reading times, captions and credits, read-also links, share rows, ad labels, sponsored headlines, tags lines, news-tip
prompts, comment counts, comments and replies, links rows, copyright lines, skip links, blog names and taglines,
posted-on lines, affiliate disclosures and links, tables of contents, related-post links, plugs and platform credits) is
noise. The list rows (how the mounting block was mended, the procession's route, what the churchyard walkers learned,
the ferry's yard work, the road to the tug-of-war final, how the glow-worms were counted, and what went into the
dumplings, the nougat, the strudel, the truffle hunter's rucksack, the tortillas and the noodles) are short but part of
each article, so article; the portals' ad labels and sponsored headlines are noise though they sit between the second
and third list rows; the portals' captions and credits are noise though they sit between the first and second
paragraphs; the tags lines and news-tip prompts are noise though they sit between the two last paragraphs; the blogs'
affiliate links name a tool the author used but are shop links, so noise though they sit between the first and second
list rows; the blogs' related-post links are noise though they sit between the two last paragraphs; the plugs ("I run
small dumpling-folding evenings at the community hall – dates are on the Classes page." and the like) speak in the
author's voice but advertise, so noise; the arrowed replies in the threads are comment furniture, so noise; the bare
bylines "Par Solange Brouchardet", "di Donatella Sgarbolenti", "Tekst: Bożena Chrzanowiecka" and "Автор: Агриппина
Толокнянская" and the bare posted-on lines are page furniture; the one-word table-of-contents headings ("Contents",
"Sommaire", "Inhaltsverzeichnis", "Indice dei contenuti", "Spis treści", "Содержание") and their numbered entries are
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-cobbleholt-mounting-block (a stone
mounting block by the Wheatsheaf inn restored), en-blog-little-pleat-dumplings (a first good batch of steamed pork and
chive dumplings), fr-portail-vernouillac-lanternes (a Candlemas lantern procession through the lanes revived),
fr-blog-chaudron-margaux-nougat (white nougat with lavender honey and almonds),
de-portal-quellenstetten-schneegloeckchen (a snowdrop walk in the old churchyard), de-blog-mehlstaub-apfelstrudel (an
apple strudel with dough stretched by hand), it-portale-varmoleno-traghetto (the lake ferry repainted in its old
colours), it-blog-naso-di-tobia-tartufi (a lagotto's first black truffle), pl-portal-jezynowiec-przeciaganie-liny (the
village tug-of-war team off to the regional championship), pl-blog-kukurydziany-zeszyt-tortille (corn tortillas from
nixtamalised grain, pressed at home), ru-portal-vetluzhny-omut-svetlyachki (a glow-worm count on an old railway
embankment) and ru-blog-lapsha-s-pyatogo-etazha (hand-pulled noodles for lagman), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 485f1dbfe45c0c1e7ca469fd87dc0c52949e278a, measured with ``cd /tmp/wt-s198 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s198/src python -m pytest -q tests/test_clean_held_out_198.py -rA -p
no:cacheprovider`` (16 failed, 61 passed) and ``cd /tmp/wt-s198 && PYTHONPATH=/tmp/wt-s198/src python
scripts/clean_held_out_report.py --sets 198``, with the xfail tables empty, at 22:03:14 UTC by ``date``): noise lines
removed 38/45 (marker 5/8, reading-time 7/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 1/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the French Twitch, Italian Google
Forms and Polish Player.pl lines), one byline at the head (the English name-role-date row), one comment line at the foot
(the Italian log-in-to-vote prompt) and two notices in the body (the French correction note and the Italian
audio-version note); the English Flourish, Strava and Spotify markers and the Russian VK Video marker, all seven reading
times, the other three bylines at the head and all four plugs at the foot, all eight footers, the other seven comment
lines, every share row and the Russian grant notice went); keep lines kept 20/20; pages 3/12 clean, 27 of 240 page noise
lines left and 0 of 120 article lines lost. Clean: the English mounting-block, Italian ferry and Polish tug-of-war
portal pages. Left: on the French lantern-procession and German snowdrop-walk portal pages the news-tip prompt between
the two last paragraphs and three lines of the thread (two comments and the reporter's arrowed reply; the count went) (4
each); on the Russian glow-worm portal page three lines of the thread (two comments and the arrowed reply) (3); on the
English dumplings blog the tagline in the top block, the photo caption between the first and second paragraphs and the
affiliate link between the first and second list rows (3); on the French nougat blog the photo caption, the
Pinterest-first share row above the quote and the affiliate link (3); on the German strudel, Italian truffle and Polish
tortilla blogs the photo caption and the affiliate link (2 each); on the Russian noodle blog the blog name, the tagline,
the photo caption and the affiliate link (4). Lost: no page and no keep line loses an article line. The failing cases
are strict xfails; with them the pytest command on the final file in /tmp/wt-s198 gave 61 passed, 16 xfailed, no XPASS.

Measured after round 129 (developed on sets 195 and 196 from 485f1db, the same cleaner this set was written against;
measured on it blind by the lead with test_clean._problems of every case before and after): three pages moved. The
French, German and Russian portals' threads go at the foot (the newsroom's reply with the desk in brackets, "↳ Solange
Brouchardet (L'Écho) : ...", now a reply by round 129's comment_threads._REPLIER_DESK), and the French news-tip prompt
with the contact form ("Une info à nous signaler ? Écrivez-nous via le formulaire de contact.") goes by round 129's
contact-form call; the French and Russian portals are clean (xfails removed), the German one keeps its news-tip prompt
that names no form ("Sie haben einen Hinweis für uns? Schreiben Sie der Lokalredaktion.", reason reworded). Noise lines
38 of 45, keep 20 of 20, pages clean 3 -> 5 of 12, page noise lines left 27 -> 17 of 240, article lines lost 0 of 120.

Round 130 (development; this set was read in full from this round on): the six blogs' affiliate links between the first
and second list rows go: round 128's page_blocks._mark_shop_pointer_under_rows took the writer's pointer to a shop as
the block's last line under three rows, and now takes it between the rows too (a row or the subheading above, a row
below, three rows around it, none of them taken, long or a pointer), and _is_shop_pointer reads the link closing the
line as its "here" (page_blocks._LINK_HERE: "a questo link", "вот ссылка", "at this link", "via ce lien", "unter diesem
Link", "pod tym linkiem"). The French Pinterest-first share row goes (whole_line_noise._PIN_FIRST: a pin button's verb
alone may open a share bar before its label). The German news-tip prompt that names no form goes (round 129's tip-off
line may end on the newsroom written to: "Schreiben Sie der Lokalredaktion.", "Write to the newsroom.", "Écrivez à la
rédaction.", "Napisz do redakcji."; the question is still needed and the newsroom closes the line). The Russian blog's
name and tagline go under the skip link (page_blocks._FIRST_NAME_SIGNATURE reads the instrumental "автором Ульяна" as
"автор: Ульяна", so round 129's blog head over the posted title takes them). See set 197's Round 130 paragraph for the
rest of the round (the Russian portal's last paragraphs, the mastheads, the blog names with taglines on one line, the
recipe rows, the bracketed affiliate marks, the slideshow link, the subscribe prompts). All sets
(scripts/clean_held_out_report.py): noise lines removed 7732 -> 7732 of 8581, article lines kept 3807 -> 3807 of 3807,
paragraphs lost 4 -> 2, pages clean 1287 -> 1300 of 2254, page noise lines left 1897 -> 1843 of 46800; no set's kept
lines or removed noise lines drop and no set's lost paragraphs rise. Other sets: xfails removed (pages now clean) on set
101's French foraging blog (its name and tagline), set 105's English sourdough-pizza blog (its jump-to-recipe link), set
146's English beer-mat blog (its never-miss subscribe prompt), set 155's German bowling-green portal (its news-tip
prompt) and set 187's Italian concertina and Russian besom blogs (their affiliate links at this link); reasons reworded
on sets 87, 90, 95, 149, 155 (the Russian tide-gauge portal), 175, 177, 188 and 192 (each page now keeps fewer lines: a
jump-to-recipe link, a bracketed affiliate note, a partner link in the list, a subscribe prompt, a news-tip prompt, two
mastheads over a breadcrumb, an affiliate link between rows went). SemEval: 0 changed files of 3723. Bench:
ratio_to_baseline 1.08 on a loaded machine (cpu best 5.314 s against 4.943 s at 28383f5, run while the test set ran).
Pytest (the cleaning test set, on the reported code, in two runs): the first (the brief's command) passed all of
tests/test_clean.py and the held-out sets up to set 101, where it stopped (-x) on the strict XPASS of set 101's French
foraging blog, whose entry was then removed (10,779 passed, 41 xfailed, 1 failed); the second, of every held-out set
file and tests/test_site_batches.py, tests/test_site_lines.py, tests/test_noise_trace.py and tests/test_clean_pages.py
with the tables mended, gave 13,190 passed, 1,826 xfailed, no failure and no XPASS. This set: noise lines 38 of 45
(unchanged: marker 5/8, reading-time 7/7, byline 7/8, footer 8/8, comments 7/8, share 3/3, notice 1/3), keep 20 of 20,
pages clean 5 -> 6 of 12, page noise lines left 17 -> 7 of 240, article lines lost 0 of 120. xfails removed: the German
snowdrop-walk portal; reasons reworded: the six blogs (each now keeps its photo caption, the English one its tagline
too). Still missed: the six photo captions between the first and second paragraphs (session 45's measure), the English
blog's tagline under its name (the posted-on line names the writer in full, "Gwen Pumblecote", as a portal's byline
does: round 126's lead mend keeps a kicker, headline and deck over such a byline), and the seven line xfails (the
Twitch, Google Forms and Player.pl markers, the name-role-date byline row, the log-in-to-vote prompt, the French
correction and Italian audio-version notices).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_198_LINES: list[tuple[str, str, str]] = [
    ('body', 'Flourish graphic unavailable: this visualisation has been unpublished by its creator.', 'marker'),
    ('body', "Strava activity could not be shown because the athlete's privacy settings hide this route.", 'marker'),
    ('body', "This Spotify episode is marked explicit and can't be played in the embedded player.", 'marker'),
    ('body', "Le direct Twitch est terminé : la rediffusion n'est pas encore disponible.", 'marker'),
    ('body', 'Padlet-Pinnwand kann nicht angezeigt werden: Der Freigabelink ist abgelaufen.', 'marker'),
    ('body', 'Il questionario di Google Moduli incorporato qui non accetta più risposte.', 'marker'),
    ('body', 'Nagranie z Player.pl nie jest dostępne poza granicami Polski.', 'marker'),
    ('body', 'VK Видео: ролик недоступен, так как сообщество ограничило к нему доступ.', 'marker'),
    ('head', '⏱ 4 min read', 'reading-time'),
    ('head', 'Long read alert: about 20 minutes, with plenty of photos', 'reading-time'),
    ('head', 'Il vous faudra environ 4 minutes pour lire cet article', 'reading-time'),
    ('head', 'Dieser Text ist in etwa 4 Minuten gelesen', 'reading-time'),
    ('head', 'Ti servono circa 4 minuti per leggere questo articolo', 'reading-time'),
    ('head', 'Lektura na 4 minuty', 'reading-time'),
    ('head', 'Прочтение займёт около 4 минут', 'reading-time'),
    ('head', 'Reporting by Perpetua Glasswick; additional reporting by Ned Crumbwhistle', 'byline'),
    ('head', 'Barnaby Hobbletwine | Community reporter | Thursday 5 March 2026', 'byline'),
    ('head', 'Ein Beitrag von Hiltrud Wermelskamp', 'byline'),
    ('head', 'Dal nostro inviato Ermenegildo Fassolari', 'byline'),
    ('tail', ("Bamboo steamer baskets I've relined are on my Vinted page – collection in Leeds or tracked "
              'post.'), 'byline'),
    ('tail', 'Mes presses à tortillas en chêne sont en vente sur Etsy, avec livraison en Mondial Relay.', 'byline'),
    ('tail', ('Nugat z miodem sprzedaję na Allegro Lokalnie – odbiór osobisty w Kazimierzu Dolnym albo '
              'wysyłka Orlen Paczką.'), 'byline'),
    ('tail', 'Скалки для лагмана вытачиваю на заказ — пишите в Телеграм, отправляю Boxberry.', 'byline'),
    ('tail', 'Made with Bear ʕ•ᴥ•ʔ', 'footer'),
    ('tail', 'This newspaper is regulated by IPSO, the Independent Press Standards Organisation.', 'footer'),
    ('tail', 'Site design and build: Ferncastle Digital · Accessibility · Sitemap', 'footer'),
    ('tail', 'Site propulsé par SPIP · Espace privé · Plan du site', 'footer'),
    ('tail', 'Realisiert mit TYPO3 · Hosting: Mittwald', 'footer'),
    ('tail', 'Editoriale Brugnolena S.r.l. – P. IVA 03187450164 – Capitale sociale i.v. € 10.000', 'footer'),
    ('tail', 'Hosting: nazwa.pl · Deklaracja dostępności · RODO', 'footer'),
    ('tail', 'Сделано на Tilda · Политика конфиденциальности', 'footer'),
    ('tail', 'Commenting on this article closes at midnight on Sunday.', 'comments'),
    ('tail', 'Load more comments (18 remaining)', 'comments'),
    ('tail', 'Sort by: Top comments ▾', 'comments'),
    ('tail', 'Trier par : les plus récents · les plus anciens · les mieux notés', 'comments'),
    ('tail', 'Alle Antworten einblenden (4)', 'comments'),
    ('tail', 'Accedi con il tuo account per votare i commenti.', 'comments'),
    ('tail', 'Pokaż odpowiedzi (5) · Najnowsze na górze', 'comments'),
    ('tail', 'Ещё 14 комментариев — показать', 'comments'),
    ('tail', 'Send this story: WhatsApp · Messenger · SMS', 'share'),
    ('tail', 'Diesen Beitrag teilen: Threads · Xing · E-Mail', 'share'),
    ('tail', 'Podziel się: Threads · Telegram · E-mail', 'share'),
    ('body', ("Une erreur s'est glissée dans une version précédente de cet article : la procession part "
              'bien de la mairie.'), 'notice'),
    ('body', 'Questo articolo è disponibile anche in versione audio.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Президентского фонда культурных инициатив.', 'notice'),
]

HELD_OUT_198_KEEP: list[tuple[str, str]] = [
    ('head', ("Comments made by the parish clerk at Tuesday's meeting drew a round of applause from the back of the "
              'hall.')),
    ('head', 'Share prices of the two local bus operators barely moved after the route cuts were announced.'),
    ('body', 'Reading the old minute books, volunteers found the bridge had been repaired three times since 1880.'),
    ('body', 'Follow-up inspections will be carried out by the county engineer each spring until 2030.'),
    ('tail', "Advertising for the vacant clerk's post will begin next month, the council confirmed."),
    ('tail', 'Copyright in the photographs taken by the late Mr Harrow now passes to the village archive.'),
    ('tail', 'Subscribers to the heating oil buying club saved an average of £80 last winter, organisers said.'),
    ('head', "Les commentaires du maire sur le budget ont été accueillis froidement par l'opposition."),
    ('body', 'Partager les frais de déneigement entre les trois communes reste la piste privilégiée.'),
    ('tail', "S'abonner à la cantine coûtera deux euros de plus par mois à partir de la rentrée."),
    ('head', 'Teilen wollen die beiden Gemeinden künftig auch den Bauhof und die Kehrmaschine.'),
    ('body', 'Folgen hatte der Sturm vor allem für die Obstbauern am Südhang.'),
    ('tail', 'Werbung für das Dorffest machten die Kinder der Grundschule mit selbst gemalten Plakaten.'),
    ('head', "Condividere lo scuolabus con il comune vicino farà risparmiare circa diecimila euro all'anno."),
    ('body', 'Leggere i vecchi registri parrocchiali ha permesso di datare la campana al 1742.'),
    ('tail', 'Commenti entusiasti sono arrivati anche dagli emigrati in Argentina, ha raccontato il sindaco.'),
    ('head', 'Komentarze mieszkańców zebrane podczas konsultacji trafią do projektu budżetu.'),
    ('tail', 'Udostępnienie szkolnej sali gimnastycznej klubom seniora ma ruszyć od marca.'),
    ('head', 'Подписаться под обращением к губернатору успели более трёхсот жителей посёлка.'),
    ('tail', 'Рекламные вывески на фасадах исторических домов теперь будут согласовывать с краеведческим музеем.'),
]

HELD_OUT_198_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-cobbleholt-mounting-block', [
        ['-The Cobbleholt Clarion — news from the village and the valley',
         '-Thursday 5 March 2026 · Light rain, 9°C',
         "-Home | News | Sport | What's On | Property | Contact"],
        ['-Home › News › Heritage',
         '+Mounting block outside the Wheatsheaf restored after two centuries of use',
         '-By Winifred Pennyfother, Village Reporter',
         '-3 min read'],
        [("+The stone mounting block that has stood beside the Wheatsheaf's front door since about 1790 is back in "
          'place after a winter of repairs.'),
         '-The restored block, with its three worn steps, beside the inn door.',
         '-Photo: Clarion / Winifred Pennyfother',
         ('+Its top step had split in a frost two years ago, and the parish council feared that a rider or a child '
          'would trip on the loose piece.')],
        ['-Read also: Parish council approves new bench for the green',
         ('+Mason Jory Trevannick, who did the work, said: "The old steps are hollowed by boots, so I kept every '
          'hollow and only pinned the broken edge back."'),
         '-Share: Facebook · X · WhatsApp · Email'],
        ['+How the work was done',
         '+The split step was lifted out and pinned with stainless steel rods.',
         '+Missing mortar at the base was replaced with lime mortar.',
         '-Advertisement',
         '-Sponsored: Five cottages for sale in the valley this spring',
         '+A small brass plaque now records the date of the repair.'],
        ["+The £1,400 cost was shared between the parish council and the inn's landlady, Marian Goodlove.",
         '-Tags: Heritage, Cobbleholt, Wheatsheaf',
         '-Got a story? Call the newsdesk or message us on WhatsApp.',
         '+Riders from the local pony club plan to use the block again at the Easter meet.'],
        ['-4 comments',
         '-HorseyHelen: My gran used to climb on it to watch the hunt go by.',
         "-↳ Winifred Pennyfother (Clarion): Lovely memory, Helen – we'd love a photo if she had one.",
         '-Tom_B: Good to see old things looked after for once.'],
        ['-About us · Advertise with us · Contact · Privacy · Cookies',
         '-© 2026 Cobbleholt Clarion. All rights reserved.'],
    ]),
    _page('en', 'en-blog-little-pleat-dumplings', [
        ['-Skip to content',
         '-Little Pleat Kitchen',
         '-Folding, steaming and eating my way through dumplings'],
        ['+My first proper batch of steamed pork and chive dumplings',
         '-Posted on 14 February 2026 by Gwen Pumblecote',
         '-11 min read'],
        ['-This post contains affiliate links. If you buy through them, I may earn a small commission.',
         '-Contents',
         '-1. The dough',
         '-2. Folding the pleats'],
        ['+After three weekends of torn wrappers I finally made dumplings that held together in the steamer.',
         '-The first tray, with the pleats a bit uneven.',
         '+The secret was a hot-water dough, rested for a full hour under a damp cloth.'],
        ['-Pin it · Share on Facebook · Email',
         ('+My neighbour Mrs Liang watched me fold and said: "Your pleats are too many; twelve is showing off, '
          'eight is enough."')],
        ['+What went into the filling',
         '+Minced pork shoulder with a little fat left on.',
         '-The bamboo steamer I use is on Amazon here.',
         '+A big bunch of garlic chives, chopped fine.',
         "+Ginger, soy sauce and a spoonful of the pork's own stock."],
        ['+I steamed them for ten minutes on cabbage leaves so they would not stick.',
         '-You might also like: Chilli oil in a jam jar',
         '+Next time I want to try a crystal wrapper made with wheat starch.'],
        ['-3 thoughts on “My first proper batch of steamed pork and chive dumplings”',
         '-Sally R. says: Eight pleats is my limit too! These look lovely.',
         '-↳ Gwen says: Thanks Sally – practice is all it takes, honestly.',
         '-Dumplingdad: Did you freeze any? Mine always crack in the freezer.'],
        ['-I run small dumpling-folding evenings at the community hall – dates are on the Classes page.',
         '-© 2026 Gwen Pumblecote',
         '-Proudly powered by WordPress · Theme: Hemingway by Anders Norén'],
    ]),
    _page('fr', 'fr-portail-vernouillac-lanternes', [
        ["-L'Écho de Vernouillac — l'actualité du canton",
         '-Vendredi 6 février 2026 · Ciel dégagé, 2 °C',
         '-Accueil | Actualité | Sports | Agenda | Annonces | Contact'],
        ['-Accueil > Vie locale > Traditions',
         '+Trois cents lanternes ont éclairé les ruelles pour la procession de la Chandeleur',
         '-Par Solange Brouchardet',
         '-Lecture : 3 min'],
        ['+Lundi soir, près de trois cents habitants ont suivi les ruelles du vieux bourg à la lumière des lanternes.',
         "-Le cortège passe sous la porte de l'Horloge.",
         "-Photo : L'Écho / S. B.",
         "+La procession, abandonnée dans les années 1970, avait été relancée l'an dernier par le comité des fêtes."],
        ["-À lire aussi : Le marché de Noël a battu son record d'affluence",
         ('+« On ne pensait pas voir autant de monde, il a fallu ressortir des lanternes du grenier de la mairie », '
          'raconte la présidente du comité, Armelle Coudrivet.'),
         '-Partager : Facebook · X · E-mail'],
        ['+Un parcours de deux kilomètres',
         "+Le départ a été donné devant l'église à 18 heures.",
         "+Les enfants de l'école ont ouvert la marche avec leurs lanternes en papier.",
         '-Publicité',
         '-Contenu sponsorisé : Les plus belles maisons à vendre dans la vallée',
         "+Une soupe à l'oignon attendait les marcheurs sur la place."],
        ['+Le comité remercie les riverains qui avaient décoré leurs fenêtres.',
         '-Mots-clés : Vernouillac, Chandeleur, tradition',
         '-Une info à nous signaler ? Écrivez-nous via le formulaire de contact.',
         '+La prochaine édition aura lieu le 2 février 2027.'],
        ['-3 commentaires',
         "-Mimi_des_Ormes : Magnifique, ça m'a rappelé mon enfance !",
         "-↳ Solange Brouchardet (L'Écho) : Merci, les photos complètes sont dans notre galerie.",
         "-Jeannot47 : Dommage que la rue du Four n'ait pas été éclairée."],
        ['-Qui sommes-nous · Annonceurs · Mentions légales · Contact',
         "-© 2026 L'Écho de Vernouillac. Tous droits réservés."],
    ]),
    _page('fr', 'fr-blog-chaudron-margaux-nougat', [
        ['-Aller au contenu',
         '-Le Chaudron de Margaux',
         '-Confiseries maison et petites expériences sucrées'],
        ['+Mon premier nougat blanc au miel de lavande et aux amandes',
         '-Publié le 8 décembre 2025 par Margaux',
         '-Temps de lecture : 7 minutes'],
        ['-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.',
         '-Sommaire',
         '-1. Le sirop de miel',
         '-2. Le montage des blancs'],
        ['+Depuis un voyage à Montélimar, je rêvais de réussir un vrai nougat blanc à la maison.',
         '-Le nougat encore tiède, entre deux feuilles de pain azyme.',
         '+Il faut un thermomètre fiable : le miel doit monter à 125 °C et le sucre à 145 °C.'],
        ['-Épingler · Partager sur Facebook · E-mail',
         ('+Ma grand-mère, qui le faisait à Noël, répétait : « Le nougat ne pardonne pas, il faut verser le sirop '
          "en filet et ne jamais s'arrêter de battre. »")],
        ["+Ce qu'il faut pour une plaque",
         '+250 g de miel de lavande et 250 g de sucre.',
         "-Le thermomètre de cuisson que j'utilise est disponible sur Amazon.",
         "+Deux blancs d'œufs montés en neige ferme.",
         "+300 g d'amandes grillées et 50 g de pistaches."],
        ['+Après une nuit sous un poids, le nougat se coupe au couteau chaud.',
         '-À lire aussi : Mes calissons ratés (et comment les sauver)',
         "+La prochaine fois, j'essaierai une version au miel de châtaignier, plus corsée."],
        ['-3 réponses à « Mon premier nougat blanc au miel de lavande et aux amandes »',
         '-Claudine : Superbe ! Le mien colle toujours aux dents, une idée ?',
         '-↳ Margaux : Il manque sans doute quelques degrés au sucre, vise bien 145 °C.',
         "-Pierrot_de_Dieulefit : Je l'ai fait avec du miel de sapin, délicieux."],
        ['-Je vends mes plaques de nougat sur les marchés de Noël de la Drôme – le calendrier est sur la page Marchés.',
         '-© 2026 Margaux Pellerinot',
         '-Propulsé par WordPress · Thème : Ashe'],
    ]),
    _page('de', 'de-portal-quellenstetten-schneegloeckchen', [
        ['-Quellenstettener Bote – Heimatzeitung für das obere Tal',
         '-Samstag, 21. Februar 2026 · Nebel, 3 °C',
         '-Startseite | Lokales | Sport | Vereine | Termine | Kontakt'],
        ['-Startseite › Lokales › Kirche',
         '+Schneeglöckchen-Spaziergang lockt sechzig Besucher auf den alten Friedhof',
         '-Von Irmtraud Feldhäuslinger',
         '-Lesezeit: 3 Min.'],
        [('+Rund sechzig Besucher sind am Sonntag dem Pfarrer über den alten Friedhof an der Michaelskirche gefolgt, '
          'wo jetzt Tausende Schneeglöckchen blühen.'),
         '-Zwischen den alten Grabsteinen blühen die Schneeglöckchen dicht an dicht.',
         '-Foto: Bote/Feldhäuslinger',
         '+Die Zwiebeln sollen vor mehr als hundert Jahren aus einem Pfarrgarten hierher gekommen sein.'],
        ['-Lesen Sie auch: Neue Bänke für den Kirchplatz',
         ('+„Manche Gräber erkennt man im Februar nur an den Schneeglöckchen, die jemand vor Generationen gesetzt '
          'hat“, sagte Pfarrer Anselm Kübelwanger.'),
         '-Teilen: Facebook · X · WhatsApp'],
        ['+Was die Besucher erfuhren',
         '+Auf dem Friedhof wachsen drei verschiedene Sorten.',
         '+Die ältesten Horste stehen an der Nordmauer.',
         '-Anzeige',
         '-Gesponsert: Die schönsten Ferienwohnungen im Tal',
         '+Ausgraben ist verboten, aber im März werden Zwiebeln an Besucher abgegeben.'],
        ['+Die Spenden des Nachmittags gehen an die Sanierung der Friedhofsmauer.',
         '-Schlagworte: Quellenstetten, Friedhof, Frühling',
         '-Sie haben einen Hinweis für uns? Schreiben Sie der Lokalredaktion.',
         '+Der nächste Spaziergang ist für den ersten Sonntag im März geplant.'],
        ['-3 Kommentare',
         '-Gartenfee_71: Ein wunderschöner Nachmittag, danke an den Pfarrer!',
         '-↳ Irmtraud Feldhäuslinger (Redaktion): Danke! Weitere Fotos finden Sie in unserer Bildergalerie.',
         '-Hubert K.: Warum wird das nicht mehr bekannt gemacht?'],
        ['-Impressum · Datenschutz · Mediadaten · Kontakt',
         '-© 2026 Quellenstettener Bote. Alle Rechte vorbehalten.'],
    ]),
    _page('de', 'de-blog-mehlstaub-apfelstrudel', [
        ['-Zum Inhalt springen',
         '-Mehlstaub am Ärmel',
         '-Backen wie früher, aus einer kleinen Küche in der Steiermark'],
        ['+Apfelstrudel mit hauchdünn gezogenem Teig: mein erster Versuch',
         '-Veröffentlicht am 2. November 2025 von Resi',
         '-Lesedauer: 8 Minuten'],
        ['-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
         '-Inhaltsverzeichnis',
         '-1. Der Teig',
         '-2. Das Ausziehen'],
        [('+Den Strudelteig mit der Hand auszuziehen, bis man die Zeitung darunter lesen kann, hat mich jahrelang '
          'eingeschüchtert.'),
         '-Der ausgezogene Teig auf dem bemehlten Tischtuch.',
         '+Wichtig ist ein weicher Teig aus griffigem Mehl, Öl und lauwarmem Wasser, der eine Stunde warm ruhen darf.'],
        ['-Merken auf Pinterest · Teilen auf Facebook · Per E-Mail senden',
         ('+Meine Nachbarin, eine gebürtige Wienerin, sagte nur: „Nicht ziehen, sondern mit den Handrücken führen, '
          'der Teig will von selbst gehen.“')],
        ['+Was in die Fülle kommt',
         '+Ein Kilo säuerliche Äpfel, dünn geschnitten.',
         '-Das große Strudeltuch, das ich verwende, gibt es hier bei Amazon.',
         '+Rosinen, in Rum eingeweicht, und eine Handvoll Walnüsse.',
         '+In Butter geröstete Semmelbrösel, Zucker und Zimt.'],
        ['+Nach vierzig Minuten bei 190 Grad kam ein goldbrauner Strudel aus dem Ofen.',
         '-Das könnte dich auch interessieren: Topfenstrudel für Anfänger',
         '+Beim nächsten Mal versuche ich die Variante mit Topfen und Marillen.'],
        ['-3 Gedanken zu „Apfelstrudel mit hauchdünn gezogenem Teig: mein erster Versuch“',
         '-Brigitte: Mit den Handrücken, genau so hat es meine Mutter auch gemacht!',
         '-↳ Resi: Danke, Brigitte! Es klappt wirklich besser so.',
         '-Backmaus: Welches Mehl genau nimmst du?'],
        ['-Im Frühling biete ich wieder Strudelkurse in meiner Küche an – Termine auf der Seite Kurse.',
         '-© 2026 Resi Zwetschkbauer',
         '-Betrieben mit WordPress · Theme: Kale'],
    ]),
    _page('it', 'it-portale-varmoleno-traghetto', [
        ['-La Voce di Varmoleno – notizie dal lago e dalle valli',
         '-Martedì 3 marzo 2026 · Sereno, 11 °C',
         '-Home | Cronaca | Sport | Eventi | Annunci | Contatti'],
        ['-Home › Cronaca › Lago',
         '+Il vecchio traghetto «San Giulio» torna a navigare con i colori originali',
         '-di Donatella Sgarbolenti',
         '-Lettura: 3 minuti'],
        [('+Il traghetto che dal 1958 collega Varmoleno alla sponda opposta del lago è tornato in servizio dopo tre '
          'mesi di cantiere.'),
         '-Il «San Giulio» ormeggiato al pontile dopo la riverniciatura.',
         '-Foto: La Voce / D. Sgarbolenti',
         '+Lo scafo è stato sabbiato e ridipinto di bianco e blu, come nelle fotografie degli anni Sessanta.'],
        ['-Leggi anche: Nuovi orari estivi per la navigazione',
         ('+«Molti anziani ci hanno portato le vecchie foto di famiglia, così abbiamo ritrovato il blu esatto», '
          'spiega il capitano Renzo Bassagnoli.'),
         '-Condividi: Facebook · X · WhatsApp'],
        ['+I lavori in cantiere',
         '+Lo scafo è stato portato in secca nel cantiere di Lecco.',
         '+Le vecchie vernici sono state rimosse fino al metallo.',
         '-Pubblicità',
         '-Contenuto sponsorizzato: Le migliori case vacanza sul lago',
         '+Il nome è stato ridipinto a mano da un artigiano del paese.'],
        ['+La spesa di 85.000 euro è stata coperta dalla Regione e dal Comune.',
         '-Tag: Varmoleno, traghetto, lago',
         '-Hai una segnalazione? Scrivi alla redazione su WhatsApp.',
         '+Il traghetto riprende le sei corse quotidiane da lunedì.'],
        ['-3 commenti',
         '-Lucia_del_lago: Che bello, ci andavo a scuola tutti i giorni!',
         '-↳ Donatella Sgarbolenti (redazione): Grazie Lucia, se ha delle foto di allora ce le mandi.',
         '-Beppe62: Speriamo che sistemino anche il pontile.'],
        ['-Chi siamo · Redazione · Privacy · Contatti',
         '-© 2026 La Voce di Varmoleno. Tutti i diritti riservati.'],
    ]),
    _page('it', 'it-blog-naso-di-tobia-tartufi', [
        ['-Vai al contenuto',
         '-Il Naso di Tobia',
         '-Passeggiate nei boschi con un lagotto e tanta pazienza'],
        ['+Il primo tartufo nero trovato da Tobia, dopo un anno di addestramento',
         '-Pubblicato il 18 gennaio 2026 da Aurelio',
         '-Tempo di lettura: 6 minuti'],
        [('-In questo articolo ci sono link di affiliazione: se acquisti tramite questi link ricevo una piccola '
          'commissione.'),
         '-Indice dei contenuti',
         "-1. L'addestramento",
         '-2. La giornata nel bosco'],
        [('+Tobia è un lagotto romagnolo di due anni e da dodici mesi ci alleniamo ogni sera con un pezzetto di '
          'tartufo nascosto in giardino.'),
         '-Tobia con il naso tra le foglie, sotto le querce.',
         '+Domenica, in un bosco di roverelle sopra il paese, ha iniziato a scavare deciso ai piedi di un albero.'],
        ['-Salva su Pinterest · Condividi su Facebook · Invia per email',
         ('+Il vecchio trifolao che mi ha insegnato tutto mi aveva avvertito: «Il cane trova, ma sei tu che devi '
          'fermarlo prima che lo mangi.»')],
        ['+Cosa porto nello zaino',
         '+Il vanghetto stretto per non rovinare le radici.',
         '-Il vanghetto che uso lo trovi su Amazon a questo link.',
         '+Bocconcini di formaggio come premio per Tobia.',
         '+Un panno di cotone per avvolgere i tartufi.'],
        ['+Il tartufo pesava 38 grammi ed è finito la sera stessa su un piatto di tagliatelle.',
         '-Potrebbe interessarti anche: Come scegliere il guinzaglio per il bosco',
         '+La prossima sfida sarà il bianchetto, che qui si cerca in primavera.'],
        ['-3 risposte a “Il primo tartufo nero trovato da Tobia, dopo un anno di addestramento”',
         '-Gabriella: Bravo Tobia! Il mio bracco invece li mangia subito.',
         '-↳ Aurelio: Succedeva anche a noi, con i premi è migliorato molto.',
         '-Fausto_trifolau: Attenzione al tesserino, in Emilia servono anche gli esami.'],
        ['-Organizzo uscite di ricerca con Tobia per piccoli gruppi: scrivimi dalla pagina Contatti.',
         '-© 2026 Aurelio Scanzabecchi',
         '-Realizzato con WordPress · Tema: Sinatra'],
    ]),
    _page('pl', 'pl-portal-jezynowiec-przeciaganie-liny', [
        ['-Głos Jeżynowca – wiadomości z gminy i okolic',
         '-Niedziela, 15 marca 2026 · Pochmurno, 6°C',
         '-Strona główna | Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt'],
        ['-Strona główna › Sport › Wieś',
         '+Drużyna przeciągania liny z Jeżynowca jedzie na mistrzostwa województwa',
         '-Tekst: Bożena Chrzanowiecka',
         '-Czas czytania: 3 min'],
        [('+Ośmioosobowa drużyna przeciągania liny z Jeżynowca Górnego wygrała turniej powiatowy i po raz pierwszy '
          'wystartuje w mistrzostwach województwa.'),
         '-Drużyna po zwycięskim finale na boisku przy remizie.',
         '-Fot. Bożena Chrzanowiecka',
         '+Zawodnicy trenują dwa razy w tygodniu za stodołą sołtysa, ciągnąc linę przywiązaną do starego ciągnika.'],
        ['-Przeczytaj też: Nowe boisko przy szkole już otwarte',
         '+„Najważniejsze są nogi i rytm, a nie sama siła rąk” – mówi kapitan drużyny Zdzisław Powróślak.',
         '-Udostępnij: Facebook · X · Messenger'],
        ['+Droga do finału',
         '+W półfinale drużyna pokonała obrońców tytułu z sąsiedniej gminy.',
         '+Finał trwał niemal cztery minuty i rozstrzygnął się w drugiej rundzie.',
         '-Reklama',
         '-Artykuł sponsorowany: Najlepsze działki budowlane w powiecie',
         '+Nagrodą był puchar wójta i nowa lina z atestem.'],
        ['+Na wyjazd do Opola drużyna zbiera pieniądze, sprzedając ciasta po niedzielnej mszy.',
         '-Tagi: Jeżynowiec Górny, przeciąganie liny, sport',
         '-Masz temat? Napisz do redakcji przez formularz kontaktowy.',
         '+Mistrzostwa województwa odbędą się 18 kwietnia.'],
        ['-3 komentarze',
         '-Kasia_z_Jezynowca: Brawo chłopaki, cała wieś trzyma kciuki!',
         '-↳ Bożena Chrzanowiecka (redakcja): Relację z Opola opublikujemy w niedzielę.',
         '-Marek W.: A kiedy drużyna kobiet?'],
        ['-O nas · Redakcja · Polityka prywatności · Kontakt',
         '-© 2026 Głos Jeżynowca. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-kukurydziany-zeszyt-tortille', [
        ['-Przejdź do treści',
         '-Kukurydziany Zeszyt',
         '-Meksykańska kuchnia w polskim bloku'],
        ['+Tortille kukurydziane z prasy, od ziarna do patelni',
         '-Opublikowano 9 lutego 2026 przez Olgę',
         '-Czas czytania: 7 minut'],
        ['-Ten wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
         '-Spis treści',
         '-1. Nikstamalizacja',
         '-2. Prasowanie'],
        [('+Gotowe tortille ze sklepu zawsze mnie rozczarowywały, więc postanowiłam zrobić je od podstaw z suszonej '
          'kukurydzy.'),
         '-Świeżo sprasowane krążki czekają na patelnię.',
         '+Ziarno gotowałam z wapnem spożywczym, a potem zostawiłam na noc, żeby zmiękło i straciło łuski.'],
        ['-Przypnij na Pintereście · Udostępnij na Facebooku · Wyślij e-mailem',
         ('+Moja koleżanka z Oaxaki, patrząc na pierwsze placki, powiedziała: „Za grube – tortilla ma być cienka '
          'jak kartka i napuchnąć na comalu”.')],
        ['+Czego potrzebowałam',
         '+Kilograma suszonej kukurydzy i łyżki wapna spożywczego.',
         '-Żeliwną prasę do tortilli kupiłam na Allegro – link tutaj.',
         '+Młynka do mielenia mokrego ziarna.',
         '+Dwóch arkuszy folii z grubego woreczka.'],
        ['+Każdą tortillę piekłam po pół minuty z każdej strony na suchej żeliwnej patelni.',
         '-Zobacz także: Salsa verde z zielonych pomidorów',
         '+Następnym razem spróbuję niebieskiej kukurydzy, którą udało mi się zamówić.'],
        ['-3 komentarze do „Tortille kukurydziane z prasy, od ziarna do patelni”',
         '-Ania: Podziwiam cierpliwość! Gdzie kupiłaś wapno?',
         '-↳ Olga: W sklepie dla piekarzy, szukaj pod nazwą wodorotlenek wapnia.',
         '-Tomek_gotuje: U mnie pękały na brzegach, może za suche ciasto?'],
        ['-Prowadzę warsztaty robienia tortilli w Krakowie – terminy znajdziesz w zakładce Warsztaty.',
         '-© 2026 Olga Wierzbołowicz',
         '-Blog na WordPressie · Motyw: Lovecraft'],
    ]),
    _page('ru', 'ru-portal-vetluzhny-omut-svetlyachki', [
        ['-Вестник Ветлужного Омута — новости посёлка и района',
         '-Суббота, 11 июля 2026 · Ясно, +18°',
         '-Главная | Новости | Спорт | Культура | Объявления | Контакты'],
        ['-Главная › Новости › Природа',
         '+На старой железнодорожной насыпи насчитали больше двухсот светлячков',
         '-Автор: Агриппина Толокнянская',
         '-Время чтения: 3 минуты'],
        [('+В ночь на субботу волонтёры прошли с фонариками четыре километра по бывшей узкоколейке и насчитали 214 '
          'светлячков.'),
         '-Светлячок в траве у старой насыпи.',
         '-Фото: Вестник / А. Толокнянская',
         '+Подсчёт ведёт школьный кружок юных натуралистов уже третий год подряд.'],
        ['-Читайте также: На пруду у клуба поставили новые мостки',
         ('+«Светлячки любят сырость и темноту, поэтому самые яркие огоньки мы нашли у старого моста», — рассказала '
          'руководитель кружка Зинаида Ряскинова.'),
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['+Как проходил подсчёт',
         '+Маршрут разбили на участки по двести метров.',
         '+На каждом участке светлячков считали по десять минут.',
         '-Реклама',
         '-Партнёрский материал: Лучшие дома у реки в нашем районе',
         '+Результаты занесли в общую таблицу природного парка.'],
        ['+В прошлом году на том же маршруте насчитали 176 светлячков.',
         '-Теги: Ветлужный Омут, природа, светлячки',
         '-Есть новость? Пишите в редакцию через форму обратной связи.',
         '+Следующий подсчёт назначен на конец июля.'],
        ['-3 комментария',
         '-Нина_Петровна: В детстве их там было столько, что тропинку видно было!',
         '-↳ Агриппина Толокнянская (редакция): Спасибо, Нина Петровна, расскажите нам об этом подробнее.',
         '-Виктор_С: А фонари на тропе им не мешают?'],
        ['-О редакции · Рекламодателям · Контакты',
         '-© 2026 Вестник Ветлужного Омута. Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-lapsha-s-pyatogo-etazha', [
        ['-Перейти к содержимому',
         '-Лапша с пятого этажа',
         '-Заметки о домашней восточной кухне'],
        ['+Тянутая лапша для лагмана: первый удачный замес',
         '-Опубликовано 24 января 2026 автором Ульяна',
         '-Время на чтение: 8 минут'],
        ['-В записи есть партнёрские ссылки: если вы что-то купите по ним, я получу небольшой процент.',
         '-Содержание',
         '-1. Тесто',
         '-2. Вытягивание'],
        ['+Настоящую тянутую лапшу я впервые попробовала в Бишкеке и с тех пор мечтала повторить её дома.',
         '-Жгуты теста отдыхают под плёнкой, смазанные маслом.',
         '+Тесто замешивается из муки, солёной воды и щепотки соды, а потом отдыхает не меньше трёх часов.'],
        ['-Сохранить в Pinterest · Поделиться ВКонтакте · Отправить в Telegram',
         ('+Повар из чайханы, у которого я училась, сказал: «Не тяни руками, тесто само пойдёт, если ударить им о '
          'стол».')],
        ['+Что понадобилось',
         '+Мука высшего сорта, в которой много клейковины.',
         '-Большую разделочную доску я брала на Wildberries — вот ссылка.',
         '+Растительное масло для смазывания жгутов.',
         '+Широкая кастрюля с кипящей подсоленной водой.'],
        ['+Лапша получилась длинной и упругой, хотя толщина местами гуляла.',
         '-Читайте также: Соус для лагмана с говядиной и редькой',
         '+В следующий раз попробую вытянуть лапшу ещё тоньше, сделав больше сложений.'],
        ['-3 комментария к записи «Тянутая лапша для лагмана: первый удачный замес»',
         '-Марина: Какая красота! А мука какая, обычная?',
         '-↳ Ульяна: Обычная, высший сорт, но лучше с клейковиной от 12%.',
         '-Дастан: Как у бабушки в Караколе, молодец!'],
        ['-Провожу мастер-классы по лагману в Казани — расписание на странице «Занятия».',
         '-© 2026 Ульяна Коржевская',
         '-Работает на WordPress · Тема: Sela'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Le direct Twitch est terminé : la rediffusion n'est pas encore disponible.":
        ("a French Twitch marker of a stream that ended ('Le direct Twitch est terminé : la rediffusion n'est pas "
         "encore disponible.') is left in the body"),
    'Il questionario di Google Moduli incorporato qui non accetta più risposte.':
        ("an Italian Google Forms marker of a form closed to answers ('Il questionario di Google Moduli incorporato "
         "qui non accetta più risposte.') is left in the body"),
    'Nagranie z Player.pl nie jest dostępne poza granicami Polski.':
        ("a Polish Player.pl marker of a geoblocked recording ('Nagranie z Player.pl nie jest dostępne poza "
         "granicami Polski.') is left in the body"),
    'Barnaby Hobbletwine | Community reporter | Thursday 5 March 2026':
        ("an English name-role-date byline row ('Barnaby Hobbletwine | Community reporter | Thursday 5 March 2026') "
         'is left at the head'),
    'Accedi con il tuo account per votare i commenti.':
        ("an Italian log-in-to-vote comment prompt ('Accedi con il tuo account per votare i commenti.') is left at "
         'the foot'),
    "Une erreur s'est glissée dans une version précédente de cet article : la procession part bien de la mairie.":
        ("a French correction notice ('Une erreur s'est glissée dans une version précédente de cet article : la "
         "procession part bien de la mairie.') is left in the body"),
    'Questo articolo è disponibile anche in versione audio.':
        ("an Italian audio-version notice ('Questo articolo è disponibile anche in versione audio.') is left in the "
         'body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-little-pleat-dumplings':
        ("the dumplings blog's post keeps the blog's tagline ('Folding, steaming and eating my way through "
         "dumplings') in the top block and the photo caption ('The first tray, with the pleats a bit uneven.') "
         'between the first and second paragraphs (2 of 20 noise lines; since round 130 its affiliate link between '
         'the list rows goes); no article line is lost'),
    'fr-blog-chaudron-margaux-nougat':
        ("the nougat blog's post keeps the photo caption ('Le nougat encore tiède, entre deux feuilles de pain "
         "azyme.') between the first and second paragraphs (1 of 20 noise lines; since round 130 its Pinterest-first "
         'share row and its affiliate link go); no article line is lost'),
    'de-blog-mehlstaub-apfelstrudel':
        ("the strudel blog's post keeps the photo caption ('Der ausgezogene Teig auf dem bemehlten Tischtuch.') "
         'between the first and second paragraphs (1 of 20 noise lines; since round 130 its affiliate link goes); no '
         'article line is lost'),
    'it-blog-naso-di-tobia-tartufi':
        ("the truffle-hunting blog's post keeps the photo caption ('Tobia con il naso tra le foglie, sotto le "
         "querce.') between the first and second paragraphs (1 of 20 noise lines; since round 130 its affiliate link "
         'goes); no article line is lost'),
    'pl-blog-kukurydziany-zeszyt-tortille':
        ("the tortilla blog's post keeps the photo caption ('Świeżo sprasowane krążki czekają na patelnię.') between "
         'the first and second paragraphs (1 of 20 noise lines; since round 130 its affiliate link goes); no article '
         'line is lost'),
    'ru-blog-lapsha-s-pyatogo-etazha':
        ("the noodle blog's post keeps the photo caption ('Жгуты теста отдыхают под плёнкой, смазанные маслом.') "
         'between the first and second paragraphs (1 of 20 noise lines; since round 130 its name, tagline and '
         'affiliate link go); no article line is lost'),
}

test_held_out_198_line, test_held_out_198_line_is_kept, test_held_out_198_page = held_out_tests(
    HELD_OUT_198_LINES, HELD_OUT_198_KEEP, HELD_OUT_198_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
