"""Held-out set 234: written blind, weighted toward the noise the cleaner exists for, in shapes set 232's docstring does
not name (nor the first paragraphs of sets 229, 230 and 231): scraper, embed and ad markers, all in the body (an English
Vimeo video that cannot be played here because of its privacy settings "Because of its privacy settings, this Vimeo
video cannot be played here.", an English Datawrapper chart that failed to load, with an open-it-in-a-new-tab hint
"Datawrapper chart failed to load. Open the chart in a new tab instead.", an English TikTok video that may have been
removed or made private "TikTok video unavailable: this post may have been removed or made private.", a French Arte
video not available in the reader's country for broadcasting-rights reasons "Vidéo Arte indisponible dans votre pays
pour des raisons de droits de diffusion.", a German ZDFmediathek video that has expired "Dieses Video aus der
ZDFmediathek ist abgelaufen und nicht mehr verfügbar.", an Italian Mediaset Infinity video withdrawn because its rights
have run out "Il video di Mediaset Infinity non è più disponibile: i diritti sono scaduti.", a Polish Spreaker player
whose podcast episode is no longer available "Odtwarzacz Spreakera: ten odcinek podcastu nie jest już dostępny." and a
Russian Dzen video whose author forbade showing it on other sites "Видео из Дзена недоступно: автор запретил показ на
сторонних сайтах."); reading-time headers in new wordings, all at the head (the English abbreviated est.-read label
"Est. read: 4 min", a blog's grab-a-coffee line with the length of the read "Grab a coffee – this one's an 8-minute
read.", the French you-will-need (il vous faudra) line "Il vous faudra 5 minutes pour lire cet article.", the German
Lesedauer label with ca. and Min. "Lesedauer: ca. 5 Min.", the Italian estimated-reading-time (tempo di lettura stimato)
label "Tempo di lettura stimato: 5 min", the Polish you-will-read-it-in (przeczytasz w) label "Przeczytasz w 5 minut"
and the Russian read-5-minutes (читать) label "Читать 5 минут"); bylines and self-promotion (an English filed-by byline
with the reporter's title "Filed by Marjorie Thwackleton, Chief Reporter", a German from-our-staff-member (von unserem
Redaktionsmitglied) byline "Von unserem Redaktionsmitglied Reinhild Quaderwalder", an Italian report-edited-by (servizio
a cura di) byline "Servizio a cura di Ottavia Sollevacchi" and a Russian written-down-by (записала) byline "Записала
Прасковья Тяжеловозова", all at the head; and an English Ko-fi tip plug "If this post made you smile, you can buy me a
cuppa on Ko-fi.", an English Gumroad plug for the author's bathtub-boat plans "My printable bathtub-boat plans are on
Gumroad – pay what you like.", a French Tipeee plug for supporting the author's bathtub adventures "Soutenez mes
aventures en baignoire sur Tipeee, dès 1 € par mois." and a Polish Patronite support plug "Wesprzyj mnie na Patronite –
nawet 5 zł pomaga!", all at the foot); blog and site footers, all at the foot (an English Ghost credit with the Casper
theme and DigitalOcean hosting "Powered by Ghost · Theme: Casper · Hosted on DigitalOcean", an English
part-of-a-media-network line with the accessibility and modern-slavery statements "Part of the Pebblethorpe Media
network · Accessibility statement · Modern slavery statement", an English Jekyll and Minima credit with GitHub Pages
hosting "Built with Jekyll and the Minima theme · Hosted on GitHub Pages", a French Over-blog credit with the
report-abuse and terms (CGU) links "Blog propulsé par Over-blog · Signaler un abus · CGU", a German a-project-of (ein
Projekt der) line with the accessibility and whistleblower-system links "Ein Projekt der Wuchtland Mediengruppe ·
Barrierefreiheit · Hinweisgebersystem", an Italian publisher line with the VAT number (P.IVA) and the ROC registration
"Editore: Sassoforzi Editoriale Srl · P.IVA 03928170164 · Iscrizione ROC n. 31872", a Polish runs-on-WordPress credit
with the Astra theme and LH.pl hosting "Strona działa na WordPressie · Motyw: Astra · Hosting: LH.pl" and a Russian
Tilda site-builder credit with the personal-data policy "Сайт создан на Tilda · Политика обработки персональных
данных"); reader-comment furniture, all at the foot (an English pinned-by-the-author label on a comment "Pinned by the
author", an English be-kind comment-rules line "Be kind: comments that break our community guidelines will be removed.",
an English end-of-the-comments line "You've reached the end of the comments.", a French
comments-closed-30-days-after-publication note "Les commentaires sont fermés 30 jours après la publication de
l'article.", a German comments-go-live-after-the-newsroom's-check note "Kommentare werden erst nach Prüfung durch die
Redaktion freigeschaltet.", an Italian your-comment-visible-after-approval note "Il tuo commento sarà visibile dopo
l'approvazione della redazione.", a Polish 3-new-comments-click-to-load line "Dodano 3 nowe komentarze – kliknij, aby je
wczytać." and a Russian comment-sorting row (newest, oldest, popular first) "Сначала новые · Сначала старые · Сначала
популярные"); share rows, all at the foot (an English tell-your-neighbours row with Nextdoor "Tell your neighbours:
Nextdoor · WhatsApp · Facebook", a German share-on (teilen auf) row with Threema and Xing "Teilen auf: WhatsApp ·
Threema · Xing · E-Mail" and a Polish pass-it-on (prześlij dalej) row with SMS "Prześlij dalej: Messenger · WhatsApp ·
SMS · Kopiuj link"); and notices (a French correction note (rectificatif) on the winner's name "Rectificatif : une
version précédente de cet article comportait une erreur sur le nom de la lauréate." and an Italian
made-with-the-support-of-the-Google-News-Initiative note "Articolo realizzato con il sostegno della Google News
Initiative.", both in the body; and a Russian prepared-with-the-support-of-the-Presidential-Grants-Fund note "Материал
подготовлен при поддержке Фонда президентских грантов." at the foot); and toward whole scraped news and hobby-blog pages
in layouts set 232's docstring does not describe (on the six portal pages, in eight blocks, the masthead with its
tagline, the section menu and a breadcrumb above the title, all four in one block with the title last; the byline with
the date and time (one line), a bare reading time and a share row alone in a block of three under the title; the first
and second paragraphs at the two ends of a block of three with the lead photo's caption and its credit (one line)
between them; the paragraph with the quote third in a block of four, under an advertisement label (Advertisement,
Publicité, Anzeige, Pubblicità, Reklama, Реклама) and a sponsored headline and above a read-also link; the subheading
and the three rows with a newsletter prompt between the second and third rows, inside the list block (a block of five,
the prompt fourth); the two last paragraphs at the two ends of a block of four with a video link (its length in
brackets) and a tags line between them; a thread of five lines alone in a block (a comment count, a reader's comment,
the paper's arrowed reply to it, the first reader's arrowed answer and a second reader's comment); and at the foot a
follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the Russian page) and the publisher's copyright line
with its links in one line, in a block of two, the prompt first; on the six blog pages, in nine blocks, the blog name
with its tagline alone in a block of one at the very top; the menu, the posted-on-by line (with the comment count), the
title and a bare reading time in a block of four, the title third; the first and second paragraphs in the middle of a
block of four, between an affiliate-links disclosure above them and a table of contents (its heading and three numbered
entries in one line) under them; the paragraph with the quote first in a block of three, above the opening photo's
caption and an affiliate link to the author's paddle (on Amazon, on Allegro on the Polish blog, on Ozon on the Russian
blog); the subheading and the three rows with a subscribe-by-email prompt closing the list block (a block of five, the
prompt last); the two last paragraphs at the top of a block of four, above the author's sign-off and a plug for her
bath-duck fridge magnets made of river driftwood (in an Etsy shop, at Yarmarka Masterov on the Russian blog); a share
row and a you-might-also-like line with two post titles alone in a block of two; a thread of five lines alone in a block
(a replies heading with its count, a comment, a second comment, the author's arrowed reply to the first comment and the
first commenter's arrowed answer); and at the foot the author's copyright line with the theme and platform credit in one
line and a back-to-top link, in a block of two), taken from local news of a town's ninth stone-lifting contest (more
than 1,100 spectators in the market square, a record 31 lifters, a round granite stone of 127 kilograms that has lain by
the old mill since at least 1792 to be lifted from the ground to the shoulder as many times as possible in sixty
seconds, the organiser's quote that the stone does not care how big your muscles are but about your back and your nerve,
the contest revived in 2018, a women's class with a 60-kilogram stone at 11.00, a men's class with a 90-kilogram stone
at 13.00 and the final with the old mill stone at 15.30, won by a 34-year-old farmer's daughter with five lifts in the
minute when nobody else managed more than three, a youth class with a 30-kilogram stone planned for next year on the
second Saturday of June) in six invented towns, and from six hobby blogs of young women on their first bathtub regatta
on a river (a cast-iron bath bought in March for little money and bolted onto four old oil drums, named the Duchess,
twenty-seven tubs at a rowing club for three kilometres downstream to the town bridge on the Severn at Shrewsbury, the
Loire at Saumur, the Inn at Passau, the Ticino at Pavia, the Vistula at Toruń and the Oka at Kaluga, the chief marshal's
quote at the briefing about keeping the plug in and the life jackets on and simply standing up if you sink because the
river is only waist-deep, scrutineering at 9.00, a mass start at 11.00 and the finish under the town bridge at 12.10, a
paddle lost at the second bend and the last kilometre done with one paddle and a frying pan, ninth of twenty-seven, a
rudder and a sail next year and the regatta on the first Sunday of July).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 232 but what is named here), held-out set 233 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not grep or list the tests/ folder's files. Read were: the
docstring of held-out set 232 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 229, 230 and 231, printed with one ast script (/tmp/s234scratch/read.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s234scratch/insp.py, with
/tmp/wt-s234/src and /tmp/wt-s234/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s234 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 232's as printed, with 232
-> 234; /tmp/s234scratch/gen234.py writes this file from scratch files (data234.py with the noise and keep lines and the
short descriptions from which it builds the first paragraph around the lines themselves, pages234.py with the pages,
doc_layout.txt, doc_story.txt, doc_protocol.txt, doc_notes.txt, doc_judgement.txt, doc_contents.txt and, after the
measurement, doc_baseline.txt and tables234.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s234, detached at commit
8c72752100cf7dc0cdea1be583257bf1063a285f, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 19:12:06 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 19:12:08 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed 0c29dfe88f34d56f5b20c0b3331222161b029be4 (main had already moved past the brief's commit, as the brief
allows); both worktrees were made at the brief's commit 8c72752100cf7dc0cdea1be583257bf1063a285f with ``git worktree
add`` (output to /dev/null) and ``git rev-parse HEAD`` in each printed that commit; /work/main was not touched
afterwards. An ``ls`` of the two new worktrees' top folders (README.md, benchmarks, configs, docs, pyproject.toml,
scripts, src, tests), cut by ``head``, was printed to see that they exist; no folder below them was listed. (2) read.py
first printed to the terminal, which the tool cut in the middle (it showed set 232's docstring up to inside its note
(4), then from inside set 230's first paragraph on to the end: the rest of set 230's first paragraph and all of set
231's, allowed parts); the second run went to /tmp/s234scratch/allowed.txt (only the allowed parts), of which I printed
the line numbers of its own "===" section marks with ``grep`` and paged lines 125 to 571 with ``sed`` in three pieces
(the rest of set 232's docstring up to and including its Baseline paragraph, its imports and its tail, and the first
paragraphs of sets 229 and 230); ``grep`` and ``sed`` ran on my own output file, never on a file of the repository, and
nothing else of any set file was printed. (3) The default python already had the project's dependencies: the inspect
import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That import (and gen234.py's
import of the written file, to compare it with the scratch data) loads the cleaner's modules, but nothing was cleaned
before the measurement and no source under src/ was printed. (4) Before writing I compared my wordings with the ones the
read docstrings name, by eye, and kept away from them: no embed service used for a held-out marker here is named for a
marker in them (Vimeo, Datawrapper, TikTok, Arte, ZDFmediathek, Mediaset Infinity, Spreaker, Dzen), and the failures are
worded anew (privacy settings forbid playing here, a chart that failed to load with an open-in-a-new-tab hint, a post
perhaps removed or made private, not available in the country for broadcasting rights, an expired video, rights run out,
an episode no longer available, showing on other sites forbidden by the author); the reading times avoid the phrasings
named there (the new ones are "Est. read:", "Grab a coffee – this one's an 8-minute read.", "Il vous faudra ... pour
lire cet article.", "Lesedauer: ca.", "Tempo di lettura stimato:", "Przeczytasz w" and "Читать 5 минут"); the bylines
are of new shapes (a filed-by line with the reporter's title, a von-unserem-Redaktionsmitglied line, a servizio a cura
di line, a записала line) and the plugs name platforms not named there (Ko-fi, Gumroad, Tipeee, Patronite); the footers
use platforms, hosts and legal lines not named there (Ghost with Casper and DigitalOcean, a media-network line with
accessibility and modern-slavery statements, Jekyll with Minima and GitHub Pages, Over-blog with its CGU, a
Hinweisgebersystem link, a P.IVA and ROC publisher line, WordPress with Astra and LH.pl, Tilda with a personal-data
policy); the comment lines (a pinned-by-the-author label, a be-kind rules line, an end-of-the-comments line, a
closed-after-30-days note, a checked-by-the-newsroom note, a visible-after-approval note, a new-comments-click-to-load
line, a sorting row), the share rows (tell your neighbours with Nextdoor; teilen auf with Threema and Xing; prześlij
dalej with SMS) and the notices (a French correction note and an Italian Google News Initiative note in the body, a
Russian Presidential Grants Fund note at the foot) are of kinds not named there. The page furniture (mastheads, menus,
captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from those of set 232
(see the first paragraph). (5) Invented names were checked with ``find_string`` (exact, case-insensitive, over public
GitHub files) before use. No hits: Gritherby, Roquebrayac, Steinwuchtingen, Pietravallina, Kamieniszczyce,
Kamieniszczycka, Валунецк, Валунецкий, Pindlewarren, Cattermoult, Hobblestrand, Thwackleton, Pebblethorpe, Quaderwalder,
Sollevacchi, Caillebrasse, Soulagnac, Galetoux, Findlingmeier, Hebelsberger, Wuchtlhuber, Wuchtland, Macignotti,
Sassoforzi, Alzapietri, Głazodźwig, Podnośnicka, Dźwignikowa, Тяжеловозова, Каменюкин, Глыбоносова, Валунищев,
"Rub-a-Dub Regatta", "Baignoire à Bâbord", "Wannenkapitänin", "La Vasca Ribelle", "Wanną przez Wisłę" and "Ванна на
фарватере". Dropped for hits: Глыбинск (inside Глыбинское, a real hunting estate), Brankstone (inside a texture name),
Sollevanti (a real surname and inside autosollevanti), Soulevade (inside SoulEvade names in code), Menhirou (inside
menhiroutput), Rochevalde (inside numeroChevalDeuxieme...), Gravillard (inside CaminoArenaGravillaRD) and Kamieniarczyk
(a real surname); the replacements are the checked names above. "The Gritherby Standard", "Le Réveil de Roquebrayac",
"Steinwuchtinger Tagblatt", "L'Eco di Pietravallina", "Gazeta Kamieniszczycka", «Валунецкий вестник», "Pebblethorpe
Media", "Wuchtland Mediengruppe", "Sassoforzi Editoriale Srl" and the winner Евдокия Валунищева are formed from checked
names; the first names of the reporters, organisers, winners, bloggers (Hattie, Margaux, Fenja, Nives, Ola, Тася) and
their friends, the photographers named in the portals' captions and the commenters (handles or first names with a town)
were not checked. Real services, platforms, shops and products (Vimeo, Datawrapper, TikTok, Arte, ZDFmediathek, Mediaset
Infinity, Spreaker, Dzen, Ko-fi, Gumroad, Tipeee, Patronite, Ghost with its Casper theme, DigitalOcean, Jekyll with its
Minima theme, GitHub Pages, Over-blog, WordPress with the Astra and Neve themes and Themeisle, LH.pl, Tilda, Nextdoor,
WhatsApp, Facebook, Threema, Xing, Messenger, X, Instagram, Pinterest, Telegram, ВКонтакте, Одноклассники, Amazon,
Allegro, Ozon, Etsy, Ярмарка Мастеров, the Google News Initiative and the Фонд президентских грантов) and real cities
and rivers (Shrewsbury and the Severn, Saumur and the Loire, Passau and the Inn, Pavia and the Ticino, Toruń and the
Vistula, Kaluga and the Oka, and the towns of the commenters) are named as real pages do. (6) A script
(/tmp/s234scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats, that no line holds an at-sign, and that each page has 10
article and 20 noise lines, and printed the counts by category, language and place. Its first run found one clash: the
German advertisement label "Anzeige" sat inside the German portal's section menu, whose last entry was "Traueranzeigen"
(death notices); I changed that entry to "Nachrufe", and its second run found nothing wrong. Before that run I had also
corrected two slips of grammar by hand (the Italian blog's "noni" to "none", the Russian portal's "заявились 31
участник" to "заявку подал 31 участник"). gen234.py checks that no line of the file is over 120 columns and that it
holds no at-sign, and imports the written file back and finds its lists and pages equal to the scratch data. (7) The
measurement was run once, as the brief gives it, in one shell call at 19:17:55 UTC by ``date``, with the xfail tables
empty and this docstring without its Baseline paragraph and these notes (7) to (9) (the measured copy is kept as
/tmp/s234scratch/pre_measure_copy.py); pytest printed 9 failed, 68 passed and no XPASS, and the report is copied in the
Baseline paragraph. problems.py (/tmp/s234scratch, importing the copy in /tmp/wt-s234/tests with /tmp/wt-s234/src on the
path) then printed ``_problems`` of each failing case: the three lines and the six pages of the tables; every problem of
a line is that it is kept ("kept boilerplate"), and so is every problem of a page (one to three lines each); no keep
line and no article line of a page is lost, and no problem of another kind (no unreported removal, no range or offset
problem) was printed. The cleaned text itself was not printed. (8) The tables were written from that output
(/tmp/s234scratch/mktables.py writes tables234.py from the saved problems.json, which gen234.py puts into this file);
mktables.py checks that every problem is a kept line and matches each printed snippet (cut at 80 characters) to exactly
one noise line of its page, which the reason quotes in full with where it sits and the count the report counts left; the
reason of each line quotes it and says where it was put; the keys of the tables are exactly the failing lines and pages
of that output; the lists and pages of the final file were imported back and found equal to the scratch data, and the
final file was checked with the pytest command in /tmp/wt-s234 (see the Baseline paragraph). (9) Clock: ``date`` printed
19:12:06 at the start, 19:17:55 at the measurement and 19:18:34 just after the problems were printed, before the tables,
the Baseline paragraph and these notes were written; the commit followed within minutes, well inside the brief's 50
minutes.

Judgement calls: the keep lines are article sentences from local reports of the stone-lifting contest and the bathtub
regatta that open with or hold a noise-like word ("Reading the river before the start, the skipper chose the left bank
where the current ran faster.", "Comments from the judges were brief: the lift counted because the stone had touched the
shoulder.", "Follow-up tests showed the winning stone weighed four kilograms more than the programme said.",
"Subscribers to the parish newsletter had voted for the new river course in February.", "Copyright on the photographs of
the famous 1911 lift belongs to the town museum, which lent them for the evening.", "Advertising the contest on hay
bales along the main road brought visitors from three counties.", "Shares in the old quarry company were once paid out
in stone, the museum's curator told the crowd.", "Commentant la victoire, le maire a promis une pierre encore plus
lourde pour l'an prochain.", "Partager la baignoire à deux n'est autorisé que dans la catégorie famille.", "Suivie par
près de 800 spectateurs, la finale s'est jouée au tout dernier essai.", "Abonniert auf den Sieg schien der
Titelverteidiger, bis ihm der Stein aus den Händen rutschte.", "Lesen konnte man die Anspannung im Gesicht der Jüngsten,
als sie den Stein anhob.", "Werbung für das Fest machte der Verein nur mit Plakaten beim Bäcker und am Rathaus.",
"Seguire la corrente senza remare troppo è stato il segreto dei vincitori.", "Iscritti all'ultimo momento, i due
fratelli hanno chiuso la regata al terzo posto.", "Condivisa tra due famiglie, la vasca più veloce era stata costruita
in un garage.", "Obserwowany przez całą wieś kowal podniósł kamień trzy razy z rzędu.", "Reklamą zawodów zajęła się
szkoła, której uczniowie rozwiesili plakaty w całym powiecie.", "Комментируя победу, кузнец сказал, что камень легче,
чем кажется со стороны.", "Поделившись водой с соперниками, экипаж второй ванны потерял полминуты."): each is a full
sentence with a subject, a verb and a fact of the story, so article ("Reading the river" and "Lesen konnte man" open
like reading-time lines but tell of reading a current and a face; "Comments from the judges", "Commentant la victoire"
and "Комментируя победу" open like comment furniture but report what judges, a mayor and a blacksmith said; "Follow-up
tests", "Suivie par près de 800 spectateurs", "Seguire la corrente" and "Obserwowany przez całą wieś" open like follow
prompts but tell of a weighing, a crowd, a way of racing and a watching village; "Subscribers to the parish newsletter",
"Abonniert auf den Sieg" and "Iscritti all'ultimo momento" open like subscribe prompts but tell of a vote, a favourite
and a late entry; "Shares in the old quarry company", "Partager la baignoire", "Condivisa tra due famiglie" and
"Поделившись водой" open like share rows but are about a company's shares, a crew rule, a tub built by two families and
water given to rivals; "Copyright on the photographs" opens like a copyright line but says who owns old photographs;
"Advertising the contest", "Werbung für das Fest" and "Reklamą zawodów" open like ad labels but say how the contest was
made known). Borderline categories: the four plugs (the Ko-fi tip jar, the Gumroad bathtub-boat plans, the Tipeee
support page, the Patronite support page) are bylines and self-promotion, at the foot, since they ask for money for the
author in the author's voice; the Vimeo, Datawrapper, TikTok, Arte, ZDFmediathek, Mediaset Infinity, Spreaker and Dzen
lines are markers (what an embed leaves in the text when it does not show), though some read as sentences; the
media-network line with its statements, the Italian P.IVA and ROC publisher line and the Tilda credit are footers (lines
of the site or the publisher, not of the article); the pinned-by-the-author label, the be-kind rules line, the
end-of-the-comments line, the French closed-after-30-days note, the German checked-by-the-newsroom note, the Italian
visible-after-approval note, the Polish new-comments line and the Russian sorting row are comment furniture, since they
sit over, in or under the comments and speak only of commenting; the French correction note and the Italian Google News
Initiative note are notices in the body, and the Russian Presidential Grants Fund note a notice at the foot (all three
speak of the article they sit in). On every page the title, the three paragraphs before the subheading (the third with
the quote), the subheading, its three list rows and the two last paragraphs are article; everything else (mastheads and
blog names with taglines, menus, breadcrumbs, bylines and posted-on lines, reading times, captions and photo credits,
share rows, read-also and you-might-also-like links, advertisement labels, sponsored headlines, video links, tags lines,
tables of contents, affiliate disclosures and links, newsletter, subscribe and follow prompts, sign-offs and plugs,
comment counts and replies headings, comments and replies, copyright lines, back-to-top links) is noise. The list rows
(the times of the classes and the final on the portals; scrutineering, start and finish on the blogs) are short but part
of each article, so article; the list headings ("How the day went", "Race day in three steps" and the like) are the
articles' subheadings, so article; the portals' newsletter prompts are noise though they sit between the second and
third rows; the portals' photo captions are noise though they sit between the first and second paragraphs; the arrowed
replies, including the paper's own reply, are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: an English, a German, an Italian and a Russian one), body 10 (the eight markers
and two notices: French and Italian), tail 24 (four plugs: two English, a French and a Polish one, eight footers, eight
comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7,
body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-gritherby-stone-lifting-contest (the
ninth Gritherby stone-lifting contest, won by Jodie Hobblestrand, in the Gritherby Standard),
en-blog-rub-a-dub-regatta-diaries-first-bathtub-race (Hattie's first bathtub regatta on the Severn in Shrewsbury, ninth
of 27), fr-portail-roquebrayac-concours-de-levee-de-pierre (the ninth Roquebrayac stone-lifting contest, won by Pauline
Galetoux, in Le Réveil de Roquebrayac), fr-blog-baignoire-a-babord-premiere-regate-en-baignoire (Margaux's first bathtub
regatta on the Loire at Saumur, ninth of 27), de-portal-steinwuchtingen-steinheben (the ninth Steinwuchtingen stone
lifting (Steinheben), won by Vroni Wuchtlhuber, in the Steinwuchtinger Tagblatt),
de-blog-wannenkapitaenin-erste-badewannenregatta (Fenja's first bathtub regatta on the Inn in Passau, ninth of 27),
it-portale-pietravallina-gara-di-sollevamento-della-pietra (the ninth Pietravallina stone-lifting contest, won by Tosca
Alzapietri, in L'Eco di Pietravallina), it-blog-la-vasca-ribelle-prima-regata-in-vasca-da-bagno (Nives's first bathtub
regatta on the Ticino in Pavia, ninth of 27), pl-portal-kamieniszczyce-zawody-w-podnoszeniu-kamienia (the ninth
Kamieniszczyce stone-lifting contest, won by Kamila Dźwignikowa, in the Gazeta Kamieniszczycka),
pl-blog-wanna-przez-wisle-pierwsze-regaty-wann (Ola's first bathtub regatta on the Vistula in Toruń, ninth of 27),
ru-portal-valunetsk-podnyatie-kamnya (the ninth Валунецк stone-lifting contest, won by Евдокия Валунищева, in
«Валунецкий вестник»), ru-blog-vanna-na-farvatere-pervaya-regata-vann (Тася's first bathtub regatta on the Oka in
Kaluga, ninth of 27), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit 8c72752100cf7dc0cdea1be583257bf1063a285f, measured with ``cd /tmp/wt-s234 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s234/src python -m pytest -q tests/test_clean_held_out_234.py -rA -p
no:cacheprovider`` (9 failed, 68 passed) and ``cd /tmp/wt-s234 && PYTHONPATH=/tmp/wt-s234/src python
scripts/clean_held_out_report.py --sets 234``, with the xfail tables empty, at 19:17:55 UTC by ``date``): noise lines
removed 42/45 (marker 7/8, reading-time 7/7, byline 8/8, footer 8/8, comments 6/8, share 3/3, notice 3/3; the 3 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one marker in the body (the German ZDFmediathek expired-video
line) and two English comment lines at the foot (the be-kind rules line and the end-of-the-comments line); every other
marker, every reading time, byline, plug, footer and share row, the pinned-by-the-author label, the French, German,
Italian, Polish and Russian comment lines and all three notices went); keep lines kept 20/20; pages 6/12 clean (the six
portal pages), 11 of 240 page noise lines left and 0 of 120 article lines lost. Left, all on the blog pages: on each of
the six the table of contents under the first and second paragraphs; on the French and Italian blogs also the opening
photo's caption under the paragraph with the quote; on the German blog also the subscribe-by-email prompt closing the
list block; on the Russian blog also the blog name with its tagline alone at the very top and the menu at the top of the
block with the title (1 on the English and Polish blogs, 2 on the French, German and Italian ones, 3 on the Russian
one). Lost: nothing; no page and no keep line loses an article line. The failing cases are strict xfails; with them the
pytest command on the final file in /tmp/wt-s234 gave 68 passed, 9 xfailed, no XPASS.

Measured after round 143 (2026-12-07, lead; the writers of this set and of set 233 worked beside round 143 from its
base, 8c72752; round 143 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 221 222 225 226 229 230 231 232 233 234`` and the set's pytest file): noise
lines removed 42/45 (unchanged), keep lines kept 20/20, pages 6/12 clean, 10 of 240 page noise lines left (was 11), 0 of
120 article lines lost. The French blog's opening caption with a family credit ("Inès et moi dans la Duchesse sur la
cale de mise à l'eau (photo : papa)") now go (round 143's caption closed by a bracketed family credit, read on set 228's
blogs); its reason was reworded. Every other xfail still fails as its reason says.

Measured after round 144 (2026-12-07, lead; round 144 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 240 241 242`` and the set's pytest file): noise lines removed 43/45 (was 42: the expired ZDFmediathek video,
"Dieses Video aus der ZDFmediathek ist abgelaufen und nicht mehr verfügbar.", now goes and its xfail was removed), keep
lines kept 20/20, pages 9/12 clean (was 6), 4 of 240 page noise lines left (was 10), 0 of 120 article lines lost. The
six blogs' numbered tables of contents ("Contents: 1. Building the tub 2. Race day 3. Next year" and its five twins) now
go: the English, French and Polish blogs come clean (their page xfails were removed) (round 144's numbered tables of
contents, read on sets 221/222); the pages' reasons were reworded to what they still keep. Every other xfail still fails
as its reason says.

Measured after round 145 (2026-12-07, lead; round 145 rebased on main, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236
237 238 239 241 243 244 245 246`` and the set's pytest file): noise lines removed 43/45 (unchanged), keep lines kept
20/20, pages 10/12 clean (was 9), 3 of 240 page noise lines left (was 4), 0 of 120 article lines lost. The Italian blog
comes clean (its xfail was removed). The pages' reasons were reworded to what they still keep or lose. Every other xfail
still fails as its reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_234_LINES: list[tuple[str, str, str]] = [
    ('body', 'Because of its privacy settings, this Vimeo video cannot be played here.', 'marker'),
    ('body', 'Datawrapper chart failed to load. Open the chart in a new tab instead.', 'marker'),
    ('body', 'TikTok video unavailable: this post may have been removed or made private.', 'marker'),
    ('body', 'Vidéo Arte indisponible dans votre pays pour des raisons de droits de diffusion.', 'marker'),
    ('body', 'Dieses Video aus der ZDFmediathek ist abgelaufen und nicht mehr verfügbar.', 'marker'),
    ('body', 'Il video di Mediaset Infinity non è più disponibile: i diritti sono scaduti.', 'marker'),
    ('body', 'Odtwarzacz Spreakera: ten odcinek podcastu nie jest już dostępny.', 'marker'),
    ('body', 'Видео из Дзена недоступно: автор запретил показ на сторонних сайтах.', 'marker'),
    ('head', 'Est. read: 4 min', 'reading-time'),
    ('head', "Grab a coffee – this one's an 8-minute read.", 'reading-time'),
    ('head', 'Il vous faudra 5 minutes pour lire cet article.', 'reading-time'),
    ('head', 'Lesedauer: ca. 5 Min.', 'reading-time'),
    ('head', 'Tempo di lettura stimato: 5 min', 'reading-time'),
    ('head', 'Przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Читать 5 минут', 'reading-time'),
    ('head', 'Filed by Marjorie Thwackleton, Chief Reporter', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Reinhild Quaderwalder', 'byline'),
    ('head', 'Servizio a cura di Ottavia Sollevacchi', 'byline'),
    ('head', 'Записала Прасковья Тяжеловозова', 'byline'),
    ('tail', 'If this post made you smile, you can buy me a cuppa on Ko-fi.', 'byline'),
    ('tail', 'My printable bathtub-boat plans are on Gumroad – pay what you like.', 'byline'),
    ('tail', 'Soutenez mes aventures en baignoire sur Tipeee, dès 1 € par mois.', 'byline'),
    ('tail', 'Wesprzyj mnie na Patronite – nawet 5 zł pomaga!', 'byline'),
    ('tail', 'Powered by Ghost · Theme: Casper · Hosted on DigitalOcean', 'footer'),
    ('tail', 'Part of the Pebblethorpe Media network · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Built with Jekyll and the Minima theme · Hosted on GitHub Pages', 'footer'),
    ('tail', 'Blog propulsé par Over-blog · Signaler un abus · CGU', 'footer'),
    ('tail', 'Ein Projekt der Wuchtland Mediengruppe · Barrierefreiheit · Hinweisgebersystem', 'footer'),
    ('tail', 'Editore: Sassoforzi Editoriale Srl · P.IVA 03928170164 · Iscrizione ROC n. 31872', 'footer'),
    ('tail', 'Strona działa na WordPressie · Motyw: Astra · Hosting: LH.pl', 'footer'),
    ('tail', 'Сайт создан на Tilda · Политика обработки персональных данных', 'footer'),
    ('tail', 'Pinned by the author', 'comments'),
    ('tail', 'Be kind: comments that break our community guidelines will be removed.', 'comments'),
    ('tail', "You've reached the end of the comments.", 'comments'),
    ('tail', "Les commentaires sont fermés 30 jours après la publication de l'article.", 'comments'),
    ('tail', 'Kommentare werden erst nach Prüfung durch die Redaktion freigeschaltet.', 'comments'),
    ('tail', "Il tuo commento sarà visibile dopo l'approvazione della redazione.", 'comments'),
    ('tail', 'Dodano 3 nowe komentarze – kliknij, aby je wczytać.', 'comments'),
    ('tail', 'Сначала новые · Сначала старые · Сначала популярные', 'comments'),
    ('tail', 'Tell your neighbours: Nextdoor · WhatsApp · Facebook', 'share'),
    ('tail', 'Teilen auf: WhatsApp · Threema · Xing · E-Mail', 'share'),
    ('tail', 'Prześlij dalej: Messenger · WhatsApp · SMS · Kopiuj link', 'share'),
    ('body',
     'Rectificatif : une version précédente de cet article comportait une erreur sur le nom de la lauréate.',
     'notice'),
    ('body', 'Articolo realizzato con il sostegno della Google News Initiative.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Фонда президентских грантов.', 'notice'),
]
HELD_OUT_234_KEEP: list[tuple[str, str]] = [
    ('head', 'Reading the river before the start, the skipper chose the left bank where the current ran faster.'),
    ('head', 'Comments from the judges were brief: the lift counted because the stone had touched the shoulder.'),
    ('body', 'Follow-up tests showed the winning stone weighed four kilograms more than the programme said.'),
    ('body', 'Subscribers to the parish newsletter had voted for the new river course in February.'),
    ('tail',
     ('Copyright on the photographs of the famous 1911 lift belongs to the town museum, which lent them for the '
      'evening.')),
    ('tail', 'Advertising the contest on hay bales along the main road brought visitors from three counties.'),
    ('tail', "Shares in the old quarry company were once paid out in stone, the museum's curator told the crowd."),
    ('head', "Commentant la victoire, le maire a promis une pierre encore plus lourde pour l'an prochain."),
    ('body', "Partager la baignoire à deux n'est autorisé que dans la catégorie famille."),
    ('tail', "Suivie par près de 800 spectateurs, la finale s'est jouée au tout dernier essai."),
    ('head', 'Abonniert auf den Sieg schien der Titelverteidiger, bis ihm der Stein aus den Händen rutschte.'),
    ('tail', 'Lesen konnte man die Anspannung im Gesicht der Jüngsten, als sie den Stein anhob.'),
    ('tail', 'Werbung für das Fest machte der Verein nur mit Plakaten beim Bäcker und am Rathaus.'),
    ('head', 'Seguire la corrente senza remare troppo è stato il segreto dei vincitori.'),
    ('body', "Iscritti all'ultimo momento, i due fratelli hanno chiuso la regata al terzo posto."),
    ('tail', 'Condivisa tra due famiglie, la vasca più veloce era stata costruita in un garage.'),
    ('head', 'Obserwowany przez całą wieś kowal podniósł kamień trzy razy z rzędu.'),
    ('tail', 'Reklamą zawodów zajęła się szkoła, której uczniowie rozwiesili plakaty w całym powiecie.'),
    ('head', 'Комментируя победу, кузнец сказал, что камень легче, чем кажется со стороны.'),
    ('body', 'Поделившись водой с соперниками, экипаж второй ванны потерял полминуты.'),
]
HELD_OUT_234_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-gritherby-stone-lifting-contest', [
        ['-The Gritherby Standard – news for Gritherby and the dale',
         "-Home | News | Sport | What's On | Farming | Obituaries",
         '-Home › News › Local',
         "+Farmer's daughter lifts the Gritherby stone five times as record crowd cheers"],
        ['-By Hesketh Pindlewarren · Sunday 14 June 2026, 17:05',
         '-3 min read',
         '-Share: Facebook · X · WhatsApp · Email'],
        [('+More than 1,100 people packed the market square on Saturday for the ninth Gritherby stone-lifting '
          'contest, and 31 lifters signed up, more than ever before.'),
         "-The 127-kilogram Miller's Stone on its straw bed in front of the town hall (Photo: Ken Dobbs)",
         ('+The task is simple: lift the round granite stone, which has lain by the old mill since at least 1792, '
          'from the ground to the shoulder as many times as possible in sixty seconds.')],
        ['-Advertisement',
         '-Sponsored: Five stretches every farmer should do before harvest',
         ('+"The stone doesn\'t care how big your muscles are, it cares about your back and your nerve," said '
          'organiser Wilf Cattermoult, who has run the contest since it was revived in 2018.'),
         '-Read also: Gritherby show cancelled for the first time since 1947'],
        ['+How the day went',
         "+11.00: the women's class with the 60-kilogram stone",
         "+13.00: the men's class with the 90-kilogram stone",
         "-Get the Gritherby Standard newsletter – the week's local news every Friday. Sign up",
         "+15.30: the final with the Miller's Stone"],
        [("+The winner was 34-year-old Jodie Hobblestrand, a farmer's daughter from the dale, who brought the "
          "Miller's Stone to her shoulder five times in the minute; no one else managed more than three."),
         "-Video: Watch Jodie's five lifts (1:48)",
         "-Tags: Gritherby, stone lifting, market square, Miller's Stone",
         ('+Next year the organisers plan a youth class with a 30-kilogram stone, and the contest will again be held '
          'on the second Saturday of June.')],
        ['-14 comments',
         '-DaleLass: Brilliant day out, the kids loved it. Well done Jodie!',
         '-↳ Gritherby Standard: Thanks! There are more photos in our gallery.',
         '-↳ DaleLass: Found them, cheers.',
         '-OldQuarryman: Lifted that stone myself in 1979. Heavier than it looks.'],
        ['-Follow us on Facebook and Instagram',
         '-© 2026 The Gritherby Standard · About us · Contact · Privacy · Terms'],
    ]),
    _page('en', 'en-blog-rub-a-dub-regatta-diaries-first-bathtub-race', [
        ['-Rub-a-Dub Regatta Diaries – one woman, one bathtub, one river'],
        ['-Home · The Tub · Races · Shop · About',
         '-Posted on 21 June 2026 by Hattie · 6 comments',
         '+We raced a bathtub down the Severn (and nearly finished dry)',
         '-6 minute read'],
        ['-This post contains affiliate links: if you buy through them, I get a small commission.',
         ('+Last Sunday Gemma and I finally launched the Duchess, the cast-iron bath we bought for £20 in March and '
          'bolted onto four old oil drums, in the Shrewsbury bathtub regatta.'),
         ('+Twenty-seven tubs lined up at the rowing club for a three-kilometre race downstream to the town bridge, '
          'and most of them looked a lot more seaworthy than ours.'),
         '-Contents: 1. Building the tub 2. Race day 3. Next year'],
        [('+At the briefing the chief marshal told us: "Keep the plug in, keep your life jackets on, and if you '
          'sink, just stand up – the river is only waist-deep here."'),
         '-Gemma and me in the Duchess on the slipway (photo: Dad)',
         '-My paddle: a cheap aluminium kayak paddle from Amazon (affiliate link)'],
        ['+Race day in three steps',
         '+9.00: scrutineering on the slipway',
         '+11.00: mass start from the rowing club',
         '+12.10: across the line under the town bridge',
         '-Subscribe by email and never miss a post'],
        [('+We lost a paddle at the second bend and did the last kilometre with one paddle and a frying pan, but we '
          'still came ninth out of twenty-seven.'),
         '+Next year the Duchess gets a proper rudder and a sail, and the regatta is on the first Sunday of July.',
         '-Paddle on, Hattie x',
         "-I make bath-duck fridge magnets from river driftwood – they're in my Etsy shop."],
        ['-Share this: Facebook · Pinterest · WhatsApp',
         '-You might also like: How I waterproofed an old bathtub · 10 things to pack for a river race'],
        ['-6 Replies',
         '-RiverRat_Sue: Loved following this! What did you use for buoyancy?',
         '-Tom from Bewdley: See you on the start line next year.',
         '-↳ Hattie: Sue – four old oil drums and a lot of pool noodles!',
         "-↳ RiverRat_Sue: Genius, I'm stealing that."],
        ['-© 2026 Rub-a-Dub Regatta Diaries · Theme: Neve by Themeisle · Powered by WordPress',
         '-Back to top ↑'],
    ]),
    _page('fr', 'fr-portail-roquebrayac-concours-de-levee-de-pierre', [
        ["-Le Réveil de Roquebrayac – l'info de la ville et du canton",
         '-Accueil | Actualité | Sports | Sortir | Agriculture | Avis de décès',
         '-Accueil › Actualité › Vie locale',
         "+La fille d'un agriculteur soulève cinq fois la pierre de Roquebrayac devant une foule record"],
        ['-Par Armelle Soulagnac · dimanche 14 juin 2026 à 17 h 05',
         '-Lecture : 3 min',
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        [('+Plus de 1 100 personnes se sont pressées samedi sur la place du marché pour le neuvième concours de '
          "levée de pierre de Roquebrayac, et 31 concurrents s'étaient inscrits, un record."),
         '-La pierre du Moulin, 127 kilos, sur son lit de paille devant la mairie (Photo : Joël Vernhes)',
         ("+L'épreuve est simple : soulever la pierre ronde en granit, posée près du vieux moulin depuis au moins "
          "1792, du sol jusqu'à l'épaule, le plus de fois possible en soixante secondes.")],
        ['-Publicité',
         '-Contenu sponsorisé : Cinq étirements à faire avant la moisson',
         ("+« La pierre se moque de la taille de vos muscles, ce qui compte, c'est votre dos et vos nerfs », "
          "explique l'organisateur Gaston Caillebrasse, qui dirige le concours depuis sa relance en 2018."),
         '-À lire aussi : La foire de Roquebrayac annulée pour la première fois depuis 1947'],
        ['+Le déroulé de la journée',
         '+11 h : catégorie féminine avec la pierre de 60 kilos',
         '+13 h : catégorie masculine avec la pierre de 90 kilos',
         "-Recevez notre newsletter : l'actualité locale de la semaine chaque vendredi. Je m'inscris",
         '+15 h 30 : la finale avec la pierre du Moulin'],
        [("+La gagnante, Pauline Galetoux, 34 ans, fille d'agriculteur du canton, a hissé la pierre du Moulin cinq "
          "fois sur son épaule en une minute ; personne d'autre n'a dépassé trois levées."),
         '-Vidéo : Les cinq levées de Pauline (1:48)',
         '-Mots-clés : Roquebrayac, levée de pierre, place du marché, pierre du Moulin',
         ("+L'an prochain, les organisateurs prévoient une catégorie jeunes avec une pierre de 30 kilos, et le "
          'concours aura de nouveau lieu le deuxième samedi de juin.')],
        ['-14 commentaires',
         '-Mamie_Odette : Superbe journée, les petits ont adoré. Bravo Pauline !',
         "-↳ Le Réveil de Roquebrayac : Merci ! D'autres photos sont dans notre galerie.",
         '-↳ Mamie_Odette : Trouvées, merci.',
         "-AncienCarrier : J'ai soulevé cette pierre moi-même en 1979. Plus lourde qu'elle n'en a l'air."],
        ['-Suivez-nous sur Facebook et Instagram',
         '-© 2026 Le Réveil de Roquebrayac · Qui sommes-nous · Contact · Confidentialité · CGU'],
    ]),
    _page('fr', 'fr-blog-baignoire-a-babord-premiere-regate-en-baignoire', [
        ['-Baignoire à Bâbord – une fille, une baignoire, un fleuve'],
        ['-Accueil · La baignoire · Courses · Boutique · À propos',
         '-Publié le 21 juin 2026 par Margaux · 6 commentaires',
         '+On a descendu la Loire en baignoire (et on est presque arrivées au sec)',
         '-6 minutes de lecture'],
        ['-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.',
         ("+Dimanche dernier, Inès et moi avons enfin mis à l'eau la Duchesse, la baignoire en fonte achetée 20 "
          'euros en mars et boulonnée sur quatre vieux bidons, pour la régate de baignoires de Saumur.'),
         ("+Vingt-sept baignoires se sont alignées au club d'aviron pour trois kilomètres de descente jusqu'au pont "
          "de la ville, et la plupart avaient l'air bien plus solides que la nôtre."),
         "-Sommaire : 1. Construire la baignoire 2. Le jour de la course 3. L'an prochain"],
        [('+Au briefing, le commissaire en chef nous a prévenues : « Gardez la bonde, gardez vos gilets, et si vous '
          "coulez, levez-vous : ici, l'eau ne monte qu'à la taille. »"),
         "-Inès et moi dans la Duchesse sur la cale de mise à l'eau (photo : papa)",
         '-Ma pagaie : une pagaie de kayak en aluminium pas chère sur Amazon (lien affilié)'],
        ['+La course en trois temps',
         '+9 h : contrôle technique sur la cale',
         "+11 h : départ groupé du club d'aviron",
         '+12 h 10 : arrivée sous le pont de la ville',
         '-Abonnez-vous par e-mail pour ne rater aucun article'],
        [('+On a perdu une pagaie au deuxième virage et fini le dernier kilomètre avec une pagaie et une poêle à '
          'frire, mais on a quand même terminé neuvièmes sur vingt-sept.'),
         ("+L'an prochain, la Duchesse aura un vrai gouvernail et une voile, et la régate aura lieu le premier "
          'dimanche de juillet.'),
         "-À bientôt sur l'eau, Margaux",
         '-Je fabrique des aimants canards en bois flotté : ils sont dans ma boutique Etsy.'],
        ['-Partager : Facebook · Pinterest · WhatsApp',
         ("-Vous aimerez aussi : Comment j'ai rendu étanche une vieille baignoire · 10 choses à emporter pour une "
          'course sur le fleuve')],
        ['-6 réponses',
         "-Loutre_de_Loire : J'ai adoré suivre l'aventure ! Vous avez utilisé quoi pour flotter ?",
         "-Bastien de Chinon : On se voit sur la ligne de départ l'an prochain.",
         '-↳ Margaux : Quatre vieux bidons et plein de frites de piscine !',
         "-↳ Loutre_de_Loire : Génial, je vous pique l'idée."],
        ['-© 2026 Baignoire à Bâbord · Thème : Neve par Themeisle · Propulsé par WordPress',
         '-Haut de page ↑'],
    ]),
    _page('de', 'de-portal-steinwuchtingen-steinheben', [
        ['-Steinwuchtinger Tagblatt – Nachrichten aus Stadt und Land',
         '-Startseite | Lokales | Sport | Freizeit | Landwirtschaft | Nachrufe',
         '-Startseite › Lokales › Steinwuchtingen',
         '+Bauerntochter stemmt den Steinwuchtinger Stein fünfmal – Rekordkulisse auf dem Marktplatz'],
        ['-Von Jorinde Hebelsberger · Sonntag, 14. Juni 2026, 17:05 Uhr',
         '-Lesezeit 3 Minuten',
         '-Teilen: Facebook · X · WhatsApp · E-Mail'],
        [('+Mehr als 1.100 Menschen drängten sich am Samstag auf dem Marktplatz beim neunten Steinheben von '
          'Steinwuchtingen, und 31 Heber hatten sich angemeldet, so viele wie nie.'),
         '-Der 127 Kilogramm schwere Mühlstein auf seinem Strohbett vor dem Rathaus (Foto: Gerd Amsel)',
         ('+Die Aufgabe ist einfach: den runden Granitstein, der seit mindestens 1792 an der alten Mühle liegt, in '
          'sechzig Sekunden so oft wie möglich vom Boden auf die Schulter zu heben.')],
        ['-Anzeige',
         '-Gesponsert: Fünf Dehnübungen, die jeder Landwirt vor der Ernte machen sollte',
         ('+„Dem Stein ist egal, wie dick deine Muskeln sind, es kommt auf deinen Rücken und deine Nerven an“, sagte '
          'Organisator Alois Findlingmeier, der das Steinheben seit seiner Wiederbelebung 2018 leitet.'),
         '-Lesen Sie auch: Steinwuchtinger Kirmes erstmals seit 1947 abgesagt'],
        ['+So lief der Tag',
         '+11 Uhr: Frauenklasse mit dem 60-Kilo-Stein',
         '+13 Uhr: Männerklasse mit dem 90-Kilo-Stein',
         '-Unser Newsletter: die Lokalnachrichten der Woche jeden Freitag. Jetzt anmelden',
         '+15.30 Uhr: Finale mit dem Mühlstein'],
        [('+Siegerin wurde die 34-jährige Bauerntochter Vroni Wuchtlhuber, die den Mühlstein in der Minute fünfmal '
          'auf die Schulter brachte; niemand sonst schaffte mehr als drei Hebungen.'),
         '-Video: Vronis fünf Hebungen (1:48)',
         '-Schlagwörter: Steinwuchtingen, Steinheben, Marktplatz, Mühlstein',
         ('+Im nächsten Jahr planen die Veranstalter eine Jugendklasse mit einem 30-Kilo-Stein; gehoben wird wieder '
          'am zweiten Samstag im Juni.')],
        ['-14 Kommentare',
         '-Hofkatze77: Toller Tag, die Kinder waren begeistert. Glückwunsch, Vroni!',
         '-↳ Steinwuchtinger Tagblatt: Danke! Weitere Fotos gibt es in unserer Galerie.',
         '-↳ Hofkatze77: Gefunden, danke.',
         '-AlterSteinbrecher: Den Stein habe ich 1979 selbst gehoben. Schwerer, als er aussieht.'],
        ['-Folgen Sie uns auf Facebook und Instagram',
         '-© 2026 Steinwuchtinger Tagblatt · Impressum · Kontakt · Datenschutz · AGB'],
    ]),
    _page('de', 'de-blog-wannenkapitaenin-erste-badewannenregatta', [
        ['-Wannenkapitänin – eine Frau, eine Badewanne, ein Fluss'],
        ['-Start · Die Wanne · Rennen · Shop · Über mich',
         '-Veröffentlicht am 21. Juni 2026 von Fenja · 6 Kommentare',
         '+Wir sind in einer Badewanne den Inn hinuntergefahren (und fast trocken angekommen)',
         '-6 Minuten Lesedauer'],
        ['-Dieser Beitrag enthält Affiliate-Links: Wenn ihr darüber kauft, bekomme ich eine kleine Provision.',
         ('+Letzten Sonntag haben Leni und ich endlich die Herzogin zu Wasser gelassen, die gusseiserne Wanne, die '
          'wir im März für 20 Euro gekauft und auf vier alte Ölfässer geschraubt hatten: bei der Passauer '
          'Badewannenregatta.'),
         ('+Siebenundzwanzig Wannen standen am Ruderclub für drei Kilometer flussabwärts bis zur Stadtbrücke bereit, '
          'und die meisten sahen deutlich seetüchtiger aus als unsere.'),
         '-Inhalt: 1. Der Wannenbau 2. Der Renntag 3. Nächstes Jahr'],
        [('+Bei der Einweisung sagte uns der Oberschiedsrichter: „Stöpsel drin lassen, Schwimmwesten anlassen, und '
          'wer sinkt, steht einfach auf – hier ist der Fluss nur hüfttief.“'),
         '-Leni und ich in der Herzogin an der Slipanlage (Foto: Papa)',
         '-Mein Paddel: ein günstiges Alu-Kajakpaddel von Amazon (Affiliate-Link)'],
        ['+Der Renntag in drei Schritten',
         '+9.00 Uhr: technische Abnahme an der Slipanlage',
         '+11.00 Uhr: Massenstart am Ruderclub',
         '+12.10 Uhr: Zieldurchfahrt unter der Stadtbrücke',
         '-Abonniere den Blog per E-Mail und verpasse keinen Beitrag'],
        [('+In der zweiten Kurve haben wir ein Paddel verloren und den letzten Kilometer mit einem Paddel und einer '
          'Bratpfanne geschafft, trotzdem wurden wir Neunte von siebenundzwanzig.'),
         ('+Nächstes Jahr bekommt die Herzogin ein richtiges Ruder und ein Segel, und die Regatta ist am ersten '
          'Sonntag im Juli.'),
         '-Ahoi, eure Fenja',
         '-Ich mache Badeenten-Kühlschrankmagnete aus Treibholz – ihr findet sie in meinem Etsy-Shop.'],
        ['-Teile diesen Beitrag: Facebook · Pinterest · WhatsApp',
         ('-Das könnte dich auch interessieren: Wie ich eine alte Badewanne abgedichtet habe · 10 Dinge für ein '
          'Flussrennen')],
        ['-6 Antworten',
         '-Flussratte_Sanne: Hab so mitgefiebert! Was habt ihr für den Auftrieb genommen?',
         '-Tobi aus Schärding: Wir sehen uns nächstes Jahr an der Startlinie.',
         '-↳ Fenja: Sanne – vier alte Ölfässer und jede Menge Poolnudeln!',
         '-↳ Flussratte_Sanne: Genial, das klau ich mir.'],
        ['-© 2026 Wannenkapitänin · Theme: Neve von Themeisle · Betrieben mit WordPress',
         '-Nach oben ↑'],
    ]),
    _page('it', 'it-portale-pietravallina-gara-di-sollevamento-della-pietra', [
        ["-L'Eco di Pietravallina – notizie dalla città e dalla valle",
         '-Home | Cronaca | Sport | Eventi | Agricoltura | Necrologi',
         '-Home › Cronaca › Pietravallina',
         '+La figlia di un agricoltore solleva cinque volte la pietra di Pietravallina davanti a una folla record'],
        ['-di Ginevra Macignotti · domenica 14 giugno 2026, ore 17.05',
         '-Lettura: 3 minuti',
         '-Condividi: Facebook · X · WhatsApp · Email'],
        [('+Più di 1.100 persone hanno riempito sabato la piazza del mercato per la nona gara di sollevamento della '
          'pietra di Pietravallina, con 31 iscritti, mai così tanti.'),
         '-La pietra del Mulino, 127 chili, sul suo letto di paglia davanti al municipio (Foto: Bruno Ferretti)',
         ('+La prova è semplice: sollevare la pietra tonda di granito, che giace accanto al vecchio mulino almeno '
          'dal 1792, da terra fino alla spalla il maggior numero di volte in sessanta secondi.')],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: Cinque esercizi di stretching da fare prima della mietitura',
         ('+«Alla pietra non importa quanto sono grossi i tuoi muscoli, contano la schiena e i nervi», ha detto '
          "l'organizzatore Duilio Sassoforzi, che guida la gara da quando è stata ripresa nel 2018."),
         '-Leggi anche: Annullata la sagra di Pietravallina per la prima volta dal 1947'],
        ['+Il programma della giornata',
         '+Ore 11: categoria femminile con la pietra da 60 chili',
         '+Ore 13: categoria maschile con la pietra da 90 chili',
         '-Iscriviti alla newsletter: le notizie locali della settimana ogni venerdì. Iscriviti ora',
         '+Ore 15.30: la finale con la pietra del Mulino'],
        [('+Ha vinto Tosca Alzapietri, 34 anni, figlia di agricoltori della valle, che ha portato la pietra del '
          'Mulino sulla spalla cinque volte in un minuto; nessun altro è andato oltre le tre alzate.'),
         '-Video: Le cinque alzate di Tosca (1:48)',
         '-Tag: Pietravallina, sollevamento della pietra, piazza del mercato, pietra del Mulino',
         ("+L'anno prossimo gli organizzatori pensano a una categoria giovanile con una pietra da 30 chili, e la "
          'gara si terrà di nuovo il secondo sabato di giugno.')],
        ['-14 commenti',
         '-NonnaPina: Bellissima giornata, i bambini si sono divertiti. Brava Tosca!',
         "-↳ L'Eco di Pietravallina: Grazie! Altre foto nella nostra galleria.",
         '-↳ NonnaPina: Trovate, grazie.',
         "-VecchioCavatore: Quella pietra l'ho sollevata anch'io nel 1979. Pesa più di quanto sembri."],
        ['-Seguici su Facebook e Instagram',
         "-© 2026 L'Eco di Pietravallina · Chi siamo · Contatti · Privacy · Termini"],
    ]),
    _page('it', 'it-blog-la-vasca-ribelle-prima-regata-in-vasca-da-bagno', [
        ['-La Vasca Ribelle – una ragazza, una vasca da bagno, un fiume'],
        ['-Home · La vasca · Gare · Negozio · Chi sono',
         '-Pubblicato il 21 giugno 2026 da Nives · 6 commenti',
         '+Abbiamo sceso il Ticino in vasca da bagno (e siamo arrivate quasi asciutte)',
         '-6 minuti di lettura'],
        [('-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
          'commissione.'),
         ('+Domenica scorsa io e Marta abbiamo finalmente varato la Duchessa, la vasca in ghisa comprata a marzo per '
          '20 euro e imbullonata su quattro vecchi fusti, alla regata delle vasche da bagno di Pavia.'),
         ('+Ventisette vasche si sono allineate alla società canottieri per tre chilometri di discesa fino al ponte '
          'della città, e quasi tutte sembravano molto più solide della nostra.'),
         "-Indice: 1. Costruire la vasca 2. Il giorno della gara 3. L'anno prossimo"],
        [('+Al briefing il giudice capo ci ha detto: «Tenete il tappo, tenete i giubbotti e se affondate alzatevi in '
          'piedi: qui il fiume arriva solo alla vita.»'),
         '-Io e Marta nella Duchessa sullo scivolo (foto: papà)',
         '-La mia pagaia: una pagaia da kayak in alluminio economica su Amazon (link di affiliazione)'],
        ['+La gara in tre tappe',
         '+Ore 9: verifiche tecniche sullo scivolo',
         '+Ore 11: partenza in massa dalla società canottieri',
         '+Ore 12.10: arrivo sotto il ponte della città',
         '-Iscriviti via email per non perdere nessun post'],
        [("+Al secondo gomito abbiamo perso una pagaia e fatto l'ultimo chilometro con una pagaia e una padella, ma "
          'siamo arrivate comunque none su ventisette.'),
         "+L'anno prossimo la Duchessa avrà un vero timone e una vela, e la regata sarà la prima domenica di luglio.",
         '-Alla prossima pagaiata, Nives',
         '-Faccio calamite a forma di paperella con il legno del fiume: le trovi nel mio negozio Etsy.'],
        ['-Condividi: Facebook · Pinterest · WhatsApp',
         ('-Potrebbe interessarti anche: Come ho impermeabilizzato una vecchia vasca · 10 cose da portare a una gara '
          'sul fiume')],
        ['-6 risposte',
         '-Lontra_del_Ticino: Che avventura! Cosa avete usato per galleggiare?',
         "-Luca da Vigevano: Ci vediamo sulla linea di partenza l'anno prossimo.",
         '-↳ Nives: Quattro vecchi fusti e un sacco di tubi da piscina!',
         "-↳ Lontra_del_Ticino: Geniale, vi rubo l'idea."],
        ['-© 2026 La Vasca Ribelle · Tema: Neve di Themeisle · Realizzato con WordPress',
         '-Torna su ↑'],
    ]),
    _page('pl', 'pl-portal-kamieniszczyce-zawody-w-podnoszeniu-kamienia', [
        ['-Gazeta Kamieniszczycka – wiadomości z miasta i gminy',
         '-Strona główna | Wiadomości | Sport | Kultura | Rolnictwo | Nekrologi',
         '-Strona główna › Wiadomości › Kamieniszczyce',
         '+Córka rolnika pięć razy podniosła kamień z Kamieniszczyc. Rekordowa publiczność na rynku'],
        ['-Jadwiga Podnośnicka · niedziela, 14 czerwca 2026, 17:05',
         '-Czas czytania: 3 min',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail'],
        [('+W sobotę ponad 1100 osób wypełniło rynek na dziewiątych zawodach w podnoszeniu kamienia w '
          'Kamieniszczycach, a zgłosiło się 31 zawodników, więcej niż kiedykolwiek.'),
         '-Kamień Młyński, 127 kilogramów, na słomie przed ratuszem (fot. Marek Wróbel)',
         ('+Zadanie jest proste: okrągły granitowy kamień, który leży przy starym młynie co najmniej od 1792 roku, '
          'trzeba w ciągu sześćdziesięciu sekund jak najwięcej razy podnieść z ziemi na ramię.')],
        ['-Reklama',
         '-Artykuł sponsorowany: Pięć ćwiczeń rozciągających przed żniwami',
         ('+– Kamieniowi jest obojętne, jakie masz mięśnie. Liczą się plecy i nerwy – mówi organizator Henryk '
          'Głazodźwig, który prowadzi zawody od ich wznowienia w 2018 roku.'),
         '-Przeczytaj też: Odpust w Kamieniszczycach odwołany po raz pierwszy od 1947 roku'],
        ['+Program dnia',
         '+Godz. 11: kategoria kobiet z kamieniem 60 kg',
         '+Godz. 13: kategoria mężczyzn z kamieniem 90 kg',
         '-Zapisz się do newslettera: lokalne wiadomości tygodnia w każdy piątek. Zapisuję się',
         '+Godz. 15.30: finał z Kamieniem Młyńskim'],
        [('+Wygrała 34-letnia Kamila Dźwignikowa, córka rolnika z gminy, która w ciągu minuty pięć razy zarzuciła '
          'Kamień Młyński na ramię; nikt inny nie zrobił więcej niż trzech podniesień.'),
         '-Wideo: Pięć podniesień Kamili (1:48)',
         '-Tagi: Kamieniszczyce, podnoszenie kamienia, rynek, Kamień Młyński',
         ('+W przyszłym roku organizatorzy planują kategorię młodzieżową z kamieniem 30 kg, a zawody znów odbędą się '
          'w drugą sobotę czerwca.')],
        ['-14 komentarzy',
         '-Babcia_Hela: Wspaniały dzień, dzieci były zachwycone. Brawo Kamila!',
         '-↳ Gazeta Kamieniszczycka: Dziękujemy! Więcej zdjęć w naszej galerii.',
         '-↳ Babcia_Hela: Znalazłam, dziękuję.',
         '-StaryKamieniarz: Sam podniosłem ten kamień w 1979 roku. Cięższy, niż wygląda.'],
        ['-Obserwuj nas na Facebooku i Instagramie',
         '-© 2026 Gazeta Kamieniszczycka · O nas · Kontakt · Prywatność · Regulamin'],
    ]),
    _page('pl', 'pl-blog-wanna-przez-wisle-pierwsze-regaty-wann', [
        ['-Wanną przez Wisłę – jedna dziewczyna, jedna wanna, jedna rzeka'],
        ['-Start · Wanna · Wyścigi · Sklep · O mnie',
         '-Opublikowano 21 czerwca 2026 przez Olę · 6 komentarzy',
         '+Spłynęłyśmy Wisłą w wannie (i prawie dopłynęłyśmy suche)',
         '-6 minut na przeczytanie'],
        ['-Ten wpis zawiera linki afiliacyjne: jeśli kupisz przez nie, dostanę niewielką prowizję.',
         ('+W ostatnią niedzielę razem z Kasią wreszcie zwodowałyśmy Księżną, żeliwną wannę kupioną w marcu za 80 zł '
          'i przykręconą do czterech starych beczek, na toruńskich regatach wann.'),
         ('+Dwadzieścia siedem wann ustawiło się przy klubie wioślarskim do trzech kilometrów spływu aż do mostu w '
          'mieście, a większość wyglądała na dużo solidniejsze od naszej.'),
         '-Spis treści: 1. Budowa wanny 2. Dzień wyścigu 3. Za rok'],
        [('+Na odprawie główny sędzia powiedział nam: – Trzymajcie korek, nie zdejmujcie kamizelek, a jak '
          'zatoniecie, po prostu wstańcie, tu rzeka jest tylko do pasa.'),
         '-Ja i Kasia w Księżnej na slipie (fot. tata)',
         '-Moje wiosło: tanie aluminiowe wiosło kajakowe z Allegro (link afiliacyjny)'],
        ['+Wyścig w trzech krokach',
         '+9.00: odbiór techniczny na slipie',
         '+11.00: wspólny start spod klubu wioślarskiego',
         '+12.10: meta pod mostem w mieście',
         '-Zapisz się, by dostawać nowe wpisy mailem'],
        [('+Na drugim zakręcie zgubiłyśmy wiosło i ostatni kilometr przepłynęłyśmy z jednym wiosłem i patelnią, a '
          'mimo to byłyśmy dziewiąte na dwadzieścia siedem.'),
         '+Za rok Księżna dostanie prawdziwy ster i żagiel, a regaty odbędą się w pierwszą niedzielę lipca.',
         '-Do zobaczenia na wodzie, Ola',
         '-Robię magnesy na lodówkę w kształcie kaczuszek z drewna z rzeki – znajdziesz je w moim sklepie na Etsy.'],
        ['-Udostępnij: Facebook · Pinterest · WhatsApp',
         '-Może cię też zainteresować: Jak uszczelniłam starą wannę · 10 rzeczy, które warto zabrać na spływ'],
        ['-6 odpowiedzi',
         '-Wydra_z_Wisły: Super się to czytało! Czego użyłyście do wyporności?',
         '-Bartek z Ciechocinka: Do zobaczenia na starcie za rok.',
         '-↳ Ola: Czterech starych beczek i mnóstwa makaronów do pływania!',
         '-↳ Wydra_z_Wisły: Genialne, podkradam pomysł.'],
        ['-© 2026 Wanną przez Wisłę · Motyw: Neve od Themeisle · Napędzane przez WordPress',
         '-Do góry ↑'],
    ]),
    _page('ru', 'ru-portal-valunetsk-podnyatie-kamnya', [
        ['-«Валунецкий вестник» – новости города и района',
         '-Главная | Новости | Спорт | Афиша | Село | Некрологи',
         '-Главная › Новости › Валунецк',
         '+Дочь фермера пять раз подняла валунецкий камень на глазах у рекордной толпы'],
        ['-Алевтина Глыбоносова · воскресенье, 14 июня 2026, 17:05',
         '-Время чтения: 3 мин',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp'],
        [('+В субботу более 1100 человек заполнили рыночную площадь на девятых соревнованиях по поднятию камня в '
          'Валунецке, а заявку подал 31 участник – больше, чем когда-либо.'),
         '-Мельничный камень весом 127 килограммов на соломе перед администрацией (Фото: Иван Грачёв)',
         ('+Задача простая: круглый гранитный камень, который лежит у старой мельницы как минимум с 1792 года, нужно '
          'за шестьдесят секунд как можно больше раз поднять с земли на плечо.')],
        ['-Реклама',
         '-Партнёрский материал: Пять упражнений на растяжку перед уборочной',
         ('+«Камню всё равно, какие у тебя мышцы, важны спина и нервы», – сказал организатор Прохор Каменюкин, '
          'который проводит соревнования с их возрождения в 2018 году.'),
         '-Читайте также: Ярмарку в Валунецке впервые с 1947 года отменили'],
        ['+Как прошёл день',
         '+11:00 – женская категория с камнем 60 кг',
         '+13:00 – мужская категория с камнем 90 кг',
         '-Подпишитесь на рассылку: местные новости недели каждую пятницу. Подписаться',
         '+15:30 – финал с Мельничным камнем'],
        [('+Победила 34-летняя Евдокия Валунищева, дочь фермера из района: за минуту она пять раз подняла Мельничный '
          'камень на плечо, никто другой не сделал больше трёх подъёмов.'),
         '-Видео: пять подъёмов Евдокии (1:48)',
         '-Теги: Валунецк, поднятие камня, рыночная площадь, Мельничный камень',
         ('+В следующем году организаторы планируют юношескую категорию с камнем 30 кг, а соревнования снова пройдут '
          'во вторую субботу июня.')],
        ['-14 комментариев',
         '-Баба_Шура: Прекрасный день, дети в восторге. Молодец, Евдокия!',
         '-↳ «Валунецкий вестник»: Спасибо! Больше фото в нашей галерее.',
         '-↳ Баба_Шура: Нашла, спасибо.',
         '-СтарыйКаменотёс: Сам поднимал этот камень в 1979 году. Тяжелее, чем кажется.'],
        ['-Подписывайтесь на нас во ВКонтакте и Telegram',
         '-© 2026 «Валунецкий вестник» · О нас · Контакты · Конфиденциальность · Правила'],
    ]),
    _page('ru', 'ru-blog-vanna-na-farvatere-pervaya-regata-vann', [
        ['-«Ванна на фарватере» – одна девушка, одна ванна, одна река'],
        ['-Главная · Ванна · Гонки · Магазин · Обо мне',
         '-Опубликовано 21 июня 2026 · Тася · 6 комментариев',
         '+Мы спустились по Оке в ванне (и почти доплыли сухими)',
         '-6 минут на прочтение'],
        ['-В этом посте есть партнёрские ссылки: если вы купите по ним, я получу небольшую комиссию.',
         ('+В прошлое воскресенье мы с Лизой наконец спустили на воду «Герцогиню» – чугунную ванну, купленную в '
          'марте за 2000 рублей и прикрученную к четырём старым бочкам, – на калужской регате ванн.'),
         ('+Двадцать семь ванн выстроились у гребного клуба, чтобы пройти три километра вниз по течению до '
          'городского моста, и почти все выглядели куда надёжнее нашей.'),
         '-Содержание: 1. Строим ванну 2. День гонки 3. В следующем году'],
        [('+На брифинге главный судья сказал нам: «Пробку не вынимать, жилеты не снимать, а если утонете – просто '
          'встаньте: здесь река по пояс».'),
         '-Мы с Лизой в «Герцогине» на слипе (фото: папа)',
         '-Моё весло: недорогое алюминиевое байдарочное весло с Ozon (партнёрская ссылка)'],
        ['+Гонка в трёх шагах',
         '+9:00 – техосмотр на слипе',
         '+11:00 – общий старт у гребного клуба',
         '+12:10 – финиш под городским мостом',
         '-Подпишитесь на рассылку, чтобы не пропустить новые посты'],
        [('+На втором повороте мы потеряли весло и последний километр шли с одним веслом и сковородкой, но всё равно '
          'стали девятыми из двадцати семи.'),
         '+В следующем году у «Герцогини» будет настоящий руль и парус, а регата пройдёт в первое воскресенье июля.',
         '-До встречи на воде, Тася',
         '-Делаю магниты-уточки из речного топляка – они в моём магазине на Ярмарке Мастеров.'],
        ['-Поделиться: ВКонтакте · Pinterest · Telegram',
         '-Вам может понравиться: Как я загерметизировала старую ванну · 10 вещей, которые стоит взять на сплав'],
        ['-6 ответов',
         '-Выдра_с_Оки: Так интересно было следить! Что вы использовали для плавучести?',
         '-Дима из Алексина: Увидимся на старте в следующем году.',
         '-↳ Тася: Четыре старые бочки и куча аквапалок!',
         '-↳ Выдра_с_Оки: Гениально, забираю идею.'],
        ['-© 2026 «Ванна на фарватере» · Тема: Neve от Themeisle · Работает на WordPress',
         '-Наверх ↑'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Be kind: comments that break our community guidelines will be removed.':
        ('an English be-kind comment-rules line ("Be kind: comments that break our community guidelines will be '
         'removed.") is left at the foot'),
    "You've reached the end of the comments.":
        'an English end-of-the-comments line ("You\'ve reached the end of the comments.") is left at the foot',
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-blog-wannenkapitaenin-erste-badewannenregatta':
        ('the German bathtub regatta blog post keeps the subscribe-by-email prompt ("Abonniere den Blog per '
         'E-Mail und verpasse keinen Beitrag") closing the list block under the third row (1 of 20 noise '
         'lines); no article line is lost'),
    'ru-blog-vanna-na-farvatere-pervaya-regata-vann':
        ('the Russian bathtub regatta blog post keeps the blog name with its tagline ("«Ванна на фарватере» – '
         'одна девушка, одна ванна, одна река") alone in a block at the very top and the menu ("Главная · '
         'Ванна · Гонки · Магазин · Обо мне") at the top of the block with the title (2 of 20 noise lines); no'
         ' article line is lost'),
}

test_held_out_234_line, test_held_out_234_line_is_kept, test_held_out_234_page = held_out_tests(
    HELD_OUT_234_LINES, HELD_OUT_234_KEEP, HELD_OUT_234_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
