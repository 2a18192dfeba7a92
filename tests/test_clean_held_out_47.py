"""Held-out set 47: written blind, weighted toward the noise the cleaner exists for, in shapes set 46's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
unrendered ad-slot placeholder token "%%ADSENSE_INARTICLE_TOP%%", an English "— story continues below
sponsored content —" marker, an English "This post was curated from around the web. Original credit
goes to ..." credit, a French "Cet article est repris du site partenaire ..., avec son autorisation"
credit, a French "— Publicité — la suite de l'article après cette annonce —" marker, a German "Dieser
Text erschien zuerst im ... Wir danken für die freundliche Genehmigung zur Übernahme." credit, an
Italian "[ADV] Contenuto sponsorizzato — continua a leggere sotto" marker, a Polish "Przedruk za zgodą
redakcji ..." credit and a Russian "Материал подготовлен автоматически на основе публикации ..."
credit), reading-time and date headers in new shapes (an English "Read in 4 min · Listen in 6 min", an
English long date with GMT offset, a French reading time with a word count, a German "Veröffentlicht
am ... · Aktualisiert vor 2 Stunden", an Italian "Aggiornato alle ... — lettura di 4 minuti", a Polish
listening time with a play link, a Russian reading time with a listen link), bylines with
self-promotion (an English book plug with pre-orders, an English speaking plug, an English Liberapay
tip-jar, a French book and talks plug, a German Patreon and talks plug, an Italian Substack and book
plug, a Polish Buycoffee.to tip-jar, a Russian Dzen channel and Boosty plug), blog and site-builder
footers (Hugo/Netlify, Micro.blog, Canalblog, Webador, Webnode, WebWave, uCoz), reader comment lines
(an English numbered "#12 posted by ... (permalink)" header, an English archived-discussion note, an
English "Join the conversation (31)" counter, a French forum-like "Posté par ... — Répondre à ce
message" row, a German comments-disabled note, a German "Gast schrieb am ...: ... Antworten | Melden"
row, an Italian moderation note, a Polish anonymous-guest row with "Zgłoś naruszenie", a Russian
guest row with "Пожаловаться" and a Russian "Обсуждение (23) — войдите ..." counter), an English
Bluesky/Threads/LinkedIn/Reddit share row, two notices (an English AI-assistance disclosure and an
Italian old-article notice) and a Polish gallery link as other; and toward whole scraped news and
opinion pages in layouts sets 41 to 46 did not use (a hyperlocal neighbourhood app's post, a county
council press office's statement page, a news site's live-ticker archive page, a regional daily's
e-paper article view, a city encyclopaedia's explainer with infobox, a church synod's press page, a
podcast network's episode article, a newsletter read in a webmail client, a party's member magazine
online, a news aggregator app's summary card, a community radio's blog and a think-tank's short
commentary with citation box).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 46) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 46, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 46's with 46 -> 47, including its third table ``_KEEP_XFAIL``. Shapes set 46's
docstring names as used (its feed-import shortcodes, HTML ad comments, "Via:", "Source :", "Quelle:",
"Fonte:", "Źródło:", "Источник:" credits, bracketed auto-import markers, "Posted ... ago • ... minute
read • ... views", "Last modified", "Mis en ligne le", "Stand: ... | Lesedauer", "Pubblicato il: ... |
Tempo di lettura", "Opublikowano: ... | Czas czytania", founding-member, media-training, Tipeee, "Über
mich:", Steady, PayPal coffee, training and "Об авторе:" plugs, Wix, Jekyll, Over-blog, Jimdo,
Altervista, Tilda, "Showing N of N comments · Sort by", "Commenting is no longer available", "awaiting
moderation", "Écrit par :", "Kommentar schreiben", comment-sort rows, "Dodaj komentarz", the Russian
premoderation note, "Copy link · Email · Print · Gift", the opinion disclaimers, "Tagi:", and the
shapes it lists for earlier sets) were not reused as noise lines. Slips and notes: (1) to print the
helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner
then and none of its source was read. (2) Main's HEAD moved between my first ``git rev-parse HEAD``
(cf7683d) and the creation of the worktrees; the frozen worktree and the measurement are at c28c507.
The "HEAD is now at" line that ``git worktree add`` prints (the HEAD commit's subject) was filtered
out with ``grep -v`` and not seen. ``git worktree list`` was run at the first step and showed the
names and branches of other helpers' worktrees; none of them was opened. (3) Before the measurement
the draft was executed from a scratch folder (/tmp/s47) with a stand-in ``page_from_blocks`` that
only counted lines and checked that no page noise line repeats on its page or is a substring of an
article line of its page (no case was run through the cleaner); the first count was already 20 noise
and 10 article lines a page, and the only change after it was turning the pages' ``dict([...])`` into a
dict comprehension keyed by page name. (4) The measuring pytest run (``-rA``) was piped to ``grep``
for its FAILED lines and summary, so no tracebacks were seen; the problems were then read out once
with ``_problems`` in the frozen worktree (a script that ran it on every line, keep line and page of
this set and printed those with problems), to write the xfail reasons. (5) Invented place names were
checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Brévoulac, Falkenmoorbach, Castelvaldrino, Wrzosomierz, Grzybolesie, Нижнеполынск, Hohenlarn,
Saint-Aubrelin and Borgo Tessaria had no hits; Pellinghurst, Wendlecombe and Cinderfold occur only as
made-up names in code, tests and games, and are not places I know of. A first idea for the French
river, "Orvanne", was dropped because it is a real river in France (the live-ticker page uses the
invented Sarvèze instead), "Borowina" (a real Polish place name) and "Streetlink" (a real UK service
name) were likewise replaced before the measurement, and the first surname chosen for the press
office's councillor was replaced after the name search showed it next to "Wendlecombe" in someone's
fixture. Not checked and possibly coinciding with real ones: Falkenmoortalsperre, the torrente
Sperlina, Заполынье, Ladle Street, piazza Ferretta, via Roma, via del Pozzo, ul. Cegielniana, rue des
Tanneurs, the quartier de la Tannerie, the collège des Tilleuls (generic street and school names), the
papers, firms, apps, networks and sites (Pellinghurst Gazette, Ledgerfold Press, Le Courrier de
Brévoulac, Le Guetteur de la Sarvèze, Falkenmoorbacher Kreisbote, Stadtlexikon Falkenmoorbach,
Evangelische Kirchenprovinz Hohenlarn, VallOnda Podcast Network, Cantine Morsello, Ottica Liverani,
La Lettera di Borgo Tessaria, „Nasz Ruch”, Ruch Zielonych Dzielnic, Tygodnik Grzybolesia, Radio Leśny
Zakątek, Grzybolesie24, Newsli, Lanewise, «Нижнеполынский вестник», Радио «Берег», Центр «Городская
повестка») and the people. (6) Some lines name real things, as real pages do: Google AdSense (in the
placeholder token), Hugo, Netlify, Micro.blog, Liberapay, Bluesky, Threads, LinkedIn, Reddit,
Canalblog, Patreon, Webador, Substack, Webnode, Buycoffee.to, WebWave, Дзен, Boosty, uCoz, App Store,
Google Play, Facebook, X, Instagram, YouTube, Spotify, Apple Podcasts, WhatsApp, Telegram, BibTeX, RIS,
Creative Commons (CC BY 4.0) and the emergency number 112; e-mail addresses and URLs of invented sites
use the .example domain, the British phone number is in a drama range, and other phone, tax, bank,
registration and DOI numbers are zero-filled. Nothing below was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s47 at commit
c28c507) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Judgement calls: the keep lines opening with "Original plans", "Share prices", "Discussion of the
budget", "Published figures", "Read in full", "Made with recycled steel", "Site visits", "Posté à
l'entrée", "Cet article de loi", "Temps partiel imposé", "Dieser Text der Satzung", "Gast im
Stadtrat", "Veröffentlicht wurde das Gutachten", "Aggiornato il piano regolatore", "Questo articolo del
regolamento", "Sostenuto da tre consiglieri", "Przedruk starych map", "Strona społeczna", "Время
ожидания" and "Сайт стройки" are article sentences. Date headers (with update ages or time zones)
and listening times are counted as reading-time lines; book, speaking, tip-jar and channel plugs as
bylines; site-builder, blog-host and static-site credits as footers; comment headers and rows,
counters, archived/disabled-comments and moderation notes as comments; ad placeholders, ad breaks,
curation, republication and auto-generation credits as markers; the AI-assistance disclosure and the
old-article note as notices; the gallery link as other. On every page the title, the subheading, its
three list rows, the quote and the paragraphs around them are article (10 lines a page) and
everything else is noise (20 lines a page); in particular on en-neighbourhood-app the post's text is
article and the poster line, thanks counts and neighbours' replies are noise; on
en-press-office-statement the "Notes to editors" items (a standard description of the council and a
photo offer) and the media contacts are noise; on fr-archive-direct the ticker's bare timestamps and
the pinned mark are noise; on fr-liseuse-epaper the e-paper reader's page navigation, the photo credit
and the next-article-on-the-page line are noise; on de-erklaerer-infobox the infobox's rows
(Baujahr, Stauinhalt, Betreiber), the table of contents, the footnote mark "[3]", the edit link, the
missing-sources notice and the references are noise; on de-synode-presse the press contact and the
donation account are noise; on it-episodio-podcast the host and editing credits and the sponsor read
are noise; on it-newsletter-webmail the webmail's chrome, the sender and date lines and the
newsletter's footer are noise; on pl-magazyn-czlonkowski the join-us and members-only lines and the
editor and publisher lines are noise; on pl-agregator-karta the card's summary is article and the
source line, automatic-summary note and feedback row are noise; on ru-blog-radio the closing sentence
"Мы продолжим следить за ремонтом в утреннем эфире." is article and the post's author, category and
tag lines are noise; on ru-kommentariy-tsitirovanie the quotation that opens "Как сказал на
слушаниях один из водителей" is the article's quote, and the figure caption, the citation box and the
author's bio line are noise. The rows: en-neighbourhood-app "What residents are asked to do",
en-press-office-statement "Roads that stay on the priority network", fr-archive-direct "Les
consignes de la préfecture", fr-liseuse-epaper "Le calendrier fixé par le département",
de-erklaerer-infobox "Diskutierte Varianten", de-synode-presse "Wer Mittel beantragen kann",
it-episodio-podcast "I numeri della chiusura", it-newsletter-webmail "Cosa succede ora",
pl-magazyn-czlonkowski "Co dalej z terenem cegielni", pl-agregator-karta "Najważniejsze informacje",
ru-blog-radio "Куда звонить жителям" and ru-kommentariy-tsitirovanie "Что стоило сделать", each with
three rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 7, byline 8, footer 7, comments 10, share 1, notice
2, other 1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-neighbourhood-app (a residents' association's post on a neighbourhood app about a post office
counter closing, with thanks and replies), en-press-office-statement (a county council press office's
statement on cutting winter gritting routes, with notes to editors), fr-archive-direct (the archived
live ticker of a local site on a night of flooding, with timestamps), fr-liseuse-epaper (a regional
daily's e-paper article view on a secondary school closing), de-erklaerer-infobox (a city
encyclopaedia's explainer with infobox on the dispute over repairing a dam), de-synode-presse (a
church province's press release on a synod's fund for parishes), it-episodio-podcast (a podcast
network's episode article on a bridge closed for two years), it-newsletter-webmail (a local newsletter
on the last newsstand closing, read in a webmail client), pl-magazyn-czlonkowski (a party's member
magazine article on a park vote won), pl-agregator-karta (a news aggregator app's summary card on a
children's ward suspended), ru-blog-radio (a community radio's blog post on a district without hot
water), ru-kommentariy-tsitirovanie (a think-tank's short commentary on a failed bus network reform,
with a citation box); every page holds a title, a subheading with list rows, a quote in the article
and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit c28c507db32087d5462cbf69d9ff7e6c9396c72a, measured with
``cd /tmp/wt-s47 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s47/src python -m pytest
-q tests/test_clean_held_out_47.py -rA -p no:cacheprovider`` (28 failed, 49 passed) and
``cd /tmp/wt-s47 && PYTHONPATH=/tmp/wt-s47/src python scripts/clean_held_out_report.py --sets 47``,
with the xfail tables empty): noise lines removed 28/45 (marker 3/9, reading-time 6/7, byline 4/8,
footer 7/7, comments 5/10, share 1/1, notice 1/2, other 1/1; missed, all kept as paragraphs: the
English "%%ADSENSE_INARTICLE_TOP%%", the English "This post was curated from around the web. Original
credit goes to the Pellinghurst Gazette.", the English book plug "Corin Ashby is the author of 'The
Quiet Ward' ...", the English speaking plug "Want Nadia at your conference? ...", the English "#12
posted by quillfeather on 03/11/26 at 21:07 (permalink)", the English "Discussion on this article has
been archived. New comments cannot be posted.", the French "Cet article est repris du site partenaire
Le Courrier de Brévoulac, avec son autorisation.", the French "— Publicité — la suite de l'article
après cette annonce —", the French "Temps de lecture estimé : 6 min — 2 430 mots", the French
"Retrouvez mon dernier livre « Les Rues sans nom » ...", the German "Dieser Text erschien zuerst im
Falkenmoorbacher Kreisboten. ...", the German "Sie können meine Arbeit über Patreon unterstützen ...",
the German "Gast schrieb am 11.03.2026, 09:12: ... Antworten | Melden", the Italian "Commento in
attesa di approvazione da parte del moderatore.", the Italian "Questo articolo ha più di un anno:
...", the Russian "Материал подготовлен автоматически на основе публикации «Нижнеполынского
вестника»" and the Russian "Гость · 11 марта в 08:41 · Ответить · Пожаловаться"); keep lines kept
20/20; pages 1/12 clean (en-press-office-statement), 30 of 240 page noise lines left and 27 of 120
article lines lost: en-neighbourhood-app 5 left ("Lanewise · Cinderfold, Pellinghurst", "Sign in to
see posts from your neighbourhood", "Open in the app for the full experience", "See more" and "👍
Thank · 46 Thanks") and 6 lost (the subheading "What residents are asked to do", its three rows and
the paragraphs "The operator said a mobile van would visit twice a week, ..." and "The council has
asked for the closure to be paused while its survey runs."); fr-archive-direct 2 left ("22h15" and
"21h30"); fr-liseuse-epaper 2 left ("Article suivant sur la page : Foire aux vins, les exposants en
baisse" and "Photo : Le Courrier / J.-P. Lanvert"); de-erklaerer-infobox 1 left ("Inhaltsverzeichnis
[Verbergen]") and 5 lost (the subheading "Diskutierte Varianten", its three rows and "Der Stadtrat
soll im Mai über die Variante entscheiden."); de-synode-presse 3 left ("Download: Beschlusstext (PDF,
210 KB)", "Livestream der Synode nachschauen" and "Weitere Pressemitteilungen zur Frühjahrssynode");
it-episodio-podcast 2 left ("Trascrizione completa disponibile per gli abbonati" and "Annuncio ·
l'episodio riprende tra 15 secondi"); it-newsletter-webmail 1 left ("[Immagine: foto dell'edicola]")
and 5 lost (the subheading "Cosa succede ora", its three rows and "Il bando, se ci sarà, partirebbe in
primavera."); pl-magazyn-czlonkowski 7 left ("Zdjęcie: członkowie koła podczas sesji rady (fot.
archiwum koła)", "Dołącz do nas – wypełnij deklarację członkowską", "Materiał wyłącznie dla członków –
prosimy nie udostępniać go publicznie", "Komentarze dostępne tylko dla zalogowanych członków",
"Poprzedni artykuł: Sprawozdanie z kongresu", "Wróć do spisu treści numeru" and "Pobierz cały numer w
PDF"); pl-agregator-karta 3 left ("Streszczenie wygenerowane automatycznie na podstawie 3 artykułów",
"Czy to streszczenie było pomocne? 👍 👎" and "Przewiń, aby zobaczyć więcej ↓"); ru-blog-radio 2 left
("Фото: слушательница прислала снимок раскопанной трассы" and "Этот выпуск можно послушать в подкасте
▶ 12:40") and 5 lost (the subheading "Куда звонить жителям", its three rows and "Мы продолжим следить
за ремонтом в утреннем эфире."); ru-kommentariy-tsitirovanie 2 left ("Рисунок 1. Пассажиропоток по
месяцам, тыс. поездок (источник: данные перевозчиков)" and "Материал подготовлен в рамках проекта
«Транспорт для всех»") and 6 lost (the subheading "Что стоило сделать", its three rows and the
paragraphs "Без этих мер город рискует потерять ещё часть пассажиров к осени." and "Мэрия обещала
пересмотреть схему до лета."). The failing cases are strict xfails.

Still held out after round 45 (developed on set 46; measured once at 7f92733 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 47`` and pytest on
this file): lines 28/45 and keep 20/20 as at its baseline, pages 1/12 clean, page noise lines left
30 -> 28 of 240 (en-neighbourhood-app 5 -> 3), 27 of 120 article lines lost as at its baseline.

Round 46 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 47`` and ``pytest tests/test_clean_held_out_47.py`` at
299c633 (before) and the round's last commit on branch round46 (after): noise lines 28 -> 45/45
(marker 3 -> 9/9, reading-time 6 -> 7/7, byline 4 -> 8/8, comments 5 -> 10/10, notice 1 -> 2/2;
footer 7/7, share 1/1 and other 1/1 before and after), pages 1 -> 2/12 clean, page noise lines left
28 -> 23 of 240, article lines lost 27 -> 6 of 120. First the losses, as one mechanism: the article's
subheading over its own short rows ("Diskutierte Varianten", "Cosa succede ora", "Куда звонить
жителям", "Что стоило сделать", each over three rows and a sentence) came after a line or two of the
page's (a footnote mark, a sponsor line, an ad line, a podcast line, a project note) and the gap,
with the short subheading counted as a label, ended the body there; a heading of up to six words over
two to eight rows that are no sentence, no list part and no widget, with a sentence of the article at
most two lines under them, is now the body's, the page's lines beside it go, and the tags the page
prints under the rows are crossed (then only the sentences right under them go on); the wiki's
section notice, pencil edit link and reference back-links ("↑ ...") are wiki chrome and count as
chrome in the tail, and a citation box's label, entry, BibTeX row and DOI go. Then, as classes in six
languages: ad-slot tokens ("%%ADSENSE_INARTICLE_TOP%%") and an ad label framing a continuation
marker ("— Publicité — la suite de l'article après cette annonce —") are ad markers; a word count after
a reading time ("— 2 430 mots") is part of it; curation ("This post was curated from around the web.
Original credit goes to ..."), partner-reprint ("Cet article est repris du site partenaire ..., avec
son autorisation."), first-published-with-thanks ("... Wir danken für die freundliche Genehmigung zur
Übernahme.") and auto-generation credits ("Материал подготовлен автоматически на основе публикации
«...»", an app's "Streszczenie wygenerowane automatycznie ...") are credits; "X is the author of ...
out now ... Pre-order", "Want X at your conference? ...", "Retrouvez mon dernier livre ..." and a tip
jar after "über"/"through" are self-promotion; a forum's "#12 posted by ... (permalink)", a guest's
one-line comment with its buttons ("Gast schrieb am ...: ... Antworten | Melden"), a report button
after "Ответить", an archived discussion with "New comments cannot be posted." and a comment awaiting
a moderator without a possessive are comments; the old-article notice takes its out-of-date clause
after a colon; on the pages, a contents toggle ("Inhaltsverzeichnis [Verbergen]") and an app's scroll
hint go. Pages: de-erklaerer-infobox 1 left, 5 lost -> 0, 0; it-newsletter-webmail 1 left, 5 lost
-> 1, 0 (the image placeholder); ru-blog-radio 2 left, 5 lost -> 1, 0 (the reader's photo caption);
ru-kommentariy-tsitirovanie 2 left, 6 lost -> 2, 0 (the figure caption and project note);
it-episodio-podcast 2 -> 1 (the transcript-for-subscribers note); pl-agregator-karta 3 -> 1 (the
was-this-helpful row, which goes at the article's end but not between paragraphs); unchanged:
en-neighbourhood-app 3 left and 6 lost (the post's "Reply · Share · Save" row opens the rules' comment
thread above the two last paragraphs, and the subheading and rows go with the tail), fr-archive-direct
2 (bare timestamps), fr-liseuse-epaper 2, de-synode-presse 3 and pl-magazyn-czlonkowski 7. Keep lines
20 -> 20/20. No other set changed.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_47_LINES: list[tuple[str, str, str]] = [
    # en (15)
    ("head", "%%ADSENSE_INARTICLE_TOP%%", "marker"),
    ("body", "— story continues below sponsored content —", "marker"),
    ("tail", "This post was curated from around the web. Original credit goes to the Pellinghurst Gazette.", "marker"),
    ("head", "Read in 4 min · Listen in 6 min", "reading-time"),
    ("head", "Published Tuesday 10 March 2026, 7:42 pm GMT+1", "reading-time"),
    ("tail", "Corin Ashby is the author of 'The Quiet Ward', out now from Ledgerfold Press. Pre-order signed copies at corinashby.example.", "byline"),
    ("tail", "Want Nadia at your conference? She speaks on local democracy and open data — booking enquiries via her agent.", "byline"),
    ("tail", "If this reporting helped you, you can buy me a coffee or chip in monthly on Liberapay.", "byline"),
    ("tail", "Site built with Hugo · hosted on Netlify", "footer"),
    ("tail", "Published on Micro.blog · RSS · JSON Feed", "footer"),
    ("tail", "#12 posted by quillfeather on 03/11/26 at 21:07 (permalink)", "comments"),
    ("tail", "Discussion on this article has been archived. New comments cannot be posted.", "comments"),
    ("tail", "Join the conversation (31) ↓", "comments"),
    ("body", "Share on Bluesky · Threads · LinkedIn · Reddit", "share"),
    ("head", "This content was produced with the assistance of AI tools and reviewed by our editors.", "notice"),
    # fr (6)
    ("tail", "Cet article est repris du site partenaire Le Courrier de Brévoulac, avec son autorisation.", "marker"),
    ("body", "— Publicité — la suite de l'article après cette annonce —", "marker"),
    ("head", "Temps de lecture estimé : 6 min — 2 430 mots", "reading-time"),
    ("tail", "Retrouvez mon dernier livre « Les Rues sans nom » en librairie et sur mon site, et invitez-moi pour vos conférences.", "byline"),
    ("tail", "Blog créé avec Canalblog · Signaler un abus", "footer"),
    ("tail", "Posté par Gribouille le 12/03/2026 à 22h14 — Répondre à ce message", "comments"),
    # de (6)
    ("tail", "Dieser Text erschien zuerst im Falkenmoorbacher Kreisboten. Wir danken für die freundliche Genehmigung zur Übernahme.", "marker"),
    ("head", "Veröffentlicht am 10.03.2026 um 18:45 Uhr · Aktualisiert vor 2 Stunden", "reading-time"),
    ("tail", "Sie können meine Arbeit über Patreon unterstützen oder mich für Vorträge und Workshops buchen: kontakt@hanneloreweiss.example", "byline"),
    ("tail", "Diese Seite wurde mit Webador erstellt", "footer"),
    ("tail", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert.", "comments"),
    ("tail", "Gast schrieb am 11.03.2026, 09:12: Typisch für diese Stadt. Antworten | Melden", "comments"),
    # it (6)
    ("head", "[ADV] Contenuto sponsorizzato — continua a leggere sotto", "marker"),
    ("head", "Aggiornato alle 19:32 del 10 marzo 2026 — lettura di 4 minuti", "reading-time"),
    ("tail", "Sostieni il mio lavoro indipendente: abbonati alla mia newsletter su Substack o acquista il mio libro «Acqua ferma».", "byline"),
    ("tail", "Creato con Webnode", "footer"),
    ("tail", "Commento in attesa di approvazione da parte del moderatore.", "comments"),
    ("head", "Questo articolo ha più di un anno: alcune informazioni potrebbero non essere aggiornate.", "notice"),
    # pl (6)
    ("tail", "Przedruk za zgodą redakcji „Tygodnika Grzybolesia”.", "marker"),
    ("head", "Czas słuchania: 6 min | Posłuchaj artykułu ▶", "reading-time"),
    ("tail", "Wesprzyj mnie na Buycoffee.to — każda kawa to kolejny tekst o naszym mieście.", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "~gość_2026, 11.03.2026 08:41 — Odpowiedz | Zgłoś naruszenie", "comments"),
    ("body", "Zobacz galerię (14 zdjęć) »", "other"),
    # ru (6)
    ("head", "Материал подготовлен автоматически на основе публикации «Нижнеполынского вестника»", "marker"),
    ("head", "Время чтения: 5 мин. · Слушать статью ▶", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене и поддержите автора донатом через Boosty.", "byline"),
    ("tail", "Сайт создан на конструкторе uCoz", "footer"),
    ("tail", "Гость · 11 марта в 08:41 · Ответить · Пожаловаться", "comments"),
    ("tail", "Обсуждение (23) — войдите, чтобы оставить комментарий", "comments"),
]

HELD_OUT_47_KEEP: list[tuple[str, str]] = [
    # en (7)
    ("head", "Original plans for the bypass were shelved in 2019 after a row over funding."),
    ("body", "Share prices of the water company fell sharply after the regulator's ruling."),
    ("tail", "Discussion of the budget dragged on past midnight, councillors said."),
    ("body", "Published figures show the waiting list grew by a fifth last year."),
    ("tail", "Read in full, the inspectors' report is harsher than its summary suggests."),
    ("head", "Made with recycled steel, the new footbridge is expected to last sixty years."),
    ("body", "Site visits by the inspectors were cut from four a year to one."),
    # fr (3)
    ("body", "Posté à l'entrée du chantier, un vigile filtre désormais les visiteurs."),
    ("tail", "Cet article de loi, voté en 2021, n'a jamais été appliqué dans la commune."),
    ("head", "Temps partiel imposé, salaires gelés : les agents de la mairie ont fait grève mardi."),
    # de (3)
    ("body", "Dieser Text der Satzung wurde nie veröffentlicht, kritisiert die Opposition."),
    ("tail", "Gast im Stadtrat war am Dienstag der Landrat, der Fördermittel zusagte."),
    ("head", "Veröffentlicht wurde das Gutachten erst nach einer Klage des Vereins."),
    # it (3)
    ("head", "Aggiornato il piano regolatore, restano fuori i terreni lungo il fiume."),
    ("body", "Questo articolo del regolamento comunale vieta i cantieri nel mese di agosto."),
    ("tail", "Sostenuto da tre consiglieri di minoranza, l'emendamento è passato per un solo voto."),
    # pl (2)
    ("body", "Przedruk starych map z archiwum pokazał, że działka była kiedyś łąką."),
    ("tail", "Strona społeczna zgłosiła do projektu uchwały czternaście uwag."),
    # ru (2)
    ("head", "Время ожидания автобуса на окраинах выросло до сорока минут."),
    ("body", "Сайт стройки не обновлялся с осени, жалуются жители."),
]


HELD_OUT_47_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-neighbourhood-app", [
        ["-Lanewise · Cinderfold, Pellinghurst",
         "-Sign in to see posts from your neighbourhood",
         "-Open in the app for the full experience"],
        ["-Posted by Pellinghurst Residents' Association · Verified organisation",
         "-Cinderfold · 3 hr · Shared with Cinderfold and 12 nearby neighbourhoods",
         "-Category: Civic & local news"],
        ["+Residents lose fight to keep Cinderfold post office counter"],
        ["+The last post office counter in Cinderfold will close on 30 April, the operator confirmed on Monday, despite a petition signed by more than 1,900 residents."],
        ["-See more", "-👍 Thank · 46 Thanks"],
        ["+The counter, inside the pharmacy on Ladle Street, handles pensions, parcels and cash withdrawals for a neighbourhood where the nearest bank branch shut four years ago."],
        ["+“For half the people on my street this is the only place they can pay a bill in cash,” said the association's chair, Hetty Varnam."],
        ["-Pinned by moderators"],
        ["+What residents are asked to do"],
        ["+Write to the operator's consultation address before 15 April",
         "+Attend the drop-in session at the library on 8 April",
         "+Report missing cash services to the council's access survey"],
        ["-Reply · Share · Save"],
        ["+The operator said a mobile van would visit twice a week, but did not say for how long."],
        ["+The council has asked for the closure to be paused while its survey runs."],
        ["-38 replies",
         "-Marlon G. · Ladle Street · 2 hr",
         "-Disgraceful. My mum relies on that counter.",
         "-Thank · Reply",
         "-Sasha P. · Cinderfold · 1 hr",
         "-Is the van going to take parcels too?",
         "-See previous replies",
         "-Write a reply…"],
        ["-Get the Lanewise app · App Store · Google Play",
         "-Lanewise is for neighbours. Community guidelines · Privacy"],
    ]),
    _page("en", "en-press-office-statement", [
        ["-Skip to main content",
         "-Cookies on this site: we use essential cookies. Accept additional cookies / Reject",
         "-Wendlecombe County Council — Newsroom",
         "-Home › News › Press releases › Transport"],
        ["-Press release · For immediate release",
         "-Issued: 9 March 2026 · Ref: PR-2026-041"],
        ["+County confirms winter gritting routes will be cut by a third"],
        ["+Wendlecombe County Council will stop gritting 140 miles of minor roads from next winter, the cabinet member for highways announced today."],
        ["-Print this page", "-Share this page", "-Download this statement (PDF, 84 KB)"],
        ["+The change follows a 22 per cent rise in the cost of rock salt and a shortage of qualified drivers at the council's three depots."],
        ["+“We have protected every bus route, every school route and every road to a hospital,” said Councillor Bernard Quillane. “But we cannot grit what we cannot staff.”"],
        ["+Roads that stay on the priority network"],
        ["+All A and B roads across the county",
         "+Routes used by scheduled buses and school transport",
         "+Access roads to Pellinghurst General Hospital and the ambulance station"],
        ["-Related: Winter service plan 2026–27 (consultation)"],
        ["+Parish councils will be offered free salt bins for the roads taken off the network."],
        ["+The cabinet will take a final decision on 24 March."],
        ["-Notes to editors",
         "-1. Wendlecombe County Council is the highways authority for 2,310 miles of road.",
         "-2. Photographs of the depots are available on request.",
         "-Media enquiries: press.office@wendlecombe.example · 01632 000000 (office hours)",
         "-Out-of-hours media line for journalists only"],
        ["-Was this page useful? Yes / No",
         "-Report a problem with this page",
         "-Accessibility statement · Cookies · Privacy notice",
         "-Follow us on X and Facebook",
         "-© Wendlecombe County Council 2026"],
    ]),
    _page("fr", "fr-archive-direct", [
        ["-EN DIRECT — Ce direct est terminé",
         "-Archives des directs › Mars 2026",
         "-Revivez notre direct",
         "-Mis à jour en continu jusqu'à 23h04",
         "-Rafraîchir automatiquement : désactivé",
         "-Suivre ce sujet"],
        ["+Inondations à Saint-Aubrelin : la nuit où la Sarvèze est sortie de son lit"],
        ["-22h47", "-📌 Épinglé"],
        ["+La Sarvèze a dépassé la cote d'alerte de 4,20 mètres peu avant 21 heures, obligeant la préfecture à évacuer trois rues du quartier de la Tannerie."],
        ["-22h15"],
        ["+Près de 300 habitants ont passé la nuit au gymnase municipal, où la protection civile a installé des lits de camp."],
        ["-21h58 — Publicité"],
        ["+« L'eau est montée de cinquante centimètres en une heure, on n'a rien pu sauver du rez-de-chaussée », raconte Odile Ferrand, commerçante rue des Tanneurs."],
        ["-21h30"],
        ["+Les consignes de la préfecture"],
        ["+Ne pas circuler sur les quais ni sur le pont de la Tannerie",
         "+Signaler toute personne isolée en appelant le 112",
         "+Couper le gaz et l'électricité en cas d'eau au rez-de-chaussée"],
        ["+La décrue a commencé vers 3 heures du matin, selon le service de prévision des crues."],
        ["+Le maire a annoncé une demande de reconnaissance de l'état de catastrophe naturelle."],
        ["-Fin du direct — merci de nous avoir suivis",
         "-Voir les 48 messages précédents",
         "-Retrouvez tous nos directs",
         "-Réagir au direct",
         "-Partager ce direct : Facebook · X · Copier le lien"],
        ["-Newsletter : recevez l'essentiel chaque matin",
         "-Télécharger l'application",
         "-Le Guetteur de la Sarvèze · Mentions légales · Gestion des cookies",
         "-© Le Guetteur de la Sarvèze 2026 — Tous droits réservés"],
    ]),
    _page("fr", "fr-liseuse-epaper", [
        ["-Édition numérique — Le Courrier de Brévoulac — Mardi 10 mars 2026",
         "-Sommaire · Une · Région · Sports · Avis d'obsèques",
         "-Édition : Brévoulac et sa vallée ▾",
         "-Page 7 / 32 · Région",
         "-◀ Page précédente | Page suivante ▶",
         "-Zoom + | Zoom − | Mode texte"],
        ["+Le collège des Tilleuls fermera ses portes en juin"],
        ["+Le conseil départemental a voté lundi la fermeture du collège des Tilleuls, qui ne compte plus que 143 élèves, contre 410 il y a vingt ans."],
        ["-Article suivant sur la page : Foire aux vins, les exposants en baisse"],
        ["+Les élèves seront répartis entre deux collèges du canton, situés à 18 et 24 kilomètres."],
        ["-Photo : Le Courrier / J.-P. Lanvert"],
        ["+« On nous demande de mettre des enfants de onze ans deux heures par jour dans un car », dénonce Hélène Morvaut, présidente de l'association de parents d'élèves."],
        ["-Publicité — demi-page", "-Continuer la lecture ▼"],
        ["+Le calendrier fixé par le département"],
        ["+Dernier conseil d'administration le 2 juin",
         "+Transfert des dossiers des élèves avant le 30 juin",
         "+Nouvelles lignes de car à la rentrée de septembre"],
        ["+Un recours devant le tribunal administratif est à l'étude."],
        ["+Le bâtiment pourrait ensuite accueillir un centre de formation."],
        ["-Fin de l'article",
         "-Imprimer l'article | Envoyer la page",
         "-Ajouter aux favoris",
         "-Retour au sommaire de l'édition",
         "-Télécharger l'édition en PDF",
         "-Consulter les éditions précédentes"],
        ["-Votre abonnement numérique : 14 jours restants",
         "-Contactez le service abonnés",
         "-Aide à la lecture · Raccourcis clavier",
         "-Le Courrier de Brévoulac — Édition numérique — © 2026"],
    ]),
    _page("de", "de-erklaerer-infobox", [
        ["-Stadtlexikon Falkenmoorbach",
         "-Zufälliger Artikel · Letzte Änderungen",
         "-Artikel · Diskussion · Lesen · Bearbeiten · Versionsgeschichte",
         "-Aus Stadtlexikon Falkenmoorbach, dem freien Nachschlagewerk"],
        ["-Infobox: Falkenmoortalsperre",
         "-Baujahr: 1964–1968",
         "-Stauinhalt: 4,1 Mio. m³",
         "-Betreiber: Zweckverband Wasser Falkenmoorbach"],
        ["+Streit um die Sanierung der Falkenmoortalsperre"],
        ["+Die Sanierung der Falkenmoortalsperre ist seit 2024 Gegenstand einer politischen Auseinandersetzung im Stadtrat von Falkenmoorbach."],
        ["-Inhaltsverzeichnis [Verbergen]"],
        ["+Ein Gutachten hatte Risse im Kontrollgang der Staumauer festgestellt; die Kosten der Sanierung werden auf 38 Millionen Euro geschätzt."],
        ["+Der Verbandsvorsteher Konrad Illwig erklärte im Januar: „Wir reden nicht über Schönheitsreparaturen, sondern über die Sicherheit von 20.000 Menschen unterhalb der Mauer.“"],
        ["-[3]"],
        ["+Diskutierte Varianten"],
        ["-Abschnitt bearbeiten ✎",
         "-Dieser Abschnitt ist nicht hinreichend mit Belegen ausgestattet."],
        ["+Vollsanierung bei abgesenktem Wasserspiegel",
         "+Teilsanierung in zwei Bauabschnitten",
         "+Rückbau und Ersatz durch ein Hochwasserrückhaltebecken"],
        ["+Der Stadtrat soll im Mai über die Variante entscheiden."],
        ["+Eine Bürgerinitiative fordert einen Bürgerentscheid über das Vorhaben."],
        ["-Einzelnachweise",
         "-↑ Gutachten zur Standsicherheit, 2024, S. 12.",
         "-↑ Protokoll der Verbandsversammlung vom 18. Januar 2026."],
        ["-Kategorien: Talsperre in Falkenmoorbach | Stadtpolitik | Kontroverse",
         "-Diese Seite wurde zuletzt am 9. März 2026 um 21:14 Uhr bearbeitet.",
         "-Diese Seite wurde bisher 1.204-mal abgerufen.",
         "-Der Text ist unter einer freien Lizenz verfügbar.",
         "-Datenschutz · Über das Stadtlexikon · Haftungsausschluss"],
    ]),
    _page("de", "de-synode-presse", [
        ["-Menü schließen ✕",
         "-Suche | Leichte Sprache | Gebärdensprache",
         "-Aktuelles · Glaube · Gemeinden · Presse · Kontakt",
         "-Evangelische Kirchenprovinz Hohenlarn · Pressestelle",
         "-Startseite > Presse > Pressemitteilungen > 2026"],
        ["-Pressemitteilung Nr. 14/2026", "-Hohenlarn, 9. März 2026"],
        ["+Synode beschließt Fonds für Kirchengemeinden in Notlagen"],
        ["+Die Landessynode der Kirchenprovinz Hohenlarn hat am Samstag einen Fonds von 2,5 Millionen Euro für Kirchengemeinden beschlossen, die ihre Gebäude nicht mehr unterhalten können."],
        ["-Bild: Blick in den Tagungssaal der Synode (Foto: Pressestelle)"],
        ["+Der Beschluss fiel mit 61 Ja-Stimmen bei 4 Gegenstimmen und 3 Enthaltungen."],
        ["+„Keine Gemeinde soll ihr Gemeindehaus verkaufen müssen, nur weil das Dach undicht ist“, sagte die Präses der Synode, Ilse Wendrath."],
        ["-Download: Beschlusstext (PDF, 210 KB)", "-Livestream der Synode nachschauen"],
        ["+Wer Mittel beantragen kann"],
        ["+Kirchengemeinden mit weniger als 800 Mitgliedern",
         "+Gemeinden, deren Rücklagen unter 20.000 Euro liegen",
         "+Gemeindeverbände, die Gebäude gemeinsam nutzen"],
        ["-Weitere Pressemitteilungen zur Frühjahrssynode"],
        ["+Anträge können ab 1. Mai beim Kirchenamt gestellt werden."],
        ["+Die Synode tagt erneut im November."],
        ["-Pressekontakt",
         "-Pfarrerin Dr. Annegret Solms, Pressesprecherin",
         "-Telefon 0000 000000 · presse@kirchenprovinz-hohenlarn.example",
         "-Pressefotos zur freien Verwendung im Rahmen der Berichterstattung"],
        ["-RSS-Feed der Pressemitteilungen abonnieren",
         "-Seite drucken · Seite teilen",
         "-Zuletzt aktualisiert: 9. März 2026",
         "-Impressum · Datenschutz · Barrierefreiheit",
         "-Spendenkonto: IBAN DE00 0000 0000 0000 0000 00"],
    ]),
    _page("it", "it-episodio-podcast", [
        ["-VallOnda Podcast Network",
         "-Home · Podcast · Episodi · Chi siamo",
         "-Episodio 87 · Stagione 4",
         "-▶ Ascolta l'episodio · 34:12",
         "-Velocità 1x · 1.5x · 2x",
         "-Aggiungi alla coda · Condividi l'episodio",
         "-Disponibile su Spotify, Apple Podcasts e sul nostro sito"],
        ["+Il ponte di Castelvaldrino, due anni dopo la chiusura"],
        ["+In questo episodio torniamo a Castelvaldrino, dove il ponte sul torrente Sperlina è chiuso dal marzo 2024 e i lavori non sono mai cominciati."],
        ["-Trascrizione completa disponibile per gli abbonati"],
        ["+Chi abita sulla sponda sinistra deve fare un giro di 22 chilometri per raggiungere la scuola e il medico."],
        ["+«Ogni mattina perdo un'ora per portare mia figlia a scuola, e nessuno ci ha mai spiegato perché il cantiere non parte», racconta Lucia Ferrandi, ospite della puntata."],
        ["-Questo episodio è offerto da Cantine Morsello: spedizione gratuita con il codice VALLONDA",
         "-Annuncio · l'episodio riprende tra 15 secondi"],
        ["+I numeri della chiusura"],
        ["+Ponte chiuso da 24 mesi",
         "+Deviazione di 22 chilometri per 900 residenti",
         "+Progetto esecutivo approvato, fondi non ancora stanziati"],
        ["-Iscriviti al podcast per non perdere i prossimi episodi"],
        ["+La Provincia ha detto che la gara d'appalto sarà pubblicata entro l'estate."],
        ["+Nella prossima puntata ascolteremo la replica dell'assessore ai lavori pubblici."],
        ["-Conduce Marta Sellari · Montaggio: Enzo Ruffo · Musiche: archivio VallOnda",
         "-Scrivici a redazione@vallonda.example",
         "-Tag: ponti, viabilità, Castelvaldrino"],
        ["-◀ Episodio precedente | Episodio successivo ▶",
         "-Tutti gli episodi della stagione",
         "-Lascia una recensione a 5 stelle",
         "-Sostieni VallOnda con un abbonamento",
         "-Scarica l'episodio (MP3, 48 MB)",
         "-VallOnda Podcast Network · P. IVA 00000000000 · Privacy"],
    ]),
    _page("it", "it-newsletter-webmail", [
        ["-Cerca nella posta",
         "-Posta in arrivo (214)",
         "-◀ Indietro · Archivia · Segnala spam · Elimina · Sposta in ▾"],
        ["-La Lettera di Borgo Tessaria <lettera@borgotessaria.example>",
         "-a me ▾ · 10 mar 2026, 07:02 (2 giorni fa)",
         "-Annulla iscrizione",
         "-Le immagini non sono visualizzate. Mostra immagini · Mostra sempre le immagini da questo mittente"],
        ["+Chiude l'ultima edicola del centro storico"],
        ["+Dopo 61 anni l'edicola di piazza Ferretta abbasserà la saracinesca il 31 marzo: i titolari non hanno trovato nessuno disposto a rilevarla."],
        ["-[Immagine: foto dell'edicola]"],
        ["+Con la chiusura, il centro storico resta senza un punto vendita di giornali per la prima volta dal dopoguerra."],
        ["+«I giornali non si vendono più, ma la gente veniva qui anche solo per scambiare due parole», dice Giorgio Palmieri, che gestisce il chiosco con la moglie."],
        ["-Sponsor di questa settimana: Ottica Liverani, via Roma 12"],
        ["+Cosa succede ora"],
        ["+Gli abbonamenti ai quotidiani passeranno al bar della stazione",
         "+Il Comune valuta un bando per il chiosco",
         "+Una raccolta firme chiede di mantenere il servizio"],
        ["-Rispondi a questa email: leggiamo tutto.", "-Apri in una nuova finestra ⧉"],
        ["+Il bando, se ci sarà, partirebbe in primavera."],
        ["+La raccolta firme è aperta in biblioteca fino al 20 marzo."],
        ["-Hai ricevuto questa email perché sei iscritto alla Lettera di Borgo Tessaria.",
         "-Aggiorna le preferenze · Disiscriviti",
         "-Borgo Tessaria APS · via del Pozzo 3"],
        ["-Rispondi · Rispondi a tutti · Inoltra",
         "-Fai clic qui per rispondere o inoltrare",
         "-Etichette: Newsletter ✕",
         "-Spazio utilizzato: 3,2 GB di 15 GB",
         "-Termini · Privacy · Norme del programma",
         "-Ultima attività dell'account: 5 minuti fa · Dettagli"],
    ]),
    _page("pl", "pl-magazyn-czlonkowski", [
        ["-Aktualności · Program · Koła · Magazyn · Kontakt",
         "-Szukaj w magazynie",
         "-Strefa członka: zaloguj się",
         "-Opłać składkę członkowską online"],
        ["-„Nasz Ruch” – magazyn online dla członków i sympatyków Ruchu Zielonych Dzielnic",
         "-Numer 3/2026 · Spis treści",
         "-Dział: Z regionów"],
        ["+Wrzosomierz: wygraliśmy głosowanie w sprawie parku"],
        ["-Posłuchaj tego artykułu (6 min)"],
        ["+Rada miasta Wrzosomierz przyjęła w czwartek uchwałę o utworzeniu parku na terenie dawnej cegielni, o co nasze koło zabiegało od trzech lat."],
        ["-Zdjęcie: członkowie koła podczas sesji rady (fot. archiwum koła)"],
        ["+Za uchwałą głosowało 14 radnych, przeciw było 7."],
        ["+„To zwycięstwo mieszkańców, którzy zebrali ponad dwa tysiące podpisów” – mówi przewodnicząca koła Joanna Kurzelewska."],
        ["-Dołącz do nas – wypełnij deklarację członkowską"],
        ["+Co dalej z terenem cegielni"],
        ["+Konsultacje projektu parku w kwietniu i maju",
         "+Rozbiórka zrujnowanych hal do końca roku",
         "+Pierwsze nasadzenia wiosną 2027 roku"],
        ["-Materiał wyłącznie dla członków – prosimy nie udostępniać go publicznie"],
        ["+Projekt parku ma kosztować 6,4 mln zł."],
        ["+Koło zaprasza mieszkańców na spotkanie podsumowujące 21 marca."],
        ["-Komentarze dostępne tylko dla zalogowanych członków",
         "-Poprzedni artykuł: Sprawozdanie z kongresu",
         "-Wróć do spisu treści numeru",
         "-Pobierz cały numer w PDF"],
        ["-Redaktor naczelny numeru: Michał Trzeciak",
         "-Wydawca: Ruch Zielonych Dzielnic, ul. Cegielniana 4",
         "-Wpłać darowiznę na kampanię: numer konta 00 0000 0000 0000 0000 0000 0000",
         "-Obserwuj nas: Facebook · Instagram · YouTube",
         "-Polityka prywatności · RODO"],
    ]),
    _page("pl", "pl-agregator-karta", [
        ["-Newsli – wiadomości w skrócie",
         "-Otwórz w aplikacji",
         "-Zaloguj się, aby personalizować",
         "-Dla Ciebie · Najnowsze · Lokalne · Obserwowane"],
        ["-Karta 3 z 12 ▸",
         "-Lokalne · Grzybolesie",
         "-Tygodnik Grzybolesia · 2 godz. temu · 3 źródła"],
        ["+Grzybolesie: szpital powiatowy zawiesza oddział dziecięcy"],
        ["-Streszczenie wygenerowane automatycznie na podstawie 3 artykułów"],
        ["+Szpital powiatowy w Grzybolesiu zawiesi od 1 kwietnia oddział pediatryczny z powodu braku lekarzy."],
        ["+Dzieci wymagające hospitalizacji będą kierowane do szpitala oddalonego o 45 kilometrów."],
        ["-Reklama"],
        ["+„Szukaliśmy pediatrów przez pół roku, zgłosiła się jedna osoba” – powiedział dyrektor szpitala Wiesław Obarek."],
        ["+Najważniejsze informacje"],
        ["+Oddział zawieszony od 1 kwietnia",
         "+Izba przyjęć nadal przyjmuje dzieci",
         "+Starostwo zapowiada rozmowy z uczelnią medyczną"],
        ["-Czy to streszczenie było pomocne? 👍 👎", "-Przewiń, aby zobaczyć więcej ↓"],
        ["+Radni opozycji zażądali zwołania nadzwyczajnej sesji rady powiatu."],
        ["+Starosta zapowiedział, że oddział wróci, gdy uda się zatrudnić lekarzy."],
        ["-Przeczytaj pełny artykuł w Tygodniku Grzybolesia ›",
         "-Inne źródła: Radio Leśny Zakątek · Portal Grzybolesie24",
         "-Obserwuj temat: Służba zdrowia",
         "-Powiązane karty"],
        ["-Zapisz · Udostępnij · Ukryj źródło",
         "-Pokaż mniej takich wiadomości",
         "-Zgłoś błąd w streszczeniu",
         "-Pobierz Newsli z Google Play",
         "-Regulamin · Prywatność · © Newsli 2026"],
    ]),
    _page("ru", "ru-blog-radio", [
        ["-Радио «Берег» 101,7 FM — общественное радио Нижнеполынска",
         "-▶ Слушать эфир онлайн",
         "-Сейчас в эфире: «Утро на Береге» · 08:00–10:00",
         "-Вход для ведущих"],
        ["-Главная · Программы · Блог · Расписание · Контакты",
         "-Блог редакции"],
        ["+Жители Заполынья неделю живут без горячей воды"],
        ["+Со 2 марта в микрорайоне Заполынье нет горячей воды: на теплотрассе под улицей Лодочной произошёл порыв."],
        ["-Фото: слушательница прислала снимок раскопанной трассы"],
        ["+Коммунальщики обещали закончить ремонт к пятнице, но сроки уже дважды переносились."],
        ["+«Греем воду в кастрюлях, как тридцать лет назад», — рассказала в прямом эфире жительница дома № 14 Галина Сорокова."],
        ["-Этот выпуск можно послушать в подкасте ▶ 12:40",
         "-Реклама на радио: тел. +7 000 000-00-01"],
        ["+Куда звонить жителям"],
        ["+Аварийно-диспетчерская служба — круглосуточно",
         "+Горячая линия администрации — с 8 до 20 часов",
         "+Жилищная инспекция — по будням"],
        ["-Поддержите общественное радио — каждый рубль идёт на эфир"],
        ["+Администрация обещает перерасчёт платы за дни без воды."],
        ["+Мы продолжим следить за ремонтом в утреннем эфире."],
        ["-Метки: ЖКХ, Заполынье",
         "-Запись опубликована в рубрике Новости города",
         "-Автор записи: ведущая Дарья Плетнёва",
         "-← Предыдущая запись | Следующая запись →",
         "-Понравилось? Расскажите друзьям"],
        ["-Напишите в студию: WhatsApp и Telegram +7 000 000-00-00",
         "-Архив эфиров",
         "-Радио «Берег» · свидетельство о регистрации СМИ ЭЛ № 00-00000",
         "-Возрастное ограничение 16+",
         "-Все права защищены © 2026"],
    ]),
    _page("ru", "ru-kommentariy-tsitirovanie", [
        ["-Центр «Городская повестка»",
         "-Поиск по сайту",
         "-Исследования · Комментарии · Эксперты · Мероприятия · О центре",
         "-EN | RU"],
        ["-Комментарий эксперта", "-12 марта 2026 · 3 мин"],
        ["+Почему реформа маршрутов в Нижнеполынске провалилась"],
        ["+Реформа автобусной сети Нижнеполынска, запущенная в сентябре, за полгода сократила пассажиропоток на 18 процентов."],
        ["-Рисунок 1. Пассажиропоток по месяцам, тыс. поездок (источник: данные перевозчиков)"],
        ["+Главная ошибка — отмена прямых маршрутов из спальных районов в центр без замены их частыми пересадочными линиями."],
        ["+Как сказал на слушаниях один из водителей, «люди не против пересадок, они против ожидания на морозе по двадцать минут»."],
        ["-Материал подготовлен в рамках проекта «Транспорт для всех»"],
        ["+Что стоило сделать"],
        ["+Сохранить три прямых маршрута в часы пик",
         "+Ввести единый билет на 60 минут",
         "+Публиковать данные о пассажиропотоке ежемесячно"],
        ["-Скачать полную версию доклада (PDF, 1,2 МБ)",
         "-Ключевые слова: транспорт, реформа, Нижнеполынск"],
        ["+Без этих мер город рискует потерять ещё часть пассажиров к осени."],
        ["+Мэрия обещала пересмотреть схему до лета."],
        ["-Как цитировать:",
         "-Лесовская А. Почему реформа маршрутов провалилась // Центр «Городская повестка». 2026. 12 марта.",
         "-Скопировать цитату · BibTeX · RIS",
         "-DOI: 10.0000/gp.2026.014"],
        ["-Анна Лесовская — старший научный сотрудник Центра, специалист по транспортному планированию.",
         "-Комментарий подготовлен для рубрики «Экспертиза»",
         "-Другие комментарии эксперта",
         "-Подпишитесь на рассылку Центра",
         "-Материалы Центра распространяются по лицензии CC BY 4.0",
         "-© Центр «Городская повестка», 2026"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-neighbourhood-app':
        "the neighbourhood app's name, sign-in and open-in-app lines above the title and its pinned-by-moderators line above the subheading are left (4 of 20 noise lines; after round 65, which keeps its two last paragraphs under the post's 'Reply · Share · Save' row)",
    'fr-archive-direct':
        "one of the live ticker's bare timestamps ('22h15') between the paragraphs is left (1 of 20 noise lines)",
    'fr-liseuse-epaper':
        "the e-paper view's next-article-on-the-page line between the paragraphs is left (1 of 20 noise lines; its photo credit goes since round 108)",
    'de-synode-presse':
        "the synod press page's PDF download line, livestream link and further-press-releases link between the paragraphs are left (3 of 20 noise lines)",
    'it-episodio-podcast':
        "the podcast episode page's transcript-for-subscribers note between the paragraphs is left (1 of 20 noise lines)",
    'it-newsletter-webmail':
        "the webmail view's image placeholder between the paragraphs is left (1 of 20 noise lines)",
    'pl-magazyn-czlonkowski':
        "the member magazine's photo caption and join-us line between the paragraphs are left (2 of 20 noise lines)",
    'pl-agregator-karta':
        "the aggregator card's was-this-helpful row between the paragraphs is left (1 of 20 noise lines)",
    'ru-kommentariy-tsitirovanie':
        "the think-tank commentary's figure caption and project note between the paragraphs are left (2 of 20 noise lines)",
}


test_held_out_47_line, test_held_out_47_line_is_kept, test_held_out_47_page = held_out_tests(
    HELD_OUT_47_LINES, HELD_OUT_47_KEEP, HELD_OUT_47_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
