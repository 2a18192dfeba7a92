"""Held-out set 225: written blind, weighted toward the noise the cleaner exists for, in shapes set 224's docstring does
not name (nor the first paragraphs of sets 221, 222 and 223): scraper, embed and ad markers, all in the body (an English
Strava activity set to followers only "This Strava activity is set to Followers only and cannot be displayed here.", an
English Audioboom episode that has expired "Audioboom: this episode has expired and can no longer be played.", an
English Google Calendar embed still loading, blaming an ad blocker "Loading Google Calendar… If the calendar does not
appear, your ad blocker may be blocking it.", a French Vimeo consent placeholder asking to accept the provider's cookies
"Ce contenu est fourni par Vimeo. Pour le voir, acceptez les cookies de ce fournisseur.", a German
recommended-external-content placeholder for a Komoot tour "Empfohlener externer Inhalt: Hier finden Sie eine Tour von
Komoot, die den Artikel ergänzt.", an Italian Spotify embed withheld until the profiling cookies are accepted "Il
contenuto di Spotify non può essere mostrato finché non accetti i cookie di profilazione.", a Polish Google Photos album
whose owner switched off link sharing "Album Google Photos jest niedostępny: właściciel wyłączył udostępnianie linkiem."
and a Russian Rutube video still under moderation "Rutube: видео находится на модерации и скоро станет доступно.");
reading-time headers in new wordings, all at the head (the English time-to-read label "Time to read: about 7 minutes", a
blog's settle-in line with a quarter of an hour of reading "Settle in – this ride report will take you a good quarter of
an hour to read.", the French short-format label with minutes of reading "Format court : 5 minutes de lecture", the
German reading-time-for-this-article label with rund "Lesezeit für diesen Artikel: rund 5 Minuten", the Italian
an-article-of-5-minutes-of-reading label "Un articolo da 5 minuti di lettura", the Polish the-read-will-take-you line
with ok. "Lektura zajmie ci ok. 5 minut" and the Russian longread label with its minutes "Лонгрид · 5 минут"); bylines
and self-promotion (an English by-our-community-correspondent byline "By Cressida Treblewick, community correspondent",
a German from-our-contributor byline "Von unserer Mitarbeiterin Gundula Glockenreiter", a Polish compiled-by (Oprac.)
byline "Oprac. Bogumiła Sznurkiewska" and a Russian correspondent-label byline "Корреспондент: Ефим Трезвонский", all at
the head, and at the foot an English Fat Llama tandem-hire plug "We rent out our tandem at weekends through Fat Llama –
search for Daisy the tandem.", an English Redbubble photo-prints plug "Prints of the photos from this ride are in my
Redbubble shop.", a French Ulule back-our-tandem-tour plug "Soutenez notre tour de France en tandem sur Ulule !" and an
Italian Amazon and Kindle tandem-guide plug "La mia guida ai giri in tandem nelle Langhe è su Amazon, anche in formato
Kindle."); blog and site footers, all at the foot (an English Hugo, PaperMod and Netlify credit "Built with Hugo ·
Theme: PaperMod · Hosted by Netlify", an English press-regulator membership line "This newspaper is a member of IPSO,
the Independent Press Standards Organisation.", an English Jekyll and GitHub Pages credit with the source link "Powered
by Jekyll · Hosted on GitHub Pages · Source on GitHub", a French publication-director line with the legal notice
"Directeur de la publication : Hervé Carillonnet · Mentions légales", a German V.i.S.d.P. responsibility line
"V.i.S.d.P.: Jutta Läutebrecht, Chefredaktion", an Italian Aruba.it hosting line with the privacy and cookie links "Sito
ospitato su Aruba.it · Informativa privacy · Preferenze cookie", a Polish copyright line with the Astra theme and
home.pl "Copyright © 2026 · Motyw: Astra · Hosting: home.pl" and a Russian age label with the link-when-quoting rule
"16+ · При цитировании ссылка на сайт обязательна"); reader-comment furniture, all at the foot (an English
comments-open-for-48-hours note "Comments are open for 48 hours after publication.", an English featured-comment label
"Featured comment – selected by our moderators", an English subscribers-only comment prompt "You must be a subscriber to
comment. Already a subscriber? Sign in.", a French post-moderated-comments note "Cet espace de commentaires est modéré a
posteriori.", a German shortened-by-the-newsroom note under a comment "Dieser Kommentar wurde von der Redaktion
gekürzt.", an Italian follow-the-discussion prompt with reply notifications "Segui la discussione: ricevi una notifica
per ogni nuova risposta", a Polish most-interesting-or-all tab row of the comments "Najciekawsze komentarze · Wszystkie
(17)" and a Russian expand-the-thread link with its reply count "Развернуть ветку · 4 ответа"); share rows, all at the
foot (an English tell-others-about-this-story row with Flipboard and Print "Tell others about this story: Flipboard ·
WhatsApp · Email · Print", a French spread-it (Diffuser) row with Bluesky and Flipboard "Diffuser : Bluesky · Flipboard
· WhatsApp · Copier le lien" and a Russian share row with OK and Dzen "Поделиться: ОК · Telegram · Дзен"); and notices
(a German transparency note that a bell-founders' association supported the reporting "Transparenzhinweis: Die Recherche
wurde vom Glockengießerverband unterstützt." and a Polish article-updated-at note "Artykuł został zaktualizowany o godz.
14:20.", both in the body, and an Italian subscribers-only meter note (3 of 5 free articles this month) "Contenuto
riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese." at the foot); and toward whole scraped news
and hobby-blog pages in layouts set 224's docstring does not describe (on the six portal pages, in ten blocks, the
section menu and the masthead with its tagline in a block of two at the very top, the menu first; a breadcrumb alone in
a block of one; the title in the middle of a block of three, between a one-word section kicker above it and a bare
reading time under it; the byline with the date and time (one line) and a share row above the first paragraph, in its
block (a block of three, the paragraph last); the lead photo's caption with its credit (one line), the second paragraph,
an advertisement label and the paragraph with the quote in a block of four, the caption first and the label third; a
read-also link alone in a block of one; the subheading and the three rows with a follow-us-on-Facebook (or VKontakte)
prompt after the third row, closing the list block (a block of five); the two last paragraphs in the middle of a block
of four, between a newsletter prompt above them and a tags line under them; a thread of six lines alone in a block (a
comment count, a reader's comment, the paper's arrowed reply to it, a second reader's comment, a third reader's arrowed
reply to that and a load-more-comments link); and at the foot the publisher's copyright line with its links in one line,
alone in a block of one; on the six blog pages, in ten blocks, the blog name with its tagline and the menu in a block of
two at the very top, the name first; the title first in a block of two, above the posted-on-by line (with the comment
count); a reading time and a table of contents (its heading and three numbered entries in one line) alone in a block of
two; the first and second paragraphs at the two ends of a block of three with the opening photo's caption between them;
the paragraph with the quote at the top of a block of three with an affiliate link to the saddles (the disclosure in the
same line) and a pin-it prompt under it; the subheading and the three rows with a photo caption of the café stop between
the subheading and the first row, inside the list block (a block of five, the caption second); the two last paragraphs
at the top of a block of three with the two authors' sign-off under them; a share row and a plug for the authors'
hand-drawn route maps in their Etsy shop (on Yarmarka Masterov on the Russian blog) alone in a block of two; a thread of
six lines alone in a block (a comments heading with its count quoting the post's title, a comment, the author's arrowed
reply, a second comment, the author's arrowed reply to it and a leave-a-reply prompt); and at the foot the authors'
copyright line with the theme and platform credit in one line and a get-new-posts-by-email prompt, in a block of two,
the copyright line first), taken from local news of a town church's first full peal in forty years (eight ringers on the
rehung ring of eight, the first peal heard in the town since 1986, 5,040 changes of Grandsire Triples in three hours and
seven minutes with a tenor of almost a tonne, the tower captain's quote about half the town coming out just to listen,
the peal conducted from the fourth bell, the ringers meeting in the tower at 2pm, the treble leading off at 2.25pm, the
last change coming round at 5.32pm, a peal board with the eight names to be unveiled in spring, a practice night for
learners every Thursday at 7.30pm) in six invented towns, and from six hobby blogs of couples on their first
100-kilometre ride on a second-hand tandem (setting off at half past seven with two bananas, four flapjacks or bars and
a spare inner tube, an old tandem rider's quote that the captain steers, the stoker pedals and both apologise, three
stages: 40 kilometres along the valley to a café in under two hours, a long climb over a ridge with the last hundred
metres walked, 35 kilometres home with the wind behind, back at ten past four with 101 kilometres on the computer, a
200-kilometre audax or brevet planned for next year)).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 224 but what is named here), held-out set 226 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 224 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 221, 222 and 223, printed with one ast script
(/tmp/s225scratch/read_allowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s225scratch/insp.py, with /tmp/wt-s225/src and /tmp/wt-s225/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s225 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 224's as printed, with 224 -> 225; /tmp/s225scratch/gen225.py writes this file
from scratch files (data225.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages225.py with the pages, doc_layout.txt, doc_rest.txt and, after the
measurement, doc_baseline.txt and tables225.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s225, detached at commit
29694a72db3f53e7141269842f84a778c052d8ad, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 16:30:45 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 16:30:47 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 32052128c8eb503895c704879a4d3d899bbcb8d3 (main had moved past the brief's commit, as the brief allows);
both worktrees were made at 29694a72db3f53e7141269842f84a778c052d8ad with ``git worktree add`` (output to /dev/null,
exit status 0 for both; ``git rev-parse HEAD`` in each printed that commit), and /work/main was not touched afterwards.
An ``ls`` of the two new worktrees' top folders (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src,
tests) was printed to see that they exist; no folder below them was listed. (2) read_allowed.py first printed to the
terminal, which the tool cut in the middle (it showed set 224's docstring up to inside its note (4), and from inside the
share rows of set 222's first paragraph on to the end, i.e. the rest of set 222's first paragraph and set 223's, all
allowed parts); the second run went to /tmp/s225scratch/allowed.txt, of which I paged lines 1 to 5 and 125 to 500 with
``sed`` in four calls (five ranges) (the rest of set 224's docstring up to its Baseline paragraph, its imports and its
tail, set 221's first paragraph and the start of set 222's); nothing else of any set file was printed. (3) The default
python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first
run, so nothing was installed. That import (and gen225.py's import of the written file, to compare it with the scratch
data) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
(4) Before the measurement I compared my wordings with the ones the read docstrings name, by eye, and changed twelve
drafts that repeated a named shape in another language: an English send-to-a-friend share row (set 224's Polish "Wyślij
znajomemu" and set 221's Italian "Invia a un amico") became the tell-others-about-this-story row; a French
send-this-article row (set 222's German "Artikel versenden") became the "Diffuser" row; a Russian sort row of the
comments (the sort rows of sets 221 and 222) became the expand-the-thread link; an Italian show-more-replies link (the
show-earlier-comments links of sets 221 and 222) became the follow-the-discussion prompt; an English
reply-permalink-report row with points (set 224's English action row with a like count) became the featured-comment
label; a German your-comment-appears-after-review prompt (set 222's Russian premoderation note) became the
shortened-by-the-newsroom note; a Polish comments-switched-off note (the closed-comments notes of sets 221 and 222)
became the tab row; an Italian you-will-read-this-article-in line (set 222's Polish "Artykuł przeczytasz w") became "Un
articolo da 5 minuti di lettura"; a Polish time-needed-to-read label (set 222's Italian "Tempo necessario per la
lettura") became "Lektura zajmie ci ok. 5 minut"; a French this-article-reads-in line (set 221's Italian "Si legge in
circa") became the short-format label; a Russian the-piece-reads-in line became the longread label; and an English
Audioboom episode not available in the reader's territory (set 222's Russian region lock) became an expired episode.
Left as near kinds: the French a-posteriori moderation note (a moderation note like set 222's Russian premoderation
note, but of the other kind of moderation) and the English comments-open-for-48-hours note (it announces the window,
where the notes of sets 221 and 222 say it has closed). No embed service of a held-out marker here is named in the read
docstrings (Strava, Audioboom, Google Calendar, Vimeo for a French consent placeholder, Komoot, Spotify for an Italian
consent placeholder, Google Photos, Rutube; Vimeo and Spotify are named there for other failures in English), nor are
the platforms of the plugs (Fat Llama, Redbubble, Ulule, Amazon and Kindle) or the hosts and credits of the footers
(Hugo, PaperMod, Netlify, IPSO, Jekyll, GitHub Pages, a French publication director, a German V.i.S.d.P. line, Aruba.it,
Astra, home.pl, a Russian 16+ label). (5) Invented names were checked with ``find_string`` (exact, case-insensitive,
over public GitHub files) before use. No hits: Pealsworth, "Pealsworth Gazette", Treblewick, Bourdonval, Carillonnet,
Geläutstedt, Glockenreiter, Läutebrecht, Glockenstuhlweg (checked, not used), Campanizzo, Battaglieschi, Dzwonnikowo,
Sznurkiewska, Перезвоново, Перезвоновские, Трезвонский, "Two Saddles, One Chain", "Le tandem de Maëlle", "Ilkas
Tandemtagebuch", "Il tandem di Ornella", "Tandemowe wyprawy Haliny" and "Тандем Агафьи". Dropped for hits: Ropewell
(inside code identifiers), Seilzieh (inside the German word Seilziehen), Sznurowska (a real person), Sallowby (inside
identifiers such as disallowById), Quillfeather (invented names in several repositories), "Wend valley" (an invented
valley in other repositories) and Wendtal (inside lowendtalk) -- the replacements are the checked names above, and the
valley was dropped from the English and German mastheads ("and district", "und Umgebung"). "Le Réveil de Bourdonval",
"Geläutstedter Rundschau", "La Voce di Campanizzo", "Kurier Dzwonnikowski", "Перезвоновские вести", "Two Saddles Maps"
and "Daisy the tandem" are formed from checked names or common words and were not checked; first names (the bylines'
Cressida, Nell, Odile, Henrike, Gundula, Jutta, Hervé, Tecla, Zofia, Bogumiła, Ефим and Лидия, the bloggers Maud and
Ollie, Maëlle and Yann, Ilka and Jonas, Ornella and Piero, Halina and Zbyszek, Агафья and Степан, and the commenters'
first names, initials and handles) were not checked. Real services, platforms, shops, bodies and churches' saints
(Strava, Audioboom, Google Calendar, Vimeo, Komoot, Spotify, Google Photos, Rutube, Fat Llama, Redbubble, Ulule, Amazon,
Kindle, Hugo, PaperMod, Netlify, IPSO, Jekyll, GitHub Pages, Aruba.it, Astra, home.pl, Flipboard, WhatsApp, Bluesky,
Telegram, ОК, Дзен, Facebook, X, Pinterest, ВКонтакте, Brooks, Etsy, Ярмарка Мастеров, WordPress and its themes,
Grandsire Triples, St Botolph, Saint-Martin, St. Nikolai) are named as real pages do. (6) A script
(/tmp/s225scratch/check.py) checks case-insensitively that no noise line (held-out or page) sits inside an article line,
a keep line or another noise line (across all pages and lists, not only within a page), that no line repeats and that no
line holds an at-sign, that each page has 10 article and 20 noise lines, and the counts by category, language and place.
Its first run found 20 problems: the one-word section kickers were inside the menus and breadcrumbs of their pages
("COMMUNITY" also inside the held-out English byline and the English follow prompt), and the bare reading time "4 min"
of the Italian and Polish portals repeated and sat inside the other portals' reading times; the kickers became HERITAGE,
TRADITIONS, BRAUCHTUM, TRADIZIONI, TRADYCJE and ТРАДИЦИИ and the two reading times "4 minuti" and "4 minuty"; its second
run (and every later one) found nothing. Before that first run I had already fixed by eye the Polish and Russian ad
labels "Reklama" and "Реклама", which sat inside their copyright lines ("Reklama w Kurierze", "Реклама на сайте" became
"Dla reklamodawców" and "Рекламодателям"), and the German ad label "Anzeige", inside the menu's "Traueranzeigen"
(dropped from the menu); I had also moved the Russian portal's follow prompt into the list block, where the other
portals have theirs (my first draft put it in the newsletter block), and reworded a Polish sentence that called the
tenor a "sygnaturka". The English fixture was not opened, so whether a held-out line sits inside one of its lines was
not checked. gen225.py checks that no line of the file is over 120 columns and that it holds no at-sign, and imports the
written file back and finds its lists and pages equal to the scratch data. (7) The measurement was run once, as the
brief gives it, in one shell call at 16:36:05 UTC by ``date``, with the xfail tables empty and this docstring without
its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as /tmp/s225scratch/pre_measure_copy.py);
pytest printed 23 failed, 54 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s225scratch, importing the copy in /tmp/wt-s225/tests with /tmp/wt-s225/src on the path) then printed
``_problems`` of each failing case: the thirteen lines and the ten pages of the tables; every problem printed is a kept
noise line ("kept boilerplate"); no keep line and no article line of a page is lost and no problem of another kind (no
unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. (8) The tables
were written from that output by mktables.py (/tmp/s225scratch/tables225.py, which gen225.py puts into this file): it
checks that every printed problem is a kept noise line, that the keys of the tables are exactly the failing lines and
pages, maps each page problem (cut at 80 characters by ``_problems``) back to the one full noise line it starts, and
quotes each of them in full with its place and the count the report counts left; the lists and pages of the final file
were imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s225 (see the Baseline paragraph). (9) Clock: ``date`` printed 16:30:45 at the start, 16:34:43 after the wording
changes of note (4), 16:36:05 at the measurement and 16:36:44 after the problems were printed; the tables, the Baseline
paragraph and these notes followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the peal and the tandem ride that open with
or hold a noise-like word ("Comments overheard in the churchyard suggested the ringing carried as far as the river.",
"Sharing the steering was never an option, so the captain stayed on the front seat all day.", "Subscribers to the
ringing society's newsletter had raised half the cost of rehanging the bells.", "Follow the leader is how the stoker
describes riding at the back of a tandem.", "Reading the method from a card was not allowed, so every ringer learned it
by heart.", "Advertising for new ringers began in the spring, and seven learners answered.", "Posted on the church door,
the peal notice listed all eight ringers and the conductor.", "Partager un tandem, c'est accepter que l'un voie la route
et l'autre le dos de son équipier.", "Commentaires et applaudissements ont fusé sur le parvis à la dernière volée.",
"Abonnés depuis des années au bulletin des sonneurs, les deux frères ont sonné la cloche ténor.", "Teilen mussten sich
die beiden Fahrer am Ende nur eine Portion Kaiserschmarrn.", "Lesen konnten die Zuhörer die Reihenfolge der Glocken auf
einer Tafel am Kirchturm.", "Abonnenten des Gemeindeblatts hatten den Termin des Geläuts schon im Frühjahr erfahren.",
"Condividere la fatica in salita è il segreto del tandem, dice il capitano.", "Commenti entusiasti dei turisti hanno
accompagnato l'ultima sequenza delle campane.", "Seguire il ritmo del compagno richiede settimane di allenamento sul
tandem.", "Obserwujący z rynku mieszkańcy liczyli zmiany na palcach.", "Udostępniona przez parafię dzwonnica była
otwarta dla zwiedzających przez cały dzień.", "Комментарии звонарей после трёх часов работы были короткими: «Устали, но
довольны»." and "Подписчики велоклуба встретили тандем на финише с флагами."): each is a full sentence with a subject, a
verb and a fact of the story, so article ("Comments overheard", "Commentaires et applaudissements", "Commenti
entusiasti" and "Комментарии звонарей" open like comment furniture but report what listeners and ringers said; "Sharing
the steering", "Partager un tandem", "Teilen mussten sich", "Condividere la fatica" and "Udostępniona przez parafię"
open like share rows but are about steering, a tandem, a dessert, a climb and a belfry; "Subscribers to the ringing
society's newsletter", "Abonnés depuis des années", "Abonnenten des Gemeindeblatts" and "Подписчики велоклуба" open like
subscribe prompts but say who raised money, who rang, who knew the date and who met the tandem; "Follow the leader",
"Seguire il ritmo" and "Obserwujący z rynku" open like follow prompts but describe the stoker's ride, training and
onlookers; "Reading the method" and "Lesen konnten die Zuhörer" open like reading-time labels but tell of the ringers'
method and a board; "Advertising for new ringers" opens like an ad label but tells how learners were found; "Posted on
the church door" opens like a posted-on line but tells where the peal notice hung). Borderline categories: the four
plugs (tandem hire through Fat Llama, photo prints on Redbubble, the Ulule tandem tour, the Amazon and Kindle guide) are
bylines and self-promotion, at the foot, since they sell the author's work in the author's voice; the Vimeo, Komoot and
Spotify consent placeholders are markers (what an embed leaves in the text when it is not loaded), though they read as
sentences, and so is the Google Calendar loading line with its ad-blocker hint; the IPSO membership line, the French
publication-director line, the German V.i.S.d.P. line and the Russian 16+ line are footers (legal lines of the site, not
of the article); the featured-comment label, the shortened-by-the-newsroom note, the tab row, the expand-the-thread
link, the follow-the-discussion prompt, the subscribers-only prompt, the a-posteriori moderation note and the 48-hours
note are comment furniture, since they sit over or under comments and speak only of commenting; the German transparency
note and the Polish updated-at note are notices in the body, and the Italian subscribers-only meter note is a notice at
the foot (all three speak of the article they sit in or of the reader's access to it). On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (menus, mastheads and blog names with taglines, breadcrumbs, section kickers,
bylines with dates, posted-on lines, reading times, tables of contents, captions and photo credits, ad labels, read-also
links, affiliate links with their disclosure, pin-it prompts, follow prompts, newsletter and get-new-posts prompts,
share rows, tags lines, sign-offs and plugs, comment counts and headings, comments and replies, load-more links,
leave-a-reply prompts, copyright lines) is noise. The list rows (the times of the afternoon on the portals, the three
stages on the blogs) are short but part of each article, so article; the list headings ("How the afternoon went", "The
ride in three stages" and their translations) are the articles' subheadings, so article; the portals' follow prompts are
noise though they close the list block; the portals' captions and ad labels are noise though they share the block of the
second paragraph and the quote; the portals' newsletter prompts and tags lines are noise though they share the block of
the two last paragraphs; the blogs' opening captions ("Ollie checking the tyres outside our back gate at seven in the
morning." and their translations) are noise though they read like a sentence of the post and sit between the first and
second paragraphs; the blogs' café-stop captions are noise though they sit inside the list block; the blogs' sign-offs
are noise though they share the block of the two last paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines: an English, a German, a Polish and a Russian one), body 10 (the eight markers and
two notices: German and Polish), tail 24 (four plugs: two English, a French and an Italian one, eight footers, eight
comment lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-pealsworth-first-full-peal (the first
full peal in forty years at St Botolph's, Pealsworth, in The Pealsworth Gazette),
en-blog-two-saddles-one-chain-first-hundred (Maud and Ollie's first 100 kilometres on their tandem),
fr-portail-bourdonval-premier-peal-complet (the same peal at Saint-Martin de Bourdonval, in Le Réveil de Bourdonval),
fr-blog-le-tandem-de-maelle-notre-premier-cent (Maëlle and Yann's first hundred),
de-portal-gelaeutstedt-erstes-vollstaendiges-peal (St. Nikolai in Geläutstedt, in the Geläutstedter Rundschau),
de-blog-ilkas-tandemtagebuch-unsere-ersten-hundert (Ilka and Jonas), it-portale-campanizzo-primo-peal-completo (San
Martino in Campanizzo, in La Voce di Campanizzo), it-blog-il-tandem-di-ornella-i-nostri-primi-cento (Ornella and Piero),
pl-portal-dzwonnikowo-pierwszy-pelny-peal (św. Marcin in Dzwonnikowo, in the Kurier Dzwonnikowski),
pl-blog-tandemowe-wyprawy-haliny-nasza-pierwsza-setka (Halina and Zbyszek), ru-portal-perezvonovo-pervyi-polnyi-pil (the
Никольский храм in Перезвоново, in the Перезвоновские вести), ru-blog-tandem-agafi-nasha-pervaya-sotnya (Агафья and
Степан), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 29694a72db3f53e7141269842f84a778c052d8ad, measured with ``cd /tmp/wt-s225 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s225/src python -m pytest -q tests/test_clean_held_out_225.py -rA -p
no:cacheprovider`` (23 failed, 54 passed) and ``cd /tmp/wt-s225 && PYTHONPATH=/tmp/wt-s225/src python
scripts/clean_held_out_report.py --sets 225``, with the xfail tables empty, at 16:36:05 UTC by ``date``): noise lines
removed 32/45 (marker 4/8, reading-time 5/7, byline 5/8, footer 8/8, comments 7/8, share 3/3, notice 0/3; the 13 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: four markers in the body (the English Audioboom
expired-episode line, the English Google Calendar loading line with its ad-blocker hint, the German Komoot
recommended-external-content placeholder and the Russian Rutube under-moderation line), two reading times at the head
(the English blog's settle-in quarter-of-an-hour line and the French short-format label), three plugs at the foot (the
English Fat Llama tandem-hire plug, the French Ulule plug and the Italian Amazon and Kindle guide plug), one comment
line at the foot (the French a-posteriori moderation note) and all three notices (the German transparency note and the
Polish updated-at note in the body, the Italian subscribers-only meter note at the foot); the Strava, Vimeo, Spotify and
Google Photos markers, the other five reading times, the four bylines at the head, the English Redbubble plug, all eight
footers, the other seven comment lines and every share row went); keep lines kept 20/20; pages 2/12 clean, 33 of 240
page noise lines left and 0 of 120 article lines lost. Clean: the English and German portal pages. Left: on the French,
Italian, Polish and Russian portal pages the masthead with its tagline at the foot of the first block, under the section
menu (1 each); on the English blog page the blog name with its tagline and the menu (the whole first block), the table
of contents, the opening photo's caption, the affiliate link with its disclosure and the café-stop caption inside the
list block (6); on the French and Italian blog pages the same but the affiliate link (5 each); on the German blog page
the table of contents, the two captions and the sign-off (4); on the Polish blog page the table of contents and the two
captions (3); on the Russian blog page the table of contents, the two captions, the sign-off, the share row and the
Yarmarka Masterov plug (6). No page and no keep line loses an article line. The failing cases are strict xfails; with
them the pytest command on the final file in /tmp/wt-s225 gave 54 passed, 23 xfailed, no XPASS.

Measured after round 141 (2026-12-07, lead; the writers of this set and of set 226 worked beside round 141 from its
base, 29694a7; round 141 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 221 222 223 224 225 226`` and the set's pytest file): noise lines removed 32/45
(unchanged), keep lines kept 20/20, pages 6/12 clean (was 2), 27 of 240 page noise lines left (was 33), 0 of 120 article
lines lost. The French, Italian, Polish and Russian portals' masthead with its tagline at the top of the first block now
goes (round 141's masthead whose tagline ends in its founding year, over a block the rules took), so the four pages are
clean and their xfails were removed; the Russian blog's share row and the route-maps plug under it now go too (round
141's Russian share row naming the post), and its reason was reworded (4 of 20 left). Every other xfail still fails as
its reason says.

Measured after round 142 (2026-12-07, lead; round 142 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231
232`` and the set's pytest file): nothing moved: noise lines removed 32/45, keep lines kept 20/20, pages 6/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 142 (sets
223/224: a shop link over the article's subheading, a quoted name ending a list row, a sign-off with a comma between its
wishes, a blog's title under the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence
whose subject follows, the French "Durée de lecture estimée" label and an Italian print-edition note) read none of this
set's wordings or layouts.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): nothing moved: noise lines removed 32/45, keep lines kept 20/20, pages 6/12 clean, 27
of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 143 (sets
227/228: the writer's "we" over a taken sign-off, mastheads joined to their tagline by a middle dot, news-tip prompts,
talked-about sponsored headlines under an ad label, captions closed by a bracketed family credit such as "(photo: my
mum)", reading-time, byline and editor's-note wordings) read none of this set's wordings or layouts.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 32/45 (unchanged), keep lines kept 20/20,
pages 6/12 clean, 15 of 240 page noise lines left (was 27), 0 of 120 article lines lost. Every blog's numbered table of
contents ("Contents: 1. Setting off 2. The café stop 3. The long drag home" and its five twins) now goes, and the
English, French and Italian blogs' name with tagline and menu ("Two Saddles, One Chain – adventures of a slow tandem and
two stubborn riders", "Home · Rides · Kit · About us · Contact" and their twins) go with it (round 144's numbered tables
of contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail still
fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): nothing moved: noise lines removed 32/45, keep lines kept
20/20, pages 6/12 clean, 15 of 240 page noise lines left, 0 of 120 article lines lost; every xfail still fails as its
reason says. Round 145 (sets 240/242: list rows closed by a time of day that are the article's timetable, not
commenters' headers; a dated news sentence is no head caption; captions with a bracketed short credit; arrowed replies
naming a town; Russian contents headers; a German shop link) read none of this set's wordings or layouts.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_225_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Strava activity is set to Followers only and cannot be displayed here.', 'marker'),
    ('body', 'Audioboom: this episode has expired and can no longer be played.', 'marker'),
    ('body', 'Loading Google Calendar… If the calendar does not appear, your ad blocker may be blocking it.', 'marker'),
    ('body', 'Ce contenu est fourni par Vimeo. Pour le voir, acceptez les cookies de ce fournisseur.', 'marker'),
    ('body', 'Empfohlener externer Inhalt: Hier finden Sie eine Tour von Komoot, die den Artikel ergänzt.', 'marker'),
    ('body', 'Il contenuto di Spotify non può essere mostrato finché non accetti i cookie di profilazione.', 'marker'),
    ('body', 'Album Google Photos jest niedostępny: właściciel wyłączył udostępnianie linkiem.', 'marker'),
    ('body', 'Rutube: видео находится на модерации и скоро станет доступно.', 'marker'),
    ('head', 'Time to read: about 7 minutes', 'reading-time'),
    ('head', 'Settle in – this ride report will take you a good quarter of an hour to read.', 'reading-time'),
    ('head', 'Format court : 5 minutes de lecture', 'reading-time'),
    ('head', 'Lesezeit für diesen Artikel: rund 5 Minuten', 'reading-time'),
    ('head', 'Un articolo da 5 minuti di lettura', 'reading-time'),
    ('head', 'Lektura zajmie ci ok. 5 minut', 'reading-time'),
    ('head', 'Лонгрид · 5 минут', 'reading-time'),
    ('head', 'By Cressida Treblewick, community correspondent', 'byline'),
    ('head', 'Von unserer Mitarbeiterin Gundula Glockenreiter', 'byline'),
    ('head', 'Oprac. Bogumiła Sznurkiewska', 'byline'),
    ('head', 'Корреспондент: Ефим Трезвонский', 'byline'),
    ('tail', 'We rent out our tandem at weekends through Fat Llama – search for Daisy the tandem.', 'byline'),
    ('tail', 'Prints of the photos from this ride are in my Redbubble shop.', 'byline'),
    ('tail', 'Soutenez notre tour de France en tandem sur Ulule !', 'byline'),
    ('tail', 'La mia guida ai giri in tandem nelle Langhe è su Amazon, anche in formato Kindle.', 'byline'),
    ('tail', 'Built with Hugo · Theme: PaperMod · Hosted by Netlify', 'footer'),
    ('tail', 'This newspaper is a member of IPSO, the Independent Press Standards Organisation.', 'footer'),
    ('tail', 'Powered by Jekyll · Hosted on GitHub Pages · Source on GitHub', 'footer'),
    ('tail', 'Directeur de la publication : Hervé Carillonnet · Mentions légales', 'footer'),
    ('tail', 'V.i.S.d.P.: Jutta Läutebrecht, Chefredaktion', 'footer'),
    ('tail', 'Sito ospitato su Aruba.it · Informativa privacy · Preferenze cookie', 'footer'),
    ('tail', 'Copyright © 2026 · Motyw: Astra · Hosting: home.pl', 'footer'),
    ('tail', '16+ · При цитировании ссылка на сайт обязательна', 'footer'),
    ('tail', 'Comments are open for 48 hours after publication.', 'comments'),
    ('tail', 'Featured comment – selected by our moderators', 'comments'),
    ('tail', 'You must be a subscriber to comment. Already a subscriber? Sign in.', 'comments'),
    ('tail', 'Cet espace de commentaires est modéré a posteriori.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion gekürzt.', 'comments'),
    ('tail', 'Segui la discussione: ricevi una notifica per ogni nuova risposta', 'comments'),
    ('tail', 'Najciekawsze komentarze · Wszystkie (17)', 'comments'),
    ('tail', 'Развернуть ветку · 4 ответа', 'comments'),
    ('tail', 'Tell others about this story: Flipboard · WhatsApp · Email · Print', 'share'),
    ('tail', 'Diffuser : Bluesky · Flipboard · WhatsApp · Copier le lien', 'share'),
    ('tail', 'Поделиться: ОК · Telegram · Дзен', 'share'),
    ('body', 'Transparenzhinweis: Die Recherche wurde vom Glockengießerverband unterstützt.', 'notice'),
    ('body', 'Artykuł został zaktualizowany o godz. 14:20.', 'notice'),
    ('tail', 'Contenuto riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese.', 'notice'),
]

HELD_OUT_225_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments overheard in the churchyard suggested the ringing carried as far as the river.'),
    ('head', 'Sharing the steering was never an option, so the captain stayed on the front seat all day.'),
    ('head', "Subscribers to the ringing society's newsletter had raised half the cost of rehanging the bells."),
    ('body', 'Follow the leader is how the stoker describes riding at the back of a tandem.'),
    ('body', 'Reading the method from a card was not allowed, so every ringer learned it by heart.'),
    ('tail', 'Advertising for new ringers began in the spring, and seven learners answered.'),
    ('tail', 'Posted on the church door, the peal notice listed all eight ringers and the conductor.'),
    ('head', "Partager un tandem, c'est accepter que l'un voie la route et l'autre le dos de son équipier."),
    ('body', 'Commentaires et applaudissements ont fusé sur le parvis à la dernière volée.'),
    ('tail', 'Abonnés depuis des années au bulletin des sonneurs, les deux frères ont sonné la cloche ténor.'),
    ('head', 'Teilen mussten sich die beiden Fahrer am Ende nur eine Portion Kaiserschmarrn.'),
    ('tail', 'Lesen konnten die Zuhörer die Reihenfolge der Glocken auf einer Tafel am Kirchturm.'),
    ('tail', 'Abonnenten des Gemeindeblatts hatten den Termin des Geläuts schon im Frühjahr erfahren.'),
    ('head', 'Condividere la fatica in salita è il segreto del tandem, dice il capitano.'),
    ('body', "Commenti entusiasti dei turisti hanno accompagnato l'ultima sequenza delle campane."),
    ('tail', 'Seguire il ritmo del compagno richiede settimane di allenamento sul tandem.'),
    ('head', 'Obserwujący z rynku mieszkańcy liczyli zmiany na palcach.'),
    ('tail', 'Udostępniona przez parafię dzwonnica była otwarta dla zwiedzających przez cały dzień.'),
    ('body', 'Комментарии звонарей после трёх часов работы были короткими: «Устали, но довольны».'),
    ('tail', 'Подписчики велоклуба встретили тандем на финише с флагами.'),
]

HELD_OUT_225_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-pealsworth-first-full-peal', [
        ["-News · Sport · What's On · Bells & Belfries · Obituaries · Jobs",
         '-The Pealsworth Gazette – Serving Pealsworth and district since 1868'],
        ['-Home > News > Pealsworth > Community'],
        ['-HERITAGE',
         "+First full peal in forty years rings out from St Botolph's in Pealsworth",
         '-4 min read'],
        ['-By Nell Treblewick · Saturday 14 November 2026, 18:05',
         '-Share: Facebook · X · WhatsApp · Email',
         ("+Eight ringers rang the first full peal on the rehung bells of St Botolph's on Saturday afternoon, the "
          'first heard in Pealsworth since 1986.')],
        ['-The band in the ringing chamber before the start. Photo: Pealsworth Gazette',
         ('+The 5,040 changes of Grandsire Triples took three hours and seven minutes, with a tenor of almost a '
          'tonne behind the band.'),
         '-Advertisement',
         ('+"The bells have been silent for so long that half the town came out just to listen," said the tower '
          'captain, who conducted the peal from the fourth bell.')],
        ['-Read also: Church roof appeal passes its £80,000 target'],
        ['+How the afternoon went',
         '+At 2pm the ringers met in the tower and checked the ropes and stays.',
         '+At 2.25pm the treble led off and the peal began.',
         '+At 5.32pm the last change came round and the bells were set.',
         '-Follow the Gazette on Facebook for more community news'],
        ["-Get the Gazette's free morning newsletter – sign up here",
         '+A peal board recording the eight names will be unveiled in the tower in the spring.',
         '+Practice night for learners is every Thursday at 7.30pm, and the band says newcomers are welcome.',
         "-Tags: bell ringing, St Botolph's, Pealsworth"],
        ['-3 comments',
         '-RiversideRambler: Heard it from the allotments, absolutely glorious.',
         '-↳ Pealsworth Gazette: Thanks – the full peal details are on the church website.',
         '-Jenny_K: My grandad rang here in the 1950s, he would have loved this.',
         '-↳ MarkTheTenor: He would have been proud, Jenny, the tenor went beautifully.',
         '-Load more comments'],
        ['-© 2026 Pealsworth Gazette Ltd · Privacy · Terms · Contact us · Advertise with us'],
    ]),
    _page('en', 'en-blog-two-saddles-one-chain-first-hundred', [
        ['-Two Saddles, One Chain – adventures of a slow tandem and two stubborn riders',
         '-Home · Rides · Kit · About us · Contact'],
        ['+Our first hundred: 100 kilometres on the tandem',
         '-Posted on 8 November 2026 by Maud · 14 comments'],
        ['-Reading time: 9 minutes',
         '-Contents: 1. Setting off 2. The café stop 3. The long drag home'],
        [('+We had talked about riding a hundred kilometres on the tandem since we bought it second-hand last '
          'spring, and on Saturday we finally did it.'),
         '-Ollie checking the tyres outside our back gate at seven in the morning.',
         ('+We set off at half past seven with two bananas, four flapjacks and a spare inner tube, Ollie on the '
          'front and me on the back.')],
        [('+"The captain steers, the stoker pedals, and both of you apologise," an old tandem-club member told us '
          'when we bought the bike, and he was right.'),
         '-Our saddles are from Brooks – this is an affiliate link, so we get a small commission if you buy one.',
         '-Pin this post for later!'],
        ['+The ride in three stages',
         '-The café stop at the old mill, with the tandem leaning on the wall.',
         '+Stage one: 40 kilometres along the valley to the café, in just under two hours.',
         '+Stage two: the long climb over the ridge, where we walked the last hundred metres.',
         '+Stage three: 35 kilometres home with the wind behind us, singing most of the way.'],
        ['+We rolled back through the gate at ten past four with 101 kilometres on the computer and very sore legs.',
         '+Next year we want to try a 200-kilometre audax, so the training starts again on Sunday.',
         '-Happy pedalling, Maud and Ollie'],
        ['-Share this post: Facebook · Pinterest · WhatsApp',
         '-We sell our hand-drawn tandem route maps on Etsy – look for Two Saddles Maps.'],
        ['-14 thoughts on "Our first hundred: 100 kilometres on the tandem"',
         '-Pat R.: Well done both! Our first hundred nearly ended our marriage.',
         '-↳ Maud: Ha! We came close on the climb, Pat.',
         '-Sunil: Which route did you take over the ridge?',
         '-↳ Maud: The old quarry road – steep but quiet.',
         '-Leave a Reply'],
        ['-© 2026 Two Saddles, One Chain · Theme: Twenty Twenty-Four · Powered by WordPress',
         '-Get new posts by email – enter your address and press Follow'],
    ]),
    _page('fr', 'fr-portail-bourdonval-premier-peal-complet', [
        ['-Actualités · Sports · Sorties · Patrimoine · Avis de décès · Annonces',
         "-Le Réveil de Bourdonval – L'information de Bourdonval et de sa vallée depuis 1911"],
        ['-Accueil > Actualités > Bourdonval > Patrimoine'],
        ['-TRADITIONS',
         '+Premier peal complet depuis quarante ans au clocher de Saint-Martin de Bourdonval',
         '-Lecture 4 min'],
        ['-Par Odile Carillonnet · Publié le samedi 14 novembre 2026 à 18h05',
         '-Partager : Facebook · X · WhatsApp · E-mail',
         ('+Huit sonneurs ont sonné samedi après-midi le premier peal complet sur les cloches remontées de '
          'Saint-Martin, le premier entendu à Bourdonval depuis 1986.')],
        ['-Les sonneurs dans la chambre des cordes avant le départ. Photo : Le Réveil de Bourdonval',
         ('+Les 5 040 changements de Grandsire Triples ont duré trois heures et sept minutes, avec un bourdon de '
          "près d'une tonne derrière l'équipe."),
         '-Publicité',
         ('+« Les cloches se sont tues si longtemps que la moitié de la ville est venue rien que pour écouter », a '
          'déclaré le chef de tour, qui dirigeait le peal depuis la quatrième cloche.')],
        ["-À lire aussi : La souscription pour la toiture de l'église dépasse 80 000 euros"],
        ["+Le déroulé de l'après-midi",
         '+À 14 heures, les sonneurs se sont retrouvés au clocher pour vérifier les cordes.',
         '+À 14 h 25, la petite cloche a ouvert la série et le peal a commencé.',
         '+À 17 h 32, le dernier changement est revenu en rond et les cloches ont été arrêtées.',
         '-Suivez Le Réveil de Bourdonval sur Facebook'],
        ["-Recevez gratuitement notre lettre d'information du matin – inscrivez-vous",
         '+Un tableau portant les huit noms sera dévoilé dans le clocher au printemps.',
         ("+Les répétitions pour débutants ont lieu chaque jeudi à 19 h 30, et l'équipe accueille volontiers les "
          'nouveaux.'),
         '-Mots-clés : cloches, Saint-Martin, Bourdonval'],
        ['-3 réactions',
         '-Randonneur_du_val : Entendu depuis les jardins familiaux, magnifique.',
         '-↳ Le Réveil de Bourdonval : Merci, le détail du peal est sur le site de la paroisse.',
         '-Josette B. : Mon grand-père sonnait ici dans les années 1950, il aurait adoré.',
         '-↳ Marc_le_bourdon : Il aurait été fier, Josette, le bourdon a sonné à merveille.',
         '-Charger plus de réactions'],
        ['-© 2026 Le Réveil de Bourdonval · Confidentialité · CGU · Contact · Annoncer chez nous'],
    ]),
    _page('fr', 'fr-blog-le-tandem-de-maelle-notre-premier-cent', [
        ["-Le tandem de Maëlle – récits d'un tandem lent et de deux têtes de mule",
         '-Accueil · Sorties · Matériel · Qui sommes-nous · Contact'],
        ['+Notre premier cent : 100 kilomètres en tandem',
         '-Publié le 8 novembre 2026 par Maëlle · 14 commentaires'],
        ['-Temps de lecture : 9 minutes',
         '-Sommaire : 1. Le départ 2. La pause café 3. Le long retour'],
        [("+Nous parlions de rouler cent kilomètres en tandem depuis son achat d'occasion au printemps dernier, et "
          "samedi nous l'avons enfin fait."),
         '-Yann qui vérifie les pneus devant notre portail à sept heures du matin.',
         ('+Nous sommes partis à sept heures et demie avec deux bananes, quatre barres de céréales et une chambre à '
          'air de rechange, Yann devant et moi derrière.')],
        [("+« Le capitaine dirige, le stoker pédale, et les deux s'excusent », nous avait dit un ancien du club de "
          'tandem quand nous avons acheté le vélo, et il avait raison.'),
         ('-Nos selles viennent de chez Brooks – lien affilié, nous touchons une petite commission si vous en '
          'achetez une.'),
         '-Épinglez cet article pour plus tard !'],
        ['+La sortie en trois étapes',
         '-La pause café au vieux moulin, le tandem appuyé contre le mur.',
         "+Première étape : 40 kilomètres le long de la vallée jusqu'au café, en un peu moins de deux heures.",
         '+Deuxième étape : la longue montée sur la crête, dont nous avons fait les cent derniers mètres à pied.',
         '+Troisième étape : 35 kilomètres de retour avec le vent dans le dos, en chantant presque tout le long.'],
        ['+Nous avons repassé le portail à seize heures dix avec 101 kilomètres au compteur et les jambes en compote.',
         "+L'an prochain, nous voulons tenter un brevet de 200 kilomètres, alors l'entraînement reprend dimanche.",
         '-Bonnes pédalées, Maëlle et Yann'],
        ["-Partager l'article : Facebook · Pinterest · WhatsApp",
         "-Nos cartes d'itinéraires dessinées à la main sont en vente sur Etsy, boutique Le tandem de Maëlle."],
        ['-14 réflexions sur « Notre premier cent : 100 kilomètres en tandem »',
         '-Patricia R. : Bravo à vous deux ! Notre premier cent a failli nous coûter notre mariage.',
         "-↳ Maëlle : Ha ! On n'en était pas loin dans la montée, Patricia.",
         '-Samir : Quelle route avez-vous prise pour passer la crête ?',
         '-↳ Maëlle : La vieille route de la carrière, raide mais tranquille.',
         '-Laisser un commentaire'],
        ['-© 2026 Le tandem de Maëlle · Thème : Twenty Twenty-Four · Propulsé par WordPress',
         "-Recevez les nouveaux articles par e-mail – saisissez votre adresse et cliquez sur S'abonner"],
    ]),
    _page('de', 'de-portal-gelaeutstedt-erstes-vollstaendiges-peal', [
        ['-Lokales · Sport · Freizeit · Kirche & Kultur · Stellenmarkt',
         '-Geläutstedter Rundschau – Die Zeitung für Geläutstedt und Umgebung seit 1871'],
        ['-Startseite > Lokales > Geläutstedt > Kirche & Kultur'],
        ['-BRAUCHTUM',
         '+Erstes vollständiges Peal seit vierzig Jahren in der Stadtkirche St. Nikolai',
         '-4 Min.'],
        ['-Von Henrike Läutebrecht · Samstag, 14. November 2026, 18:05 Uhr',
         '-Teilen: Facebook · X · WhatsApp · E-Mail',
         ('+Acht Läuterinnen und Läuter haben am Samstagnachmittag das erste vollständige Peal auf den neu '
          'aufgehängten Glocken von St. Nikolai geläutet, das erste in Geläutstedt seit 1986.')],
        ['-Die Läutergruppe in der Glockenstube vor dem Start. Foto: Geläutstedter Rundschau',
         ('+Die 5040 Wechsel nach der Methode Grandsire Triples dauerten drei Stunden und sieben Minuten, mit einer '
          'fast eine Tonne schweren Tenorglocke im Rücken.'),
         '-Anzeige',
         ('+„Die Glocken haben so lange geschwiegen, dass die halbe Stadt nur zum Zuhören gekommen ist“, sagte der '
          'Turmleiter, der das Peal von der vierten Glocke aus dirigierte.')],
        ['-Lesen Sie auch: Spendenaktion für das Kirchendach knackt 80.000 Euro'],
        ['+So lief der Nachmittag',
         '+Um 14 Uhr trafen sich die Läuter im Turm und prüften Seile und Stützen.',
         '+Um 14.25 Uhr setzte die kleinste Glocke ein, und das Peal begann.',
         '+Um 17.32 Uhr kam der letzte Wechsel in die Runde, und die Glocken wurden angehalten.',
         '-Folgen Sie der Rundschau auf Facebook'],
        ['-Jetzt den kostenlosen Morgen-Newsletter der Rundschau abonnieren',
         '+Eine Tafel mit den acht Namen soll im Frühjahr im Turm enthüllt werden.',
         '+Übungsabend für Anfänger ist jeden Donnerstag um 19.30 Uhr, Neulinge sind willkommen.',
         '-Schlagworte: Glocken, St. Nikolai, Geläutstedt'],
        ['-3 Kommentare',
         '-Talwanderer_62: Vom Schrebergarten aus gehört, einfach herrlich.',
         '-↳ Geläutstedter Rundschau: Danke! Die Einzelheiten zum Peal stehen auf der Seite der Gemeinde.',
         '-Jens_K: Mein Opa hat hier in den 1950ern geläutet, das hätte ihm gefallen.',
         '-↳ Tenor_Markus: Er wäre stolz gewesen, Jens, der Tenor klang wunderbar.',
         '-Weitere Kommentare laden'],
        ['-© 2026 Geläutstedter Rundschau · Datenschutz · Impressum · Kontakt · Mediadaten'],
    ]),
    _page('de', 'de-blog-ilkas-tandemtagebuch-unsere-ersten-hundert', [
        ['-Ilkas Tandemtagebuch – Geschichten von einem langsamen Tandem und zwei Dickköpfen',
         '-Start · Touren · Ausrüstung · Über uns · Kontakt'],
        ['+Unsere ersten Hundert: 100 Kilometer auf dem Tandem',
         '-Veröffentlicht am 8. November 2026 von Ilka · 14 Kommentare'],
        ['-Lesezeit: 9 Minuten',
         '-Inhalt: 1. Der Aufbruch 2. Die Kaffeepause 3. Der lange Heimweg'],
        [('+Seit wir das Tandem im letzten Frühjahr gebraucht gekauft haben, wollten wir einmal hundert Kilometer '
          'fahren, und am Samstag haben wir es endlich getan.'),
         '-Jonas prüft um sieben Uhr morgens die Reifen vor unserem Gartentor.',
         ('+Wir sind um halb acht losgefahren, mit zwei Bananen, vier Müsliriegeln und einem Ersatzschlauch, Jonas '
          'vorne und ich hinten.')],
        [('+„Der Kapitän lenkt, der Stoker tritt, und beide entschuldigen sich“, hat uns ein alter Tandemfahrer beim '
          'Kauf gesagt, und er hatte recht.'),
         ('-Unsere Sättel sind von Brooks – das ist ein Affiliate-Link, wir bekommen eine kleine Provision, wenn ihr '
          'einen kauft.'),
         '-Merk dir diesen Beitrag auf Pinterest!'],
        ['+Die Tour in drei Etappen',
         '-Kaffeepause an der alten Mühle, das Tandem an der Wand.',
         '+Erste Etappe: 40 Kilometer durchs Tal bis zum Café, in knapp zwei Stunden.',
         '+Zweite Etappe: der lange Anstieg über den Kamm, die letzten hundert Meter haben wir geschoben.',
         '+Dritte Etappe: 35 Kilometer heimwärts mit Rückenwind, fast die ganze Zeit singend.'],
        ['+Um zehn nach vier rollten wir mit 101 Kilometern auf dem Tacho und sehr müden Beinen durchs Tor.',
         '+Nächstes Jahr wollen wir einen 200-Kilometer-Brevet versuchen, also geht das Training am Sonntag weiter.',
         '-Gute Fahrt, Ilka und Jonas'],
        ['-Beitrag teilen: Facebook · Pinterest · WhatsApp',
         '-Unsere handgezeichneten Tandem-Routenkarten gibt es bei Etsy im Shop Ilkas Tandemtagebuch.'],
        ['-14 Gedanken zu „Unsere ersten Hundert: 100 Kilometer auf dem Tandem“',
         '-Petra R.: Glückwunsch euch beiden! Unsere ersten Hundert hätten fast unsere Ehe gekostet.',
         '-↳ Ilka: Ha! Am Anstieg war es bei uns auch knapp, Petra.',
         '-Sven: Welche Strecke seid ihr über den Kamm gefahren?',
         '-↳ Ilka: Die alte Steinbruchstraße, steil, aber ruhig.',
         '-Schreibe einen Kommentar'],
        ['-© 2026 Ilkas Tandemtagebuch · Theme: Twenty Twenty-Four · Mit Stolz präsentiert von WordPress',
         '-Neue Beiträge per E-Mail erhalten – Adresse eingeben und auf Folgen klicken'],
    ]),
    _page('it', 'it-portale-campanizzo-primo-peal-completo', [
        ['-Cronaca · Sport · Eventi · Chiese e campanili · Necrologie · Lavoro',
         '-La Voce di Campanizzo – Il quotidiano di Campanizzo e della valle dal 1904'],
        ['-Home > Cronaca > Campanizzo > Comunità'],
        ['-TRADIZIONI',
         "+Primo peal completo da quarant'anni dal campanile di San Martino a Campanizzo",
         '-4 minuti'],
        ['-di Tecla Battaglieschi · sabato 14 novembre 2026, 18:05',
         '-Condividi: Facebook · X · WhatsApp · Email',
         ('+Otto suonatori hanno suonato sabato pomeriggio il primo peal completo sulle campane rimontate di San '
          'Martino, il primo a Campanizzo dal 1986.')],
        ["-I suonatori nella cella campanaria prima dell'inizio. Foto: La Voce di Campanizzo",
         ('+I 5.040 cambi del metodo Grandsire Triples sono durati tre ore e sette minuti, con un campanone di quasi '
          'una tonnellata alle spalle della squadra.'),
         '-Pubblicità',
         ('+«Le campane sono rimaste mute così a lungo che mezza città è venuta solo per ascoltare», ha detto il '
          'capo campanaro, che ha diretto il peal dalla quarta campana.')],
        ['-Leggi anche: La raccolta fondi per il tetto della chiesa supera gli 80.000 euro'],
        ["+Com'è andato il pomeriggio",
         '+Alle 14 i suonatori si sono ritrovati sul campanile per controllare le corde.',
         '+Alle 14.25 è partita la campana più piccola ed è cominciato il peal.',
         "+Alle 17.32 è tornato l'ultimo cambio e le campane sono state fermate.",
         '-Segui La Voce di Campanizzo su Facebook'],
        ['-Iscriviti gratis alla newsletter del mattino della Voce',
         '+Una targa con gli otto nomi sarà inaugurata sul campanile in primavera.',
         '+Le prove per i principianti sono ogni giovedì alle 19.30 e la squadra accoglie volentieri i nuovi.',
         '-Tag: campane, San Martino, Campanizzo'],
        ['-3 commenti',
         '-Camminatore_della_valle: Sentito dagli orti, bellissimo.',
         '-↳ La Voce di Campanizzo: Grazie! I dettagli del peal sono sul sito della parrocchia.',
         '-Giulia_K: Mio nonno suonava qui negli anni Cinquanta, gli sarebbe piaciuto.',
         '-↳ Marco_campanone: Sarebbe stato fiero, Giulia, il campanone ha suonato benissimo.',
         '-Carica altri commenti'],
        ['-© 2026 La Voce di Campanizzo · Privacy · Termini · Contatti · Inserzioni'],
    ]),
    _page('it', 'it-blog-il-tandem-di-ornella-i-nostri-primi-cento', [
        ['-Il tandem di Ornella – storie di un tandem lento e di due teste dure',
         '-Home · Uscite · Attrezzatura · Chi siamo · Contatti'],
        ['+I nostri primi cento: 100 chilometri in tandem',
         "-Pubblicato l'8 novembre 2026 da Ornella · 14 commenti"],
        ['-Tempo di lettura: 9 minuti',
         '-Indice: 1. La partenza 2. La sosta al bar 3. Il lungo ritorno'],
        [("+Parlavamo di fare cento chilometri in tandem da quando l'abbiamo comprato usato la primavera scorsa, e "
          "sabato finalmente ce l'abbiamo fatta."),
         '-Piero controlla le gomme davanti al nostro cancello alle sette del mattino.',
         ("+Siamo partiti alle sette e mezza con due banane, quattro barrette e una camera d'aria di scorta, Piero "
          'davanti e io dietro.')],
        [('+«Il capitano sterza, lo stoker pedala e tutti e due chiedono scusa», ci aveva detto un vecchio del club '
          'del tandem quando abbiamo comprato la bici, e aveva ragione.'),
         ('-Le nostre selle sono di Brooks: è un link di affiliazione, riceviamo una piccola commissione se ne '
          'comprate una.'),
         '-Salva questo post su Pinterest!'],
        ['+Il giro in tre tappe',
         '-La sosta al vecchio mulino, con il tandem appoggiato al muro.',
         '+Prima tappa: 40 chilometri lungo la valle fino al bar, in poco meno di due ore.',
         '+Seconda tappa: la lunga salita sul crinale, con gli ultimi cento metri a piedi.',
         '+Terza tappa: 35 chilometri verso casa con il vento alle spalle, cantando quasi sempre.'],
        ['+Siamo rientrati dal cancello alle quattro e dieci con 101 chilometri sul ciclocomputer e le gambe a pezzi.',
         ("+L'anno prossimo vogliamo provare un brevetto da 200 chilometri, quindi domenica si ricomincia ad "
          'allenarsi.'),
         '-Buone pedalate, Ornella e Piero'],
        ['-Condividi il post: Facebook · Pinterest · WhatsApp',
         '-Le nostre mappe dei percorsi disegnate a mano sono in vendita su Etsy, nel negozio Il tandem di Ornella.'],
        ['-14 pensieri su “I nostri primi cento: 100 chilometri in tandem”',
         '-Patrizia R.: Brave tutti e due! I nostri primi cento ci sono quasi costati il matrimonio.',
         '-↳ Ornella: Ah! In salita ci siamo andati vicino anche noi, Patrizia.',
         '-Simone: Che strada avete fatto per passare il crinale?',
         '-↳ Ornella: La vecchia strada della cava, ripida ma tranquilla.',
         '-Lascia un commento'],
        ['-© 2026 Il tandem di Ornella · Tema: Twenty Twenty-Four · Creato con WordPress',
         '-Ricevi i nuovi articoli via email: inserisci il tuo indirizzo e premi Segui'],
    ]),
    _page('pl', 'pl-portal-dzwonnikowo-pierwszy-pelny-peal', [
        ['-Wiadomości · Sport · Kultura · Kościoły i zabytki · Nekrologi · Praca',
         '-Kurier Dzwonnikowski – Gazeta Dzwonnikowa i doliny od 1919 roku'],
        ['-Strona główna > Wiadomości > Dzwonnikowo > Zabytki'],
        ['-TRADYCJE',
         '+Pierwszy pełny peal od czterdziestu lat na wieży kościoła św. Marcina w Dzwonnikowie',
         '-4 minuty'],
        ['-Tekst: Zofia Sznurkiewska · sobota, 14 listopada 2026, 18:05',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail',
         ('+Ośmioro dzwonników zadzwoniło w sobotę po południu pierwszy pełny peal na ponownie zawieszonych dzwonach '
          'św. Marcina, pierwszy w Dzwonnikowie od 1986 roku.')],
        ['-Dzwonnicy w izbie dzwonników przed startem. Fot. Kurier Dzwonnikowski',
         ('+5040 zmian metodą Grandsire Triples trwało trzy godziny i siedem minut, a za plecami zespołu bił tenor '
          'ważący prawie tonę.'),
         '-Reklama',
         ('+– Dzwony milczały tak długo, że pół miasta przyszło tylko posłuchać – powiedział kapitan wieży, który '
          'prowadził peal z czwartego dzwonu.')],
        ['-Czytaj także: Zbiórka na dach kościoła przekroczyła 80 tys. zł'],
        ['+Tak minęło popołudnie',
         '+O 14 dzwonnicy spotkali się na wieży i sprawdzili liny.',
         '+O 14.25 zaczął najmniejszy dzwon i rozpoczął się peal.',
         '+O 17.32 wybrzmiała ostatnia zmiana i dzwony zostały zatrzymane.',
         '-Obserwuj Kurier Dzwonnikowski na Facebooku'],
        ['-Zapisz się na bezpłatny poranny newsletter Kuriera',
         '+Tablica z ośmioma nazwiskami zostanie odsłonięta na wieży wiosną.',
         '+Próby dla początkujących odbywają się w każdy czwartek o 19.30, a zespół chętnie przyjmie nowe osoby.',
         '-Tagi: dzwony, św. Marcin, Dzwonnikowo'],
        ['-3 komentarze',
         '-Wędrowiec_z_doliny: Słychać było aż na działkach, przepięknie.',
         '-↳ Kurier Dzwonnikowski: Dziękujemy! Szczegóły pealu są na stronie parafii.',
         '-Janek_K: Mój dziadek dzwonił tu w latach 50., byłby zachwycony.',
         '-↳ Marek_tenor: Byłby dumny, Janku, tenor brzmiał pięknie.',
         '-Wczytaj więcej komentarzy'],
        ['-© 2026 Kurier Dzwonnikowski · Polityka prywatności · Regulamin · Kontakt · Dla reklamodawców'],
    ]),
    _page('pl', 'pl-blog-tandemowe-wyprawy-haliny-nasza-pierwsza-setka', [
        ['-Tandemowe wyprawy Haliny – opowieści o wolnym tandemie i dwóch upartych głowach',
         '-Start · Wyprawy · Sprzęt · O nas · Kontakt'],
        ['+Nasza pierwsza setka: 100 kilometrów na tandemie',
         '-Opublikowano 8 listopada 2026 przez Halinę · 14 komentarzy'],
        ['-Czas czytania: 9 minut',
         '-Spis treści: 1. Wyjazd 2. Przerwa na kawę 3. Długi powrót'],
        [('+O setce na tandemie mówiliśmy od zeszłej wiosny, kiedy kupiliśmy go z drugiej ręki, i w sobotę wreszcie '
          'się udało.'),
         '-Zbyszek sprawdza opony przed naszą furtką o siódmej rano.',
         ('+Wyruszyliśmy o wpół do ósmej z dwoma bananami, czterema batonami i zapasową dętką, Zbyszek z przodu, ja '
          'z tyłu.')],
        [('+– Kapitan kieruje, stoker pedałuje, a oboje przepraszają – powiedział nam stary tandemowiec, kiedy '
          'kupowaliśmy rower, i miał rację.'),
         '-Nasze siodełka są od Brooksa – to link afiliacyjny, dostajemy małą prowizję, jeśli kupicie.',
         '-Przypnij ten wpis na Pintereście!'],
        ['+Trasa w trzech etapach',
         '-Przerwa przy starym młynie, tandem oparty o mur.',
         '+Etap pierwszy: 40 kilometrów doliną do kawiarni, w niecałe dwie godziny.',
         '+Etap drugi: długi podjazd na grzbiet, ostatnie sto metrów prowadziliśmy rower.',
         '+Etap trzeci: 35 kilometrów do domu z wiatrem w plecy, prawie cały czas śpiewając.'],
        ['+Wjechaliśmy przez furtkę dziesięć po czwartej ze 101 kilometrami na liczniku i bardzo zmęczonymi nogami.',
         '+W przyszłym roku chcemy spróbować brevetu na 200 kilometrów, więc trening zaczyna się znowu w niedzielę.',
         '-Szerokiej drogi, Halina i Zbyszek'],
        ['-Podziel się wpisem: Facebook · Pinterest · WhatsApp',
         '-Nasze ręcznie rysowane mapy tras sprzedajemy na Etsy w sklepie Tandemowe wyprawy Haliny.'],
        ['-14 myśli na temat „Nasza pierwsza setka: 100 kilometrów na tandemie”',
         '-Paulina R.: Brawo dla was! Nasza pierwsza setka prawie zakończyła nasze małżeństwo.',
         '-↳ Halina: Ha! Na podjeździe też było blisko, Paulino.',
         '-Szymon: Którędy jechaliście przez grzbiet?',
         '-↳ Halina: Starą drogą przy kamieniołomie, stromo, ale spokojnie.',
         '-Zostaw odpowiedź'],
        ['-© 2026 Tandemowe wyprawy Haliny · Motyw: Twenty Twenty-Four · Wspierane przez WordPress',
         '-Otrzymuj nowe wpisy e-mailem – wpisz adres i kliknij Obserwuj'],
    ]),
    _page('ru', 'ru-portal-perezvonovo-pervyi-polnyi-pil', [
        ['-Новости · Спорт · Афиша · Храмы и колокольни · Некрологи · Работа',
         '-Перезвоновские вести – газета Перезвонова и долины с 1918 года'],
        ['-Главная > Новости > Перезвоново > Культура'],
        ['-ТРАДИЦИИ',
         '+Первый полный пил за сорок лет прозвучал с колокольни Никольского храма в Перезвонове',
         '-4 мин'],
        ['-Текст: Лидия Трезвонская · суббота, 14 ноября 2026, 18:05',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp · Почта',
         ('+Восемь звонарей в субботу днём отзвонили первый полный пил на заново подвешенных колоколах Никольского '
          'храма, первый в Перезвонове с 1986 года.')],
        ['-Звонари в звонной комнате перед началом. Фото: Перезвоновские вести',
         ('+5040 перемен по методу Grandsire Triples заняли три часа семь минут, а за спинами звонарей гудел тенор '
          'весом почти в тонну.'),
         '-Реклама',
         ('+«Колокола молчали так долго, что полгорода пришло просто послушать», – сказал староста колокольни, '
          'который вёл пил с четвёртого колокола.')],
        ['-Читайте также: Сбор на крышу храма превысил 800 тысяч рублей'],
        ['+Как прошёл день',
         '+В 14:00 звонари собрались на колокольне и проверили верёвки.',
         '+В 14:25 вступил самый маленький колокол, и пил начался.',
         '+В 17:32 прозвучала последняя перемена, и колокола остановили.',
         '-Подписывайтесь на «Перезвоновские вести» во ВКонтакте'],
        ['-Получайте нашу бесплатную утреннюю рассылку – подпишитесь',
         '+Доску с восемью именами откроют на колокольне весной.',
         '+Занятия для начинающих проходят каждый четверг в 19:30, новичкам рады.',
         '-Теги: колокола, Никольский храм, Перезвоново'],
        ['-3 комментария',
         '-Путник_из_долины: Было слышно даже на огородах, чудесно.',
         '-↳ Перезвоновские вести: Спасибо! Подробности о пиле – на сайте прихода.',
         '-Женя_К: Мой дед звонил здесь в 1950-х, ему бы понравилось.',
         '-↳ Марк_тенор: Он бы гордился, Женя, тенор звучал прекрасно.',
         '-Показать ещё комментарии'],
        ['-© 2026 Перезвоновские вести · Политика конфиденциальности · Правила · Контакты · Рекламодателям'],
    ]),
    _page('ru', 'ru-blog-tandem-agafi-nasha-pervaya-sotnya', [
        ['-Тандем Агафьи – истории о медленном тандеме и двух упрямцах',
         '-Главная · Поездки · Снаряжение · О нас · Контакты'],
        ['+Наша первая сотня: 100 километров на тандеме',
         '-Опубликовано 8 ноября 2026 автором Агафья · 14 комментариев'],
        ['-Время чтения: 9 минут',
         '-Содержание: 1. Старт 2. Остановка на кофе 3. Долгая дорога домой'],
        ['+О сотне на тандеме мы говорили с прошлой весны, когда купили его с рук, и в субботу наконец проехали её.',
         '-Степан проверяет шины у нашей калитки в семь утра.',
         ('+Мы выехали в половине восьмого с двумя бананами, четырьмя батончиками и запасной камерой, Степан '
          'впереди, я сзади.')],
        [('+«Капитан рулит, стокер крутит педали, а извиняются оба», – сказал нам старый тандемист, когда мы '
          'покупали велосипед, и он был прав.'),
         '-Наши сёдла от Brooks – это партнёрская ссылка, мы получаем небольшую комиссию, если вы купите.',
         '-Сохраните этот пост в Pinterest!'],
        ['+Поездка в три этапа',
         '-Остановка у старой мельницы, тандем прислонён к стене.',
         '+Первый этап: 40 километров по долине до кафе, чуть меньше чем за два часа.',
         '+Второй этап: долгий подъём на хребет, последние сто метров мы шли пешком.',
         '+Третий этап: 35 километров домой с попутным ветром, почти всю дорогу с песнями.'],
        ['+Мы въехали в калитку в десять минут пятого со 101 километром на велокомпьютере и очень уставшими ногами.',
         '+В следующем году хотим попробовать бревет на 200 километров, так что тренировки снова с воскресенья.',
         '-Лёгких дорог, Агафья и Степан'],
        ['-Поделиться постом: ВКонтакте · Pinterest · WhatsApp',
         '-Наши нарисованные от руки карты маршрутов продаются на Ярмарке Мастеров в магазине «Тандем Агафьи».'],
        ['-14 мыслей о «Наша первая сотня: 100 километров на тандеме»',
         '-Полина Р.: Молодцы оба! Наша первая сотня чуть не стоила нам брака.',
         '-↳ Агафья: Ха! На подъёме у нас тоже было близко, Полина.',
         '-Семён: Какой дорогой вы ехали через хребет?',
         '-↳ Агафья: Старой дорогой у карьера, круто, но тихо.',
         '-Оставить комментарий'],
        ['-© 2026 Тандем Агафьи · Тема: Twenty Twenty-Four · Работает на WordPress',
         '-Получайте новые записи по почте – введите адрес и нажмите «Подписаться»'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Audioboom: this episode has expired and can no longer be played.':
        ("an English Audioboom episode that has expired ('Audioboom: this episode has expired and can no longer be "
         "played.') is left in the body"),
    'Loading Google Calendar… If the calendar does not appear, your ad blocker may be blocking it.':
        ("an English Google Calendar embed still loading, blaming an ad blocker ('Loading Google Calendar… If the "
         "calendar does not appear, your ad blocker may be blocking it.') is left in the body"),
    'Empfohlener externer Inhalt: Hier finden Sie eine Tour von Komoot, die den Artikel ergänzt.':
        ("a German recommended-external-content placeholder for a Komoot tour ('Empfohlener externer Inhalt: Hier "
         "finden Sie eine Tour von Komoot, die den Artikel ergänzt.') is left in the body"),
    'Rutube: видео находится на модерации и скоро станет доступно.':
        ("a Russian Rutube video still under moderation ('Rutube: видео находится на модерации и скоро станет "
         "доступно.') is left in the body"),
    'Settle in – this ride report will take you a good quarter of an hour to read.':
        ("a blog's settle-in line with a quarter of an hour of reading ('Settle in – this ride report will take you "
         "a good quarter of an hour to read.') is left at the head"),
    'Format court : 5 minutes de lecture':
        ("the French short-format label with minutes of reading ('Format court : 5 minutes de lecture') is left at "
         'the head'),
    'We rent out our tandem at weekends through Fat Llama – search for Daisy the tandem.':
        ("an English Fat Llama tandem-hire plug ('We rent out our tandem at weekends through Fat Llama – search for "
         "Daisy the tandem.') is left at the foot"),
    'Soutenez notre tour de France en tandem sur Ulule !':
        ("a French Ulule back-our-tandem-tour plug ('Soutenez notre tour de France en tandem sur Ulule !') is left "
         'at the foot'),
    'La mia guida ai giri in tandem nelle Langhe è su Amazon, anche in formato Kindle.':
        ("an Italian Amazon and Kindle tandem-guide plug ('La mia guida ai giri in tandem nelle Langhe è su Amazon, "
         "anche in formato Kindle.') is left at the foot"),
    'Cet espace de commentaires est modéré a posteriori.':
        ("a French post-moderated-comments note ('Cet espace de commentaires est modéré a posteriori.') is left at "
         'the foot'),
    'Transparenzhinweis: Die Recherche wurde vom Glockengießerverband unterstützt.':
        ("a German transparency note that a bell-founders' association supported the reporting ('Transparenzhinweis: "
         "Die Recherche wurde vom Glockengießerverband unterstützt.') is left in the body"),
    'Artykuł został zaktualizowany o godz. 14:20.':
        "a Polish article-updated-at note ('Artykuł został zaktualizowany o godz. 14:20.') is left in the body",
    'Contenuto riservato agli abbonati: hai letto 3 articoli gratuiti su 5 questo mese.':
        ("an Italian subscribers-only meter note (3 of 5 free articles this month) ('Contenuto riservato agli "
         "abbonati: hai letto 3 articoli gratuiti su 5 questo mese.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-two-saddles-one-chain-first-hundred':
        ("the English tandem-ride blog post keeps the opening photo's caption ('Ollie checking the tyres "
         "outside our back gate at seven in the morning.') between the first and second paragraphs, the "
         "affiliate link to the saddles with its disclosure ('Our saddles are from Brooks – this is an "
         "affiliate link, so we get a small commission if you buy one.') under the paragraph with the quote "
         "and the caption of the café stop ('The café stop at the old mill, with the tandem leaning on the "
         "wall.') between the subheading and the first list row (3 of 20 noise lines); no article line is lost"),
    'fr-blog-le-tandem-de-maelle-notre-premier-cent':
        ("the French tandem-ride blog post keeps the opening photo's caption ('Yann qui vérifie les pneus "
         "devant notre portail à sept heures du matin.') between the first and second paragraphs and the "
         "caption of the café stop ('La pause café au vieux moulin, le tandem appuyé contre le mur.') between "
         'the subheading and the first list row (2 of 20 noise lines); no article line is lost'),
    'de-blog-ilkas-tandemtagebuch-unsere-ersten-hundert':
        ("the German tandem-ride blog post keeps the opening photo's caption ('Jonas prüft um sieben Uhr "
         "morgens die Reifen vor unserem Gartentor.') between the first and second paragraphs, the caption of "
         "the café stop ('Kaffeepause an der alten Mühle, das Tandem an der Wand.') between the subheading and"
         " the first list row and the sign-off ('Gute Fahrt, Ilka und Jonas') under the two last paragraphs (3"
         ' of 20 noise lines); no article line is lost'),
    'it-blog-il-tandem-di-ornella-i-nostri-primi-cento':
        ("the Italian tandem-ride blog post keeps the opening photo's caption ('Piero controlla le gomme "
         "davanti al nostro cancello alle sette del mattino.') between the first and second paragraphs and the"
         " caption of the café stop ('La sosta al vecchio mulino, con il tandem appoggiato al muro.') between "
         'the subheading and the first list row (2 of 20 noise lines); no article line is lost'),
    'pl-blog-tandemowe-wyprawy-haliny-nasza-pierwsza-setka':
        ("the Polish tandem-ride blog post keeps the opening photo's caption ('Zbyszek sprawdza opony przed "
         "naszą furtką o siódmej rano.') between the first and second paragraphs and the caption of the café "
         "stop ('Przerwa przy starym młynie, tandem oparty o mur.') between the subheading and the first list "
         'row (2 of 20 noise lines); no article line is lost'),
    'ru-blog-tandem-agafi-nasha-pervaya-sotnya':
        ("the Russian tandem-ride blog post keeps the opening photo's caption ('Степан проверяет шины у нашей "
         "калитки в семь утра.') between the first and second paragraphs, the caption of the café stop "
         "('Остановка у старой мельницы, тандем прислонён к стене.') between the subheading and the first list"
         " row and the sign-off ('Лёгких дорог, Агафья и Степан') under the two last paragraphs (3 of 20 noise"
         ' lines); no article line is lost'),
}

test_held_out_225_line, test_held_out_225_line_is_kept, test_held_out_225_page = held_out_tests(
    HELD_OUT_225_LINES, HELD_OUT_225_KEEP, HELD_OUT_225_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
