"""Held-out set 124: written blind, weighted toward the noise the cleaner exists for, in shapes set 122's docstring does
not name (nor the first paragraphs of sets 119, 120 and 121): scraper, embed and ad markers (an English Flourish chart
failure "This Flourish chart could not be rendered. Try refreshing, or view the data table further down.", an English
Acast audio player switched off "Audio player (Acast) is switched off until you consent to third-party content.", an
English Dailymotion pre-roll advert notice "Video by Dailymotion – the clip will play after a 15-second advert.", a
French blocked SoundCloud player "Contenu SoundCloud bloqué. Pour l'écouter, autorisez les cookies de mesure d'audience
et de partage.", a German Podigee podcast player placeholder "Podigee-Player: Zum Abspielen der Folge müssen Sie externe
Inhalte einmalig freischalten.", an Italian Google Forms placeholder "Modulo Google non visualizzabile: abilita i
contenuti esterni oppure compilalo in una nuova scheda.", a Polish Canva presentation failure "Prezentacja z serwisu
Canva nie załadowała się. Spróbuj ponownie za chwilę." and a Russian Rutube video failure with an ad-blocker hint "Видео
с Rutube не загрузилось. Попробуйте обновить страницу или отключите блокировщик рекламы."); reading-time headers in new
wordings (the English "Estimated reading time: 4 min (1,050 words)" and a blog's "Reading time: about a quarter of an
hour (I got carried away with the photos).", the French "Ce texte se lit en 4 minutes", the German "Für diesen Text
brauchen Sie etwa 4 Minuten.", the Italian "Si legge in 4 minuti", the Polish "Szacowany czas lektury: 4 minuty" and the
Russian "Статья читается за 4 минуты"); bylines and self-promotion (an English by-line with the court beat and
additional reporting from the newsdesk "By Tamsin Colebrook, Crown Court reporter, with additional reporting from the
newsdesk", an English Gumroad family-tree-templates plug "If these posts help your research, my one-page family-tree
templates are on Gumroad for £3.", an English lock-repair-trade plug "I repair and re-pin old mortice locks for a living
– see the Workshop page for prices and postage.", a French court-chronicle byline "Chronique judiciaire d'Ombeline
Cazaubert, envoyée spéciale au tribunal", a German eBay tube-radio sales plug "Meine restaurierten Röhrenradios verkaufe
ich gelegentlich über eBay – Link in der Seitenleiste.", an Italian honey-by-reservation plug "Vendo il mio miele di
castagno solo su prenotazione: scrivimi dal modulo contatti.", a Polish report-from-the-courtroom byline "Relacja z sali
sądowej: Bożena Kwiatkowiak" and a Russian material-prepared-by byline with the desk "Материал подготовил Вадим
Скорняков (отдел происшествий)"); blog and site footers (an English copyright-and-cookie-preferences line "© 2026 All
rights reserved · Terms of use · Privacy policy · Manage cookie preferences", a Blogger-and-Way2Themes credit "This blog
runs on Blogger and is backed up every Sunday night – template by Way2Themes.", a CC BY-SA licence line "Text licensed
CC BY-SA 4.0; photographs all rights reserved unless stated otherwise.", a French SPIP-sitemap-accessibility line "Site
propulsé par SPIP – plan du site – accessibilité : partiellement conforme", a German WordPress-theme-and-All-Inkl line
"Mit WordPress und dem Theme „Twenty Twenty-Four“ gebaut – Hosting bei All-Inkl.", an Italian press-register line
"Iscrizione al Registro della Stampa del Tribunale n. 00/2019 · Tutti i diritti riservati", a Polish
no-copying-without-consent line "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione. Polityka
prywatności" and a Russian Tilda-and-personal-data line "Сайт работает на Tilda. Политика обработки персональных
данных"); reader-comment furniture (an English pre-moderated-because-of-live-proceedings line "Comments on this story
are pre-moderated because legal proceedings are active.", an English guest-or-Disqus sign-in line "Comment as a guest,
or sign in with Disqus, Facebook or Google to get reply alerts.", an English count-with-new-since-last-visit row "27
comments · 4 new since your last visit · Jump to newest", a French published-after-moderation line "Votre commentaire
sera publié après validation par la modération.", a German shortened-by-the-editors note "Dieser Kommentar wurde von der
Redaktion gekürzt.", an Italian flagged-and-awaiting-review note "Commento segnalato come inappropriato e in attesa di
revisione.", a Polish deleted-by-its-author note "Komentarz usunięty przez autora." and a Russian replying-to-a-guest
cancel-reply line "Вы отвечаете пользователю Гость. Отменить ответ"); share rows (an English send-it-to-a-friend
WhatsApp, Messenger and copy-link row "Found this useful? Send it to a friend: WhatsApp | Messenger | Copy link", a
German forward-via-Signal-Threema row "Artikel weiterleiten: Signal, Threema, E-Mail oder Link kopieren" and a Polish
Facebook, Wykop and X row "Udostępnij: Facebook · Wykop · X · kopiuj link"); and notices (a French subscribers-only
metered paywall note "Cet article est réservé aux abonnés – il vous reste 2 articles gratuits ce mois-ci." and an
Italian updated-at note "Articolo aggiornato alle 18:40 con la replica della difesa.", both in the body, and a Russian
cookie-consent notice "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим." at the foot);
and toward whole scraped news and hobby-blog pages in layouts set 122's docstring does not describe (three noise lines
in one block above the title on the six portal pages, the masthead, a section menu and a breadcrumb, and two on the six
blog pages, the blog name and its tagline; under the title two blocks on the portals, three lines (byline, date and
reading time) and then two (photo caption and photo credit), and one block of three lines on the blogs (date and author,
reading time, category or tags); between the first and second paragraphs an ad label and a read-also link in one block
on the six portals and an affiliate or advertising disclosure on the six blogs; nothing between the second paragraph and
the paragraph with the quote on any page; between the paragraph with the quote and the subheading a share row on the
portals and a photo caption and photo credit on the blogs; nothing between the subheading and the first list row on any
page; inside the rows' block a newsletter or follow prompt after the third row on the six portals and a Pinterest, save
or bookmark prompt between the second and third rows on the six blogs; a you-might-also-like, same-subject or see-also
link between the last list row and the last paragraphs on the six blogs and nothing there on the portals; a Google News,
WhatsApp-channel or Dzen follow prompt between the two last paragraphs on the six portals and nothing there on the
blogs; at the foot one block, seven lines on the portals (a comment count, a comment, an arrowed reply, a second
comment, an arrowed reply, a load-more link and a copyright, legal-links or Impressum line naming a publisher) and ten
on the blogs (a shop or product plug, a newsletter prompt, a comment count, a comment, the author's arrowed reply
addressed by name, the commenter's answer nested two arrows deep, a second comment, the author's arrowed reply, previous
and next-post links and a WordPress theme credit)), taken from crime and courts and from blogs about old locks and keys,
family history, vintage radios and allotment beekeeping.

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 122 but what is named here), held-out set 123 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not grep or list the tests/ folder's files and did not run ``git worktree list``. Read were: the
docstring of held-out set 122 up to its paragraph "Still held out after round 90", its imports and its tail from the
``_LINE_XFAIL`` assignment on, and the first paragraphs of the docstrings of sets 119, 120 and 121, printed with one ast
script (/tmp/s124scratch/peek.py, run once to the terminal, where its long output was cut in the middle, and once more
into /tmp/s124scratch/peek.out, paged with ``sed``); tests/held_out_sets.py and scripts/clean_held_out_report.py (in
full, with ``cat``); ``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase``
and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s124scratch/helpers.py); and
``FIXTURES``, printed as its dict value. The import lines and the line binding the three tests follow set 122's as
printed, with 122 -> 124; /tmp/s124scratch/gen.py writes the file from scratch files (body124.py, pages124.py,
doc124.txt and, after the measurement, tables124.py). Nothing else was copied from any file of the repository. The set
was measured once against a frozen cleaner (worktree /tmp/wt-s124, detached at commit
9e1c5ab19407d9f20cc832d22c96b50ad94340b4, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring.

Slips and notes: (1) ``git status --short`` in /work/main printed nothing and ``git rev-parse HEAD`` printed
9e1c5ab19407d9f20cc832d22c96b50ad94340b4, the brief's commit; the two worktrees were made with ``git worktree add``
(output to /dev/null) and ``ls`` on them printed only top-level names. (2) The machine's python (pyenv 3.11.7) lacked
the project's dependencies (joblib first), and pip failed there on an installed distribution with broken metadata; I
made a virtual environment (/tmp/s124scratch/venv) and installed into it, with pip, the base dependencies of
pyproject.toml (read for that; its pinned versions) plus pytest and hypothesis; every run of the helpers, the
measurement and the report used that environment's python in place of ``python``. The first attempt to print the helpers
(with the pyenv python) failed at the import of joblib and the second at hypothesis, before printing anything. (3)
peek.py's first run printed to the terminal, which cut its middle (set 122's Judgement calls to Contents and set 119's
first paragraph start); its second run went to peek.out, of which I paged lines 125 to 300 with ``sed``; nothing outside
the allowed parts was printed. (4) Before the measurement /tmp/s124scratch/check.py executed this file with stand-in
held_out_sets and noisy_corpus modules (/tmp/s124scratch/stand) and counted lines by category, place and language (the
language from the listing order), keep lines by place, pages by language, 10 article and 20 noise lines a page, repeats,
noise lines (held-out and page) inside any other noise, keep or article line, page lines inside held-out or keep lines
(case-insensitively), at-signs and lines over 120 columns. While drafting, before any check, I avoided ad labels that
sit inside keep lines ("Werbung", "Pubblicità", "Реклама" became "Anzeige", "Spazio pubblicitario" and "Рекламный
блок"), a German paper name holding "Anzeige" (it became the Kettwitzer Tageblatt), photo credits and copyright lines
holding the masthead or blog name, and reading times repeating the earlier sets' wordings. The first run of check.py
found the German portal's comment count "5 Kommentare" inside the radio blog's "5 Kommentare zu diesem Beitrag" (now
"Kommentare (5)") and one line over 120 columns (split); the second run found nothing. After the name checks of (5) I
moved the burglary trial from the "Tresham Crown Court" (Tresham is a real village) to Pembrill Crown Court and the
pawnbroker to "the town centre", and renamed the Russian publisher; the third run found nothing. (5) Invented names were
checked with the exact-string search over public GitHub files: Pembrill, Pembrill Courier, Montcabrol, Branches et
Brouillons, Kettwitz, Röhrenglimmen, Roccafiorana, Api nell'orto, Wierzbnowo, Gałęzie i Metryki, Ключегорск, Пчёлы на
шести сотках, Tamsin Colebrook, Ombeline Cazaubert, Kwiatkowiak, Вадим Скорняков, Hugh Penberthy, Lyle Brannock, Fenella
Oakshott, Henrike Mallwitz, Brunckhorst Medien, Editrice Valcampo, Wydawnictwo Nadrzecze, Éditions de la Lède, Livia
Santorsola, Witold Szamborek, Gaëtan Rouvière, Tommaso Ferrabino, Renate Ohlsberg, Marek Dziewulski, Ключегорск-Медиа
and Tresham Crown Court had no hits. Dropped: Медиа-Ключ (hits as the common word "медиа-ключ", a media key; the
publisher became ООО «Ключегорск-Медиа») and Tresham (a real place, see (4)). Kept with hits: Wards and Levers (only
inside "rewards and levers"). Not checked: Quarry Road, the rue des Cordiers, via Campolungo, the Mühlenteich, ul.
Leśna, Verkhniye Klyuchi (Верхние Ключи), the quoted people (Annie Pellow, Émile, Rozalia, Frieda, отец Георгий and the
others), Дарья Овчинникова, the blog authors and commenters (Ewan, Solenne, Jochen, Chiara, Krystyna, Ирина and the
commenters' names and handles) and the names built on checked towns (L'Écho de Montcabrol, Kettwitzer Tageblatt, Il
Corriere di Roccafiorana, Głos Wierzbnowa, Ключегорский вестник). Numbers are zero-filled (the register and VAT
numbers); there are no e-mail addresses and no at-signs. (6) Real things named, as real pages do: Flourish, Acast,
Dailymotion, SoundCloud, Podigee, Google Forms, Canva, Rutube, Gumroad, eBay, Blogger, Way2Themes, Creative Commons (CC
BY-SA 4.0), SPIP, WordPress (Twenty Twenty-Four, Hemingway by Anders Norén, Astra, GeneratePress, Kadence, Neve),
All-Inkl, Tilda, Disqus, Facebook, Google, Google News (Google Actualités), WhatsApp, Messenger, Signal, Threema, Wykop,
X, Pinterest, Etsy, Telegram, VKontakte, Odnoklassniki, Dzen, Victim Support, the Volksempfänger VE 301 and the Saba
Freiburg radio. (7) The two measuring commands ran as the brief gave them, in one shell call after ``date`` and the last
check, with the virtual environment's bin folder first on PATH (so ``python`` was its python), their output sent to
/tmp/s124scratch/measure.out and report.out and the report and the pytest tail printed; the problems were then printed
with ``_problems`` in the frozen worktree by /tmp/s124scratch/problems.py (output problems.out), which imports the copy
of this file in /tmp/wt-s124/tests; it ran ``_problems`` over all 45 noise lines, 20 keep lines and 12 pages, printing
only the failing ones (21, 0 and 12, as in the measurement). The xfail tables were written by
/tmp/s124scratch/mktables.py from my own descriptions of those lines and pages. (8) My first clock reading was
2026-12-05 10:41:15 UTC; the measurement ran at 10:46:39 UTC. (9) With the tables filled, the pytest command (same
environment) ran on the final file in /tmp/wt-s124: 44 passed, 33 xfailed, no XPASS.

Judgement calls: the keep lines opening with or holding "Comments from the bench", "Share prices", "Follow-up checks",
"Subscribers to the parish newsletter", "Copyright in the original lock designs", "Advertising for the new courthouse
contract", "Reading the evidence aloud", "Commentaires désobligeants", "Partager la salle d'audience", "Abonnée au
journal", "Teilen wollte der Angeklagte", "Werbung für die angebliche Geldanlage", "Folgen hat das Urteil", "Condividere
l'aula", "Commenti e proteste", "Pubblicità ingannevole", "Komentarze sędziego", "Udostępnianie zdjęć psa", "Подписчики
районной группы" and "Реклама фальшивого инвестиционного фонда" are article sentences: each reports what happened in a
case (a verdict, a trial, a fraud, a lost dog, a stolen bell, a court contract) with the noise-like word as an ordinary
noun or verb of the sentence. Categories: the Dailymotion pre-roll line is a marker (an embed's ad furniture); the
English Gumroad and lock-repair plugs, the German eBay plug and the Italian honey plug are bylines (self-promotion) and
sit at the foot; the English CC BY-SA licence line is a footer; the English pre-moderation line, the German
shortened-by-the-editors note, the Italian flagged-comment note, the Polish deleted-comment note and the Russian
cancel-reply line are comment furniture; the French paywall note and the Italian updated-at note are notices in the body
and the Russian cookie-consent line is a notice at the foot. On every page the title, the three paragraphs before the
subheading (one with the quote), the subheading, its three list rows and the two last paragraphs are article; everything
else (mastheads, blog names and taglines, menus, breadcrumbs, bylines and authors' names, dates, reading times,
categories and tags, photo captions and credits, ad labels, read-also, you-might-also-like and see-also links, affiliate
and advertising disclosures, share rows, newsletter, follow, Pinterest, save and bookmark prompts, plugs, comment
counts, comments and replies, load-more links, previous and next-post links, copyright, legal-links, Impressum and
platform or theme credits) is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines), body 10 (the eight markers and two notices), tail 24), 20 keep lines (en 7, fr 3,
de 3, it 3, pl 2, ru 2; head 7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines:
en-portal-pembrill-burglary (a burglary trial: a man jailed for seven night-time break-ins),
en-blog-wardsandlevers-padlock (a Victorian lever padlock opened with a home-made key),
fr-portail-montcabrol-escroquerie (a fraud verdict: a fake investment adviser sentenced),
fr-blog-branchesetbrouillons-genealogie (a great-grandfather found in the military registers), de-portal-kettwitz-dackel
(a missing dachshund found in a fox earth), de-blog-roehrenglimmen-volksempfaenger (a VE 301 radio brought back to
life), it-portale-roccafiorana-tribunale (a court's new building opened), it-blog-apinellorto-inverno (an allotment hive
made ready for winter), pl-portal-wierzbnowo-fotoradar (a speed-camera dispute in court), pl-blog-galezieimetryki-akt (a
great-grandmother's marriage record in a parish that no longer exists), ru-portal-klyuchegorsk-kolokol (a stolen church
bell found at a scrap yard) and ru-blog-pchelynashestisotkakh-ulya (two hives on a dacha plot without a quarrel with the
neighbours), each with a reader comment thread.

Baseline (2026-12-05, cleaner at commit 9e1c5ab19407d9f20cc832d22c96b50ad94340b4, measured with ``cd /tmp/wt-s124 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s124/src python -m pytest -q tests/test_clean_held_out_124.py -rA -p
no:cacheprovider`` (33 failed, 44 passed) and ``cd /tmp/wt-s124 && PYTHONPATH=/tmp/wt-s124/src python
scripts/clean_held_out_report.py --sets 124``, with the xfail tables empty): noise lines removed 24/45 (marker 2/8,
reading-time 5/7, byline 0/8, footer 7/8, comments 5/8, share 3/3, notice 2/3; the 21 missed lines, all kept in the
text, are those of ``_LINE_XFAIL``); keep lines kept 20/20; pages 0/12 clean, 32 of 240 page noise lines left and 0 of
120 article lines lost. Left on the pages: the English portal 1 (its photo caption), the English lock blog 4 (blog name,
tagline, affiliate disclosure, photo caption), the French portal 3 (photo caption and credit, newsletter prompt), the
French family-history blog 2 (photo caption and credit), the German portal 4 (photo caption and credit, newsletter
prompt, WhatsApp follow prompt), the German radio blog 2 (advertising disclosure, photo caption), the Italian portal 3
(photo caption and credit, WhatsApp-channel prompt), the Italian beekeeping blog 1 (photo caption), the Polish portal 2
(photo caption and credit), the Polish family-history blog 2 (caption and scan credit), the Russian portal 2 (photo
caption, Dzen follow prompt) and the Russian beekeeping blog 6 (blog name, tagline, date and author, category, photo
caption and credit), as ``_PAGE_XFAIL`` describes; no page loses an article line. The failing cases are strict xfails.

Still held out after round 91 (developed on sets 121 and 122: a prompt no rule takes between two list rows is skipped
inside the list; the byline block under the title goes whole when what is left in it is captions over credits, credits
and follow, app or share prompts; a blog's name alone above the title at the top of the page; a comment thread with no
header opening at a one-line comment with an arrowed reply under it; reading times with the minutes in words; this set
was written against 9e1c5ab, before it; measured once with ``scripts/clean_held_out_report.py --sets 124`` at efe9f56):
unchanged on every line and page (the problems of every noise line, keep line and page are the same, line for line). No
entry removed or reworded.

Round 92 (development; this set was read in full from this round on): Fixed as mechanisms, with six-language tests and
near misses in tests/test_clean.py (test_round_92_*): a sentence whose subject is advertising coordinated with a second
subject, its verb after it, is the article's for the edge models (the Italian keep line "Pubblicità e sponsor coprono
ormai metà del bilancio della società ciclistica.", lost to the edge model at p=1.00; clean._ADS_AT_A_PLACE widened, an
ad slot's contact line still goes); a one-line reply quoted by ">" (one per level, "> Hattie: ...", ">> Robbie K.: ...")
is a thread's reply like an arrowed one (comment_threads._INLINE_REPLY), so set 123's six blogs' threads under their
counts go whole, and its English, German, Italian, Polish and Russian plugs above them with them; a picture's caption
over its credit, the two alone in their block, goes wherever the block stands, the credit a rule's or a credit's shape
(page_blocks._mark_credited_caption_blocks, run by mark_block_remnants; _HEAD_CREDIT widened to scans and documents
under a label, "Skan: archiwum diecezjalne", "Document : archives départementales, capture d'écran"; a street's
abbreviation is no sentence's end; a labelled description closed by a word in small letters is no credit, so set 97's
bread blog keeps its first paragraph); a blog's name over its tagline in the first block goes with the head block under
the title (_is_blog_name_over_title and _mark_head_caption), as does the last table-of-contents row numbered on from the
row above (_next_contents_row in _head_block_lines); and line rules (whole_line_noise.WHOLE_LINE_NOISE): newsletter
prompts naming the newsletter and the call to sign up in a prompt's shape, follow prompts on WhatsApp or Dzen and a
named channel after the site's article ("Segui il Corriere sul canale WhatsApp"), affiliate disclosures under a label or
with the page as subject, a comment deleted by its own author, the article updated at a time of day, a reading time said
with a verb of reading ("Статья читается за 4 минуты"), Disqus named as the comment system or in the form's
guest-or-sign-in offer, and Polish and Russian bylines with the report's word or the preparer's verb ("Relacja z sali
sądowej: ...", "Материал подготовил ..."). No class was added. Across sets 10-124 (held-out report) no article or keep
line lost; sets 70 and 88 remove their removed-by-the-author stubs, sets 72, 99, 104, 105 and 119 clean one more page
each (captions over credits under the title, column and library newsletter prompts; their strict xfail entries removed);
sets 10-124: noise lines removed 4837 -> 4849, keep lines 2326 -> 2327, pages clean 837 -> 858, page noise lines left
1314 -> 1225, paragraphs lost 2 -> 2 (no page of any set keeps more noise); SemEval: 0 of 3723 files changed; bench
ratio 1.02; the cleaning test set 16864 passed, 941 xfailed. Figures before -> after: noise lines removed 24 -> 30/45
(reading-time 5 -> 6/7, the Russian "Статья читается за 4 минуты"; byline 0 -> 2/8, the Polish report-from-the-courtroom
and the Russian material-prepared-by bylines; comments 5 -> 7/8, the Polish deleted-by-its-author note and the
guest-or-Disqus sign-in line; notice 2 -> 3/3, the Italian updated-at note; marker 2/8, footer 7/8, share 3/3
unchanged), keep lines 20/20, pages clean 0 -> 10/12, page noise lines left 32 -> 5 of 240 (the portals' captions and
credits under the title, the blogs' captions and credits above the subheading, the newsletter prompts in the list block,
the WhatsApp and Dzen follow prompts, the English blog's name and tagline and affiliate disclosure, the German blog's
advertising disclosure), article lines lost 0 of 120; pytest 44 passed, 33 xfailed -> 60 passed, 17 xfailed. Two page
reasons reworded (en-blog-wardsandlevers-padlock, ru-blog-pchelynashestisotkakh-ulya). Still missed: the 15 lines of
``_LINE_XFAIL``; the English lock blog's photo caption with no credit above the subheading; the Russian beekeeping
blog's name, tagline, date-and-author row and rubric (a line rule for "1 декабря 2026 · Ирина" was tried and dropped: it
took the date row from under the page head's rule and set 118's Italian and Polish blogs then kept their names above the
title).
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_124_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("body", "This Flourish chart could not be rendered. Try refreshing, or view the data table further down.",
     "marker"),
    ("body", "Audio player (Acast) is switched off until you consent to third-party content.", "marker"),
    ("body", "Video by Dailymotion – the clip will play after a 15-second advert.", "marker"),
    ("head", "Estimated reading time: 4 min (1,050 words)", "reading-time"),
    ("head", "Reading time: about a quarter of an hour (I got carried away with the photos).", "reading-time"),
    ("head", "By Tamsin Colebrook, Crown Court reporter, with additional reporting from the newsdesk", "byline"),
    ("tail", "If these posts help your research, my one-page family-tree templates are on Gumroad for £3.", "byline"),
    ("tail", "I repair and re-pin old mortice locks for a living – see the Workshop page for prices and postage.",
     "byline"),
    ("tail", "© 2026 All rights reserved · Terms of use · Privacy policy · Manage cookie preferences", "footer"),
    ("tail", "This blog runs on Blogger and is backed up every Sunday night – template by Way2Themes.", "footer"),
    ("tail", "Text licensed CC BY-SA 4.0; photographs all rights reserved unless stated otherwise.", "footer"),
    ("tail", "Comments on this story are pre-moderated because legal proceedings are active.", "comments"),
    ("tail", "Comment as a guest, or sign in with Disqus, Facebook or Google to get reply alerts.", "comments"),
    ("tail", "27 comments · 4 new since your last visit · Jump to newest", "comments"),
    ("tail", "Found this useful? Send it to a friend: WhatsApp | Messenger | Copy link", "share"),
    # French (6)
    ("body", "Contenu SoundCloud bloqué. Pour l'écouter, autorisez les cookies de mesure d'audience et de partage.",
     "marker"),
    ("head", "Ce texte se lit en 4 minutes", "reading-time"),
    ("head", "Chronique judiciaire d'Ombeline Cazaubert, envoyée spéciale au tribunal", "byline"),
    ("tail", "Site propulsé par SPIP – plan du site – accessibilité : partiellement conforme", "footer"),
    ("tail", "Votre commentaire sera publié après validation par la modération.", "comments"),
    ("body", "Cet article est réservé aux abonnés – il vous reste 2 articles gratuits ce mois-ci.", "notice"),
    # German (6)
    ("body", "Podigee-Player: Zum Abspielen der Folge müssen Sie externe Inhalte einmalig freischalten.", "marker"),
    ("head", "Für diesen Text brauchen Sie etwa 4 Minuten.", "reading-time"),
    ("tail", "Meine restaurierten Röhrenradios verkaufe ich gelegentlich über eBay – Link in der Seitenleiste.",
     "byline"),
    ("tail", "Mit WordPress und dem Theme „Twenty Twenty-Four“ gebaut – Hosting bei All-Inkl.", "footer"),
    ("tail", "Dieser Kommentar wurde von der Redaktion gekürzt.", "comments"),
    ("tail", "Artikel weiterleiten: Signal, Threema, E-Mail oder Link kopieren", "share"),
    # Italian (6)
    ("body", "Modulo Google non visualizzabile: abilita i contenuti esterni oppure compilalo in una nuova scheda.",
     "marker"),
    ("head", "Si legge in 4 minuti", "reading-time"),
    ("tail", "Vendo il mio miele di castagno solo su prenotazione: scrivimi dal modulo contatti.", "byline"),
    ("tail", "Iscrizione al Registro della Stampa del Tribunale n. 00/2019 · Tutti i diritti riservati", "footer"),
    ("tail", "Commento segnalato come inappropriato e in attesa di revisione.", "comments"),
    ("body", "Articolo aggiornato alle 18:40 con la replica della difesa.", "notice"),
    # Polish (6)
    ("body", "Prezentacja z serwisu Canva nie załadowała się. Spróbuj ponownie za chwilę.", "marker"),
    ("head", "Szacowany czas lektury: 4 minuty", "reading-time"),
    ("head", "Relacja z sali sądowej: Bożena Kwiatkowiak", "byline"),
    ("tail", "Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione. Polityka prywatności",
     "footer"),
    ("tail", "Komentarz usunięty przez autora.", "comments"),
    ("tail", "Udostępnij: Facebook · Wykop · X · kopiuj link", "share"),
    # Russian (6)
    ("body", "Видео с Rutube не загрузилось. Попробуйте обновить страницу или отключите блокировщик рекламы.",
     "marker"),
    ("head", "Статья читается за 4 минуты", "reading-time"),
    ("head", "Материал подготовил Вадим Скорняков (отдел происшествий)", "byline"),
    ("tail", "Сайт работает на Tilda. Политика обработки персональных данных", "footer"),
    ("tail", "Вы отвечаете пользователю Гость. Отменить ответ", "comments"),
    ("tail", "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "notice"),
]
HELD_OUT_124_KEEP: list[tuple[str, str]] = [
    ("head", "Comments from the bench were unusually sharp: the judge called the scheme \"a careful, patient theft\"."),
    ("head", "Share prices at the firm fell by a third in the week after the fraud charges were announced."),
    ("head", "Follow-up checks by trading standards found two more cameras pointed the wrong way."),
    ("body", "Subscribers to the parish newsletter were the first to learn that the bell had gone missing."),
    ("body", "Copyright in the original lock designs expired long ago, so the museum may publish the drawings freely."),
    ("tail", "Advertising for the new courthouse contract drew eleven bids from builders across the county."),
    ("tail", "Reading the evidence aloud took the clerk most of the afternoon session."),
    ("head", "Commentaires désobligeants et menaces : la voisine a décrit trois années de tensions avant le "
             "cambriolage."),
    ("body", "Partager la salle d'audience avec les victimes a été, selon l'avocat, « une épreuve » pour son client."),
    ("tail", "Abonnée au journal depuis quarante ans, la plaignante a reconnu son chien sur une photo publiée en "
             "page 3."),
    ("head", "Teilen wollte der Angeklagte die Beute angeblich mit zwei Komplizen, die nie gefunden wurden."),
    ("body", "Werbung für die angebliche Geldanlage hatte der Mann in Lokalzeitungen und auf Flugblättern geschaltet."),
    ("tail", "Folgen hat das Urteil auch für die Stadt, die die Blitzer nun neu eichen lassen muss."),
    ("head", "Condividere l'aula con l'imputato è stato difficile, ha detto la vittima del furto."),
    ("body", "Commenti e proteste dei residenti hanno spinto il Comune a rivedere la posizione dell'autovelox."),
    ("tail", "Pubblicità ingannevole è l'accusa principale mossa ai due titolari della finta agenzia di investimenti."),
    ("head", "Komentarze sędziego po ogłoszeniu wyroku dotyczyły głównie zaufania starszych osób do banków."),
    ("tail", "Udostępnianie zdjęć psa w mediach społecznościowych pomogło odnaleźć go po dziewięciu dniach."),
    ("tail", "Подписчики районной группы первыми узнали, что колокол пропал из звонницы."),
    ("tail", "Реклама фальшивого инвестиционного фонда висела на остановках целый год, заявил прокурор."),
]

HELD_OUT_124_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-portal-pembrill-burglary", [
        ["-The Pembrill Courier", "-News | Crime | Courts | Sport | What's On | Jobs", "-Home › News › Courts"],
        ["+Man jailed for string of night-time burglaries on Pembrill's Quarry Road"],
        ["-By Hugh Penberthy, Courts Correspondent", "-Published 14:32, 4 December 2026", "-4 min read"],
        ["-Lyle Brannock leaving Pembrill Crown Court after sentencing.", "-Picture: Courier Photographic"],
        ["+A 34-year-old man who broke into seven homes on Quarry Road over a single winter has been jailed for "
         "five years and four months."],
        ["-Advertisement", "-Read more: Shop owner thanks neighbours who chased off raiders"],
        ["+Lyle Brannock, of no fixed address, admitted the burglaries on the second day of his trial, after "
         "jurors had heard from four of the householders."],
        ["+Sentencing him, Recorder Fenella Oakshott said: \"You chose homes where you knew elderly people lived "
         "alone, and you chose the small hours so they would be frightened.\""],
        ["-Share this article: Facebook | X | WhatsApp | Email"],
        ["+What the court heard"],
        ["+Police matched a glove found in a garden to DNA already held on file.",
         "+Jewellery from three of the homes was recovered from a pawnbroker in the town centre.",
         "+Brannock had been released from an earlier sentence only five weeks before the first break-in.",
         "-Get the Courier's crime and courts briefing in your inbox every Friday – sign up free"],
        ["+Two of the victims read statements describing how they now sleep with the lights on."],
        ["-Follow Pembrill Courier on Google News"],
        ["+Brannock will serve half of his sentence in custody before being released on licence."],
        ["-12 comments",
         "-QuarryRoadResident: About time. He was seen on the doorbell cameras for weeks.",
         "-↳ Mike_T: The police did well with that glove, to be fair.",
         "-Annie Pellow: My mother lives two doors down and still won't open the door after dark.",
         "-↳ Courier reader: Hope she gets some help from Victim Support.",
         "-Load 7 more comments",
         "-© 2026 Pembrill Courier Ltd · Contact us · Terms · Privacy notice"],
    ]),
    _page("en", "en-blog-wardsandlevers-padlock", [
        ["-Wards and Levers", "-Notes from a lock collector's bench"],
        ["+Opening a Victorian lever padlock with no key"],
        ["-Posted on 3 December 2026 by Ewan", "-About 7 minutes to read", "-Filed under: Padlocks, Restoration"],
        ["+The padlock came in a box of rusty hinges from a farm sale, and nobody had seen its key for at least "
         "fifty years."],
        ["-This post contains affiliate links to the tools I use; buying through them supports the blog at no "
         "extra cost."],
        ["+It is a six-lever brass padlock, probably from the 1880s, with a maker's mark too worn to read."],
        ["+As an old locksmith once told me, \"A lever lock is honest – it tells you exactly where it's stuck if "
         "you listen.\""],
        ["-The padlock before cleaning, shackle seized shut.", "-Photo: my own, taken on the kitchen table"],
        ["+How I got it open"],
        ["+I soaked the keyway in thin oil for three days and brushed out the grit.",
         "+I made a blank from a piece of brass and filed it a little at a time.",
         "-Pin this guide for later",
         "+Each lever lifted in turn until the bolt finally slid back."],
        ["-You might also like: Making a skeleton key blank from scrap brass"],
        ["+The finished key is not pretty, but it turns smoothly and the lock now hangs on my workshop door."],
        ["+Next month I will try to identify the maker from the pattern of the keyhole cover."],
        ["-I sell restored keys and spare blanks in my Etsy shop – new stock most weekends.",
         "-Get new posts by email – no spam, unsubscribe any time",
         "-4 Comments",
         "-Rob W. says: Lovely work. Did you find any marks on the levers themselves?",
         "-↳ Ewan says: A couple of scratched numbers, Rob – I'll photograph them next time.",
         "-↳↳ Rob W. says: Please do, they might date it.",
         "-Jen says: Which oil did you use for soaking?",
         "-↳ Ewan says: Just a light sewing-machine oil, nothing fancy.",
         "-← Previous post: The lock on my grandmother's tea caddy · Next post: A week of keys →",
         "-Powered by WordPress · Theme: Hemingway by Anders Norén"],
    ]),
    _page("fr", "fr-portail-montcabrol-escroquerie", [
        ["-L'Écho de Montcabrol", "-Actualités · Faits divers · Justice · Sports · Agenda",
         "-Accueil > Justice > Tribunal correctionnel"],
        ["+Faux placements : deux ans de prison avec sursis pour l'escroc de la rue des Cordiers"],
        ["-Par Gaëtan Rouvière", "-Publié le 4 décembre 2026 à 18h05", "-Lecture 4 min"],
        ["-Le palais de justice de Montcabrol, mercredi après-midi.", "-Photo L'Écho / G. R."],
        ["+Le tribunal correctionnel a condamné mercredi un ancien conseiller financier à deux ans de prison avec "
         "sursis pour avoir escroqué onze retraités."],
        ["-Publicité", "-À lire aussi : Démarchage téléphonique, les pièges à éviter"],
        ["+Entre 2021 et 2024, l'homme de 52 ans proposait des placements dans des parkings qui n'ont jamais "
         "existé."],
        ["+« Il venait prendre le café, il connaissait le prénom de nos petits-enfants », a raconté à la barre une "
         "victime de 79 ans."],
        ["-Partager : Facebook · X · WhatsApp · Courriel"],
        ["+Ce que prévoit le jugement"],
        ["+Le prévenu devra rembourser 284 000 euros aux parties civiles.",
         "+Il a interdiction définitive d'exercer une activité de conseil financier.",
         "+Sa société, déjà en liquidation, est dissoute.",
         "-Recevez chaque soir notre lettre d'information « Justice » – inscription gratuite"],
        ["+Son avocate a annoncé qu'il ne ferait pas appel."],
        ["-Suivez-nous sur Google Actualités"],
        ["+Plusieurs victimes ont indiqué qu'elles ne reverraient sans doute jamais la totalité de leur argent."],
        ["-8 commentaires",
         "-Mireille84 : Enfin ! Ma tante a perdu toutes ses économies avec lui.",
         "-↳ Jean-Pierre L. : Le sursis, c'est un peu léger quand même.",
         "-Observateur : Il faut surtout prévenir les personnes âgées seules.",
         "-↳ Cath : Les banques devraient alerter plus tôt.",
         "-Voir plus de commentaires",
         "-© 2026 SAS Éditions de la Lède – Mentions légales – Données personnelles – Cookies"],
    ]),
    _page("fr", "fr-blog-branchesetbrouillons-genealogie", [
        ["-Branches et Brouillons", "-Carnet de recherches généalogiques"],
        ["+Retrouver mon arrière-grand-père dans les registres matricules"],
        ["-Publié le 2 décembre 2026 par Solenne", "-Temps de lecture : environ 8 minutes",
         "-Catégories : Archives militaires, Famille Perrichon"],
        ["+Pendant des années, je n'avais de mon arrière-grand-père Émile qu'une photo en uniforme et un prénom."],
        ["-Certains liens de cet article sont affiliés : je touche une petite commission si vous achetez via ces "
         "liens."],
        ["+Les registres matricules, numérisés par les archives départementales, m'ont enfin permis de suivre sa "
         "trace."],
        ["+Ma grand-mère répétait toujours : « Ton arrière-grand-père est revenu de la guerre, mais il n'en a "
         "jamais parlé. »"],
        ["-La fiche matricule d'Émile, classe 1912.", "-Document : archives départementales, capture d'écran"],
        ["+Ma méthode en trois étapes"],
        ["+Chercher l'année de naissance pour connaître la classe de recrutement.",
         "+Trouver le bureau de recrutement correspondant au domicile à vingt ans.",
         "-Épinglez cet article sur Pinterest",
         "+Lire la fiche entière, y compris les mentions au verso."],
        ["-Sur le même sujet : Lire une fiche matricule sans se perdre"],
        ["+J'ai ainsi appris qu'Émile avait été blessé en 1916 puis affecté dans une usine d'armement."],
        ["+La prochaine étape sera de chercher son dossier de pension militaire."],
        ["-Mon guide « Débuter en généalogie » est disponible en PDF dans la boutique du blog.",
         "-Abonnez-vous pour recevoir les nouveaux articles par courriel",
         "-3 commentaires",
         "-Annick : Merci, je cherchais justement comment lire le verso.",
         "-↳ Solenne : Avec plaisir Annick, n'hésitez pas si vous bloquez.",
         "-↳↳ Annick : J'ai trouvé mon grand-oncle grâce à vous !",
         "-Hervé T. : Les archives de mon département ne sont pas encore en ligne, hélas.",
         "-↳ Solenne : Essayez les relevés des associations, parfois ils existent.",
         "-« Article précédent · Article suivant »",
         "-Blog propulsé par WordPress – thème Astra"],
    ]),
    _page("de", "de-portal-kettwitz-dackel", [
        ["-Kettwitzer Tageblatt", "-Lokales · Polizei · Sport · Kultur · Service", "-Startseite › Lokales › Kettwitz"],
        ["+Vermisste Dackelhündin nach elf Tagen im Stadtwald wiedergefunden"],
        ["-Von Henrike Mallwitz", "-04.12.2026, 09:15 Uhr", "-3 Min. Lesedauer"],
        ["-Hündin Frieda mit ihrer Besitzerin am Donnerstagmorgen.", "-Foto: Tageblatt/H. M."],
        ["+Die Rauhaardackel-Hündin Frieda ist elf Tage nach ihrem Verschwinden unversehrt im Kettwitzer "
         "Stadtwald gefunden worden."],
        ["-Anzeige", "-Lesen Sie auch: Hundesteuer steigt ab Januar"],
        ["+Das Tier war am 22. November bei einem Spaziergang am Mühlenteich davongelaufen, nachdem ein Böller "
         "gezündet worden war."],
        ["+„Ich habe jeden Abend mit einer Taschenlampe nach ihr gerufen“, sagte Besitzerin Renate Ohlsberg."],
        ["-Teilen: Facebook | WhatsApp | X | E-Mail"],
        ["+So wurde Frieda gefunden"],
        ["+Ein Förster hörte am Mittwoch ein leises Bellen aus einem alten Fuchsbau.",
         "+Die Feuerwehr grub den Eingang mit Spaten und Händen frei.",
         "+Eine Tierärztin stellte nur leichte Unterkühlung und Gewichtsverlust fest.",
         "-Nichts mehr verpassen: Jetzt den Polizei-Newsletter abonnieren"],
        ["+Die Polizei erinnert daran, dass Hunde im Stadtwald bis Ende März an der Leine zu führen sind."],
        ["-Folgen Sie dem Tageblatt auf WhatsApp"],
        ["+Frieda, so ihre Besitzerin, habe seit ihrer Rückkehr fast zwei Tage lang nur geschlafen."],
        ["-5 Kommentare",
         "-Waldläuferin: Was für ein Glück! Wir haben auch die Zettel verteilt.",
         "-↳ Kettwitzer71: Danke an die Feuerwehr, tolle Arbeit.",
         "-B. Ohm: Böller sollten in der Nähe des Waldes ganz verboten werden.",
         "-↳ Nachbar: Sehe ich genauso.",
         "-Weitere Kommentare laden",
         "-Impressum | Datenschutz | AGB | © Brunckhorst Medien GmbH 2026"],
    ]),
    _page("de", "de-blog-roehrenglimmen-volksempfaenger", [
        ["-Röhrenglimmen", "-Alte Radios, neues Leben"],
        ["+Ein Volksempfänger VE 301 kommt wieder zum Spielen"],
        ["-3. Dezember 2026 · Jochen", "-Lesedauer etwa 9 Minuten",
         "-Kategorie: Restaurierung · Tags: VE 301, Netzteil"],
        ["+Den Volksempfänger habe ich auf einem Flohmarkt für zwanzig Euro bekommen, mit gebrochener Rückwand "
         "und ohne Röhren."],
        ["-Werbehinweis: Die Links zu Ersatzteilen sind Affiliate-Links."],
        ["+Bevor ich irgendetwas eingeschaltet habe, habe ich alle Kondensatoren geprüft und die meisten ersetzt."],
        ["+Ein alter Radiomechaniker aus dem Verein sagte mir: „Wer einen alten Empfänger sofort einsteckt, hört "
         "ihn meistens nur einmal.“"],
        ["-Das Chassis nach dem Ausbau, noch mit Staub.", "-Foto: eigene Aufnahme"],
        ["+Die wichtigsten Schritte"],
        ["+Papierkondensatoren gegen moderne Folienkondensatoren tauschen.",
         "+Das Gerät über einen Regeltrenntrafo langsam hochfahren.",
         "-Diesen Beitrag merken",
         "+Die Skala reinigen und die Seilzüge neu spannen."],
        ["-Das könnte dich auch interessieren: Skalenseil wechseln beim Saba Freiburg"],
        ["+Nach zwei Wochenenden spielt das Gerät wieder, wenn auch abends nur mit einem einzigen Sender."],
        ["+Als Nächstes bekommt die Rückwand einen neuen Bezug aus Pappe."],
        ["-Reparierte Skalenseile und Knöpfe gibt es in meinem kleinen Shop.",
         "-Neue Beiträge per E-Mail erhalten",
         "-Kommentare (5)",
         "-Uwe R.: Schöne Arbeit! Welchen Trenntrafo nutzt du?",
         "-↳ Jochen: Einen alten Regeltrafo aus der Schulphysik, Uwe.",
         "-↳↳ Uwe R.: Praktisch, danke für den Tipp.",
         "-Marlies: Mein Vater hatte genau so einen, der steht noch auf dem Dachboden.",
         "-↳ Jochen: Dann nichts wie runterholen, aber bitte nicht gleich einstecken!",
         "-« Älterer Beitrag · Neuerer Beitrag »",
         "-Betrieben mit WordPress · Theme: GeneratePress"],
    ]),
    _page("it", "it-portale-roccafiorana-tribunale", [
        ["-Il Corriere di Roccafiorana", "-Cronaca · Politica · Sport · Cultura · Necrologi",
         "-Home › Cronaca › Giudiziaria"],
        ["+Il tribunale lascia il convento: inaugurata la nuova sede di via Campolungo"],
        ["-di Tommaso Ferrabino", "-4 dicembre 2026, ore 12:10", "-Lettura: 4 minuti"],
        ["-L'ingresso della nuova sede con la scalinata in pietra.", "-Foto Corriere / T. F."],
        ["+Dopo quasi un secolo nell'ex convento dei Cappuccini, il tribunale di Roccafiorana ha aperto le porte "
         "della nuova sede."],
        ["-Spazio pubblicitario", "-Leggi anche: Parcheggi, cambia la sosta in centro"],
        ["+L'edificio, costato 21 milioni di euro, ospita sei aule, gli archivi e gli uffici del giudice di pace."],
        ["+«Finalmente testimoni e imputati non si incroceranno più nello stesso corridoio», ha detto la "
         "presidente del tribunale Livia Santorsola."],
        ["-Condividi: Facebook · WhatsApp · X · Email"],
        ["+Cosa cambia per i cittadini"],
        ["+Gli sportelli per le pratiche civili saranno aperti anche il sabato mattina.",
         "+Un'aula è attrezzata per le udienze in videocollegamento con le carceri.",
         "+Il vecchio convento tornerà al Comune e diventerà una biblioteca.",
         "-Iscriviti alla newsletter del Corriere: le notizie della provincia ogni mattina"],
        ["+Le prime udienze nella nuova sede sono fissate per lunedì 11 gennaio."],
        ["-Segui il Corriere sul canale WhatsApp"],
        ["+Gli avvocati del foro locale chiedono ora un collegamento con gli autobus urbani."],
        ["-6 commenti",
         "-marisa_r: Speriamo che almeno i riscaldamenti funzionino, nel convento si gelava.",
         "-↳ avv.bertolli: Confermo, d'inverno si teneva il cappotto in aula.",
         "-Giuseppe58: Ventun milioni… e la strada per arrivarci è piena di buche.",
         "-↳ LettoreRF: Ma almeno è accessibile a chi è in carrozzina.",
         "-Carica altri commenti",
         "-© 2026 Editrice Valcampo Srl – P.IVA 00000000000 – Privacy – Cookie policy"],
    ]),
    _page("it", "it-blog-apinellorto-inverno", [
        ["-Api nell'orto", "-Un alveare tra i pomodori"],
        ["+Preparare l'alveare dell'orto per l'inverno"],
        ["-Pubblicato il 1 dicembre 2026 da Chiara", "-Tempo di lettura stimato: 6 minuti",
         "-Categoria: Stagioni · Tag: invernamento, varroa"],
        ["+Il mio alveare sta in fondo all'orto comunale, dietro le canne dei fagioli, e ogni novembre mi chiedo "
         "se sarà pronto per il freddo."],
        ["-Questo articolo contiene link di affiliazione."],
        ["+Quest'anno la famiglia è forte e le scorte di miele sembrano sufficienti fino a marzo."],
        ["+Il vecchio apicoltore dell'orto accanto mi ha detto: «Le api non muoiono di freddo, muoiono di fame e "
         "di umidità»."],
        ["-Il coprifavo isolato con un vecchio maglione di lana.", "-Foto di Chiara"],
        ["+Cosa ho fatto a novembre"],
        ["+Ho ristretto la porticina d'ingresso per tenere fuori i topi.",
         "+Ho sollevato l'arnia su due mattoni per evitare l'umidità del terreno.",
         "-Salva questo post su Pinterest",
         "+Ho fatto il trattamento contro la varroa con acido ossalico."],
        ["-Potrebbe interessarti anche: Il primo miele dell'orto"],
        ["+Ora l'alveare resta chiuso fino alle prime giornate tiepide di febbraio."],
        ["+Intanto pulisco i telaini vecchi e preparo la cera per la primavera."],
        ["-Il mio calendario dell'apicoltore 2027 si può ordinare nel negozio del blog.",
         "-Iscriviti per ricevere i nuovi articoli via email",
         "-4 commenti",
         "-Franco: Anche io uso il maglione, funziona benissimo!",
         "-↳ Chiara: Vero Franco, e costa zero.",
         "-↳↳ Franco: Il mio è di lana di pecora sarda.",
         "-Loredana: Nel nostro orto comunale le api non sono permesse, che peccato.",
         "-↳ Chiara: Prova a parlarne con l'assemblea, da noi ha funzionato.",
         "-← Articolo precedente · Articolo successivo →",
         "-Creato con WordPress e tema Kadence"],
    ]),
    _page("pl", "pl-portal-wierzbnowo-fotoradar", [
        ["-Głos Wierzbnowa", "-Wiadomości · Kryminalne · Sport · Kultura · Ogłoszenia",
         "-Strona główna / Wiadomości / Sąd"],
        ["+Spór o fotoradar na obwodnicy trafił do sądu"],
        ["-Autor: Witold Szamborek", "-4 grudnia 2026, 10:42", "-Czas lektury: 3 min"],
        ["-Fotoradar przy zjeździe na ul. Leśną.", "-Fot. W. Sz."],
        ["+Kierowca z Wierzbnowa zaskarżył mandat z fotoradaru, twierdząc, że urządzenie stoi w miejscu, w "
         "którym znak ograniczenia prędkości jest niewidoczny."],
        ["-Reklama", "-Czytaj także: Nowe rondo przy szkole już otwarte"],
        ["+Sprawa dotyczy odcinka obwodnicy, na którym w ciągu roku wystawiono ponad 4 tysiące mandatów."],
        ["+„Znak zasłaniają gałęzie od maja do października, każdy kierowca to wie” – mówił przed sądem Marek "
         "Dziewulski."],
        ["-Udostępnij na Facebooku"],
        ["+Co ustalił sąd"],
        ["+Biegły potwierdził, że znak był częściowo zasłonięty przez drzewa.",
         "+Fotoradar miał ważne świadectwo legalizacji.",
         "+Gmina przycięła gałęzie dopiero po złożeniu pozwu.",
         "-Zapisz się na newsletter – najważniejsze informacje z regionu co rano"],
        ["+Sąd uchylił mandat, ale nie zakwestionował samego pomiaru prędkości."],
        ["-Obserwuj nas w Google News"],
        ["+Gmina zapowiada, że przed znakiem stanie dodatkowa tablica z ostrzeżeniem."],
        ["-Komentarze (9)",
         "-kierowca_z_lesnej: Wreszcie ktoś się postawił, sam dostałem tam dwa mandaty.",
         "-↳ Ola: A może po prostu jeździć wolniej?",
         "-Tadeusz: Te gałęzie wiszą tam od lat, gmina powinna zapłacić koszty.",
         "-↳ wierzbnowianka: Dobrze, że w końcu je przycięli.",
         "-Pokaż więcej komentarzy",
         "-© 2026 Wydawnictwo Nadrzecze sp. z o.o. Wszystkie prawa zastrzeżone."],
    ]),
    _page("pl", "pl-blog-galezieimetryki-akt", [
        ["-Gałęzie i Metryki", "-Blog o szukaniu przodków"],
        ["+Jak odnalazłam akt ślubu prababci w parafii, której już nie ma"],
        ["-2 grudnia 2026 · Krystyna", "-Lektura na jakieś 7 minut", "-Kategorie: Metryki, Parafie"],
        ["+Moja prababcia Rozalia wyszła za mąż w 1903 roku w parafii, która po wojnie została włączona do "
         "sąsiedniej."],
        ["-Wpis zawiera linki afiliacyjne."],
        ["+Przez dwa lata szukałam aktu w złym archiwum, bo księgi przeniesiono razem z parafią."],
        ["+Archiwistka powiedziała mi wtedy: „Księgi zawsze idą za parafią, a nie za budynkiem kościoła”."],
        ["-Fragment aktu ślubu z 1903 roku.", "-Skan: archiwum diecezjalne"],
        ["+Co pomogło mi w poszukiwaniach"],
        ["+Sprawdzenie, do której parafii należała wieś w danym roku.",
         "+Przejrzenie skorowidzów ślubów z kilku sąsiednich lat.",
         "-Zapisz ten wpis na później",
         "+Prośba o skan do archiwum diecezjalnego zamiast wizyty na miejscu."],
        ["-Zobacz też: Jak czytać łacińskie akty metrykalne"],
        ["+Akt ślubu podał imiona rodziców prababci, więc mogę szukać o pokolenie dalej."],
        ["+W kolejnym wpisie opiszę, jak znalazłam ich dom na starej mapie katastralnej."],
        ["-Mój szablon drzewa genealogicznego do druku kupisz w sklepiku na blogu.",
         "-Zapisz się na newsletter, by nie przegapić nowych wpisów",
         "-Komentarze: 3",
         "-Basia: Miałam ten sam problem z przeniesionymi księgami!",
         "-↳ Krystyna: Basiu, to bardzo częste, warto pytać archiwistów.",
         "-↳↳ Basia: Już napisałam do kurii, dziękuję.",
         "-Tomek z Lublina: Czy skany z archiwum diecezjalnego są płatne?",
         "-↳ Krystyna: Zależy od archiwum, u mnie kosztowało 20 zł.",
         "-« Poprzedni wpis · Następny wpis »",
         "-Blog na WordPressie, motyw Neve"],
    ]),
    _page("ru", "ru-portal-klyuchegorsk-kolokol", [
        ["-Ключегорский вестник", "-Новости · Происшествия · Общество · Спорт · Афиша", "-Главная → Происшествия"],
        ["+В Ключегорске нашли колокол, украденный с сельской церкви"],
        ["-Текст: Дарья Овчинникова", "-4 декабря 2026, 15:20", "-Время на чтение: 3 минуты"],
        ["-Колокол во дворе отдела полиции.", "-Фото: пресс-служба полиции"],
        ["+Полицейские нашли 80-килограммовый колокол, который в октябре пропал со звонницы церкви в селе "
         "Верхние Ключи."],
        ["-Рекламный блок", "-Читайте также: Дорогу на Верхние Ключи отремонтируют весной"],
        ["+Колокол обнаружили на территории пункта приёма металлолома в соседнем районе."],
        ["+«Мы уже не надеялись его вернуть, звонили в маленький колокольчик», — рассказал настоятель храма "
         "отец Георгий."],
        ["-Поделиться: ВКонтакте · Одноклассники · Telegram"],
        ["+Что известно о похитителях"],
        ["+Задержаны двое местных жителей 27 и 31 года.",
         "+Они сняли колокол ночью с помощью автомобильной лебёдки.",
         "+Приёмщик металлолома заплатил им 14 тысяч рублей.",
         "-Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости района"],
        ["+Возбуждено уголовное дело о краже, подозреваемым грозит до пяти лет лишения свободы."],
        ["-Следите за новостями «Вестника» в Дзене"],
        ["+Колокол вернут на звонницу к Рождеству после осмотра реставратором."],
        ["-Комментарии (7)",
         "-Нина_К: Слава Богу, нашёлся! Весь приход молился.",
         "-↳ Сергей: Приёмщика тоже надо наказать.",
         "-Гость: А камеры у храма так и не поставили?",
         "-↳ житель_Ключей: Теперь, говорят, поставят.",
         "-Показать ещё комментарии",
         "-© 2026 ООО «Ключегорск-Медиа». Все права защищены. 16+"],
    ]),
    _page("ru", "ru-blog-pchelynashestisotkakh-ulya", [
        ["-Пчёлы на шести сотках", "-Дачная пасека без лишних слов"],
        ["+Как мы перевезли два улья на дачу и не поссорились с соседями"],
        ["-1 декабря 2026 · Ирина", "-Читать около 6 минут", "-Рубрика: Пасека на даче"],
        ["+Весной мы решили поставить два улья на нашем участке в садовом товариществе, хотя соседи сначала были "
         "против."],
        ["-В статье есть партнёрские ссылки."],
        ["+Мы поставили ульи в дальнем углу, развернули летки к забору и подняли перед ними сетку высотой два "
         "метра."],
        ["+Председатель товарищества сказал на собрании: «Если пчёлы не будут мешать, пусть стоят, мёд всем "
         "пригодится»."],
        ["-Ульи за сеткой в июле.", "-Фото автора"],
        ["+Что помогло договориться"],
        ["+Высокая сетка заставляет пчёл подниматься над соседними грядками.",
         "+Поилка у ульев, чтобы пчёлы не летали к чужим бочкам.",
         "-Сохраните пост, чтобы не потерять",
         "+Банка мёда каждому соседу осенью."],
        ["-Вам может быть интересно: Первый год на пасеке — ошибки новичка"],
        ["+За сезон ни один сосед не пожаловался, а двое попросили записать их на мёд в следующем году."],
        ["+Зимовать ульи будут прямо на участке, под утеплёнными крышками."],
        ["-Мёд с нашей дачи можно заказать через группу ВКонтакте.",
         "-Подпишитесь на рассылку, чтобы получать новые записи",
         "-Комментариев: 3",
         "-Ольга: Сетка — отличная идея, у нас тоже соседи жалуются.",
         "-↳ Ирина: Ольга, попробуйте, это правда работает.",
         "-↳↳ Ольга: Спасибо, весной поставим!",
         "-Пётр Иванович: А разве в СНТ разрешено держать пчёл?",
         "-↳ Ирина: Да, если соблюдать расстояния и правила.",
         "-← Предыдущая запись · Следующая запись →",
         "-Сайт работает на WordPress, тема Astra"],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Video by Dailymotion – the clip will play after a 15-second advert.':
        "an English Dailymotion pre-roll advert notice ('Video by Dailymotion – the clip will play after a "
        "15-second advert.') is left in the body",
    'Reading time: about a quarter of an hour (I got carried away with the photos).':
        "an English blog's quarter-of-an-hour reading estimate ('Reading time: about a quarter of an hour (I "
        "got carried away with the photos).') is left at the head",
    'By Tamsin Colebrook, Crown Court reporter, with additional reporting from the newsdesk':
        "an English byline with the court beat and additional reporting from the newsdesk ('By Tamsin "
        "Colebrook, Crown Court reporter, with additional reporting from the newsdesk') is left at the head",
    "Chronique judiciaire d'Ombeline Cazaubert, envoyée spéciale au tribunal":
        "a French court-chronicle byline ('Chronique judiciaire d'Ombeline Cazaubert, envoyée spéciale au "
        "tribunal') is left at the head",
    'Podigee-Player: Zum Abspielen der Folge müssen Sie externe Inhalte einmalig freischalten.':
        "a German Podigee podcast player placeholder ('Podigee-Player: Zum Abspielen der Folge müssen Sie "
        "externe Inhalte einmalig freischalten.') is left in the body",
    'Mit WordPress und dem Theme „Twenty Twenty-Four“ gebaut – Hosting bei All-Inkl.':
        "a German WordPress-theme-and-All-Inkl footer ('Mit WordPress und dem Theme „Twenty Twenty-Four“ "
        "gebaut – Hosting bei All-Inkl.') is left at the foot",
    'Vendo il mio miele di castagno solo su prenotazione: scrivimi dal modulo contatti.':
        "an Italian blog's honey-by-reservation plug ('Vendo il mio miele di castagno solo su prenotazione: "
        "scrivimi dal modulo contatti.') is left at the foot",
    'Commento segnalato come inappropriato e in attesa di revisione.':
        "an Italian flagged-comment-awaiting-review note ('Commento segnalato come inappropriato e in attesa "
        "di revisione.') is left at the foot",
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'ru-blog-pchelynashestisotkakh-ulya':
        "the beekeeping blog's dacha-hives post keeps its blog name and tagline ('Пчёлы на шести сотках', 'Дачная "
        "пасека без лишних слов') above the title and its date-and-author line and category ('1 декабря 2026 · "
        "Ирина', 'Рубрика: Пасека на даче') under the title (4 of 20 noise lines)",
}


test_held_out_124_line, test_held_out_124_line_is_kept, test_held_out_124_page = held_out_tests(
    HELD_OUT_124_LINES, HELD_OUT_124_KEEP, HELD_OUT_124_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
