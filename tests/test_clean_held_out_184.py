"""Held-out set 184: written blind, weighted toward the noise the cleaner exists for, in shapes set 182's docstring does
not name (nor the first paragraphs of sets 179, 180 and 181): scraper, embed and ad markers (an English Flourish chart
stopped by the reader's ad blocker "Flourish chart not shown – your ad blocker stopped the script from loading.", an
English bracketed Google Form that no longer takes answers "[Google Form embed: this form is no longer accepting
responses]", an English TikTok video behind an age gate "TikTok video unavailable – you must be 18 or older to view
this content.", a French Ausha podcast player that needs JavaScript "Le podcast Ausha ne peut pas être lu : JavaScript
est désactivé dans votre navigateur.", a German Komoot tour that needs a newer browser "Die eingebettete Komoot-Tour
braucht einen aktuelleren Browser, um angezeigt zu werden.", an Italian Spreaker player whose episode is still being
processed "Il player di Spreaker non è disponibile: l'episodio è ancora in fase di elaborazione.", a Polish Spotify
player that does not work in a private browser window "Odtwarzacz Spotify nie działa w trybie prywatnym przeglądarki –
otwórz stronę w zwykłym oknie." and a Russian VK Video widget whose live stream has ended "Виджет VK Видео недоступен:
трансляция завершилась, запись появится позже."); reading-time headers in new wordings (the English read-and-listen
label "5 min read · Listen to this article (6 min)", a blog's word-count line "This post is about 2,300 words – ten
minutes or so with the photos.", the French estimated-reading-time label "Temps de lecture estimé : 5 min", the German
reading-time label with a read-aloud link "5 Min. Lesezeit · Artikel vorlesen lassen", the Italian it-reads-in line "Si
legge in 5 minuti", the Polish you-will-read-it-in line "Artykuł przeczytasz w 5 minut" and the Russian time-of-reading
line "Время прочтения — 5 минут"); bylines and self-promotion (an English two-reporter byline with a team "By Hester
Gorsewhittle and Barnaby Fettlesham, Local News Team", an English reporter's bio with a call for story ideas "Rowena
Quobbley has reported on the villages of the Vale for twelve years. Send her your story ideas.", a German byline with
the reporter's initials code and desk "Gunhild Sträßlemeier (gst) · Lokalredaktion" and a Polish compiled-by byline
with its source "Opracowała: Bożena Żurawiecka-Pląs, na podstawie informacji urzędu gminy", all at the head, and at the
foot an English Patreon plug "Patrons on Patreon get the full drawings for every build a week early.", a French Tipeee
plug "Soutenez le blog sur Tipeee : dès 1 € par mois, vous recevez les plans en avant-première.", an Italian Teachable
course plug with a readers' discount "Il mio corso di tornitura è su Teachable: per i lettori del blog c'è uno sconto
del 20%." and a Russian Boosty plug "Поддержать блог можно на Boosty — подписчики получают чертежи раньше всех."); blog
and site footers (an English Wix free-plan banner "This site was designed with the Wix website builder. Create your
website today.", an English community-news-network membership row "Member of the Independent Community News Network ·
Corrections and clarifications · Whistleblowing policy", an English do-not-sell row "Do not sell or share my personal
information · Cookie preferences · Contact the editor", a French Jimdo credit with sitemap and log-in links "Site
propulsé par Jimdo · Plan du site · Se connecter", a German publishers'-association membership row "Mitglied im Verband
Deutscher Lokalzeitungen · Mediadaten · Leserservice", an Italian Altervista hosting row "Blog ospitato su Altervista ·
Crea il tuo sito gratis", a Polish design-and-build credit "Projekt i wykonanie: Pixelbór · Regulamin · Polityka
prywatności" and a Russian reuse-requires-a-link line "При полном или частичном использовании материалов ссылка на сайт
обязательна."); reader-comment furniture (an English live viewers count "12 people are viewing this conversation", an
English pinned-and-edited row "Pinned by the author · Edited 2 days ago", an English replying-to row with a cancel link
"Replying to Doreen P. – Cancel reply", a French responsibility disclaimer "Les commentaires sont publiés sous la seule
responsabilité de leurs auteurs.", a German subscribe-to-the-discussion row "Diskussion abonnieren: Benachrichtigung
bei neuen Antworten per E-Mail", an Italian daily-limit message "Hai raggiunto il numero massimo di commenti consentiti
per oggi.", a Polish hidden-for-downvotes stub "Komentarz ukryty z powodu dużej liczby negatywnych ocen. Pokaż" and a
Russian collapse-thread link "Свернуть ветку обсуждения (7 ответов)"); share rows (an English spread-the-word row with
Nextdoor "Spread the word: Mastodon · Facebook · Nextdoor · Print", a German share-now row "Jetzt teilen: Facebook · X
· Pinterest · Drucken" and a Russian tell-your-friends row "Рассказать друзьям: Telegram · WhatsApp · Одноклассники");
and notices (a French metered-paywall note "Article réservé aux abonnés : il vous reste 2 articles gratuits ce
mois-ci." and a Polish AI-assistance note "Ten tekst powstał przy wsparciu narzędzi sztucznej inteligencji i został
sprawdzony przez redakcję.", both in the body, and an Italian updated-with-the-council's-reply note "Articolo
aggiornato il 12 marzo alle 9:40 con la replica del Comune." at the foot); and toward whole scraped news and hobby-blog
pages in layouts set 182's docstring does not describe (on the six portal pages, in eleven blocks, a cookie-consent
banner, the masthead and a breadcrumb in one block of three at the very top, the banner first; the title alone in a
block of one; the byline, the published-and-updated line, the reading time and a share row alone in a block of four
between the title and the first paragraph; the first paragraph alone; an ad label and a sponsored headline at the top
of the second paragraph's block, right before it; the paragraph with the quote alone; the subheading and the three rows
with the photo caption and its credit after the third row, inside the list block (a block of six); a read-also link and
a newsletter prompt alone in a block of two between the list and the last paragraphs; the two last paragraphs alone in
one block; at the foot two blocks, a tags line at the top of five lines of a comment thread (the tags line, a comment
count, a comment, a second reader's comment and a third reader's arrowed reply to it) and then a links row and the
publisher's copyright line; on the six blog pages, in nine blocks, the blog name and its menu in one block of two; the
title at the top of a block of three with the posted-on-by line and the reading time under it; the first and second
paragraphs in one block of five with a table of contents (its heading and two numbered entries) between them; a photo
caption at the top of the quote's block, right before the paragraph with the quote; the subheading and the three rows
with an affiliate link between the second and third rows; the two last paragraphs in one block of four with a
related-post link between them and the author's sign-off after the second; a plug for the author's wares, lessons or
services and a share row alone in a block of two; a thread of five lines alone in a block (a comments heading with its
count, a comment, another reader's arrowed reply to it, the author's arrowed reply and a second comment left
unanswered); and at the foot the author's copyright line and a platform-and-theme credit), taken from local news of
fresh kinds (a hay barn on a common reroofed with oak shingles, a churchyard's bier house given back its roof and door,
a school weather station's Stevenson screen repaired, a village fingerboard sign put back at its fork, a coal hole
cover recast, a country doctor's old surgery door brought back) and from blogs about a seed library in a phone box,
perry from old pear trees, a glockenspiel for a school, a marimba of rosewood bars, wooden yo-yos and a cajón.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 182 but what is named here), held-out set 183 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git
branch`` output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read
were: the docstring of held-out set 182 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 179, 180 and 181, printed with one ast script (/tmp/s184scratch/peek.py,
reading the files of /tmp/wt-set184/tests, the worktree at the brief's commit, docstrings split on blank lines);
tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``, in /work/main); ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s184scratch/helpers.py, with /work/main/src and
/work/main/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. The
English fixture file itself was not opened. The import lines and the line binding the three tests follow set 182's as
printed, with 182 -> 184; /tmp/s184scratch/gen184.py writes this file from scratch files (data184.py with the noise and
keep lines, pages184.py with the pages, doc_parts.py with the docstring and, after the measurement, tables184.py with
the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a frozen
cleaner (worktree /tmp/wt-s184, detached at commit f710fd0a2db7c8f506fda15da3118afe2bd07164, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 12:26:44 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
f710fd0a2db7c8f506fda15da3118afe2bd07164 (the brief's commit); both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null; both exited 0), and /work/main was not touched afterwards. helpers.py imported
from /work/main/tests and /work/main/src as the brief allows, which loads the cleaner's modules, but nothing was
cleaned before the measurement and no source under src/ was printed; the project's dependencies were already installed
and nothing was installed. (2) peek.py printed set 182's docstring paragraphs (split on blank lines) up to and
including the one starting "Baseline", set 182's import lines, its tail from the line of the module-level
``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 179, 180 and 181, reading the files in
/tmp/wt-set184/tests (the worktree at the brief's commit). Its first run printed to the terminal, which the tool cut in
the middle (it showed the first lines, from set 182's first paragraph into its notes, and the last lines, from inside
set 180's first paragraph to the end of set 181's, all allowed parts); the second run went to /tmp/s184scratch/peek.out
(613 lines, all of them allowed parts), of which I paged lines 125 to 300, 300 to 470 and 470 to 500 with ``sed``, so
that every part the brief allows was read; nothing else of any set file was printed. (3) To compare my wordings with
the named ones I grepped peek.out case-insensitively for the services, platforms and key words of my lines and layouts
(Flourish, "Google Form", TikTok, Ausha, Komoot, Spreaker, Spotify, "VK Видео", "Listen to", "2,300", "Temps de
lecture", Lesezeit, "Si legge", przeczytasz, прочтения, "Local News Team", "has reported", "(gst)", Opracowa, Patreon,
Tipeee, Teachable, Boosty, Wix, "Community News", "Do not sell", Jimdo, Verband, Altervista, "Projekt i wykonanie",
частичном, viewing, Pinned, "Cancel reply", responsabilit, abonnieren, massimo, ukryty, Свернуть, "Spread the word",
"Jetzt teilen", Рассказать, aggiornato, réservé, sztucznej, cookie, "Accept all", "Read also", "inside the list", Tags,
sign-off, related-post, affiliate): none of the words of my lines occurs but "cookie", which occurs in set 182's
Squarespace "Cookie settings" and Aruba "Preferenze cookie" footer links and set 181's Prezi marker (third-party
cookies), so my English do-not-sell footer shares a cookie-preferences link with those footers (its do-not-sell link
and contact link are new) and my pages' cookie-consent banners share only the word; "inside the list" occurs in the
layouts of sets 179 and 182 (an ad label and sponsored headline, a read-also link), where my portals put the photo
caption and credit; tags lines, sign-offs, related-post links and affiliate links occur on the pages of earlier sets,
as they do on mine, in other places. (4) Near misses with shapes already named, noted rather than hidden: the markers
stand for services not named there (Flourish, Google Forms, TikTok, Ausha, Komoot, Spreaker, Spotify, VK Video) with
reasons not named (an ad blocker, a closed form, an age gate, JavaScript switched off, an old browser, an episode being
processed, a private browser window, an ended live stream), though the bracketed Google Form line is of the bracket
shape of set 182's Instagram Reel; the reading times are new phrasings, though "5 min read · Listen to this article (6
min)" is a label with an extra like set 180's "Read time 6 min · 1,150 words", the word-count line is a blog's
long-read line like the grab-a-cuppa and long-post-ahead lines of sets 180 and 182, and the French and German labels
use the common nouns "Temps de lecture" and "Lesezeit" with a new adjective or extra; of the bylines the two-reporter
English line is a plain "By ... and ..." byline, the bio line is new, the German initials code is of the kind of set
181's from-our-staff-member byline in its desk, and the Polish "Opracowała" is new; the plugs use platforms not named
(Patreon, Tipeee, Teachable, Boosty), though they are support-the-blog plugs like the Ko-fi plugs of sets 181 and 182;
the footers name builders, hosts and memberships not named (Wix, the Independent Community News Network, Jimdo, the
Verband Deutscher Lokalzeitungen, Altervista, a design studio), though the Wix and Jimdo lines are builder credits like
set 180's WebWave and set 179's Tilda credits, and the Russian reuse-with-a-link line is a legal line like set 182's
registration certificate; of the comment lines the replying-to row and the pinned row are controls of the kind of the
action rows of sets 181 and 182, the French responsibility disclaimer is of the kind of set 178's Polish
comments-not-moderated disclaimer that set 182's notes mention, and the Polish hidden stub is of the kind of the
removed-by-a-moderator stubs of sets 179 and 180; the share rows use openings not named ("Spread the word", "Jetzt
teilen", "Рассказать друзьям"); the French paywall note, the Polish AI note and the Italian updated-with note are not
named, though the Italian one is of the kind of set 180's French correction note. On the pages the noise is of common
kinds, since the brief asks for new layouts there; some positions echo earlier layouts (the masthead near the very top,
as on sets 179 to 182; an ad label with a sponsored headline, as on sets 179, 181 and 182; the caption with its credit,
as on sets 179, 181 and 182; the table of contents of two entries, as on sets 179 to 182; the links row and copyright
line at the foot of the portals and the copyright and platform credit at the foot of the blogs, as on sets 179 to 182;
the blog name with its menu, as on set 181; the author's arrowed reply in the blog threads, as on sets 179 to 182),
while what is new is the arrangement (on the portals the cookie banner above the masthead, the title alone, the byline,
date, reading time and share row alone in a block of four, the ad label at the top of the second paragraph's block, the
caption and credit after the third list row, the read-also link with the newsletter prompt between the list and the
last paragraphs, and the tags line at the top of the thread block; on the blogs the title at the top of its block with
the posted-on line and reading time under it, the table of contents between the first and second paragraphs, the
caption at the top of the quote's block, the affiliate link between the second and third rows, the related-post link
between the last paragraphs, the plug and share row in a block of their own and the author's reply after another
reader's). (5) Before the measurement /tmp/s184scratch/check.py checked, case-insensitively, that no noise line
(held-out or page) sits inside any other noise, keep or article line of the set, that no line repeats and that no line
holds an at-sign, and counted the lines and blocks. Before its first run I had already kept out of each other: the
portals' mastheads and their copyright lines and newsletter prompts (the copyright lines name the publisher without the
masthead, "Kräuselbrunner Verlag GmbH", "Wydawnictwo Kluskowolskie", "ООО «Редакция Вестника»", and the newsletter
prompts do not name the paper), the ad labels and the links rows (the French and Russian links rows have no "Publicité"
or "Реклама"; the Russian one says "Рекламодателям"), the English ad label and the English keep line "Advertisements in
the 1893 parish magazine ..." (the label became "Advertising"), the reporters and the photographers of the portals
(different people), and the blogs' comment headings and their titles (the English heading is "5 Responses", not a
heading that quotes the title). Its first run found nothing inside anything else, no repeated line and no at-sign, and
counted 45 noise lines (category, language and place as in Contents), 20 keep lines by language and place and 12 pages
(six of eleven blocks, six of nine) with 10 "+" and 20 "-" lines each; I read the page lines of pages184.py as I wrote
them and printed the "+" lines of every page again before the measurement: "+" stands only on the titles, the
paragraphs, the subheadings and the list rows, "-" on everything else. gen184.py reports lines over 120 characters and
at-signs in the written file, checks that every held-out noise line and keep line is quoted in the docstring and
checks, by parsing the file with ``ast`` (without importing it), that the file's lists equal the scratch ones. (6)
Invented names were checked with the exact-string search over public GitHub files: Wickenmarsh (for The Wickenmarsh
Crier), Brackwhistle, Furzeborough, Tumbleholt, Seeds in the Red Box, Pebbletwine (and Pebbletwin), Vauclerbois (for
L'Écho de Vauclerbois), Marchevaux, Frémaudin, Chaussegrive, Poirés de haute tige, Pottaverne, Kräuselbrunn (for the
Kräuselbrunner Nachrichten and Verlag), Wenzelhuber, Dagmar Ölschläpper, Zwiebelsberg, Klöppel und Klangstab,
Glimmersbach, Castelmorbio, Sgrandolini (and Ersilia Sgrandolini), Scarabozzi, Sbadiglioni, Palissandro e battenti,
Tornabuzzi, Kluskowol (for Kluskowola, Głos Kluskowoli and Wydawnictwo Kluskowolskie), Krupnikowsk (and Teodozja
Krupnikowska), Gwoździkowska, Grabiszonek (and Wincenty Grabiszonek), Wióry i Sznurek, Dłubaczek, Кривобродск (for
Кривобродский вестник), Загребальск, Пустобрёхов, Ухватов-Заречный, Кахон на балконе, Щекотухин, Gorsewhittle,
Fettlesham, Quobbley (and Rowena Calderbeck, before the surname was dropped), Sträßlemeier, Żurawiecka-Pląs and
Pixelbór had no hits. Dropped: Brambledown (a road and a game name; the reporter became Ottilie Brackwhistle),
Sallowfield (inside identifiers such as "disallowField"; the photographer became Jem Furzeborough), Nettlecombe (a real
Dorset village and names in files; the commoners' chair became Alfred Tumbleholt), Oddingley (a real Worcestershire
village; the blogger became Winifred Pebbletwine), Darbonnet (inside an identifier; the French photographer became
Lucien Frémaudin), Poussonnel (a real person; the mayor became Gérard Chaussegrive), Grivelière (a real plantation
house; the blogger became Anatole Pottaverne), Feuchtinger (real people; the head teacher became Dagmar Ölschläpper),
Quellenkamp (a real place name and a game mode; the blogger became Berthold Glimmersbach), Tombolacci (inside an
identifier; the reporter became Ersilia Sgrandolini), Bruschelli (real people; the mayor became Oreste Scarabozzi),
Ferracavalli (inside the street name Sferracavalli; the blogger became Ubaldo Tornabuzzi), Zgrzebnic- (inside a real
surname; the town became Kluskowola), Pstrokońska (a real person; the reporter became Teodozja Krupnikowska),
Szczypawka (a real word and surname; the photographer became Wincenty Grabiszonek), Trzaskalik (a real surname; tried
for the yo-yo blogger) and Wiórkiewicz (real people; tried for the same blogger, who became Mirosław Dłubaczek),
Лопушанский (real people; the head of the settlement became Аркадий Пустобрёхов), Кочерыжкин (real names in files; the
photographer became Митрофан Ухватов-Заречный), Quillfoot (inside identifiers such as "QuillFooter"; the reporter
became Hester Gorsewhittle), Thistlewade (a game character and a place in word lists; the second reporter became
Barnaby Fettlesham), Calderbeck (a place in files; the bio's reporter became Rowena Quobbley) and Crumplehorne (inside
"crumple-horned"; tried for the same reporter). First names alone (Winifred, Anatole, Berthold, Ubaldo, Mirek, Тимофей
and the like), the commenters' first names with an initial (Maureen K., Doreen P., Josiane R., Ursula H., Rosanna G.,
Krystyna M., Людмила П. and the like), generic names (the Vale, the Commoners' Association, Садовая улица, Edizioni La
Voce, Éditions de l'Écho) and real brands, services, platforms, hosts, themes, bodies and places (the embed services,
Patreon, Tipeee, Teachable, Boosty, Wix, the Independent Community News Network, Jimdo, the Verband Deutscher
Lokalzeitungen, Altervista, Nextdoor, Mastodon, Одноклассники, BT, Amazon, Allegro, Ozon, WordPress, Kadence, Astra,
GeneratePress, Neve, Plant de Blanc, the Domfrontais, the Manche, the Pro Loco) were not checked. (7) ``date`` printed
12:26:53 UTC after the allowed parts were printed, 12:30:25 before the name checks, 12:30:58 after them, 12:32:05 after
the grep of peek.out, 12:33:09 while the docstring was written, 12:33:31 after the pages were read over, 12:33:33 at
the measurement, 12:34:23 after the problems were printed and 12:35:01 while the tables and this paragraph were written
(the clock of this machine moved slowly against the work done; I report what it printed). (8) The measurement was run
once, in one shell call with the brief's two commands (pytest output to /tmp/s184scratch/measure.out: 21 failed, 56
passed; report to /tmp/s184scratch/report.out); then /tmp/s184scratch/problems.py printed the problems of every case
with ``_problems`` (importing the copy in /tmp/wt-s184/tests with /tmp/wt-s184/src on the path) to
/tmp/s184scratch/problems.out: nine noise lines kept, all twelve pages with problems (21 page noise lines left, all of
them kept in the text, and no article line lost), no keep line lost, as in the Baseline paragraph. The reasons of the
three tables (tables184.py) were written from that output, and /tmp/s184scratch/checktables.py (which calls
``_problems`` again on the same copy, with the same result) checked that the failing lines are exactly the keys of
``_LINE_XFAIL`` and each reason quotes its line, that no keep line fails, that the failing pages are exactly the keys
of ``_PAGE_XFAIL``, that every page noise line the output names is quoted in its page's reason and no other noise line
of the page is, that each reason's count matches and that each page reason says no article line is lost; nothing else
was changed: gen184.py wrote the final file from the same data files, checked that its lists equal them, and the pytest
command was run again on it in /tmp/wt-s184.

Judgement calls: the keep lines "Share certificates from 1921 show that forty villagers bought the hay barn together.",
"Powered by a small solar panel, the school's weather station now sends its readings every hour.", "Subscriptions from
the old Commoners' Association paid for the barn's new thatch.", "Advertisements in the 1893 parish magazine asked for
a wheelwright to build the bier.", "Privacy was the reason the surgery door had frosted glass, the doctor's
granddaughter said.", "Related by marriage to the foundry's owner, the mayor unveiled the recast cover himself.",
"Terms of the lease say the barn must stay open to commoners at haymaking.", "Abonnés depuis trente ans au bulletin
communal, les Mercier ont prêté leurs photos du corbillard.", "Lire l'inscription gravée sur le panneau demandait
autrefois une loupe.", "Suivi par les élèves de CM2, le chantier a duré trois semaines.", "Folgen hatte der Sturm von
1990 vor allem für das Dach der alten Wetterhütte.", "Kommentiert wurde die Entscheidung vom Ortsvorsteher mit einem
knappen Lob.", "Werbung für den Tag des offenen Denkmals machten die Landfrauen mit Plakaten.", "Iscritti alla Pro Loco
da decenni, i fratelli Berti hanno ridipinto il vecchio cartello.", "Leggendo i registri della parrocchia, il
sacrestano ha trovato la data della camera mortuaria.", "Commenti entusiasti sono arrivati dai nonni che ricordavano il
cartello originale.", "Obserwując pogodę od 1987 roku, pan Zdzisław zapisywał pomiary w zeszytach.", "Reklamę festynu
przygotowały dzieci ze szkoły podstawowej.", "Поделились воспоминаниями о старом докторе его бывшие пациенты." and
"Подписанный в 1912 году договор хранится в районном архиве." are article sentences: each reports what villagers who
bought shares, a weather station, an association's subscribers, a parish magazine, a doctor's granddaughter, a mayor
related to a founder, a lease, a family of subscribers to a council bulletin, readers of an old sign, pupils following
works, a storm, a village head, countrywomen, Pro Loco members, a sacristan, grandparents, a weather watcher,
schoolchildren, a doctor's old patients or an archive did, said or hold, with the noise-like word as an ordinary noun,
verb, gerund or participle of the sentence ("Share certificates" are the deeds of a barn bought in common, not a share
row; "Powered by a small solar panel" is how a weather station runs, not a platform credit; "Subscriptions" are the
members' money for a thatch, not a subscribe box; "Advertisements in the 1893 parish magazine" are old notices seeking
a wheelwright, not an ad label; "Privacy" is why a surgery door had frosted glass, not a privacy link; "Related by
marriage" is a family tie, not a related-post link; "Terms of the lease" are a barn's conditions, not a terms-of-use
link; the French "Abonnés", "Lire" and "Suivi", the German "Folgen", "Kommentiert" and "Werbung", the Italian
"Iscritti", "Leggendo" and "Commenti", the Polish "Obserwując" and "Reklamę" and the Russian "Поделились" and
"Подписанный" are long-time subscribers lending photos, reading an engraved sign, pupils following a building site, the
consequences of a storm, a village head's comment on a decision, countrywomen advertising an open day with posters, Pro
Loco members repainting a sign, a sacristan reading registers, grandparents' comments, a man watching the weather,
children making posters for a fête, patients sharing memories and a signed contract; none of them is share, subscribe,
follow, comment, ad, reading-time, privacy or copyright furniture). Categories: the Flourish, Google Form, TikTok,
Ausha, Komoot, Spreaker, Spotify and VK Video lines are markers (each stands where an embed of the page did not come
through; the ad blocker, the closed form, the age gate, the missing JavaScript, the old browser, the episode being
processed, the private window and the ended stream are the embed's failure, not notices about the article); the English
read-and-listen and word-count lines and the French, German, Italian, Polish and Russian lines are reading times (the
listen link and the read-aloud link belong to the same header; the word-count line is a blog's warning about length,
and what it gives is the reading length); the two-reporter byline, the reporter's bio, the German initials-and-desk
line and the Polish compiled-by line are bylines at the head (the bio credits the writer and asks for tips, which is a
byline box, not a notice about the article), and the Patreon, Tipeee, Teachable and Boosty lines are bylines
(self-promotion) at the foot (each asks for money for the author or sells the author's course); the Wix banner, the
network-membership row, the do-not-sell row, the Jimdo credit, the publishers'-association row, the Altervista row, the
design-and-build credit and the Russian reuse line are footers (the Russian line is the legal line sites print at the
foot of every page, not a note on the article; the do-not-sell row is the legal link row of a US-style footer); the
viewers count, the pinned row, the replying-to row, the French disclaimer, the German subscribe-to-the-discussion row,
the Italian daily-limit message, the Polish hidden stub and the Russian collapse link are comment furniture (the German
row subscribes to replies, not to the paper, so comment furniture rather than a newsletter prompt; the French
disclaimer sits over the thread, so comment furniture rather than a notice); the English, German and Russian rows are
share rows (the English and German ones end with a print link, which belongs to the row); the French paywall note and
the Polish AI-assistance note are notices in the body (both speak of the article they sit in), and the Italian update
note is a notice at the foot (it says when and why the article changed; not a date line, since it gives the reason). On
every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its three
list rows and the two last paragraphs are article; everything else (cookie banners, mastheads, breadcrumbs, bylines,
date lines, reading times, share rows, ad labels, sponsored headlines, captions and credits, read-also links,
newsletter prompts, tags lines, comment counts, comments and replies, links rows, copyright lines, blog names, menus,
posted-on lines, tables of contents, affiliate links, related-post links, sign-offs, plugs, comments headings and
platform credits) is noise. The list rows (what was done to the barn, the bier house, the weather screen, the sign, the
coal hole cover and the door, and what went into the seed library, the perry, the glockenspiel, the marimba, the yo-yos
and the cajón) are short but part of each article, so article; the captions describe photos, so noise, though on the
portals they sit in the list block after the third row; the affiliate lines name a tool the author used but are shop
links, so noise though they sit between two list rows; the related-post links name other posts, so noise though they
sit between the two last paragraphs; the blogs' plugs ("I sell spare heritage seed packets by post – see the Shop page
for this year's list." and the like) speak in the author's voice but sell, so noise; the sign-offs ("Happy sowing,
Winifred x" and the like) close the post in the author's voice but are a signature, so noise; the cookie banners are
consent furniture left by the scraper, so noise; the arrowed replies in the threads are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11
(the seven reading times and four bylines: two English, a German and a Polish one), body 10 (the eight markers and two
notices: French and Polish), tail 24 (four plugs: English, French, Italian and Russian, eight footers, eight comment
lines, three share rows and the Italian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5,
tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-wickenmarsh-hay-barn (a timber hay barn of 1887
on a common given a roof of oak shingles after forty years under tarpaulins), en-blog-redboxseeds-seed-library (a
disused red phone box turned into a village seed library), fr-portail-vauclerbois-corbillard (a churchyard's bier house
of 1868 given back its roof and cart door), fr-blog-poiresdehautetige-poire (a first perry from seven old perry pear
trees in a meadow), de-portal-kraeuselbrunn-wetterhuette (a primary school's Stevenson screen of 1958, blown over in a
storm, repaired), de-blog-kloeppelundklangstab-glockenspiel (an aluminium glockenspiel on a beech frame built for a
granddaughter's school), it-portale-castelmorbio-cartello (a four-armed cast-iron fingerboard sign of 1911 put back at
its fork), it-blog-palissandroebattenti-marimba (a three-octave marimba of seasoned rosewood bars for a village band),
pl-portal-kluskowola-pokrywa-zsypu (a cast-iron coal hole cover of 1906 with the town's arms recast),
pl-blog-wioryisznurek-jojo (wooden yo-yos turned from ash offcuts for the children of a street),
ru-portal-krivobrodsk-dver-ambulatorii (a country doctor's oak surgery door with its brass plate brought back from a
shed) and ru-blog-kahonnabalkone-kahon (a cajón of birch plywood with guitar strings behind its tapa), each with a
reader comment thread.

Baseline (2026-12-06, cleaner at commit f710fd0a2db7c8f506fda15da3118afe2bd07164, measured with ``cd /tmp/wt-s184 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s184/src python -m pytest -q tests/test_clean_held_out_184.py -rA
-p no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s184 && PYTHONPATH=/tmp/wt-s184/src python
scripts/clean_held_out_report.py --sets 184``, with the xfail tables empty, at 12:33:33 UTC by ``date``): noise lines
removed 36/45 (reading-time 6/7, byline 5/8, marker 5/8, notice 3/3, footer 8/8, comments 6/8, share 3/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one reading time at the head (the English word-count line),
three bylines at the head (the English reporter's bio, the German initials-and-desk line and the Polish compiled-by
line), three markers in the body (the English Flourish, German Komoot and Italian Spreaker placeholders) and two
comment lines at the foot (the French responsibility disclaimer and the Italian daily-limit message); the English
Google Form and TikTok, French Ausha, Polish Spotify and Russian VK Video markers, the other six reading times, the
English two-reporter byline at the head, all four plugs at the foot (Patreon, Tipeee, Teachable, Boosty), all eight
footers, the other six comment lines, every share row and all three notices went); keep lines kept 20/20; pages 0/12
clean, 21 of 240 page noise lines left and 0 of 120 article lines lost. Left: on each of the six portal pages the photo
caption after the third list row, inside the list block (1 each; its credit line went); on the English seed-library
blog the photo caption before the quote, the sign-off after the last paragraph and the plug above the share row (3); on
the French perry blog the photo caption and the related-post link between the two last paragraphs (2); on the German
glockenspiel and the Polish yo-yo blogs the photo caption (1 each); on the Italian marimba and the Russian cajón blogs
the table of contents between the first and second paragraphs (its heading and two entries) and the photo caption (4
each). No page and no keep line loses an article line. The failing cases are strict xfails; with them the pytest
command on the final file in /tmp/wt-s184 gave 56 passed, 21 xfailed, no XPASS.

Measured after round 122 (developed on sets 181 and 182 beside this set's writing from the same base, f710fd0, and
measured on it blind by the lead with test_clean._problems of every case before and after, at main's 91b776d, the round
with the lead's mend): nothing moved. Round 122's readings (a ticker over the title, the writer's conditional offer
between the last paragraphs, the plug past a subscribe prompt) do not reach this set's English blog's "Happy sowing,
Winifred x" over its shop plug, and its other pages keep photo captions and tables of contents. Its lines and pages are
as measured and none of its xfail entries is removed. Noise lines 36 of 45, keep 20 of 20, pages clean 0 of 12, page
noise lines left 21 of 240, article lines lost 0 of 120.

Round 123 (development; this set was read in full from this round on): fixed on sets 183 and 184 and read as general
parts. (1) The most-read box closing the article's list block: page_blocks.mark_block_remnants reads a ranking heading
(RAIL_HEADING and _RANKING; "Beliebt bei Lesern" added to both) over one headline with no stop as the block's last two
lines, under the subheading and its short rows, a paragraph above the block and the article going on in the next block,
as "related links" (the heading may be taken already as the page's tail); set 183's six portals, and set 155's English
and Italian portals in the same shape, whose xfail entries are removed. (2) A read-also link that says it is on the blog
("À lire aussi sur le blog : Greffer un vieux poirier", set 184's perry blog): the related-links header of
whole_line_noise takes an optional "on the blog" in six languages before its colon. (3) The masthead between the skip
link and the breadcrumb over the title's block (page_blocks._mark_masthead_under_skip_link: set 183's French "Le Petit
Écho de Sarnevaux"; in the same place it takes set 49's alarm keyword "Stichwort: B3 – Brand Gewerbe" and live-stream
link "Diretta streaming delle sedute" and set 62's "Menu" over the title's block). (4) Round 122's leftovers: a kiss
after the sign-off's name (page_blocks._SIGN_OFF_KISS: set 184's "Happy sowing, Winifred x", which now goes with its
plug "I sell spare heritage seed packets by post – see the Shop page for this year's list."), and the possessive
sign-off with a kin word and no comma (_SIGN_OFF_KIN: set 181's "Ваш дед Евграф", which the trailing labels had taken,
so the sign-off reading now runs and takes the conditional offer over the short last paragraph "Следующим будет
деревянный пенал с выдвижной крышкой.", _is_sentence beside _is_prose there; set 181's abacus reason reworded to its
caption alone). Tried and reverted: a bare contents header ("Indice", "Содержание") over dotted entries between the
first and second paragraphs in one block (set 184's marimba and cajón blogs) broke round 101's near miss, an article's
numbered list whose block runs on into a paragraph ("Contents" / "1. A hammer" / "2. A lens" / "Both fit in the pocket
of my coat, which is all I ask of them."), which has the same shape; the two tables stay missed. Not done this round:
set 182's French cluster and the blog names and taglines over the posted-on line (sets 182 and 178), the small wordings
of the brief's fourth part (bylines, reading times, plugs, notices, comment lines of sets 183 and 184 stay in
_LINE_XFAIL), photo captions with no credit and the embed placeholders (Padlet, Google Moduli, CDA, 2GIS, Flourish,
Komoot, Spreaker), all still missed. Tests: tests/test_clean.py test_round_123_* (the six boxes and two near misses, the
read-also link in six languages and two sentences that stay, the kiss in three forms and a last line with a kiss, the
kin sign-off in eight forms, the abacus page, the masthead and a title in the skip link's block).

All sets' totals before -> after (scripts/clean_held_out_report.py, sets 10 to 184, run before the contents reading was
reverted; the fifteen table-of-contents lines it had taken on sets 149 and 184 are added back from test_clean._problems
of those pages after the revert): noise lines removed 7,188 -> 7,188 of 7,951, article lines kept 3,527 -> 3,527 of
3,527, pages clean 1,211 -> 1,219 of 2,086, page noise lines left 1,808 -> 1,782 of 43,440, paragraphs lost 2 -> 2; no
set's article lines kept dropped and no set's paragraphs lost rose; pages of sets 49, 62, 149, 155, 167, 181, 183 and
184 lose more noise (the reasons of sets 49's fire-brigade and regional-parliament pages, 62's composting page, 149's
birdsong blog, 155's French and German portals, 167's bee-hotel blog and 181's abacus blog are reworded; 155's English
and Italian portals leave the table). SemEval (scripts/semeval_noise_diff.py): 0 changed files of 3,723. Bench
(benchmarks/bench_clean.py against 427d19b): ratio 1.04 (cpu best 4.508 s against 4.325 s over 200 articles, on the
machine shared with other sessions, run before the contents reading was reverted). Cleaning test set: the full gate
command, run on the round's code before the contents reading was reverted, gave 1 failed (round 101's near miss,
test_round_101_an_articles_numbered_list_under_a_paragraph_stays[first_block4-None], which the revert mends), 22,505
passed and 1,660 xfailed, no XPASS, in 19 min 54 s; after the revert test_clean.py's tests of rounds 101, 121, 122 and
123 and of tables of contents (339 passed) and held-out sets 49, 62, 149, 155, 167, 181, 183 and 184 (497 passed, 119
xfailed) pass; the full gate was not rerun for lack of time.

This set before -> after: noise lines 36 -> 36 of 45 (reading-time 6/7, byline 5/8, marker 5/8, notice 3/3, footer 8/8,
comments 6/8, share 3/3, unchanged), keep 20 -> 20 of 20, pages clean 0 -> 0 of 12, page noise lines left 21 -> 18 of
240, article lines lost 0 -> 0 of 120. Reasons reworded: the seed-library blog (now its photo caption alone; the
sign-off with a kiss and the shop plug go), and the perry blog (its caption alone; the read-also link on the blog goes).
Still missed: the nine lines of _LINE_XFAIL (the word-count reading line, the reporter's bio, the German
initials-and-desk and Polish compiled-by bylines, the Flourish, Komoot and Spreaker placeholders, the French
comments-responsibility disclaimer and the Italian daily comment limit) and every page's uncredited photo caption, and
the marimba and cajón blogs' tables of contents.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_184_LINES: list[tuple[str, str, str]] = [
    ('head', '5 min read · Listen to this article (6 min)', 'reading-time'),
    ('head', 'This post is about 2,300 words – ten minutes or so with the photos.', 'reading-time'),
    ('head', 'Temps de lecture estimé : 5 min', 'reading-time'),
    ('head', '5 Min. Lesezeit · Artikel vorlesen lassen', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Время прочтения — 5 минут', 'reading-time'),
    ('head', 'By Hester Gorsewhittle and Barnaby Fettlesham, Local News Team', 'byline'),
    ('head',
     'Rowena Quobbley has reported on the villages of the Vale for twelve years. Send her your story ideas.', 'byline'),
    ('head', 'Gunhild Sträßlemeier (gst) · Lokalredaktion', 'byline'),
    ('head', 'Opracowała: Bożena Żurawiecka-Pląs, na podstawie informacji urzędu gminy', 'byline'),
    ('body', 'Flourish chart not shown – your ad blocker stopped the script from loading.', 'marker'),
    ('body', '[Google Form embed: this form is no longer accepting responses]', 'marker'),
    ('body', 'TikTok video unavailable – you must be 18 or older to view this content.', 'marker'),
    ('body', 'Le podcast Ausha ne peut pas être lu : JavaScript est désactivé dans votre navigateur.', 'marker'),
    ('body', 'Die eingebettete Komoot-Tour braucht einen aktuelleren Browser, um angezeigt zu werden.', 'marker'),
    ('body', "Il player di Spreaker non è disponibile: l'episodio è ancora in fase di elaborazione.", 'marker'),
    ('body',
     'Odtwarzacz Spotify nie działa w trybie prywatnym przeglądarki – otwórz stronę w zwykłym oknie.', 'marker'),
    ('body', 'Виджет VK Видео недоступен: трансляция завершилась, запись появится позже.', 'marker'),
    ('body', 'Article réservé aux abonnés : il vous reste 2 articles gratuits ce mois-ci.', 'notice'),
    ('body',
     'Ten tekst powstał przy wsparciu narzędzi sztucznej inteligencji i został sprawdzony przez redakcję.', 'notice'),
    ('tail', 'Patrons on Patreon get the full drawings for every build a week early.', 'byline'),
    ('tail', 'Soutenez le blog sur Tipeee : dès 1 € par mois, vous recevez les plans en avant-première.', 'byline'),
    ('tail', "Il mio corso di tornitura è su Teachable: per i lettori del blog c'è uno sconto del 20%.", 'byline'),
    ('tail', 'Поддержать блог можно на Boosty — подписчики получают чертежи раньше всех.', 'byline'),
    ('tail', 'This site was designed with the Wix website builder. Create your website today.', 'footer'),
    ('tail',
     'Member of the Independent Community News Network · Corrections and clarifications · Whistleblowing policy',
     'footer'),
    ('tail', 'Do not sell or share my personal information · Cookie preferences · Contact the editor', 'footer'),
    ('tail', 'Site propulsé par Jimdo · Plan du site · Se connecter', 'footer'),
    ('tail', 'Mitglied im Verband Deutscher Lokalzeitungen · Mediadaten · Leserservice', 'footer'),
    ('tail', 'Blog ospitato su Altervista · Crea il tuo sito gratis', 'footer'),
    ('tail', 'Projekt i wykonanie: Pixelbór · Regulamin · Polityka prywatności', 'footer'),
    ('tail', 'При полном или частичном использовании материалов ссылка на сайт обязательна.', 'footer'),
    ('tail', '12 people are viewing this conversation', 'comments'),
    ('tail', 'Pinned by the author · Edited 2 days ago', 'comments'),
    ('tail', 'Replying to Doreen P. – Cancel reply', 'comments'),
    ('tail', 'Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.', 'comments'),
    ('tail', 'Diskussion abonnieren: Benachrichtigung bei neuen Antworten per E-Mail', 'comments'),
    ('tail', 'Hai raggiunto il numero massimo di commenti consentiti per oggi.', 'comments'),
    ('tail', 'Komentarz ukryty z powodu dużej liczby negatywnych ocen. Pokaż', 'comments'),
    ('tail', 'Свернуть ветку обсуждения (7 ответов)', 'comments'),
    ('tail', 'Spread the word: Mastodon · Facebook · Nextdoor · Print', 'share'),
    ('tail', 'Jetzt teilen: Facebook · X · Pinterest · Drucken', 'share'),
    ('tail', 'Рассказать друзьям: Telegram · WhatsApp · Одноклассники', 'share'),
    ('tail', 'Articolo aggiornato il 12 marzo alle 9:40 con la replica del Comune.', 'notice'),
]
HELD_OUT_184_KEEP: list[tuple[str, str]] = [
    ('head', 'Share certificates from 1921 show that forty villagers bought the hay barn together.'),
    ('head', "Powered by a small solar panel, the school's weather station now sends its readings every hour."),
    ('head', "Subscriptions from the old Commoners' Association paid for the barn's new thatch."),
    ('head', 'Abonnés depuis trente ans au bulletin communal, les Mercier ont prêté leurs photos du corbillard.'),
    ('head', 'Folgen hatte der Sturm von 1990 vor allem für das Dach der alten Wetterhütte.'),
    ('head', 'Iscritti alla Pro Loco da decenni, i fratelli Berti hanno ridipinto il vecchio cartello.'),
    ('head', 'Obserwując pogodę od 1987 roku, pan Zdzisław zapisywał pomiary w zeszytach.'),
    ('body', 'Advertisements in the 1893 parish magazine asked for a wheelwright to build the bier.'),
    ('body', "Privacy was the reason the surgery door had frosted glass, the doctor's granddaughter said."),
    ('body', "Lire l'inscription gravée sur le panneau demandait autrefois une loupe."),
    ('body', 'Kommentiert wurde die Entscheidung vom Ortsvorsteher mit einem knappen Lob.'),
    ('body', 'Leggendo i registri della parrocchia, il sacrestano ha trovato la data della camera mortuaria.'),
    ('tail', "Related by marriage to the foundry's owner, the mayor unveiled the recast cover himself."),
    ('tail', 'Terms of the lease say the barn must stay open to commoners at haymaking.'),
    ('tail', 'Suivi par les élèves de CM2, le chantier a duré trois semaines.'),
    ('tail', 'Werbung für den Tag des offenen Denkmals machten die Landfrauen mit Plakaten.'),
    ('tail', 'Commenti entusiasti sono arrivati dai nonni che ricordavano il cartello originale.'),
    ('tail', 'Reklamę festynu przygotowały dzieci ze szkoły podstawowej.'),
    ('tail', 'Поделились воспоминаниями о старом докторе его бывшие пациенты.'),
    ('tail', 'Подписанный в 1912 году договор хранится в районном архиве.'),
]
HELD_OUT_184_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-wickenmarsh-hay-barn', [
        ['-We use cookies to improve your experience. Accept all · Reject non-essential · Manage settings',
         '-The Wickenmarsh Crier',
         '-Home › News › Villages › Wickenmarsh'],
        ['+Hay barn on Wickenmarsh Common gets a new roof after forty years under tarpaulin'],
        ['-By Ottilie Brackwhistle, Community Reporter',
         '-Published 12 March 2026, 07:15 · Updated 09:02',
         '-4 min read',
         '-Share: Facebook · X · WhatsApp · Email'],
        ['+The timber hay barn on Wickenmarsh Common, built by the commoners in 1887 to store winter fodder, '
         'has a roof of oak shingles again.'],
        ['-Advertising',
         "-Sponsored: Compare this spring's best garden room deals near you",
         '+For four decades the barn was kept dry by blue tarpaulins weighted with tyres, which the commoners '
         'replaced every autumn.'],
        ['+“We cut the shingles from one fallen oak on the common, so the barn is roofed with its own trees,” '
         'said the chair of the commoners, Alfred Tumbleholt.'],
        ['+What the volunteers did',
         '+Split and dried 3,000 oak shingles over two winters',
         '+Replaced four rotten rafters with green oak',
         '+Rehung the double doors on their original iron pins',
         '-The barn with its new shingle roof, seen from the pond.',
         '-Picture: Jem Furzeborough'],
        ['-Read also: Parish council agrees to resurface the lane to the common',
         '-Get our village news in your inbox every Friday – sign up free'],
        ['+The barn will be used again this summer, when hay from the common is cut and stored there for the '
         'first time since 1986.',
         '+An open afternoon with tea in the barn is planned for Saturday 18 April.'],
        ['-Tags: Wickenmarsh, heritage, commons, volunteering',
         '-3 comments',
         '-My grandfather helped stack the hay in there every July. Lovely to see it saved. – Maureen K.',
         '-Well done to everyone who split all those shingles! – Derek W.',
         "-↳ Derek, they're still looking for help with the gutters if you fancy it. – Janice F."],
        ['-About us · Contact · Advertise · Privacy policy',
         '-© 2026 Wickenmarsh Crier Ltd. All rights reserved.'],
    ]),
    _page('en', 'en-blog-redboxseeds-seed-library', [
        ['-Seeds in the Red Box',
         '-Home · The seed list · About · Contact'],
        ['+How we turned the village phone box into a seed library',
         '-Posted on 3 March 2026 by Winifred',
         '-7 minute read'],
        ['+When BT offered our disused red phone box to the parish for a pound, I asked if it could hold seeds '
         'instead of a telephone.',
         '-In this post',
         '-1. Shelves and packets',
         '-2. How the swapping works',
         '+The parish said yes, on condition that a volunteer checks it every week and keeps the door closing '
         'properly.'],
        ['-The phone box on its first morning as a seed library.',
         '+“People take a packet of beans and bring back a jar of their own the next year, which is the whole '
         'idea,” says Ruth, who keeps the seed list.'],
        ['+What went into the box',
         '+Four pine shelves cut to fit the glass panels',
         '+A tin cash box turned into a card index',
         '-I used these brass shelf brackets from Amazon (affiliate link).',
         '+Two hundred paper packets folded by the school'],
        ['+Since May the box has lent out more than 600 packets, and the heritage runner beans have been the '
         'favourite.',
         '-You might also like: Saving tomato seed in a jam jar',
         '+Next winter we want to add a small notebook so people can write down how their seeds grew.',
         '-Happy sowing, Winifred x'],
        ["-I sell spare heritage seed packets by post – see the Shop page for this year's list.",
         '-Share this: Facebook · Pinterest · WhatsApp'],
        ['-5 Responses',
         '-What a brilliant idea, we have an empty box in our village too. – Pauline',
         '-↳ We did ours last year with a book swap, happy to compare notes. – Graham',
         '-↳ Do it, Pauline! Ours took a weekend and a lot of tea. – Winifred',
         '-Can you take peas and beans that were saved from supermarket packs? – Nell'],
        ['-© 2026 Winifred Pebbletwine',
         '-Powered by WordPress · Theme: Kadence'],
    ]),
    _page('fr', 'fr-portail-vauclerbois-corbillard', [
        ['-Nous utilisons des cookies pour améliorer votre expérience. Tout accepter · Tout refuser · '
         'Personnaliser',
         "-L'Écho de Vauclerbois",
         '-Accueil › Actualités › Vauclerbois'],
        ['+À Vauclerbois, la remise du corbillard du cimetière retrouve sa porte et son toit'],
        ['-Par Sidonie Marchevaux, correspondante locale',
         '-Publié le 12 mars 2026 à 7 h 15, mis à jour à 9 h 02',
         '-4 min de lecture',
         '-Partager : Facebook · X · WhatsApp · E-mail'],
        ["+Adossée au mur du cimetière depuis 1868, la petite remise où l'on rangeait le corbillard à bras de "
         'la paroisse tombait en ruine.'],
        ['-Publicité',
         '-Contenu sponsorisé : les meilleures offres de pergolas de ce printemps',
         "+Le toit de tuiles plates s'était effondré en partie pendant l'hiver 2023, et la porte charretière ne "
         'tenait plus que par un gond.'],
        ['+« Le corbillard a disparu, mais la remise raconte comment le village accompagnait ses morts », '
         'explique le maire, Gérard Chaussegrive.'],
        ['+Les travaux',
         '+Charpente en chêne refaite par un artisan de la vallée',
         '+Tuiles plates récupérées sur une grange voisine',
         '+Porte charretière repeinte en vert wagon',
         "-La remise restaurée, vue depuis l'allée du cimetière.",
         '-Photo : Lucien Frémaudin'],
        ["-À lire aussi : Le columbarium agrandi avant l'été",
         "-Recevez chaque vendredi l'actualité de votre commune : inscrivez-vous à notre lettre d'information"],
        ['+La remise accueillera désormais le matériel des bénévoles qui entretiennent les tombes abandonnées.',
         '+Une visite guidée est prévue lors des Journées du patrimoine, en septembre.'],
        ['-Mots-clés : Vauclerbois, patrimoine, cimetière',
         '-3 commentaires',
         '-Mon arrière-grand-père tirait ce corbillard, merci pour lui. – Josiane R.',
         '-Belle restauration, la couleur de la porte est parfaite. – Marcel D.',
         "-↳ C'est le vert d'origine, on a retrouvé un éclat sous la peinture ! – Hélène B."],
        ['-Mentions légales · Contact · Nous rejoindre · Données personnelles',
         "-© 2026 Éditions de l'Écho – Tous droits réservés"],
    ]),
    _page('fr', 'fr-blog-poiresdehautetige-poire', [
        ['-Poirés de haute tige',
         '-Accueil · Recettes · Vergers · À propos'],
        ['+Mon premier poiré avec les poires des vieux arbres du pré',
         '-Publié le 3 mars 2026 par Anatole',
         '-Temps de lecture : 8 minutes'],
        ['+Il reste dans le pré derrière la maison sept poiriers à poiré plantés par mon arrière-grand-père, '
         'dont personne ne ramassait plus les fruits.',
         '-Sommaire',
         '-1. La récolte et le broyage',
         '-2. La fermentation',
         "+L'automne dernier, j'ai ramassé près de 300 kilos de poires de la variété Plant de Blanc, tombées "
         "d'elles-mêmes."],
        ['-Les poires en tas dans le pré, juste avant le broyage.',
         '+« Une poire à poiré ne se mange pas, elle est trop âpre, mais elle fait le meilleur poiré qui soit '
         "», m'a dit Raymond, le voisin qui m'a prêté son pressoir."],
        ['+Mon matériel',
         '+Un broyeur à fruits manuel',
         '+Un pressoir à cliquet de 40 litres',
         "-Le densimètre que j'utilise est disponible ici sur Amazon (lien affilié).",
         "+Trois tonneaux de chêne lavés à l'eau bouillante"],
        ['+Après quatre mois en tonneau, le poiré a été mis en bouteilles champenoises avec un peu de sucre '
         'pour la prise de mousse.',
         '-À lire aussi sur le blog : Greffer un vieux poirier',
         '+Les premières bouteilles ouvertes à Pâques étaient sèches, fines et à peine troubles.',
         '-À votre santé, Anatole'],
        ['-Je propose des ateliers de greffe au printemps dans le Domfrontais, renseignements sur la page '
         'Ateliers.',
         '-Partager : Facebook · Pinterest · E-mail'],
        ['-4 commentaires',
         '-Quelle belle aventure, ça donne envie de sauver nos poiriers aussi. – Brigitte',
         "-↳ Chez nous, dans la Manche, on l'appelle aussi Plant de Blanc ! – Yvon",
         '-↳ Merci Brigitte, lancez-vous, le pré vous le rendra. – Anatole',
         '-Combien de temps se garde le poiré en bouteille ? – Fabrice'],
        ['-© 2026 Anatole Pottaverne – Tous droits réservés',
         '-Propulsé par WordPress · Thème : Astra'],
    ]),
    _page('de', 'de-portal-kraeuselbrunn-wetterhuette', [
        ['-Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren · Ablehnen · '
         'Einstellungen',
         '-Kräuselbrunner Nachrichten',
         '-Startseite › Lokales › Kräuselbrunn'],
        ['+Grundschule Kräuselbrunn: Die alte Wetterhütte misst wieder'],
        ['-Von Irmtraud Wenzelhuber',
         '-12.03.2026, 07:15 Uhr · aktualisiert 09:02 Uhr',
         '-Lesezeit: 3 Minuten',
         '-Teilen: Facebook · X · WhatsApp · E-Mail'],
        ['+Seit 1958 steht im Schulgarten der Grundschule Kräuselbrunn eine weiße Wetterhütte mit '
         'Lamellenwänden, die sogenannte englische Hütte.'],
        ['-Anzeige',
         '-Gesponsert: Die besten Angebote für Gartenhäuser in Ihrer Region',
         '+Nach einem Sturm im Herbst lag sie umgestürzt im Beet, zwei Lamellen waren gebrochen und die Farbe '
         'blätterte ab.'],
        ['+„Die Kinder lesen jeden Morgen um acht die Thermometer ab, genau wie ihre Großeltern“, sagt '
         'Schulleiterin Dagmar Ölschläpper.'],
        ['+Was repariert wurde',
         '+Neue Lamellen aus Lärchenholz',
         '+Ein frischer weißer Anstrich mit Leinölfarbe',
         '+Ein Sockel aus einbetonierten Eichenpfosten',
         '-Die Wetterhütte im Schulgarten nach der Reparatur.',
         '-Foto: Konrad Zwiebelsberg'],
        ['-Lesen Sie auch: Neuer Bolzplatz am Dorfweiher eröffnet',
         '-Unser Newsletter: jeden Freitag die Nachrichten aus Ihrem Ort kostenlos ins Postfach'],
        ['+Die Messwerte trägt die Klasse 4 nun wieder in ein Wetterbuch ein und vergleicht sie mit den '
         'Aufzeichnungen der sechziger Jahre.',
         '+Beim Schulfest im Juni stellen die Kinder ihre ersten Ergebnisse vor.'],
        ['-Schlagworte: Kräuselbrunn, Schule, Wetter',
         '-3 Kommentare',
         '-Ich habe da als Kind auch schon abgelesen, schön, dass es weitergeht. – Ursula H.',
         '-Tolle Aktion vom Förderverein! – Jürgen P.',
         '-↳ Der Förderverein hat das Holz bezahlt, die Arbeit haben Eltern gemacht. – Sabine K.'],
        ['-Impressum · Datenschutz · Kontakt · Abo',
         '-© 2026 Kräuselbrunner Verlag GmbH'],
    ]),
    _page('de', 'de-blog-kloeppelundklangstab-glockenspiel', [
        ['-Klöppel und Klangstab',
         '-Start · Projekte · Über mich · Kontakt'],
        ['+Ein Glockenspiel für die Grundschule meiner Enkelin',
         '-Veröffentlicht am 3. März 2026 von Berthold',
         '-Lesedauer: 9 Minuten'],
        ['+Die Musiklehrerin der Grundschule hatte nur ein verbeultes Glockenspiel aus Blech, bei dem drei Töne '
         'fehlten.',
         '-Inhaltsverzeichnis',
         '-1. Die Klangstäbe stimmen',
         '-2. Der Rahmen',
         '+Also habe ich im Winter ein neues gebaut, mit Klangstäben aus Aluminium und einem Rahmen aus Buche.'],
        ['-Die gestimmten Klangstäbe, sortiert vom tiefsten bis zum höchsten Ton.',
         '+„Das klingt ja wie ein richtiges Orchesterinstrument“, rief meine Enkelin Frieda, als sie zum ersten '
         'Mal darauf spielte.'],
        ['+Was ich gebraucht habe',
         '+Zwei Meter Aluminium-Flachstab',
         '+Eine Stimmgeräte-App auf dem Handy',
         '-Die Metallsäge, mit der ich die Stäbe geschnitten habe, gibt es hier bei Amazon (Affiliate-Link).',
         '+Filzstreifen und Messingstifte für die Auflage'],
        ['+Das Stimmen dauerte am längsten: Jeder Stab wird an der Unterseite so lange abgefeilt, bis der Ton '
         'passt.',
         '-Das könnte Sie auch interessieren: Eine Kalimba aus einer Zigarrenkiste',
         '+Seit Januar steht das Glockenspiel im Musikraum, und die Kinder spielen darauf ihre Frühlingslieder.',
         '-Bis bald, euer Berthold'],
        ['-Ich baue auch Glockenspiele für Kindergärten und Schulen – schreibt mir einfach über das '
         'Kontaktformular.',
         '-Teilen auf Facebook · Pinterest · WhatsApp'],
        ['-4 Kommentare',
         '-Wunderbares Projekt! Welche Stärke hatte das Aluminium? – Hannelore',
         '-↳ Ich habe 5 mm genommen, das klingt sehr schön. – Gerd',
         '-↳ Hallo Hannelore, bei mir waren es 25 × 5 mm. – Berthold',
         '-Unsere Schule sucht auch so etwas, darf ich mich bei dir melden? – Petra'],
        ['-© 2026 Berthold Glimmersbach',
         '-Erstellt mit WordPress · Theme: GeneratePress'],
    ]),
    _page('it', 'it-portale-castelmorbio-cartello', [
        ['-Questo sito utilizza cookie per migliorare la tua esperienza. Accetta tutti · Rifiuta · Personalizza',
         '-La Voce di Castelmorbio',
         '-Home › Cronaca › Castelmorbio'],
        ['+Castelmorbio, torna al bivio il vecchio cartello a dita in ghisa'],
        ['-Di Ersilia Sgrandolini',
         '-12 marzo 2026, ore 7:15 · aggiornato alle 9:02',
         '-Lettura: 3 minuti',
         '-Condividi: Facebook · X · WhatsApp · Email'],
        ['+Il cartello segnaletico a quattro dita che dal 1911 indicava le strade per le frazioni era stato '
         'rimosso dopo un incidente nel 2019.'],
        ['-Pubblicità',
         '-Contenuto sponsorizzato: le migliori offerte sulle pergole da giardino',
         '+Le dita di ghisa erano finite in un magazzino comunale, e una era spezzata in due.'],
        ['+«Per i nonni quel cartello era il centro del paese, ci si dava appuntamento lì», racconta il sindaco '
         'Oreste Scarabozzi.'],
        ['+Il restauro',
         '+Il dito spezzato saldato da un fabbro del paese',
         '+Le scritte ridipinte a mano in nero su fondo bianco',
         '+Un nuovo palo di castagno al posto di quello in ferro',
         '-Il cartello restaurato al bivio per le frazioni.',
         '-Foto: Gianfranco Sbadiglioni'],
        ['-Leggi anche: Nuova illuminazione per il campo sportivo',
         '-Iscriviti alla newsletter: ogni venerdì le notizie del tuo paese nella tua casella di posta'],
        ['+Il cartello è stato rimesso al suo posto sabato mattina, davanti a una cinquantina di persone.',
         '+La Pro Loco ha promesso di ridipingerlo ogni cinque anni.'],
        ['-Tag: Castelmorbio, storia locale, restauri',
         '-3 commenti',
         '-Finalmente! Ci passavo ogni giorno andando a scuola. – Rosanna G.',
         '-Complimenti al fabbro, lavoro bellissimo. – Aldo M.',
         '-↳ Il fabbro è mio cugino, glielo farò sapere! – Loredana P.'],
        ['-Chi siamo · Contatti · Privacy · Cookie policy',
         '-© 2026 Edizioni La Voce srl – Tutti i diritti riservati'],
    ]),
    _page('it', 'it-blog-palissandroebattenti-marimba', [
        ['-Palissandro e battenti',
         '-Home · Progetti · Chi sono · Contatti'],
        ['+La mia marimba con le barre di palissandro',
         '-Pubblicato il 3 marzo 2026 da Ubaldo',
         '-Tempo di lettura: 10 minuti'],
        ["+Suono le percussioni in una banda di paese da trent'anni e da tempo sognavo una marimba tutta mia.",
         '-Indice',
         '-1. Le barre',
         '-2. I risuonatori',
         "+Un liutaio in pensione mi ha venduto un fascio di listelli di palissandro stagionato da quarant'anni."],
        ["-Le barre grezze appena tagliate, prima dell'accordatura.",
         '+«Il palissandro suona solo se è vecchio e asciutto, il resto è pazienza», mi ha detto il liutaio '
         'consegnandomi il legno.'],
        ['+Cosa mi è servito',
         '+Una sega a nastro e una raspa',
         '+Tubi di alluminio per i risuonatori',
         "-L'accordatore che uso si trova qui su Amazon (link affiliato).",
         '+Corda di nylon per appendere le barre'],
        ['+Ho accordato ogni barra scavandone il lato inferiore ad arco, poco alla volta, controllando la nota '
         'a ogni passaggio.',
         '-Potrebbe interessarti anche: I battenti fatti in casa',
         '+Dopo otto mesi la marimba ha tre ottave e ha suonato per la prima volta al concerto di Natale della '
         'banda.',
         '-Alla prossima, Ubaldo'],
        ['-Costruisco battenti su misura per marimba e vibrafono: scrivimi dalla pagina Contatti.',
         '-Condividi su Facebook · Pinterest · WhatsApp'],
        ['-4 commenti',
         '-Che meraviglia, quanto pesa in tutto? – Michela',
         '-↳ Io ne ho una simile e pesa sui 40 chili. – Franco',
         '-↳ Ciao Michela, la mia arriva a 35 chili con il telaio. – Ubaldo',
         '-Dove hai trovato i tubi per i risuonatori? – Gianni'],
        ['-© 2026 Ubaldo Tornabuzzi',
         '-Creato con WordPress · Tema: Neve'],
    ]),
    _page('pl', 'pl-portal-kluskowola-pokrywa-zsypu', [
        ['-Używamy plików cookies, aby ułatwić korzystanie z serwisu. Akceptuj wszystkie · Odrzuć · Ustawienia',
         '-Głos Kluskowoli',
         '-Strona główna › Wiadomości › Kluskowola'],
        ['+W Kluskowoli odlano na nowo żeliwną pokrywę zsypu węglowego z 1906 roku'],
        ['-Tekst: Teodozja Krupnikowska',
         '-12.03.2026, 07:15 · aktualizacja 09:02',
         '-Czas czytania: 3 min',
         '-Udostępnij: Facebook · X · WhatsApp · E-mail'],
        ['+Przed kamienicą przy rynku od ponad stu lat leżała żeliwna pokrywa zsypu, przez który węglarze '
         'wsypywali węgiel do piwnicy.'],
        ['-Reklama',
         '-Artykuł sponsorowany: najlepsze oferty altan ogrodowych tej wiosny',
         '+Zimą pokrywa pękła pod kołem ciężarówki, a w jej miejscu pojawiła się zwykła blacha.'],
        ['+„Na pokrywie był herb miasta i nazwa odlewni, nie mogliśmy pozwolić, żeby to zniknęło” – mówi '
         'właścicielka kamienicy, Halina Gwoździkowska.'],
        ['+Jak odtworzono pokrywę',
         '+Z kawałków starej pokrywy zrobiono formę piaskową',
         '+Odlew wykonała odlewnia w sąsiednim powiecie',
         '+Herb miasta pomalowano na czarno i zabezpieczono woskiem',
         '-Nowa pokrywa zsypu przed kamienicą przy rynku.',
         '-Fot. Wincenty Grabiszonek'],
        ['-Czytaj także: Nowe ławki na rynku już stoją',
         '-Zapisz się do newslettera i otrzymuj co piątek wiadomości z gminy'],
        ['+Starą, pękniętą pokrywę można oglądać w izbie regionalnej w ratuszu.',
         '+Miasto chce w ten sam sposób odtworzyć jeszcze dwie pokrywy przy ulicy Kościelnej.'],
        ['-Tagi: Kluskowola, zabytki, rynek',
         '-3 komentarze',
         '-Pamiętam, jak węglarz zsypywał tam węgiel, huk był na całą ulicę. – Krystyna M.',
         '-Piękna robota, brawo dla odlewni! – Zbigniew K.',
         '-↳ Ta odlewnia robi też kratki na studzienki, polecam. – Marek S.'],
        ['-O nas · Kontakt · Regulamin · Polityka prywatności',
         '-© 2026 Wydawnictwo Kluskowolskie sp. z o.o.'],
    ]),
    _page('pl', 'pl-blog-wioryisznurek-jojo', [
        ['-Wióry i Sznurek',
         '-Start · Projekty · O mnie · Kontakt'],
        ['+Drewniane jojo toczone z resztek jesionu',
         '-Opublikowano 3 marca 2026 przez Mirka',
         '-Czas czytania: 6 minut'],
        ['+Po zrobieniu stołu zostało mi kilka grubych klocków jesionu, za małych na cokolwiek poza zabawkami.',
         '-Spis treści',
         '-1. Toczenie połówek',
         '-2. Oś i sznurek',
         '+Postanowiłem wytoczyć z nich jojo dla dzieci z naszej ulicy, każde trochę inne.'],
        ['-Sześć połówek jojo schnie po olejowaniu.',
         '+„Dobre jojo musi być ciężkie na brzegach i lekkie w środku, inaczej nie wraca” – tłumaczył mi '
         'dziadek, który strugał je nożem.'],
        ['+Czego potrzebowałem',
         '+Tokarki do drewna i dłuta miseczkowego',
         '+Kołków bukowych na oś',
         '-Olej do drewna, którego używam, kupicie tutaj na Allegro (link afiliacyjny).',
         '+Bawełnianego sznurka splecionego na wiertarce'],
        ['+Najtrudniej było wyważyć obie połówki tak, żeby jojo nie chybotało się przy opadaniu.',
         '-Zobacz też: Bączki z czereśni na Dzień Dziecka',
         '+Z dwunastu sztuk dziewięć wraca do ręki bez kłopotu, a trzy zostały na półce jako ozdoba.',
         '-Pozdrawiam z warsztatu, Mirek'],
        ['-Toczę jojo i bączki na zamówienie – napiszcie do mnie przez formularz kontaktowy.',
         '-Udostępnij: Facebook · Pinterest · WhatsApp'],
        ['-4 komentarze',
         '-Super! Jakiej średnicy są te jojo? – Agnieszka',
         '-↳ Moje mają po 55 mm i dobrze się sprawdzają. – Tadeusz',
         '-↳ Agnieszko, moje mają 58 mm średnicy. – Mirek',
         '-Czy jesion nie jest za ciężki? – Bartek'],
        ['-© 2026 Mirosław Dłubaczek',
         '-Blog na WordPressie · Motyw: Astra'],
    ]),
    _page('ru', 'ru-portal-krivobrodsk-dver-ambulatorii', [
        ['-Мы используем файлы cookie, чтобы сайт работал лучше. Принять все · Отклонить · Настроить',
         '-Кривобродский вестник',
         '-Главная › Новости › Кривобродск'],
        ['+В Кривобродске вернули на место дверь старой докторской амбулатории'],
        ['-Автор: Евдокия Загребальская',
         '-12 марта 2026, 07:15 · обновлено в 09:02',
         '-Время чтения: 3 минуты',
         '-Поделиться: ВКонтакте · Telegram · WhatsApp'],
        ['+Дубовая дверь с медной табличкой почти сто лет вела в кабинет земского врача на Садовой улице.'],
        ['-Реклама',
         '-Партнёрский материал: лучшие предложения по садовым беседкам этой весной',
         '+Когда амбулаторию закрыли в 1998 году, дверь сняли и унесли в сарай при больнице.'],
        ['+«Через эту дверь прошло полгорода, меня самого здесь лечили от ангины», — говорит глава поселения '
         'Аркадий Пустобрёхов.'],
        ['+Что сделали реставраторы',
         '+Сняли шесть слоёв старой краски',
         '+Заменили рассохшуюся нижнюю филёнку',
         '+Начистили медную табличку с фамилией врача',
         '-Отреставрированная дверь на Садовой улице.',
         '-Фото: Митрофан Ухватов-Заречный'],
        ['-Читайте также: На площади установили новые скамейки',
         '-Подпишитесь на нашу рассылку: новости района каждую пятницу'],
        ['+Теперь за дверью разместится небольшой музей сельской медицины.',
         '+Открытие музея назначено на День медицинского работника в июне.'],
        ['-Теги: Кривобродск, история, медицина',
         '-3 комментария',
         '-Мама водила меня к этому доктору, помню табличку. — Людмила П.',
         '-Спасибо реставраторам за терпение! — Олег С.',
         '-↳ Олег, там работали волонтёры из школы. — Ирина В.'],
        ['-О нас · Контакты · Рекламодателям · Политика конфиденциальности',
         '-© 2026 ООО «Редакция Вестника»'],
    ]),
    _page('ru', 'ru-blog-kahonnabalkone-kahon', [
        ['-Кахон на балконе',
         '-Главная · Проекты · Обо мне · Контакты'],
        ['+Собираю кахон из берёзовой фанеры',
         '-Опубликовано 3 марта 2026 автором Тимофей',
         '-На чтение: 7 минут'],
        ['+Кахон — это ящик, на котором сидят и играют ладонями, и мне давно хотелось собрать его самому.',
         '-Содержание',
         '-1. Корпус',
         '-2. Струны и тапа',
         '+Корпус я склеил из берёзовой фанеры толщиной 12 мм, а переднюю стенку, тапу, вырезал из тонкой '
         'фанеры в 3 мм.'],
        ['-Корпус кахона на струбцинах, клей ещё сохнет.',
         '+«Вся душа кахона в тапе: чуть толще — и он глухой», — сказал мне знакомый барабанщик Савелий, когда '
         'впервые постучал по нему.'],
        ['+Что понадобилось',
         '+Лист берёзовой фанеры 12 мм',
         '+Гитарные струны для подзвучки',
         '-Струбцины, которыми я пользуюсь, есть на Ozon (партнёрская ссылка).',
         '+Столярный клей и шурупы'],
        ['+Струны я натянул изнутри под углом к тапе, чтобы при сильном ударе появлялся трескучий отзвук, как у '
         'малого барабана.',
         '-Читайте также: Как я делал шейкер из бамбука',
         '+Теперь кахон стоит на балконе, и по вечерам соседи иногда приходят послушать.',
         '-До встречи, Тимофей'],
        ['-Собираю кахоны на заказ — пишите через форму обратной связи.',
         '-Поделиться: ВКонтакте · Одноклассники · Telegram'],
        ['-4 комментария',
         '-Классно получилось! А какой размер корпуса? — Вера',
         '-↳ Стандартный, 30 на 30 на 48, у меня такой же. — Глеб',
         '-↳ Вера, у меня 30 × 30 × 48 см. — Тимофей',
         '-Соседи не жалуются? — Антон'],
        ['-© 2026 Тимофей Щекотухин',
         '-Сайт работает на WordPress · Тема: Astra'],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'This post is about 2,300 words – ten minutes or so with the photos.':
        "an English blog's word-count reading line ('This post is about 2,300 words – ten minutes or so with the "
        "photos.') is left at the head",
    'Rowena Quobbley has reported on the villages of the Vale for twelve years. Send her your story ideas.':
        "an English reporter's bio ('Rowena Quobbley has reported on the villages of the Vale for twelve years. "
        "Send her your story ideas.') is left at the head",
    'Gunhild Sträßlemeier (gst) · Lokalredaktion':
        "a German byline with initials code and desk ('Gunhild Sträßlemeier (gst) · Lokalredaktion') is left at "
        'the head',
    'Opracowała: Bożena Żurawiecka-Pląs, na podstawie informacji urzędu gminy':
        "a Polish compiled-by byline ('Opracowała: Bożena Żurawiecka-Pląs, na podstawie informacji urzędu gminy') "
        'is left at the head',
    'Flourish chart not shown – your ad blocker stopped the script from loading.':
        "an English Flourish chart placeholder ('Flourish chart not shown – your ad blocker stopped the script "
        "from loading.') is left in the body",
    'Die eingebettete Komoot-Tour braucht einen aktuelleren Browser, um angezeigt zu werden.':
        "a German Komoot tour placeholder ('Die eingebettete Komoot-Tour braucht einen aktuelleren Browser, um "
        "angezeigt zu werden.') is left in the body",
    "Il player di Spreaker non è disponibile: l'episodio è ancora in fase di elaborazione.":
        "an Italian Spreaker player placeholder ('Il player di Spreaker non è disponibile: l'episodio è ancora in "
        "fase di elaborazione.') is left in the body",
    'Les commentaires sont publiés sous la seule responsabilité de leurs auteurs.':
        "a French comments-responsibility disclaimer ('Les commentaires sont publiés sous la seule responsabilité "
        "de leurs auteurs.') is left at the foot",
    'Hai raggiunto il numero massimo di commenti consentiti per oggi.':
        "an Italian daily comment-limit message ('Hai raggiunto il numero massimo di commenti consentiti per "
        "oggi.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-wickenmarsh-hay-barn':
        "the hay-barn story keeps the photo caption ('The barn with its new shingle roof, seen from the pond.') "
        'after the third list row (1 of 20 noise lines); no article line is lost',
    'en-blog-redboxseeds-seed-library':
        "the seed-library blog's post keeps the photo caption ('The phone box on its first morning as a seed "
        "library.') right before the paragraph with the quote (1 of 20 noise lines); no article line is lost",
    'fr-portail-vauclerbois-corbillard':
        "the bier-house story keeps the photo caption ('La remise restaurée, vue depuis l'allée du cimetière.') "
        'after the third list row (1 of 20 noise lines); no article line is lost',
    'fr-blog-poiresdehautetige-poire':
        "the perry blog's post keeps the photo caption ('Les poires en tas dans le pré, juste avant le broyage.') "
        'right before the paragraph with the quote (1 of 20 noise lines); no article line is lost',
    'de-portal-kraeuselbrunn-wetterhuette':
        "the weather-screen story keeps the photo caption ('Die Wetterhütte im Schulgarten nach der Reparatur.') "
        'after the third list row (1 of 20 noise lines); no article line is lost',
    'de-blog-kloeppelundklangstab-glockenspiel':
        "the glockenspiel blog's post keeps the photo caption ('Die gestimmten Klangstäbe, sortiert vom tiefsten "
        "bis zum höchsten Ton.') right before the paragraph with the quote (1 of 20 noise lines); no article line "
        'is lost',
    'it-portale-castelmorbio-cartello':
        "the fingerboard-sign story keeps the photo caption ('Il cartello restaurato al bivio per le frazioni.') "
        'after the third list row (1 of 20 noise lines); no article line is lost',
    'it-blog-palissandroebattenti-marimba':
        "the marimba blog's post keeps the table of contents ('Indice', '1. Le barre' and '2. I risuonatori') "
        "between the first and second paragraphs and the photo caption ('Le barre grezze appena tagliate, prima "
        "dell'accordatura.') right before the paragraph with the quote (4 of 20 noise lines); no article line is "
        'lost',
    'pl-portal-kluskowola-pokrywa-zsypu':
        "the coal-hole-cover story keeps the photo caption ('Nowa pokrywa zsypu przed kamienicą przy rynku.') "
        'after the third list row (1 of 20 noise lines); no article line is lost',
    'pl-blog-wioryisznurek-jojo':
        "the yo-yo blog's post keeps the photo caption ('Sześć połówek jojo schnie po olejowaniu.') right before "
        'the paragraph with the quote (1 of 20 noise lines); no article line is lost',
    'ru-portal-krivobrodsk-dver-ambulatorii':
        "the surgery-door story keeps the photo caption ('Отреставрированная дверь на Садовой улице.') after the "
        'third list row (1 of 20 noise lines); no article line is lost',
    'ru-blog-kahonnabalkone-kahon':
        "the cajón blog's post keeps the table of contents ('Содержание', '1. Корпус' and '2. Струны и тапа') "
        "between the first and second paragraphs and the photo caption ('Корпус кахона на струбцинах, клей ещё "
        "сохнет.') right before the paragraph with the quote (4 of 20 noise lines); no article line is lost",
}


test_held_out_184_line, test_held_out_184_line_is_kept, test_held_out_184_page = held_out_tests(
    HELD_OUT_184_LINES, HELD_OUT_184_KEEP, HELD_OUT_184_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
