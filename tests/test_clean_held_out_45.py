"""Held-out set 45: written blind, weighted toward the noise the cleaner exists for, in shapes set 44's
docstring does not name: scraper and ad markers of content farms and auto-blogs (shortcode-like ad
markers "[adsense_inline ...]" and "[banner_top_300x250]", an unrendered template ad slot
"{{ ad_slot_in_article_3 }}", a content farm's "Copyright belongs to the original author. Contact us
for removal" line, an English "First seen on ... – follow the link" credit, a French "Lire la suite de
cet article sur le site de ..." credit, a German "– Anzeige – Weiterlesen nach der Werbung –" marker, a
Polish "Materiał partnera" label and a Russian ad label with company, tax number and erid token),
reading-time and date headers in new shapes (an English "Updated 3 hrs ago | 4 min listen", a French
"Lecture : 5 min — Publié il y a 2 heures", a German stopwatch header with "vor 2 Std.", an Italian
"Aggiornato alle ... del ...", a Polish reading time with update stamp, a Russian "Время прочтения ≈ 3
мин · Обновлено ..."), bylines with bios and self-promotion (an English "About the author:" bio, a
Ko-fi tip plug, a French "À propos de l'auteur" bio with a coaching plug, a German YouTube-channel plug,
an Italian "Chi sono:" bio with a Telegram plug, a Polish Patronite plug, a Russian Telegram-channel
plug), blog and engine footers (an invented WordPress theme credit, Ghost, Dotclear, a German Blogger
credit, an Italian copyright line with a Blogger credit, Blox.pl, DataLife Engine), reader comment
lines (an old-theme "N Responses to “...”" header, an English name-date-Like-Reply row, the WordPress
"Your email address will not be published" form note, a French Facebook-plugin "Répondre · J'aime · 2 h"
row, a German moderation note, an Italian name-date-"Mi piace · Rispondi" row, a Polish guest-comment
prompt, a Russian comment counter with "Показать ещё"), three share lines (an English "Send this story
to a friend" row, Italian WhatsApp and Russian VK share links), four notices (an English affiliate
disclosure, a French subscribers-only paywall line, a German machine-translation note, a Polish
no-copying notice) and a WordPress "Posted in Uncategorized | Tagged ..." line; and toward whole
scraped news and opinion pages in layouts sets 41 to 44 did not use (a web-archive snapshot of a local
paper's story, an advertorial with its disclosure, a story read through a web translation proxy, a
mailing-list archive of a forwarded newsletter, a party press release converted from PDF, a read-later
export, a regional TV station's web story with video player chrome and schedule, a municipal
councillor's newsletter blog, a local news portal with classifieds and weather widgets, a
blog-platform essay with claps, follow rows and a member-only banner, a Telegram-channel post mirrored
on the web, and an unrolled social-media thread on a thread-reader page).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 44) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 44, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict value; and scripts/clean_held_out_report.py (in full, with ``cat``).
The tail is set 44's with 44 -> 45, including its third table ``_KEEP_XFAIL``. The brief named, as
shapes to weight toward, some that set 44's docstring lists as used by earlier sets ("Originally
published at", "The post ... appeared first on", "Leave a Reply", "Comments are closed.", "N thoughts
on", Patreon, Buy Me a Coffee, book and speaking plugs, "VISIT MY WEBSITE", "You are commenting using
your ... account", "bloggers like this"); following the rule not to repeat named shapes, none of them
is used, and other wordings of the same kinds were chosen. Slips and notes: (1) to print the helpers
with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
/work/main/src on the path, which imports the cleaner's modules; nothing was run through the cleaner
then and none of its source was read. (2) ``git worktree add`` printed, as it does, the subject line of
the HEAD commit ("Gold sets J and K retired into development ..."), which is commit-log text the
protocol did not ask for; nothing else of the history was seen. (3) Before the measurement the draft
was executed from a scratch folder (/tmp/s45) with a stand-in ``page_from_blocks`` that only counted
lines and checked that no page noise line repeats on its page or is a substring of an article line of
its page (no case was run through the cleaner); the first count showed pages with 14 to 17 noise
lines, and noise lines were added to bring each to 20 before the measurement; a page footer that
contained another noise line of its page was reworded. (4) The measuring pytest run (``-rA``) was
piped to ``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then
read out once with ``_problems`` in the frozen worktree (a script that ran it on every line, keep line
and page of this set and printed those with problems), to write the xfail reasons. (5) Invented names
were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
Wendelsheide, Pflugsried, Borgofiasco, Valmeròla, Wrzosołęg, Głogołęka, Верхнеклюквинск and
Кедрогорье had no hits; Stavelock, Brindlecombe, Hollowfen and Ormelac occur only as made-up names
in code and games; Kranzfeld occurs as a street name ("Im Kranzfeld") and a made-up club, and is not a
town I know of; Светлянка occurs only as a game item (a small real river of that name may exist).
"Jarzębiec", first used for the Polish village on the blog-platform page, was found to be a real
village and replaced by Głogołęka before the measurement. Modrzejowice (Górne) had no hits but I am
not sure there is no real village Modrzejowice. Not checked and possibly coinciding with real ones:
Lower Quendle, Ormelac-les-Vignes, the école de la Treille, the Hochtal, Słoneczny Stok, Lipowa,
via del Mulino, Заречье and Сосновый (generic names found in many real places), the river Светлянка,
the papers, firms and sites (Stavelock Packet, Brindlecombe Gazette, Hollowfen Energy, Kranzfelder
Bote, Bürgerliste Wendelsheide, TeleValmeròla, Il Taccuino di Valmeròla, Wrzosołęg24, «Кедровник»,
«Клюквинск сейчас», Верхнеклюквинский вестник, The Wayback Shelf, TraduLien, LeseFach, ВеткаЧит,
Kelso Lite, Brightfold Themes) and the people. (6) Some lines name real things, as real pages do:
AdSense, Ko-fi, Ghost, Dotclear, Blogger, Blox.pl, Patronite, DataLife Engine, Sympa, WordPress,
YouTube, Messenger, Telegram, WhatsApp, Facebook, Instagram, X and ВКонтакте; the e-mail addresses and
URLs of invented sites use the .example domain, and tax, phone and erid numbers are zero-filled or
made up. Nothing below was copied from any file of the repository. The set was measured once against
a frozen cleaner (worktree /tmp/wt-s45 at commit b0fc734) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Judgement calls: the keep lines opening with "Powered by cheap solar panels", "Reply forms", "Source
code", "Like many towns", "Theme parks", "Posted notices", "Support for the bypass", "Propulsé par la
hausse", "Répondre aux familles", "Lecture faite du budget", "Quelle der Zahlen", "Anzeige erstattete",
"Hinweise auf Schimmel", "Condividere i costi", "Aggiornato il progetto", "Chi abita", "Komentarze
radnych", "Czas dojazdu", "Реклама на остановках" and "Подписаться под обращением" are article
sentences. Date headers (with update times, ages or listening times) are counted as reading-time
lines; bios and tip, channel and membership plugs as bylines; theme, engine, platform and host credits
as footers; comment headers, rows, counters, form notes, prompts and moderation notes as comments; ad
shortcodes, template slots, ad labels, removal credits and source credits as markers; the "Send this
story to a friend" row and the WhatsApp and VK links as share; the affiliate, paywall,
machine-translation and no-copying lines as notices; "Posted in ... | Tagged ..." as other. On every
page the title, the subheading, its list rows, the quote and the paragraphs around them are article
(11 lines a page); on en-advertorial-disclosure the paid story's own text is article and the
disclosure, sponsor and offer lines are noise; on fr-proxy-traduction the translated story is article
and the proxy's toolbar and the original site's chrome are noise; on fr-archive-liste-diffusion the
forwarded newsletter's story is article and the list headers, quoted-reply markers (">> ..."), the
forwarder's note and signature, the reply header and the list footer are noise; on
de-pressemitteilung-pdf the release text is article and the letterhead, page numbers, embargo, contact
and PDF footer lines are noise; on it-newsletter-consigliere the councillor's greeting, sign-off and
self-promotion are noise; on ru-telegram-zerkalo the hashtags, views and reactions and on
ru-razvernutaya-vetka the tweet counters ("1/17 🧵", "17/17") are noise. The rows: in
en-web-archive-snapshot "Who will lose out", en-advertorial-disclosure "What the scheme includes",
fr-proxy-traduction "Les raisons du rejet", fr-archive-liste-diffusion "Ce que nous avons obtenu",
de-pressemitteilung-pdf "Unsere Forderungen", de-lesemodus-export "Was geplant ist",
it-tv-regionale-player "Cosa è stato deciso", it-newsletter-consigliere "Cosa prevede il progetto",
pl-portal-lokalny-ogloszenia "Co zmienia się dla pacjentów", pl-platforma-blogowa-brawa "Co
straciliśmy", ru-telegram-zerkalo "Что предлагает администрация" and ru-razvernutaya-vetka "Что я
нашла в документах", each with three rows; all of them are article.

Contents: 45 noise lines (marker 9, reading-time 6, byline 7, footer 7, comments 8, share 3, notice
4, other 1; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 240 noise lines (20 a page) and 132 article lines (11 a page):
en-web-archive-snapshot (a local paper's story on the town pool's closure, seen in a web archive with
its banner and capture dates), en-advertorial-disclosure (an energy firm's advertorial on a village
river heat scheme, with its paid-content disclosure), fr-proxy-traduction (a German local paper's
story on a rejected car park, read through a translation proxy with its toolbar),
fr-archive-liste-diffusion (a parents' collective's newsletter on a saved village school, forwarded to
a mailing list and seen in the list archive), de-pressemitteilung-pdf (a local party group's press
release against cutting a bus line, converted from PDF with page headers and footers),
de-lesemodus-export (a local paper's story on merged municipal depots, as a read-later export),
it-tv-regionale-player (a regional TV station's web story on a landslide cutting off a hamlet, with
player chrome and schedule), it-newsletter-consigliere (a councillor's newsletter blog on a car park
turned into a garden), pl-portal-lokalny-ogloszenia (a local portal's story on a closed clinic, with
classifieds, weather and exchange-rate widgets), pl-platforma-blogowa-brawa (an essay on a motorway
through a village on a blog platform with claps, follow rows and a member-only banner),
ru-telegram-zerkalo (a Telegram-channel post on a closed bridge mirrored on the web, with views,
forwarded-from and reactions), ru-razvernutaya-vetka (a resident's unrolled thread on missing hot
water, on a thread-reader page); every page holds a title, a subheading with list rows, a quote in
the article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit b0fc734439907736c9fdef93e616bedb4f42f135, measured with
``cd /tmp/wt-s45 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s45/src python -m pytest
-q tests/test_clean_held_out_45.py -rA -p no:cacheprovider`` (21 failed, 56 passed) and
``cd /tmp/wt-s45 && PYTHONPATH=/tmp/wt-s45/src python scripts/clean_held_out_report.py --sets 45``,
with the xfail tables empty): noise lines removed 36/45 (marker 5/9, reading-time 6/6, byline 5/7,
footer 6/7, comments 6/8, share 3/3, notice 4/4, other 1/1; missed, all kept as paragraphs: the
English shortcode '[adsense_inline slot="mid-2"]', the English "Copyright belongs to the original
author. Contact us for removal of this content.", the English "First seen on the Stavelock Packet –
follow the link for the full story.", the German YouTube plug "Mehr von mir gibt's auf meinem
YouTube-Kanal ...", the German moderation note "Hinweis: Kommentare werden erst nach Freischaltung
durch die Redaktion sichtbar.", the Italian "[banner_top_300x250]", the Italian bio "Chi sono:
giornalista pubblicista, ...", the Italian comment row "Marco B. 5 marzo 2026 alle 19:03 — Mi piace ·
Rispondi" and the Russian footer "Сайт работает на движке DataLife Engine"); keep lines kept 20/20;
pages 0/12 clean, 78 of 240 page noise lines left and 14 of 132 article lines lost:
en-web-archive-snapshot 9 left ("The Wayback Shelf — 1,482 captures of stavelockpacket.example", "4
Mar 2019 – 11 Feb 2026", "Capture of 05 Mar 2026 14:22:07 (UTC) · Previous capture · Next capture",
"This page was saved from the live web. ...", "HOME | NEWS | SPORT | LETTERS | JOBS", "Thursday 5
March 2026 · Today's paper", "Sign up to our morning bulletin" and the two "Most read:" links);
en-advertorial-disclosure 7 left ("This article was produced by the Brindlecombe Gazette's commercial
team ...", "In association with Hollowfen Energy", "Get a free home heat survey – book in 2 minutes",
"Hollowfen Energy – warmer homes, lower bills", "Hollowfen Energy is authorised and regulated. Terms
apply.", "Find out if your street qualifies" and "Share this partner story"); fr-proxy-traduction 6
left ("TraduLien — Traduction de la page : allemand → français", "Cette page a été traduite
automatiquement. ...", "Désactiver la traduction pour ce site", "Kranzfelder Bote – Lokalnachrichten",
"Nachrichten | Region | Sport | Kultur" and "Texte original : Stadtrat kippt Parkhaus am Bahnhof") and
2 lost ("Les commerçants, eux, réclament d'abord un meilleur éclairage des rues." and "La prochaine
séance aura lieu le 24 mars."); fr-archive-liste-diffusion 17 left (the subject line "[Vivre-Ormelac]
Fwd: ...", "De : Claudine Ferrand <...>", "Messages triés par : ...", the quoted lines ">> Bonjour à
toutes et à tous, ...", ">> Claudine", ">> --" and ">> Collectif Treille – pour une école au
village", "Le 4 mars 2026 à 21:30, Collectif Treille <...> a écrit :", "Pièce jointe : lettre37.pdf
(212 Ko)", "Message précédent : ...", the underscore rule, "Liste de diffusion Vivre-Ormelac", "Pour
vous désinscrire : ...", "Archives : ...", "Hébergé par listes.example – Sympa", "Pour écrire à la
liste : ..." and "Message suivant : ..."); de-pressemitteilung-pdf 7 left ("Wendelsheide, 5. März
2026", "Zur sofortigen Veröffentlichung nach Ablauf der Sperrfrist", "Ansprechpartner: Tobias
Renneberg, Pressesprecher, ...", "Bürgerliste Wendelsheide – Marktstraße 0 – 00000 Wendelsheide",
"PRESSEMITTEILUNG (Fortsetzung)", "Bitte beachten Sie unsere Datenschutzhinweise." and
"www.buergerliste-wendelsheide.example"); de-lesemodus-export 5 left ("Dieser Artikel ist in Ihrer
Leseliste", "[Bild: Räumfahrzeug vor dem Bauhof – Bild nicht gespeichert]", "Weiterlesen im Original:
Kommentar zum Bauhof", "Lesemodus: Schriftgröße A− A+ · Hell / Dunkel" and "Vorlesen lassen ▶");
it-tv-regionale-player 4 left ("Guarda anche: il maltempo nelle valli", "Stasera in onda: 20:30 Valli
e Sapori · 21:15 Il Punto", "Segui la diretta sul canale 87 del digitale terrestre" and "Invia la tua
segnalazione alla redazione su WhatsApp"); it-newsletter-consigliere 12 left ("Il blog di Lorenzo
Fadigati – Consigliere comunale", "Ciao a tutti, ecco le notizie del mese dal consiglio comunale!",
"Hai una segnalazione? Scrivimi!", "Il mio ufficio è aperto il sabato mattina in municipio", "Sostieni
la mia attività di consigliere: dona al gruppo civico", "Prossimo appuntamento: assemblea pubblica
giovedì 12 alle 21", "Seguimi su Instagram", "Alla prossima newsletter!", "Lorenzo", "Inoltra questa
newsletter a un amico", "Messaggio politico elettorale – committente: Lorenzo Fadigati" and "Blog
realizzato con WordPress"); pl-portal-lokalny-ogloszenia 3 left (the two "Ogłoszenia drobne:" ads and
"Pogoda na weekend: przymrozki w nocy"); pl-platforma-blogowa-brawa 2 left ("Tekst tylko dla członków
– przeczytałeś 2 z 3 darmowych tekstów w tym miesiącu" and "Piotr Zawilak · Obserwuj") and 8 lost
(everything after the "Zaloguj się, aby czytać dalej" banner: the subheading "Co straciliśmy", its
three rows, the quote and the three paragraphs after it); ru-telegram-zerkalo 2 left ("👁 12,4K" and
"🔥 214 · 😡 96 · 👍 57") and 2 lost ("Депутаты городской думы потребовали проверить, ..." and
"Прокуратура начала проверку."); ru-razvernutaya-vetka 4 left ("ВеткаЧит — читайте ветки одним
текстом", "Развернуто по просьбе @sergei_p", "Сохранить как PDF · Подписаться на автора" and "Показать
весь твит") and 2 lost ("Ответ из министерства пришёл через месяц и состоял из одной фразы." and "Я
продолжу писать, пока в домах не появится вода."). The failing cases are strict xfails.

Still held out after round 43 (developed on set 44; measured once at 3c1ce72 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 45`` and pytest on
this file): exactly at its baseline — lines 36/45, keep 20/20, pages 0/12 clean, 78 of 240 page noise
lines left, 14 of 132 article lines lost.

Round 44 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 45`` and ``pytest tests/test_clean_held_out_45.py`` at
90a8126 (before) and the round's last commit on branch round44 (after): noise lines 36 -> 45/45
(marker 5 -> 9/9, byline 5 -> 7/7, footer 6 -> 7/7, comments 6 -> 8/8; reading-time 6/6, share 3/3,
notice 4/4 and other 1/1 before and after), pages 0 -> 0/12 clean, page noise lines left 78 -> 78 of
240, article lines lost 14 -> 0 of 132. First the losses, as mechanisms: a paywall notice in a gap
under the body (a member banner, "Zaloguj się, aby czytać dalej", "Tekst dla członków ★") promises
the article goes on, as a continuation marker does; a strip of exactly three short lines between
two parts of the article (none a sentence, none a widget that ends a page) over a full sentence of
the body's length and a second sentence is crossed, its counts and rows of labels going as the
page's (a view count, a reaction row, a "show the whole post" link, a proxy's toolbar line); and in
a gap crossed, a count with a symbol ("♥ 1 204 · 🔁 388") goes, never a date. Then, as classes in
six languages: an ad shortcode with a slot's name after its word ("[adsense_inline slot=...]",
"[banner_top_300x250]") is an ad marker; a content farm's rights-and-removal credit ("Copyright
belongs to the original author. Contact us for removal ...") and an auto-blog's first-seen credit
with a call to follow the link ("First seen on ... – follow the link ...") are source credits; a
site engine (DataLife Engine, DLE, "на движке", "działa na silniku") is a platform credit; "more of
me on my channel" ("Mehr von mir gibt's auf meinem YouTube-Kanal ...") is a channel plug and a
writer's follower count ("Piotr Zawilak ma 2,1 tys. obserwujących") a follow row; an "about me"
header ("Chi sono:", "Über mich:", "O mnie:") opens an author bio; a dated comment row with a like
button before the reply ("... alle 19:03 — Mi piace · Rispondi") and the comment box's moderation
as a noun ("erst nach Freischaltung ... sichtbar") are comments; a platform's member label and an
offer to read without a limit are paywall notices, its picks for the reader ("Polecane dla
Ciebie: ...") and "Guarda anche: ..." related links, its save/share/more row a share widget, an
embedded post's show-it-whole and quoted-post links and a proxy's original-text switch embed
chrome, and a thread's "continues below 👇" a continuation marker. Pages: fr-proxy-traduction 6
left, 2 lost -> 7 left, 0 lost ("Annonce", which the page's tail took with the lost paragraphs, now
stands inside the article); de-lesemodus-export 5 -> 4 (the reader's font-size row);
it-tv-regionale-player 4 -> 3 ("Guarda anche"); pl-platforma-blogowa-brawa 2 left, 8 lost -> 2 left,
0 lost; ru-telegram-zerkalo 2 left, 2 lost -> 4 left, 0 lost (the tip-line "Предложить новость:
@klyukva_bot" and "Запись отредактирована", in the strip that no longer ends the article);
ru-razvernutaya-vetka 4 left, 2 lost -> 3 left, 0 lost. Left: the web archive's banner, capture
lines, saved-page note, menu, date line, sign-up and "Most read" links; the advertorial's
disclosure, partner, offer, slogan, regulatory and share lines; the proxy's toolbar lines, the source
paper's name and menu, "Texte original : ..." and "Annonce"; the mailing-list archive's headers,
quoted lines, reply header, attachment, message links and list footer; the PDF release's
place-and-date line, release note, contact, footer, continuation header, privacy note and web
address; the read-later note, missing-image note, "Weiterlesen im Original" and read-aloud button;
the TV schedule, channel and WhatsApp lines; the councillor's blog name, greeting, tips, office
hours, donation, meeting, Instagram, sign-off, forward, election-message and WordPress lines; the
portal's classifieds and weather teaser; the platform's metered-limit banner and follow row above
the title; the Telegram mirror's view count and reactions above the list (in the head, not in a
gap the body crosses), tip-line and edit note; and the thread reader's name, unrolled-on-request
line and save/follow row (78 lines on 12 pages; the page xfail reasons still describe the lines
left and lost at the baseline). Keep lines 20 -> 20/20.

Round 70: pl-platforma-blogowa-brawa left 2 -> 1 of 20 (page noise lines left 68 -> 67 of 240): the member-only banner
with its free-texts counter and the author follow row now go, but the publication line 'Opublikowano w: Samorząd od
środka', which went before, is left; its page reason is reworded. Pages clean, lines and keep lines unchanged. After round 70, a line class for the publication a post was
published in, with its colon ("Published in: ...", "Opublikowano w: ..."; six languages with near misses,
tests/test_clean.py test_publication_stamp_*), takes that line on its own: the page is clean (0 of 20 left; pages
clean 0 -> 1/12, page noise lines left 67 -> 66 of 240).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_45_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", "[adsense_inline slot=\"mid-2\"]", "marker"),
    ("body", "{{ ad_slot_in_article_3 }}", "marker"),
    ("tail", "Copyright belongs to the original author. Contact us for removal of this content.", "marker"),
    ("tail", "First seen on the Stavelock Packet – follow the link for the full story.", "marker"),
    ("head", "Updated 3 hrs ago | 4 min listen", "reading-time"),
    ("tail", "About the author: Priya Venn covers local government for three regional papers and teaches a night "
             "class on data journalism. She lives in Brindlecombe with two cats.", "byline"),
    ("tail", "Enjoyed this? Tip me on Ko-fi so I can keep going to the council meetings for you.", "byline"),
    ("tail", "Theme: Kelso Lite by Brightfold Themes.", "footer"),
    ("tail", "Powered by Ghost", "footer"),
    ("tail", "14 Responses to “Why the bypass still matters”", "comments"),
    ("tail", "Marcy T. — March 5, 2026 — Like (3) · Reply", "comments"),
    ("tail", "Your email address will not be published. Required fields are marked *", "comments"),
    ("tail", "Send this story to a friend: Messenger · Telegram · SMS", "share"),
    ("head", "This post contains affiliate links; I may earn a small commission at no extra cost to you.", "notice"),
    ("tail", "Posted in Uncategorized | Tagged bypass, council, roads", "other"),
    # French (6)
    ("tail", "Lire la suite de cet article sur le site de L'Éveil d'Ormelac", "marker"),
    ("head", "Lecture : 5 min — Publié il y a 2 heures", "reading-time"),
    ("tail", "À propos de l'auteur : ancien adjoint au maire, Rémi Cassagne anime aujourd'hui des ateliers de prise "
             "de parole en public. Contact : remi@cassagne.example", "byline"),
    ("tail", "Propulsé par Dotclear", "footer"),
    ("tail", "Répondre · J'aime · 2 h", "comments"),
    ("head", "Article réservé aux abonnés — il vous reste 78 % de cet article à lire.", "notice"),
    # German (6)
    ("body", "– Anzeige – Weiterlesen nach der Werbung –", "marker"),
    ("head", "⏱ Lesezeit ca. 6 Minuten · zuletzt aktualisiert vor 2 Std.", "reading-time"),
    ("tail", "Mehr von mir gibt's auf meinem YouTube-Kanal „Rathaus ungeschminkt“ – abonnieren nicht vergessen!",
     "byline"),
    ("tail", "Bereitgestellt von Blogger.", "footer"),
    ("tail", "Hinweis: Kommentare werden erst nach Freischaltung durch die Redaktion sichtbar.", "comments"),
    ("head", "Dieser Beitrag wurde maschinell aus dem Englischen übersetzt.", "notice"),
    # Italian (6)
    ("body", "[banner_top_300x250]", "marker"),
    ("head", "Aggiornato alle 14:32 del 5 marzo 2026", "reading-time"),
    ("tail", "Chi sono: giornalista pubblicista, mi occupo di urbanistica e beni comuni. Mi trovi anche su Telegram.",
     "byline"),
    ("tail", "© 2026 Il Taccuino di Valmeròla — Tutti i diritti riservati | Powered by Blogger", "footer"),
    ("tail", "Marco B. 5 marzo 2026 alle 19:03 — Mi piace · Rispondi", "comments"),
    ("tail", "Condividi su WhatsApp", "share"),
    # Polish (6)
    ("head", "Materiał partnera", "marker"),
    ("head", "Czas czytania: ok. 4 min. | Aktualizacja: 5.03.2026 11:20", "reading-time"),
    ("tail", "Wesprzyj mnie na Patronite – dzięki Tobie ten blog pozostaje niezależny.", "byline"),
    ("tail", "Blog na platformie Blox.pl", "footer"),
    ("tail", "Dodaj komentarz jako gość lub zaloguj się", "comments"),
    ("tail", "Kopiowanie treści bez zgody redakcji zabronione.", "notice"),
    # Russian (6)
    ("body", "Реклама. ООО «Кедровник». ИНН 0000000000. erid: 2VtzqxYZ000", "marker"),
    ("head", "Время прочтения ≈ 3 мин · Обновлено 5.03.2026 в 12:47", "reading-time"),
    ("tail", "Подписывайтесь на мой Telegram-канал «Заметки с окраины» — там всё, что не вошло в текст.", "byline"),
    ("tail", "Сайт работает на движке DataLife Engine", "footer"),
    ("tail", "Комментарии: 27 · Показать ещё", "comments"),
    ("tail", "Поделиться ВКонтакте", "share"),
]

HELD_OUT_45_KEEP: list[tuple[str, str]] = [
    ("body", "Powered by cheap solar panels, the pumping station now runs through the night."),
    ("body", "Reply forms sent to the county in October were never answered, the clerk said."),
    ("body", "Source code for the parking app was handed over to the council in January."),
    ("body", "Like many towns on the estuary, Brindlecombe lost its ferry in the 1990s."),
    ("head", "Theme parks were never part of the original plan, the developer admitted on Tuesday."),
    ("body", "Posted notices on the bridge warned drivers of the closure only two days in advance."),
    ("tail", "Support for the bypass fell to 41 percent in the latest survey of residents."),
    ("body", "Propulsé par la hausse des prix, le chômage partiel revient dans la vallée."),
    ("body", "Répondre aux familles reste la priorité, a insisté la directrice de l'école."),
    ("tail", "Lecture faite du budget, trois conseillers ont quitté la salle."),
    ("body", "Quelle der Zahlen ist ein internes Papier der Stadtwerke."),
    ("body", "Anzeige erstattete die Familie bereits im vergangenen Herbst."),
    ("tail", "Hinweise auf Schimmel gab es in der Turnhalle schon seit Jahren."),
    ("body", "Condividere i costi è l'unica strada, ha spiegato l'assessore al bilancio."),
    ("body", "Aggiornato il progetto, i lavori sulla provinciale partiranno ad aprile."),
    ("tail", "Chi abita in via del Mulino aspetta la fognatura da vent'anni."),
    ("body", "Komentarze radnych były podzielone, ale uchwała ostatecznie przeszła."),
    ("tail", "Czas dojazdu do szpitala wydłużył się w tym roku o kwadrans."),
    ("body", "Реклама на остановках принесла бюджету меньше, чем обещали в мэрии."),
    ("tail", "Подписаться под обращением успели более двух тысяч жителей."),
]


HELD_OUT_45_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-web-archive-snapshot": _page("en", "en-web-archive-snapshot", [
        ["-The Wayback Shelf — 1,482 captures of stavelockpacket.example",
         "-4 Mar 2019 – 11 Feb 2026",
         "-Capture of 05 Mar 2026 14:22:07 (UTC) · Previous capture · Next capture",
         "-This page was saved from the live web. Some images and scripts may not load.",
         "-HOME | NEWS | SPORT | LETTERS | JOBS",
         "-Weather: Stavelock 7°C, showers",
         "-Thursday 5 March 2026 · Today's paper"],
        ["+Stavelock's last swimming pool to close at the end of the month",
         "-By Hal Dunmore, Chief Reporter · Thursday 5 March 2026"],
        ["+The only public swimming pool left in Stavelock will close on 31 March, the town council confirmed "
         "on Wednesday night.",
         "+Councillors said the roof had failed two safety inspections and that repairs would cost more than the "
         "building is worth."],
        ["-Related: Leisure centre fees to rise again",
         "-Sign up to our morning bulletin",
         "-ADVERTISEMENT",
         "-Share on Facebook · Share on X · Email"],
        ["+Who will lose out",
         "+Four primary schools that use the pool for lessons",
         "+The Stavelock Otters swimming club, with 140 members",
         "+Older residents on the subsidised morning sessions"],
        ["+\"We teach three hundred children a year to swim, and now they will have to take a bus to "
         "Brindlecombe,\" said the club's coach, Ruth Allardyce.",
         "+The council said it would fund coach trips for school groups until a new pool is built."],
        ["-Most read: Bin collection days change from April",
         "-Most read: Man rescued from mudflats"],
        ["+No date or site has been agreed for a replacement.",
         "+A public meeting will be held at the town hall on 18 March."],
        ["-Comments (0) — Comments are not available in archived pages",
         "-© Stavelock Packet Ltd 2026",
         "-Privacy | Cookies | Terms",
         "-Report this capture · How to cite this page",
         "-Archived by The Wayback Shelf · Donate to keep the web's memory",
         "-Capture metadata: 200 OK, text/html, 84 KB"],
    ]),
    "en-advertorial-disclosure": _page("en", "en-advertorial-disclosure", [
        ["-PAID PARTNER CONTENT",
         "-This article was produced by the Brindlecombe Gazette's commercial team on behalf of Hollowfen Energy. "
         "It was not written by our journalists.",
         "-Menu · Search · Subscribe",
         "-In association with Hollowfen Energy",
         "-News | Property | Partner content"],
        ["+Why one village chose to heat its homes with the river",
         "-Promoted · 6 min read"],
        ["+For forty years the houses of Lower Quendle were heated by oil delivered by lorry down a single-track "
         "lane.",
         "+Since January, eighty-two of them have drawn their heat from a pump sunk into the river that runs "
         "behind the church."],
        ["-Get a free home heat survey – book in 2 minutes",
         "-Sponsored",
         "-Hollowfen Energy – warmer homes, lower bills"],
        ["+What the scheme includes",
         "+A river-source heat pump in the old mill building",
         "+Two kilometres of insulated pipe under the village lanes",
         "+A meter in every home, read monthly"],
        ["+\"My bills are lower and I no longer listen for the oil lorry in the snow,\" said Maureen Ashby, who has "
         "lived in the village since 1971.",
         "+Residents paid nothing up front; the cost is recovered through the heat tariff over twenty years."],
        ["-Hollowfen Energy is authorised and regulated. Terms apply.",
         "-Find out if your street qualifies",
         "-Advertisement feature",
         "-Share this partner story"],
        ["+Not everyone signed up: nine households kept their boilers.",
         "+The parish council will review the tariff in 2028."],
        ["-More from our partners",
         "-Five ways to cut your winter bills",
         "-Brought to you by Hollowfen Energy",
         "-About partner content | Advertise with us",
         "-© Brindlecombe Gazette 2026",
         "-Back to top",
         "-Your data choices"],
    ]),
    "fr-proxy-traduction": _page("fr", "fr-proxy-traduction", [
        ["-TraduLien — Traduction de la page : allemand → français",
         "-Original | Traduction | Afficher les deux",
         "-Cette page a été traduite automatiquement. Signaler une erreur de traduction",
         "-Désactiver la traduction pour ce site",
         "-Kranzfelder Bote – Lokalnachrichten",
         "-Nachrichten | Region | Sport | Kultur"],
        ["+Le conseil municipal de Kranzfeld renonce au nouveau parking",
         "-Publié le 4 mars 2026 · Politique locale"],
        ["+Le conseil municipal a rejeté mardi soir, par quatorze voix contre neuf, le projet de parking à étages "
         "près de la gare.",
         "+L'opposition reprochait au maire d'avoir sous-estimé le coût et ignoré les commerçants du centre."],
        ["-Lire aussi : le marché de Noël déménage",
         "-Publicité",
         "-Texte original : Stadtrat kippt Parkhaus am Bahnhof"],
        ["+Les raisons du rejet",
         "+Un coût estimé passé de 6 à 9,4 millions d'euros",
         "+Aucune étude sur la circulation dans la vieille ville",
         "+Des places de vélo supprimées pour les travaux"],
        ["+« Nous n'allons pas bétonner la gare pour des voitures qui restent vides la moitié de la semaine », a "
         "déclaré la conseillère Ilse Markwart.",
         "+Le maire a annoncé qu'il présenterait une version plus petite à l'automne."],
        ["-Annonce",
         "-Noter cette traduction : ★★★★☆",
         "-Afficher le texte original de ce paragraphe"],
        ["+Les commerçants, eux, réclament d'abord un meilleur éclairage des rues.",
         "+La prochaine séance aura lieu le 24 mars."],
        ["-Mentions légales (original) · Protection des données (original)",
         "-© Kranzfelder Bote",
         "-Traduit par TraduLien · Conditions d'utilisation",
         "-Partager la traduction",
         "-Retour à la page d'origine",
         "-Traduction automatique – la qualité peut varier",
         "-Installer l'extension TraduLien pour votre navigateur"],
    ]),
    "fr-archive-liste-diffusion": _page("fr", "fr-archive-liste-diffusion", [
        ["-[Vivre-Ormelac] Fwd: La lettre du collectif n°37",
         "-De : Claudine Ferrand <claudine.f@ormelac.example>",
         "-Date : jeu. 5 mars 2026 08:14",
         "-À : vivre-ormelac@listes.example",
         "-Messages triés par : [ date ] [ fil ] [ sujet ] [ auteur ]",
         "->> ---------- Message transféré ---------"],
        ["+L'école de la Treille restera ouverte l'an prochain",
         "->> Bonjour à toutes et à tous, je vous transfère la lettre, à faire circuler !"],
        ["+L'inspection académique a renoncé à fermer la classe unique de l'école de la Treille, à "
         "Ormelac-les-Vignes.",
         "+La décision a été annoncée aux parents lundi, après trois mois de mobilisation."],
        ["->> Claudine",
         "-Le 4 mars 2026 à 21:30, Collectif Treille <contact@treille.example> a écrit :"],
        ["+Ce que nous avons obtenu",
         "+Le maintien du poste d'enseignante jusqu'en 2027",
         "+Le ramassage scolaire rétabli le mercredi",
         "+Une réunion annuelle avec l'inspection"],
        ["+« Une école de dix-neuf élèves, c'est un village qui reste vivant », a écrit la directrice, Anne "
         "Moreuil, dans une lettre aux familles.",
         "+Les parents avaient occupé l'école deux matinées en février."],
        ["-Pièce jointe : lettre37.pdf (212 Ko)",
         "-Message précédent : Re: covoiturage marché",
         "->> --",
         "->> Collectif Treille – pour une école au village"],
        ["+Le collectif reste vigilant pour la rentrée suivante.",
         "+Une fête est prévue le 11 avril dans la cour de l'école."],
        ["-_______________________________________________",
         "-Liste de diffusion Vivre-Ormelac",
         "-Pour vous désinscrire : vivre-ormelac-leave@listes.example",
         "-Archives : https://listes.example/arc/vivre-ormelac",
         "-Hébergé par listes.example – Sympa",
         "-Pour écrire à la liste : vivre-ormelac@listes.example",
         "-Message suivant : Re: [Vivre-Ormelac] Fwd: La lettre du collectif n°37"],
    ]),
    "de-pressemitteilung-pdf": _page("de", "de-pressemitteilung-pdf", [
        ["-Bürgerliste Wendelsheide · Fraktion im Kreistag",
         "-PRESSEMITTEILUNG",
         "-Seite 1 von 2",
         "-Wendelsheide, 5. März 2026",
         "-Sperrfrist: 5. März 2026, 12:00 Uhr",
         "-Zur sofortigen Veröffentlichung nach Ablauf der Sperrfrist"],
        ["+Kreis soll Buslinie 47 nicht streichen",
         "-Ansprechpartner: Tobias Renneberg, Pressesprecher, Tel. 00000 000000"],
        ["+Die Bürgerliste fordert den Kreistag auf, die geplante Streichung der Buslinie 47 zurückzunehmen.",
         "+Die Linie verbindet sechs Dörfer mit dem Gymnasium und dem Kreiskrankenhaus."],
        ["-Bürgerliste Wendelsheide – Marktstraße 0 – 00000 Wendelsheide",
         "-Seite 2 von 2",
         "-PRESSEMITTEILUNG (Fortsetzung)"],
        ["+Unsere Forderungen",
         "+Erhalt des Stundentakts an Schultagen",
         "+Ein Rufbus am Abend und am Wochenende",
         "+Offenlegung der Fahrgastzahlen seit 2022"],
        ["+„Wer die 47 streicht, schneidet das halbe Hochtal vom Krankenhaus ab“, sagte Fraktionschefin Marlene "
         "Högerl.",
         "+Der Kreisausschuss berät am 12. März über den Nahverkehrsplan."],
        ["-Bitte beachten Sie unsere Datenschutzhinweise.",
         "-www.buergerliste-wendelsheide.example",
         "-Folgen Sie uns auf Facebook und Instagram"],
        ["+Die Fraktion kündigte an, Unterschriften in allen sechs Dörfern zu sammeln.",
         "+Die Verwaltung hatte die Streichung mit sinkenden Fahrgastzahlen begründet."],
        ["-– Ende der Pressemitteilung –",
         "-Zeichen: 1.412",
         "-Fotos zur honorarfreien Verwendung auf Anfrage",
         "-V.i.S.d.P.: Marlene Högerl",
         "-Diese Mitteilung wurde aus einer PDF-Datei umgewandelt.",
         "-Als PDF herunterladen (86 KB)",
         "-presse@buergerliste-wendelsheide.example · Seite 2"],
    ]),
    "de-lesemodus-export": _page("de", "de-lesemodus-export", [
        ["-Später lesen · Gespeichert am 05.03.2026 um 07:41",
         "-Quelle: tagblatt-hochtal.example",
         "-Originalartikel öffnen",
         "-Geschätzte Lesedauer: 4–5 Minuten",
         "-Markierungen: 0 · Notizen: 0",
         "-Dieser Artikel ist in Ihrer Leseliste",
         "-Aus dem Artikel entfernt: 3 Bilder, 2 Anzeigen"],
        ["+Bauhof in Pflugsried: Gemeinden wollen sich Maschinen teilen",
         "-Von Sabine Oltrogge"],
        ["+Drei Gemeinden im oberen Tal wollen ihre Bauhöfe zusammenlegen und Räumfahrzeuge gemeinsam nutzen.",
         "+Ein Gutachten hatte ergeben, dass die Fahrzeuge die meiste Zeit des Jahres stillstehen."],
        ["-[Bild: Räumfahrzeug vor dem Bauhof – Bild nicht gespeichert]",
         "-Anzeige wurde beim Speichern entfernt"],
        ["+Was geplant ist",
         "+Ein gemeinsamer Bauhof am Ortsrand von Pflugsried",
         "+Zwei statt fünf Räumfahrzeuge",
         "+Ein gemeinsamer Einsatzplan für den Winterdienst"],
        ["+„Wir zahlen heute dreimal für dieselbe Arbeit“, sagte Bürgermeister Veit Dornacher.",
         "+Die Gemeinderäte sollen im April abstimmen."],
        ["-Weiterlesen im Original: Kommentar zum Bauhof",
         "-Lesemodus: Schriftgröße A− A+ · Hell / Dunkel",
         "-Vorlesen lassen ▶"],
        ["+Kritik kommt von den Bauhof-Mitarbeitern, die längere Anfahrtswege fürchten.",
         "+Stellen sollen nach Angaben der Gemeinden nicht wegfallen."],
        ["-Gespeichert mit LeseFach",
         "-In Ordner verschieben · Archivieren · Löschen",
         "-Exportiert als Text am 05.03.2026",
         "-Tags: keine",
         "-LeseFach Premium: unbegrenzte Markierungen",
         "-Feedback zum Lesemodus senden",
         "-© der Originaltext liegt beim Verlag"],
    ]),
    "it-tv-regionale-player": _page("it", "it-tv-regionale-player", [
        ["-TeleValmeròla — Il canale del tuo territorio",
         "-Diretta TV · TG · Programmi · Meteo",
         "-▶ Guarda il servizio (1:48)",
         "-Il video inizierà tra 5 secondi – Salta pubblicità",
         "-00:00 / 01:48 · HD · Sottotitoli · Schermo intero"],
        ["+Borgofiasco, la frana chiude la strada per la frazione alta",
         "-TG delle 19:30 · 5 marzo 2026"],
        ["+Una frana caduta nella notte ha chiuso l'unica strada che collega Borgofiasco alla sua frazione alta.",
         "+Sessanta residenti, tra cui molti anziani, sono raggiungibili solo a piedi da un sentiero nel bosco."],
        ["-Guarda anche: il maltempo nelle valli",
         "-Pubblicità",
         "-Iscriviti al nostro canale YouTube"],
        ["+Cosa è stato deciso",
         "+Un servizio di navetta fino al punto della frana",
         "+Consegna dei farmaci a domicilio con i volontari",
         "+Lavori di sgombero a partire da lunedì"],
        ["+«Ci avevano detto che il versante era sotto controllo», ha detto Gemma Ranzoni, che vive nella "
         "frazione da cinquant'anni.",
         "+Il sindaco ha chiesto alla Regione lo stato di emergenza."],
        ["-Stasera in onda: 20:30 Valli e Sapori · 21:15 Il Punto",
         "-Segui la diretta sul canale 87 del digitale terrestre",
         "-Invia la tua segnalazione alla redazione su WhatsApp"],
        ["+Secondo i geologi, la strada potrebbe restare chiusa per almeno tre settimane.",
         "+Le scuole hanno organizzato lezioni a distanza per i ragazzi della frazione."],
        ["-Palinsesto di domani",
         "-07:00 Buongiorno Valle",
         "-13:30 TG Valmeròla",
         "-Scarica l'app TeleValmeròla",
         "-TeleValmeròla S.r.l. – P.IVA 00000000000",
         "-Privacy · Cookie · Contatti",
         "-Condividi il servizio",
         "-Tag: frana, viabilità, Borgofiasco"],
    ]),
    "it-newsletter-consigliere": _page("it", "it-newsletter-consigliere", [
        ["-Il blog di Lorenzo Fadigati – Consigliere comunale",
         "-Home · Chi sono · Le mie proposte · Newsletter · Contatti",
         "-Newsletter n. 42 – marzo 2026",
         "-Ricevi la newsletter via e-mail: iscriviti qui",
         "-Ciao a tutti, ecco le notizie del mese dal consiglio comunale!",
         "-Tempo di lettura: 3 minuti"],
        ["+Piazza del Mercato, il parcheggio diventa un giardino",
         "-Scritto da Lorenzo · 5 marzo 2026 · 0 commenti"],
        ["+Il consiglio comunale ha approvato lunedì il progetto che trasforma il parcheggio di piazza del Mercato "
         "in un giardino pubblico.",
         "+I quaranta posti auto saranno spostati nell'area dell'ex consorzio agrario."],
        ["-Hai una segnalazione? Scrivimi!",
         "-Il mio ufficio è aperto il sabato mattina in municipio"],
        ["+Cosa prevede il progetto",
         "+Trenta alberi e un'area giochi",
         "+Una fontana con acqua potabile",
         "+Panchine e illuminazione a basso consumo"],
        ["+«I bambini della piazza finalmente avranno un posto dove giocare senza auto», ha detto l'assessora "
         "Chiara Benvegnù.",
         "+I lavori dovrebbero iniziare a giugno e durare cinque mesi."],
        ["-Sostieni la mia attività di consigliere: dona al gruppo civico",
         "-Prossimo appuntamento: assemblea pubblica giovedì 12 alle 21",
         "-Seguimi su Instagram"],
        ["+I commercianti hanno chiesto che i lavori non coincidano con la fiera d'autunno.",
         "+Il comune ha promesso un incontro con loro entro marzo."],
        ["-Alla prossima newsletter!",
         "-Lorenzo",
         "-Inoltra questa newsletter a un amico",
         "-Hai ricevuto questa e-mail perché sei iscritto alla newsletter. Cancellati",
         "-Messaggio politico elettorale – committente: Lorenzo Fadigati",
         "-Condividi su Facebook",
         "-Archivio newsletter",
         "-Blog realizzato con WordPress"],
    ]),
    "pl-portal-lokalny-ogloszenia": _page("pl", "pl-portal-lokalny-ogloszenia", [
        ["-Wrzosołęg24 – portal mieszkańców",
         "-Pogoda: 4°C, zachmurzenie · Jutro: 6°C",
         "-Kursy walut: EUR 4,31 · USD 3,97",
         "-Wiadomości · Sport · Ogłoszenia · Nekrologi · Praca",
         "-Dodaj ogłoszenie za darmo!",
         "-Imieniny: Adriana, Fryderyka",
         "-Czwartek, 5 marca 2026"],
        ["+Wrzosołęg: przychodnia na Lipowej zamknięta do odwołania",
         "-Redakcja · 05.03.2026, 09:15 · 1 234 wyświetleń"],
        ["+Przychodnia przy ulicy Lipowej została w środę zamknięta z powodu awarii instalacji grzewczej.",
         "+Pacjenci muszą jeździć do ośrodka w sąsiedniej gminie, oddalonego o czternaście kilometrów."],
        ["-Ogłoszenia drobne: Sprzedam drewno kominkowe, tel. 000 000 000",
         "-Ogłoszenia drobne: Kupię mieszkanie 2-pokojowe, gotówka",
         "-Reklama"],
        ["+Co zmienia się dla pacjentów",
         "+Wizyty przeniesione do ośrodka w Modrzejowicach Górnych",
         "+Bezpłatny bus dwa razy dziennie spod urzędu",
         "+Recepty wystawiane przez telefon"],
        ["+– Staram się, ale trzy godziny w busie z chorym dzieckiem to za dużo – mówi pani Halina z osiedla "
         "Słoneczny Stok.",
         "+Wójt zapewnia, że naprawa potrwa najwyżej miesiąc."],
        ["-Zobacz też: Nowe rondo przy szkole już otwarte",
         "-Pogoda na weekend: przymrozki w nocy",
         "-Udostępnij na Facebooku"],
        ["+Radni opozycji pytają, dlaczego instalacji nie wymieniono przy remoncie w 2023 roku.",
         "+Sprawą ma się zająć komisja rewizyjna."],
        ["-Komentarze (12) – zaloguj się, aby skomentować",
         "-Wrzosołęg24 na Facebooku",
         "-Regulamin · Polityka prywatności · Kontakt z redakcją",
         "-Copyright © 2026 Wrzosołęg24",
         "-Apteka dyżurna: Apteka Pod Lipami, ul. Rynek 0",
         "-Ogłoszenia drobne: Zatrudnię kierowcę kat. C"],
    ]),
    "pl-platforma-blogowa-brawa": _page("pl", "pl-platforma-blogowa-brawa", [
        ["-Tekst tylko dla członków – przeczytałeś 2 z 3 darmowych tekstów w tym miesiącu",
         "-Zostań członkiem za 19 zł miesięcznie",
         "-Piotr Zawilak · Obserwuj",
         "-7 min czytania · 4 dni temu",
         "-Opublikowano w: Samorząd od środka"],
        ["+Dlaczego nasza gmina przegrała z autostradą",
         "-👏 312 · 💬 18"],
        ["+Kiedy w 2019 roku ogłoszono przebieg nowej autostrady, nikt w gminie nie zapytał mieszkańców o zdanie.",
         "+Siedem lat później przez środek wsi Głogołęka przebiega ekran akustyczny wysoki na sześć metrów."],
        ["-Zaloguj się, aby czytać dalej",
         "-Polecane dla Ciebie: 5 błędów samorządów"],
        ["+Co straciliśmy",
         "+Drogę do szkoły, która dziś prowadzi przez wiadukt",
         "+Dwa gospodarstwa i sad",
         "+Przystanek autobusowy przy kościele"],
        ["+– Obiecano nam tunel dla pieszych, a dostaliśmy kładkę bez windy – mówi sołtyska Wiesława Krupa.",
         "+Gmina dostała za to rekompensatę, której nikt nie widział w budżecie."],
        ["-Zapisz · Udostępnij · Więcej",
         "-Piotr Zawilak ma 2,1 tys. obserwujących",
         "-Tekst dla członków ★",
         "-Przeczytaj bez limitu – wypróbuj za 0 zł"],
        ["+Nie piszę tego, żeby kogoś oskarżać, tylko żeby następna gmina zapytała ludzi wcześniej.",
         "+Dokumenty, o których piszę, są dostępne w biuletynie informacji publicznej."],
        ["-👏 Bij brawo, jeśli tekst był przydatny",
         "-Więcej od autora",
         "-Odpowiedzi (18)",
         "-Najlepsze odpowiedzi · Najnowsze",
         "-Pomoc · Status · O nas · Regulamin",
         "-Więcej z Samorząd od środka",
         "-Pisz na platformie – załóż konto",
         "-Napisz odpowiedź…"],
    ]),
    "ru-telegram-zerkalo": _page("ru", "ru-telegram-zerkalo", [
        ["-Telegram-канал «Клюквинск сейчас» · 48 312 подписчиков",
         "-Открыть в Telegram",
         "-Переслано из: Верхнеклюквинский вестник",
         "-5 мар 2026, 10:14",
         "-Канал в каталоге: Новости · Регионы"],
        ["+В Верхнеклюквинске закрыли единственный мост через Светлянку",
         "-#новости #транспорт"],
        ["+Мост через реку Светлянку закрыт для машин после того, как в опоре нашли трещину.",
         "+Жители заречной части города теперь добираются до центра в объезд, это почти сорок километров."],
        ["-👁 12,4K",
         "-🔥 214 · 😡 96 · 👍 57"],
        ["+Что предлагает администрация",
         "+Пешеходный проход по мосту с 6:00 до 22:00",
         "+Дополнительный автобус через соседний район",
         "+Бесплатный паром в дневное время"],
        ["+«Мы писали про эту трещину ещё два года назад, и нам отвечали, что всё в норме», — рассказала жительница "
         "Заречья Алевтина Сорокоумова.",
         "+Ремонт, по словам чиновников, займёт не меньше полугода."],
        ["-Реклама в канале: @klyukva_ads",
         "-Предложить новость: @klyukva_bot",
         "-Запись отредактирована"],
        ["+Депутаты городской думы потребовали проверить, куда ушли деньги на обследование моста.",
         "+Прокуратура начала проверку."],
        ["-Комментарии 143",
         "-Поделиться",
         "-Подписаться на канал",
         "-Предыдущий пост · Следующий пост",
         "-Веб-зеркало каналов Telegram · Мы не связаны с Telegram",
         "-Пожаловаться на пост",
         "-Просмотров за сутки: 12 416",
         "-Похожие каналы",
         "-Все посты канала за март 2026"],
    ]),
    "ru-razvernutaya-vetka": _page("ru", "ru-razvernutaya-vetka", [
        ["-ВеткаЧит — читайте ветки одним текстом",
         "-Ветка от @nadya_kedr · 17 твитов",
         "-Развернуто по просьбе @sergei_p",
         "-Сохранить как PDF · Подписаться на автора",
         "-Время чтения: 4 минуты"],
        ["+Почему в Кедрогорье третью зиму нет горячей воды",
         "-1/17 🧵"],
        ["+Третью зиму подряд в микрорайоне Сосновый горячая вода бывает только по выходным.",
         "+Управляющая компания каждый раз объясняет это аварией на трубе, которая тянется от котельной."],
        ["-Показать весь твит",
         "-Реклама · Скрыть"],
        ["+Что я нашла в документах",
         "+Трубу меняли на бумаге в 2021 году",
         "+Котельную передали частной фирме без конкурса",
         "+Тариф за два года вырос на треть"],
        ["+«Нам сказали, что труба новая, но я своими глазами видела ржавчину на раскопке», — пишет соседка, "
         "Валентина Корчагина.",
         "+Жители собрали подписи и отправили их в областное министерство."],
        ["-Продолжение ветки ниже 👇",
         "-♥ 1 204 · 🔁 388",
         "-Развернуть цитируемый твит"],
        ["+Ответ из министерства пришёл через месяц и состоял из одной фразы.",
         "+Я продолжу писать, пока в домах не появится вода."],
        ["-17/17",
         "-Оригинальная ветка",
         "-Понравилась ветка? Поддержите ВеткаЧит",
         "-Другие ветки автора",
         "-ВеткаЧит не связан с соцсетью, откуда взята ветка",
         "-Помощь · Конфиденциальность",
         "-Спасибо, что читаете!",
         "-Ветки дня",
         "-© ВеткаЧит, 2026"],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    'en-web-archive-snapshot':
        "the web archive's banner, capture range, capture line and saved-page note, the paper's menu and date line above the title are left (6 of 20 noise lines; the bulletin sign-up goes since round 54, the two 'Most read' links between the paragraphs since round 63)",
    'en-advertorial-disclosure':
        "the advertorial's commercial-team disclosure and 'In association with' line above the title, the heat-survey offer, the regulatory line, 'Find out if your street qualifies' and 'Share this partner story' between the paragraphs are left (6 of 20 noise lines; the sponsor slogan under its label goes since round 117)",
    'fr-proxy-traduction':
        "the translation proxy's three toolbar lines above the title and the original-title line are left (4 of 20 noise lines; since round 44, no article line lost; the source paper's name and menu go since round 58, the lone 'Annonce' since round 57)",
    'fr-archive-liste-diffusion':
        "the mailing-list archive's subject, sender and sort lines, the forwarding note, quoted signature and reply header, the attachment and previous-message links and the list footer are left (17 of 20 noise lines)",
    'de-pressemitteilung-pdf':
        "the press release's place-and-date line, release note and press contact above the title and its PDF page footer, continuation header, privacy note and web address between the paragraphs are left (7 of 20 noise lines)",
    'de-lesemodus-export':
        "the read-later export's reading-list note above the title and its missing-image note, 'Weiterlesen im Original' link, font-size controls and read-aloud button between the paragraphs are left (5 of 20 noise lines)",
    'it-tv-regionale-player':
        "the TV station's 'Guarda anche' link, evening schedule, channel line and WhatsApp tips call between the paragraphs are left (4 of 20 noise lines)",
    'it-newsletter-consigliere':
        "the councillor's blog name and newsletter greeting above the title, his tips, office-hours and donation lines between the paragraphs and the sign-off and forward link at the foot are left (8 of 20 noise lines; the meeting line goes since round 45, the Instagram line since round 63, the election-message credit and WordPress credit since session 29's second-opinion bar)",
    'pl-portal-lokalny-ogloszenia':
        "the local portal's two classified ads and weekend-weather teaser between the paragraphs are left (3 of 20 noise lines)",
    'ru-telegram-zerkalo':
        "the mirrored Telegram post's tip-line handle and 'Запись отредактирована' are left (2 of 20 noise lines; since round 44 no article line lost, since round 45 the view count and reaction row go)",
    'ru-razvernutaya-vetka':
        ("the thread reader's name, unrolled-on-request line and save/follow row above the title are left (3 of 20 "
         "noise lines; since round 44, no article line lost); since round 128 'ВеткаЧит — читайте ветки одним "
         "текстом' goes, 2 of 20 noise lines left"),
}


test_held_out_45_line, test_held_out_45_line_is_kept, test_held_out_45_page = held_out_tests(
    HELD_OUT_45_LINES, HELD_OUT_45_KEEP, HELD_OUT_45_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
