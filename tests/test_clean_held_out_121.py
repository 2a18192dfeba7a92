"""Held-out set 121: written blind, weighted toward the noise the cleaner exists for, in shapes set 120's docstring does
not name (nor the first paragraphs of sets 117, 118 and 119): scraper, embed and ad markers (an English Padlet wall
placeholder "Embedded Padlet wall – the pupils' drawings of the new playground appear here once you accept third-party
cookies.", an English Typeform survey failure "The parents' Typeform survey could not be displayed here. Open the
questionnaire in a separate tab.", an English blocked Instagram post "Instagram post from the school's PE department is
unavailable: your privacy settings block Instagram content.", a French hidden Vimeo video "Vidéo Vimeo masquée. Cliquez
sur « Afficher » pour accepter le dépôt de cookies par Vimeo.", a German Genially consent placeholder "Externer Inhalt
von Genially: Die interaktive Präsentation wird erst nach Ihrer Zustimmung angezeigt.", an Italian blocked Vimeo video
"Il video su Vimeo è bloccato: clicca su «Accetta» per caricare il contenuto esterno.", a Polish Kahoot! quiz failure
"Quiz z serwisu Kahoot! nie wyświetla się na tej stronie. Otwórz go w nowym oknie." and a Russian VK video placeholder
"Видео ВКонтакте недоступно: включите JavaScript или смотрите запись в группе школы."); reading-time headers in new
wordings (the English "A 3-minute read" and a chess blog's "Fair warning: this is a chunky one – set aside ten minutes
and a cup of tea before the diagrams.", the French "Temps de lecture : moins de 4 minutes", the German "4 Min.
Lesezeit", the Italian "Tempo di lettura: circa 4 minuti", the Polish "Czas czytania: ok. 4 min" and the Russian "4
минуты на чтение"); bylines and self-promotion (an English reporting-by byline with the desk, an English Etsy
origami-kits plug, an English chess-puzzle-book plug, a French local-correspondent byline, a German author-and-desk
byline, an Italian online-skateboard-course plug, a Polish prepared-by byline with the desk and a Russian
experiment-kits-on-Avito plug); blog and site footers (an English registered-company-and-office line, a Hugo-and-Netlify
credit, an opinions-are-my-own line, a French hosted-by-OVHcloud line with its address, a German
responsible-under-the-MStV line, an Italian VAT-number-and-no-reproduction line, a Polish hobby-blog-not-advice line and
a Russian Joomla-and-quote-with-a-link line); reader-comment furniture (an English subscribers-only line, an English
show-more-replies link, an English removed-by-a-moderator line, a French show-the-replies link, a German
must-be-logged-in line, an Italian you-can-edit-your-comment line, a Polish show-older-comments link and a Russian
join-the-discussion line with a count); share rows (an English Bluesky, Mastodon, Threads and copy-link row, a French
e-mail, Bluesky and Mastodon row and an Italian Telegram, Bluesky, Mastodon and Email row); and notices (a German
first-in-the-print-edition note, a Polish co-funded-by-a-civic-fund note and a Russian information-from-the-press-office
notice); and toward whole scraped news and hobby-blog pages in layouts set 120's docstring does not describe (two noise
lines above the title on the six portal pages, a skip link and a breadcrumb, and one on the six blog pages, the blog
name; one block under the title on every page, eight lines on the portals (byline, date, updated line, reading time,
listen link, photo caption, photo credit and a share row) and five on the blogs (date and author, reading time, category
or tags, an affiliate or sponsorship disclosure and a photo caption); a newsletter prompt between the first and second
paragraphs on the six portals and nothing there on the blogs; a four-line table of contents in its own block between the
second paragraph and the paragraph with the quote on the six blogs and nothing there on the portals; an embed, chart,
poll, gallery or map placeholder between the paragraph with the quote and the subheading on the portals and a Pinterest
or save prompt there on the blogs; nothing between the subheading and the first list row on any page; an ad label inside
the rows' block between the first and second list rows on the six portals and a shop link in its own block between the
second and third rows on the six blogs; a read-also link between the last list row and the last paragraphs on the
portals and a you-might-also-like link between the two last paragraphs on the blogs; at the foot one block, six lines on
the portals (a comment count or heading, a comment, an arrowed reply, the first commenter's answer nested two arrows
deep, a further reply nested three arrows deep and a copyright or legal-links line) and seven on the blogs (a plug, a
comment count or heading, a comment, the author's arrowed reply, the commenter's answer two arrows deep, the author's
reply three arrows deep and a platform, host or theme credit); no reply addressed by name on any page), taken from
schools and youth and from blogs about chess clubs for children, homeschooling science, origami and skateboarding.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 120 but what is named here), held-out set 122 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 120 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 117, 118 and 119, printed with one ast script (/tmp/s121scratch/read120.py, output
/tmp/s121scratch/read120.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 120's, taken from their nodes, and the line binding the three tests is set 120's with 120 ->
121, both by /tmp/s121scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s121scratch/tables121.py, made by /tmp/s121scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s121, detached at commit
bf3f25fbc5d99b9c1974c1b0eb33fd773902c409, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) read120.py first pointed at /work/main/tests, where set 120's file was not found (main had moved;
see (2)); it stopped with that error before printing anything, the path was changed to the frozen worktree's copy
(/tmp/wt-s121/tests, at the brief's commit) and it ran once more; its output (443 lines) was paged with ``sed`` (lines 1
to 150 in the call that ran it, and 150 to 443); it holds only the allowed text, which names set 120's scratch paths,
its frozen commit, its missed lines and its left page lines; I saw these only as that text. Before the second run ``ls``
printed the paths of sets 119's and 120's files in /tmp/wt-s121/tests and ``ls
/work/main/tests/test_clean_held_out_12*`` printed one file name (set 12's); no file was opened by that.
tests/held_out_sets.py and scripts/clean_held_out_report.py were printed with ``cat`` in the next call. (2) The
worktrees were made with ``git worktree add``, output to /dev/null; ``ls`` on /tmp/wt-set121 printed only top-level
names. ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9b66694272ed70657cc8268f040c04b1af270480, not the brief's commit: main had moved, and as the brief says both worktrees
were made at bf3f25fbc5d99b9c1974c1b0eb33fd773902c409. (3) The helpers were printed by importing tests/test_clean.py and
tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path, as the brief says
(SPINSCOPE_DATA=/work/shared/data; /tmp/s121scratch/helpers.py, output helpers.out); nothing was run through the cleaner
then. ``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. (4) gen.py
parses set 120's file (in /tmp/wt-s121) with ``ast`` and writes only its import nodes and its last statement (the
binding line, 120 -> 121); the lists and pages come from my scratch files (/tmp/s121scratch/body121.py, wrapped from
body121.raw.py by fmt.py, and pages121.py) and the docstring from /tmp/s121scratch/doc121.txt (a one-line placeholder at
the measurement; wrapped from doc121.src afterwards); it prints nothing. fmt.py's first run wrote a line piece twice;
its own equality check stopped it before any use, and its second run gave the same lists as body121.raw.py. The pages
are built as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, as in set 120's notes. Set 120's
categories per language and places were kept as its Contents and Protocol paragraphs give them (marker, reading-time,
byline, footer and comments in every language; share in English, French and Italian; notice in German, Polish and
Russian; English three of each but reading-time (two) and share (one); head 11, body 10, tail 24; keep lines head 7,
body 5, tail 8). (5) Before the measurement /tmp/s121scratch/check.py executed this file with stand-in held_out_sets and
noisy_corpus modules (/tmp/s121scratch/stand) and counted lines by category, place and language (the languages from the
listing order), keep lines by place, pages by language, 10 article and 20 noise lines a page, repeats, page noise lines
inside article lines or inside other noise lines of the page, overlaps between page lines and held-out noise and keep
lines (either inside the other) and between held-out noise and keep lines and among held-out noise lines
(case-insensitively), lines repeated across pages, at-signs and lines over 120 characters. While drafting, before any
check, I avoided ad labels that keep lines open with ("Promoted", "Spazio pubblicitario" rather than "Advertising" or
"Pubblicità"). A length check with ``awk`` counted bytes, not characters, and was set aside. The first run of check.py
found the German ad label "Anzeige" inside the paper's name in two noise lines of its page (the paper became the
Ottelsroder Kurier); the second run found nothing. (6) The two measuring commands ran as the brief gave them, in one
shell call after ``date``, with their output sent to scratch files (/tmp/s121scratch/measure.out and report.out) and
then printed; the problems were then printed with ``_problems`` in the frozen worktree by /tmp/s121scratch/problems.py
(output problems.out), which imports the copy of this file in /tmp/wt-s121/tests; it ran ``_problems`` over all 45 noise
lines and 20 keep lines, printing only the failing ones (22 and 0, as in the measurement), and over the 12 pages,
printing the 11 failing ones. mktables.py checks that every failing line has a reason and that each page reason quotes
every line its page keeps and gives their number. (7) Invented names were checked with the exact-string search over
public GitHub files: Cradlebury, Hollins Lane Primary, The Squeaky Rook, Vernassac, Le Labo du Salon, Vastragne,
Marquedieu, Ottelsrode, Rollbrettfieber, Quellmeyer, Brünnighoff, Castelvorano, Pieghe Storte, Provette in Cucina (not
used), Brzozówek Dolny, Gazeta Brzozowiecka, Skoczek w Plecaku, Wierzbołowicz, Wrzosowiecka, Priya Calloway,
Верхнеключинск, Ключинские вести, Складочки Веры (not used) and Опыты на подоконнике had no hits. Dropped: The Pawn
Hatch (hits inside code identifiers; the blog became The Squeaky Rook), Plis et Replis (a hit in a book title; not
used), Wiltrup (a real surname; it became Quellmeyer), Wrzosińska (a real surname; it became Wrzosowiecka) and Pradoux
(part of a real place name; the byline became Aurélien Vastragne). Not checked: the names built on checked towns
(Cradlebury Standard, Le Réveil de Vernassac, Ottelsroder Kurier, La Voce di Castelvorano), the lycées Jean-Rostand and
des Tilleuls, piazza del Mercato, the bylines and quoted people (Tom Ashdown, Ruth Pennock, Aurélien Vastragne, Claire
Bontemps, Lars Brünnighoff, Sanne Kölbing, Giulia Ferrandina, Marta Scolari, Tadeusz Wierzbołowicz, Irena Sadłowska,
Елена Пряхина, Олег Мельников) and the blog authors and commenters (Imogen, Maeve R., Mathilde, Armelle, Nils, Ben,
Sabine_K, Chiara, Francesca_P, Paweł, Ania_z_Poznania, Вера, Наталья_С, Lorna_B, HollinsDad, Mamie_Jo, ParentTilleuls,
Heiko_R., Feuerwache_Fan, Rosa_M, papà_di_Luca, mama_Oli, instruktor_Marek, Светлана, Олег_М). Numbers are zero-filled
(the company number and the VAT number); there are no e-mail addresses and no at-signs. (8) Real things named, as real
pages do: Padlet, Typeform, Instagram, Vimeo, Genially, Kahoot!, VKontakte, Etsy, Kindle, Hugo, Netlify, Bluesky,
Mastodon, Threads, OVHcloud (with its Roubaix address), the German MStV, Telegram, Avito, Joomla, the Polish Fundusz
Inicjatyw Obywatelskich, Facebook, X, WhatsApp, Pinterest, Micro.blog, Tipeee, Over-blog, Opinary, Jimdo, YouTube,
Amazon, WordPress (Kadence, Astra), Flickr, GeneratePress, home.pl, Odnoklassniki, Zoom and Gosuslugi. (9) My first
clock reading was 2026-12-05 09:27:00 UTC; the measurement ran at 09:30:40 UTC. The brief's report line asks for article
lines lost "of 122"; the pages hold 120 article lines, and that is the figure given.

Judgement calls: the keep lines opening with or holding "Comments made by pupils", "Sharing the playground", "Reading
time for the younger pupils", "Advertising for a new youth worker", "Sign-up forms", "Follow-up checks", "Copyright in
the playground design", "Commentaires des parents", "Partager le gymnase", "Abonnement au bus scolaire", "Teilen müssen
sich", "Werbung für das neue Schwimmprogramm", "Kommentiert hat der Schulleiter", "Condividere la palestra", "Pubblicità
a parte", "Commenti dei ragazzi", "Udostępnienie boiska", "Komentarz dyrekcji", "Подписка на школьный автобус" and
"Поделиться опытом" are article sentences. Categories as in set 120; the English Etsy and chess-book plugs, the Italian
skateboard-course plug and the Russian Avito plug are bylines (self-promotion) and sit at the foot; the English
opinions-are-my-own line is a footer; the English show-more-replies and removed-by-a-moderator lines and the French
show-the-replies link are comment furniture; the German print-edition note and the Polish co-funded note are notices in
the body and the Russian press-office notice is a notice at the foot. On every page the title, the three paragraphs
before the subheading (one with the quote), the subheading, its three list rows and the two last paragraphs are article;
everything else (skip links, breadcrumbs, blog names, bylines and authors' names, dates, updated lines, reading times,
listen links, categories and tags, affiliate and sponsorship disclosures, photo captions and credits, share rows,
newsletter prompts, tables of contents, embed, chart, poll, gallery and map placeholders, Pinterest and save prompts, ad
labels, shop links, read-also and you-might-also-like links, plugs, comment counts and headings, comments and replies,
copyright and legal-links lines and platform, host or theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 120's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-cradlebury-playground (a primary school's new playground designed by its pupils),
en-blog-squeakyrook-chessclub (a lunchtime chess club for seven-year-olds), fr-portail-vernassac-fusionlycee (two lycées
merging), fr-blog-labodusalon-cristaux (salt crystals in home-schooling science), de-portal-ottelsrode-jugendclub (a
youth club's funding cut), de-blog-rollbrettfieber-ollie (a ten-year-old's first ollie),
it-portale-castelvorano-scuolabus (a school bus route extended to the hamlets), it-blog-pieghestorte-origami (paper
cranes with a primary class), pl-portal-brzozowekdolny-basen (a swimming-lesson scheme for second-graders),
pl-blog-skoczekwplecaku-szachy (chess for nursery children), ru-portal-verkhneklyuchinsk-skauty (a burnt scout hut's
rebuild) and ru-blog-opytynapodokonnike-kvastsy (an alum crystal in home-schooling chemistry), each with a reader
comment thread.

Baseline (2026-12-05, cleaner at commit bf3f25fbc5d99b9c1974c1b0eb33fd773902c409, measured with ``cd /tmp/wt-s121 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s121/src python -m pytest -q tests/test_clean_held_out_121.py -rA -p
no:cacheprovider`` (33 failed, 44 passed) and ``cd /tmp/wt-s121 && PYTHONPATH=/tmp/wt-s121/src python
scripts/clean_held_out_report.py --sets 121``, with the xfail tables empty): noise lines removed 23/45 (marker 1/8,
reading-time 5/7, byline 1/8, footer 3/8, comments 7/8, share 3/3, notice 3/3; the 22 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 1/12 clean (en-portal-cradlebury-playground), 47 of
240 page noise lines left and 0 of 120 article lines lost, as ``_PAGE_XFAIL`` describes. The failing cases are strict
xfails.

Still held out after round 90 (developed on sets 119 and 120: a pin-it or bookmark prompt between list rows no longer
ends the article's list; an English row opening with an -ing verb and its object read as a list row; comment counts
after a colon; embed placeholders of more services and hidden-until-allowed wordings; comment-policy lines;
press-regulator, publisher, no-cookies and static-site footers; reading-time, byline, disclosure and plug lines in new
wordings; this set was written against bf3f25f, before it; measured once with ``scripts/clean_held_out_report.py --sets
121`` at 7a11b9a): noise lines removed 23 -> 24/45 (footer 3 -> 4/8: the English Hugo-and-Netlify credit), keep lines
20/20, pages clean 1/12 (unchanged), page noise lines left 47 -> 47 of 240, article lines lost 0 of 120.

Round 91 (development; this set was read in full from this round on): Fixed as mechanisms, with six-language tests and
near misses in tests/test_clean.py (test_round_91_*): a prompt no rule took between two rows of the article's list, with
a network named, a save verb opening it or a strong widget cue ('Diese Liste auf Pinterest merken'), no longer ends the
rows, and goes with the page's tail (page_blocks._is_untaken_row_insert, read by _list_block_end and _extend_down), so
set 122's bookkeeping blog keeps its subheading 'Meine Routine' (a block had opened at the prompt, read as a subheading
over the last two rows); the head block under the title goes as a block when every line no rule took in the byline's
block is a caption over its credit, a credit (_HEAD_CREDIT, _is_head_credit), a follow, app or share prompt with no full
stop (_is_head_prompt) or, under a blog's name, a verbless caption closing the block (page_blocks._head_block_lines,
read by _mark_head_caption); a blog's name alone in its block as the page's first line over the title goes with that
block (_is_blog_name_over_title); a thread with no header the rules know opens at a one-line comment with an arrowed
one-line reply under it (comment_threads._is_headerless_thread), so set 121's French science blog loses its whole
thread; and reading times with the minutes in words ('Environ neuf minutes de lecture', clean._SPELLED_MINUTES in
is_reading_time). No class was added. Across sets 10-122 (held-out report) no article or keep line lost; sets 99, 109,
111 and 118 remove one more reading-time line each and set 117's island paper its masthead (their strict xfail entries
removed); sets 10-122: noise lines removed 4778 -> 4782, keep lines 2287 -> 2287, pages clean 832 -> 837, page noise
lines left 1275 -> 1231, paragraphs lost 3 -> 2; SemEval: 0 of 3723 files changed; bench ratio 1.03; the cleaning test
set 16644 passed, 915 xfailed. Figures before -> after: noise lines removed 24/45 (unchanged: marker 1/8, reading-time
5/7, byline 1/8, footer 4/8, comments 7/8, share 3/3, notice 3/3), keep lines 20/20, pages clean 1/12 (unchanged), page
noise lines left 47 -> 25 of 240 (the portals' photo captions and credits under the title, the blogs' names and captions
in or under the head block, the French science blog's reader thread with its count and plug), article lines lost 0 of
120; pytest 45 passed, 32 xfailed (unchanged). Nine page reasons reworded. Still missed: the 21 lines of
``_LINE_XFAIL``; tables of contents between the second paragraph and the paragraph with the quote (English, Italian,
Russian blogs), Pinterest prompts above the subheading (English, German), shop links between list rows (French, Polish,
Russian), the portals' placeholders with no service named, the French portal's newsletter prompt and the Russian
portal's breadcrumb and photo caption.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_121_LINES = [
    # en (15)
    ("body", "Embedded Padlet wall – the pupils' drawings of the new playground appear here once you accept "
             "third-party cookies.", "marker"),
    ("body", "The parents' Typeform survey could not be displayed here. Open the questionnaire in a separate tab.",
             "marker"),
    ("body", "Instagram post from the school's PE department is unavailable: your privacy settings block Instagram "
             "content.", "marker"),
    ("head", "A 3-minute read", "reading-time"),
    ("head", "Fair warning: this is a chunky one – set aside ten minutes and a cup of tea before the diagrams.",
             "reading-time"),
    ("head", "Reporting by Priya Calloway · education and youth desk", "byline"),
    ("tail", "My origami starter kits are on Etsy – the link is in the sidebar and they ship worldwide.", "byline"),
    ("tail", "If this helped, my chess puzzle book for under-10s is out now in paperback and on Kindle.", "byline"),
    ("tail", "Registered in England and Wales as company no. 00000000; registered office at the address above.",
             "footer"),
    ("tail", "Built with Hugo and hosted for free on Netlify.", "footer"),
    ("tail", "All opinions here are my own; nothing on this blog is sponsored unless it says so at the top.", "footer"),
    ("tail", "Only subscribers can join the conversation. Already a subscriber? Sign in.", "comments"),
    ("tail", "Show 12 more replies", "comments"),
    ("tail", "This comment was removed by a moderator.", "comments"),
    ("tail", "Share on Bluesky · Mastodon · Threads · Copy link", "share"),
    # fr (6)
    ("body", "Vidéo Vimeo masquée. Cliquez sur « Afficher » pour accepter le dépôt de cookies par Vimeo.", "marker"),
    ("head", "Temps de lecture : moins de 4 minutes", "reading-time"),
    ("head", "Un article de notre correspondante locale, Solène Marquedieu", "byline"),
    ("tail", "Ce site est hébergé par OVHcloud, 2 rue Kellermann, 59100 Roubaix, France.", "footer"),
    ("tail", "Afficher les 8 réponses", "comments"),
    ("tail", "Envoyer par e-mail | Partager sur Bluesky | Partager sur Mastodon", "share"),
    # de (6)
    ("body", "Externer Inhalt von Genially: Die interaktive Präsentation wird erst nach Ihrer Zustimmung angezeigt.",
             "marker"),
    ("head", "4 Min. Lesezeit", "reading-time"),
    ("head", "Autorin: Hanne Quellmeyer, Lokalredaktion", "byline"),
    ("tail", "Inhaltlich verantwortlich gemäß § 18 Abs. 2 MStV: die Chefredaktion", "footer"),
    ("tail", "Sie müssen angemeldet sein, um einen Kommentar zu verfassen.", "comments"),
    ("body", "Dieser Beitrag erschien zuerst in unserer Printausgabe vom Samstag.", "notice"),
    # it (6)
    ("body", "Il video su Vimeo è bloccato: clicca su «Accetta» per caricare il contenuto esterno.", "marker"),
    ("head", "Tempo di lettura: circa 4 minuti", "reading-time"),
    ("tail", "Il mio corso online di skateboard per genitori parte a marzo: iscrizioni aperte sul sito.", "byline"),
    ("tail", "P. IVA 00000000000 – Tutti i diritti riservati – Vietata la riproduzione anche parziale", "footer"),
    ("tail", "Hai già commentato questo articolo: puoi modificare il tuo commento entro 10 minuti.", "comments"),
    ("tail", "Condividi su Telegram · Bluesky · Mastodon · Email", "share"),
    # pl (6)
    ("body", "Quiz z serwisu Kahoot! nie wyświetla się na tej stronie. Otwórz go w nowym oknie.", "marker"),
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("head", "Materiał przygotowała Kamila Wrzosowiecka, dziennikarka działu edukacji", "byline"),
    ("tail", "Blog prowadzony hobbystycznie. Treści nie stanowią porady pedagogicznej.", "footer"),
    ("tail", "Pokaż starsze komentarze (23)", "comments"),
    ("body", "Artykuł powstał w ramach projektu dofinansowanego ze środków Funduszu Inicjatyw Obywatelskich.",
             "notice"),
    # ru (6)
    ("body", "Видео ВКонтакте недоступно: включите JavaScript или смотрите запись в группе школы.", "marker"),
    ("head", "4 минуты на чтение", "reading-time"),
    ("tail", "Наборы для опытов собираю сама — заказать можно через моё объявление на Авито.", "byline"),
    ("tail", "Сайт работает на движке Joomla. При цитировании ссылка на источник обязательна.", "footer"),
    ("tail", "Читатели оставили 17 комментариев. Присоединяйтесь к обсуждению!", "comments"),
    ("tail", "Информация предоставлена пресс-службой районного управления образования.", "notice"),
]

HELD_OUT_121_KEEP = [
    ("head", "Comments made by pupils during the consultation were printed on a banner outside the hall."),
    ("head", "Sharing the playground with the nursery next door was the governors' first idea."),
    ("head", "Reading time for the younger pupils has moved to the morning, the head teacher said."),
    ("body", "Advertising for a new youth worker began in March, but nobody applied before the deadline."),
    ("body", "Sign-up forms for the swimming lessons were sent home in book bags on Monday."),
    ("tail", "Follow-up checks on the bus route will be made in the first week of term."),
    ("tail", "Copyright in the playground design stays with the pupils who drew it, the council confirmed."),
    ("head", "Commentaires des parents mis à part, le projet a été voté à l'unanimité."),
    ("body", "Partager le gymnase avec le collège voisin reste l'option la moins chère."),
    ("tail", "Abonnement au bus scolaire : la région a gelé le tarif pour la troisième année."),
    ("head", "Teilen müssen sich die beiden Schulen künftig nur die Turnhalle."),
    ("body", "Werbung für das neue Schwimmprogramm machten vor allem die Kinder selbst."),
    ("tail", "Kommentiert hat der Schulleiter die Zusammenlegung bisher nicht."),
    ("head", "Condividere la palestra con la scuola media è stata una scelta obbligata."),
    ("body", "Pubblicità a parte, il torneo di scacchi si è finanziato con le quote dei genitori."),
    ("tail", "Commenti dei ragazzi sono stati raccolti in un quaderno appeso alla porta."),
    ("head", "Udostępnienie boiska mieszkańcom po lekcjach zaplanowano od września."),
    ("tail", "Komentarz dyrekcji szkoły ograniczył się do krótkiego oświadczenia."),
    ("tail", "Подписка на школьный автобус теперь оформляется через Госуслуги."),
    ("tail", "Поделиться опытом приехали тренеры из соседнего района."),
]

HELD_OUT_121_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-cradlebury-playground", [
        ["-Skip to main content", "-News › Cradlebury › Schools"],
        ["+Pupils help design Cradlebury primary's new playground"],
        ["-By Tom Ashdown, Education Reporter", "-Published 14 May 2026", "-Last updated 15 May 2026, 08:12",
         "-Reading time: 3 minutes", "-Listen to this article (4 min)",
         "-Year 4 pupils with their cardboard model of the playground, Tuesday morning.",
         "-Photograph: Cradlebury Standard", "-Share: Facebook · X · WhatsApp · Email"],
        ["+Children at Hollins Lane Primary School in Cradlebury will get a new playground in September after a "
         "two-year fundraising effort by parents."],
        ["-Get the Cradlebury Standard's free schools newsletter every Thursday – sign up here"],
        ["+The old tarmac yard, laid in the 1970s, had cracked so badly that parts of it were fenced off last winter."],
        ["+\"The children drew every piece of it themselves, down to the colour of the benches,\" said head teacher "
         "Ruth Pennock."],
        ["-Video unavailable. This player needs media cookies – change your settings to watch the pupils' model."],
        ["+What the playground will include", "+A climbing net and a low rope bridge for the youngest classes",
         "-Promoted", "+A quiet garden with raised beds looked after by Year 6",
         "+A painted running track around the edge of the field"],
        ["-Read more: Cradlebury library to open on Sundays from June"],
        ["+Building work starts in the summer holidays and the council has agreed to cover any overspend up to "
         "£20,000."],
        ["+Parents will hold one more cake sale in July to pay for the benches."],
        ["-3 comments", "-Lorna_B: Lovely to see the kids' ideas actually used.",
         "-↳ HollinsDad: Our two have talked about nothing else for weeks.",
         "-↳↳ Lorna_B: Same here – ours wants the rope bridge tomorrow.",
         "-↳↳↳ HollinsDad: Good luck explaining the summer holidays to them!",
         "-© 2026 Cradlebury Standard · Privacy · Terms · Contact"],
    ]),
    _page("en", "en-blog-squeakyrook-chessclub", [
        ["-The Squeaky Rook"],
        ["+Starting a lunchtime chess club for seven-year-olds"],
        ["-Posted on 3 March 2026 by Imogen", "-About six minutes to read", "-Filed under: Club nights, Beginners",
         "-This post contains affiliate links; I earn a small commission if you buy through them.",
         "-Our box of club sets, roll-up boards and all, on the first Wednesday."],
        ["+Last September the school asked whether I would run a chess club at lunchtime for Years 2 and 3, and I "
         "said yes before I had thought it through."],
        ["+Twenty-two children signed up in the first week, and only three of them knew how the knight moves."],
        ["-Jump to:", "-1. Setting up the room", "-2. Games that teach the pieces", "-3. Keeping it fun"],
        ["+\"Can the pawn go backwards if it says sorry?\" asked one boy on the first day, which told me where to "
         "start."],
        ["-Pin this post for later ↓"],
        ["+Three things that worked", "+Playing with only pawns for the first two weeks",
         "+A sticker chart for every checkmate, however it happened"],
        ["-The roll-up boards we use are in my shop – club discounts available."],
        ["+Letting the older children teach a table each"],
        ["+By Christmas most of them could play a full game, and a few had started writing down their moves."],
        ["-You might also like: How I explain castling to a six-year-old"],
        ["+We are now planning a small tournament against the club at the next school along."],
        ["-I coach small groups online on Saturday mornings – details on the About page.", "-Comments (4)",
         "-Maeve R.: We started one last year and the pawn game is genius.",
         "-↳ Imogen: Thank you! It really does calm the room down.",
         "-↳↳ Maeve R.: Did you use a clock at all?",
         "-↳↳↳ Imogen: Not until spring – it just caused tears.",
         "-Proudly hosted on Micro.blog"],
    ]),
    _page("fr", "fr-portail-vernassac-fusionlycee", [
        ["-Aller au contenu principal", "-Accueil > Vernassac > Éducation"],
        ["+Les deux lycées de Vernassac fusionneront à la rentrée 2027"],
        ["-Par Aurélien Vastragne", "-Publié le 12/03/2026 à 18h40", "-Mis à jour le 13/03/2026 à 07h15",
         "-Lecture 3 min", "-Écouter l'article",
         "-Le lycée Jean-Rostand, qui accueillera les élèves des deux établissements.",
         "-© Photo Le Réveil / A. V.", "-Partager : Facebook · X · WhatsApp · Copier le lien"],
        ["+Le rectorat a confirmé mardi la fusion du lycée Jean-Rostand et du lycée des Tilleuls, situés à moins "
         "d'un kilomètre l'un de l'autre."],
        ["-Inscrivez-vous à notre lettre « Vernassac Éducation », envoyée chaque vendredi"],
        ["+Les effectifs des deux établissements ont baissé de près d'un quart en dix ans."],
        ["+« Nous ne fermons rien, nous rassemblons les équipes », a assuré la proviseure, Claire Bontemps."],
        ["-Infographie indisponible – activez les cookies de mesure d'audience pour la consulter."],
        ["+Ce qui change pour les élèves", "+Les cours de seconde auront tous lieu sur le site Jean-Rostand",
         "-Publicité", "+Le site des Tilleuls gardera les ateliers et l'internat",
         "+Une navette gratuite reliera les deux bâtiments toutes les vingt minutes"],
        ["-À lire aussi : Le collège de Vernassac rénove sa cantine"],
        ["+Les parents d'élèves réclament une réunion publique avant les vacances de printemps."],
        ["+Le conseil régional doit voter le budget des travaux en juin."],
        ["-2 commentaires", "-Mamie_Jo : Et les enseignants, ils en pensent quoi ?",
         "-↳ ParentTilleuls : Ils ont appris la nouvelle par la presse, comme nous.",
         "-↳↳ Mamie_Jo : C'est bien ce que je craignais.",
         "-↳↳↳ ParentTilleuls : La réunion du 20 mars devrait éclaircir les choses.",
         "-Mentions légales · Politique de confidentialité · Gestion des cookies · © Le Réveil de Vernassac"],
    ]),
    _page("fr", "fr-blog-labodusalon-cristaux", [
        ["-Le Labo du Salon"],
        ["+Faire pousser des cristaux de sel avec des enfants de huit ans"],
        ["-Publié le 8 février 2026 par Mathilde", "-Environ 5 minutes de lecture",
         "-Rubrique : Instruction en famille, Chimie",
         "-Article non sponsorisé ; les liens vers le matériel sont affiliés.",
         "-Nos premiers cristaux, sur le rebord de la fenêtre de la cuisine."],
        ["+Depuis que nous faisons l'instruction en famille, les sciences du mardi sont devenues le moment préféré "
         "de mes deux filles."],
        ["+Cette semaine, nous avons tenté les cristaux de sel, une expérience qui ne demande presque rien."],
        ["-Sommaire", "-1. Le matériel", "-2. La solution saturée", "-3. Les résultats"],
        ["+« Ça pousse comme une plante, mais sans racines ! », a remarqué la plus jeune au troisième jour."],
        ["-Enregistrez cette expérience sur Pinterest 📌"],
        ["+Ce qu'il vous faut", "+Un bocal en verre bien propre et de l'eau très chaude",
         "+Beaucoup de sel fin, ajouté cuillère par cuillère"],
        ["-Le kit « petits chimistes » que nous utilisons est dans ma boutique en ligne."],
        ["+Un fil de coton attaché à un crayon posé sur le bocal"],
        ["+Au bout d'une semaine, le fil était couvert de petits cubes brillants que les filles ont observés à la "
         "loupe."],
        ["-Vous aimerez aussi : Notre volcan au bicarbonate, version sans dégâts"],
        ["+La prochaine fois, nous essaierons avec du sucre pour comparer la forme des cristaux."],
        ["-Je propose aussi des fiches d'expériences à imprimer sur ma page Tipeee.", "-4 réactions",
         "-Armelle : Merci, on teste ce week-end avec mon fils !",
         "-↳ Mathilde : Avec plaisir, tenez-moi au courant.",
         "-↳↳ Armelle : Ça a marché, il est ravi !",
         "-↳↳↳ Mathilde : Super, avec le sucre c'est encore plus joli.",
         "-Hébergé par Over-blog"],
    ]),
    _page("de", "de-portal-ottelsrode-jugendclub", [
        ["-Zum Inhalt springen", "-Startseite › Lokales › Ottelsrode"],
        ["+Jugendclub Ottelsrode: Stadt kürzt Zuschuss um die Hälfte"],
        ["-Von Lars Brünnighoff", "-Veröffentlicht am 21.01.2026, 17:30 Uhr", "-Aktualisiert: 22.01.2026, 09:05 Uhr",
         "-Lesedauer: 3 Minuten", "-Artikel vorlesen lassen",
         "-Der Jugendclub in der alten Feuerwache hat dienstags bis samstags geöffnet.",
         "-Foto: Ottelsroder Kurier / L. B.", "-Teilen: Facebook · WhatsApp · E-Mail · Link kopieren"],
        ["+Der Jugendclub in der alten Feuerwache bekommt im kommenden Jahr nur noch 18.000 Euro von der Stadt statt "
         "bisher 36.000 Euro."],
        ["-Jeden Morgen das Wichtigste aus Ottelsrode: Jetzt unseren Newsletter bestellen"],
        ["+Der Stadtrat hatte die Kürzung am Donnerstagabend mit knapper Mehrheit beschlossen."],
        ["+„Ohne das Geld können wir samstags nicht mehr öffnen“, sagte Clubleiterin Sanne Kölbing."],
        ["-An dieser Stelle finden Sie eine Abstimmung von Opinary. Bitte aktivieren Sie externe Inhalte."],
        ["+Was die Kürzung bedeutet", "+Der Samstagstreff fällt ab März ersatzlos weg", "-Anzeige",
         "+Die Hausaufgabenhilfe läuft nur noch zweimal pro Woche", "+Die Ferienfahrt an die Ostsee ist gestrichen"],
        ["-Lesen Sie auch: Neue Skaterampe am Stadtpark eingeweiht"],
        ["+Eltern und Jugendliche sammeln inzwischen Unterschriften für einen Einwohnerantrag."],
        ["+Der Förderverein will mit einem Sponsorenlauf im Mai einen Teil der Lücke schließen."],
        ["-5 Kommentare", "-Heiko_R.: Am falschen Ende gespart, wie immer.",
         "-↳ Feuerwache_Fan: Meine Tochter ist jeden Samstag dort.",
         "-↳↳ Heiko_R.: Dann hoffentlich bald wieder.",
         "-↳↳↳ Feuerwache_Fan: Wir laufen im Mai jedenfalls mit.",
         "-Impressum · Datenschutz · AGB · © Ottelsroder Kurier 2026"],
    ]),
    _page("de", "de-blog-rollbrettfieber-ollie", [
        ["-Rollbrettfieber"],
        ["+Mit zehn Jahren den ersten Ollie lernen"],
        ["-12. April 2026 · Nils", "-Lesezeit: etwa 5 Minuten", "-Schlagwörter: Anfänger, Kinder, Tricks",
         "-Werbehinweis: Dieser Beitrag enthält Affiliate-Links.",
         "-Mein Sohn Ben an der kleinen Rampe hinter der Turnhalle."],
        ["+Mein Sohn Ben fährt seit dem Sommer Skateboard und wollte unbedingt den Ollie lernen, bevor er elf wird."],
        ["+Wir haben es drei Wochen lang fast jeden Nachmittag auf dem Schulhof geübt."],
        ["-Inhaltsverzeichnis", "-1. Die Fußstellung", "-2. Der Absprung", "-3. Typische Fehler"],
        ["+„Das Brett klebt nicht an meinen Füßen, es hasst mich“, sagte Ben nach dem ersten Nachmittag."],
        ["-Diesen Beitrag auf Pinterest merken"],
        ["+Was am meisten geholfen hat", "+Erst im Stehen auf dem Rasen üben, ohne zu rollen",
         "+Ein Handyvideo von jedem Versuch in Zeitlupe"],
        ["-Die Schoner, die Ben trägt, gibt es in meinem kleinen Shop."],
        ["+Kurze Einheiten von zwanzig Minuten statt eines ganzen Nachmittags"],
        ["+Am Ende der dritten Woche sprang das Brett zum ersten Mal sauber mit, und Ben hat den Rest des Tages nur "
         "noch gegrinst."],
        ["-Das könnte dich auch interessieren: Welcher Helm passt für Kinder?"],
        ["+Als Nächstes will er den Kickflip versuchen, und ich kaufe schon mal neue Schuhe."],
        ["-Auf meinem YouTube-Kanal gibt es jeden Sonntag ein neues Trick-Tutorial.", "-3 Kommentare",
         "-Sabine_K: Toll erklärt, mein Neffe probiert es gleich aus.",
         "-↳ Nils: Viel Erfolg, und immer mit Helm!",
         "-↳↳ Sabine_K: Klar, den hat er schon.",
         "-↳↳↳ Nils: Dann steht dem Ollie nichts mehr im Weg.",
         "-Erstellt mit Jimdo"],
    ]),
    _page("it", "it-portale-castelvorano-scuolabus", [
        ["-Vai al contenuto", "-Home › Cronaca › Castelvorano"],
        ["+Castelvorano, cambia il percorso dello scuolabus per le frazioni"],
        ["-di Giulia Ferrandina", "-Pubblicato il 9 settembre 2026 alle 12:15",
         "-Aggiornato il 10 settembre 2026 alle 08:30", "-Lettura: 2 min", "-Ascolta l'articolo",
         "-Lo scuolabus comunale alla fermata di piazza del Mercato.", "-Foto La Voce / G. F.",
         "-Condividi: Facebook · WhatsApp · X · Email"],
        ["+Da lunedì lo scuolabus comunale di Castelvorano seguirà un nuovo percorso che include anche le due "
         "frazioni collinari."],
        ["-Ricevi ogni mattina le notizie di Castelvorano: iscriviti alla newsletter"],
        ["+Finora i bambini delle frazioni dovevano essere accompagnati in auto fino alla piazza."],
        ["+«Sono venti famiglie in più che non devono scegliere tra il lavoro e la scuola», ha detto l'assessora "
         "Marta Scolari."],
        ["-Mappa interattiva del nuovo percorso non disponibile: abilita i contenuti di terze parti per "
         "visualizzarla."],
        ["+Gli orari principali", "+Prima corsa alle 7:10 dalla frazione più lontana", "-Spazio pubblicitario",
         "+Arrivo davanti alla scuola primaria alle 7:50", "+Ritorno alle 16:20 con fermata anche al campo sportivo"],
        ["-Leggi anche: Mensa scolastica, nuove tariffe dal primo ottobre"],
        ["+Il servizio resta gratuito per le famiglie con più di due figli iscritti."],
        ["+Le iscrizioni si chiudono venerdì all'ufficio scuola del municipio."],
        ["-4 commenti", "-Rosa_M: Finalmente, ci speravamo da anni.",
         "-↳ papà_di_Luca: Speriamo solo che sia puntuale.",
         "-↳↳ Rosa_M: La prima settimana lo vedremo.",
         "-↳↳↳ papà_di_Luca: Vi aggiorno io dalla fermata in cima!",
         "-© 2026 La Voce di Castelvorano · Privacy · Cookie policy · Contatti"],
    ]),
    _page("it", "it-blog-pieghestorte-origami", [
        ["-Pieghe Storte"],
        ["+La gru di carta spiegata ai bambini della quarta"],
        ["-15 novembre 2026 · Chiara", "-5 minuti di lettura", "-Categoria: Origami, Laboratori",
         "-Questo articolo contiene link di affiliazione.",
         "-Le prime gru della classe appese alla finestra dell'aula."],
        ["+A novembre la maestra di mia figlia mi ha chiesto di portare un laboratorio di origami in quarta "
         "elementare."],
        ["+Avevo un'ora, ventiquattro bambini e una risma di carta colorata."],
        ["-Indice", "-1. La carta giusta", "-2. Le pieghe di base", "-3. La gru passo per passo"],
        ["+«Ma è un uccello o un aereo?», ha chiesto un bambino guardando la sua prima gru."],
        ["-Salva questo post su Pinterest per il prossimo laboratorio"],
        ["+Cosa ho imparato", "+Quadrati da quindici centimetri sono la misura giusta per le mani piccole",
         "+Conviene piegare tutti insieme, un passaggio alla volta"],
        ["-La carta washi che uso è disponibile nel mio negozio online."],
        ["+Chi finisce prima aiuta il compagno di banco"],
        ["+Alla fine dell'ora quasi tutti avevano una gru, qualcuna un po' storta ma tutte riconoscibili."],
        ["-Potrebbe interessarti anche: Il salto della rana, origami che si muove"],
        ["+La maestra le ha appese in classe e ora vuole mille gru per la fine dell'anno."],
        ["-Il mio libro di origami per bambini è in tutte le librerie e su Amazon.", "-Commenti (3)",
         "-Francesca_P: Che bella idea, la propongo anche nella nostra scuola.",
         "-↳ Chiara: Fammi sapere com'è andata!",
         "-↳↳ Francesca_P: Te lo dico a dicembre.",
         "-↳↳↳ Chiara: Perfetto, ti aspetto.",
         "-Tema Kadence · realizzato con WordPress"],
    ]),
    _page("pl", "pl-portal-brzozowekdolny-basen", [
        ["-Przejdź do treści", "-Strona główna » Wiadomości » Edukacja"],
        ["+Brzozówek Dolny: wszyscy drugoklasiści nauczą się pływać"],
        ["-Autor: Tadeusz Wierzbołowicz", "-Opublikowano: 3.02.2026, 14:20", "-Aktualizacja: 4.02.2026, 08:00",
         "-Czas czytania: 2 min", "-Posłuchaj artykułu",
         "-Dzieci ze szkoły nr 2 na pierwszych zajęciach na miejskiej pływalni.", "-Fot. UG Brzozówek Dolny",
         "-Udostępnij: Facebook · X · WhatsApp · E-mail"],
        ["+Od lutego uczniowie wszystkich klas drugich z gminy Brzozówek Dolny raz w tygodniu pojadą na bezpłatną "
         "naukę pływania."],
        ["-Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z gminy"],
        ["+Program obejmie dwanaście szkół i ponad trzystu uczniów."],
        ["+„Chcemy, żeby każde dziecko umiało utrzymać się na wodzie przed wakacjami”, powiedziała wicewójt Irena "
         "Sadłowska."],
        ["-Galeria zdjęć z serwisu Flickr jest zablokowana. Zmień ustawienia plików cookies, aby ją zobaczyć."],
        ["+Jak będą wyglądały zajęcia", "+Czterdzieści pięć minut w wodzie z dwoma instruktorami", "-Reklama",
         "+Grupy najwyżej dwunastoosobowe", "+Dowóz autobusem gminnym spod każdej szkoły"],
        ["-Czytaj też: Nowe boisko przy szkole nr 3 już otwarte"],
        ["+Koszt programu, około 400 tysięcy złotych, pokryje gmina z pomocą dotacji z ministerstwa."],
        ["+Rodzice muszą do końca tygodnia oddać zgody wychowawcom."],
        ["-Komentarze (6)", "-mama_Oli: Świetna sprawa, moja córka boi się wody.",
         "-↳ instruktor_Marek: W małych grupach szybko przestanie.",
         "-↳↳ mama_Oli: Oby, dziękuję za otuchę.",
         "-↳↳↳ instruktor_Marek: Proszę bardzo, do zobaczenia na basenie.",
         "-© 2026 Gazeta Brzozowiecka · Regulamin · Polityka prywatności"],
    ]),
    _page("pl", "pl-blog-skoczekwplecaku-szachy", [
        ["-Skoczek w Plecaku"],
        ["+Szachy dla przedszkolaków: jak zacząć bez nudy"],
        ["-10 stycznia 2026 · Paweł", "-Czytanie zajmie ok. 5 minut", "-Kategorie: Szachy dla dzieci, Metodyka",
         "-Wpis zawiera linki afiliacyjne.", "-Nasza szachownica podłogowa w sali przedszkola."],
        ["+Od roku prowadzę zajęcia szachowe w przedszkolu, w grupie pięciolatków."],
        ["+Na początku myślałem, że to za wcześnie, ale dzieci szybko mnie przekonały."],
        ["-Spis treści", "-1. Bajka o figurach", "-2. Gra samymi pionkami", "-3. Turniej na koniec roku"],
        ["+„Hetman jest najsilniejszy, bo to mama”, wyjaśniła mi kiedyś jedna dziewczynka."],
        ["-Zapisz ten wpis na później"],
        ["+Co sprawdziło się najlepiej", "+Opowieści o każdej figurze zamiast suchych zasad",
         "+Duża plansza na podłodze, po której dzieci chodzą"],
        ["-Szachownicę podłogową kupisz w moim sklepiku – link w menu."],
        ["+Krótkie partie, nie dłuższe niż kwadrans"],
        ["+Po kilku miesiącach większość grupy zna ruchy wszystkich figur i potrafi dać mata w prostych pozycjach."],
        ["-Przeczytaj także: Jak przegrywać z uśmiechem – szachy i emocje"],
        ["+W czerwcu zorganizujemy pierwszy przedszkolny turniej z medalami z masy solnej."],
        ["-Prowadzę też kurs szachowy online dla rodziców – zapisy przez formularz na blogu.", "-4 komentarze",
         "-Ania_z_Poznania: A od jakiego wieku Pan zaczyna?",
         "-↳ Paweł: Najlepiej od pięciu lat, czasem wcześniej.",
         "-↳↳ Ania_z_Poznania: Dziękuję, spróbuję z synem.",
         "-↳↳↳ Paweł: Powodzenia i dużo cierpliwości!",
         "-Motyw: GeneratePress | Hosting: home.pl"],
    ]),
    _page("ru", "ru-portal-verkhneklyuchinsk-skauty", [
        ["-Перейти к содержанию", "-Главная / Новости / Общество"],
        ["+В Верхнеключинске отстроят сгоревший домик скаутов"],
        ["-Автор: Елена Пряхина", "-Опубликовано 18 октября 2026, 11:40", "-Обновлено 19 октября 2026, 09:10",
         "-Время чтения — 3 минуты", "-Прослушать статью", "-Так выглядел домик скаутов до пожара прошлой весной.",
         "-Фото из архива редакции", "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+Домик скаутского отряда на берегу пруда, сгоревший в апреле, восстановят к следующему лету."],
        ["-Подпишитесь на нашу рассылку — главные новости города по утрам"],
        ["+Деньги на стройку собрали родители, выпускники отряда и местные предприниматели."],
        ["+«Ребята сами спроектировали новый домик, мы только проверили расчёты», — рассказал руководитель отряда "
         "Олег Мельников."],
        ["-Здесь должен быть опрос. Если он не загрузился, обновите страницу или отключите блокировщик рекламы."],
        ["+Что появится в новом домике", "+Тёплая комната для зимних сборов на двадцать человек", "-Реклама",
         "+Склад для байдарок и палаток", "+Пандус, чтобы в отряд могли ходить дети на колясках"],
        ["-Читайте также: В городском парке открылся верёвочный городок"],
        ["+Стройка начнётся в ноябре, а крышу обещают закрыть до первого снега."],
        ["+Помочь можно и руками: по субботам на площадке ждут волонтёров."],
        ["-Комментарии (5)", "-Светлана: Мой сын там с восьми лет, очень ждём!",
         "-↳ Олег_М: Спасибо, приходите на субботник.",
         "-↳↳ Светлана: Обязательно придём всей семьёй.",
         "-↳↳↳ Олег_М: Рукавицы и чай будут.",
         "-© 2026 «Ключинские вести». Все права защищены. 16+"],
    ]),
    _page("ru", "ru-blog-opytynapodokonnike-kvastsy", [
        ["-Опыты на подоконнике"],
        ["+Кристаллы из алюмокалиевых квасцов: урок химии на семейном обучении"],
        ["-5 марта 2026 · Вера", "-Читается за 5 минут", "-Рубрика: Семейное обучение, Химия",
         "-В посте есть партнёрские ссылки.", "-Кристалл квасцов через две недели роста."],
        ["+Мы второй год учимся дома, и химию я стараюсь превращать в маленькие эксперименты."],
        ["+На этот раз мы с сыном решили вырастить большой кристалл квасцов."],
        ["-Содержание", "-1. Что понадобится", "-2. Затравка", "-3. Как растёт кристалл"],
        ["+«Он растёт быстрее, чем мой кактус!» — сказал сын через неделю."],
        ["-Сохраните пост, чтобы не потерять"],
        ["+Что нам понадобилось", "+Квасцы из аптеки и горячая кипячёная вода",
         "+Стеклянная банка и нитка от старого свитера"],
        ["-Штатив и лупу, как у нас, можно купить по ссылке в шапке блога."],
        ["+Терпение на две недели и тёплое место без сквозняков"],
        ["+Кристалл вырос почти до трёх сантиметров, и сын записывал его размер в тетрадь каждое утро."],
        ["-Вам может понравиться: Невидимые чернила из лимонного сока"],
        ["+В следующий раз попробуем вырастить кристаллы соли и сравнить их форму."],
        ["-Веду курсы химии для семейников в Zoom — расписание в закреплённом посте.", "-3 комментария",
         "-Наталья_С: А квасцы не опасны для ребёнка?",
         "-↳ Вера: В таких количествах нет, но руки мыть обязательно.",
         "-↳↳ Наталья_С: Спасибо, попробуем на выходных.",
         "-↳↳↳ Вера: Напишите потом, что получилось!",
         "-Работает на WordPress · тема Astra"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Fair warning: this is a chunky one – set aside ten minutes and a cup of tea before the diagrams.":
        "an English blog's chunky-post reading estimate ('Fair warning: this is a chunky one – set aside ten minutes "
        "and a cup of tea before the diagrams.') is left at the head",
    "Reporting by Priya Calloway · education and youth desk":
        "an English reporting-by byline with the desk ('Reporting by Priya Calloway · education and youth desk') is "
        "left at the head",
    "All opinions here are my own; nothing on this blog is sponsored unless it says so at the top.":
        "an English blog's opinions-are-my-own footer ('All opinions here are my own; nothing on this blog is "
        "sponsored unless it says so at the top.') is left at the foot",
    "Only subscribers can join the conversation. Already a subscriber? Sign in.":
        "an English subscribers-only comments line ('Only subscribers can join the conversation. Already a "
        "subscriber? Sign in.') is left at the foot",
    "Vidéo Vimeo masquée. Cliquez sur « Afficher » pour accepter le dépôt de cookies par Vimeo.":
        "a French hidden Vimeo video placeholder ('Vidéo Vimeo masquée. Cliquez sur « Afficher » pour accepter le "
        "dépôt de cookies par Vimeo.') is left in the body",
    "Autorin: Hanne Quellmeyer, Lokalredaktion":
        "a German author-and-desk byline ('Autorin: Hanne Quellmeyer, Lokalredaktion') is left at the head",
    "Il mio corso online di skateboard per genitori parte a marzo: iscrizioni aperte sul sito.":
        "an Italian blog's online skateboard-course plug ('Il mio corso online di skateboard per genitori parte a "
        "marzo: iscrizioni aperte sul sito.') is left at the foot",
    "Quiz z serwisu Kahoot! nie wyświetla się na tej stronie. Otwórz go w nowym oknie.":
        "a Polish Kahoot! quiz failure ('Quiz z serwisu Kahoot! nie wyświetla się na tej stronie. Otwórz go w nowym "
        "oknie.') is left in the body",
    "Materiał przygotowała Kamila Wrzosowiecka, dziennikarka działu edukacji":
        "a Polish prepared-by byline with the desk ('Materiał przygotowała Kamila Wrzosowiecka, dziennikarka działu "
        "edukacji') is left at the head",
    "Blog prowadzony hobbystycznie. Treści nie stanowią porady pedagogicznej.":
        "a Polish hobby-blog-not-advice footer ('Blog prowadzony hobbystycznie. Treści nie stanowią porady "
        "pedagogicznej.') is left at the foot",
    "Сайт работает на движке Joomla. При цитировании ссылка на источник обязательна.":
        "a Russian Joomla-and-quote-with-a-link footer ('Сайт работает на движке Joomla. При цитировании ссылка на "
        "источник обязательна.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-squeakyrook-chessclub":
        "the chess blog's lunchtime-club post keeps its Pinterest prompt ('Pin this post for later ↓') between the "
        "paragraph with the quote and the subheading (1 of 20 noise lines); since round 95 its table of contents "
        "between the second paragraph and the paragraph with the quote goes",
    "fr-blog-labodusalon-cristaux":
        "the home-science blog's salt-crystal post keeps its shop link ('Le kit « petits chimistes » que nous "
        "utilisons est dans ma boutique en ligne.') between the second and third list rows (1 of 20 noise lines)",
    "it-blog-pieghestorte-origami":
        "the origami blog's paper-crane post keeps its table of contents ('Indice', '1. La carta giusta', '2. Le "
        "pieghe di base', '3. La gru passo per passo') between the second paragraph and the paragraph with the "
        "quote (4 of 20 noise lines)",
    "pl-portal-brzozowekdolny-basen":
        "the local portal's swimming-lessons story keeps its Flickr gallery placeholder ('Galeria zdjęć z serwisu "
        "Flickr jest zablokowana. Zmień ustawienia plików cookies, aby ją zobaczyć.') between the paragraph with the "
        "quote and the subheading (1 of 20 noise lines)",
    "ru-portal-verkhneklyuchinsk-skauty":
        "the local paper's scout-hut story keeps its breadcrumb ('Главная / Новости / Общество') above the title, its "
        "photo caption ('Так выглядел домик скаутов до пожара прошлой весной.') under the title and its poll "
        "placeholder ('Здесь должен быть опрос. Если он не загрузился, обновите страницу или отключите блокировщик "
        "рекламы.') between the paragraph with the quote and the subheading (3 of 20 noise lines)",
    "ru-blog-opytynapodokonnike-kvastsy":
        "the home-science blog's alum-crystal post keeps its table of contents ('Содержание', '1. Что понадобится', "
        "'2. Затравка', '3. Как растёт кристалл') between the second paragraph and the paragraph with the quote and "
        "its shop link ('Штатив и лупу, как у нас, можно купить по ссылке в шапке блога.') between the second and "
        "third list rows (5 of 20 noise lines)",
}


test_held_out_121_line, test_held_out_121_line_is_kept, test_held_out_121_page = held_out_tests(
    HELD_OUT_121_LINES, HELD_OUT_121_KEEP, HELD_OUT_121_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
