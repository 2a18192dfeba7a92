"""Held-out set 64: written blind, weighted toward the noise the cleaner exists for, in shapes set 63's
docstring does not name: scraper, ad and credit markers (a WordPress caption shortcode leftover '[caption
id="attachment_4512" align="aligncenter" width="800"]', a Google AdSense script leftover "(adsbygoogle =
window.adsbygoogle || []).push({});", the WordPress feed footer "The post ... appeared first on ...", a
French appeared-in-our-print-edition credit, a German "Mit Material der Nachrichtenagenturen epd und
KNA." agency credit, an Italian "In copertina: foto d'archivio (...)" cover-photo credit, a Polish "Fot.
materiały prasowe ..." photo credit and a Russian ad-marking row "Реклама. ООО «...», ИНН ..., erid:
..."); reading-time headers in new shapes (the English "Estimated reading time: 7 minutes", an English
reading time with a word count, a French "Lecture 4 min · Mis en ligne le ..." row, a German published-at
with "Lesezeit: 3 Min.", an Italian published-on with "3 minuti di lettura", the Polish "Czas czytania: 4
min." and a Russian date with "Время чтения: 3 минуты"); bylines and self-promotion (an English
buy-me-a-coffee-on-Ko-fi tip jar, an English my-book-is-out-now plug with signed copies, an English
I'm-available-for-freelance-work plug, a French all-my-recipes-are-in-my-book plug, a German
support-my-work-via-Steady-or-PayPal line, an Italian offer-me-a-coffee tip jar, a Polish buycoffee.to
tip jar and a Russian support-the-author-on-Boosty line); blog footers (an English "... © 2026 · Powered
by Ghost" row, the Substack footer "Substack is the home for great culture", the French Overblog footer
row "Créer un blog gratuit sur Overblog - ...", the German "Diese Website wurde mit Jimdo erstellt", the
Italian this-blog-is-not-a-newspaper disclaimer under law 62/2001, the Polish Blogger footer "Motyw
Prosty. Obsługiwane przez usługę Blogger." and the Russian "Сделано на Tilda"); reader-comment furniture
(the WordPress "Save my name, email, and website in this browser for the next time I comment.", the
Substack "Discussion about this post", an English "View 9 more replies", a French be-the-first-to-comment
line, a German comments-are-closed line, the Italian "Carica altri commenti", a Polish
show-earlier-comments link and the Russian Cackle widget leftover "Комментарии для сайта Cackle"); share
rows (an English Substack-like copy-link row, a French "Partager sur : ..." row and an Italian "Condividi
su WhatsApp | Telegram | ..." row); and notices (an English affiliate-links disclosure, a German
letters-are-not-the-paper's-opinion-and-may-be-cut line, a Polish comments-are-their-authors'-opinions
line and a Russian link-to-the-source-is-required line); and toward whole scraped news and opinion pages
in layouts sets 58 to 63 did not use (a town paper's columnist on the last bank branch closing, a night
nurse's essay on a Substack-like newsletter, a regional portal's drought-order story, a hiking blog's
loop walk, a regional portal's story on a village GP practice finding a successor, a local paper's column
on a neighbour's leaf blower, a regional portal's landslide story, an olive-harvest blog post, a regional
portal's water-main failure, a weekly's column on a pigeon-feeding ban, a regional portal's story on a
new rural health post and a dacha blog's essay on digging a well).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/ or anything under
src/), the development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py,
tests/site_batches*.py, tests/site_template_reviewed.py, tests/test_site_batches.py,
tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of held-out sets
10 to 63), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output. Read were: the
docstring of held-out set 63 up to its first round paragraph, its imports, its ``_page`` helper and its
tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring`` cut at the first paragraph starting "Still
held out after round" or "Round ", the import nodes' and the ``_page`` node's source segments, and the
file from the ``_marks`` line to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 63's with 63 -> 64. Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s64 at commit 2991fe8a7a14b8723ad5a510d1d6621871de1424, main's HEAD when the worktree
was made) and every failing case is marked as a strict xfail whose reason describes the line or page, not
a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
lists were executed from a scratch folder (/tmp/s64scratch) with stand-ins (a copy of ``NoisyCase`` and
``page_from_blocks`` and this file's ``_page``; no case was run through the cleaner) that counted the
lines by language, category and place, checked each page's layout (six noise lines, title, two noise
lines, first paragraph, two noise lines, quote paragraph, subheading and rows, two noise lines, last
paragraphs, eight noise lines) and checked that no page noise line repeats on its page, is a substring of
an article line of its page or overlaps a line of ``HELD_OUT_64_LINES``. Its first run failed: the first
draft had built ``HELD_OUT_64_PAGES`` as ``dict([...])`` of the ``_page`` pairs, which keys the pages by
language; it was rewritten as a dict keyed by page name, before the measurement. It then flagged the
Russian page's ad label "Реклама" as a substring of the Russian line "Реклама. ООО «Ромашка-Сервис», ..."
(reworded "На правах рекламы"), before the measurement. Left as they are, which the check allows:
"Ответить" (a reply link) stands on both Russian pages, once on each; the short ad labels "Anzeige",
"Pubblicità" and "Reklama" are parts of ad lines of their pages ("Anzeige: Pflegedienst Sommer ...",
...); and the newsletter's name "Notes from the Night Ward" stands alone above the title and inside four
other noise lines of its page. (3) At my first step main's HEAD read
2991fe8a7a14b8723ad5a510d1d6621871de1424 (``git rev-parse HEAD`` and ``git status --short``, which
printed nothing; the same step listed the file names of tests/, not their contents); it read the same
just before the measurement. ``git worktree add`` printed, as git does, the subject line of the commit it
checks out (a summary of sets 62 and 63 measured after round 60, with their figures); it was seen only
after the lists were finished and changed nothing in them. (4) At the measurement this docstring was a
placeholder; it was written afterwards, with the xfail tables. (5) The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then
read out once with ``_problems`` in the frozen worktree by a script that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons. (6)
Invented place names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do
not exist: Helmsditch, Saint-Ormelin, Vaubrenay, Talmbach, Roccavelina, Montesorbo, Quellenhagen,
Jarzębinowo, Olchówek Mały, Краснокедровск and Ключарёво had no hits; Ashwellby occurs only inside
identifiers (getWashWellByProjectId) and Sourdelle (used for a river) only inside a Chablis vineyard name
in a wine list. Dropped before use: Brackenfold (fictional names in code and an .nl domain), Eschenbrück
(a fictional sample-corpus village), Olszankowo (Olszankowa occurs as a real Polish place or street
name), Brzezinowo (in an address with a postal code, possibly real) and Верхнеключевск (in a list of
fictional town names). Not checked, derived, generic or invented at sight: Vaubrenay-le-Haut, Helmsditch
General, Market Street, Ridge Lane, ul. Polna, via Roma, ул. Центральная (generic names real places also
carry); the papers, portals, blogs, publishers and firms (The Ashwellby Courier, Pollard & Crane, Notes
from the Night Ward, Hedgerow Notes, Brackwater Press, The Hedge Year, Vaubrenay Infos, Sentiers de
traverse, Le Potager d'hiver, Quellenhagen aktuell, Pflegedienst Sommer, Talmbacher Bote,
Gartengeräte-Verleih Brandt, Montesorbo Notizie, Serramenti Corsini, Il filo d'olio, Kurier
Jarzębinowski, Tygodnik Nadrzeczny, Wydawnictwo Nadrzeczne, Apteka Pod Lipą, «Краснокедровск.Инфо»,
«Тёплый дом», «Ромашка-Сервис», «Записки с шести соток») and the people are invented; "Apteka Pod Lipą"
and «Тёплый дом» are common enough that real businesses carry them, and «Ромашка» is the stock
placeholder firm of Russian examples. (7) Some lines name real things, as real pages do: the WordPress
caption shortcode and feed footer wording, Google AdSense (adsbygoogle), Ko-fi, Ghost, Substack (with its
Restack and Notes), Facebook, LinkedIn, WhatsApp, X, Pinterest, Instagram, Telegram, Overblog, the Astra
theme, GPX, epd, KNA, Steady, PayPal, Jimdo, the Italian law n. 62 of 7 March 2001, Blogger (with its
Simple theme, "Semplice" and "Prosty"), buycoffee.to, the Russian erid ad marking and ИНН, Boosty, Tilda,
Cackle, the ФАП (rural health post), the Russian media registration mark, the Polish KRS and the Italian
P.IVA and court registration; registry, registration and street numbers are zero-filled. No real person
is named. (8) Set 63's docstring names its own shapes and the earlier sets' page layouts only, so some
lines may repeat shapes of sets before 63 that I could not check; in particular the WordPress "Save my
name, email, and website ..." line, the "appeared first on" feed footer, the Substack lines and the
Italian blog disclaimer are common enough that an earlier set may have used them. Close to shapes set 63
named: the French print-edition credit is a republished-from credit like its Creative Commons credit,
from the paper's own edition; the German agency credit is an agency line like its dpa-infocom code, in
words; the French, Russian and German reading-time rows carry a date like its published/updated,
date-and-views and "Stand:" rows, with a reading time; the book, tip-jar and hire-me plugs are
self-promotion like its guide, podcast and workshop plugs, for other things. (9) My first step's clock
reading was 2026-12-03 16:19:25 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed
my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with "Posted to the wrong address", "Powered by a single diesel
generator", "Estimated costs", "Discussion about the bypass", "Load-bearing walls", "Disclosure of the
councillors' interests", "Save for two abstentions", "Partager les frais", "Soyez prudents", "Lecture
publique", "Mit Material aus dem Stadtarchiv", "Veröffentlicht wurde das Gutachten", "Unterstützen will
die Stadt", "Condividere i costi", "Pubblicato nel 1953", "Carica di significato", "Czas oczekiwania",
"Opinie mieszkańców", "Поддержать фермеров" and "Комментарии специалистов" are article sentences. The
shortcode, script, feed-footer, print-edition, agency, photo-credit and ad-marking lines are counted as
markers; the reading-time rows (alone or with a date or word count) as reading-time lines; tip-jar, book,
hire-me and support-the-author plugs as bylines; platform, site-builder and blog-disclaimer rows as
footers; the comment-form, discussion, more-replies, be-the-first, closed, load-more, earlier-comments
and widget lines as comments; the share rows as share; the affiliate, letters, comment-opinion and
source-link lines as notices. On every page the title, the first paragraph, the paragraph with the quote,
the subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two
last paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines a page:
six lines above the title, two under it, two between the first paragraph and the paragraph with the
quote, two between the list rows and the last paragraphs, eight at the foot); in particular site names
and taglines, menus, sign-in, subscribe, account, trial and e-paper lines, weather, date and age-mark
lines, breadcrumbs and categories, ad labels and ads, author, date, update, comment-count and view-count
lines, read-more, most-popular, most-read, related, same-subject, you-might-also-like and previous-post
links, newsletter, WhatsApp, Telegram, Facebook and Instagram prompts, the newsletter's like-and-share
row, reader-supported and thanks-for-reading prompts and "Restack", affiliate notices on pages, tables of
contents, GPX and Pinterest lines, videos, galleries and polls, tags, share rows, column-schedule,
opinion-disclaimer and author-bio lines, comment headings, commenter rows, comment texts, reply, report
and write-a-comment links, print links, publisher, registry, address, legal, privacy, copyright, theme,
platform and cookie lines and back-to-top links are noise. The rows: en-column-last-bank-branch "What the
town will be left with", en-newsletter-night-shifts "What gets me through a twelve-hour night" (three
rows), fr-portail-arrete-secheresse "Les principales restrictions", fr-blog-boucle-randonnee "La boucle
en chiffres", de-portal-hausarztpraxis "Was sich für Patienten ändert", de-kolumne-laubblaeser "Was ich
stattdessen vorschlage" (three rows), it-portale-frana-provinciale "Le misure decise dal Comune" (three
rows), it-blog-raccolta-olive "La raccolta in numeri", pl-portal-awaria-wodociagu "Gdzie stoją
beczkowozy", pl-felieton-golebie "Co przewiduje uchwała rady miasta" (three rows), ru-portal-novyi-fap
"Что есть в новом ФАПе" and ru-blog-kolodec-na-dache "Во что обошёлся колодец" (three rows), the others
with four rows; all of them are article. The newsletter's site name "Notes from the Night Ward" is
reported as kept; since the check also finds a noise line of 25 or more characters inside any kept text
and the kept prompts of that page contain the name, it is counted among the left lines, above the title,
as the report counts it.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 8, share 3, notice 4; by
language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1), fr 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, notice 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, share 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1) and ru 6 (marker
1, reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl
2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-column-last-bank-branch (a town paper's opinion column on the last bank branch closing, with a
comment), en-newsletter-night-shifts (a night nurse's essay on a Substack-like newsletter, with a
comment), fr-portail-arrete-secheresse (a regional news portal's story on a drought order),
fr-blog-boucle-randonnee (a hiking blog's post on a three-pass loop walk, with a comment),
de-portal-hausarztpraxis (a regional news portal's story on a village GP practice finding a successor),
de-kolumne-laubblaeser (a local paper's opinion column on a neighbour's leaf blower, with a comment),
it-portale-frana-provinciale (a regional news portal's story on a landslide cutting off a village),
it-blog-raccolta-olive (a country blog's post on the olive harvest, with a comment),
pl-portal-awaria-wodociagu (a regional news portal's story on a water-main failure, with a comment),
pl-felieton-golebie (a weekly's opinion column on an ignored pigeon-feeding ban, with a comment),
ru-portal-novyi-fap (a regional news portal's story on a new rural health post, with a comment) and
ru-blog-kolodec-na-dache (a dacha blog's essay on digging a well, with a comment); every page holds a
title, a subheading with list rows, a quote in the article and noise above the title, between the
paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 2991fe8a7a14b8723ad5a510d1d6621871de1424, measured with ``cd
/tmp/wt-s64 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s64/src python -m pytest -q
tests/test_clean_held_out_64.py -rA -p no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s64 &&
PYTHONPATH=/tmp/wt-s64/src python scripts/clean_held_out_report.py --sets 64`` (noise lines removed
39/45, article lines kept 19/20, pages clean 2/12, page noise lines left 18 of 240), with the xfail
tables empty): noise lines removed 39/45 (marker 5/8, reading-time 7/7, byline 6/8, footer 6/7, comments
8/8, share 3/3, notice 4/4; missed, all kept as paragraphs: the English "(adsbygoogle =
window.adsbygoogle || []).push({});" and "I'm available for freelance editing and copywriting work: get
in touch through the contact page.", the French "Toutes mes recettes de saison sont réunies dans mon
livre « Le Potager d'hiver », disponible en librairie et sur mon site.", the German "Mit Material der
Nachrichtenagenturen epd und KNA.", the Italian "In copertina: foto d'archivio (Ufficio stampa del
Comune)" and the Polish "Motyw Prosty. Obsługiwane przez usługę Blogger."); keep lines kept 19/20 (lost:
the Italian "Pubblicato nel 1953, il regolamento del mercato non era mai stato aggiornato."); pages 2/12
clean (pl-portal-awaria-wodociagu and ru-portal-novyi-fap), 18 of 240 page noise lines left and 0 of 120
article lines lost: en-column-last-bank-branch 2 left ("Advertisement: Thinking of selling? Free
valuations from Pollard & Crane estate agents" and "Most popular: Pub's beer garden plans approved after
two-year wait"); en-newsletter-night-shifts 4 left ("Notes from the Night Ward", "Discover more from
Notes from the Night Ward: essays on nursing after dark. Over 2,000 subscribers", "Thanks for reading
Notes from the Night Ward! Subscribe for free to receive new posts." and "Restack");
fr-portail-arrete-secheresse 1 left ("Recevez nos alertes info sur WhatsApp"); fr-blog-boucle-randonnee 2
left ("Télécharger la trace GPX" and "Épingler sur Pinterest"); de-portal-hausarztpraxis 1 left
("Quellenhagen aktuell jetzt auch auf WhatsApp: Kanal abonnieren"); de-kolumne-laubblaeser 2 left
("Newsletter „Feierabend“: Jeden Freitag die Tipps fürs Wochenende" and "Umfrage: Sollten Laubbläser
verboten werden? Jetzt abstimmen"); it-portale-frana-provinciale 1 left ("Galleria fotografica: la frana
vista dal drone"); it-blog-raccolta-olive 1 left ("Questo post contiene link di affiliazione.");
pl-felieton-golebie 1 left ("Najczęściej czytane"); ru-blog-kolodec-na-dache 3 left ("Содержание статьи",
"В статье есть партнёрские ссылки на инструменты." and "Вам также может понравиться: Теплица из
поликарбоната своими руками"). Of the left page lines two stand above the title (the newsletter's name
and its discover-more prompt), none under it, six between the first paragraph and the paragraph with the
quote, ten between the list rows and the last paragraphs and none at the foot. The failing cases are
strict xfails.

Still held out after round 61 (development on sets 62 and 63; measured once with ``python
scripts/clean_held_out_report.py --sets 64`` and ``pytest tests/test_clean_held_out_64.py`` on this set
rebased onto main with round 61, 2026-12-03): noise lines removed 39 -> 40/45 (marker 5 -> 6/8: round 61's
ad-script leftovers take the AdSense push line; its xfail removed), keep lines kept 19/20 (unchanged),
pages clean 2 -> 3/12 (fr-portail-arrete-secheresse's WhatsApp-alerts prompt goes: round 61's
news-on-a-messenger class; its xfail removed), page noise lines left 18 -> 17 of 240, none of 120 article
lines lost. No other case changed.

Round 62 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 64`` and ``pytest tests/test_clean_held_out_64.py`` at 25423d1
(before) and the round's last commit on branch round62 (after): noise lines 40 -> 45/45 (marker 6 -> 8/8,
reading-time 7/7, byline 6 -> 8/8, footer 6 -> 7/7, comments 8/8, share 3/3, notice 4/4), keep lines 19 -> 20/20,
pages 3 -> 4/12 clean (it-blog-raccolta-olive), page noise lines left 17 -> 15 of 240 (the olive post's and the
dacha blog's affiliate-links notices between the paragraphs), article lines lost 0 -> 0 of 120; pytest 62
passed, 15 xfailed -> 69 passed, 8 xfailed. The mechanism of the loss: "Pubblicato nel 1953, il regolamento
del mercato non era mai stato aggiornato." opens with a stamp's word and its number comes at once, so it is a
stamp unless it goes on as a sentence; its main clause after the comma was refused because it holds a stamp's
word ("aggiornato") and counts fewer than five long words. A stamp's word inside the clause now refuses it only
when it opens the clause or a number follows it ("..., aggiornato alle 09:15"), and a participle clause dated
by a bare year (no day, month or time: a stamp never gives a year alone) needs three long words after the
comma, in six languages ("Published in 1962, ...", "Publié en 1961, ...", "Veröffentlicht im Jahr 1958, ...",
"Opublikowano w 1998 roku, ...", "Опубликовано в 1961 году, ..."). As line classes in six languages: Blogger's
footer with its template's name and the platform's credit and no theme images' credit ("Motyw Prosty.
Obsługiwane przez usługę Blogger.", "Simple theme. Powered by Blogger.", "Tema Semplice. Gestito da Blogger.");
a cover picture's label with a stock picture and its holder in brackets ("In copertina:", "En couverture :",
"Titelbild:", "Zdjęcie główne:", "Фото на обложке:", "Cover photo:"; the label also opens a names credit); the
agencies named as such before their names in a with-material credit ("Mit Material der Nachrichtenagenturen
...", "Con materiale delle agenzie ...", "По материалам агентств ..."); the writer available for freelance
work, writing, editing or translating commissions with a call to get in touch after a colon or a dash; the
writer's book named after a lead clause, its owner in the preposition's case, with where to get it ("... dans
mon livre « ... », disponible en librairie", "... in meinem Buch „...“, erhältlich ...", "... nel mio libro
«...», disponibile ...", "... w mojej książce „...”, dostępnej ...", "... в моей книге «...», ... в продаже");
and, wherever it stands, the page saying it holds affiliate links (the page named, a verb of holding in the
present, one short sentence, no quote or report; gated by its cue words). Left: 15 page lines (each page's
xfail names them: the estate-agent ad and most-popular link, the newsletter's name, discover-more and
thanks-for-reading prompts and "Restack", the GPX and Pinterest lines, the WhatsApp-channel and newsletter
prompts, the poll, the photo gallery, the most-read heading, the table-of-contents heading and the
you-might-also-like link), all of them between the paragraphs or above the title. Elsewhere: no other set
changed (every set from 10 to 63 reports as before); SemEval noise diff 0 changed files.

After round 63 (development on set 65; measured with ``python scripts/clean_held_out_report.py --sets 64``):
noise lines 45/45 and keep lines 20/20 as before; pages 4/12 clean, page noise lines left 15 -> 14 of 240
(de-kolumne-laubblaeser loses its poll line after the list rows), none of 120 article lines lost.

After round 64 (development on sets 66 and 68; measured with ``python scripts/clean_held_out_report.py --sets
64``): noise lines 45/45 and keep lines 20/20 as before; pages 4/12 clean, page noise lines left 14 -> 13 of 240
(fr-blog-boucle-randonnee loses its pin-on-Pinterest line after the list rows), none of 120 article lines lost.

After round 66 (measured once with ``scripts/clean_held_out_report.py --sets 64``): noise lines 45/45 and keep lines
20/20 (unchanged), pages clean 4 -> 5/12 and page noise lines left 13 -> 10 of 240 (en-column-last-bank-branch is
clean: its labelled estate-agent ad and its most-popular link go; ru-blog-kolodec-na-dache's you-might-also-like
link goes), article lines lost 0 of 120; pytest 68 passed, 9 xfailed -> 70 passed, 7 xfailed.

Round 68 (development on sets 72 and 71; measured with ``scripts/clean_held_out_report.py --sets 64``): pages 5 -> 6/12
clean, page noise lines left 10 -> 9 of 240: de-portal-hausarztpraxis's WhatsApp-channel prompt goes with the site
named on a messenger and the call to its channel after the colon (its strict xfail removed); pytest 70 passed, 7
xfailed -> 71 passed, 6 xfailed; other figures unchanged.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_64_LINES = [
    # English (15)
    ("body", '[caption id="attachment_4512" align="aligncenter" width="800"]', "marker"),
    ("body", "(adsbygoogle = window.adsbygoogle || []).push({});", "marker"),
    ("tail", "The post Why We Still Need Hedges appeared first on Hedgerow Notes.", "marker"),
    ("head", "Estimated reading time: 7 minutes", "reading-time"),
    ("head", "Reading time: 6 minutes (1,412 words)", "reading-time"),
    ("tail", "If this essay was useful to you, you can buy me a coffee at ko-fi.com/hedgerownotes — every cup keeps the blog ad-free.", "byline"),
    ("tail", "My book, The Hedge Year, is out now from Brackwater Press: signed copies are available from my website.", "byline"),
    ("tail", "I'm available for freelance editing and copywriting work: get in touch through the contact page.", "byline"),
    ("tail", "Hedgerow Notes © 2026 · Powered by Ghost", "footer"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "Save my name, email, and website in this browser for the next time I comment.", "comments"),
    ("tail", "Discussion about this post", "comments"),
    ("tail", "View 9 more replies", "comments"),
    ("tail", "Share this post: Copy link · Facebook · Email · Notes", "share"),
    ("body", "Disclosure: this post contains affiliate links, so I may earn a small commission if you buy through them, at no extra cost to you.", "notice"),
    # French (6)
    ("tail", "Cet article est paru dans notre édition papier du 4 mars 2026.", "marker"),
    ("head", "Lecture 4 min · Mis en ligne le 04/03/2026 à 10h12", "reading-time"),
    ("tail", "Toutes mes recettes de saison sont réunies dans mon livre « Le Potager d'hiver », disponible en librairie et sur mon site.", "byline"),
    ("tail", "Créer un blog gratuit sur Overblog - Top articles - Contact - Signaler un abus - C.G.U. - Cookies et données personnelles", "footer"),
    ("tail", "Soyez le premier à commenter cet article.", "comments"),
    ("tail", "Partager sur : Facebook · X · LinkedIn · WhatsApp · E-mail", "share"),
    # German (6)
    ("tail", "Mit Material der Nachrichtenagenturen epd und KNA.", "marker"),
    ("head", "Veröffentlicht am 04.03.2026 um 10:12 Uhr | Lesezeit: 3 Min.", "reading-time"),
    ("tail", "Wenn Ihnen meine Texte gefallen, unterstützen Sie meine Arbeit gern über Steady oder PayPal.", "byline"),
    ("tail", "Diese Website wurde mit Jimdo erstellt", "footer"),
    ("tail", "Die Kommentarfunktion für diesen Artikel wurde geschlossen.", "comments"),
    ("tail", "Hinweis: Leserbriefe geben nicht die Meinung der Redaktion wieder; wir behalten uns Kürzungen vor.", "notice"),
    # Italian (6)
    ("body", "In copertina: foto d'archivio (Ufficio stampa del Comune)", "marker"),
    ("head", "Pubblicato il 4 Marzo 2026 | 3 minuti di lettura", "reading-time"),
    ("tail", "Se ti è piaciuto questo articolo, offrimi un caffè: anche un piccolo contributo aiuta a tenere aperto il blog.", "byline"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità. Non può pertanto considerarsi un prodotto editoriale ai sensi della legge n. 62 del 7.03.2001.", "footer"),
    ("tail", "Carica altri commenti", "comments"),
    ("tail", "Condividi su WhatsApp | Telegram | Facebook | Copia link", "share"),
    # Polish (6)
    ("body", "Fot. materiały prasowe Urzędu Gminy", "marker"),
    ("head", "Czas czytania: 4 min.", "reading-time"),
    ("tail", "Jeśli chcesz wesprzeć bloga, możesz postawić mi kawę na buycoffee.to – dziękuję!", "byline"),
    ("tail", "Motyw Prosty. Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Pokaż wcześniejsze komentarze (12)", "comments"),
    ("tail", "Opinie zamieszczane w komentarzach są prywatnymi opiniami ich autorów i nie odzwierciedlają stanowiska redakcji.", "notice"),
    # Russian (6)
    ("tail", "Реклама. ООО «Ромашка-Сервис», ИНН 0000000000, erid: 2Vtzqx0000", "marker"),
    ("head", "4 марта 2026, 10:12 · Время чтения: 3 минуты", "reading-time"),
    ("tail", "Поддержать автора можно на Boosty — там же выходят черновики будущих статей.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("tail", "При использовании материалов активная ссылка на источник обязательна.", "notice"),
]

HELD_OUT_64_KEEP = [
    # English (7)
    ("head", "Posted to the wrong address, the council's letters took three weeks to reach the farms on Ridge Lane."),
    ("body", "Powered by a single diesel generator, the field clinic ran for eleven days before mains power returned."),
    ("body", "Estimated costs for the new roof have almost doubled since the survey, the treasurer told members."),
    ("tail", "Discussion about the bypass went on past midnight, and the vote was put off until April."),
    ("body", "Load-bearing walls in the old mill were found to be sound, according to the engineer's report."),
    ("tail", "Disclosure of the councillors' interests will now be published online within a week of each meeting."),
    ("head", "Save for two abstentions, the committee backed the plan."),
    # French (3)
    ("body", "Partager les frais du ramassage scolaire entre les trois communes reste la piste privilégiée par le maire."),
    ("head", "Soyez prudents sur la route du col ce week-end, a insisté le maire, faute de chasse-neige en nombre suffisant."),
    ("tail", "Lecture publique : la médiathèque ouvrira désormais le dimanche matin, une première dans le canton."),
    # German (3)
    ("body", "Mit Material aus dem Stadtarchiv hat eine Schulklasse eine Ausstellung über die alte Ziegelei gestaltet."),
    ("head", "Veröffentlicht wurde das Gutachten erst nach einem Antrag der Opposition im Gemeinderat."),
    ("tail", "Unterstützen will die Stadt vor allem Familien mit kleinen Einkommen, heißt es in der Vorlage."),
    # Italian (3)
    ("body", "Condividere i costi del trasporto scolastico con i comuni vicini resta l'ipotesi più concreta, secondo il sindaco."),
    ("head", "Pubblicato nel 1953, il regolamento del mercato non era mai stato aggiornato."),
    ("tail", "Carica di significato la scelta di inaugurare la scuola nel giorno del centenario del paese."),
    # Polish (2)
    ("body", "Czas oczekiwania na wizytę u specjalisty w powiatowym szpitalu skrócił się do sześciu tygodni."),
    ("tail", "Opinie mieszkańców zebrane podczas konsultacji trafią do radnych przed głosowaniem."),
    # Russian (2)
    ("body", "Поддержать фермеров область решила субсидией на покупку семян."),
    ("tail", "Комментарии специалистов о новом мосте редакция опубликует в следующем номере."),
]

HELD_OUT_64_PAGES = {
    "en-column-last-bank-branch": _page("en", "en-column-last-bank-branch", [
        ["-The Ashwellby Courier",
         "-News | Sport | Opinion | Property | Jobs | Announcements",
         "-Sign in | Subscribe from £1 a week",
         "-Thursday 5 March 2026 · 8°C light rain",
         "-Opinion › Columnists",
         "-ADVERTISEMENT"],
        ["+When the last bank goes, a town loses more than a cash machine"],
        ["-By Meredith Tolland, Courier columnist",
         "-Published 5 March 2026, 07:00"],
        ["+Next month the branch on Market Street will lock its doors for the last time, and with it goes the final bank counter within eleven miles of Ashwellby."],
        ["-Read more: Market Street traders warn of quieter Saturdays",
         "-Get the Courier's morning briefing in your inbox — sign up free"],
        ["+The bank says fewer than two hundred customers a week still use the counter. \"We understand this will be disappointing,\" its letter to account holders reads, \"but the way people bank has changed.\""],
        ["+What the town will be left with",
         "+One cash machine, outside the pharmacy",
         "+A mobile banking van, Tuesdays 10am to 1pm",
         "+Counter services at the post office, four days a week",
         "+A banking hub promised 'in due course'"],
        ["-Advertisement: Thinking of selling? Free valuations from Pollard & Crane estate agents",
         "-Most popular: Pub's beer garden plans approved after two-year wait"],
        ["+My neighbour, who is 84, pays her coal merchant in cash and checks her balance by asking a person. She is not going to download an app."],
        ["+If the town wants a banking hub, it will have to make a noise now, before the doors close and the bank's attention moves on."],
        ["-Meredith Tolland's column appears every Thursday.",
         "-Do you agree? Write to us at letters@ashwellby-courier.example",
         "-Topics: Banking, Market Street, Opinion",
         "-4 comments",
         "-Arthur P. · 2 days ago",
         "-The van came twice and then stopped coming. Nobody told us why.",
         "-Reply · Report",
         "-© 2026 Ashwellby Courier Ltd. Registered in England No. 00000000"],
    ]),
    "en-newsletter-night-shifts": _page("en", "en-newsletter-night-shifts", [
        ["-Notes from the Night Ward",
         "-Home · Notes · Archive · About",
         "-Subscribe",
         "-Sign in",
         "-Discover more from Notes from the Night Ward: essays on nursing after dark. Over 2,000 subscribers",
         "-Type your email..."],
        ["+Four in the morning is its own country"],
        ["-Harriet Colby",
         "-Mar 04, 2026"],
        ["+I have worked nights on a surgical ward at Helmsditch General for nine years, and I still cannot tell you why the hardest hour is always the one just before four."],
        ["-♡ 14 · 💬 3 · Share",
         "-Notes from the Night Ward is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."],
        ["+A patient once asked me, around that hour, whether the night nurses got used to it. \"You don't get used to it,\" my first ward sister told me years ago. \"You just get better at pretending it's daytime.\""],
        ["+What gets me through a twelve-hour night",
         "+A flask of soup at 2am, not coffee",
         "+Ten minutes of fresh air on the fire escape",
         "+The porter who hums the same song every shift"],
        ["-Thanks for reading Notes from the Night Ward! Subscribe for free to receive new posts.",
         "-Restack"],
        ["+None of this is heroic. Most nights nothing happens, and the job is to make sure it stays that way."],
        ["+When the day staff arrive, the handover takes twenty minutes and then the ward belongs to someone else."],
        ["+I drive home with the low sun in my eyes, and the town is just waking up."],
        ["-Subscribe to Notes from the Night Ward",
         "-By Harriet Colby · Launched 2 years ago",
         "-Essays on nursing after dark.",
         "-3 Comments",
         "-Alma R.",
         "-Mar 5",
         "-The porter humming got me. We had one like that on maternity.",
         "-© 2026 Harriet Colby · Privacy ∙ Terms ∙ Collection notice"],
    ]),
    "fr-portail-arrete-secheresse": _page("fr", "fr-portail-arrete-secheresse", [
        ["-Vaubrenay Infos",
         "-Actualités | Faits divers | Sports | Agenda | Petites annonces",
         "-Se connecter | S'abonner",
         "-Météo : 24 °C, ensoleillé",
         "-Accueil > Environnement",
         "-Publicité"],
        ["+Sécheresse : arrosage interdit dans quatorze communes du canton"],
        ["-Par Julien Marsac",
         "-Publié le 12 juillet 2026 à 18h05"],
        ["+La préfecture a placé vendredi le bassin de la Sourdelle en alerte renforcée : jusqu'à nouvel ordre, il est interdit d'arroser les pelouses, de laver sa voiture et de remplir les piscines privées."],
        ["-À lire aussi : Le niveau des nappes au plus bas depuis 2019",
         "-Recevez nos alertes info sur WhatsApp"],
        ["+Les agriculteurs bénéficient de dérogations pour l'irrigation de nuit. « Nous comprenons l'inquiétude, mais chaque mètre cube compte », a déclaré le sous-préfet lors d'un point presse."],
        ["+Les principales restrictions",
         "+Arrosage des jardins : interdit de 8 h à 20 h",
         "+Lavage des véhicules : interdit hors stations",
         "+Remplissage des piscines : interdit",
         "+Irrigation agricole : réduite de 40 %"],
        ["-Vidéo : la Sourdelle à sec sous le pont de Saint-Ormelin",
         "-Sur le même sujet"],
        ["+Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 euros."],
        ["+Un nouveau point sera fait le 26 juillet, en fonction de la météo et du débit des rivières."],
        ["-Mots-clés : sécheresse, préfecture, eau",
         "-Newsletter : chaque matin, l'essentiel de l'actu locale",
         "-Les plus lus",
         "-Un incendie détruit un hangar agricole à Saint-Ormelin",
         "-Qui sommes-nous ? | Contact | Mentions légales | Politique de confidentialité",
         "-Gérer mes cookies",
         "-© Vaubrenay Infos 2026 – Tous droits réservés",
         "-Haut de page"],
    ]),
    "fr-blog-boucle-randonnee": _page("fr", "fr-blog-boucle-randonnee", [
        ["-Sentiers de traverse",
         "-Carnets de randonnée en moyenne montagne",
         "-Accueil | Itinéraires | Matériel | À propos | Contact",
         "-Rechercher…",
         "-Catégorie : Randonnées à la journée",
         "-Posté par Claire · 3 mai 2026"],
        ["+La boucle des trois cols, au départ de Vaubrenay-le-Haut"],
        ["-Lecture : 6 min",
         "-12 commentaires"],
        ["+Je cherchais depuis longtemps une boucle faisable en une journée sans voiture, et celle-ci part littéralement de l'arrêt du car."],
        ["-Cet article contient des liens affiliés vers du matériel que j'utilise.",
         "-Sommaire [afficher]"],
        ["+Au refuge, le gardien m'a prévenue : « Le dernier col est plus long qu'il n'en a l'air, ne partez pas après midi. » Il avait raison."],
        ["+La boucle en chiffres",
         "+Distance : 19 km",
         "+Dénivelé positif : 1 150 m",
         "+Durée : 7 h avec les pauses",
         "+Point d'eau : fontaine du refuge"],
        ["-Télécharger la trace GPX",
         "-Épingler sur Pinterest"],
        ["+Le retour par la forêt est ombragé, ce qui se mérite en fin de journée."],
        ["+Je la referai à l'automne, quand les hêtres auront changé de couleur."],
        ["-Étiquettes : boucle, cols, sans voiture",
         "-Article précédent : Bien choisir ses bâtons",
         "-Laisser un commentaire",
         "-Marc D. – 4 mai 2026 à 21 h 14",
         "-Merci pour la trace, je l'ai faite dimanche en 6 h !",
         "-Répondre",
         "-Abonnez-vous pour recevoir les nouveaux articles par e-mail.",
         "-© 2026 Sentiers de traverse – Thème Astra"],
    ]),
    "de-portal-hausarztpraxis": _page("de", "de-portal-hausarztpraxis", [
        ["-Quellenhagen aktuell",
         "-Lokales | Region | Sport | Kultur | Service",
         "-Anmelden | Abo",
         "-ePaper",
         "-Startseite › Lokales › Gesundheit",
         "-Anzeige"],
        ["+Hausarztpraxis in Talmbach findet einen Nachfolger"],
        ["-Von Katrin Weißhaupt",
         "-05.03.2026, 14:30 Uhr"],
        ["+Nach fast zwei Jahren Suche ist die Zukunft der einzigen Hausarztpraxis in Talmbach gesichert: Ab Juli übernimmt eine junge Allgemeinmedizinerin aus dem Nachbarlandkreis."],
        ["-Lesen Sie auch: Notdienst am Wochenende – wo Patienten jetzt Hilfe finden",
         "-Quellenhagen aktuell jetzt auch auf WhatsApp: Kanal abonnieren"],
        ["+Der scheidende Arzt Herbert Lamprecht, 71, ist erleichtert. „Ich wollte meine Patienten nicht einfach im Stich lassen“, sagte er bei einem Pressetermin in der Praxis."],
        ["+Was sich für Patienten ändert",
         "+Sprechzeiten ab Juli: Montag bis Freitag, 8 bis 12 Uhr",
         "+Neu: Nachmittagssprechstunde am Dienstag",
         "+Terminbuchung auch online",
         "+Alle Patientenakten werden übernommen"],
        ["-Anzeige: Pflegedienst Sommer – Wir sind für Sie da, 24 Stunden am Tag",
         "-Mehr zum Thema"],
        ["+Die Gemeinde hat den Umbau der Praxisräume mit 40.000 Euro unterstützt."],
        ["+Bürgermeister Jens Rohloff sprach von einem „guten Tag für das Dorf“."],
        ["-Schlagworte: Gesundheit, Talmbach, Ärztemangel",
         "-Artikel teilen: Facebook | WhatsApp | E-Mail",
         "-Meistgelesen",
         "-Feuerwehr rückt zu Schornsteinbrand aus",
         "-Kommentare (2)",
         "-Sie müssen angemeldet sein, um kommentieren zu können.",
         "-Impressum | Datenschutz | AGB | Kontakt",
         "-© 2026 Quellenhagen aktuell Verlags-GmbH"],
    ]),
    "de-kolumne-laubblaeser": _page("de", "de-kolumne-laubblaeser", [
        ["-Talmbacher Bote",
         "-Heimat | Politik | Wirtschaft | Meinung | Freizeit",
         "-Mein Konto",
         "-Jetzt 4 Wochen gratis testen",
         "-Meinung › Kolumne „Gartenzaun“",
         "-Werbung"],
        ["+Warum ich den Laubbläser meines Nachbarn hasse – und trotzdem verstehe"],
        ["-Eine Kolumne von Ulrike Fennert",
         "-Aktualisiert: 06.03.2026"],
        ["+Samstag, halb acht: Ich liege noch im Bett, als nebenan das Heulen beginnt, das ich inzwischen besser kenne als jeden Vogelruf im Garten."],
        ["-Auch interessant: So überwintern Igel im Garten",
         "-Newsletter „Feierabend“: Jeden Freitag die Tipps fürs Wochenende"],
        ["+Ich habe ihn darauf angesprochen. „Mit dem Rechen brauche ich drei Stunden, mit dem Gerät zwanzig Minuten“, sagte er – und ich hatte keine gute Antwort."],
        ["+Was ich stattdessen vorschlage",
         "+Laub unter Hecken einfach liegen lassen",
         "+Rechen statt Gebläse auf kleinen Flächen",
         "+Wenn schon Gerät, dann nicht vor zehn Uhr"],
        ["-Anzeige: Gartengeräte-Verleih Brandt – Häcksler ab 35 Euro am Tag",
         "-Umfrage: Sollten Laubbläser verboten werden? Jetzt abstimmen"],
        ["+Am Ende geht es nicht um Lärm, sondern um Zeit, und davon haben wir alle zu wenig."],
        ["+Mein Nachbar und ich haben uns auf Samstag ab zehn geeinigt."],
        ["+Die Igel werden es uns danken."],
        ["-Ulrike Fennert schreibt jeden zweiten Freitag über Garten und Nachbarschaft.",
         "-Die Kolumne gibt die Meinung der Autorin wieder.",
         "-Leserkommentare",
         "-Gartenfreund_62 · vor 3 Stunden",
         "-Endlich sagt es mal jemand!",
         "-Antworten · Melden",
         "-Diesen Artikel drucken",
         "-© Talmbacher Bote 2026. Alle Rechte vorbehalten."],
    ]),
    "it-portale-frana-provinciale": _page("it", "it-portale-frana-provinciale", [
        ["-Montesorbo Notizie",
         "-Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Accedi | Abbonati",
         "-Oggi: 11 marzo 2026 · Sereno 14 °C",
         "-Home » Cronaca",
         "-Pubblicità"],
        ["+Frana sulla provinciale 42, Roccavelina resta isolata per tre giorni"],
        ["-di Giacomo Tarlazzi",
         "-11 Marzo 2026 - 09:40"],
        ["+Una frana di circa duemila metri cubi si è staccata nella notte dal versante sopra la provinciale 42, chiudendo l'unica strada che collega Roccavelina al fondovalle."],
        ["-Leggi anche: Maltempo, allerta arancione su tutta la provincia",
         "-Iscriviti al canale WhatsApp di Montesorbo Notizie"],
        ["+Nessuno è rimasto ferito. «Abbiamo sentito un boato verso le tre, poi più niente», racconta una residente che abita a poche centinaia di metri dal punto della frana."],
        ["+Le misure decise dal Comune",
         "+Navetta per gli studenti lungo la strada forestale",
         "+Consegna dei farmaci a domicilio per gli anziani",
         "+Guardia medica presente in paese fino alla riapertura"],
        ["-Pubblicità: Serramenti Corsini, preventivi gratuiti",
         "-Galleria fotografica: la frana vista dal drone"],
        ["+I tecnici della Provincia contano di riaprire una corsia a senso alternato entro venerdì."],
        ["+Per la messa in sicurezza definitiva serviranno però mesi di lavori."],
        ["+Il sindaco ha chiesto alla Regione lo stato di emergenza."],
        ["-Tag: frana, viabilità, Roccavelina",
         "-Articoli correlati",
         "-Maltempo, chiusa per due giorni la scuola di Roccavelina",
         "-Redazione: via Roma 0, Montesorbo – redazione@montesorbonotizie.example",
         "-Testata registrata presso il Tribunale di Montesorbo n. 00/2015",
         "-P.IVA 00000000000",
         "-Privacy Policy | Cookie Policy",
         "-Questo sito utilizza cookie tecnici e di terze parti. Accetta"],
    ]),
    "it-blog-raccolta-olive": _page("it", "it-blog-raccolta-olive", [
        ["-Il filo d'olio",
         "-Storie di campagna, cucina e olivi",
         "-Home | Chi sono | Ricette | Contatti",
         "-Cerca nel blog",
         "-Categorie: Campagna",
         "-12 novembre 2026"],
        ["+Tre giorni di raccolta, e il primo olio nuovo"],
        ["-Pubblicato da Lucia",
         "-8 commenti"],
        ["+Quest'anno la raccolta l'abbiamo fatta in quattro, io, mio padre e due cugini arrivati dalla città con più entusiasmo che esperienza."],
        ["-Questo post contiene link di affiliazione.",
         "-Pin it"],
        ["+Al frantoio il signor Bruno ha assaggiato l'olio dal beccuccio e ha sentenziato: «Piccante il giusto. Quest'anno vi è andata bene.»"],
        ["+La raccolta in numeri",
         "+Piante raccolte: 86",
         "+Olive: 1.240 kg",
         "+Olio: 186 litri",
         "+Resa: 15 per cento"],
        ["-Potrebbe interessarti anche: Bruschetta con l'olio nuovo",
         "-Segui il blog su Instagram"],
        ["+La sera del terzo giorno abbiamo mangiato pane abbrustolito con l'olio appena franto, in piedi in cucina."],
        ["+L'anno prossimo, giurano i cugini, torneranno. Vedremo."],
        ["-Etichette: olio, raccolta, frantoio",
         "-Condividi: Facebook, Pinterest, Email",
         "-Commenti",
         "-Anna M. 13 novembre 2026 alle 08:15",
         "-Che invidia! Da noi la raccolta è stata scarsissima.",
         "-Rispondi",
         "-Post più recente | Post più vecchio | Home page",
         "-Tema Semplice. Powered by Blogger."],
    ]),
    "pl-portal-awaria-wodociagu": _page("pl", "pl-portal-awaria-wodociagu", [
        ["-Kurier Jarzębinowski",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Kontakt",
         "-Zaloguj się | Prenumerata",
         "-Pogoda: 18°C, pochmurno",
         "-Strona główna » Wiadomości » Gmina",
         "-REKLAMA"],
        ["+Awaria wodociągu w Olchówku Małym. Mieszkańcy od dwóch dni bez wody"],
        ["-Autor: Marta Kulesza",
         "-04.03.2026, 11:20"],
        ["+Pęknięta magistrala pod drogą gminną odcięła od wody ponad czterysta gospodarstw w Olchówku Małym i dwóch sąsiednich wsiach."],
        ["-Przeczytaj także: Gmina ogłasza przetarg na nową stację uzdatniania",
         "-Dołącz do nas na Facebooku"],
        ["+Ekipy pracują przez całą dobę. „Rura ma ponad czterdzieści lat, wymiana odcinka potrwa do piątku” – powiedział prezes gminnej spółki wodnej."],
        ["+Gdzie stoją beczkowozy",
         "+Przy remizie strażackiej, ul. Polna",
         "+Przy szkole podstawowej",
         "+Przy sklepie na skrzyżowaniu z drogą powiatową",
         "+Przy świetlicy wiejskiej w Jarzębinowie"],
        ["-REKLAMA: Hydraulik 24h – dojazd gratis",
         "-Zobacz galerię zdjęć (12)"],
        ["+Woda pitna w butelkach jest wydawana w urzędzie gminy od 8 do 18."],
        ["+Spółka prosi mieszkańców o cierpliwość i oszczędzanie wody po przywróceniu dostaw."],
        ["-Tagi: awaria, wodociąg, Olchówek Mały",
         "-Komentarze (5)",
         "-~mieszkaniec 04.03.2026 13:02",
         "-A gdzie jest wójt?",
         "-Odpowiedz",
         "-Polityka prywatności | Regulamin | Kontakt z redakcją",
         "-Copyright © 2026 Kurier Jarzębinowski. Wszelkie prawa zastrzeżone.",
         "-Ta strona używa plików cookie. Dowiedz się więcej"],
    ]),
    "pl-felieton-golebie": _page("pl", "pl-felieton-golebie", [
        ["-Tygodnik Nadrzeczny",
         "-Aktualności | Felietony | Sport | Kultura | Ogłoszenia drobne",
         "-Wydanie cyfrowe",
         "-Szukaj",
         "-Felietony",
         "-Reklama"],
        ["+Gołębie na rynku, czyli o zakazie, którego nikt nie przestrzega"],
        ["-Felieton Tadeusza Wronki",
         "-Dodano: 7 marca 2026"],
        ["+Od roku na rynku wisi tablica z zakazem dokarmiania gołębi, a pod tablicą codziennie o dziewiątej siada pani z torbą bułek."],
        ["-Czytaj też: Nowe ławki na rynku już stoją",
         "-Zapisz się na newsletter Tygodnika"],
        ["+Zapytałem ją kiedyś, czy wie o zakazie. „Wiem, proszę pana, ale one też muszą jeść” – odpowiedziała i rzuciła kolejną garść okruchów."],
        ["+Co przewiduje uchwała rady miasta",
         "+Zakaz dokarmiania ptaków w obrębie rynku",
         "+Mandat do 500 zł",
         "+Tablice informacyjne w czterech miejscach"],
        ["-Reklama: Apteka Pod Lipą – dyżur w każdą niedzielę",
         "-Najczęściej czytane"],
        ["+Straż miejska przez rok nie wystawiła ani jednego mandatu."],
        ["+Może więc zamiast tablic warto wyznaczyć jedno miejsce i tam sypać ziarno, a nie chleb."],
        ["+Gołębie i tak wiedzą swoje."],
        ["-Tadeusz Wronka – emerytowany nauczyciel, felietonista Tygodnika od 2011 roku.",
         "-Felieton wyraża prywatne poglądy autora.",
         "-Udostępnij: Facebook | X | E-mail",
         "-Skomentuj",
         "-Basia_z_rynku, 7 marca 2026 o 15:40",
         "-Pani z bułkami to moja sąsiadka, złota kobieta.",
         "-Wydawca: Wydawnictwo Nadrzeczne sp. z o.o., KRS 0000000000",
         "-© Tygodnik Nadrzeczny 2026"],
    ]),
    "ru-portal-novyi-fap": _page("ru", "ru-portal-novyi-fap", [
        ["-Краснокедровск.Инфо",
         "-Новости | Происшествия | Общество | Спорт | Афиша",
         "-Войти",
         "-16+",
         "-Главная / Общество",
         "-На правах рекламы"],
        ["+В селе Ключарёво открылся новый фельдшерско-акушерский пункт"],
        ["-Автор: Ольга Мезенцева",
         "-12 марта 2026, 10:15"],
        ["+После двух лет строительства в Ключарёве заработал новый ФАП: теперь жителям не нужно ездить за сорок километров, чтобы измерить давление или сделать прививку."],
        ["-Читайте также: В районе отремонтируют ещё три сельских клуба",
         "-Подписывайтесь на наш канал в Telegram"],
        ["+Фельдшер Наталья Горбунова работает в селе уже двадцать лет. «Раньше мы принимали людей в старом доме с печкой, а теперь у нас есть даже процедурный кабинет», — говорит она."],
        ["+Что есть в новом ФАПе",
         "+Кабинет приёма",
         "+Процедурная",
         "+Аптечный пункт",
         "+Служебная квартира для фельдшера"],
        ["-Реклама: Окна и двери «Тёплый дом» — замер бесплатно",
         "-Новости по теме"],
        ["+Приём ведётся по будням с 8 до 16 часов."],
        ["+В следующем году такие же пункты планируют построить ещё в двух сёлах района."],
        ["-Теги: здравоохранение, Ключарёво, ФАП",
         "-Комментарии (3)",
         "-Иван Петрович, 12 марта 2026 в 12:40",
         "-Наконец-то! Спасибо всем, кто добивался.",
         "-Ответить",
         "-Сетевое издание «Краснокедровск.Инфо». Свидетельство о регистрации ЭЛ № ФС 00 - 00000",
         "-Адрес редакции: ул. Центральная, 0",
         "-Все права защищены © 2026"],
    ]),
    "ru-blog-kolodec-na-dache": _page("ru", "ru-blog-kolodec-na-dache", [
        ["-Записки с шести соток",
         "-Блог о даче, огороде и жизни за городом",
         "-Главная | Огород | Стройка | Обо мне",
         "-Поиск по блогу",
         "-Рубрика: Стройка на даче",
         "-5 апреля 2026"],
        ["+Как мы копали колодец, или Вода на глубине девяти метров"],
        ["-Автор: Михаил Стрельников",
         "-Просмотров: 1 204"],
        ["+Два лета мы возили воду канистрами из родника, и этой весной я наконец решился: копаем свой колодец."],
        ["-Содержание статьи",
         "-В статье есть партнёрские ссылки на инструменты."],
        ["+Бригадир, посмотрев на участок, сказал: «Вода тут есть, вопрос только, на какой глубине». Как выяснилось, на девяти метрах."],
        ["+Во что обошёлся колодец",
         "+Кольца, 12 штук — 38 000 рублей",
         "+Работа бригады — 45 000 рублей",
         "+Крышка и домик — 9 000 рублей"],
        ["-Вам также может понравиться: Теплица из поликарбоната своими руками",
         "-Подписаться на новые статьи по e-mail"],
        ["+Вода первую неделю была мутной, потом отстоялась."],
        ["+Соседи уже приходят с вёдрами, и я не против."],
        ["+Осенью отдадим воду на анализ."],
        ["-Метки: колодец, дача, вода",
         "-Понравилась статья? Поделитесь с друзьями!",
         "-Комментарии: 2",
         "-Светлана: 6 апреля 2026 в 09:12",
         "-А вы не пробовали скважину? У нас вышло дешевле.",
         "-Ответить",
         "-Добавить комментарий",
         "-© 2026 Записки с шести соток. Копирование материалов без разрешения запрещено."],
    ]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-newsletter-night-shifts':
        "the nurse's newsletter essay keeps its site name ('Notes from the Night Ward', which the kept prompts also contain) and discover-more prompt above the title and its thanks-for-reading prompt and 'Restack' after the list rows (4 of 20 noise lines)",
    'de-kolumne-laubblaeser':
        "the local paper's leaf-blower column keeps its newsletter prompt between the paragraphs (1 of 20 noise lines; the poll line after the list rows goes since round 63)",
    'pl-felieton-golebie':
        "the weekly's pigeon column keeps its most-read heading after the list rows (1 of 20 noise lines)",
    'ru-blog-kolodec-na-dache':
        "the dacha blog's well-digging post keeps its table-of-contents heading between the paragraphs (1 of 20 noise lines; its you-might-also-like link after the list rows goes since round 66)",
}


test_held_out_64_line, test_held_out_64_line_is_kept, test_held_out_64_page = held_out_tests(
    HELD_OUT_64_LINES, HELD_OUT_64_KEEP, HELD_OUT_64_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
