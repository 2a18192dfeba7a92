"""Held-out set 43: written blind, weighted toward the noise the cleaner exists for, in shapes set 42's
docstring does not name: scraper and ad markers of content farms and auto-blogs (a page-builder
shortcode run, a template ad-slot placeholder, a German ad shortcode, "read the full story at" and
"read the rest on" credits in English, French, Italian and Russian, a German "found at" credit, a
syndication-feed credit with an item number, a Polish partner-site credit, the Russian "На правах
рекламы" label), reading-time and date headers in new shapes (a listen-time header, date headers with
views or a Moscow-time mark, update headers with reading times), bylines with bios and self-promotion
(a bio with a consulting plug, YouTube, Telegram and training plugs, Liberapay, PayPal and ЮMoney
donation plugs, a WordPress "Posted on ... by admin" line), blog-platform footers (Blogger in English,
Italian and Polish, a WordPress theme credit, the French WordPress credit, Wix, uCoz), reader comment
threads ("N Responses to", a name-age-Like-Reply row, the WordPress "You are commenting using your ...
account" line, a French login-to-comment line, a German comment row with report link, an Italian
show-more-replies link, a Polish count with sort order, a Russian show-more link), two share lines and
three notices (an opinion disclaimer, a French newspaper blog platform's hosting notice, an Italian
AI-assistance note); and toward whole scraped opinion and news pages in layouts sets 41 and 42 did not
use (a partisan site's opinion piece with a support box, a tabloid story with video chrome and
reactions, a French blog on a newspaper's blog platform, a readers' Q&A column, a German regional
paper's guest commentary with reader comments, a newsletter essay republished with a paywall teaser,
an Italian online daily's editorial with "leggi anche" boxes, a Medium-like essay republished on a
content farm, a Polish portal's commentary with its comment section, a citizen-journalism post, a
Russian portal's analysis with a "subscribe to our channels" block, a conspiracy-leaning blog with
donation pleas and a comment thread).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 42) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 42, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict of three file names; and scripts/clean_held_out_report.py (in full,
with ``cat``). Set 42's page dict itself was not read, so the page dict here is a dict literal from
page name to ``_page(lang, name, blocks)``, the shape its test function and the report script read;
the tail is set 42's with 42 -> 43 (with its empty ``_KEEP_XFAIL`` table). The layouts were picked
from the brief's list of ideas, one a page. The brief also named, as shapes to weight toward, some
that set 42's docstring lists as used by set 41 ("Originally published at", "The post ... appeared
first on", "Leave a Reply", "Comments are closed.", "N thoughts on", Patreon, speaking plugs) or by
set 42 (Buy Me a Coffee, book plugs, "VISIT MY WEBSITE"); following the rule not to repeat named
shapes, none of them is used. Slips and notes: (1) to print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with PYTHONPATH=/work/main/src, which
imports the cleaner's modules; nothing was run through the cleaner then and none of its source was
read. (2) At the first step ``git worktree list`` showed the path and branch name of one other
worktree (names only); it was not looked into. Main was at 2179c70 at the first step and when the
worktrees were made; the set was measured there. (3) Before the measurement the drafts were executed
from a scratch folder (/tmp/s43) with a stand-in ``page_from_blocks`` that only counted lines and
checked that no page noise line is a substring of an article line of its page and that no noise line
repeats on a page (no case was run through the cleaner). The first stand-in run failed because the
draft built the page dict from (lang, case) pairs (keyed by language); it was rebuilt keyed by page
name. The counts then showed ten pages short of 20 noise lines (14 to 17) and two short of 10 article
lines, and a repeated "LEGGI ANCHE" on it-editoriale-leggi-anche; before the measurement noise lines
were added to those ten pages, one article paragraph each to de-gastkommentar-leserbriefe and
ru-blog-pravda-skryvayut-donaty, the second "LEGGI ANCHE" became "POTREBBE INTERESSARTI", and a
paragraph of de-newsletter-essay-paywall first drafted below the page footer was moved above the
paywall teaser; four over-long source lines were wrapped. (4) The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then
read out once with ``_problems`` in the frozen worktree (a script that ran it on every line, keep line
and page of this set and printed those with problems), to write the xfail reasons. (5) Invented names
were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
the places Stannerfold, Bexwellow, Vauchanteuil, Montbrézac, Hollerfurt, Tannbrückl, Valdirupe,
Borgofosco, Sosnowłoka, Dębrzykowo and Ольхоград had no hits and are not towns I know of; Wrenfield
and Fenmoor occur only as made-up names in games and demo data and are not towns I know of. Rejected
before use or replaced before the measurement: Marshgate (a real hamlet in Cornwall), Heidenau (a
real town in Saxony; the German credit's "Heidenauer Kreisbote" became "Hollerfurter Kreisbote"),
Межгорьевск (too close to Межгорье, a real town), Ракитинск (a lake named Ракитинское exists), Ponteselva
(a real firm's name), the newspaper name "Courrier des Brandes" ("brandes" is a common French place
element; it became "Courrier de Montbrézac"), the swimming club "DLRG-Ortsgruppe" (a real society;
it became "Schwimmverein Hollerfurt 1921"), ООО «Ромашка-Сервис» (a stock placeholder name likely
borne by real firms; it became ООО «Тёплый квартал») and a card line naming a real bank. Sites and
firms checked with no hits: Daily Blare, Kreisgeflüster, NotizieFlash24, MójReporter, Lodestar
Crossings, Gazzetta del Vallone, Kurier Jaśminowy and Полдень-инфо; "The Plain
Commoner" and "Le Réveil du Plateau" occur only as ordinary phrases, the theme maker "Quillhaus"
only as a made-up firm in demo data, "Mailbrücke" only as a code identifier. Not checked and possibly
coinciding with real ones: the NewsBridge content feed, the Saltmarsh Lite theme, Hollerfurter
Tagblatt, Il Corriere di Valdirupe, Sosnowłoka24.pl, «Ольхоград.Инфо», ООО «Тёплый квартал»,
Steuerkanzlei Brettschneider, the other site names and the people. The streets are generic names
found in many real towns (ulice Zielna and Kościelna, Mühlweg). (6) Some noise lines name real
things, as real pages do: WordPress, Blogger, Wix, uCoz, Medium, Outbrain, Liberapay, PayPal, ЮMoney,
YouTube, Facebook, X, WhatsApp, Messenger, Telegram, Instagram, Mastodon, Bluesky, Google News,
ВКонтакте, Одноклассники, Дзен and MAX; the e-mail addresses and URLs of the invented sites use the
.example domain, and registration, tax, card and phone numbers are zero-filled. Nothing below was
copied from any file of the repository. The set was measured once against a frozen cleaner (worktree
/tmp/wt-s43 at commit 2179c70) and every failing case is marked as a strict xfail whose reason
describes the line or page, not a rule. Nothing was changed after the measurement but the xfail
tables and this docstring.

Judgement calls: the keep lines opening with "Powered by two diesel generators", "Posted on the town
hall door", "Syndicated loans", "Share prices", "Read the auditor's letter", "Opinions among shop
owners", "Updated flood maps", "Lire les comptes", "Mis à jour en janvier", "Vous aimez le vélo ?",
"Stand der Dinge", "Erstellt wurde das Gutachten", "Sie möchten mitreden", "Continua a crescere",
"Seguimi, ha detto il sindaco", "Mostra segni di cedimento", "Aktualizacja planu", "Komentarze
radnych", "Обновлено и расписание" and "Показать жителям" are article sentences. The date and update
headers (with or without reading or listen times and view counts) are counted as reading-time lines;
the "Posted on ... by admin" line, the author bio and the consulting, training, channel and donation
plugs as bylines; platform, theme and hosting credits as footers; comment counts, rows, login and
show-more lines as comments; the shortcodes, the ad-slot placeholder, the read-more, found-at,
syndication and partner-site credits and the Russian ad label as markers; the opinion disclaimer, the
blog platform's hosting notice and the AI-assistance note as notices. On every page the title, the
subheading, its list or table-like rows, the quote and the paragraphs around them are article; on
fr-vos-questions-nos-reponses the readers' questions (Monique's quoted question and the question from
Vauchanteuil) and the answers are article (the column's own content), but the call for questions is
noise; on de-newsletter-essay-paywall the dek "Warum der Landkreis sein Defizit seit Jahren
schönrechnet" is the subheading and the free part above the paywall is the article; on
it-saggio-ripubblicato-content-farm the essay's own text is article and the republication credit,
Medium chrome (member-only label, claps, follow) and the farm's boxes are noise. Site names,
taglines, menus, dates and update stamps, section labels ("OPINION", "GASTKOMMENTAR", "EDITORIALE",
"KOMENTARZ", "АНАЛИТИКА"), breadcrumbs, bylines and author bios, the support, donation, subscription
and paywall boxes, the video player chrome, reaction counts, "most read", "leggi anche", "zobacz
także", "читайте также" and other related links, ads and sponsored lines, the citizen platform's
labels, rating, points and report links, share, follow and subscribe rows, tags, comment threads
(counts, names, dates, comment texts, replies, forms and load-more links), legal, contact and
copyright lines and back-to-top links are noise. The rows: in en-partisan-opinion-support-box "What
the contract leaves out" with three rows; in en-tabloid-video-reactions "What the council has
decided" with three rows; in fr-blog-plateforme-journal "Ce que prévoit le contrat" with three rows;
in fr-vos-questions-nos-reponses "Combien paiera un foyer ?" with three "label : amount" rows; in
de-gastkommentar-leserbriefe "Was die Schließung bedeuten würde" with three rows; in
de-newsletter-essay-paywall "Wo das Geld wirklich steckt" with three "label: amount" rows; in
it-editoriale-leggi-anche "Cosa perde la valle" with three rows; in
it-saggio-ripubblicato-content-farm "Quello che ho imparato" with three rows; in
pl-komentarz-portal-dyskusja "Co zniknie ze skweru" with three rows; in
pl-dziennikarstwo-obywatelskie "Co udało mi się ustalić" with three rows; in
ru-portal-analitika-kanaly "Что показал разбор контрактов" with three rows; in
ru-blog-pravda-skryvayut-donaty "Что мне ответили" with three rows; all of them are article.

Contents: 45 noise lines (marker 11, reading-time 6, byline 8, footer 7, comments 8, share 2, notice
3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2,
ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-partisan-opinion-support-box (a partisan site's opinion piece on a toll-bridge contract, with a
"support independent media" box), en-tabloid-video-reactions (a tabloid story on beach huts cleared
for a car park, with video-player chrome, reaction counts and a "most read" box),
fr-blog-plateforme-journal (a councillor's blog on a newspaper's blog platform, against outsourcing a
school canteen, with reader comments), fr-vos-questions-nos-reponses (a regional site's readers' Q&A
on a new waste charge), de-gastkommentar-leserbriefe (a regional paper's guest commentary against
closing an indoor pool, with reader comments), de-newsletter-essay-paywall (a local-politics
newsletter essay on hidden hospital subsidies, republished on the web with a paywall teaser),
it-editoriale-leggi-anche (an online daily's editorial against closing a railway stop, with "leggi
anche" boxes), it-saggio-ripubblicato-content-farm (a Medium-like essay on defending one's town
online, republished on a content farm), pl-komentarz-portal-dyskusja (a local portal's commentary on
a square turned into a car park, with its comment section), pl-dziennikarstwo-obywatelskie (a
citizen-journalism post on a village's broken cash machine), ru-portal-analitika-kanaly (a news
portal's analysis of road-repair spending, with a "subscribe to our channels" block),
ru-blog-pravda-skryvayut-donaty (a conspiracy-leaning blog post on water-meter replacement, with
donation pleas and a comment thread); every page holds a title, a subheading with list or
table-like rows, a quote in the article and noise above the title, between the paragraphs and at the
foot.

Baseline (2026-12-03, cleaner at commit 2179c70, measured with
``cd /tmp/wt-s43 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s43/src python -m pytest
-q tests/test_clean_held_out_43.py -rA -p no:cacheprovider`` (24 failed, 53 passed) and
``cd /tmp/wt-s43 && PYTHONPATH=/tmp/wt-s43/src python scripts/clean_held_out_report.py --sets 43``,
with the xfail tables empty): noise lines removed 30/45 (marker 7/11, reading-time 5/6, byline 3/8,
footer 5/7, comments 7/8, share 2/2, notice 1/3; missed, all kept as paragraphs: the English
page-builder shortcode run "[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column][vc_column_text]",
the English bio with consulting plug "Corwin Ashdale is a former county auditor ... book a call at
ashdale.example/consult.", the English disclaimer "Opinions expressed in this column are the writer's
own ...", the French hosting notice "Ce blog est hébergé par le Courrier de Montbrézac ; ...", the
German shortcode '[werbemittel position="content_2"]', the German credit "Gefunden bei: Hollerfurter
Kreisbote (kreisbote-hollerfurt.example)", the German PayPal plug "Sie möchten meine Arbeit
unterstützen? ...", the Italian header "12 marzo 2026 · 4' di lettura · Letto 1.284 volte", the
Italian Telegram plug "Seguimi anche sul mio canale Telegram ...", the Italian "Mostra altre 6
risposte", the Polish training plug "Autorka prowadzi szkolenia z wystąpień publicznych ...", the
Polish footer "Obsługiwane przez usługę Blogger.", the Russian credit "Полную версию материала
читайте на сайте «Полдень-инфо»", the Russian donation plug "Поддержать автора можно переводом через
ЮMoney — ссылка в профиле." and the Russian footer "Хостинг от uCoz"); keep lines kept 20/20; pages
3/12 clean (en-tabloid-video-reactions, fr-blog-plateforme-journal, it-editoriale-leggi-anche), 28 of
240 page noise lines left and 0 of 120 article lines lost: en-partisan-opinion-support-box 4 left
("The Plain Commoner has no billionaire owner and no paywall. ...", "Give $5 a month", "Give once" and
"Already a supporter? Log in"); fr-vos-questions-nos-reponses 2 left ("S'abonner dès 1 € le premier
mois" and "Vidéo : comment fonctionne la puce du bac ?"); de-gastkommentar-leserbriefe 2 left ("Mehr
Nachrichten aus Hollerfurt" and "Dr. Sabine Oltmanns ist Kinderärztin in Hollerfurt. Gastbeiträge
..."); de-newsletter-essay-paywall 4 left ("Sie lesen die Web-Ausgabe von Kreisgeflüster. ...",
"Weiterlesen mit KREISGEFLÜSTER Plus", "Der Rest dieses Textes ist für zahlende Abonnenten." and
"Schon Abonnent? Anmelden"); it-saggio-ripubblicato-content-farm 4 left ("ANNUNCIO", "Ti potrebbe
interessare anche:", "10 cibi che non dovresti mai mangiare dopo le 20" and "Oroscopo di oggi:
sorprese per il Leone"); pl-komentarz-portal-dyskusja 1 left ("Materiał sponsorowany: Okna PCV z
montażem – sprawdź promocję"); pl-dziennikarstwo-obywatelskie 6 left ("Oceń artykuł: ★★★★☆ (31
głosów)", "Przyznaj punkty autorowi: +10", "Zgłoś nadużycie", "Inne artykuły autora", "Obserwuj
autora" and "Masz temat? Zostań reporterem obywatelskim – napisz do nas!"); ru-portal-analitika-kanaly
2 left ("Кредит на любые цели — ставка от 9%" and "Видео дня: ледоход на реке у моста");
ru-blog-pravda-skryvayut-donaty 3 left ("Друзья, блог живёт только на ваши пожертвования! ...", "Без
вашей помощи правда не дойдёт до людей!" and "Смотрите моё новое видео на канале!"). The failing
cases are strict xfails.

Still held out after round 41 (developed on set 42; measured once at fa96c4a with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 43`` and pytest on
this file): exactly at its baseline (lines 30/45, keep 20/20, pages 3/12 clean, 28 of 240 page noise
lines left, 0 article lines lost).

Round 42 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 43`` and ``pytest tests/test_clean_held_out_43.py`` at
f0453c1 (before) and the round's last commit on branch round42 (after): noise lines 30 -> 45/45
(marker 7 -> 11/11, reading-time 5 -> 6/6, byline 3 -> 8/8, footer 5 -> 7/7, comments 7 -> 8/8,
notice 1 -> 3/3; share 2/2 before and after), pages 3 -> 8/12 clean, page noise lines left 28 -> 7 of
240, as classes in six languages: a page builder's run of empty opening and closing tags
("[/vc_column_text][/vc_column][/vc_row]...") is a shortcode, and an ad shortcode takes the languages'
words for an ad ('[werbemittel position="content_2"]', "[anzeige]", "[reklama]"); a found-at credit
with its colon ("Gefunden bei: ...") and a read-the-full-version credit ("Полную версию материала
читайте на сайте «...»") are source credits; a donation plug naming the payment service and the writer
or the blog ("... eine Spende per PayPal an ...", "Поддержать автора можно переводом через ЮMoney"), a
card number for donations, a consulting or training plug ending in a web address ("He also offers
one-to-one consulting ...: book a call at ...", "Autorka prowadzi szkolenia ... zapisy na stronie
..."), the writer's own channel ("Seguimi anche sul mio canale Telegram ...") and video ("Смотрите
моё новое видео на канале!") and a support box's pitch and buttons ("We rely on readers like you.",
"Give $5 a month", "Give once") are self-promotion; hosting and service credits of blog platforms
("Хостинг от uCoz", "Obsługiwane przez usługę Blogger.") are blog footers; a show-more link takes its
count ("Mostra altre 6 risposte"); a row of the date, the reading time and the views is a reading-time
header, the minute mark read as minutes ("12 marzo 2026 · 4' di lettura · Letto 1.284 volte"); the
writer's own opinions ("Opinions expressed in this column are the writer's own ...", the editorial
position disowned) and the elided "n'engagent que leur auteur" are disclaimers; the Italian ad label
"ANNUNCIO" and a sponsored label over its ad's copy ("Materiał sponsorowany: ..."; not the English
"Sponsored: ...", which a most-read rail's box takes) are advertisements; a paywall teaser
("Weiterlesen mit ... Plus", "Der Rest dieses Textes ist für zahlende Abonnenten.", "Schon Abonnent?
Anmelden", "Already a supporter? Log in") is a paywall notice; and a citizen platform's rating,
points, report-abuse, follow-author and other-articles lines are its widgets. Left: the French
subscription offer and video teaser, the German "Mehr Nachrichten aus Hollerfurt" and the guest
author's bio whose disclaimer follows "Dr." (read as a third sentence), the German newsletter's
web-edition note, and the Russian loan ad and "Видео дня" teaser (7 lines on 4 pages). Keep lines
20/20 before and after; article lines lost 0 -> 0 of 120.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_43_LINES = [
    # English (15)
    ("head", "[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column][vc_column_text]", "marker"),
    ("body", "{{AD_SLOT_INARTICLE_2}}", "marker"),
    ("tail", "Read the full story at the Fenmoor Ledger (fenmoorledger.example)", "marker"),
    ("tail", "Syndicated via the NewsBridge content feed · item 000481 · cleared for republication", "marker"),
    ("head", "Updated 2 hrs ago · 6 min listen", "reading-time"),
    ("head", "Posted on 14 March 2026 by admin", "byline"),
    ("tail", "Corwin Ashdale is a former county auditor who writes about small-town budgets. He also offers "
             "one-to-one consulting for community groups: book a call at ashdale.example/consult.", "byline"),
    ("tail", "Like my work? Subscribe to my YouTube channel for a weekly council breakdown.", "byline"),
    ("tail", "Powered by Blogger.", "footer"),
    ("tail", "Proudly powered by WordPress | Theme: Saltmarsh Lite by Quillhaus.", "footer"),
    ("tail", "14 Responses to “Why the harbour fund ran dry”", "comments"),
    ("tail", "Hollis Deane · 2 days ago · Like · Reply", "comments"),
    ("tail", "You are commenting using your Facebook account. ( Log Out / Change )", "comments"),
    ("body", "Share this story: Facebook · WhatsApp · Email · Copy link", "share"),
    ("tail", "Opinions expressed in this column are the writer's own and do not reflect the editorial position "
             "of the Fenmoor Ledger.", "notice"),
    # French (6)
    ("tail", "Lire la suite de cet article sur le site du Courrier de Montbrézac", "marker"),
    ("head", "Mis à jour le 12 mars 2026 à 18h42 – 6 min de lecture", "reading-time"),
    ("tail", "Vous aimez ce blog ? Soutenez-le sur Liberapay, même avec un euro par semaine.", "byline"),
    ("tail", "Fièrement propulsé par WordPress", "footer"),
    ("tail", "Vous devez être connecté pour publier un commentaire.", "comments"),
    ("tail", "Ce blog est hébergé par le Courrier de Montbrézac ; les propos qui y sont tenus n'engagent que leur "
             "auteur.", "notice"),
    # German (6)
    ("body", "[werbemittel position=\"content_2\"]", "marker"),
    ("tail", "Gefunden bei: Hollerfurter Kreisbote (kreisbote-hollerfurt.example)", "marker"),
    ("head", "Stand: 12.03.2026, 18:42 Uhr | Lesezeit: 3 Min.", "reading-time"),
    ("tail", "Sie möchten meine Arbeit unterstützen? Ich freue mich über eine Spende per PayPal an "
             "spenden@wendelin-krah.example.", "byline"),
    ("tail", "© 2026 Wendelin Krah. Erstellt mit Wix.com", "footer"),
    ("tail", "Heinz_am_Deich | 12.03.2026, 21:07 Uhr | Antworten | Melden", "comments"),
    # Italian (6)
    ("tail", "Continua a leggere su Gazzetta del Vallone", "marker"),
    ("head", "12 marzo 2026 · 4' di lettura · Letto 1.284 volte", "reading-time"),
    ("tail", "Seguimi anche sul mio canale Telegram per gli aggiornamenti quotidiani: t.me/taccuino_di_ornella",
     "byline"),
    ("tail", "Tema Semplice. Powered by Blogger.", "footer"),
    ("tail", "Mostra altre 6 risposte", "comments"),
    ("tail", "Questo articolo è stato scritto con l'ausilio dell'intelligenza artificiale e revisionato dalla "
             "redazione.", "notice"),
    # Polish (6)
    ("tail", "Artykuł pochodzi z serwisu partnerskiego Kurier Jaśminowy", "marker"),
    ("head", "Aktualizacja: 12.03.2026 18:42 · Przeczytasz w 5 minut", "reading-time"),
    ("tail", "Autorka prowadzi szkolenia z wystąpień publicznych dla samorządowców – zapisy na stronie "
             "szkolenia-lazar.example.", "byline"),
    ("tail", "Obsługiwane przez usługę Blogger.", "footer"),
    ("tail", "Komentarze (17) · Sortuj: od najnowszych", "comments"),
    ("body", "Udostępnij na Facebooku · Wyślij przez Messengera · Skopiuj link", "share"),
    # Russian (6)
    ("body", "На правах рекламы", "marker"),
    ("tail", "Полную версию материала читайте на сайте «Полдень-инфо»", "marker"),
    ("head", "Обновлено 12 марта 2026, 18:42 (мск)", "reading-time"),
    ("tail", "Поддержать автора можно переводом через ЮMoney — ссылка в профиле.", "byline"),
    ("tail", "Хостинг от uCoz", "footer"),
    ("tail", "Показать ещё 12 комментариев", "comments"),
]

HELD_OUT_43_KEEP = [
    # English (7)
    ("body", "Powered by two diesel generators, the island's clinic kept its lights on through the whole storm."),
    ("body", "Posted on the town hall door on Monday, the notice gave residents ten days to object."),
    ("body", "Syndicated loans from three regional banks covered the rest of the harbour works."),
    ("head", "Share prices of the ferry company fell by a fifth after the council withdrew its subsidy."),
    ("body", "Read the auditor's letter closely and the same warning appears three times."),
    ("tail", "Opinions among shop owners on the high street were split almost evenly."),
    ("body", "Updated flood maps put forty more homes inside the risk zone than the old ones did."),
    # French (3)
    ("body", "Lire les comptes de la commune suffit à comprendre pourquoi le chantier a pris deux ans de retard."),
    ("body", "Mis à jour en janvier, le plan de circulation interdit désormais les camions dans le centre."),
    ("tail", "Vous aimez le vélo ? La commune compte sur ce slogan pour remplir sa nouvelle piste cyclable."),
    # German (3)
    ("body", "Stand der Dinge ist, dass die Brücke frühestens im Herbst wieder für Lastwagen freigegeben wird."),
    ("body", "Erstellt wurde das Gutachten von einem Büro aus der Nachbarstadt, das auch den Bahnhof geplant hatte."),
    ("head", "Sie möchten mitreden, sagen die Anwohner, und nicht erst aus der Zeitung erfahren, was gebaut wird."),
    # Italian (3)
    ("body", "Continua a crescere il numero dei pendolari che raggiungono il capoluogo in treno ogni mattina."),
    ("body", "Seguimi, ha detto il sindaco ai consiglieri, e li ha portati a vedere le crepe nel muro della scuola."),
    ("tail", "Mostra segni di cedimento anche il ponte sul torrente, secondo i tecnici della provincia."),
    # Polish (2)
    ("body", "Aktualizacja planu zagospodarowania potrwa co najmniej dwa lata, przyznał burmistrz."),
    ("body", "Komentarze radnych po sesji były wyjątkowo zgodne: szkoła musi zostać otwarta we wrześniu."),
    # Russian (2)
    ("body", "Обновлено и расписание автобусов: с апреля рейсы до вокзала будут ходить каждые двадцать минут."),
    ("body", "Показать жителям новый проект мэрия обещала ещё осенью, но слушания так и не провели."),
]


HELD_OUT_43_PAGES = {
    "en-partisan-opinion-support-box": _page("en", "en-partisan-opinion-support-box", [
        ["-THE PLAIN COMMONER", "-Independent. Unapologetic. Reader-funded.",
         "-News | Opinion | Elections | Shop | Donate"],
        ["-OPINION"],
        ["+The toll bridge deal is a gift to the people who least need one"],
        ["-By Garrett Vollmer, Contributing Columnist", "-March 12, 2026 · 5 min read"],
        ["+Stannerfold's councillors voted on Tuesday to hand the Wrenfield toll bridge to a private operator for "
         "thirty years, and they did it without publishing the contract.",
         "+The operator, Lodestar Crossings, will collect every toll but owes the town only a fixed fee of "
         "£410,000 a year, a sum that does not rise with traffic."],
        ["-Support independent media",
         "-The Plain Commoner has no billionaire owner and no paywall. We rely on readers like you.",
         "-Give $5 a month", "-Give once", "-Already a supporter? Log in"],
        ["+What the contract leaves out"],
        ["+No cap on annual toll rises after the fifth year", "+No duty to repair the footpath or the cycle lane",
         "+No right for the town to buy the bridge back early"],
        ["+\"We were told the details were commercially sensitive,\" said Dana Orlich, one of the two councillors "
         "who voted against. \"I have still not seen page one.\""],
        ["-RELATED: Five times Stannerfold's council sold off what it owned"],
        ["+Officials say the fee is guaranteed whatever happens to traffic, which is true, and also the problem: "
         "every extra car is profit for Lodestar and nothing for the town.",
         "+A bridge that carries nine thousand cars a day is not a side issue, and the people who cross it deserve "
         "to read what was signed in their name."],
        ["-Garrett Vollmer writes about local government for The Plain Commoner. His views are his own.",
         "-Tags: Stannerfold, Toll Bridge, Privatization"],
        ["-Share on Facebook", "-Share on X", "-Email this article"],
        ["-Sign up for our free morning newsletter", "-Comments (48)"],
        ["-© 2026 The Plain Commoner. All rights reserved. Privacy | Terms"],
    ]),
    "en-tabloid-video-reactions": _page("en", "en-tabloid-video-reactions", [
        ["-DAILY BLARE", "-NEWS  SPORT  SHOWBIZ  MONEY  TRAVEL", "-BREAKING: Motorway closed after lorry fire"],
        ["+Fury as seaside council scraps 200 beach huts to make room for car park"],
        ["-By Kelly Danvers, News Reporter", "-16:42, 12 Mar 2026 | UPDATED 18:05, 12 Mar 2026"],
        ["-▶ WATCH: Hut owners confront councillors outside town hall", "-0:00 / 2:14",
         "-Video unavailable? Turn off your ad blocker", "-Mute  CC  Fullscreen"],
        ["+Beach hut owners in Bexwellow have been given six weeks to remove their huts after the council approved "
         "a new 300-space car park on the promenade.",
         "+Some families have rented the same pitch for more than forty years."],
        ["+What the council has decided"],
        ["+All 212 huts on the east promenade must go by 30 April",
         "+Owners will get back this year's £380 pitch fee",
         "+A smaller row of 40 council-owned huts will be built in 2027"],
        ["+\"My grandad painted that hut blue in 1979 and now they want it gone for parking,\" said pensioner Jean "
         "Pollard, 71."],
        ["-Most Read", "-Soap star's secret wedding in the Lake District",
         "-Sponsored: The £9 gadget every driver wants"],
        ["+A council spokesperson said the car park would bring day visitors back to the high street, where six "
         "shops have closed since the summer.",
         "+Owners have started a petition, which had gathered 3,100 names by Thursday evening."],
        ["-😡 Angry 214", "-😢 Sad 96", "-👍 Like 31"],
        ["-Got a story? Email news@dailyblare.example or WhatsApp us on 07000 000000",
         "-Follow Daily Blare on Google News"],
        ["-View 87 comments", "-Recommended by Outbrain", "-© Daily Blare Ltd 2026"],
    ]),
    "fr-blog-plateforme-journal": _page("fr", "fr-blog-plateforme-journal", [
        ["-Les blogs du Courrier de Montbrézac", "-Se connecter | Créer mon blog", "-Suivre ce blog"],
        ["-Carnet de Vauchanteuil", "-Le blog d'Aurélie Mandrin, conseillère municipale d'opposition"],
        ["+Cantine scolaire : pourquoi je voterai contre la délégation au privé"],
        ["-Publié le 12 mars 2026 par Aurélie Mandrin", "-Catégorie : Vie municipale"],
        ["+Jeudi soir, le conseil municipal de Vauchanteuil doit confier pour sept ans la cantine des deux écoles "
         "à une société de restauration collective.",
         "+Je voterai contre, et je veux expliquer pourquoi ici plutôt qu'en trois minutes de temps de parole."],
        ["-Publicité"],
        ["+Ce que prévoit le contrat"],
        ["+Un repas facturé 4,10 euros aux familles, contre 3,60 aujourd'hui",
         "+Des plats préparés à quarante kilomètres et livrés en liaison froide",
         "+La fin de l'achat direct auprès des maraîchers du canton"],
        ["+« Nous ne pouvons plus recruter de cuisiniers à ce salaire », m'a répondu l'adjoint aux finances "
         "lors de la commission."],
        ["+C'est un vrai problème, mais il se règle en revalorisant deux postes, pas en livrant des barquettes "
         "réchauffées à trois cents enfants.",
         "+Les parents d'élèves ont demandé un report du vote ; la majorité l'a refusé lundi."],
        ["-Article suivant : Le marché du samedi va-t-il déménager ?",
         "-Cet article est un blog d'abonné : il n'engage pas la rédaction du Courrier de Montbrézac."],
        ["-Partager : Facebook · X · E-mail"],
        ["-3 commentaires", "-Bernard_V · 13/03/2026 à 08:10",
         "-Et qui paiera quand le prestataire augmentera ses prix ?", "-Répondre", "-Signaler un abus"],
        ["-Les plus lus du blog", "-Vélo-rue : mon bilan après six mois"],
        ["-Mentions légales · Charte des blogs · Nous contacter", "-© Le Courrier de Montbrézac 2026"],
    ]),
    "fr-vos-questions-nos-reponses": _page("fr", "fr-vos-questions-nos-reponses", [
        ["-LE RÉVEIL DU PLATEAU", "-Météo · Annonces · Avis de décès", "-Accueil > Pratique > Vos questions"],
        ["-S'abonner dès 1 € le premier mois"],
        ["+Taxe sur les ordures : vos questions, nos réponses"],
        ["-Par la rédaction", "-Publié le 11/03/2026 à 07h15 · Modifié le 11/03/2026 à 09h02"],
        ["+Depuis l'envoi des avis de la nouvelle redevance incitative, nos lecteurs nous ont écrit par dizaines. "
         "Voici les réponses aux questions les plus fréquentes.",
         "+« Je vis seule et je sors ma poubelle une fois par mois : vais-je payer autant qu'une famille de cinq ? » "
         "demande Monique, de Montbrézac."],
        ["+Non. La part fixe est la même pour tous, mais la part variable dépend du nombre de levées de votre bac, "
         "comptées par la puce."],
        ["-À lire aussi : Déchetterie : les nouveaux horaires d'été", "-Publicité",
         "-Vidéo : comment fonctionne la puce du bac ?"],
        ["+Combien paiera un foyer ?"],
        ["+Part fixe : 118 euros par an pour tous les foyers",
         "+Levée supplémentaire au-delà de douze : 3,20 euros",
         "+Dépôt en déchetterie : gratuit jusqu'à vingt passages"],
        ["+« Le but n'est pas de faire payer plus, mais de payer ce que l'on jette », assure le président du "
         "syndicat des déchets, Hervé Collardin."],
        ["+Un lecteur de Vauchanteuil demande aussi si les couches des bébés seront comptées : le syndicat promet "
         "un forfait réduit pour les familles, sur justificatif."],
        ["-Vous avez une question ? Écrivez-nous à questions@reveil-plateau.example",
         "-Newsletter : recevez chaque matin l'essentiel de l'actualité locale", "-Je m'inscris"],
        ["-Partager sur Facebook", "-Partager sur WhatsApp", "-Copier le lien"],
        ["-Sur le même sujet", "-Déchets : le tri des biodéchets obligatoire dès juin",
         "-Suivez-nous sur Facebook et Instagram"],
        ["-Nos offres d'abonnement · Contact · Mentions légales · Gestion des cookies",
         "-© Le Réveil du Plateau 2026 – Tous droits réservés"],
    ]),
    "de-gastkommentar-leserbriefe": _page("de", "de-gastkommentar-leserbriefe", [
        ["-Hollerfurter Tagblatt", "-E-Paper lesen | Abo", "-Lokales | Region | Sport | Kultur | Service | E-Paper"],
        ["-GASTKOMMENTAR"],
        ["+Warum das Hallenbad nicht geschlossen werden darf"],
        ["-Ein Gastbeitrag von Dr. Sabine Oltmanns", "-12.03.2026 | 06:00 Uhr"],
        ["+Der Stadtrat will das Hallenbad in Hollerfurt zum Jahresende schließen, weil die Sanierung 6,8 Millionen "
         "Euro kosten würde.",
         "+Als Kinderärztin sehe ich jede Woche, was das bedeutet: Schon heute kann jedes dritte Kind der "
         "Grundschule am Mühlweg nicht sicher schwimmen."],
        ["-Anzeige – Lesen Sie nach der Anzeige weiter"],
        ["+Was die Schließung bedeuten würde"],
        ["+Schwimmunterricht für vier Grundschulen fällt ersatzlos weg",
         "+Das nächste Bad liegt 23 Kilometer entfernt in Tannbrückl",
         "+Drei Vereine verlieren ihre Trainingszeiten"],
        ["+„Wir haben Wartelisten für Anfängerkurse bis ins übernächste Jahr“, sagt Jörg Amsel vom "
         "Schwimmverein Hollerfurt 1921."],
        ["-Mehr zum Thema: Hallenbad – Stadtrat vertagt Entscheidung", "-Mehr Nachrichten aus Hollerfurt"],
        ["+Ein Förderverein, ein Landeszuschuss und eine gestaffelte Sanierung wären ein Weg, den andere Städte "
         "bereits gegangen sind.",
         "+Die Stadt sollte diesen Weg wenigstens prüfen, bevor sie das Bad für immer zuschließt."],
        ["-Dr. Sabine Oltmanns ist Kinderärztin in Hollerfurt. Gastbeiträge geben die Meinung der Autorin wieder."],
        ["-Leserkommentare (3)", "-Klaus_B. schrieb am 12.03.2026 um 08:14 Uhr:",
         "-Endlich sagt es mal jemand. Die Kinder haben keine Lobby im Rathaus.", "-Antworten",
         "-Wasserratte77 schrieb am 12.03.2026 um 09:40 Uhr:", "-Und wer bezahlt das? Die Stadt ist pleite.",
         "-Kommentar verfassen"],
        ["-Artikel teilen: Facebook · WhatsApp · E-Mail"],
        ["-Impressum | Datenschutz | AGB | Kontakt", "-© Hollerfurter Tagblatt"],
    ]),
    "de-newsletter-essay-paywall": _page("de", "de-newsletter-essay-paywall", [
        ["-KREISGEFLÜSTER", "-Der Newsletter über Politik im Landkreis – jetzt auch im Web",
         "-Startseite | Archiv | Über mich | Abo", "-Anmelden"],
        ["+Die stille Pleite der Kreiskliniken"],
        ["+Warum der Landkreis sein Defizit seit Jahren schönrechnet"],
        ["-Von Malte Querfurth", "-Ausgabe Nr. 112 · 11. März 2026"],
        ["+Im Kreishaushalt steht für die beiden Kliniken ein Zuschuss von 4,2 Millionen Euro. Tatsächlich fließt "
         "fast doppelt so viel, nur verteilt auf drei andere Posten."],
        ["-Sie lesen die Web-Ausgabe von Kreisgeflüster. Abonnieren Sie den Newsletter kostenlos per E-Mail.",
         "-Anzeige: Steuerkanzlei Brettschneider – Ihr Partner im Kreis"],
        ["+Wo das Geld wirklich steckt"],
        ["+Investitionszuschuss über die Kreisbaugesellschaft: 2,1 Millionen Euro",
         "+Übernahme der Pensionslasten: 1,4 Millionen Euro",
         "+Mietnachlass für das Ärztehaus: 0,6 Millionen Euro"],
        ["+„Das ist alles transparent im Beteiligungsbericht nachzulesen“, schreibt mir die Pressestelle des "
         "Landratsamts."],
        ["+Nachzulesen ist es dort tatsächlich, auf den Seiten 84, 131 und 207, nie zusammengezählt.",
         "+Der Kreistag berät den Haushalt am 26. März."],
        ["-Weiterlesen mit KREISGEFLÜSTER Plus", "-Der Rest dieses Textes ist für zahlende Abonnenten.",
         "-Plus testen – 4 Wochen für 1 €", "-Schon Abonnent? Anmelden"],
        ["-Gefällt Ihnen dieser Text? Leiten Sie ihn an Freunde weiter.", "-Teilen", "-Kommentieren (12)"],
        ["-Frühere Ausgaben", "-Nr. 111: Warum der Kreistag nie vor zehn Uhr abends abstimmt",
         "-Folgen Sie mir auf Mastodon und Bluesky"],
        ["-Impressum · Datenschutz · Newsletter abbestellen", "-Erstellt mit Mailbrücke"],
    ]),
    "it-editoriale-leggi-anche": _page("it", "it-editoriale-leggi-anche", [
        ["-Mercoledì 12 marzo 2026 · Aggiornato alle 10:12", "-IL CORRIERE DI VALDIRUPE",
         "-Quotidiano online · Registrazione presso il Tribunale n. 00/2020",
         "-Cronaca | Politica | Economia | Sport | Editoriali"],
        ["-EDITORIALE"],
        ["+La stazione chiusa è una resa, non un risparmio"],
        ["-di Giacomo Ferralasco · 12 marzo 2026"],
        ["+La Regione ha deciso di sopprimere dal prossimo orario estivo la fermata di Valdirupe Bassa, usata ogni "
         "giorno da circa quattrocento persone.",
         "+La motivazione ufficiale è il risparmio di tre minuti sulla linea, ma a pagarli saranno gli studenti "
         "e i pendolari della valle."],
        ["-LEGGI ANCHE", "-Treni, la Regione taglia quattro corse serali", "-Pendolari, la protesta arriva in "
         "consiglio"],
        ["+Cosa perde la valle"],
        ["+Quattrocento passeggeri al giorno senza fermata",
         "+Il bus sostitutivo impiega quaranta minuti in più",
         "+Nessun parcheggio di scambio alla stazione di Borgofosco"],
        ["+«Non abbiamo ricevuto nessuna comunicazione ufficiale», ha detto il sindaco Arturo Pelizzeri."],
        ["-Pubblicità", "-POTREBBE INTERESSARTI", "-Scuola, mancano tre insegnanti di sostegno"],
        ["+Una valle che perde il treno perde anche i giovani, e nessun bilancio regionale registra quella "
         "perdita.",
         "+Chiediamo alla Regione di rinviare la decisione e di aprire un tavolo con i Comuni."],
        ["-Condividi su Facebook", "-Condividi su WhatsApp", "-Iscriviti al nostro canale Telegram"],
        ["-Commenti (5)", "-Per commentare devi essere registrato. Accedi"],
        ["-Redazione · Pubblicità · Privacy · Cookie", "-© Il Corriere di Valdirupe – P. IVA 00000000000",
         "-Torna su"],
    ]),
    "it-saggio-ripubblicato-content-farm": _page("it", "it-saggio-ripubblicato-content-farm", [
        ["-NotizieFlash24", "-Home | Attualità | Curiosità | Salute | Oroscopo", "-Cerca", "-Pubblicità"],
        ["+Perché ho smesso di difendere il mio Comune sui social"],
        ["-Ripubblicato da Medium · autore originale: Ornella Castrini",
         "-Member-only story", "-5 min di lettura", "-👏 1,2K · 💬 38", "-Segui"],
        ["+Per tre anni ho risposto a ogni post arrabbiato sulla pagina del mio paese, spiegando delibere e "
         "bilanci a chi non voleva leggerli.",
         "+Poi una sera ho capito che stavo facendo il lavoro dell'ufficio comunicazione, gratis e male."],
        ["-ANNUNCIO", "-Ti potrebbe interessare anche:", "-10 cibi che non dovresti mai mangiare dopo le 20",
         "-Oroscopo di oggi: sorprese per il Leone"],
        ["+Quello che ho imparato"],
        ["+Le persone non leggono il link, leggono il titolo",
         "+Chi urla di più non è chi ha più ragione, ma chi ha più tempo",
         "+Il Comune non risponde perché ha paura di sbagliare, non per arroganza"],
        ["+«Non puoi spiegare un bilancio in un commento», mi disse una volta una consigliera, e aveva ragione."],
        ["+Oggi scrivo una lettera al mese al giornale locale, firmata, e rispondo solo a chi mi scrive di "
         "persona.",
         "+È meno di prima, ma almeno so che qualcuno la legge fino in fondo."],
        ["-Clicca MI PIACE sulla nostra pagina per non perdere nessuna notizia!",
         "-Tags: comune, social, politica, opinione"],
        ["-Contenuti sponsorizzati", "-Gli esperti sono sbalorditi: il trucco per dimagrire senza dieta"],
        ["-Articolo precedente: Bollette, ecco quando arrivano i rimborsi", "-Commenta con Facebook"],
        ["-NotizieFlash24 non è una testata giornalistica. Contattaci · Privacy Policy"],
    ]),
    "pl-komentarz-portal-dyskusja": _page("pl", "pl-komentarz-portal-dyskusja", [
        ["-Czwartek, 12 marca 2026 · Imieniny: Grzegorza", "-Sosnowłoka24.pl",
         "-Wiadomości | Sport | Kultura | Ogłoszenia | Pogoda", "-REKLAMA"],
        ["-KOMENTARZ"],
        ["+Parking zamiast parku? Rada miasta znowu wybiera samochody"],
        ["-Jarosław Wiercioch", "-12 marca 2026, 07:30 · Czas czytania: 3 min"],
        ["+We wtorek radni Sosnowłoki przyjęli plan, według którego skwer przy ulicy Zielnej zamieni się w "
         "parking na osiemdziesiąt aut.",
         "+Za głosowało czternastu radnych, przeciw tylko czterech."],
        ["-Zobacz także: Nowe ceny biletów komunikacji miejskiej od kwietnia",
         "-Materiał sponsorowany: Okna PCV z montażem – sprawdź promocję"],
        ["+Co zniknie ze skweru"],
        ["+Czterdzieści dwa drzewa, w tym sześć lip posadzonych przed wojną",
         "+Plac zabaw, z którego korzysta przedszkole",
         "+Jedyna w centrum ławka z cieniem latem"],
        ["+„Handel w centrum umiera, bo klienci nie mają gdzie zaparkować” – przekonywał na sesji przewodniczący "
         "rady Zdzisław Kmieć."],
        ["+Tyle że parking przy dworcu, trzysta metrów dalej, w dni powszednie stoi w połowie pusty.",
         "+Zanim wytniemy drzewa, sprawdźmy, czy problemem nie jest raczej cena biletu."],
        ["-Komentarze (24)", "-Dodaj komentarz jako gość",
         "-Mieszkaniec_Zielnej · 12.03.2026, 08:41", "-Wreszcie ktoś to napisał. Drzewa rosły tam 80 lat.",
         "-Odpowiedz · Zgłoś", "-kierowca_z_Dębrzykowa · 12.03.2026, 09:02",
         "-A gdzie mam zostawić auto, jak jadę do lekarza?", "-Pokaż więcej komentarzy"],
        ["-Udostępnij: Facebook · X · E-mail"],
        ["-Regulamin · Polityka prywatności · Kontakt z redakcją", "-© Sosnowłoka24.pl 2026"],
    ]),
    "pl-dziennikarstwo-obywatelskie": _page("pl", "pl-dziennikarstwo-obywatelskie", [
        ["-MójReporter.pl – serwis dziennikarstwa obywatelskiego", "-Dodaj artykuł | Zaloguj się"],
        ["-Kategoria: Interwencje · Region: powiat sosnowłocki", "-Artykuł użytkownika",
         "-Ten tekst nie był weryfikowany przez redakcję."],
        ["+W Dębrzykowie od trzech tygodni nie działa jedyny bankomat"],
        ["-Autor: obywatel_Marek (poziom: Reporter, 1 240 pkt)", "-Dodano: 11.03.2026, 21:14"],
        ["+Od 18 lutego jedyny bankomat w Dębrzykowie wyświetla komunikat o awarii, a najbliższy działający jest "
         "w Sosnowłoce, dwanaście kilometrów dalej.",
         "+Najbardziej odczuwają to starsi mieszkańcy, którzy nie płacą kartą."],
        ["-REKLAMA", "-Zobacz też: Gmina bez lekarza od stycznia", "-Oceń artykuł: ★★★★☆ (31 głosów)"],
        ["+Co udało mi się ustalić"],
        ["+Bank twierdzi, że czeka na część z Niemiec",
         "+Gmina nie ma umowy z operatorem i nie może nic wymusić",
         "+Sklep przy rynku przestał przyjmować karty z powodu prowizji"],
        ["+„Jeżdżę do miasta autobusem tylko po to, żeby wypłacić emeryturę” – mówi mi pani Halina, "
         "mieszkanka ulicy Kościelnej."],
        ["+Wójt obiecał, że na najbliższej sesji poprosi bank o pisemne wyjaśnienia.",
         "+Napiszę, jeśli coś się zmieni."],
        ["-Przyznaj punkty autorowi: +10", "-Zgłoś nadużycie", "-Inne artykuły autora", "-Obserwuj autora",
         "-Masz temat? Zostań reporterem obywatelskim – napisz do nas!"],
        ["-Komentarze (6)", "-Ania_K: u nas na poczcie też nie da się wypłacić", "-Odpowiedz"],
        ["-MójReporter.pl nie ponosi odpowiedzialności za treść artykułów użytkowników. Regulamin",
         "-© MójReporter.pl 2026"],
    ]),
    "ru-portal-analitika-kanaly": _page("ru", "ru-portal-analitika-kanaly", [
        ["-«Ольхоград.Инфо» — новости города и области", "-Новости · Аналитика · Происшествия · Афиша",
         "-18+", "-Поиск", "-Войти"],
        ["-АНАЛИТИКА"],
        ["+Куда делись деньги на ремонт дорог: разбираем отчёт мэрии"],
        ["-Текст: Виталий Дроздецкий", "-12 марта 2026, 09:00 · 👁 3 418"],
        ["+В 2025 году Ольхоград потратил на ремонт дорог 612 миллионов рублей, но отремонтированных улиц в "
         "отчёте мэрии на треть меньше, чем годом раньше.",
         "+Мы сравнили контракты с отчётом и нашли, где разница."],
        ["-Подписывайтесь на наши каналы: Telegram | ВКонтакте | Дзен | MAX"],
        ["+Что показал разбор контрактов"],
        ["+Цена квадратного метра асфальта выросла на 41 процент",
         "+Четыре улицы ремонтировали дважды за два года",
         "+Треть работ досталась одному подрядчику без конкурса"],
        ["+«Рост цен связан с подорожанием битума и логистики», — ответили нам в управлении благоустройства."],
        ["-Реклама. ООО «Тёплый квартал». ИНН 0000000000", "-Кредит на любые цели — ставка от 9%",
         "-Видео дня: ледоход на реке у моста"],
        ["+Битум за этот период, по данным биржи, подорожал на двенадцать процентов.",
         "+Мы направили в мэрию запрос о повторных ремонтах и опубликуем ответ, когда его получим."],
        ["-Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter",
         "-Есть новость? Пишите в наш бот @olhograd_info_bot"],
        ["-Теги: дороги, мэрия, бюджет", "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["-Читайте также:", "-Мэрия объявила новый конкурс на уборку снега"],
        ["-© 2026 «Ольхоград.Инфо». Сетевое издание. При цитировании ссылка обязательна.",
         "-Свидетельство о регистрации СМИ Эл № ФС00-00000"],
    ]),
    "ru-blog-pravda-skryvayut-donaty": _page("ru", "ru-blog-pravda-skryvayut-donaty", [
        ["-ПРАВДА, КОТОРУЮ СКРЫВАЮТ", "-Блог независимого исследователя", "-Главная | Статьи | Видео | Поддержать"],
        ["+Зачем в Ольхограде на самом деле ставят новые счётчики воды"],
        ["-Опубликовано: 11.03.2026 | Автор: Правдоруб | Просмотров: 12 904", "-Метки: ЖКХ, счётчики, коррупция"],
        ["+С января управляющие компании Ольхограда меняют счётчики воды в каждой квартире, и жильцам говорят, "
         "что это требование закона.",
         "+Я попросил у своей управляющей компании документ, на основании которого это делается, и ждал ответа "
         "два месяца."],
        ["-Друзья, блог живёт только на ваши пожертвования! номер карты для переводов: 0000 0000 0000 0000",
         "-Без вашей помощи правда не дойдёт до людей!", "-Смотрите моё новое видео на канале!"],
        ["+Что мне ответили"],
        ["+Замена оплачивается из взносов на капремонт",
         "+Поставщик счётчиков выбран без конкурса",
         "+Старые счётчики ещё не выработали срок поверки"],
        ["+«Решение принято общим собранием собственников», — написали мне, хотя никакого собрания в нашем доме "
         "не было."],
        ["+Я не знаю, кому выгодна эта замена, но хочу, чтобы жильцы хотя бы спросили об этом у своих "
         "управляющих компаний.",
         "+Ответ управляющей компании я выложил целиком, без сокращений, чтобы каждый мог проверить сам."],
        ["-ПОДДЕРЖАТЬ АВТОРА: ЮMoney · криптовалюта · донат через стрим", "-Подпишитесь, пока блог не "
         "заблокировали!"],
        ["-Комментарии (146)", "-Сергей_Иваныч 11.03.2026 в 22:15",
         "-Всё давно ясно, это всё связано. Спасибо автору!", "-Ответить",
         "-Гость 11.03.2026 в 23:40", "-У нас тоже меняют, никто ничего не объясняет.",
         "-Загрузить ещё комментарии", "-Ваш комментарий будет опубликован после проверки", "-Имя",
         "-Отправить"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "fr-vos-questions-nos-reponses": "the regional site's subscription offer 'S'abonner dès 1 € le premier mois' "
                                     "above the title and the video teaser 'Vidéo : comment fonctionne la puce du "
                                     "bac ?' between the answers are left (2 of 20 noise lines)",
    "de-gastkommentar-leserbriefe": "the guest commentary's 'Mehr Nachrichten aus Hollerfurt' link between the "
                                    "paragraphs and the author's bio line with the guest-post disclaimer at the "
                                    "foot are left (2 of 20 noise lines)",
    "de-newsletter-essay-paywall": "the newsletter's web-edition subscribe note ('Sie lesen die Web-Ausgabe von "
                                   "Kreisgeflüster. ...') between the paragraphs is left (1 of 20 noise lines)",
    "ru-portal-analitika-kanaly": "the news portal's loan ad text 'Кредит на любые цели — ставка от 9%' and the "
                                  "'Видео дня: ...' teaser between the paragraphs are left (2 of 20 noise lines)",
}


test_held_out_43_line, test_held_out_43_line_is_kept, test_held_out_43_page = held_out_tests(
    HELD_OUT_43_LINES, HELD_OUT_43_KEEP, HELD_OUT_43_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
