"""Held-out set 44: written blind, weighted toward the noise the cleaner exists for, in shapes set 43's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an ad-inserter HTML
comment left in the text, a bracketed "Advertisement · Scroll down to continue reading" marker, an
"Article credit: ... reproduced via ... wire" line, auto-import notes in English, French, German,
Polish and Russian, an Italian "Fonte originale: clicca qui" source link), reading-time and date
headers in new shapes (a word-count header in English and French, a German date-and-category header,
an Italian estimated time in minutes and seconds, a Polish weekday date header, a Russian date header
with a book emoji), bylines with bios and self-promotion (a hire-me bio, a merchandise plug, a
mailing-list plug, a French podcast plug, a German Steady membership plug, an Italian newsletter
plug, a Polish plug for the author's other blog, a Russian Boosty plug), blog and site-builder footers
(WordPress.com, Substack, Overblog, Jimdo, Altervista, WebWave, Tilda), reader comment rows ("X says:
date at time", a French Blogger "a dit…" header, a German "schrieb am ... Uhr:" header, a Polish
name-date-Odpowiedz row, a Russian name-date-Ответить row) and moderation notes in English and
Italian, three share lines (a WordPress "bloggers like this" count, German and Polish share rows),
four notices (an article-age notice, a French offered-article note, an Italian tips-and-corrections
contact, a Russian 18+ notice) and a "Filed under" line; and toward whole scraped news and opinion
pages in layouts sets 41, 42 and 43 did not use (a story served from an AMP-like cache with its
banner, a satirical site's article with its disclaimer, a university student paper's opinion piece,
a public water agency's news item with an accessibility toolbar, a wire story in a news app's web
view, a trade magazine's news with event and whitepaper boxes, a local radio station's news item with
its programme schedule, a parish bulletin's news, a regional forum's news-board thread, a personal
political blog on a free host with a visitor counter and guestbook, a football club's match report,
a press agency's feed item with slug and keywords).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 43) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 43, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict of three file names; and scripts/clean_held_out_report.py (in full,
with ``cat``). The page dict is a dict literal from page name to ``_page(lang, name, blocks)``; the
tail is set 43's with 43 -> 44, including its third table ``_KEEP_XFAIL`` (the brief names only the
line and page tables; set 43's tail has three and its keep test reads the third). The brief also
named, as shapes to weight toward, some that set 43's docstring lists as used by earlier sets
("Originally published at", "The post ... appeared first on", "Leave a Reply", "Comments are
closed.", "N thoughts on", Patreon, Buy Me a Coffee, book and speaking plugs, "VISIT MY WEBSITE",
"You are commenting using your ... account"); following the rule not to repeat named shapes, none of
them is used. Slips and notes: (1) to print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with PYTHONPATH=/work/main/src, which
imports the cleaner's modules; nothing was run through the cleaner then and none of its source was
read. (2) At the first step ``git worktree list | wc -l`` printed the number of worktrees (2, so one
other worktree); no path or branch name was printed and it was not looked into. (3) Before the
measurement the draft was executed from a scratch folder (/tmp/s44) with a stand-in
``page_from_blocks`` that only counted lines and checked that no page noise line repeats on its page
or is a substring of an article line of its page (no case was run through the cleaner); the counts
were right at the first run. Before that run, a guestbook line naming a real Polish city was
rewritten, "America's" in the satirical tagline became "The Nation's", football club, stadium and
firm names that might be real (a "Metallurg" club, "Заря", a stadium «Лесной», a hamlet Ponterotto,
the firms Feldkamp and Sendling & Roth) were replaced, and an ungrammatical Italian keep line was
corrected. (4) The measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and
summary, so no tracebacks were seen; the problems were then read out once with ``_problems`` in the
frozen worktree (a script that ran it on every line, keep line and page of this set and printed those
with problems), to write the xfail reasons. (5) Noticed only after the measurement, and left as they
are since nothing but the xfail tables and this docstring may change then: two page noise lines name
real organisations that are not platforms, the Caritas food collection in
it-bollettino-parrocchiale's notices box and the Polish credit bureau BIK in the loan ad of
pl-forum-tablica-ogloszen; and 19 source lines are longer than 120 characters (not wrapped). (6)
Invented names were checked, before the measurement, against the helper's exact-string search over
public GitHub files and my own memory; no gazetteer was available, so this is not a proof that they do
not exist: Oxwendle, Puddlebury, Saint-Orvanne, Bréviaux, Quintebois, Ulmenrode, Wachtelbühl,
Castelbrumo, Valtorrina, Roccabrina, Żurawinek (Mały), Wierzbołęka and Кряжинск had no hits and are
not towns I know of; Brackenmoor occurs only as a made-up name in games and is not a town I know of.
Not checked and possibly coinciding with real ones: the river Lisme, Ponte Scuraglio, Dray Lane,
Ferris Road, the streets Tanneurs, Polna and Заводская (generic names found in many real towns),
Saltgrove Notes, NewsLoom, Oxwendle Evening Star, The Puddlebury Trumpet, Le Cartable Libre, L'Écho
de Quintebois, NEWSFLUX, Agentur Mittelland, KOMMUNALTECHNIK HEUTE, Fachverlag Hobelmann & Roth,
Quendelmann, Radio Valtorrina, Il Campanile, Mojastronka, ФК «Кряж», «Журавль», «Вьюга», «Смолокур»,
«Кряжинский хлебозавод», «Приречье-Пресс» and the people. (7) Some noise lines name real things, as
real pages do: WordPress.com, Substack, Overblog, Jimdo, Steady, Altervista, WebWave, Tilda, Boosty,
phpBB, Google, Facebook, WhatsApp, Instagram, LinkedIn, XING, X, Wykop, Telegram, ВКонтакте and
Одноклассники; the e-mail addresses and URLs of the invented sites use the .example domain, and
registration, tax, IBAN and phone numbers are zero-filled. Nothing below was copied from any file of
the repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s44 at commit
f0453c1) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Judgement calls: the keep lines opening with "Source water", "Comments from the planning inspector",
"Filed under the emergency procedure", "Published figures", "About forty residents", "Join the two
halves", "Reply slips", "Lecture faite du rapport", "Partager les coûts", "Source de tensions",
"Teilen wollte", "Kommentare des Bürgermeisters", "Quelle des Ärgers", "Fonte di preoccupazione",
"Iscriviti all'albo", "Per segnalazioni di buche", "Udostępnij dane", "Opublikowano wreszcie",
"Источник финансирования" and "Ответить на вопросы" are article sentences. Date headers (with word
counts, categories, weekdays or reading times) are counted as reading-time lines; the hire-me bio and
the merchandise, mailing-list, podcast, membership, newsletter and other-blog plugs as bylines;
platform, host and site-builder credits as footers; comment headers, rows and moderation notes as
comments; the HTML-comment and bracketed ad markers, the auto-import notes and the source credits as
markers; the "bloggers like this" count as share; the article-age, offered-article, 18+ and
tips-and-corrections lines as notices; "Filed under:" as other. On every page the title, the
subheading, its list or table-like rows, the quote and the paragraphs around them are article; on
en-satire-disclaimer the satirical story's own text (including its joke last line "Gerald could not be
reached for comment.") is article and the site's joke tagline and joke reading time are noise; on
it-bollettino-parrocchiale the bulletin's own notices, calendar, baptisms and deceased lines are noise
(chrome around the news item), and on pl-forum-tablica-ogloszen the first post's text is the article
and the forum header, post meta, later posts and pager are noise. Site names, taglines, menus,
breadcrumbs, cache banners, app chrome, accessibility toolbars, dates, section labels, slugs and
keyword lines, bylines, ads and sponsored lines, related links and teasers, event, whitepaper and
webinar boxes, programme schedules, visitor counters, guestbooks, feedback widgets, share, follow
and subscribe rows, tags, comment threads, forum posts, legal, contact and copyright lines and
back-to-top links are noise. The rows: in en-amp-cache-story "What the closure means" with three
rows; in en-satire-disclaimer "The approved plan" with three rows; in fr-journal-etudiant-tribune "Ce
que nous demandons" with three rows; in fr-agence-publique-accessibilite "Calendrier des
interruptions" with three "day : hours, area" rows; in de-nachrichten-app-webansicht "Was wegfällt"
with three rows; in de-fachmagazin-events-whitepaper "Die Eckdaten des Vertrags" with three "label:
value" rows; in it-radio-locale-palinsesto "Cosa cambia" with three rows; in it-bollettino-parrocchiale
"Che cosa chiediamo" with three rows; in pl-forum-tablica-ogloszen "Co jest w projekcie uchwały" with
three rows; in pl-blog-darmowy-hosting-licznik "Co obiecano, a co zrobiono" with three "year: item –
state" rows; in ru-sportklub-otchet-o-matche "Статистика матча" with three "label: home — away" rows;
in ru-agentstvo-lenta-slug "Что изменится с 1 июля" with three rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 6, byline 8, footer 7, comments 7, share 3, notice
4, other 1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-amp-cache-story (a local paper's story on a level-crossing closure served from an AMP-like cache,
with the cache banner), en-satire-disclaimer (a satirical site's story on a painted-over pothole, with
its satire disclaimer), fr-journal-etudiant-tribune (a student paper's opinion piece against closing
the campus canteen in the evening, with reader reactions), fr-agence-publique-accessibilite (a public
water agency's news item on planned water cuts, with an accessibility toolbar and feedback widget),
de-nachrichten-app-webansicht (a wire story on a cut youth-centre grant in a news app's web view),
de-fachmagazin-events-whitepaper (a trade magazine's news on joint road-salt buying, with event,
whitepaper and webinar boxes), it-radio-locale-palinsesto (a local radio station's news item on a
bridge closed at night, with its programme schedule), it-bollettino-parrocchiale (a parish bulletin's
news on an unheated youth centre, with notices and the weekly calendar), pl-forum-tablica-ogloszen (a
regional forum's news-board thread on the sale of a school pitch), pl-blog-darmowy-hosting-licznik (a
personal political rant on a free host about a promised water main, with visitor counter and
guestbook), ru-sportklub-otchet-o-matche (a football club's match report with a complaint about the
pitch), ru-agentstvo-lenta-slug (a press agency's feed item on a heating-tariff rise, with slug and
keywords); every page holds a title, a subheading with list or table-like rows, a quote in the article
and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit f0453c1659e6ca56c79d0bdd5b5dc44eda3e4137, measured with
``cd /tmp/wt-s44 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s44/src python -m pytest
-q tests/test_clean_held_out_44.py -rA -p no:cacheprovider`` (32 failed, 45 passed) and
``cd /tmp/wt-s44 && PYTHONPATH=/tmp/wt-s44/src python scripts/clean_held_out_report.py --sets 44``,
with the xfail tables empty): noise lines removed 26/45 (marker 2/9, reading-time 4/6, byline 3/8,
footer 5/7, comments 5/7, share 3/3, notice 3/4, other 1/1; missed, all kept as paragraphs: the
English ad-inserter comment "<!-- AI CONTENT END 2 -->", the English auto-import note "This story was
imported automatically from a partner feed ...", the English "[ Advertisement · Scroll down to
continue reading ]", the English merchandise plug 'Grab a "Fix Our Roads" mug ...', the French feed
credit "Article repris automatiquement depuis le flux de L'Écho de Quintebois.", the French podcast
plug "Mon podcast « Ça se discute au conseil » ...", the French comment header "Jean-Luc M. a dit… 5
mars 2026 à 18:42", the German Steady plug "Werde Unterstützer*in dieses Blogs auf Steady ...", the
Italian "Fonte originale: clicca qui", the Italian "Tempo stimato di lettura: 3 minuti e 20 secondi",
the Italian footer "Sito ospitato gratuitamente su Altervista", the Italian notice "Per segnalazioni e
rettifiche scrivere a ...", the Polish credit "Artykuł pochodzi z automatycznego agregatora
wiadomości lokalnych.", the Polish plug "Prowadzę też bloga kulinarnego – ...", the Polish footer
"Strona stworzona w kreatorze WebWave", the Russian note "Новость автоматически добавлена из
RSS-ленты партнёра.", the Russian header "5 марта 2026, четверг · 📖 4 минуты", the Russian plug
"Эксклюзивные материалы и черновики — на моём Boosty." and the Russian comment row "Ирина К. · 5
марта в 21:14 · Ответить"); keep lines kept 19/20 (lost: the Italian "Iscriviti all'albo dei
volontari, ha detto il sindaco, e avrai il parcheggio gratuito."); pages 0/12 clean, 52 of 240 page
noise lines left and 0 of 120 article lines lost: en-amp-cache-story 1 left ("You are viewing a
cached version of this page served by a fast-loading cache."); en-satire-disclaimer 4 left
("Reading time: about as long as a council meeting feels", "Our T-shirts are funnier than our
articles. Buy one!", "More from the Trumpet" and "Local man certain this is the year he cleans the
gutters"); fr-journal-etudiant-tribune 3 left ("Le Cartable Libre — journal étudiant de l'Université
de Bréviaux", "Les tribunes n'engagent que leurs auteurs et autrices." and "Rejoins la rédaction du
Cartable Libre !"); fr-agence-publique-accessibilite 5 left ("Agence départementale de l'eau de la
Lisme", "Actualité publiée le 2 mars 2026 — Mise à jour le 3 mars 2026", "Écouter cette page",
"Cette information vous a-t-elle été utile ?" and "Oui | Non"); de-nachrichten-app-webansicht 2 left
("Jetzt NEWSFLUX Premium testen – 30 Tage gratis" and "Wetter: Sturmwarnung für das Wochenende");
de-fachmagazin-events-whitepaper 4 left ("News > Winterdienst", "EVENT-TIPP: Fachtagung Kommunaler
Winterdienst, ...", "Whitepaper: Streustoffe im Vergleich – kostenlos herunterladen" and
"Räumschilde von Quendelmann – robust seit 1962"); it-radio-locale-palinsesto 3 left ("Ora in onda:
Buongiorno Valle con Mirko e Tiziana", "Scarica l'app di Radio Valtorrina" and "Dediche e richieste:
scrivi su WhatsApp al 000 000 0000"); it-bollettino-parrocchiale 14 left ("Scarica il bollettino in
PDF", the four "Avvisi"/"Raccolta viveri"/"Offerte per il restauro dell'organo"/"Gita parrocchiale"
notices, "Calendario della settimana", its three weekday lines, "Battesimi: Leonardo e Sofia",
"Defunti: ...", "Ufficio parrocchiale aperto martedì e giovedì 9-11", "Il notiziario è diffuso
gratuitamente" and "Segui l'oratorio su Instagram"); pl-forum-tablica-ogloszen 6 left ("Forum
mieszkańców Żurawinka Małego", "Temat: Gmina sprzedaje boisko przy szkole?", "Wysłany: śr 04 mar
2026, 07:52", "Kredyt gotówkowy bez BIK – sprawdź!", "Odpowiedz z cytatem" and "Zgłoś post");
pl-blog-darmowy-hosting-licznik 4 left ("Jesteś 48 213 gościem na tej stronie!", "Darmowy hosting –
załóż własną stronę!", "Czytaj także moje wpisy o drogach" and "Licznik odwiedzin dzisiaj: 187");
ru-sportklub-otchet-o-matche 2 left ("Купить билеты на следующий матч" and "Генеральный партнёр
клуба — «Кряжинский хлебозавод»"); ru-agentstvo-lenta-slug 4 left ("SLUG: РЕГИОН-ЖКХ-ТАРИФЫ-0503",
"Ключевые слова: тарифы, ЖКХ, отопление, Кряжинск", "ЭКСКЛЮЗИВ ДЛЯ ПОДПИСЧИКОВ" and "Купить права
на публикацию"). The failing cases are strict xfails.

Still held out after round 42 (developed on set 43; measured once at c442cb1 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 44`` and pytest on
this file): lines 26/45 and keep 19/20 as at its baseline, pages 0/12 clean, page noise lines left
52 -> 51 of 240 (fr-journal-etudiant-tribune 3 -> 2), 0 article lines lost.

Round 43 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 44`` and ``pytest tests/test_clean_held_out_44.py`` at
b0fc734 (before) and the round's last commit on branch round43 (after): noise lines 26 -> 45/45
(marker 2 -> 9/9, reading-time 4 -> 6/6, byline 3 -> 8/8, footer 5 -> 7/7, comments 5 -> 7/7,
notice 3 -> 4/4; share 3/3 and other 1/1 before and after), pages 0 -> 2/12 clean, page noise lines
left 51 -> 37 of 240, as classes in six languages: a call to sign up with a clause of saying inside
the sentence, the call going on after it ("Iscriviti all'albo dei volontari, ha detto il sindaco, e
avrai il parcheggio gratuito."), is a reported call and kept; an HTML comment alone on its line ("<!--
AI CONTENT END 2 -->") and an ad label in brackets with its scroll cue ("[ Advertisement · Scroll down
to continue reading ]") are ad markers; an auto-import note naming a partner's or news feed or an
automatic aggregator ("This story was imported automatically from a partner feed ...", "Article repris
automatiquement depuis le flux de ...", "Artykuł pochodzi z automatycznego agregatora ...", "Новость
автоматически добавлена из RSS-ленты партнёра.") and an original-source link ("Fonte originale: clicca
qui") are source credits; a reading time in minutes and seconds or with an estimate ("Tempo stimato di
lettura: 3 minuti e 20 secondi") or a book or timer emoji ("5 марта 2026, четверг · 📖 4 минуты") is a
reading-time header; a comment header with an ellipsis for the colon ("Jean-Luc M. a dit… 5 mars 2026
à 18:42") and a comment row with a date without the year ("Ирина К. · 5 марта в 21:14 · Ответить") are
comments; a tips-and-corrections contact ("Per segnalazioni e rettifiche scrivere a ...") is a tip-off
line; plugs of the writer's shop ('Grab a "Fix Our Roads" mug from my little shop ...'), podcast ("Mon
podcast « ... » est disponible sur toutes les plateformes d'écoute."), Steady or Boosty page ("...
auf Steady ...", "... на моём Boosty.") and other blog with its address ("Prowadzę też bloga
kulinarnego – zajrzyj na ...") are self-promotion; a hosting or site-builder credit with "for free"
or the builder's noun ("Sito ospitato gratuitamente su Altervista", "Strona stworzona w kreatorze
WebWave") is a blog footer; and on the pages a cache's banner, a wire item's keywords, slug,
subscribers-only label and buy-rights button, a free host's visitor counters, a station's now-on-air
line and app link, a "listen to this page" button, a PDF download of the bulletin, a follow prompt
naming any page on a network and a forum post's quote-reply and report buttons are site chrome
(en-amp-cache-story 1 -> 0, ru-agentstvo-lenta-slug 4 -> 0, it-radio-locale-palinsesto 3 -> 1,
it-bollettino-parrocchiale 14 -> 12, pl-forum-tablica-ogloszen 6 -> 4, pl-blog-darmowy-hosting-licznik
4 -> 2, fr-agence-publique-accessibilite 5 -> 4). Left: the satire site's joke reading time, T-shirt
ad and "More from the Trumpet" box, the student paper's masthead and join call, the water agency's
name, publication line and feedback widget (its question judged only after the article), the news
app's premium offer and weather teaser, the trade magazine's breadcrumb, event tip, whitepaper and
advertiser line, the radio's WhatsApp dedications line, the parish bulletin's notices, calendar,
baptisms, deceased, office hours and distribution note, the forum's name, topic line, first post's
"Wysłany: ..." stamp (read as a stamp, it stops the later posts from starting a comment thread, so it
was left) and loan ad, the free host's hosting ad and "Czytaj także" link, and the football club's
ticket and partner lines (37 lines on 10 pages; the page xfail reasons still describe the lines left at
the baseline). Keep lines 19 -> 20/20; article lines lost 0 -> 0 of 120.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_44_LINES: list[tuple[str, str, str]] = [
    # en (15)
    ("body", "<!-- AI CONTENT END 2 -->", "marker"),
    ("tail", "This story was imported automatically from a partner feed and has not been edited by our staff.", "marker"),
    ("tail", "Article credit: Brackenmoor Herald, reproduced via the NewsLoom wire", "marker"),
    ("body", "[ Advertisement · Scroll down to continue reading ]", "marker"),
    ("head", "Est. reading time: 6 minutes · 1,240 words", "reading-time"),
    ("tail", "About the author: Tamsin Quarrell writes the Saltgrove Notes newsletter. Want her to write for your organisation? Hire her at quarrell.example/hire", "byline"),
    ("tail", "Grab a \"Fix Our Roads\" mug from my little shop: every sale keeps this blog online.", "byline"),
    ("tail", "Join my mailing list for a long read every Sunday (no spam, unsubscribe any time).", "byline"),
    ("tail", "Blog at WordPress.com.", "footer"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "Hollis Grange says: March 3, 2026 at 8:14 pm", "comments"),
    ("tail", "Comments are moderated and may take up to 24 hours to appear.", "comments"),
    ("tail", "7 bloggers like this.", "share"),
    ("head", "This article is more than 2 years old", "notice"),
    ("head", "Filed under: Local Politics, Opinion", "other"),
    # fr (6)
    ("tail", "Article repris automatiquement depuis le flux de L'Écho de Quintebois.", "marker"),
    ("head", "Lecture : 3 minutes — 612 mots", "reading-time"),
    ("tail", "Mon podcast « Ça se discute au conseil » est disponible sur toutes les plateformes d'écoute.", "byline"),
    ("tail", "Créer un blog gratuit sur Overblog", "footer"),
    ("tail", "Jean-Luc M. a dit… 5 mars 2026 à 18:42", "comments"),
    ("tail", "Cet article vous est offert par la rédaction. Pour lire tous nos contenus, abonnez-vous.", "notice"),
    # de (6)
    ("tail", "Dieser Beitrag wurde automatisch aus dem RSS-Feed des Wachtelbühler Anzeigers übernommen.", "marker"),
    ("head", "Veröffentlicht am Mittwoch, 4. März 2026 | Kategorie: Lokalpolitik", "reading-time"),
    ("tail", "Werde Unterstützer*in dieses Blogs auf Steady – schon ab 3 € im Monat.", "byline"),
    ("tail", "Diese Website wurde mit Jimdo erstellt", "footer"),
    ("tail", "Gerd W. schrieb am 5. März 2026 um 19:20 Uhr:", "comments"),
    ("body", "Teilen: Facebook · WhatsApp · E-Mail · Drucken", "share"),
    # it (6)
    ("tail", "Fonte originale: clicca qui", "marker"),
    ("head", "Tempo stimato di lettura: 3 minuti e 20 secondi", "reading-time"),
    ("tail", "Iscriviti alla mia newsletter settimanale: ogni domenica un'analisi nella tua casella di posta.", "byline"),
    ("tail", "Sito ospitato gratuitamente su Altervista", "footer"),
    ("tail", "Il tuo commento è in attesa di moderazione.", "comments"),
    ("tail", "Per segnalazioni e rettifiche scrivere a redazione@gazzettavaltorrina.example", "notice"),
    # pl (6)
    ("tail", "Artykuł pochodzi z automatycznego agregatora wiadomości lokalnych.", "marker"),
    ("head", "Opublikowano: czwartek, 5 marca 2026, 06:40", "reading-time"),
    ("tail", "Prowadzę też bloga kulinarnego – zajrzyj na smaki-od-kuchni.example", "byline"),
    ("tail", "Strona stworzona w kreatorze WebWave", "footer"),
    ("tail", "Krzysztof_z_Osiedla 5 marca 2026 o 21:03 Odpowiedz", "comments"),
    ("body", "Udostępnij: Facebook | Wykop | X | E-mail", "share"),
    # ru (6)
    ("tail", "Новость автоматически добавлена из RSS-ленты партнёра.", "marker"),
    ("head", "5 марта 2026, четверг · 📖 4 минуты", "reading-time"),
    ("tail", "Эксклюзивные материалы и черновики — на моём Boosty.", "byline"),
    ("tail", "Сделано на Tilda", "footer"),
    ("tail", "Ирина К. · 5 марта в 21:14 · Ответить", "comments"),
    ("head", "Материал предназначен для лиц старше 18 лет.", "notice"),
]

HELD_OUT_44_KEEP: list[tuple[str, str]] = [
    ("body", "Source water for the reservoir now comes from two boreholes east of the quarry, the utility said."),
    ("body", "Comments from the planning inspector were blunt: the scheme ignored the flood risk on the lower fields."),
    ("body", "Filed under the emergency procedure, the request skipped the usual six weeks of consultation."),
    ("body", "Published figures show the bus depot lost money in each of the last four years."),
    ("body", "About forty residents stayed after the meeting to question the treasurer about the loan."),
    ("body", "Join the two halves of the ring road, the engineers argued, and the town centre would empty of lorries."),
    ("body", "Reply slips sent to households in January were returned by fewer than one in ten."),
    ("body", "Lecture faite du rapport, les élus de l'opposition ont demandé un audit indépendant."),
    ("body", "Partager les coûts entre les trois communes n'a jamais été sérieusement envisagé."),
    ("body", "Source de tensions depuis dix ans, le parking de la gare sera finalement rendu payant."),
    ("body", "Teilen wollte die Kreisverwaltung die Kosten nicht, obwohl zwei Gemeinden profitieren."),
    ("body", "Kommentare des Bürgermeisters zum Gutachten fielen am Dienstag knapp aus."),
    ("body", "Quelle des Ärgers ist eine Gebührensatzung, die seit 2019 nicht angepasst wurde."),
    ("body", "Fonte di preoccupazione per i commercianti è la chiusura della via per diciotto mesi."),
    ("body", "Iscriviti all'albo dei volontari, ha detto il sindaco, e avrai il parcheggio gratuito."),
    ("body", "Per segnalazioni di buche il comune ha aperto un numero verde a cui non risponde nessuno."),
    ("body", "Udostępnij dane o przetargu – zażądali radni opozycji na wtorkowej sesji."),
    ("body", "Opublikowano wreszcie wyniki kontroli, które miały być gotowe jeszcze w listopadzie."),
    ("body", "Источник финансирования ремонта школы в бюджете так и не указан."),
    ("body", "Ответить на вопросы жителей глава района пообещал до конца месяца."),
]


HELD_OUT_44_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-amp-cache-story": _page("en", "en-amp-cache-story", [
        ["-You are viewing a cached version of this page served by a fast-loading cache.",
         "-View original page",
         "-Oxwendle Evening Star",
         "-☰ Menu",
         "-NEWS › LOCAL › TRANSPORT",
         "-By Priya Haldane, Transport Reporter · 4 March 2026"],
        ["+Oxwendle's only level crossing to close for eighteen months",
         "+Drivers will face a six-mile detour from April while the rail company rebuilds the crossing at Dray Lane.",
         "+The work was agreed without a public meeting, a fact councillors only learned from a contractor's letter."],
        ["-ADVERTISEMENT",
         "-Get the Evening Star app for breaking news alerts",
         "-Related: Bus fares to rise again in May",
         "-Continue reading below"],
        ["+Shopkeepers on Dray Lane say trade has already dropped since the first survey crews arrived in January.",
         "+What the closure means",
         "+Through traffic diverted via the Ferris Road bridge",
         "+Pedestrian footbridge open from 6am to 10pm only",
         "+Two school bus routes moved to the north side of the line",
         "+\"Nobody asked the people who cross here four times a day,\" said Maud Thirlby, who runs the corner bakery.",
         "+The rail company said it would publish a revised timetable for the works later this month."],
        ["-Topics: Transport, Oxwendle, Rail",
         "-Share on Facebook",
         "-Share on WhatsApp",
         "-Copy link",
         "-Most popular",
         "-Man fined after goat escapes onto bypass",
         "-Sign up for our morning briefing",
         "-Exit cached page",
         "-© 2026 Oxwendle Evening Star Ltd. All rights reserved.",
         "-Privacy · Cookies · Terms"]]),
    "en-satire-disclaimer": _page("en", "en-satire-disclaimer", [
        ["-THE PUDDLEBURY TRUMPET",
         "-The Nation's 4,117th Most Trusted News Source",
         "-Home | Politics | Local | Sport | Shop",
         "-SATIRE",
         "-Posted 2 March 2026 by Staff Satirist",
         "-Reading time: about as long as a council meeting feels"],
        ["+Council votes to repaint pothole so it looks more like a road",
         "+Puddlebury councillors voted 7-2 on Monday to paint the outline of a road over the crater on Mill Street.",
         "+The crater, which locals have named Gerald, has been growing since the spring of last year."],
        ["-Sponsored",
         "-Our T-shirts are funnier than our articles. Buy one!",
         "-More from the Trumpet",
         "-Local man certain this is the year he cleans the gutters"],
        ["+Officials said a full repair would cost more than the town spends on everything else combined.",
         "+The approved plan",
         "+One tin of grey paint, slightly used",
         "+A stencil borrowed from the primary school",
         "+A sign reading 'Road (Approximately)'",
         "+\"Perception is ninety per cent of infrastructure,\" declared deputy mayor Clement Abernook.",
         "+Gerald could not be reached for comment."],
        ["-DISCLAIMER: The Puddlebury Trumpet is a satirical publication. All stories are fiction.",
         "-Any resemblance to real persons or potholes is coincidental.",
         "-Tags: potholes, council, satire",
         "-Share this joke",
         "-Tweet",
         "-Email a friend",
         "-Got a headline idea? Send it to tips@puddleburytrumpet.example",
         "-Support satire: become a Trumpet Insider",
         "-© 2026 The Puddlebury Trumpet",
         "-Back to top ↑"]]),
    "fr-journal-etudiant-tribune": _page("fr", "fr-journal-etudiant-tribune", [
        ["-Le Cartable Libre — journal étudiant de l'Université de Bréviaux",
         "-Accueil | Campus | Culture | Tribunes | Sport",
         "-TRIBUNE",
         "-Par Élise Marcadour, étudiante en L3 de sociologie",
         "-Publié le 3 mars 2026",
         "-Les tribunes n'engagent que leurs auteurs et autrices."],
        ["+La fermeture du restaurant universitaire le soir est une faute",
         "+Depuis la rentrée de janvier, le restaurant du campus nord ferme à 14 heures.",
         "+Pour des centaines d'étudiants qui vivent en résidence, c'est le seul repas chaud abordable de la journée."],
        ["-À lire aussi : Le bureau des sports recrute",
         "-Rejoins la rédaction du Cartable Libre !",
         "-Publicité",
         "-Colocation à 5 minutes du campus – 390 €/mois"],
        ["+La direction invoque un manque de personnel, mais aucun recrutement n'a été lancé.",
         "+Ce que nous demandons",
         "+La réouverture du service du soir trois jours par semaine",
         "+Un repas à 1 € pour les boursiers le soir également",
         "+Une consultation des élus étudiants avant toute fermeture",
         "+« On révise le ventre vide, et on s'étonne des résultats », résume une étudiante en master.",
         "+La pétition lancée par notre association a déjà recueilli plus de 1 200 signatures."],
        ["-Mots-clés : campus, restauration, vie étudiante",
         "-Partager : Facebook · Instagram · Lien",
         "-Réagir à cette tribune",
         "-2 réactions",
         "-Noé B. — 4 mars 2026",
         "-Totalement d'accord, le soir c'est pâtes au micro-ondes.",
         "-Envoyer une tribune à la rédaction",
         "-Le Cartable Libre est édité par l'association Presse Étudiante de Bréviaux.",
         "-Mentions légales · Contact",
         "-Haut de page"]]),
    "fr-agence-publique-accessibilite": _page("fr", "fr-agence-publique-accessibilite", [
        ["-Aller au contenu principal",
         "-Accessibilité : A- | A | A+ | Contraste élevé | Police dyslexie",
         "-Agence départementale de l'eau de la Lisme",
         "-Accueil > Actualités > Travaux",
         "-Actualité publiée le 2 mars 2026 — Mise à jour le 3 mars 2026",
         "-Écouter cette page"],
        ["+Coupures d'eau programmées à Saint-Orvanne en mars",
         "+Le remplacement de la conduite principale de la rue des Tanneurs entraînera des coupures d'eau.",
         "+L'agence assure que chaque coupure sera annoncée au moins 48 heures à l'avance."],
        ["-Télécharger l'avis de travaux (PDF, 212 Ko)",
         "-Voir aussi : Qualité de l'eau en 2025",
         "-Cette information vous a-t-elle été utile ?",
         "-Oui | Non"],
        ["+Les travaux, d'un montant de 1,4 million d'euros, sont financés en partie par l'État.",
         "+Calendrier des interruptions",
         "+Mardi 10 mars : de 8 h à 12 h, secteur de l'église",
         "+Jeudi 12 mars : de 8 h à 16 h, secteur des Tanneurs",
         "+Mardi 17 mars : de 13 h à 17 h, secteur de la gare",
         "+« Nous avons concentré les coupures sur les heures creuses », explique l'ingénieur Armand Plessac.",
         "+Des bouteilles d'eau seront distribuées en mairie aux personnes âgées et fragiles."],
        ["-Partager cette page : Facebook · LinkedIn · Courriel",
         "-Imprimer",
         "-Contact presse : communication@eau-lisme.example",
         "-S'abonner à la lettre d'information",
         "-Plan du site",
         "-Accessibilité : partiellement conforme",
         "-Données personnelles",
         "-Gestion des cookies",
         "-Mentions légales",
         "-© Agence départementale de l'eau de la Lisme, 2026"]]),
    "de-nachrichten-app-webansicht": _page("de", "de-nachrichten-app-webansicht", [
        ["-‹ Zurück",
         "-In der App öffnen",
         "-NEWSFLUX",
         "-Für dich · Regional · Politik",
         "-vor 2 Std. · Quelle: Agentur Mittelland",
         "-Schriftgröße Aa"],
        ["+Ulmenrode streicht Zuschuss für Jugendzentrum",
         "+Der Stadtrat von Ulmenrode hat am Dienstagabend den jährlichen Zuschuss für das Jugendzentrum gestrichen.",
         "+Die Entscheidung fiel mit einer Stimme Mehrheit nach einer fast dreistündigen Debatte."],
        ["-Anzeige",
         "-Jetzt NEWSFLUX Premium testen – 30 Tage gratis",
         "-Das könnte dich auch interessieren",
         "-Wetter: Sturmwarnung für das Wochenende"],
        ["+Der Trägerverein rechnet damit, dass das Haus ohne das Geld im Sommer schließen muss.",
         "+Was wegfällt",
         "+Offener Treff an vier Abenden pro Woche",
         "+Hausaufgabenhilfe für rund 40 Schülerinnen und Schüler",
         "+Ferienfahrten in den Sommer- und Herbstferien",
         "+„Wir sparen an den Jugendlichen, und in fünf Jahren wundern wir uns“, sagte Leiterin Hanne Probstfeld.",
         "+Die Opposition will einen Bürgerentscheid über die Kürzung beantragen."],
        ["-Artikel speichern",
         "-Teilen",
         "-Diesem Thema folgen: Ulmenrode",
         "-War dieser Artikel hilfreich? 👍 👎",
         "-Mehr von Agentur Mittelland",
         "-Kita-Gebühren: Kreis plant Erhöhung",
         "-Push-Benachrichtigungen aktivieren",
         "-Fehler melden",
         "-NEWSFLUX Version 7.4.1",
         "-Impressum · Datenschutz"]]),
    "de-fachmagazin-events-whitepaper": _page("de", "de-fachmagazin-events-whitepaper", [
        ["-KOMMUNALTECHNIK HEUTE",
         "-Das Fachportal für Bauhöfe und Stadtwerke",
         "-Login | Registrieren | Mediadaten",
         "-News > Winterdienst",
         "-05.03.2026 | Redaktion KTH",
         "-Lesedauer 3 Min."],
        ["+Wachtelbühl kauft Streusalz künftig im Verbund",
         "+Die Gemeinde Wachtelbühl tritt dem Einkaufsverbund von sieben Nachbarkommunen bei.",
         "+Nach dem vergangenen Winter waren die Salzvorräte des Bauhofs bereits im Januar erschöpft."],
        ["-EVENT-TIPP: Fachtagung Kommunaler Winterdienst, 14.–15. Oktober 2026 – jetzt Ticket sichern",
         "-Whitepaper: Streustoffe im Vergleich – kostenlos herunterladen",
         "-Anzeige",
         "-Räumschilde von Quendelmann – robust seit 1962"],
        ["+Der Verbund schreibt die Lieferung jährlich aus und garantiert eine Reserve für 20 Streutage.",
         "+Die Eckdaten des Vertrags",
         "+Laufzeit: drei Winter mit Option auf Verlängerung",
         "+Menge: 1.800 Tonnen für den gesamten Verbund",
         "+Lager: gemeinsame Halle am Bauhof Wachtelbühl",
         "+„Allein hätten wir nie diesen Preis bekommen“, sagt Bauhofleiter Volker Sendelbach.",
         "+Ob der Verbund auch Splitt und Sole gemeinsam einkauft, soll im Herbst entschieden werden."],
        ["-Schlagworte: Winterdienst, Beschaffung, Bauhof",
         "-Artikel teilen: LinkedIn · XING · E-Mail",
         "-Newsletter KOMMUNALTECHNIK HEUTE – jeden Donnerstag",
         "-Jetzt anmelden",
         "-Weitere Whitepaper",
         "-Webinar: Tourenplanung mit GPS – 22. April, 10 Uhr",
         "-Anbieterverzeichnis",
         "-Stellenmarkt: Bauhofleiter (m/w/d) gesucht",
         "-© 2026 Fachverlag Hobelmann & Roth",
         "-AGB · Impressum · Datenschutz"]]),
    "it-radio-locale-palinsesto": _page("it", "it-radio-locale-palinsesto", [
        ["-RADIO VALTORRINA 98.4",
         "-▶ Ascolta la diretta",
         "-Ora in onda: Buongiorno Valle con Mirko e Tiziana",
         "-Home | Notizie | Palinsesto | Podcast | Contatti",
         "-GR delle 13 — 6 marzo 2026",
         "-di Redazione"],
        ["+Castelbrumo, il consiglio approva la chiusura notturna del ponte vecchio",
         "+Il ponte vecchio di Castelbrumo sarà chiuso al traffico dalle 22 alle 6 a partire da aprile.",
         "+La decisione arriva dopo tre incidenti in due mesi sulla curva all'uscita del paese."],
        ["-Pubblicità",
         "-Scarica l'app di Radio Valtorrina",
         "-Dediche e richieste: scrivi su WhatsApp al 000 000 0000",
         "-Leggi anche: Sagra della castagna, confermate le date"],
        ["+I residenti della frazione di Ponte Scuraglio temono di restare isolati di notte.",
         "+Cosa cambia",
         "+Chiusura notturna dalle 22 alle 6",
         "+Deroga per ambulanze e vigili del fuoco",
         "+Navetta gratuita il venerdì e il sabato sera",
         "+«Non possiamo aspettare il quarto incidente», ha detto l'assessora Ilaria Monteverdi.",
         "+Il comitato dei residenti ha chiesto un incontro pubblico entro fine mese."],
        ["-PALINSESTO DI OGGI",
         "-06:00 Il risveglio",
         "-09:00 Buongiorno Valle",
         "-13:00 GR Valtorrina",
         "-14:00 Pomeriggio in musica",
         "-18:00 Sport in valle",
         "-Condividi su Facebook",
         "-Tag: Castelbrumo, viabilità",
         "-Radio Valtorrina srl – P.IVA 00000000000",
         "-Privacy | Cookie policy"]]),
    "it-bollettino-parrocchiale": _page("it", "it-bollettino-parrocchiale", [
        ["-Parrocchia San Giacomo in Roccabrina",
         "-Il Campanile – notiziario settimanale",
         "-Orari delle Messe | Catechismo | Oratorio | Contatti",
         "-Anno XXXIV – n. 9 – 1 marzo 2026",
         "-NOTIZIE DALLA COMUNITÀ",
         "-Scarica il bollettino in PDF"],
        ["+L'oratorio resta senza riscaldamento: il comune rinvia i lavori",
         "+Per il secondo inverno di fila i ragazzi dell'oratorio giocano con il cappotto addosso.",
         "+La caldaia, di proprietà comunale, è ferma da novembre e la riparazione è stata rinviata al 2027."],
        ["-Avvisi: sabato confessioni dalle 16 alle 18",
         "-Raccolta viveri per la Caritas: domenica alle porte della chiesa",
         "-Offerte per il restauro dell'organo: IBAN IT00 0000 0000 0000 0000 0000 000",
         "-Gita parrocchiale a maggio: iscrizioni in sacrestia"],
        ["+Il consiglio pastorale ha scritto al sindaco chiedendo almeno una soluzione provvisoria.",
         "+Che cosa chiediamo",
         "+Una stufa provvisoria per le sale del catechismo",
         "+Una data certa per la sostituzione della caldaia",
         "+Un incontro con le famiglie prima di Pasqua",
         "+«I bambini non sono un capitolo di bilancio», ha scritto don Arnaldo Ferlini nella lettera.",
         "+Finora dal municipio non è arrivata alcuna risposta scritta."],
        ["-Calendario della settimana",
         "-Lunedì: adorazione ore 20.30",
         "-Mercoledì: incontro giovani",
         "-Venerdì: Via Crucis ore 17",
         "-Battesimi: Leonardo e Sofia",
         "-Defunti: ricordiamo nella preghiera Maria e Giovanni",
         "-Ufficio parrocchiale aperto martedì e giovedì 9-11",
         "-Il notiziario è diffuso gratuitamente",
         "-Segui l'oratorio su Instagram",
         "-Torna su"]]),
    "pl-forum-tablica-ogloszen": _page("pl", "pl-forum-tablica-ogloszen", [
        ["-Forum mieszkańców Żurawinka Małego",
         "-Strona główna › Forum › Wiadomości z gminy",
         "-Zaloguj | Zarejestruj",
         "-Temat: Gmina sprzedaje boisko przy szkole?",
         "-Post #1 | Autor: redakcja_portalu | Dołączył: 2014 | Posty: 3120",
         "-Wysłany: śr 04 mar 2026, 07:52"],
        ["+Gmina chce sprzedać boisko przy szkole podstawowej",
         "+Rada gminy zajmie się w czwartek uchwałą o sprzedaży działki, na której stoi szkolne boisko.",
         "+Według projektu na jej miejscu ma powstać market z parkingiem na osiemdziesiąt aut."],
        ["-Reklama",
         "-Kredyt gotówkowy bez BIK – sprawdź!",
         "-Odpowiedz z cytatem",
         "-Zgłoś post"],
        ["+Dyrektorka szkoły dowiedziała się o planach z porządku obrad opublikowanego w internecie.",
         "+Co jest w projekcie uchwały",
         "+sprzedaż działki w drodze przetargu ustnego",
         "+cena wywoławcza 2,1 mln zł",
         "+brak zapisu o nowym boisku dla szkoły",
         "+„Dzieci mają ćwiczyć na korytarzu?” – pyta przewodnicząca rady rodziców Jadwiga Sępolska.",
         "+Sesja rady zaczyna się o godzinie 16 w sali widowiskowej domu kultury."],
        ["-Post #2 | Autor: sąsiad_z_Leśnej",
         "-Wysłany: śr 04 mar 2026, 08:15",
         "-Kto to w ogóle wymyślił? Idę na sesję.",
         "-Post #3 | Autor: Marek77",
         "-Wysłany: śr 04 mar 2026, 09:02",
         "-Market bliżej to nie takie złe…",
         "-Strona 1 z 4 [ 62 posty ] Idź do strony 1, 2, 3, 4 Następna",
         "-Użytkownicy przeglądający to forum: 14 gości",
         "-Regulamin forum",
         "-Powered by phpBB® Forum Software © phpBB Limited"]]),
    "pl-blog-darmowy-hosting-licznik": _page("pl", "pl-blog-darmowy-hosting-licznik", [
        ["-*** WITAJ NA MOIM BLOGU ***",
         "-Głos z Wierzbołęki – blog niezależnego obywatela",
         "-Strona główna | O mnie | Księga gości | Linki",
         "-Jesteś 48 213 gościem na tej stronie!",
         "-Dodaj do ulubionych",
         "-Wpis z dnia 3.03.2026, godz. 23:41"],
        ["+Burmistrz znowu nas oszukał w sprawie wodociągu",
         "+Pięć lat temu burmistrz obiecał, że wodociąg dotrze na ulicę Polną przed końcem kadencji.",
         "+Dziś w budżecie na ten cel nie ma ani złotówki, a kadencja dobiega końca."],
        ["-Reklama Google",
         "-Darmowy hosting – załóż własną stronę!",
         "-Czytaj także moje wpisy o drogach",
         "-Licznik odwiedzin dzisiaj: 187"],
        ["+Na ostatniej sesji nikt z radnych koalicji nawet nie zapytał, gdzie podziały się pieniądze.",
         "+Co obiecano, a co zrobiono",
         "+2021: projekt wodociągu – zrobiony",
         "+2023: przetarg na budowę – unieważniony",
         "+2026: budowa – skreślona z budżetu",
         "+„Woda będzie, słowo harcerza” – mówił burmistrz Tadeusz Kowrotek na spotkaniu w remizie.",
         "+Mieszkańcy Polnej nadal wożą wodę w baniakach ze źródełka przy kapliczce."],
        ["-Komentarze (3)",
         "-Wpisz się do księgi gości!",
         "-Ostatnie wpisy w księdze gości:",
         "-Zdzisiek: Świetny blog, pozdrawiam wszystkich sąsiadów!",
         "-Ania: Trzymam kciuki za wodociąg",
         "-Archiwum: styczeń 2026 | luty 2026 | marzec 2026",
         "-Strona najlepiej wyświetla się w rozdzielczości 1024x768",
         "-Wszelkie prawa zastrzeżone © 2026 Głos z Wierzbołęki",
         "-Darmowa strona na hostingu Mojastronka",
         "-Do góry ^"]]),
    "ru-sportklub-otchet-o-matche": _page("ru", "ru-sportklub-otchet-o-matche", [
        ["-ФК «Кряж» Кряжинск — официальный сайт",
         "-Главная | Новости | Команда | Календарь | Билеты | Магазин",
         "-НОВОСТИ КЛУБА",
         "-Отчёт о матче",
         "-1 марта 2026 · Пресс-служба клуба",
         "-Просмотров: 2 418"],
        ["+«Кряж» уступил в домашнем матче и теряет шансы на плей-офф",
         "+В субботу «Кряж» проиграл «Журавлю» со счётом 1:2 на стадионе «Смолокур».",
         "+Единственный гол хозяев забил на 64-й минуте полузащитник Матвей Тулупов."],
        ["-Купить билеты на следующий матч",
         "-Фотогалерея матча — 48 фото",
         "-Генеральный партнёр клуба — «Кряжинский хлебозавод»",
         "-Реклама"],
        ["+После матча болельщики обсуждали не счёт, а состояние газона, который не меняли с 2019 года.",
         "+Статистика матча",
         "+Удары: 11 — 14",
         "+Удары в створ: 3 — 6",
         "+Владение мячом: 47% — 53%",
         "+«На таком поле играть в пас невозможно», — сказал главный тренер Виктор Ряпушкин.",
         "+Администрация города обещала выделить деньги на новый газон ещё прошлой осенью."],
        ["-Теги: первенство, домашний матч",
         "-Поделиться: ВКонтакте · Telegram · Одноклассники",
         "-Следующий матч: 8 марта, «Кряж» — «Вьюга»",
         "-Турнирная таблица",
         "-Официальный магазин клуба",
         "-Стать волонтёром клуба",
         "-Подписывайтесь на клуб в Telegram",
         "-© 2026 ФК «Кряж». Все права защищены.",
         "-При использовании материалов ссылка на сайт обязательна.",
         "-Наверх"]]),
    "ru-agentstvo-lenta-slug": _page("ru", "ru-agentstvo-lenta-slug", [
        ["-ИНФОРМАГЕНТСТВО «ПРИРЕЧЬЕ-ПРЕСС»",
         "-ЛЕНТА НОВОСТЕЙ | ЭКСКЛЮЗИВ | ФОТОБАНК | ПОДПИСКА",
         "-SLUG: РЕГИОН-ЖКХ-ТАРИФЫ-0503",
         "-Ключевые слова: тарифы, ЖКХ, отопление, Кряжинск",
         "-05.03.2026 10:47 | Срочно",
         "-Рубрика: Общество"],
        ["+В Кряжинске тарифы на отопление вырастут на 14 процентов",
         "+Региональная тарифная служба утвердила повышение платы за отопление в Кряжинске с 1 июля.",
         "+Рост почти вдвое превышает средний по области, что объясняют износом котельной на улице Заводской."],
        ["-ЭКСКЛЮЗИВ ДЛЯ ПОДПИСЧИКОВ",
         "-Фото: пресс-служба «Приречье-Пресс» (доступно в фотобанке)",
         "-Купить права на публикацию",
         "-Реклама"],
        ["+Депутаты городской думы потребовали раскрыть расчёты, на которых основано решение.",
         "+Что изменится с 1 июля",
         "+Гигакалория тепла: 2 870 рублей вместо 2 517",
         "+Горячая вода: плюс 9 процентов",
         "+Льготы для пенсионеров сохраняются в прежнем объёме",
         "+«Мы не видим ни одного документа, только итоговую цифру», — заявил депутат Олег Сыромятин.",
         "+Тарифная служба пообещала опубликовать расчёты до конца марта."],
        ["-Версия для печати",
         "-Поделиться: Telegram · ВКонтакте",
         "-Все новости рубрики",
         "-Связанные материалы: Котельная на Заводской: сроки ремонта",
         "-Материалы ленты предназначены для подписчиков агентства.",
         "-Воспроизведение без письменного разрешения запрещено.",
         "-Редакция: news@prirechye-press.example",
         "-Свидетельство о регистрации СМИ ИА № 00-00000",
         "-18+",
         "-© 2026 «Приречье-Пресс»"]]),
}


_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-satire-disclaimer": "the satirical site's joke reading-time header above the title and its T-shirt ad and "
                            "'More from the Trumpet' box with a joke headline between the paragraphs are left (4 of "
                            "20 noise lines)",
    "fr-journal-etudiant-tribune": "the student paper's 'Rejoins la rédaction' call between the paragraphs is left (1 "
                                   "of 20 noise lines; its masthead and opinion disclaimer above the title go, the "
                                   "last since round 94)",
    "fr-agence-publique-accessibilite": "the water agency's name above the title and the 'Cette information vous a-t-elle été utile ?' / 'Oui | Non' feedback widget between the paragraphs are left (3 of 20 noise lines; the publication-and-update line and 'Écouter cette page' no longer left, one since round 58)",
    "de-nachrichten-app-webansicht": "the news app's premium trial offer and 'Wetter: Sturmwarnung ...' teaser "
                                     "between the paragraphs are left (2 of 20 noise lines)",
    "de-fachmagazin-events-whitepaper": "the trade magazine's event tip, whitepaper download and equipment ad between "
                                        "the paragraphs are left (3 of 20 noise lines)",
    "it-radio-locale-palinsesto": "the radio station's 'Ora in onda' line above the title and its app and "
                                  "WhatsApp-requests lines between the paragraphs are left (3 of 20 noise lines)",
    "it-bollettino-parrocchiale": "the parish bulletin's PDF link above the title, its notices box between the "
                                  "paragraphs and its weekly calendar, baptisms, deceased, office hours and "
                                  "Instagram lines at the foot are left (14 of 20 noise lines)",
    "pl-forum-tablica-ogloszen": "the forum's name, topic line and first post's date above the title and the loan "
                                 "ad, 'Odpowiedz z cytatem' and 'Zgłoś post' between the paragraphs are left (6 of 20 "
                                 "noise lines)",
    "pl-blog-darmowy-hosting-licznik": "the free-host blog's visitor counter above the title and its hosting ad, "
                                       "'Czytaj także' link and daily counter between the paragraphs are left (4 "
                                       "of 20 noise lines)",
    "ru-sportklub-otchet-o-matche": "the football club's general-partner line between the paragraphs is "
                                    "left (1 of 20 noise lines; the ticket link goes since round 55)",
}


test_held_out_44_line, test_held_out_44_line_is_kept, test_held_out_44_page = held_out_tests(
    HELD_OUT_44_LINES, HELD_OUT_44_KEEP, HELD_OUT_44_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
