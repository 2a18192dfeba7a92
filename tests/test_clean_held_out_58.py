"""Held-out set 58: written blind, weighted toward the noise the cleaner exists for, in shapes set 57's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English template
placeholder in double curly braces ('{{ad_unit:leaderboard_top}}'), an English leftover HTML comment
('<!-- inline-ad-slot-2 -->'), an English retrieved-from-the-publisher's-RSS-feed credit, a French
end-of-partner-space marker ("Contenu sponsorisé — fin de l'espace partenaire"), a German
advertisement-story-continues-below marker ("Anzeige – Artikel wird unterhalb fortgesetzt"), an Italian
generated-automatically-from-a-press-release marker, a Polish "REKLAMA · Czytaj dalej poniżej" marker and a
Russian taken-from-open-sources content-farm marker ("Статья взята из открытых источников ..."));
reading-time and date headers in new shapes (an English reading time with a word count "⏱ 7 min read ·
1,284 words", an English weekday-date-and-minute-read row, a French posted-hours-ago row with reading time
and word count, a German "Veröffentlicht vor 2 Stunden | 5 Min. Lesezeit", an Italian read-count row
"Letto 1.243 volte · 3 minuti di lettura", a Polish posted-hours-ago row "Opublikowano 2 godziny temu · 6
min czytania" and a Russian date, view-count and clock-emoji row); bylines and self-promotion (an English
"VISIT MY WEBSITE" workshops-and-coaching plug, English, French, Italian and Russian my-new-book plugs, an
English hire-me freelance-and-consulting plug, a German talks-and-workshops plug and a Polish
training-and-consulting plug); blog footers (WordPress.com's "Blog at WordPress.com." in English and its
French, Italian and Polish wordings, Ghost's "Published with Ghost" and a German "Powered by Ghost ·
Theme: ..." credit, and a Russian "Сделано на Tilda"); reader-comment furniture (WordPress's "Leave a
Reply Cancel reply" and its Polish and Russian wordings, the English "You are commenting using your
WordPress.com account. ( Log Out / Change )", "N thoughts on “...”" counts in English, French and German,
comments-are-closed notes in French, German, Italian, Polish and Russian, and the Italian email-not-published
note of the comment form); an English WordPress like-count row "One blogger likes this." (share); and an
English free-review-ticket disclosure (notice); and toward whole scraped news and opinion pages in
layouts sets 41 to 57 did not use (a tram heritage society's restoration news, a cricket captain's match
opinion with a scorecard, a food bank's winter report, a bridge club's tournament results, a fire lookout
tower's volunteer diary, a glassblowing studio's open-day news, an amateur weather-station network's
monthly summary, a stamp collectors' fair announcement, a bicycle repair cooperative's quarterly report, an
orienteering club's event notice, a referees' association statement and a town hall's wedding-room
notice).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 57) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 57, its imports, its ``_page`` helper and
its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the three test
functions), printed with an ast script (``ast.get_docstring``, the import nodes' and the ``_page`` node's
source segments, and the file from the ``_marks`` node's line to the end); the helpers ``_problems``,
``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed
as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 57's
with 57 -> 58 (with the empty ``_KEEP_XFAIL`` table set 57's tail holds). Nothing below was copied from
any file of the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s58 at
commit 52b72abd49839b99ddd19fe0190e7f93b32e4e6b, which was also main's HEAD at my first step) and every
failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was
changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) ``git worktree add``
printed, as git does, the subject line of the commit it checked out (a docs/cleaning.md correction of a
count of rule overwrites); it was seen after the lists were written and changed nothing in them. (3)
Before the measurement the draft was executed from a scratch folder (/tmp/s58) with stand-ins for
``noisy_corpus`` and ``test_clean`` that only counted lines and checked that no page noise line repeats on
its page, is a substring of an article line of its page or repeats a line of ``HELD_OUT_58_LINES`` (no
case was run through the cleaner). The first count showed 9 article lines a page; a fourth list row was
added to every page before the measurement. (4) The measuring pytest run (``-rA``) was piped to ``grep``
for its FAILED lines and summary, so no tracebacks were seen; the problems were then read out once with
``_problems`` in the frozen worktree by a script that ran it on every line, keep line and page of this
set and printed the problems of the failing ones, to write the xfail reasons. (5) Invented place names
were checked, before the measurement, against the helper's exact-string search over public GitHub files
and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Fontbrassac, Montcastrel, Pievefosca, Serravolta, Montebrullo, Kruszynowo (Leśne), Jastrzębowo (Dolne),
Вербоозёрск and Калиногорье had no hits; Coldharrow, Marrowfield and Falkenruh occur only as invented
names in games and fiction, Pellowby only in an invented ensemble name, and Kristallbrunn only inside the
word "Kristallbrunnen" of games. Replaced before the measurement: the cricket opponents "Halstock Green"
(Halstock is a real Dorset village) became Pellowby Green, the sponsor "Tenbury Motors" (Tenbury Wells is
a real town) became Farrowgate Motors, and an Italian paragraph naming the real Poste was reworded to "uno
sportello postale temporaneo". Not checked: the streets, hills and spots (Furnace Yard, Long Meadow Road,
Quenby Lane, Hohlenberg, Am Forsthaus, Hüttenweg, via dei Cordai, Las Bukowy, ul. Kolejowa, ул.
Стадионная, ул. Садовая, пл. Советская, rue des Entrepôts), which are generic and may exist somewhere
(Hohlenberg in particular may be a real hill's name); the organisations, firms, blogs, themes, books and
sites (Coldharrow Tramway Heritage Society, Tramline Web Co., Farrowgate Motors, The Plough Inn, Cave
Lesperrier, ClubEnLigne, Atelier Numérique Solidaire, Forstbedarf Riedlinger, Vereinsbaukasten,
ShopFabrik, „Moorblau“, Heidekraut, Termoidraulica Bellunardi, Nuvola Web Studio, Cornici Zanoletti,
Francobollo Lite, „Szprycha”, Sklep Rowerowy Pedał, Wiejski Kreator Stron, „Azymut”, Włóczykij,
StronyDlaKlubów, «Свисток», «ВебСтарт», The Salt Road Ledgers, Les Chemins de la Vieille Craie, Il sale
di Pontegriso, «Соль северных озёр», the example domains) and the people. "The Plough Inn", "Pedał",
"Włóczykij" and «Свисток» are common enough that real pubs or shops may carry them. (6) Some lines name
real things, as real pages do: WordPress.com, Ghost, Tilda, Play-Cricket, Google, Facebook, X, WhatsApp,
Telegram, Messenger, LinkedIn, Instagram, PayPal, ВКонтакте, Одноклассники, Госуслуги, ГосВеб, the French
loi 1901 and tax deduction, the German e. V. and IBAN, the Italian APS, 5x1000 and C.F., the Polish KRS and
1,5% tax transfer, and the Russian ЗАГС; bank, tax and phone numbers are zero-filled. No real person is
named. (7) Set 57's docstring names only its own shapes and earlier sets' page layouts, so some lines may
repeat shapes of sets before 57 that I could not check; in particular the WordPress comment-form lines,
"Blog at WordPress.com.", "Published with Ghost", the comments-are-closed notes and the thoughts-on counts
are common furniture that earlier sets (set 41 used a WordPress comment thread and a Ghost blog) may have
used. Close to shapes set 57 named: the English RSS-feed credit is near its imported-from-a-partner-feed
credit and the Italian press-release marker near its Italian "Fonte originale ... (articolo ripubblicato
automaticamente)" (both are other wordings of automatic republication), "One blogger likes this." is a
row of the same WordPress like widget as its "Like this: Like Loading..." and "Like Liked by 3 people
Reply", the German "Powered by Ghost · Theme" credit is near its theme-and-WordPress credits, and on the
tram society's page the ad line opens with a shortcode-like '[ad_slot id="trams-top"]' as its bracketed
placeholders do; none of these is a line of ``HELD_OUT_57_LINES`` as far as its docstring tells. (8) My
first step's clock reading was 2026-12-03 13:01 UTC.

Judgement calls: the keep lines opening with "Published figures", "Hire charges", "Content of the new
curriculum", "Disclosure of the contract terms", "Visit numbers", "“My new shop", "One blogger who exposed",
"Les commentaires des habitants", "Blog et réseaux sociaux", "Publié en 1911", "Kommentare aus dem
Gemeinderat", "Veröffentlicht wurde", "Anzeige erstattet", "I commenti dei residenti", "Letto in aula",
"Articolo per articolo", "Opublikowano też", "Dodaj do tego", "Комментарии специалистов" and "Статья
расходов" are article sentences. Template placeholders, HTML-comment leftovers, feed, press-release and
open-sources credits and the continue-below ad markers are counted as markers; reading times, read counts
and posted-ago rows as reading-time lines; website, book, hire-me, talks, training and consulting plugs as
bylines; the WordPress.com, Ghost and Tilda credits as footers; the comment-form lines, thoughts-on counts,
comments-are-closed notes and email-not-published note as comments; the like-count row as share and the
review-ticket disclosure as a notice. On every page the title, the subheading, its four list rows, the
paragraph with the quote and the other three paragraphs are article (10 lines a page) and everything else
is noise (20 lines a page: six lines above the title, two under it, two between the first paragraph and
the paragraph with the quote, two between the list rows and the last two paragraphs, eight at the foot); in
particular the site names, menus, search, login, cart and accessibility controls, breadcrumbs, next-event,
open-hours, fire-danger, live-temperature and live-score lines, date, posted-by, category, tag, view-count,
reading-time and comment-count lines, photo, map and chart credits, ads, advertiser, sponsor, match-ball and
teas lines, membership, fee, course, nets, hire, voucher, shop, volunteer, donation, tax-share and
become-a-referee lines, downloads (PDF, CSV, rules, rota), app and newsletter lines, share and follow rows,
related and previous/next links, comments with their names and reply links, contact, address, charity,
registry and legal lines, platform and web-agency credits, cookie lines, error-report hints and back-to-top
links are noise. The rows: en-tram-society-news "What was done to Car No. 14", en-cricket-club-scorecard
"Scorecard highlights", fr-banque-alimentaire-bilan "Ce qui a été distribué", fr-club-bridge-resultats "Le
classement", de-feuerwachturm-tagebuch "Die Woche auf dem Turm", de-glasblaeserei-tag-der-offenen-tuer
"Was die Besucher ausprobieren konnten", it-rete-meteo-riepilogo "I dati del mese", it-fiera-filatelia "Il
programma", pl-warsztat-rowerowy-raport "Najczęstsze naprawy", pl-bieg-na-orientacje "Kategorie i długości
tras", ru-kollegiya-sudey "Что меняется с мая" and ru-zal-torzhestv "Что нужно знать парам", each with
four rows; all of them are article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 7, comments 13, share 1, notice 1;
by language en 15 (marker 3, reading-time 2, byline 3, footer 2, comments 3, share 1, notice 1) and fr,
de, it, pl, ru 6 each (marker 1, reading-time 1, byline 1, footer 1, comments 2)), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-tram-society-news (a tram heritage society's news of a 1926 car running again, with a comment),
en-cricket-club-scorecard (a cricket club captain's opinion piece on a last-over win, with the scorecard),
fr-banque-alimentaire-bilan (a food bank's winter distribution report), fr-club-bridge-resultats (a bridge
club's spring tournament results, with a comment), de-feuerwachturm-tagebuch (a fire lookout tower's
volunteer diary on an early smoke report), de-glasblaeserei-tag-der-offenen-tuer (a glassblowing studio's
open-day news on its shop site), it-rete-meteo-riepilogo (an amateur weather-station network's monthly
rainfall summary), it-fiera-filatelia (a stamp and coin club's fair announcement with a special postmark,
with a comment), pl-warsztat-rowerowy-raport (a bicycle repair cooperative's quarterly report, with a
comment), pl-bieg-na-orientacje (an orienteering club's night-race notice), ru-kollegiya-sudey (a
football referees' association statement on abuse of young referees, with a comment) and ru-zal-torzhestv
(a town administration's notice closing its wedding room for repairs); every page holds a title, a
subheading with list rows, a quote in the article and noise above the title, between the paragraphs and
at the foot.

Baseline (2026-12-03, cleaner at commit 52b72abd49839b99ddd19fe0190e7f93b32e4e6b, measured with ``cd
/tmp/wt-s58 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s58/src python -m pytest -q
tests/test_clean_held_out_58.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s58 &&
PYTHONPATH=/tmp/wt-s58/src python scripts/clean_held_out_report.py --sets 58``, with the xfail tables
empty): noise lines removed 37/45 (marker 5/8, reading-time 7/7, byline 5/8, footer 7/7, comments 13/13,
share 0/1, notice 0/1; missed, all kept as paragraphs: the English "Content retrieved from the
publisher's RSS feed; all rights belong to the original author.", the English "One blogger likes this.",
the English "Disclosure: the author received a free review ticket from the organisers.", the French
"Envie d'aller plus loin ? Mon livre « Les Chemins de la Vieille Craie » est disponible en librairie.",
the Italian "Articolo generato automaticamente dal comunicato stampa dell'ente.", the Italian "Il mio
nuovo libro «Il sale di Pontegriso» è in tutte le librerie: scopri le date delle presentazioni.", the
Polish "Prowadzę szkolenia i konsultacje z fotografii krajobrazu – szczegóły na mojej stronie." and the
Russian "Статья взята из открытых источников и размещена в ознакомительных целях."); keep lines kept
20/20; pages 2/12 clean (it-fiera-filatelia and pl-warsztat-rowerowy-raport), 19 of 240 page noise lines
left and 0 of 120 article lines lost: en-tram-society-news 1 left ("Gift vouchers for driver experience
days now on sale"); en-cricket-club-scorecard 4 left ("Match ball sponsor: The Plough Inn, Marrowfield",
"Teas this week kindly provided by the Hendry family", "Junior nets: Tuesdays and Thursdays, 6pm — all
welcome" and "Book the pavilion for your party: call the bar manager"); fr-banque-alimentaire-bilan 1 left
("Devenez bénévole : deux heures par semaine suffisent"); fr-club-bridge-resultats 1 left ("Initiation
gratuite le jeudi soir : venez découvrir le bridge"); de-feuerwachturm-tagebuch 1 left ("Turmwache werden:
Wir suchen Freiwillige für Wochenenddienste"); de-glasblaeserei-tag-der-offenen-tuer 3 left ("Jetzt im
Shop: die neue Serie „Moorblau“", "Kurse buchen: Glasperlen-Wochenende ab 149 €" and "Gutscheine als
Geschenk – jetzt bestellen"); it-rete-meteo-riepilogo 3 left ("Banner pubblicitario", "Installa una
stazione e entra nella rete: ecco come fare" and "Scarica i dati grezzi in formato CSV");
pl-bieg-na-orientacje 2 left ("Mapa: © Klub Orientacji Sportowej „Azymut”" and "Opłata startowa: 25 zł,
płatna przelewem do 15 kwietnia"); ru-kollegiya-sudey 1 left ("Стань арбитром: набор на курсы открыт до
15 мая"); ru-zal-torzhestv 2 left ("Записаться на приём можно через портал Госуслуг" and "Телефон отдела
ЗАГС: 8 (000) 000-00-00"). All left page lines stand between the paragraphs (five between the first
paragraph and the paragraph with the quote, fourteen between the list rows and the last paragraphs; none
above the title, under it or at the foot); no article line was lost. The failing cases are strict xfails.

Still held out after round 56 (development on set 57; measured once with ``python
scripts/clean_held_out_report.py --sets 58`` and ``pytest tests/test_clean_held_out_58.py`` on this set
rebased onto main with round 56 and the subheading-rows pass (session 20), 2026-12-03): identical to the
baseline: noise lines removed 37/45 (the same eight lines missed), article lines kept 20/20, pages 2/12
clean, 19 of 240 page noise lines left, none of 120 article lines lost. Neither round 56's club-chrome
classes nor the subheading-rows pass changed any case of this set.

Still held out after round 57 (development on set 59; measured once with ``python
scripts/clean_held_out_report.py --sets 58`` and ``pytest tests/test_clean_held_out_58.py`` on this set
rebased onto main with round 57, 2026-12-03): noise lines removed 37/45 as before (the same eight lines
missed), article lines kept 20/20, pages 2/12 clean, page noise lines left 19 -> 17 of 240, none of 120
article lines lost: round 57's rules take it-rete-meteo-riepilogo's download-the-raw-data line and
pl-bieg-na-orientacje's map-copyright credit; two page reasons reworded. No other case changed.

Round 58 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 58`` and ``pytest tests/test_clean_held_out_58.py`` at 9b103f5
(before) and the round's last commit on branch round58 (after): noise lines 37 -> 45/45 (marker 5 -> 8/8,
reading-time 7/7, byline 5 -> 8/8, footer 7/7, comments 13/13, share 0 -> 1/1, notice 0 -> 1/1), pages 2 ->
11/12 clean, page noise lines left 17 -> 1 of 240, article lines lost 0 -> 0 of 120, keep lines 20 -> 20/20;
pytest 59 passed, 18 xfailed -> 76 passed, 1 xfailed. As classes in six languages: a post retrieved or taken
from a publisher's RSS or Atom feed with no adverb ("Content retrieved from the publisher's RSS feed; all
rights belong to the original author.") and a post taken from open sources with its information purpose
after it at most ("Статья взята из открытых источников и размещена в ознакомительных целях.") are source
links, and round 46's generated-automatically credit now takes "dal comunicato stampa" (and "à partir du",
"aus der", "из"); WordPress's like count in words ("One blogger likes this."; the old rule needed a digit)
is a share widget; a free ticket, review copy or sample disclosed with the writer named or under a label is
a travel disclosure's kin, and a labelled trip or ticket disclosure naming the writer now goes wherever it
stands (site notice); round 41's book plugs take a short question before them ("Envie d'aller plus loin ?
Mon livre ...") and "in tutte le librerie"; round 42's training plug takes the writer in the first person
("Prowadzę szkolenia i konsultacje ... – szczegóły na mojej stronie."). On the pages (whole lines between
paragraphs, each with its chrome shape): an ad banner's label ("Banner pubblicitario"); gift vouchers for
something on sale or with a call to order; a call to become a volunteer, or a recruited role with the
recruiting or the enrolment after a colon ("Turmwache werden: Wir suchen Freiwillige ...", "Стань
арбитром: набор на курсы открыт до 15 мая"); a free beginners' evening on a weekday; a club's nets or
junior practice on one or two weekdays; the club's hall to book for a party with a call to ring; new in the
shop; a course to book with its price; a call to join the network with a how-to; a match's ball or kit
sponsor under its label; teas or cakes provided by a family; an office's phone under its label alone; and a
race's entry fee with its price and how or by when to pay. The mechanism: the page-head pass now counts, as
chrome evidence, a row of labels a rule took for its words in the head (a share row over a login row), as
the page-tail pass does since round 57; the byline's, reading time's, wiki's and thread's rows, menus the
rules took and the edge classifier's lines stay out (counting the wiki's frame rows was what cost set 32's
ru-fan-wiki-lokaciya a paragraph in round 57). Pages: en-tram-society-news 1 -> 0,
en-cricket-club-scorecard 4 -> 0, fr-banque-alimentaire-bilan 1 -> 0, fr-club-bridge-resultats 1 -> 0,
de-feuerwachturm-tagebuch 1 -> 0, de-glasblaeserei-tag-der-offenen-tuer 3 -> 0, it-rete-meteo-riepilogo 2
-> 0, pl-bieg-na-orientacje 1 -> 0, ru-kollegiya-sudey 1 -> 0, ru-zal-torzhestv 2 -> 1 (its
book-an-appointment-via-Gosuslugi sentence is left: an article may say the same). Elsewhere: set 44's
fr-agence-publique-accessibilite 4 -> 3 left, set 45's fr-proxy-traduction 6 -> 4, set 52's
en-lifeboat-launch-report 7 -> 6 (head rows, by the head-pass change) and set 56's
fr-festival-chorales-communique 7 -> 6 (its become-a-volunteer line); no article line lost anywhere.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_58_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("head", "{{ad_unit:leaderboard_top}}", "marker"),
    ("body", "<!-- inline-ad-slot-2 -->", "marker"),
    ("tail", "Content retrieved from the publisher's RSS feed; all rights belong to the original author.", "marker"),
    ("head", "⏱ 7 min read · 1,284 words", "reading-time"),
    ("head", "Thursday 12 March 2026 — 6 minute read", "reading-time"),
    ("tail", "VISIT MY WEBSITE for workshops, talks and one-to-one coaching", "byline"),
    ("tail", "My new book, The Salt Road Ledgers, is out now in paperback and e-book.", "byline"),
    ("tail", "Hire me: I'm available for freelance commissions and consulting — rates on my website.", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "Published with Ghost", "footer"),
    ("tail", "Leave a Reply Cancel reply", "comments"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out / Change )", "comments"),
    ("tail", "4 thoughts on “The quarry road closure, explained”", "comments"),
    ("tail", "One blogger likes this.", "share"),
    ("head", "Disclosure: the author received a free review ticket from the organisers.", "notice"),
    # French (6)
    ("body", "Contenu sponsorisé — fin de l'espace partenaire", "marker"),
    ("head", "Publié il y a 3 heures · 4 min de lecture · 812 mots", "reading-time"),
    ("tail", "Envie d'aller plus loin ? Mon livre « Les Chemins de la Vieille Craie » est disponible en librairie.", "byline"),
    ("tail", "Blog sur WordPress.com.", "footer"),
    ("tail", "Les commentaires sont fermés.", "comments"),
    ("tail", "3 réflexions au sujet de « La halle aux grains rouvre ses portes »", "comments"),
    # German (6)
    ("body", "Anzeige – Artikel wird unterhalb fortgesetzt", "marker"),
    ("head", "Veröffentlicht vor 2 Stunden | 5 Min. Lesezeit", "reading-time"),
    ("tail", "Ich halte Vorträge und Workshops zur Stadtgeschichte – Anfragen gerne über mein Kontaktformular.", "byline"),
    ("tail", "Powered by Ghost · Theme: Heidekraut", "footer"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    ("tail", "2 Gedanken zu „Die Orgel der Klosterkirche klingt wieder“", "comments"),
    # Italian (6)
    ("tail", "Articolo generato automaticamente dal comunicato stampa dell'ente.", "marker"),
    ("head", "Letto 1.243 volte · 3 minuti di lettura", "reading-time"),
    ("tail", "Il mio nuovo libro «Il sale di Pontegriso» è in tutte le librerie: scopri le date delle presentazioni.", "byline"),
    ("tail", "Blog su WordPress.com.", "footer"),
    ("tail", "I commenti sono chiusi.", "comments"),
    ("tail", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments"),
    # Polish (6)
    ("body", "REKLAMA · Czytaj dalej poniżej", "marker"),
    ("head", "Opublikowano 2 godziny temu · 6 min czytania", "reading-time"),
    ("tail", "Prowadzę szkolenia i konsultacje z fotografii krajobrazu – szczegóły na mojej stronie.", "byline"),
    ("tail", "Blog na WordPress.com.", "footer"),
    ("tail", "Komentarze są wyłączone.", "comments"),
    ("tail", "Dodaj komentarz Anuluj pisanie odpowiedzi", "comments"),
    # Russian (6)
    ("tail", "Статья взята из открытых источников и размещена в ознакомительных целях.", "marker"),
    ("head", "12 марта 2026, 09:40 · 👁 1 408 · ⏱ 4 мин", "reading-time"),
    ("tail", "Моя новая книга «Соль северных озёр» уже в продаже — ссылка в профиле.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Комментарии закрыты.", "comments"),
    ("tail", "Добавить комментарий Отменить ответ", "comments"),
]

HELD_OUT_58_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Published figures show the library lent 14,000 books last year, a third more than in 2024."),
    ("body", "Hire charges for the community hall will rise by five pounds an hour from April."),
    ("head", "Content of the new curriculum was agreed after two years of talks with teachers."),
    ("body", "Disclosure of the contract terms was ordered by the tribunal last week."),
    ("tail", "Visit numbers at the museum fell sharply after the car park closed, the director said."),
    ("body", "“My new shop has lost half its trade since the works began,” said the baker, Orla Fenwright."),
    ("tail", "One blogger who exposed the scheme has since been hired by the council as an adviser."),
    # French (3)
    ("body", "Les commentaires des habitants ont été intégrés au projet final, assure la mairie."),
    ("tail", "Blog et réseaux sociaux ne suffisent plus à informer les usagers, reconnaît la directrice."),
    ("head", "Publié en 1911, le plan d'urbanisme de la ville n'avait jamais été révisé."),
    # German (3)
    ("body", "Kommentare aus dem Gemeinderat fielen zurückhaltend aus."),
    ("head", "Veröffentlicht wurde der Prüfbericht erst nach einer Anfrage der Opposition."),
    ("tail", "Anzeige erstattet hat inzwischen auch der Betreiber des Campingplatzes."),
    # Italian (3)
    ("body", "I commenti dei residenti saranno raccolti in un'assemblea pubblica a maggio."),
    ("head", "Letto in aula il verbale, il consiglio ha approvato il bilancio con dodici voti."),
    ("tail", "Articolo per articolo, il regolamento è stato riscritto dalla commissione."),
    # Polish (2)
    ("body", "Opublikowano też listę ulic, na których zmieni się organizacja ruchu."),
    ("tail", "Dodaj do tego rosnące ceny energii, a budżet szkoły przestaje się domykać – mówi dyrektorka."),
    # Russian (2)
    ("body", "Комментарии специалистов опубликованы в приложении к отчёту."),
    ("head", "Статья расходов на ремонт дорог выросла почти вдвое."),
]


HELD_OUT_58_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-tram-society-news", [
        ["-Coldharrow Tramway Heritage Society",
         "-Home | News | Depot Open Days | Rolling Stock | Join | Shop",
         "-Members' login",
         "-You are here: Home › News › Restoration",
         "-[ad_slot id=\"trams-top\"] Heritage Rail Books – 10% off for members",
         "-Next depot open day: Sunday 5 April, 11am–4pm"],
        ["+Car No. 14 returns to the rails after eleven years in the shed"],
        ["-Posted by the Newsletter Team on 9 March 2026",
         "-Filed under: Restoration, Depot news"],
        ["+Volunteers of the society towed the 1926 single-deck car out of the Coldharrow depot on Saturday and ran it under its own power for the first time since 2015."],
        ["-Advertisement",
         "-Photo: Society archive, all rights reserved"],
        ["+The work was led by retired electrician Bernard Aulsworth, who rewound both traction motors by hand. “The motors were the easy part; finding a seat moquette that matched the 1926 pattern took us two winters,” he said."],
        ["+What was done to Car No. 14",
         "+Both traction motors rewound and the controllers rebuilt",
         "+New oak floor boards and a repainted teak body",
         "+Seat moquette rewoven to the original pattern",
         "+Brake rigging replaced and tested on the depot line"],
        ["-Become a member from £18 a year and ride the depot line for free",
         "-Gift vouchers for driver experience days now on sale"],
        ["+The car will carry passengers on the depot's short demonstration line on open days from April, once the brake tests are signed off by the inspector.",
         "+The society now hopes to raise money for the bodywork of Car No. 9, which has stood in a farmer's barn outside town since the 1970s."],
        ["-Tags: car 14, restoration, traction motors",
         "-← Previous: AGM minutes now online | Next: Track gang dates for spring →",
         "-2 comments",
         "-Gwen Padlow — 9 March 2026 at 20:14: Wonderful to see her moving again! Reply",
         "-Leave a comment",
         "-Registered charity no. 000000 · Depot: Furnace Yard, Coldharrow",
         "-Website by Tramline Web Co.",
         "-We use cookies to see which pages are read. Accept | Decline"],
    ]),
    _page("en", "en-cricket-club-scorecard", [
        ["-Marrowfield Cricket Club — Est. 1894",
         "-Fixtures | Results | Teams | Nets | Bar & Hire | Contact",
         "-Search this site",
         "-Live scores on the Play-Cricket app",
         "-Sponsored by Farrowgate Motors – servicing, MOTs and tyres",
         "-Results › 1st XI › Saturday League"],
        ["+Opinion: a last-over win that proves the club's youth policy is paying off"],
        ["-By the Club Captain | 14 June 2026",
         "-4 min read"],
        ["+Marrowfield beat Pellowby Green by two wickets on Saturday, chasing 187 with three balls to spare, and for once it was the teenagers who did the heavy lifting."],
        ["-Match ball sponsor: The Plough Inn, Marrowfield",
         "-Teas this week kindly provided by the Hendry family"],
        ["+Sixteen-year-old opener Kiran Mallowes made 74 before a diving catch at point ended his innings. “I just tried to stay there and leave the wide ones,” he said afterwards, still in his pads."],
        ["+Scorecard highlights",
         "+Pellowby Green 186 all out (44.2 overs): D. Pryce 61, T. Winnard 4 for 32",
         "+Marrowfield 189 for 8 (39.3 overs): K. Mallowes 74, J. Saltcote 38 not out",
         "+Marrowfield won by two wickets",
         "+Player of the match: K. Mallowes"],
        ["-Junior nets: Tuesdays and Thursdays, 6pm — all welcome",
         "-Book the pavilion for your party: call the bar manager"],
        ["+Five of the eleven came through the club's under-15 side, which the committee nearly scrapped three years ago for lack of coaches.",
         "+If the club wants to stay in the top division, it should keep spending its winter fundraising on coaching rather than on the new scoreboard the committee keeps talking about."],
        ["-Full scorecard on Play-Cricket",
         "-Share: Facebook | X | WhatsApp",
         "-Related: 2nd XI hold on for a draw at Quenby Lane",
         "-Comments (0)",
         "-Be the first to comment",
         "-Marrowfield CC, The Pavilion, Long Meadow Road",
         "-© 2026 Marrowfield Cricket Club. All rights reserved.",
         "-Back to top ↑"],
    ]),
    _page("fr", "fr-banque-alimentaire-bilan", [
        ["-Banque alimentaire du pays de Fontbrassac",
         "-Accueil | Qui sommes-nous ? | Nos actions | Devenir bénévole | Faire un don",
         "-Rechercher…",
         "-Accueil > Actualités > Bilan de l'hiver",
         "-FAIRE UN DON – 66 % déductible de vos impôts",
         "-Prochaine collecte : vendredi 27 et samedi 28 mars dans les supermarchés"],
        ["+Hiver 2025-2026 : la banque alimentaire a distribué 84 tonnes de denrées"],
        ["-Publié le 16 mars 2026 par l'équipe communication",
         "-Lecture : 3 min"],
        ["+La banque alimentaire de Fontbrassac a servi cet hiver 1 240 familles, soit 180 de plus que l'an dernier, selon le bilan présenté lundi à l'assemblée des bénévoles."],
        ["-Publicité",
         "-Crédit photo : Banque alimentaire de Fontbrassac"],
        ["+La hausse touche surtout les retraités et les étudiants. « Nous voyons arriver des personnes qui n'avaient jamais poussé notre porte, parfois avec une certaine gêne », explique la présidente, Maryvonne Castelbou."],
        ["+Ce qui a été distribué",
         "+52 tonnes de produits secs et de conserves",
         "+21 tonnes de fruits et légumes frais",
         "+11 tonnes de produits laitiers et surgelés",
         "+3 tonnes de produits d'hygiène et d'entretien"],
        ["-Devenez bénévole : deux heures par semaine suffisent",
         "-Inscrivez-vous à notre lettre d'information"],
        ["+Le nouvel entrepôt frigorifique, financé en partie par la communauté de communes, a permis de récupérer davantage d'invendus auprès des grandes surfaces.",
         "+L'association cherche désormais des chauffeurs pour sa camionnette, afin de desservir les villages les plus éloignés au printemps."],
        ["-Partager : Facebook · X · LinkedIn · E-mail",
         "-À lire aussi : Retour sur la collecte nationale de novembre",
         "-Banque alimentaire du pays de Fontbrassac, 4 rue des Entrepôts",
         "-Association loi 1901 reconnue d'utilité publique",
         "-Mentions légales | Politique de confidentialité",
         "-Site réalisé par Atelier Numérique Solidaire",
         "-Ce site utilise des cookies. Accepter | Refuser",
         "-Haut de page"],
    ]),
    _page("fr", "fr-club-bridge-resultats", [
        ["-Bridge Club de Montcastrel",
         "-Accueil · Tournois · Résultats · École de bridge · Contact",
         "-Espace licenciés : connexion",
         "-Résultats > Tournois de régularité > Mars",
         "-Prochain tournoi : mardi 14 h, salle des fêtes",
         "-Annonce : Cave Lesperrier, vins du Sud-Ouest, remise aux licenciés"],
        ["+Tournoi de printemps : la paire Rouvenel-Dastarac s'impose de justesse"],
        ["-Posté le 22 mars 2026 par le secrétaire",
         "-127 vues"],
        ["+Vingt-quatre paires ont disputé samedi le tournoi de printemps du club, le plus fréquenté depuis la réouverture de la salle après travaux."],
        ["-Publicité",
         "-Cotisation 2026 : 45 € à régler avant le 31 mars"],
        ["+La victoire s'est jouée sur la dernière donne, un petit chelem à sans-atout demandé par Hélène Rouvenel. « J'ai hésité jusqu'au bout, mais mon partenaire avait montré ses deux as », a-t-elle raconté."],
        ["+Le classement",
         "+1. Hélène Rouvenel et Jean-Baptiste Dastarac, 62,4 %",
         "+2. Odile et Marc Ferrandoux, 61,9 %",
         "+3. Sylvie Candelouze et Pierre Aubanel, 58,7 %",
         "+4. Martine Escoussac et Louis Berdoulet, 56,1 %"],
        ["-Initiation gratuite le jeudi soir : venez découvrir le bridge",
         "-Télécharger les donnes commentées (PDF)"],
        ["+Le club rappelle que les débutants de l'école de bridge pourront jouer leur premier tournoi en avril, dans une série qui leur sera réservée.",
         "+Le comité remercie la municipalité, qui a prêté la salle des fêtes pendant les travaux du local habituel."],
        ["-1 commentaire",
         "-Georges Pélissou, le 22 mars 2026 : Bravo aux vainqueurs et aux organisateurs ! Répondre",
         "-Laisser un commentaire",
         "-Partager sur Facebook",
         "-Bridge Club de Montcastrel, affilié à la Fédération",
         "-Contact : secretariat@bcmontcastrel.example",
         "-Site hébergé gratuitement par ClubEnLigne",
         "-Retour en haut"],
    ]),
    _page("de", "de-feuerwachturm-tagebuch", [
        ["-Förderverein Feuerwachturm Falkenruh e. V.",
         "-Start | Turmtagebuch | Dienstplan | Verein | Spenden | Kontakt",
         "-Suche",
         "-Waldbrandgefahrenstufe heute: 3 von 5",
         "-Anzeige: Forstbedarf Riedlinger – Sägen, Schutzkleidung, Werkzeug",
         "-Startseite › Turmtagebuch › Juli"],
        ["+Turmtagebuch: Rauchsäule über dem Hohlenberg früh gemeldet"],
        ["-Eingetragen von der Turmwache am 18. Juli 2026",
         "-Lesezeit: 3 Minuten"],
        ["+Am Freitagnachmittag entdeckte die ehrenamtliche Turmwache gegen 15.40 Uhr eine dünne Rauchsäule über dem Hohlenberg und meldete sie sofort an die Leitstelle."],
        ["-Werbung",
         "-Foto: Förderverein Feuerwachturm"],
        ["+Die Feuerwehr war nach zwanzig Minuten vor Ort und löschte einen Bodenbrand von etwa 200 Quadratmetern. „Ohne den Turm hätten wir das erst bemerkt, als die Kronen brennen“, sagte Einsatzleiter Holger Wendrich."],
        ["+Die Woche auf dem Turm",
         "+Montag bis Mittwoch: klare Sicht, keine Meldungen",
         "+Donnerstag: Dunst, Sicht unter zehn Kilometern",
         "+Freitag: eine Rauchmeldung, Bodenbrand am Hohlenberg",
         "+Samstag und Sonntag: Gewitter, Turm zeitweise geräumt"],
        ["-Turmwache werden: Wir suchen Freiwillige für Wochenenddienste",
         "-Dienstplan August herunterladen (PDF)"],
        ["+Seit der Turm vor drei Jahren wieder besetzt wird, haben die Freiwilligen elf Brände gemeldet, die meisten davon in den trockenen Wochen im Juli.",
         "+Der Verein bittet Spaziergänger, das Rauchverbot im Wald ernst zu nehmen und Grillplätze nur an den ausgewiesenen Stellen zu nutzen."],
        ["-Schlagwörter: Waldbrand, Turmwache, Hohlenberg",
         "-Teilen: Facebook · WhatsApp · E-Mail",
         "-Jetzt spenden: Jeder Euro hilft beim Unterhalt des Turms",
         "-IBAN: DE00 0000 0000 0000 0000 00",
         "-Förderverein Feuerwachturm Falkenruh e. V., Am Forsthaus 2",
         "-Impressum | Datenschutz",
         "-Erstellt mit Vereinsbaukasten",
         "-Diese Seite verwendet Cookies. OK"],
    ]),
    _page("de", "de-glasblaeserei-tag-der-offenen-tuer", [
        ["-Glaswerkstatt Kristallbrunn",
         "-Werkstatt | Kurse | Galerie | Onlineshop | Aktuelles | Anfahrt",
         "-Warenkorb (0)",
         "-Kostenloser Versand ab 60 € Bestellwert",
         "-Newsletter abonnieren und 10 % Rabatt sichern",
         "-Aktuelles › Veranstaltungen"],
        ["+Tag der offenen Werkstatt: Besucher durften selbst Glas blasen"],
        ["-Veröffentlicht am 28. April 2026",
         "-Kategorie: Veranstaltungen"],
        ["+Rund 600 Besucher kamen am Sonntag zum Tag der offenen Werkstatt in Kristallbrunn, fast doppelt so viele wie im Vorjahr."],
        ["-Jetzt im Shop: die neue Serie „Moorblau“",
         "-Foto: Glaswerkstatt Kristallbrunn"],
        ["+An drei Öfen zeigten die Glasbläser, wie aus einem glühenden Tropfen eine Vase wird. „Viele sind überrascht, wie leise und ruhig die Arbeit am Ofen ist“, sagte Werkstattleiterin Annegret Bolzhauser."],
        ["+Was die Besucher ausprobieren konnten",
         "+eine eigene Glaskugel blasen, betreut von einem Gesellen",
         "+Glasperlen an der Lampe wickeln",
         "+Schmelzglas-Bilder für Kinder",
         "+Führungen durch das Gemengelager und den Kühlofen"],
        ["-Kurse buchen: Glasperlen-Wochenende ab 149 €",
         "-Gutscheine als Geschenk – jetzt bestellen"],
        ["+Die selbst geblasenen Kugeln müssen über Nacht im Kühlofen abkühlen und können ab Mittwoch in der Werkstatt abgeholt werden.",
         "+Die Werkstatt plant, den Tag künftig zweimal im Jahr anzubieten, und sucht dafür Helfer aus dem Ort."],
        ["-Das könnte Sie auch interessieren: Neue Kursdaten für den Sommer",
         "-Folgen Sie uns auf Instagram",
         "-Öffnungszeiten: Di–Sa 10–18 Uhr",
         "-Glaswerkstatt Kristallbrunn, Hüttenweg 7",
         "-Zahlungsarten: PayPal, Rechnung, Vorkasse",
         "-AGB | Widerruf | Impressum | Datenschutz",
         "-Shop-System: ShopFabrik",
         "-Nach oben"],
    ]),
    _page("it", "it-rete-meteo-riepilogo", [
        ["-Rete Meteo Amatoriale Val Serravolta",
         "-Home | Stazioni in tempo reale | Riepiloghi | Webcam | Associati | Contatti",
         "-Temperatura ora a Pievefosca: 11,4 °C",
         "-Area soci – accedi",
         "-Pubblicità – Termoidraulica Bellunardi, caldaie e climatizzatori",
         "-Sei in: Home > Riepiloghi mensili > Marzo 2026"],
        ["+Marzo 2026: il mese più piovoso da quando la rete misura"],
        ["-Pubblicato il 2 aprile 2026 da Redazione RMA",
         "-4 commenti"],
        ["+Le trentadue stazioni della rete hanno registrato a marzo in media 212 millimetri di pioggia, quasi tre volte la media del decennio."],
        ["-Banner pubblicitario",
         "-Grafico: elaborazione Rete Meteo Amatoriale"],
        ["+Il picco è arrivato nella notte tra il 14 e il 15 marzo. «Il pluviometro di Pievefosca ha segnato 68 millimetri in sei ore, un valore che non avevamo mai visto», spiega il coordinatore della rete, Ettore Lanzavecchia."],
        ["+I dati del mese",
         "+Pioggia massima: 301 mm, stazione di Serravolta Alta",
         "+Temperatura massima: 19,8 °C il 28 marzo",
         "+Temperatura minima: -3,1 °C il 4 marzo",
         "+Giorni di pioggia: 19 su 31"],
        ["-Installa una stazione e entra nella rete: ecco come fare",
         "-Scarica i dati grezzi in formato CSV"],
        ["+Nonostante le piogge, il mese è stato più caldo del normale di circa un grado, soprattutto nelle stazioni di fondovalle.",
         "+I volontari ricordano che i dati sono amatoriali e non sostituiscono gli avvisi ufficiali della protezione civile."],
        ["-Condividi su Facebook · WhatsApp · Telegram",
         "-Articoli correlati: Febbraio 2026, un mese senza neve",
         "-Sostienici con il 5x1000: C.F. 00000000000",
         "-Lascia un commento",
         "-Rete Meteo Amatoriale Val Serravolta APS",
         "-Privacy policy | Cookie policy",
         "-Sito realizzato da Nuvola Web Studio",
         "-Torna su"],
    ]),
    _page("it", "it-fiera-filatelia", [
        ["-Circolo Filatelico Numismatico Montebrullese",
         "-Chi siamo | Eventi | Bollettino | Mercatino | Contatti",
         "-Cerca nel sito",
         "-Prossima riunione: giovedì ore 21, sede di via dei Cordai",
         "-Pubblicità: Cornici Zanoletti, album e classificatori",
         "-Home › Eventi › Fiera di primavera"],
        ["+Alla fiera di Montebrullo torna l'annullo speciale dedicato al vecchio mulino"],
        ["-Scritto da Segreteria del Circolo | 10 aprile 2026",
         "-Visualizzazioni: 312"],
        ["+Sabato e domenica il palazzetto di Montebrullo ospiterà la ventesima fiera filatelica e numismatica, con oltre quaranta espositori da tutta la regione."],
        ["-Annuncio sponsorizzato",
         "-Foto di archivio del Circolo"],
        ["+Uno sportello postale temporaneo offrirà un annullo dedicato al mulino di Montebrullo, demolito nel 1968. «È un modo per ricordare un pezzo di storia che molti giovani non conoscono», dice il presidente del circolo, Aldo Frassinelli."],
        ["+Il programma",
         "+Sabato ore 9-19: mostra-mercato e sportello dell'annullo",
         "+Domenica ore 10: conferenza sulla posta militare della Grande Guerra",
         "+Domenica ore 16: premiazione delle collezioni in concorso",
         "+Domenica ore 17: estrazione della lotteria del circolo"],
        ["-Iscriviti al circolo: quota annuale 20 euro",
         "-Scarica il bollettino di aprile (PDF)"],
        ["+Per i ragazzi sotto i quattordici anni sarà allestito un tavolo dove ricevere gratuitamente una busta di francobolli da cui iniziare una collezione.",
         "+L'ingresso è libero e il palazzetto è raggiungibile con il bus navetta dalla stazione."],
        ["-Condividi: Facebook | X | E-mail",
         "-2 commenti",
         "-Gianna Moretton 10 aprile 2026 alle 18:05 Ci sarò con mio nipote! Rispondi",
         "-Accedi per commentare",
         "-Circolo Filatelico Numismatico Montebrullese – C.F. 00000000000",
         "-Informativa sui cookie – Accetta",
         "-Tema: Francobollo Lite",
         "-Torna all'inizio"],
    ]),
    _page("pl", "pl-warsztat-rowerowy-raport", [
        ["-Kooperatywa Rowerowa „Szprycha” – Kruszynowo Leśne",
         "-Start | Warsztat | Kursy | Raporty | Wesprzyj nas | Kontakt",
         "-Szukaj…",
         "-Warsztat otwarty: wtorek i czwartek 17–20",
         "-Reklama: Sklep Rowerowy Pedał, serwis i części",
         "-Jesteś tutaj: Strona główna » Raporty » 2026"],
        ["+Raport za pierwszy kwartał: 214 naprawionych rowerów"],
        ["-Dodano: 4 kwietnia 2026, autor: zespół warsztatu",
         "-Czas czytania: 3 min"],
        ["+W pierwszych trzech miesiącach roku do warsztatu samoobsługowego przyszło 214 osób, które pod okiem wolontariuszy naprawiły swoje rowery."],
        ["-Reklama",
         "-Zdjęcie: archiwum kooperatywy"],
        ["+Najwięcej pracy było przy hamulcach i łańcuchach. „Ludzie przychodzą z rowerem z piwnicy i wychodzą z przekonaniem, że sami potrafią go naprawić”, mówi koordynatorka warsztatu, Agnieszka Wróblińska."],
        ["+Najczęstsze naprawy",
         "+wymiana klocków i linek hamulcowych – 86",
         "+wymiana lub czyszczenie łańcucha – 61",
         "+łatanie dętek i wymiana opon – 47",
         "+regulacja przerzutek – 20"],
        ["-Przekaż 1,5% podatku na naszą kooperatywę",
         "-Zapisz się na kurs „Naprawiam sam” – zostały 3 miejsca"],
        ["+Kooperatywa oddała też po remoncie 18 porzuconych rowerów, które trafiły do uczniów dojeżdżających do szkoły z sąsiednich wsi.",
         "+Od maja warsztat będzie otwarty także w soboty rano, jeśli zgłosi się co najmniej dwóch nowych wolontariuszy."],
        ["-Udostępnij: Facebook · Messenger · E-mail",
         "-Poprzedni wpis: Zbiórka części rowerowych",
         "-Komentarze (1)",
         "-Marek z Osiedla 4 kwietnia 2026 o 21:10 Świetna robota, dzięki za pomoc z przerzutką! Odpowiedz",
         "-Kooperatywa Rowerowa „Szprycha”, ul. Kolejowa 3",
         "-Polityka prywatności | Regulamin warsztatu",
         "-Strona stworzona w Wiejskim Kreatorze Stron",
         "-Ta strona korzysta z ciasteczek. Akceptuję"],
    ]),
    _page("pl", "pl-bieg-na-orientacje", [
        ["-Klub Orientacji Sportowej „Azymut” Jastrzębowo Dolne",
         "-Aktualności | Zawody | Wyniki | Trening | Klub | Kontakt",
         "-Zapisy online – zaloguj się",
         "-Najbliższe zawody: 19 kwietnia, Las Bukowy",
         "-Reklama: Kompasy i mapniki – Sklep Turystyczny Włóczykij",
         "-Strona główna > Aktualności > Komunikat"],
        ["+Komunikat: nocny bieg na orientację w Lesie Bukowym"],
        ["-Opublikowano: 30 marca 2026 | Zarząd klubu",
         "-Wyświetlenia: 418"],
        ["+Klub „Azymut” zaprasza na pierwszy w historii nocny bieg na orientację, który odbędzie się 19 kwietnia w Lesie Bukowym pod Jastrzębowem Dolnym."],
        ["-Reklama Google",
         "-Mapa: © Klub Orientacji Sportowej „Azymut”"],
        ["+Start pierwszych zawodników zaplanowano na godzinę 20.30. „Nocą las wygląda zupełnie inaczej, dlatego trasy będą krótsze niż zwykle”, zapowiada budowniczy tras, Tomasz Kurpielak."],
        ["+Kategorie i długości tras",
         "+trasa rodzinna – 2,5 km, 8 punktów kontrolnych",
         "+trasa krótka – 4 km, 12 punktów kontrolnych",
         "+trasa długa – 7 km, 18 punktów kontrolnych",
         "+trasa rekreacyjna bez pomiaru czasu – 3 km"],
        ["-Opłata startowa: 25 zł, płatna przelewem do 15 kwietnia",
         "-Pobierz regulamin zawodów (PDF)"],
        ["+Każdy uczestnik musi mieć czołówkę z zapasowymi bateriami oraz gwizdek, a dzieci do lat dwunastu biegną wyłącznie z opiekunem.",
         "+Organizatorzy przypominają, że wjazd samochodem do lasu jest zabroniony, a parking wyznaczono przy leśniczówce."],
        ["-Udostępnij na Facebooku",
         "-Zobacz też: Wyniki zimowego pucharu klubu",
         "-Skomentuj",
         "-Klub Orientacji Sportowej „Azymut”, KRS 0000000000",
         "-Kontakt: biuro@azymut-jastrzebowo.example",
         "-Polityka cookies",
         "-Projekt i wykonanie: StronyDlaKlubów",
         "-Do góry ↑"],
    ]),
    _page("ru", "ru-kollegiya-sudey", [
        ["-Коллегия футбольных арбитров Вербоозёрска",
         "-Главная | Новости | Назначения | Документы | Семинары | Контакты",
         "-Поиск по сайту",
         "-Вход для арбитров",
         "-Реклама: спортивная форма «Свисток», скидка судьям 10 %",
         "-Главная / Новости / Заявления"],
        ["+Заявление коллегии: оскорбления в адрес судей будут передаваться в дисциплинарный комитет"],
        ["-Опубликовано 21 апреля 2026 · Пресс-служба коллегии",
         "-Просмотров: 1 932"],
        ["+Коллегия арбитров Вербоозёрска распространила заявление после матча юношеских команд, в котором родители болельщиков оскорбляли 19-летнего судью."],
        ["-Реклама",
         "-Фото: пресс-служба коллегии"],
        ["+Председатель коллегии Виктор Сеславин назвал произошедшее недопустимым. «Мы теряем молодых арбитров быстрее, чем успеваем их обучить, и главная причина — крики с трибун», — заявил он."],
        ["+Что меняется с мая",
         "+инспектор коллегии будет присутствовать на всех юношеских матчах",
         "+о каждом случае оскорблений судья сообщает в протоколе",
         "+клубы отвечают за поведение своих болельщиков",
         "+за повторные нарушения матч может пройти без зрителей"],
        ["-Стань арбитром: набор на курсы открыт до 15 мая",
         "-Скачать регламент (PDF)"],
        ["+По данным коллегии, за прошлый сезон работу бросили четырнадцать начинающих судей, почти половина набора.",
         "+Клубам рекомендовано провести с родителями юных игроков беседы о поведении на трибунах до начала летнего турнира."],
        ["-Поделиться: ВКонтакте · Telegram · WhatsApp",
         "-Читайте также: Назначения арбитров на 5-й тур",
         "-Комментарии (3)",
         "-Сергей П., 21 апреля 2026 в 19:42: Давно пора! Ответить",
         "-Коллегия футбольных арбитров Вербоозёрска, ул. Стадионная, 1",
         "-Политика обработки персональных данных",
         "-Разработка сайта — «ВебСтарт»",
         "-Наверх"],
    ]),
    _page("ru", "ru-zal-torzhestv", [
        ["-Администрация городского округа Калиногорье",
         "-Главная | Администрация | Новости | Услуги | Обращения граждан",
         "-Версия для слабовидящих",
         "-Поиск",
         "-Госуслуги: подайте заявление онлайн",
         "-Главная › Новости › Отдел ЗАГС"],
        ["+Зал торжественной регистрации браков закрывается на ремонт до сентября"],
        ["-25 мая 2026, 10:15",
         "-Отдел ЗАГС администрации"],
        ["+С 1 июня зал торжественной регистрации браков в здании администрации Калиногорья закроется на капитальный ремонт, который продлится до конца августа."],
        ["-Реклама",
         "-Фото: администрация городского округа"],
        ["+На время ремонта свадьбы будут проводить в малом зале Дома культуры. «Мы понимаем, что многие пары давно выбрали дату, и постараемся, чтобы церемония прошла так же красиво», — пообещала начальник отдела ЗАГС Людмила Чарышева."],
        ["+Что нужно знать парам",
         "+уже назначенные даты регистрации сохраняются",
         "+церемонии пройдут в малом зале Дома культуры на ул. Садовой",
         "+фото- и видеосъёмка в зале разрешена",
         "+выездная регистрация по-прежнему доступна по заявлению"],
        ["-Записаться на приём можно через портал Госуслуг",
         "-Телефон отдела ЗАГС: 8 (000) 000-00-00"],
        ["+В ходе ремонта в зале заменят окна, пол и освещение, а также оборудуют пандус для гостей на колясках.",
         "+Работы оплачиваются из областной программы поддержки учреждений культуры и местного бюджета."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Другие новости раздела",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
         "-© Администрация городского округа Калиногорье, 2026",
         "-Адрес: пл. Советская, 1",
         "-Политика конфиденциальности",
         "-Сайт работает на платформе «ГосВеб»",
         "-Карта сайта"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'ru-zal-torzhestv':
        "the town hall's wedding-room notice keeps its book-an-appointment-via-Gosuslugi line after the list rows (1 of 20 noise lines)",
}


test_held_out_58_line, test_held_out_58_line_is_kept, test_held_out_58_page = held_out_tests(
    HELD_OUT_58_LINES, HELD_OUT_58_KEEP, HELD_OUT_58_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
