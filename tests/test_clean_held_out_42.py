"""Held-out set 42: written blind, weighted toward the noise the cleaner exists for, in shapes set 41's
docstring does not name: scraper and ad markers of content farms and auto-blogs (an ad-group shortcode,
an auto-curation feed credit, "source link" credits in French, German, Italian, Polish and Russian, a
"cross-posted from my newsletter" credit, "continued after the ad" markers, a Russian ad label with its
erid token), reading-time and date headers in new shapes, bylines with bios and self-promotion (a bio
ending in "VISIT MY WEBSITE", Buy Me a Coffee, Tipeee, Ko-fi, buycoffee.to and Boosty plugs, book
plugs), blog-platform footers (Substack, Ghost with a theme credit, Overblog, Jimdo, Altervista, Tilda),
reader comment threads (a "says:" comment row, a French reply row, a Polish comment row, comment-form
and moderation notes, a Disqus no-script line, Italian and Russian comment-count headings), and a few
share lines and notices; and toward whole scraped opinion and news pages in layouts set 41's docstring
and page names do not use (a link-aggregator post with top comments, a think-tank op-ed with a PDF and
citation box, a Tumblr-like reblog chain, an NGO blog post with petition and donate boxes, a regional
portal republishing a wire story under the agency's copyright footer, a podcast episode page whose show
notes are the article, a guest post on a niche blog with an author box, a tabloid opinion column with a
"most read" widget and a reader poll, a magazine essay with a Disqus-style comment block, a blog's weekly
roundup post, a LiveJournal-style entry with a comment tree, a news explainer with a FAQ accordion).

Protocol: written by a helper who did not read the cleaner (src/spinscope/ingest/), the development
lists (tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py,
tests/site_template_reviewed.py, tests/test_site_batches.py, tests/test_site_lines.py, the line lists
of tests/test_clean.py and the lists and pages of held-out sets 10 to 41) nor ``git log``, ``git
show`` or ``git diff`` output. Read were: the docstring of held-out set 41, its imports, its ``_page``
helper and its tail from ``def _marks`` on (``_marks``, the xfail tables with their reasons and the
three test functions), printed with an ast script (``ast.get_docstring``, the import nodes, the
``_page`` node's source segment, and the file from the ``_marks`` node's line to the end); the helpers
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and the ``NoisyCase``
dataclass and ``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource``;
``FIXTURES``, printed as its dict of three file names; and scripts/clean_held_out_report.py (in full,
with ``cat``). The layouts were picked from the brief's list of ideas, one a page; the page dict is
built as set 41 builds it, and the tail is set 41's with 41 -> 42 (with its empty ``_KEEP_XFAIL``
table). Slips and notes: (1) to print the helpers with ``inspect.getsource``, tests/test_clean.py and
tests/noisy_corpus.py were imported with PYTHONPATH=/work/main/src, which imports the cleaner's
modules; nothing was run through the cleaner then and none of its source was read. (2) At the first
step ``git worktree list`` showed the paths and branch names of three other worktrees (names only);
none of them was looked into. Main was at d60c630 at the first step and at 08bd1a6 when the worktrees
were made, about 17 minutes later; the set was measured at 08bd1a6 (no change of main was looked at). (3)
Before the measurement the drafts were executed from a scratch folder (/tmp/s42) with a stand-in
``page_from_blocks`` that only counted lines and checked that no page noise line is a substring of an
article line of its page and that no noise line repeats on a page (no case was run through the
cleaner); after that check, still before the measurement, three repeated noise lines were reworded
("Reply", "Anzeige", "Odpowiedz"), the Polish roundup's label "Przegląd tygodnia" (a substring of its
title) became "Kategoria: Sprawy lokalne", and one noise line each was added to fr-reblog-chaine and
pl-przeglad-tygodnia-blog to bring them to 20. (4) The measuring pytest run (``-rA``) was piped to
``grep`` for its FAILED lines and summary, so no tracebacks were seen; the problems were then read
out once with ``_problems`` in the frozen worktree (a script that ran it on every line, keep line and
page of this set and printed those with problems), to write the xfail reasons. (5) Invented names
were checked, before the measurement, against the helper's exact-string search over public GitHub
files and my own memory; no gazetteer was available, so this is not a proof that they do not exist:
the places Stavenholt, Vaubressac, Saint-Orvelin, Eschenbrügge, Lindwurmhausen, Roccavenda,
Pontemarsio, Wierzbołęka, Jarzębinowo, Берёзоводск and Кленогорье had no hits and are not towns I
know of; Pellingrove only as a bot name in a game's code; Berżanów was dropped unused (too close to
Brzeżany/Бережани). The sites and firms Terres Partagées, Rathausfunk, Pedali e Borghi, Cronaca
Flash, Magazyn Zakole and Rivuletpress had no hits; before the measurement "Curatron" (the name of a
real medical device) became "Rivuletpress", the think tank "Cinderhouse" (a real design agency's
name) became "Ondermoor", the theme maker "Larkspur Digital" (a name in many fake-data lists, perhaps
also a real firm) became "Pellmark Studio", and the ferry operator "Tidewell Marine" (a name in
fake-data lists) became "Stavenholt Crossings Ltd"; the theme name "Wickerlight" occurs only as an
unrelated identifier. Not checked and possibly coinciding with real ones: Ondermoor Institute for
Local Policy, Pellmark Studio, The Quiet Ledger, BrightDeskCo, Eschenbrügger Tagesportal, nnd
Nordwest Nachrichtendienst, Kranwerk Solar, Tonwerkstatt Brauchle, Ciclofficina Lentamente, Notes z
Jarzębinowa, Pracownia Lipa, Atelier Ronce, «Кленогорские вести», ООО «Лесная гавань», the book
titles and the people. The streets are generic names found in many real towns (via Roma, ulice Polna,
Kolejowa and Lipowa, улица Заречная). (6) Some noise lines name real things, as real pages do:
Substack, Ghost, WordPress, Overblog, Jimdo, Altervista, Tilda, Disqus, Tumblr-style notes, Buy Me a
Coffee, Tipeee, Ko-fi, buycoffee.to, Boosty, Facebook, X, LinkedIn, WhatsApp, Telegram, Instagram,
Mastodon, Spotify, Apple Podcasts, YouTube, ВКонтакте, Одноклассники and «Госуслуги» (in an article
row); the e-mail addresses and URLs of the invented sites use the .example domain, and registration,
tax and erid numbers are zero-filled or made up. Nothing below was copied from any file of the
repository. The kinds set 41's docstring names as used were not reused as noise lines: no "[ad_1]" or
Ad Inserter shortcode, no "Originally published at", no "The post ... appeared first on" footer in any
language, no "Estimated reading time", "Blog at WordPress.com.", "Leave a Reply", "Comments are
closed.", "N thoughts on", "Like this:" or "Teilen mit:" lines, no Patreon, Steady or Patronite plug,
no speaking plug, no affiliate disclosure and no post navigation. The set was measured once against a
frozen cleaner (worktree /tmp/wt-s42 at commit 08bd1a6) and every failing case is marked as a strict
xfail whose reason describes the line or page, not a rule. Nothing was changed after the measurement
but the xfail tables and this docstring.

Judgement calls: the keep lines opening with "Buying the old depot", "Your email to the planning
office", "Theme parks and festivals", "Share prices", "Reading rooms", "Guest workers", "Cross-border
commuters", "Source de tensions", "Créer une régie", "Ce billet d'entrée", "Quellen im Rathaus",
"Bitte um Geduld", "Mein Ziel", "Se il Comune", "Questo sito archeologico", "Aggiornato il piano
regolatore", "Źródło wody pitnej", "Dalsza rozbudowa szkoły", "Источник финансирования" and
"Поддержать фермеров" are article sentences. The date headers (including the Russian one with views
and minutes) are counted as reading-time lines; the author bios, book plugs and tip-jar plugs as
bylines; platform and theme credits as footers; comment rows, comment-form, moderation and
comment-count lines and the Disqus no-script line as comments; the auto-curation, cross-post and
source-link credits, the ad shortcode, the "continued after the ad" lines and the Russian ad label as
markers; the guest-post disclaimer and the Italian not-a-newspaper line as notices. On every page the
title, the subheading, its list or table-like rows, the quote and the paragraphs around them are
article; the wire story's opening paragraph with its dateline ("Eschenbrügge/Lindwurmhausen (nnd) –
...") is article; on de-podcast-shownotes the show notes, their chapter list with timestamps and the
line on the council's special session are article; on ru-obyasnyaem-faq the FAQ accordion's question
and answer rows are article (the explainer's own content); on pl-przeglad-tygodnia-blog the roundup's
items are article; on fr-ong-billet-petition the NGO's own "Nous ne sommes pas opposés ..." paragraph
is article. Site and blog names, taglines, menus, section labels ("Commentary", "ACTUALITÉS", "GUEST
POST", "Opinioni", "ESEJ", "ОБЪЯСНЯЕМ"), breadcrumbs, subreddit, flair, link domain and vote counts,
bylines and "posted by" lines, dates, reading times, LiveJournal mood and music lines, the reblog
chain's labels and notes, ads, promoted posts and classifieds, the petition and donate boxes, the
think tank's PDF link, citation box, disclaimer and author box, the agency's copyright and
automatic-import notes, the podcast's player, platform links, sponsor read, credits and rating
prompt, the guest post's byline, author box and call for guest posts, the tabloid's ticker, "I PIÙ
LETTI" widget and poll, the magazine's subscription prompt, related and "read also" links, share,
follow and subscribe rows, tags, comment threads (counts, names, dates, comment texts, replies,
forms, sort and expand links), legal, contact and copyright lines and back-to-top links are noise.
The rows: in en-link-aggregator-thread "What the subsidy pays for" with three "item: £" rows; in
en-think-tank-op-ed "Three changes that would help" with three rows; in fr-reblog-chaine "Ce que la
borne ne sait pas faire" with three rows; in fr-ong-billet-petition "Ce que nous demandons au préfet"
with three rows; in de-regionalportal-agenturmeldung "Die Kosten im Überblick" with three "label:
value" rows; in de-podcast-shownotes "Darüber sprechen wir" with three timestamped chapter rows; in
it-guest-post-blog-di-nicchia "I nodi ancora da sciogliere" with three rows; in
it-rubrica-tabloid-sondaggio "I numeri degli autovelox" with three "label: value" rows; in
pl-esej-magazyn-disqus "Co obiecuje program przywracania połączeń" with three rows; in
pl-przeglad-tygodnia-blog "W skrócie" with three rows; in ru-zhzh-zapis-vetka-kommentariev "Что
говорят цифры самой администрации" with three rows; in ru-obyasnyaem-faq "Частые вопросы" with three
"question? — answer" rows; all of them are article.

Contents: 45 noise lines (marker 11, reading-time 7, byline 8, footer 6, comments 9, share 2, notice
2; by language en 15, fr 6, de 6, it 6, pl 6, ru 6), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2,
ru 2), 12 pages with 241 noise lines (21 on pl-esej-magazyn-disqus, 20 on the others) and 120 article
lines (10 a page): en-link-aggregator-thread (a Reddit-like link post with the submitter's op-ed text
on a ferry subsidy, a promoted post and top comments), en-think-tank-op-ed (a think tank's op-ed on
grant paperwork for small towns, with PDF link, citation box and author box), fr-reblog-chaine (a
Tumblr-like reblog of a post against closing a station's ticket office, with notes and tags),
fr-ong-billet-petition (an NGO blog post against an irrigation reservoir, with petition and donate
boxes), de-regionalportal-agenturmeldung (a regional portal's copy of a wire story on a halted
hospital project, with the agency's copyright footer), de-podcast-shownotes (a podcast episode page
on financing a primary school, whose show notes are the article), it-guest-post-blog-di-nicchia (a
guest post on a cycling blog about a stalled cycle path, with an author box), it-rubrica-tabloid-
sondaggio (a tabloid opinion column on speed cameras, with a "most read" widget and a reader poll),
pl-esej-magazyn-disqus (a magazine essay on a town's returning railway, with a Disqus-style comment
block), pl-przeglad-tygodnia-blog (a local blog's weekly roundup), ru-zhzh-zapis-vetka-kommentariev (a
LiveJournal-style entry against a riverside car park, with a comment tree), ru-obyasnyaem-faq (a news
explainer on heating bills with a FAQ accordion); every page holds a title, a subheading with list or
table-like rows, a quote in the article and noise above the title, between the paragraphs and at the
foot.

Baseline (2026-12-03, cleaner at commit 08bd1a6, measured with
``cd /tmp/wt-s42 && SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s42/src python -m pytest
-q tests/test_clean_held_out_42.py -rA -p no:cacheprovider`` (24 failed, 53 passed) and
``cd /tmp/wt-s42 && PYTHONPATH=/tmp/wt-s42/src python scripts/clean_held_out_report.py --sets 42``,
with the xfail tables empty): noise lines removed 31/45 (marker 8/11, reading-time 6/7, byline 6/8,
footer 3/6, comments 5/9, share 2/2, notice 1/2; missed, all kept as paragraphs: the English ad-group
shortcode '[the_ad_group id="14"]', the English auto-curation credit "Auto-curated from the
publisher's RSS feed by Rivuletpress. ...", the English footer "Substack is the home for great
culture", the English comment row "Ruth Allingham says: March 10, 2026 at 9:41 am", the French
reading-time line "Ce billet se lit en 4 minutes.", the French footer "Créer un blog gratuit sur
over-blog.com - Contact - CGU - Signaler un abus", the French moderation note "Les commentaires sont
soumis à modération et n'apparaissent qu'après validation.", the German book plug "Mein neues Buch
„Die leise Kasse“ ist jetzt überall erhältlich, wo es Bücher gibt.", the Italian footer "Sito
realizzato con Altervista", the Italian notice "Questo blog non rappresenta una testata giornalistica
...", the Polish plug "Jeśli doceniasz moją pracę, postaw mi kawę na buycoffee.to ☕", the Polish
comment row "Ewa_z_Lipowej 10 marca 2026 o 09:14 Odpowiedz", the Russian credit "Источник материала —
по ссылке" and the Russian comment count "Один комментарий к записи «Зачем городу третья
котельная»"); keep lines kept 20/20; pages 2/12 clean (de-regionalportal-agenturmeldung,
ru-zhzh-zapis-vetka-kommentariev), 25 of 241 page noise lines left and 0 of 120 article lines lost:
en-link-aggregator-thread 2 left ("u/BrightDeskCo · Promoted" and "Learn More");
en-think-tank-op-ed 3 left ("Ondermoor Institute for Local Policy", "Commentary" and "Related
research: The Paperwork Tax on Rural Councils (Report, 2025)"); fr-reblog-chaine 2 left ("Continuer
la lecture" and "Brocante en ligne – découvrez nos meubles anciens"); fr-ong-billet-petition 4 left
("SIGNEZ LA PÉTITION", "Non à la méga-bassine de Saint-Orvelin", "4 812 signatures sur un objectif de
10 000" and "Je signe"); de-podcast-shownotes 1 left ("Jetzt abonnieren, um keine Folge zu
verpassen"); it-guest-post-blog-di-nicchia 5 left ("Un articolo di Lucio Ferrandina, ospite del
blog", "Sponsor: noleggia la tua e-bike da Ciclofficina Lentamente", "L'autore", the author bio and
"Vuoi scrivere un guest post per Pedali e Borghi? Scopri come collaborare");
it-rubrica-tabloid-sondaggio 4 left ("I PIÙ LETTI" and its three numbered headlines);
pl-esej-magazyn-disqus 2 of 21 left ("Ten tekst przeczytasz za darmo. ..." and "Zamów
prenumeratę"); pl-przeglad-tygodnia-blog 1 left ("Obserwuj blog na Facebooku"); ru-obyasnyaem-faq 1
left ("Объявление: Ремонт квартир под ключ, недорого"). The failing cases are strict xfails.

Still held out after rounds 39 and 40 (round 39 developed on set 40, round 40 on set 41, at the same
time; measured once after each alone and once after both, with
``SPINSCOPE_DATA=/work/shared/data python scripts/clean_held_out_report.py --sets 42`` and pytest on
this file): after round 39 alone (its branch tip c0111e2 before its rebase onto round 40, this file
copied in) lines 31/45, pages 2/12 clean, 22 of 241 page noise lines left (en-think-tank-op-ed 3 -> 1,
fr-ong-billet-petition 4 -> 3), none lost; after round 40 alone (its branch tip 8b8e8fb before its
rebase, this file copied in) lines 33/45 (the ad-group shortcode and the Polish comment
row "Ewa_z_Lipowej ... Odpowiedz" went), pages 2/12 clean, 25 left, none lost; after both, on main
(e6385b1 with this file): lines 33/45 (marker 9/11, comments 6/9), keep 20/20, pages 2/12 clean, 22 of
241 page noise lines left, 0 of 120 article lines lost. The two line xfails that passed were removed.

Round 41 (development; this set was read in full from this round on): measured with ``python
scripts/clean_held_out_report.py --sets 42`` and ``pytest tests/test_clean_held_out_42.py`` at
2179c70 (before) and the round's last commit on branch round41 (after): noise lines 33 -> 45/45
(marker 9 -> 11/11, reading-time 6 -> 7/7, byline 6 -> 8/8, footer 3 -> 6/6, comments 6 -> 9/9, notice
1 -> 2/2), pages 2 -> 11/12 clean, page noise lines left 22 -> 1 of 241, as classes in six languages: an
auto-blog's credit of the feed it copied the post from ("Auto-curated from the publisher's RSS feed by
...", "importé automatiquement depuis le flux RSS") and a source credit that only points at a link
("Источник материала — по ссылке", "Fonte: clicca qui") are source links; a blog platform's credit other
than WordPress ("Substack is the home for great culture", "Powered by Ghost · Theme: ...", "Créer un blog
gratuit sur over-blog.com - ...", "Sito realizzato con Altervista", "Diese Website wurde mit Jimdo
erstellt") is a blog footer; a commenter's name, a saying verb and a date ("Ruth Allingham says: March
10, 2026 at 9:41 am", "a écrit :", "napisał(a):", "пишет:") is a comment row; one comment over the thread
quoting the post ("Один комментарий к записи «...»", "Ein Kommentar zu „...“") is a comment count;
comments "soumis à modération" that "n'apparaissent qu'après validation" are the comment box's
moderation note; the reading time in a sentence naming the page ("Ce billet se lit en 4 minutes.",
"Questo articolo si legge in 4 minuti.") is a reading time; an author's book plug in the other five
languages ("Mein neues Buch „...“ ist jetzt überall erhältlich ...") and a coffee tip jar ("postaw mi
kawę na buycoffee.to", "Offrez-moi un café") are self-promotion; a blog's notice that it is no newspaper
("Questo blog non rappresenta una testata giornalistica ...", "Ce blog n'est pas un organe de presse")
is a site notice; and on the pages a promoted post's label ("u/... · Promoted") with its "Learn More"
button, a classified ("Объявление: ...") and a sponsor line ("Sponsor: ..."), a petition's counter
("4 812 signatures sur un objectif de 10 000") and button ("Je signe"), a podcast's "subscribe so as to
miss no episode" prompt, a guest post's byline ("Un articolo di X, ospite del blog"), its author box
("L'autore" and the bio under it) and call for guest posts, a blog's "follow the blog on Facebook"
prompt, a think tank's "Related research: ..." link, a reblog's "Continuer la lecture" cut, a
magazine's free-to-read note with its call to subscribe and its "Zamów prenumeratę" button, and the
lines of a box the rules took in part (a petition's title between its label and its counter, an ad's
copy alone under its label, a "most read" rail's heading over its numbered headlines) go. Left: the
episode label "Folge 87" above the title of de-podcast-shownotes (with the show notes' subscribe prompt
removed, the head rules no longer take it; before the round the prompt was left instead, so the page
stays at 1 of 20 and its xfail reason was reworded). Keep lines 20/20 before and after; article lines
lost 0 -> 0 of 120. Of the other sets only set 24 changed (fr-ong-petition 8 -> 7 of 21 left: its "Je
signe" button goes); set 10's Substack page stays at 1 left because a newsletter writer's bio ("Ruth
Adebayo writes The Lamplighter, a weekly letter on ...") is now an author bio (the Substack footer
became the rules' and the page's tail lost the evidence that took the bio before).
"""

from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_42_LINES: list[tuple[str, str, str]] = [
    # English (15)
    ("head", '[the_ad_group id="14"]', "marker"),
    ("tail", "Auto-curated from the publisher's RSS feed by Rivuletpress. All rights belong to their respective "
             "owners.", "marker"),
    ("head", "Cross-posted from my newsletter, The Quiet Ledger.", "marker"),
    ("head", "Reading time: about 6 minutes (1,240 words)", "reading-time"),
    ("head", "Last updated: 10/03/2026 – 08:12", "reading-time"),
    ("tail", "Dana Whitcombe writes about towns, transit and the money behind them. VISIT MY WEBSITE", "byline"),
    ("tail", "Buy me a coffee ☕ — it keeps this blog ad-free.", "byline"),
    ("tail", "My new book, “Small Change, Big Roads”, is out now — signed copies available from my shop.", "byline"),
    ("tail", "Substack is the home for great culture", "footer"),
    ("tail", "Powered by Ghost · Theme: Wickerlight by Pellmark Studio", "footer"),
    ("tail", "Your email address will not be published. Required fields are marked *", "comments"),
    ("tail", "Ruth Allingham says: March 10, 2026 at 9:41 am", "comments"),
    ("tail", "All comments are reviewed by a moderator before they appear. Please keep it civil.", "comments"),
    ("body", "Share this article: Facebook · X · LinkedIn · Copy link", "share"),
    ("head", "Guest post: the views expressed here are the author's own and not necessarily those of this blog.",
     "notice"),
    # French (6)
    ("tail", "Source : lien vers l'article original", "marker"),
    ("head", "Ce billet se lit en 4 minutes.", "reading-time"),
    ("tail", "Vous aimez ce blog ? Soutenez-le sur Tipeee, même pour 1 € par mois.", "byline"),
    ("tail", "Créer un blog gratuit sur over-blog.com - Contact - CGU - Signaler un abus", "footer"),
    ("tail", "Les commentaires sont soumis à modération et n'apparaissent qu'après validation.", "comments"),
    ("tail", "Réponse de Gilles_M le 10/03/2026 à 09:14", "comments"),
    # German (6)
    ("body", "Weiterlesen nach der Anzeige", "marker"),
    ("tail", "Quelle: zum Originalbeitrag", "marker"),
    ("head", "Lesezeit: ca. 5 Min. · Artikel anhören", "reading-time"),
    ("tail", "Mein neues Buch „Die leise Kasse“ ist jetzt überall erhältlich, wo es Bücher gibt.", "byline"),
    ("tail", "Diese Website wurde mit Jimdo erstellt", "footer"),
    ("tail", "Bitte aktiviere JavaScript, um die von Disqus bereitgestellten Kommentare zu sehen.", "comments"),
    # Italian (6)
    ("tail", "Fonte originale: clicca qui per leggere l'articolo completo", "marker"),
    ("head", "Aggiornato il 10/03/2026 alle ore 08:41", "reading-time"),
    ("tail", "Se ti piace quello che scrivo, offrimi un caffè su Ko-fi ☕", "byline"),
    ("tail", "Sito realizzato con Altervista", "footer"),
    ("tail", "2 commenti su “Perché il mercato coperto va salvato”", "comments"),
    ("tail", "Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna "
             "periodicità.", "notice"),
    # Polish (6)
    ("body", "Dalsza część artykułu pod reklamą", "marker"),
    ("tail", "Źródło: link do oryginalnego artykułu", "marker"),
    ("head", "Czas czytania: ok. 4 min", "reading-time"),
    ("tail", "Jeśli doceniasz moją pracę, postaw mi kawę na buycoffee.to ☕", "byline"),
    ("tail", "Ewa_z_Lipowej 10 marca 2026 o 09:14 Odpowiedz", "comments"),
    ("body", "Udostępnij na Facebooku Udostępnij na X Skopiuj link", "share"),
    # Russian (6)
    ("tail", "Источник материала — по ссылке", "marker"),
    ("body", "Реклама. ООО «Лесная гавань», ИНН 0000000000, erid: 2VtzqvXkP0a", "marker"),
    ("head", "10 марта 2026, 08:15 · 1 274 просмотра · 5 минут чтения", "reading-time"),
    ("tail", "Поддержать автора можно на Boosty — там же выходят закрытые материалы.", "byline"),
    ("tail", "Один комментарий к записи «Зачем городу третья котельная»", "comments"),
    ("tail", "Сделано на Tilda", "footer"),
]

HELD_OUT_42_KEEP: list[tuple[str, str]] = [
    # English (7)
    ("body", "Buying the old depot outright would cost the town about $2.1 million, the treasurer said."),
    ("body", "Your email to the planning office will be answered within ten working days, the new charter promises "
             "residents."),
    ("tail", "Theme parks and festivals brought 41,000 visitors to the valley last summer, up from 29,000."),
    ("body", "Share prices of the water utility fell 6 percent after the regulator rejected its investment plan."),
    ("head", "Reading rooms at the county library will now stay open until 9 p.m. on weekdays."),
    ("tail", "Guest workers make up almost a third of the orchard's seasonal staff, according to the farm's own "
             "figures."),
    ("body", "Cross-border commuters will pay the same fare as residents from April, the transit board decided."),
    # French (3)
    ("body", "Source de tensions depuis deux ans, le projet de contournement a été voté par 19 voix contre 8."),
    ("tail", "Créer une régie municipale de l'eau coûterait 3,4 millions d'euros selon le cabinet mandaté par la "
             "mairie."),
    ("head", "Ce billet d'entrée à 12 euros décourage les familles, estime l'association des parents d'élèves."),
    # German (3)
    ("body", "Quellen im Rathaus bestätigten, dass der Vertrag mit dem Betreiber Ende Juni ausläuft."),
    ("tail", "Bitte um Geduld: Mit diesen Worten eröffnete die Bürgermeisterin die Versammlung in der Turnhalle."),
    ("body", "Mein Ziel ist ein bezahlbarer Nahverkehr für alle Ortsteile, sagte die Kandidatin am Abend."),
    # Italian (3)
    ("tail", "Se il Comune non interviene entro l'estate, il bando andrà deserto per la terza volta."),
    ("body", "Questo sito archeologico è rimasto chiuso al pubblico per sei anni per mancanza di custodi."),
    ("head", "Aggiornato il piano regolatore, i proprietari dei terreni agricoli temono nuove tasse."),
    # Polish (2)
    ("body", "Źródło wody pitnej dla całej gminy znajduje się zaledwie dwa kilometry od planowanej żwirowni."),
    ("tail", "Dalsza rozbudowa szkoły zależy od tego, czy gmina dostanie dotację z województwa."),
    # Russian (2)
    ("body", "Источник финансирования ремонта до сих пор не определён, признали в администрации."),
    ("tail", "Поддержать фермеров область пообещала ещё осенью, но первые выплаты пришли только в марте."),
]


HELD_OUT_42_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page("en", "en-link-aggregator-thread", [
        ["-r/PellingroveNews", "-Posted by u/ledger_lamp · 7 hr. ago", "-Local News"],
        ["+Opinion: Pellingrove's ferry subsidy is propping up the wrong route"],
        ["-pellingrovepost.example/opinion/ferry-subsidy", "-↑ 1.4k ↓"],
        ["+The council will vote next week on renewing the £860,000 annual subsidy for the Stavenholt crossing, a "
         "route that carried fewer passengers last year than the unsubsidised night bus."],
        ["+Supporters say the ferry is a lifeline for the island's older residents, but the council's own survey "
         "found that two thirds of its trips are made by weekend visitors."],
        ["-u/BrightDeskCo · Promoted", "-Learn More"],
        ["+What the subsidy pays for", "+Crew and fuel: £512,000", "+Pier maintenance: £214,000",
         "+Ticket discounts for residents: £134,000"],
        ["+“We are paying to run a pleasure boat and calling it public transport,” said councillor Amira Doyle, "
         "who chairs the transport committee."],
        ["+Ferry operator Stavenholt Crossings Ltd did not respond to a request for comment."],
        ["+A cheaper option would be to fund a demand-responsive minibus on the mainland side and keep the ferry "
         "only in the summer months, as the neighbouring authority did in 2023."],
        ["-412 comments", "-Share", "-Save", "-Sort by: Best"],
        ["-ferry_watcher · 6h", "-Lived on the island 30 years. Nobody I know uses the winter sailings. Cut them.",
         "-Reply", "-↑ 318"],
        ["-mainland_marge · 5h", "-Easy to say if you can drive. My mum can't.", "-Reply · Award"],
        ["-View more comments", "-Back to Top"],
    ]),
    _page("en", "en-think-tank-op-ed", [
        ["-Ondermoor Institute for Local Policy", "-Research · Commentary · Events · Donate", "-Commentary",
         "-March 9, 2026"],
        ["+Small towns don't need more grants. They need fewer strings."],
        ["-By Priya Annesley, Senior Fellow, Fiscal Federalism Program", "-Download PDF (148 KB)"],
        ["+Every spring, the clerks of small towns spend weeks filling in applications for grants that, once "
         "awarded, come with reporting rules heavier than the money they bring."],
        ["+In Stavenholt, a town of 6,400 people, the finance office counted 31 separate funding streams last year, "
         "each with its own forms, deadlines and audit."],
        ["-Related research: The Paperwork Tax on Rural Councils (Report, 2025)",
         "-Get our commentary in your inbox", "-Subscribe"],
        ["+The Institute estimates that the reporting burden costs parish and town councils about £120 million a "
         "year in staff time."],
        ["+Three changes that would help",
         "+Merge the small capital grants into one block grant with a single annual report.",
         "+Let towns under 10,000 people use a simplified audit.",
         "+Publish every condition attached to a grant in one public register."],
        ["+“We have a full-time person whose only job is to prove that we spent £40,000 the way we said we would,” "
         "the town's finance director, Colm Rafferty, told me."],
        ["+None of this would cost the Treasury a penny; it would only require ministers to trust the people they "
         "already fund."],
        ["-Tags: Local government, Public finance"],
        ["-Cite this commentary",
         "-Annesley, P. (2026). “Small towns don't need more grants. They need fewer strings.” Ondermoor "
         "Institute for Local Policy.", "-Copy citation"],
        ["-The views expressed in this commentary are those of the author and do not necessarily reflect those of "
         "the Institute."],
        ["-About the author", "-Priya Annesley is a senior fellow at the Institute, where she leads its work on "
         "local government finance.", "-Media enquiries: press@ondermoor.example"],
        ["-Support independent research", "-Donate",
         "-© 2026 Ondermoor Institute for Local Policy. Registered charity no. 0000000."],
    ]),
    _page("fr", "fr-reblog-chaine", [
        ["-Tableau de bord · Explorer · Rechercher", "-carnets-du-bocage", "-Suivre",
         "-carnets-du-bocage a reblogué ce billet de fabrique-citoyenne", "-fabrique-citoyenne"],
        ["+Pourquoi la fermeture du guichet de la gare de Vaubressac est une erreur"],
        ["+Depuis le 2 mars, il n'y a plus personne derrière le guichet de la gare de Vaubressac : les voyageurs "
         "doivent acheter leur billet sur une borne ou sur leur téléphone."],
        ["+Pour beaucoup d'habitants âgés, qui n'ont ni carte bancaire sans contact ni smartphone, c'est tout "
         "simplement la fin du train."],
        ["-Continuer la lecture"],
        ["+Ce que la borne ne sait pas faire", "+vendre un abonnement senior à tarif réduit ;",
         "+accepter les chèques et les espèces au-delà de 20 euros ;",
         "+renseigner sur les correspondances avec les cars du département."],
        ["-Sponsorisé", "-Brocante en ligne – découvrez nos meubles anciens"],
        ["+« On nous dit de tout faire en ligne, mais le réseau ne passe même pas sur le quai », raconte Odile "
         "Ferrand, 74 ans, qui prend le train chaque jeudi pour Saint-Orvelin."],
        ["+La région, qui finance les guichets, promet une « présence humaine itinérante » deux demi-journées par "
         "semaine. C'est trop peu, et l'on sait déjà que ce sera le prochain poste supprimé."],
        ["+Une pétition a recueilli 1 300 signatures en dix jours ; elle sera remise au conseil régional le 20 "
         "mars."],
        ["-Source : fabrique-citoyenne", "-#trains #services publics #ruralité #vaubressac"],
        ["-128 notes", "-Reblogger", "-J'aime", "-Voir toutes les notes",
         "-lectrice-du-mardi a aimé ce billet", "-quai-numero-2 a reblogué ce billet de carnets-du-bocage"],
        ["-Billet précédent", "-Billet suivant", "-Archives", "-Thème par Atelier Ronce"],
    ]),
    _page("fr", "fr-ong-billet-petition", [
        ["-Terres Partagées", "-Accueil · Nos combats · Agir · Actualités · Faire un don", "-ACTUALITÉS"],
        ["-Publié le 11 mars 2026 par l'équipe plaidoyer"],
        ["+Méga-bassine de Saint-Orvelin : l'eau de tous ne doit pas servir à quelques-uns"],
        ["+Le préfet doit se prononcer avant l'été sur le projet de réserve de 240 000 mètres cubes porté par six "
         "exploitations de la plaine de Saint-Orvelin."],
        ["+Remplie en hiver par pompage dans la nappe, elle servirait à irriguer du maïs destiné à l'export, alors "
         "que les communes voisines ont connu des coupures d'eau potable deux étés de suite."],
        ["-SIGNEZ LA PÉTITION", "-Non à la méga-bassine de Saint-Orvelin",
         "-4 812 signatures sur un objectif de 10 000", "-Je signe"],
        ["+Ce que nous demandons au préfet", "+une étude indépendante de l'impact sur la nappe ;",
         "+la priorité absolue à l'eau potable en période de sécheresse ;",
         "+un débat public avant toute autorisation."],
        ["+« En août dernier, nous avons distribué des bouteilles d'eau aux habitants pendant douze jours », "
         "rappelle Martine Aubrais, maire d'une commune voisine."],
        ["-Lire aussi : Sécheresse, nos propositions pour un partage de l'eau"],
        ["+Les exploitants porteurs du projet assurent que la réserve ne prélèvera que l'excédent des pluies "
         "d'hiver, une promesse que les hydrologues consultés jugent invérifiable."],
        ["+Nous ne sommes pas opposés à l'irrigation. Nous demandons que l'eau soit partagée selon des règles "
         "connues de tous, et non au profit des seuls exploitants raccordés."],
        ["-Tags : eau, agriculture, Saint-Orvelin"],
        ["-FAIRE UN DON", "-Votre don de 50 € ne vous coûte que 17 € après réduction d'impôt.", "-Je donne"],
        ["-Partager : Facebook · X · WhatsApp · E-mail"],
        ["-Recevez nos actualités", "-Votre adresse e-mail", "-Je m'inscris"],
        ["-Article précédent : Bilan de notre assemblée générale",
         "-Mentions légales · Politique de confidentialité · Nous contacter",
         "-© 2026 Terres Partagées – association loi 1901"],
    ]),
    _page("de", "de-regionalportal-agenturmeldung", [
        ["-ePaper · Abo · Anmelden", "-Eschenbrügger Tagesportal", "-Wetter: 7 °C, bewölkt", "-Werbung",
         "-Startseite › Region › Politik", "-Nachrichten aus der Region"],
        ["+Landkreis stoppt Pläne für zweites Krankenhaus in Lindwurmhausen"],
        ["-nnd | 10.03.2026, 14:32 Uhr"],
        ["+Eschenbrügge/Lindwurmhausen (nnd) – Der Kreistag hat die Planungen für einen Klinikneubau in "
         "Lindwurmhausen vorerst auf Eis gelegt."],
        ["+Mit 31 zu 24 Stimmen folgte das Gremium am Dienstagabend einem Antrag der Verwaltung, die Kosten von "
         "inzwischen 148 Millionen Euro zunächst von einem externen Gutachter prüfen zu lassen."],
        ["-Anzeige", "-Lesen Sie auch: Notaufnahme in Eschenbrügge wird erweitert"],
        ["+Die Kosten im Überblick", "+Ursprüngliche Schätzung 2021: 92 Millionen Euro",
         "+Schätzung Herbst 2024: 121 Millionen Euro", "+Aktuelle Schätzung: 148 Millionen Euro"],
        ["+„Wir bauen kein Krankenhaus, das wir uns in zehn Jahren nicht mehr leisten können“, sagte Landrätin "
         "Ulrike Haberland nach der Abstimmung."],
        ["-Video: So sieht der geplante Neubau aus"],
        ["+Die Opposition warf der Verwaltung vor, das Projekt zu verschleppen. Das Gutachten soll bis zum Herbst "
         "vorliegen."],
        ["+Bürgerinitiativen aus Lindwurmhausen kündigten für Samstag eine Kundgebung vor dem Kreishaus an."],
        ["-© nnd Nordwest Nachrichtendienst GmbH. Alle Rechte vorbehalten. Weiterverbreitung nur mit schriftlicher "
         "Genehmigung.",
         "-Diese Meldung wurde automatisch aus dem nnd-Dienst übernommen und von der Redaktion nicht bearbeitet."],
        ["-Artikel teilen: Facebook WhatsApp E-Mail"],
        ["-Mehr aus der Region", "-Schwimmbad in Lindwurmhausen öffnet später",
         "-Neue Buslinie zum Gewerbegebiet Nord"],
        ["-Newsletter abonnieren", "-Impressum | Datenschutz | AGB | Cookie-Einstellungen",
         "-© 2026 Eschenbrügger Tagesportal", "-Zurück nach oben"],
    ]),
    _page("de", "de-podcast-shownotes", [
        ["-Rathausfunk – der Kommunalpolitik-Podcast", "-Alle Folgen · Über uns · Unterstützen", "-Folge 87",
         "-12. März 2026 · 48 Min.", "-▶ Abspielen", "-Anhören auf: Spotify · Apple Podcasts · YouTube · RSS"],
        ["+Wer bezahlt die neue Grundschule in Lindwurmhausen?"],
        ["+In dieser Folge geht es um den Streit über die Finanzierung der dritten Grundschule in Lindwurmhausen, "
         "die der Stadtrat im Januar beschlossen hat."],
        ["+Der Neubau soll 23 Millionen Euro kosten; das Land übernimmt nach bisherigem Stand nur ein Drittel."],
        ["-Transkript anzeigen",
         "-Diese Folge wird unterstützt von Kranwerk Solar. Mit dem Code RATHAUS sparst du 10 Prozent."],
        ["+Darüber sprechen wir", "+00:02:10 – Warum die Schule gebraucht wird",
         "+00:14:45 – Was Kredit und Förderung kosten",
         "+00:31:20 – Welche Alternativen die Opposition vorschlägt"],
        ["+„Wir können die Kinder nicht in Containern unterrichten, bis das Land sich bewegt“, sagt Stadträtin "
         "Meral Aydınoğlu im Gespräch."],
        ["-Jetzt abonnieren, um keine Folge zu verpassen"],
        ["+Außerdem: Kämmerer Bernd Rautenfeld erklärt, warum die Stadt trotz Rekordeinnahmen bei der "
         "Gewerbesteuer neue Schulden aufnehmen will."],
        ["+Die Sondersitzung des Stadtrats zum Schulbau ist für den 26. März angesetzt."],
        ["-Links zur Folge", "-Beschlussvorlage des Stadtrats (PDF)"],
        ["-Moderation: Jana Wollert und Tim Brauchle", "-Schnitt: Tonwerkstatt Brauchle"],
        ["-Gefällt dir der Podcast? Bewerte uns mit fünf Sternen bei Apple Podcasts.",
         "-Werde Fördermitglied ab 3 € im Monat", "-Teilen: Link kopieren · E-Mail · Mastodon"],
        ["-Vorherige Folge: Folge 86 – Der Streit um die Parkgebühren", "-Alle Folgen anzeigen", "-Kommentare (4)",
         "-Impressum · Datenschutz"],
    ]),
    _page("it", "it-guest-post-blog-di-nicchia", [
        ["-Pedali e Borghi", "-Il blog del cicloturismo lento",
         "-Home · Itinerari · Attrezzatura · Chi siamo · Contatti", "-Cerca"],
        ["-GUEST POST", "-Pubblicato da Redazione il 9 marzo 2026"],
        ["+La ciclovia di Roccavenda è ferma da tre anni: ecco perché"],
        ["-Un articolo di Lucio Ferrandina, ospite del blog"],
        ["+Doveva essere pronta per l'estate del 2023: 34 chilometri di pista lungo l'ex ferrovia tra Roccavenda e "
         "Pontemarsio, finanziati con 5,8 milioni di euro di fondi europei."],
        ["+Oggi il cantiere è fermo all'altezza della vecchia stazione di Pontemarsio, e i ciclisti continuano a "
         "pedalare sulla provinciale insieme ai camion della cava."],
        ["-Sponsor: noleggia la tua e-bike da Ciclofficina Lentamente",
         "-Leggi anche: I 10 migliori borghi da visitare in bici"],
        ["+I nodi ancora da sciogliere", "+Il ponte sul torrente, bocciato dalla Soprintendenza nel 2024",
         "+Gli espropri di due terreni privati vicino a Pontemarsio",
         "+La manutenzione: nessuno dei due Comuni vuole pagarla"],
        ["+«Abbiamo il progetto, abbiamo i soldi, ci manca solo qualcuno che firmi», dice Sara Montemagno, "
         "presidente dell'associazione ciclisti locale."],
        ["+La Regione ha convocato un tavolo tecnico per il 2 aprile."],
        ["+Se entro l'anno non si sbloccherà nulla, i fondi europei dovranno essere restituiti. Sarebbe una beffa "
         "per un territorio che vive di turismo."],
        ["-L'autore", "-Lucio Ferrandina è ingegnere dei trasporti e cicloturista. Ha percorso in bici tutte le ex "
         "ferrovie dell'Appennino e ne racconta le storie sul suo canale YouTube."],
        ["-Vuoi scrivere un guest post per Pedali e Borghi? Scopri come collaborare"],
        ["-Tag: ciclovie, fondi europei, Roccavenda", "-Condividi: Facebook · WhatsApp · Telegram"],
        ["-Articoli correlati", "-Ciclovie abbandonate: la mappa d'Italia"],
        ["-Lascia un commento", "-Iscriviti alla newsletter di Pedali e Borghi",
         "-© 2026 Pedali e Borghi · P. IVA 00000000000 · Privacy", "-Torna su ↑"],
    ]),
    _page("it", "it-rubrica-tabloid-sondaggio", [
        ["-CRONACA FLASH", "-ULTIM'ORA: Incidente sulla statale, traffico in tilt", "-Opinioni",
         "-LA RUBRICA DI GIGI BARRACO", "-PUBBLICITÀ"],
        ["+Pontemarsio, basta con le multe a raffica: così si uccide il centro"],
        ["-di Gigi Barraco", "-11 marzo 2026 - 07:00"],
        ["+Trentottomila euro di multe in due mesi: tanto hanno incassato i nuovi autovelox installati a gennaio "
         "all'ingresso di Pontemarsio."],
        ["+Il sindaco dice che servono a salvare vite. Peccato che nello stesso tratto, negli ultimi cinque anni, "
         "non si sia registrato un solo incidente grave."],
        ["-I PIÙ LETTI", "-1. Vince 2 milioni al Gratta e Vinci e sparisce",
         "-2. Il vip avvistato in spiaggia a marzo", "-3. Ecco il meteo del weekend"],
        ["+I numeri degli autovelox", "+Gennaio: 1.214 verbali", "+Febbraio: 1.386 verbali",
         "+Incasso totale: 38.600 euro"],
        ["+«Da quando ci sono gli autovelox i clienti da fuori non vengono più», racconta Rosa Intrieri, che ha "
         "una merceria in via Roma da trent'anni."],
        ["+Il Comune ha già messo a bilancio altri due apparecchi per il 2027."],
        ["+Se l'obiettivo è la sicurezza, si mettano dossi e semafori. Se l'obiettivo è fare cassa, lo si dica "
         "chiaramente."],
        ["-SONDAGGIO", "-Gli autovelox di Pontemarsio vanno tolti?", "-Sì, sono solo un modo per fare cassa",
         "-No, la sicurezza prima di tutto", "-Vota", "-Hanno votato 2.318 lettori"],
        ["-Commenta la notizia", "-Seguici su Facebook e Instagram", "-© Cronaca Flash - Riproduzione riservata"],
    ]),
    _page("pl", "pl-esej-magazyn-disqus", [
        ["-MAGAZYN ZAKOLE", "-Eseje · Reportaże · Rozmowy · Prenumerata", "-ESEJ", "-Numer 14 (wiosna 2026)"],
        ["+Miasteczko, które przestało czekać na pociąg"],
        ["-Tekst: Marianna Lisowiecka", "-Ilustracje: Kuba Wrzos"],
        ["+Ostatni pociąg pasażerski odjechał z Wierzbołęki w grudniu 2000 roku. Dworzec stoi do dziś, z zabitymi "
         "deskami oknami i zegarem, który zatrzymał się na 7:42."],
        ["+Przez ćwierć wieku mieszkańcy przyzwyczaili się do autobusów, samochodów i do myśli, że kolej już nie "
         "wróci."],
        ["-Ten tekst przeczytasz za darmo. Zostań prenumeratorem i wspieraj niezależne dziennikarstwo.",
         "-Zamów prenumeratę"],
        ["+Co obiecuje program przywracania połączeń", "+remont 18 kilometrów toru do 2028 roku,",
         "+sześć par pociągów dziennie do miasta wojewódzkiego,",
         "+nowy przystanek przy szkole zamiast starego dworca."],
        ["+„Mój syn pierwszy raz w życiu pojedzie pociągiem z własnego miasta. Ma czternaście lat” – mówi Halina "
         "Gądecka, która prowadzi sklep naprzeciw dworca."],
        ["+Ale w Wierzbołęce nikt nie świętuje. Zbyt wiele razy słyszano tu obietnice, które kończyły się na "
         "wizualizacjach."],
        ["+Pierwsze prace na torze mają ruszyć jesienią, jeśli przetarg nie zostanie znowu unieważniony."],
        ["-Udostępnij: Facebook · X · Kopiuj link"],
        ["-14 komentarzy", "-Magazyn Zakole", "-Dołącz do dyskusji…"],
        ["-jan_z_pkp • 2 dni temu", "-Pracowałem na tej stacji do 1998. Trzymam kciuki, ale nie wierzę.",
         "-Odpowiedz"],
        ["-zielona_linia • 1 dzień temu", "-Najpierw niech naprawią drogę do stacji.", "-Odpowiedz • Udostępnij ›"],
        ["-Subskrybuj", "-Prywatność", "-Nie sprzedawaj moich danych"],
    ]),
    _page("pl", "pl-przeglad-tygodnia-blog", [
        ["-Notes z Jarzębinowa", "-blog o sprawach małego miasta", "-Strona główna · O mnie · Archiwum · Kontakt"],
        ["-Kategoria: Sprawy lokalne", "-15 marca 2026 · Bartosz Klonowski · 6 komentarzy"],
        ["+Przegląd tygodnia: szkoła, śmieci i nowe rondo"],
        ["+Jak co niedzielę zbieram w jednym miejscu to, co działo się w Jarzębinowie przez ostatnie siedem dni. "
         "Tym razem najwięcej emocji wzbudziła sesja rady miasta."],
        ["+We wtorek radni przyjęli nowe stawki za wywóz śmieci. Od kwietnia czteroosobowa rodzina zapłaci 152 zł "
         "miesięcznie zamiast 124 zł."],
        ["-Reklama", "-Czytaj też: Przegląd tygodnia #47"],
        ["+W skrócie",
         "+Szkoła nr 2 dostanie nową salę gimnastyczną – przetarg ogłoszono w czwartek.",
         "+Rondo na skrzyżowaniu Polnej i Kolejowej będzie gotowe w czerwcu, a nie w maju.",
         "+Biblioteka wydłuża godziny otwarcia w soboty do 16:00."],
        ["+„Nie podnosiliśmy opłat od trzech lat, a koszty odbioru wzrosły o połowę” – tłumaczył na sesji "
         "burmistrz Roman Czerski."],
        ["-Obserwuj blog na Facebooku"],
        ["+Moim zdaniem to uczciwe wyjaśnienie, ale szkoda, że nikt nie zapytał mieszkańców o segregację przy domu "
         "zamiast większych kontenerów."],
        ["+W piątek zarząd powiatu zapowiedział też remont drogi do Wierzbołęki, ale bez terminu."],
        ["-Wesprzyj blog – postaw mi kawę", "-Tagi: przegląd tygodnia, rada miasta, śmieci",
         "-Udostępnij: Facebook, X, e-mail"],
        ["-Podobne wpisy", "-Przegląd tygodnia: budżet na 2026 rok"],
        ["-6 komentarzy", "-Krystyna 15 marca 2026 o 18:22", "-A kiedy wreszcie chodnik na Lipowej?",
         "-Odpowiedz", "-Dodaj komentarz"],
        ["-Motyw: Kwiatek od Pracowni Lipa", "-Obsługiwane przez WordPress"],
    ]),
    _page("ru", "ru-zhzh-zapis-vetka-kommentariev", [
        ["-gorodskoy_zhitel", "-Записки из Берёзоводска", "-Лента друзей · Профиль · Архив · Подписаться",
         "-12 марта 2026, 21:40"],
        ["+Почему я против новой парковки у набережной"],
        ["-Настроение: раздражённое", "-Музыка: тишина"],
        ["+Администрация Берёзоводска объявила, что летом на месте сквера у набережной построят платную парковку "
         "на 180 машин."],
        ["+Сквер небольшой, но это единственное место в центре, где можно посидеть в тени: там тридцать старых "
         "лип и фонтан, который работает с 1967 года."],
        ["-Реклама", "-Скрыть рекламу за 99 ₽ в месяц"],
        ["+Что говорят цифры самой администрации",
         "+заполняемость существующей парковки у рынка — 40 % даже в выходные;",
         "+в сквере за последний год посадили 12 новых деревьев;",
         "+парковка обойдётся бюджету в 26 миллионов рублей."],
        ["+«Люди приезжают на набережную и не могут встать», — сказал на публичных слушаниях заместитель главы "
         "Аркадий Мельник."],
        ["+Я предлагаю другое: пустить по выходным маршрутку от вокзала и оставить липы в покое."],
        ["+Слушания по проекту продлятся до 30 марта, замечания принимают в электронном виде."],
        ["-Метки: благоустройство, Берёзоводск", "-Поделиться"],
        ["-23 комментария", "-Оставить комментарий"],
        ["-lipovy_cvet, 12 марта 2026, 22:05",
         "-Поддерживаю! Липы жалко, а парковку у рынка и так никто не использует.",
         "-Ответить · Ветвь дискуссии"],
        ["-gorodskoy_zhitel, 12 марта 2026, 22:31",
         "-Спасибо, напишите тоже в администрацию, там считают голоса.", "-Ответить · Наверх ветки"],
        ["-Развернуть 20 комментариев", "-Политика конфиденциальности · Помощь"],
    ]),
    _page("ru", "ru-obyasnyaem-faq", [
        ["-Кленогорские вести", "-Новости · Общество · ЖКХ · Объясняем · Афиша", "-Войти", "-ОБЪЯСНЯЕМ",
         "-11 марта 2026, 09:30", "-Время чтения: 4 минуты"],
        ["+Почему в Кленогорье выросла плата за отопление и можно ли её оспорить"],
        ["+С 1 марта жители Кленогорья получили квитанции, в которых плата за отопление выросла в среднем на 18 %."],
        ["-Реклама", "-По теме: Котельную на Заречной переведут на газ"],
        ["+Управляющие компании объясняют рост новым тарифом котельной, а городская администрация — перерасчётом "
         "за холодный январь."],
        ["-Подпишитесь на наш Telegram-канал"],
        ["+Частые вопросы",
         "+Можно ли потребовать перерасчёт? — Да, если в квартире было холоднее +18 °C: нужен акт замера от "
         "управляющей компании.",
         "+Куда жаловаться? — В жилищную инспекцию области или через портал «Госуслуги».",
         "+Сколько ждать ответа? — По закону на обращение должны ответить в течение 30 дней."],
        ["+«Мы видим ошибки примерно в каждой десятой квитанции», — говорит юрист общественной приёмной Наталья "
         "Сорокина."],
        ["-Объявление: Ремонт квартир под ключ, недорого"],
        ["+Если ответа нет, жители могут обратиться в суд; госпошлина по таким делам для потребителей не "
         "взимается."],
        ["+Новый тариф котельной утверждён до конца 2026 года."],
        ["-Теги: ЖКХ, тарифы, отопление", "-Поделиться: ВКонтакте · Одноклассники · Telegram",
         "-Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"],
        ["-Самое читаемое", "-В Кленогорье открыли новый каток"],
        ["-Комментарии", "-Чтобы оставить комментарий, войдите через ВКонтакте"],
        ["-Редакция: info@klenogorie-vesti.example", "-© 2026 «Кленогорские вести». 16+",
         "-Свидетельство о регистрации СМИ ЭЛ № ФС 00 – 00000"],
    ]),
]}


_LINE_XFAIL: dict[str, str] = {
}
_KEEP_XFAIL: dict[str, str] = {
}
_PAGE_XFAIL: dict[str, str] = {
    "de-podcast-shownotes": "the episode page's 'Folge 87' label in the head over the title is left (1 of 20 noise "
                            "lines; until round 41 the 'Jetzt abonnieren, um keine Folge zu verpassen' prompt between "
                            "the show notes was left instead)",
}


test_held_out_42_line, test_held_out_42_line_is_kept, test_held_out_42_page = held_out_tests(
    HELD_OUT_42_LINES, HELD_OUT_42_KEEP, HELD_OUT_42_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
