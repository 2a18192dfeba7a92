"""Held-out set 212: written blind, weighted toward the noise the cleaner exists for, in shapes set 210's docstring does
not name (nor the first paragraphs of sets 207, 208 and 209): scraper, embed and ad markers, all in the body (an English
Bluesky post shown to signed-in users only "The Bluesky post embedded here is only visible to signed-in users.", an
English bracketed Eventbrite ticket-widget placeholder blocked by the browser's tracking protection "[Eventbrite ticket
widget – blocked by your browser's tracking protection]", an English Mixcloud show taken down after a copyright
complaint "This Mixcloud show is no longer available following a copyright complaint.", a French Dailymotion video
removed at the rights holder's request "La vidéo Dailymotion intégrée a été supprimée à la demande du détenteur des
droits.", a German Podigee podcast player waiting for consent to external content "Um den Podigee-Player zu laden,
stimmen Sie bitte der Einbindung externer Inhalte zu.", an Italian TikTok video removed for breaking the community
guidelines "Il video di TikTok incorporato è stato rimosso per violazione delle linee guida della community.", a Polish
Instagram post of a private account "Post z Instagrama nie może zostać wyświetlony, ponieważ konto jest prywatne." and a
Russian VK Video clip whose author restricted viewing "Ролик из VK Видео недоступен: автор ограничил просмотр.");
reading-time headers in new wordings, all at the head (the English minutes-to-read label with a word count "7 minutes to
read · 1,240 words", a blog's fair-warning line that points to the soap recipe "Fair warning: this one takes about 12
minutes to get through, so skip to the soap recipe if you're in a hurry", the French bare reading label "Lecture : 7
min", the German estimated-reading-duration label "Geschätzte Lesedauer: 7 Minuten", the Italian estimated-reading-time
label "Tempo stimato di lettura: 7 minuti", the Polish estimated-reading-time label "Szacowany czas lektury: 7 minut"
and the Russian reading-time label with a dash and "около" "Время чтения — около 7 минут"); bylines and self-promotion
(an English story-and-photographs byline "Story and photographs: Tamsin Gorsebridle", an English filed-by byline with
the writer's title "Filed by Barnaby Quellhurst, Rural Affairs Correspondent", a French by-our-local-correspondent
byline "Par notre correspondante locale Ghislaine Pervenchac" and a Russian text-and-author's-photos byline "Текст:
Евлампия Сокольничева, фото автора", all at the head, and at the foot an English Vinted wooden-spoons plug with Evri
shipping "My hand-carved wooden spoons are on Vinted, sent out with Evri twice a week.", a German eBay tea-towels plug
with Hermes shipping "Meine handgewebten Geschirrtücher gibt es bei eBay, Versand mit Hermes.", an Italian Wallapop
pot-holders plug with BRT shipping "Le mie presine all'uncinetto le vendo su Wallapop, spedisco con BRT." and a Polish
Vinted bread-bags plug with parcel-locker shipping "Moje ręcznie szyte worki na chleb znajdziecie na Vinted – wysyłam
paczkomatem."); blog and site footers, all at the foot (an English Wix credit with the terms and a report-abuse link
"Made with Wix · Terms of use · Report abuse", an English publisher line with the company registration number "Published
by Marlpenny Media Ltd, registered in England and Wales no. 09812734.", an English Jekyll and GitHub Pages credit "Built
with Jekyll · Hosted on GitHub Pages", a French WordPress and OVHcloud credit with the accessibility status "Site
réalisé avec WordPress · Hébergé par OVHcloud · Accessibilité : non conforme", a German IONOS hosting line with the
terms and the cancellation policy "Gehostet bei IONOS · AGB · Widerrufsbelehrung", an Italian court-registration line
with the editor in charge "Registrazione al Tribunale di Arezzo n. 7/2015 · Direttore responsabile Ilario Gheppiardi", a
Polish home.pl and WordPress credit with the GDPR clause "Hosting: home.pl · Strona zbudowana na WordPressie · Klauzula
RODO" and a Russian Timeweb hosting line with the user agreement and the cookie policy "Хостинг от Timeweb ·
Пользовательское соглашение · Политика обработки cookie"); reader-comment furniture, all at the foot (an English
comments-will-close-at line "Comments on this article will close at midnight on Sunday.", an English
join-the-conversation prompt "Want to join the conversation? Create a free account or sign in.", an English
comment-policy line on pre-moderation "Comment policy: every comment is read before it goes live, which can take up to a
day.", a French log-in-to-react prompt "Connectez-vous ou créez un compte pour réagir à cet article.", a German
reply-report-like row with its count "Antworten · Melden · Gefällt mir (7)", an Italian awaiting-approval line "Il tuo
commento è in attesa di approvazione.", a Polish commenting-as-guest note "Komentujesz jako gość. Zaloguj się, aby
dostawać powiadomienia o odpowiedziach." and a Russian comment-without-registration note "Комментарий можно оставить без
регистрации, он появится после проверки модератором."); share rows, all at the foot (an English enjoyed-this
pass-it-along row with Bluesky and Reddit "Enjoyed this? Pass it along: Bluesky · Reddit · Email", a German tell-others
row with Threema "Diesen Beitrag weitersagen: WhatsApp · Threema · E-Mail" and an Italian let-your-friends-know row
"Fallo sapere ai tuoi amici: WhatsApp · Telegram · Copia il link"); and notices (a French
subscribers'-article-offered-for-free note "Cet article réservé aux abonnés vous est exceptionnellement offert par la
rédaction." and a Polish first-appeared-in-print note "Tekst ukazał się pierwotnie w papierowym wydaniu tygodnika.",
both in the body, and a Russian presidential-grants-fund support note "Материал подготовлен при поддержке Фонда
президентских грантов." at the foot); and toward whole scraped news and hobby-blog pages in layouts set 210's docstring
does not describe (on the six portal pages, in ten blocks, a sign-in-and-subscribe bar and the masthead with its tagline
in a block of two at the very top, the bar first; the section menu and a breadcrumb in a block of two; a section label
above the title in a block of two, the title last; the byline, the date line, the reading time and a share row alone in
a block of four; the lead photo's caption and its credit (a line of its own) above the first paragraph, in its block (a
block of three, the paragraph last); the second paragraph and the paragraph with the quote in a block of three with a
read-more link between them; the subheading and the three rows with an ad label after the third row, closing the list
block (a block of five); a newsletter prompt above the two last paragraphs, in their block (a block of three, the prompt
first); a thread of five lines alone in a block (a comment count, a comment, the paper's arrowed reply, a second
reader's comment and the first commenter's arrowed reply to it); and at the foot the publisher's copyright line with its
links in one line, alone in a block of one; on the six blog pages, in ten blocks, the blog name with its tagline alone
in a block of one at the very top; the menu and a breadcrumb in a block of two; the posted-on-by line (with the comment
count) and the reading time above the title in a block of three, the title last; an affiliate-links disclosure above the
first and second paragraphs, in their block (a block of three, the disclosure first); a table of contents (its heading
and two numbered entries) alone in a block of three, between the second paragraph and the paragraph with the quote; the
photo caption above the paragraph with the quote in a block of two; the subheading and the three rows with an affiliate
shop link between the second and third rows, inside the list block (a block of five); the two last paragraphs with a
save-for-later pin-it-and-print row between them and the author's sign-off after them, in a block of four; a thread of
four lines alone in a block (a comments heading with its count quoting the post's title, a comment, the author's arrowed
reply and a second comment left unanswered); and at the foot a subscribe prompt, a plug for the author's soap workshops
and the author's copyright line with the theme and platform credit in one line, in a block of three), taken from local
news of the kind the brief names (a falconry display at a castle fair, with falconers, owls and hawks, a rescue centre
and the day's programme, in six towns) and from a hobby blog on making soap at home (a first cold process bar: oils and
lye safety, the mould, curing), in six languages.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 210 but what is named here), held-out set 211 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 210 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 207, 208 and 209, printed with one ast script (/tmp/s212scratch/peek.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s212scratch/insp.py, with
/tmp/wt-s212/src and /tmp/wt-s212/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s212 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 210's as printed, with 210
-> 212; /tmp/s212scratch/gen212.py writes this file from scratch files (data212.py with the noise and keep lines,
pages212.py with the pages, doc_first.txt with the first paragraph, which make_first.py builds from the lines
themselves, doc_rest.txt and doc_baseline.txt with the rest of the docstring, and, after the measurement, tables212.py
with the xfail tables). Nothing else was copied from any file of the repository. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s212, detached at commit e582a8c5f305849d5bf219fc59e79368e9e2dae6, the commit the brief
named) and every failing case is marked as a strict xfail whose reason describes the line or page, not a rule. Nothing
was changed after the measurement but the xfail tables and this docstring (the Baseline paragraph and the notes on the
measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 09:53:42 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 09:53:43 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed e582a8c5f305849d5bf219fc59e79368e9e2dae6 (main was at the brief's commit then); both worktrees were made
at that commit with ``git worktree add`` (output to /dev/null; ``git rev-parse HEAD`` in both printed it), and
/work/main was not touched afterwards. (2) peek.py first printed to the terminal, which the tool cut in the middle (it
showed the start, up to inside set 208's first paragraph, and the end, from inside set 210's Judgement calls paragraph
on, all allowed parts); the second run went to /tmp/s212scratch/peek.out, of which I paged lines 125 to 392 with ``sed``
in three pieces (they end inside set 210's Judgement calls paragraph, before its Contents and Baseline paragraphs, which
the first run had shown); nothing else of any set file was printed. (3) The default python already had the project's
dependencies: the inspect import of test_clean and noisy_corpus worked on its first run, so nothing was installed. That
import loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed;
verify.py (below) imports the written file and ``page_from_blocks`` the same way, without cleaning anything. (4) Before
writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no embed service
named there is used for a held-out marker (Bluesky, Eventbrite, Mixcloud, Dailymotion, Podigee, TikTok, Instagram and VK
Video are not named there), and the failures are of kinds not named there (signed-in users only, tracking protection, a
copyright complaint, a rights holder's request, consent to external content, community guidelines, a private account,
viewing restricted by the author); the reading times avoid the phrasings named there (a minutes-to-read label with a
word count, a fair-warning line, "Lecture :", "Geschätzte Lesedauer", "Tempo stimato di lettura", "Szacowany czas
lektury", "Время чтения — около"); the bylines are of new shapes (story and photographs, filed by, par notre
correspondante locale, текст ... фото автора) and the plugs name marketplaces or carriers not named there (Vinted with
Evri, eBay with Hermes, Wallapop with BRT, Vinted with a parcel locker); the footers use builders, hosts and legal lines
not named there (Wix with a report-abuse link, a company-registration line, Jekyll with GitHub Pages, WordPress with
OVHcloud and an accessibility status, IONOS with the terms and the cancellation policy, an Italian court registration
with the editor in charge, home.pl with WordPress and the GDPR clause, Timeweb with the user agreement); the comment
lines (a closing-time line, a join-the-conversation prompt, a pre-moderation policy, a log-in-to-react prompt, a
reply-report-like row, an awaiting-approval line, a commenting-as-guest note, a no-registration note), share rows
(enjoyed this pass it along, weitersagen with Threema, fallo sapere ai tuoi amici) and notices (a subscribers' article
offered free, a first-in-print note, a grants-fund support note) are of kinds not named there. The page furniture
(mastheads, menus, captions, ad labels and the like) is of the ordinary kinds the brief lists; the layouts differ from
those of sets 207 to 210 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use. No hits: Jessingtor, Hobblethorne, "Lathered Larder",
Faucongrelles, Gerfautin, "Bulles d'Apolline", Sperberhausen, Habichtreiter, Seifenkrümel, Castelpoiana, Sparvierelli,
"Saponette di Ersilia", Krogulewo, "Głos Krogulewa", Pustułkiewicz, Mydełkowo, Соколобор, Ястребинский, "Мыльница
Агафьи", Quellhurst, Сокольничева, Gheppiardi, Gorsebridle, Pervenchac and Marlpenny. Dropped for hits: Krogulewski (a
real surname; the Polish paper became "Głos Krogulewa"), Wrenfield (in several code and demo files), Tourbillac (inside
code names) and Tidebarrow (inside a style name). Bloggers are given by first name only (Rosalind, Apolline, Friedlinde,
Ersilia, Teodora, Агафья), commenters as first names with an initial or a place, or as handles, and were not checked;
"Jessingtor Gazette", "Le Réveil de Faucongrelles", "Sperberhausener Kurier", "Il Corriere di Castelpoiana", "Krogulewo
Zamkowe" and "Соколоборская правда" are formed from checked names. Real services, platforms, shops, carriers and cities
(Kadence, WordPress, Amazon, Allegro, Ozon, Arezzo and the like) are named as real pages do. (6) A script
(/tmp/s212scratch/check.py) checked case-insensitively that no noise line (held-out or page) sits inside an article
line, a keep line or another noise line, that no line repeats and that no line holds an at-sign; while writing I had
already avoided "Anzeige" inside German noise lines (the menu has no "Anzeigen", the Podigee marker says "Einbindung
externer Inhalte", the plug names eBay, not Kleinanzeigen) and the Russian keep line says "Рекламные щиты", not
"Реклама"; its first run found nothing. gen212.py checks that no line of the file is over 120 columns and that it holds
no at-sign; the counts by category, language and place, and the 10 article and 20 noise lines of each page, were checked
with small scripts, and the lists and pages of the written file were imported back and found equal to the scratch data
(verify.py). (7) The measurement was run once, as the brief gives it, in one shell call at 09:59:37 UTC by ``date``,
with the xfail tables empty and this docstring without its Baseline paragraph and these notes (7) and (8); pytest
printed 17 failed, 60 passed and no XPASS, and the report is copied in the Baseline paragraph. problems.py
(/tmp/s212scratch, importing the copy in /tmp/wt-s212/tests with /tmp/wt-s212/src on the path) then printed
``_problems`` of each failing case: the eleven lines and the six pages of the tables; every problem is a kept noise line
("kept boilerplate"); no article line of a page is lost, no keep line is lost and no problem of another kind (no
unreported removal, no range or offset problem) was printed. The cleaned text itself was not printed. The tables were
written from that output (tables212.py, written into this file by gen212.py); verify.py checked that every key of the
tables is a line or page of the set, and a small script that each page's reason quotes exactly as many of its noise
lines as the report counts left (2 each); the final file was checked again with the pytest command in /tmp/wt-s212 (see
the Baseline paragraph). (8) Clock: ``date`` printed 09:53:42 at the start, 09:59:37 at the measurement and 10:00:15
when the tables were written; the commit followed within minutes, well inside the brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports that open with or hold a noise-like word
("Comments made at the planning meeting ...", "Follow-up inspections of the footbridge ...", "Subscriptions to the
leisure centre ...", "Copyright in the mural ...", "Advertising on the bus shelters ...", "Reading Borough Council sent
two officers ...", "Share prices had little to do with it ...", "Commentaires et objections des riverains ...",
"Partager les frais de cantine ...", "Abonnés depuis trente ans ...", "Geteilt wird die Kritik ...", "Folgen hat die
Entscheidung ...", "Werbung für das neue Parkhaus ...", "Condivisa da tutti i gruppi consiliari ...", "Gli abbonamenti
al trasporto scolastico ...", "Leggendo il bilancio in aula ...", "Obserwując prace na budowie obwodnicy ...", "Reklamy
na przystankach ...", "Поделиться опытом с соседними районами ..." and "Рекламные щиты вдоль объездной дороги ..."):
each is a full sentence with a subject, a verb and a fact of a local story, so article ("Reading" there is the town of
Reading, not a reading time; "Share prices" opens like a share row but is the treasurer's explanation; "Follow-up
inspections" opens like a follow prompt but reports on a footbridge; "Folgen hat" is "has consequences", not "follow";
"Obserwując" opens like the Polish follow button but is the councillors watching road works; "Поделиться опытом" opens
like a share row but is the mayor's promise). Borderline categories: the plugs (Vinted, eBay, Wallapop, Vinted) are
bylines and self-promotion, at the foot, since they sell the author's wares in the author's voice; the
story-and-photographs and filed-by lines and the Russian text-and-photos line are bylines at the head; the company
registration line and the Italian court-registration line are footers (they speak of the publisher, not of the article);
the comment policy, the closing-time line and the commenting-as-guest and no-registration notes are comment furniture
(they sit with the reader comments); the French subscribers'-article-offered note and the Polish first-in-print note are
notices in the body and the Russian grants-fund note a notice at the foot (all three speak of the article they sit in).
On every page the title, the three paragraphs before the subheading (the third with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (sign-in bars, mastheads with taglines, menus,
breadcrumbs, section labels, bylines, date lines, reading times, share rows, captions, photo credits, read-more links,
ad labels, newsletter prompts, comment counts, comments and replies, copyright lines, blog names, posted-on lines,
affiliate disclosures, tables of contents, affiliate shop links, pin-it-and-print rows, sign-offs, subscribe prompts,
plugs and copyright-and-credit lines) is noise. The list rows (the day's programme at eleven, one and three, and what
the soap needs: the oils, the lye in water, the mould and tools) are short but part of each article, so article; the
list headings ("How the day ran", "What you need" and the like) are the articles' subheadings, so article; the portals'
section labels ("Days out", "Sorties", "Ausflugstipps", "Eventi", "Wydarzenia", "Досуг") are noise though they sit in
the title's block; the portals' ad labels are noise though they close the list block; the portals' newsletter prompts
are noise though they open the block of the two last paragraphs; the blogs' affiliate disclosures are noise though they
open the block of the first two paragraphs; the blogs' affiliate shop links are noise though they sit between the second
and third list rows; the blogs' photo captions are noise though they share the block of the paragraph with the quote;
the sign-offs ("Happy soaping! Rosalind x" and the like) are noise; the comment headings quote the post's title but are
noise; the arrowed replies are comment furniture, so noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Italian and notice in French, Polish and Russian; by place head 11 (the
seven reading times and four bylines: two English, a French and a Russian one), body 10 (the eight markers and two
notices: French and Polish), tail 24 (four plugs: an English, a German, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-jessingtor-falconry-display (more
than two thousand visitors at the first falconry display at the castle's autumn fair, six falconers, a rescue centre's
owls, £4,300 raised), en-blog-the-lathered-larder-cold-process-soap (a first olive, coconut and shea bar made by cold
process: lye safety, the loaf mould, four to six weeks of curing), fr-portail-faucongrelles-fauconnerie (the same story
at the château de Faucongrelles), fr-blog-les-bulles-d-apolline-savon-a-froid (the same soap in French),
de-portal-sperberhausen-greifvogelschau (a bird-of-prey show at the castle's autumn fair in Sperberhausen),
de-blog-seifenkruemel-kaltverseifung (a first cold-stirred soap), it-portale-castelpoiana-falconeria (a falconry show at
the castle of Castelpoiana), it-blog-saponette-di-ersilia-sapone-a-freddo (a first cold process soap bar),
pl-portal-krogulewo-pokaz-sokolnictwa (a falconry show at the castle fair of Krogulewo Zamkowe),
pl-blog-mydelkowo-teodory-mydlo-na-zimno (a first cold process soap), ru-portal-sokolobor-sokolinaya-okhota (a falconry
show at the autumn fair of the Sokolobor castle), ru-blog-mylnitsa-agafyi-mylo-kholodnym-sposobom (a first cold process
soap), each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit e582a8c5f305849d5bf219fc59e79368e9e2dae6, measured with ``cd /tmp/wt-s212 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s212/src python -m pytest -q tests/test_clean_held_out_212.py -rA -p
no:cacheprovider`` (17 failed, 60 passed) and ``cd /tmp/wt-s212 && PYTHONPATH=/tmp/wt-s212/src python
scripts/clean_held_out_report.py --sets 212``, with the xfail tables empty, at 09:59:37 UTC by ``date``): noise lines
removed 34/45 (marker 3/8, reading-time 6/7, byline 7/8, footer 8/8, comments 4/8, share 3/3, notice 3/3; the 11 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: five markers in the body (the English Bluesky, French
Dailymotion, German Podigee, Italian TikTok and Polish Instagram lines), one reading time at the head (the English
blog's fair-warning line), one byline at the head (the French by-our-local-correspondent line) and four comment lines at
the foot (the English join-the-conversation prompt and comment-policy line, the Polish commenting-as-guest note and the
Russian comment-without-registration note); the English Eventbrite placeholder and Mixcloud line and the Russian VK
Video marker, the other six reading times, the story-and-photographs, filed-by and Russian text-and-photos bylines, all
four plugs, all eight footers, the English closing-time line, the French log-in-to-react prompt, the German reply row
and the Italian awaiting-approval line, every share row and all three notices went); keep lines kept 20/20; pages 6/12
clean, 12 of 240 page noise lines left and 0 of 120 article lines lost. The six portal pages are clean. Left: on each of
the six blog pages the photo caption above the paragraph with the quote (in their block of two) and the save-for-later
pin-it-and-print row between the two last paragraphs (2 each). No page and no keep line loses an article line. The
failing cases are strict xfails; with them the pytest command on the final file in /tmp/wt-s212 gave 60 passed, 17
xfailed, no XPASS.

Measured after round 135 (2026-12-07, lead; the writers of this set and of set 211 worked beside round 135 from the same
base, e582a8c; with the lead's mend e92d02b on round 135's branch, by ``PYTHONPATH=src SPINSCOPE_DATA=/work/shared/data
python scripts/clean_held_out_report.py --sets $(seq 10 212)`` and the set's pytest file): noise lines removed 34 -> 36
of 45 (marker 3 -> 5 of 8: the French Dailymotion and the Italian TikTok placeholders, an embedded object named among
the subject's first words, now go; their xfails were removed), keep lines kept 20/20, pages 6/12 clean, 12 of 240 page
noise lines left (the six blogs' captions and save-for-later rows, as at the baseline), 0 of 120 article lines lost.
Nothing else moved.

Round 137 (development; this set was read in full from this round on): developed on sets 211 and 212 from 8383614.
Fixed, each rule general in six languages with near misses in tests/test_clean.py (test_round_137_*): (1) blog pages:
the save-for-later row between the two last paragraphs of set 212's six soap blogs ("Save it for later: Pin it · Print",
"À garder pour plus tard : Épingler · Imprimer", "Für später merken: Pinnen · Drucken", "Salvalo per dopo: Pinna ·
Stampa", "Zapisz na później: Przypnij · Drukuj", "Сохранить на потом: Pinterest · Печать"): whole_line_noise's
_PIN_LABEL gains the label in the five other languages and the share bar's label branch takes the pin button's verb (the
new _PIN_VERB, which _PIN_FIRST now shares, with the Italian "pinna") among its buttons; the table of contents alone in
a block of four after the first paragraph on set 211's English, German, Italian and Russian blogs ("Contents" / "1.
Soaking the rods" / "2. Staking up the base" / "3. Adding the handle", "Inhalt", "Indice", "Содержание"):
clean._toc_block_between_paragraphs also reads a blog's page when the first paragraph's block opens with two rows or
more the rules took, the posted-on line and the reading time (clean._post_rows_over_paragraph; the blog's name and menu
above are not yet taken when tables are read); set 211's Italian subscribe prompt with no comma after its purpose clause
("Per non perdere nessun tutorial iscriviti al Vimine di Nives via RSS o email", the round 70 newsletter prompt's clause
may end on the call's imperative when RSS, e-mail or a newsletter follows). (2) Lines: _EMBED_NOUN gains the post (the
Bluesky post shown to signed-in users, the Polish Instagram post of a private account); _EMBED_STATE_EVENT gains a
network error (the German Podigee podcast), _EMBED_STATE_ANY the consent to external content (the German Podigee player)
and "only visible to" signed-in users; the reading time's "this one takes ... to get through" may follow a warning's
label ("Fair warning: ..."); round 136's byline list gains "As told to", a column signed by its writer ("Chronique
signée ...") and the paper's local correspondent ("Par notre correspondante locale ..."); the plugs read a named shop
("in meinem Palundu-Shop") and the writer's own shop ("w swoim sklepie"); comment furniture: a second purpose to vote
after the log-in prompt's comment (_OR_VOTE), the wish to join asked as a question over an account to create or a
log-in, the guest note with a log-in after it, the comment offered without registration said impersonally, and the
comment policy's rules naming the moderation before a comment goes live (clean._POLICY_WITH_RULES); the French
subscribers-only note before "Déjà abonné ? Connectez-vous." (paywall notice). (3) Narrowed: the embed reading's opener
("Embedded", "Eingebettete", "Osadzone", "Встроенные" and their kin) names an embed only inside brackets or before an
embed's noun or a platform within two words (_EMBED_NAMED_ANY), so the lead's four probes ("Embedded cameras have been
removed from the cabin." and its German, Polish and Russian forms) stay; no held-out line moved (the 69 held-out noise
lines of sets 10-212 with such an opener were checked before and after: the same removed and kept). Other sets' xfails
removed (XPASS): lines of sets 102 (a German commenting-as-guest line), 110 (an English Bluesky consent placeholder),
121 (a blocked Instagram post), 146 (a removed Instagram post), 154 and 194 (English as-told-to bylines), 158 (a Bluesky
post that could not be retrieved), 163 (a Polish Threads post), 170 and 177 (French by-our-local- correspondent
bylines), 181 (an English commenting-as-a-guest note) and 210 (an Italian Threads post). Sets 10-212 totals
(scripts/clean_held_out_report.py, before -> after): noise lines removed 8381 -> 8409 of 9211, article lines kept 4087
-> 4087, pages clean 1375 -> 1375 of 2422, page noise lines left 1974 -> 1951, paragraphs lost 2 -> 2 (set 86's, as
before); no set's kept lines dropped and no set's lost paragraphs rose. SemEval (scripts/semeval_noise_diff.py): 0
changed files of 3723. Bench (benchmarks/bench_clean.py against 8383614): ratio 1.03 beside the full test run (3.351 s
against 3.244 s, best CPU) and 0.96 alone after it (2.990 s against 3.104 s); a third run printed 0.74 with a disturbed
baseline (4.476 s), so the cost is within the machine's noise. Full cleaning test set: 25153 passed, 1879 xfailed, no
XPASS, in 14:05 (on the code of this round; the twelve other sets' entries were removed before the run). This set before
-> after (scripts/clean_held_out_report.py --sets 212): noise lines removed 36/45 -> 45/45 (marker 5 -> 8 of 8,
reading-time 6 -> 7 of 7, byline 7 -> 8 of 8, footer 8/8, comments 4 -> 8 of 8, share 3/3, notice 3/3), keep lines kept
20/20 -> 20/20, pages clean 6/12 -> 6/12, page noise lines left 12 -> 6 of 240, article lines lost 0 -> 0. Gone: the
English Bluesky, German Podigee and Polish Instagram markers, the fair-warning reading time, the
by-our-local-correspondent byline, the join-the-conversation prompt, the comment policy on pre-moderation, the Polish
commenting-as-guest note and the Russian comment-without-registration note (all xfails of _LINE_XFAIL removed); on the
six blogs the save-for-later row between the two last paragraphs. Reasons reworded: the six blog pages, each now keeping
its photo caption only. Still missed: the six blogs' photo captions above the paragraph with the quote (1 each), which
the brief left alone (session 45: the short verbless lines between paragraphs of the held-out pages are as often the
article's list rows and short sentences).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_212_LINES: list[tuple[str, str, str]] = [
    ("body", "The Bluesky post embedded here is only visible to signed-in users.", "marker"),
    ("body", "[Eventbrite ticket widget – blocked by your browser's tracking protection]", "marker"),
    ("body", "This Mixcloud show is no longer available following a copyright complaint.", "marker"),
    ("body", "La vidéo Dailymotion intégrée a été supprimée à la demande du détenteur des droits.", "marker"),
    ("body", "Um den Podigee-Player zu laden, stimmen Sie bitte der Einbindung externer Inhalte zu.", "marker"),
    ("body", "Il video di TikTok incorporato è stato rimosso per violazione delle linee guida della "
             "community.", "marker"),
    ("body", "Post z Instagrama nie może zostać wyświetlony, ponieważ konto jest prywatne.", "marker"),
    ("body", "Ролик из VK Видео недоступен: автор ограничил просмотр.", "marker"),
    ("head", "7 minutes to read · 1,240 words", "reading-time"),
    ("head", "Fair warning: this one takes about 12 minutes to get through, so skip to the soap "
             "recipe if you're in a hurry", "reading-time"),
    ("head", "Lecture : 7 min", "reading-time"),
    ("head", "Geschätzte Lesedauer: 7 Minuten", "reading-time"),
    ("head", "Tempo stimato di lettura: 7 minuti", "reading-time"),
    ("head", "Szacowany czas lektury: 7 minut", "reading-time"),
    ("head", "Время чтения — около 7 минут", "reading-time"),
    ("head", "Story and photographs: Tamsin Gorsebridle", "byline"),
    ("head", "Filed by Barnaby Quellhurst, Rural Affairs Correspondent", "byline"),
    ("head", "Par notre correspondante locale Ghislaine Pervenchac", "byline"),
    ("head", "Текст: Евлампия Сокольничева, фото автора", "byline"),
    ("tail", "My hand-carved wooden spoons are on Vinted, sent out with Evri twice a week.", "byline"),
    ("tail", "Meine handgewebten Geschirrtücher gibt es bei eBay, Versand mit Hermes.", "byline"),
    ("tail", "Le mie presine all'uncinetto le vendo su Wallapop, spedisco con BRT.", "byline"),
    ("tail", "Moje ręcznie szyte worki na chleb znajdziecie na Vinted – wysyłam paczkomatem.", "byline"),
    ("tail", "Made with Wix · Terms of use · Report abuse", "footer"),
    ("tail", "Published by Marlpenny Media Ltd, registered in England and Wales no. 09812734.", "footer"),
    ("tail", "Built with Jekyll · Hosted on GitHub Pages", "footer"),
    ("tail", "Site réalisé avec WordPress · Hébergé par OVHcloud · Accessibilité : non conforme", "footer"),
    ("tail", "Gehostet bei IONOS · AGB · Widerrufsbelehrung", "footer"),
    ("tail", "Registrazione al Tribunale di Arezzo n. 7/2015 · Direttore responsabile Ilario Gheppiardi", "footer"),
    ("tail", "Hosting: home.pl · Strona zbudowana na WordPressie · Klauzula RODO", "footer"),
    ("tail", "Хостинг от Timeweb · Пользовательское соглашение · Политика обработки cookie", "footer"),
    ("tail", "Comments on this article will close at midnight on Sunday.", "comments"),
    ("tail", "Want to join the conversation? Create a free account or sign in.", "comments"),
    ("tail", "Comment policy: every comment is read before it goes live, which can take up to a day.", "comments"),
    ("tail", "Connectez-vous ou créez un compte pour réagir à cet article.", "comments"),
    ("tail", "Antworten · Melden · Gefällt mir (7)", "comments"),
    ("tail", "Il tuo commento è in attesa di approvazione.", "comments"),
    ("tail", "Komentujesz jako gość. Zaloguj się, aby dostawać powiadomienia o odpowiedziach.", "comments"),
    ("tail", "Комментарий можно оставить без регистрации, он появится после проверки модератором.", "comments"),
    ("tail", "Enjoyed this? Pass it along: Bluesky · Reddit · Email", "share"),
    ("tail", "Diesen Beitrag weitersagen: WhatsApp · Threema · E-Mail", "share"),
    ("tail", "Fallo sapere ai tuoi amici: WhatsApp · Telegram · Copia il link", "share"),
    ("body", "Cet article réservé aux abonnés vous est exceptionnellement offert par la rédaction.", "notice"),
    ("body", "Tekst ukazał się pierwotnie w papierowym wydaniu tygodnika.", "notice"),
    ("tail", "Материал подготовлен при поддержке Фонда президентских грантов.", "notice"),
]

HELD_OUT_212_KEEP: list[tuple[str, str]] = [
    ("head", "Comments made at the planning meeting will be published with the minutes next week, the clerk said."),
    ("head", "Follow-up inspections of the footbridge found no further cracks in the stonework."),
    ("head", "Subscriptions to the leisure centre rose by a fifth after the new pool opened in May."),
    ("body", "Copyright in the mural on the library wall was handed to the town council by the artist's family."),
    ("body", "Advertising on the bus shelters paid for the new benches on the high street, the report showed."),
    ("tail", "Reading Borough Council sent two officers in March to compare its parking scheme with ours."),
    ("tail", "Share prices had little to do with it, the treasurer said: the pension fund lost money on a property "
             "deal."),
    ("head", "Commentaires et objections des riverains seront examinés lors de la prochaine séance du conseil."),
    ("body", "Partager les frais de cantine entre les deux communes coûtera 40 000 euros par an à chacune."),
    ("tail", "Abonnés depuis trente ans au marché couvert, les maraîchers demandent une baisse des loyers."),
    ("head", "Geteilt wird die Kritik an der Straßenreinigung auch von der Opposition im Rat."),
    ("body", "Folgen hat die Entscheidung vor allem für die Vereine, die die Turnhalle nutzen."),
    ("tail", "Werbung für das neue Parkhaus soll es erst nach der Eröffnung im Herbst geben, sagte der Bürgermeister."),
    ("head", "Condivisa da tutti i gruppi consiliari, la mozione sul verde pubblico è passata all'unanimità."),
    ("tail", "Gli abbonamenti al trasporto scolastico sono calati del dieci per cento rispetto allo scorso anno."),
    ("tail", "Leggendo il bilancio in aula, l'assessore ha ammesso un buco di duecentomila euro."),
    ("head", "Obserwując prace na budowie obwodnicy, radni zauważyli kilkutygodniowe opóźnienie."),
    ("tail", "Reklamy na przystankach przyniosły gminie w zeszłym roku 86 tysięcy złotych."),
    ("body", "Поделиться опытом с соседними районами глава города пообещал на осеннем форуме."),
    ("tail", "Рекламные щиты вдоль объездной дороги принесли городу в прошлом году почти два миллиона рублей."),
]

HELD_OUT_212_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-jessingtor-falconry-display", [
        [
            "-Sign in · Subscribe from £1 a week",
            "-The Jessingtor Gazette – Your town, your news since 1889",
        ],
        [
            "-News · Sport · What's On · Property · Jobs · Announcements",
            "-Home › What's On › Castle Fair",
        ],
        [
            "-Days out",
            "+Hawks, owls and a rescued buzzard steal the show at the castle fair",
        ],
        [
            "-By Cressida Hobblethorne, Community Reporter",
            "-Sunday 6 September 2026, 5:40 pm",
            "-4 min read",
            "-Share: Facebook · WhatsApp · X · Email",
        ],
        [
            "-A Harris's hawk lands on a falconer's glove in the castle's outer bailey.",
            "-Photo: Jessingtor Gazette",
            "+More than two thousand visitors crowded into the outer bailey of Jessingtor Castle on Saturday for the "
            "first falconry display at the town's autumn fair.",
        ],
        [
            "+Six falconers from across the county flew hawks, falcons and owls over the castle lawn, while children "
            "queued to hold a barn owl on a leather glove.",
            "-Read more: Castle car park to charge for weekend parking from October",
            "+\"Every bird you see today either came to us injured or was bred in captivity, and none of them could "
            "live in the wild,\" the manager of the county's bird of prey rescue centre told the crowd.",
        ],
        [
            "+How the day ran",
            "+At eleven, a peregrine falcon stooped at a lure from the top of the keep.",
            "+At one, the rescue centre's tawny and little owls were shown up close in the great hall.",
            "+At three, a Harris's hawk chased a lure along the castle walls.",
            "-Advertisement",
        ],
        [
            "-Get the best of Jessingtor in your inbox every Friday – sign up to our free newsletter",
            "+The fair raised £4,300 for the rescue centre, which cares for around two hundred injured birds a year.",
            "+The castle trust said the falconers had already been asked back for next year's fair.",
        ],
        [
            "-14 comments",
            "-Maggie T: My grandson hasn't stopped talking about the barn owl since.",
            "-↳ Jessingtor Gazette: Lovely to hear, Maggie – thanks for reading.",
            "-kestrel_watcher: Shame the car park was full by ten.",
            "-↳ Maggie T: We walked up from the station, took ten minutes.",
        ],
        [
            "-© 2026 Jessingtor Gazette · About us · Contact · Privacy notice",
        ],
    ]),
    _page("en", "en-blog-the-lathered-larder-cold-process-soap", [
        [
            "-The Lathered Larder – Soap, candles and other kitchen-table crafts",
        ],
        [
            "-Home · Soap recipes · Candles · About me · Shop",
            "-Home » Soap recipes » Cold process soap for beginners",
        ],
        [
            "-Posted on 3 September 2026 by Rosalind · 18 comments",
            "-9 minute read",
            "+My first bar of cold process soap",
        ],
        [
            "-This post contains affiliate links, which means I may earn a small commission at no extra cost to you.",
            "+I have been making soap at my kitchen table for six years, and this plain olive and coconut bar is "
            "still the one I teach first.",
            "+Cold process simply means you mix the oils and a lye solution at room temperature and let the soap "
            "finish itself over a few weeks.",
        ],
        [
            "-Contents",
            "-1. Staying safe with lye",
            "-2. Pouring and curing",
        ],
        [
            "-My first batch, cut into bars on the chopping board.",
            "+\"Respect the lye and the rest is just cooking,\" my old craft teacher used to say, and I still pull on "
            "goggles and gloves before I open the tub.",
        ],
        [
            "+What you need",
            "+500 g olive oil, 200 g coconut oil and 100 g shea butter.",
            "+110 g sodium hydroxide dissolved in 250 g of cold distilled water.",
            "-I buy my lye from Amazon – here is the one I use (affiliate link).",
            "+A silicone loaf mould, a stick blender and a digital scale.",
        ],
        [
            "+Pour the traced soap into the mould, cover it with a towel and leave it for two days before cutting it "
            "into bars.",
            "-Save it for later: Pin it · Print",
            "+Then stand the bars on a rack in a dry cupboard for four to six weeks until they are hard and mild.",
            "-Happy soaping! Rosalind x",
        ],
        [
            "-18 comments on \"My first bar of cold process soap\"",
            "-Bea from Leeds: Can I use sunflower oil instead of the olive?",
            "-↳ Rosalind: Yes, but run it through the lye calculator again first – the numbers change.",
            "-Priya K: Mine went crumbly, I think I skipped the curing.",
        ],
        [
            "-Get new posts straight to your inbox – subscribe below.",
            "-My beginner soap workshops run every other Saturday in my garden studio – book on the Workshops page.",
            "-© 2026 The Lathered Larder · Theme by Kadence · Powered by WordPress",
        ],
    ]),
    _page("fr", "fr-portail-faucongrelles-fauconnerie", [
        [
            "-Se connecter · S'abonner dès 1 €",
            "-Le Réveil de Faucongrelles – L'actualité du canton depuis 1921",
        ],
        [
            "-Actualité · Sports · Sortir · Économie · Annonces",
            "-Accueil › Sortir › Fête du château",
        ],
        [
            "-Sorties",
            "+Buses, hiboux et faucons font le spectacle à la fête du château",
        ],
        [
            "-Par Aurélien Gerfautin, correspondant",
            "-Publié le 6 septembre 2026 à 17 h 40",
            "-4 min de lecture",
            "-Partager : Facebook · WhatsApp · X · E-mail",
        ],
        [
            "-Une buse de Harris se pose sur le gant d'un fauconnier dans la basse-cour du château.",
            "-Photo : Le Réveil de Faucongrelles",
            "+Plus de deux mille visiteurs se sont pressés samedi dans la basse-cour du château de Faucongrelles pour "
            "le premier spectacle de fauconnerie de la fête d'automne.",
        ],
        [
            "+Six fauconniers du département ont fait voler buses, faucons et chouettes au-dessus de la pelouse, "
            "pendant que les enfants faisaient la queue pour tenir une effraie sur un gant de cuir.",
            "-À lire aussi : Le parking du château deviendra payant le week-end dès octobre",
            "+« Chaque oiseau que vous voyez aujourd'hui nous est arrivé blessé ou est né en captivité, aucun ne "
            "pourrait vivre dans la nature », a expliqué au public la responsable du centre de soins pour rapaces du "
            "département.",
        ],
        [
            "+Le programme de la journée",
            "+À 11 heures, un faucon pèlerin a piqué sur un leurre depuis le haut du donjon.",
            "+À 13 heures, les chouettes hulottes et chevêches du centre de soins ont été présentées de près dans la "
            "grande salle.",
            "+À 15 heures, une buse de Harris a chassé un leurre le long des remparts.",
            "-Publicité",
        ],
        [
            "-Recevez chaque vendredi l'essentiel de Faucongrelles : inscrivez-vous à notre newsletter gratuite",
            "+La fête a rapporté 4 300 euros au centre de soins, qui accueille environ deux cents rapaces blessés par "
            "an.",
            "+L'association du château a déjà invité les fauconniers pour la fête de l'an prochain.",
        ],
        [
            "-14 commentaires",
            "-Mamie Odette : Mon petit-fils ne parle plus que de la chouette depuis samedi.",
            "-↳ Le Réveil de Faucongrelles : Merci pour votre message, Odette !",
            "-faucon_du_43 : Dommage que le parking ait été plein dès 10 heures.",
            "-↳ Mamie Odette : Nous sommes montés à pied depuis la gare, dix minutes à peine.",
        ],
        [
            "-© 2026 Le Réveil de Faucongrelles · Qui sommes-nous · Contact · Mentions légales",
        ],
    ]),
    _page("fr", "fr-blog-les-bulles-d-apolline-savon-a-froid", [
        [
            "-Les Bulles d'Apolline – Savons, bougies et petits bricolages de cuisine",
        ],
        [
            "-Accueil · Recettes de savon · Bougies · À propos · Boutique",
            "-Accueil » Recettes de savon » Savon à froid pour débutants",
        ],
        [
            "-Publié le 3 septembre 2026 par Apolline · 18 commentaires",
            "-9 minutes de lecture",
            "+Mon premier savon saponifié à froid",
        ],
        [
            "-Cet article contient des liens affiliés : je peux toucher une petite commission sans frais pour vous.",
            "+Je fabrique du savon sur la table de ma cuisine depuis six ans, et ce pain simple à l'huile d'olive et "
            "de coco reste celui que j'enseigne en premier.",
            "+La saponification à froid consiste simplement à mélanger les huiles et une solution de soude à "
            "température ambiante, puis à laisser le savon se faire tout seul pendant quelques semaines.",
        ],
        [
            "-Sommaire",
            "-1. Manipuler la soude sans risque",
            "-2. Couler et laisser curer",
        ],
        [
            "-Ma première fournée, coupée en pains sur la planche.",
            "+« Respecte la soude, et le reste n'est que de la cuisine », répétait ma vieille professeure de travaux "
            "manuels, et je mets toujours lunettes et gants avant d'ouvrir le pot.",
        ],
        [
            "+Ce qu'il vous faut",
            "+500 g d'huile d'olive, 200 g d'huile de coco et 100 g de beurre de karité.",
            "+110 g de soude caustique dissoute dans 250 g d'eau déminéralisée froide.",
            "-J'achète ma soude sur Amazon, voici celle que j'utilise (lien affilié).",
            "+Un moule à cake en silicone, un mixeur plongeant et une balance électronique.",
        ],
        [
            "+Versez la pâte à savon dans le moule, couvrez d'une serviette et attendez deux jours avant de la couper "
            "en pains.",
            "-À garder pour plus tard : Épingler · Imprimer",
            "+Posez ensuite les pains sur une grille dans un placard sec pendant quatre à six semaines, jusqu'à ce "
            "qu'ils soient durs et doux pour la peau.",
            "-Belles saponifications ! Apolline",
        ],
        [
            "-18 commentaires sur « Mon premier savon saponifié à froid »",
            "-Bérénice de Lyon : Je peux remplacer l'huile d'olive par du tournesol ?",
            "-↳ Apolline : Oui, mais repassez d'abord par le calculateur de soude, les quantités changent.",
            "-Maëlle K. : Le mien s'est effrité, je crois que j'ai sauté la cure.",
        ],
        [
            "-Recevez les nouveaux articles par e-mail : abonnez-vous ci-dessous.",
            "-Mes ateliers savon pour débutants ont lieu un samedi sur deux dans mon atelier au jardin – réservation "
            "sur la page Ateliers.",
            "-© 2026 Les Bulles d'Apolline · Thème Kadence · Propulsé par WordPress",
        ],
    ]),
    _page("de", "de-portal-sperberhausen-greifvogelschau", [
        [
            "-Anmelden · Abo ab 1 € testen",
            "-Sperberhausener Kurier – Die Zeitung für Stadt und Land seit 1898",
        ],
        [
            "-Lokales · Sport · Freizeit · Wirtschaft · Immobilien",
            "-Startseite › Freizeit › Burgfest",
        ],
        [
            "-Ausflugstipps",
            "+Bussarde, Eulen und Falken begeistern beim Burgfest",
        ],
        [
            "-Von Wendelin Habichtreiter",
            "-06.09.2026, 17:40 Uhr",
            "-4 Min. Lesedauer",
            "-Teilen: Facebook · WhatsApp · X · E-Mail",
        ],
        [
            "-Ein Wüstenbussard landet im Burghof auf dem Handschuh eines Falkners.",
            "-Foto: Sperberhausener Kurier",
            "+Mehr als zweitausend Besucher drängten sich am Samstag im Vorburghof der Burg Sperberhausen, wo beim "
            "Herbstfest zum ersten Mal eine Greifvogelschau stattfand.",
        ],
        [
            "+Sechs Falkner aus dem Landkreis ließen Bussarde, Falken und Eulen über die Wiese fliegen, während "
            "Kinder Schlange standen, um eine Schleiereule auf dem Lederhandschuh zu halten.",
            "-Lesen Sie auch: Burgparkplatz wird ab Oktober am Wochenende kostenpflichtig",
            "+„Jeder Vogel, den Sie heute sehen, kam verletzt zu uns oder wurde in Menschenobhut geboren, keiner "
            "könnte in freier Natur überleben“, sagte die Leiterin der Greifvogel-Auffangstation des Landkreises.",
        ],
        [
            "+Das Programm des Tages",
            "+Um 11 Uhr stieß ein Wanderfalke vom Bergfried aus auf das Federspiel herab.",
            "+Um 13 Uhr zeigte die Auffangstation ihre Waldkäuze und Steinkäuze im Rittersaal aus der Nähe.",
            "+Um 15 Uhr jagte ein Wüstenbussard das Federspiel entlang der Burgmauer.",
            "-Anzeige",
        ],
        [
            "-Jeden Freitag das Wichtigste aus Sperberhausen: Jetzt kostenlos den Newsletter abonnieren",
            "+Das Fest brachte der Auffangstation 4300 Euro ein; sie versorgt jedes Jahr rund zweihundert verletzte "
            "Greifvögel.",
            "+Der Burgverein hat die Falkner bereits für das Fest im nächsten Jahr eingeladen.",
        ],
        [
            "-14 Kommentare",
            "-Oma Hilde: Mein Enkel redet seit Samstag nur noch von der Eule.",
            "-↳ Sperberhausener Kurier: Schön zu hören, danke fürs Lesen!",
            "-falkenauge58: Schade, dass der Parkplatz schon um zehn voll war.",
            "-↳ Oma Hilde: Wir sind vom Bahnhof hochgelaufen, keine zehn Minuten.",
        ],
        [
            "-© 2026 Sperberhausener Kurier · Impressum · Datenschutz · Kontakt",
        ],
    ]),
    _page("de", "de-blog-seifenkruemel-kaltverseifung", [
        [
            "-Seifenkrümel – Seifen, Kerzen und anderes vom Küchentisch",
        ],
        [
            "-Start · Seifenrezepte · Kerzen · Über mich · Shop",
            "-Start » Seifenrezepte » Kaltgerührte Seife für Anfänger",
        ],
        [
            "-Veröffentlicht am 3. September 2026 von Friedlinde · 18 Kommentare",
            "-9 Minuten Lesezeit",
            "+Meine erste kaltgerührte Seife",
        ],
        [
            "-Dieser Beitrag enthält Affiliate-Links; für dich entstehen keine Mehrkosten.",
            "+Ich siede seit sechs Jahren Seife an meinem Küchentisch, und dieses schlichte Stück aus Oliven- und "
            "Kokosöl zeige ich in meinen Kursen immer zuerst.",
            "+Kaltverseifung heißt einfach, dass man Öle und eine Laugenlösung bei Zimmertemperatur verrührt und die "
            "Seife dann ein paar Wochen selbst reifen lässt.",
        ],
        [
            "-Inhaltsverzeichnis",
            "-1. Sicher arbeiten mit Natronlauge",
            "-2. Gießen und reifen lassen",
        ],
        [
            "-Meine erste Charge, in Stücke geschnitten auf dem Schneidebrett.",
            "+„Hab Respekt vor der Lauge, der Rest ist nur Kochen“, sagte meine alte Werklehrerin immer, und ich "
            "setze bis heute Schutzbrille und Handschuhe auf, bevor ich die Dose öffne.",
        ],
        [
            "+Was du brauchst",
            "+500 g Olivenöl, 200 g Kokosöl und 100 g Sheabutter.",
            "+110 g Natriumhydroxid, gelöst in 250 g kaltem destilliertem Wasser.",
            "-Mein Natriumhydroxid kaufe ich bei Amazon, hier ist das, das ich verwende (Affiliate-Link).",
            "+Eine Kastenform aus Silikon, ein Stabmixer und eine Digitalwaage.",
        ],
        [
            "+Gieß den angedickten Seifenleim in die Form, deck sie mit einem Handtuch ab und schneide die Seife nach "
            "zwei Tagen in Stücke.",
            "-Für später merken: Pinnen · Drucken",
            "+Danach stellst du die Stücke vier bis sechs Wochen auf ein Gitter in einen trockenen Schrank, bis sie "
            "hart und mild sind.",
            "-Viel Spaß beim Sieden! Friedlinde",
        ],
        [
            "-18 Kommentare zu „Meine erste kaltgerührte Seife“",
            "-Britta aus Kiel: Kann ich statt Olivenöl auch Sonnenblumenöl nehmen?",
            "-↳ Friedlinde: Ja, aber rechne vorher alles im Seifenrechner neu – die Mengen ändern sich.",
            "-Jana K.: Meine ist krümelig geworden, ich glaube, ich habe die Reifezeit abgekürzt.",
        ],
        [
            "-Neue Beiträge per E-Mail bekommen: Trag dich unten ein.",
            "-Meine Seifenkurse für Anfänger finden jeden zweiten Samstag in meinem Gartenatelier statt – Anmeldung "
            "auf der Seite Kurse.",
            "-© 2026 Seifenkrümel · Theme: Kadence · Mit WordPress erstellt",
        ],
    ]),
    _page("it", "it-portale-castelpoiana-falconeria", [
        [
            "-Accedi · Abbonati da 1 €",
            "-Il Corriere di Castelpoiana – Le notizie della valle dal 1907",
        ],
        [
            "-Cronaca · Sport · Tempo libero · Economia · Necrologi",
            "-Home › Tempo libero › Festa del castello",
        ],
        [
            "-Eventi",
            "+Poiane, gufi e falchi incantano il pubblico alla festa del castello",
        ],
        [
            "-Di Ottone Sparvierelli",
            "-6 settembre 2026, ore 17:40",
            "-Lettura: 4 min",
            "-Condividi: Facebook · WhatsApp · X · Email",
        ],
        [
            "-Una poiana di Harris si posa sul guanto di un falconiere nel cortile del castello.",
            "-Foto: Il Corriere di Castelpoiana",
            "+Più di duemila visitatori hanno affollato sabato il cortile del castello di Castelpoiana per il primo "
            "spettacolo di falconeria della festa d'autunno.",
        ],
        [
            "+Sei falconieri della provincia hanno fatto volare poiane, falchi e gufi sul prato, mentre i bambini "
            "facevano la fila per tenere un barbagianni sul guanto di cuoio.",
            "-Leggi anche: Da ottobre il parcheggio del castello sarà a pagamento nel fine settimana",
            "+«Ogni uccello che vedete oggi è arrivato da noi ferito o è nato in cattività, nessuno potrebbe vivere "
            "in natura», ha spiegato al pubblico la responsabile del centro di recupero rapaci della provincia.",
        ],
        [
            "+Il programma della giornata",
            "+Alle 11 un falco pellegrino è sceso in picchiata sul logoro dalla cima del mastio.",
            "+Alle 13 gli allocchi e le civette del centro di recupero sono stati mostrati da vicino nel salone.",
            "+Alle 15 una poiana di Harris ha inseguito il logoro lungo le mura.",
            "-Pubblicità",
        ],
        [
            "-Ogni venerdì le notizie di Castelpoiana nella tua casella: iscriviti alla newsletter gratuita",
            "+La festa ha raccolto 4.300 euro per il centro di recupero, che cura circa duecento rapaci feriti ogni "
            "anno.",
            "+L'associazione del castello ha già invitato i falconieri per la festa del prossimo anno.",
        ],
        [
            "-14 commenti",
            "-Nonna Pina: Mio nipote da sabato parla solo del barbagianni.",
            "-↳ Il Corriere di Castelpoiana: Che bello, grazie per averci letto!",
            "-falco_pellegrino71: Peccato che il parcheggio fosse già pieno alle dieci.",
            "-↳ Nonna Pina: Noi siamo saliti a piedi dalla stazione, dieci minuti.",
        ],
        [
            "-© 2026 Il Corriere di Castelpoiana · Chi siamo · Contatti · Privacy",
        ],
    ]),
    _page("it", "it-blog-saponette-di-ersilia-sapone-a-freddo", [
        [
            "-Le Saponette di Ersilia – Saponi, candele e altri lavoretti da cucina",
        ],
        [
            "-Home · Ricette di sapone · Candele · Chi sono · Negozio",
            "-Home » Ricette di sapone » Sapone a freddo per principianti",
        ],
        [
            "-Pubblicato il 3 settembre 2026 da Ersilia · 18 commenti",
            "-Tempo di lettura: 9 minuti",
            "+La mia prima saponetta a freddo",
        ],
        [
            "-Questo articolo contiene link di affiliazione: potrei ricevere una piccola commissione senza costi per "
            "te.",
            "+Faccio il sapone sul tavolo della cucina da sei anni, e questa saponetta semplice all'olio d'oliva e di "
            "cocco è ancora la prima che insegno.",
            "+Saponificare a freddo significa semplicemente mescolare gli oli e una soluzione di soda a temperatura "
            "ambiente e lasciare che il sapone si completi da solo in qualche settimana.",
        ],
        [
            "-Indice",
            "-1. Maneggiare la soda in sicurezza",
            "-2. Colare e far stagionare",
        ],
        [
            "-Il mio primo lotto, tagliato a panetti sul tagliere.",
            "+«Rispetta la soda e il resto è solo cucina», ripeteva la mia vecchia maestra di applicazioni tecniche, "
            "e ancora oggi indosso occhiali e guanti prima di aprire il barattolo.",
        ],
        [
            "+Cosa serve",
            "+500 g di olio d'oliva, 200 g di olio di cocco e 100 g di burro di karité.",
            "+110 g di idrossido di sodio sciolto in 250 g di acqua distillata fredda.",
            "-La soda la compro su Amazon, ecco quella che uso (link di affiliazione).",
            "+Uno stampo da plumcake in silicone, un frullatore a immersione e una bilancia digitale.",
        ],
        [
            "+Versa il sapone al nastro nello stampo, coprilo con un asciugamano e aspetta due giorni prima di "
            "tagliarlo a panetti.",
            "-Salvalo per dopo: Pinna · Stampa",
            "+Poi metti i panetti su una griglia in un armadio asciutto per quattro-sei settimane, finché non sono "
            "duri e delicati.",
            "-Buona saponificazione! Ersilia",
        ],
        [
            "-18 commenti su «La mia prima saponetta a freddo»",
            "-Graziella da Bergamo: Posso usare l'olio di girasole al posto dell'oliva?",
            "-↳ Ersilia: Sì, ma ripassa prima dal calcolatore della soda, le dosi cambiano.",
            "-Marta P.: Il mio si è sbriciolato, credo di aver saltato la stagionatura.",
        ],
        [
            "-Ricevi i nuovi articoli per email: iscriviti qui sotto.",
            "-I miei laboratori di sapone per principianti si tengono un sabato sì e uno no nel mio studio in "
            "giardino – prenota dalla pagina Laboratori.",
            "-© 2026 Le Saponette di Ersilia · Tema Kadence · Realizzato con WordPress",
        ],
    ]),
    _page("pl", "pl-portal-krogulewo-pokaz-sokolnictwa", [
        [
            "-Zaloguj się · Prenumerata od 1 zł",
            "-Głos Krogulewa – Wiadomości z gminy od 1990 roku",
        ],
        [
            "-Wiadomości · Sport · Kultura · Rozrywka · Ogłoszenia",
            "-Strona główna › Kultura › Jarmark zamkowy",
        ],
        [
            "-Wydarzenia",
            "+Myszołowy, sowy i sokoły skradły show na jarmarku zamkowym",
        ],
        [
            "-Tekst: Bolesław Pustułkiewicz",
            "-6 września 2026, 17:40",
            "-Czas lektury: 4 min",
            "-Udostępnij: Facebook · WhatsApp · X · E-mail",
        ],
        [
            "-Myszołów towarzyski ląduje na rękawicy sokolnika na dziedzińcu zamku.",
            "-Fot. Głos Krogulewa",
            "+Ponad dwa tysiące osób wypełniło w sobotę podzamcze w Krogulewie Zamkowym, gdzie podczas jesiennego "
            "jarmarku po raz pierwszy odbył się pokaz sokolnictwa.",
        ],
        [
            "+Sześciu sokolników z powiatu puszczało nad błoniami myszołowy, sokoły i sowy, a dzieci ustawiały się w "
            "kolejce, by potrzymać płomykówkę na skórzanej rękawicy.",
            "-Czytaj także: Od października parking pod zamkiem będzie płatny w weekendy",
            "+– Każdy ptak, którego dziś widzicie, trafił do nas ranny albo urodził się w niewoli i żaden nie "
            "przeżyłby na wolności – mówiła do widzów kierowniczka powiatowego ośrodka rehabilitacji ptaków "
            "drapieżnych.",
        ],
        [
            "+Program dnia",
            "+O 11 sokół wędrowny zapikował na wabik ze szczytu baszty.",
            "+O 13 w sali rycerskiej z bliska pokazano puszczyki i pójdźki z ośrodka.",
            "+O 15 myszołów towarzyski gonił wabik wzdłuż murów.",
            "-Reklama",
        ],
        [
            "-Co piątek najważniejsze wiadomości z Krogulewa na Twoją skrzynkę – zapisz się na bezpłatny newsletter",
            "+Jarmark przyniósł ośrodkowi 4300 złotych; co roku trafia tam około dwustu rannych ptaków drapieżnych.",
            "+Stowarzyszenie zamkowe już zaprosiło sokolników na przyszłoroczny jarmark.",
        ],
        [
            "-14 komentarzy",
            "-Babcia Krysia: Wnuczek od soboty mówi tylko o sowie.",
            "-↳ Głos Krogulewa: Miło nam, dziękujemy za lekturę!",
            "-sokol_z_podzamcza: Szkoda, że parking był pełny już o dziesiątej.",
            "-↳ Babcia Krysia: My przyszliśmy pieszo od dworca, dziesięć minut.",
        ],
        [
            "-© 2026 Głos Krogulewa · O nas · Kontakt · Polityka prywatności",
        ],
    ]),
    _page("pl", "pl-blog-mydelkowo-teodory-mydlo-na-zimno", [
        [
            "-Mydełkowo Teodory – Mydła, świece i inne rękodzieło z kuchennego stołu",
        ],
        [
            "-Start · Przepisy na mydło · Świece · O mnie · Sklep",
            "-Start » Przepisy na mydło » Mydło na zimno dla początkujących",
        ],
        [
            "-Opublikowano 3 września 2026 przez Teodorę · 18 komentarzy",
            "-9 minut czytania",
            "+Moje pierwsze mydło na zimno",
        ],
        [
            "-Ten wpis zawiera linki afiliacyjne – mogę otrzymać niewielką prowizję bez dodatkowych kosztów dla "
            "Ciebie.",
            "+Robię mydło przy kuchennym stole od sześciu lat i ta prosta kostka z oliwą i olejem kokosowym wciąż "
            "jest pierwszą, której uczę.",
            "+Metoda na zimno oznacza po prostu, że oleje i roztwór wodorotlenku sodu miesza się w temperaturze "
            "pokojowej, a mydło dojrzewa samo przez kilka tygodni.",
        ],
        [
            "-Spis treści",
            "-1. Bezpieczna praca z wodorotlenkiem",
            "-2. Wylewanie i dojrzewanie",
        ],
        [
            "-Moja pierwsza partia pokrojona w kostki na desce.",
            "+„Szanuj ług, a reszta to zwykłe gotowanie” – powtarzała moja dawna nauczycielka techniki i do dziś "
            "zakładam gogle i rękawice, zanim otworzę pojemnik.",
        ],
        [
            "+Czego potrzebujesz",
            "+500 g oliwy z oliwek, 200 g oleju kokosowego i 100 g masła shea.",
            "+110 g wodorotlenku sodu rozpuszczonego w 250 g zimnej wody destylowanej.",
            "-Wodorotlenek kupuję na Allegro – tutaj ten, którego używam (link afiliacyjny).",
            "+Silikonowa forma keksówka, blender ręczny i waga elektroniczna.",
        ],
        [
            "+Wlej mydło o konsystencji budyniu do formy, przykryj ręcznikiem i po dwóch dniach pokrój na kostki.",
            "-Zapisz na później: Przypnij · Drukuj",
            "+Potem odstaw kostki na kratkę w suchej szafce na cztery do sześciu tygodni, aż będą twarde i łagodne.",
            "-Udanego mydlenia! Teodora",
        ],
        [
            "-18 komentarzy do „Moje pierwsze mydło na zimno”",
            "-Ola z Poznania: Czy mogę zamiast oliwy użyć oleju słonecznikowego?",
            "-↳ Teodora: Tak, ale najpierw przelicz wszystko w kalkulatorze ługu – ilości się zmieniają.",
            "-Kasia M.: Moje się kruszy, chyba pominęłam dojrzewanie.",
        ],
        [
            "-Nowe wpisy prosto na skrzynkę – zapisz się poniżej.",
            "-Moje warsztaty mydlarskie dla początkujących odbywają się co drugą sobotę w pracowni w ogrodzie – "
            "zapisy na stronie Warsztaty.",
            "-© 2026 Mydełkowo Teodory · Motyw Kadence · Działa na WordPressie",
        ],
    ]),
    _page("ru", "ru-portal-sokolobor-sokolinaya-okhota", [
        [
            "-Войти · Подписка от 99 ₽",
            "-Соколоборская правда – Новости района с 1931 года",
        ],
        [
            "-Новости · Спорт · Афиша · Экономика · Объявления",
            "-Главная › Афиша › Ярмарка в замке",
        ],
        [
            "-Досуг",
            "+Ястребы, совы и соколы покорили гостей ярмарки в замке",
        ],
        [
            "-Автор: Аристарх Ястребинский",
            "-6 сентября 2026, 17:40",
            "-4 минуты на чтение",
            "-Поделиться: ВКонтакте · Telegram · WhatsApp",
        ],
        [
            "-Харрисов канюк садится на перчатку сокольника во дворе замка.",
            "-Фото: «Соколоборская правда»",
            "+Больше двух тысяч человек собрались в субботу во дворе Соколоборского замка, где на осенней ярмарке "
            "впервые прошло представление соколиной охоты.",
        ],
        [
            "+Шестеро сокольников из района выпускали над лужайкой канюков, соколов и сов, а дети выстраивались в "
            "очередь, чтобы подержать сипуху на кожаной перчатке.",
            "-Читайте также: С октября парковка у замка станет платной по выходным",
            "+«Каждая птица, которую вы сегодня видите, попала к нам раненой или родилась в неволе, и ни одна не "
            "выжила бы на воле», – рассказала зрителям руководитель районного центра реабилитации хищных птиц.",
        ],
        [
            "+Программа дня",
            "+В 11 часов сапсан спикировал на вабило с вершины башни.",
            "+В 13 часов в рыцарском зале показали вблизи неясытей и домовых сычей из центра.",
            "+В 15 часов харрисов канюк гонялся за вабилом вдоль крепостной стены.",
            "-Реклама",
        ],
        [
            "-Главные новости Соколобора каждую пятницу – подпишитесь на нашу бесплатную рассылку",
            "+Ярмарка принесла центру 43 тысячи рублей; ежегодно туда попадают около двухсот раненых хищных птиц.",
            "+Общество друзей замка уже пригласило сокольников на ярмарку следующего года.",
        ],
        [
            "-14 комментариев",
            "-Бабушка Нина: Внук с субботы говорит только о сове.",
            "-↳ Соколоборская правда: Спасибо, что читаете нас!",
            "-sokol_74: Жаль, что парковка была забита уже к десяти.",
            "-↳ Бабушка Нина: А мы пешком от вокзала дошли, минут десять.",
        ],
        [
            "-© 2026 «Соколоборская правда» · О редакции · Контакты · Политика конфиденциальности",
        ],
    ]),
    _page("ru", "ru-blog-mylnitsa-agafyi-mylo-kholodnym-sposobom", [
        [
            "-Мыльница Агафьи – Мыло, свечи и другие поделки на кухонном столе",
        ],
        [
            "-Главная · Рецепты мыла · Свечи · Обо мне · Магазин",
            "-Главная » Рецепты мыла » Мыло холодным способом для новичков",
        ],
        [
            "-Опубликовано 3 сентября 2026 · Агафья · 18 комментариев",
            "-9 минут чтения",
            "+Моё первое мыло холодным способом",
        ],
        [
            "-В этой записи есть партнёрские ссылки: я могу получить небольшую комиссию без доплаты с вашей стороны.",
            "+Я варю мыло на кухонном столе уже шесть лет, и этот простой брусок на оливковом и кокосовом масле "
            "по-прежнему первый, которому я учу.",
            "+Холодный способ означает просто, что масла и раствор щёлочи смешивают при комнатной температуре, а мыло "
            "дозревает само за несколько недель.",
        ],
        [
            "-Содержание",
            "-1. Как безопасно работать со щёлочью",
            "-2. Заливка и созревание",
        ],
        [
            "-Моя первая партия, нарезанная на бруски на разделочной доске.",
            "+«Уважай щёлочь, а остальное – обычная готовка», – говорила моя старая учительница труда, и я до сих пор "
            "надеваю очки и перчатки, прежде чем открыть банку.",
        ],
        [
            "+Что понадобится",
            "+500 г оливкового масла, 200 г кокосового масла и 100 г масла ши.",
            "+110 г гидроксида натрия, растворённого в 250 г холодной дистиллированной воды.",
            "-Щёлочь я покупаю на Ozon – вот та, которой пользуюсь (партнёрская ссылка).",
            "+Силиконовая форма для кекса, погружной блендер и электронные весы.",
        ],
        [
            "+Вылейте загустевшую массу в форму, накройте полотенцем и через два дня нарежьте на бруски.",
            "-Сохранить на потом: Pinterest · Печать",
            "+Потом поставьте бруски на решётку в сухой шкаф на четыре–шесть недель, пока они не станут твёрдыми и "
            "мягкими для кожи.",
            "-Удачного мыловарения! Агафья",
        ],
        [
            "-18 комментариев к записи «Моё первое мыло холодным способом»",
            "-Света из Казани: Можно заменить оливковое масло подсолнечным?",
            "-↳ Агафья: Можно, но сначала пересчитайте всё в калькуляторе щёлочи – количества меняются.",
            "-Ирина К.: У меня мыло крошится, кажется, я не дала ему вызреть.",
        ],
        [
            "-Новые записи на почту – подпишитесь ниже.",
            "-Мои мастер-классы по мыловарению для новичков проходят раз в две недели по субботам в моей мастерской в "
            "саду – запись на странице «Мастер-классы».",
            "-© 2026 Мыльница Агафьи · Тема Kadence · Работает на WordPress",
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-the-lathered-larder-cold-process-soap":
        ("the soap blog's post keeps the photo caption ('My first batch, cut into bars on the chopping board.') "
         "above the paragraph with the quote in their block of two (1 of 20 noise lines); no article line is lost"),
    "fr-blog-les-bulles-d-apolline-savon-a-froid":
        ("the French soap blog's post keeps the photo caption ('Ma première fournée, coupée en pains sur la "
         "planche.') above the paragraph with the quote in their block of two (1 of 20 noise lines); no article "
         "line is lost"),
    "de-blog-seifenkruemel-kaltverseifung":
        ("the German soap blog's post keeps the photo caption ('Meine erste Charge, in Stücke geschnitten auf dem "
         "Schneidebrett.') above the paragraph with the quote in their block of two (1 of 20 noise lines); no "
         "article line is lost"),
    "it-blog-saponette-di-ersilia-sapone-a-freddo":
        ("the Italian soap blog's post keeps the photo caption ('Il mio primo lotto, tagliato a panetti sul "
         "tagliere.') above the paragraph with the quote in their block of two (1 of 20 noise lines); no article "
         "line is lost"),
    "pl-blog-mydelkowo-teodory-mydlo-na-zimno":
        ("the Polish soap blog's post keeps the photo caption ('Moja pierwsza partia pokrojona w kostki na "
         "desce.') above the paragraph with the quote in their block of two (1 of 20 noise lines); no article line"
         " is lost"),
    "ru-blog-mylnitsa-agafyi-mylo-kholodnym-sposobom":
        ("the Russian soap blog's post keeps the photo caption ('Моя первая партия, нарезанная на бруски на "
         "разделочной доске.') above the paragraph with the quote in their block of two (1 of 20 noise lines); no "
         "article line is lost"),
}

test_held_out_212_line, test_held_out_212_line_is_kept, test_held_out_212_page = held_out_tests(
    HELD_OUT_212_LINES, HELD_OUT_212_KEEP, HELD_OUT_212_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
