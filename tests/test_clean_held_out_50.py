"""Held-out set 50: written blind, weighted toward the noise the cleaner exists for, in shapes set 49's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
"%%ADSENSE_INARTICLE_2%%" placeholder token left unreplaced, an English "This story was automatically
imported from the ... newswire. Click here to read the original." auto-blog credit, an English "This
piece first appeared on ... and is republished here under a Creative Commons licence." credit, the
French WordPress RSS footer "L'article ... est apparu en premier sur ...", a French "Cet article a été
initialement publié sur le blog ... Lien vers l'article d'origine", the German RSS footer "Der Beitrag
... erschien zuerst auf ...", a German "Dieser Beitrag wurde automatisch aus dem Presseportal
übernommen und nicht redaktionell bearbeitet." notice, the Italian RSS footer "L'articolo ... proviene
da ...", an Italian "Articolo pubblicato originariamente su ...", the Polish RSS footer "Wpis ... pojawił
się pierwszy raz w ...", a Polish "REKLAMA ▼ Dalsza część artykułu poniżej" ad divider, the Russian RSS
footer "Запись ... впервые появилась ..." and a Russian "Перепечатано с сайта «...» с сохранением
авторской орфографии." reprint credit), reading-time and date headers in new shapes (an English clock
emoji "🕑 5 min read · Filed ..., 09:14 GMT", an English "Words: 1,240 · Reading time ≈ 6 min" word
count, a French "Mis à jour il y a 2 heures | Lecture : 4 mn", a German "Aktualisiert vor 3 Std. | ⏱ 5
Min.", an Italian "Letto 1.284 volte | 3 min di lettura" view counter, a Polish "⏱ 3 min czytania ·
06.03.2026, 14:20" and a Russian "Опубликовано: ... | Просмотров: 1 482 | ~4 мин"), bylines with
self-promotion (an English "VISIT MY WEBSITE → ... | Book me to speak at your next conference" plug, an
English "My new book, ..., is out now ..." plug, an English Buy-me-a-coffee plug, a French books-shop
and Tipeee plug, a German new-book order plug, an Italian Patreon plug, a Polish buycoffee.to plug and a
Russian Dzen-channel and Boosty plug), blog footers (an English WordPress.com "Blog at WordPress.com.
Do Not Sell or Share My Personal Information", an English Ghost theme credit, a French "Fièrement
propulsé par WordPress · Thème ... par ...", a German Webnode, an Italian Blogger and a Polish WebWave
credit), reader comment lines (an English "14 thoughts on “...”" header, an English WordPress comment
row "name · date at time · text · Reply", an English comments-closed note with a thank-you, the English
WordPress "You are commenting using your Google account. ( Log Out / Change )", the French "Les
commentaires sont fermés.", the German "3 Gedanken zu „...“", an Italian comment row ending in
"Rispondi", a Polish "Odpowiedz · Lubię to (4) · nick, date" row and a Russian "Комментариев: 5 |
Добавить комментарий | Правила комментирования" bar), an English "Gift this article — you have 5 gifts
left this month" share line and a Russian "Материал предназначен для лиц старше 16 лет" age notice; and
toward whole scraped news and opinion pages in layouts sets 41 to 49 did not use (a science magazine's
news story, an animal-rescue charity's update, a diocese's news page, a consumer-protection agency's
warning, a theatre's press release, a public library's blog, a zoo's blog, a farmers' cooperative
bulletin, a municipal waste service's notice, a hiking club's trip report, a student union's statement
and a local business association's opinion column).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 49) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 49, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 49's with 49 -> 50, including its third table ``_KEEP_XFAIL`` (empty here). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s50 at commit 610fc7415485bd195f6a076e040fa49aaebf44e4, the HEAD recorded at my
first step; it did not move before the worktrees were made) and every failing case is marked as a
strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the
measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) ``git worktree
add`` printed, as git does, the subject line of the HEAD commit of main (a README change), and ``git
worktree list`` showed the names and branches of other helpers' worktrees; neither was looked into
further. (3) Before the measurement the draft was executed from a scratch folder (/tmp/s50-scratch)
with a stand-in ``page_from_blocks`` that only counted lines and checked that no page noise line
repeats on its page, is a substring of an article line of its page or repeats a line of
``HELD_OUT_50_LINES`` (no case was run through the cleaner): six pages first had 19 noise lines and
got one more foot or middle line each, and the theatre page's header "Landestheater Kranichsbrunn", a
substring of its first paragraph, was rewritten as the upper-case logo "LANDESTHEATER KRANICHSBRUNN";
two footer lines (a French and a Polish Blogger credit) were replaced by a WordPress theme credit and a
WebWave credit so that the footers vary, and the newswire first named "Harwick Ledger" was renamed
(see 5). (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen; the problems were then read out once with ``_problems`` in the
frozen worktree by a script that ran it on every line, keep line and page of this set and printed the
problems of the failing ones, to write the xfail reasons. (5) Invented place names were checked,
before the measurement, against the helper's exact-string search over public GitHub files and my own
memory; no gazetteer was available, so this is not a proof that they do not exist: Wrexholt,
Tessemoor, Quillsey, Castelmoureix, Vaurignac, Kranichsbrunn, Mörlingshagen, Roccalvina, Pievemarna,
Wrzosogród, Верхнетуманск, "Sinych Turni" and "torrente Sarvo" had no hits; "Loomfield" occurs only
inside "Bloomfield". "Pellowick", first meant for the animal-rescue town, was dropped because it occurs
(as an invented football town) in other public code; "Harwick" was dropped because I remember a real
Harwick in Pennsylvania; a "Saint-Ferréol" church and "Brackley" were dropped while drafting as real
place names. Not checked and possibly coinciding with real ones: Tessemoor Edge, Marrow Lane, Tessemoor
High Street, Furrow Lane, rue du Four, place de l'Évêché, rue des Halles, Schlosspark, Marktstraße, Via
dei Campi, улица Строителей, улица Почтовая and "Садовое полукольцо" (generic street and locality
names that exist in many real towns), the churches Saint-Aubin and Notre-Dame-des-Tilleuls (common
dedications), the organisations, papers, blogs and sites (Halvern Science Review, Wrexholt University,
Subterranean Biology Letters, Furrow Lane Animal Rescue, Kennelweb Studio, Quillsey Ledger, Loomfield
Weekly, Calvrin Studio, Le Petit Caussenard, Carnets de Vaurignac, Atelier Corvin, Diocèse de
Castelmoureix, Radio Clarté, Agence départementale de protection des consommateurs – Vaurignac,
Landestheater Kranichsbrunn, Uferblick, Stadtbibliothek Mörlingshagen, Parco Faunistico Roccalvina,
web agency Lumera, Il Foglio di Roccalvina, Cronache dell'Alta Valle, Cooperativa Agricola
Pievemarna, Agrifer, ZGK Wrzosogród, EkoWrzos, Kurier Wrzosogrodzki, KTG „Piargi”, Sklep Górski
Pionowo, Студенческий союз ВТПУ, Туманский курьер, Ассоциация предпринимателей Верхнетуманска, банк
«Северный кредит», «Тёплый хлеб», студия «Пиксель») and the people. (6) Some lines name real things,
as real pages do: AdSense (as a placeholder token), Creative Commons, WordPress and WordPress.com,
Ghost, Blogger, Webnode, WebWave, Tipeee, Patreon, Buy Me a Coffee, buycoffee.to, Dzen, Boosty,
Google, Facebook, X, LinkedIn, WhatsApp, Pinterest, Instagram, TikTok, Telegram, ВКонтакте,
Одноклассники, 1С-Битрикс, Onleihe, Tonies, the UK Gift Aid scheme, the French Denier de l'Église,
DOI, PSZOK, IBAN and P.IVA; e-mail addresses and URLs of invented sites use the .example domain, and
phone, tax, charity and register numbers are zero-filled or invented. (7) Four RSS-footer shapes
(French, German, Polish, Russian) and the Italian "proviene da" footer are the localised forms of the
WordPress "The post ... appeared first on ..." footer; set 49's docstring does not name them, but an
earlier set may have used the English form.

Judgement calls: the keep lines opening with "Theme parks", "Buy-back schemes", "Comments made by",
"Reading the contract", "Originally the depot", "Visit numbers", "Support for the plan", "Lecture
faite du rapport", "Laisser les bergers", "Propulsé au rang", "Mein Vater", "Der Beitrag der
Gemeinde", "Aktualisiert werden müssen", "L'articolo 14", "Sostenere il mercato", "Letto il
verbale", "Wpis do rejestru", "Postawienie nowej wieży", "Запись на летние смены" and "Комментариев
от администрации" are article sentences. Dates with reading times, update ages or view counts are
counted as reading-time lines; bios and plugs for websites, books, tip jars, Patreon, Tipeee, Boosty
and talks as bylines; blog-engine, theme and site-builder credits as footers; comment headers, rows,
bars and closed notes as comments; placeholder tokens, import and republication credits, RSS footers,
reprint credits and the ad divider as markers; the gift line as share and the age label as a notice.
On every page the title, the subheading, its three list rows, the quote and the four paragraphs
around them are article (10 lines a page) and everything else is noise (20 lines a page); in
particular on en-science-magazine-news the byline, the date with reading time, the journal reference
and the DOI are noise; on en-animal-rescue-update the posted-by line, sponsor-a-kennel appeal, photo
caption, charity-shop plug and the note that adoption enquiries cannot be answered are noise; on
fr-diocese-actualites the mass-times finder, donation, prayer and radio links and the photo credit are
noise; on fr-alerte-consommateurs the alert number and vigilance level, the victim form link, the
template-letter download and the further-reading links are noise, the list of good reflexes is
article; on de-theater-pressemitteilung the press-release date, press contact, subscription offer,
press photos, photo credit, character count and reprint note are noise; on de-bibliothek-blog the
posted-by line, renewal tip, event tip, caption and the comments are noise; on it-zoo-blog the
park-name header, opening hours, adoption plug, caption and festival teaser are noise; on
it-coop-agricola-notiziario the issue number, the commodity prices, the ad, the pruning course, the
caption, the form download and the frost-warning teaser are noise (the teaser links elsewhere); on
pl-odpady-komunikat the notice date, published-by line, schedule search, fee-deadline reminder (a
site-wide banner), downloads, app plug and the record metadata are noise, the list of collection
intervals is article; on pl-klub-turystyczny-relacja the next-trip line, posted-by and category
lines, gallery, weather, photo, GPX and sponsor lines, the fee reminder and the comment are noise, the
trip narrative and lessons list are article; on ru-studsoyuz-zayavlenie the date, views, join appeal,
caption and hotline line are noise, the demands are article; on ru-kolonka-predprinimateli the
rubric-partner line, author line, disclaimer, ad label, Telegram plug, business-breakfast
announcement and caption are noise, the columnist's first-person text is article. The rows:
en-science-magazine-news "What the divers found", en-animal-rescue-update "Where the dogs are now",
fr-diocese-actualites "Ce qui change pour les paroissiens", fr-alerte-consommateurs "Les bons
réflexes", de-theater-pressemitteilung "Was stattdessen geplant ist", de-bibliothek-blog "Was gleich
bleibt", it-zoo-blog "Come abbiamo preparato il rilascio", it-coop-agricola-notiziario "Come chiedere
l'anticipo", pl-odpady-komunikat "Co się zmienia", pl-klub-turystyczny-relacja "Czego nauczyła nas ta
wycieczka", ru-studsoyuz-zayavlenie "Наши требования" and ru-kolonka-predprinimateli "Что мы
предлагаем мэрии", each with three rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 7, byline 8, footer 6, comments 9, share 1, notice
1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-science-magazine-news (a science magazine's news story on blind cave beetles threatened by a
quarry), en-animal-rescue-update (an animal-rescue charity's update on dogs seized from a puppy farm),
fr-diocese-actualites (a diocese's news page on a church closed two years for roof repairs),
fr-alerte-consommateurs (a consumer-protection agency's warning on door-to-door heat-pump sellers),
de-theater-pressemitteilung (a regional theatre's press release cancelling its summer stage),
de-bibliothek-blog (a public library's blog post on abolishing late fees, with comments),
it-zoo-blog (a wildlife park's blog on releasing otters), it-coop-agricola-notiziario (a farmers'
cooperative bulletin on advance payments after a hailstorm), pl-odpady-komunikat (a municipal waste
service's notice on a new collection schedule), pl-klub-turystyczny-relacja (a hiking club's winter
trip report, with a comment), ru-studsoyuz-zayavlenie (a student union's statement against a
dormitory fee rise) and ru-kolonka-predprinimateli (a local business association's opinion column
against paid parking); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 610fc7415485bd195f6a076e040fa49aaebf44e4, measured with
``cd /tmp/wt-s50 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s50/src python -m pytest
-q tests/test_clean_held_out_50.py -rA -p no:cacheprovider`` (21 failed, 56 passed) and
``cd /tmp/wt-s50 && PYTHONPATH=/tmp/wt-s50/src python scripts/clean_held_out_report.py --sets 50``,
with the xfail tables empty): noise lines removed 35/45 (marker 7/13, reading-time 7/7, byline 8/8,
footer 5/6, comments 6/9, share 1/1, notice 1/1; missed, all kept as paragraphs: the English "This
story was automatically imported from the Quillsey Ledger newswire. Click here to read the
original.", the English "This piece first appeared on Loomfield Weekly and is republished here under a
Creative Commons licence.", the English "Drift theme by Calvrin Studio · Published with Ghost", the
English "Comments are now closed on this post. Thanks to everyone who joined the discussion.", the
German "Dieser Beitrag wurde automatisch aus dem Presseportal übernommen und nicht redaktionell
bearbeitet.", the Italian "Marta R. 6 marzo 2026 alle 21:15 — Finalmente, era ora! Rispondi", the
Polish "Wpis Gmina podnosi opłaty za wodę pojawił się pierwszy raz w Kurier Wrzosogrodzki.", the
Polish "Odpowiedz · Lubię to (4) · Tomek_z_Lasu, 6 marca 2026 o 19:02", the Russian "Запись Школу в
Верхнетуманске закроют на ремонт впервые появилась Туманский курьер." and the Russian "Перепечатано
с сайта «Туманский курьер» с сохранением авторской орфографии."); keep lines kept 20/20; pages 1/12
clean (en-science-magazine-news), 37 of 240 page noise lines left and 1 of 120 article lines lost:
en-animal-rescue-update 3 left ("Can you sponsor a kennel for £10 a month? Find out more", "Photo:
Bramble, a four-year-old spaniel, on her first walk. Please do not share without credit." and "🛒
Visit our charity shop on Tessemoor High Street"); fr-diocese-actualites 4 left ("Denier de l'Église :
je donne en ligne", "Prier avec nous : les intentions de la semaine", "Photo : la nef de Saint-Aubin
avant sa fermeture © Diocèse de Castelmoureix" and "Écouter Radio Clarté en direct");
fr-alerte-consommateurs 2 left ("Vous avez été victime ? Remplissez le formulaire en ligne" and "Pour
aller plus loin : fiche pratique « Le démarchage à domicile »"); de-theater-pressemitteilung 3 left
("Jetzt Abo sichern und bis zu 30 % sparen", "Foto: Probenszene aus „Der Fährmann“ © Jörn Lessmann"
and "Zur Pressemappe der Spielzeit 2025/26"); de-bibliothek-blog 1 left ("Veranstaltungstipp:
Vorlesestunde am Samstag, 10:30 Uhr"); it-zoo-blog 4 left ("Parco Faunistico Roccalvina", "Adotta un
animale: regala un'adozione simbolica a partire da 30 €", "Foto: una delle lontre al momento del
rilascio (© Parco Faunistico Roccalvina)" and "Festa di primavera al Parco: 21 marzo, ingresso
ridotto"); it-coop-agricola-notiziario 3 left ("Corso di potatura: iscrizioni entro il 15 marzo",
"Foto: frutteto danneggiato a Pievemarna (archivio cooperativa)" and "Meteo agrario: allerta gelate
nelle notti di martedì e mercoledì"); pl-odpady-komunikat 3 left ("Sprawdź harmonogram dla swojej
ulicy — wyszukiwarka", "Przypominamy o terminie opłaty za odpady za I kwartał" and "Aplikacja EkoWrzos
– przypomnienia o odbiorze na telefon"); pl-klub-turystyczny-relacja 7 left ("Najbliższy wyjazd: 22
marca – zapisy do środy", "Dodane przez: Ewa z zarządu, 6 marca 2026", "Kategoria: Relacje z
wyjazdów", "Pogoda w górach: sprawdź komunikat lawinowy", "Zdjęcie: grupa na przełęczy, fot. Ewa
Rudnik", "Trasa na mapie: pobierz ślad GPX" and "Sponsor sprzętu: Sklep Górski Pionowo – 10% rabatu
dla członków klubu"); ru-studsoyuz-zayavlenie 3 left ("Вступайте в студсоюз — заполните анкету на
сайте", "Фото: общежитие № 4 на улице Строителей" and "Горячая линия для жильцов общежитий: напишите
нашему боту"); ru-kolonka-predprinimateli 4 left ("Автор: Игорь Пташников, председатель совета
ассоциации, владелец сети пекарен «Тёплый хлеб»", "Мнение автора может не совпадать с позицией
ассоциации", "Бизнес-завтрак ассоциации: 14 марта, 9:00, регистрация открыта" and "Фото: пустая
улица Почтовая в субботу днём. Фото автора") and 1 article line lost or out of order (the list row
"Перенос запуска на осень после обсуждения с предпринимателями"). The failing cases are strict
xfails.

Still held out after round 48 (development on set 49; measured once with ``python
scripts/clean_held_out_report.py --sets 50`` and ``pytest tests/test_clean_held_out_50.py`` on this
set rebased onto main after round 48 merged, 2026-12-03): noise lines removed 35/45 as at baseline
(the same ten lines missed), article lines kept 20/20, pages 1/12 clean, 34 of 240 page noise lines
left (37 at baseline: it-zoo-blog's park-name header and photo credit and it-coop-agricola-notiziario's
photo caption now go, round 48's photo-credit and caption classes) and 1 of 120 article lines lost (the
same Russian list row). The reasons of those two pages were reworded; no case passes that failed.

Round 49 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 50`` and ``pytest tests/test_clean_held_out_50.py`` at
3ad85a0 (before) and the round's last commit on branch round49 (after): noise lines 35 -> 45/45
(marker 7 -> 13/13, reading-time 7 -> 7/7, byline 8 -> 8/8, footer 5 -> 6/6, comments 6 -> 9/9, share
1 -> 1/1, notice 1 -> 1/1), pages 1 -> 1/12 clean, page noise lines left 34 -> 30 of 240, article lines
lost 1 -> 0 of 120. First the loss, as a mechanism: a row of the article's subheading-and-rows block
under its first row no longer counts as a widget for a word of the widgets' vocabulary inside it (the
Russian row "Перенос запуска на осень после обсуждения с предпринимателями" was cut at "обсуждения");
the first row keeps the full test. As classes in six languages: the WordPress feed footer in the
plugin's word orders without a preposition ("Wpis ... pojawił się pierwszy raz w ...", "Запись ...
впервые появилась ...") is a credit; an auto-blog's import credit as a sentence about the post, with a
link to the original or a no-editing note after it ("This story was automatically imported from the
... newswire. Click here to read the original.", "Dieser Beitrag wurde automatisch aus dem Presseportal
übernommen und nicht redaktionell bearbeitet.") is a credit; where a post first appeared may be
followed by its licence ("... and is republished here under a Creative Commons licence."); a reprint
credit opening with its participle and naming the site, the author's spelling kept at most ("Перепечатано
с сайта «...» с сохранением авторской орфографии.") is a notice; a theme's credit before the platform's
("Drift theme by ... · Published with Ghost") is a blog footer; a thank-you for the discussion after
comments closed is part of the closed note; a comment row may carry its text behind a dash between the
time and the reply button ("Marta R. 6 marzo 2026 alle 21:15 — Finalmente, era ora! Rispondi") or open
with the buttons and end with the writer and the stamp ("Odpowiedz · Lubię to (4) · Tomek_z_Lasu, 6
marca 2026 o 19:02"). On the pages: a caption under its picture label with the credit after it (a
copyright sign and the holder, "fot." and a name, or "Фото автора") goes. Pages: fr-diocese-actualites
4 -> 3, de-theater-pressemitteilung 3 -> 2, pl-klub-turystyczny-relacja 7 -> 6,
ru-kolonka-predprinimateli 4 -> 3 (and its article line lost 1 -> 0); unchanged: en-science-magazine-news
0, en-animal-rescue-update 3, fr-alerte-consommateurs 2, de-bibliothek-blog 1, it-zoo-blog 2,
it-coop-agricola-notiziario 2, pl-odpady-komunikat 3 and ru-studsoyuz-zayavlenie 3. Keep lines 20 ->
20/20. The ten line xfails were removed and four page reasons reworded; sets 10 to 49 report the same
figures as before.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_50_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", "%%ADSENSE_INARTICLE_2%%", "marker"),
    ("tail", "This story was automatically imported from the Quillsey Ledger newswire. Click here to read the original.", "marker"),
    ("tail", "This piece first appeared on Loomfield Weekly and is republished here under a Creative Commons licence.", "marker"),
    ("head", "🕑 5 min read · Filed 06.03.2026, 09:14 GMT", "reading-time"),
    ("head", "Words: 1,240 · Reading time ≈ 6 min", "reading-time"),
    ("tail", "VISIT MY WEBSITE → www.corinnabaltry.example | Book me to speak at your next conference", "byline"),
    ("tail", "My new book, The Quiet Ledger, is out now from all good bookshops — signed copies available on my site.", "byline"),
    ("tail", "Enjoyed this? Buy me a coffee at buymeacoffee.com/ellisvarn-example ☕ It keeps the blog ad-free.", "byline"),
    ("tail", "Blog at WordPress.com. Do Not Sell or Share My Personal Information", "footer"),
    ("tail", "Drift theme by Calvrin Studio · Published with Ghost", "footer"),
    ("tail", "14 thoughts on “Why the Marrow Lane bridge closure was always coming”", "comments"),
    ("tail", "Pattie Groves · March 6, 2026 at 10:42 pm · Spot on. My husband sat in that queue for an hour. · Reply", "comments"),
    ("tail", "Comments are now closed on this post. Thanks to everyone who joined the discussion.", "comments"),
    ("tail", "You are commenting using your Google account. ( Log Out / Change )", "comments"),
    ("head", "Gift this article — you have 5 gifts left this month", "share"),
    # French (6)
    ("tail", "L'article Les bergers de Castelmoureix face au loup est apparu en premier sur Le Petit Caussenard.", "marker"),
    ("tail", "Cet article a été initialement publié sur le blog Carnets de Vaurignac. Lien vers l'article d'origine", "marker"),
    ("head", "Mis à jour il y a 2 heures | Lecture : 4 mn", "reading-time"),
    ("tail", "Retrouvez tous mes livres dans ma boutique en ligne et soutenez mon travail sur Tipeee 🙏", "byline"),
    ("tail", "Fièrement propulsé par WordPress · Thème Lumen par Atelier Corvin", "footer"),
    ("tail", "Les commentaires sont fermés.", "comments"),
    # German (6)
    ("tail", "Der Beitrag Warum die Fähre nach Kranichsbrunn eingestellt wird erschien zuerst auf Uferblick.", "marker"),
    ("head", "Dieser Beitrag wurde automatisch aus dem Presseportal übernommen und nicht redaktionell bearbeitet.", "marker"),
    ("head", "Aktualisiert vor 3 Std. | ⏱ 5 Min.", "reading-time"),
    ("tail", "Mein neues Buch „Die leise Stadt“ ist ab sofort im Handel erhältlich – jetzt hier bestellen!", "byline"),
    ("tail", "Erstellt mit Webnode · Cookies", "footer"),
    ("tail", "3 Gedanken zu „Warum die Fähre nach Kranichsbrunn eingestellt wird“", "comments"),
    # Italian (6)
    ("tail", "L'articolo Il mercato coperto riapre a Roccalvina proviene da Cronache dell'Alta Valle.", "marker"),
    ("head", "Articolo pubblicato originariamente su Il Foglio di Roccalvina", "marker"),
    ("head", "Letto 1.284 volte | 3 min di lettura", "reading-time"),
    ("tail", "Sostieni il mio lavoro su Patreon: ogni mese un episodio del podcast riservato a chi mi supporta.", "byline"),
    ("tail", "Tema Semplice. Powered by Blogger.", "footer"),
    ("tail", "Marta R. 6 marzo 2026 alle 21:15 — Finalmente, era ora! Rispondi", "comments"),
    # Polish (6)
    ("tail", "Wpis Gmina podnosi opłaty za wodę pojawił się pierwszy raz w Kurier Wrzosogrodzki.", "marker"),
    ("body", "REKLAMA ▼ Dalsza część artykułu poniżej", "marker"),
    ("head", "⏱ 3 min czytania · 06.03.2026, 14:20", "reading-time"),
    ("tail", "Postaw mi kawę na buycoffee.to/marta-sliwa-example — dzięki temu blog jest wolny od reklam!", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "Odpowiedz · Lubię to (4) · Tomek_z_Lasu, 6 marca 2026 o 19:02", "comments"),
    # Russian (6)
    ("tail", "Запись Школу в Верхнетуманске закроют на ремонт впервые появилась Туманский курьер.", "marker"),
    ("tail", "Перепечатано с сайта «Туманский курьер» с сохранением авторской орфографии.", "marker"),
    ("head", "Опубликовано: 06 марта 2026 | Просмотров: 1 482 | ~4 мин", "reading-time"),
    ("tail", "Подписывайтесь на мой авторский канал в Дзене и поддержите блог донатом через Boosty.", "byline"),
    ("head", "Материал предназначен для лиц старше 16 лет", "notice"),
    ("tail", "Комментариев: 5 | Добавить комментарий | Правила комментирования", "comments"),
]


HELD_OUT_50_KEEP: list[tuple[str, str]] = [
    ("head", "Theme parks along the coast reported fewer visitors than in any summer since 2009."),
    ("body", "Buy-back schemes for the old boilers were offered to only 300 households."),
    ("tail", "Comments made by the harbour master at the inquiry were later withdrawn."),
    ("body", "Reading the contract closely, the councillors found no break clause at all."),
    ("head", "Originally the depot was meant to close in 2024, but the tender collapsed."),
    ("tail", "Visit numbers at the clinic fell by a third after the bus route was cut."),
    ("body", "Support for the plan among shopkeepers has fallen to 41 per cent, the survey found."),
    ("body", "Lecture faite du rapport, les élus ont voté contre à l'unanimité moins une voix."),
    ("tail", "Laisser les bergers seuls face au loup n'est plus possible, estime le préfet."),
    ("head", "Propulsé au rang de premier employeur du canton, l'abattoir doit pourtant fermer."),
    ("body", "Mein Vater arbeitete vierzig Jahre in der Werft, erzählt die Wirtin des Fährhauses."),
    ("tail", "Der Beitrag der Gemeinde zur Sanierung liegt bei 1,2 Millionen Euro."),
    ("head", "Aktualisiert werden müssen auch die Fahrpläne der beiden Buslinien."),
    ("body", "L'articolo 14 del regolamento vieta la vendita di alimenti sfusi dopo le 13."),
    ("tail", "Sostenere il mercato costa al comune circa 80 mila euro l'anno."),
    ("head", "Letto il verbale, i consiglieri di minoranza hanno chiesto un nuovo sopralluogo."),
    ("body", "Wpis do rejestru zabytków uniemożliwił rozbiórkę młyna w 2019 roku."),
    ("tail", "Postawienie nowej wieży ciśnień kosztowało gminę 4 mln zł."),
    ("head", "Запись на летние смены в лагерь откроется 1 апреля."),
    ("tail", "Комментариев от администрации района редакция так и не получила."),
]


HELD_OUT_50_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-science-magazine-news": _page("en", "en-science-magazine-news", [
        ["-Skip to main content", "-Log in | Register", "-Halvern Science Review",
         "-News · Features · Opinion · Podcasts · Subscribe", "-Subscribe from £1 a week — cancel anytime"],
        ["+Blind beetles found in flooded caves under Tessemoor Edge"],
        ["-By Nadia Orrell, Senior News Writer", "-6 March 2026 · 4 min read",
         "-Journal reference: Brennick, A. et al., Subterranean Biology Letters (2026)"],
        ["+A team from Wrexholt University has described three beetle species that live only in the flooded limestone caves beneath Tessemoor Edge, none of which has eyes or pigment."],
        ["-ADVERTISEMENT"],
        ["+The animals were first seen in 2023 by recreational cave divers, who filmed pale shapes moving across the silt of a sump nearly 40 metres below the surface."],
        ["+What the divers found",
         "+Three species, each confined to a single chamber of the cave system",
         "+Antennae up to twice the length of the body, used to find food in the dark",
         "+A metabolism slow enough to survive months without feeding"],
        ["-Image: One of the new species under the microscope. Credit: Wrexholt University"],
        ["+\"We think these chambers have been cut off from each other for at least two hundred thousand years,\" said Dr Ayla Brennick, who led the study."],
        ["-Related: Why deep-sea fish lose their eyes",
         "-Sign up for our weekly newsletter: the week in science, every Friday"],
        ["+The team warns that a proposed quarry extension two kilometres away could lower the water table and drain the upper chambers."],
        ["+The quarry operator said it would commission its own hydrological survey before the planning hearing in June."],
        ["-DOI: 10.0000/hsr.2026.0412", "-Topics: Ecology · Caves · Conservation",
         "-Share: Facebook · X · LinkedIn · Email", "-Comments (12)", "-More from News", "-Most read this week",
         "-© 2026 Halvern Science Review Ltd. All rights reserved.", "-Privacy · Cookies · Terms"],
    ]),
    "en-animal-rescue-update": _page("en", "en-animal-rescue-update", [
        ["-Furrow Lane Animal Rescue · Registered charity no. 0000000", "-Opening hours: Tue–Sun, 11am–4pm",
         "-Home · Adopt · Donate · Volunteer · Shop · News",
         "-🐾 Emergency appeal: £14,220 raised of £25,000", "-Donate now"],
        ["+Update: the 41 dogs from last month's puppy-farm seizure are settling in"],
        ["-Posted by Kerry (Rehoming Team) on 6 March 2026", "-Categories: News, Dogs, Appeals"],
        ["+Four weeks after inspectors removed 41 dogs from an unlicensed breeding unit outside Tessemoor, all but three are now eating normally and putting on weight."],
        ["+Most had never walked on grass or seen a lead, and our kennel staff have spent the first weeks simply sitting with them so they get used to people."],
        ["-Can you sponsor a kennel for £10 a month? Find out more"],
        ["+Where the dogs are now",
         "+27 in our kennels at Furrow Lane",
         "+9 with experienced foster families",
         "+5 still at the veterinary hospital"],
        ["+\"Some of the mums had been bred every season for years. Watching them play for the first time has been the best part of my job,\" said head of care Imogen Saltley."],
        ["-Photo: Bramble, a four-year-old spaniel, on her first walk. Please do not share without credit.",
         "-Read more: How to prepare your home for a rescue dog",
         "-🛒 Visit our charity shop on Tessemoor High Street"],
        ["+None of the dogs is ready for adoption yet, and we will not be taking applications until our vets have signed each one off."],
        ["+The case against the breeder is due to be heard at the magistrates' court in April."],
        ["-Please note: we are unable to respond to adoption enquiries about these dogs.",
         "-Share this post: Facebook · WhatsApp · Email", "-Leave a comment",
         "-Previous post: Cat of the month — meet Pickle", "-Next post: Volunteer open evening, 20 March",
         "-Gift Aid it! Add 25% to your donation at no extra cost",
         "-Furrow Lane Animal Rescue is a registered charity in England and Wales.",
         "-Contact us · Privacy policy · Cookie settings", "-Website by Kennelweb Studio"],
    ]),
    "fr-diocese-actualites": _page("fr", "fr-diocese-actualites", [
        ["-Aller au contenu", "-Rechercher", "-Diocèse de Castelmoureix",
         "-Le diocèse · Paroisses · Sacrements · Agenda · Faire un don",
         "-Horaires des messes : trouvez une église près de chez vous"],
        ["+L'église Saint-Aubin de Vaurignac fermée deux ans pour travaux"],
        ["-Publié le 6 mars 2026 par le service communication", "-Catégorie : Vie des paroisses"],
        ["+La charpente de l'église Saint-Aubin, classée en 1911, présente des fissures qui ont conduit la mairie de Vaurignac à interdire l'accès au public depuis janvier."],
        ["+Le chantier, estimé à 1,8 million d'euros, sera financé par la commune, propriétaire de l'édifice, avec l'aide de l'État et d'une souscription."],
        ["-Denier de l'Église : je donne en ligne", "-Prier avec nous : les intentions de la semaine"],
        ["+Ce qui change pour les paroissiens",
         "+Les messes dominicales sont célébrées à la salle Jean-XXIII, rue du Four",
         "+Les baptêmes et mariages sont accueillis à l'église Notre-Dame-des-Tilleuls",
         "+Les obsèques restent possibles à la chapelle du cimetière"],
        ["+« Une église fermée n'est pas une communauté fermée : nous continuerons à nous retrouver chaque dimanche », a déclaré le curé de la paroisse, le père Anselme Bourdaric."],
        ["-Photo : la nef de Saint-Aubin avant sa fermeture © Diocèse de Castelmoureix",
         "-Écouter Radio Clarté en direct",
         "-À lire aussi : Journées du patrimoine, les églises ouvrent leurs portes"],
        ["+La souscription ouverte par un fonds de dotation diocésain a recueilli 46 000 euros en un mois."],
        ["+Les travaux devraient commencer en septembre, après l'appel d'offres."],
        ["-Partager : Facebook · X · Courriel · Imprimer", "-Mots-clés : patrimoine, Vaurignac, travaux",
         "-Article précédent : Confirmations 2026 – inscriptions ouvertes",
         "-Recevoir la lettre d'information du diocèse", "-Suivez-nous sur Facebook et Instagram",
         "-Diocèse de Castelmoureix – 3 place de l'Évêché – 00000 Castelmoureix",
         "-Mentions légales · Politique de confidentialité · Plan du site", "-Gérer les cookies"],
    ]),
    "fr-alerte-consommateurs": _page("fr", "fr-alerte-consommateurs", [
        ["-Menu", "-Rechercher sur le site", "-Accueil > Alertes > Démarchage",
         "-Agence départementale de protection des consommateurs – Vaurignac",
         "-Signaler une arnaque : 00 00 00 00 00 (appel non surtaxé)"],
        ["+Alerte : de faux techniciens proposent des pompes à chaleur « gratuites » à domicile"],
        ["-Alerte n° 2026-07 · mise en ligne le 06/03/2026", "-Niveau de vigilance : élevé"],
        ["+Depuis février, une trentaine de ménages du secteur de Vaurignac ont signalé la visite de démarcheurs se présentant comme mandatés par la mairie."],
        ["+Ces vendeurs obtiennent une signature sur une tablette, présentée comme un simple diagnostic, qui vaut en réalité bon de commande pour un crédit de 18 000 euros."],
        ["-Vous avez été victime ? Remplissez le formulaire en ligne"],
        ["+Les bons réflexes",
         "+Aucune administration ne vend d'équipement à domicile",
         "+Vous disposez de quatorze jours pour vous rétracter après la signature",
         "+Ne communiquez jamais vos coordonnées bancaires lors d'une visite"],
        ["+« Certaines victimes ont plus de quatre-vingts ans et ne comprennent qu'elles se sont engagées qu'en recevant la première échéance », souligne la directrice de l'agence, Solène Vermandois."],
        ["-Téléchargez le modèle de lettre de rétractation (DOCX, 24 Ko)",
         "-Voir aussi : Arnaques au compte personnel de formation",
         "-Pour aller plus loin : fiche pratique « Le démarchage à domicile »"],
        ["+L'agence a transmis les signalements au parquet et invite les personnes concernées à porter plainte."],
        ["+Elle rappelle que la mairie de Vaurignac n'a missionné aucune entreprise."],
        ["-Cette page vous a-t-elle été utile ? Oui · Non", "-Partager cette alerte",
         "-Recevez nos alertes par SMS", "-Dernière mise à jour : 06/03/2026", "-Haut de page",
         "-Accueil du public : lun.–ven. 9 h–12 h, 4 rue des Halles",
         "-Mentions légales · Données personnelles · Accessibilité : partiellement conforme", "-Plan du site",
         "-Imprimer la page"],
    ]),
    "de-theater-pressemitteilung": _page("de", "de-theater-pressemitteilung", [
        ["-Zum Inhalt springen", "-Suche", "-LANDESTHEATER KRANICHSBRUNN",
         "-Spielplan · Tickets · Abos · Ensemble · Presse", "-Kasse: 00000 000000 · Mo–Sa 11–18 Uhr"],
        ["+Landestheater streicht die Sommerbühne – Intendantin verweist auf Energiekosten"],
        ["-Pressemitteilung vom 06.03.2026", "-Kategorie: Presse",
         "-Pressekontakt: Dramaturgie & Kommunikation, presse@landestheater-kranichsbrunn.example"],
        ["+Das Landestheater Kranichsbrunn wird in diesem Jahr keine Sommerbühne im Schlosspark bespielen."],
        ["+Nach Angaben der Theaterleitung sind die Kosten für Bühnentechnik, Strom und Sicherheitspersonal seit 2023 um fast 60 Prozent gestiegen."],
        ["-Jetzt Abo sichern und bis zu 30 % sparen"],
        ["+Was stattdessen geplant ist",
         "+Zwei Gastspiele im Großen Haus im Juli",
         "+Eine Lesereihe im Foyer an vier Sonntagen",
         "+Freier Eintritt für Schulklassen bei den Generalproben"],
        ["+„Wir hätten die Sommerbühne nur mit Eintrittspreisen halten können, die sich viele unserer Besucher nicht mehr leisten können“, sagte Intendantin Marlene Oberwies."],
        ["-Pressefotos zum Download (ZIP, 18 MB)",
         "-Foto: Probenszene aus „Der Fährmann“ © Jörn Lessmann",
         "-Zur Pressemappe der Spielzeit 2025/26"],
        ["+Bereits gekaufte Karten für die Sommerbühne können an der Theaterkasse erstattet oder umgetauscht werden."],
        ["+Der Förderverein kündigte an, 2027 Spenden für eine neue Tribüne sammeln zu wollen."],
        ["-Zeichen: 1.412 (inkl. Leerzeichen)", "-Abdruck honorarfrei, Beleg erbeten.",
         "-Zurück zur Übersicht", "-Newsletter abonnieren", "-Folgen Sie uns auf Instagram",
         "-Gefördert vom Land und der Stadt Kranichsbrunn",
         "-Impressum · Datenschutz · Barrierefreiheit", "-Cookie-Einstellungen"],
    ]),
    "de-bibliothek-blog": _page("de", "de-bibliothek-blog", [
        ["-Leichte Sprache · Gebärdensprache", "-Stadtbibliothek Mörlingshagen – Blog", "-Suche im Blog",
         "-Katalog durchsuchen · Mein Konto · Onleihe", "-Öffnungszeiten: Di–Fr 10–19, Sa 10–14 Uhr"],
        ["+Keine Mahngebühren mehr: Was sich ab April in der Bibliothek ändert"],
        ["-Gepostet am 6. März 2026 von Team Bibliothek", "-3 Kommentare"],
        ["+Ab dem 1. April verlangt die Stadtbibliothek Mörlingshagen keine Gebühren mehr für verspätet zurückgegebene Medien."],
        ["+Der Stadtrat hat die Änderung im Februar einstimmig beschlossen; die Einnahmen aus Mahngebühren lagen zuletzt bei rund 9.000 Euro im Jahr."],
        ["-Tipp: Verlängern Sie Ihre Ausleihen bequem online"],
        ["+Was gleich bleibt",
         "+Die Leihfrist beträgt weiterhin vier Wochen",
         "+Nach drei Erinnerungen wird das Konto vorübergehend gesperrt",
         "+Verlorene Medien müssen weiterhin ersetzt werden"],
        ["+„Wir haben gemerkt, dass gerade Familien mit Kindern aus Angst vor Gebühren nicht mehr zu uns kommen“, sagt Bibliotheksleiterin Anke Drewitz."],
        ["-Bild: Rückgabeautomat im Erdgeschoss (Foto: Stadtbibliothek)",
         "-Veranstaltungstipp: Vorlesestunde am Samstag, 10:30 Uhr",
         "-Lesen Sie auch: Unsere Lieblingsbücher im Februar"],
        ["+Andere Bibliotheken, die diesen Schritt gegangen sind, berichten, dass seitdem mehr Medien zurückkommen als vorher."],
        ["+Die Bibliothek will die Zahlen nach einem Jahr auswerten und im Kulturausschuss vorstellen."],
        ["-Schlagwörter: Gebühren, Ausleihe, Stadtrat", "-Teilen mit: Facebook · E-Mail · Drucken",
         "-Vorheriger Beitrag: Neue Tonies in der Kinderbibliothek",
         "-3 Antworten auf „Keine Mahngebühren mehr“",
         "-Jutta K. 6. März 2026 um 12:10 Endlich! Das hätte es schon viel früher geben sollen. Antworten",
         "-Schreibe einen Kommentar", "-Bloggen auf WordPress.com.",
         "-Stadtbibliothek Mörlingshagen · Marktstraße 4 · Impressum · Datenschutz", "-Nach oben"],
    ]),
    "it-zoo-blog": _page("it", "it-zoo-blog", [
        ["-Vai al contenuto", "-Parco Faunistico Roccalvina", "-Biglietti · Orari · Animali · Eventi · Blog",
         "-Oggi aperto dalle 9:30 alle 17:00", "-Acquista online e salta la coda!"],
        ["+Le lontre tornano nel torrente: primo rilascio dopo trent'anni"],
        ["-Scritto da Staff del Parco | 6 marzo 2026 | Conservazione", "-5 commenti"],
        ["+Quattro lontre nate nel nostro parco sono state liberate la settimana scorsa lungo il torrente Sarvo, nell'alta valle di Roccalvina."],
        ["+È il primo rilascio di lontre nella zona da quando la specie era scomparsa, alla fine degli anni Novanta."],
        ["-Adotta un animale: regala un'adozione simbolica a partire da 30 €"],
        ["+Come abbiamo preparato il rilascio",
         "+Sei mesi di addestramento alla caccia in un recinto con acqua corrente",
         "+Un collare GPS per ciascun animale, che si stacca da solo dopo un anno",
         "+Accordi con i pescatori della valle sui tratti da lasciare liberi"],
        ["+«Vederle sparire sott'acqua e riemergere cinquanta metri più in là è stato il momento più bello della mia carriera», racconta la veterinaria Chiara Bellantoni."],
        ["-Foto: una delle lontre al momento del rilascio (© Parco Faunistico Roccalvina)",
         "-Festa di primavera al Parco: 21 marzo, ingresso ridotto", "-Dona ora per il progetto lontre",
         "-Leggi anche: Benvenuto al piccolo panda rosso!"],
        ["+Nei primi dieci giorni le lontre si sono spostate di circa quattro chilometri, restando sempre nel torrente."],
        ["+Il prossimo rilascio è previsto per l'autunno, se i dati dei collari confermeranno che gli animali si sono ambientati."],
        ["-Condividi: Facebook · WhatsApp · Pinterest", "-Tag: lontre, rilascio, conservazione",
         "-Articolo precedente: I fenicotteri sono tornati", "-Lascia un commento",
         "-Iscriviti alla newsletter del Parco", "-Seguici su Instagram e TikTok",
         "-Parco Faunistico Roccalvina S.r.l. – P.IVA 00000000000 · Privacy Policy · Cookie Policy",
         "-Credits: web agency Lumera"],
    ]),
    "it-coop-agricola-notiziario": _page("it", "it-coop-agricola-notiziario", [
        ["-Accedi all'area soci", "-Cooperativa Agricola Pievemarna – Società Cooperativa",
         "-Area soci · Listino prezzi · Meteo agrario · Contatti",
         "-Quotazioni del giorno: grano duro 312 €/t · mais 208 €/t", "-Notiziario soci n. 3/2026"],
        ["+Grandinata del 2 marzo: la cooperativa anticipa i pagamenti ai soci colpiti"],
        ["-Redazione del notiziario – 6 marzo 2026", "-Categoria: Avvisi ai soci"],
        ["+La grandinata di domenica 2 marzo ha colpito circa 600 ettari di frutteti e ortaggi nella bassa valle di Pievemarna, con chicchi grandi come noci."],
        ["+Il consiglio di amministrazione ha deciso di anticipare ad aprile il saldo dei conferimenti 2025, previsto per giugno."],
        ["-Pubblicità: Agrifer, ricambi per trattori – sconto soci 10%",
         "-Corso di potatura: iscrizioni entro il 15 marzo"],
        ["+Come chiedere l'anticipo",
         "+Compilare il modulo in segreteria o nell'area riservata del sito",
         "+Allegare le foto dei danni con data e posizione",
         "+Indicare l'IBAN per l'accredito"],
        ["+«Chi ha perso il raccolto di pesche non può aspettare l'estate per pagare gli operai», ha spiegato il presidente Gianluca Ferratini."],
        ["-Foto: frutteto danneggiato a Pievemarna (archivio cooperativa)",
         "-Scarica il modulo di richiesta (PDF, 140 KB)",
         "-Meteo agrario: allerta gelate nelle notti di martedì e mercoledì"],
        ["+La cooperativa ha chiesto alla Regione il riconoscimento dello stato di calamità naturale."],
        ["+Un tecnico sarà a disposizione dei soci ogni giovedì mattina per i sopralluoghi."],
        ["-Per ricevere il notiziario via WhatsApp scrivi al 000 0000000",
         "-Orari magazzino: lun–sab 7:30–12:30", "-Notizie precedenti", "-Stampa la pagina",
         "-Cooperativa Agricola Pievemarna – Via dei Campi 12 – C.F. 00000000000",
         "-Iscritta all'Albo delle Cooperative n. A000000", "-Privacy · Cookie · Note legali", "-Torna su ↑"],
    ]),
    "pl-odpady-komunikat": _page("pl", "pl-odpady-komunikat", [
        ["-Wersja kontrastowa · A A A", "-Szukaj",
         "-Zakład Gospodarki Komunalnej we Wrzosogrodzie Sp. z o.o.",
         "-Harmonogramy · Opłaty · PSZOK · Aktualności · Kontakt", "-Biuro Obsługi Klienta: 00 000 00 00"],
        ["+Od kwietnia zmiana harmonogramu odbioru odpadów w zabudowie jednorodzinnej"],
        ["-Komunikat z dnia 06.03.2026", "-Opublikował: Dział Gospodarki Odpadami"],
        ["+Od 1 kwietnia odpady zmieszane z domów jednorodzinnych we Wrzosogrodzie będą odbierane co dwa tygodnie, a nie co tydzień."],
        ["+Zmiana wynika z nowej umowy z firmą wywozową, zawartej po przetargu rozstrzygniętym w lutym."],
        ["-Sprawdź harmonogram dla swojej ulicy — wyszukiwarka",
         "-Przypominamy o terminie opłaty za odpady za I kwartał"],
        ["+Co się zmienia",
         "+Odpady zmieszane – co dwa tygodnie, we wtorki",
         "+Bioodpady – co tydzień od kwietnia do października",
         "+Gabaryty – dwa razy w roku, według osobnego harmonogramu"],
        ["+„Mieszkańcy segregują coraz lepiej, więc pojemniki na odpady zmieszane są dziś często w połowie puste” – tłumaczy prezes spółki Grzegorz Wilczak."],
        ["-Pobierz harmonogram (PDF, 320 KB)",
         "-Aplikacja EkoWrzos – przypomnienia o odbiorze na telefon",
         "-Zobacz także: Gdzie oddać elektrośmieci?"],
        ["+Pojemniki należy wystawiać przed posesję do godziny 6:00 w dniu odbioru."],
        ["+Reklamacje dotyczące nieodebranych odpadów przyjmowane są do dwóch dni roboczych."],
        ["-Metryczka: wytworzył Dział Gospodarki Odpadami, wprowadziła Anna Zięba",
         "-Liczba odwiedzin: 1 284", "-Rejestr zmian", "-Drukuj · PDF", "-Powrót",
         "-Deklaracja dostępności", "-Polityka prywatności · Pliki cookie", "-© 2026 ZGK Wrzosogród"],
    ]),
    "pl-klub-turystyczny-relacja": _page("pl", "pl-klub-turystyczny-relacja", [
        ["-Zaloguj się", "-KTG „Piargi” Wrzosogród",
         "-Strona główna · Wyjazdy · Relacje · Galeria · Składki · Kontakt",
         "-Najbliższy wyjazd: 22 marca – zapisy do środy"],
        ["+Relacja: zimowe przejście grani Sinych Turni w mgle i wietrze"],
        ["-Dodane przez: Ewa z zarządu, 6 marca 2026", "-Kategoria: Relacje z wyjazdów"],
        ["+W sobotę czternaścioro członków klubu wyszło o szóstej rano ze schroniska pod Sinymi Turniami, mimo prognozy zapowiadającej porywisty wiatr."],
        ["+Na grani widoczność spadła miejscami do dwudziestu metrów, a szlak trzeba było odnajdywać po tyczkach."],
        ["-Zobacz galerię zdjęć (48)", "-Pogoda w górach: sprawdź komunikat lawinowy"],
        ["+Czego nauczyła nas ta wycieczka",
         "+Raki i czekan muszą być w plecaku także wtedy, gdy na dole nie ma śniegu",
         "+Grupę warto dzielić na zespoły z doświadczoną osobą na czele i na końcu",
         "+Godzinę odwrotu ustalamy przed wyjściem, a nie na grani"],
        ["+„Zawróciliśmy sto metrów przed szczytem i uważam, że to była najlepsza decyzja dnia” – pisze prowadzący wyjazd Bartosz Lemański."],
        ["-Zdjęcie: grupa na przełęczy, fot. Ewa Rudnik",
         "-Trasa na mapie: pobierz ślad GPX",
         "-Sponsor sprzętu: Sklep Górski Pionowo – 10% rabatu dla członków klubu"],
        ["+Zejście do schroniska zajęło dwie godziny, a po drodze spotkaliśmy ratowników, którzy sprawdzali szlak."],
        ["+Wszyscy wrócili cali, choć dwie osoby miały lekko odmrożone palce."],
        ["-Tagi: zima, grań, bezpieczeństwo",
         "-Składka członkowska na 2026 rok: 80 zł – prosimy o wpłaty do końca marca",
         "-Udostępnij na Facebooku", "-Komentarze (4)",
         "-Marek_W: Świetna decyzja z odwrotem, szacunek! · 6 marca 2026 · Odpowiedz",
         "-Poprzedni wpis: Walne zebranie członków", "-Napisz do nas: kontakt@piargi.example",
         "-© Klub Turystyki Górskiej „Piargi” · Strona oparta na WordPressie · Polityka prywatności",
         "-Drukuj wpis"],
    ]),
    "ru-studsoyuz-zayavlenie": _page("ru", "ru-studsoyuz-zayavlenie", [
        ["-Версия для слабовидящих", "-Поиск по сайту", "-Студенческий союз ВТПУ",
         "-Главная · Новости · Заявления · Документы · Вступить", "-Мы ВКонтакте и в Telegram"],
        ["+Заявление студенческого союза о повышении платы за общежития"],
        ["-06.03.2026 · Пресс-служба студсоюза", "-Просмотры: 2 311"],
        ["+Студенческий союз Верхнетуманского политехнического университета выступает против повышения платы за проживание в общежитиях с 1 сентября."],
        ["+По решению ректората стоимость места вырастет на 38 процентов, при этом ремонт в двух из пяти корпусов не проводился с 2012 года."],
        ["-Вступайте в студсоюз — заполните анкету на сайте"],
        ["+Наши требования",
         "+Отложить повышение до окончания ремонта корпусов № 2 и № 4",
         "+Сохранить льготную плату для студентов из многодетных семей",
         "+Опубликовать расчёт новой стоимости проживания"],
        ["+«Мы не против того, чтобы платить больше за нормальные условия, но сейчас нам предлагают платить больше за те же протекающие потолки», — заявила председатель союза Дарья Колесникова."],
        ["-Фото: общежитие № 4 на улице Строителей",
         "-Горячая линия для жильцов общежитий: напишите нашему боту",
         "-Читайте также: Итоги конференции обучающихся"],
        ["+Союз направил обращение ректору и попросил включить вопрос в повестку учёного совета."],
        ["+Если ответа не будет до конца марта, студенты намерены провести собрание в каждом общежитии."],
        ["-Поделиться: ВКонтакте · Telegram · Одноклассники", "-Теги: общежития, стоимость, заявление",
         "-Предыдущая запись: Весенний кубок по волейболу", "-Комментарии (17)",
         "-Войдите, чтобы оставить комментарий", "-Сайт работает на «1С-Битрикс»",
         "-© Студенческий союз ВТПУ, 2026 · Политика обработки персональных данных", "-Наверх",
         "-Подписаться на рассылку"],
    ]),
    "ru-kolonka-predprinimateli": _page("ru", "ru-kolonka-predprinimateli", [
        ["-Меню", "-Ассоциация предпринимателей Верхнетуманска",
         "-О нас · Члены ассоциации · Мероприятия · Колонки · Контакты",
         "-Стать членом ассоциации", "-Партнёр рубрики — банк «Северный кредит»"],
        ["+Колонка: платные парковки в центре убьют малый бизнес быстрее кризиса"],
        ["-Автор: Игорь Пташников, председатель совета ассоциации, владелец сети пекарен «Тёплый хлеб»",
         "-Мнение автора может не совпадать с позицией ассоциации"],
        ["+С 1 мая мэрия вводит платную парковку на всех улицах в пределах Садового полукольца, и я считаю это решение ошибкой."],
        ["+Наши покупатели — это в основном жители окраин и пригородов, которые приезжают в центр на машине за покупками один раз в неделю."],
        ["-Реклама"],
        ["+Что мы предлагаем мэрии",
         "+Первые 30 минут парковки — бесплатно",
         "+Скидку для жителей и работников центральных улиц",
         "+Перенос запуска на осень после обсуждения с предпринимателями"],
        ["+«Мы уже потеряли треть выручки за время ремонта улицы Почтовой, вторую такую потерю многие не переживут», — говорит владелица цветочного магазина Ольга Дьяченко."],
        ["-Подписывайтесь на наш Telegram-канал: новости для предпринимателей",
         "-Бизнес-завтрак ассоциации: 14 марта, 9:00, регистрация открыта",
         "-Фото: пустая улица Почтовая в субботу днём. Фото автора"],
        ["+Я не против порядка на улицах, но порядок не должен наводиться за счёт тех, кто платит налоги в этом городе."],
        ["+Ассоциация направила свои предложения в мэрию и ждёт ответа до конца апреля."],
        ["-Дата публикации: 06.03.2026", "-Теги: парковки, мэрия, малый бизнес", "-Поделиться",
         "-Другие колонки автора", "-Версия для печати",
         "-Оставьте комментарий — мы публикуем их после проверки модератором",
         "-© Ассоциация предпринимателей Верхнетуманска, 2026. При цитировании ссылка обязательна.",
         "-Разработка сайта — студия «Пиксель»", "-Наверх ↑"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-animal-rescue-update':
        "the animal-rescue update's sponsor-a-kennel appeal, its photo caption with a do-not-share request and its charity-shop plug between the paragraphs are left (3 of 20 noise lines)",
    'fr-diocese-actualites':
        "the diocese news page's Denier-de-l'Église donation link, prayer-intentions link and live-radio link between the paragraphs are left (3 of 20 noise lines)",
    'fr-alerte-consommateurs':
        "the consumer agency warning's victim-report form link and further-reading fact-sheet link between the paragraphs are left (2 of 20 noise lines)",
    'de-theater-pressemitteilung':
        "the theatre press release's subscription offer and press-kit link between the paragraphs are left (2 of 20 noise lines)",
    'de-bibliothek-blog':
        "the library blog's story-time event tip between the paragraphs is left (1 of 20 noise lines)",
    'it-zoo-blog':
        "the zoo blog's adopt-an-animal plug and spring-festival teaser between the paragraphs are left (2 of 20 noise lines)",
    'it-coop-agricola-notiziario':
        "the farmers' cooperative bulletin's pruning-course notice and frost-warning teaser between the paragraphs are left (2 of 20 noise lines)",
    'pl-odpady-komunikat':
        "the waste service notice's street-schedule search link and reminder-app plug between the paragraphs are left (2 of 20 noise lines)",
    'pl-klub-turystyczny-relacja':
        "the hiking club's next-trip line above the title, its posted-by and category lines under it, and its avalanche-bulletin link and GPX-track link between the paragraphs are left (5 of 20 noise lines)",
    'ru-studsoyuz-zayavlenie':
        "the student union statement's join-the-union appeal and hotline-bot line between the paragraphs are left (2 of 20 noise lines)",
    'ru-kolonka-predprinimateli':
        "the business association column's author line and disclaimer under the title and its business-breakfast announcement between the paragraphs are left (3 of 20 noise lines)",
}


test_held_out_50_line, test_held_out_50_line_is_kept, test_held_out_50_page = held_out_tests(
    HELD_OUT_50_LINES, HELD_OUT_50_KEEP, HELD_OUT_50_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
