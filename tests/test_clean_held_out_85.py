"""Held-out set 85: written blind, weighted toward the noise the cleaner exists for, in shapes set 84's docstring does
not name (nor the first paragraphs of sets 81, 82 and 83): scraper, embed and ad markers (the BBC-style English video
fallback "This video can not be played. To play this video you need to enable JavaScript in your browser.", a Facebook
post embed's attribution line "Posted by Skelderby Parish Council on Wednesday, 3 December 2026", the Taboola widget
label "Sponsored Links by Taboola", a French audio-player row "Écouter cet article 00:00 / 03:42", a German
photo-gallery link "▶ Zur Bildergalerie (14 Bilder)", the Italian end-of-article mark "© RIPRODUZIONE RISERVATA", the
Polish in-house promotion label "Autopromocja" and the Russian SMI2 news-exchange widget header "Новости СМИ2");
reading-time headers in new wordings (the Medium-style English "6 min read · Dec 3, 2026" and "🕒 4 minute read", the
French "Temps de lecture : moins de 3 minutes", the German "Lesezeit: 2 Minuten · 480 Wörter", the Italian "4 minuti di
lettura", the Polish "Szacowany czas czytania: 3 minuty" and the Russian "Время чтения ~ 3 минуты"); bylines and
self-promotion (an English correspondent byline "By Ellen Marchbank, Health Correspondent", an English Patreon plug
"This blog is reader-supported – if my repair guides have saved you a call-out fee, you can back me on Patreon from £2 a
month.", an English YouTube watch-and-subscribe plug "Watch the whole fix step by step on my YouTube channel – and hit
subscribe so you don't miss the next one!", a Ouest-France-style French byline with publication and update times
"Pascale Vernieux · Publié le 04/12/2026 à 06h30 · Mis à jour le 04/12/2026 à 09h12", a German agency-material credit
"Mit Material von dpa und KNA", a WordPress-style Italian posted-by byline "Pubblicato da Chiara Bettarini il 4 Dicembre
2026 alle 07:45", a Polish buycoffee.to plug "Jeśli podoba Ci się to, co robię, postaw mi kawę na buycoffee.to ☕" and a
Russian interview credit "Беседовала Дарья Кольцова"); blog and site footers (an English press-regulation line "The
Crandleigh Gazette is regulated by the Independent Press Standards Organisation (IPSO).", the Astra theme's footer
"Copyright © 2026 Spanner Sundays | Powered by Astra WordPress Theme", Weebly's footer residue "Powered by Create your
own unique website with customizable templates. Get Started", the French publication-director line "Directeur de la
publication : Hervé Lannuzel", a German link row with the contract-cancellation link "Mediadaten | AGB | Verträge hier
kündigen | Kontakt", an Italian court-registration and editor line "Testata giornalistica registrata presso il Tribunale
di Lucca n. 0/2018 – Direttore responsabile: Marco Tellini", a Polish local-press association line "Portal jest
członkiem Stowarzyszenia Gazet Lokalnych." and a Russian founder-and-editor imprint "Учредитель: ООО «Медиа-Прибрежье».
Главный редактор: Т. В. Белоусова. Тел. редакции: +7 (000) 000-00-00"); reader-comment furniture (Disqus's noscript line
"Please enable JavaScript to view the comments powered by Disqus.", WordPress's cookie-consent checkbox "Save my name,
email, and website in this browser for the next time I comment.", a Reach-style English guidelines line "Comments are
subject to our community guidelines, which can be viewed here.", a French be-the-first prompt "Soyez le premier à réagir
à cet article", a German moderation note "Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.", an
Italian netiquette reminder "Ricorda di rispettare la netiquette: i commenti offensivi o fuori tema saranno rimossi.", a
Polish IP-logging note "Uwaga: zapisujemy adresy IP osób dodających komentarze." and a Russian rules-agreement line
"Оставляя комментарий, вы соглашаетесь с правилами комментирования на сайте."); share rows (an English Nextdoor,
Facebook, Threads and print row, a French WhatsApp, Pinterest, copy-link and print row and a Russian Telegram,
LiveJournal (ЖЖ), Pinterest and e-mail row); and notices (a German no-liability notice "Alle Angaben ohne Gewähr.
Änderungen vorbehalten.", an Italian medical disclaimer "Le informazioni contenute in questo articolo hanno carattere
divulgativo e non sostituiscono il parere del medico." and a Polish timed update note "Aktualizacja, godz. 12:40:
dodaliśmy wypowiedź dyrektorki szkoły."); and toward whole scraped news, opinion and hobby-blog pages in layouts sets 58
to 84 did not use, as far as the brief lists them, taken from health, schools and neighbourhood life and from
home-repair and gardening blogs (a regional portal's story on a town getting a late-night pharmacy rota for the first
time in nine years, with a comment, a home-repair blog's post on regrouting a shower wall in one weekend, with a
comment, a regional portal's story on a primary school's garden giving its first leek harvest, with a comment, a
gardening blog's post on mulching the vegetable patch with shredded fallen leaves, with a comment, a daily's opinion
column for giving a night-bus trial more than six months, with a comment, a home-repair blog's post on sealing draughty
old box windows for 25 euros, with a comment, a regional portal's story on a playground reopening with an accessible
swing and slide, with a comment, a gardening blog's post on getting a potted lemon tree through the winter on a balcony,
with a comment, a regional portal's story on a street holding its first shared Christmas Eve supper on the closed road,
with a comment, a home-repair blog's post on bleeding radiators, with a comment, a regional portal's story on a care
home's choir singing on the district culture centre's stage for the first time, with a comment, and a gardening blog's
post on sowing carrots before winter, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 84), held-out set 86 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 84 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 81, 82 and 83, printed with one ast script
(/tmp/s85scratch/read84.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments,
the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first
paragraphs of sets 81, 82 and 83); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 84's, taken by a script (/tmp/s85scratch/build.py) from the ``def _marks`` node's line on,
with its xfail tables emptied (the three annotated assignments found with ``ast``) and 84 -> 85, then refilled after the
measurement. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s85, detached at commit 71a6aaaa6b6f97dde00264be9075df8f60dcefab, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 84's file (and the first docstring
paragraphs of sets 81, 82 and 83) was only printed through the ast script above, run once with its output sent to a
scratch file (/tmp/s85scratch/read84.out, 459 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to
460); nothing was cut. The docstring cut held (the printed docstring ended with set 84's Baseline paragraph). That
allowed text itself names set 84's scratch paths, its frozen commit (2b0c295bee4774a6fc5eac5165e3cb2c9916770f) and set
82's (d81ebc7251982719dee274f97a3c5bb5ece5263a), and set 84's xfail reasons quote its missed lines and left page lines
(one notes a change "since round 72"); I saw these only as that text. The report script's docstring names a cleaning
table in docs/cleaning.md, which I did not open. The build script, which read set 84's file to take its tail, printed
nothing but the tail it wrote. At my first step ``git status --short | head -20`` in /work/main printed nothing (a clean
working tree). (2) The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject
was seen; I did not look up which round the frozen commit is. To see that the worktrees existed I ran ``ls /tmp/wt-s85
/tmp/wt-set85/tests | head -5``, which printed the names README.md, benchmarks, configs and docs of the frozen
worktree's top folder and nothing of their contents (and no file name of tests/). The branch set85 was made from the
same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (58 passed, 19 xfailed),
which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened.
The stand-in noisy_corpus module was written by a second small script (/tmp/s85scratch/mkstand.py) that imported
tests/noisy_corpus.py the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to
the scratch folder without printing it. (4) The lists were written as data in scratch files (/tmp/s85scratch/data85.py
and pages85data.py) and put together with the tail into this file by a script (/tmp/s85scratch/gen.py), which wraps the
long string literals at 120 columns. Before the measurement the lists were executed from a scratch folder
(/tmp/s85scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean``
whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case was run
through the cleaner) by /tmp/s85scratch/check.py, which counted the lines by category, by language (from the ``#
English`` ... comments) and by place, the keep lines by language and by place, the pages by language, printed each
page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of its
page (case-sensitively or not) or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_85_LINES`` or
``HELD_OUT_85_KEEP``, case-sensitively and case-insensitively, that no page article line overlaps one of those lines and
that no noise line overlaps a keep line. Its first run found one problem, the regrouting blog's bare ad label "Ad",
which is inside words of its article lines and of many held-out lines (case-insensitively) and inside "Advertising" of
an English keep line; it became "Shop the tools from this post". Two invented names were then changed after their checks
(see (6)) and the check run again: nothing found. As allowed, some page noise lines hold another noise line of their
page (site names inside captions and copyright lines), and some hold a word that opens a keep line (the German blog's
"Werbung | Dieser Beitrag enthält Affiliate-Links." holds "Werbung"), which is no overlap of whole lines. No list
changed after that check. (5) At the measurement (17:13:41 UTC) this docstring was a placeholder and the xfail tables
were empty; it was written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its
FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in the
frozen worktree by a script (/tmp/s85scratch/problems.py) that ran it on every line, keep line and page of this set and
printed the problems of the failing ones, to write the xfail reasons. After the tables were filled, the stand-ins loaded
this file and the measured copy in /tmp/wt-s85 and found their three lists equal. (6) Invented names were checked,
before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Skelderby, Crandleigh (and so the Crandleigh
Gazette), Spanner Sundays, Hawkslade (and so the Hawkslade Herald), Grout and About, Tréverzac (and so Tréverzac Actu),
Paillis et Binette, Wendelbrück (and so the Wendelbrücker Tageblatt), Fugenkram, Colleventoso (and so Colleventoso
Oggi), Zappa e Rosmarino, Krzewinowo (and so the Gazeta Krzewinowska), Dom na Śrubkach, Верхнелучинск (and so
Верхнелучинские новости), Грядка у крыльца, Медиа-Прибрежье, Jardinerie Dauzat, Sanitätshaus Brünnig, Pybus & Daughters
and Piekarnia u Zenona had no hits. Dropped after their checks: Thistlecombe and Abbotsmere, planned as the pharmacy
town and the parish council of the Facebook line (both in fantasy place-name lists and test data), Pellingford (a clinic
town in test data), Saint-Aubrin, planned as the French school's town (a lycée and a football club in files), Sassoverde
and Roccafredda, planned as the Italian portal's town (fantasy place lists), Fenwick & Daughters, planned as the funeral
directors (a client name in several repositories' test data) and Piekarnia Kłos, planned as the Polish bakery ad (what
looks like a real bakery's website). Hits on people's surnames: Lannuzel and Bettarini are real surnames (of a
photographer and of software authors in files); the full names used here are invented. Not checked, generic or invented
at sight: Mill Street Pharmacy, Station Road Chemist, the Jules-Ferry school, the via dei Tigli, ulica Lipowa, the
Рябинушка choir name (a common name of amateur choirs), the Linie N1 and the Farmacia Comunale. The people's names
(Ellen Marchbank, Pascale Vernieux, Hervé Lannuzel, Chiara Bettarini, Marco Tellini, Дарья Кольцова, Т. В. Белоусова,
Owen Tremlett, Rukhsana Bello, Amos Kerridge, DeniseFromMillbank, Gareth, Mike T., Solène Marquet, Élodie Roussel, Mme
Roussel, Mamie_Josette, Maïwenn, Thérèse du 49, Henrike Pahlsdorf, Hanne K., Jonas, Altbau-Anke, Giulia Santarelli,
Donatella Ferri, Rosanna M., Lorenza, Franco dal Garda, Marta Gajewska, Teresa Wawrzyniak, Sąsiadka z Lipowej, Tomek,
Krzysiek z Bielska, Екатерина Сомова, Антонина Григорьевна, Ольга Сергеевна, Людмила, Надежда, Галина Ивановна) are
invented, though ordinary names real people may bear; none is meant as a real person. The e-mail addresses use the
reserved .example domain; the phone numbers and the court registration number are zero-filled. (7) Some lines name real
things, as real pages do: the BBC's video fallback, Facebook's post embed, Taboola, Medium's reading-time row, Patreon,
YouTube, buycoffee.to, dpa and KNA, IPSO, the Astra WordPress theme, Weebly's footer text, the French directeur de la
publication, the German "Verträge hier kündigen" link, the Tribunale di Lucca, the Stowarzyszenie Gazet Lokalnych, SMI2,
Disqus, WordPress's comment-form checkbox, Reach's community-guidelines line, Nextdoor, Threads, WhatsApp, Pinterest,
Telegram and LiveJournal (ЖЖ), and "© RIPRODUZIONE RISERVATA" (all from memory); on the pages the NHS integrated care
boards, A&E, Boots, Amazon and its Associates programme, WordPress and the themes Neve, Hestia (ThemeIsle),
GeneratePress and OceanWP, Leroy Merlin, Castorama, Rodez, Lake Garda, Bielsko, the MAX messenger, the Meyer lemon, the
Nantes carrot, the songs "Катюша" and "Смуглянка", Sainte Barbara and the name days of Barbara and Krystian given for 4
December (from memory), and the 12+ mark of Russian sites. (8) Set 84's docstring names its own shapes and the earlier
sets' page layouts only (and sets 81, 82 and 83's first paragraphs their shapes), so some lines may repeat shapes of
sets before 81 that I could not check; in particular "Please enable JavaScript to view the comments powered by Disqus.",
"Save my name, email, and website in this browser for the next time I comment.", "© RIPRODUZIONE RISERVATA", "Sponsored
Links by Taboola", the BBC video fallback and the Weebly and Astra footers are common enough that an earlier set or a
development list may hold them. Close to shapes sets 81 to 84 named: the Patreon, YouTube and buycoffee.to plugs are
plugs like their Ko-fi, Etsy, Tipeee, Dzen, Telegram and newsletter ones; the correspondent byline, the French byline
with times, the posted-by byline, the agency-material credit and the interview credit are bylines near their agency,
contributor, curated-by and text-and-photos credits and the French "Propos recueillis par"; the IPSO line and the Polish
association line are membership lines like set 82's ICNN line; the French publication-director line, the Italian
registration-and-editor line and the Russian founder-and-editor imprint are legal footers near their responsible-editor
and media-registration lines; the German link row is a link row like set 84's Impressum row; the Astra and Weebly
footers are platform credits like their Blogger, Ghost, Wix and Squarespace ones; the Disqus noscript line is Disqus
furniture like their reactions row; the WordPress checkbox, the moderation note and the netiquette and rules lines are
comment-form furniture near their comment-form notes and comments disclaimers; the French be-the-first prompt is near
their load-more and show-comments buttons; the Facebook embed line is embed residue like their Instagram and YouTube
lines; the Taboola and SMI2 widget labels and "Autopromocja" are labels near their partner and advertorial labels; the
audio-player row and the gallery link are new kinds of widget; the reading-time rows are reading-time rows in other
words; the share rows are share rows with some new platforms (Nextdoor, Threads, LiveJournal) beside repeated ones; the
Polish update note is near set 81's Italian story-being-updated line and set 82's German correction note; the
no-liability and medical notices are of other kinds. Page chrome repeats kinds of line set 84's docstring names among
its noise (photo captions, ad labels and ads, read-also and might-like links, affiliate notes, Pinterest, WhatsApp and
MAX prompts, name-day lines, view counts, theme credits), as real pages carry them. (9) My first step's clock reading
was 2026-12-04 17:07:59 UTC; the measurement ran at 17:13:41 UTC. (10) After committing, ``git rev-parse HEAD`` in my
worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source of the trouble", "Comments from parents", "Posted
through every letterbox", "Read aloud by the choir leader", "Following the first month", "Advertising for the trial",
"Photo identification", "Partagée entre trois écoles", "Publié au recueil des actes", "Abonnés à la lettre
d'information", "Kommentiert wurde", "Werbung für den Nachtbus", "Geschrieben hat", "Fonte di preoccupazione",
"Condiviso da quattro condomini", "Pubblicità del servizio notturno", "Źródłem kłopotów", "Komentując wyniki ankiety",
"Источником шума" and "Поделиться рассадой" are article sentences. The video fallback, the Facebook embed line, the
Taboola label, the audio-player row, the gallery link, "© RIPRODUZIONE RISERVATA" (an end-of-article mark rather than a
site footer), "Autopromocja" and the SMI2 header are counted as markers; the reading-time rows (the Medium row with its
date, the German row with its word count) as reading-time lines; the correspondent byline, the French byline with times,
the agency-material credit, the posted-by byline, the interview credit and the Patreon, YouTube and buycoffee.to plugs
as bylines; the IPSO, Astra, Weebly, publication-director, link-row, registration, association and imprint lines as
footers; the Disqus noscript line, the comment-form checkbox, the guidelines line, the be-the-first prompt, the
moderation note, the netiquette reminder, the IP-logging note and the rules-agreement line as comments; the share rows
as share; the no-liability notice, the medical disclaimer and the update note as notices. On every page the title, the
first paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs are article (10
lines a page: four rows and two last paragraphs, or three rows and three last paragraphs; the blog posts' closing lines
about the next post and the column's closing line about the committee meeting are their last paragraphs and counted as
article; the column's title keeps its column name "Angemerkt:" as printed) and everything else is noise (20 lines a
page: six lines above the title, two under it, two between the first paragraph and the paragraph with the quote, two
between the list rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search
boxes, sign-in, e-paper and subscription lines, breaking-news lines, dates, weather, name-day lines, age marks,
breadcrumbs, column-overview links, section and category names, bylines and author lines, publication, update and
view-count lines, table-of-contents and jump links, affiliate notes, photo captions and photo credits, ad labels and
ads, read-also, might-like, more-from-the-column and previous-post links, Pinterest, Facebook and MAX prompts, tip-off
prompts, tags, share rows, comment headings and counts, commenter rows, comment dates and texts, reply, report and
leave-a-comment lines, most-read links, theme credits, copyright and legal lines are noise. The rows:
en-portal-hawkslade-pharmacy "How the rota works" (three rows), en-blog-groutandabout-regrouting "What you'll need"
(four rows), fr-portail-treverzac-jardin "Ce qui a été planté" (three rows), fr-blog-paillisbinette-feuilles "Ma
méthode, étape par étape" (four rows), de-kolumne-wendelbrueck-nachtbus "Was der Probebetrieb zeigen müsste" (three
rows), de-blog-fugenkram-fenster "Was ich verwendet habe" (four rows), it-portale-colleventoso-parcogiochi "Cosa c'è nel
nuovo parco" (four rows), it-blog-zapparosmarino-limone "Cosa faccio a dicembre" (three rows),
pl-portal-krzewinowo-wigilia "Co przygotowali mieszkańcy" (four rows), pl-blog-domnasrubkach-kaloryfery "Co będzie
potrzebne" (three rows), ru-portal-verkhneluchinsk-khor "Что прозвучало на концерте" (four rows) and
ru-blog-gryadka-morkov "Как я сею" (three rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 13, body 5,
tail 27), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 7, tail 7), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-hawkslade-pharmacy (a regional news portal's story on a
town getting a late-night pharmacy rota for the first time in nine years, with a comment),
en-blog-groutandabout-regrouting (a home-repair blog's post on regrouting a shower wall in one weekend, with a comment),
fr-portail-treverzac-jardin (a regional news portal's story on a primary school's garden giving its first leek harvest,
with a comment), fr-blog-paillisbinette-feuilles (a gardening blog's post on mulching the vegetable patch with shredded
fallen leaves, with a comment), de-kolumne-wendelbrueck-nachtbus (a daily's opinion column for giving a night-bus trial
more than six months, with a comment), de-blog-fugenkram-fenster (a home-repair blog's post on sealing draughty old box
windows for 25 euros, with a comment), it-portale-colleventoso-parcogiochi (a regional news portal's story on a
playground reopening with an accessible basket swing and slide, with a comment), it-blog-zapparosmarino-limone (a
gardening blog's post on getting a potted lemon tree through the winter on a balcony, with a comment),
pl-portal-krzewinowo-wigilia (a regional news portal's story on a street closing to cars for its first shared Christmas
Eve supper, with a comment), pl-blog-domnasrubkach-kaloryfery (a home-repair blog's post on bleeding radiators, with a
comment), ru-portal-verkhneluchinsk-khor (a regional news portal's story on a care home's choir singing on the district
culture centre's stage for the first time, with a comment) and ru-blog-gryadka-morkov (a gardening blog's post on sowing
carrots before winter, with a comment); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 71a6aaaa6b6f97dde00264be9075df8f60dcefab, measured with ``cd /tmp/wt-s85 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s85/src python -m pytest -q tests/test_clean_held_out_85.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s85 && PYTHONPATH=/tmp/wt-s85/src python
scripts/clean_held_out_report.py --sets 85`` (noise lines removed 33/45, article lines kept 20/20, pages clean 5/12,
page noise lines left 12 of 240), with the xfail tables empty): noise lines removed 33/45 (marker 5/8, reading-time 6/7,
byline 6/8, footer 6/8, comments 6/8, share 3/3, notice 1/3; missed, all kept in the text: the English "This video can
not be played. To play this video you need to enable JavaScript in your browser.", the Polish "Autopromocja" and the
Russian "Новости СМИ2" put in the body; the French "Temps de lecture : moins de 3 minutes" put at the head; and the
English "This blog is reader-supported – if my repair guides have saved you a call-out fee, you can back me on Patreon
from £2 a month.", "Watch the whole fix step by step on my YouTube channel – and hit subscribe so you don't miss the
next one!" and "The Crandleigh Gazette is regulated by the Independent Press Standards Organisation (IPSO).", the German
"Alle Angaben ohne Gewähr. Änderungen vorbehalten.", the Italian "Ricorda di rispettare la netiquette: i commenti
offensivi o fuori tema saranno rimossi." and "Le informazioni contenute in questo articolo hanno carattere divulgativo e
non sostituiscono il parere del medico." and the Polish "Portal jest członkiem Stowarzyszenia Gazet Lokalnych." and
"Uwaga: zapisujemy adresy IP osób dodających komentarze." put at the foot); keep lines kept 20/20; pages 5/12 clean
(fr-portail-treverzac-jardin, de-blog-fugenkram-fenster, it-portale-colleventoso-parcogiochi,
pl-blog-domnasrubkach-kaloryfery and ru-blog-gryadka-morkov), 12 of 240 page noise lines left and 0 of 120 article lines
lost: en-portal-hawkslade-pharmacy 1 left ("Pybus & Daughters Funeral Directors – Caring for Hawkslade families since
1921. Call 00000 000000"); en-blog-groutandabout-regrouting 3 left ("The worst corner before I started – yes, that is
mould, not shadow.", "Shop the tools from this post" and "Carbide grout rake, 2 pack – £6.49 (check price on Amazon)");
fr-blog-paillisbinette-feuilles 3 left ("Carnet d'un potager paresseux (mais heureux)", "Accueil · Potager · Verger ·
Compost · Qui suis-je ?" and "Épinglez-moi sur Pinterest !"); de-kolumne-wendelbrueck-nachtbus 1 left ("Mehr aus der
Kolumne: Warum unsere Schulhöfe nachmittags offen sein sollten"); it-blog-zapparosmarino-limone 1 left ("Telo in tessuto
non tessuto 2 x 10 m – scopri l'offerta"); pl-portal-krzewinowo-wigilia 1 left ("Piekarnia u Zenona – zamów makowiec na
święta już dziś! Tel. 000 000 000"); ru-portal-verkhneluchinsk-khor 2 left ("Хор «Рябинушка» на сцене Дома культуры."
and "Слуховые аппараты со скидкой 20% до конца декабря. Есть противопоказания, проконсультируйтесь со специалистом.").
Of the left page lines two stand above the title (the leaf-mulch blog's tagline and menu, whose site name, search box,
date and category lines go); one stands under the title (the same blog's Pinterest prompt, whose update line goes);
three stand between the first paragraph and the paragraph with the quote (the regrouting blog's photo caption, whose
Pinterest prompt goes, the care-home story's photo caption, whose read-also link goes, and the night-bus column's
more-from-the-column link, whose photo caption goes); six stand between the list rows and the last paragraphs (the
regrouting blog's shop label and grout-rake ad, the whole of that gap; the pharmacy story's funeral directors' ad, the
lemon-tree blog's fleece ad, the street-supper story's bakery ad and the care-home story's hearing-aid ad, whose ad
labels go); and none at the foot (every tag, share, tip-off, comment heading, commenter row, comment date, comment text,
reply, report, most-read, theme credit, copyright and legal line at the foot goes, on blogs, portals and the column
alike). No article line is lost. The failing cases are strict xfails.

Still held out after round 73 (development on sets 81 and 82; this set was written after round 72 against 71a6aaa;
measured once with ``scripts/clean_held_out_report.py --sets 85``): noise lines removed 33 -> 34/45 (footer 6 -> 7/8:
the Polish local-press association line goes, taken by round 73's press-body membership class), keep lines 20/20, pages
clean 5/12 and page noise lines left 12 of 240 (unchanged), article lines lost 0 of 120. Two of the missed lines are
near variants of round 72's families that round 73 did not widen to: the German no-liability line 'Alle Angaben ohne
Gewähr. Änderungen vorbehalten.' (set 78's had 'Irrtümer und' before the last word) and the English IPSO regulation
line. The entry that now passes is removed.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 34 -> 37/45 (36 with the sets 1-82 model; the English
Patreon plug, the English IPSO line and the German no-liability notice go), keep lines 20/20, pages clean 5/12 and 12 of
240 page noise lines left (unchanged), none lost.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_85_LINES: list[tuple[str, str, str]] = [
    # English
    ('body', 'This video can not be played. To play this video you need to enable JavaScript in your '
             'browser.', 'marker'),
    ('body', 'Posted by Skelderby Parish Council on Wednesday, 3 December 2026', 'marker'),
    ('tail', 'Sponsored Links by Taboola', 'marker'),
    ('head', '6 min read · Dec 3, 2026', 'reading-time'),
    ('head', '🕒 4 minute read', 'reading-time'),
    ('head', 'By Ellen Marchbank, Health Correspondent', 'byline'),
    ('tail', 'This blog is reader-supported – if my repair guides have saved you a call-out fee, you can back me on '
             'Patreon from £2 a month.', 'byline'),
    ('tail', "Watch the whole fix step by step on my YouTube channel – and hit subscribe so you don't miss the next "
             'one!', 'byline'),
    ('tail', 'The Crandleigh Gazette is regulated by the Independent Press Standards Organisation (IPSO).', 'footer'),
    ('tail', 'Copyright © 2026 Spanner Sundays | Powered by Astra WordPress Theme', 'footer'),
    ('tail', 'Powered by Create your own unique website with customizable templates. Get Started', 'footer'),
    ('tail', 'Please enable JavaScript to view the comments powered by Disqus.', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Comments are subject to our community guidelines, which can be viewed here.', 'comments'),
    ('head', 'Share: Nextdoor · Facebook · Threads · Print', 'share'),
    # French
    ('head', 'Écouter cet article 00:00 / 03:42', 'marker'),
    ('head', 'Temps de lecture : moins de 3 minutes', 'reading-time'),
    ('head', 'Pascale Vernieux · Publié le 04/12/2026 à 06h30 · Mis à jour le 04/12/2026 à 09h12', 'byline'),
    ('tail', 'Directeur de la publication : Hervé Lannuzel', 'footer'),
    ('tail', 'Soyez le premier à réagir à cet article', 'comments'),
    ('tail', 'Partager : WhatsApp | Pinterest | Copier le lien | Imprimer', 'share'),
    # German
    ('body', '▶ Zur Bildergalerie (14 Bilder)', 'marker'),
    ('head', 'Lesezeit: 2 Minuten · 480 Wörter', 'reading-time'),
    ('tail', 'Mit Material von dpa und KNA', 'byline'),
    ('tail', 'Mediadaten | AGB | Verträge hier kündigen | Kontakt', 'footer'),
    ('tail', 'Ihr Kommentar wird nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', 'Alle Angaben ohne Gewähr. Änderungen vorbehalten.', 'notice'),
    # Italian
    ('tail', '© RIPRODUZIONE RISERVATA', 'marker'),
    ('head', '4 minuti di lettura', 'reading-time'),
    ('head', 'Pubblicato da Chiara Bettarini il 4 Dicembre 2026 alle 07:45', 'byline'),
    ('tail', 'Testata giornalistica registrata presso il Tribunale di Lucca n. 0/2018 – Direttore responsabile: Marco '
             'Tellini', 'footer'),
    ('tail', 'Ricorda di rispettare la netiquette: i commenti offensivi o fuori tema saranno rimossi.', 'comments'),
    ('tail', 'Le informazioni contenute in questo articolo hanno carattere divulgativo e non sostituiscono il parere '
             'del medico.', 'notice'),
    # Polish
    ('body', 'Autopromocja', 'marker'),
    ('head', 'Szacowany czas czytania: 3 minuty', 'reading-time'),
    ('tail', 'Jeśli podoba Ci się to, co robię, postaw mi kawę na buycoffee.to ☕', 'byline'),
    ('tail', 'Portal jest członkiem Stowarzyszenia Gazet Lokalnych.', 'footer'),
    ('tail', 'Uwaga: zapisujemy adresy IP osób dodających komentarze.', 'comments'),
    ('tail', 'Aktualizacja, godz. 12:40: dodaliśmy wypowiedź dyrektorki szkoły.', 'notice'),
    # Russian
    ('body', 'Новости СМИ2', 'marker'),
    ('head', 'Время чтения ~ 3 минуты', 'reading-time'),
    ('tail', 'Беседовала Дарья Кольцова', 'byline'),
    ('tail', 'Учредитель: ООО «Медиа-Прибрежье». Главный редактор: Т. В. Белоусова. Тел. редакции: +7 (000) '
             '000-00-00', 'footer'),
    ('tail', 'Оставляя комментарий, вы соглашаетесь с правилами комментирования на сайте.', 'comments'),
    ('head', 'Поделиться: Telegram · ЖЖ · Pinterest · Почта', 'share'),
]

HELD_OUT_85_KEEP: list[tuple[str, str]] = [
    # English
    ('head', "Source of the trouble, the engineers found, was a cracked joint under the playground's old paddling "
             'pool.'),
    ('body', 'Comments from parents at the school gate were mostly about the earlier start on Fridays.'),
    ('tail', "Posted through every letterbox on the estate, the council's leaflet promised an answer within six "
             'weeks.'),
    ('body', "Read aloud by the choir leader at Tuesday's rehearsal, the residents' letter to the council drew a round "
             'of applause.'),
    ('head', 'Following the first month of the trial, the night bus has carried an average of 41 passengers a night.'),
    ('tail', 'Advertising for the trial was limited to posters at three bus stops, which the operator now admits was a '
             'mistake.'),
    ('body', 'Photo identification is not needed to collect a prescription at night, the pharmacist said.'),
    # French
    ('head', 'Partagée entre trois écoles, la serre du jardin pédagogique a été montée par les parents en deux '
             'samedis.'),
    ('body', "Publié au recueil des actes de la mairie, l'arrêté ferme la rue aux voitures de 14 heures à minuit."),
    ('tail', "Abonnés à la lettre d'information de l'école, les parents reçoivent chaque vendredi une photo des "
             'plantations.'),
    # German
    ('head', 'Kommentiert wurde der Umbau des Spielplatzes vor allem auf der Elternversammlung im Oktober.'),
    ('body', 'Werbung für den Nachtbus machten bisher vor allem Schülerinnen und Schüler in ihren Klassenchats.'),
    ('tail', 'Geschrieben hat die Gartenordnung der Schule ein pensionierter Richter, der selbst drei Enkel an der '
             'Schule hat.'),
    # Italian
    ('head', "Fonte di preoccupazione per i genitori resta l'illuminazione del vialetto che porta al parco giochi."),
    ('body', 'Condiviso da quattro condomini, il cortile ospiterà la festa di via per la prima volta dopo la '
             'pandemia.'),
    ('tail', 'Pubblicità del servizio notturno è stata fatta finora soltanto con un cartello sulla porta della '
             'farmacia.'),
    # Polish
    ('head', 'Źródłem kłopotów okazała się stara rura pod piaskownicą, którą wymieniono jeszcze przed zimą.'),
    ('tail', 'Komentując wyniki ankiety, dyrektorka szkoły zapowiedziała, że ogród zostanie przy szkole na stałe.'),
    # Russian
    ('body', 'Источником шума, по словам жителей, были ночные автобусы, которые разворачивались прямо под окнами.'),
    ('tail', 'Поделиться рассадой с детским садом предложили сразу несколько соседей по улице.'),
]

HELD_OUT_85_PAGES: dict[str, tuple[str, NoisyCase]] = {
    'en-portal-hawkslade-pharmacy': _page('en', 'en-portal-hawkslade-pharmacy', [
        ['-Hawkslade Herald',
         "-News | Sport | What's On | Health | Property | Jobs | Announcements",
         '-Sign in | Subscribe from £1 a week',
         '-Friday, 4 December 2026 · Hawkslade 6°C, light rain',
         '-BREAKING: Ring road closed eastbound after lorry sheds load',
         '-Home › News › Health'],
        ['+Hawkslade gets a late-night pharmacy for the first time in nine years'],
        ['-By Owen Tremlett',
         '-Published 4 December 2026, 06:00 GMT | Updated 09:14 GMT'],
        ["+From Monday, one of the town's three pharmacies will stay open until midnight every night of the week, "
         'ending a nine-year gap in which anyone needing medicine after 7pm had to drive to the hospital twenty miles '
         'away.'],
        ['-Pharmacist Rukhsana Bello behind the counter at Mill Street Pharmacy. Photo: Hawkslade Herald',
         '-READ MORE: GP surgery to close on Wednesday afternoons for staff training'],
        ['+"Parents with a feverish toddler at ten at night were ringing us the next morning to say they had sat in '
         'A&E for four hours for a bottle of paracetamol syrup," said Rukhsana Bello, who runs Mill Street Pharmacy '
         'and proposed the rota to the other two pharmacies.'],
        ['+How the rota works'],
        ['+Mill Street Pharmacy opens until midnight on Mondays, Tuesdays and Wednesdays.',
         '+Boots on the High Street covers Thursdays and Fridays.',
         '+Station Road Chemist takes Saturdays and Sundays, with a locked hatch after 10pm.'],
        ['-Advertisement',
         '-Pybus & Daughters Funeral Directors – Caring for Hawkslade families since 1921. Call 00000 000000'],
        ['+The extra hours are paid for by the NHS integrated care board for a twelve-month trial, after which it will '
         'decide from the number of late customers whether to keep the rota.'],
        ["+The pharmacies will post the rota on their doors and on the town council's website each month."],
        ["+Councillor Amos Kerridge said he hoped people would use the service rather than queue at the hospital's "
         'emergency department.'],
        ['-Do you have a story for us? Email newsdesk@hawksladeherald.example or WhatsApp us on 00000 000000',
         '-Topics: Health | Hawkslade | Pharmacies | NHS',
         '-Most read: Christmas lights switch-on draws record crowd',
         '-3 comments',
         '-DeniseFromMillbank',
         "-About time. I drove forty miles there and back at 11pm in October for my dad's inhaler, and the petrol cost "
         'more than the medicine.',
         '-2 hours ago · Reply · Report',
         '-© 2026 Hawkslade Herald Ltd. All rights reserved.'],
    ]),
    'en-blog-groutandabout-regrouting': _page('en', 'en-blog-groutandabout-regrouting', [
        ['-Grout and About',
         "-Home repair for people who'd rather not call someone out",
         '-Home | Bathroom | Kitchen | Woodwork | Tools I Use | About',
         '-Search …',
         '-December 4, 2026 by Gareth',
         '-Bathroom, Tiling'],
        ['+How I regrouted our shower wall in one weekend (without taking a single tile off)'],
        ['-This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.',
         '-Jump to the materials list'],
        ['+The grout around our shower tray had gone from white to grey to a sort of speckled black, and in two places '
         'it had cracked right out, which is how water gets behind tiles and ruins a wall.'],
        ['-The worst corner before I started – yes, that is mould, not shadow.',
         '-Pin this for later!'],
        ['+My neighbour, who tiled bathrooms for thirty years, came round with a cup of tea and said only one thing: '
         '"Rake it out deeper than you think, because new grout on top of old just peels."'],
        ["+What you'll need"],
        ['+A grout rake with a carbide blade',
         '+Ready-mixed anti-mould grout, one 1.5 kg tub for about two square metres',
         '+A rubber float and a damp sponge',
         '+Clear silicone sealant for the joint with the tray'],
        ['-Shop the tools from this post',
         '-Carbide grout rake, 2 pack – £6.49 (check price on Amazon)'],
        ['+Raking out took most of Saturday; grouting took two hours on Sunday morning, and I left it a full day '
         'before the first shower.'],
        ["+Next week I'm tackling the sealant around the bath, which is where the real horror lives."],
        ['-Filed under: Bathroom, Grout, Weekend jobs',
         '-Share this: Facebook · Pinterest · Email',
         '-← Previous Post: Fixing a sticking door in twenty minutes',
         '-2 Responses',
         '-Mike T. says:',
         '-Did you seal the grout afterwards? Mine went grey again within a year until I started sealing it.',
         '-December 4, 2026 at 3:17 pm',
         '-Proudly powered by WordPress | Theme: Neve by ThemeIsle'],
    ]),
    'fr-portail-treverzac-jardin': _page('fr', 'fr-portail-treverzac-jardin', [
        ['-Tréverzac Actu',
         "-L'info de Tréverzac et de son canton",
         '-Actualités Sports Agenda Nécrologie Petites annonces',
         "-Se connecter | S'abonner",
         '-Vendredi 4 décembre 2026 — Bonne fête Barbara',
         '-Accueil > Actualités > Éducation'],
        ["+À l'école Jules-Ferry, les élèves de CM1 ont récolté leurs premiers poireaux"],
        ['-Par Solène Marquet',
         '-Publié le 04/12/2026 à 07h00'],
        ["+Planté au printemps derrière le préau, le jardin pédagogique de l'école Jules-Ferry a donné cette semaine "
         'sa première vraie récolte : une trentaine de poireaux, des choux et un seau de pommes de terre.'],
        ['-Les élèves de CM1 de Mme Roussel devant les bacs de poireaux. Photo Tréverzac Actu',
         '-À lire aussi : Cantine : le menu végétarien passe à deux jours par semaine'],
        ["+« Certains enfants n'avaient jamais vu un poireau sortir de terre, et maintenant ils veulent tous en manger "
         "à la cantine », sourit Élodie Roussel, l'institutrice qui porte le projet avec un parent d'élève jardinier."],
        ['+Ce qui a été planté'],
        ['+Six bacs en bois fabriqués par les services techniques de la mairie',
         "+Des poireaux, des choux et des pommes de terre, choisis pour pousser pendant l'année scolaire",
         '+Une haie de petits fruits le long du grillage'],
        ['-Publicité',
         "-Jardinerie Dauzat – Tout pour vos plantations d'hiver, route de Rodez"],
        ["+La récolte partira à la cantine lundi, où le cuisinier prévoit une soupe pour toute l'école."],
        ['+Au printemps, les CE2 prendront le relais avec des semis de radis et de salades.'],
        ["+La mairie envisage d'installer un récupérateur d'eau de pluie contre le préau."],
        ['-Mots-clés : Tréverzac · École · Jardinage',
         '-Vous avez une info ? Écrivez-nous : redaction@treverzac-actu.example',
         "-Les plus lus : Le marché de Noël s'installe place de la Mairie",
         '-1 commentaire',
         '-Mamie_Josette',
         '-Bravo aux enfants ! Mon petit-fils ne parle plus que de ses poireaux depuis une semaine.',
         '-Le 04/12/2026 à 10h22',
         '-Mentions légales | Politique de confidentialité | Gérer mes cookies'],
    ]),
    'fr-blog-paillisbinette-feuilles': _page('fr', 'fr-blog-paillisbinette-feuilles', [
        ['-Paillis et Binette',
         "-Carnet d'un potager paresseux (mais heureux)",
         '-Accueil · Potager · Verger · Compost · Qui suis-je ?',
         '-Rechercher…',
         '-Publié le 4 décembre 2026 par Maïwenn',
         "-Catégorie : Potager d'hiver"],
        ['+Pailler le potager avec les feuilles mortes : ma méthode en trois week-ends'],
        ['-Épinglez-moi sur Pinterest !',
         '-Mis à jour le 4 décembre 2026'],
        ['+Chaque automne, les trois tilleuls de la rue déposent sur le trottoir des montagnes de feuilles que la '
         "commune ramasse pour les emmener à la déchetterie, et cette année j'ai demandé à les garder."],
        ['-Mes planches de fèves sous 15 cm de feuilles de tilleul, fin novembre.',
         '-Vous aimerez aussi : Mon compost en palettes, deux ans après'],
        ["+Le voisin du dessus, jardinier depuis cinquante ans, m'a prévenue : « Si tu les mets entières, elles font "
         "une croûte ; broie-les d'abord à la tondeuse. »"],
        ['+Ma méthode, étape par étape'],
        ['+Ramasser les feuilles par temps sec, jamais mouillées',
         '+Les broyer en passant la tondeuse dessus, bac fermé',
         '+Étaler une couche de 10 à 15 cm entre les rangs',
         '+Arroser légèrement pour que le vent ne les emporte pas'],
        ['-Annonce',
         '-Broyeur de végétaux 2 500 W – voir le prix chez Leroy Merlin'],
        ["+Au printemps, il ne restera qu'une fine couche que les vers de terre auront presque entièrement mangée."],
        ['+Dans le prochain billet, je vous montre comment je sème mes fèves sous ce paillis.'],
        ['-Étiquettes : paillage, feuilles mortes, potager',
         '-Partager sur Facebook | Épingler sur Pinterest | Envoyer par e-mail',
         '-4 commentaires',
         '-Thérèse du 49',
         '-Attention aux feuilles de noyer, elles empêchent tout de pousser ! Sinon super méthode, je fais pareil.',
         '-5 décembre 2026 à 8 h 41 min',
         '-Laisser un commentaire',
         '-Fièrement propulsé par WordPress | Thème : Hestia par ThemeIsle'],
    ]),
    'de-kolumne-wendelbrueck-nachtbus': _page('de', 'de-kolumne-wendelbrueck-nachtbus', [
        ['-Wendelbrücker Tageblatt',
         '-Lokales | Region | Sport | Kultur | Meinung | Service',
         '-E-Paper | Abo | Anmelden',
         '-Freitag, 4. Dezember 2026',
         '-Startseite › Meinung › Kolumne',
         '-Zur Kolumnenübersicht'],
        ['+Angemerkt: Der Nachtbus verdient mehr als ein halbes Jahr Probezeit'],
        ['-Von Henrike Pahlsdorf, Redakteurin im Lokalressort',
         '-04.12.2026, 05:30 Uhr'],
        ['+Seit Juni fährt freitags und samstags ein Nachtbus von der Innenstadt in die Ortsteile, und schon jetzt '
         'wird im Verkehrsausschuss darüber geredet, ihn nach dem Probebetrieb wieder einzustellen.'],
        ['-Der Nachtbus N1 an der Haltestelle Marktplatz, kurz nach 1 Uhr. Foto: Archiv',
         '-Mehr aus der Kolumne: Warum unsere Schulhöfe nachmittags offen sein sollten'],
        ['+Ein Busfahrer hat mir erzählt, dass in seinem letzten Bus an einem Samstag im Oktober fast nur Pflegekräfte '
         'saßen: „Die kommen von der Spätschicht im Krankenhaus und hatten vorher nur das Taxi.“'],
        ['+Was der Probebetrieb zeigen müsste'],
        ['+Wie viele Fahrgäste in den Ortsteilen aussteigen, nicht nur, wie viele am Marktplatz einsteigen',
         '+Wer um diese Uhrzeit unterwegs ist: Feiernde, aber auch Schichtarbeiter',
         '+Was ein Taxi-Gutschein als Alternative die Stadt kosten würde'],
        ['-Anzeige',
         '-Sanitätshaus Brünnig – Kompressionsstrümpfe nach Maß, jetzt ohne Termin'],
        ['+Ein halbes Jahr ist zu kurz, um zu wissen, ob sich die Leute auf einen Bus verlassen, der vielleicht im '
         'Januar schon wieder weg ist.'],
        ['+Wer einen Nachtbus will, muss ihn mindestens zwei Jahre fahren lassen.'],
        ['+Der Verkehrsausschuss berät am 15. Dezember über die Zukunft der Linie N1.'],
        ['-Schlagworte: Nachtbus, ÖPNV, Verkehrsausschuss',
         '-Artikel teilen: Facebook · WhatsApp · E-Mail · Drucken',
         '-Kommentare (2)',
         '-Hanne K.',
         '-Als Krankenschwester kann ich das nur bestätigen. Vor dem N1 habe ich jeden Monat 80 Euro für Taxis '
         'ausgegeben.',
         '-vor 3 Stunden',
         '-Melden',
         '-© Wendelbrücker Tageblatt 2026'],
    ]),
    'de-blog-fugenkram-fenster': _page('de', 'de-blog-fugenkram-fenster', [
        ['-Fugenkram',
         '-Heimwerken im Altbau – ehrlich und ohne Profi-Werkzeug',
         '-Startseite | Fenster & Türen | Bad | Boden | Werkzeug | Über mich',
         '-Suche',
         '-4. Dezember 2026 · Jonas',
         '-Kategorie: Fenster & Türen'],
        ['+Zugige Altbaufenster abdichten: So habe ich sie mit 25 Euro warm bekommen'],
        ['-Werbung | Dieser Beitrag enthält Affiliate-Links.',
         '-Inhaltsverzeichnis anzeigen'],
        ['+In unserer Wohnung von 1908 haben die Kastenfenster noch die alten Holzflügel, und bei Ostwind bewegte sich '
         'die Gardine, obwohl alle Fenster geschlossen waren.'],
        ['-Der Spalt am oberen Flügel – eine Kerze flackerte hier deutlich.',
         '-Auch interessant: Türschwelle abdichten mit Bürstendichtung'],
        ['+Unser Vermieter war erst skeptisch, sagte dann aber: „Solange Sie nichts kleben, was nicht wieder abgeht, '
         'machen Sie ruhig.“'],
        ['+Was ich verwendet habe'],
        ['+Selbstklebendes Schlauchprofil aus Silikon, 10 Meter',
         '+Ein Teppichmesser und Spiritus zum Entfetten',
         '+Eine Kerze, um die undichten Stellen zu finden',
         '+Dichtschnur für die Fugen am Fensterbrett'],
        ['-Anzeige',
         '-Silikon-Dichtungsband 10 m bei Amazon ansehen*'],
        ['+Seit dem Wochenende bewegt sich die Gardine nicht mehr, und das Thermometer im Schlafzimmer zeigt morgens '
         'zwei Grad mehr.'],
        ['+Im nächsten Beitrag geht es um die Kastenfenster selbst: Kitt erneuern, ohne die alten Scheiben zu '
         'zerbrechen.'],
        ['-*Affiliate-Link: Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
         '-Tags: Altbau, Fenster, Dichtung',
         '-3 Kommentare',
         '-Altbau-Anke',
         '-Danke! Bei uns hat Schlauchprofil nicht gehalten, weil die Flügel verzogen sind – da half nur Dichtschnur.',
         '-4. Dezember 2026 um 18:02',
         '-Antworten',
         '-Impressum | Datenschutz'],
    ]),
    'it-portale-colleventoso-parcogiochi': _page('it', 'it-portale-colleventoso-parcogiochi', [
        ['-Colleventoso Oggi',
         '-Cronaca | Politica | Sport | Eventi | Necrologi',
         '-Accedi | Abbonati',
         '-Venerdì 4 dicembre 2026',
         "-ULTIM'ORA: allerta gialla per vento fino a domani sera",
         '-Home » Cronaca'],
        ['+Riapre il parco giochi di via dei Tigli: nuove altalene e uno scivolo accessibile'],
        ['-di Giulia Santarelli',
         '-4 dicembre 2026 07:30'],
        ['+Dopo otto mesi di cantiere, il parco giochi di via dei Tigli riapre sabato mattina con giochi nuovi, una '
         "pavimentazione antitrauma e, per la prima volta, un'altalena a cesto adatta anche ai bambini in carrozzina."],
        ['-Il nuovo scivolo del parco di via dei Tigli (foto Colleventoso Oggi)',
         '-LEGGI ANCHE: Mensa scolastica, da gennaio più prodotti a chilometro zero'],
        ['+«Molte mamme ci avevano scritto che i loro figli in carrozzina potevano solo guardare gli altri giocare», '
         "ha spiegato l'assessora ai lavori pubblici Donatella Ferri, «e questo era inaccettabile»."],
        ["+Cosa c'è nel nuovo parco"],
        ["+Un'altalena a cesto e due altalene tradizionali",
         "+Uno scivolo con rampa d'accesso",
         '+Una pavimentazione antitrauma in gomma colata',
         '+Sei panchine nuove e una fontanella'],
        ['-Contenuto sponsorizzato',
         '-Farmacia Comunale – Misurazione della pressione gratuita ogni martedì mattina'],
        ["+L'intervento è costato 186 mila euro, finanziati per metà con fondi regionali."],
        ["+L'inaugurazione è prevista sabato alle 10, con merenda offerta dal comitato di quartiere."],
        ['-Argomenti: parchi giochi, lavori pubblici, quartiere Tigli',
         '-Condividi su Facebook · WhatsApp · Telegram',
         '-Commenti (1)',
         '-Rosanna M.',
         '-Finalmente! Mio nipote potrà giocare con gli altri. Grazie a chi ha insistito.',
         '-4 dicembre 2026 alle 9:12',
         '-I più letti: Il mercato del sabato si sposta in piazza Garibaldi',
         '-Colleventoso Oggi – Tutti i diritti riservati'],
    ]),
    'it-blog-zapparosmarino-limone': _page('it', 'it-blog-zapparosmarino-limone', [
        ['-Zappa e Rosmarino',
         '-Diario di un orto sul balcone e di un giardino in collina',
         '-Home | Orto | Agrumi | Fiori | Chi sono | Contatti',
         '-Cerca nel blog',
         '-4 dicembre 2026 · Agrumi',
         '-Scritto da Lorenza'],
        ["+Come porto il mio limone in vaso attraverso l'inverno"],
        ['-Questo post contiene link di affiliazione.',
         '-Ti piace il blog? Seguimi su Facebook!'],
        ["+Il mio limone Meyer vive in un vaso da cinquanta litri sul balcone esposto a sud, e l'anno scorso una notte "
         'a meno quattro gli ha bruciato tutte le foglie nuove.'],
        ['-Il limone sul balcone, fotografato la settimana scorsa.',
         '-Potrebbe interessarti anche: Come ho salvato il rosmarino dal marciume'],
        ["+Il vivaista da cui l'ho comprato mi ha detto: «Il limone non teme tanto il freddo quanto il vento e i piedi "
         'bagnati».'],
        ['+Cosa faccio a dicembre'],
        ['+Sposto il vaso contro il muro di casa, al riparo dalla tramontana',
         "+Alzo il vaso su due mattoni perché l'acqua non ristagni",
         '+Copro la chioma con tessuto non tessuto nelle notti sotto zero'],
        ['-Annuncio pubblicitario',
         "-Telo in tessuto non tessuto 2 x 10 m – scopri l'offerta"],
        ['+Annaffio pochissimo, una volta ogni dieci giorni se non piove, e non concimo fino a marzo.'],
        ['+Se arriva una gelata forte, accendo sotto il telo una vecchia catena di lucine a incandescenza.'],
        ['+Nel prossimo post vi racconto come ho rinvasato il mandarino.'],
        ['-Tag: limone, agrumi in vaso, inverno',
         '-Condividi: Facebook Pinterest WhatsApp',
         '-2 commenti',
         '-Franco dal Garda',
         "-Anch'io uso le lucine! Ma attenzione che siano quelle vecchie, i LED non scaldano.",
         '-5 dicembre 2026 alle 08:13',
         '-Rispondi',
         '-© 2026 Zappa e Rosmarino · Realizzato con GeneratePress'],
    ]),
    'pl-portal-krzewinowo-wigilia': _page('pl', 'pl-portal-krzewinowo-wigilia', [
        ['-Gazeta Krzewinowska',
         '-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi | Kontakt',
         '-Zaloguj się | Prenumerata',
         '-Piątek, 4 grudnia 2026 r. Imieniny: Barbary, Krystiana',
         '-PILNE: Awaria wodociągu na os. Słonecznym',
         '-Strona główna / Wiadomości / Krzewinowo'],
        ['+Ulica Lipowa zrobiła wspólną Wigilię. Przyszło ponad sto osób'],
        ['-Marta Gajewska | 4 grudnia 2026, 06:45',
         '-Fot. Gazeta Krzewinowska'],
        ['+W sobotę po południu mieszkańcy ulicy Lipowej zamknęli ją dla samochodów, rozstawili pożyczone z parafii '
         'stoły i zjedli razem pierwszą sąsiedzką Wigilię, na którą przyszło ponad sto osób.'],
        ['-Stoły na ulicy Lipowej przed rozpoczęciem kolacji.',
         '-Czytaj też: Nowe lampy na ścieżce przy szkole już świecą'],
        ['+„Mieszkamy tu od lat i niektórzy znali się tylko z widzenia, a teraz siedzieli przy jednym stole i dzielili '
         'się opłatkiem” – mówi Teresa Wawrzyniak, która wpadła na ten pomysł.'],
        ['+Co przygotowali mieszkańcy'],
        ['+Pierogi z kapustą i grzybami od pań z koła gospodyń',
         '+Barszcz czerwony gotowany w dwóch kotłach',
         '+Kolędy przy akompaniamencie akordeonu',
         '+Paczki dla dzieci od sklepu na rogu'],
        ['-Reklama',
         '-Piekarnia u Zenona – zamów makowiec na święta już dziś! Tel. 000 000 000'],
        ['+Zgodę na zamknięcie ulicy wydał urząd gminy, a pieniądze na gaz do kotłów zebrano do puszki.'],
        ['+Mieszkańcy już zapowiadają, że latem zrobią na Lipowej piknik.'],
        ['-Tagi: Krzewinowo, ulica Lipowa, Wigilia',
         '-Udostępnij: Facebook | Messenger | X',
         '-Komentarze (2)',
         '-Sąsiadka z Lipowej',
         '-Było cudownie, dziękujemy pani Teresie! Za rok upiekę więcej sernika.',
         '-~gość, 4.12.2026 10:05',
         '-Odpowiedz',
         '-Copyright © 2026 Gazeta Krzewinowska. Wszelkie prawa zastrzeżone.'],
    ]),
    'pl-blog-domnasrubkach-kaloryfery': _page('pl', 'pl-blog-domnasrubkach-kaloryfery', [
        ['-Dom na Śrubkach',
         '-Blog o naprawach domowych dla zwykłych ludzi',
         '-Start | Łazienka | Ogrzewanie | Elektryka | Narzędzia | O mnie',
         '-Szukaj...',
         '-4 grudnia 2026 | Kategoria: Ogrzewanie',
         '-Autor: Tomek'],
        ['+Odpowietrzanie kaloryferów krok po kroku – zrobisz to w kwadrans'],
        ['-Wpis zawiera linki afiliacyjne.',
         '-Spis treści'],
        ['+Jeśli kaloryfer jest ciepły na dole, a zimny na górze, i słychać w nim bulgotanie, prawie na pewno zebrało '
         'się w nim powietrze, które trzeba wypuścić.'],
        ['-Zawór odpowietrzający na moim grzejniku w sypialni.',
         '-Zobacz też: Jak wymienić głowicę termostatyczną'],
        ['+Hydraulik, który przyszedł do nas dwa lata temu, powiedział mi tylko: „Pan to zrobi sam, szkoda pieniędzy '
         'na moją wizytę”.'],
        ['+Co będzie potrzebne'],
        ['+Kluczyk do odpowietrzania, kosztuje kilka złotych',
         '+Szmatka i mały pojemnik na wodę',
         '+Druga osoba przy piecu, jeśli trzeba dopuścić wody'],
        ['-Reklama',
         '-Kluczyki do odpowietrzania grzejników, 2 szt. – sprawdź cenę w Castoramie'],
        ['+Zaczynam od kaloryfera najbliżej pieca, przekręcam kluczyk o ćwierć obrotu i czekam, aż zamiast syczenia '
         'poleci woda.'],
        ['+Potem sprawdzam ciśnienie na manometrze pieca i w razie potrzeby dopuszczam wody do 1,5 bara.'],
        ['+W następnym wpisie pokażę, jak wyczyścić filtr przed pompą.'],
        ['-Tagi: kaloryfery, ogrzewanie, porady',
         '-Podziel się: Facebook · Pinterest · E-mail',
         '-3 komentarze',
         '-Krzysiek z Bielska',
         '-U mnie po odpowietrzeniu spadło ciśnienie do zera i piec się wyłączył – warto dopisać, żeby od razu patrzeć '
         'na manometr!',
         '-5 grudnia 2026 o 07:31',
         '-Odpowiedz',
         '-© 2026 Dom na Śrubkach · Motyw: OceanWP'],
    ]),
    'ru-portal-verkhneluchinsk-khor': _page('ru', 'ru-portal-verkhneluchinsk-khor', [
        ['-Верхнелучинские новости',
         '-Новости Общество Культура Спорт Происшествия Объявления',
         '-Войти',
         '-4 декабря 2026, пятница · Верхнелучинск −7 °C',
         '-12+',
         '-Главная / Общество'],
        ['+Хор из дома престарелых впервые выступил на сцене районного Дома культуры'],
        ['-Екатерина Сомова',
         '-Фото: пресс-служба администрации района'],
        ['+Хор «Рябинушка», который полтора года назад собрался в доме-интернате для престарелых на улице Садовой, в '
         'среду впервые выступил не перед соседями по этажу, а на большой сцене районного Дома культуры.'],
        ['-Хор «Рябинушка» на сцене Дома культуры.',
         '-Читайте также: В поликлинике открылся кабинет выдачи лекарств по льготным рецептам'],
        ['+«Мы боялись, что забудем слова, а зал встал и пел вместе с нами», — рассказала 84-летняя участница хора '
         'Антонина Григорьевна.'],
        ['+Что прозвучало на концерте'],
        ['+«Катюша» и «Смуглянка»',
         '+Песни из кинофильмов пятидесятых годов',
         '+Русские народные песни под баян',
         '+Новогодняя песня, которую хор выучил специально к концерту'],
        ['-Реклама',
         '-Слуховые аппараты со скидкой 20% до конца декабря. Есть противопоказания, проконсультируйтесь со '
         'специалистом.'],
        ['+Руководит хором музыкальный работник дома-интерната Ольга Сергеевна, которая приходит на репетиции дважды в '
         'неделю.'],
        ['+В январе хор пригласили выступить в районной библиотеке.'],
        ['-Теги: дом-интернат, хор, Дом культуры',
         '-Подписывайтесь на наш канал в MAX',
         '-Комментарии (1)',
         '-Людмила',
         '-Моя мама поёт в этом хоре! Спасибо всем, кто пришёл поддержать.',
         '-4 декабря 2026, 12:40',
         '-Самое читаемое: График вывоза мусора на праздники',
         '-© 2026 Верхнелучинские новости. Все права защищены.'],
    ]),
    'ru-blog-gryadka-morkov': _page('ru', 'ru-blog-gryadka-morkov', [
        ['-Грядка у крыльца',
         '-Блог о маленьком огороде и большом урожае',
         '-Главная Огород Цветник Сад Обо мне',
         '-Поиск по блогу',
         '-4 декабря 2026',
         '-Рубрика: Огород'],
        ['+Подзимний посев моркови: сеяла по мёрзлой земле и не жалею'],
        ['-Автор: Надежда',
         '-Просмотров: 1 214'],
        ['+Первый раз я посеяла морковь под зиму три года назад, почти в шутку, и весной она взошла на две недели '
         'раньше той, что я сеяла в апреле.'],
        ['-Грядка под снегом, посевы отмечены колышками.',
         '-Вам может понравиться: Как я храню свёклу в песке'],
        ['+Соседка по участку, которая сеет так уже двадцать лет, сказала мне: «Главное — не торопись, сей, когда '
         'земля схватилась, иначе семена проснутся раньше времени».'],
        ['+Как я сею'],
        ['+Готовлю бороздки ещё в октябре, пока земля мягкая',
         '+Оставляю в сарае ведро сухой земли для засыпки',
         '+Сею семена гуще обычного, примерно в полтора раза'],
        ['-Реклама',
         '-Семена моркови «Нантская» от 19 ₽ — доставка по всей России'],
        ['+Сверху засыпаю бороздки сухой землёй и укрываю слоем листьев.'],
        ['+Весной снимаю листья, как только сойдёт снег, и жду всходов.'],
        ['+В следующей записи расскажу, как сеяла под зиму укроп.'],
        ['-Метки: морковь, подзимний посев',
         '-Понравилась статья? Поставьте лайк!',
         '-Комментарии: 2',
         '-Галина Ивановна',
         '-А я сею прямо в снег в декабре, тоже всходит!',
         '-5 декабря 2026 в 09:05',
         '-Ответить',
         '-Сайт работает на WordPress'],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Watch the whole fix step by step on my YouTube channel – and hit subscribe so you don't miss the next one!":
        "an English watch-and-subscribe plug for a YouTube channel ('Watch the whole fix step by step on my YouTube channel – and hit subscribe so you don't miss the next one!') is left at the foot",
    'Ricorda di rispettare la netiquette: i commenti offensivi o fuori tema saranno rimossi.':
        "an Italian comment-netiquette reminder ('Ricorda di rispettare la netiquette: i commenti offensivi o fuori tema saranno rimossi.') is left at the foot",
    'Autopromocja':
        "a Polish self-promotion label ('Autopromocja') is left in the body",
    'Uwaga: zapisujemy adresy IP osób dodających komentarze.':
        "a Polish note that commenters' IP addresses are logged ('Uwaga: zapisujemy adresy IP osób dodających komentarze.') is left at the foot",
    'Новости СМИ2':
        "a Russian SMI2 news-exchange widget header ('Новости СМИ2') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-hawkslade-pharmacy':
        "the regional portal's late-night pharmacy story keeps its funeral directors' ad ('Pybus & Daughters Funeral Directors – Caring for Hawkslade families since 1921. Call 00000 000000') after the list rows (1 of 20 noise lines; its 'Advertisement' label goes)",
    'en-blog-groutandabout-regrouting':
        "the home-repair blog's regrouting post keeps its photo caption ('The worst corner before I started – yes, that is mould, not shadow.') between the first paragraph and the paragraph with the quote, and its shop label ('Shop the tools from this post') and grout-rake ad ('Carbide grout rake, 2 pack – £6.49 (check price on Amazon)') after the list rows (3 of 20 noise lines)",
    'de-kolumne-wendelbrueck-nachtbus':
        "the daily's night-bus column keeps its more-from-the-column link ('Mehr aus der Kolumne: Warum unsere Schulhöfe nachmittags offen sein sollten') between the first paragraph and the paragraph with the quote (1 of 20 noise lines; its photo caption goes)",
    'it-blog-zapparosmarino-limone':
        "the gardening blog's lemon-tree post keeps its garden-fleece ad ('Telo in tessuto non tessuto 2 x 10 m – scopri l'offerta') after the list rows (1 of 20 noise lines; its ad label goes)",
    'pl-portal-krzewinowo-wigilia':
        "the regional portal's street Christmas Eve supper story keeps its bakery ad ('Piekarnia u Zenona – zamów makowiec na święta już dziś! Tel. 000 000 000') after the list rows (1 of 20 noise lines; its 'Reklama' label goes)",
    'ru-portal-verkhneluchinsk-khor':
        "the regional portal's care-home choir story keeps its photo caption ('Хор «Рябинушка» на сцене Дома культуры.') between the first paragraph and the paragraph with the quote and its hearing-aid ad ('Слуховые аппараты со скидкой 20% до конца декабря. Есть противопоказания, проконсультируйтесь со специалистом.') after the list rows (2 of 20 noise lines)",
}


test_held_out_85_line, test_held_out_85_line_is_kept, test_held_out_85_page = held_out_tests(
    HELD_OUT_85_LINES, HELD_OUT_85_KEEP, HELD_OUT_85_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
