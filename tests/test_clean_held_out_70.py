"""Held-out set 70: written blind, weighted toward the noise the cleaner exists for, in shapes set 69's docstring does
not name: scraper, ad and embed markers (a leftover WordPress caption shortcode "[caption id=... align=... width=...]",
the English "ADVERTISEMENT · SCROLL TO CONTINUE READING", an Instagram embed fallback "View this post on Instagram",
the French "La suite de l'article après cette publicité", a German photo-gallery placeholder "Bildergalerie öffnen (12
Bilder)", the Italian upper-case "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ", the Polish "Dalsza część artykułu pod
reklamą" and the Russian "Материал продолжается после рекламы"); reading-time headers in new shapes (a stopwatch
"⏱ 6 min read", a plugin-style "Estimated reading time: 5 minutes, 12 seconds", the French "⏱ 5 minutes de lecture",
the German "Lesezeit: ca. 6 Min.", the Italian "⏱ 4 min di lettura", the Polish "Czas czytania: ok. 5 min" and the
Russian "⏱ 5 мин на чтение"); bylines and self-promotion (an English my-new-book-is-out plug, an English
listen-to-the-podcast-version plug, an English come-chat-on-my-Discord plug, a French book-signed-on-request plug, a
German support-me-on-Steady plug, an Italian new-novel-in-bookshops plug, a Polish Patronite plug and a Russian
Boosty plug); blog footers (an English "Built with Hugo · Hosted on Netlify" row, "Made with ♥ on Carrd", the French
"Blog hébergé par Canalblog", the German WordPress row with the Neve theme by Themeisle, the Italian "Sito creato con
Wix.com", the Polish Kadence theme and home.pl hosting row and the Russian "Сайт создан на конструкторе Nethouse");
reader-comment furniture (an English sort-by row, Blogger's removed-by-the-author stub, an English
sign-in-with-Google-Facebook-or-email line, the French show-14-replies link, the German cancel-reply link, the Italian
show-8-more-replies link, the Polish log-in-to-comment line and the Russian show-12-more-comments link); share rows
(an English send-this-to-a-friend row with Reddit and Hacker News, a German row with LinkedIn and Telegram and a
Polish row with Messenger); and notices (the English "This article is more than 2 years old", a French appeared-in-
our-print-edition line, an Italian first-published-in-the-magazine line and a Russian photo-supplied-by-the-press-
office credit); and toward whole scraped news and opinion pages in layouts sets 58 to 69 did not use (a regional
portal's story on a moor road closed while its cattle grid is replaced, a paper's column on the town's last
launderette closing with a comment, a regional portal's story on a canal lock-keeper retiring and his lock being
automated, a cider blog's essay on a pressing day between neighbours with a comment thread, a regional portal's story
on a district's last midwife retiring, a paper's column on a town-hall clock left an hour wrong since the clock change
with a comment, a regional portal's story on a chestnut festival cancelled for want of volunteers, a spinning blog's
essay on turning a neighbour's fleeces into yarn with a comment, a regional portal's story on a village hall
reopened after its renovation, a weekly's column on the notices pasted on a lamp post with a comment, a regional
portal's story on a town's public bathhouse shut until spring and a family blog's essay on clearing a late
grandmother's attic with a comment).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under src/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 69), docs/ or README.md, nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 69 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and
the three test functions), printed with one ast script (``ast.get_docstring`` split into paragraphs and cut before the
first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page`` node's source
segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the end); the
helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed
as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 69's with 69 -> 70 and
the xfail tables emptied, then refilled after the measurement. Nothing below was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s70, detached at commit
4bcc3210c049199d05f5a4085dc90315e867721c, main's HEAD just before the measurement; see (2)) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me: set 69's file was only printed through the ast
script above (its ``def _marks`` line was found as a function node, not by searching the text), and the listing of
tests/ (``ls``) at my first step showed file names only. (2) ``git rev-parse HEAD`` printed
49c08e98c694c93e2c3f7d63f9a706baa536be38 at my first step (``git status --short`` printed nothing); just before the
measurement it printed 4bcc3210c049199d05f5a4085dc90315e867721c (main had moved on meanwhile; ``git status --short``
again printed nothing), and that hash, as the brief's measuring steps say, is the frozen cleaner. ``git worktree
add``'s output was sent to /dev/null, for this worktree and for my branch's, so no commit subject was seen. The branch
set70 was made from main (also at 4bcc3210...); there this file (with the xfail tables filled) gives only passed and
xfailed tests, which is a check of the tables, not a second measurement. (3) To print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path,
which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s70scratch/stand) with stand-ins (a copy
of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` module; no case was run through the cleaner) that counted the
lines by category and by language (from the ``# English`` ... comments), the keep lines by language and the pages by
language, printed each page's block sizes and checked that no page noise line repeats on its page, is a substring of
an article line of its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_70_LINES``, and
that no noise line overlaps a keep line. Its runs found: my first draft built ``HELD_OUT_70_PAGES`` as
``dict([_page(...), ...])``, keyed by language, instead of by page name (fixed); the launderette, wool and attic pages
and the lamp-post column had 9 article lines (a row or a last paragraph was added to each); the Polish portal's
"Zaloguj" stood inside the Polish log-in-to-comment line (changed to "Moje konto"); and the ad labels "Publicité"
(French lock page) and "Reklama" (both Polish pages) stood inside keep lines (changed to "Annonce", "Ogłoszenie" and
"Materiał reklamowy"). Also before the measurement the Polish "w Wrzosowcu" was corrected to "we Wrzosowcu", and an
energy-comparison ad's firm and a joinery firm were renamed (see (6)). (5) At the measurement this docstring was a
placeholder; it was written afterwards, with the xfail tables. The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s70scratch/problems.py) that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory;
no gazetteer was available, so this is not a proof that they do not exist: Quertonval, Saint-Ambrelle, Vaurèze,
Hürnbach, Roccabrezza, Valbrezza, Scarthwick, Gullstone Press, Spinwell Launderette, Voltabargain and Fennhuber had no
hits; Hollinsmoor occurs only in a fictional cemetery walk's name; Brackwell only as a game's pumpkin patch, a fictional
family, test fixtures and an invented college; Верхнеключевск only in an invented town list (Ключевская сопка, a real
volcano, is a different name); Ummertal and Okniak occur only inside other words or encoded strings; Wrzosowiec occurs
as the name of a pond ("Duży Wrzosowiec") in a Polish data file, and the village here is "Wrzosowiec Górny". Dropped
before use: Jarzębiec (a real Polish village), Riedtal (a real street name and an invented college in code) and
Dornhalden (a real street and Swiss place name; checked, not used); "Switchly" (possibly a real switching service) and
"Menuiserie Ravaillac" (a historical surname) were renamed Voltabargain and Menuiserie Larcheval. Not checked, generic
or invented at sight: Quarry Street, Scarthwick Gate, Moorside Tyres, Kettle Notes, The Hedge Year, « Les Haies de
novembre », «La siepe di novembre», Le Pressoir d'Augustine, the theme names "Brindille", "Lanuginosa" and «Веранда»,
Filo di Nebbia, Fliesen Kröger, Akustik Fennhuber, Termoidraulica Bonvecchi, Brackwell Media Ltd, SAS Vallée Presse,
Ummertal Medien GmbH, Ummertaler Tagblatt, Valbrezza Comunicazione srl, Wrzosowiec24.pl, Wrzosowiec Media sp. z o.o.,
Tygodnik Nadrzeczny, Nadrzeczne Media sp. z o.o., «Оконный двор», ООО «Ключ-Медиа», Бассейн «Волна», санаторий
«Кедровый», улица Заречная, Дом с мезонином (also the title of a Chekhov story, used here as a blog name); "Brindille",
"Волна", "Кедровый", "Оконный двор" and "Заречная" are common enough that real firms, themes or streets may carry them;
the people's names (Joan Rudstone, Tamsin Yelverton, Derek Amble, Pat Kerridge, Gérard Molinié, Maëlle, Louis
Carbonnel, Solange M., Gerlinde Stoffregen, Ulrich Pfannenstiel, Hannelore B., Ornella Pastorini, Gemma, Aldo,
Rosaria, Halina Kądziołka, Bożena Wątrobiak, Janusz z Podgórza, Виктор Сабуров, Лида, Галина) are ordinary names real
people may bear; none is meant as a real person. Ulm, named in the German column's quote, is a real city; Podgórze,
in a commenter's signature, is a real district name. Phone, company, registry and registration numbers are zero-filled;
the e-mail addresses use the reserved .example domain. (7) Some lines name real things, as real pages do: WordPress
and its caption shortcode and cancel-reply link, Instagram, Hugo, Netlify, Carrd, Discord, Blogger's removed-comment
stub, Google, Facebook, Reddit, Hacker News, Canalblog, Steady, Neve and Themeisle, LinkedIn, Telegram, Wix.com,
Patronite, Kadence, home.pl, Messenger, X, Boosty, Nethouse, WhatsApp, Pinterest, IPSO, the French RCS, the German
Amtsgericht/HRB registry and Impressum, the Italian court registration and P.IVA, the Polish KRS and the Russian media
registration mark. No real person is named. (8) Set 69's docstring names its own shapes and the earlier sets' page
layouts only, so some lines may repeat shapes of sets before 69 that I could not check; in particular "This article is
more than 2 years old", the WordPress cancel-reply link, Blogger's removed-comment stub and the Polish log-in-to-comment
line are common enough that an earlier set may have used them. Close to shapes set 69 named: the Instagram fallback is
an embed placeholder like its YouTube one, on another platform; the ad-break lines are ad breaks like its "Story
continues below advertisement", in other languages and words; the Steady, Patronite and Boosty plugs are support-me
plugs like its Patreon, Satispay and buycoffee.to plugs, on other platforms; the footers are platform, builder and
theme rows like its Blogger, GeneratePress, Over-blog, Jimdo, WebWave and Tilda rows, on other platforms; the
reading-time rows are reading-time rows in other words; the share rows are share rows with other platforms. Some page
chrome repeats kinds of line set 69's docstring names among its left lines (WhatsApp and newsletter prompts, Pinterest
and like prompts, opinion disclaimers and more-columns links, ads between paragraphs), as real pages carry them. (9) My
first step's clock reading was 2026-12-03 23:33:31 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree
printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source material for the exhibition", "Comments from
residents", "Visit numbers at the museum", "Share of the vote", "Advertising the vacancy", "Sign-up sheets for the
rota", "Read more slowly", "Source d'inquiétude", "Partager la facture", "Publicité mensongère", "Quelle der
Verunreinigung", "Kommentar des Bürgermeisters", "Werbung für das Fest", "Condividere le spese", "Commenti a parte",
"Leggi regionali", "Komentarze mieszkańców", "Reklama na przystanku", "Комментарии главы района" and "Подписаться под
обращением" are article sentences. The caption shortcode, the ad breaks, the Instagram fallback and the gallery
placeholder are counted as markers; the reading-time rows as reading-time lines; the book, podcast, Discord, Steady,
Patronite and Boosty lines as bylines; platform, builder, hosting and theme rows as footers; the sort-by, removed-
comment, sign-in-to-comment, show-more-replies, cancel-reply and log-in-to-comment lines as comments; the share rows as
share; the more-than-2-years-old, print-edition, first-published-in-the-magazine and photo-credit lines as notices. On
every page the title, the first paragraph, the paragraph with the quote, the subheading, its list rows and the last
paragraphs are article (10 lines a page: four rows and two last paragraphs, or three rows and three last paragraphs)
and everything else is noise (20 lines a page: six lines above the title, two under it, two between the first
paragraph and the paragraph with the quote, two between the list rows and the last paragraphs, eight at the foot); in
particular site names, menus, search boxes, sign-in, account, subscription and e-paper lines, weather, speed-camera,
outage and breaking-news lines, breadcrumbs and dates, bylines, update and reading-time lines, column names and
opinion disclaimers, affiliate notes, ad labels and ads, Pinterest, like and heart prompts, read-also, more-columns and
previous-post links, WhatsApp, Telegram, app and newsletter prompts, tip-off and correction lines, tags, most-read
lists, comment counts, commenter rows, comment texts, reply, report and log-in-to-comment lines, comment-form fields,
theme, publisher, registry, regulator, legal, privacy, cookie and copyright lines are noise. The rows:
en-portal-cattle-grid "Where the diversion goes", en-column-launderette "What the launderette was for",
fr-portail-ecluse "Ce qui change au printemps" (three rows), fr-blog-cidre "Nos chiffres de la journée",
de-portal-hebamme "Was werdende Eltern jetzt wissen müssen" (three rows), de-kolumne-zeitumstellung "Wie der Ort mit
zwei Zeiten lebt" (three rows), it-portale-sagra "Cosa resta del programma" (three rows), it-blog-lana "Quanto ci è
voluto", pl-portal-swietlica "Co jest w nowej świetlicy" (three rows), pl-felieton-slupy "Co wisiało w tym tygodniu"
(three rows), ru-portal-banya "Где помыться, пока баня закрыта" (three rows) and ru-blog-cherdak "Главные находки",
the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 3, notice 4; by language
en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1),
it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20
keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10
a page): en-portal-cattle-grid (a regional news portal's story on a moor road closed for six weeks while a worn cattle
grid is replaced), en-column-launderette (a paper's opinion column on the town's last launderette closing, with a
comment), fr-portail-ecluse (a regional news portal's story on a canal lock-keeper retiring and his lock being worked
by remote control), fr-blog-cidre (a cider blog's essay on five families pressing 400 kilos of apples in an old screw
press, with a comment thread), de-portal-hebamme (a regional news portal's story on a district's last midwife
retiring without a successor), de-kolumne-zeitumstellung (a paper's opinion column on a town-hall clock an hour wrong
since the clock change, with a comment), it-portale-sagra (a regional news portal's story on a chestnut festival
cancelled for want of volunteers), it-blog-lana (a spinning blog's essay on washing, carding and spinning a neighbour's
fleeces, with a comment), pl-portal-swietlica (a regional news portal's story on a village hall reopened after its
renovation with a book corner and a kitchen), pl-felieton-slupy (a weekly's opinion column on the notices pasted on a
lamp post, with a comment), ru-portal-banya (a regional news portal's story on a town's only public bathhouse shut
until spring) and ru-blog-cherdak (a family blog's essay on clearing a late grandmother's attic, with a comment);
every page holds a title, a subheading with list rows, a quote in the article and noise above the title, between the
paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 4bcc3210c049199d05f5a4085dc90315e867721c, measured with ``cd /tmp/wt-s70 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s70/src python -m pytest -q tests/test_clean_held_out_70.py -rA
-p no:cacheprovider`` (14 failed, 63 passed) and ``cd /tmp/wt-s70 && PYTHONPATH=/tmp/wt-s70/src python
scripts/clean_held_out_report.py --sets 70`` (noise lines removed 39/45, article lines kept 20/20, pages clean 4/12,
page noise lines left 9 of 240), with the xfail tables empty): noise lines removed 39/45 (marker 8/8, reading-time
7/7, byline 6/8, footer 6/7, comments 7/8, share 3/3, notice 2/4; missed, all kept as paragraphs: the English "Come and
chat about this post on my Discord server – the invite link is in the sidebar.", "Made with ♥ on Carrd" and "This
comment has been removed by the author.", the German "Dir gefällt mein Blog? Unterstütze ihn mit einer Mitgliedschaft
bei Steady.", the Italian "Questo articolo è stato pubblicato originariamente sul numero di dicembre della rivista."
and the Russian "Фото предоставлено пресс-службой администрации района."); keep lines kept 20/20; pages 4/12 clean
(en-portal-cattle-grid, fr-portail-ecluse, de-kolumne-zeitumstellung and ru-blog-cherdak), 9 of 240 page noise lines
left and 2 of 120 article lines lost: en-column-launderette 1 left ("More from Tamsin Yelverton"); fr-blog-cidre 0
left, 2 lost (its two last paragraphs, "Le jus fermente maintenant dans la cave de chacun, ..." and "Si vous avez un
pressoir qui dort, sortez-le : ...", which follow its "Vous aimez ce blog ? Offrez-moi une bolée" prompt and
previous-post link); de-portal-hebamme 1 left ("Hürnbach heute jetzt auch auf WhatsApp"); it-portale-sagra 1 left
("Segui Roccabrezza Notizie sul nostro canale WhatsApp"); it-blog-lana 2 left ("Ti è piaciuto? Lascia un cuore qui
sotto" and "Post precedente: Tingere con le bucce di cipolla"); pl-portal-swietlica 2 left ("Ogłoszenie" and "Okna PCV
z montażem – Firma Okniak, raty 0%"); pl-felieton-slupy 1 left ("Felieton wyraża poglądy autorki"); ru-portal-banya 1
left ("Пластиковые окна от производителя — «Оконный двор»"). Of the left page lines none stands above the title or
under it, three between the first paragraph and the paragraph with the quote (the Polish portal's ad label and
window-fitter ad and the Russian portal's window ad, whose label "Реклама" goes), six between the list rows and the
last paragraphs and none at the foot; the two lost article lines are the cider blog's last paragraphs. The failing
cases are strict xfails.

Still held out after round 65 (development on set 67; measured once with ``scripts/clean_held_out_report.py --sets
70``): unchanged — noise lines removed 39/45, keep lines 20/20, pages clean 4/12, page noise lines left 9 of 240,
article lines lost 2 of 120 (the same lines and the same two cider-blog paragraphs).

Still held out after round 66 (development on set 69; measured once with ``scripts/clean_held_out_report.py --sets
70``): unchanged again — 39/45, 20/20, 4/12 clean, 9 of 240 left, 2 of 120 lost (the same lines and paragraphs).

Round 67 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 70`` and ``pytest tests/test_clean_held_out_70.py`` at 42ef5c4 (before) and
the round's last commit on branch round67 (after): noise lines 39/45 (unchanged: marker 8/8, reading-time 7/7, byline
6/8, footer 6/7, comments 7/8, share 3/3, notice 2/4), keep lines 20/20, pages 4 -> 5/12 clean, page noise lines left 9
of 240 (unchanged), article lines lost 2 -> 0 of 120; pytest 63 passed, 14 xfailed -> 64 passed, 13 xfailed. The loss
first: the cider blog's two last paragraphs stand under its previous-post link, and _goes_on_under read the last one,
the writer's advice to the reader ("Si vous avez un pressoir qui dort, sortez-le : ..."), as a teaser (the reader
named, no finite verb of its list); a sentence opened by a condition on the reader and closed by a full stop is now
the article's there, in six languages. With the paragraphs back in the body, the buy-me-a-bolée prompt above the link
was left to the rules, and a new class takes it: a liked-the-blog question before a tip jar's call ("Vous aimez ce blog
? Offrez-moi une bolée", "Dir gefällt mein Blog? Spendier mir ...", "Вам нравится мой блог? Угостите ..."). Left: the
six lines and eight page lines the xfails name (the Discord, Carrd, removed-comment, German membership, Italian
magazine and Russian photo-courtesy lines were not reached this round). Elsewhere: see set 71's round 67 paragraph.

Round 70: noise lines removed 39/45 -> 40/45 (byline 6/8 -> 7/8: the German Steady plug 'Dir gefällt mein Blog?
Unterstütze ihn mit einer Mitgliedschaft bei Steady.' goes, the tip jar's preposition 'bei' added); its strict xfail is
removed; pages, keep lines and losses unchanged.

Round 72: pages clean 5/12 -> 7/12, page noise lines left 9 -> 7 of 240: the midwife story's WhatsApp channel line
('Hürnbach heute jetzt auch auf WhatsApp') and the lamp-post column's opinion disclaimer ('Felieton wyraża poglądy
autorki') go with round 72's chat-channel and column-disclaimer rules; their strict xfails are removed; lines, keep
lines and losses unchanged.

Round 73: pages clean 7 -> 8/12, page noise lines left 7 -> 6 of 240: the chestnut-festival story's 'Segui Roccabrezza
Notizie sul nostro canale WhatsApp' goes (chat-channel news lines); its strict xfail is removed; lines, keep lines and
losses unchanged.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_70_LINES = [
    # English
    ("body", "[caption id=\"attachment_0000\" align=\"aligncenter\" width=\"1024\"]", "marker"),
    ("body", "ADVERTISEMENT · SCROLL TO CONTINUE READING", "marker"),
    ("body", "View this post on Instagram", "marker"),
    ("head", "⏱ 6 min read", "reading-time"),
    ("head", "Estimated reading time: 5 minutes, 12 seconds", "reading-time"),
    ("tail", "My new book, The Hedge Year, is out now from Gullstone Press – signed copies are in my online shop.", "byline"),
    ("tail", "Prefer to listen? I read this post aloud on the Kettle Notes podcast, wherever you get your podcasts.", "byline"),
    ("tail", "Come and chat about this post on my Discord server – the invite link is in the sidebar.", "byline"),
    ("tail", "Built with Hugo · Hosted on Netlify", "footer"),
    ("tail", "Made with ♥ on Carrd", "footer"),
    ("tail", "Sort by: Newest | Oldest | Most liked", "comments"),
    ("tail", "This comment has been removed by the author.", "comments"),
    ("tail", "Join the discussion – sign in with Google, Facebook or email to comment.", "comments"),
    ("tail", "Send this to a friend: Email · Reddit · Hacker News · Copy link", "share"),
    ("head", "This article is more than 2 years old", "notice"),
    # French
    ("body", "La suite de l'article après cette publicité", "marker"),
    ("head", "⏱ 5 minutes de lecture", "reading-time"),
    ("tail", "Mon livre « Les Haies de novembre » est disponible en librairie et sur mon site, dédicacé sur demande.", "byline"),
    ("tail", "Blog hébergé par Canalblog", "footer"),
    ("tail", "Afficher les 14 réponses", "comments"),
    ("tail", "Cet article est paru dans notre édition papier du 3 décembre 2026.", "notice"),
    # German
    ("body", "Bildergalerie öffnen (12 Bilder)", "marker"),
    ("head", "Lesezeit: ca. 6 Min.", "reading-time"),
    ("tail", "Dir gefällt mein Blog? Unterstütze ihn mit einer Mitgliedschaft bei Steady.", "byline"),
    ("tail", "Stolz präsentiert von WordPress | Theme: Neve von Themeisle", "footer"),
    ("tail", "Antworten abbrechen", "comments"),
    ("tail", "Teilen per: Facebook · LinkedIn · Telegram · Link kopieren", "share"),
    # Italian
    ("body", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ", "marker"),
    ("head", "⏱ 4 min di lettura", "reading-time"),
    ("tail", "Il mio nuovo romanzo «La siepe di novembre» è in libreria: lo trovi anche sul mio sito, con dedica.", "byline"),
    ("tail", "Sito creato con Wix.com", "footer"),
    ("tail", "Mostra altre 8 risposte", "comments"),
    ("tail", "Questo articolo è stato pubblicato originariamente sul numero di dicembre della rivista.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod reklamą", "marker"),
    ("head", "Czas czytania: ok. 5 min", "reading-time"),
    ("tail", "Wspieraj mnie na Patronite – dzięki Wam ten blog istnieje od ośmiu lat.", "byline"),
    ("tail", "Szablon: Kadence · Hosting: home.pl", "footer"),
    ("tail", "Zaloguj się, aby dodać komentarz", "comments"),
    ("tail", "Podziel się: Facebook | X | Messenger | E-mail", "share"),
    # Russian
    ("body", "Материал продолжается после рекламы", "marker"),
    ("head", "⏱ 5 мин на чтение", "reading-time"),
    ("tail", "Поддержать автора можно на Boosty — ссылка в описании блога.", "byline"),
    ("tail", "Сайт создан на конструкторе Nethouse", "footer"),
    ("tail", "Показать ещё 12 комментариев", "comments"),
    ("tail", "Фото предоставлено пресс-службой администрации района.", "notice"),
]

HELD_OUT_70_KEEP = [
    # English
    ("body", "Source material for the exhibition came from the parish chest, which had not been opened since 1961."),
    ("body", "Comments from residents at the drop-in session ranged from relief to open anger about the timetable."),
    ("head", "Visit numbers at the museum doubled after the entry fee was dropped in the spring."),
    ("body", "Share of the vote for the independent candidate fell to eleven per cent, down from nineteen."),
    ("tail", "Advertising the vacancy cost the council more than the first month's salary it offered."),
    ("tail", "Sign-up sheets for the rota were pinned to the church door, and by Sunday every slot was taken."),
    ("body", "Read more slowly, the minutes of the meeting tell a different story about who proposed the cut."),
    # French
    ("body", "Source d'inquiétude pour les riverains, le chantier doit durer jusqu'à l'été."),
    ("tail", "Partager la facture entre les trois communes n'a pas été simple, reconnaît le maire."),
    ("body", "Publicité mensongère : c'est ce que dénoncent les parents après la réunion de mardi."),
    # German
    ("body", "Quelle der Verunreinigung war nach Angaben des Wasserverbands ein defektes Rückschlagventil."),
    ("tail", "Kommentar des Bürgermeisters dazu: Man habe die Zahlen schlicht unterschätzt."),
    ("body", "Werbung für das Fest machten die Kinder selbst, mit Plakaten aus dem Kunstunterricht."),
    # Italian
    ("body", "Condividere le spese con il comune vicino è stata l'unica soluzione, spiega l'assessore."),
    ("tail", "Commenti a parte, il progetto è stato approvato all'unanimità dal consiglio."),
    ("head", "Leggi regionali diverse rendono complicato il trasporto scolastico tra le due valli."),
    # Polish
    ("body", "Komentarze mieszkańców na zebraniu wiejskim były zaskakująco zgodne."),
    ("tail", "Reklama na przystanku kosztowała gminę więcej niż sam przystanek."),
    # Russian
    ("body", "Комментарии главы района свелись к обещанию разобраться до конца месяца."),
    ("tail", "Подписаться под обращением успели более трёхсот жителей посёлка."),
]


HELD_OUT_70_PAGES = {
    "en-portal-cattle-grid": _page("en", "en-portal-cattle-grid", [
        ["-Hollinsmoor Herald", "-News | Farming | Roads | Sport | Jobs | Notices", "-Search the Herald",
         "-Sign in / Register", "-Gritters out tonight on the high roads above 300 m", "-Home › News › Roads"],
        ["+Moor road to close for six weeks while the Scarthwick cattle grid is replaced"],
        ["-By Herald reporter · Wed 3 Dec 2026, 07:40", "-Updated 09:15"],
        ["+The single-track road over Hollinsmoor will close from Monday so that the cattle grid at Scarthwick Gate, worn through after forty years, can be dug out and replaced."],
        ["-Advertisement", "-Winter tyres fitted while you wait – Moorside Tyres, Scarthwick"],
        ["+Farmer Joan Rudstone, whose sheep graze both sides of the grid, said: \"A gate would do for a week, but six weeks of opening and shutting it in the dark is another matter.\""],
        ["+Where the diversion goes", "+Via the valley road: 11 extra miles", "+School bus: leaves 20 minutes earlier",
         "+Walkers: footpath stays open", "+Emergency vehicles: keyholder at the farm"],
        ["-Read more: Bridge weight limit stays in place until spring", "-Get Herald road alerts on WhatsApp"],
        ["+The council says the new grid will be wider and rated for the milk tanker, which has had to reverse down the hill since the old one was load-limited."],
        ["+A gate with a spring closer will be fitted for the duration, and a volunteer rota is being drawn up at the chapel."],
        ["-Tags: Scarthwick, Roads, Farming", "-Most read", "-1. Man fined for feeding ponies on the moor",
         "-Got a story? Email newsdesk@hollinsmoorherald.example", "-Hollinsmoor Herald is published by Brackwell Media Ltd, company no. 00000000",
         "-Privacy notice | Terms | Cookie settings", "-We use cookies to improve your experience. Accept all",
         "-© 2026 Brackwell Media Ltd. All rights reserved."],
    ]),
    "en-column-launderette": _page("en", "en-column-launderette", [
        ["-THE BRACKWELL GAZETTE", "-Subscribe from £1 a week", "-Opinion", "-Columnists",
         "-Today's paper", "-Wednesday 3 December 2026"],
        ["+When the launderette shuts, the street loses its living room"],
        ["-Tamsin Yelverton", "-Tamsin Yelverton writes every Wednesday"],
        ["+The Spinwell Launderette on Quarry Street will wash its last load on Saturday, and nobody at the council seems to think that is their business."],
        ["-Sponsored", "-Compare energy deals in two minutes – Voltabargain"],
        ["+Its owner, Derek Amble, put it plainly when I asked why: \"The machines are older than my son, the rent has doubled and the parts come from a firm that no longer answers the phone.\""],
        ["+What the launderette was for", "+Students with no washer in their flat",
         "+Families between boilers", "+Pensioners who came for the company",
         "+Dog walkers waiting out the rain"],
        ["-Opinions expressed are the columnist's own", "-More from Tamsin Yelverton"],
        ["+A launderette is one of the last places in town where you sit for forty minutes beside strangers and talk, because the drum will not hurry."],
        ["+If the council can fund a consultation on hanging baskets, it can ask what Quarry Street will do with its Saturday mornings from now on."],
        ["-Letters to the editor: letters@brackwellgazette.example", "-Comments (3)",
         "-Pat Kerridge · 2 hours ago", "-I did my washing there for thirty years. Sad day.", "-Reply · Report",
         "-You must be a subscriber to comment", "-The Brackwell Gazette is a member of the Independent Press Standards Organisation (IPSO)",
         "-© Brackwell Gazette 2026"],
    ]),
    "fr-portail-ecluse": _page("fr", "fr-portail-ecluse", [
        ["-Quertonval Actu", "-Accueil · Faits divers · Économie · Sports · Agenda", "-Rechercher",
         "-Mon compte", "-Alerte météo : vigilance jaune pluie-inondation ce soir", "-Accueil > Vallée > Canal"],
        ["+Le dernier éclusier de la Vaurèze part à la retraite, l'écluse sera automatisée"],
        ["-Par la rédaction · Publié le 3 décembre 2026 à 06h30", "-Abonnés"],
        ["+Après trente-deux ans passés dans la maison de l'écluse de Saint-Ambrelle, Gérard Molinié manœuvrera ses portes une dernière fois le 19 décembre."],
        ["-Annonce", "-Menuiserie Larcheval : fenêtres bois et alu, devis gratuit"],
        ["+« Les bateaux, je les entendais arriver avant de les voir, et je savais souvent à qui ils étaient », raconte-t-il, un peu ému, devant la manivelle."],
        ["+Ce qui change au printemps", "+Manœuvre : par télécommande, sur réservation",
         "+Horaires : 9 h à 19 h d'avril à octobre", "+Maison de l'écluse : mise en location"],
        ["-À lire aussi : Le chemin de halage rouvert entre les deux ponts", "-Téléchargez l'application Quertonval Actu"],
        ["+Les plaisanciers devront appeler une centrale située à quarante kilomètres, qui ouvrira les portes à distance grâce à des caméras."],
        ["+La commune espère que la maison, vide depuis l'annonce, accueillera un gîte ou une buvette l'été prochain."],
        ["+Une fête est prévue le 19 décembre à 15 heures, au bord du canal."],
        ["-Mots-clés : canal, Saint-Ambrelle, patrimoine", "-Les plus lus", "-Inscrivez-vous à la lettre du matin",
         "-Signaler une erreur", "-Quertonval Actu est édité par SAS Vallée Presse, RCS 000 000 000",
         "-Mentions légales · Politique de confidentialité", "-Gérer mes cookies", "-© Quertonval Actu 2026"],
    ]),
    "fr-blog-cidre": _page("fr", "fr-blog-cidre", [
        ["-Le Pressoir d'Augustine", "-Accueil", "-Recettes", "-Le verger", "-À propos", "-Contact"],
        ["+Une journée de pressage entre voisins : 400 kilos de pommes et trois litres de sueur"],
        ["-Publié le 2 décembre 2026 par Maëlle", "-Catégories : Verger, Cidre"],
        ["+Samedi, cinq familles du hameau ont apporté leurs pommes dans la grange des Carbonnel, où un vieux pressoir à vis attendait depuis la guerre."],
        ["-Épingler sur Pinterest", "-Cet article contient des liens affiliés"],
        ["+« On ne savait pas si le bois tiendrait, alors on a serré doucement, et il a tenu », a résumé Louis Carbonnel en essuyant la vis."],
        ["+Nos chiffres de la journée", "+Pommes : 400 kg, douze variétés", "+Jus : 240 litres",
         "+Bonbonnes : 9", "+Tartes mangées : je n'ai pas compté"],
        ["-Vous aimez ce blog ? Offrez-moi une bolée", "-Article précédent : Greffer un vieux pommier"],
        ["+Le jus fermente maintenant dans la cave de chacun, et nous comparerons les cidres en mars."],
        ["+Si vous avez un pressoir qui dort, sortez-le : il suffit de deux voisins et d'une bâche propre."],
        ["-12 commentaires", "-Solange M. · 3 décembre 2026 à 8 h 14",
         "-Quel bonheur de voir ce pressoir revivre !", "-Répondre",
         "-Laisser un commentaire", "-Votre nom", "-Le Pressoir d'Augustine · Thème Brindille",
         "-© 2026 Le Pressoir d'Augustine – tous droits réservés"],
    ]),
    "de-portal-hebamme": _page("de", "de-portal-hebamme", [
        ["-Hürnbach heute", "-Lokales | Kreis | Sport | Kultur | Anzeigen", "-Suche",
         "-Anmelden", "-Blitzer heute: B-Straße bei Oberhürnbach", "-Startseite › Kreis › Gesundheit"],
        ["+Letzte Hebamme im Landkreis Hürnbach geht in Rente – Nachfolge offen"],
        ["-Von unserer Redaktion | 03.12.2026, 06:00 Uhr", "-Lesezeit 3 Minuten"],
        ["+Nach 38 Jahren und mehr als 2.600 begleiteten Geburten hört Gerlinde Stoffregen zum Jahresende auf; eine Nachfolgerin hat sich bisher nicht gemeldet."],
        ["-Anzeige", "-Badsanierung aus einer Hand – Fliesen Kröger, Hürnbach"],
        ["+„Ich habe Kinder von Kindern auf die Welt geholt, die ich selbst schon betreut habe“, sagt Stoffregen, „aber irgendwann muss auch ich an mich denken.“"],
        ["+Was werdende Eltern jetzt wissen müssen", "+Nächste Hebammenpraxis: 34 Kilometer",
         "+Wochenbettbetreuung: über eine Online-Vermittlung", "+Kreißsaal: weiterhin im Kreisklinikum"],
        ["-Auch interessant: Neue Kinderarztpraxis öffnet im Februar", "-Hürnbach heute jetzt auch auf WhatsApp"],
        ["+Der Landkreis prüft nach eigenen Angaben einen Zuschuss für Hebammen, die sich im ländlichen Raum niederlassen."],
        ["+Eine Abschiedsfeier für Stoffregen ist am 20. Dezember im Bürgerhaus geplant."],
        ["+Wer sie kennt, weiß: Sie wird wohl trotzdem ans Telefon gehen."],
        ["-Schlagworte: Gesundheit, Landkreis, Geburt", "-Meistgelesen", "-Newsletter abonnieren",
         "-Hinweis an die Redaktion", "-Impressum | Datenschutz | AGB",
         "-Hürnbach heute ist ein Angebot der Ummertal Medien GmbH, Amtsgericht Hürnbach HRB 00000",
         "-Cookie-Einstellungen", "-© 2026 Ummertal Medien GmbH"],
    ]),
    "de-kolumne-zeitumstellung": _page("de", "de-kolumne-zeitumstellung", [
        ["-Ummertaler Tagblatt", "-E-Paper", "-Abo", "-Meinung", "-Kolumnen", "-Mittwoch, 3. Dezember 2026"],
        ["+Die Uhr am Rathaus geht seit Oktober falsch, und ehrlich gesagt stört es niemanden"],
        ["-Eine Kolumne von Ulrich Pfannenstiel", "-Pfannenstiels Woche"],
        ["+Seit der Zeitumstellung zeigt die Rathausuhr eine Stunde mehr an als alle anderen Uhren im Ort, und ich habe aufgehört, sie zu korrigieren."],
        ["-Anzeige", "-Hörgeräte kostenlos testen – Akustik Fennhuber"],
        ["+Der Hausmeister erklärte mir am Telefon: „Für die Uhr braucht man eine Leiter, einen Schlüssel und den Mann aus Ulm, und der kommt erst im März.“"],
        ["+Wie der Ort mit zwei Zeiten lebt", "+Der Bäcker öffnet nach Rathauszeit",
         "+Die Schule läutet nach Funkuhr", "+Die Kirche hält sich heraus"],
        ["-Dieser Text gibt die Meinung des Autors wieder.", "-Alle Kolumnen von Ulrich Pfannenstiel"],
        ["+Vielleicht ist das die ehrlichste Lösung: Jeder sucht sich die Zeit aus, die ihm passt, und man trifft sich trotzdem."],
        ["+Im März, wenn die Uhren wieder umgestellt werden, stimmt sie von selbst wieder."],
        ["+Bis dahin komme ich zu allen Terminen entweder zu früh oder genau richtig."],
        ["-Leserbriefe an leserbriefe@ummertaler-tagblatt.example", "-Kommentare (2)",
         "-Hannelore B. · vor 3 Stunden", "-Bei uns im Ort ist es die Kirchturmuhr, seit Jahren!",
         "-Antworten | Melden", "-Zum Kommentieren bitte anmelden",
         "-Ummertaler Tagblatt · Verlag Ummertal Medien GmbH", "-© Ummertaler Tagblatt 2026"],
    ]),
    "it-portale-sagra": _page("it", "it-portale-sagra", [
        ["-Roccabrezza Notizie", "-Cronaca · Politica · Sport · Eventi · Necrologi", "-Cerca",
         "-Accedi", "-Allerta gialla per neve sui passi da stasera", "-Home › Cronaca › Eventi"],
        ["+Niente sagra della castagna a Roccabrezza: mancano i volontari"],
        ["-Redazione · 3 dicembre 2026, ore 7:45", "-Aggiornato alle 10:02"],
        ["+Per la prima volta dal 1974 la pro loco ha annullato la sagra: dei quaranta volontari che servivano ai tavoli ne sono rimasti undici."],
        ["-Pubblicità", "-Stufe a pellet con detrazione – Termoidraulica Bonvecchi"],
        ["+«Abbiamo chiesto in tutte le case e sui social, ma i giovani lavorano fuori e gli altri sono stanchi», ha detto la presidente Ornella Pastorini."],
        ["+Cosa resta del programma", "+Castagnata in piazza: domenica pomeriggio",
         "+Mercatino: confermato", "+Cena sociale: annullata"],
        ["-Leggi anche: Riapre la strada per il santuario", "-Segui Roccabrezza Notizie sul nostro canale WhatsApp"],
        ["+Il comune ha offerto il salone polivalente per un evento più piccolo, ma la pro loco preferisce fermarsi un anno e ripartire nel 2027."],
        ["+Chi vuole dare una mano può lasciare il proprio nome al bar della piazza, dove c'è un quaderno apposta."],
        ["+La prima riunione è fissata per il 15 gennaio."],
        ["-Tag: sagra, pro loco, volontariato", "-I più letti", "-Iscriviti alla newsletter",
         "-Segnala una notizia", "-Roccabrezza Notizie – Testata registrata presso il Tribunale, n. 00/2026",
         "-Editore: Valbrezza Comunicazione srl – P.IVA 00000000000", "-Informativa cookie",
         "-© 2026 Roccabrezza Notizie"],
    ]),
    "it-blog-lana": _page("it", "it-blog-lana", [
        ["-Filo di Nebbia", "-Home", "-Tutorial", "-Il mio gregge (quasi)", "-Chi sono", "-Negozio"],
        ["+Dal vello al gomitolo: un inverno con la lana delle pecore del vicino"],
        ["-2 dicembre 2026 · Gemma", "-In: Filatura, Lana"],
        ["+A maggio il mio vicino Aldo mi ha regalato tre velli che altrimenti avrebbe bruciato, perché nessuno compra più la lana di queste parti."],
        ["-Salva su Pinterest", "-Questo post contiene link di affiliazione"],
        ["+«Fanne quello che vuoi, ma non riportarmela indietro», mi ha detto Aldo ridendo mentre caricava i sacchi nella mia macchina."],
        ["+Quanto ci è voluto", "+Lavaggio: tre pomeriggi",
         "+Cardatura: due settimane di sere", "+Filatura: un mese all'arcolaio", "+Lana ottenuta: circa 900 grammi"],
        ["-Ti è piaciuto? Lascia un cuore qui sotto", "-Post precedente: Tingere con le bucce di cipolla"],
        ["+Ne sono uscite sei matasse un po' irregolari, color crema, che profumano ancora di pecora quando piove."],
        ["+La prima diventerà un berretto per Aldo, che non lo sa ancora."],
        ["-5 commenti", "-Rosaria · 2 dicembre 2026 alle 21:40",
         "-Che meraviglia, anch'io vorrei imparare a filare!", "-Rispondi",
         "-Lascia un commento", "-Nome *", "-Filo di Nebbia · Tema Lanuginosa",
         "-© 2026 Filo di Nebbia"],
    ]),
    "pl-portal-swietlica": _page("pl", "pl-portal-swietlica", [
        ["-Wrzosowiec24.pl", "-Wiadomości | Gmina | Sport | Ogłoszenia | Kontakt", "-Szukaj",
         "-Moje konto", "-PILNE: Brak wody w części wsi do godz. 14", "-Strona główna › Gmina"],
        ["+Świetlica we Wrzosowcu Górnym po remoncie. Jest kącik z książkami i nowa kuchnia"],
        ["-Redakcja · 3 grudnia 2026, 8:10", "-Aktualizacja: 3 grudnia 2026, 11:25"],
        ["+Po półtora roku remontu świetlica wiejska we Wrzosowcu Górnym znów jest otwarta, a w sobotę odbyło się w niej pierwsze spotkanie mieszkańców."],
        ["-Ogłoszenie", "-Okna PCV z montażem – Firma Okniak, raty 0%"],
        ["+– Wreszcie mamy gdzie się spotkać zimą, a nie tylko w sklepie przy ladzie – mówi sołtyska Halina Kądziołka."],
        ["+Co jest w nowej świetlicy", "+Kącik z książkami: 600 tomów",
         "+Kuchnia: nowa kuchenka i zmywarka", "+Sala: 80 miejsc"],
        ["-Czytaj także: Nowy rozkład autobusów od stycznia", "-Pobierz aplikację Wrzosowiec24"],
        ["+Remont kosztował 410 tysięcy złotych, z czego większość pochodziła z programu wojewódzkiego."],
        ["+Świetlica będzie otwarta we wtorki i czwartki po południu oraz w soboty."],
        ["+Pierwsze zajęcia dla seniorów zaplanowano na połowę grudnia."],
        ["-Tagi: świetlica, remont, sołectwo", "-Najczęściej czytane", "-Zapisz się do newslettera",
         "-Masz temat? Napisz do nas", "-Wydawca: Wrzosowiec Media sp. z o.o., KRS 0000000000",
         "-Regulamin | Polityka prywatności", "-Ustawienia plików cookie", "-© 2026 Wrzosowiec24.pl"],
    ]),
    "pl-felieton-slupy": _page("pl", "pl-felieton-slupy", [
        ["-Tygodnik Nadrzeczny", "-Prenumerata", "-E-wydanie", "-Opinie", "-Felietony", "-Środa, 3 grudnia 2026"],
        ["+Słup ogłoszeniowy, czyli najuczciwsza gazeta w mieście"],
        ["-Felieton Bożeny Wątrobiak", "-Zapiski z rynku"],
        ["+Na słupie przy przystanku wisi dziś czternaście kartek, a każda mówi o mieście więcej niż niejeden raport urzędu."],
        ["-Materiał reklamowy", "-Kredyt gotówkowy bez zaświadczeń – sprawdź ofertę"],
        ["+Pan, który co tydzień je zrywa z polecenia spółdzielni, powiedział mi: „Ja zdejmuję, a oni wieszają, i tak już od dwudziestu lat”."],
        ["+Co wisiało w tym tygodniu", "+Zginął kot, rudy, odpowiada na imię Lord",
         "+Korepetycje z matematyki, tanio", "+Sprzedam pianino, odbiór własny"],
        ["-Felieton wyraża poglądy autorki", "-Więcej felietonów Bożeny Wątrobiak"],
        ["+Gazeta pisze o tym, co ważne dla wszystkich; słup – o tym, co ważne dla jednej osoby, i dlatego czyta go każdy."],
        ["+Kot Lord, na szczęście, wrócił we wtorek."],
        ["+Pianino wciąż czeka na kupca."],
        ["-Komentarze (2)", "-Janusz z Podgórza · 2 godz. temu",
         "-Najlepszy felieton od miesięcy!", "-Odpowiedz | Zgłoś",
         "-Zaloguj się, by skomentować", "-Tygodnik Nadrzeczny – wydawca: Nadrzeczne Media sp. z o.o.",
         "-Polityka cookies", "-© Tygodnik Nadrzeczny 2026"],
    ]),
    "ru-portal-banya": _page("ru", "ru-portal-banya", [
        ["-Верхнеключевск.Инфо", "-Новости · Город · Происшествия · Спорт · Афиша", "-Поиск",
         "-Войти", "-Сегодня отключение света на улице Заречной с 10 до 16", "-Главная / Город"],
        ["+Городская баня в Верхнеключевске закрылась на ремонт до весны"],
        ["-Редакция · 3 декабря 2026, 08:20", "-Обновлено в 12:05"],
        ["+Единственная общественная баня города не примет посетителей до апреля: в парилке обрушилась часть потолка, а котёл признан изношенным."],
        ["-Реклама", "-Пластиковые окна от производителя — «Оконный двор»"],
        ["+«Мы сорок лет сюда ходим по субботам, для многих это не только мытьё, а встреча с друзьями», — говорит пенсионер Виктор Сабуров."],
        ["+Где помыться, пока баня закрыта", "+Бассейн «Волна»: душевые по будням",
         "+Санаторий «Кедровый»: по записи", "+Автобус в райцентр: по субботам"],
        ["-Читайте также: В городе откроют новый пункт выдачи посылок", "-Подписывайтесь на наш канал в Telegram"],
        ["+В администрации обещают, что ремонт оплатят из городского бюджета и работы начнутся уже в декабре."],
        ["+Жители собирают подписи за то, чтобы после ремонта сохранили старые дубовые лавки."],
        ["+Точная дата открытия будет объявлена в марте."],
        ["-Теги: баня, ремонт, ЖКХ", "-Самое читаемое", "-Сообщить новость",
         "-Сетевое издание «Верхнеключевск.Инфо», Эл № ФС00-00000",
         "-Учредитель: ООО «Ключ-Медиа»", "-Политика конфиденциальности",
         "-Сайт использует файлы cookie", "-© 2026 Верхнеключевск.Инфо"],
    ]),
    "ru-blog-cherdak": _page("ru", "ru-blog-cherdak", [
        ["-Дом с мезонином", "-Главная", "-О доме", "-Рецепты бабушки", "-Обо мне", "-Контакты"],
        ["+Что я нашла на бабушкином чердаке: письма, лыжи и три самовара"],
        ["-2 декабря 2026 · Лида", "-Рубрика: Дом"],
        ["+Этой осенью мы наконец разобрали чердак, куда после смерти бабушки никто не поднимался семь лет."],
        ["-Сохранить в Pinterest", "-В посте есть партнёрские ссылки"],
        ["+Сосед, помогавший снимать ящики, сказал: «Здесь, наверное, вся ваша семья лежит, только в коробках», — и был прав."],
        ["+Главные находки", "+Письма деда из армии, 1958 год",
         "+Лыжи с кожаными креплениями", "+Три самовара, один рабочий", "+Коробка стеклянных ёлочных игрушек"],
        ["-Понравилось? Поставьте лайк", "-Предыдущая запись: Как мы меняли крыльцо"],
        ["+Письма я сканирую и пересылаю родне, а самовар, который работает, теперь стоит на веранде."],
        ["+Остальное решим весной, когда на чердаке снова можно будет стоять без шубы."],
        ["-4 комментария", "-Галина · 2 декабря 2026 в 19:12",
         "-Какие чудесные находки! У нас тоже такой чердак.", "-Ответить",
         "-Оставить комментарий", "-Имя *", "-Дом с мезонином · тема «Веранда»",
         "-© 2026 Дом с мезонином"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "Questo articolo è stato pubblicato originariamente sul numero di dicembre della rivista.":
        "an Italian first-published-in-the-magazine's-December-issue notice ('Questo articolo è stato pubblicato originariamente sul numero di dicembre della rivista.') is left",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-column-launderette":
        "the paper's launderette column keeps its more-from-the-columnist link ('More from Tamsin Yelverton') after the list rows (1 of 20 noise lines)",
    "it-blog-lana":
        "the wool blog's post keeps its previous-post link ('Post precedente: Tingere con le bucce di cipolla') "
        "after the list rows (1 of 20 noise lines); since round 85 its leave-a-heart prompt goes",
    "ru-portal-banya":
        "the regional portal's bathhouse story keeps its plastic-windows ad ('Пластиковые окна от производителя — «Оконный двор»') between the first paragraph and the paragraph with the quote (1 of 20 noise lines)",
}


test_held_out_70_line, test_held_out_70_line_is_kept, test_held_out_70_page = held_out_tests(
    HELD_OUT_70_LINES, HELD_OUT_70_KEEP, HELD_OUT_70_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
