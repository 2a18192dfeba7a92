"""Held-out set 243: written blind, weighted toward the noise the cleaner exists for, in shapes set 242's docstring does
not name (nor the first paragraphs of sets 239, 240 and 241): scraper, embed and ad markers, all in the body (an English
SoundCloud track that is private, playable only by its uploader "This SoundCloud track is private. Only the uploader can
play it here.", an English Infogram chart that could not be displayed, with a turn-off-your-ad-blocker hint "Infogram
chart could not be displayed. Turn off your ad blocker and refresh the page.", an English Strava activity embed visible
only to the athlete's followers "Strava activity embed: this activity is only visible to the athlete's followers.", a
French Genially embed that needs the interactive-content cookies to be accepted "Le contenu Genially ne peut pas
s'afficher : acceptez les cookies « Contenus interactifs » pour le voir.", a German Google Maps map blocked because the
reader objected to Google's cookies "Google-Maps-Karte blockiert: Sie haben der Nutzung von Cookies durch Google
widersprochen.", an Italian Spotify embed not available because the reader refused the profiling cookies "Il contenuto
di Spotify non è disponibile: hai rifiutato i cookie di profilazione.", a Polish post from X that cannot be shown
because the account was suspended "Wpis z serwisu X nie może zostać wyświetlony, ponieważ konto zostało zawieszone." and
a Russian RUTUBE live stream that has ended, its recording still being processed "Трансляция на RUTUBE завершена, запись
пока обрабатывается."); reading-time headers in new wordings, all at the head (the English time-to-read label with mins
"Time to read: 5 mins", an English stopwatch-emoji min-read label with a word count "⏱ 8 min read · 1,600 words", the
French bare reading (lecture) label with a word count (mots) "Lecture 5 min · 900 mots", the German
minutes-then-reading-time (Min. Lesezeit) label "5 Min. Lesezeit", the Italian it-reads-in (si legge in) line "Si legge
in 5 minuti", the Polish minutes-of-reading (minut czytania) label "5 minut czytania" and the Russian
minutes-for-reading (минут на чтение) label "5 минут на чтение"); bylines and self-promotion (an English
words-and-pictures byline "Words and pictures: Oswin Dripplewick", an English posted-by-in-a-section byline "Posted by
Oswin Dripplewick in Local News", a French by-name-local-correspondent (correspondante locale) byline "Par Gervaise
Saucelard, correspondante locale" and an Italian by-name-sent-along-the-canal (inviata lungo il Naviglio) byline "Di
Ornella Sughettini, inviata lungo il Naviglio", all at the head; and an English Facebook Marketplace plug for the
author's made-to-order hazel hurdles "I make hazel garden hurdles to order – find me on Facebook Marketplace.", a German
Kleinanzeigen plug for the author's woven hazel fences "Meine geflochtenen Haselzäune gibt es auf Kleinanzeigen –
Abholung im Hunsrück.", a Polish Patronite support plug "Wspieraj bloga na Patronite – patroni dostają nowe wpisy
wcześniej." and a Russian Avito plug for the author's woven baskets "Мои плетёные корзины можно заказать на Авито,
отправляю по всей России.", all at the foot); blog and site footers, all at the foot (an English Netlify, Hugo and
PaperMod credit "Hosted by Netlify · Built with Hugo · Theme: PaperMod", an English IPSO membership line "This newspaper
is a member of IPSO, the Independent Press Standards Organisation.", an English part-of-a-media-group line with all
rights reserved "The Grebbleton Mercury is part of the Tollbridge Media Group. All rights reserved.", a French Canalblog
credit with the legal-notice (mentions légales) link "Blog hébergé par Canalblog · Mentions légales", a German WordPress
credit in its German wording (Stolz präsentiert von) with the Astra theme "Stolz präsentiert von WordPress · Theme:
Astra", an Italian Aruba.it hosting line with the privacy and cookie policy links "Hosting Aruba.it · Privacy policy ·
Cookie policy", the Polish WordPress.com blog credit "Blog na WordPress.com." and a Russian
a-link-is-required-when-quoting line with the 16+ age mark "При цитировании материалов ссылка на сайт обязательна.
16+"); reader-comment furniture, all at the foot (an English commenting-has-now-closed note "Commenting on this article
has now closed.", an English comment count with a join-the-discussion invitation "There are 9 comments on this story.
Join the discussion.", the English WordPress notify-me-of-follow-up-comments checkbox label "Notify me of follow-up
comments by email.", the French WordPress your-e-mail-address-will-not-be-published note with the required-fields star
"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German
the-comment-function-is-closed note "Die Kommentarfunktion für diesen Artikel ist geschlossen.", an Italian
log-in-to-comment row with a register link "Accedi per commentare · Non hai un account? Registrati", a Polish
show-older-comments button with its count "Pokaż starsze komentarze (12)" and a Russian
log-in-with-VKontakte-or-Yandex-ID-to-comment note "Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс
ID."); share rows, all at the foot (an English send-this-to-a-friend row with Messenger "Send this to a friend: WhatsApp
· Messenger · Email", a German forward-the-article (Artikel weiterleiten) row with Threema "Artikel weiterleiten:
WhatsApp · Telegram · Threema" and a Russian send-to-a-friend (отправить другу) row with Почта "Отправить другу:
ВКонтакте · Telegram · Почта"); and notices (a French our-journalists-were-invited-by-the-tourist-office disclosure "Nos
journalistes ont été invités par l'office de tourisme ; l'article a été rédigé en toute indépendance." and an Italian
article-updated-at-19.30-with-the-final-standings note "Articolo aggiornato alle 19.30 con la classifica finale della
regata.", all in the body; and a Polish the-text-also-appeared-in-the-printed-weekly note "Tekst ukazał się także w
papierowym wydaniu tygodnika.", at the foot); and twenty keep lines, article sentences that look a little like noise
("Comments from the lock-keeper, who has watched every regatta since 1988, were the highlight of the evening.", "Sharing
a gravy boat with her twin brother, a nine-year-old finished second in the junior race.", "Followers of hedgelaying came
from three counties to watch the Midland-style match.", "Subscribers to the canal society's newsletter were given free
mooring for the day.", "Copyright of the regatta's silver gravy-boat trophy passed to the town council in 1979.",
"Advertising the match on the parish noticeboard brought forty entrants, twice last year's field.", "Reading the grain
of each hazel stem, the winner laid her pleachers without a single break.", "Commentée depuis une péniche, la régate a
fait rire les deux rives du canal.", "Partager la saucière avec son voisin de couloir était interdit par le règlement.",
"Suivie par plus de huit cents personnes, la régate a rapporté 2 300 euros aux sauveteurs.", "Kommentare der
Schleusenwärterin sorgten am Ufer für viel Gelächter.", "Geteilt wurde der Hauptpreis zwischen zwei Schwestern aus dem
Nachbarort.", "Abonnenten des Heimatblatts erhielten an der Kasse einen Becher Bratensoße gratis.", "Commentando la
vittoria, la timoniera ha dedicato la salsiera d'argento alla nonna.", "Seguita da centinaia di curiosi, la regata è
andata avanti fino al tramonto.", "Condividere le cesoie con gli altri concorrenti era vietato dal regolamento della
gara.", "Komentarze sędziów dotyczyły głównie równości splotu i wysokości żywopłotu.", "Udostępniony przez rolnika
żywopłot miał ponad sto metrów długości.", "Комментируя итоги регаты, судья похвалил экипажи за выдержку.", "Подписчики
местной газеты получили бесплатные места на набережной."); and toward whole scraped news and hobby-blog pages in layouts
set 242's docstring does not describe (on the six portal pages, in eight blocks, the section menu, the masthead with its
tagline and a breadcrumb in a block of three at the very top, the menu first; the title first in a block of four, above
the byline with the date and time (one line), a bare reading time and the lead photo's caption with its credit (one
line); the first and second paragraphs at the top of a block of three, with a share row closing it; the paragraph with
the quote last in a block of three, under a bare advertisement label (Advertisement, Publicité, Werbung, Pubblicità,
Reklama, Реклама) and a sponsored headline; the subheading and the three rows with a read-also link between the first
and second rows, inside the list block (a block of five, the link third); the two last paragraphs at the two ends of a
block of four, with a newsletter prompt and a follow-us prompt (Facebook and Instagram; VKontakte and Telegram on the
Russian page) between them; a thread of five lines alone in a block (a comment count, three readers' comments and the
first reader's arrowed answer to the third); and at the foot a tags line, a most-read line with two headlines and the
publisher's copyright line with its links in one line, in a block of three; on the six blog pages, in nine blocks, the
blog name with its tagline and the menu in a block of two at the very top; the title in the middle of a block of three,
between the posted-on-by line (with the comment count) above it and a reading time under it; the first paragraph last in
a block of three, under an affiliate-links disclosure and a table of contents (its heading and three numbered entries in
one line); the second paragraph and the paragraph with the quote at the two ends of a block of three, with the opening
photo's caption between them; the subheading and the three rows with an action photo's caption between the subheading
and the first row and an affiliate link to the author's billhook (on Amazon, on Allegro on the Polish blog, on Ozon on
the Russian blog) between the second and third rows, inside the list block (a block of six, the caption second and the
link fifth); the two last paragraphs at the top of a block of four, above the author's sign-off and a share row; a plug
for her hand-woven hazel wreaths (in an Etsy shop, at Yarmarka Masterov on the Russian blog) and a subscribe-by-email
prompt alone in a block of two; a thread of five lines alone in a block (a thoughts-on, replies or comments heading with
its count quoting the post's title, the cousin's comment, the author's arrowed reply to her, the hedging tutor's comment
and the author's arrowed reply to him); and at the foot a previous-and-next-post line and the author's copyright line
with the theme and platform credit in one line, in a block of two), taken from local news of a town's 23rd gravy-boat
regatta on a canal (a 16-year-old apprentice baker winning in a two-metre papier-mâché gravy boat, 28 gravy boats racing
300 metres between a lock and a swing bridge in front of more than 900 people on the towpath, the organiser's quote, a
retired lock-keeper who launched the regatta in 2003, that a gravy boat always wants to spin, so paddle short, on both
sides and never stop to wave, the boat inspection at 10.30, junior and fancy-dress heats from 12.00 and the final at
15.00, the winner beating last year's winner, a retired plumber, by half a length after his boat's handle snapped off at
the swing bridge, 2,300 pounds, euros or złoty (23 thousand roubles on the Russian page) raised for the canal rescue
team and the boat hung in the bakery window) in six invented towns, and from six hobby blogs of young women on their
first hedgelaying match (after a winter course with a hedgelaying society, in the novice class at Ludlow, Vire, Husum,
Cuneo, Sanok and Torzhok (Торжок), ten metres of overgrown hawthorn each along a farm lane and five hours to cut, lay,
stake and bind, the head judge's quote at the briefing to cut low, lay it steep and let the hedge say where it wants to
go, the plots drawn at 8.30, cutting from 9.00 and tools down at 14.00, sixth of fourteen novices behind a retired
dairyman, the intermediate class next year with a cousin who has already bought her own billhook).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 242 but what is named here), held-out set 244 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 242 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 239, 240 and 241, printed with one ast script (/tmp/s243scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s243scratch/insp.py, with
/tmp/wt-s243/src and /tmp/wt-s243/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s243 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 242's as printed, with 242
-> 243; /tmp/s243scratch/gen243.py writes this file from scratch files (data243.py with the noise and keep lines,
desc243.py with the short descriptions this docstring gives them, pages243.py with the pages as fields and the two
layouts that turn them into blocks, doc_*.txt with the docstring paragraphs and, after the measurement, tables243.py
with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s243, detached at commit faa32f0dd1f30f8490c7935fdb3d2d10f0556e28, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 22:17:55 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 22:17:57 at the set-up; ``git status --short`` in /work/main printed one untracked file
(docs/held_out_briefs/round_145_draft.md, which was not opened) and ``git rev-parse HEAD`` printed
efaf936d9fc17fc874da240dd5f98ccad5a9d6ec (main had moved past the brief's commit); both worktrees were made at the
brief's commit faa32f0dd1f30f8490c7935fdb3d2d10f0556e28 with ``git worktree add`` (output to /dev/null) and ``git
rev-parse HEAD`` in /tmp/wt-s243 printed that commit; /work/main was not touched afterwards. The set-up call ended with
``ls /tmp/wt-s243 /tmp/wt-set243 | head`` (the top folder of the worktree only: README.md, benchmarks, configs, docs,
pyproject.toml, scripts, src, tests), not a listing of tests/. (2) peek.py first printed to the terminal, which the tool
cut in the middle (it showed set 239's first paragraph and the start of set 240's, then from inside set 242's Judgement
calls on, set 242's Contents and Baseline paragraphs, its imports and its tail); the second run went to
/tmp/s243scratch/peek.out (only the allowed parts), which I paged with ``sed -n`` on that output file, never on a file
of the repository; nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import (and gen243.py's import of the written file, to compare it with the scratch data) loads the cleaner's modules,
but nothing was cleaned before the measurement and no source under src/ was printed. (4) Before writing I compared my
wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service used for a held-out
marker here is named for a marker in them (SoundCloud, Infogram, Strava, Genially, Google Maps, Spotify, X and RUTUBE
are new as marker services; X is named there only in share rows; the failures are worded anew: a private track playable
only by its uploader, a chart not displayed with a turn-off-your-ad-blocker hint, an activity visible only to followers,
an embed needing the interactive-content cookie category, a map blocked after an objection to Google's cookies, an embed
unavailable after the profiling cookies were refused, a post not shown because the account was suspended, a live stream
ended with its recording still being processed); the reading times avoid the phrasings named there (the new ones are
"Time to read: ... mins", a stopwatch-emoji "min read" label with a word count, "Lecture 5 min · 900 mots" with a word
count and no colon, "Min. Lesezeit", "Si legge in", "minut czytania" and "минут на чтение"); the bylines are of new
shapes (a words-and-pictures line, a posted-by-in-a-section line, a French by-name-local-correspondent line, an Italian
by-name-sent-along-the-canal line) and the plugs are of kinds not named there (Facebook Marketplace, Kleinanzeigen,
Patronite, Avito); the footers use builders, hosts and legal lines not named there (Netlify with Hugo and PaperMod, an
IPSO line, a part-of-a-media-group line, Canalblog, the German WordPress credit with Astra, Aruba.it, WordPress.com, a
Russian link-required-when-quoting line); the comment lines (a commenting-closed note, a count with a
join-the-discussion invitation, the WordPress follow-up-comments checkbox, the French WordPress e-mail-not-published
note, a German comment-function-closed note, an Italian log-in-to-comment row, a Polish show-older-comments button, a
Russian log-in-with-VK-or-Yandex-ID note), the share rows (send-this-to-a-friend with Messenger; Artikel weiterleiten
with Threema; отправить другу with Почта) and the notices (a French hosted-by-the-tourist-office disclosure and an
Italian updated-with-the-final-standings note in the body, a Polish also-in-print note at the foot) are of kinds not
named there. The page furniture (mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief
lists; the layouts differ from those of set 242 (see the first paragraph). (5) Invented names were checked with
``find_string`` (exact, case-insensitive, over public GitHub files) before use. No hits: Grebbleton, Dripplewick,
Hedgecrock, "Tollbridge Media", Saucegny, Saucelard, Soßenhafen, Bratenschütt (checked, then not used), Intingolano,
Sughettini, Sosowice, Sosiczówna (checked, then not used), Соусоводск, Соусницына (checked, then not used), "Pleacher
Peggy", "Plesseuse Têtue", Haselhexe, "Siepe Spettinata", Żywopłotka and "Плетёнка Ани". Dropped for hits: Saucemont
(inside SauceMonthly, SauceMonterrey and SauceMontrull in code), Sugarolo (inside Sugarologie and Sugarology) and
Подливкин (a surname in code samples). "The Grebbleton Mercury", "L'Écho de Saucegny", "Soßenhafener Kurier", "Il
Gazzettino di Intingolano", "Kurier Sosowicki" and «Соусоводский вестник» are formed from checked names; the boats'
names (Lumpy, Grumeau, Klümpchen, Grumetta, Grudka, Комочек) are ordinary words, and the first names of the bloggers
(Peggy, Maëlle, Hanne, Chiara, Kasia, Аня), their cousins and tutors and the commenters (first names with an initial or
nicknames) were not checked; the page people otherwise go unnamed. Real services, platforms, shops, bodies and towns
(SoundCloud, Infogram, Strava, Genially, Google Maps, Spotify, X, RUTUBE, Facebook Marketplace, Kleinanzeigen,
Patronite, Avito, Netlify, Hugo, PaperMod, IPSO, Canalblog, WordPress and WordPress.com, Astra, Kadence, Aruba.it,
Messenger, Threema, Telegram, WhatsApp, Facebook, Instagram, Pinterest, ВКонтакте, Одноклассники, Яндекс ID, Почта,
Amazon, Allegro, Ozon, Etsy, Ярмарка Мастеров, the Hunsrück, Ludlow, Vire, Husum, Cuneo, Sanok and Торжок) are named as
real pages do. (6) A script (/tmp/s243scratch/check.py) checked case-insensitively that no noise line (held-out or page)
sits inside an article line, a keep line or another noise line, that no line repeats, that no line holds an at-sign or
stray white space, and that each page has 10 article and 20 noise lines; its first run found the French and Italian
portals' bare reading time "4 min" repeated and inside the English, German and Polish portals' reading times ("4 min
read", "4 Min.", "4 min czytania"); I changed them to "4 minutes de lecture" and "4 minuti di lettura" (while writing I
had given the German portal the advertisement label "Werbung" rather than "Anzeige", to keep it out of "Kleinanzeigen"
of a held-out plug; it would also have sat inside "Traueranzeigen" of that page's menu); the next run found nothing
wrong. It also printed the counts by category, language and place, which match the Contents paragraph. gen243.py checks
that no line of the file is over 120 columns and that it holds no at-sign, and imports the written file back and finds
its lists, pages and tables equal to the scratch data. (7) The measurement was run once, as the brief gives it, in one
shell call at 22:23:13 UTC by ``date``, with the xfail tables empty and this docstring without its Baseline paragraph
and these notes (7) to (9) (the measured copy is kept as /tmp/s243scratch/pre_measure_copy.py); pytest printed 17
failed, 60 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py (/tmp/s243scratch,
importing the copy in /tmp/wt-s243/tests with /tmp/wt-s243/src on the path) then printed ``_problems`` of each failing
case: the six lines and the eleven pages of the tables; every problem of a line is that it is kept ("kept boilerplate"),
and every problem of a page is a kept noise line or a lost (or out of order) article line; no keep line is lost, and no
problem of another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not
printed. (8) The tables were written from that output (/tmp/s243scratch/mktables.py writes tables243.py from the saved
problems.json, which gen243.py puts into this file); mktables.py checks that every problem is a kept line or a lost
article line and matches each printed snippet to exactly one line of its page, which the reason quotes in full with
where it sits and the count the report counts left; the reason of each line quotes it and says where it was put; the
keys of the tables are exactly the failing lines and pages of that output; the lists and pages of the final file were
imported back and found equal to the scratch data, and the final file was checked with the pytest command in
/tmp/wt-s243 (see the Baseline paragraph). (9) Clock: ``date`` printed 22:17:55 at the start, 22:19:50 after the name
checks, 22:23:13 at the measurement, 22:23:44 just before the problems were printed and 22:23:54 after; the tables, the
Baseline paragraph and these notes followed, and the commit within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the gravy-boat regatta and the hedgelaying
match that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a fact of the story,
so article ("Comments from the lock-keeper", "Commentée depuis une péniche", "Kommentare der Schleusenwärterin",
"Commentando la vittoria", "Komentarze sędziów" and "Комментируя итоги регаты" open like comment furniture but report
what a lock-keeper, a commentator on a barge, a lock-keeper, the winning helmswoman, the judges and a judge said;
"Sharing a gravy boat", "Partager la saucière", "Geteilt wurde der Hauptpreis", "Condividere le cesoie" and
"Udostępniony przez rolnika żywopłot" open like share rows but tell of a boat shared by twins, a rule against sharing, a
prize split between sisters, a rule against sharing shears and a hedge lent by a farmer; "Followers of hedgelaying",
"Suivie par plus de huit cents personnes" and "Seguita da centinaia di curiosi" open like follow prompts but tell of
spectators; "Subscribers to the canal society's newsletter", "Abonnenten des Heimatblatts" and "Подписчики местной
газеты" open like subscribe prompts but tell of free mooring, free gravy and free seats for readers; "Copyright of the
regatta's silver gravy-boat trophy" opens like a copyright line but tells who owns a trophy; "Advertising the match on
the parish noticeboard" opens like an ad label but tells how entrants were found; "Reading the grain of each hazel stem"
opens like a reading time but tells how the winner worked). Borderline categories: the four plugs (Facebook Marketplace,
Kleinanzeigen, Patronite, Avito) are bylines and self-promotion, at the foot, since each promotes the author's own work
or support page in the author's voice; the words-and-pictures line and the posted-by-in-a-section line are bylines
though one credits photos as well and the other names a section; the SoundCloud, Infogram, Strava, Genially, Google
Maps, Spotify, X and RUTUBE lines are markers (what an embed leaves in the text when it does not show), though some read
as sentences; the IPSO line and the part-of-a-media-group line are footers (legal lines of the publisher, not of the
article), and so are the Netlify, Canalblog, WordPress, Aruba.it and WordPress.com credits and the Russian
link-required-when-quoting line; the commenting-closed note, the count with the join-the-discussion invitation, the
follow-up-comments checkbox label, the e-mail-not-published note, the log-in rows and notes and the show-older button
are comment furniture, since they sit over, in or under the comments and speak only of commenting; the French
hosted-by-the-tourist-office disclosure and the Italian update note are notices in the body (both speak of how the
article they sit in was made), and the Polish also-in-print note is a notice at the foot. On every page the title, the
three paragraphs before the subheading (the third with the quote), the subheading, its three list rows and the two last
paragraphs are article; everything else (mastheads and blog names with taglines, menus, breadcrumbs, bylines and
posted-on lines, reading times, captions and photo credits, share rows, read-also links, advertisement labels, sponsored
headlines, newsletter, follow and subscribe prompts, tags and most-read lines, tables of contents, affiliate disclosures
and links, sign-offs and plugs, comment counts and comments headings, comments and replies, previous-and-next-post lines
and copyright lines) is noise. The list rows (the boat inspection, the heats and the final on the portals; the draw, the
start of cutting and tools down on the blogs) are short but part of each article, so article; the list headings ("How
the regatta ran", "My match day" and the like) are the articles' subheadings, so article; the portals' read-also links
are noise though they sit between the first and second rows, and the blogs' action photo captions and affiliate links
are noise though they sit inside the list block; the arrowed replies, including the author's own, are comment furniture,
so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Russian and notice in French, Italian and Polish; by place head 11 (the
seven reading times and four bylines: two English, a French and an Italian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a German, a Polish and a Russian one, eight footers,
eight comment lines, three share rows and the Polish notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-grebbleton-gravy-boat-regatta (the
23rd Grebbleton gravy-boat regatta, won by a 16-year-old apprentice baker, in The Grebbleton Mercury),
en-blog-pleacher-peggy-first-hedgelaying-match (Peggy's first hedgelaying match at Ludlow, sixth of fourteen novices),
fr-portail-saucegny-regate-de-saucieres (the 23rd gravy-boat (saucière) regatta of Saucegny-sur-Canal, won by a
16-year-old apprentice baker, in L'Écho de Saucegny), fr-blog-plesseuse-tetue-premier-concours-de-plessage (Maëlle's
first hedgelaying (plessage) match at Vire, sixth of fourteen), de-portal-sossenhafen-saucieren-regatta (the 23rd
Soßenhafen gravy-boat (Sauciere) regatta, won by a 16-year-old baker's apprentice, in the Soßenhafener Kurier),
de-blog-haselhexe-erster-heckenlege-wettbewerb (Hanne's first hedgelaying match at Husum, sixth of fourteen),
it-portale-intingolano-regata-delle-salsiere (the 23rd Intingolano gravy-boat (salsiera) regatta, won by a 16-year-old
apprentice baker, in Il Gazzettino di Intingolano), it-blog-siepe-spettinata-prima-gara-di-siepi (Chiara's first
hedgelaying match at Cuneo, sixth of fourteen), pl-portal-sosowice-regaty-sosjerek (the 23rd Sosowice gravy-boat
(sosjerka) regatta, won by a 16-year-old apprentice baker, in the Kurier Sosowicki),
pl-blog-zywoplotka-pierwsze-zawody-w-ukladaniu-zywoplotu (Kasia's first hedgelaying match at Sanok, sixth of fourteen),
ru-portal-sousovodsk-regata-sousnikov (the 23rd Соусоводск gravy-boat (соусник) regatta, won by a 16-year-old apprentice
baker, in «Соусоводский вестник»), ru-blog-pletyonka-ani-pervoe-sorevnovanie-po-ukladke-izgorodi (Аня's first
hedgelaying match at Торжок, sixth of fourteen), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit faa32f0dd1f30f8490c7935fdb3d2d10f0556e28, measured with ``cd /tmp/wt-s243 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s243/src python -m pytest -q tests/test_clean_held_out_243.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s243 && PYTHONPATH=/tmp/wt-s243/src python
scripts/clean_held_out_report.py --sets 243``, with the xfail tables empty, at 22:23:13 UTC by ``date``): noise lines
removed 39/45 (marker 5/8, reading-time 7/7, byline 6/8, footer 8/8, comments 8/8, share 3/3, notice 2/3; the 6 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: three markers in the body (the English SoundCloud private
track, the Italian Spotify embed after refused profiling cookies and the Polish post from a suspended X account), the
Italian sent-along-the-canal byline at the head, the English Facebook Marketplace plug at the foot and the French
hosted-by-the-tourist-office notice in the body; every reading time, footer, comment line and share row, the other
markers, bylines and plugs and the other notices went); keep lines kept 20/20; pages 1/12 clean (the French portal
page), 14 of 240 page noise lines left and 27 of 120 article lines lost. Left: on each of the six blogs the opening
photo's caption between the second paragraph and the paragraph with the quote and the action photo's caption between the
subheading and the first row (2 each); on the English and Russian portals the lead photo's caption with its credit
closing the title block (1 each); the French, German, Italian and Polish portals keep none. Lost (or out of order): on
the German, Polish and Russian portals the subheading, the three rows and the two last paragraphs, every article line
after the paragraph with the quote (6 on each); on the Polish and Russian blogs the third row and the two last
paragraphs (3 each); on the English and Italian portals and the Italian blog the third row (1 each); the English, French
and German blogs and the French portal lose none, and no keep line loses an article line. The failing cases are strict
xfails; with them the pytest command on the final file in /tmp/wt-s243 gave 60 passed, 17 xfailed, no XPASS.

Measured after round 145 (2026-12-07, lead; the writers of sets 243 and 244 worked beside round 145 from its base,
faa32f0; round 145 rebased on main, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data python
scripts/clean_held_out_report.py --sets 225 226 229 230 231 232 233 234 235 236 237 238 239 241 243 244 245 246`` and
the set's pytest file): noise lines removed 39/45 (unchanged), keep lines kept 20/20, pages 4/12 clean (was 1), 12 of
240 page noise lines left (was 14), 8 of 120 article lines lost (was 27). The Polish and Russian portals and blogs and
the English portal keep their timetable rows and last paragraphs again (three portals come clean; their xfails were
removed); the German portal still loses everything after the quote paragraph (6 lines), the Italian portal and blog
their third row. The pages' reasons were reworded to what they still keep or lose. Every other xfail still fails as its
reason says.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_243_LINES: list[tuple[str, str, str]] = [
    ('body', 'This SoundCloud track is private. Only the uploader can play it here.', 'marker'),
    ('body', 'Infogram chart could not be displayed. Turn off your ad blocker and refresh the page.', 'marker'),
    ('body', "Strava activity embed: this activity is only visible to the athlete's followers.", 'marker'),
    ('body',
     "Le contenu Genially ne peut pas s'afficher : acceptez les cookies « Contenus interactifs » pour le voir.",
     'marker'),
    ('body', 'Google-Maps-Karte blockiert: Sie haben der Nutzung von Cookies durch Google widersprochen.', 'marker'),
    ('body', 'Il contenuto di Spotify non è disponibile: hai rifiutato i cookie di profilazione.', 'marker'),
    ('body', 'Wpis z serwisu X nie może zostać wyświetlony, ponieważ konto zostało zawieszone.', 'marker'),
    ('body', 'Трансляция на RUTUBE завершена, запись пока обрабатывается.', 'marker'),
    ('head', 'Time to read: 5 mins', 'reading-time'),
    ('head', '⏱ 8 min read · 1,600 words', 'reading-time'),
    ('head', 'Lecture 5 min · 900 mots', 'reading-time'),
    ('head', '5 Min. Lesezeit', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', '5 minut czytania', 'reading-time'),
    ('head', '5 минут на чтение', 'reading-time'),
    ('head', 'Words and pictures: Oswin Dripplewick', 'byline'),
    ('head', 'Posted by Oswin Dripplewick in Local News', 'byline'),
    ('head', 'Par Gervaise Saucelard, correspondante locale', 'byline'),
    ('head', 'Di Ornella Sughettini, inviata lungo il Naviglio', 'byline'),
    ('tail', 'I make hazel garden hurdles to order – find me on Facebook Marketplace.', 'byline'),
    ('tail', 'Meine geflochtenen Haselzäune gibt es auf Kleinanzeigen – Abholung im Hunsrück.', 'byline'),
    ('tail', 'Wspieraj bloga na Patronite – patroni dostają nowe wpisy wcześniej.', 'byline'),
    ('tail', 'Мои плетёные корзины можно заказать на Авито, отправляю по всей России.', 'byline'),
    ('tail', 'Hosted by Netlify · Built with Hugo · Theme: PaperMod', 'footer'),
    ('tail', 'This newspaper is a member of IPSO, the Independent Press Standards Organisation.', 'footer'),
    ('tail', 'The Grebbleton Mercury is part of the Tollbridge Media Group. All rights reserved.', 'footer'),
    ('tail', 'Blog hébergé par Canalblog · Mentions légales', 'footer'),
    ('tail', 'Stolz präsentiert von WordPress · Theme: Astra', 'footer'),
    ('tail', 'Hosting Aruba.it · Privacy policy · Cookie policy', 'footer'),
    ('tail', 'Blog na WordPress.com.', 'footer'),
    ('tail', 'При цитировании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'Commenting on this article has now closed.', 'comments'),
    ('tail', 'There are 9 comments on this story. Join the discussion.', 'comments'),
    ('tail', 'Notify me of follow-up comments by email.', 'comments'),
    ('tail', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'comments'),
    ('tail', 'Die Kommentarfunktion für diesen Artikel ist geschlossen.', 'comments'),
    ('tail', 'Accedi per commentare · Non hai un account? Registrati', 'comments'),
    ('tail', 'Pokaż starsze komentarze (12)', 'comments'),
    ('tail', 'Чтобы оставить комментарий, войдите через ВКонтакте или Яндекс ID.', 'comments'),
    ('tail', 'Send this to a friend: WhatsApp · Messenger · Email', 'share'),
    ('tail', 'Artikel weiterleiten: WhatsApp · Telegram · Threema', 'share'),
    ('tail', 'Отправить другу: ВКонтакте · Telegram · Почта', 'share'),
    ('body',
     "Nos journalistes ont été invités par l'office de tourisme ; l'article a été rédigé en toute indépendance.",
     'notice'),
    ('body', 'Articolo aggiornato alle 19.30 con la classifica finale della regata.', 'notice'),
    ('tail', 'Tekst ukazał się także w papierowym wydaniu tygodnika.', 'notice'),
]

HELD_OUT_243_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments from the lock-keeper, who has watched every regatta since 1988, were the highlight of the evening.'),
    ('head', 'Sharing a gravy boat with her twin brother, a nine-year-old finished second in the junior race.'),
    ('body', 'Followers of hedgelaying came from three counties to watch the Midland-style match.'),
    ('body', "Subscribers to the canal society's newsletter were given free mooring for the day."),
    ('tail', "Copyright of the regatta's silver gravy-boat trophy passed to the town council in 1979."),
    ('tail', "Advertising the match on the parish noticeboard brought forty entrants, twice last year's field."),
    ('tail', 'Reading the grain of each hazel stem, the winner laid her pleachers without a single break.'),
    ('head', 'Commentée depuis une péniche, la régate a fait rire les deux rives du canal.'),
    ('body', 'Partager la saucière avec son voisin de couloir était interdit par le règlement.'),
    ('tail', 'Suivie par plus de huit cents personnes, la régate a rapporté 2 300 euros aux sauveteurs.'),
    ('head', 'Kommentare der Schleusenwärterin sorgten am Ufer für viel Gelächter.'),
    ('body', 'Geteilt wurde der Hauptpreis zwischen zwei Schwestern aus dem Nachbarort.'),
    ('tail', 'Abonnenten des Heimatblatts erhielten an der Kasse einen Becher Bratensoße gratis.'),
    ('head', "Commentando la vittoria, la timoniera ha dedicato la salsiera d'argento alla nonna."),
    ('body', 'Seguita da centinaia di curiosi, la regata è andata avanti fino al tramonto.'),
    ('tail', 'Condividere le cesoie con gli altri concorrenti era vietato dal regolamento della gara.'),
    ('head', 'Komentarze sędziów dotyczyły głównie równości splotu i wysokości żywopłotu.'),
    ('tail', 'Udostępniony przez rolnika żywopłot miał ponad sto metrów długości.'),
    ('head', 'Комментируя итоги регаты, судья похвалил экипажи за выдержку.'),
    ('tail', 'Подписчики местной газеты получили бесплатные места на набережной.'),
]

HELD_OUT_243_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-grebbleton-gravy-boat-regatta', [
        [
            "-News | Sport | What's On | Canal Life | Obituaries",
            '-The Grebbleton Mercury – Serving the towpath towns since 1874',
            '-Home › News › Canal Life',
        ],
        [
            '+Apprentice baker, 16, wins Grebbleton gravy-boat regatta in a boat called Lumpy',
            '-By Mabyn Hedgecrock · Sunday 9 August 2026, 18:40',
            '-4 min read',
            '-The winner paddles Lumpy under the swing bridge (Photo: Mercury staff)',
        ],
        [
            (
                '+A 16-year-old apprentice baker paddled a two-metre papier-mâché gravy boat to victory in the 23rd '
                'Grebbleton gravy-boat regatta on Saturday.'
            ),
            (
                "+Twenty-eight gravy boats raced 300 metres of the canal between Cooper's Lock and the swing bridge, "
                'watched by more than 900 people on the towpath.'
            ),
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Advertisement',
            '-Sponsored: Five narrowboat holidays you can book for under £500',
            (
                '+"A gravy boat always wants to spin, so paddle short, paddle on both sides and never stop to wave," '
                'said the organiser, a retired lock-keeper who launched the first regatta in 2003.'
            ),
        ],
        [
            '+How the regatta ran',
            '+Boat inspection on the wharf at 10.30',
            '-Read more: Towpath closed for three weeks as lock gates are replaced',
            '+Junior and fancy-dress heats from 12.00',
            '+Main final at 15.00',
        ],
        [
            (
                "+She beat last year's winner, a retired plumber, by half a length after the handle of his boat "
                'snapped off at the swing bridge.'
            ),
            "-Get the Mercury's canal newsletter every Friday – sign up free",
            '-Follow us on Facebook and Instagram',
            (
                '+The regatta raised £2,300 for the canal rescue team, and Lumpy will hang in the bakery window until '
                'next summer.'
            ),
        ],
        [
            '-7 comments',
            '-Barbara T.: Best regatta in years, and the gravy boat with the sails was brilliant.',
            '-Kev D.: Shame about the rain in the heats, but the kids loved it.',
            '-Sue M.: Who judged the fancy dress? The giant sprout was robbed.',
            "-↳ Barbara T.: Sue, the sprout came third, it's on the results board.",
        ],
        [
            '-Tags: regatta, canal, Grebbleton, charity',
            '-Most read: Bus station to close on Sundays · Bakery wins pasty award',
            '-© 2026 The Grebbleton Mercury · Privacy · Terms · Contact us',
        ],
    ]),
    _page('en', 'en-blog-pleacher-peggy-first-hedgelaying-match', [
        [
            '-Pleacher Peggy – billhooks, hazel and far too much mud',
            '-Home · About · Hedge diary · Contact',
        ],
        [
            '-Posted on 15 February 2026 by Peggy · 6 Comments',
            '+My first hedgelaying match: sixth out of fourteen and a very sore thumb',
            '-Reading time: 6 minutes',
        ],
        [
            '-This post contains affiliate links; I may earn a small commission if you buy through them.',
            '-Contents: 1. Getting ready 2. Match day 3. What next',
            (
                '+After a winter course with the county hedgelaying society, I finally entered the novice class at '
                'the Ludlow hedgelaying match last Saturday.'
            ),
        ],
        [
            (
                '+Each of us drew ten metres of overgrown hawthorn along a farm lane and had five hours to cut, lay, '
                'stake and bind it.'
            ),
            '-My plot before I started: a wall of hawthorn taller than me',
            (
                '+"Cut low, lay it steep and let the hedge tell you where it wants to go," the head judge told us at '
                'the briefing.'
            ),
        ],
        [
            '+My match day',
            '-Mid-morning, halfway along and already covered in mud',
            '+Drawing plots at 8.30',
            '+Cutting starts at 9.00',
            '-The billhook I use is this 10-inch one on Amazon (affiliate link)',
            '+Tools down at 14.00',
        ],
        [
            (
                '+I finished sixth out of fourteen novices, behind a retired dairyman who has been laying hedges '
                'since before I was born.'
            ),
            "+Next year I'm entering the intermediate class, and my cousin Jess has already bought her own billhook.",
            '-See you on the next hedge, Peggy x',
            '-Share this post: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-I sell hand-woven hazel wreaths in my Etsy shop – link in the menu.',
            '-Subscribe by email to get new posts from the hedge.',
        ],
        [
            '-6 thoughts on "My first hedgelaying match"',
            '-Jess: So proud of you! Sixth is amazing for a first go.',
            "-↳ Peggy: Thanks Jess, you're next!",
            '-Roger, hedging tutor: Lovely steep pleachers, and your stakes were dead straight.',
            "-↳ Peggy: Roger, that's all down to your winter course!",
        ],
        [
            (
                '-← Previous post: Sharpening a billhook without losing a finger · Next post: Hazel binders, a '
                "beginner's guide →"
            ),
            '-© 2026 Pleacher Peggy · Theme: Kadence · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-saucegny-regate-de-saucieres', [
        [
            '-Actualité | Sports | Sortir | Le canal | Avis de décès',
            "-L'Écho de Saucegny – Le journal des deux rives depuis 1902",
            '-Accueil › Actualité › Le canal',
        ],
        [
            '+Une apprentie boulangère de 16 ans remporte la régate de saucières de Saucegny-sur-Canal',
            '-Par la rédaction · dimanche 9 août 2026 à 18 h 40',
            '-4 minutes de lecture',
            "-La gagnante passe sous le pont tournant à bord de Grumeau (Photo : L'Écho)",
        ],
        [
            (
                '+Une apprentie boulangère de 16 ans a mené une saucière géante en papier mâché de deux mètres à la '
                'victoire de la 23e régate de saucières de Saucegny-sur-Canal, samedi.'
            ),
            (
                "+Vingt-huit saucières ont couru 300 mètres sur le canal entre l'écluse et le pont tournant, devant "
                'plus de 900 personnes massées sur le chemin de halage.'
            ),
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Publicité',
            '-Contenu sponsorisé : cinq croisières fluviales à moins de 500 euros',
            (
                '+« Une saucière veut toujours tourner sur elle-même : pagayez court, des deux côtés, et ne lâchez '
                "jamais la pagaie pour saluer », a rappelé l'organisateur, un ancien éclusier qui a lancé la première "
                'régate en 2003.'
            ),
        ],
        [
            '+Le déroulement de la régate',
            '+Contrôle des bateaux sur le quai à 10 h 30',
            "-À lire aussi : le chemin de halage fermé trois semaines pour changer les portes de l'écluse",
            '+Manches des enfants et des déguisés à partir de 12 h',
            '+Grande finale à 15 h',
        ],
        [
            (
                "+Elle a battu d'une demi-longueur le vainqueur de l'an dernier, un plombier retraité, dont la "
                'saucière a perdu son anse au pont tournant.'
            ),
            "-Recevez chaque vendredi la lettre du canal de L'Écho – inscription gratuite",
            '-Suivez-nous sur Facebook et Instagram',
            (
                '+La régate a rapporté 2 300 euros aux sauveteurs du canal, et Grumeau restera exposé dans la vitrine '
                "de la boulangerie jusqu'à l'été prochain."
            ),
        ],
        [
            '-7 commentaires',
            '-Nadine P. : La plus belle régate depuis des années, bravo à la saucière à voiles !',
            '-Jojo71 : Dommage pour la pluie pendant les manches, mais les enfants ont adoré.',
            '-Martine L. : Qui a jugé les déguisements ? Le chou de Bruxelles géant méritait mieux.',
            "-↳ Nadine P. : Martine, le chou a fini troisième, c'est affiché sur le panneau des résultats.",
        ],
        [
            '-Mots-clés : régate, canal, Saucegny-sur-Canal, solidarité',
            '-Les plus lus : la gare routière fermée le dimanche · Une boulangerie primée pour son flan',
            "-© 2026 L'Écho de Saucegny · Mentions légales · Confidentialité · Nous contacter",
        ],
    ]),
    _page('fr', 'fr-blog-plesseuse-tetue-premier-concours-de-plessage', [
        [
            '-La Plesseuse Têtue – serpe, noisetier et beaucoup trop de boue',
            '-Accueil · À propos · Carnet de haies · Contact',
        ],
        [
            '-Publié le 15 février 2026 par Maëlle · 6 commentaires',
            '+Mon premier concours de plessage : sixième sur quatorze et un pouce en compote',
            '-Temps de lecture : 6 minutes',
        ],
        [
            '-Cet article contient des liens affiliés : je touche une petite commission si vous achetez via ces liens.',
            '-Sommaire : 1. La préparation 2. Le jour du concours 3. Et maintenant',
            (
                "+Après un hiver de stage avec l'association bocagère du département, je me suis enfin inscrite en "
                'catégorie débutants au concours de plessage de Vire samedi dernier.'
            ),
        ],
        [
            (
                "+Chacun a tiré au sort dix mètres d'aubépine en friche le long d'un chemin de ferme, avec cinq "
                'heures pour couper, coucher, piqueter et tresser.'
            ),
            "-Ma parcelle avant de commencer : un mur d'aubépine plus grand que moi",
            (
                '+« Coupez bas, couchez raide et laissez la haie vous dire où elle veut aller », nous a dit le '
                'président du jury au briefing.'
            ),
        ],
        [
            '+Ma journée de concours',
            '-En milieu de matinée, à mi-parcours et déjà couverte de boue',
            '+Tirage des parcelles à 8 h 30',
            '+Début de la coupe à 9 h',
            "-La serpe que j'utilise, un modèle de 25 cm sur Amazon (lien affilié)",
            '+Fin des travaux à 14 h',
        ],
        [
            (
                "+J'ai fini sixième sur quatorze débutants, derrière un éleveur laitier retraité qui plesse des haies "
                'depuis avant ma naissance.'
            ),
            "+L'an prochain je passe en catégorie confirmés, et ma cousine Lou a déjà acheté sa propre serpe.",
            '-À la prochaine haie, Maëlle',
            "-Partager l'article : Facebook · Pinterest · WhatsApp",
        ],
        [
            '-Je vends des couronnes de noisetier tressées main dans ma boutique Etsy – lien dans le menu.',
            '-Abonnez-vous par e-mail pour recevoir les nouveaux articles de la haie.',
        ],
        [
            '-6 réponses à « Mon premier concours de plessage »',
            "-Lou : Trop fière de toi ! Sixième pour un premier concours, c'est énorme.",
            "-↳ Maëlle : Merci Lou, c'est ton tour l'an prochain !",
            '-Bernard, formateur bocage : Très beaux plançons bien couchés, et des piquets parfaitement droits.',
            "-↳ Maëlle : Bernard, c'est grâce à ton stage d'hiver !",
        ],
        [
            (
                '-← Article précédent : Affûter une serpe sans perdre un doigt · Article suivant : Les liens de '
                'noisetier pour débuter →'
            ),
            '-© 2026 La Plesseuse Têtue · Thème : Kadence · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-sossenhafen-saucieren-regatta', [
        [
            '-Lokales | Sport | Freizeit | Am Kanal | Traueranzeigen',
            '-Soßenhafener Kurier – Die Zeitung vom Kanal seit 1891',
            '-Startseite › Lokales › Am Kanal',
        ],
        [
            '+16-jährige Bäckerei-Auszubildende gewinnt die Sauciere-Regatta in Soßenhafen',
            '-Von unserer Lokalredaktion · Sonntag, 9. August 2026, 18:40 Uhr',
            '-4 Min.',
            '-Die Siegerin paddelt mit ihrem Boot „Klümpchen“ unter der Drehbrücke durch (Foto: Kurier)',
        ],
        [
            (
                '+Eine 16-jährige Bäckerei-Auszubildende hat am Samstag mit einer zwei Meter langen Sauciere aus '
                'Pappmaché die 23. Sauciere-Regatta von Soßenhafen gewonnen.'
            ),
            (
                '+Achtundzwanzig Saucieren fuhren 300 Meter auf dem Kanal zwischen der Schleuse und der Drehbrücke, '
                'mehr als 900 Menschen sahen vom Treidelpfad aus zu.'
            ),
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '-Werbung',
            '-Gesponsert: Fünf Hausboot-Urlaube für unter 500 Euro',
            (
                '+„Eine Sauciere will sich immer drehen, also kurz paddeln, auf beiden Seiten, und nie zum Winken '
                'aufhören“, sagte der Organisator, ein pensionierter Schleusenwärter, der die erste Regatta 2003 ins '
                'Leben rief.'
            ),
        ],
        [
            '+So lief die Regatta',
            '+Bootsabnahme am Kai um 10.30 Uhr',
            '-Lesen Sie auch: Treidelpfad drei Wochen gesperrt – Schleusentore werden erneuert',
            '+Kinder- und Kostümläufe ab 12 Uhr',
            '+Großes Finale um 15 Uhr',
        ],
        [
            (
                '+Sie schlug den Vorjahressieger, einen pensionierten Installateur, um eine halbe Bootslänge, nachdem '
                'an der Drehbrücke der Henkel seiner Sauciere abgebrochen war.'
            ),
            '-Der Kanal-Newsletter des Kuriers kommt jeden Freitag – jetzt kostenlos abonnieren',
            '-Folgen Sie uns auf Facebook und Instagram',
            (
                '+Die Regatta brachte 2300 Euro für die Wasserrettung ein, und das „Klümpchen“ hängt bis zum nächsten '
                'Sommer im Schaufenster der Bäckerei.'
            ),
        ],
        [
            '-7 Kommentare',
            '-Heike W.: Schönste Regatta seit Jahren, und die Sauciere mit Segel war großartig.',
            '-Kalle_71: Schade um den Regen bei den Vorläufen, aber die Kinder hatten ihren Spaß.',
            '-Moni S.: Wer hat eigentlich die Kostüme bewertet? Der Riesen-Rosenkohl hätte gewinnen müssen.',
            '-↳ Heike W.: Moni, der Rosenkohl wurde Dritter, steht auf der Ergebnistafel.',
        ],
        [
            '-Schlagworte: Regatta, Kanal, Soßenhafen, Spenden',
            '-Meistgelesen: Busbahnhof sonntags geschlossen · Bäckerei gewinnt Preis für Bienenstich',
            '-© 2026 Soßenhafener Kurier · Impressum · Datenschutz · Kontakt',
        ],
    ]),
    _page('de', 'de-blog-haselhexe-erster-heckenlege-wettbewerb', [
        [
            '-Haselhexe – Hippe, Haselstecken und viel zu viel Matsch',
            '-Start · Über mich · Heckentagebuch · Kontakt',
        ],
        [
            '-Veröffentlicht am 15. Februar 2026 von Hanne · 6 Kommentare',
            '+Mein erster Heckenlege-Wettbewerb: Sechste von vierzehn und ein dicker Daumen',
            '-Lesezeit: 6 Minuten',
        ],
        [
            '-Dieser Beitrag enthält Affiliate-Links; kaufst du darüber, bekomme ich eine kleine Provision.',
            '-Inhalt: 1. Die Vorbereitung 2. Der Wettbewerbstag 3. Wie es weitergeht',
            (
                '+Nach einem Winterkurs beim Knickverein des Kreises bin ich letzten Samstag endlich in der '
                'Anfängerklasse beim Heckenlege-Wettbewerb in Husum angetreten.'
            ),
        ],
        [
            (
                '+Jede von uns hat zehn Meter verwilderten Weißdorn an einem Feldweg gelost und hatte fünf Stunden '
                'Zeit, um zu schneiden, zu legen, zu pfählen und zu flechten.'
            ),
            '-Mein Abschnitt vor dem Start: eine Weißdornwand, höher als ich',
            (
                '+„Schneidet tief, legt steil und lasst euch von der Hecke zeigen, wohin sie will“, sagte uns der '
                'Hauptjuror bei der Einweisung.'
            ),
        ],
        [
            '+Mein Wettbewerbstag',
            '-Am Vormittag, halb fertig und schon voller Matsch',
            '+Auslosung der Abschnitte um 8.30 Uhr',
            '+Start der Schnittarbeit um 9 Uhr',
            '-Die Hippe, die ich benutze, ein 25-cm-Modell bei Amazon (Affiliate-Link)',
            '+Werkzeug nieder um 14 Uhr',
        ],
        [
            (
                '+Ich wurde Sechste von vierzehn Anfängern, hinter einem pensionierten Milchbauern, der schon Hecken '
                'legt, seit es mich gibt.'
            ),
            (
                '+Nächstes Jahr trete ich in der Fortgeschrittenenklasse an, und meine Cousine Svenja hat schon ihre '
                'eigene Hippe.'
            ),
            '-Bis zur nächsten Hecke, eure Hanne',
            '-Beitrag teilen: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Handgeflochtene Haselkränze gibt es in meinem Etsy-Shop – der Link ist im Menü.',
            '-Abonniere den Blog per E-Mail und verpasse keinen neuen Beitrag aus der Hecke.',
        ],
        [
            '-6 Gedanken zu „Mein erster Heckenlege-Wettbewerb“',
            '-Svenja: Ich bin so stolz auf dich! Sechste beim ersten Mal ist der Wahnsinn.',
            '-↳ Hanne: Danke, Svenja, nächstes Jahr bist du dran!',
            '-Jürgen, Knickkursleiter: Schön steil gelegte Stämmlinge, und die Pfähle standen kerzengerade.',
            '-↳ Hanne: Jürgen, das verdanke ich deinem Winterkurs!',
        ],
        [
            (
                '-← Vorheriger Beitrag: Eine Hippe schärfen, ohne einen Finger zu verlieren · Nächster Beitrag: '
                'Haselruten flechten für Anfänger →'
            ),
            '-© 2026 Haselhexe · Theme: Kadence · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-intingolano-regata-delle-salsiere', [
        [
            '-Cronaca | Sport | Eventi | Il Naviglio | Necrologi',
            '-Il Gazzettino di Intingolano – Il giornale del Naviglio dal 1908',
            '-Home › Cronaca › Il Naviglio',
        ],
        [
            '+Apprendista fornaia di 16 anni vince la regata delle salsiere di Intingolano',
            '-Redazione · domenica 9 agosto 2026, ore 18:40',
            '-4 minuti di lettura',
            '-La vincitrice passa sotto il ponte girevole con la sua Grumetta (Foto: Gazzettino)',
        ],
        [
            (
                "+Un'apprendista fornaia di 16 anni ha portato alla vittoria una salsiera di cartapesta lunga due "
                'metri nella 23ª regata delle salsiere di Intingolano, sabato.'
            ),
            (
                '+Ventotto salsiere hanno percorso 300 metri di Naviglio tra la chiusa e il ponte girevole, sotto gli '
                "occhi di oltre 900 persone lungo l'alzaia."
            ),
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            '-Pubblicità',
            '-Contenuto sponsorizzato: cinque vacanze in houseboat sotto i 500 euro',
            (
                '+«Una salsiera vuole sempre girare su se stessa: pagaiate corto, da tutti e due i lati, e non '
                "smettete mai per salutare», ha detto l'organizzatore, un ex guardiano della chiusa che ha inventato "
                'la regata nel 2003.'
            ),
        ],
        [
            '+Come si è svolta la regata',
            '+Controllo delle barche sulla banchina alle 10.30',
            '-Leggi anche: alzaia chiusa per tre settimane, si cambiano le porte della chiusa',
            '+Batterie dei bambini e in costume dalle 12',
            '+Finale alle 15',
        ],
        [
            (
                "+Ha battuto di mezza lunghezza il vincitore dell'anno scorso, un idraulico in pensione, la cui "
                'salsiera ha perso il manico al ponte girevole.'
            ),
            '-Ricevi ogni venerdì la newsletter del Naviglio – iscriviti gratis',
            '-Seguici su Facebook e Instagram',
            (
                '+La regata ha raccolto 2.300 euro per i soccorritori del Naviglio, e Grumetta resterà appesa nella '
                'vetrina del forno fino alla prossima estate.'
            ),
        ],
        [
            '-7 commenti',
            '-Rosanna B.: La regata più bella da anni, bravissima la salsiera con le vele.',
            '-Gigi_71: Peccato per la pioggia durante le batterie, ma i bambini si sono divertiti.',
            '-Tiziana F.: Chi ha giudicato i costumi? Il cavolino di Bruxelles gigante meritava di più.',
            '-↳ Rosanna B.: Tiziana, il cavolino è arrivato terzo, è scritto sul tabellone.',
        ],
        [
            '-Tag: regata, Naviglio, Intingolano, beneficenza',
            '-I più letti: autostazione chiusa la domenica · Premiato il panettone di un forno del centro',
            '-© 2026 Il Gazzettino di Intingolano · Note legali · Privacy · Contatti',
        ],
    ]),
    _page('it', 'it-blog-siepe-spettinata-prima-gara-di-siepi', [
        [
            '-Siepe Spettinata – roncola, nocciolo e fin troppo fango',
            '-Home · Chi sono · Diario delle siepi · Contatti',
        ],
        [
            '-Pubblicato il 15 febbraio 2026 da Chiara · 6 commenti',
            '+La mia prima gara di siepi intrecciate: sesta su quattordici e un pollice dolorante',
            '-Tempo di lettura: 6 minuti',
        ],
        [
            (
                '-Questo post contiene link di affiliazione: se acquisti tramite questi link ricevo una piccola '
                'commissione.'
            ),
            '-Indice: 1. La preparazione 2. Il giorno della gara 3. E adesso',
            (
                "+Dopo un corso invernale con l'associazione provinciale delle siepi, sabato scorso mi sono "
                'finalmente iscritta alla categoria principianti della gara di siepi di Cuneo.'
            ),
        ],
        [
            (
                '+Ognuno di noi ha sorteggiato dieci metri di biancospino incolto lungo una strada di campagna e '
                'aveva cinque ore per tagliare, piegare, palare e intrecciare.'
            ),
            '-Il mio tratto prima di iniziare: un muro di biancospino più alto di me',
            (
                '+«Tagliate basso, piegate ripido e lasciate che sia la siepe a dirvi dove vuole andare», ci ha detto '
                'il presidente della giuria al briefing.'
            ),
        ],
        [
            '+La mia giornata di gara',
            '-A metà mattina, a metà tratto e già coperta di fango',
            '+Sorteggio dei tratti alle 8.30',
            '+Inizio del taglio alle 9',
            '-La roncola che uso, un modello da 25 cm su Amazon (link di affiliazione)',
            '+Attrezzi giù alle 14',
        ],
        [
            (
                '+Sono arrivata sesta su quattordici principianti, dietro a un allevatore in pensione che piega siepi '
                'da prima che io nascessi.'
            ),
            "+L'anno prossimo passo alla categoria esperti, e mia cugina Marta ha già comprato la sua roncola.",
            '-Alla prossima siepe, Chiara',
            '-Condividi il post: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Vendo ghirlande di nocciolo intrecciate a mano nel mio negozio Etsy – trovi il link nel menu.',
            '-Iscriviti via email per ricevere i nuovi post dalla siepe.',
        ],
        [
            '-6 pensieri su “La mia prima gara di siepi intrecciate”',
            '-Marta: Che orgoglio! Sesta alla prima gara è un risultato enorme.',
            "-↳ Chiara: Grazie Marta, l'anno prossimo tocca a te!",
            '-Franco, istruttore di siepi: Bei polloni piegati ripidi, e i pali erano dritti come fusi.',
            '-↳ Chiara: Franco, è tutto merito del tuo corso invernale!',
        ],
        [
            (
                '-← Post precedente: Affilare una roncola senza perdere un dito · Post successivo: Legacci di '
                'nocciolo per principianti →'
            ),
            '-© 2026 Siepe Spettinata · Tema: Kadence · Creato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-sosowice-regaty-sosjerek', [
        [
            '-Wiadomości | Sport | Kultura | Nad kanałem | Nekrologi',
            '-Kurier Sosowicki – Gazeta znad kanału od 1925 roku',
            '-Strona główna › Wiadomości › Nad kanałem',
        ],
        [
            '+16-letnia uczennica piekarni wygrała regaty sosjerek w Sosowicach',
            '-Redakcja · niedziela, 9 sierpnia 2026, 18:40',
            '-4 min czytania',
            '-Zwyciężczyni przepływa pod mostem zwodzonym w swojej Grudce (fot. Kurier)',
        ],
        [
            (
                '+16-letnia uczennica piekarni wygrała w sobotę 23. regaty sosjerek w Sosowicach, płynąc dwumetrową '
                'sosjerką z papier-mâché.'
            ),
            (
                '+Dwadzieścia osiem sosjerek ścigało się na 300 metrach kanału między śluzą a mostem zwodzonym, a z '
                'brzegu patrzyło ponad 900 osób.'
            ),
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '-Reklama',
            '-Materiał sponsorowany: pięć rejsów barką poniżej 2000 zł',
            (
                '+– Sosjerka zawsze chce się kręcić, więc wiosłujcie krótko, z obu stron i nigdy nie przestawajcie, '
                'żeby komuś pomachać – mówił organizator, emerytowany śluzowy, który wymyślił regaty w 2003 roku.'
            ),
        ],
        [
            '+Jak przebiegały regaty',
            '+Przegląd łodzi na nabrzeżu o 10:30',
            '-Czytaj także: ścieżka nad kanałem zamknięta na trzy tygodnie, wymiana wrót śluzy',
            '+Wyścigi dzieci i przebierańców od 12:00',
            '+Wielki finał o 15:00',
        ],
        [
            (
                '+O pół długości pokonała zeszłorocznego zwycięzcę, emerytowanego hydraulika, któremu przy moście '
                'odpadło ucho sosjerki.'
            ),
            '-Zapisz się na piątkowy newsletter Kuriera znad kanału – to nic nie kosztuje',
            '-Obserwuj nas na Facebooku i Instagramie',
            (
                '+Regaty przyniosły 2300 zł dla wodnych ratowników, a Grudka do przyszłego lata zawiśnie w witrynie '
                'piekarni.'
            ),
        ],
        [
            '-7 komentarzy',
            '-Basia K.: Najlepsze regaty od lat, a sosjerka z żaglem była genialna.',
            '-zenek71: Szkoda, że padało podczas wyścigów, ale dzieciaki były zachwycone.',
            '-Grażyna W.: Kto oceniał przebrania? Wielka brukselka została skrzywdzona.',
            '-↳ Basia K.: Grażyna, brukselka była trzecia, jest na tablicy z wynikami.',
        ],
        [
            '-Tagi: regaty, kanał, Sosowice, zbiórka',
            '-Najczęściej czytane: dworzec autobusowy zamknięty w niedziele · Piekarnia nagrodzona za pączki',
            '-© 2026 Kurier Sosowicki · Regulamin · Polityka prywatności · Kontakt',
        ],
    ]),
    _page('pl', 'pl-blog-zywoplotka-pierwsze-zawody-w-ukladaniu-zywoplotu', [
        [
            '-Żywopłotka – sierpak, leszczyna i zdecydowanie za dużo błota',
            '-Start · O mnie · Dziennik żywopłotu · Kontakt',
        ],
        [
            '-Opublikowano 15 lutego 2026 przez Kasię · 6 komentarzy',
            '+Moje pierwsze zawody w układaniu żywopłotu: szósta na czternaście i obolały kciuk',
            '-Czas lektury: 6 minut',
        ],
        [
            '-Ten wpis zawiera linki afiliacyjne; jeśli coś przez nie kupisz, dostanę niewielką prowizję.',
            '-Spis treści: 1. Przygotowania 2. Dzień zawodów 3. Co dalej',
            (
                '+Po zimowym kursie w powiatowym stowarzyszeniu miłośników żywopłotów w zeszłą sobotę wreszcie '
                'wystartowałam w kategorii początkujących na zawodach w Sanoku.'
            ),
        ],
        [
            (
                '+Każdy z nas wylosował dziesięć metrów zarośniętego głogu przy polnej drodze i miał pięć godzin, '
                'żeby go przyciąć, położyć, zapalikować i zapleść.'
            ),
            '-Mój odcinek przed startem: ściana głogu wyższa ode mnie',
            (
                '+– Tnijcie nisko, kładźcie stromo i pozwólcie, żeby żywopłot sam wam powiedział, dokąd chce iść – '
                'mówił na odprawie przewodniczący jury.'
            ),
        ],
        [
            '+Mój dzień zawodów',
            '-Przed południem, w połowie odcinka i już cała w błocie',
            '+Losowanie odcinków o 8:30',
            '+Start cięcia o 9:00',
            '-Sierpak, którego używam, model 25 cm na Allegro (link afiliacyjny)',
            '+Koniec pracy o 14:00',
        ],
        [
            (
                '+Zajęłam szóste miejsce na czternastu początkujących, za emerytowanym hodowcą krów, który układa '
                'żywopłoty, odkąd pamiętam.'
            ),
            '+Za rok startuję w kategorii średniozaawansowanych, a moja kuzynka Ewa kupiła już własny sierpak.',
            '-Do zobaczenia przy następnym żywopłocie, Kasia',
            '-Udostępnij wpis: Facebook · Pinterest · WhatsApp',
        ],
        [
            '-Ręcznie plecione wianki z leszczyny sprzedaję w moim sklepie na Etsy – link w menu.',
            '-Zapisz się przez e-mail, aby dostawać nowe wpisy prosto z żywopłotu.',
        ],
        [
            '-6 komentarzy do „Moje pierwsze zawody w układaniu żywopłotu”',
            '-Ewa: Jestem z ciebie dumna! Szóste miejsce za pierwszym razem to coś.',
            '-↳ Kasia: Dzięki, Ewa, za rok twoja kolej!',
            '-Zbyszek, instruktor: Pięknie położone pędy, a paliki stały prosto jak struna.',
            '-↳ Kasia: Zbyszku, to wszystko zasługa twojego zimowego kursu!',
        ],
        [
            (
                '-← Poprzedni wpis: Jak naostrzyć sierpak i nie stracić palca · Następny wpis: Leszczynowe wiązania '
                'dla początkujących →'
            ),
            '-© 2026 Żywopłotka · Motyw: Kadence · Napędzane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-sousovodsk-regata-sousnikov', [
        [
            '-Новости | Спорт | Афиша | Канал | Некрологи',
            '-«Соусоводский вестник» — газета двух берегов с 1913 года',
            '-Главная › Новости › Канал',
        ],
        [
            '+16-летняя ученица пекаря выиграла регату соусников в Соусоводске',
            '-Редакция · воскресенье, 9 августа 2026, 18:40',
            '-4 мин',
            '-Победительница проходит под разводным мостом на своём «Комочке» (фото: «Вестник»)',
        ],
        [
            (
                '+16-летняя ученица пекаря выиграла в субботу 23-ю регату соусников в Соусоводске на двухметровом '
                'соуснике из папье-маше.'
            ),
            (
                '+Двадцать восемь соусников прошли 300 метров по каналу от шлюза до разводного моста, а с берега за '
                'ними следили больше 900 человек.'
            ),
            '-Поделиться: ВКонтакте · Одноклассники · Telegram · WhatsApp',
        ],
        [
            '-Реклама',
            '-Партнёрский материал: пять речных круизов дешевле 20 тысяч рублей',
            (
                '+«Соусник всегда хочет закрутиться, поэтому гребите коротко, с обеих сторон и никогда не бросайте '
                'весло, чтобы помахать», — сказал организатор, бывший смотритель шлюза, придумавший регату в 2003 '
                'году.'
            ),
        ],
        [
            '+Как прошла регата',
            '+Осмотр лодок на причале в 10:30',
            '-Читайте также: набережную закрыли на три недели из-за замены ворот шлюза',
            '+Детские и костюмированные заплывы с 12:00',
            '+Главный финал в 15:00',
        ],
        [
            (
                '+Она на полкорпуса опередила прошлогоднего победителя, сантехника на пенсии, у соусника которого у '
                'моста отломилась ручка.'
            ),
            '-Подпишитесь на пятничную рассылку «Вестника» о канале — это бесплатно',
            '-Подписывайтесь на нас во ВКонтакте и в Telegram',
            (
                '+Регата собрала 23 тысячи рублей для спасателей на воде, а «Комочек» до следующего лета будет висеть '
                'в витрине пекарни.'
            ),
        ],
        [
            '-7 комментариев',
            '-Галина С.: Лучшая регата за много лет, соусник с парусом просто чудо.',
            '-Серый_71: Жаль, что в заплывах шёл дождь, но дети были в восторге.',
            '-Нина Ф.: А кто судил костюмы? Гигантскую брюссельскую капусту засудили.',
            '-↳ Галина С.: Нина, капуста заняла третье место, это есть на табло.',
        ],
        [
            '-Теги: регата, канал, Соусоводск, благотворительность',
            '-Самое читаемое: автовокзал закроют по воскресеньям · Пекарня получила награду за пироги',
            '-© 2026 «Соусоводский вестник» · Правила · Конфиденциальность · Контакты',
        ],
    ]),
    _page('ru', 'ru-blog-pletyonka-ani-pervoe-sorevnovanie-po-ukladke-izgorodi', [
        [
            '-Плетёнка Ани — секач, лещина и слишком много грязи',
            '-Главная · Обо мне · Дневник изгороди · Контакты',
        ],
        [
            '-Опубликовано 15 февраля 2026 автором Аня · 6 комментариев',
            '+Моё первое соревнование по укладке живой изгороди: шестая из четырнадцати и больной палец',
            '-Время чтения: 6 минут',
        ],
        [
            '-В этом посте есть партнёрские ссылки: если вы купите что-то по ним, я получу небольшой процент.',
            '-Содержание: 1. Подготовка 2. День соревнований 3. Что дальше',
            (
                '+После зимних курсов в областном клубе любителей живых изгородей я в прошлую субботу наконец '
                'выступила в категории новичков на соревнованиях в Торжке.'
            ),
        ],
        [
            (
                '+Каждый из нас вытянул по жребию десять метров заросшего боярышника вдоль просёлочной дороги и '
                'получил пять часов, чтобы срубить, уложить, закрепить кольями и оплести.'
            ),
            '-Мой участок до начала: стена боярышника выше меня',
            (
                '+«Рубите низко, кладите круто и дайте изгороди самой подсказать, куда она хочет идти», — сказал нам '
                'на инструктаже главный судья.'
            ),
        ],
        [
            '+Мой день соревнований',
            '-Середина утра, полпути пройдено, и я уже вся в грязи',
            '+Жеребьёвка участков в 8:30',
            '+Начало рубки в 9:00',
            '-Секач, которым я работаю, модель на 25 см на Ozon (партнёрская ссылка)',
            '+Окончание работ в 14:00',
        ],
        [
            (
                '+Я заняла шестое место из четырнадцати новичков, уступив пенсионеру-животноводу, который укладывает '
                'изгороди дольше, чем я живу.'
            ),
            '+В следующем году я выступлю среди опытных, а моя двоюродная сестра Оля уже купила себе секач.',
            '-До встречи у следующей изгороди, Аня',
            '-Поделиться постом: ВКонтакте · Telegram · WhatsApp',
        ],
        [
            '-Плетёные венки из лещины ручной работы продаю на Ярмарке Мастеров — ссылка в меню.',
            '-Подпишитесь по e-mail, чтобы получать новые посты прямо из-под изгороди.',
        ],
        [
            '-6 комментариев к «Моё первое соревнование по укладке живой изгороди»',
            '-Оля: Я так тобой горжусь! Шестое место с первого раза — это круто.',
            '-↳ Аня: Спасибо, Оля, в следующем году твоя очередь!',
            '-Виктор, инструктор клуба: Красиво уложенные побеги, а колья стояли как по струнке.',
            '-↳ Аня: Виктор, это всё благодаря вашим зимним курсам!',
        ],
        [
            (
                '-← Предыдущий пост: Как наточить секач и не остаться без пальца · Следующий пост: Ореховые перевязки '
                'для начинающих →'
            ),
            '-© 2026 Плетёнка Ани · Тема: Kadence · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'This SoundCloud track is private. Only the uploader can play it here.':
        (
            'an English SoundCloud track that is private, playable only by its uploader ("This SoundCloud track is '
            'private. Only the uploader can play it here."), a marker line, is left in the body'
        ),
    'Il contenuto di Spotify non è disponibile: hai rifiutato i cookie di profilazione.':
        (
            'an Italian Spotify embed not available because the reader refused the profiling cookies ("Il contenuto '
            'di Spotify non è disponibile: hai rifiutato i cookie di profilazione."), a marker line, is left in the '
            'body'
        ),
    'Wpis z serwisu X nie może zostać wyświetlony, ponieważ konto zostało zawieszone.':
        (
            'a Polish post from X that cannot be shown because the account was suspended ("Wpis z serwisu X nie może '
            'zostać wyświetlony, ponieważ konto zostało zawieszone."), a marker line, is left in the body'
        ),
    'Di Ornella Sughettini, inviata lungo il Naviglio':
        (
            'an Italian by-name-sent-along-the-canal (inviata lungo il Naviglio) byline ("Di Ornella Sughettini, '
            'inviata lungo il Naviglio"), a byline line, is left at the head'
        ),
    'I make hazel garden hurdles to order – find me on Facebook Marketplace.':
        (
            'an English Facebook Marketplace plug for the author\'s made-to-order hazel hurdles ("I make hazel garden '
            'hurdles to order – find me on Facebook Marketplace."), a byline line, is left at the foot'
        ),
    "Nos journalistes ont été invités par l'office de tourisme ; l'article a été rédigé en toute indépendance.":
        (
            'a French our-journalists-were-invited-by-the-tourist-office disclosure ("Nos journalistes ont été '
            'invités par l\'office de tourisme ; l\'article a été rédigé en toute indépendance."), a notice line, is '
            'left in the body'
        ),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-blog-pleacher-peggy-first-hedgelaying-match':
        (
            "the English hedgelaying blog post keeps the opening photo's caption between the second paragraph and the "
            'paragraph with the quote ("My plot before I started: a wall of hawthorn taller than me") and the action '
            'photo\'s caption between the subheading and the first row ("Mid-morning, halfway along and already '
            'covered in mud") (2 of 20 noise lines); no article line is lost'
        ),
    'fr-blog-plesseuse-tetue-premier-concours-de-plessage':
        (
            "the French hedgelaying blog post keeps the opening photo's caption between the second paragraph and the "
            'paragraph with the quote ("Ma parcelle avant de commencer : un mur d\'aubépine plus grand que moi") and '
            'the action photo\'s caption between the subheading and the first row ("En milieu de matinée, à '
            'mi-parcours et déjà couverte de boue") (2 of 20 noise lines); no article line is lost'
        ),
    'de-portal-sossenhafen-saucieren-regatta':
        (
            'the German gravy-boat-regatta news report keeps none of its noise lines (0 of 20 noise lines); it loses '
            '(or puts out of order) the subheading at the top of the list block ("So lief die Regatta"), the first '
            'row ("Bootsabnahme am Kai um 10.30 Uhr"), the second row ("Kinder- und Kostümläufe ab 12 Uhr"), the '
            'third row ("Großes Finale um 15 Uhr"), the second-last paragraph ("Sie schlug den Vorjahressieger, einen '
            'pensionierten Installateur, um eine halbe Bootslänge, nachdem an der Drehbrücke der Henkel seiner '
            'Sauciere abgebrochen war.") and the last paragraph ("Die Regatta brachte 2300 Euro für die Wasserrettung '
            'ein, und das „Klümpchen“ hängt bis zum nächsten Sommer im Schaufenster der Bäckerei.")'
        ),
    'de-blog-haselhexe-erster-heckenlege-wettbewerb':
        (
            "the German hedgelaying blog post keeps the opening photo's caption between the second paragraph and the "
            'paragraph with the quote ("Mein Abschnitt vor dem Start: eine Weißdornwand, höher als ich") and the '
            'action photo\'s caption between the subheading and the first row ("Am Vormittag, halb fertig und schon '
            'voller Matsch") (2 of 20 noise lines); no article line is lost'
        ),
    'it-portale-intingolano-regata-delle-salsiere':
        (
            'the Italian gravy-boat-regatta news report keeps none of its noise lines (0 of 20 noise lines); it loses '
            '(or puts out of order) the third row ("Finale alle 15")'
        ),
    'it-blog-siepe-spettinata-prima-gara-di-siepi':
        (
            "the Italian hedgelaying blog post keeps the opening photo's caption between the second paragraph and the "
            'paragraph with the quote ("Il mio tratto prima di iniziare: un muro di biancospino più alto di me") and '
            'the action photo\'s caption between the subheading and the first row ("A metà mattina, a metà tratto e '
            'già coperta di fango") (2 of 20 noise lines); it loses (or puts out of order) the third row ("Attrezzi '
            'giù alle 14")'
        ),
    'pl-blog-zywoplotka-pierwsze-zawody-w-ukladaniu-zywoplotu':
        ("the Polish hedgelaying blog post keeps the opening photo's caption between the second paragraph and "
         'the paragraph with the quote ("Mój odcinek przed startem: ściana głogu wyższa ode mnie") and the '
         'action photo\'s caption between the subheading and the first row ("Przed południem, w połowie odcinka'
         ' i już cała w błocie") (2 of 20 noise lines); no article line is lost'),
    'ru-blog-pletyonka-ani-pervoe-sorevnovanie-po-ukladke-izgorodi':
        ("the Russian hedgelaying blog post keeps the opening photo's caption between the second paragraph and"
         ' the paragraph with the quote ("Мой участок до начала: стена боярышника выше меня") and the action '
         'photo\'s caption between the subheading and the first row ("Середина утра, полпути пройдено, и я уже '
         'вся в грязи") (2 of 20 noise lines); no article line is lost'),
}

test_held_out_243_line, test_held_out_243_line_is_kept, test_held_out_243_page = held_out_tests(
    HELD_OUT_243_LINES, HELD_OUT_243_KEEP, HELD_OUT_243_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
