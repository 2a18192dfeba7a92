"""Held-out set 104: written blind, weighted toward the noise the cleaner exists for, in shapes set 102's docstring does
not name (nor the first paragraphs of sets 99, 100 and 101): scraper, embed and ad markers (an audio-narration widget
"Listen to this article · 4:12 · Voiced by Amazon Polly", a Google Maps embed residue "Map data ©2026 Google · Terms ·
Report a map error", Spotify's embed residue "Sign up to get unlimited songs and podcasts with occasional ads. No credit
card needed.", a French consent-wall placeholder "Ce contenu est bloqué car vous n'avez pas accepté les traceurs.
Cliquez ici pour paramétrer vos choix.", a German external-content placeholder "Externer Inhalt: An dieser Stelle finden
Sie einen Beitrag von Instagram, der den Artikel ergänzt. Mit einem Klick können Sie ihn einblenden.", an Italian
live-blog refresh row "Aggiornamento automatico della diretta ogni 60 secondi · Disattiva", the Polish Instagram embed
residue "Wyświetl ten post na Instagramie" and a Russian Yandex Maps residue "Карта загружается… Яндекс Карты · Условия
использования"); reading-time headers in new wordings (the English "Reading length: medium, roughly seven minutes" and a
blog's "If you read at a steady pace this will take you around eight minutes; skim the photos and it's five.", the
French "Cet article se lit en six minutes environ.", the German word-count row "Etwa 1.200 Wörter – rund sechs Minuten
zum Lesen", the Italian "Un articolo da sette minuti: mettiti comodo.", the Polish "Tekst na siedem minut czytania" and
the Russian "Лонгрид: около 12 минут чтения"); bylines and self-promotion (an English reporting-and-editing credit
"Reporting by Oriel Faversock; Editing by Jonah Gossamby", an English Ko-fi plug "If this guide saved you a trip to the
garden centre, you can buy me a coffee on Ko-fi.", an English third-person author bio "Winnifred Ashcrake is a freelance
writer who covers shops, jobs and high streets for the Tindlebrook Courier.", a French Twitch plug "Je teste aussi mes
stylos en direct sur Twitch, tous les mardis soir à partir de 21 h.", a German Flickr plug "Mehr Bilder von unseren
Touren gibt's in meinem Flickr-Album, nach Stellplätzen sortiert.", an Italian TikTok plug "Su TikTok pubblico ogni sera
un problema di scacchi da risolvere in 60 secondi: seguimi!", a Polish podcast plug "Posłuchaj też mojego podcastu o
roślinach na Spotify – nowy odcinek co dwa tygodnie." and a Russian Rutube plug "Видеообзоры моих ручек выходят на
Rutube каждую субботу — подписывайтесь."); blog and site footers (an English company-registration line "Tindlebrook
Courier Ltd is registered in England and Wales, company number 00000000.", a Hugo theme credit "Built with Hugo · Theme
Stack designed by Jimmy", an English founding-year line "Est. 1887 · Tindlebrook's own paper for 139 years", a French
hosting line "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France", a German about-the-project line "Ein
Projekt von zwei Campern aus dem Sauerland – werbefrei seit 2016.", an Italian advertising-agency line "Concessionaria
per la pubblicità: Publiborgo srl, via dei Mille 0", a Polish editorial-rights line "Redakcja nie zwraca materiałów
niezamówionych i zastrzega sobie prawo do ich skracania." and a Russian editorial-phone line "Телефон редакции: 8 (000)
000-00-00, звонки принимаются с 9 до 18 часов"); reader-comment furniture (an English Gravatar note "Avatar images are
loaded from Gravatar.", an English pinned label "📌 Pinned by the editor", an English guidelines line "Comment
guidelines: be kind, stay on topic and don't post links to shops.", a French helpful-count line "3 personnes ont trouvé
ce commentaire utile", a German edit-window line "Kommentar bearbeiten (noch 4 Minuten möglich)", an Italian load-more
line "Carica altri 12 commenti", a Polish load-older line "Pokaż wcześniejsze komentarze (9)" and a Russian
phone-verification line "Чтобы оставить комментарий, подтвердите номер телефона"); share rows (an English Bluesky,
Pinterest, WhatsApp and copy-link row, a French send-to-a-friend, Bluesky, Pinterest and print row and an Italian
WhatsApp, Bluesky and Pinterest row); and notices (a German AI-translation note "Dieser Artikel wurde mithilfe einer KI
übersetzt und von der Redaktion geprüft.", a Polish AI-illustration note "Ilustracja wygenerowana przy użyciu sztucznej
inteligencji." and a Russian not-an-offer note "Материал не является публичной офертой; цены и наличие уточняйте в
магазине."); and toward whole scraped news and hobby-blog pages in layouts set 102's docstring does not describe (nine
or ten noise lines under the title on three pages, a table of contents of a heading and four entries on two, an ad label
on the line right after the subheading, in its block, on one, an affiliate link inside the block of list rows, with no
blank line around it, on one, a read-also link on the line right after the second paragraph, in its block, on one, a
three-line read-also box between the third paragraph and the subheading on one, a two-line box right before the
paragraph with the quote on two and right after it on one, noise between the last list row and the last paragraphs on
two, a share prompt right after the last paragraph on one, a second comment whose author's reply is in its block on one,
a previous-post link at the foot on one and replies three deep on one), taken from business and work and from blogs
about houseplants, fountain pens, caravanning and chess problems (a regional portal's story on an iron foundry closing,
with a comment, the paper's reply and the commenter's reply to that, a houseplant blog's post on propagating a pothos in
water, with a comment, the author's reply and the commenter's reply to that, a regional portal's story on a covered
market hall reopening after renovation, with a comment, the paper's reply and another comment, a fountain-pen blog's
post on three ways of filling a pen, with a comment, the author's reply and the commenter's reply to that, a regional
portal's story on a town's first job fair, with two comments and the paper's reply to the first, a caravanning blog's
post on a first winter weekend in a caravan, with a comment, the author's reply, the commenter's reply to that and
another comment, a regional portal's story on a new supermarket opening, with a comment, another reader's reply and the
first commenter's reply to that, a chess blog's post on a mate-in-two problem, with a comment, the author's reply, the
commenter's reply and the author's reply to that, a regional portal's story on a family bakery's centenary, with a
comment, a reply and a guest comment, a houseplant blog's post on getting an orchid to flower again, with two comments
and the author's reply to each, a regional portal's story on a town's first coworking space, with a comment, the paper's
reply and the commenter's reply to that, and a fountain-pen blog's post on cleaning a Soviet fountain pen after twenty
years in a drawer, with a comment, the author's reply and the commenter's reply to that).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 102), held-out set 103 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 102 up to its first round paragraph, its
imports and its tail from the ``_LINE_XFAIL`` assignment on (the xfail tables with their reasons and the line binding
the set's three tests), and the first paragraphs of the docstrings of sets 99, 100 and 101, printed with one ast script
(/tmp/s104scratch/read102.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' source segments, the file from the line of the
``_LINE_XFAIL`` annotated assignment, found with ``ast``, to the end, and the first paragraph of each of the three other
docstrings); tests/held_out_sets.py (in full, with ``cat``), which holds ``_page`` (imported as ``page``) and the three
tests; the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
102's, taken by a script (/tmp/s104scratch/gen.py) from the ``_LINE_XFAIL`` node's line on, with its xfail tables
emptied (the three annotated assignments found with ``ast``) and 102 -> 104, then refilled after the measurement by the
same script from /tmp/s104scratch/tables104.py. The imports are set 102's, taken by the same script from their nodes
(with a blank line added after the ``__future__`` import). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s104, detached at commit
f034cabe17733e49c536d5d694f50ea2c50d3da1, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 102's file (and the first paragraphs
of sets 99, 100 and 101) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s104scratch/read102.out, 624 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 624, whose middle
the tool's output limit cut, then lines 330 to 420 and 420 to 495 to see the cut part); nothing else was printed from
it. The docstring cut held (the printed docstring ended with set 102's Baseline paragraph). That allowed text itself
names set 102's scratch paths and its frozen commit (0af0ad509447232dbf6e53c319d21ca5f036e466) and set 100's
(b5d41ecd3824f23404ff35842fa6536bbab719d2); set 102's xfail reasons and Baseline quote its missed lines and left page
lines; I saw these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I
did not open. The generating script, which read set 102's file to take its imports and its tail, printed nothing but a
line count; I printed the first 40 lines of the file it wrote (this docstring's placeholder, the imports and the start
of the English lines) and its last 12 lines (the end of the last page, the empty tables and the test binding) with
``sed`` and ``tail``. At my first step ``git status --short`` in /work/main printed nothing (a clean working tree) and
``git rev-parse HEAD`` printed f034cabe17733e49c536d5d694f50ea2c50d3da1. (2) The worktrees were made with ``git worktree
add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is.
To see that the worktrees existed I ran ``ls`` on /tmp/wt-s104 and /tmp/wt-set104, which printed the top-level names of
the checkouts (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no file's contents. ``git
status --short`` in /tmp/wt-set104, run once before the measurement, printed only this (then untracked) file. The branch
set104 was made from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests
(46 passed, 31 xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and
/work/main/tests on the path (/tmp/s104scratch/helpers.py, run with SPINSCOPE_DATA=/work/shared/data), which imports the
cleaner's modules; nothing was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as
{'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not
opened. The stand-ins were written by a small script (/tmp/s104scratch/mkstand.py) that imported tests/noisy_corpus.py
the same way and wrote the ``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to a stand-in
noisy_corpus module, with a stand-in held_out_sets module whose ``page`` builds the case with that copy and whose
``held_out_tests`` returns three placeholders. (4) The lists were written as data in scratch files
(/tmp/s104scratch/lists104.py and pages104.py) and put together with the tail into this file by /tmp/s104scratch/gen.py,
which splits long string literals to fit 120 columns. Before the measurement a short loop printed the article and noise
counts of every page (10 and 20 on each at the first try). Then the file was executed from a scratch folder
(/tmp/s104scratch/stand) with those stand-ins (no case was run through the cleaner) by /tmp/s104scratch/check.py, which
counted the lines by category, by language (from the ``# English`` ... comments), by language and category and by place,
the keep lines by language and by place, the pages by language and checked that every page has 10 article and 20 noise
lines, that no page article line repeats on its page and no page noise line does (case-insensitively), that no page
noise line is a substring of an article line of its page (case-sensitively and case-insensitively) or overlaps (equals,
contains or is contained in) a line of ``HELD_OUT_104_LINES`` or ``HELD_OUT_104_KEEP``, case-sensitively and
case-insensitively, that no page article line overlaps one of those lines, that no held-out noise or keep line overlaps
another, that no line is longer than 120 columns and that the file holds no e-mail address. Its first run found 1
problem: the supermarket story's comment link "Commenta" is inside the French comment line "3 personnes ont trouvé ce
commentaire utile" (case-insensitively); it became "Scrivi un commento" by a small replacement in pages104.py, and the
second run found nothing. No list changed after that check. While writing, I kept the ad labels off pages whose language
has a keep line opening with one (the Italian supermarket story uses "Sponsorizzato", not "Pubblicità"; the German pages
use "Anzeige", not "Werbung"), and I renamed the English portal's paper on its page (Tindlebrook Gazette) so that its
name line is not inside the English author bio. As allowed, some page noise lines hold another noise line or an article
word of their page (site names inside reply rows and copyright lines, place names of the article inside captions and
read-also links, the subheading's or rows' words inside table-of-contents entries and affiliate lines). (5) At the
measurement (01:36:34 UTC) this docstring was a placeholder and the xfail tables were empty; it was written afterwards,
with the tables. The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen. The report script was run as the brief gave it, without SPINSCOPE_DATA. The problems were then
read out once with ``_problems`` in the frozen worktree by a script (/tmp/s104scratch/problems.py, run with
SPINSCOPE_DATA=/work/shared/data) that ran it on every line, keep line and page of this set and printed the problems of
the failing ones, to write the xfail reasons; the places named in the page reasons are where I put the lines, since
``_problems`` only says that a line was kept or lost. (6) Invented names were checked, before the measurement, against
the helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not
a proof that they do not exist: Tindlebrook, Tindlebrook Courier, Crabbenhurst, Crabbenhurst Castings, Faversock (for
Oriel Faversock), Gossamby (for Jonah Gossamby), Sam Oxley, Pothos and Porridge, Montbrézac, Hollerstedt, Schwarmbrück
(for Theda Schwarmbrück), Kurbelstütze & Kaffee, Roccasperta, Roccasperta Notizie, CestaPiena, Cavallo Storto, Gazeta
Jeżynowska, Piekarnia Zakwasik, Paprotka na Szafie, Кленогорск, коворкинг «Антресоль» and Чернильные будни had no hits;
Ashcrake had hits only inside the code word "hashcraker" and was kept (Winnifred Ashcrake); Publiborgo had hits only
inside a code identifier ("publibOrgo") and was kept; Jeżynowo had hits only as part of the adjectives
"jeżynowo-truskawkowy" and "jeżynowo-poziomkowa" and was kept as the Polish town; "Plume Capricieuse" had a hit only as
a phrase in a literary text and was kept as a blog name; Kurbelstütze is an ordinary German word (caravan checklists),
the blog name with it had no hits. Dropped after their checks: Kettlemoor, Brindlecote and Vernissac (in sample-data or
name lists), Valdicerro (a real place near Loreto), Pettifer, Quarendon and Montebruni (real surnames), Lunmouth,
Oxhallow and Thrushcombe (in name lists or sample data), Scarrowdale (in a repository's document), Ellowmere, Wendeloe
and Brisquet (hits inside other names and code) and Spesotto (a supermarket campaign's name). Not checked, generic or
invented at sight: Mill Road, the Corn Exchange, the Miners' Institute, the place du Foirail, the Forum am Stadtpark,
the Oststadt, Gewerbegebiet Nord, via delle Fornaci, via dei Mille, ulica Młyńska, улица Ленина, the Hollerstedter
Tageblatt, Le Courrier de Montbrézac, Tindlebrook Gazette and Кленогорские вести (named after the checked towns),
«Антресоль» (a common word), and the people's names (Nell, Jens, Dot_from_Hilltop, Ines_R, Marcel_du_Foirail, Odile.M,
Gaspard, Sabine aus der Oststadt, Meister_Rudi, Heike, Camper_Olli, Lucia_R, Bottegaio_storico, Scacchista_pigro, ~Stały
klient, ~Ania z Młyńskiej, Marta_zielone_palce, Kuba, Андрей, Ольга_П), which are invented, though ordinary names real
people may bear; none is meant as a real person. The company number and the phone number are zero-filled, as is the
Italian street number; view counts, prices and times are made up. There are no e-mail addresses. (7) Some lines name
real things, as real pages do (all from memory): Amazon Polly, Google Maps, Spotify, Ko-fi, Hugo and its Stack theme,
Gravatar, Bluesky, WhatsApp, Pinterest, OVH and its Roubaix address, Twitch, Instagram, Flickr, the Sauerland, TikTok,
Yandex Maps and Rutube; on the pages Pinterest, Telegram, the Harz, the Ostsee, Bologna, Soviet fountain pens and the
16+ mark of Russian sites. (8) Set 102's docstring names its own shapes and its pages' layouts (and sets 99 to 101 their
shapes in their first paragraphs), so some lines may repeat shapes of sets before 99 or of the development lists that I
could not check; in particular the Polish Instagram residue, the French consent-wall placeholder, the German
external-content placeholder and the Polish editorial-rights footer are common enough that an earlier set may hold them.
Close to shapes sets 99 to 102 named: the Amazon Polly widget is near the listen links and the podcast-player residue;
the Google Maps, Spotify and Yandex Maps residues are embed residues like the Datawrapper and Calaméo ones; the
consent-wall and external-content placeholders are near the click-to-play and ad-blocker notices; the live-blog refresh
row is near the muted-video overlay; the Instagram residue is near the embedded-post attributions; the reading-time rows
are reading-time rows in other words (the German one a word-count row like the English and French ones before); the
reporting-and-editing credit is near the additional-reporting and contributor credits; the Ko-fi, Twitch, Flickr,
TikTok, podcast and Rutube plugs are plugs like the Patreon, YouTube, Etsy and Dzen ones; the author bio is a byline in
a new shape; the registration, Hugo, founding-year, hosting, about-the-project, advertising-agency, editorial-rights and
editorial-phone lines are footers near the publishing-group, Jekyll, Ghost, publication-director, private-project, ROC,
publisher and editorial-address lines; the comment lines are comment furniture near the sort, closed, edited,
editors'-pick and hidden-comment lines; the share rows are share rows on other platforms; the AI-translation,
AI-illustration and not-an-offer notes are notices near the correction, illustrative-photo and prices notes. Page chrome
repeats kinds of line set 102's docstring names among its noise (photo captions, ad and sponsored labels, read-also,
most-read, related and more-from links, newsletter, Pinterest and Telegram prompts, tables of contents, affiliate and
recommended-product lines, listen, save and print links, donation prompts), as real pages carry them. (9) My first
step's clock reading was 2026-12-05 01:30:09 UTC; the measurement ran at 01:36:34 UTC. (10) After committing, ``git
rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Map data", "Listen to the workers", "Reporting by the union",
"Pinned to the factory gate", "Comment guidelines for the consultation", "Terms of the new lease", "Subscribers to the
market's loyalty card", "Hébergement des commerçants", "Envoyer sa candidature", "Réponse de la direction", "Werbung für
die Jobmesse", "Mehr Fotos vom alten Backofen", "Alle Rechte an dem Namen", "Seguimi", "Tutti i diritti dei lavoratori",
"Pubblicità e volantini", "Pokaż mi swoje CV", "Redakcja lokalnego tygodnika", "Ответить на вопросы" and "Все права на
название" are article sentences. The narration-widget, Google Maps, Spotify, consent-wall, external-content, live-blog,
Instagram and Yandex Maps lines are counted as markers; the reading-time rows and sentences as reading-time lines; the
reporting-and-editing credit, the author bio and the Ko-fi, Twitch, Flickr, TikTok, podcast and Rutube plugs as bylines;
the registration, Hugo, founding-year, hosting, about-the-project, advertising-agency, editorial-rights and
editorial-phone lines as footers; the Gravatar, pinned, guidelines, helpful-count, edit-window, load-more, load-older
and phone-verification lines as comments; the share rows as share; the AI-translation, AI-illustration and not-an-offer
notes as notices. On every page the title, the paragraphs before the subheading (one of them with the quote), the
subheading, its list rows and the last paragraphs are article (10 lines a page; the blog posts' closing lines about the
next post or asking readers how they do it are their last paragraphs and counted as article; the chess post's rows are
its three moves) and everything else is noise (20 lines a page); in particular site and blog names and taglines, menus,
breadcrumbs, the weather line, the dateline, bylines, author names, dates, update times, categories, reading times,
comment counts, view counts, listen, save, share, print and send-to-a-friend links, Pinterest and Telegram prompts,
tables of contents, photo captions and credits, most-read, read-also, related, recommended and more-from links, ad and
sponsored labels, affiliate and recommended-product lines, a brand-mention note, an interactive-diagram note, donation
and coffee prompts, newsletter prompts, comment headings and counts, commenter rows, comment texts and replies, a
previous-post link and copyright lines are noise. The layouts: one to three noise lines above the title (one, the site
or blog name alone, on en-blog-pothosandporridge-propagation, de-portal-hollerstedt-jobmesse,
pl-blog-paprotkanaszafie-storczyk and ru-blog-chernilnyebudni-chistka; two on en-portal-tindlebrook-factoryclosure,
fr-blog-plumecapricieuse-remplissage, it-portale-roccasperta-supermercato, it-blog-cavallostorto-matto-in-due and
ru-portal-klenogorsk-kovorking; three on fr-portail-montbrezac-halle, whose weather line has its own block,
de-blog-kurbelstuetzeundkaffee-wintercamping and pl-portal-jezynowo-piekarnia-100-lat, whose dateline is in the block of
the site name and menu); five to ten under the title (ten on pl-blog-paprotkanaszafie-storczyk, whose table of contents
of a heading and four numbered entries has its own block; nine on de-portal-hollerstedt-jobmesse, whose caption shares
its block with an also-interesting link, and ru-portal-klenogorsk-kovorking, in four blocks; eight on
en-blog-pothosandporridge-propagation (a table of contents of a heading and four numbered entries in its own block),
it-portale-roccasperta-supermercato and ru-blog-chernilnyebudni-chistka (a table of contents of a heading and three
entries, then a caption in its own block); seven on fr-blog-plumecapricieuse-remplissage (a table of contents of a
heading and three numbered entries) and pl-portal-jezynowo-piekarnia-100-lat; six on
en-portal-tindlebrook-factoryclosure and it-blog-cavallostorto-matto-in-due (a table of contents of a heading and two
entries); five on fr-portail-montbrezac-halle and de-blog-kurbelstuetzeundkaffee-wintercamping); zero to three among the
paragraphs before the subheading (a most-read link between the first and second paragraphs on
en-portal-tindlebrook-factoryclosure, a Pinterest prompt there on fr-blog-plumecapricieuse-remplissage and a read-also
link there on ru-portal-klenogorsk-kovorking; a Pinterest prompt between the second paragraph and the paragraph with the
quote on en-blog-pothosandporridge-propagation, a two-line read-also box there on fr-portail-montbrezac-halle, a
read-also link there on it-portale-roccasperta-supermercato, a read-also link on the line right after the second
paragraph, in its block, on pl-portal-jezynowo-piekarnia-100-lat and a two-line donation box there on
ru-blog-chernilnyebudni-chistka; a two-line coffee-and-newsletter box between the paragraph with the quote and the third
paragraph on it-blog-cavallostorto-matto-in-due; a three-line read-also box between the third paragraph and the
subheading on de-blog-kurbelstuetzeundkaffee-wintercamping; none on de-portal-hollerstedt-jobmesse and
pl-blog-paprotkanaszafie-storczyk); an ad label on the line right after the subheading, in its block, on
en-portal-tindlebrook-factoryclosure; gaps between list rows on eight pages (an affiliate link inside the block of rows
between the first and second on en-blog-pothosandporridge-propagation; an ad label in its own block between the first
and second on fr-portail-montbrezac-halle, a two-line ad box there on fr-blog-plumecapricieuse-remplissage, a two-line
sponsored box there on it-portale-roccasperta-supermercato and an interactive-diagram note there on
it-blog-cavallostorto-matto-in-due; a two-line related box between the second and third on
en-portal-tindlebrook-factoryclosure, a recommended-product line there on pl-blog-paprotkanaszafie-storczyk and a
two-line ad box there on ru-blog-chernilnyebudni-chistka); noise between the last list row and the last paragraphs on
two pages (ad labels on de-portal-hollerstedt-jobmesse and pl-portal-jezynowo-piekarnia-100-lat); none between the two
last paragraphs; and seven to nine at the foot (seven on it-portale-roccasperta-supermercato and
ru-blog-chernilnyebudni-chistka, nine on en-blog-pothosandporridge-propagation, whose share prompt follows the last
paragraph, fr-portail-montbrezac-halle, whose newsletter prompt opens the foot, de-portal-hollerstedt-jobmesse,
de-blog-kurbelstuetzeundkaffee-wintercamping and it-blog-cavallostorto-matto-in-due), with a "↳" reply on every page,
replies to replies "↳↳" on eight pages and "↳↳↳" on it-blog-cavallostorto-matto-in-due; fr-portail-montbrezac-halle,
de-portal-hollerstedt-jobmesse, de-blog-kurbelstuetzeundkaffee-wintercamping, pl-portal-jezynowo-piekarnia-100-lat and
pl-blog-paprotkanaszafie-storczyk have a second separate comment (the last with the author's reply in its block); the
feet of en-blog-pothosandporridge-propagation, fr-blog-plumecapricieuse-remplissage (which ends with a previous-post
link), de-blog-kurbelstuetzeundkaffee-wintercamping, it-portale-roccasperta-supermercato,
it-blog-cavallostorto-matto-in-due, pl-portal-jezynowo-piekarnia-100-lat (which ends with a more-from link),
pl-blog-paprotkanaszafie-storczyk and ru-blog-chernilnyebudni-chistka have no footer or copyright line. The subheadings
and rows: en-portal-tindlebrook-factoryclosure "What the company has promised" (three rows),
en-blog-pothosandporridge-propagation "What I cut and where" (three), fr-portail-montbrezac-halle "Ce qui change pour
les commerçants" (three), fr-blog-plumecapricieuse-remplissage "Mon bilan après quatre semaines" (three),
de-portal-hollerstedt-jobmesse "Die gefragtesten Berufe" (three), de-blog-kurbelstuetzeundkaffee-wintercamping "Was wir
beim nächsten Mal anders machen" (three), it-portale-roccasperta-supermercato "Il punto vendita in cifre" (three),
it-blog-cavallostorto-matto-in-due "Le mosse chiave" (three), pl-portal-jezynowo-piekarnia-100-lat "Sto lat w liczbach"
(three), pl-blog-paprotkanaszafie-storczyk "Co zmieniłam jesienią" (three), ru-portal-klenogorsk-kovorking "Сколько
стоит место" (three) and ru-blog-chernilnyebudni-chistka "Что мне понадобилось" (three); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-tindlebrook-factoryclosure (a regional news portal's
story on an iron foundry closing after seventy years, with a comment, the paper's reply and the commenter's reply to
that), en-blog-pothosandporridge-propagation (a houseplant blog's post on four weeks of propagating pothos cuttings in
water, with a comment, the author's reply and the commenter's reply to that), fr-portail-montbrezac-halle (a regional
news portal's story on a covered market hall reopening after eighteen months of works, with a comment, the paper's reply
and another comment), fr-blog-plumecapricieuse-remplissage (a fountain-pen blog's post on cartridges, a converter and a
piston filler tried for a month, with a comment, the author's reply and the commenter's reply to that),
de-portal-hollerstedt-jobmesse (a regional news portal's story on a town's first job fair, with two comments and the
paper's reply to the first), de-blog-kurbelstuetzeundkaffee-wintercamping (a caravanning blog's post on a first winter
weekend at minus eight degrees, with a comment, the author's reply, the commenter's reply to that and another comment),
it-portale-roccasperta-supermercato (a regional news portal's story on a new supermarket hiring forty people, with a
comment, another reader's reply and the first commenter's reply to that), it-blog-cavallostorto-matto-in-due (a chess
blog's post on a mate-in-two problem from an old magazine, with a comment, the author's reply, the commenter's reply and
the author's reply to that), pl-portal-jezynowo-piekarnia-100-lat (a regional news portal's story on a family bakery's
hundredth year, with a comment, a reply and a guest comment), pl-blog-paprotkanaszafie-storczyk (a houseplant blog's
post on getting a moth orchid to flower again, with two comments and the author's reply to each),
ru-portal-klenogorsk-kovorking (a regional news portal's story on a town's first coworking space, with a comment, the
paper's reply and the commenter's reply to that) and ru-blog-chernilnyebudni-chistka (a fountain-pen blog's post on
cleaning a Soviet piston pen found in a drawer, with a comment, the author's reply and the commenter's reply to that);
every page holds a title, a subheading with list rows, a quote in the article and noise above the title, under it,
between the paragraphs or the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit f034cabe17733e49c536d5d694f50ea2c50d3da1, measured with ``cd /tmp/wt-s104 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s104/src python -m pytest -q tests/test_clean_held_out_104.py -rA -p
no:cacheprovider`` (31 failed, 46 passed) and ``cd /tmp/wt-s104 && PYTHONPATH=/tmp/wt-s104/src python
scripts/clean_held_out_report.py --sets 104`` (noise lines removed 25/45, article lines kept 20/20, pages clean 1/12,
page noise lines left 13 of 240), with the xfail tables empty): noise lines removed 25/45 (marker 5/8, reading-time 2/7,
byline 3/8, footer 5/8, comments 6/8, share 3/3, notice 1/3; missed, all kept in the text: at the head the English
"Reading length: medium, roughly seven minutes", "If you read at a steady pace this will take you around eight minutes;
skim the photos and it's five." and "Winnifred Ashcrake is a freelance writer who covers shops, jobs and high streets
for the Tindlebrook Courier.", the German "Etwa 1.200 Wörter – rund sechs Minuten zum Lesen", the Italian "Un articolo
da sette minuti: mettiti comodo." and the Polish "Tekst na siedem minut czytania"; in the body the English "Sign up to
get unlimited songs and podcasts with occasional ads. No credit card needed.", the German "Externer Inhalt: An dieser
Stelle finden Sie einen Beitrag von Instagram, der den Artikel ergänzt. Mit einem Klick können Sie ihn einblenden.", the
Polish "Ilustracja wygenerowana przy użyciu sztucznej inteligencji." and the Russian "Карта загружается… Яндекс Карты ·
Условия использования"; at the foot the English "Avatar images are loaded from Gravatar." and "Comment guidelines: be
kind, stay on topic and don't post links to shops.", the French "Je teste aussi mes stylos en direct sur Twitch, tous
les mardis soir à partir de 21 h.", the German "Mehr Bilder von unseren Touren gibt's in meinem Flickr-Album, nach
Stellplätzen sortiert." and "Ein Projekt von zwei Campern aus dem Sauerland – werbefrei seit 2016.", the Italian "Su
TikTok pubblico ogni sera un problema di scacchi da risolvere in 60 secondi: seguimi!", the Polish "Posłuchaj też mojego
podcastu o roślinach na Spotify – nowy odcinek co dwa tygodnie." and "Redakcja nie zwraca materiałów niezamówionych i
zastrzega sobie prawo do ich skracania." and the Russian "Телефон редакции: 8 (000) 000-00-00, звонки принимаются с 9 до
18 часов" and "Материал не является публичной офертой; цены и наличие уточняйте в магазине."); keep lines kept 20/20;
pages 1/12 clean (fr-blog-plumecapricieuse-remplissage), 13 of 240 page noise lines left and 2 of 120 article lines
lost: en-portal-tindlebrook-factoryclosure 1 left ("Workers leaving the Mill Road foundry at the end of the early shift
on Thursday."); en-blog-pothosandporridge-propagation 1 left ("Save this idea to your Pinterest board");
fr-portail-montbrezac-halle 1 left ("La charpente métallique de la halle, mise à nu pendant le chantier.");
de-portal-hollerstedt-jobmesse 1 left ("Besucherinnen und Besucher an den Ständen im Forum am Stadtpark.");
de-blog-kurbelstuetzeundkaffee-wintercamping 2 left ("Unser Gespann am Morgen nach der ersten Frostnacht." and "Pinne
diesen Beitrag"); it-portale-roccasperta-supermercato 1 left ("L'ingresso del nuovo punto vendita in via delle Fornaci
il giorno dell'inaugurazione."); it-blog-cavallostorto-matto-in-due 1 left ("Diagramma interattivo: clicca sulla
scacchiera per muovere i pezzi"); pl-portal-jezynowo-piekarnia-100-lat 1 left ("Pracownicy piekarni przy piecu opalanym
drewnem, rok 1958.") and 1 article line lost or out of order (its second paragraph "Dziś prowadzi ją czwarte pokolenie,
a w kolejce po bułki stają wnuki pierwszych klientów.", which has a read-also link on the line right after it, in its
block); pl-blog-paprotkanaszafie-storczyk 1 left ("Polecany produkt: nawóz do storczyków w sklepie partnera");
ru-portal-klenogorsk-kovorking 1 left ("Коворкинг «Антресоль» занимает второй этаж бывшего универмага.") and 1 article
line lost or out of order (its second list row "Абонемент на месяц — 5 500 рублей"); ru-blog-chernilnyebudni-chistka 2
left ("Ручка до чистки: засохшие чернила в питателе." and "Перейти к форме поддержки"). Of the left page lines none
stands above the title (every site name, tagline, menu, breadcrumb, weather line and dateline goes); nine stand under
the title (the photo captions of the foundry, market-hall, job-fair, supermarket, bakery and coworking stories and of
the winter-camping and pen-cleaning posts, and the winter-camping post's Pinterest prompt; every byline, date, update
time, category, reading time, comment and view count, listen, save, share, print and send link, table of contents,
also-interesting link, photo credit, brand-mention note and Telegram prompt under the titles goes); two stand between
the paragraphs before the subheading (the pothos post's Pinterest prompt and the second line of the pen-cleaning post's
donation box; the most-read and read-also links and boxes, the fountain-pen post's Pinterest prompt and the chess post's
coffee-and-newsletter box go); two stand in gaps between list rows (the chess post's interactive-diagram note and the
orchid post's recommended-product line; the foundry story's ad label after the subheading, its related box, the pothos
post's affiliate link and the ad and sponsored labels and boxes go); none stands between the last list row and the last
paragraphs (the job-fair and bakery stories' ad labels go); and none stands at the foot (every share and newsletter
prompt, comment heading and count, commenter row, comment text, reply, previous-post and more-from link and copyright
line goes). The bakery story loses its second paragraph and the coworking story its second list row. The failing cases
are strict xfails.

Still held out after round 81 (developed on sets 101 and 102: rows of times joined by words read as a timetable, not as
commenters' headers, an angle in degrees no weather widget, reporting verbs after a call, affiliate labels and lines,
shop buttons, downloadable track notes, recommended links, account plugs, newsletter labels, app tags, press-network
lines, gallery navigation rows; this set was written against f034cab, before it; measured once with
``scripts/clean_held_out_report.py --sets 104`` at 58486dd): unchanged, noise lines removed 25/45, keep lines 20/20,
pages clean 1/12, page noise lines left 13 of 240, article lines lost 2 of 120.

Round 82 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_104.py`` at main's 082c900 (before; after
round 81) and the round's last commit on branch round82 (after): noise lines 25 -> 30 of 45 (reading-time 2 -> 6/7,
notice 1 -> 2/3, marker 5/8, byline 3/8, footer 5/8, comments 6/8, share 3/3), keep lines 20 -> 20 of 20, pages clean 1
-> 1 of 12, page noise lines left 13 -> 13 of 240, article lines lost 2 -> 0 of 120; pytest 46 passed, 31 xfailed -> 51
passed, 26 xfailed. The bakery story keeps its second paragraph and the coworking story its second list row; the
reading-length, word-count, Italian and Polish reading-time rows and the Russian not-an-offer note go. Fixed, by
mechanism: two clauses joined by a comma and a conjunction, four words or more after it, make the article's sentence,
not a picture's bare caption over a slot ('Dziś prowadzi ją czwarte pokolenie, a w kolejce po bułki stają wnuki
pierwszych klientów.' over its read-also link; page_blocks._TWO_CLAUSES in _is_bare_caption_text, not after a label's
colon, the Polish 'a' and 'i' in lower case only); a price row after a dash ('Абонемент на месяц — 5 500 рублей') is a
row of the article's table like one after a colon (clean._MEASUREMENT_ROW widened, see set 103's round 82);
clean._READING_SENTENCE widened (see set 103's round 82: 'Reading length: medium, roughly seven minutes', 'Etwa 1.200
Wörter – rund sechs Minuten zum Lesen', 'Un articolo da sette minuti: mettiti comodo.', 'Tekst na siedem minut
czytania'); the article itself said to be no offer ('Материал не является публичной офертой; ...', in six languages) is
a site notice. Left: the seven captions under the titles (each alone in its block or over a slot, shaped as a lead), the
Pinterest prompts, the interactive-diagram note, the recommended-product line and the donation link, and fifteen single
lines (the English blog's reading-time sentence, the Spotify residue, the author bio, the Gravatar note and comment
guidelines, the Twitch, Flickr, TikTok and podcast plugs, the German placeholder and project footer, the Polish
editorial footer and AI note, the Yandex Maps residue and the editorial phone): the round's time went to the lost lines.
Two page reasons are reworded (the two losses are gone); five lines are removed from the line table.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_104_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Listen to this article · 4:12 · Voiced by Amazon Polly", "marker"),
    ("body", "Map data ©2026 Google · Terms · Report a map error", "marker"),
    ("body", "Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.", "marker"),
    ("head", "Reading length: medium, roughly seven minutes", "reading-time"),
    (
        "head",
        "If you read at a steady pace this will take you around eight minutes; skim the photos and it's five.",
        "reading-time",
    ),
    ("tail", "Reporting by Oriel Faversock; Editing by Jonah Gossamby", "byline"),
    ("tail", "If this guide saved you a trip to the garden centre, you can buy me a coffee on Ko-fi.", "byline"),
    (
        "head",
        "Winnifred Ashcrake is a freelance writer who covers shops, jobs and high streets for the Tindlebrook Courier.",
        "byline",
    ),
    ("tail", "Tindlebrook Courier Ltd is registered in England and Wales, company number 00000000.", "footer"),
    ("tail", "Built with Hugo · Theme Stack designed by Jimmy", "footer"),
    ("tail", "Est. 1887 · Tindlebrook's own paper for 139 years", "footer"),
    ("tail", "Avatar images are loaded from Gravatar.", "comments"),
    ("tail", "📌 Pinned by the editor", "comments"),
    ("tail", "Comment guidelines: be kind, stay on topic and don't post links to shops.", "comments"),
    ("head", "Post to Bluesky · Pin it · Send on WhatsApp · Copy link", "share"),
    # French
    (
        "body",
        "Ce contenu est bloqué car vous n'avez pas accepté les traceurs. Cliquez ici pour paramétrer vos choix.",
        "marker",
    ),
    ("head", "Cet article se lit en six minutes environ.", "reading-time"),
    ("tail", "Je teste aussi mes stylos en direct sur Twitch, tous les mardis soir à partir de 21 h.", "byline"),
    ("tail", "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – France", "footer"),
    ("tail", "3 personnes ont trouvé ce commentaire utile", "comments"),
    ("tail", "Envoyer à un ami · Bluesky · Pinterest · Imprimer", "share"),
    # German
    (
        "body",
        "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von Instagram, der den Artikel ergänzt. Mit einem "
        "Klick können Sie ihn einblenden.",
        "marker",
    ),
    ("head", "Etwa 1.200 Wörter – rund sechs Minuten zum Lesen", "reading-time"),
    ("tail", "Mehr Bilder von unseren Touren gibt's in meinem Flickr-Album, nach Stellplätzen sortiert.", "byline"),
    ("tail", "Ein Projekt von zwei Campern aus dem Sauerland – werbefrei seit 2016.", "footer"),
    ("tail", "Kommentar bearbeiten (noch 4 Minuten möglich)", "comments"),
    ("head", "Dieser Artikel wurde mithilfe einer KI übersetzt und von der Redaktion geprüft.", "notice"),
    # Italian
    ("body", "Aggiornamento automatico della diretta ogni 60 secondi · Disattiva", "marker"),
    ("head", "Un articolo da sette minuti: mettiti comodo.", "reading-time"),
    ("tail", "Su TikTok pubblico ogni sera un problema di scacchi da risolvere in 60 secondi: seguimi!", "byline"),
    ("tail", "Concessionaria per la pubblicità: Publiborgo srl, via dei Mille 0", "footer"),
    ("tail", "Carica altri 12 commenti", "comments"),
    ("tail", "Manda su WhatsApp · Pubblica su Bluesky · Salva su Pinterest", "share"),
    # Polish
    ("body", "Wyświetl ten post na Instagramie", "marker"),
    ("head", "Tekst na siedem minut czytania", "reading-time"),
    ("tail", "Posłuchaj też mojego podcastu o roślinach na Spotify – nowy odcinek co dwa tygodnie.", "byline"),
    ("tail", "Redakcja nie zwraca materiałów niezamówionych i zastrzega sobie prawo do ich skracania.", "footer"),
    ("tail", "Pokaż wcześniejsze komentarze (9)", "comments"),
    ("body", "Ilustracja wygenerowana przy użyciu sztucznej inteligencji.", "notice"),
    # Russian
    ("body", "Карта загружается… Яндекс Карты · Условия использования", "marker"),
    ("head", "Лонгрид: около 12 минут чтения", "reading-time"),
    ("tail", "Видеообзоры моих ручек выходят на Rutube каждую субботу — подписывайтесь.", "byline"),
    ("tail", "Телефон редакции: 8 (000) 000-00-00, звонки принимаются с 9 до 18 часов", "footer"),
    ("tail", "Чтобы оставить комментарий, подтвердите номер телефона", "comments"),
    ("tail", "Материал не является публичной офертой; цены и наличие уточняйте в магазине.", "notice"),
]

HELD_OUT_104_KEEP: list[tuple[str, str]] = [
    # English
    (
        "head",
        "Map data from the council shows the new supermarket will draw shoppers from three neighbouring villages.",
    ),
    (
        "head",
        "Listen to the workers at the gate and you hear the same worry: nobody has told them what happens in March.",
    ),
    ("body", "Reporting by the union suggests most of the 240 staff will be offered jobs at the firm's other site."),
    ("body", "Pinned to the factory gate on Monday morning was a single typed sheet announcing the closure."),
    (
        "tail",
        "Comment guidelines for the consultation were posted online, and the council says every response will be read.",
    ),
    ("tail", "Terms of the new lease give the bakery another ten years in the building on the corner."),
    ("tail", "Subscribers to the market's loyalty card will get a first look at the refurbished hall in May."),
    # French
    ("head", "Hébergement des commerçants pendant les travaux : la mairie a loué trois chalets sur le parking."),
    ("body", "Envoyer sa candidature par courrier reste possible, précise l'agence pour l'emploi."),
    (
        "tail",
        "Réponse de la direction attendue vendredi : les salariés de l'usine restent mobilisés devant les grilles.",
    ),
    # German
    ("head", "Werbung für die Jobmesse hat die Stadt vor allem in den Abschlussklassen der Schulen gemacht."),
    ("body", "Mehr Fotos vom alten Backofen hängen jetzt im Verkaufsraum, sagt die Enkelin des Gründers."),
    ("tail", "Alle Rechte an dem Namen hat die Familie behalten, auch nach dem Verkauf der drei Filialen."),
    # Italian
    ("head", "Seguimi, ha detto il capocantiere ai giornalisti, e li ha portati sotto le nuove volte del mercato."),
    (
        "body",
        "Tutti i diritti dei lavoratori saranno rispettati, ha garantito l'azienda durante l'incontro in prefettura.",
    ),
    (
        "tail",
        "Pubblicità e volantini non bastano più, spiega il titolare: ai colloqui arrivano soprattutto ragazzi mandati "
        "dal passaparola.",
    ),
    # Polish
    ("body", "Pokaż mi swoje CV, mówi z uśmiechem rekruterka, i od razu zaczyna rozmowę przy stoisku."),
    ("tail", "Redakcja lokalnego tygodnika też wynajęła biurko w nowym coworkingu na piętrze."),
    # Russian
    ("head", "Ответить на вопросы рабочих директор завода пообещал на собрании в пятницу."),
    ("tail", "Все права на название пекарни семья оформила ещё в девяностые."),
]

HELD_OUT_104_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-tindlebrook-factoryclosure": _page("en", "en-portal-tindlebrook-factoryclosure", [
        ["-Tindlebrook Gazette", "-News | Business | Sport | Jobs | Notices"],
        ["+Crabbenhurst Castings to close Tindlebrook foundry after 70 years"],
        [
            "-Business",
            "-Sam Oxley, business reporter",
            "-Thursday 3 December 2026, 18:05",
            "-Updated 20:40",
            "-💬 14 comments",
        ],
        ["-Workers leaving the Mill Road foundry at the end of the early shift on Thursday."],
        [
            "+The iron foundry on Mill Road will close in March, Crabbenhurst Castings told its 240 staff on "
            "Thursday, ending seventy years of casting in the town.",
        ],
        ["-Most read: Ring road roadworks to run into January"],
        [
            "+The company blamed energy prices and the loss of its largest customer, a pump maker that moved its "
            "orders abroad last year.",
        ],
        [
            '+"We found out from a letter handed round at the start of the shift," said one fettler, who has worked '
            'there for 22 years. "Nobody stood up and said it to our faces."',
        ],
        ["+What the company has promised", "-Advertisement"],
        [
            "+Redundancy pay above the legal minimum for everyone with more than two years' service",
            "+Interviews for about 60 jobs at its site in the north of the county",
        ],
        ["-Related: Jobs fair at the Corn Exchange next month", "-Related: The foundry's history in pictures"],
        ["+A careers adviser on site every Tuesday until the gates close"],
        ["+The union has asked the council to help find a buyer for the building and its two furnaces."],
        ["+A meeting for staff and their families is planned at the Miners' Institute on 10 December."],
        ["-Comments (14)"],
        ["-Dot_from_Hilltop · 3 hours ago", "-My dad did forty years in that fettling shop. Sad day for the town."],
        [
            "-↳ Tindlebrook Gazette · 2 hours ago",
            "-↳ We're sorry to hear it, Dot. Would your family share a photo for our foundry gallery?",
        ],
        ["-↳↳ Dot_from_Hilltop · 1 hour ago", "-↳↳ Of course, I'll dig out the one of the works outing."],
        ["-© 2026 Tindlebrook Gazette"],
    ]),
    "en-blog-pothosandporridge-propagation": _page("en", "en-blog-pothosandporridge-propagation", [
        ["-Pothos and Porridge"],
        ["+Propagating a leggy pothos in water: four weeks of notes"],
        ["-Posted on 2 December 2026 by Nell", "-Filed under: Houseplants, Propagation", "-6 comments"],
        [
            "-On this page",
            "-1. Where to cut",
            "-2. Jars, light and water",
            "-3. Potting up the roots",
            "-4. What I'd change",
        ],
        ["+My pothos had grown three metres of bare vine along the bookshelf, with leaves only at the very ends."],
        [
            "+Rather than throw the long strands away, I cut them into pieces and stood them in jam jars on the "
            "kitchen windowsill.",
        ],
        ["-Save this idea to your Pinterest board"],
        [
            '+A friend at the allotment told me, "Every node is a plant waiting to happen," and she was right about '
            "almost all of them.",
        ],
        ["+What I cut and where"],
        [
            "+Twelve cuttings, each with two leaves and at least one node",
            "-Shop my favourite propagation station here (affiliate link)",
            "+Six jars of rainwater and six of tap water, for comparison",
            "+A north-east window, so no direct sun after nine in the morning",
        ],
        [
            "+By week four, ten of the twelve had roots longer than my thumb, and the rainwater jars were slightly "
            "ahead.",
        ],
        ["+Next week I'll pot them up together, so the new plant looks full from the start."],
        ["-Like this post? Share it with a fellow plant hoarder."],
        ["-6 thoughts on this post"],
        [
            "-Ines_R",
            "-December 2, 2026 at 7:14 pm",
            "-Mine always rot at the cut end. Do you change the water every day?",
        ],
        ["-↳ Nell (author)", "-↳ Every three days, and I rinse the jar. That made the difference for me."],
        ["-↳↳ Ines_R", "-↳↳ Trying that tonight, thank you!"],
    ]),
    "fr-portail-montbrezac-halle": _page("fr", "fr-portail-montbrezac-halle", [
        ["-Le Courrier de Montbrézac", "-Accueil > Économie > Commerce"],
        ["-Montbrézac : 4 °C, ciel couvert"],
        ["+La halle de Montbrézac rouvrira au printemps après dix-huit mois de travaux"],
        ["-Par la rédaction", "-Publié le 03/12/2026 à 17h12", "-Commerce · Centre-ville"],
        ["-La charpente métallique de la halle, mise à nu pendant le chantier.", "-Écouter l'article"],
        [
            "+Fermée depuis juin 2025, la halle du marché couvert rouvrira ses portes fin avril, a annoncé la mairie "
            "mardi soir.",
        ],
        [
            "+Le chantier, estimé à 3,4 millions d'euros, a porté sur la toiture, l'isolation et la mise aux normes "
            "des étals.",
        ],
        ["-À lire aussi", "-Le marché de plein vent déménage place du Foirail"],
        [
            "+« On a gardé les piliers de 1896 et les carreaux d'origine, tout le reste est neuf », explique "
            "l'architecte chargée du projet.",
        ],
        ["+Ce qui change pour les commerçants"],
        ["+Vingt-deux étals au lieu de dix-huit"],
        ["-Publicité"],
        ["+Une chambre froide commune au sous-sol", "+Des horaires élargis le vendredi jusqu'à 20 heures"],
        [
            "+Les anciens commerçants seront prioritaires pour les emplacements, les autres candidatures seront "
            "examinées en janvier.",
        ],
        ["+Une fête d'inauguration est prévue le premier samedi de mai."],
        ["-Newsletter : recevez l'essentiel de Montbrézac chaque matin"],
        ["-Réactions (2)"],
        ["-Marcel_du_Foirail", "-Il était temps, on faisait nos courses sous des bâches depuis un an et demi."],
        ["-↳ Le Courrier de Montbrézac", "-↳ Merci pour votre message ; la date exacte sera communiquée en mars."],
        ["-Odile.M", "-Et le parking, il rouvre aussi ?"],
        ["-© Le Courrier de Montbrézac 2026 – Tous droits réservés"],
    ]),
    "fr-blog-plumecapricieuse-remplissage": _page("fr", "fr-blog-plumecapricieuse-remplissage", [
        ["-La Plume Capricieuse", "-Carnet d'une amoureuse des stylos-plume"],
        ["+Trois façons de remplir un stylo-plume, essayées pendant un mois"],
        ["-3 décembre 2026", "-Catégories : Stylos, Encres", "-5 commentaires"],
        ["-Sommaire", "-1. Les cartouches standard", "-2. Le convertisseur à vis", "-3. Remplissage par piston"],
        ["+J'ai trois stylos sur mon bureau, et chacun se remplit d'une manière différente."],
        ["-Épingler sur Pinterest"],
        [
            "+Mon grand-père disait toujours : « Une cartouche, c'est pour les gens pressés. » Je voulais vérifier "
            "s'il avait raison.",
        ],
        ["+Pour comparer, j'ai utilisé la même encre bleu nuit dans les trois."],
        ["+Mon bilan après quatre semaines"],
        ["+Les cartouches : propres et rapides, mais le choix de couleurs est limité"],
        ["-Publicité", "-Découvrez notre coffret d'encres de Noël"],
        [
            "+Le convertisseur : toutes les encres en bouteille, mais il faut le remplir souvent",
            "+Le piston : une grande réserve, un peu plus de nettoyage",
        ],
        ["+Au final, c'est le stylo à piston qui ne quitte plus ma trousse."],
        ["+Et vous, vous remplissez vos stylos comment ?"],
        ["-5 réponses"],
        ["-Gaspard", "-Le convertisseur m'a fait une tache sur ma plus belle chemise 😅"],
        ["-↳ La Plume Capricieuse", "-↳ Ça arrive à tout le monde ! Essuie bien le filetage avant de revisser."],
        ["-↳↳ Gaspard", "-↳↳ Promis, la prochaine fois j'ai un chiffon."],
        ["-Article précédent : Mes cinq encres bleues préférées"],
    ]),
    "de-portal-hollerstedt-jobmesse": _page("de", "de-portal-hollerstedt-jobmesse", [
        ["-Hollerstedter Tageblatt"],
        ["+Erste Jobmesse im Forum: 1.800 Besucher und über sechzig Betriebe"],
        [
            "-Wirtschaft",
            "-Von Theda Schwarmbrück",
            "-03.12.2026, 16:45 Uhr",
            "-Aktualisiert: 18:02 Uhr",
            "-Lesezeit: 3 Minuten",
            "-Merken",
            "-Teilen",
        ],
        [
            "-Besucherinnen und Besucher an den Ständen im Forum am Stadtpark.",
            "-Auch interessant: Gewerbegebiet Nord wächst weiter",
        ],
        ["+Rund 1.800 Menschen haben am Samstag die erste Jobmesse im Forum am Stadtpark besucht."],
        ["+Mehr als sechzig Betriebe aus dem Landkreis stellten sich vor, vom Handwerksbetrieb bis zum Klinikum."],
        [
            "+„Wir hatten nach zwei Stunden mehr Bewerbungsmappen als im ganzen letzten Jahr“, sagte die "
            "Personalchefin einer Spedition.",
        ],
        ["+Die gefragtesten Berufe"],
        [
            "+Pflegefachkräfte und medizinische Assistenz",
            "+Elektrikerinnen und Anlagenmechaniker",
            "+Lkw-Fahrer mit Führerschein der Klasse C",
        ],
        ["-Anzeige"],
        [
            "+Die Stadt will die Messe im nächsten Herbst wiederholen, dann auch mit einem Bereich für "
            "Ausbildungsplätze.",
        ],
        ["+Anmeldungen für Aussteller sind ab Februar möglich."],
        ["-Kommentare (3)"],
        ["-Sabine aus der Oststadt", "-Schade, dass samstags so viele Schichtarbeiter nicht kommen konnten."],
        ["-↳ Redaktion", "-↳ Die Veranstalter prüfen für das nächste Mal einen zweiten Termin unter der Woche."],
        ["-Meister_Rudi", "-Als Betrieb können wir sagen: hat sich gelohnt, drei Gespräche, zwei Probetage."],
        ["-Mehr aus Hollerstedt", "-© Hollerstedter Tageblatt 2026"],
    ]),
    "de-blog-kurbelstuetzeundkaffee-wintercamping": _page("de", "de-blog-kurbelstuetzeundkaffee-wintercamping", [
        ["-Kurbelstütze & Kaffee", "-Mit dem Wohnwagen durch Europa", "-Start · Touren · Technik · Über uns"],
        ["+Wintercamping mit dem Wohnwagen: unser erstes Wochenende bei minus acht Grad"],
        ["-2. Dezember 2026 · Touren", "-Markennennung, unbezahlt", "-7 Kommentare"],
        ["-Unser Gespann am Morgen nach der ersten Frostnacht.", "-Pinne diesen Beitrag"],
        ["+Letztes Wochenende haben wir zum ersten Mal im Winter auf einem Campingplatz im Harz übernachtet."],
        ["+Der Platzwart begrüßte uns mit den Worten: „Wer im Dezember kommt, meint es ernst.“"],
        ["+Die Heizung lief die ganze Nacht, und trotzdem war es am Morgen an den Fenstern feucht."],
        [
            "-Das könnte dich auch interessieren:",
            "-Gasflaschen im Winter: was wir gelernt haben",
            "-Unsere Packliste für die Kurzreise",
        ],
        ["+Was wir beim nächsten Mal anders machen"],
        [
            "+Eine zweite Gasflasche mitnehmen",
            "+Den Abwassertank mit Frostschutz sichern",
            "+Die Fenster nachts einen Spalt offen lassen",
        ],
        ["+Trotz allem war es eines unserer schönsten Wochenenden in diesem Jahr."],
        ["+Im Januar wollen wir es an der Ostsee noch einmal versuchen."],
        ["-Kommentare"],
        ["-Heike", "-Wir stehen auch im Winter, aber immer mit Vorzelt – das hält viel Kälte ab."],
        ["-↳ Jens von Kurbelstütze & Kaffee", "-↳ Das Vorzelt steht schon auf der Liste für Januar!"],
        ["-↳↳ Heike", "-↳↳ Dann unbedingt Heringe für gefrorenen Boden einpacken."],
        ["-Camper_Olli", "-Wie habt ihr das mit dem Frischwasser gemacht?"],
    ]),
    "it-portale-roccasperta-supermercato": _page("it", "it-portale-roccasperta-supermercato", [
        ["-Roccasperta Notizie", "-Cronaca · Economia · Sport · Eventi"],
        ["+Apre il nuovo supermercato CestaPiena: quaranta assunzioni a Roccasperta"],
        ["-di Redazione", "-3 dicembre 2026", "-Economia", "-⏱ 2 min"],
        ["-L'ingresso del nuovo punto vendita in via delle Fornaci il giorno dell'inaugurazione."],
        ["-Ascolta", "-Stampa", "-Scrivi un commento"],
        ["+Ha aperto giovedì mattina in via delle Fornaci il primo supermercato CestaPiena della provincia."],
        ["+Il punto vendita occupa l'ex magazzino di una ditta di piastrelle, chiuso da otto anni."],
        ["-Leggi anche: Il mercato del sabato cambia piazza"],
        [
            "+«Trentotto dei quaranta assunti abitano nel raggio di dieci chilometri», ha detto la direttrice durante "
            "il taglio del nastro.",
        ],
        ["+Il punto vendita in cifre"],
        ["+1.600 metri quadrati di superficie"],
        ["-Sponsorizzato", "-Offerte della settimana nei negozi della zona"],
        [
            "+Centoventi posti auto, di cui dieci con colonnina di ricarica",
            "+Aperto tutti i giorni dalle 8 alle 21, domenica compresa",
        ],
        ["+I commercianti del centro temono la concorrenza e chiedono al Comune un piano per i negozi di vicinato."],
        ["+L'assessore al commercio ha promesso un incontro entro gennaio."],
        ["-Commenti (3)"],
        ["-Lucia_R", "-Finalmente non devo più prendere la macchina per fare la spesa."],
        ["-↳ Bottegaio_storico", "-↳ Lei sì, ma noi del centro cosa facciamo?"],
        ["-↳↳ Lucia_R", "-↳↳ Io continuo a comprare il pane da voi, promesso!"],
    ]),
    "it-blog-cavallostorto-matto-in-due": _page("it", "it-blog-cavallostorto-matto-in-due", [
        ["-Il Cavallo Storto", "-Problemi di scacchi, uno alla settimana"],
        ["+Matto in due: il problema che mi ha tenuto sveglio una notte"],
        ["-Pubblicato il 2 dicembre 2026", "-Categoria: Problemi", "-4 commenti"],
        ["-Indice", "-La posizione", "-La soluzione (spoiler)"],
        ["+Il problema di questa settimana viene da una vecchia rivista trovata su una bancarella a Bologna."],
        ["+Sotto il diagramma c'era scritto a matita: «Non è facile come sembra», e aveva ragione."],
        ["-Ti piace il blog? Offrimi un caffè", "-Iscriviti alla newsletter settimanale"],
        ["+Il Bianco muove e dà matto in due mosse, con soli sette pezzi sulla scacchiera."],
        ["+Le mosse chiave"],
        ["+1. Dg7+, che sembra un sacrificio inutile"],
        ["-Diagramma interattivo: clicca sulla scacchiera per muovere i pezzi"],
        ["+1... Rxg7, l'unica risposta possibile", "+2. Cf5#, e il cavallo chiude tutte le case"],
        ["+La soluzione è breve, ma l'idea del sacrificio di donna non mi era venuta in mente per un'ora."],
        ["+Nel prossimo articolo un problema di matto in tre, più difficile."],
        ["-Dite la vostra"],
        ["-Scacchista_pigro", "-Io l'ho risolto in dieci minuti, ma solo perché conoscevo il tema."],
        ["-↳ Il Cavallo Storto (autore)", "-↳ Dieci minuti è un ottimo tempo, complimenti!"],
        ["-↳↳ Scacchista_pigro", "-↳↳ Grazie, ma ho barato un po' con il motore."],
        ["-↳↳↳ Il Cavallo Storto (autore)", "-↳↳↳ Confessione accettata 😄"],
    ]),
    "pl-portal-jezynowo-piekarnia-100-lat": _page("pl", "pl-portal-jezynowo-piekarnia-100-lat", [
        ["-Gazeta Jeżynowska", "-Wiadomości · Biznes · Kultura · Sport · Ogłoszenia", "-Jeżynowo, czwartek 3 grudnia"],
        ["+Piekarnia Zakwasik w Jeżynowie świętuje sto lat"],
        ["-Autor: Redakcja", "-03.12.2026, 15:20", "-Biznes"],
        ["-Pracownicy piekarni przy piecu opalanym drewnem, rok 1958.", "-Fot. archiwum rodzinne"],
        ["-Posłuchaj artykułu", "-Udostępnij"],
        ["+Rodzinna piekarnia przy ulicy Młyńskiej wypieka chleb od grudnia 1926 roku."],
        [
            "+Dziś prowadzi ją czwarte pokolenie, a w kolejce po bułki stają wnuki pierwszych klientów.",
            "-Czytaj też: Targ przy rynku będzie czynny w niedziele",
        ],
        ["+„Zakwas jest ten sam od czasów pradziadka, tylko piec mamy nowy”, śmieje się właścicielka."],
        ["+Sto lat w liczbach"],
        [
            "+Cztery pokolenia piekarzy w jednej rodzinie",
            "+Dwanaście rodzajów chleba codziennie",
            "+Jeden piec opalany drewnem, wciąż używany w soboty",
        ],
        ["-Reklama"],
        ["+Z okazji jubileuszu piekarnia zaprasza w sobotę na degustację chleba i pokaz wypieku."],
        ["+Dochód ze sprzedaży jubileuszowych bochenków trafi do miejscowego hospicjum."],
        ["-Komentarze (2)"],
        ["-~Stały klient", "-Najlepszy razowiec w powiecie, od zawsze."],
        ["-↳ ~Ania z Młyńskiej", "-↳ Potwierdzam, a drożdżówki w piątki to poezja."],
        ["-~gość", "-Gratulacje dla całej rodziny!"],
        ["-Więcej z Jeżynowa"],
    ]),
    "pl-blog-paprotkanaszafie-storczyk": _page("pl", "pl-blog-paprotkanaszafie-storczyk", [
        ["-Paprotka na Szafie"],
        ["+Jak zmusiłam storczyka do ponownego kwitnienia"],
        [
            "-2 grudnia 2026",
            "-Kategorie: Storczyki, Porady",
            "-12 komentarzy",
            "-Wpis zawiera linki afiliacyjne",
            "-Zapisz na później",
        ],
        [
            "-Spis treści",
            "-1. Dlaczego mój storczyk nie kwitł",
            "-2. Chłodne noce na parapecie",
            "-3. Nawóz i podlewanie",
            "-4. Pierwszy pęd kwiatowy",
        ],
        ["+Mój falenopsis stał na parapecie w kuchni przez dwa lata i nie wypuścił ani jednego pędu."],
        ["+Sąsiadka, która hoduje storczyki od trzydziestu lat, powiedziała mi: „On się u ciebie za dobrze czuje”."],
        ["+Postanowiłam więc trochę go przestraszyć, jak radzą starzy hodowcy."],
        ["+Co zmieniłam jesienią"],
        [
            "+Przestawiłam go do chłodniejszego pokoju, gdzie w nocy jest około 16 stopni",
            "+Podlewałam rzadziej, raz na dwa tygodnie, zanurzając doniczkę",
        ],
        ["-Polecany produkt: nawóz do storczyków w sklepie partnera"],
        ["+Przez miesiąc nie dawałam żadnego nawozu"],
        ["+Po siedmiu tygodniach pojawił się pęd, a dziś kwitnie na nim dziewięć kwiatów."],
        ["+W następnym wpisie pokażę, jak przesadzam storczyki po kwitnieniu."],
        ["-Dyskusja"],
        ["-Marta_zielone_palce", "-U mnie pomogło dokładnie to samo, chłodna sypialnia zimą."],
        ["-↳ Paprotka", "-↳ Czyli działa! Dzięki za potwierdzenie."],
        ["-Kuba", "-A co z korzeniami powietrznymi, przycinać?", "-↳ Nie ruszaj ich, storczyk tak ma. – Paprotka"],
    ]),
    "ru-portal-klenogorsk-kovorking": _page("ru", "ru-portal-klenogorsk-kovorking", [
        ["-Кленогорские вести", "-Новости · Экономика · Город · Афиша"],
        ["+В Кленогорске открылся первый коворкинг"],
        ["-Экономика", "-3 декабря 2026, 16:30", "-Текст: редакция", "-👁 1 240"],
        ["-Читайте нас в Telegram"],
        ["-Коворкинг «Антресоль» занимает второй этаж бывшего универмага.", "-Фото: пресс-служба администрации"],
        ["-Отправить другу", "-Сохранить в закладки"],
        ["+Коворкинг на сорок рабочих мест открылся во вторник на втором этаже бывшего универмага на улице Ленина."],
        ["-Читайте также: Бывший универмаг продадут с торгов"],
        [
            "+«Раньше мне приходилось работать из кафе, а там то шумно, то нет розеток», — рассказала одна из первых "
            "посетительниц, дизайнер.",
        ],
        ["+Проект запустили двое местных предпринимателей при поддержке городского фонда."],
        ["+Сколько стоит место"],
        [
            "+Разовое посещение — 400 рублей в день",
            "+Абонемент на месяц — 5 500 рублей",
            "+Переговорная комната — 600 рублей в час",
        ],
        ["+Коворкинг работает ежедневно с 8 до 22 часов."],
        ["+Для студентов местного колледжа действует скидка 30 процентов."],
        ["-Комментарии (2)"],
        ["-Андрей", "-Отличная новость, наконец-то не надо ездить в областной центр."],
        ["-↳ Кленогорские вести", "-↳ Спасибо! Расскажем, как пойдут дела через полгода."],
        ["-↳↳ Андрей", "-↳↳ Буду ждать продолжения."],
        ["-© 2026 «Кленогорские вести». 16+"],
    ]),
    "ru-blog-chernilnyebudni-chistka": _page("ru", "ru-blog-chernilnyebudni-chistka", [
        ["-Чернильные будни"],
        ["+Как я отмыла советскую перьевую ручку после двадцати лет в ящике"],
        ["-2 декабря 2026", "-Рубрика: Винтажные ручки", "-9 комментариев"],
        ["-Содержание", "-Что было внутри", "-Чем я мыла", "-Что получилось"],
        ["-Ручка до чистки: засохшие чернила в питателе."],
        ["+Эту ручку я нашла в ящике бабушкиного письменного стола, завёрнутую в газету 2004 года."],
        ["+Поршень не двигался, а в окошке резервуара виднелись засохшие фиолетовые чернила."],
        ["-Понравился пост? Поддержите блог донатом", "-Перейти к форме поддержки"],
        ["+Мастер из клуба коллекционеров сказал мне: «Не спешите, старые чернила любят тёплую воду и терпение»."],
        ["+Что мне понадобилось"],
        ["+Тёплая вода и капля средства для посуды", "+Резиновая груша для промывки"],
        ["-Реклама", "-Набор для чистки ручек со скидкой — в магазине партнёра"],
        ["+Три дня терпения и мягкая зубная щётка"],
        ["+После третьего замачивания поршень пошёл, и ручка снова пишет тонко и ровно."],
        ["+В следующий раз расскажу, как подобрать к ней чернила."],
        ["-Обсуждение"],
        ["-Ольга_П", "-У меня такая же, только синяя! Тоже стоит с засохшими чернилами."],
        ["-↳ Чернильные будни", "-↳ Значит, пора её спасать — пишите, если что-то пойдёт не так."],
        ["-↳↳ Ольга_П", "-↳↳ Спасибо, попробую на выходных."],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Sign up to get unlimited songs and podcasts with occasional ads. No credit card needed.":
        "an English Spotify embed residue ('Sign up to get unlimited songs and podcasts with occasional ads. No "
        "credit card needed.') is left in the body",
    "If you read at a steady pace this will take you around eight minutes; skim the photos and it's five.":
        "an English blog's reading-time sentence ('If you read at a steady pace this will take you around eight "
        "minutes; skim the photos and it's five.') is left at the head",
    "Winnifred Ashcrake is a freelance writer who covers shops, jobs and high streets for the Tindlebrook Courier.":
        "an English third-person author bio ('Winnifred Ashcrake is a freelance writer who covers shops, jobs and "
        "high streets for the Tindlebrook Courier.') is left at the head",
    "Avatar images are loaded from Gravatar.":
        "an English comment-section Gravatar note ('Avatar images are loaded from Gravatar.') is left at the foot",
    "Comment guidelines: be kind, stay on topic and don't post links to shops.":
        "an English comment-guidelines line ('Comment guidelines: be kind, stay on topic and don't post links to "
        "shops.') is left at the foot",
    "Je teste aussi mes stylos en direct sur Twitch, tous les mardis soir à partir de 21 h.":
        "a French blog's Twitch plug ('Je teste aussi mes stylos en direct sur Twitch, tous les mardis soir à partir "
        "de 21 h.') is left at the foot",
    "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von Instagram, der den Artikel ergänzt. Mit einem "
    "Klick können Sie ihn einblenden.":
        "a German external-content placeholder ('Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von "
        "Instagram, der den Artikel ergänzt. Mit einem Klick können Sie ihn einblenden.') is left in the body",
    "Mehr Bilder von unseren Touren gibt's in meinem Flickr-Album, nach Stellplätzen sortiert.":
        "a German blog's Flickr plug ('Mehr Bilder von unseren Touren gibt's in meinem Flickr-Album, nach "
        "Stellplätzen sortiert.') is left at the foot",
    "Ein Projekt von zwei Campern aus dem Sauerland – werbefrei seit 2016.":
        "a German blog's about-the-project footer ('Ein Projekt von zwei Campern aus dem Sauerland – werbefrei seit "
        "2016.') is left at the foot",
    "Posłuchaj też mojego podcastu o roślinach na Spotify – nowy odcinek co dwa tygodnie.":
        "a Polish blog's podcast plug ('Posłuchaj też mojego podcastu o roślinach na Spotify – nowy odcinek co dwa "
        "tygodnie.') is left at the foot",
    "Redakcja nie zwraca materiałów niezamówionych i zastrzega sobie prawo do ich skracania.":
        "a Polish editorial-rights footer ('Redakcja nie zwraca materiałów niezamówionych i zastrzega sobie prawo do "
        "ich skracania.') is left at the foot",
    "Ilustracja wygenerowana przy użyciu sztucznej inteligencji.":
        "a Polish AI-illustration note ('Ilustracja wygenerowana przy użyciu sztucznej inteligencji.') is left in the "
        "body",
    "Карта загружается… Яндекс Карты · Условия использования":
        "a Russian Yandex Maps embed residue ('Карта загружается… Яндекс Карты · Условия использования') is left in "
        "the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-tindlebrook-factoryclosure":
        "the regional portal's foundry-closure story keeps its photo caption ('Workers leaving the Mill Road foundry "
        "at the end of the early shift on Thursday.') under the title (1 of 20 noise lines)",
    "en-blog-pothosandporridge-propagation":
        "the houseplant blog's propagation post keeps its Pinterest prompt ('Save this idea to your Pinterest board') "
        "between the second paragraph and the paragraph with the quote (1 of 20 noise lines)",
    "fr-portail-montbrezac-halle":
        "the regional portal's market-hall story keeps its photo caption ('La charpente métallique de la halle, mise "
        "à nu pendant le chantier.') under the title (1 of 20 noise lines)",
    "de-portal-hollerstedt-jobmesse":
        "the regional portal's job-fair story keeps its photo caption ('Besucherinnen und Besucher an den Ständen im "
        "Forum am Stadtpark.') under the title (1 of 20 noise lines)",
    "de-blog-kurbelstuetzeundkaffee-wintercamping":
        "the caravanning blog's winter-camping post keeps its photo caption ('Unser Gespann am Morgen nach der ersten "
        "Frostnacht.') and its Pinterest prompt ('Pinne diesen Beitrag') under the title (2 of 20 noise lines)",
    "it-portale-roccasperta-supermercato":
        "the regional portal's supermarket story keeps its photo caption ('L'ingresso del nuovo punto vendita in via "
        "delle Fornaci il giorno dell'inaugurazione.') under the title (1 of 20 noise lines)",
    "it-blog-cavallostorto-matto-in-due":
        "the chess blog's mate-in-two post keeps its interactive-diagram note ('Diagramma interattivo: clicca sulla "
        "scacchiera per muovere i pezzi') between the first and second list rows (1 of 20 noise lines)",
    "pl-blog-paprotkanaszafie-storczyk":
        "the houseplant blog's orchid post keeps its recommended-product line ('Polecany produkt: nawóz do storczyków "
        "w sklepie partnera') between the second and third list rows (1 of 20 noise lines)",
    "ru-blog-chernilnyebudni-chistka":
        "the fountain-pen blog's cleaning post keeps its photo caption ('Ручка до чистки: засохшие чернила в "
        "питателе.') under the title (1 of 20 noise lines; its donation link between the second paragraph and the "
        "paragraph with the quote goes since round 108)",
}


test_held_out_104_line, test_held_out_104_line_is_kept, test_held_out_104_page = held_out_tests(
    HELD_OUT_104_LINES, HELD_OUT_104_KEEP, HELD_OUT_104_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
