"""Held-out set 49: written blind, weighted toward the noise the cleaner exists for, in shapes set 48's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
Gutenberg ad-inserter block comment '<!-- wp:ad-inserter/block {"block":4} /-->', an English
aggregator fetch stamp "(Via ... — feed item #48213, fetched 04/03/2026 06:55)", an English
"Partner content · This feed item is supplied by our distribution partner ..." label, a French HTML
ad comment "<!-- /pub : bloc_natif_2 -->", a French "Source : flux RSS du ... – tous droits réservés
à l'auteur" feed credit, a German unrendered Liquid include "{% include werbung-inhalt.html %}", a
German "Via: ... (RSS) – alle Rechte beim Urheber" credit, an Italian banner comment "<!-- Banner
300x250 inizio -->", an Italian "Fonte: feed della ... – tutti i diritti ai legittimi proprietari"
credit, a Polish single-bracketed shortcode "[reklama_srodek_tekstu]", a Polish "Źródło: kanał RSS
... – prawa autorskie należą do wydawcy" credit, a Russian Yandex.RTB block comment and a Russian
"Источник: RSS-лента «...». Все права принадлежат правообладателю." credit), reading-time and date
headers in new shapes (an English "Last reviewed: ... · Next review due: ..." page-review header, an
English "Time to read: 3–4 minutes (updated twice since publication)", a French "Publié le mer.
04/03/2026 · temps de lecture estimé : 3 min 30 s", a German "Lesezeit ca. 4 Minuten – Stand:
04.03.2026", an Italian "Pubblicato mercoledì ... alle ore 7.05 — tempo stimato 4 minuti", a Polish
"Czas czytania: ok. 4 minut · aktualizacja: ..., godz. 8:10" and a Russian "04.03.2026 · 07:40 МСК ·
читать 4 минуты"), bylines with bio and self-promotion (an English bio with a podcast and newsletter
plug, an English PayPal tip-jar of a sports blogger, an English candidate's byline with a vote plug, a
French freelance writing-and-proofreading services plug, a German Steady membership plug, an Italian
bio with a consulting and Instagram plug, a Polish YouTube-channel and Zrzutka plug and a Russian
"Об авторе: ..." bio with online consultations via VKontakte), blog and site-builder footers (Weebly,
Carrd, Dotclear, Jimdo, Altervista, Wix.com, Tilda), reader comment lines (an English Reddit-like
vote-and-reply row, an English "Showing 3 of 41 comments · Load more · Sort by" bar, an English
held-for-moderation note, a French reply-to-a-commenter row, a German reader-comment counter with a
registered-users-only note, an Italian pre-moderation note, the Polish WordPress comment-form line
and a Russian "Показать ещё 12 комментариев из 46"), an English read-later/pin share row and an
English pre-election-period notice; and toward whole scraped news and opinion pages in layouts sets
41 to 48 did not use (a hospital trust's press news, a US police department's blotter item, a
university's newsroom story, a chamber of commerce e-mail newsletter item, a city museum's news, a
volunteer fire brigade's operations report, a regional parliament's press release, an environmental
NGO's campaign update, a fan's match-opinion blog, a transport operator's service news, a housing
cooperative's tenant news and a local election candidate's blog).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 48) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 48, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 48's with 48 -> 49, including its third table ``_KEEP_XFAIL``. Nothing below was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s49 at commit f00677909e3ec10d9ebe5aa52876c919af5466eb, the HEAD recorded at my first step;
it did not move before the worktrees were made) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but
the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) Before the
measurement the draft was executed from a scratch folder (/tmp/s49-scratch) with a stand-in
``page_from_blocks`` that only counted lines and checked that no page noise line repeats on its page,
is a substring of an article line of its page or repeats a line of ``HELD_OUT_49_LINES`` (no case was
run through the cleaner): the pages first had 14 to 19 noise lines and 9 article lines, so a closing
paragraph was added to ten pages and skip links, share, print, counter and footer lines to every
page to reach 20 noise and 10 article lines a page; three page lines equal to lines of the line list
(the Tilda footer, the Jimdo footer and the review-date header) were reworded on their pages, and the
museum page's header "Stadtmuseum Falkenbrink", a substring of its first paragraph, was reworded. (3)
The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen; the problems were then read out once with ``_problems`` in the frozen worktree
(a script that ran it on every line, keep line and page of this set and printed the problems), to
write the xfail reasons. (4) Invented place names were checked, before the measurement, against the
helper's exact-string search over public GitHub files and my own memory; no gazetteer was available,
so this is not a proof that they do not exist: Crindlebury, Vossingham, Sauvergnac, Montferlade,
Falkenbrink, Valtorsenna, Jarzębinowo, Нижнезвонск and Harnell Park had no hits; "Albrina" (a stream
and Borgo Albrina) occurs only as a given name. A second French town first named "Brévanne" was
renamed Montferlade because the search found the real commune Limeil-Brévannes. Not checked and
possibly coinciding with real ones: Vossing Ward, Mill Row, Tamsin Avenue, rue des Tanneurs, cours des
Arcades, Lohgasse, Am Markt, Molino Vecchio, Palazzo dei Priori, ulica Kolejowa and ulica Lipowa,
Заречная улица (generic street and locality names that exist in many real towns), the organisations,
papers, blogs and sites (Crindlebury Hospitals NHS Foundation Trust, Crindlebury General, Vossingham
Police Department, CivicPress CMS, Harbourline Daily, Terrace Talk, Mind the Gap Year, Université de
Sauvergnac, Courrier de Sauvergnac, CCI Sauvergnac-Montferlade, Banque des Coteaux, Stadtmuseum
Falkenbrink, Falkenbrinker Nachrichten, Freiwillige Feuerwehr Falkenbrink, Consiglio regionale della
Valtorsenna, Gazzetta di Valtorsenna, Fiumi Liberi Valtorsenna ODV, Trybuna Jarzębinowo, Orlęta
Jarzębinowo, Kurier Jarzębinowski, MZK Jarzębinowo, the YouTube channel „Mecz po meczu”, ЖСК «Берёзовая
роща», «Нижнезвонский вестник») and the people. (5) Some lines name real things, as real pages do:
WordPress and its Gutenberg comments, Ad Inserter, Liquid/Jekyll includes, Yandex.RTB, Weebly, Carrd,
PayPal, Pocket, Flipboard ("Flip it"), Dotclear and its Ductile theme, Steady, Jimdo, Altervista,
Instagram, YouTube, Zrzutka, Wix.com, Tilda, ВКонтакте, Одноклассники, Telegram, Facebook, X,
Nextdoor, LinkedIn, WhatsApp, Messenger, Moodle, Sendinblue, the theme name "Sportpress" (close to the real SportsPress plugin), Google
Play, App Store, the NHS, PKP, BIP, RODO/RGPD, the Italian 5x1000 and the German fire-service alarm
keywords and vehicle codes; e-mail addresses and URLs of invented sites use the .example domain, and
phone, tax, bank and case numbers are zero-filled or invented. (6) Three marker shapes are close
relatives of shapes earlier sets used, though not the same wording: the German Liquid "{% include
... %}" is, like set 48's "{{ sponsored_block ... }}", an unrendered template tag, and the Polish
"[reklama_srodek_tekstu]" is, like set 48's French "[[...]]" and Italian '[sc name=...]', a bracketed
ad shortcode; the HTML-comment ad markers are a family of their own here.

Judgement calls: the keep lines opening with "Powered by two diesel generators", "Showing the cracked
beam", "Source material", "Reply slips", "Time to read the small print", "Written evidence", "Made
with recycled steel", "Publié en 1987", "Source de conflits", "Réponse du maire", "Quelle des
Problems", "Unterstützen wollen", "Kommentieren wollte", "Fonte di preoccupazione", "Pubblicato il
bando", "Commenti positivi", "Źródło zanieczyszczenia", "Czas oczekiwania", "Источник
финансирования" and "Комментарии жильцов" are article sentences. Page-review dates and dates with
reading times are counted as reading-time lines; bios with podcast, tip-jar, candidacy, services,
membership, consulting, channel and consultation plugs as bylines; blog-engine and site-builder
credits as footers; comment rows, counters, load-more bars, moderation notes and comment forms as
comments; ad comments, template includes, shortcodes, feed stamps, partner labels and feed credits as
markers; the pre-election-period line as a notice. On every page the title, the subheading, its
three list rows, the quote and the paragraphs around them are article (10 lines a page) and
everything else is noise (20 lines a page); in particular on en-hospital-press-news the trust name,
emergency numbers, "Press release · Published" line, image caption, media enquiries and notes to
editors are noise; on en-police-blotter the department name, blotter label, preliminary-information
line, case number, location, tip line, mugshot line and presumption-of-innocence line are noise, the
charges list is article; on fr-universite-actualite the photo credit and press contact are noise; on
fr-cci-lettre the view-online line, masthead, sender line, adviser link, bank ad and agenda line are
noise; on de-museum-news the opening hours, tickets, caption, press-image download and friends'-society
plug are noise; on de-feuerwehr-einsatzbericht the report number, alarm time, alarm keyword, vehicles,
other services, photo credit and crew strength are noise, the narrative and the measures list are
article; on it-consiglio-regionale-comunicato the release number and date, live stream, attachments,
video and sitting lines are noise; on it-ong-campagna the 5x1000 appeal, signature counter, share
line and caption are noise; on pl-blog-meczowy the posted-by line, ad label, see-also, highlights
link, tip appeal and comments are noise, the blogger's opinion text is article; on
pl-przewoznik-komunikaty the app-download, detour-map, passenger-information and published-by lines
are noise; on ru-zhilkooperativ-novosti the announcement date, meter-reading reminder, minutes download
and dispatch number are noise; on ru-kandidat-blog the blog title, post date, campaign-fund imprint,
volunteer and vote plugs, share row and comments are noise, the candidate's first-person post is
article. The rows: en-hospital-press-news "What the new unit offers", en-police-blotter "Charges filed
so far", fr-universite-actualite "Les prochaines étapes du projet", fr-cci-lettre "Les conditions à
remplir", de-museum-news "Was mit dem Nachlass geschieht", de-feuerwehr-einsatzbericht "Eingesetzte
Maßnahmen", it-consiglio-regionale-comunicato "Cosa prevede la legge", it-ong-campagna "Cosa abbiamo
ottenuto finora", pl-blog-meczowy "Trzy rzeczy, które przesądziły o wyniku",
pl-przewoznik-komunikaty "Co się zmienia dla pasażerów", ru-zhilkooperativ-novosti "График работ" and
ru-kandidat-blog "Что я предлагаю вместо переноса", each with three rows; all of them are article.

Contents: 45 noise lines (marker 13, reading-time 7, byline 8, footer 7, comments 8, share 1, notice
1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-hospital-press-news (a hospital trust's press release on a maternity unit opening late),
en-police-blotter (a police department's blotter item on a pursuit ending in a park pond),
fr-universite-actualite (a university newsroom story on a plastic-eating bacterium),
fr-cci-lettre (a chamber of commerce e-mail newsletter item on shop-front renovation grants),
de-museum-news (a city museum's news on a photographer's estate), de-feuerwehr-einsatzbericht (a
volunteer fire brigade's operations report on a joinery fire), it-consiglio-regionale-comunicato (a
regional parliament's press release on a law for small mountain villages), it-ong-campagna (an
environmental NGO's campaign update on a suspended hydro plant), pl-blog-meczowy (a fan's blog opinion
on a lost derby, with comments), pl-przewoznik-komunikaty (a city transport operator's service news on
a bus detour), ru-zhilkooperativ-novosti (a housing cooperative's tenant news on lift replacement),
ru-kandidat-blog (a city-council candidate's blog post against moving a market, with comments); every
page holds a title, a subheading with list rows, a quote in the article and noise above the title,
between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit f00677909e3ec10d9ebe5aa52876c919af5466eb, measured with
``cd /tmp/wt-s49 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s49/src python -m pytest
-q tests/test_clean_held_out_49.py -rA -p no:cacheprovider`` (26 failed, 51 passed) and
``cd /tmp/wt-s49 && PYTHONPATH=/tmp/wt-s49/src python scripts/clean_held_out_report.py --sets 49``,
with the xfail tables empty): noise lines removed 31/45 (marker 9/13, reading-time 5/7, byline 3/8,
footer 6/7, comments 7/8, share 1/1, notice 0/1; missed, all kept as paragraphs: the English "Partner
content · This feed item is supplied by our distribution partner and is not edited by our newsroom.",
the English "Last reviewed: 4 March 2026 · Next review due: March 2027", the English "Time to read:
3–4 minutes (updated twice since publication)", the English "Dana Whitlock is a transport planner
turned blogger. Her podcast, ...", the English "If this match report helped, stick a quid in the
virtual bucket: paypal.me/terracetalk-example", the English "Written by Owen Farrant, Crindlebury
resident, ... Vote Farrant on 7 May!", the English "Comments are held for moderation and may take up
to 24 hours to appear.", the English "Pre-election period: this page will not be updated until after
polling day on 7 May.", the French "Blog propulsé par Dotclear · Thème Ductile", the German "Via:
Falkenbrinker Nachrichten (RSS) – alle Rechte beim Urheber", the Italian "Fonte: feed della Gazzetta
di Valtorsenna – tutti i diritti ai legittimi proprietari", the Italian "Davide Ronchetti, ingegnere e
blogger. Per collaborazioni e consulenze scrivimi a ...", the Polish "Autor prowadzi kanał na YouTube
„Mecz po meczu” — zasubskrybuj i wesprzyj go przez Zrzutkę." and the Russian "Источник: RSS-лента
«Нижнезвонского вестника». Все права принадлежат правообладателю."); keep lines kept 20/20; pages
0/12 clean, 46 of 240 page noise lines left and 0 of 120 article lines lost: en-hospital-press-news 4
left ("Crindlebury Hospitals NHS Foundation Trust", "Emergency? Call 999. For urgent advice call
111.", "Press release · Published 4 March 2026" and "Image: an artist's impression of the unit's
entrance (Crindlebury Hospitals)"); en-police-blotter 7 left ("Vossingham Police Department",
"BLOTTER · Incidents from the past 24 hours", "This information is preliminary and subject to
change.", "Case #26-004117", "Location: 1400 block of Tamsin Ave", "Have information? Call the tip
line ..." and "Mugshot available on request to credentialed media."); fr-universite-actualite 1 left
("Crédit photo : Service communication – Université de Sauvergnac"); fr-cci-lettre 6 left ("Ce
message vous est adressé par la CCI Sauvergnac-Montferlade", "Vous ne parvenez pas à lire ce message
? Version en ligne", "La Lettre éco de la CCI Sauvergnac-Montferlade · n° 112 · mars 2026", "▶ Vous
êtes commerçant ? Prenez rendez-vous avec votre conseiller", "Publicité — Banque des Coteaux,
partenaire des entreprises" and "Agenda : atelier « Vendre en ligne » le 19 mars, 8 h 30");
de-museum-news 3 left ("Heute geöffnet: 10–18 Uhr", "Tickets online kaufen" and "Mitmachen: Werden
Sie Mitglied im Förderverein"); de-feuerwehr-einsatzbericht 4 left ("Stichwort: B3 – Brand Gewerbe",
"Eingesetzte Fahrzeuge: HLF 20, DLK 23/12, TLF 3000, ELW 1", "Weitere Kräfte: Rettungsdienst,
Polizei, Stadtwerke" and "Mannschaftsstärke: 38"); it-consiglio-regionale-comunicato 4 left
("Diretta streaming delle sedute", "Allegati: testo approvato (PDF) · relazione tecnica (PDF)",
"Video dell'intervento in aula" and "Seduta n. 88 · Ordine del giorno"); it-ong-campagna 3 left
("Firma anche tu: 12.480 firme su 15.000 ▓▓▓▓▓▓▓▓░░", "Condividi la petizione su WhatsApp" and "Foto:
il torrente Albrina in località Molino Vecchio (archivio Fiumi Liberi)"); pl-blog-meczowy 1 left
("Skrót meczu na YouTube (3:42)"); pl-przewoznik-komunikaty 6 left ("Przejdź do treści głównej",
"Strona używa plików cookie. Akceptuję", "Miejskie Zakłady Komunikacyjne w Jarzębinowie", "Pobierz
aplikację MZK Jarzębinowo z Google Play lub App Store", "Schemat objazdu (JPG, 1,2 MB)" and
"Informacja pasażerska: 00 000 00 00 (pn.–pt. 7–19)"); ru-zhilkooperativ-novosti 2 left ("Напоминаем:
показания счётчиков принимаются с 20 по 25 число" and "Аварийно-диспетчерская служба: 8 (000)
000-00-00, круглосуточно"); ru-kandidat-blog 5 left ("Блог Андрея Вершинина — кандидата в городскую
думу Нижнезвонска, округ № 7", "Запись от 4 марта 2026", "Оплачено из средств избирательного фонда
кандидата Вершинина А. П.", "Стать волонтёром кампании — заполните анкету" and "Голосуйте 13
сентября! Узнать свой участок"). The failing cases are strict xfails.

Still held out after round 47 (developed on set 48; measured once at e6d22c1 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 49`` and pytest on
this file): exactly at its baseline — lines 31/45, keep 20/20, pages 0/12 clean, 46 of 240 page noise
lines left, 0 article lines lost.

Round 48 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 49`` and ``pytest tests/test_clean_held_out_49.py`` at
49be2f2 (before) and the round's last commit on branch round48 (after): noise lines 31 -> 45/45
(marker 9 -> 13/13, reading-time 5 -> 7/7, byline 3 -> 8/8, footer 6 -> 7/7, comments 7 -> 8/8, share
1 -> 1/1, notice 0 -> 1/1), pages 0 -> 4/12 clean, page noise lines left 46 -> 24 of 240, article lines
lost 0 -> 0 of 120. As classes in six languages: a feed named as the source with the rights left to
the owner ("Via: ... (RSS) – alle Rechte beim Urheber", "Fonte: feed della ... – tutti i diritti ai
legittimi proprietari", "Источник: RSS-лента «...». Все права принадлежат правообладателю.") and a
feed item "supplied by our distribution partner" under a partner label are credits; a page's review
dates ("Last reviewed: ... · Next review due: ...") and a reading time with a bracketed update note
are reading-time headers; Dotclear, PluXml, Typepad and Carrd are blog platforms of the footers (and
the English "made with" footer no longer takes a comma clause of reported speech); a note that the
page will not be updated until a date is a notice; comments "held for moderation" are moderated; a
bio's podcast or newsletter with when it comes out, a call for work ("Per collaborazioni e consulenze
scrivimi a ..."), a candidate's call to vote, a tip jar's link (paypal.me, ko-fi, Zrzutka) closing a
plea and the Polish "zasubskrybuj" after a channel are self-promotion. On the pages: a credit with
the credit word first ("Crédit photo : ..."), a caption with its holder in brackets, a file's short
title with type and size, an attachments row, a short video-platform link with its duration, a
service's phone line with its hours, a press release's label with its date and a post's date, a
Polish skip link with "głównej" and a cookie banner without a determiner (pl, ru), an app prompt
naming the stores, a petition share and a signature counter, a venue's opening hours today,
an election campaign's imprint and a vote-day call, and a mail's web-view prompt and sender go.
Pages: fr-universite-actualite 1 -> 0, it-ong-campagna 3 -> 0, pl-blog-meczowy 1 -> 0,
pl-przewoznik-komunikaty 6 -> 0, en-hospital-press-news 4 -> 2, fr-cci-lettre 6 -> 4, de-museum-news
3 -> 1, it-consiglio-regionale-comunicato 4 -> 3, ru-zhilkooperativ-novosti 2 -> 1, ru-kandidat-blog 5
-> 2; unchanged: en-police-blotter 7 and de-feuerwehr-einsatzbericht 4. Keep lines 20 -> 20/20.
Article lines lost 0 -> 0. No other set's figures changed (sets 10 to 48 measured before and after); no
xfail of sets 10 to 48 started to pass.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_49_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", '<!-- wp:ad-inserter/block {"block":4} /-->', "marker"),
    ("tail", "(Via Harbourline Daily — feed item #48213, fetched 04/03/2026 06:55)", "marker"),
    ("body", "Partner content · This feed item is supplied by our distribution partner and is not edited by our newsroom.", "marker"),
    ("head", "Last reviewed: 4 March 2026 · Next review due: March 2027", "reading-time"),
    ("head", "Time to read: 3–4 minutes (updated twice since publication)", "reading-time"),
    ("tail", "Dana Whitlock is a transport planner turned blogger. Her podcast, Mind the Gap Year, drops every Friday and her newsletter is free.", "byline"),
    ("tail", "If this match report helped, stick a quid in the virtual bucket: paypal.me/terracetalk-example", "byline"),
    ("tail", "Written by Owen Farrant, Crindlebury resident, parent of two and Independent candidate for Vossing Ward. Vote Farrant on 7 May!", "byline"),
    ("tail", "Powered by Weebly · Create your own unique website with customizable templates.", "footer"),
    ("tail", "© 2026 Owen Farrant for Vossing Ward · Made with Carrd", "footer"),
    ("tail", "▲ 12 ▼ | MillRowMum replied to GPryce (4 Mar, 11:42): typical, nobody asked the people on Mill Row | Reply | Flag", "comments"),
    ("tail", "Showing 3 of 41 comments · Load more · Sort by: Newest", "comments"),
    ("tail", "Comments are held for moderation and may take up to 24 hours to appear.", "comments"),
    ("tail", "Pin it · Flip it · Save to Pocket · Copy link", "share"),
    ("head", "Pre-election period: this page will not be updated until after polling day on 7 May.", "notice"),
    # French (6)
    ("body", "<!-- /pub : bloc_natif_2 -->", "marker"),
    ("tail", "Source : flux RSS du Courrier de Sauvergnac – tous droits réservés à l'auteur", "marker"),
    ("head", "Publié le mer. 04/03/2026 · temps de lecture estimé : 3 min 30 s", "reading-time"),
    ("tail", "Journaliste indépendant, Hugo Lestrade propose aussi ses services de rédaction et de relecture : hugolestrade.example/tarifs", "byline"),
    ("tail", "Blog propulsé par Dotclear · Thème Ductile", "footer"),
    ("tail", "Réponse de Yvette_S. à Marc L. (04/03 à 09h12) : Et le parking, on en parle ? — J'aime (2) · Signaler", "comments"),
    # German (6)
    ("body", "{% include werbung-inhalt.html %}", "marker"),
    ("tail", "Via: Falkenbrinker Nachrichten (RSS) – alle Rechte beim Urheber", "marker"),
    ("head", "Lesezeit ca. 4 Minuten – Stand: 04.03.2026", "reading-time"),
    ("tail", "Gefällt Ihnen, was Miriam Quendt schreibt? Unterstützen Sie ihre Arbeit über Steady – schon ab 3 € im Monat.", "byline"),
    ("tail", "Erstellt mit Jimdo | Anmelden | Sitemap", "footer"),
    ("tail", "23 Leserkommentare · Neueste zuerst · Kommentieren nur für registrierte Nutzer", "comments"),
    # Italian (6)
    ("body", "<!-- Banner 300x250 inizio -->", "marker"),
    ("tail", "Fonte: feed della Gazzetta di Valtorsenna – tutti i diritti ai legittimi proprietari", "marker"),
    ("head", "Pubblicato mercoledì 4 marzo 2026 alle ore 7.05 — tempo stimato 4 minuti", "reading-time"),
    ("tail", "Davide Ronchetti, ingegnere e blogger. Per collaborazioni e consulenze scrivimi a davide@ronchetti.example o seguimi su Instagram.", "byline"),
    ("tail", "Questo sito è realizzato con Altervista · Crea il tuo sito gratis", "footer"),
    ("tail", "I commenti sono sottoposti a moderazione preventiva e vengono pubblicati entro 24 ore.", "comments"),
    # Polish (6)
    ("body", "[reklama_srodek_tekstu]", "marker"),
    ("tail", "Źródło: kanał RSS Kuriera Jarzębinowskiego – prawa autorskie należą do wydawcy", "marker"),
    ("head", "Czas czytania: ok. 4 minut · aktualizacja: 04.03.2026 r., godz. 8:10", "reading-time"),
    ("tail", "Autor prowadzi kanał na YouTube „Mecz po meczu” — zasubskrybuj i wesprzyj go przez Zrzutkę.", "byline"),
    ("tail", "Strona wykonana w kreatorze Wix.com — stwórz własną stronę za darmo", "footer"),
    ("tail", "Dodaj komentarz (Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *)", "comments"),
    # Russian (6)
    ("body", "<!-- Yandex.RTB R-A-000000-3 -->", "marker"),
    ("tail", "Источник: RSS-лента «Нижнезвонского вестника». Все права принадлежат правообладателю.", "marker"),
    ("head", "04.03.2026 · 07:40 МСК · читать 4 минуты", "reading-time"),
    ("tail", "Об авторе: Игорь Селиванов — юрист, 15 лет в ЖКХ. Консультации онлайн — запись в личных сообщениях ВКонтакте.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Показать ещё 12 комментариев из 46", "comments"),
]

HELD_OUT_49_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Powered by two diesel generators, the field hospital ran for nine days without a mains supply."),
    ("body", "Showing the cracked beam to reporters, the site manager said repairs would start in May."),
    ("head", "Source material for the exhibition came from three family archives in the old mill district."),
    ("body", "Reply slips returned by tenants show that 61 per cent want the boiler replacement brought forward."),
    ("tail", "Time to read the small print, the auditor warned, before any councillor signs the lease."),
    ("body", "Written evidence from the bus operator was published on Tuesday afternoon."),
    ("tail", "Made with recycled steel, the new footbridge weighs less than half as much as the old one."),
    # French (3)
    ("body", "Publié en 1987, le plan de prévention des crues n'avait jamais été révisé depuis."),
    ("body", "Source de conflits depuis dix ans, le parking de la gare sera finalement agrandi."),
    ("tail", "Réponse du maire : la piscine rouvrira en septembre au plus tard."),
    # German (3)
    ("body", "Quelle des Problems ist laut Gutachten ein undichter Kanal unter der Hauptstraße."),
    ("body", "Unterstützen wollen die Fraktionen vor allem Familien mit kleinen Kindern."),
    ("tail", "Kommentieren wollte die Polizei den Vorfall am Mittwoch nicht."),
    # Italian (3)
    ("body", "Fonte di preoccupazione per i residenti è soprattutto il traffico dei camion."),
    ("body", "Pubblicato il bando, le imprese avranno trenta giorni per presentare le offerte."),
    ("tail", "Commenti positivi sono arrivati anche dall'opposizione, che ha votato a favore."),
    # Polish (2)
    ("body", "Źródło zanieczyszczenia wskazali dopiero inspektorzy ochrony środowiska."),
    ("tail", "Czas oczekiwania na wizytę u kardiologa skrócił się do sześciu tygodni."),
    # Russian (2)
    ("body", "Источник финансирования ремонта в администрации пока не назвали."),
    ("tail", "Комментарии жильцов управляющая компания обещала учесть до конца месяца."),
]


HELD_OUT_49_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-hospital-press-news", [
        ["-Crindlebury Hospitals NHS Foundation Trust",
         "-Home > About us > News and media > Press releases",
         "-A–Z of services | Find us | Visiting times | Contact",
         "-Emergency? Call 999. For urgent advice call 111."],
        ["+New maternity unit at Crindlebury General to open in June",
         "-Press release · Published 4 March 2026",
         "+The trust's new maternity unit will take its first patients on 2 June, three months later than planned."],
        ["+Work on the unit stalled last autumn when a contractor went into administration and the site stood empty for eleven weeks."],
        ["-Related: Changes to visiting on Ward 7 from 1 April",
         "-Download this release (PDF, 214 KB)"],
        ["+What the new unit offers",
         "+Twelve single birthing rooms, four with birthing pools",
         "+A neonatal unit with ten cots on the same floor",
         "+A bereavement suite with its own entrance"],
        ["-Image: an artist's impression of the unit's entrance (Crindlebury Hospitals)"],
        ["+\"Families told us they wanted privacy and a calm space, and this building gives them both,\" said Head of Midwifery Carys Penhallow.",
         "+Until June, births will continue at the existing unit on Level 3."],
        ["+The trust said the old unit's rooms would be turned into outpatient clinics."],
        ["-Media enquiries: communications@crindlebury-hospitals.example | 01000 000000 (out of hours via switchboard)",
         "-Notes to editors: the trust employs around 6,200 staff across two sites.",
         "-Was this page useful? Yes / No",
         "-Page last reviewed: 04/03/2026 · Next review: 03/2027",
         "-Follow us on Facebook, Instagram and LinkedIn",
         "-Accessibility statement · Freedom of Information · Privacy notice · Cookies",
         "-© Crindlebury Hospitals NHS Foundation Trust 2026",
         "-Translate this page ▾",
         "-Back to top ↑",
         "-Join our staff bank – flexible shifts available",
         "-Sign up to become a foundation trust member",
         "-Rate this page: ☆☆☆☆☆"]]),
    _page("en", "en-police-blotter", [
        ["-Skip to main content",
         "-Vossingham Police Department",
         "-BLOTTER · Incidents from the past 24 hours",
         "-Posted by PIO Desk · Mar 4 2026 8:02 AM",
         "-This information is preliminary and subject to change."],
        ["+Driver arrested after pursuit ends in Harnell Park pond",
         "+A 34-year-old man was arrested early Wednesday after a pursuit that ended when his pickup rolled into the pond at Harnell Park."],
        ["-Case #26-004117",
         "-Location: 1400 block of Tamsin Ave",
         "+Officers first tried to stop the truck on Tamsin Avenue shortly after 2 a.m. for driving without headlights."],
        ["+Charges filed so far",
         "+Felony eluding a police officer",
         "+Driving under the influence",
         "+Criminal damage to park property"],
        ["-Have information? Call the tip line at 000-000-0000 or text VPDTIP to 000000. You can remain anonymous.",
         "+\"He got out on his own and waded to the bank, which frankly was the luckiest part of the night,\" Sgt. Lorena Vick said."],
        ["-Mugshot available on request to credentialed media.",
         "+No one else was hurt, and park staff said the pond would be drained to check for fuel leaks."],
        ["+The driver is being held at the county jail pending a court appearance on Friday."],
        ["-All persons arrested are presumed innocent until proven guilty in a court of law.",
         "-« Previous entry: Mar 3 · Next entry: Mar 5 »",
         "-Subscribe to the daily blotter by email",
         "-Follow VPD on X and Nextdoor",
         "-File a police report online · Request records · Crime map",
         "-Non-emergency: 000-000-0000 | Emergency: 911",
         "-Vossingham Police Department · 200 Civic Plaza · Vossingham",
         "-Powered by CivicPress CMS",
         "-Translate | Accessibility | Site map",
         "-Share this entry: Facebook | X | Email",
         "-Crime prevention tips: lock it, hide it, keep it"]]),
    _page("fr", "fr-universite-actualite", [
        ["-Aller au contenu principal",
         "-Université de Sauvergnac",
         "-Accueil › Actualités › Recherche",
         "-Formation | Recherche | International | Vie de campus",
         "-ENT · Moodle · Annuaire"],
        ["+Un laboratoire de Sauvergnac identifie une bactérie capable de dégrader un plastique agricole",
         "-Actualité · 4 mars 2026 · Faculté des sciences",
         "+Une équipe du laboratoire de microbiologie des sols a isolé une bactérie qui dégrade en quelques semaines les films de paillage utilisés dans les vignes."],
        ["+Les résultats, publiés cette semaine, s'appuient sur trois ans de prélèvements dans des parcelles de la vallée."],
        ["-À lire aussi : Journée portes ouvertes le 14 mars",
         "-Partager : Facebook · LinkedIn · Courriel"],
        ["+Les prochaines étapes du projet",
         "+Tester la bactérie en conditions réelles sur deux domaines",
         "+Mesurer les résidus laissés dans le sol",
         "+Déposer un brevet avec la société d'accélération du transfert"],
        ["-Crédit photo : Service communication – Université de Sauvergnac"],
        ["+« Nous ne promettons pas de miracle, mais c'est la première souche qui fonctionne à température ambiante », souligne la microbiologiste Aurélie Castagnède.",
         "+Le laboratoire cherche maintenant des viticulteurs volontaires pour les essais de l'été."],
        ["+Le projet est financé par la région pour un montant de 420 000 euros."],
        ["-Contact presse : presse@univ-sauvergnac.example",
         "-Mots-clés : recherche, environnement, agriculture",
         "-Toutes les actualités",
         "-Candidater · Faire un don à la Fondation",
         "-Mentions légales · Accessibilité : partiellement conforme · Plan du site",
         "-Suivez-nous : Instagram | LinkedIn | YouTube",
         "-© 2026 Université de Sauvergnac",
         "-Haut de page",
         "-Gestion des cookies",
         "-Vous êtes journaliste ? Accédez à l'espace presse",
         "-Université de Sauvergnac · 12 cours des Arcades · Sauvergnac"]]),
    _page("fr", "fr-cci-lettre", [
        ["-Ce message vous est adressé par la CCI Sauvergnac-Montferlade",
         "-Vous ne parvenez pas à lire ce message ? Version en ligne",
         "-La Lettre éco de la CCI Sauvergnac-Montferlade · n° 112 · mars 2026",
         "-Sommaire : Commerce · Formation · Export · Agenda"],
        ["+Commerce de centre-ville : le chèque rénovation des vitrines prolongé jusqu'en décembre",
         "+Les commerçants du centre de Sauvergnac pourront demander le chèque rénovation des vitrines jusqu'au 31 décembre."],
        ["+Le dispositif, lancé l'an dernier, a déjà financé 46 devantures pour un montant moyen de 3 800 euros."],
        ["-▶ Vous êtes commerçant ? Prenez rendez-vous avec votre conseiller",
         "-Publicité — Banque des Coteaux, partenaire des entreprises"],
        ["+Les conditions à remplir",
         "+Être installé dans le périmètre du centre-ville",
         "+Employer moins de dix salariés",
         "+Présenter deux devis d'artisans locaux"],
        ["+« Une vitrine refaite, c'est souvent le déclic pour toute une rue », estime Solène Arrighet, élue consulaire chargée du commerce."],
        ["-Agenda : atelier « Vendre en ligne » le 19 mars, 8 h 30",
         "+Les dossiers se déposent en ligne ou à l'accueil de la chambre, rue des Tanneurs.",
         "+Une réunion d'information aura lieu le 26 mars au soir."],
        ["-Transférer cette lettre à un collègue",
         "-Vous recevez cette lettre car vous êtes ressortissant de la CCI.",
         "-Se désinscrire · Gérer mes préférences",
         "-CCI Sauvergnac-Montferlade · 8 rue des Tanneurs · Sauvergnac",
         "-Suivez-nous sur LinkedIn",
         "-Ajoutez-nous à votre carnet d'adresses pour ne rien manquer",
         "-Conformément au RGPD, vous disposez d'un droit d'accès à vos données.",
         "-Envoyé avec Sendinblue",
         "-Lire les numéros précédents",
         "-Fin de la lettre",
         "-Cet e-mail a été envoyé à prenom.nom@entreprise.example",
         "-Crédit photo : CCI Sauvergnac-Montferlade",
         "-Lettre imprimable (PDF)"]]),
    _page("de", "de-museum-news", [
        ["-Zum Inhalt springen",
         "-Museum der Stadt Falkenbrink – Startseite",
         "-Besuch planen | Ausstellungen | Sammlung | Vermittlung | Presse",
         "-Heute geöffnet: 10–18 Uhr",
         "-Tickets online kaufen"],
        ["+Stadtmuseum erhält Nachlass des Fotografen Anton Berlau",
         "-News · 04.03.2026",
         "+Das Stadtmuseum Falkenbrink hat den Nachlass des Fotografen Anton Berlau übernommen, rund 14.000 Negative aus fünf Jahrzehnten."],
        ["+Die Familie hat die Bilder dem Museum geschenkt, unter der Bedingung, dass sie öffentlich zugänglich werden."],
        ["-Bildunterschrift: Anton Berlau vor seinem Laden, um 1965 (Foto: Stadtmuseum Falkenbrink)",
         "-Pressebilder herunterladen (ZIP, 38 MB)"],
        ["+Was mit dem Nachlass geschieht",
         "+Die Negative werden bis Ende 2027 digitalisiert",
         "+Eine Auswahl ist ab Herbst in einer Ausstellung zu sehen",
         "+Bürgerinnen und Bürger können helfen, Personen auf den Bildern zu erkennen"],
        ["-Mitmachen: Werden Sie Mitglied im Förderverein",
         "+„Berlau hat die Stadt fotografiert, als niemand sonst hinsah“, sagt Museumsleiterin Henrike Sollmann."],
        ["+Die ersten digitalisierten Aufnahmen sollen im Sommer online gestellt werden."],
        ["+Wer Fotos von Berlau besitzt, kann sie dem Museum zum Scannen ausleihen."],
        ["-Newsletter abonnieren",
         "-Alle News anzeigen",
         "-Stadtmuseum Falkenbrink · Am Markt 3 · Falkenbrink",
         "-Gefördert vom Kulturamt der Stadt Falkenbrink",
         "-Barrierefreiheit · Leichte Sprache · Gebärdensprache",
         "-Impressum | Datenschutz | Cookie-Einstellungen",
         "-Folgen Sie uns auf Instagram",
         "-nach oben",
         "-Shop · Raumvermietung · Jobs",
         "-Teilen: Facebook · WhatsApp · E-Mail",
         "-Sprache: DE | EN"]]),
    _page("de", "de-feuerwehr-einsatzbericht", [
        ["-Menü ☰",
         "-Freiwillige Feuerwehr Falkenbrink",
         "-Einsatzberichte 2026",
         "-Einsatz Nr. 41/2026",
         "-Alarmierung: 04.03.2026, 03:17 Uhr · Einsatzende: 07:40 Uhr",
         "-Stichwort: B3 – Brand Gewerbe"],
        ["+Brand in Schreinerei an der Lohgasse",
         "+In der Nacht zum Mittwoch ist in einer Schreinerei an der Lohgasse ein Feuer ausgebrochen."],
        ["-Eingesetzte Fahrzeuge: HLF 20, DLK 23/12, TLF 3000, ELW 1",
         "+Beim Eintreffen der ersten Kräfte brannte das Späne-Silo bereits in voller Ausdehnung."],
        ["+Eingesetzte Maßnahmen",
         "+Brandbekämpfung mit zwei Trupps unter Atemschutz",
         "+Riegelstellung zum angrenzenden Wohnhaus",
         "+Kontrolle mit der Wärmebildkamera"],
        ["-Weitere Kräfte: Rettungsdienst, Polizei, Stadtwerke",
         "+„Dass das Feuer nicht auf das Wohnhaus übergegriffen hat, war knappe Arbeit“, sagte Einsatzleiter Bernd Ohlsiek.",
         "+Verletzt wurde niemand; die Polizei ermittelt zur Brandursache."],
        ["-Bilder: FF Falkenbrink",
         "-Mannschaftsstärke: 38"],
        ["+Der Sachschaden wird nach ersten Schätzungen auf rund 200.000 Euro beziffert."],
        ["-← Vorheriger Einsatz | Nächster Einsatz →",
         "-Werde Teil unserer Mannschaft! Infoabend jeden ersten Dienstag",
         "-Spendenkonto Förderverein: DE00 0000 0000 0000 0000 00",
         "-Freiwillige Feuerwehr Falkenbrink · Gerätehaus Nord",
         "-Impressum · Datenschutz",
         "-Diese Seite wurde mit Jimdo erstellt",
         "-Besucher: 48.213",
         "-Im Notfall: 112",
         "-Dieser Bericht wurde 312-mal aufgerufen",
         "-Kategorie: Brandeinsätze"]]),
    _page("it", "it-consiglio-regionale-comunicato", [
        ["-Vai al contenuto",
         "-Consiglio regionale della Valtorsenna",
         "-Ufficio stampa · Comunicati",
         "-Assemblea | Commissioni | Consiglieri | Atti | Trasparenza",
         "-Diretta streaming delle sedute"],
        ["+Approvata la legge sui piccoli comuni montani: fondi per scuole e ambulatori",
         "-Comunicato n. 214 del 4 marzo 2026",
         "+Il Consiglio regionale ha approvato martedì sera la legge a sostegno dei piccoli comuni montani con 27 voti a favore e 9 astenuti."],
        ["+Il testo stanzia 18 milioni di euro in tre anni per i comuni sotto i tremila abitanti."],
        ["-Allegati: testo approvato (PDF) · relazione tecnica (PDF)",
         "-Video dell'intervento in aula"],
        ["+Cosa prevede la legge",
         "+Contributi per tenere aperte le pluriclassi",
         "+Un ambulatorio infermieristico in ogni comune sopra i 500 abitanti",
         "+Sgravi per le botteghe di paese"],
        ["+«Non è assistenza, è la condizione per restare», ha detto la relatrice Giulia Marvelli in aula."],
        ["-Seduta n. 88 · Ordine del giorno",
         "+La legge entrerà in vigore il giorno dopo la pubblicazione sul bollettino ufficiale.",
         "+Le prime graduatorie sono attese entro giugno."],
        ["-Per informazioni: ufficiostampa@consiglio-valtorsenna.example",
         "-Tutti i comunicati",
         "-Iscriviti alla newsletter del Consiglio",
         "-Seguici su Facebook e YouTube",
         "-Note legali · Privacy · Accessibilità · Dichiarazione di accessibilità",
         "-Consiglio regionale della Valtorsenna · Palazzo dei Priori",
         "-Ultimo aggiornamento: 04/03/2026",
         "-Torna su",
         "-Condividi: Facebook · X · WhatsApp · E-mail",
         "-Stampa la pagina",
         "-Questo sito utilizza cookie tecnici. Ok, ho capito"]]),
    _page("it", "it-ong-campagna", [
        ["-Salta al contenuto",
         "-Fiumi Liberi Valtorsenna ODV",
         "-Chi siamo | Campagne | Diventa volontario | Dona ora",
         "-❤ Dona il tuo 5x1000: CF 00000000000",
         "-Aggiornamento campagna · 4 marzo 2026"],
        ["+Torrente Albrina, la Regione sospende la centralina idroelettrica",
         "+La Regione ha sospeso l'autorizzazione della centralina idroelettrica prevista sul torrente Albrina, in attesa di una nuova valutazione d'impatto."],
        ["-Firma anche tu: 12.480 firme su 15.000 ▓▓▓▓▓▓▓▓░░",
         "+La decisione arriva dopo che i tecnici hanno trovato due specie protette nel tratto interessato."],
        ["+Cosa abbiamo ottenuto finora",
         "+La sospensione dei lavori per almeno sei mesi",
         "+Un nuovo censimento della fauna nel torrente",
         "+L'impegno a un incontro pubblico con i residenti"],
        ["+«È una tregua, non una vittoria: il progetto può tornare», avverte la presidente dell'associazione Chiara Bonsignori.",
         "+Il comitato chiede che il tratto venga incluso nell'area protetta regionale."],
        ["-Condividi la petizione su WhatsApp",
         "-Foto: il torrente Albrina in località Molino Vecchio (archivio Fiumi Liberi)"],
        ["+Il prossimo incontro pubblico è fissato per il 21 marzo nella sala civica di Borgo Albrina."],
        ["-Vuoi darci una mano? Iscriviti come volontario",
         "-Dona ora con carta o PayPal",
         "-Le donazioni alle ODV sono detraibili ai sensi di legge.",
         "-Ricevi gli aggiornamenti della campagna",
         "-Fiumi Liberi Valtorsenna ODV · CF 00000000000",
         "-Privacy · Cookie policy",
         "-Questo sito è realizzato con WordPress",
         "-Torna alle campagne",
         "-Seguici su Instagram",
         "-Leggi gli aggiornamenti precedenti",
         "-Bilancio sociale 2025 (PDF)",
         "-Codice etico"]]),
    _page("pl", "pl-blog-meczowy", [
        ["-Przejdź do treści",
         "-Trybuna Jarzębinowo – blog kibica",
         "-Strona główna | Relacje | Felietony | Tabela | Kontakt",
         "-Opublikowano 4 marca 2026 przez Kuba z Sektora B",
         "-Kategoria: Felietony · Tagi: Orlęta, derby, sędzia"],
        ["+Orlęta przegrały derby na własne życzenie",
         "+Orlęta Jarzębinowo przegrały w niedzielę derby 1:2, choć przez godzinę były drużyną lepszą."],
        ["-Reklama",
         "+Wszystko zmieniło się po czerwonej kartce dla Pawła Grądzkiego w 61. minucie."],
        ["+Trzy rzeczy, które przesądziły o wyniku",
         "+Niepotrzebny faul Grądzkiego przy linii bocznej",
         "+Zmiany trenera, które przyszły za późno",
         "+Rzut rożny, przy którym nikt nie krył słupka"],
        ["-Zobacz też: Tabela IV ligi po 18. kolejce",
         "+„Sami sobie to zrobiliśmy, nikt nam tego meczu nie zabrał” – przyznał po spotkaniu kapitan Marek Sulich."],
        ["-Skrót meczu na YouTube (3:42)",
         "+Następny mecz Orlęta zagrają w sobotę na wyjeździe."],
        ["+Po tej porażce Orlęta spadły na szóste miejsce w tabeli."],
        ["-Postaw mi kawę – blog utrzymuje się z wpłat kibiców",
         "-12 komentarzy",
         "-Olek_J · 4 marca 2026 o 21:07 · Sędzia też dołożył swoje. · Odpowiedz",
         "-Poprzedni wpis: Zapowiedź derbów",
         "-Obserwuj blog na Facebooku",
         "-Motyw: Sportpress · Dumnie wspierane przez WordPress",
         "-Polityka prywatności",
         "-Udostępnij: Facebook · X · Messenger",
         "-Następny wpis: Oceny piłkarzy po derbach",
         "-Zostaw odpowiedź",
         "-Zapisz moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.",
         "-Szukaj na blogu…"]]),
    _page("pl", "pl-przewoznik-komunikaty", [
        ["-Przejdź do treści głównej",
         "-Strona używa plików cookie. Akceptuję",
         "-Miejskie Zakłady Komunikacyjne w Jarzębinowie",
         "-Rozkłady jazdy | Bilety | Komunikaty | Planer podróży",
         "-Komunikat z dnia 04.03.2026",
         "-Wersja kontrastowa · A A+ A++"],
        ["+Od poniedziałku objazd linii 4 i 11 przez ulicę Kolejową",
         "+Od poniedziałku 9 marca autobusy linii 4 i 11 pojadą objazdem przez ulicę Kolejową."],
        ["-Pobierz aplikację MZK Jarzębinowo z Google Play lub App Store",
         "+Powodem jest wymiana sieci wodociągowej pod ulicą Lipową, która potrwa około sześciu tygodni."],
        ["+Co się zmienia dla pasażerów",
         "+Przystanek Lipowa/Szkoła zostaje zawieszony",
         "+Tymczasowy przystanek stanie przy dworcu PKP",
         "+Rozkład jazdy linii 11 wydłuży się o cztery minuty"],
        ["-Schemat objazdu (JPG, 1,2 MB)",
         "+„Prosimy pasażerów o wcześniejsze wyjście z domu w godzinach szczytu” – mówi rzeczniczka MZK Ewelina Drążek.",
         "+Zmiany obejmą także kursy nocne linii N1."],
        ["-Informacja pasażerska: 00 000 00 00 (pn.–pt. 7–19)"],
        ["+Przewoźnik zapowiada, że po zakończeniu prac linie wrócą na stałe trasy."],
        ["-Powrót do listy komunikatów",
         "-Kup bilet w aplikacji – szybko i bez gotówki",
         "-Deklaracja dostępności · Polityka cookies · RODO",
         "-Miejskie Zakłady Komunikacyjne w Jarzębinowie sp. z o.o.",
         "-Biuletyn Informacji Publicznej",
         "-Znalazłeś błąd? Napisz do nas",
         "-Obserwuj nas na Facebooku i Instagramie",
         "-Do góry ↑",
         "-Drukuj komunikat",
         "-Udostępnij: Facebook",
         "-Opublikowano: 04.03.2026, 9:12 · Autor: Dział Przewozów"]]),
    _page("ru", "ru-zhilkooperativ-novosti", [
        ["-Перейти к содержимому",
         "-ЖСК «Берёзовая роща» — официальный сайт",
         "-Главная | Новости | Документы | Показания счётчиков | Контакты",
         "-Личный кабинет собственника",
         "-Объявление от 04.03.2026"],
        ["+С апреля в доме заменят лифты во втором и третьем подъездах",
         "+Правление ЖСК сообщает, что с 1 апреля начнётся замена лифтов во втором и третьем подъездах дома на Заречной улице в Нижнезвонске."],
        ["-Напоминаем: показания счётчиков принимаются с 20 по 25 число",
         "+Работы оплатит региональный фонд капитального ремонта, дополнительных взносов с жильцов не потребуется."],
        ["+График работ",
         "+Второй подъезд — с 1 по 30 апреля",
         "+Третий подъезд — с 5 мая по 5 июня",
         "+Пусконаладка и проверка — до 15 июня"],
        ["-Скачать протокол общего собрания (PDF)",
         "+«На время замены маломобильным жильцам поможем с покупками и доставкой», — пообещала председатель правления Вера Курочкина.",
         "+Вопросы можно задать на собрании 20 марта в 19:00 в холле первого подъезда."],
        ["-Аварийно-диспетчерская служба: 8 (000) 000-00-00, круглосуточно"],
        ["+Расписание отключения лифтов будет вывешено на досках объявлений в каждом подъезде."],
        ["-Вернуться к списку новостей",
         "-Реквизиты для оплаты взносов",
         "-Подписаться на уведомления в Telegram",
         "-ЖСК «Берёзовая роща», г. Нижнезвонск",
         "-Политика обработки персональных данных",
         "-Сайт сделан на Tilda Publishing",
         "-Наверх",
         "-Просмотров: 214",
         "-Распечатать",
         "-Напишите нам: pravlenie@berezovaya-roshcha.example",
         "-Карта сайта",
         "-Версия для слабовидящих"]]),
    _page("ru", "ru-kandidat-blog", [
        ["-Перейти к содержанию",
         "-Блог Андрея Вершинина — кандидата в городскую думу Нижнезвонска, округ № 7",
         "-Главная | Программа | Обо мне | Помочь кампании",
         "-Запись от 4 марта 2026",
         "-Оплачено из средств избирательного фонда кандидата Вершинина А. П."],
        ["+Почему я против переноса рынка на окраину",
         "+На прошлой неделе администрация предложила перенести Центральный рынок Нижнезвонска на промзону за объездной дорогой."],
        ["-Стать волонтёром кампании — заполните анкету",
         "+На рынке сегодня торгуют около двухсот человек, и большинство из них живут в нашем округе."],
        ["+Что я предлагаю вместо переноса",
         "+Отремонтировать крытые ряды за счёт арендной платы",
         "+Сделать у рынка парковку на сорок мест",
         "+Провести публичные слушания до любого решения"],
        ["+«Нас никто не спросил, а мы здесь тридцать лет», — сказала мне продавщица мёда Нина Стрельцова.",
         "+Я буду добиваться, чтобы решение принимали вместе с жителями."],
        ["-Голосуйте 13 сентября! Узнать свой участок",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+В четверг я передам в администрацию обращение, под которым подписались уже 640 жителей."],
        ["-Комментарии (8)",
         "-Сергей Л., 4 марта в 18:22: А где вы раньше были? Ответить",
         "-Вершинин А.: Сергей, я писал об этом ещё в январе. Ответить",
         "-Все записи блога",
         "-Задать вопрос кандидату",
         "-Материал размещён на безвозмездной основе",
         "-© 2026 Андрей Вершинин",
         "-Оставить комментарий",
         "-Ваш e-mail не будет опубликован",
         "-Теги: рынок, округ 7, городская дума",
         "-Подписаться на обновления блога",
         "-Версия для печати"]]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-hospital-press-news':
        ("the hospital trust's name and emergency-numbers line above the title are left (2 of 20 noise lines; the "
         "press-release date line and the artist's-impression caption go since round 48); since round 128 "
         "'Crindlebury Hospitals NHS Foundation Trust' goes, 1 of 20 noise lines left"),
    'en-police-blotter':
        "the police department's name, blotter label and preliminary-information line above the title, the case number, location, tip-line appeal and mugshot line between the paragraphs are left (7 of 20 noise lines)",
    'fr-cci-lettre':
        "the chamber of commerce newsletter's issue masthead above the title, its book-an-adviser link and workshop agenda line between the paragraphs are left (3 of 20 noise lines; the sender line and view-online line go since round 48, the bank ad since round 55)",
    'de-museum-news':
        "the museum news page's friends'-society membership plug between the paragraphs is left (1 of 20 noise lines; the opening-hours and ticket links go since round 48)",
    'de-feuerwehr-einsatzbericht':
        "the fire brigade report's vehicles, other-services and crew-strength lines between the paragraphs are left (3 of "
        '20 noise lines; its alarm keyword above the title goes since round 123)',
    'it-consiglio-regionale-comunicato':
        "the regional parliament release's sitting/agenda line between the paragraphs is left (1 of 20 noise lines; the "
        'attachments line goes since round 48, the speech video link since round 98, the live-stream link above the title '
        'since round 123)',
    'ru-zhilkooperativ-novosti':
        "the housing cooperative's meter-reading reminder between the paragraphs is left (1 of 20 noise lines; the emergency-dispatch line goes since round 48)",
    'ru-kandidat-blog':
        "the candidate blog's volunteer plug between the paragraphs is left (1 of 20 noise lines; the post date, "
        "campaign-fund imprint and vote-on-polling-day plug go since round 48, the blog-title line above the title "
        "since round 94)",
}


test_held_out_49_line, test_held_out_49_line_is_kept, test_held_out_49_page = held_out_tests(
    HELD_OUT_49_LINES, HELD_OUT_49_KEEP, HELD_OUT_49_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
