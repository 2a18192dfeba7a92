"""Held-out set 123: written blind, weighted toward the noise the cleaner exists for, in shapes set 122's docstring does
not name (nor the first paragraphs of sets 119, 120 and 121): scraper, embed and ad markers (an English Strava route
embed failure "Strava route embed failed to load. View the full marathon course on strava.com instead.", an English
Flourish chart needing JavaScript "This Flourish chart needs JavaScript switched on – the table of race splits below
shows the same figures.", an English Streamable clip failure "Streamable clip could not be played. Try refreshing the
page, or watch the goal on streamable.com.", a French Dailymotion consent placeholder "Vidéo Dailymotion indisponible :
acceptez les cookies « réseaux sociaux » pour lancer la lecture.", a German Komoot tour loader with an ad-blocker hint
"Komoot-Tour wird geladen … Falls die Karte leer bleibt, deaktivieren Sie bitte Ihren Werbeblocker.", an Italian Flickr
gallery consent placeholder "Contenuto Flickr non disponibile: abilita i cookie di profilazione per vedere la
galleria.", a Polish Google Maps consent placeholder "Mapa z serwisu Google Maps nie została wczytana – zaakceptuj pliki
cookies, aby zobaczyć trasę." and a Russian Rutube player failure "Не удалось загрузить плеер Rutube. Обновите страницу
или смотрите видео на сайте Rutube."); reading-time headers in new wordings (the English "Estimated reading time: 4 min
(812 words)" and a trip blog's "Settle in – this trip report is a long one, roughly a twenty-minute read with maps.",
the French "Durée de lecture : 5 min", the German "Geschätzte Lesezeit: 5 Minuten", the Italian "Si legge in 5 minuti",
the Polish "Lektura na 5 minut" and the Russian "Чтение займёт около 5 минут"); bylines and self-promotion (an English
byline with the reporter's title and a follow-on-Bluesky prompt "By Tamsin Pellowbrook, Sports Reporter | Follow Tamsin
on Bluesky", an English Gumroad training-plans plug "My trail-running training plans are on Gumroad – pay what you like
for the 50K one.", an English kayak-skills-days plug "I run small-group kayak skills days each summer – dates and
booking are on the About page.", a French our-special-envoy byline "Par notre envoyé spécial à Castelmorgue, Gaëtan
Morvilliers", a German our-correspondent-with-agency-material byline "Von unserem Korrespondenten Henrik Malzfeldt, mit
Material von dpa", an Italian Eventbrite kayak-course plug "Il mio corso di kayak da mare si prenota su Eventbrite: le
date del 2027 sono già online.", a Polish reported-from-the-stands byline "Z trybun relacjonował Dariusz Pękala" and a
Russian Telegram-channel layout-plans plug "Схемы моего макета выложены в Telegram-канале — подписывайтесь, ссылка в
шапке."); blog and site footers (an English published-by-a-member-of-IMPRESS line "Published by Grettonbury Media Ltd, a
member of IMPRESS, the independent press regulator.", an English Astro-and-Cloudflare-Pages credit "Built with Astro ·
Deployed on Cloudflare Pages · No trackers here", an English text-licence line "Text licensed CC BY-NC 4.0; photos all
rights reserved unless stated otherwise.", a French published-by-an-association line "Ce site est édité par
l'association Les Amis du Marais – loi 1901 – SIRET 000 000 000 00000", a German legal-links row with an accessibility
statement "Datenschutz | Impressum | Cookie-Einstellungen | Barrierefreiheitserklärung", an Italian
registered-masthead-and-editor line "Testata registrata presso il Tribunale di Roccavezzia, n. 00/2019 – Direttore
responsabile: Ugo Pellandra", a Polish no-copying-without-consent line "Kopiowanie i rozpowszechnianie materiałów bez
pisemnej zgody wydawcy zabronione." and a Russian made-on-Tilda line "Сделано на Tilda · Политика конфиденциальности");
reader-comment furniture (the English WordPress form heading "Leave a Reply Cancel reply", an English "Comments powered
by Disqus." line, an English follow-up checkbox label "Notify me of follow-up comments by email.", the French WordPress
form note "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German
comments-are-checked-before-publication line "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft. Das
kann einige Stunden dauern.", an Italian awaiting-moderation line "Il tuo commento è in attesa di moderazione.", a
Polish deleted-by-its-author line "Komentarz został usunięty przez autora." and a Russian collapse-the-thread link
"Свернуть ветку · 5 ответов"); share rows (an English send-this-story row "Send this story: WhatsApp · Signal · Copy
link · QR code", a French send-this-article row "Envoyer cet article : Messenger, Snapchat, Threads" and an Italian
send-to-your-friends row "Invia ai tuoi amici: Viber, Messenger, Copia il link"); and notices (a German
invited-by-the-organiser note "Hinweis: Die Redaktion wurde vom Veranstalter zur Berichterstattung eingeladen.", a
Polish updated-at note "Artykuł zaktualizowany o godz. 18.40 – dodaliśmy wypowiedź trenera." and a Russian
prepared-with-AI notice "Материал подготовлен с использованием ИИ и проверен редактором."); and toward whole scraped
news and hobby-blog pages in layouts set 122's docstring does not describe (nothing above the title on the six portal
pages, whose text starts with the headline, and two noise lines above it on the six blog pages, the blog name and its
tagline; one block under the title on every page, five lines on the portals (breadcrumb, byline, date or updated line,
reading time and share row) and seven on the blogs (date and author, category, reading time and a four-line table of
contents, heading and three entries, in the same block); a photo caption and photo credit in their own block between the
first and second paragraphs on the six portals, and on the six blogs a photo caption inside the second paragraph's
block, right after it; nothing between the second paragraph and the paragraph with the quote on any page; a read-also
link and an ad or sponsored label in one block between the paragraph with the quote and the subheading on the six
portals and nothing there on the blogs; nothing between the subheading and the list block on any page; inside the rows'
block a newsletter prompt after the third list row on the six portals and an affiliate disclosure before the first list
row on the six blogs; nothing between the last list row and the last paragraphs on any page; a Pinterest, save or
bookmark prompt and a newsletter prompt in one block between the two last paragraphs on the six blogs and nothing there
on the portals; at the foot one block, ten lines on the portals (tags or topics, a comment count, a comment, an arrowed
reply, the first commenter's answer nested two arrows deep, a second comment, an arrowed reply to it (the newsroom's on
two), a load-more link, a copyright line and a legal-links row) and seven on the blogs (a plug, a comment count, a
comment, the author's arrowed reply, the commenter's answer nested two arrows deep, a second comment left unanswered and
a platform and theme credit); no reply addressed by name on any page), taken from sport and leisure (a cup final, a
marathon's new route, a swimming pool's reopening, a climbing wall, a cycling race, a ski lift) and from blogs about
trail running, birdwatching, model railways and sea kayaking.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 122 but what is named here), held-out set 124 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 122 up to its paragraph starting "Still held out after round 90", its imports and its tail
from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 119, 120 and 121, printed
with one ast script (/tmp/s123scratch/peek.py, docstring split on blank lines); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s123scratch/helpers.py); and ``FIXTURES``, printed as its dict value ({'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}); and pyproject.toml's dependency list (see the
notes). The file is written by /tmp/s123scratch/gen.py from my own data file (/tmp/s123scratch/data123.py), this
docstring (/tmp/s123scratch/doc123.src, wrapped) and the xfail tables (empty at the measurement, then
/tmp/s123scratch/tables123.py); its import lines and the line binding the three tests follow set 122's as the brief
gives them, with 122 -> 123. Nothing else was copied from any file of the repository. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s123, detached at commit 9e1c5ab19407d9f20cc832d22c96b50ad94340b4, the commit the
brief named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring's notes and Baseline paragraph.

Slips and notes: (1) The worktrees were made as the brief says, output to /dev/null; ``git status --short`` in
/work/main printed nothing and ``git rev-parse HEAD`` printed 9e1c5ab19407d9f20cc832d22c96b50ad94340b4, the brief's
commit. A check ``ls /tmp/wt-s123 /tmp/wt-set123 | head`` printed the top-level names of the first worktree (README.md,
benchmarks, configs, docs, pyproject.toml, scripts, src, tests); no file in them was opened. (2) peek.py printed set
122's allowed parts and the first paragraphs of sets 119 to 121 to the terminal, where its output was cut in the middle
by the tool's output limit; I ran it again into /tmp/s123scratch/peek.out and paged the cut part (its lines 125 to 262)
with ``sed``; the rest of the file repeats what had been printed. Set 122's tail was printed from the ``_LINE_XFAIL``
assignment on, so I saw set 122's missed lines and the reasons of its failing pages as that text. (3) The first run of
helpers.py failed on a missing package (joblib); the traceback showed one import line each of three files under
src/spinscope (__init__.py, pipeline.py and models/model.py) and of tests/test_clean.py, nothing else of them. I read
pyproject.toml's ``dependencies`` list (``sed`` on that section only, which also printed the optional ``encoder`` list)
and installed those packages with pip (versions as pinned there) into the machine's Python 3.11; the second run printed
the helpers. Nothing was run through the cleaner before the measurement. (4) Before the measurement
/tmp/s123scratch/check.py executed the generated file with stand-in held_out_sets and noisy_corpus modules
(/tmp/s123scratch/stand) and counted the noise lines by category, place and language (the language from the order of the
data file), keep lines by place and language, pages by language, 10 article and 20 noise lines a page, repeats, page
noise lines inside article or other noise lines of the page, page noise lines against held-out noise and keep lines
(either inside the other), held-out lines inside article lines, held-out noise lines inside each other and inside keep
lines (all case-insensitively), at-signs and lines over 120 columns (counted in characters). While drafting, before the
first run, I left out noise I had first planned that clashed with other lines: an "Anzeige" ad label (inside the German
portal's photo credit "Foto: Anzeiger / …"; it became "Werbung"), a "Pubblicità" ad label (inside an Italian keep line;
it became "Contenuto sponsorizzato"), a Polish footer beginning "Wszelkie prawa zastrzeżone" (the Polish portal's
copyright line; it was reworded), a French hosting-company footer (too close to set 121's hosted-by line with its
address; it became the association line) and a Russian blog subheading equal to a table-of-contents entry ("Кого
увидели"; it became "Кого мы заметили"). The first run of check.py found nothing; after renaming four names (see (5))
the second run found nothing. (5) Invented names were checked with the exact-string search over public GitHub files. No
hits: Slatherfell, Vasières Hautes, Roccavezzia, Pagaia e Maestrale, Jarzębinów, Jarzębinów Express, Biegiem przez
Wrzosy, Ольховецк, Записки с биноклем, Thrapley, Thrapley Gazette, Castelmorgue, Hürbelsheim, Gleisbett im Dachboden,
Gaëtan Morvilliers, Henrik Malzfeldt, Dariusz Pękala, Cadder Edge, Fenner Park, Kezia Brannock, Jory Vellacott, Carla
Huxtable, Jodie Sellick, Gazette Newsgroup, Les Amis du Marais, Solène Barthuel, Thierry Vallancourt, Svenja Oltrogge,
Dagmar Vollrath, Marta Zanchielli, Renzo Bassignani, Ugo Pellandra, Tomasz Wilkoń, Ирина Сметанина, Виктор Ламзин,
Pellowbrook, Grettonbury, Stallowick and Marek Sobiejewicz. Dropped for hits: Hollinsby (a name in generated lists; the
town became Thrapley), Orvellac (inside a brand's identifiers; the town became Castelmorgue), Quellenbeck (inside a
German compound; the town became Hürbelsheim), Ostersiel (a real place; the blog became Gleisbett im Dachboden),
Valdorsa (inside identifiers; the Italian footer names Roccavezzia's court), Tamsin Orrell (a name in test code; then
Quarrendon, a real place, so Tamsin Pellowbrook), Northvale Media (a name in test code; Grettonbury Media), Dunmere
Rovers (a football club in fixtures and in a page of some other project; Stallowick Rovers) and Marek Sobieraj (a name
in a list; Marek Sobiejewicz). Not checked: the other people's names and first names (Ollie Fenwick, Hattie, Maëlie,
Josselin, Jochen, Serena, Ola, Наталья, the commenters and their handles), the places Birmingham and Kassel, the streets
and sites (Schillerweg, place du Marché, ulica Kościuszki, Lipówka, Kamienna Górka) and the names built on checked ones
(L'Écho de Castelmorgue, Hürbelsheimer Anzeiger, Corriere di Roccavezzia, Pallavolo Roccavezzia, Ольховецкий вестник).
The SIRET and court numbers are zero-filled; there are no e-mail addresses and no at-signs. (6) Real things named, as
real pages do: Strava, Flourish, Streamable, Bluesky, Gumroad, IMPRESS, Astro, Cloudflare Pages, Creative Commons (CC
BY-NC), WordPress (Sela by WordPress.com, Astra, Kadence, GeneratePress), Disqus, WhatsApp, Signal, Dailymotion,
Messenger, Snapchat, Threads, Komoot, dpa, Flickr, Eventbrite, Viber, Google Maps, Rutube, Telegram, Tilda, Facebook, X,
Pinterest, ВКонтакте, Одноклассники, the CAI (Cai), Sommerfeldt and the Italian Regione. (7) The two measuring commands
ran as the brief gave them, in one shell call after ``date`` (10:46:36 UTC), with their output sent to
/tmp/s123scratch/measure.out and report.out and then printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s123scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s123/tests; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages and printed the failing
ones (14 noise lines, 1 keep line, 12 pages; every page problem is a kept noise line). The xfail tables were written
from that output by /tmp/s123scratch/mktables.py (the page reasons name each left line's place from the layout above)
and the pytest command was run again on the final file in /tmp/wt-s123: 50 passed, 27 xfailed, no XPASS. I also ran the
report script once more on the final file (its first three lines, through ``head``, which ended it with a broken pipe);
they repeat the baseline. (8) My first clock reading was 2026-12-05 10:41:15 UTC; the measurement ran at 10:46:36 UTC.

Judgement calls: the keep lines opening with or holding "Comments from the referee", "Share prices", "Reading the wind",
"Follow-through on the promised changing rooms", "Subscribers to the leisure centre's annual pass", "Copyright over the
marathon's route map", "Advertising hoardings", "Partager les créneaux", "Commentaires désobligeants", "Lire la carte",
"Kommentare aus der Fankurve", "Folgen hat der Unfall", "Abonnenten des Hallenbads", "Condividere la parete", "Seguire
la gara", "Pubblicità e sponsor", "Udostępnienie trasy", "Komentarze trenera", "Подписка на абонемент" and "Комментируя
итоги сезона" are article sentences: each reports something about sport or leisure, with a subject, a verb and a fact,
and the noise-like word is part of that fact. The English byline with a follow prompt is a byline (the follow prompt
names the reporter); the English Gumroad and kayak-days plugs, the Italian Eventbrite plug and the Russian Telegram plug
are bylines (self-promotion) and sit at the foot; the English text-licence line and the Polish no-copying line are
footers; the English Disqus line and the two WordPress comment-form lines (English and French) and the follow-up
checkbox label are comment furniture; the German invited-by-the-organiser note and the Polish updated-at note are
notices in the body and the Russian AI notice is a notice at the foot; the German Komoot loader is a marker although it
asks for the ad blocker to be switched off. On every page the title, the three paragraphs before the subheading (the
third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(blog names and taglines, breadcrumbs, bylines, dates and updated lines, reading times, share rows, categories, tables
of contents, photo captions and credits, read-also links, ad and sponsored labels, affiliate disclosures, newsletter,
Pinterest, save and bookmark prompts, tags and topics, plugs, comment counts, comments and replies, load-more links,
copyright lines, legal-links rows and platform and theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15 (marker 3,
reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6, de 6, it 6, pl 6, ru 6, each with one marker,
reading-time, byline, footer and comments line and a share line in French and Italian and a notice in German, Polish and
Russian; by place head 11 (the seven reading times and four bylines), body 10 (the eight markers and two notices), tail
24), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120
article lines: en-portal-thrapley-cupfinal (a town's women's team winning the county cup on penalties),
en-blog-slatherfelltrails-trailrace (a first 30K trail race in the rain), fr-portail-castelmorgue-marathon (a marathon's
new route along a canal), fr-blog-vasiereshautes-limicoles (a winter wader count on a mudflat),
de-portal-huerbelsheim-hallenbad (an indoor pool reopening after two years of works), de-blog-gleisbett-oberleitung
(overhead wires for a model railway station), it-portale-roccavezzia-arrampicata (a new climbing wall at the sports
hall), it-blog-pagaiaemaestrale-traversata (three days of sea kayaking along the coast), pl-portal-jarzebinow-wyscig (an
amateur cycling race and its road closures), pl-blog-biegiemprzezwrzosy-gory (a first 25-kilometre mountain run),
ru-portal-olkhovetsk-podyomnik (a new chairlift on a ski slope) and ru-blog-zapiskisbinoklem-gusi (the spring passage of
geese over a flooded meadow), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 9e1c5ab19407d9f20cc832d22c96b50ad94340b4, measured with ``cd /tmp/wt-s123 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s123/src python -m pytest -q tests/test_clean_held_out_123.py -rA -p
no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s123 && PYTHONPATH=/tmp/wt-s123/src python
scripts/clean_held_out_report.py --sets 123``, with the xfail tables empty): noise lines removed 31/45 (marker 2/8,
reading-time 6/7, byline 4/8, footer 8/8, comments 6/8, share 3/3, notice 2/3; the 14 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: six of the eight embed markers (all but the French Dailymotion and the Russian
Rutube ones), the English trip blog's settle-in reading estimate, four of the eight bylines (the English Gumroad and
kayak-days plugs, the Italian Eventbrite plug and the Polish reported-from-the-stands byline), the English Disqus line,
the Polish deleted-comment line and the Polish updated-at notice); keep lines kept 19/20 (the Italian "Pubblicità e
sponsor coprono ormai metà del bilancio della società ciclistica." at the foot is lost, as ``_KEEP_XFAIL`` says); pages
0/12 clean, 51 of 240 page noise lines left (English portal 1, English blog 6, French portal 3, French blog 9, German
portal 1, German blog 8, Italian portal 2, Italian blog 6, Polish portal 1, Polish blog 7, Russian portal 1, Russian
blog 6) and 0 of 120 article lines lost: every portal keeps its photo caption (and the French and Italian ones their
photo credit) between the first and second paragraphs, or, on the German portal, only its newsletter prompt inside the
list block (kept too on the French portal); every blog keeps its photo caption after the second paragraph and its plug
and four of its comment lines at the foot, and some keep their blog name, tagline, a table-of-contents entry, an
affiliate disclosure or a newsletter prompt, as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 91 (developed on sets 121 and 122: a prompt no rule takes between two list rows is skipped
inside the list; the byline block under the title goes whole when what is left in it is captions over credits, credits
and follow, app or share prompts; a blog's name alone above the title at the top of the page; a comment thread with no
header opening at a one-line comment with an arrowed reply under it; reading times with the minutes in words; this set
was written against 9e1c5ab, before it; measured once with ``scripts/clean_held_out_report.py --sets 123`` at efe9f56):
unchanged on every line and page (the problems of every noise line, keep line and page are the same, line for line). No
entry removed or reworded.

Round 92 (development; this set was read in full from this round on): Fixed as mechanisms, with six-language tests and
near misses in tests/test_clean.py (test_round_92_*): a sentence whose subject is advertising coordinated with a second
subject, its verb after it, is the article's for the edge models (the Italian keep line "Pubblicità e sponsor coprono
ormai metà del bilancio della società ciclistica.", lost to the edge model at p=1.00; clean._ADS_AT_A_PLACE widened, an
ad slot's contact line still goes); a one-line reply quoted by ">" (one per level, "> Hattie: ...", ">> Robbie K.: ...")
is a thread's reply like an arrowed one (comment_threads._INLINE_REPLY), so set 123's six blogs' threads under their
counts go whole, and its English, German, Italian, Polish and Russian plugs above them with them; a picture's caption
over its credit, the two alone in their block, goes wherever the block stands, the credit a rule's or a credit's shape
(page_blocks._mark_credited_caption_blocks, run by mark_block_remnants; _HEAD_CREDIT widened to scans and documents
under a label, "Skan: archiwum diecezjalne", "Document : archives départementales, capture d'écran"; a street's
abbreviation is no sentence's end; a labelled description closed by a word in small letters is no credit, so set 97's
bread blog keeps its first paragraph); a blog's name over its tagline in the first block goes with the head block under
the title (_is_blog_name_over_title and _mark_head_caption), as does the last table-of-contents row numbered on from the
row above (_next_contents_row in _head_block_lines); and line rules (whole_line_noise.WHOLE_LINE_NOISE): newsletter
prompts naming the newsletter and the call to sign up in a prompt's shape, follow prompts on WhatsApp or Dzen and a
named channel after the site's article ("Segui il Corriere sul canale WhatsApp"), affiliate disclosures under a label or
with the page as subject, a comment deleted by its own author, the article updated at a time of day, a reading time said
with a verb of reading ("Статья читается за 4 минуты"), Disqus named as the comment system or in the form's
guest-or-sign-in offer, and Polish and Russian bylines with the report's word or the preparer's verb ("Relacja z sali
sądowej: ...", "Материал подготовил ..."). No class was added. Across sets 10-124 (held-out report) no article or keep
line lost; sets 70 and 88 remove their removed-by-the-author stubs, sets 72, 99, 104, 105 and 119 clean one more page
each (captions over credits under the title, column and library newsletter prompts; their strict xfail entries removed);
sets 10-124: noise lines removed 4837 -> 4849, keep lines 2326 -> 2327, pages clean 837 -> 858, page noise lines left
1314 -> 1225, paragraphs lost 2 -> 2 (no page of any set keeps more noise); SemEval: 0 of 3723 files changed; bench
ratio 1.02; the cleaning test set 16864 passed, 941 xfailed. Figures before -> after: noise lines removed 31 -> 35/45
(byline 4 -> 5/8, the Polish reported-from-the-stands byline; comments 6 -> 8/8, the Polish deleted-by-its-author line
and the Disqus line; notice 2 -> 3/3, the Polish updated-at note; marker 2/8, reading-time 6/7, footer 8/8, share 3/3
unchanged), keep lines 19 -> 20/20 (the Italian "Pubblicità e sponsor ..." at the foot), pages clean 0 -> 6/12 (the six
portals), page noise lines left 51 -> 7 of 240 (the portals' captions and credits, the French and German portals'
newsletter prompts in the list block, the blogs' threads and plugs, the French blog's name, tagline and last contents
row, the German blog's affiliate disclosure and the German and Polish blogs' newsletter prompts), article lines lost 0
of 120; pytest 50 passed, 27 xfailed -> 61 passed, 16 xfailed. Six page reasons reworded (the six blogs). Still missed:
the 10 lines of ``_LINE_XFAIL`` (six embed markers, the settle-in reading estimate, the Gumroad, kayak-days and
Eventbrite plugs); the six blogs' photo captions with no credit, printed in the second paragraph's block right after it
(a verbless line under a paragraph is not evidence enough), and the French blog's boutique plug over its comment count.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_123_LINES: list[tuple[str, str, str]] = [
    ("body", "Strava route embed failed to load. View the full marathon course on strava.com instead.", "marker"),
    ("body",
     "This Flourish chart needs JavaScript switched on – the table of race splits below shows the same figures.",
     "marker"),
    ("body",
     "Streamable clip could not be played. Try refreshing the page, or watch the goal on streamable.com.",
     "marker"),
    ("head", "Estimated reading time: 4 min (812 words)", "reading-time"),
    ("head", "Settle in – this trip report is a long one, roughly a twenty-minute read with maps.", "reading-time"),
    ("head", "By Tamsin Pellowbrook, Sports Reporter | Follow Tamsin on Bluesky", "byline"),
    ("tail", "My trail-running training plans are on Gumroad – pay what you like for the 50K one.", "byline"),
    ("tail", "I run small-group kayak skills days each summer – dates and booking are on the About page.", "byline"),
    ("tail", "Published by Grettonbury Media Ltd, a member of IMPRESS, the independent press regulator.", "footer"),
    ("tail", "Built with Astro · Deployed on Cloudflare Pages · No trackers here", "footer"),
    ("tail", "Text licensed CC BY-NC 4.0; photos all rights reserved unless stated otherwise.", "footer"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "Comments powered by Disqus.", "comments"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "Send this story: WhatsApp · Signal · Copy link · QR code", "share"),
    ("body",
     "Vidéo Dailymotion indisponible : acceptez les cookies « réseaux sociaux » pour lancer la lecture.",
     "marker"),
    ("head", "Durée de lecture : 5 min", "reading-time"),
    ("head", "Par notre envoyé spécial à Castelmorgue, Gaëtan Morvilliers", "byline"),
    ("tail", "Ce site est édité par l'association Les Amis du Marais – loi 1901 – SIRET 000 000 000 00000", "footer"),
    ("tail", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    ("tail", "Envoyer cet article : Messenger, Snapchat, Threads", "share"),
    ("body",
     "Komoot-Tour wird geladen … Falls die Karte leer bleibt, deaktivieren Sie bitte Ihren Werbeblocker.",
     "marker"),
    ("head", "Geschätzte Lesezeit: 5 Minuten", "reading-time"),
    ("head", "Von unserem Korrespondenten Henrik Malzfeldt, mit Material von dpa", "byline"),
    ("tail", "Datenschutz | Impressum | Cookie-Einstellungen | Barrierefreiheitserklärung", "footer"),
    ("tail",
     "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft. Das kann einige Stunden dauern.",
     "comments"),
    ("body", "Hinweis: Die Redaktion wurde vom Veranstalter zur Berichterstattung eingeladen.", "notice"),
    ("body", "Contenuto Flickr non disponibile: abilita i cookie di profilazione per vedere la galleria.", "marker"),
    ("head", "Si legge in 5 minuti", "reading-time"),
    ("tail", "Il mio corso di kayak da mare si prenota su Eventbrite: le date del 2027 sono già online.", "byline"),
    ("tail",
     "Testata registrata presso il Tribunale di Roccavezzia, n. 00/2019 – Direttore responsabile: Ugo Pellandra",
     "footer"),
    ("tail", "Il tuo commento è in attesa di moderazione.", "comments"),
    ("tail", "Invia ai tuoi amici: Viber, Messenger, Copia il link", "share"),
    ("body",
     "Mapa z serwisu Google Maps nie została wczytana – zaakceptuj pliki cookies, aby zobaczyć trasę.",
     "marker"),
    ("head", "Lektura na 5 minut", "reading-time"),
    ("head", "Z trybun relacjonował Dariusz Pękala", "byline"),
    ("tail", "Kopiowanie i rozpowszechnianie materiałów bez pisemnej zgody wydawcy zabronione.", "footer"),
    ("tail", "Komentarz został usunięty przez autora.", "comments"),
    ("body", "Artykuł zaktualizowany o godz. 18.40 – dodaliśmy wypowiedź trenera.", "notice"),
    ("body", "Не удалось загрузить плеер Rutube. Обновите страницу или смотрите видео на сайте Rutube.", "marker"),
    ("head", "Чтение займёт около 5 минут", "reading-time"),
    ("tail", "Схемы моего макета выложены в Telegram-канале — подписывайтесь, ссылка в шапке.", "byline"),
    ("tail", "Сделано на Tilda · Политика конфиденциальности", "footer"),
    ("tail", "Свернуть ветку · 5 ответов", "comments"),
    ("tail", "Материал подготовлен с использованием ИИ и проверен редактором.", "notice"),
]
HELD_OUT_123_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the referee after the final suggested the second goal should never have stood."),
    ("head", "Share prices at the club's listed parent company rose by four per cent the morning after the cup win."),
    ("head", "Reading the wind correctly decided the sailing race, the winning skipper said afterwards."),
    ("body", "Follow-through on the promised changing rooms has been slow, the swimming club's chair admitted."),
    ("body",
     "Subscribers to the leisure centre's annual pass will get three months free to make up for the closure."),
    ("tail", "Copyright over the marathon's route map is held by the county, which licenses it to the organisers."),
    ("tail", "Advertising hoardings along the finishing straight brought in more than the entry fees this year."),
    ("head", "Partager les créneaux de la piscine entre les clubs et le public reste le casse-tête de la rentrée."),
    ("body", "Commentaires désobligeants et sifflets ont accompagné l'arbitre jusqu'au vestiaire."),
    ("tail", "Lire la carte avant le départ évite bien des détours, rappelle le guide de la via ferrata."),
    ("head", "Kommentare aus der Fankurve nahm der Trainer am Montag gelassen."),
    ("body", "Folgen hat der Unfall am Lift auch für den Versicherungsschutz der Skischule."),
    ("tail", "Abonnenten des Hallenbads zahlen ab Januar zwei Euro mehr im Monat."),
    ("head", "Condividere la parete di arrampicata con le scuole era la condizione posta dal Comune."),
    ("tail", "Seguire la gara dal bordo strada è vietato nel tratto della discesa, ricorda la questura."),
    ("tail", "Pubblicità e sponsor coprono ormai metà del bilancio della società ciclistica."),
    ("head", "Udostępnienie trasy maratonu rowerzystom w niedzielę rano wywołało protesty mieszkańców."),
    ("tail", "Komentarze trenera po meczu były krótkie: drużyna zagrała poniżej oczekiwań."),
    ("body", "Подписка на абонемент в бассейн подорожает с февраля на десять процентов."),
    ("tail", "Комментируя итоги сезона, директор курорта назвал новый подъёмник главным успехом."),
]
HELD_OUT_123_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-thrapley-cupfinal", [
        [
            "+Thrapley Town lift the county cup after a penalty shoot-out at Fenner Park",
        ],
        [
            "-Sport › Football › Local football",
            "-By Jory Vellacott, sports reporter",
            "-Sunday 14 June 2026, 21:05 BST",
            "-2 min read",
            "-Share on Facebook · Share on X · Share on WhatsApp",
        ],
        [
            "+Thrapley Town won the county senior cup for the first time in 31 years on Sunday, beating "
            "Stallowick Rovers 5-4 on penalties after a goalless final.",
        ],
        [
            "-Town's goalkeeper Kezia Brannock celebrates the winning save in front of the away end.",
            "-Photo: Thrapley Gazette / Ollie Fenwick",
        ],
        [
            "+Around 2,400 supporters filled Fenner Park, the largest crowd at the ground since the stand was "
            "rebuilt in 2019.",
        ],
        [
            '+"We had talked about penalties all week, so nobody panicked when it came to that," said manager '
            "Carla Huxtable.",
        ],
        [
            "-Read also: Stallowick Rovers confirm their manager will stay on next season",
            "-Advertisement",
        ],
        [
            "+How the final was won",
        ],
        [
            "+Brannock saved the first and fifth kicks of the shoot-out.",
            "+Captain Jodie Sellick scored the deciding penalty low to the left.",
            "+Rovers hit the crossbar twice in the second half of normal time.",
            "-Get the Thrapley Gazette sports newsletter every Monday morning – sign up free",
        ],
        [
            "+The club will parade the trophy through the market square on Saturday afternoon.",
        ],
        [
            "+Town now enter the regional cup draw, which takes place in Birmingham next month.",
        ],
        [
            "-Topics: Thrapley Town, County Cup, Women's football",
            "-23 comments",
            "-Gareth_T: Deserved it. Brannock was outstanding all afternoon.",
            "-> Linz88: Agreed, best keeper in the league by a distance.",
            "->> Gareth_T: Hope the club can keep hold of her now.",
            "-RoverAndOut: Hard luck on Rovers, they had the better chances.",
            "-> PitchsideMo: Two off the bar though, can't argue with penalties.",
            "-Load more comments",
            "-© 2026 Gazette Newsgroup Ltd. All rights reserved.",
            "-Privacy notice | Cookie settings | Terms of use | Contact us",
        ],
    ]),
    _page("en", "en-blog-slatherfelltrails-trailrace", [
        [
            "-Slatherfell Trails",
            "-Muddy miles, hill fog and too many flapjacks",
        ],
        [
            "+What I learned running the Cadder Edge 30K in the rain",
        ],
        [
            "-Posted on 9 May 2026 by Hattie",
            "-Filed under: Race reports",
            "-9 minute read",
            "-In this post",
            "-1. Kit I carried",
            "-2. The climb to the trig point",
            "-3. What I'd change",
        ],
        [
            "+The Cadder Edge 30K starts in a village car park and climbs almost 900 metres before it drops "
            "back down to the same pub.",
        ],
        [
            "+I signed up in January, mostly because a friend from my running club dared me to, and trained "
            "three mornings a week.",
            "-Me at the first checkpoint, already soaked and still smiling.",
        ],
        [
            '+A marshal at the top told me, "The worst of it is behind you now," and for once that turned out '
            "to be true.",
        ],
        [
            "+Three things that got me round",
        ],
        [
            "-This post contains affiliate links to running kit; I only link to gear I actually use.",
            "+A light waterproof with taped seams, not the cheap one I nearly bought.",
            "+Salt tablets every hour, even when I didn't feel I needed them.",
            "+Walking the steep bits without guilt, like everyone around me.",
        ],
        [
            "+I finished in four hours and eleven minutes, well behind the winners but comfortably inside the "
            "cut-off.",
        ],
        [
            "-Pin this race report for later",
            "-Want the next race report in your inbox? Join the list – no spam, just mud.",
        ],
        [
            "+Next year I might try the longer route, though my knees have not yet been consulted.",
        ],
        [
            "-My beginner's trail training plan is a free download on the Plans page.",
            "-6 comments",
            "-Robbie K.: Brilliant write-up, I'm doing it in September.",
            "-> Hattie: Take the waterproof, honestly. You'll thank me.",
            "->> Robbie K.: Noted! Already ordered one.",
            "-FellFiona: That descent off the trig point is brutal in the wet.",
            "-Proudly powered by WordPress | Theme: Sela by WordPress.com.",
        ],
    ]),
    _page("fr", "fr-portail-castelmorgue-marathon", [
        [
            "+Marathon de Castelmorgue : un nouveau parcours le long du canal pour la dixième édition",
        ],
        [
            "-Accueil > Sports > Course à pied",
            "-Par Solène Barthuel",
            "-Publié le 12/03/2026 à 18h20",
            "-Lecture : 3 min",
            "-Partager sur Facebook Partager sur X Envoyer par courriel",
        ],
        [
            "+Le marathon de Castelmorgue changera de tracé le 19 avril : les coureurs longeront le canal sur "
            "près de douze kilomètres au lieu de traverser la zone commerciale.",
        ],
        [
            "-Le futur passage du marathon sur le chemin de halage, près de l'écluse des Moulins.",
            "-Photo L'Écho de Castelmorgue – S. B.",
        ],
        [
            "+Les organisateurs attendent environ 3 000 participants, un record pour une épreuve créée en 2016.",
        ],
        [
            "+« Le chemin de halage est plat, ombragé et il évite de fermer la rocade toute la matinée », "
            "explique le président du comité d'organisation, Thierry Vallancourt.",
        ],
        [
            "-À lire aussi : Semi-marathon : les inscriptions ouvertes jusqu'au 31 mars",
            "-Publicité",
        ],
        [
            "+Ce qui change pour les coureurs",
        ],
        [
            "+Le départ sera donné place du Marché et non plus devant la mairie.",
            "+Trois ravitaillements supplémentaires seront installés le long du canal.",
            "+L'arrivée est déplacée au stade municipal, où les vestiaires seront ouverts.",
            "-Recevez chaque vendredi notre lettre sport : inscrivez-vous gratuitement",
        ],
        [
            "+La circulation sera interdite sur le pont du canal entre 8 heures et 13 heures.",
        ],
        [
            "+Les bénévoles peuvent encore s'inscrire auprès de l'office des sports jusqu'à la fin du mois.",
        ],
        [
            "-Mots-clés : marathon, course à pied, Castelmorgue",
            "-12 commentaires",
            "-Coureur31 : Enfin un parcours sans faux plat sur la rocade !",
            "-> Lulu_des_berges : Le halage est étroit au niveau de l'écluse, attention aux bouchons.",
            "->> Coureur31 : Il y aura des signaleurs, c'est écrit dans le règlement.",
            "-Marcheuse du dimanche : Et les riverains du canal, on les a consultés ?",
            "-> Rédaction : Une réunion publique est prévue le 2 avril à la salle des fêtes.",
            "-Voir plus de commentaires",
            "-© L'Écho de Castelmorgue 2026 – Tous droits réservés",
            "-Mentions légales · Politique de cookies · CGU · Nous contacter",
        ],
    ]),
    _page("fr", "fr-blog-vasiereshautes-limicoles", [
        [
            "-Carnet des Vasières Hautes",
            "-Observations d'oiseaux en baie, au fil des marées",
        ],
        [
            "+Premier comptage des limicoles de l'hiver sur la vasière",
        ],
        [
            "-Le 6 décembre 2026 par Maëlie",
            "-Catégorie : Sorties",
            "-Temps de lecture : 7 minutes",
            "-Sommaire",
            "-1. Le matériel",
            "-2. Les espèces notées",
            "-3. Et ensuite ?",
        ],
        [
            "+Samedi matin, à marée montante, nous étions sept bénévoles postés sur la digue pour le premier "
            "comptage de l'hiver.",
        ],
        [
            "+Il faisait deux degrés, le vent venait du nord et la longue-vue de Josselin a refusé de faire la "
            "mise au point pendant vingt minutes.",
            "-La digue au lever du jour, vue depuis le poste d'observation.",
        ],
        [
            "+Notre coordinatrice l'a dit simplement : « Un comptage raté n'existe pas, il y a seulement des "
            "chiffres bas. »",
        ],
        [
            "+Nos trois plus belles observations",
        ],
        [
            "-Certains liens de cet article sont affiliés : si vous achetez des jumelles via ces liens, je "
            "touche une petite commission.",
            "+Un groupe de 420 barges rousses posées devant la digue.",
            "+Deux spatules blanches, très tardives pour la saison.",
            "+Un faucon pèlerin qui a fait décoller tout le reposoir d'un coup.",
        ],
        [
            "+Les chiffres complets partent maintenant à l'association régionale, qui les compile pour toute la "
            "façade atlantique.",
        ],
        [
            "-Épinglez cet article sur Pinterest",
            "-Abonnez-vous au carnet pour recevoir les prochains comptages",
        ],
        [
            "+Le prochain comptage aura lieu le 10 janvier, et les débutants sont les bienvenus.",
        ],
        [
            "-Mes cartes des meilleurs points d'observation de la baie sont en PDF dans la boutique du blog.",
            "-4 commentaires",
            "-Gildas : Superbe compte rendu, les spatules en décembre c'est rare !",
            "-> Maëlie : Oui, on n'en revenait pas. Elles y étaient encore dimanche.",
            "->> Gildas : J'irai voir samedi prochain alors.",
            "-Anne-So : Merci pour la date de janvier, je viendrai avec ma fille.",
            "-Blog propulsé par WordPress · Thème Astra",
        ],
    ]),
    _page("de", "de-portal-huerbelsheim-hallenbad", [
        [
            "+Hallenbad Hürbelsheim öffnet nach zwei Jahren Sanierung wieder",
        ],
        [
            "-Startseite › Lokales › Sport",
            "-Von Svenja Oltrogge",
            "-Aktualisiert am 03.02.2026, 16:45 Uhr",
            "-Lesedauer: 3 Minuten",
            "-Teilen: Facebook | X | WhatsApp | E-Mail",
        ],
        [
            "+Nach fast zwei Jahren Bauzeit öffnet das Hallenbad am Schillerweg am kommenden Samstag wieder für "
            "die Öffentlichkeit.",
        ],
        [
            "-Das neue Lehrschwimmbecken mit Hubboden im Erdgeschoss.",
            "-Foto: Anzeiger / Svenja Oltrogge",
        ],
        [
            "+Die Sanierung hat 9,8 Millionen Euro gekostet, rund 1,5 Millionen mehr als ursprünglich geplant.",
        ],
        [
            "+„Wir haben jetzt endlich wieder ein Bad, in dem Schulen und Vereine gleichzeitig trainieren "
            "können“, sagte Bürgermeisterin Dagmar Vollrath bei der Besichtigung.",
        ],
        [
            "-Lesen Sie auch: Freibad-Saison: Stadtrat beschließt neue Eintrittspreise",
            "-Werbung",
        ],
        [
            "+Was sich für Badegäste ändert",
        ],
        [
            "+Das Sportbecken hat nun sechs statt vier Bahnen.",
            "+Ein Lehrschwimmbecken mit verstellbarem Boden ersetzt das alte Planschbecken.",
            "+Die Sauna bleibt geschlossen, bis ein neuer Betreiber gefunden ist.",
            "-Nichts mehr verpassen: Den Sport-Newsletter jetzt kostenlos abonnieren",
        ],
        [
            "+Am Eröffnungstag ist der Eintritt von 10 bis 18 Uhr frei.",
        ],
        [
            "+Die Schwimmvereine beginnen ihr Training bereits in der Woche darauf.",
        ],
        [
            "-Schlagworte: Hallenbad, Sanierung, Hürbelsheim",
            "-17 Kommentare",
            "-Wasserratte_62: Endlich! Meine Enkel können wieder schwimmen lernen.",
            "-> Bahnenzieher: Hoffentlich gibt es diesmal genug Schwimmzeiten für Erwachsene.",
            "->> Wasserratte_62: Frühschwimmen ab 6.30 Uhr steht wohl im Plan.",
            "-K. Reimers: 1,5 Millionen Mehrkosten – und keiner ist verantwortlich?",
            "-> Bahnenzieher: Das lag an den Baupreisen, stand doch im Bericht letztes Jahr.",
            "-Weitere Kommentare laden",
            "-© Hürbelsheimer Anzeiger 2026",
            "-Impressum | Datenschutz | AGB | Kontakt",
        ],
    ]),
    _page("de", "de-blog-gleisbett-oberleitung", [
        [
            "-Gleisbett im Dachboden",
            "-Eine H0-Anlage entsteht – Schraube für Schraube",
        ],
        [
            "+Der Bahnhof bekommt endlich seine Oberleitung",
        ],
        [
            "-14. November 2026 · Jochen",
            "-Kategorie: Anlagenbau",
            "-Etwa 6 Minuten Lesezeit",
            "-Inhalt",
            "-1. Die Masten",
            "-2. Der Fahrdraht",
            "-3. Erste Probefahrt",
        ],
        [
            "+Seit dem Frühjahr fahren auf meiner Anlage nur Dampf- und Dieselloks, weil der Bahnhof noch keine "
            "Oberleitung hatte.",
        ],
        [
            "+Diesen Herbst habe ich mir die Zeit genommen und 46 Masten entlang der sechs Gleise gesetzt.",
            "-Die ersten Masten an der Bahnsteigkante, noch ohne Fahrdraht.",
        ],
        [
            "+Ein Vereinskollege meinte beim Blick auf die Pläne: „Fang an der Einfahrt an, da merkst du die "
            "Fehler zuerst.“",
        ],
        [
            "+Worauf ich geachtet habe",
        ],
        [
            "-Enthält Affiliate-Links zu Modellbahnhändlern – für euch ändert sich am Preis nichts.",
            "+Die Masten stehen im Abstand von höchstens 30 Zentimetern.",
            "+Der Fahrdraht liegt überall 6 Millimeter über der Gleismitte.",
            "+An den Weichen habe ich Quertragwerke statt Einzelmasten verwendet.",
        ],
        [
            "+Bei der ersten Probefahrt hat die Ellok den Bahnhof ohne einen einzigen Funken durchquert.",
        ],
        [
            "-Merk dir den Beitrag auf Pinterest",
            "-Neue Beiträge per Newsletter? Hier eintragen.",
        ],
        [
            "+Als Nächstes kommt die Strecke zum Schattenbahnhof dran, aber erst nach Weihnachten.",
        ],
        [
            "-Meine Gleispläne gibt es als PDF im kleinen Shop – Link oben im Menü.",
            "-5 Kommentare",
            "-Ulf aus Kassel: Sauber gearbeitet! Welche Masten hast du genommen?",
            "-> Jochen: Die von Sommerfeldt, aus Messing und schon vorgebogen.",
            "->> Ulf aus Kassel: Danke, die hatte ich auch im Blick.",
            "-Bahnfan_Petra: Das Quertragwerk sieht richtig vorbildgetreu aus.",
            "-Mit Liebe gebaut auf WordPress · Theme: Kadence",
        ],
    ]),
    _page("it", "it-portale-roccavezzia-arrampicata", [
        [
            "+Roccavezzia, inaugurata la nuova parete di arrampicata al palazzetto",
        ],
        [
            "-Home / Sport / Altri sport",
            "-di Marta Zanchielli",
            "-15 marzo 2026 – 11:32",
            "-Tempo di lettura: 3 minuti",
            "-Condividi su Facebook · X · WhatsApp",
        ],
        [
            "+La nuova parete di arrampicata del palazzetto dello sport di Roccavezzia è stata inaugurata "
            "sabato alla presenza di oltre trecento persone.",
        ],
        [
            "-I primi ragazzi del corso giovanile sulla via più facile della parete.",
            "-Foto Corriere di Roccavezzia",
        ],
        [
            "+La struttura è alta quattordici metri e offre ventidue vie di difficoltà diversa, dal "
            "principiante all'esperto.",
        ],
        [
            "+«Finalmente i nostri atleti non dovranno più fare quaranta chilometri per allenarsi», ha detto il "
            "presidente della sezione locale del Cai, Renzo Bassignani.",
        ],
        [
            "-Leggi anche: Volley, la Pallavolo Roccavezzia vince il derby e sale al secondo posto",
            "-Contenuto sponsorizzato",
        ],
        [
            "+Come accedere alla parete",
        ],
        [
            "+Gli iscritti ai corsi possono usarla dal lunedì al venerdì dalle 17 alle 22.",
            "+Il sabato mattina è riservato alle scuole del territorio.",
            "+L'ingresso singolo costa otto euro, noleggio delle scarpette escluso.",
            "-Iscriviti alla newsletter e ricevi ogni mattina le notizie della tua città",
        ],
        [
            "+I lavori sono costati 380 mila euro, finanziati in parte dalla Regione.",
        ],
        [
            "+In primavera la parete ospiterà la prima gara regionale giovanile.",
        ],
        [
            "-Tag: arrampicata, palazzetto, Roccavezzia",
            "-9 commenti",
            "-Giuli_arrampica: Bellissima, ci sono stata domenica e le vie sono tracciate benissimo.",
            "-> Marco B.: Confermo, anche se le prese della via gialla girano.",
            "->> Giuli_arrampica: Già segnalato al gestore, le stringono lunedì.",
            "-Vecchio Scarpone: Otto euro mi sembrano tanti per un ingresso.",
            "-> Marco B.: Con l'abbonamento mensile costa la metà.",
            "-Carica altri commenti",
            "-© 2026 Corriere di Roccavezzia – Riproduzione riservata",
            "-Privacy · Cookie policy · Note legali · Contatti",
        ],
    ]),
    _page("it", "it-blog-pagaiaemaestrale-traversata", [
        [
            "-Pagaia e Maestrale",
            "-Diario di kayak da mare tra scogli e calette",
        ],
        [
            "+Tre giorni in kayak lungo la costa, da una caletta all'altra",
        ],
        [
            "-Pubblicato il 2 settembre 2026 da Serena",
            "-Categoria: Traversate",
            "-Lettura: 8 minuti",
            "-Indice",
            "-1. Preparare il kayak",
            "-2. Le tappe",
            "-3. Cosa rifarei",
        ],
        [
            "+A fine agosto ho caricato il kayak con tenda, fornellino e venti litri d'acqua e sono partita per "
            "tre giorni di costa.",
        ],
        [
            "+Ho percorso in tutto 58 chilometri, dormendo in due calette raggiungibili solo dal mare.",
            "-Il kayak carico sulla spiaggia della prima sera.",
        ],
        [
            "+Un pescatore, vedendomi partire all'alba, mi ha detto: «Il maestrale arriva dopo pranzo, sii a "
            "terra per l'una.»",
        ],
        [
            "+Cosa mi è servito davvero",
        ],
        [
            "-In questo articolo trovi link di affiliazione: se acquisti tramite questi link ricevo una piccola "
            "commissione.",
            "+Una sacca stagna in più per i vestiti asciutti della sera.",
            "+La previsione del vento controllata due volte al giorno sulla radio VHF.",
            "+Una pompa di sentina manuale legata sotto gli elastici di coperta.",
        ],
        [
            "+Il pescatore aveva ragione: il secondo giorno il vento è salito puntuale e ho dovuto fermarmi tre ore.",
        ],
        [
            "-Salva questo itinerario su Pinterest",
            "-Vuoi ricevere i prossimi diari di viaggio? Iscriviti alla newsletter.",
        ],
        [
            "+La prossima estate vorrei provare la traversata verso l'isola, ma con un compagno di pagaiata.",
        ],
        [
            "-Organizzo uscite di gruppo per principianti: trovi il calendario nella pagina Corsi.",
            "-3 commenti",
            "-Davide: Che bel racconto, quale caletta consigli per la prima notte?",
            "-> Serena: Quella dopo il faro, ha anche un po' d'ombra al pomeriggio.",
            "->> Davide: Grazie, ci provo a ottobre!",
            "-Lucia R.: Brava, da sola poi! Io non avrei il coraggio.",
            "-Tema GeneratePress · Realizzato con WordPress",
        ],
    ]),
    _page("pl", "pl-portal-jarzebinow-wyscig", [
        [
            "+Wyścig kolarski wokół Jarzębinowa: zmiany w ruchu w niedzielę",
        ],
        [
            "-Strona główna » Sport » Kolarstwo",
            "-Autor: Tomasz Wilkoń",
            "-Opublikowano: 21.05.2026, 09:15",
            "-Czas czytania: 3 min",
            "-Udostępnij: Facebook · X · Messenger",
        ],
        [
            "+W niedzielę ulicami Jarzębinowa i okolicznych wsi przejedzie ponad 600 kolarzy amatorów.",
        ],
        [
            "-Start zeszłorocznej edycji wyścigu na rynku w Jarzębinowie.",
            "-Fot. archiwum redakcji",
        ],
        [
            "+Trasa głównego dystansu liczy 92 kilometry i dwa razy prowadzi przez podjazd pod Kamienną Górkę.",
        ],
        [
            "+„Prosimy kierowców o cierpliwość, zamknięcia potrwają najwyżej dwie godziny w każdym miejscu” – "
            "mówi dyrektor wyścigu Marek Sobiejewicz.",
        ],
        [
            "-Czytaj także: Maraton rowerowy – zapisy ruszyły, limit to 800 osób",
            "-Reklama",
        ],
        [
            "+Gdzie będą utrudnienia",
        ],
        [
            "+Ulica Kościuszki będzie zamknięta od 8.00 do 10.30.",
            "+Droga do Lipówki zostanie wyłączona z ruchu w godzinach 9.00–12.00.",
            "+Autobusy linii 3 pojadą objazdem przez ulicę Polną.",
            "-Zapisz się na nasz newsletter i bądź na bieżąco z wydarzeniami w regionie",
        ],
        [
            "+Start zaplanowano na godzinę 9.00 na rynku, a pierwsi zawodnicy powinni dojechać do mety około 11.30.",
        ],
        [
            "+Organizatorzy szukają jeszcze wolontariuszy do obsługi punktów z wodą.",
        ],
        [
            "-Tagi: kolarstwo, wyścig, utrudnienia",
            "-Komentarze (14)",
            "-Rowerzysta_z_Lipówki: Świetna impreza, w zeszłym roku było super.",
            "-> Kierowca: A ja znowu nie dojadę do pracy w niedzielę.",
            "->> Rowerzysta_z_Lipówki: Przecież to tylko dwie godziny, da się przeżyć.",
            "-Basia K.: Czy dzieci też mogą startować?",
            "-> Redakcja: Tak, jest wyścig dla dzieci na 5 km w sobotę.",
            "-Pokaż więcej komentarzy",
            "-© 2026 Jarzębinów Express. Wszelkie prawa zastrzeżone.",
            "-Polityka prywatności | Regulamin | Kontakt z redakcją",
        ],
    ]),
    _page("pl", "pl-blog-biegiemprzezwrzosy-gory", [
        [
            "-Biegiem przez Wrzosy",
            "-Blog o bieganiu po górach i lasach",
        ],
        [
            "+Mój pierwszy bieg górski na 25 kilometrów",
        ],
        [
            "-12 października 2026 · Ola",
            "-Kategoria: Relacje z biegów",
            "-Czas czytania: 7 minut",
            "-Spis treści",
            "-1. Przygotowania",
            "-2. Trasa",
            "-3. Wnioski",
        ],
        [
            "+Od dwóch lat biegam po lesie za domem, ale dopiero w tym roku odważyłam się na prawdziwy bieg w "
            "górach.",
        ],
        [
            "+Trasa miała 25 kilometrów i 1200 metrów przewyższenia, a limit czasu wynosił sześć godzin.",
            "-Na pierwszym podbiegu, jeszcze z uśmiechem.",
        ],
        [
            "+Na punkcie odżywczym wolontariuszka krzyknęła do mnie: „Najgorsze już za tobą, teraz tylko w dół!”",
        ],
        [
            "+Co pomogło mi dobiec",
        ],
        [
            "-Wpis zawiera linki afiliacyjne do sklepów ze sprzętem biegowym.",
            "+Kijki, które na stromych podejściach oszczędziły mi nogi.",
            "+Buty z agresywnym bieżnikiem, bo po deszczu było ślisko.",
            "+Żele co 45 minut, zgodnie z planem, a nie wtedy, gdy poczułam głód.",
        ],
        [
            "+Dobiegłam po czterech godzinach i dwudziestu minutach, zmęczona, ale szczęśliwa.",
        ],
        [
            "-Zapisz na Pintereście",
            "-Chcesz dostawać nowe wpisy mailem? Dołącz do newslettera.",
        ],
        [
            "+W przyszłym roku planuję dłuższy dystans, ale najpierw muszę nauczyć się zbiegać.",
        ],
        [
            "-Prowadzę też treningi biegowe online – szczegóły w zakładce Współpraca.",
            "-Komentarze: 4",
            "-Kasia: Gratulacje! Który to był bieg?",
            "-> Ola: Dziękuję! Odbywa się co roku w październiku.",
            "->> Kasia: To zapisuję się na przyszły rok.",
            "-Marek_biega: Kijki to podstawa, potwierdzam.",
            "-Blog działa na WordPressie · Motyw Astra",
        ],
    ]),
    _page("ru", "ru-portal-olkhovetsk-podyomnik", [
        [
            "+В Ольховецке открыли новый кресельный подъёмник",
        ],
        [
            "-Главная / Спорт / Зимние виды спорта",
            "-Автор: Ирина Сметанина",
            "-18 декабря 2026, 10:40",
            "-Время чтения: 3 минуты",
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "+На горнолыжном склоне Ольховецка в субботу заработал новый четырёхместный кресельный подъёмник.",
        ],
        [
            "-Первые лыжники на новом подъёмнике в день открытия.",
            "-Фото: пресс-служба администрации",
        ],
        [
            "+Он заменил старый бугельный подъёмник, который работал на склоне с 1987 года.",
        ],
        [
            "+«Теперь очередь к подъёмнику в выходные будет занимать минуты, а не полчаса», — сказал директор "
            "спорткомплекса Виктор Ламзин.",
        ],
        [
            "-Читайте также: Лыжный сезон в области откроется раньше обычного",
            "-Реклама",
        ],
        [
            "+Что изменится для лыжников",
        ],
        [
            "+Подъём на вершину займёт шесть минут вместо двенадцати.",
            "+Подъёмник будет работать ежедневно с 9:00 до 21:00.",
            "+Стоимость разового подъёма останется прежней — 150 рублей.",
            "-Подпишитесь на наш Telegram-канал, чтобы первыми узнавать новости города",
        ],
        [
            "+Строительство обошлось бюджету района в 64 миллиона рублей.",
        ],
        [
            "+Вечером на склоне включат новое освещение, и кататься можно будет до закрытия подъёмника.",
        ],
        [
            "-Теги: горные лыжи, подъёмник, Ольховецк",
            "-Комментарии (11)",
            "-Лыжник_77: Наконец-то! Каждые выходные стояли в очереди по сорок минут.",
            "-> Сноубордистка: А для сноубордистов с креслом удобно?",
            "->> Лыжник_77: Вполне, там есть подножка.",
            "-Пенсионер Петрович: 64 миллиона на один подъёмник — это много.",
            "-> Сноубордистка: Старый был опасен, его всё равно надо было менять.",
            "-Показать ещё комментарии",
            "-© 2026 Ольховецкий вестник. Все права защищены.",
            "-Политика конфиденциальности | Пользовательское соглашение | Контакты",
        ],
    ]),
    _page("ru", "ru-blog-zapiskisbinoklem-gusi", [
        [
            "-Записки с биноклем",
            "-Блог о птицах средней полосы",
        ],
        [
            "+Весенний пролёт гусей на заливном лугу",
        ],
        [
            "-12 апреля 2026 · Наталья",
            "-Рубрика: Наблюдения",
            "-Читать 6 минут",
            "-Содержание",
            "-1. Где мы стояли",
            "-2. Кого увидели",
            "-3. Что дальше",
        ],
        [
            "+В эту субботу мы с мужем встали в четыре утра, чтобы успеть на заливной луг к рассвету.",
        ],
        [
            "+Вода в этом году поднялась высоко, и луг превратился в огромное мелкое озеро.",
            "-Стая белолобых гусей над лугом на рассвете.",
        ],
        [
            "+Знакомый егерь сказал нам: «Такого пролёта здесь не было лет десять».",
        ],
        [
            "+Кого мы заметили",
        ],
        [
            "-В статье есть партнёрские ссылки на магазины оптики.",
            "+Около двух тысяч белолобых гусей на воде и в воздухе.",
            "+Пару лебедей-кликунов у дальнего края разлива.",
            "+Болотного луня, который охотился над тростником.",
        ],
        [
            "+Мы простояли на дамбе почти четыре часа и замёрзли, но ни о чём не жалеем.",
        ],
        [
            "-Сохраните запись в закладки",
            "-Хотите получать новые записи на почту? Подпишитесь на рассылку.",
        ],
        [
            "+В следующие выходные поедем снова: говорят, скоро прилетят кулики.",
        ],
        [
            "-Мои фотографии птиц можно купить в виде открыток — пишите в личные сообщения.",
            "-Комментарии: 3",
            "-Олег: Какие кадры! А каким объективом снимали?",
            "-> Наталья: Старым 300 мм, ничего особенного.",
            "->> Олег: Тем более здорово получилось.",
            "-Марина: Мы тоже были там в воскресенье, гусей стало ещё больше.",
            "-Блог на WordPress · Тема Astra",
        ],
    ]),
]}
_LINE_XFAIL: dict[str, str] = {
    "Streamable clip could not be played. Try refreshing the page, or watch the goal on streamable.com.":
        "an English Streamable clip failure ('Streamable clip could not be played. Try refreshing the page, or "
        "watch the goal on streamable.com.') is left in the body",
    "Settle in – this trip report is a long one, roughly a twenty-minute read with maps.":
        "an English trip blog's settle-in reading estimate ('Settle in – this trip report is a long one, "
        "roughly a twenty-minute read with maps.') is left at the head",
    "Komoot-Tour wird geladen … Falls die Karte leer bleibt, deaktivieren Sie bitte Ihren Werbeblocker.":
        "a German Komoot tour loader with an ad-blocker hint ('Komoot-Tour wird geladen … Falls die Karte leer "
        "bleibt, deaktivieren Sie bitte Ihren Werbeblocker.') is left in the body",
    "Il mio corso di kayak da mare si prenota su Eventbrite: le date del 2027 sono già online.":
        "an Italian blog's Eventbrite kayak-course plug ('Il mio corso di kayak da mare si prenota su "
        "Eventbrite: le date del 2027 sono già online.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-slatherfelltrails-trailrace":
        "the trail-running blog's 30K race report keeps its photo caption ('Me at the first checkpoint, already soaked "
        "and still smiling.') right after the second paragraph, in its block (1 of 20 noise lines)",
    "fr-blog-vasiereshautes-limicoles":
        "the birdwatching blog's wader-count post keeps its photo caption ('La digue au lever du jour, vue depuis le "
        "poste d'observation.') right after the second paragraph, in its block, and its plug ('Mes cartes des "
        "meilleurs points d'observation de la baie sont en PDF dans la boutique du blog.') at the foot, over the "
        'comment count (2 of 20 noise lines)',
    "de-blog-gleisbett-oberleitung":
        "the model-railway blog's overhead-wire post keeps its photo caption ('Die ersten Masten an der "
        "Bahnsteigkante, noch ohne Fahrdraht.') right after the second paragraph, in its block (1 of 20 noise lines)",
    "it-blog-pagaiaemaestrale-traversata":
        "the sea-kayaking blog's three-day trip post keeps its photo caption ('Il kayak carico sulla spiaggia della "
        "prima sera.') right after the second paragraph, in its block (1 of 20 noise lines)",
    "pl-blog-biegiemprzezwrzosy-gory":
        "the trail-running blog's first-mountain-run post keeps its photo caption ('Na pierwszym podbiegu, jeszcze z "
        "uśmiechem.') right after the second paragraph, in its block (1 of 20 noise lines)",
    "ru-blog-zapiskisbinoklem-gusi":
        "the birdwatching blog's geese post keeps its photo caption ('Стая белолобых гусей над лугом на рассвете.') "
        'right after the second paragraph, in its block (1 of 20 noise lines)',
}
test_held_out_123_line, test_held_out_123_line_is_kept, test_held_out_123_page = held_out_tests(
    HELD_OUT_123_LINES, HELD_OUT_123_KEEP, HELD_OUT_123_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
