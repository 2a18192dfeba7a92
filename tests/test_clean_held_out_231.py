"""Held-out set 231: written blind, weighted toward the noise the cleaner exists for, in shapes set 230's docstring does
not name (nor the first paragraphs of sets 227, 228 and 229): scraper, embed and ad markers, all in the body (an English
Strava activity visible only to the athlete's followers "Strava activity embed: this activity is only visible to the
athlete's followers.", an English Twitch clip deleted by the broadcaster "The Twitch clip you are trying to watch has
been deleted by the broadcaster.", an English Windy.com forecast widget blocked by a content filter, with an
allow-the-site hint "Windy.com forecast widget blocked by your content filter. Allow windy.com to see the wind map.", a
French Komoot widget not shown because the route was made private "Le widget Komoot ne s'affiche pas : l'itinéraire a
été passé en mode privé.", a German Issuu document whose preview the publisher switched off "Issuu-Dokument: Die
Vorschau wurde vom Herausgeber deaktiviert.", an Italian Spotify episode for Premium subscribers only "Questo episodio
su Spotify è disponibile solo per gli abbonati Premium.", a Polish YouTube live stream scheduled for Saturday, with a
set-a-reminder call "Transmisja na żywo w serwisie YouTube zaplanowana na sobotę, 10:00. Ustaw przypomnienie." and a
Russian RUTUBE video for users over 18 only "Видео с RUTUBE доступно только пользователям старше 18 лет."); reading-time
headers in new wordings, all at the head (the English time-to-read label "Time to read: 6 minutes", a blog's
this-post-will-take-you line with the minutes to get through it "This post will take you about 11 minutes to get
through.", the French you-will-read-this-article-in (vous lirez) line "Vous lirez cet article en 6 minutes", the German
Lesezeit label with knapp (just under) "Lesezeit: knapp 6 Minuten", the Italian a-6-minute-read (lettura da) label
"Lettura da 6 minuti", the Polish reading-will-take-you-about line "Czytanie zajmie ci około 6 minut" and the Russian
reading-will-take-about line "На чтение уйдёт около 6 минут"); bylines and self-promotion (an English
story-and-photographs byline with a colon "Story and photographs: Perpetua Hewlingford", an English
additional-reporting-by byline "Additional reporting by Ottilie Grebbins", a French by-our-local-correspondent
(correspondante locale) byline "Par notre correspondante locale Solène Vendrabec" and a Polish writes-from-the-town (z
... pisze) byline "Z Wydmiska pisze Grażyna Wiatrakowska", all at the head, and at the foot an English Facebook
Marketplace plug for the author's welded target stands "My axe-throwing target stands are welded to order – message me
on Facebook Marketplace.", a German Digistore24 plug for the author's land-yacht building plans "Meine Baupläne für
Strandsegler gibt es als PDF über Digistore24.", an Italian eBay plug for the author's leather axe sheaths "Le mie
custodie in cuoio per asce le vendo su eBay, spedizione in 48 ore." and a Russian Wildberries plug for the author's
made-to-order axe covers "Чехлы для топоров шью на заказ — заходите в мой магазин на Wildberries."); blog and site
footers, all at the foot (an English Webflow credit with the terms and the do-not-sell-or-share link "Made in Webflow ·
Terms & conditions · Do not sell or share my personal information", an English published-by line with the IPSO
regulation "Published by Hatchcombe Courier Ltd, regulated by IPSO (Independent Press Standards Organisation)", an
English Blogger hosting credit with the report-abuse link "Blog hosted free on Blogger · Report abuse", a French
publisher's legal line with the share capital and the trade register (RCS) "Site édité par la SAS Gazette du Sablon au
capital de 10 000 € · RCS Boulogne-sur-Mer", a German an-offer-of line with the cancel-contracts-here (Verträge hier
kündigen) link and the imprint "Ein Angebot der Strandhafen Medien GmbH · Verträge hier kündigen · Impressum", an
Italian Webnode credit with the report-abuse link "Sito creato con Webnode · Segnala un abuso", a Polish publisher
(wydawca) line with the court-register (KRS) and tax (NIP) numbers "Wydawca: Agencja Wydmowa sp. z o.o. · KRS 0000481207
· NIP 5213390468" and a Russian age mark with the link-required-when-reusing line "18+ · При использовании материалов
ссылка на сайт обязательна"); reader-comment furniture, all at the foot (an English thread-locked-by-the-moderators note
"This thread has been locked by the moderators.", an English reply-flag-likes row under a comment "Reply · Flag · 4
likes", an English show-comments button with its count "Show comments (17)", a French
discussion-space-for-subscribers-only note "L'espace de discussion est réservé à nos abonnés.", a German
reader-opinions-only-within-48-hours note "Lesermeinungen können nur bis 48 Stunden nach Erscheinen abgegeben werden.",
an Italian be-the-first-to-comment prompt "Commenta per primo!", a Polish comments-are-users'-private-opinions
disclaimer "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi za nie odpowiedzialności." and a
Russian discussion-branch-collapsed line with its reply count "Ветка обсуждения свёрнута (12 ответов)"); share rows, all
at the foot (an English post-this row with Mastodon "Post this: X · Mastodon · Bluesky · Email", an Italian
send-pin-save row "Manda su WhatsApp · Pinna su Pinterest · Salva" and a Polish recommend-this-article (poleć) row with
Wykop "Poleć ten artykuł: Facebook · X · Wykop"); and notices (a French updated-with-the-final-results note "Cet article
a été mis à jour le 12 juin à 18 h avec les résultats définitifs." and a Russian
piece-updated-with-the-organisers'-comments note "Материал обновлён: добавлены комментарии организаторов.", both in the
body, and a German transparency note (Transparenzhinweis) that the club paid the reporter's travel "Transparenzhinweis:
Der Strandsegelclub hat die Reisekosten unserer Reporterin übernommen." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 230's docstring does not describe (on the six portal pages, in ten blocks, the masthead
with its tagline and the section menu in a block of two at the very top, the masthead first; a breadcrumb, the desk
byline, the date line with its updated time and a bare reading time in a block of four, all above the title; the title
at the top of a block of two with the lead photo's caption and its credit (one line) under it; the first and second
paragraphs at the two ends of a block of four, with a share row and a read-more link between them; an advertisement
label and a sponsored headline alone in a block of two; the paragraph with the quote, the subheading and the three rows
in one block of six, with a newsletter prompt closing it (the quote paragraph first, the prompt last); the second-last
paragraph alone in a block of one; the last paragraph at the end of a block of two, under a more-on-this-topic link; a
thread of five lines alone in a block (a comment count, a reader's comment, the paper's arrowed reply to it, a second
reader's comment and the first reader's arrowed answer to that); and at the foot a download-our-app prompt and the
publisher's copyright line with its links in one line, in a block of two, the app prompt first; on the six blog pages,
in nine blocks, the blog name with its tagline, the menu, the posted-on-by line (with the comment count) and a bare
reading time in a block of four at the very top, all above the title; the title at the top of a block of two with an
affiliate-links disclosure under it; the first and second paragraphs at the top of a block of three with a table of
contents (its heading and three numbered entries in one line) closing it; the opening photo's caption and a pin-it
prompt above the paragraph with the quote, in a block of three (the quote last); the subheading and the three rows with
a sponsored-content label and an affiliate link to the author's steering-wheel cover (on Amazon, on Allegro on the
Polish blog, on Ozon on the Russian blog) between the subheading and the first row, inside the list block (a block of
six, the label second and the link third); the two last paragraphs at the first and third places of a block of four,
with the action photo's caption between them and a share row closing the block; the author's sign-off and a plug for her
key rings sewn from old sails (in an Etsy shop, at Yarmarka Masterov on the Russian blog) alone in a block of two; a
thread of four lines alone in a block (a comments heading with its count quoting the post's title, a comment, the
author's arrowed reply and a second comment left unanswered); and at the foot a leave-a-reply prompt and the author's
copyright line with the theme and platform credit in one line, in a block of two, the prompt first), taken from local
news of the final night of a town's first axe-throwing league season (a 58-year-old school dinner lady beating a
carpenter less than half her age with the very last axe of the final, twenty-four throwers in four teams meeting every
Thursday since March in an old malthouse where volunteers built six lanes of pine targets, the founder's quote, a
retired firefighter, that an axe does not care how strong you are but how calm you are, about 150 people on hay bales,
group rounds at 7pm, semi-finals at 8.30pm and the final settled by a killshot round at 9.45pm, four all after the
regular throws and the small blue killshot dot hit with the last axe, the entry fees (£1,200, 1,200 euros, 5000 zł, 120
thousand roubles) for two more lanes, a second season in February with eight teams) in six invented towns, and from six
hobby blogs of women on their first land-yacht race on a beach (a secondhand Class 5 yacht with a patched red sail,
fourteen yachts, a steady twenty-knot westerly and nearly two miles or three kilometres of hard sand at Hoylake, Berck,
St. Peter-Ording, Marina di Ravenna, Łeba and Anapa, the race officer's quote at the briefing about light steering,
watching the flags and never racing the tide (the waves on the Polish and Russian blogs), scrutineering at 10.00, a
first heat of six laps at 11.30, a final of ten laps at 14.00, sixth after the first lap of the final and fourth at the
finish, the spring series in March)).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 230 but what is named here), held-out set 232 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 230 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 227, 228 and 229, printed with one ast script
(/tmp/s231scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s231scratch/insp.py, with /tmp/wt-s231/src and /tmp/wt-s231/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s231 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 230's as printed, with 230 -> 231; /tmp/s231scratch/gen231.py writes this file
from scratch files (data231.py with the noise and keep lines and the short descriptions from which it builds the first
paragraph around the lines themselves, pages231.py with the pages and the two layouts, doc_layout.txt, doc_story.txt,
doc_protocol.txt, doc_notes.txt, doc_judgement.txt and, after the measurement, doc_after.txt, doc_baseline.txt and
tables231.py with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once
against a frozen cleaner (worktree /tmp/wt-s231, detached at commit 2b95b09e7c626dd6e3e24e45db218f9173fcfeee, the commit
the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes
on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 18:41:41 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 18:41:43 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 2b95b09e7c626dd6e3e24e45db218f9173fcfeee (main was still at the brief's commit); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, exit status 0 each); /work/main was not touched
afterwards. An ``ls`` of the two new worktrees' top folders (README.md, benchmarks, configs, docs, pyproject.toml,
scripts, src, tests), cut by ``head``, was printed to see that they exist; no folder below them was listed. (2)
readallowed.py first printed to the terminal, which the tool cut in the middle (it showed set 227's and 228's first
paragraphs up to inside 228's, then from inside set 230's Judgement calls paragraph on to the end: allowed parts only);
the second run went to /tmp/s231scratch/allowed.out (only the allowed parts), of which I paged lines 125 to 490 with
``sed`` in three pieces (the rest of set 228's first paragraph, set 229's first paragraph and set 230's docstring up to
its Judgement calls paragraph); ``sed`` ran on my own output file, never on a file of the repository, and nothing else
of any set file was printed. (3) The default python already had the project's dependencies: the inspect import of
test_clean and noisy_corpus worked on its first run, so nothing was installed. That import (and gen231.py's import of
the written file, to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned before the
measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the read
docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is named for a marker
in them (Strava, Twitch, Windy.com, Komoot, Issuu, Spotify, YouTube, RUTUBE), and the failures are of kinds not named
there (followers only, a clip deleted by the broadcaster, a widget blocked by a content filter, a route made private, a
preview switched off by the publisher, Premium subscribers only, a live stream scheduled for later with a reminder, an
age limit of 18); the reading times avoid the phrasings named there (the new ones are "Time to read:", "This post will
take you about 11 minutes to get through.", "Vous lirez cet article en", "Lesezeit: knapp", "Lettura da", "Czytanie
zajmie ci około" and "На чтение уйдёт около"); the bylines are of new shapes (story and photographs with a colon,
additional reporting by, par notre correspondante locale, z ... pisze) and the plugs name platforms not named there
(Facebook Marketplace, Digistore24, eBay, Wildberries); the footers use builders, hosts and legal lines not named there
(Webflow with the do-not-sell-or-share link, an IPSO regulation line, a Blogger credit with report abuse, a French
publisher's share capital and RCS line, the German cancel-contracts-here link, a Webnode credit, a Polish KRS and NIP
line, a Russian 18+ and link-required line); the comment lines (a locked thread, a reply-flag-likes row, a show-comments
button, a subscribers-only discussion space, a 48-hour limit, a be-the-first prompt, a comments-are-private-opinions
disclaimer, a collapsed branch), the share rows (post this with Mastodon and Bluesky; manda, pinna, salva; poleć with
Wykop) and the notices (a French updated-with-final-results note and a Russian updated-with-the-organisers'-comments
note in the body, a German Transparenzhinweis at the foot) are of kinds not named there. The page furniture (mastheads,
menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from those of sets
227 to 230 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive,
over public GitHub files) before use. No hits: Hatchcombe, Cognevreuil, Axtlingen, "Axtlinger Bote", Scurebbia,
Ciosankowo, Ciosankow (also covering Ciosankowski, Ciosankowa, Ciosankowie), "Kurier Ciosankowski", Топорецк (also
covering Топорецка, Топорецке), Топорецкий, Toporetsk, Grebbins, "Ottilie Grebbins", Hewlingford, "Perpetua
Hewlingford", Vendrabec, "Solène Vendrabec", Wiatrakowska, "Grażyna Wiatrakowska", Wydmisk (the town Wydmisko of the
Polish byline), "Strandhafen Medien", "Agencja Wydmowa", "Gazette du Sablon", "Tamsin on the Sand", TamsinSails, "char à
voile de Maëlys", MaelysVoiles, Strandsegel-Tagebuch, JuleSegelt, "sulla sabbia con Bea", VeleDiBea, "Pod wiatr z Zuzą",
ZuzaZagle and "блог Ксюши". Dropped for hits: Cleavesby (inside findMcLeavesByUser and the like), Brisacq (inside
eglHybrisAcquire...), Brackenfold (a name used in several code files), Sandskipper (a game creature) and BeaVele (inside
tbEaveLength); their replacements are the checked names above. One look-up, of "Topor" alone, was wasted (it only
matches code like toPort; the Latin spelling used is Toporetsk, which was checked). "The Hatchcombe Courier", "L'Écho de
Cognevreuil", "Il Corriere di Scurebbia" and «Топорецкий вестник» are formed from checked names; the first names of
bloggers (Tamsin, Maëlys, Jule, Bea, Zuza, Ксюша) and commenters (first names with an initial, or handles) were not
checked. Real services, platforms, shops and products (Strava, Twitch, Windy.com, Komoot, Issuu, Spotify, YouTube,
RUTUBE, Facebook Marketplace, Digistore24, eBay, Wildberries, Webflow, IPSO, Blogger, Webnode, Mastodon, Bluesky, X,
WhatsApp, Pinterest, Wykop, Facebook, Telegram, ВКонтакте, Одноклассники, Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров,
WordPress with its Astra theme) and real places (Hoylake, Berck, St. Peter-Ording, Marina di Ravenna, Łeba, Anapa,
Boulogne-sur-Mer) are named as real pages do; the KRS and NIP numbers are made up and were not looked up. (6) A script
(/tmp/s231scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats, that no line holds an at-sign, and that each page has 10
article and 20 noise lines; a one-line count printed the counts by category, language and place. Its first run found
nothing wrong, because while writing I had already kept noise words out of other lines: the ad labels avoid the words of
the keep lines and of each other ("Advertisement" on the English portal and "Sponsored content" on the English blog, not
"Advertisements", which would hold "Advertisement"; "Publicité" on the French portal and "Annonces" on the French blog,
not "Publicités"; "Anzeige" on the German portal and "Gesponserter Inhalt" on the German blog, not "Werbeanzeige", which
would hold "Anzeige"; "Pubblicità" and "Spazio pubblicitario" in Italian; "Reklama" and "Treść sponsorowana" in Polish;
"Реклама" and "Спонсорский материал" in Russian). gen231.py checks that no line of the file is over 120 columns and that
it holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 18:47:51 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s231scratch/pre_measure_copy.py); pytest printed 19 failed, 58 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s231scratch, importing the copy in /tmp/wt-s231/tests with /tmp/wt-s231/src on the
path) then printed ``_problems`` of each failing case: the eight lines and the eleven pages of the tables; every problem
of a line is that it is kept ("kept boilerplate"), and so is every problem of a page (one to five lines each); no keep
line and no article line of a page is lost, and no problem of another kind (no unreported removal, no range or offset
problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s231scratch/mktables.py writes tables231.py from the saved problems.json, which gen231.py puts into this file);
mktables.py checks that every problem is a kept line and matches each printed snippet (cut at 80 characters) to exactly
one noise line of its page, which the reason quotes in full with where it sits and the count the report counts left; the
reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and pages
of that output; the lists and pages of the final file were imported back and found equal to the scratch data, and the
final file was checked with the pytest command in /tmp/wt-s231 (see the Baseline paragraph). (9) Clock: ``date`` printed
18:41:41 at the start, 18:47:51 at the measurement and 18:48 just before the tables, the Baseline paragraph and these
notes were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the axe-throwing league and the land-yacht
race that open with or hold a noise-like word ("Reading the wind off the dunes is half the skill, the race officer said
before the start.", "Sponsored by a local garage, the league's trophy is a bronze axe head mounted on driftwood.",
"Comments from the throwers after the final were mostly about the new hickory targets.", "Shared between four clubs, the
beach is closed to walkers on the two race days.", "Follow-up races are planned for October, when the tide goes out in
the afternoon.", "Subscriptions to the axe league rose from 30 to 112 in a single winter, its treasurer said.", "Print
runs of the race programme had sold out by Saturday lunchtime.", "Lire le vent sur la plage, c'est tout l'art du char à
voile, explique le directeur de course.", "Commentaires et applaudissements ont accompagné chaque lancer de la finale.",
"Abonnés au club depuis vingt ans, les deux frères ont fini deuxième et troisième.", "Teilen mussten sich die Segler den
Strand an diesem Tag mit Hunderten Spaziergängern.", "Folgen hatte der Sturm vom Freitag keine: Am Samstag war der
Strand wieder trocken.", "Werbung für die Liga machen die Werfer vor allem mit Probeabenden im Vereinsheim.", "Iscritti
alla lega sono ormai sessanta lanciatori, dieci in più dell'anno scorso.", "Condividere la pista con i gabbiani fa parte
del gioco, scherza il giudice di gara.", "Seguita da oltre cinquecento persone sul lungomare, la regata è finita al
tramonto.", "Komentarze sędziów po finale dotyczyły głównie nowych tarcz z topoli.", "Obserwujący zawody z wydm kibice
nagradzali oklaskami każdy zwrot.", "Подписаться на участие в лиге может любой совершеннолетний, взнос — 500 рублей за
сезон." and "Поделиться опытом с новичками капитаны команд согласились сразу после финала."): each is a full sentence
with a subject, a verb and a fact of the story, so article ("Reading the wind" and "Lire le vent" open like reading-time
or read-more lines but tell of reading the wind; "Sponsored by a local garage" and "Werbung für die Liga" hold ad words
but say who paid for the trophy and how the league is made known; "Comments from the throwers", "Commentaires et
applaudissements" and "Komentarze sędziów" open like comment furniture but report what throwers, a crowd and judges did;
"Shared between four clubs", "Teilen mussten sich", "Condividere la pista" and "Поделиться опытом" open like share rows
but are about a beach, a track and the captains' experience; "Follow-up races", "Folgen hatte der Sturm", "Seguita da
oltre cinquecento persone" and "Obserwujący zawody" open like follow prompts but tell of races, a storm and spectators;
"Subscriptions to the axe league", "Abonnés au club", "Iscritti alla lega" and "Подписаться на участие в лиге" open like
subscribe prompts but are about members, brothers, throwers and an entry fee (the Russian one says who may sign up, in
the impersonal voice of a report, and gives the fee); "Print runs of the race programme" opens like a print link but
reports a sold-out programme). Borderline categories: the four plugs (the Facebook Marketplace target stands, the
Digistore24 building plans, the eBay axe sheaths, the Wildberries axe covers) are bylines and self-promotion, at the
foot, since they sell the author's work in the author's voice; the Strava, Twitch, Windy.com, Komoot, Issuu, Spotify,
YouTube and RUTUBE lines are markers (what an embed leaves in the text when it does not show), though some read as
sentences (the YouTube line announces a scheduled live stream with its set-a-reminder button); the IPSO line, the
Webflow line with the do-not-sell link, the Blogger line, the French RCS line, the German cancel-contracts line, the
Webnode line, the Polish KRS line and the Russian 18+ line are footers (lines of the site or the publisher, not of the
article); the locked-thread note, the reply-flag-likes row, the show-comments button, the subscribers-only discussion
space, the 48-hour limit, the be-the-first prompt, the private-opinions disclaimer and the collapsed branch are comment
furniture, since they sit over or in the comments and speak only of commenting; the French and Russian updated notes are
notices in the body and the German Transparenzhinweis a notice at the foot (all three speak of the article they sit in).
On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (mastheads and blog names with taglines, menus,
breadcrumbs, bylines and posted-on lines, date lines, reading times, captions and photo credits, share rows, read-more
and more-on-this-topic links, advertisement and sponsored labels, sponsored headlines, newsletter and app prompts,
tables of contents, affiliate disclosures and links, pin-it prompts, sign-offs and plugs, comment counts and headings,
comments and replies, leave-a-reply prompts, copyright lines) is noise. The list rows (the times of the group rounds,
the semi-finals and the final on the portals; the times of scrutineering, the first heat and the final on the blogs) are
short but part of each article, so article; the list headings ("How the night went", "My race day" and the like) are the
articles' subheadings, so article; the portals' newsletter prompts are noise though they close the block of the quote
paragraph and the list; the blogs' sponsored labels and affiliate links are noise though they sit between the subheading
and the first row; the portals' share rows and read-more links are noise though they sit between the first two
paragraphs; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, Italian and Polish and notice in French, German and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Polish one), body 10 (the eight markers and two
notices: French and Russian), tail 24 (four plugs: an English, a German, an Italian and a Russian one, eight footers,
eight comment lines, three share rows and the German notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-hatchcombe-axe-throwing-league-final
(the axe-throwing league final in Hatchcombe, in The Hatchcombe Courier),
en-blog-tamsin-on-the-sand-first-land-yacht-race (Tamsin fourth of fourteen at Hoylake),
fr-portail-cognevreuil-finale-ligue-lancer-de-hache (the axe-throwing league final in Cognevreuil, in L'Écho de
Cognevreuil), fr-blog-le-char-a-voile-de-maelys-premiere-course (Maëlys fourth of fourteen at Berck),
de-portal-axtlingen-axtwurf-liga-finale (the Axtwurf-Liga final in Axtlingen, in the Axtlinger Bote),
de-blog-jules-strandsegel-tagebuch-erstes-rennen (Jule fourth of fourteen at St. Peter-Ording),
it-portale-scurebbia-finale-lega-lancio-ascia (the axe-throwing league final in Scurebbia, in Il Corriere di Scurebbia),
it-blog-a-vela-sulla-sabbia-con-bea-prima-regata (Bea fourth of fourteen at Marina di Ravenna),
pl-portal-ciosankowo-final-ligi-rzucania-siekiera (the axe-throwing league final in Ciosankowo, in the Kurier
Ciosankowski), pl-blog-pod-wiatr-z-zuza-pierwsze-regaty (Zuza fourth of fourteen at Łeba),
ru-portal-toporetsk-final-ligi-metaniya-topora (the axe-throwing league final in Топорецк, in «Топорецкий вестник»),
ru-blog-landyakhta-i-ya-pervaya-gonka (Ксюша fourth of fourteen at Anapa), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 2b95b09e7c626dd6e3e24e45db218f9173fcfeee, measured with ``cd /tmp/wt-s231 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s231/src python -m pytest -q tests/test_clean_held_out_231.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s231 && PYTHONPATH=/tmp/wt-s231/src python
scripts/clean_held_out_report.py --sets 231``, with the xfail tables empty, at 18:47:51 UTC by ``date``): noise lines
removed 37/45 (marker 5/8, reading-time 7/7, byline 6/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 8 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Twitch deleted clip,
the Polish YouTube scheduled live stream and the Russian RUTUBE over-18 video), one byline at the head (the Polish
writes-from-the-town byline), one plug at the foot (the German Digistore24 building plans), two comment lines at the
foot (the French subscribers-only discussion space and the German 48-hour limit) and one notice in the body (the Russian
updated-with-the-organisers'-comments note); the Strava, Windy.com, Komoot, Issuu and Spotify markers, all seven reading
times, the two English and the French bylines at the head, the English, Italian and Russian plugs, all eight footers,
the three English and the Italian, Polish and Russian comment lines, every share row, the French updated note and the
German Transparenzhinweis went); keep lines kept 20/20; pages 1/12 clean (the German portal page), 33 of 240 page noise
lines left and 0 of 120 article lines lost. Left: on the portal pages the lead photo's caption under the title (English
and Russian), the more-on-this-topic link above the last paragraph (English, Italian and Polish) and the desk byline
above the title (French) (2 on the English portal, 1 on the French, Italian, Polish and Russian portals, 0 on the
German); on all six blog pages the table of contents closing the block of the first two paragraphs and the opening
photo's caption above the paragraph with the quote, on all but the German blog the action photo's caption between the
two last paragraphs, and on all but the French blog the author's sign-off and the key-ring plug at the foot (5 on the
English, Italian, Polish and Russian blogs, 4 on the German and 3 on the French). Lost: nothing; no page and no keep
line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s231 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 142 (2026-12-07, lead; the writers of this set and of set 232 worked beside round 142 from a
cleaner identical to its base, 95113f9; round 142 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets 221 222 225 226 227 228 229 230 231 232`` and the set's pytest file):
nothing moved: noise lines removed 37/45, keep lines kept 20/20, pages 1/12 clean, 33 of 240 page noise lines left, 0 of
120 article lines lost; every xfail still fails as its reason says. Round 142 (sets 223/224: a shop link over the
article's subheading, a quoted name ending a list row, a sign-off with a comma between its wishes, a blog's title under
the posted-on line with the writer's "we" or "I", a Russian call word opening a sentence whose subject follows, the
French "Durée de lecture estimée" label and an Italian print-edition note) read none of this set's wordings or layouts.

Measured after round 143 (2026-12-07, lead; round 143 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233
234`` and the set's pytest file): noise lines removed 37/45 (unchanged), keep lines kept 20/20, pages 1/12 clean, 29 of
240 page noise lines left (was 33), 0 of 120 article lines lost. The English, French, German and Polish blogs' opening
captions with a family credit ("Lined up on the start line before the first heat (photo: my dad)" and its three twins)
now go (round 143's caption closed by a bracketed family credit, read on set 228's blogs); the four pages' reasons were
reworded; the action captions credited to a club stay. Every other xfail still fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 37/45 (unchanged), keep lines kept 20/20,
pages 1/12 clean, 24 of 240 page noise lines left (was 29), 0 of 120 article lines lost. Five blogs' numbered tables of
contents ("In this post: 1. Scrutineering 2. The heats 3. The final" and its four twins) now go (round 144's numbered
tables of contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail
still fails as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 37/45 (unchanged), keep lines kept
20/20, pages 3/12 clean (was 1), 16 of 240 page noise lines left (was 24), 0 of 120 article lines lost. Credited
captions go on six pages; the French blog and the Russian portal come clean (their xfails were removed). The pages'
reasons were reworded to what they still keep or lose. Every other xfail still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_231_LINES: list[tuple[str, str, str]] = [
    ('body', "Strava activity embed: this activity is only visible to the athlete's followers.", 'marker'),
    ('body', 'The Twitch clip you are trying to watch has been deleted by the broadcaster.', 'marker'),
    ('body',
     'Windy.com forecast widget blocked by your content filter. Allow windy.com to see the wind map.',
     'marker'),
    ('body', "Le widget Komoot ne s'affiche pas : l'itinéraire a été passé en mode privé.", 'marker'),
    ('body', 'Issuu-Dokument: Die Vorschau wurde vom Herausgeber deaktiviert.', 'marker'),
    ('body', 'Questo episodio su Spotify è disponibile solo per gli abbonati Premium.', 'marker'),
    ('body', 'Transmisja na żywo w serwisie YouTube zaplanowana na sobotę, 10:00. Ustaw przypomnienie.', 'marker'),
    ('body', 'Видео с RUTUBE доступно только пользователям старше 18 лет.', 'marker'),
    ('head', 'Time to read: 6 minutes', 'reading-time'),
    ('head', 'This post will take you about 11 minutes to get through.', 'reading-time'),
    ('head', 'Vous lirez cet article en 6 minutes', 'reading-time'),
    ('head', 'Lesezeit: knapp 6 Minuten', 'reading-time'),
    ('head', 'Lettura da 6 minuti', 'reading-time'),
    ('head', 'Czytanie zajmie ci około 6 minut', 'reading-time'),
    ('head', 'На чтение уйдёт около 6 минут', 'reading-time'),
    ('head', 'Story and photographs: Perpetua Hewlingford', 'byline'),
    ('head', 'Additional reporting by Ottilie Grebbins', 'byline'),
    ('head', 'Par notre correspondante locale Solène Vendrabec', 'byline'),
    ('head', 'Z Wydmiska pisze Grażyna Wiatrakowska', 'byline'),
    ('tail', 'My axe-throwing target stands are welded to order – message me on Facebook Marketplace.', 'byline'),
    ('tail', 'Meine Baupläne für Strandsegler gibt es als PDF über Digistore24.', 'byline'),
    ('tail', 'Le mie custodie in cuoio per asce le vendo su eBay, spedizione in 48 ore.', 'byline'),
    ('tail', 'Чехлы для топоров шью на заказ — заходите в мой магазин на Wildberries.', 'byline'),
    ('tail', 'Made in Webflow · Terms & conditions · Do not sell or share my personal information', 'footer'),
    ('tail',
     'Published by Hatchcombe Courier Ltd, regulated by IPSO (Independent Press Standards Organisation)',
     'footer'),
    ('tail', 'Blog hosted free on Blogger · Report abuse', 'footer'),
    ('tail', 'Site édité par la SAS Gazette du Sablon au capital de 10 000 € · RCS Boulogne-sur-Mer', 'footer'),
    ('tail', 'Ein Angebot der Strandhafen Medien GmbH · Verträge hier kündigen · Impressum', 'footer'),
    ('tail', 'Sito creato con Webnode · Segnala un abuso', 'footer'),
    ('tail', 'Wydawca: Agencja Wydmowa sp. z o.o. · KRS 0000481207 · NIP 5213390468', 'footer'),
    ('tail', '18+ · При использовании материалов ссылка на сайт обязательна', 'footer'),
    ('tail', 'This thread has been locked by the moderators.', 'comments'),
    ('tail', 'Reply · Flag · 4 likes', 'comments'),
    ('tail', 'Show comments (17)', 'comments'),
    ('tail', "L'espace de discussion est réservé à nos abonnés.", 'comments'),
    ('tail', 'Lesermeinungen können nur bis 48 Stunden nach Erscheinen abgegeben werden.', 'comments'),
    ('tail', 'Commenta per primo!', 'comments'),
    ('tail',
     'Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi za nie odpowiedzialności.',
     'comments'),
    ('tail', 'Ветка обсуждения свёрнута (12 ответов)', 'comments'),
    ('tail', 'Post this: X · Mastodon · Bluesky · Email', 'share'),
    ('tail', 'Manda su WhatsApp · Pinna su Pinterest · Salva', 'share'),
    ('tail', 'Poleć ten artykuł: Facebook · X · Wykop', 'share'),
    ('body', 'Cet article a été mis à jour le 12 juin à 18 h avec les résultats définitifs.', 'notice'),
    ('body', 'Материал обновлён: добавлены комментарии организаторов.', 'notice'),
    ('tail', 'Transparenzhinweis: Der Strandsegelclub hat die Reisekosten unserer Reporterin übernommen.', 'notice'),
]

HELD_OUT_231_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the wind off the dunes is half the skill, the race officer said before the start.'),
    ('head', "Sponsored by a local garage, the league's trophy is a bronze axe head mounted on driftwood."),
    ('body', 'Comments from the throwers after the final were mostly about the new hickory targets.'),
    ('body', 'Shared between four clubs, the beach is closed to walkers on the two race days.'),
    ('tail', 'Follow-up races are planned for October, when the tide goes out in the afternoon.'),
    ('tail', 'Subscriptions to the axe league rose from 30 to 112 in a single winter, its treasurer said.'),
    ('tail', 'Print runs of the race programme had sold out by Saturday lunchtime.'),
    ('head', "Lire le vent sur la plage, c'est tout l'art du char à voile, explique le directeur de course."),
    ('body', 'Commentaires et applaudissements ont accompagné chaque lancer de la finale.'),
    ('tail', 'Abonnés au club depuis vingt ans, les deux frères ont fini deuxième et troisième.'),
    ('head', 'Teilen mussten sich die Segler den Strand an diesem Tag mit Hunderten Spaziergängern.'),
    ('body', 'Folgen hatte der Sturm vom Freitag keine: Am Samstag war der Strand wieder trocken.'),
    ('tail', 'Werbung für die Liga machen die Werfer vor allem mit Probeabenden im Vereinsheim.'),
    ('head', "Iscritti alla lega sono ormai sessanta lanciatori, dieci in più dell'anno scorso."),
    ('body', 'Condividere la pista con i gabbiani fa parte del gioco, scherza il giudice di gara.'),
    ('tail', 'Seguita da oltre cinquecento persone sul lungomare, la regata è finita al tramonto.'),
    ('head', 'Komentarze sędziów po finale dotyczyły głównie nowych tarcz z topoli.'),
    ('tail', 'Obserwujący zawody z wydm kibice nagradzali oklaskami każdy zwrot.'),
    ('head', 'Подписаться на участие в лиге может любой совершеннолетний, взнос — 500 рублей за сезон.'),
    ('tail', 'Поделиться опытом с новичками капитаны команд согласились сразу после финала.'),
]

HELD_OUT_231_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-hatchcombe-axe-throwing-league-final', [
        [
            '-The Hatchcombe Courier – News for Hatchcombe and the Vale since 1871',
            "-Home | News | Sport | What's On | Property | Jobs | Announcements",
        ],
        [
            '-Home › Sport › Local Sport',
            '-By Courier Sports Desk',
            '-Saturday 14 November 2026, 9:15am · Updated 11:02am',
            '-4 min read',
        ],
        [
            "+Dinner lady, 58, wins Hatchcombe's first axe-throwing league final",
            '-The winner lines up her last throw in the final (Picture: Courier staff)',
        ],
        [
            ("+A school dinner lady has won the first season of Hatchcombe's axe-throwing league, beating a "
             'carpenter less than half her age with the very last axe of the final on Thursday night.'),
            '-Share: Facebook · X · WhatsApp · Email',
            '-Read more: Hatchcombe darts team ends 40-year wait for county title',
            ('+Twenty-four throwers in four teams have met every Thursday since March in the old malthouse on Mill '
             'Lane, where volunteers built six lanes of pine targets last winter.'),
        ],
        [
            '-Advertisement',
            '-Sponsored: Why Vale homeowners are switching to heat pumps this winter',
        ],
        [
            ('+"An axe doesn\'t care how strong you are, it cares how calm you are," said the league\'s founder, a '
             'retired firefighter, as a crowd of about 150 found seats on hay bales.'),
            '+How the night went',
            '+7pm: group rounds on all six lanes, five throws each',
            '+8.30pm: semi-finals, best of three games',
            '+9.45pm: the final, settled by a killshot round',
            "-Get the Courier's sports newsletter every Friday – sign up free",
        ],
        [
            ('+The winner and her opponent were level at four after the regular throws, and she hit the small blue '
             'killshot dot with her last axe while his bounced off the board.'),
        ],
        [
            '-More on axe throwing: Is this the fastest-growing pub sport in the Vale?',
            ('+The £1,200 raised from entry fees will pay for two more lanes, and the second season begins in '
             'February with eight teams already signed up.'),
        ],
        [
            '-12 comments',
            '-ValeLad72: Brilliant night, never seen the malthouse so full.',
            '-↳ Hatchcombe Courier: Thanks! Photos from the night are in our gallery.',
            '-Ruth_K: My nan will be signing up after reading this!',
            '-↳ ValeLad72: Tell her to bring her own axe, the league ones are blunt by March.',
        ],
        [
            '-Download the Courier app for breaking news alerts on your phone',
            '-© 2026 Hatchcombe Courier · Contact us · Terms · Privacy',
        ],
    ]),
    _page('en', 'en-blog-tamsin-on-the-sand-first-land-yacht-race', [
        [
            '-Tamsin on the Sand – one woman, one land yacht, a lot of wind',
            '-Home · About · Race diary · Kit · Contact',
            '-Posted on 16 November 2026 by Tamsin · 7 comments',
            '-9 min read',
        ],
        [
            '+My first ever land yacht race: fourth of fourteen on Hoylake beach',
            '-This post contains affiliate links: if you buy through them I may earn a small commission.',
        ],
        [
            ('+After a summer of practice laps on an empty beach, I finally lined up for a proper race last '
             'Sunday, in my secondhand Class 5 yacht with its patched red sail.'),
            ('+Fourteen yachts took part, the wind was blowing a steady twenty knots from the west and the tide '
             'was going out, which gave us nearly two miles of hard, flat sand.'),
            '-In this post: 1. Scrutineering 2. The heats 3. The final',
        ],
        [
            '-Lined up on the start line before the first heat (photo: my dad)',
            '-Pin this post for later!',
            ('+At the briefing the race officer told us novices: "Keep the steering light, watch the flags and '
             'never try to race the tide."'),
        ],
        [
            '+My race day',
            '-Sponsored content',
            '-The wheel cover I use is this neoprene one on Amazon (affiliate link)',
            '+10.00 scrutineering of helmets, brakes and sails',
            '+11.30 first heat, six laps of the buoys',
            '+14.00 final, ten laps with all fourteen yachts',
        ],
        [
            ('+I was sixth after the first lap of the final, passed two yachts on the long downwind leg and '
             'finished fourth, only a few seconds behind the third-placed yacht.'),
            '-Flat out on the downwind leg of the final (photo: Hoylake club)',
            ('+Next stop is the spring series in March, and before then I need a new sail and a lot more practice '
             'at gybing round the buoys.'),
            '-Share this: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Thanks for reading, and see you on the sand! – Tamsin',
            '-I sew key rings from old sails: find them in my Etsy shop, TamsinSails.',
        ],
        [
            '-7 thoughts on “My first ever land yacht race”',
            '-Gary B.: Fourth in your first race is brilliant, well done!',
            '-↳ Tamsin: Thank you! Still shaking from that last gybe.',
            '-Dune_Runner: Which club do you sail with? Thinking of trying it myself.',
        ],
        [
            '-Leave a Reply',
            '-© 2026 Tamsin on the Sand · Theme: Astra · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-cognevreuil-finale-ligue-lancer-de-hache', [
        [
            "-L'Écho de Cognevreuil – L'actualité de Cognevreuil et du canton depuis 1904",
            '-Accueil | Actualité | Sports | Sorties | Agenda | Nécrologie',
        ],
        [
            '-Accueil > Sports > Sports locaux',
            '-Par la rédaction sportive',
            '-Publié le 14/11/2026 à 09h15 · Mis à jour à 11h02',
            '-4 min de lecture',
        ],
        [
            '+Une cantinière de 58 ans remporte la première finale de la ligue de lancer de hache de Cognevreuil',
            "-La gagnante prépare son dernier lancer en finale (Photo : L'Écho)",
        ],
        [
            ('+Une cantinière a remporté jeudi soir la première saison de la ligue de lancer de hache de '
             "Cognevreuil, en battant un menuisier deux fois plus jeune qu'elle avec la toute dernière hache de la "
             'finale.'),
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "-À lire aussi : Le club de fléchettes de Cognevreuil champion départemental après 40 ans d'attente",
            ('+Vingt-quatre lanceurs répartis en quatre équipes se retrouvent chaque jeudi depuis mars dans '
             "l'ancienne malterie de la rue du Moulin, où des bénévoles ont construit l'hiver dernier six pistes "
             'aux cibles de pin.'),
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : Pourquoi les propriétaires du canton passent à la pompe à chaleur cet hiver',
        ],
        [
            ('+« Une hache se moque de votre force, elle ne regarde que votre calme », a lancé le fondateur de la '
             "ligue, un pompier à la retraite, tandis qu'environ 150 spectateurs s'installaient sur des bottes de "
             'paille.'),
            '+Le déroulé de la soirée',
            '+19 h : manches de poules sur les six pistes, cinq lancers chacun',
            '+20 h 30 : demi-finales en deux manches gagnantes',
            '+21 h 45 : finale, départagée par une manche de tirs de précision',
            "-Recevez chaque vendredi la lettre sports de L'Écho – inscription gratuite",
        ],
        [
            ('+La gagnante et son adversaire étaient à égalité, quatre partout, après les lancers réglementaires ; '
             'elle a touché le petit point bleu avec sa dernière hache, tandis que celle du menuisier a rebondi '
             'sur la cible.'),
        ],
        [
            '-Sur le même sujet : Le lancer de hache, nouveau sport de bistrot ?',
            ("+Les 1 200 euros d'inscriptions financeront deux pistes supplémentaires, et la deuxième saison "
             'commencera en février avec huit équipes déjà inscrites.'),
        ],
        [
            '-12 commentaires',
            '-Gégé72 : Superbe soirée, jamais vu la malterie aussi pleine.',
            "-↳ L'Écho de Cognevreuil : Merci ! Les photos de la soirée sont dans notre galerie.",
            "-Nadine_R : Ma grand-mère va s'inscrire après avoir lu ça !",
            "-↳ Gégé72 : Dites-lui d'apporter sa hache, celles de la ligue sont émoussées dès mars.",
        ],
        [
            "-Téléchargez l'application de L'Écho pour recevoir les alertes info",
            "-© 2026 L'Écho de Cognevreuil · Mentions légales · Contact · Données personnelles",
        ],
    ]),
    _page('fr', 'fr-blog-le-char-a-voile-de-maelys-premiere-course', [
        [
            '-Le char à voile de Maëlys – une fille, un char, beaucoup de vent',
            '-Accueil · À propos · Carnet de courses · Matériel · Contact',
            '-Publié le 16 novembre 2026 par Maëlys · 7 commentaires',
            '-9 min de lecture',
        ],
        [
            '+Ma toute première course de char à voile : quatrième sur quatorze à Berck',
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je peux toucher une petite '
             'commission.'),
        ],
        [
            ("+Après un été de tours d'entraînement sur une plage déserte, je me suis enfin alignée dimanche "
             "dernier sur une vraie course, avec mon char de classe 5 d'occasion et sa voile rouge rapiécée."),
            ("+Quatorze chars étaient au départ, le vent soufflait régulièrement à vingt nœuds d'ouest et la marée "
             'descendait, ce qui nous laissait près de trois kilomètres de sable dur et plat.'),
            '-Au sommaire : 1. Le contrôle technique 2. Les manches 3. La finale',
        ],
        [
            '-Sur la ligne de départ avant la première manche (photo : mon père)',
            '-Épinglez cet article pour plus tard !',
            ('+Au briefing, le directeur de course a dit aux débutants : « Gardez la direction légère, surveillez '
             "les drapeaux et n'essayez jamais de faire la course avec la marée. »"),
        ],
        [
            '+Ma journée de course',
            '-Annonces',
            "-La housse de volant que j'utilise est celle-ci, en néoprène, sur Amazon (lien affilié)",
            '+10 h 00 contrôle des casques, des freins et des voiles',
            '+11 h 30 première manche, six tours de bouées',
            '+14 h 00 finale, dix tours avec les quatorze chars',
        ],
        [
            ("+J'étais sixième après le premier tour de la finale, j'ai doublé deux chars dans le long bord de "
             "vent arrière et j'ai fini quatrième, à quelques secondes seulement de la troisième."),
            '-À fond dans le bord de vent arrière de la finale (photo : club de Berck)',
            ("+Prochaine étape : la série de printemps en mars, et d'ici là il me faut une nouvelle voile et "
             "beaucoup d'entraînement aux empannages autour des bouées."),
            '-Partager : Facebook · Pinterest · WhatsApp',
        ],
        [
            "-Merci de m'avoir lue, et à bientôt sur le sable ! – Maëlys",
            '-Je couds des porte-clés dans de vieilles voiles : ils sont dans ma boutique Etsy, MaelysVoiles.',
        ],
        [
            '-7 réflexions sur « Ma toute première course de char à voile »',
            '-Thierry B. : Quatrième pour une première course, bravo !',
            "-↳ Maëlys : Merci ! J'en tremble encore, de ce dernier empannage.",
            "-Dune_Rider : Tu navigues dans quel club ? J'ai envie d'essayer.",
        ],
        [
            '-Laisser un commentaire',
            '-© 2026 Le char à voile de Maëlys · Thème : Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-axtlingen-axtwurf-liga-finale', [
        [
            '-Axtlinger Bote – Die Heimatzeitung für Axtlingen und das Umland seit 1889',
            '-Startseite | Lokales | Sport | Freizeit | Immobilien | Trauer',
        ],
        [
            '-Startseite › Sport › Lokalsport',
            '-Von unserer Sportredaktion',
            '-Samstag, 14.11.2026, 09:15 Uhr · Aktualisiert 11:02 Uhr',
            '-4 Min. Lesezeit',
        ],
        [
            '+Schulköchin (58) gewinnt das erste Finale der Axtwurf-Liga in Axtlingen',
            '-Die Siegerin vor ihrem letzten Wurf im Finale (Foto: Axtlinger Bote)',
        ],
        [
            ('+Eine Schulköchin hat am Donnerstagabend die erste Saison der Axtlinger Axtwurf-Liga gewonnen und im '
             'Finale einen Schreiner, der nicht einmal halb so alt ist wie sie, mit der allerletzten Axt '
             'geschlagen.'),
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
            '-Lesen Sie auch: Axtlinger Dartclub nach 40 Jahren wieder Kreismeister',
            ('+Vierundzwanzig Werferinnen und Werfer in vier Teams treffen sich seit März jeden Donnerstag in der '
             'alten Mälzerei in der Mühlgasse, wo Freiwillige im vergangenen Winter sechs Bahnen mit Zielscheiben '
             'aus Kiefernholz gebaut haben.'),
        ],
        [
            '-Anzeige',
            '-Gesponsert: Warum Hausbesitzer in der Region diesen Winter auf Wärmepumpen umsteigen',
        ],
        [
            ('+„Einer Axt ist egal, wie stark du bist, ihr ist nur wichtig, wie ruhig du bist“, sagte der Gründer '
             'der Liga, ein pensionierter Feuerwehrmann, während rund 150 Zuschauer auf Strohballen Platz nahmen.'),
            '+So lief der Abend',
            '+19 Uhr: Gruppenrunden auf allen sechs Bahnen, je fünf Würfe',
            '+20.30 Uhr: Halbfinale, zwei Gewinnsätze',
            '+21.45 Uhr: Finale, entschieden im Killshot-Durchgang',
            '-Jeden Freitag der Sport-Newsletter des Boten – jetzt kostenlos anmelden',
        ],
        [
            ('+Die Siegerin und ihr Gegner standen nach den regulären Würfen vier zu vier; sie traf mit ihrer '
             'letzten Axt den kleinen blauen Punkt, seine prallte vom Brett ab.'),
        ],
        [
            '-Mehr zum Thema: Axtwerfen – der neue Kneipensport?',
            ('+Die 1200 Euro Startgelder bezahlen zwei weitere Bahnen, und die zweite Saison beginnt im Februar '
             'mit bereits acht gemeldeten Teams.'),
        ],
        [
            '-12 Kommentare',
            '-Holzwurm72: Toller Abend, so voll war die Mälzerei noch nie.',
            '-↳ Axtlinger Bote: Danke! Die Fotos vom Abend finden Sie in unserer Bildergalerie.',
            '-Renate_K: Meine Oma meldet sich nach diesem Artikel bestimmt an!',
            '-↳ Holzwurm72: Sie soll ihre eigene Axt mitbringen, die der Liga sind ab März stumpf.',
        ],
        [
            '-Laden Sie die App des Axtlinger Boten für Eilmeldungen aufs Handy',
            '-© 2026 Axtlinger Bote · Impressum · Datenschutz · AGB · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-jules-strandsegel-tagebuch-erstes-rennen', [
        [
            '-Jules Strandsegel-Tagebuch – eine Frau, ein Strandsegler, viel Wind',
            '-Start · Über mich · Renntagebuch · Ausrüstung · Kontakt',
            '-Veröffentlicht am 16. November 2026 von Jule · 7 Kommentare',
            '-9 Minuten Lesezeit',
        ],
        [
            '+Mein allererstes Strandsegel-Rennen: Vierte von vierzehn in St. Peter-Ording',
            '-Dieser Beitrag enthält Affiliate-Links: Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
        ],
        [
            ('+Nach einem Sommer voller Trainingsrunden an einem leeren Strand stand ich letzten Sonntag endlich '
             'bei einem richtigen Rennen am Start, mit meinem gebrauchten Klasse-5-Segler und seinem geflickten '
             'roten Segel.'),
            ('+Vierzehn Segler waren am Start, der Wind blies gleichmäßig mit zwanzig Knoten aus West, und es war '
             'Ebbe, was uns fast drei Kilometer festen, flachen Sand bescherte.'),
            '-Inhalt: 1. Die Abnahme 2. Die Vorläufe 3. Das Finale',
        ],
        [
            '-An der Startlinie vor dem ersten Lauf (Foto: mein Vater)',
            '-Merk dir diesen Beitrag auf Pinterest!',
            ('+Bei der Steuerleutebesprechung sagte der Wettfahrtleiter zu uns Neulingen: „Lenkt mit leichter '
             'Hand, achtet auf die Flaggen und versucht nie, mit der Flut um die Wette zu fahren.“'),
        ],
        [
            '+Mein Renntag',
            '-Gesponserter Inhalt',
            '-Meinen Lenkradbezug aus Neopren gibt es hier bei Amazon (Affiliate-Link)',
            '+10.00 Uhr Abnahme von Helmen, Bremsen und Segeln',
            '+11.30 Uhr erster Lauf, sechs Runden um die Tonnen',
            '+14.00 Uhr Finale, zehn Runden mit allen vierzehn Seglern',
        ],
        [
            ('+Nach der ersten Finalrunde lag ich auf Platz sechs, überholte auf dem langen Raumschotskurs zwei '
             'Segler und wurde Vierte, nur wenige Sekunden hinter der Dritten.'),
            '-Volle Fahrt auf dem Raumschotskurs im Finale (Foto: Strandsegelclub)',
            ('+Als Nächstes kommt im März die Frühjahrsserie, und bis dahin brauche ich ein neues Segel und viel '
             'mehr Übung bei den Halsen um die Tonnen.'),
            '-Teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Danke fürs Lesen und bis bald am Strand! – Jule',
            '-Aus alten Segeln nähe ich Schlüsselanhänger: Ihr findet sie in meinem Etsy-Shop JuleSegelt.',
        ],
        [
            '-7 Gedanken zu „Mein allererstes Strandsegel-Rennen“',
            '-Uwe B.: Vierte beim ersten Rennen ist großartig, Glückwunsch!',
            '-↳ Jule: Danke! Die letzte Halse steckt mir noch in den Knochen.',
            '-Dünenläufer: In welchem Verein segelst du? Ich will das auch mal probieren.',
        ],
        [
            '-Schreibe einen Kommentar',
            '-© 2026 Jules Strandsegel-Tagebuch · Theme: Astra · Stolz präsentiert von WordPress',
        ],
    ]),
    _page('it', 'it-portale-scurebbia-finale-lega-lancio-ascia', [
        [
            '-Il Corriere di Scurebbia – Le notizie di Scurebbia e della valle dal 1911',
            '-Home | Cronaca | Sport | Eventi | Casa | Necrologi',
        ],
        [
            '-Home › Sport › Sport locale',
            '-Di Redazione Sport',
            '-Sabato 14 novembre 2026, 9:15 · Aggiornato alle 11:02',
            '-4 min di lettura',
        ],
        [
            ("+Cuoca della mensa scolastica, 58 anni, vince la prima finale della lega di lancio dell'ascia di "
             'Scurebbia'),
            "-La vincitrice si prepara all'ultimo lancio della finale (Foto: Corriere)",
        ],
        [
            ('+Una cuoca della mensa scolastica ha vinto giovedì sera la prima stagione della lega di lancio '
             "dell'ascia di Scurebbia, battendo con l'ultimissima ascia della finale un falegname che ha meno "
             'della metà dei suoi anni.'),
            '-Condividi: Facebook · X · WhatsApp · Email',
            '-Leggi anche: Scurebbia, la squadra di freccette torna campione provinciale dopo 40 anni',
            ('+Ventiquattro lanciatori divisi in quattro squadre si ritrovano ogni giovedì da marzo nella vecchia '
             "malteria di via del Mulino, dove l'inverno scorso alcuni volontari hanno costruito sei piste con "
             'bersagli di pino.'),
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: Perché in valle si passa alla pompa di calore questo inverno',
        ],
        [
            ("+«All'ascia non importa quanto sei forte, le importa quanto sei calmo», ha detto il fondatore della "
             'lega, un vigile del fuoco in pensione, mentre circa 150 spettatori prendevano posto sulle balle di '
             'fieno.'),
            "+Com'è andata la serata",
            '+Ore 19: gironi su tutte e sei le piste, cinque lanci a testa',
            '+Ore 20.30: semifinali al meglio delle tre partite',
            '+Ore 21.45: finale, decisa dal turno del killshot',
            '-Ricevi ogni venerdì la newsletter sportiva del Corriere: iscriviti gratis',
        ],
        [
            ('+La vincitrice e il suo avversario erano pari, quattro a quattro, dopo i lanci regolari: lei ha '
             "centrato il piccolo punto blu con l'ultima ascia, mentre quella di lui è rimbalzata sul bersaglio."),
        ],
        [
            "-Sullo stesso argomento: Il lancio dell'ascia è il nuovo sport da pub?",
            ('+I 1.200 euro delle iscrizioni pagheranno altre due piste e la seconda stagione comincerà a febbraio '
             'con otto squadre già iscritte.'),
        ],
        [
            '-12 commenti',
            '-Gigi72: Serata splendida, mai vista la malteria così piena.',
            '-↳ Il Corriere di Scurebbia: Grazie! Le foto della serata sono nella nostra gallery.',
            '-Rita_M: Mia nonna si iscriverà dopo aver letto questo articolo!',
            "-↳ Gigi72: Dille di portarsi l'ascia, quelle della lega a marzo sono già spuntate.",
        ],
        [
            "-Scarica l'app del Corriere per ricevere le ultime notizie sul telefono",
            '-© 2026 Il Corriere di Scurebbia · Contatti · Privacy · Cookie policy',
        ],
    ]),
    _page('it', 'it-blog-a-vela-sulla-sabbia-con-bea-prima-regata', [
        [
            '-A vela sulla sabbia con Bea – una ragazza, un carro a vela e tanto vento',
            '-Home · Chi sono · Diario di gara · Attrezzatura · Contatti',
            '-Pubblicato il 16 novembre 2026 da Bea · 7 commenti',
            '-9 minuti di lettura',
        ],
        [
            '+La mia primissima regata in carro a vela: quarta su quattordici a Marina di Ravenna',
            ('-Questo post contiene link di affiliazione: se acquisti tramite questi link potrei ricevere una '
             'piccola commissione.'),
        ],
        [
            ("+Dopo un'estate di giri di allenamento su una spiaggia deserta, domenica scorsa mi sono finalmente "
             'schierata al via di una vera regata, con il mio carro di classe 5 di seconda mano e la sua vela '
             'rossa rattoppata.'),
            ("+Al via c'erano quattordici carri, il vento soffiava costante a venti nodi da ovest e la marea stava "
             'calando, lasciandoci quasi tre chilometri di sabbia dura e piatta.'),
            '-In questo post: 1. Le verifiche tecniche 2. Le batterie 3. La finale',
        ],
        [
            '-Sulla linea di partenza prima della prima batteria (foto: mio papà)',
            '-Salva questo post su Pinterest per dopo!',
            ('+Al briefing il direttore di gara ha detto ai principianti: «Tenete lo sterzo leggero, guardate le '
             'bandiere e non provate mai a fare a gara con la marea.»'),
        ],
        [
            '+La mia giornata di regata',
            '-Spazio pubblicitario',
            '-Il coprivolante in neoprene che uso è questo su Amazon (link di affiliazione)',
            '+Ore 10.00 verifiche di caschi, freni e vele',
            '+Ore 11.30 prima batteria, sei giri delle boe',
            '+Ore 14.00 finale, dieci giri con tutti e quattordici i carri',
        ],
        [
            ('+Ero sesta dopo il primo giro della finale, ho superato due carri nel lungo lato in poppa e ho '
             'chiuso quarta, a pochi secondi dalla terza.'),
            '-A tutta velocità nel lato in poppa della finale (foto: il club)',
            ('+Prossima tappa la serie di primavera a marzo, e prima di allora mi servono una vela nuova e molto '
             'più allenamento nelle strambate intorno alle boe.'),
            '-Condividi: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Grazie per avermi letta, ci vediamo sulla sabbia! – Bea',
            '-Con le vele vecchie cucio portachiavi: li trovate nel mio negozio Etsy, VeleDiBea.',
        ],
        [
            '-7 pensieri su “La mia primissima regata in carro a vela”',
            '-Franco B.: Quarta alla prima regata è fantastico, brava!',
            "-↳ Bea: Grazie! Tremo ancora per l'ultima strambata.",
            "-Duna_Runner: Con che club corri? Vorrei provarci anch'io.",
        ],
        [
            '-Lascia un commento',
            '-© 2026 A vela sulla sabbia con Bea · Tema: Astra · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-ciosankowo-final-ligi-rzucania-siekiera', [
        [
            '-Kurier Ciosankowski – Wiadomości z Ciosankowa i okolic od 1926 roku',
            '-Strona główna | Wiadomości | Sport | Rozrywka | Nieruchomości | Nekrologi',
        ],
        [
            '-Strona główna › Sport › Sport lokalny',
            '-Redakcja sportowa',
            '-Sobota, 14.11.2026, 09:15 · Aktualizacja: 11:02',
            '-4 min czytania',
        ],
        [
            '+Kucharka ze szkolnej stołówki (58 l.) wygrała pierwszy finał ligi rzucania siekierą w Ciosankowie',
            '-Zwyciężczyni przed ostatnim rzutem w finale (fot. Kurier)',
        ],
        [
            ('+Kucharka ze szkolnej stołówki wygrała w czwartek wieczorem pierwszy sezon ciosankowskiej ligi '
             'rzucania siekierą, pokonując w finale o połowę młodszego od siebie stolarza ostatnią siekierą '
             'finału.'),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '-Czytaj także: Klub darta z Ciosankowa mistrzem powiatu po 40 latach',
            ('+Dwudziestu czterech zawodników w czterech drużynach spotyka się od marca w każdy czwartek w dawnej '
             'słodowni przy ulicy Młyńskiej, gdzie zeszłej zimy wolontariusze zbudowali sześć torów z tarczami z '
             'sosny.'),
        ],
        [
            '-Reklama',
            '-Materiał sponsorowany: Dlaczego mieszkańcy regionu przechodzą tej zimy na pompy ciepła',
        ],
        [
            ('+„Siekiery nie obchodzi, jak jesteś silny, obchodzi ją, jak jesteś spokojny” – mówił założyciel '
             'ligi, emerytowany strażak, gdy około 150 widzów zajmowało miejsca na belach siana.'),
            '+Jak minął wieczór',
            '+19.00 – rundy grupowe na wszystkich sześciu torach, po pięć rzutów',
            '+20.30 – półfinały do dwóch wygranych',
            '+21.45 – finał rozstrzygnięty w rundzie killshotów',
            '-Zapisz się na sportowy newsletter Kuriera – co piątek, za darmo',
        ],
        [
            ('+Po regulaminowych rzutach zwyciężczyni i jej rywal mieli po cztery punkty; ona trafiła ostatnią '
             'siekierą w mały niebieski punkt, a jego siekiera odbiła się od tarczy.'),
        ],
        [
            '-Więcej na ten temat: Rzucanie siekierą – nowy sport pubowy?',
            ('+Za 5000 zł z wpisowego powstaną dwa kolejne tory, a drugi sezon ruszy w lutym z ośmioma zgłoszonymi '
             'już drużynami.'),
        ],
        [
            '-12 komentarzy',
            '-Heniek72: Świetny wieczór, nigdy nie widziałem słodowni tak pełnej.',
            '-↳ Kurier Ciosankowski: Dziękujemy! Zdjęcia z wieczoru są w naszej galerii.',
            '-Basia_W: Moja babcia na pewno się zapisze po tym artykule!',
            '-↳ Heniek72: Niech przyniesie własną siekierę, ligowe w marcu są już tępe.',
        ],
        [
            '-Pobierz aplikację Kuriera i otrzymuj najważniejsze wiadomości na telefon',
            '-© 2026 Kurier Ciosankowski · Kontakt · Regulamin · Polityka prywatności',
        ],
    ]),
    _page('pl', 'pl-blog-pod-wiatr-z-zuza-pierwsze-regaty', [
        [
            '-Pod wiatr z Zuzą – jedna dziewczyna, jeden jacht piaskowy, dużo wiatru',
            '-Start · O mnie · Dziennik regat · Sprzęt · Kontakt',
            '-Opublikowano 16 listopada 2026 przez Zuzę · 7 komentarzy',
            '-9 minut czytania',
        ],
        [
            '+Moje pierwsze w życiu regaty jachtów piaskowych: czwarte miejsce na czternaście w Łebie',
            '-Ten wpis zawiera linki afiliacyjne: jeśli kupisz coś przez nie, mogę dostać niewielką prowizję.',
        ],
        [
            ('+Po lecie treningowych okrążeń na pustej plaży w zeszłą niedzielę w końcu stanęłam na starcie '
             'prawdziwych regat, z moim używanym jachtem klasy 5 i jego połatanym czerwonym żaglem.'),
            ('+Wystartowało czternaście jachtów, wiał równy zachodni wiatr o sile dwudziestu węzłów, a plaża po '
             'sztormie była szeroka, co dało nam prawie trzy kilometry twardego, płaskiego piasku.'),
            '-W tym wpisie: 1. Odbiór techniczny 2. Wyścigi eliminacyjne 3. Finał',
        ],
        [
            '-Na linii startu przed pierwszym wyścigiem (fot. tata)',
            '-Zapisz ten wpis na Pintereście na później!',
            ('+Na odprawie sędzia główny powiedział nowicjuszom: „Trzymajcie kierownicę lekko, patrzcie na flagi i '
             'nigdy nie ścigajcie się z falą.”'),
        ],
        [
            '+Mój dzień regat',
            '-Treść sponsorowana',
            '-Mój neoprenowy pokrowiec na kierownicę kupicie tutaj na Allegro (link afiliacyjny)',
            '+10.00 odbiór kasków, hamulców i żagli',
            '+11.30 pierwszy wyścig, sześć okrążeń wokół boi',
            '+14.00 finał, dziesięć okrążeń ze wszystkimi czternastoma jachtami',
        ],
        [
            ('+Po pierwszym okrążeniu finału byłam szósta, na długim odcinku z wiatrem wyprzedziłam dwa jachty i '
             'skończyłam czwarta, zaledwie kilka sekund za trzecią.'),
            '-Pełną parą na odcinku z wiatrem w finale (fot. klub z Łeby)',
            ('+Następny przystanek to wiosenna seria w marcu, a do tego czasu potrzebuję nowego żagla i dużo '
             'więcej treningu zwrotów przez rufę wokół boi.'),
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Dzięki za przeczytanie i do zobaczenia na piasku! – Zuza',
            '-Ze starych żagli szyję breloczki: znajdziecie je w moim sklepie na Etsy, ZuzaZagle.',
        ],
        [
            '-7 komentarzy do „Moje pierwsze w życiu regaty jachtów piaskowych”',
            '-Marek B.: Czwarte miejsce w pierwszych regatach to super wynik, gratulacje!',
            '-↳ Zuza: Dziękuję! Jeszcze się trzęsę po ostatnim zwrocie.',
            '-Wydmowy_Biegacz: W jakim klubie pływasz? Też chcę spróbować.',
        ],
        [
            '-Dodaj komentarz',
            '-© 2026 Pod wiatr z Zuzą · Motyw: Astra · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-toporetsk-final-ligi-metaniya-topora', [
        [
            '-Топорецкий вестник — новости Топорецка и района с 1931 года',
            '-Главная | Новости | Спорт | Афиша | Недвижимость | Некрологи',
        ],
        [
            '-Главная › Спорт › Местный спорт',
            '-Спортивная редакция',
            '-Суббота, 14.11.2026, 09:15 · Обновлено в 11:02',
            '-4 мин. чтения',
        ],
        [
            '+58-летняя повар школьной столовой выиграла первый финал лиги по метанию топора в Топорецке',
            '-Победительница готовится к последнему броску в финале (фото: «Вестник»)',
        ],
        [
            ('+Повар школьной столовой в четверг вечером выиграла первый сезон топорецкой лиги по метанию топора, '
             'обыграв в финале столяра вдвое моложе себя самым последним топором.'),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
            '-Читайте также: Клуб дартса из Топорецка стал чемпионом области впервые за 40 лет',
            ('+Двадцать четыре метателя в четырёх командах с марта собираются каждый четверг в старом солодовенном '
             'цехе на Мельничной улице, где прошлой зимой волонтёры построили шесть дорожек с сосновыми мишенями.'),
        ],
        [
            '-Реклама',
            '-Партнёрский материал: Почему жители района этой зимой переходят на тепловые насосы',
        ],
        [
            ('+«Топору всё равно, насколько ты силён, ему важно, насколько ты спокоен», — сказал основатель лиги, '
             'пожарный на пенсии, пока около 150 зрителей рассаживались на тюках сена.'),
            '+Как прошёл вечер',
            '+19:00 — групповые раунды на всех шести дорожках, по пять бросков',
            '+20:30 — полуфиналы до двух побед',
            '+21:45 — финал, решённый в раунде киллшотов',
            '-Подпишитесь на спортивную рассылку «Вестника» — каждую пятницу, бесплатно',
        ],
        [
            ('+После основных бросков у победительницы и её соперника было по четыре очка; она попала последним '
             'топором в маленькую синюю точку, а его топор отскочил от мишени.'),
        ],
        [
            '-По теме: Метание топора — новый спорт для баров?',
            ('+На 120 тысяч рублей взносов построят ещё две дорожки, а второй сезон начнётся в феврале, и на него '
             'уже заявились восемь команд.'),
        ],
        [
            '-12 комментариев',
            '-Сергеич72: Отличный вечер, никогда не видел цех таким полным.',
            '-↳ Топорецкий вестник: Спасибо! Фотографии с вечера — в нашей галерее.',
            '-Марина_К: Моя бабушка после этой статьи точно запишется!',
            '-↳ Сергеич72: Пусть приносит свой топор, лиговые к марту уже тупые.',
        ],
        [
            '-Скачайте приложение «Вестника», чтобы получать срочные новости на телефон',
            '-© 2026 Топорецкий вестник · Контакты · Правила · Политика конфиденциальности',
        ],
    ]),
    _page('ru', 'ru-blog-landyakhta-i-ya-pervaya-gonka', [
        [
            '-Ландъяхта и я — блог Ксюши о гонках под парусом по песку',
            '-Главная · Обо мне · Дневник гонок · Снаряжение · Контакты',
            '-Опубликовано 16 ноября 2026 автором Ксюша · 7 комментариев',
            '-9 минут чтения',
        ],
        [
            '+Моя первая в жизни гонка на ландъяхтах: четвёртое место из четырнадцати в Анапе',
            '-В этом посте есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшую комиссию.',
        ],
        [
            ('+После лета тренировочных кругов на пустом пляже в прошлое воскресенье я наконец вышла на старт '
             'настоящей гонки на своей подержанной ландъяхте пятого класса с залатанным красным парусом.'),
            ('+На старт вышли четырнадцать яхт, ровно дул западный ветер в двадцать узлов, а после шторма пляж '
             'стал широким, и у нас было почти три километра твёрдого ровного песка.'),
            '-В этом посте: 1. Техосмотр 2. Заезды 3. Финал',
        ],
        [
            '-На линии старта перед первым заездом (фото: папа)',
            '-Сохраните этот пост в Pinterest на потом!',
            ('+На брифинге главный судья сказал новичкам: «Держите руль легко, следите за флагами и никогда не '
             'пытайтесь обогнать волну».'),
        ],
        [
            '+Мой день гонок',
            '-Спонсорский материал',
            '-Неопреновый чехол на руль, которым я пользуюсь, — вот этот на Ozon (партнёрская ссылка)',
            '+10:00 — техосмотр шлемов, тормозов и парусов',
            '+11:30 — первый заезд, шесть кругов вокруг буёв',
            '+14:00 — финал, десять кругов со всеми четырнадцатью яхтами',
        ],
        [
            ('+После первого круга финала я шла шестой, на длинном участке с попутным ветром обогнала две яхты и '
             'финишировала четвёртой, всего в нескольких секундах от третьего места.'),
            '-На полной скорости с попутным ветром в финале (фото: клуб)',
            ('+Дальше — весенняя серия в марте, а до неё мне нужны новый парус и гораздо больше тренировок '
             'поворотов фордевинд вокруг буёв.'),
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-Спасибо, что дочитали, до встречи на песке! — Ксюша',
            '-Из старых парусов шью брелоки — они в моём магазине на Ярмарке Мастеров.',
        ],
        [
            '-7 комментариев к записи «Моя первая в жизни гонка на ландъяхтах»',
            '-Андрей Б.: Четвёртое место в первой гонке — это отлично, поздравляю!',
            '-↳ Ксюша: Спасибо! До сих пор трясёт после последнего поворота.',
            '-Дюнный_бегун: В каком клубе ты катаешься? Тоже хочу попробовать.',
        ],
        [
            '-Добавить комментарий',
            '-© 2026 Ландъяхта и я · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'The Twitch clip you are trying to watch has been deleted by the broadcaster.':
        ('an English Twitch clip deleted by the broadcaster ("The Twitch clip you are trying to watch has been '
         'deleted by the broadcaster.") is left in the body'),
    'Transmisja na żywo w serwisie YouTube zaplanowana na sobotę, 10:00. Ustaw przypomnienie.':
        ('a Polish YouTube live stream scheduled for Saturday, with a set-a-reminder call ("Transmisja na żywo w '
         'serwisie YouTube zaplanowana na sobotę, 10:00. Ustaw przypomnienie.") is left in the body'),
    'Видео с RUTUBE доступно только пользователям старше 18 лет.':
        ('a Russian RUTUBE video for users over 18 only ("Видео с RUTUBE доступно только пользователям старше 18 '
         'лет.") is left in the body'),
    'Z Wydmiska pisze Grażyna Wiatrakowska':
        ('a Polish writes-from-the-town (z ... pisze) byline ("Z Wydmiska pisze Grażyna Wiatrakowska") is left at '
         'the head'),
    'Meine Baupläne für Strandsegler gibt es als PDF über Digistore24.':
        ('a German Digistore24 plug for the author\'s land-yacht building plans ("Meine Baupläne für Strandsegler '
         'gibt es als PDF über Digistore24.") is left at the foot'),
    "L'espace de discussion est réservé à nos abonnés.":
        ('a French discussion-space-for-subscribers-only note ("L\'espace de discussion est réservé à nos abonnés.") '
         'is left at the foot'),
    'Lesermeinungen können nur bis 48 Stunden nach Erscheinen abgegeben werden.':
        ('a German reader-opinions-only-within-48-hours note ("Lesermeinungen können nur bis 48 Stunden nach '
         'Erscheinen abgegeben werden.") is left at the foot'),
    'Материал обновлён: добавлены комментарии организаторов.':
        ('a Russian piece-updated-with-the-organisers\'-comments note ("Материал обновлён: добавлены комментарии '
         'организаторов.") is left in the body'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-hatchcombe-axe-throwing-league-final':
        ('the English axe-throwing league final report keeps the more-on-this-topic link above the last '
         'paragraph ("More on axe throwing: Is this the fastest-growing pub sport in the Vale?") (1 of 20 '
         'noise lines); no article line is lost'),
    'en-blog-tamsin-on-the-sand-first-land-yacht-race':
        ('the English land-yacht race blog post keeps the author\'s sign-off at the foot ("Thanks for reading, '
         'and see you on the sand! – Tamsin") and the plug for her key rings sewn from old sails, next to the '
         'sign-off at the foot ("I sew key rings from old sails: find them in my Etsy shop, TamsinSails.") (2 '
         'of 20 noise lines); no article line is lost'),
    'fr-portail-cognevreuil-finale-ligue-lancer-de-hache':
        ('the French axe-throwing league final report keeps the desk byline above the title ("Par la rédaction '
         'sportive") (1 of 20 noise lines); no article line is lost'),
    'de-blog-jules-strandsegel-tagebuch-erstes-rennen':
        ('the German land-yacht race blog post keeps the author\'s sign-off at the foot ("Danke fürs Lesen und '
         'bis bald am Strand! – Jule") and the plug for her key rings sewn from old sails, next to the '
         'sign-off at the foot ("Aus alten Segeln nähe ich Schlüsselanhänger: Ihr findet sie in meinem '
         'Etsy-Shop JuleSegelt.") (2 of 20 noise lines); no article line is lost'),
    'it-portale-scurebbia-finale-lega-lancio-ascia':
        ('the Italian axe-throwing league final report keeps the more-on-this-topic link above the last paragraph '
         '("Sullo stesso argomento: Il lancio dell\'ascia è il nuovo sport da pub?") (1 of 20 noise lines); no '
         'article line is lost'),
    'it-blog-a-vela-sulla-sabbia-con-bea-prima-regata':
        ("the Italian land-yacht race blog post keeps the action photo's caption between the two last "
         'paragraphs ("A tutta velocità nel lato in poppa della finale (foto: il club)"), the author\'s '
         'sign-off at the foot ("Grazie per avermi letta, ci vediamo sulla sabbia! – Bea") and the plug for '
         'her key rings sewn from old sails, next to the sign-off at the foot ("Con le vele vecchie cucio '
         'portachiavi: li trovate nel mio negozio Etsy, VeleDiBea.") (3 of 20 noise lines); no article line is'
         ' lost'),
    'pl-portal-ciosankowo-final-ligi-rzucania-siekiera':
        ('the Polish axe-throwing league final report keeps the more-on-this-topic link above the last paragraph '
         '("Więcej na ten temat: Rzucanie siekierą – nowy sport pubowy?") (1 of 20 noise lines); no article line is '
         'lost'),
    'pl-blog-pod-wiatr-z-zuza-pierwsze-regaty':
        ("the Polish land-yacht race blog post keeps the action photo's caption between the two last "
         'paragraphs ("Pełną parą na odcinku z wiatrem w finale (fot. klub z Łeby)"), the author\'s sign-off at'
         ' the foot ("Dzięki za przeczytanie i do zobaczenia na piasku! – Zuza") and the plug for her key '
         'rings sewn from old sails, next to the sign-off at the foot ("Ze starych żagli szyję breloczki: '
         'znajdziecie je w moim sklepie na Etsy, ZuzaZagle.") (3 of 20 noise lines); no article line is lost'),
    'ru-blog-landyakhta-i-ya-pervaya-gonka':
        ('the Russian land-yacht race blog post keeps the author\'s sign-off at the foot ("Спасибо, что '
         'дочитали, до встречи на песке! — Ксюша") and the plug for her key rings sewn from old sails, next to'
         ' the sign-off at the foot ("Из старых парусов шью брелоки — они в моём магазине на Ярмарке '
         'Мастеров.") (2 of 20 noise lines); no article line is lost'),
}

test_held_out_231_line, test_held_out_231_line_is_kept, test_held_out_231_page = held_out_tests(
    HELD_OUT_231_LINES, HELD_OUT_231_KEEP, HELD_OUT_231_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
