"""Held-out set 40: written blind, weighted toward whole scraped pages in news-like layouts (an e-mail
newsletter's web version, a forum thread, a city hall's and a ministry's press releases, an AMP page, a
regional TV station's video story, a university press release, a party statement, a news aggregator's
article view, a Medium-like and a Substack-like post, a Telegram channel's web preview) that set 39's
docstring and page names do not use, and toward noise-line kinds set 39's docstring does not name.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 39) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 39, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script that found the ``_marks`` function node and printed
from its line to the end of the file; the helpers ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict of
three file names; and scripts/clean_held_out_report.py (in full, with ``cat``). The layouts were
picked from the brief's list of ideas; the page dict is built as set 39 builds it,
``{case.name: (lang, case) for lang, case in [_page(...), ...]}``. Slips and notes: (1) to print the
helpers with ``inspect.getsource``, tests/test_clean.py and tests/noisy_corpus.py were imported with
PYTHONPATH=/work/main/src, which imports the cleaner's modules; nothing was run through the cleaner
then and none of its source was read. (2) The ``git worktree add`` commands were run with their output
discarded; ``git worktree list`` showed the names of two other worktrees, which were not looked at.
Main moved from d6d43c1 (when this set was started) to 2feb2a4 (a commit by someone else) before the
frozen worktree was made; the set was measured at 2feb2a4. (3) Before the measurement the draft lists
and pages were executed from a scratch folder (/tmp/s40) with a stand-in ``page_from_blocks`` that
only counted lines (no case was run through the cleaner); after that count one article paragraph was
added to eleven pages and 1 to 6 noise lines to all but one, still before the measurement, to bring
every page to 10 article and 20 or 21 noise lines (and two noise lines repeated within a page were
made distinct); a stand-in check that no noise line is a
substring of an article line then found the Italian party's name heading inside its first paragraph,
so the heading was changed to "MCV · Movimento Civico Valmarengo" (before the measurement). (4) The
measuring pytest run (``-rA``) was piped to ``grep`` for its FAILED lines and summary, so no
tracebacks were seen; the problems of the nine failing lines and ten failing pages were then read out
once with ``_problems`` in the frozen worktree, to write the xfail reasons. (5) Invented names were
checked, before the measurement, against the public code search of the helper's tools (exact-string
search over public GitHub files) and my own memory of towns; no gazetteer was available, so this is
not a proof that they do not exist: Fennisgate, Ferlandières, Ormandières, Fraxlingen, Valmarengo,
Monteferlano, Wrzosogród, Lipna Dolina, Тихозерск and Кедроград had no hits, Orlbury only one inside a
base64 blob and Quellbrück only as the word "Quellbrücke"; Jarzębinowo was dropped (Jarzębinowa is a
common Polish street name); before the measurement "pont de la Gravelle" became "pont du Lavoir" (La
Gravelle is a French commune), the bus stops «Кордон», «Сосновый Лог» and «Поворот на Ключи» became
«Пилорама», «Старая ферма» and «Поворот на питомник» (village names of that shape exist), the
frazioni Poggio Alto and Cà dei Merli and the peak "Sasso Grigio" were removed, the cinema "Polonez"
became "Wrzos" and the web agency "Pixelune" "Brindelune". The streets are generic names found in many
real towns (Farrier Lane, Tolley Street, Millrace Road, Quay Steps, rue des Tanneurs, rue des Moulins,
boulevard de la Gare, place de la Halle, place du Marché, Mühlenstraße, улицы Речная, Заводская,
Лесная, Сосновая); "RTF" was also the initials of France's broadcaster of the 1950s, and other names
(Letterwick, TalkHearth, NotiziePiù, Quayside Kayak Hire, Agence Brindelune, Kino Wrzos, «Пиксельный
лес», the people) may coincide with real ones. (6) Some noise lines name real things, as real pages do:
Google News, Google Actualités, WhatsApp, Telegram, Facebook, Instagram, X, Bluesky, LinkedIn,
Mastodon, ВКонтакте, Одноклассники, Android and iOS, and real formats (French accessibility
statement, Italian codice fiscale and "Committente responsabile", Russian anti-corruption link);
phone numbers are zero-filled and the ministry's e-mail uses an .example domain. Nothing below was
copied from any file of the repository. The kinds set 39's docstring names as its own or earlier sets'
(live-coverage, audio, podcast, video and infographic labels, sponsored/partner markers, "Editor's
Pick", one-word kickers, "Story by" and "di" bylines, club bylines, metered-paywall, JavaScript,
log-in and outdated-browser notices, legal-links rows, copyright lines, legal footers with registry
numbers, newsroom-contact and ownership footers, "Copy link", "Udostępnij", "Send this article to a
friend", "Sign in to join the conversation", "Lascia un commento", "Skip to main content", related
links, breadcrumbs, the other notes it lists) were not reused as noise lines: the markers are
exclusive and breaking-news flags ("EXCLUSIVE:", "BREAKING —", "EXCLUSIF –", "EILMELDUNG +++",
"PILNE |", "СРОЧНО |"); the reading times are "3-minute read", "Lecture 3 min", "⏱ 4 Min.",
"Przeczytasz w 4 minuty" and "~5 мин" (set 39's docstring does not quote its reading-time shapes, so
these could only be checked against the brief's list of unused shapes); the bylines are "Words by ·
Pictures by", "Reporting by ...; Editing by ...", "Aus dem Newsroom:", "Redazione <paper>",
"Opracowanie:" and "Подготовила"; the footers are e-mail newsletter footers (unsubscribe and
preferences, forwarded-email sign-up, "you are receiving this" notes); the comments lines are
comments-loading placeholders, a report-comment row and a show-more-comments button; the share lines
are follow-us-on-Google-News, WhatsApp-group and Telegram-channel invitations and a bookmark button;
the notices are push-notification prompts and a lighter-version/full-site note; the "other" lines are
a star rating, a poll prompt, app-download prompts, a most-read rail heading, a pagination line and a
language switcher. The set was measured once against a frozen cleaner (worktree /tmp/wt-s40 at commit
2feb2a4) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.
scripts/clean_held_out_report.py needed no change: it finds a set by its number, so ``--sets 40``
works as it is.

Judgement calls: the keep lines opening with "Follow the money", "Breaking the deadlock", "Reporting
restrictions", "Loading bays", "Join the two cycle paths", "Poll workers", "Rate rises", "Lecture faite
du rapport", "Chargement et déchargement", "Suivez la rivière", "Aus dem Rathaus", "Artikel 14 der
Satzung", "Sie erhalten den Zuschuss", "Mostra di ceramiche", "Scaricare rifiuti", "Attiva da
vent'anni", "Pilne naprawy", "Opracowanie planu", "Срочно отремонтировать" and "Подготовка к
отопительному сезону" are article sentences; "Redazione Gazzetta di Monteferlano" is a byline;
"Forwarded this email? ..." and the "Unsubscribe | ..." row are footers; "Artikel merken" is share;
"You're viewing a lighter version of this page. View the full site" is a notice; the app-download
prompts, "I più letti", "Strona 2 z 3 · Następna strona »" and the language switcher are "other". On
every page the title, the subheading, its list or table-like rows, the quote and the paragraphs
around them are article; site, newsletter, channel, party, university and ministry names, menus,
search and log-in links, section labels ("Communiqué de presse", "Comunicati stampa", "Пресс-релиз",
"Société"), datelines and post dates, bylines and credits lines, reading times, view, reaction and clap
counts, photo captions and photo credits, download, print, share, save and follow buttons, sponsor,
membership, donation, petition and subscription prompts, the newsletter's "In this issue" teaser and
rating row, the forum's user panel and the replies, the Telegram channel's previous and next posts,
the aggregator's "Notizie principali" rail with its four headlines, "Mehr zum Thema" and "À lire
aussi" links, the university's "Über die TH Quellbrück" boilerplate, contacts, addresses, opening
hours, tags, legal and accessibility links, cookie lines, copyright and back-to-top links are noise.
The rows: in en-newsletter-web-version "What happens next" with three "month: step" rows; in
en-forum-thread-first-post "New charges from April" with three "plot: charge" rows; in
fr-mairie-communique "Le calendrier des travaux" with three "Du ... au ... : work" rows; in
fr-page-amp "Ce que l'on trouve en rayon" with three rows; in de-regionalsender-video "So geht es
weiter" with three "when: step" rows; in de-hochschule-pressemitteilung "Ergebnisse des
Feldversuchs" with three "crop: saving" rows; in it-partito-comunicato "Le nostre proposte" with three
rows; in it-aggregatore-notizie "Orari e tariffe" with three "label: value" rows; in
pl-platforma-blogowa-wpis "Co udało się zrobić w pierwszym roku" with three rows; in
pl-newsletter-wpis "Nowe godziny otwarcia" with three "days: hours" rows; in ru-telegram-kanal-web
"Что будут принимать" with three ";" rows; in ru-ministerstvo-press-reliz "Где появятся павильоны"
with three "stop — kilometre" rows; all of them are article.

Contents: 45 noise lines (marker 6, reading-time 5, byline 6, footer 4, comments 6, share 7, notice
4, other 7; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3,
pl 2, ru 2), 12 pages with 241 noise lines (20 a page, 21 on fr-mairie-communique) and 120 article
lines (10 a page): en-newsletter-web-version (a town e-mail newsletter's web version about a ferry
slipway), en-forum-thread-first-post (an allotment forum thread whose first post is the water-meter
news and whose replies are noise), fr-mairie-communique (a city hall's press release on bridge works),
fr-page-amp (a regional paper's AMP page on a village shop reopened by a cooperative),
de-regionalsender-video (a regional TV station's web story around a video player, on a footbridge to
be demolished), de-hochschule-pressemitteilung (a university's press release on a soil sensor),
it-partito-comunicato (a civic party's statement on the school bus), it-aggregatore-notizie (a news
aggregator's article view with a "Notizie principali" rail, on a cable car), pl-platforma-blogowa-wpis
(a Medium-like post with claps and follow buttons, on a rescued cinema), pl-newsletter-wpis (a
Substack-like newsletter post on library opening hours), ru-telegram-kanal-web (a Telegram channel's
web preview, on a recycling point), ru-ministerstvo-press-reliz (a regional ministry's press release
on bus shelters); every page holds a title, a subheading with list or table-like rows, a quote in the
article and noise above the title, between the paragraphs and at the foot.

Baseline (2026-12-03, cleaner at commit 2feb2a4, measured with
``cd /tmp/wt-s40 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s40/src python -m pytest
-q tests/test_clean_held_out_40.py -rA -p no:cacheprovider`` (19 failed, 58 passed) and
``cd /tmp/wt-s40 && PYTHONPATH=/tmp/wt-s40/src python scripts/clean_held_out_report.py --sets 40``,
with the xfail tables empty): noise lines removed 36/45 (marker 3/6, reading-time 5/5, byline 5/6,
footer 4/4, comments 5/6, share 7/7, notice 1/4, other 6/7; missed, all kept as paragraphs: the
English marker "EXCLUSIVE: Harbour trust drops its plan to sell the old ferry slipway", the French
marker "EXCLUSIF – Le syndicat des eaux renonce à la hausse de ses tarifs", the German marker
"EILMELDUNG +++ Stromausfall im gesamten Stadtgebiet +++", the German byline "Aus dem Newsroom: Jana
Wölfering und Till Ambrosch", the French comments placeholder "Chargement des commentaires…", the
push-notification prompts "Enable notifications to get breaking news as it happens. Not now |
Allow", "Push-Benachrichtigungen aktivieren und keine Eilmeldung mehr verpassen" and "Attiva le
notifiche per ricevere le ultime notizie", and the Polish pagination line "Strona 2 z 3 · Następna
strona »"); keep lines kept 20/20; pages 2/12 clean (en-forum-thread-first-post, fr-page-amp), 29 of
241 page noise lines left and 23 of 120 article lines lost: en-newsletter-web-version 12 of 20 left
(the "In this issue" line, the address-book note, the sponsor and members lines, the rating row, the
reply invitation, the forwarded note, the credits line, the signed-up note, the archive and referral
lines and "Sent with Letterwick"); fr-mairie-communique 1 of 21 left (the dateline "Ferlandières, le
12 novembre 2026") and 6 of 10 article lines lost (the mayor's quote, "Le calendrier des travaux",
its three rows and the footbridge paragraph, all after the download/share/print block);
de-regionalsender-video 1 left ("Sendung verpasst? Alle Beiträge in der Mediathek");
de-hochschule-pressemitteilung 1 left ("Pressefoto herunterladen (JPG, 3,1 MB)");
it-partito-comunicato 4 left (the party's name, "Comunicati stampa", the donate and the petition
buttons); it-aggregatore-notizie 6 left ("Apri l'articolo sul sito della fonte" and the "Notizie
principali" rail, heading and four headlines); pl-platforma-blogowa-wpis 0 left and 5 lost (the
heading "Co udało się zrobić w pierwszym roku", its three rows and the closing paragraph, after the
members/save/photo block); pl-newsletter-wpis 2 left (the newsletter's and the author's names) and 6
lost ("Nowe godziny otwarcia", its three rows, the quote and the petition paragraph, after the
subscribe block); ru-telegram-kanal-web 2 left (the "Вы можете посмотреть и поделиться этим постом
..." note and the previous post "Вчера жители улицы Речной ..."); ru-ministerstvo-press-reliz 0 left
and 6 lost (the deputy minister's quote, "Где появятся павильоны", its three rows and the cost
paragraph, after the photo/print/share block). The failing cases are strict xfails.

Still held out after round 38 (developed on set 39; measured once at fc05968 with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 40`` and pytest on
this file): exactly at its baseline (lines 36/45, keep 20/20, pages 2/12 clean, 29 of 241 page noise
lines left, 23 article lines lost).

Round 39 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 40`` and ``pytest tests/test_clean_held_out_40.py`` at
6071592 (before) and the round's last commit on branch round39 (after): noise lines 36 -> 45/45
(marker 3 -> 6/6, byline 5 -> 6/6, comments 5 -> 6/6, notice 1 -> 4/4, other 6 -> 7/7), pages 2 ->
12/12 clean, page noise lines left 29 -> 0 of 241, as classes in six languages: a block of the page's
tools inside the article (a download, share and print row, a picture's credit, a membership offer
with a save row, a subscribe box, donate and petition buttons) ended the article, the rest going as
the page's tail; the article now goes on under such a block when a paragraph of its own follows
(quoted speech's "we" and "I" are the speaker's), or a subheading over its rows and such a
paragraph, and past other tools than a share row only when that part is quoted speech or two
paragraphs (an author's bio under the block still goes); an exclusive's flag in capitals and a
ticker's "+++" ("EXCLUSIVE:", "EXCLUSIF –", "EILMELDUNG +++ ... +++") are alert banners; the newsroom
as the writers' role ("Aus dem Newsroom: ... und ...") is a byline under the title; the comments'
loading placeholder ("Chargement des commentaires…") is the comment form's; a browser's
push-notification prompt with its buttons is a site notice; a paginated article's pager ("Strona 2 z
3 · Następna strona »") is a pager of its own kind (no post navigation: the next page may follow); a
newsletter's web version prints its contents line, the address-book note, a membership offer with
its price a month, the sponsor of the week, a rating row, the invitation to reply, the forwarded
note, the archive, the referral offer, the mailing service and its credits line, all the mail
footer's kinds now (or a paywall notice, an advertisement); an aggregator's rail of headlines under
its heading ("Notizie principali") between two paragraphs goes as related links, and its link to
the article on the source's site as a page tool; a party's name over its menu row is the masthead
when the run opens with the headline (a quotation closing it), so the press-release label above the
date goes too; a download link takes pictures ("Pressefoto herunterladen (JPG, 3,1 MB)"); a row of
counts under the date is one of the stamps over the headline (the newsletter's and the author's
names above go); a broadcaster's catch-up prompt ("Sendung verpasst? Alle Beiträge in der
Mediathek") and a Telegram preview's note are notices, and a channel's earlier post over its views
and time goes with the head; a press release's place and date above the headline, in the head's
block, goes too. Keep lines 20/20 before and after; article lines lost 23 -> 0 of 120.
"""

from __future__ import annotations

import pytest

from noisy_corpus import NoisyCase, page_from_blocks
from test_clean import _held_out, _insert, _problems

HELD_OUT_40_LINES = [
    # English (15)
    ("head", "EXCLUSIVE: Harbour trust drops its plan to sell the old ferry slipway", "marker"),
    ("head", "BREAKING — Quay bridge closed after a lorry strike, diversions in place", "marker"),
    ("head", "3-minute read", "reading-time"),
    ("head", "Words by Tamsin Allerby · Pictures by Jory Kettleworth", "byline"),
    ("tail", "Reporting by Callum Fettiplace; Editing by Marguerite Osei-Hardy", "byline"),
    ("tail", "Unsubscribe | Update your preferences | View this email in your browser", "footer"),
    ("tail", "Forwarded this email? Sign up here to get it every Friday.", "footer"),
    ("tail", "Loading comments…", "comments"),
    ("tail", "Report this comment · Reply · 3 replies", "comments"),
    ("tail", "Follow us on Google News", "share"),
    ("tail", "Join our WhatsApp group for local news alerts", "share"),
    ("head", "Enable notifications to get breaking news as it happens. Not now | Allow", "notice"),
    ("head", "You're viewing a lighter version of this page. View the full site", "notice"),
    ("body", "Rate this article: 4.2/5 (31 votes)", "other"),
    ("tail", "Poll: Should the Saturday market move to Sundays? Vote now", "other"),
    # French (6)
    ("head", "EXCLUSIF – Le syndicat des eaux renonce à la hausse de ses tarifs", "marker"),
    ("head", "Lecture 3 min", "reading-time"),
    ("tail", "Suivez-nous sur Google Actualités", "share"),
    ("tail", "Chargement des commentaires…", "comments"),
    ("head", "Téléchargez l'application pour lire nos articles hors connexion", "other"),
    ("tail", "Vous recevez ce courriel car vous êtes inscrit à notre lettre d'information. Se désinscrire",
     "footer"),
    # German (6)
    ("head", "EILMELDUNG +++ Stromausfall im gesamten Stadtgebiet +++", "marker"),
    ("head", "⏱ 4 Min.", "reading-time"),
    ("head", "Aus dem Newsroom: Jana Wölfering und Till Ambrosch", "byline"),
    ("tail", "Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. Abmelden",
     "footer"),
    ("head", "Push-Benachrichtigungen aktivieren und keine Eilmeldung mehr verpassen", "notice"),
    ("tail", "Artikel merken", "share"),
    # Italian (6)
    ("tail", "Redazione Gazzetta di Monteferlano", "byline"),
    ("tail", "Iscriviti al nostro canale Telegram per restare aggiornato", "share"),
    ("tail", "Mostra altri commenti (14)", "comments"),
    ("tail", "I più letti", "other"),
    ("head", "Scarica l'app", "other"),
    ("head", "Attiva le notifiche per ricevere le ultime notizie", "notice"),
    # Polish (6)
    ("head", "PILNE | Utrudnienia na obwodnicy po zderzeniu dwóch ciężarówek", "marker"),
    ("head", "Przeczytasz w 4 minuty", "reading-time"),
    ("tail", "Opracowanie: Zofia Krępska", "byline"),
    ("tail", "Obserwuj nas w Google News", "share"),
    ("tail", "Zgłoś komentarz", "comments"),
    ("tail", "Strona 2 z 3 · Następna strona »", "other"),
    # Russian (6)
    ("head", "СРОЧНО | В Тихозерске отключили горячую воду на всех улицах", "marker"),
    ("head", "~5 мин", "reading-time"),
    ("tail", "Подготовила Алевтина Кружилина", "byline"),
    ("tail", "Подписывайтесь на наш канал в Telegram", "share"),
    ("tail", "Загрузка комментариев…", "comments"),
    ("head", "Читать на русском | Читати українською | Read in English", "other"),
]

HELD_OUT_40_KEEP = [
    # English (7)
    ("body", "Follow the money, the auditor told the committee, and the missing grant turns up in a "
             "consultant's invoice."),
    ("head", "Breaking the deadlock took three more sessions and a compromise over the bus depot on Farrier Lane."),
    ("body", "Reporting restrictions on the case were lifted on Tuesday after an application by two newspapers."),
    ("tail", "Loading bays on the high street will be open to delivery vans only before ten in the morning."),
    ("body", "Join the two cycle paths, the petition says, and children could ride from the estate to the "
             "school without crossing the ring road."),
    ("tail", "Poll workers in the third ward were paid for a full day although the count ended shortly "
             "after midnight."),
    ("body", "Rate rises have hit the market traders hardest, said Ellen Trevanick, who sells cheese from a "
             "van on Thursdays."),
    # French (3)
    ("body", "Lecture faite du rapport, le conseil a adopté la délibération à l'unanimité moins deux abstentions."),
    ("tail", "Chargement et déchargement des camions seront interdits rue des Tanneurs entre 7 h et 9 h."),
    ("body", "Suivez la rivière vers l'aval et vous verrez les premiers effets de la sécheresse, prévient "
             "l'hydrologue."),
    # German (3)
    ("body", "Aus dem Rathaus hieß es am Montag, die Planung für die neue Sporthalle sei noch nicht "
             "abgeschlossen."),
    ("body", "Artikel 14 der Satzung regelt, wer über die Vergabe der Kleingärten entscheidet."),
    ("tail", "Sie erhalten den Zuschuss nur, wenn der Antrag vor Baubeginn gestellt wurde, betonte die Kämmerin."),
    # Italian (3)
    ("body", "Mostra di ceramiche al castello: fino a domenica le sale del piano nobile restano aperte "
             "anche la sera."),
    ("tail", "Scaricare rifiuti ingombranti lungo la provinciale costerà da gennaio fino a 500 euro di multa."),
    ("body", "Attiva da vent'anni, la bottega di Lucia Ferrandini chiuderà a fine mese per il pensionamento "
             "della titolare."),
    # Polish (2)
    ("body", "Pilne naprawy dachu szkoły gmina pokryje z rezerwy budżetowej, zdecydowali radni."),
    ("tail", "Opracowanie planu miejscowego zajęło urzędnikom prawie cztery lata."),
    # Russian (2)
    ("body", "Срочно отремонтировать мост не получится, признали в администрации: подрядчик сможет "
             "приступить к работам только весной."),
    ("tail", "Подготовка к отопительному сезону в городе завершится к концу сентября, сообщили в "
             "администрации."),
]


def _page(lang: str, name: str, blocks: list[list[str]]) -> tuple[str, NoisyCase]:
    return lang, page_from_blocks(name, blocks)


HELD_OUT_40_PAGES = {case.name: (lang, case) for lang, case in [
    _page("en", "en-newsletter-web-version", [
        ["-View this email in your browser",
         "-The Fennisgate Friday",
         "-Issue 214 · Friday 14 November 2026",
         "-In this issue: the ferry slipway, a new bakery on Tolley Street, and your letters",
         "-Add friday@fennisgatefriday.co.uk to your contacts so we don't end up in spam."],
        ["+Ferry slipway saved as harbour trust drops its sale plan",
         "+The Fennisgate Harbour Trust has withdrawn its plan to sell the old ferry slipway to a property "
         "developer, ending a dispute that filled three public meetings this autumn.",
         "+Trustees voted seven to two on Monday evening to keep the slipway in public hands and to lease it "
         "to the rowing club for a nominal rent."],
        ["-This week's sponsor: Quayside Kayak Hire. Book a winter tour →",
         "-Today's issue is free thanks to 1,140 paying members. Become one for £4 a month →"],
        ["+\"We listened, and in the end the town was right,\" said the trust's chair, Odile Penhallow. "
         "\"A slipway is not a car park waiting to happen.\"",
         "+The two trustees who voted against said the trust would struggle to pay for repairs without the "
         "money from a sale.",
         "+What happens next",
         "+November: a lease is drafted with the rowing club",
         "+January: divers survey the slipway's lower stones",
         "+Spring: repairs begin if the heritage lottery bid succeeds",
         "+The repairs are estimated at £84,000, a third of which the trust has already set aside."],
        ["-How was today's issue? 😍 Loved it · 🙂 Fine · 😐 Meh",
         "-Got a tip or a correction? Just hit reply, we read every message.",
         "-Was this forwarded to you? Get your own copy every Friday morning.",
         "-The Fennisgate Friday is written by Harriet Quillon and edited by Dev Arkwright.",
         "-Follow us: Facebook · Instagram · Bluesky",
         "-Our mailing address is: 4 Quay Steps, Fennisgate",
         "-You are receiving this because you signed up at fennisgatefriday.co.uk.",
         "-Unsubscribe · Manage your subscription · View online",
         "-Read past issues in the archive",
         "-Refer three friends and get a Friday tote bag",
         "-Sent with Letterwick",
         "-Privacy policy",
         "-© 2026 Fennisgate Friday Ltd. All rights reserved."],
    ]),
    _page("en", "en-forum-thread-first-post", [
        ["-Orlbury Allotments Forum",
         "-Register · Log in · FAQ · Search",
         "-Board index › Local news › Water and utilities",
         "-Post a reply",
         "-8 posts · Page 1 of 1"],
        ["+Council confirms water meters for every allotment plot",
         "-by plotholder_77 » Tue 11 Nov 2026, 20:14"],
        ["+Orlbury Borough Council has confirmed that a water meter will be fitted to every allotment plot "
         "before the growing season, replacing the flat charge that tenants have paid since the 1980s.",
         "+The letter sent to tenants this week says the meters will be installed free of charge over the "
         "winter, starting at the Millrace Road site."],
        ["-Advertisement"],
        ["+New charges from April",
         "+Full plot: £38 a year plus metered water",
         "+Half plot: £21 a year plus metered water",
         "+Raised beds for disabled tenants: no charge for water",
         "+\"A flat fee meant the tidy gardener paid for the one who leaves the hose running all night,\" "
         "said the council's parks officer, Bernard Oyelaran-Pike.",
         "+Tenants on the two smaller sites will have their meters fitted last, in March.",
         "+The allotment association has asked for a meeting before the first bills are sent out."],
        ["-plotholder_77",
         "-Posts: 1,204 · Joined: March 2019",
         "-Top",
         "-Re: Council confirms water meters for every allotment plot",
         "-by gnomeandgarden » Tue 11 Nov 2026, 21:02",
         "-About time. The trough by plot 40 has leaked since the spring of 2022.",
         "-👍 Like (4) · Quote",
         "-Re: Water meters",
         "-by rhubarb_rosie » Wed 12 Nov 2026, 07:45",
         "-Does anyone know whether the meters will be read in summer or only at the end of the year?",
         "-Return to “Water and utilities”",
         "-Who is online: 3 registered users and 14 guests",
         "-Powered by TalkHearth forum software"],
    ]),
    _page("fr", "fr-mairie-communique", [
        ["-Ville de Ferlandières",
         "-Accueil › Mairie › Espace presse › Communiqués",
         "-Communiqué de presse",
         "-Ferlandières, le 12 novembre 2026"],
        ["+La ville rénove le pont du Lavoir et ferme la circulation pendant six semaines",
         "+La municipalité de Ferlandières engage au 24 novembre la rénovation du pont du Lavoir, "
         "dont les garde-corps et le tablier ne répondent plus aux normes de sécurité.",
         "+Les travaux, d'un montant de 412 000 euros, sont financés pour moitié par le département.",
         "+Une déviation sera mise en place par la rue des Moulins et le boulevard de la Gare."],
        ["-Télécharger le communiqué (PDF, 182 Ko)",
         "-Partager cette page",
         "-Imprimer"],
        ["+« Nous avons choisi la période la plus calme de l'année pour gêner le moins possible les "
         "commerçants », explique le maire, Gérald Ponsardin.",
         "+Le calendrier des travaux",
         "+Du 24 novembre au 5 décembre : dépose des anciens garde-corps",
         "+Du 8 au 19 décembre : réfection du tablier et de l'étanchéité",
         "+Du 5 au 9 janvier : pose des garde-corps et marquage au sol",
         "+Pendant toute la durée du chantier, une passerelle provisoire permettra aux piétons de franchir "
         "la rivière."],
        ["-Contact presse : service communication – presse@ville-ferlandieres.fr",
         "-Tél. 05 00 00 41 27",
         "-Mots-clés : travaux, voirie, circulation",
         "-Voir tous les communiqués",
         "-Hôtel de ville – 2, place de la Halle – 00470 Ferlandières",
         "-Ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h",
         "-Démarches en ligne · Agenda · Marchés publics · Recrutement",
         "-Mentions légales · Accessibilité : partiellement conforme · Plan du site",
         "-Newsletter municipale : inscrivez-vous",
         "-Gestion des cookies",
         "-Suivez la ville sur Facebook et Instagram",
         "-Haut de page",
         "-© Ville de Ferlandières 2026",
         "-Site réalisé par Agence Brindelune"],
    ]),
    _page("fr", "fr-page-amp", [
        ["-☰ Menu",
         "-L'Écho des Ormandières",
         "-S'abonner",
         "-Vous consultez la version allégée de cet article. Voir la version complète du site",
         "-Société"],
        ["+À Ormandières, la dernière épicerie du bourg rouvre grâce à une coopérative d'habitants",
         "-Par Nadège Cormerais",
         "-Publié le 10/11/2026 à 18h02 · Mis à jour le 11/11/2026 à 07h40",
         "+Fermée depuis le départ en retraite de ses gérants au printemps, l'épicerie de la place du "
         "Marché a rouvert samedi, reprise par une coopérative de 163 habitants.",
         "+Chaque sociétaire a versé au moins cinquante euros, et la commune loue les murs pour un euro "
         "symbolique pendant trois ans."],
        ["-Publicité",
         "-À lire aussi : Le marché de Noël revient sur le parvis de l'église",
         "-Notre newsletter locale, chaque matin dans votre boîte mail"],
        ["+Le chiffre d'affaires des trois premières semaines suffit déjà à payer le loyer et l'électricité, "
         "selon le trésorier de la coopérative."],
        ["+Ce que l'on trouve en rayon",
         "+Fruits et légumes de quatre maraîchers du canton",
         "+Pain livré chaque matin par le boulanger de la commune voisine",
         "+Un point relais pour les colis et un dépôt de médicaments",
         "+« On ne voulait plus prendre la voiture pour acheter un litre de lait », résume Albane Verrier, "
         "l'une des bénévoles qui tiennent la caisse le week-end.",
         "+L'épicerie est ouverte du mardi au dimanche matin, et cherche encore des bénévoles pour les "
         "après-midi."],
        ["-Partager : Facebook · X · WhatsApp · E-mail",
         "-Ormandières · Commerce · Vie locale",
         "-Nos dernières vidéos",
         "-Abonnez-vous à partir de 1 € le premier mois",
         "-Retour à l'accueil",
         "-Qui sommes-nous ? · Contact · Publicité · Conditions générales",
         "-Paramétrer les cookies",
         "-© L'Écho des Ormandières – Tous droits réservés",
         "-Version complète du site",
         "-Haut ↑"],
    ]),
    _page("de", "de-regionalsender-video", [
        ["-RTF Regionalfernsehen",
         "-Nachrichten · Sport · Wetter · Mediathek · Live-TV",
         "-▶ Video abspielen · 2:41 min",
         "-Untertitel ein/aus · Vollbild",
         "-Sendung verpasst? Alle Beiträge in der Mediathek"],
        ["+Fraxlingen: Marode Fußgängerbrücke am Bahnhof wird abgerissen",
         "-Stand: 12.11.2026, 18:45 Uhr",
         "-Von Bernadette Hölzl-Ranft",
         "+Die Fußgängerbrücke über die Gleise am Bahnhof Fraxlingen wird im Januar abgerissen. Ein "
         "Gutachten hatte im Sommer Risse in zwei Stützpfeilern festgestellt.",
         "+Seit August dürfen nur noch zwanzig Personen gleichzeitig über die Brücke gehen, am Wochenende "
         "kontrolliert ein Sicherheitsdienst den Zugang.",
         "+Pendler aus den Ortsteilen im Süden müssen dadurch bis zu zehn Minuten länger laufen."],
        ["-Mehr zum Thema: Bahnhof Fraxlingen soll bis 2029 barrierefrei werden",
         "-Anzeige",
         "-Video: Die Brücke aus der Luft (0:58)"],
        ["+So geht es weiter",
         "+Januar: Abriss der Brücke in zwei Nachtsperrungen",
         "+Februar bis Oktober: Bau einer neuen Unterführung mit Aufzügen",
         "+Bis dahin: Umweg über den Bahnübergang an der Mühlenstraße",
         "+„Die Brücke hat fünfzig Jahre gehalten, länger können wir sie nicht verantworten“, sagte "
         "Bürgermeister Arnold Tiefenbacher unserem Reporter.",
         "+Die Stadt rechnet mit Kosten von rund 3,2 Millionen Euro, von denen das Land einen Teil übernimmt."],
        ["-Dieses Thema im Programm: RTF Aktuell, 12.11.2026, 18:00 Uhr",
         "-Schlagwörter: Fraxlingen, Bahn, Verkehr",
         "-Teilen: WhatsApp · Facebook · E-Mail · Link kopieren",
         "-Meistgesehen",
         "-Mehr aus der Region",
         "-App herunterladen",
         "-Fehler gefunden? Schreiben Sie uns",
         "-Empfang & Frequenzen · Programmbeschwerde · Impressum · Datenschutz",
         "-Cookie-Einstellungen",
         "-© RTF Regionalfernsehen 2026"],
    ]),
    _page("de", "de-hochschule-pressemitteilung", [
        ["-Technische Hochschule Quellbrück",
         "-Suche",
         "-English version",
         "-Studium · Forschung · Hochschule · Presse",
         "-Presse & Kommunikation",
         "-Pressemitteilung Nr. 87/2026 vom 13. November 2026"],
        ["+Studierende entwickeln Sensor gegen Wasserverlust in Gewächshäusern",
         "+Ein Team aus sechs Studierenden der Technischen Hochschule Quellbrück hat einen Bodensensor "
         "entwickelt, der Gewächshäusern bis zu einem Drittel des Gießwassers sparen soll.",
         "+Der Sensor misst die Feuchte in drei Tiefen und schaltet die Bewässerung nur dann ein, wenn die "
         "Wurzeln tatsächlich trocken stehen."],
        ["-Bildunterschrift: Das Team beim Test im Versuchsgewächshaus (Foto: TH Quellbrück)",
         "-Pressefoto herunterladen (JPG, 3,1 MB)"],
        ["+„Uns hat überrascht, wie viel Wasser schon in einem einzigen Gewächshaus im Boden versickert“, "
         "sagt Projektleiterin Henrike Dallmayer-Sohst.",
         "+Ergebnisse des Feldversuchs",
         "+Tomaten: 31 Prozent weniger Gießwasser",
         "+Gurken: 27 Prozent weniger Gießwasser",
         "+Paprika: 22 Prozent weniger Gießwasser, gleicher Ertrag",
         "+Im Frühjahr soll der Sensor in vier Gärtnereien der Region ein ganzes Jahr lang getestet werden.",
         "+Das Projekt wird vom Förderverein der Hochschule mit 18.000 Euro unterstützt."],
        ["-Wissenschaftlicher Kontakt: Prof. Dr. Lorenz Eckhoff-Brandt, Fakultät Agrartechnik",
         "-Pressekontakt: Miriam Taschner, presse@th-quellbrueck.de, Tel. 00000 41-2210",
         "-Über die TH Quellbrück: Die Hochschule zählt rund 6.400 Studierende in fünf Fakultäten.",
         "-Weitere Meldungen aus der Fakultät Agrartechnik",
         "-Zurück zur Übersicht",
         "-Kontakt · Anfahrt · Stellenangebote",
         "-© Technische Hochschule Quellbrück 2026",
         "-RSS-Feed der Pressemitteilungen abonnieren",
         "-Impressum · Datenschutz · Barrierefreiheit · Leichte Sprache",
         "-Folgen Sie uns auf LinkedIn, Instagram und Mastodon",
         "-Seite drucken",
         "-Nach oben"],
    ]),
    _page("it", "it-partito-comunicato", [
        ["-MCV · Movimento Civico Valmarengo",
         "-Home · Chi siamo · Programma · Eventi · Sostienici",
         "-Comunicati stampa",
         "-12 novembre 2026"],
        ["+Trasporto scolastico, «il Comune ripristini la linea per le frazioni»",
         "+Il Movimento Civico Valmarengo chiede alla giunta di ripristinare lo scuolabus per le frazioni "
         "a monte del paese, soppresso a settembre per mancanza di autisti.",
         "+Da due mesi una quarantina di bambini raggiunge la scuola con le auto dei genitori, lungo una "
         "strada provinciale senza marciapiedi.",
         "+Secondo il movimento, le famiglie coinvolte spendono in media 90 euro al mese di carburante."],
        ["-Dona ora per sostenere le nostre battaglie",
         "-Condividi su Facebook · WhatsApp · Telegram",
         "-Firma la petizione online"],
        ["+«Non si può risparmiare sulla sicurezza dei bambini più piccoli», ha dichiarato la capogruppo "
         "consiliare Marta Seravezzi.",
         "+Le nostre proposte",
         "+Un bando straordinario per due autisti a tempo determinato",
         "+Un accordo con la cooperativa di trasporto disabili per le corse del mattino",
         "+Il rimborso chilometrico alle famiglie fino al ripristino del servizio",
         "+La mozione sarà discussa nel consiglio comunale del 27 novembre."],
        ["-Tesseramento 2027: rinnova la tua adesione",
         "-Iscriviti alla newsletter",
         "-Prossimi eventi: 20 novembre, assemblea pubblica alla sala civica",
         "-Tag: scuola, trasporti, frazioni",
         "-Comunicato precedente · Comunicato successivo",
         "-Contatti: segreteria@civicovalmarengo.it",
         "-C.F. 90000000417",
         "-Privacy policy · Cookie policy",
         "-Seguici su Facebook e Instagram",
         "-Committente responsabile: Giorgio Lanzavecchia",
         "-Area iscritti",
         "-© 2026 Movimento Civico Valmarengo",
         "-Torna su"],
    ]),
    _page("it", "it-aggregatore-notizie", [
        ["-NotiziePiù",
         "-Accedi",
         "-Per te · Notizie principali · Italia · Mondo · Sport · Meteo",
         "-Fonte: Gazzetta di Monteferlano · 2 ore fa",
         "-Segui Gazzetta di Monteferlano",
         "-Apri l'articolo sul sito della fonte"],
        ["+Monteferlano, la funivia riapre dopo tre anni di lavori",
         "+Dopo tre anni di lavori e un investimento di 9 milioni di euro, la funivia che collega "
         "Monteferlano alla vetta del monte riapre al pubblico sabato mattina.",
         "+Le nuove cabine portano dieci persone ciascuna e dimezzano il tempo di salita, ora di sette "
         "minuti."],
        ["-Notizie principali",
         "-Ondata di maltempo al nord, allerta arancione in tre regioni",
         "-Calciomercato, le ultime trattative di giornata",
         "-Carburanti, prezzi in calo per la terza settimana",
         "-Pensioni, che cosa cambia da gennaio"],
        ["+«Abbiamo voluto una funivia che funzioni anche con il vento forte», ha spiegato il direttore "
         "dell'impianto, Renato Bassignani.",
         "+Orari e tariffe",
         "+Apertura: tutti i giorni dalle 8.30 alle 17.30",
         "+Biglietto di andata e ritorno: 16 euro",
         "+Residenti e under 14: 6 euro",
         "+Nelle prime due settimane le corse serali del venerdì saranno gratuite per i residenti.",
         "+Nei fine settimana di dicembre sono previste anche corse fino alle 22."],
        ["-Aggiornato alle 14:05",
         "-Copertura completa di questa notizia",
         "-Altre notizie da questa fonte",
         "-Dalle altre fonti",
         "-Mostra altre notizie simili",
         "-Nascondi tutte le notizie di Gazzetta di Monteferlano",
         "-Invia feedback",
         "-Scarica l'app NotiziePiù per Android e iOS",
         "-Informazioni · Privacy · Termini"],
    ]),
    _page("pl", "pl-platforma-blogowa-wpis", [
        ["-Otwórz w aplikacji",
         "-Szukaj",
         "-Napisz · Zaloguj się · Zarejestruj się",
         "-Zuzanna Wrzosek",
         "-Obserwuj",
         "-6 min czytania · 9 listopada 2026",
         "-👏 1,2 tys. · 💬 38"],
        ["+Jak we Wrzosogrodzie uratowaliśmy stare kino",
         "+Kiedy w zeszłym roku właściciel kina „Wrzos” ogłosił, że po czterdziestu latach zamyka salę, "
         "myśleliśmy, że we Wrzosogrodzie zostanie po nim tylko neon nad wejściem.",
         "+Dziś kino działa jako stowarzyszenie, ma 212 członków i gra pięć dni w tygodniu.",
         "+Na pierwszy seans po ponownym otwarciu przyszło tylu widzów, że film trzeba było puścić dwa razy."],
        ["-Członkowie mają dostęp do tego wpisu bez limitu. Dołącz za 5 dolarów miesięcznie",
         "-Zapisz · Udostępnij · Posłuchaj",
         "-Zdjęcie: archiwum stowarzyszenia"],
        ["+„Najtrudniej było przekonać ludzi, że to nie jest zbiórka na pomnik, tylko na bilety”, mówi "
         "prezes stowarzyszenia, Konrad Bielniak.",
         "+Co udało się zrobić w pierwszym roku",
         "+Nowy projektor cyfrowy kupiony ze zbiórki",
         "+Sto dwadzieścia odnowionych foteli",
         "+Poranki filmowe dla przedszkoli w każdy czwartek",
         "+W przyszłym roku chcemy wymienić dach nad salą i otworzyć małą kawiarnię w holu."],
        ["-👏 1,2 tys. · 💬 38 · Zapisz",
         "-Napisane przez Zuzannę Wrzosek",
         "-412 obserwujących · Piszę o małych miastach i ich ludziach",
         "-Kino · Małe miasta · Kultura",
         "-Obserwuj autorkę, aby dostawać powiadomienia o nowych tekstach",
         "-Więcej od autorki",
         "-Napisz odpowiedź…",
         "-Odpowiedzi (38)",
         "-Polecane dla Ciebie",
         "-Pomoc · Status · O nas · Kariera · Prywatność · Regulamin"],
    ]),
    _page("pl", "pl-newsletter-wpis", [
        ["-Notatki z Lipnej Doliny",
         "-Archiwum",
         "-Subskrybuj",
         "-Zaloguj się",
         "-Leokadia Sowińska",
         "-10 lis 2026",
         "-♥ 87 · 💬 12 · ↻ 4"],
        ["+Biblioteka w Lipnej Dolinie będzie czynna w soboty",
         "+Od grudnia gminna biblioteka w Lipnej Dolinie będzie otwarta także w soboty, od dziesiątej do "
         "czternastej, po raz pierwszy od piętnastu lat.",
         "+Radni przyjęli w środę poprawkę do budżetu, która daje bibliotece pół etatu więcej.",
         "+Dyrektorka biblioteki zapowiada, że w soboty odbywać się będą także zajęcia dla dzieci."],
        ["-Dziękuję, że czytasz Notatki z Lipnej Doliny! Subskrybuj za darmo, aby otrzymywać nowe wpisy.",
         "-Wpisz swój e-mail…"],
        ["+Nowe godziny otwarcia",
         "+Poniedziałek i środa: 8–16",
         "+Wtorek, czwartek i piątek: 11–19",
         "+Sobota: 10–14",
         "+„W tygodniu pracuję do siedemnastej i do biblioteki po prostu nie zdążałam”, mówi Halina "
         "Pstrokońska, która zbierała podpisy pod petycją.",
         "+Pod petycją podpisało się 346 mieszkańców, czyli prawie co piąty dorosły w gminie."],
        ["-Udostępnij",
         "-Polub",
         "-Komentarze (12)",
         "-Zostaw komentarz",
         "-Poprzedni wpis · Następny wpis",
         "-Zaproś znajomych i zdobywaj nagrody",
         "-© 2026 Leokadia Sowińska",
         "-Prywatność · Warunki · Informacja o zbieraniu danych",
         "-Rozpocznij własny newsletter",
         "-Pobierz aplikację",
         "-Platforma niezależnego pisania"],
    ]),
    _page("ru", "ru-telegram-kanal-web", [
        ["-Тихозерск Live",
         "-12 480 подписчиков",
         "-Закреплённое сообщение",
         "-Открыть в Telegram",
         "-Вы можете посмотреть и поделиться этим постом, даже если у вас нет Telegram"],
        ["-Вчера жители улицы Речной снова жаловались на мусор, фото в комментариях 👇",
         "-👁 6,1K · 21:14"],
        ["+В Тихозерске откроют второй пункт приёма вторсырья",
         "+С 1 декабря в Тихозерске начнёт работать второй пункт приёма вторсырья — во дворе бывшего "
         "хлебозавода на улице Заводской.",
         "+Первый пункт, на рынке, с лета не справляется: по выходным очередь к нему растягивается на "
         "полчаса."],
        ["-Реклама · Подробнее о рекламе"],
        ["+Что будут принимать",
         "+Пластик и пластиковые крышки;",
         "+Макулатуру и картон;",
         "+Стекло и алюминиевые банки.",
         "+«Мы посчитали: половина того, что люди везли на рынок, — это картон из магазинов», — рассказала "
         "координатор проекта Дарина Ольховец.",
         "+Пункт будет работать по субботам и воскресеньям с десяти до шестнадцати часов.",
         "+Сдавать вторсырьё можно будет бесплатно, а за крышки волонтёры обещают небольшие подарки."],
        ["-🔥 54 · 👍 31 · 😢 2",
         "-👁 8,3K · изменено 14:32",
         "-Комментарии (17)",
         "-Следующий пост: Завтра с 9 до 12 отключат свет на улицах Лесной и Сосновой",
         "-@tikhozersk_live",
         "-Переслать",
         "-Присоединиться",
         "-Предложить новость: @tikhozersk_bot",
         "-Telegram — быстрый и безопасный мессенджер",
         "-Загрузить ещё",
         "-Открыть канал",
         "-Предыдущие посты"],
    ]),
    _page("ru", "ru-ministerstvo-press-reliz", [
        ["-Министерство транспорта и дорожного хозяйства Кедроградской области",
         "-Поиск по сайту",
         "-Главная › Пресс-центр › Новости",
         "-Версия для слабовидящих",
         "-Пресс-релиз",
         "-13 ноября 2026, 10:30"],
        ["+На трассе Кедроград — Тихозерск построят три новых остановочных павильона",
         "+До конца года на трассе Кедроград — Тихозерск появятся три тёплых остановочных павильона с "
         "освещением и электронным табло.",
         "+Павильоны поставят у посёлков, где пассажиры сейчас ждут автобус на обочине.",
         "+Подрядчик будет выбран на аукционе, итоги которого подведут 25 ноября."],
        ["-Фото: пресс-служба министерства",
         "-Версия для печати",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+«Зимой люди по сорок минут стоят на ветру, и это надо было исправить ещё вчера», — сказал "
         "заместитель министра Пётр Ланских-Верёвкин.",
         "+Где появятся павильоны",
         "+Остановка «Пилорама» — 14-й километр;",
         "+Остановка «Старая ферма» — 27-й километр;",
         "+Остановка «Поворот на питомник» — 41-й километр.",
         "+Стоимость работ составит 6,8 миллиона рублей."],
        ["-Теги: транспорт, дороги, остановки",
         "-Все новости министерства",
         "-Подписаться на новости министерства",
         "-Пресс-служба: +7 (000) 000-41-27, press@mintrans-kedr.example",
         "-Адрес: Кедроград, ул. Первостроителей, 12",
         "-Приём граждан: вторник, четверг с 10:00 до 13:00",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
         "-Карта сайта · Противодействие коррупции · Обращения граждан",
         "-© Министерство транспорта и дорожного хозяйства Кедроградской области, 2026",
         "-Разработка сайта — студия «Пиксельный лес»",
         "-При использовании материалов ссылка на сайт обязательна"],
    ]),
]}


def _marks(reason):
    return [_held_out(reason)] if reason else []


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize("where, line, category", [
    pytest.param(w, l, c, id=l[:40], marks=_marks(_LINE_XFAIL.get(l))) for w, l, c in HELD_OUT_40_LINES])
def test_held_out_40_line(where, line, category):
    assert _problems(_insert(where, [line]), "en") == []


@pytest.mark.parametrize("where, line", [
    pytest.param(w, l, id=l[:40], marks=_marks(_KEEP_XFAIL.get(l))) for w, l in HELD_OUT_40_KEEP])
def test_held_out_40_line_is_kept(where, line):
    assert _problems(_insert(where, [line], keep=True), "en") == []


@pytest.mark.parametrize("name", [
    pytest.param(n, id=n, marks=_marks(_PAGE_XFAIL.get(n))) for n in HELD_OUT_40_PAGES])
def test_held_out_40_page(name):
    lang, case = HELD_OUT_40_PAGES[name]
    assert _problems(case, lang) == []
