"""Held-out set 196: written blind, weighted toward the noise the cleaner exists for, in shapes set 194's docstring does
not name (nor the first paragraphs of sets 191, 192 and 193): scraper, embed and ad markers (an English Podbean episode
whose feed moved or was deleted "Podbean episode could not be loaded: the podcast's feed has moved or been deleted.", an
English Datawrapper chart that failed to render, pointing to its data table "Datawrapper chart failed to render – view
the underlying data table instead.", an English Matterport virtual tour archived by its owner "The Matterport virtual
tour is no longer available: the space has been archived by its owner.", a French Instagram post whose account went
private "Cette publication Instagram n'est plus disponible : le compte est désormais privé.", a German Google Maps map
over its API-key quota "Google Maps konnte diese Karte nicht richtig laden: Das Kontingent des API-Schlüssels ist
aufgebraucht.", an Italian Vimeo video behind a password "Il video di Vimeo è protetto da password: inserisci la
password per guardarlo.", a Polish Apple Podcasts episode for subscribers only "Odcinek z Apple Podcasts nie może zostać
odtworzony – jest dostępny tylko dla subskrybentów." and a Russian Dzen video whose author forbade embedding "Видео из
Дзена не загрузилось: автор запретил встраивание на сторонних сайтах."); reading-time headers in new wordings (the
English word-count-and-minutes label "1,080 words · about a 5-minute read", a blog's heads-up line "Heads up: it's a
long post, roughly 18 minutes to get through", the French count-on label "Comptez 5 minutes de lecture", the German
read-in label "In 5 Minuten gelesen", the Italian this-article-needs line "Questo articolo richiede circa 5 minuti di
lettura", the Polish you-will-read-this-article-in line "Artykuł przeczytasz w 5 minut" and the Russian reads-in label
"Читается за 5 минут"); bylines and self-promotion (an English words-and-pictures byline "Words and pictures by Ottilie
Fernhaugh", an English two-staff-reporters byline "By Ambrose Tumbleditch and Nell Wrackmorton, Staff Reporters", a
German by-our-staff-member byline "Von unserem Redaktionsmitglied Reinhild Sauerbrunnke" and a Russian text-and-photo
byline "Текст: Евдокия Сухоборова, фото: Пётр Ольхолапов", all at the head, and at the foot an English Folksy
bug-hotel-kits plug "Spare bug-hotel kits are in my Folksy shop – postage is free within the UK.", a French Leboncoin
collodion-prints plug with Colissimo shipping "Je vends mes tirages au collodion sur Leboncoin – remise en main propre
ou envoi en Colissimo.", an Italian Subito.it herbal-tea plug with Poste Italiane shipping "Le mie miscele di tisane le
vendo su Subito.it, con spedizione tramite Poste Italiane." and a Polish OLX root-beer-kits plug with InPost shipping
"Gotowe zestawy do domowego piwa korzennego sprzedaję na OLX – wysyłka InPostem."); blog and site footers (an English
Hugo and Netlify credit "Built with Hugo · Deployed on Netlify", an English Independent Community News Network
membership line "This title is a member of the Independent Community News Network.", the English Substack footer row
"Privacy ∙ Terms ∙ Collection notice · Start writing · Get the app", a French joint-commission and ISSN line "Commission
paritaire n° 0728 C 86415 · ISSN 1765-2898", a German Jimdo footer "Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden",
an Italian Altervista hosting line "Blog ospitato gratuitamente su Altervista", a Polish home.pl hosting line with a
terms link "Hosting zapewnia home.pl · Regulamin serwisu" and a Russian age-mark, Beget and WordPress line "16+ ·
Хостинг от Beget · Работает на WordPress"); reader-comment furniture (an English replying-to row with its cancel link
"Replying to Marjorie P. – cancel reply", an English editor's-pick label "Editor's pick · Pinned comment", the English
follow-up checkbox label "Notify me of follow-up comments by email.", a French subscribers-only note "Vous devez être
abonné pour réagir à cet article.", a German shortened-by-moderation stub "Dieser Kommentar wurde von der Moderation
gekürzt.", an Italian hidden-for-external-links stub "Questo commento è stato nascosto perché contiene link esterni.", a
Polish log-in-with-Facebook prompt "Zaloguj się przez Facebooka, aby dodać komentarz." and a Russian
deleted-by-a-moderator stub "Комментарий удалён модератором за нарушение правил сайта."); share rows (a French
Facebook-WhatsApp-copy-link row "Partager : Facebook · WhatsApp · Copier le lien", a German share row with Flipboard
"Teilen auf Facebook · X · Pinterest · Flipboard" and a Russian Odnoklassniki-Telegram-WhatsApp row "Поделиться:
Одноклассники · Telegram · WhatsApp"); and notices (an English updated-with-a-response note "This article was updated at
4.15pm to include a response from the county council." and an Italian update note "Aggiornamento delle 18:30: aggiunta
la replica del sindaco.", both in the body, and a Polish title-and-lead-by-the-editors note "Tytuł, lead i śródtytuły
pochodzą od redakcji." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 194's docstring
does not describe (on the six portal pages, in nine blocks, the masthead with its tagline in one line alone in a block
of one at the very top; the section menu and a breadcrumb above the title and the reading time under it in one block of
four, the title third; the byline and the date line at the top of the first paragraph's block and a share row after the
paragraph (a block of four); the lead photo's caption and its credit at the top of the second paragraph's block, right
before it (a block of three); the paragraph with the quote at the top of a block of three with an ad label and a
sponsored headline after it; a newsletter prompt between the subheading and the first row, inside the list block (a
block of five); a read-also link at the top of the block of the two last paragraphs (a block of three); a thread of five
lines alone in a block (a comment count, a comment, a second reader's comment, the reporter's or the desk's arrowed
reply to the second and a third reader's comment); and at the foot a links row and the publisher's copyright line; on
the six blog pages, in nine blocks, the menu, the blog name and its tagline in one block of three at the very top, the
menu first; the title at the top of a block of three with the posted-on-by line (with the reading time in it) and an
affiliate-links disclosure after it; a table of contents (its heading and two numbered entries) alone in a block of
three; the first and second paragraphs in one block of three with the photo caption after the second; a related-post
link above the paragraph with the quote and a Pinterest-first share row below it (a block of three); the subheading and
the three rows with an affiliate link between the second and third rows, inside the list block (a block of five); the
two last paragraphs at the top of a block of three with the author's sign-off after them; a thread of four lines alone
in a block (a comments heading with its count, a comment, the author's arrowed reply and a second reader's arrowed
reply); and at the foot a plug for the author's workshops, sittings or wares, the author's copyright line and a
platform-and-theme credit in one block of three), taken from local news of fresh kinds (a chapel organ's bellows
releathered, leather fire buckets found in a church loft, a crossroads guidepost repainted, a snow fence put up on the
moor road, a bee wall in an old vicarage garden lived in again, a footbridge's rail replaced after a flood) and from
blogs about homemade root beer, bread from chestnut flour, tintype photographs, a tea blend from garden herbs, wood
turning of bowls and a bug hotel from pallets.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 194 but what is named here), held-out set 195 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 194 up to and including its paragraph "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 191, 192 and 193, printed with one ast script (/tmp/s196scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s196scratch/helpers.py, with
SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as its dict value. All of these were read from the worktree
/tmp/wt-s196 (at the frozen commit named below), not from /work/main (see note 2). The English fixture file itself was
not opened. The import lines and the line binding the three tests follow set 194's as printed, with 194 -> 196;
/tmp/s196scratch/gen196.py writes this file from scratch files (data196.py with the noise and keep lines, pages196.py
with the pages, doc.txt with the docstring and, after the measurement, tables196.py with the xfail tables and
baseline.txt with the Baseline paragraph). Nothing else was copied from any file of the repository. The set was measured
once against a frozen cleaner (worktree /tmp/wt-s196, detached at commit 1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, the
commit the brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and
the notes on the measurement).

Slips and notes: (1) ``date`` printed Sun Dec 6 21:03:35 UTC 2026 at the start (the brief's 50 minutes count from
there); ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, the brief's commit; both worktrees were made at that commit with ``git
worktree add`` (output to /dev/null, both exit codes 0), and /work/main was not touched afterwards. (2) A deviation from
the letter of the brief: peek.py and helpers.py read the allowed parts from /tmp/wt-s196 (tests/ and src/ on sys.path
there, the frozen commit, which is also main's HEAD) instead of /work/main; the parts read are the same ones the brief
allows. helpers.py imports test_clean, which loads the cleaner's modules, but nothing was cleaned before the measurement
and no source under src/ was printed; nothing was installed. peek.py printed set 194's docstring paragraphs (split on
blank lines) up to and including the one starting "Baseline", set 194's import lines, its tail from the line of the
module-level ``_LINE_XFAIL`` assignment node to the end, and the first paragraphs of sets 191, 192 and 193. Its first
run printed to the terminal, which the tool cut in the middle (it showed set 194's first paragraph and the start of its
notes, and the end, from inside set 192's first paragraph to the end of set 193's, all allowed parts); the second run
went to /tmp/s196scratch/peek.out (526 lines, all of them allowed parts), of which I paged lines 125 to 420 with ``sed``
(in two pieces); nothing else of any set file was printed. (3) Before writing I compared my wordings with the ones the
read docstrings name, by eye, and kept away from them: no embed service named there (Bandcamp, Issuu, Sketchfab,
Dailymotion, ARD Mediathek, RaiPlay, CDA, Rutube, Scribd, SoundCloud, TikTok, Acast, Komoot, Loom, Wistia, Mixcloud,
Glomex, Riddle, Prezi, Kinescope, Flickr, Mastodon, OpenStreetMap, 2GIS and the ones set 194's notes list) is used for a
held-out marker (Podbean, Datawrapper, Matterport, Instagram, Google Maps, Vimeo, Apple Podcasts and Dzen are), and the
failures are of other kinds (a moved feed, a chart that did not render, an archived space, a private account, a used-up
API quota, a password, subscribers only, embedding forbidden); the reading times avoid the phrasings named there; the
bylines are of new shapes (words and pictures, two staff reporters, von unserem Redaktionsmitglied, текст-и-фото); the
footers use hosts, builders and legal lines not named there (Hugo and Netlify, an ICNN membership line, the Substack
footer row, a commission paritaire and ISSN line, Jimdo, Altervista, home.pl, a 16+ mark with Beget); the plugs name
Folksy, Leboncoin, Colissimo, Subito.it, Poste Italiane, OLX and InPost, none named there; the notices are an
updated-with-a-response note, an update-time note and a title-and-lead-by-the-editors note. Page furniture (reading
times such as "Lesezeit 2 Minuten", "Czas czytania: 3 min" and "Время чтения: 2 минуты", ad labels, share rows, links
rows, copyright lines, platform credits, the Amazon, Allegro and Wildberries affiliate links) is ordinary, not held-out,
and some of it is of common kinds; for the page credits I avoided the themes named in the read docstrings and notes
(Neve, Kadence, Astra, GeneratePress, Casper, Blocksy, Hestia, OceanWP, Zakra, Sydney, Inspiro, Kubio, Colibri, Twenty
Twenty-Two to Twenty Twenty-Five). (4) Every invented name was checked with the ``find_string`` tool (exact string,
case-insensitive, over public GitHub files): Ditchcombe, Ditchcombe Magna, Lettice Crowhurst, Ashmundel, Godfrey
Ashmundel, Quarendine, Hester Quarendine, Montcrouzet, Brancassier, Odile Brancassier, Tourdeveau, Kranzelsried,
Lämmerzipf, Zwirnhöfler, Valbrugnera, Fiorella Zandonà, Scarpagnotti, Modrzewiczk (for Modrzewiczki and Modrzewiczek),
Miodoborski, Miodusiewska, Trzcinołęck (checked, then not used), Заречноборь (for Заречноборье and Заречноборья), Агафья
Трубникова, Лыкоборов, Сухоборова, Евдокия Сухоборова, Ольхолапов, The Fizzing Shed, Châtaigne têtue, Blechbild &
Kollodium, Barattolo delle Erbe, Tokarka w Stodole, Кривой Берёзы, Fernhaugh, Ottilie Fernhaugh, Tumbleditch,
Wrackmorton and Sauerbrunnke gave no hit. Dropped for hits: Wimbleford (in a list of rejected names in code),
Pillingworth (a user name in code), Lämmerhirt (real people), Zwieselhuber (a character in a text), Scarpolini (a real
author), Pałubicka (real people), Пустоваров (a real surname and a place name), Зябликов (a metro station and a word),
Quillfeather (names in test data) and Ostridge (a file name and a word). Reinhild was found as a first name and kept as
one, with the unfound surname Sauerbrunnke. Plain first names, nicknames and initials of commenters, authors and
sign-offs (Wilf, Mireille, Jonas, Bice, Marek, Степан, Marjorie P., OldBlower52, Mags_T, PeteFromTheMill, Mamie_Jo,
Gégé63, Lucette_B, Waldler_68, Resi aus Oberau, Hansi K., Gino_del_Colle, Marisa58, Tonio V., Zenek_z_Góry, Basia K.,
Ogrodniczka77, Валентина_П, Сергей Лесной, Тамара Ивановна, FizzyLiz, Brewer_Dan, Castagnou, Fanfan07, Silbermöwe,
Knipser_HH, Rosalba_62, Erborista_Gio, Stolarz_Wiesiek, Wiórek, Ольга_Дачница, Пчеловод_Михалыч) were not looked up, nor
real places (Clermont, Oberau, Steinach, Olszynka, the river Ольшанка, the Ardèche) or the chapel name Ebenezer Chapel.
Real services, companies and bodies (Podbean, Datawrapper, Matterport, Instagram, Google Maps, Vimeo, Apple Podcasts,
Dzen, Folksy, Leboncoin, Colissimo, Subito.it, Poste Italiane, OLX, InPost, Hugo, Netlify, the Independent Community
News Network, Substack, Jimdo, Altervista, home.pl, Beget, WordPress and the Hemingway, Sela, Sinatra, Twenty
Twenty-One, Twenty Seventeen and Twenty Twenty themes, Facebook, X, WhatsApp, Pinterest, Flipboard, Messenger, Telegram,
VK, Odnoklassniki, Amazon, Allegro, Wildberries, the Environment Agency, the Pro Loco) are named as real pages name
them. (5) /tmp/s196scratch/check.py checked, case-insensitively, that no noise line (the 45 lines and the 240 page noise
lines) is inside any article line, keep line or other noise line, that no line repeats and that no line has an at-sign;
the counts of blocks, article and noise lines per page and of categories, languages, categories per language, places and
keep lines were printed from the scratch data. Its first run found eight cases: the six blog names inside the blogs'
copyright lines, the French ad label "Publicité" inside the French keep line "La publicité pour la fête du pain..." and
the Italian ad label "Pubblicità" inside the Italian keep line "La pubblicità della sagra..."; the copyright lines were
rewritten to name the author instead of the blog and the two ad labels became "Annonce publicitaire" and "Spazio
pubblicitario", and the second run found none. While writing I had already kept the ad labels out of the links rows (the
English one says "Advertise with us", not "Advertisement", the Russian one "Рекламодателям"). gen196.py asserts no line
of this file is over 120 columns, none has an at-sign and the docstring has no backslash, and roundtrip.py (the lists
and the pages of the written file, imported, compared with the scratch data through ``page_from_blocks``) gave back the
scratch data. (6) The file measured was this one with the three xfail tables empty and without the Baseline paragraph
and notes (6) and (7); it was copied to /tmp/wt-s196/tests and the brief's one shell call was run once, at 21:09:27 UTC
by ``date``. Then /tmp/s196scratch/problems.py (importing the copy in /tmp/wt-s196/tests with /tmp/wt-s196/src on the
path) printed ``_problems`` of every failing case, and the 20 failing cases (9 noise lines and 11 pages) were entered as
strict xfails (tables196.py); problems.py was run a second time, after the measurement, to save its output to
problems.out, against which a small script checked that every kept or lost line it names is quoted in the page's reason.
After the measurement only the xfail tables and this docstring (the Baseline paragraph and these notes) changed;
gen196.py rewrote the file from the same data196.py and pages196.py, and roundtrip.py checked that the lists and pages
are unchanged. (7) Clock: started 21:03:35 UTC, measured 21:09:27 UTC, the xfail tables and the Baseline written by
about 21:12 UTC, well inside the brief's 50 minutes (the clock of this machine is what ``date`` printed).

Judgement calls: the keep lines are article sentences: each reports a fact of local news with a subject, a verb and a
detail (residents' comments read into the minutes before a footpath vote, two parishes sharing the cost of lamp posts,
follow-up inspections of a weir, subscribers to an allotment seed scheme collecting packets, the copyright in old mill
photographs held by the miller's family, advertising on a parish noticeboard paying for a playground, schoolchildren
reading the names on a war memorial, sharing a coach's cost with a neighbouring commune, following the works on a
footbridge as a pastime, the publicity for a bread festival done with posters, residents' comments on a cycle path
discussed in committee, two clubs sharing a tractor, subscribers of the local paper giving for a bell, sharing premises
with a band, season-ticket holders of a theatre choosing seats, the publicity of a village feast given to pupils,
residents' comments on a bus stop, watching a bridge being built from a viewing terrace, beekeepers come to share their
experience, residents discussing the head of the settlement's comments on the budget); none of them is share, subscribe,
follow, comment, ad, reading-time or copyright furniture ("Follow-up" in the English head line is the inspections' being
repeated, "Reading" in the English tail line is the children's reading aloud, "Suivre" in the French body line and
"Obserwować" in the Polish tail line are watching works, not a follow button, and "Поделиться опытом" in the Russian
body line is sharing experience at a meeting, not a share row). Categories: the eight embed lines are markers (each
stands where an embed of the page did not come through; the moved feed, the failed chart, the archived tour, the private
account, the used-up quota, the password, the subscribers-only episode and the forbidden embedding are the embed's
failure, not notices about the article); the heads-up line is a reading time (it gives the length in minutes); the
words-and-pictures, two-staff-reporters, Redaktionsmitglied and текст-и-фото lines are bylines at the head, and the
Folksy, Leboncoin, Subito.it and OLX lines are bylines (self-promotion) at the foot (each sells the author's wares); the
Hugo and Netlify credit, the ICNN membership line, the Substack row, the commission paritaire line, the Jimdo,
Altervista and home.pl lines and the 16+ and Beget line are footers (printed on every page of a site, not about the
article; the ICNN line is a member badge of the title, not of the story); the replying-to row, the editor's-pick label,
the follow-up checkbox label (it offers e-mail about replies, so comment furniture, not a newsletter prompt), the
subscribers-only note, the shortened stub, the hidden stub, the Facebook log-in prompt and the deleted stub are comment
furniture; the French, German and Russian rows are share rows; the English updated note and the Italian update note are
notices in the body (both speak of the article they sit in), and the Polish title-and-lead note is a notice at the foot
(it speaks of this article's headings; not a footer, since it is printed under this article only). On every page the
title, the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and
the two last paragraphs are article; everything else (mastheads with taglines, menus, breadcrumbs, reading times,
bylines, date lines, share rows, captions and credits, ad labels, sponsored headlines, newsletter prompts, read-also
links, comment counts, comments and replies, links rows, copyright lines, blog names and taglines, posted-on lines,
affiliate disclosures and links, tables of contents, related-post links, sign-offs, plugs and platform credits) is
noise. The list rows (how the bellows were mended, what the commune plans for the buckets, how the guidepost was done,
how the snow fence was built, what was done to the bee wall and the footbridge, and what went into the root beer, the
chestnut loaf, a tintype plate, the tea blend, a turned bowl and the bug hotel) are short but part of each article, so
article; the portals' newsletter prompts are noise though they sit between the subheading and the first list row; the
portals' share rows are noise though they close the first paragraph's block; the portals' read-also links are noise
though they open the block of the two last paragraphs; the blogs' affiliate links name a tool the author used but are
shop links, so noise though they sit between the second and third list rows; the blogs' photo captions are noise though
they close the block of the first two paragraphs; the related-post links are noise though they open the quote's block;
the plugs ("I run root beer and ginger beer workshops in the shed – dates are on the Workshops page." and the like)
speak in the author's voice but sell or advertise, so noise; the sign-offs ("Cheers, Wilf" and the like) close the post
in the author's voice but are a signature, so noise; the arrowed replies in the threads are comment furniture, so noise;
the bare bylines "Par Odile Brancassier", "di Fiorella Zandonà", "Autorka: Jadwiga Miodusiewska" and "Автор: Агафья
Трубникова" are portal furniture.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in French, German and Russian and notice in English, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: English and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-ditchcombe-organ-bellows (a chapel
organ played again after its bellows were releathered), en-blog-fizzing-shed-root-beer (a third batch of homemade root
beer, from sarsaparilla and birch bark), fr-portail-montcrouzet-seaux-cuir (twelve eighteenth-century leather fire
buckets found in a church loft), fr-blog-chataigne-tetue-pain (a sourdough loaf from chestnut and rye flour),
de-portal-kranzelsried-wegweiser (a cast-iron guidepost at a crossroads derusted and repainted),
de-blog-blechbild-ferrotypie (the first tintypes from a darkened garden shed), it-portale-valbrugnera-paraneve (a larch
snow fence put up on the moor road), it-blog-barattolo-erbe-tisana (an evening tea blend from the garden's herbs),
pl-portal-modrzewiczki-sciana-pszczela (the bee wall of an old vicarage garden repaired and lived in again),
pl-blog-tokarka-w-stodole-miski (first bowls turned from cherry wood), ru-portal-zarechnoborye-mostik (a footbridge's
rails replaced after a spring flood) and ru-blog-dacha-krivoy-beryozy-domik (a bug hotel from three old pallets), each
with a reader comment thread.

Baseline (2026-12-06, cleaner at commit 1e8cdb0d3a6603f92d9951d2e525d396c7b75f3e, measured with ``cd /tmp/wt-s196 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s196/src python -m pytest -q tests/test_clean_held_out_196.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s196 && PYTHONPATH=/tmp/wt-s196/src python
scripts/clean_held_out_report.py --sets 196``, with the xfail tables empty, at 21:09:27 UTC by ``date``): noise lines
removed 36/45 (reading-time 6/7, byline 8/8, marker 4/8, notice 1/3, footer 8/8, comments 6/8, share 3/3; the 9 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: one reading time at the head (the English blog's heads-up
line), four markers in the body (the English Datawrapper and Matterport lines, the German Google Maps line and the
Russian Dzen line), one notice in the body (the English updated-with-a-response note), two comment lines at the foot
(the German shortened-by-moderation stub and the Italian hidden-for-external-links stub) and one notice at the foot (the
Polish title-and-lead note); the English Podbean, French Instagram, Italian Vimeo and Polish Apple Podcasts markers, the
other six reading times, all four bylines at the head and all four plugs at the foot, all eight footers, the other six
comment lines, every share row and the Italian update note went); keep lines kept 20/20; pages 1/12 clean, 30 of 240
page noise lines left and 1 of 120 article lines lost. Clean: the German guidepost portal page. Left: on the English
organ-bellows portal page four lines of the comment thread (three comments and the reporter's arrowed reply; the count
went) (4); on the French fire-buckets portal page the share row after the first paragraph ("Facebook · X · Imprimer"),
the ad label after the quote ("Annonce publicitaire") and four lines of the thread (three comments and the arrowed
reply) (6); on the Italian snow-fence and the Russian footbridge portal pages three lines of the thread (the first two
comments and the arrowed reply; the count and the third comment went) (3 each); on the English root-beer, French
chestnut-bread, German tintype and Polish bowl-turning blogs the tagline in the top block and the photo caption after
the second paragraph (2 each); on the Italian herb-tea and Russian bug-hotel blogs the blog name, the tagline and the
photo caption (3 each). Lost: the Polish bee-wall portal page loses its first paragraph ("W murze ogrodu starej plebanii
w Modrzewiczkach pszczoły znów zajęły wnęki, w których przed wojną stały ule.", in its block of four between the byline
and the date line above it and the share row after it) and keeps none of its noise; no other page and no keep line loses
an article line. The failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s196
gave 57 passed, 20 xfailed, no XPASS.

Measured after round 128 (developed on sets 193 and 194 from 1e8cdb0, the same cleaner this set was written against;
measured on it blind by the lead with test_clean._problems of every case before and after, the round with the lead's
mends 7d1cff4 and 7bfeba5): nothing moved. Round 128's masthead and blog-head readings do not reach this set's blogs
(the menu, the name and the tagline fill the top block, over the title's block with the posted-on line under the
title), the four portal threads of handle-named comments and the newsroom's arrowed reply stay, and the Polish portal
still loses its first paragraph.
Noise lines 36 of 45, keep 20 of 20, pages clean 1 of 12, page noise lines left 30 of 240, article lines lost 1 of 120.

Round 129 (development; this set was read in full from this round on): the Polish bee-wall portal's first paragraph
comes back. The cleaner's reasons (scripts/explain_noise.py) showed it taken as "photo caption" by
page_blocks._mark_head_block_rows: between the byline's and date's rows and the share row, it read as a bare caption (no
finite verb FINITE_VERB knows in the Polish past tense). A clause of place after a head of more than eight words now
closes the article's sentence, not a picture's noun phrase (page_blocks._closes_long_sentence in _is_bare_caption_text,
round 85's reading of _CAPTION_RELATIVE and _CAPTION_HEAD_MAX_WORDS); a short head with its clause ("Le pont de la
Loire, où passaient les trams.") stays a caption's shape. The four portal threads go under their counts: the newsroom's
arrowed reply may carry its desk in brackets before the colon ("↳ Lettice Crowhurst (Echo): ...", "↳ Агафья Трубникова
(редакция): ...", comment_threads._REPLIER_DESK in _REPLIER_AND_WORDS), so the thread's marker is found and every
comment under the count goes. The blogs' names and taglines go: the posted-on line signed with a first name may end on
the reading time after a middle dot ("Posted on 8 March 2026 by Wilf · 6 min read", page_blocks._FIRST_NAME_SIGNATURE),
the line the page head took counts as the posted-on line (page_blocks._is_posted_line: the German blog's), and the menu
alone taken over the name and tagline left in the top block of three reads as round 126's head (the Italian and Russian
blogs). The French portal's share row ("Facebook · X · Imprimer": a share bar's print, mail and copy-link buttons in the
page's language, whole_line_noise) and ad label ("Annonce publicitaire": the label in the singular) go. Other sets: set
195 (see its Round 129 paragraph). All sets (scripts/clean_held_out_report.py): noise lines removed 7657 -> 7657 of
8491, article lines kept 3767 -> 3767 of 3767, paragraphs lost 3 -> 2, pages clean 1276 -> 1282 of 2230, page noise
lines left 1876 -> 1844 of 46320; no set's kept lines drop and no set's lost paragraphs rise (sets 119, 152 and 155 each
lose one noise line more: the German blogs' "Trag dich ... ein" newsletter prompts, reasons reworded). SemEval: 0
changed files of 3723. Bench: ratio_to_baseline 1.13 on a loaded machine (cpu best 5.943 s against 5.243 s at 485f1db;
the lead's run on an idle machine: 0.89, 4.927 s against 5.538 s). This set: noise lines 36 of 45 (unchanged:
reading-time 6/7, byline 8/8, marker 4/8, notice 1/3, footer 8/8, comments 6/8, share 3/3), keep 20 of 20, pages clean 1
-> 6 of 12, page noise lines left 30 -> 6 of 240, article lines lost 1 -> 0 of 120. Pytest (the cleaning test set): the
lead's note: the round's single run did not end inside the deadline; it had passed all of tests/test_clean.py and about
19,000 tests with no failure, and a second run of the other files gave 13,057 passed, 1,805 xfailed; the lead's run on
the integrated branch with sets 197 and 198 (at e88285a) gave 23,656 passed, 1,846 xfailed. xfails removed: the
English, French, Italian, Polish and Russian portal pages; reasons reworded: the six blogs (each now keeps only its
photo caption). Still missed: the six photo captions after the second paragraph (session 45's measure: not taken from
shape alone) and the nine line xfails (the heads-up reading time, the Datawrapper, Matterport, Google Maps and Dzen
markers, the English updated-with-a-response note, the German shortened and Italian hidden comment stubs and the Polish
title-and-lead note).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_196_LINES: list[tuple[str, str, str]] = [
    ('head', '1,080 words · about a 5-minute read', 'reading-time'),
    ('head', "Heads up: it's a long post, roughly 18 minutes to get through", 'reading-time'),
    ('head', 'Comptez 5 minutes de lecture', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Questo articolo richiede circa 5 minuti di lettura', 'reading-time'),
    ('head', 'Artykuł przeczytasz w 5 minut', 'reading-time'),
    ('head', 'Читается за 5 минут', 'reading-time'),
    ('head', 'Words and pictures by Ottilie Fernhaugh', 'byline'),
    ('head', 'By Ambrose Tumbleditch and Nell Wrackmorton, Staff Reporters', 'byline'),
    ('head', 'Von unserem Redaktionsmitglied Reinhild Sauerbrunnke', 'byline'),
    ('head', 'Текст: Евдокия Сухоборова, фото: Пётр Ольхолапов', 'byline'),
    ('body', "Podbean episode could not be loaded: the podcast's feed has moved or been deleted.", 'marker'),
    ('body', 'Datawrapper chart failed to render – view the underlying data table instead.', 'marker'),
    ('body', 'The Matterport virtual tour is no longer available: the space has been archived by its owner.', 'marker'),
    ('body', "Cette publication Instagram n'est plus disponible : le compte est désormais privé.", 'marker'),
    ('body',
     'Google Maps konnte diese Karte nicht richtig laden: Das Kontingent des API-Schlüssels ist aufgebraucht.',
     'marker'),
    ('body', 'Il video di Vimeo è protetto da password: inserisci la password per guardarlo.', 'marker'),
    ('body', 'Odcinek z Apple Podcasts nie może zostać odtworzony – jest dostępny tylko dla subskrybentów.', 'marker'),
    ('body', 'Видео из Дзена не загрузилось: автор запретил встраивание на сторонних сайтах.', 'marker'),
    ('body', 'This article was updated at 4.15pm to include a response from the county council.', 'notice'),
    ('body', 'Aggiornamento delle 18:30: aggiunta la replica del sindaco.', 'notice'),
    ('tail', 'Spare bug-hotel kits are in my Folksy shop – postage is free within the UK.', 'byline'),
    ('tail',
     'Je vends mes tirages au collodion sur Leboncoin – remise en main propre ou envoi en Colissimo.',
     'byline'),
    ('tail', 'Le mie miscele di tisane le vendo su Subito.it, con spedizione tramite Poste Italiane.', 'byline'),
    ('tail', 'Gotowe zestawy do domowego piwa korzennego sprzedaję na OLX – wysyłka InPostem.', 'byline'),
    ('tail', 'Built with Hugo · Deployed on Netlify', 'footer'),
    ('tail', 'This title is a member of the Independent Community News Network.', 'footer'),
    ('tail', 'Privacy ∙ Terms ∙ Collection notice · Start writing · Get the app', 'footer'),
    ('tail', 'Commission paritaire n° 0728 C 86415 · ISSN 1765-2898', 'footer'),
    ('tail', 'Erstellt mit Jimdo · Cookie-Richtlinie · Anmelden', 'footer'),
    ('tail', 'Blog ospitato gratuitamente su Altervista', 'footer'),
    ('tail', 'Hosting zapewnia home.pl · Regulamin serwisu', 'footer'),
    ('tail', '16+ · Хостинг от Beget · Работает на WordPress', 'footer'),
    ('tail', 'Replying to Marjorie P. – cancel reply', 'comments'),
    ('tail', "Editor's pick · Pinned comment", 'comments'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Vous devez être abonné pour réagir à cet article.', 'comments'),
    ('tail', 'Dieser Kommentar wurde von der Moderation gekürzt.', 'comments'),
    ('tail', 'Questo commento è stato nascosto perché contiene link esterni.', 'comments'),
    ('tail', 'Zaloguj się przez Facebooka, aby dodać komentarz.', 'comments'),
    ('tail', 'Комментарий удалён модератором за нарушение правил сайта.', 'comments'),
    ('tail', 'Partager : Facebook · WhatsApp · Copier le lien', 'share'),
    ('tail', 'Teilen auf Facebook · X · Pinterest · Flipboard', 'share'),
    ('tail', 'Поделиться: Одноклассники · Telegram · WhatsApp', 'share'),
    ('tail', 'Tytuł, lead i śródtytuły pochodzą od redakcji.', 'notice'),
]

HELD_OUT_196_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments from more than two hundred residents were read into the minutes before the vote on the footpath.'),
    ('head', 'Sharing the cost of the new lamp posts, the two parishes will each pay half over three years.'),
    ('head', 'Follow-up inspections of the weir are planned for every spring until 2030, the Environment Agency said.'),
    ('head', "Partager les frais du car avec la commune voisine a permis d'emmener quarante élèves au festival."),
    ('head', 'Kommentare der Anwohner zum neuen Radweg wurden im Bauausschuss ausführlich besprochen.'),
    ('head', "Condividere la sede con la banda musicale ha permesso alla Pro Loco di risparmiare sull'affitto."),
    ('head', 'Komentarze mieszkańców w sprawie nowego przystanku zebrano podczas zebrania wiejskiego.'),
    ('body',
     "Subscribers to the allotment society's seed scheme will get their packets at the village hall on Saturday."),
    ('body', 'Suivre le chantier de la passerelle est devenu un rendez-vous pour les retraités du village.'),
    ('body', 'Teilen wollen sich die beiden Vereine künftig auch den Traktor und den Anhänger.'),
    ('body', 'Gli abbonati al teatro comunale potranno scegliere i posti a partire da lunedì.'),
    ('body', 'Поделиться опытом с соседями приехали пчеловоды из трёх районов.'),
    ('tail',
     'Copyright in the old photographs of the mill belongs to the family of the miller, who lent them to the museum.'),
    ('tail',
     ('Advertising on the parish noticeboard will now cost five pounds a month, with the money going to the '
      'playground.')),
    ('tail', 'Reading the names on the war memorial aloud took the schoolchildren almost half an hour.'),
    ('tail', 'La publicité pour la fête du pain se fera cette année par des affiches dans les commerces.'),
    ('tail', 'Abonnenten der Lokalzeitung hatten für die neue Glocke fast 3000 Euro gespendet.'),
    ('tail', "La pubblicità della sagra sarà affidata quest'anno ai ragazzi della scuola media."),
    ('tail', 'Obserwować budowę mostu mogą mieszkańcy z tarasu widokowego przy kościele.'),
    ('tail', 'Комментарии главы поселения о бюджете жители обсуждали на сходе до позднего вечера.'),
]

HELD_OUT_196_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-ditchcombe-organ-bellows', [
        [
            '-Ditchcombe Echo – News from the Ditch valley since 1884',
        ],
        [
            "-Home | News | Sport | What's On | Obituaries | Contact",
            '-Home › News › Villages',
            '+Chapel organ breathes again after its bellows are releathered',
            '-3 min read',
        ],
        [
            '-By Lettice Crowhurst',
            '-Tuesday 10 March 2026, 7:05 am',
            ('+The organ at the Ebenezer Chapel in Ditchcombe Magna has been played again for the first time in '
             'four years after its bellows were repaired.'),
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Godfrey Ashmundel fits the new leather gussets to the wind reservoir.',
            '-Photo: Ditchcombe Echo',
            ('+The reservoir had split along its old leather seams, and the instrument could only manage a wheeze '
             'on its lowest pipes.'),
        ],
        [
            ('+Organist Hester Quarendine said: "The first chord after four years made half the congregation cry, '
             'and me too."'),
            '-Advertisement',
            '-Sponsored: Compare funeral plans from trusted local providers',
        ],
        [
            '+How the work was done',
            "-Get the Echo's morning briefing in your inbox – sign up free",
            '+The bellows were taken apart on the chapel floor and every board was numbered.',
            '+Sheepskin for the new gussets came from a tannery in the next county.',
            '+The feeder pedal was rebuilt so the organ can still be blown by hand in a power cut.',
        ],
        [
            '-Read more: Village shop saved by community share offer',
            '+The repair cost £6,400, most of it raised at coffee mornings and a sponsored hymn-a-thon.',
            '+A reopening recital is planned for Easter Sunday afternoon, and everyone is welcome.',
        ],
        [
            '-4 comments',
            '-OldBlower52: My grandad pumped that organ by hand as a boy in the 1930s.',
            "-Mags_T: Lovely news. Will the recital be recorded for those who can't get there?",
            '-↳ Lettice Crowhurst (Echo): Yes, the chapel plans to put a recording online after Easter.',
            '-PeteFromTheMill: Well done to everyone who baked for the coffee mornings.',
        ],
        [
            '-About us | Advertise with us | Terms | Privacy | Cookie settings',
            '-© 2026 Ditchcombe Echo Ltd. All rights reserved.',
        ],
    ]),
    _page('en', 'en-blog-fizzing-shed-root-beer', [
        [
            '-Home · Recipes · Kit · About · Contact',
            '-The Fizzing Shed',
            '-Small-batch sodas and brews from a garden shed',
        ],
        [
            '+Homemade root beer, take three: sassafras-free and properly fizzy',
            '-Posted on 8 March 2026 by Wilf · 6 min read',
            '-This post contains affiliate links; I may earn a small commission at no extra cost to you.',
        ],
        [
            '-In this post',
            '-1. The roots and barks',
            '-2. Bottling and carbonation',
        ],
        [
            '+My first two batches of root beer tasted like cough syrup, so this time I started again from the roots.',
            ('+Since real sassafras is hard to get here, I used sarsaparilla root, birch bark, wintergreen and a '
             'vanilla pod.'),
            '-The spice mix weighed out on the kitchen scales.',
        ],
        [
            '-You might also like: Ginger beer plant, six months on',
            '+My neighbour tasted the first bottle and said: "That\'s the stuff we drank at the fair as kids."',
            '-Share this: Pinterest · Facebook · Email',
        ],
        [
            '+What went into the pot',
            '+Forty grams of sarsaparilla root and twenty of birch bark, simmered for half an hour.',
            '+Half a kilo of dark brown sugar and a spoon of molasses.',
            '-I use this stainless stockpot: see it on Amazon',
            '+A pinch of champagne yeast once the wort had cooled.',
        ],
        [
            '+After two days in swing-top bottles the root beer was fizzy enough to go in the fridge.',
            '+Next time I want to try a batch with dandelion root for a more bitter edge.',
            '-Cheers, Wilf',
        ],
        [
            '-3 thoughts on “Homemade root beer, take three”',
            '-FizzyLiz: Did you get any bottle bombs with the swing-tops?',
            '-↳ Wilf: None this time – two days at room temperature and then straight into the fridge.',
            '-↳ Brewer_Dan: Same here, swing-tops are much safer than crown caps for sodas.',
        ],
        [
            '-I run root beer and ginger beer workshops in the shed – dates are on the Workshops page.',
            '-© 2026 Wilf – words and photos are my own, please ask before reusing them.',
            '-Proudly powered by WordPress | Theme: Hemingway by Anders Norén',
        ],
    ]),
    _page('fr', 'fr-portail-montcrouzet-seaux-cuir', [
        [
            "-Le Réveil de Montcrouzet · L'actualité du canton, chaque jour",
        ],
        [
            '-Accueil | Actualités | Sports | Agenda | Nécrologie | Contact',
            '-Accueil > Actualités > Patrimoine',
            "+Des seaux à incendie en cuir retrouvés dans les combles de l'église",
            '-Lecture : 3 min',
        ],
        [
            '-Par Odile Brancassier',
            '-Publié le 12 mars 2026 à 6h45',
            ("+En inspectant la charpente de l'église Saint-Géraud, des bénévoles ont découvert douze seaux à "
             'incendie en cuir du XVIIIe siècle.'),
            '-Facebook · X · Imprimer',
        ],
        [
            '-Les seaux alignés sur le parvis, après leur descente des combles.',
            '-Photo : Le Réveil de Montcrouzet',
            ("+Les seaux portaient encore les initiales de la paroisse peintes en blanc, et deux d'entre eux "
             "gardaient leur anse d'origine."),
        ],
        [
            ('+Le sacristain Marcel Tourdeveau raconte : « Nous pensions trouver des pigeons, pas un morceau de '
             "l'histoire du village. »"),
            '-Annonce publicitaire',
            '-Contenu sponsorisé : Les mutuelles seniors les moins chères de 2026',
        ],
        [
            '+Ce que prévoit la commune',
            "-Recevez notre lettre d'information chaque matin : inscrivez-vous gratuitement",
            '+Les seaux seront nettoyés et nourris à la cire par un restaurateur de Clermont.',
            "+Six d'entre eux seront exposés dans la chapelle latérale.",
            '+Les autres rejoindront la réserve du musée départemental.',
        ],
        [
            '-À lire aussi : La fontaine du lavoir coule de nouveau',
            "+Selon les archives, la paroisse avait acheté ces seaux après l'incendie d'une grange voisine en 1774.",
            '+Une visite commentée des combles sera proposée lors des Journées du patrimoine.',
        ],
        [
            '-4 commentaires',
            "-Mamie_Jo : Mon père disait toujours qu'il y avait des trésors là-haut !",
            '-Gégé63 : Pourquoi ne pas tous les exposer ?',
            '-↳ Odile Brancassier (rédaction) : La chapelle est trop petite, mais ils tourneront chaque année.',
            '-Lucette_B : Bravo aux bénévoles, la charpente leur doit beaucoup.',
        ],
        [
            '-Mentions légales | Annoncer chez nous | Nous contacter | Gestion des cookies',
            '-© 2026 Le Réveil de Montcrouzet – Tous droits réservés',
        ],
    ]),
    _page('fr', 'fr-blog-chataigne-tetue-pain', [
        [
            '-Accueil · Recettes · Farines · À propos · Contact',
            '-La Châtaigne têtue',
            '-Pains, farines et bricolages de cuisine en Ardèche',
        ],
        [
            '+Mon pain à la farine de châtaigne, enfin bien levé',
            '-Publié le 9 mars 2026 par Mireille · 5 min de lecture',
            ('-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite '
             'commission.'),
        ],
        [
            '-Sommaire',
            '-1. Choisir la farine',
            '-2. La levée',
        ],
        [
            ('+La farine de châtaigne ne contient pas de gluten, alors mes premiers pains sont sortis du four '
             'comme des briques.'),
            "+J'ai fini par la mélanger avec un tiers de farine de seigle et un levain bien actif.",
            '-La miche refroidit sur la grille, la croûte bien craquelée.',
        ],
        [
            '-À lire aussi : Ma confiture de châtaignes sans vanille',
            ("+Ma voisine a goûté une tranche et m'a dit : « On dirait le pain que faisait ma grand-mère à la "
             'Toussaint. »'),
            '-Partager : Pinterest · Facebook · E-mail',
        ],
        [
            "+Ce qu'il faut pour une miche",
            '+Trois cents grammes de farine de châtaigne et cent cinquante de seigle.',
            '+Deux cents grammes de levain nourri la veille.',
            '-Mon banneton en rotin : voir le prix sur Amazon',
            '+Une cuillère de miel de châtaignier pour la croûte.',
        ],
        [
            '+Il faut compter cinq heures de levée dans une pièce tiède, puis quarante minutes de cuisson.',
            '+Le pain se garde bien trois jours dans un torchon.',
            '-À bientôt, Mireille',
        ],
        [
            '-3 commentaires',
            '-Castagnou : Et avec de la farine de sarrasin à la place du seigle ?',
            "-↳ Mireille : Je n'ai pas essayé, mais la mie serait sans doute plus dense.",
            "-↳ Fanfan07 : J'ai testé, c'est bon mais très compact !",
        ],
        [
            '-Je donne des ateliers pain au levain chez moi un samedi par mois : écrivez-moi via la page Contact.',
            '-© 2026 Mireille – textes et photos protégés, merci de demander avant de les reprendre.',
            '-Propulsé par WordPress · Thème : Sela',
        ],
    ]),
    _page('de', 'de-portal-kranzelsried-wegweiser', [
        [
            '-Kranzelsrieder Bote – Heimatzeitung für das obere Tal',
        ],
        [
            '-Startseite | Lokales | Sport | Vereine | Termine | Kontakt',
            '-Startseite › Lokales › Kranzelsried',
            '+Alter Wegweiser an der Kreuzung frisch gestrichen',
            '-Lesezeit 2 Minuten',
        ],
        [
            '-Von Brigitte Lämmerzipf',
            '-11.03.2026, 17:30 Uhr',
            ('+Der gusseiserne Wegweiser an der Kreuzung vor dem Gasthaus Linde zeigt wieder gut lesbar nach '
             'Oberau, Steinach und zur Mühle.'),
            '-Teilen: Facebook · WhatsApp · E-Mail',
        ],
        [
            '-Ottmar Zwirnhöfler beim Ausbessern der Schrift am Arm nach Steinach.',
            '-Foto: Brigitte Lämmerzipf',
            '+Rost hatte die Arme angegriffen, und die weißen Buchstaben waren kaum noch zu erkennen.',
        ],
        [
            ('+Malermeister Ottmar Zwirnhöfler sagt: „Jeder Buchstabe ist mit dem Pinsel gemalt, eine Schablone '
             'kam nicht in Frage.“'),
            '-Anzeige',
            '-Gesponsert: Jetzt Heizkosten sparen mit einer neuen Wärmepumpe',
        ],
        [
            '+Was gemacht wurde',
            '-Newsletter: Die wichtigsten Nachrichten aus dem Tal jeden Morgen kostenlos',
            '+Die Arme wurden abgeschraubt und in der Werkstatt entrostet.',
            '+Der Pfosten bekam zwei Schichten Rostschutz und einen grünen Anstrich.',
            '+Die Schrift wurde nach einem Foto von 1936 neu aufgemalt.',
        ],
        [
            '-Auch interessant: Neue Bank am Kapellenweg aufgestellt',
            '+Die Kosten von rund 900 Euro trägt der Verschönerungsverein.',
            '+Als Nächstes soll der Wegweiser am Friedhof an die Reihe kommen.',
        ],
        [
            '-4 Kommentare',
            '-Waldler_68: Endlich, den konnte man ja gar nicht mehr lesen.',
            '-Resi aus Oberau: Stimmt die Entfernung nach Steinach eigentlich noch?',
            '-↳ Redaktion: Die Kilometer wurden nicht geändert, sie stehen so seit 1936 darauf.',
            '-Hansi K.: Schöne Arbeit, danke an den Verein!',
        ],
        [
            '-Impressum | Datenschutz | Kontakt | Mediadaten',
            '-© 2026 Kranzelsrieder Bote',
        ],
    ]),
    _page('de', 'de-blog-blechbild-ferrotypie', [
        [
            '-Start · Anleitungen · Galerie · Über mich · Kontakt',
            '-Blechbild & Kollodium',
            '-Nasses Kollodium im Gartenhaus',
        ],
        [
            '+Meine ersten Ferrotypien: Bilder auf schwarzem Blech',
            '-Veröffentlicht am 7. März 2026 von Jonas · 6 Min. Lesezeit',
            '-Dieser Beitrag enthält Affiliate-Links. Wenn du darüber kaufst, bekomme ich eine kleine Provision.',
        ],
        [
            '-Inhaltsverzeichnis',
            '-1. Die Platten',
            '-2. Entwickeln im Dunkelzelt',
        ],
        [
            '+Seit Jahren wollte ich Fotos machen wie im 19. Jahrhundert, direkt auf Blech und ohne Negativ.',
            ('+Im Winter habe ich das Gartenhaus verdunkelt und mir eine alte Balgenkamera für Platten im Format '
             '13 x 18 gekauft.'),
            '-Die erste gelungene Platte, noch nass vom Fixierbad.',
        ],
        [
            '-Das könnte dich auch interessieren: Eine Lochkamera aus einer Keksdose',
            ('+Mein Vater saß Modell und meinte nach acht Sekunden Belichtung: „So still habe ich seit der '
             'Bundeswehr nicht mehr gesessen.“'),
            '-Teilen: Pinterest · Facebook · WhatsApp',
        ],
        [
            '+So entsteht eine Platte',
            '+Das Blech wird mit Kollodium begossen und im Silberbad lichtempfindlich gemacht.',
            '+Noch nass kommt die Platte in die Kamera und wird belichtet.',
            '-Mein Dunkelzelt findest du hier bei Amazon',
            '+Im Dunkelzelt wird sie entwickelt und danach fixiert und lackiert.',
        ],
        [
            '+Von zwanzig Platten sind bisher sieben wirklich gut geworden.',
            '+Im Sommer möchte ich Porträts der Nachbarn im Hof machen.',
            '-Gut Licht, Jonas',
        ],
        [
            '-3 Kommentare',
            '-Silbermöwe: Woher bekommst du das Kollodium?',
            '-↳ Jonas: Fertig gemischt von einem Fotochemie-Händler, selbst ansetzen würde ich es nicht.',
            '-↳ Knipser_HH: Vorsicht mit dem Äther, unbedingt gut lüften!',
        ],
        [
            '-Porträtsitzungen auf Blech biete ich samstags im Garten an – Anfragen über das Kontaktformular.',
            '-© 2026 Jonas – Texte und Bilder bitte nicht ohne Erlaubnis verwenden.',
            '-Mit WordPress erstellt · Theme: Sinatra',
        ],
    ]),
    _page('it', 'it-portale-valbrugnera-paraneve', [
        [
            "-La Voce di Valbrugnera – Il quotidiano online dell'alta valle",
        ],
        [
            '-Home | Cronaca | Sport | Eventi | Necrologi | Contatti',
            '-Home > Cronaca > Valbrugnera',
            '+Una nuova barriera paraneve sulla strada della brughiera',
            '-Lettura 3 min',
        ],
        [
            '-di Fiorella Zandonà',
            '-13 marzo 2026, ore 8:10',
            ('+Sulla strada comunale che attraversa la brughiera di Valbrugnera è stata posata una barriera '
             'paraneve lunga trecento metri.'),
            '-Condividi: Facebook · WhatsApp · Email',
        ],
        [
            '-La barriera di listelli di larice lungo il tratto più esposto della strada.',
            '-Foto: La Voce di Valbrugnera',
            ('+Ogni inverno il vento ammucchiava la neve nella curva del Pianone, e la strada restava chiusa '
             'anche per giorni.'),
        ],
        [
            ('+Il cantoniere Amedeo Scarpagnotti spiega: «Con la barriera la neve si ferma nel prato e non più '
             "sull'asfalto.»"),
            '-Spazio pubblicitario',
            '-Contenuto sponsorizzato: Le offerte sui pneumatici invernali di questa settimana',
        ],
        [
            '+Come è stata costruita',
            '-Iscriviti alla newsletter e ricevi ogni mattina le notizie della valle',
            '+I pali di castagno sono stati piantati ogni due metri.',
            '+I listelli di larice sono stati inchiodati lasciando metà dello spazio vuoto.',
            '+Il tratto più esposto ha ricevuto una seconda fila di pali.',
        ],
        [
            '-Leggi anche: Riaperto il rifugio del Colle dopo i lavori',
            '+La spesa, circa 18.000 euro, è stata coperta dalla Regione e dal Comune.',
            '+In primavera la barriera verrà smontata e riposta nel magazzino comunale.',
        ],
        [
            '-4 commenti',
            '-Gino_del_Colle: Finalmente! Due anni fa sono rimasto bloccato lì con il trattore.',
            "-Marisa58: Ma le mucche al pascolo d'estate?",
            '-↳ Fiorella Zandonà (redazione): La barriera si smonta in primavera, il prato resta libero.',
            '-Tonio V.: Bel lavoro del cantoniere, come sempre.',
        ],
        [
            '-Chi siamo | Redazione | Privacy | Cookie policy',
            '-© 2026 La Voce di Valbrugnera – Riproduzione riservata',
        ],
    ]),
    _page('it', 'it-blog-barattolo-erbe-tisana', [
        [
            '-Home · Ricette · Orto · Chi sono · Contatti',
            '-Il Barattolo delle Erbe',
            '-Tisane, orto e piccole ricette di casa',
        ],
        [
            "+La mia tisana della sera con le erbe dell'orto",
            '-Pubblicato il 10 marzo 2026 da Bice · 4 minuti di lettura',
            ('-In questo articolo ci sono link di affiliazione: se acquisti tramite questi link ricevo una '
             'piccola commissione.'),
        ],
        [
            '-Indice dei contenuti',
            '-1. Raccolta',
            '-2. Essiccazione',
        ],
        [
            ('+Da anni compravo tisane in bustina, poi mi sono accorta che metà delle erbe crescevano già nel mio '
             'orto.'),
            ("+L'estate scorsa ho raccolto melissa, menta, camomilla e fiori di tiglio, e li ho fatti seccare "
             "all'ombra."),
            '-I mazzetti di melissa appesi sotto la tettoia.',
        ],
        [
            '-Potrebbe interessarti anche: Il mio sciroppo di sambuco',
            ("+Mia suocera l'ha assaggiata e ha detto: «Questa sì che ti fa dormire, altro che quelle del "
             'supermercato.»'),
            '-Condividi: Pinterest · Facebook · WhatsApp',
        ],
        [
            '+Le proporzioni della miscela',
            '+Tre parti di melissa e due di camomilla.',
            '+Una parte di fiori di tiglio.',
            '-I barattoli di vetro che uso: li trovi su Amazon',
            '+Mezza parte di menta, non di più, altrimenti copre tutto.',
        ],
        [
            '+Un cucchiaio colmo per tazza, in infusione per sette minuti, basta per una tisana profumata.',
            "+Conservo la miscela in barattoli scuri e la finisco entro l'inverno.",
            '-Un abbraccio, Bice',
        ],
        [
            '-3 commenti',
            '-Rosalba_62: Si può aggiungere anche la lavanda?',
            '-↳ Bice: Sì, ma pochissima, un pizzico per barattolo.',
            '-↳ Erborista_Gio: Confermo, la lavanda in eccesso diventa amara.',
        ],
        [
            '-Preparo barattoli di tisana su ordinazione per matrimoni e battesimi: scrivimi dalla pagina Contatti.',
            '-© 2026 Bice – Testi e foto sono miei, chiedimi prima di usarli.',
            '-Realizzato con WordPress · Tema: Twenty Twenty-One',
        ],
    ]),
    _page('pl', 'pl-portal-modrzewiczki-sciana-pszczela', [
        [
            '-Głos Modrzewiczek – portal gminy i okolic',
        ],
        [
            '-Strona główna | Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt',
            '-Strona główna › Wiadomości › Modrzewiczki',
            '+Ściana pszczela w ogrodzie starej plebanii znów zamieszkana',
            '-Czas czytania: 3 min',
        ],
        [
            '-Autorka: Jadwiga Miodusiewska',
            '-12.03.2026, 14:20',
            ('+W murze ogrodu starej plebanii w Modrzewiczkach pszczoły znów zajęły wnęki, w których przed wojną '
             'stały ule.'),
            '-Udostępnij: Facebook · Messenger · E-mail',
        ],
        [
            '-Wnęki w murze plebanii po naprawie.',
            '-Fot. Głos Modrzewiczek',
            '+Mur z dwunastoma wnękami był porośnięty bluszczem, a część cegieł wypadła po mrozach.',
        ],
        [
            ('+Pszczelarz Teodor Miodoborski mówi: „Dziadek opowiadał mi o tym murze, ale sam nie wierzyłem, że '
             'zobaczę w nim pszczoły.”'),
            '-Reklama',
            '-Artykuł sponsorowany: Najtańsze kredyty na fotowoltaikę w tym miesiącu',
        ],
        [
            '+Co zrobiono w ogrodzie',
            '-Zapisz się do newslettera i otrzymuj najważniejsze wiadomości z gminy',
            '+Z muru usunięto bluszcz i uzupełniono brakujące cegły.',
            '+We wnękach stanęły nowe słomiane kószki wyplecione przez koło gospodyń.',
            '+Przed murem posadzono facelię i lawendę.',
        ],
        [
            '-Czytaj także: Nowa wiata przy przystanku w Olszynce',
            '+Remont kosztował 14 tys. zł i został sfinansowany z funduszu sołeckiego.',
            '+Latem ogród plebanii będzie otwarty dla zwiedzających w każdą niedzielę.',
        ],
        [
            '-4 komentarze',
            '-Zenek_z_Góry: Pamiętam te ule z dzieciństwa, pięknie, że wróciły.',
            '-Basia K.: Czy pszczoły nie będą przeszkadzać przy kościele?',
            '-↳ Redakcja: Według pszczelarza ule stoją z dala od ścieżki i nie ma zagrożenia.',
            '-Ogrodniczka77: Facelia to świetny pomysł!',
        ],
        [
            '-O nas | Regulamin | Polityka prywatności | Kontakt',
            '-© 2026 Głos Modrzewiczek. Wszelkie prawa zastrzeżone.',
        ],
    ]),
    _page('pl', 'pl-blog-tokarka-w-stodole-miski', [
        [
            '-Start · Poradniki · Galeria · O mnie · Kontakt',
            '-Tokarka w Stodole',
            '-Drewno, dłuto i wióry wszędzie',
        ],
        [
            '+Toczę pierwsze miski z czereśni',
            '-Opublikowano 6 marca 2026 przez Marka · 5 min czytania',
            '-Wpis zawiera linki afiliacyjne – jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
        ],
        [
            '-Spis treści',
            '-1. Drewno',
            '-2. Toczenie',
        ],
        [
            '+Zimą sąsiad ściął starą czereśnię i oddał mi kilka pniaków, więc wreszcie spróbowałem toczyć miski.',
            '+Drewno było jeszcze mokre, dlatego najpierw wytoczyłem miski zgrubnie, z grubymi ściankami.',
            '-Zgrubnie wytoczone miski schną w papierowych torbach.',
        ],
        [
            '-Zobacz też: Jak naostrzyłem stare dłuta',
            '+Żona wzięła pierwszą gotową miskę do ręki i powiedziała: „Ta zostaje w kuchni, nie oddam jej nikomu.”',
            '-Udostępnij: Pinterest · Facebook · Messenger',
        ],
        [
            '+Jak toczyłem miski',
            '+Pniak przyciąłem piłą łańcuchową na krążki.',
            '+Zewnętrzną stronę wytoczyłem dłutem miskowym na zabieraku.',
            '-Dłuto miskowe, którego używam, kupisz na Allegro',
            '+Wnętrze wybrałem po przełożeniu miski do uchwytu.',
        ],
        [
            '+Po trzech miesiącach schnięcia miski przetoczyłem na gotowo i natłuściłem olejem lnianym.',
            '+Teraz szukam kawałka jesionu na większą misę do chleba.',
            '-Pozdrawiam z warsztatu, Marek',
        ],
        [
            '-3 komentarze',
            '-Stolarz_Wiesiek: Nie popękały w tych torbach?',
            '-↳ Marek: Jedna pękła przy sęku, reszta wyschła bez problemu.',
            '-↳ Wiórek: Torby papierowe to najlepszy sposób, potwierdzam.',
        ],
        [
            '-Miski na zamówienie toczę z drewna z Twojego ogrodu – napisz do mnie przez formularz.',
            '-© 2026 Marek – kopiowanie zdjęć i tekstów bez zgody zabronione.',
            '-Blog na WordPressie · Motyw: Twenty Seventeen',
        ],
    ]),
    _page('ru', 'ru-portal-zarechnoborye-mostik', [
        [
            '-Вести Заречноборья — новости поселения и района',
        ],
        [
            '-Главная | Новости | Спорт | Афиша | Объявления | Контакты',
            '-Главная › Новости › Посёлок',
            '+На пешеходном мостике через Ольшанку заменили перила после паводка',
            '-Время чтения: 2 минуты',
        ],
        [
            '-Автор: Агафья Трубникова',
            '-14 марта 2026, 09:15',
            ('+Новые деревянные перила поставили на пешеходном мостике, который соединяет Заречноборье с '
             'кладбищем и автобусной остановкой.'),
            '-Поделиться: ВКонтакте · Одноклассники · WhatsApp',
        ],
        [
            '-Новые перила на мостике через Ольшанку.',
            '-Фото: Вести Заречноборья',
            '+В апреле вода поднялась почти до настила, и льдины выломали перила по всей длине моста.',
        ],
        [
            ('+Староста Игнат Лыкоборов говорит: «Без перил старики боялись ходить на остановку, теперь идут '
             'спокойно».'),
            '-Реклама',
            '-Партнёрский материал: Как выбрать надёжный банковский вклад в 2026 году',
        ],
        [
            '+Что сделали',
            '-Подпишитесь на нашу рассылку и получайте главные новости района каждое утро',
            '+Старые стойки вынули и заменили лиственничными.',
            '+Поручни закрепили на металлических уголках.',
            '+Настил у берегов перебрали и усилили.',
        ],
        [
            '-Читайте также: В школе открыли новый спортзал',
            '+Работы выполнили добровольцы за два выходных, доски выделил местный лесхоз.',
            '+Осенью администрация обещает покрасить мост и поставить фонарь.',
        ],
        [
            '-4 комментария',
            '-Валентина_П: Спасибо мужикам, теперь и с коляской можно пройти.',
            '-Сергей Лесной: А фонарь точно поставят или как в прошлый раз?',
            '-↳ Агафья Трубникова (редакция): Мы спросили в администрации, фонарь включён в план на октябрь.',
            '-Тамара Ивановна: Молодцы, быстро справились!',
        ],
        [
            '-О редакции | Рекламодателям | Политика конфиденциальности | Контакты',
            '-© 2026 Вести Заречноборья. Все права защищены.',
        ],
    ]),
    _page('ru', 'ru-blog-dacha-krivoy-beryozy-domik', [
        [
            '-Главная · Сад · Поделки · Обо мне · Контакты',
            '-Дача у Кривой Берёзы',
            '-Заметки дачника о саде и поделках',
        ],
        [
            '+Домик для насекомых из старых поддонов',
            '-Опубликовано 5 марта 2026, автор: Степан · 4 мин чтения',
            '-В статье есть партнёрские ссылки: если купите по ним, я получу небольшой процент.',
        ],
        [
            '-Оглавление',
            '-1. Материалы',
            '-2. Сборка',
        ],
        [
            '+После ремонта у нас остались три деревянных поддона, и я решил сделать из них домик для насекомых.',
            '+Поддоны я разобрал не до конца, а просто поставил друг на друга и скрепил длинными саморезами.',
            '-Готовый домик у забора, рядом с малиной.',
        ],
        [
            '-Читайте также: Кормушка для птиц из пакета из-под молока',
            '+Внучка заглянула в ячейки и сказала: «Дедушка, это же настоящая гостиница, только для жуков».',
            '-Поделиться: ВКонтакте · Pinterest · Telegram',
        ],
        [
            '+Чем заполнил ячейки',
            '+Полые стебли борщевика и камыша для одиночных пчёл.',
            '+Шишки и кору для жуков и божьих коровок.',
            '-Шуруповёрт, которым я собирал, есть на Wildberries',
            '+Сухие листья и солому для зимующих бабочек.',
        ],
        [
            '+Сверху я прибил кусок старого шифера, чтобы внутрь не попадал дождь.',
            '+Уже в мае в стеблях поселились первые пчёлы-осмии.',
            '-До встречи на даче, Степан',
        ],
        [
            '-3 комментария',
            '-Ольга_Дачница: А муравьи туда не заселятся?',
            '-↳ Степан: Пока не заселились, домик стоит на кирпичах, не на земле.',
            '-↳ Пчеловод_Михалыч: Осмии отличные опылители, правильно сделали.',
        ],
        [
            '-Делаю такие домики на заказ для школ и садов — пишите через страницу «Контакты».',
            '-© 2026 Степан — копирование материалов только с разрешения автора.',
            '-Сайт работает на WordPress · Тема: Twenty Twenty',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Heads up: it's a long post, roughly 18 minutes to get through":
        ("an English blog's heads-up reading time ('Heads up: it's a long post, roughly 18 minutes to get "
         "through') is left at the head"),
    'Datawrapper chart failed to render – view the underlying data table instead.':
        ("an English Datawrapper marker that failed to render ('Datawrapper chart failed to render – view the "
         "underlying data table instead.') is left in the body"),
    'The Matterport virtual tour is no longer available: the space has been archived by its owner.':
        ("an English Matterport marker archived by its owner ('The Matterport virtual tour is no longer "
         "available: the space has been archived by its owner.') is left in the body"),
    'Google Maps konnte diese Karte nicht richtig laden: Das Kontingent des API-Schlüssels ist aufgebraucht.':
        ("a German Google Maps marker over its API-key quota ('Google Maps konnte diese Karte nicht richtig "
         "laden: Das Kontingent des API-Schlüssels ist aufgebraucht.') is left in the body"),
    'This article was updated at 4.15pm to include a response from the county council.':
        ("an English updated-with-a-response notice ('This article was updated at 4.15pm to include a response "
         "from the county council.') is left in the body"),
    'Dieser Kommentar wurde von der Moderation gekürzt.':
        ("a German shortened-by-moderation comment stub ('Dieser Kommentar wurde von der Moderation gekürzt.') is "
         'left at the foot'),
    'Questo commento è stato nascosto perché contiene link esterni.':
        ("an Italian hidden-for-external-links comment stub ('Questo commento è stato nascosto perché contiene "
         "link esterni.') is left at the foot"),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-fizzing-shed-root-beer':
        ("the root-beer blog's post keeps the photo caption ('The spice mix weighed out on the kitchen scales.') "
         "after the second paragraph (1 of 20 noise lines; the blog's tagline in the top block goes); no article "
         'line is lost'),
    'fr-blog-chataigne-tetue-pain':
        ("the chestnut-bread blog's post keeps the photo caption ('La miche refroidit sur la grille, la croûte "
         "bien craquelée.') after the second paragraph (1 of 20 noise lines; the blog's tagline in the top block "
         'goes); no article line is lost'),
    'de-blog-blechbild-ferrotypie':
        ("the tintype blog's post keeps the photo caption ('Die erste gelungene Platte, noch nass vom Fixierbad.')"
         " after the second paragraph (1 of 20 noise lines; the blog's tagline in the top block goes); no article "
         'line is lost'),
    'it-blog-barattolo-erbe-tisana':
        ("the herb-tea blog's post keeps the photo caption ('I mazzetti di melissa appesi sotto la tettoia.') "
         "after the second paragraph (1 of 20 noise lines; the blog's name and tagline in the top block go); no "
         'article line is lost'),
    'pl-blog-tokarka-w-stodole-miski':
        ("the bowl-turning blog's post keeps the photo caption ('Zgrubnie wytoczone miski schną w papierowych "
         "torbach.') after the second paragraph (1 of 20 noise lines; the blog's tagline in the top block goes); "
         'no article line is lost'),
    'ru-blog-dacha-krivoy-beryozy-domik':
        ("the bug-hotel blog's post keeps the photo caption ('Готовый домик у забора, рядом с малиной.') after the"
         " second paragraph (1 of 20 noise lines; the blog's name and tagline in the top block go); no article "
         'line is lost'),
}

test_held_out_196_line, test_held_out_196_line_is_kept, test_held_out_196_page = held_out_tests(
    HELD_OUT_196_LINES, HELD_OUT_196_KEEP, HELD_OUT_196_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
