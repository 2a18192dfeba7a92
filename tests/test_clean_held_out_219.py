"""Held-out set 219: written blind, weighted toward the noise the cleaner exists for, in shapes set 218's docstring does
not name (nor the first paragraphs of sets 215, 216 and 217): scraper, embed and ad markers, all in the body (an English
Google Forms form that no longer accepts responses, with the contact-the-owner line "Google Forms: this form is no
longer accepting responses. Try contacting the owner of the form if you think this is a mistake.", an English Strava
activity whose route map is private "This Strava activity is private, so its embedded route map cannot be shown.", an
English Komoot tour caught while loading, asking for functional cookies "Loading the Komoot tour… If the map does not
appear, please accept functional cookies in the privacy settings.", a French ARTE video whose broadcast window has ended
"La vidéo ARTE intégrée n'est plus disponible : sa période de diffusion est terminée.", a German Opinary poll that has
closed "Die eingebundene Opinary-Umfrage ist beendet und kann nicht mehr angezeigt werden.", an Italian RaiPlay item
that has expired "Il contenuto di RaiPlay incorporato è scaduto e non è più disponibile.", a Polish Player.pl clip for
Premium subscribers only "Materiał z Player.pl jest dostępny tylko dla abonentów pakietu Premium." and a Russian Rutube
player that timed out "Не удалось загрузить плеер Rutube: превышено время ожидания."); reading-time headers in new
wordings, all at the head (the English time-to-read label "Time to read: 5 minutes", a blog's you'll-get-through-this
line "You'll get through this one in about 7 minutes.", the French minutes-of-reading label "5 min de lecture", the
German time-for-reading label "Zeit zum Lesen: 5 Minuten", the Italian read-in label "Leggi in 5 minuti", the Polish
reading-time label with "ok." "Czas czytania: ok. 5 min" and the Russian reading-time label "Время чтения: 5 минут");
bylines and self-promotion (an English filed-by byline for a news service "Filed by Rosamund Sledgecombe for the Vale
News Service", an English contributed-by byline with the writer's club role "Contributed by Jeremiah Spindlecote,
secretary of the Cartlebury Soapbox Club", a German two-author byline "Von Gundula Kurbelsteg und Ewald Rollbrettinger"
and an Italian edited-by credit "A cura di Ottavina Discesotti", all at the head, and at the foot an English Folksy
starter-kits plug with free postage "My punch needle starter kits (frame, needle, monk's cloth and yarn) are on Folksy,
with free UK postage.", a French Un grand marché cushions plug with pick-up-point delivery "Mes coussins brodés au punch
needle sont en vente sur Un grand marché, livraison en point relais.", a Polish Pakamera.pl cushions-and-kits plug
"Gotowe poduszki i zestawy do punch needle znajdziecie w moim sklepie na Pakamera.pl." and a Russian Yarmarka Masterov
kits plug with Russian Post delivery "Наборы для ковровой вышивки продаю на Ярмарке Мастеров, отправка Почтой России.");
blog and site footers, all at the foot (an English Blogger theme credit with the theme-images line "Watermark theme.
Theme images by Michael Elkan. Powered by Blogger.", an English IMPRESS regulation line "This site is regulated by
IMPRESS, the independent monitor for the press.", an English Craft CMS and Krystal credit with the sitemap "Built on
Craft CMS · Hosted by Krystal · Sitemap", a French legal-notice line with o2switch hosting and the cookie settings
"Mentions légales · Hébergeur : o2switch, Clermont-Ferrand · Gestion des cookies", a German Jimdo credit with the cookie
policy "Erstellt mit Jimdo · Cookie-Richtlinie · Datenschutz", an Italian Aruba.it hosting line with the privacy and
cookie links "Sito ospitato da Aruba.it · Informativa sulla privacy · Preferenze cookie", a Polish WebWave and home.pl
credit with the cookie policy "Strona stworzona w WebWave · Hosting: home.pl · Polityka cookies" and a Russian 1C-Bitrix
and REG.RU credit with the site map "Сайт работает на 1С-Битрикс · Хостинг REG.RU · Карта сайта"); reader-comment
furniture, all at the foot (the English WordPress notify-me checkbox label "Notify me of follow-up comments by email.",
the English WordPress save-my-name checkbox label "Save my name, email, and website in this browser for the next time I
comment.", an English be-the-first prompt "Be the first to comment.", a French subscribers-only note "Les commentaires
sont réservés aux abonnés.", a German shortened-by-the-editors note "Dieser Kommentar wurde von der Redaktion gekürzt.",
an Italian show-3-more-replies link "Mostra altre 3 risposte", a Polish comments-are-their-authors'-opinions disclaimer
"Wszystkie komentarze są wyrazem opinii ich autorów, nie redakcji." and a Russian confirm-your-phone-number prompt
"Чтобы оставить комментарий, подтвердите номер телефона."); share rows, all at the foot (a French
share-with-your-loved-ones row with Bluesky and SMS "Partagez cet article avec vos proches : WhatsApp · Bluesky · SMS",
an Italian share-on row with Bluesky and Mastodon "Condividi su Bluesky · Mastodon · Copia il link" and a Polish share
row with Wykop "Podziel się: Facebook · X · Wykop · Kopiuj link"); and notices (an English timed update note "Update,
4.15pm: this article has been amended to include the final race times." and a German transparency note about the
author's club membership "Transparenzhinweis: Die Autorin ist Mitglied im veranstaltenden Verein.", both in the body,
and a Russian prepared-with-the-support-of-a-grant-fund note "Материал подготовлен при поддержке Фонда президентских
грантов." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 218's docstring does not
describe (on the six portal pages, in ten blocks, the section menu and the masthead with its tagline in a block of two
at the very top, the menu first; a breadcrumb alone in a block of one; the title at the top of a block of four with the
byline, the date line and the reading time under it; the first paragraph last in a block of three, under the lead
photo's caption and its credit (a line of its own); the second paragraph and the paragraph with the quote at the two
ends of a block of three with a read-more link between them; the subheading and the three rows with an advertisement
label between the second and third rows, inside the list block (a block of five); the two last paragraphs at the two
ends of a block of three with a share row between them; a newsletter prompt alone in a block of one; a thread of six
lines alone in a block (a comment count, a reader's comment, the paper's arrowed reply to it, a second reader's comment,
a third reader's arrowed reply to it and a load-more link); and at the foot a links row and the publisher's copyright
line in a block of two; on the six blog pages, in ten blocks, the blog name with its tagline and the menu in a block of
two at the very top, the name first; the title last in a block of three, under the posted-on-by line (with the comment
count) and the reading time; an affiliate-links disclosure above the first paragraph, in its block (a block of two, the
paragraph last); the opening photo's caption and a pin-it prompt alone in a block of two; the second paragraph and the
paragraph with the quote alone in a block of two; the subheading and the three rows with an affiliate kit link between
the subheading and the first row, inside the list block (a block of five, the link second); the two last paragraphs at
the two ends of a block of three with the finished cushion's photo caption between them; the author's sign-off, a plug
for her pattern and starter kit and a subscribe prompt alone in a block of three; a thread of six lines alone in a block
(a comments heading with its count quoting the post's title, a comment, the author's arrowed reply, a second comment,
another reader's arrowed reply to it and the author's arrowed reply); and at the foot an older-and-newer-post row and
the author's copyright line with the theme and platform credit in one line, in a block of two), taken from local news of
a soapbox derby back on a town's hill street after six years (some forty home-built carts, the street closed from 8am,
about three thousand onlookers, the chief marshal's quote on brake and steering checks, junior heats, a fancy-dress run
and timed finals, the fastest run over 400 metres, the entry fees for the Scouts' minibus) in six invented towns, and
from six hobby blogs on a first punch needle cushion cover (three overlapping circles drawn on the cloth, a
gripper-strip frame, an adjustable needle at loop height 3, chunky wool, the background filled in curved rows, latex on
the back and a linen back with a zip).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 218 but what is named here), held-out set 220 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 218 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 215, 216 and 217, printed with one ast script
(/tmp/s219scratch/readallowed.py, docstrings split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s219scratch/insp.py, with /tmp/wt-s219/src and /tmp/wt-s219/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of it was read in the worktree
/tmp/wt-s219 (detached at the brief's commit). The English fixture file itself was not opened. The import lines and the
line binding the three tests follow set 218's as printed, with 218 -> 219; /tmp/s219scratch/gen219.py writes this file
from scratch files (data219.py with the noise and keep lines, pages219.py with the pages, doc_*.txt with the docstring's
paragraphs and, after the measurement, tables219.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s219, detached at commit
da6ef2ba24ddde1d31fd7668865f6e0237877efd, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 14:18:23 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 14:18:25 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed da6ef2ba24ddde1d31fd7668865f6e0237877efd (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched
afterwards. A plain ``ls`` of the two new worktrees' top folders (piped to ``head``) was run to see that they exist; it
listed README.md, benchmarks, configs, docs, pyproject.toml, scripts, src and tests of the first by name only, nothing
was opened. (2) readallowed.py first printed to the terminal, which the tool cut in the middle (it showed the start, up
to inside set 216's first paragraph, and the end, from inside set 218's Slips and notes paragraph on, all allowed
parts); the second run went to /tmp/s219scratch/allowed.txt, of which I paged lines 125 to 420 with ``sed`` in two
pieces; nothing else of any set file was printed. (3) The default python already had the project's dependencies: the
inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That import loads the
cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
used for a held-out marker here is named in them (Google Forms, Strava, Komoot, ARTE, Opinary, RaiPlay, Player.pl,
Rutube), and the failures are of kinds not named there (a closed form, a private activity, a functional-cookies prompt
while loading, an ended broadcast window, a closed poll, an expired item, a subscription tier, a player time-out); the
reading times avoid the phrasings named there (no "Average read", "Long read", "Durée de lecture", "Temps de lecture
estimé", "Lecture :", "Lesezeit", "Lesedauer", "Lettura da", "minuti di lettura", "Tempo stimato di lettura", "Tempo di
lettura stimato", "minut czytania", "Lektura na", "Szacowany czas lektury", "Przeczytanie zajmie", "Прочитаете за",
"Читается за", "На чтение уйдёт" or "Чтение займёт"; the new ones are "Time to read:", a you'll-get-through-this line,
"min de lecture", "Zeit zum Lesen", "Leggi in", "Czas czytania" and "Время чтения"); the bylines are of new shapes
(filed-by for a news service, contributed-by with a club role, a two-author "Von ... und ...", an Italian "A cura di")
and the plugs name marketplaces not named there (Folksy, Un grand marché, Pakamera.pl, Ярмарка Мастеров); the footers
use credits, hosts and legal lines not named there (a Blogger theme-images credit, IMPRESS, Craft CMS with Krystal,
French legal notices with o2switch, Jimdo, Aruba.it, WebWave with home.pl, 1С-Битрикс with REG.RU); the comment lines
(two WordPress checkbox labels, a be-the-first prompt, a subscribers-only note, a shortened-by-the-editors note, a
show-more-replies link, an opinions-of-their-authors disclaimer, a phone-confirmation prompt), share rows (with Bluesky,
SMS, Mastodon and Wykop) and notices (a timed update, a transparency note, a grant-fund support note) are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from those of sets 215 to 218 (see the first paragraph). (5) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Cartlebury, Gravelhythe (and
"Gravelhythe Gazette", in the end not used), Kerbwright, Spokesley, Sledgecombe, Spindlecote, "Hester's Hooked
Evenings", Roulebrune, Caissebonne, Roulandeau, Charronnet, "Boucles d'Odile", Kistenbühl, Achsbrunner, Bremskötter,
Kistlinger, Kurbelsteg, Rollbrettinger, Schlaufenstube, Rotolaccio, Frenabue, Sterzalupi, Rotellazzi, Discesotti,
"Ricciolo di Bice", Zjazdowo, Zjazdowska, Kółkowska, Hamulczak, Szprychalsk, "Pętelki u Zosi", Скатогорск, Колесопятов,
Тормозилин, Самокатовых and "Петельки у Вари". Dropped for hits: Axlethorpe (inside a test's invented name), "The Looped
Pile" (a phrase of towel pages), Achsenmeier (inside a surname), Kurbelhaus and Lenkradt (inside German words and
identifiers), Schlaufenwerk (inside German words), Kistenbrück (inside a word of a game), Ruzzolone, Spingardi, Ruotini
and Carrettoni (words, real surnames or identifiers), Kołodziejak (a real surname), Катилов (inside real surnames),
Тормозова, Тележкин and Самокатова (real surnames or test data), Спускова (inside a Russian word), Trundlewick (in
invented-name lists), Cobblethwaite (in a list of names), "Loop and Hessian" (a phrase of papers) and Pedałowsk (in a
word list) -- the replacements are the checked names above. Bloggers are given by first name only (Hester, Odile,
Britta, Bice, Zosia, Варя), as are the first names of the bylines and quoted people, the commenters as first names with
an initial or a place, or as handles (hillwalker58, Mags_T, Monique_R, Pierrot71, Kistenfan, Marisa_62,
kibic_ze_Stromej, Ольга_К), and were not checked; "The Cartlebury Clarion", "Cartlebury Soapbox Club", "L'Écho de
Roulebrune", "Kistenbühler Bote", "La Voce di Rotolaccio", "Gazeta Zjazdowska", «Скатогорский вестник» and the surname
Колесопятова are formed from checked names. Real services, platforms, shops, hosts and places (Folksy, Etsy, Blogger,
Craft CMS, Krystal, o2switch, Clermont-Ferrand, Jimdo, Aruba.it, WebWave, home.pl, 1С-Битрикс, REG.RU, Michael Elkan of
Blogger's Watermark theme, WordPress and its themes and the like) are named as real pages do. (6) A script
(/tmp/s219scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats and that no line holds an at-sign, that each page has 10
article and 20 noise lines; a second script checked the counts by category, language and place; the first run of each
found nothing to fix (while writing I had already named the German paper "Bote", since the ad label "Anzeige" would sit
inside a paper named "Anzeiger", and had given the Polish and Russian portals' footers "reklamodawców" and
"Рекламодателям", which do not hold the ad labels "Reklama" and "Реклама"). gen219.py checks that no line of the file is
over 120 columns and that it holds no at-sign, and the lists and pages of the written file were imported back and found
equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one shell call at 14:25:53 UTC by
``date``, with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) and (8) (the
measured copy is kept as /tmp/s219scratch/pre_measure_copy.py); pytest printed 19 failed, 58 passed and no XPASS, and
the report is copied in the Baseline paragraph. problems.py (/tmp/s219scratch, importing the copy in /tmp/wt-s219/tests
with /tmp/wt-s219/src on the path) then printed ``_problems`` of each failing case: the seven lines and the twelve pages
of the tables; every problem is a kept noise line ("kept boilerplate"); no article line of a page is lost, no keep line
is lost and no problem of another kind (no unreported removal, no range or offset problem) was printed. The cleaned text
itself was not printed. The tables were written from that output (make_tables.py writes tables219.py, which gen219.py
puts into this file); make_tables.py checked that every key of the tables is a failing line or page of that output and
that each page's reason quotes every noise line the output names for it and gives the count the report counts left, and
verify.py checked the final file again; the final file was checked with the pytest command in /tmp/wt-s219 (see the
Baseline paragraph). (8) Clock: ``date`` printed 14:18:23 at the start, 14:25:53 at the measurement and 14:27 when the
tables and the Baseline paragraph were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comment was sought from the county council ...", "Sharing a single set of pram wheels ...", "Following the rain ...",
"Subscriptions from local businesses ...", "Copyright in the derby's name ...", "Advertising on the carts ...", "Reading
the gradient survey ...", "Suivre la course ...", "Commentant la course ...", "Partager la rue ...", "Teilen sich zwei
Kinder ...", "Kommentare der Anwohner ...", "Werbeflächen an den Strohballen ...", "Condividere la discesa ...",
"Seguendo il percorso ...", "Commenti entusiasti ...", "Udostępnienie ulicy ...", "Reklamy na bolidach ...", "Подписка
на городскую рассылку ..." and "Комментируя итоги ..."): each is a full sentence with a subject, a verb and a fact of a
local story, so article ("Comment was sought" opens like a comments heading but reports that the council did not answer;
"Following the rain" opens like a follow prompt but says when the gutters were swept; "Subscriptions from local
businesses" opens like a subscribe prompt but says who paid for the bales; "Copyright in the derby's name" opens like a
copyright footer but says who holds the name; "Reading the gradient survey" opens like a reading-time label but quotes
the marshal; "Suivre la course" opens like a follow prompt but is the residents' balcony tradition; "Teilen sich" opens
like a share row but is a race rule; "Werbeflächen" opens like an ad label but says who bought the space; "Udostępnienie
ulicy" opens like the Polish share word but is about the road closure permit; "Reklamy na bolidach" opens like the
Polish ad label but is a race rule; "Подписка" opens like a subscribe prompt but says how the volunteers were found;
"Комментируя" opens like a comments heading but quotes the judge). Borderline categories: the plugs (Folksy, Un grand
marché, Pakamera.pl, Ярмарка Мастеров) are bylines and self-promotion, at the foot, since they sell the author's wares
in the author's voice; the filed-by and contributed-by lines, the German two-author line and the Italian "A cura di" are
bylines at the head; the Blogger theme-images line, the IMPRESS line and the French legal-notice line are footers (they
speak of the platform, the regulator or the publisher, not of the article); the two WordPress checkbox labels, the
be-the-first prompt, the subscribers-only note, the shortened-by-the-editors note, the show-more-replies link, the
opinions disclaimer and the phone-confirmation prompt are comment furniture (they sit with the reader comments); the
English update note and the German transparency note are notices in the body, and the Russian grant-fund note a notice
at the foot (all three speak of the article they sit in); the Komoot line is a marker (it is what an embed leaves while
it waits for consent), though it reads as an instruction, and so is the Google Forms line with its contact-the-owner
sentence. On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (menus, mastheads with
taglines, breadcrumbs, bylines, date lines, reading times, captions and photo credits, read-more links, ad labels, share
rows, newsletter prompts, comment counts and headings, comments and replies, load-more links, links rows, copyright
lines, blog names, posted-on lines, affiliate disclosures and links, pin-it prompts, sign-offs, shop plugs, subscribe
prompts and older-and-newer-post rows) is noise. The list rows (the junior heats, the fancy-dress run and the timed
finals on the portals; the frame and cloth, the needle and the wool on the blogs) are short but part of each article, so
article; the list headings ("How the day ran", "What you'll need" and the like) are the articles' subheadings, so
article; the portals' advertisement labels are noise though they sit between the second and third list rows; the
portals' captions and photo credits are noise though they open the block of the first paragraph; the portals' read-more
links are noise though they sit between two paragraphs; the portals' share rows are noise though they sit between the
two last paragraphs; the blogs' affiliate disclosures are noise though they open the block of the first paragraph; the
blogs' affiliate kit links are noise though they sit between the subheading and the first list row; the blogs' second
photo captions (the cushion on the sofa) are noise though they sit between the two last paragraphs and read like a
sentence of the post; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, Italian and Polish and notice in English, German and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and an Italian one), body 10 (the eight markers and two
notices: English and German), tail 24 (four plugs: an English, a French, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-cartlebury-soapbox-derby (forty-one
home-built carts down Steeple Rise in Cartlebury's derby, back after six years, some 3,000 onlookers, two carts turned
away at the brake checks, the Spokesley family's cart fastest over 400 metres in 41.6 seconds, £2,300 for the Scouts'
minibus), en-blog-hesters-hooked-evenings-punch-needle-cushion (a first punch needle cushion cover: three overlapping
circles in mustard, rust and cream, a gripper-strip frame, loop height 3, nine evenings of background, latex and a linen
back with a zip), fr-portail-roulebrune-derby-de-caisses-a-savon (thirty-eight caisses à savon down the rue de la
Côte-Raide in Roulebrune, 2 100 euros for the scouts), fr-blog-les-boucles-d-odile-housse-punch-needle (the same cushion
cover in French), de-portal-kistenbuehl-seifenkistenrennen (forty Seifenkisten down the Kirchberg in Kistenbühl, won by
the Kistlinger family), de-blog-brittas-schlaufenstube-punch-needle-kissen (a Kissenbezug in Punch Needle),
it-portale-rotolaccio-gara-di-carretti (thirty-six carretti down via della Salita in Rotolaccio),
it-blog-il-ricciolo-di-bice-fodera-punch-needle (a fodera per cuscino), pl-portal-zjazdowo-wyscig-mydelniczek
(thirty-seven mydelniczki down ulica Stroma in Zjazdowo, 9 tys. zł for the harcerze),
pl-blog-petelki-u-zosi-poszewka-punch-needle (a poszewka na poduszkę), ru-portal-skatogorsk-gonka-bolidov (thirty-five
самодельных болидов down Крутая улица in Скатогорск, 60 тысяч рублей for a young technicians' club),
ru-blog-petelki-u-vari-navolochka-punch-needle (a наволочка в технике punch needle), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit da6ef2ba24ddde1d31fd7668865f6e0237877efd, measured with ``cd /tmp/wt-s219 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s219/src python -m pytest -q tests/test_clean_held_out_219.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s219 && PYTHONPATH=/tmp/wt-s219/src python
scripts/clean_held_out_report.py --sets 219``, with the xfail tables empty, at 14:25:53 UTC by ``date``): noise lines
removed 38/45 (marker 5/8, reading-time 7/7, byline 7/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 7 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English Google Forms
closed-form line, the English private-Strava-activity line and the Polish Player.pl Premium-only line), one byline at
the head (the English contributed-by byline with the club role), two comment lines at the foot (the English be-the-first
prompt and the Polish opinions-of-their-authors disclaimer) and one notice in the body (the English timed update note);
the Komoot, ARTE, Opinary, RaiPlay and Rutube markers, all seven reading times, the filed-by, German two-author and
Italian "A cura di" bylines, all four plugs, all eight footers, the other six comment lines, every share row and the
German transparency and Russian grant-fund notices went); keep lines kept 20/20; pages 0/12 clean, 14 of 240 page noise
lines left and 0 of 120 article lines lost. Left: on each of the six portal pages the masthead with its tagline in the
block of two at the very top, under the section menu (1 each), and on the Italian portal page also the lead photo's
caption above its credit, opening the block of the first paragraph (2 in all); on each of the six blog pages the
finished cushion's photo caption between the two last paragraphs (1 each), and on the Russian blog page also the
affiliate kit link between the subheading and the first list row, inside the list block (2 in all). No page and no keep
line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s219 gave 58 passed, 19 xfailed, no XPASS.

Measured after round 139 (2026-12-07, lead; the writers of this set and of set 220 worked beside round 139 from the same
base, da6ef2b; round 139 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 217 218 219 220`` and the set's pytest file): nothing moved. noise lines removed
38/45, keep lines kept 20/20, pages 0/12 clean, 14 of 240 page noise lines left, 0 of 120 article lines lost; every
xfail still fails as its reason says. Round 139 (set 215's sponsored label and headline in one line, embed states, a
long-post alert, plugs, comment rules, an archive notice) read none of this set's wordings or layouts.

Measured after round 140 (2026-12-07, lead; round 140 rebased on main with the lead's mend, by ``PYTHONPATH=src
SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 217 218 219 220 221 222 223 224`` and
the set's pytest file): nothing moved. noise lines removed 38/45, keep lines kept 20/20, pages 0/12 clean, 14 of 240
page noise lines left, 0 of 120 article lines lost; every xfail still fails as its reason says. Round 140 (sets 217/218:
titles under a prompt kept in the menu's block, follow prompts, one-line tables of contents, sign-offs with commissions
plugs "on the page", a ticker over the masthead, embed, reading-time, byline, plug, comment and notice wordings) read
none of this set's wordings or layouts.

Round 141 (development; this set was read in full from this round on): sets 219 and 220 developed together. Set 220's
lost portal paragraph came first: the English portal's follow prompt ("Follow the Clarion on Facebook and Instagram for
the latest from the villages") named two networks, so no rule took it; standing between the tags line and the last
paragraph, it kept _mark_tail's closing pair from being seen (the prompt is a site prompt), and the tail started at it
and took the paragraph. The "follow the <Name> on <network>" wording of the "social follow" rule in whole_line_noise.py
now reads a second network joined by "and", "or", "&" or a comma; the prompt is the rules', and the paragraph under it
stays as an article sentence under the rules' noise (no tail start moved). Then, in whole_line_noise.py: an embed noun
for the activity a fitness network embeds ("This Strava activity is private, ...", two wordings), a subscribers' package
as an embed state ("Materiał z Player.pl jest dostępny tylko dla abonentów pakietu Premium."), a time-out as an embed
event ("... wegen einer Zeitüberschreitung nicht geladen werden."), "non può essere mostrato" among the Italian
cannot-be-shown states; the be-the-first call naming the comment and closing on its full stop or exclamation mark ("Be
the first to comment.", "Будьте первым, кто оставит комментарий!"; the bare label stays mark_trailing_labels'), the
comment box's counter alone ("Characters remaining: 1000") and WordPress's click-here cancel-reply link ("Cliquez ici
pour annuler la réponse.") in the comment-form notes, the Polish singular and "wyrazem opinii" comment disclaimers with
the editors disowned after a comma; "relację/relacja przygotował" in the prepared-by byline; the timed update note with
a day before the time ("Mise à jour le 14 juin à 18h20 : ajout ...") or the page amended to include something ("Update,
4.15pm: this article has been amended to include ..."); "записью", "постом", "публикацией" as the Russian share verb's
object ("Поделиться записью: ВКонтакте · Pinterest · Telegram"). In page_blocks.py, _mark_masthead_in_top_block reads
the title under up to two blocks the rules took whole (a crumb block) and a tagline closing on the founding year ("...
since 1887", _SINCE_YEAR): set 219's six portal mastheads go (the Italian one was taken by the blog-name pass once the
menu went). In clean.py, _is_credit reads a holder quoted at the end of the names (_QUOTED_HOLDER: "Фото: архив
«Шляповальского листка»", set 216's review item: the quote marks made the credit read as a quoted caption). Other sets'
xfails removed: set 17 (ru-mk page), 135 (Polish prepared-by byline), 136 (ru-portal-gradoboysk-strakhovka page), 187
(Italian Instagram placeholder), 195 (Italian Spreaker subscribers marker), 203 (Strava followers-only marker), 216
(en-portal-nabbleford-felt-hat-market and ru-portal-shlyapovalsk-yarmarka-shlyap pages); set 176's
ru-blog-flotvbutylke-brigantina reason reworded (5 -> 2 noise lines left). Sets 10-220 by
``scripts/clean_held_out_report.py``: noise lines removed 8771 -> 8789 of 9571, article lines kept 4247/4247
(unchanged), paragraphs lost 3 -> 2 (set 86's two), pages clean 1407 -> 1417 of 2518, page noise lines left 2095 -> 2079
of 52080; no set keeps fewer article lines or loses more paragraphs. SemEval (``scripts/semeval_noise_diff.py``): 0 of
3723 files changed. Bench (``benchmarks/bench_clean.py --baseline-src`` on the base's frozen src): ratio 1.05 (1.06 in a
first run beside the test run). Cleaning test set (the brief's pytest command, on this src): 25926 passed, 1913 xfailed,
no XPASS, rc 0 (13 min 42 s). This set: noise lines removed 38/45 -> 43/45 (marker 5/8 -> 7/8, reading-time 7/7, byline
7/8, footer 8/8, comments 6/8 -> 8/8, share 3/3, notice 2/3 -> 3/3), keep lines 20/20, pages clean 0/12 -> 5/12, page
noise lines left 14 -> 8 of 240, lost 0 of 120. Reason reworded: the Italian portal now keeps only the lead photo's
caption. Still missed: the Google Forms line with its contact-the-owner sentence (a second sentence after the state),
the contributed-by byline with a club role (the role's capitalised club name after the comma), the six blogs'
finished-cushion captions between the two last paragraphs and the Italian portal's lead caption (captions with no label,
item 5), the Russian blog's affiliate kit link inside the list block.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_219_LINES: list[tuple[str, str, str]] = [
    ('body',
     'Google Forms: this form is no longer accepting responses. Try contacting the owner of the '
     'form if you think this is a mistake.', 'marker'),
    ('body', 'This Strava activity is private, so its embedded route map cannot be shown.', 'marker'),
    ('body',
     'Loading the Komoot tour… If the map does not appear, please accept functional cookies in the '
     'privacy settings.', 'marker'),
    ('body', "La vidéo ARTE intégrée n'est plus disponible : sa période de diffusion est terminée.", 'marker'),
    ('body', 'Die eingebundene Opinary-Umfrage ist beendet und kann nicht mehr angezeigt werden.', 'marker'),
    ('body', 'Il contenuto di RaiPlay incorporato è scaduto e non è più disponibile.', 'marker'),
    ('body', 'Materiał z Player.pl jest dostępny tylko dla abonentów pakietu Premium.', 'marker'),
    ('body', 'Не удалось загрузить плеер Rutube: превышено время ожидания.', 'marker'),
    ('head', 'Time to read: 5 minutes', 'reading-time'),
    ('head', "You'll get through this one in about 7 minutes.", 'reading-time'),
    ('head', '5 min de lecture', 'reading-time'),
    ('head', 'Zeit zum Lesen: 5 Minuten', 'reading-time'),
    ('head', 'Leggi in 5 minuti', 'reading-time'),
    ('head', 'Czas czytania: ok. 5 min', 'reading-time'),
    ('head', 'Время чтения: 5 минут', 'reading-time'),
    ('head', 'Filed by Rosamund Sledgecombe for the Vale News Service', 'byline'),
    ('head', 'Contributed by Jeremiah Spindlecote, secretary of the Cartlebury Soapbox Club', 'byline'),
    ('head', 'Von Gundula Kurbelsteg und Ewald Rollbrettinger', 'byline'),
    ('head', 'A cura di Ottavina Discesotti', 'byline'),
    ('tail',
     "My punch needle starter kits (frame, needle, monk's cloth and yarn) are on Folksy, with free "
     'UK postage.', 'byline'),
    ('tail',
     'Mes coussins brodés au punch needle sont en vente sur Un grand marché, livraison en point '
     'relais.', 'byline'),
    ('tail', 'Gotowe poduszki i zestawy do punch needle znajdziecie w moim sklepie na Pakamera.pl.', 'byline'),
    ('tail', 'Наборы для ковровой вышивки продаю на Ярмарке Мастеров, отправка Почтой России.', 'byline'),
    ('tail', 'Watermark theme. Theme images by Michael Elkan. Powered by Blogger.', 'footer'),
    ('tail', 'This site is regulated by IMPRESS, the independent monitor for the press.', 'footer'),
    ('tail', 'Built on Craft CMS · Hosted by Krystal · Sitemap', 'footer'),
    ('tail', 'Mentions légales · Hébergeur : o2switch, Clermont-Ferrand · Gestion des cookies', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Cookie-Richtlinie · Datenschutz', 'footer'),
    ('tail', 'Sito ospitato da Aruba.it · Informativa sulla privacy · Preferenze cookie', 'footer'),
    ('tail', 'Strona stworzona w WebWave · Hosting: home.pl · Polityka cookies', 'footer'),
    ('tail', 'Сайт работает на 1С-Битрикс · Хостинг REG.RU · Карта сайта', 'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Save my name, email, and website in this browser for the next time I comment.', 'comments'),
    ('tail', 'Be the first to comment.', 'comments'),
    ('tail', 'Les commentaires sont réservés aux abonnés.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Redaktion gekürzt.', 'comments'),
    ('tail', 'Mostra altre 3 risposte', 'comments'),
    ('tail', 'Wszystkie komentarze są wyrazem opinii ich autorów, nie redakcji.', 'comments'),
    ('tail', 'Чтобы оставить комментарий, подтвердите номер телефона.', 'comments'),
    ('tail', 'Partagez cet article avec vos proches : WhatsApp · Bluesky · SMS', 'share'),
    ('tail', 'Condividi su Bluesky · Mastodon · Copia il link', 'share'),
    ('tail', 'Podziel się: Facebook · X · Wykop · Kopiuj link', 'share'),
    ('body', 'Update, 4.15pm: this article has been amended to include the final race times.', 'notice'),
    ('body', 'Transparenzhinweis: Die Autorin ist Mitglied im veranstaltenden Verein.', 'notice'),
    ('tail', 'Материал подготовлен при поддержке Фонда президентских грантов.', 'notice'),
]
HELD_OUT_219_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comment was sought from the county council, which owns Steeple Rise, but none had arrived by Friday evening.'),
    ('head', 'Sharing a single set of pram wheels, the two youngest crews took turns on the practice run.'),
    ('head',
     'Following the rain on Saturday morning, volunteers swept the gutters of the hill before the first heat.'),
    ('head', 'Suivre la course depuis les balcons est devenu une tradition pour les habitants de la rue Haute.'),
    ('head', 'Teilen sich zwei Kinder eine Seifenkiste, darf jedes von ihnen nur einen Lauf fahren.'),
    ('head', 'Condividere la discesa con i più piccoli è stata una scelta del comitato, spiega il presidente.'),
    ('head', 'Udostępnienie ulicy na cały dzień wymagało zgody policji i zarządu dróg, mówi organizator.'),
    ('body', 'Subscriptions from local businesses paid for the hay bales, the timing gear and the first-aid tent.'),
    ('body',
     "Copyright in the derby's name was handed to the town council by the family who started the race in 1958."),
    ('body', "Commentant la course au micro, l'ancien champion a salué un record tombé dès la deuxième manche."),
    ('body', 'Kommentare der Anwohner waren durchweg freundlich, auch wenn die Straße sechs Stunden gesperrt blieb.'),
    ('body', 'Подписка на городскую рассылку помогла за неделю собрать сорок добровольцев для охраны трассы.'),
    ('tail', "Advertising on the carts was limited to one sponsor's sticker per side, the race rules said."),
    ('tail', 'Reading the gradient survey, the chief marshal said the steepest stretch now drops one metre in eight.'),
    ('tail', "Partager la rue avec les riverains a demandé trois réunions avec la mairie, explique l'organisatrice."),
    ('tail', 'Werbeflächen an den Strohballen hat der Verein an drei Bäckereien aus dem Ort verkauft.'),
    ('tail', 'Seguendo il percorso a piedi, i giudici hanno controllato ogni balla di paglia prima della partenza.'),
    ('tail', 'Commenti entusiasti sono arrivati dai commercianti della via, che hanno tenuto aperto fino a sera.'),
    ('tail', 'Reklamy na bolidach ograniczono do jednej naklejki sponsora z każdej strony, zgodnie z regulaminem.'),
    ('tail', 'Комментируя итоги, главный судья отметил, что рекорд трассы побит на две секунды.'),
]
HELD_OUT_219_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-cartlebury-soapbox-derby', [
        ["-Home · News · Sport · What's On · Property · Jobs · Contact",
         '-The Cartlebury Clarion – Serving Cartlebury and the Vale since 1887'],
        ['-Home › News › Cartlebury › Community'],
        ['+Forty-one carts race down Steeple Rise as the soapbox derby returns after six years',
         '-By Wilfreda Gravelhythe, Community Editor',
         '-Published 14 June 2026, 18:05 BST',
         '-4 min read'],
        ["-Cart number 17, the 'Spotted Dick', takes the bottom bend on Steeple Rise.",
         '-Photograph: Clarion staff',
         "+Forty-one home-built carts rolled down Steeple Rise on Saturday as Cartlebury's soapbox derby returned "
         'for the first time since 2020.'],
        ['+The hill street was closed to traffic from 8am, and some 3,000 people lined the pavements between the '
         'church gate and the straw bales at the bottom bend.',
         '-Read more: Steeple Rise resurfacing to start in September',
         '+Chief marshal Barnaby Kerbwright said the course had been walked twice before the first heat. "Every '
         'cart had its brakes and steering checked, and we turned away two that could not stop in time," he said.'],
        ['+How the day ran',
         '+Junior heats for drivers aged 8 to 12 from 10am',
         '+A fancy-dress run for the adult teams at noon',
         '-Advertisement',
         '+Timed finals and the prize-giving outside the Plough at 4pm'],
        ["+The fastest run of the day went to the Spokesley family's cart, which covered the 400-metre course in "
         '41.6 seconds.',
         '-Share this article: Facebook · WhatsApp · X · Email',
         "+Organisers said the £5 entry fees had raised £2,300 for the Scouts' new minibus, and a date for next "
         "year's derby will be set in the autumn."],
        ["-Get the Clarion's free morning briefing in your inbox – sign up now"],
        ['-12 comments',
         "-hillwalker58: Brilliant day out, the kids haven't stopped talking about it.",
         '-↳ Cartlebury Clarion: Thanks for reading – our photo gallery goes up tomorrow.',
         '-Mags_T: Any chance of more bales at the bend next year? It was close a couple of times.',
         '-↳ Rita from Church Lane: Agreed, my front wall nearly had a cart in it!',
         '-Load more comments'],
        ['-About us · Contact the newsroom · Advertise with us · Privacy · Terms',
         '-© 2026 Cartlebury Clarion Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-hesters-hooked-evenings-punch-needle-cushion', [
        ["-Hester's Hooked Evenings – punch needle, rugs and other loopy things",
         '-Home | Tutorials | Patterns | Shop | About'],
        ['-Posted on 3 March 2026 by Hester · 9 comments',
         '-☕ 7 minute read',
         '+My first punch needle cushion cover, start to finish'],
        ['-This post contains affiliate links: if you buy through them I may earn a small commission at no extra '
         'cost to you.',
         '+I have wanted a punch needle cushion since I saw one at a craft fair last spring, and this winter I '
         'finally bought a frame and a needle.'],
        ['-The finished front, with the mustard circles still a little uneven.',
         '-Pin it for later!'],
        ['+The design is three overlapping circles in mustard, rust and cream on a grey background, drawn straight '
         "onto monk's cloth with a washable pen.",
         '+The best tip came from the woman at my local yarn shop. "Keep the cloth tight as a drum and never lift '
         'the needle off the fabric between stitches," she told me, and she was right.'],
        ["+What you'll need",
         '-Shop my favourite punch needle kit here (affiliate link)',
         "+A gripper-strip frame and monk's cloth cut 10 cm larger than the cushion",
         '+An adjustable punch needle set to loop height 3',
         '+About 200 grams of chunky wool in four colours'],
        ['+The background took longest, almost nine evenings, because I filled it in rows that follow the curve of '
         'the circles.',
         '-The cushion on the sofa, backed with grey linen and an invisible zip.',
         '+To finish, I trimmed the cloth to 2 cm, glued the edges with latex backing and sewed it to a linen back '
         'with a zip, so the cover can come off for a hand wash.'],
        ['-Happy punching, Hester x',
         '-Want a cover like mine? The pattern and a starter kit are in my Etsy shop.',
         '-Subscribe to get new posts by email'],
        ['-9 thoughts on “My first punch needle cushion cover, start to finish”',
         '-Jo in Whitby says: Love the colours! How long did the whole cover take you?',
         '-↳ Hester says: About three weeks of evenings, Jo – the background was the slow part.',
         '-Priya says: Did you use a rug backing or just glue?',
         '-↳ Dot says: Not Hester, but latex glue worked fine on mine.',
         '-↳ Hester says: Same as Dot, Priya – two thin coats of latex.'],
        ['-« Previous post: Dyeing yarn with onion skins · Next post: Spring sampler »',
         "-© 2026 Hester's Hooked Evenings · Theme: Hemingway by Anders Norén · Powered by WordPress"],
    ]),
    _page('fr', 'fr-portail-roulebrune-derby-de-caisses-a-savon', [
        ['-Actualité · Sports · Loisirs · Annonces · Nécrologie · Contact',
         "-L'Écho de Roulebrune – Le quotidien du pays roulebrunois depuis 1921"],
        ['-Accueil > Roulebrune > Vie locale'],
        ['+Trente-huit caisses à savon dévalent la rue de la Côte-Raide pour le retour du derby',
         '-Par Aurélien Caissebonne',
         '-Publié le 14 juin 2026 à 18h05, mis à jour à 19h20',
         '-Lecture 3 min'],
        ['-Le bolide n° 12 des pompiers de Roulebrune dans le virage de la boulangerie.',
         "-Photo L'Écho de Roulebrune",
         "+Trente-huit caisses à savon ont dévalé samedi la rue de la Côte-Raide, à Roulebrune, pour le retour d'un "
         "derby qui n'avait plus eu lieu depuis 2019."],
        ['+La rue était fermée à la circulation dès 8 heures et près de 2 500 spectateurs se pressaient le long des '
         "trottoirs, des marches de l'église jusqu'aux bottes de paille du dernier virage.",
         "-À lire aussi : Côte-Raide, les travaux de voirie reportés à l'automne",
         '+Le commissaire de course, Gilles Roulandeau, avait parcouru la piste deux fois avant la première manche. '
         '« Chaque caisse a vu ses freins et sa direction contrôlés, et nous en avons refusé deux qui ne '
         "s'arrêtaient pas à temps », a-t-il expliqué."],
        ['+Le programme de la journée',
         '+Les manches des 8-12 ans à partir de 10 heures',
         '+La descente déguisée des équipes adultes à midi',
         '-Publicité',
         '+Les finales chronométrées et la remise des prix devant le Café du Commerce à 16 heures'],
        ['+Le meilleur temps de la journée revient à la caisse de la famille Charronnet, qui a couvert les 400 '
         'mètres en 42,3 secondes.',
         '-Partager : Facebook · WhatsApp · X · E-mail',
         "+Les droits d'inscription de 5 euros ont rapporté 2 100 euros aux scouts pour leur nouveau minibus, et la "
         "date de la prochaine édition sera fixée à l'automne."],
        ["-Recevez gratuitement notre lettre d'information du matin – je m'inscris"],
        ['-8 commentaires',
         '-Monique_R : Superbe journée, les enfants en parlent encore.',
         "-↳ L'Écho de Roulebrune : Merci ! Notre galerie photos sera en ligne demain.",
         "-Pierrot71 : Il faudrait plus de paille dans le dernier virage l'an prochain.",
         "-↳ Sylvie de la rue Basse : D'accord, un bolide a failli finir dans ma haie !",
         '-Afficher plus de commentaires'],
        ['-Qui sommes-nous · Contact · Annonceurs · Mentions légales · CGU',
         "-© 2026 L'Écho de Roulebrune – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-les-boucles-d-odile-housse-punch-needle', [
        ["-Les Boucles d'Odile – broderie, punch needle et petits bonheurs",
         '-Accueil | Tutos | Patrons | Boutique | À propos'],
        ['-Publié le 3 mars 2026 par Odile · 6 commentaires',
         '-Temps de lecture : 6 min',
         '+Ma première housse de coussin au punch needle, du début à la fin'],
        ['-Cet article contient des liens affiliés : si vous achetez par leur biais, je touche une petite '
         'commission sans frais pour vous.',
         "+Je rêvais d'un coussin au punch needle depuis un salon créatif au printemps dernier, et cet hiver j'ai "
         'enfin acheté un cadre et une aiguille.'],
        ['-Le devant terminé, avec les cercles moutarde encore un peu irréguliers.',
         '-Épinglez-le pour plus tard !'],
        ['+Le motif, ce sont trois cercles moutarde, rouille et crème qui se chevauchent sur un fond gris, dessinés '
         'directement sur la toile au feutre lavable.',
         "+Le meilleur conseil m'est venu de la vendeuse de ma mercerie. « Tendez la toile comme un tambour et ne "
         "soulevez jamais l'aiguille entre deux points », m'a-t-elle dit, et elle avait raison."],
        ['+Le matériel',
         '-Mon kit punch needle préféré est ici (lien affilié)',
         '+Un cadre à picots et de la toile coupée 10 cm plus grande que le coussin',
         '+Une aiguille à punch needle réglable, hauteur de boucle 3',
         '+Environ 200 grammes de laine épaisse en quatre couleurs'],
        ["+Le fond a été le plus long, presque neuf soirées, parce que je l'ai rempli en rangs qui suivent la "
         'courbe des cercles.',
         '-Le coussin sur le canapé, avec son dos en lin gris et sa fermeture invisible.',
         "+Pour finir, j'ai recoupé la toile à 2 cm, encollé les bords au latex et cousu le tout sur un dos en lin "
         'avec une fermeture éclair, pour pouvoir laver la housse à la main.'],
        ['-Bon punch à toutes et à tous, Odile',
         '-Envie de la même housse ? Le patron et un kit de démarrage sont dans ma boutique Etsy.',
         '-Abonnez-vous pour recevoir les nouveaux articles par e-mail'],
        ['-6 réponses à « Ma première housse de coussin au punch needle, du début à la fin »',
         "-Claire dit : J'adore les couleurs ! Combien de temps en tout ?",
         '-↳ Odile dit : Environ trois semaines de soirées, Claire.',
         '-Nadia dit : Tu as mis un entoilage ou seulement de la colle ?',
         '-↳ Bernadette dit : Je ne suis pas Odile, mais le latex a très bien marché chez moi.',
         '-↳ Odile dit : Pareil que Bernadette, Nadia : deux fines couches de latex.'],
        ["-« Article précédent : Teindre la laine aux pelures d'oignon · Article suivant : Mon abécédaire de "
         'printemps »',
         "-© 2026 Les Boucles d'Odile · Thème Astra · Propulsé par WordPress"],
    ]),
    _page('de', 'de-portal-kistenbuehl-seifenkistenrennen', [
        ['-Lokales · Sport · Kultur · Wirtschaft · Trauer · Service',
         '-Kistenbühler Bote – Die Heimatzeitung für Kistenbühl und Umgebung seit 1898'],
        ['-Startseite > Kistenbühl > Vereine'],
        ['+Vierzig Seifenkisten rasen beim ersten Rennen seit sechs Jahren den Kirchberg hinunter',
         '-Von Detlef Achsbrunner',
         '-Veröffentlicht am 14.06.2026, 18:05 Uhr',
         '-Lesezeit: 3 Minuten'],
        ['-Die Kiste Nr. 9 der Freiwilligen Feuerwehr in der Bäckerkurve.',
         '-Foto: Kistenbühler Bote',
         '+Vierzig selbst gebaute Seifenkisten sind am Samstag den Kirchberg in Kistenbühl hinuntergerollt – zum '
         'ersten Mal seit 2020 fand das Rennen wieder statt.'],
        ['+Die Straße war ab 8 Uhr für den Verkehr gesperrt, und rund 2.800 Zuschauer standen an den Gehwegen '
         'zwischen dem Kirchtor und den Strohballen in der letzten Kurve.',
         '-Lesen Sie auch: Sanierung des Kirchbergs beginnt im September',
         '+Rennleiter Bernd Bremskötter war die Strecke vor dem ersten Lauf zweimal abgegangen. „Jede Kiste wurde '
         'an Bremsen und Lenkung geprüft, zwei mussten wir abweisen, weil sie nicht rechtzeitig zum Stehen kamen“, '
         'sagte er.'],
        ['+So lief der Tag',
         '+Vorläufe der Acht- bis Zwölfjährigen ab 10 Uhr',
         '+Ein Kostümlauf der Erwachsenenteams um 12 Uhr',
         '-Anzeige',
         '+Zeitläufe im Finale und Siegerehrung vor dem Gasthaus Krone um 16 Uhr'],
        ['+Die schnellste Fahrt des Tages gelang der Kiste der Familie Kistlinger, die die 400 Meter lange Strecke '
         'in 41,9 Sekunden schaffte.',
         '-Artikel teilen: Facebook · WhatsApp · X · E-Mail',
         '+Die Startgelder von 5 Euro brachten 2.200 Euro für einen neuen Kleinbus der Pfadfinder, und der Termin '
         'für das nächste Rennen soll im Herbst feststehen.'],
        ['-Der Morgenbote: unser kostenloser Newsletter – jetzt anmelden'],
        ['-7 Kommentare',
         '-Kistenfan: Toller Tag, die Kinder reden von nichts anderem.',
         '-↳ Kistenbühler Bote: Danke! Die Bildergalerie folgt morgen.',
         '-Renate K.: Nächstes Jahr bitte mehr Strohballen in der Kurve, es war knapp.',
         '-↳ Horst aus der Mühlgasse: Stimmt, fast wäre eine Kiste in meinem Vorgarten gelandet!',
         '-Weitere Kommentare laden'],
        ['-Über uns · Kontakt · Mediadaten · Impressum · Datenschutz',
         '-© 2026 Kistenbühler Bote GmbH. Alle Rechte vorbehalten.'],
    ]),
    _page('de', 'de-blog-brittas-schlaufenstube-punch-needle-kissen', [
        ['-Brittas Schlaufenstube – Punch Needle, Teppiche und andere Schlaufen',
         '-Start | Anleitungen | Muster | Shop | Über mich'],
        ['-Veröffentlicht am 3. März 2026 von Britta · 5 Kommentare',
         '-Lesezeit ca. 6 Minuten',
         '+Mein erster Punch-Needle-Kissenbezug, von Anfang bis Ende'],
        ['-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision, für dich '
         'ändert sich nichts.',
         '+Seit ich im letzten Frühjahr auf einem Kreativmarkt ein Punch-Needle-Kissen gesehen habe, wollte ich '
         'selbst eins, und diesen Winter habe ich mir endlich Rahmen und Nadel gekauft.'],
        ['-Die fertige Vorderseite, die senfgelben Kreise noch etwas unregelmäßig.',
         '-Merk dir den Beitrag auf Pinterest!'],
        ['+Das Motiv sind drei sich überlappende Kreise in Senfgelb, Rost und Creme auf grauem Grund, direkt mit '
         'einem auswaschbaren Stift auf den Stoff gezeichnet.',
         '+Den besten Tipp bekam ich von der Verkäuferin in meinem Wollladen. „Spann den Stoff straff wie eine '
         'Trommel und heb die Nadel zwischen den Stichen nie vom Stoff ab“, sagte sie, und sie hatte recht.'],
        ['+Das brauchst du',
         '-Mein liebstes Punch-Needle-Set findest du hier (Affiliate-Link)',
         '+Einen Rahmen mit Nagelleisten und Stoff, 10 cm größer als das Kissen',
         '+Eine verstellbare Punch-Needle-Nadel, Schlaufenhöhe 3',
         '+Etwa 200 Gramm dicke Wolle in vier Farben'],
        ['+Am längsten dauerte der Hintergrund, fast neun Abende, weil ich ihn in Reihen gefüllt habe, die der '
         'Rundung der Kreise folgen.',
         '-Das Kissen auf dem Sofa, mit Rückseite aus grauem Leinen und verdecktem Reißverschluss.',
         '+Zum Schluss habe ich den Stoff auf 2 cm zurückgeschnitten, die Ränder mit Latex verklebt und alles auf '
         'eine Leinenrückseite mit Reißverschluss genäht, damit der Bezug abnehmbar und handwaschbar ist.'],
        ['-Viel Spaß beim Punchen, eure Britta',
         '-Du möchtest so einen Bezug? Anleitung und Starterset gibt es in meinem Etsy-Shop.',
         '-Abonniere den Blog, um neue Beiträge per E-Mail zu bekommen'],
        ['-5 Gedanken zu „Mein erster Punch-Needle-Kissenbezug, von Anfang bis Ende“',
         '-Sabine sagt: Tolle Farben! Wie lange hast du insgesamt gebraucht?',
         '-↳ Britta sagt: Ungefähr drei Wochen Abende, Sabine.',
         '-Meike sagt: Hast du ein Vlies aufgebügelt oder nur geklebt?',
         '-↳ Ulla sagt: Ich bin nicht Britta, aber Latexkleber hat bei mir gut gehalten.',
         '-↳ Britta sagt: Wie Ulla, Meike: zwei dünne Schichten Latex.'],
        ['-« Vorheriger Beitrag: Wolle mit Zwiebelschalen färben · Nächster Beitrag: Mein Frühlingssampler »',
         '-© 2026 Brittas Schlaufenstube · Theme: Kadence · Betrieben mit WordPress'],
    ]),
    _page('it', 'it-portale-rotolaccio-gara-di-carretti', [
        ['-Cronaca · Sport · Cultura · Eventi · Necrologi · Contatti',
         '-La Voce di Rotolaccio – Il quotidiano della valle dal 1946'],
        ['-Home > Rotolaccio > Eventi'],
        ['+Trentasei carretti senza motore sfrecciano giù per via della Salita nel ritorno della gara',
         '-di Lauretta Frenabue',
         '-14 giugno 2026, ore 18:05 – aggiornato alle 19:20',
         '-Tempo di lettura: 3 minuti'],
        ['-Il carretto n. 7 dei vigili del fuoco nella curva del forno.',
         '-Foto: La Voce di Rotolaccio',
         '+Trentasei carretti costruiti in casa sono scesi sabato lungo via della Salita, a Rotolaccio, per il '
         'ritorno di una gara che mancava dal 2019.'],
        ['+La strada era chiusa al traffico dalle 8 e circa 2.400 persone si sono assiepate sui marciapiedi, dal '
         "sagrato della chiesa fino alle balle di paglia dell'ultima curva.",
         "-Leggi anche: Via della Salita, i lavori di asfaltatura slittano all'autunno",
         '+Il direttore di gara, Fulvio Sterzalupi, aveva percorso il tracciato due volte prima della prima manche. '
         '«Ogni carretto ha avuto freni e sterzo controllati, e ne abbiamo respinti due che non si fermavano in '
         'tempo», ha spiegato.'],
        ['+Il programma della giornata',
         '+Le manche dei ragazzi dagli 8 ai 12 anni dalle 10',
         '+La discesa in maschera delle squadre adulte a mezzogiorno',
         '-Spazio pubblicitario',
         '+Le finali cronometrate e le premiazioni davanti al Bar Centrale alle 16'],
        ['+Il tempo migliore della giornata è andato al carretto della famiglia Rotellazzi, che ha percorso i 400 '
         'metri in 42,1 secondi.',
         '-Condividi: Facebook · WhatsApp · X · Email',
         "+Le quote d'iscrizione da 5 euro hanno fruttato 2.000 euro per il nuovo pulmino degli scout, e la data "
         'della prossima edizione sarà fissata in autunno.'],
        ['-Iscriviti alla newsletter gratuita della Voce: ogni mattina le notizie della valle'],
        ['-6 commenti',
         "-Marisa_62: Giornata bellissima, i bambini non parlano d'altro.",
         '-↳ La Voce di Rotolaccio: Grazie! La fotogallery arriva domani.',
         "-Beppe: L'anno prossimo servono più balle di paglia in curva.",
         '-↳ Lucia di via Bassa: Vero, un carretto stava per finire nel mio giardino!',
         '-Carica altri commenti'],
        ['-Chi siamo · Contatti · Pubblicità · Privacy · Cookie',
         '-© 2026 La Voce di Rotolaccio srl – Tutti i diritti riservati'],
    ]),
    _page('it', 'it-blog-il-ricciolo-di-bice-fodera-punch-needle', [
        ['-Il Ricciolo di Bice – punch needle, tappeti e altri riccioli',
         '-Home | Tutorial | Schemi | Negozio | Chi sono'],
        ['-Pubblicato il 3 marzo 2026 da Bice · 5 commenti',
         '-Lettura: 6 minuti',
         "+La mia prima fodera per cuscino a punch needle, dall'inizio alla fine"],
        ['-Questo articolo contiene link di affiliazione: se acquisti tramite essi ricevo una piccola commissione, '
         'senza costi per te.',
         '+Desideravo un cuscino a punch needle da quando ne ho visto uno a una fiera creativa la scorsa primavera, '
         "e quest'inverno ho finalmente comprato telaio e ago."],
        ["-Il davanti finito, con i cerchi senape ancora un po' irregolari.",
         '-Salvalo su Pinterest per dopo!'],
        ['+Il disegno sono tre cerchi sovrapposti in senape, ruggine e panna su fondo grigio, tracciati '
         'direttamente sulla tela con un pennarello lavabile.',
         "+Il consiglio migliore me l'ha dato la signora della merceria. «Tieni la tela tesa come un tamburo e non "
         "sollevare mai l'ago dal tessuto tra un punto e l'altro», mi ha detto, e aveva ragione."],
        ['+Cosa serve',
         '-Il mio kit punch needle preferito lo trovi qui (link affiliato)',
         '+Un telaio con strisce a chiodini e tela tagliata 10 cm più grande del cuscino',
         '+Un ago punch needle regolabile, altezza del ricciolo 3',
         '+Circa 200 grammi di lana grossa in quattro colori'],
        ["+Lo sfondo è stata la parte più lunga, quasi nove serate, perché l'ho riempito a file che seguono la "
         'curva dei cerchi.',
         '-Il cuscino sul divano, con il retro in lino grigio e la zip invisibile.',
         '+Per finire ho rifilato la tela a 2 cm, incollato i bordi con il lattice e cucito tutto su un retro di '
         'lino con la cerniera, così la fodera si può togliere e lavare a mano.'],
        ['-Buon punch a tutte, Bice',
         '-Vuoi una fodera come la mia? Schema e kit di partenza sono nel mio negozio Etsy.',
         '-Iscriviti per ricevere i nuovi articoli via email'],
        ["-5 pensieri su “La mia prima fodera per cuscino a punch needle, dall'inizio alla fine”",
         '-Anna scrive: Che bei colori! Quanto tempo ci hai messo in tutto?',
         '-↳ Bice scrive: Circa tre settimane di serate, Anna.',
         '-Giulia scrive: Hai usato un telo di rinforzo o solo la colla?',
         '-↳ Rosetta scrive: Non sono Bice, ma il lattice da me ha tenuto benissimo.',
         '-↳ Bice scrive: Come Rosetta, Giulia: due mani sottili di lattice.'],
        ['-« Articolo precedente: Tingere la lana con le bucce di cipolla · Articolo successivo: Il mio campionario '
         'di primavera »',
         '-© 2026 Il Ricciolo di Bice · Tema Astra · Realizzato con WordPress'],
    ]),
    _page('pl', 'pl-portal-zjazdowo-wyscig-mydelniczek', [
        ['-Wiadomości · Sport · Kultura · Ogłoszenia · Nekrologi · Kontakt',
         '-Gazeta Zjazdowska – Codziennie o Zjazdowie i okolicach od 1957 roku'],
        ['-Strona główna > Zjazdowo > Wydarzenia'],
        ['+Trzydzieści siedem mydelniczek zjechało ulicą Stromą – wyścig wrócił po sześciu latach',
         '-Autor: Halina Kółkowska',
         '-Opublikowano: 14.06.2026, 18:05',
         '-Przeczytasz w 3 minuty'],
        ['-Mydelniczka nr 5 Ochotniczej Straży Pożarnej na zakręcie przy piekarni.',
         '-Fot. Gazeta Zjazdowska',
         '+Trzydzieści siedem samodzielnie zbudowanych mydelniczek zjechało w sobotę ulicą Stromą w Zjazdowie – '
         'wyścig odbył się po raz pierwszy od 2020 roku.'],
        ['+Ulica była zamknięta dla ruchu od godziny 8, a około 2,5 tys. widzów stało na chodnikach od bramy '
         'kościoła aż po bele słomy na ostatnim zakręcie.',
         '-Czytaj także: Remont ulicy Stromej ruszy we wrześniu',
         '+Sędzia główny Zdzisław Hamulczak dwa razy przeszedł trasę przed pierwszym przejazdem. „Każda mydelniczka '
         'miała sprawdzone hamulce i układ kierowniczy, dwie odesłaliśmy, bo nie zatrzymywały się na czas” – '
         'powiedział.'],
        ['+Tak wyglądał dzień',
         '+Przejazdy dzieci w wieku od 8 do 12 lat od godziny 10',
         '+Przebierany zjazd drużyn dorosłych w południe',
         '-Reklama',
         '+Finały z pomiarem czasu i wręczenie nagród przed kawiarnią Pod Lipą o 16'],
        ['+Najszybszy przejazd dnia należał do mydelniczki rodziny Szprychalskich, która pokonała 400 metrów w 42,6 '
         'sekundy.',
         '-Udostępnij: Facebook · WhatsApp · X · E-mail',
         '+Wpisowe po 20 zł przyniosło 9 tys. zł na nowy bus dla harcerzy, a termin kolejnej edycji zostanie '
         'ustalony jesienią.'],
        ['-Zapisz się na bezpłatny poranny newsletter Gazety Zjazdowskiej'],
        ['-Komentarze (6)',
         '-kibic_ze_Stromej: Super dzień, dzieciaki wciąż o tym mówią.',
         '-↳ Gazeta Zjazdowska: Dziękujemy! Galeria zdjęć jutro.',
         '-Basia: Za rok więcej słomy na zakręcie, było blisko.',
         '-↳ Marek z Dolnej: Zgadzam się, mydelniczka prawie wjechała mi w płot!',
         '-Pokaż więcej komentarzy'],
        ['-O nas · Kontakt · Oferta dla reklamodawców · Regulamin · Polityka prywatności',
         '-© 2026 Gazeta Zjazdowska sp. z o.o. Wszelkie prawa zastrzeżone.'],
    ]),
    _page('pl', 'pl-blog-petelki-u-zosi-poszewka-punch-needle', [
        ['-Pętelki u Zosi – punch needle, dywaniki i inne pętelki',
         '-Start | Tutoriale | Wzory | Sklep | O mnie'],
        ['-Opublikowano 3 marca 2026 przez Zosię · 5 komentarzy',
         '-Czas czytania: 6 minut',
         '+Moja pierwsza poszewka na poduszkę haftowana igłą punch needle – od początku do końca'],
        ['-Ten wpis zawiera linki afiliacyjne: jeśli coś przez nie kupisz, dostanę niewielką prowizję, a Ty nic nie '
         'dopłacasz.',
         '+O poduszce punch needle marzyłam od wiosennych targów rękodzieła w zeszłym roku, a tej zimy w końcu '
         'kupiłam ramę i igłę.'],
        ['-Gotowy przód, musztardowe koła jeszcze trochę nierówne.',
         '-Zapisz na Pintereście na później!'],
        ['+Wzór to trzy zachodzące na siebie koła w kolorach musztardowym, rdzawym i kremowym na szarym tle, '
         'narysowane zmywalnym flamastrem prosto na tkaninie.',
         '+Najlepszą radę dała mi pani z pasmanterii. „Napnij tkaninę jak bęben i nigdy nie odrywaj igły od '
         'materiału między ściegami” – powiedziała i miała rację.'],
        ['+Czego potrzebujesz',
         '-Mój ulubiony zestaw do punch needle znajdziesz tutaj (link afiliacyjny)',
         '+Ramę z listwami z kolcami i tkaninę o 10 cm większą niż poduszka',
         '+Regulowaną igłę punch needle ustawioną na wysokość pętelki 3',
         '+Około 200 gramów grubej wełny w czterech kolorach'],
        ['+Najdłużej trwało tło, prawie dziewięć wieczorów, bo wypełniałam je rzędami idącymi za krzywizną kół.',
         '-Poduszka na kanapie, z tyłem z szarego lnu i krytym zamkiem.',
         '+Na koniec przycięłam tkaninę do 2 cm, skleiłam brzegi lateksem i przyszyłam całość do lnianego tyłu z '
         'zamkiem, żeby poszewkę dało się zdjąć i uprać ręcznie.'],
        ['-Miłego punchowania, Zosia',
         '-Chcesz taką poszewkę? Wzór i zestaw startowy są w moim sklepie na Etsy.',
         '-Zapisz się, aby dostawać nowe wpisy mailem'],
        ['-5 komentarzy do „Moja pierwsza poszewka na poduszkę haftowana igłą punch needle – od początku do końca”',
         '-Ewa napisał(a): Piękne kolory! Ile czasu zajęła cała poszewka?',
         '-↳ Zosia napisał(a): Jakieś trzy tygodnie wieczorów, Ewo.',
         '-Kasia napisał(a): Podklejałaś flizeliną czy tylko klejem?',
         '-↳ Grażyna napisał(a): Nie jestem Zosią, ale u mnie lateks trzymał świetnie.',
         '-↳ Zosia napisał(a): Tak jak Grażyna, Kasiu: dwie cienkie warstwy lateksu.'],
        ['-« Poprzedni wpis: Farbowanie wełny łupinami cebuli · Następny wpis: Mój wiosenny sampler »',
         '-© 2026 Pętelki u Zosi · Motyw Astra · Wspierane przez WordPress'],
    ]),
    _page('ru', 'ru-portal-skatogorsk-gonka-bolidov', [
        ['-Новости · Спорт · Культура · Объявления · Некрологи · Контакты',
         '-Скатогорский вестник – городская газета с 1931 года'],
        ['-Главная > Скатогорск > События'],
        ['+Тридцать пять самодельных болидов промчались по Крутой улице: гонка вернулась через шесть лет',
         '-Автор: Аглая Колесопятова',
         '-14 июня 2026, 18:05',
         '-Время прочтения — 3 минуты'],
        ['-Болид № 4 пожарной части на повороте у пекарни.',
         '-Фото: «Скатогорский вестник»',
         '+В субботу тридцать пять самодельных болидов без мотора спустились по Крутой улице в Скатогорске – гонка '
         'прошла впервые с 2020 года.'],
        ['+Улицу перекрыли для машин с 8 утра, и около 2,5 тысячи зрителей стояли на тротуарах от церковной ограды '
         'до тюков соломы на последнем повороте.',
         '-Читайте также: Ремонт Крутой улицы начнётся в сентябре',
         '+Главный судья Никодим Тормозилин дважды прошёл трассу перед первым заездом. «У каждого болида проверили '
         'тормоза и рулевое управление, два мы не допустили: они не успевали остановиться», – рассказал он.'],
        ['+Как прошёл день',
         '+Заезды детей от 8 до 12 лет с 10 часов',
         '+Костюмированный спуск взрослых команд в полдень',
         '-Реклама',
         '+Финалы на время и награждение у кафе «Липа» в 16 часов'],
        ['+Лучшее время дня показал болид семьи Самокатовых, прошедший 400 метров за 42,4 секунды.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
         '+Взносы по 300 рублей принесли 60 тысяч рублей на новый микроавтобус для клуба юных техников, а дату '
         'следующей гонки назначат осенью.'],
        ['-Подпишитесь на бесплатную утреннюю рассылку «Вестника»'],
        ['-Комментарии: 6',
         '-Ольга_К: Отличный день, дети до сих пор только об этом и говорят.',
         '-↳ Скатогорский вестник: Спасибо! Фотогалерея будет завтра.',
         '-Сергей: В следующем году на повороте нужно больше соломы, было опасно.',
         '-↳ Нина с Нижней: Согласна, болид чуть не влетел в мой забор!',
         '-Показать больше комментариев'],
        ['-О редакции · Контакты · Рекламодателям · Правила · Политика конфиденциальности',
         '-© 2026 «Скатогорский вестник». Все права защищены.'],
    ]),
    _page('ru', 'ru-blog-petelki-u-vari-navolochka-punch-needle', [
        ['-Петельки у Вари – ковровая вышивка, коврики и другие петельки',
         '-Главная | Уроки | Схемы | Магазин | Обо мне'],
        ['-Опубликовано 3 марта 2026 автором Варя · 5 комментариев',
         '-Читать: 6 минут',
         '+Моя первая наволочка для подушки в технике punch needle – от начала до конца'],
        ['-В этом посте есть партнёрские ссылки: если купите по ним, я получу небольшую комиссию, а для вас цена не '
         'изменится.',
         '+О подушке в технике punch needle я мечтала с весенней ярмарки рукоделия в прошлом году, и этой зимой '
         'наконец купила раму и иглу.'],
        ['-Готовая лицевая сторона, горчичные круги ещё немного неровные.',
         '-Сохраните в Pinterest, чтобы не потерять!'],
        ['+Рисунок – три пересекающихся круга горчичного, ржавого и кремового цвета на сером фоне, нарисованные '
         'смываемым маркером прямо на ткани.',
         '+Лучший совет дала продавщица в моём магазине пряжи. «Натяните ткань, как барабан, и никогда не отрывайте '
         'иглу от ткани между стежками», – сказала она и оказалась права.'],
        ['+Что понадобится',
         '-Мой любимый набор для punch needle – по этой партнёрской ссылке',
         '+Рама с шипованными планками и ткань на 10 см больше подушки',
         '+Регулируемая игла punch needle с высотой петли 3',
         '+Около 200 граммов толстой шерстяной пряжи четырёх цветов'],
        ['+Дольше всего я заполняла фон, почти девять вечеров, потому что шла рядами по изгибу кругов.',
         '-Подушка на диване, с изнанкой из серого льна и потайной молнией.',
         '+В конце я подрезала ткань до 2 см, промазала края латексом и пришила всё к льняной изнанке с молнией, '
         'чтобы наволочку можно было снять и постирать руками.'],
        ['-Всем удачных петелек, ваша Варя',
         '-Хотите такую же наволочку? Схема и стартовый набор есть в моём магазине в Telegram.',
         '-Подпишитесь на блог, чтобы получать новые посты на почту'],
        ['-5 комментариев к записи «Моя первая наволочка для подушки в технике punch needle – от начала до конца»',
         '-Лена пишет: Какие цвета! Сколько времени ушло на всю наволочку?',
         '-↳ Варя пишет: Недели три по вечерам, Лена.',
         '-Таня пишет: Вы дублировали флизелином или только клеем?',
         '-↳ Галина пишет: Я не Варя, но у меня латекс держит отлично.',
         '-↳ Варя пишет: Как у Галины, Таня: два тонких слоя латекса.'],
        ['-« Предыдущая запись: Крашу пряжу луковой шелухой · Следующая запись: Мой весенний семплер »',
         '-© 2026 Петельки у Вари · Тема Astra · Работает на WordPress'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Google Forms: this form is no longer accepting responses. Try contacting the owner of the form if you think '
    'this is a mistake.':
        ("an English Google Forms closed-form line with its contact-the-owner sentence ('Google Forms: this form is "
         "no longer accepting responses. Try contacting the owner of the form if you think this is a mistake.') is "
         'left in the body'),
    'Contributed by Jeremiah Spindlecote, secretary of the Cartlebury Soapbox Club':
        ("an English contributed-by byline with the writer's club role ('Contributed by Jeremiah Spindlecote, "
         "secretary of the Cartlebury Soapbox Club') is left at the head"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-hesters-hooked-evenings-punch-needle-cushion':
        ("the English punch needle cushion post keeps the finished cushion's photo caption ('The cushion on the "
         "sofa, backed with grey linen and an invisible zip.') between the two last paragraphs (1 of 20 noise "
         'lines); no article line is lost'),
    'fr-blog-les-boucles-d-odile-housse-punch-needle':
        ("the French punch needle cushion post keeps the finished cushion's photo caption ('Le coussin sur le "
         "canapé, avec son dos en lin gris et sa fermeture invisible.') between the two last paragraphs (1 of 20 "
         'noise lines); no article line is lost'),
    'de-blog-brittas-schlaufenstube-punch-needle-kissen':
        ("the German punch needle cushion post keeps the finished cushion's photo caption ('Das Kissen auf dem "
         "Sofa, mit Rückseite aus grauem Leinen und verdecktem Reißverschluss.') between the two last paragraphs (1 "
         'of 20 noise lines); no article line is lost'),
    'it-portale-rotolaccio-gara-di-carretti':
        ("the Italian soapbox derby report keeps the lead photo's caption ('Il carretto n. 7 dei vigili del fuoco "
         "nella curva del forno.') above its credit, opening the block of the first paragraph (1 of 20 noise lines); "
         'no article line is lost'),
    'it-blog-il-ricciolo-di-bice-fodera-punch-needle':
        ("the Italian punch needle cushion post keeps the finished cushion's photo caption ('Il cuscino sul divano, "
         "con il retro in lino grigio e la zip invisibile.') between the two last paragraphs (1 of 20 noise lines); "
         'no article line is lost'),
    'pl-blog-petelki-u-zosi-poszewka-punch-needle':
        ("the Polish punch needle cushion post keeps the finished cushion's photo caption ('Poduszka na kanapie, z "
         "tyłem z szarego lnu i krytym zamkiem.') between the two last paragraphs (1 of 20 noise lines); no article "
         'line is lost'),
    'ru-blog-petelki-u-vari-navolochka-punch-needle':
        ("the Russian punch needle cushion post keeps the affiliate kit link ('Мой любимый набор для punch needle – "
         "по этой партнёрской ссылке') between the subheading and the first list row, inside the list block, and "
         "the finished cushion's photo caption ('Подушка на диване, с изнанкой из серого льна и потайной молнией.') "
         'between the two last paragraphs (2 of 20 noise lines); no article line is lost'),
}

test_held_out_219_line, test_held_out_219_line_is_kept, test_held_out_219_page = held_out_tests(
    HELD_OUT_219_LINES, HELD_OUT_219_KEEP, HELD_OUT_219_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
