"""Held-out set 118: written blind, weighted toward the noise the cleaner exists for, in shapes set 116's docstring does
not name (nor the first paragraphs of sets 113, 114 and 115): scraper, embed and ad markers (an English Flourish chart
placeholder "Flourish chart: waiting times by month – enable JavaScript or view the figures as a table.", an English
Google Maps consent placeholder "This Google Maps embed needs your consent to third-party content. Manage choices", an
English SoundCloud consent placeholder "SoundCloud audio · the blackbird recording plays from soundcloud.com once you
allow media cookies.", a French Dailymotion consent placeholder "Vidéo Dailymotion bloquée – acceptez les cookies «
Vidéos » pour la lancer.", a German Podigee consent placeholder "Externer Inhalt von Podigee: Klicken Sie hier, um die
Podcast-Folge zu laden.", an Italian Google Forms embed failure "Questo modulo di Google Moduli non può essere caricato
qui. Aprilo in una nuova scheda.", a Polish hidden-Facebook-video placeholder "Wideo z Facebooka jest ukryte, dopóki nie
wyrazisz zgody na pliki cookies tego serwisu." and a Russian Rutube player failure "Видео с Rutube не воспроизводится.
Попробуйте открыть его по прямой ссылке."); reading-time headers in new wordings (the English "Roughly five minutes'
reading" and a blog's "Short version: about 900 words, so four minutes if you skip the spectrograms.", the French
"Lecture : 4 min", the German "Lesedauer etwa vier Minuten", the Italian "Si legge in 4 minuti", the Polish "Lektura na
4 minuty" and the Russian "Читать 4 минуты"); bylines and self-promotion (an English story-and-photographs byline with
the reporter's beat, an English dawn-chorus-walk plug, an English Buy-Me-a-Coffee plug, a French article-signed-by
byline with the section, a German written-down-by byline for the health page, an Italian WhatsApp-channel plug, a Polish
report-author byline with the desk and a Russian Dzen plug); blog and site footers (an English
registered-charity-and-volunteers line, an Eleventy-on-a-Raspberry-Pi credit, a CC-BY-SA-recordings line, a French
published-by-an-association-and-host line, a German no-liability-and-no-reprint line, an Italian court-registration
line, a Polish all-rights-reserved-no-copying line and a Russian Tilda-and-photo-credit line); reader-comment furniture
(an English reply-report-likes row, an English commenting-as-a-guest line, an English notify-me-of-replies line, a
French report-abuse-and-unfollow row, a German awaiting-approval line, an Italian log-in-to-like-comments line, a Polish
comment-rules link and a Russian show-the-whole-thread link); share rows (an English send-to-a-friend WhatsApp,
Messenger, Email and copy-link row, a French Messenger, Threads, WhatsApp and e-mail row and an Italian Threads,
Messenger, Email and copy-link row); and notices (a German updated-after-the-print-deadline note, a Polish
authorised-by-the-interviewees note and a Russian not-a-substitute-for-a-doctor notice); and toward whole scraped news
and hobby-blog pages in layouts set 116's docstring does not describe (two noise lines above the title on the six portal
pages, a masthead with its tagline and a menu or breadcrumb, and one on the six blog pages, the blog name; one block
under the title on every page, nine lines on the portals (byline, date, listen link, photo caption, photo credit and a
four-line table of contents) and seven on the blogs (tagline, date and author, reading time, disclosure, photo caption,
safety line and category); a table of contents on every page: inside the under-title block on the six portals and in its
own three-line block on the six blogs, between the first and second paragraphs on two and between the second paragraph
and the paragraph with the quote on four; a read-also link between the first and second paragraphs on four portals and
between the second paragraph and the paragraph with the quote on two; nothing between the paragraph with the quote and
the subheading on any page; one line between the subheading and the first list row on every page (an ad or sponsor label
on the portals, a shop, Pinterest, support or gallery prompt on the blogs); a newsletter or subscribe prompt between the
second and third list rows on the six portals and nothing between list rows on the blogs; a you-might-also-like or
read-also link between the last list row and the last paragraphs on the six blogs and nothing between the two last
paragraphs on any page; at the foot six lines on the portals and seven on the blogs, one block, with a comment count or
heading, a comment, an arrowed reply and a reply to that reply nested two arrows deep on every page, a second comment on
the seven pages (with the author's reply on the six blogs), the reply addressed by name ("risponde a", "an", "do", "en
réponse à", "→") on seven, a bare reply link on five portals and copyright, legal-links or Impressum lines closing the
portals and a previous or next-post link closing the blogs), taken from health and care and from blogs about cold-water
swimming, yoga at home, beekeeping for beginners and birdsong recording.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists and pages of
held-out sets 10 to 116 but what is named here), held-out set 117 (written at the same time by another helper; none of
its paths was opened), docs/ or README.md, nor ``git log``, ``git show`` or ``git diff`` output, and who did not grep
the tests/ folder's files and did not run ``git worktree list``. Read were: the docstring of held-out set 116 up to its
first round paragraph, its imports and its tail from the ``_LINE_XFAIL`` assignment on, and the first paragraphs of the
docstrings of sets 113, 114 and 115, printed with one ast script (/tmp/s118scratch/read116.py, output
/tmp/s118scratch/read116.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full,
with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``; and ``FIXTURES``, printed as its dict
value. The imports are set 116's, taken from their nodes, and the line binding the three tests is set 116's with 116 ->
118, both by /tmp/s118scratch/gen.py, which writes the xfail tables (empty at the measurement, then from
/tmp/s118scratch/tables118.py, made by /tmp/s118scratch/mktables.py). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s118, detached at commit
b58780416a13497faf7785e9d58c540365e06b97, what ``git rev-parse HEAD`` printed in /work/main) and every failing case is
marked as a strict xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Slips and notes: (1) read116.py ran once; its output (383 lines) was paged with ``sed`` (lines 1 to 200 and 200 to 383);
it holds only the allowed text, which names set 116's scratch paths, its frozen commit, its missed lines and its left
page lines; I saw these only as that text. tests/held_out_sets.py was printed with ``cat`` in the same call as the
second page. (2) The worktrees were made with ``git worktree add``, output to /dev/null; ``ls`` on /tmp/wt-s118 and
/tmp/wt-set118 printed only top-level names. ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed b58780416a13497faf7785e9d58c540365e06b97. (3) The helpers were printed by importing tests/test_clean.py
and tests/noisy_corpus.py with /work/main/src and /work/main/tests on the path (SPINSCOPE_DATA=/work/shared/data;
/tmp/s118scratch/helpers.py); nothing was run through the cleaner then. ``FIXTURES`` printed as {'en':
'en_council_vote.txt', 'fr': 'fr_reforme.txt', 'de': 'de_haushalt.txt'}. scripts/clean_held_out_report.py was printed
with ``cat`` in the same call. (4) gen.py parses set 116's file with ``ast`` and writes only its import nodes and its
last statement (the binding line, 116 -> 118); the lists and pages come from my scratch files
(/tmp/s118scratch/body118.py and pages118.py) and the docstring from /tmp/s118scratch/doc118.txt (a one-line placeholder
at the measurement; wrapped from doc118.src afterwards); it prints nothing. The pages are built as ``{case.name: (lang,
case) for lang, case in [_page(...), ...]}``, as in set 116's notes. Set 116's categories per language were read off its
first paragraph and its Contents paragraph (marker, reading-time, byline, footer and comments in every language; share
in English, French and Italian; notice in German, Polish and Russian; English three of each but reading-time (two) and
share (one)), and its places (head 11, body 10, tail 24; keep lines head 7, body 5, tail 8) were kept. (5) Before the
measurement /tmp/s118scratch/check.py executed this file with stand-in held_out_sets and noisy_corpus modules
(/tmp/s118scratch/stand) and counted lines by category, place and language, keep lines by place and language, pages by
language, 10 article and 20 noise lines a page, repeats, page noise lines inside article lines or inside other noise
lines of the page, overlaps between page lines and held-out noise and keep lines (either inside the other) and between
held-out noise and keep lines and among held-out noise lines (case-insensitively), and at-signs; line length was checked
by a one-liner. While drafting, before any check, I changed the ad labels "Publicité", "Pubblicità" and "Реклама" on the
French and Italian portals and the Russian portal, since keep lines open with those words (they became "Espace
partenaire", "Annuncio sponsorizzato" and "Спонсорский блок"). The first run found 11 problems: the mastheads
"Thwaitholme Gazette", "Kreblingshausener Anzeiger", "Roccavellina Notizie", "Kurier Skowronicki" and "Верескополь
Сегодня" were inside photo credits, newsletter prompts or copyright lines of their pages (each masthead got a tagline
after a dash or dot), and the Italian blog's table-of-contents entry "L'attrezzatura" was inside its affiliate
disclosure (it became "Il mio kit"); the second run found nothing. One masthead line then went over 120 columns and was
split in two literals; the third run found nothing. (6) The two measuring commands ran as the brief gave them, in one
shell call after ``date``, with their output sent to scratch files (/tmp/s118scratch/measure.out and report.out) and
then printed; the problems were then printed with ``_problems`` in the frozen worktree by /tmp/s118scratch/problems.py,
which imports the copy of this file in /tmp/wt-s118/tests; it ran ``_problems`` over all 45 noise lines and 20 keep
lines, printing only the failing ones (21 and 1, as in the measurement), and over the 12 pages, all failing. (7)
Invented names were checked with the exact-string search over public GitHub files: Thwaitholme, Thwaitholme Gazette,
Beckside Medical, Mardlewick, Trethowick, Shivering Lido, Saint-Jorvelin, Réveil de Saint-J(orvelin), Souffle en
Pantoufles, Kerbastouel, Amis du Bief, Kreblingshausen, Quellmann-Dörfel, Wendelbrack, Achternbeek, Summende Zarge,
Roccavellina, Mottafonda, Lupacchini-Orsetti, Orecchio al Bosco, Skowronice Dolne, Kurier Skowronicki, Wierzchlejska,
Ciechomirska, Morsuję po pięćdziesiątce, Верескополь, Облепихина and Пасека на Выселках had no hits. Dropped: Scarrowby
(a hit in a list of names; the town became Thwaitholme), Abberley (a real place and surname; the byline became
Mardlewick), Haddowfield (hits inside code identifiers; not used), Ravensac (hits inside code identifiers; the byline
became Kerbastouel), Sommerkamp (a real surname; the byline became Wendelbrack) and Achterbusch (a hit; the manager
became Achterwiede, which had hits inside code identifiers, then Achternbeek). Kept with hits: Tregarrow (the quoted
doctor; its only hits are inside code identifiers such as "getRegArrow"). Not checked: Mill Lane, Station Road, the Beck
valley, the Tilleuls, the piazza del Pozzo, the улица Садовая, the first names of the bylines (Corin, Wenna, Gwenola,
Annick, Hennes, Friederike, Tommaso, Jadwiga, Bożena, Дарья), the quoted and minor people (Anwen, Ottilie, Solène
Rouquayrol, Odile, Eckhart, Graziella, Vittorio, Teresa Gołębiewska, Wacław, Нина Стародубцева, Фёдор Ильич), Loustalot,
the commenters and blog authors (Marjorie_T, Stephen Rolfe, Hesketh, Bryony, Callum, Mireille_J, Bernard 47, Clémence,
Sandrine, Yves-Marie, Gisela M., Horst_K, Wiebke, Rainer, Ilse, Lucia_58, Franco, Arturo, Marisa, Gianpaolo, Gość_Zenek,
Ola, Halina, Beata, Kazik, Людмила, Пётр, Анатолий, Светлана) and the names built on checked towns (Le Réveil de
Saint-Jorvelin, Kreblingshausener Anzeiger, Roccavellina Notizie, Верескополь Сегодня). Numbers are zero-filled (the
charity number, the court registration and the VAT number); there are no e-mail addresses and no at-signs. (8) Real
things named, as real pages do: Flourish, Google Maps, SoundCloud, Buy Me a Coffee, Eleventy, Raspberry Pi, Creative
Commons (CC BY-SA 4.0), WhatsApp, Messenger, Threads, Dailymotion, o2switch, Clermont-Ferrand, Podigee, Google Moduli
(Google Forms), Facebook, Rutube, Dzen, Tilda, Pinterest, Steady, Kendal, Zander hives and Varroa. (9) My first clock
reading was 2026-12-05 08:06:25 UTC; the measurement ran at 08:10:24 UTC.

Judgement calls: the keep lines opening with or holding "Reply slips", "Watch parties", "Sign-up sheets", "Cookies
baked", "Print runs", "Follow-up appointments", "Advertising for", "Lire l'ordonnance", "Commentaires et plaintes",
"Publicité mensongère", "Teilen müssen sich", "Kommentar der Heimleitung", "Werbung für", "Condividono", "Pubblicità sui
giornali", "Iscriversi come donatori", "Udostępnienie parkingu", "Komentując decyzję", "Реклама донорства" and
"Комментируя закрытие" are article sentences. Categories as in set 116; the English dawn-chorus-walk and Buy-Me-a-Coffee
plugs, the Italian WhatsApp-channel plug and the Russian Dzen plug are bylines (self-promotion) and sit at the foot; the
Russian not-a-substitute-for-a-doctor line is a notice at the foot; the English reply-report-likes row is comment
furniture. On every page the title, the three paragraphs before the subheading (one with the quote), the subheading, its
three list rows and the two last paragraphs are article; everything else (mastheads and blog names, taglines, menus,
breadcrumbs, bylines, dates, reading times, listen links, categories, advertising and affiliate disclosures, photo
captions and credits, safety lines, tables of contents, read-also and you-might-also-like links, ad and sponsor labels,
shop, Pinterest, support and gallery prompts, newsletter and subscribe prompts, comment counts and headings, comments
and replies, reply links, previous and next-post links, copyright, legal-links and Impressum lines) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6 with set 116's categories per language; by place head 11, body 10, tail 24), 20 keep lines (en 7, fr
3, de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-thwaitholme-surgery (two GP surgeries merging), en-blog-shiveringlidolog-coldwater (a winter of cold dips in a
tarn), fr-portail-saintjorvelin-ehpad (a care home's closure), fr-blog-souffleenpantoufles-yoga (three months of yoga at
home), de-portal-kreblingshausen-parkhaus (a hospital's new multi-storey car park), de-blog-summendezarge-imkern (a
beginner's first year with bees), it-portale-roccavellina-farmacia (a town pharmacy's longer evening hours),
it-blog-orecchioalbosco-canto (recording blackbirds at dawn), pl-portal-skowronicedolne-krwiodawstwo (a blood donation
drive at a fire station), pl-blog-morsujepopiecdziesiatce-morsowanie (the first cold-water dip of the season),
ru-portal-vereskopol-memori-kafe (a dementia café's first year) and ru-blog-pasekanavyselkakh-pchely (a beginner's hives
readied for winter), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit b58780416a13497faf7785e9d58c540365e06b97, measured with ``cd /tmp/wt-s118 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s118/src python -m pytest -q tests/test_clean_held_out_118.py -rA -p
no:cacheprovider`` (34 failed, 43 passed) and ``cd /tmp/wt-s118 && PYTHONPATH=/tmp/wt-s118/src python
scripts/clean_held_out_report.py --sets 118``, with the xfail tables empty): noise lines removed 24/45 (marker 1/8,
reading-time 5/7, byline 3/8, footer 5/8, comments 7/8, share 3/3, notice 0/3; the 21 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 19/20 (the English dementia-café cookies sentence is lost, as
``_KEEP_XFAIL`` describes); pages 0/12 clean, 58 of 240 page noise lines left and 0 of 120 article lines lost, as
``_PAGE_XFAIL`` describes. The failing cases are strict xfails.

Still held out after round 88 (developed on sets 115 and 116: a blog's head block under its title (a caption with no
credit between lines the rules took, a safety line with its label, the blog's tagline), tables of contents without
numbers, embed placeholders naming Acast, Mapbox, Komoot, OpenStreetMap or uMap or waiting for consent, corrections
under their label, bylines with a desk or an agency, support-the-blog and Pinterest-board buttons, follow-the-channel
prompts; this set was written against b587804, before it; measured once with ``scripts/clean_held_out_report.py --sets
118`` at 12e4525): noise lines removed 24 -> 26/45 (marker 1 -> 3/8: the SoundCloud and the French Dailymotion consent
placeholders), keep lines 19/20 (unchanged), pages clean 0/12 (unchanged), page noise lines left 58 -> 56 of 240 (the
dementia-café story's last table-of-contents entry and the beekeeping blog's support prompt go), article lines lost 0 of
120. Two page reasons reworded.

Round 89 (development; this set was read in full from this round on): Fixed for the families, with six-language tests
and near misses in tests/test_clean.py (test_round_89_*, and the round-22 cookie and round-88 byline tests extended): a
cookie banner that opens with the word needs the banner's words after it (consent, settings, policy, the site;
whole_line_noise._COOKIE_BANNER_WORDS), so a sentence about biscuits stays ("Cookies baked by ...", "Cookies und Kuchen
..."); a headline at the top of the page in a block of its own, over the masthead, stays when a shorter line under the
stamps is taken for the headline, and a section path of three labels or more under it is no short title
(page_blocks._is_headline_at_top, _n_row_parts); a more-on-the-subject link with the topic named and no colon ("Mehr zum
Thema Verkehr", "Ещё по теме транспорт") and a photo gallery's label with what it shows and no count ("Bildergalerie: So
sah ...", "Galleria fotografica: ..."); bylines under the other labels of a piece and its writer with the desk or page
after a comma, a dash or "für" ("Story and photographs: ...", "Un article signé ..., rubrique ...", "Texte : ... –
édition : service ...", "Aufgeschrieben von ... für die ...seite", "Articolo di ..., inviata ...", "Autorka relacji:
..., dział ..."; _PIECE_AND_WRITER_LABEL, _PIECE_DESK; the words-and-pictures labels stay round 87's photo credits);
editor's notices (an archive article with a hyphen, a text updated after the print edition went to press, authorised by
the interviewees, sent in by an office, a photo provided by a press office; _EDITORS_NOTICE) and the article said to be
no doctor's advice (_NOT_MEDICAL_ADVICE). No class was added; two functions (_is_headline_at_top, _n_row_parts) and
named regexes. Across sets 10-118 (held-out report) no article or keep line lost (the one lost pair left,
fr-portail-montbrezac-chapelle's in set 86, was lost before); sets 70, 85, 93, 95, 105 and 109 remove seven more noise
lines, sets 64, 66 and 116 gain a clean page and set 88 leaves one page line less (their strict xfail entries removed);
sets 10-118: noise lines removed 4615 -> 4634, keep lines 2206 -> 2207, pages clean 822 -> 826, page noise lines left
1152 -> 1145, paragraphs lost 3 -> 2; SemEval: 0 of 3723 files changed. Figures before -> after: noise lines removed 26
-> 33/45 (byline 3 -> 7/8: the story-and-photographs, article-signed, written-down-by and report-author bylines; notice
0 -> 3/3: the updated-after-the-print-deadline note, the authorised-by-the-interviewees note and the
not-a-substitute-for-a-doctor notice; marker 3/8, reading-time 5/7, footer 5/8, comments 7/8, share 3/3 unchanged), keep
lines 19 -> 20/20 (the dementia café's cookies), pages clean 0/12 and page noise lines left 56 of 240 unchanged, article
lines lost 0 of 120; pytest 45 passed, 32 xfailed -> 53 passed, 24 xfailed. No page reason changed. Still missed: the
Flourish, Google-Maps, Podigee, Google-Forms, Facebook-video and Rutube placeholders and failures, the Eleventy,
association-and-host, no-liability and Tilda footers, two reading-time lines, the blogs' plugs and the guest-commenting
line; the blogs' head blocks (taglines, captions, safety lines, categories, tables of contents) and the news pages'
mastheads and captions.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase


HELD_OUT_118_LINES: list[tuple[str, str, str]] = [
    # English
    ("body", "Flourish chart: waiting times by month – enable JavaScript or view the figures as a table.", "marker"),
    ("body", "This Google Maps embed needs your consent to third-party content. Manage choices", "marker"),
    ("body", "SoundCloud audio · the blackbird recording plays from soundcloud.com once you allow media cookies.",
     "marker"),
    ("head", "Roughly five minutes' reading", "reading-time"),
    ("head", "Short version: about 900 words, so four minutes if you skip the spectrograms.", "reading-time"),
    ("head", "Story and photographs: Wenna Trethowick, health reporter", "byline"),
    ("tail", "I lead a small dawn-chorus walk once a month – dates and meeting points are on the Walks page.",
     "byline"),
    ("tail", "Like the recordings? Buy Me a Coffee keeps the microphone in batteries – link in the sidebar.", "byline"),
    ("tail", "Registered charity no. 0000000 · This site is run entirely by volunteers", "footer"),
    ("tail", "Powered by Eleventy, served from a Raspberry Pi in the shed.", "footer"),
    ("tail", "Recordings on this site are licensed CC BY-SA 4.0; please credit the recordist.", "footer"),
    ("tail", "Reply · Report · 3 likes", "comments"),
    ("tail", "You're commenting as a guest – your name will be shown next to your comment.", "comments"),
    ("tail", "Notify me when someone replies to this thread", "comments"),
    ("tail", "Send this to a friend: WhatsApp · Messenger · Email · Copy link", "share"),
    # French
    ("body", "Vidéo Dailymotion bloquée – acceptez les cookies « Vidéos » pour la lancer.", "marker"),
    ("head", "Lecture : 4 min", "reading-time"),
    ("head", "Un article signé Gwenola Kerbastouel, rubrique santé", "byline"),
    ("tail", "Site édité par l'association Les Amis du Bief – hébergé par o2switch à Clermont-Ferrand.", "footer"),
    ("tail", "Signaler un abus · Ne plus suivre cette discussion", "comments"),
    ("tail", "Partager sur : Messenger · Threads · WhatsApp · E-mail", "share"),
    # German
    ("body", "Externer Inhalt von Podigee: Klicken Sie hier, um die Podcast-Folge zu laden.", "marker"),
    ("head", "Lesedauer etwa vier Minuten", "reading-time"),
    ("head", "Aufgeschrieben von Hennes Quellmann-Dörfel für die Gesundheitsseite", "byline"),
    ("tail", "Alle Angaben ohne Gewähr. Nachdruck nur mit schriftlicher Genehmigung des Verlags.", "footer"),
    ("tail", "Ihr Kommentar wartet auf Freischaltung durch die Moderation.", "comments"),
    ("body", "Hinweis: Dieser Text wurde nach Redaktionsschluss der gedruckten Ausgabe aktualisiert.", "notice"),
    # Italian
    ("body", "Questo modulo di Google Moduli non può essere caricato qui. Aprilo in una nuova scheda.", "marker"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("tail", "Iscriviti al mio canale WhatsApp per ricevere una notifica a ogni nuovo post.", "byline"),
    ("tail", "Testata registrata presso il Tribunale di Roccavellina, n. 00/0000", "footer"),
    ("tail", "Accedi con il tuo account per mettere mi piace ai commenti", "comments"),
    ("tail", "Condividi: Threads · Messenger · Email · Copia il link", "share"),
    # Polish
    ("body", "Wideo z Facebooka jest ukryte, dopóki nie wyrazisz zgody na pliki cookies tego serwisu.", "marker"),
    ("head", "Lektura na 4 minuty", "reading-time"),
    ("head", "Autorka relacji: Jadwiga Ciechomirska, dział zdrowie", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody wydawcy jest zabronione.", "footer"),
    ("tail", "Regulamin komentarzy – przeczytaj go, zanim dodasz wpis.", "comments"),
    ("body", "Tekst autoryzowany przez rozmówców.", "notice"),
    # Russian
    ("body", "Видео с Rutube не воспроизводится. Попробуйте открыть его по прямой ссылке.", "marker"),
    ("head", "Читать 4 минуты", "reading-time"),
    ("tail", "Свои записи с пасеки выкладываю в Дзене — подписывайтесь, там больше видео.", "byline"),
    ("tail", "Сайт работает на Tilda. Все фото — автора, если не указано иное.", "footer"),
    ("tail", "Показать ветку целиком", "comments"),
    ("tail", "Материал носит ознакомительный характер и не заменяет консультацию врача.", "notice"),
]

HELD_OUT_118_KEEP: list[tuple[str, str]] = [
    ("head", "Reply slips for the consultation must reach the surgery by Friday."),
    ("head", "Watch parties for the hospital's charity match will be held in the staff canteen."),
    ("head", "Sign-up sheets for the blood drive filled within an hour of the doors opening."),
    ("body", "Cookies baked by the dementia café's volunteers sold out at the summer fete."),
    ("tail", "Print runs of the care home's newsletter were cut to one a season last year."),
    ("tail", "Follow-up appointments will move to the new site from March, the practice manager said."),
    ("tail", "Advertising for night nurses has run for six months without a single applicant."),
    ("head", "Lire l'ordonnance à voix haute aide les patients âgés, selon la pharmacienne."),
    ("body", "Commentaires et plaintes des familles ont été transmis à l'agence régionale de santé."),
    ("tail", "Publicité mensongère : la clinique voisine avait déjà été condamnée en 2019."),
    ("head", "Teilen müssen sich die beiden Praxen künftig nur noch das Wartezimmer."),
    ("body", "Kommentar der Heimleitung: Man habe nach dem Brandschutzgutachten keine Wahl gehabt."),
    ("tail", "Werbung für das Blutspenden macht der Verein seit Jahren an den Berufsschulen."),
    ("head", "Condividono lo stesso ambulatorio da vent'anni i due medici di famiglia del paese."),
    ("body", "Pubblicità sui giornali e volantini in parrocchia hanno portato al caffè quaranta famiglie."),
    ("tail", "Iscriversi come donatori, ha ricordato la coordinatrice, richiede solo un esame del sangue."),
    ("head", "Udostępnienie parkingu mieszkańcom w nocy jest jeszcze rozważane przez dyrekcję."),
    ("tail", "Komentując decyzję, dyrektor szpitala mówił o braku pielęgniarek na nocnych dyżurach."),
    ("body", "Реклама донорства на городских автобусах помогла привлечь сорок новых доноров."),
    ("tail", "Комментируя закрытие, глава района пообещал найти для клуба новое помещение."),
]


HELD_OUT_118_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-thwaitholme-surgery", [
        ["-Thwaitholme Gazette · News for Thwaitholme and the Beck valley",
         "-Home | News | Health | Sport | Jobs | Notices"],
        ["+Two Thwaitholme GP surgeries to merge under one roof by next spring"],
        ["-By Corin Mardlewick, local democracy reporter", "-Published 09:14, 3 December",
         "-Listen to this story (4:10)",
         "-The Beckside Medical Centre, which will take in patients from Mill Lane Surgery.",
         "-Photo: Thwaitholme Gazette", "-In this article", "-Why the surgeries are merging",
         "-What changes for patients", "-What happens next"],
        ["+The Mill Lane Surgery and the Beckside Medical Centre will become a single practice of about 14,000 "
         "patients, the partners confirmed on Tuesday."],
        ["-Read more: Pharmacy queues grow as winter bugs arrive"],
        ["+Both practices have struggled to recruit since two senior partners retired in the summer, and the Mill "
         "Lane building needs a new roof."],
        ["+\"We would rather choose our own future than have one chosen for us,\" said Dr Anwen Tregarrow, one of "
         "the partners. \"Nobody will lose their doctor.\""],
        ["+What patients need to know"],
        ["-Advertisement"],
        ["+Patients do not need to re-register; records move across automatically.",
         "+The Mill Lane site will close for appointments at the end of March.",
         "-Sign up for the Gazette's morning health briefing",
         "+A free minibus will run twice a day from the Mill Lane car park."],
        ["+The merged practice will keep the Beckside phone number, and online booking will open to Mill Lane "
         "patients in January."],
        ["+A public meeting is planned for 12 January at the Methodist hall on Station Road."],
        ["-14 comments",
         "-Marjorie_T: Will the minibus run on Saturdays too? My husband can't drive any more.",
         "-↳ Gazette team: We've asked the practice and will update the story.",
         "-↳ ↳ Marjorie_T: Thank you, that's kind.",
         "-Stephen Rolfe: Sad to see Mill Lane go, but Beckside has the parking.",
         "-© 2026 Thwaitholme Gazette · Privacy · Terms"],
    ]),
    _page("en", "en-blog-shiveringlidolog-coldwater", [
        ["-The Shivering Lido Log"],
        ["+A whole winter in the tarn: what three months of cold dips taught me"],
        ["-year-round swimming in northern water, badly", "-Posted on 2 December 2026 by Hesketh",
         "-About a seven-minute read", "-This post contains affiliate links; I may earn a small commission.",
         "-The tarn at 7.30am in late November, with the ice just gone.",
         "-Please don't swim alone in cold water, and get out before you start to shiver hard.",
         "-Filed under: Swims, Kit"],
        ["+I started the first week of September, when the water was still fourteen degrees, and I promised myself "
         "I'd keep going until Easter."],
        ["-Jump to:", "-The first frosts", "-Kit that earned its place"],
        ["+By December the thermometer on my tow float was reading four degrees, and the swims had shrunk to a few "
         "minutes each."],
        ["+\"Your body learns faster than your head does,\" my swimming friend Ottilie told me on the shore. \"Trust "
         "the numbers, not the bravado.\""],
        ["+Three things I'd tell my September self"],
        ["-Shop my cold-water kit list"],
        ["+Neoprene gloves and socks matter more than a wetsuit.",
         "+Get dressed in the same order every time, hat first.",
         "+Bring a flask of something warm but not scalding."],
        ["-You might also like: Swimming through a heatwave"],
        ["+I never got used to the first thirty seconds, but I did get used to knowing they would end."],
        ["+I'll be back in the tarn on the first of March, weather permitting."],
        ["-6 comments on “A whole winter in the tarn”",
         "-Bryony: This is exactly the push I needed. How long were your dips in January?",
         "-↳ Hesketh: Three to four minutes at most, Bryony – one minute per degree is my rough rule.",
         "-↳ ↳ Bryony: Noted! Starting on Saturday.",
         "-Callum from Kendal: Hat first – that's the tip I'll be stealing.",
         "-↳ Hesketh replied: Steal away.",
         "-← Previous post: Tow floats compared"],
    ]),
    _page("fr", "fr-portail-saintjorvelin-ehpad", [
        ["-Le Réveil de Saint-Jorvelin", "-Accueil › Actualités › Santé › Saint-Jorvelin"],
        ["+L'Ehpad des Tilleuls fermera ses portes à l'été à Saint-Jorvelin"],
        ["-Par Annick Loustalot", "-Publié le 3 décembre 2026 à 10h05", "-Écouter cet article",
         "-La résidence des Tilleuls accueille encore trente-deux résidents.", "-© Le Réveil / A. L.",
         "-Sommaire", "-Un bâtiment hors normes", "-Où iront les résidents ?", "-Le personnel reclassé"],
        ["+L'établissement, qui date de 1974, ne répond plus aux normes de sécurité incendie, a annoncé mardi le "
         "groupement hospitalier de territoire."],
        ["-À lire aussi : la maison de santé recrute deux médecins"],
        ["+Les travaux de mise aux normes ont été chiffrés à plus de quatre millions d'euros, une somme jugée hors "
         "de portée."],
        ["+« Nous ne laisserons aucune famille sans solution », a assuré la directrice, Solène Rouquayrol. « Chaque "
         "résident aura une place avant la fermeture. »"],
        ["+Ce qui est prévu"],
        ["-Espace partenaire"],
        ["+Les résidents seront accueillis en priorité dans les deux Ehpad du canton.",
         "+Les familles seront reçues individuellement dès janvier.",
         "-Abonnez-vous à notre lettre d'information santé",
         "+Les vingt-six salariés se verront proposer un poste dans le groupement."],
        ["+Le bâtiment pourrait ensuite être transformé en logements pour seniors autonomes."],
        ["+Une réunion publique se tiendra le 15 janvier à la salle des fêtes."],
        ["-9 réactions",
         "-Mireille_J : Ma mère est aux Tilleuls depuis six ans, c'est un crève-cœur.",
         "-↳ Bernard 47 : Courage à vous, le personnel est formidable là-bas.",
         "-↳ ↳ Mireille_J : Merci, oui, ils sont extraordinaires.",
         "-Répondre",
         "-Mentions légales · Contact · Plan du site"],
    ]),
    _page("fr", "fr-blog-souffleenpantoufles-yoga", [
        ["-Souffle en Pantoufles"],
        ["+Trois mois de yoga dans le salon : mon bilan honnête"],
        ["-le yoga à la maison, sans prise de tête", "-Publié le 1er décembre 2026 par Clémence",
         "-Lecture de 6 minutes environ", "-Article non sponsorisé : j'ai acheté mon tapis moi-même.",
         "-Mon coin yoga, entre le canapé et la fenêtre.",
         "-Avant de commencer, demandez l'avis de votre médecin si vous avez mal au dos.",
         "-Catégories : Pratique, Matériel"],
        ["+En septembre, j'ai décidé de pratiquer vingt minutes chaque matin, avant le café, sans cours ni "
         "professeur."],
        ["+Les deux premières semaines ont été laborieuses : mes ischios protestaient et je m'ennuyais vite."],
        ["-Au programme", "-Les débuts difficiles", "-Ce qui a marché"],
        ["+« Le plus dur, c'est de dérouler le tapis », m'a dit ma voisine Odile, qui pratique depuis trente ans. "
         "« Après, le corps suit. »"],
        ["+Mes petites règles"],
        ["-Épinglez cet article sur Pinterest"],
        ["+Laisser le tapis déroulé la nuit pour ne plus avoir d'excuse.",
         "+Suivre la même séquence pendant une semaine entière.",
         "+Noter chaque matin une sensation, pas une performance."],
        ["-Vous aimerez aussi : ma routine du soir en dix minutes"],
        ["+Aujourd'hui je touche mes pieds les jambes tendues, ce qui ne m'était pas arrivé depuis le lycée."],
        ["+Je continue cet hiver, et je vous raconterai en mars."],
        ["-4 commentaires",
         "-Sandrine : Bravo ! Tu suis une vidéo ou tu improvises ?",
         "-↳ Clémence : J'ai commencé avec une vidéo, maintenant j'improvise un peu.",
         "-↳ ↳ Sandrine : Super, je vais essayer.",
         "-Yves-Marie : Le tapis déroulé, c'est malin.",
         "-↳ Clémence, en réponse à Yves-Marie : Ça marche vraiment !",
         "-Article suivant : Quel coussin pour méditer ?"],
    ]),
    _page("de", "de-portal-kreblingshausen-parkhaus", [
        ["-Kreblingshausener Anzeiger – Ihre Heimatzeitung seit 1881", "-Startseite > Lokales > Kreblingshausen"],
        ["+Kreiskrankenhaus Kreblingshausen eröffnet neues Parkhaus"],
        ["-Von Friederike Wendelbrack", "-03.12.2026, 11:20 Uhr", "-Artikel anhören",
         "-Das neue Parkhaus hat fünf Ebenen und 420 Stellplätze.", "-Foto: Kreblingshausener Anzeiger",
         "-Inhaltsverzeichnis", "-Die Kosten", "-Die Gebühren", "-Die Baustelle"],
        ["+Nach zwei Jahren Bauzeit ist das Parkhaus am Kreiskrankenhaus seit Montag geöffnet; die ersten Autos "
         "fuhren um sechs Uhr morgens ein."],
        ["+Bislang mussten Besucher oft eine halbe Stunde lang einen Platz suchen oder in den Wohnstraßen rund um "
         "die Klinik parken."],
        ["-Lesen Sie auch: Notaufnahme meldet Rekord an Patienten"],
        ["+„Endlich müssen unsere Patienten nicht mehr durch den Regen laufen“, sagte Geschäftsführer Lorenz "
         "Achternbeek. „Das war überfällig.“"],
        ["+Das Wichtigste im Überblick"],
        ["-Werbeanzeige"],
        ["+Die erste halbe Stunde ist kostenlos, danach kostet jede Stunde einen Euro.",
         "+Für Dialysepatienten gibt es reservierte Plätze im Erdgeschoss.",
         "-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus dem Kreis",
         "+Das Personal parkt weiter auf dem alten Platz hinter der Wäscherei."],
        ["+Auf dem Dach sollen im kommenden Jahr Solarmodule installiert werden."],
        ["+Der frühere Besucherparkplatz wird zu einer Grünfläche umgebaut."],
        ["-Kommentare (7)",
         "-Gisela M.: Endlich! Ich habe dort schon zwei Strafzettel bekommen.",
         "-↳ Horst_K: Ging mir genauso.",
         "-↳ ↳ Gisela M. an Horst_K: Dann sind wir schon zwei.",
         "-Antworten",
         "-Impressum | Datenschutz | AGB"],
    ]),
    _page("de", "de-blog-summendezarge-imkern", [
        ["-Summende Zarge"],
        ["+Mein erstes Bienenjahr: Was ich als Anfängerin falsch gemacht habe"],
        ["-Imkern im Kleingarten – ehrlich und ohne Fachchinesisch", "-2. Dezember 2026 · von Wiebke",
         "-Lesezeit: ca. 7 Minuten", "-Werbung, unbeauftragt: Ich nenne Marken, bekomme aber nichts dafür.",
         "-Meine zwei Beuten im Oktober, eingewintert.",
         "-Sicherheitshinweis: Wer allergisch auf Stiche reagiert, sollte immer ein Notfallset dabeihaben.",
         "-Kategorie: Anfängerwissen"],
        ["+Im April holte ich mein erstes Volk vom Imker aus dem Nachbarort, einen Ableger auf fünf Waben."],
        ["+Ich hatte viel gelesen, aber nichts bereitet einen auf das Geräusch vor, wenn man den Deckel zum ersten "
         "Mal abnimmt."],
        ["-Was dich erwartet", "-Der Schwarm im Juni", "-Die Varroa-Behandlung"],
        ["+„Bienen verzeihen viel, nur keine Hektik“, sagte mir mein Pate Eckhart beim ersten Besuch. „Langsam "
         "arbeiten, ruhig atmen.“"],
        ["+Meine drei größten Fehler"],
        ["-Unterstütze den Blog auf Steady"],
        ["+Ich habe im Mai zu selten nach Weiselzellen geschaut.",
         "+Ich habe den Honigraum zu spät aufgesetzt.",
         "+Ich habe die Ameisen im Garten unterschätzt."],
        ["-Das könnte dich auch interessieren: Honig schleudern ohne eigene Schleuder"],
        ["+Trotzdem haben beide Völker den Herbst gut überstanden und sitzen jetzt dicht in der Wintertraube."],
        ["+Im März weiß ich mehr, dann gibt es das nächste Update."],
        ["-3 Kommentare",
         "-Rainer: Schöner ehrlicher Bericht! Welche Beuten nutzt du?",
         "-↳ Wiebke: Zander-Magazine aus Holz, Rainer.",
         "-↳ ↳ Rainer: Gute Wahl, die nutze ich auch.",
         "-Ilse: Die Ameisen! Das kenne ich.",
         "-↳ Wiebke antwortete: Zimt hilft ein bisschen.",
         "-« Vorheriger Beitrag: Bienenwachstücher selbst machen"],
    ]),
    _page("it", "it-portale-roccavellina-farmacia", [
        ["-Roccavellina Notizie – il quotidiano online della valle", "-Home › Cronaca › Salute"],
        ["+La farmacia comunale di Roccavellina resterà aperta fino alle 22"],
        ["-di Tommaso Lupacchini-Orsetti", "-3 dicembre 2026 – 12:40", "-Ascolta l'articolo",
         "-La farmacia comunale in piazza del Pozzo.", "-Foto Roccavellina Notizie", "-Indice",
         "-I nuovi orari", "-Il personale", "-Le reazioni"],
        ["+Da gennaio la farmacia comunale allungherà l'orario di apertura serale di tre ore, dal lunedì al "
         "sabato."],
        ["-Leggi anche: Guardia medica, cambia il numero"],
        ["+Finora chi aveva bisogno di un farmaco dopo le 19 doveva raggiungere la farmacia di turno, a oltre "
         "venti chilometri."],
        ["+«Era la richiesta più frequente degli anziani», ha detto la direttrice Graziella Mottafonda. «Adesso "
         "non dovranno più prendere l'auto di notte.»"],
        ["+Cosa cambia"],
        ["-Annuncio sponsorizzato"],
        ["+Orario continuato dalle 8.30 alle 22, dal lunedì al sabato.",
         "+La domenica resta aperta solo la mattina.",
         "-Iscriviti alla newsletter di Roccavellina Notizie",
         "+Verranno assunti due farmacisti a tempo determinato."],
        ["+Il costo, circa 90 mila euro all'anno, sarà coperto dal bilancio comunale."],
        ["+La sperimentazione durerà dodici mesi, poi il consiglio deciderà se renderla definitiva."],
        ["-5 commenti",
         "-Lucia_58: Finalmente una buona notizia per chi lavora fino a tardi.",
         "-↳ Franco risponde a Lucia_58: Vero, ma la domenica pomeriggio?",
         "-↳ ↳ Lucia_58: Un passo alla volta, Franco.",
         "-Rispondi",
         "-© Roccavellina Notizie – P. IVA 00000000000"],
    ]),
    _page("it", "it-blog-orecchioalbosco-canto", [
        ["-Orecchio al Bosco"],
        ["+Registrare il merlo all'alba: la mia prima stagione con il microfono"],
        ["-diario di un registratore di suoni della natura", "-1 dicembre 2026 · Arturo",
         "-Tempo di lettura: 6 minuti circa", "-Nessun link affiliato: l'attrezzatura l'ho pagata io.",
         "-Il mio registratore sul treppiede, al margine del bosco.",
         "-Rispettate i nidi: non avvicinatevi mai durante la cova.",
         "-Archiviato in: Registrazioni"],
        ["+Ad aprile ho cominciato a uscire alle cinque del mattino per registrare il coro dell'alba nel bosco "
         "dietro casa."],
        ["+Le prime registrazioni erano piene di traffico lontano e del fruscio del vento sul microfono."],
        ["-In questo post", "-Il mio kit", "-Combattere il vento"],
        ["+«Il merlo canta meglio quando nessuno lo ascolta», scherzava mio nonno Vittorio. «Tu stai zitto e "
         "lascia fare a lui.»"],
        ["+Cosa ho imparato"],
        ["-Ascolta tutte le registrazioni nella galleria sonora"],
        ["+Un paravento di pelliccia sintetica è indispensabile.",
         "+Meglio piazzare il microfono e allontanarsi di venti metri.",
         "+Le giornate nuvolose e senza vento sono le migliori."],
        ["-Potrebbe interessarti anche: Il pettirosso d'inverno"],
        ["+La registrazione migliore è di fine maggio: sette minuti di merlo con un cuculo lontano sullo sfondo."],
        ["+La prossima primavera proverò con due microfoni in stereo."],
        ["-3 commenti",
         "-Marisa: Che bello! Che registratore usi?",
         "-↳ Arturo risponde a Marisa: Un portatile economico, niente di speciale.",
         "-↳ ↳ Marisa: Allora posso provarci anch'io.",
         "-Gianpaolo: Il cuculo sullo sfondo è un regalo.",
         "-↳ Arturo: Vero, una fortuna.",
         "-Post successivo →"],
    ]),
    _page("pl", "pl-portal-skowronicedolne-krwiodawstwo", [
        ["-Kurier Skowronicki – portal gminy i okolic", "-Strona główna / Wiadomości / Zdrowie"],
        ["+Akcja krwiodawstwa w Skowronicach Dolnych: zebrano 38 litrów krwi"],
        ["-Autor: Bożena Wierzchlejska", "-3 grudnia 2026, 13:05", "-Posłuchaj artykułu",
         "-Ambulans centrum krwiodawstwa przed remizą strażacką.", "-Fot. Kurier Skowronicki", "-Spis treści",
         "-Kto oddał krew", "-Rekord frekwencji", "-Kolejna akcja"],
        ["+W sobotę przed remizą strażacką stanął ambulans regionalnego centrum krwiodawstwa, a chętni ustawili się "
         "w kolejce jeszcze przed otwarciem."],
        ["-Czytaj także: Nowy gabinet rehabilitacji w ośrodku zdrowia"],
        ["+Krew oddały 84 osoby, w tym 19 po raz pierwszy; organizatorzy spodziewali się najwyżej pięćdziesięciu."],
        ["+„Szpitale w regionie potrzebują zwłaszcza grupy 0 Rh minus”, mówiła lekarka Teresa Gołębiewska. „Każda "
         "donacja się liczy.”"],
        ["+Co warto wiedzieć przed oddaniem krwi"],
        ["-Reklama"],
        ["+Trzeba mieć przy sobie dowód osobisty i być wypoczętym.",
         "+Przed donacją należy zjeść lekki posiłek.",
         "-Zapisz się na nasz newsletter",
         "+Kolejną akcję zaplanowano na marzec."],
        ["+Każdy dawca otrzymał czekolady i zwolnienie z pracy na ten dzień."],
        ["+Strażacy zapowiadają, że ambulans przyjedzie do Skowronic ponownie wiosną."],
        ["-Komentarze (4)",
         "-Gość_Zenek: Brawo strażacy!",
         "-↳ Ola: Byłam pierwszy raz, wcale nie bolało.",
         "-↳ ↳ Gość_Zenek do Oli: Gratulacje, to najważniejsze.",
         "-Odpowiedz",
         "-© 2026 Kurier Skowronicki. Polityka prywatności"],
    ]),
    _page("pl", "pl-blog-morsujepopiecdziesiatce-morsowanie", [
        ["-Morsuję po pięćdziesiątce"],
        ["+Pierwsze morsowanie sezonu: jezioro miało cztery stopnie"],
        ["-blog o zimnej wodzie i ciepłej herbacie", "-2 grudnia 2026 · Halina", "-Czas czytania: ok. 5 minut",
         "-Wpis zawiera linki afiliacyjne.", "-Nasza grupa na pomoście, tuż przed wejściem.",
         "-Pamiętaj: nigdy nie morsuj sam i skonsultuj się z lekarzem.", "-Kategoria: Sezon 2026/27"],
        ["+W niedzielę rano nasza grupa po raz pierwszy w tym sezonie weszła do jeziora za ośrodkiem "
         "wypoczynkowym."],
        ["+Termometr pokazywał cztery stopnie w wodzie i dwa na brzegu, a od jeziora wiał lekki wiatr."],
        ["-W tym wpisie", "-Rozgrzewka", "-Ile siedzieć w wodzie"],
        ["+„Zimna woda uczy pokory”, powiedział nasz najstarszy mors, pan Wacław. „Wchodzisz spokojnie i nigdy się "
         "nie spieszysz.”"],
        ["+Moja lista na każde morsowanie"],
        ["-Zobacz też galerię zdjęć z pomostu"],
        ["+Czapka i rękawiczki – zawsze, nawet gdy jest cieplej.",
         "+Termos z herbatą z imbirem czeka w torbie.",
         "+Na brzegu ubieram się od góry do dołu."],
        ["-Przeczytaj też: Jak zacząć morsować jesienią"],
        ["+Wytrzymałam w wodzie trzy minuty i wyszłam z uśmiechem, choć palce u stóp bolały jeszcze długo."],
        ["+Następne spotkanie mamy w sobotę o dziesiątej."],
        ["-5 komentarzy",
         "-Beata: Podziwiam! Ja jeszcze nie mam odwagi.",
         "-↳ Halina: Beata, przyjdź w sobotę, pomożemy.",
         "-↳ ↳ Beata: Może się skuszę!",
         "-Kazik: Pan Wacław to legenda.",
         "-↳ Halina do Kazika: Prawdziwa!",
         "-Poprzedni wpis: Buty do morsowania – test"],
    ]),
    _page("ru", "ru-portal-vereskopol-memori-kafe", [
        ["-Верескополь Сегодня — новости города и района", "-Главная / Новости / Здоровье"],
        ["+«Мемори-кафе» в Верескополе отметило первый год работы"],
        ["-Автор: Дарья Облепихина", "-3 декабря 2026, 14:30", "-Слушать статью",
         "-Посетители кафе на празднике в честь первого года.", "-Фото: Верескополь Сегодня", "-Содержание",
         "-Как всё начиналось", "-Кто приходит", "-Что дальше"],
        ["+Кафе для людей с деменцией и их родственников открылось год назад в библиотеке на улице Садовой и с тех "
         "пор работает каждый четверг."],
        ["+За год здесь побывали больше ста семей; многие приходят каждую неделю."],
        ["-Читайте также: в поликлинике открылся кабинет памяти"],
        ["+«Здесь никто не торопит и не поправляет», — рассказала волонтёр Нина Стародубцева. «Люди просто пьют чай "
         "и вспоминают песни.»"],
        ["+Чем занимаются в кафе"],
        ["-Спонсорский блок"],
        ["+Поют песни под баян.",
         "+Рассматривают старые фотографии города.",
         "-Подпишитесь на наш канал",
         "+Пекут пироги по рецептам гостей."],
        ["+Городская администрация обещала выделить кафе отдельное помещение в следующем году."],
        ["+Следующая встреча пройдёт в четверг в 15:00."],
        ["-Комментарии: 6",
         "-Людмила: Водила туда маму, ей очень нравилось.",
         "-↳ Нина: Людмила, ждём вас снова!",
         "-↳ ↳ Людмила: Обязательно придём.",
         "-Ответить",
         "-© Верескополь Сегодня, 2026. 16+"],
    ]),
    _page("ru", "ru-blog-pasekanavyselkakh-pchely", [
        ["-Пасека на Выселках"],
        ["+Первый год с пчёлами: как я готовил ульи к зиме"],
        ["-записки начинающего пчеловода", "-1 декабря 2026 · Пётр", "-Время чтения: 6 минут",
         "-Пост не рекламный, всё куплено на свои.", "-Мои три улья под навесом в ноябре.",
         "-Осторожно: при аллергии на укусы держите под рукой антигистаминное.", "-Рубрика: Пчеловодство"],
        ["+Весной я купил три пчелосемьи у соседа по даче и поставил ульи у края огорода."],
        ["-Содержание поста", "-Осенняя ревизия", "-Утепление ульев"],
        ["+К осени одна семья ослабла, и я объединил её с сильной, как советуют в книгах."],
        ["+«Пчела сама знает, как зимовать, ты только не мешай», — сказал мне старый пасечник Фёдор Ильич. «Главное "
         "— корм и сухость.»"],
        ["+Что я сделал перед зимой"],
        ["-Поддержать блог"],
        ["+Оставил каждой семье по восемь рамок с мёдом.",
         "+Сузил летки, чтобы не пролезли мыши.",
         "+Утеплил крыши старыми одеялами."],
        ["-Читайте также: Как я собрал первый мёд"],
        ["+Теперь остаётся ждать весны и слушать ульи через трубочку."],
        ["+В марте расскажу, как перезимовали пчёлы."],
        ["-Комментарии (3)",
         "-Анатолий: Одеяла — хорошо, но следите за сыростью.",
         "-↳ Пётр: Спасибо, Анатолий, проверю вентиляцию.",
         "-↳ ↳ Анатолий: И подставку повыше сделайте.",
         "-Светлана: Удачной зимовки!",
         "-↳ Пётр → Светлане: Спасибо!",
         "-← Предыдущая запись"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
    "Short version: about 900 words, so four minutes if you skip the spectrograms.":
        "an English blog's word-count reading estimate ('Short version: about 900 words, so four minutes if you skip "
        "the spectrograms.') is left at the head",
    "Powered by Eleventy, served from a Raspberry Pi in the shed.":
        "an English blog's Eleventy-on-a-Raspberry-Pi credit ('Powered by Eleventy, served from a Raspberry Pi in the "
        "shed.') is left at the foot",
    "You're commenting as a guest – your name will be shown next to your comment.":
        "an English commenting-as-a-guest line ('You're commenting as a guest – your name will be shown next to your "
        "comment.') is left at the foot",
    "Site édité par l'association Les Amis du Bief – hébergé par o2switch à Clermont-Ferrand.":
        "a French published-by-an-association-and-host footer ('Site édité par l'association Les Amis du Bief – "
        "hébergé par o2switch à Clermont-Ferrand.') is left at the foot",
    "Externer Inhalt von Podigee: Klicken Sie hier, um die Podcast-Folge zu laden.":
        "a German Podigee consent placeholder ('Externer Inhalt von Podigee: Klicken Sie hier, um die Podcast-Folge zu "
        "laden.') is left in the body",
    "Alle Angaben ohne Gewähr. Nachdruck nur mit schriftlicher Genehmigung des Verlags.":
        "a German no-liability-and-no-reprint footer ('Alle Angaben ohne Gewähr. Nachdruck nur mit schriftlicher "
        "Genehmigung des Verlags.') is left at the foot",
    "Questo modulo di Google Moduli non può essere caricato qui. Aprilo in una nuova scheda.":
        "an Italian Google Forms embed failure ('Questo modulo di Google Moduli non può essere caricato qui. Aprilo in "
        "una nuova scheda.') is left in the body",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    "en-blog-shiveringlidolog-coldwater":
        "the cold-water blog's winter post keeps its blog name ('The Shivering Lido Log') above the title, its "
        "tagline, photo caption and safety line ('year-round swimming in northern water, badly', 'The tarn at 7.30am "
        "in late November, with the ice just gone.', 'Please don't swim alone in cold water, and get out before you "
        "start to shiver hard.') under the title, its table of contents ('Jump to:', 'The first frosts', 'Kit that "
        "earned its place') between the first and second paragraphs and its kit-list link ('Shop my cold-water kit "
        "list') between the subheading and the first list row (8 of 20 noise lines)",
    "fr-portail-saintjorvelin-ehpad":
        "the local paper's care-home story keeps its reaction count, first comment and the two nested replies ('9 "
        "réactions', 'Mireille_J : Ma mère est aux Tilleuls depuis six ans, c'est un crève-cœur.', '↳ Bernard 47 : "
        "Courage à vous, le personnel est formidable là-bas.', '↳ ↳ Mireille_J : Merci, oui, ils sont "
        "extraordinaires.') at the foot (4 of 20 noise lines)",
    "fr-blog-souffleenpantoufles-yoga":
        "the yoga blog's three-months post keeps its blog name ('Souffle en Pantoufles') above the title, its tagline, "
        "photo caption, safety line and categories ('le yoga à la maison, sans prise de tête', 'Mon coin yoga, entre "
        "le canapé et la fenêtre.', 'Avant de commencer, demandez l'avis de votre médecin si vous avez mal au dos.', "
        "'Catégories : Pratique, Matériel') under the title and its table of contents ('Au programme', 'Les débuts "
        "difficiles', 'Ce qui a marché') between the second paragraph and the paragraph with the quote (8 of 20 noise "
        "lines)",
    "de-portal-kreblingshausen-parkhaus":
        "the local paper's hospital car-park story keeps its masthead ('Kreblingshausener Anzeiger – Ihre "
        "Heimatzeitung seit 1881') above the title and its photo caption ('Das neue Parkhaus hat fünf Ebenen und 420 "
        "Stellplätze.') under the title (2 of 20 noise lines)",
    "de-blog-summendezarge-imkern":
        "the beekeeping blog's first-year post keeps its tagline, advertising disclosure, photo caption, safety line "
        "and category ('Imkern im Kleingarten – ehrlich und ohne Fachchinesisch', 'Werbung, unbeauftragt: Ich nenne "
        "Marken, bekomme aber nichts dafür.', 'Meine zwei Beuten im Oktober, eingewintert.', 'Sicherheitshinweis: Wer "
        "allergisch auf Stiche reagiert, sollte immer ein Notfallset dabeihaben.', 'Kategorie: Anfängerwissen') under "
        "the title and its table of contents ('Was dich erwartet', 'Der Schwarm im Juni', 'Die Varroa-Behandlung') "
        "between the second paragraph and the paragraph with the quote (8 of 20 noise lines)",
    "it-blog-orecchioalbosco-canto":
        "the birdsong blog's blackbird post keeps its tagline, affiliate disclosure, photo caption and safety line "
        "('diario di un registratore di suoni della natura', 'Nessun link affiliato: l'attrezzatura l'ho pagata io.', "
        "'Il mio registratore sul treppiede, al margine del bosco.', 'Rispettate i nidi: non avvicinatevi mai durante "
        "la cova.') under the title and its sound-gallery link ('Ascolta tutte le registrazioni nella galleria "
        "sonora') between the subheading and the first list row (5 of 20 noise lines)",
    "pl-blog-morsujepopiecdziesiatce-morsowanie":
        "the cold-water blog's first-dip post keeps its tagline, photo caption, safety line and category ('blog o "
        "zimnej wodzie i ciepłej herbacie', 'Nasza grupa na pomoście, tuż przed wejściem.', 'Pamiętaj: nigdy nie "
        "morsuj sam i skonsultuj się z lekarzem.', 'Kategoria: Sezon 2026/27') under the title (4 of 20 noise lines)",
    'ru-portal-vereskopol-memori-kafe':
        ("the local paper's dementia-café story keeps its masthead ('Верескополь Сегодня — новости города и района') "
         "above the title, its photo caption ('Посетители кафе на празднике в честь первого года.') under the title "
         "and its sponsor label ('Спонсорский блок') between the subheading and the first list row (3 of 20 noise "
         "lines); since round 128 'Верескополь Сегодня — новости города и района', 'Посетители кафе на празднике в "
         "честь первого года.' go, 1 of 20 noise lines left"),
    "ru-blog-pasekanavyselkakh-pchely":
        "the beekeeping blog's winter post keeps its photo caption, safety line and category ('Мои три улья под "
        "навесом в ноябре.', 'Осторожно: при аллергии на укусы держите под рукой антигистаминное.', 'Рубрика: "
        "Пчеловодство') under the title and its table of contents ('Содержание поста', 'Осенняя ревизия', "
        "'Утепление ульев') between the first and second paragraphs (6 of 20 noise lines)",
}


test_held_out_118_line, test_held_out_118_line_is_kept, test_held_out_118_page = held_out_tests(
    HELD_OUT_118_LINES, HELD_OUT_118_KEEP, HELD_OUT_118_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
