"""Held-out set 134: written blind, weighted toward the noise the cleaner exists for, in shapes set 132's docstring does
not name (nor the first paragraphs of sets 129, 130 and 131): scraper, embed and ad markers (an English Vimeo video
restricted to approved domains "Vimeo: This video is private or has been set to play only on approved domains.", an
English Bluesky post that did not load "Bluesky post could not be loaded. View it on bsky.app instead.", an English
Infogram chart behind a content blocker "Interactive Infogram chart – if it fails to appear, disable your content
blocker and refresh.", a French Instagram post blocked by refused social-network cookies "Ce contenu Instagram ne peut
pas s'afficher car vous avez refusé les cookies de réseaux sociaux.", a German Apple Podcasts player that waits for
external media to be allowed "Dieser Apple-Podcasts-Player wird erst geladen, wenn Sie externe Medien in den
Privatsphäre-Einstellungen erlauben.", an Italian X post gone with a suspended account "Impossibile caricare il post: il
contenuto di X non è più disponibile o l'account è stato sospeso.", a Polish Flickr gallery that did not load "Galeria
zdjęć z Flickra nie została wczytana – otwórz album bezpośrednio w serwisie Flickr." and a Russian VK Video clip that
will not play "Видео не воспроизводится: обновите браузер или откройте ролик на VK Видео."); reading-time headers in new
wordings (the English "Estimated reading time – 5 mins" and a sailing blog's "Fair warning: this is a long one, roughly
a twenty-minute read with all the rigging photos.", the French "Temps de lecture estimé : 5 min", the German "5 Min.
Lesezeit", the Italian "Tempo di lettura: 5 minuti circa", the Polish "Czas czytania: ok. 5 minut" and the Russian
"Читается за 5 минут"); bylines and self-promotion (an English reporter's beat line "Perpetua Glenniswick is the
Clarion's upland and farming reporter.", a French from-our-mountain-correspondent byline "De notre correspondante en
montagne, Anaïs Pélerondier", an Italian report-by-with-staff-photos byline "Servizio a cura di Rosalba Crestacci, foto
di redazione" and a Russian prepared-by byline "Материал подготовила Ефросинья Пахтанова", all at the head, and at the
foot an English capsize-lessons plug "I teach one-to-one capsize-recovery sessions at the reservoir on summer evenings –
book a slot through the Lessons page.", an English Big Cartel prints plug "Prints from this roll are for sale in my Big
Cartel shop, signed and numbered on the back.", a German farmers'-market jam stall plug "Meine Marmeladen gibt es
samstags auf dem Bauernmarkt in der Altstadt – solange der Vorrat reicht." and a Polish buy-me-a-coffee plug "Jeśli
lubisz ten blog, postaw mi kawę na buycoffee.to – każda złotówka idzie na nowe klisze."); blog and site footers (an
English community-interest-company publisher line "Published by Clarion Community Media CIC, a not-for-profit community
interest company.", an English Bear Blog credit "Proudly powered by Bear Blog · Made with ♥ on a slow connection", an
English Netlify-and-typeface credit "Site hosted by Netlify · Typeset in Atkinson Hyperlegible · Terms · Accessibility",
a French OVHcloud-and-Hugo credit "Blog hébergé par OVHcloud · Propulsé par Hugo · Mentions légales · Contact", a German
publisher-and-trade-register line "Verlag und Redaktion: Almbrunnrieder Heimatverlag GmbH & Co. KG · Handelsregister HRA
0000", an Italian Joomla-and-VAT-number line "Sito realizzato con Joomla! · P.IVA 00000000000 · Privacy e cookie
policy", a Polish WordPress.com theme credit "Blog prowadzony na platformie WordPress.com · Motyw: Twenty Twenty-Four ·
Kanał RSS" and a Russian founder-and-newsroom-address line "Учредитель: ООО «Горный медиадом» · Адрес редакции: ул.
Заречная, 0 · 12+"); reader-comment furniture (an English registered-readers-only note "Commenting is available to
registered readers only. Log in or create a free account to join the conversation.", an English hidden-for-downvotes
note "This comment has been hidden because it received too many downvotes. Show anyway", an English community-guidelines
line "Community guidelines: be kind, stay on topic and no self-promotion – read the full house rules.", a French
log-in-to-react prompt "Connectez-vous ou créez un compte pour réagir à cet article.", a German comments-off-overnight
note "Die Kommentarfunktion ist zwischen 22 und 7 Uhr deaktiviert.", an Italian community-rules line "Regole della
community: niente insulti, niente spam, niente link pubblicitari.", a Polish comment-as-guest-or- with-Google prompt
"Dodaj komentarz jako gość lub zaloguj się przez Google" and a Russian log-in-with-Gosuslugi-or- VKontakte prompt "Чтобы
оставить отзыв, войдите через Госуслуги или ВКонтакте."); share rows (an English Threads, Bluesky and e-mail row "Tap to
share: Threads · Bluesky · Email this article", a French pass-it-on row "Transmettre cet article à un proche · Copier le
lien · Partager sur Bluesky" and a Polish Messenger and Threads row "Wyślij znajomemu na Messengerze · Udostępnij na
Threads"); and notices (a German correction note "Korrektur: In einer früheren Fassung dieses Artikels war die Zahl der
Mitgliedsbetriebe falsch angegeben." and an Italian funded-project note "Questo articolo fa parte del progetto «Montagne
vive», realizzato con il contributo della Fondazione Cariplo.", both in the body, and a Russian the-author's-opinion
disclaimer "Мнение автора может не совпадать с позицией редакции." at the foot); and toward whole scraped news and
hobby-blog pages in layouts set 132's docstring does not describe (on the six portal pages the masthead alone in the
first block and a section menu and a breadcrumb in one block of two under it, above the title; the title alone in its
block; under it one block of two, a byline-and-date line and the reading time; a share row at the end of the first
paragraph's block, right after it; a photo caption and a photo credit in their own block between the first and second
paragraphs; the second paragraph alone; an ad or sponsored label at the end of the quote paragraph's block, right after
it; nothing between that paragraph and the subheading, which shares its block with the three rows and a read-also link
between the second and third rows; the first last paragraph alone, a newsletter or Telegram prompt alone in the next
block and a tags or topics line at the end of the second last paragraph's block, right after it; at the foot two blocks,
five lines (a comment count, a comment, an arrowed reply by a second reader, a second comment and an arrowed answer to
it by the newsroom or by the first commenter) and then three lines (a copyright line, a legal-links row and a
back-to-top link); on the six blog pages the blog name and its tagline in one block of two and the menu alone in the
next, above the title; the title at the top of its block, followed by the date-and-author line and the reading time; a
photo caption at the end of the first paragraph's block, right after it; a three-line table of contents (its heading and
two numbered entries) alone between the first and second paragraphs; the second paragraph alone; a Pinterest or bookmark
prompt at the end of the quote paragraph's block, right after it; a sponsored or ad label alone between that paragraph
and the subheading; the subheading and its three rows in one block with a shop plug at its end, right after the third
row; the two last paragraphs in one block with nothing between them and a share row at its end, right after the last
paragraph; at the foot two blocks, five lines (a comment count, a comment, the author's arrowed reply addressed by name,
a second comment left unanswered and a leave-a-reply heading), then previous-and-next links and a platform credit
together), taken from mountain villages (a village's old ski tow to be replaced by a chairlift, a mountain-rescue team's
fiftieth year and new alert hut, a dairy co-operative's new cheese cellar, an old chairlift reopening after three years,
a rescue group's new quad and snowmobile, a dairy co-operative's own cheese dairy) and from blogs about sailing small
dinghies, analogue photography and making jam and preserves.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 132 but what is named here), held-out set 133 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 132 up to its paragraph "Still held out after round 95", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 129, 130 and 131, printed with one ast
script (/tmp/s134scratch/peek.py, reading /tmp/wt-s134/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s134); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s134scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 132's as
printed, with 132 -> 134; /tmp/s134scratch/gen.py writes this file from scratch files (data134.py, pages134.py,
doc134.txt and, after the measurement, tables134.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s134, detached at commit
6fe5030676a8b3a00150ba3829145a40a128fc70, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
129013ed2786b0194dc7a73df53d52d4d7852847, not the brief's commit: main has moved on, so both worktrees were made at
6fe5030676a8b3a00150ba3829145a40a128fc70, as the brief says, with ``git worktree add`` (output to /dev/null), and
/work/main was not touched afterwards. peek.py's first run printed to the terminal, whose output the tool cut in the
middle (lines 133 to 370 of 499: the end of set 132's Slips and notes, its Judgement calls, Contents and Baseline, its
imports and tail and the first paragraphs of sets 129 and 130 up to set 130's bylines); its second run went to
/tmp/s134scratch/peek.out, of which I paged lines 125 to 380 with ``sed`` (the rest of those allowed parts); nothing
outside the allowed parts was printed. (2) The machine's python had the project's dependencies; every run used it. (3)
Before the measurement /tmp/s134scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits
inside any other noise, keep or article line of the set, that no line repeats and that no line holds an at-sign, and
printed each page's counts of article and noise lines and blocks; a one-line script counted the held-out lines by
category, place and language; gen.py reports lines over 120 columns and at-signs; roundtrip.py executed this file from
/tmp/s134scratch with stand-in modules for held_out_sets and noisy_corpus (no cleaner imported) only to compare its
lists and pages with the scratch data, count the lines by language and check that every held-out line is quoted in this
docstring; it ran no cleaning. The first run of check.py found 2 problems: the Italian portal's photo credit "Foto di
redazione" inside the Italian held-out byline and the Polish blog's leave-a-reply heading "Dodaj komentarz" inside the
Polish held-out comment prompt; the credit became "Foto: archivio del Corriere" and the heading "Napisz komentarz", and
the next run found nothing. After that run the blog pages' foot was changed (the share row moved to the end of the last
paragraphs' block, the previous-and-next links joined the platform credit in one block) so that it differs from the blog
foot set 131's first paragraph describes; check.py then found nothing again. While drafting, before any check, I kept
every masthead out of its own copyright, credit and newsletter lines (the French and German copyright lines name
publishers, "Éditions de l'Écho" and "Heimatverlag Oberes Tal GmbH", the Russian one "Редакция районной газеты"),
renamed the German paper from "Almbrunnrieder Anzeiger" to "Almbrunnrieder Bote" so that its ad label "Anzeige" is not
inside it, gave the French blog the label "Contenu sponsorisé" (the portal's menu holds "Petites annonces"), kept
"Pubblicità" off the Italian pages (it opens the Italian keep line; the labels are "Contenuto sponsorizzato" and
"Annuncio pubblicitario"), and gave the Polish and Russian blogs labels that do not contain their portals' "Reklama" and
"Реклама" ("Materiał sponsorowany", "Рекламный блок"). (4) Invented names were checked with the exact-string search over
public GitHub files: Hobblecairn, Glenniswick, Soggy Transom, Quennicott, Crannock-Lyle, Clarion Community Media,
Hilltop_Hannah (never used), Valcrozet, Pélerondier, Vercoubier, Rocheblanquet, Révélateur tiède, Almbrunnried,
Almbrunnrieder Heimatverlag, Heimatverlag Oberes Tal, Tresterhuber, Rahmsteiner, Gläserweise Sommer, Scioverno,
Valanghetti, Seggiolotti, Rosalba Crestacci, Editoriale Alta Valle, La deriva storta, Turniczany, Żlebowiak, Grańkowska,
Wydawnictwo Gminne, Ciemnia pod schodami, Маслобойкин-, Творожникова, Удойников, Пахтанова, Горный медиадом and Варенье
на веранде had no hits. Dropped: Ferrowby (inside identifiers; the lift company's chairman became Dunstan Quennicott),
Escarmonde (a real medieval name; the French rescue chief became Thibaut Rocheblanquet), Pastabrina (in a data file; the
Italian reporter became Ermenegilda Valanghetti), Nevacchi (inside an identifier; the chairlift manager became Fulgenzio
Seggiolotti), Scarponcini (a real word; the Italian reporter became Valanghetti), Skalniak (a real word and surname; the
Polish reporter became Bożydar Żlebowiak), Сметанкин (a real surname; the Russian co-operative's chairman became
Пантелеймон Удойников) and Pollensby (inside identifiers; the English reporter became Hester Crannock-Lyle). Not
checked: the first names of reporters, blog authors and commenters and their handles (Perpetua, Hester, Dunstan, Wilf,
Rob, Kath_sails, FellWalker_Jim, Marjorie_H, SnowyBoots, Anaïs, Mathis, Thibaut, Odile, Bernard, Lucie_photo,
Montagnard73, Pascale_V, Kunigunde, Vitus, Irmgard, Hannelore, Gartenfee, Bergbauer_Toni, Resi1958, Ermenegilda,
Fulgenzio, Rosalba, Nicolò, Paola, Timoniere_78, Marta_B, Bożydar, Wiesława, Kuba, Marek, Fotoamatorka, Ania_K, Аглая,
Ефросинья, Пантелеймон, Тамара, Людмила, Огородница, Надежда_К and the rest), the names built on checked towns and names
(The Hobblecairn Clarion, Hobblecairn Clarion Ltd, L'Écho de Valcrozet, Éditions de l'Écho, Almbrunnrieder Bote, Il
Corriere di Scioverno, Echo Turniczan, Маслобойкино, Маслобойкинский вестник), the Dosso chairlift, the project
«Montagne vive», the street ул. Заречная and the sail number 41270. Numbers are zero-filled (the trade register, VAT
number and street number); there are no e-mail addresses and no at-signs. (5) Real things named, as real pages do:
Vimeo, Bluesky, Infogram, Instagram, Apple Podcasts, X, Flickr, VK Video, Big Cartel, buycoffee.to, Bear Blog, Netlify,
Atkinson Hyperlegible, OVHcloud, Hugo, Joomla, WordPress, WordPress.com and its Twenty Twenty-Four theme, the Astra
theme, Canalblog, Jimdo, Blogger, Gosuslugi, VKontakte, Odnoklassniki, Threads, Messenger, Google, Facebook, WhatsApp,
LinkedIn, Telegram, Pinterest, Etsy, Subito.it, Allegro, Avito, the Fondazione Cariplo, the Mirror and Vaurien dinghies,
the Paterson tank, the Zenit E and its Helios 44-2 lens, Fomapan 100 and Rodinal. (6) The two measuring commands ran as
the brief gave them, in one shell call after ``date`` and the last check, their output sent to
/tmp/s134scratch/measure.out and report.out and the report and the pytest tail printed (24 failed, 53 passed); the
problems were then printed with ``_problems`` in the frozen worktree by /tmp/s134scratch/problems.py (output
problems.out), which imports the copy of this file in /tmp/wt-s134/tests with /tmp/wt-s134/src on the path; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (14, 0 and 10, as in
the measurement). The xfail tables were written in /tmp/s134scratch/tables134.py from my own descriptions of those lines
and pages, and a script checked that the failing lines are exactly the keys of ``_LINE_XFAIL``, that every page noise
line left and every article line lost is quoted in its page's reason and that each reason gives its count of noise lines
left. (7) My first clock reading was 2026-12-05 14:36:33 UTC; the measurement ran at 14:41:29 UTC. (8) With the tables
filled, the pytest command ran on the final file in /tmp/wt-s134: 53 passed, 24 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from the lift operator", "Sharing a single rescue
helicopter", "Follow-up inspections of the cable", "Subscribers to the dairy co-operative's milk round", "Copyright over
the old village ski posters", "Advertising for a new lift attendant", "Reading the weather on the ridge", "Commentant la
saison", "Partagée entre trois communes", "Abonnés depuis vingt ans", "Kommentarlos nahm der Gemeinderat", "Teilen
wollen sich die Bauern", "Folgen hat der milde Winter", "Condivisa da tre comuni", "Pubblicità e sponsor locali",
"Seguire le indicazioni dei soccorritori", "Komentując decyzję rady", "Udostępnienie hali spółdzielni", "Комментируя
итоги года" and "Подписка на фермерское молоко" are article sentences: each reports what was decided, said, paid or
counted about a ski lift, a mountain-rescue team or a dairy co-operative, with the noise-like word as an ordinary noun,
verb or participle of the sentence. Categories: the Vimeo, Bluesky, Infogram, Instagram, Apple Podcasts, X, Flickr and
VK Video lines are markers (embed failures, restricted or removed media and consent placeholders); the English beat line
"Perpetua Glenniswick is the Clarion's upland and farming reporter." is a byline (the reporter's credit line under a
headline) and sits at the head with the French, Italian and Russian bylines; the capsize-lessons, Big Cartel,
farmers'-market and buycoffee.to lines are bylines (self-promotion) at the foot; the English publisher line, the Bear
Blog, Netlify, OVHcloud-and-Hugo, Joomla and WordPress.com credits, the German trade-register line and the Russian
founder-and-address line are footers; the English registered-readers-only, hidden-for-downvotes and community-guidelines
lines, the French log-in prompt, the German overnight note, the Italian community rules, the Polish guest-or-Google
prompt and the Russian Gosuslugi prompt are comment furniture; the English, French and Polish rows are share rows; the
German correction and the Italian funded-project note are notices in the body and the Russian opinion disclaimer a
notice at the foot. On every page the title, the three paragraphs before the subheading (the third with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (mastheads, section menus,
breadcrumbs, blog names, taglines and menus, bylines, dates and authors' lines, reading times, share rows, photo
captions and credits, tables of contents, ad and sponsored labels, read-also links, newsletter, Telegram and Pinterest
or bookmark prompts, shop plugs, tags and topics lines, comment counts, comments and replies, leave-a-reply headings,
copyright lines, legal-links rows, back-to-top links, previous-and-next links and platform credits) is noise. The list
rows (the portals' plans, figures, prices and equipment, the blogs' parts, development steps and ingredients) are short
but part of each article, so article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-hobblecairn-skilift (the village votes to replace its 1968 ski tow with a chairlift),
en-blog-soggytransom-mirror (re-rigging a 1970s Mirror dinghy for a first season on the reservoir),
fr-portail-valcrozet-secours (the mountain-rescue team's fiftieth year and its new alert hut),
fr-blog-revelateurtiede-argentique (developing a first black-and-white film in a bathroom),
de-portal-almbrunnried-sennerei (the dairy co-operative builds a new cheese-ripening cellar),
de-blog-glaeserweisesommer-quitten (quince jelly as the author's grandmother made it), it-portale-scioverno-seggiovia
(the old chairlift reopens after three years), it-blog-derivastorta-vaurien (a first winter with a Vaurien dinghy on the
lake), pl-portal-turniczany-ratownicy (the rescue group gets a quad and a snowmobile), pl-blog-ciemniapodschodami-zenit
(a first film through a grandfather's Zenit E), ru-portal-masloboykino-syrovarnya (the dairy co-operative opens its own
cheese dairy) and ru-blog-varenyenaverande-oblepikha (uncooked sea-buckthorn jam), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 6fe5030676a8b3a00150ba3829145a40a128fc70, measured with ``cd /tmp/wt-s134 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s134/src python -m pytest -q tests/test_clean_held_out_134.py -rA -p
no:cacheprovider`` (24 failed, 53 passed) and ``cd /tmp/wt-s134 && PYTHONPATH=/tmp/wt-s134/src python
scripts/clean_held_out_report.py --sets 134``, with the xfail tables empty): noise lines removed 31/45 (marker 3/8,
reading-time 6/7, byline 3/8, footer 8/8, comments 5/8, share 3/3, notice 3/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: five markers (the English Vimeo and Infogram placeholders, the German Apple Podcasts
consent placeholder, the Polish Flickr gallery failure and the Russian VK Video failure), the English sailing blog's
long-read warning, five bylines (the English reporter's beat line and the French correspondent byline at the head, the
English capsize-lessons and Big Cartel plugs and the German market-stall plug at the foot) and three comment lines (the
English hidden-for-downvotes note and community-guidelines line and the Russian Gosuslugi prompt)); keep lines kept
20/20; pages 2/12 clean (the English and German portals), 10 of 240 page noise lines left and 4 of 120 article lines
lost. Left on the pages: the English sailing blog 2 (photo caption, Pinterest prompt), the French photography blog 1
(photo caption), the German jam blog 2 (photo caption, shop plug), the Italian sailing blog 2 (photo caption,
spare-parts plug), the Polish photography blog 1 (photo caption) and the Russian jam blog 2 (photo caption, Avito plug),
as ``_PAGE_XFAIL`` describes; the French, Polish and Russian portals leave no noise but each loses its last paragraph
(the first line of the block that ends with the tags line), and the Italian portal leaves no noise but loses its third
list row ("Ridotto per residenti e ragazzi sotto i 14 anni", right after the read-also link). The failing cases are
strict xfails.

Measured after round 96, which was not merged (developed on sets 131 and 132; measured with
``scripts/clean_held_out_report.py --tests <blind copy> --sets 133 134`` at 67a3657 on branch round96): nothing moved
(noise lines removed 31/45, keep lines 20/20, pages clean 2/12, page noise lines left 10 of 240, article lines lost 4 of
120). The round was not merged, so this set's tables still describe the cleaner on main (6fe5030's code), and it is
still blind to every round's helper.

Round 98 (development; this set was read in full from this round on): fixed, on sets 133 and 134, the five article lines
lost: a last paragraph (or, on set 133's Russian portal, the second last) at the head of the block the tags line closes
is no longer taken with that block (page_blocks._heads_furniture, called in mark_block_remnants' widget-blocks pass: a
block half the rules' noise after the body's last paragraph read as a widget; its first line stays when it is a full
sentence of the article, or a subheading over an ad label, and every later line is furniture the rules took, tags, a
read-also link, an ad label or a share row, never a prompt or a line with a widget's cue), and a list row after a
read-also link in the list's block ('Ridotto per residenti e ragazzi sotto i 14 anni') is no longer read as a widget's
line beside the block (noise_patterns.FIRST_PERSON: a lower-case 'i' before a number is Italian 'the' or Polish 'and',
not 'I'). Widened: the comment form's log-in prompt with its no-account question after it
(whole_line_noise._NOT_YET_REGISTERED), a log-in to review (_TO_COMMENT), a comment hidden for its downvotes with its
show-anyway link (round 83's community-state rule), the sponsored link's and the ad network's labels (round 73's and
round 70's ad labels: 'Gesponserter Link', 'Annunci pubblicitari') and the Pinterest save prompt (round 72's rule: six
words before the network, 'for' opening its reason); tests test_round_98_* in tests/test_clean.py, with near misses.
Other sets: set 49's it-consiglio-regionale-comunicato now drops its speech video link (reason reworded; no xfail
removed). Sets 10-134 (125 sets): noise lines removed 5230 -> 5233 of 5701, article lines kept 2527/2527 -> 2527/2527,
pages clean 947 -> 951 of 1486, page noise lines left 1244 -> 1239 of 31440, paragraphs lost 7 -> 2 (the two left are
set 86's fr-portail-montbrezac-chapelle). SemEval: 0 changed files of 3,723. Bench ratio: 1.05 (cpu best 2.155 s against 2.053 s at d0eaefb). Test set: 17917 passed, 1033 xfailed, no XPASS, no failure. This
set: noise lines removed 31 -> 33/45 (comments 5 -> 7: the English hidden-for-downvotes note and the Russian Gosuslugi
review prompt; marker 3/8, reading-time 6/7, byline 3/8, footer 8/8, share 3/3, notice 3/3 unchanged), keep lines 20/20,
pages clean 2 -> 6/12 (the French, Italian, Polish and Russian portals), page noise lines left 10 -> 9 of 240 (the
English sailing blog's Pinterest prompt now goes), article lines lost 4 -> 0 of 120. Removed xfails: the two comment
lines and the four portals' pages; en-blog-soggytransom-mirror's reason reworded. Still missed: five embed markers and
three plugs (round 97's families), the long-read warning, the two reporter bylines ('... is the Clarion's upland and
farming reporter.', 'De notre correspondante en montagne, ...'), the community-guidelines line, and the blogs' photo
captions and shop plugs.

Measured blind after round 97 (developed on sets 131 and 132 beside round 98, measured on this set by the lead with its
helper kept away from it; round 97 alone against c53fa26, then merged with round 98 and the lead's mends): lines 31 ->
32 of 45 ("Prints from this roll are for sale in my Big Cartel shop, signed and numbered on the back." now goes: round
97's "for sale" in the writer's named shop), page noise lines 10 -> 9 (the Italian sailing blog's Subito plug goes:
round 97's classifieds sites in the shop platforms), nothing lost; with round 98 as merged: lines 34 of 45, 20 of 20
kept, pages 6 of 12 clean, 8 page noise lines left, no article line lost. Round 97's helper saw the opening words of
that line in a test id once (the brief's test command named this file through a glob that --ignore did not drop); the
rule had been written before, for set 131's Big Cartel-like plugs. Reason reworded: it-blog-derivastorta-vaurien (keeps
its caption only).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_134_LINES: list[tuple[str, str, str]] = [
    ("body", "Vimeo: This video is private or has been set to play only on approved domains.", "marker"),
    ("body", "Bluesky post could not be loaded. View it on bsky.app instead.", "marker"),
    ("body", "Interactive Infogram chart – if it fails to appear, disable your content blocker and"
             " refresh.", "marker"),
    ("body", "Ce contenu Instagram ne peut pas s'afficher car vous avez refusé les cookies de réseaux"
             " sociaux.", "marker"),
    ("body", "Dieser Apple-Podcasts-Player wird erst geladen, wenn Sie externe Medien in den"
             " Privatsphäre-Einstellungen erlauben.", "marker"),
    ("body", "Impossibile caricare il post: il contenuto di X non è più disponibile o l'account è stato"
             " sospeso.", "marker"),
    ("body", "Galeria zdjęć z Flickra nie została wczytana – otwórz album bezpośrednio w serwisie Flickr.", "marker"),
    ("body", "Видео не воспроизводится: обновите браузер или откройте ролик на VK Видео.", "marker"),
    ("head", "Estimated reading time – 5 mins", "reading-time"),
    ("head", "Fair warning: this is a long one, roughly a twenty-minute read with all the rigging"
             " photos.", "reading-time"),
    ("head", "Temps de lecture estimé : 5 min", "reading-time"),
    ("head", "5 Min. Lesezeit", "reading-time"),
    ("head", "Tempo di lettura: 5 minuti circa", "reading-time"),
    ("head", "Czas czytania: ok. 5 minut", "reading-time"),
    ("head", "Читается за 5 минут", "reading-time"),
    ("head", "Perpetua Glenniswick is the Clarion's upland and farming reporter.", "byline"),
    ("head", "De notre correspondante en montagne, Anaïs Pélerondier", "byline"),
    ("head", "Servizio a cura di Rosalba Crestacci, foto di redazione", "byline"),
    ("head", "Материал подготовила Ефросинья Пахтанова", "byline"),
    ("tail", "I teach one-to-one capsize-recovery sessions at the reservoir on summer evenings – book a"
             " slot through the Lessons page.", "byline"),
    ("tail", "Prints from this roll are for sale in my Big Cartel shop, signed and numbered on the back.", "byline"),
    ("tail", "Meine Marmeladen gibt es samstags auf dem Bauernmarkt in der Altstadt – solange der Vorrat"
             " reicht.", "byline"),
    ("tail", "Jeśli lubisz ten blog, postaw mi kawę na buycoffee.to – każda złotówka idzie na nowe klisze.", "byline"),
    ("tail", "Published by Clarion Community Media CIC, a not-for-profit community interest company.", "footer"),
    ("tail", "Proudly powered by Bear Blog · Made with ♥ on a slow connection", "footer"),
    ("tail", "Site hosted by Netlify · Typeset in Atkinson Hyperlegible · Terms · Accessibility", "footer"),
    ("tail", "Blog hébergé par OVHcloud · Propulsé par Hugo · Mentions légales · Contact", "footer"),
    ("tail", "Verlag und Redaktion: Almbrunnrieder Heimatverlag GmbH & Co. KG · Handelsregister HRA 0000", "footer"),
    ("tail", "Sito realizzato con Joomla! · P.IVA 00000000000 · Privacy e cookie policy", "footer"),
    ("tail", "Blog prowadzony na platformie WordPress.com · Motyw: Twenty Twenty-Four · Kanał RSS", "footer"),
    ("tail", "Учредитель: ООО «Горный медиадом» · Адрес редакции: ул. Заречная, 0 · 12+", "footer"),
    ("tail", "Commenting is available to registered readers only. Log in or create a free account to"
             " join the conversation.", "comments"),
    ("tail", "This comment has been hidden because it received too many downvotes. Show anyway", "comments"),
    ("tail", "Community guidelines: be kind, stay on topic and no self-promotion – read the full house"
             " rules.", "comments"),
    ("tail", "Connectez-vous ou créez un compte pour réagir à cet article.", "comments"),
    ("tail", "Die Kommentarfunktion ist zwischen 22 und 7 Uhr deaktiviert.", "comments"),
    ("tail", "Regole della community: niente insulti, niente spam, niente link pubblicitari.", "comments"),
    ("tail", "Dodaj komentarz jako gość lub zaloguj się przez Google", "comments"),
    ("tail", "Чтобы оставить отзыв, войдите через Госуслуги или ВКонтакте.", "comments"),
    ("tail", "Tap to share: Threads · Bluesky · Email this article", "share"),
    ("tail", "Transmettre cet article à un proche · Copier le lien · Partager sur Bluesky", "share"),
    ("tail", "Wyślij znajomemu na Messengerze · Udostępnij na Threads", "share"),
    ("body", "Korrektur: In einer früheren Fassung dieses Artikels war die Zahl der Mitgliedsbetriebe"
             " falsch angegeben.", "notice"),
    ("body", "Questo articolo fa parte del progetto «Montagne vive», realizzato con il contributo della"
             " Fondazione Cariplo.", "notice"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]
HELD_OUT_134_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the lift operator suggest the new chairlift will not open before the February half-term."),
    ("head", "Sharing a single rescue helicopter with two neighbouring valleys has stretched the team's response"
             " times."),
    ("head", "Follow-up inspections of the cable found no further wear, the council's engineer told the parish"
             " meeting."),
    ("head", "Commentant la saison, le maire a reconnu que le téléski avait perdu des skieurs au profit de la"
             " station voisine."),
    ("head", "Kommentarlos nahm der Gemeinderat den Bericht der Bergwacht über den Lawineneinsatz im Januar zur"
             " Kenntnis."),
    ("head", "Condivisa da tre comuni, la seggiovia resterà aperta anche nei fine settimana di aprile."),
    ("head", "Komentując decyzję rady, sołtys przyznał, że bez nowego wyciągu wieś straci młodych narciarzy."),
    ("body", "Subscribers to the dairy co-operative's milk round will see prices rise by four pence a pint from May."),
    ("body", "Copyright over the old village ski posters passed to the parish council when the tourism office"
             " closed."),
    ("body", "Partagée entre trois communes, la nouvelle ambulance de montagne sera basée à la caserne du bas du"
             " village."),
    ("body", "Teilen wollen sich die Bauern die neue Käsereimaschine, die rund 80.000 Euro kosten soll."),
    ("body", "Pubblicità e sponsor locali copriranno un terzo dei costi della nuova motoslitta del soccorso alpino."),
    ("tail", "Advertising for a new lift attendant drew only two applicants, both from the village itself."),
    ("tail", "Reading the weather on the ridge is the first thing new volunteers learn, said the team's training"
             " officer."),
    ("tail", "Abonnés depuis vingt ans, les fromagers de la coopérative ont obtenu une remise sur le transport du"
             " lait."),
    ("tail", "Folgen hat der milde Winter auch für den Skilift: Er lief in diesem Jahr nur an 41 Tagen."),
    ("tail", "Seguire le indicazioni dei soccorritori, ha ricordato il capostazione, resta la prima regola in quota."),
    ("tail", "Udostępnienie hali spółdzielni na zebrania mieszkańców zatwierdzono jednogłośnie."),
    ("tail", "Комментируя итоги года, председатель кооператива назвал главной проблемой цену на корма."),
    ("tail", "Подписка на фермерское молоко выросла вдвое после открытия магазина у сыроварни."),
]
HELD_OUT_134_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-hobblecairn-skilift", [
        [
            "-The Hobblecairn Clarion",
        ],
        [
            "-News · Valley Life · Sport · Weather · Notices · Jobs",
            "-Home › News › Upper Valley",
        ],
        [
            "+Hobblecairn's old ski tow to be replaced by a chairlift after village vote",
        ],
        [
            "-By Hester Crannock-Lyle · Thursday 3 December 2026, 07:15",
            "-4 min read",
        ],
        [
            "+Residents of Hobblecairn have voted by a clear majority to replace the village's 1968 ski tow with a"
            " four-seat chairlift, ending two years of argument over the slope above the church.",
            "-Share on Facebook · Share on X · Share by email",
        ],
        [
            "-The old tow's bullwheel at the top station, photographed last winter.",
            "-Photo: Clarion archive",
        ],
        [
            "+The parish meeting on Tuesday drew more than two hundred people, close to half the village, and the"
            " vote was 131 to 64 in favour of the lift company's plan.",
        ],
        [
            "+\"We either modernise or we watch the young families leave,\" said Dunstan Quennicott, who chairs the"
            " community company that runs the slope.",
            "-Advertisement",
        ],
        [
            "+What happens next",
            "+Planning application to the national park authority in January",
            "+Dismantling of the old tow after the Easter weekend",
            "-Read more: Snow cannon trial on the lower slope called a success",
            "+New chairlift running, if all goes well, by December 2027",
        ],
        [
            "+The project is expected to cost £3.4 million, with half coming from a rural tourism grant and the rest"
            " from a share offer to residents and regular visitors.",
        ],
        [
            "-Get the Clarion's free weekly newsletter – the valley's news in your inbox every Friday",
        ],
        [
            "+Opponents, who had argued for a cheaper replacement tow, said they would accept the result but would"
            " watch the costs closely.",
            "-Topics: Skiing, Parish council, Tourism",
        ],
        [
            "-36 comments",
            "-FellWalker_Jim: About time. The old tow has broken down every February for as long as I can remember.",
            "-↳ Marjorie_H replying to FellWalker_Jim: And who pays when the grant runs out? Not the visitors.",
            "-SnowyBoots: Will the lift run in summer for walkers too? That would help the café.",
            "-↳ Clarion Newsdesk: The company says summer running is part of the plan; we'll report the details.",
        ],
        [
            "-© 2026 Hobblecairn Clarion Ltd. All rights reserved.",
            "-Privacy · Cookies · Terms · Contact the newsroom",
            "-Back to top ↑",
        ],
    ]),
    _page("en", "en-blog-soggytransom-mirror", [
        [
            "-The Soggy Transom",
            "-Small boats, cold water, and a lot of bailing",
        ],
        [
            "-Home · Boats · Races · Repairs · About",
        ],
        [
            "+Re-rigging a 1970s Mirror dinghy for a first season on the reservoir",
            "-Posted on 29 November 2026 by Wilf",
            "-6 minute read",
        ],
        [
            "+I bought Number 41270 for ninety pounds at a club auction in August, with a split rudder stock and a"
            " mainsail that had spent a decade folded in a loft.",
            "-The boat as she arrived, on a borrowed trailer with one flat tyre.",
        ],
        [
            "-In this post:",
            "-1. The gunter rig",
            "-2. Sheets, blocks and cleats",
        ],
        [
            "+The first job was the gunter rig, which I had never rigged before and which looks, to a beginner, like"
            " a pile of sticks tied together in the wrong order.",
        ],
        [
            "+An old hand at the club watched me struggle and said, \"Hoist the gaff until it sits against the mast,"
            " then stop fiddling,\" which turned out to be the whole secret.",
            "-Save this post to Pinterest for your next rigging day!",
        ],
        [
            "-Sponsored",
        ],
        [
            "+What I replaced",
            "+New halyard in 6 mm pre-stretched rope",
            "+Mainsheet block and ratchet on the transom",
            "+Jamming cleat for the jib sheets",
            "-My spliced rope kits for Mirrors are in the shop – each one made up in my shed.",
        ],
        [
            "+Her first sail was on a grey Sunday with barely enough wind to fill the jib, which suited me fine.",
            "+Next month I will tackle the split rudder stock and, weather allowing, enter the club's New Year's Day"
            " race.",
            "-Share: Facebook · WhatsApp · Email",
        ],
        [
            "-4 Comments",
            "-Rob from the reservoir club: Lovely to see an old Mirror back on the water. Check the mast step too!",
            "-↳ Wilf: Thanks Rob, the mast step is next on the list after the rudder.",
            "-Kath_sails: Which varnish did you use on the daggerboard?",
            "-Leave a Reply",
        ],
        [
            "-← Older post: Winter covers on a budget | Newer post →",
            "-Powered by WordPress · Theme: Astra",
        ],
    ]),
    _page("fr", "fr-portail-valcrozet-secours", [
        [
            "-L'Écho de Valcrozet",
        ],
        [
            "-Actualités · Montagne · Sports · Agenda · Petites annonces",
            "-Accueil > Montagne > Secours",
        ],
        [
            "+Le peloton de secours en montagne de Valcrozet fête ses cinquante ans avec un nouveau refuge d'alerte",
        ],
        [
            "-Par Mathis Vercoubier | Publié le 2 décembre 2026 à 18h40",
            "-Lecture 4 min.",
        ],
        [
            "+Créé en 1976 par une poignée de guides et de pisteurs, le peloton de secours de Valcrozet a réalisé"
            " l'an dernier 214 interventions, un record.",
            "-Partager : Facebook · X · LinkedIn · E-mail",
        ],
        [
            "-Les secouristes lors d'un exercice d'hélitreuillage au-dessus du lac.",
            "-Photo : archives de la rédaction",
        ],
        [
            "+Samedi, plus de trois cents personnes se sont retrouvées au pied du col pour inaugurer le nouveau"
            " refuge d'alerte, équipé d'une radio et d'un défibrillateur.",
        ],
        [
            "+« Chaque minute gagnée là-haut peut sauver une vie », a rappelé Thibaut Rocheblanquet, chef du peloton"
            " depuis 2019.",
            "-Publicité",
        ],
        [
            "+Les chiffres de l'année",
            "+214 interventions, dont 61 en hiver",
            "+38 secouristes bénévoles et professionnels",
            "-À lire aussi : Avalanche au col, deux skieurs retrouvés sains et saufs",
            "+Un délai moyen d'arrivée de 47 minutes",
        ],
        [
            "+La commune a financé la moitié du refuge, le reste venant du département et d'une souscription ouverte"
            " aux habitants.",
        ],
        [
            "-Recevez chaque matin l'essentiel de l'actualité de la vallée : inscrivez-vous à notre newsletter",
        ],
        [
            "+Le peloton cherche désormais des volontaires pour tenir la permanence radio les week-ends de février.",
            "-Mots-clés : secours en montagne, Valcrozet, refuge",
        ],
        [
            "-12 commentaires",
            "-Montagnard73 : Bravo à eux, ils m'ont descendu du glacier en 2021, je ne l'oublierai jamais.",
            "-↳ Réponse de Pascale_V : Pareil pour mon fils l'hiver dernier. Merci à toute l'équipe.",
            "-Skieur_du_dimanche : Et qui paie les secours quand les gens partent hors piste sans matériel ?",
            "-↳ Réponse de Montagnard73 : En France les secours en montagne sont gratuits, heureusement.",
        ],
        [
            "-© Éditions de l'Écho, 2026 – Tous droits réservés",
            "-Mentions légales · Politique de confidentialité · Gestion des cookies",
            "-Haut de page",
        ],
    ]),
    _page("fr", "fr-blog-revelateurtiede-argentique", [
        [
            "-Le Révélateur tiède",
            "-Carnet de photographie argentique, de la prise de vue au tirage",
        ],
        [
            "-Accueil · Appareils · Films · Labo · À propos",
        ],
        [
            "+Développer sa première pellicule noir et blanc dans une salle de bains",
            "-Publié le 22 novembre 2026 par Odile",
            "-7 min de lecture",
        ],
        [
            "+Cela faisait des années que je confiais mes films à un laboratoire, et j'ai enfin franchi le pas cet"
            " automne avec une cuve, trois flacons et un thermomètre.",
            "-Ma cuve Paterson et les flacons, prêts sur le rebord de la baignoire.",
        ],
        [
            "-Sommaire",
            "-1. Le matériel",
            "-2. Les étapes",
        ],
        [
            "+Le plus difficile n'est pas la chimie mais le chargement de la spirale, qu'il faut faire dans le noir"
            " complet, à tâtons, avec un film qui refuse de glisser.",
        ],
        [
            "+Mon voisin, ancien photographe de presse, m'a prévenue : « Entraîne-toi d'abord en plein jour avec une"
            " pellicule sacrifiée », et il avait bien raison.",
            "-Épinglez cet article sur Pinterest pour le retrouver plus tard",
        ],
        [
            "-Contenu sponsorisé",
        ],
        [
            "+Ce que je fais, dans l'ordre",
            "+Révélateur dilué, huit minutes à vingt degrés",
            "+Bain d'arrêt à l'eau claire, une minute",
            "+Fixateur pendant cinq minutes, puis un long rinçage",
            "-Mes tirages sur papier baryté sont en vente dans ma boutique Etsy.",
        ],
        [
            "+Sur trente-six vues, trente-deux sont exploitables, ce que je considère comme une victoire.",
            "+La prochaine étape sera l'agrandisseur, que j'ai trouvé dans un vide-grenier et qui attend dans la"
            " cave.",
            "-Partager sur Facebook · Pinterest · Envoyer par e-mail",
        ],
        [
            "-3 commentaires",
            "-Bernard : Bravo ! Pour la spirale, un sac de chargement m'a changé la vie.",
            "-↳ Odile : Merci Bernard, je vais essayer, mes doigts vous remercient d'avance.",
            "-Lucie_photo : Quelle marque de fixateur utilisez-vous ?",
            "-Laisser un commentaire",
        ],
        [
            "-← Article précédent | Article suivant →",
            "-Propulsé par Canalblog",
        ],
    ]),
    _page("de", "de-portal-almbrunnried-sennerei", [
        [
            "-Almbrunnrieder Bote",
        ],
        [
            "-Lokales · Landwirtschaft · Vereine · Sport · Termine",
            "-Startseite › Lokales › Almbrunnried",
        ],
        [
            "+Sennereigenossenschaft Almbrunnried investiert in neuen Käsekeller",
        ],
        [
            "-Von Kunigunde Tresterhuber · 01.12.2026, 16:20 Uhr",
            "-Lesezeit 3 Minuten",
        ],
        [
            "+Die Sennereigenossenschaft Almbrunnried baut für 1,2 Millionen Euro einen neuen Reifekeller, in dem"
            " künftig bis zu 9000 Bergkäselaibe lagern können.",
            "-Artikel teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "-Blick in den alten Käsekeller, der zu klein geworden ist.",
            "-Foto: Redaktion",
        ],
        [
            "+Die Mitgliederversammlung stimmte am Samstag mit 58 zu 4 Stimmen für das Vorhaben, das zur Hälfte aus"
            " Fördermitteln des Landes bezahlt wird.",
        ],
        [
            "+„Ohne den neuen Keller müssten wir Milch an die Großmolkerei im Tal abgeben“, sagte Vorstand Vitus"
            " Rahmsteiner.",
            "-Anzeige",
        ],
        [
            "+Das Vorhaben in Zahlen",
            "+Baukosten: 1,2 Millionen Euro",
            "+Lagerplatz für 9000 Laibe",
            "-Lesen Sie auch: Almabtrieb mit Rekordbesuch",
            "+Fertigstellung im Herbst 2027",
        ],
        [
            "+Die 31 Mitgliedsbetriebe liefern täglich rund 14.000 Liter Heumilch, die Hälfte davon im Sommer von den"
            " Almen.",
        ],
        [
            "-Der Bote-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus dem Tal – jetzt kostenlos abonnieren",
        ],
        [
            "+Der Hofladen der Sennerei bleibt während der Bauarbeiten geöffnet, der Eingang wird aber auf die"
            " Rückseite verlegt.",
            "-Schlagworte: Landwirtschaft, Käse, Genossenschaft",
        ],
        [
            "-7 Kommentare",
            "-Bergbauer_Toni: Richtige Entscheidung, der Käse ist das Beste, was wir im Tal haben.",
            "-↳ Antwort von Resi1958: Hoffentlich bleibt der Milchpreis für die kleinen Höfe fair.",
            "-Zugereister: Gibt es eine Führung durch den neuen Keller, wenn er fertig ist?",
            "-↳ Antwort der Redaktion: Die Genossenschaft plant einen Tag der offenen Tür, wir berichten.",
        ],
        [
            "-© 2026 Heimatverlag Oberes Tal GmbH",
            "-Impressum · Datenschutz · AGB · Kontakt",
            "-Nach oben",
        ],
    ]),
    _page("de", "de-blog-glaeserweisesommer-quitten", [
        [
            "-Gläserweise Sommer",
            "-Einkochen, Marmelade und Gelee aus dem eigenen Garten",
        ],
        [
            "-Start · Rezepte · Grundlagen · Über mich",
        ],
        [
            "+Quittengelee wie bei meiner Großmutter",
            "-Veröffentlicht am 20. November 2026 von Irmgard",
            "-Lesezeit: 5 Minuten",
        ],
        [
            "+Unser alter Quittenbaum hat dieses Jahr so viele Früchte getragen, dass ich drei Wochenenden lang nur"
            " Gelee gekocht habe.",
            "-Die Quitten aus unserem Garten, noch mit ihrem Flaum.",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Vorbereitung",
            "-2. Kochen und Abfüllen",
        ],
        [
            "+Quitten sind hart wie Holz und brauchen Geduld: Ich reibe den Flaum mit einem Tuch ab, schneide sie"
            " grob und koche sie mit Schale und Kerngehäuse.",
        ],
        [
            "+Meine Großmutter sagte immer: „Das Gelee ist fertig, wenn es vom Löffel in Fahnen abreißt“, und auf"
            " diese Probe verlasse ich mich bis heute.",
            "-Merk dir dieses Rezept auf Pinterest!",
        ],
        [
            "-Werbung",
        ],
        [
            "+Was ihr braucht",
            "+Zwei Kilo reife Quitten",
            "+Gelierzucker im Verhältnis 2:1",
            "+Saft einer Zitrone",
            "-Meine Quittengelees und Chutneys verkaufe ich im Advent auf dem Weihnachtsmarkt – Termine unter Märkte.",
        ],
        [
            "+Aus zwei Kilo Früchten wurden bei mir elf kleine Gläser, die kühl und dunkel gut ein Jahr halten.",
            "+Nächste Woche zeige ich euch, was ich aus dem übrig gebliebenen Quittenmus gemacht habe.",
            "-Teilen: Facebook · Pinterest · WhatsApp",
        ],
        [
            "-5 Kommentare",
            "-Hannelore: Genau so hat es meine Mutter auch gemacht, danke für die Erinnerung!",
            "-↳ Irmgard: Liebe Hannelore, das freut mich sehr, herzliche Grüße zurück.",
            "-Gartenfee: Kann man auch weniger Zucker nehmen?",
            "-Schreibe einen Kommentar",
        ],
        [
            "-« Vorheriger Beitrag | Nächster Beitrag »",
            "-Erstellt mit Jimdo",
        ],
    ]),
    _page("it", "it-portale-scioverno-seggiovia", [
        [
            "-Il Corriere di Scioverno",
        ],
        [
            "-Cronaca · Montagna · Sport · Eventi · Necrologi",
            "-Home › Cronaca › Alta valle",
        ],
        [
            "+Scioverno, la vecchia seggiovia del Dosso riapre dopo tre anni di stop",
        ],
        [
            "-di Ermenegilda Valanghetti · 4 dicembre 2026, ore 09:30",
            "-Lettura: 3 minuti",
        ],
        [
            "+Dopo tre inverni di chiusura, la seggiovia biposto del Dosso tornerà a girare sabato, grazie a una"
            " revisione generale costata 900 mila euro.",
            "-Condividi su Facebook · WhatsApp · Telegram",
        ],
        [
            "-La stazione di partenza della seggiovia durante il collaudo.",
            "-Foto: archivio del Corriere",
        ],
        [
            "+Il collaudo tecnico si è concluso martedì con esito positivo e il comune ha firmato l'autorizzazione"
            " all'esercizio per i prossimi dieci anni.",
        ],
        [
            "+«Per un paese di quattrocento abitanti la seggiovia significa lavoro per tutto l'inverno», ha detto il"
            " gestore Fulgenzio Seggiolotti.",
            "-Contenuto sponsorizzato",
        ],
        [
            "+Gli orari e le tariffe",
            "+Apertura tutti i giorni dalle 8:45 alle 16:30",
            "+Giornaliero adulti a 32 euro",
            "-Leggi anche: Neve artificiale, via libera al nuovo bacino",
            "+Ridotto per residenti e ragazzi sotto i 14 anni",
        ],
        [
            "+La società di gestione ha assunto sei nuovi addetti, quasi tutti giovani del paese e delle frazioni"
            " vicine.",
        ],
        [
            "-Iscriviti alla newsletter del Corriere: ogni mattina le notizie della valle nella tua casella di posta",
        ],
        [
            "+Resta aperto il nodo del parcheggio a valle, che nei fine settimana di punta non basta già oggi.",
            "-Argomenti: seggiovia, turismo, Scioverno",
        ],
        [
            "-9 commenti",
            "-Sciatore_anziano: Finalmente! Ci ho imparato a sciare su quella seggiovia negli anni Settanta.",
            "-↳ Risposta di Marta_B: Anch'io, speriamo che i prezzi restino accessibili.",
            "-Valligiano: E il parcheggio? Ogni domenica è il caos lungo la provinciale.",
            "-↳ Risposta della redazione: Il sindaco ha promesso una soluzione entro l'estate, seguiremo la vicenda.",
        ],
        [
            "-© 2026 Editoriale Alta Valle srl – Riproduzione riservata",
            "-Privacy · Cookie · Note legali · Contatti",
            "-Torna su",
        ],
    ]),
    _page("it", "it-blog-derivastorta-vaurien", [
        [
            "-La deriva storta",
            "-Piccole barche, grandi scuffie: diario di un velista della domenica",
        ],
        [
            "-Home · Barche · Uscite · Manutenzione · Chi sono",
        ],
        [
            "+Il mio primo inverno con un Vaurien sul lago",
            "-Pubblicato il 25 novembre 2026 da Nicolò",
            "-6 min di lettura",
        ],
        [
            "+Ho comprato il Vaurien a settembre da un circolo che rinnovava la flotta, con lo scafo in buono stato e"
            " le vele ormai stanche.",
            "-Il Vaurien sul carrello, il giorno in cui l'ho portato a casa.",
        ],
        [
            "-Indice dei contenuti",
            "-1. Le prime uscite",
            "-2. Cosa ho cambiato",
        ],
        [
            "+Le prime uscite sono state un disastro: due scuffie in un pomeriggio e un timone perso, recuperato per"
            " fortuna da un pescatore.",
        ],
        [
            "+Il vecchio istruttore del circolo mi ha detto: «Il lago d'inverno non perdona, esci solo con qualcuno"
            " che ti guardi da riva», e da allora lo faccio sempre.",
            "-Salva questo articolo su Pinterest per ricordartene",
        ],
        [
            "-Annuncio pubblicitario",
        ],
        [
            "+Le modifiche di quest'anno",
            "+Randa e fiocco nuovi in dacron",
            "+Scotte più sottili e bozzelli a sfere",
            "+Una muta da cinque millimetri per me",
            "-Vendo i miei vecchi pezzi di ricambio su Subito.it: trovi il link nella pagina Mercatino.",
        ],
        [
            "+Con le vele nuove la barca è un'altra cosa, più veloce e molto più facile da tenere dritta con le"
            " raffiche.",
            "+A primavera vorrei provare la prima regata sociale, se trovo un prodiere abbastanza paziente.",
            "-Condividi: Facebook · WhatsApp · Email",
        ],
        [
            "-6 commenti",
            "-Paola: Il Vaurien è la barca perfetta per imparare, complimenti!",
            "-↳ Nicolò: Grazie Paola, ci vediamo in acqua a primavera.",
            "-Timoniere_78: Che muta hai preso? Io d'inverno soffro sempre il freddo alle mani.",
            "-Lascia un commento",
        ],
        [
            "-← Articolo precedente | Articolo successivo →",
            "-Blog creato con Blogger",
        ],
    ]),
    _page("pl", "pl-portal-turniczany-ratownicy", [
        [
            "-Echo Turniczan",
        ],
        [
            "-Wiadomości · Góry · Sport · Kultura · Ogłoszenia",
            "-Strona główna › Wiadomości › Góry",
        ],
        [
            "+Ratownicy z Turniczan dostali nowy quad i skuter śnieżny",
        ],
        [
            "-Bożydar Żlebowiak · 30 listopada 2026, 12:05",
            "-3 min czytania",
        ],
        [
            "+Grupa ratownicza w Turniczanach otrzymała nowy quad i skuter śnieżny, kupione za pieniądze z budżetu"
            " gminy i zbiórki mieszkańców.",
            "-Udostępnij: Facebook · X · Messenger",
        ],
        [
            "-Ratownicy podczas przekazania sprzętu przed remizą.",
            "-Fot. materiały gminy",
        ],
        [
            "+Zbiórka trwała od wiosny i przyniosła ponad 180 tysięcy złotych, a resztę kwoty dołożyła rada gminy.",
        ],
        [
            "+„Do tej pory do rannych w dolinie szliśmy na nogach, teraz będziemy tam w kwadrans”, powiedziała"
            " naczelniczka grupy Wiesława Grańkowska.",
            "-Reklama",
        ],
        [
            "+Nowy sprzęt grupy",
            "+Quad z noszami i przyczepą",
            "+Skuter śnieżny z saniami ratunkowymi",
            "-Czytaj także: Lawina w żlebie, turyści bezpieczni",
            "+Nowe radiotelefony dla wszystkich ratowników",
        ],
        [
            "+W tym roku ratownicy z Turniczan interweniowali już 96 razy, najczęściej przy urazach nóg na szlaku do"
            " schroniska.",
        ],
        [
            "-Zapisz się do newslettera Echa – najważniejsze wiadomości z gminy co piątek rano",
        ],
        [
            "+Grupa szuka nowych ochotników, a najbliższy kurs pierwszej pomocy ruszy w styczniu.",
            "-Tagi: ratownictwo, góry, gmina",
        ],
        [
            "-14 komentarzy",
            "-Góral_z_doliny: Wielkie dzięki dla ratowników, to najlepiej wydane pieniądze w gminie.",
            "-↳ Odpowiedź od Ania_K: Zgadzam się, mój tata też zawdzięcza im zdrowie.",
            "-Turysta2020: Czy sprzęt będzie też dostępny dla sąsiedniej gminy?",
            "-↳ Odpowiedź redakcji: Zapytaliśmy o to grupę, odpowiedź opublikujemy w przyszłym tygodniu.",
        ],
        [
            "-© 2026 Wydawnictwo Gminne sp. z o.o. – wszelkie prawa zastrzeżone",
            "-Polityka prywatności · Regulamin · Kontakt",
            "-Do góry ↑",
        ],
    ]),
    _page("pl", "pl-blog-ciemniapodschodami-zenit", [
        [
            "-Ciemnia pod schodami",
            "-Blog o fotografii analogowej, kliszach i wywoływaniu w domu",
        ],
        [
            "-Start · Aparaty · Klisze · Ciemnia · O mnie",
        ],
        [
            "+Zenit E po dziadku: pierwsza rolka po trzydziestu latach",
            "-Opublikowano 18 listopada 2026, autor: Kuba",
            "-Czytanie zajmie ok. 6 minut",
        ],
        [
            "+Aparat leżał w szafie od śmierci dziadka, w skórzanym futerale, z obiektywem Helios i rolką filmu,"
            " której nikt nie wywołał.",
            "-Zenit E z Heliosem 44-2 na biurku, zaraz po wyjęciu z futerału.",
        ],
        [
            "-Spis treści",
            "-1. Stan aparatu",
            "-2. Wywoływanie",
        ],
        [
            "+Migawka działała, ale światłomierz selenowy był martwy, więc przez cały spacer mierzyłem światło"
            " aplikacją w telefonie.",
        ],
        [
            "+Sąsiad, który przez lata prowadził zakład fotograficzny, powiedział mi: „Na Zenicie najpierw naciągnij"
            " film, potem ustaw czas, nigdy odwrotnie”, i to uratowało migawkę.",
            "-Zapisz ten wpis na Pintereście, żeby do niego wrócić",
        ],
        [
            "-Materiał sponsorowany",
        ],
        [
            "+Czego użyłem",
            "+Film Fomapan 100 w wywoływaczu Rodinal",
            "+Koreks kupiony na targu staroci",
            "+Utrwalacz i stara łazienka bez okna",
            "-Odnowione Zenity i Smieny sprzedaję na Allegro – link do aukcji w menu bloga.",
        ],
        [
            "+Z trzydziestu sześciu klatek wyszło dwadzieścia dziewięć, a kilka z nich powiesiłem na ścianie nad"
            " biurkiem.",
            "+Na niewywołanej rolce dziadka nie było już nic poza mgłą, ale i tak ją zachowałem.",
            "-Udostępnij wpis: Facebook · Pinterest · E-mail",
        ],
        [
            "-3 komentarze",
            "-Marek: Helios 44 to świetne szkło, daje piękne rozmycie tła.",
            "-↳ Kuba: Dzięki Marek, sam jestem zaskoczony, jak ostre są te zdjęcia.",
            "-Fotoamatorka: Jakie rozcieńczenie Rodinalu polecasz na początek?",
            "-Napisz komentarz",
        ],
        [
            "-« Poprzedni wpis | Następny wpis »",
            "-Blog na platformie Blogger",
        ],
    ]),
    _page("ru", "ru-portal-masloboykino-syrovarnya", [
        [
            "-Маслобойкинский вестник",
        ],
        [
            "-Новости · Район · Хозяйство · Культура · Объявления",
            "-Главная › Хозяйство › Кооперативы",
        ],
        [
            "+Молочный кооператив в Маслобойкино открыл собственную сыроварню",
        ],
        [
            "-Аглая Творожникова, 2 декабря 2026, 11:10",
            "-Время чтения: 3 мин",
        ],
        [
            "+Сельскохозяйственный кооператив, объединяющий фермы Маслобойкино, запустил сыроварню, которая будет"
            " перерабатывать до шести тонн молока в сутки.",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "-Первые головки сыра в камере созревания.",
            "-Фото: пресс-служба кооператива",
        ],
        [
            "+Строительство заняло полтора года и обошлось в 48 миллионов рублей, из которых треть составил областной"
            " грант.",
        ],
        [
            "+«Раньше мы сдавали молоко перекупщикам почти даром, теперь сами делаем сыр и сами его продаём», —"
            " сказал председатель кооператива Пантелеймон Удойников.",
            "-Реклама",
        ],
        [
            "+Что производит сыроварня",
            "+Полутвёрдые сыры с выдержкой до полугода",
            "+Творог и сметану для местных магазинов",
            "-Читайте также: В районе открылась первая ярмарка фермеров",
            "+Сыворотку на корм телятам",
        ],
        [
            "+В кооператив входят 23 семейные фермы, и после открытия сыроварни о вступлении заявили ещё пять"
            " хозяйств.",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости района",
        ],
        [
            "+Первую партию сыра обещают выставить на продажу к новогодней ярмарке на площади.",
            "-Теги: сельское хозяйство, кооперация, сыр",
        ],
        [
            "-Комментарии (8)",
            "-Фермер_Иваныч: Молодцы, давно пора было своё производство открыть.",
            "-↳ Ответ пользователю Фермер_Иваныч от Надежда_К: А цены в магазине какие будут? Не дороже городских?",
            "-Дачник: Где можно купить сыр, кроме ярмарки?",
            "-↳ Ответ редакции: Кооператив обещает открыть фирменный магазин весной.",
        ],
        [
            "-© 2026 Редакция районной газеты. Все права защищены.",
            "-Политика конфиденциальности · Пользовательское соглашение · Контакты",
            "-Наверх",
        ],
    ]),
    _page("ru", "ru-blog-varenyenaverande-oblepikha", [
        [
            "-Варенье на веранде",
            "-Домашние заготовки, варенье и соленья из нашего сада",
        ],
        [
            "-Главная · Рецепты · Заготовки · Обо мне",
        ],
        [
            "+Облепиховое варенье без варки: мой осенний эксперимент",
            "-Опубликовано 15 ноября 2026, автор: Тамара",
            "-5 минут на чтение",
        ],
        [
            "+В этом году облепиха на даче уродилась так, что ветки ломались, и я решила попробовать заготовить её"
            " без варки, перетёртой с сахаром.",
            "-Облепиха на ветке в конце сентября.",
        ],
        [
            "-Содержание",
            "-1. Сбор ягод",
            "-2. Заготовка",
        ],
        [
            "+Собирать облепиху — отдельное испытание: я срезала веточки целиком и замораживала их, а потом ягоды"
            " легко осыпались на клеёнку.",
        ],
        [
            "+Бабушка всегда говорила: «Облепиху сахаром не испортишь, клади один к одному», и я последовала её"
            " совету.",
            "-Сохраните рецепт в закладки, чтобы не потерять",
        ],
        [
            "-Рекламный блок",
        ],
        [
            "+Что понадобится",
            "+Килограмм облепихи",
            "+Килограмм сахара",
            "+Чистые сухие банки с крышками",
            "-Мои варенья и джемы можно заказать через Авито, доставка по городу.",
        ],
        [
            "+Через две недели в холодильнике варенье расслоилось на густой оранжевый слой и сироп, и это нормально.",
            "+Зимой разведу его горячей водой — получится лучший чай от простуды.",
            "-Поделиться рецептом: ВКонтакте · WhatsApp · Telegram",
        ],
        [
            "-5 комментариев",
            "-Людмила: Делаю так же, только добавляю немного мёда.",
            "-↳ Тамара: Людмила, спасибо за идею, в следующем году попробую!",
            "-Огородница: А сколько хранится такое варенье?",
            "-Оставить комментарий",
        ],
        [
            "-← Предыдущая запись | Следующая запись →",
            "-Блог работает на WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Vimeo: This video is private or has been set to play only on approved domains.":
        "an English Vimeo restricted-video placeholder ('Vimeo: This video is private or has been set to play only on"
        " approved domains.') is left in the body",
    "Interactive Infogram chart – if it fails to appear, disable your content blocker and refresh.":
        "an English Infogram chart placeholder with its content-blocker hint ('Interactive Infogram chart – if it"
        " fails to appear, disable your content blocker and refresh.') is left in the body",
    "Dieser Apple-Podcasts-Player wird erst geladen, wenn Sie externe Medien in den Privatsphäre-Einstellungen"
    " erlauben.":
        "a German Apple Podcasts player consent placeholder ('Dieser Apple-Podcasts-Player wird erst geladen, wenn"
        " Sie externe Medien in den Privatsphäre-Einstellungen erlauben.') is left in the body",
    "Galeria zdjęć z Flickra nie została wczytana – otwórz album bezpośrednio w serwisie Flickr.":
        "a Polish Flickr gallery load failure ('Galeria zdjęć z Flickra nie została wczytana – otwórz album"
        " bezpośrednio w serwisie Flickr.') is left in the body",
    "Fair warning: this is a long one, roughly a twenty-minute read with all the rigging photos.":
        "an English sailing blog's twenty-minute long-read warning ('Fair warning: this is a long one, roughly a"
        " twenty-minute read with all the rigging photos.') is left at the head",
    "Perpetua Glenniswick is the Clarion's upland and farming reporter.":
        "an English reporter's beat line ('Perpetua Glenniswick is the Clarion's upland and farming reporter.') is"
        " left at the head",
    "De notre correspondante en montagne, Anaïs Pélerondier":
        "a French from-our-mountain-correspondent byline ('De notre correspondante en montagne, Anaïs Pélerondier')"
        " is left at the head",
    "Meine Marmeladen gibt es samstags auf dem Bauernmarkt in der Altstadt – solange der Vorrat reicht.":
        "a German jam blog's farmers'-market stall plug ('Meine Marmeladen gibt es samstags auf dem Bauernmarkt in"
        " der Altstadt – solange der Vorrat reicht.') is left at the foot",
    "Community guidelines: be kind, stay on topic and no self-promotion – read the full house rules.":
        "an English community-guidelines line of a comment section ('Community guidelines: be kind, stay on topic and"
        " no self-promotion – read the full house rules.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-soggytransom-mirror":
        "the sailing blog's Mirror post keeps its photo caption ('The boat as she arrived, on a borrowed trailer with"
        " one flat tyre.') after the first paragraph (1 of 20 noise lines)",
    "fr-blog-revelateurtiede-argentique":
        "the photography blog's darkroom post keeps its photo caption ('Ma cuve Paterson et les flacons, prêts sur le"
        " rebord de la baignoire.') after the first paragraph (1 of 20 noise lines)",
    "de-blog-glaeserweisesommer-quitten":
        "the jam blog's quince-jelly post keeps its photo caption ('Die Quitten aus unserem Garten, noch mit ihrem"
        " Flaum.') after the first paragraph (1 of 20 noise lines; its Christmas-market plug after the third list row"
        " goes since round 102)",
    "it-blog-derivastorta-vaurien":
        "the sailing blog's Vaurien post keeps its photo caption ('Il Vaurien sul carrello, il giorno in cui l'ho"
        " portato a casa.') after the first paragraph (1 of 20 noise lines)",
    "pl-blog-ciemniapodschodami-zenit":
        "the photography blog's Zenit post keeps its photo caption ('Zenit E z Heliosem 44-2 na biurku, zaraz po"
        " wyjęciu z futerału.') after the first paragraph (1 of 20 noise lines)",
    "ru-blog-varenyenaverande-oblepikha":
        "the jam blog's sea-buckthorn post keeps its photo caption ('Облепиха на ветке в конце сентября.') after the"
        " first paragraph and its Avito shop plug ('Мои варенья и джемы можно заказать через Авито, доставка по"
        " городу.') after the third list row (2 of 20 noise lines)",
}


test_held_out_134_line, test_held_out_134_line_is_kept, test_held_out_134_page = held_out_tests(
    HELD_OUT_134_LINES, HELD_OUT_134_KEEP, HELD_OUT_134_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
