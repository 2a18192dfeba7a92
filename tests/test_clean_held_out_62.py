"""Held-out set 62: written blind, weighted toward the noise the cleaner exists for, in shapes set 61's
docstring does not name: scraper and ad markers of content farms and auto-blogs (a WordPress caption
shortcode leftover '[caption id="attachment_48213" align="aligncenter" width="800"]', an AdSense script
leftover "(adsbygoogle = window.adsbygoogle || []).push({});", an English "Originally published at ...
on ..." credit, an English continue-reading-this-story-at-the-source link, a French originally-published-
on-a-blog credit ("Article initialement publié sur le blog de ..."), a German reprinted-by-kind-
permission credit ("Übernommen mit freundlicher Genehmigung des ..."), an Italian read-the-full-article-
on-the-source link ("Leggi l'articolo completo su ..."), a Polish text-comes-from-a-blog-and-is-
published-with-the-author's-consent credit and a Russian original-article link ("Оригинал статьи:
...")); reading-time and date headers in new shapes (an English last-modified row with a word count and
"about a 6-minute read", a French reading time with a word count, a German "Lesezeit: ca. 4 Minuten"
with a date, an Italian date, minutes-of-reading and word-count row, a Polish "Czas czytania: ok. 4
min" with a date and a Russian "Время чтения: 5 минут" with a date); bylines and self-promotion (an
English "VISIT MY WEBSITE" plug, an English my-new-book-is-out-now line, an English support-my-work-on-
Patreon line, an English keynote-talks-and-consulting plug, a French my-book-is-in-bookshops line, a
German support-my-work-on-Steady line, an Italian follow-me-on-Instagram-and-subscribe-to-my-YouTube-
channel line, a Polish support-me-on-Patronite line and a Russian subscribe-to-my-Dzen-channel-and-like
line); blog footers (an English "Proudly powered by WordPress | Theme: X by Y.", an English Substack-like
copyright, privacy, terms and collection-notice row, a French Overblog hosting and report-abuse row, a
German "Erstellt mit Jimdo" row, an Italian Altervista blog credit, a Polish site-design credit and the
Russian Tilda credit "Сделано на Tilda"); reader-comment furniture ("N thoughts on “X”" in English, and
its French "N réflexions sur « X »" and Italian "N pensieri su “X”" translations, an English and a
Polish commenter-name, date, text and Reply row, the English WordPress "You are commenting using your
WordPress.com account. ( Log Out / Change )" and "N bloggers like this.", and comments-are-closed in
German, Polish and Russian); share rows (a German "Teilen mit:" row and a Russian "Поделиться:" row);
and notices (a French affiliate-links disclosure and the Italian this-blog-is-not-a-newspaper
disclaimer); and toward whole scraped news and opinion pages in layouts sets 41 to 61 did not use (a
puppet theatre's season news, a cyclo-cross race report on a newsletter platform, a municipal composting
scheme's one-year update, a chamber-music concert review on a critic's blog, a sea-swimming club's New
Year dip, a school canteen's new menu notice, a cat shelter's adoption news, a village fête's lottery
results on a local portal, a karate club's grading results, an urban beekeeping co-op's honey harvest,
a hospital radio's request show news and a birch-sap farm's open day on a regional portal's blogs).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists of
tests/test_clean.py and the lists and pages of held-out sets 10 to 61) nor ``git log``, ``git show`` or
``git diff`` output. Read were: the docstring of held-out set 61 up to its first round paragraph, its
imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with
their reasons and the three test functions), printed with an ast script (``ast.get_docstring`` cut at the
first paragraph starting "Still held out after round" or "Round ", the import nodes' and the ``_page``
node's source segments, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 61's with 61 -> 62 (with the empty ``_KEEP_XFAIL`` table set 61's tail holds). Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s62 at commit 425e09dba3d84edf31566c863f087b5ab6096336, main's HEAD when the
worktree was made) and every failing case is marked as a strict xfail whose reason
describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables
and this docstring.

Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with /work/main/src on the path, which imports the cleaner's modules;
nothing was run through the cleaner then and none of its source was read. (2) Before the measurement the
draft was executed from a scratch folder (/tmp/s62) with a stand-in for ``noisy_corpus`` and
``test_clean`` that only counted lines and checked that no page noise line repeats on its page, is a
substring of an article line of its page or overlaps a line of ``HELD_OUT_62_LINES`` (no case was run
through the cleaner). The check flagged the site-name line "The Brackenlow Puppet House" as a substring
of its page's first paragraph (reworded "BRACKENLOW PUPPET HOUSE · est. 1974") and the French page line
"Signaler un abus" as a substring of the French Overblog footer line (reworded "Signaler un contenu"),
both before the measurement. (3) ``git worktree list`` at my first step printed, as git does, the path
and branch of another helper's worktree (not looked into), and main's HEAD then read 79d40b4; when I
next read it with ``git rev-parse HEAD``, before the measurement, it had moved to
425e09dba3d84edf31566c863f087b5ab6096336 (another helper's commit; not looked at); the measurement is
against the latter. ``git worktree add`` printed, as git does, the subject line of the commit it checks
out (an attribution docs commit); it was seen only after the lists were finished and changed nothing in
them. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so
no tracebacks were seen; the problems were then read out once with ``_problems`` in the frozen worktree by a script
that ran it on every line, keep line and page of this set and printed the problems of the failing ones,
to write the xfail reasons. (5) Invented place names were checked, before the measurement, against the
helper's exact-string search over public GitHub files and my own memory; no gazetteer was available, so
this is not a proof that they do not exist: Fennwarden, Saint-Ivorel(-sur-Vaunelle), Vaunelle,
Möwenkliff, Sperlingstedt, Montefolgo, Borgo Quieto, Jaskółczyn and Кедрозерск had no hits; Brackenlow
occurs only as a fictional campsite in test data and a company name, Берестянск only as Берестянская, a
street in Minsk, not a town; the newspaper and imprint names Quillbridge Courier, The Cinderfield Post
and Fernhollow Press match only software names and fictional places in games and test data, and Hollin
Vale (a cycling club's name) only fictional places. Avoided from my own memory before writing: Ostwald
(a real commune in Alsace), Valbruna (a real village in Friuli), Brenne (a real French region),
Сосногорск and Заозерск (real Russian towns). Not checked: Cobble Hill Farm, the Square des Tilleuls,
the Résidence Les Aubépines, the Ostsee (the real Baltic Sea), Am Lindenbogen, San Donnino (a real
saint's name, used for an invented fête), via della Fontana, ул. Садовая, which are generic; the
organisations, firms, newsletters, blogs and sites (Brackenlow Puppet House, Halloway & Pike
Solicitors, Ambit Web, Footlights, Mud, Sweat & Gears, Gritline, Fennwarden Wheelers, Riverside Velo,
Lanternfish Studio, Gravelroad, Le Carnet de Solange, Quatuor Alcyone, Lutherie Castagnède, Atelier
Pixelvert, Seeschwimmverein Möwenkliff, Sauna & Spa Dünenhof, Vereinsbaukasten, Netzwerft, SchulCMS
Fennwerk, Sperlingstedter Kreisbote, Zampe di Velluto, Miciolandia, MontefolgoOggi, Macelleria
Ferraresi, Klub Karate Shiroi Tora, Bushido-Sport, KodKlub, Pikselowo, Pisane przy piecu, Miodowy
Kwartał, «Добрый эфир», «Берёзовая роща», «Ромашка-Агро», «Кедрозерские вести», the example domains) and
the people, all invented; "Bushido-Sport", «Берёзовая роща» and «Ромашка» are common enough that real
businesses may carry them. (6) Some lines name real things, as real pages do: WordPress,
WordPress.com, AdSense, Patreon, Substack's footer wording, Overblog, Tipeee, Steady, Jimdo, Wix,
Altervista, Instagram, YouTube, Patronite, Blogger, Дзен, Tilda, 1С-Битрикс, Яндекс ID, Facebook, X,
LinkedIn, Pinterest, WhatsApp, Threema, Messenger, Telegram, PayPal, ВКонтакте, Одноклассники, the
Italian RUNTS register and C.F., the Polish KRS and 1.5% tax gift, the Russian advertising mark with an
INN and a medical licence number; registry, licence and phone numbers are zero-filled. No real person
is named. (7) Set 61's docstring names its own shapes and the earlier sets' page layouts only, so some
lines may repeat shapes of sets before 61 that I could not check; in particular "Comments are closed.",
"N thoughts on “X”", "You are commenting using your WordPress.com account." and "N bloggers like this."
are common WordPress furniture that set 41 (a content farm, an auto-blog, a WordPress comment thread)
or others may have used. Close to shapes set 61 named: the English and Polish commenter rows are
comment rows like its commenter-says-date row, with another shape (name · date · text · Reply), and the
Italian this-blog-is-not-a-newspaper disclaimer is a notice like its Russian opinion disclaimer. Shapes
the brief suggested but set 61's docstring names as used were left out: "The post X appeared first on
Y" and its translations, "Leave a Reply", "Blog at WordPress.com.", "Powered by Ghost", the Blogger
theme credit and buy-me-a-coffee plugs (the Blogger credit and a Ko-fi-like Tipeee plug appear only as
page lines, in Polish and French). (8) My
first step's clock reading was 2026-12-03 14:34:51 UTC.

Judgement calls: the keep lines opening with "Originally the depot", "Continue down the minutes",
"Proudly, the head teacher", "Visit numbers", "Theme parks", "My grandmother", "Available records",
"Temps de trajet", "Hébergé pendant trois semaines", "Article 14", "Teilen sich", "Kommentare des
Landrats", "Erstellt wurde", "Seguimi, ha detto il sindaco", "Creato nel 1987", "Questo inverno",
"Wesprzyj mnie w tej sprawie", "Tekst uchwały", "Поделиться опытом" and "Комментарии главы района" are
article sentences. The shortcode and script leftovers and the originally-published, reprinted-by-
permission, continue/read-at-the-source and original-article credits are counted as markers;
last-modified, reading-time and word-count rows as reading-time lines; website, book, Patreon,
consulting, Steady, Instagram/YouTube, Patronite and Dzen plugs as bylines; platform, theme, hosting,
copyright and site-design rows as footers; thoughts-on counts, commenter rows, the commenting-using-your-
account row, bloggers-like-this and comments-are-closed lines as comments; the share rows as share;
the affiliate disclosure and the not-a-newspaper disclaimer as notices. On every page the title, the
first paragraph, the paragraph with the quote, the subheading, its list rows and the last paragraphs
are article (10 lines a page: four rows and two last paragraphs, or three rows and three last
paragraphs) and everything else is noise (20 lines a page: six lines above the title, two under it, two
between the first paragraph and the paragraph with the quote, two between the list rows and the last
paragraphs, eight at the foot); in particular the site names and taglines, skip links, menus, search,
login, cart, accessibility, alert, weather, exchange-rate and breadcrumb lines, posted-by, author, date,
view-count, comment-count and reading-time lines, ads, banners, sponsor and partner lines, bracketed ad
labels and shortcode leftovers, membership, fee, voucher, donation, tax-gift, shop and booking lines,
downloads (guide, menu, allergen list), newsletter, channel and follow lines, subscribe prompts and
e-book plugs, share and print rows, tags, categories, labels, related and read-also links, galleries,
comments with their names, dates and reply/like links, write-a-comment, moderation and log-in-to-comment
lines, was-this-page-useful and report-an-error lines, the medical-advice ad disclaimer, charity,
registry, licence, address, office-hours, legal and reprint lines, copyright, platform and web-studio
credits, cookie and privacy lines, the 18+ mark, older-post links and back-to-top links are noise. The
rows: en-puppet-theatre-season "What is on this autumn", en-cyclocross-race-report "Winners on the day",
fr-compostage-collectif-bilan "Les sites de compostage du quartier" (three rows),
fr-quatuor-critique-concert "Le programme de la soirée", de-neujahrsschwimmen-verein "Die Zahlen des
Morgens", de-schulmensa-speiseplan "Was sich ändert", it-gattile-adozioni "Chi aspetta ancora una
famiglia" (three rows), it-sagra-lotteria-estrazione "I biglietti vincenti", pl-karate-egzamin-kyu
"Wyniki egzaminu", pl-pszczoly-miejskie-miodobranie "Ile miodu dały pasieki" (three rows),
ru-bolnichnoe-radio-zayavki "Как отправить заявку" and ru-berezovyi-sok-den-otkrytyh-dverei "Что было
в программе" (three rows), the others with four rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 6, byline 9, footer 7, comments 10, share 2, notice 2;
by language en 15 (marker 4, reading-time 1, byline 4, footer 2, comments 4), fr 6 (marker 1,
reading-time 1, byline 1, footer 1, comments 1, notice 1), de 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), it 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice
1), pl 6 (marker 1, reading-time 1, byline 1, footer 1, comments 2) and ru 6 (marker 1, reading-time 1,
byline 1, footer 1, comments 1, share 1)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2), 12 pages
with 240 noise lines (20 a page) and 120 article lines (10 a page): en-puppet-theatre-season (a puppet
theatre's own site announcing its autumn season, with a page-builder shortcode leftover),
en-cyclocross-race-report (a cyclist's newsletter-platform post on a cyclo-cross league round, with
comments), fr-compostage-collectif-bilan (a town hall's site on its shared-composting scheme's first
year), fr-quatuor-critique-concert (a music critic's free-host blog reviewing a chamber-music society's
concert, with a comment), de-neujahrsschwimmen-verein (a sea-swimming club's report of its New Year dip,
with a comment), de-schulmensa-speiseplan (a comprehensive school's site on its canteen's new menu),
it-gattile-adozioni (a cat shelter association's site builder news on a month of adoptions, with a
comment), it-sagra-lotteria-estrazione (a village news portal's report of a fête's lottery draw, with a
comment), pl-karate-egzamin-kyu (a karate club's site on its kyu grading, with a comment),
pl-pszczoly-miejskie-miodobranie (an urban beekeeping cooperative's Blogger blog on its rooftop honey
harvest, with a comment), ru-bolnichnoe-radio-zayavki (a city hospital's site on its hospital radio's
new request show) and ru-berezovyi-sok-den-otkrytyh-dverei (a birch-sap farm's post in a district news
portal's blogs section on its open day, with comments); every page holds a title, a subheading with list
rows, a quote in the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 425e09dba3d84edf31566c863f087b5ab6096336, measured with ``cd
/tmp/wt-s62 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s62/src python -m pytest -q
tests/test_clean_held_out_62.py -rA -p no:cacheprovider`` (18 failed, 59 passed) and ``cd /tmp/wt-s62 &&
PYTHONPATH=/tmp/wt-s62/src python scripts/clean_held_out_report.py --sets 62``, with the xfail tables
empty): noise lines removed 39/45 (marker 5/9, reading-time 5/6, byline 9/9, footer 6/7, comments
10/10, share 2/2, notice 2/2; missed, all kept as paragraphs: the English AdSense script leftover
"(adsbygoogle = window.adsbygoogle || []).push({});", the French "Article initialement publié sur le
blog de Clémence Vautrier le 12 février 2026.", the German "Übernommen mit freundlicher Genehmigung des
Sperlingstedter Kreisboten.", the Italian "3 marzo 2026 · 4 min di lettura · 812 parole", the Polish
"Tekst pochodzi z bloga „Pisane przy piecu” i publikujemy go za zgodą autorki." and "Projekt i wykonanie
strony: Pikselowo – strony dla stowarzyszeń"); keep lines kept 20/20; pages 0/12 clean, 36 of 240 page
noise lines left and 0 of 120 article lines lost: en-puppet-theatre-season 2 left ("Become a Friend of
the Puppet House from £30 a year — priority booking included" and "Access performance: relaxed showing
on 20 September — find out more"); en-cyclocross-race-report 3 left ("A newsletter about grassroots
cycling by Toby Ashdown", "[Sponsored] Ride further with Gritline tubeless sealant — 15% off with code
MUD15" and "Mud, Sweat & Gears is a reader-supported publication. To receive new posts and support my
work, consider becoming a free or paid subscriber."); fr-compostage-collectif-bilan 4 left ("Alerte :
collecte des encombrants reportée au 14 mars", "Menu", "Demandez votre bio-seau gratuit en mairie" and
"Vous avez une question ? Contactez le service Environnement"); fr-quatuor-critique-concert 4 left ("Le
Carnet de Solange – musique, concerts, disques", "Accueil · Concerts · Disques · À propos · Contact",
"Catégories : Concerts, Musique de chambre" and "Billetterie de la saison : musique-vaunelle.example");
de-neujahrsschwimmen-verein 2 left ("Jetzt Mitglied werden – Jahresbeitrag 60 Euro" and "Fotogalerie: 86
Bilder vom Anbaden"); de-schulmensa-speiseplan 5 left ("Hinweis: Am 16. März ist die Schule wegen eines
Pädagogischen Tages geschlossen.", "Aktuelles aus der Mensa", "Essensanmeldung und Guthaben: zum
Bestellportal", "Förderverein: Jetzt spenden für die neue Salatbar" and "Allergene und Zusatzstoffe:
Übersicht (PDF)"); it-gattile-adozioni 5 left ("Associazione Zampe di Velluto – Gattile di Borgo
Quieto", "Pubblicato da Volontari Zampe di Velluto", "Vuoi adottare? Compila il modulo di preaffido",
"Segui le storie dei nostri gatti su Instagram" and "Adozioni a distanza: scopri come funzionano");
it-sagra-lotteria-estrazione 2 left ("Ultim’ora: strada provinciale chiusa per lavori fino a venerdì"
and "Ricevi le notizie di MontefolgoOggi su WhatsApp"); pl-karate-egzamin-kyu 3 left ("Zapisy na nowy
sezon trwają!", "Pierwszy trening gratis – zapisz dziecko już dziś" and "Sklep z kimonami i
ochraniaczami: Bushido-Sport"); pl-pszczoly-miejskie-miodobranie 1 left ("Kup nasz miód wielokwiatowy –
słoik 400 g za 38 zł"); ru-bolnichnoe-radio-zayavki 4 left ("Запись к врачу: 8 (000) 000-00-00",
"Оцените качество медицинской помощи — анкета на сайте", "Платные услуги: прейскурант" and "Имеются
противопоказания, необходима консультация специалиста"); ru-berezovyi-sok-den-otkrytyh-dverei 1 left
("Автор блога: Фермерское хозяйство «Берёзовая роща»"). Of the left page lines eleven stand above the
title, three directly under it, twelve between the first paragraph and the paragraph with the quote and
ten between the list rows and the last paragraphs; none at the foot. The failing cases are strict
xfails.

Still held out after round 59 (development on set 60; measured once with ``python
scripts/clean_held_out_report.py --sets 62`` and ``pytest tests/test_clean_held_out_62.py`` on this set
rebased onto main with round 59, 2026-12-03): noise lines removed 39 -> 40/45 (marker 5 -> 6/9: round
59's permission credit takes the Polish "Tekst pochodzi z bloga ... za zgodą autorki." line; its xfail
removed), article lines kept 20/20, pages 0/12 clean, page noise lines left 36 -> 35 of 240
(ru-bolnichnoe-radio-zayavki's rate-our-care survey line goes; reason reworded), none of 120 article
lines lost. No other case changed.

Still held out after round 60 (development on set 61; measured once with ``python
scripts/clean_held_out_report.py --sets 62`` and ``pytest tests/test_clean_held_out_62.py`` on this set
rebased onto main with round 60, 2026-12-03): noise lines removed 40/45 (unchanged), article lines kept
20/20, pages 0/12 clean, page noise lines left 35 -> 34 of 240 (en-puppet-theatre-season's
relaxed-performance access line ending "find out more" goes; reason reworded), none of 120 article lines
lost. No other case changed.

Round 61 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 62`` and ``pytest tests/test_clean_held_out_62.py`` at 2991fe8
(before) and the round's last commit on branch round61 (after): noise lines 40 -> 45/45 (marker 6 -> 9/9,
reading-time 5 -> 6/6, byline 9/9, footer 6 -> 7/7, comments 10/10, notice 2/2, share 2/2), keep lines 20 -> 20/20,
pages 0 -> 0/12 clean, page noise lines left 34 -> 33 of 240 (it-sagra-lotteria-estrazione's news-on-WhatsApp
line), article lines lost 0 -> 0 of 120; pytest 60 passed, 17 xfailed -> 65 passed, 12 xfailed. As line classes in six languages: an ad or tracking tag's script left in the text ("(adsbygoogle =
window.adsbygoogle || []).push({});", "googletag.cmd.push(...)", "window.dataLayer = ...", gtag, fbq, _paq; gated
by their names); the first publication elsewhere with the adverb before or after the participle ("initialement
publié sur", "originariamente pubblicato su", "opublikowany pierwotnie na", "опубликована впервые в", "erschienen
zuerst im", "first published on"); a reprint credit opening with its participle and the leave right after it
("Übernommen mit freundlicher Genehmigung", "Used with permission of", "Repris avec l'aimable autorisation",
"Ripreso per gentile concessione", "Przedrukowano za zgodą", "Заимствовано с разрешения"); the site's design and
build as a label ("Projekt i wykonanie strony:", "Conception et réalisation du site :", "Webdesign und Umsetzung:",
"Progettazione e realizzazione del sito:", "Site design and build:", "Дизайн и разработка сайта:"); a reading-time
row with the word count ("3 marzo 2026 · 4 min di lettura · 812 parole"); a site platform named as a system
("Сайт создан в системе uCoz", "Strona stworzona w systemie Joomla!"); the writer's own podcast wherever one gets
podcasts; a feed reader's bracketed embed placeholder ("[embedded content]", "[contenu intégré]", ...); only
registered users may comment, with the register and log-in links after it; an Instagram embed's caption with the
handle and the Pacific time ("Публикация от X (@x) 4 Мар 2026 в 10:12 PST", "A post shared by X (@x) on ...");
and on the pages a call to get the site's news on a messenger ("Ricevi le notizie di X su WhatsApp", "Получайте
новости X в Telegram"; gated, no full stop).
The mechanisms (set 63's losses): the degree sign as the ordinal of a ranking's rows ("1° Contrada del
Pozzo" over "2° ...") read as a weather widget's temperature; rows counting up from 1 in a run of three or more
are kept now (_keep_ordinal_rankings). The blog essay's body was cut at its tags, which stood between its
subheading's rows and its two last paragraphs; a body cut there on the last row of its own subheading's block
now crosses the tags to the sentences right under them, as _extend_down already did when it met the block
itself, with block rows up to 14 words and a row with "I" and a finite verb ("Stones I had to take out and set
again: too many to count") no widget's cue. Left: the pages' membership, fee, shop, form and access lines and the chrome above the titles
(33 lines; each page's xfail names them). Elsewhere: set 47 fr-archive-direct 2 -> 1 left and set 53
en-blood-donation-appeal 2 -> 1 left (_extend_down now takes their bare time and quiz prompt as the page's lines
beside a subheading's rows; their page xfails reworded); set 63 (below); no article line lost anywhere.

After round 67 (measured once with ``scripts/clean_held_out_report.py --sets 62``): noise lines 45/45 and keep lines 20/20
(unchanged), pages clean 0/12, page noise lines left 33 -> 31 of 240 (fr-quatuor-critique-concert keeps its categories
line and ticketing link only: its blog name and menu above the title go), article lines lost 0 of 120; pytest counts
unchanged (the page stays a strict xfail, reworded).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page

HELD_OUT_62_LINES = [
    # en
    ("head", '[caption id="attachment_48213" align="aligncenter" width="800"]', "marker"),
    ("body", "(adsbygoogle = window.adsbygoogle || []).push({});", "marker"),
    ("tail", "Originally published at thecinderfieldpost.example on March 3, 2026.", "marker"),
    ("tail", "Continue reading this story at Quillbridge Courier →", "marker"),
    ("head", "Last modified: March 3, 2026 — 1,180 words, about a 6-minute read", "reading-time"),
    ("tail", "VISIT MY WEBSITE: www.maryellenquist.example — workshops, talks and signed prints", "byline"),
    ("tail", "My new book, The Quiet Ledger: Small Towns and Their Money, is out now from Fernhollow Press.", "byline"),
    ("tail", "Support my work on Patreon — patrons read every column a day early.", "byline"),
    ("tail", "Available for keynote talks and newsroom consulting — get in touch through the contact page.", "byline"),
    ("tail", "Proudly powered by WordPress | Theme: Gravelroad by Lanternfish Studio.", "footer"),
    ("tail", "© 2026 Hollis Marr · Privacy ∙ Terms ∙ Collection notice", "footer"),
    ("tail", "14 thoughts on “Why the ring road won’t fix our traffic”", "comments"),
    ("tail", "Gareth Pennock · March 4, 2026 at 8:41 pm · Spot on about the bus lanes. · Reply", "comments"),
    ("tail", "You are commenting using your WordPress.com account. ( Log Out / Change )", "comments"),
    ("tail", "7 bloggers like this.", "comments"),
    # fr
    ("tail", "Article initialement publié sur le blog de Clémence Vautrier le 12 février 2026.", "marker"),
    ("head", "Temps de lecture : 3 minutes – 612 mots", "reading-time"),
    ("tail", "Mon livre « Les Jardins du dimanche » est disponible en librairie et sur mon site.", "byline"),
    ("tail", "Hébergé par Overblog – Signaler un abus – Mentions légales", "footer"),
    ("tail", "3 réflexions sur « Le marché couvert rouvre enfin »", "comments"),
    ("body", "Cet article contient des liens affiliés : si vous achetez via ces liens, je touche une petite commission.", "notice"),
    # de
    ("tail", "Übernommen mit freundlicher Genehmigung des Sperlingstedter Kreisboten.", "marker"),
    ("head", "Lesezeit: ca. 4 Minuten · 3. März 2026", "reading-time"),
    ("tail", "Unterstützen Sie meine Arbeit auf Steady – schon ab 3 Euro im Monat.", "byline"),
    ("tail", "Erstellt mit Jimdo | Impressum | Datenschutz | Sitemap", "footer"),
    ("tail", "Kommentare sind geschlossen.", "comments"),
    ("tail", "Teilen mit: Facebook · WhatsApp · E-Mail · Drucken", "share"),
    # it
    ("tail", "Leggi l'articolo completo su MontefolgoNews.example", "marker"),
    ("head", "3 marzo 2026 · 4 min di lettura · 812 parole", "reading-time"),
    ("tail", "Seguimi su Instagram e iscriviti al mio canale YouTube per altri video come questo!", "byline"),
    ("tail", "Blog gestito con Altervista – Crea il tuo blog gratis", "footer"),
    ("tail", "2 pensieri su “La mensa scolastica cambia menù”", "comments"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.", "notice"),
    # pl
    ("tail", "Tekst pochodzi z bloga „Pisane przy piecu” i publikujemy go za zgodą autorki.", "marker"),
    ("head", "Czas czytania: ok. 4 min · 3 marca 2026", "reading-time"),
    ("tail", "Wesprzyj mnie na Patronite – dzięki Tobie ten blog może dalej działać.", "byline"),
    ("tail", "Projekt i wykonanie strony: Pikselowo – strony dla stowarzyszeń", "footer"),
    ("tail", "Możliwość komentowania jest wyłączona.", "comments"),
    ("tail", "Ewa_K · 4 marca 2026 o 10:12 · Świetny tekst, pozdrawiam! · Odpowiedz", "comments"),
    # ru
    ("tail", "Оригинал статьи: kedrozersk-vesti.example/news/4812", "marker"),
    ("head", "Время чтения: 5 минут · 3 марта 2026", "reading-time"),
    ("tail", "Подписывайтесь на мой канал в Дзене и ставьте лайк, если статья была полезной!", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Комментарии закрыты.", "comments"),
    ("tail", "Поделиться: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "share"),
]

HELD_OUT_62_KEEP = [
    # en
    ("body", "Originally the depot was meant to close in 2019, but the county kept it open for its gritting lorries."),
    ("body", "Continue down the minutes and you find that the treasurer warned of the shortfall twice."),
    ("tail", "Proudly, the head teacher pointed out that no pupil had been turned away since the canteen reopened."),
    ("head", "Visit numbers at the leisure centre have fallen by a third since the car park charges began."),
    ("tail", "Theme parks and holiday camps along the coast reported a quieter summer than in 2024."),
    ("body", "My grandmother ran the post office on this street for 31 years, the councillor said as she opened the debate."),
    ("tail", "Available records show the contract was renewed without a tender in 2022 and again in 2024."),
    # fr
    ("body", "Temps de trajet et coût du carburant ont pesé dans la décision de fermer la ligne le dimanche."),
    ("tail", "Hébergé pendant trois semaines dans un gymnase, le groupe d'exilés a été relogé mardi."),
    ("body", "Article 14 du règlement intérieur à l'appui, l'opposition a demandé une suspension de séance."),
    # de
    ("body", "Teilen sich zwei Familien eine Wohnung, zahlen sie nach der neuen Satzung nur eine Gebühr."),
    ("tail", "Kommentare des Landrats zur Schließung der Geburtsstation sorgten im Kreistag für Unruhe."),
    ("body", "Erstellt wurde das Gutachten von einem Ingenieurbüro aus der Nachbarstadt."),
    # it
    ("body", "Seguimi, ha detto il sindaco ai consiglieri, e li ha portati a vedere le crepe nel muro della scuola."),
    ("tail", "Creato nel 1987, il fondo di solidarietà comunale non era mai stato così in difficoltà."),
    ("body", "Questo inverno la neve ha isolato tre frazioni per quasi una settimana."),
    # pl
    ("body", "Wesprzyj mnie w tej sprawie, apelował do radnych sołtys, bo sam niczego nie załatwię."),
    ("tail", "Tekst uchwały trafił do wojewody dopiero po dwóch tygodniach."),
    # ru
    ("body", "Поделиться опытом с коллегами из соседнего района приехали три директора школ."),
    ("tail", "Комментарии главы района по поводу закрытия больницы появились только через неделю."),
]


HELD_OUT_62_PAGES = dict([
    ("en-puppet-theatre-season", _page("en", "en-puppet-theatre-season", [
        ["-Skip to main content",
         "-BRACKENLOW PUPPET HOUSE · est. 1974",
         "-Home | What’s On | Workshops | Hire the Studio | Contact",
         "-Box office: 0000 000000 (Tue–Sat, 10–4)",
         '-[et_pb_section fullwidth="on"][et_pb_fullwidth_header]',
         "-News › Season announcements"],
        ["+Marionettes, shadows and a travelling dragon: the Puppet House announces its autumn season",
         "-Posted by Front of House on 3 March 2026",
         "-3 minute read"],
        ["+The Brackenlow Puppet House will open its autumn season on 12 September with a new marionette staging of The Tinder Box, the first production built entirely in its own workshop since the fire of 2023."],
        ["-Become a Friend of the Puppet House from £30 a year — priority booking included",
         "-Gift vouchers now available at the box office"],
        ["+“We carved forty-two heads for this show, and every one of them was made by a volunteer,” said artistic director Philippa Crewe, who has run the theatre for eleven years."],
        ["+What is on this autumn",
         "+The Tinder Box – marionettes, ages 5 and up, 12 September to 4 October",
         "+Lanterns – a shadow play without words, 10 to 25 October",
         "+The Dragon Who Came to Tea – touring to village halls in November",
         "+Puppet-making workshops for families – every Saturday morning"],
        ["-Access performance: relaxed showing on 20 September — find out more",
         "-Sponsored by Halloway & Pike Solicitors"],
        ["+Ticket prices stay at last year’s level, with a pay-what-you-can allocation for every performance."],
        ["+The dragon, built from willow and salvaged bicycle parts, will be on display in the foyer from August."],
        ["-Share: Facebook · X · Email",
         "-Tags: autumn season, marionettes, family",
         "-← Previous post: Summer workshop photos",
         "-Sign up for our newsletter and never miss a show",
         "-Registered charity no. 0000000",
         "-© 2026 The Brackenlow Puppet House · Privacy policy",
         "-Powered by WordPress | Theme: Footlights by Ambit Web",
         "-Back to top ↑"],
    ])),
    ("en-cyclocross-race-report", _page("en", "en-cyclocross-race-report", [
        ["-Mud, Sweat & Gears",
         "-A newsletter about grassroots cycling by Toby Ashdown",
         "-Subscribe",
         "-Sign in",
         "-Share this post",
         "-4 min read · Nov 17, 2026"],
        ["+Six laps of Fennwarden Park: how the juniors stole the cyclo-cross show",
         "-Toby Ashdown",
         "-Nov 17, 2026"],
        ["+Sunday’s round of the county cyclo-cross league drew 214 riders to Fennwarden Park, the biggest field since the series began, and the ground had turned to porridge by the second race."],
        ["-[Sponsored] Ride further with Gritline tubeless sealant — 15% off with code MUD15",
         "-Mud, Sweat & Gears is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber."],
        ["+“The sand pit decided it — you either rode it or you lost ten seconds running,” said under-16 winner Isla Brereton, who led from the first corner."],
        ["+Winners on the day",
         "+Under-12s: Rory Dace, Fennwarden Wheelers",
         "+Under-16s: Isla Brereton, Hollin Vale CC",
         "+Senior women: Kerry-Ann Lusk, Riverside Velo",
         "+Senior men: Martin Ogunsola, Fennwarden Wheelers"],
        ["-Thanks for reading Mud, Sweat & Gears! Subscribe for free to receive new posts.",
         "-My e-book “Your First Cross Season” is out now — £4.99 on my website"],
        ["+Organisers say the park’s grounds team has agreed to reseed the worst-hit slopes before the spring fixtures."],
        ["+The next round is at Cobble Hill Farm on 1 December, with entries closing on Wednesday."],
        ["-12 Likes",
         "-3 Comments",
         "-Gemma Tarrant · Nov 17 · Brilliant write-up, the sand pit was brutal! · Reply",
         "-Dave Hollings · Nov 18 · Isla is one to watch. · Like · Reply",
         "-Comments are moderated before they appear.",
         "-Write a comment…",
         "-© 2026 Toby Ashdown",
         "-Privacy · Terms · Start your own newsletter"],
    ])),
    ("fr-compostage-collectif-bilan", _page("fr", "fr-compostage-collectif-bilan", [
        ["-Aller au contenu",
         "-Mairie de Saint-Ivorel-sur-Vaunelle",
         "-Accueil > Cadre de vie > Déchets > Actualités",
         "-Rechercher sur le site",
         "-Alerte : collecte des encombrants reportée au 14 mars",
         "-Menu"],
        ["+Compostage collectif : un an après, 38 tonnes de déchets évitées",
         "-Publié le 03/03/2026 – Mis à jour le 04/03/2026",
         "-Temps de lecture : 2 min"],
        ["+Un an après l’installation des premiers composteurs partagés, la commune fait le bilan : 412 foyers participent désormais et 38 tonnes de biodéchets ont été détournées de la poubelle grise."],
        ["-Téléchargez le guide du compostage (PDF, 1,2 Mo)",
         "-Demandez votre bio-seau gratuit en mairie"],
        ["+« Certains habitants viennent vider leur seau tous les jours, d’autres ont découvert leurs voisins grâce au composteur », raconte Armelle Duquenoy, maître-composteur de la communauté de communes."],
        ["+Les sites de compostage du quartier",
         "+Square des Tilleuls – 3 bacs, ouvert en continu",
         "+Résidence Les Aubépines – 2 bacs, permanence le samedi",
         "+École Jules-Arnaud – 1 bac, géré par les élèves"],
        ["-Vous avez une question ? Contactez le service Environnement",
         "-Cette page vous a-t-elle été utile ? Oui / Non"],
        ["+Deux nouveaux sites doivent ouvrir au printemps, près du stade et derrière la salle des fêtes."],
        ["+Le broyat nécessaire au bon fonctionnement des bacs est fourni par les services techniques à partir des tailles de haies de la commune."],
        ["+Une formation gratuite de « guide composteur » sera proposée aux volontaires en avril."],
        ["-Partager : Facebook · X · LinkedIn · Courriel",
         "-Imprimer la page",
         "-Mairie de Saint-Ivorel-sur-Vaunelle – 1 place de l’Église – 00000 Saint-Ivorel",
         "-Horaires : du lundi au vendredi, 8 h 30 – 12 h",
         "-Mentions légales · Accessibilité : partiellement conforme · Plan du site",
         "-Gestion des cookies",
         "-Site réalisé par Atelier Pixelvert",
         "-Haut de page"],
    ])),
    ("fr-quatuor-critique-concert", _page("fr", "fr-quatuor-critique-concert", [
        ["-Le Carnet de Solange – musique, concerts, disques",
         "-Accueil · Concerts · Disques · À propos · Contact",
         "-Publicité",
         "-[publicité partenaire – emplacement 728x90]",
         "-Abonnez-vous à la lettre du Carnet",
         "-Par Solange Mérindol · 9 novembre 2026 · Critique"],
        ["+Le Quatuor Alcyone fait chanter la petite salle de la Société de musique de chambre",
         "-Catégories : Concerts, Musique de chambre",
         "-4 commentaires"],
        ["+Salle comble dimanche à l’auditorium de la Société de musique de chambre de Vaunelle, où le Quatuor Alcyone donnait le deuxième concert de la saison devant près de deux cents mélomanes."],
        ["-Lire aussi : Mon top 10 des disques de quatuor",
         "-Soutenez ce blog sur Tipeee – chaque don compte"],
        ["+« Nous jouons Ravel comme on raconte une histoire au coin du feu », a confié la violoncelliste Hélène Barbaroux après un bis très applaudi."],
        ["+Le programme de la soirée",
         "+Haydn – Quatuor op. 76 n° 4 « Lever du soleil »",
         "+Ravel – Quatuor en fa majeur",
         "+Une création de Lucien Ferrandeau, compositeur de la région",
         "+En bis : un mouvement de Schubert"],
        ["-Annonce : Lutherie Castagnède, réparation et location d’instruments",
         "-Billetterie de la saison : musique-vaunelle.example"],
        ["+Le Ravel, sans doute le sommet du concert, a révélé un ensemble d’une grande homogénéité, notamment dans un second mouvement d’une belle légèreté."],
        ["+La création de Lucien Ferrandeau, plus âpre, a partagé le public, mais elle a le mérite de la franchise."],
        ["-Partager cet article : Facebook · X · Pinterest",
         "-Vous aimerez aussi : Un récital de harpe au château",
         "-4 réflexions au sujet de « Le Quatuor Alcyone fait chanter la petite salle »",
         "-Bernard T. – 10 novembre 2026 à 8 h 14 – Quel beau compte rendu, j’y étais ! – Répondre",
         "-Votre commentaire sera publié après validation.",
         "-Créer un blog gratuit sur Overblog",
         "-Signaler un contenu",
         "-Haut de page"],
    ])),
    ("de-neujahrsschwimmen-verein", _page("de", "de-neujahrsschwimmen-verein", [
        ["-Seeschwimmverein Möwenkliff e.V.",
         "-Start | Verein | Training | Termine | Mitglied werden | Kontakt",
         "-Wassertemperatur heute: 6 °C · Luft: 3 °C",
         "-Login für Mitglieder",
         "-Anzeige",
         "-Sie sind hier: Startseite › Aktuelles"],
        ["+Neujahrsschwimmen: 143 Mutige stürzen sich in die Ostsee",
         "-Geschrieben von Pressewart · 2. Januar 2026",
         "-Zugriffe: 1.284"],
        ["+Bei sechs Grad Wassertemperatur sind am Neujahrsmorgen 143 Schwimmerinnen und Schwimmer am Strand von Möwenkliff ins Wasser gegangen – so viele wie nie zuvor beim traditionellen Anbaden des Vereins."],
        ["-Jetzt Mitglied werden – Jahresbeitrag 60 Euro",
         "-Unser Partner: Sauna & Spa Dünenhof"],
        ["+„Das Wichtigste ist, langsam reinzugehen und nach zwei Minuten wieder rauszukommen“, sagte die Vereinsvorsitzende Ulrike Behnken, die selbst seit 19 Jahren jeden Winter schwimmt."],
        ["+Die Zahlen des Morgens",
         "+Älteste Teilnehmerin: 84 Jahre",
         "+Jüngster Teilnehmer: 12 Jahre (mit Begleitung)",
         "+Gesammelte Spenden für die Seenotretter: 2.310 Euro",
         "+Einsätze der Wasserwacht: keiner"],
        ["-Fotogalerie: 86 Bilder vom Anbaden",
         "-Nächster Termin: Vollmondschwimmen am 3. Februar"],
        ["+Der Verein bittet alle, die im Winter ins Wasser wollen, nie allein zu schwimmen und vorher den Hausarzt zu fragen."],
        ["+Das Training in der kalten Jahreszeit findet jeden Sonntag um 10 Uhr an der Strandtreppe statt."],
        ["-Teilen: Facebook · WhatsApp · Threema",
         "-Kommentare (2)",
         "-Heiko R. schrieb am 2. Januar 2026 um 18:40: War wieder großartig, bis nächstes Jahr! Antworten",
         "-Nur registrierte Mitglieder dürfen kommentieren.",
         "-Impressum · Datenschutz · Satzung (PDF)",
         "-© 2026 Seeschwimmverein Möwenkliff e.V. – Vereinsregister VR 0000",
         "-Erstellt mit Vereinsbaukasten von Netzwerft",
         "-Nach oben"],
    ])),
    ("de-schulmensa-speiseplan", _page("de", "de-schulmensa-speiseplan", [
        ["-Gesamtschule Sperlingstedt",
         "-Schule | Unterricht | Ganztag | Mensa | Förderverein | Termine",
         "-Vertretungsplan (nur für angemeldete Nutzer)",
         "-Schriftgröße: A A A · Kontrast",
         "-Hinweis: Am 16. März ist die Schule wegen eines Pädagogischen Tages geschlossen.",
         "-Aktuelles aus der Mensa"],
        ["+Neuer Speiseplan in der Mensa: mehr regional, täglich vegetarisch",
         "-Veröffentlicht von: Schulleitung | 3. März 2026",
         "-Lesezeit 2 Minuten"],
        ["+Ab dem 9. März gilt in unserer Mensa ein neuer Speiseplan, den der Mensaausschuss aus Eltern, Schülerinnen, Schülern und Lehrkräften gemeinsam mit dem Caterer erarbeitet hat."],
        ["-Essensanmeldung und Guthaben: zum Bestellportal",
         "-Speiseplan März als PDF herunterladen"],
        ["+„Wir wollten weniger Fertigsoßen und mehr Gemüse aus der Region, ohne dass der Preis steigt“, sagte Elternvertreterin Sabine Kortmann, die den Ausschuss leitet."],
        ["+Was sich ändert",
         "+Jeden Tag ein vegetarisches Gericht",
         "+Kartoffeln und Gemüse von zwei Höfen aus dem Landkreis",
         "+Freitags ein Wunschessen, über das die Klassen abstimmen",
         "+Der Preis bleibt bei 4,20 Euro pro Mahlzeit"],
        ["-Förderverein: Jetzt spenden für die neue Salatbar",
         "-Allergene und Zusatzstoffe: Übersicht (PDF)"],
        ["+Kinder mit Allergien oder Unverträglichkeiten können wie bisher ein eigenes Menü bekommen, wenn die Eltern ein ärztliches Attest vorlegen."],
        ["+Nach den Osterferien will der Ausschuss die Schülerinnen und Schüler in einer Umfrage fragen, wie das neue Essen ankommt."],
        ["-Drucken · Als E-Mail senden",
         "-Weitere Meldungen: Projektwoche „Wasser“ war ein Erfolg",
         "-Gesamtschule Sperlingstedt · Am Lindenbogen 4 · 00000 Sperlingstedt",
         "-Sekretariat: Mo–Fr 7:30–13:00 Uhr",
         "-Impressum | Datenschutzerklärung | Barrierefreiheit",
         "-Diese Website verwendet Cookies. Mehr erfahren",
         "-Schulhomepage powered by SchulCMS Fennwerk",
         "-Nach oben"],
    ])),
    ("it-gattile-adozioni", _page("it", "it-gattile-adozioni", [
        ["-Associazione Zampe di Velluto – Gattile di Borgo Quieto",
         "-Home · Chi siamo · Adotta · Dona · Volontariato · Contatti",
         "-DONA ORA",
         "-Carrello (0)",
         "-[banner] Crocchette Miciolandia – 20% di sconto sul primo ordine",
         "-Notizie dal gattile"],
        ["+Diciotto gatti hanno trovato casa a febbraio: mai così tante adozioni in inverno",
         "-Pubblicato da Volontari Zampe di Velluto",
         "-4 marzo 2026 · 2 min di lettura"],
        ["+Il mese di febbraio si è chiuso con diciotto adozioni, un record per il gattile di Borgo Quieto, che in inverno di solito fatica a trovare famiglie per i gatti adulti."],
        ["-Vuoi adottare? Compila il modulo di preaffido",
         "-Sostienici con una donazione su PayPal"],
        ["+«Abbiamo aperto il gattile anche la domenica pomeriggio e le famiglie sono arrivate», spiega la presidente dell’associazione, Graziella Moscardini."],
        ["+Chi aspetta ancora una famiglia",
         "+Ombra, otto anni, tranquilla e abituata ai bambini",
         "+Pepe e Sale, fratelli di due anni, da adottare insieme",
         "+Nuvola, quattro anni, FIV positiva ma in ottima salute"],
        ["-Segui le storie dei nostri gatti su Instagram",
         "-Adozioni a distanza: scopri come funzionano"],
        ["+Tutti i gatti vengono affidati vaccinati, sterilizzati e con microchip, dopo un colloquio con i volontari."],
        ["+Chi non può adottare può comunque aiutare: servono volontari per le pulizie del mattino e famiglie disposte a ospitare i gattini in stallo."],
        ["+Le visite al gattile sono possibili su appuntamento dal giovedì alla domenica."],
        ["-Condividi: Facebook · WhatsApp · Telegram",
         "-Tag: adozioni, gatti adulti, volontariato",
         "-3 commenti",
         "-Loredana P. · 5 marzo 2026 · Che bella notizia, io ho adottato Briciola l’anno scorso! · Rispondi",
         "-Mi piace (12)",
         "-Scrivi un commento...",
         "-Associazione di volontariato iscritta al RUNTS – C.F. 00000000000",
         "-© 2026 Zampe di Velluto. Sito creato con Wix.com"],
    ])),
    ("it-sagra-lotteria-estrazione", _page("it", "it-sagra-lotteria-estrazione", [
        ["-MontefolgoOggi – notizie dal paese e dalla valle",
         "-Cronaca · Eventi · Sport · Necrologi · Meteo",
         "-Meteo: Montefolgo 14° sereno",
         "-PUBBLICITÀ",
         "-[AdSense 970x90]",
         "-Ultim’ora: strada provinciale chiusa per lavori fino a venerdì"],
        ["+Sagra di San Donnino, ecco i numeri vincenti della lotteria: il primo premio resta in paese",
         "-di Redazione",
         "-2 settembre 2026 · 1.932 letture"],
        ["+Si è chiusa domenica sera, con l’estrazione dei biglietti della lotteria, la quarantaduesima sagra di San Donnino, che quest’anno ha portato in piazza oltre seimila persone in tre giorni."],
        ["-Leggi anche: Festa dell’uva, il programma completo",
         "-Ricevi le notizie di MontefolgoOggi su WhatsApp"],
        ["+«Abbiamo venduto tutti i diecimila biglietti già sabato, non era mai successo», ha detto il presidente della Pro Loco, Ermanno Zanchetta."],
        ["+I biglietti vincenti",
         "+Primo premio, una bicicletta elettrica: biglietto n. 4817",
         "+Secondo premio, un weekend alle terme: biglietto n. 0932",
         "+Terzo premio, un prosciutto crudo: biglietto n. 7205",
         "+Quarto premio, una cesta di prodotti locali: biglietto n. 2116"],
        ["-Annuncio: Macelleria Ferraresi, carni nostrane dal 1962",
         "-Iscriviti alla newsletter settimanale"],
        ["+I premi vanno ritirati entro il 30 settembre nella sede della Pro Loco, in via della Fontana, presentando il biglietto."],
        ["+Il ricavato servirà a rifare il tetto dell’oratorio e a comprare un defibrillatore per il campo sportivo."],
        ["-Condividi su Facebook",
         "-Commenti: 2",
         "-Gianni62 – 3 settembre 2026 alle 9:05 – Complimenti a tutti i volontari! – Rispondi",
         "-Registrati o accedi per commentare",
         "-Articoli correlati: Pro Loco, rinnovato il direttivo",
         "-MontefolgoOggi – testata registrata presso il Tribunale, aut. n. 00/2020",
         "-P.IVA 00000000000 · Privacy · Cookie policy",
         "-Torna su"],
    ])),
    ("pl-karate-egzamin-kyu", _page("pl", "pl-karate-egzamin-kyu", [
        ["-Klub Karate Shiroi Tora – Jaskółczyn",
         "-Start | O klubie | Grafik treningów | Instruktorzy | Galeria | Kontakt",
         "-Zapisy na nowy sezon trwają!",
         "-Szukaj…",
         "-Reklama",
         "-Aktualności"],
        ["+Egzamin na stopnie kyu: 27 zawodników z nowymi pasami",
         "-Opublikowano: 15 grudnia 2026",
         "-Kategoria: Aktualności · Odsłony: 412"],
        ["+W sobotę w hali sportowej przy Szkole Podstawowej nr 2 odbył się zimowy egzamin na stopnie kyu, do którego przystąpiło 27 zawodników klubu w wieku od 6 do 52 lat."],
        ["-Pierwszy trening gratis – zapisz dziecko już dziś",
         "-Sklep z kimonami i ochraniaczami: Bushido-Sport"],
        ["+– Najtrudniejsze było kata przy pełnej sali rodziców, ale wszyscy wytrzymali – powiedział sensei Tomasz Grelak, który prowadził egzamin razem z egzaminatorem z federacji."],
        ["+Wyniki egzaminu",
         "+Pas pomarańczowy (10 kyu): 11 osób",
         "+Pas niebieski (8 kyu): 7 osób",
         "+Pas żółty (6 kyu): 6 osób",
         "+Pas zielony (4 kyu): 3 osoby"],
        ["-Przekaż 1,5% podatku na nasz klub – KRS 0000000000",
         "-Galeria zdjęć z egzaminu (48 zdjęć)"],
        ["+Wszyscy zdający otrzymali nowe pasy i certyfikaty, a najmłodsza uczestniczka, sześcioletnia Hania, zebrała największe brawa."],
        ["+Kolejny egzamin klub planuje na czerwiec, po obozie letnim."],
        ["-Udostępnij: Facebook · Messenger · Kopiuj link",
         "-Tagi: egzamin, kyu, dzieci",
         "-Komentarze (1)",
         "-Mama Kuby · 16 grudnia 2026 · Gratulacje dla wszystkich, Kuba jest przeszczęśliwy! · Odpowiedz",
         "-Polityka prywatności · Polityka cookies",
         "-© 2026 Klub Karate Shiroi Tora. Wszelkie prawa zastrzeżone.",
         "-Strona wykonana przez KodKlub",
         "-Do góry ↑"],
    ])),
    ("pl-pszczoly-miejskie-miodobranie", _page("pl", "pl-pszczoly-miejskie-miodobranie", [
        ["-Pszczoły na Dachach – blog Spółdzielni Pszczelarskiej Miodowy Kwartał",
         "-Strona główna · O nas · Nasze ule · Sklep · Kontakt",
         "-Darmowa dostawa miodu od 150 zł",
         "-Zaloguj się",
         "-[reklama]",
         "-czwartek, 10 września 2026"],
        ["+Pierwsze miodobranie na dachu biblioteki: 184 kilogramy miodu z centrum miasta",
         "-Autor: Marta Sójka",
         "-3 min czytania"],
        ["+Spółdzielnia Miodowy Kwartał zebrała w tym roku 184 kilogramy miodu z dwunastu uli stojących na dachach w centrum Jaskółczyna, w tym z nowej pasieki na dachu biblioteki miejskiej."],
        ["-Kup nasz miód wielokwiatowy – słoik 400 g za 38 zł",
         "-Zostań członkiem spółdzielni – wpisowe 100 zł"],
        ["+– Miasto ma więcej kwiatów, niż ludzie myślą: lipy, klony, kwietniki na balkonach – mówi pszczelarka Agnieszka Wrotna, która opiekuje się ulami na bibliotece."],
        ["+Ile miodu dały pasieki",
         "+Dach biblioteki – 61 kg",
         "+Dach domu kultury – 52 kg",
         "+Dach spółdzielni mieszkaniowej – 71 kg"],
        ["-Zapisz się na warsztaty pszczelarskie dla dzieci",
         "-Obserwuj nas na Instagramie: @miodowykwartal"],
        ["+Próbki miodu zbadało laboratorium i nie wykazało w nich metali ciężkich powyżej norm."],
        ["+Część zbiorów trafi do przedszkoli, które uczestniczyły w zajęciach o pszczołach."],
        ["+W przyszłym roku spółdzielnia chce postawić kolejne ule na dachu szkoły muzycznej."],
        ["-Udostępnij ten wpis",
         "-Etykiety: miodobranie, pasieka miejska",
         "-2 komentarze:",
         "-Anonimowy 11 września 2026 14:02 – Miód z lipy był najlepszy! – Odpowiedz",
         "-Dodaj komentarz",
         "-Subskrybuj: Komentarze do posta (Atom)",
         "-Obsługiwane przez usługę Blogger.",
         "-Starszy post · Strona główna"],
    ])),
    ("ru-bolnichnoe-radio-zayavki", _page("ru", "ru-bolnichnoe-radio-zayavki", [
        ["-Берестянская городская больница № 2",
         "-Главная | Пациентам | Отделения | Вакансии | Контакты",
         "-Версия для слабовидящих",
         "-Запись к врачу: 8 (000) 000-00-00",
         "-Внимание! С 1 марта посещения пациентов — с 16:00 до 19:00",
         "-Новости"],
        ["+Больничное радио запускает программу заявок: пациенты сами выбирают песни",
         "-Пресс-служба больницы, 3 марта 2026",
         "-Просмотров: 318"],
        ["+С понедельника больничное радио «Добрый эфир», которое вещает на все палаты городской больницы, по вечерам будет выпускать программу по заявкам пациентов и их родственников."],
        ["-Оцените качество медицинской помощи — анкета на сайте",
         "-Телефон доверия главного врача: 8 (000) 000-00-01"],
        ["+«Человек лежит три недели в травматологии, и ему очень важно услышать свою песню и своё имя в эфире», — говорит ведущая программы, медсестра Ольга Ситникова."],
        ["+Как отправить заявку",
         "+Записку можно оставить на посту медсестры любого отделения",
         "+Родственники могут написать на адрес radio@bolnica2.example",
         "+Заявки принимаются до 17:00 того же дня",
         "+Программа выходит в 19:30 по будням"],
        ["-Платные услуги: прейскурант",
         "-Имеются противопоказания, необходима консультация специалиста"],
        ["+Радио появилось в больнице в 2019 году по инициативе волонтёров и работает на подаренном оборудовании."],
        ["+Музыкальных редакторов сейчас двое, и радио ищет ещё добровольцев для вечерних смен."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Другие новости: В больнице открылся новый кабинет МРТ",
         "-Лицензия на медицинскую деятельность № Л000-00000-00/00000000",
         "-Адрес: г. Берестянск, ул. Садовая, 12",
         "-© 2026 Городская больница № 2. Все права защищены.",
         "-Политика обработки персональных данных",
         "-Сайт работает на 1С-Битрикс",
         "-Наверх"],
    ])),
    ("ru-berezovyi-sok-den-otkrytyh-dverei", _page("ru", "ru-berezovyi-sok-den-otkrytyh-dverei", [
        ["-Кедрозерские вести — новости района",
         "-Новости · Происшествия · Общество · Блоги · Объявления",
         "-Курс ЦБ: $ 00,00 · € 00,00",
         "-Реклама",
         "-18+",
         "-Блоги › Фермерское хозяйство «Берёзовая роща»"],
        ["+Берёзовый сок из первых рук: ферма под Кедрозерском открыла двери для гостей",
         "-Автор блога: Фермерское хозяйство «Берёзовая роща»",
         "-12 апреля 2026, 09:15 · 5 мин"],
        ["+В субботу фермерское хозяйство «Берёзовая роща» впервые провело день открытых дверей: за день здесь побывали почти четыреста человек, в основном семьи с детьми."],
        ["-Реклама. ООО «Ромашка-Агро», ИНН 0000000000",
         "-Читайте также: Где купить саженцы этой весной"],
        ["+«Сок идёт всего три недели в году, и мы хотели, чтобы люди увидели, как его собирают, не повреждая деревья», — рассказал фермер Степан Ладыгин."],
        ["+Что было в программе",
         "+Экскурсия по берёзовой роще и показ сбора сока",
         "+Дегустация сока с мятой, изюмом и шиповником",
         "+Мастер-класс по плетению из бересты"],
        ["-Подписывайтесь на наш канал в Telegram",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"],
        ["+Собранный сок ферма разливает в стеклянные бутылки и продаёт на районной ярмарке по выходным."],
        ["+Следующий день открытых дверей запланирован на июль, когда на ферме начнётся сенокос."],
        ["+Въезд на территорию бесплатный, но гостей просят записываться заранее, чтобы хватило места на парковке."],
        ["-Комментарии (3)",
         "-Наталья В., 12 апреля 2026 в 18:22: Были с детьми, всё очень понравилось! Ответить",
         "-Гость, 13 апреля 2026 в 08:10: А в будни можно приехать? Ответить",
         "-Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID",
         "-Редакция не несёт ответственности за содержание блогов",
         "-© 2026 «Кедрозерские вести». При перепечатке ссылка обязательна.",
         "-Пользовательское соглашение · Конфиденциальность",
         "-Наверх"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-puppet-theatre-season':
        "the puppet theatre's season news keeps its become-a-Friend membership line between the paragraphs (1 of 20 noise lines; the relaxed-performance access line goes since round 60)",
    'en-cyclocross-race-report':
        "the cyclo-cross newsletter post keeps its newsletter tagline above the title and its sponsored sealant ad and reader-supported-publication prompt between the paragraphs (3 of 20 noise lines)",
    'fr-compostage-collectif-bilan':
        "the town hall's composting update keeps its free-bio-bucket line between the paragraphs and its "
        'contact-the-environment-service line after the list rows (2 of 20 noise lines; its bulky-waste alert above the '
        "title goes since round 109, 'Menu' above the title since round 123)",
    'fr-quatuor-critique-concert':
        "the critic's concert review keeps its categories line under the title ('Catégories : Concerts, Musique de chambre') and its season-ticketing link after the list rows ('Billetterie de la saison : musique-vaunelle.example') (2 of 20 noise lines; its blog name and menu above the title go since round 67)",
    'de-neujahrsschwimmen-verein':
        "the sea-swimming club's New Year dip report keeps its become-a-member fee line between the paragraphs and its photo-gallery line after the list rows (2 of 20 noise lines)",
    'de-schulmensa-speiseplan':
        "the school's canteen menu notice keeps its school-closed notice and section heading above the title, its meal-ordering portal line between the paragraphs and its donate-for-the-salad-bar and allergen-list lines after the list rows (5 of 20 noise lines)",
    'it-gattile-adozioni':
        "the cat shelter's adoption news keeps its posted-by line under the title, its pre-adoption form line between "
        "the paragraphs and its Instagram and distance-adoption lines after the list rows (4 of 20 noise lines; its "
        "association name above the title goes since round 94)",
    'pl-karate-egzamin-kyu':
        "the karate club's grading news keeps its sign-ups-are-open line above the title and its free-first-training and kimono-shop lines between the paragraphs (3 of 20 noise lines)",
    'pl-pszczoly-miejskie-miodobranie':
        "the beekeeping cooperative's honey-harvest post keeps its buy-our-honey line between the paragraphs (1 of 20 noise lines)",
    'ru-bolnichnoe-radio-zayavki':
        "the hospital's radio news keeps its doctor's-appointment phone line above the title and its paid-services and contraindications ad-disclaimer lines after the list rows (3 of 20 noise lines; the rate-our-care survey line goes since round 59)",
    'ru-berezovyi-sok-den-otkrytyh-dverei':
        "the birch-sap farm's open-day blog post keeps its blog-author line under the title (1 of 20 noise lines)",
}


test_held_out_62_line, test_held_out_62_line_is_kept, test_held_out_62_page = held_out_tests(
    HELD_OUT_62_LINES, HELD_OUT_62_KEEP, HELD_OUT_62_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
