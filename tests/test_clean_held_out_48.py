"""Held-out set 48: written blind, weighted toward the noise the cleaner exists for, in shapes set 47's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
unrendered template tag "{{ sponsored_block slot=... fallback=... }}", an English "Syndicated
automatically by ... All rights belong to the original publisher." credit, an English "Auto-posted by
NewsPilot 3.1 · Report a problem with this post" marker, a French double-bracketed ad-slot shortcode
"[[encart_pub_milieu_article]]", a French "Cliquez ici pour lire l'article original sur le site de
l'éditeur" link credit, a German "Zum Originalartikel auf ... (externer Link)" link credit, an Italian
WordPress ad shortcode '[sc name="adsense-articolo-centrale"]', an Italian "Leggi l'articolo completo
su ..." link credit, a Polish "Artykuł pochodzi z serwisu partnerskiego — przeczytaj oryginał" credit,
a Russian statutory ad label with INN and erid token and a Russian "Оригинал статьи — по ссылке"
credit), reading-time and date headers in new shapes (an English "Filed 09:40 ET, ... | Updated
11:02 ET" header, an English reading time in coffee cups, a French "Lecture : 4 minutes · Le 4 mars à
7 h 02", a German "⏱ 5 Min. · 04. März 2026, 07:12 Uhr", an Italian "4 marzo 2026 | 3′ di lettura",
a Polish bare "4 marca 2026, 07:15 · 3 min" and a Russian date with view count and reading time in
emoji), bylines with self-promotion (an English membership plug of a court reporter, an English
"About the author: ..." bio with an FOI consulting plug, an English Ko-fi tip-jar, a French readers'
club membership plug, a German consulting plug with website, an Italian Satispay tip-jar and
association membership plug, a Polish Patronite plug and a Russian Telegram-channel plug), blog and
site-builder footers (WriteFreely/Write.as, Strikingly, Eklablog, IONOS MyWebsite, Google Sites,
home.pl hosting, Nethouse), reader comment lines (English, French, German, Italian and Polish comment
rows with name, date or age, text and reply/like counts, an English WordPress "14 responses to “...”"
counter, an English comments-off-for-a-court-case note, a German removed-comment moderation note, a
Polish comments-disabled note and a Russian closed-comments note with a count), an English
send-to-a-friend share row and an English content warning as notice; and toward whole scraped news
and opinion pages in layouts sets 41 to 47 did not use (a district council's meeting-news page, a
court reporter's blog, a news site's gallery-to-article view, a union's members-only news, a weather
service's warning news, a regional paper's explainer on a school-parents' council election, a sports
federation's press statement, a political fan page on a social network, a city tourism office's news,
a cooperative bank's news item, a diaspora community portal and a city paper's explainer on
school-council elections).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 47) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 47, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 47's with 47 -> 48, including its third table ``_KEEP_XFAIL``. Shapes set 47's
docstring names as used (its ad-slot placeholder token, "story continues below sponsored content",
curation, "repris du site partenaire", "— Publicité — la suite", "erschien zuerst im", "[ADV]",
"Przedruk za zgodą" and auto-generation credits, "Read in · Listen in", GMT-offset dates, word-count
reading times, "Veröffentlicht am · Aktualisiert vor", "Aggiornato alle — lettura", listening times,
book, speaking, Liberapay, Patreon, Substack, Buycoffee.to, Dzen and Boosty plugs, Hugo/Netlify,
Micro.blog, Canalblog, Webador, Webnode, WebWave, uCoz, "#N posted by", archived discussions, "Join
the conversation (N)", "Posté par — Répondre à ce message", "Gast schrieb am", the Italian moderation
note, the Polish anonymous-guest and Russian guest rows, "Обсуждение (N) — войдите", the
Bluesky/Threads share row, the AI-assistance and old-article notices and the gallery link, and the
shapes it lists for set 46 and earlier sets) were not reused as noise lines. Slips and notes: (1) to
print the helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were
imported with /work/main/src on the path, which imports the cleaner's modules; nothing was run through
the cleaner then and none of its source was read. (2) Main's HEAD moved between my first ``git
rev-parse HEAD`` (5d06cc4) and the creation of the worktrees; the frozen worktree and the measurement
are at 299c633. The "HEAD is now at" line of ``git worktree add`` was filtered out with ``grep -v``.
(3) Before the measurement the draft was executed from a scratch folder (/tmp/s48-scratch) with a
stand-in ``page_from_blocks`` that only counted lines and checked that no page noise line repeats on
its page or is a substring of an article line of its page (no case was run through the cleaner); the
first count found a repeated noise line on two pages ("Anzeige", "Реклама 18+", each replaced by
another ad line), a dict comprehension keyed by an unbound name (fixed to ``case.name``) and pages
with 16 to 19 noise lines, to which foot lines were added to reach 20 a page; a street first named
"Harlow Lane" (Harlow is a real English town) was renamed Thrushcote Lane. (4) The measuring pytest
run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the
problems were then read out once with ``_problems`` in the frozen worktree (a script that ran it on
every line, keep line and page of this set and printed those with problems), to write the xfail
reasons. (5) Invented place names were checked, before the measurement, against the helper's
exact-string search over public GitHub files and my own memory; no gazetteer was available, so this
is not a proof that they do not exist: Kestlebury, Vernoudière, Birkenhaldt, Montevarsano, San
Pellario, Wierzbołęka, Jaskrowice, Краснотальск, Ольхоборск and Бертальц had no hits; Thrushcote
occurs only as a made-up surname in a game and is not a place I know of. "Marrowdene" (a made-up name
already in others' test data), "Corbeval" (a name in games and a horse's name) and "Ostervelden"
(close to a Dutch company name) were dropped before use. Not checked and possibly coinciding with
real ones: Wren Terrace, Thrushcote Lane, place Berthelot, via dei Tessitori, the Lindenschule, the
Kepler-Gymnasium, the Birkenhaldter Bergland (generic street, school and landscape names), the
papers, firms, blogs, services and sites (Kestlebury District Council, Kestlebury Docket, Kestlebury
Crown Court, Quill & Gavel, Relaywire Feeds (the word occurs as a software identifier), NewsPilot,
L'Écho de la Vernoudière, Syndicat santé sociaux de la Vernoudière, Wetterdienst Birkenhaldt-Süd,
Birkenhaldter Rundschau, Birkenhaldter Stadtspiegel, Federazione Ciclistica Provinciale di
Montevarsano, Ruote Bellandi, Officina Digitale Varsanese, Montevarsano Bene Comune, Centrum
Informacji Turystycznej Wierzbołęka, Bank Spółdzielczy w Jaskrowicach, «Наши в Бертальце»,
«Краснотальские ведомости», «Городской разбор», ООО «Ольхоборск-Маркет») and the people. (6) Some
lines name real things, as real pages do: WriteFreely, Write.as, Ko-fi, Strikingly, WhatsApp,
Messenger, Eklablog, IONOS MyWebsite, Satispay, Google Sites, Google Maps, YouTube, Patronite, home.pl,
Telegram, Nethouse, WordPress.com, Facebook, X, Nextdoor, Instagram, App Store, Google Play, Viber,
ВКонтакте, Одноклассники, Госуслуги, the Polish deposit guarantee fund (BFG), the EU co-funding line
and the Russian ad-label format (INN, erid); e-mail addresses and URLs of invented sites use the
.example domain, and tax, bank-register, phone and ad-token numbers are zero-filled. (7) The
twelve layouts are not all as far apart as the brief asked: de-schulwahl-erklaerer and
ru-vybory-shkolnyy-sovet are both a newspaper's explainer on a school council election (a regional
paper's with a kicker, audio link and login-to-comment row; a city paper's special-project page with
a typo hint and a Gosuslugi login); I noticed this only after the measurement, when nothing but the
xfail tables and this docstring could change. Nothing below
was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s48 at commit 299c633) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring.

Judgement calls: the keep lines opening with "Filed under seal", "Auto-renewal clauses", "Comments
from residents", "Share of the budget", "About forty families", "Syndicated loans", "Tip-offs",
"Lecture publique", "Cliquez sur n'importe quelle rue", "Mireille Daunat", "Erstellt wurde", "Dieser
Beschluss", "Zum Original des Bebauungsplans", "Leggi regionali", "Sito per sito", "Marco Fellani",
"Artykuł 14", "Komentarze mieszkańców", "Реклама на фасадах" and "Автор проекта" are article
sentences. Dates with update times, coffee-cup, bare-minute and emoji reading times are counted as
reading-time lines; membership, consulting, tip-jar and channel plugs (with or without a bio) as
bylines; blog-host, hosting and site-builder credits as footers; comment rows, counters, closed and
removed-comment notes as comments; template tags, shortcodes, syndication, auto-posting, link-to-
original credits and the Russian ad label as markers; the content warning as notice. On every page
the title, the subheading, its three list rows, the quote and the paragraphs around them are article
(10 lines a page) and everything else is noise (20 lines a page); in particular on
en-council-meeting-news the "Published:" date, webcast, related-documents, next-meeting and press
lines are noise; on en-court-reporter-blog the reporting-restrictions reminder, the lunch-adjournment
line, the support appeal, the previous/next-day links and the readers' comments are noise; on
fr-galerie-article the photo counters, captions and download lines are noise; on
fr-syndicat-adherents the members' area chrome, join and dues lines, leaflet download and drop-in
hours are noise; on de-wetterdienst-warnung the warning level, validity line, map legend, update age
and press contact are noise; on de-schulwahl-erklaerer the kicker "Erklärt: ...", the audio link, the
infographic link and the newsletter plug are noise; on it-federazione-comunicato the place-and-date
line, the attachment, the technical partner and the press office are noise; on it-fanpage-social the
post's text is article and the page's follower count, "Altro...", translation link, photo caption,
reaction and comment counts, the comment and its actions are noise; on pl-turystyka-aktualnosci the
gallery, booking, map and ticket links are noise; on pl-bank-spoldzielczy the security warning, loan
ad, rate table, deposit-guarantee line and the cooperative-meeting link are noise; on
ru-diaspora-portal the exchange-rate line, classified ad, chat invitation and forum link are noise; on
ru-vybory-shkolnyy-sovet the special-project label, the listen link, the infographic link and the
report-a-typo hint are noise. The rows: en-council-meeting-news "What the council agreed",
en-court-reporter-blog "The three payments the prosecution relies on", fr-galerie-article "Ce que
prévoit la commune", fr-syndicat-adherents "Ce que nous avons obtenu", de-wetterdienst-warnung "Was
der Wetterdienst rät", de-schulwahl-erklaerer "Wer gewählt werden kann", it-federazione-comunicato
"Le misure decise dal consiglio", it-fanpage-social "Cosa chiediamo ora alla giunta",
pl-turystyka-aktualnosci "Co można zwiedzać w tym czasie", pl-bank-spoldzielczy "Co zmieni się dla
klientów", ru-diaspora-portal "Что советуют юристы общины" and ru-vybory-shkolnyy-sovet "Кто входит
в совет", each with three rows; all of them are article.

Contents: 45 noise lines (marker 11, reading-time 7, byline 8, footer 7, comments 10, share 1, notice
1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru
2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-council-meeting-news (a district council's meeting-news page on a vote keeping a pool open),
en-court-reporter-blog (a court reporter's day-by-day blog on a planning bribery trial, with
comments), fr-galerie-article (a local news site's photo gallery turned into an article on a market
hall's demolition), fr-syndicat-adherents (a health union's members-only news on hospital night
shifts), de-wetterdienst-warnung (a regional weather service's warning news on gale-force gusts),
de-schulwahl-erklaerer (a regional paper's explainer on the city parents' council election),
it-federazione-comunicato (a provincial cycling federation's statement suspending a race after a
crash), it-fanpage-social (a councillor's fan page post on a social network on a school not sold),
pl-turystyka-aktualnosci (a city tourism office's news on a castle tower closed), pl-bank-spoldzielczy
(a cooperative bank's news item on closing two branches), ru-diaspora-portal (a diaspora community
portal's news on consular appointments cut), ru-vybory-shkolnyy-sovet (a city paper's explainer on
school governing-council elections); every page holds a title, a subheading with list rows, a quote
in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 299c6339abfc4360f4915b7f563a845bbdcd9073, measured with
``cd /tmp/wt-s48 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s48/src python -m pytest
-q tests/test_clean_held_out_48.py -rA -p no:cacheprovider`` (34 failed, 43 passed) and
``cd /tmp/wt-s48 && PYTHONPATH=/tmp/wt-s48/src python scripts/clean_held_out_report.py --sets 48``,
with the xfail tables empty): noise lines removed 23/45 (marker 5/11, reading-time 6/7, byline 4/8,
footer 5/7, comments 3/10, share 0/1, notice 0/1; missed, all kept as paragraphs: the English
"{{ sponsored_block slot="mid-2" fallback="house-ad" }}", the English "Syndicated automatically by
Relaywire Feeds. All rights belong to the original publisher.", the English "Estimated reading time:
☕☕☕ (about three coffees)", the English "Brendan K. — March 4, 2026 at 10:17 pm — They should have
streamed the whole hearing. Reply · Like (3)", the English "Comments are switched off on this story
because the case is still before the court.", the English "Send this story to a friend: WhatsApp |
Messenger | Text message", the English "Content warning: this report describes violence that some
readers may find distressing.", the French "[[encart_pub_milieu_article]]", the French "Vous aimez
ses chroniques ? Rejoignez le club des lecteurs de Léa Morvaunt ...", the French "Mireille B. · il y
a 2 heures — Enfin une bonne nouvelle pour le quartier ! · Répondre · 👍 4", the German "Zum
Originalartikel auf birkenhaldter-stadtspiegel.example (externer Link)", the German "Jonas Arbrecht
berät Kommunen bei Bürgerbeteiligung und Haushaltsfragen. Termine und Angebote: ...", the German
"Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen unsere Netiquette verstößt.", the
Italian '[sc name="adsense-articolo-centrale"]', the Italian "Se ti piace quello che scrivo,
sostienimi con Satispay ...", the Italian "Sito creato con Google Sites · Segnala abuso", the Italian
"Marco_74 ha scritto: «Finalmente qualcuno se ne accorge.» · 2 ore fa · Rispondi · Mi piace 5", the
Polish "Artykuł pochodzi z serwisu partnerskiego — przeczytaj oryginał", the Polish "gosia_k · 2
godz. temu: Wreszcie ktoś to zauważył! · Odpowiedz (1) · 👍 7", the Russian "Автор ведёт
телеграм-канал «Городской разбор» — подписывайтесь, там больше таких материалов.", the Russian "Сайт
создан на конструкторе Nethouse" and the Russian "Комментирование закрыто. К материалу оставлено 58
комментариев."); keep lines kept 20/20; pages 0/12 clean, 51 of 240 page noise lines left and 8 of
120 article lines lost: en-council-meeting-news 4 left ("Watch the webcast of this item (from
1:12:40)", "Related documents: Report of the Director of Place (PDF, 1.4 MB)", "Councillor profiles:
find your councillor" and "Next meeting: Cabinet, 18 March 2026, 6.30pm, Council Chamber");
en-court-reporter-blog 5 left ("Reporting restrictions reminder: nothing on this blog names the two
witnesses protected by the judge's order.", "(Lunch adjournment, 12:58 to 14:05)", "If you value
daily court coverage, please consider chipping in: quillandgavel.example/support", "Earlier in this
trial: Day 5 — the finance director's emails" and "Next: Day 7 — cross-examination continues");
fr-galerie-article 4 left ("Par la rédaction photo · Mis à jour il y a 3 h", "Photo 4/12 — La
charpente vue du marché couvert (© Hélène Garrivaud)", "Agrandir l'image ⤢" and "Télécharger la photo
en haute définition (abonnés)"); fr-syndicat-adherents 7 left ("Syndicat santé sociaux de la
Vernoudière", "Réservé aux adhérents à jour de cotisation", "Vous n'êtes pas encore adhérent ?
Adhérer en ligne en 5 minutes", "Télécharger le tract en PDF pour l'afficher dans votre service",
"Cotisation 2026 : pensez au prélèvement mensuel", "Contacter votre délégué de section" and
"Prochaine permanence : jeudi 12 mars, local syndical, bâtiment C"); de-wetterdienst-warnung 2 left
("Aktuelle Warnlage: Stufe 3 von 4 (orange)" and "Warnungen für Ihren Ort per App erhalten") and 7
lost (the title "Orkanböen im Birkenhaldter Bergland erwartet", the subheading "Was der Wetterdienst
rät", its three rows, the quote "„Das ist kein gewöhnlicher Märzsturm, ...“, sagte Meteorologin
Katrin Ohlendiek." and the last paragraph "Die Warnung gilt voraussichtlich bis Donnerstagabend.");
de-schulwahl-erklaerer 5 left ("Erklärt: Die Wahl zum Stadtelternbeirat", "Info-Grafik: So setzt
sich der Beirat zusammen (Klick zum Vergrößern)", "ANZEIGE – Inhalt wird geladen …", "Newsletter
„Schule in Birkenhaldt“ – jetzt kostenlos abonnieren" and "Alle Erklärstücke im Überblick") and 1
lost (the title "So funktioniert die Wahl zum Stadtelternbeirat"); it-federazione-comunicato 6 left
("Montevarsano, 4 marzo 2026", "Allegato: verbale del consiglio federale", "Vai al calendario gare
2026", "Partner tecnico: Ruote Bellandi", "Ufficio stampa: stampa@fcp-montevarsano.example" and
"Tesserati 2026: rinnova online"); it-fanpage-social 3 left ("Altro...", "Foto di Sara Ghedini con i
comitati di quartiere" and "Visualizza altri contenuti"); pl-turystyka-aktualnosci 4 left ("Galeria
zdjęć (8)", "Zarezerwuj nocleg w Wierzbołęce", "Mapa atrakcji – otwórz w Google Maps" and "Bilety
online – kup bez kolejki"); pl-bank-spoldzielczy 6 left ("Bank Spółdzielczy w Jaskrowicach",
"Zaloguj do bankowości internetowej", "Uwaga! Nie podawaj nikomu kodów SMS. Bank nigdy nie prosi o
nie telefonicznie.", "Kredyt na start – RRSO 9,87% – sprawdź szczegóły", "Oprocentowanie lokat –
tabela (PDF)" and "Bank Spółdzielczy w Jaskrowicach jest uczestnikiem systemu gwarantowania depozytów
BFG"); ru-diaspora-portal 3 left ("Присоединяйтесь к нашему чату в WhatsApp", "Реклама на портале:
reklama@nashi-v-bertaltse.example" and "Частные объявления — разместить бесплатно");
ru-vybory-shkolnyy-sovet 2 left ("Спецпроект «Школа и город»" and "Инфографика: состав совета
(нажмите, чтобы увеличить)"). The failing cases are strict xfails.

Still held out after round 46 (developed on set 47; measured once at 0b2b7c0 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 48`` and pytest on
this file): lines 23/45 and keep 20/20 as at its baseline, pages 0/12 clean, page noise lines left 51
of 240 (fr-galerie-article 4 -> 3, fr-syndicat-adherents 7 -> 5, de-wetterdienst-warnung 2 -> 5 as
its lost lines came back), article lines lost 8 -> 2 of 120 (de-wetterdienst-warnung 7 -> 1: only its
title; de-schulwahl-erklaerer 1, its title). Three page reasons reworded to what is left.

Round 47 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 48`` and ``pytest tests/test_clean_held_out_48.py`` at
f006779 (before) and the round's last commit on branch round47 (after): noise lines 23 -> 45/45
(marker 5 -> 11/11, reading-time 6 -> 7/7, byline 4 -> 8/8, footer 5 -> 7/7, comments 3 -> 10/10,
share 0 -> 1/1, notice 0 -> 1/1), pages 0 -> 0/12 clean, page noise lines left 51 -> 39 of 240,
article lines lost 2 -> 0 of 120. First the losses, as one mechanism: a German headline ("Orkanböen im
Birkenhaldter Bergland erwartet", "So funktioniert die Wahl zum Stadtelternbeirat") between the
breadcrumb and the byline, under a line taken for the title, did not read as a headline (its nouns
capitalised, one lower-case word of four letters or more) and went as a button between two lines of
chrome; one such word and one more lower-case word now do. Then, as classes in six languages: an
ad-slot template tag ('{{ sponsored_block ... }}'), a double-bracketed ad token with an underscore
('[[encart_pub_milieu_article]]') and a generic shortcode naming an ad slot ('[sc name="adsense-..."]')
are ad markers; a syndication credit naming the feed service ("Syndicated automatically by ... All
rights belong to the original publisher."), a link to the original ("Zum Originalartikel auf ...
(externer Link)") and a partner-site credit with "read the original" are credits; a reading time in
coffee cups is a reading time; Google Sites and Nethouse are blog platforms of the footers; a one-line
comment row ending in both the reply and the like buttons, a closed-comments note with its reason
("because ...") or with a comment count after it and a removed-comment note are comments; a
send-to-a-friend row takes the ways after its colon; a content warning is a notice; a consultant's
"... berät ... Termine und Angebote: ...", a readers' club at a monthly price, a first-person plea
naming a payment app and an author's channel plug with "subscribe" are self-promotion. On the pages:
an infographic link with the call to enlarge, an enlarge button, an ad slot's loading placeholder, a
council's webcast link with its start time, related documents with the file's type and size, a
members'-area notice, press-office and advertising-desk mailboxes and a chip-in appeal go, and a
photo caption in the gap under the body counts as an in-body widget (the weather page's subheading and
rows stay past its enlarge link). Pages: en-council-meeting-news 4 -> 2, en-court-reporter-blog 5 ->
4, fr-galerie-article 3 -> 2, fr-syndicat-adherents 5 -> 3, de-wetterdienst-warnung 5 left, 1 lost ->
4, 0, de-schulwahl-erklaerer 5 left, 1 lost -> 3, 0, it-federazione-comunicato 6 -> 5,
ru-diaspora-portal 3 -> 2, ru-vybory-shkolnyy-sovet 2 -> 1; unchanged: it-fanpage-social 3,
pl-turystyka-aktualnosci 4 and pl-bank-spoldzielczy 6. Keep lines 20 -> 20/20. No other set changed.

Round 71: pl-turystyka-aktualnosci left 3 -> 2 of 20 (page noise lines left 37 -> 36 of 240): its online-tickets link
('Bilety online – kup bez kolejki'), the first line of a block over a widget the rules took between two paragraphs, goes
under the bare-caption rule's reason (noise, though no caption); the page reason is reworded.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_48_LINES = [
    # English (15)
    ("body", "{{ sponsored_block slot=\"mid-2\" fallback=\"house-ad\" }}", "marker"),
    ("tail", "Syndicated automatically by Relaywire Feeds. All rights belong to the original publisher.", "marker"),
    ("tail", "Auto-posted by NewsPilot 3.1 · Report a problem with this post", "marker"),
    ("head", "Filed 09:40 ET, March 4, 2026 | Updated 11:02 ET", "reading-time"),
    ("head", "Estimated reading time: ☕☕☕ (about three coffees)", "reading-time"),
    ("tail", "Milo Trennick covers the courts for the Kestlebury Docket. Become a member for £4 a month to keep court reporting free: trennick.example/join", "byline"),
    ("tail", "About the author: Dara Vell has covered local government for 14 years and now advises charities on freedom-of-information requests. Consulting enquiries: dara@vell.example", "byline"),
    ("tail", "Found this useful? Tip the reporter on Ko-fi — ko-fi.com/quillandgavel", "byline"),
    ("tail", "Powered by WriteFreely · Hosted on Write.as", "footer"),
    ("tail", "Create your own free website with Strikingly", "footer"),
    ("tail", "Brendan K. — March 4, 2026 at 10:17 pm — They should have streamed the whole hearing. Reply · Like (3)", "comments"),
    ("tail", "14 responses to “Pool closure vote delayed again”", "comments"),
    ("tail", "Comments are switched off on this story because the case is still before the court.", "comments"),
    ("body", "Send this story to a friend: WhatsApp | Messenger | Text message", "share"),
    ("head", "Content warning: this report describes violence that some readers may find distressing.", "notice"),
    # French (6)
    ("body", "[[encart_pub_milieu_article]]", "marker"),
    ("tail", "Cliquez ici pour lire l'article original sur le site de l'éditeur", "marker"),
    ("head", "Lecture : 4 minutes · Le 4 mars à 7 h 02", "reading-time"),
    ("tail", "Vous aimez ses chroniques ? Rejoignez le club des lecteurs de Léa Morvaunt pour 3 € par mois et recevez ses carnets inédits.", "byline"),
    ("tail", "Blog hébergé gratuitement par Eklablog — Créer un blog", "footer"),
    ("tail", "Mireille B. · il y a 2 heures — Enfin une bonne nouvelle pour le quartier ! · Répondre · 👍 4", "comments"),
    # German (6)
    ("tail", "Zum Originalartikel auf birkenhaldter-stadtspiegel.example (externer Link)", "marker"),
    ("head", "⏱ 5 Min. · 04. März 2026, 07:12 Uhr", "reading-time"),
    ("tail", "Jonas Arbrecht berät Kommunen bei Bürgerbeteiligung und Haushaltsfragen. Termine und Angebote: arbrecht-beratung.example", "byline"),
    ("tail", "Erstellt mit IONOS MyWebsite", "footer"),
    ("tail", "Wolfgang R. | 04.03.2026 um 19:40 Uhr: Das hätte man früher wissen können. 👍 12 👎 3 | Antworten", "comments"),
    ("tail", "Dieser Kommentar wurde von der Redaktion entfernt, weil er gegen unsere Netiquette verstößt.", "comments"),
    # Italian (6)
    ("body", "[sc name=\"adsense-articolo-centrale\"]", "marker"),
    ("tail", "Leggi l'articolo completo su gazzettadimontevarsano.example", "marker"),
    ("head", "4 marzo 2026 | 3′ di lettura", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, sostienimi con Satispay o diventa socio dell'associazione che pubblica questo blog.", "byline"),
    ("tail", "Sito creato con Google Sites · Segnala abuso", "footer"),
    ("tail", "Marco_74 ha scritto: «Finalmente qualcuno se ne accorge.» · 2 ore fa · Rispondi · Mi piace 5", "comments"),
    # Polish (6)
    ("tail", "Artykuł pochodzi z serwisu partnerskiego — przeczytaj oryginał", "marker"),
    ("head", "4 marca 2026, 07:15 · 3 min", "reading-time"),
    ("tail", "Autorka prowadzi bloga i kanał na YouTube. Wesprzyj ją na Patronite – każda wpłata się liczy!", "byline"),
    ("tail", "Hostowane przez home.pl · Polityka prywatności", "footer"),
    ("tail", "gosia_k · 2 godz. temu: Wreszcie ktoś to zauważył! · Odpowiedz (1) · 👍 7", "comments"),
    ("tail", "Komentarze zostały wyłączone dla tego artykułu.", "comments"),
    # Russian (6)
    ("body", "Реклама. ООО «Ольхоборск-Маркет», ИНН 0000000000. erid: 2Vtzqx0000", "marker"),
    ("tail", "Оригинал статьи — по ссылке", "marker"),
    ("head", "4 марта 2026, 07:15 · 👁 1 204 · ⏱ 3 мин", "reading-time"),
    ("tail", "Автор ведёт телеграм-канал «Городской разбор» — подписывайтесь, там больше таких материалов.", "byline"),
    ("tail", "Сайт создан на конструкторе Nethouse", "footer"),
    ("tail", "Комментирование закрыто. К материалу оставлено 58 комментариев.", "comments"),
]

HELD_OUT_48_KEEP = [
    # English (7)
    ("head", "Filed under seal, the settlement was only made public after a judge's order on Tuesday."),
    ("body", "Auto-renewal clauses in the waste contract were never put to a vote, the auditor found."),
    ("body", "Comments from residents filled two hours of the meeting before councillors voted."),
    ("body", "Share of the budget spent on road repairs has fallen for the third year running."),
    ("body", "About forty families on Wren Terrace signed the letter within a week."),
    ("tail", "Syndicated loans of the kind the council took out in 2019 now cost it twice as much."),
    ("body", "Tip-offs from two former staff members led the inspectors to the depot's records."),
    # French (3)
    ("body", "Lecture publique du rapport a été faite lundi soir devant une salle comble."),
    ("body", "Cliquez sur n'importe quelle rue de la carte, disent les riverains, et vous trouverez une fissure."),
    ("tail", "Mireille Daunat, présidente de l'association, dit avoir alerté la mairie dès 2024."),
    # German (3)
    ("body", "Erstellt wurde das Gutachten von einem Ingenieurbüro aus der Nachbarstadt."),
    ("body", "Dieser Beschluss wurde von der Kommunalaufsicht im Januar beanstandet."),
    ("tail", "Zum Original des Bebauungsplans von 1974 gibt es im Rathaus keine Akte mehr."),
    # Italian (3)
    ("body", "Leggi regionali e regolamento comunale, spiega il tecnico, si contraddicono su questo punto."),
    ("body", "Sito per sito, la commissione ha verificato dodici cantieri in tre mesi."),
    ("tail", "Marco Fellani, presidente del comitato, ha chiesto un incontro al prefetto."),
    # Polish (2)
    ("body", "Artykuł 14 regulaminu przewiduje, że zarząd może przesunąć termin o miesiąc."),
    ("tail", "Komentarze mieszkańców trafiły do protokołu z sesji rady."),
    # Russian (2)
    ("body", "Реклама на фасадах исторического центра будет запрещена с июня."),
    ("tail", "Автор проекта, архитектор Лидия Сомова, на слушания не пришла."),
]


HELD_OUT_48_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-council-meeting-news", [
        ["-Skip to main content",
         "-Kestlebury District Council",
         "-Home › Your council › Meetings and decisions › Meeting news",
         "-Report it · Pay it · Apply for it",
         "-Meeting news: Full Council, 3 March 2026",
         "-Agenda item 7 · Webcast available"],
        ["+Councillors vote to keep Thrushcote Lane pool open for another year"],
        ["-Published: 4 March 2026",
         "+The pool at Thrushcote Lane leisure centre will stay open until at least April 2027 after councillors voted 27 to 19 against closing it this spring."],
        ["+Officers had proposed the closure to save £310,000 a year, saying the building needs a new roof and boiler within five years."],
        ["-Watch the webcast of this item (from 1:12:40)",
         "-Related documents: Report of the Director of Place (PDF, 1.4 MB)",
         "-Was this page useful? Yes / No"],
        ["+What the council agreed",
         "+A one-year extension of the operating contract with the current provider",
         "+A survey of the roof and boiler to be reported back in the autumn",
         "+A working group of five councillors to look at a shared pool with the school"],
        ["+\"Closing the only pool in the east of the district would have hit the families with the least,\" said Councillor Anya Prewett, who moved the amendment."],
        ["-Councillor profiles: find your councillor",
         "-Next meeting: Cabinet, 18 March 2026, 6.30pm, Council Chamber"],
        ["+Opposition councillors said the decision only delayed a bill the council cannot pay.",
         "+The survey report is expected at the October meeting of the council."],
        ["-Press enquiries: communications@kestlebury-dc.example",
         "-Tell us what you think of our website",
         "-Accessibility statement · Cookies · Privacy notice · Modern slavery statement",
         "-Kestlebury District Council, Civic Offices, Market Square",
         "-Follow us: Facebook · X · Nextdoor",
         "-© Kestlebury District Council 2026",
         "-Subscribe to meeting news by email",
         "-Back to top ↑"],
    ]),
    _page("en", "en-court-reporter-blog", [
        ["-Quill & Gavel",
         "-Notes from the public gallery of Kestlebury Crown Court",
         "-Home · Cases · About · Support this blog",
         "-Day 6 of R v Halsey and others"],
        ["+Planning officer tells jury he was never offered money"],
        ["-Posted on March 4, 2026 by quillandgavel",
         "-Filed under: Trials, Planning, Day-by-day",
         "+A former planning officer accused of taking bribes told the jury on Wednesday that he had never been offered money by the developer at the centre of the case."],
        ["+Owen Halsey, 52, denies two counts of misconduct in a public office. The developer and his finance director deny conspiracy."],
        ["-Reporting restrictions reminder: nothing on this blog names the two witnesses protected by the judge's order.",
         "-(Lunch adjournment, 12:58 to 14:05)",
         "-If you value daily court coverage, please consider chipping in: quillandgavel.example/support"],
        ["+The three payments the prosecution relies on",
         "+£4,000 paid to a building firm that renovated Mr Halsey's kitchen in 2021",
         "+£2,500 in cash withdrawals that the prosecution links to two site meetings",
         "+A holiday in 2022 booked by the developer's company"],
        ["+\"I paid for my kitchen and I can show you every invoice,\" Mr Halsey told the court."],
        ["-Earlier in this trial: Day 5 — the finance director's emails",
         "-Next: Day 7 — cross-examination continues"],
        ["+Under cross-examination, he accepted that he had not declared the holiday on the council's register.",
         "+The trial, expected to last four weeks, continues."],
        ["-Related: Day 1 — the jury is sworn in",
         "-Share this: Email · Facebook · X",
         "-Like this: ☆ Like · Be the first to like this.",
         "-5 thoughts on “Day 6: Planning officer tells jury he was never offered money”",
         "-Ruth M. says: March 4, 2026 at 8:02 pm — Thank you for sitting through all this so we don't have to.",
         "-Reply ↓",
         "-Leave a Reply · Your email address will not be published.",
         "-Blog at WordPress.com.",
         "-Follow Quill & Gavel · Get new posts by email"],
    ]),
    _page("fr", "fr-galerie-article", [
        ["-L'Écho de la Vernoudière",
         "-Accueil > Société > Photos",
         "-Diaporama · 12 photos",
         "-◀ Photo précédente | Photo suivante ▶",
         "-Photo 1/12",
         "-Passer la galerie et lire l'article ↓"],
        ["+Les derniers jours de la halle aux grains avant sa démolition"],
        ["-Par la rédaction photo · Mis à jour il y a 3 h",
         "+Construite en 1887, la halle aux grains de la Vernoudière sera démolie à partir du 15 mars pour laisser place à un parking de deux niveaux."],
        ["+Depuis une semaine, des centaines d'habitants viennent la photographier une dernière fois."],
        ["-Photo 4/12 — La charpente vue du marché couvert (© Hélène Garrivaud)",
         "-Agrandir l'image ⤢",
         "-Voir aussi : Le marché du samedi déménage place Berthelot"],
        ["+Ce que prévoit la commune",
         "+La démolition en trois semaines, sans dynamitage",
         "+La conservation de l'horloge et de deux colonnes en fonte",
         "+L'ouverture du parking à l'automne 2027"],
        ["+« Cette halle, c'était notre place du village, on y dansait encore au 14 juillet », raconte Josette Lamarzelle, 81 ans, venue avec ses petits-enfants."],
        ["-Photo 9/12",
         "-Télécharger la photo en haute définition (abonnés)"],
        ["+Une association a déposé un recours devant le tribunal administratif, qui n'a pas encore statué.",
         "+Le maire assure que les travaux commenceront à la date prévue."],
        ["-Vous avez aimé ce diaporama ? Partagez-le",
         "-Contenus sponsorisés",
         "-Recevez la newsletter de l'Écho chaque matin",
         "-Galeries photos les plus vues",
         "-Les plus belles photos du carnaval de la Vernoudière",
         "-Abonnez-vous à partir de 1 € le premier mois",
         "-Mentions légales · Données personnelles · Gestion des cookies",
         "-© L'Écho de la Vernoudière 2026 – Tous droits réservés"],
    ]),
    _page("fr", "fr-syndicat-adherents", [
        ["-Espace adhérents",
         "-Syndicat santé sociaux de la Vernoudière",
         "-Bonjour Sylvie · Mon compte · Déconnexion",
         "-Accueil › Actualités des sections › Centre hospitalier",
         "-Réservé aux adhérents à jour de cotisation"],
        ["+Nuits à l'hôpital : la direction recule sur les équipes de douze heures"],
        ["-Info syndicale n° 14 · 4 mars 2026",
         "+La direction du centre hospitalier de la Vernoudière a renoncé mardi à imposer des gardes de douze heures la nuit dans les services de médecine."],
        ["+Le projet avait été présenté en janvier comme une réponse au manque d'infirmières."],
        ["-Vous n'êtes pas encore adhérent ? Adhérer en ligne en 5 minutes",
         "-Télécharger le tract en PDF pour l'afficher dans votre service",
         "-Cotisation 2026 : pensez au prélèvement mensuel"],
        ["+Ce que nous avons obtenu",
         "+Le maintien des équipes de dix heures en médecine et en gériatrie",
         "+Une prime de nuit revalorisée de 15 % dès avril",
         "+Un groupe de travail sur les effectifs, avec deux élus de la section"],
        ["+« C'est la mobilisation des collègues de nuit qui a fait reculer la direction, pas la négociation de couloir », souligne Patricia Volland, secrétaire de la section."],
        ["-Contacter votre délégué de section",
         "-Prochaine permanence : jeudi 12 mars, local syndical, bâtiment C"],
        ["+La section reste vigilante sur les remplacements en réanimation.",
         "+Une assemblée générale des personnels de nuit est prévue le 19 mars."],
        ["-Rejoignez-nous sur Facebook",
         "-Toutes les actualités de la section",
         "-Calendrier des instances",
         "-Imprimer cette page",
         "-Documents joints : compte rendu du CSE (PDF)",
         "-Partager avec un collègue par courriel",
         "-Vos droits : congés, heures supplémentaires, temps partiel",
         "-Site réservé aux adhérents · Mentions légales",
         "-Mot de passe oublié ?"],
    ]),
    _page("de", "de-wetterdienst-warnung", [
        ["-Wetterdienst Birkenhaldt-Süd",
         "-Warnungen | Vorhersage | Radar | Klima | Presse",
         "-Aktuelle Warnlage: Stufe 3 von 4 (orange)",
         "-Warnungen für Ihren Ort per App erhalten",
         "-Startseite > Presse > Warnmeldungen"],
        ["+Orkanböen im Birkenhaldter Bergland erwartet"],
        ["-Pressemitteilung vom 04.03.2026, 10:30 Uhr · gültig bis 05.03.2026, 18:00 Uhr",
         "+Für das Birkenhaldter Bergland gilt ab Mittwochabend eine Unwetterwarnung vor Orkanböen bis 120 Kilometer pro Stunde."],
        ["+In den Tallagen rechnen die Meteorologen mit Sturmböen um 85 Kilometer pro Stunde."],
        ["-Warnkarte vergrößern",
         "-Legende der Warnstufen anzeigen",
         "-Zuletzt aktualisiert: vor 12 Minuten"],
        ["+Was der Wetterdienst rät",
         "+Aufenthalt im Freien und besonders im Wald vermeiden",
         "+Gegenstände auf Balkonen und Terrassen sichern",
         "+Nicht unter Bäumen oder Gerüsten parken"],
        ["+„Das ist kein gewöhnlicher Märzsturm, wir erwarten die stärksten Böen seit sechs Jahren“, sagte Meteorologin Katrin Ohlendiek."],
        ["-Animation: Windfeld der nächsten 24 Stunden ▶",
         "-Hinweis: Warnungen können sich kurzfristig ändern."],
        ["+Die Landkreise haben für Donnerstag den Präsenzunterricht an den Schulen ausgesetzt.",
         "+Die Warnung gilt voraussichtlich bis Donnerstagabend."],
        ["-Warnungen für andere Regionen",
         "-Unwetter melden: Schicken Sie uns Ihre Fotos",
         "-Wetter-App herunterladen: App Store · Google Play",
         "-Seite drucken",
         "-Pressekontakt: Pressestelle, presse@wetterdienst-birkenhaldt.example",
         "-Alle Warnmeldungen als RSS abonnieren",
         "-Barrierefreiheit · Datenschutz · Impressum",
         "-© Wetterdienst Birkenhaldt-Süd 2026",
         "-Nach oben"],
    ]),
    _page("de", "de-schulwahl-erklaerer", [
        ["-Birkenhaldter Rundschau",
         "-Lokales · Bildung",
         "-Erklärt: Die Wahl zum Stadtelternbeirat",
         "-Hören statt lesen ▶ 6:20",
         "-Anzeige"],
        ["+So funktioniert die Wahl zum Stadtelternbeirat"],
        ["-Von Jonas Arbrecht · 04.03.2026",
         "+Am 19. März wählen die Elternvertreter der 23 Birkenhaldter Schulen einen neuen Stadtelternbeirat."],
        ["+Das Gremium berät den Stadtrat bei allen Schulfragen, vom Schulbau bis zu den Busfahrplänen."],
        ["-Lesen Sie auch: Sanierung der Lindenschule wird teurer",
         "-Info-Grafik: So setzt sich der Beirat zusammen (Klick zum Vergrößern)",
         "-ANZEIGE – Inhalt wird geladen …"],
        ["+Wer gewählt werden kann",
         "+Eltern mit mindestens einem Kind an einer städtischen Schule",
         "+Elternvertreter, die von ihrer Schulpflegschaft vorgeschlagen werden",
         "+Keine Beschäftigten der Stadtverwaltung im Schulbereich"],
        ["+„Viele Eltern wissen gar nicht, dass es dieses Gremium gibt, dabei hat es beim Schulbau mitgeredet“, sagt die bisherige Vorsitzende Ilka Brömmelhaus."],
        ["-Newsletter „Schule in Birkenhaldt“ – jetzt kostenlos abonnieren",
         "-Alle Erklärstücke im Überblick"],
        ["+Die Wahlversammlung findet in der Aula des Kepler-Gymnasiums statt.",
         "+Das Ergebnis soll noch am selben Abend bekanntgegeben werden."],
        ["-Das könnte Sie auch interessieren",
         "-Artikel merken 🔖",
         "-Jetzt 4 Wochen gratis lesen",
         "-Fehler gefunden? Schreiben Sie uns",
         "-Artikel teilen: WhatsApp · Facebook · E-Mail",
         "-Kommentare (4)",
         "-Anmelden, um zu kommentieren",
         "-Mehr aus Lokales",
         "-Impressum · Datenschutz · AGB · Abo kündigen"],
    ]),
    _page("it", "it-federazione-comunicato", [
        ["-Federazione Ciclistica Provinciale di Montevarsano",
         "-Home | La Federazione | Gare | Tesseramento | Comunicati",
         "-Area riservata società",
         "-Comunicato stampa n. 17/2026",
         "-Scarica il comunicato in PDF"],
        ["+La federazione sospende il Giro delle Colline dopo l'incidente di San Pellario"],
        ["-Montevarsano, 4 marzo 2026",
         "+Il consiglio federale ha deciso all'unanimità di sospendere l'edizione 2026 del Giro delle Colline, la corsa per dilettanti in programma ad aprile."],
        ["+La decisione arriva dopo l'incidente di domenica a San Pellario, in cui due corridori sono rimasti feriti in discesa."],
        ["-Allegato: verbale del consiglio federale",
         "-Vai al calendario gare 2026",
         "-Partner tecnico: Ruote Bellandi"],
        ["+Le misure decise dal consiglio",
         "+Un sopralluogo su tutti i percorsi in discesa della provincia",
         "+Moto-staffette obbligatorie per ogni gara su strada aperta",
         "+Un fondo di 20.000 euro per le spese mediche dei feriti"],
        ["+«Nessuna corsa vale la salute di un ragazzo, ripartiremo solo quando le strade saranno sicure», ha dichiarato il presidente Claudio Venturelli."],
        ["-Ufficio stampa: stampa@fcp-montevarsano.example",
         "-Tesserati 2026: rinnova online"],
        ["+I due corridori sono stati dimessi dall'ospedale martedì.",
         "+La federazione valuterà una nuova data per l'autunno."],
        ["-Affiliazione società 2026",
         "-Albo d'oro",
         "-Contatti · Dove siamo",
         "-Torna su ↑",
         "-Seguici su Instagram e Facebook",
         "-Comunicati precedenti",
         "-Federazione Ciclistica Provinciale di Montevarsano – C.F. 00000000000",
         "-Privacy policy · Cookie policy",
         "-Credits: sito a cura di Officina Digitale Varsanese"],
    ]),
    _page("it", "it-fanpage-social", [
        ["-Accedi o iscriviti per vedere altri contenuti",
         "-Montevarsano Bene Comune – Amici di Sara Ghedini",
         "-Pagina · Personaggio politico · 4.218 follower",
         "-Segui · Messaggio",
         "-Post in evidenza",
         "-4 marzo alle 09:12 · 🌍"],
        ["+Il consiglio comunale dice no alla vendita della scuola di via dei Tessitori"],
        ["+Ieri sera il consiglio comunale ha respinto, con 14 voti contro 9, la delibera che metteva in vendita l'ex scuola di via dei Tessitori."],
        ["+La nostra consigliera Sara Ghedini aveva raccolto 1.300 firme contro la vendita."],
        ["-Altro...",
         "-Mostra traduzione",
         "-Foto di Sara Ghedini con i comitati di quartiere"],
        ["+Cosa chiediamo ora alla giunta",
         "+Un bando per affidare l'edificio alle associazioni del quartiere",
         "+I lavori sul tetto prima del prossimo inverno",
         "+Un'assemblea pubblica entro aprile"],
        ["+«Quella scuola l'hanno costruita i nostri nonni, non è un bene da svendere», ha detto Ghedini in aula."],
        ["-Visualizza altri contenuti"],
        ["+La giunta ha annunciato che presenterà una nuova proposta entro due mesi.",
         "+Vi terremo aggiornati su questa pagina."],
        ["-Altri post di Montevarsano Bene Comune",
         "-Pagine simili che potrebbero piacerti",
         "-👍❤️ 312",
         "-47 commenti · 28 condivisioni",
         "-Mi piace · Commenta · Condividi",
         "-Più pertinenti ▾",
         "-Lucia Ferrandi: Brava Sara, avanti così! 👏",
         "-Mi piace · Rispondi · 3 h",
         "-Visualizza altri 45 commenti",
         "-Informazioni · Privacy · Condizioni · Pubblicità"],
    ]),
    _page("pl", "pl-turystyka-aktualnosci", [
        ["-Centrum Informacji Turystycznej Wierzbołęka",
         "-Odkryj · Zwiedzaj · Nocleg · Wydarzenia · Aktualności",
         "-PL | EN | DE",
         "-Strona główna / Aktualności / Komunikaty",
         "-Pobierz bezpłatny przewodnik po mieście (PDF)"],
        ["+Wieża zamkowa zamknięta dla zwiedzających do końca sezonu"],
        ["-Dodano: 04.03.2026 · Kategoria: Komunikaty",
         "+Wieża zamku w Wierzbołęce będzie zamknięta dla turystów do końca października z powodu pęknięć w murze."],
        ["+Ekspertyza konserwatorska wykazała, że schody na ostatniej kondygnacji wymagają wzmocnienia."],
        ["-Galeria zdjęć (8)",
         "-Zarezerwuj nocleg w Wierzbołęce",
         "-Mapa atrakcji – otwórz w Google Maps"],
        ["+Co można zwiedzać w tym czasie",
         "+Dziedziniec zamkowy i mury obronne – codziennie od 9 do 18",
         "+Wystawę w dawnej kuchni zamkowej – od wtorku do niedzieli",
         "+Ogród różany – wstęp bezpłatny"],
        ["+„Wolimy zamknąć wieżę na sezon niż ryzykować bezpieczeństwo zwiedzających” – mówi kierowniczka zamku Halina Drozdowicz."],
        ["-Bilety online – kup bez kolejki",
         "-Zobacz też: Jarmark wielkanocny na rynku"],
        ["+Bilety kupione wcześniej na wejście do wieży można zwrócić w kasie zamku.",
         "+Prace remontowe mają ruszyć w maju."],
        ["-Udostępnij: Facebook · Messenger",
         "-Wszystkie aktualności",
         "-Newsletter dla turystów – zapisz się",
         "-Godziny otwarcia punktów informacji",
         "-Informacja turystyczna: tel. 00 000 00 00, it@wierzbołęka-turystyka.example",
         "-Deklaracja dostępności · Polityka cookies",
         "-Projekt współfinansowany ze środków Unii Europejskiej",
         "-© Centrum Informacji Turystycznej Wierzbołęka",
         "-Wróć na górę"],
    ]),
    _page("pl", "pl-bank-spoldzielczy", [
        ["-Bank Spółdzielczy w Jaskrowicach",
         "-Klienci indywidualni | Firmy | Rolnicy | O banku",
         "-Zaloguj do bankowości internetowej",
         "-Uwaga! Nie podawaj nikomu kodów SMS. Bank nigdy nie prosi o nie telefonicznie.",
         "-O banku › Aktualności"],
        ["+Bank zamyka dwa oddziały, członkowie spółdzielni chcą nadzwyczajnego zebrania"],
        ["-04.03.2026",
         "+Zarząd Banku Spółdzielczego w Jaskrowicach postanowił zamknąć od maja oddziały w dwóch wsiach gminy."],
        ["+Decyzję uzasadniono spadkiem liczby wizyt w placówkach o połowę w ciągu pięciu lat."],
        ["-Kredyt na start – RRSO 9,87% – sprawdź szczegóły",
         "-Oprocentowanie lokat – tabela (PDF)",
         "-Pobierz aplikację mobilną: App Store · Google Play"],
        ["+Co zmieni się dla klientów",
         "+Obsługa gotówkowa w autobusie-oddziale raz w tygodniu",
         "+Wpłatomat przy remizie w każdej z dwóch wsi",
         "+Bezpłatne przejście na kartę dla klientów powyżej 70 lat"],
        ["+„Jesteśmy współwłaścicielami tego banku, a o zamknięciu dowiedzieliśmy się z ogłoszenia na drzwiach” – mówi Tadeusz Wilkoń, członek spółdzielni od 1988 roku."],
        ["-Bank Spółdzielczy w Jaskrowicach jest uczestnikiem systemu gwarantowania depozytów BFG",
         "-Zobacz także: Walne zgromadzenie – harmonogram zebrań grup członkowskich"],
        ["+Grupa członków złożyła wniosek o zwołanie nadzwyczajnego zebrania przedstawicieli.",
         "+Zarząd ma odpowiedzieć w ciągu 30 dni."],
        ["-Udostępnij",
         "-Archiwum aktualności",
         "-Kursy walut",
         "-Kontakt dla mediów: rzecznik@bs-jaskrowice.example",
         "-Infolinia: 00 000 00 00 (pon.–pt. 8–16)",
         "-Tabela opłat i prowizji",
         "-Reklamacje · RODO · Mapa placówek",
         "-Bank Spółdzielczy w Jaskrowicach, KRS 0000000000",
         "-Serwis wykorzystuje pliki cookies. Akceptuję"],
    ]),
    _page("ru", "ru-diaspora-portal", [
        ["-Наши в Бертальце — портал русскоязычной общины",
         "-Новости · Афиша · Объявления · Форум · Работа",
         "-Курсы валют: EUR 1,00",
         "-Войти · Регистрация",
         "-Главная / Новости общины"],
        ["+Консульство в Бертальце сокращает приём по паспортам"],
        ["-Редакция портала · 4 марта 2026 · 👁 2 381",
         "+С 1 апреля консульский отдел в Бертальце будет принимать заявления на паспорта только два дня в неделю вместо четырёх."],
        ["+В общине опасаются, что очередь на запись растянется на несколько месяцев."],
        ["-Объявление: Перевод документов с нотариальным заверением, недорого",
         "-Читайте также: Где в Бертальце открылась русская библиотека",
         "-Присоединяйтесь к нашему чату в WhatsApp"],
        ["+Что советуют юристы общины",
         "+Записываться на приём сразу после открытия слотов в понедельник",
         "+Проверять срок действия паспортов детей заранее",
         "+Сохранять скриншоты электронной записи"],
        ["+«Мы уже получаем десятки писем в день, многие боятся остаться без документов», — говорит председатель совета общины Галина Ветрова."],
        ["-Реклама на портале: reklama@nashi-v-bertaltse.example",
         "-Частные объявления — разместить бесплатно"],
        ["+Совет общины направил письмо консулу с просьбой сохранить выездные приёмы.",
         "+Ответ обещан до конца месяца."],
        ["-Поделиться: Telegram · WhatsApp · Viber",
         "-Подписаться на новости общины",
         "-Все новости",
         "-Пожертвовать на развитие портала",
         "-Обсудить на форуме (37 сообщений)",
         "-Популярное за неделю",
         "-© «Наши в Бертальце», 2011–2026. Перепечатка с активной ссылкой",
         "-Правила портала · Контакты",
         "-Наверх ↑"],
    ]),
    _page("ru", "ru-vybory-shkolnyy-sovet", [
        ["-Краснотальские ведомости",
         "-Город · Образование · Объяснения",
         "-Слушать статью 🔊",
         "-Реклама 18+",
         "-Спецпроект «Школа и город»"],
        ["+Как выбирают управляющий совет школы и зачем туда идти родителям"],
        ["-Текст: Анна Кормилина · 4 марта 2026",
         "+В марте в школах Краснотальска пройдут выборы управляющих советов — органов, которые утверждают программу развития школы и следят за расходами."],
        ["+Родители часто не знают о выборах, потому что объявления вывешивают только в школе."],
        ["-Подпишитесь на рассылку «Ведомостей» о школах",
         "-Инфографика: состав совета (нажмите, чтобы увеличить)",
         "-Реклама · Скрыть объявление"],
        ["+Кто входит в совет",
         "+Представители родителей, избранные на общем собрании",
         "+Учителя, которых выдвигает педагогический совет",
         "+Старшеклассники и представитель учредителя"],
        ["+«Совет может не согласовать смету, и директору придётся её переделать, — это реальная власть», — объясняет юрист Роман Челышев."],
        ["-Читайте также: В Ольхоборске закрывают вечернюю школу",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"],
        ["+Выдвинуть себя можно до 14 марта, подав заявление секретарю школы.",
         "+Собрания пройдут с 16 по 27 марта."],
        ["-Самое читаемое",
         "-Подписывайтесь на наш канал в Telegram",
         "-Версия для печати",
         "-Политика конфиденциальности",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Комментарии (6)",
         "-Чтобы оставить комментарий, войдите через Госуслуги",
         "-Все материалы спецпроекта",
         "-© «Краснотальские ведомости». 16+"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-council-meeting-news':
        "the council meeting-news page's councillor-profiles link and next-meeting line between the paragraphs are left (2 of 20 noise lines; the webcast link and related-documents line go since round 47)",
    'en-court-reporter-blog':
        "the court blog's reporting-restrictions reminder, lunch-adjournment line and previous-day and next-day links between the paragraphs are left (4 of 20 noise lines; the support appeal goes since round 47)",
    'fr-galerie-article':
        "the gallery-to-article view's photo-desk byline with update age under the title and its HD-download line between the paragraphs are left (the numbered photo caption goes since round 46, the enlarge-image link since round 47)",
    'fr-syndicat-adherents':
        "the union members' area's dues, contact-your-delegate and next-drop-in lines between the paragraphs are left (3 of 20 noise lines; the union name and members-only line go since round 47, the join and leaflet-download lines since round 46)",
    'de-wetterdienst-warnung':
        "the weather service's warning-level and app lines above the title and its wind-animation line and short-notice hint between the paragraphs are left (4 of 20 noise lines; the title stays and the map-enlarge link goes since round 47)",
    'de-schulwahl-erklaerer':
        "the explainer's kicker line above the title and its newsletter plug and all-explainers link between the paragraphs are left (3 of 20 noise lines; the title stays and the infographic link and ad-loading placeholder go since round 47)",
    'it-federazione-comunicato':
        "the federation statement's place-and-date line under the title and its attachment line, calendar link, technical-partner line and membership-renewal link between the paragraphs are left (5 of 20 noise lines; the press-office address goes since round 47)",
    'it-fanpage-social':
        "the fan page post's 'Altro...' link, photo caption and 'Visualizza altri contenuti' link between the paragraphs are left (3 of 20 noise lines)",
    'pl-turystyka-aktualnosci':
        "the tourism office page's book-a-stay and map links between the paragraphs are left (2 of 20 noise lines; the online-tickets link, the first line of its block over the rules' widget, goes since round 71 with the caption rule's reason)",
    'pl-bank-spoldzielczy':
        "the cooperative bank's name, online-banking login and SMS-code warning above the title and its loan ad, deposit-rate table and deposit-guarantee line between the paragraphs are left (6 of 20 noise lines)",
    'ru-diaspora-portal':
        "the diaspora portal's free-classifieds link between the paragraphs is left (1 of 20 noise lines; the advertising-contact line goes since round 47, the WhatsApp chat invitation since round 56)",
    'ru-vybory-shkolnyy-sovet':
        "the explainer's special-project label above the title is left (1 of 20 noise lines; the infographic link goes since round 47)",
}


test_held_out_48_line, test_held_out_48_line_is_kept, test_held_out_48_page = held_out_tests(
    HELD_OUT_48_LINES, HELD_OUT_48_KEEP, HELD_OUT_48_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
