"""Held-out set 250: written blind, weighted toward the noise the cleaner exists for, in shapes set 248's docstring does
not name (nor the first paragraphs of sets 245, 246 and 247): scraper, embed and ad markers, all in the body (an English
Streamable video that has expired "This Streamable video has expired and is no longer available.", an English Padlet
board that the owner made private "Padlet board could not be displayed: the owner has made it private.", an English
Acast player error with a listen-in-the-app hint "Acast player error – this episode is not available right now. Listen
in the Acast app instead.", a French Arte.tv video whose broadcasting rights expired "La vidéo Arte.tv n'est plus
disponible : les droits de diffusion ont expiré.", a German Spotify embed blocked until the marketing cookies are
accepted "Spotify-Inhalt blockiert: Bitte akzeptiere die Marketing-Cookies, um die Episode abzuspielen.", an Italian
Spreaker player that could not be loaded, with a reload hint "Impossibile caricare il player di Spreaker. Ricarica la
pagina.", a Polish Polskie Radio player that does not support the browser, with an update hint "Odtwarzacz Polskiego
Radia nie obsługuje tej przeglądarki. Zaktualizuj ją, aby posłuchać audycji." and a Russian RUTUBE video that the rights
holder restricted on third-party sites "Видео RUTUBE недоступно: правообладатель ограничил показ на сторонних сайтах.");
reading-time headers in new wordings, all at the head (the English stopwatch-emoji label "⏱ 5 min read", a blog's
heads-up line "Heads up: long post ahead, about 12 minutes of reading.", the French N-minutes-of-reading (minutes de
lecture) label "5 minutes de lecture", the German read-in-N-minutes (in N Minuten gelesen) label "In 5 Minuten gelesen",
the Italian it-reads-in (si legge in) label "Si legge in 5 minuti", the Polish a-read-for (lektura na) label "Lektura na
5 minut" and the Russian you-will-read-it-in (прочитаете за) label "Прочитаете за 5 минут"); bylines and self-promotion
(an English words-and-pictures byline "Words and pictures: Ottoline Brambleshaw", an English name-and-service byline of
the Local Democracy Reporting Service "Ambrose Custerdell | Local Democracy Reporting Service", a German a-report-by
(ein Bericht von) byline "Ein Bericht von Ludger Pfannenstiel" and a Russian text-and-photo (текст, фото) byline "Текст:
Аглая Блинчикова, фото: Пётр Сковородкин", all at the head; and an English Folksy plug for the author's hand-carved
spatulas "I sell my hand-carved wooden spatulas on Folksy – link in the sidebar.", a French Ulule pre-order plug for the
author's crêpe recipe book "Mon livre de recettes de crêpes est en précommande sur Ulule, merci pour votre soutien !",
an Italian Satispay buy-me-a-coffee plug "Se vuoi offrirmi un caffè, mi trovi su Satispay come La Padella Volante." and
a Polish Patronite support plug "Wspieraj bloga na Patronite – już od 5 zł miesięcznie.", all at the foot); blog and
site footers, all at the foot (an English Netlify and Hugo credit with an RSS link "Hosted on Netlify · Built with Hugo
· RSS", an English web-design credit with the accessibility and modern-slavery statements "Site design by Pixel &
Parsnip Studio · Accessibility statement · Modern slavery statement", an English Carrd and Namecheap credit "Website
made with Carrd · Domain by Namecheap", a French hosted-by (hébergé par) legal line with the host's address "Hébergé par
OVHcloud – 2 rue Kellermann, 59100 Roubaix", a German Astra-theme and All-Inkl hosting line "Diese Website nutzt das
Theme Astra und läuft bei All-Inkl.com.", an Italian Aruba hosting credit with the cookie and privacy links "Hosting
fornito da Aruba S.p.A. · Cookie policy · Privacy policy", a Polish all-rights-reserved, no-copying line "Wszelkie prawa
zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione." and a Russian link-required-when-copying line with the
age rating "При копировании материалов ссылка на сайт обязательна. 16+"); reader-comment furniture, all at the foot (an
English removed-by-a-moderator stub "This comment was removed by a moderator. Why?", the English join-the-discussion
prompt of WordPress themes "Want to join the discussion? Feel free to contribute!", an English comments-now-closed note
"Comments are now closed on this article.", the French WordPress your-e-mail-will-not-be-published note "Votre adresse
e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", a German comments-disabled note
"Kommentarfunktion für diesen Artikel deaktiviert.", an Italian no-comments-yet, be-the-first prompt "Nessun commento
ancora. Sii il primo a commentare!", a Polish reply-quote-report row (odpowiedz, cytuj, zgłoś do moderacji) "Odpowiedz ·
Cytuj · Zgłoś do moderacji" and a Russian comments-disabled-by-the-editors note "Комментарии к этой статье отключены по
решению редакции."); share rows, all at the foot (an English tweet-pin-send-email row "Tweet · Pin it · Send on WhatsApp
· Email a friend", a German share-now (jetzt teilen auf) row with Xing "Jetzt teilen auf WhatsApp · Facebook · Xing" and
a Polish share (podziel się) row with Wykop "Podziel się: Facebook · X · Wykop"); and notices (a French
part-of-our-series note "Cet article fait partie de notre série « Fêtes de village », à retrouver chaque samedi." and an
Italian published-more-than-a-year-ago note "Attenzione: questo articolo è stato pubblicato più di un anno fa.", both in
the body; and the Russian the-author's-opinion-may-differ disclaimer "Мнение автора может не совпадать с позицией
редакции.", at the foot); and twenty keep lines, article sentences that look a little like noise ("Comments made by the
referee after the final were aimed at the custard, which he said was far too runny.", "Shared equally between the two
finalists, the trophy is a cast-iron frying pan mounted on oak.", "Followed by a brass band, the pancake racers ran the
length of the high street twice.", "Subscribers to the church newsletter baked four hundred pancakes for the
spectators.", "Copyright of the custard recipe has been claimed by a bakery that has made it since 1967.", "Advertising
his pies on a sandwich board, the baker walked through the market all morning.", "Reading out the rules, the marshal
reminded throwers that every pie must be aimed below the collar.", "Commentaires moqueurs et éclats de rire ont
accompagné chaque crêpe tombée par terre.", "Partagé entre les deux équipes, le prix sera remis en jeu l'an prochain.",
"Suivie en direct par la radio locale, la finale s'est jouée à la dernière tarte.", "Kommentare der Zuschauer galten vor
allem der Schürze des Bürgermeisters, die nach dem Finale gelb war.", "Geteilt wurde der letzte Pfannkuchen zwischen dem
Sieger und seinem Hund.", "Folgen hatte der Wettbewerb auch für die Bäckerei, die 900 Eier nachbestellen musste.",
"Commenti entusiasti sono arrivati anche dal parroco, che ha lanciato la prima torta.", "Condiviso dai due finalisti, il
premio è una padella di rame del nonno del sindaco.", "Seguendo la tradizione, la gara si è chiusa con una frittella
gigante per tutti.", "Komentując finał, burmistrz przyznał, że sam dostał tortem w twarz trzy razy.", "Obserwowany przez
całą wieś naleśnik wylądował na patelni po potrójnym obrocie.", "Комментируя финал, судья признался, что никогда не
видел столько крема на одной сцене." and "Подписчики местной газеты голосовали за самый красивый переворот блина."); and
toward whole scraped news and hobby-blog pages in layouts set 248's docstring does not describe (on the six portal
pages, in eight blocks, the masthead with its tagline, the section menu, a breadcrumb and a bare reading time in a block
of four at the very top; the title first in a block of two, above the byline with the date and time (one line); the
first and second paragraphs in the middle of a block of four, under the lead photo's caption with its credit (one line)
and above a share row; the paragraph with the quote first in a block of two, above a read-also link; the subheading and
the three rows with a bare advertisement label (Advertisement, Publicité, Anzeige, Pubblicità, Reklama, Реклама) between
the subheading and the first row (a block of five, the label second); the two last paragraphs at the first and third
places of a block of four, with a sponsored headline between them and a tags line closing the block; a thread of six
lines alone in a block (a comment count, a reader's comment, a second reader's arrowed reply to it, a third reader's
comment, the paper's arrowed reply to the third and a fourth reader's comment, so the thread ends with a comment, not a
reply); and at the foot a most-read line with two headlines, a follow-us prompt (Facebook and Instagram; VKontakte and
Telegram on the Russian page) and the publisher's copyright line with its links in one line, in a block of three; on the
six blog pages, in nine blocks, the blog name with its tagline and the menu in a block of two at the very top; the title
in the middle of a block of three, between the posted-on-by line (with the comment count) above it and a bare reading
time under it; the first paragraph first in a block of two, above a table of contents (its heading and three numbered
entries in one line); the second paragraph and the paragraph with the quote under the opening photo's caption in a block
of three (the caption first); the subheading and the three rows with an affiliate link to the author's crêpe pan (on
Amazon, on Allegro on the Polish blog, on Ozon on the Russian blog) between the subheading and the first row and an
action photo's caption closing the list block (a block of six, the link second and the caption last); the two last
paragraphs at the top of a block of four, above the author's sign-off and a plug for her pancake-print aprons (on Not On
The High Street on the English blog, in an Etsy shop on the French, German, Italian and Polish blogs, at Ярмарка
Мастеров on the Russian blog); a share row (Pinterest-style pin-it for the feast day, Facebook and e-mail), a
you-may-also-like line with two post titles and a subscribe-by-email prompt in a block of three; a thread of five lines
alone in a block (a thoughts-on or comments heading with its count quoting the post's title, the flatmate's comment, the
author's arrowed reply to her, a stranger's comment and the flatmate's arrowed reply to him); and at the foot a
filed-under (category) line and the author's copyright line with the theme and platform credit in one line, in a block
of two), taken from local news of a town's 19th custard pie fight championship (four cooks from a primary-school canteen
winning with 171 points in the final against a team of retired firefighters, twenty-four teams of four on a cricket
ground, sports ground or stadium in front of more than 2,000 spectators in rain ponchos, the organiser's quote, who has
run the contest since 2004, that a pie is not a weapon but a conversation: aim low, throw soft and always say sorry
afterwards, pie inspection and the draw at 9.30, group matches two teams at a time on a sheeted pitch from 11.00 and the
final with the prize-giving at 16.00, the cooks sealing the title with a full-face hit worth six points with the last
pie, 3,400 pounds, euros or złoty (34 thousand roubles on the Russian page) raised for the food bank and the winners
promising to defend the title next spring) in six invented towns, and from six hobby blogs of young women on their first
pancake-flipping contest (dared by a flatmate, at the Shrove Tuesday contest in Olney, at Candlemas (la Chandeleur) in
Rennes, at Fastnacht in Münster, at Carnival in Ferrara, on Fat Thursday (tłusty czwartek) in Toruń and at Maslenitsa in
Kostroma, thirty flippers on the market square each with a pan, one pancake and sixty seconds, the head judge's quote at
the briefing, a retired chef, wrist not elbow, eyes on the pancake and never chase it if it falls, registration and the
pan check at 10.00, heats of six from 11.30 and the final at 14.00 with a second pancake for ties, 38 flips for seventh
place behind a 67-year-old grandmother who flipped 61 times, one flip landing on a market awning, 310 pounds, euros or
złoty (31 thousand roubles on the Russian blog) raised for a children's hospice and the flatmate buying a pan to beat
her next year).

Protocol: written by a helper who did not read the cleaner (anything under src/), the development lists
(tests/noisy_corpus.py lists, tests/test_clean_pages.py, tests/site_batches*.py, tests/site_template_reviewed.py,
tests/test_site_batches.py, tests/test_site_lines.py, the line lists of tests/test_clean.py and the lists, pages and
xfail tables of held-out sets 10 to 248 but what is named here), held-out set 249 (written at the same time by another
helper; none of its paths was opened), docs/ or README.md, nor ``git log``, ``git show``, ``git diff`` or ``git branch``
output, and who did not run ``git worktree list`` and did not list or grep the tests/ folder's files. Read were: the
docstring of held-out set 248 up to and including its paragraph starting "Baseline", its imports and its tail from the
``_LINE_XFAIL`` assignment on (found with ``ast`` as the module-level assignment node, not by a string search), and the
first paragraphs of the docstrings of sets 245, 246 and 247, printed with one ast script (/tmp/s250scratch/readdoc.py,
docstrings split on blank lines); tests/held_out_sets.py and scripts/clean_held_out_report.py (in full, with ``cat``);
``_problems``, ``_insert``, ``_held_out`` and ``_fixture`` (tests/test_clean.py) and ``NoisyCase`` and
``page_from_blocks`` (tests/noisy_corpus.py), printed with ``inspect.getsource`` (/tmp/s250scratch/insp.py, with
/tmp/wt-s250/src and /tmp/wt-s250/tests on sys.path and SPINSCOPE_DATA=/work/shared/data); and ``FIXTURES``, printed as
its dict value. All of it was read in the worktree /tmp/wt-s250 (detached at the brief's commit). The English fixture
file itself was not opened. The import lines and the line binding the three tests follow set 248's as printed, with 248
-> 250; /tmp/s250scratch/gen250.py writes this file from scratch files (data250.py with the noise and keep lines,
pages250.py with the pages as fields and the two layouts that turn them into blocks, doc/*.txt with the docstring
paragraphs and, after the measurement, tables250.py with the xfail tables). Nothing else was copied from any file of the
repository. The set was measured once against a frozen cleaner (worktree /tmp/wt-s250, detached at commit
a6a432db3a833c73ada228b8719f1a780bc1bad8, the commit the brief named) and every failing case is marked as a strict xfail
whose reason describes the line or page, not a rule. Nothing was changed after the measurement but the xfail tables and
this docstring (the Baseline paragraph and the notes on the measurement).

Slips and notes: (1) ``date`` printed Mon Dec 7 23:25:00 UTC 2026 before the brief was read (the brief's 50 minutes
count from there) and 23:25:02 at the set-up; ``git status --short`` in /work/main printed nothing and ``git rev-parse
HEAD`` printed a6a432db3a833c73ada228b8719f1a780bc1bad8 (main was at the brief's commit); both worktrees were made at
that commit with ``git worktree add``, output to /dev/null, both exit codes 0; /work/main was not touched afterwards.
(2) readdoc.py first printed to the terminal, which the tool cut in the middle (it showed set 248's first paragraph, its
Protocol and the start of its Slips and notes, then from inside set 246's first paragraph on: its end and set 247's
first paragraph); the second run went to /tmp/s250scratch/allowed.txt (only the allowed parts), which I paged with ``sed
-n`` on that output file, never on a file of the repository; nothing else of any set file was printed. (3) The default
python already had the project's dependencies: the inspect import of test_clean and noisy_corpus worked on its first
run, so nothing was installed. That import (and gen250.py's import of the written file, to compare it with the scratch
data) loads the cleaner's modules, but nothing was cleaned before the measurement and no source under src/ was printed.
(4) Before writing I compared my wordings with the ones the read docstrings name, by eye, and kept away from them: no
embed service used for a held-out marker here is named for a marker in them (Streamable, Padlet, Acast, Arte.tv,
Spotify, Spreaker, Polskie Radio and RUTUBE are new; the failures are worded anew: an expired video, a board made
private, a player error with a listen-in-the-app hint, expired broadcasting rights, an embed blocked until marketing
cookies are accepted, a player that could not be loaded with a reload hint, an unsupported browser with an update hint,
a show restricted by the rights holder on other sites); the reading times avoid the phrasings named there (the new ones
are "⏱ N min read", "Heads up: long post ahead", "N minutes de lecture", "In N Minuten gelesen", "Si legge in", "Lektura
na" and "Прочитаете за"); the bylines are of new shapes (words and pictures, name with the reporting service, "Ein
Bericht von", "Текст: ..., фото: ...") and the plugs name platforms not named there (Folksy, Ulule, Satispay,
Patronite); the footers use builders, hosts and legal lines not named there (Netlify with Hugo, a web-design credit with
the accessibility and modern-slavery statements, Carrd with Namecheap, the French hosted-by line with the host's
address, Astra with All-Inkl, Aruba, a Polish no-copying line, a Russian link-required line with an age rating); the
comment lines (a removed-by-a-moderator stub, a join-the-discussion prompt, a comments-closed note, the French
your-e-mail-will-not-be-published note, a comments-disabled note, a be-the-first prompt, a reply-quote-report row, a
disabled-by-the-editors note), the share rows (tweet, pin it, WhatsApp and email a friend; jetzt teilen auf with Xing;
podziel się with Wykop) and the notices (a French part-of-a-series note and an Italian published-over-a-year-ago note in
the body, a Russian opinion disclaimer at the foot) are of kinds not named there. The page furniture (mastheads, menus,
reading times, captions, ad labels, affiliate links on Amazon, Allegro and Ozon, Etsy and Ярмарка Мастеров plugs and the
like) is of the ordinary kinds the brief lists, and some of it is worded like lines of earlier sets; the layouts differ
from those of set 248 (see the first paragraph). (5) Invented names were checked with ``find_string`` (exact,
case-insensitive, over public GitHub files) before use: Flanwick (a filler word in a code file) and Budyniowo (a Polish
adverb in recipe texts) had hits and were dropped for Splatcombe and Budyniewice; these had no hits: Splatcombe (and so
The Splatcombe Clarion), Flanières (and L'Écho de Flanières), Sahnebrück (and the Sahnebrücker Tagblatt), Crostolano
(and Il Corriere di Crostolano), Budyniewice and Kurier Budyniewicki, Заварнинск and Заварнинская (and «Заварнинская
правда»), Batter Up Bryony, La Poêle Voltigeuse, Pfannkuchenpirouette, La Padella Volante, Podrzucona Patelnia,
Блинолётка, Ottoline Brambleshaw, Ambrose Custerdell, Ludger Pfannenstiel, Аглая Блинчикова, Пётр Сковородкин, Wilfreda
Splatchley, Fernand Flanchard, Helmtrud Sahnemeier, Gualtiero Crostolini, Zbigniew Budyniak, Ефим Заварухин, Dennis
Tubb, Gilbert Tartinet, Walburga Quarkner, Settimio Panna, Henryk Kremówka, Савелий Кремнёв, Pixel & Parsnip (Studio)
and Molino Farinelli (checked for a draft line, not used); the commenters are first names with an initial or a relation
("my flatmate") and the blog authors first names only, which were not checked; real towns (Olney, Rennes, Münster,
Ferrara, Toruń, Kostroma, Roubaix) and services and platforms are named as real pages do. (6) Before the measurement
/tmp/s250scratch/check250.py checked the counts (categories, languages, places; 45 noise and 20 keep lines; each page 10
article and 20 noise lines), that all 425 lines are distinct, that no noise line occurs inside any other line (article,
keep or noise, case-insensitively) and that no line holds an at-sign. Its first run found the German portal's bare
"Anzeige" label inside the paper's name (then "Sahnebrücker Anzeiger") and, after the paper was renamed the Sahnebrücker
Tagblatt, inside the menu's "Traueranzeigen", which became "Trauerfälle"; the third run found nothing. gen250.py checks
that no line of this file is over 120 columns, that it holds no at-sign and that the lists and pages read back from it
equal the scratch data; docstring check: every noise and keep line is quoted in the first paragraph (checked by a
script, whitespace normalised). (7) The measurement was run once, in one shell call, with the xfail tables empty and
this file final but for them and the Baseline paragraph (``date`` printed 23:30:08 before it); its report is quoted in
the Baseline paragraph. Then /tmp/s250scratch/problems.py (importing the copy in /tmp/wt-s250/tests with
/tmp/wt-s250/src on the path) printed the problems of each failing case with ``_problems`` (``date`` printed 23:30:26
before and 23:30:31 after): every problem was a kept line ("kept boilerplate"), none a lost article line, and no problem
of another kind (no unreported removal, no range or offset problem) was printed. The cleaned text itself was not
printed. (8) The tables were written from that output (/tmp/s250scratch/mktables.py writes tables250.py from the saved
problems.json, which gen250.py puts into this file); mktables.py checks that every problem is a kept line and matches
each printed snippet to exactly one line of its page, which the reason quotes in full with where it sits and the count
the report counts left; the reason of each line quotes it and says where it was put; the keys of the tables are exactly
the failing lines and pages of that output; the lists and pages of the final file were imported back and found equal to
the scratch data, and the final file was checked with the pytest command in /tmp/wt-s250 (see the Baseline paragraph).
(9) Clock: ``date`` printed 23:25:00 at the start, 23:30:08 at the measurement and 23:30:31 after the problems were
printed; the tables, the Baseline paragraph and these notes followed, and the commit within minutes, well inside the
brief's 50 minutes.

Judgement calls: the keep lines are article sentences from local reports of the custard pie championship and the
pancake-flipping contests that open with or hold a noise-like word: each is a full sentence with a subject, a verb and a
fact of the story, so article ("Comments made by the referee", "Commentaires moqueurs et éclats de rire", "Kommentare
der Zuschauer", "Commenti entusiasti", "Komentując finał" and "Комментируя финал" open like comment furniture but tell
of a referee's verdict on runny custard, laughter at dropped crêpes, a mayor's yellow apron, a priest who threw the
first pie, a mayor hit three times and a judge's amazement at the cream; "Shared equally between the two finalists",
"Partagé entre les deux équipes", "Geteilt wurde der letzte Pfannkuchen" and "Condiviso dai due finalisti" open like
share rows but tell of a frying-pan trophy, a prize put back at stake, a pancake shared with a dog and a copper pan;
"Followed by a brass band", "Suivie en direct par la radio locale", "Folgen hatte der Wettbewerb", "Seguendo la
tradizione" and "Obserwowany przez całą wieś" open like follow prompts but tell of a parade, a radio broadcast, a bakery
re-ordering eggs, a giant fritter and a triple turn; "Subscribers to the church newsletter" and "Подписчики местной
газеты" open like subscribe prompts but tell of baking and a readers' vote; "Copyright of the custard recipe" opens like
a copyright line but tells of a bakery's claim; "Advertising his pies on a sandwich board" opens like an advertisement
label but tells of a baker in the market; "Reading out the rules" opens like a reading time but tells of the marshal's
briefing). Borderline categories: the four plugs (Folksy, Ulule, Satispay, Patronite) are bylines and self-promotion, at
the foot, since each promotes the author's own things or asks for support in the author's voice; the name-and-service
line (Local Democracy Reporting Service) and the words-and-pictures line are bylines; the eight embed lines are markers
(what an embed leaves in the text when it does not show), though the German Spotify line is worded like a cookie notice:
it names the blocked embed, so marker; the French hosted-by line with the host's address, the Polish all-rights-reserved
line and the Russian link-required-when-copying line with its age rating are footers (legal lines of the site, not of
the article), and so are the Netlify and Hugo, web-design, Carrd, Astra and All-Inkl and Aruba credits; the
removed-by-a-moderator stub, the join-the-discussion prompt, the comments-closed and comments-disabled notes, the French
your-e-mail-will-not-be-published note, the be-the-first prompt and the Polish reply-quote-report row are comment
furniture, since they sit over, in or under the comments and speak only of commenting; the French series note and the
Italian published-more-than-a-year-ago note are notices in the body (both speak of the article they sit in), and the
Russian opinion disclaimer is a notice at the foot. On every page the title, the three paragraphs before the subheading
(the third with the quote), the subheading, its three list rows and the two last paragraphs are article; everything else
(mastheads and blog names with taglines, menus, breadcrumbs, posted-on lines, bylines, reading times, tables of
contents, captions and photo credits, share rows, read-also links, advertisement labels, affiliate links, sponsored
headlines, tags and filed-under lines, sign-offs, plugs, you-may-also-like lines, comment counts and comments headings,
comments and replies, most-read lines, follow and subscribe prompts and copyright lines) is noise. The list rows (pie
inspection, group matches and final on the portals; registration, heats and final on the blogs) are short but part of
each article, so article; the list headings ("How the day went", "How my day went" and the like) are the articles'
subheadings, so article; the portals' advertisement label under the subheading and the blogs' affiliate link under the
subheading and action photo caption closing the list are noise though they sit in the list block; the arrowed replies, a
reader's and the paper's own on the portals and the flatmate's and the author's on the blogs, are comment furniture, so
noise; the blogs' comments heading quotes the post's title but is noise; the sign-off ("Happy flipping, Bryony x" and
its translations) sits in the block of the two last paragraphs but is noise.

Contents: 45 noise lines (marker 8, reading-time 7, byline 8, footer 8, comments 8, share 3, notice 3; en 15, fr 6, de
6, it 6, pl 6, ru 6; marker, reading-time, byline, footer and comments in every language, three of each in English but
reading-time (two); share in English, German and Polish and notice in French, Italian and Russian; by place head 11 (the
seven reading times and four bylines: two English, a German and a Russian one), body 10 (the eight markers and two
notices: French and Italian), tail 24 (four plugs: an English, a French, an Italian and a Polish one, eight footers,
eight comment lines, three share rows and the Russian notice)), 20 keep lines (en 7, fr 3, de 3, it 3, pl 2, ru 2; head
7, body 5, tail 8), 12 pages with 240 noise lines and 120 article lines: en-portal-splatcombe-custard-pie-championship
(four school cooks winning Splatcombe's 19th custard pie fight championship, in The Splatcombe Clarion),
en-blog-batter-up-bryony-first-pancake-flipping-contest (Bryony's first pancake-flipping contest in Olney, seventh of
thirty), fr-portail-flanieres-championnat-de-tartes-a-la-creme (the canteen cooks winning the custard pie championship
of Flanières, in L'Écho de Flanières), fr-blog-la-poele-voltigeuse-concours-de-sauts-de-crepes (Capucine's first
crêpe-flipping contest at Candlemas in Rennes), de-portal-sahnebrueck-sahnetorten-schlacht (the school cooks winning the
19th cream-pie championship of Sahnebrück, in the Sahnebrücker Tagblatt), de-blog-pfannkuchenpirouette-pfannkuchenwenden
(Lena's first pancake-flipping contest at Fastnacht in Münster), it-portale-crostolano-campionato-di-torte-in-faccia
(the canteen cooks winning the pie-in-the-face championship of Crostolano, in Il Corriere di Crostolano),
it-blog-la-padella-volante-gara-di-lancio-delle-crepes (Giulia's first crêpe-flipping contest at Carnival in Ferrara),
pl-portal-budyniewice-mistrzostwa-w-rzucaniu-tortem (the canteen cooks winning the pie-throwing championship of
Budyniewice, in the Kurier Budyniewicki), pl-blog-podrzucona-patelnia-konkurs-podrzucania-nalesnikow (Ola's first
pancake-flipping contest on Fat Thursday in Toruń), ru-portal-zavarninsk-chempionat-po-metaniyu-tortov (the canteen
cooks winning the pie-throwing championship of Заварнинск, in «Заварнинская правда»),
ru-blog-blinoletka-konkurs-po-podbrasyvaniyu-blinov (Катя's first pancake-flipping contest at Maslenitsa in Kostroma),
each with a reader comment thread.

Baseline (2026-12-07, cleaner at commit a6a432db3a833c73ada228b8719f1a780bc1bad8, measured with ``cd /tmp/wt-s250 &&
SPINSCOPE_DATA=/work/shared/data PYTHONPATH=/tmp/wt-s250/src python -m pytest -q tests/test_clean_held_out_250.py -rA -p
no:cacheprovider`` (12 failed, 65 passed) and ``cd /tmp/wt-s250 && PYTHONPATH=/tmp/wt-s250/src python
scripts/clean_held_out_report.py --sets 250``, with the xfail tables empty, at 23:30:08 UTC by ``date``): noise lines
removed 41/45 (marker 8/8, reading-time 6/7, byline 7/8, footer 7/8, comments 7/8, share 3/3, notice 3/3; the 4 missed
lines, all kept in the text, are those of ``_LINE_XFAIL``: at the head the English blog's heads-up reading-time line
"Heads up: long post ahead, about 12 minutes of reading."; and at the foot the Italian Satispay plug, the German
Astra-theme and All-Inkl hosting footer and the English join-the-discussion comment prompt; every marker, share row and
notice, the other reading times, bylines, plugs, footers and comment lines went); keep lines kept 20/20; pages 4/12
clean (the French, German, Italian and Polish portal pages), 16 of 240 page noise lines left and 0 of 120 article lines
lost. Left: on the English and Russian portal pages the sponsored headline between the two last paragraphs (1 each); on
all six blogs the opening photo's caption above the second paragraph and the action photo's caption closing the list
block (2 each); on the English blog also the author's sign-off and the plug for her aprons on Not On The High Street
under the two last paragraphs (4 in all); the French, German, Italian and Polish portals keep none. No page and no keep
line loses an article line. The failing cases are strict xfails; with them the pytest command on the final file in
/tmp/wt-s250 gave 65 passed, 12 xfailed, no XPASS.
"""
from __future__ import annotations

from held_out_sets import held_out_tests, page as _page
from noisy_corpus import NoisyCase

HELD_OUT_250_LINES: list[tuple[str, str, str]] = [
    ('body', 'This Streamable video has expired and is no longer available.', 'marker'),
    ('body', 'Padlet board could not be displayed: the owner has made it private.', 'marker'),
    ('body',
     'Acast player error – this episode is not available right now. Listen in the Acast app instead.',
     'marker'),
    ('body', "La vidéo Arte.tv n'est plus disponible : les droits de diffusion ont expiré.", 'marker'),
    ('body', 'Spotify-Inhalt blockiert: Bitte akzeptiere die Marketing-Cookies, um die Episode abzuspielen.', 'marker'),
    ('body', 'Impossibile caricare il player di Spreaker. Ricarica la pagina.', 'marker'),
    ('body',
     'Odtwarzacz Polskiego Radia nie obsługuje tej przeglądarki. Zaktualizuj ją, aby posłuchać audycji.',
     'marker'),
    ('body', 'Видео RUTUBE недоступно: правообладатель ограничил показ на сторонних сайтах.', 'marker'),
    ('head', '⏱ 5 min read', 'reading-time'),
    ('head', 'Heads up: long post ahead, about 12 minutes of reading.', 'reading-time'),
    ('head', '5 minutes de lecture', 'reading-time'),
    ('head', 'In 5 Minuten gelesen', 'reading-time'),
    ('head', 'Si legge in 5 minuti', 'reading-time'),
    ('head', 'Lektura na 5 minut', 'reading-time'),
    ('head', 'Прочитаете за 5 минут', 'reading-time'),
    ('head', 'Words and pictures: Ottoline Brambleshaw', 'byline'),
    ('head', 'Ambrose Custerdell | Local Democracy Reporting Service', 'byline'),
    ('head', 'Ein Bericht von Ludger Pfannenstiel', 'byline'),
    ('head', 'Текст: Аглая Блинчикова, фото: Пётр Сковородкин', 'byline'),
    ('tail', 'I sell my hand-carved wooden spatulas on Folksy – link in the sidebar.', 'byline'),
    ('tail', 'Mon livre de recettes de crêpes est en précommande sur Ulule, merci pour votre soutien !', 'byline'),
    ('tail', 'Se vuoi offrirmi un caffè, mi trovi su Satispay come La Padella Volante.', 'byline'),
    ('tail', 'Wspieraj bloga na Patronite – już od 5 zł miesięcznie.', 'byline'),
    ('tail', 'Hosted on Netlify · Built with Hugo · RSS', 'footer'),
    ('tail', 'Site design by Pixel & Parsnip Studio · Accessibility statement · Modern slavery statement', 'footer'),
    ('tail', 'Website made with Carrd · Domain by Namecheap', 'footer'),
    ('tail', 'Hébergé par OVHcloud – 2 rue Kellermann, 59100 Roubaix', 'footer'),
    ('tail', 'Diese Website nutzt das Theme Astra und läuft bei All-Inkl.com.', 'footer'),
    ('tail', 'Hosting fornito da Aruba S.p.A. · Cookie policy · Privacy policy', 'footer'),
    ('tail', 'Wszelkie prawa zastrzeżone. Kopiowanie treści bez zgody redakcji zabronione.', 'footer'),
    ('tail', 'При копировании материалов ссылка на сайт обязательна. 16+', 'footer'),
    ('tail', 'This comment was removed by a moderator. Why?', 'comments'),
    ('tail', 'Want to join the discussion? Feel free to contribute!', 'comments'),
    ('tail', 'Comments are now closed on this article.', 'comments'),
    ('tail', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'comments'),
    ('tail', 'Kommentarfunktion für diesen Artikel deaktiviert.', 'comments'),
    ('tail', 'Nessun commento ancora. Sii il primo a commentare!', 'comments'),
    ('tail', 'Odpowiedz · Cytuj · Zgłoś do moderacji', 'comments'),
    ('tail', 'Комментарии к этой статье отключены по решению редакции.', 'comments'),
    ('tail', 'Tweet · Pin it · Send on WhatsApp · Email a friend', 'share'),
    ('tail', 'Jetzt teilen auf WhatsApp · Facebook · Xing', 'share'),
    ('tail', 'Podziel się: Facebook · X · Wykop', 'share'),
    ('body', 'Cet article fait partie de notre série « Fêtes de village », à retrouver chaque samedi.', 'notice'),
    ('body', 'Attenzione: questo articolo è stato pubblicato più di un anno fa.', 'notice'),
    ('tail', 'Мнение автора может не совпадать с позицией редакции.', 'notice'),
]

HELD_OUT_250_KEEP: list[tuple[str, str]] = [
    ('head',
     'Comments made by the referee after the final were aimed at the custard, which he said was far too runny.'),
    ('body', 'Shared equally between the two finalists, the trophy is a cast-iron frying pan mounted on oak.'),
    ('tail', 'Followed by a brass band, the pancake racers ran the length of the high street twice.'),
    ('head', 'Subscribers to the church newsletter baked four hundred pancakes for the spectators.'),
    ('tail', 'Copyright of the custard recipe has been claimed by a bakery that has made it since 1967.'),
    ('body', 'Advertising his pies on a sandwich board, the baker walked through the market all morning.'),
    ('tail', 'Reading out the rules, the marshal reminded throwers that every pie must be aimed below the collar.'),
    ('head', 'Commentaires moqueurs et éclats de rire ont accompagné chaque crêpe tombée par terre.'),
    ('tail', "Partagé entre les deux équipes, le prix sera remis en jeu l'an prochain."),
    ('body', "Suivie en direct par la radio locale, la finale s'est jouée à la dernière tarte."),
    ('head', 'Kommentare der Zuschauer galten vor allem der Schürze des Bürgermeisters, die nach dem Finale gelb war.'),
    ('tail', 'Geteilt wurde der letzte Pfannkuchen zwischen dem Sieger und seinem Hund.'),
    ('body', 'Folgen hatte der Wettbewerb auch für die Bäckerei, die 900 Eier nachbestellen musste.'),
    ('head', 'Commenti entusiasti sono arrivati anche dal parroco, che ha lanciato la prima torta.'),
    ('tail', 'Condiviso dai due finalisti, il premio è una padella di rame del nonno del sindaco.'),
    ('tail', 'Seguendo la tradizione, la gara si è chiusa con una frittella gigante per tutti.'),
    ('head', 'Komentując finał, burmistrz przyznał, że sam dostał tortem w twarz trzy razy.'),
    ('body', 'Obserwowany przez całą wieś naleśnik wylądował na patelni po potrójnym obrocie.'),
    ('tail', 'Комментируя финал, судья признался, что никогда не видел столько крема на одной сцене.'),
    ('head', 'Подписчики местной газеты голосовали за самый красивый переворот блина.'),
]

HELD_OUT_250_PAGES: dict[str, tuple[str, NoisyCase]] = {case.name: (lang, case) for lang, case in [
    _page('en', 'en-portal-splatcombe-custard-pie-championship', [
        [
            '-The Splatcombe Clarion – Your town, your news, since 1887',
            "-News | Sport | What's On | Property | Jobs | Announcements",
            '-Home › News › Local › Splatcombe',
            '-4 min read',
        ],
        [
            "+School cooks take the custard pie crown at Splatcombe's 19th championship",
            '-Wilfreda Splatchley, Chief Reporter · Sunday 12 April 2026, 18:05',
        ],
        [
            '-Custard flies during the semi-final on the cricket ground. Photo: Clarion Photography',
            "+Four cooks from Splatcombe Primary School won the town's 19th custard pie fight championship on "
            'Saturday, scoring 171 points in the final against a team of retired firefighters.',
            '+Twenty-four teams of four took part on the cricket ground behind the Red Lion, watched by more than '
            '2,000 spectators in waterproof ponchos.',
            '-Share: Facebook · X · WhatsApp · Email',
        ],
        [
            '+“A pie is not a weapon, it is a conversation,” said the organiser, Dennis Tubb, who has run the '
            'contest since 2004. “Aim low, throw soft and always say sorry afterwards.”',
            '-Read more: Pancake race returns to Splatcombe high street after 30 years',
        ],
        [
            '+How the day went',
            '-Advertisement',
            '+9.30: pie inspection and the drawing of the heats',
            '+11.00: group matches, two teams at a time on a plastic-sheeted pitch',
            '+16.00: the final, followed by the prize-giving in the Red Lion',
        ],
        [
            '+The cooks led from the first throw and sealed the title with a full-face hit, worth six points, with '
            'the last pie of the match.',
            '-Sponsored: Five kitchen gadgets every home cook swears by',
            "+The championship raised £3,400 for the town's food bank, and the winners have promised to defend their "
            'title next spring.',
            '-Tags: custard pie, Splatcombe, charity, fun days',
        ],
        [
            '-23 comments',
            "-Margaret H. · My granddaughter's dinner lady is one of the winners. Proudest day of her life!",
            '-↳ Clive D. · Brilliant stuff. The firefighters were robbed in the second half though.',
            '-Tony R. · Shame about the parking, it took us forty minutes to get out of the field.',
            '-↳ The Splatcombe Clarion · Thanks Tony, we have passed your comment on to the organisers.',
            '-Sue W. · Best day out this year, see you all next April.',
        ],
        [
            '-Most read: Bypass roadworks to last until autumn · New café opens on the quay',
            '-Follow the Clarion on Facebook and Instagram',
            '-© 2026 The Splatcombe Clarion · About us · Contact · Privacy policy · Cookie settings',
        ],
    ]),
    _page('en', 'en-blog-batter-up-bryony-first-pancake-flipping-contest', [
        [
            '-Batter Up Bryony – pancakes, pans and other flips',
            '-Home | Recipes | Contests | About me | Contact',
        ],
        [
            '-Posted on 18 February 2026 by Bryony · 9 comments',
            '+My first pancake-flipping contest (and the flip that hit the awning)',
            '-Reading time: 8 minutes',
        ],
        [
            '+I have been flipping pancakes in my tiny kitchen for three years, so when my flatmate dared me to '
            'enter the Shrove Tuesday contest in Olney, I said yes before I could think.',
            '-Contents: 1. The dare 2. The rules 3. The flips',
        ],
        [
            '-Me and my flatmate before the start, pans polished',
            '+Thirty flippers lined up on the market square, each with a pan, one pancake and sixty seconds to flip '
            'it as many times as possible.',
            '+The head judge, a retired chef, told us at the briefing: “Wrist, not elbow, eyes on the pancake and '
            'never chase it if it falls.”',
        ],
        [
            '+How my day went',
            '-The pan I used: a 24 cm carbon-steel crêpe pan on Amazon (affiliate link)',
            '+10.00: registration and the pan check',
            '+11.30: heats of six on the market square',
            '+14.00: the final, with a second pancake for ties',
            '-Flip number thirty-one, just before it hit the awning',
        ],
        [
            '+I managed 38 flips for seventh place, behind a 67-year-old grandmother who flipped 61 times without '
            'dropping anything.',
            "+We raised £310 for the children's hospice, and my flatmate has already bought a pan so she can beat me "
            'next year.',
            '-Happy flipping, Bryony x',
            '-My pancake-print aprons are now on Not On The High Street, link in the sidebar',
        ],
        [
            '-Pin it for Pancake Day · Share on Facebook · Send by email',
            "-You may also like: Lemon and sugar, the only topping · How I re-seasoned my gran's pan",
            '-Subscribe to get new posts by email',
        ],
        [
            '-9 thoughts on “My first pancake-flipping contest (and the flip that hit the awning)”',
            '-Kerry (my flatmate) · You were robbed, that awning flip should have counted double!',
            '-↳ Bryony · The awning still has batter on it, Kerry.',
            '-Dev P. · What batter recipe do you use for contests? Mine always tears.',
            "-↳ Kerry (my flatmate) · Dev, she'll never tell, I've been asking for three years.",
        ],
        [
            '-Filed under: Contests, Pancakes, Shrove Tuesday',
            '-© 2026 Batter Up Bryony · Theme: Kadence · Powered by WordPress',
        ],
    ]),
    _page('fr', 'fr-portail-flanieres-championnat-de-tartes-a-la-creme', [
        [
            "-L'Écho de Flanières – L'actualité du canton depuis 1921",
            '-Actualité | Sports | Sortir | Économie | Avis de décès',
            '-Accueil › Actualité › Flanières',
            '-Lecture 3 min',
        ],
        [
            '+Les cuisinières de la cantine remportent le championnat de tartes à la crème de Flanières',
            '-Par Fernand Flanchard · Publié le 12/04/2026 à 18h05',
        ],
        [
            "-Une tarte vole pendant la demi-finale sur le stade municipal. Photo : L'Écho de Flanières",
            "+Quatre cuisinières de la cantine de l'école Jules-Ferry ont remporté samedi le 19e championnat de "
            "bataille de tartes à la crème de Flanières, avec 171 points en finale face à d'anciens pompiers.",
            '+Vingt-quatre équipes de quatre se sont affrontées sur le stade municipal, devant plus de 2 000 '
            'spectateurs en ponchos imperméables.',
            '-Partager : Facebook · X · WhatsApp · E-mail',
        ],
        [
            "+« Une tarte n'est pas une arme, c'est une conversation », explique l'organisateur, Gilbert Tartinet, "
            'qui dirige le concours depuis 2004. « Visez bas, lancez doucement et excusez-vous toujours après. »',
            '-À lire aussi : La course de crêpes fait son retour dans la Grande-Rue après trente ans',
        ],
        [
            '+Le déroulement de la journée',
            '-Publicité',
            '+9 h 30 : contrôle des tartes et tirage au sort des poules',
            '+11 h : matchs de poule, deux équipes à la fois sur une pelouse bâchée',
            '+16 h : finale, suivie de la remise des prix à la salle des fêtes',
        ],
        [
            "+Les cuisinières ont mené dès le premier lancer et ont scellé leur victoire d'une tarte en pleine "
            'figure, qui vaut six points, avec la dernière tarte du match.',
            '-Contenu sponsorisé : Cinq ustensiles que tous les cuisiniers adorent',
            '+Le championnat a rapporté 3 400 euros à la banque alimentaire de la ville, et les gagnantes promettent '
            'de défendre leur titre au printemps prochain.',
            '-Mots-clés : tarte à la crème, Flanières, solidarité, fête',
        ],
        [
            '-23 commentaires',
            '-Martine H. · La dame de cantine de ma petite-fille fait partie des gagnantes. Quelle fierté !',
            '-↳ Claude D. · Superbe journée. Les pompiers ont quand même été volés en deuxième mi-temps.',
            '-Thierry R. · Dommage pour le parking, nous avons mis quarante minutes à sortir du pré.',
            "-↳ L'Écho de Flanières · Merci Thierry, nous avons transmis votre remarque aux organisateurs.",
            "-Sylvie W. · Meilleure sortie de l'année, à l'an prochain !",
        ],
        [
            "-Les plus lus : Travaux de la déviation jusqu'à l'automne · Un nouveau café ouvre sur le quai",
            "-Suivez L'Écho de Flanières sur Facebook et Instagram",
            "-© 2026 L'Écho de Flanières · Qui sommes-nous · Contact · Confidentialité · Gestion des cookies",
        ],
    ]),
    _page('fr', 'fr-blog-la-poele-voltigeuse-concours-de-sauts-de-crepes', [
        [
            '-La Poêle Voltigeuse – crêpes, poêles et autres acrobaties',
            '-Accueil | Recettes | Concours | À propos | Contact',
        ],
        [
            '-Publié le 2 février 2026 par Capucine · 9 commentaires',
            "+Mon premier concours de sauts de crêpes (et la crêpe qui a fini sur l'auvent)",
            '-Temps de lecture : 8 minutes',
        ],
        [
            "+Je fais sauter des crêpes dans ma minuscule cuisine depuis trois ans, alors quand ma colocataire m'a "
            "mise au défi de participer au concours de la Chandeleur à Rennes, j'ai dit oui sans réfléchir.",
            '-Sommaire : 1. Le défi 2. Le règlement 3. Les sauts',
        ],
        [
            '-Ma colocataire et moi avant le départ, poêles bien astiquées',
            '+Trente participants étaient alignés sur la place du marché, chacun avec une poêle, une crêpe et '
            'soixante secondes pour la faire sauter le plus de fois possible.',
            '+Le chef du jury, un cuisinier à la retraite, nous a dit au briefing : « Le poignet, pas le coude, les '
            'yeux sur la crêpe et ne la poursuivez jamais si elle tombe. »',
        ],
        [
            '+Ma journée au concours',
            '-Ma poêle : une poêle à crêpes en acier de 24 cm sur Amazon (lien affilié)',
            '+10 h : inscriptions et contrôle des poêles',
            '+11 h 30 : séries de six sur la place du marché',
            "+14 h : finale, avec une deuxième crêpe en cas d'égalité",
            "-Saut numéro trente et un, juste avant l'auvent",
        ],
        [
            "+J'ai réussi 38 sauts pour la septième place, derrière une grand-mère de 67 ans qui en a fait 61 sans "
            'rien laisser tomber.',
            '+Nous avons récolté 310 euros pour la maison de soins pédiatriques, et ma colocataire a déjà acheté une '
            "poêle pour me battre l'an prochain.",
            '-Bons sauts, Capucine',
            '-Mes tabliers imprimés crêpes sont en vente dans ma boutique Etsy, lien dans la barre latérale',
        ],
        [
            '-Épingler pour la Chandeleur · Partager sur Facebook · Envoyer par e-mail',
            "-Vous aimerez aussi : Beurre-sucre, la seule garniture · Comment j'ai culotté la poêle de mamie",
            '-Abonnez-vous pour recevoir les nouveaux articles par e-mail',
        ],
        [
            "-9 réflexions sur « Mon premier concours de sauts de crêpes (et la crêpe qui a fini sur l'auvent) »",
            "-Léa (ma coloc) · On t'a volée, ce saut sur l'auvent aurait dû compter double !",
            "-↳ Capucine · L'auvent a encore de la pâte dessus, Léa.",
            '-Hugo P. · Quelle pâte utilises-tu pour les concours ? La mienne se déchire toujours.',
            '-↳ Léa (ma coloc) · Hugo, elle ne le dira jamais, je demande depuis trois ans.',
        ],
        [
            '-Classé dans : Concours, Crêpes, Chandeleur',
            '-© 2026 La Poêle Voltigeuse · Thème : Astra · Propulsé par WordPress',
        ],
    ]),
    _page('de', 'de-portal-sahnebrueck-sahnetorten-schlacht', [
        [
            '-Sahnebrücker Tagblatt – Heimatzeitung seit 1898',
            '-Lokales | Sport | Freizeit | Wirtschaft | Trauerfälle',
            '-Startseite › Lokales › Sahnebrück',
            '-3 Min.',
        ],
        [
            '+Schulköchinnen gewinnen die 19. Sahnetorten-Meisterschaft in Sahnebrück',
            '-Von Helmtrud Sahnemeier · 12.04.2026, 18:05 Uhr',
        ],
        [
            '-Eine Torte fliegt im Halbfinale auf dem Sportplatz. Foto: Sahnebrücker Tagblatt',
            '+Vier Köchinnen der Grundschule am Markt haben am Samstag die 19. Sahnetorten-Meisterschaft von '
            'Sahnebrück gewonnen, mit 171 Punkten im Finale gegen eine Mannschaft ehemaliger Feuerwehrleute.',
            '+Vierundzwanzig Teams zu je vier Werfern traten auf dem Sportplatz an, vor mehr als 2000 Zuschauern in '
            'Regenponchos.',
            '-Teilen: Facebook · X · WhatsApp · E-Mail',
        ],
        [
            '+„Eine Torte ist keine Waffe, sondern ein Gespräch“, sagt die Organisatorin Walburga Quarkner, die den '
            'Wettbewerb seit 2004 leitet. „Tief zielen, weich werfen und sich hinterher immer entschuldigen.“',
            '-Lesen Sie auch: Pfannkuchenrennen kehrt nach 30 Jahren in die Hauptstraße zurück',
        ],
        [
            '+So lief der Tag',
            '-Anzeige',
            '+9.30 Uhr: Tortenkontrolle und Auslosung der Gruppen',
            '+11 Uhr: Gruppenspiele, zwei Teams gleichzeitig auf dem abgedeckten Rasen',
            '+16 Uhr: Finale, danach die Siegerehrung im Festzelt',
        ],
        [
            '+Die Köchinnen führten vom ersten Wurf an und machten den Titel mit einem Volltreffer ins Gesicht, der '
            'sechs Punkte zählt, mit der letzten Torte des Spiels perfekt.',
            '-Gesponsert: Fünf Küchenhelfer, auf die Hobbyköche schwören',
            '+Die Meisterschaft brachte 3400 Euro für die örtliche Tafel ein, und die Siegerinnen wollen ihren Titel '
            'im nächsten Frühjahr verteidigen.',
            '-Schlagworte: Sahnetorte, Sahnebrück, Wohltätigkeit, Volksfest',
        ],
        [
            '-23 Kommentare',
            '-Margit H. · Die Schulköchin meiner Enkelin ist eine der Siegerinnen. Was für ein Stolz!',
            '-↳ Klaus D. · Klasse Sache. Die Feuerwehr wurde in der zweiten Hälfte aber betrogen.',
            '-Thomas R. · Schade um die Parksituation, wir haben vierzig Minuten von der Wiese gebraucht.',
            '-↳ Sahnebrücker Tagblatt · Danke, Thomas, wir haben Ihren Hinweis an die Veranstalter weitergegeben.',
            '-Susanne W. · Der schönste Ausflug des Jahres, bis nächsten April!',
        ],
        [
            '-Meistgelesen: Umgehungsstraße bleibt bis Herbst gesperrt · Neues Café am Hafen eröffnet',
            '-Folgen Sie dem Sahnebrücker Tagblatt auf Facebook und Instagram',
            '-© 2026 Sahnebrücker Tagblatt · Impressum · Kontakt · Datenschutz · Cookie-Einstellungen',
        ],
    ]),
    _page('de', 'de-blog-pfannkuchenpirouette-pfannkuchenwenden', [
        [
            '-Pfannkuchenpirouette – Pfannkuchen, Pfannen und andere Kunststücke',
            '-Start | Rezepte | Wettbewerbe | Über mich | Kontakt',
        ],
        [
            '-Veröffentlicht am 17. Februar 2026 von Lena · 9 Kommentare',
            '+Mein erster Pfannkuchen-Wendewettbewerb (und der Pfannkuchen auf der Markise)',
            '-Lesezeit: 8 Minuten',
        ],
        [
            '+Seit drei Jahren wende ich Pfannkuchen in meiner winzigen Küche, und als meine Mitbewohnerin mich '
            'herausforderte, beim Fastnachtswettbewerb in Münster mitzumachen, sagte ich sofort zu.',
            '-Inhalt: 1. Die Wette 2. Die Regeln 3. Die Würfe',
        ],
        [
            '-Meine Mitbewohnerin und ich vor dem Start, die Pfannen poliert',
            '+Dreißig Teilnehmer standen auf dem Marktplatz, jeder mit einer Pfanne, einem Pfannkuchen und sechzig '
            'Sekunden, um ihn so oft wie möglich zu wenden.',
            '+Der Oberschiedsrichter, ein Koch im Ruhestand, sagte uns bei der Einweisung: „Handgelenk, nicht '
            'Ellbogen, Augen auf den Pfannkuchen und nie hinterherrennen, wenn er fällt.“',
        ],
        [
            '+So lief mein Tag',
            '-Meine Pfanne: eine 24-cm-Crêpepfanne aus Karbonstahl bei Amazon (Affiliate-Link)',
            '+10 Uhr: Anmeldung und Pfannenkontrolle',
            '+11.30 Uhr: Vorläufe zu sechst auf dem Marktplatz',
            '+14 Uhr: Finale, bei Gleichstand mit einem zweiten Pfannkuchen',
            '-Wurf Nummer einunddreißig, kurz bevor er auf der Markise landete',
        ],
        [
            '+Mit 38 Würfen wurde ich Siebte, hinter einer 67-jährigen Oma, die 61-mal gewendet hat, ohne etwas '
            'fallen zu lassen.',
            '+Wir haben 310 Euro für das Kinderhospiz gesammelt, und meine Mitbewohnerin hat schon eine Pfanne '
            'gekauft, um mich nächstes Jahr zu schlagen.',
            '-Fröhliches Wenden, eure Lena',
            '-Meine Schürzen mit Pfannkuchenmuster gibt es in meinem Etsy-Shop, Link in der Seitenleiste',
        ],
        [
            '-Für später merken: Pinterest · Facebook · per E-Mail senden',
            '-Das könnte dich auch interessieren: Zimt und Zucker, mehr braucht es nicht · Omas Pfanne eingebrannt',
            '-Neue Beiträge per E-Mail abonnieren',
        ],
        [
            '-9 Gedanken zu „Mein erster Pfannkuchen-Wendewettbewerb (und der Pfannkuchen auf der Markise)“',
            '-Jule (meine Mitbewohnerin) · Du wurdest betrogen, der Wurf auf die Markise hätte doppelt zählen müssen!',
            '-↳ Lena · Auf der Markise klebt immer noch Teig, Jule.',
            '-Deniz P. · Welchen Teig nimmst du für Wettbewerbe? Meiner reißt immer.',
            '-↳ Jule (meine Mitbewohnerin) · Deniz, das verrät sie nie, ich frage seit drei Jahren.',
        ],
        [
            '-Kategorie: Wettbewerbe, Pfannkuchen, Fastnacht',
            '-© 2026 Pfannkuchenpirouette · Theme: GeneratePress · Betrieben mit WordPress',
        ],
    ]),
    _page('it', 'it-portale-crostolano-campionato-di-torte-in-faccia', [
        [
            '-Il Corriere di Crostolano – Notizie dalla valle dal 1910',
            '-Cronaca | Sport | Eventi | Economia | Necrologi',
            '-Home › Cronaca › Crostolano',
            '-3 minuti',
        ],
        [
            '+Le cuoche della mensa vincono il 19° campionato di torte in faccia di Crostolano',
            '-di Gualtiero Crostolini · 12 aprile 2026, ore 18:05',
        ],
        [
            '-Una torta vola durante la semifinale al campo sportivo. Foto: Il Corriere di Crostolano',
            '+Quattro cuoche della mensa della scuola elementare hanno vinto sabato il 19° campionato di lancio di '
            'torte alla crema di Crostolano, con 171 punti in finale contro una squadra di vigili del fuoco in '
            'pensione.',
            '+Ventiquattro squadre di quattro si sono sfidate al campo sportivo comunale, davanti a più di 2.000 '
            'spettatori con la mantella impermeabile.',
            '-Condividi: Facebook · X · WhatsApp · Email',
        ],
        [
            "+«Una torta non è un'arma, è una conversazione», ha detto l'organizzatore Settimio Panna, che guida la "
            'gara dal 2004. «Mirate in basso, lanciate piano e chiedete sempre scusa dopo.»',
            "-Leggi anche: Torna dopo trent'anni la corsa delle frittelle lungo il corso",
        ],
        [
            '+Come è andata la giornata',
            '-Pubblicità',
            '+Ore 9.30: controllo delle torte e sorteggio dei gironi',
            '+Ore 11: partite dei gironi, due squadre alla volta sul prato coperto di teli',
            '+Ore 16: finale, seguita dalla premiazione sotto il tendone',
        ],
        [
            '+Le cuoche sono state in testa dal primo lancio e hanno chiuso la partita con un centro in pieno viso, '
            "che vale sei punti, con l'ultima torta dell'incontro.",
            '-Contenuto sponsorizzato: Cinque utensili da cucina che ogni cuoco adora',
            '+Il campionato ha raccolto 3.400 euro per il banco alimentare del paese, e le vincitrici hanno promesso '
            'di difendere il titolo la prossima primavera.',
            '-Tag: torte alla crema, Crostolano, beneficenza, feste di paese',
        ],
        [
            '-23 commenti',
            '-Marisa H. · La cuoca della mensa di mia nipote è una delle vincitrici. Che orgoglio!',
            '-↳ Claudio D. · Bellissimo. Però i pompieri sono stati derubati nel secondo tempo.',
            '-Tonino R. · Peccato per i parcheggi, ci abbiamo messo quaranta minuti a uscire dal prato.',
            '-↳ Il Corriere di Crostolano · Grazie Tonino, abbiamo girato la segnalazione agli organizzatori.',
            "-Silvana W. · La gita più bella dell'anno, ci vediamo ad aprile!",
        ],
        [
            "-I più letti: Lavori alla circonvallazione fino all'autunno · Apre un nuovo bar sul lungolago",
            '-Segui Il Corriere di Crostolano su Facebook e Instagram',
            '-© 2026 Il Corriere di Crostolano · Chi siamo · Contatti · Privacy · Impostazioni cookie',
        ],
    ]),
    _page('it', 'it-blog-la-padella-volante-gara-di-lancio-delle-crepes', [
        [
            '-La Padella Volante – crêpes, padelle e altre acrobazie',
            '-Home | Ricette | Gare | Chi sono | Contatti',
        ],
        [
            '-Pubblicato il 17 febbraio 2026 da Giulia · 9 commenti',
            '+La mia prima gara di lancio delle crêpes (e quella finita sulla tenda)',
            '-Tempo di lettura: 8 minuti',
        ],
        [
            '+Faccio saltare le crêpes nella mia minuscola cucina da tre anni, così quando la mia coinquilina mi ha '
            'sfidata a iscrivermi alla gara di Carnevale a Ferrara ho detto di sì senza pensarci.',
            '-Indice: 1. La sfida 2. Il regolamento 3. I lanci',
        ],
        [
            '-Io e la mia coinquilina prima della partenza, padelle lucidate',
            '+Trenta concorrenti erano schierati in piazza del mercato, ciascuno con una padella, una crêpe e '
            'sessanta secondi per farla saltare il più possibile.',
            '+Il capo della giuria, un cuoco in pensione, ci ha detto al briefing: «Polso, non gomito, occhi sulla '
            'crêpe e non inseguitela mai se cade.»',
        ],
        [
            "+Com'è andata la mia giornata",
            '-La mia padella: una padella per crêpes in acciaio da 24 cm su Amazon (link affiliato)',
            '+Ore 10: iscrizioni e controllo delle padelle',
            '+Ore 11.30: batterie da sei in piazza del mercato',
            '+Ore 14: finale, con una seconda crêpe in caso di parità',
            '-Lancio numero trentuno, un attimo prima della tenda',
        ],
        [
            '+Ho fatto 38 lanci e sono arrivata settima, dietro una nonna di 67 anni che ne ha fatti 61 senza far '
            'cadere niente.',
            "+Abbiamo raccolto 310 euro per l'hospice pediatrico, e la mia coinquilina ha già comprato una padella "
            "per battermi l'anno prossimo.",
            '-Buoni lanci, Giulia',
            '-I miei grembiuli con le crêpes stampate sono nel mio negozio Etsy, link nella barra laterale',
        ],
        [
            '-Salvala per Carnevale · Condividi su Facebook · Invia per email',
            '-Potrebbe interessarti anche: Zucchero e limone, e basta · Come ho curato la padella della nonna',
            '-Iscriviti per ricevere i nuovi articoli via email',
        ],
        [
            '-9 pensieri su “La mia prima gara di lancio delle crêpes (e quella finita sulla tenda)”',
            '-Marta (la mia coinquilina) · Ti hanno derubata, il lancio sulla tenda doveva valere doppio!',
            "-↳ Giulia · Sulla tenda c'è ancora la pastella, Marta.",
            '-Dario P. · Che pastella usi per le gare? La mia si strappa sempre.',
            '-↳ Marta (la mia coinquilina) · Dario, non lo dirà mai, glielo chiedo da tre anni.',
        ],
        [
            '-Archiviato in: Gare, Crêpes, Carnevale',
            '-© 2026 La Padella Volante · Tema: OceanWP · Realizzato con WordPress',
        ],
    ]),
    _page('pl', 'pl-portal-budyniewice-mistrzostwa-w-rzucaniu-tortem', [
        [
            '-Kurier Budyniewicki – Gazeta ziemi budyniewickiej od 1990 roku',
            '-Wiadomości | Sport | Kultura | Gospodarka | Nekrologi',
            '-Strona główna › Wiadomości › Budyniewice',
            '-3 min czytania',
        ],
        [
            '+Kucharki ze szkolnej stołówki mistrzyniami w rzucaniu tortem w Budyniewicach',
            '-Zbigniew Budyniak · 12.04.2026, 18:05',
        ],
        [
            '-Tort w locie podczas półfinału na stadionie miejskim. Fot. Kurier Budyniewicki',
            '+Cztery kucharki ze stołówki szkoły podstawowej wygrały w sobotę 19. mistrzostwa w rzucaniu tortem z '
            'kremem w Budyniewicach, zdobywając w finale 171 punktów z drużyną emerytowanych strażaków.',
            '+Na stadionie miejskim zmierzyły się dwadzieścia cztery czteroosobowe drużyny, a oglądało je ponad 2000 '
            'widzów w przeciwdeszczowych pelerynach.',
            '-Udostępnij: Facebook · X · WhatsApp · E-mail',
        ],
        [
            '+„Tort to nie broń, tylko rozmowa” – mówi organizator Henryk Kremówka, który prowadzi zawody od 2004 '
            'roku. „Celujcie nisko, rzucajcie delikatnie i zawsze potem przepraszajcie.”',
            '-Czytaj także: Wyścig z naleśnikami wraca na ulicę Główną po 30 latach',
        ],
        [
            '+Jak minął dzień',
            '-Reklama',
            '+9.30: kontrola tortów i losowanie grup',
            '+11.00: mecze grupowe, po dwie drużyny na przykrytej folią murawie',
            '+16.00: finał, a po nim wręczenie nagród w namiocie',
        ],
        [
            '+Kucharki prowadziły od pierwszego rzutu, a tytuł przypieczętowały trafieniem prosto w twarz, za sześć '
            'punktów, ostatnim tortem meczu.',
            '-Artykuł sponsorowany: Pięć gadżetów kuchennych, które pokochał każdy kucharz',
            '+Mistrzostwa przyniosły 3400 złotych dla miejskiego banku żywności, a zwyciężczynie obiecują bronić '
            'tytułu następnej wiosny.',
            '-Tagi: tort, Budyniewice, akcja charytatywna, festyn',
        ],
        [
            '-23 komentarze',
            '-Małgorzata H. · Pani ze stołówki mojej wnuczki jest jedną ze zwyciężczyń. Co za duma!',
            '-↳ Krzysztof D. · Świetna sprawa. Strażacy zostali jednak oszukani w drugiej połowie.',
            '-Tadeusz R. · Szkoda, że z parkingiem był problem, wyjeżdżaliśmy z łąki czterdzieści minut.',
            '-↳ Kurier Budyniewicki · Dziękujemy, Tadeuszu, przekazaliśmy uwagę organizatorom.',
            '-Zofia W. · Najlepszy dzień w roku, do zobaczenia w kwietniu!',
        ],
        [
            '-Najczęściej czytane: Remont obwodnicy potrwa do jesieni · Nowa kawiarnia przy przystani',
            '-Obserwuj Kurier Budyniewicki na Facebooku i Instagramie',
            '-© 2026 Kurier Budyniewicki · O nas · Kontakt · Polityka prywatności · Ustawienia cookies',
        ],
    ]),
    _page('pl', 'pl-blog-podrzucona-patelnia-konkurs-podrzucania-nalesnikow', [
        [
            '-Podrzucona Patelnia – naleśniki, patelnie i inne akrobacje',
            '-Start | Przepisy | Konkursy | O mnie | Kontakt',
        ],
        [
            '-Opublikowano 12 lutego 2026 przez Olę · 9 komentarzy',
            '+Mój pierwszy konkurs podrzucania naleśników (i naleśnik na markizie)',
            '-Czas lektury: 8 minut',
        ],
        [
            '+Od trzech lat podrzucam naleśniki w mojej malutkiej kuchni, więc kiedy współlokatorka rzuciła mi '
            'wyzwanie, żebym zgłosiła się do tłustoczwartkowego konkursu w Toruniu, zgodziłam się bez namysłu.',
            '-Spis treści: 1. Zakład 2. Zasady 3. Rzuty',
        ],
        [
            '-Ja i współlokatorka przed startem, patelnie wypolerowane',
            '+Trzydzieścioro uczestników stanęło na rynku, każdy z patelnią, jednym naleśnikiem i sześćdziesięcioma '
            'sekundami, by podrzucić go jak najwięcej razy.',
            '+Główny sędzia, emerytowany kucharz, powiedział nam na odprawie: „Nadgarstek, nie łokieć, oczy na '
            'naleśniku i nigdy nie gońcie go, gdy spada.”',
        ],
        [
            '+Jak minął mój dzień',
            '-Moja patelnia: stalowa patelnia do naleśników 24 cm na Allegro (link afiliacyjny)',
            '+10.00: zapisy i kontrola patelni',
            '+11.30: biegi eliminacyjne po sześć osób na rynku',
            '+14.00: finał, przy remisie z drugim naleśnikiem',
            '-Rzut numer trzydzieści jeden, tuż przed markizą',
        ],
        [
            '+Udało mi się 38 podrzutów i siódme miejsce, za 67-letnią babcią, która podrzuciła 61 razy i niczego '
            'nie upuściła.',
            '+Zebraliśmy 310 złotych dla hospicjum dziecięcego, a współlokatorka kupiła już patelnię, żeby pokonać '
            'mnie za rok.',
            '-Udanych podrzutów, Ola',
            '-Moje fartuchy w naleśniki kupicie w moim sklepie na Etsy, link w pasku bocznym',
        ],
        [
            '-Zapisz na tłusty czwartek · Udostępnij na Facebooku · Wyślij e-mailem',
            '-Może cię też zainteresować: Cukier puder i cytryna, nic więcej · Jak wypaliłam patelnię babci',
            '-Zapisz się, by dostawać nowe wpisy e-mailem',
        ],
        [
            '-9 myśli na temat „Mój pierwszy konkurs podrzucania naleśników (i naleśnik na markizie)”',
            '-Kasia (współlokatorka) · Oszukali cię, ten rzut na markizę powinien liczyć się podwójnie!',
            '-↳ Ola · Na markizie wciąż jest ciasto, Kasiu.',
            '-Darek P. · Jakiego ciasta używasz na konkursy? Moje zawsze się rwie.',
            '-↳ Kasia (współlokatorka) · Darek, ona nigdy nie powie, pytam od trzech lat.',
        ],
        [
            '-Kategorie: Konkursy, Naleśniki, Tłusty czwartek',
            '-© 2026 Podrzucona Patelnia · Motyw: Neve · Wspierane przez WordPress',
        ],
    ]),
    _page('ru', 'ru-portal-zavarninsk-chempionat-po-metaniyu-tortov', [
        [
            '-«Заварнинская правда» — новости города с 1931 года',
            '-Новости | Спорт | Афиша | Экономика | Объявления',
            '-Главная › Новости › Заварнинск',
            '-3 мин',
        ],
        [
            '+Повара школьной столовой выиграли 19-й чемпионат Заварнинска по метанию тортов',
            '-Ефим Заварухин · 12 апреля 2026, 18:05',
        ],
        [
            '-Торт летит во время полуфинала на городском стадионе. Фото: «Заварнинская правда»',
            '+Четыре повара столовой школы № 2 в субботу выиграли 19-й чемпионат Заварнинска по метанию тортов с '
            'заварным кремом, набрав в финале 171 очко против команды пожарных на пенсии.',
            '+На городском стадионе встретились двадцать четыре команды по четыре человека, за ними наблюдали более '
            '2000 зрителей в дождевиках.',
            '-Поделиться: ВКонтакте · Одноклассники · Telegram',
        ],
        [
            '+«Торт — это не оружие, а разговор, — говорит организатор Савелий Кремнёв, который проводит чемпионат с '
            '2004 года. — Цельтесь ниже, бросайте мягко и всегда извиняйтесь потом».',
            '-Читайте также: Блинный забег вернулся на главную улицу спустя 30 лет',
        ],
        [
            '+Как прошёл день',
            '-Реклама',
            '+9:30 — проверка тортов и жеребьёвка групп',
            '+11:00 — групповые матчи, по две команды на застеленном плёнкой поле',
            '+16:00 — финал и награждение в шатре',
        ],
        [
            '+Повара лидировали с первого броска и закрепили победу попаданием прямо в лицо, которое стоит шесть '
            'очков, последним тортом матча.',
            '-На правах рекламы: Пять кухонных гаджетов, без которых не обходится ни один повар',
            '+Чемпионат собрал 34 тысячи рублей для городского продуктового банка, а победительницы обещают защищать '
            'титул следующей весной.',
            '-Теги: торты, Заварнинск, благотворительность, праздник',
        ],
        [
            '-23 комментария',
            '-Маргарита Х. · Повариха из столовой моей внучки — одна из победительниц. Какая гордость!',
            '-↳ Клим Д. · Отлично. Но пожарных во втором тайме явно засудили.',
            '-Антон Р. · Жаль, что с парковкой беда, мы выезжали с поля сорок минут.',
            '-↳ «Заварнинская правда» · Спасибо, Антон, мы передали ваше замечание организаторам.',
            '-Светлана В. · Лучший выходной в году, до встречи в апреле!',
        ],
        [
            '-Самое читаемое: Ремонт объездной продлится до осени · На набережной открылось новое кафе',
            '-Подписывайтесь на «Заварнинскую правду» во ВКонтакте и Telegram',
            '-© 2026 «Заварнинская правда» · О редакции · Контакты · Политика конфиденциальности',
        ],
    ]),
    _page('ru', 'ru-blog-blinoletka-konkurs-po-podbrasyvaniyu-blinov', [
        [
            '-Блинолётка — блины, сковородки и другие трюки',
            '-Главная | Рецепты | Конкурсы | Обо мне | Контакты',
        ],
        [
            '-Опубликовано 22 февраля 2026 автором Катя · 9 комментариев',
            '+Мой первый конкурс по подбрасыванию блинов (и блин на навесе)',
            '-Время на чтение: 8 минут',
        ],
        [
            '+Уже три года я подбрасываю блины на своей крошечной кухне, поэтому, когда соседка по квартире '
            'предложила мне поспорить и записаться на масленичный конкурс в Костроме, я сразу согласилась.',
            '-Содержание: 1. Спор 2. Правила 3. Броски',
        ],
        [
            '-Мы с соседкой перед стартом, сковородки начищены',
            '+Тридцать участников выстроились на рыночной площади, у каждого сковорода, один блин и шестьдесят '
            'секунд, чтобы подбросить его как можно больше раз.',
            '+Главный судья, повар на пенсии, сказал нам на инструктаже: «Кисть, а не локоть, глаза на блин и '
            'никогда не гонитесь за ним, если он падает».',
        ],
        [
            '+Как прошёл мой день',
            '-Моя сковорода: стальная блинница 24 см на Ozon (партнёрская ссылка)',
            '+10:00 — регистрация и проверка сковородок',
            '+11:30 — забеги по шесть человек на рыночной площади',
            '+14:00 — финал, при ничьей со вторым блином',
            '-Бросок номер тридцать один, за миг до навеса',
        ],
        [
            '+У меня получилось 38 бросков и седьмое место, после 67-летней бабушки, которая подбросила блин 61 раз '
            'и ничего не уронила.',
            '+Мы собрали 31 тысячу рублей для детского хосписа, а соседка уже купила сковородку, чтобы обыграть меня '
            'в следующем году.',
            '-Удачных бросков, ваша Катя',
            '-Мои фартуки с блинами можно купить на Ярмарке Мастеров, ссылка в боковой колонке',
        ],
        [
            '-Сохранить к Масленице · Поделиться во ВКонтакте · Отправить по почте',
            '-Вам может понравиться: Сметана и ничего больше · Как я прокалила бабушкину сковородку',
            '-Подпишитесь, чтобы получать новые записи по почте',
        ],
        [
            '-9 комментариев к записи «Мой первый конкурс по подбрасыванию блинов (и блин на навесе)»',
            '-Лиза (соседка) · Тебя засудили, бросок на навес должен был считаться вдвойне!',
            '-↳ Катя · На навесе до сих пор тесто, Лиза.',
            '-Денис П. · Какое тесто ты берёшь для конкурсов? У меня всё время рвётся.',
            '-↳ Лиза (соседка) · Денис, она никогда не скажет, я спрашиваю уже три года.',
        ],
        [
            '-Рубрики: Конкурсы, Блины, Масленица',
            '-© 2026 Блинолётка · Тема: Astra · Работает на WordPress',
        ],
    ]),
]}

_LINE_XFAIL: dict[str, str] = {
    'Heads up: long post ahead, about 12 minutes of reading.':
        ('an English blog\'s heads-up reading-time line ("Heads up: long post ahead, about 12 minutes of reading.") '
         'is left at the head'),
    'Se vuoi offrirmi un caffè, mi trovi su Satispay come La Padella Volante.':
        ('an Italian Satispay buy-me-a-coffee plug ("Se vuoi offrirmi un caffè, mi trovi su Satispay come La Padella '
         'Volante.") is left at the foot'),
    'Diese Website nutzt das Theme Astra und läuft bei All-Inkl.com.':
        ('a German Astra-theme and All-Inkl hosting footer ("Diese Website nutzt das Theme Astra und läuft bei '
         'All-Inkl.com.") is left at the foot'),
    'Want to join the discussion? Feel free to contribute!':
        ('the English join-the-discussion comment prompt ("Want to join the discussion? Feel free to contribute!") '
         'is left at the foot'),
}
_KEEP_XFAIL: dict[str, str] = {}
_PAGE_XFAIL: dict[str, str] = {
    'en-portal-splatcombe-custard-pie-championship':
        ('the English custard pie news page keeps the sponsored headline between the two last paragraphs '
         '("Sponsored: Five kitchen gadgets every home cook swears by") (1 of 20 noise lines); no article line is '
         'lost'),
    'en-blog-batter-up-bryony-first-pancake-flipping-contest':
        ('the English pancake-flipping blog post keeps the opening photo\'s caption above the second paragraph ("Me '
         'and my flatmate before the start, pans polished"), the action photo\'s caption closing the list block '
         '("Flip number thirty-one, just before it hit the awning"), the author\'s sign-off under the two last '
         'paragraphs ("Happy flipping, Bryony x") and the plug for her pancake-print aprons after the sign-off ("My '
         'pancake-print aprons are now on Not On The High Street, link in the sidebar") (4 of 20 noise lines); no '
         'article line is lost'),
    'fr-blog-la-poele-voltigeuse-concours-de-sauts-de-crepes':
        ('the French pancake-flipping blog post keeps the opening photo\'s caption above the second paragraph ("Ma '
         'colocataire et moi avant le départ, poêles bien astiquées") and the action photo\'s caption closing the '
         'list block ("Saut numéro trente et un, juste avant l\'auvent") (2 of 20 noise lines); no article line is '
         'lost'),
    'de-blog-pfannkuchenpirouette-pfannkuchenwenden':
        ("the German pancake-flipping blog post keeps the opening photo's caption above the second paragraph "
         '("Meine Mitbewohnerin und ich vor dem Start, die Pfannen poliert") and the action photo\'s caption closing '
         'the list block ("Wurf Nummer einunddreißig, kurz bevor er auf der Markise landete") (2 of 20 noise lines); '
         'no article line is lost'),
    'it-blog-la-padella-volante-gara-di-lancio-delle-crepes':
        ('the Italian pancake-flipping blog post keeps the opening photo\'s caption above the second paragraph ("Io '
         'e la mia coinquilina prima della partenza, padelle lucidate") and the action photo\'s caption closing the '
         'list block ("Lancio numero trentuno, un attimo prima della tenda") (2 of 20 noise lines); no article line '
         'is lost'),
    'pl-blog-podrzucona-patelnia-konkurs-podrzucania-nalesnikow':
        ('the Polish pancake-flipping blog post keeps the opening photo\'s caption above the second paragraph ("Ja i '
         'współlokatorka przed startem, patelnie wypolerowane") and the action photo\'s caption closing the list '
         'block ("Rzut numer trzydzieści jeden, tuż przed markizą") (2 of 20 noise lines); no article line is lost'),
    'ru-portal-zavarninsk-chempionat-po-metaniyu-tortov':
        ('the Russian custard pie news page keeps the sponsored headline between the two last paragraphs ("На правах '
         'рекламы: Пять кухонных гаджетов, без которых не обходится ни один повар") (1 of 20 noise lines); no '
         'article line is lost'),
    'ru-blog-blinoletka-konkurs-po-podbrasyvaniyu-blinov':
        ('the Russian pancake-flipping blog post keeps the opening photo\'s caption above the second paragraph ("Мы '
         'с соседкой перед стартом, сковородки начищены") and the action photo\'s caption closing the list block '
         '("Бросок номер тридцать один, за миг до навеса") (2 of 20 noise lines); no article line is lost'),
}

test_held_out_250_line, test_held_out_250_line_is_kept, test_held_out_250_page = held_out_tests(
    HELD_OUT_250_LINES, HELD_OUT_250_KEEP, HELD_OUT_250_PAGES, _LINE_XFAIL, _KEEP_XFAIL, _PAGE_XFAIL)
