"""Held-out set 105: written blind, weighted toward the noise the cleaner exists for, in shapes set 104's docstring does
not name (nor the first paragraphs of sets 101, 102 and 103): scraper, embed and ad markers (an English photo-gallery
link "Open this photo in gallery:", the HTML audio fallback "Your browser does not support the audio element.", a
Flourish chart residue "A Flourish data visualization", a French Dailymotion consent placeholder "Cette vidéo est
hébergée par Dailymotion. Activez les cookies pour la lire.", a German Podigee consent placeholder "Inhalte von Podigee
werden erst nach Ihrer Zustimmung geladen.", an Italian YouTube consent placeholder "Il contenuto di YouTube non è
disponibile senza il consenso ai cookie di profilazione.", a Polish YouTube consent placeholder "Materiał wideo dostępny
po wyrażeniu zgody na pliki cookies serwisu YouTube." and a Russian player-loading line "Загрузка плеера VK Видео…");
reading-time headers in new wordings (the English "🕑 A 6-minute read" and a blog's "Grab a cuppa – this post is a long
one (about 2,500 words, or ten minutes of your evening).", the French "Temps de lecture estimé : un petit quart
d'heure", the German "Lesedauer: knapp zehn Minuten", the Italian "Ci vogliono circa 6 minuti per leggere questo post",
the Polish "Czas lektury: ok. 6 min" and the Russian "Время прочтения: 7 минут"); bylines and self-promotion (an English
correspondent byline "By our health correspondent, Lettice Pruddock", an English Substack plug "I also write a
fortnightly Substack about bread science – the link is in the sidebar.", an English reporter's Threads plug "Follow
Lettice on Threads for more health news from the valley.", a French newsletter plug "Je publie chaque dimanche une
recette dans ma newsletter Substack, abonnez-vous !", a German editor byline "Von unserer Redakteurin Hiltrud
Quendelmeyer", an Italian Threads plug "Mi trovi anche su Threads, dove racconto il dietro le quinte delle mie
nuotate.", a Polish prepared-by credit "Z pomocą redakcji opracowała Halina Gąsiorkiewicz-Lis" and a Russian VK-group
plug "Заходите в мою группу ВКонтакте — там фото каждой новой пиццы."); blog and site footers (an English made-with line
"Made with ♥ and far too much flour in a tiny rented kitchen.", a WordPress theme credit "Theme: Twenty Twenty-Four by
the WordPress team.", an English press-regulation line "The Quillingstow Herald adheres to the Editors' Code of Practice
and is regulated by IPSO.", a French site-design credit "Conception et réalisation du site : une petite agence web de la
vallée · Plan du site", a German association-membership line "Mitglied im Bundesverband Digitalpublisher und
Zeitungsverleger (BDZV)", an Italian court-registration line "Testata registrata presso il Tribunale di Borgofratta, n.
00 del 2011", a Polish association-membership line "Członek Stowarzyszenia Gazet Lokalnych" and a Russian CMS line "Сайт
работает на «1С-Битрикс: Управление сайтом»"); reader-comment furniture (an English count row "Showing 3 of 3 comments",
an English report link "Report this comment to the moderators", an English reply-order line "Reader replies are shown
oldest first.", a French hidden-comment line "Ce commentaire a été masqué car il a reçu trop de signalements.", a German
helpful-comment label "Dieser Kommentar wurde von der Community als hilfreich markiert.", an Italian flagged-comment
line "Questo commento è stato segnalato ed è in attesa di revisione.", a Polish moderation line "Komentarze są
moderowane po publikacji. Nieodpowiednie wpisy zgłaszaj przyciskiem obok." and a Russian guest-moderation line "Гостевые
комментарии появятся после проверки модератором."); share rows (an English Messenger, Threads, LinkedIn and copy-URL
row, a French Threads, Messenger and copy-link row and an Italian LinkedIn, Messenger, Threads and copy-link row); and
notices (a German last-revised note "Hinweis: Dieser Beitrag wurde zuletzt im Januar überarbeitet; einige Preise können
sich geändert haben.", a Polish not-medical-advice note "Artykuł ma charakter informacyjny i nie zastępuje porady
lekarskiej." and a Russian not-medical-advice note "Информация носит справочный характер и не является медицинской
рекомендацией."); and toward whole scraped news and hobby-blog pages in layouts set 104's docstring does not describe
(noise between the two last paragraphs on eleven pages, where set 104 had none; an ad or sponsored label in its own
block between the subheading and the first list row on three pages; noise in the block of list rows between two rows on
seven; a jump-to-recipe, partner-offer, save or read-also line between the paragraph with the quote and the subheading
on four; a safety warning or an advertising disclosure under the title on two; a table of contents of a heading and
three entries under the title on seven; ten noise lines under the title on two; fewer at the foot: five to eight lines,
with replies to replies on nine pages and a most-read link or a previous-post link after the thread on six), taken from
health and social services and from blogs about sourdough pizza, birding by bike, tabletop miniatures and cold-water
swimming (a regional portal's story on a hospital car park's charges rising, with a comment, the paper's reply and the
commenter's reply to that, a pizza blog's post on a 48-hour sourdough pizza, with a comment and the author's reply, a
regional portal's story on a food bank's winter appeal, with a comment, another reader's reply and the commenter's reply
to that, a birding blog's post on three days by bike along an estuary, with a comment, the blog's reply and the
commenter's reply to that, a regional portal's story on a new GP surgery in an old station, with a comment, the paper's
reply and another comment, a miniatures blog's post on painting twenty orcs in a weekend, with a comment, the author's
reply and the commenter's reply to that, a regional portal's story on a youth centre closing, with a comment, the
paper's reply and the commenter's reply to that, a cold-water blog's post on a first December swim in a lake, with a
comment, the author's reply and the commenter's reply to that, a regional portal's story on a flu vaccination drive in
schools, with a comment and the paper's reply, a cold-water blog's post on a first season of winter swimming, with a
comment, the author's reply and the commenter's reply to that, a regional portal's story on a carers' café in a library,
with a comment, the paper's reply and the commenter's reply to that, and a pizza blog's post on a third try at sourdough
pizza in a home oven, with a comment, the blog's reply and the commenter's reply to that).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 104), held-out set 106 (written at the same time by another helper; none of its paths was opened),
docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/ folder's files
and did not run ``git worktree list``. Read were: the docstring of held-out set 104 up to its first round paragraph, its
imports and its tail from the ``_LINE_XFAIL`` assignment on (the xfail tables with their reasons and the line binding
the set's three tests), and the first paragraphs of the docstrings of sets 101, 102 and 103, printed with one ast script
(/tmp/s105scratch/read104.py: ``ast.get_docstring`` split into paragraphs at blank lines and cut before the first
paragraph starting "Still held out after" or "Round ", the import nodes' source segments, the file from the line of the
``_LINE_XFAIL`` annotated assignment, found with ``ast``, to the end, and the first paragraph of each of the three other
docstrings); tests/held_out_sets.py (in full, with ``cat``), which holds ``_page`` (imported as ``page``) and the three
tests; the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
104's, taken by a script (/tmp/s105scratch/gen.py) from the ``_LINE_XFAIL`` node's line on, with its xfail tables
emptied (the three annotated assignments found with ``ast``) and 104 -> 105, then refilled after the measurement by the
same script from /tmp/s105scratch/tables105.py. The imports are set 104's, taken by the same script from their nodes
(with a blank line added after the ``__future__`` import). Nothing else was copied from any file of the repository. The
set was measured once against a frozen cleaner (worktree /tmp/wt-s105, detached at commit
8a612eec6e0d6cbf6787d9772b75ae469fef312f, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 104's file (and the first paragraphs
of sets 101, 102 and 103) was only printed through the ast script above, run once with its output sent to a scratch file
(/tmp/s105scratch/out104.txt, 620 lines) that I paged through with ``sed`` (lines 1 to 200 and 200 to 620, whose middle
the tool's output limit cut, so I saw set 101's first paragraph only in part, from ``sed`` of lines 443 to 470 cut at
240 columns, and set 102's only at its end), with ``grep -n`` for the section marks my script printed, and with ``sed``,
``head`` and ``tail`` of the imports and of the tail's first 30 and last 8 lines; nothing else was printed from it. The
docstring cut held (the printed docstring ended with set 104's Baseline paragraph). That allowed text itself names set
104's scratch paths and its frozen commit (f034cabe17733e49c536d5d694f50ea2c50d3da1); set 104's xfail reasons and
Baseline quote its missed lines and left page lines; I saw these only as that text. The report script's docstring names
a cleaning table in docs/cleaning.md, which I did not open. The generating script, which read set 104's file to take its
imports and its tail, printed nothing but a line count; I printed the first 20 lines of the file it wrote (this
docstring's placeholder, the imports and the start of the English lines) and its last 12 lines (the end of the last
page, the empty tables and the test binding), and an ``awk`` check of long lines (which counts bytes) printed a few of
its own list and page lines. At my first step ``git status --short`` in /work/main printed nothing (a clean working
tree) and ``git rev-parse HEAD`` printed 8a612eec6e0d6cbf6787d9772b75ae469fef312f. (2) The worktrees were made with
``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round the
frozen commit is. To see that the worktrees existed I ran ``ls`` on /tmp/wt-s105 and /tmp/wt-set105 (and ``git branch
--list set105`` in /work/main), which printed the top-level names of the checkouts (README.md, benchmarks, configs,
docs, pyproject.toml, scripts, src, tests) and the branch name; no file's contents. ``git status --short`` in
/tmp/wt-set105, run once before the measurement, printed only this (then untracked) file. The branch set105 was made
from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (40 passed, 37
xfailed), which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s105scratch/helpers.py, run with SPINSCOPE_DATA=/work/shared/data), which imports the cleaner's modules; nothing
was run through the cleaner then and none of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt',
'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-ins were
written by a small script (/tmp/s105scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to a stand-in noisy_corpus module, with a stand-in
held_out_sets module whose ``page`` builds the case with that copy and whose ``held_out_tests`` returns three
placeholders. (4) The lists were written as data in scratch files (/tmp/s105scratch/lists105.py and pages105.py) and put
together with the tail into this file by /tmp/s105scratch/gen.py, which splits long string literals to fit 120 columns.
Before the measurement a short loop printed the article and noise counts of every page: at the first try every page had
10 article lines but only 15 to 19 noise lines, so I added noise lines (feet, categories, menus, a reading-time row,
replies) with a small script (/tmp/s105scratch/patch.py) until each had 20. Then the file was executed from a scratch
folder (/tmp/s105scratch/stand) with those stand-ins (no case was run through the cleaner) by /tmp/s105scratch/check.py,
which counted the lines by category, by language (from the ``# English`` ... comments), by language and category and by
place, the keep lines by language and by place, the pages by language and checked that every page has 10 article and 20
noise lines, that no page article line repeats on its page and no page noise line does (case-insensitively), that no
page noise line is a substring of an article line of its page or overlaps (equals, contains or is contained in) a line
of ``HELD_OUT_105_LINES`` or ``HELD_OUT_105_KEEP``, case-insensitively, that no page article line overlaps one of those
lines, that no held-out noise or keep line overlaps another, that no line is longer than 120 columns and that the file
holds no e-mail address. Its first run found 14 problems, fixed by /tmp/s105scratch/patch2.py: the car-park story's
paper was the Quillingstow Herald, inside the English press-regulation footer (it became the Quillingstow Echo on the
page); its ad label "Advertisement", the Italian youth-centre story's "Pubblicità", the GP-surgery story's "Teilen" and
the carers'-café story's "Реклама" were inside keep lines (they became "Sponsored", "Sponsorizzato", "Weitersagen" and
"Партнёрский материал"); table-of-contents entries of the GP-surgery story, the lake-swim post, the winter-swimming post
and the Russian pizza post were inside their article lines (they became numbered entries in other words); the lake-swim
post had "3 commenti" twice (the foot's became "Commenti (3)"); and the winter-swimming post's author name "Ola" was
inside article lines (it became "Aleksandra M."). The second run found nothing. No list changed after that check. As
allowed, some page noise lines hold an article word of their page (place names inside captions and read-also links, the
subheading's words inside the winter-swimming post's table of contents). (5) At the measurement (02:27:31 UTC) this
docstring was a placeholder and the xfail tables were empty; it was written afterwards, with the tables. The measuring
pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The report
script was run as the brief gave it, without SPINSCOPE_DATA. The problems were then read out once with ``_problems`` in
the frozen worktree by a script (/tmp/s105scratch/problems.py, run with SPINSCOPE_DATA=/work/shared/data) that ran it on
every line, keep line and page of this set and printed the problems of the failing ones, to write the xfail reasons; the
places named in the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost.
After the tables and this docstring were written, /tmp/s105scratch/verify.py compared the file's lists, pages and tables
with the scratch data and check.py was run again (no problem found); neither runs the cleaner. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Quillingstow, Pruddock (for Lettice Pruddock),
Crustwhistle, Vaudrimont, Kranichsfelde, Quendelmeyer (for Hiltrud Quendelmeyer), Borgofratta, Żurawinek,
Gąsiorkiewicz-Lis (for Halina Gąsiorkiewicz-Lis) and Брусничногорск had no hits. Dropped after their checks: Wexcombe
(in name lists and sample data), Pstrokońska (a real surname) and Сосногорск (a real town); "Ombrelac" had hits only
inside other words and was not used. Not checked, generic or invented at sight: the Quillingstow Echo, Quillingstow
General, Elm Lane, L'Écho de Vaudrimont, the rue des Tanneurs, the Kranichsfelder Anzeiger, Neustadt, the Oberdorf,
Borgofratta Oggi, via dell'Orto, Gazeta Żurawinecka, ulica Lipowa, Брусничногорская правда, the blog names Jumelles et
Guidon, Pinsel & Plastik, Acqua Gelata, Morsowe Poranki and Дрожжевой дневник, and the people's names (Noah Threadgill,
Ruth, Toby, margo_w, Clémence Auberlin, Gisèle_V, Rémi du quartier, Armelle, Jasper Wollgarten, Elfriede_K, Anna aus dem
Oberdorf, Malte, Trockenpinsel_Tim, Teresa Malvagnini, Papà_Luca, Chiara, Marco_del_lago, Borys Kminkowski, ~Mama Zosi,
Aleksandra M., Wojtek_z_plaży, Вера Копылова, Нина_Петровна, Игорь_К), which are invented, though ordinary names real
people may bear; none is meant as a real person. The court registration number and the VAT number are zero-filled; view
counts, prices and times are made up. There are no e-mail addresses. (7) Some lines name real things, as real pages do
(all from memory): Flourish, Substack, Threads, WordPress and its Twenty Twenty-Four theme, the Editors' Code of
Practice and IPSO, Messenger, LinkedIn, Dailymotion, Podigee, the BDZV, YouTube, the Stowarzyszenie Gazet Lokalnych, VK
Video, VKontakte and 1C-Bitrix; on the pages Naples, Pinterest, Facebook, Bluesky, Mastodon, Steady, Amazon, Instagram,
WhatsApp, Telegram and the 16+ mark of Russian sites. (8) Set 104's docstring names its own shapes and its pages'
layouts (and sets 101 to 103 their shapes in their first paragraphs, which I saw only in part), so some lines may repeat
shapes of sets before 101 or of the development lists that I could not check; in particular the HTML audio fallback, the
WordPress theme credit, the IPSO line and the consent placeholders are common enough that an earlier set may hold them.
Close to shapes sets 101 to 104 named: the Dailymotion, Podigee and YouTube consent placeholders are near the
consent-wall and external-content placeholders; the Flourish residue is near the Datawrapper chart credit; the
player-loading line is near the Polish player-loading line; the reading-time rows are reading-time rows in other words;
the Substack, Threads, newsletter and VK plugs are plugs like the Ko-fi, Twitch, Flickr and Dzen ones; the correspondent
byline and the prepared-by credit are bylines near the desk and prepared-by credits; the theme, made-with, site-design
and CMS lines are footers near the Hugo and Jekyll credits; the membership, court-registration and press-regulation
lines are near the news-network membership and ROC lines; the comment lines are comment furniture near the
helpful-count, sort, load-more and removed-by-moderator lines; the share rows are share rows on other platforms; the
last-revised and not-medical-advice notes are notices near the correction and not-an-offer notes. Page chrome repeats
kinds of line set 104's docstring names among its noise (photo captions, ad and sponsored labels, read-also, most-read,
related and more-from links, newsletter, Pinterest, Instagram, WhatsApp and Telegram prompts, tables of contents,
affiliate and partner lines, listen, save and print links, donation and coffee prompts), as real pages carry them. (9)
My first step's clock reading was 2026-12-05 02:23:37 UTC; the measurement ran at 02:27:31 UTC. (10) After committing,
``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Advertisement boards", "Share of patients", "Comments from
parents", "Reading the appeal letter", "Follow-up appointments", "Powered by volunteers", "Report a problem", "Partager
un repas", "Lire les résultats", "Abonnés ou non", "Anzeige erstattet", "Kommentare im Gemeinderat", "Teilen wollen",
"Condividere il pranzo", "Pubblicità della campagna", "Leggi e regolamenti", "Komentarze mieszkańców", "Czytaj uważnie",
"Реклама новой поликлиники" and "Подписаться на рассылку" are article sentences. The gallery, audio-fallback, Flourish,
consent-placeholder and player-loading lines are counted as markers; the reading-time rows and sentences as reading-time
lines; the correspondent and editor bylines, the prepared-by credit and the Substack, Threads, newsletter and VK plugs
as bylines; the made-with, theme, press-regulation, site-design, membership, court-registration and CMS lines as
footers; the count, report, reply-order, hidden, helpful, flagged, moderation and guest-moderation lines as comments;
the share rows as share; the last-revised and not-medical-advice notes as notices. On every page the title, the
paragraphs before the subheading (one of them with the quote), the subheading, its list rows and the last paragraphs are
article (10 lines a page; the blog posts' closing lines asking readers how they do it are their last paragraphs and
counted as article) and everything else is noise (20 lines a page); in particular site and blog names and taglines,
menus, breadcrumbs, bylines, author names, dates, update times, categories, reading times, comment and view counts,
listen, save, share, print, discuss and react links, tables of contents, photo captions and credits, safety warnings and
advertising disclosures, most-read, read-also, also-interesting, related, more-tutorials and previous-post links, ad,
sponsored and partner-material labels, affiliate, partner and product lines, interactive-map notes, jump-to-recipe
links, donation, support and coffee prompts, newsletter, Pinterest, Instagram, Facebook, WhatsApp, Telegram and hashtag
prompts, comment headings and counts, commenter rows, comment texts and replies, leave-a-comment links, legal rows,
copyright lines and the 16+ mark are noise. The layouts: one to three noise lines above the title (one, the site or blog
name alone, on de-portal-kranichsfelde-hausarztpraxis and it-blog-acquagelata-nuoto-invernale; two on
fr-portail-vaudrimont-banque-alimentaire, pl-portal-zurawinek-szczepienia, pl-blog-morsoweporanki-morsowanie,
ru-portal-brusnichnogorsk-kafe-dlya-opekunov and ru-blog-drozhzhevoydnevnik-pitstsa; three on
en-portal-quillingstow-hospital-car-park, en-blog-crustwhistle-sourdough-pizza, fr-blog-jumellesetguidon-ornitho-velo,
de-blog-pinselundplastik-orks-bemalen and it-portale-borgofratta-centro-giovani); four to ten under the title (ten on
de-portal-kranichsfelde-hausarztpraxis and pl-portal-zurawinek-szczepienia, each with a table of contents of a heading
and three entries; nine on it-blog-acquagelata-nuoto-invernale, with a table of contents and a safety warning in its own
block; eight on pl-blog-morsoweporanki-morsowanie and ru-blog-drozhzhevoydnevnik-pitstsa, with tables of contents; seven
on en-blog-crustwhistle-sourdough-pizza, with a table of contents and an affiliate disclosure,
fr-portail-vaudrimont-banque-alimentaire, it-portale-borgofratta-centro-giovani and
ru-portal-brusnichnogorsk-kafe-dlya-opekunov; six on en-portal-quillingstow-hospital-car-park and on
fr-blog-jumellesetguidon-ornitho-velo, the latter with a table of contents; four on
de-blog-pinselundplastik-orks-bemalen, with an advertising disclosure); one or two among the paragraphs before the
subheading (a read-also, Pinterest or Instagram line between the first and second paragraphs on
fr-portail-vaudrimont-banque-alimentaire, en-blog-crustwhistle-sourdough-pizza, it-blog-acquagelata-nuoto-invernale and
pl-blog-morsoweporanki-morsowanie; a most-read, also-interesting, read-also, Pinterest, support or Steady line between
the second paragraph and the paragraph with the quote on en-portal-quillingstow-hospital-car-park,
fr-blog-jumellesetguidon-ornitho-velo, de-portal-kranichsfelde-hausarztpraxis, de-blog-pinselundplastik-orks-bemalen,
pl-portal-zurawinek-szczepienia, ru-portal-brusnichnogorsk-kafe-dlya-opekunov and ru-blog-drozhzhevoydnevnik-pitstsa; a
jump-to-recipe, partner-offer, read-also or save line between the paragraph with the quote and the subheading on
en-blog-crustwhistle-sourdough-pizza, fr-blog-jumellesetguidon-ornitho-velo, it-portale-borgofratta-centro-giovani and
it-blog-acquagelata-nuoto-invernale); an ad label in its own block between the subheading and the first list row on
en-portal-quillingstow-hospital-car-park, fr-portail-vaudrimont-banque-alimentaire and
de-blog-pinselundplastik-orks-bemalen; gaps between list rows on nine pages (in the block of rows: a related link
between the second and third on en-portal-quillingstow-hospital-car-park, an interactive-map note there on
fr-blog-jumellesetguidon-ornitho-velo, a video-tutorial link there on de-blog-pinselundplastik-orks-bemalen, a sponsored
label between the first and second on it-portale-borgofratta-centro-giovani, an affiliate line there on
it-blog-acquagelata-nuoto-invernale, a partner link between the second and third on pl-blog-morsoweporanki-morsowanie
and a baking-stone line between the first and second on ru-blog-drozhzhevoydnevnik-pitstsa; in its own block: an
affiliate link between the first and second on en-blog-crustwhistle-sourdough-pizza and a sponsored label between the
second and third on fr-portail-vaudrimont-banque-alimentaire); noise between the last list row and the last paragraphs
on four pages (a more-tutorials link on de-blog-pinselundplastik-orks-bemalen, ad labels on
pl-portal-zurawinek-szczepienia and ru-portal-brusnichnogorsk-kafe-dlya-opekunov, a coffee prompt on
pl-blog-morsoweporanki-morsowanie); one line between the two last paragraphs on every page but
pl-blog-morsoweporanki-morsowanie (newsletter, previous-post, share, read-also, hashtag, WhatsApp, coffee, Facebook and
Telegram lines); and five to eight at the foot (five on pl-portal-zurawinek-szczepienia, six on
en-blog-crustwhistle-sourdough-pizza and it-blog-acquagelata-nuoto-invernale, seven on
en-portal-quillingstow-hospital-car-park, fr-portail-vaudrimont-banque-alimentaire,
fr-blog-jumellesetguidon-ornitho-velo, de-portal-kranichsfelde-hausarztpraxis, it-portale-borgofratta-centro-giovani,
pl-blog-morsoweporanki-morsowanie and ru-blog-drozhzhevoydnevnik-pitstsa, eight on de-blog-pinselundplastik-orks-bemalen
and ru-portal-brusnichnogorsk-kafe-dlya-opekunov), with a "↳" reply on every page and replies to replies "↳↳" on all but
en-blog-crustwhistle-sourdough-pizza, de-portal-kranichsfelde-hausarztpraxis (which has a second separate comment) and
pl-portal-zurawinek-szczepienia; fr-blog-jumellesetguidon-ornitho-velo, de-blog-pinselundplastik-orks-bemalen,
it-blog-acquagelata-nuoto-invernale, pl-blog-morsoweporanki-morsowanie and ru-blog-drozhzhevoydnevnik-pitstsa end with a
previous-post link, ru-portal-brusnichnogorsk-kafe-dlya-opekunov has a most-read link after the thread, and the feet of
fr-blog-jumellesetguidon-ornitho-velo, it-blog-acquagelata-nuoto-invernale, pl-blog-morsoweporanki-morsowanie and
ru-blog-drozhzhevoydnevnik-pitstsa have no footer or copyright line. The subheadings and rows:
en-portal-quillingstow-hospital-car-park "What changes in January" (three rows), en-blog-crustwhistle-sourdough-pizza
"The method in three steps" (three), fr-portail-vaudrimont-banque-alimentaire "Ce dont l'association a besoin" (three),
fr-blog-jumellesetguidon-ornitho-velo "Ce que j'ai vu en trois jours" (three), de-portal-kranichsfelde-hausarztpraxis
"Die Sprechzeiten" (three), de-blog-pinselundplastik-orks-bemalen "Mein Ablauf" (three),
it-portale-borgofratta-centro-giovani "Cosa perde il quartiere" (three), it-blog-acquagelata-nuoto-invernale "Cosa porto
sempre con me" (three), pl-portal-zurawinek-szczepienia "Gdzie i kiedy" (three), pl-blog-morsoweporanki-morsowanie "Moje
zasady" (three), ru-portal-brusnichnogorsk-kafe-dlya-opekunov "Что ждёт гостей" (three) and
ru-blog-drozhzhevoydnevnik-pitstsa "Что я поменял" (three); all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by place head 11, body 9,
tail 25), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail 8), 12 pages with 240 noise
lines (20 a page) and 120 article lines (10 a page): en-portal-quillingstow-hospital-car-park (a regional news portal's
story on a hospital car park's charges rising as 300 spaces open, with a comment, the paper's reply and the commenter's
reply to that), en-blog-crustwhistle-sourdough-pizza (a pizza blog's post on a 48-hour sourdough pizza dough, with a
comment and the author's reply), fr-portail-vaudrimont-banque-alimentaire (a regional news portal's story on a food
bank's winter appeal, with a comment, another reader's reply and the commenter's reply to that),
fr-blog-jumellesetguidon-ornitho-velo (a birding blog's post on three days by bike along an estuary to see greylag
geese, with a comment, the blog's reply and the commenter's reply to that), de-portal-kranichsfelde-hausarztpraxis (a
regional news portal's story on a new GP surgery in the old railway station, with a comment, the paper's reply and
another comment), de-blog-pinselundplastik-orks-bemalen (a tabletop-miniatures blog's post on painting twenty orcs in a
weekend, with a comment, the author's reply and the commenter's reply to that), it-portale-borgofratta-centro-giovani (a
regional news portal's story on a youth centre closing after twenty-two years, with a comment, the paper's reply and the
commenter's reply to that), it-blog-acquagelata-nuoto-invernale (a cold-water-swimming blog's post on a first December
swim in a lake at seven degrees, with a comment, the author's reply and the commenter's reply to that),
pl-portal-zurawinek-szczepienia (a regional news portal's story on a flu vaccination drive in the clinic and two
schools, with a comment and the paper's reply), pl-blog-morsoweporanki-morsowanie (a cold-water-swimming blog's post on
a first season of winter swimming, with a comment, the author's reply and the commenter's reply to that),
ru-portal-brusnichnogorsk-kafe-dlya-opekunov (a regional news portal's story on a carers' café opening in the town
library, with a comment, the paper's reply and the commenter's reply to that) and ru-blog-drozhzhevoydnevnik-pitstsa (a
baking blog's post on a third try at sourdough pizza in a home oven, with a comment, the blog's reply and the
commenter's reply to that); every page holds a title, a subheading with list rows, a quote in the article and noise
above the title, under it, between the paragraphs or the list rows and at the foot.

Baseline (2026-12-05, cleaner at commit 8a612eec6e0d6cbf6787d9772b75ae469fef312f, measured with ``cd /tmp/wt-s105 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s105/src python -m pytest -q tests/test_clean_held_out_105.py -rA -p
no:cacheprovider`` (37 failed, 40 passed) and ``cd /tmp/wt-s105 && PYTHONPATH=/tmp/wt-s105/src python
scripts/clean_held_out_report.py --sets 105`` (noise lines removed 20/45, article lines kept 20/20, pages clean 0/12,
page noise lines left 23 of 240), with the xfail tables empty): noise lines removed 20/45 (marker 1/8, reading-time 4/7,
byline 3/8, footer 5/8, comments 3/8, share 3/3, notice 1/3; missed, all kept in the text: at the head the English "Open
this photo in gallery:", "Grab a cuppa – this post is a long one (about 2,500 words, or ten minutes of your evening)."
and "By our health correspondent, Lettice Pruddock", the French "Temps de lecture estimé : un petit quart d'heure", the
German "Lesedauer: knapp zehn Minuten" and the Polish "Z pomocą redakcji opracowała Halina Gąsiorkiewicz-Lis"; in the
body the English "A Flourish data visualization", the French "Cette vidéo est hébergée par Dailymotion. Activez les
cookies pour la lire.", the German "Inhalte von Podigee werden erst nach Ihrer Zustimmung geladen.", the Italian "Il
contenuto di YouTube non è disponibile senza il consenso ai cookie di profilazione.", the Polish "Materiał wideo
dostępny po wyrażeniu zgody na pliki cookies serwisu YouTube." and "Artykuł ma charakter informacyjny i nie zastępuje
porady lekarskiej." and the Russian "Загрузка плеера VK Видео…" and "Информация носит справочный характер и не является
медицинской рекомендацией."; at the foot the English "I also write a fortnightly Substack about bread science – the link
is in the sidebar.", "Follow Lettice on Threads for more health news from the valley.", "Made with ♥ and far too much
flour in a tiny rented kitchen.", "The Quillingstow Herald adheres to the Editors' Code of Practice and is regulated by
IPSO." and "Reader replies are shown oldest first.", the French "Conception et réalisation du site : une petite agence
web de la vallée · Plan du site" and "Ce commentaire a été masqué car il a reçu trop de signalements.", the German
"Dieser Kommentar wurde von der Community als hilfreich markiert.", the Italian "Mi trovi anche su Threads, dove
racconto il dietro le quinte delle mie nuotate." and "Questo commento è stato segnalato ed è in attesa di revisione."
and the Russian "Гостевые комментарии появятся после проверки модератором."); keep lines kept 20/20; pages 0/12 clean,
23 of 240 page noise lines left and 2 of 120 article lines lost: en-portal-quillingstow-hospital-car-park 1 left ("The
new multi-storey car park at Quillingstow General, seen from Elm Lane."); en-blog-crustwhistle-sourdough-pizza 1 left
("Jump to recipe") and 1 article line lost or out of order (its last paragraph "Next week I'll try the same dough in a
cast-iron pan, so tell me how yours turns out.", after a previous-post link); fr-portail-vaudrimont-banque-alimentaire 1
left ("Les bénévoles trient les colis dans l'entrepôt de la rue des Tanneurs."); fr-blog-jumellesetguidon-ornitho-velo 2
left ("Mes jumelles préférées sont en promotion chez notre partenaire" and "Diffuser : Facebook · Bluesky · Mastodon");
de-portal-kranichsfelde-hausarztpraxis 1 left ("Der frühere Wartesaal wird zum Empfang der Praxis umgebaut.");
de-blog-pinselundplastik-orks-bemalen 4 left ("Dieser Beitrag enthält Werbung für Farben, die ich selbst gekauft habe.",
"Video-Tutorial zum Trockenbürsten auf meinem Kanal", "Mehr Tutorials: Kontrastfarben richtig verdünnen" and "Zeig mir
deine Orks unter #PinselundPlastik") and 1 article line lost or out of order (its subheading "Mein Ablauf", followed by
an ad label in its own block); it-portale-borgofratta-centro-giovani 1 left ("I ragazzi davanti all'ingresso del centro
giovani nell'ultimo pomeriggio di apertura."); it-blog-acquagelata-nuoto-invernale 4 left ("Attenzione: il nuoto in
acque fredde può essere pericoloso; consulta un medico prima di iniziare.", "Salva nei preferiti", "La mia muta
preferita su Amazon" and "Ti è piaciuto? Offrimi un cappuccino"); pl-portal-zurawinek-szczepienia 1 left ("Punkt
szczepień w przychodni przy ulicy Lipowej."); pl-blog-morsoweporanki-morsowanie 3 left ("blog o zimnej wodzie i ciepłej
herbacie", "Aleksandra M." and "Link partnerski: buty neoprenowe, które polecam");
ru-portal-brusnichnogorsk-kafe-dlya-opekunov 1 left ("Первая встреча в кафе для опекунов в читальном зале.");
ru-blog-drozhzhevoydnevnik-pitstsa 3 left ("Поддержать блог", "Камень для выпечки, которым я пользуюсь" and "Понравился
рецепт? Поделитесь с друзьями"). Of the left page lines one stands above the title (the winter-swimming post's tagline);
nine stand under the title (the photo captions of all six portal stories, the miniatures post's advertising disclosure,
the lake-swim post's safety warning and the winter-swimming post's author name); four stand between the paragraphs
before the subheading or between the paragraph with the quote and the subheading (the sourdough post's jump-to-recipe
link, the birding post's partner offer, the lake-swim post's save link and the Russian pizza post's support link); four
stand in gaps between list rows, all in the block of rows (the miniatures post's video-tutorial link, the lake-swim
post's affiliate line, the winter-swimming post's partner link and the Russian pizza post's baking-stone line; the
car-park story's related link, the birding post's map note, the youth-centre story's sponsored label and the
separate-block affiliate and sponsored lines go); one stands between the last list row and the last paragraphs (the
miniatures post's more-tutorials link); four stand between the two last paragraphs (the birding post's share row, the
miniatures post's hashtag prompt, the lake-swim post's coffee prompt and the Russian pizza post's share prompt); and
none stands at the foot (every comment heading, commenter row, comment, reply, leave-a-comment link, previous-post and
most-read link, legal row, copyright line and 16+ mark goes).

Still held out after round 82 (developed on sets 103 and 104: an offer's price rows inside the article's own table given
back, two clauses joined by a comma and a conjunction read as the article's sentence rather than a caption, one-line
nested replies as comment-thread markers, readers'-comments headings, reading-time sentences in new wordings, replies
under deleted comments, no-offer notes, builder credits with their host; this set was written against 8a612ee, before
it; measured once with ``scripts/clean_held_out_report.py --sets 105`` at bccadcb): unchanged, noise lines removed
20/45, keep lines 20/20, pages clean 0/12, page noise lines left 23 of 240, article lines lost 2 of 120. Then after
session 31's retrained second opinion (sets 1-104, measured once at 6811a9c): noise lines removed 21/45 (it takes the
Substack plug at the foot), the rest unchanged.

Round 83 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_105.py`` at branch round82's bccadcb (before)
and the round's last commit on branch round83 (after): noise lines 20 -> 33 of 45 (marker 1 -> 8/8, reading-time 4 ->
6/7, byline 3/8, footer 5/8, comments 3 -> 7/8, share 3/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 0 -> 0 of
12, page noise lines left 23 -> 23 of 240, article lines lost 2 -> 0 of 120; pytest 40 passed, 37 xfailed -> 53 passed,
24 xfailed. The pizza post keeps its last paragraph under the previous-post link (the writer speaking to the reader, an
'I' and a 'you' in one sentence, is the post's, not the other post's teaser: clean._writer_to_reader in
_mark_post_teasers) and the miniatures post its subheading 'Mein Ablauf' (a short heading whose only widget cue is the
writer's 'I' or 'my', over two rows of the article, is not marked as the page's in another block's gap:
page_blocks._heads_article_rows). Fixed, by mechanism: two full paragraphs in a row under the body, above the comments,
are the article's, whatever a block test made of what stands between (page_blocks._mark_tail; the mechanism that took a
subheading, its rows and the last paragraphs on sets 87, 88, 103 and 106 under a prompt that ends pages; set 86's
photography post keeps its last two paragraphs by it); line families added, each in six languages with near misses: an
embed's placeholder waiting for cookies or the reader's formal consent (Dailymotion, Podigee, YouTube), a player's host
after its loading line ('Загрузка плеера VK Видео…') and a player that failed to load, a data visualisation named with
its service ('A Flourish data visualization'), the link to open a picture in the gallery, an ad's controls and
countdown, a comment hidden, reported or marked by the community and a guest's comments after moderation
(whole_line_noise, _AD_CONTROL, _PLAYER_HOST), a reading-time label over minutes in words or a quarter of an hour
('Lesedauer: knapp zehn Minuten', 'Temps de lecture estimé : un petit quart d'heure'; clean._READING_ROW). Left: the six
photo captions under the titles (shaped as a lead) and the seventeen prompts, links and labels the page reasons name
(the jump-to-recipe link, the disclosures, tutorial, hashtag, save, affiliate, coffee, support and share lines), and
twelve single lines (the blog's cuppa reading-time sentence, the correspondent byline, the Substack, Threads and Italian
Threads plugs, the made-with and IPSO footers, the reply-order line, the French site-design credit, the Polish
prepared-by credit and the Polish and Russian not-medical-advice notes): the round's time went to the lost lines. Two
page reasons are reworded (the two losses are gone); thirteen lines are removed from the line table.

Round 83 rebased onto session 31's retrained second opinion (measured with ``scripts/clean_held_out_report.py --sets
105`` on the rebased branch): noise lines 34/45 (byline 4/8: the second opinion's Substack plug on top of round 83's
33), the rest as above.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_105_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Open this photo in gallery:", "marker"),
    ("body", "Your browser does not support the audio element.", "marker"),
    ("body", "A Flourish data visualization", "marker"),
    ("head", "🕑 A 6-minute read", "reading-time"),
    (
        "head",
        "Grab a cuppa – this post is a long one (about 2,500 words, or ten minutes of your evening).",
        "reading-time",
    ),
    ("head", "By our health correspondent, Lettice Pruddock", "byline"),
    ("tail", "I also write a fortnightly Substack about bread science – the link is in the sidebar.", "byline"),
    ("tail", "Follow Lettice on Threads for more health news from the valley.", "byline"),
    ("tail", "Made with ♥ and far too much flour in a tiny rented kitchen.", "footer"),
    ("tail", "Theme: Twenty Twenty-Four by the WordPress team.", "footer"),
    ("tail", "The Quillingstow Herald adheres to the Editors' Code of Practice and is regulated by IPSO.", "footer"),
    ("tail", "Showing 3 of 3 comments", "comments"),
    ("tail", "Report this comment to the moderators", "comments"),
    ("tail", "Reader replies are shown oldest first.", "comments"),
    ("tail", "Send via Messenger · Post to Threads · Share on LinkedIn · Copy URL", "share"),
    # French
    ("body", "Cette vidéo est hébergée par Dailymotion. Activez les cookies pour la lire.", "marker"),
    ("head", "Temps de lecture estimé : un petit quart d'heure", "reading-time"),
    ("tail", "Je publie chaque dimanche une recette dans ma newsletter Substack, abonnez-vous !", "byline"),
    ("tail", "Conception et réalisation du site : une petite agence web de la vallée · Plan du site", "footer"),
    ("tail", "Ce commentaire a été masqué car il a reçu trop de signalements.", "comments"),
    ("tail", "Partager sur Threads · Envoyer par Messenger · Copier le lien", "share"),
    # German
    ("body", "Inhalte von Podigee werden erst nach Ihrer Zustimmung geladen.", "marker"),
    ("head", "Lesedauer: knapp zehn Minuten", "reading-time"),
    ("head", "Von unserer Redakteurin Hiltrud Quendelmeyer", "byline"),
    ("tail", "Mitglied im Bundesverband Digitalpublisher und Zeitungsverleger (BDZV)", "footer"),
    ("tail", "Dieser Kommentar wurde von der Community als hilfreich markiert.", "comments"),
    (
        "tail",
        "Hinweis: Dieser Beitrag wurde zuletzt im Januar überarbeitet; einige Preise können sich geändert haben.",
        "notice",
    ),
    # Italian
    ("body", "Il contenuto di YouTube non è disponibile senza il consenso ai cookie di profilazione.", "marker"),
    ("head", "Ci vogliono circa 6 minuti per leggere questo post", "reading-time"),
    ("tail", "Mi trovi anche su Threads, dove racconto il dietro le quinte delle mie nuotate.", "byline"),
    ("tail", "Testata registrata presso il Tribunale di Borgofratta, n. 00 del 2011", "footer"),
    ("tail", "Questo commento è stato segnalato ed è in attesa di revisione.", "comments"),
    ("tail", "Condividi su LinkedIn · Messenger · Threads · Copia link", "share"),
    # Polish
    ("body", "Materiał wideo dostępny po wyrażeniu zgody na pliki cookies serwisu YouTube.", "marker"),
    ("head", "Czas lektury: ok. 6 min", "reading-time"),
    ("head", "Z pomocą redakcji opracowała Halina Gąsiorkiewicz-Lis", "byline"),
    ("tail", "Członek Stowarzyszenia Gazet Lokalnych", "footer"),
    ("tail", "Komentarze są moderowane po publikacji. Nieodpowiednie wpisy zgłaszaj przyciskiem obok.", "comments"),
    ("body", "Artykuł ma charakter informacyjny i nie zastępuje porady lekarskiej.", "notice"),
    # Russian
    ("body", "Загрузка плеера VK Видео…", "marker"),
    ("head", "Время прочтения: 7 минут", "reading-time"),
    ("tail", "Заходите в мою группу ВКонтакте — там фото каждой новой пиццы.", "byline"),
    ("tail", "Сайт работает на «1С-Битрикс: Управление сайтом»", "footer"),
    ("tail", "Гостевые комментарии появятся после проверки модератором.", "comments"),
    ("body", "Информация носит справочный характер и не является медицинской рекомендацией.", "notice"),
]


HELD_OUT_105_KEEP: list[tuple[str, str]] = [
    # English
    ("head", "Advertisement boards around the car park will be replaced with signs showing the new charges."),
    ("head", "Share of patients arriving by bus has doubled since the hospital moved its outpatient clinics."),
    ("body", "Comments from parents at the drop-in session were mostly about the youth centre's opening hours."),
    ("body", "Reading the appeal letter aloud, the food bank's manager said the shelves had never been so empty."),
    ("tail", "Follow-up appointments will be booked at the new surgery rather than at the old health centre."),
    ("tail", "Powered by volunteers, the café has opened every Tuesday since the spring."),
    ("tail", "Report a problem with the barriers by calling the hospital's estates team, the trust said."),
    # French
    ("head", "Partager un repas chaud reste la priorité de la banque alimentaire cet hiver."),
    ("body", "Lire les résultats de la campagne de vaccination prendra encore quelques semaines, selon l'agence."),
    ("tail", "Abonnés ou non, tous les habitants pourront utiliser le nouveau parking de l'hôpital."),
    # German
    ("head", "Anzeige erstattet hat bislang niemand, sagt die Leiterin des Jugendzentrums."),
    ("body", "Kommentare im Gemeinderat fielen deutlich schärfer aus als erwartet."),
    ("tail", "Teilen wollen die beiden Praxen künftig auch das Wartezimmer und die Anmeldung."),
    # Italian
    ("head", "Condividere il pranzo con chi è solo è lo scopo del caffè dei caregiver."),
    ("body", "Pubblicità della campagna vaccinale è comparsa anche sugli autobus cittadini."),
    ("tail", "Leggi e regolamenti regionali impongono un medico ogni 1.500 assistiti, ricorda il sindaco."),
    # Polish
    ("body", "Komentarze mieszkańców w sprawie zamknięcia klubu młodzieżowego trafią do rady miasta."),
    ("tail", "Czytaj uważnie ulotkę – radzi pielęgniarka, która prowadzi punkt szczepień przy rynku."),
    # Russian
    ("head", "Реклама новой поликлиники висит на каждой остановке, но врачей пока не хватает."),
    ("tail", "Подписаться на рассылку о прививках можно в регистратуре, сообщили в больнице."),
]


HELD_OUT_105_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-quillingstow-hospital-car-park": _page("en", "en-portal-quillingstow-hospital-car-park", [
        [
            "-Quillingstow Echo",
            "-News · Health · Sport · What's On · Jobs",
        ],
        [
            "-Home › News › Health",
        ],
        [
            "+Hospital car park charges to rise as 300 new spaces open",
        ],
        [
            "-By Noah Threadgill, Health Reporter",
            "-Published 08:10, 4 December 2026 · Updated 11:45",
        ],
        [
            "-Category: Health",
        ],
        [
            "-Listen · Save · 12 comments",
        ],
        [
            "-The new multi-storey car park at Quillingstow General, seen from Elm Lane.",
        ],
        [
            "-Photo: Herald staff",
        ],
        [
            "+Patients and visitors at Quillingstow General will pay more to park from January, when a four-storey "
            "car park with 300 spaces opens behind the maternity unit.",
        ],
        [
            "+The hospital trust says the first half hour will stay free and that blue badge holders will not be "
            "charged at all.",
        ],
        [
            "-Most read: Elm Lane closed for resurfacing until Friday",
        ],
        [
            '+"We know nobody wants to pay to visit a sick relative, but the old car park was full by nine every '
            'morning," said the trust\'s estates director.',
        ],
        [
            "+What changes in January",
        ],
        [
            "-Sponsored",
        ],
        [
            "+Two hours will cost £3.20 instead of £2.50",
            "+Staff permits go up by £4 a month",
            "-Related: Bus route 7 to run every 15 minutes",
            "+Weekly passes for relatives of long-stay patients cost £10",
        ],
        [
            "+The old surface car park will be kept for staff and deliveries.",
        ],
        [
            "-Sign up for the Herald's morning briefing",
        ],
        [
            "+Campaigners say they will ask the council to extend the bus service to the hospital's rear entrance.",
        ],
        [
            "-12 comments",
            "-margo_w",
            "-Thirty years I've parked there for free on Sundays.",
            "-↳ Quillingstow Echo",
            "-↳↳ margo_w",
        ],
        [
            "-© 2026 Quillingstow Echo",
            "-Terms · Privacy · Cookie settings",
        ],
    ]),
    "en-blog-crustwhistle-sourdough-pizza": _page("en", "en-blog-crustwhistle-sourdough-pizza", [
        [
            "-Crustwhistle",
            "-slow dough, hot stone",
            "-Recipes · Kit · About",
        ],
        [
            "+My 48-hour sourdough pizza, after a year of flat, pale failures",
        ],
        [
            "-Posted 1 December 2026 by Ruth",
            "-Filed under: Pizza, Sourdough",
        ],
        [
            "-On this page",
            "-1. The starter",
            "-2. The cold proof",
            "-3. The bake",
        ],
        [
            "-This post contains affiliate links.",
        ],
        [
            "+For most of last year my pizzas came out of the oven like crackers: flat, pale and chewy in all the "
            "wrong places.",
        ],
        [
            "-Pin it for later",
        ],
        [
            "+The fix turned out to be time rather than heat, and a dough that sits in the fridge for two whole days.",
        ],
        [
            '+My neighbour, who ran a pizzeria in Naples for ten years, put it simply: "Your dough is in a hurry, and '
            'you are in a hurry."',
        ],
        [
            "-Jump to recipe",
        ],
        [
            "+The method in three steps",
        ],
        [
            "+Mix 500 g of flour with 100 g of active starter and 340 g of water",
        ],
        [
            "-The steel I bake on (affiliate link)",
        ],
        [
            "+Fold four times in the first two hours, then cover and chill",
            "+Shape the balls cold and let them warm up for three hours",
        ],
        [
            "+Bake on the highest shelf for seven minutes, then switch to the grill for one more.",
        ],
        [
            "-Previous post: Why my starter smelled of nail varnish",
        ],
        [
            "+Next week I'll try the same dough in a cast-iron pan, so tell me how yours turns out.",
        ],
        [
            "-2 comments",
            "-Toby",
            "-Did you use tipo 00 or bread flour?",
            "-↳ Ruth (author)",
        ],
        [
            "-Leave a reply",
        ],
        [
            "-© 2026 Crustwhistle · All rights reserved",
        ],
    ]),
    "fr-portail-vaudrimont-banque-alimentaire": _page("fr", "fr-portail-vaudrimont-banque-alimentaire", [
        [
            "-L'Écho de Vaudrimont",
            "-Actualités · Solidarité · Sports · Agenda",
        ],
        [
            "+La banque alimentaire lance un appel d'urgence avant l'hiver",
        ],
        [
            "-Par Clémence Auberlin",
            "-Publié le 3 décembre 2026 à 7 h 30",
            "-Mis à jour à 9 h 02",
        ],
        [
            "-Solidarité",
        ],
        [
            "-Écouter l'article",
            "-Réagir (4)",
        ],
        [
            "-Les bénévoles trient les colis dans l'entrepôt de la rue des Tanneurs.",
        ],
        [
            "+Les étagères de la banque alimentaire de Vaudrimont n'ont jamais été aussi vides à l'approche de "
            "l'hiver.",
        ],
        [
            "-À lire aussi : Le marché de Noël déménage place de la Mairie",
        ],
        [
            "+Le nombre de familles accueillies a augmenté d'un tiers en un an, tandis que les dons ont baissé.",
        ],
        [
            "+« Nous servons désormais des retraités et des étudiants que nous ne voyions jamais avant », explique la "
            "présidente de l'association.",
        ],
        [
            "+Ce dont l'association a besoin",
        ],
        [
            "-Publicité",
        ],
        [
            "+Des conserves de légumes et de poisson",
            "+Des produits d'hygiène pour bébés",
        ],
        [
            "-Contenu sponsorisé",
        ],
        [
            "+Des bénévoles le samedi matin pour la collecte",
        ],
        [
            "+Une grande collecte aura lieu dans les deux supermarchés de la ville les 12 et 13 décembre.",
        ],
        [
            "-Newsletter : recevez l'essentiel de l'actualité locale chaque matin",
        ],
        [
            "+Les dons peuvent aussi être déposés à la mairie aux heures d'ouverture.",
        ],
        [
            "-4 réactions",
            "-Gisèle_V",
            "-J'y dépose un sac chaque semaine, faites pareil !",
            "-↳ Rémi du quartier",
            "-↳↳ Gisèle_V",
        ],
        [
            "-Mentions légales · Contact · Annonceurs",
            "-© L'Écho de Vaudrimont 2026",
        ],
    ]),
    "fr-blog-jumellesetguidon-ornitho-velo": _page("fr", "fr-blog-jumellesetguidon-ornitho-velo", [
        [
            "-Jumelles et Guidon",
            "-carnets d'ornithologie à vélo",
            "-Accueil · Sorties · Matériel · À propos",
        ],
        [
            "+Trois jours à vélo le long de l'estuaire pour voir les oies cendrées",
        ],
        [
            "-Le 28 novembre 2026 · 6 commentaires",
            "-Lecture : 6 min",
        ],
        [
            "-Sommaire",
            "-Le parcours",
            "-Le matériel",
            "-Les observations",
        ],
        [
            "+J'ai longtemps cru qu'on ne pouvait pas faire d'ornithologie sérieuse sans voiture.",
        ],
        [
            "+Trois jours et 140 kilomètres plus tard, je pense exactement le contraire.",
        ],
        [
            "-Épinglez cet article sur Pinterest",
        ],
        [
            "+Un vieux guide rencontré à la digue m'a dit : « À vélo, les oiseaux vous entendent moins arriver qu'un "
            "moteur. »",
        ],
        [
            "-Mes jumelles préférées sont en promotion chez notre partenaire",
        ],
        [
            "+Ce que j'ai vu en trois jours",
        ],
        [
            "+Plus de 2 000 oies cendrées sur les prés salés",
            "+Deux balbuzards attardés",
            "-Carte interactive du parcours : cliquez pour zoomer",
            "+Un butor étoilé, entendu mais jamais vu",
        ],
        [
            "+Le deuxième soir, le vent a tourné et j'ai dû pousser le vélo sur la digue pendant une heure.",
        ],
        [
            "-Diffuser : Facebook · Bluesky · Mastodon",
        ],
        [
            "+Si vous connaissez d'autres boucles à faire à vélo, racontez-les moi en commentaire.",
        ],
        [
            "-6 commentaires",
            "-Armelle",
            "-Quels pneus pour le chemin de halage ?",
            "-↳ Jumelles et Guidon",
            "-↳↳ Armelle",
        ],
        [
            "-Laisser un commentaire",
        ],
        [
            "-Article précédent : Un hiver de mésanges au jardin",
        ],
    ]),
    "de-portal-kranichsfelde-hausarztpraxis": _page("de", "de-portal-kranichsfelde-hausarztpraxis", [
        [
            "-Kranichsfelder Anzeiger",
        ],
        [
            "+Neue Hausarztpraxis im alten Bahnhof öffnet im Februar",
        ],
        [
            "-Von Jasper Wollgarten",
            "-03.12.2026, 06:45 Uhr",
        ],
        [
            "-Artikel anhören",
            "-Merken",
            "-Weitersagen",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Umbau des Wartesaals",
            "-2. Das Team",
            "-3. Wann geöffnet ist",
        ],
        [
            "-Der frühere Wartesaal wird zum Empfang der Praxis umgebaut.",
        ],
        [
            "+Kranichsfelde bekommt nach zwei Jahren ohne eigene Hausarztpraxis wieder eine Anlaufstelle für "
            "Patientinnen und Patienten.",
        ],
        [
            "+Zwei Ärztinnen ziehen im Februar in das Erdgeschoss des alten Bahnhofs, die Gemeinde hat die Räume "
            "umgebaut.",
        ],
        [
            "-Auch interessant: Bahnhofsvorplatz bekommt neue Bänke",
        ],
        [
            "+„Wir wollten nicht länger zusehen, wie ältere Menschen eine Stunde Bus fahren, um ein Rezept zu holen“, "
            "sagte der Bürgermeister.",
        ],
        [
            "+Die Sprechzeiten",
        ],
        [
            "+Montag bis Freitag von 8 bis 12 Uhr",
            "+Dienstag und Donnerstag zusätzlich von 15 bis 18 Uhr",
            "+Hausbesuche nach Vereinbarung",
        ],
        [
            "+Termine können ab dem 15. Januar telefonisch vereinbart werden.",
        ],
        [
            "-Lesen Sie auch: Ärztemangel auf dem Land – was die Kreise planen",
        ],
        [
            "+Die Gemeinde sucht außerdem noch eine medizinische Fachangestellte.",
        ],
        [
            "-3 Kommentare",
            "-Elfriede_K",
            "-Endlich! Ich fahre seit zwei Jahren nach Neustadt.",
            "-↳ Kranichsfelder Anzeiger",
            "-Anna aus dem Oberdorf",
            "-Gibt es auch Parkplätze?",
        ],
        [
            "-© Kranichsfelder Anzeiger 2026",
        ],
    ]),
    "de-blog-pinselundplastik-orks-bemalen": _page("de", "de-blog-pinselundplastik-orks-bemalen", [
        [
            "-Pinsel & Plastik",
            "-Tabletop, Miniaturen, zu viele Farben",
        ],
        [
            "-Start · Tutorials · Armeeprojekte · Über mich",
        ],
        [
            "+Zwanzig Orks an einem Wochenende bemalen, ohne den Verstand zu verlieren",
        ],
        [
            "-28. November 2026 · von Malte",
            "-Kategorie: Tutorials",
            "-Lesezeit: 5 Minuten",
        ],
        [
            "-Dieser Beitrag enthält Werbung für Farben, die ich selbst gekauft habe.",
        ],
        [
            "+Seit drei Jahren stand die Kiste mit den grauen Orks im Regal, und jedes Mal schlechtes Gewissen beim "
            "Öffnen.",
        ],
        [
            "+Dieses Wochenende habe ich mir vorgenommen, alle zwanzig auf Spieltischniveau zu bringen.",
        ],
        [
            "-Unterstütze den Blog auf Steady",
        ],
        [
            "+Mein Spielpartner meinte nur: „Lieber zwanzig fertige als drei perfekte.“",
        ],
        [
            "+Mein Ablauf",
        ],
        [
            "-Werbung",
        ],
        [
            "+Grundierung in Schwarz, dann Trockenbürsten in Grau",
            "+Haut mit Kontrastfarbe in einem Durchgang",
            "-Video-Tutorial zum Trockenbürsten auf meinem Kanal",
            "+Base mit Sand, Braun und etwas Grasflock",
        ],
        [
            "-Mehr Tutorials: Kontrastfarben richtig verdünnen",
        ],
        [
            "+Am Sonntagabend standen tatsächlich alle zwanzig auf dem Tisch, wenn auch mit ein paar grünen "
            "Fingerabdrücken.",
        ],
        [
            "-Zeig mir deine Orks unter #PinselundPlastik",
        ],
        [
            "+Wie lange braucht ihr für eine Einheit? Schreibt es mir!",
        ],
        [
            "-5 Kommentare",
            "-Trockenpinsel_Tim",
            "-Welche Kontrastfarbe für die Haut?",
            "-↳ Malte",
            "-↳↳ Trockenpinsel_Tim",
        ],
        [
            "-Kommentar schreiben",
        ],
        [
            "-Impressum · Datenschutz",
        ],
        [
            "-Vorheriger Beitrag: Mein erster Geländebau aus Styrodur",
        ],
    ]),
    "it-portale-borgofratta-centro-giovani": _page("it", "it-portale-borgofratta-centro-giovani", [
        [
            "-Borgofratta Oggi",
            "-Cronaca · Politica · Sport · Eventi",
        ],
        [
            "-Sei in: Home / Cronaca",
        ],
        [
            "+Chiude il centro giovani di via dell'Orto: mancano i fondi",
        ],
        [
            "-di Teresa Malvagnini",
            "-4 dicembre 2026, ore 10:12",
            "-Tempo di lettura: 3 minuti",
        ],
        [
            "-Ascolta",
            "-Stampa",
        ],
        [
            "-I ragazzi davanti all'ingresso del centro giovani nell'ultimo pomeriggio di apertura.",
            "-Foto: archivio",
        ],
        [
            "+Il centro giovani di via dell'Orto chiuderà a fine anno dopo ventidue anni di attività.",
        ],
        [
            "+Il Comune non ha rinnovato la convenzione con la cooperativa che lo gestiva, citando tagli al bilancio.",
        ],
        [
            "+«Qui i ragazzi facevano i compiti, suonavano, litigavano e facevano pace», ha detto l'educatrice che lo "
            "ha diretto dal 2009.",
        ],
        [
            "-Leggi anche: Nuove piste ciclabili verso la stazione",
        ],
        [
            "+Cosa perde il quartiere",
        ],
        [
            "+Il doposcuola gratuito per 40 studenti",
            "-Sponsorizzato",
            "+La sala prove per i gruppi musicali",
            "+Il torneo estivo di calcetto",
        ],
        [
            "+I genitori hanno raccolto 600 firme per chiedere di riaprire il centro almeno il sabato.",
        ],
        [
            "-Iscriviti al canale WhatsApp di Borgofratta Oggi",
        ],
        [
            "+Il consiglio comunale ne discuterà il 18 dicembre.",
        ],
        [
            "-2 commenti",
            "-Papà_Luca",
            "-Mio figlio ci andava ogni giorno.",
            "-↳ Borgofratta Oggi",
            "-↳↳ Papà_Luca",
        ],
        [
            "-Scrivi un commento",
        ],
        [
            "-© 2026 Borgofratta Oggi – P. IVA 00000000000",
        ],
    ]),
    "it-blog-acquagelata-nuoto-invernale": _page("it", "it-blog-acquagelata-nuoto-invernale", [
        [
            "-Acqua Gelata",
        ],
        [
            "+Il mio primo bagno di dicembre nel lago, a sette gradi",
        ],
        [
            "-Pubblicato il 2 dicembre 2026",
            "-da Chiara",
            "-in Nuoto invernale",
            "-3 commenti",
        ],
        [
            "-Indice",
            "-1. Prima del bagno",
            "-2. Quattro minuti nel lago",
            "-3. Il dopo-bagno",
        ],
        [
            "-Attenzione: il nuoto in acque fredde può essere pericoloso; consulta un medico prima di iniziare.",
        ],
        [
            "+Ho cominciato a nuotare all'aperto a settembre, e mi ero promessa di non smettere con l'arrivo del "
            "freddo.",
        ],
        [
            "-Seguimi su Instagram",
        ],
        [
            "+Domenica mattina il termometro in riva al lago segnava sette gradi.",
        ],
        [
            "+La signora del gruppo che nuota lì da trent'anni mi ha detto: «Il freddo non si combatte, si saluta.»",
        ],
        [
            "-Salva nei preferiti",
        ],
        [
            "+Cosa porto sempre con me",
        ],
        [
            "+Una cuffia colorata e una boa di sicurezza",
            "-La mia muta preferita su Amazon",
            "+Calzari in neoprene",
            "+Un thermos di tè e un accappatoio lungo",
        ],
        [
            "+Sono rimasta in acqua quattro minuti, e dopo mi sentivo come se avessi bevuto tre caffè.",
        ],
        [
            "-Ti è piaciuto? Offrimi un cappuccino",
        ],
        [
            "+Voi fino a che temperatura nuotate? Raccontatemelo nei commenti.",
        ],
        [
            "-Commenti (3)",
            "-Marco_del_lago",
            "-Brava! Io mi fermo a dieci gradi.",
            "-↳ Chiara",
            "-↳↳ Marco_del_lago",
        ],
        [
            "-Articolo precedente: Il mio primo mese di nuoto all'aperto",
        ],
    ]),
    "pl-portal-zurawinek-szczepienia": _page("pl", "pl-portal-zurawinek-szczepienia", [
        [
            "-Gazeta Żurawinecka",
            "-Wiadomości · Zdrowie · Sport · Ogłoszenia",
        ],
        [
            "+Ruszają szczepienia przeciw grypie w szkołach i w przychodni",
        ],
        [
            "-Autor: Borys Kminkowski",
            "-2 grudnia 2026, 09:15",
            "-Aktualizacja: 12:40",
        ],
        [
            "-Posłuchaj artykułu",
            "-Skomentuj",
        ],
        [
            "-Spis treści",
            "-Gdzie się zaszczepić",
            "-Kto może",
            "-Co zabrać",
        ],
        [
            "-Punkt szczepień w przychodni przy ulicy Lipowej.",
        ],
        [
            "+Od poniedziałku w Żurawinku można się bezpłatnie zaszczepić przeciw grypie.",
        ],
        [
            "+Szczepienia odbywają się w przychodni oraz, po raz pierwszy, w dwóch szkołach podstawowych.",
        ],
        [
            "-Czytaj też: Nowe godziny pracy apteki dyżurnej",
        ],
        [
            "+„Im wcześniej, tym lepiej, bo sezon grypowy zaczyna się zwykle w styczniu” – mówi kierowniczka "
            "przychodni.",
        ],
        [
            "+Gdzie i kiedy",
        ],
        [
            "+Przychodnia przy Lipowej: od poniedziałku do piątku, 8–18",
            "+Szkoła Podstawowa nr 1: wtorki, 13–15",
            "+Szkoła Podstawowa nr 2: czwartki, 13–15",
        ],
        [
            "-Reklama",
        ],
        [
            "+Dzieci szczepione są za zgodą rodziców, którą trzeba podpisać w szkole.",
        ],
        [
            "-Polub nas na Facebooku",
        ],
        [
            "+Dorośli nie muszą się wcześniej zapisywać.",
        ],
        [
            "-Komentarze (2)",
            "-~Mama Zosi",
            "-Czy trzeba mieć skierowanie?",
            "-↳ Gazeta Żurawinecka",
        ],
        [
            "-© Gazeta Żurawinecka 2026",
        ],
    ]),
    "pl-blog-morsoweporanki-morsowanie": _page("pl", "pl-blog-morsoweporanki-morsowanie", [
        [
            "-Morsowe Poranki",
            "-blog o zimnej wodzie i ciepłej herbacie",
        ],
        [
            "+Pierwszy sezon morsowania: czego nauczyłam się przez trzy miesiące",
        ],
        [
            "-1 grudnia 2026",
            "-Aleksandra M.",
            "-Kategoria: Morsowanie",
            "-Czas czytania: 4 min",
        ],
        [
            "-Spis treści",
            "-1. Początki",
            "-2. Błędy",
            "-3. Zasady na zimę",
        ],
        [
            "+We wrześniu weszłam do jeziora pierwszy raz, po kolana, i wyszłam po dziesięciu sekundach.",
        ],
        [
            "-Obserwuj mnie na Instagramie",
        ],
        [
            "+W grudniu siedzę w wodzie po szyję przez trzy minuty i wracam do domu w lepszym humorze.",
        ],
        [
            "+Starszy pan z naszej grupy powiedział mi na początku: „Woda jest zimna tylko przez pierwszą minutę.”",
        ],
        [
            "+Moje zasady",
        ],
        [
            "+Nigdy nie wchodzę do wody sama",
            "+Rękawiczki i buty neoprenowe zawsze",
            "-Link partnerski: buty neoprenowe, które polecam",
            "+Po wyjściu najpierw ubranie, potem zdjęcia",
        ],
        [
            "-Postaw mi kawę",
        ],
        [
            "+Najtrudniejsze okazało się nie samo zimno, tylko rozbieranie się na wietrze.",
        ],
        [
            "+Morsujecie w grupie czy sami? Napiszcie w komentarzach.",
        ],
        [
            "-4 komentarze",
            "-Wojtek_z_plaży",
            "-Brawo, do zobaczenia w niedzielę!",
            "-↳ Aleksandra M.",
            "-↳↳ Wojtek_z_plaży",
        ],
        [
            "-Dodaj komentarz",
        ],
        [
            "-Poprzedni wpis: Sauna po morsowaniu – tak czy nie?",
        ],
    ]),
    "ru-portal-brusnichnogorsk-kafe-dlya-opekunov": _page("ru", "ru-portal-brusnichnogorsk-kafe-dlya-opekunov", [
        [
            "-Брусничногорская правда",
            "-Новости · Общество · Здоровье · Спорт",
        ],
        [
            "+В библиотеке открылось кафе для тех, кто ухаживает за больными родными",
        ],
        [
            "-Автор: Вера Копылова",
            "-3 декабря 2026, 10:20",
            "-Просмотров: 1 204",
        ],
        [
            "-Слушать",
            "-Обсудить (3)",
        ],
        [
            "-Первая встреча в кафе для опекунов в читальном зале.",
        ],
        [
            "-Фото: пресс-служба библиотеки",
        ],
        [
            "+По средам в читальном зале городской библиотеки теперь работает кафе для опекунов.",
        ],
        [
            "+Сюда приходят люди, которые годами ухаживают за пожилыми родителями или больными детьми.",
        ],
        [
            "-Читайте также: В поликлинике открыли кабинет неотложной помощи",
        ],
        [
            "+«Многим просто не с кем поговорить, а здесь все понимают друг друга с полуслова», — говорит организатор "
            "встреч.",
        ],
        [
            "+Что ждёт гостей",
        ],
        [
            "+Чай и выпечка от волонтёров",
            "+Консультации социального работника",
            "+Час, когда за подопечными присмотрит медсестра",
        ],
        [
            "-Партнёрский материал",
        ],
        [
            "+На первую встречу пришли 14 человек, на вторую — уже 22.",
        ],
        [
            "-Подписывайтесь на наш канал в Телеграме",
        ],
        [
            "+Вход свободный, записываться не нужно.",
        ],
        [
            "-3 комментария",
            "-Нина_Петровна",
            "-Спасибо, приду в среду с соседкой.",
            "-↳ Брусничногорская правда",
            "-↳↳ Нина_Петровна",
        ],
        [
            "-Самое читаемое: Зимнее расписание автобусов",
        ],
        [
            "-© Брусничногорская правда, 2026",
            "-16+",
        ],
    ]),
    "ru-blog-drozhzhevoydnevnik-pitstsa": _page("ru", "ru-blog-drozhzhevoydnevnik-pitstsa", [
        [
            "-Дрожжевой дневник",
            "-Главная · Рецепты · О блоге",
        ],
        [
            "+Пицца на закваске в домашней духовке: третья попытка",
        ],
        [
            "-30 ноября 2026 · Рецепты · 7 комментариев",
            "-Время чтения: 5 минут",
        ],
        [
            "-Содержание",
            "-1. Замес",
            "-2. Начинка",
            "-3. Выпечка",
        ],
        [
            "-Фото: первая удачная пицца на противне.",
        ],
        [
            "-Сохранить рецепт",
        ],
        [
            "+Первые две пиццы на закваске получились бледными и жёсткими, как лаваш.",
        ],
        [
            "+В третий раз я оставил тесто в холодильнике на двое суток, и всё изменилось.",
        ],
        [
            "-Поддержать блог",
        ],
        [
            "+Знакомый пекарь сказал мне: «Закваска не любит спешки, а духовка не любит открытую дверцу.»",
        ],
        [
            "+Что я поменял",
        ],
        [
            "+Увлажнённость теста — 68 процентов",
            "-Камень для выпечки, которым я пользуюсь",
            "+Разогрев духовки — целый час",
            "+Пицца на самом верхнем уровне",
        ],
        [
            "+Корочка вышла пузырчатой, а дно — хрустящим.",
        ],
        [
            "-Понравился рецепт? Поделитесь с друзьями",
        ],
        [
            "+В следующий раз попробую чугунную сковороду — пишите, если уже пробовали.",
        ],
        [
            "-7 комментариев",
            "-Игорь_К",
            "-А мука какая?",
            "-↳ Дрожжевой дневник",
            "-↳↳ Игорь_К",
        ],
        [
            "-Оставить комментарий",
        ],
        [
            "-Предыдущая запись: Как я оживил засохшую закваску",
        ],
    ]),
}

_LINE_XFAIL: dict[str, str] = {
    "Grab a cuppa – this post is a long one (about 2,500 words, or ten minutes of your evening).":
        "an English blog's reading-time sentence ('Grab a cuppa – this post is a long one (about 2,500 words, or ten "
        "minutes of your evening).') is left at the head",
    "Follow Lettice on Threads for more health news from the valley.":
        "an English reporter's Threads plug ('Follow Lettice on Threads for more health news from the valley.') is "
        "left at the foot",
    "Made with ♥ and far too much flour in a tiny rented kitchen.":
        "an English blog's made-with footer ('Made with ♥ and far too much flour in a tiny rented kitchen.') is left "
        "at the foot",
    "The Quillingstow Herald adheres to the Editors' Code of Practice and is regulated by IPSO.":
        "an English press-regulation footer ('The Quillingstow Herald adheres to the Editors' Code of Practice and is "
        "regulated by IPSO.') is left at the foot",
    "Reader replies are shown oldest first.":
        "an English reply-order line ('Reader replies are shown oldest first.') is left at the foot",
    "Conception et réalisation du site : une petite agence web de la vallée · Plan du site":
        "a French site-design credit ('Conception et réalisation du site : une petite agence web de la vallée · Plan "
        "du site') is left at the foot",
    "Mi trovi anche su Threads, dove racconto il dietro le quinte delle mie nuotate.":
        "an Italian blog's Threads plug ('Mi trovi anche su Threads, dove racconto il dietro le quinte delle mie "
        "nuotate.') is left at the foot",
    "Z pomocą redakcji opracowała Halina Gąsiorkiewicz-Lis":
        "a Polish prepared-by credit ('Z pomocą redakcji opracowała Halina Gąsiorkiewicz-Lis') is left at the head",
}

_KEEP_XFAIL: dict[str, str] = {}

_PAGE_XFAIL: dict[str, str] = {
    "en-portal-quillingstow-hospital-car-park":
        "the hospital car-park story keeps its photo caption ('The new multi-storey car park at Quillingstow General, "
        "seen from Elm Lane.') under the title (1 of 20 noise lines)",
    "fr-portail-vaudrimont-banque-alimentaire":
        "the food-bank story keeps its photo caption ('Les bénévoles trient les colis dans l'entrepôt de la rue des "
        "Tanneurs.') under the title (1 of 20 noise lines)",
    "fr-blog-jumellesetguidon-ornitho-velo":
        "the birding-by-bike post keeps its partner-offer line ('Mes jumelles préférées sont en promotion chez notre "
        "partenaire') between the paragraph with the quote and the subheading and its share row ('Diffuser : Facebook "
        "· Bluesky · Mastodon') between the two last paragraphs (2 of 20 noise lines)",
    "de-portal-kranichsfelde-hausarztpraxis":
        "the GP-surgery story keeps its photo caption ('Der frühere Wartesaal wird zum Empfang der Praxis umgebaut.') "
        "under the title (1 of 20 noise lines)",
    "de-blog-pinselundplastik-orks-bemalen":
        "the miniature-painting post keeps its advertising disclosure ('Dieser Beitrag enthält Werbung für Farben, "
        "die ich selbst gekauft habe.') under the title, its video-tutorial link ('Video-Tutorial zum Trockenbürsten "
        "auf meinem Kanal') between the second and third list rows, its more-tutorials link ('Mehr Tutorials: "
        "Kontrastfarben richtig verdünnen') between the last list row and the last paragraphs and its hashtag prompt "
        "('Zeig mir deine Orks unter #PinselundPlastik') between the two last paragraphs (4 of 20 noise lines)",
    "it-blog-acquagelata-nuoto-invernale":
        ("the cold-water-swimming post keeps its safety warning ('Attenzione: il nuoto in acque fredde può essere "
         "pericoloso; consulta un medico prima di iniziare.') under the title (1 of 20 noise lines); since round 85 "
         "its coffee prompt goes, since round 94 its save link ('Salva nei preferiti'), since round 135 its affiliate "
         "line ('La mia muta preferita su Amazon') between the first and second list rows"),
    "pl-portal-zurawinek-szczepienia":
        "the vaccination story keeps its photo caption ('Punkt szczepień w przychodni przy ulicy Lipowej.') under the "
        "title (1 of 20 noise lines)",
    "pl-blog-morsoweporanki-morsowanie":
        "the cold-water-swimming post keeps its tagline ('blog o zimnej wodzie i ciepłej herbacie') above the "
        "title and its author's name ('Aleksandra M.') under the title (2 of 20 noise lines); since round 85 its "
        "partner link goes",
    "ru-portal-brusnichnogorsk-kafe-dlya-opekunov":
        "the carers'-café story keeps its photo caption ('Первая встреча в кафе для опекунов в читальном зале.') "
        "under the title (1 of 20 noise lines)",
    "ru-blog-drozhzhevoydnevnik-pitstsa":
        "the sourdough-pizza post keeps its support link ('Поддержать блог') between the second paragraph and the "
        "paragraph with the quote, its baking-stone line ('Камень для выпечки, которым я пользуюсь') between the "
        "first and second list rows and its share prompt ('Понравился рецепт? Поделитесь с друзьями') between the two "
        "last paragraphs (3 of 20 noise lines)",
}

test_held_out_105_line, test_held_out_105_line_is_kept, test_held_out_105_page = held_out_tests(
    HELD_OUT_105_LINES, HELD_OUT_105_KEEP, HELD_OUT_105_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
