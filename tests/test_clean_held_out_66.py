"""Held-out set 66: written blind, weighted toward the noise the cleaner exists for, in shapes set 65's
docstring does not name: scraper, ad and agency markers (an Advanced Ads group shortcode leftover
"[the_ad_group id="000"]", the English "Story continues below advertisement" ad break, an English
imported-from-our-RSS-feed scraper notice, the French agency credit "(Avec AFP)", the German agency tag
"(dpa/lno)", the Italian "(ANSA)", the Polish "Źródło: PAP, oprac. własne" and the Russian "По материалам
ТАСС"); reading-time headers in new shapes (an English "📖 3 min · 612 words" row, an English "Est. reading
time: 4 mins | Last updated ..." row, the French "Lecture : 3 min.", the German "3 Min. Lesezeit", the
Italian "Lettura: 3 min", the Polish "Czas czytania: 3 min" and the Russian "Время чтения: 3 мин.");
bylines and self-promotion (an English Substack thanks-for-reading-subscribe plug, an English new-book
plug with signed copies, an English hire-me copywriting plug, a French my-columns-in-my-book plug, a German
new-book plug with a shop, an Italian buy-me-a-coffee-with-Satispay plug, a Polish buycoffee.to plug and a
Russian order-my-book-on-Ozon plug); blog footers (Blogger's "Theme images by Michael Elkan. Powered by
Blogger.", a Genesis Framework copyright row, the French "Hébergé par Overblog", a German Jimdo
log-in/edit row, the Italian Blogger "Tema Filigrana. Powered by Blogger.", the Polish Blogger "Obsługiwane
przez usługę Blogger." and the Russian "Сайт сделан на Tilda"); reader-comment furniture (the WordPress
"You must be logged in to post a comment." and its French and Polish translations, a load-more-comments
button, a newest-first comment-count join-the-conversation row, a German comments-closed line, the
Italian Blogger "Iscriviti a: Commenti sul post (Atom)" and the Russian Cackle widget label "Комментарии
для сайта Cackle"); share rows (an English "Share this story:" row with Reddit, LinkedIn and Pinterest, a
German "Teilen auf:" row with Xing, a Polish "Podziel się:" row with Messenger and a Russian share row
with copy-link); and notices (an English affiliate-links disclosure, a French comments-are-moderated line
and the Italian "Riproduzione riservata ©"); and toward whole scraped news and opinion pages in layouts
sets 60 to 65 did not use (a town paper's columnist on the end of the milk round, a regional portal's
story on a railway footbridge reopening, a regional portal's story on the municipal pool staying shut for
the summer, an opinion site's op-ed on switching off illuminated shop signs at night with a comment
thread, a regional portal's story on the lost-property office's yearly figures, a blog essay on writing
letters by hand, a regional portal's story on a mountain hut reopening after an avalanche, a weekly's
column on the village bar closing, a regional portal's story on a storks' nest moved off a power pole, an
opinion site's op-ed on a motocross track by the woods with a comment thread, a regional portal's story
on a pontoon bridge taken up early for the winter and a mushroom picker's blog essay on keeping his
places secret).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under
src/), the development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py,
tests/site_batches*.py, tests/site_template_reviewed.py, tests/test_site_batches.py,
tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of held-out sets
10 to 65), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output. Read were: the
docstring of held-out set 65 up to its first round paragraph, its imports, its ``_page`` helper and its
tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring`` cut at the first paragraph starting "Still
held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments, and the
file from the ``_marks`` line to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 65's with 65 -> 66. Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s66, detached at commit b9e2de7e50bcf227522d991b909a33caa7eaf470, main's HEAD at my
first step and again just before the measurement) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
lists were executed from a scratch folder (/tmp/s66scratch) with stand-ins (a copy of ``NoisyCase`` and
``page_from_blocks``, and a stand-in ``test_clean`` whose ``_insert`` and ``_problems`` only raise; no
case was run through the cleaner) that counted the lines by category, the keep lines and the pages by
language, checked each page's layout (six noise lines, title, two noise lines, first paragraph, two
noise lines, quote paragraph, subheading and rows, two noise lines, last paragraphs, eight noise lines)
and checked that no page noise line repeats on its page, is a substring of an article line of its page or
overlaps (equals, contains or is contained in) a line of ``HELD_OUT_66_LINES``. Its language count of the
noise lines was a hard-coded list, not a count of the cases (the lines are grouped by language in the
file, 15/6/6/6/6/6, which I checked by eye). Its first runs found: the pages dict built with ``dict([...])``
of ``_page`` tuples (which keyed the pages by language; rebuilt as a dict keyed by page name), the
mushroom blog's comment count "17 комментариев" standing twice on its page (the one under the title
reworded "Просмотров: 812") and the pontoon-bridge story with nine article lines (a fourth row added),
all before the measurement. Also before the measurement, a stray ``.replace`` call left in the mushroom
blog's quote line was removed (it did not change the text). Left as they are, which the check allows:
site names that stand alone and again inside other noise lines of their page (copyright, publisher,
follow and e-mail lines), the short ad labels "Реклама" inside the Russian portal's ad line, and the
comment counts "31 comments" and "27 commentaires" inside their pages' date rows. (3) At my first step
main's HEAD read b9e2de7e50bcf227522d991b909a33caa7eaf470 (``git rev-parse HEAD``, with ``git status
--short``, which printed nothing); ``git rev-parse HEAD`` printed the same hash again just before the
measurement. ``git worktree add``'s output was sent to /dev/null, for this worktree and for my
branch's, so no commit subject was seen. The branch set66 was made from main at
b9e2de7e50bcf227522d991b909a33caa7eaf470, the frozen commit; there this file (with the xfail tables filled)
gives 64 passed and 13 xfailed, no strict xfail broken, which is a check of the tables, not a second
measurement. (4) At the measurement this docstring was a placeholder; it was
written afterwards, with the xfail tables. (5) The measuring pytest run (``-rA``) was piped to ``grep`` for
its FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s66scratch/problems.py) that ran it on every line,
keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons.
(6) Invented names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do
not exist: Montsauvel, Ostrachfeld, Wendelsgrund, Roccavalda, Zgrzebnica (and "Zgrzebnicy"), Bocianowo
Małe, Ключегорск, Белоключье and Wyebourne had no hits; Dunmarrow, Vaudrenne and Serrabruna occur only in
lists of invented names, fantasy settings and test data (Serrabruna also as a GitHub user name);
Ginestrelle only inside an art studio's web address. Dropped before use: Scarbeck (a surname), the hut
name Pian dei Larici (a real place in the Bormio ski area; renamed Pian delle Ginestrelle) and the carpet
firm "Hebden Carpets" (Hebden is a real village; renamed Pellow Carpets). Not checked, generic or invented
at sight: Mill Hill, Quarry Road, Orchard Street, the Tolley farm, Pian Grande, ulica Polna, osiedle
Słoneczne, Каменка, the river Ключевая and the road Р-000 (generic names real places also carry; Mill Hill
and Каменка are real place names elsewhere); the papers, portals, blogs, firms and people (The Dunmarrow
Courier, Courier Media Ltd, Pellow Carpets & Flooring, Wyebourne Live, Marsh Regional Media, Marchbank
Solicitors, Wyebourne Garden Centre, Harbour Lane Press, The Long Lane Letters, Le Courrier de
Montsauvel, Menuiserie Gobert, Point de Vue, Agora Libre, éditions du Lavoir, Ostrachfelder Rundschau,
Rundschau Verlag, Sanitätshaus Brenner, Papier & Tinte, Roccavalda Notizie, Sport Gamba, La Voce di
Serrabruna, Edizioni Valle, Agenzia Viaggi Ferraris, Zgrzebnica24.pl, Media Lokalne, Ogrody Zielińscy,
Głos Opinii, Ключегорск.Инфо, ООО «Теплый дом», Лесные тропинки) are invented; "Point de Vue", «Теплый
дом», "Media Lokalne" and "Papier & Tinte" are common enough that real firms or titles carry them; the
people's names (Joan Pettifer, Alf Broadley, Tom Ashworth, Rita Khan, Claire Dumesnil, Nadine Berthou,
Lucien Marchetaux, Henri Lacaze, Jonas Hellerich, Petra Omland, Franca Dellapiana, Ivo Salvadei, Gianni
Tosatti, Ewa Gromek, Marek Zych, Tomasz Wrębel, Дарья Мельникова, Виктор Гулин, ...) are ordinary names real
people may bear; none is meant as a real person. (7) Some lines name real things, as real pages do:
Advanced Ads' group shortcode, RSS, Substack's wording, Blogger and its Simple-theme image credit to
Michael Elkan, the Genesis Framework, WordPress, Overblog, Jimdo, Tilda, Cackle, Satispay, buycoffee.to,
Ozon, «Читай-город», the agencies AFP, dpa, ANSA, PAP and ТАСС, Reddit, LinkedIn, Pinterest, Xing, X,
Facebook, Messenger, WhatsApp, Telegram, Instagram, Spotify, Дзен, Google News, iOS and Android, Network
Rail, the Editors' Code of Practice, the Astra theme, МЧС, the French RCS, the German Amtsgericht
registry, the Italian P.IVA and court registration, the Polish KRS and the Russian media registration
mark; registry, registration, phone and street numbers are zero-filled. Apart from the Blogger theme
credit (Michael Elkan, named as Blogger's footer names him), no real person is named. (8) Set 65's
docstring names its own shapes and the earlier sets' page layouts only, so some lines may repeat shapes
of sets before 65 that I could not check; in particular the WordPress "You must be logged in to post a
comment.", "Powered by Blogger" and the agency credits are common enough that an earlier set may have used
them. Close to shapes set 65 named: the Italian Satispay and Polish buycoffee.to plugs are support-me
plugs like its Patreon and Tipeee lines, on other platforms; the English ad break is an ad marker like
its French "Publicité – La suite après cette publicité", in English; the Blogger, Genesis, Overblog,
Jimdo and Tilda rows are platform footers like its WordPress, Squarespace, Wix, Altervista, WebWave and
uKit rows, on other platforms; the log-in-to-comment lines are like its Italian and Russian log-in-to-
comment lines, in other words; the share rows are share rows like its, with other platforms; the
affiliate disclosure is a disclosure like its sponsored-post line. (9) My first step's clock reading was
2026-12-03 18:06:17 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with "Source of the leak", "Comments from the inspector", "Visit
the old quarry", "Share of households", "Powered by volunteers", "Leave a reply slip", "Advertisement
boards", "Source de chaleur", "Laisser un message", "Publicité mensongère", "Werbung für das Volksfest",
"Lesezeit ist Lebenszeit", "Antworten auf die Fragen", "Pubblicità sui muri", "Lettura ad alta voce",
"Seguimi, ha detto la guida", "Reklama świetlna", "Komentarz burmistrza", "Реклама на остановках" and
"Комментарии жителей" are article sentences. The shortcode, ad-break, RSS-import and agency lines are
counted as markers; the reading-time rows (alone or with a word count or an update date) as
reading-time lines; the subscribe, book, hire-me, coffee and Ozon plugs as bylines; platform, theme and
site-builder rows as footers; the log-in-to-comment, load-more, sort/count, comments-closed, Atom-feed
and widget lines as comments; the share rows as share; the affiliate, moderation and all-rights-reserved
lines as notices. On every page the title, the first paragraph, the paragraph with the quote, the
subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last
paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines a page: six
lines above the title, two under it, two between the first paragraph and the paragraph with the quote,
two between the list rows and the last paragraphs, eight at the foot); in particular site names and
taglines, menus, sign-in, subscribe, donate and e-paper lines, weather and breaking-news lines,
breadcrumbs and categories, ad labels, ads and sponsor and sponsored-content lines, author, date, update,
comment-count and view-count lines, read-also, related, most-read, most-commented and more-columns links,
newsletter, app, WhatsApp, Telegram, Instagram, Facebook, Pinterest, Dzen and Google News prompts,
podcast prompts, affiliate and shop lines, free-download and like prompts, tip-off lines, opinion
disclaimers, tags, comment headings, sort rows, commenter rows, comment texts, reply, report, show-more
and leave-a-comment links, publisher, registry, legal, privacy, theme, platform, copyright and cookie
lines and back-to-top links are noise. The rows: en-column-milk-round "What the round still brought us",
en-portal-footbridge "The repairs in numbers", fr-portail-piscine "Les solutions proposées cet été"
(three rows), fr-tribune-enseignes "Ce que je propose", de-portal-fundbuero "Was am häufigsten abgegeben
wurde", de-blog-briefe "Was ich dafür brauche" (three rows), it-portale-rifugio "I numeri della
ricostruzione", it-rubrica-bar "Cosa perdiamo con il bar" (three rows), pl-portal-bociany "Akcja w
liczbach", pl-opinia-motocross "Czego chcą mieszkańcy" (three rows), ru-portal-pontonnyj-most "Как
добраться, пока моста нет" and ru-blog-griby "Что я теперь беру в лес" (three rows), the others with four
rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 4, notice 3; by
language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, share 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1) and ru 6 (marker
1, reading-time 1, byline 1, footer 1, comments 1, share 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl
2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-column-milk-round (a town paper's opinion column on the end of the milk round, with a comment),
en-portal-footbridge (a regional news portal's story on a railway footbridge reopening after repairs),
fr-portail-piscine (a regional news portal's story on the municipal pool staying shut all summer),
fr-tribune-enseignes (an opinion site's op-ed on switching off illuminated signs after 22:00, with a
comment thread), de-portal-fundbuero (a regional news portal's story on the lost-property office's
figures), de-blog-briefe (a blog essay on writing letters by hand, with a comment), it-portale-rifugio (a
regional news portal's story on a mountain hut reopening after an avalanche), it-rubrica-bar (a weekly's
opinion column on the village bar closing, with a comment), pl-portal-bociany (a regional news portal's
story on a storks' nest moved off a power pole, with a comment), pl-opinia-motocross (an opinion site's
op-ed on a motocross track near two villages, with a comment thread), ru-portal-pontonnyj-most (a
regional news portal's story on a pontoon bridge taken up early for the winter, with a comment) and
ru-blog-griby (a mushroom picker's blog essay on not telling where his places are, with a comment); every
page holds a title, a subheading with list rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit b9e2de7e50bcf227522d991b909a33caa7eaf470, measured with ``cd
/tmp/wt-s66 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s66/src python -m pytest -q
tests/test_clean_held_out_66.py -rA -p no:cacheprovider`` (13 failed, 64 passed) and ``cd /tmp/wt-s66 &&
PYTHONPATH=/tmp/wt-s66/src python scripts/clean_held_out_report.py --sets 66`` (noise lines removed
40/45, article lines kept 20/20, pages clean 4/12, page noise lines left 14 of 240), with the xfail
tables empty): noise lines removed 40/45 (marker 7/8, reading-time 7/7, byline 5/8, footer 7/7, comments
7/8, share 4/4, notice 3/3; missed, all kept as paragraphs: the English "Need words for your small
business? I write web copy and newsletters. Email me for a quote.", the French "Retrouvez toutes mes
chroniques dans mon livre « Les Petits Riens », aux éditions du Lavoir.", the German "(dpa/lno)", the
Polish "Musisz się zalogować, aby móc dodać komentarz." and the Russian "Мою книгу «Тихая улица» можно
заказать на Ozon и в «Читай-городе»."); keep lines kept 20/20; pages 4/12 clean (en-portal-footbridge,
fr-portail-piscine, it-portale-rifugio and pl-portal-bociany), 14 of 240 page noise lines left and 0 of
120 article lines lost: en-column-milk-round 1 left ("Most commented: Should the weekly market move to
Sundays?"); fr-tribune-enseignes 3 left ("Recevez chaque vendredi nos meilleures tribunes : je
m'inscris", "Les opinions exprimées dans cette tribune n'engagent que leur auteur." and "Écoutez notre
podcast « Contre-point » chaque mardi"); de-portal-fundbuero 2 left ("Mehr zum Thema Stadtverwaltung" and
"Newsletter: Die wichtigsten Nachrichten aus Ostrachfeld jeden Morgen kostenlos"); de-blog-briefe 3 left
("Meine Lieblingsfüller findest du auf meiner Empfehlungsseite", "Pinne dieses Bild auf Pinterest" and
"Hol dir meine kostenlose Vorlage für Briefanfänge als PDF"); it-rubrica-bar 1 left ("Le altre rubriche
di Gianni Tosatti"); pl-opinia-motocross 2 left ("Poglądy wyrażone w felietonie są opiniami autora." and
"Posłuchaj naszego podcastu „Między wierszami”"); ru-portal-pontonnyj-most 1 left ("Реклама. ООО «Теплый
дом», окна и двери, тел. 0-000-000-00-00"); ru-blog-griby 1 left ("Мой фотоальбом грибов можно купить в
личном магазине блога"). Of the left page lines none stands above the title or under it, four stand
between the first paragraph and the paragraph with the quote, ten between the list rows and the last
paragraphs and none at the foot. The failing cases are strict xfails.

Still held out after round 63 (development on set 65; measured once with ``python
scripts/clean_held_out_report.py --sets 66 67 68`` on the round's branch rebased on main): noise lines removed
40/45 (unchanged), keep lines 20/20, pages clean 4 -> 5/12 (it-rubrica-bar now clean), page noise lines left 14
-> 13 of 240, 0 of 120 article lines lost; its xfail removed.

Round 64 (development; this set was read in full from this round on, with set 68): measured with ``python
scripts/clean_held_out_report.py --sets 66`` and ``pytest tests/test_clean_held_out_66.py`` at f768a29 (before)
and the round's last commit on branch round64 (after): noise lines 40/45 (unchanged: marker 7/8, reading-time 7/7,
byline 5/8, footer 7/7, comments 7/8, share 4/4, notice 3/3), keep lines 20/20, pages 5 -> 8/12 clean, page noise
lines left 13 -> 5 of 240, article lines lost 0 -> 0 of 120; pytest 65 passed, 12 xfailed -> 68 passed, 9
xfailed. Every left page line stood between the paragraphs or after the list rows, where the page-structure
passes keep short lines on purpose, so they were taken as line classes that hold wherever the line stands (set
68's paragraph names the round's mechanism for its lost paragraphs): the classes, each in six languages with near misses in tests/test_clean.py (round 64): a blog's liked-it question
with its heart, like or share call ("Enjoyed this? Leave a heart below ...", "Podobał ci się wpis? Zostaw
serduszko!"); the pin-it button's prompt ("Pin it for later", "Pinne diesen Beitrag auf Pinterest", "Przypnij na
Pintereście"); the piece's own-opinions disclaimer wherever it stands, the opinions or the piece opening the line
("Les opinions exprimées dans cette chronique n'engagent que leur auteur.", "Poglądy wyrażone w felietonie są
opiniami autora."); the call to listen to the site's podcast by its quoted name and the new episodes of the
writer's podcast with their cadence or where to find them; a newsletter offered with when it comes, the
newsletter named before a colon or a dash and no finite verb, or a receive verb and a sign-up button
("Quarzenbach24 jetzt auch als Newsletter – jeden Morgen um 6 Uhr", "Recevez chaque vendredi nos meilleures
tribunes : je m'inscris"); the site followed on a news aggregator by name ("Obserwuj ... w Wiadomościach
Google"); an ad marking with the advertiser's firm (the label and its full stop, a legal form, a phone number:
"Реклама. ООО «...», ..., тел. ..."); under an ad's label between the paragraphs, an offer closed by its
advertiser's name after a spaced dash ("... — Банк «Север»"); and free-platform footers and a site builder's
credit after the site's noun ("Blog gratis su Altervista", "Website erstellt mit IONOS MyWebsite"). Taken here:
fr-tribune-enseignes's newsletter prompt, disclaimer and podcast prompt (clean), pl-opinia-motocross's disclaimer
and podcast prompt (clean), ru-portal-pontonnyj-most's ad marking (clean), de-portal-fundbuero's morning
newsletter and de-blog-briefe's pin-on-Pinterest line. Left: the five missed lines (the English hire-me plug, the
French my-columns-in-my-book and Russian order-my-book plugs, the German agency tag "(dpa/lno)" and the Polish
log-in-to-comment line) and 5 page lines (the most-commented link, the more-on-the-topic link, the
recommendation-page and free-PDF lines of the letter blog, the mushroom blog's photo-album-in-the-shop line).
Elsewhere: see set 68's round 64 paragraph; no article line lost on any set.

After round 65 (development on set 67; measured with ``python scripts/clean_held_out_report.py --sets 66``): noise
lines 40 -> 44/45 (marker 7 -> 8/8, byline 5 -> 7/8, comments 7 -> 8/8): "(dpa/lno)" goes with an agency's
signature taking a desk's or editor's code after a slash, the Polish log-in line with log-in-to-be-able-to-comment
in six languages, the French and Russian book plugs with book plugs whose title stands in quotes (to be ordered,
or holding the writer's pieces); pytest 68 passed, 9 xfailed -> 72 passed, 5 xfailed; pages, left and lost
unchanged (8/12, 5 of 240, 0 of 120). Left: the English hire-me plug and the 5 page lines.

After round 66 (measured once with ``scripts/clean_held_out_report.py --sets 66``): noise lines 44 -> 45/45 (byline
7 -> 8/8: the English hire-me copywriting plug, by round 66's call-to-be-asked-for-a-quote class), keep lines 20/20,
pages clean 8 -> 9/12 and page noise lines left 5 -> 4 of 240 (en-column-milk-round's most-commented link goes),
article lines lost 0 of 120; pytest 72 passed, 5 xfailed -> 74 passed, 3 xfailed.

Round 68 (development on sets 72 and 71; measured with ``scripts/clean_held_out_report.py --sets 66``): page noise
lines left 4 -> 3 of 240 (pages 9/12 unchanged): de-blog-briefe's free-PDF prompt ("Hol dir meine kostenlose Vorlage
...") goes with the writer's free download offer; its xfail reworded to the one line left; other figures unchanged.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_66_LINES = [
    # en
    ("body", '[the_ad_group id="000"]', "marker"),
    ("body", "Story continues below advertisement", "marker"),
    ("tail", "This post was automatically imported from our RSS feed. All rights belong to the original publisher.", "marker"),
    ("head", "📖 3 min · 612 words", "reading-time"),
    ("head", "Est. reading time: 4 mins | Last updated 14 March 2026", "reading-time"),
    ("tail", "Thanks for reading The Long Lane Letters! Subscribe for free to receive new posts and support my work.", "byline"),
    ("tail", "My new book, The Quiet Street, is out now from Harbour Lane Press. Order a signed copy through my website.", "byline"),
    ("tail", "Need words for your small business? I write web copy and newsletters. Email me for a quote.", "byline"),
    ("tail", "Theme images by Michael Elkan. Powered by Blogger.", "footer"),
    ("tail", "Copyright © 2026 · Genesis Framework · WordPress · Log in", "footer"),
    ("tail", "You must be logged in to post a comment.", "comments"),
    ("tail", "Load more comments (14)", "comments"),
    ("tail", "Newest first ▾ · 9 comments · Join the conversation", "comments"),
    ("tail", "Share this story: Email · Reddit · LinkedIn · Pinterest", "share"),
    ("head", "This post contains affiliate links, which means I may receive a small commission at no extra cost to you.", "notice"),
    # fr
    ("tail", "(Avec AFP)", "marker"),
    ("head", "Lecture : 3 min.", "reading-time"),
    ("tail", "Retrouvez toutes mes chroniques dans mon livre « Les Petits Riens », aux éditions du Lavoir.", "byline"),
    ("tail", "Hébergé par Overblog", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("tail", "Les commentaires sont modérés et publiés après validation par la rédaction.", "notice"),
    # de
    ("tail", "(dpa/lno)", "marker"),
    ("head", "3 Min. Lesezeit", "reading-time"),
    ("tail", "Mein neues Buch „Kleine Wege“ ist überall im Handel erhältlich, signierte Exemplare gibt es in meinem Shop.", "byline"),
    ("tail", "Erstellt mit Jimdo | Anmelden | Abmelden | Bearbeiten", "footer"),
    ("tail", "Die Kommentarfunktion für diesen Artikel ist geschlossen.", "comments"),
    ("tail", "Teilen auf: Facebook · X · Xing · E-Mail", "share"),
    # it
    ("tail", "(ANSA)", "marker"),
    ("head", "Lettura: 3 min", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè con Satispay!", "byline"),
    ("tail", "Tema Filigrana. Powered by Blogger.", "footer"),
    ("tail", "Iscriviti a: Commenti sul post (Atom)", "comments"),
    ("tail", "Riproduzione riservata ©", "notice"),
    # pl
    ("tail", "Źródło: PAP, oprac. własne", "marker"),
    ("head", "Czas czytania: 3 min", "reading-time"),
    ("tail", "Postaw mi kawę na buycoffee.to, jeśli chcesz wesprzeć tego bloga.", "byline"),
    ("tail", "Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Musisz się zalogować, aby móc dodać komentarz.", "comments"),
    ("tail", "Podziel się: Facebook | Messenger | E-mail", "share"),
    # ru
    ("tail", "По материалам ТАСС", "marker"),
    ("head", "Время чтения: 3 мин.", "reading-time"),
    ("tail", "Мою книгу «Тихая улица» можно заказать на Ozon и в «Читай-городе».", "byline"),
    ("tail", "Сайт сделан на Tilda", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "Поделиться в Telegram · WhatsApp · Скопировать ссылку", "share"),
]

HELD_OUT_66_KEEP = [
    ("body", "Source of the leak was traced to a cracked valve under the market square, the water company said."),
    ("body", "Comments from the inspector were read out at the start of the meeting and nobody disputed them."),
    ("body", "Visit the old quarry today and you will find a car park where the pond used to be."),
    ("body", "Share of households heating with wood rose to one in five last winter, the survey found."),
    ("body", "Powered by volunteers since 1998, the minibus service now runs five days a week."),
    ("tail", "Leave a reply slip at the library desk if you want a place on the coach trip, the organisers said."),
    ("body", "Advertisement boards along the bypass will come down next month, the council confirmed."),
    ("body", "Source de chaleur principale du village, la chaufferie au bois date de 1987."),
    ("body", "Laisser un message au secrétariat reste le seul moyen de joindre le maire le samedi."),
    ("body", "Publicité mensongère : c'est ce que l'association reproche au promoteur du lotissement."),
    ("body", "Werbung für das Volksfest machen die Schülerinnen und Schüler in diesem Jahr selbst."),
    ("body", "Lesezeit ist Lebenszeit, sagt die Bibliothekarin und lacht."),
    ("body", "Antworten auf die Fragen der Anwohner will die Bahn bis Ende Mai liefern."),
    ("body", "Pubblicità sui muri del centro storico: il comune vuole regole più severe."),
    ("body", "Lettura ad alta voce per i bambini ogni giovedì alle 17 in biblioteca, anche d'estate."),
    ("body", "Seguimi, ha detto la guida, e il gruppo è salito verso il rifugio in silenzio."),
    ("body", "Reklama świetlna na dachu dworca zniknie do końca roku, zapowiada zarząd kolei."),
    ("body", "Komentarz burmistrza był krótki: nie ma pieniędzy na drugi most."),
    ("body", "Реклама на остановках теперь приносит городу больше, чем продажа проездных."),
    ("body", "Комментарии жителей к проекту собирали до конца марта, их было больше двухсот."),
]

HELD_OUT_66_PAGES = {
    "en-column-milk-round": _page("en", "en-column-milk-round", [
        ["-The Dunmarrow Courier", "-News | Sport | Opinion | Farming | Jobs | Notices", "-Subscribe from £1 a week", "-Opinion › Columnists",
         "-ADVERTISEMENT", "-Spring sale now on at Pellow Carpets & Flooring, Dunmarrow – free fitting this month"],
        ["+The milk float is gone, and so is the last reason to open the door at dawn"],
        ["-By Joan Pettifer, Courier columnist", "-Saturday 7 March 2026, 06:00 · 31 comments"],
        ["+For forty-one years a man called Alf Broadley left two pints on my step, and last Friday he left a note instead, saying the round would end at Easter."],
        ["-Read more: Lorry ban on Mill Hill comes into force", "-Get the Courier's morning briefing in your inbox – sign up here"],
        ["+When I asked him why, he shrugged and said: “Forty houses want milk, and four hundred want it from the supermarket at half the price.”"],
        ["+What the round still brought us", "+Milk at 6am, six days a week", "+Eggs from the Tolley farm on Fridays", "+A word with the only person awake on the street", "+A check on the widows at the end of Quarry Road"],
        ["-Most commented: Should the weekly market move to Sundays?", "-Listen: The Courier Podcast – this week, the bypass at ten"],
        ["+I know I cannot ask a business to lose money for sentiment, and Alf would not thank me for trying.", "+But someone should notice, before Easter, how much of a street's care used to arrive in a glass bottle."],
        ["-31 comments", "-Sally R. · 2 days ago", "-Our round stopped in 2019. My mother still puts the empties out.", "-Reply · Report",
         "-Join our WhatsApp channel for Dunmarrow news as it happens", "-Letters to the editor: letters@dunmarrowcourier.example",
         "-Published by Courier Media Ltd, 0 Tannery Yard, Dunmarrow. Registered in England No. 00000000", "-© 2026 Courier Media Ltd. All rights reserved. Cookie settings"],
    ]),
    "en-portal-footbridge": _page("en", "en-portal-footbridge", [
        ["-Wyebourne Live", "-Home  News  Traffic & Travel  What's On  Property  Contact", "-Breaking: A38 closed northbound after collision",
         "-Light rain, 9°C", "-News › Wyebourne › Transport", "-Sponsored by Marchbank Solicitors – conveyancing from £499"],
        ["+Footbridge over the railway reopens after eighteen months of repairs"],
        ["-Tom Ashworth, Local Democracy Reporter", "-Updated 10:14, 3 March 2026"],
        ["+The footbridge linking Orchard Street to the station car park reopened on Monday morning, eighteen months after engineers found corroded beams under its deck."],
        ["-Related: Station car park charges to rise in April", "-Advertisement – Wyebourne Garden Centre: bedding plants 3 for £10"],
        ["+“We have had people walking a mile round by the level crossing every day, including children on their way to school,” said councillor Rita Khan."],
        ["+The repairs in numbers", "+Four new steel beams", "+Eleven weekends of overnight work", "+Cost: £1.2 million", "+Lifts to follow next year"],
        ["-Download the Wyebourne Live app for traffic alerts", "-Got a story? Call the newsdesk on 00000 000000"],
        ["+Network Rail said the lifts at both ends of the bridge would be fitted in spring next year.", "+Until then, cyclists are asked to dismount and carry their bikes over the steps."],
        ["-Topics: Transport, Railways, Wyebourne", "-More from Wyebourne Live", "-Bus timetable changes from Sunday: what you need to know",
         "-Police appeal after shed fires on allotments", "-Follow us on Facebook and X", "-Wyebourne Live is part of Marsh Regional Media. We follow the Editors' Code of Practice.",
         "-Privacy policy · Terms · Accessibility · Manage cookies", "-Back to top ↑"],
    ]),
    "fr-portail-piscine": _page("fr", "fr-portail-piscine", [
        ["-Le Courrier de Montsauvel", "-Actualités · Sports · Loisirs · Nécrologie · Annonces légales", "-Se connecter | S'abonner",
         "-Flash info : coupure d'électricité prévue jeudi à Vaudrenne", "-Accueil > Montsauvel > Vie locale", "-Espace publicitaire"],
        ["+La piscine municipale de Montsauvel restera fermée tout l'été"],
        ["-Par Claire Dumesnil", "-Publié le 12/03/2026 à 18h05 · Mis à jour le 13/03/2026 à 08h40"],
        ["+Le bassin de 25 mètres, construit en 1972, ne rouvrira pas en juin : une fuite dans la cuve impose des travaux que la commune ne peut pas engager avant l'automne."],
        ["-À lire aussi : Le marché de nuit revient en juillet", "-Téléchargez l'application du Courrier et recevez nos alertes"],
        ["+« Nous avons préféré le dire dès maintenant plutôt que de promettre une ouverture que nous ne pourrions pas tenir », explique l'adjointe aux sports, Nadine Berthou."],
        ["+Les solutions proposées cet été", "+Navette gratuite vers le centre aquatique de Vaudrenne", "+Cours de natation déplacés au lac", "+Tarif réduit pour les moins de 16 ans"],
        ["-Annonce : Menuiserie Gobert, fenêtres et volets sur mesure à Montsauvel", "-Suivez-nous sur Instagram : @courrierdemontsauvel"],
        ["+Les maîtres-nageurs saisonniers seront affectés à la baignade surveillée du lac.", "+Le conseil municipal votera le budget des travaux en septembre.",
         "+Une réunion publique est prévue le 2 avril à la salle des fêtes."],
        ["-Mots-clés : piscine, travaux, été", "-Vous avez aimé cet article ? Inscrivez-vous à notre lettre d'information",
         "-Les plus lus", "-Un incendie détruit un hangar agricole à Vaudrenne", "-Le Courrier de Montsauvel, SAS au capital de 0 €, RCS 000 000 000",
         "-Mentions légales – Charte de confidentialité – Gestion des cookies", "-Directeur de la publication : Henri Lacaze", "-© Le Courrier de Montsauvel 2026"],
    ]),
    "fr-tribune-enseignes": _page("fr", "fr-tribune-enseignes", [
        ["-Point de Vue – le site des idées", "-Tribunes | Débats | Entretiens | Podcasts", "-Soutenez une presse indépendante : faites un don",
         "-Connexion / Créer un compte", "-Tribunes › Société", "-Contenu sponsorisé"],
        ["+Éteignons les enseignes lumineuses après 22 heures, dans toutes nos villes"],
        ["-Tribune de Lucien Marchetaux, urbaniste", "-Publié le 9 mars 2026 · 27 commentaires"],
        ["+À minuit, dans la rue principale de Vaudrenne, quatorze écrans publicitaires éclairent des trottoirs où personne ne passe."],
        ["-Lire aussi : Faut-il interdire les panneaux numériques dans les gares ?", "-Recevez chaque vendredi nos meilleures tribunes : je m'inscris"],
        ["+« Nous payons tous pour cette lumière, qui ne vend rien à personne à cette heure-là », écrivait déjà un élu de la région il y a dix ans."],
        ["+Ce que je propose", "+Extinction des enseignes de 22 h à 7 h", "+Amende doublée en cas de récidive", "+Un recensement des écrans par commune", "+Une aide pour les commerçants qui passent au LED"],
        ["-Les opinions exprimées dans cette tribune n'engagent que leur auteur.", "-Écoutez notre podcast « Contre-point » chaque mardi"],
        ["+Certaines villes l'ont déjà fait, sans que les commerces en souffrent.", "+Il ne manque qu'une règle commune, et un peu de courage."],
        ["-27 commentaires", "-Trier par : les plus récents", "-Gilles_V – 9 mars 2026 à 21 h 12", "-Enfin quelqu'un qui le dit. Chez nous la pharmacie clignote toute la nuit.",
         "-Répondre", "-Signaler un abus", "-Point de Vue est édité par l'association Agora Libre – contact@pointdevue.example", "-CGU · Confidentialité · Paramétrer les cookies"],
    ]),
    "de-portal-fundbuero": _page("de", "de-portal-fundbuero", [
        ["-Ostrachfelder Rundschau", "-Lokales | Region | Sport | Kultur | Service | Trauer", "-E-Paper lesen", "-Jetzt 4 Wochen für 0,99 € testen",
         "-Startseite › Ostrachfeld › Stadtleben", "-Anzeige"],
        ["+Vierhundert Regenschirme und ein Kontrabass: Das Fundbüro zieht Bilanz"],
        ["-Von Jonas Hellerich", "-Veröffentlicht: 11.03.2026, 07:30 Uhr"],
        ["+Im Fundbüro im Rathaus von Ostrachfeld sind im vergangenen Jahr fast 2.000 Gegenstände abgegeben worden, so viele wie nie zuvor."],
        ["-Auch interessant: Neue Parkgebühren in der Innenstadt ab April", "-Anzeige: Sanitätshaus Brenner – Ihr Partner in Ostrachfeld"],
        ["+„Am meisten wundert mich immer, wer was nicht abholt“, sagt Fundbüro-Leiterin Petra Omland, „den Kontrabass hat bis heute niemand vermisst.“"],
        ["+Was am häufigsten abgegeben wurde", "+412 Regenschirme", "+388 Schlüsselbunde", "+205 Handys", "+97 Fahrräder"],
        ["-Mehr zum Thema Stadtverwaltung", "-Newsletter: Die wichtigsten Nachrichten aus Ostrachfeld jeden Morgen kostenlos"],
        ["+Was nach sechs Monaten nicht abgeholt wird, versteigert die Stadt im Herbst.", "+Der Erlös geht an den Haushalt, Handys werden vorher gelöscht."],
        ["-Schlagwörter: Fundbüro, Rathaus, Ostrachfeld", "-Meistgelesen", "-Brand in Lagerhalle: Polizei ermittelt", "-Laden Sie unsere App für iOS und Android",
         "-Rundschau Verlag GmbH & Co. KG, Amtsgericht Ostrachfeld HRA 0000", "-Impressum | Datenschutz | AGB | Cookie-Einstellungen", "-Abo kündigen", "-© 2026 Ostrachfelder Rundschau"],
    ]),
    "de-blog-briefe": _page("de", "de-blog-briefe", [
        ["-Papier & Tinte", "-Ein Blog über das Schreiben mit der Hand", "-Start | Über mich | Archiv | Kontakt", "-Suche …",
         "-Werbung / unbezahlt, enthält Markennennung", "-Kategorie: Gedanken"],
        ["+Warum ich wieder Briefe schreibe"],
        ["-Geschrieben von Hanne am 8. März 2026", "-12 Kommentare"],
        ["+Vor zwei Jahren habe ich meiner Tante in Wendelsgrund den ersten Brief seit der Schulzeit geschrieben, mit einem Füller, den ich auf dem Flohmarkt gekauft hatte."],
        ["-Dieser Beitrag enthält Affiliate-Links.", "-Meine Lieblingsfüller findest du auf meiner Empfehlungsseite"],
        ["+Sie hat nicht angerufen, sie hat zurückgeschrieben: „Dein Brief liegt jetzt in der Küchenschublade, da liegen nur die wichtigen Sachen.“"],
        ["+Was ich dafür brauche", "+Einen alten Füller", "+Ein Heft Briefpapier", "+Briefmarken für ein Jahr"],
        ["-Pinne dieses Bild auf Pinterest", "-Hol dir meine kostenlose Vorlage für Briefanfänge als PDF"],
        ["+Ein Brief dauert eine Stunde, und in dieser Stunde denke ich nur an einen Menschen.", "+Das ist vielleicht das Teuerste, was ich verschenken kann.",
         "+Meine Tante hat übrigens inzwischen eine Brieffreundin in Schottland."],
        ["-12 Gedanken zu „Warum ich wieder Briefe schreibe“", "-Marlies sagt:", "-9. März 2026 um 19:04 Uhr", "-Wie schön! Ich schreibe meiner Enkelin jeden Monat.",
         "-Antworten", "-Newsletter: Einmal im Monat Post von mir", "-Impressum · Datenschutz", "-© 2026 Papier & Tinte – Theme: Astra"],
    ]),
    "it-portale-rifugio": _page("it", "it-portale-rifugio", [
        ["-Roccavalda Notizie", "-Cronaca · Politica · Montagna · Sport · Eventi · Necrologi", "-Abbonati", "-Ultim'ora: chiusa la provinciale per frana a Serrabruna",
         "-Home > Montagna > Rifugi", "-Pubblicità"],
        ["+Il rifugio Pian delle Ginestrelle riapre dopo la valanga di due inverni fa"],
        ["-di Franca Dellapiana", "-15 marzo 2026 ore 09:20"],
        ["+Il rifugio Pian delle Ginestrelle, sopra Roccavalda, riaprirà il primo giugno dopo che la valanga del febbraio 2024 ne aveva distrutto il tetto e la cucina."],
        ["-Leggi anche: Sentieri, ecco quelli chiusi per lavori", "-Pubblicità – Sport Gamba, noleggio sci e ciaspole a Roccavalda"],
        ["+«Abbiamo ricostruito tutto in legno, come era prima, ma con le travi due volte più grosse», racconta il gestore, Ivo Salvadei."],
        ["+I numeri della ricostruzione", "+32 posti letto", "+Tetto rifatto in larice", "+Spesa di 640 mila euro", "+Apertura fino a fine settembre"],
        ["-Iscriviti al canale WhatsApp di Roccavalda Notizie", "-Hai una segnalazione? Scrivici su redazione@roccavaldanotizie.example"],
        ["+Le prenotazioni si aprono il 2 maggio sul sito del club alpino locale.", "+Il sentiero dal parcheggio di Pian Grande resterà chiuso fino a metà giugno."],
        ["-Tag: rifugi, valanga, Roccavalda", "-Articoli correlati", "-Neve, la stagione si chiude con il 20% di presenze in più",
         "-Seguici su Facebook", "-Roccavalda Notizie – testata registrata presso il Tribunale, n. 00/2000", "-P.IVA 00000000000",
         "-Privacy policy | Cookie policy", "-Torna su"],
    ]),
    "it-rubrica-bar": _page("it", "it-rubrica-bar", [
        ["-La Voce di Serrabruna", "-Il settimanale della valle", "-Politica | Cronaca | Opinioni | Sport", "-Sfoglia l'edizione digitale",
         "-Opinioni > Rubriche", "-Banner: Agenzia Viaggi Ferraris – offerte per la Pasqua"],
        ["+Se chiude il bar della piazza, chiude il paese"],
        ["-La rubrica di Gianni Tosatti", "-Pubblicato il 6 marzo 2026 – 18 commenti"],
        ["+Il bar Centrale di Serrabruna abbasserà la serranda il 31 marzo, dopo sessantadue anni, perché nessuno dei tre figli della signora Nives vuole prenderlo."],
        ["-Potrebbe interessarti: La scuola media cambia orario", "-Vuoi ricevere la Voce ogni sabato? Iscriviti alla newsletter"],
        ["+«Qui ho venduto caffè a tre generazioni e ho tenuto le chiavi di mezzo paese», mi ha detto, asciugando un bicchiere che era già asciutto."],
        ["+Cosa perdiamo con il bar", "+L'unico telefono pubblico", "+Il tavolo delle carte dei pensionati", "+La bacheca degli annunci"],
        ["-Le altre rubriche di Gianni Tosatti", "-Ascolta il podcast della Voce su Spotify"],
        ["+Il comune potrebbe cercare un gestore, o almeno provarci.", "+Io intanto, il 31, ci vado a bere l'ultimo caffè.",
         "+E porto le chiavi di casa, per riprendermele."],
        ["-18 commenti", "-Marisa B. – 7 marzo 2026", "-Bravo Gianni, è proprio così. Da noi è successo due anni fa.", "-Rispondi",
         "-Segnala", "-La Voce di Serrabruna – Edizioni Valle Srl – P.IVA 00000000000", "-Note legali · Privacy · Preferenze cookie", "-© 2026 Tutti i diritti riservati"],
    ]),
    "pl-portal-bociany": _page("pl", "pl-portal-bociany", [
        ["-Zgrzebnica24.pl", "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt", "-Zaloguj się", "-Pilne: awaria wodociągu na osiedlu Słoneczne",
         "-Strona główna » Region » Przyroda", "-REKLAMA"],
        ["+Energetycy przenieśli gniazdo bocianów ze słupa w Bocianowie Małym"],
        ["-Autor: Ewa Gromek", "-Opublikowano: 10.03.2026, 14:22"],
        ["+Gniazdo, które od dwudziestu lat stało na słupie linii średniego napięcia, trafiło na specjalną platformę postawioną obok, zanim ptaki wrócą z Afryki."],
        ["-Czytaj też: Nowy chodnik na ulicy Polnej", "-Reklama: Ogrody Zielińscy – sadzonki i nawozy w dobrej cenie"],
        ["+– Gniazdo ważyło prawie pół tony, więc przenosiliśmy je dźwigiem, kawałek po kawałku – mówi Marek Zych z rejonu energetycznego."],
        ["+Akcja w liczbach", "+Jedno gniazdo", "+Dwie brygady", "+Sześć godzin pracy", "+Platforma na wysokości 9 metrów"],
        ["-Obserwuj nas w Google News", "-Masz temat? Napisz do nas: redakcja@zgrzebnica24.example"],
        ["+Bociany wracają zwykle pod koniec marca.", "+Mieszkańcy obiecali dać znać, czy para przyjmie nowe miejsce."],
        ["-Tagi: bociany, energetyka, Bocianowo Małe", "-Komentarze (5)", "-Ania ze Zgrzebnicy · 10.03.2026", "-Super, że ktoś o nie dba!",
         "-Odpowiedz", "-Zgrzebnica24.pl – wydawca: Media Lokalne sp. z o.o., KRS 0000000000", "-Polityka prywatności | Regulamin | Ustawienia cookies", "-© 2026 Zgrzebnica24.pl"],
    ]),
    "pl-opinia-motocross": _page("pl", "pl-opinia-motocross", [
        ["-Głos Opinii", "-Publicystyka | Komentarze | Wywiady | Podcasty", "-Wesprzyj nas – wpłać darowiznę", "-Zaloguj | Załóż konto",
         "-Opinie » Kraj", "-Artykuł sponsorowany"],
        ["+Tor motocrossowy pod lasem to nie jest sprawa gustu"],
        ["-Felieton: Tomasz Wrębel", "-8 marca 2026 · 44 komentarze"],
        ["+Od trzech lat w każdą sobotę od ósmej rano mieszkańcy dwóch wsi pod Zgrzebnicą słuchają silników, bo ktoś wydzierżawił gminne pole na tor."],
        ["-Zobacz również: Czy gminy powinny sprzedawać grunty rolne?", "-Zapisz się na nasz cotygodniowy newsletter"],
        ["+– Nie jestem przeciwko młodym, ale mój ojciec ma dziewięćdziesiąt lat i chce spać – powiedziała mi jedna z sąsiadek."],
        ["+Czego chcą mieszkańcy", "+Jazdy tylko od 10 do 16", "+Ekranu akustycznego od strony wsi", "+Pomiaru hałasu przez gminę"],
        ["-Poglądy wyrażone w felietonie są opiniami autora.", "-Posłuchaj naszego podcastu „Między wierszami”"],
        ["+To nie są wygórowane żądania.", "+Gmina może je spełnić jedną uchwałą, jeśli zechce.", "+Na razie nie zechciała."],
        ["-44 komentarze", "-Sortuj: najnowsze", "-kierowca_77 · 8 marca 2026, 20:41", "-A gdzie ta młodzież ma jeździć? Po drogach?",
         "-Odpowiedz · Zgłoś", "-Pokaż więcej komentarzy", "-Fundacja Głos Opinii, KRS 0000000000", "-Regulamin · Prywatność · Cookies"],
    ]),
    "ru-portal-pontonnyj-most": _page("ru", "ru-portal-pontonnyj-most", [
        ["-Ключегорск.Инфо", "-Новости | Происшествия | Транспорт | Афиша | Объявления", "-Войти", "-Срочно: на трассе Р-000 затруднено движение",
         "-Главная / Новости / Транспорт", "-Реклама"],
        ["+Понтонный мост через Ключевую разведут на зиму на две недели раньше"],
        ["-Автор: Дарья Мельникова", "-10 марта 2026, 11:05 · 1 240 просмотров"],
        ["+Понтонный мост между Ключегорском и Белоключьем разведут уже 1 ноября: ледостав в последние годы начинается раньше, сообщили в администрации района."],
        ["-Читайте также: Автобус до райцентра будет ходить по новому расписанию", "-Реклама. ООО «Теплый дом», окна и двери, тел. 0-000-000-00-00"],
        ["+«Если не успеем развести мост до льда, понтоны просто раздавит, как в позапрошлом году», — пояснил начальник переправы Виктор Гулин."],
        ["+Как добраться, пока моста нет", "+Автобус через Каменку два раза в день", "+Лодка по вызову до ледостава", "+Пешеходная переправа по льду после проверки МЧС", "+Такси до райцентра со скидкой для пенсионеров"],
        ["-Подписывайтесь на наш канал в Telegram", "-Сообщите новость: +0 000 000-00-00"],
        ["+Собрать мост обратно обещают сразу после ледохода.", "+Жители Белоключья просят пустить в эти недели хотя бы школьный автобус."],
        ["-Теги: мост, переправа, Белоключье", "-Комментарии (9)", "-Ольга · 10 марта 2026", "-Каждый год одно и то же, а нового моста как не было, так и нет.",
         "-Ответить", "-Сетевое издание «Ключегорск.Инфо», Эл № ФС00-00000", "-Политика конфиденциальности · Пользовательское соглашение", "-© 2026 Ключегорск.Инфо. 16+"],
    ]),
    "ru-blog-griby": _page("ru", "ru-blog-griby", [
        ["-Лесные тропинки", "-Блог о грибах, ягодах и тишине", "-Главная | Обо мне | Рецепты | Карта мест", "-Поиск по блогу",
         "-Рубрика: Заметки грибника", "-Реклама на блоге: ru.pismo@lesnye-tropinki.example"],
        ["+Почему я больше не рассказываю, где мои грибные места"],
        ["-Опубликовано 5 марта 2026 автором Семёныч", "-Просмотров: 812"],
        ["+Пятнадцать лет я ходил в один и тот же ельник за Белоключьем и однажды привёл туда знакомого, а через год нашёл там три машины и пустую поляну."],
        ["-Подписывайтесь на мой канал в Дзене", "-Мой фотоальбом грибов можно купить в личном магазине блога"],
        ["+Знакомый потом честно признался: «Я показал только брату, а брат — только своим»."],
        ["+Что я теперь беру в лес", "+Плетёную корзину", "+Нож и компас", "+Термос с чаем"],
        ["-Понравилась запись? Поставьте лайк", "-Ещё по теме: как сушить белые в русской печи"],
        ["+Места я теперь показываю только на карте без названий.", "+Грибы от этого хуже не растут.", "+А разговоры в лесу стали тише."],
        ["-17 комментариев", "-Михаил Петрович · 6 марта 2026 в 08:12", "-Правильно! У нас тоже все места вытоптали.", "-Ответить",
         "-Оставить комментарий", "-Все права защищены. Копирование материалов только с активной ссылкой", "-Блог работает на WordPress", "-Наверх ↑"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'de-blog-briefe':
        "the letter-writing blog post keeps its favourite-pens recommendation-page line between the paragraphs (1 of 20 noise lines; after round 64, which took its pin-on-Pinterest line, and round 68, which took its free-PDF prompt after the list rows)",
    'ru-blog-griby':
        "the mushroom blog's post keeps its photo-album-in-the-blog-shop line between the paragraphs (1 of 20 noise lines)",
}


test_held_out_66_line, test_held_out_66_line_is_kept, test_held_out_66_page = held_out_tests(
    HELD_OUT_66_LINES, HELD_OUT_66_KEEP, HELD_OUT_66_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
