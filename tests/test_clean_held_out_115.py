"""Held-out set 115: written blind, weighted toward the noise the cleaner exists for, in shapes set 114's docstring does
not name (nor the first paragraphs of sets 111, 112 and 113): scraper, embed and ad markers (an English Acast
audio-player placeholder "Audio player loading – this Acast episode starts once you accept marketing cookies.", an
English Bluesky embed failure "This Bluesky post could not be shown here. View it on bsky.app instead.", an English
Mapbox map placeholder "A Mapbox map of the new stalls should load here; on slow connections it may stay grey.", a
French refused-social-cookies Instagram placeholder "Ce contenu Instagram ne s'affiche pas : vous avez refusé les
cookies « Réseaux sociaux ».", a German Vimeo consent placeholder "Dieses Video von Vimeo wird erst angezeigt, wenn Sie
der Datenübertragung zustimmen.", an Italian Komoot map failure "Mappa non disponibile: abilita JavaScript per vedere il
percorso su Komoot.", a Polish ad-then-video break "Reklama · Dalsza część artykułu pod materiałem wideo" and a Russian
Telegram-post placeholder "Публикация из Telegram не отображается. Откройте её в мессенджере."); reading-time headers in
new wordings (the English "6-minute read · 1,150 words · Market news" and a blog's "Fair warning: this is a long one, so
put the kettle on and maybe start a batch while you read.", the French "Article de 5 min", the German "Geschätzte
Lesezeit: fünf Minuten", the Italian "Tempo stimato di lettura: cinque minuti", the Polish "Szacowany czas czytania: 5
minut" and the Russian "Время чтения — около 5 минут"); bylines and self-promotion (an English reporting-by byline with
additional reporting by a desk, an English Etsy plans plug, an English Ko-fi shop plug, a French from-our-correspondent
byline, a German a-piece-by byline with dpa material, an Italian Telegram-channel plug, a Polish compiled-by-and-photos
byline and a Russian Rutube-channel plug); blog and site footers (an English reader-owned community-benefit-society
line, a Hugo-on-a-Hetzner-box credit, a recipes-tested-please-credit line, a French WordPress-Astra-and-host credit, a
German responsible-under-§ 18 MStV line, an Italian VAT-number-rights-and-cookie row, a Polish publisher-and-address
line and a Russian 18+ editorial-opinion line); reader-comment furniture (an English show-more-replies link, an English
subscribers-only comments line, an English load-earlier-comments link, a French react-to-this-article count, a German
write-a-comment login line, an Italian show-more-replies link, a Polish show-all-comments link and a Russian count with
log-in line); share rows (an English Bluesky, Mastodon, WhatsApp and copy-link row, a French Bluesky, WhatsApp, LinkedIn
and copy-link row and an Italian Bluesky, Telegram, Facebook and print row); and notices (a German correction note, a
Polish correction note and a Russian updated-with-a-comment note); and toward whole scraped news and hobby-blog pages in
layouts set 114's docstring does not describe (one noise line above the title on three pages, two on two and three on
seven, with the blog name and tagline above the title on three and a weather line on five; one block of four to eight
noise lines under the title on every page (four on one, five on one, six on four, seven on three and eight on three),
with a photo caption on all twelve, no safety line, and a table of contents inside that block on six and in its own
block between the first and second paragraphs on one; noise between the first and second paragraphs on six pages,
between the second paragraph and the paragraph with the quote on two and between the paragraph with the quote and the
subheading on four; nothing between the subheading and the first list row; noise between two list rows on eleven pages,
between the first and second rows on seven and between the second and third on four, and none on one; noise between the
last list row and the last paragraphs on three and between the two last paragraphs on four; at the foot eight or nine
lines in one block (eight on six pages, nine on six), with a comment heading or count, a comment, a reply and the
commenter's answer on every page, a second comment on eight, replies nested with arrows on two (a reply to a reply on
one), replies addressed by name ("En réponse à") on one, and most-read, all-news, previous or next-post, share,
subscribe, copyright, legal or back-to-top lines after the thread on every page), taken from food and markets and from
blogs about cheese-making at home, jam-making, vintage cookbooks and tea tasting.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 114 but what is named here), held-out set 116 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 114 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 111, 112 and 113, printed with one ast script (/tmp/s115scratch/read114.py, output
/tmp/s115scratch/out114.txt, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 114's, taken from their nodes, and the line binding the three tests is set 114's with 114 ->
115, both by /tmp/s115scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s115scratch/tables115.py, made by /tmp/s115scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s115, detached at commit
501a79e74b6b425a5610acb06e6c8cb04ecd2f68, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read114.py ran once; its output (373 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 373,
the second call also printing tests/held_out_sets.py with ``cat``); it holds only the allowed text, which names set
114's scratch paths, its frozen commit, its missed lines and its left page lines; I saw these only as that text. Set
114's per-language categories were read from its first paragraph (its line list was not printed). (2) The worktrees
were made with ``git worktree add``, output to /dev/null; ``ls`` on them printed only top-level names (piped to
``head``, which cut the listing of the second; it was checked with ``ls -d`` and ``git branch --show-current``).
``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
501a79e74b6b425a5610acb06e6c8cb04ecd2f68. (3) The helpers were printed by importing tests/test_clean.py and
tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data;
/tmp/s115scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. scripts/clean_held_out_report.py was printed
with ``cat`` in the same call. (4) gen.py parses set 114's file with ``ast`` and writes only its import nodes and its
last statement (the binding line, 114 -> 115); the lists and pages come from my scratch files
(/tmp/s115scratch/body115.py and pages115.py) and the docstring from /tmp/s115scratch/doc115.txt (a one-line
placeholder at the measurement); it prints nothing. The pages are built as ``{case.name: (lang, case) for lang, case in
[_page(...), ...]}``, my own construction, as in set 114's notes. (5) Before the measurement /tmp/s115scratch/check.py
executed this file with stand-in held_out_sets and noisy_corpus modules (/tmp/s115scratch/stand) and counted lines by
category and place, keep lines by place, pages by language, 10 article and 20 noise lines a page, repeats, page noise
lines inside article lines, overlaps between page lines and held-out noise and keep lines (either inside the other) and
between held-out noise and keep lines (case-insensitively), line length and e-mail addresses (any at-sign). Its first
run found 17 problems: nine pages had 16 to 18 noise lines (lines were added: menus, share rows, newsletter and
WhatsApp prompts, an advertising label, tags, next-post, copyright and back-to-top lines); the page lines "Publicité",
"Anzeige" and "Reklama" were inside keep lines (and "Reklama" inside a held-out marker line; they became "PUBLICITÉ – La
suite après l'annonce", "ANZEIGE · Lesen Sie nach der Werbung weiter" and "REKLAMA – przewiń dalej"); the
table-of-contents entry "Das Buch" was inside an article line (the entries became "Zum Buch" and "Zum Rezept"); and two
page lines were over 120 columns (split). The second run found nothing. Per-language counts were kept by construction
and not counted by check.py. After the measurement the layout figures of the first paragraph were read off the
stand-in pages with a throwaway script (block shapes only; nothing through the cleaner). (6) The two measuring commands
ran as the brief gave them, in one shell call after ``date``, with their output sent to scratch files
(/tmp/s115scratch/measure.out and report.out) and then printed; the problems were then printed with ``_problems`` in the
frozen worktree by /tmp/s115scratch/problems.py, which imports the copy of this file in /tmp/wt-s115/tests; it ran
``_problems`` over all 45 noise lines and 20 keep lines, printing only the failing ones (13 and 0, as in the
measurement), and over the 8 failing pages only. (7) Invented names were checked with the exact-string search over
public GitHub files: Haddlestowe, Haddlestowe Courier, Curd and Crock, Vaudrigny, Le Chaudron à Confitures (as
"Chaudron à Confitures"), boulangerie Bellefosse, Trebelsgrund, Kesselheuer, Fettfleck und Goldschnitt, Sciabicola,
Foglia Ostinata, Kminkowice, Podpuszczka i Prasa, Сытоборск, Пенка с таза, Fairclough-Ide, Tréhoudic and Brünjeshagen
had no hits. Dropped: Żurawiniec (a real place and nature reserve; the town became Kminkowice), Foglie Lente (a phrase
in public data; the blog became Foglia Ostinata) and Wędrychowska (a real person; the byline became "Halszka W.").
Not checked: the streets and places (Corn Square, ul. Kolejowa, ul. Zielna, Falkenstein), the first names of the
bylines (Wenna, Armelle, Hauke, Halszka), the quoted and minor people (Ralph Cumber, Delia Ormsby, Mathis Ferrandeau,
Sandra Mühlenkamp, Jörn Kesselheuer, Rosaria Tuccillo, Bartosz K., Renata Ściborek, Ольга Р., Аркадий Хлебников) and
the commenters (Gareth P., Norah W., Tamsin, Ollie R., Josiane M., Lucien, Annick, Rémi, Uwe B., Gitta, Marlies, Kai,
Pino, Carla, Elena, Marco, Ania, Gosia, Wojtek, Сергей, Лидия, Надя, Костя) and the names built on checked towns (the
papers). Numbers are zero-filled (the VAT number and the publisher's address); there are no e-mail addresses. (8) Real
things named, as real pages do: Acast, Bluesky (bsky.app), Mapbox, Instagram, Vimeo, JavaScript, Komoot, Telegram,
Etsy, Ko-fi, dpa, Rutube, Hugo, Hetzner, WordPress, Astra, o2switch, the MStV, Mastodon, WhatsApp, LinkedIn, Facebook,
X, Pinterest, MAX, VKontakte, Odnoklassniki and Tesafilm. (9) My first clock reading was 2026-12-05 06:38:43 UTC; the
measurement ran at 06:41:58 UTC.

Judgement calls: the keep lines opening with or holding "Share of stalls", "Comments from stallholders", "Advertising
the new opening hours", "Subscribe-and-collect", "Related bakeries", "Follow the smell", "Updated hygiene rules",
"Partager un stand", "Publicité ou pas", "Lire la suite du règlement", "Anzeige erstattet", "Kommentare der Nachbarn",
"Teilen wollen sich", "Iscrizioni aperte", "Condividere il ghiaccio", "Leggi comunali", "Reklama banku żywności",
"Komentarze wolontariuszy", "Подписка на овощные наборы" and "Поделиться местом" are article sentences. Categories as
in set 114. The Polish "Reklama · Dalsza część artykułu pod materiałem wideo" is a marker (an ad break), the German and
Polish corrections and the Russian update line are notices, and the Etsy, Ko-fi, Telegram and Rutube plugs are
bylines (self-promotion). On every page the title, the three paragraphs before the subheading (one with the quote), the
subheading, its three list rows and the two last paragraphs are article; everything else (site and blog names,
taglines, menus, breadcrumbs, log-in rows, weather lines, bylines, dates, reading times, listen links, categories, photo
captions and credits, subscription prompts, advertising and affiliate disclosures and links, tables of contents,
read-also, see-also, also-interesting and collection links, ad labels, newsletter, WhatsApp-channel, MAX-channel,
Pinterest, bookmark and share prompts, share rows, comment headings and counts, comments and replies, tags, previous and
next-post links, most-read and all-news links, back-to-top links, footers) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 114's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-haddlestowe-market (a farmers' market moving to a new square), en-blog-curdandcrock-cheese (a first
washed-rind cheese at home), fr-portail-vaudrigny-fournil (a bakery's wood-fired oven relit),
fr-blog-chaudronaconfitures-confitures (a quince jam without added pectin), de-portal-trebelsgrund-brauerei (a
brewery's new bottling hall), de-blog-fettfleckundgoldschnitt-kochbuecher (a 1911 cookbook's meatball recipe),
it-portale-sciabicola-mercatoittico (a fish market's new covered hall), it-blog-fogliaostinata-degustazione (three
oolongs tasted side by side), pl-portal-kminkowice-bankzywnosci (a food bank's winter appeal),
pl-blog-podpuszczkaiprasa-ser (a cheese smoked in a pot at home), ru-portal-sytoborsk-festival (a street-food
festival's new rules) and ru-blog-penkastaza-varenye (a gooseberry jam from an old recipe), each with a reader comment
thread.

Baseline (2026-12-05, cleaner at commit 501a79e74b6b425a5610acb06e6c8cb04ecd2f68, measured with ``cd /tmp/wt-s115 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s115/src python -m pytest -q tests/test_clean_held_out_115.py -rA -p
no:cacheprovider`` (21 failed, 56 passed) and ``cd /tmp/wt-s115 && PYTHONPATH=/tmp/wt-s115/src python
scripts/clean_held_out_report.py --sets 115``, with the xfail tables empty): noise lines removed 32/45 (marker 2/8,
reading-time 6/7, byline 6/8, footer 7/8, comments 7/8, share 3/3, notice 1/3; the 13 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20 (``_KEEP_XFAIL`` is empty); pages 4/12 clean
(en-portal-haddlestowe-market, de-portal-trebelsgrund-brauerei, pl-portal-kminkowice-bankzywnosci and
ru-portal-sytoborsk-festival), 45 of 240 page noise lines left and 0 of 120 article lines lost, as ``_PAGE_XFAIL``
describes. The failing cases are strict xfails.

Still held out after round 87 (developed on sets 113 and 114: one-line comments under a comment heading or count read as
a thread when the same commenter comes back or the row says it replies; a dateless participle clause before a lower-case
main clause kept as the article's; a sentence about advertising at a place in town kept; blogs' no-AI notes; a
correspondent's role after a comma in a photo credit; this set was written against 501a79e, before it; measured once
with ``scripts/clean_held_out_report.py --sets 115`` at 87b4173): noise lines removed 32/45 (unchanged), keep lines
20/20, pages clean 4/12 (unchanged), page noise lines left 45 -> 27 of 240 (the comment threads at the foot of the
cheese, oven, tea and Polish cheese pages go), article lines lost 0 of 120. Four page reasons reworded.

Round 88 (development; this set was read in full from this round on): Fixed for the families, with six-language tests
and near misses in tests/test_clean.py (test_round_88_*): in a blog's head block under its title (the block whose lines
the rules took two or more of, and half, over the first paragraph), a picture's caption with no credit under it, a noun
phrase closed by its full stop joining no two clauses, between lines the rules took (round 85's standfirst with no verb
ends the byline's block and stays) ("The wheels on day twelve, rinds just turning orange.", "Банки на подоконнике, ещё
тёплые."), a safety line under its label ("Safety first: ...", "Attention : ...", "Hinweis: ...", "Attenzione: ...",
"Uwaga: ...", "Внимание: ...") and the blog's tagline in small letters as the block's first line, or above the title
under the blog's name a rule took (page_blocks._mark_head_block_rows, the third kind of caption after round 85's and
round 86's, with _SAFETY_LABEL, _is_tagline and _CLAUSE_JOINER; a standfirst with its verb or a conjunction stays);
unnumbered tables of contents under "On this page" in six languages, under "Indice", "Содержание" or "Contents" above
the article's first paragraph, past a disclosure the rules took in the table's block, or in a block of its own right
under a paragraph (clean._IN_THIS_POST, _mark_tables_of_contents, _unnumbered_toc_end); an embed's placeholder naming
Acast, Mapbox, Komoot, OpenStreetMap or uMap, or saying it is not shown or waits for the reader's consent in its own
words ("once you accept marketing cookies", "ne s'affiche pas :", "wird erst angezeigt, wenn", "der Datenübertragung
zustimmen", "abilita JavaScript", "не отображается."; whole_line_noise._EMBED_PLATFORM and _EMBED_SCREEN_STATE widened,
the state closing its clause: "ne s'affiche pas dans les recherches" stays; round 83's consent placeholders keep their
own words, not merged for lack of time); a correction under its label whose earlier version names no article
("Korrektur: In einer früheren Fassung stand ...", "Sprostowanie: w pierwotnej wersji tekstu ..."; with no label it
stays); a report's byline with the agency's or the town's material or with the writer's desk or beat after a comma ("Ein
Beitrag von ... mit Material von dpa", "Ein Bericht von ..., Lokalredaktion ...", "Servizio di ..., corrispondente dalla
Valle", "Opracowała: ..., na podstawie informacji urzędu gminy"; round 72's compiled-by bylines widened); the blog's
support button ("Unterstütze den Blog mit einem Kaffee", "Поддержать блог") and the pin button to the reader's own
Pinterest board; the call to follow the site's messenger channel with the site named first and the channel last ("Segui
Sciabicola Notizie sul canale WhatsApp", round 68's channel prompts widened). One function was added
(page_blocks._mark_head_block_rows), no class. Across sets 10-114 no article or keep line moved (the report's one lost
pair, fr-portail-montbrezac-chapelle's, is main's too); sets 87, 102, 109 and 110 lose six more noise lines (correction
notes, a Telegram placeholder), sets 92, 98, 100, 102, 110, 113 and 114 gain seven clean pages (their xfail entries
removed; the reasons of their pages still failing were not reworded), page noise lines left over sets 10-116 1143 ->
1062; SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 32 -> 41/45 (marker 2 -> 8/8: the
Acast, Mapbox, Instagram, Vimeo, Komoot and Telegram placeholders; byline 6 -> 7/8: the a-piece-by byline with dpa
material; notice 1 -> 3/3: the German and Polish corrections; reading-time 6/7, footer 7/8, comments 7/8, share 3/3
unchanged; nine xfail entries removed), keep lines 20/20, pages clean 4 -> 8/12 (the cheese blog, the oven story, the
tea blog and the fish-market story; their xfail entries removed, three page reasons reworded), page noise lines left 27
-> 13 of 240, article lines lost 0 of 120; pytest on this file 56 passed, 21 xfailed -> 69 passed, 8 xfailed. Left: the
fair-warning long-post line, the Ko-fi plug, the reader-owned-paper footer and the write-a-comment login line; the jam
blog's name above its title (no rule took it, so its tagline and caption stay), the cookbook blog's ad label and
caption, and the prompts and links between paragraphs and rows (newsletter, affiliate, share and bookmark prompts,
collection and archive links).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_115_LINES: list[tuple[str, str, str]] = [
    ("body", "Audio player loading – this Acast episode starts once you accept marketing cookies.", "marker"),
    ("body", "This Bluesky post could not be shown here. View it on bsky.app instead.", "marker"),
    ("body", "A Mapbox map of the new stalls should load here; on slow connections it may stay grey.", "marker"),
    ("body", "Ce contenu Instagram ne s'affiche pas : vous avez refusé les cookies « Réseaux sociaux ».", "marker"),
    ("body", "Dieses Video von Vimeo wird erst angezeigt, wenn Sie der Datenübertragung zustimmen.", "marker"),
    ("body", "Mappa non disponibile: abilita JavaScript per vedere il percorso su Komoot.", "marker"),
    ("body", "Reklama · Dalsza część artykułu pod materiałem wideo", "marker"),
    ("body", "Публикация из Telegram не отображается. Откройте её в мессенджере.", "marker"),
    ("head", "6-minute read · 1,150 words · Market news", "reading-time"),
    ("head", "Fair warning: this is a long one, so put the kettle on and maybe start a batch while you read.",
     "reading-time"),
    ("head", "Article de 5 min", "reading-time"),
    ("head", "Geschätzte Lesezeit: fünf Minuten", "reading-time"),
    ("head", "Tempo stimato di lettura: cinque minuti", "reading-time"),
    ("head", "Szacowany czas czytania: 5 minut", "reading-time"),
    ("head", "Время чтения — около 5 минут", "reading-time"),
    ("head", "Reporting by Wenna Fairclough-Ide; additional reporting by our markets desk", "byline"),
    ("tail", "My cheese-press plans are on Etsy if you want to build your own – link in the sidebar.", "byline"),
    ("tail", "Members of my Ko-fi shop get the printable recipe cards a week early.", "byline"),
    ("head", "De notre correspondante à Vaudrigny, Armelle Tréhoudic", "byline"),
    ("head", "Ein Beitrag von Hauke Brünjeshagen mit Material von dpa", "byline"),
    ("tail", "Seguimi su Telegram: ogni lunedì una nuova degustazione nel canale.", "byline"),
    ("head", "Opracowanie: Halszka W., zdjęcia: archiwum redakcji", "byline"),
    ("tail", "Мой канал на Rutube — там видео варки каждого варенья.", "byline"),
    ("tail", "This paper is owned by a community benefit society of 1,200 reader-members.", "footer"),
    ("tail", "Made with Hugo, hosted on a little Hetzner box in Falkenstein.", "footer"),
    ("tail", "All recipes on this site are tested in my own kitchen; please credit the blog if you reprint one.",
     "footer"),
    ("tail", "Site réalisé avec WordPress et le thème Astra — Hébergé par o2switch", "footer"),
    ("tail", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: Hauke Brünjeshagen", "footer"),
    ("tail", "P.IVA 00000000000 – Tutti i diritti riservati – Cookie policy", "footer"),
    ("tail", "Wydawca: Spółdzielnia Medialna Kminkowice, ul. Zielna 0, 00-000 Kminkowice", "footer"),
    ("tail", "18+ Мнение редакции может не совпадать с мнением авторов.", "footer"),
    ("tail", "Show 12 more replies", "comments"),
    ("tail", "Comments are open to subscribers only. Log in or subscribe to join the conversation.", "comments"),
    ("tail", "Load earlier comments (38)", "comments"),
    ("tail", "Réagir à cet article — 7 réactions", "comments"),
    ("tail", "Kommentar verfassen: Bitte melden Sie sich mit Ihrem Leserkonto an.", "comments"),
    ("tail", "Mostra altre 9 risposte", "comments"),
    ("tail", "Pokaż wszystkie komentarze (23)", "comments"),
    ("tail", "Комментарии (17) — войдите, чтобы оставить свой", "comments"),
    ("tail", "Share on Bluesky · Mastodon · WhatsApp · Copy link", "share"),
    ("tail", "Partager : Bluesky, WhatsApp, LinkedIn, copier le lien", "share"),
    ("tail", "Condividi: Bluesky · Telegram · Facebook · Stampa", "share"),
    ("body", "Korrektur: In einer früheren Fassung stand ein falsches Eröffnungsdatum.", "notice"),
    ("body", "Sprostowanie: w pierwotnej wersji tekstu błędnie podano godzinę otwarcia.", "notice"),
    ("tail", "Материал обновлён: добавлен комментарий администрации рынка.", "notice"),
]

HELD_OUT_115_KEEP: list[tuple[str, str]] = [
    ("head", "Share of stalls going to first-time traders has doubled since the spring."),
    ("head", "Comments from stallholders were mostly about the lack of shade on the new square."),
    ("head", "Advertising the new opening hours cost the market less than a single banner."),
    ("body", "Subscribe-and-collect veg boxes will be handed out from the old bus shelter."),
    ("tail", "Related bakeries in the valley have been asked to pool their flour order."),
    ("tail", "Follow the smell of woodsmoke and you will find the oven behind the church."),
    ("tail", "Updated hygiene rules mean every food stall must now have a hand-wash sink."),
    ("head", "Partager un stand coûtera désormais moitié moins cher aux petits producteurs."),
    ("body", "Publicité ou pas, la boulangerie n'a jamais eu besoin d'affiche pour remplir son four."),
    ("tail", "Lire la suite du règlement prendra du temps aux commerçants, admet le maire."),
    ("head", "Anzeige erstattet hat die Brauerei nach dem Einbruch im alten Sudhaus nicht."),
    ("body", "Kommentare der Nachbarn zur neuen Abfüllhalle fielen überraschend freundlich aus."),
    ("tail", "Teilen wollen sich die drei Brauer künftig auch den Lieferwagen."),
    ("head", "Iscrizioni aperte fino a sabato per i pescatori che vogliono un banco nella nuova sala."),
    ("tail", "Condividere il ghiaccio tra i banchi farà risparmiare ai pescivendoli mille euro l'anno."),
    ("body", "Leggi comunali più severe vietano ora la vendita di pesce fuori dalla sala coperta."),
    ("head", "Reklama banku żywności zawisła w tym roku na wszystkich przystankach w mieście."),
    ("tail", "Komentarze wolontariuszy zebrano w krótkim raporcie dla rady miasta."),
    ("body", "Подписка на овощные наборы вырастет в цене на десять процентов с января."),
    ("tail", "Поделиться местом на фестивале теперь могут только два соседних фудтрака."),
]

HELD_OUT_115_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-haddlestowe-market", [
        ["-Home | News | Business | Food & Drink | What's On", "-News › Business › Markets",
         "-Haddlestowe 7°C, drizzle"],
        ["+Farmers' market leaves the car park for the new Corn Square"],
        ["-Published 07:15, Thursday 3 December", "-By Ralph Cumber, business reporter", "-4 min read",
         "-Stallholders setting up under the new canopy on Corn Square.", "-Photo: Haddlestowe Courier"],
        ["+After eleven years on the upper car park, the Saturday farmers' market will trade from Corn Square "
         "from the first weekend of January."],
        ["-Read more: Town centre car parking charges to rise in April"],
        ["+The council spent the autumn laying new paving, power points and a water supply for up to forty stalls.",
         "+\"We wanted the market where people actually walk, not behind the supermarket,\" said market manager "
         "Delia Ormsby."],
        ["+What changes for shoppers", "+Trading hours move to 8am until 1pm."],
        ["-Advertisement"],
        ["+Dogs on leads are welcome across the whole square.", "+A free shuttle will run from the park-and-ride "
         "every twenty minutes."],
        ["+Traders will pay the same pitch fee for the first six months."],
        ["-Get the Courier's free weekday newsletter – sign up here"],
        ["+The old car park will return to parking for the leisure centre."],
        ["-9 comments", "-Gareth P.: About time, the car park was freezing in winter.",
         "-↳ Delia (market team): Thanks Gareth, see you on the square!",
         "-↳ ↳ Gareth P.: Will the egg man still be there?", "-Norah W.: Hope the cheese van can get in.",
         "-Most read: Bypass roadworks to last until March", "-Share: Facebook · X · Email",
         "-© Haddlestowe Courier Ltd. All rights reserved.", "-Back to top ↑"],
    ]),
    _page("en", "en-blog-curdandcrock-cheese", [
        ["-Curd and Crock", "-small-batch cheese from a very small kitchen"],
        ["+My first washed-rind cheese, and why the whole flat now smells of it"],
        ["-Posted in Cheese experiments · 28 November", "-About a 9-minute read",
         "-This post contains affiliate links; I may earn a small commission.",
         "-The wheels on day twelve, rinds just turning orange.", "-On this page", "-Making the curd",
         "-Washing the rinds"],
        ["+I have made plenty of fresh cheeses, but a washed rind was the one I kept putting off.",
         "+The recipe calls for four litres of whole milk, a mesophilic culture and a lot of patience.",
         "+\"Wash it with brine every two days and ignore the smell,\" my neighbour told me, helpfully."],
        ["-Save this post to Pinterest for later!"],
        ["+What I used", "+A cheap wine fridge set to thirteen degrees.", "+Two plastic moulds with drainage holes."],
        ["-I bought my moulds here (affiliate link)"],
        ["+A salt brine in an old jam jar, changed every week."],
        ["+After six weeks the rind was sticky, orange and very loud indeed.",
         "+Next time I will try a beer wash instead of plain brine."],
        ["-14 comments", "-Tamsin: Brave! Mine always go mouldy.", "-Curd and Crock: Keep the humidity lower, Tamsin.",
         "-Tamsin: Thank you, will try again.", "-Ollie R.: What milk do you buy?", "-↳ Curd and Crock: Unhomogenised "
         "from the farm shop.", "-← Older post: Ricotta from the whey", "-Newer post: Pressing a cheddar →",
         "-© 2026 Curd and Crock"],
    ]),
    _page("fr", "fr-portail-vaudrigny-fournil", [
        ["-Menu · Rechercher · Se connecter", "-Accueil > Actualités > Commerce", "-Vaudrigny : 5 °C, ciel couvert"],
        ["+Le four à bois de la boulangerie Bellefosse rallumé après deux ans d'arrêt"],
        ["-Publié le 2 décembre à 06h40", "-Par la rédaction", "-Lecture 3 min",
         "-Le four, restauré brique par brique.",
         "-© Photo DR", "-Abonnez-vous pour lire tous nos articles"],
        ["+Le four du fournil, construit en 1923, avait été éteint après une fissure dans la voûte.",
         "+Un maçon de la région a reconstruit la sole et remplacé près de trois cents briques."],
        ["-À lire aussi : La foire aux santons revient place de l'Église"],
        ["+« Le pain n'a pas le même goût au gaz, les clients le sentaient », explique le boulanger Mathis "
         "Ferrandeau."],
        ["+Ce qui change au fournil", "+La première fournée sort désormais à cinq heures."],
        ["+Le bois vient d'une scierie à douze kilomètres.", "+Les pains de campagne passent de deux à trois "
         "variétés."],
        ["-PUBLICITÉ – La suite après l'annonce"],
        ["+La boulangerie organisera une porte ouverte le dimanche 13 décembre.",
         "+Les écoles du canton pourront visiter le fournil au printemps."],
        ["-3 commentaires", "-Josiane M. : Enfin ! On faisait la queue pour ce pain.",
         "-Réponse de Lucien : pareil, vivement dimanche.", "-Josiane M. : On s'y retrouve alors.",
         "-Les plus lus", "-Toute l'actualité de Vaudrigny", "-Mentions légales · Contact · Plan du site",
         "-Partager sur Facebook", "-Haut de page"],
    ]),
    _page("fr", "fr-blog-chaudronaconfitures-confitures", [
        ["-Le Chaudron à Confitures"],
        ["+Confiture de coings : ma recette sans pectine ajoutée"],
        ["-carnet de recettes d'une cuisinière du dimanche", "-Publié le 30 novembre dans Confitures",
         "-Temps de lecture : 6 minutes", "-Les pots encore tièdes sur le rebord de la fenêtre.",
         "-Sommaire", "-Les ingrédients", "-La cuisson", "-Article non sponsorisé"],
        ["+Le coing est le fruit le plus ingrat à éplucher et le plus généreux à cuire."],
        ["-Épinglez cette recette sur Pinterest"],
        ["+Il contient tant de pectine qu'aucun gélifiant n'est nécessaire.",
         "+« Il faut le cuire longtemps, jusqu'à ce qu'il devienne rose », disait ma grand-mère."],
        ["+Pour six pots", "+Un kilo et demi de coings bien jaunes."],
        ["-Mon chaudron en cuivre (lien affilié)"],
        ["+Un kilo de sucre blond.", "+Le jus d'un citron et une gousse de vanille."],
        ["+Comptez deux heures de cuisson à feu doux."],
        ["-Recevez les nouvelles recettes par courriel chaque mois"],
        ["+Les pots se gardent un an dans un placard frais."],
        ["-5 commentaires", "-Annick : Je l'ai faite hier, superbe couleur.", "-En réponse à Annick : merci !",
         "-Rémi : On peut réduire le sucre ?", "-En réponse à Rémi : jusqu'à 700 g, pas moins.",
         "-← Article précédent : Gelée de pommes", "-Article suivant : Pâte de coings →",
         "-Retour en haut"],
    ]),
    _page("de", "de-portal-trebelsgrund-brauerei", [
        ["-Startseite › Lokales › Wirtschaft", "-Trebelsgrund · Dienstag, 1. Dezember", "-E-Paper | Abo | Anmelden"],
        ["+Brauerei Kesselheuer baut neue Abfüllhalle am Ortsrand"],
        ["-Von Sandra Mühlenkamp", "-3 Min.", "-Das alte Sudhaus bleibt Schauraum. Foto: Archiv",
         "-Inhaltsverzeichnis", "-Die Pläne", "-Die Kritik",
         "-Artikel teilen: Facebook | WhatsApp | E-Mail"],
        ["+Die Familienbrauerei will ihre Abfüllung aus der Altstadt an den Gewerbering verlegen."],
        ["+Die neue Halle soll im Herbst fertig sein und zwölf neue Arbeitsplätze bringen.",
         "+„Wir platzen im Sudhaus aus allen Nähten“, sagte Braumeister Jörn Kesselheuer."],
        ["-Auch interessant: Weihnachtsmarkt öffnet mit neuer Eisbahn"],
        ["+Was die Brauerei plant", "+Eine Abfüllanlage für 8000 Flaschen in der Stunde."],
        ["-ANZEIGE · Lesen Sie nach der Werbung weiter"],
        ["+Ein Lager für Leergut mit eigener Zufahrt.", "+Eine Photovoltaikanlage auf dem Dach."],
        ["+Der Gemeinderat stimmte dem Bebauungsplan am Montag zu.", "+Der Ausschank in der Altstadt bleibt "
         "geöffnet."],
        ["-Kommentare (4)", "-Uwe B.: Gut für den Ort, aber bitte an den Lkw-Verkehr denken.",
         "-Antwort von Gitta: Die Zufahrt geht doch über den Ring.", "-Uwe B.: Stimmt, dann passt es.",
         "-Meistgelesen", "-Alle Nachrichten aus Trebelsgrund", "-Impressum | Datenschutz | AGB",
         "-Nach oben"],
    ]),
    _page("de", "de-blog-fettfleckundgoldschnitt-kochbuecher", [
        ["-Fettfleck und Goldschnitt", "-alte Kochbücher, nachgekocht", "-Startseite · Über mich · Archiv"],
        ["+Ein Kochbuch von 1911 und der Königsberger Klops nach Originalrezept"],
        ["-29. November · Kochbuchfunde", "-Lesezeit etwa 7 Minuten",
         "-Der Buchrücken, mit Tesafilm notdürftig geflickt.",
         "-Werbung: unbeauftragt, Buch selbst gekauft"],
        ["+Das Buch fand ich für zwei Euro auf einem Flohmarkt, mit Fettflecken auf fast jeder Seite."],
        ["-Auf einen Blick", "-Zum Buch", "-Zum Rezept"],
        ["+Die Rezepte nennen kaum Mengen, dafür umso mehr Ratschläge für die Hausfrau.",
         "+„Man nehme Kapern nach Belieben, aber nicht zu knapp“, heißt es im Klopsrezept."],
        ["+Was ich verändert habe", "+Statt Rindertalg habe ich Butter genommen."],
        ["+Die Soße habe ich mit Sahne statt Mehlschwitze gebunden."],
        ["-Dieses Buch in meiner Sammlung: alle Beiträge zu 1910er-Kochbüchern"],
        ["+Die Kapern blieben, und zwar reichlich."],
        ["+Das Ergebnis schmeckte erstaunlich modern."],
        ["-Mehr Rezepte aus alten Büchern findest du im Archiv"],
        ["+Als Nächstes koche ich den Bienenstich aus demselben Buch."],
        ["-6 Kommentare", "-Marlies: Hab genau das Buch von meiner Oma!", "-Antwort: Wie schön, Marlies!",
         "-Marlies: Mit den gleichen Flecken vermutlich.", "-Kai: Klopse mit Butter, mutig.",
         "-← Vorheriger Beitrag: Kalter Hund aus den 50ern",
         "-Tags: Kochbücher, Fleisch, 1910er", "-Nach oben ↑"],
    ]),
    _page("it", "it-portale-sciabicola-mercatoittico", [
        ["-Accedi | Abbonati", "-Home · Cronaca · Economia · Sport", "-Sciabicola, 11 °C, vento di maestrale"],
        ["+Il mercato del pesce si trasferisce nella nuova sala coperta del porto"],
        ["-di Redazione", "-3 dicembre 2026, ore 06:50", "-Lettura: 3 minuti",
         "-Il nuovo capannone sulla banchina nord.", "-Foto: Ufficio stampa", "-Ascolta l'articolo"],
        ["+Dopo quarant'anni all'aperto, i banchi del pesce si spostano nel nuovo edificio sulla banchina nord."],
        ["-Leggi anche: Porto, lavori al faro fino a febbraio"],
        ["+La sala ha celle frigorifere, acqua di mare filtrata e ventiquattro postazioni di vendita.",
         "+«Finalmente non lavoriamo più sotto la pioggia», ha detto la pescivendola Rosaria Tuccillo."],
        ["+Le novità per i clienti", "+Il mercato apre alle 6 e chiude alle 13."],
        ["+Il parcheggio è gratuito per la prima ora."],
        ["-Pubblicità"],
        ["+Il sabato è prevista l'asta del pescato dal vivo."],
        ["+L'inaugurazione è fissata per il 19 dicembre."],
        ["-Segui Sciabicola Notizie sul canale WhatsApp"],
        ["+La vecchia piazzetta tornerà ai pedoni."],
        ["-Commenti (3)", "-Pino: Ottima notizia per il porto.", "-Risposta di Carla: Speriamo nei prezzi.",
         "-Pino: Quelli non cambiano mai.", "-I più letti", "-Tutte le notizie", "-Torna su",
         "-Iscriviti alla newsletter"],
    ]),
    _page("it", "it-blog-fogliaostinata-degustazione", [
        ["-Foglia Ostinata"],
        ["+Tre oolong a confronto: una degustazione a casa in tre tazze"],
        ["-appunti di una bevitrice di tè", "-1 dicembre · Degustazioni", "-Si legge in 5 minuti",
         "-Le tre tazze pronte sul vassoio di bambù.", "-Indice", "-Le foglie", "-Le infusioni",
         "-Post non sponsorizzato"],
        ["+Ho scelto tre oolong di ossidazione diversa per capire quanto cambia il sapore."],
        ["+Ho usato la stessa acqua, la stessa temperatura e tempi da trenta secondi.",
         "+«L'oolong va riascoltato a ogni infusione», mi ha detto il negoziante."],
        ["-Salva il post su Pinterest"],
        ["+Le mie note", "+Il primo sa di fiori bianchi e burro."],
        ["-Acquista il set di tazze (link affiliato)"],
        ["+Il secondo ricorda la pesca matura.", "+Il terzo è tostato, quasi di nocciola."],
        ["+Alla quinta infusione il terzo era ancora il più vivo.", "+La prossima volta proverò i pu-erh."],
        ["-4 commenti", "-Elena: Che bel confronto!", "-Foglia Ostinata: Grazie Elena!",
         "-Elena: Il secondo dove l'hai preso?", "-Foglia Ostinata: In una bottega online.",
         "-Marco: Provali a 85 gradi.", "-← Post precedente: Il mio primo gaiwan",
         "-Iscriviti per ricevere i nuovi post", "-© Foglia Ostinata 2026"],
    ]),
    _page("pl", "pl-portal-kminkowice-bankzywnosci", [
        ["-Zaloguj się | Prenumerata", "-Strona główna / Wiadomości / Społeczeństwo", "-Kminkowice, 2°C, zachmurzenie"],
        ["+Bank żywności prosi o pomoc przed zimą: magazyn jest w połowie pusty"],
        ["-2 grudnia 2026, 08:10", "-Autor: Bartosz K.", "-Czas czytania: 3 min",
         "-Wolontariusze przy półkach magazynu.", "-fot. materiały prasowe",
         "-Udostępnij: Facebook, X, e-mail"],
        ["+Magazyn banku żywności przy ul. Kolejowej ma dziś o połowę mniej zapasów niż przed rokiem.",
         "+Najbardziej brakuje kaszy, makaronu, olejów i konserw."],
        ["-Czytaj też: Nowe godziny otwarcia urzędu miasta"],
        ["+„Potrzeby rosną, a darowizn jest mniej”, mówi koordynatorka Renata Ściborek."],
        ["+Jak pomóc", "+Produkty można zostawić w koszach w trzech marketach."],
        ["-REKLAMA – przewiń dalej"],
        ["+Wolontariusze są potrzebni w soboty rano.", "+Firmy mogą zgłosić zbiórkę w biurze banku."],
        ["-Zobacz także: Zbiórka zabawek w szkołach"],
        ["+Zbiórka potrwa do końca stycznia.", "+Paczki trafią do ponad trzystu rodzin."],
        ["-Komentarze (3)", "-Ania: Zaniosę w piątek.", "-Odpowiedź: Dziękujemy!",
         "-Ania: Czy przyjmujecie słodycze?", "-Najczęściej czytane", "-Wszystkie wiadomości",
         "-Polub nas na Facebooku", "-Do góry"],
    ]),
    _page("pl", "pl-blog-podpuszczkaiprasa-ser", [
        ["-Podpuszczka i Prasa", "-domowe serowarstwo bez wielkiego sprzętu"],
        ["+Oscypek w mieszkaniu? Próbowałam wędzić ser w garnku"],
        ["-30 listopada · Sery", "-Czytanie zajmie ok. 6 min", "-Wpis zawiera linki afiliacyjne",
         "-Gotowe serki po wędzeniu.", "-Spis treści", "-Przygotowanie", "-Wędzenie"],
        ["+Prawdziwy oscypek robi się z owczego mleka i wędzi w bacówce, ja miałam krowie mleko i garnek.",
         "+Ser odciskałam w małych formach i suszyłam dobę w lodówce.",
         "+„Nie otwieraj okna, tylko pokrywkę”, poradził mi sąsiad."],
        ["-Zapisz na Pintereście"],
        ["+Co było potrzebne", "+Stary garnek z pokrywką."],
        ["+Trociny olchowe."],
        ["-Moje formy do sera kupiłam tutaj"],
        ["+Ruszt z piekarnika."],
        ["+Efekt był smaczny, ale kuchnia pachniała dymem przez tydzień.", "+Następnym razem wędzę na balkonie."],
        ["-7 komentarzy", "-Gosia: Odważnie!", "-Autorka: Dzięki, Gosia!", "-Gosia: A czujnik dymu?",
         "-Autorka: Wyłączony na godzinę…", "-Wojtek: Polecam trociny bukowe.", "-Poprzedni wpis: Twaróg z kefiru",
         "-Następny wpis: Ser halloumi na grillu", "-Wszystkie treści © Podpuszczka i Prasa"],
    ]),
    _page("ru", "ru-portal-sytoborsk-festival", [
        ["-Главная / Новости / Город", "-Сытоборск, −4 °C, снег", "-Меню · Афиша · Погода"],
        ["+Фестиваль уличной еды вводит новые правила для участников"],
        ["-3 декабря 2026, 09:20", "-Текст: Ольга Р.", "-Читать 3 минуты",
         "-Фудтраки на набережной летом.", "-Фото: пресс-служба", "-Подписывайтесь на наш канал в MAX"],
        ["+Летний фестиваль уличной еды на набережной впервые вводит единые правила для всех участников."],
        ["-Читайте также: На набережной заменят фонари"],
        ["+Каждый фудтрак должен будет подключаться к общей электросети вместо генераторов.",
         "+«Мы хотим убрать шум и дым от генераторов», сказал организатор Аркадий Хлебников."],
        ["+Что изменится", "+Одноразовая пластиковая посуда запрещена."],
        ["-Реклама"],
        ["+Заявки принимаются до 1 марта.", "+Плата за место зависит от площади."],
        ["+Фестиваль пройдёт с 12 по 14 июня.", "+Вход останется бесплатным."],
        ["-Комментарии (4)", "-Сергей: Наконец-то без генераторов.", "-Ответ редакции: Спасибо за отзыв!",
         "-Сергей: Ждём лета.", "-Лидия: А как же кофе навынос?", "-Самое читаемое", "-Все новости",
         "-Поделиться: ВКонтакте · Одноклассники · Telegram", "-© Сытоборск Онлайн, 2026"],
    ]),
    _page("ru", "ru-blog-penkastaza-varenye", [
        ["-Пенка с таза"],
        ["+Варенье из крыжовника «царское»: пробую старый рецепт"],
        ["-блог о варенье и заготовках", "-1 декабря · Варенье", "-Читать минут 6",
         "-Банки на подоконнике, ещё тёплые.", "-Содержание", "-Подготовка ягод", "-Варка",
         "-Пост не рекламный"],
        ["+Царское варенье варят из крыжовника без семян, и это самая долгая часть работы."],
        ["-Понравился рецепт? Поделитесь с подругами"],
        ["+Каждую ягоду надо надрезать и вынуть семечки шпилькой.",
         "+«Варить в три приёма и не мешать ложкой», написано в бабушкиной тетради."],
        ["+Что понадобилось", "+Килограмм зелёного крыжовника."],
        ["-Сохраните рецепт в закладки"],
        ["+Килограмм сахара и стакан воды.", "+Листья вишни для цвета."],
        ["-Мой медный таз — по ссылке"],
        ["+Варенье получилось изумрудным.", "+В следующий раз попробую с апельсином."],
        ["-6 комментариев", "-Надя: Какой цвет!", "-Автор: Спасибо, Надя!", "-Надя: Шпилькой — это подвиг.",
         "-Костя: У мамы тоже такой рецепт.",
         "-← Предыдущая запись: Яблочная пастила", "-Следующая запись: Джем из фейхоа →", "-Наверх"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    "Fair warning: this is a long one, so put the kettle on and maybe start a batch while you read.":
        "an English blog's fair-warning long-post line ('Fair warning: this is a long one, so put the kettle "
        "on and maybe start a batch while you read.') is left at the head",
    "This paper is owned by a community benefit society of 1,200 reader-members.":
        "an English reader-owned-paper footer ('This paper is owned by a community benefit society of 1,200 "
        "reader-members.') is left at the foot",
    "Kommentar verfassen: Bitte melden Sie sich mit Ihrem Leserkonto an.":
        "a German write-a-comment login line ('Kommentar verfassen: Bitte melden Sie sich mit Ihrem "
        "Leserkonto an.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "fr-blog-chaudronaconfitures-confitures":
        "the jam blog's quince post keeps its blog name ('Le Chaudron à Confitures') above the title, its "
        "tagline and photo caption ('carnet de recettes d'une cuisinière du dimanche', 'Les pots encore tièdes "
        "sur le rebord de la fenêtre.') under it and its newsletter prompt ('Recevez les nouvelles recettes par "
        "courriel chaque mois') between the two last paragraphs (4 of 20 noise lines; its table of contents "
        "under the title goes since round 88)",
    "de-blog-fettfleckundgoldschnitt-kochbuecher":
        "the old-cookbook blog's 1911-meatball post keeps its photo caption and advertising label ('Der "
        "Buchrücken, mit Tesafilm notdürftig geflickt.', 'Werbung: unbeauftragt, Buch selbst gekauft') under "
        "the title, the last table-of-contents entry ('Zum Rezept') between the first and second paragraphs, "
        "its collection link ('Dieses Buch in meiner Sammlung: alle Beiträge zu 1910er-Kochbüchern') between "
        "the second and third list rows and its archive link ('Mehr Rezepte aus alten Büchern findest du im "
        "Archiv') between the two last paragraphs (5 of 20 noise lines)",
    "pl-blog-podpuszczkaiprasa-ser":
        "the cheese blog's pot-smoked-cheese post keeps its affiliate link ('Moje formy do sera kupiłam tutaj') "
        "between the second and third list rows (1 of 20 noise lines; its comment thread at the foot goes since "
        "round 87, its tagline above the title and photo caption under it since round 88)",
    "ru-blog-penkastaza-varenye":
        "the jam blog's gooseberry post keeps its share prompt ('Понравился рецепт? Поделитесь с подругами') between "
        "the first and second paragraphs and its affiliate link ('Мой медный таз — по ссылке') between the third list "
        "row and the last paragraphs (2 of 20 noise lines; its tagline and photo caption under the title go since "
        "round 88, its bookmark prompt between the first and second list rows since round 94)",
}


test_held_out_115_line, test_held_out_115_line_is_kept, test_held_out_115_page = held_out_tests(
    HELD_OUT_115_LINES, HELD_OUT_115_KEEP, HELD_OUT_115_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
