"""Held-out set 51: written blind, weighted toward the noise the cleaner exists for, in shapes set 50's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
shortcode-like '[ad_slot id="incontent-3" size="300x250"]' placeholder, a French "[[ENCART_PUB_2]]", a
German "{{anzeige:inline:1}}", an Italian "[ADV_BOX_MIDDLE]" and a Russian "{{adv_block_inline}}" token
left unreplaced, an English "Originally published at <site> on 4 March 2026.", a German "Ursprünglich
veröffentlicht auf <site> am ...", a Polish "Artykuł pierwotnie opublikowany na blogu autora: ..." and a
Russian "Первоначально опубликовано в блоге автора «...»." credit, source-link credits in other wordings
(an English "Credit: <paper> — read the original story on their site.", an Italian "Fonte originale:
... Continua a leggere sul sito della testata.", a Polish "Materiał pochodzi z serwisu ... Link do
źródła") and RSS-feed footers (an English "© 2026 <paper>. This RSS feed is for personal,
non-commercial use only; ..." and a French "Source : flux RSS de ... – tous droits réservés à
l'éditeur."), reading-time and date headers in new shapes (an English "Posted Tuesday ... · Updated
Wednesday · a 6-minute read", a French "Publié le mardi ... à 7 h 12 – 5 minutes de lecture", a German
"Stand: 04.03.2026, 08:17 Uhr · Lesezeit ca. 4 Minuten", an Italian "Aggiornato alle 10:42 del ... ·
Tempo di lettura: 4 minuti", a Polish "Czas czytania: ok. 5 minut | Aktualizacja: ..." and a Russian
"Время чтения: 3 минуты · Обновлено ..."), bylines with bios and self-promotion (an English author bio
with a consulting-and-speaking plug, an English Patreon plug, a French consultant's appointment plug, a
German Steady plug, an Italian Ko-fi plug, a Polish Patronite plug and a Russian ЮMoney donation plug),
blog footers (the English WordPress "Leave a Reply Cancel reply" and French "Laisser un commentaire
Annuler la réponse" reply-form headings, an English Blogger "Powered by Blogger. Theme images by ...",
an English "Proudly powered by WordPress | Theme: ... by ...", a French Overblog, a German Jimdo, an
Italian and a Russian WordPress theme credit and a Polish "Motyw: ... | Napędzane przez WordPress"),
reader comment lines (the English WordPress.com "Like Loading... 4 bloggers like this.", an English
"Join the conversation: 27 comments — sign in to add yours", an English awaiting-moderation note, the
German "Kommentare sind geschlossen.", an Italian "5 commenti su “...”" header, the Polish "Twój
komentarz oczekuje na moderację." and a Russian comment row "<nick>, date в time: text Ответить ·
Нравится 3"), an English Jetpack "Share this: Click to share on Reddit (Opens in new window) ..." share
line and an English affiliate-links disclosure notice; and toward whole scraped news and opinion pages
in layouts sets 41 to 50 did not use (a ferry company's service notice, a cycling advocacy group's
opinion post, a film festival's press page, an observatory's sky-news page, a mountain rescue team's
callout report, a water utility's announcement, a vet practice's blog, a chess club's tournament
report, a craft brewery's news, a credit union's member update, a retirement home's newsletter and a
fishing club's competition report).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 50) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 50, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 50's with 50 -> 51. Nothing below was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s51 at commit
3ad85a02fcc5a6a86cbf9a8adae3f642acfd04a5) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) main moved
between my first step (HEAD 930323a43ea1855ce63522c83baf2c9d6c2551f2) and the making of the
worktrees (HEAD 3ad85a02fcc5a6a86cbf9a8adae3f642acfd04a5); the set was measured at the latter. ``git
worktree add`` printed, as git does, the subject line of that commit, which names a few internal
pattern names of the cleaner (a behaviour-unchanged renaming); it was seen after the lists and pages
were finished and changed nothing in them. (3) Before the measurement the draft was executed from a
scratch folder (/tmp/s51-scratch) with a stand-in ``page_from_blocks`` that only counted lines and
checked that no page noise line repeats on its page, is a substring of an article line of its page or
repeats a line of ``HELD_OUT_51_LINES`` (no case was run through the cleaner): the water utility's
header "Stadtwerke Ellerbrunn", a substring of its first paragraph, was lengthened to "Stadtwerke
Ellerbrunn – Energie und Wasser für die Region"; the page dict's first draft had a malformed
comprehension, rewritten before any run. (4) The measuring pytest run (``-rA``) was piped to ``grep``
for its FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page of this
set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented place names
were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Montvérac, Tannwiesel, Borgofrasso, Torremagra, Gallowfirth, Кленовогорск and Тихомирское had no hits;
"Ellerbrunn" occurs only inside "Kellerbrunn"/"Zellerbrunn", "Lhérac" only inside a surname, "Mgłowic"
only inside an unrelated identifier, "Quenridge" only as an invented surname in test data and
"Hollowmere" only as a fictional place in games. Not checked: Brannock Isle (Brannock is a surname),
Grausteinkamm, Kemmatalm, Kiefernhain, Hollweiler, Gullsby, Hobmarsh, Valmorbia, Verdonnet, Mill Road,
Vicolo della Torre, ul. Łąkowa, ulica Kolejowa and Rynek (generic street names that exist in many real
towns), the organisations, papers, blogs and sites (Brannock Island Ferries, Quenridge Cycle Forum,
Agence Lumeret, Studio Pradelle, Association Cinéma en Vallée, Observatoire du Col de Lhérac, Bergwacht
Tannwiesel, Stadtwerke Ellerbrunn, Clinica Veterinaria Borgofrasso, Circolo Scacchistico Torremagra,
Ferramenta Bertolazzi, Browar Czapla, Kasa Spółdzielcza „Jarzębina”, «Сосновый берег», «Серебряный
окунь», «Клёвое место», Hobmarsh Courier, La Gazette du Verdonnet, Gazzetta di Valmorbia, Echo
Dolinki, Tessane Works, Officina Brevi, Studio Brzask, студия «Ладья», the .example sites) and the
people. Noticed only after the measurement and left as it is by the protocol: "Merlo", the invented
river of the Italian comment header, is also the name of a real town (Merlo, Argentina). The article
text names the real regions Scotland (a company register) and Rheinland (where two walkers came from),
and the team names «Заречье» and «Старый мост» are common real place words. (6) Some lines name real
things, as real pages do: WordPress, WordPress.com, Blogger, Jetpack-style share buttons, Overblog,
Jimdo, Squarespace, Tilda, Patreon, Steady, Ko-fi, Patronite, ЮMoney, Reddit, Facebook, X, WhatsApp,
Instagram, YouTube, Telegram, ВКонтакте, Одноклассники, BLIK, IBAN, KRS, NIP, P.IVA, C.F., ИНН, PGN and
the comet designation style C/2026 B2 (an invented comet); phone, tax, licence and register numbers are
zero-filled. (7) Set 50's docstring names only its own shapes; some shapes here (the WordPress reply-
form headings, "Kommentare sind geschlossen.", the moderation notes, the Jetpack share line) are
standard wordings that a set before 49 may have used in some language; I could not check that.

Judgement calls: the keep lines opening with "Leave for", "Powered by two", "Published figures",
"Share prices", "Like many", "Reply letters", "Source water", "Publié en 1998", "Source de tensions",
"Thème central", "Quelle der Verschmutzung", "Stand der Ermittlungen", "Unterstützung für den Antrag",
"Fonte di preoccupazione", "Aggiornato il regolamento", "Tema del consiglio", "Czas oczekiwania",
"Komentarze radnych", "Источник загрязнения" and "Время ожидания" are article sentences. Dates with
reading times are counted as reading-time lines; bios and plugs for consulting, talks, Patreon, Steady,
Ko-fi, Patronite and donations as bylines; reply-form headings and blog-engine, theme and site-builder
credits as footers; comment counts, like rows, moderation and closed notes and comment rows as
comments; placeholder tokens, originally-published and source credits and RSS footers as markers; the
share-button row as share and the affiliate disclosure as a notice. On every page the title, the
subheading, its three list rows, the paragraph with the quote and the other four paragraphs are
article (10 lines a page) and everything else is noise (20 lines a page); in particular on
en-ferry-service-notice the notice's issue time and route line are noise; on en-cycling-advocacy-post
the byline, audio version, petition, ride and donation appeals, the image credit and the comment header
and comment are noise, the group's first-person argument is article; on fr-festival-presse the
release's date line and press contact are noise; on fr-observatoire-ciel the posting line and the
"par l'équipe" credit are noise, the viewing tips are article; on de-bergwacht-einsatzbericht the
callout number, the alert-time/duration/crew line and the report-by line are noise (metadata of the
report), the narrative and the list of steps are article; on de-stadtwerke-wasser the press-release
date and reading time are noise; on it-veterinario-blog the posted-by and category lines are noise,
the advice list is article; on it-circolo-scacchi-torneo the report-by line and visit counter are
noise, the top three of the standings are article; on pl-browar-aktualnosci the age gate, the
alcohol health warning and the shop lines are noise; on pl-kasa-komunikat the fake-SMS warning (a
site-wide banner), the font-size switch and the deposit-guarantee line are noise; on
ru-pansionat-vestnik the newsletter issue line, date with views and rubric are noise; on
ru-rybolovy-otchet the author-and-date line and comment count are noise, the team results are article.
The rows: en-ferry-service-notice "What changes for passengers", en-cycling-advocacy-post "What we are
asking for", fr-festival-presse "Les temps forts de cette édition", fr-observatoire-ciel "Comment
l'observer", de-bergwacht-einsatzbericht "Wie wir vorgegangen sind", de-stadtwerke-wasser "Was sich
für Haushalte ändert", it-veterinario-blog "Cosa fare durante la passeggiata",
it-circolo-scacchi-torneo "La classifica finale", pl-browar-aktualnosci "Co się zmienia w naszej
ofercie", pl-kasa-komunikat "Najważniejsze zmiany", ru-pansionat-vestnik "Что есть в комнате" and
ru-rybolovy-otchet "Итоги по командам", each with three rows; all of them are article.

Contents: 45 noise lines (marker 14, reading-time 6, byline 7, footer 9, comments 7, share 1, notice
1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-ferry-service-notice (an island ferry company's notice cutting sailings while its ferry is in dry
dock), en-cycling-advocacy-post (a cycling group's opinion post on a painted lane blocked by parked
vehicles, with a comment), fr-festival-presse (a film festival's press release on its opening film),
fr-observatoire-ciel (an observatory's sky-news page on a comet visible in binoculars),
de-bergwacht-einsatzbericht (a mountain rescue team's report of a night search for two walkers),
de-stadtwerke-wasser (a municipal utility's announcement of softer tap water), it-veterinario-blog (a
vet practice's blog on early pine processionary caterpillars), it-circolo-scacchi-torneo (a chess
club's report of its open tournament won by a sixteen-year-old), pl-browar-aktualnosci (a craft
brewery's news on a lager from local barley), pl-kasa-komunikat (a credit union's member update on a
loan rate cut and a branch closure), ru-pansionat-vestnik (a retirement home's newsletter on its new
memory room) and ru-rybolovy-otchet (a fishing club's report of a winter ice-fishing cup); every page
holds a title, a subheading with list rows, a quote in the article and noise above the title, between
the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 3ad85a02fcc5a6a86cbf9a8adae3f642acfd04a5, measured with
``cd /tmp/wt-s51 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s51/src python -m pytest
-q tests/test_clean_held_out_51.py -rA -p no:cacheprovider`` (21 failed, 56 passed) and
``cd /tmp/wt-s51 && PYTHONPATH=/tmp/wt-s51/src python scripts/clean_held_out_report.py --sets 51``,
with the xfail tables empty): noise lines removed 36/45 (marker 9/14, reading-time 6/6, byline 5/7,
footer 8/9, comments 6/7, share 1/1, notice 1/1; missed, all kept as paragraphs: the English "Gideon
Marl is a former planning officer who writes about rural roads. Consulting & speaking: get in touch via
my contact page.", the English "Powered by Blogger. Theme images by Fennick Dray.", the French
"Consultante indépendante, j'accompagne les collectivités dans leurs projets d'eau potable — prenez
rendez-vous via mon site.", the German "Ursprünglich veröffentlicht auf lindenhofnotizen.example am 4.
März 2026.", the Italian "[ADV_BOX_MIDDLE]", the Italian "Fonte originale: Gazzetta di Valmorbia.
Continua a leggere sul sito della testata.", the Polish "Materiał pochodzi z serwisu Echo Dolinki. Link
do źródła", the Russian "Первоначально опубликовано в блоге автора «Записки с Заречной»." and the
Russian "Иван_К, 04.03.2026 в 21:40: Наконец-то дождались! Ответить · Нравится 3"); keep lines kept
20/20; pages 0/12 clean, 62 of 240 page noise lines left and 0 of 120 article lines lost:
en-ferry-service-notice 5 left ("Book your vehicle space online — it's quicker", "Photo: MV Corra Bell
at the Hollowmere linkspan", "Travelling with a pet? Read our animals on board policy", "Group travel:
save 15% on parties of ten or more" and "Fares from £4.20 — see our fares page");
en-cycling-advocacy-post 5 left ("Sign our Mill Road petition — 1,874 signatures so far", "Next group
ride: Saturday 7 March, 10:00 from the library steps", "Image: a delivery van parked across the Mill
Road lane. Credit: QCF volunteers", "Spotted a blocked lane? Report it with our online form" and "Our
work is funded by members. Chip in from £3"); fr-festival-presse 4 left ("Photos HD libres de droits
pour la presse : espace pro", "Visuel : affiche officielle de la 18e édition © Studio Pradelle", "Pass
festival : tarif réduit jusqu'au 31 mars" and "Devenez partenaire du festival");
fr-observatoire-ciel 5 left ("Carte du ciel du mois à imprimer (PDF)", "Illustration : position de la
comète le 25 mars, vers 20 h 30", "Adhérez à l'association des amis de l'observatoire", "Vos photos
de la comète : envoyez-les-nous !" and "Boutique : cartes du ciel, planisphères et livres");
de-bergwacht-einsatzbericht 9 left ("Notruf 112 – auch ohne Netz des eigenen Anbieters", "Einsatz Nr.
14/2026", "Alarmierung: 03.03.2026, 18:52 Uhr | Einsatzdauer: 6 Std. | Kräfte: 11", "Bericht:
Einsatzleiter Jonas Kemmler", "Fotos vom Einsatz finden Sie in unserer Galerie", "Symbolbild:
Einsatzkräfte im Nebel", "Werde Teil unseres Teams – Anwärterkurs ab April", "Wetter am Berg: aktuelle
Lage" and "Alle Einsätze 2026 im Überblick"); de-stadtwerke-wasser 5 left ("Jetzt zu Ökostrom wechseln
und 50 € Bonus sichern", "Grafik: Wasserhärte in den Ortsteilen", "Wasseranalyse 2025 herunterladen
(PDF)", "Häufige Fragen zur Wasserhärte" and "Ihr Ansprechpartner: Kundenservice Wasser");
it-veterinario-blog 3 left ("Foto: una fila di bruchi di processionaria sul sentiero", "Scopri i nostri
pacchetti di prevenzione per cani e gatti" and "Hai un dubbio? Scrivici su WhatsApp");
it-circolo-scacchi-torneo 5 left ("Scarica le partite in formato PGN", "Foto: la premiazione nella sala
del circolo", "Classifica completa e spareggi sul sito federale", "Il circolo ringrazia lo sponsor
Ferramenta Bertolazzi" and "Prossimo torneo: semilampo di Pasqua, 4 aprile"); pl-browar-aktualnosci 4
left ("Zdjęcie: pierwsza warka w tankofermentorze", "Sprawdź, gdzie kupić nasze piwa – mapa sklepów",
"Spożywanie alkoholu szkodzi zdrowiu. Nie sprzedajemy alkoholu osobom niepełnoletnim." and "Piwo
miesiąca: Porter Bałtycki – 20% taniej"); pl-kasa-komunikat 8 left ("Kasa Spółdzielcza „Jarzębina”",
"Zaloguj do bankowości internetowej", "Uwaga na fałszywe SMS-y podszywające się pod Kasę!",
"Kalkulator pożyczki – sprawdź swoją ratę", "Lokata Wiosenna 5,2% – zobacz szczegóły", "Tabela opłat i
prowizji (PDF)", "Depozyty w kasie są gwarantowane do równowartości 100 000 euro" and "Zostań członkiem
Kasy – wpisowe tylko 10 zł"); ru-pansionat-vestnik 4 left ("Фото: Анна Сергеевна за патефоном",
"Запишитесь на экскурсию по пансионату", "Акция: первая неделя проживания — бесплатно" and "Лицензия на
медицинскую деятельность № Л000-00000-00/00000000"); ru-rybolovy-otchet 5 left ("Фотоотчёт: 46
снимков в альбоме", "Магазин «Клёвое место» — скидка 10% по карте клуба", "Взносы за 2026 год
принимаются до 31 марта", "Обсудить на форуме" and "Правила ловли в период нереста: памятка"). The
failing cases are strict xfails.

Still held out after round 49 (development on set 50; measured once with ``python
scripts/clean_held_out_report.py --sets 51`` and ``pytest tests/test_clean_held_out_51.py`` on this
set rebased onto main after round 49 merged, 2026-12-03): exactly at baseline. Noise lines removed
36/45 (the same nine lines missed), article lines kept 20/20, pages 0/12 clean, 62 of 240 page noise
lines left, 0 of 120 article lines lost; no xfail reason changed.

Round 50 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 51`` and ``pytest tests/test_clean_held_out_51.py`` at
020395f (before) and the round's last commit on branch round50 (after): noise lines 36 -> 45/45
(marker 9 -> 14/14, reading-time 6 -> 6/6, byline 5 -> 7/7, footer 8 -> 9/9, comments 6 -> 7/7, share
1 -> 1/1, notice 1 -> 1/1), pages 0 -> 0/12 clean, page noise lines left 62 -> 43 of 240, article lines
lost 0 -> 0 of 120. As classes in six languages: where a post first appeared, written with the
participle first and a date after the place at most ("Ursprünglich veröffentlicht auf <site> am 4. März
2026.", "Первоначально опубликовано в блоге автора «...».") is a credit; a source label and the
outlet's name followed by a call to read on at its site or a link to the source ("Fonte originale: ...
Continua a leggere sul sito della testata.", "Materiał pochodzi z serwisu ... Link do źródła") is a
credit; an ad slot's token in single brackets with an underscore joining the ad word to the slot's
name ("[ADV_BOX_MIDDLE]") is a marker; Blogger's footer with its theme-images credit is a blog footer;
a comment row may carry its text behind a colon after the time and a like count after the reply button
("<nick>, 04.03.2026 в 21:40: ... Ответить · Нравится 3"); a consulting or training label followed by
a call to get in touch or book through the writer's own page ("Consulting & speaking: get in touch via
my contact page.", "... — prenez rendez-vous via mon site.") is a plug. On the pages: a document's
link with its type alone in brackets (a year before the verb, a sheet to print, a short title: "Tabela
opłat i prowizji (PDF)") goes; a picture's bare caption under its label with no sentence's end
("Photo: MV Corra Bell at the Hollowmere linkspan", a caption written as a sentence stays) goes; a
discount offer under a short label ("Group travel: save 15% on parties of ten or more", "Магазин «...»
— скидка 10% по карте клуба") and a promotion's label with a free or priced offer ("Акция: первая
неделя проживания — бесплатно") go; a link to the site's own photo gallery or a photo report's count of
pictures ("Fotos vom Einsatz finden Sie in unserer Galerie", "Фотоотчёт: 46 снимков в альбоме") goes.
Pages: en-ferry-service-notice 5 -> 3, fr-festival-presse 4 -> 3, fr-observatoire-ciel 5 -> 3,
de-bergwacht-einsatzbericht 9 -> 7, de-stadtwerke-wasser 5 -> 3, it-veterinario-blog 3 -> 2,
it-circolo-scacchi-torneo 5 -> 4, pl-browar-aktualnosci 4 -> 2, pl-kasa-komunikat 8 -> 7,
ru-pansionat-vestnik 4 -> 2, ru-rybolovy-otchet 5 -> 2 (its membership-fee reminder goes too, now
between removed lines); unchanged: en-cycling-advocacy-post 5. Keep lines 20 -> 20/20. The nine line
xfails were removed and eleven page reasons reworded. Elsewhere: set 20's "Originally published at
www.thecivicledger.com on March 3, 2025." now goes (44 -> 45/47, its xfail removed), set 47's
ru-blog-radio page is now clean (2 -> 3/12 clean, its xfail removed), and set 50's
pl-klub-turystyczny-relacja (6 -> 5) and ru-studsoyuz-zayavlenie (3 -> 2) lose a line each (reasons
reworded); every other set reports the same figures as before.

Round 71: en-cycling-advocacy-post left 5 -> 4 of 20 (page noise lines left 37 -> 36 of 240): its image caption with the
credit after it ('Image: ... Credit: QCF volunteers') goes with the round's credited-caption rule; the page reason is
reworded.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_51_LINES = [
    # English (15)
    ("body", '[ad_slot id="incontent-3" size="300x250"]', "marker"),
    ("tail", "Originally published at marrowgate-notes.example on 4 March 2026.", "marker"),
    ("tail", "Credit: Hobmarsh Courier — read the original story on their site.", "marker"),
    ("tail", "© 2026 Hobmarsh Courier. This RSS feed is for personal, non-commercial use only; using it on other websites is a breach of copyright.", "marker"),
    ("head", "Posted Tuesday 3 March 2026 · Updated Wednesday · a 6-minute read", "reading-time"),
    ("tail", "Gideon Marl is a former planning officer who writes about rural roads. Consulting & speaking: get in touch via my contact page.", "byline"),
    ("tail", "Support my work on Patreon — patrons read every column a day early.", "byline"),
    ("tail", "Leave a Reply Cancel reply", "footer"),
    ("tail", "Powered by Blogger. Theme images by Fennick Dray.", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Harbourline by Tessane Works.", "footer"),
    ("tail", "Like Loading... 4 bloggers like this.", "comments"),
    ("tail", "Join the conversation: 27 comments — sign in to add yours", "comments"),
    ("tail", "Your comment is awaiting moderation. This is a preview; it will be visible after it has been approved.", "comments"),
    ("tail", "Share this: Click to share on Reddit (Opens in new window) Click to email a link to a friend (Opens in new window)", "share"),
    ("body", "Disclosure: this post contains affiliate links, and I may earn a small commission if you buy through them.", "notice"),
    # French (6)
    ("body", "[[ENCART_PUB_2]]", "marker"),
    ("tail", "Source : flux RSS de La Gazette du Verdonnet – tous droits réservés à l'éditeur.", "marker"),
    ("head", "Publié le mardi 3 mars 2026 à 7 h 12 – 5 minutes de lecture", "reading-time"),
    ("tail", "Consultante indépendante, j'accompagne les collectivités dans leurs projets d'eau potable — prenez rendez-vous via mon site.", "byline"),
    ("tail", "Laisser un commentaire Annuler la réponse", "footer"),
    ("tail", "Blog hébergé par Overblog · Signaler un abus · Créer un blog gratuit", "footer"),
    # German (6)
    ("body", "{{anzeige:inline:1}}", "marker"),
    ("tail", "Ursprünglich veröffentlicht auf lindenhofnotizen.example am 4. März 2026.", "marker"),
    ("head", "Stand: 04.03.2026, 08:17 Uhr · Lesezeit ca. 4 Minuten", "reading-time"),
    ("tail", "Unterstütze meine Arbeit auf Steady – schon ab 3 € im Monat bekommst du jeden Text zuerst.", "byline"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    ("tail", "Erstellt mit Jimdo | Impressum | Datenschutz | Cookie-Richtlinie | Sitemap", "footer"),
    # Italian (6)
    ("body", "[ADV_BOX_MIDDLE]", "marker"),
    ("tail", "Fonte originale: Gazzetta di Valmorbia. Continua a leggere sul sito della testata.", "marker"),
    ("head", "Aggiornato alle 10:42 del 4 marzo 2026 · Tempo di lettura: 4 minuti", "reading-time"),
    ("tail", "Se questo articolo ti è stato utile, offrimi un caffè su Ko-fi ☕", "byline"),
    ("tail", "5 commenti su “Il ponte sul Merlo resta chiuso”", "comments"),
    ("tail", "Tema Lanterna di Officina Brevi · Realizzato con WordPress", "footer"),
    # Polish (6)
    ("tail", "Materiał pochodzi z serwisu Echo Dolinki. Link do źródła", "marker"),
    ("tail", "Artykuł pierwotnie opublikowany na blogu autora: zapiskizdoliny.example", "marker"),
    ("head", "Czas czytania: ok. 5 minut | Aktualizacja: 4 marca 2026, 11:05", "reading-time"),
    ("tail", "Jeśli lubisz moje teksty, wesprzyj mnie na Patronite — dzięki temu blog może działać dalej.", "byline"),
    ("tail", "Twój komentarz oczekuje na moderację.", "comments"),
    ("tail", "Motyw: Kalina od Studio Brzask | Napędzane przez WordPress", "footer"),
    # Russian (6)
    ("tail", "Первоначально опубликовано в блоге автора «Записки с Заречной».", "marker"),
    ("body", "{{adv_block_inline}}", "marker"),
    ("head", "Время чтения: 3 минуты · Обновлено 4 марта 2026 в 10:15", "reading-time"),
    ("tail", "Поддержать автора можно донатом через ЮMoney — ссылка в профиле.", "byline"),
    ("tail", "Иван_К, 04.03.2026 в 21:40: Наконец-то дождались! Ответить · Нравится 3", "comments"),
    ("tail", "Сайт работает на WordPress · Тема «Бриз» от студии «Ладья»", "footer"),
]

HELD_OUT_51_KEEP = [
    # English (7)
    ("body", "Leave for the three junior surgeons was cancelled twice in February, the hospital trust confirmed."),
    ("head", "Powered by two diesel generators, the pumping station kept running through the storm."),
    ("body", "Published figures show the reservoir at 41 per cent of capacity, the lowest March level since records began."),
    ("tail", "Share prices of the two regional bus operators fell sharply after the tender was announced."),
    ("body", "Like many small harbours, Gullsby relies on a single dredger that is now forty years old."),
    ("tail", "Reply letters from the ministry arrived six weeks late, according to the committee's minutes."),
    ("body", "Source water from the upper lake will be blended with groundwater from April, the utility said."),
    # French (3)
    ("body", "Publié en 1998, le rapport préconisait déjà la fermeture de la ligne."),
    ("tail", "Source de tensions depuis des années, le partage de l'eau divise les deux villages."),
    ("body", "Thème central de la réunion, la sécurité du carrefour a occupé plus d'une heure de débat."),
    # German (3)
    ("body", "Quelle der Verschmutzung war nach Angaben des Landratsamts ein defekter Überlauf."),
    ("head", "Stand der Ermittlungen ist, dass der Brand in der Werkstatt ausbrach."),
    ("tail", "Unterstützung für den Antrag kam überraschend auch aus der Opposition."),
    # Italian (3)
    ("body", "Fonte di preoccupazione per i residenti è soprattutto il traffico dei camion nelle ore notturne."),
    ("head", "Aggiornato il regolamento, le famiglie potranno chiedere il contributo fino a giugno."),
    ("tail", "Tema del consiglio comunale di ieri è stato il nuovo piano del traffico."),
    # Polish (2)
    ("body", "Czas oczekiwania na wizytę u kardiologa wydłużył się w regionie do ośmiu miesięcy."),
    ("tail", "Komentarze radnych po głosowaniu były wyjątkowo ostre, a sesja przeciągnęła się do północy."),
    # Russian (2)
    ("body", "Источник загрязнения реки, по данным экологов, находится выше по течению, у старой фермы."),
    ("tail", "Время ожидания автобуса на окраинах в часы пик доходит до сорока минут, жалуются жители."),
]


HELD_OUT_51_PAGES = {name: _page(lang, name, blocks) for lang, name, blocks in [
    ("en", "en-ferry-service-notice", [
        ["-BRANNOCK ISLAND FERRIES",
         "-Timetables | Fares | Freight | Book now | Contact",
         "-⚠ Service status: Hollowmere–Brannock sailings disrupted — check before you travel",
         "-Sign in to My Bookings",
         "-Home › News › Service notices"],
        ["+Hollowmere crossing cut to two sailings a day while the MV Corra Bell is in dry dock"],
        ["-Service notice · Issued 4 March 2026, 07:30",
         "-Route: Hollowmere – Brannock Isle"],
        ["+The company's only vehicle ferry on the route will spend three weeks in dry dock at Gallowfirth after an inspection found corrosion on one of her two propeller shafts."],
        ["+What changes for passengers",
         "+Sailings leave Hollowmere at 08:15 and 16:40 and return from Brannock Isle at 09:30 and 18:00.",
         "+Vehicle space is limited to twelve cars per sailing, with priority for island residents and deliveries.",
         "+Foot passengers may also use the chartered launch Kittiwake, which makes four extra crossings on weekdays."],
        ["-Book your vehicle space online — it's quicker",
         "-Download the Brannock Ferries app for live sailing updates",
         "-Photo: MV Corra Bell at the Hollowmere linkspan"],
        ["+Operations manager Fenella Dunmore said the corrosion was found during a routine survey. “We could have kept her running for a few more weeks, but we will not take chances with a shaft,” she said."],
        ["-Travelling with a pet? Read our animals on board policy",
         "-Group travel: save 15% on parties of ten or more",
         "-Fares from £4.20 — see our fares page"],
        ["+Islanders' association chair Rob Tulloch said the reduced timetable would hit the fish farm and the primary school hardest, and asked the company to publish a firm return date."],
        ["+The company expects the vessel back in service on 27 March and will refund season tickets pro rata for the reduced weeks."],
        ["+Freight customers have been asked to book at least 48 hours ahead until the full timetable returns."],
        ["-Was this notice helpful? Yes / No",
         "-Related notices: Winter timetable 2025/26 · Linkspan works at Brannock pier",
         "-Sign up for text alerts about your route",
         "-Brannock Island Ferries Ltd, Harbour Office, Hollowmere. Registered in Scotland No. SC000000",
         "-Accessibility · Modern slavery statement · Terms and conditions of carriage",
         "-Follow us on Facebook and X for real-time updates",
         "-© 2026 Brannock Island Ferries. All rights reserved."],
    ]),
    ("en", "en-cycling-advocacy-post", [
        ["-Quenridge Cycle Forum",
         "-About us · Campaigns · Rides · Join · Donate",
         "-Membership renewals for 2026 are open — join or renew today",
         "-Posted in Campaigns, Opinion"],
        ["+The Mill Road painted lane is not a cycle route, and the council knows it"],
        ["-By Priya Okonedo, campaigns coordinator · 3 March 2026",
         "-Listen to this post (4:12)"],
        ["+Eighteen months after the council opened its 'flagship' lane on Mill Road, our volunteers counted 212 vehicles parked in it across five weekday mornings."],
        ["+What we are asking for",
         "+Light segregation with wands or kerbs along the full 1.4 kilometres.",
         "+Loading bays moved into the side streets, as the traders' survey suggested.",
         "+Enforcement cameras at the two school entrances."],
        ["-Sign our Mill Road petition — 1,874 signatures so far",
         "-Next group ride: Saturday 7 March, 10:00 from the library steps",
         "-Image: a delivery van parked across the Mill Road lane. Credit: QCF volunteers"],
        ["+At the last transport committee the cabinet member, Cllr Alan Verity, told us that “paint is a first step, not the last word.” We would like to know when the second step is coming."],
        ["-Spotted a blocked lane? Report it with our online form",
         "-Our work is funded by members. Chip in from £3"],
        ["+Nobody on our committee wants a war with drivers. Most of us drive too. But a lane that is blocked every morning teaches parents that cycling to school is not for their children."],
        ["+We will take the counts to the council's scrutiny panel on 19 March and invite every ward councillor to ride the route with us first."],
        ["+If the answer is another year of paint, we will say so, loudly and politely."],
        ["-Tags: Mill Road, infrastructure, school streets",
         "-Share: Facebook · WhatsApp · Email",
         "-← Previous post: Winter ride report  |  Next post: Our response to the parking review →",
         "-2 Responses",
         "-Dee Hartnell · 3 March 2026 · I ride it with my daughter and we give up at the bakery every time.",
         "-Subscribe to our newsletter",
         "-Quenridge Cycle Forum is a volunteer-run community group. Views in opinion posts are the author's.",
         "-Privacy · Contact · Built with Squarespace",
         "-© Quenridge Cycle Forum 2026"],
    ]),
    ("fr", "fr-festival-presse", [
        ["-18e Festival du film de Montvérac · 20-28 juin 2026",
         "-Programme | Billetterie | Espace pro | Presse | Bénévoles",
         "-Accréditations presse : clôture le 30 avril",
         "-Accueil > Espace presse > Communiqués",
         "-FR | EN"],
        ["+Le Festival de Montvérac ouvrira avec un premier film tourné dans la vallée"],
        ["-Communiqué de presse – Montvérac, le 4 mars 2026",
         "-Contact presse : Agence Lumeret – presse@festival-montverac.example"],
        ["+Le comité de sélection a retenu « Les Eaux basses », premier long métrage de la réalisatrice Inès Carbonnel, pour la soirée d'ouverture du 20 juin au théâtre de verdure."],
        ["+Les temps forts de cette édition",
         "+Une compétition de dix longs métrages, dont quatre premiers films.",
         "+Une rétrospective consacrée au cinéma documentaire rural des années 1970.",
         "+Des séances en plein air gratuites chaque soir sur la place du Marché."],
        ["-Télécharger le dossier de presse (PDF, 4,2 Mo)",
         "-Photos HD libres de droits pour la presse : espace pro",
         "-Visuel : affiche officielle de la 18e édition © Studio Pradelle"],
        ["+Tourné en grande partie dans les gorges voisines, le film suit une famille d'éleveurs pendant l'été de la sécheresse. « Je voulais filmer ce pays tel qu'il est, sans carte postale », explique Inès Carbonnel."],
        ["-Pass festival : tarif réduit jusqu'au 31 mars",
         "-Devenez partenaire du festival"],
        ["+Le délégué général Mathieu Servan rappelle que la sélection complète sera dévoilée le 12 mai lors d'une conférence de presse à la mairie."],
        ["+Le jury sera présidé cette année par la comédienne Hélène Vauquier."],
        ["+La billetterie en ligne ouvrira le 15 mai pour les séances payantes."],
        ["-Retrouvez tous les communiqués",
         "-Plan d'accès et hébergement",
         "-Le festival est soutenu par la Région, le Département et la Ville de Montvérac",
         "-Nos partenaires médias",
         "-Inscrivez-vous à la lettre d'information",
         "-Suivez-nous sur Instagram et Facebook",
         "-Mentions légales · Politique de confidentialité · Gestion des cookies",
         "-© Association Cinéma en Vallée 2026"],
    ]),
    ("fr", "fr-observatoire-ciel", [
        ["-Observatoire du Col de Lhérac",
         "-Visites · Soirées d'observation · Scolaires · Actualités du ciel · Nous soutenir",
         "-Soirées d'observation : réservation obligatoire",
         "-Météo du ciel ce soir : partiellement dégagé ☁",
         "-Accueil » Actualités du ciel"],
        ["+Une comète visible aux jumelles au-dessus de Lhérac à la fin du mois"],
        ["-Actualité du ciel – mise en ligne le 4 mars 2026",
         "-Par l'équipe de médiation"],
        ["+La comète C/2026 B2, découverte en janvier par un réseau d'amateurs, devrait atteindre une magnitude de 7 vers le 25 mars, assez pour être repérée aux jumelles loin des lumières de la ville."],
        ["+Comment l'observer",
         "+Regarder vers l'ouest, une heure après le coucher du soleil.",
         "+Choisir un site sans éclairage, le col ou les hauteurs du plateau.",
         "+Attendre une vingtaine de minutes que les yeux s'habituent à l'obscurité."],
        ["-Carte du ciel du mois à imprimer (PDF)",
         "-Illustration : position de la comète le 25 mars, vers 20 h 30",
         "-Adhérez à l'association des amis de l'observatoire"],
        ["+« C'est une comète modeste, mais elle passera au bon moment, quand les soirées seront encore fraîches et sèches », souligne l'astronome Paul Mercadier, responsable de la coupole."],
        ["-Vos photos de la comète : envoyez-les-nous !",
         "-Boutique : cartes du ciel, planisphères et livres",
         "-Lire aussi : les éclipses de 2026"],
        ["+L'observatoire ouvrira sa terrasse les soirs du 24 au 27 mars, si la météo le permet, avec des instruments mis à disposition du public."],
        ["+Les places sont limitées à quarante personnes par soirée."],
        ["+Les scolaires de la commune pourront venir en journée pour une séance au planétarium consacrée aux comètes."],
        ["-Partager cet article",
         "-Newsletter mensuelle : le ciel du mois dans votre boîte",
         "-Suivez-nous sur YouTube",
         "-Observatoire du Col de Lhérac – route du Col, 00000 Lhérac",
         "-Horaires de l'accueil : du mardi au samedi, 14 h – 18 h",
         "-Plan du site | Mentions légales | Crédits",
         "-Site réalisé avec le soutien du Département"],
    ]),
    ("de", "de-bergwacht-einsatzbericht", [
        ["-Bergwacht Tannwiesel",
         "-Startseite | Einsätze | Ausbildung | Mitmachen | Spenden",
         "-Notruf 112 – auch ohne Netz des eigenen Anbieters",
         "-Sie sind hier: Startseite > Einsätze > 2026",
         "-Einsatz Nr. 14/2026"],
        ["+Nächtliche Suche am Grausteinkamm: Zwei Wanderer unterkühlt geborgen"],
        ["-Alarmierung: 03.03.2026, 18:52 Uhr | Einsatzdauer: 6 Std. | Kräfte: 11",
         "-Bericht: Einsatzleiter Jonas Kemmler"],
        ["+Kurz vor sieben Uhr abends meldete sich ein Paar aus dem Rheinland über den Notruf: Die beiden hatten am Grausteinkamm im Nebel den Weg verloren und konnten nicht mehr weiter."],
        ["+Wie wir vorgegangen sind",
         "+Ortung des Mobiltelefons über die Leitstelle.",
         "+Aufstieg von zwei Trupps über den Sommerweg und die Forststraße.",
         "+Abtransport mit der Gebirgstrage bis zum Fahrzeug an der Kemmatalm."],
        ["-Fotos vom Einsatz finden Sie in unserer Galerie",
         "-Symbolbild: Einsatzkräfte im Nebel",
         "-Werde Teil unseres Teams – Anwärterkurs ab April"],
        ["+Die Wanderer waren in leichter Sommerkleidung unterwegs. „Bei vier Grad und Nieselregen kann das in zwei Stunden lebensgefährlich werden“, sagt Einsatzleiter Jonas Kemmler."],
        ["-Wetter am Berg: aktuelle Lage",
         "-Unterstützen Sie uns mit einer Fördermitgliedschaft",
         "-Alle Einsätze 2026 im Überblick"],
        ["+Beide wurden mit Verdacht auf Unterkühlung an den Rettungsdienst übergeben und ins Kreiskrankenhaus gebracht."],
        ["+Die Bergwacht rät, auch bei kurzen Touren Wetterbericht, Stirnlampe und warme Kleidung einzuplanen."],
        ["+Gegen ein Uhr nachts waren alle Kräfte wieder an der Wache."],
        ["-Zurück zur Übersicht",
         "-Teilen: Facebook | WhatsApp | E-Mail",
         "-Spendenkonto: IBAN DE00 0000 0000 0000 0000 00",
         "-Impressum | Datenschutz | Kontakt",
         "-Folgen Sie uns auf Instagram",
         "-© 2026 Bergwacht Tannwiesel e. V.",
         "-Zuletzt aktualisiert: 04.03.2026"],
    ]),
    ("de", "de-stadtwerke-wasser", [
        ["-Stadtwerke Ellerbrunn – Energie und Wasser für die Region",
         "-Strom | Gas | Wasser | Wärme | Service",
         "-Störungsmeldung: 0800 000 000 (24 h)",
         "-Zum Kundenportal",
         "-Aktuelles › Wasser"],
        ["+Ellerbrunn bekommt ab Mai weicheres Trinkwasser"],
        ["-Pressemitteilung vom 04.03.2026",
         "-Lesedauer 3 Minuten"],
        ["+Die Stadtwerke Ellerbrunn nehmen im Mai ihre neue Enthärtungsanlage im Wasserwerk Kiefernhain in Betrieb. Die Härte des Leitungswassers sinkt dann von 21 auf etwa 12 Grad deutscher Härte."],
        ["+Was sich für Haushalte ändert",
         "+Weniger Kalk in Wasserkochern, Duschköpfen und Waschmaschinen.",
         "+Die Dosierung von Waschmittel kann verringert werden.",
         "+Eigene Enthärtungsanlagen im Keller sollten neu eingestellt oder abgeschaltet werden."],
        ["-Jetzt zu Ökostrom wechseln und 50 € Bonus sichern",
         "-Grafik: Wasserhärte in den Ortsteilen",
         "-Wasseranalyse 2025 herunterladen (PDF)"],
        ["+Die Anlage hat rund 4,8 Millionen Euro gekostet. „Der Preis pro Kubikmeter steigt dadurch um elf Cent, die Haushalte sparen aber bei Geräten und Reinigungsmitteln“, sagt Geschäftsführerin Dr. Marlene Osterkamp."],
        ["-Häufige Fragen zur Wasserhärte",
         "-Ihr Ansprechpartner: Kundenservice Wasser"],
        ["+Während der Umstellung kann das Wasser für einige Tage leicht trüb sein; es bleibt nach Angaben der Stadtwerke unbedenklich."],
        ["+Der Stadtrat hatte die Investition im vergangenen Jahr einstimmig beschlossen."],
        ["+Betroffen sind alle Ortsteile bis auf Hollweiler, das aus einem eigenen Brunnen versorgt wird."],
        ["-Weitere Meldungen aus dem Bereich Wasser",
         "-Diese Seite teilen",
         "-Newsletter abonnieren",
         "-Stadtwerke Ellerbrunn GmbH · Am Wasserturm 1 · Ellerbrunn",
         "-Impressum · Datenschutz · Barrierefreiheit · AGB",
         "-Cookie-Einstellungen",
         "-Karriere bei den Stadtwerken",
         "-© 2026 Stadtwerke Ellerbrunn"],
    ]),
    ("it", "it-veterinario-blog", [
        ["-Clinica Veterinaria Borgofrasso",
         "-Chi siamo | Servizi | Pronto soccorso 24h | Blog | Contatti",
         "-Prenota una visita online",
         "-Urgenze: 000 0000000",
         "-Blog › Consigli per i proprietari"],
        ["+Processionaria in anticipo: come proteggere il cane nelle pinete di Borgofrasso"],
        ["-Pubblicato da dott.ssa Serena Albani il 4 marzo 2026",
         "-Categoria: Cani, Prevenzione"],
        ["+Quest'anno i nidi della processionaria del pino hanno cominciato a scendere dagli alberi con quasi un mese di anticipo, complice l'inverno mite."],
        ["+Cosa fare durante la passeggiata",
         "+Tenere il cane al guinzaglio nelle pinete e lungo i viali alberati.",
         "+Evitare che annusi o lecchi le file di bruchi sul terreno.",
         "+Sciacquare subito la bocca con acqua, senza strofinare, in caso di contatto."],
        ["-Foto: una fila di bruchi di processionaria sul sentiero",
         "-Scopri i nostri pacchetti di prevenzione per cani e gatti",
         "-Iscriviti alla newsletter della clinica"],
        ["+Negli ultimi dieci giorni abbiamo visitato tre cani con lesioni alla lingua. «Il contatto può causare necrosi nel giro di poche ore, quindi non bisogna aspettare», spiega la dottoressa Serena Albani."],
        ["-Leggi anche: zecche e filariosi, il calendario 2026",
         "-Hai un dubbio? Scrivici su WhatsApp"],
        ["+I sintomi tipici sono salivazione abbondante, lingua gonfia e irrequietezza improvvisa."],
        ["+Il Comune ha avviato la rimozione dei nidi nei parchi pubblici, ma le pinete private restano a carico dei proprietari."],
        ["+La clinica resta aperta anche la domenica mattina fino alla fine di aprile."],
        ["-Tag: processionaria, cani, primavera",
         "-Condividi su Facebook",
         "-Recensioni dei clienti ★★★★★",
         "-Orari: lun-sab 9-19",
         "-Clinica Veterinaria Borgofrasso – Via dei Pini 12 – P.IVA 00000000000",
         "-Direttore sanitario: dott. Carlo Mezzani",
         "-Privacy policy · Cookie policy",
         "-© 2026 – Tutti i diritti riservati"],
    ]),
    ("it", "it-circolo-scacchi-torneo", [
        ["-Circolo Scacchistico Torremagra ASD",
         "-Home | Il circolo | Corsi | Tornei | Classifiche | Contatti",
         "-Iscrizioni aperte al corso per principianti di primavera",
         "-Sei in: Home / Tornei / Resoconti",
         "-Area soci – accedi"],
        ["+Open di Torremagra: vince il sedicenne Davide Ruspoli, sorpresa in ultima fila"],
        ["-Resoconto a cura della segreteria | 3 marzo 2026",
         "-Visite: 412"],
        ["+Sessantaquattro giocatori in sala, sei turni in due giorni e un finale che nessuno aveva previsto: il titolo dell'Open di Torremagra va a Davide Ruspoli, sedicenne del circolo, partito come numero 19 del tabellone."],
        ["+La classifica finale",
         "+1° Davide Ruspoli, 5,5 punti.",
         "+2° Giorgio Valtellini, 5 punti.",
         "+3° Irene Bassoli, 5 punti, migliore giocatrice del torneo."],
        ["-Scarica le partite in formato PGN",
         "-Foto: la premiazione nella sala del circolo",
         "-Classifica completa e spareggi sul sito federale"],
        ["+Decisiva la partita dell'ultimo turno contro il maestro Valtellini, vinta in 41 mosse con il nero. «Ho giocato la Siciliana che preparo da un anno, e per una volta ha funzionato», ha detto Ruspoli dopo la premiazione."],
        ["-Il circolo ringrazia lo sponsor Ferramenta Bertolazzi",
         "-Prossimo torneo: semilampo di Pasqua, 4 aprile"],
        ["+Il direttore di gara, l'arbitro Luca Ferraris, ha segnalato un solo reclamo, respinto, in tutto il torneo."],
        ["+Buona la partecipazione femminile, con undici giocatrici iscritte."],
        ["+Il circolo ospiterà in autunno anche la fase provinciale del campionato giovanile."],
        ["-Commenti (0) – Scrivi un commento",
         "-Torna all'elenco dei tornei",
         "-Condividi: WhatsApp · Telegram",
         "-Circolo Scacchistico Torremagra ASD – Vicolo della Torre 3 – C.F. 00000000000",
         "-Affiliato alla federazione nazionale",
         "-Seguici su Facebook e Instagram",
         "-Privacy | Cookie",
         "-Sito curato dai soci volontari"],
    ]),
    ("pl", "pl-browar-aktualnosci", [
        ["-BROWAR CZAPLA",
         "-Piwa | Sklep | Wizyty w browarze | Aktualności | Kontakt",
         "-Masz ukończone 18 lat? TAK / NIE",
         "-Darmowa dostawa od 150 zł",
         "-Aktualności / Z życia browaru"],
        ["+Browar Czapla warzy piwo z jęczmienia z pól pod Mgłowicami"],
        ["-Dodano: 4 marca 2026 | Autor: zespół browaru",
         "-Koszyk (0)"],
        ["+Po dwóch latach prób Browar Czapla rozpoczął warzenie jasnego lagera wyłącznie ze słodu z jęczmienia uprawianego przez trzech rolników z okolic Mgłowic."],
        ["+Co się zmienia w naszej ofercie",
         "+Lager „Polny” zastępuje dotychczasowy jasny pełny.",
         "+Cena butelki pozostaje bez zmian.",
         "+Pierwsza warka trafi do sklepów w regionie w kwietniu."],
        ["-Zdjęcie: pierwsza warka w tankofermentorze",
         "-Sprawdź, gdzie kupić nasze piwa – mapa sklepów",
         "-Zapisz się na zwiedzanie browaru z degustacją"],
        ["+Słód przygotowuje mała słodownia w sąsiednim powiecie. „Płacimy rolnikom więcej niż skup, ale wiemy, skąd pochodzi każde ziarno”, mówi piwowar Bartosz Kielar."],
        ["-Spożywanie alkoholu szkodzi zdrowiu. Nie sprzedajemy alkoholu osobom niepełnoletnim.",
         "-Piwo miesiąca: Porter Bałtycki – 20% taniej"],
        ["+Rolnicy podpisali z browarem umowy na trzy kolejne zbiory."],
        ["+Browar zapowiada, że jesienią podobną drogą pójdzie też z pszenicą."],
        ["+Jęczmień tegorocznego zbioru zostanie wysiany na ponad 40 hektarach."],
        ["-← Wróć do aktualności",
         "-Udostępnij: Facebook | X | WhatsApp",
         "-Płatności: BLIK, karta, przelew",
         "-Browar Czapla sp. z o.o., ul. Łąkowa 7, Mgłowice, NIP 000-000-00-00",
         "-Regulamin sklepu · Polityka prywatności · Zwroty i reklamacje",
         "-Obserwuj nas na Instagramie",
         "-Newsletter: zapisz się i odbierz kod -10%",
         "-© 2026 Browar Czapla. Wszelkie prawa zastrzeżone."],
    ]),
    ("pl", "pl-kasa-komunikat", [
        ["-Kasa Spółdzielcza „Jarzębina”",
         "-Dla członków | Kredyty | Oszczędności | Placówki | Kontakt",
         "-Zaloguj do bankowości internetowej",
         "-Uwaga na fałszywe SMS-y podszywające się pod Kasę!",
         "-Strona główna > Dla członków > Komunikaty"],
        ["+Kasa obniża oprocentowanie pożyczek dla członków i zamyka placówkę przy Rynku"],
        ["-Komunikat dla członków | 04.03.2026",
         "-Czcionka: A A A"],
        ["+Zarząd Kasy Spółdzielczej „Jarzębina” poinformował, że od 1 kwietnia oprocentowanie pożyczek konsumpcyjnych spadnie o jeden punkt procentowy."],
        ["+Najważniejsze zmiany",
         "+Oprocentowanie pożyczek konsumpcyjnych: z 12,5 do 11,5 proc.",
         "+Placówka przy Rynku w Mgłowicach zostanie zamknięta 30 kwietnia.",
         "+Obsługa kasowa przejdzie do oddziału przy ulicy Kolejowej."],
        ["-Kalkulator pożyczki – sprawdź swoją ratę",
         "-Lokata Wiosenna 5,2% – zobacz szczegóły",
         "-Tabela opłat i prowizji (PDF)"],
        ["+Na zebraniu przedstawicieli członków padały pytania o starszych klientów. „Nikt nie zostanie bez obsługi; kasjer z Rynku będzie raz w tygodniu dojeżdżał do domu kultury”, zapewnił prezes zarządu Tadeusz Wronka."],
        ["-Depozyty w kasie są gwarantowane do równowartości 100 000 euro",
         "-Zostań członkiem Kasy – wpisowe tylko 10 zł"],
        ["+Zarząd tłumaczy zamknięcie placówki rosnącym czynszem i spadkiem liczby wizyt o ponad połowę w ciągu trzech lat."],
        ["+Umowy zawarte przed 1 kwietnia zostaną zmienione automatycznie przy najbliższej racie."],
        ["+Członkowie, którzy chcą przenieść rachunek do innego oddziału, mogą to zrobić bez opłat do końca czerwca."],
        ["-Wszystkie komunikaty",
         "-Pobierz aplikację mobilną",
         "-Mapa placówek i bankomatów",
         "-Infolinia: 000 000 000 (pn.–pt. 8–18)",
         "-Kasa Spółdzielcza „Jarzębina”, KRS 0000000000",
         "-Polityka prywatności · Polityka cookies · Reklamacje",
         "-Bezpieczeństwo w sieci – poradnik dla członków",
         "-© 2026 Jarzębina"],
    ]),
    ("ru", "ru-pansionat-vestnik", [
        ["-Пансионат для пожилых «Сосновый берег»",
         "-О нас | Условия проживания | Цены | Новости | Контакты",
         "-Бесплатная консультация: 8 800 000-00-00",
         "-Главная / Новости / Вестник пансионата",
         "-Вестник «Соснового берега» · выпуск № 3 (март 2026)"],
        ["+В «Сосновом береге» открылась комната воспоминаний"],
        ["-04.03.2026 | Просмотров: 218",
         "-Рубрика: Жизнь пансионата"],
        ["+В пансионате под Кленовогорском открылась комната воспоминаний: старые радиоприёмники, патефон, школьные парты и фотографии города шестидесятых годов собирали всей округой."],
        ["+Что есть в комнате",
         "+Патефон и пластинки, подаренные семьями жильцов.",
         "+Карта Кленовогорска 1965 года с отметками, где жили наши подопечные.",
         "+Полка с письмами и открытками, которые можно читать вслух."],
        ["-Фото: Анна Сергеевна за патефоном",
         "-Запишитесь на экскурсию по пансионату",
         "-Акция: первая неделя проживания — бесплатно"],
        ["+Идею предложила психолог Вера Лозинская. «Когда человек держит в руках вещь из молодости, он начинает рассказывать, и разговор получается совсем другой», — говорит она."],
        ["-Читайте также: как подготовить близкого к переезду",
         "-Лицензия на медицинскую деятельность № Л000-00000-00/00000000"],
        ["+Комната открыта каждый день с десяти до шести, родственников просят приносить предметы только после разговора с администратором."],
        ["+Часть экспонатов передал городской краеведческий музей."],
        ["+В апреле в комнате начнутся встречи с учениками соседней школы."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Отзывы родственников",
         "-Карта проезда",
         "-Мы в Telegram: новости и фото из жизни пансионата",
         "-Остались вопросы? Заполните форму обратной связи",
         "-ООО «Сосновый берег», ИНН 0000000000",
         "-Политика обработки персональных данных",
         "-© 2026 Пансионат «Сосновый берег». Все права защищены."],
    ]),
    ("ru", "ru-rybolovy-otchet", [
        ["-Клуб рыболовов «Серебряный окунь»",
         "-Главная | Водоёмы | Соревнования | Отчёты | Форум | Вступить",
         "-Прогноз клёва на выходные",
         "-Вход для членов клуба",
         "-Отчёты / Соревнования"],
        ["+Зимний кубок на Тихомирском водохранилище: лёд выдержал, рыба — нет"],
        ["-Автор отчёта: судья соревнований Павел Гридин · 02.03.2026",
         "-Комментариев: 7"],
        ["+Тридцать два спортсмена вышли в субботу на лёд Тихомирского водохранилища, несмотря на оттепель и предупреждения спасателей о толщине льда у берега."],
        ["+Итоги по командам",
         "+1 место — «Мормышка», 4,2 кг.",
         "+2 место — «Заречье», 3,7 кг.",
         "+3 место — «Старый мост», 3,1 кг."],
        ["-Фотоотчёт: 46 снимков в альбоме",
         "-Магазин «Клёвое место» — скидка 10% по карте клуба",
         "-Взносы за 2026 год принимаются до 31 марта"],
        ["+Клёв был слабым всё утро. «Рыба стоит глубоко и почти не реагирует на мормышку, брали только на мотыля у самого дна», — рассказал капитан команды-победителя Сергей Мухин."],
        ["-Обсудить на форуме",
         "-Правила ловли в период нереста: памятка"],
        ["+Лёд у берега оказался тоньше десяти сантиметров, поэтому выход на водоём организовали по мосткам у лодочной станции."],
        ["+Лучший индивидуальный результат показал ветеран клуба Николай Бердников."],
        ["+Летний этап кубка пройдёт в июне с берега."],
        ["-Нравится: 24 · Поделиться",
         "-Следующий отчёт →",
         "-Присоединяйтесь к нам в Telegram",
         "-Реклама на сайте",
         "-Клуб рыболовов «Серебряный окунь» © 2010–2026",
         "-При копировании материалов ссылка на сайт обязательна",
         "-Пользовательское соглашение · Политика конфиденциальности",
         "-Сайт создан на Tilda"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-ferry-service-notice':
        "the ferry company's service notice's pets-policy link and fares link between the paragraphs are left (2 of 20 noise lines)",
    'en-cycling-advocacy-post':
        "the cycling group's post's petition appeal, next-group-ride line, report-a-blocked-lane form link and members' donation appeal between the paragraphs are left (4 of 20 noise lines; the image caption with its credit goes since round 71)",
    'fr-festival-presse':
        "the film festival press page's press-photos link, festival-pass offer and become-a-partner link between the paragraphs are left (3 of 20 noise lines)",
    'fr-observatoire-ciel':
        "the observatory sky-news page's send-your-photos call between the paragraphs is left (1 of 20 noise lines)",
    'de-bergwacht-einsatzbericht':
        "the mountain rescue callout report's emergency-number banner and callout number above the title, its alert-time/duration/crew line and report-by line under the title, and its mountain-weather link and all-callouts link between the paragraphs are left (6 of 20 noise lines)",
    'de-stadtwerke-wasser':
        "the water utility announcement's green-power switching offer, FAQ link and customer-service contact line between the paragraphs are left (3 of 20 noise lines)",
    'it-veterinario-blog':
        "the vet practice blog's prevention-package plug and ask-us-on-WhatsApp line between the paragraphs are left (2 of 20 noise lines)",
    'it-circolo-scacchi-torneo':
        "the chess club tournament report's PGN download, full-standings link, sponsor thanks and next-tournament line between the paragraphs are left (4 of 20 noise lines)",
    'pl-browar-aktualnosci':
        "the craft brewery news page's where-to-buy map link and alcohol health warning between the paragraphs are left (2 of 20 noise lines)",
    'pl-kasa-komunikat':
        "the credit union member update's name header, online-banking log-in link and fake-SMS warning above the title, and its loan calculator, savings-deposit offer and deposit-guarantee line between the paragraphs are left (6 of 20 noise lines; the join-the-union offer goes since round 56)",
    'ru-pansionat-vestnik':
        "the retirement home newsletter's medical licence number between the paragraphs is left (1 of 20 noise lines)",
    'ru-rybolovy-otchet':
        "the fishing club report's discuss-on-forum link and spawning-rules memo link between the paragraphs are left (2 of 20 noise lines)",
}


test_held_out_51_line, test_held_out_51_line_is_kept, test_held_out_51_page = held_out_tests(
    HELD_OUT_51_LINES, HELD_OUT_51_KEEP, HELD_OUT_51_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
