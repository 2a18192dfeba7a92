"""Held-out set 136: written blind, weighted toward the noise the cleaner exists for, in shapes set 134's docstring does
not name (nor the first paragraphs of sets 131, 132 and 133): scraper, embed and ad markers (an English Flourish
visualisation that could not be displayed "This Flourish visualisation could not be displayed. Open the interactive
version in a new tab.", an English Mixcloud widget blocked by licensing "Mixcloud widget: this upload is unavailable in
your location due to licensing restrictions.", an English embedded Google Form that has closed "This form is no longer
accepting responses. Try contacting the owner of the form if you think this is a mistake.", a French Google Maps embed's
own load error "Impossible de charger Google Maps correctement sur cette page. Êtes-vous le propriétaire de ce site Web
?", a German Podigee podcast player that failed to load an episode "Podigee-Player: Diese Episode konnte nicht geladen
werden. Bitte laden Sie die Seite neu.", an Italian Issuu document removed by its publisher "Il documento Issuu non è
disponibile: la pubblicazione è stata rimossa dall'editore.", a Polish Genially presentation that cannot be shown
"Prezentacja Genially nie może zostać wyświetlona – spróbuj otworzyć ją w nowej karcie." and a Russian Rutube player
load failure "Не удалось загрузить плеер Rutube. Попробуйте обновить страницу."); reading-time headers in new wordings
(the English minutes-and-word-count row "4 min read · 812 words" and a letterpress-style blog's word-count warning
"Settle in: this post runs to about 2,300 words, or a quarter of an hour's reading.", the French "Durée de lecture : 4
min", the German "Geschätzte Lesezeit: 4 Minuten", the Italian "Si legge in 4 minuti", the Polish "Czas potrzebny na
przeczytanie: 4 min" and the Russian "Время чтения: 4 мин."); bylines and self-promotion (an English two-reporter byline
"By Lavinia Droskett and Tobias Fennerwick", a French written-by-with-desk byline "Rédigé par Apolline Vastrebois,
journaliste au service des sports", a German report-by with text and photo credits "Ein Bericht von Ottokar Hangwieser
(Text) und Lioba Traubenzahl (Fotos)" and a Polish author-and-desk byline "Autorka: Zenobia Przytupska, dział Region",
all at the head, and at the foot an English letterpress-notecards-at-stockists plug "Letterpress notecards from my press
are stocked at three independent bookshops – see the Stockists page for the list.", an English Gumroad pay-what-you-like
guide plug "My guide to restoring typewriter platens is available as a PDF on Gumroad – pay what you like.", an Italian
bobbin-lace beginners' course plug "Organizzo corsi di tombolo per principianti il sabato mattina: sei posti,
prenotazioni dalla pagina Corsi." and a Russian bobbin-lace master-class plug "Провожу мастер-классы по плетению на
коклюшках в Доме культуры — запись в нашей группе ВКонтакте."); blog and site footers (an English Ghost credit with its
theme "Published with Ghost · Casper theme · RSS", an English IPSO Editors' Code line "This website and associated
newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", an English Neocities
no-cookies line "Site hosted on Neocities · Best viewed with any browser · No cookies here", a French
Dotclear-and-o2switch credit "Blog propulsé par Dotclear · Hébergé chez o2switch · Flux Atom", a German
Uberspace-and-Kirby credit "Gehostet bei Uberspace · Erstellt mit Kirby · Datenschutz · Impressum", an Italian
court-registration and ROC line "Testata registrata presso il Tribunale al n. 00/2000 · ROC n. 00000 · Redazione e
amministrazione", a Polish WordPress-and-cyber_Folks credit "Blog działa na silniku WordPress · Hosting: cyber_Folks ·
Polityka prywatności i RODO" and a Russian Tilda credit "Сайт работает на Tilda · Политика конфиденциальности · Все
права защищены"); reader-comment furniture (an English sort row "Sort comments by: Oldest | Newest | Top rated", an
English pinned-comment label "Pinned by the moderators · Top comment", an English join-the-discussion prompt "Want to
join the discussion? Feel free to contribute!", a French show-earlier-replies link "Afficher les 12 réponses
précédentes", a German sort row "Neueste zuerst · Älteste zuerst · Meistbewertet", an Italian awaiting-moderation note
"Il tuo commento è in attesa di moderazione.", a Polish show-earlier-replies link "Pokaż wcześniejsze odpowiedzi (6)"
and a Russian removed-by-a-moderator note "Комментарий удалён модератором за нарушение правил сайта."); share rows (an
English WhatsApp, Telegram and Signal row "Share via WhatsApp · Telegram · Signal · Copy link", a German WhatsApp and
Mastodon row "Per WhatsApp senden · Auf Mastodon teilen · Link kopieren" and a Polish pass-it-on row "Podaj dalej:
WhatsApp · Signal · Telegram · E-mail"); and notices (a French from-our-print-edition note "Cet article est paru dans
notre édition papier du samedi." and an Italian updated-at note "Articolo aggiornato alle ore 18.40 con la dichiarazione
del sindaco.", both in the body, and a Russian spelling-kept-as-in-the-letter note "Орфография и пунктуация автора
письма сохранены." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 134's docstring does
not describe (on the six portal pages one block of three above the title, the masthead, a section menu and a breadcrumb;
the title at the top of its block, followed by the byline and the date-and-time line; the reading time at the top of the
first paragraph's block, right before it; a photo caption and a photo credit at the end of the second paragraph's block,
right after it; the paragraph with the quote alone; an ad label at the top of the subheading's block, right before it;
the three rows in one block with a read-also link at its end, right after the third row; the two last paragraphs in one
block with a newsletter, WhatsApp-channel or Telegram prompt between them and a tags or topics line at its end; at the
foot three blocks, a share row alone, then five lines (a comment count, a comment, an arrowed reply by a second reader,
a second comment and the newsroom's arrowed answer to it) and then a copyright line and a legal-links row; on the six
blog pages the menu alone in the first block and the blog name and its tagline in the next, above the title; the
posted-date-and-author line at the top of the title's block, right before it; under it a block of two, a category line
and the reading time; the first paragraph alone; a three-line table of contents (its heading and two numbered entries)
at the top of the second paragraph's block, right before it; the paragraph with the quote in one block with a photo
caption right before it and a Pinterest or bookmark prompt right after it; the subheading and the three rows in one
block with a sponsored label between the first and second rows; the first last paragraph alone, a shop plug and a
subscribe prompt in one block after it and the second last paragraph alone; at the foot three blocks, a share row alone,
then four lines (a comment count, a comment, the author's arrowed reply addressed by name and a second comment left
unanswered) and then a platform credit alone), taken from local news (a rural clinic opening in a former bank, a
sports-hall roof repaired before the basketball season, a late frost in the vineyards, a beekeepers' cooperative with a
shared extraction room, a folk-dance festival back after five years, a hailstorm insurance row between farmers and their
insurer) and from blogs about letterpress printing, kombucha brewing, birdsong recording, vintage typewriters, model
rocketry and bobbin lace.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 134 but what is named here), held-out set 135 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 134 up to its paragraph "Measured after round 96", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 131, 132 and 133, printed with one ast
script (/tmp/s136scratch/peek.py, reading /tmp/wt-s136/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s136); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s136scratch/helpers.py, with SPINSCOPE_DATA=/work/shared/data; see Slips and notes (2)); and
``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 134's as
printed, with 134 -> 136; /tmp/s136scratch/gen.py writes this file from scratch files (data136.py, pages136.py,
doc136.txt and, after the measurement, tables136.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s136, detached at commit
c53fa26cfe522ae9419abe1fcf8a84b35824b056, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c53fa26cfe522ae9419abe1fcf8a84b35824b056, the brief's commit; both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null), and /work/main was not touched afterwards. peek.py's first run printed to the
terminal, whose output the tool cut in the middle (lines 133 to 395 of 524: the end of set 134's Slips and notes, its
Judgement calls, Contents and Baseline, its imports and tail and the first paragraphs of sets 131 and 132 up to set
132's reading times); its second run went to /tmp/s136scratch/peek.out, of which I paged lines 125 to 400 with ``sed``
(the rest of those allowed parts); nothing outside the allowed parts was printed. (2) helpers.py put /tmp/wt-s136/src
and /tmp/wt-s136/tests on sys.path rather than /work/main's: the brief names /work/main, but the worktree holds the same
commit (/work/main's HEAD was the brief's commit), so the printed sources are the same; importing test_clean loads the
cleaner's modules but nothing was cleaned and no source under src/ was printed. The machine's python had the project's
dependencies; every run used it. (3) Before the measurement /tmp/s136scratch/check.py checked, case-insensitively, that
no noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and
that no line holds an at-sign, and printed each page's counts of article and noise lines and blocks; a one-line script
counted the held-out lines by category, place and language; gen.py reports lines over 120 columns and at-signs;
roundtrip.py executed this file from /tmp/s136scratch with stand-in modules for held_out_sets and noisy_corpus (no
cleaner imported) only to compare its lists and pages with the scratch data, count the lines by language and check that
every held-out line is quoted in this docstring; it ran no cleaning. The first run of check.py found nothing, because
while drafting, before any check, I kept every masthead out of its own copyright, credit and newsletter lines (the
copyright lines name "Hollinsbeck Lantern Ltd" without the masthead's article, "Éditions du Réveil", "Rundschau
Verlagsgesellschaft mbH", "Edizioni della Valle" and "АНО «Районные медиа»", and the Polish one names nobody; the
Italian and Polish photo credits became "Foto: archivio della redazione" and "Fot. archiwum redakcji" because "Foto di
Ginevra Cerabolli" held the byline "di Ginevra Cerabolli" and "Fot. Kurier Podlipiński" the masthead), kept the German
portal's menu free of "Anzeigen" so that its ad label "Anzeige" is not inside it, gave the German blog the label
"Werbehinweis" because the German keep line opens with "Werbung", dropped "Pubblicità: contattaci" from the Italian
held-out footer because the Italian portal's ad label is "Pubblicità", and removed the blog name from the English blog's
subscribe prompt ("Subscribe to get new posts by RSS or email"). (4) Invented names were checked with the exact-string
search over public GitHub files: Hollinsbeck, Hollinsbeck Lantern, Pellisbourne, Pethercombe, Droskett, Fennerwick, Inky
Tympan, Sarvenoux, Cordebrune, Toulvernat, Vastrebois, Bocal qui pétille, Rebwinkelheim, Frostmayr, Spätlinger,
Hangwieser, Traubenzahl, Morgenchor-Notizen, Rundschau Verlagsgesellschaft, Vallemiele, Arnie di Vallemiele, Cerabolli,
Favalesi, Edizioni della Valle, Il carrello che torna, Podlipiniec, Kurier Podlipiński, Podlipianie, Tańcowska,
Hołubcowy, Przytupska, Rakietowy strych, Градобойск, Градинкина, Зерноедов, Надёжный колос and Коклюшки на подушке had
no hits. Dropped: Wickhollow (a town of a game's data; the paper's town became Hollinsbeck), Brackenwold (a role-playing
setting's castle; tried for the town, not used), Trevelloe (a real Cornish place in an address; the doctor became Oswin
Pethercombe), Ferrandou (a real surname and street; the French held-out reporter became Apolline Vastrebois), Melarzo
(inside a base64 blob; the Italian town became Vallemiele), Kujawiaczek (a translator's handle; the festival director
became Bolesław Hołubcowy) and Ливнева (inside the real word ливневая; the Russian reporter became Василиса Градинкина).
Not checked: the first names of reporters, blog authors and commenters and their handles (Araminta, Oswin, Lavinia,
Tobias, Ned, MillLaneMum, Greg_T, Old_Farmer_Bill, Hettie_prints, Compositor_Kev, Maëlys, Gérald, Apolline, Romane,
Basket_Papa, Annie_T, JeanLouis71, Claire_ferments, Théo_B, Wendelin, Adelgund, Ottokar, Lioba, Jonas, Weinfreund_KH,
Rebhuhn77, Gisela_M, Auwaldläufer, Silke_R, Ginevra, Arduino, Tommaso, Ape_Regina, Marco_V, Nonna_Pina, Dattilografa_73,
Giulio_R, Jadwiga, Bolesław, Zenobia, Kacper, Krakowianka_88, Zbyszek_L, Mieszkaniec_P, Modelarz_Wojtek, Ola_z_Lodzi,
Василиса, Прохор, Ксения, Агроном_Сергей, Ольга_Ф, Пенсионер_Иван, Мастерица_Нина, Лена_кружево), the names built on
checked towns and names (The Hollinsbeck Lantern, Le Réveil de Sarvenoux, Éditions du Réveil, Rebwinkelheimer Rundschau,
La Voce di Vallemiele, Градобойский вестник) and ordinary place words (Mill Lane, the gymnase des Tilleuls, the
Kirchberg vineyard, via dei Mulini, the river Lipka, деревня Ключи, АНО «Районные медиа»). Numbers are zero-filled (the
court registration and ROC numbers); there are no e-mail addresses and no at-signs. (5) Real things named, as real pages
do: Flourish, Mixcloud, Google Forms, Google Maps, Podigee, Issuu, Genially, Rutube, Gumroad, Ghost and its Casper
theme, IPSO, Neocities, Dotclear, o2switch, Uberspace, Kirby, WordPress and its Twenty Twenty-Five theme, the Astra and
Kadence themes, cyber_Folks, Tilda, Jimdo, Blogger, WhatsApp, Telegram, Signal, Mastodon, Facebook, X, Pinterest,
Messenger, VKontakte, Odnoklassniki, Etsy, Bandcamp, Allegro, Ярмарка Мастеров, Météo-France, the Adana press, Caslon
type, the Olivetti Lettera 22, Olympia, Ivrea, Müller-Thurgau and Silvaner vines and a C6-7 rocket motor. (6) The two
measuring commands ran as the brief gave them, in one shell call after ``date`` and the last check, their output sent to
/tmp/s136scratch/measure.out and report.out and the report and the pytest tail printed (27 failed, 50 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s136scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s136/tests with /tmp/wt-s136/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (15, 0 and 12, as in
the measurement). The xfail tables were written in /tmp/s136scratch/tables136.py (by mktables.py) from my own
descriptions of those lines and pages, and a script checked that the failing lines are exactly the keys of
``_LINE_XFAIL``, that every page noise line left and every article line lost is quoted in its page's reason and that
each reason gives its count of noise lines left. (7) My first clock reading was 2026-12-05 16:00:37 UTC; the measurement
ran at 16:05:17 UTC by the machine's clock. (8) With the tables filled, the pytest command ran on the final file in
/tmp/wt-s136: 50 passed, 27 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments made by the clinic's first patients", "Sharing the
sports hall between four schools", "Follow-up visits will be offered", "Subscribers to the parish magazine", "Copyright
in the festival's original poster designs", "Advertising the beekeeping course", "Reading the frost forecast",
"Commentaires et questions des habitants", "Partager la salle avec le club de judo", "Suivre les alertes de
Météo-France", "Kommentiert hat der Bürgermeister", "Abonnenten der Vereinszeitung", "Werbung für den Honigmarkt",
"Condividere le arnie", "Seguire i balli in piazza", "Commentando i danni della grandine", "Komentarze mieszkańców",
"Udostępnianie sali gimnastycznej", "Подписчики районной газеты" and "Комментарии страховой компании" are article
sentences: each reports what was said, decided, paid, shared or counted about a clinic, a sports hall, a festival,
beekeepers, vineyards or a hailstorm, with the noise-like word as an ordinary noun, verb or participle of the sentence.
Categories: the Flourish, Mixcloud, Google Forms, Google Maps, Podigee, Issuu, Genially and Rutube lines are markers
(embed failures, geo-blocked, closed or removed embedded media); the English "4 min read · 812 words" is a reading time
although it also counts words, and the blog's "Settle in: ... a quarter of an hour's reading." is a reading time given
as a word count and a quarter of an hour; the two-reporter, written-by, report-by and author-and-desk lines are bylines
at the head, and the notecards, Gumroad, tombolo-course and master-class lines are bylines (self-promotion) at the foot;
the Ghost, IPSO, Neocities, Dotclear, Uberspace, court-registration, WordPress-and-cyber_Folks and Tilda lines are
footers (the IPSO line is the code-of-practice line of a newspaper site's footer, not a notice about one article); the
two sort rows, the pinned label, the join-the-discussion prompt, the two show-earlier-replies links, the
awaiting-moderation note and the removed-by-a-moderator note are comment furniture; the English, German and Polish rows
are share rows; the French print-edition note and the Italian update note are notices in the body and the Russian
spelling note (printed under readers' letters) a notice at the foot. On every page the title, the three paragraphs
before the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are
article; everything else (mastheads, section menus, breadcrumbs, blog names, taglines and menus, bylines, dates and
authors' lines, category lines, reading times, photo captions and credits, tables of contents, ad and sponsored labels,
read-also links, newsletter, WhatsApp-channel, Telegram, subscribe, Pinterest and bookmark prompts, shop plugs, tags and
topics lines, share rows, comment counts, comments and replies, copyright lines, legal-links rows and platform credits)
is noise. The list rows (the clinic's services, the clubs' changes, the growers' steps, the cooperative's changes, the
festival programme, the insured farmers' demands, the blogs' parts and materials) are short but part of each article, so
article; the portals' one-word ad labels ("Advertisement", "Publicité", "Anzeige", "Pubblicità", "Reklama", "Реклама")
and the blogs' sponsored labels and one-word table-of-contents headings ("In this post", "Sommaire", "Inhalt", "Indice",
"Spis treści", "Содержание") are noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-hollinsbeck-clinic (a rural clinic opens in the former bank after a six-year campaign),
en-blog-inkytympan-letterpress (restoring an Adana press that spent twenty years in a shed),
fr-portail-sarvenoux-gymnase (the sports hall's leaking roof repaired before the basketball season),
fr-blog-bocalquipetille-kombucha (a first green-tea kombucha and its second fermentation in bottles),
de-portal-rebwinkelheim-spaetfrost (a late frost hits the vineyards after budburst), de-blog-morgenchor-nachtigall
(recording a first nightingale with a parabolic reflector), it-portale-vallemiele-apicoltori (twelve beekeepers found a
cooperative with a shared extraction room), it-blog-carrellochetorna-lettera22 (bringing a grandfather's Olivetti
Lettera 22 back to life), pl-portal-podlipiniec-festiwal (the folk-dance festival returns after five years),
pl-blog-rakietowystrych-dwustopniowa (a first two-stage model-rocket launch), ru-portal-gradoboysk-strakhovka (farmers
and their insurer argue over payments after a hailstorm) and ru-blog-koklyushki-salfetka (a first bobbin-lace doily from
a grandmother's pattern), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit c53fa26cfe522ae9419abe1fcf8a84b35824b056, measured with ``cd /tmp/wt-s136 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s136/src python -m pytest -q tests/test_clean_held_out_136.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s136 && PYTHONPATH=/tmp/wt-s136/src python
scripts/clean_held_out_report.py --sets 136``, with the xfail tables empty): noise lines removed 30/45 (marker 3/8,
reading-time 5/7, byline 3/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 15 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers (the English Mixcloud placeholder and closed Google Form message, the
French Google Maps error, the Italian Issuu placeholder and the Polish Genially placeholder), two reading times (the
English blog's word-count warning and the Polish header), five bylines (the French written-by and German report-by
bylines at the head, the English notecards plug, the Italian bobbin-lace course plug and the Russian master-class plug
at the foot), two comment lines (the English join-the-discussion prompt and the Polish show-earlier-replies link) and
the Italian updated-at notice); keep lines kept 20/20; pages 0/12 clean, 33 of 240 page noise lines left and 10 of 120
article lines lost. Lost: each of the six portals loses its subheading (the line right after the ad label in its block),
and the Polish and Russian portals also lose both last paragraphs (the block with the newsletter or Telegram prompt
between them and the tags line at its end). Left on the pages: nothing on the English, French and Italian portals, 1 on
the German portal (the WhatsApp-channel prompt), 1 on the Polish portal (the photo caption), 2 on the Russian portal
(the photo caption and credit), 2 on the English letterpress blog (the tagline and the photo caption), 3 on the French
kombucha blog (the blog name, the tagline and the photo caption), 8 on the German birdsong blog (the tagline, the
three-line table of contents, the photo caption, the bookmark prompt, the sponsored label and the Bandcamp plug), 9 on
the Italian typewriter blog (the menu, the blog name, the tagline, the category line, the three-line table of contents,
the photo caption and the Etsy plug), 2 on the Polish rocketry blog (the tagline and the photo caption) and 5 on the
Russian bobbin-lace blog (the tagline, the three-line table of contents and the photo caption), as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails.

Measured after rounds 97 and 98 (both developed beside this set's writing and measured on it blind by the lead; round 97
on sets 131/132 from c53fa26, round 98 on sets 133/134 from d0eaefb, merged with the lead's mends; measured with
`scripts/clean_held_out_report.py --tests <blind copy> --sets 136` and the problems of every case before and after):
nothing moved, alone or merged: lines 30 of 45, 20 of 20 kept, pages 0 of 12 clean, 33 of 240 page noise lines left, 10
of 120 article lines lost. Round 98 gives back a subheading that heads the block ending with the ad label; on this set's
portals the ad label comes first and the subheading after it in the same block, so each portal still loses its
subheading (and the Polish and Russian portals both last paragraphs). The losses are the next round's first work.

Round 99 (development; this set was read in full from this round on): fixed, on sets 135 and 136, the twenty article
lines lost, for the shape rather than the words: an article line in a block whose other lines are the page's furniture
stays, whichever comes first, and the furniture still goes. (1) A subheading right after an ad label in its block of
two, over the article's rows, with a paragraph closing the block above it (set 136's six portals: "What the clinic
offers", "Ce qui change pour les clubs", "Was die Winzer jetzt tun", "Cosa cambia per i soci", "Program festiwalu",
"Чего требуют фермеры") is no longer read as the ad's copy (clean._mark_boxed_lines, round 57's copy under its label,
now asks clean._heads_article_under_ad_label, which calls page_blocks.is_subheading_under_ad_label: one phrase of
letters, page_blocks.is_block_heading, the heading test factored out of round 98's _heads_furniture, that reads as the
article's, page_blocks._reads_as_article; an ad's copy split by a colon or a dash, a button, "Continuer la lecture ▼",
"Offrir cet article", or a copy between two rows, "Sprawdź oferty pracy w Brzozolesiu", still goes), nor, after the
body's last paragraph, as a widget's line (the widget-blocks pass of mark_block_remnants). (2) Round 98's
_heads_furniture is widened into page_blocks._article_among_furniture: in a block half the rules' noise after the last
paragraph, every line the rules left stays when each is a full sentence of the article (or a shorter sentence with its
finite verb beside one, "Wstęp na wszystkie koncerty jest bezpłatny.", or a subheading beside an ad label alone), none
speaks to the reader, is a prompt or holds a widget's cue, none stands under a share row in the block, and every line
the rules took is furniture (tags, read-also, ad label, share row) or a prompt (a newsletter, Telegram or subscribe
prompt, a trailing widget label: _PROMPT_REASONS): the two last paragraphs around the newsletter or Telegram prompt over
the tags line (set 135's German and Russian portals, set 136's Polish and Russian portals; with the last paragraphs
kept, set 135's German portal's three list rows no longer read as a related-headlines list over the page's noise) and
the blogs' last paragraph over the subscribe prompt (set 135's German, Polish and Russian blogs). Near misses kept
going: a block of an ad label and a prompt only, a subscribe prompt alone, a newsletter box's blurb that speaks to the
reader over its prompt, a rail's heading under an ad label over its headlines, ad copies split by a dash or a colon or
holding a figure, and set 132's Allegro plug under the share row in its block. Tests test_round_99_* in
tests/test_clean.py (six languages each). No noise rule was widened this round (the embed placeholders, notices, head
bylines, taglines, tables of contents, sponsored labels and plugs of step 2 are left for the next round); photo captions
with no credit were left by design. Other sets: no xfail removed, no reason reworded; sets 10-136 (127 sets,
scripts/clean_held_out_report.py before and after): noise lines removed 5325 -> 5325 of 5791, article lines kept
2567/2567 -> 2567/2567, pages clean 955 -> 960 of 1510, page noise lines left 1272 -> 1272 of 31920, paragraphs lost 22
-> 2 (the two left are set 86's fr-portail-montbrezac-chapelle); only sets 135 and 136 moved. SemEval: 0 changed files
of 3,723. Bench ratio: 1.05 (cpu best 2.198 s against 2.100 s at 5a96f8b). Test set: 18191 passed, 1046 xfailed, no
XPASS, no failure. This set: noise lines removed 30/45 -> 30/45 (marker 3/8, reading-time 5/7, byline 3/8, footer 8/8,
comments 6/8, share 3/3, notice 2/3, unchanged), keep lines 20/20 -> 20/20, pages clean 0/12 -> 3/12
(en-portal-hollinsbeck-clinic, fr-portail-sarvenoux-gymnase and it-portale-vallemiele-apicoltori, xfails removed), page
noise lines left 33 -> 33 of 240, article lines lost 10 -> 0 of 120. Reasons reworded:
de-portal-rebwinkelheim-spaetfrost (its WhatsApp-channel prompt only), pl-portal-podlipiniec-festiwal (its photo caption
only) and ru-portal-gradoboysk-strakhovka (its photo caption and credit only). Still missed: the Mixcloud, Google Form,
Google Maps, Issuu and Genially placeholders, the word-count warning and the Polish reading time, two head bylines and
three foot plugs, the join-the-discussion prompt, the Polish show-earlier-replies link, the Italian update notice, and
on the pages the blogs' taglines, blog names, tables of contents, photo captions, a bookmark prompt, a sponsored label,
the Bandcamp and Etsy plugs, the Italian blog's menu and category line, the German portal's WhatsApp-channel prompt and
the Polish and Russian portals' photo captions (and the Russian credit).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_136_LINES: list[tuple[str, str, str]] = [
    ("body",
     "This Flourish visualisation could not be displayed. Open the interactive version in a new tab.",
     "marker"),
    ("body", "Mixcloud widget: this upload is unavailable in your location due to licensing restrictions.", "marker"),
    ("body",
     "This form is no longer accepting responses. Try contacting the owner of the form if you think this is a"
     " mistake.",
     "marker"),
    ("body",
     "Impossible de charger Google Maps correctement sur cette page. Êtes-vous le propriétaire de ce site Web ?",
     "marker"),
    ("body", "Podigee-Player: Diese Episode konnte nicht geladen werden. Bitte laden Sie die Seite neu.", "marker"),
    ("body", "Il documento Issuu non è disponibile: la pubblicazione è stata rimossa dall'editore.", "marker"),
    ("body", "Prezentacja Genially nie może zostać wyświetlona – spróbuj otworzyć ją w nowej karcie.", "marker"),
    ("body", "Не удалось загрузить плеер Rutube. Попробуйте обновить страницу.", "marker"),
    ("head", "4 min read · 812 words", "reading-time"),
    ("head", "Settle in: this post runs to about 2,300 words, or a quarter of an hour's reading.", "reading-time"),
    ("head", "Durée de lecture : 4 min", "reading-time"),
    ("head", "Geschätzte Lesezeit: 4 Minuten", "reading-time"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("head", "Czas potrzebny na przeczytanie: 4 min", "reading-time"),
    ("head", "Время чтения: 4 мин.", "reading-time"),
    ("head", "By Lavinia Droskett and Tobias Fennerwick", "byline"),
    ("head", "Rédigé par Apolline Vastrebois, journaliste au service des sports", "byline"),
    ("head", "Ein Bericht von Ottokar Hangwieser (Text) und Lioba Traubenzahl (Fotos)", "byline"),
    ("head", "Autorka: Zenobia Przytupska, dział Region", "byline"),
    ("tail",
     "Letterpress notecards from my press are stocked at three independent bookshops – see the Stockists page for"
     " the list.",
     "byline"),
    ("tail",
     "My guide to restoring typewriter platens is available as a PDF on Gumroad – pay what you like.",
     "byline"),
    ("tail",
     "Organizzo corsi di tombolo per principianti il sabato mattina: sei posti, prenotazioni dalla pagina Corsi.",
     "byline"),
    ("tail",
     "Провожу мастер-классы по плетению на коклюшках в Доме культуры — запись в нашей группе ВКонтакте.",
     "byline"),
    ("tail", "Published with Ghost · Casper theme · RSS", "footer"),
    ("tail",
     "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors'"
     " Code of Practice.",
     "footer"),
    ("tail", "Site hosted on Neocities · Best viewed with any browser · No cookies here", "footer"),
    ("tail", "Blog propulsé par Dotclear · Hébergé chez o2switch · Flux Atom", "footer"),
    ("tail", "Gehostet bei Uberspace · Erstellt mit Kirby · Datenschutz · Impressum", "footer"),
    ("tail",
     "Testata registrata presso il Tribunale al n. 00/2000 · ROC n. 00000 · Redazione e amministrazione",
     "footer"),
    ("tail", "Blog działa na silniku WordPress · Hosting: cyber_Folks · Polityka prywatności i RODO", "footer"),
    ("tail", "Сайт работает на Tilda · Политика конфиденциальности · Все права защищены", "footer"),
    ("tail", "Sort comments by: Oldest | Newest | Top rated", "comments"),
    ("tail", "Pinned by the moderators · Top comment", "comments"),
    ("tail", "Want to join the discussion? Feel free to contribute!", "comments"),
    ("tail", "Afficher les 12 réponses précédentes", "comments"),
    ("tail", "Neueste zuerst · Älteste zuerst · Meistbewertet", "comments"),
    ("tail", "Il tuo commento è in attesa di moderazione.", "comments"),
    ("tail", "Pokaż wcześniejsze odpowiedzi (6)", "comments"),
    ("tail", "Комментарий удалён модератором за нарушение правил сайта.", "comments"),
    ("tail", "Share via WhatsApp · Telegram · Signal · Copy link", "share"),
    ("tail", "Per WhatsApp senden · Auf Mastodon teilen · Link kopieren", "share"),
    ("tail", "Podaj dalej: WhatsApp · Signal · Telegram · E-mail", "share"),
    ("body", "Cet article est paru dans notre édition papier du samedi.", "notice"),
    ("body", "Articolo aggiornato alle ore 18.40 con la dichiarazione del sindaco.", "notice"),
    ("tail", "Орфография и пунктуация автора письма сохранены.", "notice"),
]
HELD_OUT_136_KEEP: list[tuple[str, str]] = [
    ("head", "Comments made by the clinic's first patients were overwhelmingly positive, the practice manager said."),
    ("head", "Sharing the sports hall between four schools has meant evening clubs lost half their court time."),
    ("head", "Commentaires et questions des habitants ont occupé la moitié de la réunion publique, mardi soir."),
    ("head", "Kommentiert hat der Bürgermeister die Entscheidung des Kreistags am Montag nur knapp."),
    ("head", "Condividere le arnie tra dieci soci ha permesso alla cooperativa di comprare un nuovo smielatore."),
    ("head", "Komentarze mieszkańców zebrane podczas konsultacji trafią do radnych jeszcze w tym miesiącu."),
    ("head", "Подписчики районной газеты собрали на ремонт крыши спортзала почти сорок тысяч рублей."),
    ("body",
     "Follow-up visits will be offered on Tuesdays, when a nurse practitioner travels from the county hospital."),
    ("body", "Subscribers to the parish magazine raised just over two thousand pounds towards the new roof."),
    ("body", "Partager la salle avec le club de judo n'a jamais posé de problème, assure le président."),
    ("body", "Abonnenten der Vereinszeitung erhielten die Einladung zur Hauptversammlung per Post."),
    ("body", "Seguire i balli in piazza è stato impossibile per chi era arrivato dopo le nove."),
    ("tail", "Copyright in the festival's original poster designs passed to the town museum last spring."),
    ("tail", "Advertising the beekeeping course in the village shop window brought in eleven new members."),
    ("tail", "Reading the frost forecast correctly saved the upper terraces, the growers believe."),
    ("tail", "Suivre les alertes de Météo-France est devenu un réflexe pour les viticulteurs du coteau."),
    ("tail", "Werbung für den Honigmarkt machen die Imker seit Jahren selbst, mit Plakaten an den Ortseingängen."),
    ("tail", "Commentando i danni della grandine, il presidente del consorzio ha parlato di un'annata da dimenticare."),
    ("tail", "Udostępnianie sali gimnastycznej klubom sportowym zostanie wznowione po wakacjach."),
    ("tail", "Комментарии страховой компании жители посёлка назвали отпиской."),
]
HELD_OUT_136_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-hollinsbeck-clinic", [
        [
            "-The Hollinsbeck Lantern",
            "-News · Health · Schools · Farming · Sport · What's On · Obituaries",
            "-Home › News › Health",
        ],
        [
            "+Hollinsbeck's new rural clinic opens its doors after a six-year campaign",
            "-By Araminta Pellisbourne, Health Reporter",
            "-Monday 9 March 2026, 7:12 am",
        ],
        [
            "-3 min read",
            "+The clinic on Mill Lane saw its first patients on Monday, ending a forty-minute bus journey to the"
            " nearest surgery for hundreds of families in the valley.",
        ],
        [
            "+It occupies the ground floor of the former bank, which the parish council bought for a nominal sum in"
            " 2023 and refitted with a grant from the health board.",
            "-The new waiting room, with its wall of photographs of the old bank.",
            "-Photo: Lantern staff",
        ],
        [
            "+Dr Oswin Pethercombe, who will lead the practice, said: “People here have waited long enough to see a"
            " doctor without losing half a day to the journey.”",
        ],
        [
            "-Advertisement",
            "+What the clinic offers",
        ],
        [
            "+A GP surgery on weekday mornings, with appointments bookable by phone or online",
            "+A nurse-led clinic for blood tests, dressings and vaccinations on Tuesdays",
            "+A visiting physiotherapist every other Thursday afternoon",
            "-Read more: Bus company cuts the last evening service to the valley",
        ],
        [
            "+The council hopes to add a pharmacy counter by the autumn if a second grant is approved.",
            "-Get the Lantern's free morning newsletter in your inbox – sign up here",
            "+Patients already registered at the town surgery do not need to change practice to use the new clinic.",
            "-Topics: Health, Hollinsbeck, Parish council",
        ],
        [
            "-Share this story: Facebook · WhatsApp · X · Email",
        ],
        [
            "-6 comments",
            "-MillLaneMum: Brilliant news, my mum won't need three buses to get her bloods done any more.",
            "-↳ Greg_T: Agreed, though mornings only is a shame for people who work.",
            "-Old_Farmer_Bill: Who is paying for this once the grant runs out?",
            "-↳ The Lantern: The health board has committed to funding staff for at least five years, Bill.",
        ],
        [
            "-© 2026 Hollinsbeck Lantern Ltd. All rights reserved.",
            "-Privacy notice · Cookie settings · Terms of use · Contact us",
        ],
    ]),
    _page("en", "en-blog-inkytympan-letterpress", [
        [
            "-Home · About · The Press · Type Specimens · Contact",
        ],
        [
            "-The Inky Tympan",
            "-Notes from a garage letterpress, one sort at a time",
        ],
        [
            "-Posted on 14 February 2026 by Ned",
            "+Restoring an Adana eight-by-five that had spent twenty years in a shed",
        ],
        [
            "-Filed under: Presses, Restoration",
            "-About 6 minutes to read",
        ],
        [
            "+The press came from a house clearance in the next village, seized solid and wrapped in a feed sack"
            " that had done nothing to keep the damp out.",
        ],
        [
            "-In this post",
            "-1. Freeing the platen",
            "-2. New rollers and trucks",
            "+I soaked every moving part in penetrating oil for a week before I dared to pull the lever, and even"
            " then it took two of us to get it moving.",
        ],
        [
            "-The Adana on the bench, before a single screw had been turned.",
            "+An old printer at the type fair told me: “Never force a platen – if it won't move, it's telling you"
            " something is bent.”",
            "-Bookmark this post for your own restoration weekend",
        ],
        [
            "+What I replaced",
            "+Two composition rollers, recast by a specialist in the Midlands",
            "-Sponsored",
            "+A pair of nylon roller trucks to replace the split originals",
            "+The platen springs, which had rusted through on one side",
        ],
        [
            "+The first proof was a little pale on the left, so I packed the tympan with two more sheets of"
            " newsprint until the impression was even.",
        ],
        [
            "-My hand-printed bookplates are in the shop – each one set by hand in 12pt Caslon.",
            "-Subscribe to get new posts by RSS or email",
        ],
        [
            "+Next month I will try printing in two colours, which means cleaning the ink disc properly between runs"
            " for the first time.",
        ],
        [
            "-Spread the ink: share this post on Facebook, Pinterest or Mastodon",
        ],
        [
            "-4 Responses",
            "-Hettie_prints: That shed rust is so familiar! Did you have to replace the chase as well?",
            "-↳ Ned: Hettie, the chase was fine, it just needed a wire brush and some oil.",
            "-Compositor_Kev: Lovely work. Which supplier did you use for the trucks?",
        ],
        [
            "-Powered by WordPress · Theme: Twenty Twenty-Five",
        ],
    ]),
    _page("fr", "fr-portail-sarvenoux-gymnase", [
        [
            "-Le Réveil de Sarvenoux",
            "-Actualités · Sports · Culture · Économie · Agenda · Annonces légales",
            "-Accueil > Sarvenoux > Sports",
        ],
        [
            "+Le toit du gymnase des Tilleuls enfin réparé avant la saison de basket",
            "-Par Maëlys Cordebrune",
            "-Publié le 12/09/2026 à 06h45",
        ],
        [
            "-Temps de lecture : 2 min",
            "+Après deux hivers de seaux posés sur le parquet, le gymnase des Tilleuls a retrouvé une toiture"
            " étanche cette semaine.",
        ],
        [
            "+Les travaux, estimés à 310 000 euros, ont été financés pour moitié par la commune et pour moitié par"
            " le département.",
            "-Les couvreurs sur le toit du gymnase, mardi après-midi.",
            "-Photo Le Réveil / M. C.",
        ],
        [
            "+Le maire, Gérald Toulvernat, s'est félicité : « Nos clubs vont enfin pouvoir jouer sans regarder le"
            " plafond. »",
        ],
        [
            "-Publicité",
            "+Ce qui change pour les clubs",
        ],
        [
            "+Le club de basket récupère ses créneaux du samedi",
            "+Les écoles pourront de nouveau utiliser la salle dès la rentrée",
            "+Le tournoi de handball de novembre est maintenu",
            "-À lire aussi : La piscine municipale fermée pour vidange jusqu'à fin octobre",
        ],
        [
            "+Une inauguration est prévue le 3 octobre, en présence des anciens joueurs du club.",
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter",
            "+Reste à remplacer l'éclairage, dont le devis sera présenté au conseil municipal de décembre.",
            "-Mots-clés : gymnase, travaux, basket, Sarvenoux",
        ],
        [
            "-Partager : Facebook · X · WhatsApp · Courriel",
        ],
        [
            "-3 commentaires",
            "-Basket_Papa: Il était temps, les gamins jouaient entre les flaques.",
            "-↳ Annie_T: Et le chauffage, on en parle ?",
            "-JeanLouis71: Bravo aux couvreurs, travail rapide et propre.",
            "-↳ La rédaction : Merci pour votre message, nous transmettrons à l'entreprise.",
        ],
        [
            "-© Éditions du Réveil 2026 – Tous droits réservés",
            "-Mentions légales · Politique de confidentialité · Gestion des cookies · Nous contacter",
        ],
    ]),
    _page("fr", "fr-blog-bocalquipetille-kombucha", [
        [
            "-Accueil · Recettes · Matériel · À propos · Contact",
        ],
        [
            "-Le Bocal qui pétille",
            "-Fermentations maison et bulles du dimanche",
        ],
        [
            "-Publié le 2 mai 2026 par Romane",
            "+Mon premier kombucha au thé vert, de la mère au second ferment",
        ],
        [
            "-Catégorie : Kombucha",
            "-Lecture : environ 7 minutes",
        ],
        [
            "+Il a fallu trois semaines et un bocal de cinq litres pour que ma première mère de kombucha devienne"
            " assez épaisse pour lancer une vraie fournée.",
        ],
        [
            "-Sommaire",
            "-1. Préparer le thé sucré",
            "-2. Le second ferment en bouteille",
            "+J'ai utilisé un thé vert du Japon, moins tannique que le noir, avec quatre-vingts grammes de sucre par"
            " litre.",
        ],
        [
            "-Ma mère de kombucha au bout de trois semaines, posée sur une assiette.",
            "+Une amie qui brasse depuis dix ans m'avait prévenue : « Goûte tous les jours à partir du septième, le"
            " vinaigre arrive sans prévenir. »",
            "-Épinglez cette recette sur Pinterest pour la retrouver plus tard",
        ],
        [
            "+Ce qu'il faut pour le second ferment",
            "+Des bouteilles à fermeture mécanique, bien rincées à l'eau chaude",
            "-Sponsorisé",
            "+Un peu de gingembre frais ou de framboises écrasées",
            "+Deux jours à température ambiante, puis le réfrigérateur",
        ],
        [
            "+Au bout de deux jours, les bouteilles au gingembre pétillaient franchement, celles aux framboises un"
            " peu moins.",
        ],
        [
            "-Je vends des mères de kombucha et des kits de démarrage sur ma boutique Etsy.",
            "-Abonnez-vous pour recevoir les nouvelles recettes par courriel",
        ],
        [
            "+La prochaine fois, j'essaierai un thé noir fumé, que l'on m'a conseillé pour un kombucha plus corsé.",
        ],
        [
            "-Partagez cet article : Facebook · Pinterest · WhatsApp",
        ],
        [
            "-2 commentaires",
            "-Claire_ferments: Super clair ! Tu laisses la mère dans le bocal entre deux fournées ?",
            "-↳ Romane : Oui Claire, avec deux verres du kombucha précédent pour la protéger.",
            "-Théo_B: Attention aux bouteilles trop pleines, j'en ai fait exploser une l'été dernier.",
        ],
        [
            "-Blog propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-rebwinkelheim-spaetfrost", [
        [
            "-Rebwinkelheimer Rundschau",
            "-Lokales · Wein · Sport · Kultur · Service · Veranstaltungen",
            "-Startseite › Lokales › Rebwinkelheim",
        ],
        [
            "+Spätfrost trifft die Weinberge am Rebwinkelheimer Südhang",
            "-Von Wendelin Frostmayr",
            "-Mittwoch, 22. April 2026, 17:30 Uhr",
        ],
        [
            "-Lesezeit: 3 Minuten",
            "+In der Nacht auf Dienstag fiel das Thermometer in den unteren Lagen auf minus vier Grad, gerade als"
            " die ersten Triebe ausgetrieben hatten.",
        ],
        [
            "+Besonders betroffen sind die Müller-Thurgau- und Silvanerreben, deren junge Blätter sich innerhalb"
            " eines Tages braun färbten.",
            "-Erfrorene Triebe an einem Rebstock in der Lage Kirchberg.",
            "-Foto: Rundschau/Archiv",
        ],
        [
            "+Winzerin Adelgund Spätlinger sagt: „So einen Frost nach dem Austrieb habe ich in dreißig Jahren"
            " zweimal erlebt.“",
        ],
        [
            "-Anzeige",
            "+Was die Winzer jetzt tun",
        ],
        [
            "+Beschädigte Triebe ausbrechen, damit die Beiaugen treiben können",
            "+Schäden bei der Ernteversicherung bis Ende Mai melden",
            "+Frostkerzen und Windmaschinen für die nächsten Nächte bereithalten",
            "-Lesen Sie auch: Weinfest auf dem Marktplatz findet wie geplant statt",
        ],
        [
            "+Die Genossenschaft rechnet mit Ertragseinbußen von bis zu einem Drittel.",
            "-Der WhatsApp-Kanal der Rundschau: jetzt kostenlos abonnieren",
            "+Ein Krisentreffen mit dem Landwirtschaftsamt ist für Freitag angesetzt.",
            "-Schlagworte: Weinbau, Frost, Rebwinkelheim",
        ],
        [
            "-Teilen: Facebook · WhatsApp · E-Mail · Drucken",
        ],
        [
            "-5 Kommentare",
            "-Weinfreund_KH: Die armen Winzer, nach dem nassen Herbst letztes Jahr auch noch das.",
            "-↳ Rebhuhn77: Wer Windmaschinen hat, war diesmal klar im Vorteil.",
            "-Gisela_M: Hoffentlich greift die Versicherung schnell.",
            "-↳ Redaktion: Wir bleiben an dem Thema dran und berichten nach dem Treffen am Freitag.",
        ],
        [
            "-© 2026 Rundschau Verlagsgesellschaft mbH",
            "-Impressum · Datenschutz · AGB · Cookie-Einstellungen",
        ],
    ]),
    _page("de", "de-blog-morgenchor-nachtigall", [
        [
            "-Start · Aufnahmen · Ausrüstung · Über mich",
        ],
        [
            "-Morgenchor-Notizen",
            "-Vogelstimmen aufnehmen zwischen Hecke und Waldrand",
        ],
        [
            "-Veröffentlicht am 18. Mai 2026 von Jonas",
            "+Die erste Nachtigall im Auwald, aufgenommen mit einem Parabolspiegel",
        ],
        [
            "-Kategorie: Feldaufnahmen",
            "-Lesedauer etwa 6 Minuten",
        ],
        [
            "+Um halb vier stand ich mit Spiegel, Recorder und Thermoskanne am Altarm des Flusses, wo ich die"
            " Nachtigall am Vorabend gehört hatte.",
        ],
        [
            "-Inhalt",
            "-1. Standort und Wind",
            "-2. Pegel und Filter",
            "+Der Wind drehte kurz vor Sonnenaufgang, und ich musste den Spiegel zweimal neu ausrichten, bis das"
            " Rauschen der Pappeln leiser wurde.",
        ],
        [
            "-Mein Parabolspiegel auf dem Stativ, im ersten Morgenlicht.",
            "+Ein alter Tonjäger aus dem Verein hatte mir geraten: „Nimm lieber zehn Minuten zu viel auf als eine"
            " Sekunde zu wenig.“",
            "-Diesen Beitrag für später merken",
        ],
        [
            "+Was ich dabei hatte",
            "+Einen Parabolspiegel mit 56 Zentimetern Durchmesser",
            "-Werbehinweis",
            "+Einen Feldrecorder mit zwei Eingängen und Trittschallfilter",
            "+Kopfhörer, eine Rotlichtlampe und sehr viel Geduld",
        ],
        [
            "+Die Nachtigall sang schließlich fast zwanzig Minuten ohne Pause, und eine Amsel setzte genau in der"
            " schönsten Strophe ein.",
        ],
        [
            "-Meine Aufnahmen gibt es als Klanglandschaften auf Bandcamp – zum Anhören und Herunterladen.",
            "-Neue Beiträge per E-Mail erhalten – einfach unten eintragen",
        ],
        [
            "+Nächste Woche will ich es am selben Ort mit dem Pirol versuchen, der erst Ende Mai aus Afrika"
            " zurückkommt.",
        ],
        [
            "-Teile diesen Beitrag: Mastodon · Facebook · E-Mail",
        ],
        [
            "-3 Kommentare",
            "-Auwaldläufer: Wunderbar! Welchen Hochpassfilter hast du eingestellt?",
            "-↳ Jonas: Auwaldläufer, 80 Hertz, sonst wäre der Verkehr von der Bundesstraße zu laut gewesen.",
            "-Silke_R: Bei uns singt sie direkt am Radweg, ich lade dich gern ein.",
        ],
        [
            "-Erstellt mit Jimdo · Datenschutz · Impressum",
        ],
    ]),
    _page("it", "it-portale-vallemiele-apicoltori", [
        [
            "-La Voce di Vallemiele",
            "-Cronaca · Economia · Sport · Cultura · Eventi · Necrologi",
            "-Home / Cronaca / Vallemiele",
        ],
        [
            "+Gli apicoltori di Vallemiele fondano una cooperativa e aprono un laboratorio comune",
            "-di Ginevra Cerabolli",
            "-14 giugno 2026 – 08:20",
        ],
        [
            "-Lettura: 3 minuti",
            "+Dodici apicoltori della valle hanno firmato venerdì l'atto costitutivo della cooperativa «Arnie di"
            " Vallemiele», la prima del comprensorio.",
        ],
        [
            "+La cooperativa ha preso in affitto l'ex caseificio comunale, dove sorgerà un laboratorio di smielatura"
            " condiviso da tutti i soci.",
            "-Le arnie di uno dei soci sui prati sopra il paese.",
            "-Foto: archivio della redazione",
        ],
        [
            "+Il presidente, Arduino Favalesi, spiega: «Da soli nessuno di noi poteva permettersi uno smielatore"
            " moderno, insieme sì.»",
        ],
        [
            "-Pubblicità",
            "+Cosa cambia per i soci",
        ],
        [
            "+Smielatura e invasettamento nel laboratorio comune, su prenotazione",
            "+Un unico marchio per il miele di castagno e di acacia",
            "+Vendita diretta ogni sabato al mercato contadino",
            "-Leggi anche: Sagra della castagna, il programma completo",
        ],
        [
            "+Il laboratorio dovrebbe essere pronto per la smielatura di agosto.",
            "-Iscriviti al canale Telegram della Voce per ricevere le notizie della valle",
            "+La cooperativa cerca ancora soci tra i piccoli produttori dei comuni vicini.",
            "-Tag: apicoltura, cooperativa, Vallemiele",
        ],
        [
            "-Condividi su Facebook · WhatsApp · X · Telegram",
        ],
        [
            "-4 commenti",
            "-Ape_Regina: Finalmente! Il miele di castagno di qui è il migliore della provincia.",
            "-↳ Marco_V: Speriamo che i prezzi restino onesti.",
            "-Nonna_Pina: Dove si trova esattamente il vecchio caseificio?",
            "-↳ Redazione: In via dei Mulini, accanto alla scuola elementare.",
        ],
        [
            "-© 2026 Edizioni della Valle – Tutti i diritti riservati",
            "-Privacy policy · Cookie policy · Note legali · Contatti",
        ],
    ]),
    _page("it", "it-blog-carrellochetorna-lettera22", [
        [
            "-Home · Le mie macchine · Riparazioni · Nastri · Chi sono",
        ],
        [
            "-Il carrello che torna",
            "-Diario di un collezionista di macchine da scrivere",
        ],
        [
            "-Pubblicato il 3 marzo 2026 da Tommaso",
            "+Ho rimesso in funzione una Olivetti Lettera 22 trovata in cantina",
        ],
        [
            "-Categoria: Restauri",
            "-Tempo di lettura stimato: 6 minuti",
        ],
        [
            "+La macchina era di mio nonno, chiusa nella sua valigetta da quarant'anni, con il nastro secco e il"
            " carrello che non scorreva più.",
        ],
        [
            "-Indice",
            "-1. Pulizia dei caratteri",
            "-2. Il nastro nuovo",
            "+Ho passato una sera intera a pulire i caratteri con uno spazzolino e un po' di alcol, lettera per"
            " lettera.",
        ],
        [
            "-La Lettera 22 appena uscita dalla valigetta.",
            "+Un riparatore di Ivrea mi aveva detto: «Mai olio sui caratteri, solo sulle guide del carrello, e poco.»",
            "-Salva questo articolo su Pinterest",
        ],
        [
            "+Cosa ho sostituito",
            "+Il nastro bicolore, nero e rosso, in bobina universale",
            "-Contenuto sponsorizzato",
            "+I piedini di gomma, ormai duri come pietra",
            "+La cinghia del carrello, rifatta con un cordino da orologiaio",
        ],
        [
            "+Adesso la Lettera 22 scrive di nuovo, e il campanello di fine riga suona come quando ero bambino.",
        ],
        [
            "-Se cerchi nastri compatibili, li vendo nel mio negozio su Etsy con spedizione in tutta Italia.",
            "-Iscriviti alla newsletter per non perdere i prossimi restauri",
        ],
        [
            "+Il prossimo progetto è una Olympia degli anni Cinquanta, con la tastiera tedesca e una lettera in meno.",
        ],
        [
            "-Condividi: Facebook · Pinterest · WhatsApp · Email",
        ],
        [
            "-3 commenti",
            "-Dattilografa_73: Che emozione! Anche io ho la Lettera 22 di mio padre.",
            "-↳ Tommaso: Dattilografa_73, allora tienila lontana dall'umidità e falla scrivere ogni tanto.",
            "-Giulio_R: Dove hai trovato la cinghia del carrello?",
        ],
        [
            "-Creato con Blogger · Tema Semplice",
        ],
    ]),
    _page("pl", "pl-portal-podlipiniec-festiwal", [
        [
            "-Kurier Podlipiński",
            "-Wiadomości · Kultura · Sport · Gospodarka · Ogłoszenia · Kontakt",
            "-Strona główna » Kultura » Podlipiniec",
        ],
        [
            "+Festiwal tańca ludowego wraca do Podlipińca po pięciu latach przerwy",
            "-Jadwiga Tańcowska",
            "-15.07.2026, 10:05",
        ],
        [
            "-Czas czytania: 3 min",
            "+Przez trzy dni na rynku w Podlipińcu wystąpi ponad czterystu tancerzy z dwudziestu zespołów, w tym"
            " goście z Litwy i Słowacji.",
        ],
        [
            "+Festiwal odbywał się w mieście od 1978 roku, ale po pandemii zabrakło pieniędzy i chętnych do jego"
            " organizacji.",
            "-Zespół „Podlipianie” podczas próby w domu kultury.",
            "-Fot. archiwum redakcji",
        ],
        [
            "+Dyrektor festiwalu Bolesław Hołubcowy mówi: „Ludzie pytali o festiwal co roku, więc w końcu"
            " znaleźliśmy sponsorów.”",
        ],
        [
            "-Reklama",
            "+Program festiwalu",
        ],
        [
            "+Piątek: korowód zespołów z dworca na rynek",
            "+Sobota: konkurs kapel i potańcówka do północy",
            "+Niedziela: warsztaty poloneza i krakowiaka dla dzieci",
            "-Czytaj także: Remont mostu na Lipce potrwa do jesieni",
        ],
        [
            "+Wstęp na wszystkie koncerty jest bezpłatny.",
            "-Zapisz się do newslettera Kuriera i otrzymuj najważniejsze wiadomości z regionu",
            "+Organizatorzy szukają jeszcze wolontariuszy do obsługi sceny i punktu informacyjnego.",
            "-Tagi: festiwal, folklor, Podlipiniec",
        ],
        [
            "-Udostępnij: Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-7 komentarzy",
            "-Krakowianka_88: Pamiętam ten festiwal z dzieciństwa, super że wraca!",
            "-↳ Zbyszek_L: Oby tylko pogoda dopisała.",
            "-Mieszkaniec_P: A gdzie będzie można zaparkować w sobotę?",
            "-↳ Redakcja: Parking przy stadionie będzie bezpłatny przez cały weekend.",
        ],
        [
            "-Wszelkie prawa zastrzeżone © 2026",
            "-Polityka prywatności · Regulamin · Ustawienia cookies · Kontakt z redakcją",
        ],
    ]),
    _page("pl", "pl-blog-rakietowystrych-dwustopniowa", [
        [
            "-Strona główna · Projekty · Silniki · Starty · O mnie",
        ],
        [
            "-Rakietowy strych",
            "-Modele rakiet budowane po godzinach",
        ],
        [
            "-Opublikowano 6 czerwca 2026 przez Kacpra",
            "+Pierwszy start rakiety z dwustopniowym silnikiem na łące za wsią",
        ],
        [
            "-Kategoria: Starty",
            "-Przeczytasz w około 5 minut",
        ],
        [
            "+Rakietę budowałem całą zimę: kadłub z tektury, stateczniki z balsy i spadochron uszyty z worka na"
            " śmieci.",
        ],
        [
            "-Spis treści",
            "-1. Kadłub i stateczniki",
            "-2. Odliczanie",
            "+Start zaplanowałem na bezwietrzny poranek, z gaśnicą i zgodą właściciela łąki w kieszeni.",
        ],
        [
            "-Rakieta na wyrzutni, pięć minut przed startem.",
            "+Kolega z klubu modelarskiego powtarzał mi: „Zawsze licz do dziesięciu, nawet jeśli nikt nie patrzy.”",
            "-Zapisz ten wpis na później",
        ],
        [
            "+Czego potrzebowałem",
            "+Wyrzutni z prowadnicą z pręta gwintowanego",
            "-Materiał sponsorowany",
            "+Zapalnika elektrycznego i akumulatora od skutera",
            "+Kamery sportowej przyklejonej do kadłuba",
        ],
        [
            "+Rakieta wzniosła się na około trzysta metrów, a spadochron otworzył się dokładnie nad stodołą sąsiada.",
        ],
        [
            "-Gotowe zestawy stateczników z balsy sprzedaję na Allegro – link w zakładce Sklep.",
            "-Zapisz się na powiadomienia o nowych wpisach",
        ],
        [
            "+Następnym razem chcę zamontować wysokościomierz, żeby nie zgadywać, jak wysoko poleciała.",
        ],
        [
            "-Podziel się wpisem: Facebook · Messenger · X",
        ],
        [
            "-3 komentarze",
            "-Modelarz_Wojtek: Świetny lot! Jakiego silnika użyłeś w drugim stopniu?",
            "-↳ Kacper: Wojtku, C6-7 ze sklepu modelarskiego w Krakowie.",
            "-Ola_z_Lodzi: Sąsiad nie był zły za stodołę?",
        ],
        [
            "-Blog na platformie Blogger · Motyw: Podróżnik",
        ],
    ]),
    _page("ru", "ru-portal-gradoboysk-strakhovka", [
        [
            "-Градобойский вестник",
            "-Новости · Общество · Экономика · Спорт · Культура · Объявления",
            "-Главная / Общество / Градобойск",
        ],
        [
            "+Фермеры Градобойска спорят со страховщиком о выплатах после града",
            "-Василиса Градинкина",
            "-21 июля 2026, 09:40",
        ],
        [
            "-3 минуты на чтение",
            "+Град размером с грецкий орех прошёл над районом 2 июля и за двадцать минут побил посевы пшеницы и"
            " подсолнечника на трёх тысячах гектаров.",
        ],
        [
            "+Большинство хозяйств были застрахованы в компании «Надёжный колос», но выплаты пока получили только"
            " двое фермеров из семнадцати.",
            "-Побитый градом подсолнечник на поле у деревни Ключи.",
            "-Фото: читатель «Вестника»",
        ],
        [
            "+Фермер Прохор Зерноедов говорит: «Оценщики приехали через три недели, когда на поле уже ничего нельзя"
            " было понять.»",
        ],
        [
            "-Реклама",
            "+Чего требуют фермеры",
        ],
        [
            "+Пересчитать ущерб по фотографиям, сделанным сразу после града",
            "+Выплатить авансы до начала уборки",
            "+Привлечь независимого оценщика из области",
            "-Читайте также: В районе начали ремонт дороги на Ключи",
        ],
        [
            "+Страховая компания заявила, что проверяет каждое заявление и завершит работу до конца августа.",
            "-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости района",
            "+Фермеры уже обратились в областное министерство сельского хозяйства.",
            "-Теги: град, страхование, фермеры",
        ],
        [
            "-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp",
        ],
        [
            "-Комментарии (6)",
            "-Агроном_Сергей: Сами виноваты, надо было читать договор внимательнее.",
            "-↳ Ольга_Ф: Договор на сорок страниц мелким шрифтом, попробуйте прочитать.",
            "-Пенсионер_Иван: У нас в огороде тоже всё побило, а никто не страхует.",
            "-↳ Редакция: Иван, администрация обещала помочь и частным хозяйствам, мы уточним условия.",
        ],
        [
            "-© 2026 АНО «Районные медиа». Все права защищены.",
            "-Политика конфиденциальности · Пользовательское соглашение · Контакты",
        ],
    ]),
    _page("ru", "ru-blog-koklyushki-salfetka", [
        [
            "-Главная · Схемы · Мастер-классы · Обо мне",
        ],
        [
            "-Коклюшки на подушке",
            "-Блог о вологодском кружеве и не только",
        ],
        [
            "-Опубликовано 10 ноября 2026, автор: Ксения",
            "+Плету первую салфетку по старому сколку из бабушкиного сундука",
        ],
        [
            "-Рубрика: Кружево",
            "-Читать около 6 минут",
        ],
        [
            "+Сколок я нашла в бабушкином сундуке вместе с двадцатью парами берёзовых коклюшек, потемневших от"
            " времени.",
        ],
        [
            "-Содержание",
            "-1. Подготовка валика",
            "-2. Первые ряды",
            "+Валик пришлось набить заново: старая солома слежалась, и булавки в неё просто не входили.",
        ],
        [
            "-Бабушкины коклюшки на новом валике.",
            "+Моя учительница из кружка всегда говорила: «Не смотри на руки, смотри на сколок — руки сами запомнят.»",
            "-Сохраните запись в закладки, чтобы не потерять",
        ],
        [
            "+Что понадобилось",
            "+Льняные нитки номер тридцать",
            "-Спонсорский материал",
            "+Сотня латунных булавок с круглыми головками",
            "+Новый валик, набитый опилками и обтянутый бязью",
        ],
        [
            "+На салфетку ушло почти три недели по вечерам, и в одном углу я всё-таки перепутала пары.",
        ],
        [
            "-Готовые салфетки и воротнички продаю на Ярмарке Мастеров — ссылка в меню.",
            "-Подпишитесь на рассылку, чтобы не пропустить новые схемы",
        ],
        [
            "+Следующим будет воротничок, и для него, кажется, придётся докупить ещё десять пар коклюшек.",
        ],
        [
            "-Поделиться записью: ВКонтакте · Telegram · Одноклассники",
        ],
        [
            "-2 комментария",
            "-Мастерица_Нина: Какая красота! А сколок можно где-то скачать?",
            "-↳ Ксения: Нина, я отсканирую его и выложу в разделе «Схемы».",
            "-Лена_кружево: Перепутанные пары — это фирменный знак ручной работы!",
        ],
        [
            "-Сайт создан на WordPress · Тема Kadence",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "This form is no longer accepting responses. Try contacting the owner of the form if you think this is a mistake.":
        "an English closed Google Form's message ('This form is no longer accepting responses. Try contacting the"
        " owner of the form if you think this is a mistake.') is left in the body",
    "Impossible de charger Google Maps correctement sur cette page. Êtes-vous le propriétaire de ce site Web ?":
        "a French Google Maps load error ('Impossible de charger Google Maps correctement sur cette page. Êtes-vous"
        " le propriétaire de ce site Web ?') is left in the body",
    "Il documento Issuu non è disponibile: la pubblicazione è stata rimossa dall'editore.":
        "an Italian removed-Issuu-document placeholder ('Il documento Issuu non è disponibile: la pubblicazione è"
        " stata rimossa dall'editore.') is left in the body",
    "Settle in: this post runs to about 2,300 words, or a quarter of an hour's reading.":
        "an English blog's word-count and quarter-of-an-hour reading warning ('Settle in: this post runs to about"
        " 2,300 words, or a quarter of an hour's reading.') is left at the head",
    "Czas potrzebny na przeczytanie: 4 min":
        "a Polish reading-time header ('Czas potrzebny na przeczytanie: 4 min') is left at the head",
    "Rédigé par Apolline Vastrebois, journaliste au service des sports":
        "a French written-by byline with the reporter's desk ('Rédigé par Apolline Vastrebois, journaliste au service"
        " des sports') is left at the head",
    "Ein Bericht von Ottokar Hangwieser (Text) und Lioba Traubenzahl (Fotos)":
        "a German report-by byline with text and photo credits ('Ein Bericht von Ottokar Hangwieser (Text) und Lioba"
        " Traubenzahl (Fotos)') is left at the head",
    "Letterpress notecards from my press are stocked at three independent bookshops – see the Stockists page for the"
    " list.":
        "an English letterpress blog's notecards-at-stockists plug ('Letterpress notecards from my press are stocked"
        " at three independent bookshops – see the Stockists page for the list.') is left at the foot",
    "Провожу мастер-классы по плетению на коклюшках в Доме культуры — запись в нашей группе ВКонтакте.":
        "a Russian bobbin-lace master-class plug ('Провожу мастер-классы по плетению на коклюшках в Доме культуры —"
        " запись в нашей группе ВКонтакте.') is left at the foot",
    "Want to join the discussion? Feel free to contribute!":
        "an English join-the-discussion prompt of a comment form ('Want to join the discussion? Feel free to"
        " contribute!') is left at the foot",
    "Pokaż wcześniejsze odpowiedzi (6)":
        "a Polish show-earlier-replies link of a comment thread ('Pokaż wcześniejsze odpowiedzi (6)') is left at the"
        " foot",
    "Articolo aggiornato alle ore 18.40 con la dichiarazione del sindaco.":
        "an Italian updated-at notice ('Articolo aggiornato alle ore 18.40 con la dichiarazione del sindaco.') is"
        " left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-inkytympan-letterpress":
        "the letterpress blog's Adana post keeps its tagline ('Notes from a garage letterpress, one sort at a time')"
        " under the blog name above the title and its photo caption ('The Adana on the bench, before a single screw"
        " had been turned.') right before the paragraph with the quote (2 of 20 noise lines)",
    "fr-blog-bocalquipetille-kombucha":
        "the kombucha blog's post keeps its blog name ('Le Bocal qui pétille') and tagline ('Fermentations maison et"
        " bulles du dimanche') above the title and its photo caption ('Ma mère de kombucha au bout de trois semaines,"
        " posée sur une assiette.') right before the paragraph with the quote (3 of 20 noise lines)",
    "de-portal-rebwinkelheim-spaetfrost":
        "the local paper's frost story keeps its WhatsApp-channel prompt ('Der WhatsApp-Kanal der Rundschau: jetzt"
        " kostenlos abonnieren') between the two last paragraphs (1 of 20 noise lines)",
    'de-blog-morgenchor-nachtigall':
        ("the birdsong blog's nightingale post keeps its tagline ('Vogelstimmen aufnehmen zwischen Hecke und "
         "Waldrand') above the title, its table of contents ('Inhalt', '1. Standort und Wind', '2. Pegel und "
         "Filter') right before the second paragraph, its photo caption ('Mein Parabolspiegel auf dem Stativ, im "
         "ersten Morgenlicht.') and bookmark prompt ('Diesen Beitrag für später merken') right before and after the "
         "paragraph with the quote, its sponsored label ('Werbehinweis') between the first and second list rows and "
         "its Bandcamp plug ('Meine Aufnahmen gibt es als Klanglandschaften auf Bandcamp – zum Anhören und "
         "Herunterladen.') between the two last paragraphs (8 of 20 noise lines); since round 128 'Inhalt', '1. "
         "Standort und Wind', '2. Pegel und Filter' go, 5 of 20 noise lines left"),
    'it-blog-carrellochetorna-lettera22':
        ("the typewriter blog's Lettera 22 post keeps its menu ('Home · Le mie macchine · Riparazioni · Nastri · Chi "
         "sono') alone in the first block, its blog name ('Il carrello che torna') and tagline ('Diario di un "
         "collezionista di macchine da scrivere') in the next, its category line ('Categoria: Restauri') under the "
         "title, its table of contents ('Indice', '1. Pulizia dei caratteri', '2. Il nastro nuovo') right before the "
         "second paragraph, its photo caption ('La Lettera 22 appena uscita dalla valigetta.') right before the "
         'paragraph with the quote (8 of 20 noise lines; since round 112 its Etsy plug between the two last '
         "paragraphs goes); since round 128 'Home · Le mie macchine · Riparazioni · Nastri · Chi sono', 'Categoria: "
         "Restauri', 'Indice', '1. Pulizia dei caratteri', '2. Il nastro nuovo' go, 3 of 20 noise lines left"),
    "pl-blog-rakietowystrych-dwustopniowa":
        "the rocketry blog's launch post keeps its tagline ('Modele rakiet budowane po godzinach') under the blog"
        " name above the title and its photo caption ('Rakieta na wyrzutni, pięć minut przed startem.') right before"
        " the paragraph with the quote (2 of 20 noise lines)",
    'ru-blog-koklyushki-salfetka':
        ("the bobbin-lace blog's doily post keeps its tagline ('Блог о вологодском кружеве и не только') under the "
         "blog name above the title, its table of contents ('Содержание', '1. Подготовка валика', '2. Первые ряды') "
         "right before the second paragraph and its photo caption ('Бабушкины коклюшки на новом валике.') right "
         "before the paragraph with the quote (5 of 20 noise lines); since round 128 'Содержание', '1. Подготовка "
         "валика', '2. Первые ряды' go, 2 of 20 noise lines left"),
}


test_held_out_136_line, test_held_out_136_line_is_kept, test_held_out_136_page = held_out_tests(
    HELD_OUT_136_LINES, HELD_OUT_136_KEEP, HELD_OUT_136_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
