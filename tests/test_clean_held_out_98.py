"""Held-out set 98: written blind, weighted toward the noise the cleaner exists for, in shapes set 96's docstring does
not name (nor the first paragraphs of sets 93, 94 and 95): scraper, embed and ad markers (a Facebook video embed's
residue "Posted by Fendlecombe Parish Council on Tuesday, 1 December 2026", the BBC-style video residue "This video
can not be played To play this video you need to enable JavaScript in your browser.", a Google Maps embed residue
"Map data ©2026 Google · Terms · Report a map error", the French map link "Agrandir le plan", a German lazy-load
residue "Inhalt wird geladen …", an Italian audio-embed label "Ascolta l'audio dell'intervista (4:12)", a Polish
OpenStreetMap credit "Mapa: © autorzy OpenStreetMap" and the Russian Yandex map link "Открыть в Яндекс Картах");
reading-time headers in new wordings (the English "Time to read: 3 minutes" and a blog's "Fair warning: this is a
long one, roughly a twelve-minute read.", the French "Ce billet se lit en 7 minutes environ.", the German "Dieser
Artikel ist in etwa fünf Minuten gelesen.", the Italian "Tempo di lettura: 4'", the Polish "Czytanie zajmie ci ok. 7
minut" and the Russian "На чтение ~5 минут"); bylines and self-promotion (a Reuters-style English credit "Reporting
by Idris Pellowe; editing by Nan Trethewy", an English guest-post credit "This is a guest post by Perrin Oakhurst,
who keeps twenty-odd bonsai on a third-floor balcony.", an English Linktree plug "All my links – the shop, the
podcast and the workshops – live on my Linktree.", a French interview credit "Propos recueillis par Solène
Maréchaux", a German contributor credit "Mitarbeit: Jannik Ostermöller", an Italian Telegram-channel plug "Sul mio
canale Telegram trovi le foto di tutti i bonsai prima e dopo la potatura.", a Polish TikTok plug "Zapraszam na mój
kanał na TikToku – pokazuję tam, jak czyszczę stare maszyny do pisania." and a Russian Boosty plug "Поддержать блог
можно на Boosty — там же выкладываю схемы маршрутов и видео заплывов."); blog and site footers (the English IPSO
line "This newspaper is regulated by the Independent Press Standards Organisation (IPSO).", a Hugo theme credit
"Built with Hugo · Theme Stack designed by Jimmy", Blogger's feed link "Subscribe to: Posts (Atom)", Dotclear's
French "Propulsé par Dotclear", a German service link row "Leserreisen · Abo-Service · Zeitung in der Schule ·
Mediadaten", an Italian court-registration line "Registrazione al Tribunale di Valdassera n. 00/2026", a Polish
print-run and ISSN line "Nakład: 0000 egz. · ISSN 0000-0000" and the Russian media-registration line "Свидетельство
о регистрации СМИ ЭЛ № ФС 00 - 00000 выдано Роскомнадзором"); reader-comment furniture (an English load-more row
"Showing 3 of 14 comments · Load more", an English house-rules line "Please keep comments civil and on topic – our
house rules explain what we remove.", a WordPress pingback "Pingback: Ten things my first stout taught me – Wort and
Patience", a French show-replies link "Afficher les 4 réponses", a German netiquette line "Netiquette: Beleidigende
Kommentare werden ohne Rückfrage gelöscht.", an Italian comment-rules line "Regolamento dei commenti: niente
insulti, niente spam, niente link pubblicitari.", a Polish deleted-comment residue "Komentarz został usunięty przez
moderatora." and a Russian show-more link "Показать ещё 5 комментариев"); share rows (an English Bluesky, Pocket,
WhatsApp and copy-link row, a French Bluesky, WhatsApp, Pinterest and print row and an Italian WhatsApp, copy-link
and print row); and notices (a German update note "Aktualisiert: Die Zahlen zur Wahlbeteiligung wurden um 22:15 Uhr
nachgetragen.", a Polish partnership note "Materiał powstał we współpracy z Urzędem Miasta." and the Russian
not-an-offer disclaimer "Публикация носит информационный характер и не является публичной офертой."); and toward
whole scraped news and hobby-blog pages in layouts set 96's docstring does not describe (a noise line on the line
right after the title, with no blank line between them, on two pages, a noise line on the line right before the
paragraph with the quote on one, a table of contents between the paragraph with the quote and the third paragraph on
one page and under the title on five, two separate gaps between list rows on one page, two-line gaps between list
rows on three, four list rows on six pages, replies to replies to replies on three, a foot without a footer or
copyright line on four pages, a foot with two separate comments and a reply to the first on one), taken from local
politics and services and from blogs about home brewing, bonsai, vintage typewriters and wild swimming (a regional
portal's story on a council budget vote, with a comment, the paper's reply and a reply to it, a home-brewing blog's
post on a first all-grain oatmeal stout, with a comment, the author's reply, a reply to it and the author's reply to
that, a regional portal's story on a twinning visit's fortieth anniversary, with a comment, a reply and the paper's
reply to it, a wild-swimming blog's post on a last October swim in a mountain lake, with a comment, the author's
reply and a reply to it, a regional portal's story on a new bin collection calendar, with a comment, the paper's
reply and another comment, a bonsai blog's post on wintering trees on a balcony, with a comment, the author's reply
and a reply to it, a regional portal's story on a residents' parking permit scheme, with a comment, the paper's
reply and a reply to it, a typewriter blog's post on reviving a flea-market Lettera 22, with a comment, the author's
reply, a reply to it and the author's reply to that, a regional portal's story on a by-election count, with a guest
comment, a reply and a reply to it, a home-brewing blog's post on fermenting a lager on a winter balcony, with a
comment, the author's reply and a reply to it, a regional portal's story on a town hall's renovation, with a
comment, a reply, the paper's reply and a reply to that, and a wild-swimming blog's post on a season's first
ice-hole swim, with a comment, the author's reply and a reply to it).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages
of held-out sets 10 to 96), held-out set 97 (written at the same time by another helper; none of its paths was
opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep the tests/
folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 96 up to its first
round paragraph, its imports, its ``_page`` helper and its tail from ``def _marks`` on (``_marks``, the xfail tables
with their reasons and the three test functions), and the first paragraphs of the docstrings of sets 93, 94 and 95,
printed with one ast script (/tmp/s98scratch/read96.py: ``ast.get_docstring`` split into paragraphs at blank lines
and cut before the first paragraph starting "Still held out after" or "Round ", the import nodes' and the ``_page``
node's source segments, the file from the ``lineno`` of the ``def _marks`` function node, found with ``ast``, to the
end, and the first paragraph of each of the three other docstrings); the helpers ``_problems``, ``_insert``,
``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase`` dataclass and ``page_from_blocks``
(tests/noisy_corpus.py), printed with ``inspect.getsource``; ``FIXTURES``, printed as its dict value; and
scripts/clean_held_out_report.py (in full, with ``cat``). The tail is set 96's, taken by a script
(/tmp/s98scratch/gen.py) from the ``def _marks`` node's line on, with its xfail tables emptied (the three annotated
assignments found with ``ast``) and 96 -> 98, then refilled after the measurement by the same script from
/tmp/s98scratch/tables98.py. ``_page`` and the imports are set 96's, taken by the same script from their nodes.
Nothing else was copied from any file of the repository. The set was measured once against a frozen cleaner
(worktree /tmp/wt-s98, detached at commit 5402770d7b6a9337c7adc5fb32b8db85646de69c, what ``git rev-parse HEAD``
printed in /work/main) and every failing case is marked as a strict xfail whose reason describes the line or page,
not a rule. Nothing was changed after the measurement but the xfail tables and this docstring.

Slips and notes: (1) No slip into the forbidden files' contents is known to me. Set 96's file (and the first
paragraphs of sets 93, 94 and 95) was only printed through the ast script above, run once with its output sent to a
scratch file (/tmp/s98scratch/read96.out, 578 lines) that I paged through with ``sed`` (lines 1 to 200, 200 to 400
and 400 to 578); nothing else was printed from it. The docstring cut held (the printed docstring ended with set 96's
Baseline paragraph). That allowed text itself names set 96's scratch paths and its frozen commit
(0192ec6ef4b24b972a1085de055e29aee1517338) and set 94's (994df7e5585fe24c97e613f7832d5f0ca9ff63d1); set 96's xfail
reasons quote its missed lines and left page lines; I saw these only as that text. The report script's docstring
names a cleaning table in docs/cleaning.md, which I did not open. The generating script, which read set 96's file to
take its imports, its ``_page`` helper and its tail, printed nothing but a line count; I printed the first 40 lines
of the file it wrote (this docstring's placeholder, the imports, ``_page`` and the start of the English lines) with
``sed`` and the lines of its tables and test functions with ``grep -n`` on that file (not on the tests/ folder). At
my first step ``git status --short`` in /work/main printed nothing (a clean working tree) and ``git rev-parse HEAD``
printed 5402770d7b6a9337c7adc5fb32b8db85646de69c. (2) The worktrees were made with ``git worktree add``, its output
sent to /dev/null, so no commit subject was seen; I did not look up which round the frozen commit is. To see that
the worktrees existed I ran ``ls`` on /tmp/wt-set98 and /tmp/wt-s98, which printed the top-level names of the
checkout (README.md, benchmarks, configs, docs, pyproject.toml, scripts, src, tests), and ``ls`` on
/tmp/wt-set98/scripts, which printed the script names; no file's contents. The branch set98 was made from the same
commit; there this file (with the xfail tables filled) gives only passed and xfailed tests (50 passed, 27 xfailed),
which is a check of the tables, not a second measurement. (3) To print the helpers with ``inspect.getsource``,
tests/test_clean.py and tests/noisy_corpus.py were imported with /work/main/src and /work/main/tests on the path
(/tmp/s98scratch/helpers.py), which imports the cleaner's modules; nothing was run through the cleaner then and none
of its source was read. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de':
'de_haushalt.txt'}; the fixture files themselves were not opened. The stand-in noisy_corpus module was written by a
small script (/tmp/s98scratch/mkstand.py) that imported tests/noisy_corpus.py the same way and wrote the
``inspect.getsource`` text of ``NoisyCase`` and ``page_from_blocks`` to the scratch folder. (4) The lists were
written as data in scratch files (/tmp/s98scratch/lists98.py and pages98.py) and put together with the tail into
this file by /tmp/s98scratch/gen.py, which splits long string literals to fit 120 columns. Before the measurement
the page counts printed by a one-line loop showed the bonsai post with 19 noise lines, and a comment-count heading
("1 Kommentar") was added to its foot. Then the file was executed from a scratch folder (/tmp/s98scratch/stand) with
stand-ins (that copy of ``NoisyCase`` and ``page_from_blocks``, a stand-in ``test_clean`` whose ``_insert`` and
``_problems`` only raise, and a stand-in ``pytest`` package; no case was run through the cleaner) by
/tmp/s98scratch/check.py, which counted the lines by category, by language (from the ``# English`` ... comments) and
by place, the keep lines by language and by place, the pages by language and checked that every page has 10 article
and 20 noise lines, that no page article line repeats on its page and no page noise line does (case-insensitively),
that no page noise line is a substring of an article line of its page (case-sensitively and case-insensitively) or
overlaps (equals, contains or is contained in) a line of ``HELD_OUT_98_LINES`` or ``HELD_OUT_98_KEEP``,
case-sensitively and case-insensitively, that no page article line overlaps one of those lines, that no held-out
noise line overlaps a keep line, that no line is longer than 120 columns and that the file holds no e-mail address.
Its first run found 3 problems: the French ad label "Publicité" on the twinning story and the October-lake post
inside the French keep line that began "Publicité lumineuse et enseignes" (the keep line became "Annonces et
enseignes lumineuses devront respecter la charte de la place rénovée, a rappelé l'adjoint.") and the bonsai post's
table-of-contents heading "Inhalt" inside the German lazy-load marker (it became "Inhaltsverzeichnis"); these were
changed by a small replacement script (/tmp/s98scratch/fix1.py) and the second run found nothing. No list changed
after that check. While writing, I avoided the German ad label "Anzeige" (the bin-calendar paper is a "Rundschau",
not an "Anzeiger", and the pages use "Werbung") and a Polish keep line opening with "Reklamacje" (which holds the
Polish ad label "Reklama" used on two pages). As allowed, some page noise lines hold another noise line or an
article word of their page (site names inside commenter rows and copyright lines, place names of the article inside
captions, tags and menus). (5) At the measurement (22:52:30 UTC) this docstring was a placeholder and the xfail
tables were empty; it was written afterwards, with the tables. The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen. The problems were then read out once with
``_problems`` in the frozen worktree by a script (/tmp/s98scratch/problems.py) that ran it on every line, keep line
and page of this set and printed the problems of the failing ones, to write the xfail reasons; the places named in
the page reasons are where I put the lines, since ``_problems`` only says that a line was kept or lost. (6) Invented
names were checked, before the measurement, against the helper's exact-string search over public GitHub files and my
own memory; no gazetteer was available, so this is not a proof that they do not exist: Wyndlestow, Nerys Penhallow,
Imogen Tresize, Desmond Quelch, Sparge & Sediment, Gethin_brews, Villebrousse, Hollerstedt, Bertrand Lemuzeau,
Margaux Thévenoud, Combrelonge, Brasses et Galets, Kranichsfelde, Sabine Weyhrauch, Lennart Brüggemeier, Wurzelwerk
& Draht, Montefoscolo, Fabrizio Tondelli, Tasti e Nastri, Wrzosołęka, Ewa Bożęcka, Tadeusz Kłosowiak, Jan Pstrążek
(Pstrążek alone), Warzelnia na Balkonie, Чижеборск, Ольга Пересветова, Геннадий Пахомцев, Прорубь и чай, Idris
Pellowe, Nan Trethewy, Perrin Oakhurst, Fendlecombe, Solène Maréchaux, Jannik Ostermöller and Valdassera had no
hits. Penhallow, Weyhrauch, Brüggemeier, Bożęcka and Ostermöller had hits as surnames and were kept with first names
that had none; Wort and Patience had a hit only inside a longer phrase ("mugwort and patience") and was kept.
Dropped after their checks: Kelderby, planned for the English town (in invented-town lists of sample data), Desmond
Ruddle (a real surname), Imogen Fairweather (a name in sample data), Jarzębice, planned for the Polish town (dropped
as possibly real, without hits), Wilkosz, planned for a Polish candidate (a real surname), Тихоборск, planned for
the Russian town (in city lists of sample data), Ольга Чернобровкина (a real surname), Copper Kettle Notes, planned
for the pingback's blog (a name in a list of blog names), Nan Cathcart (a real surname) and Brackenholt, planned for
the Facebook embed's parish (in invented-town lists). Not checked, generic or invented at sight: Mill Lane, the
place de la Halle, the via Mazzini, the ul. Lipowa, the Соборная площадь, the Wyndlestow Echo, L'Écho de
Villebrousse, the Kranichsfelder Rundschau, La Voce di Montefoscolo, the Kurier Wrzosołęcki and the Чижеборский
вестник (papers named after the checked towns), Cllr Ashdown, and the people's names (Hawthorn_Bill, Aude, Pauline,
Gaëlle, Hildegarde_V, Rémi_B, Till, Bonsai-Benni, Ordnungsliebe, Gernot K., Marisa62, Gianpaolo, Zenon, Marta,
Piotrek_chmielarz, Валерий, Нина, Михалыч, Светлана_К), which are invented, though ordinary names real people may
bear; none is meant as a real person. Phone, registration, ISSN and print-run numbers are zero-filled. There are no
e-mail addresses. (7) Some lines name real things, as real pages do (all from memory): Facebook's video embed, the
BBC's video residue, Google Maps, Bluesky, Pocket, WhatsApp, Linktree, IPSO, Hugo and its Stack theme, Blogger's
feed link, Reuters-style credits, WordPress pingbacks, Dotclear, Pinterest, Telegram, TikTok, Boosty, OpenStreetMap,
Yandex Maps, the Italian court registration of newspapers and the Russian media registration by Roskomnadzor; on the
pages Maris Otter malt, Safale S-04 and W-34/70 yeasts, Lubelski hops, pagoPA, the Olivetti Lettera 22, Facebook,
Telegram, WhatsApp and the 16+ mark of Russian sites. (8) Set 96's docstring names its own shapes and its pages'
layouts (and sets 93 to 95 their shapes in their first paragraphs), so some lines may repeat shapes of sets before
93 or of the development lists that I could not check; in particular the BBC video residue, the Google Maps residue,
Blogger's feed link, the IPSO line and the WordPress pingback are common enough that an earlier set may hold them.
Close to shapes sets 93 to 96 named: the Facebook, BBC, audio and map residues are embed residue near the Spotify,
YouTube, Instagram, Spreaker and RUTUBE residues; the lazy-load residue is near the Trinity Audio loading line; the
OpenStreetMap credit is near the Datawrapper credit; the reading-time rows are reading-time rows in other words; the
Reuters-style, interview and contributor credits are bylines near the compiled-by, prepared-by, text-and-photo and
desk credits; the guest-post credit is near the bio lines; the Linktree, Telegram, TikTok and Boosty plugs are plugs
like the Instagram, VK, Dzen, Ko-fi and buycoffee.to ones; the Hugo, Blogger and Dotclear lines are near the Jekyll,
Wix, Jimdo and Tilda credits; the IPSO line is near the ICNN membership line; the service link row is near the
English footer link row; the court-registration, ISSN and media-registration lines are legal footers near the VAT,
KRS and register lines; the comment lines are comment furniture near the count, sort, rules, see-all and action
lines; the share rows are share rows on other platforms; the update, partnership and not-an-offer notes are notices
near the correction, transparency, source and not-medical-advice notes. Page chrome repeats kinds of line set 96's
docstring names among its noise (photo captions, ad labels, read-also and most-read links, newsletter, Telegram and
WhatsApp prompts, tables of contents, gallery links, PDF downloads, subscription offers), as real pages carry them.
(9) My first step's clock reading was 2026-12-04 22:47:18 UTC; the measurement ran at 22:52:30 UTC. (10) After
committing, ``git rev-parse HEAD`` in my worktree printed my own commit's hash, to report it; no commit was read.

Judgement calls: the keep lines opening with or holding "Posted to every household", "Time to read the small print",
"Share of the budget", "Comments from residents", "Reporting a missed bin", "Follow the river path", "Load the
fermenter", "Partager les frais", "Lire à voix haute", "Annonces et enseignes", "Kommentare zum Haushaltsentwurf",
"Teilen müssen sich", "Mitarbeit im Partnerschaftsverein", "Condividere l'attrezzatura", "Leggi e regolamenti",
"Iscrizioni al corso", "Udostępniony w piątek", "Komentarza w sprawie wyników", "Подписаться под обращением" and
"Читать бюллетени вслух" are article sentences. The Facebook, BBC-video, Google Maps, French map, lazy-load, audio,
OpenStreetMap and Yandex map lines are counted as markers; the reading-time rows and sentences as reading-time
lines; the Reuters-style, guest-post, interview and contributor credits and the Linktree, Telegram, TikTok and
Boosty plugs as bylines; the IPSO, Hugo, Blogger feed, Dotclear, service-row, court-registration, ISSN and
media-registration lines as footers; the load-more row, the house-rules, netiquette and comment-rules lines, the
pingback, the show-replies and show-more links and the deleted-comment residue as comments; the share rows as share;
the update, partnership and not-an-offer notes as notices. On every page the title, the paragraphs before the
subheading (one of them with the quote), the subheading, its list rows and the last paragraphs are article (10 lines
a page; the blog posts' closing lines about the next post or asking readers how they do it are their last paragraphs
and counted as article; the by-election story's row of invalid votes is a list row) and everything else is noise (20
lines a page); in particular site and blog names and taglines, menus, search boxes, the weather line, breadcrumbs,
bylines and author names, dates, update times, categories, save links, view counts, the 16+ mark, subscription
offers, most-read links, tables of contents, photo captions, ad labels, related and read-also links, an
interactive-chart note, PDF and recipe-card downloads, agenda and gallery links, a link to the blog's equipment
page, newsletter, WhatsApp, Telegram, Facebook and like prompts, tags, comment headings and counts, commenter rows,
comment texts and replies, more-from links, imprint and rules links, theme credits and copyright lines are noise.
The layouts: two to four noise lines above the title; on fr-portail-villebrousse-jumelage and
de-blog-wurzelwerkunddraht-winterschutz the date line stands on the line right after the title, with no blank line
between them; two to seven under the title (five blogs have their table of contents there, after their date and
category rows: three entries under a heading; pl-blog-warzelnianabalkonie-lager has it between the paragraph with
the quote and the third paragraph); zero to four among the paragraphs before the subheading and between them and the
subheading (none on it-blog-tastienastri-lettera22; on en-portal-wyndlestow-budgetvote an ad label between the first
and second paragraphs and a related link on the line right before the paragraph with the quote, in its block; a
caption and an ad label between the first and second paragraphs on pl-portal-wrzosoleka-wybory-uzupelniajace; a
caption and an ad label, an ad label, or an ad label and a read-also link, between the second paragraph and the
paragraph with the quote on three portals; a caption between the paragraph with the quote and the third paragraph on
en-blog-spargeandsediment-oatmealstout and the table of contents there on pl-blog-warzelnianabalkonie-lager; one or
two lines (captions, ad labels and read-also links) between the last paragraph and the subheading on six pages);
noise between the subheading and the first list row on one page (it-portale-montefoscolo-permessi-sosta, a form
download); gaps between list rows on nine pages (one line after the first row on two and after the second on three;
two lines after the second row on it-blog-tastienastri-lettera22 and pl-blog-warzelnianabalkonie-lager and after the
third on fr-blog-brassesetgalets-lac-octobre; two separate one-line gaps, after the first and second rows, on
de-portal-kranichsfelde-abfuhrkalender); noise between the last list row and the last paragraphs on three pages (the
parking story's WhatsApp prompt, the bonsai post's newsletter prompt and the town-hall story's Telegram prompt) and
between the two last paragraphs on one (the October-lake post's subscribe prompt); and eight to ten at the foot,
with replies on every page (a "↳" reply, replies to replies "↳↳" on eleven pages and "↳↳↳" on three: the
oatmeal-stout post, the Lettera 22 post and the town-hall story); the feet of the oatmeal-stout, bonsai and Lettera
22 posts and of the town-hall story have no footer or copyright line; the bin-calendar story's foot has two separate
comments with the paper's reply to the first. The subheadings and rows: en-portal-wyndlestow-budgetvote "Where the
money goes" (three rows), en-blog-spargeandsediment-oatmealstout "What went into the mash tun" (four),
fr-portail-villebrousse-jumelage "Le programme du week-end" (three), fr-blog-brassesetgalets-lac-octobre "Ce que
j'emporte pour un bain d'automne" (four), de-portal-kranichsfelde-abfuhrkalender "Die wichtigsten Änderungen"
(three), de-blog-wurzelwerkunddraht-winterschutz "Mein Winterschutz in vier Schritten" (four),
it-portale-montefoscolo-permessi-sosta "Come ottenere il permesso" (three), it-blog-tastienastri-lettera22 "Cosa ho
fatto, passo per passo" (four), pl-portal-wrzosoleka-wybory-uzupelniajace "Wyniki w okręgu nr 7" (four),
pl-blog-warzelnianabalkonie-lager "Czego użyłem" (three), ru-portal-chizheborsk-remont-dumy "Что сделано за время
ремонта" (three) and ru-blog-prorubichai-otkrytie-sezona "Что я беру на зимний заплыв" (four); all of them are
article.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; by language
en 15 (marker 3, reading-time 2, byline 3, footer 3, comments 3, share 1), fr 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, share 1), de 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1), it 6
(marker 1, reading-time 1, byline 1, footer 1, comments 1, share 1), pl 6 (marker 1, reading-time 1, byline 1,
footer 1, comments 1, notice 1) and ru 6 (marker 1, reading-time 1, byline 1, footer 1, comments 1, notice 1); by
place head 11, body 8, tail 26), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; by place head 6, body 6, tail
8), 12 pages with 240 noise lines (20 a page) and 120 article lines (10 a page): en-portal-wyndlestow-budgetvote (a
regional news portal's story on a district council passing its budget with a 4.99% council tax rise, with a comment,
the paper's reply and a reply to it), en-blog-spargeandsediment-oatmealstout (a home-brewing blog's post on a first
all-grain oatmeal stout, with a comment, the author's reply, a reply to it and the author's reply to that),
fr-portail-villebrousse-jumelage (a regional news portal's story on fifty visitors from a twin town for the
twinning's fortieth anniversary, with a comment, a reply and the paper's reply to it),
fr-blog-brassesetgalets-lac-octobre (a wild-swimming blog's post on a last swim in a mountain lake in October, with
a comment, the author's reply and a reply to it), de-portal-kranichsfelde-abfuhrkalender (a regional news portal's
story on a new bin calendar with weekly food-waste collections, with a comment, the paper's reply and another
comment), de-blog-wurzelwerkunddraht-winterschutz (a bonsai blog's post on wintering trees in a polystyrene box on a
balcony, with a comment, the author's reply and a reply to it), it-portale-montefoscolo-permessi-sosta (a regional
news portal's story on new residents' parking permits in an old town centre, with a comment, the paper's reply and a
reply to it), it-blog-tastienastri-lettera22 (a typewriter blog's post on reviving a Lettera 22 bought at a flea
market, with a comment, the author's reply, a reply to it and the author's reply to that),
pl-portal-wrzosoleka-wybory-uzupelniajace (a regional news portal's story on a council by-election count, with a
guest comment, a reply and a reply to it), pl-blog-warzelnianabalkonie-lager (a home-brewing blog's post on
fermenting a lager on a winter balcony, with a comment, the author's reply and a reply to it),
ru-portal-chizheborsk-remont-dumy (a regional news portal's story on a town council building reopening after
renovation, with a comment, a reply, the paper's reply and a reply to that) and ru-blog-prorubichai-otkrytie-sezona
(a wild-swimming blog's post on the season's first ice-hole swim in an old quarry, with a comment, the author's
reply and a reply to it); every page holds a title, a subheading with list rows, a quote in the article and noise
above the title, under it, between the paragraphs and the list rows and at the foot.

Baseline (2026-12-04, cleaner at commit 5402770d7b6a9337c7adc5fb32b8db85646de69c, measured with ``cd /tmp/wt-s98 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s98/src python -m pytest -q tests/test_clean_held_out_98.py -rA
-p no:cacheprovider`` (27 failed, 50 passed) and ``cd /tmp/wt-s98 && PYTHONPATH=/tmp/wt-s98/src python
scripts/clean_held_out_report.py --sets 98`` (noise lines removed 28/45, article lines kept 20/20, pages clean 2/12,
page noise lines left 21 of 240), with the xfail tables empty): noise lines removed 28/45 (marker 4/8, reading-time
3/7, byline 4/8, footer 8/8, comments 5/8, share 3/3, notice 1/3; missed, all kept in the text: at the head the
English "Fair warning: this is a long one, roughly a twelve-minute read." and "This is a guest post by Perrin
Oakhurst, who keeps twenty-odd bonsai on a third-floor balcony.", the French "Ce billet se lit en 7 minutes
environ.", the German "Dieser Artikel ist in etwa fünf Minuten gelesen." and "Aktualisiert: Die Zahlen zur
Wahlbeteiligung wurden um 22:15 Uhr nachgetragen." and the Polish "Czytanie zajmie ci ok. 7 minut"; in the body the
English "This video can not be played To play this video you need to enable JavaScript in your browser.", the French
"Agrandir le plan", the Italian "Ascolta l'audio dell'intervista (4:12)" and the Russian "Открыть в Яндекс Картах";
at the foot the English "All my links – the shop, the podcast and the workshops – live on my Linktree." and "Please
keep comments civil and on topic – our house rules explain what we remove.", the German "Netiquette: Beleidigende
Kommentare werden ohne Rückfrage gelöscht.", the Italian "Sul mio canale Telegram trovi le foto di tutti i bonsai
prima e dopo la potatura." and "Regolamento dei commenti: niente insulti, niente spam, niente link pubblicitari.",
the Polish "Zapraszam na mój kanał na TikToku – pokazuję tam, jak czyszczę stare maszyny do pisania." and the
Russian "Публикация носит информационный характер и не является публичной офертой."); keep lines kept 20/20; pages
2/12 clean (en-portal-wyndlestow-budgetvote and ru-portal-chizheborsk-remont-dumy), 21 of 240 page noise lines left
and 6 of 120 article lines lost: en-blog-spargeandsediment-oatmealstout 1 left ("Photo: the mash at 67°C, looking
more like porridge than beer."); fr-portail-villebrousse-jumelage 1 left ("Agenda : toutes les sorties du
week-end"); fr-blog-brassesetgalets-lac-octobre 2 left ("Photo : la rive nord à 8 h 30, encore dans l'ombre." and
"Ma liste complète de matériel est sur la page Équipement"); de-portal-kranichsfelde-abfuhrkalender 9 left
("Abfallkalender 2027 als PDF herunterladen" and eight lines of its foot: "Mehr aus Kranichsfelde", "Leserkommentare
(3)", "Ordnungsliebe", "Und wohin mit den Windeln, wenn die Tonne nur noch alle vier Wochen kommt?", "↳
Rundschau-Redaktion", "Für Windeln bietet der Kreis eine kostenlose Zusatztonne an.", "Gernot K." and "Endlich, im
Sommer hat die Biotonne immer gestunken."); de-blog-wurzelwerkunddraht-winterschutz 1 left ("Mein Feldahorn Ende
November, schon ohne Blätter."); it-portale-montefoscolo-permessi-sosta 1 left ("Le strisce blu in via Mazzini, dove
la sosta diventerà riservata ai residenti."); it-blog-tastienastri-lettera22 3 left ("Appunti di un collezionista di
macchine da scrivere", "La Lettera 22 appena arrivata a casa, con la custodia rotta." and "Foto: i martelletti prima
e dopo la pulizia."); pl-portal-wrzosoleka-wybory-uzupelniajace 1 left ("Lokal wyborczy w szkole przy ul. Lipowej
tuż przed zamknięciem."); pl-blog-warzelnianabalkonie-lager 1 left ("Zdjęcie: fermentor owinięty kocem na balkonie
przy minus dwóch stopniach.") and 6 article lines lost or put out of order (its subheading "Czego użyłem", its three
list rows and its two last paragraphs, everything after the third paragraph); ru-blog-prorubichai-otkrytie-sezona 1
left ("Фото: прорубь утром, пар над водой."). Of the left page lines one stands above the title (the typewriter
blog's tagline; every other site name, tagline, menu, search box, weather line and breadcrumb goes); three stand
under the title (the photo captions of the parking story, the Lettera 22 post and the balcony-lager post; every
other byline, date, category, save link, view count, subscription offer, most-read link, 16+ mark and table of
contents under the titles goes, as do the photo captions under the titles of the budget, bin-calendar and town-hall
stories); five stand between the paragraphs before the subheading or between them and the subheading (the photo
captions of the oatmeal-stout, October-lake, bonsai, by-election and ice-hole posts and stories; the ad labels, the
related and read-also links there go, as does the balcony-lager post's table of contents); none stands between the
subheading and the first list row (the parking story's form download goes); four stand in gaps between list rows
(the twinning story's agenda link, the October-lake post's equipment-page link, the bin-calendar story's PDF
calendar link and the Lettera 22 post's second caption; the budget story's chart note, the oatmeal-stout post's
recipe card, the bin-calendar story's read-also link, the by-election story's gallery link, the balcony-lager post's
ad label and Facebook prompt, the ice-hole post's like prompt and the ad labels of the October-lake and Lettera 22
posts go); none stands between the last list row and the last paragraphs or between the two last paragraphs; and
eight stand at the foot, all on the bin-calendar story (its more-from link, comment heading, two comments and the
paper's reply, whose imprint and copyright lines go); every other tag, comment heading and count, commenter row,
comment text, reply, rules link, theme credit and copyright line at the foot goes. Six article lines are lost or put
out of order, all on the balcony-lager post, the one page with its table of contents between the paragraph with the
quote and the third paragraph. The failing cases are strict xfails.

Still held out after round 78 (developed on sets 95 and 96: the last row of a list ending in a full stop closes a
subheading's block, an unnumbered table of contents ends at its block's end, a table of contents the rules took counts
as evidence of the page's head, an author's ask-in-the-comments last paragraph stops the edge models, comment threads
under a call to react, guest rows with a tilde and headerless threads with reply arrows, polls, a liked-it newsletter
sign-up, quick reads in minutes; this set was written against 5402770, before it; measured once with
``scripts/clean_held_out_report.py --sets 98`` at 6c126f5): noise lines removed 28/45 (unchanged), keep lines 20/20,
pages clean 2/12, page noise lines left 21 -> 13 of 240 (the bin-calendar story's comment foot goes, 9 -> 1 left),
article lines lost 6 -> 6 of 120 (the home-brewing blog still loses its subheading, rows and last paragraphs). Page
reasons are not reworded (the next round reads the set).

Round 79 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py`` and ``pytest tests/test_clean_held_out_98.py`` at main's b5d41ec (before; after
round 78) and the round's last commit on branch round79 (after): noise lines 28 -> 38 of 45 (marker 7/8, reading-time
7/7, byline 4/8, footer 8/8, comments 8/8, share 3/3, notice 1/3), keep lines 20 -> 20 of 20, pages clean 2 -> 6 of 12,
page noise lines left 13 -> 7 of 240, article lines lost 6 -> 0 of 120; pytest 50 passed, 27 xfailed -> 64 passed, 13
xfailed. Fixed, by mechanism: a subheading's rows go on past the page's inserts between two rows, as between the
subheading and its first row (page_blocks._is_block_insert: a follow plug, a newsletter prompt, a file offer; the
balcony-lager post's 'Polub Warzelnię na Facebooku' ended its rows as a widget ending a page), and a slash between two
numbers of two digits or more in a row is a product code's, not a link's cue (page_blocks._CODE_SLASH: its last row
'Drożdże dolnej fermentacji W-34/70 – dwie saszetki' read as a widget); with both, its subheading, three rows and two
last paragraphs are kept again; a picture's caption under its label written as a sentence goes on a scraped page, a
line of the page's above the body and one under it (clean.is_labelled_caption_sentence, page_blocks.mark_block_remnants;
rounds 49 and 50 keep such a line in an article with no page around it): the oatmeal-stout, balcony-lager and ice-hole
posts are clean, and sets 94, 95 and 96 gain a clean page each; a download link naming its type after a preposition may
hold a year and is a file offer beside the rows (clean.is_file_download: 'Abfallkalender 2027 als PDF herunterladen',
the bin-calendar story is clean). Classes added (six languages, near misses, test_round_79_*): N-minute reads and
reading-time sentences ('Fair warning: this is a long one, roughly a twelve-minute read.', 'Ce billet se lit en 7
minutes environ.', 'Dieser Artikel ist in etwa fünf Minuten gelesen.', 'Czytanie zajmie ci ok. 7 minut'); a comment
policy's header with its rules on one line and the ask to keep comments civil ('Netiquette: ...', 'Regolamento dei
commenti: ...', 'Please keep comments civil ...'); a map embed's links ('Agrandir le plan', 'Открыть в Яндекс
Картах'); scroll-on and swipe hints; a player's next-video countdown and its scripts-off residue ('This video can not
be played To play this video you need to enable JavaScript in your browser.'). Other sets moved (held-out report): sets
85, 86 and 92 one noise line more each (the player residue and the Yandex map link), set 91 19 -> 18 page lines left,
94 0 -> 1 pages clean (23 -> 21 left), 95 1 -> 2 (48 -> 46), 96 2 -> 3 (17 -> 14); no set lost a noise, keep or
article line; SemEval diff 0 of 3,723 files. Left: the guest-post, Linktree, Telegram and TikTok lines, the audio
label, the German update note and the Russian not-an-offer disclaimer; on the pages unlabelled captions (four pages),
the typewriter blog's tagline, the twinning story's agenda link and the October-lake post's equipment-page link.
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_98_LINES: list[tuple[str, str, str]] = [
    # English
    ("head", "Posted by Fendlecombe Parish Council on Tuesday, 1 December 2026", "marker"),
    ("body",
     "This video can not be played To play this video you need to enable JavaScript in your browser.",
     "marker"),
    ("body", "Map data ©2026 Google · Terms · Report a map error", "marker"),
    ("head", "Time to read: 3 minutes", "reading-time"),
    ("head", "Fair warning: this is a long one, roughly a twelve-minute read.", "reading-time"),
    ("head", "Reporting by Idris Pellowe; editing by Nan Trethewy", "byline"),
    ("head",
     "This is a guest post by Perrin Oakhurst, who keeps twenty-odd bonsai on a third-floor balcony.",
     "byline"),
    ("tail", "All my links – the shop, the podcast and the workshops – live on my Linktree.", "byline"),
    ("tail", "This newspaper is regulated by the Independent Press Standards Organisation (IPSO).", "footer"),
    ("tail", "Built with Hugo · Theme Stack designed by Jimmy", "footer"),
    ("tail", "Subscribe to: Posts (Atom)", "footer"),
    ("tail", "Showing 3 of 14 comments · Load more", "comments"),
    ("tail", "Please keep comments civil and on topic – our house rules explain what we remove.", "comments"),
    ("tail", "Pingback: Ten things my first stout taught me – Wort and Patience", "comments"),
    ("body", "Share via: Bluesky · Pocket · WhatsApp · Copy link", "share"),
    # French
    ("body", "Agrandir le plan", "marker"),
    ("head", "Ce billet se lit en 7 minutes environ.", "reading-time"),
    ("tail", "Propos recueillis par Solène Maréchaux", "byline"),
    ("tail", "Propulsé par Dotclear", "footer"),
    ("tail", "Afficher les 4 réponses", "comments"),
    ("tail", "Partager : Bluesky · WhatsApp · Pinterest · Imprimer", "share"),
    # German
    ("body", "Inhalt wird geladen …", "marker"),
    ("head", "Dieser Artikel ist in etwa fünf Minuten gelesen.", "reading-time"),
    ("tail", "Mitarbeit: Jannik Ostermöller", "byline"),
    ("tail", "Leserreisen · Abo-Service · Zeitung in der Schule · Mediadaten", "footer"),
    ("tail", "Netiquette: Beleidigende Kommentare werden ohne Rückfrage gelöscht.", "comments"),
    ("head", "Aktualisiert: Die Zahlen zur Wahlbeteiligung wurden um 22:15 Uhr nachgetragen.", "notice"),
    # Italian
    ("body", "Ascolta l'audio dell'intervista (4:12)", "marker"),
    ("head", "Tempo di lettura: 4'", "reading-time"),
    ("tail", "Sul mio canale Telegram trovi le foto di tutti i bonsai prima e dopo la potatura.", "byline"),
    ("tail", "Registrazione al Tribunale di Valdassera n. 00/2026", "footer"),
    ("tail", "Regolamento dei commenti: niente insulti, niente spam, niente link pubblicitari.", "comments"),
    ("tail", "Invia su WhatsApp · Copia il link · Stampa", "share"),
    # Polish
    ("body", "Mapa: © autorzy OpenStreetMap", "marker"),
    ("head", "Czytanie zajmie ci ok. 7 minut", "reading-time"),
    ("tail", "Zapraszam na mój kanał na TikToku – pokazuję tam, jak czyszczę stare maszyny do pisania.", "byline"),
    ("tail", "Nakład: 0000 egz. · ISSN 0000-0000", "footer"),
    ("tail", "Komentarz został usunięty przez moderatora.", "comments"),
    ("tail", "Materiał powstał we współpracy z Urzędem Miasta.", "notice"),
    # Russian
    ("body", "Открыть в Яндекс Картах", "marker"),
    ("head", "На чтение ~5 минут", "reading-time"),
    ("tail", "Поддержать блог можно на Boosty — там же выкладываю схемы маршрутов и видео заплывов.", "byline"),
    ("tail", "Свидетельство о регистрации СМИ ЭЛ № ФС 00 - 00000 выдано Роскомнадзором", "footer"),
    ("tail", "Показать ещё 5 комментариев", "comments"),
    ("tail", "Публикация носит информационный характер и не является публичной офертой.", "notice"),
]

HELD_OUT_98_KEEP: list[tuple[str, str]] = [
    # English
    ("head",
     "Posted to every household in March, the new collection calendar shows garden waste on alternate Fridays."),
    ("head", "Time to read the small print, said Cllr Ashdown, before anyone applies for a resident's permit."),
    ("body", "Share of the budget going to road repairs rises from 9% to 12% under the plan agreed on Tuesday."),
    ("body", "Comments from residents at four drop-in sessions led to two changes in the permit zone boundaries."),
    ("tail", "Reporting a missed bin will be possible by phone until 8pm from January, the council said."),
    ("tail", "Follow the river path downstream for ten minutes and the first swimming spot is just below the weir."),
    ("tail", "Load the fermenter no more than two-thirds full, or the krausen will push the airlock out overnight."),
    # French
    ("head", "Partager les frais du jumelage à parts égales entre les deux communes avait été décidé dès 1987."),
    ("body",
     "Lire à voix haute chaque bulletin revient au président du bureau de vote, sous le regard des assesseurs."),
    ("tail", "Annonces et enseignes lumineuses devront respecter la charte de la place rénovée, a rappelé l'adjoint."),
    # German
    ("head", "Kommentare zum Haushaltsentwurf konnten Bürgerinnen und Bürger bis zum 30. November einreichen."),
    ("body", "Teilen müssen sich die Anwohner künftig zwölf Stellplätze vor der Bäckerei am Markt."),
    ("tail", "Mitarbeit im Partnerschaftsverein ist ausdrücklich erwünscht, sagte die Vorsitzende beim Empfang."),
    # Italian
    ("head", "Condividere l'attrezzatura con un amico è il modo più economico per cominciare a fare la birra in casa."),
    ("body", "Leggi e regolamenti comunali sulla sosta saranno pubblicati all'albo pretorio entro venerdì."),
    ("tail", "Iscrizioni al corso di bonsai della biblioteca aperte fino al 15 gennaio, con dieci posti disponibili."),
    # Polish
    ("head", "Udostępniony w piątek harmonogram odbioru odpadów obejmuje też zbiórkę choinek po świętach."),
    ("tail", "Komentarza w sprawie wyników nie chciał wydać żaden z przegranych kandydatów."),
    # Russian
    ("body", "Подписаться под обращением о ремонте здания думы успели более двух тысяч жителей."),
    ("tail", "Читать бюллетени вслух при подсчёте голосов обязан председатель участковой комиссии."),
]

HELD_OUT_98_PAGES: dict[str, tuple[str, NoisyCase]] = {
    "en-portal-wyndlestow-budgetvote": _page("en", "en-portal-wyndlestow-budgetvote", [
        [
            "-Wyndlestow Echo",
            "-News · Sport · What's On · Jobs · Announcements",
            "-Sunday 6 December 2026 · 4°C, light rain",
        ],
        [
            "+Councillors back £41m budget with 4.99% council tax rise after three-hour debate",
        ],
        [
            "-Nerys Penhallow, Local Government Correspondent",
            "-Published 5 December 2026, 21:14 GMT · Updated 22:03 GMT",
            "-The council chamber during Thursday's budget meeting. Picture: Wyndlestow Echo",
            "-Most read: Bypass roadworks to last until spring",
            "-Sign up for the Echo's weekly politics briefing",
        ],
        [
            "+Wyndlestow District Council has approved its budget for 2027-28 by 23 votes to 17, after an "
            "opposition amendment to save the mobile library was defeated.",
        ],
        [
            "-ADVERTISEMENT",
        ],
        [
            "+The budget raises council tax by 4.99 per cent, adding £1.63 a week to a Band D bill, and draws £2.1m "
            "from reserves to cover rising social care costs.",
        ],
        [
            "-Related: Mobile library could stop running next year",
            "+Cllr Imogen Tresize, the cabinet member for finance, told the meeting: \"Nobody in this chamber "
            "wanted to raise tax again, but the alternative was closing children's centres.\"",
        ],
        [
            "+Where the money goes",
        ],
        [
            "+Adult social care: £18.4m, up £1.9m on this year",
        ],
        [
            "-Interactive chart: tap a bar to see each service's share",
        ],
        [
            "+Waste and recycling: £6.2m, including two new collection lorries",
        ],
        [
            "+Roads and pavements: £4.7m, with £800,000 set aside for pothole repairs",
        ],
        [
            "+The opposition leader, Cllr Desmond Quelch, said his group would bring the mobile library back to the "
            "chamber in the spring.",
        ],
        [
            "+New council tax bills will be posted to households in March.",
        ],
        [
            "-Tags: Wyndlestow District Council, Council tax, Budget",
            "-Comments (2)",
            "-Hawthorn_Bill",
            "-Another rise and the potholes on Mill Lane are still there.",
            "-↳ Wyndlestow Echo",
            "-The council says Mill Lane is on next year's repair list.",
            "-↳↳ Hawthorn_Bill",
            "-I'll believe it when I see the tarmac.",
            "-© 2026 Wyndlestow Echo",
        ],
    ]),
    "en-blog-spargeandsediment-oatmealstout": _page("en", "en-blog-spargeandsediment-oatmealstout", [
        [
            "-Sparge & Sediment",
            "-Home brewing in a single-car garage since 2019",
            "-Home · Recipes · Kit I use · About",
        ],
        [
            "+My first all-grain oatmeal stout, start to finish",
        ],
        [
            "-14 November 2026 · Recipes, Stouts",
            "-Contents",
            "-1. The grain bill",
            "-2. On the day",
            "-3. Tasting notes",
        ],
        [
            "+I have brewed from kits for three years, so this winter I finally bought a mash tun and tried a stout "
            "from raw grain.",
        ],
        [
            "+My neighbour, who brewed for a pub in the nineties, looked at my grain bill and said: \"Double the "
            "oats and stop worrying about the colour.\"",
        ],
        [
            "-Photo: the mash at 67°C, looking more like porridge than beer.",
        ],
        [
            "+I took his advice, and the mash came out thick enough to stand a spoon in.",
        ],
        [
            "+What went into the mash tun",
        ],
        [
            "+4 kg Maris Otter pale malt",
        ],
        [
            "+600 g flaked oats",
        ],
        [
            "-Printable recipe card (PDF)",
        ],
        [
            "+400 g roasted barley and 250 g chocolate malt",
        ],
        [
            "+One sachet of Safale S-04 yeast",
        ],
        [
            "+Next month I'll bottle half of it with vanilla and report back on which batch my neighbour prefers.",
        ],
        [
            "-Tags: stout, all-grain, oats",
            "-Responses",
            "-Gethin_brews",
            "-How long did you leave it in the fermenter?",
            "-↳ Sparge & Sediment",
            "-Two weeks, then a week in the cold garage.",
            "-↳↳ Gethin_brews",
            "-Same as mine – cheers!",
            "-↳↳↳ Sparge & Sediment",
            "-Let me know how yours turns out.",
        ],
    ]),
    "fr-portail-villebrousse-jumelage": _page("fr", "fr-portail-villebrousse-jumelage", [
        [
            "-L'Écho de Villebrousse",
            "-Actualités · Sports · Agenda · Nécrologie",
            "-Accueil > Vie locale > Jumelage",
        ],
        [
            "+Cinquante habitants de Hollerstedt reçus pour les 40 ans du jumelage",
            "-Publié le 5 déc. 2026 à 18h02",
        ],
        [
            "-Par Margaux Thévenoud",
            "-Abonnez-vous pour 1 € le premier mois",
        ],
        [
            "+Une délégation de cinquante habitants de Hollerstedt, en Basse-Saxe, a passé le week-end à "
            "Villebrousse pour fêter les quarante ans du jumelage entre les deux villes.",
        ],
        [
            "+Les visiteurs ont été logés chez l'habitant, comme lors du premier échange en 1986, et ont découvert "
            "le marché de Noël installé sur la place de la Halle.",
        ],
        [
            "-Les délégations des deux villes devant la mairie, samedi matin. Photo L'Écho",
            "-Publicité",
        ],
        [
            "+« Certaines familles s'écrivent depuis quarante ans, et ce sont maintenant les petits-enfants qui se "
            "rendent visite », a souligné le maire, Bertrand Lemuzeau.",
        ],
        [
            "-À lire aussi : Le marché de Noël ouvre ses portes vendredi",
        ],
        [
            "+Le programme du week-end",
        ],
        [
            "+Samedi : réception officielle à la mairie et signature d'une nouvelle charte",
        ],
        [
            "+Samedi soir : dîner dansant à la salle des fêtes",
        ],
        [
            "-Agenda : toutes les sorties du week-end",
        ],
        [
            "+Dimanche : plantation d'un tilleul de l'amitié dans le parc municipal",
        ],
        [
            "+Une délégation villebroussienne se rendra à Hollerstedt en mai prochain.",
        ],
        [
            "+Le comité de jumelage cherche de nouvelles familles d'accueil pour ce voyage.",
        ],
        [
            "-Vie locale · Jumelage · Villebrousse",
            "-2 commentaires",
            "-Hildegarde_V",
            "-Mon mari faisait partie du premier voyage en 1986, quels souvenirs !",
            "-↳ Rémi_B",
            "-Le tilleul sera planté près de l'aire de jeux ?",
            "-↳↳ L'Écho de Villebrousse",
            "-Oui, à l'entrée du parc, côté école.",
            "-Mentions légales · Contact · Publicité",
            "-© L'Écho de Villebrousse 2026",
        ],
    ]),
    "fr-blog-brassesetgalets-lac-octobre": _page("fr", "fr-blog-brassesetgalets-lac-octobre", [
        [
            "-Brasses et Galets",
            "-Carnet de baignades en eaux vives et en lacs d'altitude",
        ],
        [
            "+Un dernier bain au lac de Combrelonge avant l'hiver",
        ],
        [
            "-Publié le 19 octobre 2026 par Aude",
            "-Catégories : Lacs, Récits",
            "-Dans cet article :",
            "-L'approche",
            "-L'eau à 12 degrés",
            "-Le retour au chaud",
        ],
        [
            "+Le lac de Combrelonge est à quarante minutes de marche du parking, et en octobre il n'y a plus "
            "personne sur ses rives.",
        ],
        [
            "+Mon amie Pauline, qui nage ici depuis vingt ans, m'avait prévenue : « À 12 degrés, on ne nage pas, on "
            "respire. »",
        ],
        [
            "-Photo : la rive nord à 8 h 30, encore dans l'ombre.",
        ],
        [
            "+Ce que j'emporte pour un bain d'automne",
        ],
        [
            "+Un bonnet en silicone de couleur vive",
        ],
        [
            "+Des chaussons en néoprène pour les cailloux",
        ],
        [
            "+Un grand poncho en éponge pour se changer",
        ],
        [
            "-Ma liste complète de matériel est sur la page Équipement",
            "-Publicité",
        ],
        [
            "+Un thermos de thé très sucré",
        ],
        [
            "+Je suis restée six minutes dans l'eau, et c'était bien assez.",
        ],
        [
            "-Abonnez-vous pour recevoir les prochains récits de baignade",
        ],
        [
            "+Le prochain bain sera en décembre, si la route reste ouverte.",
        ],
        [
            "-Commentaires",
            "-Gaëlle",
            "-Six minutes à 12 degrés, chapeau !",
            "-↳ Aude",
            "-Merci ! Le thé aide beaucoup.",
            "-↳↳ Gaëlle",
            "-Je viens avec toi en décembre.",
            "-© 2026 Brasses et Galets – Thème Sablier",
        ],
    ]),
    "de-portal-kranichsfelde-abfuhrkalender": _page("de", "de-portal-kranichsfelde-abfuhrkalender", [
        [
            "-Kranichsfelder Rundschau",
            "-Lokales · Sport · Kultur · Service",
        ],
        [
            "+Neuer Abfuhrkalender: Biotonne wird ab Januar wöchentlich geleert",
        ],
        [
            "-Von Lennart Brüggemeier",
            "-05.12.2026, 16:40 Uhr",
            "-Artikel merken",
            "-Die Biotonnen stehen künftig jede Woche am Straßenrand. Foto: Rundschau-Archiv",
            "-Plus-Artikel: Jetzt 4 Wochen kostenlos testen",
        ],
        [
            "+Der Abfallwirtschaftsbetrieb des Kreises ändert zum 1. Januar die Abfuhrtermine in allen zwölf "
            "Ortsteilen von Kranichsfelde.",
        ],
        [
            "+Die Biotonne wird dann wöchentlich statt alle zwei Wochen geleert, die Restmülltonne dafür nur noch "
            "alle vier Wochen.",
        ],
        [
            "-Werbung",
        ],
        [
            "+„Wir wollen weniger Essensreste im Restmüll sehen“, sagte Betriebsleiterin Sabine Weyhrauch.",
        ],
        [
            "+Die wichtigsten Änderungen",
        ],
        [
            "+Biotonne: jede Woche, jeweils am Dienstag",
        ],
        [
            "-Abfallkalender 2027 als PDF herunterladen",
        ],
        [
            "+Restmüll: alle vier Wochen, jeweils am Donnerstag",
        ],
        [
            "-Auch interessant: Wertstoffhof hat neue Öffnungszeiten",
        ],
        [
            "+Gelbe Säcke: weiterhin alle zwei Wochen",
        ],
        [
            "+Die neuen Kalender werden in der letzten Dezemberwoche an alle Haushalte verteilt.",
        ],
        [
            "+Wer keinen erhält, kann ihn im Bürgerbüro abholen.",
        ],
        [
            "-Mehr aus Kranichsfelde",
            "-Leserkommentare (3)",
            "-Ordnungsliebe",
            "-Und wohin mit den Windeln, wenn die Tonne nur noch alle vier Wochen kommt?",
            "-↳ Rundschau-Redaktion",
            "-Für Windeln bietet der Kreis eine kostenlose Zusatztonne an.",
            "-Gernot K.",
            "-Endlich, im Sommer hat die Biotonne immer gestunken.",
            "-Impressum · Datenschutz · Kontakt",
            "-© Kranichsfelder Rundschau 2026",
        ],
    ]),
    "de-blog-wurzelwerkunddraht-winterschutz": _page("de", "de-blog-wurzelwerkunddraht-winterschutz", [
        [
            "-Wurzelwerk & Draht",
            "-Ein Bonsai-Tagebuch vom Balkon im dritten Stock",
            "-Startseite · Meine Bäume · Werkzeug · Über mich",
        ],
        [
            "+So überwintern meine Bonsai auf dem Balkon",
            "-Veröffentlicht am 28. November 2026 von Till",
        ],
        [
            "-Kategorie: Pflege, Jahreszeiten",
            "-Inhaltsverzeichnis",
            "-Warum Frost nicht das Problem ist",
            "-Meine Styroporkiste",
            "-Wasser im Winter",
        ],
        [
            "+Seit sechs Jahren stehen meine Bäume das ganze Jahr auf dem Balkon, auch die Wacholder und der kleine "
            "Feldahorn.",
        ],
        [
            "+Der Gärtner, bei dem ich meinen ersten Baum gekauft habe, sagte mir damals: „Bonsai erfrieren selten, "
            "sie vertrocknen oder ersaufen.“",
        ],
        [
            "+Deshalb kümmere ich mich im Winter vor allem um die Wurzeln und um die Feuchtigkeit.",
        ],
        [
            "-Mein Feldahorn Ende November, schon ohne Blätter.",
            "-Werbung",
        ],
        [
            "+Mein Winterschutz in vier Schritten",
        ],
        [
            "+Die Schalen in eine Styroporkiste stellen und mit Rindenmulch auffüllen",
        ],
        [
            "+Die Kiste an die windgeschützte Hauswand rücken",
        ],
        [
            "+Nur an frostfreien Tagen gießen, dann aber gründlich",
        ],
        [
            "+Bei Dauerfrost unter minus zehn Grad ein Vlies darüberlegen",
        ],
        [
            "-Dir gefällt der Blog? Trag dich für den Newsletter ein",
        ],
        [
            "+Im März hole ich die Bäume wieder heraus – dann berichte ich, wer den Winter gut überstanden hat.",
        ],
        [
            "-Schlagwörter: Wacholder, Feldahorn, Winter",
            "-1 Kommentar",
            "-Bonsai-Benni",
            "-Styropor ist genial, mache ich seit Jahren genauso.",
            "-↳ Till",
            "-Danke! Und deine Kiefer, wie geht es ihr?",
            "-↳↳ Bonsai-Benni",
            "-Sie treibt schon wieder, zum Glück.",
        ],
    ]),
    "it-portale-montefoscolo-permessi-sosta": _page("it", "it-portale-montefoscolo-permessi-sosta", [
        [
            "-La Voce di Montefoscolo",
            "-Cronaca · Politica · Sport · Eventi · Necrologi",
            "-Cerca nel sito",
        ],
        [
            "+Sosta nel centro storico, dal 1° febbraio servono i nuovi permessi per i residenti",
        ],
        [
            "-Redazione",
            "-5 dicembre 2026 – 12:47",
            "-Le strisce blu in via Mazzini, dove la sosta diventerà riservata ai residenti.",
            "-I più letti: Cantiere in piazza, chiusa la fontana",
        ],
        [
            "+Dal 1° febbraio i residenti del centro storico di Montefoscolo dovranno esporre un nuovo permesso per "
            "parcheggiare nelle strisce blu.",
        ],
        [
            "+Il permesso costerà 30 euro all'anno per la prima auto e 90 per la seconda, e si potrà chiedere "
            "online o allo sportello del Comune.",
        ],
        [
            "-Pubblicità",
            "-Leggi anche: Ztl, le telecamere restano spente fino a marzo",
        ],
        [
            "+«Chi vive in centro deve poter trovare posto vicino a casa», ha spiegato l'assessore alla mobilità "
            "Fabrizio Tondelli.",
        ],
        [
            "+Come ottenere il permesso",
        ],
        [
            "-Scarica il modulo di richiesta (PDF)",
        ],
        [
            "+Compilare il modulo sul sito del Comune allegando la carta di circolazione",
        ],
        [
            "+Pagare 30 euro con pagoPA o allo sportello",
        ],
        [
            "+Ritirare il contrassegno all'Ufficio mobilità dopo cinque giorni lavorativi",
        ],
        [
            "-Iscriviti al canale WhatsApp della Voce per le notizie del giorno",
        ],
        [
            "+I vecchi contrassegni resteranno validi fino al 31 gennaio.",
        ],
        [
            "+Per gli ospiti degli alberghi è previsto un permesso giornaliero da 5 euro.",
        ],
        [
            "-Tag: sosta, centro storico, permessi",
            "-Dì la tua",
            "-Marisa62",
            "-E per chi ha la seconda casa in centro?",
            "-↳ La Voce di Montefoscolo",
            "-Il regolamento prevede il permesso solo per i residenti anagrafici.",
            "-↳↳ Marisa62",
            "-Allora pagherò le strisce blu come tutti.",
            "-© 2026 La Voce di Montefoscolo",
        ],
    ]),
    "it-blog-tastienastri-lettera22": _page("it", "it-blog-tastienastri-lettera22", [
        [
            "-Tasti e Nastri",
            "-Appunti di un collezionista di macchine da scrivere",
        ],
        [
            "+Ho rimesso in funzione una Lettera 22 trovata al mercatino",
        ],
        [
            "-Pubblicato il 22 novembre 2026",
            "-in Restauri",
            "-Indice",
            "-Il ritrovamento",
            "-La pulizia",
            "-Il nastro nuovo",
            "-La Lettera 22 appena arrivata a casa, con la custodia rotta.",
        ],
        [
            "+L'ho trovata a un mercatino dell'usato, chiusa nella sua custodia, con i tasti bloccati e un odore di "
            "cantina fortissimo.",
        ],
        [
            "+Il venditore me l'ha data per 25 euro dicendo: «Tanto non scrive più, la prenda per arredamento.»",
        ],
        [
            "+Dopo tre sere di lavoro, invece, scrive benissimo.",
        ],
        [
            "+Cosa ho fatto, passo per passo",
        ],
        [
            "+Ho soffiato via la polvere con un compressore a bassa pressione",
        ],
        [
            "+Ho pulito i martelletti con uno spazzolino e un po' di benzina rettificata",
        ],
        [
            "-Foto: i martelletti prima e dopo la pulizia.",
            "-Pubblicità",
        ],
        [
            "+Ho oliato il carrello con una goccia di olio per macchine da cucire",
        ],
        [
            "+Ho montato un nastro nuovo da 13 millimetri",
        ],
        [
            "+Nel prossimo articolo vi racconto come ho sistemato la custodia.",
        ],
        [
            "-4 risposte",
            "-Gianpaolo",
            "-Bel lavoro! Anche la mia aveva i tasti bloccati.",
            "-↳ Tasti e Nastri",
            "-Di solito è solo sporco nel cestello dei martelletti.",
            "-↳↳ Gianpaolo",
            "-Proverò con la benzina rettificata, grazie.",
            "-↳↳↳ Tasti e Nastri",
            "-Ricordati i guanti!",
        ],
    ]),
    "pl-portal-wrzosoleka-wybory-uzupelniajace": _page("pl", "pl-portal-wrzosoleka-wybory-uzupelniajace", [
        [
            "-Kurier Wrzosołęcki",
            "-Wiadomości · Sport · Kultura · Ogłoszenia",
            "-Szukaj",
            "-Strona główna » Wiadomości » Samorząd",
        ],
        [
            "+Wybory uzupełniające w okręgu nr 7: wygrała Ewa Bożęcka",
        ],
        [
            "-Autor: Redakcja",
            "-6 grudnia 2026, 0:41",
        ],
        [
            "+W niedzielnych wyborach uzupełniających do rady gminy w okręgu nr 7 zwyciężyła Ewa Bożęcka z komitetu "
            "Razem dla Wrzosołęki.",
        ],
        [
            "-Lokal wyborczy w szkole przy ul. Lipowej tuż przed zamknięciem.",
            "-Reklama",
        ],
        [
            "+Liczenie głosów w komisji przy ul. Lipowej trwało do północy, a frekwencja wyniosła 21,4 proc.",
        ],
        [
            "+„Dziękuję każdemu, kto w grudniową niedzielę przyszedł zagłosować” – powiedziała zwyciężczyni po "
            "ogłoszeniu wyników.",
        ],
        [
            "-Czytaj też: Kto zastąpi radnego, który wyjechał za granicę?",
        ],
        [
            "+Wyniki w okręgu nr 7",
        ],
        [
            "+Ewa Bożęcka – 312 głosów",
        ],
        [
            "+Tadeusz Kłosowiak – 241 głosów",
        ],
        [
            "-Galeria: noc wyborcza w komisji (8 zdjęć)",
        ],
        [
            "+Jan Pstrążek – 98 głosów",
        ],
        [
            "+Głosy nieważne: 6",
        ],
        [
            "+Nowa radna złoży ślubowanie na sesji 17 grudnia.",
        ],
        [
            "-Tagi: wybory, rada gminy, Wrzosołęka",
            "-Dodaj komentarz",
            "-~Gość: Zenon",
            "-Frekwencja 21 procent, to i tak dużo jak na grudzień.",
            "-↳ ~Gość: Marta",
            "-U nas w komisji było zimno jak w psiarni.",
            "-↳↳ ~Gość: Zenon",
            "-To dlatego tak szybko liczyli!",
            "-Regulamin komentarzy · Polityka prywatności",
            "-© Kurier Wrzosołęcki 2026",
        ],
    ]),
    "pl-blog-warzelnianabalkonie-lager": _page("pl", "pl-blog-warzelnianabalkonie-lager", [
        [
            "-Warzelnia na Balkonie",
            "-Piwo domowe z bloku na dziesiątym piętrze",
            "-Start · Receptury · Sprzęt · Kontakt",
        ],
        [
            "+Lager fermentowany na balkonie, czyli zima na coś się przydaje",
        ],
        [
            "-3 grudnia 2026 · Receptury",
            "-Zdjęcie: fermentor owinięty kocem na balkonie przy minus dwóch stopniach.",
        ],
        [
            "+Do lagera potrzebna jest temperatura około 10 stopni, a lodówki na fermentor w mieszkaniu po prostu "
            "nie mam.",
        ],
        [
            "+Kolega z klubu piwowarskiego poradził mi krótko: „Masz przecież balkon, a grudzień jest za darmo”.",
        ],
        [
            "-Spis treści",
            "-Skąd pomysł",
            "-Jak pilnuję temperatury",
            "-Efekt po sześciu tygodniach",
        ],
        [
            "+Przez pierwsze dwa tygodnie termometr na balkonie pokazywał od 6 do 11 stopni, więc drożdże pracowały "
            "spokojnie.",
        ],
        [
            "+Czego użyłem",
        ],
        [
            "+Słód pilzneński – 4,5 kg",
        ],
        [
            "+Chmiel Lubelski – 60 g w trzech porcjach",
        ],
        [
            "-Reklama",
            "-Polub Warzelnię na Facebooku",
        ],
        [
            "+Drożdże dolnej fermentacji W-34/70 – dwie saszetki",
        ],
        [
            "+Za tydzień butelkuję i wtedy napiszę, czy było warto.",
        ],
        [
            "+Jeśli też fermentujecie na balkonie, dajcie znać, jak pilnujecie mrozu.",
        ],
        [
            "-Tagi: lager, fermentacja, zima",
            "-Komentarze: 2",
            "-Piotrek_chmielarz",
            "-A co, jak przyjdzie minus piętnaście?",
            "-↳ Warzelnia na Balkonie",
            "-Wtedy fermentor wraca do łazienki, a żona się denerwuje.",
            "-↳↳ Piotrek_chmielarz",
            "-Znam to z autopsji :)",
            "-© 2026 Warzelnia na Balkonie · Motyw: Chmielowy",
        ],
    ]),
    "ru-portal-chizheborsk-remont-dumy": _page("ru", "ru-portal-chizheborsk-remont-dumy", [
        [
            "-Чижеборский вестник",
            "-Новости · Общество · Спорт · Афиша",
            "-16+",
        ],
        [
            "+Здание городской думы откроют после ремонта к Новому году",
        ],
        [
            "-Автор: Ольга Пересветова",
            "-5 декабря 2026, 15:20",
            "-Просмотров: 1 204",
            "-Фасад здания думы после реставрации. Фото: «Чижеборский вестник»",
        ],
        [
            "+Ремонт здания городской думы на Соборной площади, начатый в апреле 2025 года, завершится до конца "
            "декабря.",
        ],
        [
            "+Подрядчик заменил кровлю, восстановил лепнину на фасаде и вернул на башню часы, которые не шли с 1998 "
            "года.",
        ],
        [
            "+«Часы теперь снова бьют каждый час, как при наших дедах», — рассказал председатель думы Геннадий "
            "Пахомцев.",
        ],
        [
            "-Реклама",
            "-Читайте также: На Соборной площади поставят главную ёлку",
        ],
        [
            "+Что сделано за время ремонта",
        ],
        [
            "+Заменена кровля площадью 1 400 квадратных метров",
        ],
        [
            "+Восстановлены лепнина и карнизы главного фасада",
        ],
        [
            "+Отремонтированы и запущены часы на башне",
        ],
        [
            "-Подписывайтесь на наш канал в Telegram",
        ],
        [
            "+Первое заседание в обновлённом зале пройдёт 28 декабря.",
        ],
        [
            "+Экскурсии по зданию для горожан обещают начать в январе.",
        ],
        [
            "-Теги: ремонт, городская дума, Соборная площадь",
            "-Комментарии (3)",
            "-Валерий",
            "-Главное, что часы вернули, без них площадь была не та.",
            "-↳ Нина",
            "-А лифт для маломобильных сделали?",
            "-↳↳ Чижеборский вестник",
            "-Да, лифт установлен со двора здания.",
            "-↳↳↳ Нина",
            "-Спасибо за ответ!",
        ],
    ]),
    "ru-blog-prorubichai-otkrytie-sezona": _page("ru", "ru-blog-prorubichai-otkrytie-sezona", [
        [
            "-Прорубь и чай",
            "-Блог о зимнем плавании и холодной воде",
        ],
        [
            "+Открыл сезон моржевания: первая прорубь на старом карьере",
        ],
        [
            "-1 декабря 2026",
            "-Рубрика: Заплывы",
            "-Содержание",
            "-Как мы рубили прорубь",
            "-Сколько я продержался",
            "-Что было после",
        ],
        [
            "+В этом году лёд на старом карьере встал рано, и уже в последнее воскресенье ноября мы с ребятами из "
            "клуба вырубили первую прорубь.",
        ],
        [
            "+Наш старший, Михалыч, который плавает зимой сорок лет, перед заходом сказал: «Не геройствуй, минута — "
            "и на берег».",
        ],
        [
            "-Фото: прорубь утром, пар над водой.",
            "-Реклама",
        ],
        [
            "+Что я беру на зимний заплыв",
        ],
        [
            "+Неопреновые носки и перчатки",
        ],
        [
            "-Понравился пост? Поставьте лайк, чтобы его увидели другие",
        ],
        [
            "+Шапку, которую нельзя мочить",
        ],
        [
            "+Термос с чаем и имбирём",
        ],
        [
            "+Коврик, чтобы не стоять босиком на снегу",
        ],
        [
            "+Я продержался в воде ровно минуту, как и велел Михалыч.",
        ],
        [
            "+Следующий заплыв — в субботу, если мороз не закроет прорубь.",
        ],
        [
            "-Метки: моржевание, прорубь, карьер",
            "-Комментариев: 3",
            "-Светлана_К",
            "-Минута в такой воде — это подвиг!",
            "-↳ Прорубь и чай",
            "-Это просто привычка, приходите в субботу.",
            "-↳↳ Светлана_К",
            "-Боюсь, но подумаю :)",
            "-© Прорубь и чай, 2026",
        ],
    ]),
}


_LINE_XFAIL: dict[str, str] = {
    "This is a guest post by Perrin Oakhurst, who keeps twenty-odd bonsai on a third-floor balcony.":
        "an English guest-post credit ('This is a guest post by Perrin Oakhurst, who keeps twenty-odd bonsai on a "
        "third-floor balcony.') is left at the head",
    "All my links – the shop, the podcast and the workshops – live on my Linktree.":
        "an English blog's Linktree plug ('All my links – the shop, the podcast and the workshops – live on my "
        "Linktree.') is left at the foot",
    "Aktualisiert: Die Zahlen zur Wahlbeteiligung wurden um 22:15 Uhr nachgetragen.":
        "a German update note ('Aktualisiert: Die Zahlen zur Wahlbeteiligung wurden um 22:15 Uhr nachgetragen.') is "
        "left at the head",
    "Ascolta l'audio dell'intervista (4:12)":
        "an Italian audio-embed label ('Ascolta l'audio dell'intervista (4:12)') is left in the body",
    "Sul mio canale Telegram trovi le foto di tutti i bonsai prima e dopo la potatura.":
        "an Italian blog's Telegram-channel plug ('Sul mio canale Telegram trovi le foto di tutti i bonsai prima e "
        "dopo la potatura.') is left at the foot",
    "Zapraszam na mój kanał na TikToku – pokazuję tam, jak czyszczę stare maszyny do pisania.":
        "a Polish blog's TikTok plug ('Zapraszam na mój kanał na TikToku – pokazuję tam, jak czyszczę stare maszyny "
        "do pisania.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-portail-villebrousse-jumelage":
        "the regional portal's twinning-visit story keeps its agenda link ('Agenda : toutes les sorties du "
        "week-end') between the second and third list rows (1 of 20 noise lines)",
    "fr-blog-brassesetgalets-lac-octobre":
        "the wild-swimming blog's October-lake post keeps its equipment-page link ('Ma liste complète de matériel est"
        " sur la page Équipement') between the third and fourth list rows (1 of 20 noise lines); its labelled photo "
        "caption goes",
    "de-blog-wurzelwerkunddraht-winterschutz":
        "the bonsai blog's winter-protection post keeps its photo caption ('Mein Feldahorn Ende November, schon "
        "ohne Blätter.') between the third paragraph and the subheading (1 of 20 noise lines)",
    "it-blog-tastienastri-lettera22":
        "the typewriter blog's Lettera 22 post keeps its tagline ('Appunti di un collezionista di macchine da "
        "scrivere') above the title and its unlabelled photo caption ('La Lettera 22 appena arrivata a casa, con la "
        "custodia rotta.') under the title (2 of 20 noise lines); its labelled caption between the list rows goes",
    "pl-portal-wrzosoleka-wybory-uzupelniajace":
        "the regional portal's by-election story keeps its photo caption ('Lokal wyborczy w szkole przy ul. Lipowej "
        "tuż przed zamknięciem.') between the first and second paragraphs (1 of 20 noise lines)",
}


test_held_out_98_line, test_held_out_98_line_is_kept, test_held_out_98_page = held_out_tests(
    HELD_OUT_98_LINES, HELD_OUT_98_KEEP, HELD_OUT_98_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
