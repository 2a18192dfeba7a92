"""Held-out set 129: written blind, weighted toward the noise the cleaner exists for, in shapes set 128's docstring does
not name (nor the first paragraphs of sets 125, 126 and 127): scraper, embed and ad markers (an English Acast podcast
blocked by cookie choices "Podcast episode (Acast) is blocked by your cookie choices – tap here to change them and
listen.", an English SoundCloud player failure "The SoundCloud player could not load. Refresh the page or listen to the
recital on soundcloud.com.", an English Google Maps failure with a fallback link "Google Maps could not be loaded here.
Open the museum's location in Google Maps instead.", a French Dailymotion video needing the video cookies "Vidéo
Dailymotion indisponible : acceptez les cookies « Vidéos » pour la lancer ici.", a German disabled Podigee player
"Podigee-Player deaktiviert – aktivieren Sie Podcasts in den Datenschutz-Einstellungen, um die Folge zu hören.", an
Italian Facebook post not available "Il post di Facebook non è disponibile: potrebbe essere stato rimosso oppure le
impostazioni sulla privacy ne impediscono la visualizzazione.", a Polish switched-off YouTube player "Odtwarzacz YouTube
jest wyłączony – włącz treści zewnętrzne w ustawieniach prywatności, aby obejrzeć nagranie." and a Russian Yandex Music
audio player failure "Аудиоплеер Яндекс Музыки не загрузился. Послушать выпуск подкаста можно на сайте сервиса.");
reading-time headers in new wordings (the English minutes-and-word-count line "4-minute read · 820 words" and a pottery
blog's "This post is on the long side – about eleven minutes if you read every glaze note.", the French "Durée de
lecture : 4 minutes", the German "Geschätzte Lesezeit 4 Minuten", the Italian "Si legge in 4 minuti", the Polish
"Lektura na 4 minuty" and the Russian "Читать 4 минуты"); bylines and self-promotion (an English
reported-by-for-the-desk byline "Reported by Cressida Quillanbey for the Arts & Culture desk", a French by-with-AFP
byline "Par Maëlys Cormerond (avec AFP)", an Italian from-our-special-correspondent byline "Dal nostro inviato Gualtiero
Sbarbacci", a Russian author-and-culture-columnist byline "Автор: Евдокия Зарянцева, обозреватель отдела культуры", an
English commissions-open plug "Commissions are open again: I throw custom mugs and bowls to order – the waiting list is
on my Commissions page.", an English pay-what-you-like Gumroad plug "My glaze recipe notebook is a pay-what-you-like PDF
on Gumroad.", a German commissioned-genealogy plug "Ich biete Ahnenforschung im Auftrag an – schreiben Sie mir über das
Kontaktformular, das Erstgespräch ist kostenlos." and a Polish children's-birdwatching-workshops plug "Prowadzę
warsztaty obserwacji ptaków dla dzieci – zapisy przez formularz w zakładce Warsztaty."); blog and site footers (an
English Ghost-and-Casper credit "Powered by Ghost · Theme: Casper · Subscribe via RSS", an English IMPRESS regulation
line "Our journalism is regulated by IMPRESS. Complaints: see our Editorial Standards page.", an English
Krystal-and-Grav credit "Hosted by Krystal Hosting · Built with Grav CMS · No cookies, no trackers", a French Dotclear
credit "Ce blog est propulsé par Dotclear – Thème : Ductile – Mentions légales", a German WordPress-at-All-Inkl line
"Erstellt mit WordPress · Gehostet bei All-Inkl.com · Impressum · Datenschutz", an Italian registered-paper line
"Testata giornalistica registrata presso il Tribunale di Lucca n. 0/2011 · © Riproduzione riservata", a Polish
all-rights-reserved-no-copying line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione.
Polityka prywatności" and a Russian Tilda line with the personal-data consent link "Сайт работает на Tilda · Политика
конфиденциальности · Согласие на обработку персональных данных"); reader-comment furniture (an English moderation-delay
line "Comments are moderated and may take up to 24 hours to appear.", an English jump-to-latest link "Jump to the latest
comment ↓", an English notify-me checkbox label "Notify me of follow-up comments by email", a French
show-earlier-replies link "Afficher les 9 réponses précédentes", a German reader-comments-show-all link "Leserkommentare
(23) – alle anzeigen", an Italian log-in-with-Facebook-or-Google prompt "Accedi con Facebook o Google per commentare
questo articolo.", a Polish awaiting-moderation note "Twój komentarz oczekuje na moderację." and a Russian
best-newest-oldest sort row "Лучшие комментарии · Сначала новые · Сначала старые"); share rows (a French did-you-like-it
prompt "Cet article vous a plu ? Partagez-le sur Facebook ou LinkedIn.", an Italian forward-publish-save row "Inoltra su
WhatsApp · Pubblica su Facebook · Salva in PDF" and a Russian Odnoklassniki, Telegram and copy-link row "Поделиться в
Одноклассниках · Отправить в Telegram · Скопировать ссылку"); and notices (an English free-thanks-to-members note "This
article is free to read thanks to the support of our members." and a German disclosure that the author belongs to the
museum's friends' society "Offenlegung: Die Autorin ist Mitglied im Förderverein des Museums.", both in the body, and a
Polish ministry-funded-project note "Tekst powstał w ramach projektu dofinansowanego ze środków Ministra Kultury." at
the foot); and toward whole scraped news and hobby-blog pages in layouts set 128's docstring does not describe (on the
six portal pages one block of three above the title, the masthead (on five of them with a tagline), a section menu and a
breadcrumb; the reading time inside the title's own block, right after the title; under it one block of three, byline,
date and a share row; a photo caption and photo credit at the top of the first paragraph's block, right before it;
nothing inside the second paragraph's block and a read-also link alone between the second paragraph and the paragraph
with the quote; nothing between that paragraph and the subheading, which shares its block with the three rows and
nothing else; an ad label and a sponsored link in one block between the last row and the last paragraphs; a Google News,
WhatsApp or Dzen follow prompt between the two last paragraphs inside their shared block; at the foot two blocks, five
lines (a comment count, a comment, an arrowed reply by a second reader, the first commenter's answer nested two arrows
deep and a second comment left unanswered) and then the tags and a copyright line with legal links; on the six blog
pages the blog name at the top of the title's block, right before the title; under it one block of three (date and
author, reading time, category); a photo caption at the end of the first paragraph's block, right after it; a three-line
table of contents (its heading and two entries) in its own block between the first and second paragraphs; nothing
between the second paragraph and the paragraph with the quote; an affiliate disclosure alone between that paragraph and
the subheading; the subheading and the three rows in one block with an ad label between the first and second rows; a
shop plug and a newsletter prompt in one block between the last row and the last paragraphs; the two last paragraphs in
one block with nothing between them; at the foot three blocks, a share row and an Instagram or Telegram follow prompt,
then five lines (a comment count, a comment, an arrowed reply by a second reader, the author's answer nested two arrows
deep and a second comment left unanswered), then a platform-and-theme credit alone), taken from a town's museum, theatre
and concert-hall life (a lace exhibition, a theatre's season, a restored concert organ, river bronzes at a civic museum,
a philharmonic's season, a philharmonic's restored organ) and from blogs about pottery and glazes, family history and
birdwatching.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 128 but what is named here), held-out set 130 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 128 up to its paragraph "Still held out after round 93", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 125, 126 and 127, printed with one ast
script (/tmp/s129scratch/peek.py, reading the files in /work/main; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s129scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 128's as
printed, with 128 -> 129; /tmp/s129scratch/gen129.py writes the file from scratch files (body129.py, pages129.py,
doc_p1.txt, doc_rest.txt and, after the measurement, tables129.py and the Baseline paragraph). Nothing else was copied
from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s129, detached at
commit c67ced801542955e06a91df040c2b21ae8555bc7, the commit the brief named) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c67ced801542955e06a91df040c2b21ae8555bc7, the brief's commit, so peek.py read sets 125 to 128 from /work/main; both
worktrees were made at that commit with ``git worktree add`` (output to /dev/null) and /work/main was not touched.
peek.py's first run printed to the terminal, which cut its middle (the end of set 128's Slips and notes, its Judgement
calls, Contents and Baseline, its tail, the first paragraph of set 125 and the start of set 126's); its second run went
to /tmp/s129scratch/peek.out, of which I paged lines 125 to 360 with ``sed`` (the rest of the allowed part of set 128's
docstring, its tail and the first paragraphs of sets 125 and 126); nothing outside the allowed parts was printed. (2)
The machine's python had the project's dependencies; every run used it. (3) Before the measurement
/tmp/s129scratch/check.py checked, case-insensitively, that no noise line (held-out or page) sits inside any other
noise, keep or article line, that no page line sits inside a held-out or keep line, that no line repeats and that no
line holds an at-sign, and printed 10 article and 20 noise lines a page; a one-off count printed the held-out lines by
category, place and language; gen129.py reports lines over 120 columns and at-signs (none). The first run of check.py
found 61 containments, all fixed before the measurement: the English blog's table-of-contents heading "In this post" sat
inside its own affiliate disclosure (it became "On this page"); its bare ad label "Ad" sat inside dozens of lines (it
became "Ad · Why this ad?"); the French, German, Italian, Polish and Russian portals' bare mastheads sat inside their
photo credits, follow prompts and copyright lines (each masthead got its tagline); the French blog's ad label "Annonce"
sat inside the French portal's menu "Petites annonces" (it became "Annonces Google"); the German portal's ad label
"Anzeige" sat inside its masthead and the German held-out comments link (it became "Werbung"); the Italian portal's ad
label "Pubblicità" sat inside its copyright line (whose last link became "Lavora con noi"); and the Russian portal's ad
label "Реклама" sat inside the Russian keep line that opens with that word (it became "Реклама 16+"). The second run
found nothing. (4) Invented names were checked with the exact-string search over public GitHub files: Haskerbridge,
Quillanbey, Thornwaite-Ellis, Shino and Soot, Montbressac, Cormerond, Fauvergnac, Aïeux du bocage, Wendelsrode,
Wendelsroder, Brennecamp, Fernglas am Deich, Castelmorano, Sbarbacci, Rinzolfi, Smalto e fuliggine, Sękowiec,
Sękowiecki, Krzemiennicka, Szperaczka w metrykach, Вереснянск, Вереснянские, Зарянцева, Гребнищев and С биноклем на
болоте had no hits. Dropped: Pellingworth (a surname in several repositories; the English reporter became Cressida
Quillanbey), Kiln Dust (an industrial term with many hits; the English blog became Shino and Soot), Racines et registres
(one hit in a table; the French blog became Aïeux du bocage), Vercheret (a Spanish place name; the French reporter
became Anatole Fauvergnac), Jarzębinów (no hit, but its adjective's stem Jarzębinow- is a common real street name; the
Polish town became Sękowiec) and Kruszynow- (hits inside identifiers, never used). Not checked: the first names of blog
authors and commenters and their handles (Bryony, Solange, Jannis, Chiara, Agnieszka, Тимур, RiverbankRon, Orgelfan_WR,
Галина_П and the rest), Jean Guérin (a common French name, the blog's ancestor) and the taglines built on checked towns.
There are no e-mail addresses and no at-signs. (5) Real things named, as real pages do: Acast, SoundCloud, Google Maps,
Google News, Dailymotion, Podigee, Facebook, YouTube, Yandex Music, AFP, Gumroad, Ghost and its Casper theme, IMPRESS,
Krystal Hosting, Grav, Dotclear and its Ductile theme, WordPress (Twenty Twenty-Four, Astra, Kadence, Blocksy),
All-Inkl.com, Blogger and its Contempo theme, the court of Lucca, Tilda, Dzen, LinkedIn, Pinterest, Instagram, X,
WhatsApp, Telegram, VKontakte, Odnoklassniki, Geneteka, the Cotswolds, Dordogne, Sardinia, the Golden Ring, Kaliningrad,
Moniuszko, Beethoven and Molière's Fourberies de Scapin. (6) The two measuring commands ran as the brief gave them, in
one shell call after ``date`` and the last check, their output sent to /tmp/s129scratch/measure.out and report.out and
the report and the pytest tail printed; the problems were then printed with ``_problems`` in the frozen worktree by
/tmp/s129scratch/problems.py (output problems.out), which imports the copy of this file in /tmp/wt-s129/tests; it ran
``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing only the failing ones (11, 0 and 11, as in
the measurement). The xfail tables were written in /tmp/s129scratch/tables_src.py from my own descriptions of those
lines and pages and turned into tables129.py by write_tables.py, which also checked that the tables name exactly the
failing lines and pages and that every page noise line left is quoted whole in its page's reason. (7) My first clock
reading was 2026-12-05 13:17:33 UTC; the measurement ran at 13:21:19 UTC. (8) With the tables filled, the pytest command
ran on the final file in /tmp/wt-s129: 55 passed, 22 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from visitors", "Sharing the organ's restoration
costs", "Following last winter's leak", "Subscribers to the theatre's season ticket", "Copyright in the photographs",
"Advertising revenue from the programme booklet", "Reading the parish registers aloud", "Les commentaires du public",
"Partager l'orgue restauré", "Abonnés depuis trente ans", "Kommentare der Besucher", "Teilen müssen sich Orchester und
Chor", "Folgen hatte der Wasserschaden", "Seguendo le indicazioni della Soprintendenza", "Abbonarsi alla stagione",
"Condivisa da tre comuni", "Komentarze zwiedzających", "Udostępnianie nagrań z koncertów", "Подписка на абонементы" and
"Реклама нового сезона" are article sentences: each reports what happened, was decided or was said about a museum, a
theatre, a concert hall, an organ or a festival, with the noise-like word as an ordinary noun or verb of the sentence.
Categories: the Acast, SoundCloud, Google Maps, Dailymotion, Podigee, Facebook, YouTube and Yandex Music lines are
markers (embed failures or consent placeholders); the four reporters' lines are bylines at the head, and the English
commissions and Gumroad plugs, the German genealogy-service plug and the Polish workshops plug are bylines
(self-promotion) at the foot; the Ghost, IMPRESS, Krystal, Dotclear, WordPress-at-All-Inkl, registered-paper,
all-rights-reserved and Tilda lines are footers; the moderation-delay line, the jump and show links, the notify-me
label, the log-in prompt, the awaiting-moderation note and the sort row are comment furniture; the French, Italian and
Russian share prompts and rows are share rows; the English members note and the German disclosure are notices in the
body, and the Polish ministry-funded note is a notice at the foot. On every page the title, the three paragraphs before
the subheading (one with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (mastheads, section menus, breadcrumbs, blog names, bylines, dates and authors' names, reading times,
categories, tables of contents, photo captions and credits, share rows, read-also links, affiliate disclosures, ad
labels and sponsored links, shop plugs, newsletter and follow prompts, comment counts, comments and replies, tags,
copyright lines and platform-and-theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); notice in English, German and Polish and share in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-haskerbridge-lace (the town museum's first big lace exhibition in forty years), en-blog-shinoandsoot-celadon
(six celadon glaze tests on porcelain cups), fr-portail-montbressac-saison (the municipal theatre's season of twenty-two
shows), fr-blog-aieuxdubocage-registres (finding an ancestor's 1742 marriage in digitised parish registers),
de-portal-wendelsrode-orgel (the town hall's concert organ plays again after three years of restoration),
de-blog-fernglasamdeich-saebelschnaebler (a morning with avocets at a coastal reserve), it-portale-castelmorano-mostra
(Roman bronzes from the river on show at the civic museum), it-blog-smaltoefuliggine-raku (a first raku firing in the
garden), pl-portal-sekowiec-filharmonia (the philharmonic's new concert season), pl-blog-szperaczkawmetrykach-akt
(reading a Latin baptism entry), ru-portal-veresnyansk-organ (the philharmonic's organ restored) and
ru-blog-sbinoklemnabolote-zhuravli (cranes at dawn over a bog), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit c67ced801542955e06a91df040c2b21ae8555bc7, measured with ``cd /tmp/wt-s129 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s129/src python -m pytest -q tests/test_clean_held_out_129.py -rA -p
no:cacheprovider`` (22 failed, 55 passed) and ``cd /tmp/wt-s129 && PYTHONPATH=/tmp/wt-s129/src python
scripts/clean_held_out_report.py --sets 129``, with the xfail tables empty): noise lines removed 34/45 (marker 4/8,
reading-time 6/7, byline 3/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 11 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: four markers (the English Acast, German Podigee, Italian Facebook and Polish YouTube
placeholders), the English pottery blog's long-post warning, five bylines (the English reported-by byline at the head
and the English commissions and Gumroad plugs, the German genealogy-service plug and the Polish workshops plug at the
foot) and the German disclosure notice); keep lines kept 20/20; pages 1/12 clean (the Polish portal), 31 of 240 page
noise lines left and 0 of 120 article lines lost. Left on the pages: the English portal 1 (Google News follow prompt
between the last paragraphs), the English pottery blog 4 (blog name, photo caption, ad label between the first and
second rows, shop plug), the French portal 1 (masthead), the French genealogy blog 1 (photo caption), the German portal
1 (photo caption), the German birdwatching blog 6 (photo caption, the three lines of the table of contents, ad label,
shop plug), the Italian portal 1 (masthead), the Italian pottery blog 5 (blog name, photo caption, the three lines of
the table of contents), the Polish portal 0, the Polish genealogy blog 3 (photo caption, ad label, e-book plug), the
Russian portal 2 (photo caption and credit) and the Russian birdwatching blog 6 (blog name, photo caption, the three
lines of the table of contents, ad label), as ``_PAGE_XFAIL`` describes; no page loses an article line. The failing
cases are strict xfails.

Still held out after round 94 (developed on sets 127 and 128: save, pin and follow prompts, newsletter prompts, shop,
course and sales plugs and affiliate disclosures as lines anywhere; a masthead's name and tagline on one line; a "Jump
to:" table of contents; a caption over its pin prompt; named embed placeholders, desk and trainee bylines, corrections;
this set was written against c67ced8, before it; measured once with ``scripts/clean_held_out_report.py --sets 129`` at
fce3e00, and again after the mend 3e52280 that set 130's lost paragraph called for, with the same figures here): noise
lines removed 34/45 (unchanged), keep lines 20/20, pages clean 1 -> 4/12 (the French and Italian portals' mastheads with
their taglines, the Russian portal's caption over its credit in guillemets), page noise lines left 31 -> 25 of 240 (also
the Polish genealogy blog's ad label and e-book plug), article lines lost 0 of 120 (unchanged). Three page entries
removed, one page reason reworded.

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
Figures before -> after: noise lines removed 34 -> 39/45 (marker 4 -> 8/8, reading-time 6 -> 7/7; byline 3/8, footer
8/8, comments 8/8, share 3/3 and notice 2/3 unchanged), keep lines 20/20, pages clean 4 -> 12/12, page noise lines left
25 -> 0 of 240, article lines lost 0 -> 0 of 120; pytest 58 passed, 19 xfailed -> 71 passed, 6 xfailed. Eight page
entries removed, five line entries removed. Still missed: the English reported-for-the-desk byline, the English
commissions and Gumroad plugs, the German commissioned-genealogy plug, the Polish workshops plug and the German
disclosure that the author belongs to the museum's friends' society.

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


HELD_OUT_129_LINES: list[tuple[str, str, str]] = [
    ("body", "Podcast episode (Acast) is blocked by your cookie choices – tap here to change them and "
             "listen.", "marker"),
    ("body", "The SoundCloud player could not load. Refresh the page or listen to the recital on "
             "soundcloud.com.", "marker"),
    ("body", "Google Maps could not be loaded here. Open the museum's location in Google Maps instead.", "marker"),
    ("body", "Vidéo Dailymotion indisponible : acceptez les cookies « Vidéos » pour la lancer ici.", "marker"),
    ("body", "Podigee-Player deaktiviert – aktivieren Sie Podcasts in den Datenschutz-Einstellungen, um "
             "die Folge zu hören.", "marker"),
    ("body", "Il post di Facebook non è disponibile: potrebbe essere stato rimosso oppure le "
             "impostazioni sulla privacy ne impediscono la visualizzazione.", "marker"),
    ("body", "Odtwarzacz YouTube jest wyłączony – włącz treści zewnętrzne w ustawieniach prywatności, "
             "aby obejrzeć nagranie.", "marker"),
    ("body", "Аудиоплеер Яндекс Музыки не загрузился. Послушать выпуск подкаста можно на сайте сервиса.", "marker"),
    ("head", "4-minute read · 820 words", "reading-time"),
    ("head", "This post is on the long side – about eleven minutes if you read every glaze note.", "reading-time"),
    ("head", "Durée de lecture : 4 minutes", "reading-time"),
    ("head", "Geschätzte Lesezeit 4 Minuten", "reading-time"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("head", "Lektura na 4 minuty", "reading-time"),
    ("head", "Читать 4 минуты", "reading-time"),
    ("head", "Reported by Cressida Quillanbey for the Arts & Culture desk", "byline"),
    ("head", "Par Maëlys Cormerond (avec AFP)", "byline"),
    ("head", "Dal nostro inviato Gualtiero Sbarbacci", "byline"),
    ("head", "Автор: Евдокия Зарянцева, обозреватель отдела культуры", "byline"),
    ("tail", "Commissions are open again: I throw custom mugs and bowls to order – the waiting list is "
             "on my Commissions page.", "byline"),
    ("tail", "My glaze recipe notebook is a pay-what-you-like PDF on Gumroad.", "byline"),
    ("tail", "Ich biete Ahnenforschung im Auftrag an – schreiben Sie mir über das Kontaktformular, das "
             "Erstgespräch ist kostenlos.", "byline"),
    ("tail", "Prowadzę warsztaty obserwacji ptaków dla dzieci – zapisy przez formularz w zakładce "
             "Warsztaty.", "byline"),
    ("tail", "Powered by Ghost · Theme: Casper · Subscribe via RSS", "footer"),
    ("tail", "Our journalism is regulated by IMPRESS. Complaints: see our Editorial Standards page.", "footer"),
    ("tail", "Hosted by Krystal Hosting · Built with Grav CMS · No cookies, no trackers", "footer"),
    ("tail", "Ce blog est propulsé par Dotclear – Thème : Ductile – Mentions légales", "footer"),
    ("tail", "Erstellt mit WordPress · Gehostet bei All-Inkl.com · Impressum · Datenschutz", "footer"),
    ("tail", "Testata giornalistica registrata presso il Tribunale di Lucca n. 0/2011 · © Riproduzione "
             "riservata", "footer"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione. Polityka "
             "prywatności", "footer"),
    ("tail", "Сайт работает на Tilda · Политика конфиденциальности · Согласие на обработку персональных "
             "данных", "footer"),
    ("tail", "Comments are moderated and may take up to 24 hours to appear.", "comments"),
    ("tail", "Jump to the latest comment ↓", "comments"),
    ("tail", "Notify me of follow-up comments by email", "comments"),
    ("tail", "Afficher les 9 réponses précédentes", "comments"),
    ("tail", "Leserkommentare (23) – alle anzeigen", "comments"),
    ("tail", "Accedi con Facebook o Google per commentare questo articolo.", "comments"),
    ("tail", "Twój komentarz oczekuje na moderację.", "comments"),
    ("tail", "Лучшие комментарии · Сначала новые · Сначала старые", "comments"),
    ("tail", "Cet article vous a plu ? Partagez-le sur Facebook ou LinkedIn.", "share"),
    ("tail", "Inoltra su WhatsApp · Pubblica su Facebook · Salva in PDF", "share"),
    ("tail", "Поделиться в Одноклассниках · Отправить в Telegram · Скопировать ссылку", "share"),
    ("body", "This article is free to read thanks to the support of our members.", "notice"),
    ("body", "Offenlegung: Die Autorin ist Mitglied im Förderverein des Museums.", "notice"),
    ("tail", "Tekst powstał w ramach projektu dofinansowanego ze środków Ministra Kultury.", "notice"),
]

HELD_OUT_129_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from visitors to the new textile exhibition were overwhelmingly positive, the museum's "
             "director said on Tuesday."),
    ("head", "Sharing the organ's restoration costs between the parish and the town council was agreed after two "
             "years of talks."),
    ("head", "Following last winter's leak, the concert hall closed its balcony for six weeks of repairs."),
    ("body", "Subscribers to the theatre's season ticket will get first choice of seats for the opening night in "
             "September."),
    ("body", "Copyright in the photographs donated to the museum passes to the town under the terms of the bequest."),
    ("tail", "Advertising revenue from the programme booklet covers almost a third of the festival's printing bill."),
    ("tail", "Reading the parish registers aloud on stage, the actors brought the town's eighteenth-century "
             "weddings back to life."),
    ("head", "Les commentaires du public sur la nouvelle mise en scène ont été si nombreux que le théâtre a "
             "prolongé le spectacle d'une semaine."),
    ("body", "Partager l'orgue restauré avec le conservatoire permettra aux élèves de s'exercer deux matinées par "
             "semaine."),
    ("tail", "Abonnés depuis trente ans, un couple de retraités a reçu deux places d'honneur pour la soirée "
             "d'ouverture."),
    ("head", "Kommentare der Besucher im Gästebuch der Ausstellung reichen von Begeisterung bis zu deutlicher "
             "Kritik an den Öffnungszeiten."),
    ("body", "Teilen müssen sich Orchester und Chor den Probensaal noch bis zum Ende der Sanierung im Frühjahr."),
    ("tail", "Folgen hatte der Wasserschaden auch für das Depot, in dem über zweitausend Gemälde lagern."),
    ("head", "Seguendo le indicazioni della Soprintendenza, i restauratori hanno smontato l'organo canna per canna."),
    ("body", "Abbonarsi alla stagione costa quest'anno il dieci per cento in meno per chi ha meno di trent'anni."),
    ("tail", "Condivisa da tre comuni, la rassegna estiva porterà dodici concerti nelle piazze della valle."),
    ("head", "Komentarze zwiedzających zapisane w księdze pamiątkowej muzeum trafią do archiwum miejskiego."),
    ("tail", "Udostępnianie nagrań z koncertów w internecie filharmonia zapowiada dopiero od przyszłego sezonu."),
    ("tail", "Подписка на абонементы филармонии в этом году разошлась за два дня, сообщили в кассе."),
    ("tail", "Реклама нового сезона появилась на городских автобусах ещё в июле, рассказали в театре."),
]

HELD_OUT_129_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-haskerbridge-lace", [
        [
            "-The Haskerbridge Chronicle",
            "-News | Sport | What's On | Arts | Property | Jobs",
            "-Home › What's On › Museums",
        ],
        [
            "+Haskerbridge Museum opens its first major lace exhibition in forty years",
            "-3 min read",
        ],
        [
            "-By Jasper Thornwaite-Ellis, Culture Reporter",
            "-Friday 6 March 2026, 7:15 am",
            "-Share this story: Facebook · X · Email",
        ],
        [
            "-Volunteers unpacking bobbin lace in the museum's upper gallery.",
            "-Photograph: Haskerbridge Chronicle",
            "+More than three hundred pieces of handmade lace went on show at Haskerbridge Museum on Thursday, in "
            "the largest exhibition the town has staged since the 1980s.",
        ],
        [
            "+Most of the collection was made in the town's own cottages between 1820 and 1900, when lace-making "
            "was the main source of income for many families along the river.",
        ],
        [
            "-Read more: Museum volunteers record memories of the last lace workshop",
        ],
        [
            '+"These are not just pretty objects, they are the wages of women whose names nobody wrote down," said '
            "the curator, who spent two years tracing the makers through the census returns.",
        ],
        [
            "+What visitors will see",
            "+A wedding veil worked by three sisters over eighteen months",
            "+Pattern cards and pricked parchments lent by private collectors",
            "+A working lace pillow that children are invited to try",
        ],
        [
            "-Advertisement",
            "-Sponsored: Discover the best weekend breaks in the Cotswolds",
        ],
        [
            "+The museum expects around twelve thousand visitors before the exhibition closes at the end of "
            "September.",
            "-Follow the Chronicle on Google News for the latest from Haskerbridge",
            "+Entry remains free, although the trustees will ask for donations towards the conservation of the veil.",
        ],
        [
            "-12 comments",
            "-RiverbankRon: My great-grandmother made lace for the London shops, I'll be going twice.",
            "-↳ Chronicle reader: Same here, bring the family photos, the curator wants to see them.",
            "-↳↳ RiverbankRon: Will do, thanks for the tip.",
            "-LaceyJ: Lovely to see the museum doing something big again.",
        ],
        [
            "-Topics: Haskerbridge Museum · Exhibitions · Local history",
            "-© 2026 Haskerbridge Chronicle Ltd · Privacy notice · Terms · Contact the newsroom",
        ],
    ]),
    _page("en", "en-blog-shinoandsoot-celadon", [
        [
            "-Shino and Soot – a potter's notebook",
            "+Chasing a clear celadon: six glaze tests and one happy accident",
        ],
        [
            "-Posted on 14 February 2026 by Bryony",
            "-Reading time: 6 minutes",
            "-Filed under: Glazes, Kiln logs",
        ],
        [
            "+I have been trying to get a clear, watery celadon on my porcelain cups for most of the winter, and "
            "this month the kiln finally gave me one.",
            "-Test tiles lined up on the shelf after the glaze firing.",
        ],
        [
            "-On this page",
            "-1. The base recipe",
            "-2. What went wrong",
        ],
        [
            "+The base recipe is a simple mix of feldspar, whiting, silica and kaolin, with one per cent of red "
            "iron oxide to give the green.",
        ],
        [
            '+My teacher used to say, "A celadon is only as good as the reduction you give it," and she was right '
            "again.",
        ],
        [
            "-Some links in this post are affiliate links, so I may earn a small commission at no cost to you.",
        ],
        [
            "+The six tests",
            "+Test one was too thin and came out almost white",
            "-Ad · Why this ad?",
            "+Test four crawled badly where the glaze was thickest",
            "+Test six, fired on the top shelf, is the one I am keeping",
        ],
        [
            "-Fancy a mug from this firing? A few seconds are in the shop this week.",
            "-Get new posts and kiln logs in your inbox – join the newsletter",
        ],
        [
            "+The happy accident was a cup that sat too close to a burner and came out with a soft blue flush on "
            "one side.",
            "+Next month I will try the same glaze on stoneware and see whether the colour survives a darker body.",
        ],
        [
            "-Share this: Pinterest · Facebook · Email",
            "-Follow me on Instagram for kiln openings",
        ],
        [
            "-5 Comments",
            "-Mags: That blue flush is gorgeous, any chance of the firing schedule?",
            "-↳ Tobiah: I'd love that too, my reduction always goes too heavy.",
            "-↳↳ Bryony: I'll write it up properly next week, promise!",
            "-Owen: Which iron oxide do you use, synthetic or natural?",
        ],
        [
            "-Proudly built with WordPress · Theme: Twenty Twenty-Four",
        ],
    ]),
    _page("fr", "fr-portail-montbressac-saison", [
        [
            "-L'Écho de Montbressac – toute l'actualité du canton",
            "-Actualités | Sports | Culture | Agenda | Petites annonces",
            "-Accueil > Culture > Spectacles",
        ],
        [
            "+Le théâtre municipal de Montbressac dévoile une saison de vingt-deux spectacles",
            "-Lecture 3 min",
        ],
        [
            "-Par Anatole Fauvergnac",
            "-Publié le 12 juin 2026 à 18h40",
            "-Partager : Facebook · X · WhatsApp · E-mail",
        ],
        [
            "-La directrice du théâtre présente la brochure de la saison.",
            "-Photo : L'Écho de Montbressac",
            "+Le théâtre municipal de Montbressac a présenté mardi soir le programme de sa saison 2026-2027, qui "
            "compte vingt-deux spectacles, dont six créations.",
        ],
        [
            "+La salle, rénovée l'an dernier, accueillera aussi pour la première fois une troupe de danse en "
            "résidence pendant tout le mois de février.",
        ],
        [
            "-À lire aussi : Le festival de rue revient en juillet avec quarante compagnies",
        ],
        [
            "+« Nous voulons que chacun trouve au moins une soirée qui lui ressemble », a déclaré la directrice "
            "devant près de deux cents spectateurs venus découvrir la brochure.",
        ],
        [
            "+Les temps forts de la saison",
            "+Une adaptation des Fourberies de Scapin jouée par une troupe de la région",
            "+Un concert de musique baroque dans le foyer restauré",
            "+Trois spectacles pour les enfants pendant les vacances de la Toussaint",
        ],
        [
            "-Publicité",
            "-Contenu sponsorisé : Les plus belles escapades en Dordogne cet été",
        ],
        [
            "+Les abonnements seront mis en vente le 1er septembre au guichet et sur le site du théâtre.",
            "-Suivez L'Écho de Montbressac sur Google Actualités",
            "+Les tarifs restent inchangés pour la troisième année consécutive, a précisé l'adjoint à la culture.",
        ],
        [
            "-8 commentaires",
            "-Josiane B. : Enfin du baroque à Montbressac, j'ai hâte !",
            "-↳ Théo : Le foyer a une acoustique magnifique depuis les travaux.",
            "-↳↳ Josiane B. : Oui, je l'ai entendu au concert de Noël.",
            "-Marcel72 : Dommage qu'il n'y ait rien le dimanche après-midi.",
        ],
        [
            "-Mots-clés : Théâtre · Montbressac · Saison culturelle",
            "-© L'Écho de Montbressac 2026 – Mentions légales – Politique de confidentialité – Nous contacter",
        ],
    ]),
    _page("fr", "fr-blog-aieuxdubocage-registres", [
        [
            "-Aïeux du bocage",
            "+Retrouver un mariage de 1742 dans les registres paroissiaux numérisés",
        ],
        [
            "-Publié le 3 mars 2026 par Solange",
            "-Temps de lecture : 7 min",
            "-Catégorie : Registres paroissiaux",
        ],
        [
            "+Depuis des mois, je cherchais le mariage de mon ancêtre Jean Guérin, laboureur, dont je ne "
            "connaissais que le nom de l'épouse.",
            "-Un acte de mariage de 1742, à peine lisible dans la marge.",
        ],
        [
            "-Sommaire",
            "-1. Les archives en ligne",
            "-2. L'acte retrouvé",
        ],
        [
            "+Les archives départementales ont mis en ligne les registres de toutes les paroisses du canton, mais "
            "sans index, il faut donc tout lire page après page.",
        ],
        [
            "+Un cousin m'avait prévenue : « Le curé écrivait comme il parlait, cherche les noms à l'oreille », et "
            "ce conseil m'a sauvée.",
        ],
        [
            "-Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite "
            "commission.",
        ],
        [
            "+Mes trois astuces",
            "+Lire d'abord les tables décennales quand elles existent",
            "-Annonces Google",
            "+Noter toutes les variantes d'orthographe du patronyme",
            "+Regarder les parrains et marraines des baptêmes suivants",
        ],
        [
            "-Mon guide « Débuter en généalogie » est disponible en PDF dans ma boutique",
            "-Recevez chaque nouvel article par e-mail : inscrivez-vous à la lettre du blog",
        ],
        [
            "+L'acte était finalement dans la paroisse voisine, où la mariée était née, avec le nom du marié écrit "
            "Guairin.",
            "+Je vais maintenant remonter la branche de l'épouse, qui semble venir d'une famille de meuniers.",
        ],
        [
            "-Partager sur : Facebook · Pinterest · E-mail",
            "-Suivez le blog sur Instagram",
        ],
        [
            "-4 commentaires",
            "-Paulette : Bravo pour la patience, j'ai eu le même problème avec un Guérin !",
            "-↳ Hervé : Les tables décennales m'ont fait gagner des semaines aussi.",
            "-↳↳ Solange : Merci à vous deux, bonne chasse aux ancêtres !",
            "-Loïc : Quel site utilisez-vous pour les arbres partagés ?",
        ],
        [
            "-Blog propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-wendelsrode-orgel", [
        [
            "-Wendelsroder Anzeiger – Ihre Heimatzeitung seit 1874",
            "-Lokales | Sport | Kultur | Wirtschaft | Service",
            "-Startseite › Kultur › Musik",
        ],
        [
            "+Restaurierte Konzertorgel erklingt nach drei Jahren wieder in der Stadthalle",
            "-Lesezeit: 3 Minuten",
        ],
        [
            "-Von Hiltrud Brennecamp",
            "-Veröffentlicht am 21.09.2026, 16:05 Uhr",
            "-Artikel teilen: Facebook · WhatsApp · E-Mail",
        ],
        [
            "-Orgelbauer beim Stimmen der Pfeifen in der Stadthalle.",
            "-Foto: Wendelsroder Anzeiger",
            "+Nach drei Jahren Restaurierung ist die große Konzertorgel der Wendelsroder Stadthalle am Sonntag "
            "wieder erklungen.",
        ],
        [
            "+Die Werkstatt hatte alle zweitausendvierhundert Pfeifen ausgebaut, gereinigt und das Gebläse durch "
            "ein leiseres ersetzt.",
        ],
        [
            "-Lesen Sie auch: Stadthalle bekommt neue Bestuhlung",
        ],
        [
            "+„Das Instrument klingt heute so, wie es 1928 gedacht war“, sagte der Orgelbaumeister nach dem ersten "
            "Konzert vor ausverkauftem Saal.",
        ],
        [
            "+So geht es weiter",
            "+Im Oktober beginnt eine Reihe mit monatlichen Orgelkonzerten",
            "+Schulklassen können die Orgel bei Führungen von innen sehen",
            "+Ein Orgelfest im Frühjahr soll Spenden für die Pflege sammeln",
        ],
        [
            "-Werbung",
            "-Gesponsert: Jetzt Ihre Traumküche planen und sparen",
        ],
        [
            "+Die Kosten von rund 900.000 Euro teilen sich die Stadt, das Land und ein Förderverein.",
            "-Folgen Sie dem Wendelsroder Anzeiger auf WhatsApp",
            "+Der Förderverein sucht weiterhin Paten für einzelne Pfeifen, ab fünfzig Euro pro Stück.",
        ],
        [
            "-6 Kommentare",
            "-Orgelfan_WR: Endlich! Das Konzert am Sonntag war großartig.",
            "-↳ Gisela M.: Ich war auch da, Gänsehaut beim letzten Akkord.",
            "-↳↳ Orgelfan_WR: Dann sehen wir uns im Oktober!",
            "-Bernd K.: Hoffentlich werden die Karten nicht teurer.",
        ],
        [
            "-Themen: Stadthalle · Orgel · Kultur in Wendelsrode",
            "-© Wendelsroder Anzeiger 2026 · Impressum · Datenschutz · AGB · Kontakt",
        ],
    ]),
    _page("de", "de-blog-fernglasamdeich-saebelschnaebler", [
        [
            "-Fernglas am Deich",
            "+Säbelschnäbler am Deich: ein Morgen im Vogelschutzgebiet",
        ],
        [
            "-Gepostet am 18. April 2026 von Jannis",
            "-Lesezeit 5 Minuten",
            "-Kategorie: Küstenvögel",
        ],
        [
            "+Um halb sechs stand ich am Deich, der Wind kam von Westen, und auf der Salzwiese liefen die ersten "
            "Säbelschnäbler durch das flache Wasser.",
            "-Säbelschnäbler im Morgenlicht, weit weg, aber erkennbar.",
        ],
        [
            "-Inhalt",
            "-1. Anfahrt und Beobachtungsplatz",
            "-2. Die Sichtungen",
        ],
        [
            "+Das Schutzgebiet liegt hinter dem alten Sielhafen, und vom Beobachtungsturm aus sieht man die ganze "
            "Brutkolonie.",
        ],
        [
            "+Ein Ranger erklärte mir: „Wer still sitzt, sieht mehr als wer herumläuft“, und er hatte wie immer "
            "recht.",
        ],
        [
            "-Dieser Beitrag enthält Affiliate-Links: Kaufst du darüber, bekomme ich eine kleine Provision.",
        ],
        [
            "+Meine Sichtungen des Morgens",
            "+Achtzehn Säbelschnäbler, davon zwei Paare beim Nestbau",
            "-Werbeeinblendung",
            "+Eine Rohrweihe, die tief über das Schilf strich",
            "+Drei Brandseeschwalben, die ersten des Jahres",
        ],
        [
            "-Mein Vogelbestimmungs-Poster für die Küste gibt es im Shop",
            "-Neue Beiträge per Mail bekommen? Hier den Newsletter abonnieren",
        ],
        [
            "+Gegen acht kamen die ersten Spaziergänger mit Hunden, und die Vögel zogen sich an den Rand der Wiese "
            "zurück.",
            "+Nächstes Wochenende will ich bei Flut wiederkommen, wenn die Limikolen näher am Deich rasten.",
        ],
        [
            "-Teilen: WhatsApp · Facebook · Pinterest",
            "-Folge mir auf Instagram für mehr Vogelfotos",
        ],
        [
            "-3 Kommentare",
            "-Heike: Toller Bericht, waren die Brandseeschwalben beringt?",
            "-↳ Malte: Ich habe letzte Woche dort auch zwei gesehen.",
            "-↳↳ Jannis: Ringe konnte ich leider nicht ablesen, zu weit weg.",
            "-Ole: Welches Spektiv benutzt du am Turm?",
        ],
        [
            "-Mit Liebe gemacht mit Blogger · Design: Contempo",
        ],
    ]),
    _page("it", "it-portale-castelmorano-mostra", [
        [
            "-La Gazzetta di Castelmorano – quotidiano online della valle",
            "-Cronaca | Politica | Cultura | Sport | Eventi",
            "-Home / Cultura / Mostre",
        ],
        [
            "+Al museo civico di Castelmorano apre la mostra sui bronzi ritrovati nel fiume",
            "-Tempo di lettura: 3 minuti",
        ],
        [
            "-di Ottavia Rinzolfi",
            "-Pubblicato il 9 maggio 2026 alle 11:20",
            "-Condividi: Facebook · X · WhatsApp · Email",
        ],
        [
            "-Uno dei bronzi esposti nella sala grande del museo.",
            "-Foto: Gazzetta di Castelmorano",
            "+Il museo civico di Castelmorano ha inaugurato sabato una mostra dedicata ai bronzi romani ritrovati "
            "nel letto del fiume durante i lavori al ponte.",
        ],
        [
            "+Gli oggetti, più di cento tra statuette, fibule e monete, sono stati restaurati in due anni dai "
            "laboratori regionali.",
        ],
        [
            "-Leggi anche: Il ponte riapre a giugno dopo i lavori",
        ],
        [
            "+«È la scoperta più importante per la nostra città da un secolo», ha detto la direttrice del museo "
            "durante l'inaugurazione.",
        ],
        [
            "+Il percorso della mostra",
            "+Una sala dedicata alle statuette votive",
            "+Una ricostruzione del ponte romano in scala",
            "+Un laboratorio per le scuole sul restauro dei metalli",
        ],
        [
            "-Pubblicità",
            "-Contenuto sponsorizzato: Le migliori offerte per le vacanze in Sardegna",
        ],
        [
            "+La mostra resterà aperta fino al 31 dicembre, con ingresso gratuito la prima domenica del mese.",
            "-Segui la Gazzetta di Castelmorano su Google News",
            "+Il comune sta valutando di rendere permanente una parte dell'esposizione nella nuova ala del museo.",
        ],
        [
            "-7 commenti",
            "-Franco_62: Ci sono andato ieri, bellissima la sala delle statuette.",
            "-↳ Lucia R.: Anche a me è piaciuta, ma c'era troppa gente.",
            "-↳↳ Franco_62: Meglio andarci di mattina allora.",
            "-Marisa: Finalmente una mostra seria nella nostra città!",
        ],
        [
            "-Tag: Museo civico · Mostre · Archeologia",
            "-© Gazzetta di Castelmorano 2026 · Privacy · Cookie · Contatti · Lavora con noi",
        ],
    ]),
    _page("it", "it-blog-smaltoefuliggine-raku", [
        [
            "-Smalto e fuliggine",
            "+Prima cottura raku in giardino: cosa ho imparato",
        ],
        [
            "-Pubblicato il 2 giugno 2026 da Chiara",
            "-Lettura: 6 minuti",
            "-Categoria: Raku e smalti",
        ],
        [
            "+Sabato ho acceso per la prima volta il piccolo forno raku che ho costruito in giardino con un bidone "
            "e una coperta di fibra ceramica.",
            "-Le ciotole appena tolte dal forno, ancora roventi.",
        ],
        [
            "-Indice",
            "-1. Il forno",
            "-2. Gli smalti",
        ],
        [
            "+Ho preparato sei ciotole in biscotto e tre smalti diversi: un bianco craquelé, un rame e un turchese.",
        ],
        [
            "+Il mio maestro di ceramica dice sempre: «Nel raku decide il fuoco, tu puoi solo suggerire», e sabato "
            "l'ho capito bene.",
        ],
        [
            "-In questo post ci sono link affiliati: se compri qualcosa, ricevo una piccola commissione.",
        ],
        [
            "+I risultati",
            "+Il bianco craquelé ha fatto crepe fitte e bellissime",
            "-Annuncio",
            "+Il rame è diventato rosso solo su una ciotola",
            "+Il turchese è colato sul fondo e ha incollato la ciotola alla piastra",
        ],
        [
            "-Le mie ciotole raku sono in vendita nel negozio del blog",
            "-Iscriviti alla newsletter per ricevere i nuovi post",
        ],
        [
            "+La segatura per la riduzione era troppo umida, e la prossima volta la lascerò asciugare al sole.",
            "+Alla fine ho salvato quattro ciotole su sei, un buon risultato per una prima volta.",
        ],
        [
            "-Condividi: Facebook · Pinterest · WhatsApp",
            "-Seguimi su Instagram per le foto delle cotture",
        ],
        [
            "-4 commenti",
            "-Anna: Che bello il craquelé! Che smalto hai usato?",
            "-↳ Paolo: Anch'io ho avuto problemi con la segatura umida.",
            "-↳↳ Chiara: Anna, è una ricetta semplice, la pubblico presto!",
            "-Giulia: Il forno col bidone è un'idea geniale.",
        ],
        [
            "-Blog creato con WordPress · Tema: Kadence",
        ],
    ]),
    _page("pl", "pl-portal-sekowiec-filharmonia", [
        [
            "-Kurier Sękowiecki – portal miasta i powiatu",
            "-Wiadomości | Sport | Kultura | Ogłoszenia | Pogoda",
            "-Strona główna › Kultura › Muzyka",
        ],
        [
            "+Filharmonia w Sękowcu ogłosiła program nowego sezonu koncertowego",
            "-Czas lektury: 3 minuty",
        ],
        [
            "-Autor: Bożena Krzemiennicka",
            "-Opublikowano 28 sierpnia 2026, 10:30",
            "-Udostępnij: Facebook · X · E-mail",
        ],
        [
            "-Orkiestra podczas próby przed inauguracją sezonu.",
            "-Fot. Kurier Sękowiecki",
            "+Filharmonia w Sękowcu przedstawiła w czwartek program sezonu 2026/2027, w którym znalazło się "
            "czterdzieści koncertów.",
        ],
        [
            "+Sezon otworzy we wrześniu koncert z muzyką Moniuszki, a zamknie go w czerwcu wykonanie dziewiątej "
            "symfonii Beethovena.",
        ],
        [
            "-Przeczytaj też: Remont sali kameralnej zakończony przed terminem",
        ],
        [
            "+„Chcemy, żeby do filharmonii przychodziły całe rodziny”, powiedział dyrektor placówki na konferencji "
            "prasowej.",
        ],
        [
            "+Najważniejsze punkty sezonu",
            "+Cykl koncertów dla dzieci w niedzielne poranki",
            "+Występy trzech młodych solistów z regionu",
            "+Koncert sylwestrowy z muzyką filmową",
        ],
        [
            "-Reklama",
            "-Artykuł sponsorowany: Najlepsze kredyty hipoteczne tej jesieni",
        ],
        [
            "+Karnety na cały sezon można kupić w kasie filharmonii od poniedziałku.",
            "-Obserwuj Kurier Sękowiecki w Google News",
            "+Ceny biletów wzrosną średnio o pięć złotych, co dyrekcja tłumaczy rosnącymi kosztami.",
        ],
        [
            "-9 komentarzy",
            "-Melomanka: Świetny program, na pewno kupię karnet.",
            "-↳ Krzysiek: Szkoda, że bilety znowu drożeją.",
            "-↳↳ Melomanka: Karnet wychodzi taniej niż pojedyncze bilety.",
            "-Tadeusz: Koncerty dla dzieci to bardzo dobry pomysł.",
        ],
        [
            "-Tagi: Filharmonia · Sękowiec · Muzyka klasyczna",
            "-© Kurier Sękowiecki 2026 · Regulamin · Polityka cookies · Kontakt",
        ],
    ]),
    _page("pl", "pl-blog-szperaczkawmetrykach-akt", [
        [
            "-Szperaczka w metrykach",
            "+Jak odczytałam łaciński akt urodzenia prapradziadka",
        ],
        [
            "-Opublikowano 11 stycznia 2026 przez Agnieszkę",
            "-Czas czytania: 6 minut",
            "-Kategoria: Księgi metrykalne",
        ],
        [
            "+Akt urodzenia mojego prapradziadka znalazłam w zeskanowanych księgach parafialnych, ale był spisany "
            "po łacinie i bardzo niewyraźnie.",
            "-Fragment księgi chrztów z 1851 roku.",
        ],
        [
            "-Spis treści",
            "-1. Gdzie szukać skanów",
            "-2. Jak czytać łacinę",
        ],
        [
            "+Skany ksiąg udostępnia archiwum diecezjalne, a indeksy nazwisk można przeszukiwać w serwisie Geneteka.",
        ],
        [
            "+Znajomy genealog powiedział mi: „Łacina w metrykach to zawsze te same dwadzieścia słów”, i miał rację.",
        ],
        [
            "-Ten wpis zawiera linki afiliacyjne – jeśli coś kupisz, dostanę niewielką prowizję.",
        ],
        [
            "+Słowa, które warto znać",
            "+Natus oznacza urodzony, a baptizatus ochrzczony",
            "-Ogłoszenie",
            "+Patrini to rodzice chrzestni wpisani na końcu aktu",
            "+Agricola to rolnik, najczęstszy zawód w wiejskich metrykach",
        ],
        [
            "-Mój e-book o czytaniu metryk kupisz w sklepiku na blogu",
            "-Zapisz się na newsletter, a nowe wpisy przyjdą prosto na skrzynkę",
        ],
        [
            "+Dzięki nazwiskom chrzestnych odnalazłam też rodzeństwo prapradziadka w sąsiedniej parafii.",
            "+W następnym wpisie opiszę, jak szukać aktów zgonu w księgach z okresu zaborów.",
        ],
        [
            "-Udostępnij wpis: Facebook · Pinterest",
            "-Obserwuj mnie na Instagramie",
        ],
        [
            "-5 komentarzy",
            "-Ewa: Bardzo przydatne, też utknęłam na łacinie!",
            "-↳ Marek: Polecam słowniczek na stronie archiwum.",
            "-↳↳ Agnieszka: Dzięki, Marek, dodam link do wpisu.",
            "-Jola: A co z aktami pisanymi cyrylicą?",
        ],
        [
            "-Blog na platformie WordPress · Motyw: Astra",
        ],
    ]),
    _page("ru", "ru-portal-veresnyansk-organ", [
        [
            "-Вереснянские вести — новости города и района",
            "-Новости | Общество | Культура | Спорт | Афиша",
            "-Главная → Культура → Музыка",
        ],
        [
            "+В вереснянской филармонии после реставрации снова звучит орган",
            "-Время чтения: 3 минуты",
        ],
        [
            "-Текст: Савелий Гребнищев",
            "-Опубликовано 15 октября 2026, 09:40",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
        ],
        [
            "-Органный зал филармонии перед первым концертом.",
            "-Фото: «Вереснянские вести»",
            "+Орган вереснянской филармонии, молчавший почти четыре года, в субботу снова прозвучал на концерте для "
            "горожан.",
        ],
        [
            "+Мастера из Калининграда заменили меха, отремонтировали механику и заново настроили больше двух тысяч "
            "труб.",
        ],
        [
            "-Читайте также: Филармония объявила конкурс юных музыкантов",
        ],
        [
            "+«Теперь инструмент звучит даже лучше, чем до поломки», — сказал органист после концерта.",
        ],
        [
            "+Что ждёт слушателей",
            "+Ежемесячные органные вечера по пятницам",
            "+Экскурсии для школьников с показом труб изнутри",
            "+Фестиваль органной музыки весной",
        ],
        [
            "-Реклама 16+",
            "-Партнёрский материал: Лучшие туры выходного дня по Золотому кольцу",
        ],
        [
            "+Реставрация обошлась в сорок миллионов рублей, большую часть выделил областной бюджет.",
            "-Подписывайтесь на «Вереснянские вести» в Дзене",
            "+Билеты на ближайшие органные вечера уже почти раскуплены, сообщили в кассе филармонии.",
        ],
        [
            "-11 комментариев",
            "-Галина_П: Была на концерте, это было прекрасно!",
            "-↳ Виктор: Наконец-то, ждали столько лет.",
            "-↳↳ Галина_П: Да, и звук стал мягче.",
            "-Ольга: А на детей скидки будут?",
        ],
        [
            "-Теги: Филармония · Орган · Культура",
            "-© «Вереснянские вести», 2026 · Политика конфиденциальности · Контакты редакции",
        ],
    ]),
    _page("ru", "ru-blog-sbinoklemnabolote-zhuravli", [
        [
            "-С биноклем на болоте",
            "+Журавли на осеннем болоте: утро на смотровой вышке",
        ],
        [
            "-Опубликовано 25 сентября 2026, автор Тимур",
            "-Время чтения: 5 минут",
            "-Рубрика: Наблюдения",
        ],
        [
            "+В субботу я поднялся на смотровую вышку у старого торфяника ещё затемно, чтобы застать утренний взлёт "
            "журавлей.",
            "-Журавли над болотом на рассвете.",
        ],
        [
            "-Содержание",
            "-1. Как добраться",
            "-2. Что я увидел",
        ],
        [
            "+Вышка стоит в двух километрах от деревни, тропа идёт по гати, и в сапогах пройти можно даже после "
            "дождей.",
        ],
        [
            "+Местный егерь сказал мне: «Журавль уходит с ночёвки, когда туман отрывается от воды», и так и вышло.",
        ],
        [
            "-В посте есть партнёрские ссылки: если вы что-то купите, я получу небольшую комиссию.",
        ],
        [
            "+Мои наблюдения",
            "+Около трёхсот серых журавлей на утреннем взлёте",
            "-Объявление",
            "+Полевой лунь, охотившийся над краем болота",
            "+Стайка чечёток в березняке у тропы",
        ],
        [
            "-Мой определитель птиц средней полосы можно заказать в магазине блога",
            "-Подпишитесь на рассылку, чтобы не пропустить новые посты",
        ],
        [
            "+К девяти часам журавли разлетелись на поля, и над болотом остались только вороны.",
            "+В октябре я хочу вернуться сюда, когда начнётся массовый пролёт гусей.",
        ],
        [
            "-Поделиться: ВКонтакте · Telegram · Одноклассники",
            "-Подписывайтесь на мой канал в Telegram",
        ],
        [
            "-6 комментариев",
            "-Наталья: Какая красота, завидую!",
            "-↳ Сергей: Я тоже был там в прошлом году, незабываемо.",
            "-↳↳ Тимур: Наталья, приезжайте, в октябре будет ещё лучше.",
            "-Андрей: Какой бинокль посоветуете для начинающих?",
        ],
        [
            "-Сайт работает на WordPress · Тема: Blocksy",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Reported by Cressida Quillanbey for the Arts & Culture desk":
        "an English reported-by-for-the-desk byline ('Reported by Cressida Quillanbey for the Arts & Culture desk') "
        "is left at the head",
    "Ich biete Ahnenforschung im Auftrag an – schreiben Sie mir über das Kontaktformular, das Erstgespräch ist "
    "kostenlos.":
        "a German commissioned-genealogy plug ('Ich biete Ahnenforschung im Auftrag an – schreiben Sie mir über das "
        "Kontaktformular, das Erstgespräch ist kostenlos.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-shinoandsoot-celadon":
        "the pottery blog's celadon post keeps its photo caption ('Test tiles lined up on the shelf after the glaze "
        "firing.') after the first paragraph (1 of 20 noise lines)",
    "fr-blog-aieuxdubocage-registres":
        "the genealogy blog's parish-register post keeps its photo caption ('Un acte de mariage de 1742, à peine "
        "lisible dans la marge.') after the first paragraph (1 of 20 noise lines)",
    "de-blog-fernglasamdeich-saebelschnaebler":
        "the birdwatching blog's avocet post keeps its photo caption ('Säbelschnäbler im Morgenlicht, weit weg, aber "
        "erkennbar.') after the first paragraph (1 of 20 noise lines)",
    "it-blog-smaltoefuliggine-raku":
        "the pottery blog's raku post keeps its photo caption ('Le ciotole appena tolte dal forno, ancora roventi.') "
        "after the first paragraph (1 of 20 noise lines)",
    "pl-blog-szperaczkawmetrykach-akt":
        "the genealogy blog's Latin-entry post keeps its photo caption ('Fragment księgi chrztów z 1851 roku.') after "
        "the first paragraph (1 of 20 noise lines)",
    "ru-blog-sbinoklemnabolote-zhuravli":
        "the birdwatching blog's crane post keeps its photo caption ('Журавли над болотом на рассвете.') after the "
        "first paragraph (1 of 20 noise lines)",
}


test_held_out_129_line, test_held_out_129_line_is_kept, test_held_out_129_page = held_out_tests(
    HELD_OUT_129_LINES, HELD_OUT_129_KEEP, HELD_OUT_129_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
