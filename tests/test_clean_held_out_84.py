"""Held-out set 84: written blind, weighted toward the noise the cleaner exists for, in shapes set 82's docstring does
not name: scraper, embed and ad markers (an Instagram embed's "View this post on Instagram", the Yahoo-style English ad
break "Story continues", the Getty Images embed credit "Embed from Getty Images", the French blocked-embed placeholder
"Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", the German external-embed
placeholder "Empfohlener externer Inhalt", the Italian video-player loading marker "Caricamento player", the Polish
video ad break "Dalsza część artykułu pod materiałem wideo" and a Russian ad label with advertiser, tax number and erid
token "Реклама. ООО «Полянка Трейд», ИНН 0000000000, erid: 2VtzqwXyZ00"); reading-time headers in new wordings (the
English "Read time: 5 mins" and the Axios-style "Smart Brevity™ count: 2 mins...510 words", the French "3 minutes de
lecture", the German "Lesedauer: etwa 4 Minuten", the Sole-24-Ore-style Italian "3' di lettura", the Polish "4 min
czytania" and the Russian "5 минут на чтение"); bylines and self-promotion (a Reuters-style English credit "Reporting by
Tom Halvering; Editing by Nadia Oyelaran", an English author bio "Dorothy Quayle is a freelance journalist who writes
about rural transport and the canals of the Midlands.", an English newsletter-freebie plug "Grab my free printable
canning chart when you join the newsletter – it goes out every other Sunday!", a French local-correspondent credit
"Texte et photos : Lucien Bardonnet, correspondant local", a German text-and-photos credit "Text: Jens Morgenroth |
Fotos: Katrin Hüsing", an Italian edited-by credit "A cura di Elena Castrovilli", a Polish author label "Autorka:
Magdalena Strzyżewska" and a Russian Dzen like-and-subscribe plug "Ставьте лайк и подписывайтесь на канал в Дзене, чтобы
не пропустить новые рецепты!"); blog and site footers (Blogger's "Simple theme. Powered by Blogger.", an English
company-registration line "Tarrowmead Media Ltd. Registered in England and Wales No. 00000000. Registered office: 1 Mill
Yard, Tarrowmead.", the US privacy link "Do Not Sell or Share My Personal Information", the French hosting line
"Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", a German legal link row with an accessibility
statement "Impressum · Datenschutzerklärung · Cookie-Einstellungen · Barrierefreiheitserklärung", an Italian copyright
and VAT-number line "© 2026 Edizioni del Molo S.r.l. – P.IVA 00000000000 – Tutti i diritti riservati", a Polish
publisher line with KRS and NIP numbers "Wydawca: Wierzbołęka Media sp. z o.o., KRS 0000000000, NIP 0000000000" and the
Russian media-registration line "Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 00000 от 01.01.2020 выдано
Роскомнадзором."); reader-comment furniture (Disqus's reactions row "What do you think? 0 Responses", wpDiscuz's sort
row "Newest Oldest Most Voted", a WordPress comments heading "7 thoughts on “Bottling Pears in Spiced Syrup”", a French
reply-and-report row "Répondre · Signaler un abus", the German comments-disabled line "Die Kommentarfunktion wurde für
diesen Artikel deaktiviert.", Akismet's Italian note "Questo sito usa Akismet per ridurre lo spam. Scopri come i tuoi
dati vengono elaborati.", the Polish comments disclaimer "Komentarze są prywatnymi opiniami użytkowników portalu.
Redakcja nie ponosi odpowiedzialności za ich treść." and a Russian show-more button "Показать ещё 5 комментариев");
share rows (an English Reddit, Flipboard, Mastodon and copy-link row, a German Facebook, WhatsApp, Xing, e-mail and
copy-link row and a Polish Facebook, Wykop, X and Messenger row); and notices (a French AI-translation note "Cet article
a été traduit avec l'aide d'un outil d'intelligence artificielle, puis relu par la rédaction.", an Italian
report-an-error line "Hai notato un errore in questo articolo? Segnalalo alla redazione." and the Russian
author's-opinion disclaimer "Мнение автора может не совпадать с позицией редакции."); and toward whole scraped news,
opinion and hobby-blog pages in layouts sets 58 to 82 did not use, as far as the brief lists them, taken from transport,
water and farming and from cooking and preserving blogs (a regional portal's story on a level crossing closing for good
and being replaced by a footbridge, with a comment, a preserving blog's post on making mincemeat in jars, with a
comment, a regional portal's story on a canal lock keeper retiring and his lock being automated, with a comment, a
preserving blog's post on lemons preserved in salt, with a comment, a regional portal's story on a post windmill getting
new sails, with a comment, a daily's opinion column on a new cycle lane that stops short of a dangerous junction, with a
comment, a regional portal's story on a restored steam crane returning to the harbour quay, with a comment, a preserving
blog's post on curing olives in brine, with a comment, a regional portal's story on a hamlet connected to the water main
after its wells ran dry, with a comment, a preserving blog's post on beet sour for Christmas Eve borscht, with a
comment, a regional portal's story on a farm's first open sheep-shearing day, with a comment, and a preserving blog's
post on soaked apples in a pail, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 82), held-out set 83 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 82 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraph of set 81's docstring, printed with one ast script
(/tmp/s84scratch/read82.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments,
the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first
paragraph of set 81's docstring); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``cat``). The tail is set 82's, taken by a script (/tmp/s84scratch/build.py) from the ``def _marks`` node's line on,
with its xfail tables emptied (the three annotated assignments found with ``ast``) and 82 -> 84, then refilled after the
measurement. Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s84, detached at commit 2b0c295bee4774a6fc5eac5165e3cb2c9916770f, what ``git rev-parse HEAD`` printed
in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule.
Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 82's file (and set 81's first
docstring paragraph) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s84scratch/read82.out, 360 lines) that I paged through with ``sed`` (lines 1 to 200, then 200 to 360); nothing was
cut. The docstring cut held (the printed docstring ended with set 82's Baseline paragraph). That allowed text itself
names set 82's scratch paths, its frozen commit (d81ebc7251982719dee274f97a3c5bb5ece5263a) and set 80's and 79's
(4f83a68119fb68453193375d55bf3f73dfd87a02, b46211d8ab558dad97021cbb275af3ea50c83369), and set 82's xfail reasons quote
its missed lines and left page lines; I saw these only as that text. The report script's docstring names a cleaning
table in docs/cleaning.md, which I did not open. The build script, which read set 82's file to take its tail, printed
nothing but the tail it wrote. At my first step ``git status --short | head`` in /work/main printed nothing (a clean
working tree). (2) The worktrees were made with ``git worktree add``, its output sent to /dev/null, so no commit subject
was seen; I did not look up which round the frozen commit is. To see that the frozen worktree existed I ran ``ls`` on
/tmp/wt-s84/tests/test_clean_held_out_82.py and /tmp/wt-s84/tests/test_clean_held_out_81.py, which printed those two
paths and nothing else. The branch set84 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests (66 passed, 11 xfailed), which is a check of the tables, not a second measurement.
(3) To print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
second small script (/tmp/s84scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder without printing it. (4) The
lists were written as source in scratch files (/tmp/s84scratch/lists84.py and pages84.py) and put together with the tail
into this file by a script (/tmp/s84scratch/gen.py). Before the measurement the lists were executed from a scratch
folder (/tmp/s84scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case
was run through the cleaner) by /tmp/s84scratch/check.py, which counted the lines by category, by language (from the ``#
English`` ... comments) and by place, the keep lines by language and by place, the pages by language, printed each
page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of its
page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_84_LINES`` or ``HELD_OUT_84_KEEP``,
case-sensitively and case-insensitively, and that no page article line overlaps one of those lines. While writing I had
already kept the page ad labels off "Advertisement", "Anzeige" and a bare "Реклама", which keep lines hold. Its first
run found four problems: the French blog's reply link "Répondre" inside the held-out "Répondre · Signaler un abus", the
Italian portal's ad label "ADV" inside the keep line "Advertisement boards along the towpath ..." (case-insensitively),
its comment heading "Commenti" inside the keep line "Commenti positivi ..." and the Polish blog's reply link "Odpowiedz"
inside "odpowiedzialności" of the held-out Polish comments disclaimer (case-insensitively); they became "Répondre à
Sandrine", "Spazio pubblicitario", "I commenti dei lettori" and "Odpowiedz na komentarz". A small script
(/tmp/s84scratch/wrap.py) then split the source's long string literals to fit 120 columns; the executed lists were
compared before and after (equal). The second run found nothing; as allowed, some page noise lines hold another noise
line of their page (site names inside captions and copyright lines), and the French blog's comment heading "2 réflexions
sur « Citrons confits au sel : ma recette en bocal, sans cuisson »" holds the post's title, as WordPress prints it. No
list changed after that check. (5) At the measurement (16:20:52 UTC) this docstring was a placeholder and the xfail
tables were empty; it was written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to ``grep``
for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in
the frozen worktree by a script (/tmp/s84scratch/problems.py) that ran it on every line, keep line and page of this set
and printed the problems of the failing ones, to write the xfail reasons. After the tables were filled, a copy of the
stand-ins whose ``_held_out`` returns None (/tmp/s84scratch/stand2) loaded this file and the measured copy in
/tmp/wt-s84 and found their three lists equal. (6) Invented names were checked, before the measurement, against the
helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so this is not a
proof that they do not exist: Cressingworth (and so Cressingworth Live), Suet and Syrup, Tarrowmead (and so Tarrowmead
Media Ltd.), Vaudrenac (and so Vaudrenac Infos), Le Bocal Bavard, Brannelsdorf (and so Brannelsdorf aktuell), Quernitz
(and so the Quernitzer Tagespost), Scogliara (and so Il Faro di Scogliara), Olive e Pazienza, Głębokowola (and so the
Kurier Głębokowolski), Słoik i Chochla, Wierzbołęka (and so Wierzbołęka Media), Ржанецк (and so Ржанецкие вести),
Кадушка и крышка and Полянка Трейд had no hits; Thornaby Moss, Moldenhusen and Mirecourt-sur-Ferre were checked as
spares (no hits) and not used. Dropped after their checks: Scarrowby, planned as the level-crossing town (a place
someone lives in a data file of a repository, besides identifiers such as "containsCarRowByName"), Hollerbrück, planned
as the windmill village (a village in a game's files), "Sel et Zeste" and "Jars on the Windowsill", planned as blog
names (common phrases in recipes and texts), Каменный Брод, planned as the sheep farm's town (a place in a city database
and in games' data), and Pradalupo, planned for the Italian footer's publisher (a Roero Arneis wine's name). Not
checked, generic or invented at sight: Pennick Lane, Cressingworth Mill, the écluse de la Gravière, the place du
Foirail, the Galgenberg, the Anger, the Bahnhofstraße and Lindenallee, the Mühlenverein, Autohaus Körnig, the Amici del
Porto, the molo di levante, Edizioni del Molo, Podlesie and Zalesie (common Polish place names, used as a hamlet and a
village of the invented commune), Skład Opału u Mietka, the Twelve Jars of Christmas series, the Zwischenruf column and
Mill Yard. The people's names (Tom Halvering, Nadia Oyelaran, Dorothy Quayle, Lucien Bardonnet, Jens Morgenroth, Katrin
Hüsing, Elena Castrovilli, Magdalena Strzyżewska, Marcus Ellery, Joanne Pryor, HenryOnTheBranchLine, Bethan Ashcombe,
Margaret H., Nathalie Ferrandou, Gilles Marsanne, Jeanine_du_canal, Hélène, Sandrine, Sabine Kröhnert, Gerd Haselhorst,
mühlenfan_62, Henning Saalfeld, RadlerQ, Paola Ghezzani, Franco Bertolotto, Marinaio57, Lucia, Giovanna, Karolina
Wąsowicz, Anna Lisowiec, pani Halina, Sąsiad z Podlesia, Ewa, Basia, Сергей Кудрин, Галина П., Марина, Ольга_дача) are
invented, though ordinary names real people may bear; none is meant as a real person (Franco Bertolotto replaced a first
choice that is a known poet's surname). The e-mail address uses the reserved .example domain; the phone number, company,
tax and registration numbers are zero-filled. (7) Some lines name real things, as real pages do: Instagram, Yahoo's
"Story continues", Getty Images' embed credit, the French blocked-content placeholder, the German "Empfohlener externer
Inhalt", the Italian "Caricamento player", Il Sole 24 Ore's "3' di lettura", the Polish video ad break, the Russian
ad-marking law's erid token and ИНН, Axios's Smart Brevity count and Reuters' reporting-and-editing credit (all from
memory), Blogger and its Simple theme, England and Wales company registration, the Californian "Do Not Sell or Share My
Personal Information" link, OVH SAS and its Roubaix address (from memory), the German Barrierefreiheitserklärung, the
Italian P.IVA, the Polish KRS and NIP, Roskomnadzor and its ЭЛ № ФС registration, Dzen, Disqus, wpDiscuz, WordPress,
Akismet, Reddit, Flipboard, Mastodon, Facebook, WhatsApp, Xing, Wykop, X and Messenger; on the pages Network Rail, Voies
navigables de France (VNF), Amazon's affiliate programme, Kilner jars, the WordPress themes Kadence, Blossom Recipe and
Foodie Pro, Pinterest, Telegram, VKontakte, Odnoklassniki, iOS and Android, Menton lemons, Bramley apples, Antonovka
apples, Romanov sheep, the Deutscher Mühlentag on Whit Monday, Sainte Viviane given for 2 December and the name days of
Balbina and Bibiana given for 2 December (from memory), and the 16+ and 18+ marks of Russian ad labels and sites. (8)
Set 82's docstring names its own shapes and the earlier sets' page layouts only (and set 81's first paragraph its
shapes), so some lines may repeat shapes of sets before 81 that I could not check; in particular "View this post on
Instagram", "Simple theme. Powered by Blogger.", "Do Not Sell or Share My Personal Information", "What do you think? 0
Responses", "Newest Oldest Most Voted", the WordPress "thoughts on" heading, the Akismet note and "Мнение автора может
не совпадать с позицией редакции." are common enough that an earlier set or a development list may hold them. Close to
shapes sets 81 and 82 named: the Italian Akismet note is WordPress comment-form furniture like their Italian
comment-form note; the French reply-and-report row, the Russian show-more button and the wpDiscuz sort row are comment
furniture near their load-more, show-comments, see-all and count-sort rows; the German comments-disabled line is near
their sign-in prompts; the German legal link row, the Polish publisher line, the Italian copyright and VAT line and the
Russian media-registration line are legal footers near their responsible-editor, RODO, not-a-newspaper and link-required
lines; the company-registration and privacy-link lines are near set 81's UK statements row; the credits and the author
label are bylines near their agency, contributor, compiled-by and prepared-by credits; the Dzen and newsletter plugs are
plugs like their Telegram, Instagram, Etsy and Substack ones; the embed placeholders are embed lines like their YouTube
ones; the Russian erid ad label is an ad label like their partner labels; the reading-time rows are reading-time rows in
other words; the share rows are share rows on other platforms; the notices are of other kinds than their correction,
transparency, article-age, in-update and print-edition notes. Page chrome repeats kinds of line set 82's docstring names
among its noise (photo captions, ad labels and ads, read-also, might-like, more-columns and most-read links, WhatsApp,
Instagram, Pinterest, Telegram and VK prompts, affiliate notes, name-day and saint's-day lines, view counts, theme
credits), as real pages carry them. (9) My first step's clock reading was 2026-12-04 16:14:07 UTC; the measurement ran
at 16:20:52 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report
it; no commit was read.

Judgement calls: the keep lines opening with or holding "Subscribers to the canal trust's newsletter", "Written
complaints", "Photographs taken by the lock keeper", "Following the closure", "Advertisement boards along the towpath",
"Shared between three farms", "Posted notices", "Commentant la décision", "Source de fierté", "Suivre le canal",
"Anzeige erstattet", "Geteilt werden die Kosten", "Quelle des Ärgers", "Commenti positivi", "Seguendo il vecchio
tracciato", "Foto d'epoca", "Udostępniony mieszkańcom", "Czytelnicy pytali nas", "Подписали договор" and "Реклама на
заборе фермы" are article sentences. The Instagram, Getty and blocked-content embed lines, the German external-embed
placeholder, the Italian player marker, the Yahoo-style and Polish ad breaks and the Russian erid ad label are counted
as markers; the reading-time rows (the Axios count with them) as reading-time lines; the Reuters-style, correspondent,
text-and-photos and edited-by credits, the Polish author label, the author bio and the newsletter and Dzen plugs as
bylines; the Blogger, company-registration, privacy-link, hosting, legal-link, copyright-and-VAT, publisher and
media-registration rows as footers; the Disqus reactions row, the wpDiscuz sort row, the comments heading, the
reply-and-report row, the comments-disabled line, the Akismet note, the comments disclaimer and the show-more button as
comments; the share rows as share; the AI-translation note, the report-an-error line and the author's-opinion disclaimer
as notices. On every page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows
and the last paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three last
paragraphs; the blog posts' closing lines about the next post and the column's closing line about the council meeting
are their last paragraphs and counted as article; the column's title keeps its column name "Zwischenruf:" as printed)
and everything else is noise (20 lines a page: six lines above the title, two under it, two between the first paragraph
and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot); in particular
site names and taglines, menus, search boxes, sign-in, account, app and subscription lines, breaking-news and flash
lines, dates, weather, name-day and saint's-day lines, breadcrumbs, section, column and category names, bylines,
columnist lines, publication, update and view-count lines, recipe-card jump links, photo captions, ad labels and ads,
affiliate notes, recipe-series lines, read-also, might-like, more-columns, latest-post and most-read links, newsletter,
WhatsApp, Telegram, VK, Instagram, Facebook, Pinterest and recipe-tag prompts, tip-off prompts, polls, share, print and
bookmark lines, tags, comment headings and counts, commenter rows, comment dates and texts, reply, report and
leave-a-comment lines, comment disclaimers, theme credits, copyright, publisher and legal lines are noise. The rows:
en-portal-cressingworth-crossing "What happens next" (four rows), en-blog-suetandsyrup-mincemeat "What goes in my
mincemeat" (three rows), fr-portail-vaudrenac-eclusier "Ce qui change à l'écluse" (four rows),
fr-blog-bocalbavard-citrons "Ce qu'il vous faut" (three rows), de-portal-brannelsdorf-muehle "Was die Restaurierung
gekostet hat" (four rows), de-kolumne-quernitz-radweg "Was jetzt passieren müsste" (three rows),
it-portale-scogliara-gru "I numeri del restauro" (three rows), it-blog-olivepazienza-salamoia "Il procedimento passo per
passo" (four rows), pl-portal-glebokowola-wodociag "Co muszą zrobić mieszkańcy" (three rows),
pl-blog-sloikichochla-zakwas "Składniki na trzylitrowy słój" (four rows), ru-portal-rzhanetsk-strizhka "Что увидели
гости фермы" (four rows) and ru-blog-kadushka-yabloki "Что понадобится" (three rows); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 10, body 9,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 7, tail 7), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-cressingworth-crossing (a regional news portal's story on
a level crossing on a country lane closing for good after 140 years and being replaced by a footbridge, with a comment),
en-blog-suetandsyrup-mincemeat (a preserving blog's post on making six jars of mincemeat, with a comment),
fr-portail-vaudrenac-eclusier (a regional news portal's story on a canal lock keeper retiring after thirty-two years and
his lock being automated, with a comment), fr-blog-bocalbavard-citrons (a preserving blog's post on lemons preserved in
salt in a jar, with a comment), de-portal-brannelsdorf-muehle (a regional news portal's story on a post windmill getting
new sails for the first time since 1961, with a comment), de-kolumne-quernitz-radweg (a daily's opinion column on a new
cycle lane that stops short of a dangerous junction, with a comment), it-portale-scogliara-gru (a regional news portal's
story on a restored steam crane returning to the harbour quay, with a comment), it-blog-olivepazienza-salamoia (a
preserving blog's post on curing olives in brine, with a comment), pl-portal-glebokowola-wodociag (a regional news
portal's story on a hamlet connected to the commune's water main after its wells ran dry, with a comment),
pl-blog-sloikichochla-zakwas (a preserving blog's post on setting beet sour for Christmas Eve borscht, with a comment),
ru-portal-rzhanetsk-strizhka (a regional news portal's story on a farm's first open sheep-shearing day for townspeople,
with a comment) and ru-blog-kadushka-yabloki (a preserving blog's post on opening the first soaked apples from a pail,
with a comment); every page holds a title, a subheading with list rows, a quote in the article and noise above the
title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 2b0c295bee4774a6fc5eac5165e3cb2c9916770f, measured with ``cd /tmp/wt-s84 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s84/src python -m pytest -q tests/test_clean_held_out_84.py -rA -p
no:cacheprovider`` (11 failed, 66 passed) and ``cd /tmp/wt-s84 && PYTHONPATH=/tmp/wt-s84/src python
scripts/clean_held_out_report.py --sets 84`` (noise lines removed 39/45, article lines kept 20/20, pages clean 7/12,
page noise lines left 9 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 6/8, reading-time 6/7,
byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; missed, all kept in the text: the English "Embed from Getty
Images" and the German "Empfohlener externer Inhalt" put in the body; the English "Smart Brevity™ count: 2 mins...510
words" put at the head; and the French "Texte et photos : Lucien Bardonnet, correspondant local", the Italian "Hai
notato un errore in questo articolo? Segnalalo alla redazione." and the Russian "Ставьте лайк и подписывайтесь на канал
в Дзене, чтобы не пропустить новые рецепты!" put at the foot); keep lines kept 20/20; pages 7/12 clean
(en-portal-cressingworth-crossing, de-portal-brannelsdorf-muehle, it-portale-scogliara-gru,
it-blog-olivepazienza-salamoia, pl-portal-glebokowola-wodociag, ru-portal-rzhanetsk-strizhka and
ru-blog-kadushka-yabloki), 9 of 240 page noise lines left and 0 of 120 article lines lost:
en-blog-suetandsyrup-mincemeat 2 left ("This recipe is part of my Twelve Jars of Christmas series." and "Ad · Kilner
preserve jars, 6 x 0.4 litre – £17.99 at Amazon"); fr-portail-vaudrenac-eclusier 1 left ("Gilles Marsanne devant sa
maison éclusière, où il vit depuis 1994. © Vaudrenac Infos / N. F."); fr-blog-bocalbavard-citrons 2 left ("Mes citrons
coupés en croix, prêts à être farcis de sel." and "Ce billet contient des liens affiliés : si vous achetez via ces
liens, je touche une petite commission."); de-kolumne-quernitz-radweg 3 left ("Weitere Kolumnen: Warum der Wochenmarkt
mehr Bänke braucht", "Gesponsert" and "Autohaus Körnig: Winterreifen-Wechsel schon ab 29 €");
pl-blog-sloikichochla-zakwas 1 left ("Słoiki typu twist 900 ml, 12 sztuk – sprawdź cenę w sklepie"). Of the left page
lines none stands above the title and none under it; four stand between the first paragraph and the paragraph with the
quote (the lock-keeper story's photo caption, whose read-also link goes; the preserved-lemons blog's photo caption and
affiliate note, the whole of that gap; the cycle-lane column's more-columns link, whose columnist line goes; every other
page's caption, read-also, might-like and may-interest line here goes); five stand between the list rows and the last
paragraphs (the mincemeat blog's recipe-series line and jar ad, the cycle-lane column's sponsored label and car-dealer
ad, the whole of those gaps, and the beet-sour blog's jar ad, whose fanpage prompt goes); and none at the foot (every
tag, share, poll, comment heading, commenter row, comment date, comment text, reply, report, most-read, theme credit,
copyright, publisher and legal line at the foot goes, on blogs, portals and the column alike). No article line is lost.
The failing cases are strict xfails.

Still held out after round 72 (development on sets 79 and 80; this set was written after round 71 against 2b0c295, blind
to round 72; measured once with ``scripts/clean_held_out_report.py --sets 84``): noise lines removed 39 -> 41/45 (the
Getty Images embed label and the Smart Brevity word-count row go: both shapes set 78 had too), keep lines 20/20, pages
clean 7/12 (unchanged), page noise lines left 9 -> 8 of 240 (the cycle-lane column's more-columns link goes), article
lines lost 0 of 120. Still missed: the German recommended-external-content label, the local correspondent's
words-and-photos credit, the Italian report-an-error prompt and the Dzen plug; on the pages two captions, an affiliate
note, a sponsored label with its ad, a recipe-series line and two jar ads. The passing entries are removed and one page
reason reworded.

Still held out after round 73 (development on sets 81 and 82; measured once with ``scripts/clean_held_out_report.py
--sets 84``): noise lines removed 41/45 (unchanged), keep lines 20/20, pages clean 7 -> 8/12, page noise lines left 8 ->
6 of 240 (the cycle-lane column's bare 'Gesponsert' label and the car-dealer ad under it go), article lines lost 0 of
120; the entry of the page now clean is removed.

Still held out after session 28's second opinion (a learned edge-line model walking the article's tail after every other
pass; measured once with ``scripts/clean_held_out_report.py --sets N``, with the shipped model of sets 1-86 and with the
same configuration trained on sets 1-82): noise lines removed 41 -> 42/45 (42 with the sets 1-82 model; the Russian
like-and-subscribe plug for a Dzen channel goes), keep lines 20/20, pages clean 8/12 and 6 of 240 page noise lines left
(unchanged), none lost.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_84_LINES = [
    # English
    ("body", "View this post on Instagram", "marker"),
    ("body", "Story continues", "marker"),
    ("body", "Embed from Getty Images", "marker"),
    ("head", "Read time: 5 mins", "reading-time"),
    ("head", "Smart Brevity™ count: 2 mins...510 words", "reading-time"),
    ("tail", "Reporting by Tom Halvering; Editing by Nadia Oyelaran", "byline"),
    ("tail", "Dorothy Quayle is a freelance journalist who writes about rural transport and the canals of the "
             "Midlands.",
     "byline"),
    ("body", "Grab my free printable canning chart when you join the newsletter – it goes out every other Sunday!",
     "byline"),
    ("tail", "Simple theme. Powered by Blogger.", "footer"),
    ("tail", "Tarrowmead Media Ltd. Registered in England and Wales No. 00000000. Registered office: 1 Mill Yard, "
             "Tarrowmead.", "footer"),
    ("tail", "Do Not Sell or Share My Personal Information", "footer"),
    ("tail", "What do you think? 0 Responses", "comments"),
    ("tail", "Newest Oldest Most Voted", "comments"),
    ("tail", "7 thoughts on “Bottling Pears in Spiced Syrup”", "comments"),
    ("tail", "Share: Reddit · Flipboard · Mastodon · Copy link", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "3 minutes de lecture", "reading-time"),
    ("tail", "Texte et photos : Lucien Bardonnet, correspondant local", "byline"),
    ("tail", "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, France", "footer"),
    ("tail", "Répondre · Signaler un abus", "comments"),
    ("tail", "Cet article a été traduit avec l'aide d'un outil d'intelligence artificielle, puis relu par la "
             "rédaction.",
     "notice"),
    # German
    ("body", "Empfohlener externer Inhalt", "marker"),
    ("head", "Lesedauer: etwa 4 Minuten", "reading-time"),
    ("head", "Text: Jens Morgenroth | Fotos: Katrin Hüsing", "byline"),
    ("tail", "Impressum · Datenschutzerklärung · Cookie-Einstellungen · Barrierefreiheitserklärung", "footer"),
    ("tail", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", "comments"),
    ("tail", "Artikel teilen per: Facebook · WhatsApp · Xing · E-Mail · Link kopieren", "share"),
    # Italian
    ("body", "Caricamento player", "marker"),
    ("head", "3' di lettura", "reading-time"),
    ("head", "A cura di Elena Castrovilli", "byline"),
    ("tail", "© 2026 Edizioni del Molo S.r.l. – P.IVA 00000000000 – Tutti i diritti riservati", "footer"),
    ("tail", "Questo sito usa Akismet per ridurre lo spam. Scopri come i tuoi dati vengono elaborati.", "comments"),
    ("tail", "Hai notato un errore in questo articolo? Segnalalo alla redazione.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "4 min czytania", "reading-time"),
    ("head", "Autorka: Magdalena Strzyżewska", "byline"),
    ("tail", "Wydawca: Wierzbołęka Media sp. z o.o., KRS 0000000000, NIP 0000000000", "footer"),
    ("tail", "Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich "
             "treść.",
     "comments"),
    ("tail", "Udostępnij: Facebook · Wykop · X · Messenger", "share"),
    # Russian
    ("body", "Реклама. ООО «Полянка Трейд», ИНН 0000000000, erid: 2VtzqwXyZ00", "marker"),
    ("head", "5 минут на чтение", "reading-time"),
    ("tail", "Ставьте лайк и подписывайтесь на канал в Дзене, чтобы не пропустить новые рецепты!", "byline"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 77 - 00000 от 01.01.2020 выдано Роскомнадзором.", "footer"),
    ("tail", "Показать ещё 5 комментариев", "comments"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_84_KEEP = [
    # English
    ("head", "Subscribers to the canal trust's newsletter were the first to hear that the lock keeper would retire in "
             "the spring."),
    ("head", "Written complaints about the level crossing barrier reached the rail operator more than forty times last "
             "year."),
    ("body", "Photographs taken by the lock keeper over four decades will go on show in the village hall in January."),
    ("body", "Following the closure, drivers face a six-mile detour through the next village and over the old toll "
             "bridge."),
    ("body", "Advertisement boards along the towpath were taken down by the trust after walkers complained about "
             "them."),
    ("tail", "Shared between three farms, the new shearing trailer cost £14,000 and will travel from yard to yard in "
             "June."),
    ("tail", "Posted notices at both ends of the lane warn that the crossing will close for good on 12 January."),
    # French
    ("head", "Commentant la décision, le maire a rappelé que le passage à niveau avait déjà connu deux accidents."),
    ("body", "Source de fierté pour le village, le moulin retrouvera ses ailes au printemps."),
    ("tail", "Suivre le canal à vélo jusqu'à l'écluse prend désormais vingt minutes depuis la gare."),
    # German
    ("head", "Anzeige erstattet hat der Landwirt erst nach dem zweiten Diebstahl von Schafen im Herbst."),
    ("body", "Geteilt werden die Kosten für den neuen Radweg zwischen dem Land und der Gemeinde."),
    ("tail", "Quelle des Ärgers ist die Schranke, die morgens oft zwanzig Minuten lang geschlossen bleibt."),
    # Italian
    ("head", "Commenti positivi sono arrivati anche dai pescatori del porto, che aspettavano la gru da anni."),
    ("body", "Seguendo il vecchio tracciato del canale, la nuova pista ciclabile arriva fino alla stazione."),
    ("tail", "Foto d'epoca mostrano la gru al lavoro sul molo negli anni Cinquanta, quando scaricava il carbone."),
    # Polish
    ("body", "Udostępniony mieszkańcom młyn będzie można zwiedzać w każdą sobotę od maja do września."),
    ("tail", "Czytelnicy pytali nas, dlaczego ścieżka rowerowa kończy się sto metrów przed szkołą."),
    # Russian
    ("head", "Подписали договор о ремонте крана ещё в августе, но работы начались только сейчас."),
    ("tail", "Реклама на заборе фермы появилась после того, как хозяйство начало продавать шерсть."),
]

HELD_OUT_84_PAGES = dict([
    # English
    ("en-portal-cressingworth-crossing", _page("en", "en-portal-cressingworth-crossing", [
        ["-Cressingworth Live",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Wednesday, 2 December 2026 | 6°C Light rain",
         "-BREAKING | Flood warning issued for the river at Cressingworth Mill",
         "-Subscribe for £1 for your first 3 months",
         "-Home › News › Local News › Transport"],
        ["+Pennick Lane level crossing to close for good after 140 years"],
        ["-By Marcus Ellery · Transport Reporter",
         "-Published 07:30, 2 December 2026 | Updated 11:12, 2 December 2026"],
        ["+Network Rail has confirmed that the level crossing on Pennick Lane, used by drivers, riders and walkers "
         "since "
         "the branch line opened in 1886, will close permanently on 12 January and be replaced by a footbridge."],
        ["-The barrier at Pennick Lane, where 41 near misses were recorded in five years (Image: Cressingworth Live)",
         "-Read more: Town's only petrol station to shut for a month while its tanks are replaced"],
        ["+“Every week someone tries to beat the barriers, and one day we will not be lucky,” said Joanne Pryor, the "
         "rail operator's route manager, who told the parish meeting that 41 near misses had been recorded at the "
         "crossing in the past five years."],
        ["+What happens next",
         "+The crossing stays open to all traffic until 11 January, with a staffed gate at weekends.",
         "+A ramped footbridge for walkers, cyclists and riders will open on the same day.",
         "+Drivers will be signed along the B-road through the next village, adding about six miles to the trip.",
         "+A private user-worked crossing will remain for the two farms on the far side of the line."],
        ["-ADVERTISING",
         "-Get 20% off winter boiler servicing – book before 31 December"],
        ["+Some residents had asked for a bridge wide enough for cars, but the county council said the £9m cost could "
         "not be justified for about 600 vehicles a day.",
         "+A drop-in session on the footbridge plans will be held at Cressingworth library on 15 December from 2pm to "
         "7pm."],
        ["-Got a story? Email newsdesk@cressingworthlive.example or message us on WhatsApp",
         "-Topics: Rail · Roads · Cressingworth",
         "-Share on Facebook · Share on X · Share by email",
         "-Comments (1)",
         "-HenryOnTheBranchLine · 3 hours ago",
         "-Shame. I've used that crossing every day for thirty years, but the footbridge is better than nothing.",
         "-Most Read: Bin collections change over Christmas – full list of dates",
         "-© 2026 Cressingworth Live. All rights reserved. Terms | Privacy | Cookie settings"],
    ])),
    ("en-blog-suetandsyrup-mincemeat", _page("en", "en-blog-suetandsyrup-mincemeat", [
        ["-Suet and Syrup",
         "-Recipes from a small kitchen and a big larder",
         "-Home · Recipes · Preserves · Bakes · About · Contact",
         "-Search this blog",
         "-Jump to Recipe · Print Recipe",
         "-This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases."],
        ["+Proper Mincemeat in Jars (and Why I Finally Stopped Buying It)"],
        ["-28 November 2026 · Bethan Ashcombe",
         "-Filed under Preserves, Christmas"],
        ["+Every November I tell myself I'll make mincemeat, and every December I end up buying a jar; this year I "
         "finally set aside a Saturday and made six jars of it, and the kitchen smelled of cloves for a week."],
        ["-Grated Bramleys, currants and suet in my biggest mixing bowl.",
         "-You might also like: Spiced Pear Chutney for the Cheeseboard"],
        ["+My grandmother's rule was simple: “Leave it overnight, stir it twice, and never skimp on the brandy,” and I "
         "now see she was right, because the fruit drinks up every drop while it rests."],
        ["+What goes in my mincemeat",
         "+500g mixed dried fruit, soaked overnight in orange juice",
         "+Two grated Bramley apples and 150g of vegetable suet",
         "+Dark brown sugar, mixed spice and a good splash of brandy"],
        ["-This recipe is part of my Twelve Jars of Christmas series.",
         "-Ad · Kilner preserve jars, 6 x 0.4 litre – £17.99 at Amazon"],
        ["+Warm the mixture gently in a low oven for three hours so the suet melts and coats the fruit, then stir in "
         "the brandy once it has cooled.",
         "+Packed into sterilised jars and sealed, it keeps for a year in a cool cupboard, though ours rarely lasts "
         "past "
         "Twelfth Night.",
         "+Next week I'm using the first jar for mince pies with an all-butter pastry, so come back for that."],
        ["-Tagged: brandy, Christmas, mincemeat, preserves",
         "-Did you make this recipe? Tag @suetandsyrup on Instagram",
         "-14 Comments",
         "-Margaret H. says:",
         "-29 November 2026 at 8:14 am",
         "-I add a spoonful of marmalade to mine – it gives a lovely bitterness. Thank you for the reminder!",
         "-Reply",
         "-© 2026 Suet and Syrup · Theme by Kadence WP"],
    ])),
    # French
    ("fr-portail-vaudrenac-eclusier", _page("fr", "fr-portail-vaudrenac-eclusier", [
        ["-Vaudrenac Infos",
         "-L'actualité de Vaudrenac et du canal",
         "-Accueil | Actualité | Sports | Agenda | Nécrologie | Petites annonces",
         "-Mercredi 2 décembre 2026 – Sainte Viviane",
         "-Mon compte",
         "-Flash info : travaux sur la départementale 12 jusqu'au 18 décembre"],
        ["+Après trente-deux ans à l'écluse, Gilles Marsanne range sa manivelle"],
        ["-Par Nathalie Ferrandou",
         "-Publié le 02/12/2026 à 06h45 · Mis à jour à 09h10"],
        ["+Il ne verra pas la saison 2027 s'ouvrir : Gilles Marsanne, éclusier de l'écluse de la Gravière depuis 1994, "
         "part à la retraite le 31 décembre, et Voies navigables de France a confirmé que le poste ne serait pas "
         "remplacé."],
        ["-Gilles Marsanne devant sa maison éclusière, où il vit depuis 1994. © Vaudrenac Infos / N. F.",
         "-À lire aussi : Le marché de Noël s'installe place du Foirail samedi"],
        ["+« J'ai vu passer des péniches de sable, puis des bateaux de location, puis plus rien l'hiver ; mais je n'ai "
         "jamais laissé un bateau attendre », raconte-t-il depuis le seuil de la maison éclusière qu'il devra quitter "
         "au printemps."],
        ["+Ce qui change à l'écluse",
         "+L'écluse sera automatisée et commandée par les plaisanciers eux-mêmes à l'aide d'une perche.",
         "+Un agent itinérant passera chaque jour pendant la saison de navigation.",
         "+La maison éclusière sera mise en location par VNF à partir de l'été.",
         "+Le chemin de halage reste ouvert aux piétons et aux cyclistes."],
        ["-Publicité",
         "-Téléchargez l'application Vaudrenac Infos sur iOS et Android"],
        ["+Les habitants du quartier préparent un pot de départ le samedi 19 décembre à 11 heures devant l'écluse, "
         "avec la fanfare municipale.",
         "+Le maire souhaite que la maison éclusière accueille à terme un petit musée du canal, une idée que VNF dit "
         "« étudier »."],
        ["-Mots-clés : canal, écluse, retraite, Vaudrenac",
         "-Partager : Facebook · X · WhatsApp · Courriel",
         "-1 commentaire",
         "-Jeanine_du_canal",
         "-Le 2 décembre 2026 à 10h02",
         "-Merci Gilles pour toutes ces années, et pour les tomates que vous donniez aux plaisanciers !",
         "-Les plus lus : Un incendie dans une grange à la sortie du bourg",
         "-© Vaudrenac Infos 2026 – Mentions légales – Données personnelles – Cookies"],
    ])),
    ("fr-blog-bocalbavard-citrons", _page("fr", "fr-blog-bocalbavard-citrons", [
        ["-Le Bocal Bavard",
         "-Conserves, confitures et autres bocaux de saison",
         "-Accueil · Recettes · Conserves · Lacto-fermentation · À propos · Contact",
         "-Rechercher…",
         "-Suivez-moi sur Instagram @lebocalbavard",
         "-Recette du mois : le chutney de potimarron"],
        ["+Citrons confits au sel : ma recette en bocal, sans cuisson"],
        ["-1 décembre 2026 par Hélène",
         "-Conserves, Recettes d'hiver"],
        ["+Les premiers citrons de Menton arrivent sur le marché en décembre, et c'est le moment que j'attends pour "
         "remplir mon grand bocal : il ne faut que du sel, des citrons et un peu de patience."],
        ["-Mes citrons coupés en croix, prêts à être farcis de sel.",
         "-Ce billet contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission."],
        ["+Ma voisine marocaine, qui m'a appris la recette, répète toujours : « Le sel fait le travail, toi tu "
         "attends », et elle a raison, car au bout d'un mois l'écorce devient fondante et presque sucrée."],
        ["+Ce qu'il vous faut",
         "+Six citrons non traités, bien lavés",
         "+Environ 150 g de gros sel gris",
         "+Un bocal d'un litre ébouillanté et le jus de deux citrons de plus"],
        ["-Épinglez cette recette sur Pinterest !",
         "-Vous aimerez aussi : Mes oranges confites pour la bûche"],
        ["+Coupez les citrons en croix sans séparer les quartiers, remplissez-les de sel, tassez-les dans le bocal et "
         "couvrez de jus.",
         "+Retournez le bocal chaque jour la première semaine, puis oubliez-le un mois dans un placard frais.",
         "+La semaine prochaine, je vous montre mon tajine de poulet aux olives avec le premier bocal."],
        ["-Étiquettes : agrumes, bocaux, citrons, lacto-fermentation",
         "-Partager sur Facebook · Pinterest · Envoyer par e-mail",
         "-2 réflexions sur « Citrons confits au sel : ma recette en bocal, sans cuisson »",
         "-Sandrine — 1 décembre 2026 à 19 h 40",
         "-J'en fais aussi avec des citrons verts, c'est plus rapide. Merci pour la recette !",
         "-Répondre à Sandrine",
         "-Laisser un commentaire",
         "-© 2026 Le Bocal Bavard · Thème Blossom Recipe"],
    ])),
    # German
    ("de-portal-brannelsdorf-muehle", _page("de", "de-portal-brannelsdorf-muehle", [
        ["-Brannelsdorf aktuell",
         "-Startseite | Lokales | Sport | Kultur | Blaulicht | Service",
         "-Mittwoch, 2. Dezember 2026",
         "-Wetter: 4 °C, bedeckt",
         "-Anmelden | Abo",
         "-Lokales › Brannelsdorf"],
        ["+Bockwindmühle bekommt neue Flügel – erstmals seit 1961"],
        ["-Von Sabine Kröhnert",
         "-02.12.2026, 07:15 Uhr"],
        ["+Ein Autokran hat am Dienstag die vier neuen Flügel an die Bockwindmühle auf dem Galgenberg gehoben; zum "
         "ersten Mal seit 1961 ist die Mühle am Ortsrand von Brannelsdorf wieder vollständig."],
        ["-Millimeterarbeit: Der Kran hebt das erste Flügelpaar an die Welle. Foto: Sabine Kröhnert",
         "-Lesen Sie auch: Weihnachtsmarkt am Anger öffnet mit Kinderkarussell"],
        ["+„Wir haben zwölf Jahre dafür gesammelt, Flohmarkt für Flohmarkt“, sagte Gerd Haselhorst vom Mühlenverein, "
         "der die Arbeiten vom Fuß des Galgenbergs aus verfolgte, „und jetzt steht sie da, als wäre nie etwas "
         "gewesen.“"],
        ["+Was die Restaurierung gekostet hat",
         "+Die Flügel aus Lärchenholz baute eine Mühlenbaufirma aus Ostfriesland für 86.000 Euro.",
         "+Das Land gab 40.000 Euro aus der Denkmalförderung dazu.",
         "+Der Mühlenverein sammelte den Rest mit Flohmärkten, Mühlenfesten und Spenden.",
         "+Die Gemeinde übernahm die Kosten für den Kran und die Straßensperrung."],
        ["-Werbung",
         "-Stadtwerke: Jetzt zum Ökostrom-Tarif wechseln und 50 € Bonus sichern"],
        ["+Drehen sollen sich die Flügel erstmals zum Deutschen Mühlentag am Pfingstmontag, wenn der Verein die Mühle "
         "für Besucher öffnet.",
         "+Bis dahin müssen noch die Bremse eingestellt und die Segelgatter der Flügel bespannt werden."],
        ["-Schlagworte: Brannelsdorf, Denkmalschutz, Mühlenverein",
         "-Teilen: Facebook · X · WhatsApp · Drucken",
         "-Kommentare (1)",
         "-mühlenfan_62 schrieb am 02.12.2026 um 09:31:",
         "-Endlich! Meine Großeltern haben dort noch Korn mahlen lassen.",
         "-Antworten | Melden",
         "-Meistgelesen in Lokales: Ortsdurchfahrt ab Montag voll gesperrt",
         "-© 2026 Brannelsdorf aktuell – Impressum – Datenschutz – AGB"],
    ])),
    ("de-kolumne-quernitz-radweg", _page("de", "de-kolumne-quernitz-radweg", [
        ["-Quernitzer Tagespost",
         "-E-Paper | Abo | Anzeigen aufgeben | Traueranzeigen",
         "-Lokales · Region · Sport · Meinung · Ratgeber",
         "-Donnerstag, 3. Dezember 2026",
         "-Meinung › Kolumnen › Zwischenruf",
         "-Jetzt die Tagespost-App herunterladen"],
        ["+Zwischenruf: Ein Radweg, der an der Ampel aufhört, ist keiner"],
        ["-Eine Kolumne von Henning Saalfeld",
         "-03.12.2026 – 18:00 Uhr"],
        ["+Seit drei Wochen hat Quernitz seinen neuen Radweg an der Bahnhofstraße, rot markiert, frisch beschildert "
         "und "
         "380 Meter lang – und genau an der Kreuzung mit der Lindenallee, wo es für Radfahrer wirklich gefährlich "
         "wird, hört er einfach auf."],
        ["-Henning Saalfeld schreibt jeden Donnerstag über das Leben in Quernitz.",
         "-Weitere Kolumnen: Warum der Wochenmarkt mehr Bänke braucht"],
        ["+Im Bauausschuss hieß es, man habe „erst einmal ein Zeichen setzen“ wollen; ein Zeichen ist schön, aber "
         "meine "
         "Tochter fährt jeden Morgen über diese Kreuzung zur Schule, und ein Zeichen bremst keinen Lastwagen."],
        ["+Was jetzt passieren müsste",
         "+Die Markierung über die Kreuzung hinweg bis zur Schule verlängern.",
         "+Eine eigene Ampelphase für Radfahrer an der Lindenallee einrichten.",
         "+Die Parkplätze vor der Bäckerei um zehn Meter zurücksetzen, damit man die Radfahrer sieht."],
        ["-Gesponsert",
         "-Autohaus Körnig: Winterreifen-Wechsel schon ab 29 €"],
        ["+Dass der Radweg gebaut wurde, ist gut, und es ist mehr, als Quernitz in den letzten zwanzig Jahren zustande "
         "gebracht hat.",
         "+Aber ein halber Radweg lädt zu einem falschen Gefühl von Sicherheit ein, und das ist an dieser Kreuzung "
         "gefährlicher als gar keiner.",
         "+Der Stadtrat tagt am 10. Dezember; die letzten hundert Meter wären ein gutes Weihnachtsgeschenk."],
        ["-Mehr zum Thema: Radverkehr in Quernitz",
         "-Umfrage: Braucht Quernitz mehr Radwege? Ja / Nein / Weiß nicht",
         "-Drucken | Merken | Teilen",
         "-Leserkommentare",
         "-RadlerQ, 03.12.2026, 19:12",
         "-Danke! Genau an dieser Stelle bin ich im Sommer fast von einem Transporter erwischt worden.",
         "-Hinweis: Leserkommentare geben nicht die Meinung der Redaktion wieder.",
         "-© Quernitzer Tagespost 2026. Alle Rechte vorbehalten."],
    ])),
    # Italian
    ("it-portale-scogliara-gru", _page("it", "it-portale-scogliara-gru", [
        ["-Il Faro di Scogliara",
         "-Notizie da Scogliara e dal golfo",
         "-Home | Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Mercoledì 2 Dicembre 2026",
         "-Accedi | Abbonati",
         "-ULTIM'ORA: Mareggiata, chiusa la passeggiata a mare fino a venerdì"],
        ["+Torna al suo posto la vecchia gru del porto: restaurata dopo trent'anni di ruggine"],
        ["-di Paola Ghezzani",
         "-2 dicembre 2026, 08:20"],
        ["+La gru a vapore che per quasi un secolo ha scaricato carbone e sale sul molo di levante è tornata ieri "
         "mattina "
         "sulla banchina, verniciata di rosso e con tutti i suoi ingranaggi, dopo due anni di restauro in un capannone "
         "della zona artigianale."],
        ["-La gru restaurata sul molo di levante (foto Il Faro di Scogliara)",
         "-Leggi anche: Porto, al via i lavori per il nuovo pontile dei pescatori"],
        ["+«Quando ero bambino mio nonno la manovrava, e io stavo seduto sui sacchi a guardarla girare», ha raccontato "
         "Franco Bertolotto, presidente dell'associazione Amici del Porto, che ha raccolto i fondi per il restauro."],
        ["+I numeri del restauro",
         "+Ventidue mesi di lavoro e oltre 4.000 ore di volontariato",
         "+Centoventimila euro, metà dalla Regione e metà da donazioni",
         "+Più di trecento pezzi smontati, puliti e rimontati uno per uno"],
        ["-Spazio pubblicitario",
         "-Vuoi ricevere le notizie di Scogliara ogni mattina? Iscriviti alla newsletter"],
        ["+La gru non tornerà a lavorare, ma sarà illuminata di notte e accompagnata da un pannello che racconta la "
         "storia del porto.",
         "+L'inaugurazione ufficiale è prevista per domenica 13 dicembre alle 11, con la banda cittadina e la "
         "benedizione delle barche.",
         "+L'associazione sta già raccogliendo fondi per il prossimo progetto: restaurare la vecchia pesa pubblica "
         "accanto alla dogana."],
        ["-Tag: gru, porto, restauro, Scogliara",
         "-Condividi su Facebook · WhatsApp · Telegram",
         "-I commenti dei lettori",
         "-Marinaio57",
         "-2 dicembre 2026 alle 10:15",
         "-Finalmente! Quella gru è il simbolo del paese, grazie ai volontari.",
         "-Rispondi",
         "-Il Faro di Scogliara – Registrazione Tribunale n. 0/2020 – P.IVA 00000000000"],
    ])),
    ("it-blog-olivepazienza-salamoia", _page("it", "it-blog-olivepazienza-salamoia", [
        ["-Olive e Pazienza",
         "-Ricette, conserve e storie dalla cucina di casa",
         "-Home · Ricette · Conserve · Dolci · Chi sono · Contatti",
         "-Cerca nel blog",
         "-Seguimi su Facebook e Instagram",
         "-Ultimi post: Marmellata di cachi senza pectina"],
        ["+Olive in salamoia come le faceva mia nonna: il metodo con l'acqua e il sale"],
        ["-Pubblicato da Lucia il 30 novembre 2026",
         "-Categoria: Conserve"],
        ["+A fine novembre il mio vicino ha raccolto le olive del suo piccolo uliveto e me ne ha regalato una "
         "cassetta: "
         "niente di meglio per rimettere in funzione il vecchio orcio di terracotta della nonna."],
        ["-Le olive appena raccolte, prima della prima acqua.",
         "-Potrebbe interessarti anche: Giardiniera croccante in agrodolce"],
        ["+La nonna diceva sempre «l'oliva è pronta quando non è più amara, non quando lo decidi tu», e infatti ci "
         "vogliono dalle tre alle sei settimane, a seconda della varietà."],
        ["+Il procedimento passo per passo",
         "+Incidete ogni oliva con un coltellino o schiacciatela leggermente.",
         "+Tenetele in acqua fredda per due settimane, cambiandola ogni giorno.",
         "+Preparate la salamoia con 100 grammi di sale per ogni litro d'acqua.",
         "+Aggiungete alloro, scorza d'arancia e qualche spicchio d'aglio."],
        ["-Questo post contiene link di affiliazione Amazon.",
         "-Pubblicità"],
        ["+Conservate i vasi in un luogo fresco e buio: dopo un mese le olive saranno pronte, e si mantengono fino "
         "all'estate.",
         "+Nel prossimo post vi racconto come le uso nella focaccia di Natale."],
        ["-Etichette: conserve, olive, ricette della nonna",
         "-Condividi: Facebook · Pinterest · WhatsApp · Email",
         "-6 commenti",
         "-Giovanna ha detto:",
         "-Io ci metto anche il finocchietto selvatico, provate! Brava Lucia.",
         "-30 novembre 2026 alle 21:03",
         "-Rispondi",
         "-Copyright © 2026 Olive e Pazienza · Tema Foodie Pro"],
    ])),
    # Polish
    ("pl-portal-glebokowola-wodociag", _page("pl", "pl-portal-glebokowola-wodociag", [
        ["-Kurier Głębokowolski",
         "-Portal informacyjny gminy Głębokowola",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt",
         "-Środa, 2 grudnia 2026. Imieniny: Balbiny, Bibiany",
         "-Zaloguj się | Załóż konto",
         "-Pilne: Awaria prądu w Zalesiu, prace potrwają do 15:00"],
        ["+Po trzydziestu latach czekania woda z wodociągu popłynęła na Podlesie"],
        ["-Tekst: Karolina Wąsowicz",
         "-Opublikowano: 02.12.2026, 08:05"],
        ["+Czterdzieści dwa domy w przysiółku Podlesie zostały w poniedziałek podłączone do gminnego wodociągu; do tej "
         "pory mieszkańcy korzystali z własnych studni, które w ostatnie suche lata coraz częściej wysychały."],
        ["-Wójt Anna Lisowiec i sołtys Podlesia przy otwarciu zaworu. Fot. Kurier Głębokowolski",
         "-Zobacz też: Nowy chodnik przy szkole w Głębokowoli gotowy przed terminem"],
        ["+– W sierpniu nosiłam wodę wiadrami od sąsiada, bo moja studnia dawała pół wiadra dziennie – mówi pani "
         "Halina, "
         "która mieszka na Podlesiu od urodzenia. – Dziś odkręciłam kran i płakałam jak dziecko."],
        ["+Co muszą zrobić mieszkańcy",
         "+Złożyć w urzędzie gminy wniosek o zawarcie umowy na dostawę wody.",
         "+Wykonać przyłącze od studzienki do domu, na co gmina daje dopłatę do 2 tys. zł.",
         "+Zamontować wodomierz, który bezpłatnie dostarczy zakład komunalny."],
        ["-Reklama",
         "-Węgiel i pellet z dostawą do domu – Skład Opału u Mietka, zadzwoń: 000 000 000"],
        ["+Budowa sieci o długości 6,4 km kosztowała 3,1 mln zł, z czego 60 procent pokryła dotacja z programu "
         "rządowego.",
         "+Gmina zapowiada, że w przyszłym roku wodociąg dotrze także do ostatnich dwunastu domów przy drodze do lasu.",
         "+Mieszkańcy, którzy nie złożyli jeszcze wniosków, mogą to zrobić w pokoju nr 4 urzędu gminy do końca "
         "stycznia."],
        ["-Tagi: wodociąg, Podlesie, inwestycje gminy",
         "-Podziel się: Facebook · X · E-mail",
         "-Komentarze (1)",
         "-~Sąsiad z Podlesia",
         "-02.12.2026 10:44",
         "-No nareszcie, tylko szkoda, że tyle lat to trwało.",
         "-Odpowiedz · Zgłoś",
         "-Kurier Głębokowolski © 2026. Regulamin | Polityka prywatności"],
    ])),
    ("pl-blog-sloikichochla-zakwas", _page("pl", "pl-blog-sloikichochla-zakwas", [
        ["-Słoik i Chochla",
         "-Blog o domowych przetworach i kuchni polskiej",
         "-Start · Przepisy · Przetwory · Kiszonki · O mnie · Kontakt",
         "-Szukaj...",
         "-Obserwuj mnie na Instagramie!",
         "-Nowość: e-book „Kiszonki przez cały rok” – sprawdź"],
        ["+Zakwas buraczany na wigilijny barszcz – nastaw go już teraz"],
        ["-3 grudnia 2026 · Ewa",
         "-Kategoria: Kiszonki"],
        ["+Do Wigilii zostały trzy tygodnie, a to dokładnie tyle, ile potrzebuje dobry zakwas buraczany, więc w "
         "weekend "
         "nastawiłam dwa duże słoje i już pachnie w całej kuchni."],
        ["-Pokrojone buraki w trzylitrowym słoju, przed zalaniem solanką.",
         "-Przeczytaj również: Grzybowa z suszonych prawdziwków krok po kroku"],
        ["+Moja mama zawsze mówiła: „Zakwas musi mieć czas, a barszcz serce”, i co roku stawiała słój na lodówce, "
         "gdzie "
         "było najcieplej."],
        ["+Składniki na trzylitrowy słój",
         "+Półtora kilograma czerwonych buraków",
         "+Cztery ząbki czosnku i dwa liście laurowe",
         "+Kilka ziaren ziela angielskiego i pieprzu",
         "+Dwa litry przegotowanej wody z łyżką soli"],
        ["-Polub mój fanpage na Facebooku, żeby nie przegapić nowych przepisów",
         "-Słoiki typu twist 900 ml, 12 sztuk – sprawdź cenę w sklepie"],
        ["+Buraki obierz, pokrój w grube plastry, włóż do słoja z przyprawami, zalej osoloną wodą i przykryj lnianą "
         "ściereczką.",
         "+Po pięciu, siedmiu dniach zakwas jest gotowy; przelej go do butelek i trzymaj w lodówce do samej Wigilii."],
        ["-Tagi: barszcz, buraki, Wigilia, zakwas",
         "-Spodobał Ci się przepis? Udostępnij go znajomym!",
         "-2 komentarze",
         "-Basia",
         "-3 grudnia 2026 o 20:17",
         "-Ja dodaję jeszcze skórkę od razowego chleba, szybciej rusza fermentacja.",
         "-Odpowiedz na komentarz",
         "-© 2026 Słoik i Chochla. Wszystkie prawa zastrzeżone."],
    ])),
    # Russian
    ("ru-portal-rzhanetsk-strizhka", _page("ru", "ru-portal-rzhanetsk-strizhka", [
        ["-Ржанецкие вести",
         "-Новости Ржанецка и района",
         "-Главная | Новости | Общество | Спорт | Афиша | Объявления",
         "-2 декабря 2026, среда",
         "-Погода: −6 °C, снег",
         "-Войти | Регистрация"],
        ["+На ферме под Ржанецком впервые провели день стрижки овец для горожан"],
        ["-Общество",
         "-02.12.2026 09:40 · 1 245 просмотров"],
        ["+В субботу на семейной ферме Сергея Кудрина прошёл первый открытый день стрижки: за день мастера остригли "
         "140 "
         "романовских овец, а посмотреть на работу приехали около двухсот жителей Ржанецка."],
        ["-Стрижка одной овцы у опытного мастера занимает около пяти минут. Фото: Ржанецкие вести",
         "-Читайте также: В Ржанецке открылась новая ярмарка выходного дня"],
        ["+«Зимой стрижём перед окотом, так овцам легче, а шерсть чище», — объяснил фермер Сергей Кудрин, который "
         "держит "
         "овец уже пятнадцать лет и продаёт шерсть местным мастерицам."],
        ["+Что увидели гости фермы",
         "+Показательную стрижку ручными ножницами и машинкой",
         "+Мастер-класс по мытью и чесанию шерсти",
         "+Прядение на старой самопрялке",
         "+Кормление ягнят из бутылочки"],
        ["-Реклама 16+",
         "-Подписывайтесь на «Ржанецкие вести» в Telegram и VK"],
        ["+Следующий открытый день фермер планирует провести весной, когда появятся ягнята, и обещает добавить "
         "мастер-класс по валянию.",
         "+Шерсть с этой стрижки уже купили две мастерские из райцентра, а часть останется для местного кружка "
         "вязания."],
        ["-Теги: сельское хозяйство, фермеры, овцы",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (1)",
         "-Галина П.",
         "-2 декабря 2026, 11:20",
         "-Были с внуками, очень понравилось! Спасибо хозяевам за чай с пирогами.",
         "-Ответить",
         "-© 2026 «Ржанецкие вести». 16+. Все права защищены."],
    ])),
    ("ru-blog-kadushka-yabloki", _page("ru", "ru-blog-kadushka-yabloki", [
        ["-Кадушка и крышка",
         "-Блог о домашних заготовках",
         "-Главная · Рецепты · Заготовки · Соления · Обо мне",
         "-Поиск по блогу",
         "-Присоединяйтесь к группе блога ВКонтакте",
         "-Новый рецепт: квашеная капуста с клюквой"],
        ["+Мочёные яблоки в ведре: открыла первую партию"],
        ["-Опубликовано: 1 декабря 2026",
         "-Автор: Марина · Рубрика: Заготовки"],
        ["+В начале октября я заложила антоновку в эмалированное ведро по бабушкиному рецепту, а на прошлой неделе "
         "наконец сняла гнёт и попробовала первые яблоки."],
        ["-Антоновка под слоем ржаной соломы перед заливкой.",
         "-Вам может понравиться: Брусника на зиму без варки"],
        ["+Бабушка говорила: «Мочёное яблоко торопить нельзя, ему нужен холод и тишина», и держала ведро в сенях до "
         "самого Нового года."],
        ["+Что понадобится",
         "+Пять килограммов антоновки без вмятин",
         "+Ржаная солома или листья смородины и вишни",
         "+Пять литров воды, стакан сахара, две ложки соли и ложка ржаной муки"],
        ["-Реклама · 18+",
         "-Эмалированные вёдра и кадки с доставкой — скидка 15% по промокоду"],
        ["+Яблоки укладывают плотно, перекладывая соломой, заливают остывшим рассолом и ставят под гнёт в прохладное "
         "место.",
         "+Первые две недели рассол нужно доливать: яблоки пьют его очень жадно.",
         "+Получились ядрёные, с кислинкой и лёгкой газировкой, а рассол мы пьём вместо кваса."],
        ["-Метки: антоновка, мочёные яблоки, заготовки",
         "-Понравился рецепт? Поделитесь с друзьями!",
         "-3 комментария",
         "-Ольга_дача",
         "-1 декабря 2026 в 18:52",
         "-Марина, а можно в пластиковом ведре? У меня эмалированного нет.",
         "-Ответить",
         "-© 2026 Кадушка и крышка. Копирование рецептов — только с активной ссылкой."],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
    'Empfohlener externer Inhalt':
        "a German external-embed placeholder ('Empfohlener externer Inhalt') is left in the body",
    'Hai notato un errore in questo articolo? Segnalalo alla redazione.':
        "an Italian report-an-error notice ('Hai notato un errore in questo articolo? Segnalalo alla redazione.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-suetandsyrup-mincemeat':
        "the preserving blog's mincemeat post keeps its recipe-series line ('This recipe is part of my Twelve Jars of Christmas series.') and its jar ad ('Ad · Kilner preserve jars, 6 x 0.4 litre – £17.99 at Amazon') after the list rows (2 of 20 noise lines)",
    'fr-portail-vaudrenac-eclusier':
        "the regional portal's lock-keeper story keeps its photo caption ('Gilles Marsanne devant sa maison éclusière, où il vit depuis 1994. © Vaudrenac Infos / N. F.') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
    'pl-blog-sloikichochla-zakwas':
        "the preserving blog's beet-sour post keeps its jar ad ('Słoiki typu twist 900 ml, 12 sztuk – sprawdź cenę w sklepie') after the list rows (1 of 20 noise lines)",
}


test_held_out_84_line, test_held_out_84_line_is_kept, test_held_out_84_page = held_out_tests(
    HELD_OUT_84_LINES, HELD_OUT_84_KEEP, HELD_OUT_84_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
