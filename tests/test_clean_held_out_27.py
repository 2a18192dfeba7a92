"""Held-out set 27: written blind, weighted toward whole scraped pages in layouts sets 22 to 26 did not use.

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the
development lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 26) nor ``git log``,
``git show`` or ``git diff``; only the helpers ``_problems``, ``_insert``, ``_held_out``,
``_fixture``, ``FIXTURES`` (tests/test_clean.py, printed with ``inspect.getsource``), the
``NoisyCase`` dataclass and ``page_from_blocks`` (tests/noisy_corpus.py, the same way), the
docstring of held-out set 26, its imports, its ``_page`` helper and its last lines (``_marks``, the
xfail tables and the three test functions, printed from ``def _marks`` on with an ast script that
printed nothing of its lists) and scripts/clean_held_out_report.py were read. The layouts to avoid
were taken from the brief's list and set 26's docstring. Slips: (1) ``git status --short`` in
/work/main, run before writing to see whether the tree was clean, printed the name of one file
another session had modified (src/spinscope/attribution/speakers.py, not under ingest/; its content
was not read); (2) ``ls /work/shared/data`` was run to check the data folder exists, with its output
discarded; (3) after the commit, ``git log -1 --format=%h -- tests/test_clean_held_out_27.py`` and
``git show --stat --format= HEAD`` were run to check the commit, printing only its hash and that it
held this one file. ``git worktree add`` was run with its output discarded; the English fixture was not
printed. Nothing below was copied from any file of the repository. The lines and pages are written
from memory of how real sites print them, in en/fr/de/it/pl/ru; the page articles and every person,
company, party, magazine, institute, club, museum, podcast, foundation, forum, blog platform, town,
river and bay in them are invented (only noise lines name real platforms, as real pages do:
Instagram, Medium, Spotify, Apple Podcasts, Patreon, phpBB, Google News, WhatsApp, Telegram,
VKontakte). The kinds set 26's docstring names as missed ("story continues below" markers,
registration footers, price notices, "the editors' opinion may differ" notices, gallery counters)
were not reused. The set was measured once against a frozen cleaner (worktree /tmp/wt-s27 at
commit 01e1b95) and every failing case is marked as a strict xfail whose reason describes the line
or page, not a rule. Before the measurement a few invented names that matched real places, roads or
a real van model and charity were renamed; no page was completed or changed otherwise, and nothing
was changed after it but the xfail tables and this docstring. The per-case problems were read out
once with ``_problems`` in the frozen worktree, to write the xfail reasons.
scripts/clean_held_out_report.py needed no change: it finds a set by its number, so ``--sets 27``
works as it is.

Judgement calls: in en-medium-post the subtitle under the title is article, and the author, follow
button, "Published in ...", reading time, date, listen/share, tags, clap and response counts, the
"Written by" box with the author's bio line and the recommendations are noise; in
en-police-press-release the vehicle description rows, the "call 101 quoting crime reference ..."
line and the anonymous-charity line are article (the appeal's content), the force name, breadcrumb,
"Appeal" label, publication stamp and the release reference line are noise, as are the
"was this page useful" widget and the "In an emergency always call 999." footer; in fr-site-parti
the party's tax-deduction sentence under the donation plea is noise; in fr-revue-scientifique the
"Références" heading and its two references are article, and the print-issue line and the "on sale
in the December issue" line are noise; in de-sportverein-news the goal rows are article and the
sponsors' line is noise; in de-museum-ausstellung the exhibition's dates line under the title is
article and the opening-hours, admission, address and funding lines are noise; in
it-podcast-shownotes the timestamped chapter rows and the "Per approfondire" part are article, and
the player's texts, episode number, date, duration, download link and the production/music credit
line are noise; in it-ong-notizia the figures rows and the opening-hours sentence are article, the
donation plea and the tax-deduction line noise; in pl-forum-watek the opening post is the article
(title, steps, quote, "Czego nie polecam") and the poster's details, signature, post links, "who is
online" box and forum-software footer are noise; in pl-recenzja-sprzetu the spec rows, the
"Werdykt" part and the "Ocena: 8/10" score are article, the affiliate disclosure and price-
comparison box noise; in ru-blog-zhurnal the route rows are article and the blog's name, the
profile/calendar/friends links, tags and post navigation noise; in ru-afisha-goroda the day
subheadings, event rows, the planetarium head's quote and the "schedule may change" sentence are
article, and the "Купить билет" and "Добавить в календарь" buttons between the listings are noise.

Contents: 45 noise lines (marker 7, reading-time 7, byline 7, footer 5, comments 6, share 5,
notice 5, other 3; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2), 12 pages with 252 noise lines (20 to 22 a page) and 136 article lines:
en-medium-post (a Medium post: open-in-app/sign-up/sign-in, title and subtitle, author, follow,
publication, reading time, date, listen/share, a subheading with a numbered list of most-borrowed
tools, a second subheading, a pull quote, tags, clap and response counts, "Written by" with
followers and bio, more-from and recommended links, the footer links in one line),
en-police-press-release (a police force's news page: skip link, report-a-crime/contact/search
links, force name, breadcrumb, appeal label, publication stamp, reference, a "Description of the
vehicle:" dash list, a detective's quote, call-101 and anonymous-line sentences, share links,
was-this-page-useful widget, related news with a headline, follow line, legal links, copyright,
emergency line), fr-site-parti (a party federation's site: join/donate links, federation name,
menu, section and press-release labels, date, author, an en-dash list of five proposals, a
councillor's quote, "Prochaine étape" subheading, share, keywords, back link, membership and
donation plea with the tax-deduction line, newsletter form, Instagram line, legal links,
copyright), fr-revue-scientifique (a science magazine's article: magazine name, subscribe/log-in,
menu, section, lead, print-issue line, byline, date, reading time, photo credit, "Des stocks très
inégaux" subheading with three site rows, a researcher's quote, "Références" with two numbered
references, on-sale line, share/copy-link, comment count, related headline, subscription offer,
newsletter, legal links, copyright), de-sportverein-news (a football club's news page: club name,
menu, join and log-in links, breadcrumb, section, date, author, photo credit, goal rows under "Die
Tore:", the coach's quote, "Nächstes Spiel" subheading, share and comment links, more news with a
headline, sponsors, legal links, copyright, site-builder credit, back-to-top),
de-museum-ausstellung (a town museum's exhibition page: museum name, menu, tickets, language and
easy-language links, search, breadcrumb, label, title with dates, photo credit, "Die Themenräume"
bullet list, the curator's quote, "Begleitprogramm" subheading, opening hours, admission, tickets,
share/print, related exhibition, newsletter, address, legal links, funding line),
it-podcast-shownotes (a podcast's episode page: podcast name, menu, Spotify/Apple links, episode
number, date, duration, player texts, download link, "In questo episodio" timestamp rows, a quote,
"Per approfondire", production credit, transcript and Patreon lines, previous/next episode, share,
comment, newsletter, Instagram, legal links, copyright), it-ong-notizia (a charity foundation's
news item: donate link, foundation name, menu, search, breadcrumb, section, date, communications-
office byline, photo credit, figures rows, a co-ordinator's quote, "Cosa serve adesso" subheading,
donation plea, tax-deduction line, tags, share, newsletter, related headline, legal links,
copyright), pl-forum-watek (a phpBB allotment forum thread: forum name, log-in/register,
breadcrumb, new-topic/reply/page links, poster line with post count, join date and location, the
opening post with a numbered list, a neighbour's quote and a "Czego nie polecam" subheading,
signature, quote/report/top links, back link, similar topics with a title, who-is-online box,
software footer, rules/privacy), pl-recenzja-sprzetu (a tech site's headphone review: site name,
menu, search, log-in, breadcrumb, label, author, date, reading time, photo credit, affiliate
disclosure, "Specyfikacja" rows, "Werdykt" with the score, price-comparison box, share, comment
link, Google News plug, related review, show-comments link, legal links, copyright),
ru-blog-zhurnal (a LiveJournal-style blog post on an invented platform: log-in/create-blog/search,
username, blog title, profile/calendar/add-friend links, date, route rows with em dashes, a quote,
"Что дальше" subheading, tags, comment count, leave-comment/share/report links, previous/next
entry, more-posts link, platform's popular block, legal links, copyright), ru-afisha-goroda (a
city events guide's weekend article: site name, category menu, date picker, city selector, log-in,
breadcrumb, section, 16+ label, author, date, view count, photo credit, two day subheadings with
time-stamped event rows, ticket and calendar buttons, a quote, share line, newsletter plea,
related headline, report-an-error, legal links, copyright); every page holds a list, subheading,
pull quote or table-like rows in the article.

Baseline (2026-12-02, cleaner at commit 01e1b95, measured with
``cd /tmp/wt-s27 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s27/src python -m pytest
-q tests/test_clean_held_out_27.py -rA -p no:cacheprovider`` (11 failed, 66 passed) and
``cd /tmp/wt-s27 && PYTHONPATH=/tmp/wt-s27/src python scripts/clean_held_out_report.py --sets 27``,
with the xfail tables empty): noise lines removed 42/45 (marker 5/7, reading-time 7/7, byline 7/7,
footer 5/5, comments 5/6, share 5/5, notice 5/5, other 3/3; missed: the English embed placeholder
"View this post on Instagram", the German embed label "Empfohlener redaktioneller Inhalt" and the
English "Have your say: join the discussion below."); keep lines kept 20/20; pages 4/12 clean
(en-medium-post, en-police-press-release, de-sportverein-news, ru-blog-zhurnal), 31 of 252 page
noise lines left, 2 article lines lost (1 on de-museum-ausstellung, 1 on it-podcast-shownotes):
fr-site-parti 2 (federation name, menu), fr-revue-scientifique 3 (menu, print-issue line, photo
credit), de-museum-ausstellung 0 and the exhibition's dates line lost, it-podcast-shownotes 3
(menu, production credit, transcript line) and the episode title lost, it-ong-notizia 3
(foundation name, donation plea, tax-deduction line), pl-forum-watek 7 (signature, Cytuj, Zgłoś,
Góra, back link, similar-topics heading and title), pl-recenzja-sprzetu 1 (affiliate disclosure),
ru-afisha-goroda 12 (the whole header block of eleven lines and the "Купить билет" button). The
failing cases are strict xfails.

Still held out after session 13's round 25 (developed on set 26 only; the lead saw only this
docstring and the xfail reasons): measured once at 5ee9526 with ``python
scripts/clean_held_out_report.py --sets 27`` and ``pytest tests/test_clean_held_out_27.py``: exactly
as the baseline (lines 42/45, keep 20/20, pages 4/12 clean, 31 of 252 page noise lines left, 2
article lines lost); no strict xfail started passing (66 passed, 11 xfailed).

Round 26 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 27`` and ``pytest tests/test_clean_held_out_27.py`` at
2597616 (before) and 8110ee1 (after): article lines lost 2 -> 0 (first, as a class: an event's run
in words, two dates joined by a word of range with the year at the end, "14. März bis 30. August
2026", "du 14 mars au 30 août 2026", is a period under the title, neither the page's stamp nor a
count row; a podcast's platform link, "Ascolta su Apple Podcasts", is a player's button, no longer
taken for the title, and a headline in sentence case between two lines of chrome under the line
taken for the title stays), noise lines 42 -> 45/45 (an embedded post's placeholder and an embed's
consent label, an invitation to comment below), keep lines 20/20, pages 4 -> 12/12 clean, page noise
left 31 -> 0 of 252. All 11 strict xfails removed (66 -> 77 passed). The rules were written by kind
of line in six languages, each with a unit test of examples and near misses in tests/test_clean.py
(round 26): a one-line menu with labels opened by a function word or holding a hyphen and more
section words (a magazine's, a podcast's, a museum's, a club's, a review site's, an events guide's),
a ticket button, a programme's day over rows of a time and a spaced dash (the article's box, across
a ticket or calendar button), a magazine's print-issue line named by its number, a picture credit
opening with ©, after the article a show's production credit, a charity's plea of an amount a
period with a verb of giving, the tax relief on gifts, a podcast's transcript note, a forum's
back link with the board's name quoted, its similar-topics header, a post's signature (a greeting,
a name, a pipe) and the post's buttons beside it; and a fix: "Saturday" and "Wednesday" were no
weekday. These figures are development figures: the set no longer measures wordings no rule saw.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_27_LINES: list[tuple[str, str, str]] = [
    # marker
    ("body", "View this post on Instagram", "marker"),
    ("body", "Promoted Stories", "marker"),
    ("body", "Contenu sponsorisé", "marker"),
    ("body", "Empfohlener redaktioneller Inhalt", "marker"),
    ("body", "PUBBLICITÀ", "marker"),
    ("body", "Materiał partnera", "marker"),
    ("body", "Реклама", "marker"),
    # reading-time
    ("head", "6 min read", "reading-time"),
    ("head", "Listen to this article · 5:12 min", "reading-time"),
    ("head", "Temps de lecture : 4 min", "reading-time"),
    ("head", "Lesedauer: 3 Min.", "reading-time"),
    ("head", "Tempo di lettura: 3 minuti", "reading-time"),
    ("head", "Czas czytania: 4 min", "reading-time"),
    ("head", "Время чтения: 3 минуты", "reading-time"),
    # byline
    ("head", "By Marcus Holloway and Priya Nandakumar", "byline"),
    ("tail", "Reporting by Tom Ashby; Editing by Claire Dunmore", "byline"),
    ("head", "Par Élodie Marchand, correspondante à Lyon", "byline"),
    ("head", "Von Katharina Brenner und Felix Ostrowski", "byline"),
    ("head", "di Federica Lanzoni", "byline"),
    ("head", "Autor: Agnieszka Wróbel", "byline"),
    ("head", "Текст: Мария Лаврентьева", "byline"),
    # footer
    ("tail", "© 2026 Harborline Media LLC. All rights reserved.", "footer"),
    ("tail", "About Us | Contact | Advertise | Careers | Terms of Service", "footer"),
    ("tail", "Mentions légales · Politique de confidentialité · Gestion des cookies · CGU", "footer"),
    ("tail", "Impressum | Datenschutz | AGB | Kontakt", "footer"),
    ("tail", "© 2026 Grupa Medialna Nadwiśle Sp. z o.o. Wszelkie prawa zastrzeżone.", "footer"),
    # comments
    ("tail", "View 38 comments", "comments"),
    ("tail", "Have your say: join the discussion below.", "comments"),
    ("tail", "Voir les 12 commentaires", "comments"),
    ("tail", "Leggi i commenti (5)", "comments"),
    ("tail", "Zobacz komentarze (14)", "comments"),
    ("tail", "Комментарии (9)", "comments"),
    # share
    ("tail", "Share on LinkedIn", "share"),
    ("tail", "Facebook Twitter Email Print", "share"),
    ("tail", "Auf WhatsApp teilen", "share"),
    ("tail", "Condividi su Facebook", "share"),
    ("tail", "Udostępnij na Facebooku", "share"),
    # notice
    ("head", "This article is more than 3 years old", "notice"),
    ("tail", "You have 2 free articles left this month. Subscribe for unlimited access.", "notice"),
    ("tail", "Il vous reste 76 % de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    ("head", "Contenuto riservato agli abbonati", "notice"),
    ("tail", "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "notice"),
    # other
    ("tail", "Back to top ↑", "other"),
    ("head", "Zum Hauptinhalt springen", "other"),
    ("head", "Главная › Новости › Общество", "other"),
]

HELD_OUT_27_KEEP: list[tuple[str, str]] = [
    # en
    ("tail", "Comments from residents filled three hours of the meeting, and most of them were against the plan."),
    ("body", "Share prices of the contractor fell 4 percent in the hour after the vote."),
    ("body", "The council's advertisement for the tender ran in two local papers last spring."),
    ("tail", "All rights to the riverside land remain with the county, the clerk said."),
    ("body", "The full report, published by the audit office on Tuesday, runs to 212 pages."),
    ("head", "By the end of the session, only two members had voted against."),
    ("tail", "Subscribers to the town's water service will see the increase on their April bills."),
    # fr
    ("body", "Par ailleurs, la mairie a annoncé la fermeture de deux écoles à la rentrée."),
    ("tail", "Les commentaires des riverains, recueillis lors de la réunion publique, ont été transmis au préfet."),
    ("body", "Publicité mensongère : c'est le reproche que l'association adresse à l'opérateur depuis 2024."),
    # de
    ("body", "Von den 48 Abgeordneten stimmten nur sechs gegen den Entwurf."),
    ("body", "Allein das Lesen der Akten habe zwei Wochen gedauert, sagte der Anwalt der Anwohner."),
    ("body", "Anzeige erstattete der Verein bereits im Januar, doch die Staatsanwaltschaft reagierte nicht."),
    # it
    ("body", "Di fronte alla protesta, il sindaco ha rinviato il voto di una settimana."),
    ("tail", "I commenti dei residenti sono stati raccolti in un dossier di 40 pagine consegnato al prefetto."),
    ("body", "Pubblicità ingannevole: è l'accusa che l'Antitrust ha mosso alla società nel 2025."),
    # pl
    ("body", "Autor projektu, architekt Jan Borowiec, zapowiedział, że prace ruszą w maju."),
    ("tail", "Komentarze mieszkańców były w większości krytyczne, przyznał burmistrz."),
    # ru
    ("body", "Реклама на фасадах исторических зданий будет запрещена с 1 июля."),
    ("tail", "Комментарии жителей вошли в итоговый протокол публичных слушаний."),
]


HELD_OUT_27_PAGES: dict[str, tuple[str, NoisyCase]] = dict([
    ("en-medium-post", _page("en", "en-medium-post", [
        ["-Open in app", "-Sign up", "-Sign in"],
        ["+What I Learned Running a Tool Library in a Town of 9,000",
         "+Three years, 1,400 borrowed drills and one stolen ladder"],
        ["-Dana Whitlock", "-Follow", "-Published in Civic Tinkerers", "-6 min read", "-Mar 14, 2026",
         "-Listen", "-Share"],
        ["+When the hardware store on Mill Street closed in 2022, a handful of us in Brackenford decided to "
         "keep lending what we already owned.",
         "+We started in a borrowed garage with 60 tools and a paper ledger. Today the library holds just over "
         "700 items and has 480 members who pay what they can."],
        ["+Nobody wants the fancy stuff",
         "+Our most borrowed items are boring:",
         "+1. A 6-foot stepladder (212 loans)",
         "+2. A cordless drill (198 loans)",
         "+3. A carpet cleaner (141 loans)",
         "+4. A pressure washer (120 loans)"],
        ["+Late returns are a feature",
         "+Fines drove people away in our first year. When we dropped them, returns got faster, not slower.",
         "+“People don't steal from their neighbours. They forget, and then they feel bad, and then they come "
         "back with cookies.”",
         "+If you are thinking about starting one, talk to your insurer first and your librarian second."],
        ["-Community", "-Tool Library", "-Sharing Economy", "-312", "-9"],
        ["-Written by Dana Whitlock", "-1.2K Followers · Writer for Civic Tinkerers",
         "-Organizer, occasional woodworker, full-time borrower of other people's ladders.",
         "-More from Dana Whitlock and Civic Tinkerers", "-Recommended from Medium",
         "-See more recommendations",
         "-Help Status About Careers Press Blog Privacy Terms Text to speech Teams"],
    ])),
    ("en-police-press-release", _page("en", "en-police-press-release", [
        ["-Skip to content", "-Report a crime", "-Contact us", "-Search this site"],
        ["-Kestrel Valley Police", "-Home > News > Appeals", "-Appeal", "-Published: 09:42 27 October 2026",
         "-Reference: KVP-26-0418"],
        ["+Witness appeal after van stolen from Orrin Road depot"],
        ["+Officers are appealing for witnesses after a white Varden Cargo van was stolen from a depot on Orrin "
         "Road, Haldwick, in the early hours of Sunday 25 October.",
         "+The van was taken between 1am and 4am. Tools worth around £8,000 were inside.",
         "+Description of the vehicle:",
         "+- White Varden Cargo 300, 2021",
         "+- Registration KV71 RTO",
         "+- Blue ladder rack on the roof",
         "+- Pellow Joinery logo on both sides",
         "+Detective Constable Aaron Fife said: “We believe the van may have been driven towards the Haldwick ring road. If "
         "you saw it, or you have dashcam footage from that night, please get in touch.”",
         "+Anyone with information should call 101 quoting crime reference 26000418927, or report it online.",
         "+You can also contact the independent charity Witnessline anonymously on 0800 555 111."],
        ["-Share this page", "-Facebook", "-X (Twitter)", "-Email"],
        ["-Was this page useful?", "-Yes", "-No"],
        ["-Related news", "-Man charged after Haldwick shed burglaries"],
        ["-Follow us: Facebook · Instagram · X · Nextdoor",
         "-Accessibility | Privacy notice | Cookies | Freedom of information",
         "-© Kestrel Valley Police 2026",
         "-In an emergency always call 999."],
    ])),
    ("fr-site-parti", _page("fr", "fr-site-parti", [
        ["-Adhérer", "-Faire un don"],
        ["-L'Avenir Commun — Fédération du Val-de-Sorne",
         "-Accueil Le parti Nos propositions Agenda Actualités Contact"],
        ["-Actualités", "-Communiqué de presse", "-Publié le 12 novembre 2026", "-Par la fédération du Val-de-Sorne"],
        ["+Transports scolaires : nos propositions pour les communes rurales"],
        ["+Depuis la rentrée, plus de 300 familles de la vallée de la Sorne attendent toujours une solution pour le ramassage "
         "scolaire de leurs enfants.",
         "+Lors de notre réunion publique du 8 novembre à Saint-Véran-sur-Sorne, nous avons présenté cinq mesures "
         "concrètes :",
         "+– rétablir la ligne 34 entre Luzerand et Montbrison-le-Haut dès janvier ;",
         "+– financer un minibus par intercommunalité ;",
         "+– ouvrir le covoiturage scolaire aux parents bénévoles, avec une assurance prise en charge par le "
         "département ;",
         "+– garantir un arrêt à moins de 2 km de chaque hameau ;",
         "+– publier chaque trimestre les retards constatés.",
         "+« Un enfant de six ans ne devrait pas marcher quarante minutes au bord d'une départementale pour "
         "attraper un car », a rappelé notre conseillère départementale, Nadège Fauvel."],
        ["+Prochaine étape",
         "+Nous porterons ces propositions au conseil départemental lors de sa session de décembre."],
        ["-Partager : Facebook · X · WhatsApp · Email", "-Mots-clés : Transports, Ruralité, Éducation",
         "-Retour aux actualités"],
        ["-Vous partagez nos valeurs ?", "-Adhérez dès 10 € par an", "-Je fais un don",
         "-Les dons aux partis politiques ouvrent droit à une réduction d'impôt de 66 %."],
        ["-Recevez notre lettre d'information", "-Votre adresse e-mail", "-Je m'inscris"],
        ["-Suivez-nous sur Instagram", "-Mentions légales · Données personnelles · Contact",
         "-© 2026 L'Avenir Commun"],
    ])),
    ("fr-revue-scientifique", _page("fr", "fr-revue-scientifique", [
        ["-Sciences & Horizons", "-S'abonner", "-Se connecter",
         "-Le magazine Actualités Dossiers Hors-séries Boutique"],
        ["-Biologie"],
        ["+Les herbiers de posidonie stockent plus de carbone qu'on ne le pensait",
         "+Une équipe de l'Institut Orvanne de biologie marine a mesuré le carbone enfoui sous douze herbiers de "
         "la baie d'Orvanne. Les résultats, publiés en novembre, dépassent de 40 % les estimations précédentes."],
        ["-Article publié dans Sciences & Horizons n° 612, décembre 2026", "-Par Clémence Aubrac",
         "-Le 3 décembre 2026 à 09h15", "-Temps de lecture : 5 min",
         "-Photo : © Institut Orvanne de biologie marine"],
        ["+Les chercheurs ont prélevé 96 carottes de sédiments entre 5 et 25 mètres de profondeur.",
         "+Des stocks très inégaux",
         "+Selon l'étude, les stocks varient fortement d'un site à l'autre :",
         "+Baie des Sorbières : 412 tonnes de carbone par hectare",
         "+Anse de Port-Garel : 287 tonnes par hectare",
         "+Îlot de la Vieille Tour : 198 tonnes par hectare",
         "+« Un herbier arraché par une ancre relâche en quelques années un carbone accumulé pendant des "
         "siècles », souligne l'océanographe Bastien Morel, premier auteur de l'étude."],
        ["+Références",
         "+1. Morel B. et al., « Carbon stocks in Posidonia oceanica meadows of Orvanne Bay », Revue d'écologie "
         "littorale, 2026.",
         "+2. Ferrand L. et Ruiz A., « Anchoring damage to seagrass », Cahiers du littoral atlantique et méditerranéen, 2024."],
        ["-Retrouvez ce dossier dans notre numéro de décembre, en kiosque.",
         "-Partager l'article", "-Copier le lien", "-Commentaires (4)"],
        ["-Sur le même sujet", "-Les récifs coralliens face à la canicule marine"],
        ["-Offre spéciale : 1 an d'abonnement pour 49 €", "-Je m'abonne", "-Newsletter",
         "-Mentions légales | CGV | Cookies", "-© Sciences & Horizons 2026"],
    ])),
    ("de-sportverein-news", _page("de", "de-sportverein-news", [
        ["-SV Grünwiesen 1921 e.V.", "-Verein Abteilungen Mannschaften Termine Kontakt", "-Mitglied werden",
         "-Login"],
        ["-Startseite › Fußball › News", "-Fußball", "-18.10.2026", "-von Jens Hartwig"],
        ["+3:1 im Derby – Erste Mannschaft bleibt oben dran"],
        ["-Bild: SV Grünwiesen / Privat"],
        ["+Vor rund 450 Zuschauern hat unsere erste Mannschaft am Sonntag das Derby gegen den TSV Aldenhof mit "
         "3:1 gewonnen.",
         "+Nach einer zähen ersten Halbzeit brachte Luca Brenneis uns in der 52. Minute in Führung.",
         "+Die Tore:",
         "+1:0 Brenneis (52.)",
         "+1:1 Okafor (61.)",
         "+2:1 Demir (74., Foulelfmeter)",
         "+3:1 Brenneis (88.)",
         "+Trainer Stefan Kühl: „Die Jungs haben nach dem Ausgleich Moral gezeigt. So ein Derby gewinnt man "
         "nicht mit Schönspielerei.“"],
        ["+Nächstes Spiel",
         "+Am kommenden Sonntag, 15 Uhr, empfangen wir den FC Rödingen auf dem Sportplatz am Mühlbach."],
        ["-Diesen Beitrag teilen", "-Facebook", "-WhatsApp", "-Kommentar schreiben"],
        ["-Weitere News", "-D-Jugend gewinnt Hallenturnier in Aldenhof"],
        ["-Unsere Partner", "-Bäckerei Sommerfeld · Autohaus Keller · Volksbank Mühltal"],
        ["-Impressum | Datenschutz | Satzung", "-© 2026 SV Grünwiesen 1921 e.V.",
         "-Webseite erstellt mit Vereinsbaukasten", "-Nach oben"],
    ])),
    ("de-museum-ausstellung", _page("de", "de-museum-ausstellung", [
        ["-Stadtmuseum Kellbach", "-Besuch planen Ausstellungen Sammlung Vermittlung Shop", "-Tickets kaufen",
         "-EN", "-Leichte Sprache", "-Suche"],
        ["-Ausstellungen › Sonderausstellungen", "-Sonderausstellung"],
        ["+Glanz und Ruß. Kellbach und seine Glashütten 1850–1950", "+14. März bis 30. August 2026"],
        ["-Foto: Stadtmuseum Kellbach, Reinhard Lutz"],
        ["+Über hundert Jahre lang prägten die Glashütten das Leben in Kellbach. Bis zu 1.200 Menschen "
         "arbeiteten in den Hütten am Ufer der Kellbe.",
         "+Die Ausstellung zeigt rund 300 Objekte, darunter Trinkgläser, Werkzeuge der Glasmacher und "
         "Fotografien aus dem Werksarchiv."],
        ["+Die Themenräume",
         "+• Das Feuer: Öfen, Brennstoffe und die Arbeit am Hafen",
         "+• Die Familien: Wohnen in der Hüttensiedlung",
         "+• Der Markt: Kellbacher Glas auf dem Weltmarkt"],
        ["+„Wir wollten nicht nur die schönen Gläser zeigen, sondern auch den Ruß, die Hitze und die "
         "Kinderarbeit“, sagt Kuratorin Dr. Annette Faber.",
         "+Begleitprogramm",
         "+Jeden ersten Sonntag im Monat führt ein ehemaliger Glasmacher durch die Ausstellung."],
        ["-Öffnungszeiten: Di–So 10–17 Uhr, Mo geschlossen", "-Eintritt: 8 €, ermäßigt 5 €",
         "-Jetzt Tickets sichern", "-Teilen", "-Seite drucken"],
        ["-Das könnte Sie auch interessieren", "-Dauerausstellung: Kellbach im Mittelalter",
         "-Newsletter abonnieren"],
        ["-Stadtmuseum Kellbach · Marktplatz 4 · 37891 Kellbach", "-Impressum · Datenschutz · Barrierefreiheit",
         "-Gefördert von der Kulturstiftung Kellbetal"],
    ])),
    ("it-podcast-shownotes", _page("it", "it-podcast-shownotes", [
        ["-Voci di Quartiere", "-Episodi Chi siamo Sostienici Contatti", "-Ascolta su Spotify",
         "-Ascolta su Apple Podcasts"],
        ["-Episodio 48", "-21 ottobre 2026", "-Durata: 38 min"],
        ["+La biblioteca che apre di notte"],
        ["-▶ Riproduci", "-00:00 / 38:12", "-Scarica l'episodio (MP3, 35 MB)"],
        ["+In questa puntata raccontiamo la Biblioteca civica di Valmarina, che da settembre resta aperta fino a "
         "mezzanotte il venerdì e il sabato.",
         "+Con noi la direttrice Silvia Rondani e due studenti che la frequentano ogni settimana."],
        ["+In questo episodio",
         "+02:15 – Come è nata l'idea",
         "+09:40 – Chi viene in biblioteca dopo le 22",
         "+21:05 – I costi e i volontari",
         "+31:30 – Le domande degli ascoltatori"],
        ["+«Di notte la biblioteca diventa un'altra cosa: più silenziosa, ma anche più viva», dice Rondani.",
         "+Per approfondire",
         "+Il regolamento delle aperture serali è pubblicato sul sito del Comune di Valmarina."],
        ["-Voci di Quartiere è prodotto da Associazione Onde Corte. Musiche di Marco Telli.",
         "-Trascrizione disponibile per i sostenitori", "-Sostieni il podcast su Patreon"],
        ["-Episodio precedente: Il mercato coperto di San Lino", "-Episodio successivo"],
        ["-Condividi", "-Lascia un commento", "-Iscriviti alla newsletter", "-Seguici su Instagram"],
        ["-Privacy Policy · Cookie Policy", "-© 2026 Voci di Quartiere"],
    ])),
    ("it-ong-notizia", _page("it", "it-ong-notizia", [
        ["-Dona ora", "-Fondazione Mani Aperte Onlus",
         "-Chi siamo Cosa facciamo Progetti Notizie Diventa volontario", "-Cerca"],
        ["-Home / Notizie / Progetti in Italia", "-Notizie", "-5 novembre 2026",
         "-a cura dell'Ufficio comunicazione"],
        ["+Un anno di doposcuola a Borgo Sarenti: i numeri"],
        ["-Foto di Giulia Serra"],
        ["+Dodici mesi fa abbiamo aperto il doposcuola gratuito nel quartiere di Borgo Sarenti, alla periferia di "
         "Castelmora.",
         "+Ecco cosa è successo in un anno:",
         "+Bambini e ragazzi iscritti: 86",
         "+Volontari attivi: 23",
         "+Ore di sostegno allo studio: 3.400",
         "+Famiglie seguite dallo sportello: 41",
         "+«Molti di questi ragazzi non avevano un tavolo dove fare i compiti. Adesso ce l'hanno, e hanno anche "
         "qualcuno che li ascolta», racconta la coordinatrice Elena Pirrotta."],
        ["+Cosa serve adesso",
         "+Per il secondo anno cerchiamo insegnanti in pensione per matematica e inglese e un nuovo spazio per il "
         "sabato mattina.",
         "+Il doposcuola è aperto dal lunedì al venerdì dalle 15 alle 18, nei locali della parrocchia di San "
         "Rocco."],
        ["-Con 20 euro al mese garantisci un pomeriggio di doposcuola a un bambino.", "-Sostieni il doposcuola",
         "-Le donazioni a Fondazione Mani Aperte Onlus sono deducibili ai sensi di legge."],
        ["-Tag: doposcuola, periferie, volontariato", "-Condividi su Facebook", "-Condividi su WhatsApp"],
        ["-Iscriviti alla newsletter", "-Ricevi ogni mese le storie dai nostri progetti"],
        ["-Leggi anche", "-Nasce il banco alimentare di Castelmora"],
        ["-Privacy · Cookie · Trasparenza", "-© 2026 Fondazione Mani Aperte"],
    ])),
    ("pl-forum-watek", _page("pl", "pl-forum-watek", [
        ["-Forum DziałkaPlus", "-Zaloguj się | Zarejestruj się"],
        ["-Strona główna forum › Warzywa › Pomidory", "-Nowy temat", "-Odpowiedz", "-Strona 1 z 1"],
        ["+Zaraza ziemniaczana na pomidorach – jak uratowałam połowę zbiorów"],
        ["-Post autor: zielona_grzadka » pt, 14 sie 2026, 20:41", "-Posty: 1312",
         "-Dołączył(a): 03 maja 2014", "-Lokalizacja: okolice Grabówca"],
        ["+W tym roku zaraza przyszła do mnie na początku sierpnia, po tygodniu deszczu i ciepłych nocy.",
         "+Na 40 krzaków zostały mi 22 zdrowe. Oto, co zrobiłam krok po kroku:",
         "+1. Od razu usunęłam wszystkie porażone liście i spaliłam je (nie na kompost!).",
         "+2. Obcięłam dolne liście do wysokości 40 cm.",
         "+3. Podlewałam tylko rano i tylko pod korzeń.",
         "+4. Rozłożyłam ściółkę ze słomy, żeby ziemia nie pryskała na liście.",
         "+Sąsiadka z działki obok, która ma ogród od 30 lat, powiedziała mi: „Pomidor nie lubi mokrych liści, "
         "lubi mokre korzenie”. Chyba miała rację."],
        ["+Czego nie polecam",
         "+Oprysk domowym roztworem z mleka nic mi nie dał, a liście po nim śmierdziały.",
         "+Przy kolejnym sadzeniu wybiorę odmiany odporne i zostawię większe odstępy między krzakami."],
        ["-Pozdrawiam, Ela | Moja działka: 300 m², ROD „Słonecznik”"],
        ["-Cytuj", "-Zgłoś", "-Góra", "-Wróć do „Pomidory”"],
        ["-Podobne tematy", "-Pomidory pękają – co robię źle?"],
        ["-Kto jest online",
         "-Użytkownicy przeglądający to forum: brak zarejestrowanych użytkowników i 3 gości",
         "-Powered by phpBB® Forum Software © phpBB Limited", "-Regulamin | Polityka prywatności"],
    ])),
    ("pl-recenzja-sprzetu", _page("pl", "pl-recenzja-sprzetu", [
        ["-TechnoSfera.pl", "-Newsy Recenzje Poradniki Testy Promocje", "-Szukaj", "-Zaloguj"],
        ["-Recenzje › Słuchawki", "-Recenzja"],
        ["+Recenzja Sonoria Pulse 3: tanie słuchawki, które nie udają drogich"],
        ["-Tomasz Kędzierski", "-22 września 2026, 10:05", "-Czas czytania: 7 min", "-Zdjęcia: TechnoSfera.pl"],
        ["-Link afiliacyjny: za zakupy przez nasze linki możemy otrzymać prowizję."],
        ["+Sonoria Pulse 3 kosztują 349 zł i są najtańszymi słuchawkami z aktywną redukcją szumów, jakie "
         "testowaliśmy w tym roku."],
        ["+Specyfikacja",
         "+Przetworniki: 40 mm",
         "+Czas pracy: do 45 godzin (z ANC: 32 godziny)",
         "+Łączność: Bluetooth 5.3, złącze 3,5 mm",
         "+Waga: 254 g"],
        ["+Brzmienie jest ciepłe, z wyraźnym basem, ale wysokie tony bywają przytłumione.",
         "+Redukcja szumów dobrze radzi sobie z szumem autobusu, gorzej z rozmowami w biurze."],
        ["+Werdykt",
         "+Za tę cenę trudno znaleźć coś lepszego, jeśli nie przeszkadza ci plastikowa obudowa.",
         "+Ocena: 8/10"],
        ["-Sprawdź ceny", "-Sonoria Pulse 3 – od 329 zł w 12 sklepach"],
        ["-Udostępnij", "-Skomentuj (23)", "-Obserwuj nas w Google News"],
        ["-Zobacz także", "-Test Sonoria Pulse 2 – co się zmieniło?"],
        ["-Pokaż komentarze"],
        ["-Regulamin | Polityka prywatności | Reklama | Kontakt", "-© 2026 TechnoSfera.pl"],
    ])),
    ("ru-blog-zhurnal", _page("ru", "ru-blog-zhurnal", [
        ["-Войти", "-Создать блог", "-Поиск"],
        ["-starik_lesnoy", "-Записки лесника", "-Профиль", "-Календарь", "-Добавить в друзья"],
        ["-12 ноября 2026, 18:30"],
        ["+Как мы считали лосей в Верхнеполье"],
        ["+В прошлую субботу прошёл ежегодный зимний учёт копытных в Верхнепольском лесничестве. Нас было "
         "девять человек, три маршрута по 12 километров.",
         "+Снег был хороший, рыхлый, следы читались легко.",
         "+Итоги по маршрутам:",
         "+— Северный маршрут: 7 лосей, 2 кабана",
         "+— Речной маршрут: 4 лося, следы волка",
         "+— Болотный маршрут: 11 лосей",
         "+Больше всего удивил Болотный: в прошлом году там не нашли ни одного следа.",
         "+Наш старший, Виктор Палыч, сказал так: «Лось пришёл туда, где перестали рубить. Всё просто»."],
        ["+Что дальше",
         "+Данные передали в охотуправление, а весной пойдём считать глухарей."],
        ["-Метки: лес, учёт, Верхнеполье", "-14 комментариев", "-Оставить комментарий", "-Поделиться",
         "-Пожаловаться"],
        ["-Предыдущая запись", "-Следующая запись", "-Читать больше постов в моём журнале"],
        ["-Популярное в БлогСфере", "-О БлогСфере · Правила · Конфиденциальность · Помощь",
         "-© БлогСфера, 2026"],
    ])),
    ("ru-afisha-goroda", _page("ru", "ru-afisha-goroda", [
        ["-Афиша Северомысска", "-Концерты Театр Выставки Детям Бесплатно", "-Выбрать дату",
         "-Город: Северомысск", "-Войти"],
        ["-Главная / Статьи / Выходные", "-Куда пойти", "-16+"],
        ["+Куда пойти в выходные 28–29 ноября: ярмарка, джаз и ночь в планетарии"],
        ["-Анна Ветрова", "-27 ноября 2026", "-1 530 просмотров", "-Фото: пресс-служба ДК «Маяк»"],
        ["+Последние выходные осени в Северомысске обещают быть насыщенными. Собрали главное."],
        ["+Суббота, 28 ноября",
         "+11:00 — Ярмарка фермерских продуктов, Приморская площадь, вход свободный",
         "+19:00 — Концерт джаз-трио «Северный ветер», ДК «Маяк», билеты от 600 ₽"],
        ["-Купить билет", "-Добавить в календарь"],
        ["+Воскресенье, 29 ноября",
         "+12:00 — Мастер-класс по росписи пряников для детей, городская библиотека № 2",
         "+20:00 — «Ночь в планетарии»: лекция и наблюдение за Юпитером, планетарий на Звёздной улице",
         "+«Если погода позволит, откроем и обсерваторию на крыше», — пообещала руководитель планетария Ольга "
         "Кравец.",
         "+Расписание может меняться, уточняйте время у организаторов."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Подпишитесь на нашу рассылку: лучшие события недели"],
        ["-Читайте также", "-Новогодние ёлки 2027: полное расписание"],
        ["-Сообщить об ошибке", "-О проекте · Реклама · Контакты", "-© 2026 Афиша Северомысска"],
    ])),
])


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
}


test_held_out_27_line, test_held_out_27_line_is_kept, test_held_out_27_page = held_out_tests(
    HELD_OUT_27_LINES, HELD_OUT_27_KEEP, HELD_OUT_27_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
