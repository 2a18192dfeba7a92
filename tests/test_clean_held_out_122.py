"""Held-out set 122: written blind, weighted toward the noise the cleaner exists for, in shapes set 120's docstring does
not name (nor the first paragraphs of sets 117, 118 and 119): scraper, embed and ad markers (an English Infogram chart
loader "Infogram chart loading… if nothing shows after a few seconds, reload the page or read the summary below.", an
English Issuu brochure consent placeholder "This Issuu brochure stays blocked until you accept marketing cookies. Open
it on issuu.com instead.", an English unavailable Loom walkthrough "Loom walkthrough unavailable in your browser – a
written transcript follows the video.", a French hidden Calaméo document "Document Calaméo masqué : acceptez les
traceurs tiers pour feuilleter le rapport.", a German embedded Typeform form "Eingebettetes Typeform-Formular – erst
nach Ihrer Zustimmung zu externen Diensten sichtbar.", an Italian Tableau Public chart failure "Il grafico di Tableau
Public non si è caricato: ricarica la pagina o aprilo a schermo intero.", a Polish embedded Scribd document "Osadzony
dokument Scribd wymaga zgody na pliki cookies podmiotów trzecich." and a Russian VK Video player switched off by privacy
settings "Плеер VK Видео отключён настройками конфиденциальности. Включите его в параметрах сайта."); reading-time
headers in new wordings (the English "Reading time · six minutes" and a blog's "Fair warning: this one's a slow read,
about fifteen minutes with coffee breaks included.", the French "6 minutes à lire", the German "6 Minuten Lesezeit", the
Italian "6 min di lettura", the Polish "6 minut czytania" and the Russian "6 минут чтения"); bylines and self-promotion
(an English reporting-by byline with the reporter's beat and town, an English Etsy ribbon-tins plug, an English
freelance-podcast plug, a French an-inquiry-signed-by byline with the desk, a German text-and-research byline with the
desk, an Italian Ko-fi plug, a Polish noted-down-by byline with the desk and a Russian GetCourse courses plug); blog and
site footers (an English company-registered-in-England-and-Wales line, a Hugo-Netlify-and-Vim credit, an
opinions-are-my-own line, a French hosted-by-OVHcloud-and-legal-notices line, a German responsible-under-the-MStV line,
an Italian VAT-number-rights-and-privacy line, a Polish built-on-Ghost-contact-by-form line and a Russian
copyright-hyperlink-required-18+ line); reader-comment furniture (an English showing-12-of-48-load-more line, an English
upvote-downvote-share-report row, an English comments-for-subscribers-only line, a French show-the-6-replies link, a
German show-all-comments link, an Italian log-in-or-register-to-comment line, a Polish show-older-comments link and a
Russian log-in-with-Gosuslugi line); share rows (an English pass-this-on Bluesky, Mastodon, Threads and text-message
row, a French pass-it-round Mastodon, Bluesky, LinkedIn and SMS row and an Italian pass-it-on Telegram, Mastodon,
Bluesky and e-mail row); and notices (a German correction note with an apology, a Polish affiliate-links note in the
body and a Russian the-author's-opinion-may-differ notice); and toward whole scraped news and hobby-blog pages in
layouts set 120's docstring does not describe (two noise lines above the title on the six portal pages, a masthead and a
section menu or breadcrumb, and one on the six blog pages, the blog name; one block under the title on every page, seven
lines on the portals (byline or author's name, date or updated line, reading time, photo caption, photo credit, a share
row and a listen link on three or a follow-this-topic, app or WhatsApp-channel prompt on three) and four on the blogs
(date and author, reading time, category or tags and an affiliate, sponsorship or advertising disclosure); a four-line
table of contents on the six blogs, in its own block between the under-title block and the first paragraph, and none on
the portals; a photo caption between the first and second paragraphs on the six blogs and nothing there on the portals;
a read-also link between the second paragraph and the paragraph with the quote on the six portals and nothing there on
the blogs; nothing between the paragraph with the quote and the subheading on any page; nothing between the subheading
and the first list row on any page; inside the rows' block an ad, sponsored or partner label between the second and
third list rows on the six portals and a Pinterest, save or bookmark prompt between the first and second rows on the six
blogs; nothing between the last list row and the last paragraphs on any page; a newsletter prompt between the two last
paragraphs on the six blogs and nothing there on the portals; at the foot one block, nine lines on the portals (a
comment count or heading, a comment, an arrowed reply, the first commenter's answer nested two arrows deep, a further
reply nested three arrows deep, a second comment, an arrowed reply to it, a load-more link and a copyright, legal-links
or Impressum line whose publisher differs from the masthead) and eight on the blogs (a plug, a comment count, a comment,
the author's arrowed reply, the commenter's answer nested two arrows deep, a second comment left unanswered, a
previous-post link and a platform, theme or host credit); no reply addressed by name on any page), taken from work and
business and from blogs about freelancing, bookkeeping for craftspeople, vintage typewriters and soap-making.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 120 but what is named here), held-out set 121 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 120 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 117, 118 and 119, printed with one ast script (/tmp/s122scratch/read120.py, output
/tmp/s122scratch/read120.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 120's, taken from their nodes, and the line binding the three tests is set 120's with 120 ->
122, both by /tmp/s122scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s122scratch/tables122.py, made by /tmp/s122scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s122, detached at commit
bf3f25fbc5d99b9c1974c1b0eb33fd773902c409, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) read120.py ran twice. Its first version looked for a plain assignment of ``_LINE_XFAIL``; set 120's
is annotated, so the tail section came out empty (303 lines, paged with ``sed`` 1 to 200 in the call that ran it and 200
to 303). I changed the script to accept an annotated assignment and ran it again, overwriting the output (442 lines); I
found its section markers with ``grep -n`` on that scratch output and paged its tail section (lines 167 to 306) with
``sed``, with tests/held_out_sets.py printed by ``cat`` in the same call; the rest of the second output repeats the
first. The output holds only the allowed text, which names set 120's scratch paths, its frozen commit, its missed lines
and its left page lines; I saw these only as that text. (2) The worktrees were made with ``git worktree add``, output to
/dev/null; ``ls`` on /tmp/wt-s122 and /tmp/wt-set122 printed only top-level names. ``git status --short`` in /work/main
printed nothing and ``git rev-parse HEAD`` printed 9b66694272ed70657cc8268f040c04b1af270480, not the brief's commit:
main had moved, and as the brief says both worktrees were made at bf3f25fbc5d99b9c1974c1b0eb33fd773902c409. (3) The
helpers were printed by importing tests/test_clean.py and tests/noisy_corpus.py with /work/main/src and /work/main/tests
on the path (SPINSCOPE_DATA=/work/shared/data; /tmp/s122scratch/helpers.py); nothing was run through the cleaner then.
``FIXTURES`` printed as {'en': 'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}.
scripts/clean_held_out_report.py was printed with ``cat`` in the same call. (4) gen.py parses set 120's file with
``ast`` and writes only its import nodes and its last statement (the binding line, 120 -> 122); the lists and pages come
from my scratch files (/tmp/s122scratch/body122.py and pages122.py) and the docstring from /tmp/s122scratch/doc122.txt
(a one-line placeholder at the measurement; wrapped from doc122.src afterwards); it prints nothing. The pages are built
as ``{case.name: (lang, case) for lang, case in [_page(...), ...]}``, as in set 120. Set 120's categories per language
and places were kept as its Contents and Protocol paragraphs give them (marker, reading-time, byline, footer and
comments in every language; share in English, French and Italian; notice in German, Polish and Russian; English three of
each but reading-time (two) and share (one); head 11, body 10, tail 24; keep lines head 7, body 5, tail 8). (5) Before
the measurement /tmp/s122scratch/check.py executed this file with stand-in held_out_sets and noisy_corpus modules
(/tmp/s122scratch/stand) and counted lines by category, place and language (the language from the listing order), keep
lines by place, pages by language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines
or inside other noise lines of the page, overlaps between page lines and held-out noise and keep lines (either inside
the other) and between held-out noise and keep lines and among held-out noise lines (case-insensitively), at-signs and
lines over 120 columns. While drafting, before any check, I gave the portals' reading times new wordings ("Lecture : six
minutes", "Lesedauer: sechs Minuten", "Tempo di lettura: sei minuti", "Czas czytania: 6 min", "Время чтения: 6 минут"),
since the first drafts were the held-out reading-time lines themselves, and renamed the portals' French and Polish
authors and the German and English bylines, which repeated the held-out bylines' names. The first run of check.py found
eight page noise lines holding the page's masthead (copyrights and photo credits; they now name a publisher, the
newsroom or a press office), the ad labels "Publicité", "Werbung", "Pubblicità" and "Реклама" and the table-of-contents
heading "Inhalt" inside keep or held-out lines (they became "Contenu sponsorisé", "Gesponserter Inhalt", "Spazio
promozionale", "Партнёрский материал" and "Auf dieser Seite"; the German menu's "Anzeigen" became "Kleinanzeigen"), two
table-of-contents entries inside the blogs' subheadings ("2. La ricetta", "2. Рецептура"; they became "2. Dosi e
procedimento" and "2. Состав и пропорции") and 9 lines over 120 columns; a length check with ``awk`` counted bytes, not
characters, and was set aside; the second run found only long lines (10, split), the third nothing. After the name
checks of (7) I changed the German shop's family name and the French publisher and replaced the typewriter blog's plug
("My typewriter ribbon tins are in the shop, …"), a near copy of a held-out line, with "Spare ribbons and spool tins are
on the little shop page – link in the menu."; the fourth run found nothing. (6) The two measuring commands ran as the
brief gave them, in one shell call after ``date`` and the last check, with their output sent to scratch files
(/tmp/s122scratch/measure.out and report.out) and then printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s122scratch/problems.py (output problems.out), which imports the copy of this file in
/tmp/wt-s122/tests; it ran ``_problems`` over all 45 noise lines and 20 keep lines, printing only the failing ones (19
and 0, as in the measurement), and over the 12 pages, printing the 10 failing ones. (7) Invented names were checked with
the exact-string search over public GitHub files: Wedmorley, Wedmorley Media, Quiet Carriage Return, Vaucrignac,
Factures et Fougères, Dornselbach, Brakwedel, Belegkiste, Sanvoreto, Saponaria Testarda, Krzewinów, Maszynopis z
Szuflady, Лозоградск, Мыльные опыты and Медиа-Лоза had no hits. Dropped: Brackenstow (hits for Brackenstown, a real
place; the town became Wedmorley), Hollerbrück (hits in a game's place names; the town became Dornselbach) and,
unchecked, Kettler (a real brand; the shop became Eisenwaren Brakwedel) and Éditions du Val (no hits, but it may be a
real publisher; it became Vaucrignac Presse SAS). Kept with hits: Editoriale Costa (only as "editoriale costante"). Not
checked: Mill Lane, the rue des Tanneurs, the Marktstraße, the bylines and quoted people (Aled Prosser, Gwen Tarrant,
Denise Hollin, Clervie Ranfaing, Maëlle Tournesac, Soizic Le Marrec, Wiebke Osterkamp, Lena Brakhage, Bernd Brakwedel,
Ilaria Pedrocchi, Loredana Ferrigno, Halina Przybysz, Agata Wierzbięta, Grażyna Wrzosek, Ольга Мирошникова, Игорь
Пастухов), the blog authors and commenters (Miriam, Nolwenn, Sanne, Graziella, Krysia, Тамара and the commenters' names
and handles) and the names built on checked towns (Wedmorley Evening Post, La Voix de Vaucrignac, Dornselbacher
Rundschau, La Gazzetta di Sanvoreto, Krzewinów Dziś, Лозоградские известия, Media Krzewinów). Numbers are zero-filled
(the company number and the VAT number); there are no e-mail addresses and no at-signs. (8) Real things named, as real
pages do: Infogram, Issuu, Loom, Etsy, Hugo, Netlify, Vim, Bluesky, Mastodon, Threads, Calaméo, OVHcloud, LinkedIn,
Typeform, the Medienstaatsvertrag (MStV), Tableau Public, Ko-fi, Telegram, Scribd, Ghost, VK Video, GetCourse,
Gosuslugi, Facebook, X, WhatsApp, Messenger, Pinterest, WordPress (Penscratch by Automattic, Astra, GeneratePress,
Kadence), Eleventy, Infomaniak, Uberspace, Allegro, VKontakte, Odnoklassniki, Livemaster (Ярмарка Мастеров) and the
Łucznik typewriter. (9) My first clock reading was 2026-12-05 09:26:59 UTC; the measurement ran at 09:29:54 UTC.

Judgement calls: the keep lines opening with or holding "Share of the workforce", "Comments made by the site manager",
"Subscription boxes", "Follow-up inspections", "Copyright disputes", "Print runs", "Posted workers", "Partagé entre
trois repreneurs", "Commentaires et doléances", "Publicité mensongère", "Teilen müssen sich", "Werbung für den Laden",
"Abonnements für den Coworking-Raum", "Condividere gli spazi", "Pubblicità e volantini", "Iscritti al collocamento",
"Reklama sklepu", "Komentując zamknięcie fabryki", "Реклама магазина" and "Комментируя закрытие завода" are article
sentences. Categories as in set 120; the English Etsy and podcast plugs, the Italian Ko-fi plug and the Russian
GetCourse plug are bylines (self-promotion) and sit at the foot; the English opinions-are-my-own line is a footer; the
English upvote-downvote row and the Russian Gosuslugi login line are comment furniture; the German correction note and
the Polish affiliate-links note are notices in the body and the Russian the-author's-opinion notice is a notice at the
foot. On every page the title, the three paragraphs before the subheading (one with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (mastheads and blog names, menus, breadcrumbs,
bylines and authors' names, dates, updated lines, reading times, listen links, follow, app and channel prompts, share
rows, categories and tags, affiliate, sponsorship and advertising disclosures, photo captions and credits, tables of
contents, read-also links, ad, sponsored and partner labels, newsletter prompts, Pinterest, save and bookmark prompts,
plugs, comment counts and headings, comments and replies, load-more links, previous-post links, copyright, legal-links,
Impressum and platform, theme or host credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 120's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-wedmorley-factoryclosure (a biscuit factory's closure), en-blog-quietcarriagereturn-typewriter (a 1958
portable typewriter brought back to life), fr-portail-vaucrignac-coworking (a co-working space in the old tax office),
fr-blog-facturesetfougeres-freelance (three years of freelancing in the country), de-portal-dornselbach-eisenwaren (a
family hardware shop's hundredth year), de-blog-belegkiste-buchhaltung (a potter's cash book),
it-portale-sanvoreto-porto (a harbour's first job fair), it-blog-saponariatestarda-sapone (a first cold-process
olive-oil soap), pl-portal-krzewinow-galeria (a shopping centre's rent dispute), pl-blog-maszynopiszszuflady-maszyna (a
grandfather's Łucznik typewriter cleaned), ru-portal-lozogradsk-sbor (vineyards short of harvest workers) and
ru-blog-mylnyeopyty-mylo (a first olive-oil soap from scratch), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit bf3f25fbc5d99b9c1974c1b0eb33fd773902c409, measured with ``cd /tmp/wt-s122 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s122/src python -m pytest -q tests/test_clean_held_out_122.py -rA -p
no:cacheprovider`` (29 failed, 48 passed) and ``cd /tmp/wt-s122 && PYTHONPATH=/tmp/wt-s122/src python
scripts/clean_held_out_report.py --sets 122``, with the xfail tables empty): noise lines removed 26/45 (marker 1/8,
reading-time 6/7, byline 1/8, footer 5/8, comments 7/8, share 3/3, notice 3/3; the 19 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 2/12 clean (the Polish and Russian portals), 37 of 240
page noise lines left and 1 of 120 article lines lost (the bookkeeping blog's subheading, above the list block that
holds its Pinterest prompt), as ``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 90 (developed on sets 119 and 120: a pin-it or bookmark prompt between list rows no longer
ends the article's list; an English row opening with an -ing verb and its object read as a list row; comment counts
after a colon; embed placeholders of more services and hidden-until-allowed wordings; comment-policy lines;
press-regulator, publisher, no-cookies and static-site footers; reading-time, byline, disclosure and plug lines in new
wordings; this set was written against bf3f25f, before it; measured once with ``scripts/clean_held_out_report.py --sets
122`` at 7a11b9a): noise lines removed 26/45 (unchanged), keep lines 20/20, pages clean 2/12 (unchanged), page noise
lines left 37 -> 31 of 240 (the soap-making blog loses its shop plug and its comment thread under the count
'Комментариев: 5'), article lines lost 1 of 120 (unchanged: the bookkeeping blog's subheading 'Meine Routine'). One page
reason reworded.

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
set 16644 passed, 915 xfailed. Figures before -> after: noise lines removed 26/45 (unchanged: marker 1/8, reading-time
6/7, byline 1/8, footer 5/8, comments 7/8, share 3/3, notice 3/3), keep lines 20/20, pages clean 2 -> 6/12 (the English,
French, German and Italian portals), page noise lines left 31 -> 17 of 240, article lines lost 1 -> 0 of 120 (the
bookkeeping blog's subheading); pytest 48 passed, 29 xfailed -> 52 passed, 25 xfailed. Three page reasons reworded
(de-blog-belegkiste-buchhaltung, fr-blog-facturesetfougeres-freelance, it-blog-saponariatestarda-sapone). Still missed:
the 19 lines of ``_LINE_XFAIL``; the typewriter blog's name, kept with its head block, whose affiliate disclosure is a
sentence; the disclosure sentences under the title (Italian, Russian); the blogs' photo captions between the first and
second paragraphs; the French table of contents; the newsletter prompts between the two last paragraphs (French, German)
and the Russian save-to-your-wall prompt between list rows, read as a row.
"""
from __future__ import annotations
from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_122_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", "Infogram chart loading… if nothing shows after a few seconds, reload the page or read the "
     "summary below.", "marker"),
    ("body", "This Issuu brochure stays blocked until you accept marketing cookies. Open it on issuu.com "
     "instead.", "marker"),
    ("body", "Loom walkthrough unavailable in your browser – a written transcript follows the video.", "marker"),
    ("head", "Reading time · six minutes", "reading-time"),
    ("head", "Fair warning: this one's a slow read, about fifteen minutes with coffee breaks "
     "included.", "reading-time"),
    ("head", "Reporting by Aled Prosser, our business and jobs correspondent, in Wedmorley", "byline"),
    ("tail", "My typewriter ribbon tins are back in the Etsy shop – restocked on the first Sunday of each "
     "month.", "byline"),
    ("tail", "I also host a small podcast about freelance life – search for the blog's name in any podcast "
     "app.", "byline"),
    ("tail", "Registered in England and Wales, company no. 00000000. Registered office as above.", "footer"),
    ("tail", "Built with Hugo, deployed on Netlify, written in Vim on a 2014 laptop.", "footer"),
    ("tail", "All opinions are my own and not those of any client, past or present.", "footer"),
    ("tail", "Showing 12 of 48 comments · Load more", "comments"),
    ("tail", "Upvote · Downvote · Share · Report", "comments"),
    ("tail", "Comments are for subscribers only. Already one? Sign in to join the conversation.", "comments"),
    ("tail", "Pass this on: Bluesky · Mastodon · Threads · Text message", "share"),
    # French (6)
    ("body", "Document Calaméo masqué : acceptez les traceurs tiers pour feuilleter le rapport.", "marker"),
    ("head", "6 minutes à lire", "reading-time"),
    ("head", "Une enquête signée Clervie Ranfaing, service économie", "byline"),
    ("tail", "Site hébergé par OVHcloud – consultez nos mentions légales et notre charte de "
     "confidentialité.", "footer"),
    ("tail", "Afficher les 6 réponses", "comments"),
    ("tail", "Faites circuler : Mastodon, Bluesky, LinkedIn ou par SMS", "share"),
    # German (6)
    ("body", "Eingebettetes Typeform-Formular – erst nach Ihrer Zustimmung zu externen Diensten sichtbar.", "marker"),
    ("head", "6 Minuten Lesezeit", "reading-time"),
    ("head", "Text und Recherche: Wiebke Osterkamp, Wirtschaftsredaktion", "byline"),
    ("tail", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Chefredaktion (Anschrift wie oben)", "footer"),
    ("tail", "Alle Kommentare anzeigen (23)", "comments"),
    ("body", "Korrektur: In einer früheren Fassung stand eine falsche Zahl der Beschäftigten. Wir bitten um "
     "Entschuldigung.", "notice"),
    # Italian (6)
    ("body", "Il grafico di Tableau Public non si è caricato: ricarica la pagina o aprilo a schermo intero.", "marker"),
    ("head", "6 min di lettura", "reading-time"),
    ("tail", "Se il blog vi è utile, offritemi un caffè su Ko-fi: aiuta a pagare l'hosting.", "byline"),
    ("tail", "P. IVA 00000000000 – Tutti i diritti riservati – Privacy e cookie policy", "footer"),
    ("tail", "Vuoi dire la tua? Accedi o registrati per commentare.", "comments"),
    ("tail", "Giralo a chi conosci: Telegram, Mastodon, Bluesky o e-mail", "share"),
    # Polish (6)
    ("body", "Osadzony dokument Scribd wymaga zgody na pliki cookies podmiotów trzecich.", "marker"),
    ("head", "6 minut czytania", "reading-time"),
    ("head", "Notowała Halina Przybysz z działu gospodarczego", "byline"),
    ("tail", "Strona zbudowana na Ghost i utrzymywana na polskim serwerze – kontakt przez formularz.", "footer"),
    ("tail", "Pokaż starsze komentarze", "comments"),
    ("body", "Artykuł zawiera linki afiliacyjne – jeśli coś kupisz, dostaniemy niewielką prowizję.", "notice"),
    # Russian (6)
    ("body", "Плеер VK Видео отключён настройками конфиденциальности. Включите его в параметрах сайта.", "marker"),
    ("head", "6 минут чтения", "reading-time"),
    ("tail", "Мои курсы по мыловарению — на GetCourse, ссылка в профиле.", "byline"),
    ("tail", "© 2026 Редакция. При цитировании гиперссылка на сайт обязательна. 18+", "footer"),
    ("tail", "Войдите через Госуслуги, чтобы оставить комментарий.", "comments"),
    ("tail", "Мнение автора может не совпадать с позицией редакции.", "notice"),
]

HELD_OUT_122_KEEP: list[tuple[str, str]] = [
    ("head", "Share of the workforce on short-time contracts rose to a fifth last year, the union said."),
    ("body", "Comments made by the site manager at the hearing were later withdrawn."),
    ("tail", "Subscription boxes of soap now make up half of her orders, she said."),
    ("head", "Follow-up inspections found that the loading bay had been repaired."),
    ("tail", "Copyright disputes over the old shop sign went to a small-claims court in 1987."),
    ("body", "Print runs of the shop's catalogue reached 20,000 copies in the 1970s."),
    ("tail", "Posted workers from three countries picked the grapes this year."),
    ("head", "Partagé entre trois repreneurs, le site emploiera encore quarante personnes."),
    ("tail", "Commentaires et doléances des commerçants ont été remis au bailleur lundi."),
    ("body", "Publicité mensongère : le syndicat accuse le centre d'avoir promis une fréquentation jamais atteinte."),
    ("head", "Teilen müssen sich die Gründer den Raum vorerst mit einem Fahrradladen."),
    ("tail", "Werbung für den Laden machte schon der Urgroßvater mit handgemalten Schildern."),
    ("body", "Abonnements für den Coworking-Raum kosten 90 Euro im Monat."),
    ("head", "Condividere gli spazi è stata la scelta di venti professionisti del paese."),
    ("tail", "Pubblicità e volantini non bastavano più, racconta la titolare."),
    ("tail", "Iscritti al collocamento in trecento per venti posti al porto, secondo il Comune."),
    ("head", "Reklama sklepu na przystanku wisi tam od czterdziestu lat."),
    ("body", "Komentując zamknięcie fabryki, burmistrz mówił o ciosie dla miasta."),
    ("head", "Реклама магазина на вокзале висит с 1970-х годов."),
    ("tail", "Комментируя закрытие завода, глава района пообещал помощь уволенным."),
]

HELD_OUT_122_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-wedmorley-factoryclosure", [
        ["-Wedmorley Evening Post", "-News | Business | Sport | What's On | Jobs"],
        ["+Biscuit factory to close in March with 210 jobs lost"],
        ["-By Gwen Tarrant, business reporter", "-Thursday 12 November 2026, 6:40pm",
         "-Reading time · four minutes", "-The factory gates on Mill Lane at the end of the day shift.",
         "-Picture: Evening Post photographer", "-Share: Facebook · X · WhatsApp · Copy link",
         "-Follow this topic to get an alert when we publish more"],
        ["+The owners of the biscuit factory on Mill Lane have told staff it will close in March after ninety years."],
        ["+Production of the two remaining lines will move to a larger site in the Midlands, the company said."],
        ["-Read also: Town centre bakery changes hands after forty years"],
        ["+\"We knew orders were down, but nobody expected this before Christmas,\" said packer Denise Hollin, who "
         "has worked there since 1994."],
        ["+What happens next", "+A consultation with the union runs until 10 December",
         "+Staff may apply for posts at the new site", "-Sponsored content",
         "+The council has offered advice sessions at the library"],
        ["+The site's future has not been decided, though the land is zoned for industry."],
        ["+The last shift is due to finish on 26 March."],
        ["-Comments (31)", "-MillLaneMo: My mum worked there for thirty years. Gutted.",
         "-↳ Tess_W: Same with my gran, the whole street smelled of ginger nuts.",
         "-↳↳ MillLaneMo: Ha, it did. Every Tuesday.", "-↳↳↳ Kev1979: Tuesdays were custard creams, I'm sure.",
         "-Rob H.: Another one gone. What is left for young people here?",
         "-↳ Jan P.: The new depot is hiring, to be fair.",
         "-View more comments", "-© 2026 Wedmorley Media Ltd · Terms · Privacy · Cookie settings"],
    ]),
    _page("en", "en-blog-quietcarriagereturn-typewriter", [
        ["-The Quiet Carriage Return"],
        ["+Bringing a 1958 portable back to life"],
        ["-Posted 3 October 2026 by Miriam", "-Fair warning: roughly a ten-minute read",
         "-Filed under: portables, restoration, ribbons",
         "-Some links below are affiliate links; I earn a few pence if you buy through them."],
        ["-On this page", "-1. The state it arrived in", "-2. Cleaning the segment", "-3. Ribbon and platen"],
        ["+The portable came from a house clearance in a case that smelled of pipe smoke and damp."],
        ["-The typewriter on my desk the day it arrived, before cleaning."],
        ["+Most of the type slugs were gummed up, and the carriage would not move past the halfway mark."],
        ["+My neighbour, who repaired office machines for thirty years, looked at it and said: \"It only needs "
         "cleaning and patience, not parts.\""],
        ["+What I used", "+Naphtha and a soft toothbrush for the type basket", "-Pin this list for later",
         "+A new cotton ribbon on the original spools", "+Sewing-machine oil, one drop at a time"],
        ["+After three evenings the carriage glides again and the bell rings at the margin."],
        ["-Get new posts by email – sign up in the box on the right"],
        ["+Next time I will tackle the platen, which has gone as hard as a broom handle."],
        ["-Spare ribbons and spool tins are on the little shop page – link in the menu.",
         "-11 comments", "-Fergus: What a lovely machine. Which model is it exactly?",
         "-↳ Miriam: It's a German portable; the serial number says 1958.",
         "-↳↳ Fergus: Thanks, I have the same one in a cupboard.",
         "-Ines: Did you have to remove the carriage to clean it?",
         "-« Previous post: The typewriter that came with a drawer of carbon paper",
         "-Theme: Penscratch by Automattic · Proudly powered by WordPress"],
    ]),

    _page("fr", "fr-portail-vaucrignac-coworking", [
        ["-La Voix de Vaucrignac", "-Accueil > Économie > Commerce et entreprises"],
        ["+Un espace de coworking ouvre dans l'ancienne perception"],
        ["-Maëlle Tournesac", "-Publié le 4 novembre 2026 à 11h15", "-Lecture : six minutes",
         "-La grande salle de l'ancienne perception, rue des Tanneurs.", "-© La Voix / M. T.",
         "-Partager : Facebook · X · WhatsApp · Copier le lien",
         "-Suivez l'actualité de votre commune sur notre appli"],
        ["+Fermée depuis 2019, l'ancienne perception de la rue des Tanneurs accueille depuis lundi douze postes de "
         "travail partagés."],
        ["+La commune a loué le bâtiment à une association de travailleurs indépendants pour un euro symbolique."],
        ["-À lire aussi : Le marché couvert rouvre après travaux"],
        ["+« Avant, je travaillais dans ma cuisine ; ici, j'ai enfin un bureau et des collègues », raconte Soizic "
         "Le Marrec, graphiste."],
        ["+Ce que propose le lieu", "+Un bureau à la journée pour huit euros",
         "+Une salle de réunion réservable en ligne", "-Contenu sponsorisé",
         "+Un atelier mensuel sur la création d'entreprise"],
        ["+Le fibrage du bâtiment a été financé par l'intercommunalité."],
        ["+Une inauguration officielle est prévue le 20 novembre."],
        ["-12 commentaires", "-Gwenola: Enfin une bonne idée pour le centre-ville !",
         "-↳ Pierrot56: Il faudrait quand même un parking.", "-↳↳ Gwenola: Il y en a un derrière la mairie.",
         "-↳↳↳ Pierrot56: Toujours plein le jeudi, jour de marché.",
         "-Anne-Laure: Est-ce ouvert le samedi ?", "-↳ Fañch: Oui, le matin seulement.",
         "-Charger plus de commentaires", "-© 2026 Vaucrignac Presse SAS – Mentions légales – Gestion des cookies"],
    ]),
    _page("fr", "fr-blog-facturesetfougeres-freelance", [
        ["-Factures et Fougères"],
        ["+Trois ans de freelance à la campagne : ce que j'aurais aimé savoir"],
        ["-Le 2 octobre 2026, par Nolwenn", "-Environ neuf minutes de lecture", "-Rubrique : vie d'indépendante",
         "-Cet article n'est pas sponsorisé ; certains liens sont affiliés."],
        ["-Au sommaire", "-1. La question du tarif", "-2. Les clients qui disparaissent", "-3. Le réseau local"],
        ["+Quand j'ai quitté l'agence pour m'installer à la campagne, j'avais deux clients et beaucoup d'optimisme."],
        ["-Mon bureau dans l'ancienne laiterie, un matin de brume."],
        ["+La première année, j'ai sous-estimé le temps passé à relancer les factures."],
        ["+Une amie comptable m'a dit un jour : « Ton tarif, c'est ce que coûte ton temps, pas ce que tu oses "
         "demander. »"],
        ["+Mes trois règles", "+Un acompte de trente pour cent avant de commencer",
         "-Épinglez cette liste sur Pinterest", "+Des relances écrites à J+15 et J+30",
         "+Un après-midi par semaine sans clients"],
        ["+Aujourd'hui, la moitié de mes clients sont des entreprises du canton."],
        ["-Recevez mes articles une fois par mois – inscription en bas de page"],
        ["+Je ne reviendrais en ville pour rien au monde, même pour un meilleur tarif."],
        ["-Mon modèle de devis est disponible dans la boutique du blog.", "-7 commentaires",
         "-Morgane: Merci, la règle de l'acompte m'a sauvée cette année.",
         "-↳ Nolwenn: Ravie de l'entendre !", "-↳↳ Morgane: Et mes clients ne protestent même pas.",
         "-Jean-Yves: Et la connexion internet, ça tient ?",
         "-Article précédent : Mon premier salon professionnel",
         "-Propulsé par Eleventy · Hébergé chez Infomaniak"],
    ]),
    _page("de", "de-portal-dornselbach-eisenwaren", [
        ["-Dornselbacher Rundschau", "-Lokales · Wirtschaft · Sport · Kultur · Kleinanzeigen"],
        ["+Eisenwaren Brakwedel feiert hundert Jahre in der Marktstraße"],
        ["-Von Lena Brakhage", "-Aktualisiert am 7. November 2026, 08:12 Uhr", "-Lesedauer: sechs Minuten",
         "-Artikel vorlesen lassen", "-Drei Generationen hinter dem Ladentisch: Inhaber Bernd Brakwedel mit Tochter "
         "und Vater.", "-Foto: Rundschau / L. B.", "-Diesen Artikel teilen: Facebook, WhatsApp, E-Mail"],
        ["+Seit 1926 verkauft die Familie Brakwedel in der Marktstraße Schrauben, Nägel und Werkzeug."],
        ["+Der Laden hat zwei Weltwirtschaftskrisen und drei Baumärkte am Stadtrand überstanden."],
        ["-Lesen Sie auch: Metzgerei am Rathausplatz sucht Nachfolger"],
        ["+„Die Leute kommen wegen einer einzelnen Schraube und bleiben zum Reden“, sagt Bernd Brakwedel."],
        ["+So wird gefeiert", "+Am Samstag gibt es Kaffee und Kuchen vor dem Laden",
         "+Der Großvater zeigt alte Kassenbücher", "-Gesponserter Inhalt",
         "+Jeder Kunde bekommt einen Zollstock mit Jubiläumsaufdruck"],
        ["+Die Tochter will den Laden in vierter Generation weiterführen."],
        ["+Ein Onlineshop ist aber nicht geplant."],
        ["-Kommentare (9)", "-Hanne_D: Bester Laden der Stadt, ohne Frage.",
         "-↳ Ralf K.: Stimmt, und die Beratung ist unbezahlbar.", "-↳↳ Hanne_D: Vor allem beim Dübelkauf.",
         "-↳↳↳ Ralf K.: Da bin ich jedes Mal verloren.", "-Ute S.: Herzlichen Glückwunsch zum Hundertsten!",
         "-↳ Eisenwaren Brakwedel: Danke, Frau S.!", "-Weitere Kommentare laden",
         "-Impressum · Datenschutz · AGB · © 2026 Rundschau Verlag"],
    ]),
    _page("de", "de-blog-belegkiste-buchhaltung", [
        ["-Belegkiste – Buchhaltung fürs Handwerk"],
        ["+Kassenbuch für die Töpferwerkstatt: so halte ich Ordnung"],
        ["-3. Oktober 2026 · Sanne", "-Etwa sieben Minuten Lesezeit", "-Kategorie: Belege, Kasse, Steuern",
         "-Dieser Beitrag enthält Affiliate-Links."],
        ["-Auf dieser Seite", "-1. Warum überhaupt ein Kassenbuch", "-2. Meine Ablage",
         "-3. Was die Steuerberaterin sagt"],
        ["+Auf Märkten bezahlen viele Kundinnen meine Tassen immer noch bar."],
        ["-Mein Kassenbuch neben der Drehscheibe."],
        ["+Früher landeten die Quittungen in einer Schuhschachtel, heute in einem Ordner pro Monat."],
        ["+Meine Steuerberaterin sagt immer: „Ein Beleg, der fehlt, kostet mehr als eine Stunde Ordnung.“"],
        ["+Meine Routine", "+Jeden Abend die Tageseinnahmen eintragen", "-Diese Liste auf Pinterest merken",
         "+Einmal pro Woche die Belege nummerieren", "+Am Monatsende den Kassenbestand zählen"],
        ["+Seit ich das so mache, dauert die Steuererklärung zwei Tage statt zwei Wochen."],
        ["-Neue Beiträge per Newsletter bekommen – Anmeldung unten"],
        ["+Im nächsten Beitrag geht es um Rechnungen mit Kleinunternehmerregelung."],
        ["-Meine Kassenbuch-Vorlage gibt es als PDF im Shop.", "-5 Kommentare",
         "-Tischlerin_Anke: Sehr hilfreich, danke!", "-↳ Sanne: Gern geschehen, Anke.",
         "-↳↳ Tischlerin_Anke: Gilt das auch für Kartenzahlung?", "-Jörg M.: Ich mache das alles digital.",
         "-Vorheriger Beitrag: Umsatzsteuer auf Märkten", "-Erstellt mit Hugo · Gehostet bei Uberspace"],
    ]),
    _page("it", "it-portale-sanvoreto-porto", [
        ["-La Gazzetta di Sanvoreto", "-Cronaca | Economia | Sport | Porto | Necrologi"],
        ["+Al porto la prima fiera del lavoro: trecento curricula in un giorno"],
        ["-di Ilaria Pedrocchi", "-Pubblicato il 9 novembre 2026 alle 17:20", "-Tempo di lettura: sei minuti",
         "-La fila davanti alla stazione marittima nella mattinata di sabato.", "-Foto Gazzetta / I. P.",
         "-Condividi: Facebook · X · WhatsApp · Copia link", "-Segui Sanvoreto sul nostro canale WhatsApp"],
        ["+Sabato la stazione marittima ha ospitato la prima fiera del lavoro del porto."],
        ["+Venti aziende tra cantieri, spedizionieri e traghetti cercavano personale per la prossima stagione."],
        ["-Leggi anche: Nuovo orario dei traghetti per l'isola"],
        ["+«Non pensavamo di vedere così tanti giovani», ha detto Loredana Ferrigno, responsabile del personale "
         "di un cantiere."],
        ["+I profili più richiesti", "+Saldatori e carpentieri navali", "+Addetti all'ormeggio",
         "-Spazio promozionale", "+Personale di bordo con certificazione di sicurezza"],
        ["+Il Comune vuole ripetere la fiera ogni primavera."],
        ["+I colloqui proseguiranno per tutto il mese."],
        ["-14 commenti", "-Mario_B: Finalmente qualcosa di concreto.",
         "-↳ Tina R.: Mio figlio ha già un colloquio martedì!", "-↳↳ Mario_B: In bocca al lupo.",
         "-↳↳↳ Tina R.: Crepi, grazie!", "-Franco: E le paghe? Nessuno ne parla.",
         "-↳ Sabrina: Dipende dal contratto nazionale.", "-Mostra altri commenti",
         "-© 2026 Editoriale Costa – Note legali – Impostazioni cookie"],
    ]),
    _page("it", "it-blog-saponariatestarda-sapone", [
        ["-Saponaria Testarda"],
        ["+Sapone all'olio d'oliva: la mia prima colata a freddo"],
        ["-5 ottobre 2026 · di Graziella", "-Circa otto minuti di lettura", "-Categoria: saponi, ricette",
         "-Nessun prodotto in questo articolo mi è stato regalato."],
        ["-Indice", "-1. Attrezzatura", "-2. Dosi e procedimento", "-3. Stagionatura"],
        ["+Ho rimandato per mesi perché la soda caustica mi faceva paura."],
        ["-Le saponette appena tagliate sulla griglia di legno."],
        ["+Alla fine ho comprato guanti, occhiali e una bilancia di precisione."],
        ["+La signora del corso mi aveva detto: «La soda si rispetta, non si teme.»"],
        ["+La ricetta", "+Olio d'oliva, settecento grammi", "-Salva questa ricetta su Pinterest",
         "+Acqua distillata, duecento grammi", "+Soda caustica secondo il calcolatore"],
        ["+Dopo sei settimane di stagionatura il sapone fa una schiuma cremosa."],
        ["-Iscriviti alla newsletter per ricevere le nuove ricette"],
        ["+La prossima volta proverò ad aggiungere la lavanda dell'orto."],
        ["-Le mie saponette sono in vendita nel negozio del blog.", "-6 commenti",
         "-Carla: Che belle! Quanto durano?", "-↳ Graziella: Anche un anno, se le tieni all'asciutto.",
         "-↳↳ Carla: Allora ci provo anch'io.", "-Pino: Usi stampi in silicone?",
         "-Articolo precedente: Il mio angolo laboratorio", "-Tema Astra · Realizzato con WordPress"],
    ]),
    _page("pl", "pl-portal-krzewinow-galeria", [
        ["-Krzewinów Dziś", "-Wiadomości · Biznes · Sport · Kultura · Ogłoszenia"],
        ["+Spór o czynsze w galerii przy rondzie. Najemcy grożą wyprowadzką"],
        ["-Agata Wierzbięta", "-Opublikowano: 10.11.2026, 14:30", "-Czas czytania: 6 min",
         "-Posłuchaj artykułu", "-Pasaż galerii w poniedziałkowe popołudnie.", "-Fot. redakcja",
         "-Udostępnij: Facebook · X · Messenger"],
        ["+Najemcy galerii handlowej przy rondzie dostali zapowiedź podwyżki czynszów o jedną czwartą."],
        ["+Właściciel obiektu tłumaczy ją rosnącymi kosztami ogrzewania i ochrony."],
        ["-Czytaj także: Nowy parking przy dworcu już otwarty"],
        ["+„Przy takich stawkach zamknę kwiaciarnię po Nowym Roku” – mówi Grażyna Wrzosek, najemczyni od 2011 roku."],
        ["+Czego chcą najemcy", "+Rozłożenia podwyżki na dwa lata", "+Jawnego rozliczenia kosztów wspólnych",
         "-Materiał reklamowy", "+Mediacji z udziałem miasta"],
        ["+Burmistrz zaproponował spotkanie obu stron w ratuszu."],
        ["+Termin rozmów ma zostać ustalony w przyszłym tygodniu."],
        ["-Komentarze (17)", "-krzewinianka: Szkoda kwiaciarni, kupuję tam od lat.",
         "-↳ Darek_R: Wszędzie podwyżki, nie tylko tam.", "-↳↳ krzewinianka: Ale nie o jedną czwartą.",
         "-↳↳↳ Darek_R: Fakt, to przesada.", "-Bożena: A kino w galerii zostaje?",
         "-↳ Piotrek: Podobno tak, do końca umowy.", "-Załaduj więcej komentarzy",
         "-© 2026 Media Krzewinów · Regulamin · Polityka prywatności"],
    ]),
    _page("pl", "pl-blog-maszynopiszszuflady-maszyna", [
        ["-Maszynopis z Szuflady"],
        ["+Łucznik po dziadku: czyszczenie i nowa taśma"],
        ["-8 października 2026 · Krysia", "-Około sześciu minut czytania", "-Tagi: maszyny, renowacja",
         "-Wpis nie jest sponsorowany."],
        ["-Spis treści", "-1. Stan po wyjęciu z szafy", "-2. Czyszczenie czcionek", "-3. Wymiana taśmy"],
        ["+Maszyna przeleżała w szafie dziadka ponad trzydzieści lat."],
        ["-Maszyna na stole w kuchni, jeszcze przed czyszczeniem."],
        ["+Karetka chodziła ciężko, a litera „ł” w ogóle nie odbijała."],
        ["+Pan z warsztatu na rynku powiedział mi: „Ona nie jest zepsuta, tylko brudna.”"],
        ["+Czego użyłam", "+Benzyny ekstrakcyjnej i szczoteczki do zębów", "-Zapisz tę listę na później",
         "+Nowej taśmy bawełnianej", "+Kropli oleju do maszyn do szycia"],
        ["+Po dwóch wieczorach maszyna pisze równo i dzwonek znów działa."],
        ["-Zapisz się na newsletter, by nie przegapić kolejnych wpisów"],
        ["+Następnym razem zajmę się wałkiem, który stwardniał jak kamień."],
        ["-Taśmy do maszyn sprzedaję w moim sklepiku na Allegro.", "-Komentarze: 4",
         "-Zbyszek: Piękny egzemplarz! Który to rocznik?", "-↳ Krysia: Chyba 1974, sądząc po numerze.",
         "-↳↳ Zbyszek: Mam taki sam, tylko zielony.", "-Ola: Gdzie kupiłaś taśmę?",
         "-Poprzedni wpis: Walizka maszynopisów z pchlego targu", "-Motyw: GeneratePress · WordPress"],
    ]),
    _page("ru", "ru-portal-lozogradsk-sbor", [
        ["-Лозоградские известия", "-Новости · Экономика · Происшествия · Афиша"],
        ["+На виноградниках под Лозоградском не хватает сборщиков"],
        ["-Текст: Ольга Мирошникова", "-13 сентября 2026, 09:45", "-Время чтения: 6 минут",
         "-Слушать новость", "-Сборщицы на винограднике у балки, утро пятницы.", "-Фото: пресс-служба хозяйства",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+Винодельческие хозяйства района второй год подряд не могут набрать сборщиков на сезон."],
        ["+Из-за этого часть урожая остаётся на лозе до первых заморозков."],
        ["-Читайте также: В городе открылся новый рынок"],
        ["+«Платим в полтора раза больше, чем в прошлом году, а людей всё равно нет», — говорит агроном Игорь "
         "Пастухов."],
        ["+Что предлагают хозяйства", "+Бесплатное жильё и питание", "+Подвоз из города каждое утро",
         "-Партнёрский материал", "+Оплату за каждый собранный ящик"],
        ["+Центр занятости обещает провести ярмарку вакансий до конца месяца."],
        ["+Сбор продлится до середины октября."],
        ["-Комментарии (22)", "-Людмила: Моя дочь ездила, понравилось.",
         "-↳ Сергей В.: А сколько платят за ящик?", "-↳↳ Людмила: Говорит, хватило на ноутбук.",
         "-↳↳↳ Сергей В.: Неплохо для студентки.", "-Геннадий: Раньше весь город выходил на сбор.",
         "-↳ Тоня: Раньше и винзавод работал.", "-Показать ещё комментарии",
         "-© 2026, ООО «Медиа-Лоза». Все права защищены."],
    ]),
    _page("ru", "ru-blog-mylnyeopyty-mylo", [
        ["-Мыльные опыты"],
        ["+Мыло с нуля: первая варка на оливковом масле"],
        ["-6 октября 2026 · Тамара", "-Читается примерно за семь минут", "-Рубрика: рецепты, мыловарение",
         "-В посте нет рекламы и партнёрских ссылок."],
        ["-Содержание", "-1. Инструменты", "-2. Состав и пропорции", "-3. Созревание"],
        ["+Я долго боялась щёлочи и варила мыло только из готовой основы."],
        ["-Свежие бруски на деревянной решётке."],
        ["+В этом году купила перчатки, очки и точные весы."],
        ["+Моя наставница говорила: «Щёлочь надо уважать, а не бояться»."],
        ["+Рецептура", "+Оливковое масло, семьсот граммов", "-Сохраните рецепт себе на стену",
         "+Дистиллированная вода, двести граммов", "+Щёлочь по калькулятору"],
        ["+Через шесть недель мыло стало твёрдым и мягко пенится."],
        ["-Подпишитесь на рассылку, чтобы не пропустить новые рецепты"],
        ["+В следующий раз добавлю календулу с огорода."],
        ["-Готовое мыло продаю на Ярмарке Мастеров, ищите по названию блога.", "-Комментариев: 5",
         "-Вера: Какая красота! Сколько оно хранится?", "-↳ Тамара: До года, если держать в сухом месте.",
         "-↳↳ Вера: Попробую, спасибо!", "-Алла: А формы силиконовые?",
         "-← Предыдущая запись: Мой уголок для мыловарения", "-Работает на WordPress · Тема Kadence"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Loom walkthrough unavailable in your browser – a written transcript follows the video.":
        "an English unavailable Loom walkthrough placeholder ('Loom walkthrough unavailable in your browser – a "
        "written transcript follows the video.') is left in the body",
    "Fair warning: this one's a slow read, about fifteen minutes with coffee breaks included.":
        "an English blog's fair-warning reading estimate ('Fair warning: this one's a slow read, about fifteen "
        "minutes with coffee breaks included.') is left at the head",
    "Reporting by Aled Prosser, our business and jobs correspondent, in Wedmorley":
        "an English reporting-by byline with the reporter's beat and town ('Reporting by Aled Prosser, our business "
        "and jobs correspondent, in Wedmorley') is left at the head",
    "I also host a small podcast about freelance life – search for the blog's name in any podcast app.":
        "an English blog's freelance-podcast plug ('I also host a small podcast about freelance life – search for "
        "the blog's name in any podcast app.') is left at the foot",
    "All opinions are my own and not those of any client, past or present.":
        "an English blog's opinions-are-my-own footer ('All opinions are my own and not those of any client, past "
        "or present.') is left at the foot",
    "Comments are for subscribers only. Already one? Sign in to join the conversation.":
        "an English comments-for-subscribers-only line ('Comments are for subscribers only. Already one? Sign in to "
        "join the conversation.') is left at the foot",
    "Document Calaméo masqué : acceptez les traceurs tiers pour feuilleter le rapport.":
        "a French hidden Calaméo document placeholder ('Document Calaméo masqué : acceptez les traceurs tiers pour "
        "feuilleter le rapport.') is left in the body",
    "Une enquête signée Clervie Ranfaing, service économie":
        "a French an-inquiry-signed-by byline with the desk ('Une enquête signée Clervie Ranfaing, service "
        "économie') is left at the head",
    "Site hébergé par OVHcloud – consultez nos mentions légales et notre charte de confidentialité.":
        "a French hosted-by-OVHcloud-and-legal-notices footer ('Site hébergé par OVHcloud – consultez nos mentions "
        "légales et notre charte de confidentialité.') is left at the foot",
    "Eingebettetes Typeform-Formular – erst nach Ihrer Zustimmung zu externen Diensten sichtbar.":
        "a German embedded Typeform consent placeholder ('Eingebettetes Typeform-Formular – erst nach Ihrer "
        "Zustimmung zu externen Diensten sichtbar.') is left in the body",
    "Il grafico di Tableau Public non si è caricato: ricarica la pagina o aprilo a schermo intero.":
        "an Italian Tableau Public chart failure ('Il grafico di Tableau Public non si è caricato: ricarica la "
        "pagina o aprilo a schermo intero.') is left in the body",
    "Osadzony dokument Scribd wymaga zgody na pliki cookies podmiotów trzecich.":
        "a Polish embedded Scribd document consent placeholder ('Osadzony dokument Scribd wymaga zgody na pliki "
        "cookies podmiotów trzecich.') is left in the body",
    "Notowała Halina Przybysz z działu gospodarczego":
        "a Polish noted-down-by byline with the desk ('Notowała Halina Przybysz z działu gospodarczego') is left at "
        "the head",
    "Strona zbudowana na Ghost i utrzymywana na polskim serwerze – kontakt przez formularz.":
        "a Polish built-on-Ghost footer ('Strona zbudowana na Ghost i utrzymywana na polskim serwerze – kontakt "
        "przez formularz.') is left at the foot",
    "Плеер VK Видео отключён настройками конфиденциальности. Включите его в параметрах сайта.":
        "a Russian VK Video player disabled by privacy settings ('Плеер VK Видео отключён настройками "
        "конфиденциальности. Включите его в параметрах сайта.') is left in the body",
    "Мои курсы по мыловарению — на GetCourse, ссылка в профиле.":
        "a Russian blog's GetCourse soap-making-courses plug ('Мои курсы по мыловарению — на GetCourse, ссылка в "
        "профиле.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-quietcarriagereturn-typewriter":
        "the typewriter blog's 1958-portable post keeps its blog name ('The Quiet Carriage Return') above the "
        "title, its affiliate disclosure ('Some links below are affiliate links; I earn a few pence if you buy "
        "through them.') under the title and its photo caption ('The typewriter on my desk the day it arrived, "
        "before cleaning.') between the first and second paragraphs (3 of 20 noise lines)",
    "fr-blog-facturesetfougeres-freelance":
        "the freelancing blog's three-years post keeps its photo caption ('Mon bureau dans l'ancienne laiterie, un "
        "matin de brume.') between the first and second paragraphs and its monthly-newsletter prompt ('Recevez mes "
        "articles une fois par mois – inscription en bas de page') between the two last paragraphs (2 of 20 noise "
        "lines; its table of contents under 'Au sommaire' goes since round 102)",
    "de-blog-belegkiste-buchhaltung":
        "the bookkeeping blog's cash-book post keeps its photo caption ('Mein Kassenbuch neben der Drehscheibe.') "
        "between the first and second paragraphs and its newsletter prompt ('Neue Beiträge per Newsletter bekommen "
        "– Anmeldung unten') between the two last paragraphs (2 of 20 noise lines)",
    "it-blog-saponariatestarda-sapone":
        "the soap-making blog's cold-process post keeps its no-gifted-products line ('Nessun prodotto in questo "
        "articolo mi è stato regalato.') under the title and its photo caption ('Le saponette appena tagliate sulla "
        "griglia di legno.') between the first and second paragraphs (2 of 20 noise lines)",
    "pl-blog-maszynopiszszuflady-maszyna":
        "the typewriter blog's grandfather's-Łucznik post keeps its photo caption ('Maszyna na stole w kuchni, "
        "jeszcze przed czyszczeniem.') between the first and second paragraphs (1 of 20 noise lines)",
    "ru-blog-mylnyeopyty-mylo":
        "the soap-making blog's first-batch post keeps its no-advertising line ('В посте нет рекламы и партнёрских "
        "ссылок.') under the title, its photo caption ('Свежие бруски на деревянной решётке.') between the first "
        "and second paragraphs and its save-to-your-wall prompt ('Сохраните рецепт себе на стену') between the "
        "first and second list rows (3 of 20 noise lines)",
}


test_held_out_122_line, test_held_out_122_line_is_kept, test_held_out_122_page = held_out_tests(
    HELD_OUT_122_LINES, HELD_OUT_122_KEEP, HELD_OUT_122_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
