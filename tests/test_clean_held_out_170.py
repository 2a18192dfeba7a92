"""Held-out set 170: written blind, weighted toward the noise the cleaner exists for, in shapes set 168's docstring does
not name (nor the first paragraphs of sets 165, 166 and 167): scraper, embed and ad markers (an English embedded Loom
video viewable only by members of its workspace "Embedded Loom video – this recording can only be viewed by members of
its workspace.", an English bracketed Vimeo showcase whose owner allows embedding on approved websites only "[Vimeo
showcase not loaded: the owner allows embedding on approved websites only]", an English Typeform survey that needs
third-party cookies "Typeform survey failed to load. Allow third-party cookies and refresh the page to take part.", a
French Ausha podcast that cannot be played in the reader's browser, with a pointer to its host "Le podcast Ausha ne peut
pas être lu dans ce navigateur. Écoutez-le sur ausha.co.", a German embedded Padlet wall that needs a Padlet log-in
"Eingebundene Padlet-Pinnwand: Zum Ansehen ist eine Anmeldung bei Padlet nötig.", an Italian Google Forms poll that no
longer takes answers "Sondaggio Google Forms non disponibile: il modulo non accetta più risposte.", a Polish CDA film
removed at its owner's request "Film z CDA nie może zostać odtworzony – materiał usunięto na prośbę właściciela." and a
Russian Yandex Music player whose track the rights holder had removed "Плеер Яндекс Музыки недоступен: трек удалён по
требованию правообладателя."); reading-time headers in new wordings (the English time-to-read line with "mins" "Time to
read: 4 mins", a blog's long-read-ahead line of about eleven minutes with a pointer to the photos "Long read ahead
(around eleven minutes) – the photos are at the bottom if you're in a hurry.", the French this-text-reads-in line "Ce
texte se lit en 4 minutes", the German time-for-reading line "Zeit zum Lesen: rund 4 Minuten", the Italian
estimated-reading-time line "Tempo stimato di lettura: circa 4 minuti", the Polish you-will-read-the-article-in line
"Artykuł przeczytasz w 4 minuty" and the Russian length-of-reading line "Длительность чтения: 4 мин."); bylines and
self-promotion (an English Local Democracy Reporting Service byline "Ottilie Quarnsby, Local Democracy Reporting
Service", a French by-our-local-correspondent byline "Par notre correspondante locale Gisèle Trouvadec", an Italian
text-gathered-by byline "Testo raccolto da Ornella Mastrofiocchi" and a Polish abbreviated compiled-by byline "Oprac.
Teodozja Wróblicka", all at the head, and at the foot an English Folksy clock-servicing-kits plug "My clock-servicing
kits are listed on Folksy, and I post them out every Monday.", an English Big Cartel zine plug "Want a printed copy? The
pressed-flower zine is available from my Big Cartel shop.", a German Kasuwa hand-knitted-socks plug with DHL parcel
shipping "Handgestrickte Socken in allen Größen verkaufe ich über Kasuwa, Versand als DHL-Päckchen." and a Russian
Livemaster (Ярмарка Мастеров) restored-bags plug with CDEK delivery "Готовые сумки после реставрации выставляю на
Ярмарке Мастеров, доставка СДЭКом."); blog and site footers (an English Micro.blog credit with archive and colophon
links "Made with Micro.blog · Archive · Colophon", an English company-registration line with a registered office
"Registered in England and Wales No. 04729185. Registered office: 12 Station Road, Kendal.", an English ICNN membership
line with a corrections-policy link "Member of the Independent Community News Network (ICNN) · Corrections policy", a
French host's legal mention with its address and a sitemap link "Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix
· Plan du site", a German Strato hosting credit with an accessibility statement and cookie settings "Gehostet bei Strato
· Barrierefreiheitserklärung · Cookie-Einstellungen", an Italian court-registration and editor-in-charge line "Testata
registrata presso il Tribunale di Ancona n. 14/2011 · Direttore responsabile: Ilario Bruscadelli", a Polish home.pl
hosting row with terms and an accessibility declaration "Hosting: home.pl · Regulamin serwisu · Deklaracja dostępności"
and a Russian mass-media registration certificate line "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано
Роскомнадзором."); reader-comment furniture (the English WordPress notify-me-of-follow-up-comments checkbox label
"Notify me of follow-up comments by email.", an English showing-12-of-47 row with a load-more link "Showing 12 of 47
comments · Load more", an English comment-form note on the display name "Your display name will appear next to your
comment.", a French reply-and-report-abuse row under a comment "Répondre à ce message · Signaler un abus", a German
discussion-post count with a subscribe-to-the-discussion link "Diese Diskussion hat 23 Beiträge · Diskussion
abonnieren", an Italian log-in-with-Facebook-or-Google-to-comment prompt "Per commentare accedi con il tuo account
Facebook o Google.", a Polish report-reply-quote row "Zgłoś naruszenie · Odpowiedz · Cytuj" and a Russian
only-registered-users-may-comment note "Оставить комментарий могут только зарегистрированные пользователи."); share rows
(an English spread-the-word row with Facebook, Bluesky, WhatsApp and Email "Spread the word: Facebook · Bluesky ·
WhatsApp · Email", a French send-to-a-friend row "Envoyer à un ami · Facebook · WhatsApp · Copier le lien" and a Russian
send-to-a-friend row with Telegram, WhatsApp, VK and Viber "Отправить другу: Telegram · WhatsApp · ВКонтакте · Viber");
and notices (a German transparency note that the author belongs to the local heritage society "Transparenzhinweis: Die
Autorin ist Mitglied im örtlichen Heimatverein." and an Italian made-in-collaboration-with-the-Pro-Loco note "Articolo
realizzato in collaborazione con la Pro Loco.", both in the body, and a Polish the-newsroom-may-shorten-letters note
"Redakcja zastrzega sobie prawo do skracania i redagowania nadesłanych tekstów." at the foot); and toward whole scraped
news and hobby-blog pages in layouts set 168's docstring does not describe (on the six portal pages, in ten blocks, a
skip-to-content link, the masthead and the section menu in one block of three at the very top, the skip link first; a
breadcrumb and the reading time in one block of two; the title, the byline-and-date line and the first paragraph in one
block, the byline between the title and the first paragraph; the lead photo's caption and its credit alone in a block of
two after the first paragraph; the second paragraph and the paragraph with the quote in one block with an ad label
between them; the subheading and the three rows with a read-also link at the end of the list block, after the third row;
the two last paragraphs in one block with a sponsored label and a sponsored headline between them; a share row and a
newsletter, WhatsApp-channel, Google News or Telegram prompt in one block of two; at the foot two blocks, four lines of
a comment thread (a comment count, a comment and two other readers' arrowed replies to it) and then a links row and the
publisher's copyright line; on the six blog pages, in nine blocks, the menu and the blog name in one block of two, the
menu first; the posted-on-date-by-author line, the reading time and a comment count in one block of three above the
title; the title alone in its block; a table of contents (its heading and two numbered entries) alone in a block of
three under the title; the first, second and quote paragraphs in one block with a photo caption between the second
paragraph and the quote; the subheading and the three rows with an affiliate link between the first and second rows; the
two last paragraphs at the top of a block of five, followed by the author's sign-off, a share row and a previous-post
link; at the foot two blocks, five lines (a thoughts-on-the-post heading, a comment with the author's arrowed reply and
a second comment with another reader's arrowed reply) and then the author's copyright line and a platform or theme
credit), taken from local news of fresh kinds (a town's lido's diving board reinstated, a village's war memorial
cleaned, a river's stepping stones repaired, a library's mobile van retired, a square's Christmas tree lit, a town's
weekly cattle market's last sale) and from blogs about restoring a mantel clock, making sourdough crackers, building a
cold frame, learning to knit socks, pressing wild flowers and repairing a leather satchel.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 168 but what is named here), held-out set 169 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep the tests/ folder's files and did not run ``git worktree list`` (one listing slip, see
Slips and notes (1)). Read were: the docstring of held-out set 168 up to its paragraph "Measured after round 114", its
imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 165, 166
and 167, printed with one ast script (/tmp/s170scratch/peek.py, reading the files of /tmp/wt-set170/tests, the set's
worktree at the brief's commit; see Slips and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py
(in full, with ``cat``, in /tmp/wt-set170); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s170scratch/helpers.py, with /work/main/src and /work/main/tests on sys.path and
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The English fixture file itself was not
opened. The import lines and the line binding the three tests follow set 168's as printed, with 168 -> 170;
/tmp/s170scratch/gen170.py writes this file from scratch files (data170.py with the noise and keep lines, pages170.py
with the pages, doc1.txt with the first paragraph, doc2.txt with the next four and, after the measurement, doc3.txt with
the Baseline paragraph and tables170.py with the xfail tables). Nothing else was copied from any file of the repository.
The set was measured once against a frozen cleaner (worktree /tmp/wt-s170, detached at commit
cda219441b3227dbdc57c67b1796cec8014143e8, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 05:33:09 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
cda219441b3227dbdc57c67b1796cec8014143e8 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. Slip: in the same
shell call I ran ``ls /tmp/wt-set170/tests/test_clean_held_out_16*.py`` to see that set 168's file was there, which
listed the names of the ten held-out files 16 and 160 to 168 of the tests/ folder (names only; no other file of the
folder was listed, and none of those files was opened other than as the brief allows). helpers.py imported from
/work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was cleaned and
no source under src/ was printed. (2) peek.py's first run printed to the terminal, whose output the tool cut in the
middle (from inside set 168's Slips and notes (3) to inside set 166's first paragraph); its second run went to
/tmp/s170scratch/peek.out, of which I paged lines 125 to 300 and 300 to 470 with ``sed`` (the first run had shown the
lines before and after the cut); nothing outside the allowed parts was printed, since the script stops set 168's
docstring before the paragraph "Measured after round 114" (so its Baseline paragraph, which comes before that one, was
read) and prints only the first paragraphs of the other three. To compare my wordings with the named ones I grepped my
own scratch copy peek.out for the services, platforms, hosts and key words of my lines (Loom, Vimeo, Typeform, Ausha,
Padlet, Google Forms, CDA, Яндекс, Micro.blog, ICNN, OVH, Strato, Tribunale, home.pl, Роскомнадзор, Folksy, Big Cartel,
Kasuwa, Ярмарк, "Notify me", "display name", Signaler, abonnieren, Zgłoś, зарегистрированн, "Spread the word", Envoyer,
Отправить, Transparenz, "Pro Loco", zastrzega, "Time to read", "Long read", "se lit", "Zeit zum", stimato, przeczytasz,
Длительность, Democracy, correspondant, raccolto, Oprac, "Registered in", "Load more", Showing, Hosting, Hébergement,
Gehostet, Cytuj, Répondre, Beiträge, Viber, collaborazione): only "accedi" occurs, in set 166's Italian TikTok line
("accedi per confermare…"), not in a comment prompt. (3) Near misses with shapes already named, noted rather than
hidden: the eight markers stand for services not named there (Loom, Vimeo, Typeform, Ausha, Padlet, Google Forms, CDA,
Yandex Music) with reasons not named (a workspace-only recording, a domain-restricted embed, third-party cookies, an
unsupported browser, a log-in wall, a closed form, removal at the owner's request, removal at the rights holder's
request); still, the French Ausha line's pointer to its host is shaped like set 167's Calaméo and set 166's Dzen lines,
the Russian track removed at the rights holder's request is of the kind of set 165's Italian album withdrawn by its
label, the Polish CDA film removed at its owner's request is close to set 167's German video set to private by its
uploader, and the English workspace-only Loom line is close to set 166's followers-only Strava map; the reading times
are new phrasings of the same minutes-to-read idea, but the Russian "Длительность чтения" is close in sense to set 168's
French "Durée de lecture", the Italian estimated line to set 167's German "Geschätzte Lesedauer", the French reads-in
line to set 165's French to-read-in line, the Polish you-will-read-it-in line to set 165's Russian you-will-read-it-in
line and set 167's Italian you-will-read-this-article-in line, and the English long-read-ahead line is a blog's
long-read warning like set 165's fair-warning, set 166's settle-in and set 168's chunky-one lines (it adds a pointer to
the photos); the English "Time to read" line is new in its "mins"; the bylines (a Local Democracy Reporting Service
credit, a local-correspondent byline, a text-gathered-by byline and the abbreviation "Oprac.") are not named, and the
plugs sell on platforms not named (Folksy, Big Cartel, Kasuwa, Livemaster), though the German and Russian plugs carry
shipping like the plugs of sets 165 to 168; the footers are a builder's credit, a company-registration line, a
press-network membership line, a host's legal mention, a host's credit, a court-registration line, a host's row and a
media-registration line with hosts, builders and bodies not named (Micro.blog, ICNN, OVHcloud, Strato, home.pl,
Roskomnadzor), though the German and Polish accessibility links echo set 167's English accessibility link, the English
corrections-policy link set 168's complaints-policy link, and the Italian court-registration line and the English
company-registration line are legal lines of the kind of set 168's Italian VAT-number line and set 165's Russian
editor-in-chief line; of the comment lines the Italian log-in-to-comment prompt is of the kind of set 166's German
log-in-to-join-the-discussion prompt and set 165's sign-in-with-Google count, the Polish report-reply-quote row and the
French reply-and-report row of the kind of set 167's edited-report-permalink row and set 166's reply-likes-age row, and
the English showing-12-of-47 load-more row of the kind of the show-more links of sets 165 and 166, while the notify-me
checkbox label, the display-name note, the German discussion count with its subscribe link and the Russian
registered-users-only note are not named; the share rows use verbs not named ("Spread the word", "Envoyer à un ami",
"Отправить другу") and Viber; the German transparency note, the Italian Pro Loco collaboration note and the Polish
shorten-and-edit reservation are not named. On the pages the noise is of common kinds (skip links, mastheads, menus,
breadcrumbs, reading times, bylines with dates, captions and credits, ad labels, read-also links, sponsored labels and
headlines, share rows, newsletter, WhatsApp-channel, Google News and Telegram prompts, comment threads, links rows,
copyright lines, blog names, posted-on lines, comment counts, tables of contents, photo captions, affiliate links,
sign-offs, previous-post links, thoughts-on headings and platform credits), since the brief asks for new layouts there;
some positions echo earlier layouts (the portals' read-also link after the third row, where set 166's portals had an ad
label and set 168's blogs an affiliate link; the caption and credit as a pair, as on set 168's portals, though here
alone in their block; the ad label between the second and quote paragraphs, as set 165's portals had an ad pair; the
portals' thread of a count, a comment and two replies as on set 166's portals; the blogs' table of contents of three
right under the title, as on set 166's blogs; the blogs' title alone and the menu and blog name in one block of two, as
in set 167 and set 166), while what is new is where the rest sits (on the portals the skip link at the very top, the
reading time with the breadcrumb, the byline between the title and the first paragraph in one block, the caption pair
alone after the first paragraph, the sponsored pair inside the last paragraphs' block, a share row with a prompt alone,
a links row with the copyright line; on the blogs the menu above the blog name, the meta block of three with a comment
count above the title, the caption between the second paragraph and the quote, the affiliate link between the first and
second rows, the sign-off, share row and previous-post link after the last paragraphs in their block, a thread of two
comments each with one reply opened by a thoughts-on heading). (4) Before the measurement /tmp/s170scratch/check.py
checked, case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of
the set, that no line repeats and that no line holds an at-sign, and counted the lines; while writing I had kept the
mastheads out of the copyright lines (the French copyright line names "Éditions du Réveil", not the masthead, the
Russian one "Редакция районной газеты", the Italian one "Edizioni Varrone srl"), the ad labels out of the keep lines (an
Italian keep line of my first draft opened with "Pubblicità", the page's ad label, and was replaced by "Abbonati al
teatro comunale…"), the word "Anzeige" out of the German portal's masthead and menu (no "Anzeiger", no
"Traueranzeigen"), "Sponsored" out of the English portal's article ("a charity swim", not "a sponsored swim") and the
blogs' comment counts out of their thoughts-on headings (the Polish blog's count reads "Komentarzy: 3", not "3
komentarze"); all of this was changed before any check ran. The first run of check.py found two things: the English
blog's name "The Escapement Shed" inside its copyright line (the line became "© 2026 Rufus Pendlegarth") and the German
ad label "Anzeige" inside the German Padlet marker's "Zum Anzeigen" (now "Zum Ansehen"); its second run found nothing.
Lines and data were counted by check.py (45 noise lines: category, language and place as in Contents; 20 keep lines by
language and place; 12 pages, the portals of ten blocks and the blogs of nine, with 10 "+" and 20 "-" lines each).
/tmp/s170scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one by one:
"+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no mark was
swapped. gen170.py reports lines over 120 characters and at-signs in the written file, checks that every held-out noise
line and keep line is quoted in the docstring and checks, by parsing the file with ``ast`` (without importing it), that
the file's lists, pages and tables equal the scratch ones. (5) Invented names were checked with the exact-string search
over public GitHub files: Wrenningsby (and Wrenningsby Courier), Thackerbrill, Hobthwaite (and Dennis Hobthwaite),
Margery Pellow, Splashdown_Sue, Lengthsman_Len, PoolsidePaula, Escapement Shed, Pendlegarth, Tinker_Tobias,
HorologyHattie, Chaudrolles, Chaudrollais, Réveil du Causse, Éditions du Réveil, Fontazès, Cabrolignac, Papy_Caussenard,
Gisou_des_Combes, Miche Têtue, Pétrin_Joyeux, Mamie_Farine, Levain_du_Lundi, Erlenbrüggen, Erlenbrügger Bote, Bote
Verlag GmbH, Sprützel (and Sprützelkind), Mausbacher, Krausgrübel, Mühlenbach_Moni, Ortsnörgler, Kaltkastenkram,
Gartenzwerg_Gerd, Radieschenfan, Komposthexe, Castelvarrone, Edizioni Varrone, Frinzatelli, Tortorinzi (and Nives
Tortorinzi), Lettore_Tenace, Maestra_Ornellina, Frazionista77, Ferri Storti, Gomitolo_Blu, Sferruzzona, Lana_e_Tè,
Wilczogór (covering Wilczogóra, Wilczogórska and Wilczogórskie), Gazeta Wilczog, Sieczkowiak, Pątkowiczowa,
Mieszkanka_Rynku, Leśny_Dziadek, Gburek_z_Bloku, Kwiaty w Książce, Łąkowa_Ola, Ziołolubna, Bibułkowa_Ewa, Сеновальск,
Ягнятников, Копытнюк, Дед_Матвей, Фермерша_Нюра, Гость_из_района, Шило и дратва, Кожевник_Петрович, Мастерица_Галя,
Дратвин, Quarnsby, Trouvadec, Mastrofiocchi, Wróblicka and Bruscadelli had no hits. Dropped: Pellingsworth (in a list of
invented town names; the town became Wrenningsby), Umbleby (inside Jumble, Rumble and Fumble identifiers; the reporter
became Harriet Thackerbrill), Quellington (a real Australian place and a user name; the blogger became Rufus
Pendlegarth), Barbazanges (a Paris gallery and real people; the mayor became Lucien Cabrolignac), Haselbrück (a village
of a game's world; the town became Erlenbrüggen), Wispel (inside Dutch words and surnames; the river became the
Sprützel), Beetkante (a German word; the blog became Kaltkastenkram), Incerpi (a real surname and a sort sequence; the
reporter became Rosalba Frinzatelli), Sgargiulli (an Italian slang word; the same reporter), MaestraGiuli (inside a real
site's name; the handle became Maestra_Ornellina), Подойниково (Подойников is a real surname; the town became
Сеновальск), Лохмаченко (a surname in a table; the reporter became Агриппина Ягнятникова), Подпругин (a real surname;
the vet became Фрол Копытнюк), Pizzicagnoli (an Italian word and a name in a prompt; the byline became Ornella
Mastrofiocchi), Kelbarrow (a generated place name and inside skelBarRow; the registered office moved to a Station Road
in Kendal, a real town), Ropewalk Yard (an address in many files; dropped with Kelbarrow) and Scorpacci (inside
"scorpacciata"; the editor became Ilario Bruscadelli). Wilczogóra had no hit, but Poland has villages called Wilcza
Góra; the invented spelling in one word was kept. First names alone and with initials (Albane, Albane R., Ansgar, Ansgar
W., Tecla, Tecla M., Hanna K., Hania, Савва, Савва Л., Gwendolyn P., Rufus, Harriet, Lucien, Wendelin, Rosalba, Nives,
Jadwiga, Leokadia, Агриппина, Фрол, Gisèle, Ottilie, Ornella, Teodozja, Ilario and the like; "Tecla M." has hits as the
Spanish "tecla M.", a key name, not a person), real brands, services, platforms, hosts, themes and bodies (the embed
services, Folksy, Big Cartel, Kasuwa, Livemaster, CDEK, DHL, Micro.blog, ICNN, OVHcloud, Strato, home.pl, Roskomnadzor,
WordPress, WordPress.com, Kadence, Astra, GeneratePress, Neve, Cousins UK, Google News, the Souvenir français, the Local
Democracy Reporting Service) and real places (Kendal, Roubaix, Ancona, via Roma) were not checked. (6) The measurement
was run once, at 05:39:34 UTC by ``date``, in one shell call with the brief's two commands (pytest output to
/tmp/s170scratch/measure.out, report to /tmp/s170scratch/report.out); then /tmp/s170scratch/problems.py printed the
problems of every case with ``_problems`` (importing the copy in /tmp/wt-s170/tests with /tmp/wt-s170/src on the path)
to /tmp/s170scratch/problems.out: eighteen noise lines kept, twelve pages with problems (14 page noise lines left, all
of them kept in the text), no keep line lost and no article line lost, as in the Baseline paragraph. The reasons of the
three tables (tables170.py, written by mktables.py) were written from that output, and /tmp/s170scratch/checktables.py
(which calls ``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the
keys of ``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the
keys of ``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason, that no other noise
line of the page is, and that each reason's count and its no-article-line-lost clause match; nothing else was changed:
gen170.py wrote the final file from the same data files, checked that its lists equal them, and the pytest command was
run again on it in /tmp/wt-s170. (7) ``date`` printed 05:33:21 UTC after the helpers were printed, 05:36:50 at the first
run of check.py, 05:37:42 after the name checks, 05:38:44 when gen170.py first wrote the file, 05:39:34 at the
measurement and 05:40:12 after the tables were checked; the times quoted here are those ``date`` printed. The whole set
was written, measured and committed within the brief's 50 minutes, from 05:33:09 UTC (the last ``date`` before the
commit is in the report of this helper).

Judgement calls: the keep lines "Comments left in the library's suggestion box led to longer opening hours on
Saturdays.", "Share ownership of the village shop rose to 240 residents last spring.", "Following the storm, volunteers
cleared fallen branches from the churchyard path.", "Subscriptions to the leisure centre have doubled since the new pool
opened.", "Copyright lawyers for the brewery wrote to the café about its hand-painted sign.", "Advertising on the town's
buses will now pay for free travel for the under-fives.", "Reading Borough Council's planners visited the site in person
on Friday.", "Suivre le chantier de la nouvelle passerelle est devenu la sortie du dimanche des familles.", "Droits
d'auteur et reproduction des cartes postales anciennes ont animé le conseil municipal.", "Lire à voix haute pour les
résidents de la maison de retraite, c'est l'idée de deux collégiennes.", "Kommentare der Anwohner sollen in die Planung
des neuen Radwegs einfließen.", "Folgen hat der Wasserschaden für den Kindergarten bislang keine, sagt die Leiterin.",
"Abonnieren können Eltern den Busfahrplan künftig über die App der Gemeinde.", "Condividere l'orto con i vicini è stata
l'idea di una pensionata di via Roma.", "Commenti entusiasti hanno accolto la riapertura del cinema parrocchiale.",
"Abbonati al teatro comunale potranno scegliere i posti già da lunedì.", "Udostępnienie świetlicy młodzieży radni
zatwierdzili na ostatniej sesji.", "Czytanie bajek w bibliotece przyciąga w soboty coraz więcej dzieci.", "Поделиться
урожаем с соседями жители дачного посёлка решили ещё весной." and "Подписи под обращением к губернатору собирали три
недели." are article sentences: each reports what library users, village shop owners, volunteers, leisure-centre
members, a brewery's lawyers, a bus company, a council's planners, families, a town council, two schoolgirls, residents,
a nursery's head, parents, a pensioner, cinema-goers, theatre subscribers, councillors, children, dacha neighbours or
petitioners did, said, decided or will do, with the noise-like word as an ordinary noun, verb or participle of the
sentence ("Comments left in the library's suggestion box" are readers' notes that changed opening hours, not a comment
count; "Share ownership" is who owns a shop, not a share row; "Following the storm" is a time, not a follow prompt;
"Subscriptions to the leisure centre" are memberships, not a newsletter; "Copyright lawyers" are a brewery's lawyers,
not a copyright footer; "Advertising on the town's buses" pays for fares, not an ad label; "Reading Borough Council" is
a town's council, not a reading time; the French "Suivre", "Droits d'auteur" and "Lire", the German "Kommentare",
"Folgen" and "Abonnieren", the Italian "Condividere", "Commenti" and "Abbonati", the Polish "Udostępnienie" and
"Czytanie" and the Russian "Поделиться" and "Подписи" are families watching a footbridge being built, a council debating
old postcards' rights, schoolgirls reading aloud, residents' comments on a cycle path, a flood with no consequences yet,
parents subscribing to a bus timetable, neighbours sharing a vegetable plot, enthusiastic comments on a reopened cinema,
theatre season-ticket holders, a youth club given a hall, children at story readings, a harvest shared with neighbours
and signatures gathered on a petition; none of them is comment, share, follow, subscribe, ad, reading-time or copyright
furniture; the German "Abonnieren" opens a sentence the way a subscribe prompt would, which is why it is here, and
"Reading" is a place's name). Categories: the Loom, Vimeo, Typeform, Ausha, Padlet, Google Forms, CDA and Yandex Music
lines are markers (each stands where an embed of the page did not come through; the Typeform line's cookies are the
embed's need, not a cookie banner, and the Google Forms line's closed poll is an embed's state, not a notice about the
article); the time-to-read line, the long-read-ahead warning (its eleven minutes are a reading time, though its second
half points to the photos) and the French, German, Italian, Polish and Russian lines are reading times; the Local
Democracy Reporting Service, notre-correspondante, testo-raccolto-da and Oprac. lines are bylines at the head (the
English line is a byline though it carries no "By"; "Oprac." is the Polish byline abbreviation for "compiled by"), and
the Folksy, Big Cartel, Kasuwa and Livemaster lines are bylines (self-promotion) at the foot (the shipping of the German
and Russian plugs belongs to the plug); the Micro.blog, company-registration, ICNN, OVHcloud, Strato, Tribunale, home.pl
and media-registration lines are footers (the ICNN line is a paper's standing membership line, not a notice about one
story; the OVHcloud line is the French legal hosting mention; the Strato and home.pl rows' accessibility and terms links
belong to the footer; the Russian registration certificate is a footer's legal line, not a notice); the notify-me label,
the showing-12-of-47 row, the display-name note, the French reply-and-report row, the German discussion count, the
Italian log-in prompt, the Polish report-reply-quote row and the Russian registered-users-only note are comment
furniture (the notify-me label mentions email but belongs to the comment form, not to a newsletter; the German
"Diskussion abonnieren" subscribes to a thread, not to the paper); the English, French and Russian rows are share rows
("Envoyer à un ami" and "Отправить другу" send the story to a friend, as share rows do); the German transparency note
and the Italian Pro Loco note are notices in the body (both speak of the article they sit in; the Pro Loco note is a
partnership note, not a sponsored label), and the Polish reservation to shorten readers' texts is a notice at the foot
(a standing line under letters and readers' texts, neither a byline nor a footer's legal line). On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (skip links, mastheads, menus, breadcrumbs, reading times, bylines with
dates, captions and credits, ad labels, read-also links, sponsored labels and headlines, share rows, prompts, comment
counts, comments and replies, links rows, copyright lines, blog names, posted-on lines, tables of contents, photo
captions, affiliate links, sign-offs, previous-post links, thoughts-on headings and platform credits) is noise. The list
rows (what swimmers need to know, what the clock restorer learned, how the memorial's cleaning went, what the cracker
baker kept in mind, what changed at the stepping stones, what the cold-frame builder learned, what changes for the
mobile library's readers, what the sock knitter learned, what awaits the townspeople in December, what the flower
presser learned, what happens to the market's ground and what the satchel mender understood) are short but part of each
article, so article; the tables of contents' entries ("1. Taking the movement out" and the like) read like headings but
are links, so noise; the sponsored headlines on the portals are ads, so noise; the captions describe photos, so noise,
though they speak of the story's subject (the French caption names the memorial's 43 soldiers); the affiliate lines name
the tool or material the author used but are shop links, so noise; the portals' title shares its block with the byline
and the first paragraph and is article, while the byline between them is noise; the blogs' sign-offs ("Until next time –
keep ticking, Rufus" and the like) close the post in the author's voice but are a signature, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Russian and notice in German, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24 (four plugs, eight footers,
eight comment lines, three share rows and one notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body
5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wrenningsby-diving-board (a town lido's
five-metre diving board, removed in 1995, reinstated), en-blog-escapementshed-mantel-clock (a great-aunt's 1920s oak
mantel clock cleaned, oiled and set going), fr-portail-chaudrolles-monument (a village's war memorial cleaned and its
letters regilded before 11 November), fr-blog-lamichetetue-crackers (crackers made from sourdough discard),
de-portal-erlenbrueggen-trittsteine (a river's stepping stones, washed away by a winter flood, repaired),
de-blog-kaltkastenkram-fruehbeet (a cold frame built from a neighbour's old windows), it-portale-castelvarrone-bibliobus
(a town library's mobile van retired after 27 years and given to a transport museum), it-blog-ferristorti-calze
(learning to knit a first pair of socks on double-pointed needles), pl-portal-wilczogora-choinka (a market square's
twelve-metre Christmas tree, given by a retired forester, lit), pl-blog-kwiatywksiazce-zielnik (pressing wild meadow
flowers for a herbarium), ru-portal-senovalsk-yarmarka (a town's weekly cattle market, held on Saturdays since 1961,
closed with its last sale) and ru-blog-shiloidratva-portfel (a father's old leather satchel restitched and its lock
mended), each with a reader comment thread.

Baseline (2026-12-06, cleaner at commit cda219441b3227dbdc57c67b1796cec8014143e8, measured with ``cd /tmp/wt-s170 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s170/src python -m pytest -q tests/test_clean_held_out_170.py -rA -p
no:cacheprovider`` (30 failed, 47 passed) and ``cd /tmp/wt-s170 && PYTHONPATH=/tmp/wt-s170/src python
scripts/clean_held_out_report.py --sets 170``, with the xfail tables empty): noise lines removed 27/45 (marker 1/8,
reading-time 6/7, byline 3/8, footer 7/8, comments 6/8, share 3/3, notice 1/3; the 18 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: seven markers in the body (the English Loom and Typeform placeholders, the French
Ausha, German Padlet, Italian Google Forms, Polish CDA and Russian Yandex Music placeholders), one reading time at the
head (the English blog's long-read-ahead warning), five bylines (the French notre-correspondante and Italian
testo-raccolto-da bylines at the head and the Folksy, Kasuwa and Livemaster plugs at the foot), one footer (the French
OVHcloud hosting mention), two comment lines at the foot (the English display-name note and the Russian
registered-users-only note) and two notices (the German transparency note in the body and the Polish shorten-and-edit
reservation at the foot); the English bracketed Vimeo marker, the other six reading times, the English Local Democracy
Reporting Service and Polish Oprac. bylines, the Big Cartel plug, the other seven footers, the other six comment lines,
every share row and the Italian Pro Loco note went); keep lines kept 20/20; pages 0/12 clean, 14 of 240 page noise lines
left and 0 of 120 article lines lost. Left on the pages: on all six portals the sponsored headline under its label in
the last paragraphs' block, between the two last paragraphs (1 each; the labels themselves went); on all six blogs the
photo caption between the second paragraph and the quote (1 each), and on the English and French blogs also the author's
sign-off after the last paragraph (1 each; the German, Italian, Polish and Russian sign-offs in the same place went).
Lost: nothing; no article line of any page and no keep line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s170 gave 47 passed, 30 xfailed, no XPASS.

Measured after round 115 (developed on sets 167 and 168 beside this set's writing from the same base, cda2194, and
measured on it blind by the lead with test_clean._problems of every case before and after, at the round's commit 638d37b
and after the lead's mend a81e20f): two lines moved. Round 115's first-person sale on a platform named in capitals
(clean._MY_PLATFORM_PAGE: the selling verb, the platform after its preposition, with the shipping or pick-up) took the
German Kasuwa plug ("Handgestrickte Socken in allen Größen verkaufe ich über Kasuwa, Versand als DHL-Päckchen.") and the
Russian Livemaster plug ("Готовые сумки после реставрации выставляю на Ярмарке Мастеров, доставка СДЭКом."); their xfail
entries are removed (noise lines 27 -> 29 of 45, byline 3 -> 5 of 8). Its embed-placeholder reading took none of this
set's seven placeholders (Loom, Typeform, Ausha, Padlet, Google Forms, CDA, Yandex Music: states the round did not
list), and no page line, keep line or article line changed.

Round 116 (development; this set was read in full from this round on): developed on sets 169 and 170 from 0102911.
Fixed, by mechanism: (1) embed placeholders, one reading for the whole family (whole_line_noise, one more alternative
of the "video embed" patterns): the embed named (_EMBED_NAMED_ANY: an embedded-object noun of six languages,
_EMBED_NOUN, fed by _EMBED_OBJECT and _EMBED_KIND, right beside a listed platform or a name in capitals,
_EMBED_NAME_WORD, never a determiner nor the line's first word, or after a preposition a listed platform, a name in
mixed case or a domain, never a place or initials ("The video from Kyiv", "Карта из МЧС"); typeform, prezi and cda
added as _EMBED_HOST_EXTRA; or a line opening "Embedded", "Eingebundene", "Intégré" ...; or a "[Name: ...]" label), one state vocabulary (_EMBED_STATE_ANY: unavailable, deleted or removed, private, password,
members only, sign in, failed to load, cannot be played or shown, not supported in this browser, blocked or
restricted, a form closed to answers, in six languages; the older lists _EMBED_GONE, _EMBED_DELETED, _EMBED_KIND_FAILS,
_EMBED_THING_STATE and _EMBED_PLACEHOLDER_STATE feed it, and their own alternatives were kept as they were, so each
still takes what it took), and no verb of saying and no place, time, cause, English past or the object's own story
that makes it news (_EMBED_NEWS_FRAME: "in Russia", "since Tuesday", "after the row", "until spring", "without the
licence", "by the administration's decision", "was", "video of the speech"), a line of 160 characters at most. (2) Page layouts: page_blocks._mark_head_ticker reads the title's block as the first
under the top block with a line the rules left, so a byline-and-reading-time block taken whole may stand between them
(set 169's five portal tickers; the French "En direct" had gone as a live link); page_blocks._SIGN_OFF_WITH_NAME takes
a dash inside the formula and an exclamation mark instead of the comma ("Until next time – keep ticking, Rufus", "À
bientôt et bonne cuisine ! Albane"; the name must still be the writer's); comment_threads._ARROWED_REPLY takes the
replier's name set off by a dash under a thread's header only (_DASHED_REPLIER; set 169's English thread, whose comment
count alone had gone); clean._toc_block_ends accepts a paragraph of eight words or more under a table of contents in
its own block (_opens_paragraph_under_toc, _TOC_NEXT_PARAGRAPH_MIN_WORDS; set 169's Russian "Содержание" over a
quote paragraph of eleven words); the newsletter prompt's round-115 liking question gained the missing-no-post
question and the German infinitive "Hier den Blog abonnieren" ("Keinen Beitrag mehr verpassen? ..."). (3) The legal
hosting mention with the host's postal address and a postcode, after "hébergé par" and the like or under a
"Hébergement :" label ("blog footer"), and the contributor, local-correspondent and text-taken-down-by bylines
("Community contributor:", "Un article de notre correspondante locale,", "Testo raccolto da"). No rule moves where a
page's head or tail starts: the ticker is read in the top block only. Tests: tests/test_clean.py
test_round_114_r116_* (the brief's prefix; 45 cases). Other sets' xfails removed (XPASS, all noise lines, 36): set 89
(2), 114, 121 (4: Typeform, French local correspondent, OVHcloud, Vimeo), 133 (OVH SAS under "Hébergeur"), 135, 136
(2), 145, 146 (4), 147, 148 (2), 149 (2), 150, 152, 153 (2), 154 (2), 155 (2), 163 (3), 164, 165 (2), 166 (one each
where no number is given; all but the bylines and hosting lines named are embed placeholders). All
sets' totals (scripts/clean_held_out_report.py) before -> after: noise lines removed 6604 -> 6659 of 7321, article
lines kept 3247 -> 3247 of 3247, pages clean 1139 -> 1139 of 1918, page noise lines left 1659 -> 1644, paragraphs lost
2 -> 2 (no set's article lines kept dropped, no set's paragraphs lost rose). SemEval: 0 changed files of 3723. Bench
ratio: 1.14 (benchmarks/bench_clean.py against 0102911; cpu best 2.944 s vs 2.576 s; the new alternative's state and name lookaheads run on every line the older ones leave, and were not gated by words in the round's time).
This set before -> after: noise lines removed 29/45 -> 38/45 (marker 1/8 -> 8/8, reading-time 6/7 -> 6/7, byline 5/8
-> 6/8, footer 7/8 -> 8/8, comments 6/8 -> 6/8, share 3/3, notice 1/3 -> 1/3), keep lines 20/20 -> 20/20, pages clean
0/12 -> 0/12, page noise lines left 14 -> 12 of 240 (the English and French sign-offs go), paragraphs lost 0 -> 0.
Reasons reworded: the English and French blogs now keep only their photo captions. Still missed: the English
long-read-ahead warning, the French "Par notre correspondante locale" byline, the Folksy plug, the English display-name
and Russian registered-users-only comment notes, the German transparency note and the Polish shorten-and-edit
reservation, and on the pages the six portals' unlabelled sponsored headlines between the two last paragraphs (not
done: no reading in the round's time that keeps every article subheading) and the six blogs' uncredited photo
captions (left on purpose).
Cleaning test set: the whole set before the last narrowing gave 21306 passed, 1467 xfailed, 46 failed: 40 strict XPASS
(entries removed) and 6 article sentences of earlier rounds' near-miss tests the first version of the reading took
(round 66's Polish licence sentence, round 90's Yandex map until spring, round 97's RaiPlay in schools, round 100's
Yandex Music track by the administration's decision, round 111's video from Kyiv and map from МЧС); the reading was
narrowed (no line-initial name, names after a preposition only listed, mixed case or a domain, a time until, a condition
or a decision as news) and four of the 40 went back to strict xfails (sets 118, 123, 151 and 152's Felt map). After it:
tests/test_clean.py's embed, platform, placeholder, round 66, 90, 97, 100, 111, 115 and r116 tests 1381 passed, and the
25 set files with changed tables 1513 passed, 412 xfailed; the whole set was not run again after the narrowing (it only
takes fewer lines).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_170_LINES: list[tuple[str, str, str]] = [
    ('body', 'Embedded Loom video – this recording can only be viewed by members of its workspace.', 'marker'),
    ('body', '[Vimeo showcase not loaded: the owner allows embedding on approved websites only]', 'marker'),
    ('body', 'Typeform survey failed to load. Allow third-party cookies and refresh the page to take part.', 'marker'),
    ('body', 'Le podcast Ausha ne peut pas être lu dans ce navigateur. Écoutez-le sur ausha.co.', 'marker'),
    ('body', 'Eingebundene Padlet-Pinnwand: Zum Ansehen ist eine Anmeldung bei Padlet nötig.', 'marker'),
    ('body', 'Sondaggio Google Forms non disponibile: il modulo non accetta più risposte.', 'marker'),
    ('body', 'Film z CDA nie może zostać odtworzony – materiał usunięto na prośbę właściciela.', 'marker'),
    ('body', 'Плеер Яндекс Музыки недоступен: трек удалён по требованию правообладателя.', 'marker'),
    ('head', 'Time to read: 4 mins', 'reading-time'),
    ('head', "Long read ahead (around eleven minutes) – the photos are at the bottom if you're in a "
        'hurry.', 'reading-time'),
    ('head', 'Ce texte se lit en 4 minutes', 'reading-time'),
    ('head', 'Zeit zum Lesen: rund 4 Minuten', 'reading-time'),
    ('head', 'Tempo stimato di lettura: circa 4 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 4 minuty', 'reading-time'),
    ('head', 'Длительность чтения: 4 мин.', 'reading-time'),
    ('head', 'Ottilie Quarnsby, Local Democracy Reporting Service', 'byline'),
    ('head', 'Par notre correspondante locale Gisèle Trouvadec', 'byline'),
    ('head', 'Testo raccolto da Ornella Mastrofiocchi', 'byline'),
    ('head', 'Oprac. Teodozja Wróblicka', 'byline'),
    ('tail', 'My clock-servicing kits are listed on Folksy, and I post them out every Monday.', 'byline'),
    ('tail', 'Want a printed copy? The pressed-flower zine is available from my Big Cartel shop.', 'byline'),
    ('tail', 'Handgestrickte Socken in allen Größen verkaufe ich über Kasuwa, Versand als DHL-Päckchen.', 'byline'),
    ('tail', 'Готовые сумки после реставрации выставляю на Ярмарке Мастеров, доставка СДЭКом.', 'byline'),
    ('tail', 'Made with Micro.blog · Archive · Colophon', 'footer'),
    ('tail', 'Registered in England and Wales No. 04729185. Registered office: 12 Station Road, Kendal.', 'footer'),
    ('tail', 'Member of the Independent Community News Network (ICNN) · Corrections policy', 'footer'),
    ('tail', 'Hébergement : OVHcloud, 2 rue Kellermann, 59100 Roubaix · Plan du site', 'footer'),
    ('tail', 'Gehostet bei Strato · Barrierefreiheitserklärung · Cookie-Einstellungen', 'footer'),
    ('tail', 'Testata registrata presso il Tribunale di Ancona n. 14/2011 · Direttore responsabile: '
        'Ilario Bruscadelli', 'footer'),
    ('tail', 'Hosting: home.pl · Regulamin serwisu · Deklaracja dostępności', 'footer'),
    ('tail', 'Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.', 'footer'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Showing 12 of 47 comments · Load more', 'comments'),
    ('tail', 'Your display name will appear next to your comment.', 'comments'),
    ('tail', 'Répondre à ce message · Signaler un abus', 'comments'),
    ('tail', 'Diese Diskussion hat 23 Beiträge · Diskussion abonnieren', 'comments'),
    ('tail', 'Per commentare accedi con il tuo account Facebook o Google.', 'comments'),
    ('tail', 'Zgłoś naruszenie · Odpowiedz · Cytuj', 'comments'),
    ('tail', 'Оставить комментарий могут только зарегистрированные пользователи.', 'comments'),
    ('tail', 'Spread the word: Facebook · Bluesky · WhatsApp · Email', 'share'),
    ('tail', 'Envoyer à un ami · Facebook · WhatsApp · Copier le lien', 'share'),
    ('tail', 'Отправить другу: Telegram · WhatsApp · ВКонтакте · Viber', 'share'),
    ('body', 'Transparenzhinweis: Die Autorin ist Mitglied im örtlichen Heimatverein.', 'notice'),
    ('body', 'Articolo realizzato in collaborazione con la Pro Loco.', 'notice'),
    ('tail', 'Redakcja zastrzega sobie prawo do skracania i redagowania nadesłanych tekstów.', 'notice'),
]

HELD_OUT_170_KEEP: list[tuple[str, str]] = [
    ('head', "Comments left in the library's suggestion box led to longer opening hours on Saturdays."),
    ('head', 'Share ownership of the village shop rose to 240 residents last spring.'),
    ('body', 'Following the storm, volunteers cleared fallen branches from the churchyard path.'),
    ('tail', 'Subscriptions to the leisure centre have doubled since the new pool opened.'),
    ('tail', 'Copyright lawyers for the brewery wrote to the café about its hand-painted sign.'),
    ('body', "Advertising on the town's buses will now pay for free travel for the under-fives."),
    ('tail', "Reading Borough Council's planners visited the site in person on Friday."),
    ('head', 'Suivre le chantier de la nouvelle passerelle est devenu la sortie du dimanche des familles.'),
    ('body', "Droits d'auteur et reproduction des cartes postales anciennes ont animé le conseil municipal."),
    ('tail', "Lire à voix haute pour les résidents de la maison de retraite, c'est l'idée de deux collégiennes."),
    ('head', 'Kommentare der Anwohner sollen in die Planung des neuen Radwegs einfließen.'),
    ('tail', 'Folgen hat der Wasserschaden für den Kindergarten bislang keine, sagt die Leiterin.'),
    ('body', 'Abonnieren können Eltern den Busfahrplan künftig über die App der Gemeinde.'),
    ('head', "Condividere l'orto con i vicini è stata l'idea di una pensionata di via Roma."),
    ('tail', 'Commenti entusiasti hanno accolto la riapertura del cinema parrocchiale.'),
    ('body', 'Abbonati al teatro comunale potranno scegliere i posti già da lunedì.'),
    ('head', 'Udostępnienie świetlicy młodzieży radni zatwierdzili na ostatniej sesji.'),
    ('tail', 'Czytanie bajek w bibliotece przyciąga w soboty coraz więcej dzieci.'),
    ('head', 'Поделиться урожаем с соседями жители дачного посёлка решили ещё весной.'),
    ('tail', 'Подписи под обращением к губернатору собирали три недели.'),
]

HELD_OUT_170_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wrenningsby-diving-board', [
        [
            '-Skip to main content',
            '-The Wrenningsby Courier',
            "-News · Sport · What's On · Property · Jobs · Obituaries",
        ],
        [
            '-Home › News › Wrenningsby',
            '-3 min read',
        ],
        [
            '+Diving board returns to Wrenningsby Lido after 31 years',
            '-By Harriet Thackerbrill · Tuesday 14 July 2026, 6:02 pm',
            '+A five-metre diving board has been reinstated at Wrenningsby Lido, more than three decades after it '
                'was taken down over safety fears.',
        ],
        [
            '-The new board being lowered into place by crane on Monday morning.',
            '-Photo: Courier reader Dennis Hobthwaite',
        ],
        [
            '+The original board was removed in 1995, when the deep end was partly filled in to save on heating costs.',
            '-Advertisement',
            '+Lido trust chair Margery Pellow said: "People have asked for it every summer since I was a girl, and '
                'now they can finally jump again."',
        ],
        [
            '+What swimmers need to know',
            '+The board opens at weekends only until the end of August.',
            '+Under-twelves must pass a deep-water test first.',
            '+A lifeguard will be posted at the deep end during every session.',
            '-Read more: Lido opening hours extended for the heatwave',
        ],
        [
            '+The project cost £48,000, most of it raised by a charity swim and the summer fete.',
            '-Sponsored',
            '-Five reasons retirees are moving to the seaside this year',
            "+The trust now hopes to reopen the lido's old café kiosk next season.",
        ],
        [
            '-Share: Facebook · X · WhatsApp · Email',
            "-Get the Courier's daily headlines in your inbox – sign up free",
        ],
        [
            '-6 comments',
            '-Splashdown_Sue: Learned to dive off the old one in 1982. Brilliant news.',
            '-↳ Lengthsman_Len: Same here, though my knees might not agree this time!',
            '-↳ PoolsidePaula: Hope they keep a lifeguard on weekdays too.',
        ],
        [
            '-About us · Contact · Advertise · Privacy',
            '-© 2026 Wrenningsby Courier Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-escapementshed-mantel-clock', [
        [
            "-Home · About · Clocks I've Fixed · Contact",
            '-The Escapement Shed',
        ],
        [
            '-Posted on 3 March 2026 by Rufus Pendlegarth',
            '-8 minute read',
            '-5 Comments',
        ],
        [
            '+Bringing a 1920s oak mantel clock back to life',
        ],
        [
            '-Contents',
            '-1. Taking the movement out',
            '-2. Cleaning and oiling',
        ],
        [
            "+This oak-cased mantel clock came from my great-aunt's front room and had not ticked since the 1980s.",
            '+Inside, the movement was thick with old oil and dust, and the mainspring was fully wound and stuck.',
            '-The movement on the bench before cleaning – note the brown sludge on the pivots.',
            '+A retired clockmaker at the market gave me the best advice I\'ve had: "Never oil what you haven\'t '
                'cleaned, and never clean what you haven\'t photographed."',
        ],
        [
            '+What I learned along the way',
            '+Let the mainspring down with a proper letting-down tool, never by hand.',
            '-I used this pivot-polishing kit from Cousins UK (affiliate link).',
            '+Pegwood sticks clean the pivot holes better than any solvent.',
            '+A tiny drop of clock oil is enough for each pivot.',
        ],
        [
            '+After a week on the test stand it now loses less than a minute a day.',
            '+The chime is still a little slow, so the strike train will be my next job.',
            '-Until next time – keep ticking, Rufus',
            '-Share this: Facebook · Pinterest · Reddit',
            '-← Previous post: A brass carriage clock with a broken hand',
        ],
        [
            '-5 thoughts on “Bringing a 1920s oak mantel clock back to life”',
            '-Gwendolyn P.: My grandfather had one just like this! Where did you find the pegwood?',
            '-↳ Rufus Pendlegarth: Most clock suppliers sell it by the bundle, Gwendolyn.',
            '-Tinker_Tobias: Great write-up. Did you bush any of the pivot holes?',
            "-↳ HorologyHattie: He'd have said if he had – I'd love a post on bushing though.",
        ],
        [
            '-© 2026 Rufus Pendlegarth',
            '-Powered by WordPress · Theme: Kadence',
        ],
    ]),
    _page('fr', 'fr-portail-chaudrolles-monument', [
        [
            '-Aller au contenu principal',
            '-Le Réveil du Causse',
            '-Actualités · Sports · Agenda · Nécrologie · Annonces',
        ],
        [
            '-Accueil > Communes > Chaudrolles',
            '-Lecture : 3 min',
        ],
        [
            '+À Chaudrolles, le monument aux morts retrouve sa blancheur',
            '-Par Mireille Fontazès · Publié le 9 novembre 2026 à 17 h 40',
            '+Le monument aux morts de Chaudrolles a été entièrement nettoyé la semaine dernière, à quelques jours '
                'des cérémonies du 11-Novembre.',
        ],
        [
            '-Les noms des 43 soldats du village sont de nouveau lisibles.',
            '-Photo Mireille Fontazès',
        ],
        [
            "+La pierre calcaire, noircie par les lichens et la pollution, n'avait pas été restaurée depuis 1968.",
            '-Publicité',
            "+Le maire, Lucien Cabrolignac, se réjouit : « C'est une dette que nous avions envers ces hommes et "
                'envers leurs familles. »',
        ],
        [
            "+Comment le chantier s'est déroulé",
            "+Un tailleur de pierre a d'abord testé plusieurs produits sur une petite surface.",
            "+Le nettoyage s'est fait à basse pression, sans produit chimique.",
            "+Les lettres ont été repeintes à la feuille d'or.",
            '-À lire aussi : Le clocher de Chaudrolles sous surveillance',
        ],
        [
            '+Les travaux ont coûté 12 000 euros, financés en partie par le Souvenir français.',
            '-Contenu sponsorisé',
            "-Ces mutuelles que les seniors s'arrachent en 2026",
            "+La cérémonie du 11 novembre aura lieu à 11 heures, suivie d'un vin d'honneur à la mairie.",
        ],
        [
            '-Partager : Facebook · X · WhatsApp · E-mail',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
        ],
        [
            '-3 commentaires',
            '-Papy_Caussenard : Mon grand-oncle est sur ce monument. Merci à ceux qui ont fait ce travail.',
            "-↳ Gisou_des_Combes : Bravo à la commune, c'était devenu triste à voir.",
            '-↳ Chaudrollais_88 : Il faudrait faire pareil pour la croix du cimetière.',
        ],
        [
            '-Mentions légales · Nous contacter · Annonceurs · CGU',
            '-© 2026 Éditions du Réveil – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-lamichetetue-crackers', [
        [
            '-Accueil · Recettes · À propos · Contact',
            '-La Miche Têtue',
        ],
        [
            '-Publié le 12 février 2026 par Albane',
            '-Temps de lecture : 6 min',
            '-4 commentaires',
        ],
        [
            '+Mes crackers au levain, ou comment ne plus jeter la défausse',
        ],
        [
            '-Sommaire',
            '-1. La pâte',
            '-2. La cuisson',
        ],
        [
            "+Quand on nourrit un levain, on se retrouve vite avec des pots de défausse qu'on n'ose pas jeter.",
            "+J'ai testé une dizaine de recettes de crackers avant de trouver celle qui croustille vraiment.",
            '-Les crackers refroidissent sur une grille, parsemés de graines.',
            "+Ma voisine boulangère me l'avait bien dit : « Étale plus fin que tu ne crois, puis encore un peu plus "
                'fin. »',
        ],
        [
            "+Ce que j'ai retenu",
            '+Une défausse de deux ou trois jours donne plus de goût.',
            "-Le rouleau à pâtisserie que j'utilise est ici (lien affilié)",
            '+Il faut piquer la pâte partout à la fourchette.',
            '+Le four doit être bien chaud, à 200 degrés.',
        ],
        [
            "+Ils se gardent deux semaines dans une boîte en fer, s'ils survivent jusque-là.",
            "+La prochaine fois, j'essaierai une version au romarin et au parmesan.",
            '-À bientôt et bonne cuisine ! Albane',
            '-Partager : Facebook · Pinterest · WhatsApp',
            '-← Article précédent : Mon premier levain, jour après jour',
        ],
        [
            '-4 réflexions sur « Mes crackers au levain »',
            '-Pétrin_Joyeux : Merci ! Je jetais toute ma défausse, quelle honte.',
            '-↳ Albane : Plus maintenant, alors ! Tiens-moi au courant.',
            '-Mamie_Farine : Avec quelle farine les fais-tu ?',
            '-↳ Levain_du_Lundi : Moi je prends de la T80, ça marche très bien.',
        ],
        [
            '-© 2026 Albane R. – Tous droits réservés',
            '-Propulsé par WordPress · Thème Astra',
        ],
    ]),
    _page('de', 'de-portal-erlenbrueggen-trittsteine', [
        [
            '-Zum Inhalt springen',
            '-Erlenbrügger Bote',
            '-Lokales · Sport · Kultur · Termine · Service',
        ],
        [
            '-Startseite > Lokales > Erlenbrüggen',
            '-Lesezeit: 3 Minuten',
        ],
        [
            '+Trittsteine in der Sprützel wieder begehbar',
            '-Von Gerlinde Mausbacher | 22.05.2026, 07:15 Uhr',
            '+Die Trittsteine in der Sprützel unterhalb der alten Mühle sind repariert und seit Donnerstag wieder '
                'freigegeben.',
        ],
        [
            '-Ein Junge springt über die frisch gesetzten Steine.',
            '-Foto: Gerlinde Mausbacher',
        ],
        [
            '+Das Hochwasser im Winter hatte drei der zwölf Steine weggerissen, zwei weitere lagen schief im '
                'Flussbett.',
            '-Anzeige',
            '+Ortsvorsteher Wendelin Krausgrübel sagte: „Für die Kinder ist das der kürzeste Schulweg, darum musste '
                'es schnell gehen.“',
        ],
        [
            '+Was sich geändert hat',
            '+Die neuen Steine sind breiter und haben eine raue Oberfläche.',
            '+Bei Hochwasser sperrt eine Kette den Übergang.',
            '+Ein Schild am Ufer zeigt den aktuellen Pegel.',
            '-Lesen Sie auch: Mühlenfest fällt dieses Jahr aus',
        ],
        [
            '+Die Arbeiten übernahm ein Bautrupp des Wasserverbands, die Kosten lagen bei rund 9.000 Euro.',
            '-Gesponsert',
            '-So sparen Hausbesitzer jetzt beim Heizen',
            '+Die Gemeinde will die Steine künftig nach jedem Hochwasser prüfen lassen.',
        ],
        [
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
            '-Jeden Morgen die wichtigsten Nachrichten aus der Region: Jetzt Newsletter abonnieren',
        ],
        [
            '-4 Kommentare',
            '-Sprützelkind: Als Kind bin ich da jeden Tag drübergehüpft. Schön!',
            '-↳ Mühlenbach_Moni: Endlich, meine Tochter hat schon gefragt.',
            '-↳ Ortsnörgler: 9.000 Euro für ein paar Steine?',
        ],
        [
            '-Impressum · Datenschutz · Kontakt · Mediadaten',
            '-© 2026 Bote Verlag GmbH',
        ],
    ]),
    _page('de', 'de-blog-kaltkastenkram-fruehbeet', [
        [
            '-Start · Über mich · Projekte · Kontakt',
            '-Kaltkastenkram',
        ],
        [
            '-Veröffentlicht am 8. März 2026 von Ansgar',
            '-Lesezeit: 7 Minuten',
            '-6 Kommentare',
        ],
        [
            '+Ein Frühbeet aus alten Fenstern bauen',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Der Rahmen',
            '-2. Der Deckel',
        ],
        [
            '+Als beim Nachbarn die alten Holzfenster rausflogen, habe ich mir zwei davon gesichert.',
            '+Daraus ist an drei Wochenenden ein Frühbeet für Salat und Radieschen geworden.',
            '-Der fertige Rahmen aus Lärchenbrettern, noch ohne Fenster.',
            '+Mein Opa hat immer gesagt: „Ein Frühbeet ist wie ein Wintermantel für den Garten, nur muss man es '
                'lüften.“',
        ],
        [
            '+Was ich gelernt habe',
            '+Die Rückwand sollte gut 20 Zentimeter höher sein als die Front.',
            '-Die Scharniere habe ich hier bestellt (Affiliate-Link)',
            '+Ein Stock zum Aufstellen verhindert Hitzestau an sonnigen Tagen.',
            '+Unter die Erde gehört ein Gitter gegen Wühlmäuse.',
        ],
        [
            '+Die ersten Radieschen konnte ich schon Mitte April ernten.',
            '+Im Herbst kommt noch ein zweites Frühbeet für Feldsalat dazu.',
            '-Bis bald im Garten, euer Ansgar',
            '-Teilen: Facebook · Pinterest · WhatsApp',
            '-← Vorheriger Beitrag: Hochbeet aus Paletten',
        ],
        [
            '-6 Gedanken zu „Ein Frühbeet aus alten Fenstern bauen“',
            '-Gartenzwerg_Gerd: Tolle Idee! Wie dick sind die Bretter?',
            '-↳ Ansgar: 24 Millimeter, Gerd, das reicht völlig.',
            '-Radieschenfan: Hast du die Fenster noch gestrichen?',
            '-↳ Komposthexe: Lasur reicht, hat bei mir zehn Jahre gehalten.',
        ],
        [
            '-© 2026 Ansgar W.',
            '-Mit WordPress erstellt · Theme: GeneratePress',
        ],
    ]),
    _page('it', 'it-portale-castelvarrone-bibliobus', [
        [
            '-Vai al contenuto',
            '-La Voce di Castelvarrone',
            '-Cronaca · Sport · Cultura · Eventi · Necrologi',
        ],
        [
            '-Home > Cronaca > Castelvarrone',
            '-Tempo di lettura: 3 minuti',
        ],
        [
            '+Il bibliobus va in pensione dopo 27 anni di strada',
            '-di Rosalba Frinzatelli | 3 ottobre 2026',
            '+Il bibliobus della biblioteca civica di Castelvarrone ha fatto ieri il suo ultimo giro tra le frazioni.',
        ],
        [
            '-Il vecchio bibliobus parcheggiato davanti al municipio.',
            '-Foto di Rosalba Frinzatelli',
        ],
        [
            '+Il furgone, acquistato nel 1999, aveva percorso oltre 400.000 chilometri e non superava più la '
                'revisione.',
            '-Pubblicità',
            "+La bibliotecaria Nives Tortorinzi racconta: «In certe frazioni eravamo l'unico servizio pubblico "
                'rimasto, e la gente ci aspettava con la borsa dei libri.»',
        ],
        [
            '+Cosa cambia per i lettori',
            '+I prestiti nelle frazioni passano al servizio a domicilio.',
            '+Le scuole potranno prenotare casse di libri per le classi.',
            '+La biblioteca resta aperta anche il sabato mattina.',
            '-Leggi anche: Nuovi orari per la biblioteca civica',
        ],
        [
            '+Il comune ha deciso di non sostituire il mezzo, ritenuto troppo costoso da mantenere.',
            '-Contenuto sponsorizzato',
            '-Il trucco delle nonne per pagare meno la bolletta',
            '+Il vecchio bibliobus sarà donato al museo dei trasporti della provincia.',
        ],
        [
            '-Condividi: Facebook · WhatsApp · X · Email',
            '-Iscriviti al canale WhatsApp della Voce per ricevere le notizie del giorno',
        ],
        [
            '-7 commenti',
            '-Lettore_Tenace: Ci portava i libri anche sotto la neve. Grazie di tutto.',
            '-↳ Maestra_Ornellina: I miei alunni lo aspettavano come una festa.',
            '-↳ Frazionista77: E adesso chi ci porta i libri su in montagna?',
        ],
        [
            '-Chi siamo · Contatti · Privacy · Cookie',
            '-© 2026 Edizioni Varrone srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-ferristorti-calze', [
        [
            '-Home · Chi sono · Tutorial · Contatti',
            '-Ferri Storti',
        ],
        [
            '-Pubblicato il 20 gennaio 2026 da Tecla',
            '-Lettura: 6 minuti',
            '-4 commenti',
        ],
        [
            '+Le mie prime calze ai ferri: cronaca di un tallone',
        ],
        [
            '-Indice',
            '-1. Il gambale',
            '-2. Il tallone',
        ],
        [
            '+Ho sempre lavorato a maglia sciarpe e cappelli, ma le calze mi facevano paura.',
            "+Quest'inverno mi sono decisa e ho comprato cinque ferri a doppia punta.",
            "-Il primo calzino finito, con il tallone un po' storto.",
            '+Mia nonna, guardandomi, ha riso: «Il primo tallone lo sbagliano tutte, il secondo lo sbagli solo tu.»',
        ],
        [
            '+Cosa ho imparato',
            "+Conviene usare una lana con un po' di nylon, che dura di più.",
            '-Il kit di ferri che uso lo trovi qui (link affiliato)',
            '+Il tallone rinforzato si lavora a maglia passata.',
            '+Le maglie della punta si chiudono con la cucitura a maglia.',
        ],
        [
            '+Il secondo calzino è venuto meglio, anche se è un centimetro più lungo.',
            '+Il prossimo progetto sarà un paio di calze a righe per mio marito.',
            '-Alla prossima, Tecla',
            '-Condividi: Facebook · Pinterest · WhatsApp',
            '-← Articolo precedente: Il mio primo cappello a coste',
        ],
        [
            '-4 pensieri su “Le mie prime calze ai ferri”',
            '-Gomitolo_Blu: Anche il mio primo tallone sembrava una patata!',
            '-↳ Tecla: Allora siamo in buona compagnia!',
            '-Sferruzzona: Che lana hai usato?',
            "-↳ Lana_e_Tè: Credo sia una merino con nylon, la uso anch'io.",
        ],
        [
            '-© 2026 Tecla M.',
            '-Creato con WordPress · Tema: Neve',
        ],
    ]),
    _page('pl', 'pl-portal-wilczogora-choinka', [
        [
            '-Przejdź do treści',
            '-Gazeta Wilczogórska',
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Pogoda',
        ],
        [
            '-Strona główna > Wiadomości > Wilczogóra',
            '-Czas czytania: 3 min',
        ],
        [
            '+Choinka na rynku w Wilczogórze już świeci',
            '-Autor: Jadwiga Sieczkowiak · 6 grudnia 2026, 19:05',
            '+W sobotę wieczorem na rynku w Wilczogórze zapalono światełka na dwunastometrowej choince.',
        ],
        [
            '-Tłum mieszkańców przed rozświetloną choinką.',
            '-Fot. Jadwiga Sieczkowiak',
        ],
        [
            '+Świerk podarował miastu emerytowany leśniczy, który posadził go w swoim ogrodzie ponad czterdzieści '
                'lat temu.',
            '-Reklama',
            '+Burmistrz Leokadia Pątkowiczowa mówiła: „Ta choinka rosła razem z naszymi dziećmi, a teraz będzie '
                'świecić dla wszystkich.”',
        ],
        [
            '+Co czeka mieszkańców w grudniu',
            '+Jarmark świąteczny potrwa do 22 grudnia.',
            '+W każdą niedzielę na rynku zagra orkiestra dęta.',
            '+Lodowisko będzie czynne codziennie do godziny 21.',
            '-Czytaj także: Nowe oświetlenie ulicy Kościelnej',
        ],
        [
            '+Na choince zawieszono 8 tysięcy lampek LED i ponad trzysta bombek zrobionych przez przedszkolaków.',
            '-Materiał sponsorowany',
            '-Kredyt na święta? Sprawdź, ile możesz pożyczyć',
            '+Choinka będzie świecić do święta Trzech Króli.',
        ],
        [
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
            '-Obserwuj nas w Google News',
        ],
        [
            '-Komentarze (4)',
            '-Mieszkanka_Rynku: Piękna w tym roku, dużo ładniejsza niż zeszłoroczna.',
            '-↳ Leśny_Dziadek: Pan leśniczy to mój sąsiad, jest bardzo dumny.',
            '-↳ Gburek_z_Bloku: Szkoda tylko, że znowu korki na Kościelnej.',
        ],
        [
            '-Kontakt · Redakcja · Polityka prywatności',
            '-© 2026 Wydawnictwo Wilczogórskie sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-kwiatywksiazce-zielnik', [
        [
            '-Start · O mnie · Zielnik · Kontakt',
            '-Kwiaty w Książce',
        ],
        [
            '-Opublikowano 14 lipca 2026 przez Hannę',
            '-Czas czytania: 6 min',
            '-Komentarzy: 3',
        ],
        [
            '+Jak suszę i prasuję polne kwiaty',
        ],
        [
            '-Spis treści',
            '-1. Zbieranie',
            '-2. Prasowanie',
        ],
        [
            '+Polne kwiaty zbieram od dziecka, ale dopiero w tym roku zaczęłam je porządnie prasować.',
            '+Mój pierwszy zielnik ma już ponad czterdzieści kart z kwiatami z okolicznych łąk.',
            '-Chabry i maki rozłożone na bibule przed prasowaniem.',
            '+Babcia powtarzała mi zawsze: „Kwiat zrywaj w południe, kiedy rosa już zeszła, bo inaczej zgnije w '
                'książce.”',
        ],
        [
            '+Czego się nauczyłam',
            '+Najlepiej prasować kwiaty między kartkami bibuły.',
            '-Prasę do kwiatów kupiłam tutaj (link afiliacyjny)',
            '+Grube kwiaty trzeba przekroić na pół przed prasowaniem.',
            '+Bibułę wymienia się co dwa dni przez pierwszy tydzień.',
        ],
        [
            '+Po trzech tygodniach kwiaty są suche i zachowują kolor.',
            '+Zimą chcę zrobić z nich kartki świąteczne dla rodziny.',
            '-Do zobaczenia na łące, Hania',
            '-Udostępnij: Facebook · Pinterest · WhatsApp',
            '-← Poprzedni wpis: Zioła na balkonie',
        ],
        [
            '-3 komentarze do „Jak suszę i prasuję polne kwiaty”',
            '-Łąkowa_Ola: Piękne! Czy maki nie tracą koloru?',
            '-↳ Hania: Trochę bledną, ale chabry trzymają kolor świetnie.',
            '-Ziołolubna: A jak długo trzymasz je w prasie?',
            '-↳ Bibułkowa_Ewa: U mnie wystarczają trzy tygodnie, jak u autorki.',
        ],
        [
            '-© 2026 Hanna K.',
            '-Blog na WordPress.com',
        ],
    ]),
    _page('ru', 'ru-portal-senovalsk-yarmarka', [
        [
            '-Перейти к содержанию',
            '-Сеновальские вести',
            '-Новости · Спорт · Культура · Объявления · Погода',
        ],
        [
            '-Главная > Новости > Сеновальск',
            '-Время чтения: 3 минуты',
        ],
        [
            '+В Сеновальске прошла последняя ярмарка скота',
            '-Автор: Агриппина Ягнятникова · 17 октября 2026, 16:20',
            '+В субботу на площади у элеватора в Сеновальске в последний раз прошла еженедельная ярмарка скота.',
        ],
        [
            '-Последние покупатели осматривают телят у загона.',
            '-Фото: Агриппина Ягнятникова',
        ],
        [
            '+Ярмарку проводили по субботам с 1961 года, но в последние годы на неё привозили всего несколько голов.',
            '-Реклама',
            '+Ветеринар Фрол Копытнюк вспоминает: «Раньше сюда гнали коров со всего района, очередь из грузовиков '
                'стояла до самой трассы».',
        ],
        [
            '+Что будет с площадкой',
            '+Загоны разберут до конца ноября.',
            '+На месте рынка построят стоянку для грузовиков.',
            '+Весы передадут в краеведческий музей.',
            '-Читайте также: В районе закрылась последняя молочная ферма',
        ],
        [
            '+Районная администрация объяснила решение тем, что фермеры теперь продают скот через интернет.',
            '-На правах рекламы',
            '-Пенсионеры могут получить надбавку: как оформить',
            '+Последней на ярмарке продали корову по кличке Зорька, её купила семья из соседнего села.',
        ],
        [
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
            '-Подписывайтесь на наш канал в Telegram',
        ],
        [
            '-Комментарии (5)',
            '-Дед_Матвей: Жалко, я туда с отцом ещё мальчишкой ходил.',
            '-↳ Фермерша_Нюра: Через интернет корову не пощупаешь.',
            '-↳ Гость_из_района: Зорьку-то хоть в хорошие руки отдали?',
        ],
        [
            '-О редакции · Контакты · Политика конфиденциальности',
            '-© 2026 Редакция районной газеты. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-shiloidratva-portfel', [
        [
            '-Главная · Обо мне · Мастерская · Контакты',
            '-Шило и дратва',
        ],
        [
            '-Опубликовано 5 апреля 2026, автор: Савва',
            '-Время чтения: 7 минут',
            '-Комментариев: 4',
        ],
        [
            '+Как я чинил старый кожаный портфель',
        ],
        [
            '-Содержание',
            '-1. Швы',
            '-2. Замок',
        ],
        [
            '+Этот портфель из толстой кожи мне достался от отца, который ходил с ним на работу тридцать лет.',
            '+Швы по бокам разошлись, ручка треснула, а латунный замок перестал защёлкиваться.',
            '-Портфель до ремонта: видно, как разошёлся боковой шов.',
            '+Старый сапожник с рынка сказал мне: «Кожа прощает всё, кроме спешки и дешёвых ниток».',
        ],
        [
            '+Что я понял за время ремонта',
            '+Старые нитки лучше вынимать по одной, не разрезая кожу.',
            '-Вощёную нить брал вот здесь (партнёрская ссылка)',
            '+Для шва нужны две иглы и вощёная нить.',
            '+Кожу после ремонта стоит напитать кремом.',
        ],
        [
            '+Теперь портфель снова закрывается, и я хожу с ним на работу.',
            '+Следующим на очереди старый отцовский ремень.',
            '-Всем добра, ваш Савва',
            '-Поделиться: ВКонтакте · Telegram · WhatsApp',
            '-← Предыдущая запись: Новая подошва для сапог',
        ],
        [
            '-4 комментария к записи «Как я чинил старый кожаный портфель»',
            '-Кожевник_Петрович: Хорошая работа! Замок сами чистили?',
            '-↳ Савва: Сам, зубной щёткой и нашатырём.',
            '-Мастерица_Галя: А крем какой брали?',
            '-↳ Дратвин: Бесцветный, на пчелином воске, лучше не придумать.',
        ],
        [
            '-© 2026 Савва Л.',
            '-Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Long read ahead (around eleven minutes) – the photos are at the bottom if you're in a hurry.":
        "an English blog's long-read-ahead reading-time warning ('Long read ahead (around eleven minutes) – the "
            "photos are at the bottom if you're in a hurry.') is left at the head",
    'Your display name will appear next to your comment.':
        "an English comment-form display-name note ('Your display name will appear next to your comment.') is left "
            'at the foot',
    'Redakcja zastrzega sobie prawo do skracania i redagowania nadesłanych tekstów.':
        "a Polish the-newsroom-may-shorten-texts notice ('Redakcja zastrzega sobie prawo do skracania i redagowania "
            "nadesłanych tekstów.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-escapementshed-mantel-clock':
        "the mantel-clock blog's post keeps the photo caption ('The movement on the bench before cleaning – note the "
        "brown sludge on the pivots.') between the second paragraph and the quote (1 of 20 noise lines; the author's "
        'sign-off after the last paragraph now goes); no article line is lost',
    'fr-blog-lamichetetue-crackers':
        "the sourdough-crackers blog's post keeps the photo caption ('Les crackers refroidissent sur une grille, "
        "parsemés de graines.') between the second paragraph and the quote (1 of 20 noise lines; the author's sign-off "
        'after the last paragraph now goes); no article line is lost',
    'de-blog-kaltkastenkram-fruehbeet':
        "the cold-frame blog's post keeps the photo caption ('Der fertige Rahmen aus Lärchenbrettern, noch ohne "
            "Fenster.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
    'it-blog-ferristorti-calze':
        "the sock-knitting blog's post keeps the photo caption ('Il primo calzino finito, con il tallone un po' "
            "storto.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
    'pl-blog-kwiatywksiazce-zielnik':
        "the flower-pressing blog's post keeps the photo caption ('Chabry i maki rozłożone na bibule przed "
            "prasowaniem.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
    'ru-blog-shiloidratva-portfel':
        "the satchel-repair blog's post keeps the photo caption ('Портфель до ремонта: видно, как разошёлся боковой "
            "шов.') between the second paragraph and the quote (1 of 20 noise lines); no article line is lost",
}


test_held_out_170_line, test_held_out_170_line_is_kept, test_held_out_170_page = held_out_tests(
    HELD_OUT_170_LINES, HELD_OUT_170_KEEP, HELD_OUT_170_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
