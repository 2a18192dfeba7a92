"""Held-out set 144: written blind, weighted toward the noise the cleaner exists for, in shapes set 142's docstring does
not name (nor the first paragraphs of sets 139, 140 and 141): scraper, embed and ad markers (an English Loom recording
made unavailable by its owner "This Loom recording is unavailable. The owner may have restricted access or deleted it.",
an English Datawrapper chart that failed to load "Datawrapper chart failed to load. Reload the page or view the data on
datawrapper.de.", an English Mixcloud show blocked by licensing in the reader's country "Mixcloud: this show is not
available in your country due to licensing restrictions.", a French Dailymotion video deleted by its owner "La vidéo
Dailymotion n'est plus disponible : elle a été supprimée par son propriétaire.", a German Spotify consent placeholder
"Dieser Inhalt von Spotify wird erst dargestellt, wenn Sie der Datenverarbeitung durch Spotify zustimmen.", an Italian
RaiPlay video available only in Italy "Il video di RaiPlay non può essere riprodotto: contenuto disponibile solo in
Italia.", a Polish YouTube film that failed to load "Nie udało się wczytać filmu z YouTube. Spróbuj ponownie później lub
obejrzyj go na youtube.com." and a Russian Yandex Maps map that failed to load "Не удалось загрузить Яндекс Карты.
Обновите страницу или откройте карту на yandex.ru."); reading-time headers in new wordings (the English
you'll-need-about line "You'll need about six minutes for this one.", a blog's grab-a-cuppa warning giving the word
count and ten minutes "Grab a cuppa – this post runs to about 2,400 words, roughly a ten-minute read.", the French
reads-in line "Cet article se lit en 6 minutes", the German abbreviated Lesedauer header "Lesedauer ca. 6 Min.", the
Italian colon-form header "Lettura: 6 minuti", the Polish you'll-read-it-in line "Przeczytasz w 6 minut" and the Russian
it-reads-in line "Читается за 6 минут"); bylines and self-promotion (an English words-and-pictures byline "Words and
pictures: Philomena Gristlewaite", an English Local Democracy Reporting Service byline "By Lucan Marrowdyke, Local
Democracy Reporting Service", an Italian report-by byline "Servizio di Teodora Malaspinetti" and a Russian
text-and-photo byline "Текст и фото: Аглая Подберёзкина", all at the head, and at the foot an English Folksy map-prints
plug "Prints of my favourite maps are for sale in my Folksy shop, framed or unframed.", a French Patreon video-workshops
plug "Je propose aussi des ateliers en visio sur Patreon : le lien est dans la barre latérale.", a German Steady
instructions plug "Wer mich unterstützen möchte: Auf Steady gibt es alle Bastelanleitungen als PDF." and a Polish
Allegro enamel-pins plug "Moje przypinki kupisz na Allegro – wpisz w wyszukiwarkę nazwę bloga."); blog and site footers
(an English Squarespace credit with cookie and sitemap links "Made with Squarespace · Cookie preferences · Sitemap", an
English ICNN membership line "This site is a member of the Independent Community News Network (ICNN).", an English
20i-and-Kadence credit with an accessibility link "Hosted by 20i · Theme by Kadence WP · Accessibility", a French
Over-blog footer with report-abuse and terms links "Blog hébergé par Over-blog · Signaler un abus · Conditions générales
d'utilisation", a German WordPress, Astra and IONOS credit "Mit Liebe gemacht mit WordPress · Theme: Astra · Hosting:
IONOS", an Italian WordPress and Aruba.it credit with legal links "Sito realizzato con WordPress · Hosting Aruba.it ·
Cookie policy · Note legali", a Polish home.pl hosting credit with terms and sitemap "Hosting zapewnia home.pl ·
Regulamin · Mapa strony" and a Russian uCoz credit with sitemap and feedback "Сайт создан в конструкторе uCoz · Карта
сайта · Обратная связь"); reader-comment furniture (an English reply-report-likes action row "Reply · Report · 3 likes",
an English showing-12-of-47 count "Showing 12 of 47 comments", an English community-guidelines prompt "Please read our
community guidelines before posting a comment.", a French show-seven-replies link "Afficher les 7 réponses", a German
reply-report-like action row "Antworten · Melden · Gefällt mir (5)", an Italian read-all-23-comments link "Leggi tutti i
23 commenti", a Polish comment-rules line "Regulamin komentowania: wpisy obraźliwe będą usuwane bez ostrzeżenia." and a
Russian show-all-replies link "Показать все ответы (5)"); share rows (an English neighbours share row with Nextdoor,
Facebook and WhatsApp "Share with your neighbours: Nextdoor · Facebook · WhatsApp", a German Mastodon, Bluesky, Facebook
and print row "Diesen Beitrag teilen: Mastodon · Bluesky · Facebook · Drucken" and a Russian Telegram, WhatsApp,
Odnoklassniki and copy-link row "Поделиться: Telegram · WhatsApp · Одноклассники · Скопировать ссылку"); and notices (a
French erratum on a meeting time "Erratum : une erreur s'est glissée dans la première version de cet article sur
l'horaire de la réunion." and an Italian timed update note "Aggiornamento delle 18.30: il comune ha confermato la
notizia in una nota.", both in the body, and a Polish NOWEFIO funding note "Publikacja dofinansowana ze środków programu
NOWEFIO." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 142's docstring does not
describe (on the six portal pages the masthead alone in the first block; a section menu and a breadcrumb in one block of
two; a section kicker at the top of the title's block, right before the title; under it a block of two, the byline and
the date-and-time line, and then a block of two, the reading time and a share row; a photo caption and its credit in a
block of their own before the first paragraph; the first and second paragraphs in one block with nothing between them; a
read-also link alone; the paragraph with the quote alone; the subheading and the three rows in one block with an ad
label between the subheading and the first row; the two last paragraphs in one block with a newsletter, WhatsApp-channel
or Telegram prompt between them; a tags or topics line alone; at the foot two blocks, five lines (a comment count, a
comment, an arrowed reply by a second reader, the first commenter's answer two arrows deep and a second comment left
unanswered) and then a copyright line alone; on the six blog pages the blog name and its tagline in one block and the
menu alone in the next, above the title; the title at the top of its block with the posted-date-and-author line and the
reading time after it; the first paragraph alone; a three-line table of contents (its heading and two numbered entries)
in a block of its own between the first and second paragraphs; the second paragraph and the paragraph with the quote in
one block with a photo caption at its end, right after the quote; a related-post link and an affiliate-links disclosure
in one block of two before the subheading; the subheading and the three rows in one block with nothing between them; the
first last paragraph alone; a follow prompt and a share row in one block of two between the last paragraphs; the second
last paragraph at the top of its block with a shop or sales plug right after it; at the foot two blocks, four lines (a
comments count, a comment, an arrowed reply by a second reader and the author's answer two arrows deep) and then a
platform credit and a back-to-top link), taken from local news of fresh kinds (an ammonite fossil found in a working
quarry, a meteorite fragment lent to the town museum, counterfeit banknotes passed at the weekly market, a dragonfly
survey at the village pond, a jigsaw-lending shelf at the library, the district dahlia show) and from blogs about
kokedama moss balls, grafting cacti, speed-solving a Rubik's cube, making a kaleidoscope, collecting old county maps and
designing enamel pins.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 142 but what is named here), held-out set 143 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 142 up to its paragraph "Measured after round 101", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 139, 140 and 141, printed with one ast
script (/tmp/s144scratch/peek.py, reading the files of /tmp/wt-s144/tests, a worktree at the brief's commit; see Slips
and notes (2)); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main, at
the brief's commit); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase``
and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s144scratch/helpers.py, with
/work/main/src and /work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data; see Slips and notes (3)); and
``FIXTURES``, printed as its dict value. The English fixture file itself was not opened. The import lines and the line
binding the three tests follow set 142's as printed, with 142 -> 144; /tmp/s144scratch/gen144.py writes this file from
scratch files (data144.py, pages144.py, desc144.py, doc_layout.txt, doc_rest.txt, doc_baseline.txt and, after the
measurement, tables144.py). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s144, detached at commit 4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, the brief's commit; both worktrees were made at it with ``git worktree add``
(output to /dev/null, both exit codes 0), and /work/main was not touched afterwards (it was only read, as above). (2)
peek.py's first run printed to the terminal, whose output the tool cut in the middle (its lines 133 to 381 of 510: from
the middle of set 142's Slips and notes (5), through its notes (6) to (9), Judgement calls, Contents and Baseline, its
imports and tail and set 139's first paragraph, to set 140's first paragraph at its Italian marker); its second run went
to /tmp/s144scratch/peek.out, of which I paged lines 125 to 385 with ``sed``, in two calls (the rest of those allowed
parts); nothing outside the allowed parts was printed, since the script stops set 142's docstring before the paragraph
"Measured after round 101" and prints only the first paragraphs of the other three. (3) helpers.py imported test_clean
from /work/main/tests (at the brief's commit), which loads the cleaner's modules, but nothing was cleaned and no source
under src/ was printed; the helpers printed are only the checks this file calls. The machine's python had the project's
dependencies; every run used it. (4) Before the measurement /tmp/s144scratch/check144.py checked, case-insensitively,
that no noise line (held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats
and that no line holds an at-sign, and counted the held-out lines by category, language and place and the keep lines by
language and place; its first run found two noise lines inside other lines (the Italian blog's comment count "3
commenti" inside the held-out Italian "Leggi tutti i 23 commenti", and the Polish portal's kicker "Z regionu" inside its
newsletter prompt, which ends "z regionu."), so the count became "Commenti (3)" and the kicker "Wydarzenia"; its second
and last runs found nothing. While drafting I kept the ad labels out of the other lines: the German portal's "Anzeige"
is in no other line (the German Spotify marker says "dargestellt", not "angezeigt", and no plug names Kleinanzeigen),
the Russian portal's "Реклама" is not in the Russian keep line, which opens "Рекламные щиты", and the Polish portal's
"Reklama" is in no line; and I kept every masthead out of its own copyright line ("© 2026 Courant Newspapers Ltd. All
rights reserved.", "© 2026 Éditions de l'Écho – Tous droits réservés", "© 2026 Bote Verlagsgesellschaft mbH", "© 2026
Editrice Corriere Srl – Riproduzione riservata", "© 2026 Wydawnictwo Kurier sp. z o.o.", "© 2026 АНО «Редакция районной
газеты»"). /tmp/s144scratch/marks.out printed all 360 page lines with their block numbers and marks, and I read them one
by one: "+" stands only on the titles, the paragraphs, the subheadings and the list rows, "-" on everything else; no
mark was swapped, and each page has 10 article lines and 20 noise lines (14 blocks on the portals, 13 on the blogs).
gen144.py reports lines over 120 characters and at-signs in the written file (none), and checks that the file's lists
equal the scratch lists. (5) Invented names were checked with the exact-string search over public GitHub files:
Scarrowdene, Quarrendine, Ammondrake, Mossball Mondays, Brignonval, Vautrillon, Pécheloup, Épines et Greffons,
Klöppelbrunn, Pfeffermühlner, Knabenhuber, Würfeldreher, Pratomarcio, Zampognetti, Libellotti, Specchi e Perline,
Wierzbnick (for Wierzbnicko, Wierzbnicku and Kurier Wierzbnicki), Przepiórkiewicz, Układankowska, Mapnik z Szuflady,
Нижнегорьевск (for Нижнегорьевский вестник), Зябликовская, Георгинская, Значок за значком, Gristlewaite, Marrowdyke,
Malaspinetti and Подберёзкина had no hits. Dropped: Pottersby (a name in a data file) and Crumbleworth (a word in a
test; the English reporter became Wilhelmina Quarrendine), Flintergill (a real place in the Dales and a street name),
Shalecombe (a station name in a game's map) and Rubblethorpe (inside Grubblethorpe; the quarry manager became Desmond
Ammondrake), Hollerbrunn (a town in other projects; the German town became Klöppelbrunn), Staudenmaier (a real surname;
the German reporter became Wiebke Pfeffermühlner), Torcellani (inside a class name; the Italian reporter became Nives
Zampognetti), Farfallini (a real surname and a pasta; the biologist became Gemma Libellotti), Szczygłowska (a real
surname; the librarian became Bożena Układankowska), Колокольцева (a real surname; the Russian reporter became Ираида
Зябликовская) and Пионова (inside Пропионовая; the jury chair became Глафира Георгинская). Not checked: first names and
commenters' handles (Tamsin, Gaëlle, Jannik, Bruna, Tomek, Вера, Philomena, Lucan, Teodora, Аглая, Wilhelmina, Desmond,
Clémence, Armand, Wiebke, Jörg, Nives, Gemma, Halina, Bożena, Ираида, Глафира, RockhoundRay, Marl_and_Shale,
QuarryLaneNeighbour, Gwen from Kendal, PlantyPete, Jeanine_B, Vieux_Brignonvalais, Astronome_amateur, Martine,
Cactophile_56, Gemüsebauer_Kurt, Marktgängerin, Stammkundin_Erna, Cubing_Clara, Fingertrick_Felix, Nonno_Gildo, Lucia_R,
Fotografo_di_campagna, Maestra_Anna, Papà_creativo, Ola_czyta, Pan_Zbyszek, Mama_bliźniaków, Kartograf_amator,
Zbieracz_z_Łodzi, Садовод_Нина, Дачник_Петрович, Огородница_55, Коллекционерка_Ира, Пин_энтузиаст), names built on
checked names (The Scarrowdene Courant, Scarrowdene Stone Ltd, L'Écho de Brignonval, Klöppelbrunner Bote, Il Corriere di
Pratomarcio, Kurier Wierzbnicki, Нижнегорьевский вестник) and ordinary words, varieties and places (Courant Newspapers
Ltd, Éditions de l'Écho, Bote Verlagsgesellschaft, Editrice Corriere, Wydawnictwo Kurier, Mill Lane, place de la Halle,
ulica Kościuszki, Заводская улица, улица Лесная, Ольховка, Kendal, Leipzig, Tours, Łódź, the dahlia varieties Café au
Lait, Лунная соната, Огненный шар and Малинка). There are no e-mail addresses and no at-signs. (6) Real things named, as
real pages do: Loom, Datawrapper, Mixcloud, Dailymotion, Spotify, RaiPlay, YouTube, Yandex Maps, Folksy, Patreon,
Steady, Allegro, Squarespace, the Independent Community News Network, 20i, Kadence WP, Over-blog, WordPress, Astra,
IONOS, Aruba.it, home.pl, uCoz, Nextdoor, Facebook, WhatsApp, Mastodon, Bluesky, Telegram, Odnoklassniki, VKontakte, X,
Instagram, Pinterest, Etsy, Amazon, Leboncoin, Reddit, GeneratePress, OceanWP, Twenty Twenty-Five, Neve, Blocksy,
Blogger, Ozon, Pantone, the NOWEFIO programme and the Local Democracy Reporting Service. (7) The two measuring commands
ran as the brief gave them, in one shell call after ``date`` and the last check144.py run, their output sent to
/tmp/s144scratch/measure.out and report.out and the report and the pytest tail printed (17 failed, 60 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s144scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s144/tests with /tmp/wt-s144/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (9, 1 and 7, as in the
measurement; every page problem was a kept noise line). The xfail tables were written in /tmp/s144scratch/tables144.py
by tables144_src.py from my own descriptions of those lines and pages, and verify144.py checked that the failing lines,
keep lines and pages are exactly the keys of ``_LINE_XFAIL``, ``_KEEP_XFAIL`` and ``_PAGE_XFAIL``, that every page noise
line left is quoted in its page's reason and that each reason gives its count of noise lines left. (8) My first clock
reading was 2026-12-05 19:29:48 UTC; the measurement ran at 19:34:37 UTC by the machine's clock. (9) With the tables
filled, the pytest command ran on the final file in /tmp/wt-s144: see the last note of the Baseline paragraph.

Judgement calls: the keep lines opening with or holding "Comments made by the planning inspector", "Sharing the cost",
"Commentant le vote", "Kommentare der Anwohner", "Commentando i dati", "Komentując wyniki konsultacji", "Подписчики
местного паблика", "Followed closely by a crowd", "Subscribing members of the allotment society", "Partager les frais",
"Geteilt wird der Saal", "Рекламные щиты", "Copyright in the old mill photographs", "Advertising hoardings along the
bypass", "Reading from a prepared statement", "Suivre le chantier", "Urheberrechtlich geschützt", "Condividere la
palestra", "Abbonati al servizio di bike sharing" and "Obserwujących przeloty żurawi" are article sentences: each
reports what an inspector, a council, a mayor, an administration, a district head, residents, subscribers of a local
page, a society, a treasurer, two clubs, a family, a chairman, a lawyer, a town board, bike-share users or naturalists
said, did, decided or saw, with the noise-like word as an ordinary noun, verb, participle or gerund of the sentence (the
English "Reading from a prepared statement" is a chairman reading a statement aloud, not a reading time; "Copyright in
the old mill photographs" is the ownership of the rights passing to an archive, not a copyright line; the Russian
"Рекламные щиты" are billboards being taken down, not an ad label; the Polish "Obserwujących" are people watching
cranes, not a follow prompt). Categories: the Loom, Datawrapper, Mixcloud, Dailymotion, Spotify, RaiPlay, YouTube and
Yandex Maps lines are markers (embeds that failed, were blocked, withdrawn or wait for consent); the you'll-need-about
line, the grab-a-cuppa warning with its word count and the French, German, Italian, Polish and Russian lines are reading
times; the words-and-pictures, Local Democracy Reporting Service, servizio-di and text-and-photo lines are bylines at
the head, and the Folksy, Patreon, Steady and Allegro lines are bylines (self-promotion) at the foot; the Squarespace,
ICNN, 20i, Over-blog, WordPress-Astra-IONOS, Aruba, home.pl and uCoz lines are footers (the ICNN membership line is the
foot of a whole news site, not a notice about one story); the action rows, the showing-12-of-47 count, the guidelines
prompt, the show-replies and read-all-comments links and the Polish comment rules are comment furniture; the English,
German and Russian rows are share rows; the French erratum and the Italian update note are notices in the body (both
speak of the story they sit in), and the Polish funding note is a notice at the foot (it credits the grant behind a
publication, so it is neither a footer of the whole site nor a byline). On every page the title, the three paragraphs
before the subheading (the third with the quote), the subheading, its three list rows and the two last paragraphs are
article; everything else (mastheads, blog names and taglines, section menus, breadcrumbs and blog menus, kickers,
bylines, dates and posted-by lines, reading times, photo captions and credits, ad labels, share rows, newsletter,
WhatsApp-channel, Telegram and follow prompts, read-also and related-post links, tags and topics lines, tables of
contents, affiliate disclosures, shop and sales plugs, comment counts, comments and replies, copyright lines, platform
credits and back-to-top links) is noise. The list rows (the fossil's lifting, the paused blasting and the loan, the
museum's hours, fee and talk, the three checks of a banknote, the survey's numbers, the lending rules, the show's
winners, the blogs' materials, tools and practice plans) are short, some without a verb, but part of each article, so
article; the section kickers ("Local news", "Insolite", "Blaulicht", "Natura e territorio", "Wydarzenia", "Сад и
огород") and the portals' ad labels ("Advertisement", "Publicité", "Anzeige", "Pubblicità", "Reklama", "Реклама") are
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-scarrowdene-ammonite (a metre-wide ammonite found in the working limestone quarry),
en-blog-mossballmondays-kokedama (a first kokedama made with a maidenhair fern), fr-portail-brignonval-meteorite (a
meteorite fragment that fell in 1938 lent to the town museum for a year), fr-blog-epinesetgreffons-greffe (a first graft
of a red Gymnocalycium on a Hylocereus), de-portal-kloeppelbrunn-falschgeld (counterfeit fifty-euro notes passed at the
weekly market), de-blog-wuerfeldreher-speedcubing (a Rubik's cube average brought under 30 seconds),
it-portale-pratomarcio-libellule (nineteen dragonfly and damselfly species counted at the village pond),
it-blog-specchieperline-caleidoscopio (a kaleidoscope of three mirror strips and a cardboard tube),
pl-portal-wierzbnicko-puzzle (the library's jigsaw-lending shelf), pl-blog-mapnikzszuflady-mapy (a 1932 county map
bought at a flea market), ru-portal-nizhnegorievsk-georginy (240 varieties at the district dahlia show) and
ru-blog-znachokzaznachkom-znachki (a first enamel pin designed, a fox with a lantern), each with a reader comment
thread.

Baseline (2026-12-05, cleaner at commit 4ca49af84251d08c4c0f2d4ce7d1bbfef2572789, measured with ``cd /tmp/wt-s144 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s144/src python -m pytest -q tests/test_clean_held_out_144.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s144 && PYTHONPATH=/tmp/wt-s144/src python
scripts/clean_held_out_report.py --sets 144``, with the xfail tables empty): noise lines removed 36/45 (reading-time
5/7, byline 8/8, marker 5/8, notice 0/3, footer 8/8, comments 7/8, share 3/3; the 9 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: two reading times at the head (the English you'll-need-about line and the blog's
grab-a-cuppa warning), three markers in the body (the English Loom placeholder, the French Dailymotion placeholder and
the German Spotify consent placeholder), the three notices (the French erratum and the Italian update note in the body
and the Polish funding note at the foot) and one comment line at the foot (the Polish comment rules); the Datawrapper,
Mixcloud, RaiPlay, YouTube and Yandex Maps markers, the French, German, Italian, Polish and Russian reading times and
every byline, footer and share line went); keep lines kept 19/20 (the Italian bike-sharing sentence at the foot is lost,
as ``_KEEP_XFAIL`` describes); pages 5/12 clean (the English, French, German, Italian and Polish portals), 11 of 240
page noise lines left and 0 of 120 article lines lost. Left on the pages: 1 on the English kokedama blog (the photo
caption), 3 on the French cactus-grafting blog (the photo caption, the follow prompt and the sales plug), 2 on the
German speedcubing blog (the photo caption and the sales plug), 1 on the Italian kaleidoscope blog (the photo caption),
2 on the Polish map blog (the photo caption and the shop plug), 1 on the Russian portal (the photo caption above the
first paragraph) and 1 on the Russian enamel-pin blog (the photo caption), nothing on the other pages, as
``_PAGE_XFAIL`` describes; no page loses an article line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s144 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 102 (developed on sets 141 and 142 beside this set's writing from the same base, 4ca49af, and
measured on it blind by the lead with `scripts/clean_held_out_report.py --tests <blind copy> --sets 144` and the
problems of every case before and after): nothing moved. Lines 36 -> 36 of 45, 19 of 20 kept (the Italian "Abbonati al
servizio di bike sharing potranno usare anche le nuove stazioni." still lost: round 101 kept such a subscribers'
sentence only when it names who said it), pages clean 5 -> 5 of 12, page noise lines 11 -> 11 of 240, none of 120
article lines lost. Round 102's widened wordings met none of this set's lines (Loom, Dailymotion and Spotify
placeholders, two English reading times, the erratum, update and funding notices, the Polish comment rules), nor its
blogs' plugs (Leboncoin, "über den Shop auf dieser Seite", "w sklepiku na blogu") and uncredited captions; the Russian
portal's caption above the first paragraph, whose credit goes, stays.

Round 103 (development; this set was read in full from this round on): developed on sets 143 and 144 from
c381897. Fixed, by mechanism: the Italian "Abbonati" as the subject of a plural verb is the noun "subscribers", not the
imperative (clean._PLURAL_VERB_IN_CLAUSE, read by _has_call_to_action, so is_sales_notice, and beside _SIGN_UP_SENTENCE
in _trailing_reason: a closed class of plural finite verbs and the Italian "-ranno"/"-rebbero" in the call word's clause,
before its colon or dash; "Abbonati ora: il primo mese costa 1 euro." and "Abbonati a La Voce e leggi senza limiti" still
go); a caption naming a thing in quotes over its credit (page_blocks._unquote_names in _mark_credited_caption, with
clean._QUOTED_NAME widened to English single quotes, not to French spaced guillemets, which quote words as well; words
quoted at the line's start or followed by a comma or a dash are someone's and keep their marks); embed placeholders
deleted by their owner beside their no-longer-available (_EMBED_DELETED, _EMBED_GONE) or restricted by it, waiting for the reader's consent ("dopóki nie zaakceptujesz", "wird erst dargestellt, wenn", the data processing
"durch" the platform) or kept to one country ("fuori dall'Italia") (whole_line_noise._EMBED_SCREEN_STATE, Loom in
_EMBED_PLATFORM); a blog's drink-first warning with any length of "this one" in minutes (clean._DRINK_FIRST); an
erratum's or a clarification's label over an earlier version of this article, the error "glissée dans" it (the
round-102 editors'-label branch of the site-notice table); comment systems other than Disqus (Hyvor Talk, Remark42,
Commento, Cusdis, Giscus, Utterances, Isso, GraphComment), a free account in the log-in verbs (_LOG_IN_VERB), "Regulamin
komentowania" in COMMENT_POLICY_HEADER; a Polish page noun's funding participle (clean._MADE). Tests:
test_round_103_* in tests/test_clean.py (with near misses). Other sets' xfails removed (now passing): set 104's
ru-portal-klenogorsk-kovorking, set 118's Polish Facebook consent placeholder, set 136's pl-portal-podlipiniec-festiwal.
All sets (scripts/clean_held_out_report.py, before -> after): noise lines removed 5658 -> 5674 of 6151, article lines
kept 2726 -> 2727 of 2727, pages clean 1005 -> 1008 of 1606, page noise lines left 1337 -> 1334 of 33840, paragraphs
lost 2 -> 2 (no set's kept lines dropped, no set's lost paragraphs rose). SemEval: 0 changed files of 3723. Bench:
benchmarks/bench_clean.py ratio to c381897 1.01 (cpu best 2.346 s against 2.321 s). Pytest (the cleaning test set): 19046 passed, 1105 xfailed, no XPASS (a first run found round 25's channel-post and round 71's French quoted-words near misses taken and the now passing xfails of sets 104, 118 and 136; all fixed or removed before this run).
This set (before -> after): noise lines removed 36 -> 43 of 45 (reading-time 5 -> 6/7, byline 8/8, marker 5 -> 8/8,
notice 0 -> 2/3, footer 8/8, comments 7 -> 8/8, share 3/3), keep 19 -> 20 of 20 (the bike-sharing subscribers'
sentence), pages clean 5 -> 6 of 12 (the Russian dahlia portal's caption over its credit now goes), page noise lines
left 11 -> 10 of 240, none of 120 article lines lost. Removed xfails: seven lines (grab-a-cuppa, Loom, Dailymotion,
Spotify, erratum, Polish comment rules, NOWEFIO funding note), the keep line and the Russian portal's page; no reason
reworded. Still missed: "You'll need about six minutes for this one." and "Aggiornamento delle 18.30: il comune ha
confermato la notizia in una nota." (an update naming news, which round 102 keeps as the article's), and on the six
blogs the uncredited photo captions, the French follow prompt and the Leboncoin, "Shop auf dieser Seite" and
"sklepiku na blogu" plugs of _PAGE_XFAIL.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_144_LINES: list[tuple[str, str, str]] = [
    ('head', "You'll need about six minutes for this one.", 'reading-time'),
    ('head', 'Grab a cuppa – this post runs to about 2,400 words, roughly a ten-minute read.', 'reading-time'),
    ('head', 'Cet article se lit en 6 minutes', 'reading-time'),
    ('head', 'Lesedauer ca. 6 Min.', 'reading-time'),
    ('head', 'Lettura: 6 minuti', 'reading-time'),
    ('head', 'Przeczytasz w 6 minut', 'reading-time'),
    ('head', 'Читается за 6 минут', 'reading-time'),
    ('head', 'Words and pictures: Philomena Gristlewaite', 'byline'),
    ('head', 'By Lucan Marrowdyke, Local Democracy Reporting Service', 'byline'),
    ('head', 'Servizio di Teodora Malaspinetti', 'byline'),
    ('head', 'Текст и фото: Аглая Подберёзкина', 'byline'),
    ('body', 'This Loom recording is unavailable. The owner may have restricted access or deleted it.', 'marker'),
    ('body', 'Datawrapper chart failed to load. Reload the page or view the data on datawrapper.de.', 'marker'),
    ('body', 'Mixcloud: this show is not available in your country due to licensing restrictions.', 'marker'),
    ('body', "La vidéo Dailymotion n'est plus disponible : elle a été supprimée par son propriétaire.", 'marker'),
    ('body', 'Dieser Inhalt von Spotify wird erst dargestellt, wenn Sie der Datenverarbeitung durch '
             'Spotify zustimmen.', 'marker'),
    ('body', 'Il video di RaiPlay non può essere riprodotto: contenuto disponibile solo in Italia.', 'marker'),
    ('body', 'Nie udało się wczytać filmu z YouTube. Spróbuj ponownie później lub obejrzyj go na '
             'youtube.com.', 'marker'),
    ('body', 'Не удалось загрузить Яндекс Карты. Обновите страницу или откройте карту на yandex.ru.', 'marker'),
    ('body', "Erratum : une erreur s'est glissée dans la première version de cet article sur l'horaire de "
             'la réunion.', 'notice'),
    ('body', 'Aggiornamento delle 18.30: il comune ha confermato la notizia in una nota.', 'notice'),
    ('tail', 'Prints of my favourite maps are for sale in my Folksy shop, framed or unframed.', 'byline'),
    ('tail', 'Je propose aussi des ateliers en visio sur Patreon : le lien est dans la barre latérale.', 'byline'),
    ('tail', 'Wer mich unterstützen möchte: Auf Steady gibt es alle Bastelanleitungen als PDF.', 'byline'),
    ('tail', 'Moje przypinki kupisz na Allegro – wpisz w wyszukiwarkę nazwę bloga.', 'byline'),
    ('tail', 'Made with Squarespace · Cookie preferences · Sitemap', 'footer'),
    ('tail', 'This site is a member of the Independent Community News Network (ICNN).', 'footer'),
    ('tail', 'Hosted by 20i · Theme by Kadence WP · Accessibility', 'footer'),
    ('tail', "Blog hébergé par Over-blog · Signaler un abus · Conditions générales d'utilisation", 'footer'),
    ('tail', 'Mit Liebe gemacht mit WordPress · Theme: Astra · Hosting: IONOS', 'footer'),
    ('tail', 'Sito realizzato con WordPress · Hosting Aruba.it · Cookie policy · Note legali', 'footer'),
    ('tail', 'Hosting zapewnia home.pl · Regulamin · Mapa strony', 'footer'),
    ('tail', 'Сайт создан в конструкторе uCoz · Карта сайта · Обратная связь', 'footer'),
    ('tail', 'Reply · Report · 3 likes', 'comments'),
    ('tail', 'Showing 12 of 47 comments', 'comments'),
    ('tail', 'Please read our community guidelines before posting a comment.', 'comments'),
    ('tail', 'Afficher les 7 réponses', 'comments'),
    ('tail', 'Antworten · Melden · Gefällt mir (5)', 'comments'),
    ('tail', 'Leggi tutti i 23 commenti', 'comments'),
    ('tail', 'Regulamin komentowania: wpisy obraźliwe będą usuwane bez ostrzeżenia.', 'comments'),
    ('tail', 'Показать все ответы (5)', 'comments'),
    ('tail', 'Share with your neighbours: Nextdoor · Facebook · WhatsApp', 'share'),
    ('tail', 'Diesen Beitrag teilen: Mastodon · Bluesky · Facebook · Drucken', 'share'),
    ('tail', 'Поделиться: Telegram · WhatsApp · Одноклассники · Скопировать ссылку', 'share'),
    ('tail', 'Publikacja dofinansowana ze środków programu NOWEFIO.', 'notice'),
]

HELD_OUT_144_KEEP: list[tuple[str, str]] = [
    ('head', 'Comments made by the planning inspector last spring were read into the record before the vote.'),
    ('head', 'Sharing the cost of the new footbridge will fall to the county and two parish councils.'),
    ('head', "Commentant le vote, la maire a parlé d'une « décision raisonnable » et promis un bilan dans un an."),
    ('head', 'Kommentare der Anwohner zur neuen Buslinie will die Verwaltung bis Juni auswerten.'),
    ('head', 'Commentando i dati, il sindaco ha parlato di un risultato atteso da anni.'),
    ('head', 'Komentując wyniki konsultacji, wójt zapowiedział kolejne spotkanie z mieszkańcami.'),
    ('head', 'Подписчики местного паблика первыми сообщили о прорыве трубы на улице Лесной.'),
    ('body', 'Followed closely by a crowd of about forty residents, the debate ran for almost two hours.'),
    ('body', 'Subscribing members of the allotment society will pay eight pounds more a year from April.'),
    ('body', 'Partager les frais entre les deux communes était la seule solution, selon le trésorier.'),
    ('body', 'Geteilt wird der Saal künftig von Chor und Turnverein, die sich bisher die Schulaula teilten.'),
    ('body', 'Рекламные щиты у въезда в посёлок, по словам главы района, уберут до конца года.'),
    ('tail', 'Copyright in the old mill photographs passed to the town archive when the family donated them.'),
    ('tail', 'Advertising hoardings along the bypass will be taken down by the end of the month, the council said.'),
    ('tail', 'Reading from a prepared statement, the chairman said the scheme would go ahead in its current form.'),
    ('tail', 'Suivre le chantier sera possible grâce à des panneaux installés devant la mairie.'),
    ('tail', 'Urheberrechtlich geschützt sind die Entwürfe des Architekten nicht mehr, sagte der Anwalt der Stadt.'),
    ('tail', 'Condividere la palestra con la scuola media è stata la scelta della giunta.'),
    ('tail', 'Abbonati al servizio di bike sharing potranno usare anche le nuove stazioni.'),
    ('tail', 'Obserwujących przeloty żurawi nad stawem jest co roku więcej, mówią przyrodnicy.'),
]

HELD_OUT_144_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-scarrowdene-ammonite', [
        [
            '-The Scarrowdene Courant',
        ],
        [
            "-News · Sport · What's On · Property · Jobs · Announcements",
            '-Home › News › Scarrowdene',
        ],
        [
            '-Local news',
            '+Quarry workers uncover a metre-wide ammonite at Scarrowdene',
        ],
        [
            '-By Wilhelmina Quarrendine, Community Reporter',
            '-Published 14:20, Tuesday 3 November 2026',
        ],
        [
            '-3 min read',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-The ammonite still in the quarry face after the blast on Monday.',
            '-Photograph: Scarrowdene Stone Ltd',
        ],
        [
            '+A fossil ammonite almost a metre across has been found by workers at the limestone quarry on the edge '
            'of Scarrowdene, the largest ever recorded in the county.',
            '+The shell was spotted by a shovel driver on Monday morning after a routine blast opened a new section '
            'of the upper face, and work on that bench was stopped at once.',
        ],
        [
            '-Read more: Bypass roadworks to close Mill Lane for three weeks',
        ],
        [
            '+Quarry manager Desmond Ammondrake said: "We see small ones most weeks, but nobody here has seen '
            'anything like this. The men were queueing to have a look at it."',
        ],
        [
            '+What happens next',
            '-Advertisement',
            '+Geologists from the county museum will lift the fossil in a single block later this month.',
            '+Blasting on the upper bench stays paused until the block is out.',
            '+The company has offered the ammonite to the museum on permanent loan.',
        ],
        [
            '+The museum hopes to put the fossil on display by the spring, once it has been cleaned and its cracks '
            'filled.',
            "-Get the day's headlines in your inbox every morning – sign up to our free newsletter.",
            '+Visitors will not be allowed into the quarry itself, but the company plans an open evening at its site '
            'office in December.',
        ],
        [
            '-Topics: Scarrowdene · Fossils · Quarrying',
        ],
        [
            '-4 comments',
            '-RockhoundRay: Brilliant find. Hope it ends up somewhere the kids can see it.',
            '-↳ Marl_and_Shale: It will, the museum has already said so on their page.',
            '-↳↳ RockhoundRay: Good to hear, thanks.',
            '-QuarryLaneNeighbour: Will they keep blasting near the houses this winter?',
        ],
        [
            '-© 2026 Courant Newspapers Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-mossballmondays-kokedama', [
        [
            '-Mossball Mondays',
            '-Little gardens wrapped in string',
        ],
        [
            '-Home · Kokedama · Houseplants · About · Contact',
        ],
        [
            '+My first kokedama: a fern in a ball of moss',
            '-Posted on 8 November 2026 by Tamsin',
            '-5 minute read',
        ],
        [
            '+I have wanted to try kokedama ever since I saw a row of them hanging in a café window, and this weekend '
            'I finally made my first one with a small maidenhair fern.',
        ],
        [
            '-In this post',
            '-1. Mixing the soil ball',
            '-2. Wrapping and tying',
        ],
        [
            '+The soil is a mix of akadama and ordinary compost, wetted until it holds together like pastry, then '
            'squeezed around the roots of the fern into a ball the size of an orange.',
            '+The sheet moss goes on next. My neighbour, who has kept bonsai for years, watched me struggle and said: '
            '"Stop pressing so hard, the moss has to be coaxed round, not strangled."',
            '-The finished fern hanging by the kitchen window.',
        ],
        [
            '-You might also like: Repotting a root-bound peace lily',
            '-This post contains affiliate links; I may earn a small commission if you buy through them.',
        ],
        [
            '+What I used',
            '+A maidenhair fern in a nine-centimetre pot',
            '+Akadama, compost and a handful of sheet moss',
            '+Green cotton twine and a bowl of rainwater',
        ],
        [
            '+The ball needs a soak every four or five days: I drop it into a bowl of rainwater until the bubbles '
            'stop, then let it drip over the sink.',
        ],
        [
            '-Follow along on Instagram for new kokedama every week.',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '+Next I want to try a small ivy, which should cope better with the dry air of the living room.',
            '-Ready-made kokedama and kits are in my Etsy shop, posted out on Wednesdays.',
        ],
        [
            '-3 comments',
            '-Gwen from Kendal: Lovely! Does the fern mind the twine cutting into the moss?',
            '-↳ PlantyPete: Mine have been fine for a year, the roots grow through it.',
            '-↳↳ Tamsin: Same here so far, and I use cotton so it rots away eventually.',
        ],
        [
            '-Proudly powered by WordPress · Theme: Twenty Twenty-Five',
            '-Back to top ↑',
        ],
    ]),
    _page('fr', 'fr-portail-brignonval-meteorite', [
        [
            "-L'Écho de Brignonval",
        ],
        [
            '-Actualités · Sports · Culture · Agenda · Nécrologie',
            '-Accueil > Brignonval > Culture',
        ],
        [
            '-Insolite',
            '+Un fragment de météorite prêté au musée de Brignonval pour un an',
        ],
        [
            '-Par Clémence Vautrillon',
            '-Publié le 4 novembre 2026 à 11 h 05',
        ],
        [
            '-Lecture : 3 min',
            '-Partager sur : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "-Le fragment, de la taille d'un poing, dans sa vitrine.",
            '-Photo Musée municipal',
        ],
        [
            '+Le musée municipal de Brignonval expose depuis samedi un fragment de météorite de 820 grammes, prêté '
            'pour un an par un collectionneur de la région.',
            "+La pierre, tombée en 1938 dans un champ de la commune, avait été vendue par la famille de l'agriculteur "
            "qui l'avait ramassée, puis avait changé de mains plusieurs fois.",
        ],
        [
            '-À lire aussi : Le marché de Noël revient place de la Halle',
        ],
        [
            "+« C'est un retour à la maison pour ce caillou venu de l'espace, et beaucoup d'anciens se souviennent "
            "encore de l'histoire », sourit le conservateur, Armand Pécheloup.",
        ],
        [
            "+Ce qu'il faut savoir",
            '-Publicité',
            '+Le musée est ouvert du mercredi au dimanche, de 14 heures à 18 heures.',
            "+L'entrée reste gratuite pour les moins de 18 ans.",
            '+Une conférence sur les météorites aura lieu le 21 novembre à la salle des fêtes.',
        ],
        [
            "+Le collectionneur, qui souhaite rester anonyme, n'exclut pas de céder définitivement le fragment à la "
            'commune.',
            "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter.",
            '+La municipalité doit en discuter lors du prochain conseil, en décembre.',
        ],
        [
            '-Mots-clés : Brignonval · Musée · Sciences',
        ],
        [
            '-4 commentaires',
            '-Jeanine_B : Mon grand-père était là quand elle est tombée, il en parlait tout le temps.',
            '-↳ Vieux_Brignonvalais : Le mien aussi ! Il disait que le champ avait fumé toute la nuit.',
            '-↳↳ Jeanine_B : Ils se connaissaient sûrement, alors.',
            "-Astronome_amateur : Bravo au musée, j'irai la voir avec mon club.",
        ],
        [
            "-© 2026 Éditions de l'Écho – Tous droits réservés",
        ],
    ]),
    _page('fr', 'fr-blog-epinesetgreffons-greffe', [
        [
            '-Épines et Greffons',
            "-Le carnet d'une greffeuse de cactus",
        ],
        [
            '-Accueil · Greffes · Semis · À propos · Contact',
        ],
        [
            '+Greffer un Gymnocalycium rouge sur un Hylocereus : mon premier essai',
            '-Publié le 7 novembre 2026 par Gaëlle',
            '-Temps de lecture : 4 minutes',
        ],
        [
            "+Cela faisait deux ans que je voulais tenter une greffe, et ce printemps j'ai enfin coupé mon premier "
            "Gymnocalycium rouge, celui qui n'a pas de chlorophylle et ne survit que greffé.",
        ],
        [
            '-Sommaire',
            '-1. Préparer le porte-greffe',
            '-2. Poser et tenir le greffon',
        ],
        [
            '+Le porte-greffe est un Hylocereus bien vigoureux, coupé net à quatre centimètres au-dessus du pot avec '
            "un cutter passé à l'alcool.",
            "+Le greffon se pose tout de suite, les anneaux vasculaires l'un sur l'autre. Un vieux monsieur du club "
            "m'avait prévenue : « Si tu hésites dix secondes, la coupe sèche et c'est raté. »",
            '-Le greffon tenu par deux élastiques croisés sous le pot.',
        ],
        [
            '-À lire aussi : Semer des cactus en sachet de congélation',
            '-Cet article contient des liens affiliés vers Amazon.',
        ],
        [
            '+Le matériel',
            "+Un cutter neuf et de l'alcool à 70 degrés",
            '+Deux élastiques larges pour tenir le greffon',
            '+Un Hylocereus en pleine croissance comme porte-greffe',
        ],
        [
            "+Au bout de dix jours, j'ai retiré les élastiques : le greffon tenait, et une semaine plus tard il "
            'commençait à gonfler.',
        ],
        [
            '-Suivez le blog sur Facebook pour ne rater aucun article.',
            '-Partager : Facebook · Pinterest · E-mail',
        ],
        [
            '+Prochaine étape, une greffe sur Pereskiopsis, plus délicate mais bien plus rapide.',
            '-Quelques greffes sont à vendre sur Leboncoin, remise en main propre près de Tours.',
        ],
        [
            '-3 réactions',
            '-Martine : Superbe réussite ! Tu gardes le greffé au soleil direct ?',
            '-↳ Cactophile_56 : Surtout pas au début, il faut de la lumière mais pas de plein soleil.',
            "-↳↳ Gaëlle : Merci, c'est ce que j'ai fait, derrière un voilage.",
        ],
        [
            '-Blog propulsé par WordPress · Thème : OceanWP',
            '-Retour en haut',
        ],
    ]),
    _page('de', 'de-portal-kloeppelbrunn-falschgeld', [
        [
            '-Klöppelbrunner Bote',
        ],
        [
            '-Lokales · Polizei · Sport · Kultur · Service',
            '-Startseite › Lokales › Klöppelbrunn',
        ],
        [
            '-Blaulicht',
            '+Falsche Fünfziger auf dem Wochenmarkt in Umlauf gebracht',
        ],
        [
            '-Von Wiebke Pfeffermühlner',
            '-Veröffentlicht am 5. November 2026, 16:45 Uhr',
        ],
        [
            '-Lesezeit: 3 Minuten',
            '-Teilen: Facebook · WhatsApp · X · E-Mail',
        ],
        [
            '-Ein Händler prüft einen Geldschein unter der UV-Lampe.',
            '-Foto: Archiv',
        ],
        [
            '+Auf dem Klöppelbrunner Wochenmarkt sind am Samstag mindestens sechs falsche 50-Euro-Scheine ausgegeben '
            'worden, wie die Polizei am Montag mitteilte.',
            '+Bezahlt wurden damit jeweils kleine Einkäufe, meist Obst oder Blumen, sodass die Händler viel echtes '
            'Wechselgeld herausgaben.',
        ],
        [
            '-Lesen Sie auch: Neue Parkregeln am Bahnhof ab Dezember',
        ],
        [
            '+„Die Scheine fühlen sich zu glatt an, wer genau hinschaut, merkt es sofort“, sagte Polizeisprecher Jörg '
            'Knabenhuber. „Nur hat am Markttag niemand Zeit, genau hinzuschauen.“',
        ],
        [
            '+So erkennen Sie Falschgeld',
            '-Anzeige',
            '+Fühlen: Echte Scheine haben ein raues, festes Papier.',
            '+Sehen: Gegen das Licht gehalten zeigt sich das Wasserzeichen.',
            '+Kippen: Die Smaragdzahl wechselt ihre Farbe.',
        ],
        [
            '+Die Polizei bittet Händler und Kunden, die am Samstag Fünfziger angenommen haben, ihre Scheine zu '
            'prüfen.',
            '-Abonnieren Sie unseren WhatsApp-Kanal für Eilmeldungen aus der Region.',
            '+Hinweise nimmt jede Dienststelle entgegen; die Ermittlungen dauern an.',
        ],
        [
            '-Schlagworte: Klöppelbrunn · Polizei · Wochenmarkt',
        ],
        [
            '-4 Kommentare',
            '-Gemüsebauer_Kurt: Bei mir war auch einer dabei, habe ihn erst abends bemerkt.',
            '-↳ Marktgängerin: So ein Ärger, und das bei den Preisen heute.',
            '-↳↳ Gemüsebauer_Kurt: Ja, und ersetzt bekommt man ihn nicht.',
            '-Stammkundin_Erna: Danke für die Tipps zum Erkennen!',
        ],
        [
            '-© 2026 Bote Verlagsgesellschaft mbH',
        ],
    ]),
    _page('de', 'de-blog-wuerfeldreher-speedcubing', [
        [
            '-Der Würfeldreher',
            '-Speedcubing für Späteinsteiger',
        ],
        [
            '-Start · Tutorials · Würfel-Tests · Über mich',
        ],
        [
            '+Unter 30 Sekunden: Wie ich den Zauberwürfel schneller lösen lernte',
            '-Veröffentlicht am 6. November 2026 von Jannik',
            '-Lesezeit: etwa 5 Minuten',
        ],
        [
            '+Vor einem Jahr habe ich für einen Durchgang noch über zwei Minuten gebraucht, seit letzter Woche liegt '
            'mein Schnitt aus fünf Versuchen bei 28 Sekunden.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Das Kreuz auf der Unterseite',
            '-2. Die ersten zwei Ebenen zusammen',
        ],
        [
            '+Der größte Sprung kam, als ich aufgehört habe, das Kreuz auf der Unterseite Stein für Stein zu legen, '
            'und es stattdessen vorher im Kopf plane.',
            '+Bei einem Wettbewerb in Leipzig meinte ein Schiedsrichter zu mir: „Du schaust zu viel auf deine Finger. '
            'Schau auf die nächsten Steine.“ Das hat mehr gebracht als jedes Video.',
            '-Der Würfel nach dem Kreuz, mit der Unterseite zur Kamera.',
        ],
        [
            '-Passend dazu: Welcher Speedcube lohnt sich für Anfänger?',
            '-Hinweis: Links zu Würfeln sind Affiliate-Links.',
        ],
        [
            '+Mein Übungsplan',
            '+Jeden Morgen zehn Lösungen mit Zeitmessung',
            '+Zwei neue Algorithmen pro Woche',
            '+Sonntags eine Runde nur mit Blick auf die Kreuzplanung',
        ],
        [
            '+Als Nächstes möchte ich die letzte Ebene in zwei Schritten lernen, dafür fehlen mir aber noch einige '
            'Algorithmen.',
        ],
        [
            '-Folge mir auf YouTube für wöchentliche Lösungsvideos.',
            '-Teile diesen Beitrag: WhatsApp · Facebook · Reddit',
        ],
        [
            '+Wer mitmachen will: Die Zeiten meines Übungsplans trage ich jeden Sonntag in eine Tabelle ein.',
            '-Gebrauchte Würfel aus meiner Sammlung verkaufe ich über den Shop auf dieser Seite.',
        ],
        [
            '-3 Kommentare',
            '-Cubing_Clara: Glückwunsch zur Sub-30! Welchen Würfel benutzt du?',
            '-↳ Fingertrick_Felix: Würde mich auch interessieren.',
            '-↳↳ Jannik: Einen günstigen Magnetwürfel, den Link findet ihr oben.',
        ],
        [
            '-Erstellt mit WordPress · Theme: GeneratePress',
            '-Nach oben',
        ],
    ]),
    _page('it', 'it-portale-pratomarcio-libellule', [
        [
            '-Il Corriere di Pratomarcio',
        ],
        [
            '-Cronaca · Politica · Sport · Cultura · Eventi',
            '-Home > Cronaca > Pratomarcio',
        ],
        [
            '-Natura e territorio',
            '+Al laghetto del paese contate diciannove specie di libellule',
        ],
        [
            '-di Nives Zampognetti',
            '-Pubblicato il 6 novembre 2026 alle 09:30',
        ],
        [
            '-Tempo di lettura: 3 minuti',
            '-Condividi su: Facebook · WhatsApp · X',
        ],
        [
            '-Una libellula imperatore posata su un giunco del laghetto.',
            '-Foto Gruppo naturalistico',
        ],
        [
            "+Diciannove specie di libellule e damigelle sono state contate quest'estate al laghetto di Pratomarcio, "
            'nel primo censimento mai fatto nel comune.',
            '+Il conteggio è stato organizzato dal gruppo naturalistico locale, che da giugno a settembre ha percorso '
            'le sponde ogni due settimane con retini e quaderni.',
        ],
        [
            '-Leggi anche: Lavori in piazza, cambia la viabilità',
        ],
        [
            '+«Non ci aspettavamo un numero così alto per uno stagno così piccolo», ha detto la biologa Gemma '
            "Libellotti. «Significa che l'acqua è tornata pulita.»",
        ],
        [
            '+I numeri del censimento',
            '-Pubblicità',
            '+Diciannove specie in totale, undici libellule e otto damigelle.',
            '+Quattro specie mai segnalate prima in provincia.',
            '+Quaranta volontari, di cui dodici ragazzi delle medie.',
        ],
        [
            '+Il gruppo presenterà i risultati in biblioteca a fine novembre, con le foto scattate durante le uscite.',
            '-Iscriviti al nostro canale Telegram per ricevere le notizie del territorio.',
            '+Il comune ha promesso di non sfalciare più le sponde nei mesi estivi.',
        ],
        [
            '-Tag: Pratomarcio · Natura · Volontariato',
        ],
        [
            '-4 commenti',
            '-Nonno_Gildo: Da bambino ci pescavo, che bello sapere che è di nuovo vivo.',
            '-↳ Lucia_R: Anche io! Mio figlio ha partecipato al censimento.',
            '-↳↳ Nonno_Gildo: Bravo lui, allora.',
            '-Fotografo_di_campagna: Complimenti ai volontari per il lavoro.',
        ],
        [
            '-© 2026 Editrice Corriere Srl – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-specchieperline-caleidoscopio', [
        [
            '-Specchi e Perline',
            '-Giocattoli ottici fatti in casa',
        ],
        [
            '-Home · Progetti · Materiali · Chi sono',
        ],
        [
            '+Il mio primo caleidoscopio con tre specchietti e un tubo di cartone',
            '-Pubblicato il 9 novembre 2026 da Bruna',
            '-Lettura di 4 minuti',
        ],
        [
            '+Volevo un regalo per il compleanno di mia nipote e ho deciso di costruirle un caleidoscopio, come '
            'quello che avevo da bambina e che ho perso in un trasloco.',
        ],
        [
            '-Indice',
            '-1. Tagliare gli specchi',
            '-2. La camera delle perline',
        ],
        [
            '+Il cuore sono tre strisce di specchio acrilico lunghe venti centimetri, unite a triangolo con il nastro '
            'adesivo e infilate in un tubo di cartone.',
            '+In fondo va la camera con le perline. Il vetraio da cui ho comprato gli specchi mi ha detto: «Prendili '
            'sottili, che in un tubo piccolo pesano più di quanto pensi.»',
            '-Il caleidoscopio finito accanto alle perline avanzate.',
        ],
        [
            '-Potrebbe interessarti anche: Un taumatropio in dieci minuti',
            '-In questo articolo ci sono link di affiliazione ad Amazon.',
        ],
        [
            '+Cosa serve',
            '+Tre strisce di specchio acrilico da venti centimetri',
            '+Un tubo di cartone robusto e due dischi di plastica trasparente',
            '+Una manciata di perline colorate e frammenti di vetro',
        ],
        [
            "+Mia nipote l'ha girato per mezz'ora senza staccare l'occhio, e poi ha chiesto di farne uno insieme.",
        ],
        [
            '-Seguimi su Instagram per vedere i nuovi progetti.',
            '-Condividi: WhatsApp · Facebook · Pinterest',
        ],
        [
            '+Il prossimo sarà un teleidoscopio, con una lente al posto delle perline.',
            '-I miei kit per caleidoscopi sono in vendita su Etsy, con le istruzioni stampate.',
        ],
        [
            '-Commenti (3)',
            '-Maestra_Anna: Lo faccio fare ai miei alunni di quinta, grazie!',
            '-↳ Papà_creativo: Ottima idea, anche io con i miei figli.',
            '-↳↳ Bruna: Fatemi sapere come viene!',
        ],
        [
            '-Tema Semplice · Powered by Blogger',
            '-Torna su',
        ],
    ]),
    _page('pl', 'pl-portal-wierzbnicko-puzzle', [
        [
            '-Kurier Wierzbnicki',
        ],
        [
            '-Wiadomości · Sport · Kultura · Ogłoszenia · Kontakt',
            '-Strona główna » Wiadomości » Kultura',
        ],
        [
            '-Wydarzenia',
            '+Biblioteka w Wierzbnicku wypożycza puzzle. Półka pęka w szwach',
        ],
        [
            '-Autor: Halina Przepiórkiewicz',
            '-Opublikowano: 5 listopada 2026, 10:15',
        ],
        [
            '-Czas czytania: 3 min',
            '-Udostępnij: Facebook · X · WhatsApp',
        ],
        [
            '-Półka z puzzlami w czytelni biblioteki.',
            '-Fot. Biblioteka Publiczna',
        ],
        [
            '+Od września Biblioteka Publiczna w Wierzbnicku wypożycza nie tylko książki, ale też puzzle, a półka z '
            'pudełkami stała się najpopularniejszym miejscem w czytelni.',
            '+Zaczęło się od trzydziestu zestawów podarowanych przez jedną z czytelniczek, dziś jest ich ponad '
            'dwieście, od 500 do 3000 elementów.',
        ],
        [
            '-Czytaj także: Remont ulicy Kościuszki potrwa do wiosny',
        ],
        [
            '+„Ludzie oddają puzzle po ułożeniu i od razu biorą następne. Niektórzy przychodzą co tydzień”, mówi '
            'kierowniczka biblioteki Bożena Układankowska.',
        ],
        [
            '+Zasady wypożyczania',
            '-Reklama',
            '+Jednorazowo można wypożyczyć dwa pudełka.',
            '+Puzzle oddaje się po miesiącu, z kartką o brakujących elementach.',
            '+Wypożyczenie jest bezpłatne dla wszystkich z kartą biblioteczną.',
        ],
        [
            '+Biblioteka prosi o przynoszenie kolejnych kompletnych zestawów, najlepiej z obrazkami krajobrazów.',
            '-Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości z regionu.',
            '+W planach jest też zimowy turniej układania na czas w sali konferencyjnej.',
        ],
        [
            '-Tagi: Wierzbnicko · biblioteka · puzzle',
        ],
        [
            '-4 komentarze',
            '-Ola_czyta: Super pomysł, wypożyczyłam już cztery pudełka!',
            '-↳ Pan_Zbyszek: A brakowało w którymś elementów?',
            '-↳↳ Ola_czyta: W jednym jednego, ale była kartka, więc wiedziałam.',
            '-Mama_bliźniaków: Dla dzieci też coś jest?',
        ],
        [
            '-© 2026 Wydawnictwo Kurier sp. z o.o.',
        ],
    ]),
    _page('pl', 'pl-blog-mapnikzszuflady-mapy', [
        [
            '-Mapnik z Szuflady',
            '-Kolekcjonuję stare mapy powiatów',
        ],
        [
            '-Start · Kolekcja · Poradnik · O mnie',
        ],
        [
            '+Mapa powiatu z 1932 roku kupiona za dwadzieścia złotych na pchlim targu',
            '-Opublikowano 10 listopada 2026 przez Tomka',
            '-Czytanie zajmie ok. 4 minut',
        ],
        [
            '+W niedzielę na pchlim targu wypatrzyłem w pudle z pocztówkami złożoną w kostkę mapę powiatu z 1932 '
            'roku, w dodatku prawie bez przetarć.',
        ],
        [
            '-Spis treści',
            '-1. Jak rozpoznać oryginał',
            '-2. Czyszczenie i prostowanie',
        ],
        [
            '+Sprzedawca chciał za nią dwadzieścia złotych, a ja starałem się nie pokazać, jak bardzo się cieszę.',
            '+Oryginał poznaje się po druku. Znajomy antykwariusz powtarza zawsze: „Patrz pod lupą na kropki. Jeśli '
            'są kropki, to skan z drukarki, a nie litografia.”',
            '-Mapa rozłożona na stole, z lupą w rogu.',
        ],
        [
            '-Zobacz też: Jak przechowywać mapy, żeby nie żółkły',
            '-Wpis zawiera linki afiliacyjne do sklepu z materiałami konserwatorskimi.',
        ],
        [
            '+Co zrobiłem z mapą',
            '+Delikatne czyszczenie gumką w proszku',
            '+Prostowanie pod obciążeniem przez dwa tygodnie',
            '+Teczka z bezkwasowego kartonu do przechowywania',
        ],
        [
            '+Mapa ma teraz honorowe miejsce w teczce obok mapy sąsiedniego powiatu z tej samej serii.',
        ],
        [
            '-Obserwuj bloga na Facebooku, żeby nie przegapić nowych wpisów.',
            '-Udostępnij wpis: Facebook · Pinterest',
        ],
        [
            '+Brakuje mi jeszcze trzech arkuszy, żeby seria była kompletna, więc niedziele spędzam na targach.',
            '-Skany moich map w wysokiej rozdzielczości kupisz w sklepiku na blogu.',
        ],
        [
            '-3 komentarze',
            '-Kartograf_amator: Piękny egzemplarz! Ja szukam tej serii od lat.',
            '-↳ Zbieracz_z_Łodzi: Na aukcjach czasem się pojawiają, ale drogo.',
            '-↳↳ Tomek: Dokładnie, dlatego polecam pchle targi.',
        ],
        [
            '-Blog na WordPressie · Motyw: Neve',
            '-Do góry',
        ],
    ]),
    _page('ru', 'ru-portal-nizhnegorievsk-georginy', [
        [
            '-Нижнегорьевский вестник',
        ],
        [
            '-Новости · Общество · Спорт · Культура · Афиша',
            '-Главная / Новости / Общество',
        ],
        [
            '-Сад и огород',
            '+На районной выставке георгинов показали 240 сортов',
        ],
        [
            '-Автор: Ираида Зябликовская',
            '-7 ноября 2026, 12:40',
        ],
        [
            '-Время прочтения: 3 минуты',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '-Георгины сорта «Кафе о лэ» на центральном столе выставки.',
            '-Фото: пресс-служба администрации района',
        ],
        [
            '+В районном Доме культуры в субботу открылась выставка георгинов: садоводы из двенадцати сёл привезли '
            '240 сортов.',
            '+Выставку проводят уже в двадцатый раз, и впервые цветы не поместились в одном зале, часть столов '
            'пришлось поставить в фойе.',
        ],
        [
            '-Читайте также: Ремонт моста на Заводской улице закончат в декабре',
        ],
        [
            '+«Каждый год думаю, что удивить уже нечем, и каждый год кто-нибудь привозит новый сорт», — рассказала '
            'председатель жюри Глафира Георгинская.',
        ],
        [
            '+Победители выставки',
            '-Реклама',
            '+Первое место — «Лунная соната» из села Ольховка.',
            '+Второе место — кактусовый георгин «Огненный шар».',
            '+Приз зрительских симпатий — помпонный георгин «Малинка».',
        ],
        [
            '+Выставка работает до воскресенья, вход свободный, а клубни понравившихся сортов можно будет заказать у '
            'самих садоводов.',
            '-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости района.',
            '+В следующем году организаторы обещают отдельный зал для детских работ.',
        ],
        [
            '-Теги: георгины · выставка · Дом культуры',
        ],
        [
            '-4 комментария',
            '-Садовод_Нина: Была в субботу, красота невероятная!',
            '-↳ Дачник_Петрович: А «Лунную сонату» где-нибудь продают?',
            '-↳↳ Садовод_Нина: Спросите в Ольховке, там всё знают.',
            '-Огородница_55: Жаль, что только до воскресенья.',
        ],
        [
            '-© 2026 АНО «Редакция районной газеты»',
        ],
    ]),
    _page('ru', 'ru-blog-znachokzaznachkom-znachki', [
        [
            '-Значок за значком',
            '-Блог о дизайне эмалевых значков',
        ],
        [
            '-Главная · Мои значки · Как заказать · Обо мне',
        ],
        [
            '+Как я рисовала свой первый эмалевый значок — лису с фонариком',
            '-Опубликовано 11 ноября 2026, автор: Вера',
            '-На чтение ~5 минут',
        ],
        [
            '+Эмалевые значки я собираю давно, а этой осенью решилась нарисовать свой — рыжую лису с фонариком, для '
            'подарков друзьям.',
        ],
        [
            '-Содержание',
            '-1. Эскиз и контуры',
            '-2. Выбор цветов эмали',
        ],
        [
            '+Главное правило, которое я усвоила: все линии должны быть не тоньше трёх десятых миллиметра, иначе '
            'металл просто не выйдет на производстве.',
            '+Цвета пришлось сократить с девяти до шести. Менеджер фабрики написала мне: «Каждый цвет — это отдельная '
            'заливка, а значит, и отдельные деньги».',
            '-Макет значка на экране ноутбука рядом с карандашным эскизом.',
        ],
        [
            '-Читайте также: Где хранить коллекцию значков',
            '-В посте есть партнёрские ссылки.',
        ],
        [
            '+Что нужно для макета',
            '+Векторный редактор и графический планшет',
            '+Палитра Pantone для подбора эмали',
            '+Терпение на три-четыре круга правок',
        ],
        [
            '+Партия из ста значков пришла через пять недель, и лиса получилась именно такой, какой я её рисовала.',
        ],
        [
            '-Подписывайтесь на блог в Telegram, там анонсы новых значков.',
            '-Поделиться: Telegram · ВКонтакте · Pinterest',
        ],
        [
            '+Следующим будет значок с совой, уже с мягкой эмалью вместо твёрдой.',
            '-Мои значки можно купить на Ozon — ищите по названию блога.',
        ],
        [
            '-3 комментария',
            '-Коллекционерка_Ира: Лиса чудесная! Где заказывали?',
            '-↳ Пин_энтузиаст: Тоже хочу знать, у меня с фабрикой не сложилось.',
            '-↳↳ Вера: Напишу об этом отдельный пост, обещаю.',
        ],
        [
            '-Сайт работает на WordPress · Тема: Blocksy',
            '-Наверх ↑',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Aggiornamento delle 18.30: il comune ha confermato la notizia in una nota.':
        "an Italian timed update notice ('Aggiornamento delle 18.30: il comune ha confermato la notizia in una "
        "nota.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-mossballmondays-kokedama':
        "the kokedama blog's first-fern post keeps its photo caption ('The finished fern hanging by the kitchen "
        "window.') at the end of the block of the second paragraph and the paragraph with the quote, right after the "
        'quote (1 of 20 noise lines)',
    'fr-blog-epinesetgreffons-greffe':
        "the cactus-grafting blog's first-graft post keeps its photo caption ('Le greffon tenu par deux élastiques "
        "croisés sous le pot.') at the end of the block of the second paragraph and the paragraph with the quote, "
        "right after the quote, its follow prompt ('Suivez le blog sur Facebook pour ne rater aucun article.') at the "
        "top of the block of two with the share row between the last paragraphs, and its sales plug ('Quelques "
        "greffes sont à vendre sur Leboncoin, remise en main propre près de Tours.') right after the second last "
        'paragraph, in its block (3 of 20 noise lines)',
    'de-blog-wuerfeldreher-speedcubing':
        "the speedcubing blog's sub-30 post keeps its photo caption ('Der Würfel nach dem Kreuz, mit der Unterseite "
        "zur Kamera.') at the end of the block of the second paragraph and the paragraph with the quote, right after "
        "the quote, and its sales plug ('Gebrauchte Würfel aus meiner Sammlung verkaufe ich über den Shop auf dieser "
        "Seite.') right after the second last paragraph, in its block (2 of 20 noise lines)",
    'it-blog-specchieperline-caleidoscopio':
        "the kaleidoscope blog's first-kaleidoscope post keeps its photo caption ('Il caleidoscopio finito accanto "
        "alle perline avanzate.') at the end of the block of the second paragraph and the paragraph with the quote, "
        'right after the quote (1 of 20 noise lines)',
    'pl-blog-mapnikzszuflady-mapy':
        "the map-collecting blog's 1932 county-map post keeps its photo caption ('Mapa rozłożona na stole, z lupą w "
        "rogu.') at the end of the block of the second paragraph and the paragraph with the quote, right after the "
        "quote, and its shop plug ('Skany moich map w wysokiej rozdzielczości kupisz w sklepiku na blogu.') right "
        'after the second last paragraph, in its block (2 of 20 noise lines)',
    'ru-blog-znachokzaznachkom-znachki':
        "the enamel-pin blog's fox-pin post keeps its photo caption ('Макет значка на экране ноутбука рядом с "
        "карандашным эскизом.') at the end of the block of the second paragraph and the paragraph with the quote, "
        'right after the quote (1 of 20 noise lines)',
}


test_held_out_144_line, test_held_out_144_line_is_kept, test_held_out_144_page = held_out_tests(
    HELD_OUT_144_LINES, HELD_OUT_144_KEEP, HELD_OUT_144_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
