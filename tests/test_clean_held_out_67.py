"""Held-out set 67: written blind, weighted toward the noise the cleaner exists for, in shapes set 66's docstring
does not name: scraper, ad and embed markers (a WPBakery shortcode leftover
"[vc_row][vc_column][vc_column_text]", an English originally-published-on-The-Conversation republication line,
a Google AdSense push snippet "(adsbygoogle = window.adsbygoogle || []).push({});", the French bracketed
"[Contenu partenaire]", a German external-content embed placeholder, the Italian ad break "CONTINUA A LEGGERE
DOPO LA PUBBLICITÀ", the Polish video break "Dalsza część artykułu pod materiałem wideo" and the Russian
ad-marking token "erid: 2Vtzq0000000"); reading-time headers in new shapes (a Medium-style "6 min read · Nov
14, 2026" row, an English "⌛ About a 5-minute read", the French "⏱️ 4 min de lecture", the German "Lesedauer:
ca. 4 Minuten", the Italian "4 minuti di lettura", the Polish "4 min czytania" and the Russian "⏱ 4 минуты на
чтение"); bylines and self-promotion (an English follow-me-on-Bluesky plug, an English online-course plug with
early-bird places, an English about-the-author bio with a newsletter, a French my-YouTube-channel plug, a
German PayPal/Steady support plug, an Italian join-my-Telegram-channel plug, a Polish Patronite plug and a
Russian Boosty support line); blog footers (a Hugo/PaperMod copyright row, Bear Blog's "Powered by Bear
ʕ•ᴥ•ʔ", the French "Blog hébergé par Canalblog", the German "Erstellt mit Webador", the Italian WordPress.com
"Blog su WordPress.com.", a Polish rights-reserved-and-web-design credit and the Russian "Сайт работает на
1С-Битрикс"); reader-comment furniture (the Disqus enable-JavaScript line, the WordPress "Notify me of
follow-up comments by email.", a "Trackbacks/Pingbacks" heading, the French be-the-first-to-react line, the
German WordPress leave-a-comment/cancel-reply heading, the Italian WordPress comment-count heading "3 pensieri
su “...”", a Polish reply/report-to-moderation row and the Russian show-more-replies button); share rows (an
English "Share via:" row with Bluesky and Threads, the German WordPress like-button row "Gefällt mir Wird
geladen …", a Polish recommend-to-friends row and a Russian VK/OK/Telegram row); and notices (an English
subscribers-only paywall line, a French subscribers-only paywall line and an Italian photos-by-the-author
no-reproduction line); and toward whole scraped news and opinion pages in layouts sets 58 to 66 did not use (a
regional portal's story on winter gritting routes cut, a town paper's columnist on self-checkout tills with a
comment thread, a regional portal's story on a baguette vending machine in a village without a bakery, a blog
essay on keeping three hens, a regional portal's story on new warning sirens and their test, a weekly's column
on the recycling centre's shorter Saturday hours with a comment, a regional portal's story on a fountain
running again after forty years, a blog essay on learning the accordion at fifty, a regional portal's story on
night pharmacy duty cut to one pharmacy, a paper's opinion column against New Year's fireworks with a comment
thread, a regional portal's story on a district left without heating and a sewing blog's essay on a
grandmother's sewing machine).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 66), docs/ or README.md, nor ``git log``,
``git show`` or ``git diff`` output. Read were: the docstring of held-out set 66 up to its first round
paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables
with their reasons and the three test functions), printed with an ast script (``ast.get_docstring`` cut at the
first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's
source segments, and the file from the ``_marks`` line to the end); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 66's with 66 -> 67 and the xfail
tables emptied, then refilled after the measurement. Nothing below was copied from any file of the repository.
The set was measured once against a frozen cleaner (worktree /tmp/wt-s67, detached at commit
71172595a5202245c4cd85cfda97e8d421efce63, main's HEAD just before the measurement) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) The ast script was run a second
time, to build this file's tail: its first run for that was started from the wrong folder and failed (file not
found), the second ran in /work/main with its output piped through ``sed`` to the part from ``def _marks`` on,
written to a scratch file; nothing else of set 66 was read then. (3) Main's HEAD moved during my work: at my
first step ``git rev-parse HEAD`` printed 74937900a2d52187ce7e7393d72cc42d70c1e011 (``git status --short``
printed nothing); just before the measurement it printed 71172595a5202245c4cd85cfda97e8d421efce63 (again with
a clean status), and that commit is the frozen one; no commit between them was read. ``git worktree add``'s
output was sent to /dev/null, for this worktree and for my branch's, so no commit subject was seen. The branch
set67 was made from main at 71172595a5202245c4cd85cfda97e8d421efce63, the frozen commit; there this file (with
the xfail tables filled) gives 59 passed and 18 xfailed, no strict xfail broken, which is a check of the
tables, not a second measurement. (4) Before the measurement the lists were executed from a scratch folder
(/tmp/s67scratch) with stand-ins (a copy of ``NoisyCase`` and ``page_from_blocks``, and a stand-in
``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise; no case was run through the
cleaner) that counted the lines by category and by language (the language from the ``# English`` ... comments
above each group in this file), the keep lines by language and the pages by language, checked each page's
layout (six noise lines, title, two noise lines, first paragraph, two noise lines, quote paragraph, subheading
and rows, two noise lines, last paragraphs, eight noise lines, 20 noise and 10 article lines) and checked that
no page noise line repeats on its page, is a substring of an article line of its page or overlaps (equals,
contains or is contained in) a line of ``HELD_OUT_67_LINES``; its first run passed, and nothing was changed
after it. Left as they are, which the check allows: site names that stand alone and again inside other noise
lines of their page (app, follow, copyright, publisher and tag lines), the author's name standing alone and in
the more-columns line on the Culvercombe column, and the ad labels "Anzeige", "Werbung" and "Pubblicità"
standing alone and again at the head of an ad on their pages (the sirens story, the recycling-centre column
and the fountain story). (5) At the measurement this docstring was a placeholder; it was written afterwards,
with the xfail tables. (6) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen; the problems were then read out once with ``_problems`` in the frozen
worktree by a script (/tmp/s67scratch/problems.py) that ran it on every line, keep line and page of this set
and printed the problems of the failing ones, to write the xfail reasons. (7) Invented names were checked,
before the measurement, against the helper's exact-string search over public GitHub files and my own memory;
no gazetteer was available, so this is not a proof that they do not exist: Tollerbrook, Culvercombe,
Montgivrel, Vauchenay, Kranzenried, Oberkranzen, Hollbachtal, Valdegana, Wrzosnica, Głuszynek (and
"Głuszynka"), Верхнеключинск, Сосновоозёрск and Tullo Tyres had no hits; Northvale Media occurs only in test
data; Quellau only inside German words (Quellauflösung, ...). Dropped before use: Pietrafonda (it occurs in
invented-town lists, games and fiction). Not checked, generic or invented at sight: Unterkranzen, Fore Street,
Mill Lane, the place de l'Église and the Champ-de-Foire, the piazza del Mercato, ul. Kościelna, улица Садовая
and the Заречный микрорайон (generic names real places also carry), and the road numbers B 000, provinciale 00
and krajowa nr 00 (zero-filled); the sites, papers, blogs, firms and people (Tollerbrook Today, Northvale
Media Group, The Culvercombe Gazette, Culvercombe Carpet Warehouse, Fore Street Butchers, The Margin Notes,
Montgivrel Infos, SAS Presse du Val, Le Jardin de Vauchenay, Carnets de Solène, Kranzenried Aktuell,
Lokalmedien Quellau GmbH, Haustechnik Beiler, Hollbachtaler Wochenblatt, Wochenblatt Verlag Hollbachtal GmbH,
Container-Dienst Faltner, Baumarkt Kessler, ValdeganaOggi, Serramenti Gualtieri, Note a Margine,
quadernidiada, Nasza Wrzosnica, Media Wrzos, Fabryka Okien Sadowski, Głos Głuszynka, Hotel dla psów Azyl,
Studio Gromiec, Верхнеключинский вестник, «Теплоград», «Нитки и время») are invented; "Note a Margine", "Azyl"
and «Теплоград» are common enough that real firms or titles carry them; the people's names (Maggie Fenwick,
Dan Threlkeld, Hannah Ruddle, Derek Almond, Mavis Penrose, Céline Vautrin, Odile Chaumard, Martine, Jörg
Hellmiß, Renate Quellbach, Bernd Völkering, Marta Scarpellini, Lina Ferrucci, Paola Venturini, Agnieszka
Kulesza, Danuta Rogalska, Jan Wilczak, Ирина Самохвалова, Ольга Прошина, Наталья Белкина, ...) are ordinary
names real people may bear; none is meant as a real person. (8) Some lines name real things, as real pages do:
WPBakery's shortcodes, The Conversation, Google AdSense's snippet, Medium's read row, Bluesky, Threads, Hugo
and the PaperMod theme, Bear Blog, Disqus, WordPress and WordPress.com, Canalblog, YouTube, PayPal, Steady,
Webador, Telegram, Patronite, X, Facebook, the Russian "erid" ad mark, Boosty, 1С-Битрикс, ВКонтакте (ВК),
Одноклассники (ОК), OpenWeb, WhatsApp, Instagram, Pinterest, Google News, iOS and Android, Cell Broadcast, the
Kadence theme, Blogger's Simple theme (as "Tema Semplice"), the Local Democracy Reporter title, the Podolsk
sewing-machine make «Подольская», the French RCS, the German Amtsgericht/HRB registry, the Italian P.IVA and
court registration, the Polish KRS and the Russian media registration mark; registry, registration, phone,
street and road numbers are zero-filled. No real person is named. (9) Set 66's docstring names its own shapes
and the earlier sets' page layouts only, so some lines may repeat shapes of sets before 66 that I could not
check; in particular the Disqus line, the WordPress "Notify me of follow-up comments by email.", the German
leave-a-comment/cancel-reply heading and "Blog su WordPress.com." are common enough that an earlier set may
have used them. Close to shapes set 66 named: the Italian ad break is an ad break like its English one, in
Italian; the Patronite, Steady and Boosty plugs are support-me plugs like its Satispay and buycoffee.to plugs,
on other platforms; the Bluesky, YouTube and Telegram plugs are self-promotion like its Substack plug, on
other platforms; the Bear, Hugo, Canalblog, Webador, WordPress.com and 1С-Битрикс rows are platform footers
like its Blogger, Overblog, Jimdo and Tilda rows, on other platforms; the share rows are share rows like its,
with other platforms; the reading-time rows are reading-time rows in other words. Some page chrome repeats
kinds of line set 66's pages had (an affiliate disclosure and a reading-time row on the blogs,
author's-opinion disclaimers on the columns, more-columns links). (10) My first step's clock reading was
2026-12-03 18:36:03 UTC. (11) After committing, ``git rev-parse HEAD`` in my worktree printed my own commit's
hash, to report it; no commit was read.

Judgement calls: the keep lines opening with "Source code", "Comments from residents", "Visit counts", "Share
prices", "Sponsored by two councillors", "Related costs", "Follow-up inspections", "Partager la route",
"Commentaires et questions", "Abonnés au gaz", "Teilen wollen", "Kommentare im Gemeinderat", "Anzeigen wegen
Ruhestörung", "Condividere l'auto", "Commenti dei residenti", "Fonte principale", "Udostępnienie boiska",
"Źródło problemu", "Поделиться опытом" and "Источник загрязнения" are article sentences. The shortcode,
republication, AdSense, partner-content, embed-placeholder, ad-break, video-break and erid lines are counted
as markers; the reading-time rows (alone or with a date) as reading-time lines; the Bluesky, course,
about-the-author, YouTube, PayPal/Steady, Telegram, Patronite and Boosty lines as bylines; platform, theme and
web-design credit rows as footers; the Disqus, follow-up-notification, trackbacks, be-the-first,
reply-heading, comment-count-heading, reply/report and show-more-replies lines as comments; the share rows and
the like-button row as share; the two paywall lines and the photo-reproduction line as notices. On every page
the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and the last
paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three last
paragraphs) and everything else is noise (20 lines a page: six lines above the title, two under it, two
between the first paragraph and the paragraph with the quote, two between the list rows and the last
paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes, sign-in, subscribe
and e-paper lines, weather and breaking-news lines, breadcrumbs and categories, ad labels, ads, sponsored and
partner lines, author, date, update, label, comment-count and view-count lines, read-also, more-from,
most-read, you-may-like and more-columns links, newsletter, app, WhatsApp, Telegram, Instagram, Facebook,
Google News and VK prompts, polls, tip-off and letters lines, column notes and opinion disclaimers, affiliate
disclosures, blog-shop and course plugs, like prompts, tags, comment headings, sort rows, commenter rows,
comment texts, reply, report, show-more and leave-a-comment links, Blogger's post navigation, publisher,
registry, legal, privacy, theme, platform, copyright, reuse and cookie lines are noise. The rows:
en-portal-gritting "What changes this winter", en-column-tills "What a staffed till gives you" (three rows),
fr-portail-distributeur "Le distributeur en chiffres", fr-blog-poules "Ce qu'elles nous coûtent vraiment"
(three rows), de-portal-sirenen "Die Probe am Samstag", de-kolumne-wertstoffhof "Was ich vorschlage" (three
rows), it-portale-fontana "Il restauro in cifre", it-blog-fisarmonica "Cosa mi è servito davvero" (three
rows), pl-portal-apteki "Gdzie szukać pomocy w nocy" (three rows), pl-felieton-fajerwerki "Co proponuję
zamiast", ru-portal-otoplenie "Что известно на сегодня" and ru-blog-shvejnaya "Что пришлось заменить" (three
rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 4, notice 3; by
language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker
1, reading-time 1, byline 1, footer 1, comments 1, share 1) and ru 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-gritting (a regional news portal's story on the
county cutting winter gritting routes by a third), en-column-tills (a town paper's opinion column against
self-checkout tills, with a comment), fr-portail-distributeur (a regional news portal's story on a baguette
vending machine in a village without a bakery), fr-blog-poules (a garden blog's essay on keeping three hens
for two years, with a comment), de-portal-sirenen (a regional news portal's story on twelve new warning sirens
and Saturday's test), de-kolumne-wertstoffhof (a weekly's opinion column on the recycling centre's shorter
Saturday hours, with a comment), it-portale-fontana (a regional news portal's story on a square's fountain
running again after forty years), it-blog-fisarmonica (a blog essay on learning the accordion at fifty, with a
comment), pl-portal-apteki (a regional news portal's story on night pharmacy duty cut to one pharmacy in the
county), pl-felieton-fajerwerki (a paper's opinion column against New Year's fireworks, with a comment
thread), ru-portal-otoplenie (a regional news portal's story on twelve houses left without heating after a
pipe burst) and ru-blog-shvejnaya (a sewing blog's essay on bringing a grandmother's sewing machine back to
life, with a comment); every page holds a title, a subheading with list rows, a quote in the article and noise
above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 71172595a5202245c4cd85cfda97e8d421efce63, measured with ``cd
/tmp/wt-s67 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s67/src python -m pytest -q
tests/test_clean_held_out_67.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s67 &&
PYTHONPATH=/tmp/wt-s67/src python scripts/clean_held_out_report.py --sets 67`` (noise lines removed 37/45,
article lines kept 20/20, pages clean 2/12, page noise lines left 19 of 240), with the xfail tables empty):
noise lines removed 37/45 (marker 5/8, reading-time 7/7, byline 5/8, footer 6/7, comments 8/8, share 4/4,
notice 2/3; missed, all kept as paragraphs: the English "I'm on Bluesky as @maggiefenwick.bsky.social – come
and say hello.", the French "[Contenu partenaire]" and "Retrouvez mes vidéos chaque jeudi sur ma chaîne
YouTube « Carnets de Solène ».", the German "Externer Inhalt: Um diesen Inhalt zu sehen, stimmen Sie bitte der
Datenverarbeitung zu.", the Italian "Se ti piace quello che scrivo, iscriviti al mio canale Telegram
@quadernidiada" and "Le foto sono dell'autore, vietata la riproduzione senza consenso.", and the Russian
"erid: 2Vtzq0000000" and "Сайт работает на 1С-Битрикс"); keep lines kept 20/20; pages 2/12 clean
(it-blog-fisarmonica and pl-portal-apteki), 19 of 240 page noise lines left and 1 of 120 article lines lost:
en-portal-gritting 2 left ("Sign in  Register" and "Sponsored: Winter tyres fitted from £59 at Tullo Tyres,
Mill Lane") and its title lost ("Council cuts winter gritting routes by a third to save £180,000");
en-column-tills 2 left ("Mavis Penrose's column appears every Friday" and "Advert: Culvercombe Carpet
Warehouse – closing-down sale, everything must go"); fr-portail-distributeur 2 left ("Contenu sponsorisé –
Isolation des combles : vérifiez votre éligibilité aux aides" and "Suivez Montgivrel Infos sur Facebook et
Instagram"); fr-blog-poules 1 left ("Mon guide « Des poules au jardin » est en vente dans la boutique du blog,
7 € en PDF"); de-portal-sirenen 3 left ("Jetzt den Kanal von Kranzenried Aktuell auf WhatsApp abonnieren",
"Anzeige: Rauchmelder-Wartung vom Fachbetrieb – Haustechnik Beiler, Tel. 00000 00000" and "Mehr aus
Kranzenried"); de-kolumne-wertstoffhof 2 left ("Alle Kolumnen von Bernd Völkering" and "Umfrage: Sind die
neuen Öffnungszeiten in Ordnung? Jetzt abstimmen"); it-portale-fontana 1 left ("Pubblicità – Serramenti
Gualtieri, preventivi gratuiti, tel. 0000 000000"); pl-felieton-fajerwerki 1 left ("Więcej felietonów Jana
Wilczaka"); ru-portal-otoplenie 2 left ("Обогреватели и тепловые пушки со скидкой — магазин «Теплоград», тел.
0-000-000-00-00" and "Сообщить новость: пишите в нашу группу ВКонтакте"); ru-blog-shvejnaya 3 left ("Мой курс
«Шьём без страха» стартует в январе — запись открыта", "Вам может понравиться: Как я перешила папино пальто"
and "Ставьте лайк, если тоже храните старые вещи"). Of the left page lines one stands above the title (the
sign-in row), none under it, six between the first paragraph and the paragraph with the quote, twelve between
the list rows and the last paragraphs and none at the foot; the lost line is a title. The failing cases are
strict xfails.

Still held out after round 63 (development on set 65; measured once, as set 66): noise lines removed 37/45
(unchanged), keep lines 20/20, pages clean 2 -> 4/12 (de-kolumne-wertstoffhof and pl-felieton-fajerwerki now
clean), page noise lines left 19 -> 16 of 240, article lines lost 1 of 120 (unchanged: en-portal-gritting's
title); their xfails removed.

Still held out after round 64 (development on sets 66 and 68; measured once): unchanged on every figure
(noise lines 37/45, keep lines 20/20, pages clean 4/12, page noise lines left 16 of 240, article lines lost
1 of 120: en-portal-gritting's title).

Round 65 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 67`` and ``pytest tests/test_clean_held_out_67.py`` at 49c08e9 (before)
and the round's last commit on branch round65 (after): noise lines 37 -> 45/45 (marker 5 -> 8/8, reading-time
7/7, byline 5 -> 8/8, footer 6 -> 7/7, comments 8/8, share 4/4, notice 2 -> 3/3), keep lines 20/20, pages 4/12
clean (unchanged), page noise lines left 16 -> 15 of 240, article lines lost 1 -> 0 of 120; pytest 61 passed,
16 xfailed -> 69 passed, 8 xfailed. The loss first: en-portal-gritting's title has a sum in it ("... to save
£180,000") and stood in its own block right under the page head's lone "Advertisement" label, so the ad-copy
pass took it for the ad's copy; an ad's copy stands under its label in the label's block, so that pass now asks
for the same block (clean._mark_ad_copy; tests in tests/test_clean.py with a title under a lone label in six
languages, which the cleaner before the change took, and ad copy in its label's block, which still goes); with
the title kept, the head walk also takes the sign-in/register row above it. Then the classes, each in six
languages with near misses in tests/test_clean.py: CMS and shop engines in a platform credit ("Сайт работает на
1С-Битрикс", "Powered by 1C-Bitrix", "Site propulsé par MODX", "Erstellt mit Contao", "Sklep działa na
Shopify"); the writer's @handle on a network in the first person ("I'm on Bluesky as @... – come and say
hello.", "Ich bin auf Bluesky als @..."); the writer's channel plug after an if-you-like-what-I-write opening
("Se ti piace quello che scrivo, iscriviti al mio canale Telegram @...") and the writer's videos on the
writer's channel ("Retrouvez mes vidéos chaque jeudi sur ma chaîne YouTube « ... »."); a partner's or sponsor's
piece labelled in square brackets ("[Contenu partenaire]", "[Artykuł sponsorowany]"); Russia's erid ad token
alone; an embed's consent label with its instruction to see the content ("Externer Inhalt: Um diesen Inhalt zu
sehen, stimmen Sie bitte der Datenverarbeitung zu.", "Contenu externe : pour voir ce contenu, ..."); the
writer's own photos with their reproduction forbidden ("Le foto sono dell'autore, vietata la riproduzione senza
consenso.", "Фото автора, копирование без разрешения запрещено."). Left (15 page lines on 8 pages): the
sponsored and advert lines after the list rows or between the paragraphs (tyre fitter, carpet warehouse, loft
insulation, smoke-alarm firm, window firm, heater shop), the column-appears-every-Friday line, the
follow-on-Facebook-and-Instagram, WhatsApp-channel and send-us-news-on-VK prompts, the blog-shop guide and the
course plug, the more-from-Kranzenried and you-may-also-like links and the like-if-you-too prompt; not worked on
this round. Elsewhere: set 47's en-neighbourhood-app lost 2 -> 0 article lines (the post's own "Reply · Share ·
Save" row over its last two paragraphs was taken for the thread's start; a reply row with prose right under it is
now no thread start, and the tail walk keeps the thread found under the shorter body: page_blocks
._page_thread_start and _mark_tail; tests in tests/test_clean_pages.py), left 3 -> 4 (its pinned-by-moderators
line, now inside the body); set 66 lines 40 -> 44/45 and set 68 lines 42 -> 44/45 (their own paragraphs); no
other set changed; no article line or keep line lost on any set from 10 to 68; SemEval noise diff 0 changed files.

After round 66 (measured once with ``scripts/clean_held_out_report.py --sets 67``): noise lines 45/45 and keep lines
20/20 (unchanged), pages clean 4 -> 8/12 and page noise lines left 15 -> 6 of 240 (the labelled tyre, carpet,
loft-insulation, smoke-alarm and window ads, the column-appears-every-Friday line, the
follow-on-Facebook-and-Instagram prompt, the you-may-also-like link and the like-if-you-too prompt go; left are the
WhatsApp-channel and send-us-news-on-VK prompts, the unlabelled heater-shop ad, the blog-shop guide, the course plug
and the more-from-Kranzenried link), article lines lost 0 of 120; pytest 69 passed, 8 xfailed -> 73 passed, 4
xfailed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_67_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "[vc_row][vc_column][vc_column_text]", "marker"),
    ("tail", "This article was originally published on The Conversation. Read the original article.", "marker"),
    ("body", "(adsbygoogle = window.adsbygoogle || []).push({});", "marker"),
    ("head", "6 min read · Nov 14, 2026", "reading-time"),
    ("head", "⌛ About a 5-minute read", "reading-time"),
    ("tail", "I'm on Bluesky as @maggiefenwick.bsky.social – come and say hello.", "byline"),
    ("tail", "My online course “Write Your Village History” opens for enrolment on 1 March – early-bird places are half price.", "byline"),
    ("tail", "About the author: Dan Threlkeld teaches history and writes a weekly newsletter about old maps.", "byline"),
    ("tail", "© 2026 The Margin Notes · Powered by Hugo & PaperMod", "footer"),
    ("tail", "Powered by Bear ʕ•ᴥ•ʔ", "footer"),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "Trackbacks/Pingbacks", "comments"),
    ("tail", "Share via: Email · Print · Copy link · Bluesky · Threads", "share"),
    ("head", "This article is for subscribers. You have 2 free articles left this month.", "notice"),
    # French
    ("head", "[Contenu partenaire]", "marker"),
    ("head", "⏱️ 4 min de lecture", "reading-time"),
    ("tail", "Retrouvez mes vidéos chaque jeudi sur ma chaîne YouTube « Carnets de Solène ».", "byline"),
    ("tail", "Blog hébergé par Canalblog", "footer"),
    ("tail", "Soyez le premier à réagir à cet article", "comments"),
    ("body", "Cet article est réservé aux abonnés. Il vous reste 80 % à découvrir.", "notice"),
    # German
    ("body", "Externer Inhalt: Um diesen Inhalt zu sehen, stimmen Sie bitte der Datenverarbeitung zu.", "marker"),
    ("head", "Lesedauer: ca. 4 Minuten", "reading-time"),
    ("tail", "Unterstützen Sie meine Arbeit via PayPal oder Steady – schon ab 3 Euro im Monat.", "byline"),
    ("tail", "Erstellt mit Webador", "footer"),
    ("tail", "Schreibe einen Kommentar Antworten abbrechen", "comments"),
    ("tail", "Gefällt mir Wird geladen …", "share"),
    # Italian
    ("body", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ", "marker"),
    ("head", "4 minuti di lettura", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, iscriviti al mio canale Telegram @quadernidiada", "byline"),
    ("tail", "Blog su WordPress.com.", "footer"),
    ("tail", "3 pensieri su “Il forno che non c'è più”", "comments"),
    ("tail", "Le foto sono dell'autore, vietata la riproduzione senza consenso.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "4 min czytania", "reading-time"),
    ("tail", "Patronite: wesprzyj mój blog już od 5 zł miesięcznie", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Projekt i wykonanie: Studio Gromiec", "footer"),
    ("tail", "Odpowiedz · Zgłoś do moderacji", "comments"),
    ("tail", "Poleć znajomym: Facebook, X, e-mail", "share"),
    # Russian
    ("head", "erid: 2Vtzq0000000", "marker"),
    ("head", "⏱ 4 минуты на чтение", "reading-time"),
    ("tail", "Поддержать автора можно через Boosty", "byline"),
    ("tail", "Сайт работает на 1С-Битрикс", "footer"),
    ("tail", "Показать ещё 5 ответов", "comments"),
    ("tail", "Поделиться в ВК · ОК · Telegram", "share"),
]

HELD_OUT_67_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Source code for the bus timetable app was published by the council on Tuesday."),
    ("body", "Comments from residents filled three pages of the consultation report."),
    ("body", "Visit counts at the museum fell by a fifth after the car park closed."),
    ("tail", "Share prices of the regional water company barely moved after the announcement."),
    ("body", "Sponsored by two councillors, the motion passed with one abstention."),
    ("tail", "Related costs, such as lighting and cleaning, were left out of the estimate."),
    ("body", "Follow-up inspections found the same cracks in two of the three classrooms."),
    # French
    ("body", "Partager la route avec les tracteurs reste difficile, reconnaît le maire."),
    ("tail", "Commentaires et questions des habitants seront lus en séance publique."),
    ("body", "Abonnés au gaz depuis trente ans, les habitants du quartier ont reçu la lettre sans prévenir."),
    # German
    ("body", "Teilen wollen die Nachbarn den Garten weiterhin, nur nicht mehr mit dem Verein."),
    ("tail", "Kommentare im Gemeinderat fielen deutlich schärfer aus als erwartet."),
    ("head", "Anzeigen wegen Ruhestörung gingen im Sommer um ein Drittel zurück."),
    # Italian
    ("body", "Condividere l'auto per andare al lavoro è ormai un'abitudine per trenta famiglie."),
    ("tail", "Commenti dei residenti sono arrivati anche per posta, scritti a mano."),
    ("body", "Fonte principale delle entrate resta la tassa sui rifiuti, spiega l'assessore."),
    # Polish
    ("body", "Udostępnienie boiska szkolnego mieszkańcom ma ruszyć od maja."),
    ("tail", "Źródło problemu leży w starej kanalizacji, twierdzą radni."),
    # Russian
    ("body", "Поделиться опытом с соседями приехали фермеры из трёх районов."),
    ("tail", "Источник загрязнения, по данным лаборатории, находится выше по течению."),
]


HELD_OUT_67_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-gritting": _page("en", "en-portal-gritting", [
        ["-Tollerbrook Today",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Sign in  Register",
         "-Wednesday 3 December · 2°C, icy in places",
         "-Home › News › Transport",
         "-Advertisement"],
        ["+Council cuts winter gritting routes by a third to save £180,000"],
        ["-By Hannah Ruddle, Local Democracy Reporter",
         "-Published 08:12, 3 December 2026 | Updated 09:40"],
        ["+Drivers on dozens of side roads around Tollerbrook will no longer see a gritter this winter after the "
         "county council approved a reduced salting network on Tuesday evening."],
        ["-Get the day's top stories in your inbox – sign up to our free Morning Briefing",
         "-READ MORE: Bin collection days change over Christmas – full list"],
        ["+“We have had to choose between gritting every cul-de-sac and keeping the main bus routes safe, and we "
         "chose the buses,” said the cabinet member for highways, Derek Almond."],
        ["+What changes this winter"],
        ["+Priority routes gritted: 412 miles, down from 618",
         "+Grit bins refilled: 240 of 310",
         "+Gritters on standby each night: 9",
         "+Farmers on call for snow ploughing: 14"],
        ["-Sponsored: Winter tyres fitted from £59 at Tullo Tyres, Mill Lane",
         "-Got a story? Email newsdesk@tollerbrooktoday.example or WhatsApp us on 00000 000000"],
        ["+Residents can still ask for a grit bin on their street, but the council says it will only add new bins "
         "where a road is steeper than one in ten."],
        ["+Opposition councillors said the saving was small next to the cost of a single serious crash and called "
         "for the decision to be reviewed in spring."],
        ["-Topics: Tollerbrook County Council, Roads, Weather",
         "-Most read",
         "-Pensioner's garden gnome collection stolen for the third time",
         "-Five new restaurants opening before Christmas",
         "-Comments are powered by OpenWeb. Read our community guidelines.",
         "-Download the Tollerbrook Today app for iOS and Android",
         "-© 2026 Tollerbrook Today, part of Northvale Media Group. Registered in England No. 00000000.",
         "-We use cookies to personalise content and ads. Manage preferences"],
    ]),
    "en-column-tills": _page("en", "en-column-tills", [
        ["-The Culvercombe Gazette",
         "-Subscribe from £1 a week",
         "-News  Opinion  Farming  Sport  Obituaries  Puzzles",
         "-Opinion",
         "-Columnists › Mavis Penrose",
         "-ADVERTISEMENT"],
        ["+I don't want to be my own cashier, thank you"],
        ["-Mavis Penrose",
         "-Friday 28 November 2026, 6:00 am · 23 comments"],
        ["+The supermarket on Fore Street has taken out four of its six staffed tills over the summer and replaced "
         "them with eight machines that tell me off in a calm voice."],
        ["-Mavis Penrose's column appears every Friday",
         "-Advert: Culvercombe Carpet Warehouse – closing-down sale, everything must go"],
        ["+When I asked the one cashier left why, she shrugged and said: “They tell us it's what customers want, "
         "but nobody asked the customers.”"],
        ["+What a staffed till gives you"],
        ["+A second pair of eyes on the price",
         "+Help with the heavy bags",
         "+A chat, which for some of us is the only one that day"],
        ["-Advert: Fore Street Butchers – order your Christmas turkey now",
         "-Read more: Why our high street needs a public bench"],
        ["+I am not against machines, and I use the one at the bank without complaint. But a shop is also a "
         "meeting place, and a town loses something when its tills go quiet."],
        ["+If the store wants to keep its older customers, it could open one staffed till at all times and say so "
         "on the door."],
        ["+Until then, I shall queue, and I shall say good morning to whoever is at the end of it."],
        ["-More from Mavis Penrose",
         "-Join the discussion",
         "-Sort by: Oldest",
         "-Tamsin_Q · 28 November 2026",
         "-Same at our branch. The machine kept saying unexpected item in the bagging area when the only item "
         "was my handbag.",
         "-Reply · Report",
         "-Letters to the editor: letters@culvercombegazette.example",
         "-© Culvercombe Gazette Ltd 2026. All rights reserved. Privacy | Terms | Cookie settings"],
    ]),
    "fr-portail-distributeur": _page("fr", "fr-portail-distributeur", [
        ["-Montgivrel Infos",
         "-Actualités · Faits divers · Sports · Agenda · Nécrologie",
         "-Se connecter",
         "-Météo : 6 °C, averses",
         "-Accueil > Vie locale > Commerce",
         "-Publicité"],
        ["+Sans boulangerie depuis deux ans, le village de Montgivrel s'offre un distributeur de baguettes"],
        ["-Par Céline Vautrin",
         "-Publié le 02/12/2026 à 07h15, mis à jour à 10h02"],
        ["+Depuis la fermeture de la boulangerie de la place de l'Église en 2024, les habitants de Montgivrel "
         "devaient faire douze kilomètres pour acheter du pain."],
        ["-À lire aussi : Le marché de Noël revient sur la place du Champ-de-Foire",
         "-Recevez l'essentiel de l'actualité locale chaque matin : inscrivez-vous à notre newsletter"],
        ["+« Ce n'est pas une vraie boulangerie, mais c'est du pain chaud à toute heure, et ça fait revenir du "
         "monde sur la place », se réjouit la maire, Odile Chaumard."],
        ["+Le distributeur en chiffres"],
        ["+Capacité : 120 baguettes par jour",
         "+Prix de la baguette : 1,20 €",
         "+Coût de la machine : 18 000 €, dont 9 000 € de subvention",
         "+Réapprovisionnement : deux fois par jour"],
        ["-Contenu sponsorisé – Isolation des combles : vérifiez votre éligibilité aux aides",
         "-Suivez Montgivrel Infos sur Facebook et Instagram"],
        ["+Le pain est fourni par un artisan de la commune voisine, qui vient remplir la machine avant 7 heures et "
         "en fin d'après-midi."],
        ["+La municipalité espère toujours attirer un boulanger et garde le local de l'ancienne boutique à "
         "disposition, avec un loyer réduit la première année."],
        ["-Mots-clés : Montgivrel, commerce, ruralité",
         "-Les plus lus",
         "-Accident sur la départementale : la route fermée jusqu'à midi",
         "-Loto des pompiers : les résultats",
         "-Téléchargez l'application Montgivrel Infos",
         "-Mentions légales | Politique de confidentialité | Gérer mes cookies",
         "-Montgivrel Infos est édité par SAS Presse du Val, RCS 000 000 000.",
         "-© 2026 Montgivrel Infos – Tous droits réservés"],
    ]),
    "fr-blog-poules": _page("fr", "fr-blog-poules", [
        ["-Le Jardin de Vauchenay",
         "-Carnet d'un potager sans prétention",
         "-Accueil  Potager  Poulailler  Recettes  À propos  Contact",
         "-Rechercher…",
         "-Catégorie : Poulailler",
         "-Publié le 30 novembre 2026 par Martine"],
        ["+Trois poules, deux ans après : ce que personne ne m'avait dit"],
        ["-12 commentaires",
         "-Temps de lecture : 5 minutes"],
        ["+Quand nous avons installé le poulailler au fond du jardin, à Vauchenay, je pensais surtout aux œufs et "
         "aux épluchures qui ne finiraient plus à la poubelle."],
        ["-Cet article contient des liens affiliés vers des boutiques de jardinage.",
         "-Abonnez-vous au blog par e-mail pour ne rien manquer"],
        ["+Ma voisine, qui élève des poules depuis quarante ans, m'avait prévenue : « Tu verras, ce ne sont pas "
         "des animaux, ce sont des personnages. »"],
        ["+Ce qu'elles nous coûtent vraiment"],
        ["+Graines : 9 € par mois",
         "+Paille : 4 € par mois",
         "+Vétérinaire : 60 € la première année"],
        ["-Vous aimerez aussi : Mon compost en hiver, mode d'emploi",
         "-Mon guide « Des poules au jardin » est en vente dans la boutique du blog, 7 € en PDF"],
        ["+Les œufs ne sont pas gratuits, loin de là, mais les limaces ont presque disparu du potager et les "
         "enfants vont fermer le poulailler chaque soir sans qu'on le leur demande."],
        ["+Le plus dur reste de partir en vacances : il faut trouver un voisin qui accepte de passer matin et soir."],
        ["+Si c'était à refaire, je le referais, mais avec deux poules de plus et un grillage plus haut."],
        ["-Partager : Facebook · Pinterest · E-mail",
         "-12 réflexions au sujet de « Trois poules, deux ans après »",
         "-Jacqueline R. – 1 décembre 2026 à 18 h 42",
         "-Chez nous, c'est le renard qui a décidé pour nous. Fermez bien le soir !",
         "-Répondre",
         "-Laisser un commentaire",
         "-Le Jardin de Vauchenay © 2026 – Thème Kadence",
         "-Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation."],
    ]),
    "de-portal-sirenen": _page("de", "de-portal-sirenen", [
        ["-Kranzenried Aktuell",
         "-Lokales | Polizei | Sport | Kultur | Service",
         "-Anmelden | Abo",
         "-Anzeige",
         "-Startseite > Lokales > Kranzenried",
         "-Eilmeldung: B 000 zwischen Oberkranzen und Unterkranzen gesperrt"],
        ["+Zwölf neue Sirenen: Kranzenried heult am Samstag zur Probe"],
        ["-Von Jörg Hellmiß",
         "-03.12.2026, 06:30 Uhr · Aktualisiert 08:15 Uhr"],
        ["+Nach mehr als zwanzig Jahren ohne funktionierende Warnsirenen hat die Gemeinde Kranzenried zwölf neue "
         "Anlagen auf Dächern und Masten installieren lassen."],
        ["-Lesen Sie auch: Feuerwehr bekommt neues Löschfahrzeug",
         "-Jetzt den Kanal von Kranzenried Aktuell auf WhatsApp abonnieren"],
        ["+„Die Handy-Warnung erreicht nicht jeden, eine Sirene hört man auch nachts und ohne Akku“, sagt "
         "Bürgermeisterin Renate Quellbach."],
        ["+Die Probe am Samstag"],
        ["+11:00 Uhr: einminütiger Dauerton",
         "+11:05 Uhr: einminütiger Heulton",
         "+11:12 Uhr: erneuter Dauerton zur Entwarnung",
         "+Gleichzeitig: Probewarnung über Cell Broadcast"],
        ["-Anzeige: Rauchmelder-Wartung vom Fachbetrieb – Haustechnik Beiler, Tel. 00000 00000",
         "-Mehr aus Kranzenried"],
        ["+Die Anlagen haben zusammen rund 240.000 Euro gekostet, knapp die Hälfte übernimmt das Land aus seinem "
         "Förderprogramm."],
        ["+Wer am Samstag keine Sirene hört, soll das der Gemeinde melden, damit Lücken im Netz geschlossen "
         "werden können."],
        ["-Schlagworte: Kranzenried, Katastrophenschutz, Feuerwehr",
         "-Meistgelesen",
         "-Neuer Bäcker am Marktplatz eröffnet",
         "-Das könnte Sie auch interessieren",
         "-Kranzenried Aktuell als App: jetzt für iOS und Android",
         "-Impressum | Datenschutz | AGB | Cookie-Einstellungen",
         "-Kranzenried Aktuell ist ein Angebot der Lokalmedien Quellau GmbH, Amtsgericht Quellau HRB 00000",
         "-© 2026 Kranzenried Aktuell. Alle Rechte vorbehalten."],
    ]),
    "de-kolumne-wertstoffhof": _page("de", "de-kolumne-wertstoffhof", [
        ["-Hollbachtaler Wochenblatt",
         "-E-Paper | Abo | Anzeigen aufgeben",
         "-Lokales  Meinung  Vereine  Veranstaltungen",
         "-Meinung",
         "-Kolumne „Zwischen den Zeilen“",
         "-Werbung"],
        ["+Samstags um zwölf schließt der Wertstoffhof – und mit ihm meine Geduld"],
        ["-Eine Kolumne von Bernd Völkering",
         "-29. November 2026 · 7 Kommentare"],
        ["+Seit Oktober hat der Wertstoffhof in Hollbachtal samstags nur noch von acht bis zwölf geöffnet, und die "
         "Schlange der Anhänger reicht inzwischen bis zur Bundesstraße."],
        ["-Werbung: Container-Dienst Faltner – Entrümpelung zum Festpreis",
         "-Alle Kolumnen von Bernd Völkering"],
        ["+Der Mann vor mir, einen Kühlschrank auf dem Hänger, sagte nur: „Wer unter der Woche arbeitet, hat "
         "eben Pech.“"],
        ["+Was ich vorschlage"],
        ["+Samstags bis 16 Uhr öffnen",
         "+Einen Abend pro Woche bis 19 Uhr",
         "+Sperrmüll wieder einmal im Jahr an der Straße abholen"],
        ["-Anzeige: Gartenhäcksler mieten bei Baumarkt Kessler",
         "-Umfrage: Sind die neuen Öffnungszeiten in Ordnung? Jetzt abstimmen"],
        ["+Die Gemeinde sagt, es fehle an Personal. Das glaube ich sofort, aber dann muss man offen darüber "
         "reden, statt die Zeiten still zu kürzen."],
        ["+Denn wer keinen Platz findet, stellt den alten Sessel am Ende doch in den Wald, und das kostet alle "
         "mehr."],
        ["+Bis dahin stehe ich samstags um halb acht am Tor, mit Thermoskanne."],
        ["-Ihre Meinung ist gefragt: leserbriefe@hollbachtaler-wochenblatt.example",
         "-Kommentare (7)",
         "-Gerd_K. schrieb am 29.11.2026 um 14:20:",
         "-Genau so ist es. Letzten Samstag wurde um zwölf einfach das Tor zugemacht, zehn Autos standen noch "
         "draußen.",
         "-Antworten | Melden",
         "-Diese Kolumne gibt die Meinung des Autors wieder.",
         "-Hollbachtaler Wochenblatt · Impressum · Datenschutz",
         "-© 2026 Wochenblatt Verlag Hollbachtal GmbH"],
    ]),
    "it-portale-fontana": _page("it", "it-portale-fontana", [
        ["-ValdeganaOggi",
         "-Cronaca · Politica · Sport · Eventi · Necrologi",
         "-Accedi | Abbonati",
         "-Pubblicità",
         "-Home / Cronaca / Valdegana",
         "-Ultim'ora: chiusa per lavori la provinciale 00 fino a venerdì"],
        ["+Torna a zampillare la fontana dei Leoni dopo quarant'anni"],
        ["-di Marta Scarpellini",
         "-2 dicembre 2026 ore 11:20"],
        ["+Dopo quarant'anni di silenzio e otto mesi di cantiere, la fontana dei Leoni in piazza del Mercato a "
         "Valdegana è tornata a funzionare sabato pomeriggio, davanti a qualche centinaio di persone."],
        ["-Leggi anche: Mercatini di Natale, ecco il programma",
         "-Iscriviti al canale WhatsApp di ValdeganaOggi"],
        ["+«Mia nonna veniva qui a prendere l'acqua, e oggi ci sono venuta con mia nipote», ha raccontato "
         "commossa Lina Ferrucci, 81 anni."],
        ["+Il restauro in cifre"],
        ["+Costo: 186.000 euro",
         "+Leoni in pietra restaurati: 4",
         "+Tubature nuove: 120 metri",
         "+Durata del cantiere: 8 mesi"],
        ["-Pubblicità – Serramenti Gualtieri, preventivi gratuiti, tel. 0000 000000",
         "-Hai una segnalazione? Scrivi a redazione@valdeganaoggi.example"],
        ["+L'acqua, ha spiegato il Comune, non è potabile: l'impianto funziona a ricircolo e sarà spento nei "
         "mesi più freddi per evitare il gelo."],
        ["+Un cartello con la storia della fontana e le foto d'epoca sarà collocato in primavera, grazie alla "
         "raccolta fondi della pro loco."],
        ["-Tag: Valdegana, restauro, fontana dei Leoni",
         "-I più letti",
         "-Incidente sulla provinciale, ferito un motociclista",
         "-Scarica l'app di ValdeganaOggi",
         "-Seguici su Facebook e Instagram",
         "-ValdeganaOggi – testata registrata presso il Tribunale, n. 00/2000. P.IVA 00000000000",
         "-Privacy policy | Cookie policy | Contatti",
         "-© 2026 ValdeganaOggi. Tutti i diritti riservati."],
    ]),
    "it-blog-fisarmonica": _page("it", "it-blog-fisarmonica", [
        ["-Note a Margine",
         "-il blog di Paola, tra musica e ritorni",
         "-Home | Chi sono | Musica | Viaggi | Contatti",
         "-Cerca nel blog",
         "-Categoria: Musica",
         "-venerdì 28 novembre 2026"],
        ["+Ho cominciato a suonare la fisarmonica a cinquant'anni"],
        ["-Pubblicato da Paola Venturini",
         "-Etichette: musica, fisarmonica, cinquant'anni"],
        ["+L'anno scorso, per il mio cinquantesimo compleanno, mi sono regalata una fisarmonica usata trovata in "
         "un annuncio, con due bottoni che non suonano e una cinghia rattoppata."],
        ["-Questo post contiene link di affiliazione.",
         "-Iscriviti alla newsletter del blog: un post al mese, niente spam"],
        ["+Il mio maestro, alla prima lezione, mi ha detto: «Non pensare alle dita, pensa al mantice: è lui che "
         "respira.»"],
        ["+Cosa mi è servito davvero"],
        ["+Una lezione a settimana",
         "+Venti minuti al giorno, anche quando non ne ho voglia",
         "+Un gruppo di amici che non ride troppo"],
        ["-Ti potrebbe interessare anche: Il mio primo concerto in piazza",
         "-Segui Note a Margine su Instagram"],
        ["+Non suonerò mai come chi ha cominciato da bambino, e ho smesso di volerlo."],
        ["+Ma il mercoledì sera, quando il gruppo si ritrova nella sala della parrocchia, per due ore non penso a "
         "nient'altro."],
        ["+Se anche voi avete un'età tonda in arrivo, il mio consiglio è uno solo: comprate lo strumento, il "
         "tempo lo troverete."],
        ["-Condividi: WhatsApp · Facebook · Email",
         "-5 commenti:",
         "-Gabriella M. 29 novembre 2026 alle ore 09:14",
         "-Io ho ripreso il pianoforte a sessant'anni, hai tutta la mia solidarietà!",
         "-Rispondi",
         "-Posta un commento",
         "-Post più recente Post più vecchio Home",
         "-© Note a Margine 2026. Tema Semplice."],
    ]),
    "pl-portal-apteki": _page("pl", "pl-portal-apteki", [
        ["-Nasza Wrzosnica",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Nekrologi",
         "-Zaloguj się",
         "-REKLAMA",
         "-Strona główna » Wiadomości » Zdrowie",
         "-Pogoda: 3°C, zachmurzenie"],
        ["+Nocą bez apteki. Od stycznia dyżury tylko w jednym punkcie w powiecie"],
        ["-Autor: Agnieszka Kulesza",
         "-Opublikowano: 2 grudnia 2026, 10:45"],
        ["+Od 1 stycznia mieszkańcy Wrzosnicy, którzy w nocy będą potrzebować leków, będą musieli jechać do "
         "apteki w sąsiednim mieście, oddalonej o 27 kilometrów."],
        ["-Czytaj także: Nowy rozkład autobusów od grudnia",
         "-Zapisz się do naszego newslettera i bądź na bieżąco"],
        ["+– Nie da się utrzymać farmaceuty w nocy, gdy przychodzą dwie, trzy osoby – tłumaczy właścicielka "
         "jednej z aptek, Danuta Rogalska."],
        ["+Gdzie szukać pomocy w nocy"],
        ["+Apteka dyżurna: ul. Kościelna 0, czynna całą dobę",
         "+Nocna pomoc lekarska: tel. 000 000 000",
         "+Numer alarmowy: 112"],
        ["-Materiał partnera: Okna i drzwi PCV z montażem, Fabryka Okien Sadowski",
         "-Obserwuj nas w Google News"],
        ["+Starostwo zapowiada, że wróci do sprawy wiosną, jeśli aptekarze zgłoszą chęć dzielenia się "
         "dyżurami."],
        ["+Do tego czasu radni proponują, by w ośrodku zdrowia udostępnić szafkę z najpotrzebniejszymi lekami "
         "bez recepty."],
        ["+Mieszkańcy mogą składać uwagi do rozkładu dyżurów w urzędzie do 20 grudnia."],
        ["-Tagi: Wrzosnica, apteki, zdrowie",
         "-Najczęściej czytane",
         "-Wypadek na drodze krajowej nr 00. Jedna osoba ranna",
         "-Komentarze (4)",
         "-Zobacz wszystkie komentarze",
         "-Pobierz aplikację Nasza Wrzosnica",
         "-Wydawca: Media Wrzos sp. z o.o., KRS 0000000000",
         "-Ta strona używa plików cookie. Więcej w Polityce prywatności."],
    ]),
    "pl-felieton-fajerwerki": _page("pl", "pl-felieton-fajerwerki", [
        ["-Głos Głuszynka",
         "-Prenumerata | E-wydanie",
         "-Kraj  Region  Opinie  Sport  Kultura",
         "-Opinie",
         "-Felieton",
         "-REKLAMA"],
        ["+Sylwester bez petard? Psy, konie i ja jesteśmy za"],
        ["-Jan Wilczak",
         "-1 grudnia 2026 · 18 komentarzy"],
        ["+Co roku w Głuszynku strzelanie zaczyna się dwa tygodnie przed Sylwestrem i kończy dopiero w połowie "
         "stycznia, zwykle o trzeciej w nocy."],
        ["-Więcej felietonów Jana Wilczaka",
         "-Reklama: Hotel dla psów Azyl – wolne miejsca na Sylwestra"],
        ["+Sąsiadka, która od lat prowadzi stajnię za rzeką, powiedziała mi wprost: „W tę noc nie śpię, tylko "
         "stoję przy koniach”."],
        ["+Co proponuję zamiast"],
        ["+Jeden pokaz świetlny na rynku",
         "+Zakaz sprzedaży petard w gminie",
         "+Cisza nocna od pierwszej",
         "+Kampania w szkołach"],
        ["-Czytaj też: Radni o nocnej ciszy w gminie",
         "-Dołącz do nas na Facebooku"],
        ["+Wiem, że dla wielu to tradycja. Ale tradycją było też palenie śmieci w piecu, i jakoś przestaliśmy."],
        ["+Radni mają się zająć wnioskiem w styczniu. Proszę ich tylko, żeby głosowali po tej nocy, a nie przed "
         "nią."],
        ["-Komentarze",
         "-Sortuj: najnowsze",
         "-marta_k · 1 grudnia 2026, 19:02",
         "-Mój pies co roku chowa się w wannie. Popieram w stu procentach.",
         "-Odpowiedz (2)",
         "-Pokaż więcej komentarzy",
         "-Felieton wyraża poglądy autora, nie redakcji.",
         "-© Głos Głuszynka 2026. Wszelkie prawa zastrzeżone."],
    ]),
    "ru-portal-otoplenie": _page("ru", "ru-portal-otoplenie", [
        ["-Верхнеключинский вестник",
         "-Новости | Общество | ЖКХ | Происшествия | Афиша",
         "-Войти",
         "-Реклама",
         "-Главная / ЖКХ",
         "-Погода: −4 °C, снег"],
        ["+Батареи холодные: в Заречном микрорайоне отопление дадут только к 10 декабря"],
        ["-Ирина Самохвалова",
         "-2 декабря 2026, 09:30"],
        ["+Жители двенадцати домов Заречного микрорайона Верхнеключинска уже третью неделю сидят без отопления: "
         "на теплотрассе под улицей Садовой нашли сразу два порыва."],
        ["-Читайте также: Снегоуборочная техника вышла на улицы города",
         "-Подписывайтесь на наш Telegram-канал"],
        ["+«Мы спим в куртках, ребёнок ходит в садик с насморком, а нам только обещают», — рассказала жительница "
         "дома на Садовой Ольга Прошина."],
        ["+Что известно на сегодня"],
        ["+Домов без отопления: 12",
         "+Жителей: около 1400",
         "+Метров трубы заменят: 180",
         "+Срок окончания работ: 10 декабря"],
        ["-Обогреватели и тепловые пушки со скидкой — магазин «Теплоград», тел. 0-000-000-00-00",
         "-Сообщить новость: пишите в нашу группу ВКонтакте"],
        ["+В администрации посоветовали жителям не включать мощные обогреватели одновременно, чтобы не "
         "перегрузить сеть."],
        ["+Перерасчёт за отопление за ноябрь, пообещали в управляющей компании, будет сделан автоматически."],
        ["-Теги: Верхнеключинск, ЖКХ, отопление",
         "-Самое читаемое",
         "-В центре города открылся новый каток",
         "-Комментарии (9)",
         "-Свидетельство о регистрации СМИ Эл № ФС00-00000",
         "-Использование материалов разрешено только с активной ссылкой на источник.",
         "-Сайт использует файлы cookie.",
         "-© 2026 Верхнеключинский вестник. 16+"],
    ]),
    "ru-blog-shvejnaya": _page("ru", "ru-blog-shvejnaya", [
        ["-Нитки и время",
         "-блог о шитье, ремонте и старых вещах",
         "-Главная · Мастер-классы · Выкройки · Обо мне",
         "-Поиск по блогу",
         "-Рубрика: Старые вещи",
         "-29 ноября 2026"],
        ["+Бабушкина «Подольская»: как я вернула её к жизни"],
        ["-Автор: Наталья Белкина",
         "-Просмотров: 1 204"],
        ["+Швейная машинка моей бабушки простояла в кладовке в Сосновоозёрске почти тридцать лет, пока мама не "
         "привезла её мне вместе с коробкой пуговиц."],
        ["-Подписаться на обновления блога по почте",
         "-Мой курс «Шьём без страха» стартует в январе — запись открыта"],
        ["+Мастер, который её посмотрел, только покачал головой: «Таких сейчас не делают, её ещё ваши внуки "
         "будут крутить»."],
        ["+Что пришлось заменить"],
        ["+Приводной ремень",
         "+Шпульный колпачок",
         "+Две иглы и пружину натяжителя"],
        ["-Вам может понравиться: Как я перешила папино пальто",
         "-Ставьте лайк, если тоже храните старые вещи"],
        ["+Теперь машинка стоит у окна, и я шью на ней всё простое: шторы, наволочки, сумки для покупок."],
        ["+Она громкая и медленная, зато ни разу не порвала нитку."],
        ["+Иногда мне кажется, что бабушка просто оставила её мне на время."],
        ["-Поделиться ссылкой",
         "-3 комментария",
         "-Галина, 30 ноября 2026 в 12:07",
         "-У меня такая же стоит, тоже от бабушки! Спасибо за список деталей.",
         "-Ответить",
         "-Оставить комментарий",
         "-© Нитки и время, 2026. Копирование текстов без разрешения запрещено.",
         "-Работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'fr-blog-poules':
        "the hen-keeping blog post keeps its my-guide-in-the-blog-shop line after the list rows (1 of 20 noise lines)",
    'de-portal-sirenen':
        "the regional portal's sirens story keeps its WhatsApp-channel prompt between the paragraphs and its more-from-Kranzenried link after the list rows (2 of 20 noise lines; its smoke-alarm-firm ad goes since round 66)",
    'ru-portal-otoplenie':
        "the regional portal's heating story keeps its heater-shop ad and its send-us-news-on-VK prompt after the list rows (2 of 20 noise lines)",
}


test_held_out_67_line, test_held_out_67_line_is_kept, test_held_out_67_page = held_out_tests(
    HELD_OUT_67_LINES, HELD_OUT_67_KEEP, HELD_OUT_67_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
