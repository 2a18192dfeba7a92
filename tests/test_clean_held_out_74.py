"""Held-out set 74: written blind, weighted toward the noise the cleaner exists for, in shapes set 73's docstring does not
name: scraper, ad and embed markers (a Hearst-style ad break "Advertisement - Continue Reading Below", an English embed
notice "This content is imported from Instagram. You may be able to find the same content in another format, ...", a
scraped Google Publisher Tag snippet "googletag.cmd.push(function() { googletag.display('div-gpt-ad-...'); });", the
French consent-blocked embed "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", the
German embed placeholder "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt von
YouTube, ...", the Italian cookie-blocked video "Il video è disponibile solo per gli utenti che hanno accettato i cookie
di profilazione.", the Polish video-embed label "ZOBACZ WIDEO: ..." and the Russian ad-marking line "Реклама. ООО «...»,
ИНН ..., erid: ..."); reading-time headers in new shapes (Yoast's "Estimated reading time: 5 minutes", a Medium-style "6
min read · Mar 14, 2026", the French "Temps de lecture : 5 min", the German "Lesezeit: ca. 6 Minuten", the Italian
"Tempo di lettura: 4 minuti", the Polish "Czas czytania: ok. 5 min" and the Russian "Читать: 6 мин"); bylines and
self-promotion (an English "Words and photos: ..." credit row, an English Local Democracy Reporter author bio, an
English follow-me-on-Bluesky plug, a French subscribe-to-my-YouTube-channel plug, a German about-the-author box "Über
die Autorin: ...", an Italian follow-me-on-TikTok plug, a Polish contact-the-author e-mail line "Kontakt z autorem: ..."
and a Russian subscribe-to-my-Dzen-channel plug); blog and site footers (a Ghost "... © 2026 · Powered by Ghost" row,
"Powered by Squarespace", a "Hosted on GitHub Pages — Theme by orderedlist" row, the French "Blog propulsé par
Canalblog", a German Impressum, Datenschutz, Cookie-Einstellungen and copyright row, the Italian "Questo sito è ospitato
gratuitamente da Altervista", a Polish all-rights-reserved and design-studio row and the Russian "Сайт создан на
платформе uCoz"); reader-comment furniture (WordPress's English comment-form note "Your email address will not be
published. Required fields are marked *", the English "Notify me of follow-up comments by email." checkbox, Drupal's
"Log in or register to post comments", a French comment-action row "Répondre · Signaler · 👍 3", the German
log-in-to-comment line "Zum Kommentieren bitte anmelden oder registrieren.", WordPress's Italian save-my-name checkbox
"Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.", WordPress's Polish reply
heading "Dodaj komentarz Anuluj pisanie odpowiedzi" and the Russian Cackle widget line "Комментарии для сайта Cackle");
share rows (an English Pocket, Flipboard and Reddit row, a French Facebook, X, WhatsApp and copy-link row and a Polish
Facebook, X, Wykop and e-mail row); and notices (a German transparency note on a sponsored research trip, an Italian
article-updated note and a Russian presidential-grants-fund support note); and toward whole scraped news, opinion and
hobby-blog pages in layouts sets 58 to 73 did not use, as far as set 73's docstring lists them (a regional portal's
story on a disused red phone box turned into a defibrillator station, with a comment, a birding blog's essay on twelve
swift nest boxes put up under church eaves, with a comment, a regional portal's story on a school canteen switching to
produce from nearby farms, with a comment, a paper's column on a village's last bakery closing, with a comment, a
regional portal's story on a repair café opened in the town library, with a comment, a model-railway blog's post on
building a station's platforms one too short, with a comment, a regional portal's story on a hospital shuttle bus
restored, with a comment, a bread blog's essay on a sourdough starter's first year, with a comment, a regional portal's
story on a skatepark finished by a sports hall, with a comment, a paper's column on a book-swap shelf at a bus stop,
with a comment, a regional portal's story on residents flooding an ice rink in their courtyard, with a comment, and a
paper's column on a stopped tower clock nobody winds, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 73), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder. Read were: the docstring of held-out set 73 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s74scratch/read73.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
73's, taken by a script (/tmp/s74scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 73 -> 74, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s74,
detached at commit 3a9914137f983ff162f425ab94cb44eb1c44a81a, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me: set 73's file was only printed through the ast
script above (its docstring cut held; the printed text ended with its Baseline paragraph), and the build script, which
read set 73's file to take its tail, printed nothing but the tail it wrote. At my first step ``git status --short | head
-20`` in /work/main printed nothing (a clean working tree), and after making the worktrees ``ls /tmp/wt-set74/tests |
grep -c held_out`` printed a count (65) of held-out file names, not the names or contents. (2) The worktrees were made
with ``git worktree add``, its output sent to /dev/null, so no commit subject was seen; I did not look up which round
the frozen commit is. The branch set74 was made from the same commit; there this file (with the xfail tables filled)
gives only passed and xfailed tests, which is a check of the tables, not a second measurement. (3) To print the helpers
with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path,
which imports the cleaner's modules; nothing was run through the cleaner then and none of its source was read. (4)
Before the measurement the lists were executed from a scratch folder (/tmp/s74scratch/stand) with stand-ins (a copy of
``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems``
only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category
and by language (from the ``# English`` ... comments), the keep lines by language and the pages by language, printed
each page's block sizes and checked that no page noise line repeats on its page, is a substring of an article line of
its page or overlaps (equals, contains or is contained in) a line of ``HELD_OUT_74_LINES``. Its first run found nothing,
so no list changed between that check and the measurement; while writing I had already kept clear of overlaps (the
French portal's reply link is "↳ Répondre", not "Répondre", which the French comment-action row contains; the Russian
portal's ad label is "РЕКЛАМА", not "Реклама", which the Russian ad-marking line contains). (5) At the measurement this
docstring was a placeholder; it was written afterwards, with the xfail tables. The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once
with ``_problems`` in the frozen worktree by a script (/tmp/s74scratch/problems.py) that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were
checked, before the measurement, against the helper's exact-string search over public GitHub files and my own memory; no
gazetteer was available, so this is not a proof that they do not exist: Saint-Orbière, Montefrassino, Ольховецк and
Ольховецкий, Jaskrowice, Spur N im Keller, Gazeta Nadrzeczna, Pinewood Allotment (Notes), Gartenblog Kettwig and Studio
Grafiki Wrzos had no hits; Grelford occurs only inside identifiers ("...RelFor..."), Kranzfelde only inside the surname
Kranzfelder, Valdarsa only inside an e-mail address, Orbière only inside Corbière(s), Ellerholt only inside the street
name "Ellerholtweg" in a list of street names; Kesterby occurs as an invented name in code (a list of made-up towns, a
fictional diagnostic centre), Marrowfield as invented names in code (a game zone, fictional desks and sites) and
otherwise inside "ArrowField", Vaudrecourt as a surname (a developer's name, a list of names), "The Swift Ledger" only
as a phrase in code (ledgers written in Swift), and "Farina e Pazienza" as a restaurant heading and a proverb, not as a
blog. Two names were dropped after their checks: "Sarsonne" is a real river (Couffy-sur-Sarsonne), so the paper became
Le Courrier de l'Orbière, and "Krasnobór" had no exact hit but Краснобор, Krasnoborsk and the Polish town Krasnobród are
real, so the Polish town became Jaskrowice, which has no hit but is near the real village name Jaskrów and the street
name Jaskrowska. Not checked, generic or invented at sight: Kesterby Live, Kesterby Live Media Ltd, Chapel Lane, Skyline
Optics, Vaudrecourt Infos, SAS Presse du Val, école Jules-Ferry (a common real school name), ferme des Noues, rue des
Tanneurs, place de la Halle, Kranzfelder Anzeiger, Kranzfelder Verlagsgesellschaft, Lindenallee, Bahnhof Wiesental
(Wiesental is a real valley's name; the station is a model's), Montefrassino Oggi, piazza Garibaldi, Kurier Jaskrowicki,
Media Jaskrowice sp. z o.o., ul. Kolejowa, ulica Lipowa, Вести Ольховецка, Ольховецкий вестник, Заречная улица, Соборная
площадь, улица Ленина, улица Мира, Садовая, ООО «Ромашка» (the customary Russian placeholder firm), the Bluesky handle
fungiwithfen and the TikTok handle cucitoconmirta; "Nadrzeczna", "Lipowa", "Kolejowa", "Заречная", "Соборная", "Ленина",
"Мира" and "Garibaldi" are common enough that real streets and papers carry them. The people's names (Tom Ashdown-Rees,
Hannah Crollick, Jana Kettwig, Łukasz Grędziak, Gemma Rudkin, Derek Omondi, PhilN_1958, rookwatcher, Mrs Pattinson, Mary
Wren, Solène Marchadier, Nadia Belkacem, papy_jeannot, Bernard Lhospitalier, Marcelle R., Ines Hallgarten, Rolf
Sandmeier, Birgit Osterkamp, Heike_aus_Nord, Modellbahner_Uwe, Jürgen K., Lucia Ferrandina, Giuseppina M., Elena, Marta,
Karolina Maziarz, Wojciech Sadura, rolkarz_88, Anna Mroczkowska, Basia z Lipowej, Ксения Лопатина, Игорь Белозёров,
Наталья_К, Валерий Сухоруков, Михалыч) are invented, though ordinary names real people may bear; none is meant as a real
person. Phone, company and registry numbers are zero-filled, the ad-slot id and the erid token are made up and
zero-filled, and the e-mail addresses use the reserved .example domain. (7) Some lines name real things, as real pages
do: Hearst's ad-break and Instagram-embed wordings, Google Publisher Tag (``googletag``), Medium's read row, Yoast, the
Local Democracy Reporting Service, Bluesky, Ghost, Squarespace, GitHub Pages and the orderedlist "minimal" theme,
WordPress's comment-form texts (English, Italian, Polish) and WordPress.com's "Like this: Like Loading..." widget,
Drupal, Pocket, Flipboard, Reddit, Facebook, X, WhatsApp, Wykop, YouTube, TikTok, Instagram, Canalblog, Altervista,
uCoz, Cackle, Дзен, ВКонтакте, the Russian erid ad marking, the Фонд президентских грантов, the Hemingway theme with its
author Anders Norén (a real person, named as that theme's footer names him), the adopt-a-kiosk scheme, 999, Sienkiewicz
and Ania z Zielonego Wzgórza (books on the shelf), the French RCS, the Italian Tribunale registration, the Polish KRS
and RODO, the Russian media registration mark (ЭЛ № ФС) and the 18+ age mark. (8) Set 73's docstring names its own
shapes and the earlier sets' page layouts only, so some lines may repeat shapes of sets before 73 that I could not
check; in particular "Advertisement - Continue Reading Below", WordPress's "Your email address will not be published.
Required fields are marked *", "Powered by Squarespace", Yoast's "Estimated reading time" and the WordPress reply
heading are common enough that an earlier set or a development list may hold them. Close to shapes set 73 named: the GPT
snippet is a scraped ad-script snippet like its AdSense snippet; the consent-blocked embeds and the ZOBACZ WIDEO label
are markers like its ad breaks, in other words; the Medium-style row is close to its listen-and-read row; the Bluesky,
YouTube, TikTok and Dzen plugs are self-promotion like its Ko-fi, podcast, Patreon and Boosty plugs, on other platforms;
the Ghost, Squarespace, GitHub Pages, Canalblog, Altervista and uCoz rows are platform and site-builder rows like its
Wix, Tumblr, Overblog, Jimdo, Webnode, WebWave and Tilda rows; the share rows are share rows on other platforms; the
comment lines are comment furniture other than its discussion row, comment links, moderation note, count heading and
sort row. Page chrome repeats kinds of line set 73's docstring names among its noise (photo captions, newsletter and
subscription prompts, ad labels, print buttons, registration marks), as real pages carry them. (9) My first step's clock
reading was 2026-12-04 10:17:48 UTC. (10) After committing, ``git rev-parse HEAD`` in my worktree printed my own
commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Read the small print", "Comments made at the public meeting",
"Subscribers to the allotment society's seed scheme", "Follow the towpath", "Photo evidence", "Written objections",
"Advertising the posts", "Partager la cour", "Source de conflits", "Lire les relevés", "Kommentare von Anwohnern",
"Abonnenten der Bibliothek", "Foto um Foto", "Pubblicità ingannevole", "Seguire il sentiero", "Commenti anonimi",
"Opublikowany w piątek", "Czytaj uważnie umowę", "Подписаться на рассылку о ремонте дорог" and "Фото старой водонапорной
башни" are article sentences. The ad break, the embed notices and placeholders, the GPT snippet, the video label and the
ad-marking line are counted as markers; the reading-time rows (the Medium-style row with its date included) as
reading-time lines; the credit row, the author bio and box, the contact-the-author line and the Bluesky, YouTube, TikTok
and Dzen plugs as bylines; platform, host, theme and site-legal rows as footers; the comment-form notes and checkboxes,
the log-in-to-comment lines, the comment-action row, the reply heading and the comment-widget line as comments; the
share rows as share; the transparency, updated and grant-support notes as notices. On every page the title, the first
paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs are article (10 lines a
page: four rows and two last paragraphs, or three rows and three last paragraphs) and everything else is noise (20 lines
a page: six lines above the title, two under it, two between the first paragraph and the paragraph with the quote, two
between the list rows and the last paragraphs, eight at the foot); in particular site names and taglines, menus, search
boxes, sign-in, subscription, trial and e-paper lines, dates, weather, traffic and breaking-news lines, breadcrumbs,
section, column and category names, bylines, publication and update lines, view and comment counts, listen and
gift-this-article buttons, photo captions and credits, ad labels, ads and ad-sales lines, read-also, related,
previous-post and most-read links, newsletter, social and tip-off prompts, share prompts and rows, print buttons, like
widgets, tags and categories, commenter rows, comment dates and texts, reply, report and like lines, opinion
disclaimers, letters addresses, age marks, publisher, registry, legal, privacy, cookie, theme and copyright lines are
noise. The rows: en-portal-kesterby-defib "How the station works", en-blog-swift-boxes "What we put up" (three rows),
fr-portail-cantine "Ce qui a changé", fr-chronique-boulangerie "Ce que nous perdons" (three rows),
de-portal-reparaturcafe "Was mitgebracht werden kann", de-blog-modellbahn "Was ich verbaut habe" (three rows),
it-portale-navetta "Orari e fermate", it-blog-lievito "Cosa ho imparato", pl-portal-skatepark "Co znajdzie się na
skateparku" (three rows), pl-felieton-polka "Co znalazłam na półce w marcu", ru-portal-katok "Как устроен каток" and
ru-kolonka-chasy "Что нужно сделать" (three rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, share 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1)), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-portal-kesterby-defib (a regional news portal's story on a disused red phone box in a village lane turned into a
defibrillator station opened with a code from the emergency services, with a comment), en-blog-swift-boxes (a garden
birder's blog essay on twelve swift nest boxes put up under a church's eaves and tower, with a comment),
fr-portail-cantine (a regional news portal's story on a school canteen cooking with produce from six nearby farms, with
a comment), fr-chronique-boulangerie (a paper's opinion column on a village's last bakery closing without a buyer, with
a comment), de-portal-reparaturcafe (a regional news portal's story on a repair café held in the town library's reading
room, with a comment), de-blog-modellbahn (a model-railway blog's post on building a station whose platform came out too
short, with a comment), it-portale-navetta (a regional news portal's story on a shuttle bus from the station to the
hospital restored after drivers were found, with a comment), it-blog-lievito (a bread blog's essay on a sourdough
starter's first year and two near-deaths, with a comment), pl-portal-skatepark (a regional news portal's story on a
skatepark finished by the sports hall, with a comment), pl-felieton-polka (a paper's opinion column on a book-swap shelf
at a bus shelter, with a comment), ru-portal-katok (a regional news portal's story on residents flooding an ice rink in
their courtyard, with a comment) and ru-kolonka-chasy (a paper's opinion column on a tower clock that stopped because
nobody is responsible for winding it, with a comment); every page holds a title, a subheading with list rows, a quote in
the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit 3a9914137f983ff162f425ab94cb44eb1c44a81a, measured with ``cd /tmp/wt-s74 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s74/src python -m pytest -q tests/test_clean_held_out_74.py -rA -p
no:cacheprovider`` (15 failed, 62 passed) and ``cd /tmp/wt-s74 && PYTHONPATH=/tmp/wt-s74/src python
scripts/clean_held_out_report.py --sets 74`` (noise lines removed 38/45, article lines kept 20/20, pages clean 4/12,
page noise lines left 17 of 240), with the xfail tables empty): noise lines removed 38/45 (marker 6/8, reading-time 7/7,
byline 7/8, footer 7/8, comments 6/8, share 3/3, notice 2/3; missed, all kept as paragraphs: the English "Words and
photos: Tom Ashdown-Rees" and the German "Transparenzhinweis: Die Recherchereise wurde von einem regionalen
Tourismusverband unterstützt." put above the article, the German "Empfohlener redaktioneller Inhalt: An dieser Stelle
finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt." and the Italian "Il video è disponibile solo per
gli utenti che hanno accettato i cookie di profilazione." put in the body, and the English "Hosted on GitHub Pages —
Theme by orderedlist", the German "Zum Kommentieren bitte anmelden oder registrieren." and the Italian "Salva il mio
nome, email e sito web in questo browser per la prossima volta che commento." put at the foot); keep lines kept 20/20;
pages 4/12 clean (fr-portail-cantine, fr-chronique-boulangerie, pl-portal-skatepark and ru-portal-katok), 17 of 240 page
noise lines left and 3 of 120 article lines lost: en-portal-kesterby-defib 1 left ("The cabinet was fitted by volunteers
over the weekend. Picture: Gemma Rudkin"); en-blog-swift-boxes 1 left ("Swift box from the garden centre, before
painting.") and 3 lost (its three last paragraphs, "Putting them up took two Saturdays, ...", "On 2 June the first pair
flew straight into box five, ..." and "Next year we want to add boxes to the school, ...", which follow its
previous-post link and print button); de-portal-reparaturcafe 1 left ("Jetzt den Newsletter „Kranzfelde am Morgen“
abonnieren"); de-blog-modellbahn 7 left ("Bahnsteig 2 im Rohbau, noch ohne Kanten", "Hat dir der Beitrag gefallen? Dann
abonniere den Blog per E-Mail.", "Kategorien: Bauberichte, Spur N", "Teilen mit: E-Mail, Drucken, Facebook", "Jürgen K.
sagt:", "7. Februar 2026 um 21:15" and "Aus Fehlern entstehen die schönsten Betriebsstellen. Weiter so!");
it-portale-navetta 1 left ("Il bus elettrico della navetta al capolinea della stazione (foto d'archivio)");
it-blog-lievito 2 left ("Il barattolo del lievito dopo il rinfresco del mattino" and "Stampa la ricetta");
pl-felieton-polka 1 left ("Spodobał Ci się ten felieton? Poleć go znajomym"); ru-kolonka-chasy 3 left ("Башенные часы на
Соборной площади. Фото из архива редакции", "Реклама на сайте: +7 (000) 000-00-00" and "Поделиться в соцсетях"). Of the
left page lines none stands above the title or under it; seven stand between the first paragraph and the paragraph with
the quote (the photo captions of the defibrillator story, the swift-box post, the model-railway post, the shuttle story,
the sourdough post and the clock column, whose ad labels or ad go, and the clock column's ad-sales line); five between
the list rows and the last paragraphs (the repair-café story's newsletter prompt, whose read-also link goes, the
model-railway post's subscribe-by-e-mail prompt, whose previous-post link goes, the sourdough post's print-the-recipe
button, whose related link goes, the book-shelf column's recommend prompt, whose see-also link goes, and the clock
column's share prompt, whose other-columns link goes); and five at the foot, all on the model-railway post (its category
row, share row, commenter line, comment date and comment, whose reply link, Impressum row and theme credit go). The only
article lines lost are the swift-box post's three last paragraphs. The failing cases are strict xfails.

Still held out after round 68 (development on sets 72 and 71; measured once with ``scripts/clean_held_out_report.py
--sets 74``): unchanged — noise lines removed 38/45, keep lines 20/20, pages clean 4/12, page noise lines left 17 of
240, article lines lost 3 of 120 (the same lines; the swift-box blog's last three paragraphs are still lost).

Round 69 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 74`` and ``pytest tests/test_clean_held_out_74.py`` at 11bce10 (before) and the
round's last commit on branch round69 (after): noise lines removed 38 -> 45/45 (marker 6 -> 8/8, reading-time 7/7,
byline 7 -> 8/8, footer 7 -> 8/8, comments 6 -> 8/8, share 3/3, notice 2 -> 3/3), keep lines 20/20, pages clean 4 ->
6/12, page noise lines left 17 -> 7 of 240, article lines lost 3 -> 0 of 120; pytest 62 passed, 15 xfailed -> 71 passed,
6 xfailed. Fixed, the losses first: the swift-box blog's three last paragraphs, which follow its previous-post link and
print button, stay (two full paragraphs in a row under a post-navigation link, past at most one more line of the page's,
say the article goes on; a lone sentence under a link naming another post, with the page's widgets under it, is that
post's teaser and goes). Classes added, each in six languages with near misses (tests/test_clean.py test_round_69_*):
paragraphs under a previous-post link and the teaser under it; a sign-up imperative reported with a verb of asking
("..., chiede il Comune ...", set 73); print buttons naming what they print ("Stampa la ricetta"); one credit row for
words and pictures ("Words and photos: ..."); a static site's free host in the footer ("Hosted on GitHub Pages — Theme
by ..."); the comment form's log-in line with a verbal noun or an impersonal need ("Zum Kommentieren bitte anmelden oder
registrieren.") and WordPress's save-my-name checkbox in the other five languages; embed placeholders: a video available
only with cookies accepted, and the recommended editorial content with the note that a provider's external content
stands here; a trip disclosure under its label naming the payer ("Transparenzhinweis: Die Recherchereise wurde von einem
... Tourismusverband unterstützt."); the writer found on their podcast by its quoted name and the readers' reactions
heading with its count (set 73); share rows with WordPress's e-mail and print buttons ("Teilen mit: E-Mail, Drucken,
Facebook"), the call to share on social media ("Поделиться в соцсетях"), the German newsletter call with its quoted name
and the verb last, and the liked-it question with a call to subscribe to the blog by e-mail or recommend the piece ("Hat dir der Beitrag gefallen? Dann
abonniere den Blog per E-Mail.", "Spodobał Ci się ten felieton? Poleć go znajomym"); with the share row and the prompt
taken, the model-railway blog's WordPress foot (category row, commenter, comment date, comment) goes with the tail. Left
(7 page lines): the photo captions between the first paragraph and the paragraph with the quote (English "... Picture:
Name" and "Swift box from the garden centre, before painting.", German "Bahnsteig 2 im Rohbau, noch ohne Kanten",
Italian "... (foto d'archivio)" and "Il barattolo del lievito dopo il rinfresco del mattino", Russian "... Фото из
архива редакции") and the Russian ad-sales line "Реклама на сайте: +7 ..."; the caption class was not started this
round. Tried and dropped: the category row's label in the other languages ("Kategorien:", "Catégories :") as a line
rule, which took a category row under the title from the page's head evidence and lost set 71's radio-blog title and
left set 62's concert-review head lines. Elsewhere: set 73 (see its round 69 paragraph) and set 71 (noise lines 34 ->
35/45, its Datawrapper placeholder; en-blog-whetstone left 3 -> 1).

Round 70: it-portale-navetta is clean (its caption '... (foto d'archivio)' goes as a caption with an archive credit):
pages clean 6/12 -> 7/12, page noise lines left 7 -> 6 of 240; lines, keep lines and losses unchanged; its strict xfail
is removed.

Round 71: pages clean 7/12 -> 11/12, page noise lines left 6 -> 1 of 240: the credited captions of
en-portal-kesterby-defib ('... Picture: Gemma Rudkin') and ru-kolonka-chasy ('... Фото из архива редакции'; its ad-sales
line is left) and the bare captions of en-blog-swift-boxes, de-blog-modellbahn and it-blog-lievito (each over an ad's
label in its block) go.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_74_LINES = [
    # English
    ("body", "Advertisement - Continue Reading Below", "marker"),
    ("body", "This content is imported from Instagram. You may be able to find the same content in another format, or you may be able to find more information, at their web site.", "marker"),
    ("body", "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1700000000000-0'); });", "marker"),
    ("head", "Estimated reading time: 5 minutes", "reading-time"),
    ("head", "6 min read · Mar 14, 2026", "reading-time"),
    ("head", "Words and photos: Tom Ashdown-Rees", "byline"),
    ("tail", "Hannah Crollick is the Local Democracy Reporter for Grelford and the surrounding villages.", "byline"),
    ("tail", "Follow me on Bluesky for more mushroom finds: @fungiwithfen.bsky.social", "byline"),
    ("tail", "Pinewood Allotment Notes © 2026 · Powered by Ghost", "footer"),
    ("tail", "Powered by Squarespace", "footer"),
    ("tail", "Hosted on GitHub Pages — Theme by orderedlist", "footer"),
    ("tail", "Your email address will not be published. Required fields are marked *", "comments"),
    ("tail", "Notify me of follow-up comments by email.", "comments"),
    ("tail", "Log in or register to post comments", "comments"),
    ("tail", "Save to Pocket · Share to Flipboard · Post to Reddit", "share"),
    # French
    ("body", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "marker"),
    ("head", "Temps de lecture : 5 min", "reading-time"),
    ("tail", "Abonnez-vous à ma chaîne YouTube pour ne rater aucun tuto !", "byline"),
    ("tail", "Blog propulsé par Canalblog", "footer"),
    ("tail", "Répondre · Signaler · 👍 3", "comments"),
    ("tail", "Partager : Facebook · X · WhatsApp · Copier le lien", "share"),
    # German
    ("body", "Empfohlener redaktioneller Inhalt: An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt.", "marker"),
    ("head", "Lesezeit: ca. 6 Minuten", "reading-time"),
    ("tail", "Über die Autorin: Jana Kettwig schreibt seit 2019 über naturnahe Gärten und Balkone.", "byline"),
    ("tail", "Impressum · Datenschutz · Cookie-Einstellungen · © 2026 Gartenblog Kettwig", "footer"),
    ("tail", "Zum Kommentieren bitte anmelden oder registrieren.", "comments"),
    ("head", "Transparenzhinweis: Die Recherchereise wurde von einem regionalen Tourismusverband unterstützt.", "notice"),
    # Italian
    ("body", "Il video è disponibile solo per gli utenti che hanno accettato i cookie di profilazione.", "marker"),
    ("head", "Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Seguimi su TikTok per altri trucchi di cucito: @cucitoconmirta", "byline"),
    ("tail", "Questo sito è ospitato gratuitamente da Altervista", "footer"),
    ("tail", "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.", "comments"),
    ("head", "Articolo aggiornato il 12 marzo 2026 alle 18:40", "notice"),
    # Polish
    ("body", "ZOBACZ WIDEO: Pierwsza jazda nowym tramwajem", "marker"),
    ("head", "Czas czytania: ok. 5 min", "reading-time"),
    ("tail", "Kontakt z autorem: lukasz.gredziak@redakcja.example", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone © 2026 · Projekt i wykonanie: Studio Grafiki Wrzos", "footer"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    ("tail", "Udostępnij: Facebook · X · Wykop · E-mail", "share"),
    # Russian
    ("body", "Реклама. ООО «Ромашка», ИНН 0000000000, erid: 2Vtzqx0000", "marker"),
    ("head", "Читать: 6 мин", "reading-time"),
    ("tail", "Подписывайтесь на мой Дзен-канал, там больше фото ремонта.", "byline"),
    ("tail", "Сайт создан на платформе uCoz", "footer"),
    ("tail", "Комментарии для сайта Cackle", "comments"),
    ("head", "Материал подготовлен при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_74_KEEP = [
    # English
    ("head", "Read the small print, the ward councillor said, and you will see the bus company never promised a Sunday service."),
    ("body", "Comments made at the public meeting will be passed to the planning inspector before the hearing in May."),
    ("body", "Subscribers to the allotment society's seed scheme saw their packets arrive three weeks late this spring."),
    ("tail", "Follow the towpath east from the lock and the damaged section begins just after the second bridge."),
    ("body", "Photo evidence sent in by residents showed the skip had been left on the verge for eleven days."),
    ("tail", "Written objections can still be sent to the town hall until the end of the month, the clerk confirmed."),
    ("head", "Advertising the posts in the parish newsletter brought only two applicants, both from outside the village."),
    # French
    ("body", "Partager la cour entre l'école et le centre de loisirs n'a pas été simple, reconnaît la directrice."),
    ("head", "Source de conflits depuis des années, le parking de la gare sera finalement payant dès l'automne."),
    ("tail", "Lire les relevés d'eau une fois par mois suffit, selon le technicien, pour repérer une fuite."),
    # German
    ("body", "Kommentare von Anwohnern hatten den Bauausschuss bereits im Februar erreicht, sagte der Bürgermeister."),
    ("head", "Abonnenten der Bibliothek können die Tablets seit Montag für zwei Wochen ausleihen."),
    ("tail", "Foto um Foto hat der Heimatverein die alten Schulklassen inzwischen digitalisiert."),
    # Italian
    ("body", "Pubblicità ingannevole, secondo l'associazione dei consumatori, quella dei volantini sul fotovoltaico gratuito."),
    ("head", "Seguire il sentiero fino al rifugio richiede circa due ore, avvertono i volontari del soccorso alpino."),
    ("tail", "Commenti anonimi sul gruppo del paese hanno preceduto la riunione, ma in sala nessuno ha preso la parola."),
    # Polish
    ("body", "Opublikowany w piątek regulamin konkursu przewiduje trzy nagrody dla szkół z gminy."),
    ("head", "Czytaj uważnie umowę, radzi rzecznik konsumentów, bo kara za jej zerwanie jest wysoka."),
    # Russian
    ("body", "Подписаться на рассылку о ремонте дорог жители смогут на сайте администрации, обещают в мэрии."),
    ("tail", "Фото старой водонапорной башни жители приносили в музей всю зиму."),
]

HELD_OUT_74_PAGES = dict(
    (case.name, (lang, case)) for lang, case in [
    # English
    _page("en", "en-portal-kesterby-defib", [
        ["-Kesterby Live",
         "-News | Sport | What's On | Property | Jobs | Contact us",
         "-Search Kesterby Live",
         "-Tuesday 10 March 2026 · 8°C light rain",
         "-TRAFFIC: A-road northbound slow near the Marrowfield roundabout",
         "-Home › News › Villages"],
        ["+Old phone box on Chapel Lane becomes village's first defibrillator station"],
        ["-By Gemma Rudkin · Local reporter",
         "-Published 10 March 2026, 07:15 · Updated 09:02"],
        ["+The red telephone box on Chapel Lane in Marrowfield, unused since its line was cut in 2019, now holds a defibrillator that anyone can open with a code from the emergency services."],
        ["-The cabinet was fitted by volunteers over the weekend. Picture: Gemma Rudkin",
         "-ADVERTISEMENT"],
        ["+Parish council chair Derek Omondi said the idea came after a resident collapsed outside the pub last summer and the ambulance took twenty minutes: “We could not change the distance, so we changed what is waiting at the end of the lane.”"],
        ["+How the station works"],
        ["+Ring 999 and tell the call handler you are near the Chapel Lane box.",
         "+You will be given a four-digit code for the cabinet lock.",
         "+The machine talks you through every step once the lid is open.",
         "+Volunteers check the pads and battery on the first Monday of each month."],
        ["-Sign up for our free morning briefing, the day's local news in your inbox",
         "-READ MORE: Marrowfield pub reopens under community ownership"],
        ["+The box was bought from the telephone company for one pound under its adopt-a-kiosk scheme, and the defibrillator itself cost £1,200, raised at two quiz nights and a sponsored walk."],
        ["+A first-aid evening showing how to use it will be held in the village hall on 24 March; places are free but must be booked through the parish clerk."],
        ["-Tags: Marrowfield, health, parish council, volunteers",
         "-Share this story: Facebook · X · WhatsApp · Email",
         "-3 comments",
         "-PhilN_1958 · 2 hours ago",
         "-Brilliant idea, well done to everyone who gave up their weekend.",
         "-Reply · Like (14)",
         "-Most read: Bin collection changes confirmed for spring",
         "-© 2026 Kesterby Live Media Ltd. Registered in England No. 00000000"],
    ]),
    _page("en", "en-blog-swift-boxes", [
        ["-The Swift Ledger",
         "-notes from a garden birder on the edge of town",
         "-Home  About  Bird Log  Nest Boxes  Contact",
         "-Subscribe via RSS",
         "-Category: Nest Boxes",
         "-18 May 2026"],
        ["+Twelve boxes under the church eaves, and a very long ladder"],
        ["-Posted by rookwatcher",
         "-Leave a comment"],
        ["+For three summers I counted swifts screaming over the church at Ellerholt and never once saw one go into the building, because the old gaps in the eaves were blocked when the roof was redone in 2015."],
        ["-Swift box from the garden centre, before painting.",
         "-Sponsored: Binoculars from £89 at Skyline Optics"],
        ["+The churchwarden, Mrs Pattinson, agreed at once but had one condition: “Nothing gets nailed to the stone, and nobody falls off my tower.”"],
        ["+What we put up"],
        ["+Eight double boxes of marine ply along the south eaves.",
         "+Four single boxes on the tower, facing east.",
         "+A small call-player on a timer, running from dawn until nine."],
        ["-« Previous post: The rookery census, week three",
         "-Print this post"],
        ["+Putting them up took two Saturdays, a borrowed scaffold tower and a good deal of tea from the vestry kettle."],
        ["+On 2 June the first pair flew straight into box five, and by the end of the month four boxes had nests in them."],
        ["+Next year we want to add boxes to the school, whose head teacher has already asked for six."],
        ["-Tags: swifts, nest boxes, church, volunteering",
         "-Like this: Like Loading...",
         "-Related: Swallows in the cart shed, at last",
         "-2 thoughts on “Twelve boxes under the church eaves, and a very long ladder”",
         "-Mary Wren says: 19 May 2026 at 7:42 am",
         "-We had the same problem at our chapel. Did you need permission from the diocese?",
         "-Reply",
         "-© The Swift Ledger 2026 · All photographs by the author"],
    ]),
    # French
    _page("fr", "fr-portail-cantine", [
        ["-Vaudrecourt Infos",
         "-Actualités Sports Agenda Annonces Nécrologie",
         "-Se connecter | S'abonner",
         "-Mercredi 11 mars 2026",
         "-Flash info : coupure d'eau rue des Tanneurs jusqu'à 16 h",
         "-Accueil > Actualités > Éducation"],
        ["+À Vaudrecourt, la cantine de l'école Jules-Ferry passe aux produits de la ferme"],
        ["-Par Solène Marchadier",
         "-Publié le 11/03/2026 à 06h30"],
        ["+Depuis la rentrée de février, les 180 repas servis chaque midi à l'école Jules-Ferry sont cuisinés avec des légumes, des yaourts et de la viande venant de six exploitations situées à moins de trente kilomètres."],
        ["-Les légumes sont livrés le mardi et le vendredi. Photo S. M.",
         "-Publicité"],
        ["+« Les enfants finissent leur assiette plus souvent, surtout les carottes râpées, ce qui n'était pas gagné », sourit Nadia Belkacem, la cuisinière, qui a dû réapprendre à travailler des produits bruts."],
        ["+Ce qui a changé"],
        ["+Le pain vient de la boulangerie du bourg.",
         "+Les yaourts sont fabriqués à la ferme des Noues.",
         "+Un repas végétarien est servi chaque jeudi.",
         "+Les menus sont affichés avec le nom des producteurs."],
        ["-À lire aussi : Le marché du samedi s'agrandit place de la Halle",
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ["+Le surcoût, environ 30 centimes par repas, est pris en charge par la commune, qui ne touche pas au prix payé par les familles."],
        ["+Le maire souhaite étendre la démarche à la seconde école de la ville à la rentrée de septembre."],
        ["-Mots-clés : Vaudrecourt, école, alimentation, agriculture",
         "-2 commentaires",
         "-papy_jeannot",
         "-Enfin une bonne nouvelle, à quand la même chose à la maison de retraite ?",
         "-↳ Répondre",
         "-Les plus lus : Un nouveau rond-point à l'entrée nord",
         "-Vaudrecourt Infos, SAS Presse du Val, RCS 000 000 000",
         "-Gérer mes cookies"],
    ]),
    _page("fr", "fr-chronique-boulangerie", [
        ["-Le Courrier de l'Orbière",
         "-Édition numérique",
         "-Opinions | Chroniques | Courrier des lecteurs",
         "-Abonnez-vous dès 1 € le premier mois",
         "-Lundi 16 mars 2026",
         "-Chronique"],
        ["+Le jour où le village a perdu son odeur de pain"],
        ["-La chronique de Bernard Lhospitalier",
         "-Écouter cet article"],
        ["+Il y a des fermetures qui ne font pas de bruit : samedi, la boulangerie de Saint-Orbière a baissé son rideau pour de bon, et personne n'a vraiment su quoi dire devant la porte."],
        ["-PUBLICITÉ",
         "-Offrir cet article"],
        ["+Le boulanger, qui part à la retraite sans repreneur, m'a confié en rendant la clé : « J'ai pétri ici trente-deux ans, mais aucun jeune ne veut se lever à trois heures pour un village de 400 âmes. »"],
        ["+Ce que nous perdons"],
        ["+Le seul commerce ouvert le dimanche matin.",
         "+Le dépôt de journaux et de colis.",
         "+Un endroit où les anciens se parlaient encore."],
        ["-Sur le même sujet : Commerces de proximité, les aides de la région",
         "-Cet article vous a plu ? Partagez-le"],
        ["+La mairie parle d'un dépôt de pain au bar-tabac, livré chaque matin par un artisan du canton."],
        ["+C'est mieux que rien, mais un dépôt n'a pas de four, et un four, dans un village, c'est un peu un cœur."],
        ["+Si un jeune boulanger lit ces lignes, le local est à louer, et les habitants ont promis d'acheter."],
        ["-Les opinions exprimées dans cette chronique n'engagent que leur auteur.",
         "-Réagir",
         "-Marcelle R. – 16 mars 2026 à 10 h 12",
         "-Même chose chez nous il y a cinq ans. Le dépôt au café a tenu deux hivers.",
         "-Signaler un abus",
         "-Écrire au courrier des lecteurs : lecteurs@courrier-orbiere.example",
         "-© Le Courrier de l'Orbière – Tous droits réservés",
         "-Conditions générales · Politique de confidentialité · Contact"],
    ]),
    # German
    _page("de", "de-portal-reparaturcafe", [
        ["-Kranzfelder Anzeiger online",
         "-Lokales Sport Kultur Service Anzeigen",
         "-Anmelden",
         "-Jetzt testen: 4 Wochen für 0,99 €",
         "-Donnerstag, 12. März 2026",
         "-Startseite › Kranzfelde › Stadtleben"],
        ["+Reparaturcafé in der Stadtbücherei: Toaster, Hosen und ein Plattenspieler"],
        ["-Von Ines Hallgarten",
         "-12.03.2026, 17:45 Uhr"],
        ["+Seit Januar öffnet die Stadtbücherei Kranzfelde jeden zweiten Samstag ihren Lesesaal für ein Reparaturcafé, in dem Ehrenamtliche mit den Besuchern kaputte Geräte und Kleidung wieder flottmachen."],
        ["-Elektromeister Rolf Sandmeier prüft einen Wasserkocher. Foto: Ines Hallgarten",
         "-Anzeige"],
        ["+„Wir reparieren nicht für die Leute, sondern mit ihnen“, sagt Organisatorin Birgit Osterkamp, „wer danach weiß, wie sein Toaster aufgebaut ist, wirft ihn beim nächsten Mal nicht gleich weg.“"],
        ["+Was mitgebracht werden kann"],
        ["+Kleine Elektrogeräte bis zur Größe eines Staubsaugers",
         "+Kleidung mit Rissen, kaputten Reißverschlüssen oder losen Knöpfen",
         "+Fahrräder mit kleineren Schäden, etwa an Licht oder Bremsen",
         "+Spielzeug und Lampen"],
        ["-Lesen Sie auch: Stadtbücherei verlängert die Öffnungszeiten",
         "-Jetzt den Newsletter „Kranzfelde am Morgen“ abonnieren"],
        ["+Bei den ersten fünf Terminen wurden 86 Gegenstände vorgelegt, 61 davon konnten repariert werden; Ersatzteile zahlen die Besucher selbst."],
        ["+Der nächste Termin ist am Samstag, 21. März, von 10 bis 14 Uhr; eine Anmeldung ist nicht nötig."],
        ["-Schlagworte: Kranzfelde, Ehrenamt, Nachhaltigkeit",
         "-Artikel teilen",
         "-Kommentare (2)",
         "-Heike_aus_Nord schrieb am 12.03.2026 um 19:03",
         "-Tolle Sache! Mein Mixer läuft wieder, danke an das Team.",
         "-Antworten | Melden",
         "-Mehr aus Kranzfelde: Neue Ampel an der Lindenallee",
         "-© Kranzfelder Verlagsgesellschaft mbH & Co. KG 2026"],
    ]),
    _page("de", "de-blog-modellbahn", [
        ["-Spur N im Keller",
         "-Ein Modellbahnblog aus dem Hobbyraum",
         "-Start · Anlage · Bauberichte · Links · Kontakt",
         "-Suche …",
         "-Bauberichte",
         "-7. Februar 2026"],
        ["+Der Bahnhof Wiesental entsteht: Bahnsteige, Beleuchtung und ein Fehler"],
        ["-von Modellbahner_Uwe",
         "-3 Kommentare"],
        ["+Nach zwei Wintern mit Gleisplan und Rahmenbau war es im Januar endlich so weit: Der kleine Durchgangsbahnhof, um den sich meine ganze Anlage dreht, bekam seine Bahnsteige."],
        ["-Bahnsteig 2 im Rohbau, noch ohne Kanten",
         "-Werbung"],
        ["+Mein Vereinskollege Jürgen sah sich die Bahnsteige an und sagte nur trocken: „Da passt aber kein Zug mit vier Wagen dran, oder?“ Er hatte recht."],
        ["+Was ich verbaut habe"],
        ["+Bahnsteigkanten aus Polystyrolstreifen, 1,5 mm stark",
         "+Zwölf Bahnsteiglampen mit warmweißen LEDs",
         "+Ein Empfangsgebäude aus einem alten Bausatz, neu gealtert"],
        ["-Vorheriger Beitrag: Rahmenbau, Teil 3",
         "-Hat dir der Beitrag gefallen? Dann abonniere den Blog per E-Mail."],
        ["+Den Fehler habe ich zu spät bemerkt: Der Bahnsteig an Gleis 2 ist um gut zehn Zentimeter zu kurz geraten."],
        ["+Statt alles abzureißen, habe ich ihn zu einem Stumpfgleis für einen Triebwagen umgeplant, was dem Bahnhof sogar Charakter gibt."],
        ["+Im nächsten Bericht geht es um die Weichenantriebe, die mich schon jetzt nervös machen."],
        ["-Kategorien: Bauberichte, Spur N",
         "-Teilen mit: E-Mail, Drucken, Facebook",
         "-Jürgen K. sagt:",
         "-7. Februar 2026 um 21:15",
         "-Aus Fehlern entstehen die schönsten Betriebsstellen. Weiter so!",
         "-Antworten",
         "-Impressum | Datenschutzerklärung",
         "-Theme: Hemingway von Anders Norén"],
    ]),
    # Italian
    _page("it", "it-portale-navetta", [
        ["-Montefrassino Oggi",
         "-Cronaca Politica Sport Eventi Necrologi",
         "-Cerca nel sito",
         "-Venerdì 13 marzo 2026 - Aggiornato alle 08:12",
         "-Seguici su Facebook",
         "-Home » Cronaca » Trasporti"],
        ["+Torna la navetta per l'ospedale: quattro corse al giorno dalla stazione"],
        ["-di Redazione",
         "-13 marzo 2026"],
        ["+Da lunedì 16 marzo torna in servizio la navetta che collega la stazione di Montefrassino all'ospedale di Valdarsa, sospesa da ottobre per mancanza di autisti."],
        ["-Il bus elettrico della navetta al capolinea della stazione (foto d'archivio)",
         "-PUBBLICITÀ"],
        ["+«Abbiamo ricevuto più di trecento firme, soprattutto da anziani che per una visita erano costretti a prendere il taxi», spiega l'assessore ai trasporti Lucia Ferrandina, «e finalmente abbiamo trovato due autisti.»"],
        ["+Orari e fermate"],
        ["+Partenze dalla stazione alle 7.10, 9.40, 12.30 e 15.50",
         "+Fermate intermedie in piazza Garibaldi e al cimitero",
         "+Biglietto a 1,50 euro, gratuito per gli over 75",
         "+Servizio dal lunedì al sabato, esclusi i festivi"],
        ["-LEGGI ANCHE: Ospedale di Valdarsa, nuovo parcheggio per i visitatori",
         "-Iscriviti alla newsletter di Montefrassino Oggi"],
        ["+La sperimentazione durerà sei mesi e costerà al Comune circa 40 mila euro, in parte coperti da un contributo regionale."],
        ["+Se i passeggeri saranno abbastanza, l'amministrazione valuterà una quinta corsa serale per chi fa visita ai ricoverati."],
        ["-Tag: trasporti, ospedale, Montefrassino",
         "-Condividi su Facebook",
         "-1 commento",
         "-Giuseppina M.",
         "-Era ora, mia madre ha perso due visite per colpa della sospensione.",
         "-Rispondi",
         "-Montefrassino Oggi - Testata registrata presso il Tribunale di Valdarsa n. 0/2019",
         "-Informativa privacy | Cookie policy"],
    ]),
    _page("it", "it-blog-lievito", [
        ["-Farina e Pazienza",
         "-il blog del pane fatto in casa",
         "-Ricette | Lievito madre | Chi sono | Contatti",
         "-Pane",
         "-2 febbraio 2026",
         "-Ti piace questo blog? Seguimi su Instagram"],
        ["+Il mio lievito madre ha compiuto un anno (e ha rischiato di morire due volte)"],
        ["-Scritto da Elena",
         "-5 commenti"],
        ["+Un anno fa una vicina mi ha regalato un vasetto di pasta madre con l'avvertenza di rinfrescarlo ogni giorno, e io, che non avevo mai fatto il pane, ho detto di sì senza pensarci."],
        ["-Il barattolo del lievito dopo il rinfresco del mattino",
         "-Annuncio"],
        ["+La prima volta che l'ho lasciato in frigo per due settimane, la vicina mi ha telefonato e ha detto soltanto: «Se puzza di acetone, non buttarlo: ha fame, non è morto.»"],
        ["+Cosa ho imparato"],
        ["+Rinfrescare sempre con la stessa farina",
         "+Tenere il barattolo lontano dal termosifone",
         "+Segnare il livello con un elastico",
         "+Non aver paura del liquido grigio in superficie"],
        ["-Ti potrebbe interessare anche: Focaccia alta in teglia, la mia versione",
         "-Stampa la ricetta"],
        ["+Oggi il lievito vive in frigorifero e lo rinfresco due volte a settimana, il giovedì e la domenica."],
        ["+Per il compleanno ho fatto una pagnotta con farina di farro, e devo dire che è stata la migliore dell'anno."],
        ["-Categorie: Pane, Lievito madre",
         "-Condividi questo articolo",
         "-Lascia un commento",
         "-Marta dice:",
         "-3 febbraio 2026 alle 9:20",
         "-Auguri al lievito! Anche il mio ha sopportato un mese di abbandono.",
         "-Rispondi",
         "-© 2026 Farina e Pazienza. Tutti i diritti riservati."],
    ]),
    # Polish
    _page("pl", "pl-portal-skatepark", [
        ["-Kurier Jaskrowicki",
         "-Wiadomości Sport Kultura Ogłoszenia Kontakt",
         "-Zaloguj się",
         "-Środa, 18 marca 2026",
         "-PILNE: Utrudnienia na ul. Kolejowej do piątku",
         "-Strona główna / Wiadomości / Sport"],
        ["+Skatepark przy hali sportowej gotowy. Otwarcie w najbliższą sobotę"],
        ["-Autor: Karolina Maziarz",
         "-18.03.2026 09:30"],
        ["+Po pięciu miesiącach budowy skatepark przy hali sportowej w Jaskrowicach jest gotowy i w sobotę zostanie oficjalnie otwarty dla wszystkich chętnych."],
        ["-Fot. Karolina Maziarz",
         "-REKLAMA"],
        ["+– Chłopaki jeździli dotąd po parkingu pod marketem i co chwilę przeganiała ich ochrona – mówi radny Wojciech Sadura, który złożył wniosek o budowę. – Teraz wreszcie mają swoje miejsce."],
        ["+Co znajdzie się na skateparku"],
        ["+betonowa misa o głębokości 1,8 metra,",
         "+dwie rampy i poręcz do grindów,",
         "+ławki oraz oświetlenie działające do godziny 21."],
        ["-Czytaj także: Hala sportowa przejdzie remont dachu",
         "-Masz temat? Napisz do nas: redakcja@kurier-jaskrowicki.example"],
        ["+Budowa kosztowała 1,3 mln zł, z czego połowę pokryła dotacja z programu rządowego."],
        ["+Na otwarcie przygotowano pokazy jazdy i konkurs dla dzieci do lat dwunastu, a kaski będzie można wypożyczyć na miejscu."],
        ["+Regulamin obiektu zawisł już przy wejściu; korzystanie ze skateparku jest bezpłatne."],
        ["-Tagi: skatepark, sport, inwestycje",
         "-Komentarze (2)",
         "-~rolkarz_88",
         "-Szkoda, że nie ma zadaszenia, jesienią będzie pusto.",
         "-Odpowiedz · Zgłoś",
         "-Najczęściej czytane: Nowy rozkład jazdy autobusów miejskich",
         "-Kurier Jaskrowicki, wydawca: Media Jaskrowice sp. z o.o., KRS 0000000000",
         "-Polityka prywatności · Ustawienia cookies"],
    ]),
    _page("pl", "pl-felieton-polka", [
        ["-Gazeta Nadrzeczna",
         "-E-wydanie",
         "-Opinie | Felietony | Listy do redakcji",
         "-Zaprenumeruj",
         "-Felieton",
         "-Poniedziałek, 23 marca 2026"],
        ["+Półka z książkami na przystanku, czyli mała lekcja zaufania"],
        ["-Felieton Anny Mroczkowskiej",
         "-Posłuchaj artykułu (4:12)"],
        ["+Kiedy w październiku ktoś przykręcił do wiaty przystanku przy ulicy Lipowej zwykłą drewnianą półkę i postawił na niej dziesięć książek, byłam pewna, że do wiosny nic z niej nie zostanie."],
        ["-Zdjęcie: archiwum autorki",
         "-Reklama"],
        ["+Pani z kiosku obok, która pilnuje półki bardziej niż ktokolwiek, powiedziała mi krótko: „Ludzie biorą, ale oddają. Czasem nawet więcej, niż wzięli”."],
        ["+Co znalazłam na półce w marcu"],
        ["+dwa tomy Sienkiewicza z pieczątką szkolnej biblioteki,",
         "+poradnik ogrodniczy z 1978 roku,",
         "+kryminał z zagiętym rogiem na ostatnim rozdziale,",
         "+trzy książeczki dla dzieci w foliowej torebce."],
        ["-Zobacz również: Biblioteka miejska wydłuża godziny otwarcia",
         "-Spodobał Ci się ten felieton? Poleć go znajomym"],
        ["+Półka przetrwała zimę, dwa deszczowe tygodnie i jedną nocną imprezę, po której brakowało tylko jednej książki."],
        ["+Może to niewiele, ale w czasach, gdy przystanki kojarzą się głównie z porysowanymi szybami, ta deska uczy czegoś o sąsiadach."],
        ["-Felietony wyrażają prywatne opinie autorów.",
         "-Komentarze",
         "-Basia z Lipowej · 23.03.2026",
         "-Zostawiłam tam w zeszłym tygodniu całą serię Ani z Zielonego Wzgórza!",
         "-Lubię to (7)",
         "-Listy do redakcji: listy@gazeta-nadrzeczna.example",
         "-© Gazeta Nadrzeczna 2026. Wszelkie prawa zastrzeżone.",
         "-Regulamin · RODO · Kontakt"],
    ]),
    # Russian
    _page("ru", "ru-portal-katok", [
        ["-Вести Ольховецка",
         "-Новости Происшествия Спорт Афиша Объявления",
         "-Войти",
         "-12 февраля 2026, четверг · −14 °C",
         "-Срочно: на улице Ленина отключат горячую воду",
         "-Главная / Новости / Город"],
        ["+Жители Заречной улицы сами залили каток во дворе"],
        ["-Автор: Ксения Лопатина",
         "-12.02.2026 14:20 · 1 532 просмотра"],
        ["+Во дворе домов 14 и 16 на Заречной улице появился каток: его за три ночи залили сами жители, договорившись с управляющей компанией о шланге и воде."],
        ["-Фото: Ксения Лопатина",
         "-РЕКЛАМА"],
        ["+«Дети раньше катались только на площади, а туда через весь город ехать, — рассказывает инициатор затеи Игорь Белозёров. — Мы решили: у нас двор большой, почему бы не попробовать»."],
        ["+Как устроен каток"],
        ["+борта из старых досок, покрашенные в белый цвет;",
         "+освещение от двух прожекторов на столбе;",
         "+лавочка для переобувания и ящик для забытых вещей;",
         "+график заливки, который висит в подъезде."],
        ["-Читайте также: В Ольховецке открылся прокат коньков",
         "-Подписывайтесь на нас во ВКонтакте"],
        ["+Управляющая компания обещает на следующий год выделить деньги на настоящие борта и сетку."],
        ["+Пока же каток работает до десяти вечера, а по выходным взрослые устраивают на нём хоккейные матчи."],
        ["-Теги: благоустройство, дворы, зима",
         "-Комментарии (1)",
         "-Наталья_К",
         "-Молодцы! У нас во дворе так же хотели, но не договорились.",
         "-Ответить",
         "-Самое читаемое: Когда уберут снег с улицы Мира",
         "-Сетевое издание «Вести Ольховецка». Свидетельство о регистрации ЭЛ № ФС 00 - 00000",
         "-18+"],
    ]),
    _page("ru", "ru-kolonka-chasy", [
        ["-Ольховецкий вестник",
         "-Архив номеров",
         "-Мнения | Колонки | Письма читателей",
         "-Подписка на газету",
         "-Колонка",
         "-Понедельник, 2 марта 2026"],
        ["+Часы на башне опять стоят, и никто не знает, кто их заводит"],
        ["-Колонка Валерия Сухорукова",
         "-Обновлено: 2 марта 2026, 09:00"],
        ["+Уже третью неделю стрелки на башне бывшего купеческого дома показывают без десяти четыре, и весь город назначает встречи «под часами», не глядя на циферблат."],
        ["-Башенные часы на Соборной площади. Фото из архива редакции",
         "-Реклама на сайте: +7 (000) 000-00-00"],
        ["+Я спросил в администрации, кто отвечает за часы, и услышал честный ответ: «Раньше их заводил Михалыч, а после него — никто, потому что они ни на чьём балансе не числятся»."],
        ["+Что нужно сделать"],
        ["+поставить часы на баланс города;",
         "+найти мастера, который возьмётся за старый механизм;",
         "+назначить человека, который будет их заводить."],
        ["-Другие колонки автора",
         "-Поделиться в соцсетях"],
        ["+Часы — не самая важная городская проблема, я понимаю."],
        ["+Но когда они идут, кажется, что и город идёт вместе с ними, а когда стоят, хочется спросить, не остановилось ли что-то ещё."],
        ["+Если Михалыч читает эту колонку, пусть позвонит в редакцию: у нас есть к нему вопрос."],
        ["-Мнение автора может не совпадать с позицией редакции",
         "-Обсуждение",
         "-Гость · 2 марта, 11:47",
         "-Михалыч на пенсии, живёт на Садовой. Ключ от башни, говорят, у него.",
         "-👍 12 👎 1",
         "-Письма в редакцию: pisma@olkhovets-vestnik.example",
         "-© «Ольховецкий вестник», 2026. Перепечатка материалов только с разрешения редакции.",
         "-Политика конфиденциальности"],
    ]),
])


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "ru-kolonka-chasy":
        "the paper's clock-tower column keeps its ad-sales line ('Реклама на сайте: +7 (000) 000-00-00') between the first paragraph and the paragraph with the quote (1 of 20 noise lines; the photo caption with its archive credit goes since round 71)",
}


test_held_out_74_line, test_held_out_74_line_is_kept, test_held_out_74_page = held_out_tests(
    HELD_OUT_74_LINES, HELD_OUT_74_KEEP, HELD_OUT_74_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
