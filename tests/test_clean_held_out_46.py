"""Held-out set 46: written blind, weighted toward the noise the cleaner exists for, in shapes set 45's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an English
shortcode-like feed-import marker '[auto_feed source="rss-pull-14" status="imported"]', an unrendered
HTML ad comment "<!-- ad: mid-article native unit -->", an English "generated automatically from a
syndicated feed" note, source credits in other wordings and languages: an English "Via: ... (original
article here)", a French "Source : ... — voir l'article d'origine", a German "Quelle: ..., übernommen
per RSS", an Italian "Fonte: ... (articolo originale)", a Polish "Źródło: ..., oryginał artykułu
dostępny tutaj" and a Russian "Источник: ..., оригинал статьи по ссылке", and bracketed auto-import
markers in French and Polish and a Russian "Статья автоматически добавлена из RSS-ленты"), reading-time
and date headers in new shapes (an English "Posted 14 hours ago • 6 minute read • 1,204 views", an
English "Last modified: ... EST", a French "Mis en ligne le ... · Modifié le ...", a German "Stand: ...
| Lesedauer: ca. 4 Minuten", an Italian "Pubblicato il: ... | Tempo di lettura: 3 minuti", a Polish
"Opublikowano: ... | Czas czytania: 4 min", a Russian date with view count and "Читать 4 минуты"),
bylines with bios and self-promotion (an English founding-member plug, an English media-training
consulting plug, a French bio with a Tipeee link, a German "Über mich:" bio with a Steady membership
plug, an Italian PayPal coffee tip-jar, a Polish training plug with website and newsletter, a Russian
"Об авторе:" bio with a consultation plug), blog and site-builder footers (Wix, Jekyll, Over-blog,
Jimdo, Altervista, Tilda), reader comment lines (an English "Showing 3 of 47 comments · Sort by: Top"
row, an English closed-comments wording "Commenting is no longer available on this story.", the
WordPress "Your comment is awaiting moderation" preview note, a French "Écrit par : ... | date"
comment row, a German "Kommentar schreiben | Kommentare: 14" row, an Italian comment-sort row, a Polish
"Dodaj komentarz (12) | Zobacz wszystkie komentarze" row, a Russian premoderation note), two share rows
(an English "Copy link · Email · Print · Gift this article" row, an Italian Facebook/X/email row), two
opinion disclaimers as notices (English "Editor's note: the opinions ... are the author's own", German
"Dieser Beitrag gibt die Meinung des Autors wieder ...") and a Polish "Tagi:" line; and toward whole
scraped news and opinion pages in layouts sets 41 to 45 did not use (a Q&A-site answer about a news
event, an opinion section's letters page with one letter as the article, a Facebook-page post with
reactions and comments, an RSS reader's item view, a city wiki's current-events entry, an e-mail
newsletter's web archive with tracking footer, a video page's description and transcript, a regional
party branch's news item, a shared online document of a campaign statement, a news quiz page's
introduction, a magazine long-read with pull quotes and author box, and a news site's comments-first
mobile layout).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 45) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 45, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 45's with 45 -> 46, including its third table ``_KEEP_XFAIL``. Shapes set 45's
docstring names as used (its shortcodes, template slots, removal credits, "First seen on", "Lire la
suite ... sur le site de", "– Anzeige –", "Materiał partnera", erid labels, "About the author:",
Ko-fi, "À propos de l'auteur", YouTube and Telegram plugs, "Chi sono:", Patronite, theme credits,
Ghost, Dotclear, Blogger, Blox.pl, DataLife Engine, "N Responses to", name-date-Like-Reply rows,
"Your email address will not be published", "Répondre · J'aime", German moderation notes, "Mi piace ·
Rispondi", "Показать ещё", "Send this story to a friend", WhatsApp and VK links, affiliate, paywall,
machine-translation and no-copying notices, "Posted in ... | Tagged", and the shapes it lists for
earlier sets) were not reused as noise lines. Slips and notes: (1) to print the helpers with
``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src
on the path, which imports the cleaner's modules; nothing was run through the cleaner then and none of
its source was read. (2) ``git worktree add`` printed, as it does, the subject line of the HEAD commit
(a README cleaning-table commit naming the figures of sets 44 and 45), which is commit-log text the
protocol did not ask for; nothing else of the history was seen. ``git status`` at the first step showed
that /work/main's README.md had uncommitted changes; it was not opened. Main's HEAD moved between my
first ``git rev-parse HEAD`` (90a8126) and the creation of the worktrees; the frozen worktree and the
measurement are at 3f1b446. (3) Before the measurement the draft was executed from a scratch folder
(/tmp/s46) with a stand-in ``page_from_blocks`` that only counted lines and checked that no page noise
line repeats on its page or is a substring of an article line of its page (no case was run through the
cleaner); the first count showed pages with 15 to 18 noise lines and 9 or 10 article lines, and noise
and article lines were added (to 20 and 10 a page) before the measurement; a repeated edit-link line
on the wiki page was replaced by a footnote mark "[2]". (4) The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then
read out once with ``_problems`` in the frozen worktree (a script that ran it on every line, keep line
and page of this set and printed those with problems), to write the xfail reasons. (5) Invented names
were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Tamblewick, Oxlade Reach, Quervillac, Bourg-Sanvelle, Zwiebelhagen, Lindrachtal, Roccaspinella,
Valdorsina, Brzozogród, Kwiatoszyn and Краснопесчанск had no hits; Farrowdeep and Ольхогорск occur
only in lists of made-up names in code and games; "Ahnsberg" had no hit as a word (only inside
"Rahnsberg" and "Zahnsberg" in a name table) and is not a town I know of. Oxlade is a real surname,
not a place I know of. Not checked and possibly coinciding with real ones: Station Road, Mill Row,
Quay Lane, via delle Fornaci, piazza del Mercato, ulica Łąkowa (generic street names), the river and
valley Lindrach, the papers, firms and sites (Farrowdeep Courier, Farrowdeep Notes, The Oxlade Reach
Chronicle, Le Réveil de Quervillac, Collectif Quervillac Autrement, FluxNote, Ahnsberg-Wiki,
Ahnsberger Landbote, Zwiebelhagener Rathausbrief, Westrand Projektbau GmbH, Volksbank Lindrachtal,
Sendefix, Gazzetta di Roccaspinella, VideoValli, Partito Civico Progressista, Kurier Brzozogrodzki,
Komitet „Kwiatoszyn dla Wszystkich”, «Ольхогорская правда», журнал «Ольха», «Ольхогорск сейчас»,
CivicAsk) and the people. (6) Some lines name real things, as real pages do: Wix, Jekyll, Over-blog,
Tipeee, Jimdo, Steady, PayPal, Altervista, Tilda, Facebook, X, Instagram,
TikTok, Pocket, MediaWiki, Creative Commons, Google Docs ("Dokumenty Google", "Dysk"), App Store,
Google Play, ВКонтакте, Telegram, Одноклассники and Госуслуги; the e-mail addresses and URLs of
invented sites use the .example domain, and tax, postal and donation codes are zero-filled. Nothing
below was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s46 at commit 3f1b446) and every failing case is marked as a strict xfail whose
reason describes the line or page, not a rule. Nothing was changed after the measurement but the
xfail tables and this docstring.

Judgement calls: the keep lines opening with "Source water", "Posted speed limits", "Comments made by
the mayor", "Copy editors", "Via a side door", "Showing little appetite", "Last year", "Source de
conflits", "Mis en cause", "Écrit à la main", "Stand der Ermittlungen", "Kommentarlos", "Über die
Brücke", "Fonte di preoccupazione", "Pubblicato il bando", "Creato nel 1987", "Źródłem problemu",
"Autor projektu", "Источник финансирования" and "Комментарии в мэрии" are article sentences. Date
headers (with update times, ages or view counts) are counted as reading-time lines; bios and
membership, tip-jar, consulting and training plugs as bylines; site-builder, blog-host and static-site
credits as footers; comment counters, sort rows, comment rows, closed-comments, moderation and
premoderation notes as comments; feed-import markers, ad comments and source credits as markers; the
"Copy link" and Italian share rows as share; the two opinion disclaimers as notices; the "Tagi:" line
as other. On every page the title, the subheading, its list rows, the quote and the paragraphs around
them are article (10 lines a page); on en-qa-site-answer the question's title and the accepted answer
are article and the site chrome, stats, tags, vote and follow links, the reader comment under the
answer and the related-questions and answer-form lines are noise; on en-letters-page the letter,
including its signature line "Margaret Holloway, Tamblewick", is article and the page's rules, lists of
other letters, ads and footer are noise; on fr-page-facebook the page's post is article and the
reactions, counts and readers' comments are noise; on de-wiki-aktuelle-ereignisse the entry's text is
article and the edit links, footnote marks, current-event notice, coordinates, references and
categories are noise; on de-newsletter-webarchiv the story and its closing line "Wir bleiben dran."
are article and the greeting, sign-off and tracking footer are noise; on it-video-trascrizione the
description's and transcript's text is article and the player counts, chapter list, transcript
headings and timestamps are noise; on pl-dokument-online the statement, including the committee's
signature line, is article and the editor's menus, reviewer comments and suggestions are noise; on
ru-longrid-zhurnal the two pull quotes (displayed quotations in the magazine's layout, not sentences of
the running text) and the author box are noise; on ru-mobilnaya-kommentarii the comments shown above
the article are noise. The rows: in en-qa-site-answer "What the council's papers show",
en-letters-page "What the detour means", fr-page-facebook "Ce qui change à la rentrée",
fr-lecteur-rss "Les chiffres de la communauté de communes", de-wiki-aktuelle-ereignisse "Folgen der
Sperrung", de-newsletter-webarchiv "Was der Investor plant", it-video-trascrizione "Cosa serve
adesso", it-sezione-partito "Cosa chiediamo alla Regione", pl-dokument-online "Nasze postulaty",
pl-quiz-wstep "Najważniejsze pozycje budżetu", ru-longrid-zhurnal "Что изменилось за зиму" and
ru-mobilnaya-kommentarii "Главные нарушения", each with three rows; all of them are article.

Contents: 45 noise lines (marker 12, reading-time 7, byline 7, footer 6, comments 8, share 2, notice
2, other 1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page):
en-qa-site-answer (an accepted answer on a Q&A site explaining why a town closed its library),
en-letters-page (a reader's letter against a footbridge closure on a local paper's letters page),
fr-page-facebook (a citizens' collective's Facebook-page post on an organic school canteen scrapped,
with reactions and comments), fr-lecteur-rss (a local paper's story on a closing pool seen in a
self-hosted RSS reader's item view), de-wiki-aktuelle-ereignisse (a city wiki's current-events entry
on a closed bridge), de-newsletter-webarchiv (a local newsletter's issue on the sale of an old
swimming hall, in its web archive with tracking footer), it-video-trascrizione (a local video
channel's page on a landslide isolating a hamlet, with description, chapters and transcript),
it-sezione-partito (a party branch's news item against closing a maternity ward), pl-dokument-online
(a citizens' committee's statement against an incinerator in a published online document),
pl-quiz-wstep (the introduction of a local paper's quiz on the town budget), ru-longrid-zhurnal (a
magazine long-read on a town left without buses, with pull quotes and author box),
ru-mobilnaya-kommentarii (a story on an embankment repair costing twice its estimate in a
comments-first mobile layout); every page holds a title, a subheading with list rows, a quote in the
article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 3f1b446eba22d936a48e3c07fe07fd24cfb0ff5e, measured with
``cd /tmp/wt-s46 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s46/src python -m pytest
-q tests/test_clean_held_out_46.py -rA -p no:cacheprovider`` (25 failed, 52 passed) and
``cd /tmp/wt-s46 && PYTHONPATH=/tmp/wt-s46/src python scripts/clean_held_out_report.py --sets 46``,
with the xfail tables empty): noise lines removed 32/45 (marker 6/12, reading-time 7/7, byline 4/7,
footer 6/6, comments 6/8, share 2/2, notice 0/2, other 1/1; missed, all kept as paragraphs: the
English '[auto_feed source="rss-pull-14" status="imported"]', the English "Via: Farrowdeep Courier
(original article here)", the English consulting plug "Dana also runs media-training workshops ...",
the English "Commenting is no longer available on this story.", the English "Editor's note: the
opinions in this post are the author's own ...", the French "[Article importé automatiquement —
source : flux RSS]", the German "Über mich: Jörg Wendlinger bloggt seit 2009 ... Steady-Mitgliedschaft.",
the German "Dieser Beitrag gibt die Meinung des Autors wieder, nicht zwingend die der Redaktion.", the
Italian "Fonte: Gazzetta di Roccaspinella (articolo originale)", the Polish "[Artykuł automatycznie
pobrany z kanału RSS]", the Polish "Autor prowadzi szkolenia z dziennikarstwa obywatelskiego. ...",
the Russian "Источник: «Ольхогорская правда», оригинал статьи по ссылке" and the Russian "Комментарии
проходят премодерацию. Оскорбления удаляются."); keep lines kept 20/20; pages 0/12 clean, 71 of 240
page noise lines left and 7 of 120 article lines lost: en-qa-site-answer 15 left ("CivicAsk is a
question and answer site ...", "Sign up or log in to customize your list.", "Home · Questions · Tags
· Users · Unanswered", "Asked 2 days ago · Modified today · Viewed 3k times", the tag line, "asked Mar
4 at 09:10 · jcollier · 211 reputation", "1 Answer · Sorted by: Highest score (default)", "✓ Accepted
answer", "answered Mar 5 at 18:22 · Priya Lanford · 4,310 reputation", "Improve this answer ·
Follow", the comment "Thanks, this is the clearest explanation I've found anywhere. – Tom R. ...",
"Not the answer you're looking for? ...", "Hot Network Questions", "Your Answer" and "By clicking
“Post Your Answer”, you agree ..."); en-letters-page 7 left ("The Oxlade Reach Chronicle", "Opinion ›
Letters to the Editor", "Have your say: write to ...", "Letters must include a full postal address,
...", "Today's other letters: ...", "Sponsored: Compare funeral plans from £9 a month" and "Share this
letter: Facebook · X · Email"); fr-page-facebook 4 left ("Voir la traduction", "Afficher la suite",
"👍❤️😮 214" and "57 commentaires · 38 partages"); fr-lecteur-rss 3 left ("Image : piscine vue de
l'extérieur (cliquez pour charger les images)", "L'article complet est disponible sur le site de
l'éditeur." and "Flux tronqué par l'éditeur") and 3 lost (the quote "« Nous ne fermons pas par choix,
mais par arithmétique » ...", "Un appel aux dons a été lancé par les clubs." and "Une réunion publique
est prévue le 18 mars à la salle des fêtes."); de-wiki-aktuelle-ereignisse 7 left ("Dieser Artikel
beschreibt ein aktuelles Ereignis. ...", "Koordinaten: 50° 00′ N, 9° 00′ O", "[Bearbeiten |
Quelltext bearbeiten]", "[1]", "[2]", "Hauptartikel: Lindrachtalbrücke" and "Siehe auch: Liste der
Brücken im Landkreis Ahnsberg") and 1 lost (the title "Sperrung der Lindrachtalbrücke (2026)");
de-newsletter-webarchiv 8 left ("Probleme mit der Darstellung? Hier im Browser ansehen.", "Vorschau:
Das alte Hallenbad ist verkauft – ...", "Der Zwiebelhagener Rathausbrief · Ausgabe 11/2026", "Hallo
Leserinnen und Leser,", "diese Woche haben wir nur ein Thema für Sie.", "Anzeige · Der Rathausbrief
wird unterstützt von der Volksbank Lindrachtal", "Dieser Newsletter wurde Ihnen weitergeleitet? Hier
kostenlos abonnieren." and "Weiterempfehlen: Leiten Sie diesen Brief an Freunde weiter");
it-video-trascrizione 5 left ("Capitoli: 0:00 Introduzione · ...", "Trascrizione", "Trascrizione
generata automaticamente", "1:12" and "3:40"); it-sezione-partito 2 left ("Dona il tuo 2x1000 al
partito: codice 0000" and "Prossimo evento: festa di primavera, 21 marzo, piazza del Mercato") and 3
lost (the quote "La segretaria del circolo ha ricordato: «Qui sono nate generazioni intere, ...»",
"Nel 2025 il punto nascite ha registrato 312 parti." and "La mozione sarà discussa nella seduta del 24
marzo."); pl-dokument-online 4 left ("Komentarz: Anna W. – może dodać datę sesji?", "Sugestia:
usunięto „pilnie”", "Komentarz: Piotr K. – „rozważenie” czy „analizę”?" and "Rozwiąż · Odpowiedz");
pl-quiz-wstep 6 left ("Rozwiąż quiz i sprawdź się! 10 pytań · ok. 3 minuty", "Zacznij quiz ▶",
"Udostępnij quiz znajomym", "Pytanie 1 z 10", "Twój wynik: 0/10" and "Sprawdź odpowiedzi");
ru-longrid-zhurnal 3 left (the pull quotes "«Город без автобусов — это город, где старики не выходят
из дома»" and "«Нам сказали ждать весны»" and the author-box bio "Вера Кашина — корреспондент «Ольхи»,
... Её книга «Пустые остановки» вышла в 2025 году."); ru-mobilnaya-kommentarii 7 left ("💬 86
комментариев — читать обсуждение", the comment rows "Алексей М. · 2 ч назад: ..." and "Наталья К. · 1
ч назад: ...", "Ответить · 👍 12", "Развернуть статью ▾", "Свернуть статью ▴" and "Ещё 84
комментария"). The failing cases are strict xfails.

Still held out after round 44 (developed on set 45; measured once at 9f47e4c with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 46`` and pytest on
this file): lines 32 -> 33/45 (byline 4 -> 5/7: the German "Über mich: ..." bio with its Steady plug now
goes, its strict xfail removed), keep 20/20, pages 0/12 clean, 71 of 240 page noise lines left and 7
of 120 article lines lost, as at its baseline.

Round 45 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 46`` and ``pytest tests/test_clean_held_out_46.py`` at
cf7683d (before) and the round's last commit on branch round45 (after): noise lines 33 -> 45/45
(marker 6 -> 12/12, byline 5 -> 7/7, comments 6 -> 8/8, notice 0 -> 2/2; reading-time 7/7, footer
6/6, share 2/2 and other 1/1 before and after), pages 0 -> 6/12 clean, page noise lines left 71 -> 37
of 240, article lines lost 7 -> 0 of 120. First the losses, as mechanisms: a line of topic tags
between two parts of the article ("Étiquettes : ...", "Tag: ...") is crossed as the other in-article
tools are when the part under it quotes someone (an author's bio under a think tank's topics does
not); the feed reader's truncation notes and image placeholder and the party site's 2x1000 appeal
and next-event line, which stood between the parts, now go as notices, a picture's caption and a
plug; a wiki entry's title stays
once the current-event notice, coordinates, the tabs row with "Artikel" and "Lesen" and the
section-and-month crumb above it go. Then, as classes in six languages: feed-import shortcodes
('[auto_feed ...]') and bracketed import markers ("[Article importé automatiquement — source : flux
RSS]") and source credits with the link to the original after the source's name ("Via: ... (original
article here)", "Fonte: ... (articolo originale)", "Источник: ..., оригинал статьи по ссылке") are
source credits; a consulting or training plug that names the writer's own website ("... rates and
availability on her website.", "Zapraszam na moją stronę") is self-promotion, as one with a web
address was; a closed-comments note with "no longer available" and premoderation as one word
("премодерацию") are comments; an opinion disclaimer without "expressed" ("the opinions in this post
are the author's own") and the German "Dieser Beitrag gibt die Meinung des Autors wieder" are
notices; and on the pages, a wiki's edit links, footnote marks and main-article hatnote (with "Siehe
auch: ..." as related links), a social post's translation and show-more buttons and its reaction and
comment/share counts, a mobile page's open/close-article toggles and "Ещё 84 комментария", a shared
document's reviewer comments, suggestion notes and resolve/reply row, a quiz page's teaser, start,
share, counter, score and answers widgets, a video page's chapter list and transcript headers, and a
read-as-PDF link. Pages: fr-page-facebook 4 -> 0 left; fr-lecteur-rss 3 left, 3 lost -> 0, 0;
de-wiki-aktuelle-ereignisse 7 left, 1 lost -> 0, 0; it-video-trascrizione 5 -> 2 (the two transcript
timestamps, left since a time alone may be a live blog's); it-sezione-partito 2 left, 3 lost -> 0, 0;
pl-dokument-online 4 -> 0; pl-quiz-wstep 6 -> 2 (the paper's name and the "QUIZ" label above the
title); ru-mobilnaya-kommentarii 7 -> 0; unchanged: en-qa-site-answer 15, en-letters-page 7,
de-newsletter-webarchiv 8 and ru-longrid-zhurnal 3 (the Q&A site's chrome, the letters page's rules
and lists, the newsletter's greeting and forwarding lines, the long-read's pull quotes and author
box). Keep lines 20 -> 20/20. Of the other sets only set 45 changed: page noise lines left 78 -> 75
of 240 (it-newsletter-consigliere's "Prossimo appuntamento: ..." and ru-telegram-zerkalo's view count
and reaction row now go), none lost.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_46_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", '[auto_feed source="rss-pull-14" status="imported"]', "marker"),
    ("tail", "This story was generated automatically from a syndicated feed and has not been edited by our staff.", "marker"),
    ("tail", "Via: Farrowdeep Courier (original article here)", "marker"),
    ("body", "<!-- ad: mid-article native unit -->", "marker"),
    ("head", "Posted 14 hours ago • 6 minute read • 1,204 views", "reading-time"),
    ("head", "Last modified: March 6, 2026 at 9:41 am EST", "reading-time"),
    ("tail", "Dana Whitlock writes about local government. If you value her reporting, become a founding member for $5 a month.", "byline"),
    ("tail", "Dana also runs media-training workshops for councils and charities — rates and availability on her website.", "byline"),
    ("tail", "Site built with Wix.com — create your free website today", "footer"),
    ("tail", "© 2026 Farrowdeep Notes · Built with Jekyll · RSS · Sitemap", "footer"),
    ("tail", "Showing 3 of 47 comments · Sort by: Top", "comments"),
    ("tail", "Commenting is no longer available on this story.", "comments"),
    ("tail", "Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.", "comments"),
    ("body", "Copy link · Email · Print · Gift this article", "share"),
    ("head", "Editor's note: the opinions in this post are the author's own and do not reflect the views of Farrowdeep Notes.", "notice"),
    # French
    ("head", "[Article importé automatiquement — source : flux RSS]", "marker"),
    ("tail", "Source : Le Réveil de Quervillac — voir l'article d'origine", "marker"),
    ("head", "Mis en ligne le 06/03/2026 à 08h12 · Modifié le 06/03/2026 à 11h47", "reading-time"),
    ("tail", "Journaliste indépendante, Camille Ravenel anime aussi des ateliers d'éducation aux médias. Pour la soutenir : tipeee.com/camille-ravenel", "byline"),
    ("tail", "Blog créé avec Over-blog – Signaler un abus", "footer"),
    ("tail", "Écrit par : Gérard | 06/03/2026", "comments"),
    # German
    ("tail", "Quelle: Ahnsberger Landbote, übernommen per RSS", "marker"),
    ("head", "Stand: 06.03.2026, 07:55 Uhr | Lesedauer: ca. 4 Minuten", "reading-time"),
    ("tail", "Über mich: Jörg Wendlinger bloggt seit 2009 über Kommunalpolitik. Unterstützen Sie diesen Blog mit einer Steady-Mitgliedschaft.", "byline"),
    ("tail", "Erstellt mit Jimdo – Jetzt kostenlos registrieren | Abmelden | Bearbeiten", "footer"),
    ("tail", "Kommentar schreiben | Kommentare: 14", "comments"),
    ("head", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht zwingend die der Redaktion.", "notice"),
    # Italian
    ("head", "Fonte: Gazzetta di Roccaspinella (articolo originale)", "marker"),
    ("head", "Pubblicato il: 06/03/2026 - 09:14 | Tempo di lettura: 3 minuti", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè su PayPal: ogni contributo tiene in vita questo blog.", "byline"),
    ("tail", "Creato con Altervista – Crea il tuo sito gratis", "footer"),
    ("tail", "Ordina i commenti per: più recenti | più votati", "comments"),
    ("body", "Condividi su Facebook | Condividi su X | Invia per email", "share"),
    # Polish
    ("head", "[Artykuł automatycznie pobrany z kanału RSS]", "marker"),
    ("tail", "Źródło: Kurier Brzozogrodzki, oryginał artykułu dostępny tutaj", "marker"),
    ("head", "Opublikowano: 6 marca 2026, 08:30 | Czas czytania: 4 min", "reading-time"),
    ("tail", "Autor prowadzi szkolenia z dziennikarstwa obywatelskiego. Zapraszam na moją stronę i do newslettera.", "byline"),
    ("tail", "Dodaj komentarz (12) | Zobacz wszystkie komentarze", "comments"),
    ("tail", "Tagi: Brzozogród, rada miasta, budżet, opinie", "other"),
    # Russian
    ("head", "Статья автоматически добавлена из RSS-ленты", "marker"),
    ("tail", "Источник: «Ольхогорская правда», оригинал статьи по ссылке", "marker"),
    ("head", "06.03.2026 09:12 · Просмотров: 1 482 · Читать 4 минуты", "reading-time"),
    ("tail", "Об авторе: журналист, ведёт курсы по фактчекингу. Записаться на консультацию можно через сайт.", "byline"),
    ("tail", "Сайт создан на конструкторе Tilda", "footer"),
    ("tail", "Комментарии проходят премодерацию. Оскорбления удаляются.", "comments"),
]

HELD_OUT_46_KEEP: list[tuple[str, str]] = [
    ("body", "Source water for the reservoir now comes from two boreholes, the engineer said."),
    ("body", "Posted speed limits on the ring road will drop to 30 mph from April."),
    ("body", "Comments made by the mayor at the hearing drew a rebuke from the ombudsman."),
    ("body", "Copy editors at the paper walked out on Tuesday over unpaid overtime."),
    ("body", "Via a side door, inspectors entered the depot and found the missing ledgers."),
    ("body", "Showing little appetite for a fight, the council withdrew the plan within a week."),
    ("body", "Last year the county spent more on consultants than on road repairs."),
    ("body", "Source de conflits depuis dix ans, le terrain a finalement été vendu à la commune."),
    ("body", "Mis en cause par le rapport, l'adjoint aux finances a annoncé sa démission."),
    ("body", "Écrit à la main, le registre des délibérations avait disparu en 2019."),
    ("body", "Stand der Ermittlungen ist, dass das Geld nie überwiesen wurde."),
    ("body", "Kommentarlos verließ der Landrat nach der Abstimmung den Saal."),
    ("body", "Über die Brücke fahren täglich rund 9000 Fahrzeuge."),
    ("body", "Fonte di preoccupazione è soprattutto la falda sotto la vecchia discarica."),
    ("body", "Pubblicato il bando, le imprese avranno trenta giorni per presentare le offerte."),
    ("body", "Creato nel 1987, il consorzio gestisce oggi l'acqua di undici comuni."),
    ("body", "Źródłem problemu okazała się nieszczelna rura pod jezdnią."),
    ("body", "Autor projektu, architekt z Kwiatoszyna, bronił swojej koncepcji przed radnymi."),
    ("body", "Источник финансирования ремонта до сих пор не определён."),
    ("body", "Комментарии в мэрии давать отказались."),
]


HELD_OUT_46_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-qa-site-answer": _page("en", "en-qa-site-answer", [
        ["-CivicAsk is a question and answer site for people who follow local government. Join the community",
         "-Sign up or log in to customize your list.",
         "-Home · Questions · Tags · Users · Unanswered",
         "-Asked 2 days ago · Modified today · Viewed 3k times",
         "-local-government  libraries  budget  farrowdeep",
         "-asked Mar 4 at 09:10 · jcollier · 211 reputation"],
        ["+Why did Farrowdeep close its central library when the budget had a surplus?"],
        ["-1 Answer · Sorted by: Highest score (default)",
         "-✓ Accepted answer",
         "-Share · Improve this question · Follow"],
        ["+The short answer is that the surplus was never money the library could use: it was a one-off land sale, and the council had already promised it to the flood defences."],
        ["-answered Mar 5 at 18:22 · Priya Lanford · 4,310 reputation",
         "-Improve this answer · Follow"],
        ["+What the council's papers show",
         "+The library lease ran out in January and the landlord asked for twice the old rent.",
         "+The land sale brought in £1.9m, all of it earmarked for the river wall in last year's plan.",
         "+A mobile library van was bought in February to cover the three outlying villages."],
        ["+“We could keep the building or the van, not both,” the finance chair told the meeting on 12 February."],
        ["-Add a comment",
         "-Thanks, this is the clearest explanation I've found anywhere. – Tom R. Mar 5 at 19:02"],
        ["+Whether that was the right choice is a fair question, but it was not a secret one: the vote was public and the minutes are online."],
        ["+The land sale, of the old bus depot on Station Road, was agreed in 2024, long before the lease ran out."],
        ["+The lease decision can still be reviewed at the council's budget meeting in April."],
        ["-Not the answer you're looking for? Browse other questions tagged local-government or ask your own question.",
         "-Related: Can a parish council take over a closed library?",
         "-Related: Who audits a district council's land sales?",
         "-Hot Network Questions",
         "-Your Answer",
         "-By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.",
         "-Post Your Answer"],
    ]),
    "en-letters-page": _page("en", "en-letters-page", [
        ["-The Oxlade Reach Chronicle",
         "-Opinion › Letters to the Editor",
         "-Letters: Saturday 7 March 2026",
         "-Sign in · Subscribe from £1 a week",
         "-Have your say: write to letters@oxladechronicle.example. Letters may be edited for length and clarity.",
         "-Letters must include a full postal address, which will not be published."],
        ["+Closing the Tamblewick footbridge punishes the people who walk"],
        ["+Sir, I have crossed the Tamblewick footbridge twice a day for thirty years, and I was astonished to read that it will close for eighteen months without any temporary crossing."],
        ["-Advertisement",
         "-Today's other letters: Parking charges at the hospital · A thank-you to the lifeboat crew · Bins left uncollected on Mill Row"],
        ["+The detour the council proposes is not a small inconvenience for those of us on foot."],
        ["+What the detour means",
         "+A walk of 400 metres becomes one of 2.3 kilometres.",
         "+The route follows the bypass, which has no pavement for half its length.",
         "+There is no bus between the two banks after 7pm."],
        ["-Read more: Council defends footbridge closure",
         "-Sponsored: Compare funeral plans from £9 a month",
         "-Share this letter: Facebook · X · Email"],
        ["+As the council's own survey put it, “pedestrians will be the group most affected by the closure.”"],
        ["+I ask only that a temporary bridge be priced before the works begin, as it was in 1998."],
        ["+Margaret Holloway, Tamblewick"],
        ["-Letters to the Editor, The Oxlade Reach Chronicle, 4 Quay Lane, Oxlade Reach",
         "-We regret that we cannot reply to letters individually.",
         "-Reader comments are switched off on the letters page.",
         "-Back to top",
         "-More letters",
         "-Most viewed in Opinion",
         "-Follow us on Facebook and Instagram",
         "-© Oxlade Reach Chronicle Ltd. All rights reserved.",
         "-Privacy · Cookies · Contact · Advertise with us"],
    ]),
    "fr-page-facebook": _page("fr", "fr-page-facebook", [
        ["-Facebook",
         "-Se connecter · Créer un compte",
         "-Collectif Quervillac Autrement",
         "-Page · Organisation à but non lucratif",
         "-6 mars, à 09:14 · 🌍"],
        ["+Le conseil municipal supprime la cantine bio : ce que nous avons appris"],
        ["+Hier soir, le conseil municipal de Quervillac a voté la fin du contrat avec la légumerie de Bourg-Sanvelle, qui fournissait la cantine depuis 2019."],
        ["-Voir la traduction",
         "-Afficher la suite"],
        ["+La décision a été prise en fin de séance, sans débat, à quinze voix contre huit."],
        ["+Ce qui change à la rentrée",
         "+Les repas seront livrés par une cuisine centrale située à 60 kilomètres.",
         "+Le prix du repas passe de 3,10 € à 3,45 €.",
         "+Les menus ne seront plus validés par la diététicienne de l'école."],
        ["-👍❤️😮 214",
         "-57 commentaires · 38 partages"],
        ["+Une mère d'élève résume : « On paie plus pour manger moins bien. »"],
        ["+Nous demandons que le contrat soit réexaminé au prochain conseil, le 2 avril."],
        ["+Une pétition est disponible en mairie et chez les commerçants du bourg."],
        ["-J'aime · Commenter · Partager",
         "-Les plus pertinents ▾",
         "-Sylvie Marchadier",
         "-Scandaleux, et on nous parle de circuit court à chaque élection…",
         "-J'aime · Répondre · 14 h",
         "-Jean-Luc Varenne",
         "-Et la mairie n'a même pas prévenu les parents.",
         "-J'aime · Répondre · 12 h",
         "-Afficher 56 autres commentaires",
         "-Écrivez un commentaire…",
         "-Voir plus de Collectif Quervillac Autrement sur Facebook"],
    ]),
    "fr-lecteur-rss": _page("fr", "fr-lecteur-rss", [
        ["-FluxNote",
         "-Tous les articles (1 284) · Non lus (312) · Favoris",
         "-Rechercher dans les flux…",
         "-Actualités locales › Le Réveil de Quervillac",
         "-Marquer comme lu · ★ Ajouter aux favoris · Ouvrir l'original ↗",
         "-Il y a 3 heures · par la rédaction",
         "-Temps de lecture estimé : 2 min"],
        ["+Fermeture de la piscine : la facture énergétique en cause"],
        ["+La piscine intercommunale de Bourg-Sanvelle fermera ses portes le 1er avril, faute de pouvoir payer une facture de chauffage qui a triplé en deux ans."],
        ["-Image : piscine vue de l'extérieur (cliquez pour charger les images)"],
        ["+Les clubs de natation devront s'entraîner à Quervillac, à quarante minutes de bus."],
        ["+Les chiffres de la communauté de communes",
         "+Facture de gaz : 186 000 € en 2025, contre 61 000 € en 2023.",
         "+Fréquentation : 41 000 entrées par an.",
         "+Coût d'une rénovation thermique : 2,4 millions d'euros."],
        ["-L'article complet est disponible sur le site de l'éditeur.",
         "-Flux tronqué par l'éditeur",
         "-Étiquettes : piscine, intercommunalité"],
        ["+« Nous ne fermons pas par choix, mais par arithmétique », a déclaré le président de la communauté de communes."],
        ["+Un appel aux dons a été lancé par les clubs."],
        ["+Une réunion publique est prévue le 18 mars à la salle des fêtes."],
        ["-Article suivant ›",
         "-‹ Article précédent",
         "-Partager via : E-mail · Pocket · Copier le lien",
         "-Raccourcis clavier : j / k pour naviguer, m pour marquer comme lu",
         "-Abonnements · Catégories · Paramètres",
         "-Synchronisé il y a 2 minutes",
         "-FluxNote 4.2 — lecteur de flux auto-hébergé",
         "-Se déconnecter",
         "-Aide · Signaler un problème"],
    ]),
    "de-wiki-aktuelle-ereignisse": _page("de", "de-wiki-aktuelle-ereignisse", [
        ["-Aus Ahnsberg-Wiki, dem freien Stadtwiki",
         "-Artikel · Diskussion · Lesen · Bearbeiten · Versionsgeschichte",
         "-Aktuelle Ereignisse › März 2026",
         "-Dieser Artikel beschreibt ein aktuelles Ereignis. Die Informationen können sich rasch ändern.",
         "-Zur Navigation springen · Zur Suche springen",
         "-Koordinaten: 50° 00′ N, 9° 00′ O"],
        ["+Sperrung der Lindrachtalbrücke (2026)"],
        ["+Die Lindrachtalbrücke zwischen Ahnsberg und Zwiebelhagen ist seit dem 4. März 2026 für den gesamten Verkehr gesperrt, nachdem bei einer Prüfung Risse in zwei Pfeilern gefunden wurden."],
        ["-[Bearbeiten | Quelltext bearbeiten]",
         "-[1]"],
        ["+Der Landkreis schätzt, dass die Sperrung mindestens zwei Jahre dauern wird."],
        ["+Folgen der Sperrung",
         "+Der Schulbus aus Zwiebelhagen fährt einen Umweg von 19 Kilometern.",
         "+Zwei Betriebe im Gewerbegebiet haben Kurzarbeit angemeldet.",
         "+Die Feuerwehr hat einen zweiten Standort am Nordufer eingerichtet."],
        ["-[2]",
         "-Hauptartikel: Lindrachtalbrücke",
         "-Siehe auch: Liste der Brücken im Landkreis Ahnsberg"],
        ["+Landrätin Helga Obermoser sagte: „Niemand fährt über eine Brücke, der wir nicht mehr trauen.“"],
        ["+Die Brücke wurde 1971 eröffnet und zuletzt 2014 saniert."],
        ["+Der Kreistag berät am 19. März über eine Behelfsbrücke."],
        ["-Einzelnachweise",
         "-Weblinks",
         "-↑ Ahnsberger Landbote, 5. März 2026, abgerufen am 6. März 2026.",
         "-Kategorien: Verkehr (Ahnsberg) · Ereignis 2026 · Brücke im Landkreis",
         "-Diese Seite wurde zuletzt am 6. März 2026 um 10:02 Uhr bearbeitet.",
         "-Der Text ist unter der Lizenz „Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.",
         "-Datenschutz · Über Ahnsberg-Wiki · Haftungsausschluss",
         "-Mobile Ansicht",
         "-Betrieben mit MediaWiki"],
    ]),
    "de-newsletter-webarchiv": _page("de", "de-newsletter-webarchiv", [
        ["-Probleme mit der Darstellung? Hier im Browser ansehen.",
         "-Vorschau: Das alte Hallenbad ist verkauft – und kaum jemand wusste davon",
         "-Der Zwiebelhagener Rathausbrief · Ausgabe 11/2026",
         "-Hallo Leserinnen und Leser,",
         "-diese Woche haben wir nur ein Thema für Sie."],
        ["+Rathaus verkauft das alte Hallenbad an einen Investor"],
        ["+Der Gemeinderat von Zwiebelhagen hat in nichtöffentlicher Sitzung beschlossen, das seit 2017 leerstehende Hallenbad an die Westrand Projektbau GmbH zu verkaufen."],
        ["-Anzeige · Der Rathausbrief wird unterstützt von der Volksbank Lindrachtal"],
        ["+Der Kaufpreis liegt nach Informationen dieses Newsletters bei 1,1 Millionen Euro."],
        ["+Was der Investor plant",
         "+42 Wohnungen, davon acht mietpreisgebunden.",
         "+Eine Tiefgarage mit 60 Plätzen.",
         "+Einen Laden im Erdgeschoss."],
        ["-Dieser Newsletter wurde Ihnen weitergeleitet? Hier kostenlos abonnieren.",
         "-Unterstützen Sie unabhängigen Lokaljournalismus: ab 4 € im Monat.",
         "-Weiterempfehlen: Leiten Sie diesen Brief an Freunde weiter"],
        ["+Ein Gemeinderat, der gegen den Verkauf stimmte, sagte: „Das Bad hätte man sanieren können, wenn man gewollt hätte.“"],
        ["+Der Bürgerverein prüft nun ein Bürgerbegehren."],
        ["+Wir bleiben dran."],
        ["-Bis nächste Woche!",
         "-Ihr Rathausbrief-Team",
         "-Sie erhalten diese E-Mail, weil Sie sich für den Rathausbrief angemeldet haben.",
         "-Abmelden · Einstellungen ändern · Im Browser öffnen",
         "-Sie möchten weniger E-Mails? Nur noch die Wochenausgabe erhalten.",
         "-Diese E-Mail wurde an leser@rathausbrief.example gesendet.",
         "-Rathausbrief UG (haftungsbeschränkt), Postfach 0000, 00000 Zwiebelhagen",
         "-Diese E-Mail enthält Zählpixel zur Reichweitenmessung. Mehr dazu in unserer Datenschutzerklärung.",
         "-Versendet mit Sendefix",
         "-Frühere Ausgaben ansehen",
         "-Impressum"],
    ]),
    "it-video-trascrizione": _page("it", "it-video-trascrizione", [
        ["-VideoValli",
         "-Iscriviti · 12.400 iscritti",
         "-3.218 visualizzazioni · 5 mar 2026",
         "-👍 184 · Condividi · Salva · Clip",
         "-Descrizione"],
        ["+Roccaspinella, la frana che ha isolato la frazione di Valdorsina"],
        ["+Da tre giorni la frazione di Valdorsina è raggiungibile solo a piedi: una frana ha portato via cinquanta metri della provinciale."],
        ["-Capitoli: 0:00 Introduzione · 1:12 La frana · 3:40 Le famiglie · 6:05 Il sindaco",
         "-Trascrizione",
         "-Trascrizione generata automaticamente"],
        ["+Nella frazione vivono ventisei persone, quasi tutte anziane."],
        ["+Cosa serve adesso",
         "+Una passerella provvisoria per i pedoni.",
         "+La consegna dei farmaci con l'elicottero della protezione civile.",
         "+Un sopralluogo dei geologi della regione."],
        ["-1:12",
         "-3:40"],
        ["+Il sindaco ha detto: «Abbiamo chiesto lo stato di emergenza, ma la risposta non è ancora arrivata.»"],
        ["+I lavori per riaprire la strada potrebbero durare fino all'estate."],
        ["+Le famiglie chiedono almeno una navetta fino al paese."],
        ["-Mostra meno",
         "-Musica: «Alba sul lago» – libreria audio gratuita",
         "-Seguici anche su Instagram e TikTok: @videovalli",
         "-Per segnalazioni e collaborazioni: redazione@videovalli.example",
         "-#Roccaspinella #frana #Valdorsina",
         "-148 commenti · Ordina per",
         "-Aggiungi un commento pubblico…",
         "-Video successivo: riaperto il ponte sul torrente",
         "-Riproduzione automatica attivata",
         "-Video correlati"],
    ]),
    "it-sezione-partito": _page("it", "it-sezione-partito", [
        ["-Partito Civico Progressista – Federazione provinciale",
         "-Home | Chi siamo | I nostri circoli | Eventi | Tesseramento 2026 | Contatti",
         "-Notizie dal territorio › Circolo di Roccaspinella",
         "-Pubblicato da: Segreteria del circolo",
         "-Tesserati anche tu! Il tesseramento 2026 è aperto.",
         "-Cerca nel sito"],
        ["+Ospedale di Roccaspinella: no alla chiusura del punto nascite"],
        ["+Il circolo di Roccaspinella ha presentato in consiglio regionale una mozione contro la chiusura del punto nascite dell'ospedale, prevista per giugno."],
        ["-Dona il tuo 2x1000 al partito: codice 0000",
         "-Prossimo evento: festa di primavera, 21 marzo, piazza del Mercato"],
        ["+Le donne della valle dovrebbero partorire a Valdorsina, a un'ora e mezza di strada."],
        ["+Cosa chiediamo alla Regione",
         "+Il rinvio della chiusura di almeno due anni.",
         "+Un servizio di ambulanza dedicato alle urgenze ostetriche.",
         "+Un tavolo con i sindaci della valle."],
        ["-Leggi il testo della mozione (PDF)",
         "-Condividi: Facebook | WhatsApp | Email",
         "-Tag: sanità, ospedale, Roccaspinella"],
        ["+La segretaria del circolo ha ricordato: «Qui sono nate generazioni intere, non è un reparto qualsiasi.»"],
        ["+Nel 2025 il punto nascite ha registrato 312 parti."],
        ["+La mozione sarà discussa nella seduta del 24 marzo."],
        ["-Partito Civico Progressista – Circolo di Roccaspinella",
         "-Sede: via delle Fornaci 0, Roccaspinella",
         "-Iscriviti alla newsletter del circolo",
         "-Seguici su Facebook",
         "-Privacy policy | Cookie policy",
         "-C.F. 00000000000",
         "-Sito realizzato dai volontari del circolo",
         "-Torna su ↑",
         "-Ultime notizie dai circoli"],
    ]),
    "pl-dokument-online": _page("pl", "pl-dokument-online", [
        ["-Oświadczenie komitetu – Dokumenty",
         "-Plik  Edytuj  Widok  Wstaw  Formatuj  Narzędzia  Pomoc",
         "-Tylko do wyświetlania · Poproś o dostęp do edycji",
         "-Tryb wyświetlania",
         "-Ostatnia zmiana: 3 godziny temu",
         "-Udostępnij"],
        ["+Oświadczenie Komitetu Obywatelskiego „Kwiatoszyn dla Wszystkich” w sprawie spalarni"],
        ["+Komitet sprzeciwia się budowie spalarni odpadów przy ulicy Łąkowej w Kwiatoszynie, zaplanowanej przez gminę bez konsultacji z mieszkańcami."],
        ["-Strona 1 z 2",
         "-Komentarz: Anna W. – może dodać datę sesji?"],
        ["+Instalacja miałaby przyjmować 60 tysięcy ton odpadów rocznie, także z sąsiednich powiatów."],
        ["+Nasze postulaty",
         "+Przeprowadzenie konsultacji społecznych przed wydaniem decyzji.",
         "+Publikację raportu oddziaływania na środowisko.",
         "+Rozważenie lokalizacji poza terenami mieszkalnymi."],
        ["-Strona 2 z 2",
         "-Sugestia: usunięto „pilnie”",
         "-Komentarz: Piotr K. – „rozważenie” czy „analizę”?",
         "-Rozwiąż · Odpowiedz"],
        ["+Jak mówi jedna z mieszkanek: „Nikt nas nie zapytał, czy chcemy oddychać cudzymi śmieciami.”"],
        ["+Zapraszamy na spotkanie w remizie w Brzozogrodzie 14 marca o 18:00."],
        ["+Komitet Obywatelski „Kwiatoszyn dla Wszystkich”"],
        ["-Anna W. i 2 inne osoby przeglądają ten dokument",
         "-Wszystkie zmiany zostały zapisane na Dysku",
         "-Historia wersji",
         "-Zgłoś nadużycie",
         "-Opublikowano za pomocą Dokumentów Google – Aktualizowano automatycznie co 5 minut",
         "-Dostęp: każda osoba mająca link",
         "-Zaloguj się",
         "-Zakładki dokumentu"],
    ]),
    "pl-quiz-wstep": _page("pl", "pl-quiz-wstep", [
        ["-Kurier Brzozogrodzki",
         "-Wiadomości | Sport | Kultura | Quizy | Ogłoszenia",
         "-QUIZ",
         "-Rozwiąż quiz i sprawdź się! 10 pytań · ok. 3 minuty",
         "-Reklama"],
        ["+Nowy budżet Brzozogrodu: czy wiesz, na co pójdą pieniądze?"],
        ["+Rada miasta uchwaliła w czwartek budżet na 2026 rok, największy w historii Brzozogrodu: wydatki sięgną 214 milionów złotych."],
        ["-Zacznij quiz ▶",
         "-Udostępnij quiz znajomym"],
        ["+Ponad jedna trzecia tej kwoty to inwestycje, ale nie wszystkie są tak widoczne, jak nowa obwodnica."],
        ["+Najważniejsze pozycje budżetu",
         "+Obwodnica północna – 48 mln zł.",
         "+Termomodernizacja szkół – 19 mln zł.",
         "+Dopłaty do komunikacji miejskiej – 11 mln zł."],
        ["-Pytanie 1 z 10",
         "-Twój wynik: 0/10",
         "-Sprawdź odpowiedzi"],
        ["+Skarbnik miasta przyznała: „To budżet na granicy możliwości, dług wzrośnie o 30 milionów.”"],
        ["+Radni opozycji głosowali przeciw, zarzucając władzom zbyt optymistyczne prognozy dochodów."],
        ["+Uchwała trafi teraz do regionalnej izby obrachunkowej."],
        ["-Zobacz też: Quiz – czy znasz swoje miasto?",
         "-Najnowsze quizy",
         "-Udostępnij swój wynik na Facebooku",
         "-Twój wynik zapisze się, jeśli się zalogujesz",
         "-Regulamin quizów",
         "-Polityka prywatności",
         "-Kurier Brzozogrodzki © 2026",
         "-Pobierz aplikację: App Store · Google Play",
         "-Napisz do redakcji",
         "-Kontakt dla reklamodawców"],
    ]),
    "ru-longrid-zhurnal": _page("ru", "ru-longrid-zhurnal", [
        ["-Журнал «Ольха»",
         "-Лонгриды · Репортажи · Колонки · Подкасты",
         "-Лонгрид · 18 минут",
         "-Текст: Вера Кашина · Фото: Игорь Лыков",
         "-Материал подготовлен при поддержке читателей"],
        ["+Город без автобусов: как Ольхогорск прожил зиму"],
        ["+В декабре единственный автобусный перевозчик Ольхогорска объявил о банкротстве, и город на сорок тысяч жителей остался без общественного транспорта."],
        ["-«Город без автобусов — это город, где старики не выходят из дома»",
         "-Поддержите журнал: от 200 ₽ в месяц"],
        ["+Мэрия обещала найти нового перевозчика к февралю, но конкурс дважды не состоялся."],
        ["+Что изменилось за зиму",
         "+Такси подорожало почти вдвое.",
         "+Поликлиника перенесла приём пожилых пациентов на дом.",
         "+Школьники из Краснопесчанска ходят на уроки пешком по трассе."],
        ["-Читайте также: Как малые города теряют маршрутки",
         "-«Нам сказали ждать весны»"],
        ["+Пенсионерка Галина Сергеевна говорит: «Я до рынка теперь хожу час, а раньше ехала десять минут».",
         "+Третий конкурс назначен на апрель."],
        ["+Депутаты предлагают создать муниципальное транспортное предприятие."],
        ["-Об авторе",
         "-Вера Кашина — корреспондент «Ольхи», пишет о малых городах. Её книга «Пустые остановки» вышла в 2025 году.",
         "-Подписаться на автора",
         "-Сохранить в закладки",
         "-Комментарии (23)",
         "-Поделиться: ВКонтакте · Telegram · Одноклассники",
         "-Нашли опечатку? Выделите текст и нажмите Ctrl+Enter",
         "-© Журнал «Ольха», 2026. Перепечатка только с разрешения редакции",
         "-18+",
         "-Политика конфиденциальности",
         "-Следующий лонгрид: Почему закрываются сельские школы"],
    ]),
    "ru-mobilnaya-kommentarii": _page("ru", "ru-mobilnaya-kommentarii", [
        ["-☰ Ольхогорск сейчас 🔍",
         "-Войти",
         "-💬 86 комментариев — читать обсуждение",
         "-Алексей М. · 2 ч назад: Опять деньги закопали в землю",
         "-Ответить · 👍 31 · 👎 4",
         "-Наталья К. · 1 ч назад: А кто отвечать будет?",
         "-Ответить · 👍 12",
         "-Развернуть статью ▾"],
        ["+Ремонт набережной в Ольхогорске обошёлся вдвое дороже сметы"],
        ["+Реконструкция городской набережной, начатая в 2024 году, обошлась бюджету в 412 миллионов рублей вместо заявленных 205."],
        ["-Реклама · 0+",
         "-Читайте также: Плитку на набережной будут менять по гарантии"],
        ["+Контрольно-счётная палата нашла нарушения в трёх из пяти договоров с подрядчиком."],
        ["+Главные нарушения",
         "+Оплата работ, которые не были выполнены.",
         "+Закупка плитки по завышенной цене.",
         "+Изменение проекта без повторной экспертизы."],
        ["-Свернуть статью ▴",
         "-Ещё 84 комментария",
         "-Поделиться"],
        ["+Председатель палаты заявил: «Мы передали материалы в прокуратуру»."],
        ["+Подрядчик нарушения отрицает."],
        ["+Следующее заседание думы по этому вопросу назначено на 20 марта."],
        ["-Написать комментарий",
         "-Войти через Госуслуги",
         "-Правила комментирования",
         "-Показать все 86 комментариев",
         "-Приложение «Ольхогорск сейчас» в App Store и Google Play",
         "-Версия для ПК",
         "-© «Ольхогорск сейчас», 18+"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-qa-site-answer':
        "the Q&A site's community banner, sign-up line, menu, question stats, tags and asker line above the title, the answer count, accepted mark, answerer line and follow links between the paragraphs and the reader comment, 'Not the answer' line, 'Hot Network Questions', 'Your Answer' and terms line at the foot are left (15 of 20 noise lines)",
    'en-letters-page':
        ("the paper's name, section path, contribution and address rules above the title and the other-letters list "
         'and share row between the paragraphs are left (6 of 20 noise lines; the sponsored funeral-plan ad goes '
         "since round 66); since round 128 'The Oxlade Reach Chronicle', 'Opinion › Letters to the Editor', 'Have "
         "your say: write to letters@oxladechronicle.example. Letters may be edited f', 'Letters must include a full "
         "postal address, which will not be published.' go, 2 of 20 noise lines left"),
    'de-newsletter-webarchiv':
        "the newsletter archive's view-in-browser line, preview text, issue name and greeting (two lines) above the title and the recommend line between the paragraphs are left (6 of 20 noise lines; round 139 took its sponsor line)",
    'it-video-trascrizione':
        "the video page's two transcript timestamps ('1:12', '3:40') between the paragraphs are left (2 of 20 noise lines)",
    'pl-quiz-wstep':
        "the paper's name 'Kurier Brzozogrodzki' and the 'QUIZ' label above the title are left (2 of 20 noise lines)",
    'ru-longrid-zhurnal':
        "the long-read's two pull quotes between the paragraphs and the author box's bio with a book plug at the foot are left (3 of 20 noise lines)",
}


test_held_out_46_line, test_held_out_46_line_is_kept, test_held_out_46_page = held_out_tests(
    HELD_OUT_46_LINES, HELD_OUT_46_KEEP, HELD_OUT_46_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
