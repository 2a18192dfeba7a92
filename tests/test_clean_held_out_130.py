"""Held-out set 130: written blind, weighted toward the noise the cleaner exists for, in shapes set 128's docstring does
not name (nor the first paragraphs of sets 125, 126 and 127): scraper, embed and ad markers (an English Flourish chart
that is unavailable or blocked "Flourish chart unavailable – it may still be loading, or your network is blocking
flourish.studio.", an English YouTube Short gone with its uploader's account "This YouTube Short is no longer available
because the uploader's account has been terminated.", an English Mapbox map that failed to render without WebGL "Mapbox
map failed to render: WebGL is switched off or not supported on this device.", a French hidden Dailymotion video behind
a show button "Ce contenu Dailymotion est masqué. Cliquez sur « Afficher » pour accepter les cookies de Dailymotion.", a
German Podigee podcast whose playing accepts Podigee's privacy terms "Podcast von Podigee: Mit dem Abspielen akzeptieren
Sie die Datenschutzbestimmungen von Podigee.", an Italian Google Maps widget that did not load "Il widget di Google Maps
non si è caricato. Ricarica la pagina o apri la mappa in una nuova scheda.", a Polish Google Forms survey that did not
load "Ankieta Google Forms nie załadowała się. Spróbuj ponownie za chwilę." and a Russian Rutube widget blocked by an
extension or by region "Виджет Rutube недоступен: видео заблокировано расширением браузера или недоступно в вашем
регионе."); reading-time headers in new wordings (the English "4-minute read · 850 words" and a spinning blog's "Heads
up: this is one for a slow Sunday – roughly fifteen minutes of reading, plus photos of every bobbin.", the French "Ce
billet se lit en 4 minutes environ", the German "Sie lesen diesen Artikel in rund 4 Minuten", the Italian "Si legge in 4
minuti", the Polish "Szacowany czas lektury: 4 min" and the Russian "≈ 4 мин чтения"); bylines and self-promotion (an
English reporter-with-beat-and-agency byline "Cedric Wintleby, Harbours and Coast Reporter, with additional reporting
from PA Media", an English hand-dyed sock-yarn shop-update plug "Hand-dyed sock yarn from my own dye pots goes up in the
shop on the first Sunday of each month.", an English YouTube live-operating-sessions plug "I stream operating sessions
from the layout on YouTube every other Thursday evening – come and say hello.", a French investigation-by byline "Une
enquête de Gwenola Kerdrouzic, avec le service photo", a German aquarium-cuttings-for-postage plug "Ableger meiner
Javamoose und Cryptocorynen gebe ich gegen Porto ab – schreibt mir über das Kontaktformular.", an Italian
from-our-special-correspondent byline "Dalla nostra inviata Benedetta Salsapriga", a Polish OLX 3D-printed-buildings
plug "Drukowane w 3D budynki do makiet H0 sprzedaję na OLX – aktualna oferta w zakładce Sklep." and a Russian
author-and-special-correspondent byline "Автор: Евдокия Приливнова, специальный корреспондент"); blog and site footers
(an English IMPRESS-regulated line "We are regulated by IMPRESS. Read our editorial code and how to complain on our
Standards page.", an English one-person Ghost(Pro) and Creative Commons credit "Made by one person in a spare room ·
Runs on Ghost(Pro) · Photos CC BY-NC 4.0", an English Astro-on-Cloudflare-Pages credit "Built with Astro and deployed on
Cloudflare Pages · RSS · Colophon", a French Dotclear credit "Propulsé par Dotclear · Thème Ductile · Flux Atom", a
German Strato-and-Kirby line "Gehostet bei Strato · Erstellt mit Kirby CMS · Erklärung zur Barrierefreiheit", an Italian
court-registration-and-editor line "Testata registrata presso il Tribunale di Scogliorena, n. 00/2026 · Direttore
responsabile: Arnaldo Gozzoventi", a Polish publisher-KRS-and-editor-in-chief line "Wydawca: Mewobrzeskie Media sp. z
o.o. · KRS 0000000000 · Redaktor naczelny: Bogumił Falochroniak" and a Russian Tilda-and-personal-data line "Сайт
работает на Tilda · Политика обработки персональных данных · Согласие на рассылку"); reader-comment furniture (an
English pre-moderation note "Comments are pre-moderated and may take a few hours to appear.", an English pinned-comment
badge row "Pinned by the author · Top comment", an English jump-to-newest link "Jump to the newest comment ↓", a French
awaiting-moderation note "Votre commentaire est en attente de modération.", a German report-permalink-reply row
"Kommentar melden · Permalink · Antworten", an Italian log-in-with-Facebook-Google-or-Disqus prompt "Accedi con
Facebook, Google o Disqus per lasciare un commento", a Polish removed-by-the-administrator note "Komentarz usunięty
przez administratora." and a Russian best-comments tab row "Лучшие комментарии · Все 27 · Подписаться на обсуждение");
share rows (an English send-to-a-friend WhatsApp, Signal and copy-link row "Send this story to a friend: WhatsApp ·
Signal · Copy link", a German share-via-Threema row "Artikel teilen per Threema, Telegram oder Link kopieren" and a
Russian Odnoklassniki, VKontakte and Telegram row "Поделиться в Одноклассниках · ВКонтакте · Телеграме"); and notices (a
French opened-to-all-readers note "Cet article, d'abord réservé à nos abonnés, est exceptionnellement proposé en accès
libre." and an Italian updated-with-the-coastguard's-reply note "Articolo aggiornato alle 18:05 con la replica della
Capitaneria di porto.", both in the body, and a Polish made-with-readers'-Patronite-support note "Tekst powstał dzięki
wsparciu czytelników w serwisie Patronite." at the foot); and toward whole scraped news and hobby-blog pages in layouts
set 128's docstring does not describe (on the six portal pages one block of three above the title, a skip-to-content
link, the masthead and a section menu, and the byline and date inside the title's own block, right after the title; the
reading time at the top of the first paragraph's block, right before it; a photo caption and photo credit in their own
block between the first and second paragraphs; a read-also link alone between the second paragraph and the paragraph
with the quote; nothing between that paragraph and the subheading, which stands alone; the three rows in the next block
with an ad label between the first and second rows; a newsletter prompt alone between the list block and the last
paragraphs; nothing between the two last paragraphs; at the foot three blocks, tags and a share row, then six lines (a
comment count, a comment, an arrowed reply, the first commenter's answer nested two arrows deep, a second comment left
unanswered and a view-all or load-more link), then a copyright line with legal links; on the six blog pages the blog
name alone and the menu alone in two blocks above the title, the date-and-author line at the top of the title's block,
right before the title, and a block of two under it (reading time and a jump-to-comments count); a photo caption alone
between the first and second paragraphs; a Pinterest or save prompt at the end of the second paragraph's block, right
after it; nothing between the paragraph with the quote and the subheading; the subheading and its three rows in one
block with a shop plug between the second and third rows; an ad label and a report or hide link in their own block
between the list block and the last paragraphs; a you-might-also-like link alone between the two last paragraphs; at the
foot three blocks, a subscribe prompt alone, then six lines (a comments heading that quotes the title, a comment, the
author's arrowed reply addressed by name, a second comment, the author's arrowed reply addressed by name and a
leave-a-reply heading), then previous-and-next links and a platform-and-theme credit), taken from harbours, ferries and
inshore fishing (a new ferry timetable with an early sailing, a harbour wall repaired after storms, a fish market moving
into a hall on the mole, a summer ferry timetable, a breakwater rebuilt, a fish market reconstructed by the pier) and
from blogs about spinning wool and knitting, model railways and freshwater aquariums.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 128 but what is named here), held-out set 129 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 128 up to its paragraph "Still held out after round 93", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 125, 126 and 127, printed with one ast
script (/tmp/s130scratch/readdoc.py, reading /work/main/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s130scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 128's as
printed, with 128 -> 130; /tmp/s130scratch/gen.py writes this file from scratch files (body130.py, pages130.py,
doc130.txt and, after the measurement, tables130.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s130, detached at commit
c67ced801542955e06a91df040c2b21ae8555bc7, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c67ced801542955e06a91df040c2b21ae8555bc7, the brief's commit; both worktrees were made there with ``git worktree add``
(output to /dev/null) and /work/main was not touched afterwards. readdoc.py's first run printed to the terminal, which
cut its middle (set 128's Slips and notes from (5) on, its Judgement calls, Contents and Baseline, its tail and set
125's first paragraph); its second run went to /tmp/s130scratch/peek.out, of which I paged lines 130 to 360 with ``sed``
(the rest of those allowed parts); nothing outside the allowed parts was printed. (2) The machine's python had the
project's dependencies; every run used it. (3) Before the measurement /tmp/s130scratch/check.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and printed the counts by category, place and language and the
10 article and 20 noise lines of each page; gen.py reports lines over 120 columns and at-signs. Its first run found 18
problems: the ad labels "Advertisement", "Werbung", "Pubblicità", "Reklama" and "Реклама" repeated between each
language's portal and blog page, the Russian ad label inside the Russian keep line that then opened "Реклама нового
рыбного рынка", and the Italian portal's byline "di Ottavia Remigalli" inside its photo credit "Foto di Ottavia
Remigalli"; the blog ad labels became "Sponsored content", "Werbeanzeige", "Annuncio pubblicitario", "Ogłoszenie" and
"Рекламный блок", the keep line opens "Рекламу нового рыбного рынка" and the credit became "Foto: O. Remigalli"; the
second run found nothing. While drafting, before any check, I kept the mastheads out of the copyright lines and photo
credits (the copyright lines name Gullskerry Packet Ltd, the Éditions du littoral kerbrinocois, Anzeiger Verlag
Fischbrackum GmbH, Edizioni del Faro di Scogliorena srl, Wydawnictwo Mewobrzeskie and ООО «Прибой-Медиа», and the Polish
held-out footer names Mewobrzeskie Media, not the Kurier), kept "Anzeige" out of the German pages (it sits inside the
masthead "Fischbrackumer Anzeiger"), changed the comment counts to "Comments (18)", "Commentaires (9)" and the like so
they are not inside the view-all links, and avoided the wordings named in the docstrings I read (a Ravelry pattern plug,
the hen, bread and foraging plugs, the Telegram and Bluesky share rows, the log-in prompts). (4) Invented names were
checked with the exact-string search over public GitHub files: Gullskerry, Gullskerry Packet, Hester Crookshallow,
Skerry Lass, Wintleby, Tulliwhin, The Drafted Fleece, Kerbrinoc, Troadecq, Kerdrouzic, Trévarec, Le Petit Réseau du
Grenier, Fischbrackum, Heringslohe, Dorschmann, Aquarienstube Moosgrund, Scogliorena, Remigalli, Salsapriga,
Pontemurati, Gozzoventi, Edizioni del Faro di Scogliorena, Gomitoli sul davanzale, Mewobrzeg, Mewobrzeskie, Dalbowska,
Falochroniak, Kutrobłoński, Makieta pod schodami, Чайкоморск, Приливнова, Причальникова, Сетеплёткин, Прибой-Медиа and
Сомики на подоконнике had no hits. Dropped: Quillinane (a real surname in sample data; the English reporter became
Hester Crookshallow), Pellivec (inside an identifier; the French held-out reporter became Gwenola Kerdrouzic), Sztormiak
(a real Polish word; the Polish reporter became Wiesława Dalbowska and the editor Bogumił Falochroniak), Шквалова (a
real surname; the Russian held-out reporter became Евдокия Приливнова), Skellaby (a real domain; the English councillor
became Morag Tulliwhin), Nassetti (inside identifiers; the Italian commuter became Rosalba Pontemurati), Ancorini
(inside identifiers, never used), Sieciarz (a real Polish word; the Polish skipper became Zbigniew Kutrobłoński) and
Неводов (inside real words; the Russian fisherman became Степан Сетеплёткин), Pollensby (inside identifiers, never
used). Not checked: the first names of blog authors and commenters and their handles (Wren, Hazel, Jo, Bertrand, Gérard,
Nadine, Ilka, Timo, Sabine, Teresa, Graziella, Paola, Krzysztof, Marek, Ewa, Тимофей, Алёна, Игорь, IslandGran,
PierHeadPete, Marée_basse, Möwenfreund and the rest), the names built on checked towns (L'Écho de Kerbrinoc,
Port-Kerbrinoc, Fischbrackumer Anzeiger, Il Faro di Scogliorena, Kurier Mewobrzeski, Чайкоморский прибой), the station
"Dolna" and the quay names (the north pier, the digue du Rocher, the Ostmole). Numbers are zero-filled (the court
registration, KRS and VAT-style numbers); there are no e-mail addresses and no at-signs. (5) Real things named, as real
pages do: Flourish, YouTube, Mapbox and WebGL, Dailymotion, Podigee, Google Maps, Google Forms, Rutube, PA Media, OLX,
IMPRESS, Ghost(Pro), Creative Commons, Astro, Cloudflare Pages, Dotclear and its Ductile theme, Strato, Kirby CMS,
Tilda, Disqus, Facebook, Google, X, WhatsApp, Signal, Threema, Telegram, Odnoklassniki, VKontakte, Patronite, Pinterest,
WordPress and WordPress.com (Twenty Twenty-Four, Astra, Kadence, GeneratePress, Neve, Hestia), Shetland fleece, Judy's
magic cast-on, Java moss and Cryptocoryne, and Corydoras catfish. (6) The two measuring commands ran as the brief gave
them, in one shell call after ``date`` and the last check, their output sent to /tmp/s130scratch/measure.out and
report.out and the report and the pytest tail printed (22 failed, 55 passed); the problems were then printed with
``_problems`` in the frozen worktree by /tmp/s130scratch/problems.py (output problems.out), which imports the copy of
this file in /tmp/wt-s130/tests with /tmp/wt-s130/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep
lines and 12 pages, printing only the failing ones (14, 0 and 8, as in the measurement). The xfail tables were written
in /tmp/s130scratch/tables130.py from my own descriptions of those lines and pages, and a script checked that every page
noise line left is quoted whole in its page's reason with its count. (7) My first clock reading was 2026-12-05 13:17:33
UTC; the measurement ran at 13:22:31 UTC. (8) With the tables filled, the pytest command ran on the final file in
/tmp/wt-s130: 55 passed, 22 xfailed, no XPASS. Before the measurement a round-trip script imported this file from
/tmp/s130scratch (with /work/main/tests on the path, for held_out_sets) only to compare its lists and pages with the
scratch data and to check that every held-out line is quoted in this docstring; it ran no cleaning.

Judgement calls: the keep lines opening with or holding "Comments from ferry passengers", "Sharing the slipway",
"Following the storm in January", "Subscribers to the fish market's weekly box scheme", "Copyright over the ferry
company's original 1960s timetable posters", "Advertising for skipper apprenticeships", "Reading the tide tables aloud",
"Commentaires acerbes ou soutien discret", "Partager la cale", "Suivre les horaires du bac", "Kommentare der Fischer",
"Teilen müssen sich Kutter und Ausflugsschiffe", "Werbebanner an der Fischauktionshalle", "Commenti positivi dai
pescatori", "Seguire gli orari del traghetto", "Condividere la banchina", "Komentarze rybaków", "Subskrypcja
cotygodniowych dostaw ryb", "Поделиться причалом" and "Рекламу нового рыбного рынка" are article sentences: each reports
what happened, was decided or was said about a ferry, a slipway, a harbour wall, a quay or a fish market, with the
noise-like word as an ordinary noun or verb of the sentence. Categories: the Flourish, YouTube Short, Mapbox,
Dailymotion, Podigee, Google Maps, Google Forms and Rutube lines are markers (embed failures, removed media or consent
placeholders); the four reporters' bylines sit at the head and the sock-yarn, YouTube streaming, aquarium-cuttings and
OLX plugs are bylines (self-promotion) at the foot; the IMPRESS line, the Ghost(Pro) and Astro credits, the Dotclear,
Strato-and-Kirby and Tilda credits and the Italian court-registration and Polish publisher lines are footers; the
pre-moderation and awaiting-moderation notes, the pinned-comment row, the jump-to-newest link, the
report-permalink-reply row, the Disqus log-in prompt, the removed-by-the-administrator note and the best-comments tab
row are comment furniture; the English, German and Russian rows are share rows; the French opened-to-all note and the
Italian update note are notices in the body and the Polish Patronite note a notice at the foot. On every page the title,
the three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two
last paragraphs are article; everything else (skip links, mastheads, section menus, blog names and menus, bylines, dates
and authors' lines, reading times, jump-to-comments counts, photo captions and credits, Pinterest and save prompts,
read-also and you-might-also-like links, ad labels, sponsored labels and report or hide links, shop plugs, newsletter,
Telegram and subscribe prompts, tags, share rows, comment counts and headings, comments and replies, view-all and
load-more links, leave-a-reply headings, previous-and-next links, copyright lines and platform-and-theme credits) is
noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-gullskerry-ferry (the island ferry's winter timetable adds a 6.40am sailing to the mainland),
en-blog-draftedfleece-longdraw (learning the long draw on an old castle spinning wheel), fr-portail-kerbrinoc-digue (a
storm-cracked harbour wall to be repaired before summer), fr-blog-petitreseaudugrenier-aiguillages (motorising the
turnouts of a model railway's station), de-portal-fischbrackum-fischhalle (the fish market moves into a new hall on the
east mole), de-blog-aquarienstubemoosgrund-garnelen (setting up a nano tank for dwarf shrimps),
it-portale-scogliorena-traghetti (the island ferries' summer timetable with six sailings a day),
it-blog-gomitolisuldavanzale-calzini (a first pair of toe-up socks), pl-portal-mewobrzeg-falochron (the storm-damaged
east breakwater to be rebuilt from April), pl-blog-makietapodschodami-semafory (semaphore signals for a model railway's
station), ru-portal-chaykomorsk-rynok (the fish market by pier 3 reopens after reconstruction in May) and
ru-blog-somikinapodokonnike-koridorasy (Corydoras catfish in a new 60-litre tank), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit c67ced801542955e06a91df040c2b21ae8555bc7, measured with ``cd /tmp/wt-s130 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s130/src python -m pytest -q tests/test_clean_held_out_130.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s130 && PYTHONPATH=/tmp/wt-s130/src python
scripts/clean_held_out_report.py --sets 130``, with the xfail tables empty): noise lines removed 31/45 (reading-time
6/7, byline 3/8, marker 3/8, notice 2/3, footer 7/8, comments 7/8, share 3/3; the 14 missed lines, all kept in the text,
are those of ``_LINE_XFAIL``: the English spinning blog's slow-Sunday reading warning, five bylines (the English Cedric
Wintleby and French Gwenola Kerdrouzic bylines at the head and the English sock-yarn and YouTube streaming plugs and the
Polish OLX plug at the foot), five markers (the English Flourish and YouTube Short, the French Dailymotion, the German
Podigee and the Polish Google Forms placeholders), the French opened-to-all-readers notice, the English IMPRESS footer
and the Polish removed-by-the-administrator comment note); keep lines kept 20/20; pages 4/12 clean (the French, Italian,
Polish and Russian portals), 14 of 240 page noise lines left and 0 of 120 article lines lost. Left on the pages: the
English portal 1 (newsletter prompt between the list block and the last paragraphs), the English spinning blog 2 (photo
caption, shop plug between the second and third rows), the French model-railway blog 1 (photo caption), the German
portal 1 (section menu above the title), the German aquarium blog 4 (photo caption, Pinterest prompt, shop plug, the ad
block's hide link), the Italian knitting blog 2 (photo caption, the ad block's report link), the Polish model-railway
blog 2 (photo caption, ad label) and the Russian aquarium blog 1 (photo caption), as ``_PAGE_XFAIL`` describes; no page
loses an article line. The failing cases are strict xfails.

Still held out after round 94 (developed on sets 127 and 128: save, pin and follow prompts, newsletter prompts, shop,
course and sales plugs and affiliate disclosures as lines anywhere; a masthead's name and tagline on one line; a "Jump
to:" table of contents; a caption over its pin prompt; named embed placeholders, desk and trainee bylines, corrections;
this set was written against c67ced8, before it; measured once with ``scripts/clean_held_out_report.py --sets 130`` at
fce3e00): noise lines removed 31/45 (unchanged), keep lines 20/20, pages clean 4/12 (unchanged), page noise lines left
14 -> 13 of 240 (the Polish model-railway blog's ad label), article lines lost 0 -> 1 of 120: round 94 took the Russian
aquarium blog's second paragraph ('Коридорасы любят песок, поэтому я заменил гравий на мелкий речной песок, чтобы они не
повреждали усики.'), printed over its pin button ('Сохранить в Pinterest'), as a picture's caption, its verbs being in
no list. The mend 3e52280 (a caption over a pin prompt is twelve words at most) gave it back before round 94 was merged:
at 3e52280 the set loses 0 of 120, the other figures as above. One page reason reworded.

Round 95 (development; this set was read in full from this round on): Fixed as mechanisms first, with six-language tests
and near misses in tests/test_clean.py (test_round_95_*): a picture's caption with no credit right under the article's
first paragraph, the last line of the lead's block or alone in its own block before the second paragraph
(page_blocks._mark_lead_caption, _is_lead_caption_text: a noun phrase of fourteen words at most with no finite verb, two
thirds as long as the paragraphs on both sides at most, a paragraph after it, no writer's "I" or "we", no connective of
time, none of the past tenses the verb lists miss (_LEAD_PAST_TENSE: a French or Italian auxiliary over its participle,
an Italian passato remoto, a German weak preterite before a preposition or a verb before its pronoun, a Polish or
Russian past), no label's colon, and only under a page's head, a block of two rows or more the rules took whole:
SemEval's plain Russian and Polish articles lost short second paragraphs with present tenses no list names, "Об этом
сообщает РБК-Украина со ссылкой на Reuters.", before that last condition); a table of contents under a label that may
head a part of the article ("Inhalt", "Indice", "Содержание", "Contents") over dotted entries in a block of its own
between a paragraph's block and a paragraph, under a blog's head (a block of two rows or more, one of them the rules';
round 75's "Contents" over what a parcel held stays) (clean._toc_block_between_paragraphs, _toc_block_ends); a blog's
name at the top of the title's block over a block of the post's rows (page_blocks._mark_blog_name_in_title_block, a
name's shape or a name and its tagline after a dash); a portal's section menu in the page's first block under the rules'
skip link and masthead (_mark_menu_in_top_block); a caption over a credit whose paper's name a rule took for an ad
("Foto: Wendelsroder Anzeiger", _mark_credited_caption); and, by widening named regexes in whole_line_noise, ad labels
("Werbeeinblendung", "Объявление") and an ad block's why, hide and report links (_AD_CONTROL; a bare "Melden", a
comment's, stays), "im Shop" plugs on a line opening with "Mein"/"Meine", "Shop the X I use in this post", a question to
the reader over the shop, a Google News follow prompt with its purpose, an inbox prompt with its sign-up after a dash,
"Bild auf Pinterest merken", embed placeholders of named services blocked by cookie choices, switched off until the
privacy settings allow them, still loading, gone with the uploader's account, hidden until a click or accepted by
playing (_EMBED_SCREEN_STATE; Google Forms in _EMBED_PLATFORM), long-post reading warnings with the minutes in words,
the IMPRESS footer with its complaints and a comment removed by the administrator. No class was added. Across sets
10-130 (held-out report against the baseline at a0a5d44) no article or keep line lost; page entries removed on sets 87
(ru-blog-mormyshka-okun), 88 (en-blog-spokesandstopovers-estuary), 91 (it-blog-taccuinodimarciapiede-piazzamercato), 95
(ru-portal-kamyshevodsk-pole-dlya-boulza), 96 (it-portale-vallerosta-teatro-tetto), 97
(de-blog-pinselundzinn-nachtwaechter) and 110 (en-blog-theplatenshelf-typewriter); page reasons reworded on sets 83, 90
(two), 99, 113, 117 and 121 (captions under the lead and tables of contents between paragraphs now go); sets 10-130:
noise lines removed 5089 -> 5102, keep lines 2447 -> 2447, pages clean 924 -> 947, page noise lines left 1235 -> 1173,
paragraphs lost 2 -> 2; SemEval: 0 of 3723 files changed; bench ratio 1.03 (the cleaner's time against round 94's src).
Figures before -> after: noise lines removed 31 -> 39/45 (marker 3 -> 8/8, reading-time 6 -> 7/7, footer 7 -> 8/8,
comments 7 -> 8/8; byline 3/8, notice 2/3 and share 3/3 unchanged), keep lines 20/20, pages clean 4 -> 12/12, page noise
lines left 13 -> 0 of 240, article lines lost 0 -> 0 of 120; pytest 55 passed, 22 xfailed -> 71 passed, 6 xfailed. Eight
page entries removed, eight line entries removed. Still missed: the English byline with a beat and an agency, the French
investigation-by byline, the French opened-to-all-readers notice, the English sock-yarn shop and YouTube streaming plugs
and the Polish OLX plug.

Withdrawn before merging (session 35, by the lead): round 95's caption with no credit under the lead
(page_blocks._mark_lead_caption) took short article paragraphs in that place ("A victory for the fishing fleet at
last.", "Ein Erfolg auf ganzer Linie.", "Победа рыбаков после долгих лет ожидания." under a portal's head) and took no
caption on blind sets 131 and 132, so it was removed; its place holds a comment and
test_round_95_short_paragraphs_under_the_lead_stay. With the rest of round 95 this set's six blogs keep their photo
captions right after the first paragraph again, strict xfails once more: pages clean 6/12, page noise lines left 6 of
240, lines and keep lines as above, none lost.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_130_LINES: list[tuple[str, str, str]] = [
    ("head", "4-minute read · 850 words", "reading-time"),
    ("head",
     "Heads up: this is one for a slow Sunday – roughly fifteen minutes of reading, plus photos of every bobbin.",
     "reading-time"),
    ("head", "Ce billet se lit en 4 minutes environ", "reading-time"),
    ("head", "Sie lesen diesen Artikel in rund 4 Minuten", "reading-time"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("head", "Szacowany czas lektury: 4 min", "reading-time"),
    ("head", "≈ 4 мин чтения", "reading-time"),
    ("head", "Cedric Wintleby, Harbours and Coast Reporter, with additional reporting from PA Media", "byline"),
    ("head", "Une enquête de Gwenola Kerdrouzic, avec le service photo", "byline"),
    ("head", "Dalla nostra inviata Benedetta Salsapriga", "byline"),
    ("head", "Автор: Евдокия Приливнова, специальный корреспондент", "byline"),
    ("body",
     "Flourish chart unavailable – it may still be loading, or your network is blocking flourish.studio.",
     "marker"),
    ("body", "This YouTube Short is no longer available because the uploader's account has been terminated.", "marker"),
    ("body", "Mapbox map failed to render: WebGL is switched off or not supported on this device.", "marker"),
    ("body",
     "Ce contenu Dailymotion est masqué. Cliquez sur « Afficher » pour accepter les cookies de Dailymotion.",
     "marker"),
    ("body",
     "Podcast von Podigee: Mit dem Abspielen akzeptieren Sie die Datenschutzbestimmungen von Podigee.",
     "marker"),
    ("body",
     "Il widget di Google Maps non si è caricato. Ricarica la pagina o apri la mappa in una nuova scheda.",
     "marker"),
    ("body", "Ankieta Google Forms nie załadowała się. Spróbuj ponownie za chwilę.", "marker"),
    ("body",
     "Виджет Rutube недоступен: видео заблокировано расширением браузера или недоступно в вашем регионе.",
     "marker"),
    ("body", "Cet article, d'abord réservé à nos abonnés, est exceptionnellement proposé en accès libre.", "notice"),
    ("body", "Articolo aggiornato alle 18:05 con la replica della Capitaneria di porto.", "notice"),
    ("tail",
     "Hand-dyed sock yarn from my own dye pots goes up in the shop on the first Sunday of each month.",
     "byline"),
    ("tail",
     "I stream operating sessions from the layout on YouTube every other Thursday evening – come and say hello.",
     "byline"),
    ("tail",
     "Ableger meiner Javamoose und Cryptocorynen gebe ich gegen Porto ab – schreibt mir über das Kontaktformular.",
     "byline"),
    ("tail", "Drukowane w 3D budynki do makiet H0 sprzedaję na OLX – aktualna oferta w zakładce Sklep.", "byline"),
    ("tail",
     "We are regulated by IMPRESS. Read our editorial code and how to complain on our Standards page.",
     "footer"),
    ("tail", "Made by one person in a spare room · Runs on Ghost(Pro) · Photos CC BY-NC 4.0", "footer"),
    ("tail", "Built with Astro and deployed on Cloudflare Pages · RSS · Colophon", "footer"),
    ("tail", "Propulsé par Dotclear · Thème Ductile · Flux Atom", "footer"),
    ("tail", "Gehostet bei Strato · Erstellt mit Kirby CMS · Erklärung zur Barrierefreiheit", "footer"),
    ("tail",
     "Testata registrata presso il Tribunale di Scogliorena, n. 00/2026 · Direttore responsabile: Arnaldo Gozzoventi",
     "footer"),
    ("tail",
     "Wydawca: Mewobrzeskie Media sp. z o.o. · KRS 0000000000 · Redaktor naczelny: Bogumił Falochroniak",
     "footer"),
    ("tail", "Сайт работает на Tilda · Политика обработки персональных данных · Согласие на рассылку", "footer"),
    ("tail", "Comments are pre-moderated and may take a few hours to appear.", "comments"),
    ("tail", "Pinned by the author · Top comment", "comments"),
    ("tail", "Jump to the newest comment ↓", "comments"),
    ("tail", "Votre commentaire est en attente de modération.", "comments"),
    ("tail", "Kommentar melden · Permalink · Antworten", "comments"),
    ("tail", "Accedi con Facebook, Google o Disqus per lasciare un commento", "comments"),
    ("tail", "Komentarz usunięty przez administratora.", "comments"),
    ("tail", "Лучшие комментарии · Все 27 · Подписаться на обсуждение", "comments"),
    ("tail", "Send this story to a friend: WhatsApp · Signal · Copy link", "share"),
    ("tail", "Artikel teilen per Threema, Telegram oder Link kopieren", "share"),
    ("tail", "Поделиться в Одноклассниках · ВКонтакте · Телеграме", "share"),
    ("tail", "Tekst powstał dzięki wsparciu czytelników w serwisie Patronite.", "notice"),
]

HELD_OUT_130_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from ferry passengers at Tuesday's public meeting were mostly about the early sailing."),
    ("head",
     "Sharing the slipway with the lifeboat crew has never been easy for the town's creel fishermen, the harbour"
     " board heard."),
    ("head", "Commentaires acerbes ou soutien discret : les pêcheurs du port restent divisés sur le nouveau quai."),
    ("head", "Kommentare der Fischer zum neuen Fährplan fielen in der Ratssitzung überraschend freundlich aus."),
    ("head", "Commenti positivi dai pescatori dopo il primo mese del nuovo mercato del pesce."),
    ("head", "Komentarze rybaków po zebraniu w porcie były zaskakująco spokojne."),
    ("head", "Поделиться причалом с прогулочными катерами рыбаки согласились только после долгих споров."),
    ("body",
     "Following the storm in January, engineers found that the harbour wall's granite facing had shifted by almost a"
     " foot."),
    ("body",
     "Subscribers to the fish market's weekly box scheme will get their first delivery from the new hall in May."),
    ("body", "Partager la cale avec les plaisanciers n'a jamais plu aux patrons de pêche, reconnaît le maire."),
    ("body", "Teilen müssen sich Kutter und Ausflugsschiffe künftig die westliche Kaimauer."),
    ("body", "Seguire gli orari del traghetto d'inverno era diventato un rompicapo per i pendolari dell'isola."),
    ("tail",
     "Copyright over the ferry company's original 1960s timetable posters passed to the county museum last year."),
    ("tail",
     "Advertising for skipper apprenticeships will begin at the fish market in the spring, the co-operative said."),
    ("tail",
     "Reading the tide tables aloud at the harbour office each morning is a custom that dates back to the 1890s."),
    ("tail", "Suivre les horaires du bac devient plus simple depuis que la compagnie affiche les départs sur le quai."),
    ("tail", "Werbebanner an der Fischauktionshalle sollen nach dem Umbau verboten werden, beschloss der Hafenbeirat."),
    ("tail", "Condividere la banchina con le barche da diporto resta il nodo principale del piano del porto."),
    ("tail", "Subskrypcja cotygodniowych dostaw ryb z portu cieszy się rosnącym zainteresowaniem mieszkańców."),
    ("tail", "Рекламу нового рыбного рынка на городских автобусах запустят только летом, сообщили в мэрии."),
]

HELD_OUT_130_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-gullskerry-ferry", [
        ["-Skip to main content", "-The Gullskerry Packet", "-News | Harbour | Sport | What's On | Opinion"],
        [
            "+Winter ferry timetable adds a 6.40am sailing to the mainland",
            "-By Hester Crookshallow, Transport Reporter",
            "-Published 12 February 2026, 7:15am",
        ],
        [
            "-3 min read",
            "+The island ferry will run an extra early-morning crossing from March, after two years of complaints from"
            " commuters who missed the first trains on the mainland.",
        ],
        ["-The MV Skerry Lass leaving the north pier on Monday.", "-Photo: Gullskerry Packet"],
        [
            "+Under the new timetable the 6.40am sailing reaches the mainland slipway at 7.25am, in time for the 7.41"
            " train, and the last return crossing moves from 8pm to 9.15pm on Fridays.",
        ],
        ["-Read more: Harbour board approves new fuel pontoon"],
        [
            "+\"People have been leaving the island because they could not get to work on time,\" said councillor"
            " Morag Tulliwhin, who chairs the ferry users' group. \"This one change will keep families here.\"",
        ],
        ["+What changes in March"],
        [
            "+Weekday sailings rise from eight to ten each way.",
            "-Advertisement",
            "+Fares stay at this year's prices until the end of October.",
            "+Vehicle bookings open four weeks ahead instead of two.",
        ],
        ["-Get harbour and ferry news in your inbox every morning – sign up to the Packet briefing"],
        ["+The operator said the extra crossings will be crewed by two new deckhands recruited on the island."],
        ["+A review of the timetable is planned for the autumn, once a full summer of passenger figures is in."],
        ["-Topics: Ferries, Gullskerry, Transport", "-Share: Facebook · X · WhatsApp · Email"],
        [
            "-Comments (18)",
            "-IslandGran: About time. My grandson has been sleeping on a friend's sofa on the mainland all week.",
            "-↳ PierHeadPete: Same here, this will make a huge difference to the lads on the boats.",
            "-↳↳ IslandGran: Let's hope they keep it running in the winter gales.",
            "-Skipper_Ali: What about the Sunday sailings? Still only two.",
            "-View all 18 comments",
        ],
        ["-© 2026 Gullskerry Packet Ltd. All rights reserved. Terms · Privacy · Cookies"],
    ]),
    _page("en", "en-blog-draftedfleece-longdraw", [
        ["-The Drafted Fleece"],
        ["-Home · Spinning · Knitting · Fleece diary · About"],
        ["-Posted on 2 March 2026 by Wren", "+Learning the long draw on my old castle wheel"],
        ["-7 minute read", "-12 comments ↓"],
        [
            "+For three years I spun everything worsted, short forward draw, tidy and slow, and this winter I finally"
            " made myself learn the long draw.",
        ],
        ["-The castle wheel by the window, with a rolag waiting on the orifice hook."],
        [
            "+The secret, as every book says and nobody believes, is letting the twist run into the fibre while your"
            " back hand pulls away, rather than pinching it off.",
            "-Save this post to Pinterest",
        ],
        [
            "+My teacher at the guild put it best: \"Stop strangling the rolag. The wool knows what to do if you let"
            " go of it.\"",
        ],
        [
            "+What helped me most",
            "+Carding rolags loosely, with air in them.",
            "+Slowing the treadling right down.",
            "-Shop the rolags I use in this post",
            "+Spinning for ten minutes every day instead of an hour on Sundays.",
        ],
        ["-Sponsored content", "-Report this ad"],
        [
            "+The yarn is lumpy still, but it is light and lofty, and the first skein is already on the needles as a"
            " hat.",
        ],
        ["-You might also like: Washing a raw Shetland fleece in the bath"],
        [
            "+Next month I want to try the same rolags on a drop spindle, just to see how far the long draw goes"
            " without a wheel.",
        ],
        ["-Subscribe to get new posts by email – no more than one a week"],
        [
            "-12 thoughts on \"Learning the long draw on my old castle wheel\"",
            "-Hazel: This is exactly where I am stuck. Did you change the ratio on the wheel?",
            "-↳ Wren: Hi Hazel, yes, I moved to the bigger whorl – it helped a lot.",
            "-Jo from the guild: Lovely lofty yarn! Bring it on Thursday.",
            "-↳ Wren: Jo, I will, and the hat too if it's finished.",
            "-Leave a Reply",
        ],
        [
            "-« Previous: Washing a raw Shetland fleece in the bath · Next: Dyeing with onion skins »",
            "-Blog at WordPress.com. Theme: Twenty Twenty-Four.",
        ],
    ]),
    _page("fr", "fr-portail-kerbrinoc-digue", [
        ["-Aller au contenu principal", "-L'Écho de Kerbrinoc", "-Actualité · Port · Mer · Sports · Agenda"],
        [
            "+Port-Kerbrinoc : la digue du Rocher sera réparée avant l'été",
            "-Par Maëlys Troadecq",
            "-Publié le 9 février 2026 à 18 h 02",
        ],
        [
            "-Lecture 3 min.",
            "+Fissurée par les tempêtes de l'hiver, la digue qui protège le port de pêche sera consolidée à partir du"
            " mois d'avril, a annoncé la communauté de communes.",
        ],
        ["-La brèche ouverte dans la digue du Rocher après la tempête du 14 janvier.", "-Photo L'Écho / M. T."],
        [
            "+Le chantier, estimé à 2,3 millions d'euros, prévoit le remplacement de quatre cents blocs de granit et"
            " la pose d'une nouvelle carapace de béton côté large.",
        ],
        ["-À lire aussi : Les pêcheurs inquiets pour la saison de la coquille"],
        [
            "+« Si la digue cède, ce sont vingt bateaux qui n'ont plus d'abri », résume Yannick Trévarec, patron d'un"
            " chalutier du port. « On ne pouvait pas attendre un hiver de plus. »",
        ],
        ["+Ce que prévoit le chantier"],
        [
            "+Une barge de travaux stationnée à l'entrée du port jusqu'en juin.",
            "-Publicité",
            "+La cale de mise à l'eau fermée deux semaines en mai.",
            "+Un accès piéton maintenu sur le quai nord.",
        ],
        ["-Recevez chaque matin l'essentiel de l'actualité du littoral : inscrivez-vous à notre newsletter"],
        ["+Les travaux seront suspendus pendant la fête des Marins, le dernier week-end de mai."],
        ["+Une réunion publique est prévue le 3 mars à la salle des fêtes pour présenter le calendrier aux riverains."],
        ["-Mots-clés : Port-Kerbrinoc, digue, pêche", "-Partager : Facebook · WhatsApp · Copier le lien"],
        [
            "-Commentaires (9)",
            "-Marée_basse : Enfin ! Ça fait trois hivers qu'on attend.",
            "-↳ Gwen29 : Trois hivers et deux tempêtes, oui.",
            "-↳↳ Marée_basse : Espérons que le béton tienne mieux que l'ancien.",
            "-Loïc P. : Et qui paie ? Encore nous avec la taxe portuaire ?",
            "-Voir les 9 commentaires",
        ],
        ["-© 2026 Éditions du littoral kerbrinocois – Tous droits réservés – Mentions légales – Données personnelles"],
    ]),
    _page("fr", "fr-blog-petitreseaudugrenier-aiguillages", [
        ["-Le Petit Réseau du Grenier"],
        ["-Accueil · Le réseau · Tutos · Boutique · Contact"],
        ["-Publié le 8 février 2026 par Bertrand", "+Motoriser les aiguillages de la gare basse"],
        ["-Temps de lecture : 6 minutes", "-5 commentaires ↓"],
        [
            "+Après deux ans à manœuvrer les aiguillages à la main en me penchant au-dessus du décor, j'ai enfin"
            " motorisé les sept aiguillages de la gare basse.",
        ],
        ["-Les moteurs à mouvement lent fixés sous la planche, avant le câblage."],
        [
            "+J'ai choisi des moteurs à mouvement lent plutôt que des moteurs à solénoïde, pour que les lames bougent"
            " doucement comme sur un vrai réseau.",
            "-Épingler sur Pinterest",
        ],
        [
            "+Un ami du club m'avait prévenu : « Le plus long, ce n'est pas de poser les moteurs, c'est de retrouver"
            " quel fil va où six mois après. »",
        ],
        [
            "+Ce que j'ai appris",
            "+Étiqueter chaque fil des deux côtés.",
            "+Prévoir un accès par-dessous sans démonter le décor.",
            "-Les moteurs utilisés sont disponibles dans ma boutique",
            "+Tester chaque aiguillage avant de reboucher le ballast.",
        ],
        ["-Annonces", "-Signaler cette annonce"],
        [
            "+La gare est maintenant pilotée depuis un petit tableau de commande en façade, avec un interrupteur par"
            " aiguillage et des voyants.",
        ],
        ["-Vous aimerez aussi : Fabriquer un quai de gare en carton plume"],
        ["+Prochaine étape : la signalisation, qui devra suivre la position des aiguillages."],
        ["-Abonnez-vous pour recevoir les nouveaux articles par e-mail"],
        [
            "-5 réponses à « Motoriser les aiguillages de la gare basse »",
            "-Gérard : Superbe travail ! Quelle marque de moteurs ?",
            "-↳ Bertrand : Merci Gérard, ce sont des moteurs à mouvement lent du commerce, rien d'exotique.",
            "-Nadine : Le coup des étiquettes, je l'ai appris à mes dépens.",
            "-↳ Bertrand : Nadine, comme nous tous !",
            "-Laisser un commentaire",
        ],
        ["-« Article précédent · Article suivant »", "-Fièrement propulsé par WordPress · Thème Astra"],
    ]),
    _page("de", "de-portal-fischbrackum-fischhalle", [
        ["-Zum Inhalt springen", "-Fischbrackumer Anzeiger", "-Lokales · Hafen · Wirtschaft · Sport · Kultur"],
        [
            "+Neue Fischhalle: Der Fischmarkt zieht an die Ostmole",
            "-Von Tjark Heringslohe",
            "-Veröffentlicht am 11.02.2026, 16:45 Uhr",
        ],
        [
            "-Lesedauer 3 Minuten",
            "+Nach fast hundert Jahren auf dem Marktplatz bekommt der Fischbrackumer Fischmarkt ein festes Dach: Die"
            " neue Halle an der Ostmole öffnet Ende April.",
        ],
        ["-Die neue Fischhalle an der Ostmole kurz vor dem Richtfest.", "-Foto: Tjark Heringslohe"],
        [
            "+Zwölf Stände haben Platz in der Halle, dazu ein Kühlraum, den sich die Kutterfischer teilen, und eine"
            " Räucherei, die samstags öffentlich vorführt.",
        ],
        ["-Lesen Sie auch: Krabbenfischer kämpfen mit niedrigen Preisen"],
        [
            "+„Wir verkaufen den Fisch jetzt dort, wo er an Land kommt“, sagt Hauke Dorschmann, der seit dreißig"
            " Jahren Schollen und Krabben vom eigenen Kutter anbietet. „Kürzer geht der Weg nicht.“",
        ],
        ["+Was sich für Kunden ändert"],
        [
            "+Der Markt öffnet dienstags und samstags schon um sieben Uhr.",
            "-Werbung",
            "+Auf der Ostmole gibt es vierzig neue Parkplätze.",
            "+Der Wochenmarkt auf dem Marktplatz bleibt ohne Fischstände.",
        ],
        ["-Der Hafen-Newsletter: Jeden Freitag die wichtigsten Nachrichten von der Küste – jetzt kostenlos abonnieren"],
        ["+Die Stadt rechnet mit Baukosten von 1,8 Millionen Euro, von denen das Land knapp die Hälfte trägt."],
        ["+Zur Eröffnung am 25. April singt der Shantychor, und die Kutter liegen geschmückt an der Mole."],
        ["-Schlagwörter: Fischmarkt, Hafen, Fischbrackum", "-Teilen: Facebook · WhatsApp · E-Mail"],
        [
            "-Kommentare (7)",
            "-Möwenfreund: Endlich ein Dach über dem Kopf beim Einkaufen!",
            "-↳ Krabbenpuhlerin: Und die Möwen bleiben hoffentlich draußen.",
            "-↳↳ Möwenfreund: Ha, das wäre ein Wunder.",
            "-Hafenkind64: Schade um den alten Marktplatz, da war immer was los.",
            "-Alle 7 Kommentare anzeigen",
        ],
        ["-© 2026 Anzeiger Verlag Fischbrackum GmbH · Impressum · Datenschutz · AGB"],
    ]),
    _page("de", "de-blog-aquarienstubemoosgrund-garnelen", [
        ["-Aquarienstube Moosgrund"],
        ["-Start · Becken · Pflanzen · Technik · Über mich"],
        ["-Veröffentlicht am 7. Februar 2026 von Ilka", "+Ein Nano-Becken für Garnelen einrichten"],
        ["-Lesezeit: 5 Minuten", "-8 Kommentare ↓"],
        [
            "+Seit Weihnachten steht auf meinem Schreibtisch ein 30-Liter-Becken, und diesmal sollten keine Fische"
            " hinein, sondern nur Zwerggarnelen.",
        ],
        ["-Das frisch bepflanzte Becken am ersten Tag."],
        [
            "+Das Becken lief sechs Wochen ein, bevor die ersten zwanzig Garnelen einzogen, und in dieser Zeit habe"
            " ich nur Pflanzen und etwas Laub hineingegeben.",
            "-Bild auf Pinterest merken",
        ],
        ["+Meine Händlerin sagte mir beim Kauf: „Garnelen verzeihen fast alles, nur keine Ungeduld beim Einfahren.“"],
        [
            "+Was ins Becken kam",
            "+Feiner Sand und etwas Lavagestein.",
            "+Javamoos auf einer Wurzel.",
            "-Meine Lieblingswurzeln gibt es im Shop",
            "+Ein leiser Luftheber statt eines Außenfilters.",
        ],
        ["-Werbeanzeige", "-Ausblenden"],
        ["+Nach drei Monaten sind es schon über sechzig Tiere, und die Jungtiere sitzen am liebsten im Moos."],
        ["-Das könnte dich auch interessieren: Javamoos richtig aufbinden"],
        ["+Als Nächstes versuche ich, eine zweite Farbform in einem eigenen Becken zu halten."],
        ["-Abonniere den Blog und verpasse keinen neuen Beitrag"],
        [
            "-8 Gedanken zu „Ein Nano-Becken für Garnelen einrichten“",
            "-Timo: Wie hältst du die Temperatur im Sommer unten?",
            "-↳ Ilka: Hallo Timo, mit einem kleinen Lüfter über der Wasseroberfläche.",
            "-Sabine: Wunderschönes Becken, das Moos sieht toll aus!",
            "-↳ Ilka: Danke dir, Sabine!",
            "-Schreibe einen Kommentar",
        ],
        ["-← Vorheriger Beitrag · Nächster Beitrag →", "-Stolz präsentiert von WordPress · Theme: Kadence"],
    ]),
    _page("it", "it-portale-scogliorena-traghetti", [
        ["-Vai al contenuto", "-Il Faro di Scogliorena", "-Cronaca · Porto · Economia · Sport · Eventi"],
        [
            "+Traghetti per l'isola, dal 1° aprile l'orario estivo con sei corse al giorno",
            "-di Ottavia Remigalli",
            "-10 febbraio 2026, ore 13:20",
        ],
        [
            "-Lettura 3 min",
            "+La compagnia di navigazione ha presentato l'orario estivo dei traghetti per l'isola: dal primo aprile le"
            " corse passano da quattro a sei al giorno.",
        ],
        ["-Il traghetto in partenza dal molo di levante.", "-Foto: O. Remigalli"],
        [
            "+La prima partenza sarà alle 6:30 e l'ultima rientrerà in porto alle 21:45; nei fine settimana di luglio"
            " e agosto è prevista anche una corsa notturna.",
        ],
        ["-Leggi anche: Porto, al via i lavori per la nuova stazione marittima"],
        [
            "+«Per chi lavora in città è una svolta», dice Rosalba Pontemurati, pendolare da dodici anni. «Finora si"
            " perdeva mezza giornata ad aspettare la corsa del pomeriggio.»",
        ],
        ["+Le novità dell'orario"],
        [
            "+Sei corse giornaliere da aprile a settembre.",
            "-Pubblicità",
            "+Biglietti acquistabili anche online fino a mezz'ora prima.",
            "+Sconto del 30 per cento per i residenti e gli studenti.",
        ],
        ["-Ricevi ogni mattina le notizie del porto: iscriviti alla newsletter del Faro"],
        ["+La Regione coprirà con un contributo straordinario i costi delle due corse aggiuntive."],
        ["+L'orario invernale, con quattro corse, tornerà in vigore dal primo ottobre."],
        ["-Argomenti: traghetti, porto, isola", "-Condividi: Facebook · WhatsApp · X"],
        [
            "-Commenti (5)",
            "-Marinaio_in_pensione: Era ora, d'estate non si trovava mai posto.",
            "-↳ Lucia B.: Speriamo che la corsa notturna non salti al primo vento.",
            "-↳↳ Marinaio_in_pensione: Con il maestrale salta tutto, lo sappiamo.",
            "-Gino54: E d'inverno restiamo sempre con quattro corse?",
            "-Carica altri commenti",
        ],
        ["-© 2026 Edizioni del Faro di Scogliorena srl · P. IVA 00000000000 · Privacy · Cookie"],
    ]),
    _page("it", "it-blog-gomitolisuldavanzale-calzini", [
        ["-Gomitoli sul davanzale"],
        ["-Home · Schemi · Tutorial · Chi sono · Contatti"],
        ["-Pubblicato il 5 febbraio 2026 da Teresa", "+Il mio primo paio di calzini dalla punta"],
        ["-Tempo di lettura: 4 minuti", "-6 commenti ↓"],
        [
            "+Avevo sempre lavorato i calzini dal polsino in giù, ma quest'inverno ho voluto provare a partire dalla"
            " punta, con due ferri circolari.",
        ],
        ["-I due calzini finiti, ad asciugare sul termosifone."],
        [
            "+Il vantaggio è che puoi provarli man mano e fermarti quando il gomitolo sta per finire, senza paura di"
            " restare senza lana.",
            "-Salva su Pinterest",
        ],
        [
            "+La signora del negozio di filati me l'aveva detto: «Il tallone fa paura solo la prima volta, poi lo fai"
            " a occhi chiusi.»",
        ],
        [
            "+Cosa mi è servito",
            "+Un avvio alla Judy, semplice e senza cuciture.",
            "+Un tallone a ferri accorciati.",
            "-Trovi lo schema completo nel mio negozio",
            "+Un'intrecciatura finale molto elastica.",
        ],
        ["-Annuncio pubblicitario", "-Segnala questo annuncio"],
        ["+Il secondo calzino è venuto più veloce del primo, e ora i due sono quasi uguali."],
        ["-Potrebbe interessarti anche: Come bloccare uno scialle di pizzo"],
        ["+Il prossimo paio sarà a righe, con gli avanzi di lana delle sciarpe dell'anno scorso."],
        ["-Iscriviti per ricevere i nuovi articoli via email"],
        [
            "-6 commenti su “Il mio primo paio di calzini dalla punta”",
            "-Graziella: Che bei colori! Che lana hai usato?",
            "-↳ Teresa: Ciao Graziella, è una merino per calze con un po' di nylon.",
            "-Paola: Anche io ho paura del tallone, mi hai convinta a provare.",
            "-↳ Teresa: Paola, vai tranquilla!",
            "-Lascia un commento",
        ],
        ["-← Articolo precedente · Articolo successivo →", "-Creato con WordPress · Tema: GeneratePress"],
    ]),
    _page("pl", "pl-portal-mewobrzeg-falochron", [
        ["-Przejdź do treści", "-Kurier Mewobrzeski", "-Wiadomości · Port · Gospodarka · Sport · Kultura"],
        ["+Remont falochronu w Mewobrzegu ruszy w kwietniu", "-Autor: Wiesława Dalbowska", "-12.02.2026, 09:30"],
        [
            "-3 min czytania",
            "+Zniszczony przez jesienne sztormy falochron wschodni w Mewobrzegu zostanie odbudowany – urząd morski"
            " podpisał umowę z wykonawcą.",
        ],
        ["-Wyrwa w koronie falochronu wschodniego po sztormie z listopada.", "-Fot. W. Dalbowska"],
        [
            "+Prace obejmą 320 metrów falochronu: wymianę betonowych bloków, nową opaskę z kamienia i oświetlenie"
            " głowicy.",
        ],
        ["-Czytaj także: Rybacy z Mewobrzegu chcą nowej przystani"],
        [
            "+– Każdy sztorm to dla nas nerwy, czy łodzie przetrwają noc – mówi Zbigniew Kutrobłoński, szyper kutra"
            " rybackiego. – Nowy falochron to spokój na lata.",
        ],
        ["+Co zmieni się w porcie"],
        [
            "+Wejście do portu będzie zwężone do końca sierpnia.",
            "-Reklama",
            "+Łodzie rybackie przeniosą się na czas prac do basenu zachodniego.",
            "+Spacer po falochronie będzie zamknięty do jesieni.",
        ],
        ["-Zapisz się na newsletter Kuriera i otrzymuj najważniejsze wiadomości z wybrzeża"],
        ["+Koszt inwestycji to 41 milionów złotych, z czego większość pokryją fundusze unijne."],
        ["+Wykonawca ma zakończyć prace przed pierwszymi jesiennymi sztormami."],
        ["-Tagi: port, falochron, Mewobrzeg", "-Udostępnij: Facebook · X · Skopiuj link"],
        [
            "-Komentarze (6)",
            "-Rybak_z_zachodniego: Oby tym razem zrobili porządnie.",
            "-↳ Ola M.: Ten poprzedni też miał być na lata...",
            "-↳↳ Rybak_z_zachodniego: No właśnie, dlatego piszę.",
            "-Turysta2025: A czy latem będzie można popłynąć w rejs?",
            "-Pokaż więcej komentarzy",
        ],
        ["-© 2026 Wydawnictwo Mewobrzeskie. Wszelkie prawa zastrzeżone. Regulamin · Polityka prywatności"],
    ]),
    _page("pl", "pl-blog-makietapodschodami-semafory", [
        ["-Makieta pod schodami"],
        ["-Start · Makieta · Poradniki · Sklep · O mnie"],
        ["-Opublikowano 6 lutego 2026 przez Krzysztofa", "+Semafory kształtowe na stacji Dolna"],
        ["-5 minut czytania", "-7 komentarzy ↓"],
        [
            "+Stacja na mojej makiecie od dawna czekała na semafory, bo bez nich pociągi ruszały, jak chciały, a to"
            " przecież ma być prawdziwa kolej.",
        ],
        ["-Semafor wjazdowy z podświetleniem, jeszcze przed malowaniem."],
        [
            "+Semafory złożyłem z mosiężnych zestawów, a ramiona poruszają małe serwomechanizmy ukryte pod płytą"
            " makiety.",
            "-Zapisz na Pintereście",
        ],
        ["+Kolega z klubu modelarskiego powiedział mi: „Semafor, który się nie rusza, to tylko słup z ozdobą”."],
        [
            "+Co było najtrudniejsze",
            "+Lutowanie cienkich drucików przy ramionach.",
            "+Ustawienie powolnego ruchu serw.",
            "-Gotowe zestawy semaforów kupisz w moim sklepie",
            "+Połączenie semaforów z rozjazdami.",
        ],
        ["-Ogłoszenie", "-Zgłoś tę reklamę"],
        ["+Teraz każdy pociąg musi czekać na sygnał, a dzieci sąsiadów najbardziej lubią podnosić ramię semafora."],
        ["-Może cię zainteresować: Jak postarzyć wagony towarowe"],
        ["+W następnym wpisie pokażę, jak podłączyłem sygnalizację do pulpitu sterowniczego."],
        ["-Zapisz się, aby otrzymywać nowe wpisy na e-mail"],
        [
            "-7 komentarzy do „Semafory kształtowe na stacji Dolna”",
            "-Marek: Świetna robota! Jakich serw użyłeś?",
            "-↳ Krzysztof: Cześć Marek, najmniejszych serw modelarskich, jakie znalazłem.",
            "-Ewa: Mój syn jest zachwycony, pokazywałam mu zdjęcia.",
            "-↳ Krzysztof: Ewa, zapraszam z synem na dzień otwarty!",
            "-Dodaj komentarz",
        ],
        ["-« Poprzedni wpis · Następny wpis »", "-Blog na WordPressie · Motyw: Neve"],
    ]),
    _page("ru", "ru-portal-chaykomorsk-rynok", [
        ["-Перейти к содержанию", "-Чайкоморский прибой", "-Новости · Порт · Экономика · Спорт · Афиша"],
        [
            "+Рыбный рынок у причала № 3 откроется после реконструкции в мае",
            "-Текст: Ульяна Причальникова",
            "-11 февраля 2026, 10:05",
        ],
        [
            "-Время чтения: 3 мин",
            "+Старый рыбный рынок у третьего причала закрыли на реконструкцию: в мае он откроется с новой крышей,"
            " холодильниками и местами для местных рыбаков.",
        ],
        ["-Павильоны рыбного рынка в январе, до начала работ.", "-Фото: Ульяна Причальникова"],
        [
            "+В обновлённом рынке будет сорок торговых мест, десять из них бесплатно получат рыбаки прибрежного лова,"
            " которые сдают улов прямо с лодок.",
        ],
        ["-Читайте также: В Чайкоморске продлили путину на корюшку"],
        [
            "+«Раньше мы стояли под дождём и продавали с ящиков, — говорит рыбак Степан Сетеплёткин. — Теперь хоть"
            " будет где разделать рыбу по-человечески».",
        ],
        ["+Что изменится для покупателей"],
        [
            "+Рынок будет работать ежедневно с семи утра до трёх часов дня.",
            "-Реклама",
            "+На входе появится лаборатория, проверяющая свежесть рыбы.",
            "+Парковку у причала расширят на шестьдесят мест.",
        ],
        ["-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости порта"],
        ["+Реконструкция обойдётся городу в 94 миллиона рублей."],
        ["+Пока идут работы, рыбаки торгуют на площадке у морского вокзала."],
        ["-Теги: рынок, порт, рыбалка", "-Поделиться: ВКонтакте · Telegram · WhatsApp"],
        [
            "-Комментарии (4)",
            "-Морячка: Наконец-то! Старый рынок был в ужасном состоянии.",
            "-↳ Сергей К.: Главное, чтобы цены не выросли вместе с крышей.",
            "-↳↳ Морячка: Это вряд ли, увы.",
            "-Дед_Никифор: А корюшку будут продавать с лодок, как раньше?",
            "-Показать ещё комментарии",
        ],
        ["-© 2026 ООО «Прибой-Медиа». Все права защищены. 16+"],
    ]),
    _page("ru", "ru-blog-somikinapodokonnike-koridorasy", [
        ["-Сомики на подоконнике"],
        ["-Главная · Аквариумы · Рыбы · Растения · Обо мне"],
        ["-Опубликовано 4 февраля 2026, автор: Тимофей", "+Коридорасы в моём новом аквариуме"],
        ["-Время чтения: 4 минуты", "-9 комментариев ↓"],
        [
            "+Полгода назад я запустил аквариум на 60 литров и решил, что главными жителями в нём будут коридорасы —"
            " маленькие донные сомики.",
        ],
        ["-Стайка коридорасов у коряги."],
        [
            "+Коридорасы любят песок, поэтому я заменил гравий на мелкий речной песок, чтобы они не повреждали усики.",
            "-Сохранить в Pinterest",
        ],
        ["+Продавец в зоомагазине сказал мне: «Одного сомика не бывает: берите сразу шесть, иначе они будут скучать»."],
        [
            "+Что нужно коридорасам",
            "+Мягкий песок без острых краёв.",
            "+Тонущий корм, который доходит до дна.",
            "-Корм, который я использую, есть в моём магазине",
            "+Стая хотя бы из шести рыбок.",
        ],
        ["-Рекламный блок", "-Скрыть рекламу"],
        ["+Теперь они целыми днями копаются в песке и иногда выстраиваются в ряд у переднего стекла."],
        ["-Вам может быть интересно: Как я запускал первый аквариум"],
        ["+Весной я хочу попробовать развести их в отдельном нерестовике."],
        ["-Подпишитесь на блог, чтобы не пропустить новые записи"],
        [
            "-9 комментариев к записи «Коридорасы в моём новом аквариуме»",
            "-Алёна: Какие милые! А они уживаются с неонами?",
            "-↳ Тимофей: Алёна, да, у меня живут вместе без проблем.",
            "-Игорь: Сколько раз в день кормите?",
            "-↳ Тимофей: Игорь, один раз вечером, они ночные.",
            "-Оставить комментарий",
        ],
        ["-← Предыдущая запись · Следующая запись →", "-Работает на WordPress · Тема: Hestia"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Cedric Wintleby, Harbours and Coast Reporter, with additional reporting from PA Media":
        "an English reporter's byline with his beat and an agency ('Cedric Wintleby, Harbours and Coast Reporter, with"
        " additional reporting from PA Media') is left at the head",
    "Une enquête de Gwenola Kerdrouzic, avec le service photo":
        "a French investigation-by byline ('Une enquête de Gwenola Kerdrouzic, avec le service photo') is left at the"
        " head",
    "Cet article, d'abord réservé à nos abonnés, est exceptionnellement proposé en accès libre.":
        "a French opened-to-all-readers notice ('Cet article, d'abord réservé à nos abonnés, est exceptionnellement"
        " proposé en accès libre.') is left in the body",
    "Hand-dyed sock yarn from my own dye pots goes up in the shop on the first Sunday of each month.":
        "an English blog's hand-dyed sock-yarn shop plug ('Hand-dyed sock yarn from my own dye pots goes up in the"
        " shop on the first Sunday of each month.') is left at the foot",
    "I stream operating sessions from the layout on YouTube every other Thursday evening – come and say hello.":
        "an English model-railway blog's YouTube streaming plug ('I stream operating sessions from the layout on"
        " YouTube every other Thursday evening – come and say hello.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-draftedfleece-longdraw":
        "the spinning blog's long-draw post keeps its photo caption ('The castle wheel by the window, with a rolag "
        "waiting on the orifice hook.') between the first and second paragraphs (1 of 20 noise lines)",
    "fr-blog-petitreseaudugrenier-aiguillages":
        "the model-railway blog's turnout post keeps its photo caption ('Les moteurs à mouvement lent fixés sous la "
        "planche, avant le câblage.') between the first and second paragraphs (1 of 20 noise lines)",
    "de-blog-aquarienstubemoosgrund-garnelen":
        "the aquarium blog's shrimp-tank post keeps its photo caption ('Das frisch bepflanzte Becken am ersten Tag.') "
        "between the first and second paragraphs (1 of 20 noise lines)",
    "it-blog-gomitolisuldavanzale-calzini":
        "the knitting blog's sock post keeps its photo caption ('I due calzini finiti, ad asciugare sul termosifone.')"
        " between the first and second paragraphs (1 of 20 noise lines)",
    "pl-blog-makietapodschodami-semafory":
        "the model-railway blog's semaphore post keeps its photo caption ('Semafor wjazdowy z podświetleniem, jeszcze "
        "przed malowaniem.') between the first and second paragraphs (1 of 20 noise lines)",
    "ru-blog-somikinapodokonnike-koridorasy":
        "the aquarium blog's Corydoras post keeps its photo caption ('Стайка коридорасов у коряги.') between the first"
        " and second paragraphs (1 of 20 noise lines)",
}


test_held_out_130_line, test_held_out_130_line_is_kept, test_held_out_130_page = held_out_tests(
    HELD_OUT_130_LINES, HELD_OUT_130_KEEP, HELD_OUT_130_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
