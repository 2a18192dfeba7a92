"""Held-out set 75: written blind, weighted toward the noise the cleaner exists for, in shapes set 74's docstring does
not name: scraper, ad, embed and paywall markers (a Global News-style ad break "Story continues below advertisement",
the Guardian's newsletter skip marker "skip past newsletter promotion", a scraped Gravity Forms iframe note "This iframe
contains the logic required to handle Ajax powered Gravity Forms.", a Le Monde-style French paywall cut "Il vous reste
73.18% de cet article à lire. La suite est réservée aux abonnés.", Stern's German ad break "Weiter nach der Anzeige",
the Italian ad break "Continua a leggere dopo la pubblicità", the Polish video-embed cut "Dalsza część artykułu pod
materiałem wideo" and the Russian embed label "Видео дня"); reading-time headers in new shapes (the Reading Time WP
plugin's "Reading Time: 4 minutes", a Gatsby-blog date and coffee-cup row "March 3, 2026 • ☕️☕️ 9 min read", Le Monde's
French "Lecture 3 min.", the German "Lesedauer: 4 Minuten", the Italian "3 minuti di lettura", the Polish "4 min
czytania" and the Russian "Время чтения: 4 минуты"); bylines and self-promotion (an English wire-style "Reporting by
...; Editing by ..." credit, an English subscribe-to-my-Substack plug, an English find-me-on-Mastodon plug, a Le
Monde-style French byline with place, role and published and modified times, a German support-me-on-Steady plug, an
Italian follow-my-WhatsApp-channel plug, a Polish follow-the-author-on-Instagram plug and a Russian prepared-by credit
"Материал подготовила ..."); blog and site footers (Hugo's "Powered by Hugo & PaperMod", Blogger's "Simple theme. Theme
images by Michael Elkan. Powered by Blogger.", an English IPSO membership line, the French accessibility-compliance line
"Accessibilité : partiellement conforme", a German Astra-theme copyright row "Copyright © 2026 ... | Bereitgestellt von
Astra WordPress Theme", an Italian VAT-number and all-rights-reserved row "P.IVA 00000000000 - Tutti i diritti
riservati", a Polish terms, cookies, contact and site-map row and the Russian attribution-required line "При
использовании материалов ссылка на сайт обязательна."); reader-comment furniture (Disqus's "Please enable JavaScript to
view the comments powered by Disqus.", the "Facebook Comments Plugin" label, WordPress's "Comments are closed.", the
French empty-comments prompt "Aucun commentaire pour le moment. Soyez le premier à réagir !", the German
comments-disabled line "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", WordPress's Italian Akismet note
"Questo sito utilizza Akismet per ridurre lo spam. ...", the Polish load-more button "Załaduj więcej komentarzy" and the
Russian comment-form consent note "Нажимая «Отправить», вы соглашаетесь с правилами комментирования."); share rows (an
English Threads, LinkedIn, Mastodon and e-mail row, a German Threema, Telegram, Xing and e-mail row and a Russian
ВКонтакте, Одноклассники and Telegram row); and notices (a French AI-assistance disclosure, an Italian correction note
"Errata corrige: ..." and a Polish partner-content note "Materiał powstał we współpracy z samorządem powiatu."); and
toward whole scraped news, opinion and hobby-blog pages in layouts sets 58 to 74 did not use, as far as set 74's
docstring lists them (a regional portal's story on a disused bowling green planted as a community orchard, with a
comment, a stargazing blog's post on the village streetlights turned amber, with a comment, a regional portal's story on
volunteers restoring an old washhouse, with a comment, a paper's column on a post office moved into the grocery, with a
comment, a regional portal's story on a cooperative village shop opening, with a comment, a bicycle-restoration blog's
post on a 1968 ladies' bike and its original colour, with a comment, a regional portal's story on a parish cinema
reopening, with a comment, a paper's column on the benches removed from the main square, with a comment, a regional
portal's story on a food-sharing fridge by the health centre, with a comment, an angling blog's post on a pond clean-up,
with a comment, a regional portal's story on a suburban train stop put back in the timetable, with a comment, and a
mushroom blog's post on the first morels of spring, with a comment).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 74), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder. Read were: the docstring of held-out set 74 up to its first round paragraph, its imports, its
``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with one ast script (/tmp/s75scratch/read74.py: ``ast.get_docstring`` split into paragraphs at blank
lines and cut before the first paragraph starting "Still held out after round" or "Round ", the import nodes' and the
``_page`` node's source segments, and the file from the ``lineno`` of the ``def _marks`` function node, found with
``ast``, to the end); the helpers ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and
the ``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set
74's, taken by a script (/tmp/s75scratch/build.py) from the ``def _marks`` node's line on, with its xfail tables emptied
(the three annotated assignments found with ``ast``) and 74 -> 75, then refilled after the measurement. Nothing else was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s75,
detached at commit f70a5b38a637405576ec0861334ebefec10de544, what ``git rev-parse HEAD`` printed in /work/main) and
every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed
after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files is known to me: set 74's file was only printed through the ast
script above (its docstring cut held; the printed text ended with its Baseline paragraph), and the build script, which
read set 74's file to take its tail, printed nothing but the tail it wrote. At my first step ``git status --short | head
-20`` in /work/main printed nothing (a clean working tree). (2) The worktrees were made with ``git worktree add``, its
output sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. The branch
set75 was made from the same commit; there this file (with the xfail tables filled) gives only passed and xfailed tests,
which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (4) Before the measurement the lists
were executed from a scratch folder (/tmp/s75scratch/stand) with stand-ins (a copy of ``NoisyCase`` and
``page_from_blocks``, a stand-in ``test_clean`` whose ``_held_out``, ``_insert`` and ``_problems`` only raise, and a
stand-in ``pytest`` package; no case was run through the cleaner) that counted the lines by category and by language
(from the ``# English`` ... comments), the keep lines by language and the pages by language, printed each page's block
sizes and checked that no page noise line repeats on its page, is a substring of an article line of its page or overlaps
(equals, contains or is contained in) a line of ``HELD_OUT_75_LINES``. Its first run found one overlap: the village-shop
page's ad label "Anzeige" is contained in the German ad-break line "Weiter nach der Anzeige"; the label became "Werbung"
and the second run found nothing. No list changed after that check. (5) At the measurement this docstring was a
placeholder; it was written afterwards, with the xfail tables. The measuring pytest run (``-rA``) was piped to ``grep``
for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with ``_problems`` in
the frozen worktree by a script (/tmp/s75scratch/problems.py) that ran it on every line, keep line and page of this set
and printed the problems of the failing ones, to write the xfail reasons. (6) Invented names were checked, before the
measurement, against the helper's exact-string search over public GitHub files and my own memory; no gazetteer was
available, so this is not a proof that they do not exist: Haddleby, Bellecombe-sur-Ausse, Sault-Martel, Kleinwessing,
Castelvennaro, Roccafiora, Jarzębnik, Jarzębnik24, Верхнелужск, The Dark Lane Observer, Speichen & Staub, Spławik i Kawa
and Kleingarten am Bach had no hits; "Ausse Info" occurs only inside "fausse info(rmation)"; "Wessinger" occurs as a
surname (authors, a cluster partition), so the Wessinger Bote is a paper named after the invented Kleinwessing that
shares a real surname; "Грибные тропы" occurs once as a generic phrase in a game's scene list, not as a blog. Bellecombe
is a real element of French place names (Bellecombe, Bellecombe-en-Bauges); the river Ausse is invented as far as I
know. Five names were dropped after their checks: Pellingham (invented names in code and a real-looking X handle),
Wilkoszyn (a real district name), Modrzewin (in a list of real-looking district names), Thrimby (a real hamlet with a
postcode) and Bas-Vallon (a real-looking locality in a list of places), so the stargazing blog names no village, the
French paper became L'Écho de Sault-Martel, and a German keep line names "dem Ortsteil am Mühlbach" instead of
Brunnwies, which occurs in sample address data and as Brunnwiese(n) in street and firm names. Not checked, generic or
invented at sight: Haddleby Today, Haddleby Memorial Hall, Haddleby Residents' Association, Mill Street, Church Walk,
Bellecombe Patrimoine, lavoir du Pré-Bas, pont de la Grave, ES Ausse, SARL Médias de la Vallée, rue Neuve, Obermühle,
Castelvennaro Notizie, oratorio di San Rocco, via dei Mulini, piazza della Stazione, piazza del Municipio, Roccafiora
Media srl, L'Eco di Roccafiora, ulica Kościuszki, ulica Długa, ulica Polna, osiedle Słoneczne, Верхнелужск Онлайн,
платформа «Сосновый бор», Грибные тропы Палыча, the Mastodon handle hedgerowjo and the Instagram handle
zofia_w_ogrodzie; "Mill Street", "Church Walk", "rue Neuve", "San Rocco", "Kościuszki", "Długa", "Polna", "Słoneczne"
and "Сосновый бор" are common enough that real streets and places carry them. The people's names (Priya Hallam, Sam
Okafor, Clémence Vautrin, Дарья Колосова, Rosalind Ekwueme, Colin Fairweather, OldGreenBowler, darklane_dave, Moira
Quennell, Élodie Ravanel, Gérard Pelissou, Mimi_du_Pré-Bas, Jacqueline Arnoux, Mme Carrère, Lucien_B, Tobias Fehrenkamp,
Renate Obermaier, Hanne_vom_Kirchberg, Gisela R., don Michele Arcuri, Franco_58, Ornella Balsamo, Pina Ferraresi,
Magdalena Szczepaniak, Jolanta Wierzbicka, ~sąsiadka_z_Długiej, Bartek, pan Henryk, Marek_karpiarz, Ирина Звягинцева,
Галина Ерёмина, Валентина Петровна, Лена_грибница, Палыч) are invented, though ordinary names real people may bear; none
is meant as a real person. The VAT, registry, paritaire and ISSN numbers are zero-filled, the paywall percentage and the
discount code are made up, and the e-mail addresses use the reserved .example domain. (7) Some lines name real things,
as real pages do: Global News's ad-break wording, the Guardian's newsletter skip marker, Gravity Forms, the Reading Time
WP plugin, the Gatsby starter blog's coffee-cup read row, the wire-style reporting and editing credit, Substack,
Mastodon, Hugo and the PaperMod theme, Blogger's Simple theme with its image credit Michael Elkan (a real person, named
as that theme's footer names him), IPSO and the Editors' Code of Practice, Disqus, the Facebook Comments Plugin,
WordPress's comment-closed, Akismet, "Proudly powered" (German, Polish and Russian) and WordPress.com ("Advertisements",
"Report this ad", "Blog at WordPress.com.") texts, Threads, LinkedIn, Le Monde's paywall, reading-time and byline
shapes, Bordeaux, the French accessibility-compliance statement, Stern's ad break, Steady, the Astra theme, Threema,
Telegram, Xing, WhatsApp and its channels, Instagram, Facebook, the Italian P.IVA and Tribunale registration, Interia's
and WP.pl's video-cut wording, Polish name days, the Koło Gospodyń Wiejskich and the PZW (Polish anglers' association),
the river Warta, ВКонтакте, Одноклассники, Яндекс.Директ, the Russian media registration mark (ЭЛ № ФС) and the 18+ age
mark, the French commission paritaire and ISSN, La Poste and the Sparkasse, and the Milky Way, the Andromeda galaxy and
the Pleiades. (8) Set 74's docstring names its own shapes and the earlier sets' page layouts only, so some lines may
repeat shapes of sets before 74 that I could not check; in particular Disqus's JavaScript notice, WordPress's "Comments
are closed.", "Story continues below advertisement", the Blogger footer and "Powered by Hugo & PaperMod" are common
enough that an earlier set or a development list may hold them. Close to shapes set 74 named: the French paywall cut,
the German, Italian and Polish ad and video breaks and the Russian embed label are markers like its Hearst ad break,
consent-blocked embeds and ZOBACZ WIDEO label, in other words; the Reading Time WP row, the coffee-cup row and the other
reading-time rows are reading-time headers in other words than its Yoast, Medium-style and language rows; the Substack,
Mastodon, Steady, WhatsApp-channel and Instagram plugs are self-promotion like its Bluesky, YouTube, TikTok and Dzen
plugs, on other platforms; the wire credit and the Russian prepared-by credit are credit rows like its words-and-photos
row; the Hugo, Blogger and Astra rows are platform and theme rows like its Ghost, Squarespace, GitHub Pages, Canalblog,
Altervista and uCoz rows, and the Polish legal-links row is near its Polish all-rights-reserved row; the comment lines
are comment furniture other than its comment-form notes, checkboxes, log-in lines, action row, reply heading and Cackle
widget (the Facebook plugin label is a comment-widget line like the Cackle line, on another platform); the share rows
are share rows on other platforms; the Polish partner-content note is a notice of outside support like its German
transparency note and Russian grants note. Page chrome repeats kinds of line set 74's docstring names among its noise
(photo captions, newsletter and subscription prompts, ad labels, previous-post links, registration marks), as real pages
carry them. (9) My first step's clock reading was 2026-12-04 10:37:50 UTC. (10) After committing, ``git rev-parse HEAD``
in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Source of the leak", "Share prices", "Posted notices", "Read
aloud", "Comments from the headteacher", "Advertising for a new caretaker", "Written in 1911", "Source de la discorde",
"Partagé entre deux communes", "Publié au bulletin municipal", "Quelle des Ärgers", "Folgen hat der Beschluss", "Geteilt
wird der Schuppen", "Fonte di polemiche", "Condiviso da tre frazioni", "Scritto a mano", "Źródło problemu",
"Udostępnione przez parafię", "Источник шума" and "Подписанное жителями обращение" are article sentences. The ad breaks,
the newsletter skip marker, the form-iframe note, the paywall cut, the video cut and the embed label are counted as
markers; the reading-time rows (the coffee-cup row with its date included) as reading-time lines; the wire credit, the
French byline, the Russian prepared-by credit and the Substack, Mastodon, Steady, WhatsApp-channel and Instagram plugs
as bylines; platform, theme, regulator, accessibility and site-legal rows as footers; the Disqus notice, the
comment-plugin label, the comments-closed and comments-disabled lines, the empty-comments prompt, the Akismet note, the
load-more button and the comment-form consent note as comments; the share rows as share; the AI-assistance, correction
and partner-content notes as notices. On every page the title, the first paragraph, the paragraph with the quote, the
subheading, its list rows and the last paragraphs are article (10 lines a page: four rows and two last paragraphs, or
three rows and three last paragraphs) and everything else is noise (20 lines a page: six lines above the title, two
under it, two between the first paragraph and the paragraph with the quote, two between the list rows and the last
paragraphs, eight at the foot); in particular site names and taglines, menus, search boxes, sign-in, subscription and
e-paper lines, recent and popular posts, RSS links, dates, weather, roadworks, breaking-news and name-day lines,
breadcrumbs, section, column and category names, bylines, publication and update lines, view and comment counts, listen
buttons, photo captions, ad labels, ads and affiliate notes, read-also, related, most-read and previous-post links,
newsletter, WhatsApp, Telegram, social and tip-off prompts, share buttons, tags, comment-count headings, commenter rows,
comment dates and texts, reply, report and flag lines, opinion disclaimers, letters addresses, error-report prompts, age
marks, publisher, registry, legal, privacy, cookie and platform lines are noise. The rows: en-portal-haddleby-orchard
"What has been planted", en-blog-amber-streetlights "What changed on the first clear night" (three rows),
fr-portail-lavoir "Les travaux en chiffres", fr-chronique-agence-postale "Ce qui change au comptoir" (three rows),
de-portal-dorfladen "Das bietet der Laden", de-blog-damenrad "Was ich ersetzt habe", it-portale-cinema "Il programma del
primo mese", it-rubrica-panchine "Chi si sedeva in piazza" (three rows), pl-portal-jadlodzielnia "Co można zostawić w
jadłodzielni", pl-blog-sprzatanie-stawu "Co wyciągnęliśmy ze stawu" (three rows), ru-portal-elektrichka "Что изменилось
на платформе" and ru-blog-smorchki "Что взять с собой в весенний лес", the others with four rows; all of them are
article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language en 15
(marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1, footer 1,
comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), it 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments
1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1); by place head 11, body 8,
tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article
lines (10 a page): en-portal-haddleby-orchard (a regional news portal's story on the bowling green behind a memorial
hall, unused since its club folded, planted with 40 fruit trees by a residents' association, with a comment),
en-blog-amber-streetlights (a back-garden stargazing blog's post on the county replacing the village's white
streetlights with shielded amber lamps, with a comment), fr-portail-lavoir (a regional news portal's story on volunteers
clearing and restoring a washhouse filled with rubble since the 1970s, with a comment), fr-chronique-agence-postale (a
paper's opinion column on the town's post office counter moved into the back of a grocery, with a comment),
de-portal-dorfladen (a regional news portal's story on a village shop opened seven years after the last one closed,
owned by 214 residents as a cooperative, with a comment), de-blog-damenrad (a bicycle-restoration blog's post on a 1968
ladies' bike found in a barn and the search for its original paint colour, with a comment), it-portale-cinema (a
regional news portal's story on a parish cinema reopened by volunteers after twenty years, with a comment),
it-rubrica-panchine (a paper's opinion column on the benches removed from the town-hall square "for decorum", with a
comment), pl-portal-jadlodzielnia (a regional news portal's story on a food-sharing fridge and shelf set up by a health
centre, with a comment), pl-blog-sprzatanie-stawu (an angling blog's post on anglers clearing line, cans and a bicycle
out of a mill pond, with a comment), ru-portal-elektrichka (a regional news portal's story on a suburban train platform
repaired and put back in the timetable, with a comment) and ru-blog-smorchki (a mushroom-picker's blog post on the first
morels of spring in an alder wood, with a comment); every page holds a title, a subheading with list rows, a quote in
the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-04, cleaner at commit f70a5b38a637405576ec0861334ebefec10de544, measured with ``cd /tmp/wt-s75 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s75/src python -m pytest -q tests/test_clean_held_out_75.py -rA -p
no:cacheprovider`` (20 failed, 57 passed) and ``cd /tmp/wt-s75 && PYTHONPATH=/tmp/wt-s75/src python
scripts/clean_held_out_report.py --sets 75`` (noise lines removed 32/45, article lines kept 20/20, pages clean 5/12,
page noise lines left 12 of 240), with the xfail tables empty): noise lines removed 32/45 (marker 4/8, reading-time 7/7,
byline 5/8, footer 6/8, comments 7/8, share 3/3, notice 0/3; missed, all kept as paragraphs: the English "skip past
newsletter promotion", the English "This iframe contains the logic required to handle Ajax powered Gravity Forms.", the
French "Il vous reste 73.18% de cet article à lire. La suite est réservée aux abonnés." and the Russian "Видео дня" put
in the body; the Polish "Materiał powstał we współpracy z samorządem powiatu." and the Russian "Материал подготовила
Дарья Колосова" put above the article; and the English "I also write a free weekly newsletter on Substack about hedges
and field margins — subscribe and it lands in your inbox every Sunday.", the English "This site is a member of the
Independent Press Standards Organisation (IPSO) and abides by the Editors' Code of Practice.", the French "Accessibilité
: partiellement conforme", the French "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle, puis
vérifié et complété par la rédaction.", the German "Wenn dir meine Texte gefallen, unterstütze den Blog mit einer
Mitgliedschaft bei Steady.", the Italian "Errata corrige: in una prima versione di questo articolo il nome della
frazione era riportato in modo errato." and the Russian "Нажимая «Отправить», вы соглашаетесь с правилами
комментирования." put at the foot); keep lines kept 20/20; pages 5/12 clean (en-portal-haddleby-orchard,
fr-portail-lavoir, it-portale-cinema, it-rubrica-panchine and pl-portal-jadlodzielnia), 12 of 240 page noise lines left
and 0 of 120 article lines lost: en-blog-amber-streetlights 1 left ("The old lamp head, with the new amber one behind it
on the contractor's van."); fr-chronique-agence-postale 2 left ("L'épicerie de la rue Neuve accueille désormais l'agence
postale communale. Archives L'Écho" and "Pour ne rien manquer de nos chroniques, abonnez-vous dès 1 € le premier mois");
de-portal-dorfladen 1 left ("Sie wollen keine Nachricht aus Ihrer Region verpassen? Jetzt WhatsApp-Kanal abonnieren!");
de-blog-damenrad 3 left ("Der Rahmen nach dem Sandstrahlen, noch ohne Grundierung", "*Affiliate-Links: Wenn du über
diese Links kaufst, erhalte ich eine kleine Provision." and "Du willst keinen Beitrag verpassen? Folge Speichen & Staub
auf Instagram."); pl-blog-sprzatanie-stawu 2 left ("Nasz „urobek” po trzech godzinach – zdjęcie: Bartek" and "Obserwuj
bloga na Facebooku, żeby nie przegapić kolejnej akcji!"); ru-portal-elektrichka 1 left ("Отремонтированная платформа
«Сосновый бор». Фото: Ирина Звягинцева"); ru-blog-smorchki 2 left ("Сморчки у корней ольхи. Фото автора" and
"Яндекс.Директ"). Of the left page lines none stands above the title, under it or at the foot; eight stand between the
first paragraph and the paragraph with the quote (the photo captions of the streetlight post, the post-office column,
the bicycle post, the pond post, the train-stop story and the morel post, whose ad labels or ads go except on the
bicycle post, which keeps its affiliate note too, and on the morel post, which keeps its ad label "Яндекс.Директ" too);
and four between the list rows and the last paragraphs (the post-office column's subscription prompt, whose read-also
link goes, the village-shop story's WhatsApp-channel prompt, whose read-also link goes, the bicycle post's
follow-on-Instagram prompt, whose related link goes, and the pond post's follow-on-Facebook prompt, whose previous-post
link goes). No article line is lost. The failing cases are strict xfails.

Still held out after round 68 (development on sets 72 and 71; measured once with ``scripts/clean_held_out_report.py
--sets 75``): noise lines removed 32/45 and keep lines 20/20 (unchanged), pages clean 5/12, page noise lines left
12 -> 11 of 240 (the angling blog's follow-on-Facebook prompt "Obserwuj bloga na Facebooku, żeby nie przegapić
kolejnej akcji!" now goes: round 68's class for a follow prompt saying what it is for, not to miss a post; its photo
caption stays, and the page's xfail is reworded), article lines lost 0 of 120.

Still held out after round 69 (development on sets 74 and 73; measured once with ``scripts/clean_held_out_report.py
--sets 75``): unchanged — noise lines removed 32/45, keep lines 20/20, pages clean 5/12, page noise lines left 11 of
240, article lines lost 0 of 120.

Round 70 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 75`` and ``pytest tests/test_clean_held_out_75.py`` at 77b2613 (before) and the
round's last commit on branch round70 (after): noise lines removed 32/45 -> 45/45 (marker 4/8 -> 8/8, reading-time 7/7,
byline 5/8 -> 8/8, footer 6/8 -> 8/8, comments 7/8 -> 8/8, share 3/3, notice 0/3 -> 3/3), keep lines 20/20 -> 20/20,
pages clean 5/12 -> 10/12, page noise lines left 11 -> 2 of 240, article lines lost 0 -> 0 of 120; pytest 57 passed and
20 xfailed -> 75 passed and 2 xfailed. No article line was lost before or after. The classes are those of set 76's round
70 paragraph (six languages, near misses, tests/test_clean.py test_round_70_*); here they take the newsletter skip
marker, the form-iframe note, the Substack plug (the writer's own newsletter on a platform, first person), the IPSO
footer, the French paywall cut, the accessibility footer, the AI-assistance note, the Steady plug (the tip jar's 'bei'),
the Italian correction note (a correction of an earlier version), the Polish partner note (Polish 'Materiał' read as a
page noun), 'Видео дня', the prepared-by byline and the comment-form consent note; on the pages the credited captions
(Archives L'Écho, zdjęcie after a dash, Фото with a quoted platform name, Фото автора), the Яндекс.Директ label, the
subscription and WhatsApp-channel prompts after a don't-miss clause or question, the affiliate note under its own label
and the follow-on-Instagram prompt. Left: two uncredited photo captions between the first paragraph and the quote (the
amber-streetlight post's full-stop description and the bicycle post's 'Der Rahmen nach dem Sandstrahlen, noch ohne
Grundierung'). Elsewhere: see set 76's round 70 paragraph.

Round 71: pages clean 10/12 -> 12/12, page noise lines left 2 -> 0 of 240: the bare photo captions of
en-blog-amber-streetlights and de-blog-damenrad, each over an ad's label or an affiliate note in its block, go.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page


HELD_OUT_75_LINES = [
    # English
    ("body", "Story continues below advertisement", "marker"),
    ("body", "skip past newsletter promotion", "marker"),
    ("body", "This iframe contains the logic required to handle Ajax powered Gravity Forms.", "marker"),
    ("head", "Reading Time: 4 minutes", "reading-time"),
    ("head", "March 3, 2026 • ☕️☕️ 9 min read", "reading-time"),
    ("head", "Reporting by Priya Hallam; Editing by Sam Okafor", "byline"),
    ("tail", "I also write a free weekly newsletter on Substack about hedges and field margins — subscribe and it lands"
             " in your inbox every Sunday.", "byline"),
    ("tail", "You can also find me on Mastodon: @hedgerowjo@mastodon.example", "byline"),
    ("tail", "Powered by Hugo & PaperMod", "footer"),
    ("tail", "Simple theme. Theme images by Michael Elkan. Powered by Blogger.", "footer"),
    ("tail", "This site is a member of the Independent Press Standards Organisation (IPSO) and abides by the Editors'"
             " Code of Practice.", "footer"),
    ("tail", "Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("tail", "Facebook Comments Plugin", "comments"),
    ("tail", "Comments are closed.", "comments"),
    ("tail", "Share this story: Threads · LinkedIn · Mastodon · Email", "share"),
    # French
    ("body", "Il vous reste 73.18% de cet article à lire. La suite est réservée aux abonnés.", "marker"),
    ("head", "Lecture 3 min.", "reading-time"),
    ("head", "Par Clémence Vautrin (Bordeaux, correspondante) Publié le 12 mars 2026 à 07h30, modifié à 09h12",
     "byline"),
    ("tail", "Accessibilité : partiellement conforme", "footer"),
    ("tail", "Aucun commentaire pour le moment. Soyez le premier à réagir !", "comments"),
    ("tail", "Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle, puis vérifié et complété par"
             " la rédaction.", "notice"),
    # German
    ("body", "Weiter nach der Anzeige", "marker"),
    ("head", "Lesedauer: 4 Minuten", "reading-time"),
    ("tail", "Wenn dir meine Texte gefallen, unterstütze den Blog mit einer Mitgliedschaft bei Steady.", "byline"),
    ("tail", "Copyright © 2026 Kleingarten am Bach | Bereitgestellt von Astra WordPress Theme", "footer"),
    ("tail", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", "comments"),
    ("tail", "Artikel teilen: Threema · Telegram · Xing · E-Mail", "share"),
    # Italian
    ("body", "Continua a leggere dopo la pubblicità", "marker"),
    ("head", "3 minuti di lettura", "reading-time"),
    ("tail", "Seguimi sul mio canale WhatsApp per non perdere le nuove ricette!", "byline"),
    ("tail", "P.IVA 00000000000 - Tutti i diritti riservati", "footer"),
    ("tail", "Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono elaborati i dati derivati dai"
             " commenti.", "comments"),
    ("tail", "Errata corrige: in una prima versione di questo articolo il nome della frazione era riportato in modo"
             " errato.", "notice"),
    # Polish
    ("body", "Dalsza część artykułu pod materiałem wideo", "marker"),
    ("head", "4 min czytania", "reading-time"),
    ("tail", "Obserwuj autorkę na Instagramie: @zofia_w_ogrodzie", "byline"),
    ("tail", "Regulamin serwisu · Polityka cookies · Kontakt z redakcją · Mapa strony", "footer"),
    ("tail", "Załaduj więcej komentarzy", "comments"),
    ("head", "Materiał powstał we współpracy z samorządem powiatu.", "notice"),
    # Russian
    ("body", "Видео дня", "marker"),
    ("head", "Время чтения: 4 минуты", "reading-time"),
    ("head", "Материал подготовила Дарья Колосова", "byline"),
    ("tail", "При использовании материалов ссылка на сайт обязательна.", "footer"),
    ("tail", "Нажимая «Отправить», вы соглашаетесь с правилами комментирования.", "comments"),
    ("tail", "Поделиться: ВКонтакте · Одноклассники · Telegram", "share"),
]

HELD_OUT_75_KEEP = [
    # English
    ("body", "Source of the leak was traced to a cracked valve under the bowling green, the water company said on"
             " Tuesday."),
    ("body", "Share prices have nothing to do with it: the route was cut because two of the firm's drivers retired"
             " in the same month."),
    ("head", "Posted notices on the church door were the only warning residents had before the footpath closed."),
    ("body", "Read aloud at the start of the meeting, the petition listed 412 names from the three streets"
             " affected."),
    ("tail", "Comments from the headteacher suggest the crossing patrol will return once a new warden is trained."),
    ("body", "Advertising for a new caretaker has so far drawn one applicant, the parish clerk told councillors."),
    ("tail", "Written in 1911, the original deeds leave the pond \"to the use of the village for ever\"."),
    # French
    ("body", "Source de la discorde, le parking de la salle des fêtes sera repeint d'ici l'été."),
    ("head", "Partagé entre deux communes, le chemin de halage n'est entretenu par aucune des deux."),
    ("tail", "Publié au bulletin municipal en janvier, l'appel aux bénévoles est resté sans réponse pendant six"
             " semaines."),
    # German
    ("body", "Quelle des Ärgers ist eine Ampel, die seit Januar nur noch gelb blinkt."),
    ("tail", "Folgen hat der Beschluss vor allem für die Schulkinder aus dem Ortsteil am Mühlbach."),
    ("head", "Geteilt wird der Schuppen künftig von der Feuerwehr und dem Heimatverein."),
    # Italian
    ("body", "Fonte di polemiche da anni, la fontana della piazza tornerà a funzionare a maggio."),
    ("head", "Condiviso da tre frazioni, lo scuolabus ora passa alle 7.10 invece che alle 7.30."),
    ("tail", "Scritto a mano su un cartone, l'avviso della chiusura è rimasto appeso alla porta per una settimana."),
    # Polish
    ("body", "Źródło problemu leży w starej kanalizacji deszczowej, twierdzą mieszkańcy ulicy Polnej."),
    ("tail", "Udostępnione przez parafię pomieszczenia posłużą jako świetlica dla seniorów."),
    # Russian
    ("body", "Источник шума — старая трансформаторная будка, которую обещают заменить до осени."),
    ("head", "Подписанное жителями обращение передали в администрацию в понедельник."),
]

HELD_OUT_75_PAGES = {
    "en-portal-haddleby-orchard": _page("en", "en-portal-haddleby-orchard", [
        ["-Haddleby Today",
         "-News | Sport | What's On | Property | Jobs | Announcements",
         "-Sign in | Register"],
        ["-Thursday 12 March 2026 · 9°C light rain",
         "-Roadworks: temporary lights on Mill Street until Friday",
         "-Home › News › Haddleby"],
        ["+Old bowling green becomes a community orchard with 40 fruit trees"],
        ["-By Rosalind Ekwueme, Chief Reporter",
         "-Published 06:00, 12 MAR 2026 | Updated 08:42, 12 MAR 2026"],
        ["+The bowling green behind Haddleby Memorial Hall, unused since the club folded in 2021, has been planted"
         " with 40 apple, pear and plum trees by volunteers from the town's residents' association."],
        ["-Volunteers planting the first rows on Saturday morning. Photo: Haddleby Residents' Association",
         "-Advertisement"],
        ["+“It was either this or another car park,” said Colin Fairweather, who chairs the association. “Nobody"
         " wanted a car park, and everybody remembers the club's apples.”"],
        ["+What has been planted",
         "+Sixteen apple trees, including two old local varieties grafted from the club's own tree",
         "+Ten pear trees along the north hedge",
         "+Eight plum and damson trees by the pavilion",
         "+Six cherry trees at the entrance from Church Walk"],
        ["-READ MORE: Memorial Hall roof appeal passes halfway mark",
         "-Get the latest Haddleby news sent straight to your inbox — sign up to our free newsletter"],
        ["+The trees were paid for with a £3,200 grant from the district council's green spaces fund and donations"
         " collected at the hall's winter fair.",
         "+The association plans an open day in September, when the first fruit could be picked, and is looking"
         " for volunteers to help with watering over the summer."],
        ["-Do you have a story for us? Email newsdesk@haddlebytoday.example",
         "-Tags: Haddleby, Gardening, Community"],
        ["-Most Read",
         "-Bypass consultation: what the three routes would mean for your street"],
        ["-18 comments",
         "-OldGreenBowler · 3h ago",
         "-Lovely to see. My dad played on that green for thirty years, he would have liked this."],
        ["-© 2026 Haddleby Today. All rights reserved. Terms · Privacy · Cookie settings"],
    ]),
    "en-blog-amber-streetlights": _page("en", "en-blog-amber-streetlights", [
        ["-The Dark Lane Observer",
         "-Notes from a back-garden telescope on the edge of the fens",
         "-Home  About  Equipment  Observing Log  Contact",
         "-Search this blog",
         "-Recent posts: Messier marathon, take two",
         "-Subscribe via RSS"],
        ["+The night the village streetlights turned amber"],
        ["-March 9, 2026 · darklane_dave",
         "-Filed under: Light Pollution, Observing Log"],
        ["+For eleven years the lamp at the end of our lane has been the enemy: a white LED head that lit my garden"
         " like a car park and wiped out everything fainter than magnitude four."],
        ["-The old lamp head, with the new amber one behind it on the contractor's van.",
         "-Advertisements"],
        ["+When the parish council wrote back, the clerk was blunt: “The county replaces every head on the estate"
         " this spring, and the new ones are 2,200 kelvin and fully shielded. You asked, and so did forty others.”"],
        ["+What changed on the first clear night",
         "+The Milky Way was visible from the patio for the first time since I moved in",
         "+I picked out the Andromeda galaxy without the finder scope",
         "+My sky-quality meter read 20.6 instead of 19.4"],
        ["-You might also like: A cheap dew heater that actually works",
         "-Subscribe to get new posts by email — no spam, just clear nights."],
        ["+Not everyone is pleased: two neighbours have complained that the lane feels darker, which is, of course,"
         " the point.",
         "+The county says the amber lamps use a third less power, and the council has promised to look again at"
         " the footpath lamp by the bus shelter.",
         "+If your village is on the replacement list, write to the council now; forty letters seem to have been"
         " enough here."],
        ["-Tagged: amber LEDs, dark sky, parish council, streetlights",
         "-9 thoughts on “The night the village streetlights turned amber”"],
        ["-Moira Quennell",
         "-March 10, 2026 at 7:52 am",
         "-Same thing happened in our town last year. Took the Pleiades back in one week!",
         "-Reply"],
        ["-Report this ad",
         "-Blog at WordPress.com."],
    ]),
    "fr-portail-lavoir": _page("fr", "fr-portail-lavoir", [
        ["-Ausse Info",
         "-L'actualité de la vallée de l'Ausse",
         "-Accueil | Communes | Sports | Agenda | Nécrologie | Petites annonces",
         "-Se connecter | S'abonner à partir de 1 €"],
        ["-Vendredi 13 mars 2026",
         "-Accueil > Bellecombe-sur-Ausse > Patrimoine"],
        ["+À Bellecombe-sur-Ausse, le lavoir du Pré-Bas retrouve son eau"],
        ["-Par Élodie Ravanel",
         "-Le 13/03/2026 à 06h15 — Mis à jour à 10h02"],
        ["+Comblé de gravats depuis les années 1970, le lavoir du Pré-Bas a été dégagé et restauré en quatre mois"
         " par une quinzaine de bénévoles de l'association Bellecombe Patrimoine."],
        ["-Les bénévoles ont retiré près de trente tonnes de gravats. Photo É. R.",
         "-Publicité"],
        ["+« On pensait trouver un bassin en ruine, on a trouvé les pierres de 1862 presque intactes », raconte"
         " Gérard Pelissou, président de l'association."],
        ["+Les travaux en chiffres",
         "+Quatre mois de chantier, le samedi matin",
         "+Trente tonnes de gravats évacuées",
         "+Douze pierres de margelle remises en place",
         "+Une toiture en tuiles canal refaite à neuf"],
        ["-À lire aussi : Le pont de la Grave fermé aux poids lourds jusqu'à l'été",
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ["+La commune a financé les tuiles et la charpente, soit 8 400 euros, et la source qui alimente le bassin"
         " coule de nouveau depuis février.",
         "+Le lavoir sera inauguré le 4 avril, avec une exposition de cartes postales anciennes prêtées par les"
         " habitants."],
        ["-Partager sur Facebook",
         "-Mots-clés : Bellecombe-sur-Ausse, patrimoine, bénévolat",
         "-Les plus lus",
         "-Foot : l'ES Ausse tient le leader en échec"],
        ["-Mimi_du_Pré-Bas",
         "-Ma grand-mère y lavait encore le linge en 1965. Merci aux bénévoles !"],
        ["-Ausse Info — SARL Médias de la Vallée au capital de 10 000 €",
         "-Gérer mes cookies"],
    ]),
    "fr-chronique-agence-postale": _page("fr", "fr-chronique-agence-postale", [
        ["-L'Écho de Sault-Martel",
         "-Édition numérique — Lire le journal du jour",
         "-Actualité | Opinions | Économie | Sports | Loisirs"],
        ["-Mardi 10 mars 2026",
         "-Opinions › Chroniques",
         "-Le billet du mardi"],
        ["+Un timbre entre les poireaux et le pain de mie"],
        ["-Par Jacqueline Arnoux, chroniqueuse",
         "-Écouter cette chronique (3 min)"],
        ["+Depuis lundi, le bureau de poste de Sault-Martel n'existe plus : ses guichets ont déménagé au fond de"
         " l'épicerie de la rue Neuve, entre le rayon des conserves et la caisse."],
        ["-L'épicerie de la rue Neuve accueille désormais l'agence postale communale. Archives L'Écho",
         "-Les opinions exprimées dans les chroniques n'engagent que leurs auteurs."],
        ["+Le maire l'a dit sans détour au conseil : « C'était l'épicerie ou rien. La Poste partait de toute façon,"
         " et l'épicière, elle, est ouverte le dimanche. »"],
        ["+Ce qui change au comptoir",
         "+Les lettres recommandées se retirent à la caisse, pièce d'identité en main",
         "+Les retraits d'argent sont plafonnés à 150 euros par semaine",
         "+Le guichet ouvre aux heures de l'épicerie, dimanche matin compris"],
        ["-Lire aussi : notre dossier sur les services publics en zone rurale",
         "-Pour ne rien manquer de nos chroniques, abonnez-vous dès 1 € le premier mois"],
        ["+On peut s'en désoler, et je m'en désole un peu : l'ancien bureau, avec son carrelage et sa balance en"
         " laiton, faisait partie du bourg.",
         "+Mais il faut reconnaître que la file d'attente a disparu, et que Mme Carrère, l'épicière, connaît tout"
         " le monde par son prénom.",
         "+Reste à savoir qui, dans dix ans, tiendra l'épicerie, car c'est désormais d'elle que dépend le courrier"
         " de tout le canton."],
        ["-Vous souhaitez réagir ? Écrivez au courrier des lecteurs : courrier@echo-saultmartel.example",
         "-Réactions (4)"],
        ["-Lucien_B",
         "-Le 10/03/2026 à 11h47",
         "-Au moins on n'a plus à faire 20 km pour envoyer un colis. Courage à l'épicière.",
         "-Signaler un abus"],
        ["-L'Écho de Sault-Martel — Mentions légales — CGV — Politique de confidentialité",
         "-Commission paritaire n° 0000 C 00000 — ISSN 0000-0000"],
    ]),
    "de-portal-dorfladen": _page("de", "de-portal-dorfladen", [
        ["-Wessinger Bote",
         "-Startseite Lokales Sport Kultur Blaulicht Service",
         "-E-Paper | Abo | Anmelden",
         "-Mittwoch, 11. März 2026",
         "-Blaulicht: Scheunenbrand bei der Obermühle – keine Verletzten",
         "-Lokales > Kleinwessing"],
        ["+Kleinwessing hat wieder einen Laden – und 214 Eigentümer"],
        ["-Von Tobias Fehrenkamp",
         "-11.03.2026, 05:30 Uhr"],
        ["+Sieben Jahre nach der Schließung des letzten Lebensmittelgeschäfts hat in Kleinwessing am Samstag ein"
         " Dorfladen eröffnet, den 214 Bürgerinnen und Bürger als Genossenschaft gemeinsam tragen."],
        ["-Eröffnung mit Blasmusik: Vor dem Dorfladen bildete sich am Samstag eine lange Schlange. Foto: Tobias"
         " Fehrenkamp",
         "-Werbung"],
        ["+„Wir wollten nicht mehr für jede Packung Butter ins Auto steigen“, sagt Vorstandsmitglied Renate"
         " Obermaier. „Jetzt kaufen die Leute beim Nachbarn ein, und der Nachbar sind sie selbst.“"],
        ["+Das bietet der Laden",
         "+Brot und Brezen von einer Bäckerei aus dem Nachbarort",
         "+Eier, Milch und Käse von drei Höfen der Gemeinde",
         "+Ein kleines Café mit sechs Plätzen",
         "+Eine Paketannahme für zwei Versanddienste"],
        ["-Lesen Sie auch: Gemeinderat stimmt für Tempo 30 in der Ortsdurchfahrt",
         "-Sie wollen keine Nachricht aus Ihrer Region verpassen? Jetzt WhatsApp-Kanal abonnieren!"],
        ["+Ein Genossenschaftsanteil kostet 250 Euro; die Gemeinde hat die Räume der ehemaligen Sparkassenfiliale"
         " für zehn Jahre mietfrei zur Verfügung gestellt.",
         "+Geöffnet ist der Laden montags bis samstags von 7 bis 12 Uhr sowie an drei Nachmittagen; gesucht werden"
         " noch ehrenamtliche Kräfte für den Samstag."],
        ["-Mehr zum Thema",
         "-Nahversorgung: Wie Dorfläden im Landkreis überleben",
         "-Schlagworte: Kleinwessing, Dorfladen, Genossenschaft"],
        ["-Kommentare (3)",
         "-Hanne_vom_Kirchberg",
         "-Endlich! Und die Brezen sind besser als im Supermarkt.",
         "-Melden"],
        ["-© Wessinger Bote Verlags GmbH 2026 | Impressum | AGB | Datenschutz"],
    ]),
    "de-blog-damenrad": _page("de", "de-blog-damenrad", [
        ["-Speichen & Staub",
         "-Alte Räder, neue Touren",
         "-Start · Restaurationen · Touren · Werkzeug · Über mich",
         "-Suche …"],
        ["-Neueste Beiträge: Tretlager ohne Spezialwerkzeug ausbauen",
         "-Kategorie: Restaurationen"],
        ["+Ein Damenrad von 1968 und die Frage nach der richtigen Farbe"],
        ["-8. März 2026",
         "-4 Kommentare"],
        ["+Gefunden habe ich das Rad im vergangenen Herbst in einer Scheune: Rahmen verrostet, Reifen zerbröselt,"
         " aber die Dreigangnabe drehte sich noch, als wäre nichts gewesen."],
        ["-Der Rahmen nach dem Sandstrahlen, noch ohne Grundierung",
         "-*Affiliate-Links: Wenn du über diese Links kaufst, erhalte ich eine kleine Provision."],
        ["+Mein Nachbar, der vierzig Jahre in einer Lackiererei gearbeitet hat, schüttelte nur den Kopf: „Original"
         " war das Lindgrün, nicht Mintgrün. Das sieht man am Lack unter dem Kettenschutz.“"],
        ["+Was ich ersetzt habe",
         "+Reifen und Schläuche in 28 Zoll",
         "+Bremsklötze und Bremszüge",
         "+Die Kette, die nicht mehr zu retten war",
         "+Den Sattel durch einen gebrauchten Ledersattel"],
        ["-Das könnte dich auch interessieren: Dynamo-Beleuchtung richtig verkabeln",
         "-Du willst keinen Beitrag verpassen? Folge Speichen & Staub auf Instagram."],
        ["+Unter dem Kettenschutz fand sich tatsächlich ein Streifen Lindgrün, und so hat das Rad jetzt wieder die"
         " Farbe, mit der es 1968 aus dem Laden gerollt ist.",
         "+Die erste Runde um den Baggersee war ein Genuss, auch wenn die Rücktrittbremse noch etwas Gewöhnung"
         " braucht."],
        ["-Schlagwörter: Damenrad, Dreigangnabe, Lackieren",
         "-Beitrags-Navigation"],
        ["-4 Gedanken zu „Ein Damenrad von 1968 und die Frage nach der richtigen Farbe“",
         "-Gisela R.",
         "-9. März 2026 um 18:04 Uhr",
         "-Wunderschön geworden! Meins von 1971 steht noch im Keller, vielleicht wage ich mich jetzt auch dran.",
         "-Antworten"],
        ["-Stolz präsentiert von WordPress"],
    ]),
    "it-portale-cinema": _page("it", "it-portale-cinema", [
        ["-Castelvennaro Notizie",
         "-Cronaca | Politica | Sport | Eventi | Necrologi",
         "-Accedi"],
        ["-Giovedì 12 marzo 2026",
         "-Ultim'ora: sospesa l'erogazione dell'acqua in via dei Mulini fino alle 14",
         "-Home › Cronaca › Cultura"],
        ["+Riapre il cinema dell'oratorio: dopo vent'anni tornano le proiezioni del sabato"],
        ["-di Redazione",
         "-12 marzo 2026 ore 08:20"],
        ["+Il cinema dell'oratorio di San Rocco, chiuso nel 2006 per problemi all'impianto elettrico, riaprirà"
         " sabato 21 marzo grazie a un gruppo di volontari e a una raccolta fondi che ha superato i 18 mila euro."],
        ["-La sala del cinema durante i lavori di sistemazione delle poltrone (foto Castelvennaro Notizie)",
         "-PUBBLICITÀ"],
        ["+«Abbiamo recuperato 140 poltrone da un cinema di città che chiudeva», spiega don Michele Arcuri. «Le"
         " abbiamo smontate e rimontate una per una, numerate col gesso.»"],
        ["+Il programma del primo mese",
         "+Sabato 21 marzo, un film d'animazione per le famiglie alle 16",
         "+Sabato 28 marzo, una commedia italiana alle 21",
         "+Sabato 4 aprile, un classico in bianco e nero con introduzione",
         "+Sabato 11 aprile, una serata di cortometraggi girati in paese"],
        ["-LEGGI ANCHE: Mercato settimanale, da aprile si sposta in piazza della Stazione",
         "-Iscriviti alla newsletter di Castelvennaro Notizie per ricevere ogni sera le notizie del giorno"],
        ["+Il biglietto costerà 4 euro, 2 per i ragazzi sotto i 14 anni; gli incassi serviranno a pagare la"
         " licenza e il riscaldamento della sala.",
         "+I volontari cercano ancora persone disponibili per la cassa e per la pulizia della sala dopo le"
         " proiezioni."],
        ["-Tag: cinema, oratorio, volontariato",
         "-Condividi su WhatsApp"],
        ["-Commenti",
         "-Franco_58",
         "-Ci andavo da bambino, il proiezionista era mio zio. Grazie a chi ci ha lavorato!",
         "-Rispondi"],
        ["-Castelvennaro Notizie - Testata registrata presso il Tribunale, aut. n. 0/2026",
         "-Cookie policy | Privacy policy | Contatti"],
    ]),
    "it-rubrica-panchine": _page("it", "it-rubrica-panchine", [
        ["-L'Eco di Roccafiora",
         "-Quotidiano online della valle",
         "-Prima pagina | Opinioni | Cronaca | Sport | Lettere",
         "-Abbonati | Edicola digitale"],
        ["-Opinioni",
         "-Il corsivo del mercoledì"],
        ["+Una piazza senza panchine è solo un parcheggio con la fontana"],
        ["-di Ornella Balsamo",
         "-11 marzo 2026"],
        ["+Da tre settimane in piazza del Municipio non c'è più una panchina: le hanno tolte gli operai del Comune,"
         " una mattina presto, per «ragioni di decoro», come recita la delibera."],
        ["-Ascolta l'articolo",
         "-Contenuto sponsorizzato"],
        ["+L'assessore mi ha risposto con gentilezza: «Le panchine attiravano gruppi rumorosi la sera. Ne"
         " metteremo di nuove quando avremo un progetto complessivo.»"],
        ["+Chi si sedeva in piazza",
         "+Gli anziani che aspettano l'autobus delle dieci",
         "+Le mamme all'uscita della scuola elementare",
         "+I ragazzi che, sì, la sera facevano un po' di chiasso"],
        ["-Leggi anche gli altri corsivi di Ornella Balsamo",
         "-Hai un'opinione? Scrivi alla redazione: lettere@ecodiroccafiora.example"],
        ["+Il progetto complessivo, a quanto pare, arriverà dopo le elezioni; nel frattempo gli anziani aspettano"
         " l'autobus in piedi, appoggiati alle macchine.",
         "+Un paese si misura anche da quanto è facile sedersi per strada senza consumare nulla.",
         "+Rimettete le panchine, anche quelle vecchie: al decoro penseremo seduti."],
        ["-Le opinioni espresse in questa rubrica sono dell'autrice e non riflettono necessariamente quelle della"
         " redazione.",
         "-Argomenti: piazza del Municipio, panchine, decoro urbano"],
        ["-2 commenti",
         "-Pina Ferraresi",
         "-11 marzo 2026 alle 19:32",
         "-Mio padre ha 84 anni e adesso in piazza non ci va più. Brava!"],
        ["-Editore: Roccafiora Media srl · Registrazione Tribunale n. 0/2026",
         "-Informativa cookie"],
    ]),
    "pl-portal-jadlodzielnia": _page("pl", "pl-portal-jadlodzielnia", [
        ["-Jarzębnik24",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Pogoda",
         "-Zaloguj się"],
        ["-środa, 11 marca 2026, imieniny: Benedykta, Konstantego",
         "-PILNE: Awaria wodociągu na osiedlu Słoneczne",
         "-Wiadomości › Jarzębnik"],
        ["+Jadłodzielnia przy przychodni działa od tygodnia. Lodówka pustoszeje w godzinę"],
        ["-Autor: Magdalena Szczepaniak",
         "-Opublikowano: 11.03.2026, 07:40"],
        ["+Od poniedziałku przy przychodni na ulicy Kościuszki stoi lodówka i regał, na których każdy może"
         " zostawić jedzenie, a każdy, kto potrzebuje, może je zabrać."],
        ["-Lodówkę i regał ustawiono pod wiatą przy wejściu do przychodni. Fot. Magdalena Szczepaniak",
         "-REKLAMA"],
        ["+– Rano wkładamy chleb z piekarni, a w południe już nic nie ma – mówi Jolanta Wierzbicka z Koła"
         " Gospodyń Wiejskich, które opiekuje się jadłodzielnią. – To pokazuje, jak bardzo było to potrzebne."],
        ["+Co można zostawić w jadłodzielni",
         "+Pieczywo i ciasta z bieżącego dnia",
         "+Owoce i warzywa",
         "+Zamknięte produkty w oryginalnych opakowaniach",
         "+Domowe posiłki opisane datą przygotowania"],
        ["-Czytaj także: Nowy rozkład jazdy autobusów do szpitala powiatowego od kwietnia",
         "-Masz temat? Napisz do nas: redakcja@jarzebnik24.example"],
        ["+Nie wolno zostawiać alkoholu, surowego mięsa ani przetworów bez etykiety; lodówkę co wieczór sprawdzają"
         " wolontariuszki.",
         "+Gmina płaci za prąd, a piekarnia z ulicy Długiej obiecała oddawać niesprzedane pieczywo codziennie"
         " o 12."],
        ["-Tagi: jadłodzielnia, Koło Gospodyń Wiejskich, przychodnia",
         "-Udostępnij"],
        ["-Komentarze (6)",
         "-~sąsiadka_z_Długiej",
         "-Brawo dla pań z KGW, zaniosłam dziś dwa słoiki zupy z datą.",
         "-Odpowiedz",
         "-Zgłoś naruszenie"],
        ["-© 2026 Jarzębnik24. Wszystkie prawa zastrzeżone. Polityka prywatności"],
    ]),
    "pl-blog-sprzatanie-stawu": _page("pl", "pl-blog-sprzatanie-stawu", [
        ["-Spławik i Kawa",
         "-Blog wędkarski o małych rzekach i stawach",
         "-Strona główna · Łowiska · Sprzęt · Przynęty · Kontakt",
         "-Szukaj…",
         "-Wędkarstwo spławikowe",
         "-Najnowsze wpisy: Zanęta na karasie – mój przepis"],
        ["+Sprzątaliśmy staw przy młynie. Trzy worki żyłki i jeden rower"],
        ["-Dodano: 8 marca 2026",
         "-Autor: Bartek"],
        ["+W sobotę rano spotkaliśmy się w dwunastu nad stawem przy starym młynie, żeby przed otwarciem sezonu"
         " wyciągnąć z wody i z brzegów to, co zostawili po sobie wędkarze i nie tylko."],
        ["-Nasz „urobek” po trzech godzinach – zdjęcie: Bartek",
         "-Polecany sklep wędkarski – rabat 10% z kodem SPLAWIK"],
        ["+Pan Henryk, który łowi tu od pięćdziesięciu lat, powiedział przy ognisku: „Za moich czasów kto zostawił"
         " żyłkę na brzegu, to więcej nad wodę nie przychodził. Wstyd było.”"],
        ["+Co wyciągnęliśmy ze stawu",
         "+Trzy worki splątanej żyłki i haczyków",
         "+Kilkadziesiąt puszek i butelek",
         "+Jeden rower bez kół, zarośnięty mułem"],
        ["-Poprzedni wpis: Jak przechowywać robaki przez zimę",
         "-Obserwuj bloga na Facebooku, żeby nie przegapić kolejnej akcji!"],
        ["+Koło PZW obiecało postawić przy stawie dwa kosze z pokrywą i tablicę z prośbą o zabieranie żyłki.",
         "+Kolejne sprzątanie planujemy w październiku, po zakończeniu sezonu; każdy chętny jest mile widziany,"
         " worki i rękawice zapewniamy.",
         "+A rower? Wisi teraz u Henryka w szopie i, jak mówi, jeszcze na nim pojedzie."],
        ["-Kategorie: Akcje, Łowiska",
         "-Tagi: sprzątanie, staw, PZW"],
        ["-2 komentarze do “Sprzątaliśmy staw przy młynie. Trzy worki żyłki i jeden rower”",
         "-Marek_karpiarz",
         "-9 marca 2026 o 20:15",
         "-Szacun chłopaki. U nas nad Wartą to samo, trzeba by zrobić podobną akcję.",
         "-Odpowiedz"],
        ["-Dumnie wspierane przez WordPress"],
    ]),
    "ru-portal-elektrichka": _page("ru", "ru-portal-elektrichka", [
        ["-Верхнелужск Онлайн",
         "-Новости · Происшествия · Общество · Спорт · Афиша · Объявления",
         "-Войти"],
        ["-12 марта 2026, четверг",
         "-−3 °C, облачно",
         "-Главная / Новости / Транспорт"],
        ["+Остановку «Сосновый бор» вернули в расписание электричек"],
        ["-Автор: Ирина Звягинцева",
         "-12.03.2026 08:05 · 1 540 просмотров"],
        ["+С понедельника пригородные поезда снова останавливаются на платформе «Сосновый бор», которую исключили"
         " из расписания три года назад из-за аварийного состояния настила."],
        ["-Отремонтированная платформа «Сосновый бор». Фото: Ирина Звягинцева",
         "-РЕКЛАМА"],
        ["+«Мы писали в железную дорогу, в администрацию и даже губернатору, — рассказывает жительница посёлка"
         " Галина Ерёмина. — Без остановки до города приходилось идти четыре километра до станции по обочине»."],
        ["+Что изменилось на платформе",
         "+Заменён деревянный настил на бетонные плиты",
         "+Установлен навес и две скамейки",
         "+Появилось освещение на всей длине платформы",
         "+Восстановлена тропинка к посёлку"],
        ["-Читайте также: В Верхнелужске начали ремонт моста через реку",
         "-Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города"],
        ["+По новому расписанию на платформе останавливаются шесть пар поездов в день, в том числе утренний поезд"
         " в 6:42, на котором ездят в город на работу и учёбу.",
         "+Билет до областного центра стоит 118 рублей; кассы на платформе нет, билет можно купить в поезде у"
         " кондуктора или в мобильном приложении."],
        ["-Теги: электрички, транспорт, Сосновый бор",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"],
        ["-Комментарии",
         "-Валентина Петровна",
         "-Наконец-то! Три года ходили пешком по трассе, спасибо всем, кто писал.",
         "-Ответить"],
        ["-Сетевое издание «Верхнелужск Онлайн». Регистрационный номер ЭЛ № ФС 00 - 00000",
         "-18+"],
    ]),
    "ru-blog-smorchki": _page("ru", "ru-blog-smorchki", [
        ["-Грибные тропы Палыча",
         "-Блог о тихой охоте",
         "-Главная | Грибные места | Рецепты | Определитель | Обо мне",
         "-Поиск по блогу"],
        ["-Рубрика: Походы",
         "-Популярное: Как отличить опёнок от ложноопёнка"],
        ["+Первые сморчки: весенний выход в ольшаник"],
        ["-Опубликовано 14.04.2026",
         "-Просмотров: 312"],
        ["+В субботу снег в ольшанике за старой фермой почти сошёл, и я решил проверить место, где два года назад"
         " нашёл первые сморчки."],
        ["-Сморчки у корней ольхи. Фото автора",
         "-Яндекс.Директ"],
        ["+Сосед по даче, увидев корзинку, только руками развёл: «Я тут сорок лет хожу и думал, что это поганки."
         " Выходит, сорок лет мимо ужина ходил»."],
        ["+Что взять с собой в весенний лес",
         "+Резиновые сапоги: в низинах ещё стоит вода",
         "+Нож и корзинку, а не пакет",
         "+Средство от клещей",
         "+Телефон с заряженной батареей и офлайн-картой"],
        ["-Предыдущая запись: Сушилка для грибов своими руками",
         "-Понравилась статья? Поставьте лайк и подпишитесь на блог!"],
        ["+Всего набралось около сорока грибов, почти все — сморчки конические; строчков в этом году я не"
         " встретил.",
         "+Сморчки обязательно отвариваю минут десять и воду сливаю, а потом жарю со сметаной, как учила"
         " бабушка."],
        ["-Метки: сморчки, весна, ольшаник",
         "-Комментариев: 3"],
        ["-Лена_грибница",
         "-15.04.2026 в 09:12",
         "-А мы в прошлые выходные нашли строчки! Весна в этом году ранняя.",
         "-Ответить"],
        ["-© 2026 Грибные тропы Палыча. Копирование материалов только с разрешения автора.",
         "-Сайт работает на WordPress"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_75_line, test_held_out_75_line_is_kept, test_held_out_75_page = held_out_tests(
    HELD_OUT_75_LINES, HELD_OUT_75_KEEP, HELD_OUT_75_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
