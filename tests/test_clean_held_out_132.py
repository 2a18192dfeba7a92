"""Held-out set 132: written blind, weighted toward the noise the cleaner exists for, in shapes set 130's docstring does
not name (nor the first paragraphs of sets 127, 128 and 129): scraper, embed and ad markers (an English Datawrapper
chart that failed to load with a pointer to its data link "Datawrapper chart failed to load. A text version of the
figures is available via the 'Get the data' link.", an English TikTok video removed or made private "This TikTok video
is unavailable. It may have been removed or made private by its creator.", an English Strava route map still loading or
private "Loading Strava route map… If it doesn't appear, the athlete may have made the activity private.", a French
Spotify player that could not load without the social-network cookies "Le lecteur Spotify n'a pas pu être chargé :
activez les cookies « Réseaux sociaux » pour écouter l'épisode.", a German Outdooractive map behind a load-map consent
button "Hier steht ein externer Inhalt von Outdooractive. Mit einem Klick auf „Karte laden“ stimmen Sie der
Datenübertragung zu.", an Italian RaiPlay video stopped by an ad blocker "Il video di RaiPlay non può essere riprodotto:
disattiva il blocco degli annunci e ricarica la pagina.", a Polish Datawrapper chart that did not load "Nie udało się
załadować wykresu Datawrapper. Dane źródłowe znajdziesz pod linkiem „Pobierz dane”." and a Russian Yandex Maps widget
blocked with third-party scripts "Яндекс Карты не загрузились: разрешите сторонние скрипты, чтобы увидеть схему
проезда."); reading-time headers in new wordings (the English "Takes about 3 minutes to read" and a calligraphy blog's
"Long read alert: around twelve minutes, so maybe put the kettle on before you start.", the French "Lecture : 3 min",
the German "Lesedauer: ca. 3 Minuten", the Italian "3 minuti di lettura", the Polish "Przeczytasz w 3 minuty" and the
Russian "Время на прочтение: 3 минуты"); bylines and self-promotion (an English words-and-pictures byline "Words and
pictures: Rosalind Quarmby-Vetch, sports correspondent", a French text-and-photos byline "Texte et photos : Solène
Brunevaux", a German from-our-staff-member byline "Von unserem Redaktionsmitglied Jördis Kachelbrenner", a Russian
text-and-photo-credit byline "Текст: Ульяна Ледышкина. Фото: пресс-служба бассейна", an English lettered-to-order
wedding stationery plug "I letter wedding envelopes and place cards to order; my booking calendar for next spring opens
on the first of March.", an English Skillshare class plug "Join my Skillshare class on pointed-pen basics – the first
month is free with my link.", an Italian calligraphy-on-commission plug "Faccio lavori di calligrafia su commissione per
partecipazioni e menù: scrivetemi dalla pagina Contatti." and a Polish valve-radio-repairs-to-order plug "Naprawiam
odbiorniki lampowe na zamówienie – wycenę przygotuję po zdjęciach przesłanych przez formularz."); blog and site footers
(an English independent-since-1887 and ICNN membership line "Independent local journalism since 1887 · Member of the
Independent Community News Network", an English Squarespace credit "Site by Squarespace · Template: Bedford · Privacy",
an English Micro.blog no-tracking line "This blog is hosted on Micro.blog and written in plain Markdown. No tracking,
ever.", a French SPIP-and-Gandi credit "Site réalisé avec SPIP · Hébergé par Gandi · Plan du site", a German media-group
line with youth-protection and accessibility links "Ein Angebot der Kieselbrunner Mediengruppe · Jugendschutz ·
Barrierefreiheit · Cookie-Einstellungen", an Italian Wix credit with the author's rights note "Realizzato con Wix ·
Tutti i testi e le foto sono dell'autrice, salvo diversa indicazione", a Polish home.pl hosting and web-studio credit
"Hosting: home.pl · Projekt i wykonanie: studio internetowe z Lublina · Mapa strony" and a Russian media-registration
line "Свидетельство о регистрации СМИ Эл № ФС77-00000 выдано Роскомнадзором. 16+"); reader-comment furniture (an English
closed-after-72-hours note "Comments on this story have been closed after 72 hours.", an English be-the-first prompt "Be
the first to comment on this post.", an English reply-like-flag row "Reply ↩ · Like (4) · Flag as inappropriate", a
French reactions row "Vos réactions (3) · Réagir à l'article", a German removed-for-netiquette note "Dieser Kommentar
entspricht nicht unserer Netiquette und wurde entfernt.", an Italian read-all-comments link "Leggi tutti i 14 commenti e
partecipa alla discussione", a Polish reply-report-link row "Odpowiedz · Zgłoś naruszenie · Link do komentarza" and a
Russian comment-without-registration note "Вы можете оставить комментарий без регистрации, он появится после
проверки."); share rows (an English Reddit, Nextdoor and text-message prompt "Found this useful? Share it on Reddit,
Nextdoor or by text message", a French Mastodon, SMS and print row "Partager sur Mastodon · Envoyer par SMS · Imprimer
l'article" and a Polish Facebook, Wykop and copy-link row "Udostępnij na Facebooku · Wykop · Skopiuj link"); and notices
(a German AI-assisted-summary note "Dieser Text wurde mit Unterstützung einer KI zusammengefasst und von der Redaktion
geprüft." and an Italian information-as-of-publication note "Le informazioni di questo articolo sono aggiornate alla
data di pubblicazione e potrebbero essere cambiate.", both in the body, and a Russian presidential-grants fund support
note "Публикация подготовлена при поддержке Фонда президентских грантов." at the foot); and toward whole scraped news
and hobby-blog pages in layouts set 130's docstring does not describe (on the six portal pages the masthead and a
section menu in one block of two above the title; a section kicker at the top of the title's own block, right before the
title; under it one block of four (byline, date and time, reading time and a share row); a photo caption and a photo
credit at the end of the first paragraph's block, right after it; nothing between the first and second paragraphs; an ad
label and a sponsored link in one block between the second paragraph and the paragraph with the quote; nothing between
that paragraph and the subheading, which shares its block with the three rows and a read-also link between the first and
second rows; nothing between the last row and the last paragraphs; a newsletter or Telegram prompt at the end of the
first last paragraph's block, right after it, and the second last paragraph alone in the next block; at the foot two
blocks, five lines (a comment count, a comment, an arrowed reply by a second reader, a second comment left unanswered
and a load-more link) and then a copyright line and a legal-links row; on the six blog pages the blog name, its tagline
and the menu in one block of three above the title; the date-and-author line and a jump-to-comments link at the end of
the title's block, right after the title; the reading time alone in the next block; a four-line table of contents (its
heading and three numbered entries) alone between the first and second paragraphs; a photo caption at the end of the
second paragraph's block, right after it; nothing between the second paragraph and the paragraph with the quote, nor
between that paragraph and the subheading, which stands alone; an ad label alone between the subheading and the block of
the three rows; nothing between the last row and the last paragraphs; the two last paragraphs in one block with a
Pinterest or bookmark prompt between them; at the foot four blocks, a share row and a shop plug, then four lines (a
comment count, a comment, the author's arrowed reply addressed by name and a leave-a-reply or add-a-comment heading),
then a platform credit alone), taken from a town's sport and leisure (a rowing club's boathouse grant, an ice rink
reopening after works, an indoor pool reopening after renovation, a rowing club's centenary and new boathouse, a new
covered ice rink, a town pool reopening after repairs) and from blogs about calligraphy, repairing vintage valve radios
and growing orchids.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 130 but what is named here), held-out set 131 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 130 up to its paragraph "Still held out after round 94", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 127, 128 and 129, printed with one ast
script (/tmp/s132scratch/peek.py, reading /tmp/wt-s132/tests; see Slips and notes (1)); tests/held_out_sets.py and
scripts/clean_held_out_report.py (in full, with ``cat``, in /tmp/wt-s132); ``_problems``, ``_insert``, ``_held_out`` and
``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and ``page_from_blocks`` (tests/noisy_corpus.py), printed with
``inspect.getsource`` (/tmp/s132scratch/helpers.py, importing from /work/main with SPINSCOPE_DATA=/work/shared/data);
and ``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 130's as
printed, with 130 -> 132; /tmp/s132scratch/gen.py writes this file from scratch files (data132.py, pages132.py,
doc132.txt and, after the measurement, tables132.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s132, detached at commit
a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
c67ced801542955e06a91df040c2b21ae8555bc7, not the brief's commit: main has moved on, so both worktrees were made at
a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf, as the brief says, with ``git worktree add`` (output to /dev/null), and
/work/main was not touched afterwards. peek.py's first run printed to the terminal, which cut its middle (set 130's
Slips and notes from (5) on, its Judgement calls, Contents and Baseline, its imports and tail, set 127's first paragraph
and the start of set 128's); its second run went to /tmp/s132scratch/peek.out, of which I paged lines 125 to 362 with
``sed`` (the rest of those allowed parts); nothing outside the allowed parts was printed. (2) The machine's python had
the project's dependencies; every run used it. (3) Before the measurement /tmp/s132scratch/check.py checked,
case-insensitively, that no noise line (held-out or page) sits inside any other noise, keep or article line of the set,
that no line repeats and that no line holds an at-sign, and printed each page's counts of article and noise lines; the
counts by category and place were printed by a one-line script and roundtrip.py counts them by language; gen.py reports
lines over 120 columns and at-signs. Its first run found 10 problems: the mastheads "The Tollerwick Mercury", "Le
Courrier de Vallorgnac", "Kieselbrunner Tagblatt", "La Gazzetta di Remagnola", "Gazeta Łyżwińska" and "Тихоплёсские
вести" inside their own newsletter prompt or copyright lines, the blog table-of-contents heading "In this post" inside
"Pin this post for later!", the French blog ad label "Annonce" inside the French keep line ("l'annonce de la
fermeture"), the German blog table-of-contents heading "Inhalt" inside the German held-out Outdooractive marker, and the
Italian portal's kicker "Canottaggio" inside the Italian keep line ("corsi di canottaggio"); the newsletter prompt
became "Get the Mercury's sport newsletter every Monday – sign up free", the copyright lines name publishers (Éditions
du Courrier, Kieselbrunner Verlagshaus GmbH, Edizioni Remagnola srl, Wydawnictwo Lokalne Tafla sp. z o.o., a town
paper's "Редакция городской газеты"), the heading became "What's in this post", the ad label "Annonces Google", the
German heading "Inhaltsverzeichnis" and the kicker "Sport sul lago"; the Polish masthead was renamed (see (4)) and its
new copyright line still held it, so it was changed once more; the last run found nothing. While drafting, before any
check, I kept the pages' ad labels from repeating between a language's portal and blog page, kept "Pubblicità" out of
the Italian pages (it opens the Italian keep line) and "Annonces" and "Reklama" out of the portal menus and legal rows.
(4) Invented names were checked with the exact-string search over public GitHub files: Tollerwick, Tollerwick Reach,
Threlkeld-Ash, Marlowe-Penge, Quarmby-Vetch, The Inky Ascender, Vallorgnac, Aubertaine, Frimoussac, Brunevaux, La Lampe
qui chauffe, Kieselbrunn, Schwimmhäusler, Wassermöller, Kachelbrenner, Orchideen am Nordfenster, Remagnola, Pagaiotti,
Scalmabianca, Il pennino storto, Łyżwiny, Łyżwinach, Głos Łyżwin, Mrozowiecka, Zamarzlik, Radio z piwnicy, Тихоплёсск,
Ныряльщикова, Заплывин, Ледышкина and Орхидеи за шкафом had no hits. Dropped: Brindlecombe (in sample data; the English
town became Tollerwick), Wellhöfer (a real surname; the German held-out reporter became Jördis Kachelbrenner), Remolago
(inside an identifier; the Italian town became Remagnola), Гребешкова (a real surname; the Russian held-out author
became Ульяна Ледышкина), Oarsby (inside identifiers, never used), Пузырькова (inside real words, never used), Bessonnat
(a real surname; the French photo credit names the paper), Morvillard (in a list of sample names; the French rink
director became Gaëtan Frimoussac), Pfeilstöcker (in a file; the German reporter became Lorenz Schwimmhäusler),
Ferramonti (a real place and surname; the Italian reporter became Ludovica Pagaiotti), Barcaccia (a real fountain; the
Italian club president became Ottorino Scalmabianca), Кувшинникова and Брызгунова (real surnames; the Russian reporter
became Варвара Ныряльщикова), Плескачёв (a real surname; the Russian pool director became Арсений Заплывин), Grenouvelle
and Remiganti (inside real words, never used), Кафельников (a real surname, never used), Mill Reach (inside real text;
the river reach became Tollerwick Reach) and Łyżwińsk- (a real surname; the Polish paper "Gazeta Łyżwińska" became "Głos
Łyżwin"). Not checked: the first names of reporters, blog authors and commenters and their handles (Rosalind, Imogen,
Hattie, Marguerite, Lotte, Clémence, Gaëtan, Solène, Bertrand, Gérard, Lorenz, Henrike, Jördis, Hanne, Dorothee,
Ludovica, Ottorino, Teodolinda, Ornella, Jadwiga, Ryszard, Tadeusz, Zbyszek, Варвара, Арсений, Ульяна, Лидия, Нина,
RiverRat_71, TollerwickRC, Penny B, Sylvie_V, Patineur38, Badenixe62, Schwimmfan, Marisa_R, Gianni58, Remo_e_basta,
Ania_Ł, Kibic_hokeja, Ольга_К, Пловец61 and the rest), the names built on checked towns (The Tollerwick Mercury, Le
Courrier de Vallorgnac, les Loups de Vallorgnac, Kieselbrunner Tagblatt, Kieselbrunner Mediengruppe, Kieselbrunner
Verlagshaus, Stadtwerke Kieselbrunn, La Gazzetta di Remagnola, Società Canottieri Remagnola, Edizioni Remagnola, Urząd
Miasta Łyżwiny, Тихоплёсские вести), the pool "Волна", the Brunnenstraße and ulica Sportowa, the publisher "Wydawnictwo
Lokalne Tafla" and the discount code INKY10. Numbers are zero-filled (the media registration number); there are no
e-mail addresses and no at-signs. (5) Real things named, as real pages do: Datawrapper, TikTok, Strava, Spotify,
Outdooractive, RaiPlay, Yandex Maps, Skillshare, the Independent Community News Network, Squarespace and its Bedford
template, Micro.blog, Markdown, SPIP, Gandi, Wix, home.pl, Lublin, Roskomnadzor, the Presidential Grants Foundation,
Reddit, Nextdoor, Mastodon, Wykop, Facebook, X, WhatsApp, Telegram, VKontakte, Odnoklassniki, Pinterest, Etsy, Jekyll,
GitHub Pages and its Minima theme, Over-Blog, Jimdo, Altervista, Allegro, WordPress and its Sydney theme, Blogger,
Avito, Google, Lake Garda, France Inter, Polskie Radio's Jedynka, the Ducretet and Pionier U2 radios, the Nikko G nib,
Phalaenopsis, Cattleya and Dendrobium nobile, and the town of Bytom. (6) The two measuring commands ran as the brief
gave them, in one shell call after ``date`` and the last check, their output sent to /tmp/s132scratch/measure.out and
report.out and the report and the pytest tail printed (19 failed, 58 passed); the problems were then printed with
``_problems`` in the frozen worktree by /tmp/s132scratch/problems.py (output problems.out), which imports the copy of
this file in /tmp/wt-s132/tests with /tmp/wt-s132/src on the path; it ran ``_problems`` over all 45 noise lines, 20 keep
lines and 12 pages, printing only the failing ones (12, 0 and 7, as in the measurement). The xfail tables were written
in /tmp/s132scratch/tables132.py from my own descriptions of those lines and pages, and a script checked that the
failing lines are exactly the keys of ``_LINE_XFAIL`` and that every page noise line left is quoted whole in its page's
reason with its count. Before the measurement /tmp/s132scratch/roundtrip.py executed this file from /tmp/s132scratch
with stand-in modules for held_out_sets and noisy_corpus (no cleaner imported) only to compare its lists and pages with
the scratch data, count the lines by language and check that every held-out line is quoted in this docstring; it ran no
cleaning. (7) My first clock reading was 2026-12-05 13:51:24 UTC; the measurement ran at 13:56:55 UTC. (8) With the
tables filled, the pytest command ran on the final file in /tmp/wt-s132: 58 passed, 19 xfailed, no XPASS (at 13:58 UTC).

Judgement calls: the keep lines opening with or holding "Comments made by the rowing club's coach", "Sharing the
boathouse", "Following a two-year closure", "Subscriptions to the ice rink's season pass", "Copyright in the old rowing
club photographs", "Advertising boards around the ice rink", "Reading aloud from her calligraphy diaries", "Commentaires
amers des patineurs", "Partager les créneaux du bassin", "Suivre la rénovation de la piscine", "Abonnenten der
Saisonkarte", "Kommentare im Stadtrat", "Folgen für den Schulsport", "Condividere il pontile", "Pubblicità gratuita per
la regata", "Iscrizioni aperte fino a marzo", "Komentarze hokeistów", "Udostępnienie lodowiska szkołom", "Комментарии
тренеров" and "Поделиться дорожками" are article sentences: each reports what happened, was decided or was said about a
rowing club, an ice rink, a swimming pool or a calligrapher, with the noise-like word as an ordinary noun or verb of the
sentence. Categories: the Datawrapper, TikTok, Strava, Spotify, Outdooractive, RaiPlay and Yandex Maps lines are markers
(embed failures, removed media or consent placeholders); the four reporters' bylines sit at the head and the
wedding-stationery, Skillshare, Italian commission and Polish repair plugs are bylines (self-promotion) at the foot; the
English independent-journalism and ICNN line, the Squarespace and Micro.blog lines, the SPIP, media-group, Wix and
home.pl credits and the Russian media-registration line are footers (the last is the legal line a Russian portal prints
at its foot); the closed-after-72-hours note, the be-the-first prompt, the reply-like-flag row, the French reactions
row, the German netiquette note, the Italian read-all link, the Polish reply-report-link row and the Russian
no-registration note are comment furniture; the English prompt and the French and Polish rows are share rows; the German
AI-summary note and the Italian information-as-of-publication note are notices in the body and the Russian grants-fund
note a notice at the foot. On every page the title, the three paragraphs before the subheading (the third with the
quote), the subheading, its three list rows and the two last paragraphs are article; everything else (mastheads, section
menus, kickers, blog names, taglines and menus, bylines, dates and authors' lines, reading times, jump-to-comments
links, share rows, photo captions and credits, tables of contents, ad labels and sponsored links, read-also links,
newsletter, Telegram and Pinterest or bookmark prompts, shop plugs, comment counts, comments and replies, load-more
links, leave-a-reply headings, copyright lines, legal-links rows and platform credits) is noise. The list rows of the
Polish portal ("Bilet normalny: 15 zł za godzinę" and the rest) are a price list inside the article, so article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, French and Polish and notice in German, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-tollerwick-rowing (the rowing club wins a grant to rebuild its flood-damaged boathouse),
en-blog-inkyascender-copperplate (a first month of copperplate capitals with an oblique holder),
fr-portail-vallorgnac-patinoire (the town's ice rink reopens after eight months of works),
fr-blog-lampequichauffe-ducretet (bringing a 1952 Ducretet valve radio back to life), de-portal-kieselbrunn-hallenbad
(the indoor pool reopens after two years of renovation), de-blog-orchideenamnordfenster-phalaenopsis (a Phalaenopsis
made to flower again with cool nights), it-portale-remagnola-canottieri (the rowing club's centenary and its new
boathouse on the lake), it-blog-penninostorto-cancelleresca (three months of chancery italic with a broad-edged nib),
pl-portal-lyzwiny-lodowisko (a new covered ice rink opens to crowds), pl-blog-radiozpiwnicy-pionier (repairing a 1950s
Pionier U2 radio), ru-portal-tikhoplyossk-basseyn (the town pool "Волна" reopens after repairs) and
ru-blog-orkhideizashkafom-dendrobium (a Dendrobium nobile flowering after a cool autumn), each with a reader comment
thread.

Baseline (2026-12-05, cleaner at commit a0a5d442c89272f0a8fbc6fd1d36b216a6d322cf, measured with ``cd /tmp/wt-s132 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s132/src python -m pytest -q tests/test_clean_held_out_132.py -rA -p
no:cacheprovider`` (19 failed, 58 passed) and ``cd /tmp/wt-s132 && PYTHONPATH=/tmp/wt-s132/src python
scripts/clean_held_out_report.py --sets 132``, with the xfail tables empty): noise lines removed 33/45 (marker 5/8,
reading-time 6/7, byline 4/8, footer 7/8, comments 6/8, share 3/3, notice 2/3; the 12 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``: three markers (the English TikTok and Strava placeholders and the German
Outdooractive consent placeholder), the English calligraphy blog's long-read warning, four bylines (the English
wedding-stationery and Skillshare plugs, the Italian commission plug and the Polish radio-repair plug, all at the foot),
the English Micro.blog footer, two comment lines (the German netiquette note and the Russian no-registration note) and
the Italian information-as-of-publication notice); keep lines kept 20/20; pages 5/12 clean (the English, French, German,
Italian and Russian portals), 17 of 240 page noise lines left and 1 of 120 article lines lost. Left on the pages: the
English calligraphy blog 3 (table-of-contents heading, photo caption, shop plug), the French radio blog 1 (photo
caption), the German orchid blog 1 (photo caption), the Italian calligraphy blog 5 (the whole four-line table of
contents and the photo caption), the Polish radio blog 2 (date-and-author line after the title, photo caption) and the
Russian orchid blog 5 (the whole four-line table of contents and the photo caption), as ``_PAGE_XFAIL`` describes; the
Polish portal leaves no noise but loses its third list row ("Wypożyczenie łyżew: 8 zł"), the only article line lost. The
failing cases are strict xfails.

Still held out after round 95 (developed on sets 129 and 130: tables of contents under a label between paragraphs under
a blog's head; a blog's name at the top of the title's block; a portal's section menu in the first block; ad labels and
controls, shop plugs, Google News follow and inbox prompts; embed placeholders of named podcast, video and chart
services, long-post reading warnings, a press regulator's footer, comments removed by the administrator; this set was
written against a0a5d44, before it; measured once with ``scripts/clean_held_out_report.py --sets 132`` at 396ea06, round
95 as its helper left it): noise lines removed 33/45 (unchanged), keep lines 20/20, pages clean 5/12 (unchanged), page
noise lines left 17 -> 9 of 240 (the Italian and Russian blogs' tables of contents under "Indice" and "Содержание"),
article lines lost 1 of 120 (unchanged: the Polish portal's third list row 'Wypożyczenie łyżew: 8 zł', lost already at
c67ced8, before round 94). At the merged branch, after the lead withdrew round 95's caption rule (it took no caption
here) and mended round 94's rules, the lead's first mend of the failures to load an embed (129013e, a remedy required in
the line) had cost the Polish Datawrapper line ('Nie udało się załadować wykresu Datawrapper. ...'); the mend was
widened to the embedded thing named after the verb and the figures are those above. Two page reasons reworded.

Round 96 (development; only its give-back of a price list's row merged, by the lead): the Polish portal's third list row
('Wypożyczenie łyżew: 8 zł') stays, a read-also link between the rows no longer ending the run of price rows and a row's
label running to six words (clean._BETWEEN_ROWS_REASONS, _MEASUREMENT_ROW; test_round_96_a_hire_row_*). This set: pages
clean 5 -> 6/12, article lines lost 1 -> 0 of 120, the rest unchanged; sets 10-134 otherwise unchanged; SemEval diff 0.
The round's wider shop plugs and named embeds were not merged (see docs/cleaning.md, session 35). One page entry
removed.


Round 97 (development, on this set and set 131): fixed by widening existing rules: the named embeds
(whole_line_noise._EMBED_PLATFORM gained Strava, Outdooractive, Twitch, the ARD Audiothek and the declined TikTok;
_EMBED_SCREEN_STATE gained not available in the reader's country, not playable here, the reader's ad blocker, a
placeholder's own opening "This <service> video is unavailable" / "Contenuto ... non disponibile:" / "Nie można
odtworzyć klipu", a load button in quotes and the consent to the data transfer; a web video player's error under its
label or its stock video.js message), the notices (clean._SERIES_WORD: a reporting scheme or the paper's coverage; the
paywall counter: "still" and the Italian "hai"; clean._THIS_ARTICLE with _AT_PUBLICATION in the body: the article's
facts as of its publication date), the reading times (clean._HOWTO_FACT_PIECE beside a reading time in a row; a
long-read label with its minutes in the round-95 warning's rule), the plugs (the first-person seller with a classifieds
site closing the line, _SHOP_PLATFORM gaining Kleinanzeigen, eBay, Leboncoin, Subito, OLX and Avito; the writer's work
to order or on commission with the writer's own way to book after a colon, a semicolon or a dash; the writer's class on
a course platform; the round-76 shop plug gaining "for sale", "si trovano" and "in my little Etsy shop"), the footers
(_BLOG_PLATFORM gained Micro.blog, Bear Blog and Write.as; "This blog is hosted on ..." with a plain-Markdown and
no-tracking tail), the comment furniture (a comment removed for not meeting the rules; a guest's comment offered without
registration, the check after it at most), a free topic bulletin in the round-94 newsletter rule, a post's added-on date
and author in STAMP_BYLINE and the post's-contents headers of clean._IN_THIS_POST ("What's in this post", "Inhalt dieses
Beitrags"); every rule a whole line, none moving where a page's head or tail starts
(test_round_97_a_blogs_last_paragraph_before_a_plug_and_a_prompt_stays, in German and French). Tests: test_round_97_*.
Other sets' xfails removed: 101 (long-read line), 102 (Etsy prints plug), 106 (Avito plug), 117 (Big Cartel prints
plug), 123 (Strava embed), 124 (eBay plug), 126 (Allegro plug), 130 (OLX plug). Sets 10-132: noise lines removed 5170 ->
5200 of 5611, article lines kept 2487/2487 (unchanged), pages clean 940 -> 941 of 1462, page noise lines left 1219 ->
1210 of 30960, paragraphs lost 2 (unchanged); SemEval diff 0 changed files of 3723; bench ratio 1.03 (bench_clean.py,
CPU best 2.054 s against 2.001 s at c53fa26). This set: noise lines removed 33/45 -> 45/45 (marker 5/8 -> 8/8,
reading-time 6/7 -> 7/7, byline 4/8 -> 8/8, footer 7/8 -> 8/8, comments 6/8 -> 8/8, notice 2/3 -> 3/3; share 3/3
unchanged), keep lines 20/20 (unchanged), pages clean 6/12 (unchanged), page noise lines left 9 -> 6 of 240, article
lines lost 0 of 120 (unchanged). Pytest (tests/test_clean.py, sets 10-132, test_site_batches, test_site_lines,
test_noise_trace, test_clean_pages): 17867 passed, 962 xfailed. All twelve line xfails removed; two page reasons
reworded (the English calligraphy blog's "What's in this post" heading and Etsy plug and the Polish radio blog's "Dodano
..., autor: Tadeusz" line now go). Still missed: the six blogs' photo captions with no credit after the second paragraph
(left alone, as the brief asks).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_132_LINES: list[tuple[str, str, str]] = [
    ("body",
     "Datawrapper chart failed to load. A text version of the figures is available via the 'Get the data' link.",
     "marker"),
    ("body", "This TikTok video is unavailable. It may have been removed or made private by its creator.", "marker"),
    ("body",
     "Loading Strava route map… If it doesn't appear, the athlete may have made the activity private.",
     "marker"),
    ("body",
     "Le lecteur Spotify n'a pas pu être chargé : activez les cookies « Réseaux sociaux » pour écouter l'épisode.",
     "marker"),
    ("body",
     "Hier steht ein externer Inhalt von Outdooractive. Mit einem Klick auf „Karte laden“ stimmen Sie der"
     " Datenübertragung zu.",
     "marker"),
    ("body",
     "Il video di RaiPlay non può essere riprodotto: disattiva il blocco degli annunci e ricarica la pagina.",
     "marker"),
    ("body",
     "Nie udało się załadować wykresu Datawrapper. Dane źródłowe znajdziesz pod linkiem „Pobierz dane”.",
     "marker"),
    ("body", "Яндекс Карты не загрузились: разрешите сторонние скрипты, чтобы увидеть схему проезда.", "marker"),
    ("head", "Takes about 3 minutes to read", "reading-time"),
    ("head", "Long read alert: around twelve minutes, so maybe put the kettle on before you start.", "reading-time"),
    ("head", "Lecture : 3 min", "reading-time"),
    ("head", "Lesedauer: ca. 3 Minuten", "reading-time"),
    ("head", "3 minuti di lettura", "reading-time"),
    ("head", "Przeczytasz w 3 minuty", "reading-time"),
    ("head", "Время на прочтение: 3 минуты", "reading-time"),
    ("head", "Words and pictures: Rosalind Quarmby-Vetch, sports correspondent", "byline"),
    ("head", "Texte et photos : Solène Brunevaux", "byline"),
    ("head", "Von unserem Redaktionsmitglied Jördis Kachelbrenner", "byline"),
    ("head", "Текст: Ульяна Ледышкина. Фото: пресс-служба бассейна", "byline"),
    ("tail",
     "I letter wedding envelopes and place cards to order; my booking calendar for next spring opens on the first of"
     " March.",
     "byline"),
    ("tail", "Join my Skillshare class on pointed-pen basics – the first month is free with my link.", "byline"),
    ("tail",
     "Faccio lavori di calligrafia su commissione per partecipazioni e menù: scrivetemi dalla pagina Contatti.",
     "byline"),
    ("tail",
     "Naprawiam odbiorniki lampowe na zamówienie – wycenę przygotuję po zdjęciach przesłanych przez formularz.",
     "byline"),
    ("tail", "Independent local journalism since 1887 · Member of the Independent Community News Network", "footer"),
    ("tail", "Site by Squarespace · Template: Bedford · Privacy", "footer"),
    ("tail", "This blog is hosted on Micro.blog and written in plain Markdown. No tracking, ever.", "footer"),
    ("tail", "Site réalisé avec SPIP · Hébergé par Gandi · Plan du site", "footer"),
    ("tail",
     "Ein Angebot der Kieselbrunner Mediengruppe · Jugendschutz · Barrierefreiheit · Cookie-Einstellungen",
     "footer"),
    ("tail", "Realizzato con Wix · Tutti i testi e le foto sono dell'autrice, salvo diversa indicazione", "footer"),
    ("tail", "Hosting: home.pl · Projekt i wykonanie: studio internetowe z Lublina · Mapa strony", "footer"),
    ("tail", "Свидетельство о регистрации СМИ Эл № ФС77-00000 выдано Роскомнадзором. 16+", "footer"),
    ("tail", "Comments on this story have been closed after 72 hours.", "comments"),
    ("tail", "Be the first to comment on this post.", "comments"),
    ("tail", "Reply ↩ · Like (4) · Flag as inappropriate", "comments"),
    ("tail", "Vos réactions (3) · Réagir à l'article", "comments"),
    ("tail", "Dieser Kommentar entspricht nicht unserer Netiquette und wurde entfernt.", "comments"),
    ("tail", "Leggi tutti i 14 commenti e partecipa alla discussione", "comments"),
    ("tail", "Odpowiedz · Zgłoś naruszenie · Link do komentarza", "comments"),
    ("tail", "Вы можете оставить комментарий без регистрации, он появится после проверки.", "comments"),
    ("tail", "Found this useful? Share it on Reddit, Nextdoor or by text message", "share"),
    ("tail", "Partager sur Mastodon · Envoyer par SMS · Imprimer l'article", "share"),
    ("tail", "Udostępnij na Facebooku · Wykop · Skopiuj link", "share"),
    ("body", "Dieser Text wurde mit Unterstützung einer KI zusammengefasst und von der Redaktion geprüft.", "notice"),
    ("body",
     "Le informazioni di questo articolo sono aggiornate alla data di pubblicazione e potrebbero essere cambiate.",
     "notice"),
    ("tail", "Публикация подготовлена при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_132_KEEP: list[tuple[str, str]] = [
    ("head",
     "Comments made by the rowing club's coach at Tuesday's meeting were later withdrawn after parents complained."),
    ("head", "Sharing the boathouse with the canoe club had been a condition of the council's lease since 2019."),
    ("body", "Following a two-year closure, the town's swimming pool will reopen to the public on 3 January."),
    ("body", "Subscriptions to the ice rink's season pass rose by a third after the new cooling plant was installed."),
    ("tail",
     "Copyright in the old rowing club photographs passed to the town museum when the collection was donated last"
     " year."),
    ("tail",
     "Advertising boards around the ice rink now carry the names of twelve local businesses that paid for the new"
     " barriers."),
    ("tail",
     "Reading aloud from her calligraphy diaries, the 84-year-old scribe described how she learned italic hand at"
     " school."),
    ("head",
     "Commentaires amers des patineurs après l'annonce de la fermeture de la patinoire pendant tout le mois de"
     " février."),
    ("body",
     "Partager les créneaux du bassin entre les clubs et le public reste le principal casse-tête de la nouvelle"
     " direction."),
    ("tail",
     "Suivre la rénovation de la piscine semaine après semaine, c'est ce qu'ont fait une vingtaine de retraités du"
     " quartier."),
    ("head", "Abonnenten der Saisonkarte dürfen das Hallenbad ab Januar auch sonntags ohne Aufpreis nutzen."),
    ("body", "Kommentare im Stadtrat fielen deutlich aus: Die Sanierung des Bades habe zu lange gedauert."),
    ("tail",
     "Folgen für den Schulsport hat die lange Schließung vor allem bei den Grundschulen, die keinen"
     " Schwimmunterricht anbieten konnten."),
    ("head",
     "Condividere il pontile con la società di canoa non è mai stato facile, ammette il presidente dei canottieri."),
    ("body",
     "Pubblicità gratuita per la regata è arrivata dalla televisione regionale, che ha seguito gli equipaggi per tre"
     " giorni."),
    ("tail",
     "Iscrizioni aperte fino a marzo per i corsi di canottaggio per ragazzi, con otto posti in più rispetto allo"
     " scorso anno."),
    ("head", "Komentarze hokeistów po pierwszym treningu na nowym lodzie były bardzo pozytywne."),
    ("tail", "Udostępnienie lodowiska szkołom w godzinach porannych zapowiedział w piątek burmistrz."),
    ("head", "Комментарии тренеров после открытия бассейна были сдержанными: вода пока холоднее нормы."),
    ("tail", "Поделиться дорожками с детской спортивной школой администрация бассейна согласилась только до весны."),
]

HELD_OUT_132_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-tollerwick-rowing", [
        ["-The Tollerwick Mercury",
         "-News | Sport | Business | What's On | Obituaries | Jobs"],
        ["-Local sport · Rowing",
         "+Tollerwick Rowing Club wins grant to rebuild its flood-damaged boathouse"],
        ["-By Imogen Threlkeld-Ash",
         "-Published 5 December 2026, 07:30 GMT",
         "-3 min read",
         "-Share on Facebook · Share on X · Email this story"],
        ["+Tollerwick Rowing Club has been awarded £240,000 to rebuild the riverside boathouse that was flooded twice"
         " last winter, the sports council confirmed on Thursday.",
         "-The boathouse on Tollerwick Reach after the February floods, with the racking for the eights still under"
         " water.",
         "-Photograph: Mercury staff"],
        ["+The club, founded in 1871, has trained its crews from a row of borrowed containers since the floods and"
         " has had to turn away more than forty juniors this season."],
        ["-Advertisement",
         "-Sponsored: Compare boat insurance quotes from leading UK providers"],
        ["+“We have been rowing out of shipping containers for a year, and the juniors have been brilliant about"
         " it,” said the club captain, Hattie Marlowe-Penge. “Now they will have a proper home again.”"],
        ["+What the grant pays for",
         "+A raised boat bay one metre above last winter's flood line",
         "-Read more: Regatta cancelled as river levels stay high",
         "+New changing rooms with an accessible shower",
         "+A pontoon that can be lifted out of the water before storms"],
        ["+Work is due to start in April, and the club hopes to hold its summer regatta from the new pontoon in July.",
         "-Get the Mercury's sport newsletter every Monday – sign up free"],
        ["+The council said it would also review flood defences along Tollerwick Reach before next winter."],
        ["-Comments (4)",
         "-RiverRat_71: About time. My daughter has been changing in a car park all year.",
         "-↳ TollerwickRC: Thanks for your patience – juniors will be first into the new changing rooms.",
         "-Penny B: Will the pontoon be open to the canoe club as well?",
         "-Load more comments"],
        ["-© 2026 Tollerwick Mercury Ltd. All rights reserved.",
         "-Privacy notice · Cookie settings · Terms of use · Contact us"],
    ]),
    _page("en", "en-blog-inkyascender-copperplate", [
        ["-The Inky Ascender",
         "-Notes from a pointed-pen habit",
         "-Home · Tutorials · Gallery · Supplies · About"],
        ["+Copperplate capitals: my first month with an oblique holder",
         "-Posted on 3 December 2026 by Marguerite",
         "-Jump to comments (2)"],
        ["-Reading time: 7 minutes"],
        ["+I have wanted to learn copperplate since I saw my grandmother's wedding invitations, and this autumn I"
         " finally bought an oblique pen holder."],
        ["-What's in this post",
         "-1. Holders and nibs",
         "-2. Practice drills",
         "-3. My first capitals"],
        ["+The oblique holder feels strange for the first week, because the nib sits off to the side and the angle of"
         " the paper has to change with it.",
         "-My practice sheet from week two – far too many wobbly ovals."],
        ["+My teacher at the evening class put it simply: “Slow down. The pen knows what to do if you give it time"
         " to lay the ink.”"],
        ["+Three drills that helped"],
        ["-Sponsored content"],
        ["+Rows of ovals at a steady 55 degrees",
         "+Push-pull strokes with no pressure at all",
         "+Entrance and exit strokes joined into a single line"],
        ["+After a month my capitals are still uneven, but the pressure is finally coming from my fingers rather than"
         " my wrist.",
         "-Pin this post for later!",
         "+Next month I want to try envelope addressing, which I am told is the best way to practise spacing."],
        ["-Share: Pinterest · Facebook · Email",
         "-The nibs, holders and walnut ink I use are in my little Etsy shop – use code INKY10 for 10% off."],
        ["-Conversation (2)",
         "-Lotte K. – December 3, 2026: Your ovals look better than mine after a year! Which nib are you using?",
         "-↳ Marguerite: Thank you Lotte – it's a Nikko G, very forgiving for beginners.",
         "-Leave a Reply"],
        ["-Built with Jekyll on GitHub Pages · Theme: Minima"],
    ]),
    _page("fr", "fr-portail-vallorgnac-patinoire", [
        ["-Le Courrier de Vallorgnac",
         "-Actu · Sports · Loisirs · Économie · Nécrologie · Agenda"],
        ["-Sports de glace",
         "+La patinoire de Vallorgnac rouvre après huit mois de travaux"],
        ["-Par Clémence Aubertaine",
         "-Publié le 5 décembre 2026 à 06h45",
         "-2 min de lecture",
         "-Partager sur Facebook · Partager sur X · Envoyer par e-mail"],
        ["+La patinoire municipale de Vallorgnac a rouvert ses portes samedi matin, après huit mois de travaux sur le"
         " système de réfrigération et la toiture.",
         "-La nouvelle piste, vue depuis les gradins rénovés.",
         "-Photo : Courrier de Vallorgnac"],
        ["+Le chantier, estimé à 3,2 millions d'euros, a permis de remplacer l'ancien groupe frigorifique par une"
         " installation au CO2, moins gourmande en énergie."],
        ["-Publicité",
         "-Contenu sponsorisé : Les meilleures offres de ski pour cet hiver"],
        ["+« Les patineurs ont attendu longtemps, mais la glace n'a jamais été aussi belle », s'est réjoui le"
         " directeur de l'équipement, Gaëtan Frimoussac."],
        ["+Les nouveaux horaires",
         "+Séances publiques le mercredi et le samedi après-midi",
         "-À lire aussi : Hockey : les Loups de Vallorgnac reprennent l'entraînement",
         "+Nocturne musicale le vendredi jusqu'à 23 heures",
         "+Créneaux réservés aux écoles le mardi et le jeudi matin"],
        ["+Le tarif d'entrée reste fixé à 5 euros, location de patins comprise.",
         "-Recevez chaque matin l'essentiel de l'actualité locale : inscrivez-vous à notre newsletter"],
        ["+Un gala de patinage artistique est prévu pour l'inauguration officielle, le 20 décembre."],
        ["-3 commentaires",
         "-Sylvie_V : Enfin ! Les enfants en parlaient tous les jours.",
         "-↳ Marc R. : Dommage que les horaires du dimanche aient disparu.",
         "-Patineur38 : Le prix reste raisonnable, bravo.",
         "-Voir plus de commentaires"],
        ["-© 2026 Éditions du Courrier – Tous droits réservés",
         "-Mentions légales · Politique de confidentialité · Gérer les cookies · Contact"],
    ]),
    _page("fr", "fr-blog-lampequichauffe-ducretet", [
        ["-La Lampe qui chauffe",
         "-Carnet d'un restaurateur de vieilles TSF",
         "-Accueil · Restaurations · Schémas · Le coin des lampes · Contact"],
        ["+Remettre en route un poste Ducretet de 1952",
         "-Publié le 2 décembre 2026 par Bertrand",
         "-Aller aux commentaires (2)"],
        ["-Temps de lecture : 8 minutes"],
        ["+Ce poste Ducretet m'a été donné par un voisin qui l'avait trouvé au grenier, sans son dos et avec un"
         " cadran jauni mais intact."],
        ["-Sommaire",
         "-1. L'état du poste",
         "-2. Les condensateurs",
         "-3. Le premier allumage"],
        ["+Avant toute mise sous tension, j'ai remplacé tous les condensateurs au papier, qui sèchent avec les années"
         " et finissent par laisser passer le courant.",
         "-Le châssis à l'arrivée, couvert de poussière."],
        ["+Un ancien du club m'avait prévenu : « Ne branche jamais un vieux poste directement sur le secteur, monte"
         " la tension doucement avec un variac. »"],
        ["+Ce qu'il a fallu changer"],
        ["-Annonces Google"],
        ["+Sept condensateurs au papier et deux chimiques",
         "+La courroie du cadran, complètement détendue",
         "+Le cordon secteur, dont la gaine s'effritait"],
        ["+Au bout de trois soirées, le poste a capté France Inter en grandes ondes, avec un son chaud que je"
         " n'attendais pas.",
         "-Épinglez cet article sur Pinterest",
         "+Il me reste à nettoyer l'ébénisterie et à retrouver un dos en carton d'origine."],
        ["-Partagez : Facebook · Pinterest · Copier le lien",
         "-Mes schémas restaurés en PDF sont disponibles dans la boutique du blog."],
        ["-2 commentaires",
         "-Gérard L. : Superbe travail, j'ai le même modèle en panne au sous-sol.",
         "-↳ Bertrand : Merci Gérard, courage, commence par les condensateurs !",
         "-Laisser un commentaire"],
        ["-Blog hébergé par Over-Blog – Créer un blog gratuit"],
    ]),
    _page("de", "de-portal-kieselbrunn-hallenbad", [
        ["-Kieselbrunner Tagblatt",
         "-Lokales · Region · Sport · Kultur · Service · E-Paper"],
        ["-Freizeit",
         "+Kieselbrunner Hallenbad öffnet nach zwei Jahren Sanierung wieder"],
        ["-Von Lorenz Schwimmhäusler",
         "-05.12.2026, 08:15 Uhr",
         "-Lesezeit 2 Minuten",
         "-Teilen auf Facebook · WhatsApp · Per E-Mail senden"],
        ["+Nach fast zwei Jahren Sanierung hat das Hallenbad an der Brunnenstraße am Samstag wieder geöffnet.",
         "-Das neue Lehrschwimmbecken mit Hubboden.",
         "-Foto: Stadtwerke Kieselbrunn"],
        ["+Die Stadt hat rund 9,8 Millionen Euro in das Bad aus den Siebzigerjahren investiert, vor allem in die"
         " Technik und ein neues Dach."],
        ["-Anzeige",
         "-Gesponsert: Jetzt Strom vergleichen und bis zu 400 Euro sparen"],
        ["+„Wir haben jeden Tag Anfragen von Schulen und Vereinen bekommen, wann es endlich weitergeht“, sagte"
         " Badleiterin Henrike Wassermöller."],
        ["+Das ist neu im Bad",
         "+Ein Lehrschwimmbecken mit höhenverstellbarem Boden",
         "-Lesen Sie auch: Freibad-Saison endet mit Besucherrekord",
         "+Eine barrierefreie Umkleide mit Lifter",
         "+Eine Sauna mit Blick auf den Stadtpark"],
        ["+Der Eintritt für Erwachsene steigt von 4 auf 5 Euro, Kinder zahlen weiterhin 2,50 Euro.",
         "-Der Newsletter für Kieselbrunn: Jeden Morgen die wichtigsten Nachrichten kostenlos per Mail"],
        ["+Am Sonntag lädt die Stadt von 10 bis 16 Uhr zu einem Tag der offenen Tür mit Schnupperschwimmen ein."],
        ["-Kommentare (3)",
         "-Badenixe62: Endlich! Wir sind zwei Jahre lang in den Nachbarort gefahren.",
         "-↳ K. Reuter: Und trotzdem ein Euro teurer, das muss nicht sein.",
         "-Schwimmfan: Gibt es wieder Frühschwimmen um 6.30 Uhr?",
         "-Weitere Kommentare laden"],
        ["-© 2026 Kieselbrunner Verlagshaus GmbH",
         "-Impressum · Datenschutz · AGB · Cookie-Einstellungen · Kontakt"],
    ]),
    _page("de", "de-blog-orchideenamnordfenster-phalaenopsis", [
        ["-Orchideen am Nordfenster",
         "-Ein Hobbyblog über Phalaenopsis, Cattleyen und andere Diven",
         "-Start · Pflege · Umtopfen · Galerie · Über mich"],
        ["+Meine Phalaenopsis blüht endlich wieder – so habe ich sie dazu gebracht",
         "-Veröffentlicht am 1. Dezember 2026 von Hanne",
         "-Zu den Kommentaren (2)"],
        ["-Lesezeit: 6 Minuten"],
        ["+Zwei Jahre lang hat meine weiße Phalaenopsis nur Blätter geschoben, jetzt trägt sie zum ersten Mal wieder"
         " einen Blütenstiel mit neun Knospen."],
        ["-Inhaltsverzeichnis",
         "-1. Der Standort",
         "-2. Die Nachttemperatur",
         "-3. Das Gießen"],
        ["+Der entscheidende Punkt war wohl die Temperatur: Im Herbst stand die Pflanze nachts im kühlen Schlafzimmer"
         " bei etwa 16 Grad.",
         "-Der neue Blütenstiel Anfang November."],
        ["+Eine Gärtnerin auf der Orchideenbörse hat mir geraten: „Gönn ihr sechs Wochen Kälte in der Nacht, dann"
         " weiß sie, dass es Zeit zum Blühen ist.“"],
        ["+Was ich geändert habe"],
        ["-Werbung"],
        ["+Nachts vier bis fünf Grad kühler als tagsüber",
         "+Gießen nur noch, wenn die Wurzeln silbrig sind",
         "+Alle zwei Wochen schwach gedüngt"],
        ["+Die ersten beiden Knospen sind inzwischen aufgegangen, die anderen brauchen wohl noch eine Woche.",
         "-Merk dir diesen Beitrag auf Pinterest",
         "+Ich berichte hier, sobald der ganze Stiel in Blüte steht."],
        ["-Teilen: WhatsApp · Facebook · Pinterest",
         "-Mein kleines Orchideen-E-Book gibt es für 4,99 Euro im Blog-Shop."],
        ["-2 Kommentare",
         "-Dorothee: Wie schön! Meine steht leider im warmen Wohnzimmer.",
         "-↳ Hanne: Liebe Dorothee, probier es mal mit dem Flur – das reicht oft schon.",
         "-Hinterlasse einen Kommentar"],
        ["-Mit Liebe gemacht auf Jimdo · Impressum · Datenschutz"],
    ]),
    _page("it", "it-portale-remagnola-canottieri", [
        ["-La Gazzetta di Remagnola",
         "-Cronaca · Sport · Economia · Cultura · Eventi · Necrologie"],
        ["-Sport sul lago",
         "+Remagnola, la Canottieri festeggia cent'anni con una nuova sede sul lago"],
        ["-di Ludovica Pagaiotti",
         "-5 dicembre 2026, ore 09:10",
         "-Tempo di lettura: 2 minuti",
         "-Condividi su Facebook · Condividi su WhatsApp · Copia link"],
        ["+La Società Canottieri Remagnola compie cent'anni e li festeggia con una nuova sede sul lungolago,"
         " inaugurata sabato alla presenza del sindaco.",
         "-La nuova rimessa delle barche, con il pontile galleggiante.",
         "-Foto: Ufficio stampa Comune di Remagnola"],
        ["+Il nuovo edificio, costato 1,4 milioni di euro, ospita una rimessa per trenta imbarcazioni, una palestra"
         " e gli spogliatoi."],
        ["-Spazio pubblicitario",
         "-Contenuto sponsorizzato: Scopri le offerte per un weekend sul lago di Garda"],
        ["+«Abbiamo atteso questo momento per vent'anni, ora i ragazzi avranno una casa degna della loro passione»,"
         " ha detto il presidente Ottorino Scalmabianca."],
        ["+Le novità della sede",
         "+Una rimessa per trenta imbarcazioni",
         "-Leggi anche: Regata di primavera, il programma completo",
         "+Una palestra con dodici remoergometri",
         "+Spogliatoi accessibili anche agli atleti paralimpici"],
        ["+Le prime barche sono state trasferite nella nuova rimessa già a novembre.",
         "-Iscriviti alla newsletter della Gazzetta: ogni mattina le notizie di Remagnola nella tua casella"],
        ["+I festeggiamenti per il centenario proseguiranno in primavera con una regata internazionale."],
        ["-Commenti (3)",
         "-Marisa_R: Complimenti a tutti, una sede bellissima.",
         "-↳ Gianni58: Peccato per il parcheggio, sempre troppo piccolo.",
         "-Remo_e_basta: Ci ho remato da ragazzo, che emozione.",
         "-Mostra altri commenti"],
        ["-© 2026 Edizioni Remagnola srl – Riproduzione riservata",
         "-Privacy · Cookie policy · Note legali · Contatti"],
    ]),
    _page("it", "it-blog-penninostorto-cancelleresca", [
        ["-Il pennino storto",
         "-Appunti di calligrafia di una principiante ostinata",
         "-Home · Alfabeti · Strumenti · Galleria · Chi sono"],
        ["+La cancelleresca italica: tre mesi di esercizi con il pennino a punta tronca",
         "-Pubblicato il 30 novembre 2026 da Teodolinda",
         "-Vai ai commenti (2)"],
        ["-Lettura: 9 minuti"],
        ["+A settembre ho deciso di imparare la cancelleresca, la scrittura italica del Rinascimento, usando solo un"
         " pennino a punta tronca e un quaderno a righe."],
        ["-Indice",
         "-1. Gli strumenti",
         "-2. L'inclinazione",
         "-3. Le legature"],
        ["+La difficoltà più grande è stata tenere costante l'angolo del pennino, che nella cancelleresca resta"
         " intorno ai 45 gradi.",
         "-Una pagina del mio quaderno di ottobre, con le prime legature."],
        ["+La mia insegnante ripete sempre: «Non si scrive con la mano, si scrive con il respiro: una lettera, un"
         " respiro.»"],
        ["+Gli esercizi che consiglio"],
        ["-Annuncio"],
        ["+File di n e m per trovare il ritmo",
         "+Le lettere a, d, g e q a partire dallo stesso ovale",
         "+Una riga di legature alla fine di ogni sessione"],
        ["+Dopo tre mesi la mia scrittura è ancora lenta, ma finalmente le lettere hanno tutte la stessa inclinazione.",
         "-Salva questo articolo su Pinterest",
         "+Il prossimo passo saranno le maiuscole, che per ora evito con cura."],
        ["-Condividi: Facebook · Pinterest · WhatsApp",
         "-Nel negozio del blog trovi i miei fogli guida stampabili per la cancelleresca."],
        ["-2 commenti",
         "-Ornella: Che bella pagina! Che inchiostro usi?",
         "-↳ Teodolinda: Grazie Ornella, un semplice inchiostro di china diluito.",
         "-Lascia un commento"],
        ["-Blog ospitato su Altervista · Privacy e cookie"],
    ]),
    _page("pl", "pl-portal-lyzwiny-lodowisko", [
        ["-Głos Łyżwin",
         "-Wiadomości · Sport · Kultura · Ogłoszenia · Praca · Pogoda"],
        ["-Sport i rekreacja",
         "+Nowe lodowisko w Łyżwinach otwarte. Na tafli tłumy już pierwszego dnia"],
        ["-Autor: Jadwiga Mrozowiecka",
         "-5 grudnia 2026, 10:20",
         "-Czas czytania: 2 min",
         "-Udostępnij na X · Wyślij e-mailem · Drukuj"],
        ["+Kryte lodowisko przy ulicy Sportowej w Łyżwinach zostało otwarte w sobotę, a już pierwszego dnia"
         " odwiedziło je ponad tysiąc osób.",
         "-Pierwsi łyżwiarze na nowej tafli w sobotę rano.",
         "-Fot. Urząd Miasta Łyżwiny"],
        ["+Budowa trwała półtora roku i kosztowała 18 milionów złotych, z czego połowę pokryła dotacja z programu"
         " rządowego."],
        ["-Reklama",
         "-Artykuł sponsorowany: Sprawdź zimowe promocje na sprzęt narciarski"],
        ["+„Dzieci w końcu nie będą musiały jeździć na trening czterdzieści kilometrów”, powiedział trener"
         " miejscowego klubu hokejowego Ryszard Zamarzlik."],
        ["+Cennik i godziny otwarcia",
         "+Bilet normalny: 15 zł za godzinę",
         "-Czytaj także: Hokeiści z Łyżwin awansowali do drugiej ligi",
         "+Bilet ulgowy dla uczniów i seniorów: 10 zł",
         "+Wypożyczenie łyżew: 8 zł"],
        ["+Lodowisko będzie czynne codziennie od 9 do 21, a w weekendy do 22.",
         "-Zapisz się na newsletter Głosu Łyżwin i otrzymuj najważniejsze wiadomości z regionu"],
        ["+Miasto zapowiada, że w lutym odbędą się na nim pierwsze zawody łyżwiarstwa figurowego."],
        ["-Komentarze (3)",
         "-Ania_Ł: Byliśmy z dziećmi, super miejsce!",
         "-↳ mieszkaniec: Szkoda, że parking taki mały.",
         "-Kibic_hokeja: Czekamy na pierwszy mecz!",
         "-Pokaż więcej komentarzy"],
        ["-© 2026 Wydawnictwo Lokalne Tafla sp. z o.o. Wszelkie prawa zastrzeżone.",
         "-Polityka prywatności · Regulamin · RODO · Kontakt"],
    ]),
    _page("pl", "pl-blog-radiozpiwnicy-pionier", [
        ["-Radio z piwnicy",
         "-Blog o naprawie starych odbiorników lampowych",
         "-Strona główna · Naprawy · Schematy · Lampy · O mnie"],
        ["+Pionier U2 wraca do życia: naprawa radia z lat pięćdziesiątych",
         "-Dodano 28 listopada 2026, autor: Tadeusz",
         "-Przejdź do komentarzy (2)"],
        ["-Lektura zajmie około 7 minut"],
        ["+Pioniera U2 dostałem od teściowej – stał na szafie od trzydziestu lat i nikt nie pamiętał, kiedy ostatnio"
         " grał."],
        ["-Spis treści",
         "-1. Oględziny",
         "-2. Kondensatory",
         "-3. Strojenie"],
        ["+Zanim włączyłem radio do prądu, wymieniłem wszystkie kondensatory papierowe i sprawdziłem lampy na"
         " testerze.",
         "-Chassis po wyjęciu ze skrzynki – kurz sprzed pół wieku."],
        ["+Stary radiomechanik z giełdy powiedział mi kiedyś: „Lampa rzadko umiera sama, zwykle zabija ją"
         " kondensator obok.”"],
        ["+Co wymieniłem"],
        ["-Ogłoszenie"],
        ["+Jedenaście kondensatorów papierowych",
         "+Pasek napędu skali",
         "+Przewód zasilający z wtyczką"],
        ["+Po trzech wieczorach pracy radio odebrało Jedynkę na falach długich, czysto i bez przydźwięku.",
         "-Zapisz ten wpis na Pintereście",
         "+Została jeszcze renowacja skrzynki, ale to temat na osobny wpis."],
        ["-Udostępnij: Facebook · Pinterest · Kopiuj link",
         "-Schematy radioodbiorników w dobrej rozdzielczości znajdziesz w moim sklepiku na Allegro."],
        ["-2 komentarze",
         "-Zbyszek: Mam takiego samego, tylko bez skali. Gdzie kupiłeś pasek?",
         "-↳ Tadeusz: Zbyszku, pasek był z giełdy w Bytomiu, napisz, to podam namiary.",
         "-Dodaj komentarz"],
        ["-Napędzane przez WordPress · Motyw: Sydney"],
    ]),
    _page("ru", "ru-portal-tikhoplyossk-basseyn", [
        ["-Тихоплёсские вести",
         "-Новости · Общество · Спорт · Культура · Происшествия · Афиша"],
        ["-Городская среда",
         "+В Тихоплёсске после ремонта открылся городской бассейн «Волна»"],
        ["-Автор: Варвара Ныряльщикова",
         "-5 декабря 2026, 09:40",
         "-Время чтения: 2 минуты",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+Городской бассейн «Волна» в Тихоплёсске снова принимает посетителей после капитального ремонта, который"
         " длился почти два года.",
         "-Обновлённая чаша бассейна перед открытием.",
         "-Фото: пресс-служба администрации Тихоплёсска"],
        ["+На ремонт потратили 120 миллионов рублей: заменили систему очистки воды, вентиляцию и облицовку чаши."],
        ["-Реклама",
         "-Партнёрский материал: Выгодная ипотека для молодых семей"],
        ["+«Мы наконец можем вернуть в воду секции и школьников, очередь на занятия уже расписана до весны», —"
         " сказал директор бассейна Арсений Заплывин."],
        ["+Что изменилось после ремонта",
         "+Шесть дорожек по 25 метров",
         "-Читайте также: Зимний заплыв в Тихоплёсске перенесли на январь",
         "+Отдельная детская чаша с подогревом",
         "+Подъёмник для людей с инвалидностью"],
        ["+Разовое посещение для взрослых стоит 350 рублей, для детей — 200 рублей.",
         "-Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города"],
        ["+Первые соревнования в обновлённом бассейне пройдут в конце декабря."],
        ["-Комментарии (3)",
         "-Ольга_К: Наконец-то! Дети ждали два года.",
         "-↳ Сергей: А запись на секции уже открыта?",
         "-Пловец61: Цены кусаются, но бассейн красивый.",
         "-Показать ещё комментарии"],
        ["-© 2026 Редакция городской газеты. Все права защищены.",
         "-Политика конфиденциальности · Пользовательское соглашение · Контакты"],
    ]),
    _page("ru", "ru-blog-orkhideizashkafom-dendrobium", [
        ["-Орхидеи за шкафом",
         "-Домашний блог о капризных орхидеях",
         "-Главная · Уход · Пересадка · Фотоальбом · Обо мне"],
        ["+Дендробиум нобиле зацвёл: что я делала всю осень",
         "-Опубликовано 29 ноября 2026, автор: Лидия",
         "-К комментариям (2)"],
        ["-Читается за 6 минут"],
        ["+Мой дендробиум нобиле три года стоял без цветов, а в этом году выпустил сразу два десятка бутонов."],
        ["-Содержание",
         "-1. Холодная зимовка",
         "-2. Полив",
         "-3. Свет"],
        ["+Главное, что я изменила, — с октября держала орхидею на застеклённом балконе, где ночью было около десяти"
         " градусов.",
         "-Бутоны на старых псевдобульбах в начале ноября."],
        ["+Опытная орхидеистка из нашего клуба сказала мне: «Нобиле цветёт от холода и голода, не жалейте его"
         " осенью»."],
        ["+Мои правила на зиму"],
        ["-Рекламное объявление"],
        ["+Прохладные ночи с октября до первых бутонов",
         "+Никаких удобрений до весны",
         "+Полив раз в две недели"],
        ["+Сейчас раскрылась примерно половина цветков, и комната пахнет мёдом.",
         "-Сохраните запись в закладки, чтобы не потерять",
         "+Весной расскажу, как пересаживаю его в новый горшок."],
        ["-Поделиться в соцсетях: ВКонтакте · WhatsApp",
         "-Детки дендробиумов и кору для посадки продаю на Авито — ссылка в профиле."],
        ["-2 комментария",
         "-Нина: Какая красота! А у меня нобиле только детки даёт.",
         "-↳ Лидия: Нина, попробуйте холодную зимовку, у меня сработало.",
         "-Добавить комментарий"],
        ["-Сайт создан на Blogger · Тема: Простая"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-inkyascender-copperplate":
        "the calligraphy blog's copperplate post keeps its photo caption ('My practice sheet from week two – far too"
        " many wobbly ovals.') after the second paragraph (1 of 20 noise lines)",
    "fr-blog-lampequichauffe-ducretet":
        "the radio blog's Ducretet post keeps its photo caption ('Le châssis à l'arrivée, couvert de poussière.')"
        " after the second paragraph (1 of 20 noise lines)",
    "de-blog-orchideenamnordfenster-phalaenopsis":
        "the orchid blog's Phalaenopsis post keeps its photo caption ('Der neue Blütenstiel Anfang November.') after"
        " the second paragraph (1 of 20 noise lines)",
    "it-blog-penninostorto-cancelleresca":
        "the calligraphy blog's chancery-italic post keeps its photo caption ('Una pagina del mio quaderno di ottobre,"
        " con le prime legature.') after the second paragraph (1 of 20 noise lines)",
    "pl-blog-radiozpiwnicy-pionier":
        "the radio blog's Pionier post keeps its photo caption ('Chassis po wyjęciu ze skrzynki – kurz sprzed pół"
        " wieku.') after the second paragraph (1 of 20 noise lines)",
    "ru-blog-orkhideizashkafom-dendrobium":
        "the orchid blog's Dendrobium post keeps its photo caption ('Бутоны на старых псевдобульбах в начале ноября.')"
        " after the second paragraph (1 of 20 noise lines)",
}


test_held_out_132_line, test_held_out_132_line_is_kept, test_held_out_132_page = held_out_tests(
    HELD_OUT_132_LINES, HELD_OUT_132_KEEP, HELD_OUT_132_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
