"""Held-out set 100: written blind, weighted toward the noise the cleaner exists for, in shapes set 98's docstring does
not name (nor the first paragraphs of sets 95, 96 and 97): scraper, embed and ad markers (an embedded post's attribution
residue "— Fennimoor Arts Centre (@FennimoorArts) December 2, 2026", an Eventbrite ticket-widget residue "Buy tickets ·
Powered by Eventbrite", the Gravity Forms residue "This iframe contains the logic required to handle Ajax powered
Gravity Forms.", the French Flash fallback "Le contenu de cette page nécessite une version plus récente d'Adobe Flash
Player.", a German app-graphic note "Hinweis: Diese Grafik lässt sich in der App nicht darstellen. Bitte öffnen Sie den
Artikel im Browser.", an Italian muted-video overlay "Video: clicca per attivare l'audio", the Polish video break
"Dalsza część artykułu pod materiałem wideo" and a Russian ad-blocker notice "Чтобы посмотреть ролик, отключите
блокировщик рекламы."); reading-time headers in new wordings (the English word-count row "812 words · about 4 minutes"
and a blog's "Settle in: you'll want a good quarter of an hour and a hot drink for this one.", the French "Il vous
faudra environ 5 minutes pour lire cet article.", the German "Für diesen Text brauchen Sie etwa vier Minuten.", the
Italian "Questo articolo richiede circa 6 minuti di lettura", the Polish "Przeczytasz w 6 minut" and the Russian "Время
прочтения: 6 мин."); bylines and self-promotion (an English "Additional reporting by Ottilie Sparrowhawke", an English
Patreon plug "Patrons see every post a week early – it's £3 a month over on Patreon, and it pays for the hosting.", an
English YouTube plug "New videos go up every Thursday on my YouTube channel, so come and say hello there too.", a French
Tipeee plug "Ce blog vous plaît ? Vous pouvez le soutenir sur Tipeee, dès 1 € par mois.", a German Steady plug "Wer den
Blog unterstützen mag: Auf Steady gibt es ihn werbefrei und mit Bonusartikeln.", an Italian correspondent credit "Dal
nostro inviato Ottavio Ruspolotti", a Polish Patronite plug "Blog rozwija się dzięki patronom z Patronite – dziękuję, że
jesteście ze mną!" and a Russian special-for credit "Специально для «Сорокодольского курьера» — Зиновия Кречетова");
blog and site footers (an English publishing-group line "Part of the Quernholme Media group, which also publishes the
Quernholme Star and Vale Property Weekly.", WordPress's old feed footer "Entries (RSS) and Comments (RSS).", a
page-generation time "Page generated in 0.412 seconds.", a French publication-director line "Directeur de la publication
: Arnaud Plessetier", a German MStV responsibility line "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Henrike
Tammling", the Italian blog's not-a-newspaper disclaimer "Questo blog non rappresenta una testata giornalistica in
quanto viene aggiornato senza alcuna periodicità. Non può pertanto considerarsi un prodotto editoriale ai sensi della
legge n. 62 del 7.03.2001.", a Polish design credit "Projekt i wykonanie strony: Pracownia Piksel i Papier" and a
Russian founder line "Учредитель и издатель: администрация Сорокодольского городского округа"); reader-comment furniture
(an English in-reply-to line "In reply to Philippa Rosthwaite.", an English formatting note "Basic Markdown works in
comments; links and HTML are stripped before posting.", an English last-activity line "Last reply 2 hours ago by Ysolde
Pennock", a French subscribers-only line "Réagir à cet article est réservé à nos abonnés.", a German report link "Diesen
Kommentar der Redaktion melden", an Italian edited marker "Commento modificato dall'autore", a Polish editors'-pick
badge "Komentarz wyróżniony przez redakcję" and a Russian hidden-comment line "Комментарий скрыт из-за низкого рейтинга.
Показать"); share rows (an English Messenger, SMS and Nextdoor row, a French Messenger, Viber and SMS sentence and an
Italian Messenger, Viber and Tumblr row); and notices (a German affiliate-links disclosure "Dieser Beitrag enthält
Affiliate-Links: Kaufen Sie darüber ein, erhalten wir eine kleine Provision.", a Polish sent-in note "Materiał nadesłany
przez organizatora; redakcja nie odpowiada za jego treść." and the Russian illustrative-photo note "Фотография носит
иллюстративный характер."); and toward whole scraped news and hobby-blog pages in layouts set 98's docstring does not
describe (a breadcrumb on the line right before the title, with no blank line between them, on one page, an ad label or
an affiliate note on the line right after the subheading, in its block, on two, noise in its own block between the
subheading and the first list row on three, a noise line inside the block of list rows on one, a newsletter prompt
between the two last paragraphs, in their block, on one, a one-line collapsed table of contents on one, a table of
contents between the paragraph with the quote and the subheading on one, an ad label in its own block above the site
name on one, seven or eight noise lines under the title on four pages, two separate comments on three, replies three
levels deep ("↳↳↳") on two), taken from culture and leisure and from blogs about amateur astronomy, pottery, retro
computing and fly fishing (a regional portal's story on a library reopening after a refit, with a comment, a reply and
the paper's reply to it, an astronomy blog's post on three nights of Jupiter from a back garden, with a comment, the
author's reply, a reply to it and the author's reply to that, a regional portal's story on a theatre's new season, with
a comment, a reply and the paper's reply to it, a pottery blog's post on a first raku firing, with two comments and the
author's reply to the first, a regional portal's story on a toy exhibition at a town museum, with a comment and a reply,
a retro-computing blog's post on reviving a flea-market C64, with two comments and the author's reply to the first, a
regional portal's story on a town festival, with a comment, a reply, the paper's reply and the first commenter's reply
to that, a fly-fishing blog's post on December grayling, with a comment and the author's reply, a regional portal's
story on a cinema closing after 61 years, with a comment, a reply and a reply to it, a retro-computing blog's post on an
Atari 65XE from an uncle's cellar, with a comment, the author's reply and a reply to it, a regional portal's story on a
veterans' choir winning a regional competition, with a guest comment, a reply and the paper's reply to it, and an
astronomy blog's post on the Orion nebula through a home-made telescope, with two comments and the author's reply to
each).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 98), held-out set 99 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 98 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), and the first paragraphs of the docstrings of sets 95, 96 and 97, printed with one ast script
(/tmp/s100scratch/read98.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page`` node's source segments, the
file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end, and the first paragraph of
each of the three other docstrings); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture``
(tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource``; ``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with
``sed``). The tail is set 98's, taken by a script (/tmp/s100scratch/gen.py) from the ``def _marks`` node's line on, with
its xfail tables emptied (the three annotated assignments found with ``ast``) and 98 -> 100, then refilled after the
measurement by the same script from /tmp/s100scratch/tables100.py. ``_page`` and the imports are set 98's, taken by the
same script from their nodes. Nothing else was copied from any file of the repository. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s100, detached at commit b5d41ecd3824f23404ff35842fa6536bbab719d2, what ``git
rev-parse HEAD`` printed in /work/main) and every failing case is marked as a strict xfail whose reason describes the
line or page, not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 98's file (and the first paragraphs
of sets 95, 96 and 97) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s100scratch/read98.out, 600 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 600, whose middle
the tool's output limit cut, then lines 350 to 470 to see the cut part); nothing else was printed from it. The docstring
cut held (the printed docstring ended with set 98's Baseline paragraph). That allowed text itself names set 98's scratch
paths and its frozen commit (5402770d7b6a9337c7adc5fb32b8db85646de69c) and set 96's
(0192ec6ef4b24b972a1085de055e29aee1517338); set 98's xfail reasons quote its missed lines and left page lines; I saw
these only as that text. The report script's docstring names a cleaning table in docs/cleaning.md, which I did not open.
The generating script, which read set 98's file to take its imports, its ``_page`` helper and its tail, printed nothing
but a line count; I printed the first 30 lines of the file it wrote (this docstring's placeholder, the imports,
``_page`` and the start of the English lines) with ``sed``, the lines of its tables and test functions with ``grep -n``
on that file (not on the tests/ folder), and an ``awk`` length filter on it printed ten list and page lines of my own
(the first ten it found) (it counted bytes, not characters; a Python check found no line over 120 columns). At my first
step ``git status --short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD`` printed
b5d41ecd3824f23404ff35842fa6536bbab719d2. (2) The worktrees were made with ``git worktree add``, its output sent to
/dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that the worktrees
existed I ran ``ls`` on /tmp/wt-set100, which printed the top-level names of the checkout (README.md, benchmarks,
configs, docs, pyproject.toml, scripts, src, tests); no file's contents. The branch set100 was made from the same
commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (49 passed, 28 xfailed),
which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s100scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s100scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were written
as data in scratch files (/tmp/s100scratch/lists100.py and pages100.py) and put together with the tail into this file by
/tmp/s100scratch/gen.py, which splits long string literals to fit 120 columns. Before the measurement a one-line loop
printed 10 article and 20 noise lines for every page. Then the file was executed from a scratch folder
(/tmp/s100scratch/stand) with stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean``
whose ``_insert`` and ``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner)
by /tmp/s100scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and
by place, the keep lines by language and by place, the pages by language and checked that every page has 10 article and
20 noise lines, that no page article line repeats on its page and no page noise line does (case-insensitively), that no
page noise line is a substring of an article line of its page (case-sensitively and case-insensitively) or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_100_LINES`` or ``HELD_OUT_100_KEEP``, case-sensitively and
case-insensitively, that no page article line overlaps one of those lines, that no held-out noise line overlaps another
held-out noise or keep line, that no line is longer than 120 columns and that the file holds no e-mail address. Its
first run found 1 problem: the fly-fishing post's table-of-contents entry "L'attrezzatura" inside its subheading
"L'attrezzatura che ho usato"; the entries were numbered ("1. L'attrezzatura", "2. Com'è andata") by a small replacement
script (/tmp/s100scratch/fix1.py) and the second run found nothing. No list changed after that check. While writing, I
kept the ad labels off pages whose language has a keep line opening with one (the German pages use "Anzeige", not
"Werbung"; the Italian ones "Contenuto sponsorizzato" and "Sponsorizzato", not "Pubblicità"; the Polish ones "Czytaj
też:", not "Czytaj więcej"), and the French theatre story's subscriber badge reads "Article réservé aux abonnés" (a
plain "Abonnés" would sit inside its quote paragraph). As allowed, some page noise lines hold another noise line or an
article word of their page (site names inside commenter rows and copyright lines, subheadings inside table-of-contents
entries, place names of the article inside captions and tags). (5) At the measurement (00:16:16 UTC) this docstring was
a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring pytest run
(``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then
read out once with ``_problems`` in the frozen worktree by a script (/tmp/s100scratch/problems.py) that ran it on every
line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons; the
places named in the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost.
(6) Invented names were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist: Ashwinford,
Ashwinford Courier, Fennimoor, Quernholme, Ottilie Sparrowhawke, Philippa Rosthwaite, Ysolde Pennock, Hester Gillmore,
Gwilym Ashcott, Dew Shield Diaries, Sainte-Orvaline, Margaux Lhériteau, Odile Charbonnaz (Charbonnaz alone), Arnaud
Plessetier, Le Tour qui Penche, Lindmarschen, Wiebke Sonnhalder, Gesa Hüttenrauch, Henrike Tammling, Bitschrott,
Roccafiorana, Orsola Brambillini, Ivano Cordeschi, Ottavio Ruspolotti (Ruspolotti alone), Stefania Ruspolotti, Lenza e
Piuma, Krzewiałowo, Zbigniew Kłodawiec (Kłodawiec alone), Halina Zawrocka (as "Zawrocka Halina"), Pracownia Piksel i
Papier, Ośmiobitowy Strych, Камышеград, Сорокодольск, Зиновия Кречетова, Таисия Кротовицкая and Ночной окуляр had no
hits; Sparrowhawke, Rosthwaite (inside "Crosthwaite"), Hüttenrauch, Tammling, Cordeschi, Zawrocka and Кречетова had hits
as surnames and were kept with first names that had none; Ясеневская had hits only inside the Moscow metro station name
Новоясеневская and was kept (Людмила Ясеневская, not checked as a whole). Dropped after their checks: Brackwater,
planned for the additional-reporting credit (in invented-name lists), Hallowmere, planned for the media group (in
invented-town lists), Dallmeyer, planned for the MStV line (a real surname and a lens maker), Клюквинск, planned for the
Russian town (in a city list of sample data), Cressida Vane, planned for the head librarian (a name in sample data),
Черемшанск (a real district's name), Tavolazzi and Bellafronte, planned for the Italian correspondent (real surnames),
Koniarek, Wierzbięta, Sonnenfeldt, Мерзлякова, Зябликова and Синявкина (real surnames or street names). Not checked,
generic or invented at sight: Station Road, the Market Square, the piazza Garibaldi, the Carnegie library (a kind of
building), Lindmarscher Tageblatt, Le Courrier de Sainte-Orvaline, Roccafiorana Notizie, Gazeta Krzewiałowska, Вести
Камышеграда and Сорокодольский курьер (papers named after the checked towns), Vale Property Weekly, the kino
„Słonecznik”, the choir «Рябинушка» (a common name for folk choirs), and the people's names (Marlpit_Mum, Dougal R.,
Rowan, Pollux_Pete, Claudine_O, Bastien, Lucie, Anouk, Josiane, Rémi_tourneur, Bahnwärter_Kurt, Luise M., Malte, Jens,
Pixelpionier, Ute_aus_dem_Norden, Gabriella_R, Tonino, Piero, Moscaiolo_Ligure, Marzena, widz_z_lat_80, Kuba, Tomek_XL,
Валентина П., Андрей_Звездочёт, Ирина, Олег), which are invented, though ordinary names real people may bear; none is
meant as a real person. There are no phone or registration numbers; the page-generation time and view counts are made
up. There are no e-mail addresses. (7) Some lines name real things, as real pages do (all from memory): Twitter/X-style
post embeds, Eventbrite, Gravity Forms, Patreon, YouTube, WordPress's feed footer, Markdown, Messenger, SMS, Nextdoor,
Adobe Flash Player, Tipeee, Viber, Steady, the German Medienstaatsvertrag (§ 18 Abs. 2 MStV), the Italian law n. 62 of
2001 on publishing, Tumblr and Patronite; on the pages Molière, the Commodore C64, Panasonic and Nichicon capacitors,
the Atari 65XE and its XC12 recorder, Amazon, WordPress and its Astra theme, Facebook, Pinterest, Mastodon, WhatsApp,
Wykop, X, VK, Odnoklassniki, Telegram, UHC and H-beta filters, Jupiter's Great Red Spot, the Orion and Horsehead nebulae
and the 16+ mark of Russian sites. (8) Set 98's docstring names its own shapes and its pages' layouts (and sets 95 to 97
their shapes in their first paragraphs), so some lines may repeat shapes of sets before 95 or of the development lists
that I could not check; in particular WordPress's "Entries (RSS) and Comments (RSS)." and the Italian blog disclaimer
are common enough that an earlier set may hold them. Close to shapes sets 95 to 98 named: the post-embed attribution is
embed residue near the Facebook, Instagram and TikTok residues; the Eventbrite residue is a widget credit near the
Outbrain credit; the Flash fallback is near the HTML5 video fallback; the app-graphic note is near the BBC video
residue; the muted-video overlay is near the autoplay countdown; the Polish video break is near the Polish
video-after-the-ad residue and the ad breaks; the ad-blocker notice is near the ad breaks; the reading-time rows are
reading-time rows in other words; the additional-reporting credit is near the Reuters-style credits; the correspondent
and special-for credits are bylines near the desk, staff and prepared-by credits; the Patreon, YouTube, Tipeee, Steady
and Patronite plugs are plugs like the Linktree, Telegram, TikTok, Boosty, Ko-fi and buycoffee.to ones; the feed footer
is near Blogger's feed link; the publishing-group, publication-director, MStV, not-a-newspaper, design-credit and
founder lines are footers near the publisher, web-host, court-registration, media-registration and theme-credit lines;
the comment lines are comment furniture near the log-in, action, deleted-comment and show-replies lines; the share rows
are share rows on other platforms; the affiliate, sent-in and illustrative-photo notes are notices near the partnership,
transparency and not-an-offer notes. Page chrome repeats kinds of line set 98's docstring names among its noise (photo
captions, ad labels, read-also, related and most-read links, newsletter, WhatsApp and Telegram prompts, tables of
contents, gallery links, PDF downloads, affiliate and equipment-page links), as real pages carry them. (9) My first
step's clock reading was 2026-12-05 00:09:28 UTC; the measurement ran at 00:16:16 UTC. (10) After committing, ``git
rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertising for the new season", "Reading rooms", "Subscribers
to the old lending scheme", "Photo booths", "Sign-up sheets", "Copyright in the festival's poster design", "Reply
slips", "Lecture publique", "Abonnements à moitié prix", "Commentaires et questions du public", "Werbung für das
Stadtfest", "Kommentiert wurde", "Teilnahmebedingungen", "Pubblicità luminose", "Seguito da oltre duecento spettatori",
"Riservati ai residenti", "Czytaj więcej niż jedną książkę", "Zdjęcia z festiwalu", "Комментируя решение" and "Подписка
на абонементы" are article sentences. The post-embed, Eventbrite, Gravity Forms, Flash, app-graphic, muted-video,
video-break and ad-blocker lines are counted as markers; the reading-time rows and sentences as reading-time lines; the
additional-reporting, correspondent and special-for credits and the Patreon, YouTube, Tipeee, Steady and Patronite plugs
as bylines; the publishing-group, feed, page-generation, publication-director, MStV, not-a-newspaper, design-credit and
founder lines as footers; the in-reply-to, formatting, last-reply, subscribers-only, report, edited, editors'-pick and
hidden-comment lines as comments; the share rows and sentence as share; the affiliate, sent-in and illustrative-photo
notes as notices. On every page the title, the paragraphs before the subheading (one of them with the quote), the
subheading, its list rows and the last paragraphs are article (10 lines a page; the blog posts' closing lines about the
next post or asking readers how they do it are their last paragraphs and counted as article) and everything else is
noise (20 lines a page); in particular site and blog names and taglines, menus, breadcrumbs, the weather line, the 16+
mark, bylines, author names and roles, dates, update times, categories, reading times, share and save links, view
counts, subscriber badges, listen links, most-read, read-also, related and also-interesting links, tables of contents,
photo captions, ad and sponsored labels, affiliate notes, shop, equipment-page, ticketing, programme and gallery links,
a floor-plan note, a parts-list note and download, PDF programme links, newsletter, WhatsApp, Telegram and video
prompts, a partner-news label, support prompts, tags, comment headings and counts, commenter rows, comment texts and
replies, leave-a-comment links, more-on links, imprint rows, theme credits and copyright lines are noise. The layouts:
two or three noise lines above the title (pl-portal-krzewialowo-kino-zamkniecie has an ad label in its own block above
the site name; on it-blog-lenzaepiuma-temoli-dicembre the breadcrumb stands on the line right before the title, with no
blank line between them); three to eight under the title (seven on en-portal-ashwinford-libraryreopening,
fr-portail-sainte-orvaline-saison-theatre and it-blog-lenzaepiuma-temoli-dicembre, the last with a table of contents of
a heading and two entries; eight on pl-blog-osmiobitowystrych-atari, with a table of contents of a heading and three
entries in its own block; de-blog-bitschrottundloetzinn-c64 has a one-line collapsed table of contents
"Inhaltsverzeichnis [anzeigen]"); zero to four among the paragraphs before the subheading and between them and the
subheading (an ad label between the first and second paragraphs on en-portal-ashwinford-libraryreopening and
de-portal-lindmarschen-ausstellung, a read-also link there on pl-portal-krzewialowo-kino-zamkniecie; a related link
between the first paragraph and the paragraph with the quote on en-blog-dewshielddiaries-jupiter; a caption, an ad label
or a read-also link between the second paragraph and the paragraph with the quote on fr-blog-letourquipenche-raku,
ru-portal-kamyshegrad-khor-konkurs and ru-blog-nochnoyokulyar-tumannost-oriona; one to three lines between the paragraph
with the quote and the subheading on seven pages, the three a table of contents of a heading and two numbered entries on
en-blog-dewshielddiaries-jupiter; none on it-blog-lenzaepiuma-temoli-dicembre and pl-blog-osmiobitowystrych-atari);
noise right after the subheading, in its block, on fr-portail-sainte-orvaline-saison-theatre (an ad label) and
it-blog-lenzaepiuma-temoli-dicembre (an affiliate note), and in its own block between the subheading and the first list
row on fr-blog-letourquipenche-raku, pl-blog-osmiobitowystrych-atari and ru-blog-nochnoyokulyar-tumannost-oriona; gaps
between list rows on ten pages (one line after the first row on en-portal-ashwinford-libraryreopening and
it-portale-roccafiorana-festa-san-martino; two lines after the first row on ru-portal-kamyshegrad-khor-konkurs and after
the second on en-blog-dewshielddiaries-jupiter, fr-portail-sainte-orvaline-saison-theatre,
de-blog-bitschrottundloetzinn-c64 and it-blog-lenzaepiuma-temoli-dicembre; two separate one-line gaps, after the first
and third of four rows, on de-portal-lindmarschen-ausstellung; one line after the third of four rows on
ru-blog-nochnoyokulyar-tumannost-oriona; a programme link inside the block of rows, between the second and third, on
pl-portal-krzewialowo-kino-zamkniecie); a shop link between the last list row and the last paragraph on
fr-blog-letourquipenche-raku; noise between the two last paragraphs on two pages (a newsletter prompt in their block,
with no blank lines, on de-blog-bitschrottundloetzinn-c64 and a partner-news label on
ru-portal-kamyshegrad-khor-konkurs); and seven to eleven at the foot (seven on fr-portail-sainte-orvaline-saison-theatre
and it-blog-lenzaepiuma-temoli-dicembre, eleven on fr-blog-letourquipenche-raku), with replies on every page (a "↳"
reply, replies to replies "↳↳" on seven pages and "↳↳↳" on two: en-blog-dewshielddiaries-jupiter and
it-portale-roccafiorana-festa-san-martino); the feet of en-blog-dewshielddiaries-jupiter,
fr-portail-sainte-orvaline-saison-theatre, de-blog-bitschrottundloetzinn-c64, it-portale-roccafiorana-festa-san-martino,
pl-blog-osmiobitowystrych-atari and ru-blog-nochnoyokulyar-tumannost-oriona have no footer or copyright line;
fr-blog-letourquipenche-raku, de-blog-bitschrottundloetzinn-c64 and ru-blog-nochnoyokulyar-tumannost-oriona have two
separate comments (with the author's reply to the first, or to each on the Orion post). The subheadings and rows:
en-portal-ashwinford-libraryreopening "What has changed" (three rows), en-blog-dewshielddiaries-jupiter "What I used on
the night" (four), fr-portail-sainte-orvaline-saison-theatre "Les temps forts de la saison" (three),
fr-blog-letourquipenche-raku "Ce qu'il faut prévoir" (four), de-portal-lindmarschen-ausstellung "Was die Besucher
erwartet" (four), de-blog-bitschrottundloetzinn-c64 "Was ich getauscht habe" (three),
it-portale-roccafiorana-festa-san-martino "I numeri della festa" (three), it-blog-lenzaepiuma-temoli-dicembre
"L'attrezzatura che ho usato" (three), pl-portal-krzewialowo-kino-zamkniecie "Ostatnie seanse w grudniu" (three),
pl-blog-osmiobitowystrych-atari "Co wymieniłem" (three), ru-portal-kamyshegrad-khor-konkurs "Что исполнил хор" (three)
and ru-blog-nochnoyokulyar-tumannost-oriona "Что я взял с собой" (four); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-ashwinford-libraryreopening (a regional news portal's
story on a Carnegie library reopening after an eighteen-month refit, with a comment, a reply and the paper's reply to
it), en-blog-dewshielddiaries-jupiter (an astronomy blog's post on three nights of Jupiter through a 150mm reflector,
with a comment, the author's reply, a reply to it and the author's reply to that),
fr-portail-sainte-orvaline-saison-theatre (a regional news portal's story on a municipal theatre's season of twenty-two
shows, with a comment, a reply and the paper's reply to it), fr-blog-letourquipenche-raku (a pottery blog's post on a
first raku firing, with two comments and the author's reply to the first), de-portal-lindmarschen-ausstellung (a
regional news portal's story on a town museum's exhibition of three centuries of local toys, with a comment and a
reply), de-blog-bitschrottundloetzinn-c64 (a retro-computing blog's post on reviving a flea-market C64, with two
comments and the author's reply to the first), it-portale-roccafiorana-festa-san-martino (a regional news portal's story
on a three-day Saint Martin's festival, with a comment, a reply, the paper's reply and the first commenter's reply to
that), it-blog-lenzaepiuma-temoli-dicembre (a fly-fishing blog's post on grayling on a frozen December morning, with a
comment and the author's reply), pl-portal-krzewialowo-kino-zamkniecie (a regional news portal's story on a town's only
cinema closing after 61 years, with a comment, a reply and a reply to it), pl-blog-osmiobitowystrych-atari (a
retro-computing blog's post on an Atari 65XE from an uncle's cellar, with a comment, the author's reply and a reply to
it), ru-portal-kamyshegrad-khor-konkurs (a regional news portal's story on a veterans' choir winning a regional
competition, with a guest comment, a reply and the paper's reply to it) and ru-blog-nochnoyokulyar-tumannost-oriona (an
astronomy blog's post on the Orion nebula through a home-made reflector on a frosty night, with two comments and the
author's reply to each); every page holds a title, a subheading with list rows, a quote in the article and noise above
the title, under it, between the paragraphs and the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit b5d41ecd3824f23404ff35842fa6536bbab719d2, measured with ``cd /tmp/wt-s100 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s100/src python -m pytest -q tests/test_clean_held_out_100.py -rA -p
no:cacheprovider`` (28 failed, 49 passed) and ``cd /tmp/wt-s100 && PYTHONPATH=/tmp/wt-s100/src python
scripts/clean_held_out_report.py --sets 100`` (noise lines removed 29/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 31 of 240), with the xfail tables empty): noise lines removed 29/45 (marker 3/8, reading-time 5/7,
byline 6/8, footer 5/8, comments 6/8, share 2/3, notice 2/3; missed, all kept in the text: at the head the English
"Settle in: you'll want a good quarter of an hour and a hot drink for this one.", the French "Partagez cette sortie par
Messenger, Viber ou SMS." and the Italian "Questo articolo richiede circa 6 minuti di lettura"; in the body the English
"— Fennimoor Arts Centre (@FennimoorArts) December 2, 2026" and "Buy tickets · Powered by Eventbrite", the French "Le
contenu de cette page nécessite une version plus récente d'Adobe Flash Player.", the German "Hinweis: Diese Grafik lässt
sich in der App nicht darstellen. Bitte öffnen Sie den Artikel im Browser." and the Russian "Чтобы посмотреть ролик,
отключите блокировщик рекламы."; at the foot the English "New videos go up every Thursday on my YouTube channel, so come
and say hello there too.", "Part of the Quernholme Media group, which also publishes the Quernholme Star and Vale
Property Weekly.", "Entries (RSS) and Comments (RSS).", "Page generated in 0.412 seconds.", "In reply to Philippa
Rosthwaite." and "Basic Markdown works in comments; links and HTML are stripped before posting.", and the Polish "Blog
rozwija się dzięki patronom z Patronite – dziękuję, że jesteście ze mną!" and "Materiał nadesłany przez organizatora;
redakcja nie odpowiada za jego treść."); keep lines kept 20/20; pages 0/12 clean, 31 of 240 page noise lines left and 0
of 120 article lines lost: en-portal-ashwinford-libraryreopening 2 left ("Saturday's queue on the Station Road steps
before the doors opened at ten." and "Interactive floor plan: tap a room to see what is in it");
en-blog-dewshielddiaries-jupiter 10 left ("The Dew Shield Diaries", "Notes from a back-garden observatory, cloud
permitting", "1 December 2026", "Observing logs, Planets", "Jupiter and three of its moons, stacked from 4,000 frames.",
"Contents", "1. What I used on the night", "2. Next time", "Affiliate link: the Barlow I use is on Amazon" and "Photo:
the set-up at 11pm, with the dew heater strapped on."); fr-portail-sainte-orvaline-saison-theatre 1 left ("Billetterie
en ligne : réservez vos places"); fr-blog-letourquipenche-raku 2 left ("Photo : le bol à la sortie du four, encore
incandescent." and "Certains liens ci-dessous sont affiliés."); de-portal-lindmarschen-ausstellung 1 left
("Bildergalerie: Die schönsten Stücke der Ausstellung (12 Bilder)"); de-blog-bitschrottundloetzinn-c64 4 left ("Alte
Rechner, neue Kondensatoren", "Der C64 auf dem Basteltisch, noch mit vergilbtem Gehäuse.", "Die Bauteilliste als CSV
gibt es am Ende des Artikels." and "Foto: die alten Elkos, teils schon ausgelaufen.");
it-portale-roccafiorana-festa-san-martino 2 left ("Le bancarelle in piazza Garibaldi la sera di sabato." and "Guarda la
fotogallery: la festa in 30 scatti"); it-blog-lenzaepiuma-temoli-dicembre 2 left ("Il primo temolo della giornata,
rilasciato subito." and "Alcuni dei link qui sotto sono link di affiliazione."); pl-portal-krzewialowo-kino-zamkniecie 2
left ("Sala kina „Słonecznik” podczas ostatniego seansu." and "Zobacz pełny repertuar na grudzień");
pl-blog-osmiobitowystrych-atari 1 left ("Zdjęcie: płyta główna po czyszczeniu alkoholem izopropylowym.");
ru-portal-kamyshegrad-khor-konkurs 2 left ("Хор «Рябинушка» на сцене областной филармонии. Фото из архива хора." and
"Новости партнёров"); ru-blog-nochnoyokulyar-tumannost-oriona 2 left ("Список подробнее — на странице «Моё снаряжение»"
and "Фото: мой телескоп во дворе, весь в инее."). Of the left page lines three stand above the title (the astronomy
blog's name and tagline on the Jupiter post and the C64 post's tagline; every other site name, tagline, menu,
breadcrumb, weather line, 16+ mark and ad label above the titles goes); nine stand under the title (the photo captions
of the library, festival, grayling, cinema, choir and C64 pages and the Jupiter post's date, categories and caption;
every other byline, role, date, update time, category, reading time, share and save link, view count, subscriber badge,
listen link, most-read and read-also link and table of contents under the titles goes, as do the captions under the
titles of the theatre, exhibition and Orion pages); four stand between the paragraphs before the subheading or between
them and the subheading (the Jupiter post's table of contents and the raku post's caption; the ad labels, related,
read-also and also-interesting links, newsletter, WhatsApp and sponsored lines there go); four stand between the
subheading and the first list row (the raku and grayling posts' affiliate notes, the Atari post's caption and the Orion
post's equipment-page link; the theatre story's ad label there goes); ten stand in gaps between list rows (the library
story's floor-plan note, the Jupiter post's affiliate link and caption, the theatre story's ticketing link, the
exhibition story's gallery link, the C64 post's parts-list note and caption, the festival story's gallery link, the
cinema story's programme link inside its block of rows and the Orion post's caption; the theatre story's PDF programme,
the exhibition story's second ad, the grayling post's sponsored label and shop link and the choir story's video and
Telegram prompts go); none stands between the last list row and the last paragraphs (the raku post's shop link goes);
one stands between the two last paragraphs (the choir story's partner-news label; the C64 post's newsletter prompt
goes); and none stands at the foot (every share row, support prompt, tag, comment heading and count, commenter row,
comment text, reply, more-on link, imprint row, theme credit and copyright line goes). No article line is lost. The
failing cases are strict xfails.

Still held out after round 79 (developed on sets 97 and 98: labelled photo captions ending in a full stop on a scraped
page, page inserts and file offers between list rows, a code slash between two-digit numbers in a row, more-news rails,
reading-time sentences, comment rules, map links, scroll and swipe prompts, video placeholders and countdowns; this set
was written against b5d41ec, before it; measured once with ``scripts/clean_held_out_report.py --sets 100`` at 40a902b):
noise lines removed 29/45 (unchanged), keep lines 20/20, pages clean 0 -> 1 of 12, page noise lines left 31 -> 27 of
240, article lines lost 0 of 120. The Atari post is clean and the raku, C64 and Orion-nebula posts lose their labelled
captions (four captions in all); the unlabelled captions, the Jupiter post's blog head and the link and affiliate lines
between rows stay. Its entries are removed or reworded to match.

Round 80 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_100.py`` at main's 0af0ad5 (before; after
round 79) and the round's last commit on branch round80 (after): noise lines 29 -> 35 of 45 (marker 6/8, reading-time
6/7, byline 6/8, footer 7/8, comments 6/8, share 2/3, notice 2/3), keep lines 20 -> 20 of 20, pages clean 1 -> 4 of 12,
page noise lines left 27 -> 21 of 240, article lines lost 0 -> 0 of 120; pytest 50 passed, 27 xfailed -> 59 passed, 18
xfailed. The raku, exhibition and choir pages are clean; the festival story loses its gallery link and the grayling post
its affiliate note. Fixed, by mechanism: a row listing two or more times of day is a timetable's row, not a commenter's
header (page_blocks._TIME_LIST in _is_time_in_article_row: the ferry story's rows 'Из Ольхового Плёса: 7:00, 10:00,
14:00, 17:00' read as two commenters, the page's thread started at its subheading and the subheading and the two last
paragraphs under its Telegram prompt went; they are kept again); the site's channel under a follow verb with 'our' and a
purpose clause is a prompt ('Следите за нашим каналом в Telegram, чтобы ...'); a caption with the archive's credit after
it ('... Photo archives', '... Фото из архива хора.') or under an archive picture's label or the Polish 'Fot.' goes
(clean._STOCK_OR_ARCHIVE_CREDIT, clean._BARE_CAPTION); a gallery's label with its count of pictures, links said to be
affiliates' after a quantifier ('Certains liens ci-dessous sont affiliés.'), a route's GPX track to download, a
document's title with its type ('Расписание в формате PDF') and the partners' news label ('Новости партнёров') go.
Classes added (six languages, near misses, test_round_80_*): timetable rows; follow-our-channel prompts; archive
captions and 'Fot.' labels; gallery counts, affiliate quantifiers, file titles and GPX tracks, partner-news labels; an
embedded X post's attribution ('— Name (@handle) December 3, 2026', a name of five words at most with no comma), a
picture source ('Image source, Getty Images'), a player's full-screen button, click-to-play call, ad-blocker and Flash
placeholders; reading-time sentences (the minutes it takes, the minutes the page requires, a word count and an N-minute
read); a blog theme's feed links, the page's generation time and a column's host ('Рубрику ведёт ...'). Left: the
Eventbrite row, the app-graphic note, the quarter-of-an-hour reading time, the YouTube and Patronite plugs, the
media-group footer, the in-reply-to line, the Markdown note, the share sentence and the sent-in note; the unlabelled
captions under the titles, the Jupiter post's blog head, table of contents, affiliate link and caption, the C64 post's
tagline and parts-list note, and the floor-plan, ticketing, programme and equipment-page links between rows.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_100_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "— Fennimoor Arts Centre (@FennimoorArts) December 2, 2026", "marker"),
    ("body", "Buy tickets · Powered by Eventbrite", "marker"),
    ("tail", "This iframe contains the logic required to handle Ajax powered Gravity Forms.", "marker"),
    ("head", "812 words · about 4 minutes", "reading-time"),
    ("head", "Settle in: you'll want a good quarter of an hour and a hot drink for this one.", "reading-time"),
    ("tail", "Additional reporting by Ottilie Sparrowhawke", "byline"),
    ("tail",
     "Patrons see every post a week early – it's £3 a month over on Patreon, and it pays for the hosting.",
     "byline"),
    ("tail", "New videos go up every Thursday on my YouTube channel, so come and say hello there too.", "byline"),
    ("tail",
     "Part of the Quernholme Media group, which also publishes the Quernholme Star and Vale Property Weekly.",
     "footer"),
    ("tail", "Entries (RSS) and Comments (RSS).", "footer"),
    ("tail", "Page generated in 0.412 seconds.", "footer"),
    ("tail", "In reply to Philippa Rosthwaite.", "comments"),
    ("tail", "Basic Markdown works in comments; links and HTML are stripped before posting.", "comments"),
    ("tail", "Last reply 2 hours ago by Ysolde Pennock", "comments"),
    ("head", "Send this to a friend: Messenger | SMS | Nextdoor", "share"),
    # French
    ("body", "Le contenu de cette page nécessite une version plus récente d'Adobe Flash Player.", "marker"),
    ("head", "Il vous faudra environ 5 minutes pour lire cet article.", "reading-time"),
    ("tail", "Ce blog vous plaît ? Vous pouvez le soutenir sur Tipeee, dès 1 € par mois.", "byline"),
    ("tail", "Directeur de la publication : Arnaud Plessetier", "footer"),
    ("tail", "Réagir à cet article est réservé à nos abonnés.", "comments"),
    ("head", "Partagez cette sortie par Messenger, Viber ou SMS.", "share"),
    # German
    ("body",
     "Hinweis: Diese Grafik lässt sich in der App nicht darstellen. Bitte öffnen Sie den Artikel im Browser.",
     "marker"),
    ("head", "Für diesen Text brauchen Sie etwa vier Minuten.", "reading-time"),
    ("tail", "Wer den Blog unterstützen mag: Auf Steady gibt es ihn werbefrei und mit Bonusartikeln.", "byline"),
    ("tail", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Henrike Tammling", "footer"),
    ("tail", "Diesen Kommentar der Redaktion melden", "comments"),
    ("head",
     "Dieser Beitrag enthält Affiliate-Links: Kaufen Sie darüber ein, erhalten wir eine kleine Provision.",
     "notice"),
    # Italian
    ("body", "Video: clicca per attivare l'audio", "marker"),
    ("head", "Questo articolo richiede circa 6 minuti di lettura", "reading-time"),
    ("head", "Dal nostro inviato Ottavio Ruspolotti", "byline"),
    ("tail",
     "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità. Non "
     "può pertanto considerarsi un prodotto editoriale ai sensi della legge n. 62 del 7.03.2001.",
     "footer"),
    ("tail", "Commento modificato dall'autore", "comments"),
    ("tail", "Inoltra a un amico: Messenger | Viber | Tumblr", "share"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "Przeczytasz w 6 minut", "reading-time"),
    ("tail", "Blog rozwija się dzięki patronom z Patronite – dziękuję, że jesteście ze mną!", "byline"),
    ("tail", "Projekt i wykonanie strony: Pracownia Piksel i Papier", "footer"),
    ("tail", "Komentarz wyróżniony przez redakcję", "comments"),
    ("tail", "Materiał nadesłany przez organizatora; redakcja nie odpowiada za jego treść.", "notice"),
    # Russian
    ("body", "Чтобы посмотреть ролик, отключите блокировщик рекламы.", "marker"),
    ("head", "Время прочтения: 6 мин.", "reading-time"),
    ("tail", "Специально для «Сорокодольского курьера» — Зиновия Кречетова", "byline"),
    ("tail", "Учредитель и издатель: администрация Сорокодольского городского округа", "footer"),
    ("tail", "Комментарий скрыт из-за низкого рейтинга. Показать", "comments"),
    ("body", "Фотография носит иллюстративный характер.", "notice"),
]

HELD_OUT_100_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Advertising for the new season will go up on the town's bus shelters from Monday, the theatre said."),
    ("head", "Reading rooms on the first floor will stay open until eight on weekdays, the library confirmed."),
    ("body",
     "Subscribers to the old lending scheme will have their cards transferred automatically, the council said."),
    ("body", "Photo booths from the 1970s line the corridor to the new gallery, on loan from a private collector."),
    ("tail", "Sign-up sheets for the choir's spring auditions were full within an hour, organisers said."),
    ("tail",
     "Copyright in the festival's poster design passes to the town under the agreement, a spokesman confirmed."),
    ("tail", "Reply slips for the open day should reach the museum office by Friday, the curator said."),
    # French
    ("head", "Lecture publique et ateliers d'écriture reprendront dès janvier, selon la médiathèque."),
    ("body", "Abonnements à moitié prix pour les moins de 26 ans : le théâtre reconduit l'offre cette saison."),
    ("tail", "Commentaires et questions du public ont prolongé la réunion jusqu'à 22 heures, a noté le maire."),
    # German
    ("head", "Werbung für das Stadtfest macht in diesem Jahr ein Linienbus in den Farben des Festivals."),
    ("body", "Kommentiert wurde die Schließung des Kinos vor allem in den sozialen Netzwerken, sagte der Betreiber."),
    ("tail", "Teilnahmebedingungen für den Chorwettbewerb liegen ab sofort im Rathaus aus, hieß es."),
    # Italian
    ("head", "Pubblicità luminose in piazza resteranno spente durante le proiezioni all'aperto, ha deciso il Comune."),
    ("body", "Seguito da oltre duecento spettatori, il concerto finale del coro si è chiuso con un bis."),
    ("tail", "Riservati ai residenti i primi cento biglietti della rassegna, ha spiegato l'assessore."),
    # Polish
    ("body", "Czytaj więcej niż jedną książkę w miesiącu – pod tym hasłem biblioteka rusza z nową akcją w styczniu."),
    ("tail", "Zdjęcia z festiwalu będzie można oglądać na wystawie w ratuszu do końca lutego."),
    # Russian
    ("head", "Комментируя решение о закрытии кинотеатра, директор назвал главной причиной рост аренды."),
    ("tail", "Подписка на абонементы филармонии откроется пятнадцатого декабря, сообщили в кассе."),
]

HELD_OUT_100_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-ashwinford-libraryreopening": _page("en", "en-portal-ashwinford-libraryreopening", [
        [
            "-Ashwinford Courier",
            "-News | What's On | Sport | Property | Family Notices",
        ],
        [
            "+Ashwinford library reopens after an eighteen-month refit",
        ],
        [
            "-Hester Gillmore",
            "-Local Democracy Reporter",
            "-Thursday 3 December 2026 · 6:00am",
            "-Updated 11:42am",
            "-Share",
            "-Saturday's queue on the Station Road steps before the doors opened at ten.",
            "-Most read: Late buses return to the Market Square route",
        ],
        [
            "+The Carnegie library on Station Road reopened on Saturday after an eighteen-month refit that cost £2.4 "
            "million.",
        ],
        [
            "-Advertisement",
        ],
        [
            "+More than six hundred people came through the doors on the first day, staff said, many of them young "
            "families.",
        ],
        [
            "+\"We were told this building would never pay its way, and on Saturday we had a queue down the steps,\" "
            "said head librarian Gwilym Ashcott.",
        ],
        [
            "-Read more: Council agrees new opening hours for branch libraries",
        ],
        [
            "+What has changed",
        ],
        [
            "+A lift to the first floor and a step-free entrance from the car park",
        ],
        [
            "-Interactive floor plan: tap a room to see what is in it",
        ],
        [
            "+A study room with twenty desks and bookable computers",
            "+Late opening on Thursdays, until 8pm",
        ],
        [
            "+The old card-catalogue drawers will be sold at a charity auction in the spring.",
        ],
        [
            "+A repair café will meet in the community room on the last Saturday of every month.",
        ],
        [
            "-Comments (3)",
            "-Marlpit_Mum",
            "-The kids loved the reading tent. Worth every penny.",
            "-↳ Dougal R.",
            "-Shame the oak counter went, though.",
            "-↳↳ Ashwinford Courier",
            "-The counter is in the local history room, reused as a display case.",
        ],
        [
            "-© 2026 Ashwinford Courier. All rights reserved.",
        ],
    ]),
    "en-blog-dewshielddiaries-jupiter": _page("en", "en-blog-dewshielddiaries-jupiter", [
        [
            "-The Dew Shield Diaries",
            "-Notes from a back-garden observatory, cloud permitting",
        ],
        [
            "+Jupiter from a back garden, three nights running",
        ],
        [
            "-1 December 2026",
            "-Observing logs, Planets",
            "-Jupiter and three of its moons, stacked from 4,000 frames.",
        ],
        [
            "+For once the forecast held, and I had Jupiter high in the south-east for three evenings in a row.",
        ],
        [
            "-Related: My first winter with a 150mm reflector",
        ],
        [
            "+On the second night the Great Red Spot rotated into view just after eleven, and my neighbour, leaning "
            "over the fence, said: \"That's it? I thought it would be bigger.\"",
        ],
        [
            "-Contents",
            "-1. What I used on the night",
            "-2. Next time",
        ],
        [
            "+What I used on the night",
        ],
        [
            "+A 150mm Newtonian on a Dobsonian base, collimated the afternoon before",
            "+A 2x Barlow and a cheap planetary camera",
        ],
        [
            "-Affiliate link: the Barlow I use is on Amazon",
            "-Photo: the set-up at 11pm, with the dew heater strapped on.",
        ],
        [
            "+A laptop running free stacking software",
            "+A flask of tea and two pairs of socks",
        ],
        [
            "+Next time I want to catch a moon shadow crossing the disc; the next good one is on the 19th.",
        ],
        [
            "+If you've imaged Jupiter with a small scope, tell me what exposure you settled on.",
        ],
        [
            "-4 responses to “Jupiter from a back garden, three nights running”",
            "-Pollux_Pete",
            "-Was the seeing any good? Mine was boiling all night.",
            "-↳ Rowan",
            "-Steady after midnight, oddly.",
            "-↳↳ Pollux_Pete",
            "-Lucky you. I'll stay up later next time.",
            "-↳↳↳ Rowan",
            "-Do report back!",
        ],
    ]),
    "fr-portail-sainte-orvaline-saison-theatre": _page("fr", "fr-portail-sainte-orvaline-saison-theatre", [
        [
            "-Le Courrier de Sainte-Orvaline",
            "-Accueil > Culture > Spectacles",
        ],
        [
            "+Le théâtre municipal dévoile une saison de vingt-deux spectacles",
        ],
        [
            "-Par Margaux Lhériteau",
            "-Publié le 2 décembre 2026 à 18 h 05",
            "-Mis à jour le 3 décembre 2026 à 9 h 10",
            "-Article réservé aux abonnés",
            "-La salle à l'italienne, repeinte pendant l'été. Photo Courrier / M. L.",
            "-Écouter cet article",
            "-Lire aussi : Le conservatoire cherche des choristes amateurs",
        ],
        [
            "+Le théâtre municipal de Sainte-Orvaline a présenté mardi soir sa saison 2027, riche de vingt-deux "
            "spectacles.",
        ],
        [
            "+La directrice, Odile Charbonnaz, veut attirer un public plus jeune, avec des places à 8 euros pour les "
            "moins de 25 ans.",
        ],
        [
            "+« Un théâtre vide le mardi soir, c'est un théâtre qui meurt lentement », a-t-elle lancé devant une "
            "centaine d'abonnés.",
        ],
        [
            "-Newsletter : recevez chaque jeudi nos idées de sorties",
        ],
        [
            "+Les temps forts de la saison",
            "-Publicité",
        ],
        [
            "+Une création d'après Molière en ouverture, le 16 janvier",
            "+Trois soirées de cirque contemporain sous chapiteau en mars",
        ],
        [
            "-Billetterie en ligne : réservez vos places",
            "-Voir le programme complet (PDF, 2 Mo)",
        ],
        [
            "+Un festival de théâtre amateur sur deux week-ends en mai",
        ],
        [
            "+La vente des cartes de saison ouvre samedi au guichet du théâtre.",
        ],
        [
            "+La mairie a reconduit sa subvention de 310 000 euros pour trois ans.",
        ],
        [
            "-Réagissez",
            "-Claudine_O",
            "-Enfin du cirque ! On en réclamait depuis des années.",
            "-↳ Bastien",
            "-Et pour ceux qui avaient une carte l'an passé, un tarif ?",
            "-↳↳ Le Courrier de Sainte-Orvaline",
            "-Oui, 10 % de remise sur présentation de l'ancienne carte.",
        ],
    ]),
    "fr-blog-letourquipenche-raku": _page("fr", "fr-blog-letourquipenche-raku", [
        [
            "-Le Tour qui Penche",
            "-Carnet d'une potière du dimanche",
            "-Accueil · Tutoriels · Cuissons · Boutique · Contact",
        ],
        [
            "+Ma première cuisson raku, ou comment j'ai failli brûler le fond du jardin",
        ],
        [
            "-5 décembre 2026",
            "-Cuissons",
            "-Temps de lecture : 6 minutes",
        ],
        [
            "+Samedi, avec deux amies de l'atelier, nous avons enfin tenté une cuisson raku dans un petit four à gaz "
            "loué pour le week-end.",
        ],
        [
            "+Le principe est simple : on sort les pièces rouges du four à 950 °C et on les plonge dans la sciure, "
            "qui s'enflamme aussitôt.",
        ],
        [
            "-Photo : le bol à la sortie du four, encore incandescent.",
        ],
        [
            "+Mon amie Lucie, qui pratique depuis dix ans, m'avait prévenue : « Le raku, c'est un tiers de technique "
            "et deux tiers de chance. »",
        ],
        [
            "+Ce qu'il faut prévoir",
        ],
        [
            "-Certains liens ci-dessous sont affiliés.",
        ],
        [
            "+Un four raku et une bouteille de propane pleine",
            "+Des gants en kevlar et une pince longue",
            "+Une poubelle métallique remplie de sciure",
            "+Un seau d'eau et beaucoup de patience",
        ],
        [
            "-Le kit de démarrage que j'utilise est dans ma boutique",
        ],
        [
            "+Sur six pièces, quatre ont survécu, et le bol bleu craquelé trône désormais sur mon étagère.",
        ],
        [
            "-Partager : Facebook · Pinterest · E-mail",
            "-Vous aimerez aussi : Émailler sans cabine, c'est possible ?",
        ],
        [
            "-3 commentaires",
            "-Josiane",
            "-Magnifique craquelé ! Tu as utilisé quel émail ?",
            "-↳ Anouk (autrice)",
            "-Un blanc craquelé du commerce, rien de sorcier.",
            "-Rémi_tourneur",
            "-Attention aux voisins, la fumée de sciure, ça ne pardonne pas !",
            "-Laisser un commentaire",
        ],
        [
            "-© 2026 Le Tour qui Penche – Thème Astra",
        ],
    ]),
    "de-portal-lindmarschen-ausstellung": _page("de", "de-portal-lindmarschen-ausstellung", [
        [
            "-Lindmarscher Tageblatt",
            "-Stadt · Kreis · Sport · Kultur · Anzeigen",
        ],
        [
            "-Sie sind hier: Startseite › Kultur › Ausstellungen",
        ],
        [
            "+Stadtmuseum zeigt 300 Jahre Lindmarscher Spielzeug",
        ],
        [
            "-Von Wiebke Sonnhalder",
            "-04.12.2026, 17:30 Uhr",
            "-Lesezeit: 3 Min.",
            "-Blick in den ersten Raum der Ausstellung mit Blechspielzeug aus den Zwanzigerjahren. Foto: Sonnhalder",
            "-Artikel merken",
        ],
        [
            "+Mit einer Ausstellung über drei Jahrhunderte Spielzeug aus der Region eröffnet das Stadtmuseum am "
            "Sonntag seinen umgebauten Sonderausstellungsraum.",
        ],
        [
            "-Anzeige",
        ],
        [
            "+Gezeigt werden rund 400 Stücke, von geschnitzten Holzpferden bis zu einer elektrischen Eisenbahn, die "
            "ein Lindmarscher Uhrmacher 1931 baute.",
        ],
        [
            "+„Fast jedes zweite Stück stammt von Leihgebern aus der Stadt, viele haben ihre Dachböden für uns "
            "ausgeräumt“, sagt Museumsleiterin Gesa Hüttenrauch.",
        ],
        [
            "-Auch interessant: Kunstverein sucht neue Räume",
        ],
        [
            "+Was die Besucher erwartet",
        ],
        [
            "+Ein Spielzimmer, in dem Kinder Nachbauten ausprobieren dürfen",
        ],
        [
            "-Bildergalerie: Die schönsten Stücke der Ausstellung (12 Bilder)",
        ],
        [
            "+Führungen für Schulklassen an jedem Dienstagvormittag",
            "+Ein Katalog mit 180 Seiten für 14 Euro",
        ],
        [
            "-Anzeige – Kultur in der Region: Jetzt Tickets sichern",
        ],
        [
            "+Eintritt am Eröffnungstag frei",
        ],
        [
            "+Die Ausstellung läuft bis zum 30. Mai; der Eintritt kostet sonst 5 Euro.",
        ],
        [
            "-Mehr zum Thema: Museen im Kreis",
        ],
        [
            "-Kommentare (2)",
            "-Bahnwärter_Kurt",
            "-Die Dampfmaschine aus Opas Keller ist auch dabei – wir sind stolz!",
            "-↳ Luise M.",
            "-Welche ist es denn? Wir kommen am Sonntag.",
        ],
        [
            "-Impressum · Datenschutz · AGB",
            "-© Lindmarscher Tageblatt 2026",
        ],
    ]),
    "de-blog-bitschrottundloetzinn-c64": _page("de", "de-blog-bitschrottundloetzinn-c64", [
        [
            "-Bitschrott & Lötzinn",
            "-Alte Rechner, neue Kondensatoren",
        ],
        [
            "+Der Brotkasten lebt wieder: Mein C64 aus der Haushaltsauflösung",
        ],
        [
            "-Veröffentlicht am 28. November 2026 von Malte",
            "-Kategorie: Restaurierung",
            "-Inhaltsverzeichnis [anzeigen]",
            "-Der C64 auf dem Basteltisch, noch mit vergilbtem Gehäuse.",
        ],
        [
            "+Für zehn Euro stand er auf einem Flohmarkttisch, ohne Netzteil und mit einer fehlenden Taste.",
        ],
        [
            "+Ein Multimeter später war klar: Das Netzteil, das ich mir dazu geliehen hatte, lieferte zu viel "
            "Spannung – zum Glück nur ein paar Minuten lang.",
        ],
        [
            "+Mein Bekannter Jens aus dem Computerclub hatte mich gewarnt: „Steck nie ein Originalnetzteil an, bevor "
            "du es nachgemessen hast.“",
        ],
        [
            "-Anzeige",
        ],
        [
            "+Was ich getauscht habe",
        ],
        [
            "+Alle Elkos auf der Hauptplatine",
            "+Den Spannungsregler im Netzteil gegen einen modernen Ersatz",
        ],
        [
            "-Die Bauteilliste als CSV gibt es am Ende des Artikels.",
            "-Foto: die alten Elkos, teils schon ausgelaufen.",
        ],
        [
            "+Die fehlende Taste durch eine aus einem Ersatzteilgerät",
        ],
        [
            "+Jetzt läuft er stundenlang stabil, und als Erstes habe ich natürlich ein altes Rennspiel geladen.",
            "-Newsletter abonnieren und keinen Beitrag verpassen",
            "+Im nächsten Teil geht es ans Gehäuse: Ich versuche, das Vergilben mit Wasserstoffperoxid und "
            "Sonnenlicht rückgängig zu machen.",
        ],
        [
            "-Teilen mit: Mastodon · E-Mail · Drucken",
            "-Schlagwörter: C64, Commodore, Netzteil, Elkos",
            "-Bauteilliste herunterladen (CSV)",
        ],
        [
            "-3 Kommentare",
            "-Pixelpionier",
            "-Welche Elkos hast du genommen, Panasonic oder Nichicon?",
            "-↳ Malte",
            "-Nichicon, einfach weil sie gerade da waren.",
            "-Ute_aus_dem_Norden",
            "-Toll! Meiner steht noch unrepariert im Keller.",
        ],
    ]),
    "it-portale-roccafiorana-festa-san-martino": _page("it", "it-portale-roccafiorana-festa-san-martino", [
        [
            "-Roccafiorana Notizie",
            "-Cronaca | Politica | Cultura | Sport | Eventi",
            "-Meteo: 9°C, cielo sereno",
        ],
        [
            "+Festa di San Martino, diecimila presenze in tre giorni",
        ],
        [
            "-di Orsola Brambillini",
            "-3 dicembre 2026",
            "-Le bancarelle in piazza Garibaldi la sera di sabato.",
            "-Leggi anche: Castagne, raccolto dimezzato dalla siccità",
        ],
        [
            "+Si è chiusa domenica sera la festa di San Martino, che quest'anno ha portato in paese circa diecimila "
            "visitatori.",
        ],
        [
            "+Le cantine aperte sono state quindici, due in più dell'anno scorso, e il vino novello è finito già "
            "sabato pomeriggio.",
        ],
        [
            "+\"Non ci aspettavamo tanta gente, la prossima volta serviranno più navette dal parcheggio\", ha detto "
            "il presidente della Pro Loco, Ivano Cordeschi.",
        ],
        [
            "-Contenuto sponsorizzato",
            "-Iscriviti al canale WhatsApp di Roccafiorana Notizie",
        ],
        [
            "+I numeri della festa",
        ],
        [
            "+Quindici cantine aperte e ventidue bancarelle",
        ],
        [
            "-Guarda la fotogallery: la festa in 30 scatti",
        ],
        [
            "+Tre concerti in piazza, uno per sera",
        ],
        [
            "+Navette gratuite ogni venti minuti dal parcheggio del campo sportivo",
        ],
        [
            "+L'anno prossimo la festa potrebbe allungarsi a quattro giorni, ha anticipato il sindaco.",
        ],
        [
            "+Il ricavato della lotteria, 4.300 euro, andrà alla scuola dell'infanzia.",
        ],
        [
            "-Tag: San Martino, Pro Loco, vino novello",
        ],
        [
            "-Commenti",
            "-Gabriella_R",
            "-Bellissima festa, ma i bagni chimici erano pochissimi.",
            "-↳ Tonino",
            "-Verissimo, la fila era infinita.",
            "-↳↳ Roccafiorana Notizie",
            "-Abbiamo girato la segnalazione alla Pro Loco.",
            "-↳↳↳ Gabriella_R",
            "-Grazie!",
        ],
    ]),
    "it-blog-lenzaepiuma-temoli-dicembre": _page("it", "it-blog-lenzaepiuma-temoli-dicembre", [
        [
            "-Lenza e Piuma",
            "-Pesca a mosca sui torrenti dell'Appennino",
        ],
        [
            "-Home » Uscite di pesca",
            "+Temoli di dicembre sul fiume, con la coda di topo gelata",
        ],
        [
            "-7 dicembre 2026",
            "-Uscite di pesca, Temolo",
            "-Tempo di lettura: 5 minuti",
            "-Il primo temolo della giornata, rilasciato subito.",
            "-Indice dei contenuti",
            "-1. L'attrezzatura",
            "-2. Com'è andata",
        ],
        [
            "+Sabato mattina il termometro dell'auto segnava meno tre quando sono arrivato al ponte vecchio.",
        ],
        [
            "+Gli anelli della canna si ghiacciavano ogni dieci lanci, e ogni tanto dovevo immergerli nell'acqua per "
            "scioglierli.",
        ],
        [
            "+Un pescatore anziano, vedendomi armeggiare, mi ha detto: \"A dicembre il temolo mangia solo dopo le "
            "undici, prima è inutile.\"",
        ],
        [
            "+L'attrezzatura che ho usato",
            "-Alcuni dei link qui sotto sono link di affiliazione.",
        ],
        [
            "+Canna da 9 piedi coda 4",
            "+Finale lungo 4 metri con punta 0,10",
        ],
        [
            "-Sponsorizzato",
            "-Le mie ninfe preferite le trovi nel negozio online",
        ],
        [
            "+Ninfe piombate numero 16 e 18",
        ],
        [
            "+Alle undici e venti, puntuale come aveva detto il vecchio, è arrivata la prima mangiata.",
        ],
        [
            "+Ho preso cinque temoli, tutti rilasciati, il più grande sui 38 centimetri.",
        ],
        [
            "-Condividi su Facebook",
        ],
        [
            "-2 commenti",
            "-Moscaiolo_Ligure",
            "-Quale ninfa ha funzionato meglio?",
            "-↳ Piero",
            "-La 18 con la perlina color rame, senza dubbio.",
        ],
        [
            "-© 2026 Lenza e Piuma · Realizzato con WordPress",
        ],
    ]),
    "pl-portal-krzewialowo-kino-zamkniecie": _page("pl", "pl-portal-krzewialowo-kino-zamkniecie", [
        [
            "-Reklama",
        ],
        [
            "-Gazeta Krzewiałowska",
            "-Wiadomości · Kultura · Sport · Ogłoszenia",
        ],
        [
            "+Kino „Słonecznik” zamyka się po 61 latach",
        ],
        [
            "-Halina Zawrocka",
            "-4 grudnia 2026, 8:15",
            "-Aktualizacja: 4 grudnia 2026, 12:40",
            "-Sala kina „Słonecznik” podczas ostatniego seansu.",
            "-Posłuchaj artykułu",
            "-Najczęściej czytane: Nowy rozkład autobusów od stycznia",
        ],
        [
            "+Jedyne kino w Krzewiałowie zakończy działalność 31 grudnia, poinformował w środę jego właściciel.",
        ],
        [
            "-Czytaj też: Biblioteka wydłuża godziny otwarcia",
        ],
        [
            "+Powodem są rosnące koszty ogrzewania budynku i spadek liczby widzów o jedną trzecią w ciągu pięciu lat.",
        ],
        [
            "+– Nie dało się już dłużej dokładać do każdego seansu, choć z tą decyzją walczyłem od wiosny – mówi "
            "Zbigniew Kłodawiec, który prowadzi kino od 1994 roku.",
        ],
        [
            "+Ostatnie seanse w grudniu",
        ],
        [
            "+Pokaz klasyki polskiego kina w każdą sobotę",
            "+Seans dla dzieci w niedzielę 20 grudnia",
            "-Zobacz pełny repertuar na grudzień",
            "+Pożegnalna projekcja 31 grudnia o 20:00",
        ],
        [
            "+Budynek ma kupić gmina, która rozważa urządzenie w nim domu kultury.",
        ],
        [
            "+Decyzja w tej sprawie ma zapaść na sesji rady w styczniu.",
        ],
        [
            "-Tagi: kino, kultura, Krzewiałowo",
        ],
        [
            "-Komentarze (3)",
            "-widz_z_lat_80",
            "-Szkoda, tu widziałem pierwszy film w życiu.",
            "-↳ Marzena",
            "-Ja też! Trzeba iść na pożegnanie.",
            "-↳↳ widz_z_lat_80",
            "-Do zobaczenia 31-go.",
        ],
        [
            "-© 2026 Gazeta Krzewiałowska. Wszelkie prawa zastrzeżone.",
        ],
    ]),
    "pl-blog-osmiobitowystrych-atari": _page("pl", "pl-blog-osmiobitowystrych-atari", [
        [
            "-Ośmiobitowy Strych",
            "-Blog o starych komputerach i grach z kaset",
        ],
        [
            "+Atari 65XE z piwnicy wujka: pierwsze uruchomienie po trzydziestu latach",
        ],
        [
            "-Opublikowano 30 listopada 2026",
            "-Autor: Kuba",
            "-Kategoria: Atari",
            "-Czas czytania: 7 min",
        ],
        [
            "-Spis treści",
            "-1. Co było w pudle",
            "-2. Naprawa",
            "-3. Pierwsza gra",
        ],
        [
            "+Wujek trzymał go w kartonie po telewizorze, razem z magnetofonem XC12 i reklamówką pełną kaset.",
        ],
        [
            "+Po podłączeniu do telewizora ekran pozostał czarny, więc zacząłem od wymiany kondensatorów w zasilaczu.",
        ],
        [
            "+Wujek, patrząc mi przez ramię, tylko westchnął: „Na tym komputerze nauczyłem się programować, ale do "
            "gier to był mój brat”.",
        ],
        [
            "+Co wymieniłem",
        ],
        [
            "-Zdjęcie: płyta główna po czyszczeniu alkoholem izopropylowym.",
        ],
        [
            "+Kondensatory w zasilaczu",
            "+Gumkę w magnetofonie",
            "+Pęknięty klawisz spacji",
        ],
        [
            "+Pierwszą grą, którą udało się wczytać z kasety, była stara strzelanka – ładowała się jedenaście minut.",
        ],
        [
            "+W następnym wpisie pokażę, jak przerobiłem zasilacz, żeby był bezpieczniejszy.",
        ],
        [
            "-Udostępnij: Facebook · Wykop · X",
            "-Wesprzyj bloga – postaw kawę",
        ],
        [
            "-3 komentarze",
            "-Tomek_XL",
            "-Moje 65XE też miało zepsuty zasilacz, to chyba klasyka.",
            "-↳ Kuba",
            "-Klasyka klasyki, niestety.",
            "-↳↳ Tomek_XL",
            "-Lutownica w dłoń i do przodu!",
        ],
    ]),
    "ru-portal-kamyshegrad-khor-konkurs": _page("ru", "ru-portal-kamyshegrad-khor-konkurs", [
        [
            "-16+",
            "-Вести Камышеграда",
            "-Новости · Культура · Спорт · Афиша · Объявления",
        ],
        [
            "+Хор ветеранов из Камышеграда победил на областном конкурсе",
        ],
        [
            "-Автор: Таисия Кротовицкая",
            "-5 декабря 2026, 10:20",
            "-Просмотров: 1 284",
            "-Хор «Рябинушка» на сцене областной филармонии. Фото из архива хора.",
            "-Читайте также: В Доме культуры заменят кресла",
        ],
        [
            "+Хор ветеранов «Рябинушка» занял первое место на областном конкурсе самодеятельных коллективов.",
        ],
        [
            "+В конкурсе участвовали 38 коллективов из 14 районов, выступления шли два дня.",
        ],
        [
            "-Реклама",
        ],
        [
            "+«Мы репетировали с августа по три раза в неделю, а самой старшей нашей певице восемьдесят шесть лет», "
            "— рассказала руководитель хора Людмила Ясеневская.",
        ],
        [
            "+Что исполнил хор",
        ],
        [
            "+Народную песню «Ой, то не вечер» в обработке для трёх голосов",
        ],
        [
            "-Смотрите видео выступления на нашем канале",
            "-Подписывайтесь на «Вести Камышеграда» в Telegram",
        ],
        [
            "+Вальс на стихи местного поэта",
            "+Попурри из песен военных лет",
        ],
        [
            "+Победа даёт хору право выступить на всероссийском фестивале в Москве весной.",
        ],
        [
            "-Новости партнёров",
        ],
        [
            "+Администрация города пообещала оплатить поездку.",
        ],
        [
            "-Комментарии (3)",
            "-Гость",
            "-Поздравляем! Моя мама поёт у вас во втором ряду.",
            "-↳ Валентина П.",
            "-Спасибо, передайте ей привет!",
            "-↳↳ Вести Камышеграда",
            "-Поздравляем коллектив вместе с вами!",
        ],
        [
            "-© 2026 Вести Камышеграда",
        ],
    ]),
    "ru-blog-nochnoyokulyar-tumannost-oriona": _page("ru", "ru-blog-nochnoyokulyar-tumannost-oriona", [
        [
            "-Ночной окуляр",
            "-Записки любителя астрономии из пригорода",
        ],
        [
            "+Туманность Ориона в самодельный телескоп: первая зимняя ночь",
        ],
        [
            "-3 декабря 2026",
            "-Рубрика: Наблюдения",
            "-Туманность Ориона, снимок на телефон через окуляр.",
        ],
        [
            "+В субботу наконец разъяснилось, и я вынес свой самодельный 130-миллиметровый рефлектор во двор.",
        ],
        [
            "+Мороз был минус девятнадцать, и через полчаса пришлось отогревать батарейки монтировки в кармане.",
        ],
        [
            "-Читайте также: Как я шлифовал зеркало на кухне",
        ],
        [
            "+Сосед, увидев туманность в окуляр, долго молчал, а потом сказал: «Я думал, это всё только на картинках "
            "бывает».",
        ],
        [
            "-Реклама",
            "-Телескопы и окуляры со скидкой в магазине партнёра",
        ],
        [
            "+Что я взял с собой",
        ],
        [
            "-Список подробнее — на странице «Моё снаряжение»",
        ],
        [
            "+Окуляр 25 мм и фильтр UHC",
            "+Складной стул и термос с чаем",
            "+Запасные батарейки в нагрудном кармане",
        ],
        [
            "-Фото: мой телескоп во дворе, весь в инее.",
        ],
        [
            "+Красный фонарик, чтобы не сбить ночное зрение",
        ],
        [
            "+В следующий раз попробую найти туманность Конская Голова, но для неё, говорят, нужен фильтр H-beta.",
        ],
        [
            "-Поделиться: ВКонтакте · Одноклассники · Telegram",
        ],
        [
            "-Комментариев: 4",
            "-Андрей_Звездочёт",
            "-Какой фильтр UHC брали? Стоит своих денег?",
            "-↳ Олег",
            "-Брал недорогой, но разница видна сразу.",
            "-Ирина",
            "-А как вы шлифовали зеркало? Ссылка не открывается.",
            "-↳ Олег (автор)",
            "-Поправил ссылку, спасибо!",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Buy tickets · Powered by Eventbrite":
        "an English ticket-widget residue ('Buy tickets · Powered by Eventbrite') is left in the body",
    "Settle in: you'll want a good quarter of an hour and a hot drink for this one.":
        "an English blog's reading-time sentence ('Settle in: you'll want a good quarter of an hour and a hot drink "
        "for this one.') is left at the head",
    "New videos go up every Thursday on my YouTube channel, so come and say hello there too.":
        "an English blog's YouTube-channel plug ('New videos go up every Thursday on my YouTube channel, so come and "
        "say hello there too.') is left at the foot",
    "Part of the Quernholme Media group, which also publishes the Quernholme Star and Vale Property Weekly.":
        "an English publishing-group footer ('Part of the Quernholme Media group, which also publishes the "
        "Quernholme Star and Vale Property Weekly.') is left at the foot",
    "In reply to Philippa Rosthwaite.":
        "an English comment's in-reply-to line ('In reply to Philippa Rosthwaite.') is left at the foot",
    "Basic Markdown works in comments; links and HTML are stripped before posting.":
        "an English comment-formatting note ('Basic Markdown works in comments; links and HTML are stripped before "
        "posting.') is left at the foot",
    "Partagez cette sortie par Messenger, Viber ou SMS.":
        "a French share sentence ('Partagez cette sortie par Messenger, Viber ou SMS.') is left at the head",
    "Hinweis: Diese Grafik lässt sich in der App nicht darstellen. Bitte öffnen Sie den Artikel im Browser.":
        "a German graphic-not-shown-in-the-app note ('Hinweis: Diese Grafik lässt sich in der App nicht darstellen. "
        "Bitte öffnen Sie den Artikel im Browser.') is left in the body",
    "Blog rozwija się dzięki patronom z Patronite – dziękuję, że jesteście ze mną!":
        "a Polish blog's Patronite plug ('Blog rozwija się dzięki patronom z Patronite – dziękuję, że jesteście ze "
        "mną!') is left at the foot",
    "Materiał nadesłany przez organizatora; redakcja nie odpowiada za jego treść.":
        "a Polish sent-in-by-the-organiser note ('Materiał nadesłany przez organizatora; redakcja nie odpowiada za "
        "jego treść.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-portal-ashwinford-libraryreopening":
        "the regional portal's library-reopening story keeps its photo caption ('Saturday's queue on the Station "
        "Road steps before the doors opened at ten.') under the title and its floor-plan note ('Interactive floor "
        "plan: tap a room to see what is in it') between the first and second list rows (2 of 20 noise lines)",
    "en-blog-dewshielddiaries-jupiter":
        "the astronomy blog's Jupiter post keeps its blog name ('The Dew Shield Diaries') and tagline ('Notes from a "
        "back-garden observatory, cloud permitting') above the title, its date ('1 December 2026'), categories "
        "('Observing logs, Planets') and photo caption ('Jupiter and three of its moons, stacked from 4,000 "
        "frames.') under the title, its table of contents ('Contents', '1. What I used on the night' and '2. Next "
        "time') between the paragraph with the quote and the subheading and its affiliate link ('Affiliate link: the "
        "Barlow I use is on Amazon') and photo caption ('Photo: the set-up at 11pm, with the dew heater strapped "
        "on.') between the second and third list rows (10 of 20 noise lines)",
    "fr-portail-sainte-orvaline-saison-theatre":
        "the regional portal's theatre-season story keeps its ticketing link ('Billetterie en ligne : réservez vos "
        "places') between the second and third list rows (1 of 20 noise lines)",
    "de-blog-bitschrottundloetzinn-c64":
        "the retro-computing blog's C64 post keeps its tagline ('Alte Rechner, neue Kondensatoren') above the"
        " title, its photo caption ('Der C64 auf dem Basteltisch, noch mit vergilbtem Gehäuse.') under the "
        "title and its parts-list note ('Die Bauteilliste als CSV gibt es am Ende des Artikels.') between the"
        " second and third list rows (3 of 20 noise lines)",
    "it-portale-roccafiorana-festa-san-martino":
        "the regional portal's town-festival story keeps its photo caption ('Le bancarelle in piazza Garibaldi la "
        "sera di sabato.') under the title (1 of 20 noise lines)",
    "pl-portal-krzewialowo-kino-zamkniecie":
        "the regional portal's cinema-closing story keeps its photo caption ('Sala kina „Słonecznik” podczas "
        "ostatniego seansu.') under the title and its programme link ('Zobacz pełny repertuar na grudzień') on the "
        "line between the second and third list rows (2 of 20 noise lines)",
    "ru-blog-nochnoyokulyar-tumannost-oriona":
        "the astronomy blog's Orion-nebula post keeps its equipment-page link ('Список подробнее — на "
        "странице «Моё снаряжение»') between the subheading and the first list row (1 of 20 noise lines)",
}


test_held_out_100_line, test_held_out_100_line_is_kept, test_held_out_100_page = held_out_tests(
    HELD_OUT_100_LINES, HELD_OUT_100_KEEP, HELD_OUT_100_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
